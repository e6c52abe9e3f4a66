// @generated from specs/trabajos.yaml by `cargo run -p taller-codegen -- generate`.
// Do not edit: change the spec or codegen/, then regenerate.

//! axum server stub of the `trabajos` service (taller — trabajos): implement `TrabajosApi` and serve `router(api)`.
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
    ///`AddManoObraPath`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct AddManoObraPath {
        ///The job's id.
        pub trabajo_id: ::uuid::Uuid,
    }
    ///`AddRecambioUsadoPath`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct AddRecambioUsadoPath {
        ///The job's id.
        pub trabajo_id: ::uuid::Uuid,
    }
    ///`CancelarTrabajoPath`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct CancelarTrabajoPath {
        ///The job's id.
        pub trabajo_id: ::uuid::Uuid,
    }
    ///`DeleteManoObraHeaders`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct DeleteManoObraHeaders {
        /**The `ETag` of the resource as last read. Declared optional so that the server,
not the client library, answers its absence: 428 when missing, 412 when it does
not match the current `ETag`.
*/
        #[serde(
            rename = "If-Match",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub if_match: ::std::option::Option<::std::string::String>,
    }
    ///`DeleteManoObraPath`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct DeleteManoObraPath {
        ///The line's id.
        pub linea_id: ::uuid::Uuid,
        ///The job's id.
        pub trabajo_id: ::uuid::Uuid,
    }
    ///`DeleteRecambioUsadoHeaders`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct DeleteRecambioUsadoHeaders {
        /**The `ETag` of the resource as last read. Declared optional so that the server,
not the client library, answers its absence: 428 when missing, 412 when it does
not match the current `ETag`.
*/
        #[serde(
            rename = "If-Match",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub if_match: ::std::option::Option<::std::string::String>,
    }
    ///`DeleteRecambioUsadoPath`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct DeleteRecambioUsadoPath {
        ///The line's id.
        pub linea_id: ::uuid::Uuid,
        ///The job's id.
        pub trabajo_id: ::uuid::Uuid,
    }
    ///`DeleteTipoTrabajoHeaders`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct DeleteTipoTrabajoHeaders {
        /**The `ETag` of the resource as last read. Declared optional so that the server,
not the client library, answers its absence: 428 when missing, 412 when it does
not match the current `ETag`.
*/
        #[serde(
            rename = "If-Match",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub if_match: ::std::option::Option<::std::string::String>,
    }
    ///`DeleteTipoTrabajoPath`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct DeleteTipoTrabajoPath {
        ///The work type's id.
        pub tipo_id: ::uuid::Uuid,
    }
    ///`DeleteTrabajoHeaders`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct DeleteTrabajoHeaders {
        /**The `ETag` of the resource as last read. Declared optional so that the server,
not the client library, answers its absence: 428 when missing, 412 when it does
not match the current `ETag`.
*/
        #[serde(
            rename = "If-Match",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub if_match: ::std::option::Option<::std::string::String>,
    }
    ///`DeleteTrabajoPath`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct DeleteTrabajoPath {
        ///The job's id.
        pub trabajo_id: ::uuid::Uuid,
    }
    ///`FacturarTrabajoPath`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct FacturarTrabajoPath {
        ///The job's id.
        pub trabajo_id: ::uuid::Uuid,
    }
    ///`GetManoObraPath`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct GetManoObraPath {
        ///The line's id.
        pub linea_id: ::uuid::Uuid,
        ///The job's id.
        pub trabajo_id: ::uuid::Uuid,
    }
    ///`GetRecambioUsadoPath`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct GetRecambioUsadoPath {
        ///The line's id.
        pub linea_id: ::uuid::Uuid,
        ///The job's id.
        pub trabajo_id: ::uuid::Uuid,
    }
    ///`GetTipoTrabajoPath`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct GetTipoTrabajoPath {
        ///The work type's id.
        pub tipo_id: ::uuid::Uuid,
    }
    ///`GetTrabajoPath`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct GetTrabajoPath {
        ///The job's id.
        pub trabajo_id: ::uuid::Uuid,
    }
    ///`IniciarTrabajoPath`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct IniciarTrabajoPath {
        ///The job's id.
        pub trabajo_id: ::uuid::Uuid,
    }
    ///`ListTiposTrabajoQuery`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ListTiposTrabajoQuery {
        ///Substring of the name (case-insensitive).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub nombre: ::std::option::Option<ListTiposTrabajoQueryNombre>,
        ///Field to sort by.
        #[serde(default = "defaults::list_tipos_trabajo_query_order")]
        pub order: ListTiposTrabajoQueryOrder,
        ///Sort direction.
        #[serde(default = "defaults::list_tipos_trabajo_query_ordering")]
        pub ordering: ListTiposTrabajoQueryOrdering,
        ///Page number, from 1.
        #[serde(default = "defaults::default_nzu64::<::std::num::NonZeroU64, 1>")]
        pub page: ::std::num::NonZeroU64,
        ///Items per page.
        #[serde(default = "defaults::default_nzu64::<::std::num::NonZeroU64, 20>")]
        pub page_size: ::std::num::NonZeroU64,
    }
    impl ::std::default::Default for ListTiposTrabajoQuery {
        fn default() -> Self {
            Self {
                nombre: Default::default(),
                order: defaults::list_tipos_trabajo_query_order(),
                ordering: defaults::list_tipos_trabajo_query_ordering(),
                page: defaults::default_nzu64::<::std::num::NonZeroU64, 1>(),
                page_size: defaults::default_nzu64::<::std::num::NonZeroU64, 20>(),
            }
        }
    }
    ///Substring of the name (case-insensitive).
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ListTiposTrabajoQueryNombre(::std::string::String);
    impl ::std::ops::Deref for ListTiposTrabajoQueryNombre {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ListTiposTrabajoQueryNombre> for ::std::string::String {
        fn from(value: ListTiposTrabajoQueryNombre) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ListTiposTrabajoQueryNombre {
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
    impl ::std::convert::TryFrom<&str> for ListTiposTrabajoQueryNombre {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListTiposTrabajoQueryNombre {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ListTiposTrabajoQueryNombre {
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
    pub enum ListTiposTrabajoQueryOrder {
        #[serde(rename = "nombre")]
        Nombre,
        #[serde(rename = "horas_estimadas")]
        HorasEstimadas,
    }
    impl ::std::fmt::Display for ListTiposTrabajoQueryOrder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Nombre => f.write_str("nombre"),
                Self::HorasEstimadas => f.write_str("horas_estimadas"),
            }
        }
    }
    impl ::std::str::FromStr for ListTiposTrabajoQueryOrder {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "nombre" => Ok(Self::Nombre),
                "horas_estimadas" => Ok(Self::HorasEstimadas),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ListTiposTrabajoQueryOrder {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListTiposTrabajoQueryOrder {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::default::Default for ListTiposTrabajoQueryOrder {
        fn default() -> Self {
            ListTiposTrabajoQueryOrder::Nombre
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
    pub enum ListTiposTrabajoQueryOrdering {
        #[serde(rename = "ASC")]
        Asc,
        #[serde(rename = "DESC")]
        Desc,
    }
    impl ::std::fmt::Display for ListTiposTrabajoQueryOrdering {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Asc => f.write_str("ASC"),
                Self::Desc => f.write_str("DESC"),
            }
        }
    }
    impl ::std::str::FromStr for ListTiposTrabajoQueryOrdering {
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
    impl ::std::convert::TryFrom<&str> for ListTiposTrabajoQueryOrdering {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for ListTiposTrabajoQueryOrdering {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::default::Default for ListTiposTrabajoQueryOrdering {
        fn default() -> Self {
            ListTiposTrabajoQueryOrdering::Asc
        }
    }
    ///`ListTrabajosQuery`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ListTrabajosQuery {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub estado: ::std::option::Option<::trabajos_types::EstadoTrabajo>,
        ///Only jobs started at or after this moment.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub fecha_desde: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        ///Only jobs started at or before this moment.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub fecha_hasta: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        ///Field to sort by.
        #[serde(default = "defaults::list_trabajos_query_order")]
        pub order: ListTrabajosQueryOrder,
        ///Sort direction.
        #[serde(default = "defaults::list_trabajos_query_ordering")]
        pub ordering: ListTrabajosQueryOrdering,
        ///Page number, from 1.
        #[serde(default = "defaults::default_nzu64::<::std::num::NonZeroU64, 1>")]
        pub page: ::std::num::NonZeroU64,
        ///Items per page.
        #[serde(default = "defaults::default_nzu64::<::std::num::NonZeroU64, 20>")]
        pub page_size: ::std::num::NonZeroU64,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub recurso: ::std::option::Option<::trabajos_types::Recurso>,
        ///Only jobs of this work type.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub tipo_id: ::std::option::Option<::uuid::Uuid>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub vin: ::std::option::Option<::trabajos_types::Vin>,
    }
    impl ::std::default::Default for ListTrabajosQuery {
        fn default() -> Self {
            Self {
                estado: Default::default(),
                fecha_desde: Default::default(),
                fecha_hasta: Default::default(),
                order: defaults::list_trabajos_query_order(),
                ordering: defaults::list_trabajos_query_ordering(),
                page: defaults::default_nzu64::<::std::num::NonZeroU64, 1>(),
                page_size: defaults::default_nzu64::<::std::num::NonZeroU64, 20>(),
                recurso: Default::default(),
                tipo_id: Default::default(),
                vin: Default::default(),
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
    pub enum ListTrabajosQueryOrder {
        #[serde(rename = "fecha_creacion")]
        FechaCreacion,
        #[serde(rename = "fecha_prevista")]
        FechaPrevista,
        #[serde(rename = "fecha_inicio")]
        FechaInicio,
        #[serde(rename = "estado")]
        Estado,
        #[serde(rename = "vin")]
        Vin,
    }
    impl ::std::fmt::Display for ListTrabajosQueryOrder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::FechaCreacion => f.write_str("fecha_creacion"),
                Self::FechaPrevista => f.write_str("fecha_prevista"),
                Self::FechaInicio => f.write_str("fecha_inicio"),
                Self::Estado => f.write_str("estado"),
                Self::Vin => f.write_str("vin"),
            }
        }
    }
    impl ::std::str::FromStr for ListTrabajosQueryOrder {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "fecha_creacion" => Ok(Self::FechaCreacion),
                "fecha_prevista" => Ok(Self::FechaPrevista),
                "fecha_inicio" => Ok(Self::FechaInicio),
                "estado" => Ok(Self::Estado),
                "vin" => Ok(Self::Vin),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ListTrabajosQueryOrder {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListTrabajosQueryOrder {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::default::Default for ListTrabajosQueryOrder {
        fn default() -> Self {
            ListTrabajosQueryOrder::FechaCreacion
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
    pub enum ListTrabajosQueryOrdering {
        #[serde(rename = "ASC")]
        Asc,
        #[serde(rename = "DESC")]
        Desc,
    }
    impl ::std::fmt::Display for ListTrabajosQueryOrdering {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Asc => f.write_str("ASC"),
                Self::Desc => f.write_str("DESC"),
            }
        }
    }
    impl ::std::str::FromStr for ListTrabajosQueryOrdering {
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
    impl ::std::convert::TryFrom<&str> for ListTrabajosQueryOrdering {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListTrabajosQueryOrdering {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::default::Default for ListTrabajosQueryOrdering {
        fn default() -> Self {
            ListTrabajosQueryOrdering::Asc
        }
    }
    ///`PlanificarTrabajoPath`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct PlanificarTrabajoPath {
        ///The job's id.
        pub trabajo_id: ::uuid::Uuid,
    }
    ///`TerminarTrabajoPath`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct TerminarTrabajoPath {
        ///The job's id.
        pub trabajo_id: ::uuid::Uuid,
    }
    ///`UpdateTipoTrabajoHeaders`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct UpdateTipoTrabajoHeaders {
        /**The `ETag` of the resource as last read. Declared optional so that the server,
not the client library, answers its absence: 428 when missing, 412 when it does
not match the current `ETag`.
*/
        #[serde(
            rename = "If-Match",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub if_match: ::std::option::Option<::std::string::String>,
    }
    ///`UpdateTipoTrabajoPath`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct UpdateTipoTrabajoPath {
        ///The work type's id.
        pub tipo_id: ::uuid::Uuid,
    }
    ///`UpdateTrabajoHeaders`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct UpdateTrabajoHeaders {
        /**The `ETag` of the resource as last read. Declared optional so that the server,
not the client library, answers its absence: 428 when missing, 412 when it does
not match the current `ETag`.
*/
        #[serde(
            rename = "If-Match",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub if_match: ::std::option::Option<::std::string::String>,
    }
    ///`UpdateTrabajoPath`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct UpdateTrabajoPath {
        ///The job's id.
        pub trabajo_id: ::uuid::Uuid,
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
        pub(super) fn list_tipos_trabajo_query_order() -> super::ListTiposTrabajoQueryOrder {
            super::ListTiposTrabajoQueryOrder::Nombre
        }
        pub(super) fn list_tipos_trabajo_query_ordering() -> super::ListTiposTrabajoQueryOrdering {
            super::ListTiposTrabajoQueryOrdering::Asc
        }
        pub(super) fn list_trabajos_query_order() -> super::ListTrabajosQueryOrder {
            super::ListTrabajosQueryOrder::FechaCreacion
        }
        pub(super) fn list_trabajos_query_ordering() -> super::ListTrabajosQueryOrdering {
            super::ListTrabajosQueryOrdering::Asc
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
/// The request of `list_trabajos` (GET /trabajos), validated against the contract.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize)]
pub struct ListTrabajosRequest {
    /// The query parameters.
    pub query: types::ListTrabajosQuery,
}
/// Every response `list_trabajos` declares, one variant per status.
#[must_use]
#[derive(Debug, Clone, PartialEq)]
pub enum ListTrabajosResponse {
    /// A page of jobs.
    Ok200(::trabajos_types::TrabajoPagina),
    /// Malformed request (unparseable JSON, or a bad path, query or header value).
    BadRequest400(::trabajos_types::Problem),
    /// No valid credentials (missing, expired, badly signed, wrong issuer or audience); `WWW-Authenticate` says which scheme is expected.
    Unauthorized401 {
        /// The response body.
        body: ::trabajos_types::Problem,
        /// The `WWW-Authenticate` header. The challenge, e.g. `Bearer realm="taller", error="invalid_token"`.
        www_authenticate: ::std::option::Option<String>,
    },
    /// Valid credentials that lack a scope the operation needs.
    Forbidden403(::trabajos_types::Problem),
    /// Unexpected server error.
    InternalServerError500(::trabajos_types::Problem),
    /// A dependency (the database, or recambios for part lines) is down; retry later.
    ServiceUnavailable503(::trabajos_types::Problem),
}
impl IntoResponse for ListTrabajosResponse {
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
/// The request of `create_trabajo` (POST /trabajos), validated against the contract.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize)]
pub struct CreateTrabajoRequest {
    /// The request body.
    pub body: ::trabajos_types::TrabajoNuevo,
}
/// Every response `create_trabajo` declares, one variant per status.
#[must_use]
#[derive(Debug, Clone, PartialEq)]
pub enum CreateTrabajoResponse {
    /// The job was opened.
    Created201 {
        /// The response body.
        body: ::trabajos_types::Trabajo,
        /// The `ETag` header. Version of the resource, to send back in `If-Match`.
        etag: ::std::option::Option<String>,
        /// The `Location` header. Path of the created resource.
        location: ::std::option::Option<String>,
    },
    /// Malformed request (unparseable JSON, or a bad path, query or header value).
    BadRequest400(::trabajos_types::Problem),
    /// No valid credentials (missing, expired, badly signed, wrong issuer or audience); `WWW-Authenticate` says which scheme is expected.
    Unauthorized401 {
        /// The response body.
        body: ::trabajos_types::Problem,
        /// The `WWW-Authenticate` header. The challenge, e.g. `Bearer realm="taller", error="invalid_token"`.
        www_authenticate: ::std::option::Option<String>,
    },
    /// Valid credentials that lack a scope the operation needs.
    Forbidden403(::trabajos_types::Problem),
    /// The body is not `application/json`.
    UnsupportedMediaType415(::trabajos_types::Problem),
    /// The body is JSON but breaks the schema or a domain rule.
    UnprocessableEntity422(::trabajos_types::Problem),
    /// Unexpected server error.
    InternalServerError500(::trabajos_types::Problem),
    /// A dependency (the database, or recambios for part lines) is down; retry later.
    ServiceUnavailable503(::trabajos_types::Problem),
}
impl IntoResponse for CreateTrabajoResponse {
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
/// The request of `list_tipos_trabajo` (GET /trabajos/tipos), validated against the contract.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize)]
pub struct ListTiposTrabajoRequest {
    /// The query parameters.
    pub query: types::ListTiposTrabajoQuery,
}
/// Every response `list_tipos_trabajo` declares, one variant per status.
#[must_use]
#[derive(Debug, Clone, PartialEq)]
pub enum ListTiposTrabajoResponse {
    /// A page of work types.
    Ok200(::trabajos_types::TipoTrabajoPagina),
    /// Malformed request (unparseable JSON, or a bad path, query or header value).
    BadRequest400(::trabajos_types::Problem),
    /// No valid credentials (missing, expired, badly signed, wrong issuer or audience); `WWW-Authenticate` says which scheme is expected.
    Unauthorized401 {
        /// The response body.
        body: ::trabajos_types::Problem,
        /// The `WWW-Authenticate` header. The challenge, e.g. `Bearer realm="taller", error="invalid_token"`.
        www_authenticate: ::std::option::Option<String>,
    },
    /// Valid credentials that lack a scope the operation needs.
    Forbidden403(::trabajos_types::Problem),
    /// Unexpected server error.
    InternalServerError500(::trabajos_types::Problem),
    /// A dependency (the database, or recambios for part lines) is down; retry later.
    ServiceUnavailable503(::trabajos_types::Problem),
}
impl IntoResponse for ListTiposTrabajoResponse {
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
/// The request of `create_tipo_trabajo` (POST /trabajos/tipos), validated against the contract.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize)]
pub struct CreateTipoTrabajoRequest {
    /// The request body.
    pub body: ::trabajos_types::TipoTrabajoNuevo,
}
/// Every response `create_tipo_trabajo` declares, one variant per status.
#[must_use]
#[derive(Debug, Clone, PartialEq)]
pub enum CreateTipoTrabajoResponse {
    /// The work type was added.
    Created201 {
        /// The response body.
        body: ::trabajos_types::TipoTrabajo,
        /// The `ETag` header. Version of the resource, to send back in `If-Match`.
        etag: ::std::option::Option<String>,
        /// The `Location` header. Path of the created resource.
        location: ::std::option::Option<String>,
    },
    /// Malformed request (unparseable JSON, or a bad path, query or header value).
    BadRequest400(::trabajos_types::Problem),
    /// No valid credentials (missing, expired, badly signed, wrong issuer or audience); `WWW-Authenticate` says which scheme is expected.
    Unauthorized401 {
        /// The response body.
        body: ::trabajos_types::Problem,
        /// The `WWW-Authenticate` header. The challenge, e.g. `Bearer realm="taller", error="invalid_token"`.
        www_authenticate: ::std::option::Option<String>,
    },
    /// Valid credentials that lack a scope the operation needs.
    Forbidden403(::trabajos_types::Problem),
    /// Another work type already has this name.
    Conflict409(::trabajos_types::Problem),
    /// The body is not `application/json`.
    UnsupportedMediaType415(::trabajos_types::Problem),
    /// The body is JSON but breaks the schema or a domain rule.
    UnprocessableEntity422(::trabajos_types::Problem),
    /// Unexpected server error.
    InternalServerError500(::trabajos_types::Problem),
    /// A dependency (the database, or recambios for part lines) is down; retry later.
    ServiceUnavailable503(::trabajos_types::Problem),
}
impl IntoResponse for CreateTipoTrabajoResponse {
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
/// The request of `get_tipo_trabajo` (GET /trabajos/tipos/{tipo_id}), validated against the contract.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize)]
pub struct GetTipoTrabajoRequest {
    /// The path parameters.
    pub path: types::GetTipoTrabajoPath,
}
/// Every response `get_tipo_trabajo` declares, one variant per status.
#[must_use]
#[derive(Debug, Clone, PartialEq)]
pub enum GetTipoTrabajoResponse {
    /// The work type.
    Ok200 {
        /// The response body.
        body: ::trabajos_types::TipoTrabajo,
        /// The `ETag` header. Version of the resource, to send back in `If-Match`.
        etag: ::std::option::Option<String>,
    },
    /// Malformed request (unparseable JSON, or a bad path, query or header value).
    BadRequest400(::trabajos_types::Problem),
    /// No valid credentials (missing, expired, badly signed, wrong issuer or audience); `WWW-Authenticate` says which scheme is expected.
    Unauthorized401 {
        /// The response body.
        body: ::trabajos_types::Problem,
        /// The `WWW-Authenticate` header. The challenge, e.g. `Bearer realm="taller", error="invalid_token"`.
        www_authenticate: ::std::option::Option<String>,
    },
    /// Valid credentials that lack a scope the operation needs.
    Forbidden403(::trabajos_types::Problem),
    /// No job (or work type, or line) has this id.
    NotFound404(::trabajos_types::Problem),
    /// Unexpected server error.
    InternalServerError500(::trabajos_types::Problem),
    /// A dependency (the database, or recambios for part lines) is down; retry later.
    ServiceUnavailable503(::trabajos_types::Problem),
}
impl IntoResponse for GetTipoTrabajoResponse {
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
/// The request of `update_tipo_trabajo` (PUT /trabajos/tipos/{tipo_id}), validated against the contract.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize)]
pub struct UpdateTipoTrabajoRequest {
    /// The path parameters.
    pub path: types::UpdateTipoTrabajoPath,
    /// The header parameters.
    pub headers: types::UpdateTipoTrabajoHeaders,
    /// The request body.
    pub body: ::trabajos_types::TipoTrabajoActualizacion,
}
/// Every response `update_tipo_trabajo` declares, one variant per status.
#[must_use]
#[derive(Debug, Clone, PartialEq)]
pub enum UpdateTipoTrabajoResponse {
    /// The work type as stored now.
    Ok200 {
        /// The response body.
        body: ::trabajos_types::TipoTrabajo,
        /// The `ETag` header. Version of the resource, to send back in `If-Match`.
        etag: ::std::option::Option<String>,
    },
    /// Malformed request (unparseable JSON, or a bad path, query or header value).
    BadRequest400(::trabajos_types::Problem),
    /// No valid credentials (missing, expired, badly signed, wrong issuer or audience); `WWW-Authenticate` says which scheme is expected.
    Unauthorized401 {
        /// The response body.
        body: ::trabajos_types::Problem,
        /// The `WWW-Authenticate` header. The challenge, e.g. `Bearer realm="taller", error="invalid_token"`.
        www_authenticate: ::std::option::Option<String>,
    },
    /// Valid credentials that lack a scope the operation needs.
    Forbidden403(::trabajos_types::Problem),
    /// No job (or work type, or line) has this id.
    NotFound404(::trabajos_types::Problem),
    /// Another work type already has this name.
    Conflict409(::trabajos_types::Problem),
    /// `If-Match` does not match the current `ETag`: the resource changed since it was read.
    PreconditionFailed412(::trabajos_types::Problem),
    /// The body is not `application/json`.
    UnsupportedMediaType415(::trabajos_types::Problem),
    /// The body is JSON but breaks the schema or a domain rule.
    UnprocessableEntity422(::trabajos_types::Problem),
    /// `If-Match` is missing.
    PreconditionRequired428(::trabajos_types::Problem),
    /// Unexpected server error.
    InternalServerError500(::trabajos_types::Problem),
    /// A dependency (the database, or recambios for part lines) is down; retry later.
    ServiceUnavailable503(::trabajos_types::Problem),
}
impl IntoResponse for UpdateTipoTrabajoResponse {
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
            Self::PreconditionFailed412(body) => {
                json_response(412u16, "application/problem+json", &body)
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
/// The request of `delete_tipo_trabajo` (DELETE /trabajos/tipos/{tipo_id}), validated against the contract.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize)]
pub struct DeleteTipoTrabajoRequest {
    /// The path parameters.
    pub path: types::DeleteTipoTrabajoPath,
    /// The header parameters.
    pub headers: types::DeleteTipoTrabajoHeaders,
}
/// Every response `delete_tipo_trabajo` declares, one variant per status.
#[must_use]
#[derive(Debug, Clone, PartialEq)]
pub enum DeleteTipoTrabajoResponse {
    /// The work type was removed.
    NoContent204,
    /// Malformed request (unparseable JSON, or a bad path, query or header value).
    BadRequest400(::trabajos_types::Problem),
    /// No valid credentials (missing, expired, badly signed, wrong issuer or audience); `WWW-Authenticate` says which scheme is expected.
    Unauthorized401 {
        /// The response body.
        body: ::trabajos_types::Problem,
        /// The `WWW-Authenticate` header. The challenge, e.g. `Bearer realm="taller", error="invalid_token"`.
        www_authenticate: ::std::option::Option<String>,
    },
    /// Valid credentials that lack a scope the operation needs.
    Forbidden403(::trabajos_types::Problem),
    /// No job (or work type, or line) has this id.
    NotFound404(::trabajos_types::Problem),
    /// `If-Match` does not match the current `ETag`: the resource changed since it was read.
    PreconditionFailed412(::trabajos_types::Problem),
    /// `If-Match` is missing.
    PreconditionRequired428(::trabajos_types::Problem),
    /// Unexpected server error.
    InternalServerError500(::trabajos_types::Problem),
    /// A dependency (the database, or recambios for part lines) is down; retry later.
    ServiceUnavailable503(::trabajos_types::Problem),
}
impl IntoResponse for DeleteTipoTrabajoResponse {
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
/// The request of `get_trabajo` (GET /trabajos/{trabajo_id}), validated against the contract.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize)]
pub struct GetTrabajoRequest {
    /// The path parameters.
    pub path: types::GetTrabajoPath,
}
/// Every response `get_trabajo` declares, one variant per status.
#[must_use]
#[derive(Debug, Clone, PartialEq)]
pub enum GetTrabajoResponse {
    /// The job.
    Ok200 {
        /// The response body.
        body: ::trabajos_types::Trabajo,
        /// The `ETag` header. Version of the resource, to send back in `If-Match`.
        etag: ::std::option::Option<String>,
    },
    /// Malformed request (unparseable JSON, or a bad path, query or header value).
    BadRequest400(::trabajos_types::Problem),
    /// No valid credentials (missing, expired, badly signed, wrong issuer or audience); `WWW-Authenticate` says which scheme is expected.
    Unauthorized401 {
        /// The response body.
        body: ::trabajos_types::Problem,
        /// The `WWW-Authenticate` header. The challenge, e.g. `Bearer realm="taller", error="invalid_token"`.
        www_authenticate: ::std::option::Option<String>,
    },
    /// Valid credentials that lack a scope the operation needs.
    Forbidden403(::trabajos_types::Problem),
    /// No job (or work type, or line) has this id.
    NotFound404(::trabajos_types::Problem),
    /// Unexpected server error.
    InternalServerError500(::trabajos_types::Problem),
    /// A dependency (the database, or recambios for part lines) is down; retry later.
    ServiceUnavailable503(::trabajos_types::Problem),
}
impl IntoResponse for GetTrabajoResponse {
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
/// The request of `update_trabajo` (PUT /trabajos/{trabajo_id}), validated against the contract.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize)]
pub struct UpdateTrabajoRequest {
    /// The path parameters.
    pub path: types::UpdateTrabajoPath,
    /// The header parameters.
    pub headers: types::UpdateTrabajoHeaders,
    /// The request body.
    pub body: ::trabajos_types::TrabajoActualizacion,
}
/// Every response `update_trabajo` declares, one variant per status.
#[must_use]
#[derive(Debug, Clone, PartialEq)]
pub enum UpdateTrabajoResponse {
    /// The job as stored now.
    Ok200 {
        /// The response body.
        body: ::trabajos_types::Trabajo,
        /// The `ETag` header. Version of the resource, to send back in `If-Match`.
        etag: ::std::option::Option<String>,
    },
    /// Malformed request (unparseable JSON, or a bad path, query or header value).
    BadRequest400(::trabajos_types::Problem),
    /// No valid credentials (missing, expired, badly signed, wrong issuer or audience); `WWW-Authenticate` says which scheme is expected.
    Unauthorized401 {
        /// The response body.
        body: ::trabajos_types::Problem,
        /// The `WWW-Authenticate` header. The challenge, e.g. `Bearer realm="taller", error="invalid_token"`.
        www_authenticate: ::std::option::Option<String>,
    },
    /// Valid credentials that lack a scope the operation needs.
    Forbidden403(::trabajos_types::Problem),
    /// No job (or work type, or line) has this id.
    NotFound404(::trabajos_types::Problem),
    /// The job's state does not allow this change (see the description's state rules).
    Conflict409(::trabajos_types::Problem),
    /// `If-Match` does not match the current `ETag`: the resource changed since it was read.
    PreconditionFailed412(::trabajos_types::Problem),
    /// The body is not `application/json`.
    UnsupportedMediaType415(::trabajos_types::Problem),
    /// The body is JSON but breaks the schema or a domain rule.
    UnprocessableEntity422(::trabajos_types::Problem),
    /// `If-Match` is missing.
    PreconditionRequired428(::trabajos_types::Problem),
    /// Unexpected server error.
    InternalServerError500(::trabajos_types::Problem),
    /// A dependency (the database, or recambios for part lines) is down; retry later.
    ServiceUnavailable503(::trabajos_types::Problem),
}
impl IntoResponse for UpdateTrabajoResponse {
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
            Self::PreconditionFailed412(body) => {
                json_response(412u16, "application/problem+json", &body)
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
/// The request of `delete_trabajo` (DELETE /trabajos/{trabajo_id}), validated against the contract.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize)]
pub struct DeleteTrabajoRequest {
    /// The path parameters.
    pub path: types::DeleteTrabajoPath,
    /// The header parameters.
    pub headers: types::DeleteTrabajoHeaders,
}
/// Every response `delete_trabajo` declares, one variant per status.
#[must_use]
#[derive(Debug, Clone, PartialEq)]
pub enum DeleteTrabajoResponse {
    /// The job was deleted.
    NoContent204,
    /// Malformed request (unparseable JSON, or a bad path, query or header value).
    BadRequest400(::trabajos_types::Problem),
    /// No valid credentials (missing, expired, badly signed, wrong issuer or audience); `WWW-Authenticate` says which scheme is expected.
    Unauthorized401 {
        /// The response body.
        body: ::trabajos_types::Problem,
        /// The `WWW-Authenticate` header. The challenge, e.g. `Bearer realm="taller", error="invalid_token"`.
        www_authenticate: ::std::option::Option<String>,
    },
    /// Valid credentials that lack a scope the operation needs.
    Forbidden403(::trabajos_types::Problem),
    /// No job (or work type, or line) has this id.
    NotFound404(::trabajos_types::Problem),
    /// The job's state does not allow this change (see the description's state rules).
    Conflict409(::trabajos_types::Problem),
    /// `If-Match` does not match the current `ETag`: the resource changed since it was read.
    PreconditionFailed412(::trabajos_types::Problem),
    /// `If-Match` is missing.
    PreconditionRequired428(::trabajos_types::Problem),
    /// Unexpected server error.
    InternalServerError500(::trabajos_types::Problem),
    /// A dependency (the database, or recambios for part lines) is down; retry later.
    ServiceUnavailable503(::trabajos_types::Problem),
}
impl IntoResponse for DeleteTrabajoResponse {
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
            Self::Conflict409(body) => {
                json_response(409u16, "application/problem+json", &body)
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
/// The request of `cancelar_trabajo` (POST /trabajos/{trabajo_id}/cancelar), validated against the contract.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize)]
pub struct CancelarTrabajoRequest {
    /// The path parameters.
    pub path: types::CancelarTrabajoPath,
    /// The request body.
    pub body: ::trabajos_types::Cancelacion,
}
/// Every response `cancelar_trabajo` declares, one variant per status.
#[must_use]
#[derive(Debug, Clone, PartialEq)]
pub enum CancelarTrabajoResponse {
    /// The job, now `CANCELADO`.
    Ok200 {
        /// The response body.
        body: ::trabajos_types::Trabajo,
        /// The `ETag` header. Version of the resource, to send back in `If-Match`.
        etag: ::std::option::Option<String>,
    },
    /// Malformed request (unparseable JSON, or a bad path, query or header value).
    BadRequest400(::trabajos_types::Problem),
    /// No valid credentials (missing, expired, badly signed, wrong issuer or audience); `WWW-Authenticate` says which scheme is expected.
    Unauthorized401 {
        /// The response body.
        body: ::trabajos_types::Problem,
        /// The `WWW-Authenticate` header. The challenge, e.g. `Bearer realm="taller", error="invalid_token"`.
        www_authenticate: ::std::option::Option<String>,
    },
    /// Valid credentials that lack a scope the operation needs.
    Forbidden403(::trabajos_types::Problem),
    /// No job (or work type, or line) has this id.
    NotFound404(::trabajos_types::Problem),
    /// The job's state does not allow this transition; nothing changed.
    Conflict409(::trabajos_types::Problem),
    /// The body is not `application/json`.
    UnsupportedMediaType415(::trabajos_types::Problem),
    /// The body is JSON but breaks the schema or a domain rule.
    UnprocessableEntity422(::trabajos_types::Problem),
    /// Unexpected server error.
    InternalServerError500(::trabajos_types::Problem),
    /// A dependency (the database, or recambios for part lines) is down; retry later.
    ServiceUnavailable503(::trabajos_types::Problem),
}
impl IntoResponse for CancelarTrabajoResponse {
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
/// The request of `facturar_trabajo` (POST /trabajos/{trabajo_id}/facturar), validated against the contract.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize)]
pub struct FacturarTrabajoRequest {
    /// The path parameters.
    pub path: types::FacturarTrabajoPath,
    /// The request body.
    pub body: ::trabajos_types::Facturacion,
}
/// Every response `facturar_trabajo` declares, one variant per status.
#[must_use]
#[derive(Debug, Clone, PartialEq)]
pub enum FacturarTrabajoResponse {
    /// The job, now `FACTURADO`.
    Ok200 {
        /// The response body.
        body: ::trabajos_types::Trabajo,
        /// The `ETag` header. Version of the resource, to send back in `If-Match`.
        etag: ::std::option::Option<String>,
    },
    /// Malformed request (unparseable JSON, or a bad path, query or header value).
    BadRequest400(::trabajos_types::Problem),
    /// No valid credentials (missing, expired, badly signed, wrong issuer or audience); `WWW-Authenticate` says which scheme is expected.
    Unauthorized401 {
        /// The response body.
        body: ::trabajos_types::Problem,
        /// The `WWW-Authenticate` header. The challenge, e.g. `Bearer realm="taller", error="invalid_token"`.
        www_authenticate: ::std::option::Option<String>,
    },
    /// Valid credentials that lack a scope the operation needs.
    Forbidden403(::trabajos_types::Problem),
    /// No job (or work type, or line) has this id.
    NotFound404(::trabajos_types::Problem),
    /// The job's state does not allow this transition; nothing changed.
    Conflict409(::trabajos_types::Problem),
    /// The body is not `application/json`.
    UnsupportedMediaType415(::trabajos_types::Problem),
    /// The body is JSON but breaks the schema or a domain rule.
    UnprocessableEntity422(::trabajos_types::Problem),
    /// Unexpected server error.
    InternalServerError500(::trabajos_types::Problem),
    /// A dependency (the database, or recambios for part lines) is down; retry later.
    ServiceUnavailable503(::trabajos_types::Problem),
}
impl IntoResponse for FacturarTrabajoResponse {
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
/// The request of `iniciar_trabajo` (POST /trabajos/{trabajo_id}/iniciar), validated against the contract.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize)]
pub struct IniciarTrabajoRequest {
    /// The path parameters.
    pub path: types::IniciarTrabajoPath,
}
/// Every response `iniciar_trabajo` declares, one variant per status.
#[must_use]
#[derive(Debug, Clone, PartialEq)]
pub enum IniciarTrabajoResponse {
    /// The job, now `INICIADO`.
    Ok200 {
        /// The response body.
        body: ::trabajos_types::Trabajo,
        /// The `ETag` header. Version of the resource, to send back in `If-Match`.
        etag: ::std::option::Option<String>,
    },
    /// Malformed request (unparseable JSON, or a bad path, query or header value).
    BadRequest400(::trabajos_types::Problem),
    /// No valid credentials (missing, expired, badly signed, wrong issuer or audience); `WWW-Authenticate` says which scheme is expected.
    Unauthorized401 {
        /// The response body.
        body: ::trabajos_types::Problem,
        /// The `WWW-Authenticate` header. The challenge, e.g. `Bearer realm="taller", error="invalid_token"`.
        www_authenticate: ::std::option::Option<String>,
    },
    /// Valid credentials that lack a scope the operation needs.
    Forbidden403(::trabajos_types::Problem),
    /// No job (or work type, or line) has this id.
    NotFound404(::trabajos_types::Problem),
    /// The job's state does not allow this transition; nothing changed.
    Conflict409(::trabajos_types::Problem),
    /// Unexpected server error.
    InternalServerError500(::trabajos_types::Problem),
    /// A dependency (the database, or recambios for part lines) is down; retry later.
    ServiceUnavailable503(::trabajos_types::Problem),
}
impl IntoResponse for IniciarTrabajoResponse {
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
            Self::InternalServerError500(body) => {
                json_response(500u16, "application/problem+json", &body)
            }
            Self::ServiceUnavailable503(body) => {
                json_response(503u16, "application/problem+json", &body)
            }
        }
    }
}
/// The request of `add_mano_obra` (POST /trabajos/{trabajo_id}/mano-obra), validated against the contract.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize)]
pub struct AddManoObraRequest {
    /// The path parameters.
    pub path: types::AddManoObraPath,
    /// The request body.
    pub body: ::trabajos_types::LineaManoObraNueva,
}
/// Every response `add_mano_obra` declares, one variant per status.
#[must_use]
#[derive(Debug, Clone, PartialEq)]
pub enum AddManoObraResponse {
    /// The line was added.
    Created201 {
        /// The response body.
        body: ::trabajos_types::LineaManoObra,
        /// The `Location` header. Path of the created resource.
        location: ::std::option::Option<String>,
    },
    /// Malformed request (unparseable JSON, or a bad path, query or header value).
    BadRequest400(::trabajos_types::Problem),
    /// No valid credentials (missing, expired, badly signed, wrong issuer or audience); `WWW-Authenticate` says which scheme is expected.
    Unauthorized401 {
        /// The response body.
        body: ::trabajos_types::Problem,
        /// The `WWW-Authenticate` header. The challenge, e.g. `Bearer realm="taller", error="invalid_token"`.
        www_authenticate: ::std::option::Option<String>,
    },
    /// Valid credentials that lack a scope the operation needs.
    Forbidden403(::trabajos_types::Problem),
    /// No job (or work type, or line) has this id.
    NotFound404(::trabajos_types::Problem),
    /// The job's state does not allow this change (see the description's state rules).
    Conflict409(::trabajos_types::Problem),
    /// The body is not `application/json`.
    UnsupportedMediaType415(::trabajos_types::Problem),
    /// The body is JSON but breaks the schema or a domain rule.
    UnprocessableEntity422(::trabajos_types::Problem),
    /// Unexpected server error.
    InternalServerError500(::trabajos_types::Problem),
    /// A dependency (the database, or recambios for part lines) is down; retry later.
    ServiceUnavailable503(::trabajos_types::Problem),
}
impl IntoResponse for AddManoObraResponse {
    fn into_response(self) -> HttpResponse {
        match self {
            Self::Created201 { body, location } => {
                with_optional_header(
                    json_response(201u16, "application/json", &body),
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
            Self::NotFound404(body) => {
                json_response(404u16, "application/problem+json", &body)
            }
            Self::Conflict409(body) => {
                json_response(409u16, "application/problem+json", &body)
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
/// The request of `get_mano_obra` (GET /trabajos/{trabajo_id}/mano-obra/{linea_id}), validated against the contract.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize)]
pub struct GetManoObraRequest {
    /// The path parameters.
    pub path: types::GetManoObraPath,
}
/// Every response `get_mano_obra` declares, one variant per status.
#[must_use]
#[derive(Debug, Clone, PartialEq)]
pub enum GetManoObraResponse {
    /// The labour line.
    Ok200 {
        /// The response body.
        body: ::trabajos_types::LineaManoObra,
        /// The `ETag` header. Version of the resource, to send back in `If-Match`.
        etag: ::std::option::Option<String>,
    },
    /// Malformed request (unparseable JSON, or a bad path, query or header value).
    BadRequest400(::trabajos_types::Problem),
    /// No valid credentials (missing, expired, badly signed, wrong issuer or audience); `WWW-Authenticate` says which scheme is expected.
    Unauthorized401 {
        /// The response body.
        body: ::trabajos_types::Problem,
        /// The `WWW-Authenticate` header. The challenge, e.g. `Bearer realm="taller", error="invalid_token"`.
        www_authenticate: ::std::option::Option<String>,
    },
    /// Valid credentials that lack a scope the operation needs.
    Forbidden403(::trabajos_types::Problem),
    /// No job (or work type, or line) has this id.
    NotFound404(::trabajos_types::Problem),
    /// Unexpected server error.
    InternalServerError500(::trabajos_types::Problem),
    /// A dependency (the database, or recambios for part lines) is down; retry later.
    ServiceUnavailable503(::trabajos_types::Problem),
}
impl IntoResponse for GetManoObraResponse {
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
/// The request of `delete_mano_obra` (DELETE /trabajos/{trabajo_id}/mano-obra/{linea_id}), validated against the contract.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize)]
pub struct DeleteManoObraRequest {
    /// The path parameters.
    pub path: types::DeleteManoObraPath,
    /// The header parameters.
    pub headers: types::DeleteManoObraHeaders,
}
/// Every response `delete_mano_obra` declares, one variant per status.
#[must_use]
#[derive(Debug, Clone, PartialEq)]
pub enum DeleteManoObraResponse {
    /// The line was removed.
    NoContent204,
    /// Malformed request (unparseable JSON, or a bad path, query or header value).
    BadRequest400(::trabajos_types::Problem),
    /// No valid credentials (missing, expired, badly signed, wrong issuer or audience); `WWW-Authenticate` says which scheme is expected.
    Unauthorized401 {
        /// The response body.
        body: ::trabajos_types::Problem,
        /// The `WWW-Authenticate` header. The challenge, e.g. `Bearer realm="taller", error="invalid_token"`.
        www_authenticate: ::std::option::Option<String>,
    },
    /// Valid credentials that lack a scope the operation needs.
    Forbidden403(::trabajos_types::Problem),
    /// No job (or work type, or line) has this id.
    NotFound404(::trabajos_types::Problem),
    /// The job's state does not allow this change (see the description's state rules).
    Conflict409(::trabajos_types::Problem),
    /// `If-Match` does not match the current `ETag`: the resource changed since it was read.
    PreconditionFailed412(::trabajos_types::Problem),
    /// `If-Match` is missing.
    PreconditionRequired428(::trabajos_types::Problem),
    /// Unexpected server error.
    InternalServerError500(::trabajos_types::Problem),
    /// A dependency (the database, or recambios for part lines) is down; retry later.
    ServiceUnavailable503(::trabajos_types::Problem),
}
impl IntoResponse for DeleteManoObraResponse {
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
            Self::Conflict409(body) => {
                json_response(409u16, "application/problem+json", &body)
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
/// The request of `planificar_trabajo` (POST /trabajos/{trabajo_id}/planificar), validated against the contract.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize)]
pub struct PlanificarTrabajoRequest {
    /// The path parameters.
    pub path: types::PlanificarTrabajoPath,
    /// The request body.
    pub body: ::trabajos_types::Planificacion,
}
/// Every response `planificar_trabajo` declares, one variant per status.
#[must_use]
#[derive(Debug, Clone, PartialEq)]
pub enum PlanificarTrabajoResponse {
    /// The job, now `PLANIFICADO`.
    Ok200 {
        /// The response body.
        body: ::trabajos_types::Trabajo,
        /// The `ETag` header. Version of the resource, to send back in `If-Match`.
        etag: ::std::option::Option<String>,
    },
    /// Malformed request (unparseable JSON, or a bad path, query or header value).
    BadRequest400(::trabajos_types::Problem),
    /// No valid credentials (missing, expired, badly signed, wrong issuer or audience); `WWW-Authenticate` says which scheme is expected.
    Unauthorized401 {
        /// The response body.
        body: ::trabajos_types::Problem,
        /// The `WWW-Authenticate` header. The challenge, e.g. `Bearer realm="taller", error="invalid_token"`.
        www_authenticate: ::std::option::Option<String>,
    },
    /// Valid credentials that lack a scope the operation needs.
    Forbidden403(::trabajos_types::Problem),
    /// No job (or work type, or line) has this id.
    NotFound404(::trabajos_types::Problem),
    /// The job's state does not allow this transition; nothing changed.
    Conflict409(::trabajos_types::Problem),
    /// The body is not `application/json`.
    UnsupportedMediaType415(::trabajos_types::Problem),
    /// The body is JSON but breaks the schema or a domain rule.
    UnprocessableEntity422(::trabajos_types::Problem),
    /// Unexpected server error.
    InternalServerError500(::trabajos_types::Problem),
    /// A dependency (the database, or recambios for part lines) is down; retry later.
    ServiceUnavailable503(::trabajos_types::Problem),
}
impl IntoResponse for PlanificarTrabajoResponse {
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
/// The request of `add_recambio_usado` (POST /trabajos/{trabajo_id}/recambios), validated against the contract.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize)]
pub struct AddRecambioUsadoRequest {
    /// The path parameters.
    pub path: types::AddRecambioUsadoPath,
    /// The request body.
    pub body: ::trabajos_types::LineaRecambioNueva,
}
/// Every response `add_recambio_usado` declares, one variant per status.
#[must_use]
#[derive(Debug, Clone, PartialEq)]
pub enum AddRecambioUsadoResponse {
    /// The part line was added and its units reserved.
    Created201 {
        /// The response body.
        body: ::trabajos_types::LineaRecambio,
        /// The `Location` header. Path of the created resource.
        location: ::std::option::Option<String>,
    },
    /// Malformed request (unparseable JSON, or a bad path, query or header value).
    BadRequest400(::trabajos_types::Problem),
    /// No valid credentials (missing, expired, badly signed, wrong issuer or audience); `WWW-Authenticate` says which scheme is expected.
    Unauthorized401 {
        /// The response body.
        body: ::trabajos_types::Problem,
        /// The `WWW-Authenticate` header. The challenge, e.g. `Bearer realm="taller", error="invalid_token"`.
        www_authenticate: ::std::option::Option<String>,
    },
    /// Valid credentials that lack a scope the operation needs.
    Forbidden403(::trabajos_types::Problem),
    /// No job (or work type, or line) has this id.
    NotFound404(::trabajos_types::Problem),
    /// The job's state does not allow new lines, or recambios has not enough units available.
    Conflict409(::trabajos_types::Problem),
    /// The body is not `application/json`.
    UnsupportedMediaType415(::trabajos_types::Problem),
    /// The body is JSON but breaks the schema or a domain rule.
    UnprocessableEntity422(::trabajos_types::Problem),
    /// Unexpected server error.
    InternalServerError500(::trabajos_types::Problem),
    /// A dependency (the database, or recambios for part lines) is down; retry later.
    ServiceUnavailable503(::trabajos_types::Problem),
}
impl IntoResponse for AddRecambioUsadoResponse {
    fn into_response(self) -> HttpResponse {
        match self {
            Self::Created201 { body, location } => {
                with_optional_header(
                    json_response(201u16, "application/json", &body),
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
            Self::NotFound404(body) => {
                json_response(404u16, "application/problem+json", &body)
            }
            Self::Conflict409(body) => {
                json_response(409u16, "application/problem+json", &body)
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
/// The request of `get_recambio_usado` (GET /trabajos/{trabajo_id}/recambios/{linea_id}), validated against the contract.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize)]
pub struct GetRecambioUsadoRequest {
    /// The path parameters.
    pub path: types::GetRecambioUsadoPath,
}
/// Every response `get_recambio_usado` declares, one variant per status.
#[must_use]
#[derive(Debug, Clone, PartialEq)]
pub enum GetRecambioUsadoResponse {
    /// The spare-part line.
    Ok200 {
        /// The response body.
        body: ::trabajos_types::LineaRecambio,
        /// The `ETag` header. Version of the resource, to send back in `If-Match`.
        etag: ::std::option::Option<String>,
    },
    /// Malformed request (unparseable JSON, or a bad path, query or header value).
    BadRequest400(::trabajos_types::Problem),
    /// No valid credentials (missing, expired, badly signed, wrong issuer or audience); `WWW-Authenticate` says which scheme is expected.
    Unauthorized401 {
        /// The response body.
        body: ::trabajos_types::Problem,
        /// The `WWW-Authenticate` header. The challenge, e.g. `Bearer realm="taller", error="invalid_token"`.
        www_authenticate: ::std::option::Option<String>,
    },
    /// Valid credentials that lack a scope the operation needs.
    Forbidden403(::trabajos_types::Problem),
    /// No job (or work type, or line) has this id.
    NotFound404(::trabajos_types::Problem),
    /// Unexpected server error.
    InternalServerError500(::trabajos_types::Problem),
    /// A dependency (the database, or recambios for part lines) is down; retry later.
    ServiceUnavailable503(::trabajos_types::Problem),
}
impl IntoResponse for GetRecambioUsadoResponse {
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
/// The request of `delete_recambio_usado` (DELETE /trabajos/{trabajo_id}/recambios/{linea_id}), validated against the contract.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize)]
pub struct DeleteRecambioUsadoRequest {
    /// The path parameters.
    pub path: types::DeleteRecambioUsadoPath,
    /// The header parameters.
    pub headers: types::DeleteRecambioUsadoHeaders,
}
/// Every response `delete_recambio_usado` declares, one variant per status.
#[must_use]
#[derive(Debug, Clone, PartialEq)]
pub enum DeleteRecambioUsadoResponse {
    /// The line was removed and its units released.
    NoContent204,
    /// Malformed request (unparseable JSON, or a bad path, query or header value).
    BadRequest400(::trabajos_types::Problem),
    /// No valid credentials (missing, expired, badly signed, wrong issuer or audience); `WWW-Authenticate` says which scheme is expected.
    Unauthorized401 {
        /// The response body.
        body: ::trabajos_types::Problem,
        /// The `WWW-Authenticate` header. The challenge, e.g. `Bearer realm="taller", error="invalid_token"`.
        www_authenticate: ::std::option::Option<String>,
    },
    /// Valid credentials that lack a scope the operation needs.
    Forbidden403(::trabajos_types::Problem),
    /// No job (or work type, or line) has this id.
    NotFound404(::trabajos_types::Problem),
    /// The job's state does not allow this change (see the description's state rules).
    Conflict409(::trabajos_types::Problem),
    /// `If-Match` does not match the current `ETag`: the resource changed since it was read.
    PreconditionFailed412(::trabajos_types::Problem),
    /// `If-Match` is missing.
    PreconditionRequired428(::trabajos_types::Problem),
    /// Unexpected server error.
    InternalServerError500(::trabajos_types::Problem),
    /// A dependency (the database, or recambios for part lines) is down; retry later.
    ServiceUnavailable503(::trabajos_types::Problem),
}
impl IntoResponse for DeleteRecambioUsadoResponse {
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
            Self::Conflict409(body) => {
                json_response(409u16, "application/problem+json", &body)
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
/// The request of `terminar_trabajo` (POST /trabajos/{trabajo_id}/terminar), validated against the contract.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize)]
pub struct TerminarTrabajoRequest {
    /// The path parameters.
    pub path: types::TerminarTrabajoPath,
}
/// Every response `terminar_trabajo` declares, one variant per status.
#[must_use]
#[derive(Debug, Clone, PartialEq)]
pub enum TerminarTrabajoResponse {
    /// The job, now `TERMINADO`.
    Ok200 {
        /// The response body.
        body: ::trabajos_types::Trabajo,
        /// The `ETag` header. Version of the resource, to send back in `If-Match`.
        etag: ::std::option::Option<String>,
    },
    /// Malformed request (unparseable JSON, or a bad path, query or header value).
    BadRequest400(::trabajos_types::Problem),
    /// No valid credentials (missing, expired, badly signed, wrong issuer or audience); `WWW-Authenticate` says which scheme is expected.
    Unauthorized401 {
        /// The response body.
        body: ::trabajos_types::Problem,
        /// The `WWW-Authenticate` header. The challenge, e.g. `Bearer realm="taller", error="invalid_token"`.
        www_authenticate: ::std::option::Option<String>,
    },
    /// Valid credentials that lack a scope the operation needs.
    Forbidden403(::trabajos_types::Problem),
    /// No job (or work type, or line) has this id.
    NotFound404(::trabajos_types::Problem),
    /// The job's state does not allow this transition; nothing changed.
    Conflict409(::trabajos_types::Problem),
    /// Unexpected server error.
    InternalServerError500(::trabajos_types::Problem),
    /// A dependency (the database, or recambios for part lines) is down; retry later.
    ServiceUnavailable503(::trabajos_types::Problem),
}
impl IntoResponse for TerminarTrabajoResponse {
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
            Self::InternalServerError500(body) => {
                json_response(500u16, "application/problem+json", &body)
            }
            Self::ServiceUnavailable503(body) => {
                json_response(503u16, "application/problem+json", &body)
            }
        }
    }
}
/// The `trabajos` service as a trait: implement it and hand it to [`router`].
///
/// Each method receives the request's context and its typed request, already validated
/// against the contract, and returns one of the operation's declared responses or an
/// error: `?` works on [`Self::Error`], answered as the problem it names when the
/// operation declares its status, otherwise as the 500 every operation declares.
pub trait TrabajosApi: Send + Sync + 'static {
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
    /// List jobs
    ///
    /// A page of jobs matching every given filter: by vehicle (`vin`), by state, by a
    /// resource it needs (`recurso`), by work type, and by a range of `fecha_inicio`
    /// (inclusive). An empty result is 200 with `items: []`.
    fn list_trabajos(
        &self,
        context: RequestContext<Self::Principal>,
        request: ListTrabajosRequest,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<ListTrabajosResponse, Self::Error>,
    > + Send;
    /// Open a job on a vehicle
    ///
    /// Opens a job in state `CREADO`; the server assigns its `id`.
    fn create_trabajo(
        &self,
        context: RequestContext<Self::Principal>,
        request: CreateTrabajoRequest,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<CreateTrabajoResponse, Self::Error>,
    > + Send;
    /// List work types
    ///
    /// A page of work types; `nombre` matches a case-insensitive substring. Empty is 200 with `items: []`.
    fn list_tipos_trabajo(
        &self,
        context: RequestContext<Self::Principal>,
        request: ListTiposTrabajoRequest,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<ListTiposTrabajoResponse, Self::Error>,
    > + Send;
    /// Add a work type
    ///
    /// Adds a work type to the catalogue; a name already used is a 409.
    fn create_tipo_trabajo(
        &self,
        context: RequestContext<Self::Principal>,
        request: CreateTipoTrabajoRequest,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<CreateTipoTrabajoResponse, Self::Error>,
    > + Send;
    /// Get a work type
    ///
    /// The work type, with its `ETag` for a later PUT or DELETE.
    fn get_tipo_trabajo(
        &self,
        context: RequestContext<Self::Principal>,
        request: GetTipoTrabajoRequest,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<GetTipoTrabajoResponse, Self::Error>,
    > + Send;
    /// Replace a work type
    ///
    /// Replaces the work type's data. `If-Match` as for every PUT (428 without it, 412 when stale).
    fn update_tipo_trabajo(
        &self,
        context: RequestContext<Self::Principal>,
        request: UpdateTipoTrabajoRequest,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<UpdateTipoTrabajoResponse, Self::Error>,
    > + Send;
    /// Remove a work type
    ///
    /// Removes the work type from the catalogue (jobs that used it keep its id). `If-Match` as for PUT.
    fn delete_tipo_trabajo(
        &self,
        context: RequestContext<Self::Principal>,
        request: DeleteTipoTrabajoRequest,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<DeleteTipoTrabajoResponse, Self::Error>,
    > + Send;
    /// Get a job
    ///
    /// The job with its labour and parts, and its `ETag` for a later PUT or DELETE.
    fn get_trabajo(
        &self,
        context: RequestContext<Self::Principal>,
        request: GetTrabajoRequest,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<GetTrabajoResponse, Self::Error>,
    > + Send;
    /// Replace a job's data
    ///
    /// Replaces the job's description, work type and resources (not its vehicle, state,
    /// lines or dates), while it is `CREADO` or `PLANIFICADO` (409 later). `If-Match` as
    /// for every PUT (428 without it, 412 when stale).
    fn update_trabajo(
        &self,
        context: RequestContext<Self::Principal>,
        request: UpdateTrabajoRequest,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<UpdateTrabajoResponse, Self::Error>,
    > + Send;
    /// Delete a job opened by mistake
    ///
    /// Deletes a job that is still `CREADO` (409 later; cancel it instead). `If-Match` as for PUT.
    fn delete_trabajo(
        &self,
        context: RequestContext<Self::Principal>,
        request: DeleteTrabajoRequest,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<DeleteTrabajoResponse, Self::Error>,
    > + Send;
    /// Cancel a job
    ///
    /// `CREADO`, `PLANIFICADO` or `INICIADO` → `CANCELADO`, releasing the parts reserved
    /// for it in recambios. 409 from `TERMINADO`, `FACTURADO` or `CANCELADO`.
    fn cancelar_trabajo(
        &self,
        context: RequestContext<Self::Principal>,
        request: CancelarTrabajoRequest,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<CancelarTrabajoResponse, Self::Error>,
    > + Send;
    /// Mark a job as invoiced
    ///
    /// `TERMINADO` → `FACTURADO`, recording the invoice (called by facturas when it issues one). 409 from any other state.
    fn facturar_trabajo(
        &self,
        context: RequestContext<Self::Principal>,
        request: FacturarTrabajoRequest,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<FacturarTrabajoResponse, Self::Error>,
    > + Send;
    /// Start a job
    ///
    /// `PLANIFICADO` → `INICIADO`: sets `fecha_inicio` to now. 409 from any other state.
    fn iniciar_trabajo(
        &self,
        context: RequestContext<Self::Principal>,
        request: IniciarTrabajoRequest,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<IniciarTrabajoResponse, Self::Error>,
    > + Send;
    /// Add a labour line
    ///
    /// Adds labour to the job while it is `CREADO`, `PLANIFICADO` or `INICIADO` (409 later).
    fn add_mano_obra(
        &self,
        context: RequestContext<Self::Principal>,
        request: AddManoObraRequest,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<AddManoObraResponse, Self::Error>,
    > + Send;
    /// Get a labour line
    ///
    /// One labour line of the job.
    fn get_mano_obra(
        &self,
        context: RequestContext<Self::Principal>,
        request: GetManoObraRequest,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<GetManoObraResponse, Self::Error>,
    > + Send;
    /// Remove a labour line
    ///
    /// Removes the line while the job is `CREADO`, `PLANIFICADO` or `INICIADO` (409 later).
    /// Send the line's `ETag` in `If-Match` (428 without it, 412 when stale).
    fn delete_mano_obra(
        &self,
        context: RequestContext<Self::Principal>,
        request: DeleteManoObraRequest,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<DeleteManoObraResponse, Self::Error>,
    > + Send;
    /// Plan a job
    ///
    /// `CREADO` or `PLANIFICADO` → `PLANIFICADO`: sets the planned date and, optionally, the resources. 409 from any other state.
    fn planificar_trabajo(
        &self,
        context: RequestContext<Self::Principal>,
        request: PlanificarTrabajoRequest,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<PlanificarTrabajoResponse, Self::Error>,
    > + Send;
    /// Add a spare part used
    ///
    /// Adds `cantidad` units of a part to the job while it is `CREADO`, `PLANIFICADO` or
    /// `INICIADO`, reserving them in recambios. 409 when the job's state does not allow it
    /// or recambios has not enough units available; 422 when the part does not exist.
    fn add_recambio_usado(
        &self,
        context: RequestContext<Self::Principal>,
        request: AddRecambioUsadoRequest,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<AddRecambioUsadoResponse, Self::Error>,
    > + Send;
    /// Get a spare-part line
    ///
    /// One spare-part line of the job.
    fn get_recambio_usado(
        &self,
        context: RequestContext<Self::Principal>,
        request: GetRecambioUsadoRequest,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<GetRecambioUsadoResponse, Self::Error>,
    > + Send;
    /// Remove a spare-part line
    ///
    /// Removes the line and releases its units in recambios, while the job is `CREADO`,
    /// `PLANIFICADO` or `INICIADO` (409 later). Send the line's `ETag` in `If-Match` (428
    /// without it, 412 when stale).
    fn delete_recambio_usado(
        &self,
        context: RequestContext<Self::Principal>,
        request: DeleteRecambioUsadoRequest,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<DeleteRecambioUsadoResponse, Self::Error>,
    > + Send;
    /// Finish a job
    ///
    /// `INICIADO` → `TERMINADO`: sets `fecha_fin` to now and consumes the parts reserved
    /// for the job in recambios. 409 from any other state.
    fn terminar_trabajo(
        &self,
        context: RequestContext<Self::Principal>,
        request: TerminarTrabajoRequest,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<TerminarTrabajoResponse, Self::Error>,
    > + Send;
}
pub use ::taller_runtime::security::{Credential, Principal, Unauthorized};
/// The security schemes of the contract (`components.securitySchemes`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SecurityScheme {
    /** `bearerAuth`: OAuth2 (a bearer token with scopes). A JWT access token of the workshop's identity provider, sent as
`Authorization: Bearer <token>`: HS256 for the local run, RS256 with the provider's
keys in production; `iss`, `aud` and `exp` are checked. Its `scope` claim
(space-separated) grants `trabajos:read` for reads, `trabajos:write` for changes and
`trabajos:admin` for destructive operations. `scripts/run` prints a development token
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
impl<A: TrabajosApi> ::taller_runtime::security::Authenticate for Shared<A> {
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
    operations: [Arc<Operation>; 21usize],
}
/// Every route of the contract, served by `api`. Unknown paths answer a problem+json 404,
/// known paths with an undeclared method a problem+json 405.
pub fn router<A: TrabajosApi>(api: A) -> ::axum::Router {
    let contract = Contract::from_json(CONTRACT_JSON)
        .expect("the embedded contract is the one codegen checked");
    let operations = [
        contract
            .operation("list_trabajos")
            .expect("every operation of the contract is known"),
        contract
            .operation("create_trabajo")
            .expect("every operation of the contract is known"),
        contract
            .operation("list_tipos_trabajo")
            .expect("every operation of the contract is known"),
        contract
            .operation("create_tipo_trabajo")
            .expect("every operation of the contract is known"),
        contract
            .operation("get_tipo_trabajo")
            .expect("every operation of the contract is known"),
        contract
            .operation("update_tipo_trabajo")
            .expect("every operation of the contract is known"),
        contract
            .operation("delete_tipo_trabajo")
            .expect("every operation of the contract is known"),
        contract
            .operation("get_trabajo")
            .expect("every operation of the contract is known"),
        contract
            .operation("update_trabajo")
            .expect("every operation of the contract is known"),
        contract
            .operation("delete_trabajo")
            .expect("every operation of the contract is known"),
        contract
            .operation("cancelar_trabajo")
            .expect("every operation of the contract is known"),
        contract
            .operation("facturar_trabajo")
            .expect("every operation of the contract is known"),
        contract
            .operation("iniciar_trabajo")
            .expect("every operation of the contract is known"),
        contract
            .operation("add_mano_obra")
            .expect("every operation of the contract is known"),
        contract
            .operation("get_mano_obra")
            .expect("every operation of the contract is known"),
        contract
            .operation("delete_mano_obra")
            .expect("every operation of the contract is known"),
        contract
            .operation("planificar_trabajo")
            .expect("every operation of the contract is known"),
        contract
            .operation("add_recambio_usado")
            .expect("every operation of the contract is known"),
        contract
            .operation("get_recambio_usado")
            .expect("every operation of the contract is known"),
        contract
            .operation("delete_recambio_usado")
            .expect("every operation of the contract is known"),
        contract
            .operation("terminar_trabajo")
            .expect("every operation of the contract is known"),
    ];
    let shared = Arc::new(Shared { api, operations });
    let routes = ::axum::Router::new();
    let routes = routes
        .route(
            "/trabajos",
            ::axum::routing::MethodRouter::new()
                .get(handle_list_trabajos::<A>)
                .post(handle_create_trabajo::<A>)
                .fallback(|| async {
                    Problem::method_not_allowed(
                        &[::axum::http::Method::GET, ::axum::http::Method::POST],
                    )
                }),
        );
    let routes = routes
        .route(
            "/trabajos/tipos",
            ::axum::routing::MethodRouter::new()
                .get(handle_list_tipos_trabajo::<A>)
                .post(handle_create_tipo_trabajo::<A>)
                .fallback(|| async {
                    Problem::method_not_allowed(
                        &[::axum::http::Method::GET, ::axum::http::Method::POST],
                    )
                }),
        );
    let routes = routes
        .route(
            "/trabajos/tipos/{tipo_id}",
            ::axum::routing::MethodRouter::new()
                .get(handle_get_tipo_trabajo::<A>)
                .put(handle_update_tipo_trabajo::<A>)
                .delete(handle_delete_tipo_trabajo::<A>)
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
            "/trabajos/{trabajo_id}",
            ::axum::routing::MethodRouter::new()
                .get(handle_get_trabajo::<A>)
                .put(handle_update_trabajo::<A>)
                .delete(handle_delete_trabajo::<A>)
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
            "/trabajos/{trabajo_id}/cancelar",
            ::axum::routing::MethodRouter::new()
                .post(handle_cancelar_trabajo::<A>)
                .fallback(|| async {
                    Problem::method_not_allowed(&[::axum::http::Method::POST])
                }),
        );
    let routes = routes
        .route(
            "/trabajos/{trabajo_id}/facturar",
            ::axum::routing::MethodRouter::new()
                .post(handle_facturar_trabajo::<A>)
                .fallback(|| async {
                    Problem::method_not_allowed(&[::axum::http::Method::POST])
                }),
        );
    let routes = routes
        .route(
            "/trabajos/{trabajo_id}/iniciar",
            ::axum::routing::MethodRouter::new()
                .post(handle_iniciar_trabajo::<A>)
                .fallback(|| async {
                    Problem::method_not_allowed(&[::axum::http::Method::POST])
                }),
        );
    let routes = routes
        .route(
            "/trabajos/{trabajo_id}/mano-obra",
            ::axum::routing::MethodRouter::new()
                .post(handle_add_mano_obra::<A>)
                .fallback(|| async {
                    Problem::method_not_allowed(&[::axum::http::Method::POST])
                }),
        );
    let routes = routes
        .route(
            "/trabajos/{trabajo_id}/mano-obra/{linea_id}",
            ::axum::routing::MethodRouter::new()
                .get(handle_get_mano_obra::<A>)
                .delete(handle_delete_mano_obra::<A>)
                .fallback(|| async {
                    Problem::method_not_allowed(
                        &[::axum::http::Method::GET, ::axum::http::Method::DELETE],
                    )
                }),
        );
    let routes = routes
        .route(
            "/trabajos/{trabajo_id}/planificar",
            ::axum::routing::MethodRouter::new()
                .post(handle_planificar_trabajo::<A>)
                .fallback(|| async {
                    Problem::method_not_allowed(&[::axum::http::Method::POST])
                }),
        );
    let routes = routes
        .route(
            "/trabajos/{trabajo_id}/recambios",
            ::axum::routing::MethodRouter::new()
                .post(handle_add_recambio_usado::<A>)
                .fallback(|| async {
                    Problem::method_not_allowed(&[::axum::http::Method::POST])
                }),
        );
    let routes = routes
        .route(
            "/trabajos/{trabajo_id}/recambios/{linea_id}",
            ::axum::routing::MethodRouter::new()
                .get(handle_get_recambio_usado::<A>)
                .delete(handle_delete_recambio_usado::<A>)
                .fallback(|| async {
                    Problem::method_not_allowed(
                        &[::axum::http::Method::GET, ::axum::http::Method::DELETE],
                    )
                }),
        );
    let routes = routes
        .route(
            "/trabajos/{trabajo_id}/terminar",
            ::axum::routing::MethodRouter::new()
                .post(handle_terminar_trabajo::<A>)
                .fallback(|| async {
                    Problem::method_not_allowed(&[::axum::http::Method::POST])
                }),
        );
    routes
        .fallback(|uri: ::axum::http::Uri| async move { Problem::not_found(uri.path()) })
        .with_state(shared)
}
async fn handle_list_trabajos<A: TrabajosApi>(
    ::axum::extract::State(shared): ::axum::extract::State<Arc<Shared<A>>>,
    request: ::axum::extract::Request,
) -> HttpResponse {
    let operation = &shared.operations[0usize];
    let decoded = match decode::<
        ListTrabajosRequest,
        _,
    >(operation, request, shared.as_ref())
        .await
    {
        Ok(decoded) => decoded,
        Err(problem) => return problem.into_response(),
    };
    let uri = decoded.context.uri().clone();
    let request = decoded.request;
    respond(operation, &uri, shared.api.list_trabajos(decoded.context, request).await)
}
async fn handle_create_trabajo<A: TrabajosApi>(
    ::axum::extract::State(shared): ::axum::extract::State<Arc<Shared<A>>>,
    request: ::axum::extract::Request,
) -> HttpResponse {
    let operation = &shared.operations[1usize];
    let decoded = match decode::<
        CreateTrabajoRequest,
        _,
    >(operation, request, shared.as_ref())
        .await
    {
        Ok(decoded) => decoded,
        Err(problem) => return problem.into_response(),
    };
    let uri = decoded.context.uri().clone();
    let request = decoded.request;
    respond(operation, &uri, shared.api.create_trabajo(decoded.context, request).await)
}
async fn handle_list_tipos_trabajo<A: TrabajosApi>(
    ::axum::extract::State(shared): ::axum::extract::State<Arc<Shared<A>>>,
    request: ::axum::extract::Request,
) -> HttpResponse {
    let operation = &shared.operations[2usize];
    let decoded = match decode::<
        ListTiposTrabajoRequest,
        _,
    >(operation, request, shared.as_ref())
        .await
    {
        Ok(decoded) => decoded,
        Err(problem) => return problem.into_response(),
    };
    let uri = decoded.context.uri().clone();
    let request = decoded.request;
    respond(
        operation,
        &uri,
        shared.api.list_tipos_trabajo(decoded.context, request).await,
    )
}
async fn handle_create_tipo_trabajo<A: TrabajosApi>(
    ::axum::extract::State(shared): ::axum::extract::State<Arc<Shared<A>>>,
    request: ::axum::extract::Request,
) -> HttpResponse {
    let operation = &shared.operations[3usize];
    let decoded = match decode::<
        CreateTipoTrabajoRequest,
        _,
    >(operation, request, shared.as_ref())
        .await
    {
        Ok(decoded) => decoded,
        Err(problem) => return problem.into_response(),
    };
    let uri = decoded.context.uri().clone();
    let request = decoded.request;
    respond(
        operation,
        &uri,
        shared.api.create_tipo_trabajo(decoded.context, request).await,
    )
}
async fn handle_get_tipo_trabajo<A: TrabajosApi>(
    ::axum::extract::State(shared): ::axum::extract::State<Arc<Shared<A>>>,
    request: ::axum::extract::Request,
) -> HttpResponse {
    let operation = &shared.operations[4usize];
    let decoded = match decode::<
        GetTipoTrabajoRequest,
        _,
    >(operation, request, shared.as_ref())
        .await
    {
        Ok(decoded) => decoded,
        Err(problem) => return problem.into_response(),
    };
    let uri = decoded.context.uri().clone();
    let request = decoded.request;
    respond(operation, &uri, shared.api.get_tipo_trabajo(decoded.context, request).await)
}
async fn handle_update_tipo_trabajo<A: TrabajosApi>(
    ::axum::extract::State(shared): ::axum::extract::State<Arc<Shared<A>>>,
    request: ::axum::extract::Request,
) -> HttpResponse {
    let operation = &shared.operations[5usize];
    let decoded = match decode::<
        UpdateTipoTrabajoRequest,
        _,
    >(operation, request, shared.as_ref())
        .await
    {
        Ok(decoded) => decoded,
        Err(problem) => return problem.into_response(),
    };
    let uri = decoded.context.uri().clone();
    let request = decoded.request;
    respond(
        operation,
        &uri,
        shared.api.update_tipo_trabajo(decoded.context, request).await,
    )
}
async fn handle_delete_tipo_trabajo<A: TrabajosApi>(
    ::axum::extract::State(shared): ::axum::extract::State<Arc<Shared<A>>>,
    request: ::axum::extract::Request,
) -> HttpResponse {
    let operation = &shared.operations[6usize];
    let decoded = match decode::<
        DeleteTipoTrabajoRequest,
        _,
    >(operation, request, shared.as_ref())
        .await
    {
        Ok(decoded) => decoded,
        Err(problem) => return problem.into_response(),
    };
    let uri = decoded.context.uri().clone();
    let request = decoded.request;
    respond(
        operation,
        &uri,
        shared.api.delete_tipo_trabajo(decoded.context, request).await,
    )
}
async fn handle_get_trabajo<A: TrabajosApi>(
    ::axum::extract::State(shared): ::axum::extract::State<Arc<Shared<A>>>,
    request: ::axum::extract::Request,
) -> HttpResponse {
    let operation = &shared.operations[7usize];
    let decoded = match decode::<
        GetTrabajoRequest,
        _,
    >(operation, request, shared.as_ref())
        .await
    {
        Ok(decoded) => decoded,
        Err(problem) => return problem.into_response(),
    };
    let uri = decoded.context.uri().clone();
    let request = decoded.request;
    respond(operation, &uri, shared.api.get_trabajo(decoded.context, request).await)
}
async fn handle_update_trabajo<A: TrabajosApi>(
    ::axum::extract::State(shared): ::axum::extract::State<Arc<Shared<A>>>,
    request: ::axum::extract::Request,
) -> HttpResponse {
    let operation = &shared.operations[8usize];
    let decoded = match decode::<
        UpdateTrabajoRequest,
        _,
    >(operation, request, shared.as_ref())
        .await
    {
        Ok(decoded) => decoded,
        Err(problem) => return problem.into_response(),
    };
    let uri = decoded.context.uri().clone();
    let request = decoded.request;
    respond(operation, &uri, shared.api.update_trabajo(decoded.context, request).await)
}
async fn handle_delete_trabajo<A: TrabajosApi>(
    ::axum::extract::State(shared): ::axum::extract::State<Arc<Shared<A>>>,
    request: ::axum::extract::Request,
) -> HttpResponse {
    let operation = &shared.operations[9usize];
    let decoded = match decode::<
        DeleteTrabajoRequest,
        _,
    >(operation, request, shared.as_ref())
        .await
    {
        Ok(decoded) => decoded,
        Err(problem) => return problem.into_response(),
    };
    let uri = decoded.context.uri().clone();
    let request = decoded.request;
    respond(operation, &uri, shared.api.delete_trabajo(decoded.context, request).await)
}
async fn handle_cancelar_trabajo<A: TrabajosApi>(
    ::axum::extract::State(shared): ::axum::extract::State<Arc<Shared<A>>>,
    request: ::axum::extract::Request,
) -> HttpResponse {
    let operation = &shared.operations[10usize];
    let decoded = match decode::<
        CancelarTrabajoRequest,
        _,
    >(operation, request, shared.as_ref())
        .await
    {
        Ok(decoded) => decoded,
        Err(problem) => return problem.into_response(),
    };
    let uri = decoded.context.uri().clone();
    let request = decoded.request;
    respond(operation, &uri, shared.api.cancelar_trabajo(decoded.context, request).await)
}
async fn handle_facturar_trabajo<A: TrabajosApi>(
    ::axum::extract::State(shared): ::axum::extract::State<Arc<Shared<A>>>,
    request: ::axum::extract::Request,
) -> HttpResponse {
    let operation = &shared.operations[11usize];
    let decoded = match decode::<
        FacturarTrabajoRequest,
        _,
    >(operation, request, shared.as_ref())
        .await
    {
        Ok(decoded) => decoded,
        Err(problem) => return problem.into_response(),
    };
    let uri = decoded.context.uri().clone();
    let request = decoded.request;
    respond(operation, &uri, shared.api.facturar_trabajo(decoded.context, request).await)
}
async fn handle_iniciar_trabajo<A: TrabajosApi>(
    ::axum::extract::State(shared): ::axum::extract::State<Arc<Shared<A>>>,
    request: ::axum::extract::Request,
) -> HttpResponse {
    let operation = &shared.operations[12usize];
    let decoded = match decode::<
        IniciarTrabajoRequest,
        _,
    >(operation, request, shared.as_ref())
        .await
    {
        Ok(decoded) => decoded,
        Err(problem) => return problem.into_response(),
    };
    let uri = decoded.context.uri().clone();
    let request = decoded.request;
    respond(operation, &uri, shared.api.iniciar_trabajo(decoded.context, request).await)
}
async fn handle_add_mano_obra<A: TrabajosApi>(
    ::axum::extract::State(shared): ::axum::extract::State<Arc<Shared<A>>>,
    request: ::axum::extract::Request,
) -> HttpResponse {
    let operation = &shared.operations[13usize];
    let decoded = match decode::<
        AddManoObraRequest,
        _,
    >(operation, request, shared.as_ref())
        .await
    {
        Ok(decoded) => decoded,
        Err(problem) => return problem.into_response(),
    };
    let uri = decoded.context.uri().clone();
    let request = decoded.request;
    respond(operation, &uri, shared.api.add_mano_obra(decoded.context, request).await)
}
async fn handle_get_mano_obra<A: TrabajosApi>(
    ::axum::extract::State(shared): ::axum::extract::State<Arc<Shared<A>>>,
    request: ::axum::extract::Request,
) -> HttpResponse {
    let operation = &shared.operations[14usize];
    let decoded = match decode::<
        GetManoObraRequest,
        _,
    >(operation, request, shared.as_ref())
        .await
    {
        Ok(decoded) => decoded,
        Err(problem) => return problem.into_response(),
    };
    let uri = decoded.context.uri().clone();
    let request = decoded.request;
    respond(operation, &uri, shared.api.get_mano_obra(decoded.context, request).await)
}
async fn handle_delete_mano_obra<A: TrabajosApi>(
    ::axum::extract::State(shared): ::axum::extract::State<Arc<Shared<A>>>,
    request: ::axum::extract::Request,
) -> HttpResponse {
    let operation = &shared.operations[15usize];
    let decoded = match decode::<
        DeleteManoObraRequest,
        _,
    >(operation, request, shared.as_ref())
        .await
    {
        Ok(decoded) => decoded,
        Err(problem) => return problem.into_response(),
    };
    let uri = decoded.context.uri().clone();
    let request = decoded.request;
    respond(operation, &uri, shared.api.delete_mano_obra(decoded.context, request).await)
}
async fn handle_planificar_trabajo<A: TrabajosApi>(
    ::axum::extract::State(shared): ::axum::extract::State<Arc<Shared<A>>>,
    request: ::axum::extract::Request,
) -> HttpResponse {
    let operation = &shared.operations[16usize];
    let decoded = match decode::<
        PlanificarTrabajoRequest,
        _,
    >(operation, request, shared.as_ref())
        .await
    {
        Ok(decoded) => decoded,
        Err(problem) => return problem.into_response(),
    };
    let uri = decoded.context.uri().clone();
    let request = decoded.request;
    respond(
        operation,
        &uri,
        shared.api.planificar_trabajo(decoded.context, request).await,
    )
}
async fn handle_add_recambio_usado<A: TrabajosApi>(
    ::axum::extract::State(shared): ::axum::extract::State<Arc<Shared<A>>>,
    request: ::axum::extract::Request,
) -> HttpResponse {
    let operation = &shared.operations[17usize];
    let decoded = match decode::<
        AddRecambioUsadoRequest,
        _,
    >(operation, request, shared.as_ref())
        .await
    {
        Ok(decoded) => decoded,
        Err(problem) => return problem.into_response(),
    };
    let uri = decoded.context.uri().clone();
    let request = decoded.request;
    respond(
        operation,
        &uri,
        shared.api.add_recambio_usado(decoded.context, request).await,
    )
}
async fn handle_get_recambio_usado<A: TrabajosApi>(
    ::axum::extract::State(shared): ::axum::extract::State<Arc<Shared<A>>>,
    request: ::axum::extract::Request,
) -> HttpResponse {
    let operation = &shared.operations[18usize];
    let decoded = match decode::<
        GetRecambioUsadoRequest,
        _,
    >(operation, request, shared.as_ref())
        .await
    {
        Ok(decoded) => decoded,
        Err(problem) => return problem.into_response(),
    };
    let uri = decoded.context.uri().clone();
    let request = decoded.request;
    respond(
        operation,
        &uri,
        shared.api.get_recambio_usado(decoded.context, request).await,
    )
}
async fn handle_delete_recambio_usado<A: TrabajosApi>(
    ::axum::extract::State(shared): ::axum::extract::State<Arc<Shared<A>>>,
    request: ::axum::extract::Request,
) -> HttpResponse {
    let operation = &shared.operations[19usize];
    let decoded = match decode::<
        DeleteRecambioUsadoRequest,
        _,
    >(operation, request, shared.as_ref())
        .await
    {
        Ok(decoded) => decoded,
        Err(problem) => return problem.into_response(),
    };
    let uri = decoded.context.uri().clone();
    let request = decoded.request;
    respond(
        operation,
        &uri,
        shared.api.delete_recambio_usado(decoded.context, request).await,
    )
}
async fn handle_terminar_trabajo<A: TrabajosApi>(
    ::axum::extract::State(shared): ::axum::extract::State<Arc<Shared<A>>>,
    request: ::axum::extract::Request,
) -> HttpResponse {
    let operation = &shared.operations[20usize];
    let decoded = match decode::<
        TerminarTrabajoRequest,
        _,
    >(operation, request, shared.as_ref())
        .await
    {
        Ok(decoded) => decoded,
        Err(problem) => return problem.into_response(),
    };
    let uri = decoded.context.uri().clone();
    let request = decoded.request;
    respond(operation, &uri, shared.api.terminar_trabajo(decoded.context, request).await)
}
