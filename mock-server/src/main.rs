//! `mock-server mock …`: see the crate docs of `mock_server`.

use clap::Parser;
use mock_server::cli::{Cli, Command};
use mock_server::error::MockError;

fn main() {
    // Prism's arguments as yargs reads them (`--ignoreExamples`, `--cors false`, `--no-cors`).
    let cli = Cli::parse_from(mock_server::cli::prism_argv(std::env::args()));
    let Command::Mock(args) = cli.command;
    if let Err(e) = mock_server::run(args) {
        eprintln!("mock-server: {e}");
        // 2: the input (spec or arguments) is wrong, as with clap's usage errors.
        let code = match e {
            MockError::Bind { .. } => 1,
            _ => 2,
        };
        std::process::exit(code);
    }
}
