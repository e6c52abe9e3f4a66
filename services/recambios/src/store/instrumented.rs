//! A [`Repository`] that times every call of the one it wraps and counts its failures
//! (`recambios_db_call_duration_seconds`, `recambios_db_errors_total`), whichever the store.

use std::sync::Arc;
use std::time::Instant;

use async_trait::async_trait;

use super::Repository;
use crate::domain::{Filters, Movimiento, Page, PageRequest, Recambio, StockChange};
use crate::error::{Error, Result};
use crate::metrics::StoreMetrics;

/// `inner`, measured under the store label `store` (`mongodb`, `embedded`).
pub struct Instrumented {
    inner: Arc<dyn Repository>,
    store: &'static str,
    metrics: StoreMetrics,
}

impl Instrumented {
    pub fn new(inner: Arc<dyn Repository>, store: &'static str, metrics: StoreMetrics) -> Self {
        Instrumented {
            inner,
            store,
            metrics,
        }
    }

    async fn timed<T>(
        &self,
        operation: &'static str,
        call: impl Future<Output = Result<T>>,
    ) -> Result<T> {
        let started = Instant::now();
        let result = call.await;
        let labels = [self.store, operation];
        self.metrics
            .duration
            .with_label_values(&labels)
            .observe(started.elapsed().as_secs_f64());
        // What the caller asked for can be absent, stale or short: those are answers. Only a
        // database that does not answer, or fails, is an error of the database.
        if matches!(
            result,
            Err(Error::Unavailable { .. } | Error::Internal { .. })
        ) {
            self.metrics.errors.with_label_values(&labels).inc();
        }
        result
    }
}

#[async_trait]
impl Repository for Instrumented {
    async fn ping(&self) -> Result<()> {
        self.timed("ping", self.inner.ping()).await
    }

    async fn insert(&self, part: &Recambio) -> Result<()> {
        self.timed("insert", self.inner.insert(part)).await
    }

    async fn get(&self, numero_serie: &str) -> Result<Option<Recambio>> {
        self.timed("get", self.inner.get(numero_serie)).await
    }

    async fn replace(&self, next: &Recambio) -> Result<()> {
        self.timed("replace", self.inner.replace(next)).await
    }

    async fn delete(&self, numero_serie: &str, version: u64) -> Result<()> {
        self.timed("delete", self.inner.delete(numero_serie, version))
            .await
    }

    async fn list(&self, filters: &Filters, page: &PageRequest) -> Result<Page<Arc<Recambio>>> {
        self.timed("list", self.inner.list(filters, page)).await
    }

    async fn apply_stock(&self, numero_serie: &str, change: &StockChange) -> Result<Recambio> {
        self.timed("apply_stock", self.inner.apply_stock(numero_serie, change))
            .await
    }

    async fn movements(&self, numero_serie: &str, page: &PageRequest) -> Result<Page<Movimiento>> {
        self.timed("movements", self.inner.movements(numero_serie, page))
            .await
    }
}
