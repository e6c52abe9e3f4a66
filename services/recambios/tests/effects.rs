//! Side effects through the generated clients against fake upstreams (wiremock): the audit log
//! and low-stock alerts arrive; failed deliveries are retried with backoff; a full queue or a
//! refusing upstream drops and counts; a hanging upstream never holds up a request.

mod support;

use std::sync::Arc;
use std::time::{Duration, Instant};

use recambios::effects::upstream::{Logs, Notificaciones};
use recambios::effects::{Effect, Outbox, OutboxConfig};
use serde_json::{Value, json};
use support::{Backend, Service, log_created, nuevo};
use wiremock::matchers::{header, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

fn email_created() -> ResponseTemplate {
    ResponseTemplate::new(201).set_body_json(json!({
        "id": "6b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e",
        "canal": "EMAIL",
        "destinatario": "almacen@taller.example.com",
        "mensaje": "x",
        "estado": "PROGRAMADA",
        "fecha_creacion": "2026-11-27T12:00:00Z",
        "links": {"parent": {"href": "/api/v1/notificaciones"}, "self": {"href": "/api/v1/notificaciones/6b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e"}}
    }))
}

/// The JSON bodies `server` received on `route`.
async fn bodies(server: &MockServer, route: &str) -> Vec<Value> {
    server
        .received_requests()
        .await
        .unwrap_or_default()
        .iter()
        .filter(|r| r.url.path() == route)
        .map(|r| serde_json::from_slice(&r.body).unwrap())
        .collect()
}

/// Polls until `server` has received `n` requests on `route` (effects are asynchronous).
/// recambios on the embedded store sending its audit events and alerts to `upstream`.
async fn start_sending_to(upstream: &MockServer) -> Service {
    Service::start(
        Backend::embedded(),
        &[
            "--logs-url",
            &upstream.uri(),
            "--notificaciones-url",
            &upstream.uri(),
        ],
    )
    .await
}

async fn wait_for(server: &MockServer, route: &str, n: usize) -> Vec<Value> {
    let deadline = Instant::now() + Duration::from_secs(15);
    loop {
        let got = bodies(server, route).await;
        if got.len() >= n || Instant::now() > deadline {
            return got;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

async fn wait_until(what: &str, check: impl Fn() -> bool) {
    let deadline = Instant::now() + Duration::from_secs(15);
    while !check() {
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

/// `/logs` on `upstream` answers 503 to the first `failures` entries, then takes them.
async fn logs_failing_first(upstream: &MockServer, failures: u64) {
    Mock::given(method("POST"))
        .and(path("/logs"))
        .respond_with(ResponseTemplate::new(503))
        .up_to_n_times(failures)
        .with_priority(1)
        .mount(upstream)
        .await;
    Mock::given(method("POST"))
        .and(path("/logs"))
        .respond_with(log_created())
        .with_priority(2)
        .mount(upstream)
        .await;
}

fn alerta() -> Effect {
    Effect::StockBajo {
        numero_serie: "Z0000001-A".into(),
        nombre: "Kit".into(),
        disponible: 1,
        minimo: 2,
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn changes_are_logged_and_low_stock_is_notified_once() {
    let upstream = MockServer::start().await;
    // Only calls carrying the service token are answered.
    Mock::given(method("POST"))
        .and(path("/logs"))
        .and(header("authorization", "Bearer svc-token"))
        .respond_with(log_created())
        .mount(&upstream)
        .await;
    Mock::given(method("POST"))
        .and(path("/notificaciones/email"))
        .and(header("authorization", "Bearer svc-token"))
        .respond_with(email_created())
        .mount(&upstream)
        .await;
    let svc = Service::start(
        Backend::embedded(),
        &[
            "--logs-url",
            &upstream.uri(),
            "--notificaciones-url",
            &upstream.uri(),
            "--service-token",
            "svc-token",
        ],
    )
    .await;
    let http = support::http();
    let post = |p: &str, body: Value| http.post(svc.url(p)).json(&body).send();
    assert_eq!(
        post(
            "/recambios",
            serde_json::to_value(nuevo("N0000001-A", 5, 2)).unwrap()
        )
        .await
        .unwrap()
        .status(),
        201
    );
    // 5 → 3 available: still above the minimum of 2.
    post("/recambios/N0000001-A/salidas", json!({"cantidad": 2}))
        .await
        .unwrap();
    // 3 → 2: crosses the minimum.
    post("/recambios/N0000001-A/salidas", json!({"cantidad": 1}))
        .await
        .unwrap();
    // 2 → 1: still low, no new alert.
    post("/recambios/N0000001-A/salidas", json!({"cantidad": 1}))
        .await
        .unwrap();

    let logs = wait_for(&upstream, "/logs", 5).await;
    assert_eq!(
        logs.len(),
        5,
        "alta, three salidas and the low-stock event: {logs:?}"
    );
    for entry in &logs {
        assert_eq!(
            (entry["usuario"].as_str(), entry["subsistema"].as_i64()),
            (Some("recambios"), Some(6))
        );
    }
    assert!(logs.iter().any(|l| {
        l["descripcion_evento"]
            .as_str()
            .unwrap()
            .starts_with("Stock bajo: N0000001-A")
    }));
    let alerts = wait_for(&upstream, "/notificaciones/email", 1).await;
    // Give a second alert, if there were one, time to arrive before counting.
    tokio::time::sleep(Duration::from_millis(300)).await;
    let alerts_later = bodies(&upstream, "/notificaciones/email").await;
    assert_eq!(alerts.len(), 1);
    assert_eq!(alerts_later.len(), 1, "one alert per crossing");
    assert_eq!(alerts[0]["destinatario"], "almacen@taller.example.com");
    assert_eq!(alerts[0]["asunto"], "Stock bajo: N0000001-A");
    assert!(
        alerts[0]["mensaje"]
            .as_str()
            .unwrap()
            .contains("2 unidades disponibles, mínimo 2")
    );
}

#[tokio::test]
async fn failed_deliveries_are_retried_with_backoff() {
    let upstream = MockServer::start().await;
    logs_failing_first(&upstream, 2).await;
    let config = OutboxConfig {
        backoff: Duration::from_millis(10),
        ..OutboxConfig::default()
    };
    let outbox = Outbox::start(Arc::new(Logs::new(&upstream.uri(), None)), config);
    outbox.send(&alerta());
    wait_until("delivery", || outbox.counters().snapshot().0 == 1).await;
    assert_eq!(outbox.counters().snapshot(), (1, 0, 0));
    assert_eq!(
        bodies(&upstream, "/logs").await.len(),
        3,
        "two failures, then success"
    );
}

#[tokio::test]
async fn refused_or_exhausted_deliveries_are_dropped_and_counted() {
    let refusing = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(422).set_body_json(json!({
            "type": "about:blank", "title": "Unprocessable Content", "status": 422,
            "errors": [{"pointer": "/descripcion_evento", "detail": "too long"}]
        })))
        .mount(&refusing)
        .await;
    let config = OutboxConfig {
        backoff: Duration::from_millis(5),
        attempts: 3,
        ..OutboxConfig::default()
    };
    let outbox = Outbox::start(Arc::new(Logs::new(&refusing.uri(), None)), config.clone());
    outbox.send(&alerta());
    wait_until("the drop", || outbox.counters().snapshot().2 == 1).await;
    assert_eq!(
        bodies(&refusing, "/logs").await.len(),
        1,
        "a 4xx is not retried"
    );

    // Nothing listens here: every attempt fails, then the effect is dropped.
    let closed = format!("http://127.0.0.1:{}", support::free_port());
    let outbox = Outbox::start(
        Arc::new(Notificaciones::new(&closed, "a@b.example", None)),
        config,
    );
    outbox.send(&alerta());
    // Not an alert: notificaciones does not want it, so it is not even queued.
    outbox.send(&Effect::Cambio {
        numero_serie: "Z0000001-A".into(),
        descripcion: "x".into(),
    });
    wait_until("the drop", || outbox.counters().snapshot().2 == 1).await;
    assert_eq!(outbox.counters().snapshot(), (0, 0, 1));
}

#[tokio::test]
async fn a_full_queue_drops_and_counts() {
    let slow = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(log_created().set_delay(Duration::from_secs(5)))
        .mount(&slow)
        .await;
    let config = OutboxConfig {
        capacity: 2,
        concurrency: 1,
        ..OutboxConfig::default()
    };
    let outbox = Outbox::start(Arc::new(Logs::new(&slow.uri(), None)), config);
    for _ in 0..10 {
        outbox.send(&alerta());
    }
    let (_, full, _) = outbox.counters().snapshot();
    // At most: 2 queued, 1 in flight, 1 taken by the dispatcher waiting for a slot.
    assert!((6..=8).contains(&full), "dropped because full: {full}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_hanging_upstream_does_not_hold_up_requests() {
    let hanging = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(log_created().set_delay(Duration::from_secs(60)))
        .mount(&hanging)
        .await;
    let svc = start_sending_to(&hanging).await;
    let http = support::http();
    let started = Instant::now();
    let res = http
        .post(svc.url("/recambios"))
        .json(&nuevo("H0000001-A", 20, 5))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 201);
    for _ in 0..16 {
        let res = http
            .post(svc.url("/recambios/H0000001-A/salidas"))
            .json(&json!({"cantidad": 1}))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 200);
    }
    // Each upstream call would take 60 s; the requests did not wait for any of them.
    assert!(
        started.elapsed() < Duration::from_secs(20),
        "{:?}",
        started.elapsed()
    );
    assert!(
        !bodies(&hanging, "/logs").await.is_empty(),
        "the upstream was called"
    );
}

/// The trace id of the `traceparent` each request to `route` carried, with its JSON body.
async fn traced(server: &MockServer, route: &str) -> Vec<(String, Value)> {
    server
        .received_requests()
        .await
        .unwrap_or_default()
        .iter()
        .filter(|r| r.url.path() == route)
        .map(|r| {
            let value = r.headers["traceparent"].to_str().unwrap();
            let parent = taller_runtime::trace::Parent::parse(value)
                .unwrap_or_else(|| panic!("a valid traceparent, not {value:?}"));
            assert_ne!(
                parent.span_id.to_string(),
                CALLER_SPAN,
                "recambios' own span"
            );
            (
                parent.trace_id.to_string(),
                serde_json::from_slice(&r.body).unwrap(),
            )
        })
        .collect()
}

const CALLER_SPAN: &str = "00f067aa0ba902b7";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn effects_carry_the_trace_of_the_request_that_caused_them_even_when_retried() {
    let upstream = MockServer::start().await;
    // The first audit event fails: its retry, later, from the queue, must carry the trace too.
    logs_failing_first(&upstream, 1).await;
    Mock::given(method("POST"))
        .and(path("/notificaciones/email"))
        .respond_with(email_created())
        .mount(&upstream)
        .await;
    let svc = start_sending_to(&upstream).await;
    let http = support::http();
    let (alta, salida) = (
        "4bf92f3577b34da6a3ce929d0e0e4736",
        "0af7651916cd43dd8448eb211c80319c",
    );
    let response = http
        .post(svc.url("/recambios"))
        .header("traceparent", format!("00-{alta}-{CALLER_SPAN}-01"))
        .json(&nuevo("T0000001-A", 3, 2))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 201);
    let response = http
        .post(svc.url("/recambios/T0000001-A/salidas"))
        .header("traceparent", format!("00-{salida}-{CALLER_SPAN}-01"))
        .json(&json!({"cantidad": 2}))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    // Without a traceparent: a trace of its own.
    let response = http
        .post(svc.url("/recambios/T0000001-A/entradas"))
        .json(&json!({"cantidad": 5}))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);

    // alta (refused once, then retried), the salida, the low-stock event, the entrada.
    wait_for(&upstream, "/logs", 5).await;
    wait_for(&upstream, "/notificaciones/email", 1).await;
    let logs = traced(&upstream, "/logs").await;
    assert_eq!(logs.len(), 5, "{logs:?}");
    let of = |fragment: &str| -> Vec<&str> {
        logs.iter()
            .filter(|(_, body)| {
                body["descripcion_evento"]
                    .as_str()
                    .is_some_and(|d| d.contains(fragment))
            })
            .map(|(trace, _)| trace.as_str())
            .collect()
    };
    assert_eq!(of("alta con"), [alta, alta], "the attempt and its retry");
    assert_eq!(of("Stock bajo"), [salida]);
    assert_eq!(of("salida de 2"), [salida]);
    let entrada = of("entrada de 5");
    assert_eq!(entrada.len(), 1);
    assert!(
        entrada[0] != alta && entrada[0] != salida,
        "a trace of its own: {entrada:?}"
    );
    let alerts = traced(&upstream, "/notificaciones/email").await;
    assert_eq!(
        alerts.iter().map(|(t, _)| t.as_str()).collect::<Vec<_>>(),
        [salida]
    );
}
