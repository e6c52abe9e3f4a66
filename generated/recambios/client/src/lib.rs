// @generated from specs/recambios.yaml by `cargo run -p taller-codegen -- generate`.
// Do not edit: change the spec or codegen/, then regenerate.

//! Async client of the `recambios` service (taller — recambios (spare parts and stock)), Builder style; models come from `recambios-types`.
#![allow(
    clippy::all,
    clippy::pedantic,
    dead_code,
    unused_imports,
    unused_mut,
    irrefutable_let_patterns,
    mismatched_lifetime_syntaxes
)]
#[allow(unused_imports)]
pub use progenitor_client::{ByteStream, ClientInfo, Error, ResponseValue};
#[allow(unused_imports)]
use progenitor_client::{encode_path, ClientHooks, OperationInfo, RequestBuilderExt};
/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    ///`DeleteRecambioIfMatch`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct DeleteRecambioIfMatch(::std::string::String);
    impl ::std::ops::Deref for DeleteRecambioIfMatch {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<DeleteRecambioIfMatch> for ::std::string::String {
        fn from(value: DeleteRecambioIfMatch) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for DeleteRecambioIfMatch {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 200usize {
                return Err("longer than 200 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for DeleteRecambioIfMatch {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for DeleteRecambioIfMatch {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for DeleteRecambioIfMatch {
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
    ///`ListMovimientosOrdering`
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
    pub enum ListMovimientosOrdering {
        #[serde(rename = "ASC")]
        Asc,
        #[serde(rename = "DESC")]
        Desc,
    }
    impl ::std::fmt::Display for ListMovimientosOrdering {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Asc => f.write_str("ASC"),
                Self::Desc => f.write_str("DESC"),
            }
        }
    }
    impl ::std::str::FromStr for ListMovimientosOrdering {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "ASC" => Ok(Self::Asc),
                "DESC" => Ok(Self::Desc),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ListMovimientosOrdering {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListMovimientosOrdering {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::default::Default for ListMovimientosOrdering {
        fn default() -> Self {
            ListMovimientosOrdering::Asc
        }
    }
    ///`ListRecambiosFabricante`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ListRecambiosFabricante(::std::string::String);
    impl ::std::ops::Deref for ListRecambiosFabricante {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ListRecambiosFabricante> for ::std::string::String {
        fn from(value: ListRecambiosFabricante) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ListRecambiosFabricante {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 200usize {
                return Err("longer than 200 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for ListRecambiosFabricante {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListRecambiosFabricante {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ListRecambiosFabricante {
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
    ///`ListRecambiosModelo`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ListRecambiosModelo(::std::string::String);
    impl ::std::ops::Deref for ListRecambiosModelo {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ListRecambiosModelo> for ::std::string::String {
        fn from(value: ListRecambiosModelo) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ListRecambiosModelo {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 200usize {
                return Err("longer than 200 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for ListRecambiosModelo {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListRecambiosModelo {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ListRecambiosModelo {
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
    ///`ListRecambiosNombre`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ListRecambiosNombre(::std::string::String);
    impl ::std::ops::Deref for ListRecambiosNombre {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ListRecambiosNombre> for ::std::string::String {
        fn from(value: ListRecambiosNombre) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ListRecambiosNombre {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 200usize {
                return Err("longer than 200 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for ListRecambiosNombre {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListRecambiosNombre {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ListRecambiosNombre {
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
    ///`ListRecambiosOrder`
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
    pub enum ListRecambiosOrder {
        #[serde(rename = "numero_serie")]
        NumeroSerie,
        #[serde(rename = "nombre")]
        Nombre,
        #[serde(rename = "proveedor")]
        Proveedor,
        #[serde(rename = "precio")]
        Precio,
        #[serde(rename = "importe")]
        Importe,
        #[serde(rename = "cantidad")]
        Cantidad,
    }
    impl ::std::fmt::Display for ListRecambiosOrder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::NumeroSerie => f.write_str("numero_serie"),
                Self::Nombre => f.write_str("nombre"),
                Self::Proveedor => f.write_str("proveedor"),
                Self::Precio => f.write_str("precio"),
                Self::Importe => f.write_str("importe"),
                Self::Cantidad => f.write_str("cantidad"),
            }
        }
    }
    impl ::std::str::FromStr for ListRecambiosOrder {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "numero_serie" => Ok(Self::NumeroSerie),
                "nombre" => Ok(Self::Nombre),
                "proveedor" => Ok(Self::Proveedor),
                "precio" => Ok(Self::Precio),
                "importe" => Ok(Self::Importe),
                "cantidad" => Ok(Self::Cantidad),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ListRecambiosOrder {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListRecambiosOrder {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::default::Default for ListRecambiosOrder {
        fn default() -> Self {
            ListRecambiosOrder::NumeroSerie
        }
    }
    ///`ListRecambiosOrdering`
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
    pub enum ListRecambiosOrdering {
        #[serde(rename = "ASC")]
        Asc,
        #[serde(rename = "DESC")]
        Desc,
    }
    impl ::std::fmt::Display for ListRecambiosOrdering {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Asc => f.write_str("ASC"),
                Self::Desc => f.write_str("DESC"),
            }
        }
    }
    impl ::std::str::FromStr for ListRecambiosOrdering {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "ASC" => Ok(Self::Asc),
                "DESC" => Ok(Self::Desc),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ListRecambiosOrdering {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListRecambiosOrdering {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::default::Default for ListRecambiosOrdering {
        fn default() -> Self {
            ListRecambiosOrdering::Asc
        }
    }
    ///`ListRecambiosProveedor`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ListRecambiosProveedor(::std::string::String);
    impl ::std::ops::Deref for ListRecambiosProveedor {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ListRecambiosProveedor> for ::std::string::String {
        fn from(value: ListRecambiosProveedor) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ListRecambiosProveedor {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 200usize {
                return Err("longer than 200 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for ListRecambiosProveedor {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListRecambiosProveedor {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ListRecambiosProveedor {
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
    ///`ListStockBajoOrder`
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
    pub enum ListStockBajoOrder {
        #[serde(rename = "numero_serie")]
        NumeroSerie,
        #[serde(rename = "nombre")]
        Nombre,
        #[serde(rename = "proveedor")]
        Proveedor,
        #[serde(rename = "precio")]
        Precio,
        #[serde(rename = "importe")]
        Importe,
        #[serde(rename = "cantidad")]
        Cantidad,
    }
    impl ::std::fmt::Display for ListStockBajoOrder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::NumeroSerie => f.write_str("numero_serie"),
                Self::Nombre => f.write_str("nombre"),
                Self::Proveedor => f.write_str("proveedor"),
                Self::Precio => f.write_str("precio"),
                Self::Importe => f.write_str("importe"),
                Self::Cantidad => f.write_str("cantidad"),
            }
        }
    }
    impl ::std::str::FromStr for ListStockBajoOrder {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "numero_serie" => Ok(Self::NumeroSerie),
                "nombre" => Ok(Self::Nombre),
                "proveedor" => Ok(Self::Proveedor),
                "precio" => Ok(Self::Precio),
                "importe" => Ok(Self::Importe),
                "cantidad" => Ok(Self::Cantidad),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ListStockBajoOrder {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListStockBajoOrder {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::default::Default for ListStockBajoOrder {
        fn default() -> Self {
            ListStockBajoOrder::NumeroSerie
        }
    }
    ///`ListStockBajoOrdering`
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
    pub enum ListStockBajoOrdering {
        #[serde(rename = "ASC")]
        Asc,
        #[serde(rename = "DESC")]
        Desc,
    }
    impl ::std::fmt::Display for ListStockBajoOrdering {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Asc => f.write_str("ASC"),
                Self::Desc => f.write_str("DESC"),
            }
        }
    }
    impl ::std::str::FromStr for ListStockBajoOrdering {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "ASC" => Ok(Self::Asc),
                "DESC" => Ok(Self::Desc),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ListStockBajoOrdering {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListStockBajoOrdering {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::default::Default for ListStockBajoOrdering {
        fn default() -> Self {
            ListStockBajoOrdering::Asc
        }
    }
    ///`ReplaceRecambioIfMatch`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ReplaceRecambioIfMatch(::std::string::String);
    impl ::std::ops::Deref for ReplaceRecambioIfMatch {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ReplaceRecambioIfMatch> for ::std::string::String {
        fn from(value: ReplaceRecambioIfMatch) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ReplaceRecambioIfMatch {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 200usize {
                return Err("longer than 200 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for ReplaceRecambioIfMatch {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ReplaceRecambioIfMatch {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ReplaceRecambioIfMatch {
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
}
#[derive(Clone, Debug)]
/**Client for taller — recambios (spare parts and stock)

Spare-parts inventory of the workshop: the parts catalogue, keyed by `numero_serie`, and
its stock. Stock changes only through recorded movements (entrada, salida, reserva for a
job, liberación), each applied as one atomic conditional update, so stock and reserved
stock never go negative and concurrent reservations never oversell. Parts whose available
stock (`cantidad_disponible`) is at or below `stock_minimo` appear in `/recambios/stock-bajo`,
and crossing that threshold is notified.

Served behind the gateway at `/api/v1`; the service itself serves the paths as written.

## Defects of the 2023 contract and service fixed here
- PUT answered the non-standard status 209; now 200 with the resource and its new `ETag`.
- The service answered 200 for every success; now POST → 201 with `Location`, DELETE → 204.
- Errors were `{"detail": …}`; now RFC 9457 `application/problem+json` (`Problem`) with an
  `errors` list pointing at each failing field, for every 4xx and 5xx.
- `ETag`/`If-Match` were declared but ignored; now GET returns an `ETag` from the part's
  version, PUT and DELETE answer 428 without `If-Match` and 412 when it does not match.
- An empty collection answered 404; lists now answer 200 with `items: []`.
- Pagination skipped `page` items instead of `page` pages; it now skips `(page-1)*page_size`,
  reports totals and `first/last/prevPage/nextPage` links.
- Filter parameters (nombre, proveedor, equivalencias, importe, cantidad) were written but
  never attached to the list operation; the list now takes nombre, proveedor, price range,
  quantity range and equivalence fabricante/modelo, each served by an index.
- GET of one part answered a list wrapper; it now answers the part itself.
- Numbers (`precio`, `importe`, `cantidad`) were strings and `iva` was the string `"21%"`;
  they are JSON numbers now, `iva` is a percentage from the Spanish rates (0, 4, 10, 21).
- `importe` was accepted from the client and could disagree with `precio` and `iva`; the
  server now computes it (`precio × (1 + iva/100)`, rounded to cents) and never reads it.
- `equivalencias` was a single object; it is a list (a part may have several equivalents).
- Duplicate `numero_serie` answered 400; it is 409.
- Multi-file spec with relative `$ref`s and `schemas:` typos; this file is self-contained.
- Stock had no history, no reservations and no minimum; added movements, reservations per
  job, `stock_minimo` and the low-stock list.


Version: 2.0.0*/
pub struct Client {
    pub(crate) baseurl: String,
    pub(crate) client: reqwest::Client,
    pub(crate) inner: crate::Credentials,
}
impl Client {
    /// Create a new client.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new(baseurl: &str, inner: crate::Credentials) -> Self {
        #[cfg(not(target_arch = "wasm32"))]
        let client = {
            let dur = ::std::time::Duration::from_secs(15u64);
            reqwest::ClientBuilder::new().connect_timeout(dur).timeout(dur)
        };
        #[cfg(target_arch = "wasm32")]
        let client = reqwest::ClientBuilder::new();
        Self::new_with_client(baseurl, client.build().unwrap(), inner)
    }
    /// Construct a new client with an existing `reqwest::Client`,
    /// allowing more control over its configuration.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new_with_client(
        baseurl: &str,
        client: reqwest::Client,
        inner: crate::Credentials,
    ) -> Self {
        Self {
            baseurl: baseurl.to_string(),
            client,
            inner,
        }
    }
}
impl ClientInfo<crate::Credentials> for Client {
    fn api_version() -> &'static str {
        "2.0.0"
    }
    fn baseurl(&self) -> &str {
        self.baseurl.as_str()
    }
    fn client(&self) -> &reqwest::Client {
        &self.client
    }
    fn inner(&self) -> &crate::Credentials {
        &self.inner
    }
}
impl ClientHooks<crate::Credentials> for &Client {}
impl Client {
    /**List parts, paged, sorted and filtered

An empty result is 200 with `items` empty. Filters combine with AND.

Sends a `GET` request to `/recambios`

Arguments:
- `cantidad_max`: Maximum `cantidad`, inclusive.
- `cantidad_min`: Minimum `cantidad`, inclusive.
- `fabricante`: Parts with an equivalence made by exactly this manufacturer.
- `modelo`: Parts with an equivalence for exactly this vehicle model.
- `nombre`: Parts whose `nombre` contains this text (case-insensitive).
- `order`: Field to sort by.
- `ordering`: Sort direction.
- `page`: Page number, from 1.
- `page_size`: Items per page.
- `precio_max`: Maximum `precio` (without VAT), inclusive.
- `precio_min`: Minimum `precio` (without VAT), inclusive.
- `proveedor`: Parts from exactly this supplier.
```ignore
let response = client.list_recambios()
    .cantidad_max(cantidad_max)
    .cantidad_min(cantidad_min)
    .fabricante(fabricante)
    .modelo(modelo)
    .nombre(nombre)
    .order(order)
    .ordering(ordering)
    .page(page)
    .page_size(page_size)
    .precio_max(precio_max)
    .precio_min(precio_min)
    .proveedor(proveedor)
    .send()
    .await;
```*/
    pub fn list_recambios(&self) -> builder::ListRecambios<'_> {
        builder::ListRecambios::new(self)
    }
    /**Add a part to the catalogue

`importe` is computed by the server. `cantidad_reservada` starts at 0. A second part with
the same `numero_serie` is a 409, also under concurrent creates.


Sends a `POST` request to `/recambios`

```ignore
let response = client.create_recambio()
    .body(body)
    .send()
    .await;
```*/
    pub fn create_recambio(&self) -> builder::CreateRecambio<'_> {
        builder::CreateRecambio::new(self)
    }
    /**List parts at or below their minimum stock

Parts whose `cantidad_disponible` is at or below `stock_minimo`, paged. This static path
takes precedence over `/recambios/{numero_serie}` (and `stock-bajo` is not a valid
`numero_serie` anyway).


Sends a `GET` request to `/recambios/stock-bajo`

Arguments:
- `order`: Field to sort by.
- `ordering`: Sort direction.
- `page`: Page number, from 1.
- `page_size`: Items per page.
```ignore
let response = client.list_stock_bajo()
    .order(order)
    .ordering(ordering)
    .page(page)
    .page_size(page_size)
    .send()
    .await;
```*/
    pub fn list_stock_bajo(&self) -> builder::ListStockBajo<'_> {
        builder::ListStockBajo::new(self)
    }
    /**Get one part

The part with its stock; the `ETag` header is its version, for `If-Match`.

Sends a `GET` request to `/recambios/{numero_serie}`

Arguments:
- `numero_serie`: Serial number of the part, e.g. `Z0000001-A`.
```ignore
let response = client.get_recambio()
    .numero_serie(numero_serie)
    .send()
    .await;
```*/
    pub fn get_recambio(&self) -> builder::GetRecambio<'_> {
        builder::GetRecambio::new(self)
    }
    /**Replace a part's catalogue data

Replaces every editable field (omitted optional fields take their defaults). Stock
(`cantidad`, `cantidad_reservada`) is not editable here: it changes only through the
stock operations, so every change is recorded. Requires `If-Match` with the current
`ETag`: 428 without it, 412 when it does not match.


Sends a `PUT` request to `/recambios/{numero_serie}`

Arguments:
- `numero_serie`: Serial number of the part, e.g. `Z0000001-A`.
- `if_match`: The `ETag` last read for this part. Declared optional so that a missing header reaches
the service, which answers 428; a stale one gets 412.

- `body`
```ignore
let response = client.replace_recambio()
    .numero_serie(numero_serie)
    .if_match(if_match)
    .body(body)
    .send()
    .await;
```*/
    pub fn replace_recambio(&self) -> builder::ReplaceRecambio<'_> {
        builder::ReplaceRecambio::new(self)
    }
    /**Remove a part from the catalogue

Requires `If-Match` with the current `ETag`; 428 without it, 412 on mismatch.

Sends a `DELETE` request to `/recambios/{numero_serie}`

Arguments:
- `numero_serie`: Serial number of the part, e.g. `Z0000001-A`.
- `if_match`: The `ETag` last read for this part. Declared optional so that a missing header reaches
the service, which answers 428; a stale one gets 412.

```ignore
let response = client.delete_recambio()
    .numero_serie(numero_serie)
    .if_match(if_match)
    .send()
    .await;
```*/
    pub fn delete_recambio(&self) -> builder::DeleteRecambio<'_> {
        builder::DeleteRecambio::new(self)
    }
    /**Receive units into stock

Adds `cantidad` units. 409 when the stock would exceed 10000.

Sends a `POST` request to `/recambios/{numero_serie}/entradas`

Arguments:
- `numero_serie`: Serial number of the part, e.g. `Z0000001-A`.
- `body`
```ignore
let response = client.add_entrada()
    .numero_serie(numero_serie)
    .body(body)
    .send()
    .await;
```*/
    pub fn add_entrada(&self) -> builder::AddEntrada<'_> {
        builder::AddEntrada::new(self)
    }
    /**Release units reserved for a job

Returns `cantidad` units reserved for `trabajo_id` to available stock; 409 if that job has fewer reserved.

Sends a `POST` request to `/recambios/{numero_serie}/liberaciones`

Arguments:
- `numero_serie`: Serial number of the part, e.g. `Z0000001-A`.
- `body`
```ignore
let response = client.add_liberacion()
    .numero_serie(numero_serie)
    .body(body)
    .send()
    .await;
```*/
    pub fn add_liberacion(&self) -> builder::AddLiberacion<'_> {
        builder::AddLiberacion::new(self)
    }
    /**List a part's stock movements

Oldest first by default (`ordering=DESC` for newest first). 404 if the part does not exist.

Sends a `GET` request to `/recambios/{numero_serie}/movimientos`

Arguments:
- `numero_serie`: Serial number of the part, e.g. `Z0000001-A`.
- `ordering`: Sort direction.
- `page`: Page number, from 1.
- `page_size`: Items per page.
```ignore
let response = client.list_movimientos()
    .numero_serie(numero_serie)
    .ordering(ordering)
    .page(page)
    .page_size(page_size)
    .send()
    .await;
```*/
    pub fn list_movimientos(&self) -> builder::ListMovimientos<'_> {
        builder::ListMovimientos::new(self)
    }
    /**Reserve units for a job

Moves `cantidad` available units to reserved for `trabajo_id`. 409 when fewer units are
available; concurrent reservations never oversell.


Sends a `POST` request to `/recambios/{numero_serie}/reservas`

Arguments:
- `numero_serie`: Serial number of the part, e.g. `Z0000001-A`.
- `body`
```ignore
let response = client.add_reserva()
    .numero_serie(numero_serie)
    .body(body)
    .send()
    .await;
```*/
    pub fn add_reserva(&self) -> builder::AddReserva<'_> {
        builder::AddReserva::new(self)
    }
    /**Take units out of stock

With `trabajo_id`, consumes units reserved for that job (409 if it has fewer reserved);
without it, consumes available (unreserved) units (409 if fewer are available).


Sends a `POST` request to `/recambios/{numero_serie}/salidas`

Arguments:
- `numero_serie`: Serial number of the part, e.g. `Z0000001-A`.
- `body`
```ignore
let response = client.add_salida()
    .numero_serie(numero_serie)
    .body(body)
    .send()
    .await;
```*/
    pub fn add_salida(&self) -> builder::AddSalida<'_> {
        builder::AddSalida::new(self)
    }
}
/// Types for composing operation parameters.
#[allow(clippy::all)]
pub mod builder {
    use super::types;
    #[allow(unused_imports)]
    use super::{
        encode_path, ByteStream, ClientInfo, ClientHooks, Error, OperationInfo,
        RequestBuilderExt, ResponseValue,
    };
    /**Builder for [`Client::list_recambios`]

[`Client::list_recambios`]: super::Client::list_recambios*/
    #[derive(Debug, Clone)]
    pub struct ListRecambios<'a> {
        client: &'a super::Client,
        cantidad_max: Result<Option<i64>, String>,
        cantidad_min: Result<Option<i64>, String>,
        fabricante: Result<Option<types::ListRecambiosFabricante>, String>,
        modelo: Result<Option<types::ListRecambiosModelo>, String>,
        nombre: Result<Option<types::ListRecambiosNombre>, String>,
        order: Result<Option<types::ListRecambiosOrder>, String>,
        ordering: Result<Option<types::ListRecambiosOrdering>, String>,
        page: Result<Option<::std::num::NonZeroU64>, String>,
        page_size: Result<Option<::std::num::NonZeroU64>, String>,
        precio_max: Result<Option<f64>, String>,
        precio_min: Result<Option<f64>, String>,
        proveedor: Result<Option<types::ListRecambiosProveedor>, String>,
    }
    impl<'a> ListRecambios<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                cantidad_max: Ok(None),
                cantidad_min: Ok(None),
                fabricante: Ok(None),
                modelo: Ok(None),
                nombre: Ok(None),
                order: Ok(None),
                ordering: Ok(None),
                page: Ok(None),
                page_size: Ok(None),
                precio_max: Ok(None),
                precio_min: Ok(None),
                proveedor: Ok(None),
            }
        }
        pub fn cantidad_max<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.cantidad_max = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for cantidad_max failed".to_string());
            self
        }
        pub fn cantidad_min<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.cantidad_min = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for cantidad_min failed".to_string());
            self
        }
        pub fn fabricante<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListRecambiosFabricante>,
        {
            self.fabricante = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `ListRecambiosFabricante` for fabricante failed"
                        .to_string()
                });
            self
        }
        pub fn modelo<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListRecambiosModelo>,
        {
            self.modelo = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `ListRecambiosModelo` for modelo failed".to_string()
                });
            self
        }
        pub fn nombre<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListRecambiosNombre>,
        {
            self.nombre = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `ListRecambiosNombre` for nombre failed".to_string()
                });
            self
        }
        pub fn order<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListRecambiosOrder>,
        {
            self.order = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `ListRecambiosOrder` for order failed".to_string()
                });
            self
        }
        pub fn ordering<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListRecambiosOrdering>,
        {
            self.ordering = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `ListRecambiosOrdering` for ordering failed"
                        .to_string()
                });
            self
        }
        pub fn page<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.page = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU64` for page failed"
                        .to_string()
                });
            self
        }
        pub fn page_size<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.page_size = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU64` for page_size failed"
                        .to_string()
                });
            self
        }
        pub fn precio_max<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<f64>,
        {
            self.precio_max = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `f64` for precio_max failed".to_string());
            self
        }
        pub fn precio_min<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<f64>,
        {
            self.precio_min = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `f64` for precio_min failed".to_string());
            self
        }
        pub fn proveedor<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListRecambiosProveedor>,
        {
            self.proveedor = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `ListRecambiosProveedor` for proveedor failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/recambios`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<::recambios_types::PaginaRecambios>,
            Error<::recambios_types::Problem>,
        > {
            let Self {
                client,
                cantidad_max,
                cantidad_min,
                fabricante,
                modelo,
                nombre,
                order,
                ordering,
                page,
                page_size,
                precio_max,
                precio_min,
                proveedor,
            } = self;
            let cantidad_max = cantidad_max.map_err(Error::InvalidRequest)?;
            let cantidad_min = cantidad_min.map_err(Error::InvalidRequest)?;
            let fabricante = fabricante.map_err(Error::InvalidRequest)?;
            let modelo = modelo.map_err(Error::InvalidRequest)?;
            let nombre = nombre.map_err(Error::InvalidRequest)?;
            let order = order.map_err(Error::InvalidRequest)?;
            let ordering = ordering.map_err(Error::InvalidRequest)?;
            let page = page.map_err(Error::InvalidRequest)?;
            let page_size = page_size.map_err(Error::InvalidRequest)?;
            let precio_max = precio_max.map_err(Error::InvalidRequest)?;
            let precio_min = precio_min.map_err(Error::InvalidRequest)?;
            let proveedor = proveedor.map_err(Error::InvalidRequest)?;
            let url = format!("{}/recambios", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(
                    &progenitor_client::QueryParam::new("cantidad_max", &cantidad_max),
                )
                .query(
                    &progenitor_client::QueryParam::new("cantidad_min", &cantidad_min),
                )
                .query(&progenitor_client::QueryParam::new("fabricante", &fabricante))
                .query(&progenitor_client::QueryParam::new("modelo", &modelo))
                .query(&progenitor_client::QueryParam::new("nombre", &nombre))
                .query(&progenitor_client::QueryParam::new("order", &order))
                .query(&progenitor_client::QueryParam::new("ordering", &ordering))
                .query(&progenitor_client::QueryParam::new("page", &page))
                .query(&progenitor_client::QueryParam::new("page_size", &page_size))
                .query(&progenitor_client::QueryParam::new("precio_max", &precio_max))
                .query(&progenitor_client::QueryParam::new("precio_min", &precio_min))
                .query(&progenitor_client::QueryParam::new("proveedor", &proveedor))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_recambios",
            };
            (|credentials: &crate::Credentials, request: &mut reqwest::Request| {
                ::taller_trace::inject_current(request.headers_mut());
                credentials.apply(request.headers_mut());
            })(&client.inner, &mut request);
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::create_recambio`]

[`Client::create_recambio`]: super::Client::create_recambio*/
    #[derive(Debug, Clone)]
    pub struct CreateRecambio<'a> {
        client: &'a super::Client,
        body: Result<::recambios_types::RecambioNuevo, String>,
    }
    impl<'a> CreateRecambio<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Err("body was not initialized".to_string()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::recambios_types::RecambioNuevo>,
        {
            self.body = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: recambios_types :: RecambioNuevo` for body failed"
                        .to_string()
                });
            self
        }
        ///Sends a `POST` request to `/recambios`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<::recambios_types::Recambio>,
            Error<::recambios_types::Problem>,
        > {
            let Self { client, body } = self;
            let body = body.map_err(Error::InvalidRequest)?;
            let url = format!("{}/recambios", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_recambio",
            };
            (|credentials: &crate::Credentials, request: &mut reqwest::Request| {
                ::taller_trace::inject_current(request.headers_mut());
                credentials.apply(request.headers_mut());
            })(&client.inner, &mut request);
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                201u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                409u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                413u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                415u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                422u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::list_stock_bajo`]

[`Client::list_stock_bajo`]: super::Client::list_stock_bajo*/
    #[derive(Debug, Clone)]
    pub struct ListStockBajo<'a> {
        client: &'a super::Client,
        order: Result<Option<types::ListStockBajoOrder>, String>,
        ordering: Result<Option<types::ListStockBajoOrdering>, String>,
        page: Result<Option<::std::num::NonZeroU64>, String>,
        page_size: Result<Option<::std::num::NonZeroU64>, String>,
    }
    impl<'a> ListStockBajo<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                order: Ok(None),
                ordering: Ok(None),
                page: Ok(None),
                page_size: Ok(None),
            }
        }
        pub fn order<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListStockBajoOrder>,
        {
            self.order = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `ListStockBajoOrder` for order failed".to_string()
                });
            self
        }
        pub fn ordering<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListStockBajoOrdering>,
        {
            self.ordering = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `ListStockBajoOrdering` for ordering failed"
                        .to_string()
                });
            self
        }
        pub fn page<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.page = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU64` for page failed"
                        .to_string()
                });
            self
        }
        pub fn page_size<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.page_size = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU64` for page_size failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/recambios/stock-bajo`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<::recambios_types::PaginaRecambios>,
            Error<::recambios_types::Problem>,
        > {
            let Self { client, order, ordering, page, page_size } = self;
            let order = order.map_err(Error::InvalidRequest)?;
            let ordering = ordering.map_err(Error::InvalidRequest)?;
            let page = page.map_err(Error::InvalidRequest)?;
            let page_size = page_size.map_err(Error::InvalidRequest)?;
            let url = format!("{}/recambios/stock-bajo", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("order", &order))
                .query(&progenitor_client::QueryParam::new("ordering", &ordering))
                .query(&progenitor_client::QueryParam::new("page", &page))
                .query(&progenitor_client::QueryParam::new("page_size", &page_size))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_stock_bajo",
            };
            (|credentials: &crate::Credentials, request: &mut reqwest::Request| {
                ::taller_trace::inject_current(request.headers_mut());
                credentials.apply(request.headers_mut());
            })(&client.inner, &mut request);
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_recambio`]

[`Client::get_recambio`]: super::Client::get_recambio*/
    #[derive(Debug, Clone)]
    pub struct GetRecambio<'a> {
        client: &'a super::Client,
        numero_serie: Result<::recambios_types::NumeroSerie, String>,
    }
    impl<'a> GetRecambio<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                numero_serie: Err("numero_serie was not initialized".to_string()),
            }
        }
        pub fn numero_serie<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::recambios_types::NumeroSerie>,
        {
            self.numero_serie = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: recambios_types :: NumeroSerie` for numero_serie failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/recambios/{numero_serie}`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<::recambios_types::Recambio>,
            Error<::recambios_types::Problem>,
        > {
            let Self { client, numero_serie } = self;
            let numero_serie = numero_serie.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/recambios/{}", client.baseurl, encode_path(& numero_serie
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_recambio",
            };
            (|credentials: &crate::Credentials, request: &mut reqwest::Request| {
                ::taller_trace::inject_current(request.headers_mut());
                credentials.apply(request.headers_mut());
            })(&client.inner, &mut request);
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::replace_recambio`]

[`Client::replace_recambio`]: super::Client::replace_recambio*/
    #[derive(Debug, Clone)]
    pub struct ReplaceRecambio<'a> {
        client: &'a super::Client,
        numero_serie: Result<::recambios_types::NumeroSerie, String>,
        if_match: Result<Option<types::ReplaceRecambioIfMatch>, String>,
        body: Result<::recambios_types::RecambioActualizacion, String>,
    }
    impl<'a> ReplaceRecambio<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                numero_serie: Err("numero_serie was not initialized".to_string()),
                if_match: Ok(None),
                body: Err("body was not initialized".to_string()),
            }
        }
        pub fn numero_serie<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::recambios_types::NumeroSerie>,
        {
            self.numero_serie = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: recambios_types :: NumeroSerie` for numero_serie failed"
                        .to_string()
                });
            self
        }
        pub fn if_match<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ReplaceRecambioIfMatch>,
        {
            self.if_match = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `ReplaceRecambioIfMatch` for if_match failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::recambios_types::RecambioActualizacion>,
        {
            self.body = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: recambios_types :: RecambioActualizacion` for body failed"
                        .to_string()
                });
            self
        }
        ///Sends a `PUT` request to `/recambios/{numero_serie}`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<::recambios_types::Recambio>,
            Error<::recambios_types::Problem>,
        > {
            let Self { client, numero_serie, if_match, body } = self;
            let numero_serie = numero_serie.map_err(Error::InvalidRequest)?;
            let if_match = if_match.map_err(Error::InvalidRequest)?;
            let body = body.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/recambios/{}", client.baseurl, encode_path(& numero_serie
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(2usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            if let Some(value) = if_match {
                header_map.append("If-Match", value.to_string().try_into()?);
            }
            #[allow(unused_mut)]
            let mut request = client
                .client
                .put(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "replace_recambio",
            };
            (|credentials: &crate::Credentials, request: &mut reqwest::Request| {
                ::taller_trace::inject_current(request.headers_mut());
                credentials.apply(request.headers_mut());
            })(&client.inner, &mut request);
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                412u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                413u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                415u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                422u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                428u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::delete_recambio`]

[`Client::delete_recambio`]: super::Client::delete_recambio*/
    #[derive(Debug, Clone)]
    pub struct DeleteRecambio<'a> {
        client: &'a super::Client,
        numero_serie: Result<::recambios_types::NumeroSerie, String>,
        if_match: Result<Option<types::DeleteRecambioIfMatch>, String>,
    }
    impl<'a> DeleteRecambio<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                numero_serie: Err("numero_serie was not initialized".to_string()),
                if_match: Ok(None),
            }
        }
        pub fn numero_serie<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::recambios_types::NumeroSerie>,
        {
            self.numero_serie = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: recambios_types :: NumeroSerie` for numero_serie failed"
                        .to_string()
                });
            self
        }
        pub fn if_match<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::DeleteRecambioIfMatch>,
        {
            self.if_match = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `DeleteRecambioIfMatch` for if_match failed"
                        .to_string()
                });
            self
        }
        ///Sends a `DELETE` request to `/recambios/{numero_serie}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<()>, Error<::recambios_types::Problem>> {
            let Self { client, numero_serie, if_match } = self;
            let numero_serie = numero_serie.map_err(Error::InvalidRequest)?;
            let if_match = if_match.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/recambios/{}", client.baseurl, encode_path(& numero_serie
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(2usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            if let Some(value) = if_match {
                header_map.append("If-Match", value.to_string().try_into()?);
            }
            #[allow(unused_mut)]
            let mut request = client
                .client
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "delete_recambio",
            };
            (|credentials: &crate::Credentials, request: &mut reqwest::Request| {
                ::taller_trace::inject_current(request.headers_mut());
                credentials.apply(request.headers_mut());
            })(&client.inner, &mut request);
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                204u16 => Ok(ResponseValue::empty(response)),
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                412u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                428u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::add_entrada`]

[`Client::add_entrada`]: super::Client::add_entrada*/
    #[derive(Debug, Clone)]
    pub struct AddEntrada<'a> {
        client: &'a super::Client,
        numero_serie: Result<::recambios_types::NumeroSerie, String>,
        body: Result<::recambios_types::OperacionStock, String>,
    }
    impl<'a> AddEntrada<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                numero_serie: Err("numero_serie was not initialized".to_string()),
                body: Err("body was not initialized".to_string()),
            }
        }
        pub fn numero_serie<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::recambios_types::NumeroSerie>,
        {
            self.numero_serie = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: recambios_types :: NumeroSerie` for numero_serie failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::recambios_types::OperacionStock>,
        {
            self.body = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: recambios_types :: OperacionStock` for body failed"
                        .to_string()
                });
            self
        }
        ///Sends a `POST` request to `/recambios/{numero_serie}/entradas`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<::recambios_types::Recambio>,
            Error<::recambios_types::Problem>,
        > {
            let Self { client, numero_serie, body } = self;
            let numero_serie = numero_serie.map_err(Error::InvalidRequest)?;
            let body = body.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/recambios/{}/entradas", client.baseurl, encode_path(& numero_serie
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "add_entrada",
            };
            (|credentials: &crate::Credentials, request: &mut reqwest::Request| {
                ::taller_trace::inject_current(request.headers_mut());
                credentials.apply(request.headers_mut());
            })(&client.inner, &mut request);
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                409u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                413u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                415u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                422u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::add_liberacion`]

[`Client::add_liberacion`]: super::Client::add_liberacion*/
    #[derive(Debug, Clone)]
    pub struct AddLiberacion<'a> {
        client: &'a super::Client,
        numero_serie: Result<::recambios_types::NumeroSerie, String>,
        body: Result<::recambios_types::OperacionReserva, String>,
    }
    impl<'a> AddLiberacion<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                numero_serie: Err("numero_serie was not initialized".to_string()),
                body: Err("body was not initialized".to_string()),
            }
        }
        pub fn numero_serie<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::recambios_types::NumeroSerie>,
        {
            self.numero_serie = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: recambios_types :: NumeroSerie` for numero_serie failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::recambios_types::OperacionReserva>,
        {
            self.body = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: recambios_types :: OperacionReserva` for body failed"
                        .to_string()
                });
            self
        }
        ///Sends a `POST` request to `/recambios/{numero_serie}/liberaciones`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<::recambios_types::Recambio>,
            Error<::recambios_types::Problem>,
        > {
            let Self { client, numero_serie, body } = self;
            let numero_serie = numero_serie.map_err(Error::InvalidRequest)?;
            let body = body.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/recambios/{}/liberaciones", client.baseurl, encode_path(&
                numero_serie.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "add_liberacion",
            };
            (|credentials: &crate::Credentials, request: &mut reqwest::Request| {
                ::taller_trace::inject_current(request.headers_mut());
                credentials.apply(request.headers_mut());
            })(&client.inner, &mut request);
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                409u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                413u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                415u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                422u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::list_movimientos`]

[`Client::list_movimientos`]: super::Client::list_movimientos*/
    #[derive(Debug, Clone)]
    pub struct ListMovimientos<'a> {
        client: &'a super::Client,
        numero_serie: Result<::recambios_types::NumeroSerie, String>,
        ordering: Result<Option<types::ListMovimientosOrdering>, String>,
        page: Result<Option<::std::num::NonZeroU64>, String>,
        page_size: Result<Option<::std::num::NonZeroU64>, String>,
    }
    impl<'a> ListMovimientos<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                numero_serie: Err("numero_serie was not initialized".to_string()),
                ordering: Ok(None),
                page: Ok(None),
                page_size: Ok(None),
            }
        }
        pub fn numero_serie<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::recambios_types::NumeroSerie>,
        {
            self.numero_serie = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: recambios_types :: NumeroSerie` for numero_serie failed"
                        .to_string()
                });
            self
        }
        pub fn ordering<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListMovimientosOrdering>,
        {
            self.ordering = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `ListMovimientosOrdering` for ordering failed"
                        .to_string()
                });
            self
        }
        pub fn page<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.page = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU64` for page failed"
                        .to_string()
                });
            self
        }
        pub fn page_size<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.page_size = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU64` for page_size failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/recambios/{numero_serie}/movimientos`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<::recambios_types::PaginaMovimientos>,
            Error<::recambios_types::Problem>,
        > {
            let Self { client, numero_serie, ordering, page, page_size } = self;
            let numero_serie = numero_serie.map_err(Error::InvalidRequest)?;
            let ordering = ordering.map_err(Error::InvalidRequest)?;
            let page = page.map_err(Error::InvalidRequest)?;
            let page_size = page_size.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/recambios/{}/movimientos", client.baseurl, encode_path(& numero_serie
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("ordering", &ordering))
                .query(&progenitor_client::QueryParam::new("page", &page))
                .query(&progenitor_client::QueryParam::new("page_size", &page_size))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_movimientos",
            };
            (|credentials: &crate::Credentials, request: &mut reqwest::Request| {
                ::taller_trace::inject_current(request.headers_mut());
                credentials.apply(request.headers_mut());
            })(&client.inner, &mut request);
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::add_reserva`]

[`Client::add_reserva`]: super::Client::add_reserva*/
    #[derive(Debug, Clone)]
    pub struct AddReserva<'a> {
        client: &'a super::Client,
        numero_serie: Result<::recambios_types::NumeroSerie, String>,
        body: Result<::recambios_types::OperacionReserva, String>,
    }
    impl<'a> AddReserva<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                numero_serie: Err("numero_serie was not initialized".to_string()),
                body: Err("body was not initialized".to_string()),
            }
        }
        pub fn numero_serie<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::recambios_types::NumeroSerie>,
        {
            self.numero_serie = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: recambios_types :: NumeroSerie` for numero_serie failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::recambios_types::OperacionReserva>,
        {
            self.body = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: recambios_types :: OperacionReserva` for body failed"
                        .to_string()
                });
            self
        }
        ///Sends a `POST` request to `/recambios/{numero_serie}/reservas`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<::recambios_types::Recambio>,
            Error<::recambios_types::Problem>,
        > {
            let Self { client, numero_serie, body } = self;
            let numero_serie = numero_serie.map_err(Error::InvalidRequest)?;
            let body = body.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/recambios/{}/reservas", client.baseurl, encode_path(& numero_serie
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "add_reserva",
            };
            (|credentials: &crate::Credentials, request: &mut reqwest::Request| {
                ::taller_trace::inject_current(request.headers_mut());
                credentials.apply(request.headers_mut());
            })(&client.inner, &mut request);
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                409u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                413u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                415u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                422u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::add_salida`]

[`Client::add_salida`]: super::Client::add_salida*/
    #[derive(Debug, Clone)]
    pub struct AddSalida<'a> {
        client: &'a super::Client,
        numero_serie: Result<::recambios_types::NumeroSerie, String>,
        body: Result<::recambios_types::OperacionStock, String>,
    }
    impl<'a> AddSalida<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                numero_serie: Err("numero_serie was not initialized".to_string()),
                body: Err("body was not initialized".to_string()),
            }
        }
        pub fn numero_serie<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::recambios_types::NumeroSerie>,
        {
            self.numero_serie = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: recambios_types :: NumeroSerie` for numero_serie failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::recambios_types::OperacionStock>,
        {
            self.body = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: recambios_types :: OperacionStock` for body failed"
                        .to_string()
                });
            self
        }
        ///Sends a `POST` request to `/recambios/{numero_serie}/salidas`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<::recambios_types::Recambio>,
            Error<::recambios_types::Problem>,
        > {
            let Self { client, numero_serie, body } = self;
            let numero_serie = numero_serie.map_err(Error::InvalidRequest)?;
            let body = body.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/recambios/{}/salidas", client.baseurl, encode_path(& numero_serie
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "add_salida",
            };
            (|credentials: &crate::Credentials, request: &mut reqwest::Request| {
                ::taller_trace::inject_current(request.headers_mut());
                credentials.apply(request.headers_mut());
            })(&client.inner, &mut request);
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                409u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                413u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                415u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                422u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
}
/// Items consumers will typically use such as the Client.
pub mod prelude {
    pub use self::super::Client;
}
/// Credentials for the contract's security schemes: headers a [`Client`] sends with
/// every request (an `Authorization` header, an API key, a cookie), marked sensitive so
/// they are never logged. None by default.
#[derive(Clone, Debug, Default)]
pub struct Credentials(reqwest::header::HeaderMap);
impl Credentials {
    /// No credentials.
    pub fn none() -> Self {
        Self::default()
    }
    /// `Authorization: Bearer <token>`. Fails on a token that cannot be a header.
    pub fn bearer(
        token: &str,
    ) -> ::std::result::Result<
        Self,
        ::std::boxed::Box<dyn ::std::error::Error + Send + Sync>,
    > {
        Self::headers([(reqwest::header::AUTHORIZATION, format!("Bearer {token}"))])
    }
    /// These headers. Fails on a value that cannot be a header.
    pub fn headers(
        headers: impl IntoIterator<Item = (reqwest::header::HeaderName, String)>,
    ) -> ::std::result::Result<
        Self,
        ::std::boxed::Box<dyn ::std::error::Error + Send + Sync>,
    > {
        let mut map = reqwest::header::HeaderMap::new();
        for (name, value) in headers {
            let mut value = reqwest::header::HeaderValue::from_str(&value)?;
            value.set_sensitive(true);
            map.insert(name, value);
        }
        Ok(Self(map))
    }
    fn apply(&self, headers: &mut reqwest::header::HeaderMap) {
        for (name, value) in &self.0 {
            headers.insert(name.clone(), value.clone());
        }
    }
}
impl Client {
    /// A client sending `Authorization: Bearer <token>` (scheme bearerAuth) with every request.
    pub fn with_bearer_token(
        baseurl: &str,
        token: &str,
    ) -> ::std::result::Result<
        Self,
        ::std::boxed::Box<dyn ::std::error::Error + Send + Sync>,
    > {
        Ok(Self::new(baseurl, Credentials::bearer(token)?))
    }
    /// A client sending `headers` with every request (see [`Credentials::headers`]).
    pub fn with_headers(
        baseurl: &str,
        headers: impl IntoIterator<Item = (reqwest::header::HeaderName, String)>,
    ) -> ::std::result::Result<
        Self,
        ::std::boxed::Box<dyn ::std::error::Error + Send + Sync>,
    > {
        Ok(Self::new(baseurl, Credentials::headers(headers)?))
    }
    /// This client, its connections shared, sending `credentials` instead of its own:
    /// credentials per request, e.g. each caller's token
    /// (`client.with_credentials(Credentials::bearer(&token)?).some_operation()…`).
    pub fn with_credentials(&self, credentials: Credentials) -> Self {
        Self {
            baseurl: self.baseurl.clone(),
            client: self.client.clone(),
            inner: credentials,
        }
    }
}
