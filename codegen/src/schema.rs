//! OpenAPI 3.0 schema objects → JSON Schema (draft 7, as typify reads it).
//!
//! The differences that matter: `nullable: true` becomes a union with `null` (typify would
//! silently drop it otherwise), boolean `exclusiveMinimum`/`exclusiveMaximum` become the
//! numeric form, and `$ref` siblings are ignored as OpenAPI 3.0 says.

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
            _ => {
                return json!({ "anyOf": [Value::Object(out), { "type": "null" }] });
            }
        }
    }
    Value::Object(out)
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
