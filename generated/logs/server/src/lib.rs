// @generated from specs/logs.yaml by `cargo run -p taller-codegen -- generate`.
// Do not edit: change the spec or codegen/, then regenerate.

//! axum server stub of the `logs` service (taller — logs): implement `LogsApi` and serve `router(api)`.
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
    ///`GetLogPath`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct GetLogPath {
        ///The event's id, assigned by the server.
        pub log_id: ::uuid::Uuid,
    }
    ///`ListLogsQuery`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ListLogsQuery {
        ///Only events at or after this moment.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub fecha_desde: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        ///Only events at or before this moment.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub fecha_hasta: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        ///Field to sort by.
        #[serde(default = "defaults::list_logs_query_order")]
        pub order: ListLogsQueryOrder,
        ///Sort direction.
        #[serde(default = "defaults::list_logs_query_ordering")]
        pub ordering: ListLogsQueryOrdering,
        ///Page number, from 1.
        #[serde(default = "defaults::default_nzu64::<::std::num::NonZeroU64, 1>")]
        pub page: ::std::num::NonZeroU64,
        ///Items per page.
        #[serde(default = "defaults::default_nzu64::<::std::num::NonZeroU64, 20>")]
        pub page_size: ::std::num::NonZeroU64,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub prioridad: ::std::option::Option<::logs_types::Prioridad>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub subsistema: ::std::option::Option<::logs_types::Subsistema>,
        ///Substring of `descripcion_evento` (case-insensitive).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub texto: ::std::option::Option<ListLogsQueryTexto>,
        ///Only events raised by this user (exact match).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub usuario: ::std::option::Option<ListLogsQueryUsuario>,
    }
    impl ::std::default::Default for ListLogsQuery {
        fn default() -> Self {
            Self {
                fecha_desde: Default::default(),
                fecha_hasta: Default::default(),
                order: defaults::list_logs_query_order(),
                ordering: defaults::list_logs_query_ordering(),
                page: defaults::default_nzu64::<::std::num::NonZeroU64, 1>(),
                page_size: defaults::default_nzu64::<::std::num::NonZeroU64, 20>(),
                prioridad: Default::default(),
                subsistema: Default::default(),
                texto: Default::default(),
                usuario: Default::default(),
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
    pub enum ListLogsQueryOrder {
        #[serde(rename = "fecha")]
        Fecha,
        #[serde(rename = "prioridad")]
        Prioridad,
        #[serde(rename = "subsistema")]
        Subsistema,
        #[serde(rename = "usuario")]
        Usuario,
    }
    impl ::std::fmt::Display for ListLogsQueryOrder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Fecha => f.write_str("fecha"),
                Self::Prioridad => f.write_str("prioridad"),
                Self::Subsistema => f.write_str("subsistema"),
                Self::Usuario => f.write_str("usuario"),
            }
        }
    }
    impl ::std::str::FromStr for ListLogsQueryOrder {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "fecha" => Ok(Self::Fecha),
                "prioridad" => Ok(Self::Prioridad),
                "subsistema" => Ok(Self::Subsistema),
                "usuario" => Ok(Self::Usuario),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ListLogsQueryOrder {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListLogsQueryOrder {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::default::Default for ListLogsQueryOrder {
        fn default() -> Self {
            ListLogsQueryOrder::Fecha
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
    pub enum ListLogsQueryOrdering {
        #[serde(rename = "ASC")]
        Asc,
        #[serde(rename = "DESC")]
        Desc,
    }
    impl ::std::fmt::Display for ListLogsQueryOrdering {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Asc => f.write_str("ASC"),
                Self::Desc => f.write_str("DESC"),
            }
        }
    }
    impl ::std::str::FromStr for ListLogsQueryOrdering {
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
    impl ::std::convert::TryFrom<&str> for ListLogsQueryOrdering {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListLogsQueryOrdering {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::default::Default for ListLogsQueryOrdering {
        fn default() -> Self {
            ListLogsQueryOrdering::Asc
        }
    }
    ///Substring of `descripcion_evento` (case-insensitive).
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ListLogsQueryTexto(::std::string::String);
    impl ::std::ops::Deref for ListLogsQueryTexto {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ListLogsQueryTexto> for ::std::string::String {
        fn from(value: ListLogsQueryTexto) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ListLogsQueryTexto {
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
    impl ::std::convert::TryFrom<&str> for ListLogsQueryTexto {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListLogsQueryTexto {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ListLogsQueryTexto {
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
    ///Only events raised by this user (exact match).
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ListLogsQueryUsuario(::std::string::String);
    impl ::std::ops::Deref for ListLogsQueryUsuario {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ListLogsQueryUsuario> for ::std::string::String {
        fn from(value: ListLogsQueryUsuario) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ListLogsQueryUsuario {
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
    impl ::std::convert::TryFrom<&str> for ListLogsQueryUsuario {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListLogsQueryUsuario {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ListLogsQueryUsuario {
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
        pub(super) fn list_logs_query_order() -> super::ListLogsQueryOrder {
            super::ListLogsQueryOrder::Fecha
        }
        pub(super) fn list_logs_query_ordering() -> super::ListLogsQueryOrdering {
            super::ListLogsQueryOrdering::Asc
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
/// The request of `list_logs` (GET /logs), validated against the contract.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize)]
pub struct ListLogsRequest {
    /// The query parameters.
    pub query: types::ListLogsQuery,
}
/// Every response `list_logs` declares, one variant per status.
#[must_use]
#[derive(Debug, Clone, PartialEq)]
pub enum ListLogsResponse {
    /// A page of events.
    Ok200(::logs_types::LogPagina),
    /// Malformed request (unparseable JSON, or a bad path, query or header value).
    BadRequest400(::logs_types::Problem),
    /// No valid credentials (missing, expired, badly signed, wrong issuer or audience); `WWW-Authenticate` says which scheme is expected.
    Unauthorized401 {
        /// The response body.
        body: ::logs_types::Problem,
        /// The `WWW-Authenticate` header. The challenge, e.g. `Bearer realm="taller", error="invalid_token"`.
        www_authenticate: ::std::option::Option<String>,
    },
    /// Valid credentials that lack a scope the operation needs.
    Forbidden403(::logs_types::Problem),
    /// Unexpected server error.
    InternalServerError500(::logs_types::Problem),
    /// A dependency (the database) is down; retry later.
    ServiceUnavailable503(::logs_types::Problem),
}
impl IntoResponse for ListLogsResponse {
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
/// The request of `create_log` (POST /logs), validated against the contract.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize)]
pub struct CreateLogRequest {
    /// The request body.
    pub body: ::logs_types::LogNuevo,
}
/// Every response `create_log` declares, one variant per status.
#[must_use]
#[derive(Debug, Clone, PartialEq)]
pub enum CreateLogResponse {
    /// The event was stored.
    Created201 {
        /// The response body.
        body: ::logs_types::Log,
        /// The `Location` header. Path of the created resource.
        location: ::std::option::Option<String>,
    },
    /// Malformed request (unparseable JSON, or a bad path, query or header value).
    BadRequest400(::logs_types::Problem),
    /// No valid credentials (missing, expired, badly signed, wrong issuer or audience); `WWW-Authenticate` says which scheme is expected.
    Unauthorized401 {
        /// The response body.
        body: ::logs_types::Problem,
        /// The `WWW-Authenticate` header. The challenge, e.g. `Bearer realm="taller", error="invalid_token"`.
        www_authenticate: ::std::option::Option<String>,
    },
    /// Valid credentials that lack a scope the operation needs.
    Forbidden403(::logs_types::Problem),
    /// The body is not `application/json`.
    UnsupportedMediaType415(::logs_types::Problem),
    /// The body is JSON but breaks the schema.
    UnprocessableEntity422(::logs_types::Problem),
    /// Unexpected server error.
    InternalServerError500(::logs_types::Problem),
    /// A dependency (the database) is down; retry later.
    ServiceUnavailable503(::logs_types::Problem),
}
impl IntoResponse for CreateLogResponse {
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
/// The request of `get_log` (GET /logs/{log_id}), validated against the contract.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize)]
pub struct GetLogRequest {
    /// The path parameters.
    pub path: types::GetLogPath,
}
/// Every response `get_log` declares, one variant per status.
#[must_use]
#[derive(Debug, Clone, PartialEq)]
pub enum GetLogResponse {
    /// The event.
    Ok200 {
        /// The response body.
        body: ::logs_types::Log,
        /// The `ETag` header. Version of the resource (events never change, so neither does it).
        etag: ::std::option::Option<String>,
    },
    /// Malformed request (unparseable JSON, or a bad path, query or header value).
    BadRequest400(::logs_types::Problem),
    /// No valid credentials (missing, expired, badly signed, wrong issuer or audience); `WWW-Authenticate` says which scheme is expected.
    Unauthorized401 {
        /// The response body.
        body: ::logs_types::Problem,
        /// The `WWW-Authenticate` header. The challenge, e.g. `Bearer realm="taller", error="invalid_token"`.
        www_authenticate: ::std::option::Option<String>,
    },
    /// Valid credentials that lack a scope the operation needs.
    Forbidden403(::logs_types::Problem),
    /// No event has this id.
    NotFound404(::logs_types::Problem),
    /// Unexpected server error.
    InternalServerError500(::logs_types::Problem),
    /// A dependency (the database) is down; retry later.
    ServiceUnavailable503(::logs_types::Problem),
}
impl IntoResponse for GetLogResponse {
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
/// The `logs` service as a trait: implement it and hand it to [`router`].
///
/// Each method receives the request's context and its typed request, already validated
/// against the contract, and returns one of the operation's declared responses or an
/// error: `?` works on [`Self::Error`], answered as the problem it names when the
/// operation declares its status, otherwise as the 500 every operation declares.
pub trait LogsApi: Send + Sync + 'static {
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
    /// List events
    ///
    /// A page of events matching every given filter. `fecha_desde` and `fecha_hasta`
    /// bound `fecha` (both inclusive); `texto` matches a case-insensitive substring of
    /// `descripcion_evento`. An empty result is 200 with `items: []`.
    fn list_logs(
        &self,
        context: RequestContext<Self::Principal>,
        request: ListLogsRequest,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<ListLogsResponse, Self::Error>,
    > + Send;
    /// Append an event
    ///
    /// Appends an event. `fecha` is when it happened; when left out, the server uses the
    /// moment it receives the event. `prioridad` defaults to 2 (medium).
    fn create_log(
        &self,
        context: RequestContext<Self::Principal>,
        request: CreateLogRequest,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<CreateLogResponse, Self::Error>,
    > + Send;
    /// Get an event
    ///
    /// The event with this id.
    fn get_log(
        &self,
        context: RequestContext<Self::Principal>,
        request: GetLogRequest,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<GetLogResponse, Self::Error>,
    > + Send;
}
pub use ::taller_runtime::security::{Credential, Principal, Unauthorized};
/// The security schemes of the contract (`components.securitySchemes`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SecurityScheme {
    /** `bearerAuth`: OAuth2 (a bearer token with scopes). A JWT access token of the workshop's identity provider, sent as
`Authorization: Bearer <token>`: HS256 for the local run, RS256 with the provider's
keys in production; `iss`, `aud` and `exp` are checked. Its `scope` claim
(space-separated) grants `logs:read` for reads, `logs:write` for changes and
`logs:admin` for destructive operations. `scripts/run` prints a development token
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
impl<A: LogsApi> ::taller_runtime::security::Authenticate for Shared<A> {
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
    operations: [Arc<Operation>; 3usize],
}
/// Every route of the contract, served by `api`. Unknown paths answer a problem+json 404,
/// known paths with an undeclared method a problem+json 405.
pub fn router<A: LogsApi>(api: A) -> ::axum::Router {
    let contract = Contract::from_json(CONTRACT_JSON)
        .expect("the embedded contract is the one codegen checked");
    let operations = [
        contract
            .operation("list_logs")
            .expect("every operation of the contract is known"),
        contract
            .operation("create_log")
            .expect("every operation of the contract is known"),
        contract.operation("get_log").expect("every operation of the contract is known"),
    ];
    let shared = Arc::new(Shared { api, operations });
    let routes = ::axum::Router::new();
    let routes = routes
        .route(
            "/logs",
            ::axum::routing::MethodRouter::new()
                .get(handle_list_logs::<A>)
                .post(handle_create_log::<A>)
                .fallback(|| async {
                    Problem::method_not_allowed(
                        &[::axum::http::Method::GET, ::axum::http::Method::POST],
                    )
                }),
        );
    let routes = routes
        .route(
            "/logs/{log_id}",
            ::axum::routing::MethodRouter::new()
                .get(handle_get_log::<A>)
                .fallback(|| async {
                    Problem::method_not_allowed(&[::axum::http::Method::GET])
                }),
        );
    routes
        .fallback(|uri: ::axum::http::Uri| async move { Problem::not_found(uri.path()) })
        .with_state(shared)
}
async fn handle_list_logs<A: LogsApi>(
    ::axum::extract::State(shared): ::axum::extract::State<Arc<Shared<A>>>,
    request: ::axum::extract::Request,
) -> HttpResponse {
    let operation = &shared.operations[0usize];
    let decoded = match decode::<ListLogsRequest, _>(operation, request, shared.as_ref())
        .await
    {
        Ok(decoded) => decoded,
        Err(problem) => return problem.into_response(),
    };
    let uri = decoded.context.uri().clone();
    let request = decoded.request;
    respond(operation, &uri, shared.api.list_logs(decoded.context, request).await)
}
async fn handle_create_log<A: LogsApi>(
    ::axum::extract::State(shared): ::axum::extract::State<Arc<Shared<A>>>,
    request: ::axum::extract::Request,
) -> HttpResponse {
    let operation = &shared.operations[1usize];
    let decoded = match decode::<
        CreateLogRequest,
        _,
    >(operation, request, shared.as_ref())
        .await
    {
        Ok(decoded) => decoded,
        Err(problem) => return problem.into_response(),
    };
    let uri = decoded.context.uri().clone();
    let request = decoded.request;
    respond(operation, &uri, shared.api.create_log(decoded.context, request).await)
}
async fn handle_get_log<A: LogsApi>(
    ::axum::extract::State(shared): ::axum::extract::State<Arc<Shared<A>>>,
    request: ::axum::extract::Request,
) -> HttpResponse {
    let operation = &shared.operations[2usize];
    let decoded = match decode::<GetLogRequest, _>(operation, request, shared.as_ref())
        .await
    {
        Ok(decoded) => decoded,
        Err(problem) => return problem.into_response(),
    };
    let uri = decoded.context.uri().clone();
    let request = decoded.request;
    respond(operation, &uri, shared.api.get_log(decoded.context, request).await)
}
