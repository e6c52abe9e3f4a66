// @generated from codegen/tests/fixtures/multi-file-demo/openapi.yaml by `EXPECTORATE=overwrite cargo test -p taller-codegen --test snapshots`.
// Do not edit: change the spec or codegen/, then regenerate.

//! Models of the `multi-file-demo` contract (Multi-file demo (relative $refs, like the original system's specs)): one type per `components.schemas` entry.
#![allow(
    clippy::all,
    clippy::pedantic,
    dead_code,
    unused_imports,
    unused_mut,
    irrefutable_let_patterns,
    mismatched_lifetime_syntaxes
)]
///`Item`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct Item {
    pub id: ::std::num::NonZeroU64,
    pub tag: ItemTag,
}
///`ItemTag`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
pub enum ItemTag {
    #[serde(rename = "nuevo")]
    Nuevo,
    #[serde(rename = "usado")]
    Usado,
}
impl ::std::fmt::Display for ItemTag {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Nuevo => f.write_str("nuevo"),
            Self::Usado => f.write_str("usado"),
        }
    }
}
impl ::std::str::FromStr for ItemTag {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "nuevo" => Ok(Self::Nuevo),
            "usado" => Ok(Self::Usado),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for ItemTag {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for ItemTag {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///`Problem`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct Problem {
    pub status: i64,
    pub title: ::std::string::String,
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
