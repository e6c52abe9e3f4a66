// @generated from specs/logs.yaml by `cargo run -p taller-codegen -- generate`.
// Do not edit: change the spec or codegen/, then regenerate.

//! Models of the `logs` contract (taller — logs): one type per `components.schemas` entry.
#![allow(
    clippy::all,
    clippy::pedantic,
    dead_code,
    unused_imports,
    unused_mut,
    irrefutable_let_patterns,
    mismatched_lifetime_syntaxes
)]
///Links of a page; `prevPage`/`nextPage` only when that page exists.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct EnlacesPagina {
    pub first: Link,
    pub last: Link,
    #[serde(rename = "nextPage", skip_serializing_if = "::std::option::Option::is_none")]
    pub next_page: ::std::option::Option<Link>,
    #[serde(rename = "prevPage", skip_serializing_if = "::std::option::Option::is_none")]
    pub prev_page: ::std::option::Option<Link>,
    #[serde(rename = "self")]
    pub self_: Link,
}
///Links of one item.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct EnlacesRecurso {
    pub parent: Link,
    #[serde(rename = "self")]
    pub self_: Link,
}
///A hyperlink.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct Link {
    pub href: ::std::string::String,
    ///Space-separated relation types or operationIds.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub rel: ::std::option::Option<::std::string::String>,
}
///A stored event.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct Log {
    pub descripcion_evento: ::std::string::String,
    pub fecha: ::chrono::DateTime<::chrono::offset::Utc>,
    pub id: ::uuid::Uuid,
    pub links: EnlacesRecurso,
    pub prioridad: Prioridad,
    pub subsistema: Subsistema,
    pub usuario: ::std::string::String,
}
///An event to append.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct LogNuevo {
    ///What happened.
    pub descripcion_evento: LogNuevoDescripcionEvento,
    ///When it happened; defaults to when the server receives it.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub fecha: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub prioridad: ::std::option::Option<Prioridad>,
    pub subsistema: Subsistema,
    ///The user or service account that raised the event.
    pub usuario: LogNuevoUsuario,
}
///What happened.
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct LogNuevoDescripcionEvento(::std::string::String);
impl ::std::ops::Deref for LogNuevoDescripcionEvento {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<LogNuevoDescripcionEvento> for ::std::string::String {
    fn from(value: LogNuevoDescripcionEvento) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for LogNuevoDescripcionEvento {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 2000usize {
            return Err("longer than 2000 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for LogNuevoDescripcionEvento {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for LogNuevoDescripcionEvento {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for LogNuevoDescripcionEvento {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::serde::de::Error>::custom(e.to_string())
            })
    }
}
///The user or service account that raised the event.
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct LogNuevoUsuario(::std::string::String);
impl ::std::ops::Deref for LogNuevoUsuario {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<LogNuevoUsuario> for ::std::string::String {
    fn from(value: LogNuevoUsuario) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for LogNuevoUsuario {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 100usize {
            return Err("longer than 100 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for LogNuevoUsuario {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for LogNuevoUsuario {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for LogNuevoUsuario {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::serde::de::Error>::custom(e.to_string())
            })
    }
}
///A page of events.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct LogPagina {
    pub items: ::std::vec::Vec<Log>,
    pub links: EnlacesPagina,
    pub page: ::std::num::NonZeroU64,
    pub page_size: ::std::num::NonZeroU64,
    ///Items matching the filters, over all pages.
    pub total: u64,
    pub total_pages: u64,
}
///0 very high, 1 high, 2 medium, 3 low.
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(transparent)]
pub struct Prioridad(i64);
impl ::std::ops::Deref for Prioridad {
    type Target = i64;
    fn deref(&self) -> &i64 {
        &self.0
    }
}
impl ::std::convert::From<Prioridad> for i64 {
    fn from(value: Prioridad) -> Self {
        value.0
    }
}
impl ::std::convert::TryFrom<i64> for Prioridad {
    type Error = self::error::ConversionError;
    fn try_from(
        value: i64,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if ![0_i64, 1_i64, 2_i64, 3_i64].contains(&value) {
            Err("invalid value".into())
        } else {
            Ok(Self(value))
        }
    }
}
impl<'de> ::serde::Deserialize<'de> for Prioridad {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        Self::try_from(<i64>::deserialize(deserializer)?)
            .map_err(|e| { <D::Error as ::serde::de::Error>::custom(e.to_string()) })
    }
}
/**RFC 9457 problem details, the body of every error response. `errors` lists each
failing field: `pointer` is a JSON pointer into the request body, or
`/query/<name>`, `/path/<name>`, `/header/<name>` for a parameter.
*/
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct Problem {
    ///Explanation of this occurrence.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub detail: ::std::option::Option<::std::string::String>,
    ///One entry per failing field (validation failures).
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    pub errors: ::std::vec::Vec<ProblemErrorsItem>,
    ///The request path that produced it.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub instance: ::std::option::Option<::std::string::String>,
    ///The HTTP status code.
    pub status: i64,
    ///Short summary of the kind of problem.
    pub title: ::std::string::String,
    ///Identifies the kind of problem; `about:blank` when only the status says it.
    #[serde(rename = "type")]
    pub type_: ::std::string::String,
}
///`ProblemErrorsItem`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct ProblemErrorsItem {
    ///What is wrong with it.
    pub detail: ::std::string::String,
    ///Where the failing value is (JSON pointer, or `/query/…`, `/path/…`, `/header/…`).
    pub pointer: ::std::string::String,
}
/**The service that raised the event: 1 clientes, 2 vehiculos, 3 trabajos,
4 notificaciones, 5 facturas, 6 recambios, 7 logs.
*/
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(transparent)]
pub struct Subsistema(i64);
impl ::std::ops::Deref for Subsistema {
    type Target = i64;
    fn deref(&self) -> &i64 {
        &self.0
    }
}
impl ::std::convert::From<Subsistema> for i64 {
    fn from(value: Subsistema) -> Self {
        value.0
    }
}
impl ::std::convert::TryFrom<i64> for Subsistema {
    type Error = self::error::ConversionError;
    fn try_from(
        value: i64,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if ![1_i64, 2_i64, 3_i64, 4_i64, 5_i64, 6_i64, 7_i64].contains(&value) {
            Err("invalid value".into())
        } else {
            Ok(Self(value))
        }
    }
}
impl<'de> ::serde::Deserialize<'de> for Subsistema {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        Self::try_from(<i64>::deserialize(deserializer)?)
            .map_err(|e| { <D::Error as ::serde::de::Error>::custom(e.to_string()) })
    }
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
