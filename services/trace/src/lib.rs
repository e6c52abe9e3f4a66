//! `taller-trace` — W3C Trace Context (<https://www.w3.org/TR/trace-context/>) for taller.
//!
//! One small piece shared by the server runtime and the generated clients, so that a client
//! crate does not depend on the whole runtime:
//! - [`TraceContext`]: a request's place in a trace (trace id, this service's span id, the
//!   caller's span id, flags, `tracestate`), read from `traceparent`/`tracestate` or started
//!   afresh;
//! - [`TraceContext::scope`] / [`TraceContext::current`]: the context of the request being
//!   handled, a tokio task-local the runtime sets around each request;
//! - [`inject_current`]: what the generated clients call before each request, writing
//!   `traceparent` (the current trace id, the current span as parent) and `tracestate`.
//!
//! Work done later on another task (a queue, a retry) captures `TraceContext::current()` when
//! it is queued and runs inside `context.scope(...)`, so its calls carry the trace of the
//! request that caused them.

use std::cell::Cell;
use std::collections::hash_map::RandomState;
use std::fmt;
use std::future::Future;
use std::hash::{BuildHasher, Hasher};
use std::time::{SystemTime, UNIX_EPOCH};

use http::{HeaderMap, HeaderValue};

/// The request header carrying the trace and the caller's span.
pub const TRACEPARENT: &str = "traceparent";
/// The request header carrying vendors' trace state, passed on unchanged.
pub const TRACESTATE: &str = "tracestate";

/// The `sampled` bit of `trace-flags`.
const SAMPLED: u8 = 0x01;

/// A 16-byte trace id, never all zeros; shown as 32 lowercase hex digits.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct TraceId([u8; 16]);

/// An 8-byte span id, never all zeros; shown as 16 lowercase hex digits.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct SpanId([u8; 8]);

impl TraceId {
    /// A fresh random id.
    pub fn random() -> TraceId {
        let high = random_u64().to_be_bytes();
        let low = random_u64().to_be_bytes();
        let mut bytes = [0; 16];
        bytes[..8].copy_from_slice(&high);
        bytes[8..].copy_from_slice(&low);
        TraceId(bytes)
    }

    /// The id of `bytes`, unless they are all zeros (invalid in W3C Trace Context).
    pub fn from_bytes(bytes: [u8; 16]) -> Option<TraceId> {
        (bytes != [0; 16]).then_some(TraceId(bytes))
    }

    pub fn to_bytes(self) -> [u8; 16] {
        self.0
    }
}

impl SpanId {
    /// A fresh random id.
    pub fn random() -> SpanId {
        SpanId(random_u64().to_be_bytes())
    }

    /// The id of `bytes`, unless they are all zeros (invalid in W3C Trace Context).
    pub fn from_bytes(bytes: [u8; 8]) -> Option<SpanId> {
        (bytes != [0; 8]).then_some(SpanId(bytes))
    }

    pub fn to_bytes(self) -> [u8; 8] {
        self.0
    }
}

fn write_hex(f: &mut fmt::Formatter<'_>, bytes: &[u8]) -> fmt::Result {
    bytes.iter().try_for_each(|b| write!(f, "{b:02x}"))
}

impl fmt::Display for TraceId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_hex(f, &self.0)
    }
}

impl fmt::Debug for TraceId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "TraceId({self})")
    }
}

impl fmt::Display for SpanId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_hex(f, &self.0)
    }
}

impl fmt::Debug for SpanId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "SpanId({self})")
    }
}

/// A random non-zero 64-bit number. SipHash keyed from the OS random source (std's
/// `RandomState`, once per thread) over a per-thread counter and the clock: unpredictable and
/// unique enough for ids, without a dependency (ids are not secrets).
fn random_u64() -> u64 {
    thread_local! {
        static STATE: (RandomState, Cell<u64>) = (RandomState::new(), Cell::new(0));
    }
    STATE.with(|(state, counter)| {
        loop {
            let n = counter.get().wrapping_add(1);
            counter.set(n);
            let mut hasher = state.build_hasher();
            hasher.write_u64(n);
            let nanos = SystemTime::now()
                .duration_since(UNIX_EPOCH)
                .map_or(0, |d| d.as_nanos());
            hasher.write_u128(nanos);
            let value = hasher.finish();
            if value != 0 {
                return value;
            }
        }
    })
}

/// What a valid `traceparent` says: the trace, the caller's span, the flags.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Parent {
    pub trace_id: TraceId,
    pub span_id: SpanId,
    pub flags: u8,
}

impl Parent {
    /// Parses a `traceparent` value: `version-traceid-parentid-flags`, lowercase hex,
    /// version `00` exactly 55 characters; a later version (not `ff`) is read by its first four
    /// fields, as the specification asks. All-zero ids and anything malformed are `None`.
    pub fn parse(value: &str) -> Option<Parent> {
        let value = value.trim();
        let bytes = value.as_bytes();
        if bytes.len() < 55 {
            return None;
        }
        let version = hex_bytes::<1>(&value[..2])?[0];
        match version {
            0xff => return None,
            0x00 if bytes.len() != 55 => return None,
            _ if bytes.len() > 55 && bytes[55] != b'-' => return None,
            _ => {}
        }
        if bytes[2] != b'-' || bytes[35] != b'-' || bytes[52] != b'-' {
            return None;
        }
        Some(Parent {
            trace_id: TraceId::from_bytes(hex_bytes(&value[3..35])?)?,
            span_id: SpanId::from_bytes(hex_bytes(&value[36..52])?)?,
            flags: hex_bytes::<1>(&value[53..55])?[0],
        })
    }
}

/// `text` as `N` bytes of lowercase hex (uppercase is invalid in `traceparent`).
fn hex_bytes<const N: usize>(text: &str) -> Option<[u8; N]> {
    let text = text.as_bytes();
    if text.len() != 2 * N {
        return None;
    }
    let digit = |c: u8| match c {
        b'0'..=b'9' => Some(c - b'0'),
        b'a'..=b'f' => Some(c - b'a' + 10),
        _ => None,
    };
    let mut out = [0; N];
    for (i, pair) in text.chunks_exact(2).enumerate() {
        out[i] = digit(pair[0])? << 4 | digit(pair[1])?;
    }
    Some(out)
}

/// A request's place in a trace: the trace, this service's span of the request, the caller's
/// span when the trace was continued, the flags and the caller's `tracestate`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TraceContext {
    trace_id: TraceId,
    span_id: SpanId,
    parent_id: Option<SpanId>,
    flags: u8,
    tracestate: Option<String>,
}

tokio::task_local! {
    static CURRENT: TraceContext;
}

impl TraceContext {
    /// A new trace (random trace id and span id, sampled).
    pub fn new_root() -> TraceContext {
        TraceContext {
            trace_id: TraceId::random(),
            span_id: SpanId::random(),
            parent_id: None,
            flags: SAMPLED,
            tracestate: None,
        }
    }

    /// A new span of this service in the trace `parent` names (its span the parent), carrying
    /// `tracestate` on. Only the `sampled` flag is kept: the others this version does not know.
    pub fn child_of(parent: Parent, tracestate: Option<String>) -> TraceContext {
        TraceContext {
            trace_id: parent.trace_id,
            span_id: SpanId::random(),
            parent_id: Some(parent.span_id),
            flags: parent.flags & SAMPLED,
            tracestate: tracestate.filter(|s| !s.trim().is_empty()),
        }
    }

    /// A context with every part given (e.g. ids an OpenTelemetry tracer chose).
    pub fn from_parts(
        trace_id: TraceId,
        span_id: SpanId,
        parent_id: Option<SpanId>,
        sampled: bool,
        tracestate: Option<String>,
    ) -> TraceContext {
        TraceContext {
            trace_id,
            span_id,
            parent_id,
            flags: if sampled { SAMPLED } else { 0 },
            tracestate,
        }
    }

    /// The context of an incoming request: continues the trace of a valid `traceparent`
    /// (passing its `tracestate` on), else starts a new one (and ignores `tracestate`, as the
    /// specification asks).
    pub fn from_headers(headers: &HeaderMap) -> TraceContext {
        match Self::parent_in(headers) {
            Some(parent) => Self::child_of(parent, Self::tracestate_in(headers)),
            None => Self::new_root(),
        }
    }

    /// The valid `traceparent` of `headers` (exactly one header; several are invalid).
    pub fn parent_in(headers: &HeaderMap) -> Option<Parent> {
        // A name ready to look up (a `&str` is parsed into one on every call).
        const NAME: http::HeaderName = http::HeaderName::from_static(TRACEPARENT);
        let mut values = headers.get_all(NAME).iter();
        let value = values.next()?;
        if values.next().is_some() {
            return None;
        }
        Parent::parse(value.to_str().ok()?)
    }

    /// Every `tracestate` header of `headers`, joined with commas as the specification allows.
    pub fn tracestate_in(headers: &HeaderMap) -> Option<String> {
        let parts: Vec<&str> = headers
            .get_all(TRACESTATE)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .map(str::trim)
            .filter(|v| !v.is_empty())
            .collect();
        (!parts.is_empty()).then(|| parts.join(","))
    }

    pub fn trace_id(&self) -> TraceId {
        self.trace_id
    }

    /// This service's span of the request: the parent of the calls it makes.
    pub fn span_id(&self) -> SpanId {
        self.span_id
    }

    /// The caller's span, when the request came with a valid `traceparent`.
    pub fn parent_id(&self) -> Option<SpanId> {
        self.parent_id
    }

    pub fn sampled(&self) -> bool {
        self.flags & SAMPLED != 0
    }

    pub fn tracestate(&self) -> Option<&str> {
        self.tracestate.as_deref()
    }

    /// The `traceparent` a call made in this context sends: this trace, this span as parent.
    pub fn traceparent(&self) -> String {
        format!("00-{}-{}-{:02x}", self.trace_id, self.span_id, self.flags)
    }

    /// Writes `traceparent` and `tracestate` (when there is one) into `headers`, replacing
    /// what was there.
    pub fn inject(&self, headers: &mut HeaderMap) {
        if let Ok(value) = HeaderValue::from_str(&self.traceparent()) {
            headers.insert(TRACEPARENT, value);
        }
        headers.remove(TRACESTATE);
        if let Some(value) = self
            .tracestate
            .as_deref()
            .and_then(|s| HeaderValue::from_str(s).ok())
        {
            headers.insert(TRACESTATE, value);
        }
    }

    /// Runs `future` with this context as [`TraceContext::current`].
    pub async fn scope<F: Future>(self, future: F) -> F::Output {
        CURRENT.scope(self, future).await
    }

    /// The context of the request (or queued work) the current task is running for.
    pub fn current() -> Option<TraceContext> {
        CURRENT.try_with(Clone::clone).ok()
    }
}

/// Runs `future` in `context` when there is one (a context captured earlier, e.g. when work
/// was queued), else as it is.
pub async fn within<F: Future>(context: Option<TraceContext>, future: F) -> F::Output {
    match context {
        Some(context) => context.scope(future).await,
        None => future.await,
    }
}

/// `future` carrying the current context along (captured now, when this is called): for work
/// spawned on a task of its own, which a task-local does not reach.
pub fn carry<F: Future>(future: F) -> impl Future<Output = F::Output> {
    within(TraceContext::current(), future)
}

/// Writes the current context's `traceparent`/`tracestate` into `headers`; nothing outside a
/// [`TraceContext::scope`]. The generated clients call it before every request.
pub fn inject_current(headers: &mut HeaderMap) {
    // try_with borrows: no clone of the tracestate per call.
    let _ = CURRENT.try_with(|context| context.inject(headers));
}

#[cfg(test)]
mod tests {
    use super::*;

    const VALID: &str = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

    #[test]
    fn a_valid_traceparent_is_read() {
        let parent = Parent::parse(VALID).expect("valid");
        assert_eq!(
            parent.trace_id.to_string(),
            "4bf92f3577b34da6a3ce929d0e0e4736"
        );
        assert_eq!(parent.span_id.to_string(), "00f067aa0ba902b7");
        assert_eq!(parent.flags, 1);
    }

    #[test]
    fn malformed_traceparents_are_refused() {
        for bad in [
            "",
            "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7",
            "00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01",
            "00-00000000000000000000000000000000-00f067aa0ba902b7-01",
            "00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01",
            "ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
            "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-extra",
            "0-04bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
            "00_4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
            "00-4bf92f3577b34da6a3ce929d0e0e473g-00f067aa0ba902b7-01",
            "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-0x",
            "01-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01x",
        ] {
            assert_eq!(Parent::parse(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn later_versions_are_read_by_their_first_fields() {
        let later = "01-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-what-comes-next";
        assert_eq!(
            Parent::parse(later).map(|p| p.trace_id),
            Parent::parse(VALID).map(|p| p.trace_id)
        );
    }

    #[test]
    fn an_incoming_trace_is_continued_with_a_span_of_our_own() {
        let mut headers = HeaderMap::new();
        headers.insert(TRACEPARENT, HeaderValue::from_static(VALID));
        headers.append(TRACESTATE, HeaderValue::from_static("congo=t61rcWkgMzE"));
        headers.append(
            TRACESTATE,
            HeaderValue::from_static("rojo=00f067aa0ba902b7"),
        );
        let context = TraceContext::from_headers(&headers);
        let parent = Parent::parse(VALID).expect("valid");
        assert_eq!(context.trace_id(), parent.trace_id);
        assert_eq!(context.parent_id(), Some(parent.span_id));
        assert_ne!(context.span_id(), parent.span_id);
        assert_eq!(
            context.tracestate(),
            Some("congo=t61rcWkgMzE,rojo=00f067aa0ba902b7")
        );
        let sent = Parent::parse(&context.traceparent()).expect("what we send is valid");
        assert_eq!(sent.trace_id, parent.trace_id);
        assert_eq!(sent.span_id, context.span_id());
    }

    #[test]
    fn without_a_valid_traceparent_a_new_trace_starts() {
        let mut headers = HeaderMap::new();
        headers.insert(TRACEPARENT, HeaderValue::from_static("garbage"));
        headers.insert(TRACESTATE, HeaderValue::from_static("congo=t61rcWkgMzE"));
        let first = TraceContext::from_headers(&headers);
        let second = TraceContext::from_headers(&HeaderMap::new());
        assert_eq!(first.parent_id(), None);
        assert_eq!(first.tracestate(), None, "tracestate without traceparent");
        assert_ne!(first.trace_id(), second.trace_id());
        assert!(first.sampled());
    }

    #[test]
    fn two_traceparent_headers_are_invalid() {
        let mut headers = HeaderMap::new();
        headers.append(TRACEPARENT, HeaderValue::from_static(VALID));
        headers.append(TRACEPARENT, HeaderValue::from_static(VALID));
        assert_eq!(TraceContext::parent_in(&headers), None);
    }

    #[test]
    fn random_ids_are_distinct_and_well_formed() {
        let ids: std::collections::HashSet<String> =
            (0..1000).map(|_| TraceId::random().to_string()).collect();
        assert_eq!(ids.len(), 1000);
        assert!(ids.iter().all(|id| id.len() == 32));
        assert_eq!(SpanId::random().to_string().len(), 16);
    }

    #[tokio::test]
    async fn carried_work_keeps_the_context_on_another_task() {
        let context = TraceContext::new_root();
        let expected = context.clone();
        let seen = context
            .scope(async { tokio::spawn(carry(async { TraceContext::current() })).await })
            .await
            .unwrap();
        assert_eq!(seen, Some(expected));
        let uncarried = TraceContext::new_root()
            .scope(async { tokio::spawn(async { TraceContext::current() }).await })
            .await
            .unwrap();
        assert_eq!(uncarried, None, "a task-local stays on its task");
    }

    #[tokio::test]
    async fn the_current_context_is_injected_inside_its_scope_only() {
        let mut outside = HeaderMap::new();
        inject_current(&mut outside);
        assert!(outside.is_empty());
        let context = TraceContext::new_root();
        let expected = context.traceparent();
        let headers = context
            .scope(async {
                tokio::task::yield_now().await;
                let mut headers = HeaderMap::new();
                inject_current(&mut headers);
                headers
            })
            .await;
        assert_eq!(headers.get(TRACEPARENT).unwrap(), expected.as_str());
        assert!(headers.get(TRACESTATE).is_none());
    }
}
