//! Errors of an implementation, answered in one place: a trait method returns
//! `Result<Response, E>`; `E` says which problem it is ([`ApiError`]), and [`respond`] answers
//! it with the operation's declared problem response — or with the 500 every operation
//! declares when the status is not one the operation declares. The cause is not logged here:
//! it travels with the response ([`ErrorCause`]) to the layer that logs answers.

use std::convert::Infallible;
use std::sync::Arc;

use axum::response::{IntoResponse, Response};
use http::{StatusCode, Uri};

use crate::contract::Operation;
use crate::problem::Problem;

/// An error a service's trait methods return with `?`: it names the problem to answer.
///
/// The problem's status should be one the operation declares (e.g. 404, 409); any other is a
/// bug and is answered as a 500 problem, and logged with the error and its sources. 5xx
/// problems are logged the same way, so their `detail` need not (and should not) carry the
/// cause.
pub trait ApiError: std::error::Error + Send + Sync + 'static {
    /// The problem to answer. Its `instance` defaults to the request path.
    fn problem(&self) -> Problem;
}

/// For implementations that cannot fail.
impl ApiError for Infallible {
    fn problem(&self) -> Problem {
        match *self {}
    }
}

/// A service may use [`Problem`] itself as its error type.
impl ApiError for Problem {
    fn problem(&self) -> Problem {
        self.clone()
    }
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.detail {
            Some(detail) => write!(f, "{} {}: {detail}", self.status, self.title),
            None => write!(f, "{} {}", self.status, self.title),
        }
    }
}

impl std::error::Error for Problem {}

/// Why a request failed on the server's side: the error and its sources, as one line. It is
/// attached to 5xx answers (and to answers whose status the operation does not declare) for
/// the logging layer of `service::app`; nothing of it reaches the caller.
#[derive(Debug, Clone)]
pub struct ErrorCause(pub Arc<str>);

/// The matched operation, attached to every answer a generated handler writes, so that
/// layers can log and validate it against the contract.
#[derive(Debug, Clone)]
pub struct Answered(pub Arc<Operation>);

/// `error: source: source…`.
pub fn chain(error: &dyn std::error::Error) -> String {
    let mut text = error.to_string();
    let mut source = error.source();
    while let Some(cause) = source {
        let next = cause.to_string();
        // thiserror's `#[error("…: {0}")]` often repeats the source already.
        if !text.ends_with(&next) {
            text.push_str(": ");
            text.push_str(&next);
        }
        source = cause.source();
    }
    text
}

/// The answer to a trait method's result: the response variant as it is, or the error's
/// problem (see [`ApiError`]). Generated handlers call it.
pub fn respond<R: IntoResponse, E: ApiError>(
    operation: &Arc<Operation>,
    uri: &Uri,
    result: Result<R, E>,
) -> Response {
    let (mut response, as_declared) = match result {
        Ok(answer) => (answer.into_response(), true),
        Err(error) => error_response(operation, uri.path(), &error),
    };
    // The runtime's own 500 for an undeclared status is not the implementation's answer, so
    // it is not judged against the contract (which may declare no 500 at all).
    if as_declared {
        response
            .extensions_mut()
            .insert(Answered(Arc::clone(operation)));
    }
    response
}

/// The error's problem, and whether its status is one the operation declares.
fn error_response(operation: &Operation, path: &str, error: &dyn ApiError) -> (Response, bool) {
    let mut problem = error.problem();
    if problem.instance.is_none() {
        problem.instance = Some(path.to_owned());
    }
    let status = problem.status;
    let mut cause = None;
    let declared = operation.declares(status) && StatusCode::from_u16(status).is_ok();
    if !declared {
        cause = Some(format!(
            "{} answered {status}, which it does not declare: {}",
            operation.id(),
            chain(error)
        ));
        problem = Problem::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            "an unexpected error happened; it has been logged",
        )
        .with_instance(path);
    } else if status >= 500 {
        cause = Some(chain(error));
    }
    let mut response = crate::stub::declared(problem.into_response());
    if let Some(cause) = cause {
        response
            .extensions_mut()
            .insert(ErrorCause(Arc::from(cause)));
    }
    (response, declared)
}
