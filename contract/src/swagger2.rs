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
        body = Some(json!({"content": {media: {"schema": schema}}}));
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
    if media.is_empty() && (schema.is_some() || examples.is_some()) {
        media.push("application/json".into());
    }
    let mut content = Map::new();
    if schema.is_some() || examples.is_some() {
        for m in media {
            let mut entry = Map::new();
            if let Some(s) = schema {
                entry.insert("schema".into(), s.clone());
            }
            if let Some(e) = examples.and_then(|e| e.get(&m)) {
                entry.insert("example".into(), e.clone());
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
