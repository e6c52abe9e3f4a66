//! `taller-contract` owns the OpenAPI contract for the whole toolkit: codegen, the services'
//! runtime and the mock server all read contracts through it.
//!
//! - [`load`] reads a contract — YAML or JSON, local files or http(s) URLs, spread over several
//!   files — with every error naming the file and the line/column or JSON pointer; Swagger 2.0
//!   is converted to OpenAPI 3.0 on the way in, every `$ref` is made absolute and checked.
//! - [`bundle`] turns a loaded contract into one document with local `$ref`s only.
//! - [`normalize`] adapts schema dialects: [`normalize::to_openapi30`] for generators built
//!   on OpenAPI 3.0 models, [`normalize::to_json_schema`] for validators.
//! - [`validate`] compiles a bundled contract into per-operation request validators: what a
//!   generated server (through `taller-runtime`) checks before its implementation runs. The
//!   mock server checks the same schemas through [`validate::Schema`] and reads the same
//!   parameters through [`validate::Parameter`], both in [`validate::Dialect::Prism`]: one
//!   reading and one validator, with Prism's differences behind one switch.

mod bundle;
mod error;
pub mod normalize;
pub mod pointer;
mod postman;
mod source;
mod swagger2;
pub mod validate;

pub use bundle::{Bundle, bundle};
pub use error::LoadError;
pub use postman::{convert as convert_postman, is_collection as is_postman_collection};
pub use source::{
    Input, MAX_DOCUMENT_BYTES, OasVersion, Scope, Source, load, load_named, load_scoped, parse,
};
pub use swagger2::{DEFAULT_MEDIA as SWAGGER2_DEFAULT_MEDIA, convert as convert_swagger2};
