//! `taller-docs-ui` — the Swagger UI page of a contract, from the copy vendored into
//! `utoipa-swagger-ui` at build time: no CDN, and no online validator badge (the page never
//! calls out to swagger.io). The page loads `./openapi.json`, relative to itself, so it works
//! at `/docs/` and behind the gateway at `/<svc>/`. Served by every service (`taller-runtime`)
//! and by `mock-server --docs`, without either pulling in the other.

use std::sync::{Arc, LazyLock};

use utoipa_swagger_ui::Config;

/// One file of the vendored Swagger UI.
pub struct UiFile {
    pub content_type: String,
    pub bytes: Vec<u8>,
    /// The bytes are gzip-encoded (send `Content-Encoding: gzip`).
    pub gzipped: bool,
}

/// The UI's configuration, made once.
static UI_CONFIG: LazyLock<Arc<Config<'static>>> =
    LazyLock::new(|| Arc::new(Config::new(["./openapi.json"]).validator_url("none")));

/// A file of the Swagger UI page (`index.html` for the page itself), or `None` when there is
/// no such file.
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
