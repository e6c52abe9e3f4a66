//! The HTTP surface every service shares, wrapped around its API router: health and readiness,
//! the contract and its Swagger UI, Prometheus metrics, tracing, request ids, CORS, the body
//! limit, problem+json 404/405/413, and a server that stops gracefully.

mod answers;
mod args;
mod body;
pub mod docs;
mod health;
mod otel;
mod request_id;
mod routing;
mod shutdown;
mod trace;
mod tracecontext;

use std::time::Duration;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::middleware;
use axum::routing::get;
use http::{HeaderName, HeaderValue, header};
use tower::ServiceBuilder;
use tower_http::cors::{AllowHeaders, AllowMethods, AllowOrigin, CorsLayer};
use tower_http::request_id::{PropagateRequestIdLayer, SetRequestIdLayer};
use tower_http::trace::{DefaultOnResponse, TraceLayer};
use tracing::Level;

use crate::metrics::{CONTENT_TYPE, METRICS_PATH, Metrics, MetricsLayer};

pub use answers::ResponseValidation;
pub use args::ServeArgs;
pub use body::{MAX_HEADER_BYTES, MAX_HEADER_FIELDS, Unread, head_refusal};
pub(crate) use body::{declared_length, is_length_limit};
pub use health::Readiness;
pub use routing::{not_found, problem_for_error_response, problem_responses};
pub use shutdown::{http_builder, serve, serve_until};
pub use trace::{LogFormat, init_tracing, log_subscriber};

/// The header carrying a request's id, set when the client sent none and echoed back.
pub const REQUEST_ID: HeaderName = HeaderName::from_static("x-request-id");

/// The API router plus what every service has: `/healthz`, `/readyz`, `/openapi.json`,
/// `/docs/` (vendored Swagger UI loading `./openapi.json`), `/docs/openapi.json`, `/metrics`
/// (Prometheus, see [`crate::metrics`]); tracing, request ids (`x-request-id`), CORS, body
/// limit (413 as problem+json), 404/405 problem+json.
///
/// The layers wrap the whole router, so they also see requests no route matches (a CORS
/// preflight, a 404).
pub fn app(
    api: Router,
    contract_json: &'static str,
    readiness: Option<Readiness>,
    args: &ServeArgs,
) -> Router {
    app_with_metrics(api, contract_json, readiness, args, Metrics::new())
}

/// [`app`] serving `metrics`, a registry the service registered metrics of its own in.
pub fn app_with_metrics(
    api: Router,
    contract_json: &'static str,
    readiness: Option<Readiness>,
    args: &ServeArgs,
    metrics: Metrics,
) -> Router {
    let routes = api
        .merge(health::router(readiness))
        .merge(docs::router(contract_json))
        .merge(exposition(metrics.clone()));
    // No fallback of ours: an `api` with its own keeps it (axum's `merge` would panic on two),
    // and axum's bare 404 becomes problem+json in the layer below like every other error.
    let body_limit = args.body_limit;
    let validation = args.validate_responses;
    let layered = ServiceBuilder::new()
        // Outermost: times and counts each request whole, the body's upload included.
        .layer(MetricsLayer::new(metrics))
        .layer(SetRequestIdLayer::new(
            REQUEST_ID,
            request_id::ProcessRequestIds::new(),
        ))
        // The request's span, with its W3C trace context, and that context current for the
        // request's future (for the clients' traceparent).
        .layer(middleware::from_fn(tracecontext::continue_trace))
        .layer(
            TraceLayer::new_for_http()
                .make_span_with(tracecontext::span_of)
                .on_response(DefaultOnResponse::new().level(Level::INFO)),
        )
        .layer(PropagateRequestIdLayer::new(REQUEST_ID))
        .layer(cors(&args.cors_origins))
        // Outside the router, so that it sees the router's own 404/405 complete with `Allow`.
        .layer(middleware::from_fn(move |request, next| {
            routing::problem_errors(request, next, Some(body_limit))
        }))
        // Reads every body whole before routing (413 by Content-Length before a byte is read),
        // so no answer leaves unread bytes on a keep-alive connection; extractors honour the
        // same limit.
        .layer(middleware::from_fn(move |request, next| {
            body::read_first(request, next, body_limit)
        }))
        .layer(DefaultBodyLimit::max(body_limit))
        // Innermost: sees each answer as the handler wrote it.
        .layer(middleware::from_fn(move |request, next| {
            answers::check(request, next, validation)
        }))
        .service(routes);
    Router::new().fallback_service(layered)
}

/// `GET /metrics`: public like the probes (no route of it is an operation with `security`),
/// and, answered by no generated handler, never checked against the contract.
fn exposition(metrics: Metrics) -> Router {
    Router::new().route(
        METRICS_PATH,
        get(move || {
            let metrics = metrics.clone();
            async move { ([(header::CONTENT_TYPE, CONTENT_TYPE)], metrics.render()) }
        }),
    )
}

/// Any origin (echoed back, with `Vary: Origin`) unless a list is given.
fn cors(origins: &[String]) -> CorsLayer {
    let origin = if origins.is_empty() || origins.iter().any(|o| o == "*") {
        AllowOrigin::mirror_request()
    } else {
        AllowOrigin::list(origins.iter().filter_map(|o| HeaderValue::from_str(o).ok()))
    };
    CorsLayer::new()
        .allow_origin(origin)
        .allow_methods(AllowMethods::mirror_request())
        .allow_headers(AllowHeaders::mirror_request())
        .expose_headers([
            header::ETAG,
            header::LOCATION,
            header::ALLOW,
            header::WWW_AUTHENTICATE,
            REQUEST_ID,
        ])
        .max_age(Duration::from_secs(600))
}
