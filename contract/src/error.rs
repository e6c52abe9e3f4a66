//! Why a contract could not be read: each variant names the file, and the line and column or
//! the JSON pointer where the problem is.

/// The crate's one error type.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LoadError {
    /// The text cannot be parsed (YAML/JSON syntax).
    #[error("{file}:{line}:{col}: {msg}")]
    Syntax {
        file: String,
        line: usize,
        col: usize,
        msg: String,
    },
    /// The document parses but breaks OpenAPI's structure at `pointer`.
    #[error("{file}: {pointer}: {msg}")]
    Invalid {
        file: String,
        pointer: String,
        msg: String,
    },
    /// The file (or URL) cannot be read.
    #[error("{file}: {msg}")]
    Read { file: String, msg: String },
}

impl LoadError {
    pub(crate) fn invalid(file: &str, pointer: &str, msg: impl Into<String>) -> Self {
        LoadError::Invalid {
            file: file.to_string(),
            pointer: if pointer.is_empty() {
                "/".to_string()
            } else {
                pointer.to_string()
            },
            msg: msg.into(),
        }
    }
}
