//! What a generated client needs for the operations progenitor cannot express (parameter
//! styles other than its defaults, object parameters, bodies of media types it does not send):
//! codegen writes a typed method for each of them on the same `Client`, and the method builds
//! its request with [`params`] and reads the answer with [`read_json`], [`read_raw`] or
//! [`read_empty`]. Errors are progenitor's [`Error`], so every method of a client fails the
//! same way.

// Every function answers progenitor's `Error`, as progenitor's own methods do, large as it is:
// one error type for every method of a client.
#![allow(clippy::result_large_err)]

pub mod params;

use bytes::Bytes;
pub use progenitor_client::{Error, ResponseValue};

/// A body of a media type the client sends or receives as bytes: forms, multipart, text,
/// binary, and every non-JSON answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawBody {
    /// The `Content-Type` it is sent with (or was received with).
    pub content_type: String,
    pub bytes: Bytes,
}

impl RawBody {
    /// A body of `content_type` holding `bytes`.
    pub fn new(content_type: impl Into<String>, bytes: impl Into<Bytes>) -> Self {
        RawBody {
            content_type: content_type.into(),
            bytes: bytes.into(),
        }
    }
}

/// The request's JSON value of a parameter struct (the names are the contract's).
pub fn to_value<T: serde::Serialize>(value: &T) -> Result<serde_json::Value, Error> {
    serde_json::to_value(value).map_err(|e| Error::InvalidRequest(e.to_string()))
}

/// A JSON request body, serialized.
pub fn json_body<T: serde::Serialize>(value: &T) -> Result<Vec<u8>, Error> {
    serde_json::to_vec(value).map_err(|e| Error::InvalidRequest(e.to_string()))
}

/// A header value, or the request error saying which header could not hold it.
pub fn header_value(name: &str, text: &str) -> Result<reqwest::header::HeaderValue, Error> {
    reqwest::header::HeaderValue::from_str(text).map_err(|_| {
        Error::InvalidRequest(format!("header {name}: {text:?} is not a header value"))
    })
}

/// Sends `request` and hands back the answer, or progenitor's communication error.
pub async fn send(
    client: &reqwest::Client,
    request: reqwest::Request,
) -> Result<reqwest::Response, Error> {
    client
        .execute(request)
        .await
        .map_err(Error::CommunicationError)
}

/// The answer's JSON body read as `T`, wrapped by `variant`.
pub async fn read_json<T: serde::de::DeserializeOwned, R>(
    response: reqwest::Response,
    variant: impl FnOnce(T) -> R,
) -> Result<ResponseValue<R>, Error> {
    let status = response.status();
    let headers = response.headers().clone();
    let bytes = response.bytes().await.map_err(Error::ResponseBodyError)?;
    let body =
        serde_json::from_slice(&bytes).map_err(|e| Error::InvalidResponsePayload(bytes, e))?;
    Ok(ResponseValue::new(variant(body), status, headers))
}

/// The answer's body as bytes with its content type, wrapped by `variant`.
pub async fn read_raw<R>(
    response: reqwest::Response,
    variant: impl FnOnce(RawBody) -> R,
) -> Result<ResponseValue<R>, Error> {
    let status = response.status();
    let headers = response.headers().clone();
    let content_type = headers
        .get(reqwest::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    let bytes = response.bytes().await.map_err(Error::ResponseBodyError)?;
    Ok(ResponseValue::new(
        variant(RawBody {
            content_type,
            bytes,
        }),
        status,
        headers,
    ))
}

/// An answer whose body the contract does not declare: `value`, the body left unread.
pub fn read_empty<R>(response: reqwest::Response, value: R) -> Result<ResponseValue<R>, Error> {
    Ok(ResponseValue::new(
        value,
        response.status(),
        response.headers().clone(),
    ))
}

/// A `multipart/form-data` body (RFC 7578) for an operation that takes one: text fields and
/// files, in order, then [`Multipart::into_body`].
#[derive(Debug, Default)]
pub struct Multipart {
    parts: Vec<Part>,
}

/// One part: its field name, its file name and content type (files only), its bytes.
type Part = (String, Option<(String, String)>, Bytes);

impl Multipart {
    pub fn new() -> Self {
        Multipart::default()
    }

    /// A text field.
    pub fn text(mut self, name: &str, value: impl Into<String>) -> Self {
        self.parts
            .push((name.to_owned(), None, Bytes::from(value.into())));
        self
    }

    /// A file: its field name, file name, content type and bytes.
    pub fn file(
        mut self,
        name: &str,
        file_name: &str,
        content_type: &str,
        bytes: impl Into<Bytes>,
    ) -> Self {
        self.parts.push((
            name.to_owned(),
            Some((file_name.to_owned(), content_type.to_owned())),
            bytes.into(),
        ));
        self
    }

    /// The body, with a boundary that occurs in none of the parts.
    pub fn into_body(self) -> RawBody {
        let mut n: u64 = 0x7461_6c6c_6572;
        let boundary = loop {
            let candidate = format!("taller-boundary-{n:x}");
            let clash = self.parts.iter().any(|(_, _, bytes)| {
                bytes
                    .windows(candidate.len())
                    .any(|w| w == candidate.as_bytes())
            });
            if !clash {
                break candidate;
            }
            n = n.wrapping_mul(6364136223846793005).wrapping_add(1);
        };
        // Quotes and line breaks cannot end a quoted name early (RFC 7578 §4.2 percent-encodes
        // them, as browsers do).
        let quoted = |s: &str| {
            s.replace('"', "%22")
                .replace('\r', "%0D")
                .replace('\n', "%0A")
        };
        let mut out = Vec::new();
        for (name, file, bytes) in &self.parts {
            out.extend_from_slice(format!("--{boundary}\r\n").as_bytes());
            let disposition = match file {
                Some((file_name, content_type)) => format!(
                    "Content-Disposition: form-data; name=\"{}\"; filename=\"{}\"\r\nContent-Type: {content_type}\r\n\r\n",
                    quoted(name),
                    quoted(file_name),
                    content_type = content_type.replace(['\r', '\n'], "")
                ),
                None => format!(
                    "Content-Disposition: form-data; name=\"{}\"\r\n\r\n",
                    quoted(name)
                ),
            };
            out.extend_from_slice(disposition.as_bytes());
            out.extend_from_slice(bytes);
            out.extend_from_slice(b"\r\n");
        }
        out.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
        RawBody::new(format!("multipart/form-data; boundary={boundary}"), out)
    }
}
