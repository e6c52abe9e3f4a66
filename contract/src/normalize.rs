//! Schema dialects. Contracts arrive as OpenAPI 3.0 schemas (an extended subset of JSON Schema
//! draft 4/5) or OpenAPI 3.1 ones (JSON Schema 2020-12); consumers want one of two shapes:
//! - a validator wants plain JSON Schema: [`to_json_schema`];
//! - a generator built on OpenAPI 3.0 models (progenitor, typify through schemars) wants 3.0:
//!   [`to_openapi30`] rewrites a bundled 3.1 document (type arrays with `null` → `nullable`,
//!   `const` → one-value `enum`, `examples` arrays → `example`, numeric exclusive bounds →
//!   the boolean form, `$ref` with siblings → `allOf`; `webhooks`, `pathItems` and `mutualTLS`
//!   security schemes set aside).
//!
//! Both walk schemas by keyword, never by key name alone, so a property that happens to be
//! called `type`, `items` or `enum` is a property and not a keyword.

use serde_json::{Map, Value, json};

use crate::source::OasVersion;

/// Makes OpenAPI schema dialects plain JSON Schema for the validator: 3.0's `nullable` becomes a
/// null-union and a numeric `exclusiveMinimum` (3.1 style, often found in 3.0 files) becomes the
/// draft-4 boolean form; 3.1 files with the boolean form get the numeric one.
pub fn to_json_schema(value: &mut Value, version: OasVersion) {
    match value {
        Value::Object(map) => {
            if map.get("nullable") == Some(&Value::Bool(true)) {
                if let Some(Value::String(t)) = map.get("type") {
                    let t = t.clone();
                    map.insert("type".into(), Value::Array(vec![t.into(), "null".into()]));
                }
                if let Some(Value::Array(options)) = map.get_mut("enum")
                    && !options.contains(&Value::Null)
                {
                    options.push(Value::Null);
                }
            }
            for (bound, exclusive) in [
                ("minimum", "exclusiveMinimum"),
                ("maximum", "exclusiveMaximum"),
            ] {
                match (version, map.get(exclusive).cloned()) {
                    (OasVersion::V30, Some(Value::Number(n))) => {
                        map.insert(bound.into(), Value::Number(n));
                        map.insert(exclusive.into(), Value::Bool(true));
                    }
                    (OasVersion::V31, Some(Value::Bool(b))) => {
                        map.remove(exclusive);
                        if b && let Some(limit) = map.remove(bound) {
                            map.insert(exclusive.into(), limit);
                        }
                    }
                    _ => {}
                }
            }
            for (k, v) in map.iter_mut() {
                if k != "example" && k != "examples" && k != "default" && k != "const" {
                    to_json_schema(v, version);
                }
            }
        }
        Value::Array(items) => {
            for v in items {
                to_json_schema(v, version);
            }
        }
        _ => {}
    }
}

/// What [`to_openapi30`] set aside or changed in a way the user should hear about, each with
/// the pointer where it was.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note {
    pub pointer: String,
    pub message: String,
}

/// Rewrites the bundled document `doc` (local `$ref`s only), written in `version`, as OpenAPI
/// 3.0.3. 3.0 documents get only the repairs real-world 3.0 files need (numeric exclusive
/// bounds, a boolean exclusive bound without its limit).
pub fn to_openapi30(doc: &mut Value, version: OasVersion) -> Vec<Note> {
    let mut notes = Vec::new();
    let Some(root) = doc.as_object_mut() else {
        return notes;
    };
    if version == OasVersion::V31 {
        root.insert("openapi".into(), json!("3.0.3"));
        root.remove("jsonSchemaDialect");
        if let Some(Value::Object(hooks)) = root.remove("webhooks")
            && !hooks.is_empty()
        {
            notes.push(Note {
                pointer: "/webhooks".into(),
                message: format!(
                    "{} webhook(s) left out: OpenAPI 3.0 code has no place for operations the server calls",
                    hooks.len()
                ),
            });
        }
        if let Some(Value::Object(license)) =
            root.get_mut("info").and_then(|i| i.get_mut("license"))
        {
            license.remove("identifier");
        }
        drop_mutual_tls(root, &mut notes);
        root.entry("paths").or_insert_with(|| json!({}));
    }
    let v31 = version == OasVersion::V31;
    for_each_schema(doc, &mut |schema, at| {
        if v31 {
            to_30_keywords(schema);
        }
        for dropped in repair_bounds(schema) {
            notes.push(Note {
                pointer: format!("{at}/{dropped}"),
                message: format!("`{dropped}: true` without its limit bounds nothing; dropped"),
            });
        }
    });
    notes
}

/// 3.1's `mutualTLS` security schemes have no 3.0 form: a client certificate is checked by the
/// TLS layer, not by the HTTP application. They are left out with a note, and so are their
/// entries in every security requirement (`{mutualTLS: []}` alone becomes `{}`: nothing for the
/// application to check).
fn drop_mutual_tls(root: &mut Map<String, Value>, notes: &mut Vec<Note>) {
    let Some(Value::Object(schemes)) = root
        .get_mut("components")
        .and_then(|c| c.get_mut("securitySchemes"))
    else {
        return;
    };
    let dropped: Vec<String> = schemes
        .iter()
        .filter(|(_, s)| s.get("type").and_then(Value::as_str) == Some("mutualTLS"))
        .map(|(name, _)| name.clone())
        .collect();
    for name in &dropped {
        schemes.remove(name);
        notes.push(Note {
            pointer: format!(
                "/components/securitySchemes/{}",
                name.replace('~', "~0").replace('/', "~1")
            ),
            message: "mutualTLS scheme left out: OpenAPI 3.0 has none; the client certificate is the TLS layer's to check".into(),
        });
    }
    if dropped.is_empty() {
        return;
    }
    let strip = |security: &mut Value| {
        if let Value::Array(requirements) = security {
            for requirement in requirements.iter_mut() {
                if let Value::Object(r) = requirement {
                    r.retain(|name, _| !dropped.contains(name));
                }
            }
        }
    };
    if let Some(security) = root.get_mut("security") {
        strip(security);
    }
    if let Some(Value::Object(paths)) = root.get_mut("paths") {
        for item in paths.values_mut() {
            if let Value::Object(item) = item {
                for op in item.values_mut() {
                    if let Some(security) = op.get_mut("security") {
                        strip(security);
                    }
                }
            }
        }
    }
}

/// Calls `f` on every schema object of the document (under `components.schemas`, and every
/// `schema` of parameters, headers and media types) with its pointer, then on its subschemas,
/// following keywords only: what `f` changes in a schema is visited after.
pub fn for_each_schema(doc: &mut Value, f: &mut dyn FnMut(&mut Map<String, Value>, &str)) {
    let Some(root) = doc.as_object_mut() else {
        return;
    };
    if let Some(Value::Object(schemas)) = root
        .get_mut("components")
        .and_then(|c| c.get_mut("schemas"))
    {
        for (name, schema) in schemas.iter_mut() {
            let mut at = format!("/components/schemas/{}", crate::pointer::escape(name));
            visit_schema(schema, &mut at, f);
        }
    }
    for key in ["paths", "components"] {
        if let Some(part) = root.get_mut(key) {
            find_schemas(part, &mut format!("/{key}"), f);
        }
    }
}

/// Visits everything outside schemas, handing every `schema` value met to `visit_schema`.
fn find_schemas(
    value: &mut Value,
    at: &mut String,
    f: &mut dyn FnMut(&mut Map<String, Value>, &str),
) {
    match value {
        Value::Object(map) => {
            for (key, child) in map.iter_mut() {
                let len = at.len();
                crate::pointer::push(at, key);
                match key.as_str() {
                    "schema" => visit_schema(child, at, f),
                    // Already walked, or data rather than structure.
                    "schemas" | "example" | "examples" | "default" => {}
                    _ => find_schemas(child, at, f),
                }
                at.truncate(len);
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter_mut().enumerate() {
                let len = at.len();
                at.push_str(&format!("/{i}"));
                find_schemas(child, at, f);
                at.truncate(len);
            }
        }
        _ => {}
    }
}

/// One schema, then its subschemas by keyword.
fn visit_schema(
    value: &mut Value,
    at: &mut String,
    f: &mut dyn FnMut(&mut Map<String, Value>, &str),
) {
    let Value::Object(map) = value else { return };
    f(map, at);
    for (key, child) in map.iter_mut() {
        let len = at.len();
        crate::pointer::push(at, key);
        match key.as_str() {
            "properties" | "patternProperties" | "$defs" | "definitions" | "dependentSchemas" => {
                if let Value::Object(named) = child {
                    for (name, schema) in named.iter_mut() {
                        let len = at.len();
                        crate::pointer::push(at, name);
                        visit_schema(schema, at, f);
                        at.truncate(len);
                    }
                }
            }
            "items" | "prefixItems" | "allOf" | "anyOf" | "oneOf" => match child {
                Value::Array(list) => {
                    for (i, schema) in list.iter_mut().enumerate() {
                        let len = at.len();
                        at.push_str(&format!("/{i}"));
                        visit_schema(schema, at, f);
                        at.truncate(len);
                    }
                }
                other => visit_schema(other, at, f),
            },
            "additionalProperties"
            | "not"
            | "contains"
            | "if"
            | "then"
            | "else"
            | "propertyNames"
            | "unevaluatedProperties"
            | "unevaluatedItems"
            | "additionalItems" => visit_schema(child, at, f),
            _ => {}
        }
        at.truncate(len);
    }
}

/// A boolean schema (3.1) as the object 3.0 needs: `true` accepts anything, `false` nothing.
fn unbool(value: &mut Value) {
    if let Value::Bool(accepts) = value {
        *value = if *accepts {
            json!({})
        } else {
            json!({ "not": {} })
        };
    }
}

/// One 3.1 schema object's own keywords, rewritten as 3.0 spells them.
fn to_30_keywords(map: &mut Map<String, Value>) {
    // Subschemas that are booleans (`additionalProperties` may stay one in 3.0).
    for (key, child) in map.iter_mut() {
        match key.as_str() {
            "items" | "not" | "contains" | "if" | "then" | "else" | "propertyNames" => {
                unbool(child)
            }
            "properties" | "patternProperties" | "$defs" => {
                if let Value::Object(named) = child {
                    named.values_mut().for_each(unbool);
                }
            }
            "allOf" | "anyOf" | "oneOf" | "prefixItems" => {
                if let Value::Array(list) = child {
                    list.iter_mut().for_each(unbool);
                }
            }
            _ => {}
        }
    }
    for key in ["$schema", "$id", "$anchor", "$dynamicAnchor", "$comment"] {
        map.remove(key);
    }
    // A `$ref` with siblings: 3.1 applies both, 3.0 ignores the siblings; `allOf` keeps both.
    if map.contains_key("$ref") && map.len() > 1 {
        let reference = map.remove("$ref").expect("checked");
        let only_notes = map
            .keys()
            .all(|k| matches!(k.as_str(), "description" | "summary" | "title"));
        if only_notes {
            map.remove("summary");
            map.insert("allOf".into(), json!([{ "$ref": reference }]));
        } else {
            let all = map.entry("allOf").or_insert_with(|| json!([]));
            if let Value::Array(list) = all {
                list.insert(0, json!({ "$ref": reference }));
            }
        }
    }
    // A union with a `null` branch (3.1's way to make a `$ref` or a union nullable): the
    // branch goes and the schema is `nullable`, which 3.0 tools read as the same thing (typify
    // made an enum with a null variant of it).
    for key in ["anyOf", "oneOf"] {
        let Some(Value::Array(branches)) = map.get_mut(key) else {
            continue;
        };
        let before = branches.len();
        branches.retain(|branch| !is_null_only(branch));
        if branches.len() == before {
            continue;
        }
        if branches.is_empty() {
            map.remove(key);
            map.entry("enum").or_insert_with(|| json!([null]));
        }
        map.insert("nullable".into(), json!(true));
    }
    if let Some(Value::Array(types)) = map.get("type").cloned() {
        let nullable = types.iter().any(|t| t == "null");
        let rest: Vec<Value> = types.into_iter().filter(|t| t != "null").collect();
        match rest.as_slice() {
            [] => {
                map.remove("type");
                map.insert("enum".into(), json!([null]));
            }
            [one] => {
                map.insert("type".into(), one.clone());
            }
            many => {
                map.remove("type");
                let options: Vec<Value> = many.iter().map(|t| json!({ "type": t })).collect();
                map.insert("anyOf".into(), Value::Array(options));
            }
        }
        if nullable {
            map.insert("nullable".into(), json!(true));
        }
    } else if map.get("type") == Some(&json!("null")) {
        map.remove("type");
        map.insert("enum".into(), json!([null]));
        map.insert("nullable".into(), json!(true));
    }
    if let Some(value) = map.remove("const") {
        map.insert("enum".into(), json!([value]));
    }
    if let Some(Value::Array(examples)) = map.remove("examples")
        && let Some(first) = examples.into_iter().next()
    {
        map.entry("example").or_insert(first);
    }
    match (map.get("contentEncoding"), map.get("contentMediaType")) {
        (Some(enc), _) if enc == "base64" => {
            map.entry("format").or_insert(json!("byte"));
        }
        (None, Some(_)) => {
            map.entry("format").or_insert(json!("binary"));
        }
        _ => {}
    }
    map.remove("contentEncoding");
    map.remove("contentMediaType");
}

/// A schema that accepts `null` alone: `{"type": "null"}` or `{"type": ["null"]}`, perhaps
/// with notes.
fn is_null_only(schema: &Value) -> bool {
    let Value::Object(map) = schema else {
        return false;
    };
    let null_type = match map.get("type") {
        Some(Value::String(t)) => t == "null",
        Some(Value::Array(types)) => types.iter().all(|t| t == "null") && !types.is_empty(),
        _ => false,
    };
    null_type
        && map
            .keys()
            .all(|k| matches!(k.as_str(), "type" | "description" | "title"))
}

/// Exclusive bounds as 3.0 writes them: `exclusiveMinimum: true` next to `minimum`. A numeric
/// bound (3.1's form, common in 3.0 files too) becomes that; `true` without a limit is dropped
/// (returned, for a note).
fn repair_bounds(map: &mut Map<String, Value>) -> Vec<&'static str> {
    let mut dropped = Vec::new();
    for (limit, exclusive) in [
        ("minimum", "exclusiveMinimum"),
        ("maximum", "exclusiveMaximum"),
    ] {
        match map.get(exclusive).cloned() {
            Some(Value::Number(n)) => {
                map.insert(limit.into(), Value::Number(n));
                map.insert(exclusive.into(), json!(true));
            }
            Some(Value::Bool(true)) if !map.contains_key(limit) => {
                map.remove(exclusive);
                dropped.push(exclusive);
            }
            _ => {}
        }
    }
    dropped
}

#[cfg(test)]
mod tests {
    use super::*;

    fn convert(doc: Value) -> (Value, Vec<Note>) {
        let mut doc = doc;
        let notes = to_openapi30(&mut doc, OasVersion::V31);
        (doc, notes)
    }

    #[test]
    fn type_arrays_become_nullable_and_any_of() {
        let (doc, _) = convert(json!({
            "openapi": "3.1.0",
            "components": {"schemas": {
                "A": {"type": ["string", "null"]},
                "B": {"type": ["string", "integer"]},
                "C": {"type": "null"}
            }}
        }));
        let s = &doc["components"]["schemas"];
        assert_eq!(s["A"], json!({"type": "string", "nullable": true}));
        assert_eq!(
            s["B"],
            json!({"anyOf": [{"type": "string"}, {"type": "integer"}]})
        );
        assert_eq!(s["C"], json!({"enum": [null], "nullable": true}));
        assert_eq!(doc["openapi"], "3.0.3");
        assert_eq!(doc["paths"], json!({}));
    }

    #[test]
    fn unions_with_a_null_branch_become_nullable() {
        let (doc, _) = convert(json!({
            "openapi": "3.1.0",
            "components": {"schemas": {
                "A": {"anyOf": [{"$ref": "#/components/schemas/B"}, {"type": "null"}]},
                "B": {"oneOf": [{"type": "string"}, {"type": "integer"}, {"type": ["null"]}]},
                "C": {"anyOf": [{"type": "null", "description": "none"}]},
                "D": {"anyOf": [{"type": "string"}, {"type": "null", "minLength": 1}]}
            }}
        }));
        let s = &doc["components"]["schemas"];
        assert_eq!(
            s["A"],
            json!({"anyOf": [{"$ref": "#/components/schemas/B"}], "nullable": true})
        );
        assert_eq!(
            s["B"],
            json!({"oneOf": [{"type": "string"}, {"type": "integer"}], "nullable": true})
        );
        assert_eq!(s["C"], json!({"enum": [null], "nullable": true}));
        // A null branch with constraints of its own is not read as a plain null.
        assert_eq!(s["D"]["anyOf"].as_array().map(Vec::len), Some(2));
    }

    #[test]
    fn properties_named_like_keywords_stay_properties() {
        let (doc, _) = convert(json!({
            "openapi": "3.1.0",
            "paths": {"/a": {"get": {"responses": {"200": {"description": "ok", "content": {
                "application/json": {"schema": {"type": "object", "properties": {
                    "type": {"type": ["string", "null"]},
                    "items": {"type": "array", "items": {"const": 3}},
                    "const": {"type": "string"}
                }}}}}}}}}
        }));
        let props = &doc["paths"]["/a"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
            ["properties"];
        assert_eq!(props["type"], json!({"type": "string", "nullable": true}));
        assert_eq!(props["items"]["items"], json!({"enum": [3]}));
        assert_eq!(props["const"], json!({"type": "string"}));
    }

    #[test]
    fn refs_with_siblings_bounds_examples_and_webhooks() {
        let (doc, notes) = convert(json!({
            "openapi": "3.1.0",
            "webhooks": {"ping": {"post": {"responses": {"200": {"description": "ok"}}}}},
            "components": {"schemas": {
                "R": {"$ref": "#/components/schemas/N", "description": "why"},
                "M": {"$ref": "#/components/schemas/N", "maxLength": 3},
                "N": {"type": "integer", "exclusiveMinimum": 0, "examples": [1, 2]}
            }}
        }));
        let s = &doc["components"]["schemas"];
        assert_eq!(
            s["R"],
            json!({"allOf": [{"$ref": "#/components/schemas/N"}], "description": "why"})
        );
        assert_eq!(
            s["M"],
            json!({"allOf": [{"$ref": "#/components/schemas/N"}], "maxLength": 3})
        );
        assert_eq!(
            s["N"],
            json!({"type": "integer", "minimum": 0, "exclusiveMinimum": true, "example": 1})
        );
        assert!(doc.get("webhooks").is_none());
        let (doc, _) = convert(json!({"openapi": "3.1.0", "components": {"schemas": {
            "T": {"type": "array", "items": false, "properties": {"a": true}}
        }}}));
        assert_eq!(
            doc["components"]["schemas"]["T"],
            json!({"type": "array", "items": {"not": {}}, "properties": {"a": {}}})
        );
        assert_eq!(notes.len(), 1);
        assert_eq!(notes[0].pointer, "/webhooks");
    }

    #[test]
    fn mutual_tls_schemes_and_their_requirements_are_left_out() {
        let (doc, notes) = convert(json!({
            "openapi": "3.1.0",
            "security": [{"mtls": []}, {"mtls": [], "key": []}],
            "paths": {"/a": {"get": {"security": [{"mtls": []}], "responses": {}}}},
            "components": {"securitySchemes": {
                "mtls": {"type": "mutualTLS"},
                "key": {"type": "apiKey", "name": "k", "in": "header"}
            }}
        }));
        assert_eq!(
            doc["components"]["securitySchemes"],
            json!({"key": {"type": "apiKey", "name": "k", "in": "header"}})
        );
        assert_eq!(doc["security"], json!([{}, {"key": []}]));
        assert_eq!(doc["paths"]["/a"]["get"]["security"], json!([{}]));
        assert_eq!(notes.len(), 1);
        assert_eq!(notes[0].pointer, "/components/securitySchemes/mtls");
    }

    #[test]
    fn openapi30_documents_get_only_bound_repairs() {
        let mut doc = json!({
            "openapi": "3.0.3",
            "components": {"schemas": {
                "A": {"type": "number", "exclusiveMaximum": 5, "examples": [1]},
                "B": {"type": "number", "exclusiveMinimum": true}
            }}
        });
        let notes = to_openapi30(&mut doc, OasVersion::V30);
        assert_eq!(notes.len(), 1);
        assert_eq!(notes[0].pointer, "/components/schemas/B/exclusiveMinimum");
        let s = &doc["components"]["schemas"];
        assert_eq!(
            s["A"],
            json!({"type": "number", "maximum": 5, "exclusiveMaximum": true, "examples": [1]})
        );
        assert_eq!(s["B"], json!({"type": "number"}));
        assert_eq!(doc["openapi"], "3.0.3");
    }
}
