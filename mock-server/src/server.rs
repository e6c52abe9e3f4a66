//! The HTTP side: hyper serves every connection; each request goes through CORS, mount and
//! route lookup, security, validation, response selection and negotiation, then writes the
//! pre-rendered bytes (or freshly generated ones in dynamic mode).

use std::collections::HashMap;
use std::convert::Infallible;
use std::sync::Arc;
use std::time::{Duration, Instant};

use arc_swap::ArcSwap;
use bytes::Bytes;
use http::header::{self, HeaderName, HeaderValue};
use http::{Method, Request, Response, StatusCode};
use http_body_util::{BodyExt, Full, Limited};
use hyper::service::service_fn;
use hyper_util::rt::TokioIo;
use percent_encoding::percent_decode_str;
use rand::SeedableRng;
use rand::rngs::StdRng;
use serde_json::Value;
use taller_runtime::metrics::{self, Metrics, ValidationFailure};
use tokio::net::TcpListener;
use tokio_rustls::TlsAcceptor;

use crate::docs;
use crate::error::MockError;
use crate::generate;
use crate::negotiate;
use crate::problem::to_problem;
use crate::render::render;
use crate::security;
use crate::spec::{Api, Content, Operation, Prepared, Settings, StatusKey};
use crate::state::Store;
use crate::validate::{self, BodyOutcome, RequestView, Severity, Side, Violation};

/// Largest request body read (bigger ones are cut off and fail validation).
const BODY_LIMIT: usize = 16 * 1024 * 1024;

/// One spec served under a path prefix.
pub struct Mount {
    /// Prefix without trailing slash (`""` for the root).
    pub prefix: String,
    /// What the user gave (path or URL), to reload from.
    pub spec: String,
    pub api: ArcSwap<Api>,
    pub store: Store,
}

/// Everything the server needs.
pub struct App {
    /// Sorted by prefix length, longest first (stable: same prefixes keep their order).
    pub mounts: Vec<Arc<Mount>>,
    pub settings: Settings,
    pub docs: bool,
    pub quiet: bool,
    /// `proxy`: where requests are forwarded (the one mount's spec validates them).
    pub proxy: Option<crate::proxy::Upstream>,
    /// With `--docs`: what `GET /metrics` serves (see [`record`]).
    pub metrics: Option<Metrics>,
    /// How the request log is written.
    pub log_format: crate::journal::LogFormat,
    /// With `--admin`: the requests received, served at [`crate::journal::ADMIN_PATH`].
    pub history: Option<crate::journal::History>,
}

impl App {
    /// Whether each answer becomes a journal entry (the JSON log or the admin history).
    fn journals(&self) -> bool {
        self.history.is_some()
            || (!self.quiet && self.log_format == crate::journal::LogFormat::Json)
    }

    /// Whether anything reads the [`Answered`] note (the metrics, a journal entry): without
    /// a reader the answer is not given one.
    fn reads_answered(&self) -> bool {
        self.metrics.is_some() || self.journals()
    }
}

pub(crate) type Body = Full<Bytes>;

/// What the request log adds below a request's line (set by the proxy on its answers).
#[derive(Clone, Default)]
pub(crate) struct LogNote(pub Vec<String>);

/// How long in-flight requests may take to finish once a stop signal arrives.
const SHUTDOWN_GRACE: std::time::Duration = std::time::Duration::from_secs(10);

/// How long a client may take over the TLS handshake before its connection is dropped.
const HANDSHAKE_TIMEOUT: Duration = Duration::from_secs(10);

/// Accepts connections until SIGINT or SIGTERM, then stops accepting and lets the requests in
/// flight finish (up to [`SHUTDOWN_GRACE`]), so a container stop or Ctrl-C drops no answer.
/// With `tls` every connection is a TLS one: the handshake runs on the connection's task (a
/// failed or stalled one, [`HANDSHAKE_TIMEOUT`], drops just that connection; one still under
/// way when the stop signal arrives is dropped too).
pub async fn serve(
    app: Arc<App>,
    listener: TcpListener,
    tls: Option<TlsAcceptor>,
    stop: StopSignal,
) {
    let graceful = hyper_util::server::graceful::GracefulShutdown::new();
    let (stopping, stopped) = tokio::sync::watch::channel(false);
    let mut stop = std::pin::pin!(stop.wait());
    loop {
        let accepted = tokio::select! {
            accepted = listener.accept() => accepted,
            () = &mut stop => break,
        };
        let Ok((stream, _)) = accepted else {
            continue;
        };
        let _ = stream.set_nodelay(true);
        let app = Arc::clone(&app);
        let watcher = graceful.watcher();
        let tls = tls.clone();
        let mut stopped = stopped.clone();
        tokio::spawn(async move {
            let Some(acceptor) = tls else {
                return serve_connection(app, TokioIo::new(stream), watcher).await;
            };
            let handshake = tokio::time::timeout(HANDSHAKE_TIMEOUT, acceptor.accept(stream));
            let stream = tokio::select! {
                done = handshake => match done {
                    Ok(Ok(stream)) => stream,
                    _ => return,
                },
                _ = stopped.wait_for(|stopped| *stopped) => return,
            };
            serve_connection(app, TokioIo::new(stream), watcher).await;
        });
    }
    drop(listener);
    let _ = stopping.send(true);
    if tokio::time::timeout(SHUTDOWN_GRACE, graceful.shutdown())
        .await
        .is_err()
    {
        eprintln!("mock-server: requests still running after {SHUTDOWN_GRACE:?}; stopping anyway");
    }
    crate::output::flush_within(FLUSH_LIMIT);
}

/// How long an ending process waits to write the queued log (a stdout nobody reads would
/// otherwise keep it from ending).
const FLUSH_LIMIT: Duration = Duration::from_secs(1);

/// Serves HTTP/1.1 or HTTP/2 (whichever the client speaks) on one connection until it ends or
/// the graceful shutdown closes it.
async fn serve_connection<I>(app: Arc<App>, io: I, watcher: hyper_util::server::graceful::Watcher)
where
    I: hyper::rt::Read + hyper::rt::Write + Unpin + Send + 'static,
{
    let service = service_fn(move |req| {
        let app = Arc::clone(&app);
        async move { Ok::<_, Infallible>(handle(&app, req).await) }
    });
    let builder = taller_runtime::service::http_builder();
    let connection = builder.serve_connection(io, service).into_owned();
    let _ = watcher.watch(connection).await;
}

/// SIGINT and SIGTERM, listened for from [`StopSignal::listen`] on (before the start-up lines
/// are printed, so a stop sent as soon as they are seen ends the server gracefully).
pub struct StopSignal(tokio::sync::watch::Receiver<bool>);

impl StopSignal {
    /// Starts listening: the signals are awaited on a thread of their own (with its own small
    /// runtime), so they are seen even when every worker of the server's runtime is busy; if
    /// the server has not ended [`SHUTDOWN_GRACE`] plus a second after the signal, that thread
    /// ends the process itself (exit code 128 + the signal). Returns once the handlers are in
    /// place (without the thread, the signals keep their default action).
    pub fn listen() -> StopSignal {
        let (tx, rx) = tokio::sync::watch::channel(false);
        let (ready, listening) = std::sync::mpsc::channel::<()>();
        let spawned = std::thread::Builder::new()
            .name("signals".into())
            .spawn(move || {
                let Ok(runtime) = tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()
                else {
                    return;
                };
                runtime.block_on(async move {
                    use tokio::signal::unix::{SignalKind, signal};
                    let (Ok(mut interrupt), Ok(mut terminate)) = (
                        signal(SignalKind::interrupt()),
                        signal(SignalKind::terminate()),
                    ) else {
                        return;
                    };
                    let _ = ready.send(());
                    let code = tokio::select! {
                        _ = interrupt.recv() => 130,
                        _ = terminate.recv() => 143,
                    };
                    let _ = tx.send(true);
                    tokio::time::sleep(SHUTDOWN_GRACE + Duration::from_secs(1)).await;
                    eprintln!(
                        "mock-server: still running {SHUTDOWN_GRACE:?} after the stop signal; exiting"
                    );
                    crate::output::flush_within(FLUSH_LIMIT);
                    std::process::exit(code);
                });
            });
        if spawned.is_ok() {
            let _ = listening.recv_timeout(Duration::from_secs(5));
        }
        StopSignal(rx)
    }

    /// Resolves on the first signal (never, when nobody listens for them).
    async fn wait(mut self) {
        if self.0.wait_for(|stopped| *stopped).await.is_err() {
            std::future::pending::<()>().await;
        }
    }
}

/// The answer to one request: what a connection's service calls, and the criterion bench of
/// the request path with a body of its own.
pub async fn handle<B>(app: &App, req: Request<B>) -> Response<Body>
where
    B: hyper::body::Body,
    B::Error: Into<Box<dyn std::error::Error + Send + Sync>>,
{
    let Some(metrics) = &app.metrics else {
        return answer_request(app, req).await;
    };
    let started = Instant::now();
    if req.uri().path() == metrics::METRICS_PATH && req.method() == Method::GET {
        return exposition(metrics);
    }
    let method = req.method().clone();
    let in_flight = metrics.in_flight();
    let response = answer_request(app, req).await;
    drop(in_flight);
    record(metrics, &method, &response, started.elapsed());
    response
}

/// `GET /metrics`: the text exposition, itself not counted.
fn exposition(metrics: &Metrics) -> Response<Body> {
    let mut response = Response::new(Full::new(Bytes::from(metrics.render())));
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static(metrics::CONTENT_TYPE),
    );
    response
}

/// Counts one answer under the operation that took it (a built-in route's name, or
/// `unmatched`), and which sides broke the contract.
fn record(metrics: &Metrics, method: &Method, response: &Response<Body>, elapsed: Duration) {
    let extensions = response.extensions();
    let operation = match (extensions.get::<Answered>(), extensions.get::<Builtin>()) {
        (Some(Answered(id)), _) => id,
        (None, Some(Builtin(name))) => *name,
        (None, None) => metrics::UNMATCHED,
    };
    metrics.observe(operation, method, response.status().as_u16(), elapsed);
    if let Some(broken) = extensions.get::<Broken>() {
        for (broke, kind) in [
            (broken.request, ValidationFailure::Request),
            (broken.response, ValidationFailure::Response),
        ] {
            if broke {
                metrics.validation_failure(operation, kind);
            }
        }
    }
}

/// A built-in route (`--docs`) answered, named for the metrics.
#[derive(Clone, Copy)]
struct Builtin(&'static str);

async fn answer_request<B>(app: &App, req: Request<B>) -> Response<Body>
where
    B: hyper::body::Body,
    B::Error: Into<Box<dyn std::error::Error + Send + Sync>>,
{
    let started = Instant::now();
    let (parts, body) = req.into_parts();
    // A body over the limit is answered 413 (not read at all when its length says so) and the
    // connection closed, so that no proxy reuses it with unread bytes on it.
    let declared = parts
        .headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    let body = if let Some(detail) = taller_runtime::service::head_refusal(&parts.headers) {
        Err(MockError::HeadersTooLarge { detail })
    } else if declared.is_some_and(|length| length > BODY_LIMIT as u64) {
        Err(MockError::PayloadTooLarge { limit: BODY_LIMIT })
    } else {
        match Limited::new(body, BODY_LIMIT).collect().await {
            Ok(collected) => Ok(collected.to_bytes()),
            Err(e) if e.is::<http_body_util::LengthLimitError>() => {
                Err(MockError::PayloadTooLarge { limit: BODY_LIMIT })
            }
            Err(e) => Err(MockError::BodyUnreadable(e.to_string())),
        }
    };
    let body = match body {
        Ok(body) => body,
        Err(error) => {
            let mut response = problem_response(&error, Vec::new());
            response
                .headers_mut()
                .insert(header::CONNECTION, HeaderValue::from_static("close"));
            return response;
        }
    };
    if app.settings.delay_ms > 0 {
        tokio::time::sleep(std::time::Duration::from_millis(app.settings.delay_ms)).await;
    }
    let origin = parts.headers.get(header::ORIGIN).cloned();
    if let Some(history) = &app.history
        && parts.uri.path() == crate::journal::ADMIN_PATH
    {
        let mut r = history.serve(&parts.method, &parts.uri);
        r.extensions_mut().insert(Builtin("admin"));
        return r;
    }
    let mut response = if app.settings.cors
        && parts.method == Method::OPTIONS
        && origin.is_some()
        && parts
            .headers
            .contains_key(header::ACCESS_CONTROL_REQUEST_METHOD)
    {
        preflight(&parts.headers)
    } else if let Some(mut r) = app
        .docs
        .then(|| docs::serve(app, parts.uri.path()))
        .flatten()
    {
        let name = metrics::builtin_operation(parts.uri.path()).unwrap_or("docs");
        r.extensions_mut().insert(Builtin(name));
        r
    } else if let Some(upstream) = &app.proxy {
        crate::proxy::dispatch(app, upstream, &parts, &body).await
    } else {
        match dispatch(app, &parts, &body).await {
            Ok(r) => r,
            Err(e) => problem_response(&e, Vec::new()),
        }
    };
    if app.settings.cors {
        add_cors(response.headers_mut(), origin);
    }
    if parts.method == Method::HEAD {
        *response.body_mut() = Full::new(Bytes::new());
    }
    let note = response.extensions_mut().remove::<LogNote>();
    let json_log = app.log_format == crate::journal::LogFormat::Json;
    if !app.journals() {
        if !app.quiet {
            log_text(&parts, &response, started.elapsed(), note.as_ref());
        }
        return response;
    }
    let violations = response
        .extensions()
        .get::<Reported>()
        .map(|r| r.0.as_slice())
        .unwrap_or_default();
    let entry = crate::journal::Entry {
        method: &parts.method,
        uri: &parts.uri,
        headers: &parts.headers,
        body: &body,
        operation: response
            .extensions()
            .get::<Answered>()
            .map(|Answered(id)| &**id),
        status: response.status().as_u16(),
        duration_ms: started.elapsed().as_secs_f64() * 1000.0,
        violations,
        notes: note.as_ref().map(|n| n.0.as_slice()).unwrap_or_default(),
        trace_id: taller_runtime::TraceContext::parent_in(&parts.headers)
            .map(|parent| parent.trace_id.to_string()),
    };
    let time = crate::journal::now();
    if let Some(history) = &app.history {
        history.push(&entry, &time);
    }
    if !app.quiet {
        if json_log {
            let mut line = entry.log_object(&time).to_string();
            line.push('\n');
            crate::output::print(&line);
        } else {
            log_text(&parts, &response, started.elapsed(), note.as_ref());
        }
    }
    response
}

/// The request log's line for people (`GET /pets -> 200 (0.12 ms)`), with the caller's W3C
/// trace id to find it beside the caller's own, and the notes below it.
fn log_text(
    parts: &http::request::Parts,
    response: &Response<Body>,
    elapsed: Duration,
    note: Option<&LogNote>,
) {
    crate::output::print(&log_entry(parts, response.status(), elapsed, note));
}

/// [`log_text`]'s entry: its line, then the notes below it.
fn log_entry(
    parts: &http::request::Parts,
    status: StatusCode,
    elapsed: Duration,
    note: Option<&LogNote>,
) -> String {
    let trace = taller_runtime::TraceContext::parent_in(&parts.headers)
        .map(|parent| format!(" trace_id={}", parent.trace_id))
        .unwrap_or_default();
    use std::fmt::Write as _;
    // Written piece by piece, without formatting a float: one line per request.
    let mut out = String::with_capacity(96);
    out.push_str(parts.method.as_str());
    out.push(' ');
    match parts.uri.path_and_query() {
        Some(target) if parts.uri.scheme().is_none() => out.push_str(target.as_str()),
        _ => {
            let _ = write!(out, "{}", parts.uri);
        }
    }
    out.push_str(" -> ");
    out.push_str(status.as_str());
    // Milliseconds to two decimals, rounded half up.
    let hundredths = (elapsed.as_micros() + 5) / 10;
    let _ = writeln!(
        out,
        " ({}.{:02} ms){trace}",
        hundredths / 100,
        hundredths % 100
    );
    for line in note.iter().flat_map(|n| &n.0) {
        let _ = writeln!(out, "  {line}");
    }
    out
}

fn preflight(headers: &http::HeaderMap) -> Response<Body> {
    let mut r = Response::new(Full::new(Bytes::new()));
    *r.status_mut() = StatusCode::NO_CONTENT;
    let h = r.headers_mut();
    if let Some(m) = headers.get(header::ACCESS_CONTROL_REQUEST_METHOD) {
        h.insert(header::ACCESS_CONTROL_ALLOW_METHODS, m.clone());
    }
    if let Some(v) = headers.get(header::ACCESS_CONTROL_REQUEST_HEADERS) {
        h.insert(header::ACCESS_CONTROL_ALLOW_HEADERS, v.clone());
    }
    h.insert(header::VARY, HeaderValue::from_static("Origin"));
    r
}

/// CORS headers the answer does not set itself (as in Prism, where the response's own headers,
/// the spec's or the upstream's, are written after these).
fn add_cors(headers: &mut http::HeaderMap, origin: Option<HeaderValue>) {
    headers.reserve(4);
    // Echo the caller's origin: `*` cannot be combined with credentials in browsers.
    headers
        .entry(header::ACCESS_CONTROL_ALLOW_ORIGIN)
        .or_insert(origin.unwrap_or(HeaderValue::from_static("*")));
    headers
        .entry(header::ACCESS_CONTROL_ALLOW_HEADERS)
        .or_insert(HeaderValue::from_static("*"));
    headers
        .entry(header::ACCESS_CONTROL_ALLOW_CREDENTIALS)
        .or_insert(HeaderValue::from_static("true"));
    headers
        .entry(header::ACCESS_CONTROL_EXPOSE_HEADERS)
        .or_insert(HeaderValue::from_static("*"));
}

pub(crate) fn problem_response(error: &MockError, violations: Vec<Violation>) -> Response<Body> {
    let p = to_problem(error);
    let mut r = Response::new(Full::new(p.body));
    *r.status_mut() = p.status;
    let h = r.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/problem+json"),
    );
    if let Some(w) = p.www_authenticate {
        h.insert(header::WWW_AUTHENTICATE, w);
    }
    if let Some(allow) = p.allow {
        h.insert(header::ALLOW, allow);
    }
    set_violations(&mut r, &violations);
    r
}

/// Longest `sl-violations` value; a longer list is cut and prefixed as Prism does.
const VIOLATIONS_HEADER_LIMIT: usize = 8 * 1024 - 100;

/// Which sides of an exchange broke the contract, noted on the answer for the metrics (see
/// [`handle`]). A failed security check is no contract validation and is not noted.
#[derive(Clone, Copy, Default)]
pub(crate) struct Broken {
    request: bool,
    response: bool,
}

/// The operation that took a request, noted on its answer for the metrics.
#[derive(Clone)]
pub(crate) struct Answered(pub Arc<str>);

/// Sets `sl-violations` on `response` and notes which sides broke the contract.
pub(crate) fn set_violations(response: &mut Response<Body>, violations: &[Violation]) {
    let broke = |side: Side| {
        violations.iter().any(|v| {
            v.side == side && v.severity == Severity::Error && v.code != Some(Value::from(401))
        })
    };
    let broken = Broken {
        request: broke(Side::Request),
        response: broke(Side::Response),
    };
    if broken.request || broken.response {
        response.extensions_mut().insert(broken);
    }
    set_violations_header(response, violations);
}

/// The violations an answer reports (its `sl-violations` entries), for the JSON log and the
/// admin endpoint.
#[derive(Clone)]
pub(crate) struct Reported(pub Vec<Value>);

fn set_violations_header(response: &mut Response<Body>, violations: &[Violation]) {
    if violations.is_empty() {
        return;
    }
    let list: Vec<Value> = violations.iter().map(Violation::header_entry).collect();
    let mut text = serde_json::to_string(&list).unwrap_or_default();
    response.extensions_mut().insert(Reported(list));
    let headers = response.headers_mut();
    if text.len() > VIOLATIONS_HEADER_LIMIT {
        let mut cut = VIOLATIONS_HEADER_LIMIT;
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        text = format!("Too many violations! {}", &text[..cut]);
    }
    // Bytes, not `from_str`: messages may quote non-ASCII text from the spec or the request.
    if let Ok(v) = HeaderValue::from_bytes(text.as_bytes()) {
        headers.insert(HeaderName::from_static("sl-violations"), v);
    }
}

/// Where a request landed.
pub(crate) struct Located<'a> {
    pub mount: &'a Arc<Mount>,
    pub api: arc_swap::Guard<Arc<Api>>,
    pub params: crate::router::PathParams,
}

/// Finds the mount, path and operation for `path` and `method`: mounts are kept longest prefix
/// first (see [`App`]), and the first one whose spec has the path wins. Within it, as in Prism,
/// the best matching path (concrete before templated, then spec order) that has the method is
/// taken, so `DELETE /pets/mine` reaches `/pets/{id}` when only that one declares `delete`.
/// A path without the method is Prism's 405, with `Allow` listing every matching path's methods.
pub(crate) fn locate<'a>(
    app: &'a App,
    path: &str,
    method: &Method,
) -> Result<(Located<'a>, usize), MockError> {
    for mount in &app.mounts {
        let rest = if mount.prefix.is_empty() {
            path
        } else {
            let Some(rest) = path.strip_prefix(mount.prefix.as_str()) else {
                continue;
            };
            if !(rest.is_empty() || rest.starts_with('/')) {
                continue;
            }
            rest
        };
        let rest = if rest.is_empty() { "/" } else { rest };
        let api = mount.api.load();
        let mut hits = api.router.hits(rest).peekable();
        if hits.peek().is_none() {
            continue;
        }
        let found = hits.find_map(|hit| {
            api.paths[hit.index]
                .ops
                .iter()
                .find(|(m, _)| m == method)
                .map(|&(_, op)| (hit, op))
        });
        let Some((hit, op_index)) = found else {
            let mut allow: Vec<&str> = Vec::new();
            for hit in api.router.hits(rest) {
                for (m, _) in &api.paths[hit.index].ops {
                    if !allow.contains(&m.as_str()) {
                        allow.push(m.as_str());
                    }
                }
            }
            return Err(MockError::NoMethodMatched {
                path: rest.to_string(),
                method: method.as_str().to_ascii_lowercase(),
                allow: allow.join(", "),
            });
        };
        let params = api.router.params(hit, rest);
        return Ok((Located { mount, api, params }, op_index));
    }
    Err(MockError::NoPathMatched {
        path: path.to_string(),
    })
}

/// What the client asked for through `Prefer`, or else the `__code`/`__example`/`__dynamic`/
/// `__seed` query parameters.
#[derive(Default)]
struct Wishes {
    code: Option<u16>,
    example: Option<String>,
    dynamic: Option<bool>,
    seed: Option<u64>,
    /// Beyond Prism: `delay=MS` waits before answering (see [`crate::fault`]).
    delay: Option<u64>,
    /// Beyond Prism: `error=STATUS` answers that status (see [`crate::fault`]).
    error: Option<u16>,
}

/// Prism's reading (`getHttpConfigFromRequest`): a `Prefer` header, when there is one, is the
/// whole of the client's wishes and the query parameters are ignored; `code` must be three
/// digits and `dynamic` `true` or `false`, else the request is Prism's 422 (its decoder's
/// message as the detail); `seed` is any text, as on the command line.
fn wishes(headers: &http::HeaderMap, query: &[(String, String)]) -> Result<Wishes, MockError> {
    let mut raw: Vec<(&str, String)> = Vec::new();
    // A name ready to look up (a `&str` is parsed into one on every call).
    const PREFER: HeaderName = HeaderName::from_static("prefer");
    if let Some(prefer) = headers.get(PREFER) {
        let prefer = prefer.to_str().unwrap_or("");
        for part in prefer.split([',', ';']) {
            if let Some((k, v)) = part.split_once('=') {
                raw.push((k.trim(), v.trim().trim_matches('"').to_string()));
            }
        }
    } else {
        for (k, v) in query {
            if let Some(name) = k.strip_prefix("__")
                && matches!(
                    name,
                    "code" | "example" | "dynamic" | "seed" | "delay" | "error"
                )
            {
                raw.push((name, v.clone()));
            }
        }
    }
    let mut w = Wishes::default();
    let mut refused = Vec::new();
    for (name, value) in raw {
        let mut refuse = |kind: &str| {
            refused.push(format!(
                "optional property \"{name}\"\n└─ cannot decode \"{value}\", should be {kind}"
            ))
        };
        match name {
            "code" => match value.parse::<u16>() {
                Ok(c) if value.len() == 3 && value.bytes().all(|b| b.is_ascii_digit()) => {
                    w.code = Some(c)
                }
                _ => refuse("a number"),
            },
            "dynamic" => match value.as_str() {
                "true" => w.dynamic = Some(true),
                "false" => w.dynamic = Some(false),
                _ => refuse("a boolean"),
            },
            "example" => w.example = Some(value),
            "seed" => w.seed = Some(crate::cli::seed_number(&value)),
            "delay" => match value.parse::<u64>() {
                Ok(ms) if ms <= crate::fault::MAX_DELAY_MS => w.delay = Some(ms),
                _ => refuse("milliseconds up to 60000"),
            },
            "error" => match value.parse::<u16>() {
                Ok(status) if (400..600).contains(&status) => w.error = Some(status),
                _ => refuse("a status from 400 to 599"),
            },
            _ => {}
        }
    }
    if refused.is_empty() {
        Ok(w)
    } else {
        Err(MockError::BadPreference {
            detail: refused.join("\n"),
        })
    }
}

pub(crate) fn parse_cookies(headers: &http::HeaderMap) -> HashMap<String, String> {
    let mut out = HashMap::new();
    for value in headers.get_all(header::COOKIE) {
        if let Ok(text) = value.to_str() {
            for pair in text.split(';') {
                if let Some((k, v)) = pair.split_once('=') {
                    out.insert(k.trim().to_string(), v.trim().to_string());
                }
            }
        }
    }
    out
}

/// A request matched to one operation of a mounted spec.
pub(crate) struct Route<'a> {
    pub located: Located<'a>,
    pub op_index: usize,
}

impl Route<'_> {
    pub fn op(&self) -> &Operation {
        &self.located.api.ops[self.op_index]
    }
}

/// Finds the operation for the request's path and method (Prism's 404 and 405 otherwise).
pub(crate) fn route<'a>(
    app: &'a App,
    parts: &http::request::Parts,
) -> Result<Route<'a>, MockError> {
    let path = percent_decode_str(parts.uri.path()).decode_utf8_lossy();
    let (located, op_index) = locate(app, &path, &parts.method)?;
    Ok(Route { located, op_index })
}

/// The query string as decoded pairs, in order.
pub(crate) fn query_pairs(uri: &http::Uri) -> Vec<(String, String)> {
    uri.query()
        .map(|q| form_urlencoded::parse(q.as_bytes()).into_owned().collect())
        .unwrap_or_default()
}

/// The operation's security requirements against the request: on failure, Prism's violation
/// and the `WWW-Authenticate` challenge (if any).
pub(crate) fn security_failure(
    op: &Operation,
    headers: &http::HeaderMap,
    query: &[(String, String)],
    cookies: &HashMap<String, String>,
) -> Option<(Violation, Option<String>)> {
    let challenge = security::check(&op.security, headers, query, cookies).err()?;
    let violation = Violation {
        side: Side::Request,
        location: Vec::new(),
        severity: Severity::Error,
        code: Some(Value::from(401)),
        message: "Invalid security scheme used".into(),
        full: "Invalid security scheme used".into(),
    };
    Some((violation, challenge))
}

/// Parameters and body against the operation, violations appended to `out`.
pub(crate) fn input_violations(
    api: &Api,
    op: &Operation,
    view: &RequestView<'_>,
    body: &Bytes,
    out: &mut Vec<Violation>,
) -> BodyOutcome {
    if !op.params.is_empty() {
        validate::check_params(op, view, out);
    }
    let content_type = view
        .headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok());
    validate::check_body(&api.source, op.body.as_ref(), content_type, body, out)
}

pub(crate) async fn dispatch(
    app: &App,
    parts: &http::request::Parts,
    body: &Bytes,
) -> Result<Response<Body>, MockError> {
    let query = query_pairs(&parts.uri);
    // Prism reads the preferences before it routes: a bad one is a 422 on any path.
    let wish = wishes(&parts.headers, &query)?;
    let route = route(app, parts)?;
    let operation = app.reads_answered().then(|| Arc::clone(&route.op().id));
    let delay = route.op().faults.delay(wish.delay);
    let mut response = answer(app, parts, body, query, wish, route)
        .await
        .unwrap_or_else(|e| problem_response(&e, Vec::new()));
    if let Some(delay) = delay {
        tokio::time::sleep(delay).await;
    }
    if let Some(operation) = operation {
        response.extensions_mut().insert(Answered(operation));
    }
    Ok(response)
}

/// An injected error (`x-mock` or `Prefer: error=`): the operation's declared response for
/// the status (exact, range or `default`) when it has one, else a problem document.
fn injected(
    api: &Api,
    op: &Operation,
    status: u16,
    parts: &http::request::Parts,
    wish: &Wishes,
    violations: Vec<Violation>,
) -> Result<Response<Body>, MockError> {
    match op.response_for(status) {
        Some(index) => respond_with(api, op, (index, status), parts, wish, violations),
        None => Ok(problem_response(
            &MockError::Injected {
                status,
                operation: op.id.to_string(),
            },
            violations,
        )),
    }
}

/// The answer of the operation `route` found.
async fn answer(
    app: &App,
    parts: &http::request::Parts,
    body: &Bytes,
    query: Vec<(String, String)>,
    wish: Wishes,
    route: Route<'_>,
) -> Result<Response<Body>, MockError> {
    let Located {
        mount,
        api,
        params: path_params,
        ..
    } = &route.located;
    let api: &Api = api;
    let op = route.op();
    if let Some((_, server)) = query.iter().find(|(k, _)| k == "__server") {
        check_server(api, op, server)?;
    }
    let cookies = parse_cookies(&parts.headers);
    let mut violations = Vec::new();

    if let Some((violation, challenge)) = security_failure(op, &parts.headers, &query, &cookies) {
        violations.push(violation);
        return match op.declared_for(&[401]) {
            Some(chosen) => respond_with(api, op, chosen, parts, &wish, violations),
            None => Ok(problem_response(
                &MockError::Unauthorized {
                    www_authenticate: challenge,
                },
                violations,
            )),
        };
    }

    let view = RequestView {
        path_params,
        query: &query,
        headers: &parts.headers,
        cookies: &cookies,
    };
    let outcome = input_violations(api, op, &view, body, &mut violations);
    let body_value = match outcome {
        BodyOutcome::UnsupportedMediaType(supported) => {
            violations.push(unsupported_media_type(&supported));
            return match op.declared_for(&[415, 422, 400]) {
                Some(chosen) => respond_with(api, op, chosen, parts, &wish, violations),
                None => Ok(problem_response(
                    &MockError::InvalidContentType { supported },
                    violations,
                )),
            };
        }
        BodyOutcome::InvalidJson(reason) => {
            return Ok(problem_response(
                &MockError::InvalidJson { reason },
                violations,
            ));
        }
        BodyOutcome::Ok(v) => v,
    };
    if violations.iter().any(|v| v.severity == Severity::Error) {
        return match op.declared_for(&[422, 400]) {
            Some(chosen) => respond_with(api, op, chosen, parts, &wish, violations),
            None => Ok(problem_response(
                &MockError::Unprocessable {
                    validation: request_errors(&violations),
                },
                violations,
            )),
        };
    }

    if let Some(status) = op.faults.error(wish.error) {
        return injected(api, op, status, parts, &wish, violations);
    }

    if app.settings.stateful
        && wish.code.is_none()
        && wish.example.is_none()
        && let Some(r) = crate::state::handle(
            &mount.store,
            api,
            op,
            path_params,
            &query,
            body_value.as_ref(),
        )
    {
        return r.map(|(status, value)| json_response(status, &value, op, &violations));
    }

    let (index, status) = match wish.code {
        Some(code) => match op.response_for(code) {
            Some(i) => (i, code),
            None => {
                return Err(MockError::NotFound {
                    detail: format!("Requested status code {code} is not defined in the document."),
                });
            }
        },
        None => op.default_response.ok_or(MockError::NoResponseDefined)?,
    };
    let dynamic = wish.dynamic.unwrap_or(app.settings.dynamic);
    let seed = wish.seed.or(app.settings.seed);
    let response = build(
        api,
        op,
        index,
        status,
        parts,
        &wish,
        dynamic,
        app.settings.errors,
        seed,
        violations,
    )?;
    if !op.callbacks.is_empty() {
        let exchange = crate::callback::Exchange {
            method: parts.method.clone(),
            url: request_url(parts),
            request_headers: parts.headers.clone(),
            query,
            path_params: path_params.clone(),
            request_body: body_value,
            status: response.status().as_u16(),
            response_headers: response.headers().clone(),
            response_body: match response.body().clone().collect().await {
                Ok(collected) => serde_json::from_slice(&collected.to_bytes()).ok(),
                Err(never) => match never {},
            },
        };
        let api: Arc<Api> = Arc::clone(&route.located.api);
        crate::callback::fire(api, route.op_index, exchange, dynamic, seed, app.quiet);
    }
    Ok(response)
}

/// The URL the client asked for, as `$url` shows it.
fn request_url(parts: &http::request::Parts) -> String {
    let host = parts
        .headers
        .get(header::HOST)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("localhost");
    format!("http://{host}{}", parts.uri)
}

/// `?__server=URL`: as in Prism, the operation must declare a server (its own, its path's or
/// the document's) whose URL, variables filled by their `enum` values or anything, is `URL`.
fn check_server(api: &Api, op: &Operation, server: &str) -> Result<(), MockError> {
    if api.ops.iter().all(|o| o.servers.is_empty()) {
        return Err(MockError::NoServerConfiguration {
            server: server.to_string(),
        });
    }
    if op.servers.iter().any(|re| re.is_match(server)) {
        return Ok(());
    }
    Err(MockError::NoServerMatched {
        server: server.to_string(),
    })
}

/// The `validation` list of Prism's 422: the request's errors, without their side.
pub(crate) fn request_errors(violations: &[Violation]) -> Vec<Value> {
    violations
        .iter()
        .filter(|v| v.severity == Severity::Error)
        .map(|v| v.problem_entry(false))
        .collect()
}

/// The `validation` list of Prism's 500 `VIOLATIONS`: the response's errors, with their side.
pub(crate) fn response_errors(violations: &[Violation]) -> Vec<Value> {
    violations
        .iter()
        .filter(|v| v.side == Side::Response && v.severity == Severity::Error)
        .map(|v| v.problem_entry(true))
        .collect()
}

impl Operation {
    /// The index of the response declared with exactly `status`.
    pub fn response_for_exact(&self, status: u16) -> Option<usize> {
        self.responses
            .iter()
            .position(|r| r.key == StatusKey::Exact(status))
    }

    /// The declared response Prism answers a refused request with: for each of `codes` in
    /// turn, the exact status or its range (`4XX`, answered with that code); else `default`,
    /// answered with the first code. `[401]` after a failed security check, `[415, 422, 400]`
    /// for an unsupported media type, `[422, 400]` for any other error.
    pub fn declared_for(&self, codes: &[u16]) -> Option<(usize, u16)> {
        codes
            .iter()
            .find_map(|&code| {
                self.response_for_exact(code)
                    .or_else(|| {
                        self.responses
                            .iter()
                            .position(|r| r.key == StatusKey::Range(code / 100))
                    })
                    .map(|i| (i, code))
            })
            .or_else(|| {
                let first = *codes.first()?;
                self.responses
                    .iter()
                    .position(|r| r.key == StatusKey::Default)
                    .map(|i| (i, first))
            })
    }
}

/// Prism's violation for a body of a media type the operation does not take (code 415).
pub(crate) fn unsupported_media_type(supported: &str) -> Violation {
    let message = if supported.is_empty() {
        "No supported content types, but request included a non-empty body".to_string()
    } else {
        format!("Supported content types: {supported}")
    };
    Violation {
        side: Side::Request,
        location: Vec::new(),
        severity: Severity::Error,
        code: Some(Value::from(415)),
        full: message.clone(),
        message,
    }
}

/// Answers with a declared error response chosen by security or validation (static body).
fn respond_with(
    api: &Api,
    op: &Operation,
    (index, status): (usize, u16),
    parts: &http::request::Parts,
    wish: &Wishes,
    violations: Vec<Violation>,
) -> Result<Response<Body>, MockError> {
    // An error answer chosen by validation ignores the requested example, unless the client
    // asked for exactly that status.
    let kept = Wishes {
        example: wish.example.clone().filter(|_| wish.code == Some(status)),
        ..Wishes::default()
    };
    build(
        api, op, index, status, parts, &kept, false, false, None, violations,
    )
}

#[allow(clippy::too_many_arguments)]
fn build(
    api: &Api,
    op: &Operation,
    index: usize,
    status: u16,
    parts: &http::request::Parts,
    wish: &Wishes,
    dynamic: bool,
    errors: bool,
    seed: Option<u64>,
    mut violations: Vec<Violation>,
) -> Result<Response<Body>, MockError> {
    let spec = &op.responses[index];
    let status = StatusCode::from_u16(status).unwrap_or(StatusCode::OK);
    let mut bytes = Bytes::new();
    let mut content_type = None;
    // 1xx, 204 and 304 answers have no content (RFC 9110), whatever the spec lists under them.
    let contentless = status.is_informational()
        || status == StatusCode::NO_CONTENT
        || status == StatusCode::NOT_MODIFIED;
    if !spec.contents.is_empty() && !contentless {
        let accept = parts
            .headers
            .get(header::ACCEPT)
            .and_then(|v| v.to_str().ok());
        let chosen = negotiate::choose(accept, &spec.essences);
        // Error responses picked by validation still answer when Accept cannot be met.
        let chosen = match chosen {
            Some(i) => i,
            None if !status.is_success() => 0,
            None => {
                return Err(MockError::NotAcceptable {
                    accept: accept.unwrap_or("").to_string(),
                });
            }
        };
        let content = &spec.contents[chosen];
        let (b, mut found, structured) = body_for(api, op, content, parts, wish, dynamic, seed)?;
        // A declared wildcard (`*/*`) is sent as a media type a client can read.
        content_type = Some(
            match negotiate::concrete(&content.essence, accept, structured) {
                Some(media) => HeaderValue::from_str(&media)
                    .unwrap_or(HeaderValue::from_static("application/octet-stream")),
                None => content.content_type.clone(),
            },
        );
        bytes = b;
        // Prism lists the response's violations before the request's.
        found.append(&mut violations);
        violations = found;
    }
    if errors {
        let validation = response_errors(&violations);
        if !validation.is_empty() {
            return Ok(problem_response(
                &MockError::Violations { validation },
                violations,
            ));
        }
    }
    let mut response = Response::new(Full::new(bytes));
    *response.status_mut() = status;
    let h = response.headers_mut();
    // Room for these and the CORS headers at once, rather than growing on the way.
    h.reserve(6 + spec.headers.len());
    if let Some(ct) = content_type {
        h.insert(header::CONTENT_TYPE, ct);
    }
    for (name, value) in &spec.headers {
        h.insert(name.clone(), value.clone());
    }
    if op.deprecated {
        // Prism marks every answer of a deprecated operation.
        h.insert(
            HeaderName::from_static("deprecation"),
            HeaderValue::from_static("true"),
        );
    }
    set_violations(&mut response, &violations);
    Ok(response)
}

/// The body bytes for `content` and the response violations they carry.
fn body_for(
    api: &Api,
    op: &Operation,
    content: &Content,
    parts: &http::request::Parts,
    wish: &Wishes,
    dynamic: bool,
    seed: Option<u64>,
) -> Result<(Bytes, Vec<Violation>, bool), MockError> {
    let prepared = if let Some(key) = &wish.example {
        match content.named.iter().find(|(n, _)| n == key) {
            Some((_, p)) => p,
            None => {
                return Err(MockError::NotFound {
                    detail: format!(
                        "Response for contentType: {} and exampleKey: {key} does not exist.",
                        content.media
                    ),
                });
            }
        }
    } else if dynamic && let Some(schema) = &content.schema {
        let mut rng = match seed {
            Some(s) => StdRng::seed_from_u64(s ^ hash_request(op, parts)),
            None => StdRng::from_rng(&mut rand::rng()),
        };
        let mut value = generate::fake(&api.source, schema, &mut rng, &api.faker)?;
        generate::sort_keys(&mut value);
        let bytes = render(&content.essence, &value)?;
        let found = content
            .check
            .as_ref()
            .map(|c| validate::response_violations(c, &value))
            .unwrap_or_default();
        return Ok((bytes, found, structured(&value)));
    } else {
        &content.prepared
    };
    match prepared {
        Prepared::Ready { bytes, value, .. } => Ok((
            bytes.clone(),
            content
                .violations_of(prepared)
                .map(<[Violation]>::to_vec)
                .unwrap_or_default(),
            structured(value),
        )),
        Prepared::Failed(make) => Err(make()),
        Prepared::Empty => Ok((Bytes::new(), Vec::new(), false)),
    }
}

/// An object or an array: what a wildcard media type sends as JSON.
fn structured(value: &Value) -> bool {
    value.is_object() || value.is_array()
}

/// A stable per-request number so a seed gives each request its own repeatable values.
fn hash_request(op: &Operation, parts: &http::request::Parts) -> u64 {
    // FNV-1a: stable across runs and platforms, unlike the std hasher.
    let mut h: u64 = 0xcbf29ce484222325;
    for b in op
        .method
        .as_str()
        .bytes()
        .chain(parts.uri.path().bytes())
        .chain(parts.uri.query().unwrap_or("").bytes())
    {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x100000001b3);
    }
    h
}

fn json_response(
    status: u16,
    value: &Value,
    op: &Operation,
    violations: &[Violation],
) -> Response<Body> {
    let bytes = if value.is_null() {
        Bytes::new()
    } else {
        Bytes::from(serde_json::to_vec(value).unwrap_or_default())
    };
    let has_body = !bytes.is_empty();
    let mut response = Response::new(Full::new(bytes));
    *response.status_mut() = StatusCode::from_u16(status).unwrap_or(StatusCode::OK);
    let h = response.headers_mut();
    if has_body {
        let media = op
            .response_for(status)
            .and_then(|i| op.responses[i].contents.first())
            .map(|c| c.content_type.clone())
            .unwrap_or(HeaderValue::from_static("application/json"));
        h.insert(header::CONTENT_TYPE, media);
    }
    set_violations(&mut response, violations);
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(uri: &str, headers: &[(&str, &str)]) -> http::request::Parts {
        let mut request = Request::get(uri);
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        request.body(()).unwrap().into_parts().0
    }

    #[test]
    fn log_entries_show_target_status_milliseconds_trace_and_notes() {
        let entry = |uri, headers, micros, note: Option<&LogNote>| {
            log_entry(
                &parts(uri, headers),
                StatusCode::CREATED,
                Duration::from_micros(micros),
                note,
            )
        };
        assert_eq!(
            entry("/pets?kind=dog", &[], 1234, None),
            "GET /pets?kind=dog -> 201 (1.23 ms)\n"
        );
        assert_eq!(entry("/pets", &[], 5, None), "GET /pets -> 201 (0.01 ms)\n");
        assert_eq!(
            entry("/pets", &[], 120_996, None),
            "GET /pets -> 201 (121.00 ms)\n"
        );
        // A proxy's request target is absolute.
        assert_eq!(
            entry("http://example.com/pets", &[], 0, None),
            "GET http://example.com/pets -> 201 (0.00 ms)\n"
        );
        let traced = entry(
            "/pets",
            &[(
                "traceparent",
                "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
            )],
            1000,
            Some(&LogNote(vec!["forwarded".into()])),
        );
        assert_eq!(
            traced,
            "GET /pets -> 201 (1.00 ms) trace_id=4bf92f3577b34da6a3ce929d0e0e4736\n  forwarded\n"
        );
    }
}
