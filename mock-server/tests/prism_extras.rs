//! Prism behaviours no fixture of its harness covers, and callbacks, over real HTTP on
//! 127.0.0.1: `deprecation: true`, `Prefer` over the `__` query parameters, bad preferences,
//! per-request seeds, `__server`, `x-faker`, the start-up lines, and callbacks sent to a local
//! receiver.

mod support;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpListener;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use serde_json::{Value, json};
use support::{call, free_port, get, spec_file, start, start_logged, stop, write};

const SPEC: &str = r#"
openapi: 3.0.3
info: {title: extras, version: "1"}
servers:
  - url: 'https://{region}.api.example.com/v1'
    variables:
      region: {default: eu, enum: [eu, us]}
paths:
  /old:
    get:
      deprecated: true
      responses:
        '200': {description: ok, content: {application/json: {example: {old: true}}}}
  /pick:
    get:
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {type: object, properties: {n: {type: integer}}}
              examples:
                first: {value: {n: 1}}
                second: {value: {n: 2}}
        '404': {description: none, content: {application/json: {example: {n: 404}}}}
  /people:
    get:
      responses:
        '200':
          description: people
          content:
            application/json:
              schema:
                type: object
                required: [name, email, id, age]
                properties:
                  name: {type: string, x-faker: name.firstName}
                  email: {type: string, x-faker: internet.email}
                  id: {type: string, x-faker: datatype.uuid}
                  age: {type: integer, x-faker: {datatype.number: {min: 18, max: 20}}}
                  token: {type: string, maxLength: 40}
  /subscribe:
    post:
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              required: [callbackUrl]
              properties:
                callbackUrl: {type: string}
      responses:
        '201':
          description: subscribed
          content:
            application/json:
              example: {id: sub-1}
      callbacks:
        onEvent:
          '{$request.body#/callbackUrl}?id={$response.body#/id}&m={$method}':
            post:
              parameters:
                - {name: x-event, in: header, example: created}
              requestBody:
                content:
                  application/json:
                    schema:
                      type: object
                      properties: {event: {type: string}}
                    example: {event: created, count: 1}
              responses:
                '200':
                  description: received
                  content:
                    application/json:
                      schema: {type: object, required: [ok], properties: {ok: {type: boolean}}}
"#;

fn spec() -> (tempfile::TempDir, String) {
    spec_file("extras.yaml", SPEC)
}

#[test]
fn deprecated_operations_answer_deprecation_true() {
    let (_dir, spec) = spec();
    let s = start(&[&spec]);
    let r = get(&format!("{}/old", s.base));
    assert_eq!(r.status, 200);
    assert_eq!(r.header("deprecation"), Some("true"));
    assert_eq!(get(&format!("{}/pick", s.base)).header("deprecation"), None);
}

#[test]
fn prefer_wins_over_the_query_and_bad_preferences_are_422() {
    let (_dir, spec) = spec();
    let s = start(&[&spec]);
    let url = format!("{}/pick", s.base);
    // A Prefer header is the whole of the client's wishes: the query's are ignored.
    let r = call(
        "GET",
        &format!("{url}?__code=404"),
        &[("prefer", "example=second")],
        None,
    );
    assert_eq!(r.status, 200);
    assert_eq!(r.json(), json!({"n": 2}));
    let r = call(
        "GET",
        &format!("{url}?__example=first"),
        &[("prefer", "code=404")],
        None,
    );
    assert_eq!(r.status, 404);
    assert_eq!(r.json(), json!({"n": 404}));
    // Without one, the query decides.
    let r = get(&format!("{url}?__example=second"));
    assert_eq!(r.json(), json!({"n": 2}));
    for (header, query, detail) in [
        (
            Some("code=abc"),
            "",
            "cannot decode \"abc\", should be a number",
        ),
        (
            Some("code=2000"),
            "",
            "cannot decode \"2000\", should be a number",
        ),
        (
            Some("dynamic=yes"),
            "",
            "cannot decode \"yes\", should be a boolean",
        ),
        (
            None,
            "?__dynamic=maybe",
            "cannot decode \"maybe\", should be a boolean",
        ),
    ] {
        let headers: Vec<(&str, &str)> = header.map(|h| ("prefer", h)).into_iter().collect();
        let r = call("GET", &format!("{url}{query}"), &headers, None);
        assert_eq!(r.status, 422, "{header:?} {query}");
        let body = r.json();
        assert_eq!(
            body["type"],
            json!("https://stoplight.io/prism/errors#UNPROCESSABLE_ENTITY")
        );
        assert!(body["detail"].as_str().unwrap().contains(detail), "{body}");
    }
}

#[test]
fn a_requested_seed_gives_the_same_dynamic_answer() {
    let (_dir, spec) = spec();
    let s = start(&[&spec, "-d"]);
    let url = format!("{}/people", s.base);
    let a = call("GET", &url, &[("prefer", "seed=abc")], None).json();
    let b = call("GET", &url, &[("prefer", "seed=abc")], None).json();
    assert_eq!(a, b);
    let c = call("GET", &format!("{url}?__seed=abc"), &[], None).json();
    let d = call("GET", &format!("{url}?__seed=abc"), &[], None).json();
    assert_eq!(c, d);
    let other: Vec<Value> = (0..5)
        .map(|i| call("GET", &url, &[("prefer", &format!("seed=other{i}"))], None).json())
        .collect();
    assert!(other.iter().any(|v| *v != a), "every seed gave {a}");
}

#[test]
fn x_faker_fills_dynamic_values() {
    let (_dir, spec) = spec();
    let s = start(&[&spec, "-d"]);
    for _ in 0..5 {
        let v = get(&format!("{}/people", s.base)).json();
        let name = v["name"].as_str().unwrap();
        assert!(
            name.chars().next().unwrap().is_uppercase() && !name.contains(' '),
            "{v}"
        );
        let email = v["email"].as_str().unwrap();
        assert!(email.contains('@') && email.ends_with(".com"), "{v}");
        let id = v["id"].as_str().unwrap();
        assert_eq!(id.len(), 36, "{v}");
        let age = v["age"].as_i64().unwrap();
        assert!((18..=20).contains(&age), "{v}");
    }
    // Static mode ignores x-faker, as json-schema-faker is only used dynamically.
    let s = start(&[&spec]);
    assert_eq!(
        get(&format!("{}/people", s.base)).json()["name"],
        json!("string")
    );
}

#[test]
fn server_selection_by_query_is_checked_against_the_declared_servers() {
    let (_dir, spec) = spec();
    let s = start(&[&spec]);
    let url = format!("{}/pick", s.base);
    let r = get(&format!("{url}?__server=https://us.api.example.com/v1"));
    assert_eq!(r.status, 200);
    let r = get(&format!("{url}?__server=https://asia.api.example.com/v1"));
    assert_eq!(r.status, 404);
    let body = r.json();
    assert_eq!(
        body["type"],
        json!("https://stoplight.io/prism/errors#NO_SERVER_MATCHED_ERROR")
    );
    assert_eq!(
        body["detail"],
        json!(
            "The server url https://asia.api.example.com/v1 hasn't been matched with any of the provided servers"
        )
    );
    // A document without servers: Prism's NO_SERVER_CONFIGURATION_PROVIDED_ERROR.
    let dir = tempfile::tempdir().unwrap();
    let bare = write(
        dir.path(),
        "bare.yaml",
        "openapi: 3.0.3\ninfo: {title: b, version: '1'}\npaths:\n  /x:\n    get:\n      responses:\n        '204': {description: none}\n",
    );
    let s = start(&[bare.to_str().unwrap()]);
    let r = get(&format!("{}/x?__server=http://a.example", s.base));
    assert_eq!(r.status, 404);
    assert_eq!(
        r.json()["type"],
        json!("https://stoplight.io/prism/errors#NO_SERVER_CONFIGURATION_PROVIDED_ERROR")
    );
}

#[test]
fn start_up_lines_are_prisms() {
    let (_dir, spec) = spec();
    let (mut child, port) = start_logged(&[&spec]);
    // Read up to the line scripts wait for.
    let stdout = child.take_stdout();
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let mut lines = Vec::new();
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            let last = line.contains("Prism is listening on");
            lines.push(line);
            if last {
                break;
            }
        }
        let _ = tx.send(lines);
    });
    let lines = rx
        .recv_timeout(Duration::from_secs(10))
        .expect("no start-up line");
    drop(child);
    assert_eq!(
        lines.last().map(String::as_str),
        Some(format!("[CLI] ▶  start     Prism is listening on http://127.0.0.1:{port}").as_str())
    );
    assert!(
        lines.contains(&format!(
            "[CLI] ℹ  info      GET        http://127.0.0.1:{port}/old"
        )),
        "{lines:?}"
    );
}

/// `POST /subscribe` with `body`.
fn subscribe(port: u16, body: &str) -> support::Reply {
    call(
        "POST",
        &format!("http://127.0.0.1:{port}/subscribe"),
        &[],
        Some(body),
    )
}

/// What a callback receiver saw.
struct Received {
    method: String,
    target: String,
    headers: Vec<(String, String)>,
    body: String,
}

/// A receiver on 127.0.0.1 that answers each request with `status` and `body` after `delay`.
fn receiver(status: u16, body: &'static str, delay: Duration) -> (u16, mpsc::Receiver<Received>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(stream) = stream else { continue };
            let tx = tx.clone();
            std::thread::spawn(move || {
                let mut reader = BufReader::new(stream.try_clone().unwrap());
                let mut line = String::new();
                reader.read_line(&mut line).unwrap();
                let mut parts = line.split_whitespace();
                let method = parts.next().unwrap_or("").to_string();
                let target = parts.next().unwrap_or("").to_string();
                let mut headers = Vec::new();
                loop {
                    let mut h = String::new();
                    reader.read_line(&mut h).unwrap();
                    let h = h.trim_end();
                    if h.is_empty() {
                        break;
                    }
                    if let Some((k, v)) = h.split_once(':') {
                        headers.push((k.trim().to_ascii_lowercase(), v.trim().to_string()));
                    }
                }
                let length = headers
                    .iter()
                    .find(|(k, _)| k == "content-length")
                    .and_then(|(_, v)| v.parse().ok())
                    .unwrap_or(0);
                let mut bytes = vec![0; length];
                reader.read_exact(&mut bytes).unwrap();
                let _ = tx.send(Received {
                    method,
                    target,
                    headers,
                    body: String::from_utf8_lossy(&bytes).into_owned(),
                });
                std::thread::sleep(delay);
                let mut stream = stream;
                let _ = write!(
                    stream,
                    "HTTP/1.1 {status} X\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
                    body.len()
                );
            });
        }
    });
    (port, rx)
}

#[test]
fn callbacks_are_sent_after_the_answer_with_the_callbacks_payload() {
    let (_dir, spec) = spec();
    let (hook, seen) = receiver(200, r#"{"ok":true}"#, Duration::from_secs(2));
    let (child, port) = start_logged(&[&spec]);
    let started = Instant::now();
    let r = subscribe(
        port,
        &format!(r#"{{"callbackUrl":"http://127.0.0.1:{hook}/hook"}}"#),
    );
    // The answer does not wait for the receiver, which takes 2 s to reply.
    assert_eq!(r.status, 201);
    assert!(
        started.elapsed() < Duration::from_millis(1500),
        "{:?}",
        started.elapsed()
    );
    let got = seen
        .recv_timeout(Duration::from_secs(10))
        .expect("no callback arrived");
    assert_eq!(got.method, "POST");
    assert_eq!(got.target, "/hook?id=sub-1&m=POST");
    let header = |n: &str| {
        got.headers
            .iter()
            .find(|(k, _)| k == n)
            .map(|(_, v)| v.as_str())
    };
    assert_eq!(header("content-type"), Some("application/json"));
    assert_eq!(header("x-event"), Some("created"));
    assert_eq!(
        serde_json::from_str::<Value>(&got.body).unwrap(),
        json!({"event": "created", "count": 1})
    );
    std::thread::sleep(Duration::from_millis(2500));
    let log = stop(child);
    assert!(
        log.contains(&format!(
            "callback onEvent: POST http://127.0.0.1:{hook}/hook?id=sub-1&m=POST -> 200"
        )),
        "{log}"
    );
    assert!(!log.contains("violation: callback"), "{log}");
}

#[test]
fn a_callback_that_fails_or_gets_a_bad_reply_is_logged_and_never_changes_the_answer() {
    let (_dir, spec) = spec();
    let (hook, seen) = receiver(500, r#"{"nope":1}"#, Duration::ZERO);
    let (child, port) = start_logged(&[&spec]);
    let r = subscribe(
        port,
        &format!(r#"{{"callbackUrl":"http://127.0.0.1:{hook}/hook"}}"#),
    );
    assert_eq!(r.status, 201);
    assert_eq!(r.json(), json!({"id": "sub-1"}));
    seen.recv_timeout(Duration::from_secs(10))
        .expect("no callback arrived");
    // Nobody listens there.
    let closed = free_port();
    let r = subscribe(
        port,
        &format!(r#"{{"callbackUrl":"http://127.0.0.1:{closed}/hook"}}"#),
    );
    assert_eq!(r.status, 201);
    // An expression that names nothing is an empty URL, logged, not sent.
    let r = subscribe(port, r#"{"callbackUrl":""}"#);
    assert_eq!(r.status, 201);
    std::thread::sleep(Duration::from_millis(1000));
    let log = stop(child);
    assert!(
        log.contains("  violation: callback onEvent.status Unable to match the returned status code with those defined in the document: 200"),
        "{log}"
    );
    assert!(
        log.contains(&format!(
            "callback onEvent: POST http://127.0.0.1:{closed}/hook?id=sub-1&m=POST failed: "
        )),
        "{log}"
    );
    assert!(log.contains("failed: not an http(s) URL"), "{log}");
}

#[test]
fn the_request_log_names_the_callers_trace() {
    let (_dir, spec) = spec();
    let (child, port) = start_logged(&[&spec]);
    let url = format!("http://127.0.0.1:{port}/old");
    let trace_id = "4bf92f3577b34da6a3ce929d0e0e4736";
    let traceparent = format!("00-{trace_id}-00f067aa0ba902b7-01");
    assert_eq!(
        call("GET", &url, &[("traceparent", &traceparent)], None).status,
        200
    );
    // An invalid traceparent (all-zero trace id) names no trace; neither does none.
    let zeros = format!("00-{}-00f067aa0ba902b7-01", "0".repeat(32));
    assert_eq!(
        call("GET", &url, &[("traceparent", &zeros)], None).status,
        200
    );
    assert_eq!(get(&url).status, 200);
    let log = stop(child);
    let lines: Vec<&str> = log.lines().filter(|l| l.starts_with("GET /old")).collect();
    assert_eq!(lines.len(), 3, "{log}");
    assert!(
        lines[0].ends_with(&format!(" trace_id={trace_id}")),
        "{log}"
    );
    assert!(
        !lines[1].contains("trace_id") && !lines[2].contains("trace_id"),
        "{log}"
    );
}
