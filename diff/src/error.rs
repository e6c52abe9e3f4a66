//! Why a contract version could not be read: one line naming the file (or `REV:path`) and,
//! when the contract itself is at fault, the line/column or JSON pointer.

use taller_contract::LoadError;

/// The crate's one error type.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The contract could not be loaded or bundled.
    #[error(transparent)]
    Load(#[from] LoadError),
    /// A `git:REV:path` version could not be read from git.
    #[error("{spec}: {message}")]
    Git { spec: String, message: String },
}
