//! Wiring: the configured store, the effect outboxes, the API and their metrics, assembled
//! into the router `taller-runtime` serves.

use std::sync::Arc;
use std::time::Duration;

use futures::FutureExt;
use taller_runtime::jwt::{Keys, Verifier};
use taller_runtime::metrics::Metrics;
use taller_runtime::service::{self, Readiness};

use crate::api::Api;
use crate::config::Config;
use crate::effects::upstream::{Logs, Notificaciones};
use crate::effects::{Outbox, OutboxConfig};
use crate::error::{Result, StartupError};
use crate::metrics::{EffectMetrics, ServiceMetrics, StoreMetrics};
use crate::service::Recambios;
use crate::store::Repository;
use crate::store::embedded::EmbeddedStore;
use crate::store::instrumented::Instrumented;
use crate::store::mongo::MongoStore;

/// Opens the store the configuration names, its calls measured in `metrics`. MongoDB is
/// connected lazily and its indexes are created in the background, retrying until the
/// database answers: the service starts (and answers 503, with `/readyz` failing) while the
/// database is still down.
pub async fn open_store(config: &Config, metrics: &StoreMetrics) -> Result<Arc<dyn Repository>> {
    let (store, name) = open_backend(config).await?;
    Ok(Arc::new(Instrumented::new(store, name, metrics.clone())))
}

/// The configured backend and its store label.
async fn open_backend(config: &Config) -> Result<(Arc<dyn Repository>, &'static str)> {
    match &config.mongodb_uri {
        Some(uri) if !uri.is_empty() => {
            let store = MongoStore::connect(uri, &config.database).await?;
            let indexing = store.clone();
            tokio::spawn(async move {
                let mut wait = Duration::from_millis(500);
                loop {
                    match indexing.prepare().await {
                        Ok(()) => {
                            tracing::info!("MongoDB indexes in place, outboxes filed");
                            return;
                        }
                        Err(error) => {
                            tracing::warn!(%error, "cannot create indexes yet; retrying");
                            tokio::time::sleep(wait).await;
                            wait = (wait * 2).min(Duration::from_secs(10));
                        }
                    }
                }
            });
            tracing::info!(database = %config.database, "store: MongoDB");
            Ok((Arc::new(store), "mongodb"))
        }
        _ => {
            let store = EmbeddedStore::open(&config.data)?;
            tracing::info!(path = %config.data.display(), "store: embedded file");
            Ok((Arc::new(store), "embedded"))
        }
    }
}

/// The outboxes for the upstreams that are configured, counting in `metrics`.
pub fn outboxes(config: &Config, metrics: &EffectMetrics) -> Vec<Outbox> {
    let mut out = Vec::new();
    let token = config.service_token.as_deref();
    if let Some(url) = config.logs_url.as_deref().filter(|u| !u.is_empty()) {
        out.push(Outbox::start_counted(
            Arc::new(Logs::new(url, token)),
            OutboxConfig::default(),
            metrics,
        ));
    }
    if let Some(url) = config
        .notificaciones_url
        .as_deref()
        .filter(|u| !u.is_empty())
    {
        let upstream = Notificaciones::new(url, &config.stock_alert_email, token);
        out.push(Outbox::start_counted(
            Arc::new(upstream),
            OutboxConfig::default(),
            metrics,
        ));
    }
    out
}

/// The whole HTTP application: contract routes plus health, readiness and docs.
pub async fn build(config: &Config) -> std::result::Result<axum::Router, StartupError> {
    let keys = Keys::load(
        config.jwt_secret.as_deref(),
        config.jwt_public_key.as_deref(),
        config.jwt_jwks.as_deref(),
    )
    .map_err(StartupError::Keys)?;
    let verifier = Arc::new(Verifier::new(
        keys,
        &config.jwt_issuer,
        &config.jwt_audience,
    ));
    let metrics = Metrics::new();
    let own = ServiceMetrics::register(metrics.registry())
        .expect("recambios' metric names differ from the runtime's");
    let store = open_store(config, &own.store)
        .await
        .map_err(StartupError::Store)?;
    let recambios = Recambios::new(store, outboxes(config, &own.effects), own);
    let probe = recambios.clone();
    let readiness: Readiness = Arc::new(move || {
        let probe = probe.clone();
        async move { probe.ready().await.map_err(|e| e.to_string()) }.boxed()
    });
    let api = recambios_server::router(Api::new(recambios, config.public_prefix.clone(), verifier));
    Ok(service::app_with_metrics(
        api,
        recambios_server::CONTRACT_JSON,
        Some(readiness),
        &config.serve,
        metrics,
    ))
}

/// Builds the application and serves it until SIGINT/SIGTERM.
pub async fn run(config: Config) -> std::result::Result<(), StartupError> {
    let app = build(&config).await?;
    service::serve(app, &config.serve)
        .await
        .map_err(|source| StartupError::Serve {
            listen: config.serve.listen,
            source,
        })
}
