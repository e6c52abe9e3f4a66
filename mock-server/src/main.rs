//! `mock-server mock …` and `mock-server proxy …`: see the crate docs of `mock_server`.

use mock_server::cli::Command;
use mock_server::error::MockError;

// Every request parses, validates and answers with short-lived values (JSON trees, header
// maps, strings): glibc's malloc was about an eighth of the mock's own CPU on a validated
// POST (perf, docs/BENCHMARKS.md).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    // Prism's arguments as yargs reads them (`--ignoreExamples`, `--cors false`, `--no-cors`).
    let cli = mock_server::cli::try_parse(std::env::args()).unwrap_or_else(|e| e.exit());
    let result = match cli.command {
        Command::Mock(args) => mock_server::run(args),
        Command::Proxy(args) => mock_server::run_proxy(args),
    };
    if let Err(e) = result {
        eprintln!("mock-server: {e}");
        // 2: the input (spec or arguments) is wrong, as with clap's usage errors.
        let code = match e {
            MockError::Bind { .. } => 1,
            _ => 2,
        };
        std::process::exit(code);
    }
}
