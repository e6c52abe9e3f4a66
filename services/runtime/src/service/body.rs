//! Request bodies are read whole, within the body limit, before routing. An answer given
//! before the body was read (a 404, a 405, a 401) would otherwise leave the rest of the body
//! on the connection: hyper then drops the keep-alive connection without saying so, and a
//! gateway that reuses it answers the next, innocent request with a 502. A body over the
//! limit is not read at all: its 413 says `Connection: close`, so no proxy reuses it.
//!
//! Header fields are judged first: more than [`MAX_HEADER_FIELDS`] of them, or more than
//! [`MAX_HEADER_BYTES`] in all, is a 431 problem naming the largest field. The server's HTTP
//! parser reads heads well beyond both (see `shutdown.rs`), so this answer, not the parser's
//! empty 431, is what a caller gets, the gateway's 1 MiB heads included.

/// The most header fields a request may carry.
pub const MAX_HEADER_FIELDS: usize = 100;
/// The most bytes a request's header fields may take (names, values and `: ` and CRLF).
pub const MAX_HEADER_BYTES: usize = 64 * 1024;

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::task::Poll;

use axum::body::Body;
use axum::extract::Request;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use futures::StreamExt;
use http::{HeaderMap, HeaderName, HeaderValue, StatusCode, header};

/// A request body [`read_first`] left unread because its media type is streamed
/// ([`taller_contract::validate::is_streamed`]): an operation that streams its body hands it
/// to the implementation as it arrives; one that reads bodies whole reads it within `limit`.
#[derive(Debug, Clone, Copy)]
pub struct Unread {
    pub limit: usize,
}

pub(super) async fn read_first(request: Request, next: Next, limit: usize) -> Response {
    if let Some(refused) = oversized_head(&request) {
        return refused;
    }
    let streamed = request
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(taller_contract::validate::is_streamed);
    if streamed {
        return pass_through(request, next, limit).await;
    }
    if declared_length(request.headers()).is_some_and(|length| length > limit as u64) {
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

/// Hands a streamed body on unread. When the answer is ready before the body was read to its
/// end (an early 404/401/415, or an implementation that stopped reading), it says
/// `Connection: close`, so that no gateway reuses a connection with unread bytes on it.
async fn pass_through(request: Request, next: Next, limit: usize) -> Response {
    let (mut parts, body) = request.into_parts();
    parts.extensions.insert(Unread { limit });
    let finished = Arc::new(AtomicBool::new(false));
    let seen_end = Arc::clone(&finished);
    let end = futures::stream::poll_fn(move |_| {
        seen_end.store(true, Ordering::Release);
        Poll::Ready(None)
    });
    let body = Body::from_stream(body.into_data_stream().chain(end));
    let mut response = next.run(Request::from_parts(parts, body)).await;
    if !finished.load(Ordering::Acquire) {
        response
            .headers_mut()
            .insert(header::CONNECTION, HeaderValue::from_static("close"));
    }
    response
}

/// Why a request's header fields are refused, if they are: more than [`MAX_HEADER_FIELDS`] of
/// them, or more than [`MAX_HEADER_BYTES`] in all (the largest named). The detail of the 431
/// problem the services answer, and mock-server's.
pub fn head_refusal(headers: &HeaderMap) -> Option<String> {
    let size = |(name, value): (&HeaderName, &HeaderValue)| name.as_str().len() + value.len() + 4;
    if headers.len() > MAX_HEADER_FIELDS {
        return Some(format!(
            "the request has {} header fields, over the limit of {MAX_HEADER_FIELDS}",
            headers.len()
        ));
    }
    let total: usize = headers.iter().map(size).sum();
    if total <= MAX_HEADER_BYTES {
        return None;
    }
    let (name, bytes) = headers
        .iter()
        .map(|field| (field.0.as_str(), size(field)))
        .max_by_key(|(_, bytes)| *bytes)?;
    Some(format!(
        "the request's header fields take {total} bytes, over the limit of \
         {MAX_HEADER_BYTES}; the largest is `{name}` ({bytes} bytes)"
    ))
}

/// The 431 problem for a request whose header fields are too many or too large.
fn oversized_head(request: &Request) -> Option<Response> {
    let detail = head_refusal(request.headers())?;
    let mut response =
        crate::problem::Problem::new(StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE, detail)
            .with_instance(request.uri().path())
            .into_response();
    response
        .headers_mut()
        .insert(header::CONNECTION, HeaderValue::from_static("close"));
    Some(response)
}

/// The body length a request's `Content-Length` declares.
pub(crate) fn declared_length(headers: &HeaderMap) -> Option<u64> {
    headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse::<u64>().ok())
}

/// Whether reading a body failed on the body limit (`http_body_util::Limited`).
pub(crate) fn is_length_limit(error: &axum::Error) -> bool {
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
