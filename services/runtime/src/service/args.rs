//! Flags and environment every service takes.

use std::net::SocketAddr;

use super::LogFormat;

/// Flags/env every service takes; `#[command(flatten)]` it into the service's own CLI.
#[derive(Debug, Clone, clap::Args)]
pub struct ServeArgs {
    /// Address and port to listen on.
    #[arg(long, env = "LISTEN", default_value = "0.0.0.0:8000")]
    pub listen: SocketAddr,
    /// Log line format: `text` for people, `json` for log collectors.
    #[arg(long, env = "LOG_FORMAT", value_enum, default_value_t = LogFormat::Text)]
    pub log_format: LogFormat,
    /// Largest accepted request body in bytes; larger ones get 413.
    #[arg(long, env = "BODY_LIMIT", default_value_t = 1024 * 1024)]
    pub body_limit: usize,
    /// Origins allowed by CORS (repeat the flag, or comma-separate in the variable); none
    /// given means any origin.
    #[arg(long = "cors-origin", env = "CORS_ORIGINS", value_delimiter = ',')]
    pub cors_origins: Vec<String>,
    /// Seconds to let in-flight requests finish after SIGINT/SIGTERM.
    #[arg(long, env = "SHUTDOWN_GRACE", default_value_t = 10)]
    pub shutdown_grace: u64,
}

impl Default for ServeArgs {
    fn default() -> Self {
        Self {
            listen: SocketAddr::from(([0, 0, 0, 0], 8000)),
            log_format: LogFormat::Text,
            body_limit: 1024 * 1024,
            cors_origins: Vec::new(),
            shutdown_grace: 10,
        }
    }
}
