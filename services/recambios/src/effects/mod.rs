//! Side effects sent off the request path: the audit log of every change (logs service) and
//! low-stock alerts (notificaciones service), through their generated clients.
//!
//! A request only puts an [`Effect`] in a bounded queue ([`Outbox::send`] never waits). Worker
//! tasks deliver it with retries and exponential backoff; when the queue is full or the retries
//! run out the effect is dropped and counted (`/metrics`: `recambios_effects_*`). So a slow or
//! dead upstream never slows or fails a request; the price is that, during a long outage, some
//! events are lost (and counted).
//!
//! Each effect keeps the W3C trace context of the request that caused it (captured when it is
//! queued): its deliveries, however late, run in that context, so the generated clients send
//! the request's `traceparent` and the delivery's log lines carry its `trace_id`.

pub mod upstream;

use std::sync::Arc;
use std::time::Duration;

use async_trait::async_trait;
use taller_runtime::TraceContext;
use taller_runtime::metrics::prometheus::{IntCounter, IntGauge};
use tokio::sync::{Semaphore, mpsc};
use tracing::Instrument;

use crate::metrics::{EffectMetrics, ServiceMetrics};

/// Something that happened, to tell another service about.
#[derive(Clone, Debug, PartialEq)]
pub enum Effect {
    /// A change to a part, for the audit log.
    Cambio {
        numero_serie: String,
        descripcion: String,
    },
    /// A part's available stock fell to or below its minimum.
    StockBajo {
        numero_serie: String,
        nombre: String,
        disponible: u32,
        minimo: u32,
    },
}

impl Effect {
    /// A one-line description (shared by the log entry and the alert text).
    pub fn describe(&self) -> String {
        match self {
            Effect::Cambio {
                numero_serie,
                descripcion,
            } => format!("{numero_serie}: {descripcion}"),
            Effect::StockBajo {
                numero_serie,
                nombre,
                disponible,
                minimo,
            } => format!(
                "Stock bajo: {numero_serie} ({nombre}) tiene {disponible} unidades disponibles, mínimo {minimo}"
            ),
        }
    }
}

/// Why a delivery failed: worth retrying (network, timeout, 5xx) or not (the upstream
/// refused the request itself, e.g. 4xx).
#[derive(Debug)]
pub enum Failure {
    Retry(String),
    Reject(String),
}

/// Delivers one effect to one upstream service.
#[async_trait]
pub trait Deliver: Send + Sync + 'static {
    /// The upstream's name, for logs and counters.
    fn name(&self) -> &'static str;
    /// Whether this upstream wants this kind of effect.
    fn wants(&self, effect: &Effect) -> bool;
    async fn deliver(&self, effect: &Effect) -> Result<(), Failure>;
}

/// Queue and retry settings.
#[derive(Clone, Debug)]
pub struct OutboxConfig {
    /// Effects waiting at most; more are dropped.
    pub capacity: usize,
    /// Deliveries in flight at once.
    pub concurrency: usize,
    /// Attempts per effect, the first included.
    pub attempts: u32,
    /// Wait before the first retry; doubles each time.
    pub backoff: Duration,
}

impl Default for OutboxConfig {
    fn default() -> Self {
        OutboxConfig {
            capacity: 1024,
            concurrency: 8,
            attempts: 5,
            backoff: Duration::from_millis(200),
        }
    }
}

/// What happened to the effects of one upstream so far: children of the service's
/// [`EffectMetrics`], so `/metrics` serves them.
#[derive(Debug)]
pub struct Counters {
    pub delivered: IntCounter,
    /// Dropped because the queue was full.
    pub dropped_full: IntCounter,
    /// Dropped after the last failed attempt.
    pub dropped_exhausted: IntCounter,
    /// Refused by the upstream (not retried).
    pub dropped_refused: IntCounter,
    /// Attempts after a failed one.
    pub retries: IntCounter,
    /// Effects in the queue, not yet taken by a worker.
    pub queued: IntGauge,
}

impl Counters {
    fn of(metrics: &EffectMetrics, upstream: &str) -> Counters {
        let dropped = |reason| metrics.dropped.with_label_values(&[upstream, reason]);
        Counters {
            delivered: metrics.delivered.with_label_values(&[upstream]),
            dropped_full: dropped("queue_full"),
            dropped_exhausted: dropped("retries_exhausted"),
            dropped_refused: dropped("refused"),
            retries: metrics.retries.with_label_values(&[upstream]),
            queued: metrics.queued.with_label_values(&[upstream]),
        }
    }

    /// Delivered, dropped because the queue was full, dropped after failing.
    pub fn snapshot(&self) -> (u64, u64, u64) {
        (
            self.delivered.get(),
            self.dropped_full.get(),
            self.dropped_exhausted.get() + self.dropped_refused.get(),
        )
    }
}

/// An effect waiting in a queue, with the trace of the request it came from.
struct Queued {
    effect: Effect,
    trace: Option<TraceContext>,
}

/// A bounded queue to one upstream, drained by background tasks.
#[derive(Clone)]
pub struct Outbox {
    tx: mpsc::Sender<Queued>,
    deliver: Arc<dyn Deliver>,
    counters: Arc<Counters>,
}

impl Outbox {
    /// Starts the workers (on the current tokio runtime), counting in metrics of its own.
    pub fn start(deliver: Arc<dyn Deliver>, config: OutboxConfig) -> Outbox {
        Self::start_counted(deliver, config, &ServiceMetrics::new().effects)
    }

    /// [`Outbox::start`], counting in `metrics` (labelled with the upstream's name).
    pub fn start_counted(
        deliver: Arc<dyn Deliver>,
        config: OutboxConfig,
        metrics: &EffectMetrics,
    ) -> Outbox {
        let (tx, rx) = mpsc::channel(config.capacity.max(1));
        let counters = Arc::new(Counters::of(metrics, deliver.name()));
        tokio::spawn(drain(rx, deliver.clone(), counters.clone(), config));
        Outbox {
            tx,
            deliver,
            counters,
        }
    }

    /// Queues `effect` if this upstream wants it, with the current trace context (the
    /// request's); never waits.
    pub fn send(&self, effect: &Effect) {
        if !self.deliver.wants(effect) {
            return;
        }
        // Up before the worker can take it, so the gauge never reads below zero.
        self.counters.queued.inc();
        let queued = Queued {
            effect: effect.clone(),
            trace: TraceContext::current(),
        };
        if self.tx.try_send(queued).is_err() {
            self.counters.queued.dec();
            self.counters.dropped_full.inc();
            tracing::warn!(
                upstream = self.deliver.name(),
                dropped_full = self.counters.dropped_full.get(),
                "queue full, effect dropped"
            );
        }
    }

    pub fn counters(&self) -> &Counters {
        &self.counters
    }
}

async fn drain(
    mut rx: mpsc::Receiver<Queued>,
    deliver: Arc<dyn Deliver>,
    counters: Arc<Counters>,
    config: OutboxConfig,
) {
    let slots = Arc::new(Semaphore::new(config.concurrency.max(1)));
    while let Some(Queued { effect, trace }) = rx.recv().await {
        counters.queued.dec();
        let Ok(permit) = slots.clone().acquire_owned().await else {
            return;
        };
        let (deliver, counters, config) = (deliver.clone(), counters.clone(), config.clone());
        let span = match &trace {
            Some(trace) => tracing::info_span!(
                "effect",
                upstream = deliver.name(),
                trace_id = %trace.trace_id(),
                span_id = %trace.span_id(),
            ),
            None => tracing::info_span!("effect", upstream = deliver.name()),
        };
        tokio::spawn(
            async move {
                let delivery = deliver_with_retries(&*deliver, &effect, &counters, &config);
                taller_runtime::trace::within(trace, delivery).await;
                drop(permit);
            }
            .instrument(span),
        );
    }
}

async fn deliver_with_retries(
    deliver: &dyn Deliver,
    effect: &Effect,
    counters: &Counters,
    config: &OutboxConfig,
) {
    let mut wait = config.backoff;
    for attempt in 1..=config.attempts.max(1) {
        if attempt > 1 {
            counters.retries.inc();
        }
        match deliver.deliver(effect).await {
            Ok(()) => {
                counters.delivered.inc();
                return;
            }
            Err(Failure::Reject(why)) => {
                counters.dropped_refused.inc();
                tracing::warn!(upstream = deliver.name(), %why, "effect refused, dropped");
                return;
            }
            Err(Failure::Retry(why)) if attempt < config.attempts => {
                tracing::debug!(upstream = deliver.name(), attempt, %why, "delivery failed, retrying");
                tokio::time::sleep(wait).await;
                wait = wait.saturating_mul(2);
            }
            Err(Failure::Retry(why)) => {
                counters.dropped_exhausted.inc();
                let n = counters.dropped_exhausted.get();
                tracing::warn!(upstream = deliver.name(), attempts = attempt, %why, dropped_exhausted = n, "effect dropped");
            }
        }
    }
}

/// Classifies a generated client's error: transport problems and 5xx are worth a retry, a
/// refusal (4xx) is not. An answer whose body does not parse carries no status any more; it
/// is retried, because losing an event is worse than logging it twice.
pub fn classify<E: std::fmt::Debug>(error: progenitor_client::Error<E>) -> Failure {
    use progenitor_client::Error as E2;
    let retry = match &error {
        E2::CommunicationError(_) | E2::ResponseBodyError(_) | E2::InvalidResponsePayload(..) => {
            true
        }
        E2::ErrorResponse(r) => r.status().is_server_error(),
        E2::UnexpectedResponse(r) => r.status().is_server_error(),
        _ => false,
    };
    let text = error.to_string();
    if retry {
        Failure::Retry(text)
    } else {
        Failure::Reject(text)
    }
}
