//! Request bodies are read whole, within the body limit, before routing. An answer given
//! before the body was read (a 404, a 405, a 401) would otherwise leave the rest of the body
//! on the connection: hyper then drops the keep-alive connection without saying so, and a
//! gateway that reuses it answers the next, innocent request with a 502. A body over the
//! limit is not read at all: its 413 says `Connection: close`, so no proxy reuses it.

use axum::body::Body;
use axum::extract::Request;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use http::{HeaderValue, StatusCode, header};

pub(super) async fn read_first(request: Request, next: Next, limit: usize) -> Response {
    let declared = request
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|length| length > limit as u64) {
        return closing(StatusCode::PAYLOAD_TOO_LARGE);
    }
    let (parts, body) = request.into_parts();
    match axum::body::to_bytes(body, limit).await {
        Ok(bytes) => {
            next.run(Request::from_parts(parts, Body::from(bytes)))
                .await
        }
        // Over the limit while streaming (no Content-Length), or the client stopped sending.
        Err(error) if is_length_limit(&error) => closing(StatusCode::PAYLOAD_TOO_LARGE),
        Err(_) => closing(StatusCode::BAD_REQUEST),
    }
}

fn is_length_limit(error: &axum::Error) -> bool {
    let mut source: Option<&(dyn std::error::Error + 'static)> = Some(error);
    while let Some(e) = source {
        if e.is::<http_body_util::LengthLimitError>() {
            return true;
        }
        source = e.source();
    }
    false
}

/// An empty error answer that ends the connection (the problem layer outside fills the body).
fn closing(status: StatusCode) -> Response {
    let mut response = status.into_response();
    response
        .headers_mut()
        .insert(header::CONNECTION, HeaderValue::from_static("close"));
    response
}
