//! A service on a generated stub: the logs contract (`specs/logs.yaml`) implemented in memory.
//!
//! ```text
//! cargo run -p taller-examples --example logs_service -- --listen 127.0.0.1:8000
//! curl -si 127.0.0.1:8000/logs -H 'content-type: application/json' \
//!      -d '{"descripcion_evento": "cambio de aceite", "subsistema": 1, "usuario": "ana"}'
//! curl -s '127.0.0.1:8000/logs?page_size=5'
//! curl -s 127.0.0.1:8000/logs -H 'content-type: application/json' -d '{}'   # 422, problem+json
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
}

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let cli = Cli::parse();
    service::init_tracing(cli.serve.log_format);
    service::serve(app(MemoryLogs::default(), &cli.serve), &cli.serve).await
}
