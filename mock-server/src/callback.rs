//! OpenAPI `callbacks`, fired as Prism fires them: after an operation has been answered, each
//! of its callbacks is sent to the URL its runtime expression names
//! (`{$request.body#/callbackUrl}`, `$request.query.x`, `$request.header.x`, `$request.path.x`,
//! `$method`, `$url`, `$statusCode`, `$response.header.x`, `$response.body#/id`), with a body
//! from the callback's example or schema and its declared headers. It runs on a task of its own:
//! the answer never waits for it, and its failures are only logged. The receiver's reply is
//! checked against the callback's declared responses (status and JSON body) and every
//! violation logged.

use std::sync::{Arc, OnceLock};
use std::time::Duration;

use bytes::Bytes;
use http::{HeaderMap, Method};
use rand::SeedableRng;
use rand::rngs::StdRng;
use serde_json::Value;
use taller_contract::Source;

use crate::client::{Client, describe};
use crate::generate;
use crate::render::essence;
use crate::spec::{Api, LazyValidator, SchemaCompiler, StatusKey, parse_status};
use crate::validate::{BodyCheck, Violation, response_violations};

/// One request a callback sends.
pub struct Callback {
    /// The callback's name (its key under `callbacks`).
    pub name: String,
    /// The URL expression (the key of the callback's path item).
    pub url: String,
    pub method: Method,
    /// The media type and the example or schema of the body, if the callback has one.
    pub body: Option<Payload>,
    /// Declared header parameters: name and the value to send.
    pub headers: Vec<(String, Value)>,
    /// Declared responses: status key and, for a JSON media type, the schema's check.
    pub responses: Vec<(StatusKey, Option<BodyCheck>)>,
}

/// A callback's body.
pub struct Payload {
    pub media: String,
    pub example: Option<Value>,
    pub schema: Option<Value>,
}

/// The callbacks of operation `op` (its `callbacks` object; path items may be `$ref`s).
pub(crate) fn compile(
    source: &Source,
    compiler: &Arc<SchemaCompiler>,
    op: &Value,
    at: &str,
) -> Vec<Callback> {
    let mut out = Vec::new();
    let Some(map) = op.get("callbacks").and_then(Value::as_object) else {
        return out;
    };
    for (name, callback) in map {
        let Some(expressions) = source.deref(callback).as_object() else {
            continue;
        };
        for (url, item) in expressions {
            let Some(item) = source.deref(item).as_object() else {
                continue;
            };
            for (method, operation) in item {
                let Ok(method) = Method::from_bytes(method.to_ascii_uppercase().as_bytes()) else {
                    continue;
                };
                if !matches!(
                    method,
                    Method::GET
                        | Method::PUT
                        | Method::POST
                        | Method::DELETE
                        | Method::PATCH
                        | Method::HEAD
                        | Method::OPTIONS
                        | Method::TRACE
                ) {
                    continue;
                }
                let operation = source.deref(operation);
                out.push(Callback {
                    name: name.clone(),
                    url: url.clone(),
                    method,
                    body: payload(source, operation),
                    headers: headers(source, operation),
                    responses: responses(
                        source,
                        compiler,
                        operation,
                        &format!("{at}/callbacks/{name}"),
                    ),
                });
            }
        }
    }
    out
}

fn payload(source: &Source, operation: &Value) -> Option<Payload> {
    let body = source.deref(operation.get("requestBody")?);
    let (media, content) = body.get("content")?.as_object()?.iter().next()?;
    let content = source.deref(content);
    let example = content
        .get("examples")
        .and_then(Value::as_object)
        .and_then(|e| {
            e.values()
                .find_map(|x| source.deref(x).get("value").cloned())
        })
        .or_else(|| content.get("example").cloned());
    Some(Payload {
        media: media.clone(),
        example,
        schema: content.get("schema").cloned(),
    })
}

fn headers(source: &Source, operation: &Value) -> Vec<(String, Value)> {
    let mut out = Vec::new();
    for p in operation
        .get("parameters")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        let p = source.deref(p);
        if p.get("in").and_then(Value::as_str) != Some("header") {
            continue;
        }
        let Some(name) = p.get("name").and_then(Value::as_str) else {
            continue;
        };
        let value = p.get("example").cloned().or_else(|| {
            p.get("schema")
                .and_then(|s| generate::sample(source, s).ok())
        });
        if let Some(value) = value.filter(|v| !v.is_null()) {
            out.push((name.to_string(), value));
        }
    }
    out
}

fn responses(
    source: &Source,
    compiler: &Arc<SchemaCompiler>,
    operation: &Value,
    at: &str,
) -> Vec<(StatusKey, Option<BodyCheck>)> {
    let mut out = Vec::new();
    for (code, response) in operation
        .get("responses")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
    {
        let Some(key) = parse_status(code) else {
            continue;
        };
        let response = source.deref(response);
        let check = response
            .get("content")
            .and_then(Value::as_object)
            .and_then(|c| c.iter().find(|(m, _)| essence(m).contains("json")))
            .and_then(|(_, c)| source.deref(c).get("schema"))
            .map(|schema| BodyCheck {
                validator: LazyValidator::new(
                    compiler,
                    schema,
                    &format!("{at}/responses/{code}"),
                    taller_contract::validate::Direction::Response,
                ),
                contains: None,
            });
        out.push((key, check));
    }
    out
}

/// What the runtime expressions of a callback can read.
pub struct Exchange {
    pub method: Method,
    /// The request's URL as the client sent it (`http://host/path?query`).
    pub url: String,
    pub request_headers: HeaderMap,
    pub query: Vec<(String, String)>,
    pub path_params: Vec<(String, String)>,
    pub request_body: Option<Value>,
    pub status: u16,
    pub response_headers: HeaderMap,
    pub response_body: Option<Value>,
}

/// Replaces every `{expression}` of `template` with its value (`""` when it has none, as in
/// Prism); a template that is a bare expression (`$request.body#/url`) is evaluated whole.
pub fn resolve(template: &str, exchange: &Exchange) -> String {
    if template.starts_with('$') {
        return evaluate(template, exchange).unwrap_or_default();
    }
    let mut out = String::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let Some(close) = rest[open..].find('}').map(|c| open + c) else {
            break;
        };
        out.push_str(&rest[..open]);
        out.push_str(&evaluate(&rest[open + 1..close], exchange).unwrap_or_default());
        rest = &rest[close + 1..];
    }
    out.push_str(rest);
    out
}

/// One runtime expression (OpenAPI 3, "Runtime Expressions").
pub fn evaluate(expression: &str, exchange: &Exchange) -> Option<String> {
    let text = |v: &Value| match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    };
    let header = |headers: &HeaderMap, name: &str| {
        headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(str::to_string)
    };
    let (source, pointer) = match expression.split_once('#') {
        Some((s, p)) => (s, Some(p)),
        None => (expression, None),
    };
    match source.split_once('.') {
        None => match source {
            "$method" => Some(exchange.method.as_str().to_string()),
            "$url" => Some(exchange.url.clone()),
            "$statusCode" => Some(exchange.status.to_string()),
            _ => None,
        },
        Some(("$request", "body")) => exchange
            .request_body
            .as_ref()?
            .pointer(pointer.unwrap_or(""))
            .map(text),
        Some(("$response", "body")) => exchange
            .response_body
            .as_ref()?
            .pointer(pointer.unwrap_or(""))
            .map(text),
        Some(("$request", rest)) => {
            let (kind, name) = rest.split_once('.')?;
            match kind {
                "header" => header(&exchange.request_headers, name),
                "query" => exchange
                    .query
                    .iter()
                    .find(|(k, _)| k == name)
                    .map(|(_, v)| v.clone()),
                "path" => exchange
                    .path_params
                    .iter()
                    .find(|(k, _)| k == name)
                    .map(|(_, v)| v.clone()),
                _ => None,
            }
        }
        Some(("$response", rest)) => {
            let (kind, name) = rest.split_once('.')?;
            (kind == "header").then(|| header(&exchange.response_headers, name))?
        }
        _ => None,
    }
}

/// The callbacks' client: no proxy, redirects not followed, 10 s to connect.
fn client() -> &'static Client {
    static CLIENT: OnceLock<Client> = OnceLock::new();
    CLIENT.get_or_init(|| Client::new(Duration::from_secs(10), None))
}

/// How long a callback may take, from connecting to the reply's last byte.
const TIMEOUT: Duration = Duration::from_secs(30);

/// Sends every callback of `api.ops[op]` on a task of its own, logging what happens unless
/// `quiet`; `dynamic` and `seed` choose generated bodies as they do for answers.
pub fn fire(
    api: Arc<Api>,
    op: usize,
    exchange: Exchange,
    dynamic: bool,
    seed: Option<u64>,
    quiet: bool,
) {
    tokio::spawn(async move {
        let exchange = Arc::new(exchange);
        let callbacks = &api.ops[op].callbacks;
        let sends = callbacks
            .iter()
            .map(|c| send(&api.source, c, &exchange, dynamic, seed));
        for lines in futures::future::join_all(sends).await {
            if !quiet {
                let text: String = lines.iter().map(|l| format!("{l}\n")).collect();
                crate::output::print(&text);
            }
        }
    });
}

/// Sends one callback; the log lines it gives.
async fn send(
    source: &Source,
    callback: &Callback,
    exchange: &Exchange,
    dynamic: bool,
    seed: Option<u64>,
) -> Vec<String> {
    let url = resolve(&callback.url, exchange);
    let label = format!("callback {}: {} {url}", callback.name, callback.method);
    let target = match url::Url::parse(&url) {
        Ok(u) if matches!(u.scheme(), "http" | "https") && u.has_host() => {
            u.as_str().parse::<http::Uri>().ok()
        }
        _ => None,
    };
    let Some(target) = target else {
        return vec![format!("{label} failed: not an http(s) URL")];
    };
    let mut request = http::Request::builder()
        .method(callback.method.clone())
        .uri(target);
    for (name, value) in &callback.headers {
        let value = match value {
            Value::String(s) => s.clone(),
            other => other.to_string(),
        };
        request = request.header(name.as_str(), value);
    }
    let mut body = Bytes::new();
    if let Some(payload) = &callback.body {
        let value = match (&payload.example, &payload.schema) {
            (Some(example), _) if !dynamic => Some(example.clone()),
            (_, Some(schema)) if dynamic => {
                let mut rng = match seed {
                    Some(s) => StdRng::seed_from_u64(s),
                    None => StdRng::from_rng(&mut rand::rng()),
                };
                generate::fake(source, schema, &mut rng, &Default::default()).ok()
            }
            (Some(example), _) => Some(example.clone()),
            (None, Some(schema)) => generate::sample(source, schema).ok(),
            (None, None) => None,
        };
        if let Some(value) = value {
            let media = essence(&payload.media);
            match crate::render::render(&media, &value) {
                Ok(bytes) => {
                    request = request.header(http::header::CONTENT_TYPE, payload.media.as_str());
                    body = bytes;
                }
                Err(e) => return vec![format!("{label} failed: {e}")],
            }
        }
    }
    let mut request = match request.body(body) {
        Ok(r) => r,
        Err(e) => return vec![format!("{label} failed: {}", describe(&e))],
    };
    request
        .headers_mut()
        .entry(http::header::ACCEPT)
        .or_insert(http::HeaderValue::from_static("*/*"));
    let reply = match tokio::time::timeout(TIMEOUT, client().send(request)).await {
        Ok(Ok(r)) => r,
        Ok(Err(e)) => return vec![format!("{label} failed: {}", describe(&*e))],
        Err(_) => return vec![format!("{label} failed: operation timed out")],
    };
    let status = reply.status.as_u16();
    let bytes = reply.body;
    let mut lines = vec![format!("{label} -> {status}")];
    lines.extend(reply_violations(callback, status, &bytes).iter().map(|v| {
        format!(
            "  violation: callback {}.{} {}",
            callback.name,
            v.location.join("."),
            v.message
        )
    }));
    lines
}

/// How the receiver's reply breaks the callback's declared responses.
fn reply_violations(callback: &Callback, status: u16, body: &[u8]) -> Vec<Violation> {
    if callback.responses.is_empty() {
        return Vec::new();
    }
    let find = |k: StatusKey| callback.responses.iter().find(|(key, _)| *key == k);
    let Some((_, check)) = find(StatusKey::Exact(status))
        .or_else(|| find(StatusKey::Range(status / 100)))
        .or_else(|| find(StatusKey::Default))
    else {
        let declared: Vec<String> = callback
            .responses
            .iter()
            .map(|(k, _)| match k {
                StatusKey::Exact(c) => c.to_string(),
                StatusKey::Range(d) => format!("{d}XX"),
                StatusKey::Default => "default".into(),
            })
            .collect();
        return vec![Violation {
            side: crate::validate::Side::Response,
            location: vec!["status".into()],
            severity: crate::validate::Severity::Error,
            code: None,
            message: format!(
                "Unable to match the returned status code with those defined in the document: {}",
                declared.join(",")
            ),
            full: String::new(),
        }];
    };
    let (Some(check), Ok(value)) = (check, serde_json::from_slice::<Value>(body)) else {
        return Vec::new();
    };
    response_violations(check, &value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runtime_expressions_read_the_request_and_the_response() {
        let mut headers = HeaderMap::new();
        headers.insert("x-hook", "http://h.example/x".parse().unwrap());
        let exchange = Exchange {
            method: Method::POST,
            url: "http://127.0.0.1:4010/subscribe?topic=a".into(),
            request_headers: headers,
            query: vec![("topic".into(), "a".into())],
            path_params: vec![("id".into(), "7".into())],
            request_body: Some(serde_json::json!({"callbackUrl": "http://127.0.0.1:9/cb", "n": 3})),
            status: 201,
            response_headers: HeaderMap::new(),
            response_body: Some(serde_json::json!({"id": "abc"})),
        };
        assert_eq!(
            resolve("{$request.body#/callbackUrl}", &exchange),
            "http://127.0.0.1:9/cb"
        );
        assert_eq!(
            resolve(
                "{$request.header.x-hook}/{$response.body#/id}?m={$method}&s={$statusCode}&t={$request.query.topic}&p={$request.path.id}&n={$request.body#/n}",
                &exchange
            ),
            "http://h.example/x/abc?m=POST&s=201&t=a&p=7&n=3"
        );
        assert_eq!(
            resolve("$request.body#/callbackUrl", &exchange),
            "http://127.0.0.1:9/cb"
        );
        assert_eq!(resolve("{$request.body#/missing}x", &exchange), "x");
    }
}
