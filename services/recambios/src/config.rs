//! Configuration from flags and environment (12-factor): where to listen and log (shared with
//! every service, from `taller-runtime`), which store to use, and where the upstreams are.

use std::path::PathBuf;

use clap::Parser;
use taller_runtime::service::ServeArgs;

/// recambios — the workshop's spare-parts service (parts catalogue and stock).
#[derive(Debug, Parser)]
#[command(version, about, long_about = None)]
pub struct Config {
    #[command(flatten)]
    pub serve: ServeArgs,

    /// MongoDB connection string, e.g. mongodb://mongo:27017. When unset, parts are kept in
    /// the embedded store at --data (no database server needed). Driver options go in the
    /// URI; against SecantusDB (one Python process) `maxPoolSize=1` answers more (see
    /// docs/BENCHMARKS.md).
    #[arg(long, env = "MONGODB_URI")]
    pub mongodb_uri: Option<String>,

    /// MongoDB database name.
    #[arg(long, env = "MONGODB_DATABASE", default_value = "taller")]
    pub database: String,

    /// File of the embedded store, used when MONGODB_URI is unset (created if missing).
    #[arg(long, env = "RECAMBIOS_DATA", default_value = "data/recambios.redb")]
    pub data: PathBuf,

    /// Base URL of the logs service (where its contract's paths are served, e.g.
    /// http://logs:4010). Unset: changes are not sent to the audit log.
    #[arg(long, env = "LOGS_URL")]
    pub logs_url: Option<String>,

    /// Base URL of the notificaciones service. Unset: low-stock alerts are not sent.
    #[arg(long, env = "NOTIFICACIONES_URL")]
    pub notificaciones_url: Option<String>,

    /// Address low-stock alerts are e-mailed to.
    #[arg(
        long,
        env = "STOCK_ALERT_EMAIL",
        default_value = "almacen@taller.example.com"
    )]
    pub stock_alert_email: String,

    /// Path prefix the gateway puts before the contract's paths, used in links and Location.
    #[arg(long, env = "PUBLIC_PREFIX", default_value = "/api/v1")]
    pub public_prefix: String,

    /// Shared secret HS256 tokens are checked with (the local run). One of JWT_SECRET,
    /// JWT_PUBLIC_KEY or JWT_JWKS is required: without a key no request gets in.
    #[arg(long, env = "JWT_SECRET", hide_env_values = true)]
    pub jwt_secret: Option<String>,

    /// PEM file of the identity provider's RS256 public key (production).
    #[arg(long, env = "JWT_PUBLIC_KEY")]
    pub jwt_public_key: Option<PathBuf>,

    /// JWKS file of the identity provider's RS256 keys, chosen by the token's `kid`
    /// (production; preferred over JWT_PUBLIC_KEY when both are set).
    #[arg(long, env = "JWT_JWKS")]
    pub jwt_jwks: Option<PathBuf>,

    /// The `iss` every token must carry.
    #[arg(long, env = "JWT_ISSUER", default_value = "taller")]
    pub jwt_issuer: String,

    /// The `aud` every token must carry.
    #[arg(long, env = "JWT_AUDIENCE", default_value = "taller")]
    pub jwt_audience: String,

    /// The bearer token recambios sends to logs and notificaciones (a service token with
    /// `logs:write` and `notificaciones:write`).
    #[arg(long, env = "SERVICE_TOKEN", hide_env_values = true)]
    pub service_token: Option<String>,
}
