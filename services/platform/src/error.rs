//! The crate's one error type.

use std::path::PathBuf;
use std::process::ExitStatus;
use std::time::Duration;

/// Why the platform could not start or run.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A file the platform needs is not where the layout says.
    #[error("{what} not found at {path}: {hint}")]
    Missing {
        what: &'static str,
        path: PathBuf,
        hint: &'static str,
    },
    /// A child process could not be spawned.
    #[error("cannot start {name} ({program}): {source}")]
    Spawn {
        name: String,
        program: PathBuf,
        source: std::io::Error,
    },
    /// A child process ended on its own.
    #[error("{name} exited ({status}){}", last_lines(.output))]
    Exited {
        name: String,
        status: ExitStatus,
        output: Vec<String>,
    },
    /// A child process kept running but never answered its readiness probe.
    #[error("{name} not ready at {url} after {waited:?}{}", last_lines(.output))]
    NotReady {
        name: String,
        url: String,
        waited: Duration,
        output: Vec<String>,
    },
    #[error("{0}")]
    Io(#[from] std::io::Error),
}

fn last_lines(lines: &[String]) -> String {
    if lines.is_empty() {
        String::new()
    } else {
        format!("; its last output:\n  {}", lines.join("\n  "))
    }
}
