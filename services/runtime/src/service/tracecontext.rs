//! W3C Trace Context on every request: the caller's `traceparent` continued (a new trace when
//! it is absent or invalid), a span id of this service per request, both in the request's
//! tracing span (so in every log line of the request), in the request's extensions (so in
//! [`crate::RequestContext::trace`]) and current for the request's future (so the generated
//! clients send them on, [`taller_trace::inject_current`]).

use axum::extract::Request;
use axum::middleware::Next;
use axum::response::Response;
use tracing::Span;

use super::REQUEST_ID;

/// The request's tracing span, made here with the trace ids and handed to the `TraceLayer`
/// (which logs the request's end in it) through the request's extensions.
#[derive(Clone)]
pub(super) struct RequestSpan(pub(super) Span);

pub(super) async fn continue_trace(mut request: Request, next: Next) -> Response {
    let id = request
        .headers()
        .get(REQUEST_ID)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    let span = tracing::info_span!(
        "request",
        method = %request.method(),
        uri = %request.uri(),
        request_id = %id,
        trace_id = tracing::field::Empty,
        span_id = tracing::field::Empty,
    );
    let context = super::otel::request_context(request.headers(), &span);
    span.record("trace_id", tracing::field::display(context.trace_id()));
    span.record("span_id", tracing::field::display(context.span_id()));
    let extensions = request.extensions_mut();
    extensions.insert(context.clone());
    extensions.insert(RequestSpan(span));
    context.scope(next.run(request)).await
}

/// The `TraceLayer`'s span: the one [`continue_trace`] made.
pub(super) fn span_of<B>(request: &http::Request<B>) -> Span {
    request
        .extensions()
        .get::<RequestSpan>()
        .map_or_else(Span::none, |s| s.0.clone())
}
