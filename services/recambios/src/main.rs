//! The `recambios` binary: reads its configuration, opens the store, and serves the contract
//! with everything `taller-runtime` adds (health, readiness, docs, tracing, shutdown).

use clap::Parser;
use recambios::config::Config;

// A list page builds and drops a few hundred small values (contract types, JSON): with glibc's
// malloc that was about a fifth of its CPU (perf, docs/BENCHMARKS.md).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[tokio::main]
async fn main() -> std::process::ExitCode {
    let config = Config::parse();
    taller_runtime::service::init_tracing(config.serve.log_format);
    match recambios::run(config).await {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(error) => {
            let error = taller_runtime::error::chain(&error);
            tracing::error!(%error, "recambios stopped");
            eprintln!("recambios: {error}");
            std::process::ExitCode::FAILURE
        }
    }
}
