//! Prometheus metrics every service serves at `GET /metrics` (text exposition format): requests
//! by operation, method and status, latency by operation, requests in flight, and
//! contract-validation failures. [`Metrics`] owns one registry per application, so a service
//! registers its own metrics beside these ([`Metrics::registry`]) and tests running several
//! applications in one process never see each other's counts. [`MetricsLayer`] is the tower
//! layer `service::app` puts around every request; the mock server records through the same
//! [`Metrics`] from its own hyper service.
//!
//! Labels are bounded: the operation is the contract's `operationId` (or a built-in route's
//! name, or [`UNMATCHED`]), never a raw path; methods outside HTTP's standard set are `other`.

use std::sync::{Arc, Mutex, PoisonError};
use std::task::{Context, Poll};
use std::time::{Duration, Instant};

use futures::future::BoxFuture;
use http::{Extensions, Method, Request, Response};
use prometheus::{
    Encoder, HistogramOpts, HistogramVec, IntCounterVec, IntGauge, Opts, Registry, TextEncoder,
};

use crate::contract::Operation;

/// Re-exported so that services register their own metrics with the same crate version.
pub use prometheus;

/// Where the metrics are served.
pub const METRICS_PATH: &str = "/metrics";

/// The `Content-Type` of the text exposition format.
pub const CONTENT_TYPE: &str = "text/plain; version=0.0.4; charset=utf-8";

/// The operation label of a request no operation (and no built-in route) took: a 404, a 405,
/// a CORS preflight.
pub const UNMATCHED: &str = "unmatched";

/// Latency buckets in seconds, from half a millisecond (what a service on an embedded store
/// answers in) to ten seconds. Services use them for their own histograms too.
pub const LATENCY_BUCKETS: &[f64] = &[
    0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0,
];

/// Which side of an exchange broke the contract.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ValidationFailure {
    /// The request was refused (400/415/422) for not keeping the contract.
    Request,
    /// The response broke the contract (logged, or answered 500 under `enforce`).
    Response,
}

impl ValidationFailure {
    /// The `kind` label.
    pub fn as_str(self) -> &'static str {
        match self {
            ValidationFailure::Request => "request",
            ValidationFailure::Response => "response",
        }
    }
}

/// One application's registry with the HTTP metrics registered in it. Cloning shares it.
#[derive(Clone)]
pub struct Metrics {
    inner: Arc<Inner>,
}

struct Inner {
    registry: Registry,
    requests: IntCounterVec,
    duration: HistogramVec,
    in_flight: IntGauge,
    validation: IntCounterVec,
}

impl Default for Metrics {
    fn default() -> Self {
        Self::new()
    }
}

impl std::fmt::Debug for Metrics {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Metrics").finish_non_exhaustive()
    }
}

impl Metrics {
    /// A fresh registry holding the HTTP metrics.
    pub fn new() -> Self {
        let registry = Registry::new();
        let requests = IntCounterVec::new(
            Opts::new(
                "taller_http_requests_total",
                "Requests answered, by operation id, method and status.",
            ),
            &["operation", "method", "status"],
        )
        .expect("a valid counter");
        let duration = HistogramVec::new(
            HistogramOpts::new(
                "taller_http_request_duration_seconds",
                "Time from the request's arrival to its answer, by operation id.",
            )
            .buckets(LATENCY_BUCKETS.to_vec()),
            &["operation"],
        )
        .expect("a valid histogram");
        let in_flight = IntGauge::new(
            "taller_http_requests_in_flight",
            "Requests received and not yet answered.",
        )
        .expect("a valid gauge");
        let validation = IntCounterVec::new(
            Opts::new(
                "taller_contract_validation_failures_total",
                "Requests refused and responses found breaking the contract, by operation id and kind (request, response).",
            ),
            &["operation", "kind"],
        )
        .expect("a valid counter");
        for collector in [
            Box::new(requests.clone()) as Box<dyn prometheus::core::Collector>,
            Box::new(duration.clone()),
            Box::new(in_flight.clone()),
            Box::new(validation.clone()),
        ] {
            registry
                .register(collector)
                .expect("each name is registered once in a new registry");
        }
        Metrics {
            inner: Arc::new(Inner {
                registry,
                requests,
                duration,
                in_flight,
                validation,
            }),
        }
    }

    /// The registry: a service registers its own metrics here to have them served too.
    pub fn registry(&self) -> &Registry {
        &self.inner.registry
    }

    /// Everything registered, in the text exposition format.
    pub fn render(&self) -> String {
        let mut out = Vec::new();
        // Writing into a Vec fails only on a family with no metrics, which `gather` drops.
        if let Err(error) = TextEncoder::new().encode(&self.inner.registry.gather(), &mut out) {
            tracing::error!(%error, "metrics could not be encoded");
        }
        String::from_utf8(out).unwrap_or_default()
    }

    /// Counts a request as in flight until the guard is dropped (answered or abandoned).
    pub fn in_flight(&self) -> InFlight {
        self.inner.in_flight.inc();
        InFlight(self.inner.in_flight.clone())
    }

    /// Records one answered request.
    pub fn observe(&self, operation: &str, method: &Method, status: u16, elapsed: Duration) {
        let inner = &self.inner;
        // A status is three digits (hyper refuses others), so the label stays bounded.
        let status = status.to_string();
        inner
            .requests
            .with_label_values(&[operation, method_label(method), &status])
            .inc();
        inner
            .duration
            .with_label_values(&[operation])
            .observe(elapsed.as_secs_f64());
    }

    /// Records a request refused, or a response found breaking the contract.
    pub fn validation_failure(&self, operation: &str, kind: ValidationFailure) {
        self.inner
            .validation
            .with_label_values(&[operation, kind.as_str()])
            .inc();
    }
}

/// Held while a request is in flight; see [`Metrics::in_flight`].
#[must_use = "the request counts as in flight only while this is held"]
pub struct InFlight(IntGauge);

impl Drop for InFlight {
    fn drop(&mut self) {
        self.0.dec();
    }
}

/// The operation label of the paths every service (and the mock's `--docs`) serves itself.
pub fn builtin_operation(path: &str) -> Option<&'static str> {
    match path {
        "/healthz" => Some("healthz"),
        "/readyz" => Some("readyz"),
        "/openapi.json" | "/docs/openapi.json" => Some("openapi"),
        "/docs" => Some("docs"),
        _ if path.starts_with("/docs/") => Some("docs"),
        _ => None,
    }
}

/// HTTP's standard methods by name; anything else a client makes up is `other`.
pub fn method_label(method: &Method) -> &'static str {
    match *method {
        Method::GET => "GET",
        Method::POST => "POST",
        Method::PUT => "PUT",
        Method::DELETE => "DELETE",
        Method::PATCH => "PATCH",
        Method::HEAD => "HEAD",
        Method::OPTIONS => "OPTIONS",
        Method::TRACE => "TRACE",
        Method::CONNECT => "CONNECT",
        _ => "other",
    }
}

/// The value of the sample `name` whose labels include every one of `labels`, read from a
/// text exposition (what `/metrics` answers); `None` when there is no such sample. For tests
/// and checks that scrape a service.
pub fn sample(exposition: &str, name: &str, labels: &[(&str, &str)]) -> Option<f64> {
    exposition.lines().find_map(|line| {
        let rest = line.strip_prefix(name)?;
        let (found, value) = match rest.strip_prefix('{') {
            Some(inner) => {
                let (pairs, value) = inner.rsplit_once('}')?;
                (label_pairs(pairs)?, value)
            }
            None if rest.starts_with(' ') => (Vec::new(), rest),
            None => return None,
        };
        let wanted = labels
            .iter()
            .all(|(k, v)| found.iter().any(|(fk, fv)| fk == k && fv == v));
        wanted.then(|| value.trim().parse().ok()).flatten()
    })
}

/// `taller_http_requests_total` of `operation`, `method` and `status` in a text exposition.
pub fn requests_answered(
    exposition: &str,
    operation: &str,
    method: &str,
    status: &str,
) -> Option<f64> {
    let labels = [
        ("operation", operation),
        ("method", method),
        ("status", status),
    ];
    sample(exposition, "taller_http_requests_total", &labels)
}

/// `taller_contract_validation_failures_total` of `operation` and `kind` in a text exposition.
pub fn contract_failures(
    exposition: &str,
    operation: &str,
    kind: ValidationFailure,
) -> Option<f64> {
    let labels = [("operation", operation), ("kind", kind.as_str())];
    sample(
        exposition,
        "taller_contract_validation_failures_total",
        &labels,
    )
}

/// `a="x",b="y \"quoted\""` → pairs, escapes undone.
fn label_pairs(text: &str) -> Option<Vec<(String, String)>> {
    let mut pairs = Vec::new();
    let mut rest = text;
    while !rest.is_empty() {
        let (key, after) = rest.split_once("=\"")?;
        let mut value = String::new();
        let mut chars = after.char_indices();
        let end = loop {
            match chars.next()? {
                (i, '"') => break i,
                (_, '\\') => match chars.next()?.1 {
                    'n' => value.push('\n'),
                    other => value.push(other),
                },
                (_, c) => value.push(c),
            }
        };
        pairs.push((key.trim_start_matches(',').to_owned(), value));
        rest = &after[end + 1..];
    }
    Some(pairs)
}

/// What the handlers inside [`MetricsLayer`] found out about a request: the operation that
/// took it, and whether it broke the contract. Put in the request's extensions by the layer.
#[derive(Clone, Default)]
pub(crate) struct Observed(Arc<Mutex<Seen>>);

#[derive(Default)]
struct Seen {
    operation: Option<Arc<Operation>>,
    failure: Option<ValidationFailure>,
}

impl Observed {
    fn with<T>(&self, f: impl FnOnce(&mut Seen) -> T) -> T {
        f(&mut self.0.lock().unwrap_or_else(PoisonError::into_inner))
    }
}

/// The note [`MetricsLayer`] put in a request's extensions, if it did.
pub(crate) fn observed(extensions: &Extensions) -> Option<Observed> {
    extensions.get::<Observed>().cloned()
}

impl Observed {
    /// Notes the operation that took the request (called by `stub::decode`).
    pub(crate) fn operation(&self, operation: &Arc<Operation>) {
        self.with(|seen| seen.operation = Some(Arc::clone(operation)));
    }

    /// Notes that the request, or its response, broke the contract.
    pub(crate) fn failed(&self, kind: ValidationFailure) {
        self.with(|seen| seen.failure = Some(kind));
    }
}

/// The tower layer recording [`Metrics`] for every request except `GET /metrics` itself.
#[derive(Clone, Debug)]
pub struct MetricsLayer {
    metrics: Metrics,
}

impl MetricsLayer {
    pub fn new(metrics: Metrics) -> Self {
        MetricsLayer { metrics }
    }
}

impl<S> tower::Layer<S> for MetricsLayer {
    type Service = MetricsService<S>;

    fn layer(&self, inner: S) -> Self::Service {
        MetricsService {
            inner,
            metrics: self.metrics.clone(),
        }
    }
}

/// The service [`MetricsLayer`] wraps around an application.
#[derive(Clone, Debug)]
pub struct MetricsService<S> {
    inner: S,
    metrics: Metrics,
}

impl<S, B, R> tower::Service<Request<B>> for MetricsService<S>
where
    S: tower::Service<Request<B>, Response = Response<R>>,
    S::Future: Send + 'static,
{
    type Response = Response<R>;
    type Error = S::Error;
    type Future = BoxFuture<'static, Result<Response<R>, S::Error>>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, mut request: Request<B>) -> Self::Future {
        let path = request.uri().path();
        if path == METRICS_PATH {
            return Box::pin(self.inner.call(request));
        }
        let fallback = builtin_operation(path).unwrap_or(UNMATCHED);
        let method = request.method().clone();
        let observed = Observed::default();
        request.extensions_mut().insert(observed.clone());
        let metrics = self.metrics.clone();
        let in_flight = metrics.in_flight();
        let started = Instant::now();
        let answer = self.inner.call(request);
        Box::pin(async move {
            let result = answer.await;
            drop(in_flight);
            if let Ok(response) = &result {
                let (operation, failure) =
                    observed.with(|seen| (seen.operation.take(), seen.failure));
                let operation = operation.as_deref().map_or(fallback, Operation::id);
                metrics.observe(
                    operation,
                    &method,
                    response.status().as_u16(),
                    started.elapsed(),
                );
                if let Some(kind) = failure {
                    metrics.validation_failure(operation, kind);
                }
            }
            result
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn made_up_methods_share_one_label() {
        assert_eq!(method_label(&Method::GET), "GET");
        let made_up = Method::from_bytes(b"BREW").expect("a token");
        assert_eq!(method_label(&made_up), "other");
    }

    #[test]
    fn samples_are_found_by_name_and_labels() {
        let text = "# HELP x_total X.\n# TYPE x_total counter\n\
            x_total{a=\"1\",b=\"say \\\"hi\\\", then go\"} 3\n\
            x_total{a=\"2\",b=\"\"} 4\n\
            x 7\n";
        assert_eq!(sample(text, "x_total", &[("a", "1")]), Some(3.0));
        assert_eq!(
            sample(text, "x_total", &[("b", "say \"hi\", then go")]),
            Some(3.0)
        );
        assert_eq!(sample(text, "x_total", &[("a", "2"), ("b", "")]), Some(4.0));
        assert_eq!(sample(text, "x_total", &[("a", "3")]), None);
        assert_eq!(sample(text, "x", &[]), Some(7.0));
        assert_eq!(sample(text, "x_tot", &[]), None);
    }

    #[test]
    fn in_flight_goes_down_when_the_guard_drops() {
        let metrics = Metrics::new();
        let guard = metrics.in_flight();
        assert!(
            metrics
                .render()
                .contains("taller_http_requests_in_flight 1\n")
        );
        drop(guard);
        assert!(
            metrics
                .render()
                .contains("taller_http_requests_in_flight 0\n")
        );
    }
}
