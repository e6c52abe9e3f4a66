//! `/metrics` through real HTTP: handlers built as the generated ones are (`stub::decode`,
//! `stub::respond`) behind `service::app`, requests that succeed, are refused, match nothing,
//! break the contract on the way out and wait in flight, then the scrape's counts.

mod common;

use std::convert::Infallible;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::extract::Request;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use common::{CONTRACT, client};
use serde_json::{Value, json};
use taller_runtime::contract::{Contract, Operation};
use taller_runtime::metrics::{
    ValidationFailure, contract_failures, requests_answered as requests, sample,
};
use taller_runtime::service::{self, ResponseValidation, ServeArgs};
use taller_runtime::stub::{self, NoSecurity};
use tokio::sync::Semaphore;

/// A handler as generated: decode (validate) the request, then answer `status` through
/// `respond`, after taking a permit from `gate` when there is one.
fn handler(
    operation: Arc<Operation>,
    status: u16,
    gate: Option<Arc<Semaphore>>,
) -> impl Fn(Request) -> futures::future::BoxFuture<'static, Response> + Clone {
    move |request: Request| {
        let (operation, gate) = (Arc::clone(&operation), gate.clone());
        Box::pin(async move {
            let decoded = match stub::decode::<Value, _>(&operation, request, &NoSecurity).await {
                Ok(decoded) => decoded,
                Err(problem) => return problem.into_response(),
            };
            if let Some(gate) = gate {
                let _permit = gate.acquire().await.expect("the gate stays open");
            }
            let uri = decoded.context.uri().clone();
            stub::respond(
                &operation,
                &uri,
                Ok::<_, Infallible>(stub::empty_response(status)),
            )
        })
    }
}

async fn scrape(base: &str) -> String {
    let response = client()
        .get(format!("{base}/metrics"))
        .send()
        .await
        .expect("GET /metrics answered");
    assert_eq!(response.status(), 200);
    assert_eq!(
        response.headers()["content-type"],
        "text/plain; version=0.0.4; charset=utf-8"
    );
    response.text().await.expect("a text body")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn metrics_count_requests_latency_in_flight_and_contract_failures() {
    let contract = Contract::from_json(CONTRACT).expect("the fixture contract loads");
    let op = |id: &str| contract.operation(id).expect("the fixture has it");
    let gate = Arc::new(Semaphore::new(0));
    let api = Router::new()
        .route(
            "/piezas",
            post(handler(op("crear_pieza"), 201, None)).get(handler(
                op("listar_piezas"),
                200,
                Some(Arc::clone(&gate)),
            )),
        )
        // 202 is not declared: a response violation.
        .route(
            "/piezas/{numero_serie}",
            get(handler(op("obtener_pieza"), 202, None)),
        );
    let args = ServeArgs {
        validate_responses: ResponseValidation::Log,
        ..ServeArgs::default()
    };
    let app = service::app(api, CONTRACT, None, &args);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("a free port on 127.0.0.1");
    let base = format!("http://{}", listener.local_addr().expect("bound address"));
    tokio::spawn(async move { axum::serve(listener, app).await });
    let http = client();

    let before = scrape(&base).await;
    assert_eq!(
        sample(&before, "taller_http_requests_in_flight", &[]),
        Some(0.0)
    );
    assert!(
        !before.contains("taller_http_requests_total{"),
        "nothing counted yet, /metrics itself included: {before}"
    );

    let status = |request: reqwest::RequestBuilder| async move {
        request.send().await.expect("answered").status().as_u16()
    };
    let valid = json!({ "numero_serie": "A1234567-B", "nombre": "Filtro", "precio": 12.5 });
    for _ in 0..2 {
        assert_eq!(
            status(http.post(format!("{base}/piezas")).json(&valid)).await,
            201
        );
    }
    let invalid = json!({ "nombre": "" });
    assert_eq!(
        status(http.post(format!("{base}/piezas")).json(&invalid)).await,
        422
    );
    assert_eq!(
        status(http.get(format!("{base}/no/such/path/42"))).await,
        404
    );
    // Logged, not enforced.
    assert_eq!(
        status(http.get(format!("{base}/piezas/A1234567-B"))).await,
        202
    );
    assert_eq!(status(http.get(format!("{base}/healthz"))).await, 200);

    // One request held inside its handler: in flight until the gate opens.
    let held = tokio::spawn({
        let (http, url) = (http.clone(), format!("{base}/piezas"));
        async move { http.get(url).send().await.unwrap().status().as_u16() }
    });
    let mut waited = Duration::ZERO;
    loop {
        let text = scrape(&base).await;
        if sample(&text, "taller_http_requests_in_flight", &[]) == Some(1.0) {
            break;
        }
        assert!(waited < Duration::from_secs(10), "never in flight: {text}");
        tokio::time::sleep(Duration::from_millis(10)).await;
        waited += Duration::from_millis(10);
    }
    tokio::time::sleep(Duration::from_millis(150)).await;
    gate.add_permits(1);
    assert_eq!(held.await.unwrap(), 200);

    let text = scrape(&base).await;
    assert_eq!(requests(&text, "crear_pieza", "POST", "201"), Some(2.0));
    assert_eq!(requests(&text, "crear_pieza", "POST", "422"), Some(1.0));
    assert_eq!(requests(&text, "unmatched", "GET", "404"), Some(1.0));
    assert_eq!(requests(&text, "obtener_pieza", "GET", "202"), Some(1.0));
    assert_eq!(requests(&text, "healthz", "GET", "200"), Some(1.0));
    assert_eq!(requests(&text, "listar_piezas", "GET", "200"), Some(1.0));
    // Scrapes are not requests, and no raw path becomes a label.
    assert!(!text.contains("operation=\"metrics\""), "{text}");
    assert!(!text.contains("/no/such/path"), "{text}");
    assert_eq!(
        sample(&text, "taller_http_requests_in_flight", &[]),
        Some(0.0)
    );

    let failures = |operation, kind| contract_failures(&text, operation, kind);
    assert_eq!(
        failures("crear_pieza", ValidationFailure::Request),
        Some(1.0)
    );
    assert_eq!(
        failures("obtener_pieza", ValidationFailure::Response),
        Some(1.0)
    );
    assert_eq!(failures("crear_pieza", ValidationFailure::Response), None);
    assert_eq!(failures("listar_piezas", ValidationFailure::Request), None);

    let histogram = |suffix: &str, labels: &[(&str, &str)]| {
        sample(
            &text,
            &format!("taller_http_request_duration_seconds{suffix}"),
            labels,
        )
    };
    let crear = [("operation", "crear_pieza")];
    assert_eq!(histogram("_count", &crear), Some(3.0));
    assert_eq!(
        histogram("_bucket", &[("operation", "crear_pieza"), ("le", "+Inf")]),
        Some(3.0)
    );
    // The held request took at least 150 ms: past the 0.1 s bucket, within the 0.25 s one
    // unless the machine stalled for a while.
    let listar = [("operation", "listar_piezas")];
    assert_eq!(histogram("_count", &listar), Some(1.0));
    assert!(histogram("_sum", &listar).unwrap() >= 0.15, "{text}");
    assert_eq!(
        histogram("_bucket", &[("operation", "listar_piezas"), ("le", "0.1")]),
        Some(0.0)
    );
}

#[tokio::test]
async fn metrics_skip_response_validation() {
    // Under `enforce` every operation's answer is checked; the scrape is no operation's and
    // passes as it is (scrape() asserts 200 and the exposition's content type).
    let args = ServeArgs {
        validate_responses: ResponseValidation::Enforce,
        ..ServeArgs::default()
    };
    let base = common::spawn(args, None).await;
    let text = scrape(&base).await;
    assert!(
        text.contains(
            "# TYPE taller_http_requests_in_flight gauge\ntaller_http_requests_in_flight 0\n"
        ),
        "{text}"
    );
}
