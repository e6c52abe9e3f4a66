//! Where parts and their movements live: the [`Repository`] trait and its two backends,
//! MongoDB (`mongo`) and an embedded file database (`embedded`). Both pass the same behaviour
//! suite; each applies a stock change as one atomic conditional step. `instrumented` measures
//! either for `/metrics`.

mod coalesce;
pub mod embedded;
pub mod instrumented;
pub mod mongo;

use std::sync::Arc;

use async_trait::async_trait;

use crate::domain::{Filters, Movimiento, Page, PageRequest, Recambio, StockChange};
use crate::error::Result;

/// The storage operations the service needs.
#[async_trait]
pub trait Repository: Send + Sync + 'static {
    /// Succeeds when the database answers (for `/readyz`).
    async fn ping(&self) -> Result<()>;

    /// Stores a new part; `Error::Duplicate` when its numero_serie exists.
    async fn insert(&self, part: &Recambio) -> Result<()>;

    async fn get(&self, numero_serie: &str) -> Result<Option<Recambio>>;

    /// Replaces the stored part whose version is `next.version - 1` by `next`.
    /// `Error::NotFound` when it is gone, `Error::Stale` when its version moved on.
    async fn replace(&self, next: &Recambio) -> Result<()>;

    /// Deletes the part (and its history) if it is at `version`.
    /// `Error::NotFound` / `Error::Stale` as for `replace`.
    async fn delete(&self, numero_serie: &str, version: u64) -> Result<()>;

    /// A page of the parts matching `filters`, in the requested order. The parts are shared
    /// (a backend that keeps them in memory hands them out without copying).
    async fn list(&self, filters: &Filters, page: &PageRequest) -> Result<Page<Arc<Recambio>>>;

    /// Applies `change` atomically if its requirement holds, records the movement and
    /// returns the part after it. `Error::Shortage` when the requirement fails,
    /// `Error::NotFound` when there is no such part.
    async fn apply_stock(&self, numero_serie: &str, change: &StockChange) -> Result<Recambio>;

    /// A page of a part's movements, oldest first unless `descending`.
    async fn movements(&self, numero_serie: &str, page: &PageRequest) -> Result<Page<Movimiento>>;
}
