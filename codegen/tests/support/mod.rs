//! What every round-trip test needs: the generated router behind `taller_runtime::service::app`
//! on 127.0.0.1, and raw HTTP calls for the requests a typed client cannot make (invalid ones).

#![allow(dead_code)]

use serde_json::Value;

/// Serves `api` (a generated `router(..)`) with the contract, as a service does, with every
/// response checked against the contract (a violation answers 500); returns the base URL.
pub async fn serve(api: axum::Router, contract_json: &'static str) -> String {
    let args = taller_runtime::service::ServeArgs {
        validate_responses: taller_runtime::service::ResponseValidation::Enforce,
        ..Default::default()
    };
    let app = taller_runtime::service::app(api, contract_json, None, &args);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind 127.0.0.1:0");
    let addr = listener.local_addr().expect("local address");
    tokio::spawn(async move {
        axum::serve(listener, app).await.expect("serve");
    });
    format!("http://{addr}")
}

/// An answer seen raw: status, content type, body as JSON (Null when empty).
#[derive(Debug)]
pub struct Raw {
    pub status: u16,
    pub content_type: String,
    pub headers: reqwest::header::HeaderMap,
    pub body: Value,
}

/// The HS256 secret the round-trip services check tokens with.
pub const SECRET: &str = "roundtrip-secret";

/// The scopes of the seven contracts (`<svc>:read|write|admin`).
pub fn all_scopes() -> Vec<String> {
    let services = [
        "clientes",
        "vehiculos",
        "trabajos",
        "notificaciones",
        "facturas",
        "recambios",
        "logs",
    ];
    services
        .iter()
        .flat_map(|s| ["read", "write", "admin"].map(|a| format!("{s}:{a}")))
        .collect()
}

/// A token with `scopes`.
pub fn token_with(scopes: &[&str]) -> String {
    taller_runtime::jwt::mint(SECRET, "taller", "taller", "roundtrip", scopes, 3600)
}

/// A token with every scope of every contract.
pub fn token() -> String {
    let scopes = all_scopes();
    token_with(&scopes.iter().map(String::as_str).collect::<Vec<_>>())
}

/// What every round-trip implementation's `authenticate` does: a JWT checked as the real
/// services check it.
pub fn authenticate(
    credential: taller_runtime::security::Credential,
) -> Result<taller_runtime::jwt::Caller, taller_runtime::security::Unauthorized> {
    use taller_runtime::jwt::{Keys, Verifier};
    static VERIFIER: std::sync::OnceLock<Verifier> = std::sync::OnceLock::new();
    let verifier = VERIFIER.get_or_init(|| {
        Verifier::new(
            Keys::load(Some(SECRET), None, None).unwrap(),
            "taller",
            "taller",
        )
    });
    verifier.verify_credential(credential)
}

/// Sends `method url` with an optional body of `content_type`, with [`token`].
pub async fn raw(
    method: &str,
    url: &str,
    content_type: Option<&str>,
    body: Option<&str>,
    headers: &[(&str, &str)],
) -> Raw {
    let bearer = format!("Bearer {}", token());
    let mut all = vec![("authorization", bearer.as_str())];
    all.extend_from_slice(headers);
    raw_anonymous(method, url, content_type, body, &all).await
}

/// [`raw`] without credentials: only the headers given.
pub async fn raw_anonymous(
    method: &str,
    url: &str,
    content_type: Option<&str>,
    body: Option<&str>,
    headers: &[(&str, &str)],
) -> Raw {
    let client = reqwest::Client::new();
    let mut request = client.request(method.parse().expect("method"), url);
    if let Some(ct) = content_type {
        request = request.header("content-type", ct);
    }
    let mut given = reqwest::header::HeaderMap::new();
    for (name, value) in headers {
        // A later value of the same header replaces an earlier one (a test's own
        // `authorization` replaces the default token).
        given.insert(
            reqwest::header::HeaderName::from_bytes(name.as_bytes()).expect("header name"),
            value.parse().expect("header value"),
        );
    }
    request = request.headers(given);
    if let Some(body) = body {
        request = request.body(body.to_string());
    }
    let response = request.send().await.expect("request reaches the server");
    let status = response.status().as_u16();
    let headers = response.headers().clone();
    let content_type = headers
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_string();
    let text = response.text().await.expect("body");
    let body = if text.is_empty() {
        Value::Null
    } else {
        serde_json::from_str(&text).unwrap_or(Value::String(text))
    };
    Raw {
        status,
        content_type,
        headers,
        body,
    }
}

/// Asserts `raw` is a problem+json answer with `status` whose `errors` name `pointer`.
pub fn assert_problem(raw: &Raw, status: u16, pointer: Option<&str>) {
    assert_eq!(raw.status, status, "status of {raw:?}");
    assert!(
        raw.content_type.starts_with("application/problem+json"),
        "content type of {raw:?}"
    );
    assert_eq!(raw.body["status"], status, "problem status of {raw:?}");
    assert!(raw.body["title"].is_string(), "problem title of {raw:?}");
    if let Some(pointer) = pointer {
        let pointers: Vec<&str> = raw.body["errors"]
            .as_array()
            .map(|errors| {
                errors
                    .iter()
                    .filter_map(|e| e["pointer"].as_str())
                    .collect()
            })
            .unwrap_or_default();
        assert!(
            pointers.contains(&pointer),
            "expected an error at {pointer}, got {pointers:?} in {raw:?}"
        );
    }
}

/// The generic checks every service passes: unknown route → 404, undeclared method → 405,
/// both problem+json; the contract at /openapi.json.
pub async fn assert_surface(base: &str, known_path: &str, undeclared_method: &str) {
    let r = raw("GET", &format!("{base}/no-such-route"), None, None, &[]).await;
    assert_problem(&r, 404, None);
    let r = raw(
        undeclared_method,
        &format!("{base}{known_path}"),
        None,
        None,
        &[],
    )
    .await;
    assert_problem(&r, 405, None);
    let r = raw("GET", &format!("{base}/openapi.json"), None, None, &[]).await;
    assert_eq!(r.status, 200);
    assert!(
        r.body["openapi"]
            .as_str()
            .is_some_and(|v| v.starts_with("3.0")),
        "{:?}",
        r.body
    );
}

/// A typed value from JSON (tests write bodies as JSON, like callers do).
pub fn from_json<T: serde::de::DeserializeOwned>(value: Value) -> T {
    serde_json::from_value(value).expect("test data matches the generated type")
}

/// The contract's examples, which every request and response body has (specs/README.md):
/// tests send and answer them, so each test proves the generated types accept real data.
pub struct Examples(Value);

impl Examples {
    pub fn new(contract_json: &str) -> Examples {
        Examples(serde_json::from_str(contract_json).expect("the embedded contract is JSON"))
    }

    fn resolve<'a>(&'a self, mut v: &'a Value) -> &'a Value {
        while let Some(r) = v.get("$ref").and_then(Value::as_str) {
            v = self
                .0
                .pointer(r.trim_start_matches('#'))
                .unwrap_or_else(|| panic!("unresolved {r}"));
        }
        v
    }

    fn first_example(&self, media: &Value) -> Value {
        if let Some(example) = media.get("example") {
            return example.clone();
        }
        let examples = media["examples"]
            .as_object()
            .expect("the media type has examples");
        let (_, first) = examples.iter().next().expect("at least one example");
        self.resolve(first)["value"].clone()
    }

    fn operation(&self, path: &str, method: &str) -> &Value {
        let op = &self.0["paths"][path][method];
        assert!(op.is_object(), "no {method} {path} in the contract");
        op
    }

    /// The first example of the request body of `method path`.
    pub fn request(&self, path: &str, method: &str) -> Value {
        let body = self.resolve(&self.operation(path, method)["requestBody"]);
        self.first_example(&body["content"]["application/json"])
    }

    /// The first example of the `status` response of `method path`.
    pub fn response(&self, path: &str, method: &str, status: &str) -> Value {
        let response = self.resolve(&self.operation(path, method)["responses"][status]);
        let content = response["content"]
            .as_object()
            .expect("the response has content");
        let (_, media) = content.iter().next().expect("one media type");
        self.first_example(media)
    }
}

/// A JSON value without the keys `skip` (what the server computes, for comparisons).
pub fn without(mut value: Value, skip: &[&str]) -> Value {
    if let Some(map) = value.as_object_mut() {
        for key in skip {
            map.remove(*key);
        }
    }
    value
}

/// `value` with every number as a float, so `45` and `45.0` compare equal.
fn numbers_as_floats(value: &Value) -> Value {
    match value {
        Value::Number(n) => serde_json::json!(n.as_f64().unwrap_or(f64::NAN)),
        Value::Array(items) => Value::Array(items.iter().map(numbers_as_floats).collect()),
        Value::Object(map) => Value::Object(
            map.iter()
                .map(|(k, v)| (k.clone(), numbers_as_floats(v)))
                .collect(),
        ),
        other => other.clone(),
    }
}

/// Asserts a typed value serialises to `expected` (numbers compared by value).
pub fn assert_json<T: serde::Serialize>(actual: T, expected: &Value) {
    let actual = serde_json::to_value(actual).expect("serialisable");
    assert_eq!(numbers_as_floats(&actual), numbers_as_floats(expected));
}

/// What every in-test implementation holds: the contract's examples to answer with, and a log
/// of the typed requests it received (as JSON), shared with the test.
pub struct Recorder {
    pub examples: Examples,
    seen: std::sync::Arc<std::sync::Mutex<Vec<Value>>>,
}

/// The log a [`Recorder`] writes to.
pub type Seen = std::sync::Arc<std::sync::Mutex<Vec<Value>>>;

impl Recorder {
    pub fn new(contract_json: &str) -> (Recorder, Seen) {
        let seen = Seen::default();
        (
            Recorder {
                examples: Examples::new(contract_json),
                seen: seen.clone(),
            },
            seen,
        )
    }

    /// Logs what the implementation received.
    pub fn record(&self, value: impl serde::Serialize) {
        self.seen
            .lock()
            .unwrap()
            .push(serde_json::to_value(value).expect("serialisable"));
    }

    /// The contract's example of the `status` response of `method path`.
    pub fn response(&self, path: &str, method: &str, status: &str) -> Value {
        self.examples.response(path, method, status)
    }
}

/// A problem body of the service's own `Problem` type.
pub fn problem<T: serde::de::DeserializeOwned>(status: u16) -> T {
    from_json(serde_json::json!({"type": "about:blank", "title": "test", "status": status}))
}

/// Sends `body` as `application/json`.
pub async fn send_json(method: &str, url: &str, body: &Value) -> Raw {
    raw(
        method,
        url,
        Some("application/json"),
        Some(&body.to_string()),
        &[],
    )
    .await
}

/// Every operation of `specs/<service>.yaml` protected as the contract says: no token → 401
/// with a Bearer challenge, a token without the operation's scope → 403; the right scope gets
/// past the check. Path parameters take `sample`.
pub async fn assert_protected(base: &str, service: &str, sample: &str) {
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("../specs/{service}.yaml"));
    let doc: Value = serde_yaml_ng::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let mut checked = 0;
    for (template, item) in doc["paths"].as_object().unwrap() {
        let url = format!("{base}{}", template_with(template, sample));
        for (method, op) in item.as_object().unwrap() {
            let Some(scope) = op["security"][0]["bearerAuth"][0].as_str() else {
                continue;
            };
            let method = method.to_uppercase();
            let at = format!("{method} {template}");
            let r = raw_anonymous(&method, &url, None, None, &[]).await;
            assert_problem(&r, 401, None);
            assert!(
                r.headers["www-authenticate"]
                    .to_str()
                    .unwrap()
                    .starts_with("Bearer realm="),
                "{at}: {r:?}"
            );
            let others: Vec<String> = all_scopes().into_iter().filter(|s| s != scope).collect();
            let token = token_with(&others.iter().map(String::as_str).collect::<Vec<_>>());
            let bearer = format!("Bearer {token}");
            let r = raw_anonymous(&method, &url, None, None, &[("authorization", &bearer)]).await;
            assert_problem(&r, 403, Some("/header/Authorization"));
            let bearer = format!("Bearer {}", token_with(&[scope]));
            let r = raw_anonymous(&method, &url, None, None, &[("authorization", &bearer)]).await;
            assert!(![401, 403].contains(&r.status), "{at} with {scope}: {r:?}");
            checked += 1;
        }
    }
    assert!(checked > 0, "{service} declares no protected operation");
}

/// `/a/{id}/b` with every `{…}` replaced by `sample`.
fn template_with(template: &str, sample: &str) -> String {
    let mut out = String::new();
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        out.push_str(&rest[..start]);
        let end = rest[start..]
            .find('}')
            .map_or(rest.len(), |e| start + e + 1);
        out.push_str(sample);
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}
