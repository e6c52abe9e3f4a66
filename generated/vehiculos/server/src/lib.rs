// @generated from specs/vehiculos.yaml by `cargo run -p taller-codegen -- generate`.
// Do not edit: change the spec or codegen/, then regenerate.

//! axum server stub of the `vehiculos` service (taller — vehiculos): implement `VehiculosApi` and serve `router(api)`.
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
    ///`CreateReservaPath`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct CreateReservaPath {
        pub vin: ::vehiculos_types::Vin,
    }
    ///`DeleteReservaHeaders`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct DeleteReservaHeaders {
        /**The `ETag` of the vehicle (or reservation) as last read. Declared optional so that the server,
not the client library, answers its absence: 428 when missing, 412 when it does
not match the current `ETag`.
*/
        #[serde(
            rename = "If-Match",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub if_match: ::std::option::Option<::std::string::String>,
    }
    ///`DeleteReservaPath`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct DeleteReservaPath {
        pub vin: ::vehiculos_types::Vin,
    }
    ///`DeleteVehiculoHeaders`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct DeleteVehiculoHeaders {
        /**The `ETag` of the vehicle (or reservation) as last read. Declared optional so that the server,
not the client library, answers its absence: 428 when missing, 412 when it does
not match the current `ETag`.
*/
        #[serde(
            rename = "If-Match",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub if_match: ::std::option::Option<::std::string::String>,
    }
    ///`DeleteVehiculoPath`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct DeleteVehiculoPath {
        pub vin: ::vehiculos_types::Vin,
    }
    ///`GetReservaPath`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct GetReservaPath {
        pub vin: ::vehiculos_types::Vin,
    }
    ///`GetVehiculoPath`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct GetVehiculoPath {
        pub vin: ::vehiculos_types::Vin,
    }
    ///`ListVehiculosQuery`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ListVehiculosQuery {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub estado: ::std::option::Option<::vehiculos_types::EstadoVehiculo>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id_cliente: ::std::option::Option<::vehiculos_types::Dni>,
        ///The vehicle reserved for this job.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id_trabajo: ::std::option::Option<::uuid::Uuid>,
        ///Make (case-insensitive, exact).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub marca: ::std::option::Option<ListVehiculosQueryMarca>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub matricula: ::std::option::Option<::vehiculos_types::Matricula>,
        ///Field to sort by.
        #[serde(default = "defaults::list_vehiculos_query_order")]
        pub order: ListVehiculosQueryOrder,
        ///Sort direction.
        #[serde(default = "defaults::list_vehiculos_query_ordering")]
        pub ordering: ListVehiculosQueryOrdering,
        ///Page number, from 1.
        #[serde(default = "defaults::default_nzu64::<::std::num::NonZeroU64, 1>")]
        pub page: ::std::num::NonZeroU64,
        ///Items per page.
        #[serde(default = "defaults::default_nzu64::<::std::num::NonZeroU64, 20>")]
        pub page_size: ::std::num::NonZeroU64,
    }
    impl ::std::default::Default for ListVehiculosQuery {
        fn default() -> Self {
            Self {
                estado: Default::default(),
                id_cliente: Default::default(),
                id_trabajo: Default::default(),
                marca: Default::default(),
                matricula: Default::default(),
                order: defaults::list_vehiculos_query_order(),
                ordering: defaults::list_vehiculos_query_ordering(),
                page: defaults::default_nzu64::<::std::num::NonZeroU64, 1>(),
                page_size: defaults::default_nzu64::<::std::num::NonZeroU64, 20>(),
            }
        }
    }
    ///Make (case-insensitive, exact).
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ListVehiculosQueryMarca(::std::string::String);
    impl ::std::ops::Deref for ListVehiculosQueryMarca {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ListVehiculosQueryMarca> for ::std::string::String {
        fn from(value: ListVehiculosQueryMarca) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ListVehiculosQueryMarca {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 50usize {
                return Err("longer than 50 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for ListVehiculosQueryMarca {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListVehiculosQueryMarca {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ListVehiculosQueryMarca {
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
    pub enum ListVehiculosQueryOrder {
        #[serde(rename = "vin")]
        Vin,
        #[serde(rename = "matricula")]
        Matricula,
        #[serde(rename = "marca")]
        Marca,
        #[serde(rename = "estado")]
        Estado,
    }
    impl ::std::fmt::Display for ListVehiculosQueryOrder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Vin => f.write_str("vin"),
                Self::Matricula => f.write_str("matricula"),
                Self::Marca => f.write_str("marca"),
                Self::Estado => f.write_str("estado"),
            }
        }
    }
    impl ::std::str::FromStr for ListVehiculosQueryOrder {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "vin" => Ok(Self::Vin),
                "matricula" => Ok(Self::Matricula),
                "marca" => Ok(Self::Marca),
                "estado" => Ok(Self::Estado),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ListVehiculosQueryOrder {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListVehiculosQueryOrder {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::default::Default for ListVehiculosQueryOrder {
        fn default() -> Self {
            ListVehiculosQueryOrder::Vin
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
    pub enum ListVehiculosQueryOrdering {
        #[serde(rename = "ASC")]
        Asc,
        #[serde(rename = "DESC")]
        Desc,
    }
    impl ::std::fmt::Display for ListVehiculosQueryOrdering {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Asc => f.write_str("ASC"),
                Self::Desc => f.write_str("DESC"),
            }
        }
    }
    impl ::std::str::FromStr for ListVehiculosQueryOrdering {
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
    impl ::std::convert::TryFrom<&str> for ListVehiculosQueryOrdering {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListVehiculosQueryOrdering {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::default::Default for ListVehiculosQueryOrdering {
        fn default() -> Self {
            ListVehiculosQueryOrdering::Asc
        }
    }
    ///`UpdateVehiculoHeaders`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct UpdateVehiculoHeaders {
        /**The `ETag` of the vehicle (or reservation) as last read. Declared optional so that the server,
not the client library, answers its absence: 428 when missing, 412 when it does
not match the current `ETag`.
*/
        #[serde(
            rename = "If-Match",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub if_match: ::std::option::Option<::std::string::String>,
    }
    ///`UpdateVehiculoPath`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct UpdateVehiculoPath {
        pub vin: ::vehiculos_types::Vin,
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
        pub(super) fn list_vehiculos_query_order() -> super::ListVehiculosQueryOrder {
            super::ListVehiculosQueryOrder::Vin
        }
        pub(super) fn list_vehiculos_query_ordering() -> super::ListVehiculosQueryOrdering {
            super::ListVehiculosQueryOrdering::Asc
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
/// The request of `list_vehiculos` (GET /vehiculos), validated against the contract.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize)]
pub struct ListVehiculosRequest {
    /// The query parameters.
    pub query: types::ListVehiculosQuery,
}
/// Every response `list_vehiculos` declares, one variant per status.
#[must_use]
#[derive(Debug, Clone, PartialEq)]
pub enum ListVehiculosResponse {
    /// A page of vehicles.
    Ok200(::vehiculos_types::VehiculoPagina),
    /// Malformed request (unparseable JSON, or a bad path, query or header value).
    BadRequest400(::vehiculos_types::Problem),
    /// No valid credentials (missing, expired, badly signed, wrong issuer or audience); `WWW-Authenticate` says which scheme is expected.
    Unauthorized401 {
        /// The response body.
        body: ::vehiculos_types::Problem,
        /// The `WWW-Authenticate` header. The challenge, e.g. `Bearer realm="taller", error="invalid_token"`.
        www_authenticate: ::std::option::Option<String>,
    },
    /// Valid credentials that lack a scope the operation needs.
    Forbidden403(::vehiculos_types::Problem),
    /// Unexpected server error.
    InternalServerError500(::vehiculos_types::Problem),
    /// A dependency (the database) is down; retry later.
    ServiceUnavailable503(::vehiculos_types::Problem),
}
impl IntoResponse for ListVehiculosResponse {
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
/// The request of `create_vehiculo` (POST /vehiculos), validated against the contract.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize)]
pub struct CreateVehiculoRequest {
    /// The request body.
    pub body: ::vehiculos_types::VehiculoNuevo,
}
/// Every response `create_vehiculo` declares, one variant per status.
#[must_use]
#[derive(Debug, Clone, PartialEq)]
pub enum CreateVehiculoResponse {
    /// The vehicle was registered.
    Created201 {
        /// The response body.
        body: ::vehiculos_types::Vehiculo,
        /// The `ETag` header. Version of the resource, to send back in `If-Match`.
        etag: ::std::option::Option<String>,
        /// The `Location` header. Path of the created resource.
        location: ::std::option::Option<String>,
    },
    /// Malformed request (unparseable JSON, or a bad path, query or header value).
    BadRequest400(::vehiculos_types::Problem),
    /// No valid credentials (missing, expired, badly signed, wrong issuer or audience); `WWW-Authenticate` says which scheme is expected.
    Unauthorized401 {
        /// The response body.
        body: ::vehiculos_types::Problem,
        /// The `WWW-Authenticate` header. The challenge, e.g. `Bearer realm="taller", error="invalid_token"`.
        www_authenticate: ::std::option::Option<String>,
    },
    /// Valid credentials that lack a scope the operation needs.
    Forbidden403(::vehiculos_types::Problem),
    /// Another vehicle already has this VIN or plate.
    Conflict409(::vehiculos_types::Problem),
    /// The body is not `application/json`.
    UnsupportedMediaType415(::vehiculos_types::Problem),
    /// The body is JSON but breaks the schema.
    UnprocessableEntity422(::vehiculos_types::Problem),
    /// Unexpected server error.
    InternalServerError500(::vehiculos_types::Problem),
    /// A dependency (the database) is down; retry later.
    ServiceUnavailable503(::vehiculos_types::Problem),
}
impl IntoResponse for CreateVehiculoResponse {
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
/// The request of `get_vehiculo` (GET /vehiculos/{vin}), validated against the contract.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize)]
pub struct GetVehiculoRequest {
    /// The path parameters.
    pub path: types::GetVehiculoPath,
}
/// Every response `get_vehiculo` declares, one variant per status.
#[must_use]
#[derive(Debug, Clone, PartialEq)]
pub enum GetVehiculoResponse {
    /// The vehicle.
    Ok200 {
        /// The response body.
        body: ::vehiculos_types::Vehiculo,
        /// The `ETag` header. Version of the resource, to send back in `If-Match`.
        etag: ::std::option::Option<String>,
    },
    /// Malformed request (unparseable JSON, or a bad path, query or header value).
    BadRequest400(::vehiculos_types::Problem),
    /// No valid credentials (missing, expired, badly signed, wrong issuer or audience); `WWW-Authenticate` says which scheme is expected.
    Unauthorized401 {
        /// The response body.
        body: ::vehiculos_types::Problem,
        /// The `WWW-Authenticate` header. The challenge, e.g. `Bearer realm="taller", error="invalid_token"`.
        www_authenticate: ::std::option::Option<String>,
    },
    /// Valid credentials that lack a scope the operation needs.
    Forbidden403(::vehiculos_types::Problem),
    /// No vehicle has this VIN (or, for a reservation, it is not reserved).
    NotFound404(::vehiculos_types::Problem),
    /// Unexpected server error.
    InternalServerError500(::vehiculos_types::Problem),
    /// A dependency (the database) is down; retry later.
    ServiceUnavailable503(::vehiculos_types::Problem),
}
impl IntoResponse for GetVehiculoResponse {
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
/// The request of `update_vehiculo` (PUT /vehiculos/{vin}), validated against the contract.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize)]
pub struct UpdateVehiculoRequest {
    /// The path parameters.
    pub path: types::UpdateVehiculoPath,
    /// The header parameters.
    pub headers: types::UpdateVehiculoHeaders,
    /// The request body.
    pub body: ::vehiculos_types::VehiculoActualizacion,
}
/// Every response `update_vehiculo` declares, one variant per status.
#[must_use]
#[derive(Debug, Clone, PartialEq)]
pub enum UpdateVehiculoResponse {
    /// The vehicle as stored now.
    Ok200 {
        /// The response body.
        body: ::vehiculos_types::Vehiculo,
        /// The `ETag` header. Version of the resource, to send back in `If-Match`.
        etag: ::std::option::Option<String>,
    },
    /// Malformed request (unparseable JSON, or a bad path, query or header value).
    BadRequest400(::vehiculos_types::Problem),
    /// No valid credentials (missing, expired, badly signed, wrong issuer or audience); `WWW-Authenticate` says which scheme is expected.
    Unauthorized401 {
        /// The response body.
        body: ::vehiculos_types::Problem,
        /// The `WWW-Authenticate` header. The challenge, e.g. `Bearer realm="taller", error="invalid_token"`.
        www_authenticate: ::std::option::Option<String>,
    },
    /// Valid credentials that lack a scope the operation needs.
    Forbidden403(::vehiculos_types::Problem),
    /// No vehicle has this VIN (or, for a reservation, it is not reserved).
    NotFound404(::vehiculos_types::Problem),
    /// Another vehicle already has this VIN or plate.
    Conflict409(::vehiculos_types::Problem),
    /// `If-Match` does not match the current `ETag`: the vehicle changed since it was read.
    PreconditionFailed412(::vehiculos_types::Problem),
    /// The body is not `application/json`.
    UnsupportedMediaType415(::vehiculos_types::Problem),
    /// The body is JSON but breaks the schema.
    UnprocessableEntity422(::vehiculos_types::Problem),
    /// `If-Match` is missing.
    PreconditionRequired428(::vehiculos_types::Problem),
    /// Unexpected server error.
    InternalServerError500(::vehiculos_types::Problem),
    /// A dependency (the database) is down; retry later.
    ServiceUnavailable503(::vehiculos_types::Problem),
}
impl IntoResponse for UpdateVehiculoResponse {
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
/// The request of `delete_vehiculo` (DELETE /vehiculos/{vin}), validated against the contract.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize)]
pub struct DeleteVehiculoRequest {
    /// The path parameters.
    pub path: types::DeleteVehiculoPath,
    /// The header parameters.
    pub headers: types::DeleteVehiculoHeaders,
}
/// Every response `delete_vehiculo` declares, one variant per status.
#[must_use]
#[derive(Debug, Clone, PartialEq)]
pub enum DeleteVehiculoResponse {
    /// The vehicle was deleted.
    NoContent204,
    /// Malformed request (unparseable JSON, or a bad path, query or header value).
    BadRequest400(::vehiculos_types::Problem),
    /// No valid credentials (missing, expired, badly signed, wrong issuer or audience); `WWW-Authenticate` says which scheme is expected.
    Unauthorized401 {
        /// The response body.
        body: ::vehiculos_types::Problem,
        /// The `WWW-Authenticate` header. The challenge, e.g. `Bearer realm="taller", error="invalid_token"`.
        www_authenticate: ::std::option::Option<String>,
    },
    /// Valid credentials that lack a scope the operation needs.
    Forbidden403(::vehiculos_types::Problem),
    /// No vehicle has this VIN (or, for a reservation, it is not reserved).
    NotFound404(::vehiculos_types::Problem),
    /// The vehicle is already reserved for a job.
    Conflict409(::vehiculos_types::Problem),
    /// `If-Match` does not match the current `ETag`: the vehicle changed since it was read.
    PreconditionFailed412(::vehiculos_types::Problem),
    /// `If-Match` is missing.
    PreconditionRequired428(::vehiculos_types::Problem),
    /// Unexpected server error.
    InternalServerError500(::vehiculos_types::Problem),
    /// A dependency (the database) is down; retry later.
    ServiceUnavailable503(::vehiculos_types::Problem),
}
impl IntoResponse for DeleteVehiculoResponse {
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
/// The request of `get_reserva` (GET /vehiculos/{vin}/reserva), validated against the contract.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize)]
pub struct GetReservaRequest {
    /// The path parameters.
    pub path: types::GetReservaPath,
}
/// Every response `get_reserva` declares, one variant per status.
#[must_use]
#[derive(Debug, Clone, PartialEq)]
pub enum GetReservaResponse {
    /// The reservation.
    Ok200 {
        /// The response body.
        body: ::vehiculos_types::Reserva,
        /// The `ETag` header. Version of the resource, to send back in `If-Match`.
        etag: ::std::option::Option<String>,
    },
    /// Malformed request (unparseable JSON, or a bad path, query or header value).
    BadRequest400(::vehiculos_types::Problem),
    /// No valid credentials (missing, expired, badly signed, wrong issuer or audience); `WWW-Authenticate` says which scheme is expected.
    Unauthorized401 {
        /// The response body.
        body: ::vehiculos_types::Problem,
        /// The `WWW-Authenticate` header. The challenge, e.g. `Bearer realm="taller", error="invalid_token"`.
        www_authenticate: ::std::option::Option<String>,
    },
    /// Valid credentials that lack a scope the operation needs.
    Forbidden403(::vehiculos_types::Problem),
    /// No vehicle has this VIN (or, for a reservation, it is not reserved).
    NotFound404(::vehiculos_types::Problem),
    /// Unexpected server error.
    InternalServerError500(::vehiculos_types::Problem),
    /// A dependency (the database) is down; retry later.
    ServiceUnavailable503(::vehiculos_types::Problem),
}
impl IntoResponse for GetReservaResponse {
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
/// The request of `create_reserva` (POST /vehiculos/{vin}/reserva), validated against the contract.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize)]
pub struct CreateReservaRequest {
    /// The path parameters.
    pub path: types::CreateReservaPath,
    /// The request body.
    pub body: ::vehiculos_types::ReservaNueva,
}
/// Every response `create_reserva` declares, one variant per status.
#[must_use]
#[derive(Debug, Clone, PartialEq)]
pub enum CreateReservaResponse {
    /// The vehicle is reserved for the job.
    Created201 {
        /// The response body.
        body: ::vehiculos_types::Reserva,
        /// The `Location` header. Path of the created resource.
        location: ::std::option::Option<String>,
    },
    /// Malformed request (unparseable JSON, or a bad path, query or header value).
    BadRequest400(::vehiculos_types::Problem),
    /// No valid credentials (missing, expired, badly signed, wrong issuer or audience); `WWW-Authenticate` says which scheme is expected.
    Unauthorized401 {
        /// The response body.
        body: ::vehiculos_types::Problem,
        /// The `WWW-Authenticate` header. The challenge, e.g. `Bearer realm="taller", error="invalid_token"`.
        www_authenticate: ::std::option::Option<String>,
    },
    /// Valid credentials that lack a scope the operation needs.
    Forbidden403(::vehiculos_types::Problem),
    /// No vehicle has this VIN (or, for a reservation, it is not reserved).
    NotFound404(::vehiculos_types::Problem),
    /// The vehicle is already reserved for a job.
    Conflict409(::vehiculos_types::Problem),
    /// The body is not `application/json`.
    UnsupportedMediaType415(::vehiculos_types::Problem),
    /// The body is JSON but breaks the schema.
    UnprocessableEntity422(::vehiculos_types::Problem),
    /// Unexpected server error.
    InternalServerError500(::vehiculos_types::Problem),
    /// A dependency (the database) is down; retry later.
    ServiceUnavailable503(::vehiculos_types::Problem),
}
impl IntoResponse for CreateReservaResponse {
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
/// The request of `delete_reserva` (DELETE /vehiculos/{vin}/reserva), validated against the contract.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize)]
pub struct DeleteReservaRequest {
    /// The path parameters.
    pub path: types::DeleteReservaPath,
    /// The header parameters.
    pub headers: types::DeleteReservaHeaders,
}
/// Every response `delete_reserva` declares, one variant per status.
#[must_use]
#[derive(Debug, Clone, PartialEq)]
pub enum DeleteReservaResponse {
    /// The reservation was released.
    NoContent204,
    /// Malformed request (unparseable JSON, or a bad path, query or header value).
    BadRequest400(::vehiculos_types::Problem),
    /// No valid credentials (missing, expired, badly signed, wrong issuer or audience); `WWW-Authenticate` says which scheme is expected.
    Unauthorized401 {
        /// The response body.
        body: ::vehiculos_types::Problem,
        /// The `WWW-Authenticate` header. The challenge, e.g. `Bearer realm="taller", error="invalid_token"`.
        www_authenticate: ::std::option::Option<String>,
    },
    /// Valid credentials that lack a scope the operation needs.
    Forbidden403(::vehiculos_types::Problem),
    /// No vehicle has this VIN (or, for a reservation, it is not reserved).
    NotFound404(::vehiculos_types::Problem),
    /// `If-Match` does not match the current `ETag`: the vehicle changed since it was read.
    PreconditionFailed412(::vehiculos_types::Problem),
    /// `If-Match` is missing.
    PreconditionRequired428(::vehiculos_types::Problem),
    /// Unexpected server error.
    InternalServerError500(::vehiculos_types::Problem),
    /// A dependency (the database) is down; retry later.
    ServiceUnavailable503(::vehiculos_types::Problem),
}
impl IntoResponse for DeleteReservaResponse {
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
/// The `vehiculos` service as a trait: implement it and hand it to [`router`].
///
/// Each method receives the request's context and its typed request, already validated
/// against the contract, and returns one of the operation's declared responses or an
/// error: `?` works on [`Self::Error`], answered as the problem it names when the
/// operation declares its status, otherwise as the 500 every operation declares.
pub trait VehiculosApi: Send + Sync + 'static {
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
    /// List vehicles
    ///
    /// A page of vehicles matching every given filter. An empty result is 200 with `items: []`.
    fn list_vehiculos(
        &self,
        context: RequestContext<Self::Principal>,
        request: ListVehiculosRequest,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<ListVehiculosResponse, Self::Error>,
    > + Send;
    /// Register a vehicle
    ///
    /// Registers a vehicle. A VIN or plate already registered is a 409. `estado` defaults
    /// to `RECEPCIONADO`.
    fn create_vehiculo(
        &self,
        context: RequestContext<Self::Principal>,
        request: CreateVehiculoRequest,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<CreateVehiculoResponse, Self::Error>,
    > + Send;
    /// Get a vehicle
    ///
    /// The vehicle with this VIN, with its `ETag` for a later PUT or DELETE.
    fn get_vehiculo(
        &self,
        context: RequestContext<Self::Principal>,
        request: GetVehiculoRequest,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<GetVehiculoResponse, Self::Error>,
    > + Send;
    /// Replace a vehicle's data
    ///
    /// Replaces owner, plate, make, model and state (the VIN never changes; the job is set
    /// through the reservation). Send the `ETag` from the last GET in `If-Match`: 428
    /// without it, 412 when it changed since. A plate held by another vehicle is a 409.
    fn update_vehiculo(
        &self,
        context: RequestContext<Self::Principal>,
        request: UpdateVehiculoRequest,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<UpdateVehiculoResponse, Self::Error>,
    > + Send;
    /// Delete a vehicle
    ///
    /// Deletes the vehicle. A vehicle reserved for a job cannot be deleted (409): release
    /// the reservation first. `If-Match` as for PUT (428 without it, 412 when stale).
    fn delete_vehiculo(
        &self,
        context: RequestContext<Self::Principal>,
        request: DeleteVehiculoRequest,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<DeleteVehiculoResponse, Self::Error>,
    > + Send;
    /// Get a vehicle's reservation
    ///
    /// The job the vehicle is reserved for; 404 when the vehicle does not exist or is not reserved.
    fn get_reserva(
        &self,
        context: RequestContext<Self::Principal>,
        request: GetReservaRequest,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<GetReservaResponse, Self::Error>,
    > + Send;
    /// Reserve a vehicle for a job
    ///
    /// Ties the vehicle to a job (its `id_trabajo` becomes the job's id) and moves it to
    /// `estado` (default `EN_REPARACION`). A vehicle already reserved for a job is a 409.
    fn create_reserva(
        &self,
        context: RequestContext<Self::Principal>,
        request: CreateReservaRequest,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<CreateReservaResponse, Self::Error>,
    > + Send;
    /// Release a vehicle from its job
    ///
    /// Ends the reservation: the vehicle no longer has an `id_trabajo` (its `estado` is
    /// left as is). 404 when the vehicle does not exist or is not reserved. Send the
    /// reservation's `ETag` in `If-Match` (428 without it, 412 when stale).
    fn delete_reserva(
        &self,
        context: RequestContext<Self::Principal>,
        request: DeleteReservaRequest,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<DeleteReservaResponse, Self::Error>,
    > + Send;
}
pub use ::taller_runtime::security::{Credential, Principal, Unauthorized};
/// The security schemes of the contract (`components.securitySchemes`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SecurityScheme {
    /** `bearerAuth`: OAuth2 (a bearer token with scopes). A JWT access token of the workshop's identity provider, sent as
`Authorization: Bearer <token>`: HS256 for the local run, RS256 with the provider's
keys in production; `iss`, `aud` and `exp` are checked. Its `scope` claim
(space-separated) grants `vehiculos:read` for reads, `vehiculos:write` for changes and
`vehiculos:admin` for destructive operations. `scripts/run` prints a development token
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
impl<A: VehiculosApi> ::taller_runtime::security::Authenticate for Shared<A> {
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
    operations: [Arc<Operation>; 8usize],
}
/// Every route of the contract, served by `api`. Unknown paths answer a problem+json 404,
/// known paths with an undeclared method a problem+json 405.
pub fn router<A: VehiculosApi>(api: A) -> ::axum::Router {
    let contract = Contract::from_json(CONTRACT_JSON)
        .expect("the embedded contract is the one codegen checked");
    let operations = [
        contract
            .operation("list_vehiculos")
            .expect("every operation of the contract is known"),
        contract
            .operation("create_vehiculo")
            .expect("every operation of the contract is known"),
        contract
            .operation("get_vehiculo")
            .expect("every operation of the contract is known"),
        contract
            .operation("update_vehiculo")
            .expect("every operation of the contract is known"),
        contract
            .operation("delete_vehiculo")
            .expect("every operation of the contract is known"),
        contract
            .operation("get_reserva")
            .expect("every operation of the contract is known"),
        contract
            .operation("create_reserva")
            .expect("every operation of the contract is known"),
        contract
            .operation("delete_reserva")
            .expect("every operation of the contract is known"),
    ];
    let shared = Arc::new(Shared { api, operations });
    let routes = ::axum::Router::new();
    let routes = routes
        .route(
            "/vehiculos",
            ::axum::routing::MethodRouter::new()
                .get(handle_list_vehiculos::<A>)
                .post(handle_create_vehiculo::<A>)
                .fallback(|| async {
                    Problem::method_not_allowed(
                        &[::axum::http::Method::GET, ::axum::http::Method::POST],
                    )
                }),
        );
    let routes = routes
        .route(
            "/vehiculos/{vin}",
            ::axum::routing::MethodRouter::new()
                .get(handle_get_vehiculo::<A>)
                .put(handle_update_vehiculo::<A>)
                .delete(handle_delete_vehiculo::<A>)
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
            "/vehiculos/{vin}/reserva",
            ::axum::routing::MethodRouter::new()
                .get(handle_get_reserva::<A>)
                .post(handle_create_reserva::<A>)
                .delete(handle_delete_reserva::<A>)
                .fallback(|| async {
                    Problem::method_not_allowed(
                        &[
                            ::axum::http::Method::GET,
                            ::axum::http::Method::POST,
                            ::axum::http::Method::DELETE,
                        ],
                    )
                }),
        );
    routes
        .fallback(|uri: ::axum::http::Uri| async move { Problem::not_found(uri.path()) })
        .with_state(shared)
}
async fn handle_list_vehiculos<A: VehiculosApi>(
    ::axum::extract::State(shared): ::axum::extract::State<Arc<Shared<A>>>,
    request: ::axum::extract::Request,
) -> HttpResponse {
    let operation = &shared.operations[0usize];
    let decoded = match decode::<
        ListVehiculosRequest,
        _,
    >(operation, request, shared.as_ref())
        .await
    {
        Ok(decoded) => decoded,
        Err(problem) => return problem.into_response(),
    };
    let uri = decoded.context.uri().clone();
    let request = decoded.request;
    respond(operation, &uri, shared.api.list_vehiculos(decoded.context, request).await)
}
async fn handle_create_vehiculo<A: VehiculosApi>(
    ::axum::extract::State(shared): ::axum::extract::State<Arc<Shared<A>>>,
    request: ::axum::extract::Request,
) -> HttpResponse {
    let operation = &shared.operations[1usize];
    let decoded = match decode::<
        CreateVehiculoRequest,
        _,
    >(operation, request, shared.as_ref())
        .await
    {
        Ok(decoded) => decoded,
        Err(problem) => return problem.into_response(),
    };
    let uri = decoded.context.uri().clone();
    let request = decoded.request;
    respond(operation, &uri, shared.api.create_vehiculo(decoded.context, request).await)
}
async fn handle_get_vehiculo<A: VehiculosApi>(
    ::axum::extract::State(shared): ::axum::extract::State<Arc<Shared<A>>>,
    request: ::axum::extract::Request,
) -> HttpResponse {
    let operation = &shared.operations[2usize];
    let decoded = match decode::<
        GetVehiculoRequest,
        _,
    >(operation, request, shared.as_ref())
        .await
    {
        Ok(decoded) => decoded,
        Err(problem) => return problem.into_response(),
    };
    let uri = decoded.context.uri().clone();
    let request = decoded.request;
    respond(operation, &uri, shared.api.get_vehiculo(decoded.context, request).await)
}
async fn handle_update_vehiculo<A: VehiculosApi>(
    ::axum::extract::State(shared): ::axum::extract::State<Arc<Shared<A>>>,
    request: ::axum::extract::Request,
) -> HttpResponse {
    let operation = &shared.operations[3usize];
    let decoded = match decode::<
        UpdateVehiculoRequest,
        _,
    >(operation, request, shared.as_ref())
        .await
    {
        Ok(decoded) => decoded,
        Err(problem) => return problem.into_response(),
    };
    let uri = decoded.context.uri().clone();
    let request = decoded.request;
    respond(operation, &uri, shared.api.update_vehiculo(decoded.context, request).await)
}
async fn handle_delete_vehiculo<A: VehiculosApi>(
    ::axum::extract::State(shared): ::axum::extract::State<Arc<Shared<A>>>,
    request: ::axum::extract::Request,
) -> HttpResponse {
    let operation = &shared.operations[4usize];
    let decoded = match decode::<
        DeleteVehiculoRequest,
        _,
    >(operation, request, shared.as_ref())
        .await
    {
        Ok(decoded) => decoded,
        Err(problem) => return problem.into_response(),
    };
    let uri = decoded.context.uri().clone();
    let request = decoded.request;
    respond(operation, &uri, shared.api.delete_vehiculo(decoded.context, request).await)
}
async fn handle_get_reserva<A: VehiculosApi>(
    ::axum::extract::State(shared): ::axum::extract::State<Arc<Shared<A>>>,
    request: ::axum::extract::Request,
) -> HttpResponse {
    let operation = &shared.operations[5usize];
    let decoded = match decode::<
        GetReservaRequest,
        _,
    >(operation, request, shared.as_ref())
        .await
    {
        Ok(decoded) => decoded,
        Err(problem) => return problem.into_response(),
    };
    let uri = decoded.context.uri().clone();
    let request = decoded.request;
    respond(operation, &uri, shared.api.get_reserva(decoded.context, request).await)
}
async fn handle_create_reserva<A: VehiculosApi>(
    ::axum::extract::State(shared): ::axum::extract::State<Arc<Shared<A>>>,
    request: ::axum::extract::Request,
) -> HttpResponse {
    let operation = &shared.operations[6usize];
    let decoded = match decode::<
        CreateReservaRequest,
        _,
    >(operation, request, shared.as_ref())
        .await
    {
        Ok(decoded) => decoded,
        Err(problem) => return problem.into_response(),
    };
    let uri = decoded.context.uri().clone();
    let request = decoded.request;
    respond(operation, &uri, shared.api.create_reserva(decoded.context, request).await)
}
async fn handle_delete_reserva<A: VehiculosApi>(
    ::axum::extract::State(shared): ::axum::extract::State<Arc<Shared<A>>>,
    request: ::axum::extract::Request,
) -> HttpResponse {
    let operation = &shared.operations[7usize];
    let decoded = match decode::<
        DeleteReservaRequest,
        _,
    >(operation, request, shared.as_ref())
        .await
    {
        Ok(decoded) => decoded,
        Err(problem) => return problem.into_response(),
    };
    let uri = decoded.context.uri().clone();
    let request = decoded.request;
    respond(operation, &uri, shared.api.delete_reserva(decoded.context, request).await)
}
