// @generated from specs/recambios.yaml by `cargo run -p taller-codegen -- generate`.
// Do not edit: change the spec or codegen/, then regenerate.

//! axum server stub of the `recambios` service (taller — recambios (spare parts and stock)): implement `RecambiosApi` and serve `router(api)`.
#![allow(dead_code, clippy::large_enum_variant)]
use std::sync::Arc;
use ::axum::response::{IntoResponse, Response as HttpResponse};
#[allow(unused_imports)]
use ::taller_runtime::stub::{
    decode, decode_streamed, empty_response, event_stream_response, json_response,
    raw_response, respond, stream_response, with_header, with_optional_header,
    ByteStream, EventStream, RawBody,
};
use ::taller_runtime::contract::{Contract, Operation};
pub use ::taller_runtime::{ApiError, Problem, RequestContext};
mod contract;
pub use contract::CONTRACT_JSON;
/// Parameter and inline body types of the operations.
#[allow(clippy::all, dead_code, unused_imports)]
pub mod types {
    ///`AddEntradaPath`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct AddEntradaPath {
        pub numero_serie: ::recambios_types::NumeroSerie,
    }
    ///`AddLiberacionPath`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct AddLiberacionPath {
        pub numero_serie: ::recambios_types::NumeroSerie,
    }
    ///`AddReservaPath`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct AddReservaPath {
        pub numero_serie: ::recambios_types::NumeroSerie,
    }
    ///`AddSalidaPath`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct AddSalidaPath {
        pub numero_serie: ::recambios_types::NumeroSerie,
    }
    ///`DeleteRecambioHeaders`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct DeleteRecambioHeaders {
        /**The `ETag` last read for this part. Declared optional so that a missing header reaches
the service, which answers 428; a stale one gets 412.
*/
        #[serde(
            rename = "If-Match",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub if_match: ::std::option::Option<DeleteRecambioHeadersIfMatch>,
    }
    /**The `ETag` last read for this part. Declared optional so that a missing header reaches
the service, which answers 428; a stale one gets 412.
*/
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct DeleteRecambioHeadersIfMatch(::std::string::String);
    impl ::std::ops::Deref for DeleteRecambioHeadersIfMatch {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<DeleteRecambioHeadersIfMatch> for ::std::string::String {
        fn from(value: DeleteRecambioHeadersIfMatch) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for DeleteRecambioHeadersIfMatch {
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
    impl ::std::convert::TryFrom<&str> for DeleteRecambioHeadersIfMatch {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for DeleteRecambioHeadersIfMatch {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for DeleteRecambioHeadersIfMatch {
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
    ///`DeleteRecambioPath`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct DeleteRecambioPath {
        pub numero_serie: ::recambios_types::NumeroSerie,
    }
    ///`GetRecambioPath`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct GetRecambioPath {
        pub numero_serie: ::recambios_types::NumeroSerie,
    }
    ///`ListMovimientosPath`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ListMovimientosPath {
        pub numero_serie: ::recambios_types::NumeroSerie,
    }
    ///`ListMovimientosQuery`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ListMovimientosQuery {
        ///Sort direction.
        #[serde(default = "defaults::list_movimientos_query_ordering")]
        pub ordering: ListMovimientosQueryOrdering,
        ///Page number, from 1.
        #[serde(default = "defaults::default_nzu64::<::std::num::NonZeroU64, 1>")]
        pub page: ::std::num::NonZeroU64,
        ///Items per page.
        #[serde(default = "defaults::default_nzu64::<::std::num::NonZeroU64, 20>")]
        pub page_size: ::std::num::NonZeroU64,
    }
    impl ::std::default::Default for ListMovimientosQuery {
        fn default() -> Self {
            Self {
                ordering: defaults::list_movimientos_query_ordering(),
                page: defaults::default_nzu64::<::std::num::NonZeroU64, 1>(),
                page_size: defaults::default_nzu64::<::std::num::NonZeroU64, 20>(),
            }
        }
    }
    ///Sort direction.
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
    pub enum ListMovimientosQueryOrdering {
        #[serde(rename = "ASC")]
        Asc,
        #[serde(rename = "DESC")]
        Desc,
    }
    impl ::std::fmt::Display for ListMovimientosQueryOrdering {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Asc => f.write_str("ASC"),
                Self::Desc => f.write_str("DESC"),
            }
        }
    }
    impl ::std::str::FromStr for ListMovimientosQueryOrdering {
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
    impl ::std::convert::TryFrom<&str> for ListMovimientosQueryOrdering {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for ListMovimientosQueryOrdering {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::default::Default for ListMovimientosQueryOrdering {
        fn default() -> Self {
            ListMovimientosQueryOrdering::Asc
        }
    }
    ///`ListRecambiosQuery`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ListRecambiosQuery {
        ///Maximum `cantidad`, inclusive.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub cantidad_max: ::std::option::Option<i64>,
        ///Minimum `cantidad`, inclusive.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub cantidad_min: ::std::option::Option<i64>,
        ///Parts with an equivalence made by exactly this manufacturer.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub fabricante: ::std::option::Option<ListRecambiosQueryFabricante>,
        ///Parts with an equivalence for exactly this vehicle model.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub modelo: ::std::option::Option<ListRecambiosQueryModelo>,
        ///Parts whose `nombre` contains this text (case-insensitive).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub nombre: ::std::option::Option<ListRecambiosQueryNombre>,
        ///Field to sort by.
        #[serde(default = "defaults::list_recambios_query_order")]
        pub order: ListRecambiosQueryOrder,
        ///Sort direction.
        #[serde(default = "defaults::list_recambios_query_ordering")]
        pub ordering: ListRecambiosQueryOrdering,
        ///Page number, from 1.
        #[serde(default = "defaults::default_nzu64::<::std::num::NonZeroU64, 1>")]
        pub page: ::std::num::NonZeroU64,
        ///Items per page.
        #[serde(default = "defaults::default_nzu64::<::std::num::NonZeroU64, 20>")]
        pub page_size: ::std::num::NonZeroU64,
        ///Maximum `precio` (without VAT), inclusive.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub precio_max: ::std::option::Option<f64>,
        ///Minimum `precio` (without VAT), inclusive.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub precio_min: ::std::option::Option<f64>,
        ///Parts from exactly this supplier.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub proveedor: ::std::option::Option<ListRecambiosQueryProveedor>,
    }
    impl ::std::default::Default for ListRecambiosQuery {
        fn default() -> Self {
            Self {
                cantidad_max: Default::default(),
                cantidad_min: Default::default(),
                fabricante: Default::default(),
                modelo: Default::default(),
                nombre: Default::default(),
                order: defaults::list_recambios_query_order(),
                ordering: defaults::list_recambios_query_ordering(),
                page: defaults::default_nzu64::<::std::num::NonZeroU64, 1>(),
                page_size: defaults::default_nzu64::<::std::num::NonZeroU64, 20>(),
                precio_max: Default::default(),
                precio_min: Default::default(),
                proveedor: Default::default(),
            }
        }
    }
    ///Parts with an equivalence made by exactly this manufacturer.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ListRecambiosQueryFabricante(::std::string::String);
    impl ::std::ops::Deref for ListRecambiosQueryFabricante {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ListRecambiosQueryFabricante> for ::std::string::String {
        fn from(value: ListRecambiosQueryFabricante) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ListRecambiosQueryFabricante {
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
    impl ::std::convert::TryFrom<&str> for ListRecambiosQueryFabricante {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for ListRecambiosQueryFabricante {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ListRecambiosQueryFabricante {
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
    ///Parts with an equivalence for exactly this vehicle model.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ListRecambiosQueryModelo(::std::string::String);
    impl ::std::ops::Deref for ListRecambiosQueryModelo {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ListRecambiosQueryModelo> for ::std::string::String {
        fn from(value: ListRecambiosQueryModelo) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ListRecambiosQueryModelo {
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
    impl ::std::convert::TryFrom<&str> for ListRecambiosQueryModelo {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListRecambiosQueryModelo {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ListRecambiosQueryModelo {
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
    ///Parts whose `nombre` contains this text (case-insensitive).
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ListRecambiosQueryNombre(::std::string::String);
    impl ::std::ops::Deref for ListRecambiosQueryNombre {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ListRecambiosQueryNombre> for ::std::string::String {
        fn from(value: ListRecambiosQueryNombre) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ListRecambiosQueryNombre {
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
    impl ::std::convert::TryFrom<&str> for ListRecambiosQueryNombre {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListRecambiosQueryNombre {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ListRecambiosQueryNombre {
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
    ///Field to sort by.
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
    pub enum ListRecambiosQueryOrder {
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
    impl ::std::fmt::Display for ListRecambiosQueryOrder {
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
    impl ::std::str::FromStr for ListRecambiosQueryOrder {
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
    impl ::std::convert::TryFrom<&str> for ListRecambiosQueryOrder {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListRecambiosQueryOrder {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::default::Default for ListRecambiosQueryOrder {
        fn default() -> Self {
            ListRecambiosQueryOrder::NumeroSerie
        }
    }
    ///Sort direction.
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
    pub enum ListRecambiosQueryOrdering {
        #[serde(rename = "ASC")]
        Asc,
        #[serde(rename = "DESC")]
        Desc,
    }
    impl ::std::fmt::Display for ListRecambiosQueryOrdering {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Asc => f.write_str("ASC"),
                Self::Desc => f.write_str("DESC"),
            }
        }
    }
    impl ::std::str::FromStr for ListRecambiosQueryOrdering {
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
    impl ::std::convert::TryFrom<&str> for ListRecambiosQueryOrdering {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListRecambiosQueryOrdering {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::default::Default for ListRecambiosQueryOrdering {
        fn default() -> Self {
            ListRecambiosQueryOrdering::Asc
        }
    }
    ///Parts from exactly this supplier.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ListRecambiosQueryProveedor(::std::string::String);
    impl ::std::ops::Deref for ListRecambiosQueryProveedor {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ListRecambiosQueryProveedor> for ::std::string::String {
        fn from(value: ListRecambiosQueryProveedor) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ListRecambiosQueryProveedor {
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
    impl ::std::convert::TryFrom<&str> for ListRecambiosQueryProveedor {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListRecambiosQueryProveedor {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ListRecambiosQueryProveedor {
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
    ///`ListStockBajoQuery`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ListStockBajoQuery {
        ///Field to sort by.
        #[serde(default = "defaults::list_stock_bajo_query_order")]
        pub order: ListStockBajoQueryOrder,
        ///Sort direction.
        #[serde(default = "defaults::list_stock_bajo_query_ordering")]
        pub ordering: ListStockBajoQueryOrdering,
        ///Page number, from 1.
        #[serde(default = "defaults::default_nzu64::<::std::num::NonZeroU64, 1>")]
        pub page: ::std::num::NonZeroU64,
        ///Items per page.
        #[serde(default = "defaults::default_nzu64::<::std::num::NonZeroU64, 20>")]
        pub page_size: ::std::num::NonZeroU64,
    }
    impl ::std::default::Default for ListStockBajoQuery {
        fn default() -> Self {
            Self {
                order: defaults::list_stock_bajo_query_order(),
                ordering: defaults::list_stock_bajo_query_ordering(),
                page: defaults::default_nzu64::<::std::num::NonZeroU64, 1>(),
                page_size: defaults::default_nzu64::<::std::num::NonZeroU64, 20>(),
            }
        }
    }
    ///Field to sort by.
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
    pub enum ListStockBajoQueryOrder {
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
    impl ::std::fmt::Display for ListStockBajoQueryOrder {
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
    impl ::std::str::FromStr for ListStockBajoQueryOrder {
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
    impl ::std::convert::TryFrom<&str> for ListStockBajoQueryOrder {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListStockBajoQueryOrder {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::default::Default for ListStockBajoQueryOrder {
        fn default() -> Self {
            ListStockBajoQueryOrder::NumeroSerie
        }
    }
    ///Sort direction.
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
    pub enum ListStockBajoQueryOrdering {
        #[serde(rename = "ASC")]
        Asc,
        #[serde(rename = "DESC")]
        Desc,
    }
    impl ::std::fmt::Display for ListStockBajoQueryOrdering {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Asc => f.write_str("ASC"),
                Self::Desc => f.write_str("DESC"),
            }
        }
    }
    impl ::std::str::FromStr for ListStockBajoQueryOrdering {
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
    impl ::std::convert::TryFrom<&str> for ListStockBajoQueryOrdering {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListStockBajoQueryOrdering {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::default::Default for ListStockBajoQueryOrdering {
        fn default() -> Self {
            ListStockBajoQueryOrdering::Asc
        }
    }
    ///`ReplaceRecambioHeaders`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct ReplaceRecambioHeaders {
        /**The `ETag` last read for this part. Declared optional so that a missing header reaches
the service, which answers 428; a stale one gets 412.
*/
        #[serde(
            rename = "If-Match",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub if_match: ::std::option::Option<ReplaceRecambioHeadersIfMatch>,
    }
    /**The `ETag` last read for this part. Declared optional so that a missing header reaches
the service, which answers 428; a stale one gets 412.
*/
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ReplaceRecambioHeadersIfMatch(::std::string::String);
    impl ::std::ops::Deref for ReplaceRecambioHeadersIfMatch {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ReplaceRecambioHeadersIfMatch> for ::std::string::String {
        fn from(value: ReplaceRecambioHeadersIfMatch) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ReplaceRecambioHeadersIfMatch {
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
    impl ::std::convert::TryFrom<&str> for ReplaceRecambioHeadersIfMatch {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for ReplaceRecambioHeadersIfMatch {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ReplaceRecambioHeadersIfMatch {
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
    ///`ReplaceRecambioPath`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ReplaceRecambioPath {
        pub numero_serie: ::recambios_types::NumeroSerie,
    }
    /// Generation of default values for serde.
    pub mod defaults {
        pub(super) fn default_nzu64<T, const V: u64>() -> T
        where
            T: ::std::convert::TryFrom<::std::num::NonZeroU64>,
            <T as ::std::convert::TryFrom<
                ::std::num::NonZeroU64,
            >>::Error: ::std::fmt::Debug,
        {
            T::try_from(::std::num::NonZeroU64::try_from(V).unwrap()).unwrap()
        }
        pub(super) fn list_movimientos_query_ordering() -> super::ListMovimientosQueryOrdering {
            super::ListMovimientosQueryOrdering::Asc
        }
        pub(super) fn list_recambios_query_order() -> super::ListRecambiosQueryOrder {
            super::ListRecambiosQueryOrder::NumeroSerie
        }
        pub(super) fn list_recambios_query_ordering() -> super::ListRecambiosQueryOrdering {
            super::ListRecambiosQueryOrdering::Asc
        }
        pub(super) fn list_stock_bajo_query_order() -> super::ListStockBajoQueryOrder {
            super::ListStockBajoQueryOrder::NumeroSerie
        }
        pub(super) fn list_stock_bajo_query_ordering() -> super::ListStockBajoQueryOrdering {
            super::ListStockBajoQueryOrdering::Asc
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
/// The request of `list_recambios` (GET /recambios), validated against the contract.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize)]
pub struct ListRecambiosRequest {
    /// The query parameters.
    pub query: types::ListRecambiosQuery,
}
/// Every response `list_recambios` declares, one variant per status.
#[must_use]
#[derive(Debug, Clone, PartialEq)]
pub enum ListRecambiosResponse {
    /// One page of parts.
    Ok200(::recambios_types::PaginaRecambios),
    /// Malformed request (unparseable JSON, or a bad path, query or header value).
    BadRequest400(::recambios_types::Problem),
    /// No valid credentials (missing, expired, badly signed, wrong issuer or audience); `WWW-Authenticate` says which scheme is expected.
    Unauthorized401 {
        /// The response body.
        body: ::recambios_types::Problem,
        /// The `WWW-Authenticate` header. The challenge, e.g. `Bearer realm="taller", error="invalid_token"`.
        www_authenticate: ::std::option::Option<String>,
    },
    /// Valid credentials that lack a scope the operation needs.
    Forbidden403(::recambios_types::Problem),
    /// An unexpected failure of the service.
    InternalServerError500(::recambios_types::Problem),
    /// The database is unreachable; retry later.
    ServiceUnavailable503(::recambios_types::Problem),
}
impl IntoResponse for ListRecambiosResponse {
    fn into_response(self) -> HttpResponse {
        match self {
            Self::Ok200(body) => json_response(200u16, "application/json", &body),
            Self::BadRequest400(body) => {
                json_response(400u16, "application/problem+json", &body)
            }
            Self::Unauthorized401 { body, www_authenticate } => {
                with_optional_header(
                    json_response(401u16, "application/problem+json", &body),
                    "www-authenticate",
                    www_authenticate,
                )
            }
            Self::Forbidden403(body) => {
                json_response(403u16, "application/problem+json", &body)
            }
            Self::InternalServerError500(body) => {
                json_response(500u16, "application/problem+json", &body)
            }
            Self::ServiceUnavailable503(body) => {
                json_response(503u16, "application/problem+json", &body)
            }
        }
    }
}
/// The request of `create_recambio` (POST /recambios), validated against the contract.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize)]
pub struct CreateRecambioRequest {
    /// The request body.
    pub body: ::recambios_types::RecambioNuevo,
}
/// Every response `create_recambio` declares, one variant per status.
#[must_use]
#[derive(Debug, Clone, PartialEq)]
pub enum CreateRecambioResponse {
    /// Created; `Location` points at the new part.
    Created201 {
        /// The response body.
        body: ::recambios_types::Recambio,
        /// The `ETag` header. Strong entity tag of the part's current version, e.g. `"3"`.
        etag: ::std::option::Option<String>,
        /// The `Location` header. Path of the created part.
        location: ::std::option::Option<String>,
    },
    /// Malformed request (unparseable JSON, or a bad path, query or header value).
    BadRequest400(::recambios_types::Problem),
    /// No valid credentials (missing, expired, badly signed, wrong issuer or audience); `WWW-Authenticate` says which scheme is expected.
    Unauthorized401 {
        /// The response body.
        body: ::recambios_types::Problem,
        /// The `WWW-Authenticate` header. The challenge, e.g. `Bearer realm="taller", error="invalid_token"`.
        www_authenticate: ::std::option::Option<String>,
    },
    /// Valid credentials that lack a scope the operation needs.
    Forbidden403(::recambios_types::Problem),
    /// A part with this numero_serie already exists.
    Conflict409(::recambios_types::Problem),
    /// The body is larger than the service accepts.
    PayloadTooLarge413(::recambios_types::Problem),
    /// The body is not `application/json`.
    UnsupportedMediaType415(::recambios_types::Problem),
    /// A well-formed body that breaks the schema or a domain rule.
    UnprocessableEntity422(::recambios_types::Problem),
    /// An unexpected failure of the service.
    InternalServerError500(::recambios_types::Problem),
    /// The database is unreachable; retry later.
    ServiceUnavailable503(::recambios_types::Problem),
}
impl IntoResponse for CreateRecambioResponse {
    fn into_response(self) -> HttpResponse {
        match self {
            Self::Created201 { body, etag, location } => {
                with_optional_header(
                    with_optional_header(
                        json_response(201u16, "application/json", &body),
                        "etag",
                        etag,
                    ),
                    "location",
                    location,
                )
            }
            Self::BadRequest400(body) => {
                json_response(400u16, "application/problem+json", &body)
            }
            Self::Unauthorized401 { body, www_authenticate } => {
                with_optional_header(
                    json_response(401u16, "application/problem+json", &body),
                    "www-authenticate",
                    www_authenticate,
                )
            }
            Self::Forbidden403(body) => {
                json_response(403u16, "application/problem+json", &body)
            }
            Self::Conflict409(body) => {
                json_response(409u16, "application/problem+json", &body)
            }
            Self::PayloadTooLarge413(body) => {
                json_response(413u16, "application/problem+json", &body)
            }
            Self::UnsupportedMediaType415(body) => {
                json_response(415u16, "application/problem+json", &body)
            }
            Self::UnprocessableEntity422(body) => {
                json_response(422u16, "application/problem+json", &body)
            }
            Self::InternalServerError500(body) => {
                json_response(500u16, "application/problem+json", &body)
            }
            Self::ServiceUnavailable503(body) => {
                json_response(503u16, "application/problem+json", &body)
            }
        }
    }
}
/// The request of `list_stock_bajo` (GET /recambios/stock-bajo), validated against the contract.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize)]
pub struct ListStockBajoRequest {
    /// The query parameters.
    pub query: types::ListStockBajoQuery,
}
/// Every response `list_stock_bajo` declares, one variant per status.
#[must_use]
#[derive(Debug, Clone, PartialEq)]
pub enum ListStockBajoResponse {
    /// One page of parts with low stock.
    Ok200(::recambios_types::PaginaRecambios),
    /// Malformed request (unparseable JSON, or a bad path, query or header value).
    BadRequest400(::recambios_types::Problem),
    /// No valid credentials (missing, expired, badly signed, wrong issuer or audience); `WWW-Authenticate` says which scheme is expected.
    Unauthorized401 {
        /// The response body.
        body: ::recambios_types::Problem,
        /// The `WWW-Authenticate` header. The challenge, e.g. `Bearer realm="taller", error="invalid_token"`.
        www_authenticate: ::std::option::Option<String>,
    },
    /// Valid credentials that lack a scope the operation needs.
    Forbidden403(::recambios_types::Problem),
    /// An unexpected failure of the service.
    InternalServerError500(::recambios_types::Problem),
    /// The database is unreachable; retry later.
    ServiceUnavailable503(::recambios_types::Problem),
}
impl IntoResponse for ListStockBajoResponse {
    fn into_response(self) -> HttpResponse {
        match self {
            Self::Ok200(body) => json_response(200u16, "application/json", &body),
            Self::BadRequest400(body) => {
                json_response(400u16, "application/problem+json", &body)
            }
            Self::Unauthorized401 { body, www_authenticate } => {
                with_optional_header(
                    json_response(401u16, "application/problem+json", &body),
                    "www-authenticate",
                    www_authenticate,
                )
            }
            Self::Forbidden403(body) => {
                json_response(403u16, "application/problem+json", &body)
            }
            Self::InternalServerError500(body) => {
                json_response(500u16, "application/problem+json", &body)
            }
            Self::ServiceUnavailable503(body) => {
                json_response(503u16, "application/problem+json", &body)
            }
        }
    }
}
/// The request of `get_recambio` (GET /recambios/{numero_serie}), validated against the contract.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize)]
pub struct GetRecambioRequest {
    /// The path parameters.
    pub path: types::GetRecambioPath,
}
/// Every response `get_recambio` declares, one variant per status.
#[must_use]
#[derive(Debug, Clone, PartialEq)]
pub enum GetRecambioResponse {
    /// The part; `ETag` carries its version for `If-Match`.
    Ok200 {
        /// The response body.
        body: ::recambios_types::Recambio,
        /// The `ETag` header. Strong entity tag of the part's current version, e.g. `"3"`.
        etag: ::std::option::Option<String>,
    },
    /// Malformed request (unparseable JSON, or a bad path, query or header value).
    BadRequest400(::recambios_types::Problem),
    /// No valid credentials (missing, expired, badly signed, wrong issuer or audience); `WWW-Authenticate` says which scheme is expected.
    Unauthorized401 {
        /// The response body.
        body: ::recambios_types::Problem,
        /// The `WWW-Authenticate` header. The challenge, e.g. `Bearer realm="taller", error="invalid_token"`.
        www_authenticate: ::std::option::Option<String>,
    },
    /// Valid credentials that lack a scope the operation needs.
    Forbidden403(::recambios_types::Problem),
    /// No part with this numero_serie.
    NotFound404(::recambios_types::Problem),
    /// An unexpected failure of the service.
    InternalServerError500(::recambios_types::Problem),
    /// The database is unreachable; retry later.
    ServiceUnavailable503(::recambios_types::Problem),
}
impl IntoResponse for GetRecambioResponse {
    fn into_response(self) -> HttpResponse {
        match self {
            Self::Ok200 { body, etag } => {
                with_optional_header(
                    json_response(200u16, "application/json", &body),
                    "etag",
                    etag,
                )
            }
            Self::BadRequest400(body) => {
                json_response(400u16, "application/problem+json", &body)
            }
            Self::Unauthorized401 { body, www_authenticate } => {
                with_optional_header(
                    json_response(401u16, "application/problem+json", &body),
                    "www-authenticate",
                    www_authenticate,
                )
            }
            Self::Forbidden403(body) => {
                json_response(403u16, "application/problem+json", &body)
            }
            Self::NotFound404(body) => {
                json_response(404u16, "application/problem+json", &body)
            }
            Self::InternalServerError500(body) => {
                json_response(500u16, "application/problem+json", &body)
            }
            Self::ServiceUnavailable503(body) => {
                json_response(503u16, "application/problem+json", &body)
            }
        }
    }
}
/// The request of `replace_recambio` (PUT /recambios/{numero_serie}), validated against the contract.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize)]
pub struct ReplaceRecambioRequest {
    /// The path parameters.
    pub path: types::ReplaceRecambioPath,
    /// The header parameters.
    pub headers: types::ReplaceRecambioHeaders,
    /// The request body.
    pub body: ::recambios_types::RecambioActualizacion,
}
/// Every response `replace_recambio` declares, one variant per status.
#[must_use]
#[derive(Debug, Clone, PartialEq)]
pub enum ReplaceRecambioResponse {
    /// The updated part and its new `ETag`.
    Ok200 {
        /// The response body.
        body: ::recambios_types::Recambio,
        /// The `ETag` header. Strong entity tag of the part's current version, e.g. `"3"`.
        etag: ::std::option::Option<String>,
    },
    /// Malformed request (unparseable JSON, or a bad path, query or header value).
    BadRequest400(::recambios_types::Problem),
    /// No valid credentials (missing, expired, badly signed, wrong issuer or audience); `WWW-Authenticate` says which scheme is expected.
    Unauthorized401 {
        /// The response body.
        body: ::recambios_types::Problem,
        /// The `WWW-Authenticate` header. The challenge, e.g. `Bearer realm="taller", error="invalid_token"`.
        www_authenticate: ::std::option::Option<String>,
    },
    /// Valid credentials that lack a scope the operation needs.
    Forbidden403(::recambios_types::Problem),
    /// No part with this numero_serie.
    NotFound404(::recambios_types::Problem),
    /// `If-Match` does not match the current `ETag`.
    PreconditionFailed412(::recambios_types::Problem),
    /// The body is larger than the service accepts.
    PayloadTooLarge413(::recambios_types::Problem),
    /// The body is not `application/json`.
    UnsupportedMediaType415(::recambios_types::Problem),
    /// A well-formed body that breaks the schema or a domain rule.
    UnprocessableEntity422(::recambios_types::Problem),
    /// `If-Match` is missing.
    PreconditionRequired428(::recambios_types::Problem),
    /// An unexpected failure of the service.
    InternalServerError500(::recambios_types::Problem),
    /// The database is unreachable; retry later.
    ServiceUnavailable503(::recambios_types::Problem),
}
impl IntoResponse for ReplaceRecambioResponse {
    fn into_response(self) -> HttpResponse {
        match self {
            Self::Ok200 { body, etag } => {
                with_optional_header(
                    json_response(200u16, "application/json", &body),
                    "etag",
                    etag,
                )
            }
            Self::BadRequest400(body) => {
                json_response(400u16, "application/problem+json", &body)
            }
            Self::Unauthorized401 { body, www_authenticate } => {
                with_optional_header(
                    json_response(401u16, "application/problem+json", &body),
                    "www-authenticate",
                    www_authenticate,
                )
            }
            Self::Forbidden403(body) => {
                json_response(403u16, "application/problem+json", &body)
            }
            Self::NotFound404(body) => {
                json_response(404u16, "application/problem+json", &body)
            }
            Self::PreconditionFailed412(body) => {
                json_response(412u16, "application/problem+json", &body)
            }
            Self::PayloadTooLarge413(body) => {
                json_response(413u16, "application/problem+json", &body)
            }
            Self::UnsupportedMediaType415(body) => {
                json_response(415u16, "application/problem+json", &body)
            }
            Self::UnprocessableEntity422(body) => {
                json_response(422u16, "application/problem+json", &body)
            }
            Self::PreconditionRequired428(body) => {
                json_response(428u16, "application/problem+json", &body)
            }
            Self::InternalServerError500(body) => {
                json_response(500u16, "application/problem+json", &body)
            }
            Self::ServiceUnavailable503(body) => {
                json_response(503u16, "application/problem+json", &body)
            }
        }
    }
}
/// The request of `delete_recambio` (DELETE /recambios/{numero_serie}), validated against the contract.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize)]
pub struct DeleteRecambioRequest {
    /// The path parameters.
    pub path: types::DeleteRecambioPath,
    /// The header parameters.
    pub headers: types::DeleteRecambioHeaders,
}
/// Every response `delete_recambio` declares, one variant per status.
#[must_use]
#[derive(Debug, Clone, PartialEq)]
pub enum DeleteRecambioResponse {
    /// Deleted; no body.
    NoContent204,
    /// Malformed request (unparseable JSON, or a bad path, query or header value).
    BadRequest400(::recambios_types::Problem),
    /// No valid credentials (missing, expired, badly signed, wrong issuer or audience); `WWW-Authenticate` says which scheme is expected.
    Unauthorized401 {
        /// The response body.
        body: ::recambios_types::Problem,
        /// The `WWW-Authenticate` header. The challenge, e.g. `Bearer realm="taller", error="invalid_token"`.
        www_authenticate: ::std::option::Option<String>,
    },
    /// Valid credentials that lack a scope the operation needs.
    Forbidden403(::recambios_types::Problem),
    /// No part with this numero_serie.
    NotFound404(::recambios_types::Problem),
    /// `If-Match` does not match the current `ETag`.
    PreconditionFailed412(::recambios_types::Problem),
    /// `If-Match` is missing.
    PreconditionRequired428(::recambios_types::Problem),
    /// An unexpected failure of the service.
    InternalServerError500(::recambios_types::Problem),
    /// The database is unreachable; retry later.
    ServiceUnavailable503(::recambios_types::Problem),
}
impl IntoResponse for DeleteRecambioResponse {
    fn into_response(self) -> HttpResponse {
        match self {
            Self::NoContent204 => empty_response(204u16),
            Self::BadRequest400(body) => {
                json_response(400u16, "application/problem+json", &body)
            }
            Self::Unauthorized401 { body, www_authenticate } => {
                with_optional_header(
                    json_response(401u16, "application/problem+json", &body),
                    "www-authenticate",
                    www_authenticate,
                )
            }
            Self::Forbidden403(body) => {
                json_response(403u16, "application/problem+json", &body)
            }
            Self::NotFound404(body) => {
                json_response(404u16, "application/problem+json", &body)
            }
            Self::PreconditionFailed412(body) => {
                json_response(412u16, "application/problem+json", &body)
            }
            Self::PreconditionRequired428(body) => {
                json_response(428u16, "application/problem+json", &body)
            }
            Self::InternalServerError500(body) => {
                json_response(500u16, "application/problem+json", &body)
            }
            Self::ServiceUnavailable503(body) => {
                json_response(503u16, "application/problem+json", &body)
            }
        }
    }
}
/// The request of `add_entrada` (POST /recambios/{numero_serie}/entradas), validated against the contract.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize)]
pub struct AddEntradaRequest {
    /// The path parameters.
    pub path: types::AddEntradaPath,
    /// The request body.
    pub body: ::recambios_types::OperacionStock,
}
/// Every response `add_entrada` declares, one variant per status.
#[must_use]
#[derive(Debug, Clone, PartialEq)]
pub enum AddEntradaResponse {
    /// The part after the movement, with its new `ETag`.
    Ok200 {
        /// The response body.
        body: ::recambios_types::Recambio,
        /// The `ETag` header. Strong entity tag of the part's current version, e.g. `"3"`.
        etag: ::std::option::Option<String>,
    },
    /// Malformed request (unparseable JSON, or a bad path, query or header value).
    BadRequest400(::recambios_types::Problem),
    /// No valid credentials (missing, expired, badly signed, wrong issuer or audience); `WWW-Authenticate` says which scheme is expected.
    Unauthorized401 {
        /// The response body.
        body: ::recambios_types::Problem,
        /// The `WWW-Authenticate` header. The challenge, e.g. `Bearer realm="taller", error="invalid_token"`.
        www_authenticate: ::std::option::Option<String>,
    },
    /// Valid credentials that lack a scope the operation needs.
    Forbidden403(::recambios_types::Problem),
    /// No part with this numero_serie.
    NotFound404(::recambios_types::Problem),
    /// Not enough stock (or reserved stock for the job), or stock would exceed 10000.
    Conflict409(::recambios_types::Problem),
    /// The body is larger than the service accepts.
    PayloadTooLarge413(::recambios_types::Problem),
    /// The body is not `application/json`.
    UnsupportedMediaType415(::recambios_types::Problem),
    /// A well-formed body that breaks the schema or a domain rule.
    UnprocessableEntity422(::recambios_types::Problem),
    /// An unexpected failure of the service.
    InternalServerError500(::recambios_types::Problem),
    /// The database is unreachable; retry later.
    ServiceUnavailable503(::recambios_types::Problem),
}
impl IntoResponse for AddEntradaResponse {
    fn into_response(self) -> HttpResponse {
        match self {
            Self::Ok200 { body, etag } => {
                with_optional_header(
                    json_response(200u16, "application/json", &body),
                    "etag",
                    etag,
                )
            }
            Self::BadRequest400(body) => {
                json_response(400u16, "application/problem+json", &body)
            }
            Self::Unauthorized401 { body, www_authenticate } => {
                with_optional_header(
                    json_response(401u16, "application/problem+json", &body),
                    "www-authenticate",
                    www_authenticate,
                )
            }
            Self::Forbidden403(body) => {
                json_response(403u16, "application/problem+json", &body)
            }
            Self::NotFound404(body) => {
                json_response(404u16, "application/problem+json", &body)
            }
            Self::Conflict409(body) => {
                json_response(409u16, "application/problem+json", &body)
            }
            Self::PayloadTooLarge413(body) => {
                json_response(413u16, "application/problem+json", &body)
            }
            Self::UnsupportedMediaType415(body) => {
                json_response(415u16, "application/problem+json", &body)
            }
            Self::UnprocessableEntity422(body) => {
                json_response(422u16, "application/problem+json", &body)
            }
            Self::InternalServerError500(body) => {
                json_response(500u16, "application/problem+json", &body)
            }
            Self::ServiceUnavailable503(body) => {
                json_response(503u16, "application/problem+json", &body)
            }
        }
    }
}
/// The request of `add_liberacion` (POST /recambios/{numero_serie}/liberaciones), validated against the contract.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize)]
pub struct AddLiberacionRequest {
    /// The path parameters.
    pub path: types::AddLiberacionPath,
    /// The request body.
    pub body: ::recambios_types::OperacionReserva,
}
/// Every response `add_liberacion` declares, one variant per status.
#[must_use]
#[derive(Debug, Clone, PartialEq)]
pub enum AddLiberacionResponse {
    /// The part after the movement, with its new `ETag`.
    Ok200 {
        /// The response body.
        body: ::recambios_types::Recambio,
        /// The `ETag` header. Strong entity tag of the part's current version, e.g. `"3"`.
        etag: ::std::option::Option<String>,
    },
    /// Malformed request (unparseable JSON, or a bad path, query or header value).
    BadRequest400(::recambios_types::Problem),
    /// No valid credentials (missing, expired, badly signed, wrong issuer or audience); `WWW-Authenticate` says which scheme is expected.
    Unauthorized401 {
        /// The response body.
        body: ::recambios_types::Problem,
        /// The `WWW-Authenticate` header. The challenge, e.g. `Bearer realm="taller", error="invalid_token"`.
        www_authenticate: ::std::option::Option<String>,
    },
    /// Valid credentials that lack a scope the operation needs.
    Forbidden403(::recambios_types::Problem),
    /// No part with this numero_serie.
    NotFound404(::recambios_types::Problem),
    /// Not enough stock (or reserved stock for the job), or stock would exceed 10000.
    Conflict409(::recambios_types::Problem),
    /// The body is larger than the service accepts.
    PayloadTooLarge413(::recambios_types::Problem),
    /// The body is not `application/json`.
    UnsupportedMediaType415(::recambios_types::Problem),
    /// A well-formed body that breaks the schema or a domain rule.
    UnprocessableEntity422(::recambios_types::Problem),
    /// An unexpected failure of the service.
    InternalServerError500(::recambios_types::Problem),
    /// The database is unreachable; retry later.
    ServiceUnavailable503(::recambios_types::Problem),
}
impl IntoResponse for AddLiberacionResponse {
    fn into_response(self) -> HttpResponse {
        match self {
            Self::Ok200 { body, etag } => {
                with_optional_header(
                    json_response(200u16, "application/json", &body),
                    "etag",
                    etag,
                )
            }
            Self::BadRequest400(body) => {
                json_response(400u16, "application/problem+json", &body)
            }
            Self::Unauthorized401 { body, www_authenticate } => {
                with_optional_header(
                    json_response(401u16, "application/problem+json", &body),
                    "www-authenticate",
                    www_authenticate,
                )
            }
            Self::Forbidden403(body) => {
                json_response(403u16, "application/problem+json", &body)
            }
            Self::NotFound404(body) => {
                json_response(404u16, "application/problem+json", &body)
            }
            Self::Conflict409(body) => {
                json_response(409u16, "application/problem+json", &body)
            }
            Self::PayloadTooLarge413(body) => {
                json_response(413u16, "application/problem+json", &body)
            }
            Self::UnsupportedMediaType415(body) => {
                json_response(415u16, "application/problem+json", &body)
            }
            Self::UnprocessableEntity422(body) => {
                json_response(422u16, "application/problem+json", &body)
            }
            Self::InternalServerError500(body) => {
                json_response(500u16, "application/problem+json", &body)
            }
            Self::ServiceUnavailable503(body) => {
                json_response(503u16, "application/problem+json", &body)
            }
        }
    }
}
/// The request of `list_movimientos` (GET /recambios/{numero_serie}/movimientos), validated against the contract.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize)]
pub struct ListMovimientosRequest {
    /// The path parameters.
    pub path: types::ListMovimientosPath,
    /// The query parameters.
    pub query: types::ListMovimientosQuery,
}
/// Every response `list_movimientos` declares, one variant per status.
#[must_use]
#[derive(Debug, Clone, PartialEq)]
pub enum ListMovimientosResponse {
    /// One page of movements.
    Ok200(::recambios_types::PaginaMovimientos),
    /// Malformed request (unparseable JSON, or a bad path, query or header value).
    BadRequest400(::recambios_types::Problem),
    /// No valid credentials (missing, expired, badly signed, wrong issuer or audience); `WWW-Authenticate` says which scheme is expected.
    Unauthorized401 {
        /// The response body.
        body: ::recambios_types::Problem,
        /// The `WWW-Authenticate` header. The challenge, e.g. `Bearer realm="taller", error="invalid_token"`.
        www_authenticate: ::std::option::Option<String>,
    },
    /// Valid credentials that lack a scope the operation needs.
    Forbidden403(::recambios_types::Problem),
    /// No part with this numero_serie.
    NotFound404(::recambios_types::Problem),
    /// An unexpected failure of the service.
    InternalServerError500(::recambios_types::Problem),
    /// The database is unreachable; retry later.
    ServiceUnavailable503(::recambios_types::Problem),
}
impl IntoResponse for ListMovimientosResponse {
    fn into_response(self) -> HttpResponse {
        match self {
            Self::Ok200(body) => json_response(200u16, "application/json", &body),
            Self::BadRequest400(body) => {
                json_response(400u16, "application/problem+json", &body)
            }
            Self::Unauthorized401 { body, www_authenticate } => {
                with_optional_header(
                    json_response(401u16, "application/problem+json", &body),
                    "www-authenticate",
                    www_authenticate,
                )
            }
            Self::Forbidden403(body) => {
                json_response(403u16, "application/problem+json", &body)
            }
            Self::NotFound404(body) => {
                json_response(404u16, "application/problem+json", &body)
            }
            Self::InternalServerError500(body) => {
                json_response(500u16, "application/problem+json", &body)
            }
            Self::ServiceUnavailable503(body) => {
                json_response(503u16, "application/problem+json", &body)
            }
        }
    }
}
/// The request of `add_reserva` (POST /recambios/{numero_serie}/reservas), validated against the contract.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize)]
pub struct AddReservaRequest {
    /// The path parameters.
    pub path: types::AddReservaPath,
    /// The request body.
    pub body: ::recambios_types::OperacionReserva,
}
/// Every response `add_reserva` declares, one variant per status.
#[must_use]
#[derive(Debug, Clone, PartialEq)]
pub enum AddReservaResponse {
    /// The part after the movement, with its new `ETag`.
    Ok200 {
        /// The response body.
        body: ::recambios_types::Recambio,
        /// The `ETag` header. Strong entity tag of the part's current version, e.g. `"3"`.
        etag: ::std::option::Option<String>,
    },
    /// Malformed request (unparseable JSON, or a bad path, query or header value).
    BadRequest400(::recambios_types::Problem),
    /// No valid credentials (missing, expired, badly signed, wrong issuer or audience); `WWW-Authenticate` says which scheme is expected.
    Unauthorized401 {
        /// The response body.
        body: ::recambios_types::Problem,
        /// The `WWW-Authenticate` header. The challenge, e.g. `Bearer realm="taller", error="invalid_token"`.
        www_authenticate: ::std::option::Option<String>,
    },
    /// Valid credentials that lack a scope the operation needs.
    Forbidden403(::recambios_types::Problem),
    /// No part with this numero_serie.
    NotFound404(::recambios_types::Problem),
    /// Not enough stock (or reserved stock for the job), or stock would exceed 10000.
    Conflict409(::recambios_types::Problem),
    /// The body is larger than the service accepts.
    PayloadTooLarge413(::recambios_types::Problem),
    /// The body is not `application/json`.
    UnsupportedMediaType415(::recambios_types::Problem),
    /// A well-formed body that breaks the schema or a domain rule.
    UnprocessableEntity422(::recambios_types::Problem),
    /// An unexpected failure of the service.
    InternalServerError500(::recambios_types::Problem),
    /// The database is unreachable; retry later.
    ServiceUnavailable503(::recambios_types::Problem),
}
impl IntoResponse for AddReservaResponse {
    fn into_response(self) -> HttpResponse {
        match self {
            Self::Ok200 { body, etag } => {
                with_optional_header(
                    json_response(200u16, "application/json", &body),
                    "etag",
                    etag,
                )
            }
            Self::BadRequest400(body) => {
                json_response(400u16, "application/problem+json", &body)
            }
            Self::Unauthorized401 { body, www_authenticate } => {
                with_optional_header(
                    json_response(401u16, "application/problem+json", &body),
                    "www-authenticate",
                    www_authenticate,
                )
            }
            Self::Forbidden403(body) => {
                json_response(403u16, "application/problem+json", &body)
            }
            Self::NotFound404(body) => {
                json_response(404u16, "application/problem+json", &body)
            }
            Self::Conflict409(body) => {
                json_response(409u16, "application/problem+json", &body)
            }
            Self::PayloadTooLarge413(body) => {
                json_response(413u16, "application/problem+json", &body)
            }
            Self::UnsupportedMediaType415(body) => {
                json_response(415u16, "application/problem+json", &body)
            }
            Self::UnprocessableEntity422(body) => {
                json_response(422u16, "application/problem+json", &body)
            }
            Self::InternalServerError500(body) => {
                json_response(500u16, "application/problem+json", &body)
            }
            Self::ServiceUnavailable503(body) => {
                json_response(503u16, "application/problem+json", &body)
            }
        }
    }
}
/// The request of `add_salida` (POST /recambios/{numero_serie}/salidas), validated against the contract.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize)]
pub struct AddSalidaRequest {
    /// The path parameters.
    pub path: types::AddSalidaPath,
    /// The request body.
    pub body: ::recambios_types::OperacionStock,
}
/// Every response `add_salida` declares, one variant per status.
#[must_use]
#[derive(Debug, Clone, PartialEq)]
pub enum AddSalidaResponse {
    /// The part after the movement, with its new `ETag`.
    Ok200 {
        /// The response body.
        body: ::recambios_types::Recambio,
        /// The `ETag` header. Strong entity tag of the part's current version, e.g. `"3"`.
        etag: ::std::option::Option<String>,
    },
    /// Malformed request (unparseable JSON, or a bad path, query or header value).
    BadRequest400(::recambios_types::Problem),
    /// No valid credentials (missing, expired, badly signed, wrong issuer or audience); `WWW-Authenticate` says which scheme is expected.
    Unauthorized401 {
        /// The response body.
        body: ::recambios_types::Problem,
        /// The `WWW-Authenticate` header. The challenge, e.g. `Bearer realm="taller", error="invalid_token"`.
        www_authenticate: ::std::option::Option<String>,
    },
    /// Valid credentials that lack a scope the operation needs.
    Forbidden403(::recambios_types::Problem),
    /// No part with this numero_serie.
    NotFound404(::recambios_types::Problem),
    /// Not enough stock (or reserved stock for the job), or stock would exceed 10000.
    Conflict409(::recambios_types::Problem),
    /// The body is larger than the service accepts.
    PayloadTooLarge413(::recambios_types::Problem),
    /// The body is not `application/json`.
    UnsupportedMediaType415(::recambios_types::Problem),
    /// A well-formed body that breaks the schema or a domain rule.
    UnprocessableEntity422(::recambios_types::Problem),
    /// An unexpected failure of the service.
    InternalServerError500(::recambios_types::Problem),
    /// The database is unreachable; retry later.
    ServiceUnavailable503(::recambios_types::Problem),
}
impl IntoResponse for AddSalidaResponse {
    fn into_response(self) -> HttpResponse {
        match self {
            Self::Ok200 { body, etag } => {
                with_optional_header(
                    json_response(200u16, "application/json", &body),
                    "etag",
                    etag,
                )
            }
            Self::BadRequest400(body) => {
                json_response(400u16, "application/problem+json", &body)
            }
            Self::Unauthorized401 { body, www_authenticate } => {
                with_optional_header(
                    json_response(401u16, "application/problem+json", &body),
                    "www-authenticate",
                    www_authenticate,
                )
            }
            Self::Forbidden403(body) => {
                json_response(403u16, "application/problem+json", &body)
            }
            Self::NotFound404(body) => {
                json_response(404u16, "application/problem+json", &body)
            }
            Self::Conflict409(body) => {
                json_response(409u16, "application/problem+json", &body)
            }
            Self::PayloadTooLarge413(body) => {
                json_response(413u16, "application/problem+json", &body)
            }
            Self::UnsupportedMediaType415(body) => {
                json_response(415u16, "application/problem+json", &body)
            }
            Self::UnprocessableEntity422(body) => {
                json_response(422u16, "application/problem+json", &body)
            }
            Self::InternalServerError500(body) => {
                json_response(500u16, "application/problem+json", &body)
            }
            Self::ServiceUnavailable503(body) => {
                json_response(503u16, "application/problem+json", &body)
            }
        }
    }
}
/// The `recambios` service as a trait: implement it and hand it to [`router`].
///
/// Each method receives the request's context and its typed request, already validated
/// against the contract, and returns one of the operation's declared responses or an
/// error: `?` works on [`Self::Error`], answered as the problem it names when the
/// operation declares its status, otherwise as the 500 every operation declares.
pub trait RecambiosApi: Send + Sync + 'static {
    /// The implementation's error (see [`ApiError`]); `std::convert::Infallible` when
    /// nothing can fail, [`Problem`] to answer problems directly.
    type Error: ApiError;
    /// Who a caller is once authenticated (see [`Self::authenticate`]).
    type Principal: Principal;
    /// Turns a credential sent for `scheme` into the caller's principal, or says why not
    /// (answered 401 with `WWW-Authenticate`). The router calls it before the handler of
    /// every operation whose `security` names the scheme, then checks the scopes the
    /// operation needs against [`Principal::has_scope`] (403 when one is missing). A
    /// request that fails never reaches the operation's method.
    fn authenticate(
        &self,
        scheme: SecurityScheme,
        credential: Credential,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<Self::Principal, Unauthorized>,
    > + Send;
    /// List parts, paged, sorted and filtered
    ///
    /// An empty result is 200 with `items` empty. Filters combine with AND.
    fn list_recambios(
        &self,
        context: RequestContext<Self::Principal>,
        request: ListRecambiosRequest,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<ListRecambiosResponse, Self::Error>,
    > + Send;
    /// Add a part to the catalogue
    ///
    /// `importe` is computed by the server. `cantidad_reservada` starts at 0. A second part with
    /// the same `numero_serie` is a 409, also under concurrent creates.
    fn create_recambio(
        &self,
        context: RequestContext<Self::Principal>,
        request: CreateRecambioRequest,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<CreateRecambioResponse, Self::Error>,
    > + Send;
    /// List parts at or below their minimum stock
    ///
    /// Parts whose `cantidad_disponible` is at or below `stock_minimo`, paged. This static path
    /// takes precedence over `/recambios/{numero_serie}` (and `stock-bajo` is not a valid
    /// `numero_serie` anyway).
    fn list_stock_bajo(
        &self,
        context: RequestContext<Self::Principal>,
        request: ListStockBajoRequest,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<ListStockBajoResponse, Self::Error>,
    > + Send;
    /// Get one part
    ///
    /// The part with its stock; the `ETag` header is its version, for `If-Match`.
    fn get_recambio(
        &self,
        context: RequestContext<Self::Principal>,
        request: GetRecambioRequest,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<GetRecambioResponse, Self::Error>,
    > + Send;
    /// Replace a part's catalogue data
    ///
    /// Replaces every editable field (omitted optional fields take their defaults). Stock
    /// (`cantidad`, `cantidad_reservada`) is not editable here: it changes only through the
    /// stock operations, so every change is recorded. Requires `If-Match` with the current
    /// `ETag`: 428 without it, 412 when it does not match.
    fn replace_recambio(
        &self,
        context: RequestContext<Self::Principal>,
        request: ReplaceRecambioRequest,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<ReplaceRecambioResponse, Self::Error>,
    > + Send;
    /// Remove a part from the catalogue
    ///
    /// Requires `If-Match` with the current `ETag`; 428 without it, 412 on mismatch.
    fn delete_recambio(
        &self,
        context: RequestContext<Self::Principal>,
        request: DeleteRecambioRequest,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<DeleteRecambioResponse, Self::Error>,
    > + Send;
    /// Receive units into stock
    ///
    /// Adds `cantidad` units. 409 when the stock would exceed 10000.
    fn add_entrada(
        &self,
        context: RequestContext<Self::Principal>,
        request: AddEntradaRequest,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<AddEntradaResponse, Self::Error>,
    > + Send;
    /// Release units reserved for a job
    ///
    /// Returns `cantidad` units reserved for `trabajo_id` to available stock; 409 if that job has fewer reserved.
    fn add_liberacion(
        &self,
        context: RequestContext<Self::Principal>,
        request: AddLiberacionRequest,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<AddLiberacionResponse, Self::Error>,
    > + Send;
    /// List a part's stock movements
    ///
    /// Oldest first by default (`ordering=DESC` for newest first). 404 if the part does not exist.
    fn list_movimientos(
        &self,
        context: RequestContext<Self::Principal>,
        request: ListMovimientosRequest,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<ListMovimientosResponse, Self::Error>,
    > + Send;
    /// Reserve units for a job
    ///
    /// Moves `cantidad` available units to reserved for `trabajo_id`. 409 when fewer units are
    /// available; concurrent reservations never oversell.
    fn add_reserva(
        &self,
        context: RequestContext<Self::Principal>,
        request: AddReservaRequest,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<AddReservaResponse, Self::Error>,
    > + Send;
    /// Take units out of stock
    ///
    /// With `trabajo_id`, consumes units reserved for that job (409 if it has fewer reserved);
    /// without it, consumes available (unreserved) units (409 if fewer are available).
    fn add_salida(
        &self,
        context: RequestContext<Self::Principal>,
        request: AddSalidaRequest,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<AddSalidaResponse, Self::Error>,
    > + Send;
}
pub use ::taller_runtime::security::{Credential, Principal, Unauthorized};
/// The security schemes of the contract (`components.securitySchemes`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SecurityScheme {
    /** `bearerAuth`: OAuth2 (a bearer token with scopes). A JWT access token of the workshop's identity provider, sent as
`Authorization: Bearer <token>`: HS256 for the local run, RS256 with the provider's
keys in production; `iss`, `aud` and `exp` are checked. Its `scope` claim
(space-separated) grants `recambios:read` for reads, `recambios:write` for changes and
`recambios:admin` for destructive operations. `scripts/run` prints a development token
with every scope.*/
    BearerAuth,
}
impl SecurityScheme {
    /// The scheme's name in the contract.
    pub fn name(self) -> &'static str {
        match self {
            Self::BearerAuth => "bearerAuth",
        }
    }
    fn from_name(name: &str) -> Option<Self> {
        match name {
            "bearerAuth" => Some(Self::BearerAuth),
            _ => None,
        }
    }
}
impl<A: RecambiosApi> ::taller_runtime::security::Authenticate for Shared<A> {
    type Principal = A::Principal;
    async fn authenticate(
        &self,
        scheme: &str,
        credential: Credential,
    ) -> ::std::result::Result<A::Principal, Unauthorized> {
        match SecurityScheme::from_name(scheme) {
            Some(scheme) => self.api.authenticate(scheme, credential).await,
            None => {
                Err(Unauthorized::new(format!("no security scheme is named {scheme}")))
            }
        }
    }
}
struct Shared<A> {
    api: A,
    operations: [Arc<Operation>; 11usize],
}
/// Every route of the contract, served by `api`. Unknown paths answer a problem+json 404,
/// known paths with an undeclared method a problem+json 405.
pub fn router<A: RecambiosApi>(api: A) -> ::axum::Router {
    let contract = Contract::from_json(CONTRACT_JSON)
        .expect("the embedded contract is the one codegen checked");
    let operations = [
        contract
            .operation("list_recambios")
            .expect("every operation of the contract is known"),
        contract
            .operation("create_recambio")
            .expect("every operation of the contract is known"),
        contract
            .operation("list_stock_bajo")
            .expect("every operation of the contract is known"),
        contract
            .operation("get_recambio")
            .expect("every operation of the contract is known"),
        contract
            .operation("replace_recambio")
            .expect("every operation of the contract is known"),
        contract
            .operation("delete_recambio")
            .expect("every operation of the contract is known"),
        contract
            .operation("add_entrada")
            .expect("every operation of the contract is known"),
        contract
            .operation("add_liberacion")
            .expect("every operation of the contract is known"),
        contract
            .operation("list_movimientos")
            .expect("every operation of the contract is known"),
        contract
            .operation("add_reserva")
            .expect("every operation of the contract is known"),
        contract
            .operation("add_salida")
            .expect("every operation of the contract is known"),
    ];
    let shared = Arc::new(Shared { api, operations });
    let routes = ::axum::Router::new();
    let routes = routes
        .route(
            "/recambios",
            ::axum::routing::MethodRouter::new()
                .get(handle_list_recambios::<A>)
                .post(handle_create_recambio::<A>)
                .fallback(|| async {
                    Problem::method_not_allowed(
                        &[::axum::http::Method::GET, ::axum::http::Method::POST],
                    )
                }),
        );
    let routes = routes
        .route(
            "/recambios/stock-bajo",
            ::axum::routing::MethodRouter::new()
                .get(handle_list_stock_bajo::<A>)
                .fallback(|| async {
                    Problem::method_not_allowed(&[::axum::http::Method::GET])
                }),
        );
    let routes = routes
        .route(
            "/recambios/{numero_serie}",
            ::axum::routing::MethodRouter::new()
                .get(handle_get_recambio::<A>)
                .put(handle_replace_recambio::<A>)
                .delete(handle_delete_recambio::<A>)
                .fallback(|| async {
                    Problem::method_not_allowed(
                        &[
                            ::axum::http::Method::GET,
                            ::axum::http::Method::PUT,
                            ::axum::http::Method::DELETE,
                        ],
                    )
                }),
        );
    let routes = routes
        .route(
            "/recambios/{numero_serie}/entradas",
            ::axum::routing::MethodRouter::new()
                .post(handle_add_entrada::<A>)
                .fallback(|| async {
                    Problem::method_not_allowed(&[::axum::http::Method::POST])
                }),
        );
    let routes = routes
        .route(
            "/recambios/{numero_serie}/liberaciones",
            ::axum::routing::MethodRouter::new()
                .post(handle_add_liberacion::<A>)
                .fallback(|| async {
                    Problem::method_not_allowed(&[::axum::http::Method::POST])
                }),
        );
    let routes = routes
        .route(
            "/recambios/{numero_serie}/movimientos",
            ::axum::routing::MethodRouter::new()
                .get(handle_list_movimientos::<A>)
                .fallback(|| async {
                    Problem::method_not_allowed(&[::axum::http::Method::GET])
                }),
        );
    let routes = routes
        .route(
            "/recambios/{numero_serie}/reservas",
            ::axum::routing::MethodRouter::new()
                .post(handle_add_reserva::<A>)
                .fallback(|| async {
                    Problem::method_not_allowed(&[::axum::http::Method::POST])
                }),
        );
    let routes = routes
        .route(
            "/recambios/{numero_serie}/salidas",
            ::axum::routing::MethodRouter::new()
                .post(handle_add_salida::<A>)
                .fallback(|| async {
                    Problem::method_not_allowed(&[::axum::http::Method::POST])
                }),
        );
    routes
        .fallback(|uri: ::axum::http::Uri| async move { Problem::not_found(uri.path()) })
        .with_state(shared)
}
async fn handle_list_recambios<A: RecambiosApi>(
    ::axum::extract::State(shared): ::axum::extract::State<Arc<Shared<A>>>,
    request: ::axum::extract::Request,
) -> HttpResponse {
    let operation = &shared.operations[0usize];
    let decoded = match decode::<
        ListRecambiosRequest,
        _,
    >(operation, request, shared.as_ref())
        .await
    {
        Ok(decoded) => decoded,
        Err(problem) => return problem.into_response(),
    };
    let uri = decoded.context.uri().clone();
    let request = decoded.request;
    respond(operation, &uri, shared.api.list_recambios(decoded.context, request).await)
}
async fn handle_create_recambio<A: RecambiosApi>(
    ::axum::extract::State(shared): ::axum::extract::State<Arc<Shared<A>>>,
    request: ::axum::extract::Request,
) -> HttpResponse {
    let operation = &shared.operations[1usize];
    let decoded = match decode::<
        CreateRecambioRequest,
        _,
    >(operation, request, shared.as_ref())
        .await
    {
        Ok(decoded) => decoded,
        Err(problem) => return problem.into_response(),
    };
    let uri = decoded.context.uri().clone();
    let request = decoded.request;
    respond(operation, &uri, shared.api.create_recambio(decoded.context, request).await)
}
async fn handle_list_stock_bajo<A: RecambiosApi>(
    ::axum::extract::State(shared): ::axum::extract::State<Arc<Shared<A>>>,
    request: ::axum::extract::Request,
) -> HttpResponse {
    let operation = &shared.operations[2usize];
    let decoded = match decode::<
        ListStockBajoRequest,
        _,
    >(operation, request, shared.as_ref())
        .await
    {
        Ok(decoded) => decoded,
        Err(problem) => return problem.into_response(),
    };
    let uri = decoded.context.uri().clone();
    let request = decoded.request;
    respond(operation, &uri, shared.api.list_stock_bajo(decoded.context, request).await)
}
async fn handle_get_recambio<A: RecambiosApi>(
    ::axum::extract::State(shared): ::axum::extract::State<Arc<Shared<A>>>,
    request: ::axum::extract::Request,
) -> HttpResponse {
    let operation = &shared.operations[3usize];
    let decoded = match decode::<
        GetRecambioRequest,
        _,
    >(operation, request, shared.as_ref())
        .await
    {
        Ok(decoded) => decoded,
        Err(problem) => return problem.into_response(),
    };
    let uri = decoded.context.uri().clone();
    let request = decoded.request;
    respond(operation, &uri, shared.api.get_recambio(decoded.context, request).await)
}
async fn handle_replace_recambio<A: RecambiosApi>(
    ::axum::extract::State(shared): ::axum::extract::State<Arc<Shared<A>>>,
    request: ::axum::extract::Request,
) -> HttpResponse {
    let operation = &shared.operations[4usize];
    let decoded = match decode::<
        ReplaceRecambioRequest,
        _,
    >(operation, request, shared.as_ref())
        .await
    {
        Ok(decoded) => decoded,
        Err(problem) => return problem.into_response(),
    };
    let uri = decoded.context.uri().clone();
    let request = decoded.request;
    respond(operation, &uri, shared.api.replace_recambio(decoded.context, request).await)
}
async fn handle_delete_recambio<A: RecambiosApi>(
    ::axum::extract::State(shared): ::axum::extract::State<Arc<Shared<A>>>,
    request: ::axum::extract::Request,
) -> HttpResponse {
    let operation = &shared.operations[5usize];
    let decoded = match decode::<
        DeleteRecambioRequest,
        _,
    >(operation, request, shared.as_ref())
        .await
    {
        Ok(decoded) => decoded,
        Err(problem) => return problem.into_response(),
    };
    let uri = decoded.context.uri().clone();
    let request = decoded.request;
    respond(operation, &uri, shared.api.delete_recambio(decoded.context, request).await)
}
async fn handle_add_entrada<A: RecambiosApi>(
    ::axum::extract::State(shared): ::axum::extract::State<Arc<Shared<A>>>,
    request: ::axum::extract::Request,
) -> HttpResponse {
    let operation = &shared.operations[6usize];
    let decoded = match decode::<
        AddEntradaRequest,
        _,
    >(operation, request, shared.as_ref())
        .await
    {
        Ok(decoded) => decoded,
        Err(problem) => return problem.into_response(),
    };
    let uri = decoded.context.uri().clone();
    let request = decoded.request;
    respond(operation, &uri, shared.api.add_entrada(decoded.context, request).await)
}
async fn handle_add_liberacion<A: RecambiosApi>(
    ::axum::extract::State(shared): ::axum::extract::State<Arc<Shared<A>>>,
    request: ::axum::extract::Request,
) -> HttpResponse {
    let operation = &shared.operations[7usize];
    let decoded = match decode::<
        AddLiberacionRequest,
        _,
    >(operation, request, shared.as_ref())
        .await
    {
        Ok(decoded) => decoded,
        Err(problem) => return problem.into_response(),
    };
    let uri = decoded.context.uri().clone();
    let request = decoded.request;
    respond(operation, &uri, shared.api.add_liberacion(decoded.context, request).await)
}
async fn handle_list_movimientos<A: RecambiosApi>(
    ::axum::extract::State(shared): ::axum::extract::State<Arc<Shared<A>>>,
    request: ::axum::extract::Request,
) -> HttpResponse {
    let operation = &shared.operations[8usize];
    let decoded = match decode::<
        ListMovimientosRequest,
        _,
    >(operation, request, shared.as_ref())
        .await
    {
        Ok(decoded) => decoded,
        Err(problem) => return problem.into_response(),
    };
    let uri = decoded.context.uri().clone();
    let request = decoded.request;
    respond(operation, &uri, shared.api.list_movimientos(decoded.context, request).await)
}
async fn handle_add_reserva<A: RecambiosApi>(
    ::axum::extract::State(shared): ::axum::extract::State<Arc<Shared<A>>>,
    request: ::axum::extract::Request,
) -> HttpResponse {
    let operation = &shared.operations[9usize];
    let decoded = match decode::<
        AddReservaRequest,
        _,
    >(operation, request, shared.as_ref())
        .await
    {
        Ok(decoded) => decoded,
        Err(problem) => return problem.into_response(),
    };
    let uri = decoded.context.uri().clone();
    let request = decoded.request;
    respond(operation, &uri, shared.api.add_reserva(decoded.context, request).await)
}
async fn handle_add_salida<A: RecambiosApi>(
    ::axum::extract::State(shared): ::axum::extract::State<Arc<Shared<A>>>,
    request: ::axum::extract::Request,
) -> HttpResponse {
    let operation = &shared.operations[10usize];
    let decoded = match decode::<
        AddSalidaRequest,
        _,
    >(operation, request, shared.as_ref())
        .await
    {
        Ok(decoded) => decoded,
        Err(problem) => return problem.into_response(),
    };
    let uri = decoded.context.uri().clone();
    let request = decoded.request;
    respond(operation, &uri, shared.api.add_salida(decoded.context, request).await)
}
