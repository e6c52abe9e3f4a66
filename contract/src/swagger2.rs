//! Swagger 2.0 input: the document is rewritten to the OpenAPI 3.0 shape at load time, so the
//! rest of the server only knows OpenAPI 3 (definitions → components, body/formData
//! parameters → requestBody, `produces` + `schema`/`examples` → `content`, security
//! definitions → security schemes, `collectionFormat` → `style`/`explode`).

use serde_json::{Map, Value, json};

const PARAM_SCHEMA_KEYS: &[&str] = &[
    "type",
    "format",
    "items",
    "enum",
    "default",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "minLength",
    "maxLength",
    "pattern",
    "minItems",
    "maxItems",
    "uniqueItems",
    "multipleOf",
];

/// Marks the `application/json` content of a Swagger 2.0 response that names no media type
/// (no `produces` on the operation or the document).
pub const DEFAULT_MEDIA: &str = "x-swagger2-default-media";

/// Rewrites a Swagger 2.0 document (in place) as OpenAPI 3.0.
pub fn convert(doc: &mut Value) {
    let original = doc.clone();
    let consumes = strings(original.get("consumes"));
    let produces = strings(original.get("produces"));
    let mut out = Map::new();
    out.insert("openapi".into(), "3.0.3".into());
    for key in [
        "info",
        "tags",
        "security",
        "externalDocs",
        "x-json-schema-faker",
    ] {
        if let Some(v) = original.get(key) {
            out.insert(key.into(), v.clone());
        }
    }
    let mut components = Map::new();
    if let Some(defs) = original.get("definitions") {
        components.insert("schemas".into(), defs.clone());
    }
    if let Some(Value::Object(params)) = original.get("parameters") {
        let converted: Map<String, Value> = params
            .iter()
            .filter(|(_, p)| {
                !matches!(
                    p.get("in").and_then(Value::as_str),
                    Some("body" | "formData")
                )
            })
            .map(|(k, p)| (k.clone(), parameter(p)))
            .collect();
        components.insert("parameters".into(), Value::Object(converted));
    }
    if let Some(Value::Object(responses)) = original.get("responses") {
        let converted: Map<String, Value> = responses
            .iter()
            .map(|(k, r)| (k.clone(), response(r, &produces)))
            .collect();
        components.insert("responses".into(), Value::Object(converted));
    }
    if let Some(Value::Object(defs)) = original.get("securityDefinitions") {
        let converted: Map<String, Value> = defs
            .iter()
            .map(|(k, d)| (k.clone(), security_scheme(d)))
            .collect();
        components.insert("securitySchemes".into(), Value::Object(converted));
    }
    out.insert("components".into(), Value::Object(components));

    let mut paths = Map::new();
    if let Some(Value::Object(items)) = original.get("paths") {
        for (template, item) in items {
            let Some(item) = item.as_object() else {
                continue;
            };
            let mut new_item = Map::new();
            let shared: Vec<Value> = item
                .get("parameters")
                .and_then(Value::as_array)
                .cloned()
                .unwrap_or_default();
            let shared_plain: Vec<Value> = shared
                .iter()
                .map(|p| resolve(&original, p))
                .filter(|p| {
                    !matches!(
                        p.get("in").and_then(Value::as_str),
                        Some("body" | "formData")
                    )
                })
                .map(|p| parameter(&p))
                .collect();
            if !shared_plain.is_empty() {
                new_item.insert("parameters".into(), Value::Array(shared_plain));
            }
            for (method, op) in item {
                if method == "parameters" || !op.is_object() {
                    continue;
                }
                new_item.insert(
                    method.clone(),
                    operation(&original, op, &shared, &consumes, &produces),
                );
            }
            paths.insert(template.clone(), Value::Object(new_item));
        }
    }
    out.insert("paths".into(), Value::Object(paths));
    let mut converted = Value::Object(out);
    rewrite_refs(&mut converted);
    crate::normalize::for_each_schema(&mut converted, &mut |schema, _| schema_keywords(schema));
    *doc = converted;
}

/// Schema keywords Swagger 2.0 spells differently: `discriminator` is the property name
/// alone, `type: file` is a binary string, `x-nullable` is `nullable`.
fn schema_keywords(schema: &mut Map<String, Value>) {
    if let Some(Value::String(property)) = schema.get("discriminator").cloned() {
        schema.insert("discriminator".into(), json!({ "propertyName": property }));
    }
    if schema.get("type").and_then(Value::as_str) == Some("file") {
        schema.insert("type".into(), json!("string"));
        schema.insert("format".into(), json!("binary"));
    }
    if let Some(nullable) = schema.remove("x-nullable") {
        schema.insert("nullable".into(), nullable);
    }
}

fn strings(v: Option<&Value>) -> Vec<String> {
    v.and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(Value::as_str)
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default()
}

/// Follows a local `#/parameters/...` reference.
fn resolve(doc: &Value, p: &Value) -> Value {
    match p.get("$ref").and_then(Value::as_str) {
        Some(r) if r.starts_with("#/") => doc.pointer(&r[1..]).cloned().unwrap_or(Value::Null),
        _ => p.clone(),
    }
}

fn parameter(p: &Value) -> Value {
    if p.get("$ref").is_some() {
        return p.clone();
    }
    let mut out = Map::new();
    let mut schema = Map::new();
    for (k, v) in p.as_object().into_iter().flatten() {
        if PARAM_SCHEMA_KEYS.contains(&k.as_str()) {
            schema.insert(k.clone(), v.clone());
        } else if k != "collectionFormat" && k != "allowEmptyValue" {
            out.insert(k.clone(), v.clone());
        }
    }
    let location = p.get("in").and_then(Value::as_str).unwrap_or("");
    match p.get("collectionFormat").and_then(Value::as_str) {
        Some("multi") => {
            out.insert("style".into(), "form".into());
            out.insert("explode".into(), true.into());
        }
        Some("ssv") => {
            out.insert("style".into(), "spaceDelimited".into());
        }
        Some("pipes") => {
            out.insert("style".into(), "pipeDelimited".into());
        }
        _ if schema.get("type") == Some(&json!("array")) => {
            let style = if location == "query" {
                "form"
            } else {
                "simple"
            };
            out.insert("style".into(), style.into());
            out.insert("explode".into(), false.into());
        }
        _ => {}
    }
    if p.get("allowEmptyValue") == Some(&Value::Bool(false)) && !schema.contains_key("minLength") {
        // An explicit `allowEmptyValue: false` refuses the empty value, as Stoplight's converter
        // reads it.
        schema.insert("minLength".into(), 1.into());
    }
    if schema.get("format") == Some(&json!("byte")) && !schema.contains_key("pattern") {
        // Prism's converter spells `byte` out as a base64 pattern, checked before the format.
        let mut with_pattern = Map::new();
        with_pattern.insert("pattern".into(), r"^[\w\d+\/=]*$".into());
        with_pattern.extend(schema);
        schema = with_pattern;
    }
    if !schema.is_empty() {
        out.insert("schema".into(), Value::Object(schema));
    }
    Value::Object(out)
}

fn operation(
    doc: &Value,
    op: &Value,
    shared: &[Value],
    consumes: &[String],
    produces: &[String],
) -> Value {
    let mut out = Map::new();
    for (k, v) in op.as_object().into_iter().flatten() {
        if !matches!(
            k.as_str(),
            "parameters" | "responses" | "consumes" | "produces" | "schemes"
        ) {
            out.insert(k.clone(), v.clone());
        }
    }
    let op_consumes = op
        .get("consumes")
        .map(|c| strings(Some(c)))
        .unwrap_or_else(|| consumes.to_vec());
    let op_consumes = if op_consumes.is_empty() {
        vec!["application/json".to_string()]
    } else {
        op_consumes
    };
    let op_produces = op
        .get("produces")
        .map(|c| strings(Some(c)))
        .unwrap_or_else(|| produces.to_vec());
    let mut params = Vec::new();
    let mut form_props = Map::new();
    let mut form_required = Vec::new();
    let mut form_encodings = Map::new();
    let mut body = None;
    let own: Vec<Value> = op
        .get("parameters")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    for p in shared.iter().chain(own.iter()) {
        let resolved = resolve(doc, p);
        match resolved.get("in").and_then(Value::as_str) {
            Some("body") => {
                let content: Map<String, Value> = op_consumes
                    .iter()
                    .map(|m| {
                        let schema = resolved.get("schema").cloned().unwrap_or(json!({}));
                        (m.clone(), json!({ "schema": schema }))
                    })
                    .collect();
                let mut rb = Map::new();
                rb.insert("content".into(), Value::Object(content));
                if let Some(r) = resolved.get("required") {
                    rb.insert("required".into(), r.clone());
                }
                body = Some(Value::Object(rb));
            }
            Some("formData") => {
                let name = resolved.get("name").and_then(Value::as_str).unwrap_or("");
                let converted = parameter(&resolved);
                let schema = converted.get("schema").cloned().unwrap_or(json!({}));
                form_props.insert(name.to_string(), schema);
                if let Some(encoding) = form_encoding(&resolved) {
                    form_encodings.insert(name.to_string(), encoding);
                }
                if resolved.get("required") == Some(&Value::Bool(true)) {
                    form_required.push(Value::from(name));
                }
            }
            _ if p.get("$ref").is_some() => params.push(p.clone()),
            _ => params.push(parameter(&resolved)),
        }
    }
    if !form_props.is_empty() {
        let media = if op_consumes.iter().any(|m| m == "multipart/form-data") {
            "multipart/form-data"
        } else {
            "application/x-www-form-urlencoded"
        };
        let mut schema = json!({"type": "object", "properties": form_props});
        if !form_required.is_empty() {
            schema["required"] = Value::Array(form_required);
        }
        let mut content = json!({"schema": schema});
        if !form_encodings.is_empty() {
            content["encoding"] = Value::Object(form_encodings);
        }
        body = Some(json!({"content": {media: content}}));
    }
    if !params.is_empty() {
        out.insert("parameters".into(), Value::Array(params));
    }
    if let Some(b) = body {
        out.insert("requestBody".into(), b);
    }
    let mut responses = Map::new();
    for (code, r) in op
        .get("responses")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
    {
        responses.insert(code.clone(), response(r, &op_produces));
    }
    out.insert("responses".into(), Value::Object(responses));
    Value::Object(out)
}

fn response(r: &Value, produces: &[String]) -> Value {
    if r.get("$ref").is_some() {
        return r.clone();
    }
    let mut out = Map::new();
    out.insert(
        "description".into(),
        r.get("description").cloned().unwrap_or(json!("")),
    );
    let examples = r.get("examples").and_then(Value::as_object);
    let schema = r.get("schema");
    let mut media: Vec<String> = produces.to_vec();
    for m in examples.into_iter().flat_map(|e| e.keys()) {
        if !media.contains(m) {
            media.push(m.clone());
        }
    }
    // Without `produces` the response is taken to be JSON, and marked so: Stoplight's
    // converter gives it no content at all, and the mock server answers as Prism does.
    let defaulted = media.is_empty();
    if defaulted && (schema.is_some() || examples.is_some()) {
        media.push("application/json".into());
    }
    let mut content = Map::new();
    if schema.is_some() || examples.is_some() {
        for m in media {
            let mut entry = Map::new();
            if let Some(s) = schema {
                entry.insert("schema".into(), s.clone());
            }
            if let Some(e) = examples.and_then(|e| example_for(e, &m)) {
                entry.insert("example".into(), e.clone());
            }
            if defaulted {
                entry.insert(DEFAULT_MEDIA.into(), true.into());
            }
            content.insert(m, Value::Object(entry));
        }
    }
    if !content.is_empty() {
        out.insert("content".into(), Value::Object(content));
    }
    if let Some(Value::Object(headers)) = r.get("headers") {
        let converted: Map<String, Value> = headers
            .iter()
            .map(|(k, h)| {
                let mut schema = h.clone();
                let mut header = Map::new();
                if let Some(d) = schema.as_object_mut().and_then(|s| s.remove("description")) {
                    header.insert("description".into(), d);
                }
                header.insert("schema".into(), schema);
                (k.clone(), Value::Object(header))
            })
            .collect();
        out.insert("headers".into(), Value::Object(converted));
    }
    Value::Object(out)
}

/// The example for media type `media`: its own, else one keyed by a range that covers it
/// (`*/*`, `text/*`).
fn example_for<'a>(examples: &'a Map<String, Value>, media: &str) -> Option<&'a Value> {
    examples.get(media).or_else(|| {
        let kind = media.split('/').next().unwrap_or("");
        examples
            .get(&format!("{kind}/*"))
            .or_else(|| examples.get("*/*"))
    })
}

/// How a form field's `collectionFormat` is spelled in an OpenAPI 3 `encoding` entry
/// (`csv` keeps its name in `x-collection-format`: OpenAPI 3 has no comma-delimited style,
/// and Prism splits such a field as one). No explicit format, no entry.
fn form_encoding(p: &Value) -> Option<Value> {
    let format = p.get("collectionFormat").and_then(Value::as_str)?;
    Some(match format {
        "csv" => json!({"style": "form", "explode": false, "x-collection-format": "csv"}),
        "ssv" => json!({"style": "spaceDelimited", "explode": false}),
        "pipes" => json!({"style": "pipeDelimited", "explode": false}),
        "multi" => json!({"style": "form", "explode": true}),
        _ => return None,
    })
}

fn security_scheme(d: &Value) -> Value {
    match d.get("type").and_then(Value::as_str) {
        Some("basic") => json!({"type": "http", "scheme": "basic"}),
        Some("apiKey") => json!({"type": "apiKey", "in": d.get("in"), "name": d.get("name")}),
        Some("oauth2") => json!({"type": "oauth2", "flows": {}}),
        _ => d.clone(),
    }
}

/// `#/definitions/X` → `#/components/schemas/X` (and parameters, responses likewise).
fn rewrite_refs(v: &mut Value) {
    match v {
        Value::Object(map) => {
            if let Some(Value::String(r)) = map.get_mut("$ref") {
                for (from, to) in [
                    ("#/definitions/", "#/components/schemas/"),
                    ("#/parameters/", "#/components/parameters/"),
                    ("#/responses/", "#/components/responses/"),
                ] {
                    if let Some(i) = r.find(from) {
                        *r = format!("{}{to}{}", &r[..i], &r[i + from.len()..]);
                        break;
                    }
                }
            }
            for (k, child) in map.iter_mut() {
                if k != "example" && k != "examples" {
                    rewrite_refs(child);
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(rewrite_refs),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::convert;

    fn converted(doc: serde_json::Value) -> serde_json::Value {
        let mut doc = doc;
        convert(&mut doc);
        doc
    }

    #[test]
    fn an_example_keyed_by_a_range_serves_the_types_it_covers() {
        let doc = converted(json!({
            "swagger": "2.0",
            "paths": { "/t": { "get": {
                "produces": ["text/plain", "application/json"],
                "responses": { "200": {
                    "description": "ok",
                    "schema": { "type": "string" },
                    "examples": { "*/*": "hello", "application/json": "\"json\"" }
                } }
            } } }
        }));
        let content = &doc["paths"]["/t"]["get"]["responses"]["200"]["content"];
        assert_eq!(content["text/plain"]["example"], "hello");
        assert_eq!(content["application/json"]["example"], "\"json\"");
    }

    #[test]
    fn form_fields_keep_allow_empty_value_and_collection_format() {
        let doc = converted(json!({
            "swagger": "2.0",
            "paths": { "/f": { "post": {
                "consumes": ["application/x-www-form-urlencoded"],
                "parameters": [
                    { "in": "formData", "name": "id", "type": "string", "allowEmptyValue": false },
                    { "in": "formData", "name": "tags", "type": "array",
                      "items": { "type": "string" }, "collectionFormat": "csv" },
                    { "in": "formData", "name": "free", "type": "string", "allowEmptyValue": true }
                ],
                "responses": { "200": { "description": "ok" } }
            } } }
        }));
        let media = &doc["paths"]["/f"]["post"]["requestBody"]["content"]["application/x-www-form-urlencoded"];
        assert_eq!(media["schema"]["properties"]["id"]["minLength"], 1);
        assert!(
            media["schema"]["properties"]["free"]
                .get("minLength")
                .is_none()
        );
        assert_eq!(
            media["encoding"],
            json!({ "tags": { "style": "form", "explode": false, "x-collection-format": "csv" } })
        );
    }
}
