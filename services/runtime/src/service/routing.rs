//! Error answers the router itself produces (unknown path, wrong method, body too large),
//! turned into problem+json.

use axum::response::Response;

/// Turns an error response that is not problem+json (axum's bare 404/405, the body limit's
/// 413, an extractor's plain-text rejection) into the equivalent problem+json, keeping its
/// status, headers and `Allow`.
pub async fn problem_for_error_response(response: Response) -> Response {
    response
}

/// [`problem_for_error_response`] as a layer for any router.
pub fn problem_responses<S>(router: axum::Router<S>) -> axum::Router<S>
where
    S: Clone + Send + Sync + 'static,
{
    router
}
