// @generated from specs/notificaciones.yaml by `cargo run -p taller-codegen -- generate`.
// Do not edit: change the spec or codegen/, then regenerate.

//! axum server stub of the `notificaciones` service (taller — notificaciones): implement `NotificacionesApi` and serve `router(api)`.
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
    ///`GetMasivaPath`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct GetMasivaPath {
        ///The bulk message's id.
        pub masiva_id: ::uuid::Uuid,
    }
    ///`GetNotificacionPath`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct GetNotificacionPath {
        ///The notification's id.
        pub notificacion_id: ::uuid::Uuid,
    }
    ///`GetSuscripcionPath`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct GetSuscripcionPath {
        ///The customer's id (the clientes service's `id`).
        pub cliente_id: ::uuid::Uuid,
    }
    ///`ListNotificacionesQuery`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ListNotificacionesQuery {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub canal: ::std::option::Option<::notificaciones_types::Canal>,
        ///Only notifications to this customer.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub cliente_id: ::std::option::Option<::uuid::Uuid>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub estado: ::std::option::Option<::notificaciones_types::EstadoNotificacion>,
        ///Only notifications created at or after this moment.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub fecha_desde: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        ///Only notifications created at or before this moment.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub fecha_hasta: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        ///Field to sort by.
        #[serde(default = "defaults::list_notificaciones_query_order")]
        pub order: ListNotificacionesQueryOrder,
        ///Sort direction.
        #[serde(default = "defaults::list_notificaciones_query_ordering")]
        pub ordering: ListNotificacionesQueryOrdering,
        ///Page number, from 1.
        #[serde(default = "defaults::default_nzu64::<::std::num::NonZeroU64, 1>")]
        pub page: ::std::num::NonZeroU64,
        ///Items per page.
        #[serde(default = "defaults::default_nzu64::<::std::num::NonZeroU64, 20>")]
        pub page_size: ::std::num::NonZeroU64,
        ///Only notifications about this job.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub trabajo_id: ::std::option::Option<::uuid::Uuid>,
    }
    impl ::std::default::Default for ListNotificacionesQuery {
        fn default() -> Self {
            Self {
                canal: Default::default(),
                cliente_id: Default::default(),
                estado: Default::default(),
                fecha_desde: Default::default(),
                fecha_hasta: Default::default(),
                order: defaults::list_notificaciones_query_order(),
                ordering: defaults::list_notificaciones_query_ordering(),
                page: defaults::default_nzu64::<::std::num::NonZeroU64, 1>(),
                page_size: defaults::default_nzu64::<::std::num::NonZeroU64, 20>(),
                trabajo_id: Default::default(),
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
    pub enum ListNotificacionesQueryOrder {
        #[serde(rename = "fecha_creacion")]
        FechaCreacion,
        #[serde(rename = "fecha_envio")]
        FechaEnvio,
        #[serde(rename = "estado")]
        Estado,
    }
    impl ::std::fmt::Display for ListNotificacionesQueryOrder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::FechaCreacion => f.write_str("fecha_creacion"),
                Self::FechaEnvio => f.write_str("fecha_envio"),
                Self::Estado => f.write_str("estado"),
            }
        }
    }
    impl ::std::str::FromStr for ListNotificacionesQueryOrder {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "fecha_creacion" => Ok(Self::FechaCreacion),
                "fecha_envio" => Ok(Self::FechaEnvio),
                "estado" => Ok(Self::Estado),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ListNotificacionesQueryOrder {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for ListNotificacionesQueryOrder {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::default::Default for ListNotificacionesQueryOrder {
        fn default() -> Self {
            ListNotificacionesQueryOrder::FechaCreacion
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
    pub enum ListNotificacionesQueryOrdering {
        #[serde(rename = "ASC")]
        Asc,
        #[serde(rename = "DESC")]
        Desc,
    }
    impl ::std::fmt::Display for ListNotificacionesQueryOrdering {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Asc => f.write_str("ASC"),
                Self::Desc => f.write_str("DESC"),
            }
        }
    }
    impl ::std::str::FromStr for ListNotificacionesQueryOrdering {
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
    impl ::std::convert::TryFrom<&str> for ListNotificacionesQueryOrdering {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for ListNotificacionesQueryOrdering {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::default::Default for ListNotificacionesQueryOrdering {
        fn default() -> Self {
            ListNotificacionesQueryOrdering::Asc
        }
    }
    ///`UpdateSuscripcionHeaders`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct UpdateSuscripcionHeaders {
        /**The `ETag` of the subscription as last read. Declared optional so that the server,
not the client library, answers its absence: 428 when missing, 412 when it does
not match the current `ETag`.
*/
        #[serde(
            rename = "If-Match",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub if_match: ::std::option::Option<::std::string::String>,
    }
    ///`UpdateSuscripcionPath`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct UpdateSuscripcionPath {
        ///The customer's id (the clientes service's `id`).
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
        pub(super) fn list_notificaciones_query_order() -> super::ListNotificacionesQueryOrder {
            super::ListNotificacionesQueryOrder::FechaCreacion
        }
        pub(super) fn list_notificaciones_query_ordering() -> super::ListNotificacionesQueryOrdering {
            super::ListNotificacionesQueryOrdering::Asc
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
/// The request of `list_notificaciones` (GET /notificaciones), validated against the contract.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize)]
pub struct ListNotificacionesRequest {
    /// The query parameters.
    pub query: types::ListNotificacionesQuery,
}
/// Every response `list_notificaciones` declares, one variant per status.
#[must_use]
#[derive(Debug, Clone, PartialEq)]
pub enum ListNotificacionesResponse {
    /// A page of notifications.
    Ok200(::notificaciones_types::NotificacionPagina),
    /// Malformed request (unparseable JSON, or a bad path, query or header value).
    BadRequest400(::notificaciones_types::Problem),
    /// No valid credentials (missing, expired, badly signed, wrong issuer or audience); `WWW-Authenticate` says which scheme is expected.
    Unauthorized401 {
        /// The response body.
        body: ::notificaciones_types::Problem,
        /// The `WWW-Authenticate` header. The challenge, e.g. `Bearer realm="taller", error="invalid_token"`.
        www_authenticate: ::std::option::Option<String>,
    },
    /// Valid credentials that lack a scope the operation needs.
    Forbidden403(::notificaciones_types::Problem),
    /// Unexpected server error.
    InternalServerError500(::notificaciones_types::Problem),
    /// A dependency (the database) is down; retry later.
    ServiceUnavailable503(::notificaciones_types::Problem),
}
impl IntoResponse for ListNotificacionesResponse {
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
/// The request of `send_email` (POST /notificaciones/email), validated against the contract.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize)]
pub struct SendEmailRequest {
    /// The request body.
    pub body: ::notificaciones_types::EmailNuevo,
}
/// Every response `send_email` declares, one variant per status.
#[must_use]
#[derive(Debug, Clone, PartialEq)]
pub enum SendEmailResponse {
    /// The e-mail was stored and queued.
    Created201 {
        /// The response body.
        body: ::notificaciones_types::Notificacion,
        /// The `Location` header. Path of the created resource.
        location: ::std::option::Option<String>,
    },
    /// Malformed request (unparseable JSON, or a bad path, query or header value).
    BadRequest400(::notificaciones_types::Problem),
    /// No valid credentials (missing, expired, badly signed, wrong issuer or audience); `WWW-Authenticate` says which scheme is expected.
    Unauthorized401 {
        /// The response body.
        body: ::notificaciones_types::Problem,
        /// The `WWW-Authenticate` header. The challenge, e.g. `Bearer realm="taller", error="invalid_token"`.
        www_authenticate: ::std::option::Option<String>,
    },
    /// Valid credentials that lack a scope the operation needs.
    Forbidden403(::notificaciones_types::Problem),
    /// The customer's subscription refuses this channel; nothing was sent.
    Conflict409(::notificaciones_types::Problem),
    /// The body is not `application/json`.
    UnsupportedMediaType415(::notificaciones_types::Problem),
    /// The body is JSON but breaks the schema or a domain rule.
    UnprocessableEntity422(::notificaciones_types::Problem),
    /// Unexpected server error.
    InternalServerError500(::notificaciones_types::Problem),
    /// A dependency (the database) is down; retry later.
    ServiceUnavailable503(::notificaciones_types::Problem),
}
impl IntoResponse for SendEmailResponse {
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
/// The request of `send_masiva` (POST /notificaciones/masivas), validated against the contract.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize)]
pub struct SendMasivaRequest {
    /// The request body.
    pub body: ::notificaciones_types::MasivaNueva,
}
/// Every response `send_masiva` declares, one variant per status.
#[must_use]
#[derive(Debug, Clone, PartialEq)]
pub enum SendMasivaResponse {
    /// The bulk message was scheduled.
    Created201 {
        /// The response body.
        body: ::notificaciones_types::Masiva,
        /// The `Location` header. Path of the created resource.
        location: ::std::option::Option<String>,
    },
    /// Malformed request (unparseable JSON, or a bad path, query or header value).
    BadRequest400(::notificaciones_types::Problem),
    /// No valid credentials (missing, expired, badly signed, wrong issuer or audience); `WWW-Authenticate` says which scheme is expected.
    Unauthorized401 {
        /// The response body.
        body: ::notificaciones_types::Problem,
        /// The `WWW-Authenticate` header. The challenge, e.g. `Bearer realm="taller", error="invalid_token"`.
        www_authenticate: ::std::option::Option<String>,
    },
    /// Valid credentials that lack a scope the operation needs.
    Forbidden403(::notificaciones_types::Problem),
    /// The body is not `application/json`.
    UnsupportedMediaType415(::notificaciones_types::Problem),
    /// The body is JSON but breaks the schema or a domain rule.
    UnprocessableEntity422(::notificaciones_types::Problem),
    /// Unexpected server error.
    InternalServerError500(::notificaciones_types::Problem),
    /// A dependency (the database) is down; retry later.
    ServiceUnavailable503(::notificaciones_types::Problem),
}
impl IntoResponse for SendMasivaResponse {
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
/// The request of `get_masiva` (GET /notificaciones/masivas/{masiva_id}), validated against the contract.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize)]
pub struct GetMasivaRequest {
    /// The path parameters.
    pub path: types::GetMasivaPath,
}
/// Every response `get_masiva` declares, one variant per status.
#[must_use]
#[derive(Debug, Clone, PartialEq)]
pub enum GetMasivaResponse {
    /// The bulk message.
    Ok200 {
        /// The response body.
        body: ::notificaciones_types::Masiva,
        /// The `ETag` header. Version of the resource, to send back in `If-Match`.
        etag: ::std::option::Option<String>,
    },
    /// Malformed request (unparseable JSON, or a bad path, query or header value).
    BadRequest400(::notificaciones_types::Problem),
    /// No valid credentials (missing, expired, badly signed, wrong issuer or audience); `WWW-Authenticate` says which scheme is expected.
    Unauthorized401 {
        /// The response body.
        body: ::notificaciones_types::Problem,
        /// The `WWW-Authenticate` header. The challenge, e.g. `Bearer realm="taller", error="invalid_token"`.
        www_authenticate: ::std::option::Option<String>,
    },
    /// Valid credentials that lack a scope the operation needs.
    Forbidden403(::notificaciones_types::Problem),
    /// No notification (or bulk message) has this id.
    NotFound404(::notificaciones_types::Problem),
    /// Unexpected server error.
    InternalServerError500(::notificaciones_types::Problem),
    /// A dependency (the database) is down; retry later.
    ServiceUnavailable503(::notificaciones_types::Problem),
}
impl IntoResponse for GetMasivaResponse {
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
/// The request of `send_sms` (POST /notificaciones/sms), validated against the contract.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize)]
pub struct SendSmsRequest {
    /// The request body.
    pub body: ::notificaciones_types::SmsNuevo,
}
/// Every response `send_sms` declares, one variant per status.
#[must_use]
#[derive(Debug, Clone, PartialEq)]
pub enum SendSmsResponse {
    /// The SMS was stored and queued.
    Created201 {
        /// The response body.
        body: ::notificaciones_types::Notificacion,
        /// The `Location` header. Path of the created resource.
        location: ::std::option::Option<String>,
    },
    /// Malformed request (unparseable JSON, or a bad path, query or header value).
    BadRequest400(::notificaciones_types::Problem),
    /// No valid credentials (missing, expired, badly signed, wrong issuer or audience); `WWW-Authenticate` says which scheme is expected.
    Unauthorized401 {
        /// The response body.
        body: ::notificaciones_types::Problem,
        /// The `WWW-Authenticate` header. The challenge, e.g. `Bearer realm="taller", error="invalid_token"`.
        www_authenticate: ::std::option::Option<String>,
    },
    /// Valid credentials that lack a scope the operation needs.
    Forbidden403(::notificaciones_types::Problem),
    /// The customer's subscription refuses this channel; nothing was sent.
    Conflict409(::notificaciones_types::Problem),
    /// The body is not `application/json`.
    UnsupportedMediaType415(::notificaciones_types::Problem),
    /// The body is JSON but breaks the schema or a domain rule.
    UnprocessableEntity422(::notificaciones_types::Problem),
    /// Unexpected server error.
    InternalServerError500(::notificaciones_types::Problem),
    /// A dependency (the database) is down; retry later.
    ServiceUnavailable503(::notificaciones_types::Problem),
}
impl IntoResponse for SendSmsResponse {
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
/// The request of `get_suscripcion` (GET /notificaciones/suscripciones/{cliente_id}), validated against the contract.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize)]
pub struct GetSuscripcionRequest {
    /// The path parameters.
    pub path: types::GetSuscripcionPath,
}
/// Every response `get_suscripcion` declares, one variant per status.
#[must_use]
#[derive(Debug, Clone, PartialEq)]
pub enum GetSuscripcionResponse {
    /// The subscription.
    Ok200 {
        /// The response body.
        body: ::notificaciones_types::Suscripcion,
        /// The `ETag` header. Version of the resource, to send back in `If-Match`.
        etag: ::std::option::Option<String>,
    },
    /// Malformed request (unparseable JSON, or a bad path, query or header value).
    BadRequest400(::notificaciones_types::Problem),
    /// No valid credentials (missing, expired, badly signed, wrong issuer or audience); `WWW-Authenticate` says which scheme is expected.
    Unauthorized401 {
        /// The response body.
        body: ::notificaciones_types::Problem,
        /// The `WWW-Authenticate` header. The challenge, e.g. `Bearer realm="taller", error="invalid_token"`.
        www_authenticate: ::std::option::Option<String>,
    },
    /// Valid credentials that lack a scope the operation needs.
    Forbidden403(::notificaciones_types::Problem),
    /// Unexpected server error.
    InternalServerError500(::notificaciones_types::Problem),
    /// A dependency (the database) is down; retry later.
    ServiceUnavailable503(::notificaciones_types::Problem),
}
impl IntoResponse for GetSuscripcionResponse {
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
            Self::InternalServerError500(body) => {
                json_response(500u16, "application/problem+json", &body)
            }
            Self::ServiceUnavailable503(body) => {
                json_response(503u16, "application/problem+json", &body)
            }
        }
    }
}
/// The request of `update_suscripcion` (PUT /notificaciones/suscripciones/{cliente_id}), validated against the contract.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize)]
pub struct UpdateSuscripcionRequest {
    /// The path parameters.
    pub path: types::UpdateSuscripcionPath,
    /// The header parameters.
    pub headers: types::UpdateSuscripcionHeaders,
    /// The request body.
    pub body: ::notificaciones_types::SuscripcionActualizacion,
}
/// Every response `update_suscripcion` declares, one variant per status.
#[must_use]
#[derive(Debug, Clone, PartialEq)]
pub enum UpdateSuscripcionResponse {
    /// The subscription as stored now.
    Ok200 {
        /// The response body.
        body: ::notificaciones_types::Suscripcion,
        /// The `ETag` header. Version of the resource, to send back in `If-Match`.
        etag: ::std::option::Option<String>,
    },
    /// Malformed request (unparseable JSON, or a bad path, query or header value).
    BadRequest400(::notificaciones_types::Problem),
    /// No valid credentials (missing, expired, badly signed, wrong issuer or audience); `WWW-Authenticate` says which scheme is expected.
    Unauthorized401 {
        /// The response body.
        body: ::notificaciones_types::Problem,
        /// The `WWW-Authenticate` header. The challenge, e.g. `Bearer realm="taller", error="invalid_token"`.
        www_authenticate: ::std::option::Option<String>,
    },
    /// Valid credentials that lack a scope the operation needs.
    Forbidden403(::notificaciones_types::Problem),
    /// `If-Match` does not match the current `ETag`: the subscription changed since it was read.
    PreconditionFailed412(::notificaciones_types::Problem),
    /// The body is not `application/json`.
    UnsupportedMediaType415(::notificaciones_types::Problem),
    /// The body is JSON but breaks the schema or a domain rule.
    UnprocessableEntity422(::notificaciones_types::Problem),
    /// `If-Match` is missing.
    PreconditionRequired428(::notificaciones_types::Problem),
    /// Unexpected server error.
    InternalServerError500(::notificaciones_types::Problem),
    /// A dependency (the database) is down; retry later.
    ServiceUnavailable503(::notificaciones_types::Problem),
}
impl IntoResponse for UpdateSuscripcionResponse {
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
/// The request of `get_notificacion` (GET /notificaciones/{notificacion_id}), validated against the contract.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize)]
pub struct GetNotificacionRequest {
    /// The path parameters.
    pub path: types::GetNotificacionPath,
}
/// Every response `get_notificacion` declares, one variant per status.
#[must_use]
#[derive(Debug, Clone, PartialEq)]
pub enum GetNotificacionResponse {
    /// The notification.
    Ok200 {
        /// The response body.
        body: ::notificaciones_types::Notificacion,
        /// The `ETag` header. Version of the resource, to send back in `If-Match`.
        etag: ::std::option::Option<String>,
    },
    /// Malformed request (unparseable JSON, or a bad path, query or header value).
    BadRequest400(::notificaciones_types::Problem),
    /// No valid credentials (missing, expired, badly signed, wrong issuer or audience); `WWW-Authenticate` says which scheme is expected.
    Unauthorized401 {
        /// The response body.
        body: ::notificaciones_types::Problem,
        /// The `WWW-Authenticate` header. The challenge, e.g. `Bearer realm="taller", error="invalid_token"`.
        www_authenticate: ::std::option::Option<String>,
    },
    /// Valid credentials that lack a scope the operation needs.
    Forbidden403(::notificaciones_types::Problem),
    /// No notification (or bulk message) has this id.
    NotFound404(::notificaciones_types::Problem),
    /// Unexpected server error.
    InternalServerError500(::notificaciones_types::Problem),
    /// A dependency (the database) is down; retry later.
    ServiceUnavailable503(::notificaciones_types::Problem),
}
impl IntoResponse for GetNotificacionResponse {
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
/// The `notificaciones` service as a trait: implement it and hand it to [`router`].
///
/// Each method receives the request's context and its typed request, already validated
/// against the contract, and returns one of the operation's declared responses or an
/// error: `?` works on [`Self::Error`], answered as the problem it names when the
/// operation declares its status, otherwise as the 500 every operation declares.
pub trait NotificacionesApi: Send + Sync + 'static {
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
    /// List notifications
    ///
    /// A page of notifications (single ones, including each message of a bulk send)
    /// matching every given filter; `fecha_desde`/`fecha_hasta` bound `fecha_creacion`
    /// (inclusive). An empty result is 200 with `items: []`.
    fn list_notificaciones(
        &self,
        context: RequestContext<Self::Principal>,
        request: ListNotificacionesRequest,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<ListNotificacionesResponse, Self::Error>,
    > + Send;
    /// Send an e-mail
    ///
    /// Stores an e-mail and queues it for delivery, now or at `programada_para`. With a
    /// `cliente_id` whose subscription refuses e-mail, nothing is sent and the answer is 409.
    /// Without `cliente_id` (a message to the staff) no subscription applies.
    fn send_email(
        &self,
        context: RequestContext<Self::Principal>,
        request: SendEmailRequest,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<SendEmailResponse, Self::Error>,
    > + Send;
    /// Schedule a bulk message
    ///
    /// Schedules one message for many customers, sent at `programada_para` by `canal`.
    /// With `cliente_ids` it goes to those customers; without, to every customer. Customers
    /// whose subscription refuses that channel are skipped (counted in `omitidos`). Each
    /// message sent appears in `GET /notificaciones`.
    fn send_masiva(
        &self,
        context: RequestContext<Self::Principal>,
        request: SendMasivaRequest,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<SendMasivaResponse, Self::Error>,
    > + Send;
    /// Get a bulk message
    ///
    /// The bulk message, and once sent how many customers got it and how many were skipped.
    fn get_masiva(
        &self,
        context: RequestContext<Self::Principal>,
        request: GetMasivaRequest,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<GetMasivaResponse, Self::Error>,
    > + Send;
    /// Send an SMS
    ///
    /// Stores an SMS and queues it for delivery, now or at `programada_para`. With a
    /// `cliente_id` whose subscription refuses SMS, nothing is sent and the answer is 409.
    fn send_sms(
        &self,
        context: RequestContext<Self::Principal>,
        request: SendSmsRequest,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<SendSmsResponse, Self::Error>,
    > + Send;
    /// Get a customer's subscription
    ///
    /// Whether and by which channels the customer accepts messages. A customer who never
    /// changed it has the default (everything accepted), so this answers 200 for any id.
    fn get_suscripcion(
        &self,
        context: RequestContext<Self::Principal>,
        request: GetSuscripcionRequest,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<GetSuscripcionResponse, Self::Error>,
    > + Send;
    /// Change a customer's subscription
    ///
    /// Replaces the subscription. `recibe_notificaciones: false` turns every channel off.
    /// Send the `ETag` from the last GET in `If-Match`: 428 without it, 412 when it changed since.
    fn update_suscripcion(
        &self,
        context: RequestContext<Self::Principal>,
        request: UpdateSuscripcionRequest,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<UpdateSuscripcionResponse, Self::Error>,
    > + Send;
    /// Get a notification
    ///
    /// The notification with this id and its delivery state.
    fn get_notificacion(
        &self,
        context: RequestContext<Self::Principal>,
        request: GetNotificacionRequest,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<GetNotificacionResponse, Self::Error>,
    > + Send;
}
pub use ::taller_runtime::security::{Credential, Principal, Unauthorized};
/// The security schemes of the contract (`components.securitySchemes`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SecurityScheme {
    /** `bearerAuth`: OAuth2 (a bearer token with scopes). A JWT access token of the workshop's identity provider, sent as
`Authorization: Bearer <token>`: HS256 for the local run, RS256 with the provider's
keys in production; `iss`, `aud` and `exp` are checked. Its `scope` claim
(space-separated) grants `notificaciones:read` for reads, `notificaciones:write` for changes and
`notificaciones:admin` for destructive operations. `scripts/run` prints a development token
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
impl<A: NotificacionesApi> ::taller_runtime::security::Authenticate for Shared<A> {
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
pub fn router<A: NotificacionesApi>(api: A) -> ::axum::Router {
    let contract = Contract::from_json(CONTRACT_JSON)
        .expect("the embedded contract is the one codegen checked");
    let operations = [
        contract
            .operation("list_notificaciones")
            .expect("every operation of the contract is known"),
        contract
            .operation("send_email")
            .expect("every operation of the contract is known"),
        contract
            .operation("send_masiva")
            .expect("every operation of the contract is known"),
        contract
            .operation("get_masiva")
            .expect("every operation of the contract is known"),
        contract
            .operation("send_sms")
            .expect("every operation of the contract is known"),
        contract
            .operation("get_suscripcion")
            .expect("every operation of the contract is known"),
        contract
            .operation("update_suscripcion")
            .expect("every operation of the contract is known"),
        contract
            .operation("get_notificacion")
            .expect("every operation of the contract is known"),
    ];
    let shared = Arc::new(Shared { api, operations });
    let routes = ::axum::Router::new();
    let routes = routes
        .route(
            "/notificaciones",
            ::axum::routing::MethodRouter::new()
                .get(handle_list_notificaciones::<A>)
                .fallback(|| async {
                    Problem::method_not_allowed(&[::axum::http::Method::GET])
                }),
        );
    let routes = routes
        .route(
            "/notificaciones/email",
            ::axum::routing::MethodRouter::new()
                .post(handle_send_email::<A>)
                .fallback(|| async {
                    Problem::method_not_allowed(&[::axum::http::Method::POST])
                }),
        );
    let routes = routes
        .route(
            "/notificaciones/masivas",
            ::axum::routing::MethodRouter::new()
                .post(handle_send_masiva::<A>)
                .fallback(|| async {
                    Problem::method_not_allowed(&[::axum::http::Method::POST])
                }),
        );
    let routes = routes
        .route(
            "/notificaciones/masivas/{masiva_id}",
            ::axum::routing::MethodRouter::new()
                .get(handle_get_masiva::<A>)
                .fallback(|| async {
                    Problem::method_not_allowed(&[::axum::http::Method::GET])
                }),
        );
    let routes = routes
        .route(
            "/notificaciones/sms",
            ::axum::routing::MethodRouter::new()
                .post(handle_send_sms::<A>)
                .fallback(|| async {
                    Problem::method_not_allowed(&[::axum::http::Method::POST])
                }),
        );
    let routes = routes
        .route(
            "/notificaciones/suscripciones/{cliente_id}",
            ::axum::routing::MethodRouter::new()
                .get(handle_get_suscripcion::<A>)
                .put(handle_update_suscripcion::<A>)
                .fallback(|| async {
                    Problem::method_not_allowed(
                        &[::axum::http::Method::GET, ::axum::http::Method::PUT],
                    )
                }),
        );
    let routes = routes
        .route(
            "/notificaciones/{notificacion_id}",
            ::axum::routing::MethodRouter::new()
                .get(handle_get_notificacion::<A>)
                .fallback(|| async {
                    Problem::method_not_allowed(&[::axum::http::Method::GET])
                }),
        );
    routes
        .fallback(|uri: ::axum::http::Uri| async move { Problem::not_found(uri.path()) })
        .with_state(shared)
}
async fn handle_list_notificaciones<A: NotificacionesApi>(
    ::axum::extract::State(shared): ::axum::extract::State<Arc<Shared<A>>>,
    request: ::axum::extract::Request,
) -> HttpResponse {
    let operation = &shared.operations[0usize];
    let decoded = match decode::<
        ListNotificacionesRequest,
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
        shared.api.list_notificaciones(decoded.context, request).await,
    )
}
async fn handle_send_email<A: NotificacionesApi>(
    ::axum::extract::State(shared): ::axum::extract::State<Arc<Shared<A>>>,
    request: ::axum::extract::Request,
) -> HttpResponse {
    let operation = &shared.operations[1usize];
    let decoded = match decode::<
        SendEmailRequest,
        _,
    >(operation, request, shared.as_ref())
        .await
    {
        Ok(decoded) => decoded,
        Err(problem) => return problem.into_response(),
    };
    let uri = decoded.context.uri().clone();
    let request = decoded.request;
    respond(operation, &uri, shared.api.send_email(decoded.context, request).await)
}
async fn handle_send_masiva<A: NotificacionesApi>(
    ::axum::extract::State(shared): ::axum::extract::State<Arc<Shared<A>>>,
    request: ::axum::extract::Request,
) -> HttpResponse {
    let operation = &shared.operations[2usize];
    let decoded = match decode::<
        SendMasivaRequest,
        _,
    >(operation, request, shared.as_ref())
        .await
    {
        Ok(decoded) => decoded,
        Err(problem) => return problem.into_response(),
    };
    let uri = decoded.context.uri().clone();
    let request = decoded.request;
    respond(operation, &uri, shared.api.send_masiva(decoded.context, request).await)
}
async fn handle_get_masiva<A: NotificacionesApi>(
    ::axum::extract::State(shared): ::axum::extract::State<Arc<Shared<A>>>,
    request: ::axum::extract::Request,
) -> HttpResponse {
    let operation = &shared.operations[3usize];
    let decoded = match decode::<
        GetMasivaRequest,
        _,
    >(operation, request, shared.as_ref())
        .await
    {
        Ok(decoded) => decoded,
        Err(problem) => return problem.into_response(),
    };
    let uri = decoded.context.uri().clone();
    let request = decoded.request;
    respond(operation, &uri, shared.api.get_masiva(decoded.context, request).await)
}
async fn handle_send_sms<A: NotificacionesApi>(
    ::axum::extract::State(shared): ::axum::extract::State<Arc<Shared<A>>>,
    request: ::axum::extract::Request,
) -> HttpResponse {
    let operation = &shared.operations[4usize];
    let decoded = match decode::<SendSmsRequest, _>(operation, request, shared.as_ref())
        .await
    {
        Ok(decoded) => decoded,
        Err(problem) => return problem.into_response(),
    };
    let uri = decoded.context.uri().clone();
    let request = decoded.request;
    respond(operation, &uri, shared.api.send_sms(decoded.context, request).await)
}
async fn handle_get_suscripcion<A: NotificacionesApi>(
    ::axum::extract::State(shared): ::axum::extract::State<Arc<Shared<A>>>,
    request: ::axum::extract::Request,
) -> HttpResponse {
    let operation = &shared.operations[5usize];
    let decoded = match decode::<
        GetSuscripcionRequest,
        _,
    >(operation, request, shared.as_ref())
        .await
    {
        Ok(decoded) => decoded,
        Err(problem) => return problem.into_response(),
    };
    let uri = decoded.context.uri().clone();
    let request = decoded.request;
    respond(operation, &uri, shared.api.get_suscripcion(decoded.context, request).await)
}
async fn handle_update_suscripcion<A: NotificacionesApi>(
    ::axum::extract::State(shared): ::axum::extract::State<Arc<Shared<A>>>,
    request: ::axum::extract::Request,
) -> HttpResponse {
    let operation = &shared.operations[6usize];
    let decoded = match decode::<
        UpdateSuscripcionRequest,
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
        shared.api.update_suscripcion(decoded.context, request).await,
    )
}
async fn handle_get_notificacion<A: NotificacionesApi>(
    ::axum::extract::State(shared): ::axum::extract::State<Arc<Shared<A>>>,
    request: ::axum::extract::Request,
) -> HttpResponse {
    let operation = &shared.operations[7usize];
    let decoded = match decode::<
        GetNotificacionRequest,
        _,
    >(operation, request, shared.as_ref())
        .await
    {
        Ok(decoded) => decoded,
        Err(problem) => return problem.into_response(),
    };
    let uri = decoded.context.uri().clone();
    let request = decoded.request;
    respond(operation, &uri, shared.api.get_notificacion(decoded.context, request).await)
}
