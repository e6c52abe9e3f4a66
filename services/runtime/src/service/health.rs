//! `/healthz` (the process answers) and `/readyz` (its dependencies answer).

use std::sync::Arc;
use std::time::Duration;

use axum::extract::State;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use futures::future::BoxFuture;
use http::StatusCode;
use serde_json::json;

use crate::problem::Problem;

/// Readiness probe: Ok when the service's dependencies answer, Err saying which does not.
pub type Readiness = Arc<dyn Fn() -> BoxFuture<'static, Result<(), String>> + Send + Sync>;

/// A probe slower than this counts as failed: orchestrators call `/readyz` with short timeouts
/// and a hung dependency must read as "not ready", not as a hung probe.
const READINESS_TIMEOUT: Duration = Duration::from_secs(5);

/// The two probe routes.
pub(super) fn router(readiness: Option<Readiness>) -> Router {
    Router::new()
        .route("/healthz", get(healthz))
        .route("/readyz", get(readyz))
        .with_state(readiness)
}

async fn healthz() -> Json<serde_json::Value> {
    Json(json!({ "status": "ok" }))
}

async fn readyz(State(readiness): State<Option<Readiness>>) -> Response {
    let Some(probe) = readiness else {
        return healthz().await.into_response();
    };
    let outcome = tokio::time::timeout(READINESS_TIMEOUT, probe()).await;
    let reason = match outcome {
        Ok(Ok(())) => return healthz().await.into_response(),
        Ok(Err(reason)) => reason,
        Err(_) => format!(
            "readiness check did not answer within {} s",
            READINESS_TIMEOUT.as_secs()
        ),
    };
    tracing::warn!(%reason, "not ready");
    Problem::new(
        StatusCode::SERVICE_UNAVAILABLE,
        format!("not ready: {reason}"),
    )
    .into_response()
}
