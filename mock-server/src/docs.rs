//! `--docs`: the container endpoints every taller service has — `/healthz`, `/readyz`,
//! `/openapi.json`, `/docs/openapi.json` and Swagger UI at `/docs/` (the same vendored page
//! every taller service serves, from `taller-docs-ui`, no CDN). The UI loads `./openapi.json` relative to its page, so it
//! also works behind the gateway's `/<svc>/` → `/docs/` rewrite. With several mounts the
//! documents are the first mount's.

use bytes::Bytes;
use http::header::{self, HeaderValue};
use http::{Response, StatusCode};
use http_body_util::Full;

use crate::server::App;

fn reply(status: StatusCode, media: &str, body: Bytes) -> Response<Full<Bytes>> {
    let mut r = Response::new(Full::new(body));
    *r.status_mut() = status;
    if let Ok(v) = HeaderValue::from_str(media) {
        r.headers_mut().insert(header::CONTENT_TYPE, v);
    }
    r
}

/// The answer for one of the built-in paths, or `None` to let the spec answer.
pub fn serve(app: &App, path: &str) -> Option<Response<Full<Bytes>>> {
    match path {
        "/healthz" | "/readyz" => Some(reply(
            StatusCode::OK,
            "application/json",
            Bytes::from_static(b"{\"status\":\"ok\"}"),
        )),
        "/openapi.json" | "/docs/openapi.json" => {
            let first = app
                .mounts
                .iter()
                .find(|m| m.prefix.is_empty())
                .or(app.mounts.first())?;
            Some(reply(
                StatusCode::OK,
                "application/json",
                first.api.load().openapi_json.clone(),
            ))
        }
        "/docs" => {
            let mut r = reply(StatusCode::MOVED_PERMANENTLY, "text/plain", Bytes::new());
            r.headers_mut()
                .insert(header::LOCATION, HeaderValue::from_static("docs/"));
            Some(r)
        }
        _ => {
            let file = path.strip_prefix("/docs/")?;
            let file = if file.is_empty() { "index.html" } else { file };
            // The same vendored page every taller service serves.
            let found = taller_docs_ui::ui_file(file)?;
            let mut r = reply(
                StatusCode::OK,
                &found.content_type,
                Bytes::from(found.bytes),
            );
            if found.gzipped {
                r.headers_mut()
                    .insert(header::CONTENT_ENCODING, HeaderValue::from_static("gzip"));
            }
            Some(r)
        }
    }
}
