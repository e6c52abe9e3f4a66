//! Test harness: the fixture contract behind a small echo API (each operation validates the
//! request and answers what `Operation::validate` made of it), served by `service::app` on a
//! real port of 127.0.0.1.

#![allow(
    dead_code,
    reason = "each test file uses a different part of the harness"
)]

use std::sync::Arc;

use axum::Router;
use axum::body::Bytes;
use axum::extract::{RawPathParams, RawQuery};
use axum::response::IntoResponse;
use axum::routing::{MethodFilter, on};
use http::HeaderMap;
use serde_json::{Value, json};
use taller_runtime::contract::{Contract, RawRequest};
use taller_runtime::service::{self, Readiness, ServeArgs};

/// The fixture contract, as the generated code embeds it.
pub static CONTRACT: &str = include_str!("../fixtures/piezas.json");

/// A `method` route that validates the request against `operation_id` and echoes the result.
fn echo(
    contract: &Contract,
    method: MethodFilter,
    operation_id: &str,
) -> axum::routing::MethodRouter {
    let operation = contract
        .operation(operation_id)
        .unwrap_or_else(|| panic!("fixture lacks {operation_id}"));
    let handler =
        move |params: RawPathParams, RawQuery(query): RawQuery, headers: HeaderMap, body: Bytes| {
            let operation = Arc::clone(&operation);
            async move {
                let path_params: Vec<(String, String)> = params
                    .iter()
                    .map(|(name, value)| (name.to_owned(), value.to_owned()))
                    .collect();
                let request = RawRequest {
                    path_params: &path_params,
                    query: query.as_deref(),
                    headers: &headers,
                    body: &body,
                };
                match operation.validate(&request) {
                    Ok(valid) => axum::Json(json!({
                        "operation": operation.id(),
                        "path": valid.path,
                        "query": valid.query,
                        "headers": valid.headers,
                        "body": valid.body,
                    }))
                    .into_response(),
                    Err(rejection) => taller_runtime::Problem::from(rejection).into_response(),
                }
            }
        };
    on(method, handler)
}

/// The echo API for every operation of the fixture.
pub fn api() -> Router {
    let contract = Contract::from_json(CONTRACT).expect("the fixture contract loads");
    let route = |method: MethodFilter, id: &str| echo(&contract, method, id);
    Router::new()
        .route(
            "/piezas",
            route(MethodFilter::GET, "listar_piezas")
                .merge(route(MethodFilter::POST, "crear_pieza")),
        )
        .route(
            "/piezas/{numero_serie}",
            route(MethodFilter::GET, "obtener_pieza")
                .merge(route(MethodFilter::PUT, "actualizar_pieza"))
                .merge(route(MethodFilter::DELETE, "borrar_pieza")),
        )
        .route(
            "/talleres/{taller_id}/piezas/{cantidad}",
            route(MethodFilter::GET, "piezas_de_taller"),
        )
}

/// Serves `service::app` around the echo API on 127.0.0.1 and returns its base URL.
pub async fn spawn(args: ServeArgs, readiness: Option<Readiness>) -> String {
    let app = service::app(api(), CONTRACT, readiness, &args);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("a free port on 127.0.0.1");
    let address = listener.local_addr().expect("bound address");
    // The server the binaries run (its head limits included), never stopped.
    tokio::spawn(service::serve_until(
        listener,
        app,
        std::future::pending(),
        std::time::Duration::from_secs(1),
    ));
    format!("http://{address}")
}

/// [`spawn`] with default arguments and no readiness probe.
pub async fn spawn_default() -> String {
    spawn(ServeArgs::default(), None).await
}

/// An HTTP client that ignores proxies from the environment.
pub fn client() -> reqwest::Client {
    reqwest::Client::builder()
        .no_proxy()
        .build()
        .expect("client")
}

/// Asserts `response` is problem+json with `status`, and returns its body.
pub async fn problem(response: reqwest::Response, status: u16) -> Value {
    assert_eq!(
        response.status().as_u16(),
        status,
        "status of {}",
        response.url()
    );
    let content_type = response
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    assert_eq!(content_type, "application/problem+json");
    let body: Value = response.json().await.expect("problem body is JSON");
    assert_eq!(body["status"], status);
    assert!(
        body["title"].is_string() && body["type"].is_string(),
        "{body}"
    );
    body
}

/// The `errors` of a problem as (pointer, detail) pairs.
pub fn errors(problem: &Value) -> Vec<(String, String)> {
    problem["errors"]
        .as_array()
        .map(|errors| {
            errors
                .iter()
                .map(|e| {
                    (
                        e["pointer"].as_str().unwrap_or_default().to_owned(),
                        e["detail"].as_str().unwrap_or_default().to_owned(),
                    )
                })
                .collect()
        })
        .unwrap_or_default()
}

/// GET `url`.
pub async fn get(url: impl reqwest::IntoUrl) -> reqwest::Response {
    client().get(url).send().await.expect("GET answered")
}

/// POST `body` as JSON to `url`.
pub async fn post_json(url: impl reqwest::IntoUrl, body: &Value) -> reqwest::Response {
    client()
        .post(url)
        .json(body)
        .send()
        .await
        .expect("POST answered")
}
