//! The contract document and its Swagger UI, served from the copy vendored into
//! `utoipa-swagger-ui` at build time (no CDN).
//!
//! The UI loads `./openapi.json`, relative to the page, so the same page works at `/docs/` and
//! behind the gateway, which serves it at `/<svc>/` and maps `/<svc>/openapi.json` to
//! `/docs/openapi.json`.

use axum::Router;
use axum::extract::Path;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use http::{HeaderValue, StatusCode, header};

use crate::problem::Problem;

pub use taller_docs_ui::{UiFile, ui_file};

/// Routes `/openapi.json`, `/docs`, `/docs/`, `/docs/openapi.json` and the UI's assets.
pub(super) fn router(contract_json: &'static str) -> Router {
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
        .route("/docs/", get(|| async { serve_file("index.html") }))
        .route(
            "/docs/{*file}",
            get(|Path(file): Path<String>| async move { serve_file(&file) }),
        )
}

fn redirect(location: &'static str) -> Response {
    (
        StatusCode::MOVED_PERMANENTLY,
        [(header::LOCATION, HeaderValue::from_static(location))],
    )
        .into_response()
}

fn serve_file(file: &str) -> Response {
    let Some(found) = ui_file(file) else {
        return Problem::not_found(&format!("/docs/{file}")).into_response();
    };
    let mut response = found.bytes.into_response();
    let headers = response.headers_mut();
    if let Ok(content_type) = HeaderValue::from_str(&found.content_type) {
        headers.insert(header::CONTENT_TYPE, content_type);
    }
    if found.gzipped {
        headers.insert(header::CONTENT_ENCODING, HeaderValue::from_static("gzip"));
    }
    response
}
