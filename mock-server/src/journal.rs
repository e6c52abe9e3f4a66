//! What happened to each request, beyond Prism: the request log as one JSON object per request
//! (`--log-format json`, prism #2315) and, with `--admin`, the requests received, listed and
//! cleared over HTTP (`/__admin/requests`), so a test can assert what its client sent.

use std::collections::VecDeque;
use std::sync::Mutex;

use bytes::Bytes;
use http::header::{self, HeaderValue};
use http::{Method, Response, StatusCode};
use http_body_util::Full;
use serde_json::{Map, Value, json};

/// The admin endpoint's path.
pub const ADMIN_PATH: &str = "/__admin/requests";

/// How many requests `--admin` keeps; older ones are dropped first (and counted).
pub const HISTORY_LIMIT: usize = 10_000;

/// How the request log is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum LogFormat {
    /// One line per request for people: `GET /pets -> 200 (0.12 ms)`.
    Text,
    /// One JSON object per line: time, method, path, operationId, status, duration, violations.
    Json,
}

/// One request and its answer.
pub struct Entry<'a> {
    pub method: &'a Method,
    pub uri: &'a http::Uri,
    pub headers: &'a http::HeaderMap,
    pub body: &'a Bytes,
    pub operation: Option<&'a str>,
    pub status: u16,
    pub duration_ms: f64,
    /// The `sl-violations` entries of the answer.
    pub violations: &'a [Value],
    /// What the log adds below the line (the proxy's `forwarded to …`).
    pub notes: &'a [String],
    pub trace_id: Option<String>,
}

impl Entry<'_> {
    /// The JSON log line: what `--log-format json` prints.
    pub fn log_object(&self, time: &str) -> Value {
        let mut o = Map::new();
        o.insert("time".into(), time.into());
        o.insert("method".into(), self.method.as_str().into());
        o.insert("path".into(), self.uri.path().into());
        if let Some(q) = self.uri.query() {
            o.insert("query".into(), q.into());
        }
        o.insert(
            "operationId".into(),
            self.operation.map_or(Value::Null, Value::from),
        );
        o.insert("status".into(), self.status.into());
        o.insert(
            "durationMs".into(),
            json!((self.duration_ms * 1000.0).round() / 1000.0),
        );
        o.insert("violations".into(), Value::Array(self.violations.to_vec()));
        if let Some(t) = &self.trace_id {
            o.insert("traceId".into(), t.clone().into());
        }
        if !self.notes.is_empty() {
            o.insert("notes".into(), json!(self.notes));
        }
        Value::Object(o)
    }

    /// What `/__admin/requests` lists: the log object plus the request's headers and body.
    fn record(&self, time: &str) -> Value {
        let mut v = self.log_object(time);
        let mut headers = Map::new();
        for (name, value) in self.headers {
            let text = String::from_utf8_lossy(value.as_bytes()).into_owned();
            match headers.get_mut(name.as_str()) {
                Some(Value::String(seen)) => {
                    seen.push_str(", ");
                    seen.push_str(&text);
                }
                _ => {
                    headers.insert(name.as_str().into(), text.into());
                }
            }
        }
        if let Value::Object(o) = &mut v {
            o.insert("headers".into(), Value::Object(headers));
            if !self.body.is_empty() {
                let json = self
                    .headers
                    .get(header::CONTENT_TYPE)
                    .and_then(|c| c.to_str().ok())
                    .is_some_and(|c| c.contains("json"));
                let parsed = json
                    .then(|| serde_json::from_slice::<Value>(self.body).ok())
                    .flatten();
                let body = parsed
                    .unwrap_or_else(|| String::from_utf8_lossy(self.body).into_owned().into());
                o.insert("body".into(), body);
            }
        }
        v
    }
}

/// The current time as RFC 3339 with milliseconds (UTC).
pub fn now() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}

/// The requests received, oldest first, at most [`HISTORY_LIMIT`].
#[derive(Default)]
pub struct History {
    inner: Mutex<(VecDeque<Value>, u64)>,
}

impl History {
    pub fn push(&self, entry: &Entry<'_>, time: &str) {
        let record = entry.record(time);
        let mut guard = self.inner.lock().unwrap_or_else(|e| e.into_inner());
        let (list, dropped) = &mut *guard;
        if list.len() == HISTORY_LIMIT {
            list.pop_front();
            *dropped += 1;
        }
        list.push_back(record);
    }

    /// `GET /__admin/requests` lists (`?method=`, `?path=`, `?operationId=` filter it),
    /// `DELETE` clears; anything else is a 405.
    pub fn serve(&self, method: &Method, uri: &http::Uri) -> Response<Full<Bytes>> {
        let mut guard = self.inner.lock().unwrap_or_else(|e| e.into_inner());
        let (list, dropped) = &mut *guard;
        let (status, body) = match *method {
            Method::GET | Method::HEAD => {
                let filters: Vec<(String, String)> = uri
                    .query()
                    .map(|q| form_urlencoded::parse(q.as_bytes()).into_owned().collect())
                    .unwrap_or_default();
                let keep = |r: &&Value| {
                    filters.iter().all(|(k, want)| {
                        r.get(k.as_str()).and_then(Value::as_str).is_some_and(|v| {
                            if k == "method" {
                                v.eq_ignore_ascii_case(want)
                            } else {
                                v == want
                            }
                        })
                    })
                };
                let requests: Vec<&Value> = list.iter().filter(keep).collect();
                (
                    StatusCode::OK,
                    json!({"requests": requests, "dropped": *dropped}),
                )
            }
            Method::DELETE => {
                list.clear();
                *dropped = 0;
                return Response::builder()
                    .status(StatusCode::NO_CONTENT)
                    .body(Full::new(Bytes::new()))
                    .unwrap_or_default();
            }
            _ => (
                StatusCode::METHOD_NOT_ALLOWED,
                json!({
                    "type": "about:blank",
                    "title": "Method Not Allowed",
                    "status": 405,
                    "detail": format!("{ADMIN_PATH} takes GET (list) and DELETE (clear)"),
                }),
            ),
        };
        let media = if status.is_success() {
            "application/json"
        } else {
            "application/problem+json"
        };
        let mut r = Response::new(Full::new(Bytes::from(body.to_string())));
        *r.status_mut() = status;
        r.headers_mut()
            .insert(header::CONTENT_TYPE, HeaderValue::from_static(media));
        if status == StatusCode::METHOD_NOT_ALLOWED {
            r.headers_mut()
                .insert(header::ALLOW, HeaderValue::from_static("GET, HEAD, DELETE"));
        }
        r
    }
}
