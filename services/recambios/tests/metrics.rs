//! `/metrics` of the whole service on both stores: a part created, reserved and restocked
//! shows in the stock movement counter, the store's call latency, the HTTP counters and the
//! side effects' queues (logs accepting everything, notificaciones failing until the retries
//! run out), scraped without a token while the API itself needs one.

mod support;

use std::time::{Duration, Instant};

use serde_json::{Value, json};
use support::{Backend, Service, log_created, nuevo, scrape};
use taller_runtime::metrics::{requests_answered, sample};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

/// Scrapes until `ready` holds for the exposition (effects are delivered in the background).
async fn scrape_until(base: &str, what: &str, ready: impl Fn(&str) -> bool) -> String {
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let text = scrape(base).await;
        if ready(&text) {
            return text;
        }
        assert!(Instant::now() < deadline, "never saw {what}: {text}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

async fn reservation_is_counted(backend: Backend, store: &str) {
    let upstream = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/logs"))
        .respond_with(log_created())
        .mount(&upstream)
        .await;
    Mock::given(method("POST"))
        .and(path("/notificaciones/email"))
        .respond_with(ResponseTemplate::new(503))
        .mount(&upstream)
        .await;
    let svc = Service::start(
        backend,
        &[
            "--logs-url",
            &upstream.uri(),
            "--notificaciones-url",
            &upstream.uri(),
        ],
    )
    .await;
    let anonymous = reqwest::get(svc.url("/recambios")).await.unwrap();
    assert_eq!(anonymous.status(), 401, "the API itself needs a token");

    let http = support::http();
    let post = |p: &str, body: Value| http.post(svc.url(p)).json(&body).send();
    let part = serde_json::to_value(nuevo("M0000001-A", 5, 3)).unwrap();
    assert_eq!(post("/recambios", part).await.unwrap().status(), 201);
    // 5 → 2 available: below the minimum of 3, so an alert is sent too.
    let job = uuid::Uuid::new_v4();
    let reserved = post(
        "/recambios/M0000001-A/reservas",
        json!({"cantidad": 3, "trabajo_id": job}),
    )
    .await
    .unwrap()
    .status()
    .as_u16();
    assert_eq!(reserved, 200);
    let restocked = post("/recambios/M0000001-A/entradas", json!({"cantidad": 4}))
        .await
        .unwrap()
        .status()
        .as_u16();
    assert_eq!(restocked, 200);

    // Audit events: the creation, both movements, the alert. notificaciones answers 503 to
    // the alert's five attempts (backoff 0.2 + 0.4 + 0.8 + 1.6 s), then it is dropped.
    let delivered = [("upstream", "logs")];
    let exhausted = [
        ("upstream", "notificaciones"),
        ("reason", "retries_exhausted"),
    ];
    let text = scrape_until(&svc.base, "the effects settle", |text| {
        sample(text, "recambios_effects_delivered_total", &delivered) == Some(4.0)
            && sample(text, "recambios_effects_dropped_total", &exhausted) == Some(1.0)
    })
    .await;

    let moved = |kind: &str| sample(&text, "recambios_stock_movements_total", &[("kind", kind)]);
    assert_eq!(moved("reserva"), Some(1.0));
    assert_eq!(moved("entrada"), Some(1.0));
    assert_eq!(moved("salida"), None);

    let calls = |operation: &str| {
        sample(
            &text,
            "recambios_db_call_duration_seconds_count",
            &[("store", store), ("operation", operation)],
        )
    };
    assert_eq!(calls("insert"), Some(1.0));
    assert_eq!(calls("apply_stock"), Some(2.0));
    let bucketed = sample(
        &text,
        "recambios_db_call_duration_seconds_bucket",
        &[
            ("store", store),
            ("operation", "apply_stock"),
            ("le", "+Inf"),
        ],
    );
    assert_eq!(bucketed, Some(2.0));
    assert!(
        !text.contains("recambios_db_errors_total{"),
        "no store call failed: {text}"
    );

    let answered = |operation, status| requests_answered(&text, operation, "POST", status);
    assert_eq!(answered("create_recambio", "201"), Some(1.0));
    assert_eq!(answered("add_reserva", "200"), Some(1.0));
    assert_eq!(answered("add_entrada", "200"), Some(1.0));
    let refused = [("operation", "list_recambios"), ("status", "401")];
    assert_eq!(
        sample(&text, "taller_http_requests_total", &refused),
        Some(1.0)
    );

    let notificaciones = [("upstream", "notificaciones")];
    assert_eq!(
        sample(&text, "recambios_effects_retries_total", &notificaciones),
        Some(4.0)
    );
    assert_eq!(
        sample(&text, "recambios_effects_retries_total", &delivered),
        Some(0.0)
    );
    for upstream in [&delivered, &notificaciones] {
        assert_eq!(
            sample(&text, "recambios_effects_queued", upstream),
            Some(0.0)
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn embedded_reservation_is_counted() {
    reservation_is_counted(Backend::embedded(), "embedded").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn mongodb_reservation_is_counted() {
    reservation_is_counted(Backend::mongo(), "mongodb").await;
}
