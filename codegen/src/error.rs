//! The one error type of the generator: every way a spec or a run can fail, each rendered as
//! one line naming the file and where in it the problem is.

use std::path::PathBuf;

/// Why a spec could not be turned into code, or why a run failed.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The spec breaks a rule; `pointer` is a JSON pointer into `file`.
    #[error("{}: {pointer}: {}", file.display(), one_line(message))]
    Spec {
        file: PathBuf,
        pointer: String,
        message: String,
    },
    /// The file is not valid YAML/JSON.
    #[error("{}: line {line} column {column}: {message}", file.display())]
    Syntax {
        file: PathBuf,
        line: usize,
        column: usize,
        message: String,
    },
    /// progenitor or typify refused the spec (or panicked, caught and reported here);
    /// `pointer` is the part of the spec being generated.
    #[error("{}: {pointer}: {stage}: {}", file.display(), one_line(message))]
    Generator {
        file: PathBuf,
        pointer: String,
        stage: &'static str,
        message: String,
    },
    /// Reading or writing a file failed.
    #[error("{}: {source}", path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
}

impl Error {
    /// A spec rule broken at `pointer` in `file`.
    pub fn spec(
        file: impl Into<PathBuf>,
        pointer: impl Into<String>,
        message: impl Into<String>,
    ) -> Self {
        Error::Spec {
            file: file.into(),
            pointer: pointer.into(),
            message: message.into(),
        }
    }

    /// I/O failure on `path`.
    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Error::Io {
            path: path.into(),
            source,
        }
    }

    /// Whether the caller's spec is at fault (exit code 2) rather than the machine (exit code 1).
    pub fn is_bad_spec(&self) -> bool {
        !matches!(self, Error::Io { .. })
    }
}

/// A message as one line: typify and progenitor describe schemas over many lines; runs of
/// whitespace become one space, and more than 300 characters end in `…`.
fn one_line(message: &str) -> String {
    let flat = message.split_whitespace().collect::<Vec<_>>().join(" ");
    match flat.char_indices().nth(300) {
        Some((cut, _)) => format!("{}…", &flat[..cut]),
        None => flat,
    }
}

/// Result with the generator's error.
pub type Result<T, E = Error> = std::result::Result<T, E>;
