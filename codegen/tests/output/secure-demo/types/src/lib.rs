// @generated from codegen/tests/fixtures/secure-demo.yaml by `EXPECTORATE=overwrite cargo test -p taller-codegen --test snapshots`.
// Do not edit: change the spec or codegen/, then regenerate.

//! Models of the `secure-demo` contract (Secure demo): one type per `components.schemas` entry.
#![allow(
    clippy::all,
    clippy::pedantic,
    dead_code,
    unused_imports,
    unused_mut,
    irrefutable_let_patterns,
    mismatched_lifetime_syntaxes
)]
///`Problem`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct Problem {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub detail: ::std::option::Option<::std::string::String>,
    pub status: i64,
    pub title: ::std::string::String,
    #[serde(rename = "type")]
    pub type_: ::std::string::String,
}
/// Error types.
pub mod error {
    /// Error from a `TryFrom` or `FromStr` implementation.
    pub struct ConversionError(::std::borrow::Cow<'static, str>);
    impl ::std::error::Error for ConversionError {}
    impl ::std::fmt::Display for ConversionError {
        fn fmt(
            &self,
            f: &mut ::std::fmt::Formatter<'_>,
        ) -> Result<(), ::std::fmt::Error> {
            ::std::fmt::Display::fmt(&self.0, f)
        }
    }
    impl ::std::fmt::Debug for ConversionError {
        fn fmt(
            &self,
            f: &mut ::std::fmt::Formatter<'_>,
        ) -> Result<(), ::std::fmt::Error> {
            ::std::fmt::Debug::fmt(&self.0, f)
        }
    }
    impl From<&'static str> for ConversionError {
        fn from(value: &'static str) -> Self {
            Self(value.into())
        }
    }
    impl From<String> for ConversionError {
        fn from(value: String) -> Self {
            Self(value.into())
        }
    }
}
