//! `mock-server proxy SPEC UPSTREAM`: Prism's validating proxy. Each request is checked
//! against the spec, forwarded to the upstream (its path joined to the upstream's path, every
//! header but `host` and the hop-by-hop ones, the query re-encoded), and the upstream's answer
//! is checked against the operation's responses before it is passed on unchanged. Violations go
//! to the `sl-violations` header and the log; with `--errors` they become Prism's 401, 422 and
//! 500 answers. An upstream 501 is answered by the mock. `docs/CONFORMANCE.md` lists where this
//! follows Prism and where it deliberately does not.
//!
//! Beyond Prism: `--mode transparent` checks the same things but only logs them (every request
//! forwarded, every answer passed on as it came), and `--fallback` makes the proxy upstream
//! first, mock second: the mock answers when the upstream is unreachable or answers a listed
//! status.

use std::sync::Arc;
use std::time::Duration;

use bytes::Bytes;
use http::header::{self, HeaderMap, HeaderName, HeaderValue};
use http::{Method, Response, StatusCode};
use http_body_util::Full;
use serde_json::Value;

use crate::client::{self, Client, Proxy};
use crate::error::MockError;
use crate::server::{
    self, Answered, App, Body, LogNote, Route, input_violations, parse_cookies, problem_response,
    query_pairs, request_errors, response_errors, security_failure, set_violations,
    unsupported_media_type,
};
use crate::spec::{Operation, StatusKey};
use crate::validate::{self, BodyOutcome, RequestView, Severity, Side, Violation};

/// How long connecting to the upstream may take before the request is answered with an error.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

/// Headers of one hop only (RFC 9110 §7.6.1), never forwarded in either direction;
/// `content-length` is recomputed from the body.
const HOP_BY_HOP: [&str; 10] = [
    "connection",
    "keep-alive",
    "proxy-authenticate",
    "proxy-authorization",
    "proxy-connection",
    "te",
    "trailer",
    "trailers",
    "transfer-encoding",
    "upgrade",
];

/// `--mode`: what the proxy may do to the traffic it checks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum Mode {
    /// Prism's proxy: violations in `sl-violations`, Prism's answers with `--errors`, a
    /// `deprecation` header, an upstream 501 answered by the mock, GET/HEAD bodies refused.
    #[default]
    Validate,
    /// Validation reported in the log only: every request is forwarded and every answer passed
    /// on as it came (no header added, none of the client's replaced).
    Transparent,
}

/// One `--fallback` condition under which the mock answers instead of the upstream.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FallbackWhen {
    /// The upstream could not be reached (refused, timed out, TLS failed).
    Unreachable,
    /// The upstream answered this status.
    Status(u16),
    /// The upstream answered a status of this class (`5XX`).
    Class(u16),
}

impl std::str::FromStr for FallbackWhen {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let text = text.trim();
        let bad = || format!("{text:?}: expected unreachable, a status (503) or a class (5XX)");
        if text.eq_ignore_ascii_case("unreachable") {
            return Ok(FallbackWhen::Unreachable);
        }
        match text.as_bytes() {
            [d @ b'1'..=b'5', x, y]
                if x.eq_ignore_ascii_case(&b'x') && y.eq_ignore_ascii_case(&b'x') =>
            {
                Ok(FallbackWhen::Class(u16::from(d - b'0')))
            }
            _ => match text.parse::<u16>() {
                Ok(code) if (100..=599).contains(&code) => Ok(FallbackWhen::Status(code)),
                _ => Err(bad()),
            },
        }
    }
}

impl std::fmt::Display for FallbackWhen {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FallbackWhen::Unreachable => f.write_str("unreachable"),
            FallbackWhen::Status(code) => write!(f, "{code}"),
            FallbackWhen::Class(digit) => write!(f, "{digit}XX"),
        }
    }
}

/// The upstream the proxy forwards to.
pub struct Upstream {
    client: Client,
    base: url::Url,
    /// `--validate-request`: check parameters and bodies (security is always checked).
    pub validate_request: bool,
    mode: Mode,
    fallback: Vec<FallbackWhen>,
}

impl Upstream {
    /// `url` is the upstream's base (`http://host:port/prefix` or `https://…`; without a
    /// scheme, `http://` is assumed); `proxy` an HTTP proxy to reach it through.
    pub fn new(url: &str, proxy: Option<&str>, validate_request: bool) -> Result<Self, MockError> {
        let base = url::Url::parse(&client::assume_http(url))
            .map_err(|e| MockError::Usage(format!("invalid UPSTREAM {url}: {e}")))?;
        if !matches!(base.scheme(), "http" | "https") || base.host_str().is_none_or(str::is_empty) {
            return Err(MockError::Usage(format!(
                "invalid UPSTREAM {url}: expected an http:// or https:// URL with a host"
            )));
        }
        // Only `--upstream-proxy`, as in Prism: no proxy from the environment. The client sees
        // the upstream's redirects, as from the upstream itself.
        let proxy = proxy
            .map(|p| {
                Proxy::parse(p)
                    .map_err(|e| MockError::Usage(format!("invalid --upstream-proxy {p}: {e}")))
            })
            .transpose()?;
        let client = Client::new(CONNECT_TIMEOUT, proxy);
        Ok(Upstream {
            client,
            base,
            validate_request,
            mode: Mode::Validate,
            fallback: Vec::new(),
        })
    }

    /// `--mode`.
    pub fn with_mode(mut self, mode: Mode) -> Self {
        self.mode = mode;
        self
    }

    /// `--fallback`: when the mock answers instead of the upstream.
    pub fn with_fallback(mut self, fallback: Vec<FallbackWhen>) -> Self {
        self.fallback = fallback;
        self
    }

    /// The start-up line for a mode or fallback other than Prism's.
    pub fn behaviour(&self) -> Option<String> {
        let mut said = Vec::new();
        if self.mode == Mode::Transparent {
            said.push("Transparent: violations are logged, traffic is not changed".to_string());
        }
        if !self.fallback.is_empty() {
            let when: Vec<String> = self.fallback.iter().map(ToString::to_string).collect();
            said.push(format!(
                "The mock answers when the upstream is {}",
                when.join(", ")
            ));
        }
        (!said.is_empty()).then(|| said.join("; "))
    }

    fn transparent(&self) -> bool {
        self.mode == Mode::Transparent
    }

    /// Whether `--fallback` names this upstream status.
    fn falls_back_on(&self, status: StatusCode) -> bool {
        let code = status.as_u16();
        self.fallback.iter().any(|when| match *when {
            FallbackWhen::Status(s) => s == code,
            FallbackWhen::Class(digit) => code / 100 == digit,
            FallbackWhen::Unreachable => false,
        })
    }

    fn falls_back_when_unreachable(&self) -> bool {
        self.fallback.contains(&FallbackWhen::Unreachable)
    }

    /// The upstream's base URL, as shown at start-up.
    pub fn base(&self) -> &str {
        self.base.as_str()
    }

    /// The URL `uri` is forwarded to: the upstream's path joined with the request's path (as
    /// `path.posix.join` does in Prism: `.` and `..` resolved, repeated slashes collapsed, a
    /// trailing slash kept), the query decoded and encoded again.
    pub fn url_for(&self, uri: &http::Uri) -> url::Url {
        let mut url = self.base.clone();
        url.set_path(&join_paths(self.base.path(), uri.path()));
        let query = query_pairs(uri);
        if query.is_empty() {
            url.set_query(None);
        } else {
            let encoded = form_urlencoded::Serializer::new(String::new())
                .extend_pairs(&query)
                .finish();
            url.set_query(Some(&encoded));
        }
        url
    }
}

/// `path.posix.join(base, path)`.
fn join_paths(base: &str, path: &str) -> String {
    let mut segments: Vec<&str> = Vec::new();
    for segment in base.split('/').chain(path.split('/')) {
        match segment {
            "" | "." => {}
            ".." => {
                segments.pop();
            }
            s => segments.push(s),
        }
    }
    let mut joined = format!("/{}", segments.join("/"));
    if (path.ends_with('/') || (path.is_empty() && base.ends_with('/'))) && !joined.ends_with('/') {
        joined.push('/');
    }
    joined
}

/// What the upstream answered.
struct Answer {
    status: StatusCode,
    headers: HeaderMap,
    body: Bytes,
}

impl Answer {
    /// Its `content-encoding` when it is not `identity`: a body that cannot be validated.
    fn encoding(&self) -> Option<&HeaderValue> {
        self.headers
            .get(header::CONTENT_ENCODING)
            .filter(|v| v.as_bytes() != b"identity")
    }
}

/// Answers one request through the upstream (see the module docs).
pub(crate) async fn dispatch(
    app: &App,
    upstream: &Upstream,
    parts: &http::request::Parts,
    body: &Bytes,
) -> Response<Body> {
    let errors = app.settings.errors;
    let mut input = Vec::new();
    let route = match server::route(app, parts) {
        Ok(route) => Some(route),
        // With --errors Prism answers its 404/405; without, it forwards with a warning.
        Err(e) if errors => return problem_response(&e, Vec::new()),
        Err(_) => {
            input.push(Violation {
                side: Side::Request,
                location: Vec::new(),
                severity: Severity::Warning,
                code: None,
                message: "Selected route not found".into(),
                full: "Selected route not found".into(),
            });
            None
        }
    };
    let operation = route.as_ref().map(|route| Arc::clone(&route.op().id));
    let mut response = forwarded(app, upstream, parts, body, route, input).await;
    if let Some(operation) = operation {
        response.extensions_mut().insert(Answered(operation));
    }
    response
}

/// The answer to a request routed (or not) and checked so far, with the violations found.
async fn forwarded(
    app: &App,
    upstream: &Upstream,
    parts: &http::request::Parts,
    body: &Bytes,
    route: Option<Route<'_>>,
    mut input: Vec<Violation>,
) -> Response<Body> {
    let errors = app.settings.errors;
    let transparent = upstream.transparent();
    if let Some(route) = &route
        && let Some(mut refusal) =
            check_request(upstream, route, parts, body, errors, &mut input).await
    {
        let note = input.iter().map(log_line).collect();
        refusal.extensions_mut().insert(LogNote(note));
        return refusal;
    }
    if !transparent && matches!(parts.method, Method::GET | Method::HEAD) && !body.is_empty() {
        return problem_response(&MockError::ProxyUnsupportedRequestBody, Vec::new());
    }
    let url = upstream.url_for(&parts.uri);
    let answer = match forward(upstream, parts, body, &url).await {
        Ok(answer) => answer,
        Err(e) => {
            let mut note = vec![format!("upstream error: {e}")];
            if route.is_some() && upstream.falls_back_when_unreachable() {
                note.push("answered by the mock (--fallback unreachable)".into());
                note.extend(input.iter().map(log_line));
                return from_mock(app, parts, body, note).await;
            }
            let mut r = problem_response(&e, Vec::new());
            r.extensions_mut().insert(LogNote(note));
            return r;
        }
    };
    let mut note = vec![format!("forwarded to {url} -> {}", answer.status.as_u16())];
    let prism_501 = !transparent && answer.status == StatusCode::NOT_IMPLEMENTED;
    if route.is_some() && (prism_501 || upstream.falls_back_on(answer.status)) {
        // Prism answers from the mock when the upstream has not implemented the operation;
        // `--fallback` names more statuses.
        note.push(format!(
            "upstream answered {}: answered by the mock",
            answer.status.as_u16()
        ));
        note.extend(input.iter().map(log_line));
        return from_mock(app, parts, body, note).await;
    }
    if prism_501 {
        let mut r = problem_response(&MockError::UpstreamNotImplemented, Vec::new());
        r.extensions_mut().insert(LogNote(note));
        return r;
    }
    let output = match &route {
        Some(route) => response_violations(route.op(), &answer),
        None => Vec::new(),
    };
    if let Some(coding) = answer.encoding() {
        note.push(format!(
            "response body not checked: content-encoding {}",
            String::from_utf8_lossy(coding.as_bytes())
        ));
    }
    note.extend(input.iter().chain(&output).map(log_line));
    if transparent {
        let mut response = passed_on(parts, answer);
        response.extensions_mut().insert(LogNote(note));
        return response;
    }
    // Prism lists the request's violations before the response's.
    let mut all = input;
    all.extend(output);
    let validation = if errors {
        response_errors(&all)
    } else {
        Vec::new()
    };
    let mut response = if validation.is_empty() {
        passed_on(parts, answer)
    } else {
        problem_response(&MockError::Violations { validation }, Vec::new())
    };
    if let Some(route) = &route
        && route.op().deprecated
    {
        response
            .headers_mut()
            .entry(HeaderName::from_static("deprecation"))
            .or_insert(HeaderValue::from_static("true"));
    }
    set_violations(&mut response, &all);
    response.extensions_mut().insert(LogNote(note));
    response
}

/// The mock's answer to a request the upstream did not answer (`note` says why).
async fn from_mock(
    app: &App,
    parts: &http::request::Parts,
    body: &Bytes,
    note: Vec<String>,
) -> Response<Body> {
    let mut r = match server::dispatch(app, parts, body).await {
        Ok(r) => r,
        Err(e) => problem_response(&e, Vec::new()),
    };
    r.extensions_mut().insert(LogNote(note));
    r
}

/// Security and (with `--validate-request`) the request's parameters and body; the answer to
/// send instead of forwarding, when `--errors` refuses the request.
async fn check_request(
    upstream: &Upstream,
    route: &Route<'_>,
    parts: &http::request::Parts,
    body: &Bytes,
    errors: bool,
    out: &mut Vec<Violation>,
) -> Option<Response<Body>> {
    let op = route.op();
    let query = query_pairs(&parts.uri);
    let cookies = parse_cookies(&parts.headers);
    let security = security_failure(op, &parts.headers, &query, &cookies);
    let challenge = security.map(|(violation, challenge)| {
        out.push(violation);
        challenge
    });
    if upstream.validate_request {
        let view = RequestView {
            path_params: &route.located.params,
            query: &query,
            headers: &parts.headers,
            cookies: &cookies,
        };
        let outcome = input_violations(&route.located.api, op, &view, body, out);
        match outcome {
            BodyOutcome::UnsupportedMediaType(supported) => {
                out.push(unsupported_media_type(&supported));
            }
            BodyOutcome::InvalidJson(reason) if upstream.transparent() => {
                let message = format!("is not valid JSON: {reason}");
                out.push(Violation {
                    side: Side::Request,
                    location: vec!["body".into()],
                    severity: Severity::Error,
                    code: None,
                    full: message.clone(),
                    message,
                });
            }
            // Prism's server reads a JSON body before anything else: 400, never forwarded.
            BodyOutcome::InvalidJson(reason) => {
                return Some(problem_response(
                    &MockError::InvalidJson { reason },
                    Vec::new(),
                ));
            }
            BodyOutcome::Ok(_) => {}
        }
    }
    if !errors {
        return None;
    }
    // Prism's generic answers: the spec's own 401/422 responses are the upstream's business.
    if let Some(challenge) = challenge {
        return Some(problem_response(
            &MockError::Unauthorized {
                www_authenticate: challenge,
            },
            Vec::new(),
        ));
    }
    let validation = request_errors(out);
    (!validation.is_empty())
        .then(|| problem_response(&MockError::Unprocessable { validation }, Vec::new()))
}

/// Sends the request to `url` and reads the whole answer.
async fn forward(
    upstream: &Upstream,
    parts: &http::request::Parts,
    body: &Bytes,
    url: &url::Url,
) -> Result<Answer, MockError> {
    let failed = |reason: String| MockError::Upstream {
        url: url.to_string(),
        reason,
    };
    let transparent = upstream.transparent();
    let mut headers = HeaderMap::with_capacity(parts.headers.len() + 2);
    let listed = connection_listed(&parts.headers);
    for (name, value) in &parts.headers {
        if name == header::HOST
            || name == header::CONTENT_LENGTH
            || (name == header::ACCEPT_ENCODING && !transparent)
            || is_hop_by_hop(name, &listed)
        {
            continue;
        }
        headers.append(name.clone(), value.clone());
    }
    if !transparent {
        // The answer is validated, so it has to come uncompressed (Prism's client
        // decompresses). A transparent proxy leaves the choice to the client and does not
        // check a compressed body.
        headers.insert(
            header::ACCEPT_ENCODING,
            HeaderValue::from_static("identity"),
        );
        // Prism's defaults for what the client did not send.
        headers
            .entry(header::ACCEPT)
            .or_insert(HeaderValue::from_static(
                "application/json, text/plain, */*",
            ));
        headers
            .entry(header::USER_AGENT)
            .or_insert(HeaderValue::from_static(concat!(
                "mock-server/",
                env!("CARGO_PKG_VERSION")
            )));
    }
    let target = url
        .as_str()
        .parse::<http::Uri>()
        .map_err(|e| failed(e.to_string()))?;
    let mut request = http::Request::new(body.clone());
    *request.method_mut() = parts.method.clone();
    *request.uri_mut() = target;
    *request.headers_mut() = headers;
    let reply = upstream
        .client
        .send(request)
        .await
        .map_err(|e| failed(client::describe(&*e)))?;
    Ok(Answer {
        status: reply.status,
        headers: reply.headers,
        body: reply.body,
    })
}

/// Header names a `Connection` header lists (hop-by-hop for this message).
fn connection_listed(headers: &HeaderMap) -> Vec<String> {
    headers
        .get_all(header::CONNECTION)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(|n| n.trim().to_ascii_lowercase())
        .filter(|n| !n.is_empty())
        .collect()
}

fn is_hop_by_hop(name: &HeaderName, listed: &[String]) -> bool {
    HOP_BY_HOP.contains(&name.as_str()) || listed.iter().any(|n| n == name.as_str())
}

/// The upstream's answer as the client gets it: status, headers but the hop-by-hop ones, and
/// the body's bytes unchanged.
fn passed_on(parts: &http::request::Parts, answer: Answer) -> Response<Body> {
    let mut response = Response::new(Full::new(answer.body));
    *response.status_mut() = answer.status;
    let listed = connection_listed(&answer.headers);
    let h = response.headers_mut();
    for (name, value) in &answer.headers {
        // A HEAD answer keeps the length of the body it describes.
        let length = name == header::CONTENT_LENGTH && parts.method != Method::HEAD;
        if !length && !is_hop_by_hop(name, &listed) {
            h.append(name.clone(), value.clone());
        }
    }
    response
}

/// How the upstream's answer breaks the operation's declared responses, as Prism checks it:
/// an undeclared status (an error for a 2xx, else a warning), a media type other than the
/// declared ones, and the body against the schema of the matching (else the first) media type.
fn response_violations(op: &Operation, answer: &Answer) -> Vec<Violation> {
    let status = answer.status.as_u16();
    let Some(index) = op.response_for(status) else {
        let declared: Vec<String> = op.responses.iter().map(|r| status_key(r.key)).collect();
        let message = format!(
            "Unable to match the returned status code with those defined in the document: {}",
            declared.join(",")
        );
        return vec![Violation {
            side: Side::Response,
            location: Vec::new(),
            severity: if answer.status.is_success() {
                Severity::Error
            } else {
                Severity::Warning
            },
            code: None,
            full: message.clone(),
            message,
        }];
    };
    let spec = &op.responses[index];
    if spec.contents.is_empty() {
        return Vec::new();
    }
    let mut found = Vec::new();
    let content_type = answer
        .headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    let matching = spec
        .contents
        .iter()
        .find(|c| media_matches(content_type, &c.media));
    if matching.is_none() {
        let declared: Vec<&str> = spec.contents.iter().map(|c| c.media.as_str()).collect();
        let message = format!(
            "The received media type \"{content_type}\" does not match the one{} specified in the current response: {}",
            if declared.len() > 1 { "s" } else { "" },
            declared.join(", ")
        );
        found.push(Violation {
            side: Side::Response,
            location: Vec::new(),
            severity: Severity::Error,
            code: None,
            full: message.clone(),
            message,
        });
    }
    let content = matching.unwrap_or(&spec.contents[0]);
    if let Some(check) = &content.check
        && answer.encoding().is_none()
    {
        let essence = crate::render::essence(content_type);
        let json = status != 204 && is_json(&essence);
        let value = json
            .then(|| serde_json::from_slice::<Value>(&answer.body).ok())
            .flatten()
            .unwrap_or_else(|| Value::String(String::from_utf8_lossy(&answer.body).into_owned()));
        found.extend(validate::response_violations(check, &value));
    }
    found
}

/// `application/json` and `application/*+json`.
fn is_json(essence: &str) -> bool {
    essence == "application/json"
        || essence
            .strip_prefix("application/")
            .is_some_and(|s| s.ends_with("+json"))
}

/// Prism's match of a received media type with a declared one: type and subtype (after any
/// `+` suffix) equal or `*` in the declaration, and every parameter the declaration names
/// present with the same value.
fn media_matches(received: &str, declared: &str) -> bool {
    /// Type, subtype and parameters.
    type Parsed = (String, String, Vec<(String, String)>);
    fn split(media: &str) -> Option<Parsed> {
        let mut pieces = media.split(';');
        let essence = pieces.next()?.trim().to_ascii_lowercase();
        let (kind, sub) = essence.split_once('/')?;
        let sub = sub.rsplit('+').next().unwrap_or(sub);
        if kind.is_empty() || sub.is_empty() {
            return None;
        }
        let params = pieces
            .filter_map(|p| p.split_once('='))
            .map(|(k, v)| {
                (
                    k.trim().to_ascii_lowercase(),
                    v.trim().trim_matches('"').to_string(),
                )
            })
            .collect();
        Some((kind.to_string(), sub.to_string(), params))
    }
    let (Some((rk, rs, rp)), Some((dk, ds, dp))) = (split(received), split(declared)) else {
        return false;
    };
    (dk == rk || dk == "*") && (ds == rs || ds == "*") && dp.iter().all(|p| rp.contains(p))
}

fn status_key(key: StatusKey) -> String {
    match key {
        StatusKey::Exact(code) => code.to_string(),
        StatusKey::Range(digit) => format!("{digit}XX"),
        StatusKey::Default => "default".to_string(),
    }
}

/// A violation as the log shows it: `violation: response.body must have required property 'id'`.
fn log_line(v: &Violation) -> String {
    let side = match v.side {
        Side::Request => "request",
        Side::Response => "response",
    };
    let level = match v.severity {
        Severity::Error => "violation",
        Severity::Warning => "warning",
    };
    let mut location = vec![side];
    location.extend(v.location.iter().map(String::as_str));
    format!("{level}: {} {}", location.join("."), v.message)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_join_as_posix_join_does() {
        let cases = [
            ("/", "/status/201", "/status/201"),
            ("/api", "/pets", "/api/pets"),
            ("/api/", "/pets/", "/api/pets/"),
            ("/api/v1", "/../pets", "/api/pets"),
            ("/", "//a//b", "/a/b"),
            ("/", "/", "/"),
            ("/base/", "", "/base/"),
            ("/a", "/%20b", "/a/%20b"),
        ];
        for (base, path, joined) in cases {
            assert_eq!(join_paths(base, path), joined, "{base} + {path}");
        }
    }

    #[test]
    fn upstream_urls_keep_their_path_and_re_encode_the_query() {
        let up = Upstream::new("http://127.0.0.1:9/api", None, true).unwrap();
        let uri: http::Uri = "/pets/1?q=a%20b&tag=x&tag=y&e=%E2%82%AC".parse().unwrap();
        assert_eq!(
            up.url_for(&uri).as_str(),
            "http://127.0.0.1:9/api/pets/1?q=a+b&tag=x&tag=y&e=%E2%82%AC"
        );
        let plain: http::Uri = "/".parse().unwrap();
        assert_eq!(up.url_for(&plain).as_str(), "http://127.0.0.1:9/api/");
        let schemeless = Upstream::new("localhost:3000", None, true).unwrap();
        assert_eq!(schemeless.base(), "http://localhost:3000/");
        let secure = Upstream::new("https://api.example.com/v1", None, true).unwrap();
        assert_eq!(
            secure.url_for(&uri).as_str(),
            "https://api.example.com/v1/pets/1?q=a+b&tag=x&tag=y&e=%E2%82%AC"
        );
        let proxied = Upstream::new("https://api.example.com", Some("127.0.0.1:3128"), true);
        assert!(proxied.is_ok());
    }

    #[test]
    fn bad_upstreams_are_refused_naming_the_argument() {
        for bad in ["http://", "https://", "ftp://host/x"] {
            let e = Upstream::new(bad, None, true).err().map(|e| e.to_string());
            let e = e.unwrap_or_default();
            assert!(e.contains("UPSTREAM") && e.contains(bad), "{bad}: {e}");
        }
        let e = Upstream::new("http://u", Some("::"), true)
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(e.contains("--upstream-proxy ::"), "{e}");
    }

    #[test]
    fn media_types_match_as_in_prism() {
        assert!(media_matches("text/html; charset=utf-8", "text/html"));
        assert!(media_matches(
            "application/problem+json",
            "application/json"
        ));
        assert!(media_matches("image/png", "image/*"));
        assert!(media_matches("text/plain", "*/*"));
        assert!(!media_matches("text/html", "text/plain"));
        assert!(!media_matches("text/html", "text/html; charset=utf-8"));
        assert!(!media_matches("", "application/json"));
    }
}
