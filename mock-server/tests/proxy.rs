//! `mock-server proxy SPEC UPSTREAM` over real HTTP: a small axum server on 127.0.0.1 plays the
//! upstream, the proxy binary runs in front of it, and every test asserts what the client got
//! and what the upstream saw.

mod support;

use std::collections::HashMap;
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use axum::Router;
use axum::extract::{Path, Request, State};
use axum::http::StatusCode;
use axum::response::IntoResponse;
use axum::routing::{any, get};
use serde_json::{Value, json};
use support::{
    Server, binary, call, free_port, get as fetch, start_command, start_logged_command, stop, write,
};

const SPEC: &str = r#"
openapi: 3.0.3
info: {title: proxied, version: "1"}
paths:
  /echo/{rest}:
    parameters:
      - {name: rest, in: path, required: true, schema: {type: string}}
    get:
      responses:
        '200': {description: echo, content: {application/json: {schema: {type: object}}}}
    post:
      requestBody:
        content:
          application/json:
            schema: {type: object, required: [name], properties: {name: {type: string}}}
      responses:
        '200': {description: echo, content: {application/json: {schema: {type: object}}}}
  /pets/{id}:
    get:
      parameters:
        - {name: id, in: path, required: true, schema: {type: integer}}
        - {name: limit, in: query, schema: {type: integer, maximum: 10}}
      responses:
        '200':
          description: a pet
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Pet'}
  /bad:
    get:
      responses:
        '200':
          description: a pet, but the upstream gets it wrong
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Pet'}
  /secure:
    get:
      security: [{key: []}]
      responses:
        '200': {description: ok, content: {application/json: {schema: {type: object}}}}
  /old:
    get:
      deprecated: true
      responses:
        '200': {description: ok, content: {application/json: {schema: {type: object}}}}
  /unimplemented:
    get:
      responses:
        '200':
          description: answered by the mock
          content:
            application/json:
              example: {mocked: true}
  /busy:
    get:
      responses:
        '200':
          description: the upstream answers 503
          content:
            application/json:
              example: {mocked: busy}
  /absent:
    get:
      responses:
        '200':
          description: the upstream has no such route (404)
          content:
            application/json:
              example: {mocked: absent}
components:
  securitySchemes:
    key: {type: apiKey, in: header, name: X-Key}
  schemas:
    Pet:
      type: object
      required: [id, name]
      properties:
        id: {type: integer}
        name: {type: string}
"#;

/// What the fake upstream saw.
#[derive(Default)]
struct Seen {
    hits: AtomicUsize,
    last: Mutex<Option<Value>>,
}

async fn echo(State(seen): State<Arc<Seen>>, request: Request) -> impl IntoResponse {
    let (parts, body) = request.into_parts();
    let body = axum::body::to_bytes(body, 1 << 20)
        .await
        .unwrap_or_default();
    let headers: HashMap<String, String> = parts
        .headers
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_str().unwrap_or("").to_string()))
        .collect();
    let record = json!({
        "method": parts.method.as_str(),
        "path": parts.uri.path(),
        "query": parts.uri.query(),
        "headers": headers,
        "body": String::from_utf8_lossy(&body),
    });
    seen.hits.fetch_add(1, Ordering::SeqCst);
    *seen.last.lock().unwrap() = Some(record.clone());
    axum::Json(record)
}

async fn pet(State(seen): State<Arc<Seen>>, Path(id): Path<String>) -> impl IntoResponse {
    seen.hits.fetch_add(1, Ordering::SeqCst);
    (
        [("x-upstream", "pets"), ("content-type", "application/json")],
        format!("{{\"id\": 7,  \"name\": \"Rex\", \"asked\": \"{id}\"}}"),
    )
}

/// Starts the fake upstream under `/api` on a free port; returns its base URL and what it saw.
fn upstream() -> (String, Arc<Seen>) {
    let seen = Arc::new(Seen::default());
    let app = Router::new()
        .route("/api/echo/{rest}", any(echo))
        .route("/api/pets/{id}", get(pet))
        .route(
            "/api/bad",
            get(|State(seen): State<Arc<Seen>>| async move {
                seen.hits.fetch_add(1, Ordering::SeqCst);
                axum::Json(json!({"id": "seven"}))
            }),
        )
        .route("/api/secure", get(echo))
        .route("/api/old", get(echo))
        .route(
            "/api/unimplemented",
            get(|| async { (StatusCode::NOT_IMPLEMENTED, "not yet") }),
        )
        .route(
            "/api/busy",
            get(|| async { (StatusCode::SERVICE_UNAVAILABLE, "try later") }),
        )
        .with_state(Arc::clone(&seen));
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    listener.set_nonblocking(true).unwrap();
    let port = listener.local_addr().unwrap().port();
    std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        runtime.block_on(async move {
            let listener = tokio::net::TcpListener::from_std(listener).unwrap();
            axum::serve(listener, app).await.unwrap();
        });
    });
    (format!("http://127.0.0.1:{port}/api"), seen)
}

fn proxy(upstream: &str, extra: &[&str]) -> (Server, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let spec = write(dir.path(), "spec.yaml", SPEC);
    let spec = spec.to_str().unwrap().to_string();
    let mut args = vec![spec.as_str(), upstream, "--no-reload"];
    args.extend_from_slice(extra);
    (start_command("proxy", &args), dir)
}

/// Asserts a Prism problem answer: its status, media type and type; returns the body.
fn problem(reply: &support::Reply, status: u16, code: &str) -> Value {
    assert_eq!(reply.status, status, "{}", reply.body);
    assert_eq!(
        reply.header("content-type"),
        Some("application/problem+json")
    );
    let body = reply.json();
    assert_eq!(
        body["type"],
        format!("https://stoplight.io/prism/errors#{code}")
    );
    assert_eq!(body["status"], status);
    body
}

fn violations(reply: &support::Reply) -> Vec<Value> {
    let text = reply.header("sl-violations").unwrap_or("[]");
    serde_json::from_str::<Vec<Value>>(text).unwrap_or_else(|e| panic!("{e}: {text}"))
}

#[test]
fn path_query_and_headers_are_forwarded() {
    let (base, seen) = upstream();
    let (server, _dir) = proxy(&base, &[]);
    let reply = call(
        "GET",
        &format!("{}/echo/one?q=a%20b&tag=x&tag=y&e=%E2%82%AC", server.base),
        &[
            ("x-trace", "abc"),
            ("accept", "application/json"),
            ("proxy-authorization", "Basic c2VjcmV0"),
        ],
        None,
    );
    assert_eq!(reply.status, 200, "{}", reply.body);
    let saw = reply.json();
    assert_eq!(saw["method"], "GET");
    assert_eq!(
        saw["path"], "/api/echo/one",
        "joined to the upstream's path"
    );
    assert_eq!(saw["query"], "q=a+b&tag=x&tag=y&e=%E2%82%AC", "re-encoded");
    let headers = &saw["headers"];
    assert_eq!(headers["x-trace"], "abc");
    assert_eq!(headers["accept"], "application/json");
    let upstream_host = base.trim_start_matches("http://").trim_end_matches("/api");
    assert_eq!(headers["host"], upstream_host, "host is the upstream's");
    assert!(headers.get("proxy-authorization").is_none(), "hop-by-hop");
    assert_eq!(headers["accept-encoding"], "identity");
    assert!(
        reply.header("sl-violations").is_none(),
        "{:?}",
        reply.headers
    );
    assert_eq!(seen.hits.load(Ordering::SeqCst), 1);
}

#[test]
fn a_valid_answer_is_passed_through_unchanged() {
    let (base, _seen) = upstream();
    let (server, _dir) = proxy(&base, &["--errors"]);
    let reply = fetch(&format!("{}/pets/7", server.base));
    assert_eq!(reply.status, 200);
    assert_eq!(
        reply.body, "{\"id\": 7,  \"name\": \"Rex\", \"asked\": \"7\"}",
        "the upstream's bytes, not re-serialised"
    );
    assert_eq!(reply.header("x-upstream"), Some("pets"));
    assert_eq!(reply.header("content-type"), Some("application/json"));
    assert!(reply.header("sl-violations").is_none());
}

#[test]
fn response_violations_are_reported_in_sl_violations() {
    let (base, _seen) = upstream();
    let (server, _dir) = proxy(&base, &[]);
    let reply = fetch(&format!("{}/bad", server.base));
    assert_eq!(reply.status, 200);
    assert_eq!(reply.json(), json!({"id": "seven"}), "body untouched");
    let found = violations(&reply);
    assert_eq!(
        found,
        vec![
            json!({"location": ["response", "body"], "severity": "Error", "code": "required",
                   "message": "must have required property 'name'"}),
            json!({"location": ["response", "body", "id"], "severity": "Error", "code": "type",
                   "message": "must be integer"}),
        ]
    );
}

#[test]
fn errors_turns_a_response_violation_into_prisms_500() {
    let (base, _seen) = upstream();
    let (server, _dir) = proxy(&base, &["--errors"]);
    let reply = fetch(&format!("{}/bad", server.base));
    assert_eq!(reply.status, 500);
    assert_eq!(
        reply.header("content-type"),
        Some("application/problem+json")
    );
    let body = reply.json();
    assert_eq!(body["type"], "https://stoplight.io/prism/errors#VIOLATIONS");
    assert_eq!(
        body["validation"][0]["message"],
        "Response body must have required property 'name'"
    );
    assert_eq!(
        body["validation"][0]["location"],
        json!(["response", "body"])
    );
    assert_eq!(violations(&reply).len(), 2, "the header lists them too");
}

#[test]
fn invalid_requests_are_forwarded_with_violations_or_refused_with_errors() {
    let (base, seen) = upstream();
    let url = |server: &Server| format!("{}/pets/abc?limit=50", server.base);

    let (lenient, _dir) = proxy(&base, &[]);
    let reply = fetch(&url(&lenient));
    assert_eq!(reply.status, 200, "forwarded");
    assert_eq!(reply.json()["asked"], "abc");
    let found = violations(&reply);
    let locations: Vec<&Value> = found.iter().map(|v| &v["location"]).collect();
    assert!(
        locations.contains(&&json!(["request", "path", "id"]))
            && locations.contains(&&json!(["request", "query", "limit"])),
        "{found:?}"
    );
    assert_eq!(seen.hits.load(Ordering::SeqCst), 1);

    let (strict, _dir2) = proxy(&base, &["--errors"]);
    let reply = fetch(&url(&strict));
    let body = problem(&reply, 422, "UNPROCESSABLE_ENTITY");
    let messages: Vec<&str> = body["validation"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|v| v["message"].as_str())
        .collect();
    assert!(
        messages.contains(&"Request query parameter limit must be <= 10"),
        "{messages:?}"
    );
    assert_eq!(seen.hits.load(Ordering::SeqCst), 1, "not forwarded");

    let (unchecked, _dir3) = proxy(&base, &["--errors", "--validate-request=false"]);
    let reply = fetch(&url(&unchecked));
    assert_eq!(reply.status, 200, "--validate-request=false forwards it");
    assert_eq!(seen.hits.load(Ordering::SeqCst), 2);
}

#[test]
fn security_failures_get_prisms_401_with_errors() {
    let (base, seen) = upstream();
    let (server, _dir) = proxy(&base, &["--errors"]);
    problem(
        &fetch(&format!("{}/secure", server.base)),
        401,
        "UNAUTHORIZED",
    );
    assert_eq!(seen.hits.load(Ordering::SeqCst), 0);
    let reply = call(
        "GET",
        &format!("{}/secure", server.base),
        &[("x-key", "k")],
        None,
    );
    assert_eq!(reply.status, 200);
    assert_eq!(reply.json()["headers"]["x-key"], "k");
}

#[test]
fn an_upstream_501_is_answered_by_the_mock() {
    let (base, _seen) = upstream();
    let (server, _dir) = proxy(&base, &[]);
    let reply = fetch(&format!("{}/unimplemented", server.base));
    assert_eq!(reply.status, 200);
    assert_eq!(reply.json(), json!({"mocked": true}));
}

#[test]
fn deprecated_operations_answer_deprecation_true() {
    let (base, _seen) = upstream();
    let (server, _dir) = proxy(&base, &[]);
    let reply = fetch(&format!("{}/old", server.base));
    assert_eq!(reply.status, 200);
    assert_eq!(reply.header("deprecation"), Some("true"));
    let current = fetch(&format!("{}/pets/1", server.base));
    assert_eq!(current.status, 200);
    assert!(current.header("deprecation").is_none());
}

#[test]
fn an_unreachable_upstream_is_answered_with_a_problem() {
    let closed = format!("http://127.0.0.1:{}/api", free_port());
    let (server, _dir) = proxy(&closed, &[]);
    let reply = fetch(&format!("{}/pets/1", server.base));
    assert_eq!(reply.status, 500);
    assert_eq!(
        reply.header("content-type"),
        Some("application/problem+json")
    );
    let body = reply.json();
    assert_eq!(
        body["type"],
        "https://stoplight.io/prism/errors#UPSTREAM_UNREACHABLE"
    );
    let title = body["title"].as_str().unwrap();
    assert!(
        title.starts_with(&format!("request to {closed}/pets/1 failed, reason: ")),
        "{title}"
    );
}

#[test]
fn an_upstream_proxy_gets_absolute_form_requests_with_its_credentials() {
    let (base, seen) = upstream();
    let (address, heads) = support::http_proxy();
    let via = format!("http://user:pa%20ss@{address}");
    let (server, _dir) = proxy(&base, &["--upstream-proxy", &via]);
    let reply = fetch(&format!("{}/pets/1?limit=2", server.base));
    assert_eq!(reply.status, 200, "{}", reply.body);
    assert_eq!(seen.hits.load(Ordering::SeqCst), 1);
    let heads = heads.lock().unwrap().clone();
    let head = heads
        .first()
        .map(|h| h.to_ascii_lowercase())
        .unwrap_or_default();
    assert!(
        head.starts_with(&format!("get {base}/pets/1?limit=2 http/1.1\r\n")),
        "{heads:?}"
    );
    assert!(
        head.contains("proxy-authorization: basic dxnlcjpwysbzcw=="),
        "{head}"
    );
    // A proxy nobody listens on is the upstream error, as an unreachable upstream is.
    let closed = format!("127.0.0.1:{}", free_port());
    let (server, _dir) = proxy(&base, &["--upstream-proxy", &closed]);
    let reply = fetch(&format!("{}/pets/1", server.base));
    problem(&reply, 500, "UPSTREAM_UNREACHABLE");
}

#[test]
fn get_with_a_body_is_refused_and_post_bodies_are_forwarded_as_sent() {
    let (base, seen) = upstream();
    let (server, _dir) = proxy(&base, &[]);
    let reply = call("GET", &format!("{}/echo/x", server.base), &[], Some("{}"));
    let body = problem(&reply, 501, "PROXY_UNSUPPORTED_REQUEST_BODY");
    assert_eq!(body["detail"], "");
    assert_eq!(seen.hits.load(Ordering::SeqCst), 0);

    let sent = "{ \"name\" :  \"Rex\" }";
    let reply = call("POST", &format!("{}/echo/x", server.base), &[], Some(sent));
    assert_eq!(reply.status, 200);
    let saw = reply.json();
    assert_eq!(saw["method"], "POST");
    assert_eq!(saw["body"], sent, "the bytes as sent");
    assert_eq!(saw["headers"]["content-type"], "application/json");
    assert!(reply.header("sl-violations").is_none());
}

#[test]
fn unknown_routes_are_forwarded_with_a_warning_or_refused_with_errors() {
    let (base, seen) = upstream();
    let (lenient, _dir) = proxy(&base, &[]);
    let reply = fetch(&format!("{}/nowhere", lenient.base));
    assert_eq!(reply.status, 404, "the upstream's own 404");
    assert_eq!(
        violations(&reply),
        vec![json!({"location": ["request"], "severity": "Warning",
                    "message": "Selected route not found"})]
    );
    let (strict, _dir2) = proxy(&base, &["--errors"]);
    let reply = fetch(&format!("{}/nowhere", strict.base));
    problem(&reply, 404, "NO_PATH_MATCHED_ERROR");
    assert_eq!(seen.hits.load(Ordering::SeqCst), 0);
}

/// Runs `mock-server proxy -p 0 ARGS…`, asserts it exits 2, and returns its stderr.
fn refused(args: &[&std::ffi::OsStr]) -> String {
    let out = Command::new(binary())
        .args(["proxy", "-p", "0", "--no-reload"])
        .args(args)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    stderr
}

#[test]
fn bad_proxy_arguments_are_refused_in_one_line() {
    let dir = tempfile::tempdir().unwrap();
    let spec = write(dir.path(), "spec.yaml", SPEC);
    let missing = dir.path().join("missing.yaml");
    let cases: [(&[&std::ffi::OsStr], &str); 4] = [
        (
            &[spec.as_os_str(), "ftp://example.com".as_ref()],
            "invalid UPSTREAM ftp://example.com",
        ),
        (
            &[spec.as_os_str(), "http://".as_ref()],
            "invalid UPSTREAM http://",
        ),
        (
            &[missing.as_os_str(), "http://127.0.0.1:1".as_ref()],
            "missing.yaml",
        ),
        (
            &[
                spec.as_os_str(),
                "--mount".as_ref(),
                "/a=b.yaml".as_ref(),
                "http://u".as_ref(),
            ],
            "--mount is for mock",
        ),
    ];
    for (args, expected) in cases {
        let stderr = refused(args);
        assert!(stderr.contains(expected), "{stderr}");
        assert_eq!(stderr.trim().lines().count(), 1, "{stderr}");
    }
    // clap's own usage error names the missing value.
    assert!(refused(&[spec.as_os_str()]).contains("UPSTREAM"));
}

/// Starts `mock-server proxy SPEC UPSTREAM ARGS…` with its log piped; the spec's folder, the
/// process and its base URL.
fn logged_proxy(upstream: &str, extra: &[&str]) -> (tempfile::TempDir, support::Logged, String) {
    let dir = tempfile::tempdir().unwrap();
    let spec = write(dir.path(), "spec.yaml", SPEC);
    let mut args = vec![spec.to_str().unwrap(), upstream];
    args.extend_from_slice(extra);
    let (child, port) = start_logged_command("proxy", &args);
    (dir, child, format!("http://127.0.0.1:{port}"))
}

#[test]
fn the_log_shows_the_forwarded_url_and_each_violation() {
    let (base, _seen) = upstream();
    let (_dir, child, proxy) = logged_proxy(&base, &[]);
    assert_eq!(fetch(&format!("{proxy}/bad")).status, 200);
    let log = stop(child);
    assert!(log.contains("GET /bad -> 200"), "{log}");
    assert!(
        log.contains(&format!("  forwarded to {base}/bad -> 200")),
        "{log}"
    );
    assert!(
        log.contains("  violation: response.body must have required property 'name'"),
        "{log}"
    );
    assert!(
        log.contains("  violation: response.body.id must be integer"),
        "{log}"
    );
}

#[test]
fn transparent_mode_forwards_everything_and_changes_no_answer() {
    let (base, seen) = upstream();
    let (_dir, child, proxy) = logged_proxy(&base, &["--mode", "transparent"]);
    // A wrong answer is passed on with no sl-violations header.
    let bad = fetch(&format!("{proxy}/bad"));
    assert_eq!(bad.status, 200);
    assert_eq!(bad.json(), json!({"id": "seven"}));
    assert!(bad.header("sl-violations").is_none());
    // An invalid request (limit above its maximum, invalid JSON) still reaches the upstream.
    let invalid = fetch(&format!("{proxy}/pets/abc?limit=99"));
    assert_eq!(invalid.status, 200);
    assert_eq!(invalid.json()["asked"], "abc");
    let sent = "{not json";
    let echoed = call("POST", &format!("{proxy}/echo/x"), &[], Some(sent));
    assert_eq!(echoed.status, 200);
    assert_eq!(echoed.json()["body"], sent);
    // So does a GET with a body, and the client's headers go as sent: no Accept, User-Agent or
    // Accept-Encoding of the proxy's own.
    let get = call(
        "GET",
        &format!("{proxy}/echo/y"),
        &[("accept-encoding", "gzip"), ("user-agent", "client/1")],
        Some("{}"),
    );
    assert_eq!(get.status, 200, "{}", get.body);
    let saw = get.json();
    assert_eq!(saw["body"], "{}");
    assert_eq!(saw["headers"]["accept-encoding"], "gzip");
    assert_eq!(saw["headers"]["user-agent"], "client/1");
    // No deprecation header, and the upstream's 501 is the client's.
    let old = fetch(&format!("{proxy}/old"));
    assert_eq!(old.status, 200);
    assert!(old.header("deprecation").is_none());
    let unimplemented = fetch(&format!("{proxy}/unimplemented"));
    assert_eq!(unimplemented.status, 501);
    assert_eq!(unimplemented.body, "not yet");
    // Security is checked and logged, not enforced.
    assert_eq!(fetch(&format!("{proxy}/secure")).status, 200);
    // Every call but /unimplemented's (whose handler counts nothing) was counted upstream.
    assert_eq!(seen.hits.load(Ordering::SeqCst), 6);
    let log = stop(child);
    assert!(log.contains("Transparent: violations are logged"), "{log}");
    assert!(
        log.contains("  violation: response.body.id must be integer"),
        "{log}"
    );
    assert!(log.contains("  violation: request.query.limit"), "{log}");
    assert!(
        log.contains("  violation: request.body is not valid JSON"),
        "{log}"
    );
    assert!(log.contains("GET /secure -> 200"), "{log}");
}

#[test]
fn transparent_mode_refuses_errors_in_one_line() {
    let dir = tempfile::tempdir().unwrap();
    let spec = write(dir.path(), "spec.yaml", SPEC);
    let stderr = refused(&[
        spec.as_os_str(),
        "http://127.0.0.1:9".as_ref(),
        "--mode".as_ref(),
        "transparent".as_ref(),
        "--errors".as_ref(),
    ]);
    assert_eq!(stderr.trim().lines().count(), 1, "{stderr}");
    assert!(
        stderr.contains("--errors") && stderr.contains("transparent"),
        "{stderr}"
    );
    let stderr = refused(&[
        spec.as_os_str(),
        "http://127.0.0.1:9".as_ref(),
        "--fallback".as_ref(),
        "unreachable,6XX".as_ref(),
    ]);
    assert!(stderr.contains("\"6XX\": expected unreachable"), "{stderr}");
}

#[test]
fn fallback_answers_from_the_mock_when_the_upstream_is_down() {
    let closed = format!("http://127.0.0.1:{}/api", free_port());
    let (_dir, child, proxy) = logged_proxy(&closed, &["--fallback", "unreachable"]);
    let reply = fetch(&format!("{proxy}/unimplemented"));
    assert_eq!(reply.status, 200);
    assert_eq!(reply.json(), json!({"mocked": true}));
    // A route the spec does not have cannot be mocked: Prism's error, as without --fallback.
    problem(
        &fetch(&format!("{proxy}/nowhere")),
        500,
        "UPSTREAM_UNREACHABLE",
    );
    let log = stop(child);
    assert!(
        log.contains("The mock answers when the upstream is unreachable"),
        "{log}"
    );
    assert!(
        log.contains("  answered by the mock (--fallback unreachable)"),
        "{log}"
    );
}

#[test]
fn fallback_answers_from_the_mock_for_the_listed_statuses_only() {
    let (base, _seen) = upstream();
    let (plain, _dir) = proxy(&base, &[]);
    assert_eq!(fetch(&format!("{}/busy", plain.base)).status, 503);
    assert_eq!(fetch(&format!("{}/absent", plain.base)).status, 404);
    let (classes, _dir2) = proxy(&base, &["--fallback", "5XX"]);
    let busy = fetch(&format!("{}/busy", classes.base));
    assert_eq!(busy.status, 200);
    assert_eq!(busy.json(), json!({"mocked": "busy"}));
    assert_eq!(fetch(&format!("{}/absent", classes.base)).status, 404);
    assert_eq!(
        fetch(&format!("{}/pets/1", classes.base)).json()["name"],
        "Rex"
    );
    let (both, _dir3) = proxy(&base, &["--fallback=404", "--fallback", "503"]);
    assert_eq!(
        fetch(&format!("{}/absent", both.base)).json(),
        json!({"mocked": "absent"})
    );
    assert_eq!(fetch(&format!("{}/busy", both.base)).status, 200);
}
