// @generated from codegen/tests/fixtures/multi-file-demo/openapi.yaml by `EXPECTORATE=overwrite cargo test -p taller-codegen --test snapshots`.
// Do not edit: change the spec or codegen/, then regenerate.

//! axum server stub of the `multi-file-demo` service (Multi-file demo (relative $refs, like the original system's specs)): implement `MultiFileDemoApi` and serve `router(api)`.
#![allow(dead_code, clippy::large_enum_variant)]
use std::sync::Arc;
use ::axum::response::{IntoResponse, Response as HttpResponse};
use ::taller_runtime::contract::{Contract, Operation};
use ::taller_runtime::problem::Problem;
mod contract;
pub use contract::CONTRACT_JSON;
/// Parameter and inline body types of the operations.
#[allow(clippy::all, dead_code, unused_imports)]
pub mod types {
    /// Error types.
    pub mod error {
        /// Error from a `TryFrom` or `FromStr` implementation.
        pub struct ConversionError(::std::borrow::Cow<'static, str>);
        impl ::std::error::Error for ConversionError {}
        impl ::std::fmt::Display for ConversionError {
            fn fmt(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Display::fmt(&self.0, f)
            }
        }
        impl ::std::fmt::Debug for ConversionError {
            fn fmt(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Debug::fmt(&self.0, f)
            }
        }
        impl From<&'static str> for ConversionError {
            fn from(value: &'static str) -> Self {
                Self(value.into())
            }
        }
        impl From<String> for ConversionError {
            fn from(value: String) -> Self {
                Self(value.into())
            }
        }
    }
}
/// The request of `list_items` (GET /items), validated against the contract.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize)]
pub struct ListItemsRequest {}
/// Every response `list_items` declares, one variant per status.
#[must_use]
#[derive(Debug, Clone, PartialEq)]
pub enum ListItemsResponse {
    /// Every item.
    Ok200(::std::vec::Vec<::multi_file_demo_types::Item>),
    /// Down.
    ServiceUnavailable503(::multi_file_demo_types::Problem),
}
impl IntoResponse for ListItemsResponse {
    fn into_response(self) -> HttpResponse {
        match self {
            Self::Ok200(body) => json_response(200u16, "application/json", &body),
            Self::ServiceUnavailable503(body) => {
                json_response(503u16, "application/problem+json", &body)
            }
        }
    }
}
/// The `multi-file-demo` service as a trait: implement it and hand it to [`router`].
pub trait MultiFileDemoApi: Send + Sync + 'static {
    /// list_items
    fn list_items(
        &self,
        request: ListItemsRequest,
    ) -> impl ::std::future::Future<Output = ListItemsResponse> + Send;
}
struct Shared<A> {
    api: A,
    operations: [Arc<Operation>; 1usize],
}
/// Every route of the contract, served by `api`. Unknown paths answer a problem+json 404,
/// known paths with an undeclared method a problem+json 405.
pub fn router<A: MultiFileDemoApi>(api: A) -> ::axum::Router {
    let contract = Contract::from_json(CONTRACT_JSON)
        .expect("the embedded contract is the one codegen checked");
    let operations = [
        contract
            .operation("list_items")
            .expect("every operation of the contract is known"),
    ];
    let shared = Arc::new(Shared { api, operations });
    ::axum::Router::new()
        .route(
            "/items",
            ::axum::routing::MethodRouter::new()
                .get(handle_list_items::<A>)
                .fallback(|| async {
                    Problem::method_not_allowed(&[::axum::http::Method::GET])
                }),
        )
        .fallback(|uri: ::axum::http::Uri| async move { Problem::not_found(uri.path()) })
        .with_state(shared)
}
async fn handle_list_items<A: MultiFileDemoApi>(
    ::axum::extract::State(shared): ::axum::extract::State<Arc<Shared<A>>>,
    request: ::axum::extract::Request,
) -> HttpResponse {
    match decode::<ListItemsRequest>(&shared.operations[0usize], request).await {
        Ok(request) => shared.api.list_items(request).await.into_response(),
        Err(problem) => problem.into_response(),
    }
}
/// Validates the raw request against the contract, then deserialises it into `T`.
async fn decode<T: ::serde::de::DeserializeOwned>(
    operation: &Operation,
    request: ::axum::extract::Request,
) -> Result<T, Problem> {
    use ::axum::extract::{FromRequest, FromRequestParts};
    let (mut parts, body) = request.into_parts();
    let params = ::axum::extract::RawPathParams::from_request_parts(&mut parts, &())
        .await
        .map_err(|e| Problem::new(e.status(), e.body_text()))?;
    let path_params: Vec<(String, String)> = params
        .iter()
        .map(|(k, v)| (k.to_owned(), v.to_owned()))
        .collect();
    let query = parts.uri.query().map(str::to_owned);
    let headers = parts.headers.clone();
    let bytes = ::axum::body::Bytes::from_request(
            ::axum::extract::Request::from_parts(parts, body),
            &(),
        )
        .await
        .map_err(|e| Problem::new(e.status(), e.body_text()))?;
    let validated = operation
        .validate(
            &::taller_runtime::contract::RawRequest {
                path_params: &path_params,
                query: query.as_deref(),
                headers: &headers,
                body: &bytes,
            },
        )?;
    let mut whole = ::serde_json::Map::new();
    whole.insert("path".into(), ::serde_json::Value::Object(validated.path));
    whole.insert("query".into(), ::serde_json::Value::Object(validated.query));
    whole.insert("headers".into(), ::serde_json::Value::Object(validated.headers));
    whole.insert("body".into(), validated.body.unwrap_or(::serde_json::Value::Null));
    ::serde_path_to_error::deserialize(::serde_json::Value::Object(whole))
        .map_err(|e| {
            let mut segments = e.path().iter();
            let (mut pointer, status) = match segments
                .next()
                .map(|s| s.to_string())
                .as_deref()
            {
                Some("body") => {
                    (String::new(), ::axum::http::StatusCode::UNPROCESSABLE_ENTITY)
                }
                Some("headers") => {
                    ("/header".to_owned(), ::axum::http::StatusCode::BAD_REQUEST)
                }
                Some(part) => (format!("/{part}"), ::axum::http::StatusCode::BAD_REQUEST),
                None => (String::new(), ::axum::http::StatusCode::UNPROCESSABLE_ENTITY),
            };
            for segment in segments {
                let segment = match segment {
                    ::serde_path_to_error::Segment::Seq { index } => index.to_string(),
                    ::serde_path_to_error::Segment::Map { key } => key.clone(),
                    ::serde_path_to_error::Segment::Enum { variant } => variant.clone(),
                    ::serde_path_to_error::Segment::Unknown => continue,
                };
                pointer.push('/');
                pointer.push_str(&segment.replace('~', "~0").replace('/', "~1"));
            }
            let detail = e.inner().to_string();
            Problem::new(
                    status,
                    format!("the request does not match the contract: {detail}"),
                )
                .with_errors(
                    vec![::taller_runtime::problem::FieldError::new(pointer, detail)],
                )
        })
}
/// A response with a JSON body of the declared media type.
fn json_response<T: ::serde::Serialize>(
    status: u16,
    media_type: &'static str,
    body: &T,
) -> HttpResponse {
    let status = ::axum::http::StatusCode::from_u16(status)
        .unwrap_or(::axum::http::StatusCode::INTERNAL_SERVER_ERROR);
    match ::serde_json::to_vec(body) {
        Ok(bytes) => {
            (
                status,
                [
                    (
                        ::axum::http::header::CONTENT_TYPE,
                        ::axum::http::HeaderValue::from_static(media_type),
                    ),
                ],
                bytes,
            )
                .into_response()
        }
        Err(e) => {
            Problem::new(
                    ::axum::http::StatusCode::INTERNAL_SERVER_ERROR,
                    format!("the response body could not be written: {e}"),
                )
                .into_response()
        }
    }
}
/// A response without a body.
fn empty_response(status: u16) -> HttpResponse {
    ::axum::http::StatusCode::from_u16(status)
        .unwrap_or(::axum::http::StatusCode::INTERNAL_SERVER_ERROR)
        .into_response()
}
/// Adds a declared optional response header when it is set.
fn with_optional_header(
    response: HttpResponse,
    name: &'static str,
    value: Option<impl ToString>,
) -> HttpResponse {
    match value {
        Some(value) => with_header(response, name, value),
        None => response,
    }
}
/// Adds a declared response header; a value that cannot be a header is the
/// implementation's bug, answered as a 500 problem.
fn with_header(
    mut response: HttpResponse,
    name: &'static str,
    value: impl ToString,
) -> HttpResponse {
    match ::axum::http::HeaderValue::from_str(&value.to_string()) {
        Ok(value) => {
            response.headers_mut().insert(name, value);
            response
        }
        Err(_) => {
            Problem::new(
                    ::axum::http::StatusCode::INTERNAL_SERVER_ERROR,
                    format!("the {name} header value is not valid in HTTP"),
                )
                .into_response()
        }
    }
}
