//! What the runtime adds to a request, for `benches/http.sh`: serves the same two endpoints
//! twice, on two ports — bare axum (the reference: parse the JSON body, answer it) and the
//! same handlers behind `service::app` with contract validation.
//!
//! ```text
//! cargo run --release -p taller-runtime --example overhead -- 127.0.0.1:18601 127.0.0.1:18602
//! ```

use axum::Router;
use axum::body::Bytes;
use axum::response::IntoResponse;
use axum::routing::{get, post};
use http::{HeaderMap, StatusCode};
use serde_json::{Value, json};
use taller_runtime::Problem;
use taller_runtime::contract::{Contract, RawRequest};
use taller_runtime::service::{self, ServeArgs};

static CONTRACT: &str = include_str!("../tests/fixtures/piezas.json");

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut addresses = std::env::args().skip(1);
    let bare_address = addresses
        .next()
        .ok_or("usage: overhead BARE_ADDR FULL_ADDR")?;
    let full_address = addresses
        .next()
        .ok_or("usage: overhead BARE_ADDR FULL_ADDR")?;

    let bare = Router::new()
        .route(
            "/healthz",
            get(|| async { axum::Json(json!({ "status": "ok" })) }),
        )
        .route(
            "/piezas",
            post(|body: Bytes| async move {
                match serde_json::from_slice::<Value>(&body) {
                    Ok(value) => (StatusCode::CREATED, axum::Json(value)).into_response(),
                    Err(_) => StatusCode::BAD_REQUEST.into_response(),
                }
            }),
        );

    let contract = Contract::from_json(CONTRACT)?;
    let operation = contract
        .operation("crear_pieza")
        .ok_or("fixture lacks crear_pieza")?;
    let api = Router::new().route(
        "/piezas",
        post(move |headers: HeaderMap, body: Bytes| async move {
            let request = RawRequest {
                path_params: &[],
                query: None,
                headers: &headers,
                body: &body,
            };
            match operation.validate(&request) {
                Ok(valid) => (StatusCode::CREATED, axum::Json(valid.body)).into_response(),
                Err(rejection) => Problem::from(rejection).into_response(),
            }
        }),
    );
    let full = service::app(api, CONTRACT, None, &ServeArgs::default());

    let bare_listener = tokio::net::TcpListener::bind(&bare_address).await?;
    let full_listener = tokio::net::TcpListener::bind(&full_address).await?;
    let bare_server = tokio::spawn(async move { axum::serve(bare_listener, bare).await });
    axum::serve(full_listener, full).await?;
    bare_server.abort();
    Ok(())
}
