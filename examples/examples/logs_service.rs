//! A service on a generated stub: the logs contract (`specs/logs.yaml`) implemented in memory.
//!
//! ```text
//! cargo run -p taller-examples --example logs_service -- --listen 127.0.0.1:8000
//! TOKEN=…   # printed at start-up: a development token with logs:read and logs:write
//! curl -si 127.0.0.1:8000/logs -H "authorization: Bearer $TOKEN" -H 'content-type: application/json' \
//!      -d '{"descripcion_evento": "cambio de aceite", "subsistema": 1, "usuario": "ana"}'
//! curl -s '127.0.0.1:8000/logs?page_size=5' -H "authorization: Bearer $TOKEN"
//! curl -si '127.0.0.1:8000/logs'                                             # 401, problem+json
//! open http://127.0.0.1:8000/docs/
//! ```
//!
//! Everything but the three trait methods comes from `logs-server` (routes, validation against
//! the contract, typed requests and responses) and `taller-runtime` (flags, health, docs,
//! request ids, graceful shutdown).

use clap::Parser;
use taller_examples::{MemoryLogs, app};
use taller_runtime::service::{self, ServeArgs};

#[derive(Parser)]
#[command(about = "The logs service, in memory, on its generated stub")]
struct Cli {
    #[command(flatten)]
    serve: ServeArgs,
    /// HS256 secret callers' tokens are signed with.
    #[arg(
        long,
        env = "JWT_SECRET",
        default_value = "taller-dev-secret",
        hide_env_values = true
    )]
    jwt_secret: String,
}

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let cli = Cli::parse();
    service::init_tracing(cli.serve.log_format);
    let logs = MemoryLogs::new(&cli.jwt_secret).map_err(std::io::Error::other)?;
    let token = taller_runtime::jwt::mint(
        &cli.jwt_secret,
        "taller",
        "taller",
        "developer",
        &["logs:read", "logs:write"],
        24 * 3600,
    );
    println!("development token (24 h, logs:read logs:write): {token}");
    service::serve(app(logs, &cli.serve), &cli.serve).await
}
