//! A runnable demonstration: the test fixture contract (`tests/fixtures/piezas.json`) served
//! behind `taller_runtime::service::app`, with `crear_pieza` validating request bodies.
//!
//! ```text
//! cargo run -p taller-runtime --example echo -- --listen 127.0.0.1:8000
//! curl -s localhost:8000/piezas -H 'content-type: application/json' -d '{"precio": 0}'
//! open http://localhost:8000/docs/
//! ```

use axum::Router;
use axum::body::Bytes;
use axum::response::IntoResponse;
use axum::routing::post;
use clap::Parser;
use http::HeaderMap;
use taller_runtime::Problem;
use taller_runtime::contract::{Contract, RawRequest};
use taller_runtime::service::{self, ServeArgs};

static CONTRACT: &str = include_str!("../tests/fixtures/piezas.json");

#[derive(Parser)]
#[command(about = "The runtime's test contract behind the shared service surface")]
struct Cli {
    #[command(flatten)]
    serve: ServeArgs,
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let cli = Cli::parse();
    service::init_tracing(cli.serve.log_format);
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
                Ok(valid) => (http::StatusCode::CREATED, axum::Json(valid.body)).into_response(),
                Err(rejection) => Problem::from(rejection).into_response(),
            }
        }),
    );
    let app = service::app(api, CONTRACT, None, &cli.serve);
    service::serve(app, &cli.serve).await?;
    Ok(())
}
