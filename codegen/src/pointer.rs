//! RFC 6901 JSON pointers: the contract crate's, used in `$ref`s and in error messages.

pub use taller_contract::pointer::{escape, get, join, push};
