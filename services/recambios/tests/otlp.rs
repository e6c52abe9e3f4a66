//! OTLP trace export, as an operator turns it on: the recambios binary started with the
//! standard `OTEL_*` variables sends its spans to the collector they name (OTLP/HTTP,
//! protobuf), and the exported span of a request continues the caller's `traceparent`.
//! wiremock stands in for the collector: the exporter is the client under test here.

mod support;

use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use support::{Backend, free_port, wait_for_port};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

/// Kills the binary when the test ends, whatever its outcome.
struct Running(Child);

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn spawn_exporting(port: u16, backend: &Backend, env: &[(&str, &str)]) -> Running {
    let child = Command::new(env!("CARGO_BIN_EXE_recambios"))
        .arg("--listen")
        .arg(format!("127.0.0.1:{port}"))
        .args(backend.args())
        .args(["--jwt-secret", support::SECRET])
        .env("OTEL_SERVICE_NAME", "recambios-otlp-test")
        // Export each batch within 100 ms instead of the default 5 s.
        .env("OTEL_BSP_SCHEDULE_DELAY", "100")
        .envs(env.iter().copied())
        .env("RUST_LOG", "error")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("recambios starts");
    let running = Running(child);
    assert!(
        wait_for_port(port, Duration::from_secs(30)),
        "recambios listens"
    );
    running
}

/// The caller's trace and span, as every test's request carries them.
const TRACE_ID: &str = "4bf92f3577b34da6a3ce929d0e0e4736";
const PARENT_SPAN: &str = "00f067aa0ba902b7";

/// A stand-in collector answering every OTLP/HTTP trace export; wiremock records every request
/// it gets, matched or not.
async fn collector() -> MockServer {
    let collector = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v1/traces"))
        .respond_with(
            ResponseTemplate::new(200).insert_header("content-type", "application/x-protobuf"),
        )
        .mount(&collector)
        .await;
    collector
}

/// A page of parts asked for within the caller's trace.
async fn traced_request(port: u16) {
    let answer = support::http()
        .get(format!("http://127.0.0.1:{port}/recambios?page=1"))
        .header("traceparent", format!("00-{TRACE_ID}-{PARENT_SPAN}-01"))
        .send()
        .await
        .unwrap();
    assert_eq!(answer.status(), 200);
}

fn hex(text: &str) -> Vec<u8> {
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&text[i..i + 2], 16).unwrap())
        .collect()
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

#[tokio::test]
async fn spans_are_exported_to_the_collector_the_otel_variables_name() {
    let collector = collector().await;
    let port = free_port();
    let backend = Backend::embedded();
    let endpoint = collector.uri();
    let _service = spawn_exporting(
        port,
        &backend,
        &[("OTEL_EXPORTER_OTLP_ENDPOINT", &endpoint)],
    );
    traced_request(port).await;

    // OTLP's protobuf carries ids as raw bytes and the resource's attributes as text.
    let (trace, parent, name) = (hex(TRACE_ID), hex(PARENT_SPAN), b"recambios-otlp-test");
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let requests = collector.received_requests().await.unwrap_or_default();
        let exported = requests.iter().find(|r| contains(&r.body, &trace));
        if let Some(export) = exported {
            let content_type = export
                .headers
                .get("content-type")
                .and_then(|v| v.to_str().ok());
            assert_eq!(content_type, Some("application/x-protobuf"));
            assert!(
                contains(&export.body, &parent),
                "the exported span has the caller's span as its parent"
            );
            assert!(
                contains(&export.body, name),
                "the export names the service from OTEL_SERVICE_NAME"
            );
            break;
        }
        assert!(
            Instant::now() < deadline,
            "no span of trace {TRACE_ID} reached the collector within 20 s ({} exports)",
            requests.len()
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[tokio::test]
async fn otel_traces_exporter_none_turns_export_off() {
    let collector = collector().await;
    let port = free_port();
    let backend = Backend::embedded();
    let endpoint = collector.uri();
    let _service = spawn_exporting(
        port,
        &backend,
        &[
            ("OTEL_EXPORTER_OTLP_ENDPOINT", &endpoint),
            ("OTEL_TRACES_EXPORTER", "none"),
        ],
    );
    traced_request(port).await;
    // Well past the 100 ms export cycle the other test sees its span within.
    tokio::time::sleep(Duration::from_millis(1500)).await;
    assert!(collector.received_requests().await.unwrap().is_empty());
}

#[tokio::test]
async fn an_empty_endpoint_leaves_export_off_and_the_service_up() {
    // What compose passes when the operator sets nothing: `${OTEL_EXPORTER_OTLP_ENDPOINT:-}`.
    let port = free_port();
    let backend = Backend::embedded();
    let _service = spawn_exporting(port, &backend, &[("OTEL_EXPORTER_OTLP_ENDPOINT", "")]);
    traced_request(port).await;
}
