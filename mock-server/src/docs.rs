//! `--docs`: the container endpoints every taller service has — `/healthz`, `/readyz`,
//! `/openapi.json`, `/docs/openapi.json` and a Swagger UI page at `/docs/`.

use bytes::Bytes;
use http::header::{self, HeaderValue};
use http::{Response, StatusCode};
use http_body_util::Full;

use crate::server::App;

/// The answer for one of the built-in paths, or `None` to let the spec answer.
pub fn serve(app: &App, path: &str) -> Option<Response<Full<Bytes>>> {
    let (media, body) = match path {
        "/healthz" | "/readyz" => (
            "application/json",
            Bytes::from_static(b"{\"status\":\"ok\"}"),
        ),
        "/openapi.json" | "/docs/openapi.json" => {
            let first = app.mounts.first()?;
            ("application/json", first.api.load().openapi_json.clone())
        }
        "/docs" | "/docs/" => ("text/html; charset=utf-8", Bytes::from(page())),
        _ => return None,
    };
    let mut r = Response::new(Full::new(body));
    *r.status_mut() = StatusCode::OK;
    r.headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static(media));
    Some(r)
}

/// A page that loads Swagger UI and points it at `openapi.json` next to it.
fn page() -> String {
    "<!doctype html><html><head><meta charset=\"utf-8\"><title>API docs</title>\
<link rel=\"stylesheet\" href=\"https://unpkg.com/swagger-ui-dist@5/swagger-ui.css\"></head>\
<body><div id=\"ui\"></div>\
<script src=\"https://unpkg.com/swagger-ui-dist@5/swagger-ui-bundle.js\"></script>\
<script>SwaggerUIBundle({url: 'openapi.json', dom_id: '#ui'});</script></body></html>"
        .to_string()
}
