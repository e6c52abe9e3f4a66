//! The one error type of the crate. Storage and domain code return it; the HTTP layer turns
//! it into problem+json in exactly one place (`api::problem`).

use crate::domain::Shortage;

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
    #[error("the database is unreachable: {0}")]
    Unavailable(String),
    /// Anything else the caller cannot fix.
    #[error("internal error: {0}")]
    Internal(String),
}

pub type Result<T> = std::result::Result<T, Error>;
