//! What Prism's users ask for and Prism lacks, over real HTTP on 127.0.0.1: the JSON request
//! log (`--log-format json`), the admin endpoint (`--admin`), latency and error injection
//! (`x-mock`, `Prefer: delay=` / `error=`) and serving a spec under its `servers` path
//! (`--mount-servers`).

mod support;

use std::time::{Duration, Instant};

use serde_json::{Value, json};
use support::{call, get, spec_file, start, start_logged, stop};

const SPEC: &str = r#"
openapi: 3.0.3
info: {title: beyond, version: "1"}
servers:
  - url: 'https://{region}.api.example.com/shop/v2/'
    variables:
      region: {default: eu}
paths:
  /pets:
    post:
      operationId: createPet
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              required: [name]
              properties: {name: {type: string}}
      responses:
        '201': {description: made, content: {application/json: {example: {id: 1}}}}
        '503': {description: busy, content: {application/json: {example: {busy: true}}}}
  /slow:
    get:
      operationId: slow
      x-mock: {delay: 300}
      responses:
        '200': {description: ok, content: {application/json: {example: {slow: true}}}}
  /flaky:
    get:
      operationId: flaky
      x-mock: {error: {status: 502, rate: 1}}
      responses:
        '200': {description: ok, content: {application/json: {example: {ok: true}}}}
  /never:
    get:
      operationId: never
      x-mock: {error: {status: 500, rate: 0}}
      responses:
        '200': {description: ok, content: {application/json: {example: {ok: true}}}}
"#;

fn spec() -> (tempfile::TempDir, String) {
    spec_file("spec.yaml", SPEC)
}

#[test]
fn the_json_log_has_one_object_per_request_with_operation_status_and_violations() {
    let (_dir, spec) = spec();
    let (child, port) = start_logged(&["--log-format", "json", &spec]);
    let base = format!("http://127.0.0.1:{port}");
    assert_eq!(
        call(
            "POST",
            &format!("{base}/pets"),
            &[],
            Some(r#"{"name":"rex"}"#)
        )
        .status,
        201
    );
    assert_eq!(
        call(
            "POST",
            &format!("{base}/pets?x=1"),
            &[],
            Some(r#"{"name":7}"#)
        )
        .status,
        422
    );
    assert_eq!(get(&format!("{base}/nowhere")).status, 404);
    let out = stop(child);
    let lines: Vec<Value> = out
        .lines()
        .filter(|l| l.starts_with('{'))
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect();
    assert_eq!(lines.len(), 3, "{out}");
    assert_eq!(lines[0]["method"], "POST");
    assert_eq!(lines[0]["path"], "/pets");
    assert_eq!(lines[0]["operationId"], "createPet");
    assert_eq!(lines[0]["status"], 201);
    assert_eq!(lines[0]["violations"], json!([]));
    assert!(lines[0]["durationMs"].as_f64().is_some_and(|d| d >= 0.0));
    assert!(
        lines[0]["time"]
            .as_str()
            .is_some_and(|t| t.ends_with('Z') && t.contains('T')),
        "{}",
        lines[0]
    );
    assert_eq!(lines[1]["status"], 422);
    assert_eq!(lines[1]["query"], "x=1");
    let violation = &lines[1]["violations"][0];
    assert_eq!(violation["location"], json!(["request", "body", "name"]));
    assert_eq!(violation["severity"], "Error");
    assert_eq!(lines[2]["operationId"], Value::Null);
    assert_eq!(lines[2]["status"], 404);
}

#[test]
fn the_admin_endpoint_lists_filters_and_clears_the_requests_received() {
    let (_dir, spec) = spec();
    let server = start(&["--admin", "--no-reload", "-q", &spec]);
    let admin = format!("{}/__admin/requests", server.base);
    call(
        "POST",
        &format!("{}/pets", server.base),
        &[("x-client", "shop")],
        Some(r#"{"name":"rex"}"#),
    );
    get(&format!("{}/never", server.base));
    let listed = get(&admin);
    assert_eq!(listed.status, 200);
    let requests = listed.json()["requests"].clone();
    assert_eq!(requests.as_array().map(Vec::len), Some(2), "{requests}");
    assert_eq!(requests[0]["operationId"], "createPet");
    assert_eq!(requests[0]["body"], json!({"name": "rex"}));
    assert_eq!(requests[0]["headers"]["x-client"], "shop");
    assert_eq!(requests[0]["status"], 201);
    assert_eq!(requests[1]["path"], "/never");
    // The admin endpoint's own requests are not recorded; filters narrow the list.
    let filtered = get(&format!("{admin}?operationId=createPet&method=post")).json();
    assert_eq!(filtered["requests"].as_array().map(Vec::len), Some(1));
    let none = get(&format!("{admin}?path=/elsewhere")).json();
    assert_eq!(none["requests"], json!([]));
    let refused = call("PUT", &admin, &[], Some("{}"));
    assert_eq!(refused.status, 405);
    assert_eq!(refused.header("allow"), Some("GET, HEAD, DELETE"));
    assert_eq!(call("DELETE", &admin, &[], None).status, 204);
    assert_eq!(get(&admin).json()["requests"], json!([]));
}

#[test]
fn without_admin_the_path_belongs_to_the_spec() {
    let (_dir, spec) = spec();
    let server = start(&["--no-reload", "-q", &spec]);
    assert_eq!(
        get(&format!("{}/__admin/requests", server.base)).status,
        404
    );
}

#[test]
fn latency_comes_from_x_mock_and_from_prefer() {
    let (_dir, spec) = spec();
    let server = start(&["--no-reload", "-q", &spec]);
    let timed = |path: &str, headers: &[(&str, &str)]| {
        let started = Instant::now();
        let r = call("GET", &format!("{}{path}", server.base), headers, None);
        (r.status, started.elapsed())
    };
    let (status, took) = timed("/slow", &[]);
    assert_eq!(status, 200);
    assert!(took >= Duration::from_millis(300), "{took:?}");
    let (status, took) = timed("/never", &[("prefer", "delay=250")]);
    assert_eq!(status, 200);
    assert!(took >= Duration::from_millis(250), "{took:?}");
    // A request's wish wins over the operation's delay.
    let (_, took) = timed("/slow", &[("prefer", "delay=0")]);
    assert!(took < Duration::from_millis(300), "{took:?}");
    let bad = call(
        "GET",
        &format!("{}/slow", server.base),
        &[("prefer", "delay=soon")],
        None,
    );
    assert_eq!(bad.status, 422);
    assert!(bad.body.contains("milliseconds"), "{}", bad.body);
}

#[test]
fn errors_are_injected_by_x_mock_and_by_prefer() {
    let (_dir, spec) = spec();
    let server = start(&["--no-reload", "-q", &spec]);
    // Undeclared status: a problem document with that status.
    let flaky = get(&format!("{}/flaky", server.base));
    assert_eq!(flaky.status, 502);
    assert_eq!(
        flaky.header("content-type"),
        Some("application/problem+json")
    );
    assert_eq!(flaky.json()["status"], 502);
    assert!(
        flaky.json()["detail"]
            .as_str()
            .unwrap_or("")
            .contains("flaky")
    );
    // Rate 0: never.
    assert!((0..20).all(|_| get(&format!("{}/never", server.base)).status == 200));
    // Per request; a declared status answers with the spec's own response.
    let busy = call(
        "POST",
        &format!("{}/pets", server.base),
        &[("prefer", "error=503")],
        Some(r#"{"name":"rex"}"#),
    );
    assert_eq!(busy.status, 503);
    assert_eq!(busy.json(), json!({"busy": true}));
    // An invalid request is still refused as invalid, not answered with the injected error.
    let invalid = call(
        "POST",
        &format!("{}/pets", server.base),
        &[("prefer", "error=503")],
        Some("{}"),
    );
    assert_eq!(invalid.status, 422);
    let bad = call(
        "GET",
        &format!("{}/never", server.base),
        &[("prefer", "error=200")],
        None,
    );
    assert_eq!(bad.status, 422);
}

#[test]
fn mount_servers_serves_the_spec_under_its_servers_path() {
    let (_dir, spec) = spec();
    let server = start(&["--mount-servers", "--no-reload", "-q", &spec]);
    let under = get(&format!("{}/shop/v2/never", server.base));
    assert_eq!(under.status, 200, "{}", under.body);
    assert_eq!(under.json(), json!({"ok": true}));
    assert_eq!(get(&format!("{}/never", server.base)).status, 404);
    // Without the flag, as in Prism, the root.
    let plain = start(&["--no-reload", "-q", &spec]);
    assert_eq!(get(&format!("{}/never", plain.base)).status, 200);
    assert_eq!(get(&format!("{}/shop/v2/never", plain.base)).status, 404);
}
