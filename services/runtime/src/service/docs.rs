//! The contract document and its Swagger UI, served from the copy vendored into
//! `utoipa-swagger-ui` at build time (no CDN).
//!
//! The UI loads `./openapi.json`, relative to the page, so the same page works at `/docs/` and
//! behind the gateway, which serves it at `/<svc>/` and maps `/<svc>/openapi.json` to
//! `/docs/openapi.json`.

use std::sync::Arc;

use axum::Router;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use http::{HeaderValue, StatusCode, header};
use utoipa_swagger_ui::Config;

use crate::problem::Problem;

/// Routes `/openapi.json`, `/docs`, `/docs/`, `/docs/openapi.json` and the UI's assets.
pub(super) fn router(contract_json: &'static str) -> Router {
    // No online validator badge: the page must not call out to swagger.io (no CDN, no tracking).
    let config = Arc::new(Config::new(["./openapi.json"]).validator_url("none"));
    let contract = move || async move {
        (
            [(
                header::CONTENT_TYPE,
                HeaderValue::from_static("application/json"),
            )],
            contract_json,
        )
    };
    Router::new()
        .route("/openapi.json", get(contract))
        .route("/docs/openapi.json", get(contract))
        // Relative, so that it also lands right behind a path-rewriting proxy.
        .route("/docs", get(|| async { redirect("docs/") }))
        .route("/docs/", get(asset_index))
        .route("/docs/{*file}", get(asset))
        .with_state(config)
}

fn redirect(location: &'static str) -> Response {
    (
        StatusCode::MOVED_PERMANENTLY,
        [(header::LOCATION, HeaderValue::from_static(location))],
    )
        .into_response()
}

async fn asset_index(State(config): State<Arc<Config<'static>>>) -> Response {
    serve_file("index.html", &config)
}

async fn asset(State(config): State<Arc<Config<'static>>>, Path(file): Path<String>) -> Response {
    serve_file(&file, &config)
}

fn serve_file(file: &str, config: &Arc<Config<'static>>) -> Response {
    match utoipa_swagger_ui::serve(file, Arc::clone(config)) {
        Ok(Some(found)) => {
            let mut response = found.bytes.into_owned().into_response();
            let headers = response.headers_mut();
            if let Ok(content_type) = HeaderValue::from_str(&found.content_type) {
                headers.insert(header::CONTENT_TYPE, content_type);
            }
            if found.gzpipped {
                headers.insert(header::CONTENT_ENCODING, HeaderValue::from_static("gzip"));
            }
            response
        }
        Ok(None) => Problem::not_found(&format!("/docs/{file}")).into_response(),
        Err(error) => {
            tracing::error!(%error, file, "Swagger UI file could not be prepared");
            Problem::new(
                StatusCode::INTERNAL_SERVER_ERROR,
                "the API documentation page could not be prepared",
            )
            .into_response()
        }
    }
}
