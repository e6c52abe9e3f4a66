//! The rules where mock-server used to differ from Prism on real-world specs, each decided
//! against Prism's documented behaviour (docs/CONFORMANCE.md, "Decided against Prism's
//! documented behaviour"), over real HTTP on 127.0.0.1.

mod support;

use std::io::{Read, Write};
use std::net::TcpStream;

use serde_json::json;
use support::{call, get, spec_file, start};

const SPEC: &str = r#"
openapi: 3.0.3
info: {title: rules, version: "1"}
paths:
  /guarded:
    get:
      security: [{bearer: []}]
      responses:
        '200': {description: ok, content: {application/json: {example: {ok: true}}}}
        default:
          description: the API's own error document
          content:
            application/json:
              example: {error: from the spec}
  /ranged:
    post:
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              required: [name]
              properties:
                name: {type: string}
                id: {type: string, format: uuid}
                at: {type: string, format: date-time}
      responses:
        '201': {description: created, content: {application/json: {example: {id: 1}}}}
        4XX:
          description: any client error
          content:
            application/json:
              example: {error: client}
  /typed:
    post:
      requestBody:
        content:
          application/json:
            schema: {type: object}
      responses:
        '200': {description: ok, content: {application/json: {example: {ok: true}}}}
        '422':
          description: unprocessable
          content:
            application/json:
              example: {error: unprocessable}
  /plain:
    post:
      requestBody:
        content:
          application/json:
            schema: {type: object}
      responses:
        '200': {description: ok, content: {application/json: {example: {ok: true}}}}
  /both:
    get:
      responses:
        '200':
          description: two representations, XML listed first
          content:
            application/xml: {example: "<a>1</a>"}
            application/json: {example: {a: 1}}
  /pets/mine:
    get:
      responses:
        '200': {description: mine, content: {application/json: {example: {which: mine}}}}
  /pets/{id}:
    parameters:
      - {name: id, in: path, required: true, schema: {type: string}}
    delete:
      responses:
        '200': {description: gone, content: {application/json: {example: {which: templated}}}}
  /things/{uid}:
    parameters:
      - {name: uid, in: path, required: true, schema: {type: string, format: uuid}}
    get:
      responses:
        '200': {description: one, content: {application/json: {example: {found: true}}}}
  /anything:
    get:
      responses:
        '200': {description: any, content: {'*/*': {schema: {type: string, example: hello}}}}
  /anything-json:
    get:
      responses:
        '200': {description: any, content: {'*/*': {example: {a: 1}}}}
  /upgrade:
    get:
      responses:
        '101': {description: switching, content: {'*/*': {schema: {type: string}}}}
  /silent:
    get:
      responses: {}
components:
  securitySchemes:
    bearer: {type: http, scheme: bearer}
"#;

fn spec() -> (tempfile::TempDir, String) {
    spec_file("rules.yaml", SPEC)
}

/// A GET written by hand, so that no `Accept` header is sent; the status line and the
/// lower-cased headers and the body.
fn raw_get(port: u16, path: &str) -> (String, String, String) {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nhost: 127.0.0.1\r\nconnection: close\r\n\r\n"
    )
    .unwrap();
    // A 101 leaves the connection open for the protocol it announces: read what comes.
    stream
        .set_read_timeout(Some(std::time::Duration::from_secs(2)))
        .unwrap();
    let mut bytes = Vec::new();
    let _ = stream.read_to_end(&mut bytes);
    let text = String::from_utf8_lossy(&bytes).into_owned();
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    let (status, headers) = head.split_once("\r\n").unwrap_or((head, ""));
    (
        status.to_string(),
        headers.to_ascii_lowercase(),
        body.to_string(),
    )
}

#[test]
fn a_failed_security_check_answers_the_specs_default_response_as_401() {
    let (_dir, spec) = spec();
    let s = start(&[&spec]);
    let r = get(&format!("{}/guarded", s.base));
    assert_eq!(r.status, 401);
    assert_eq!(r.json(), json!({"error": "from the spec"}));
    assert!(
        r.header("sl-violations")
            .unwrap()
            .contains("Invalid security scheme used")
    );
    let r = call(
        "GET",
        &format!("{}/guarded", s.base),
        &[("authorization", "Bearer abc")],
        None,
    );
    assert_eq!(r.status, 200);
}

#[test]
fn a_failed_validation_answers_a_declared_4xx_range_as_422() {
    let (_dir, spec) = spec();
    let s = start(&[&spec]);
    let r = call("POST", &format!("{}/ranged", s.base), &[], Some("{}"));
    assert_eq!(r.status, 422);
    assert_eq!(r.json(), json!({"error": "client"}));
    assert!(
        r.header("sl-violations")
            .unwrap()
            .contains("required property 'name'")
    );
}

#[test]
fn format_is_checked_in_bodies_and_path_values() {
    let (_dir, spec) = spec();
    let s = start(&[&spec]);
    let r = call(
        "POST",
        &format!("{}/ranged", s.base),
        &[],
        Some(r#"{"name":"a","id":"not-a-uuid","at":"yesterday"}"#),
    );
    assert_eq!(r.status, 422);
    let violations = r.header("sl-violations").unwrap();
    assert!(
        violations.contains(r#"must match format \"uuid\""#),
        "{violations}"
    );
    assert!(
        violations.contains(r#"must match format \"date-time\""#),
        "{violations}"
    );
    let r = call(
        "POST",
        &format!("{}/ranged", s.base),
        &[],
        Some(
            r#"{"name":"a","id":"6a2f41a3-c54c-4ce8-b2d2-0324e1c32e22","at":"2024-02-29T10:00:00Z"}"#,
        ),
    );
    assert_eq!(r.status, 201);

    let r = get(&format!("{}/things/42", s.base));
    assert_eq!(r.status, 422);
    assert_eq!(
        r.json()["validation"][0]["message"],
        json!("Request path parameter uid must match format \"uuid\"")
    );
    let r = get(&format!(
        "{}/things/6a2f41a3-c54c-4ce8-b2d2-0324e1c32e22",
        s.base
    ));
    assert_eq!(r.status, 200);
}

#[test]
fn malformed_json_is_a_400_and_an_unsupported_media_type_takes_the_declared_422() {
    let (_dir, spec) = spec();
    let s = start(&[&spec]);
    let r = call("POST", &format!("{}/typed", s.base), &[], Some(r#"{"a":"#));
    assert_eq!(r.status, 400);
    assert_eq!(r.header("content-type"), Some("application/problem+json"));
    assert_eq!(
        r.json()["type"],
        json!("https://stoplight.io/prism/errors#INVALID_JSON")
    );
    // Prism looks for 415, then 422, then 400: the spec's 422 answers.
    let r = call(
        "POST",
        &format!("{}/typed", s.base),
        &[("content-type", "text/plain")],
        Some("hello"),
    );
    assert_eq!(r.status, 422);
    assert_eq!(r.json(), json!({"error": "unprocessable"}));
    assert!(r.header("sl-violations").unwrap().contains("\"code\":415"));
    // Without any of them, Prism's own 415.
    let r = call(
        "POST",
        &format!("{}/plain", s.base),
        &[("content-type", "text/plain")],
        Some("hello"),
    );
    assert_eq!(r.status, 415);
    assert_eq!(
        r.json()["detail"],
        json!("Supported content types: application/json")
    );
}

#[test]
fn without_accept_json_is_preferred_and_with_accept_the_client_chooses() {
    let (_dir, spec) = spec();
    let s = start(&[&spec]);
    let (status, headers, body) = raw_get(s.port, "/both");
    assert!(status.contains("200"), "{status}");
    assert!(
        headers.contains("content-type: application/json"),
        "{headers}"
    );
    assert_eq!(body, r#"{"a":1}"#);
    let r = call(
        "GET",
        &format!("{}/both", s.base),
        &[("accept", "*/*")],
        None,
    );
    assert_eq!(r.header("content-type"), Some("application/xml"));
}

#[test]
fn a_path_without_the_method_gives_way_to_a_same_shape_path_that_has_it() {
    let (_dir, spec) = spec();
    let s = start(&[&spec]);
    let r = call("DELETE", &format!("{}/pets/mine", s.base), &[], None);
    assert_eq!(r.status, 200);
    assert_eq!(r.json(), json!({"which": "templated"}));
    let r = get(&format!("{}/pets/mine", s.base));
    assert_eq!(r.json(), json!({"which": "mine"}));
    // Neither has PUT: 405, listing the methods of both.
    let r = call("PUT", &format!("{}/pets/mine", s.base), &[], None);
    assert_eq!(r.status, 405);
    assert_eq!(r.header("allow"), Some("GET, DELETE"));
}

#[test]
fn wildcard_media_types_and_101_are_never_sent_as_content_type() {
    let (_dir, spec) = spec();
    let s = start(&[&spec]);
    let (_, headers, body) = raw_get(s.port, "/anything");
    assert!(headers.contains("content-type: text/plain"), "{headers}");
    assert_eq!(body, "hello");
    let r = call(
        "GET",
        &format!("{}/anything", s.base),
        &[("accept", "text/csv")],
        None,
    );
    assert_eq!(r.header("content-type"), Some("text/csv"));
    let r = get(&format!("{}/anything-json", s.base));
    assert_eq!(r.header("content-type"), Some("application/json"));
    assert_eq!(r.json(), json!({"a": 1}));
    let (status, headers, _) = raw_get(s.port, "/upgrade");
    assert!(status.contains("101"), "{status}");
    assert!(!headers.contains("content-type"), "{headers}");
}

#[test]
fn an_operation_without_responses_is_prisms_500_not_a_404() {
    let (_dir, spec) = spec();
    let s = start(&[&spec]);
    let r = get(&format!("{}/silent", s.base));
    assert_eq!(r.status, 500);
    assert_eq!(
        r.json()["type"],
        json!("https://stoplight.io/prism/errors#NO_RESPONSE_RESPONSE_DEFINED")
    );
}
