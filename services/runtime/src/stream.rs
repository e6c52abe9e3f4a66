//! Bodies that flow instead of being held whole: binary uploads and downloads
//! ([`ByteStream`], for every media type [`taller_contract::validate::is_streamed`] names) and
//! server-sent events ([`EventStream`], `text/event-stream`). A generated server hands an
//! operation's streamed request body to the implementation unread, and writes a streamed
//! response as the implementation produces it; neither is ever buffered by the runtime, and
//! response validation checks their status, headers and media type only.

use std::convert::Infallible;
use std::pin::Pin;
use std::time::Duration;

use axum::body::{Body, BodyDataStream};
use axum::response::sse::{self, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use bytes::Bytes;
use futures::{Stream, StreamExt};
use http::{HeaderValue, StatusCode, header};

use crate::problem::Problem;

/// Any error a byte stream may end with.
pub type BoxError = Box<dyn std::error::Error + Send + Sync>;

/// Bytes of one media type, as they arrive (a request body) or as they are produced (a
/// response body).
pub struct ByteStream {
    content_type: String,
    body: Body,
}

impl ByteStream {
    /// A body of `content_type` made of the chunks of `stream`; an error ends the response
    /// early (the client sees a body cut short, as HTTP allows no other signal).
    pub fn new<S, B, E>(content_type: impl Into<String>, stream: S) -> Self
    where
        S: Stream<Item = Result<B, E>> + Send + 'static,
        B: Into<Bytes> + 'static,
        E: Into<BoxError> + 'static,
    {
        ByteStream {
            content_type: content_type.into(),
            body: Body::from_stream(stream),
        }
    }

    /// A body of `content_type` that is already in memory.
    pub fn from_bytes(content_type: impl Into<String>, bytes: impl Into<Bytes>) -> Self {
        ByteStream {
            content_type: content_type.into(),
            body: Body::from(bytes.into()),
        }
    }

    pub(crate) fn from_body(content_type: String, body: Body) -> Self {
        ByteStream { content_type, body }
    }

    /// The `Content-Type` it was sent with, or is to be sent with.
    pub fn content_type(&self) -> &str {
        &self.content_type
    }

    /// The chunks, as they arrive.
    pub fn into_stream(self) -> BodyDataStream {
        self.body.into_data_stream()
    }

    /// Reads the whole body, refusing more than `limit` bytes: for implementations that
    /// want it in memory after all (a small file), with a bound they choose.
    pub async fn collect(self, limit: usize) -> Result<Bytes, axum::Error> {
        axum::body::to_bytes(self.body, limit).await
    }
}

impl std::fmt::Debug for ByteStream {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ByteStream")
            .field("content_type", &self.content_type)
            .finish_non_exhaustive()
    }
}

/// One server-sent event (the model the generated clients read too, from `taller-sse`).
pub use taller_sse::Event;

/// A `text/event-stream` response: events of type `T`, sent as they are produced, with a
/// keep-alive comment every 15 s unless [`EventStream::keep_alive`] says otherwise.
pub struct EventStream<T> {
    events: Pin<Box<dyn Stream<Item = Event<T>> + Send>>,
    keep_alive: Option<Duration>,
}

impl<T: serde::Serialize + Send + 'static> EventStream<T> {
    /// The events of `events`; the response ends when the stream does.
    pub fn new(events: impl Stream<Item = Event<T>> + Send + 'static) -> Self {
        EventStream {
            events: Box::pin(events),
            keep_alive: Some(Duration::from_secs(15)),
        }
    }

    /// Sends a comment line after `every` without an event (`None`: never), so proxies keep
    /// an idle stream open.
    pub fn keep_alive(mut self, every: Option<Duration>) -> Self {
        self.keep_alive = every;
        self
    }
}

impl<T> std::fmt::Debug for EventStream<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("EventStream")
            .field("keep_alive", &self.keep_alive)
            .finish_non_exhaustive()
    }
}

/// A response whose body is streamed, so the answer layer checks its head only.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Streamed;

/// A response streaming `body` with its own content type.
pub fn stream_response(status: u16, body: ByteStream) -> Response {
    let status = StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let Ok(content_type) = HeaderValue::from_str(&body.content_type) else {
        return Problem::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            format!(
                "the response content type {:?} is not valid in HTTP",
                body.content_type
            ),
        )
        .into_response();
    };
    let mut response = (status, [(header::CONTENT_TYPE, content_type)], body.body).into_response();
    response.extensions_mut().insert(Streamed);
    crate::stub::declared(response)
}

/// A `text/event-stream` response sending the events of `stream` as they come.
pub fn event_stream_response<T: serde::Serialize + Send + 'static>(
    status: u16,
    stream: EventStream<T>,
) -> Response {
    let status = StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let events = stream
        .events
        .map(|event| Ok::<_, Infallible>(to_sse(event)));
    let mut response = match stream.keep_alive {
        Some(every) => Sse::new(events)
            .keep_alive(KeepAlive::new().interval(every))
            .into_response(),
        None => Sse::new(events).into_response(),
    };
    *response.status_mut() = status;
    response.extensions_mut().insert(Streamed);
    crate::stub::declared(response)
}

/// The wire form of one event. Line breaks and NULs cannot be carried by `event:` and `id:`
/// (a line break would start another field), so they are dropped there; `data` keeps them
/// (split across `data:` lines, as the format says).
fn to_sse<T: serde::Serialize>(event: Event<T>) -> sse::Event {
    let one_line = |text: String| text.replace(['\r', '\n', '\0'], "");
    let mut out = match serde_json::to_value(&event.data) {
        Ok(serde_json::Value::String(text)) => sse::Event::default().data(text),
        Ok(value) => sse::Event::default().data(value.to_string()),
        Err(error) => {
            tracing::error!(%error, "an event's data could not be written as JSON");
            return sse::Event::default()
                .event("error")
                .data("the event could not be written");
        }
    };
    if let Some(name) = event.event {
        out = out.event(one_line(name));
    }
    if let Some(id) = event.id {
        out = out.id(one_line(id));
    }
    if let Some(retry) = event.retry {
        out = out.retry(retry);
    }
    out
}

/// Whether the response streams its body (set by [`stream_response`] and
/// [`event_stream_response`]).
pub(crate) fn is_streamed(response: &Response) -> bool {
    response.extensions().get::<Streamed>().is_some()
}
