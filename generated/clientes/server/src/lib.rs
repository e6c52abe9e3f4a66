// @generated from specs/clientes.yaml by `cargo run -p taller-codegen -- generate`.
// Do not edit: change the spec or codegen/, then regenerate.

//! axum server stub of the `clientes` service (taller — clientes): implement `ClientesApi` and serve `router(api)`.
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
    ///`DeleteClienteHeaders`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct DeleteClienteHeaders {
        /**The `ETag` of the customer as last read. Declared optional so that the server,
not the client library, answers its absence: 428 when missing, 412 when it does
not match the current `ETag`.
*/
        #[serde(
            rename = "If-Match",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub if_match: ::std::option::Option<::std::string::String>,
    }
    ///`DeleteClientePath`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct DeleteClientePath {
        ///The customer's id, assigned by the server.
        pub cliente_id: ::uuid::Uuid,
    }
    ///`GetClientePath`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct GetClientePath {
        ///The customer's id, assigned by the server.
        pub cliente_id: ::uuid::Uuid,
    }
    ///`ListClientesQuery`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ListClientesQuery {
        ///Substring of the surnames (case-insensitive).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub apellidos: ::std::option::Option<ListClientesQueryApellidos>,
        ///Substring of the address (case-insensitive).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub direccion: ::std::option::Option<ListClientesQueryDireccion>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub dni: ::std::option::Option<::clientes_types::Dni>,
        ///Exact e-mail address.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub mail: ::std::option::Option<::std::string::String>,
        ///Substring of the first name (case-insensitive).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub nombre: ::std::option::Option<ListClientesQueryNombre>,
        ///Field to sort by.
        #[serde(default = "defaults::list_clientes_query_order")]
        pub order: ListClientesQueryOrder,
        ///Sort direction.
        #[serde(default = "defaults::list_clientes_query_ordering")]
        pub ordering: ListClientesQueryOrdering,
        ///Page number, from 1.
        #[serde(default = "defaults::default_nzu64::<::std::num::NonZeroU64, 1>")]
        pub page: ::std::num::NonZeroU64,
        ///Items per page.
        #[serde(default = "defaults::default_nzu64::<::std::num::NonZeroU64, 20>")]
        pub page_size: ::std::num::NonZeroU64,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub telefono: ::std::option::Option<::clientes_types::Telefono>,
    }
    impl ::std::default::Default for ListClientesQuery {
        fn default() -> Self {
            Self {
                apellidos: Default::default(),
                direccion: Default::default(),
                dni: Default::default(),
                mail: Default::default(),
                nombre: Default::default(),
                order: defaults::list_clientes_query_order(),
                ordering: defaults::list_clientes_query_ordering(),
                page: defaults::default_nzu64::<::std::num::NonZeroU64, 1>(),
                page_size: defaults::default_nzu64::<::std::num::NonZeroU64, 20>(),
                telefono: Default::default(),
            }
        }
    }
    ///Substring of the surnames (case-insensitive).
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ListClientesQueryApellidos(::std::string::String);
    impl ::std::ops::Deref for ListClientesQueryApellidos {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ListClientesQueryApellidos> for ::std::string::String {
        fn from(value: ListClientesQueryApellidos) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ListClientesQueryApellidos {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 150usize {
                return Err("longer than 150 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for ListClientesQueryApellidos {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListClientesQueryApellidos {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ListClientesQueryApellidos {
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
    ///Substring of the address (case-insensitive).
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ListClientesQueryDireccion(::std::string::String);
    impl ::std::ops::Deref for ListClientesQueryDireccion {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ListClientesQueryDireccion> for ::std::string::String {
        fn from(value: ListClientesQueryDireccion) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ListClientesQueryDireccion {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 200usize {
                return Err("longer than 200 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for ListClientesQueryDireccion {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListClientesQueryDireccion {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ListClientesQueryDireccion {
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
    ///Substring of the first name (case-insensitive).
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ListClientesQueryNombre(::std::string::String);
    impl ::std::ops::Deref for ListClientesQueryNombre {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ListClientesQueryNombre> for ::std::string::String {
        fn from(value: ListClientesQueryNombre) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ListClientesQueryNombre {
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
    impl ::std::convert::TryFrom<&str> for ListClientesQueryNombre {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListClientesQueryNombre {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ListClientesQueryNombre {
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
    pub enum ListClientesQueryOrder {
        #[serde(rename = "id")]
        Id,
        #[serde(rename = "dni")]
        Dni,
        #[serde(rename = "nombre")]
        Nombre,
        #[serde(rename = "apellidos")]
        Apellidos,
    }
    impl ::std::fmt::Display for ListClientesQueryOrder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Id => f.write_str("id"),
                Self::Dni => f.write_str("dni"),
                Self::Nombre => f.write_str("nombre"),
                Self::Apellidos => f.write_str("apellidos"),
            }
        }
    }
    impl ::std::str::FromStr for ListClientesQueryOrder {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "id" => Ok(Self::Id),
                "dni" => Ok(Self::Dni),
                "nombre" => Ok(Self::Nombre),
                "apellidos" => Ok(Self::Apellidos),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ListClientesQueryOrder {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListClientesQueryOrder {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::default::Default for ListClientesQueryOrder {
        fn default() -> Self {
            ListClientesQueryOrder::Id
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
    pub enum ListClientesQueryOrdering {
        #[serde(rename = "ASC")]
        Asc,
        #[serde(rename = "DESC")]
        Desc,
    }
    impl ::std::fmt::Display for ListClientesQueryOrdering {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Asc => f.write_str("ASC"),
                Self::Desc => f.write_str("DESC"),
            }
        }
    }
    impl ::std::str::FromStr for ListClientesQueryOrdering {
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
    impl ::std::convert::TryFrom<&str> for ListClientesQueryOrdering {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListClientesQueryOrdering {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::default::Default for ListClientesQueryOrdering {
        fn default() -> Self {
            ListClientesQueryOrdering::Asc
        }
    }
    ///`UpdateClienteHeaders`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct UpdateClienteHeaders {
        /**The `ETag` of the customer as last read. Declared optional so that the server,
not the client library, answers its absence: 428 when missing, 412 when it does
not match the current `ETag`.
*/
        #[serde(
            rename = "If-Match",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub if_match: ::std::option::Option<::std::string::String>,
    }
    ///`UpdateClientePath`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct UpdateClientePath {
        ///The customer's id, assigned by the server.
        pub cliente_id: ::uuid::Uuid,
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
        pub(super) fn list_clientes_query_order() -> super::ListClientesQueryOrder {
            super::ListClientesQueryOrder::Id
        }
        pub(super) fn list_clientes_query_ordering() -> super::ListClientesQueryOrdering {
            super::ListClientesQueryOrdering::Asc
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
/// The request of `list_clientes` (GET /clientes), validated against the contract.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize)]
pub struct ListClientesRequest {
    /// The query parameters.
    pub query: types::ListClientesQuery,
}
/// Every response `list_clientes` declares, one variant per status.
#[must_use]
#[derive(Debug, Clone, PartialEq)]
pub enum ListClientesResponse {
    /// A page of customers.
    Ok200(::clientes_types::ClientePagina),
    /// Malformed request (unparseable JSON, or a bad path, query or header value).
    BadRequest400(::clientes_types::Problem),
    /// No valid credentials (missing, expired, badly signed, wrong issuer or audience); `WWW-Authenticate` says which scheme is expected.
    Unauthorized401 {
        /// The response body.
        body: ::clientes_types::Problem,
        /// The `WWW-Authenticate` header. The challenge, e.g. `Bearer realm="taller", error="invalid_token"`.
        www_authenticate: ::std::option::Option<String>,
    },
    /// Valid credentials that lack a scope the operation needs.
    Forbidden403(::clientes_types::Problem),
    /// Unexpected server error.
    InternalServerError500(::clientes_types::Problem),
    /// A dependency (the database) is down; retry later.
    ServiceUnavailable503(::clientes_types::Problem),
}
impl IntoResponse for ListClientesResponse {
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
/// The request of `create_cliente` (POST /clientes), validated against the contract.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize)]
pub struct CreateClienteRequest {
    /// The request body.
    pub body: ::clientes_types::ClienteNuevo,
}
/// Every response `create_cliente` declares, one variant per status.
#[must_use]
#[derive(Debug, Clone, PartialEq)]
pub enum CreateClienteResponse {
    /// The customer was created.
    Created201 {
        /// The response body.
        body: ::clientes_types::Cliente,
        /// The `ETag` header. Version of the resource, to send back in `If-Match`.
        etag: ::std::option::Option<String>,
        /// The `Location` header. Path of the created resource.
        location: ::std::option::Option<String>,
    },
    /// Malformed request (unparseable JSON, or a bad path, query or header value).
    BadRequest400(::clientes_types::Problem),
    /// No valid credentials (missing, expired, badly signed, wrong issuer or audience); `WWW-Authenticate` says which scheme is expected.
    Unauthorized401 {
        /// The response body.
        body: ::clientes_types::Problem,
        /// The `WWW-Authenticate` header. The challenge, e.g. `Bearer realm="taller", error="invalid_token"`.
        www_authenticate: ::std::option::Option<String>,
    },
    /// Valid credentials that lack a scope the operation needs.
    Forbidden403(::clientes_types::Problem),
    /// Another customer already has this `dni`.
    Conflict409(::clientes_types::Problem),
    /// The body is not `application/json`.
    UnsupportedMediaType415(::clientes_types::Problem),
    /// The body is JSON but breaks the schema or a domain rule.
    UnprocessableEntity422(::clientes_types::Problem),
    /// Unexpected server error.
    InternalServerError500(::clientes_types::Problem),
    /// A dependency (the database) is down; retry later.
    ServiceUnavailable503(::clientes_types::Problem),
}
impl IntoResponse for CreateClienteResponse {
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
/// The request of `get_cliente` (GET /clientes/{cliente_id}), validated against the contract.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize)]
pub struct GetClienteRequest {
    /// The path parameters.
    pub path: types::GetClientePath,
}
/// Every response `get_cliente` declares, one variant per status.
#[must_use]
#[derive(Debug, Clone, PartialEq)]
pub enum GetClienteResponse {
    /// The customer.
    Ok200 {
        /// The response body.
        body: ::clientes_types::Cliente,
        /// The `ETag` header. Version of the resource, to send back in `If-Match`.
        etag: ::std::option::Option<String>,
    },
    /// Malformed request (unparseable JSON, or a bad path, query or header value).
    BadRequest400(::clientes_types::Problem),
    /// No valid credentials (missing, expired, badly signed, wrong issuer or audience); `WWW-Authenticate` says which scheme is expected.
    Unauthorized401 {
        /// The response body.
        body: ::clientes_types::Problem,
        /// The `WWW-Authenticate` header. The challenge, e.g. `Bearer realm="taller", error="invalid_token"`.
        www_authenticate: ::std::option::Option<String>,
    },
    /// Valid credentials that lack a scope the operation needs.
    Forbidden403(::clientes_types::Problem),
    /// No customer has this id.
    NotFound404(::clientes_types::Problem),
    /// Unexpected server error.
    InternalServerError500(::clientes_types::Problem),
    /// A dependency (the database) is down; retry later.
    ServiceUnavailable503(::clientes_types::Problem),
}
impl IntoResponse for GetClienteResponse {
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
/// The request of `update_cliente` (PUT /clientes/{cliente_id}), validated against the contract.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize)]
pub struct UpdateClienteRequest {
    /// The path parameters.
    pub path: types::UpdateClientePath,
    /// The header parameters.
    pub headers: types::UpdateClienteHeaders,
    /// The request body.
    pub body: ::clientes_types::ClienteActualizacion,
}
/// Every response `update_cliente` declares, one variant per status.
#[must_use]
#[derive(Debug, Clone, PartialEq)]
pub enum UpdateClienteResponse {
    /// The customer as stored now.
    Ok200 {
        /// The response body.
        body: ::clientes_types::Cliente,
        /// The `ETag` header. Version of the resource, to send back in `If-Match`.
        etag: ::std::option::Option<String>,
    },
    /// Malformed request (unparseable JSON, or a bad path, query or header value).
    BadRequest400(::clientes_types::Problem),
    /// No valid credentials (missing, expired, badly signed, wrong issuer or audience); `WWW-Authenticate` says which scheme is expected.
    Unauthorized401 {
        /// The response body.
        body: ::clientes_types::Problem,
        /// The `WWW-Authenticate` header. The challenge, e.g. `Bearer realm="taller", error="invalid_token"`.
        www_authenticate: ::std::option::Option<String>,
    },
    /// Valid credentials that lack a scope the operation needs.
    Forbidden403(::clientes_types::Problem),
    /// No customer has this id.
    NotFound404(::clientes_types::Problem),
    /// Another customer already has this `dni`.
    Conflict409(::clientes_types::Problem),
    /// `If-Match` does not match the current `ETag`: the customer changed since it was read.
    PreconditionFailed412(::clientes_types::Problem),
    /// The body is not `application/json`.
    UnsupportedMediaType415(::clientes_types::Problem),
    /// The body is JSON but breaks the schema or a domain rule.
    UnprocessableEntity422(::clientes_types::Problem),
    /// `If-Match` is missing.
    PreconditionRequired428(::clientes_types::Problem),
    /// Unexpected server error.
    InternalServerError500(::clientes_types::Problem),
    /// A dependency (the database) is down; retry later.
    ServiceUnavailable503(::clientes_types::Problem),
}
impl IntoResponse for UpdateClienteResponse {
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
/// The request of `delete_cliente` (DELETE /clientes/{cliente_id}), validated against the contract.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize)]
pub struct DeleteClienteRequest {
    /// The path parameters.
    pub path: types::DeleteClientePath,
    /// The header parameters.
    pub headers: types::DeleteClienteHeaders,
}
/// Every response `delete_cliente` declares, one variant per status.
#[must_use]
#[derive(Debug, Clone, PartialEq)]
pub enum DeleteClienteResponse {
    /// The customer was deleted.
    NoContent204,
    /// Malformed request (unparseable JSON, or a bad path, query or header value).
    BadRequest400(::clientes_types::Problem),
    /// No valid credentials (missing, expired, badly signed, wrong issuer or audience); `WWW-Authenticate` says which scheme is expected.
    Unauthorized401 {
        /// The response body.
        body: ::clientes_types::Problem,
        /// The `WWW-Authenticate` header. The challenge, e.g. `Bearer realm="taller", error="invalid_token"`.
        www_authenticate: ::std::option::Option<String>,
    },
    /// Valid credentials that lack a scope the operation needs.
    Forbidden403(::clientes_types::Problem),
    /// No customer has this id.
    NotFound404(::clientes_types::Problem),
    /// `If-Match` does not match the current `ETag`: the customer changed since it was read.
    PreconditionFailed412(::clientes_types::Problem),
    /// `If-Match` is missing.
    PreconditionRequired428(::clientes_types::Problem),
    /// Unexpected server error.
    InternalServerError500(::clientes_types::Problem),
    /// A dependency (the database) is down; retry later.
    ServiceUnavailable503(::clientes_types::Problem),
}
impl IntoResponse for DeleteClienteResponse {
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
/// The `clientes` service as a trait: implement it and hand it to [`router`].
///
/// Each method receives the request's context and its typed request, already validated
/// against the contract, and returns one of the operation's declared responses or an
/// error: `?` works on [`Self::Error`], answered as the problem it names when the
/// operation declares its status, otherwise as the 500 every operation declares.
pub trait ClientesApi: Send + Sync + 'static {
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
    /// List customers
    ///
    /// A page of customers matching every given filter. Text filters (`nombre`,
    /// `apellidos`, `direccion`) match a case-insensitive substring; the others match
    /// exactly. An empty result is 200 with `items: []`.
    fn list_clientes(
        &self,
        context: RequestContext<Self::Principal>,
        request: ListClientesRequest,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<ListClientesResponse, Self::Error>,
    > + Send;
    /// Register a customer
    ///
    /// Creates a customer; the server assigns its `id`. A `dni` already registered is a 409.
    fn create_cliente(
        &self,
        context: RequestContext<Self::Principal>,
        request: CreateClienteRequest,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<CreateClienteResponse, Self::Error>,
    > + Send;
    /// Get a customer
    ///
    /// The customer with this id, with its `ETag` for a later PUT or DELETE.
    fn get_cliente(
        &self,
        context: RequestContext<Self::Principal>,
        request: GetClienteRequest,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<GetClienteResponse, Self::Error>,
    > + Send;
    /// Replace a customer's data
    ///
    /// Replaces every field of the customer (fields left out are removed). Send the
    /// `ETag` from the last GET in `If-Match`: 428 without it, 412 when the customer
    /// changed since. Changing `dni` to one held by another customer is a 409.
    fn update_cliente(
        &self,
        context: RequestContext<Self::Principal>,
        request: UpdateClienteRequest,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<UpdateClienteResponse, Self::Error>,
    > + Send;
    /// Delete a customer
    ///
    /// Deletes the customer. `If-Match` as for PUT (428 without it, 412 when stale).
    fn delete_cliente(
        &self,
        context: RequestContext<Self::Principal>,
        request: DeleteClienteRequest,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<DeleteClienteResponse, Self::Error>,
    > + Send;
}
pub use ::taller_runtime::security::{Credential, Principal, Unauthorized};
/// The security schemes of the contract (`components.securitySchemes`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SecurityScheme {
    /** `bearerAuth`: OAuth2 (a bearer token with scopes). A JWT access token of the workshop's identity provider, sent as
`Authorization: Bearer <token>`: HS256 for the local run, RS256 with the provider's
keys in production; `iss`, `aud` and `exp` are checked. Its `scope` claim
(space-separated) grants `clientes:read` for reads, `clientes:write` for changes and
`clientes:admin` for destructive operations. `scripts/run` prints a development token
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
impl<A: ClientesApi> ::taller_runtime::security::Authenticate for Shared<A> {
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
    operations: [Arc<Operation>; 5usize],
}
/// Every route of the contract, served by `api`. Unknown paths answer a problem+json 404,
/// known paths with an undeclared method a problem+json 405.
pub fn router<A: ClientesApi>(api: A) -> ::axum::Router {
    let contract = Contract::from_json(CONTRACT_JSON)
        .expect("the embedded contract is the one codegen checked");
    let operations = [
        contract
            .operation("list_clientes")
            .expect("every operation of the contract is known"),
        contract
            .operation("create_cliente")
            .expect("every operation of the contract is known"),
        contract
            .operation("get_cliente")
            .expect("every operation of the contract is known"),
        contract
            .operation("update_cliente")
            .expect("every operation of the contract is known"),
        contract
            .operation("delete_cliente")
            .expect("every operation of the contract is known"),
    ];
    let shared = Arc::new(Shared { api, operations });
    let routes = ::axum::Router::new();
    let routes = routes
        .route(
            "/clientes",
            ::axum::routing::MethodRouter::new()
                .get(handle_list_clientes::<A>)
                .post(handle_create_cliente::<A>)
                .fallback(|| async {
                    Problem::method_not_allowed(
                        &[::axum::http::Method::GET, ::axum::http::Method::POST],
                    )
                }),
        );
    let routes = routes
        .route(
            "/clientes/{cliente_id}",
            ::axum::routing::MethodRouter::new()
                .get(handle_get_cliente::<A>)
                .put(handle_update_cliente::<A>)
                .delete(handle_delete_cliente::<A>)
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
    routes
        .fallback(|uri: ::axum::http::Uri| async move { Problem::not_found(uri.path()) })
        .with_state(shared)
}
async fn handle_list_clientes<A: ClientesApi>(
    ::axum::extract::State(shared): ::axum::extract::State<Arc<Shared<A>>>,
    request: ::axum::extract::Request,
) -> HttpResponse {
    let operation = &shared.operations[0usize];
    let decoded = match decode::<
        ListClientesRequest,
        _,
    >(operation, request, shared.as_ref())
        .await
    {
        Ok(decoded) => decoded,
        Err(problem) => return problem.into_response(),
    };
    let uri = decoded.context.uri().clone();
    let request = decoded.request;
    respond(operation, &uri, shared.api.list_clientes(decoded.context, request).await)
}
async fn handle_create_cliente<A: ClientesApi>(
    ::axum::extract::State(shared): ::axum::extract::State<Arc<Shared<A>>>,
    request: ::axum::extract::Request,
) -> HttpResponse {
    let operation = &shared.operations[1usize];
    let decoded = match decode::<
        CreateClienteRequest,
        _,
    >(operation, request, shared.as_ref())
        .await
    {
        Ok(decoded) => decoded,
        Err(problem) => return problem.into_response(),
    };
    let uri = decoded.context.uri().clone();
    let request = decoded.request;
    respond(operation, &uri, shared.api.create_cliente(decoded.context, request).await)
}
async fn handle_get_cliente<A: ClientesApi>(
    ::axum::extract::State(shared): ::axum::extract::State<Arc<Shared<A>>>,
    request: ::axum::extract::Request,
) -> HttpResponse {
    let operation = &shared.operations[2usize];
    let decoded = match decode::<
        GetClienteRequest,
        _,
    >(operation, request, shared.as_ref())
        .await
    {
        Ok(decoded) => decoded,
        Err(problem) => return problem.into_response(),
    };
    let uri = decoded.context.uri().clone();
    let request = decoded.request;
    respond(operation, &uri, shared.api.get_cliente(decoded.context, request).await)
}
async fn handle_update_cliente<A: ClientesApi>(
    ::axum::extract::State(shared): ::axum::extract::State<Arc<Shared<A>>>,
    request: ::axum::extract::Request,
) -> HttpResponse {
    let operation = &shared.operations[3usize];
    let decoded = match decode::<
        UpdateClienteRequest,
        _,
    >(operation, request, shared.as_ref())
        .await
    {
        Ok(decoded) => decoded,
        Err(problem) => return problem.into_response(),
    };
    let uri = decoded.context.uri().clone();
    let request = decoded.request;
    respond(operation, &uri, shared.api.update_cliente(decoded.context, request).await)
}
async fn handle_delete_cliente<A: ClientesApi>(
    ::axum::extract::State(shared): ::axum::extract::State<Arc<Shared<A>>>,
    request: ::axum::extract::Request,
) -> HttpResponse {
    let operation = &shared.operations[4usize];
    let decoded = match decode::<
        DeleteClienteRequest,
        _,
    >(operation, request, shared.as_ref())
        .await
    {
        Ok(decoded) => decoded,
        Err(problem) => return problem.into_response(),
    };
    let uri = decoded.context.uri().clone();
    let request = decoded.request;
    respond(operation, &uri, shared.api.delete_cliente(decoded.context, request).await)
}
