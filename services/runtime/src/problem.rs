//! RFC 9457 problem details: the one error shape every contract declares, and the only place
//! in the crate that writes `application/problem+json`.

use axum::response::{IntoResponse, Response};
use http::{HeaderValue, Method, StatusCode, header};
use serde::{Deserialize, Serialize};

/// The media type of every error answer.
pub const PROBLEM_JSON: &str = "application/problem+json";

/// RFC 9457 problem details; the one error shape of every contract.
///
/// Build one with [`Problem::new`] (or [`Problem::not_found`], [`Problem::method_not_allowed`])
/// and refine it with the `with_*` methods; the fields are public to read and change.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Problem {
    /// A URI naming the kind of problem; `about:blank` when the status says it all.
    #[serde(rename = "type")]
    pub type_: String,
    /// Short summary: the status' reason phrase unless a type gives a better one.
    pub title: String,
    /// The HTTP status code, repeated so the body stands on its own.
    pub status: u16,
    /// What went wrong with this request, for a human.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
    /// A URI naming this occurrence (usually the request path).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub instance: Option<String>,
    /// One entry per failing field of the request.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<FieldError>,
    /// Methods the resource does allow; sent as the `Allow` header of a 405, not in the body.
    #[serde(skip)]
    allow: Vec<Method>,
    /// Challenges sent as `WWW-Authenticate` headers of a 401 (or 403), not in the body.
    #[serde(skip)]
    challenges: Vec<String>,
}

pub use taller_contract::validate::FieldError;

/// A request the contract refuses, as the problem answered for it.
impl From<taller_contract::validate::Rejection> for Problem {
    fn from(rejection: taller_contract::validate::Rejection) -> Self {
        Problem::new(rejection.status, rejection.detail).with_errors(rejection.errors)
    }
}

impl Problem {
    /// A problem of `status` with `about:blank` type; the title is the reason phrase.
    pub fn new(status: StatusCode, detail: impl Into<String>) -> Self {
        Self {
            type_: "about:blank".to_owned(),
            title: status.canonical_reason().unwrap_or("Error").to_owned(),
            status: status.as_u16(),
            detail: Some(detail.into()),
            instance: None,
            errors: Vec::new(),
            allow: Vec::new(),
            challenges: Vec::new(),
        }
    }

    /// The same problem with its failing fields.
    pub fn with_errors(mut self, errors: Vec<FieldError>) -> Self {
        self.errors = errors;
        self
    }

    /// The same problem with a specific type URI and title (default: `about:blank` and the
    /// status' reason phrase).
    pub fn with_type(mut self, type_: impl Into<String>, title: impl Into<String>) -> Self {
        self.type_ = type_.into();
        self.title = title.into();
        self
    }

    /// The same problem naming the occurrence (usually the request path).
    pub fn with_instance(mut self, instance: impl Into<String>) -> Self {
        self.instance = Some(instance.into());
        self
    }

    /// The same problem with one more `WWW-Authenticate` challenge (e.g. `Bearer
    /// realm="taller"`), sent as a header.
    pub fn with_challenge(mut self, challenge: impl Into<String>) -> Self {
        self.challenges.push(challenge.into());
        self
    }

    /// 404: nothing lives at `path`.
    pub fn not_found(path: &str) -> Self {
        Self::new(StatusCode::NOT_FOUND, format!("no resource at {path}")).with_instance(path)
    }

    /// 405: the resource exists but not with this method; the response carries `Allow`.
    pub fn method_not_allowed(allow: &[Method]) -> Self {
        let list = allow
            .iter()
            .map(Method::as_str)
            .collect::<Vec<_>>()
            .join(", ");
        let mut problem = Self::new(
            StatusCode::METHOD_NOT_ALLOWED,
            format!("method not allowed here; allowed: {list}"),
        );
        problem.allow = allow.to_vec();
        problem
    }

    /// The status as a [`StatusCode`]; 500 if the number is not a valid status.
    pub fn status_code(&self) -> StatusCode {
        StatusCode::from_u16(self.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
    }
}

impl IntoResponse for Problem {
    fn into_response(self) -> Response {
        let status = self.status_code();
        // Serializing plain strings and numbers cannot fail; the fallback keeps it panic-free.
        let body = serde_json::to_vec(&self).unwrap_or_else(|_| b"{}".to_vec());
        let mut response = (status, body).into_response();
        let headers = response.headers_mut();
        headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(PROBLEM_JSON));
        for challenge in &self.challenges {
            if let Ok(value) = HeaderValue::from_str(challenge) {
                headers.append(header::WWW_AUTHENTICATE, value);
            }
        }
        if !self.allow.is_empty() {
            let allow = self
                .allow
                .iter()
                .map(Method::as_str)
                .collect::<Vec<_>>()
                .join(", ");
            if let Ok(value) = HeaderValue::from_str(&allow) {
                headers.insert(header::ALLOW, value);
            }
        }
        response
    }
}
