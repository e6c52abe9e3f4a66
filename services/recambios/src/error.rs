//! The errors of the crate. [`Error`] is what can go wrong while serving a request: storage
//! and domain code return it, and the HTTP layer answers it as the problem it names
//! (`api`'s `ApiError` implementation, the one place). [`StartupError`] is what can stop the
//! service before it serves anything (configuration, the store, the listening address).

use std::sync::Arc;

use crate::domain::Shortage;

/// What caused an [`Error`]: the library error it came from, kept for the log (shared, because
/// one failed batch answers several requests).
pub type Cause = Arc<dyn std::error::Error + Send + Sync>;

/// Everything that can go wrong while serving a request.
#[derive(Clone, Debug, thiserror::Error)]
pub enum Error {
    #[error("no part with numero_serie {0}")]
    NotFound(String),
    #[error("a part with numero_serie {0} already exists")]
    Duplicate(String),
    /// A change without `If-Match`.
    #[error("send If-Match with the ETag of the part to change it")]
    IfMatchMissing,
    /// `If-Match` named another version than the current one.
    #[error("If-Match does not match the current ETag \"{current}\"")]
    Stale { current: u64 },
    /// The requirement of a stock operation does not hold.
    #[error("not enough stock of {numero_serie}")]
    Shortage {
        numero_serie: String,
        pedido: u32,
        shortage: Shortage,
    },
    /// The database cannot be reached (or timed out): the caller may retry.
    #[error("the database is unreachable: {what}")]
    Unavailable {
        what: String,
        #[source]
        source: Option<Cause>,
    },
    /// Anything else the caller cannot fix.
    #[error("{what}")]
    Internal {
        what: String,
        #[source]
        source: Option<Cause>,
    },
}

impl Error {
    /// A failure of ours, described.
    pub fn internal(what: impl Into<String>) -> Self {
        Error::Internal {
            what: what.into(),
            source: None,
        }
    }

    /// A failure of ours while doing `what`, caused by `source`.
    pub fn internal_from(
        what: impl Into<String>,
        source: impl std::error::Error + Send + Sync + 'static,
    ) -> Self {
        Error::Internal {
            what: what.into(),
            source: Some(Arc::new(source)),
        }
    }

    /// The database did not answer `what`.
    pub fn unavailable(what: impl Into<String>) -> Self {
        Error::Unavailable {
            what: what.into(),
            source: None,
        }
    }

    /// The database could not be reached, as `source` says.
    pub fn unavailable_from(
        what: impl Into<String>,
        source: impl std::error::Error + Send + Sync + 'static,
    ) -> Self {
        Error::Unavailable {
            what: what.into(),
            source: Some(Arc::new(source)),
        }
    }
}

pub type Result<T> = std::result::Result<T, Error>;

/// Why the service could not start.
#[derive(Debug, thiserror::Error)]
pub enum StartupError {
    /// The store named by the configuration could not be opened.
    #[error("cannot open the store")]
    Store(#[source] Error),
    /// No key, or an unusable one, to check tokens with.
    #[error("cannot check tokens")]
    Keys(#[source] taller_runtime::jwt::KeyError),
    /// The listening address could not be bound, or serving failed.
    #[error("cannot serve on {listen}")]
    Serve {
        listen: std::net::SocketAddr,
        #[source]
        source: std::io::Error,
    },
}
