//! The one place where a [`MockError`] becomes an HTTP answer: RFC 9457
//! `application/problem+json` with Prism's type URIs, titles and details.

use bytes::Bytes;
use http::{HeaderValue, StatusCode};
use serde_json::{Map, Value};

use crate::error::MockError;

const TYPE_BASE: &str = "https://stoplight.io/prism/errors#";

/// Status, body and the extra header (if any) of a problem response.
pub struct ProblemResponse {
    pub status: StatusCode,
    pub body: Bytes,
    pub www_authenticate: Option<HeaderValue>,
    /// The `Allow` header of a 405.
    pub allow: Option<HeaderValue>,
}

/// Renders `error` as Prism would.
pub fn to_problem(error: &MockError) -> ProblemResponse {
    let (code, title, status) = match error {
        MockError::NoPathMatched { .. } => (
            "NO_PATH_MATCHED_ERROR",
            "Route not resolved, no path matched",
            404,
        ),
        MockError::NoMethodMatched { .. } => (
            "NO_METHOD_MATCHED_ERROR",
            "Route resolved, but no method matched",
            405,
        ),
        MockError::NotAcceptable { .. } => (
            "NOT_ACCEPTABLE",
            "The server cannot produce a representation for your accept header",
            406,
        ),
        MockError::NotFound { .. } => (
            "NOT_FOUND",
            "The server cannot find the requested content",
            404,
        ),
        MockError::InvalidContentType { .. } => {
            ("INVALID_CONTENT_TYPE", "Invalid content type", 415)
        }
        MockError::Unauthorized { .. } => ("UNAUTHORIZED", "Invalid security scheme used", 401),
        MockError::Unprocessable { .. } | MockError::BadPreference { .. } => {
            ("UNPROCESSABLE_ENTITY", "Invalid request", 422)
        }
        MockError::NoServerMatched { .. } => (
            "NO_SERVER_MATCHED_ERROR",
            "Route not resolved, no server matched",
            404,
        ),
        MockError::NoServerConfiguration { .. } => (
            "NO_SERVER_CONFIGURATION_PROVIDED_ERROR",
            "Route not resolved, no server configuration provided",
            404,
        ),
        MockError::Violations { .. } => ("VIOLATIONS", "Request/Response not valid", 500),
        MockError::NoComplexObjectText => (
            "NO_COMPLEX_OBJECT_TEXT",
            "Cannot serialise complex objects as text",
            500,
        ),
        MockError::SchemaTooComplex => ("SCHEMA_TOO_COMPLEX", "Schema too complex", 500),
        MockError::PayloadTooLarge { .. } => ("PAYLOAD_TOO_LARGE", "Payload too large", 413),
        MockError::HeadersTooLarge { .. } => (
            "REQUEST_HEADER_FIELDS_TOO_LARGE",
            "Request header fields too large",
            431,
        ),
        MockError::BodyUnreadable(_) => ("BAD_REQUEST", "Bad request", 400),
        // Prism's status (micri's `Invalid JSON`), as a problem document (prism #2664 asks for
        // one where Prism sends micri's own error object).
        MockError::InvalidJson { .. } => ("INVALID_JSON", "Invalid JSON", 400),
        // Prism's type, spelt as Prism spells it.
        MockError::NoResponseDefined => (
            "NO_RESPONSE_RESPONSE_DEFINED",
            "No response defined for the selected operation",
            500,
        ),
        MockError::ProxyUnsupportedRequestBody => (
            "PROXY_UNSUPPORTED_REQUEST_BODY",
            "The Prism proxy does not support sending a GET/HEAD request with a message body to an upstream server. See: https://github.com/stoplightio/prism/issues/2259",
            501,
        ),
        MockError::UpstreamNotImplemented => (
            "UPSTREAM_NOT_IMPLEMENTED",
            "The server does not support the functionality required to fulfill the request",
            501,
        ),
        // Prism answers 500 with node-fetch's message as the title (and `FetchError`, not a
        // URI, as the type): same status and title here, with a type in Prism's namespace.
        MockError::Upstream { .. } => ("UPSTREAM_UNREACHABLE", "", 500),
        MockError::Injected { status, .. } => ("INJECTED_ERROR", "Injected error", *status),
        _ => ("UNKNOWN", "Something went wrong", 500),
    };
    let detail = match error {
        MockError::Unauthorized { .. } => "Your request does not fullfil the security requirements and no HTTP unauthorized response was found in the spec, so Prism is generating this error for you.".to_string(),
        MockError::Unprocessable { .. } => "Your request is not valid and no HTTP validation response was found in the spec, so Prism is generating this error for you.".to_string(),
        MockError::Violations { .. } => "Your request/response is not valid and the --errors flag is set, so Prism is generating this error for you.".to_string(),
        MockError::Upstream { .. } => String::new(),
        other => other.to_string(),
    };
    let mut body = Map::new();
    body.insert("type".into(), format!("{TYPE_BASE}{code}").into());
    let title = match error {
        MockError::Upstream { .. } => error.to_string(),
        _ => title.to_string(),
    };
    body.insert("title".into(), title.into());
    body.insert("status".into(), status.into());
    body.insert("detail".into(), detail.into());
    let mut www_authenticate = None;
    match error {
        MockError::Unprocessable { validation } | MockError::Violations { validation } => {
            body.insert("validation".into(), Value::Array(validation.clone()));
        }
        MockError::Unauthorized {
            www_authenticate: Some(challenge),
        } => {
            let mut headers = Map::new();
            headers.insert("WWW-Authenticate".into(), challenge.clone().into());
            body.insert("headers".into(), Value::Object(headers));
            www_authenticate = HeaderValue::from_str(challenge).ok();
        }
        _ => {}
    }
    let allow = match error {
        MockError::NoMethodMatched { allow, .. } => HeaderValue::from_str(allow).ok(),
        _ => None,
    };
    ProblemResponse {
        status: StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
        body: Bytes::from(serde_json::to_vec(&Value::Object(body)).unwrap_or_default()),
        www_authenticate,
        allow,
    }
}
