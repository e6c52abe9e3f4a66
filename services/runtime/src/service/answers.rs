//! What happens to every answer a generated handler wrote, on its way out: failures are logged
//! with their cause ([`crate::error::ErrorCause`]), and the response is checked against the
//! operation's contract when response validation is on.

use axum::extract::Request;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use http::StatusCode;

use crate::contract::Operation;
use crate::error::{Answered, ErrorCause};
use crate::metrics::{self, ValidationFailure};
use crate::problem::Problem;

/// What to do with responses that break the contract.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum ResponseValidation {
    /// Do not check responses.
    #[default]
    Off,
    /// Check every response; log each violation (operation, status, pointer) and send the
    /// response anyway.
    Log,
    /// Check every response; answer a 500 problem naming the violations instead of a response
    /// that breaks the contract.
    Enforce,
}

pub(super) async fn check(request: Request, next: Next, mode: ResponseValidation) -> Response {
    // The metrics layer's note travels in the request, which the handler consumes.
    let observed = metrics::observed(request.extensions());
    let response = next.run(request).await;
    let status = response.status();
    let answered = response.extensions().get::<Answered>().cloned();
    if let Some(ErrorCause(cause)) = response.extensions().get::<ErrorCause>() {
        let operation = answered.as_ref().map_or("-", |a| a.0.id());
        tracing::error!(operation, status = status.as_u16(), %cause, "request failed");
    }
    let Some(Answered(operation)) = answered else {
        return response;
    };
    if mode == ResponseValidation::Off {
        return response;
    }
    if crate::stream::is_streamed(&response) {
        // Never read here: the head is checked and the body flows on untouched.
        let violations = operation.response_head_violations(status.as_u16(), response.headers());
        if violations.is_empty() {
            return response;
        }
        let (parts, body) = response.into_parts();
        return violated(mode, &operation, status, violations, observed, || {
            Response::from_parts(parts, body)
        });
    }
    let (parts, body) = response.into_parts();
    // Generated handlers answer from memory, so this only collects what is there.
    let bytes = match axum::body::to_bytes(body, usize::MAX).await {
        Ok(bytes) => bytes,
        Err(error) => {
            tracing::error!(operation = operation.id(), %error, "the response body could not be read");
            return Problem::new(
                StatusCode::INTERNAL_SERVER_ERROR,
                "the response could not be written",
            )
            .into_response();
        }
    };
    let violations = operation.response_violations(status.as_u16(), &parts.headers, &bytes);
    if violations.is_empty() {
        return Response::from_parts(parts, bytes.into());
    }
    violated(mode, &operation, status, violations, observed, || {
        Response::from_parts(parts, bytes.into())
    })
}

/// A response that breaks the contract: a 500 problem listing `violations` under `enforce`,
/// else the response itself (`send`) after a warning.
fn violated(
    mode: ResponseValidation,
    operation: &Operation,
    status: StatusCode,
    violations: Vec<crate::problem::FieldError>,
    observed: Option<metrics::Observed>,
    send: impl FnOnce() -> Response,
) -> Response {
    if let Some(observed) = &observed {
        observed.failed(ValidationFailure::Response);
    }
    let list = violations
        .iter()
        .map(|v| format!("{} {}", v.pointer, v.detail))
        .collect::<Vec<_>>()
        .join("; ");
    match mode {
        ResponseValidation::Enforce => {
            tracing::error!(operation = operation.id(), status = status.as_u16(), violations = %list, "response breaks the contract; answered 500 instead");
            Problem::new(
                StatusCode::INTERNAL_SERVER_ERROR,
                format!(
                    "the service's {} response to {} breaks its contract",
                    status.as_u16(),
                    operation.id()
                ),
            )
            .with_type(
                "urn:taller:problem:response-violation",
                "Response breaks the contract",
            )
            .with_errors(violations)
            .into_response()
        }
        _ => {
            tracing::warn!(operation = operation.id(), status = status.as_u16(), violations = %list, "response breaks the contract");
            send()
        }
    }
}
