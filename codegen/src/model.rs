//! The contract as the generators see it: operations with their parameters, body and
//! responses, built from the bundled document while checking everything progenitor 0.15
//! would otherwise assert on (and panic), so a bad spec is a one-line error instead.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::error::{Error, Result};
use crate::pointer;

const METHODS: [&str; 8] = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

/// Every operation of one contract.
#[derive(Debug)]
pub struct Api {
    /// Operations sorted by path, then method.
    pub operations: Vec<Operation>,
    /// `components.schemas`, by name.
    pub schemas: BTreeMap<String, Value>,
}

/// One operation (path + method).
#[derive(Debug)]
pub struct Operation {
    pub id: String,
    pub method: String,
    pub path: String,
    pub doc: String,
    pub params: Vec<Param>,
    pub body: Option<Body>,
    pub responses: Vec<Response>,
}

/// Where a parameter travels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Location {
    Path,
    Query,
    Header,
}

/// A path, query or header parameter.
#[derive(Debug)]
pub struct Param {
    pub name: String,
    pub location: Location,
    pub required: bool,
    pub description: Option<String>,
    pub schema: Value,
}

/// A JSON request body.
#[derive(Debug)]
pub struct Body {
    pub required: bool,
    pub media_type: String,
    pub schema: Value,
}

/// A response status key of the contract.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Status {
    Code(u16),
    /// `4XX` → 4.
    Range(u16),
    Default,
}

/// One declared response.
#[derive(Debug)]
pub struct Response {
    pub status: Status,
    pub description: String,
    /// Media type and schema of a JSON body.
    pub body: Option<(String, Value)>,
    pub headers: Vec<Header>,
}

/// A declared response header.
#[derive(Debug)]
pub struct Header {
    pub name: String,
    pub required: bool,
    pub description: Option<String>,
    pub schema: Value,
}

/// Whether `media_type` is JSON (`application/json`, `application/problem+json`, with or
/// without parameters).
pub fn is_json(media_type: &str) -> bool {
    let essence = media_type
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase();
    essence == "application/json"
        || (essence.starts_with("application/") && essence.ends_with("+json"))
}

struct Reader<'a> {
    file: PathBuf,
    doc: &'a Value,
}

impl<'a> Reader<'a> {
    fn err(&self, at: &str, message: impl Into<String>) -> Error {
        Error::spec(&self.file, at, message)
    }

    /// Follows local `$ref`s (already checked to resolve) from `value` found at `at`.
    fn resolve(&self, mut value: &'a Value, at: &str) -> Result<(&'a Value, String)> {
        let mut at = at.to_string();
        for _ in 0..32 {
            match value.get("$ref").and_then(Value::as_str) {
                Some(reference) => {
                    let target = reference.strip_prefix('#').unwrap_or(reference);
                    value = pointer::get(self.doc, target)
                        .ok_or_else(|| self.err(&at, format!("unresolved $ref {reference:?}")))?;
                    at = target.to_string();
                }
                None => return Ok((value, at)),
            }
        }
        Err(self.err(&at, "$ref chain too long (a cycle?)"))
    }
}

impl Api {
    /// Reads and checks the bundled document `doc` of `file`.
    pub fn from_document(file: &Path, doc: &Value) -> Result<Api> {
        let r = Reader {
            file: file.to_path_buf(),
            doc,
        };
        check_version(&r)?;
        check_schemas(&r, doc, &mut String::new())?;
        let schemas = doc
            .pointer("/components/schemas")
            .and_then(Value::as_object)
            .map(|m| m.iter().map(|(k, v)| (k.clone(), v.clone())).collect())
            .unwrap_or_default();
        let mut operations = Vec::new();
        let mut ids = BTreeMap::<String, String>::new();
        let mut shapes = BTreeMap::<String, String>::new();
        if let Some(paths) = doc.get("paths") {
            let paths = paths
                .as_object()
                .ok_or_else(|| r.err("/paths", "must be a mapping"))?;
            for (path, item) in paths {
                let item_at = pointer::join("/paths", path);
                if !path.starts_with('/') {
                    return Err(r.err(&item_at, "a path must start with '/'"));
                }
                // axum (matchit) takes whole-segment `{name}` captures only, and one template per shape.
                for segment in path.split('/') {
                    let whole = segment.starts_with('{')
                        && segment.ends_with('}')
                        && segment.matches('{').count() == 1;
                    if (segment.contains('{') || segment.contains('}')) && !whole {
                        return Err(r.err(&item_at, format!("segment {segment:?}: a path parameter must be a whole segment (`/{{name}}`)")));
                    }
                }
                let shape: Vec<&str> = path
                    .split('/')
                    .map(|s| if s.starts_with('{') { "{}" } else { s })
                    .collect();
                if let Some(other) = shapes.insert(shape.join("/"), path.clone()) {
                    return Err(r.err(
                        &item_at,
                        format!(
                            "{path} and {other} are the same route with different parameter names"
                        ),
                    ));
                }
                if item.get("$ref").is_some() {
                    return Err(r.err(&item_at, "a path item $ref is not supported by progenitor; write the operations here"));
                }
                let item = item
                    .as_object()
                    .ok_or_else(|| r.err(&item_at, "must be a mapping"))?;
                for method in METHODS {
                    let Some(op) = item.get(method) else { continue };
                    let op_at = pointer::join(&item_at, method);
                    let operation = read_operation(&r, path, method, item, op, &op_at)?;
                    let snake = crate::names::snake(&operation.id);
                    if let Some(first) = ids.insert(snake.clone(), op_at.clone()) {
                        return Err(r.err(
                            &pointer::join(&op_at, "operationId"),
                            format!("operationId {:?} is not unique (as {snake:?} it clashes with {first})", operation.id),
                        ));
                    }
                    operations.push(operation);
                }
            }
        }
        operations.sort_by(|a, b| {
            (&a.path, method_rank(&a.method)).cmp(&(&b.path, method_rank(&b.method)))
        });
        Ok(Api {
            operations,
            schemas,
        })
    }
}

fn method_rank(method: &str) -> usize {
    METHODS
        .iter()
        .position(|m| *m == method)
        .unwrap_or(METHODS.len())
}

fn check_version(r: &Reader) -> Result<()> {
    match r.doc.get("openapi").and_then(Value::as_str) {
        Some(v) if v.trim().starts_with("3.0.") => Ok(()),
        Some(v) if v.trim().starts_with("3.1") => Err(r.err(
            "/openapi",
            format!(
                "OpenAPI {v} is not supported: progenitor 0.15 needs 3.0.x (write `openapi: 3.0.3`)"
            ),
        )),
        Some(v) => Err(r.err(
            "/openapi",
            format!("OpenAPI version {v:?} is not supported; 3.0.x is needed"),
        )),
        None if r.doc.get("swagger").is_some() => Err(r.err(
            "/swagger",
            "Swagger 2.0 is not supported; OpenAPI 3.0.x is needed",
        )),
        None => Err(r.err(
            "/openapi",
            "missing `openapi: 3.0.x` (is this an OpenAPI document?)",
        )),
    }
}

/// Schema shapes progenitor's converter panics on (`todo!`), anywhere in the document.
fn check_schemas(r: &Reader, value: &Value, at: &mut String) -> Result<()> {
    match value {
        Value::Object(map) => {
            for (bound, limit) in [
                ("exclusiveMinimum", "minimum"),
                ("exclusiveMaximum", "maximum"),
            ] {
                if map.get(bound) == Some(&Value::Bool(true)) && !map.contains_key(limit) {
                    return Err(r.err(
                        &pointer::join(at, bound),
                        format!("`{bound}: true` needs `{limit}`"),
                    ));
                }
            }
            if (map.contains_key("properties") || map.contains_key("items"))
                && let Some(t) = map.get("type")
            {
                {
                    let ok = t.as_str().is_some_and(|t| {
                        ["string", "number", "integer", "boolean", "array", "object"].contains(&t)
                    });
                    if !ok {
                        return Err(r.err(
                            &pointer::join(at, "type"),
                            format!("type {t} is not an OpenAPI 3.0 type"),
                        ));
                    }
                }
            }
            for (key, child) in map {
                // Examples, defaults and enums are data, not schemas.
                if key == "example" || key == "examples" || key == "default" || key == "enum" {
                    continue;
                }
                let len = at.len();
                pointer::push(at, key);
                check_schemas(r, child, at)?;
                at.truncate(len);
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                let len = at.len();
                pointer::push(at, &i.to_string());
                check_schemas(r, child, at)?;
                at.truncate(len);
            }
        }
        _ => {}
    }
    Ok(())
}

fn read_operation(
    r: &Reader,
    path: &str,
    method: &str,
    item: &serde_json::Map<String, Value>,
    op: &Value,
    at: &str,
) -> Result<Operation> {
    let id = match op.get("operationId") {
        Some(Value::String(id)) if !id.trim().is_empty() => id.clone(),
        Some(_) => {
            return Err(r.err(
                &pointer::join(at, "operationId"),
                "operationId must be a non-empty string",
            ));
        }
        None => {
            return Err(r.err(
                at,
                "missing operationId (progenitor needs one on every operation)",
            ));
        }
    };
    if !id.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
        || !id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
    {
        return Err(r.err(
            &pointer::join(at, "operationId"),
            format!("operationId {id:?} must start with a letter and hold only letters, digits, '_' or '-'"),
        ));
    }
    let doc = [op.get("summary"), op.get("description")]
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .collect::<Vec<_>>()
        .join("\n\n");

    // Path-level parameters, overridden by operation-level ones with the same name and place.
    let mut by_key = BTreeMap::new();
    for (list, list_at) in [
        (
            item.get("parameters"),
            pointer::join(&pointer::join("/paths", path), "parameters"),
        ),
        (op.get("parameters"), pointer::join(at, "parameters")),
    ] {
        let Some(list) = list else { continue };
        let list = list
            .as_array()
            .ok_or_else(|| r.err(&list_at, "must be a list"))?;
        for (i, p) in list.iter().enumerate() {
            let param = read_param(r, p, &pointer::join(&list_at, &i.to_string()))?;
            by_key.insert((param.location, param.name.clone()), param);
        }
    }
    let params: Vec<Param> = by_key.into_values().collect();

    // Every `{name}` of the template is a declared path parameter, and the reverse.
    let template: BTreeSet<String> = path
        .split('{')
        .skip(1)
        .filter_map(|s| s.split_once('}').map(|(name, _)| name.to_string()))
        .collect();
    let declared: BTreeSet<String> = params
        .iter()
        .filter(|p| p.location == Location::Path)
        .map(|p| p.name.clone())
        .collect();
    if let Some(missing) = template.difference(&declared).next() {
        return Err(r.err(
            at,
            format!("path parameter {{{missing}}} of {path} is not declared"),
        ));
    }
    if let Some(extra) = declared.difference(&template).next() {
        return Err(r.err(
            at,
            format!("path parameter {extra:?} is declared but not in {path}"),
        ));
    }

    let body = match op.get("requestBody") {
        None => None,
        Some(b) => Some(read_body(r, b, &pointer::join(at, "requestBody"))?),
    };
    if body.is_some() && matches!(method, "get" | "head" | "delete" | "options" | "trace") {
        // Allowed by OpenAPI 3.0 for delete, but clients and proxies drop such bodies.
        if method != "delete" {
            return Err(r.err(
                &pointer::join(at, "requestBody"),
                format!("a {method} request cannot carry a body"),
            ));
        }
    }

    let responses_at = pointer::join(at, "responses");
    let responses_value = op
        .get("responses")
        .and_then(Value::as_object)
        .ok_or_else(|| r.err(&responses_at, "every operation needs `responses`"))?;
    let mut responses = Vec::new();
    for (key, resp) in responses_value {
        let resp_at = pointer::join(&responses_at, key);
        let status = parse_status(key).ok_or_else(|| {
            r.err(
                &resp_at,
                format!("{key:?} is not a status code, range (4XX) or `default`"),
            )
        })?;
        responses.push(read_response(r, status, resp, &resp_at)?);
    }
    responses.sort_by_key(|r| r.status);
    if !responses.iter().any(|r| is_success(r.status)) {
        return Err(r.err(&responses_at, "no success (2xx) response declared"));
    }
    // progenitor: `assertion failed: response_types.len() <= 1`.
    for (kind, filter) in [
        ("success", is_success as fn(Status) -> bool),
        ("error", is_error),
    ] {
        let mut seen: BTreeMap<String, Status> = BTreeMap::new();
        for resp in responses.iter().filter(|resp| filter(resp.status)) {
            let shape = match &resp.body {
                None => "no body".to_string(),
                Some((_, schema)) => schema.to_string(),
            };
            seen.entry(shape).or_insert(resp.status);
        }
        if seen.len() > 1 {
            let mut statuses: Vec<Status> = seen.values().copied().collect();
            statuses.sort();
            let statuses: Vec<String> = statuses.into_iter().map(status_key).collect();
            return Err(r.err(
                &responses_at,
                format!(
                    "{kind} responses {} have different body types; progenitor allows one {kind} body type per operation",
                    statuses.join(", ")
                ),
            ));
        }
    }

    Ok(Operation {
        id,
        method: method.to_string(),
        path: path.to_string(),
        doc,
        params,
        body,
        responses,
    })
}

fn read_param(r: &Reader, p: &Value, at: &str) -> Result<Param> {
    let (p, at) = r.resolve(p, at)?;
    let at = at.as_str();
    let name = p
        .get("name")
        .and_then(Value::as_str)
        .ok_or_else(|| r.err(at, "parameter without `name`"))?
        .to_string();
    let location =
        match p.get("in").and_then(Value::as_str) {
            Some("path") => Location::Path,
            Some("query") => Location::Query,
            Some("header") => Location::Header,
            Some("cookie") => return Err(r.err(
                &pointer::join(at, "in"),
                format!(
                    "cookie parameter {name:?}: cookie parameters are not supported by progenitor"
                ),
            )),
            other => {
                return Err(r.err(
                    &pointer::join(at, "in"),
                    format!("parameter {name:?} has invalid `in` {other:?}"),
                ));
            }
        };
    let required = p.get("required").and_then(Value::as_bool).unwrap_or(false);
    if location == Location::Path && !required {
        return Err(r.err(
            &pointer::join(at, "required"),
            format!("path parameter {name:?} must have `required: true`"),
        ));
    }
    let default_style = match location {
        Location::Path | Location::Header => "simple",
        Location::Query => "form",
    };
    if let Some(style) = p.get("style").and_then(Value::as_str)
        && style != default_style
    {
        {
            return Err(r.err(&pointer::join(at, "style"), format!("parameter {name:?}: style {style:?} is not supported by progenitor (only {default_style:?})")));
        }
    }
    if p.get("content").is_some() {
        return Err(r.err(
            &pointer::join(at, "content"),
            format!("parameter {name:?}: `content` is not supported; use `schema`"),
        ));
    }
    let schema = p
        .get("schema")
        .cloned()
        .ok_or_else(|| r.err(at, format!("parameter {name:?} has no `schema`")))?;
    Ok(Param {
        name,
        location,
        required,
        description: p
            .get("description")
            .and_then(Value::as_str)
            .map(str::to_string),
        schema,
    })
}

fn read_body(r: &Reader, b: &Value, at: &str) -> Result<Body> {
    let (b, at) = r.resolve(b, at)?;
    let content_at = pointer::join(&at, "content");
    let content = b
        .get("content")
        .and_then(Value::as_object)
        .ok_or_else(|| r.err(&content_at, "a request body needs `content`"))?;
    if content.len() != 1 {
        return Err(r.err(
            &content_at,
            format!(
                "a request body needs exactly one media type (progenitor), found {}",
                content.len()
            ),
        ));
    }
    let (media_type, media) = content.iter().next().expect("one entry");
    let media_at = pointer::join(&content_at, media_type);
    if !is_json(media_type) {
        return Err(r.err(
            &media_at,
            format!("media type {media_type:?} is not supported; only JSON bodies are"),
        ));
    }
    let schema = media_schema(r, media, &media_at)?;
    Ok(Body {
        required: b.get("required").and_then(Value::as_bool).unwrap_or(false),
        media_type: media_type.clone(),
        schema,
    })
}

fn media_schema(r: &Reader, media: &Value, at: &str) -> Result<Value> {
    if media
        .get("encoding")
        .and_then(Value::as_object)
        .is_some_and(|e| !e.is_empty())
    {
        return Err(r.err(
            &pointer::join(at, "encoding"),
            "`encoding` is not supported by progenitor",
        ));
    }
    media
        .get("schema")
        .cloned()
        .ok_or_else(|| r.err(at, "a media type needs a `schema`"))
}

fn read_response(r: &Reader, status: Status, resp: &Value, at: &str) -> Result<Response> {
    let (resp, at) = r.resolve(resp, at)?;
    let mut body = None;
    if let Some(content) = resp.get("content").and_then(Value::as_object) {
        let content_at = pointer::join(&at, "content");
        if content.len() > 1 {
            return Err(r.err(
                &content_at,
                format!(
                    "{} media types; progenitor handles one per response",
                    content.len()
                ),
            ));
        }
        if let Some((media_type, media)) = content.iter().next() {
            let media_at = pointer::join(&content_at, media_type);
            if !is_json(media_type) {
                return Err(r.err(
                    &media_at,
                    format!("media type {media_type:?} is not supported; only JSON bodies are"),
                ));
            }
            body = Some((media_type.clone(), media_schema(r, media, &media_at)?));
        }
    }
    let mut headers = Vec::new();
    if let Some(map) = resp.get("headers").and_then(Value::as_object) {
        for (name, h) in map {
            if name.eq_ignore_ascii_case("content-type") {
                continue; // OpenAPI says it is ignored.
            }
            let h_at = pointer::join(&pointer::join(&at, "headers"), name);
            let (h, h_at) = r.resolve(h, &h_at)?;
            if !http_header_name_ok(name) {
                return Err(r.err(&h_at, format!("{name:?} is not a valid header name")));
            }
            headers.push(Header {
                name: name.clone(),
                required: h.get("required").and_then(Value::as_bool).unwrap_or(false),
                description: h
                    .get("description")
                    .and_then(Value::as_str)
                    .map(str::to_string),
                schema: h
                    .get("schema")
                    .cloned()
                    .unwrap_or_else(|| serde_json::json!({"type": "string"})),
            });
        }
    }
    Ok(Response {
        status,
        description: resp
            .get("description")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string(),
        body,
        headers,
    })
}

fn http_header_name_ok(name: &str) -> bool {
    !name.is_empty()
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b))
}

fn parse_status(key: &str) -> Option<Status> {
    if key == "default" {
        return Some(Status::Default);
    }
    if key.len() == 3 && key[1..].eq_ignore_ascii_case("xx") {
        let digit = key[..1].parse::<u16>().ok()?;
        return (1..=5).contains(&digit).then_some(Status::Range(digit));
    }
    let code = key.parse::<u16>().ok()?;
    (100..=599).contains(&code).then_some(Status::Code(code))
}

/// The key as written in a contract (`200`, `4XX`, `default`).
pub fn status_key(status: Status) -> String {
    match status {
        Status::Code(c) => c.to_string(),
        Status::Range(d) => format!("{d}XX"),
        Status::Default => "default".to_string(),
    }
}

/// progenitor's notion of a success response.
pub fn is_success(status: Status) -> bool {
    matches!(
        status,
        Status::Default | Status::Code(101) | Status::Code(200..=299) | Status::Range(2)
    )
}

/// progenitor's notion of an error response.
pub fn is_error(status: Status) -> bool {
    matches!(
        status,
        Status::Default | Status::Code(400..=599) | Status::Range(4..=5)
    )
}
