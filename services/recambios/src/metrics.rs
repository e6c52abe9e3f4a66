//! recambios' own Prometheus metrics, served at `/metrics` beside the HTTP metrics every
//! service has (`taller_runtime::metrics`): stock movements, the side effects' queues
//! (depth, deliveries, retries, drops) and the store's calls (latency, errors). Every label is
//! one of a fixed few values: a movement kind, an upstream's name, a store and a repository
//! method.

use taller_runtime::metrics::LATENCY_BUCKETS;
use taller_runtime::metrics::prometheus::core::Collector;
use taller_runtime::metrics::prometheus::{
    HistogramOpts, HistogramVec, IntCounterVec, IntGaugeVec, Opts, Registry,
};

use crate::domain::TipoMovimiento;

/// Everything recambios counts. Cloning shares the counts.
#[derive(Clone)]
pub struct ServiceMetrics {
    stock_movements: IntCounterVec,
    pub effects: EffectMetrics,
    pub store: StoreMetrics,
}

/// The side effects' queues, by upstream (`logs`, `notificaciones`).
#[derive(Clone)]
pub struct EffectMetrics {
    pub(crate) queued: IntGaugeVec,
    pub(crate) delivered: IntCounterVec,
    pub(crate) retries: IntCounterVec,
    /// By upstream and reason: `queue_full`, `retries_exhausted`, `refused`.
    pub(crate) dropped: IntCounterVec,
}

/// The store's calls, by store (`mongodb`, `embedded`) and repository method.
#[derive(Clone)]
pub struct StoreMetrics {
    pub(crate) duration: HistogramVec,
    pub(crate) errors: IntCounterVec,
}

fn counter(name: &str, help: &str, labels: &[&str]) -> IntCounterVec {
    IntCounterVec::new(Opts::new(name, help), labels).expect("a valid counter")
}

impl ServiceMetrics {
    /// The metrics, registered nowhere (each part is registered by [`ServiceMetrics::register`]).
    pub fn new() -> Self {
        ServiceMetrics {
            stock_movements: counter(
                "recambios_stock_movements_total",
                "Stock movements applied, by kind (entrada, salida, reserva, liberacion).",
                &["kind"],
            ),
            effects: EffectMetrics {
                queued: IntGaugeVec::new(
                    Opts::new(
                        "recambios_effects_queued",
                        "Side effects waiting in an upstream's queue.",
                    ),
                    &["upstream"],
                )
                .expect("a valid gauge"),
                delivered: counter(
                    "recambios_effects_delivered_total",
                    "Side effects an upstream accepted.",
                    &["upstream"],
                ),
                retries: counter(
                    "recambios_effects_retries_total",
                    "Delivery attempts after a failed one.",
                    &["upstream"],
                ),
                dropped: counter(
                    "recambios_effects_dropped_total",
                    "Side effects given up, by reason (queue_full, retries_exhausted, refused).",
                    &["upstream", "reason"],
                ),
            },
            store: StoreMetrics {
                duration: HistogramVec::new(
                    HistogramOpts::new(
                        "recambios_db_call_duration_seconds",
                        "Time a store call took, by store and operation.",
                    )
                    .buckets(LATENCY_BUCKETS.to_vec()),
                    &["store", "operation"],
                )
                .expect("a valid histogram"),
                errors: counter(
                    "recambios_db_errors_total",
                    "Store calls that failed (database unreachable or failing), by store and operation.",
                    &["store", "operation"],
                ),
            },
        }
    }

    /// [`ServiceMetrics::new`], registered in `registry` (the one `/metrics` serves).
    pub fn register(
        registry: &Registry,
    ) -> Result<Self, taller_runtime::metrics::prometheus::Error> {
        let metrics = Self::new();
        let collectors: [Box<dyn Collector>; 7] = [
            Box::new(metrics.stock_movements.clone()),
            Box::new(metrics.effects.queued.clone()),
            Box::new(metrics.effects.delivered.clone()),
            Box::new(metrics.effects.retries.clone()),
            Box::new(metrics.effects.dropped.clone()),
            Box::new(metrics.store.duration.clone()),
            Box::new(metrics.store.errors.clone()),
        ];
        for collector in collectors {
            registry.register(collector)?;
        }
        Ok(metrics)
    }

    /// Counts one applied stock movement.
    pub fn stock_moved(&self, kind: TipoMovimiento) {
        self.stock_movements
            .with_label_values(&[kind.as_str()])
            .inc();
    }
}

impl Default for ServiceMetrics {
    fn default() -> Self {
        Self::new()
    }
}
