//! Error answers the router and its layers produce on their own (unknown path, wrong method,
//! body too large, an extractor's plain-text rejection), turned into problem+json so that a
//! client sees one error shape whatever answered.

use axum::Router;
use axum::extract::Request;
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use http::{HeaderMap, Method, StatusCode, header};
use tower::ServiceBuilder;

use crate::problem::{PROBLEM_JSON, Problem};

/// Enough of a plain-text rejection to use as the detail.
const MAX_DETAIL_BYTES: usize = 2048;

/// Fallback for paths no route matches: 404 problem+json.
pub async fn not_found(request: Request) -> Response {
    Problem::not_found(request.uri().path()).into_response()
}

/// Wraps the whole of `router` (around its routing, so that axum's 405 already carries
/// `Allow`) so every error response that is not already JSON becomes problem+json (see
/// [`problem_for_error_response`]). [`super::app`] does this itself.
pub fn problem_responses(router: Router) -> Router {
    let wrapped = ServiceBuilder::new()
        .layer(middleware::from_fn(|request, next| {
            problem_errors(request, next, None)
        }))
        .service(router);
    Router::new().fallback_service(wrapped)
}

/// The middleware behind [`problem_responses`]; `body_limit` is named in 413 answers.
pub(super) async fn problem_errors(
    request: Request,
    next: Next,
    body_limit: Option<usize>,
) -> Response {
    let path = request.uri().path().to_owned();
    let response = next.run(request).await;
    to_problem(response, &path, body_limit).await
}

/// Turns an error response that is not JSON (axum's bare 404/405, the body limit's 413, an
/// extractor's plain-text rejection) into the equivalent problem+json, keeping its status and
/// headers (`Allow` included). `path` becomes the problem's `instance`. Success responses,
/// JSON error bodies (problem+json already, or a handler's own JSON) and every response a
/// generated handler wrote as its contract declares it (a text 404, an empty 409) pass
/// unchanged.
pub async fn problem_for_error_response(response: Response, path: &str) -> Response {
    to_problem(response, path, None).await
}

async fn to_problem(response: Response, path: &str, body_limit: Option<usize>) -> Response {
    let status = response.status();
    let declared = response
        .extensions()
        .get::<crate::stub::Declared>()
        .is_some();
    if declared
        || !(status.is_client_error() || status.is_server_error())
        || is_json(response.headers())
    {
        return response;
    }
    let (parts, body) = response.into_parts();
    let text = axum::body::to_bytes(body, MAX_DETAIL_BYTES)
        .await
        .map(|bytes| String::from_utf8_lossy(&bytes).trim().to_owned())
        .unwrap_or_default();
    let problem = match status {
        StatusCode::NOT_FOUND => Problem::not_found(path),
        StatusCode::METHOD_NOT_ALLOWED => Problem::method_not_allowed(&allowed(&parts.headers)),
        StatusCode::PAYLOAD_TOO_LARGE => Problem::new(
            status,
            match body_limit {
                Some(limit) => {
                    format!("the request body is larger than the limit of {limit} bytes")
                }
                None => "the request body is larger than this service accepts".to_owned(),
            },
        ),
        _ if text.is_empty() => Problem::new(status, status.canonical_reason().unwrap_or("error")),
        _ => Problem::new(status, text),
    }
    .with_instance(path);
    let mut answer = problem.into_response();
    for (name, value) in &parts.headers {
        if name != header::CONTENT_TYPE && name != header::CONTENT_LENGTH && name != header::ALLOW {
            answer.headers_mut().append(name, value.clone());
        }
    }
    answer
}

fn is_json(headers: &HeaderMap) -> bool {
    headers
        .get(header::CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .map(|value| {
            value
                .split(';')
                .next()
                .unwrap_or_default()
                .trim()
                .to_ascii_lowercase()
        })
        .is_some_and(|essence| {
            essence == PROBLEM_JSON || essence == "application/json" || essence.ends_with("+json")
        })
}

fn allowed(headers: &HeaderMap) -> Vec<Method> {
    headers
        .get_all(header::ALLOW)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(','))
        .filter_map(|method| method.trim().parse::<Method>().ok())
        .collect()
}
