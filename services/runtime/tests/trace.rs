//! W3C Trace Context through real HTTP: a request's `traceparent` continued into its log lines,
//! its `RequestContext` and the generated clients' calls made while it is handled; an invalid
//! one starts a new trace.

mod common;

use std::io::Write;
use std::sync::{Arc, Mutex};

use axum::Json;
use axum::extract::{Request, State};
use axum::routing::get;
use common::{CONTRACT, client};
use serde_json::{Value, json};
use taller_runtime::contract::Contract;
use taller_runtime::service::{self, LogFormat, ServeArgs};
use taller_runtime::trace::Parent;
use taller_runtime::{RequestContext, TraceContext};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

const TRACE_ID: &str = "4bf92f3577b34da6a3ce929d0e0e4736";
const CALLER_SPAN: &str = "00f067aa0ba902b7";

/// Log output collected in memory.
#[derive(Clone, Default)]
struct Lines(Arc<Mutex<Vec<u8>>>);

impl Write for Lines {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl Lines {
    fn json(&self) -> Vec<Value> {
        let text = String::from_utf8(self.0.lock().unwrap().clone()).unwrap();
        text.lines()
            .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
            .collect()
    }
}

/// `GET /piezas` answers what its `RequestContext` knows of the trace, after calling the logs
/// service at `upstream` through its generated client and logging a line of its own.
async fn traced(State(upstream): State<String>, request: Request) -> Json<Value> {
    let contract = Contract::from_json(CONTRACT).unwrap();
    let operation = contract.operation("listar_piezas").unwrap();
    let (parts, _) = request.into_parts();
    let context = RequestContext::new(operation, parts);
    let trace = context
        .trace()
        .expect("service::app gives every request a trace");
    assert_eq!(TraceContext::current().as_ref(), Some(trace), "current too");
    let _ = logs_client::Client::new(&upstream, logs_client::Credentials::none())
        .list_logs()
        .send()
        .await;
    tracing::info!("handled");
    Json(json!({
        "trace_id": trace.trace_id().to_string(),
        "span_id": trace.span_id().to_string(),
        "parent_id": trace.parent_id().map(|p| p.to_string()),
        "tracestate": trace.tracestate(),
    }))
}

/// Serves the traced route in `service::app`, logging JSON into `lines` (this test's thread
/// only: the tests run on current-thread runtimes, server and client alike).
async fn serve(
    lines: &Lines,
    upstream: &MockServer,
) -> (String, tracing::subscriber::DefaultGuard) {
    let guard = tracing::subscriber::set_default(service::log_subscriber(LogFormat::Json, {
        let lines = lines.clone();
        move || lines.clone()
    }));
    let api = axum::Router::new()
        .route("/piezas", get(traced))
        .with_state(upstream.uri());
    let app = service::app(api, CONTRACT, None, &ServeArgs::default());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await });
    (format!("http://{address}"), guard)
}

async fn upstream() -> MockServer {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/logs"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({})))
        .mount(&server)
        .await;
    server
}

/// The `traceparent` the upstream received.
async fn sent_upstream(upstream: &MockServer) -> Parent {
    let requests = upstream.received_requests().await.unwrap();
    assert_eq!(requests.len(), 1);
    let value = requests[0]
        .headers
        .get("traceparent")
        .expect("the client sends traceparent")
        .to_str()
        .unwrap();
    Parent::parse(value).unwrap_or_else(|| panic!("a valid traceparent, not {value:?}"))
}

/// The `span` object of the log line with `message`.
fn span_of(lines: &Lines, message: &str) -> Value {
    let all = lines.json();
    all.iter()
        .find(|l| l["message"] == message)
        .unwrap_or_else(|| panic!("no {message:?} line in {all:?}"))["span"]
        .clone()
}

#[tokio::test]
async fn a_traceparent_is_continued_into_logs_context_and_calls() {
    let lines = Lines::default();
    let logs = upstream().await;
    let (base, _guard) = serve(&lines, &logs).await;
    let answer: Value = client()
        .get(format!("{base}/piezas"))
        .header("traceparent", format!("00-{TRACE_ID}-{CALLER_SPAN}-01"))
        .header("tracestate", "congo=t61rcWkgMzE")
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(answer["trace_id"], TRACE_ID);
    assert_eq!(answer["parent_id"], CALLER_SPAN);
    assert_eq!(answer["tracestate"], "congo=t61rcWkgMzE");
    let span_id = answer["span_id"].as_str().unwrap().to_owned();
    assert_ne!(span_id, CALLER_SPAN, "a span of our own");

    // The handler's line and the request's end both carry the ids.
    for message in ["handled", "finished processing request"] {
        let span = span_of(&lines, message);
        assert_eq!(span["trace_id"], TRACE_ID, "{message}: {span}");
        assert_eq!(span["span_id"], span_id.as_str(), "{message}: {span}");
        assert!(span["request_id"].is_string(), "{span}");
    }

    // The generated client's call: same trace, our span its parent, tracestate passed on.
    let sent = sent_upstream(&logs).await;
    assert_eq!(sent.trace_id.to_string(), TRACE_ID);
    assert_eq!(sent.span_id.to_string(), span_id);
    let requests = logs.received_requests().await.unwrap();
    assert_eq!(requests[0].headers["tracestate"], "congo=t61rcWkgMzE");
}

#[tokio::test]
async fn an_invalid_or_missing_traceparent_starts_a_new_trace() {
    let lines = Lines::default();
    let logs = upstream().await;
    let (base, _guard) = serve(&lines, &logs).await;
    let invalid = format!("00-{}-{CALLER_SPAN}-01", "0".repeat(32));
    let mut seen = Vec::new();
    for traceparent in [Some(invalid.as_str()), Some("garbage"), None] {
        let mut request = client().get(format!("{base}/piezas"));
        if let Some(value) = traceparent {
            request = request
                .header("traceparent", value)
                .header("tracestate", "congo=t61rcWkgMzE");
        }
        let answer: Value = request.send().await.unwrap().json().await.unwrap();
        let trace_id = answer["trace_id"].as_str().unwrap().to_owned();
        assert_eq!(trace_id.len(), 32, "{answer}");
        assert!(trace_id.chars().all(|c| c.is_ascii_hexdigit()), "{answer}");
        assert_ne!(trace_id, "0".repeat(32));
        assert_eq!(answer["parent_id"], Value::Null, "{traceparent:?}");
        assert_eq!(
            answer["tracestate"],
            Value::Null,
            "dropped with the traceparent"
        );
        seen.push(trace_id);
    }
    let mut distinct = seen.clone();
    distinct.sort();
    distinct.dedup();
    assert_eq!(distinct.len(), 3, "each request its own trace: {seen:?}");
    let logged: Vec<Value> = lines
        .json()
        .into_iter()
        .filter(|l| l["message"] == "handled")
        .map(|l| l["span"]["trace_id"].clone())
        .collect();
    assert_eq!(logged, seen.iter().map(|s| json!(s)).collect::<Vec<_>>());
    let received = logs.received_requests().await.unwrap();
    let sent: Vec<String> = received
        .iter()
        .map(|r| {
            let value = r.headers["traceparent"].to_str().unwrap();
            Parent::parse(value).unwrap().trace_id.to_string()
        })
        .collect();
    assert_eq!(sent, seen, "the new trace is the one sent on");
}

#[tokio::test]
async fn outside_a_request_the_client_sends_no_traceparent() {
    let logs = upstream().await;
    let _ = logs_client::Client::new(&logs.uri(), logs_client::Credentials::none())
        .list_logs()
        .send()
        .await;
    let received = logs.received_requests().await.unwrap();
    assert!(received[0].headers.get("traceparent").is_none());
}
