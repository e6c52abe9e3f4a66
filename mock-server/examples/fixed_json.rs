//! The benchmark's reference: the smallest axum server that answers every request with the
//! same JSON body. `scripts/bench-mock` compares mock-server's throughput with this one's.
//!
//! ```text
//! cargo run --release -p mock-server --example fixed_json -- 4011 [WORKERS]
//! ```
//!
//! WORKERS: the runtime's worker threads; by default tokio's (one per CPU), as `#[tokio::main]`
//! and most axum services run.

use axum::Router;
use axum::http::header;
use axum::response::IntoResponse;

async fn fixed() -> impl IntoResponse {
    (
        [(header::CONTENT_TYPE, "application/json")],
        r#"{"id":1,"name":"Rex","tag":"dog"}"#,
    )
}

fn main() {
    let port: u16 = std::env::args()
        .nth(1)
        .and_then(|p| p.parse().ok())
        .unwrap_or(4011);
    let mut runtime = tokio::runtime::Builder::new_multi_thread();
    if let Some(workers) = std::env::args().nth(2).and_then(|w| w.parse().ok()) {
        runtime.worker_threads(workers);
    }
    let runtime = runtime.enable_all().build().expect("a runtime");
    runtime.block_on(serve(port));
}

async fn serve(port: u16) {
    let listener = tokio::net::TcpListener::bind(("127.0.0.1", port))
        .await
        .expect("cannot listen");
    let app = Router::new().fallback(fixed);
    axum::serve(listener, app).await.expect("server failed");
}
