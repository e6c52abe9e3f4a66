//! What `service::app`'s layers (request id, tracing, CORS, problem mapping, body limit) add to
//! a request, against the same handler on a bare axum router in the same run. In-process
//! (`tower::ServiceExt::oneshot`), so no socket noise. Run:
//! `cargo bench -p taller-runtime --bench app`.

use std::hint::black_box;

use axum::Router;
use axum::body::Body;
use axum::routing::get;
use criterion::{Criterion, criterion_group, criterion_main};
use serde_json::json;
use taller_runtime::service::{self, ServeArgs};
use tower::ServiceExt;

static CONTRACT: &str = include_str!("../tests/fixtures/piezas.json");

fn call(runtime: &tokio::runtime::Runtime, app: &Router, path: &'static str) -> http::StatusCode {
    let request = http::Request::get(path).body(Body::empty()).unwrap();
    runtime
        .block_on(app.clone().oneshot(request))
        .unwrap()
        .status()
}

fn layers(c: &mut Criterion) {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let bare = Router::new().route(
        "/healthz",
        get(|| async { axum::Json(json!({ "status": "ok" })) }),
    );
    let full = service::app(Router::new(), CONTRACT, None, &ServeArgs::default());
    c.bench_function("app/bare_axum_healthz", |b| {
        b.iter(|| black_box(call(&runtime, &bare, "/healthz")))
    });
    c.bench_function("app/service_app_healthz", |b| {
        b.iter(|| black_box(call(&runtime, &full, "/healthz")))
    });
    c.bench_function("app/service_app_404_problem", |b| {
        b.iter(|| black_box(call(&runtime, &full, "/nada")))
    });
}

criterion_group!(benches, layers);
criterion_main!(benches);
