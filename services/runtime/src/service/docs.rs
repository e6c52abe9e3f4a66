//! The contract document and its Swagger UI, served from the copy vendored into
//! `utoipa-swagger-ui` at build time (no CDN).
//!
//! The UI loads `./openapi.json`, relative to the page, so the same page works at `/docs/` and
//! behind the gateway, which serves it at `/<svc>/` and maps `/<svc>/openapi.json` to
//! `/docs/openapi.json`.

use std::sync::{Arc, LazyLock};

use axum::Router;
use axum::extract::Path;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use http::{HeaderValue, StatusCode, header};
use utoipa_swagger_ui::Config;

use crate::problem::Problem;

/// One file of the vendored Swagger UI.
pub struct UiFile {
    pub content_type: String,
    pub bytes: Vec<u8>,
    /// The bytes are gzip-encoded (send `Content-Encoding: gzip`).
    pub gzipped: bool,
}

/// The UI's configuration, made once: load `./openapi.json` relative to the page, and no
/// online validator badge — the page must not call out to swagger.io (no CDN, no tracking).
static UI_CONFIG: LazyLock<Arc<Config<'static>>> =
    LazyLock::new(|| Arc::new(Config::new(["./openapi.json"]).validator_url("none")));

/// A file of the Swagger UI page (`index.html` for the page itself), or `None` when there is
/// no such file. Shared by every service and by the mock server's `--docs`.
pub fn ui_file(file: &str) -> Option<UiFile> {
    match utoipa_swagger_ui::serve(file, Arc::clone(&UI_CONFIG)) {
        Ok(found) => found.map(|found| UiFile {
            content_type: found.content_type,
            bytes: found.bytes.into_owned(),
            gzipped: found.gzpipped,
        }),
        Err(error) => {
            tracing::error!(%error, file, "Swagger UI file could not be prepared");
            None
        }
    }
}

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
