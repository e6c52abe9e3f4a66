//! What can go wrong compiling a contract into validators, before a service starts serving.
//!
//! Errors of a *request* are not here: they are [`super::Rejection`]s, answered to the caller.

/// Why a contract could not be loaded or compiled.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The contract text is not JSON.
    #[error("contract is not valid JSON: {0}")]
    Json(#[from] serde_json::Error),
    /// The document has a shape this crate cannot use (e.g. `paths` not an object).
    #[error("contract {pointer}: {message}")]
    Shape { pointer: String, message: String },
    /// A `$ref` does not point inside the document.
    #[error("contract {pointer}: unresolved $ref {reference:?}")]
    UnresolvedRef { pointer: String, reference: String },
    /// A schema could not be compiled into a validator.
    #[error("contract {pointer}: schema does not compile: {message}")]
    Schema { pointer: String, message: String },
}
