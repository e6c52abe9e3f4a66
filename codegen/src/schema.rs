//! OpenAPI 3.0 schema objects → JSON Schema (draft 7, as typify reads it).
//!
//! The differences that matter: `nullable: true` becomes a union with `null` (typify would
//! silently drop it otherwise), boolean `exclusiveMinimum`/`exclusiveMaximum` become the
//! numeric form, and `$ref` siblings are ignored as OpenAPI 3.0 says. A `default` typify would
//! refuse (it checks each against its schema) is repaired: a number or boolean written as a
//! string (`default: "12345"` on an integer) becomes that value; one of another type (`null`
//! on a schema that is not nullable) is dropped, as it defaults to nothing the type can hold.

use serde_json::{Map, Value, json};

/// Converts one schema (and every schema inside it).
pub fn to_json_schema(schema: &Value) -> Value {
    let Value::Object(map) = schema else {
        return schema.clone();
    };
    let nullable = map.get("nullable") == Some(&Value::Bool(true));
    if let Some(reference) = map.get("$ref") {
        let target = json!({ "$ref": reference });
        return if nullable {
            json!({ "anyOf": [target, { "type": "null" }] })
        } else {
            target
        };
    }
    let mut out = Map::new();
    for (key, value) in map {
        match key.as_str() {
            "nullable" | "example" | "xml" | "externalDocs" | "discriminator" => {}
            "exclusiveMinimum" | "exclusiveMaximum" => {}
            "properties" => {
                let props = value
                    .as_object()
                    .map(|m| {
                        m.iter()
                            .map(|(k, v)| (k.clone(), to_json_schema(v)))
                            .collect()
                    })
                    .unwrap_or_default();
                out.insert(key.clone(), Value::Object(props));
            }
            "items" | "not" => {
                out.insert(key.clone(), to_json_schema(value));
            }
            "additionalProperties" => {
                out.insert(
                    key.clone(),
                    if value.is_object() {
                        to_json_schema(value)
                    } else {
                        value.clone()
                    },
                );
            }
            "allOf" | "anyOf" | "oneOf" => {
                let list = value
                    .as_array()
                    .map(|l| l.iter().map(to_json_schema).collect())
                    .unwrap_or_default();
                out.insert(key.clone(), Value::Array(list));
            }
            _ => {
                out.insert(key.clone(), value.clone());
            }
        }
    }
    for (flag, bound) in [
        ("exclusiveMinimum", "minimum"),
        ("exclusiveMaximum", "maximum"),
    ] {
        match map.get(flag) {
            Some(Value::Bool(true)) => {
                if let Some(limit) = out.remove(bound) {
                    out.insert(flag.to_string(), limit);
                }
            }
            Some(n @ Value::Number(_)) => {
                out.insert(flag.to_string(), n.clone());
            }
            _ => {}
        }
    }
    if let Some(default) = out.get("default") {
        match conforming_default(default, map.get("type"), nullable) {
            Some(fixed) => {
                out.insert("default".into(), fixed);
            }
            None => {
                out.remove("default");
            }
        }
    }
    if nullable {
        match out.get("type").cloned() {
            Some(Value::String(t))
                if !out.contains_key("allOf")
                    && !out.contains_key("oneOf")
                    && !out.contains_key("anyOf") =>
            {
                out.insert("type".into(), json!([t, "null"]));
                if let Some(Value::Array(values)) = out.get_mut("enum")
                    && !values.contains(&Value::Null)
                {
                    values.push(Value::Null);
                }
            }
            None if !out.contains_key("allOf") => {
                // A nullable union: `null` as one more branch of it (as 3.1 writes it), not a
                // union around the union, which typify names like the union itself.
                for key in ["anyOf", "oneOf"] {
                    if let Some(Value::Array(branches)) = out.get_mut(key) {
                        branches.push(json!({ "type": "null" }));
                        return Value::Object(out);
                    }
                }
                return json!({ "anyOf": [Value::Object(out), { "type": "null" }] });
            }
            _ => {
                return json!({ "anyOf": [Value::Object(out), { "type": "null" }] });
            }
        }
    }
    Value::Object(out)
}

/// `default` as a value of the schema's primitive `type` (a string holding a number or boolean
/// parsed into one), or `None` when it cannot be one. Schemas without a single `type` keep it.
fn conforming_default(default: &Value, ty: Option<&Value>, nullable: bool) -> Option<Value> {
    let Some(Value::String(ty)) = ty else {
        return Some(default.clone());
    };
    let fits = match (ty.as_str(), default) {
        (_, Value::Null) => nullable,
        ("integer", Value::Number(n)) => n.is_i64() || n.is_u64(),
        ("number", Value::Number(_))
        | ("string", Value::String(_))
        | ("boolean", Value::Bool(_))
        | ("array", Value::Array(_))
        | ("object", Value::Object(_)) => true,
        ("integer" | "number" | "string" | "boolean" | "array" | "object", _) => false,
        _ => true,
    };
    if fits {
        return Some(default.clone());
    }
    let Value::String(text) = default else {
        return None;
    };
    let parsed: Value = serde_json::from_str(text.trim()).ok()?;
    match (ty.as_str(), &parsed) {
        ("integer", Value::Number(n)) if n.is_i64() || n.is_u64() => Some(parsed),
        ("number", Value::Number(_)) | ("boolean", Value::Bool(_)) => Some(parsed),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nullable_becomes_null_union() {
        assert_eq!(
            to_json_schema(&json!({"type": "string", "nullable": true})),
            json!({"type": ["string", "null"]})
        );
        assert_eq!(
            to_json_schema(&json!({"$ref": "#/components/schemas/A", "nullable": true})),
            json!({"anyOf": [{"$ref": "#/components/schemas/A"}, {"type": "null"}]})
        );
        assert_eq!(
            to_json_schema(&json!({"allOf": [{"$ref": "#/x/A"}], "nullable": true})),
            json!({"anyOf": [{"allOf": [{"$ref": "#/x/A"}]}, {"type": "null"}]})
        );
        // A nullable union gets `null` as one more branch (3.1's form).
        assert_eq!(
            to_json_schema(
                &json!({"oneOf": [{"type": "string"}, {"type": "integer"}], "nullable": true})
            ),
            json!({"oneOf": [{"type": "string"}, {"type": "integer"}, {"type": "null"}]})
        );
        assert_eq!(
            to_json_schema(
                &json!({"anyOf": [{"$ref": "#/x/A"}], "nullable": true, "description": "d"})
            ),
            json!({"anyOf": [{"$ref": "#/x/A"}, {"type": "null"}], "description": "d"})
        );
    }

    #[test]
    fn defaults_typify_would_refuse_are_repaired_or_dropped() {
        let convert = |s: Value| to_json_schema(&s).get("default").cloned();
        assert_eq!(
            convert(json!({"type": "integer", "default": "12345"})),
            Some(json!(12345))
        );
        assert_eq!(
            convert(json!({"type": "number", "default": "1.0"})),
            Some(json!(1.0))
        );
        assert_eq!(
            convert(json!({"type": "boolean", "default": "true"})),
            Some(json!(true))
        );
        assert_eq!(convert(json!({"type": "integer", "default": "many"})), None);
        assert_eq!(convert(json!({"type": "integer", "default": 1.5})), None);
        assert_eq!(
            convert(json!({"type": "array", "items": {}, "default": null})),
            None
        );
        assert_eq!(
            convert(json!({"type": "array", "nullable": true, "default": null})),
            Some(Value::Null)
        );
        assert_eq!(
            convert(json!({"type": "string", "default": "x"})),
            Some(json!("x"))
        );
        assert_eq!(convert(json!({"default": "x"})), Some(json!("x")));
    }

    #[test]
    fn boolean_exclusive_bounds_become_numbers() {
        assert_eq!(
            to_json_schema(
                &json!({"type": "number", "minimum": 0, "exclusiveMinimum": true, "maximum": 5, "exclusiveMaximum": false})
            ),
            json!({"type": "number", "exclusiveMinimum": 0, "maximum": 5})
        );
    }
}
