//! Postman collection input (v2.0 and v2.1): the collection is rewritten as an OpenAPI 3.0
//! document at load time, the way Stoplight's converter reads one, so the mock server and the
//! generators only ever see OpenAPI.
//!
//! - every request of every folder (nested `item`s) is an operation; requests with the same
//!   method and path merge (parameters in only some of them become optional, request and
//!   response schemas of one media type become an `anyOf`);
//! - `{{name}}` is replaced by the collection's `variable` value when it has one; a path
//!   segment `:name`, `{name}` or an unresolved `{{name}}` is a path parameter;
//! - query entries and request headers are required string parameters (their value is the
//!   example);
//! - a raw body with a JSON media type (from the request's `Content-Type`) gives an example and
//!   a schema inferred from it; other raw bodies an example only; `urlencoded` and `formdata`
//!   an object of string properties;
//! - `auth` (on the request, else the nearest folder, else the collection; `noauth` means
//!   none): basic, digest and bearer are HTTP schemes, OAuth 2 a bearer scheme (or an
//!   `access_token` query parameter), apikey an API-key scheme; OAuth 1, Hawk, AWS v4, EdgeGrid
//!   and NTLM become the header or query parameters they put on a request;
//! - each saved `response` is a response of its `code`, its headers as response headers, its
//!   body as the example of its `Content-Type` (parsed, with an inferred schema, when JSON).

use std::collections::HashMap;

use serde_json::{Map, Value, json};

/// Whether `doc` is a Postman collection rather than an OpenAPI or Swagger document.
pub fn is_collection(doc: &Value) -> bool {
    if doc.get("openapi").is_some() || doc.get("swagger").is_some() {
        return false;
    }
    let info = doc.get("info");
    let postman_info = info.and_then(|i| i.get("_postman_id")).is_some()
        || info
            .and_then(|i| i.get("schema"))
            .and_then(Value::as_str)
            .is_some_and(|s| s.contains("getpostman.com"));
    postman_info || doc.get("item").is_some_and(Value::is_array)
}

/// Rewrites a Postman collection (in place) as an OpenAPI 3.0 document.
pub fn convert(doc: &mut Value) {
    let vars = variables(doc.get("variable"));
    let mut conv = Converter {
        vars,
        ops: Vec::new(),
        schemes: Vec::new(),
    };
    let root_auth = doc.get("auth").filter(|a| !a.is_null());
    if let Some(items) = doc.get("item").and_then(Value::as_array) {
        conv.items(items, root_auth);
    }
    let info = doc.get("info").cloned().unwrap_or_default();
    let mut out_info = Map::new();
    out_info.insert(
        "title".into(),
        info.get("name")
            .and_then(Value::as_str)
            .unwrap_or("Postman collection")
            .into(),
    );
    out_info.insert("version".into(), version(info.get("version")).into());
    if let Some(d) = description(info.get("description")) {
        out_info.insert("description".into(), d.into());
    }
    let mut paths = Map::new();
    for op in &conv.ops {
        let item = paths
            .entry(op.path.clone())
            .or_insert_with(|| Value::Object(Map::new()));
        item[op.method.as_str()] = op.to_openapi(&conv.schemes);
    }
    let mut out = Map::new();
    out.insert("openapi".into(), "3.0.3".into());
    out.insert("info".into(), Value::Object(out_info));
    out.insert("paths".into(), Value::Object(paths));
    if !conv.schemes.is_empty() {
        let schemes: Map<String, Value> = conv
            .schemes
            .iter()
            .map(|(name, scheme)| (name.clone(), scheme.clone()))
            .collect();
        out.insert("components".into(), json!({ "securitySchemes": schemes }));
    }
    *doc = Value::Object(out);
}

/// A parameter (or response header): always a string.
#[derive(Clone, Debug)]
struct Param {
    name: String,
    location: &'static str,
    required: bool,
    example: Option<Value>,
    description: Option<String>,
    schema: Value,
}

impl Param {
    fn string(name: &str, location: &'static str, example: Option<Value>) -> Param {
        Param {
            name: name.to_string(),
            location,
            required: true,
            example: example.filter(|v| !matches!(v, Value::Null) && v != ""),
            description: None,
            schema: json!({ "type": "string" }),
        }
    }
}

/// One media type of a body: schema (if known) and examples in order.
#[derive(Clone, Debug)]
struct Content {
    media_type: String,
    schema: Option<Value>,
    examples: Vec<Value>,
}

#[derive(Clone, Debug)]
struct Response {
    code: String,
    description: String,
    headers: Vec<Param>,
    contents: Vec<Content>,
}

#[derive(Clone, Debug)]
struct Operation {
    path: String,
    method: String,
    summary: Option<String>,
    description: Option<String>,
    params: Vec<Param>,
    body: Vec<Content>,
    responses: Vec<Response>,
    /// Name of the security scheme the request needs.
    security: Option<String>,
}

/// What an `auth` puts on a request.
enum Auth {
    Scheme(Value),
    Params(Vec<Param>),
}

struct Converter {
    vars: HashMap<String, String>,
    ops: Vec<Operation>,
    /// Security schemes by name, in order of first use.
    schemes: Vec<(String, Value)>,
}

impl Converter {
    fn items(&mut self, items: &[Value], auth: Option<&Value>) {
        for item in items {
            let own = item.get("auth").filter(|a| !a.is_null());
            if let Some(children) = item.get("item").and_then(Value::as_array) {
                self.items(children, own.or(auth));
            } else if let Some(request) = item.get("request") {
                let request_auth = request.get("auth").filter(|a| !a.is_null());
                let op = self.operation(item, request, request_auth.or(own).or(auth));
                merge_operation(&mut self.ops, op);
            }
        }
    }

    fn resolve(&self, text: &str) -> String {
        let mut out = String::new();
        let mut rest = text;
        while let Some(start) = rest.find("{{") {
            let Some(len) = rest[start + 2..].find("}}") else {
                break;
            };
            let name = &rest[start + 2..start + 2 + len];
            out.push_str(&rest[..start]);
            match self.vars.get(name) {
                Some(value) => out.push_str(value),
                None => out.push_str(&rest[start..start + 4 + len]),
            }
            rest = &rest[start + 4 + len..];
        }
        out.push_str(rest);
        out
    }

    /// A string value with variables resolved; other JSON values as they are.
    fn resolve_value(&self, value: Option<&Value>) -> Option<Value> {
        match value? {
            Value::String(s) => Some(Value::String(self.resolve(s))),
            other => Some(other.clone()),
        }
    }

    fn operation(&mut self, item: &Value, request: &Value, auth: Option<&Value>) -> Operation {
        // A request may be just its URL.
        let request = match request {
            Value::String(url) => json!({ "url": url, "method": "GET" }),
            other => other.clone(),
        };
        let url = parse_url(request.get("url"), self);
        let mut params = Vec::new();
        let mut segments = Vec::new();
        for segment in url.path.iter().filter(|s| !s.is_empty()) {
            let segment = self.resolve(segment);
            let name = segment
                .strip_prefix(':')
                .or_else(|| {
                    segment
                        .strip_prefix("{{")
                        .and_then(|s| s.strip_suffix("}}"))
                })
                .or_else(|| segment.strip_prefix('{').and_then(|s| s.strip_suffix('}')));
            match name {
                Some(name) if !name.is_empty() => {
                    segments.push(format!("{{{name}}}"));
                    let example = url.variables.get(name).cloned();
                    params.push(Param::string(name, "path", example.map(Value::String)));
                }
                _ => segments.push(segment),
            }
        }
        let path = format!("/{}", segments.join("/"));
        for (key, value) in &url.query {
            params.push(Param::string(
                key,
                "query",
                value.clone().map(Value::String),
            ));
        }
        let headers = header_list(request.get("header"));
        let mut content_type = None;
        for (key, value) in &headers {
            let lower = key.to_ascii_lowercase();
            let value = value.as_deref().map(|v| self.resolve(v));
            if lower == "content-type" {
                content_type = value.map(|v| v.to_ascii_lowercase());
                continue;
            }
            // OpenAPI describes these elsewhere (content negotiation, security).
            if lower == "accept" || lower == "authorization" {
                continue;
            }
            params.push(Param::string(&lower, "header", value.map(Value::String)));
        }
        let body = request
            .get("body")
            .map(|b| self.body(b, content_type.as_deref()))
            .unwrap_or_default();
        let mut security = None;
        match auth.and_then(|a| self.auth(a)) {
            Some(Auth::Scheme(scheme)) => security = Some(self.scheme_name(scheme)),
            Some(Auth::Params(extra)) => params.extend(extra),
            None => {}
        }
        let responses = item
            .get("response")
            .and_then(Value::as_array)
            .map(|list| list.iter().map(|r| self.response(r)).collect::<Vec<_>>())
            .unwrap_or_default()
            .into_iter()
            .fold(Vec::new(), |mut merged, r| {
                merge_response(&mut merged, r);
                merged
            });
        Operation {
            path,
            method: request
                .get("method")
                .and_then(Value::as_str)
                .unwrap_or("GET")
                .to_ascii_lowercase(),
            summary: item.get("name").and_then(Value::as_str).map(str::to_string),
            description: description(request.get("description"))
                .or_else(|| description(item.get("description"))),
            params,
            body,
            responses,
            security,
        }
    }

    fn body(&self, body: &Value, content_type: Option<&str>) -> Vec<Content> {
        let (mode, raw) = match body {
            Value::String(raw) => ("raw", Some(raw.as_str())),
            _ => (
                body.get("mode").and_then(Value::as_str).unwrap_or(""),
                body.get("raw").and_then(Value::as_str),
            ),
        };
        match mode {
            "raw" => match raw.filter(|r| !r.is_empty()) {
                Some(raw) => vec![raw_content(
                    &self.resolve(raw),
                    content_type.unwrap_or("text/plain"),
                )],
                None => Vec::new(),
            },
            "urlencoded" | "formdata" => {
                let Some(fields) = body.get(mode).and_then(Value::as_array) else {
                    return Vec::new();
                };
                let default = if mode == "formdata" {
                    "multipart/form-data"
                } else {
                    "application/x-www-form-urlencoded"
                };
                let mut properties = Map::new();
                let mut example = Map::new();
                for field in fields.iter().filter(|f| !is_disabled(f)) {
                    let Some(key) = field.get("key").and_then(Value::as_str) else {
                        continue;
                    };
                    let mut schema = json!({ "type": "string" });
                    if let Some(d) = description(field.get("description")) {
                        schema["description"] = d.into();
                    }
                    properties.insert(key.to_string(), schema);
                    example.insert(
                        key.to_string(),
                        self.resolve_value(field.get("value"))
                            .unwrap_or(Value::Null),
                    );
                }
                vec![Content {
                    media_type: content_type.unwrap_or(default).to_string(),
                    schema: Some(json!({ "type": "object", "properties": properties })),
                    examples: vec![Value::Object(example)],
                }]
            }
            _ => Vec::new(),
        }
    }

    fn response(&self, response: &Value) -> Response {
        let code = match response.get("code") {
            Some(Value::Number(n)) => n.to_string(),
            Some(Value::String(s)) if !s.is_empty() => s.clone(),
            _ => "200".to_string(),
        };
        let mut headers = Vec::new();
        let mut media_type = None;
        for (key, value) in header_list(response.get("header")) {
            let lower = key.to_ascii_lowercase();
            let value = value.map(|v| self.resolve(&v));
            if lower == "content-type" {
                media_type = value;
            } else if lower != "content-length" {
                headers.push(Param::string(&lower, "header", value.map(Value::String)));
            }
        }
        for cookie in response
            .get("cookie")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            if let Some(value) = set_cookie(cookie) {
                headers.push(Param::string("set-cookie", "header", Some(value.into())));
            }
        }
        let body = response.get("body").and_then(Value::as_str).unwrap_or("");
        let contents = match media_type {
            Some(mt) if !body.is_empty() => vec![raw_content(&self.resolve(body), &mt)],
            _ => Vec::new(),
        };
        Response {
            code,
            description: description(response.get("description"))
                .or_else(|| {
                    response
                        .get("name")
                        .and_then(Value::as_str)
                        .map(str::to_string)
                })
                .unwrap_or_default(),
            headers,
            contents,
        }
    }

    fn auth(&self, auth: &Value) -> Option<Auth> {
        let kind = auth.get("type").and_then(Value::as_str)?;
        let settings = auth_settings(auth.get(kind));
        let get = |key: &str| settings.get(key).cloned();
        let header = |description: &str, pattern: Option<&str>| {
            let mut p = Param::string("authorization", "header", None);
            p.description = Some(description.to_string());
            if let Some(pattern) = pattern {
                p.schema["pattern"] = pattern.into();
            }
            p
        };
        match kind {
            "basic" | "digest" | "bearer" => {
                Some(Auth::Scheme(json!({ "type": "http", "scheme": kind })))
            }
            "oauth2"
                if get("addTokenTo").and_then(|v| v.as_str().map(str::to_string))
                    == Some("queryParams".into()) =>
            {
                let mut p = Param::string("access_token", "query", None);
                p.description = Some("OAuth2 Access Token".into());
                Some(Auth::Params(vec![p]))
            }
            "oauth2" => Some(Auth::Scheme(json!({
                "type": "http",
                "scheme": "bearer",
                "description": "OAuth2 Access Token",
            }))),
            "apikey" => {
                let name = get("key")
                    .and_then(|v| v.as_str().map(|s| self.resolve(s)))
                    .unwrap_or_default();
                let location = get("in")
                    .and_then(|v| v.as_str().map(str::to_string))
                    .unwrap_or_else(|| "header".into());
                Some(Auth::Scheme(
                    json!({ "type": "apiKey", "name": name, "in": location }),
                ))
            }
            "oauth1" if get("addParamsToHeader").is_some_and(|v| truthy(&v)) => {
                let mut p = header("OAuth1 Authorization Header", None);
                p.example = Some(oauth1_header(&get).into());
                Some(Auth::Params(vec![p]))
            }
            "oauth1" => {
                let required = !get("addEmptyParamsToSign").is_some_and(|v| truthy(&v));
                let names = [
                    ("oauth_consumer_key", None),
                    ("oauth_token", None),
                    ("oauth_signature_method", Some("signatureMethod")),
                    ("oauth_timestamp", Some("timestamp")),
                    ("oauth_nonce", None),
                    ("oauth_version", Some("version")),
                    ("oauth_signature", None),
                ];
                let params = names
                    .iter()
                    .map(|(name, setting)| {
                        let example = setting.and_then(&get).map(|v| scalar(&v).into());
                        let mut p = Param::string(name, "query", example);
                        p.required = required;
                        p
                    })
                    .collect();
                Some(Auth::Params(params))
            }
            "hawk" => Some(Auth::Params(vec![header(
                "Hawk Authorization Header",
                Some("^Hawk .+$"),
            )])),
            "ntlm" => Some(Auth::Params(vec![header(
                "NTLM Authorization Header",
                Some("^NTLM .+$"),
            )])),
            "edgegrid" => Some(Auth::Params(vec![header(
                "Akamai EdgeGrid Authorization Header",
                None,
            )])),
            "awsv4" => Some(Auth::Params(vec![
                Param::string("x-amz-security-token", "header", None),
                Param::string("x-amz-date", "header", None),
                header("AWS v4 Authorization Header", None),
            ])),
            _ => None,
        }
    }

    /// The name of `scheme` among the components, added the first time it is seen.
    fn scheme_name(&mut self, scheme: Value) -> String {
        if let Some((name, _)) = self.schemes.iter().find(|(_, s)| *s == scheme) {
            return name.clone();
        }
        let kind = match scheme.get("type").and_then(Value::as_str) {
            Some("apiKey") => "apiKey",
            _ if scheme.get("description").is_some() => "oauth2",
            _ => "http",
        };
        let name = format!("{kind}-{}", self.schemes.len());
        self.schemes.push((name.clone(), scheme));
        name
    }
}

impl Operation {
    fn to_openapi(&self, schemes: &[(String, Value)]) -> Value {
        let mut op = Map::new();
        if let Some(s) = &self.summary {
            op.insert("summary".into(), s.clone().into());
        }
        if let Some(d) = &self.description {
            op.insert("description".into(), d.clone().into());
        }
        if !self.params.is_empty() {
            let params: Vec<Value> = self
                .params
                .iter()
                .map(|p| {
                    let mut v = json!({
                        "name": p.name,
                        "in": p.location,
                        "required": p.required || p.location == "path",
                        "schema": p.schema,
                    });
                    if p.location == "query" {
                        v["style"] = "form".into();
                    }
                    if let Some(e) = &p.example {
                        v["example"] = e.clone();
                    }
                    if let Some(d) = &p.description {
                        v["description"] = d.clone().into();
                    }
                    v
                })
                .collect();
            op.insert("parameters".into(), params.into());
        }
        if !self.body.is_empty() {
            op.insert(
                "requestBody".into(),
                json!({ "content": content_map(&self.body) }),
            );
        }
        let mut responses = Map::new();
        for r in &self.responses {
            let mut resp = Map::new();
            resp.insert("description".into(), r.description.clone().into());
            if !r.headers.is_empty() {
                let headers: Map<String, Value> = r
                    .headers
                    .iter()
                    .map(|h| {
                        let mut v = json!({ "schema": h.schema });
                        if let Some(e) = &h.example {
                            v["example"] = e.clone();
                        }
                        (h.name.clone(), v)
                    })
                    .collect();
                resp.insert("headers".into(), headers.into());
            }
            if !r.contents.is_empty() {
                resp.insert("content".into(), content_map(&r.contents));
            }
            responses.insert(r.code.clone(), resp.into());
        }
        op.insert("responses".into(), responses.into());
        if let Some(name) = &self.security
            && schemes.iter().any(|(n, _)| n == name)
        {
            op.insert("security".into(), json!([{ name.clone(): [] }]));
        }
        Value::Object(op)
    }
}

fn content_map(contents: &[Content]) -> Value {
    let map: Map<String, Value> = contents
        .iter()
        .map(|c| {
            let mut v = Map::new();
            if let Some(s) = &c.schema {
                v.insert("schema".into(), s.clone());
            }
            match c.examples.as_slice() {
                [] => {}
                [one] => {
                    v.insert("example".into(), one.clone());
                }
                many => {
                    let examples: Map<String, Value> = many
                        .iter()
                        .enumerate()
                        .map(|(i, e)| (format!("example-{}", i + 1), json!({ "value": e })))
                        .collect();
                    v.insert("examples".into(), examples.into());
                }
            }
            (c.media_type.clone(), v.into())
        })
        .collect();
    map.into()
}

/// A raw body of `media_type`: parsed, with an inferred schema, when it is JSON.
fn raw_content(raw: &str, media_type: &str) -> Content {
    if is_json(media_type)
        && let Ok(parsed) = serde_json::from_str::<Value>(raw)
    {
        return Content {
            media_type: media_type.to_string(),
            schema: Some(infer_schema(&parsed)),
            examples: vec![parsed],
        };
    }
    Content {
        media_type: media_type.to_string(),
        schema: None,
        examples: vec![Value::String(raw.to_string())],
    }
}

fn is_json(media_type: &str) -> bool {
    let essence = media_type
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    essence == "application/json"
        || (essence.starts_with("application/") && essence.ends_with("+json"))
}

/// The JSON Schema (OpenAPI 3.0 dialect) of a value: its types, no constraints.
fn infer_schema(value: &Value) -> Value {
    match value {
        Value::Null => json!({ "nullable": true }),
        Value::Bool(_) => json!({ "type": "boolean" }),
        Value::Number(n) if n.is_i64() || n.is_u64() => json!({ "type": "integer" }),
        Value::Number(_) => json!({ "type": "number" }),
        Value::String(_) => json!({ "type": "string" }),
        Value::Array(items) => {
            let schema = items
                .iter()
                .map(infer_schema)
                .reduce(|a, b| merge_schemas(&a, &b));
            match schema {
                Some(s) => json!({ "type": "array", "items": s }),
                None => json!({ "type": "array" }),
            }
        }
        Value::Object(map) => {
            let properties: Map<String, Value> = map
                .iter()
                .map(|(k, v)| (k.clone(), infer_schema(v)))
                .collect();
            json!({ "type": "object", "properties": properties })
        }
    }
}

/// Two schemas as one: equal ones stay, different ones become (or join) an `anyOf`.
fn merge_schemas(a: &Value, b: &Value) -> Value {
    let branches = |s: &Value| match s.as_object() {
        Some(o) if o.len() == 1 && o.get("anyOf").is_some_and(Value::is_array) => {
            o["anyOf"].as_array().cloned().unwrap_or_default()
        }
        _ => vec![s.clone()],
    };
    let mut all = branches(a);
    for s in branches(b) {
        if !all.contains(&s) {
            all.push(s);
        }
    }
    if all.len() == 1 {
        all.remove(0)
    } else {
        json!({ "anyOf": all })
    }
}

fn merge_contents(into: &mut Vec<Content>, more: Vec<Content>) {
    for c in more {
        match into
            .iter_mut()
            .find(|m| m.media_type.eq_ignore_ascii_case(&c.media_type))
        {
            Some(m) => {
                m.schema = match (m.schema.take(), c.schema) {
                    (Some(a), Some(b)) => Some(merge_schemas(&a, &b)),
                    (a, b) => a.or(b),
                };
                for e in c.examples {
                    if !m.examples.contains(&e) {
                        m.examples.push(e);
                    }
                }
            }
            None => into.push(c),
        }
    }
}

/// Parameters of two merged requests: those in both stay required only if required in both,
/// the others become optional.
fn merge_params(a: Vec<Param>, b: Vec<Param>) -> Vec<Param> {
    let same =
        |x: &Param, y: &Param| x.location == y.location && x.name.eq_ignore_ascii_case(&y.name);
    let mut out: Vec<Param> = a
        .iter()
        .map(|p| match b.iter().find(|q| same(p, q)) {
            Some(q) => Param {
                required: p.required && q.required,
                schema: merge_schemas(&p.schema, &q.schema),
                example: p.example.clone().or_else(|| q.example.clone()),
                ..p.clone()
            },
            None => Param {
                required: false,
                ..p.clone()
            },
        })
        .collect();
    for q in b {
        if !a.iter().any(|p| same(p, &q)) {
            out.push(Param {
                required: false,
                ..q
            });
        }
    }
    out
}

fn merge_response(into: &mut Vec<Response>, r: Response) {
    match into.iter_mut().find(|m| m.code == r.code) {
        Some(m) => {
            m.headers = merge_params(std::mem::take(&mut m.headers), r.headers);
            merge_contents(&mut m.contents, r.contents);
        }
        None => into.push(r),
    }
}

fn merge_operation(into: &mut Vec<Operation>, op: Operation) {
    match into
        .iter_mut()
        .find(|m| m.path == op.path && m.method == op.method)
    {
        Some(m) => {
            m.params = merge_params(std::mem::take(&mut m.params), op.params);
            merge_contents(&mut m.body, op.body);
            for r in op.responses {
                merge_response(&mut m.responses, r);
            }
            m.security = m.security.take().or(op.security);
        }
        None => into.push(op),
    }
}

/// A request URL, string or object form.
#[derive(Default)]
struct Url {
    path: Vec<String>,
    query: Vec<(String, Option<String>)>,
    /// Path variables' values (`url.variable`).
    variables: HashMap<String, String>,
}

fn parse_url(url: Option<&Value>, conv: &Converter) -> Url {
    match url {
        Some(Value::String(raw)) => parse_url_string(&conv.resolve(raw)),
        Some(Value::Object(obj)) => {
            let mut url = match obj.get("path") {
                Some(Value::Array(segments)) => Url {
                    path: segments.iter().map(scalar).collect(),
                    ..Url::default()
                },
                Some(Value::String(p)) => {
                    parse_url_string(&format!("/{}", p.trim_start_matches('/')))
                }
                _ => match obj.get("raw").and_then(Value::as_str) {
                    Some(raw) => parse_url_string(&conv.resolve(raw)),
                    None => Url::default(),
                },
            };
            if let Some(query) = obj.get("query").and_then(Value::as_array) {
                url.query = query
                    .iter()
                    .filter(|q| !is_disabled(q))
                    .filter_map(|q| {
                        let key = q.get("key").and_then(Value::as_str)?;
                        let value = q.get("value").filter(|v| !v.is_null()).map(scalar);
                        Some((conv.resolve(key), value.map(|v| conv.resolve(&v))))
                    })
                    .collect();
            } else if obj.get("path").is_some() {
                // The query of the raw form, when only the path is structured.
                if let Some(raw) = obj.get("raw").and_then(Value::as_str) {
                    url.query = parse_url_string(&conv.resolve(raw)).query;
                }
            }
            for var in obj
                .get("variable")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                if let (Some(key), Some(value)) =
                    (var.get("key").and_then(Value::as_str), var.get("value"))
                {
                    url.variables
                        .insert(key.to_string(), conv.resolve(&scalar(value)));
                }
            }
            url
        }
        _ => Url::default(),
    }
}

fn parse_url_string(raw: &str) -> Url {
    let raw = raw.split('#').next().unwrap_or("");
    let (before, query) = raw.split_once('?').unwrap_or((raw, ""));
    let rest = match before.find("://") {
        Some(i) => &before[i + 3..],
        None => before,
    };
    // The host is everything up to the first slash (none when the URL starts with one).
    let path = match rest.find('/') {
        Some(i) => &rest[i + 1..],
        None => "",
    };
    Url {
        path: path.split('/').map(str::to_string).collect(),
        query: query
            .split('&')
            .filter(|q| !q.is_empty())
            .map(|q| match q.split_once('=') {
                Some((k, v)) => (k.to_string(), Some(v.to_string())),
                None => (q.to_string(), None),
            })
            .collect(),
        variables: HashMap::new(),
    }
}

/// Header entries, from the list form or the `Key: value` lines form.
fn header_list(headers: Option<&Value>) -> Vec<(String, Option<String>)> {
    match headers {
        Some(Value::Array(list)) => list
            .iter()
            .filter(|h| !is_disabled(h))
            .filter_map(|h| {
                let key = h.get("key").and_then(Value::as_str)?;
                let value = h.get("value").filter(|v| !v.is_null()).map(scalar);
                Some((key.to_string(), value))
            })
            .collect(),
        Some(Value::String(lines)) => lines
            .lines()
            .filter_map(|line| {
                let (k, v) = line.split_once(':')?;
                Some((k.trim().to_string(), Some(v.trim().to_string())))
            })
            .collect(),
        _ => Vec::new(),
    }
}

/// An auth's settings: v2.1 lists `{key, value}`, v2.0 an object.
fn auth_settings(settings: Option<&Value>) -> HashMap<String, Value> {
    match settings {
        Some(Value::Array(list)) => list
            .iter()
            .filter_map(|e| {
                Some((
                    e.get("key")?.as_str()?.to_string(),
                    e.get("value").cloned().unwrap_or(Value::Null),
                ))
            })
            .collect(),
        Some(Value::Object(map)) => map.iter().map(|(k, v)| (k.clone(), v.clone())).collect(),
        _ => HashMap::new(),
    }
}

fn oauth1_header(get: &dyn Fn(&str) -> Option<Value>) -> String {
    let setting = |key: &str, default: &str| {
        get(key)
            .map(|v| scalar(&v))
            .filter(|s| !s.is_empty())
            .unwrap_or_else(|| default.to_string())
    };
    let fields = [
        ("realm", setting("realm", "a_realm")),
        ("oauth_consumer_key", "a_consumer_key".into()),
        ("oauth_token", "a_token".into()),
        (
            "oauth_signature_method",
            setting("signatureMethod", "HMAC-SHA1"),
        ),
        ("oauth_timestamp", setting("timestamp", "0")),
        ("oauth_nonce", "a".into()),
        ("oauth_version", setting("version", "1.0")),
        ("oauth_signature", "a_signature".into()),
    ];
    let joined: Vec<String> = fields.iter().map(|(k, v)| format!("{k}=\"{v}\"")).collect();
    format!("OAuth {}", joined.join(","))
}

fn set_cookie(cookie: &Value) -> Option<String> {
    let name = cookie.get("name").and_then(Value::as_str)?;
    let mut parts = vec![format!(
        "{name}={}",
        cookie.get("value").map(scalar).unwrap_or_default()
    )];
    for (key, attr) in [("domain", "Domain"), ("path", "Path")] {
        if let Some(v) = cookie.get(key).and_then(Value::as_str) {
            parts.push(format!("{attr}={v}"));
        }
    }
    for (key, attr) in [("secure", "Secure"), ("httpOnly", "HttpOnly")] {
        if cookie.get(key).is_some_and(truthy) {
            parts.push(attr.to_string());
        }
    }
    Some(parts.join("; "))
}

fn variables(list: Option<&Value>) -> HashMap<String, String> {
    list.and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter(|v| !is_disabled(v))
        .filter_map(|v| {
            let key = v.get("key").or_else(|| v.get("id"))?.as_str()?;
            Some((
                key.to_string(),
                v.get("value").map(scalar).unwrap_or_default(),
            ))
        })
        .collect()
}

fn version(v: Option<&Value>) -> String {
    match v {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Object(o)) => match o.get("string").and_then(Value::as_str) {
            Some(s) => s.to_string(),
            None => {
                let part = |k: &str| o.get(k).map(scalar).unwrap_or_else(|| "0".into());
                format!("{}.{}.{}", part("major"), part("minor"), part("patch"))
            }
        },
        _ => "1.0.0".to_string(),
    }
}

fn description(d: Option<&Value>) -> Option<String> {
    match d? {
        Value::String(s) => Some(s.clone()),
        Value::Object(o) => o.get("content").and_then(Value::as_str).map(str::to_string),
        _ => None,
    }
}

fn is_disabled(entry: &Value) -> bool {
    entry.get("disabled").is_some_and(truthy)
}

fn truthy(v: &Value) -> bool {
    match v {
        Value::Bool(b) => *b,
        Value::String(s) => s == "true",
        Value::Number(n) => n.as_f64() != Some(0.0),
        _ => false,
    }
}

/// A scalar as text (strings unquoted).
fn scalar(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Null => String::new(),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn converted(collection: Value) -> Value {
        let mut doc = collection;
        assert!(is_collection(&doc));
        convert(&mut doc);
        doc
    }

    fn get_todos(extra: Value) -> Value {
        let mut item = json!({
            "name": "todos",
            "request": { "method": "GET", "url": { "path": ["todos"] } },
        });
        for (k, v) in extra.as_object().unwrap() {
            item[k] = v.clone();
        }
        item
    }

    #[test]
    fn detects_collections_and_not_openapi() {
        assert!(is_collection(&json!({ "info": { "_postman_id": "x" } })));
        assert!(is_collection(&json!({
            "info": { "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json" }
        })));
        assert!(is_collection(&json!({ "item": [] })));
        assert!(!is_collection(&json!({ "openapi": "3.0.0", "item": [] })));
        assert!(!is_collection(&json!({ "swagger": "2.0", "info": {} })));
        assert!(!is_collection(&json!({ "info": { "title": "t" } })));
    }

    #[test]
    fn nested_folders_and_url_forms_become_paths() {
        let doc = converted(json!({
            "info": { "name": "Shop", "version": "2.1.0" },
            "variable": [{ "key": "base", "value": "https://api.test" }],
            "item": [
                { "name": "folder", "item": [
                    { "name": "inner", "item": [
                        { "name": "one", "request": {
                            "method": "DELETE",
                            "url": "{{base}}/users/:id/items/{{item}}?force=true&dry"
                        } }
                    ] }
                ] },
                { "name": "obj", "request": {
                    "method": "GET",
                    "url": { "raw": "x", "host": ["{{base}}"], "path": ["orders", "{orderId}"],
                             "query": [{ "key": "page", "value": "2" },
                                       { "key": "off", "value": "1", "disabled": true }],
                             "variable": [{ "key": "orderId", "value": "7" }] }
                } },
                { "name": "bare", "request": "/ping" }
            ]
        }));
        assert_eq!(doc["openapi"], "3.0.3");
        assert_eq!(doc["info"], json!({ "title": "Shop", "version": "2.1.0" }));
        let del = &doc["paths"]["/users/{id}/items/{item}"]["delete"];
        assert_eq!(del["summary"], "one");
        let names: Vec<(&str, &str, bool)> = del["parameters"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| {
                (
                    p["name"].as_str().unwrap(),
                    p["in"].as_str().unwrap(),
                    p["required"].as_bool().unwrap(),
                )
            })
            .collect();
        assert_eq!(
            names,
            [
                ("id", "path", true),
                ("item", "path", true),
                ("force", "query", true),
                ("dry", "query", true)
            ]
        );
        assert_eq!(del["parameters"][2]["example"], "true");
        let get = &doc["paths"]["/orders/{orderId}"]["get"];
        assert_eq!(get["parameters"][0]["example"], "7");
        assert_eq!(get["parameters"][1]["name"], "page");
        assert_eq!(get["parameters"].as_array().unwrap().len(), 2);
        assert!(doc["paths"]["/ping"]["get"].is_object());
    }

    #[test]
    fn headers_become_header_parameters_except_content_type() {
        let doc = converted(json!({ "item": [get_todos(json!({ "request": {
            "method": "GET", "url": "/todos",
            "header": [{ "key": "X-Trace", "value": "abc" },
                       { "key": "Content-Type", "value": "application/json" },
                       { "key": "X-Off", "value": "1", "disabled": true }]
        } }))] }));
        let params = &doc["paths"]["/todos"]["get"]["parameters"];
        assert_eq!(
            params,
            &json!([{ "name": "x-trace", "in": "header", "required": true,
                      "schema": { "type": "string" }, "example": "abc" }])
        );
    }

    #[test]
    fn json_bodies_get_an_inferred_schema_and_forms_string_properties() {
        let doc = converted(json!({ "item": [
            { "request": { "method": "POST", "url": "/json",
                "header": [{ "key": "Content-Type", "value": "application/json" }],
                "body": { "mode": "raw", "raw": "{\"id\":1,\"price\":2.5,\"tags\":[\"a\"],\"ok\":true,\"n\":null}" } } },
            { "request": { "method": "POST", "url": "/text", "body": "plain words" } },
            { "request": { "method": "POST", "url": "/form",
                "body": { "mode": "urlencoded", "urlencoded": [{ "key": "id", "value": 100 }] } } },
            { "request": { "method": "POST", "url": "/multi",
                "body": { "mode": "formdata", "formdata": [{ "key": "f", "value": "v", "description": "d" }] } } }
        ] }));
        let json_body =
            &doc["paths"]["/json"]["post"]["requestBody"]["content"]["application/json"];
        assert_eq!(json_body["example"]["price"], 2.5);
        assert_eq!(
            json_body["schema"],
            json!({ "type": "object", "properties": {
                "id": { "type": "integer" }, "price": { "type": "number" },
                "tags": { "type": "array", "items": { "type": "string" } },
                "ok": { "type": "boolean" }, "n": { "nullable": true } } })
        );
        let text = &doc["paths"]["/text"]["post"]["requestBody"]["content"]["text/plain"];
        assert_eq!(text, &json!({ "example": "plain words" }));
        let form = &doc["paths"]["/form"]["post"]["requestBody"]["content"]["application/x-www-form-urlencoded"];
        assert_eq!(
            form["schema"]["properties"]["id"],
            json!({ "type": "string" })
        );
        assert_eq!(form["example"], json!({ "id": 100 }));
        let multi =
            &doc["paths"]["/multi"]["post"]["requestBody"]["content"]["multipart/form-data"];
        assert_eq!(multi["schema"]["properties"]["f"]["description"], "d");
    }

    #[test]
    fn auth_is_inherited_and_noauth_clears_it() {
        let doc = converted(json!({
            "auth": { "type": "basic" },
            "item": [
                { "request": { "method": "GET", "url": "/a" } },
                { "request": { "method": "GET", "url": "/b", "auth": { "type": "noauth" } } },
                { "auth": { "type": "apikey", "apikey": [
                    { "key": "in", "value": "query" }, { "key": "key", "value": "k" }] },
                  "item": [{ "request": { "method": "GET", "url": "/c" } }] },
                { "request": { "method": "GET", "url": "/d",
                    "auth": { "type": "oauth2", "oauth2": [{ "key": "addTokenTo", "value": "queryParams" }] } } },
                { "request": { "method": "GET", "url": "/e", "auth": { "type": "oauth2" } } },
                { "request": { "method": "GET", "url": "/f", "auth": { "type": "basic" } } },
                { "request": { "method": "GET", "url": "/g", "auth": { "type": "hawk" } } }
            ]
        }));
        let paths = &doc["paths"];
        assert_eq!(paths["/a"]["get"]["security"], json!([{ "http-0": [] }]));
        assert!(paths["/b"]["get"].get("security").is_none());
        assert_eq!(paths["/c"]["get"]["security"], json!([{ "apiKey-1": [] }]));
        assert_eq!(paths["/d"]["get"]["parameters"][0]["name"], "access_token");
        assert_eq!(paths["/e"]["get"]["security"], json!([{ "oauth2-2": [] }]));
        // The same scheme is declared once.
        assert_eq!(paths["/f"]["get"]["security"], json!([{ "http-0": [] }]));
        assert_eq!(
            paths["/g"]["get"]["parameters"][0]["schema"]["pattern"],
            "^Hawk .+$"
        );
        assert_eq!(
            doc["components"]["securitySchemes"],
            json!({
                "http-0": { "type": "http", "scheme": "basic" },
                "apiKey-1": { "type": "apiKey", "name": "k", "in": "query" },
                "oauth2-2": { "type": "http", "scheme": "bearer", "description": "OAuth2 Access Token" }
            })
        );
    }

    #[test]
    fn saved_responses_become_responses_by_code() {
        let doc = converted(json!({ "item": [get_todos(json!({ "response": [
            { "name": "ok", "code": 200,
              "header": [{ "key": "Content-Type", "value": "application/json" },
                         { "key": "X-Rate", "value": "5" }],
              "cookie": [{ "name": "s", "value": "1", "path": "/", "httpOnly": true }],
              "body": "{\"id\":1}" },
            { "code": 200, "header": [{ "key": "Content-Type", "value": "application/json" }],
              "body": "{\"id\":\"x\"}" },
            { "description": "gone", "code": 204 },
            { "code": 201, "header": [{ "key": "Content-Type", "value": "text/plain" }], "body": "made" },
            { "code": 202, "body": "no type" }
        ] }))] }));
        let responses = &doc["paths"]["/todos"]["get"]["responses"];
        let ok = &responses["200"];
        assert_eq!(ok["description"], "ok");
        assert_eq!(ok["headers"]["x-rate"]["example"], "5");
        assert_eq!(
            ok["headers"]["set-cookie"]["example"],
            "s=1; Path=/; HttpOnly"
        );
        let content = &ok["content"]["application/json"];
        assert_eq!(
            content["examples"]["example-1"]["value"],
            json!({ "id": 1 })
        );
        assert_eq!(
            content["examples"]["example-2"]["value"],
            json!({ "id": "x" })
        );
        assert_eq!(
            content["schema"]["anyOf"],
            json!([
                { "type": "object", "properties": { "id": { "type": "integer" } } },
                { "type": "object", "properties": { "id": { "type": "string" } } }
            ])
        );
        assert_eq!(responses["204"], json!({ "description": "gone" }));
        assert_eq!(responses["201"]["content"]["text/plain"]["example"], "made");
        assert!(responses["202"].get("content").is_none());
    }

    #[test]
    fn requests_with_the_same_method_and_path_merge() {
        let doc = converted(json!({ "item": [
            { "request": { "method": "GET", "url": "/x?a=1&b=2" },
              "response": [{ "code": 200 }] },
            { "request": { "method": "GET", "url": "/x?a=3" },
              "response": [{ "code": 404 }] }
        ] }));
        let op = &doc["paths"]["/x"]["get"];
        let required: Vec<bool> = op["parameters"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p["required"].as_bool().unwrap())
            .collect();
        assert_eq!(required, [true, false]);
        assert!(op["responses"]["200"].is_object() && op["responses"]["404"].is_object());
    }

    #[test]
    fn loads_a_collection_that_is_not_strict_json() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("c.json");
        std::fs::write(
            &path,
            r#"{ "info": { "name": "T" }, "item": [ { "request": { "method": "GET", "url": { "path": ["todos"] } }, }, ] }"#,
        )
        .unwrap();
        let source = crate::load(path.to_str().unwrap()).unwrap();
        assert_eq!(source.input, crate::Input::Postman);
        assert!(source.root_doc()["paths"]["/todos"]["get"].is_object());
    }
}
