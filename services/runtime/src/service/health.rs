//! `/healthz` (the process answers) and `/readyz` (its dependencies answer).

use std::sync::Arc;

use futures::future::BoxFuture;

/// Readiness probe: Ok when the service's dependencies answer, Err saying which does not.
pub type Readiness = Arc<dyn Fn() -> BoxFuture<'static, Result<(), String>> + Send + Sync>;
