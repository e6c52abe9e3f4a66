//! Server-sent events (`text/event-stream`, the WHATWG HTML "server-sent events" format): the
//! [`Event`] a generated server sends (through `taller_runtime::stream::EventStream`) and a
//! client receives, and [`events`], which reads a response's byte stream into typed events.
//!
//! ```ignore
//! let answer = client.watch_items().send().await?;
//! let mut items = taller_sse::events::<types::Item, _, _>(answer.into_inner().into_inner());
//! while let Some(event) = items.next().await { let event = event?; /* event.data: Item */ }
//! ```

use std::collections::VecDeque;
use std::time::Duration;

use bytes::{Buf, BytesMut};
use futures::{Stream, StreamExt};
use serde::de::DeserializeOwned;

/// One server-sent event: its `data` and the optional `event` name, `id` and `retry` fields.
#[derive(Debug, Clone, PartialEq)]
pub struct Event<T> {
    pub data: T,
    pub event: Option<String>,
    pub id: Option<String>,
    pub retry: Option<Duration>,
}

impl<T> Event<T> {
    /// An event carrying `data`, with no name, id or retry.
    pub fn new(data: T) -> Self {
        Event {
            data,
            event: None,
            id: None,
            retry: None,
        }
    }

    /// Names the event (`event:`), for `addEventListener(name, …)`.
    pub fn event(mut self, name: impl Into<String>) -> Self {
        self.event = Some(name.into());
        self
    }

    /// Sets the event's `id:` (a client reconnects with it as `Last-Event-ID`).
    pub fn id(mut self, id: impl Into<String>) -> Self {
        self.id = Some(id.into());
        self
    }

    /// Sets the `retry:` hint.
    pub fn retry(mut self, after: Duration) -> Self {
        self.retry = Some(after);
        self
    }
}

/// Why an event could not be read.
#[derive(Debug, thiserror::Error)]
pub enum EventError {
    /// The byte stream failed (the connection broke); nothing more follows.
    #[error("the event stream broke: {0}")]
    Transport(Box<dyn std::error::Error + Send + Sync>),
    /// An event's data is not a value of the expected type; the stream goes on.
    #[error("the data of event {id:?} is not the type the contract declares: {error}")]
    Data {
        id: Option<String>,
        data: String,
        error: serde_json::Error,
    },
    /// The stream exceeded [`MAX_EVENT_BYTES`] without ending an event; nothing more follows.
    #[error("an event is larger than {MAX_EVENT_BYTES} bytes")]
    TooLarge,
}

/// The most bytes one event (its lines, before the blank line that ends it) may take.
pub const MAX_EVENT_BYTES: usize = 16 * 1024 * 1024;

/// The events of a `text/event-stream` body, `data` read as `T`: as JSON, or, when that
/// fails, as the text itself (for string data). Comments and events without data are skipped,
/// an event cut off by the end of the stream is dropped, as the format says.
pub fn events<T, S, E>(bytes: S) -> impl Stream<Item = Result<Event<T>, EventError>> + Send
where
    T: DeserializeOwned + Send + 'static,
    S: Stream<Item = Result<bytes::Bytes, E>> + Send + 'static,
    E: Into<Box<dyn std::error::Error + Send + Sync>> + 'static,
{
    let reader = Reader {
        bytes: Box::pin(bytes),
        buffer: BytesMut::new(),
        fields: Fields::default(),
        ready: VecDeque::new(),
        done: false,
        skip_lf: false,
    };
    futures::stream::unfold(reader, |mut reader| async move {
        let item = reader.next().await?;
        Some((item, reader))
    })
}

/// The fields of the event being read.
#[derive(Default)]
struct Fields {
    data: Option<String>,
    event: Option<String>,
    last_id: Option<String>,
    retry: Option<Duration>,
    bytes: usize,
}

type Chunks<E> = std::pin::Pin<Box<dyn Stream<Item = Result<bytes::Bytes, E>> + Send + 'static>>;

struct Reader<T, E> {
    bytes: Chunks<E>,
    buffer: BytesMut,
    fields: Fields,
    ready: VecDeque<Result<Event<T>, EventError>>,
    done: bool,
    /// The last line ended with `\r`: a `\n` starting the next chunk belongs to it.
    skip_lf: bool,
}

impl<T: DeserializeOwned, E: Into<Box<dyn std::error::Error + Send + Sync>>> Reader<T, E> {
    async fn next(&mut self) -> Option<Result<Event<T>, EventError>> {
        loop {
            if let Some(item) = self.ready.pop_front() {
                return Some(item);
            }
            if self.done {
                return None;
            }
            match self.bytes.next().await {
                Some(Ok(chunk)) => {
                    self.buffer.extend_from_slice(&chunk);
                    self.lines();
                    if self.buffer.len() + self.fields.bytes > MAX_EVENT_BYTES {
                        self.done = true;
                        self.ready.push_back(Err(EventError::TooLarge));
                    }
                }
                Some(Err(error)) => {
                    self.done = true;
                    self.ready
                        .push_back(Err(EventError::Transport(error.into())));
                }
                None => self.done = true,
            }
        }
    }

    /// Takes every complete line out of the buffer (ended by CRLF, LF or CR).
    fn lines(&mut self) {
        loop {
            if self.skip_lf && self.buffer.first() == Some(&b'\n') {
                self.buffer.advance(1);
            }
            self.skip_lf = false;
            let Some(end) = self.buffer.iter().position(|b| *b == b'\n' || *b == b'\r') else {
                return;
            };
            let line = self.buffer.split_to(end);
            let ending = self.buffer[0];
            self.buffer.advance(1);
            if ending == b'\r' {
                self.skip_lf = true;
            }
            self.line(&String::from_utf8_lossy(&line));
        }
    }

    fn line(&mut self, line: &str) {
        if line.is_empty() {
            self.dispatch();
            return;
        }
        if line.starts_with(':') {
            return;
        }
        self.fields.bytes += line.len();
        let (name, value) = match line.split_once(':') {
            Some((name, value)) => (name, value.strip_prefix(' ').unwrap_or(value)),
            None => (line, ""),
        };
        match name {
            "data" => {
                // Each `data:` line ends with a line break; the last one is cut at dispatch.
                let data = self.fields.data.get_or_insert_with(String::new);
                data.push_str(value);
                data.push('\n');
            }
            "event" => self.fields.event = Some(value.to_owned()),
            "id" if !value.contains('\0') => self.fields.last_id = Some(value.to_owned()),
            "retry" if !value.is_empty() && value.bytes().all(|b| b.is_ascii_digit()) => {
                if let Ok(ms) = value.parse::<u64>() {
                    self.fields.retry = Some(Duration::from_millis(ms));
                }
            }
            _ => {}
        }
    }

    /// A blank line ends the event: sent when it has data, forgotten otherwise (its id stays).
    fn dispatch(&mut self) {
        let event = self.fields.event.take();
        let retry = self.fields.retry.take();
        self.fields.bytes = 0;
        let Some(mut data) = self.fields.data.take() else {
            return;
        };
        data.pop(); // the line break after the last `data:` line
        let id = self.fields.last_id.clone();
        let parsed = serde_json::from_str::<T>(&data).or_else(|error| {
            T::deserialize(serde_json::Value::String(data.clone())).map_err(|_| error)
        });
        self.ready.push_back(match parsed {
            Ok(value) => Ok(Event {
                data: value,
                event,
                id,
                retry,
            }),
            Err(error) => Err(EventError::Data { id, data, error }),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, PartialEq, serde::Deserialize)]
    struct Item {
        id: u32,
    }

    /// Reads `chunks` as one body, chunk by chunk.
    async fn read<T: DeserializeOwned + Send + 'static>(
        chunks: &[&str],
    ) -> Vec<Result<Event<T>, String>> {
        let owned: Vec<Result<bytes::Bytes, std::io::Error>> = chunks
            .iter()
            .map(|c| Ok(bytes::Bytes::copy_from_slice(c.as_bytes())))
            .collect();
        events::<T, _, _>(futures::stream::iter(owned))
            .map(|r| r.map_err(|e| e.to_string()))
            .collect()
            .await
    }

    #[tokio::test]
    async fn typed_events_with_their_fields_across_chunk_boundaries() {
        let got = read::<Item>(&[
            ": a comment\n",
            "event: item\nid: 7\nretry: 1500\nda",
            "ta: {\"id\"",
            ": 1}\r",
            "\n\r\ndata: {\"id\": 2}\n\n",
        ])
        .await;
        assert_eq!(
            got,
            vec![
                Ok(Event::new(Item { id: 1 })
                    .event("item")
                    .id("7")
                    .retry(Duration::from_millis(1500))),
                // The id carries over to the next event, the name and retry do not.
                Ok(Event::new(Item { id: 2 }).id("7")),
            ]
        );
    }

    #[tokio::test]
    async fn text_data_lines_join_and_unfinished_events_are_dropped() {
        let got = read::<String>(&["data: one\ndata:two\n\ndata: {\"x\":1}\n\ndata: cut"]).await;
        assert_eq!(
            got,
            vec![
                Ok(Event::new("one\ntwo".to_owned())),
                // JSON that is not a string is read as its text when `T` is a string.
                Ok(Event::new("{\"x\":1}".to_owned())),
            ]
        );
    }

    #[tokio::test]
    async fn bad_data_is_an_error_for_that_event_only() {
        let got = read::<Item>(&["id: 1\ndata: nope\n\nevent: x\n\ndata: {\"id\": 3}\n\n"]).await;
        assert_eq!(got.len(), 2, "{got:?}");
        assert!(got[0].as_ref().unwrap_err().contains("\"1\""), "{got:?}");
        // An event without data is not sent.
        assert_eq!(got[1], Ok(Event::new(Item { id: 3 }).id("1")));
    }

    #[tokio::test]
    async fn a_broken_stream_ends_with_its_error() {
        let chunks: Vec<Result<bytes::Bytes, std::io::Error>> = vec![
            Ok(bytes::Bytes::from_static(b"data: 1\n\n")),
            Err(std::io::Error::other("reset")),
            Ok(bytes::Bytes::from_static(b"data: 2\n\n")),
        ];
        let got: Vec<_> = events::<u32, _, _>(futures::stream::iter(chunks))
            .collect()
            .await;
        assert_eq!(got.len(), 2);
        assert_eq!(got[0].as_ref().unwrap().data, 1);
        assert!(matches!(got[1], Err(EventError::Transport(_))));
    }
}
