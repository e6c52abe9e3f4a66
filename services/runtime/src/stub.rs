//! What every generated server stub calls in its handlers: turning a raw request into the
//! operation's typed request (validated against the contract first), and typed responses into
//! HTTP. Lives here once instead of being emitted into each generated crate.

use std::sync::Arc;

use axum::extract::{FromRequestParts, RawPathParams, Request};
use axum::response::{IntoResponse, Response};
use http::{HeaderValue, StatusCode, header};

use crate::context::RequestContext;
use crate::contract::{Operation, RawRequest, Validated};
pub use crate::error::respond;
use crate::metrics::{self, ValidationFailure};
use crate::problem::{FieldError, Problem};
pub use crate::security::{Authenticate, NoSecurity};
pub use crate::stream::{ByteStream, Event, EventStream, event_stream_response, stream_response};

/// A body of a media type other than JSON (a form, a file, text, bytes), as received or as
/// sent: the implementation reads or writes it itself.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct RawBody {
    /// The `Content-Type` it was sent with, or is to be sent with.
    pub content_type: String,
    pub bytes: bytes::Bytes,
}

impl RawBody {
    /// A body of `content_type` holding `bytes`.
    pub fn new(content_type: impl Into<String>, bytes: impl Into<bytes::Bytes>) -> Self {
        RawBody {
            content_type: content_type.into(),
            bytes: bytes.into(),
        }
    }
}

/// A request that kept the contract, decoded: the typed request, the body as received when
/// its media type is not JSON (the contract declared it, the validator checked the content
/// type; `None` for JSON or no body), and the request's context.
#[derive(Debug)]
pub struct Decoded<T, P = ()> {
    pub request: T,
    pub raw_body: Option<RawBody>,
    pub context: RequestContext<P>,
}

/// Enforces the operation's security requirement (401/403 before anything else is looked
/// at, see [`crate::security::check`]), validates the raw request against the contract, then
/// deserialises it into `T`, a struct with `path`, `query`, `headers` and `body` fields. A
/// value the contract allows but `T` cannot hold is still a problem naming the field (422 in
/// the body, 400 elsewhere).
pub async fn decode<T: serde::de::DeserializeOwned, S: Authenticate>(
    operation: &Arc<Operation>,
    request: Request,
    security: &S,
) -> Result<Decoded<T, S::Principal>, Problem> {
    let (mut parts, body) = request.into_parts();
    let checked = Checked::of(operation, &mut parts, security).await?;
    let bytes = read_whole(&parts, body).await?;
    let validated = operation
        .validate(&RawRequest {
            path_params: &checked.path_params,
            query: parts.uri.query(),
            headers: &parts.headers,
            body: &bytes,
        })
        .map_err(|rejection| checked.refused(rejection.into()))?;
    let raw = match (&validated.body, parts.headers.get(header::CONTENT_TYPE)) {
        (None, Some(content_type)) if !bytes.is_empty() => Some(RawBody {
            content_type: content_type.to_str().unwrap_or_default().to_owned(),
            bytes: bytes.clone(),
        }),
        _ => None,
    };
    let request = checked.typed(validated)?;
    Ok(Decoded {
        request,
        raw_body: raw,
        context: RequestContext::new(Arc::clone(operation), parts)
            .with_principal(checked.principal),
    })
}

/// A request whose body is streamed to the implementation (see [`crate::stream`]): decoded
/// as [`decode`] does, the body checked from the head alone and handed on unread.
#[derive(Debug)]
pub struct DecodedStream<T, P = ()> {
    pub request: T,
    /// The body as it arrives, when one was sent.
    pub body: Option<ByteStream>,
    pub context: RequestContext<P>,
}

/// [`decode`] for an operation whose every request media type is streamed: security and
/// parameters as there, the body's presence and media type from the head
/// ([`Operation::validate_streamed`]), and the body itself left unread for the
/// implementation, without the buffered-body limit.
pub async fn decode_streamed<T: serde::de::DeserializeOwned, S: Authenticate>(
    operation: &Arc<Operation>,
    request: Request,
    security: &S,
) -> Result<DecodedStream<T, S::Principal>, Problem> {
    let (mut parts, body) = request.into_parts();
    let checked = Checked::of(operation, &mut parts, security).await?;
    let validated = operation
        .validate_streamed(&RawRequest {
            path_params: &checked.path_params,
            query: parts.uri.query(),
            headers: &parts.headers,
            body: &[],
        })
        .map_err(|rejection| checked.refused(rejection.into()))?;
    let sent = crate::service::declared_length(&parts.headers)
        .map_or(parts.headers.contains_key(header::TRANSFER_ENCODING), |n| {
            n > 0
        });
    let stream = match parts.headers.get(header::CONTENT_TYPE) {
        Some(content_type) if sent => Some(ByteStream::from_body(
            content_type.to_str().unwrap_or_default().to_owned(),
            body,
        )),
        _ => None,
    };
    let request = checked.typed(validated)?;
    Ok(DecodedStream {
        request,
        body: stream,
        context: RequestContext::new(Arc::clone(operation), parts)
            .with_principal(checked.principal),
    })
}

/// Of `candidates`, operations one route serves with one method (templates that differ in
/// text: `/{a}/{b}.json`, `/{a}/{b}.xml`), the index of the first whose template the request's
/// path fits, and the request; the last when none fits (its own check answers 404).
pub async fn pick(candidates: &[&Arc<Operation>], request: Request) -> (usize, Request) {
    let (mut parts, body) = request.into_parts();
    let captured = captures(&mut parts).await.unwrap_or_default();
    let last = candidates.len().saturating_sub(1);
    let chosen = candidates[..last]
        .iter()
        .position(|op| op.path_params(captured.clone()).is_some())
        .unwrap_or(last);
    (chosen, Request::from_parts(parts, body))
}

/// What the router captured from the request's path, by name.
async fn captures(
    parts: &mut http::request::Parts,
) -> Result<Vec<(String, String)>, axum::extract::rejection::RawPathParamsRejection> {
    let params = RawPathParams::from_request_parts(parts, &()).await?;
    Ok(params
        .iter()
        .map(|(k, v)| (k.to_owned(), v.to_owned()))
        .collect())
}

/// What [`decode`] and [`decode_streamed`] learn before the body: the caller's principal and
/// the path parameters.
struct Checked<P> {
    principal: Option<P>,
    path_params: Vec<(String, String)>,
    observed: Option<metrics::Observed>,
}

impl<P> Checked<P> {
    async fn of<S: Authenticate<Principal = P>>(
        operation: &Arc<Operation>,
        parts: &mut http::request::Parts,
        security: &S,
    ) -> Result<Self, Problem> {
        let observed = metrics::observed(&parts.extensions);
        if let Some(observed) = &observed {
            observed.operation(operation);
        }
        let principal =
            crate::security::check(operation, &parts.headers, &parts.uri, security).await?;
        let captured = captures(parts)
            .await
            .map_err(|e| Problem::new(e.status(), e.body_text()))?;
        // A segment with a parameter beside text (`{id}.json`) is routed whole and split here.
        let path_params = operation
            .path_params(captured)
            .ok_or_else(|| Problem::not_found(parts.uri.path()))?;
        Ok(Checked {
            principal,
            path_params,
            observed,
        })
    }

    /// Counts a refused request, and hands its problem on.
    fn refused(&self, problem: Problem) -> Problem {
        if let Some(observed) = &self.observed {
            observed.failed(ValidationFailure::Request);
        }
        problem
    }

    /// The validated request as `T`.
    fn typed<T: serde::de::DeserializeOwned>(&self, validated: Validated) -> Result<T, Problem> {
        let mut whole = serde_json::Map::new();
        whole.insert("path".into(), serde_json::Value::Object(validated.path));
        whole.insert("query".into(), serde_json::Value::Object(validated.query));
        whole.insert(
            "headers".into(),
            serde_json::Value::Object(validated.headers),
        );
        whole.insert(
            "cookies".into(),
            serde_json::Value::Object(validated.cookies),
        );
        whole.insert(
            "body".into(),
            validated.body.unwrap_or(serde_json::Value::Null),
        );
        serde_path_to_error::deserialize(serde_json::Value::Object(whole)).map_err(|e| {
            let mut segments = e.path().iter();
            let (mut pointer, status) = match segments.next().map(|s| s.to_string()).as_deref() {
                Some("body") => (String::new(), StatusCode::UNPROCESSABLE_ENTITY),
                Some("headers") => ("/header".to_owned(), StatusCode::BAD_REQUEST),
                Some("cookies") => ("/cookie".to_owned(), StatusCode::BAD_REQUEST),
                Some(part) => (format!("/{part}"), StatusCode::BAD_REQUEST),
                None => (String::new(), StatusCode::UNPROCESSABLE_ENTITY),
            };
            for segment in segments {
                let segment = match segment {
                    serde_path_to_error::Segment::Seq { index } => index.to_string(),
                    serde_path_to_error::Segment::Map { key } => key.clone(),
                    serde_path_to_error::Segment::Enum { variant } => variant.clone(),
                    serde_path_to_error::Segment::Unknown => continue,
                };
                pointer.push('/');
                pointer.push_str(&segment.replace('~', "~0").replace('/', "~1"));
            }
            let detail = e.inner().to_string();
            self.refused(
                Problem::new(
                    status,
                    format!("the request does not match the contract: {detail}"),
                )
                .with_errors(vec![FieldError::new(pointer, detail)]),
            )
        })
    }
}

/// The body, whole. It was read before routing (service::app), unless its media type is a
/// streamed one: then it is read here, within the service's body limit (413 beyond it).
async fn read_whole(
    parts: &http::request::Parts,
    body: axum::body::Body,
) -> Result<bytes::Bytes, Problem> {
    let limit = parts
        .extensions
        .get::<crate::service::Unread>()
        .map_or(usize::MAX, |unread| unread.limit);
    let too_large = || {
        Problem::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            format!("the request body is larger than the limit of {limit} bytes"),
        )
    };
    if crate::service::declared_length(&parts.headers).is_some_and(|length| length > limit as u64) {
        return Err(too_large());
    }
    axum::body::to_bytes(body, limit).await.map_err(|e| {
        if crate::service::is_length_limit(&e) {
            too_large()
        } else {
            Problem::new(
                StatusCode::BAD_REQUEST,
                format!("the request body could not be read: {e}"),
            )
        }
    })
}

/// A response whose body is sent as given, with its own content type.
pub fn raw_response(status: u16, body: RawBody) -> Response {
    let status = StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    match HeaderValue::from_str(&body.content_type) {
        Ok(content_type) => {
            declared((status, [(header::CONTENT_TYPE, content_type)], body.bytes).into_response())
        }
        Err(_) => Problem::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            format!(
                "the response content type {:?} is not valid in HTTP",
                body.content_type
            ),
        )
        .into_response(),
    }
}

/// Marks a response as one the contract declares (written by a generated handler), so the
/// layer that turns the router's own bare errors into problem+json leaves it as it is.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Declared;

pub(crate) fn declared(mut response: Response) -> Response {
    response.extensions_mut().insert(Declared);
    response
}

thread_local! {
    /// The capacity [`json_response`] starts its buffer with: the last body's size on this
    /// thread, rounded up to a power of two.
    static BODY_SIZE_HINT: std::cell::Cell<usize> = const { std::cell::Cell::new(128) };
}

/// A response with a JSON body of the declared media type.
pub fn json_response<T: serde::Serialize>(
    status: u16,
    media_type: &'static str,
    body: &T,
) -> Response {
    let status = StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let mut bytes = Vec::with_capacity(BODY_SIZE_HINT.get());
    match serde_json::to_writer(&mut bytes, body) {
        Ok(()) => declared({
            // The next body this thread writes likely has a similar size: starting there
            // spares the copies of a buffer grown by doubling from 128 bytes (a page of a
            // list is several KB).
            BODY_SIZE_HINT.set(bytes.len().clamp(128, 64 * 1024).next_power_of_two());
            // A small body after a large one is not held in the large one's buffer while it
            // waits to be sent.
            if bytes.capacity() > 4 * bytes.len().max(1024) {
                bytes.shrink_to_fit();
            }
            (
                status,
                [(header::CONTENT_TYPE, HeaderValue::from_static(media_type))],
                bytes,
            )
                .into_response()
        }),
        Err(e) => Problem::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            format!("the response body could not be written: {e}"),
        )
        .into_response(),
    }
}

/// A response without a body.
pub fn empty_response(status: u16) -> Response {
    declared(
        StatusCode::from_u16(status)
            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
            .into_response(),
    )
}

/// Adds a declared optional response header when it is set.
pub fn with_optional_header(
    response: Response,
    name: &'static str,
    value: Option<impl ToString>,
) -> Response {
    match value {
        Some(value) => with_header(response, name, value),
        None => response,
    }
}

/// Adds a declared response header; a value that cannot be a header is the implementation's
/// bug, answered as a 500 problem.
pub fn with_header(mut response: Response, name: &'static str, value: impl ToString) -> Response {
    match HeaderValue::from_str(&value.to_string()) {
        Ok(value) => {
            response.headers_mut().insert(name, value);
            response
        }
        Err(_) => Problem::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            format!("the {name} header value is not valid in HTTP"),
        )
        .into_response(),
    }
}
