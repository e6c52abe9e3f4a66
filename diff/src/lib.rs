//! `taller-diff` compares two versions of an OpenAPI contract and lists what changed, each
//! change a [`Finding`] with a stable id, a level and the operation it affects: what
//! `codegen breaking` gates a pull request on, and what `codegen changelog` writes as release
//! notes.
//!
//! Contracts are read through `taller-contract` (one file or many, Swagger 2.0, OpenAPI 3.0
//! and 3.1, all compared as bundled OpenAPI 3.0) by [`Contract::load`], or from git history
//! by [`load_spec`] (`git:REV:path`). Direction matters: narrowing what a request accepts and
//! widening what a response gives are what break callers (see [`checks`] for every check).

mod document;
mod error;
mod finding;
mod git;
mod operations;
mod report;
mod schema;

pub use document::Contract;
pub use error::Error;
pub use finding::{Check, Finding, Level, check, checks};
pub use git::load_spec;
pub use report::{Report, major};

/// Compares `base` with `revision`: every change, each finding once per operation it affects.
pub fn compare(base: &Contract, revision: &Contract) -> Report {
    Report {
        base: base.display().to_string(),
        revision: revision.display().to_string(),
        base_version: base.version().map(str::to_string),
        revision_version: revision.version().map(str::to_string),
        findings: operations::compare(base, revision),
    }
}
