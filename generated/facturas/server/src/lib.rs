// @generated from specs/facturas.yaml by `cargo run -p taller-codegen -- generate`.
// Do not edit: change the spec or codegen/, then regenerate.

//! axum server stub of the `facturas` service (taller — facturas): implement `FacturasApi` and serve `router(api)`.
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
    ///`AnularFacturaPath`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct AnularFacturaPath {
        pub factura_id: ::facturas_types::IdFactura,
    }
    ///`GetFacturaPath`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct GetFacturaPath {
        pub factura_id: ::facturas_types::IdFactura,
    }
    ///`ListFacturasQuery`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ListFacturasQuery {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub estado: ::std::option::Option<::facturas_types::EstadoFactura>,
        ///Only invoices issued on or after this day.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub fecha_desde: ::std::option::Option<::chrono::naive::NaiveDate>,
        ///Only invoices issued on or before this day.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub fecha_hasta: ::std::option::Option<::chrono::naive::NaiveDate>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id_cliente: ::std::option::Option<::facturas_types::Dni>,
        ///Only invoices whose `importe_total` is at most this (euros).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub importe_max: ::std::option::Option<f64>,
        ///Only invoices whose `importe_total` is at least this (euros).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub importe_min: ::std::option::Option<f64>,
        ///Field to sort by.
        #[serde(default = "defaults::list_facturas_query_order")]
        pub order: ListFacturasQueryOrder,
        ///Sort direction.
        #[serde(default = "defaults::list_facturas_query_ordering")]
        pub ordering: ListFacturasQueryOrdering,
        ///Page number, from 1.
        #[serde(default = "defaults::default_nzu64::<::std::num::NonZeroU64, 1>")]
        pub page: ::std::num::NonZeroU64,
        ///Items per page.
        #[serde(default = "defaults::default_nzu64::<::std::num::NonZeroU64, 20>")]
        pub page_size: ::std::num::NonZeroU64,
        ///Only the invoice(s) that include this job.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub trabajo: ::std::option::Option<::uuid::Uuid>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub vin_coche: ::std::option::Option<::facturas_types::Vin>,
    }
    impl ::std::default::Default for ListFacturasQuery {
        fn default() -> Self {
            Self {
                estado: Default::default(),
                fecha_desde: Default::default(),
                fecha_hasta: Default::default(),
                id_cliente: Default::default(),
                importe_max: Default::default(),
                importe_min: Default::default(),
                order: defaults::list_facturas_query_order(),
                ordering: defaults::list_facturas_query_ordering(),
                page: defaults::default_nzu64::<::std::num::NonZeroU64, 1>(),
                page_size: defaults::default_nzu64::<::std::num::NonZeroU64, 20>(),
                trabajo: Default::default(),
                vin_coche: Default::default(),
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
    pub enum ListFacturasQueryOrder {
        #[serde(rename = "id_factura")]
        IdFactura,
        #[serde(rename = "fecha_factura")]
        FechaFactura,
    }
    impl ::std::fmt::Display for ListFacturasQueryOrder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::IdFactura => f.write_str("id_factura"),
                Self::FechaFactura => f.write_str("fecha_factura"),
            }
        }
    }
    impl ::std::str::FromStr for ListFacturasQueryOrder {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "id_factura" => Ok(Self::IdFactura),
                "fecha_factura" => Ok(Self::FechaFactura),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ListFacturasQueryOrder {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListFacturasQueryOrder {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::default::Default for ListFacturasQueryOrder {
        fn default() -> Self {
            ListFacturasQueryOrder::IdFactura
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
    pub enum ListFacturasQueryOrdering {
        #[serde(rename = "ASC")]
        Asc,
        #[serde(rename = "DESC")]
        Desc,
    }
    impl ::std::fmt::Display for ListFacturasQueryOrdering {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Asc => f.write_str("ASC"),
                Self::Desc => f.write_str("DESC"),
            }
        }
    }
    impl ::std::str::FromStr for ListFacturasQueryOrdering {
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
    impl ::std::convert::TryFrom<&str> for ListFacturasQueryOrdering {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListFacturasQueryOrdering {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::default::Default for ListFacturasQueryOrdering {
        fn default() -> Self {
            ListFacturasQueryOrdering::Asc
        }
    }
    ///`PagarFacturaPath`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct PagarFacturaPath {
        pub factura_id: ::facturas_types::IdFactura,
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
        pub(super) fn list_facturas_query_order() -> super::ListFacturasQueryOrder {
            super::ListFacturasQueryOrder::IdFactura
        }
        pub(super) fn list_facturas_query_ordering() -> super::ListFacturasQueryOrdering {
            super::ListFacturasQueryOrdering::Asc
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
/// The request of `list_facturas` (GET /facturas), validated against the contract.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize)]
pub struct ListFacturasRequest {
    /// The query parameters.
    pub query: types::ListFacturasQuery,
}
/// Every response `list_facturas` declares, one variant per status.
#[must_use]
#[derive(Debug, Clone, PartialEq)]
pub enum ListFacturasResponse {
    /// A page of invoices.
    Ok200(::facturas_types::FacturaPagina),
    /// Malformed request (unparseable JSON, or a bad path, query or header value).
    BadRequest400(::facturas_types::Problem),
    /// No valid credentials (missing, expired, badly signed, wrong issuer or audience); `WWW-Authenticate` says which scheme is expected.
    Unauthorized401 {
        /// The response body.
        body: ::facturas_types::Problem,
        /// The `WWW-Authenticate` header. The challenge, e.g. `Bearer realm="taller", error="invalid_token"`.
        www_authenticate: ::std::option::Option<String>,
    },
    /// Valid credentials that lack a scope the operation needs.
    Forbidden403(::facturas_types::Problem),
    /// Unexpected server error.
    InternalServerError500(::facturas_types::Problem),
    /// A dependency (the database, or trabajos when issuing) is down; retry later.
    ServiceUnavailable503(::facturas_types::Problem),
}
impl IntoResponse for ListFacturasResponse {
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
/// The request of `create_factura` (POST /facturas), validated against the contract.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize)]
pub struct CreateFacturaRequest {
    /// The request body.
    pub body: ::facturas_types::FacturaNueva,
}
/// Every response `create_factura` declares, one variant per status.
#[must_use]
#[derive(Debug, Clone, PartialEq)]
pub enum CreateFacturaResponse {
    /// The invoice was issued.
    Created201 {
        /// The response body.
        body: ::facturas_types::Factura,
        /// The `Location` header. Path of the created resource.
        location: ::std::option::Option<String>,
    },
    /// Malformed request (unparseable JSON, or a bad path, query or header value).
    BadRequest400(::facturas_types::Problem),
    /// No valid credentials (missing, expired, badly signed, wrong issuer or audience); `WWW-Authenticate` says which scheme is expected.
    Unauthorized401 {
        /// The response body.
        body: ::facturas_types::Problem,
        /// The `WWW-Authenticate` header. The challenge, e.g. `Bearer realm="taller", error="invalid_token"`.
        www_authenticate: ::std::option::Option<String>,
    },
    /// Valid credentials that lack a scope the operation needs.
    Forbidden403(::facturas_types::Problem),
    /// A job is not `TERMINADO` (not finished yet, or already invoiced or cancelled).
    Conflict409(::facturas_types::Problem),
    /// The body is not `application/json`.
    UnsupportedMediaType415(::facturas_types::Problem),
    /// The body is JSON but breaks the schema or a domain rule.
    UnprocessableEntity422(::facturas_types::Problem),
    /// Unexpected server error.
    InternalServerError500(::facturas_types::Problem),
    /// A dependency (the database, or trabajos when issuing) is down; retry later.
    ServiceUnavailable503(::facturas_types::Problem),
}
impl IntoResponse for CreateFacturaResponse {
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
/// The request of `get_factura` (GET /facturas/{factura_id}), validated against the contract.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize)]
pub struct GetFacturaRequest {
    /// The path parameters.
    pub path: types::GetFacturaPath,
}
/// Every response `get_factura` declares, one variant per status.
#[must_use]
#[derive(Debug, Clone, PartialEq)]
pub enum GetFacturaResponse {
    /// The invoice.
    Ok200 {
        /// The response body.
        body: ::facturas_types::Factura,
        /// The `ETag` header. Version of the invoice (it changes when it is paid or annulled).
        etag: ::std::option::Option<String>,
    },
    /// Malformed request (unparseable JSON, or a bad path, query or header value).
    BadRequest400(::facturas_types::Problem),
    /// No valid credentials (missing, expired, badly signed, wrong issuer or audience); `WWW-Authenticate` says which scheme is expected.
    Unauthorized401 {
        /// The response body.
        body: ::facturas_types::Problem,
        /// The `WWW-Authenticate` header. The challenge, e.g. `Bearer realm="taller", error="invalid_token"`.
        www_authenticate: ::std::option::Option<String>,
    },
    /// Valid credentials that lack a scope the operation needs.
    Forbidden403(::facturas_types::Problem),
    /// No invoice has this number.
    NotFound404(::facturas_types::Problem),
    /// Unexpected server error.
    InternalServerError500(::facturas_types::Problem),
    /// A dependency (the database, or trabajos when issuing) is down; retry later.
    ServiceUnavailable503(::facturas_types::Problem),
}
impl IntoResponse for GetFacturaResponse {
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
/// The request of `anular_factura` (POST /facturas/{factura_id}/anular), validated against the contract.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize)]
pub struct AnularFacturaRequest {
    /// The path parameters.
    pub path: types::AnularFacturaPath,
    /// The request body.
    pub body: ::facturas_types::Anulacion,
}
/// Every response `anular_factura` declares, one variant per status.
#[must_use]
#[derive(Debug, Clone, PartialEq)]
pub enum AnularFacturaResponse {
    /// The invoice, now `Anulada`.
    Ok200 {
        /// The response body.
        body: ::facturas_types::Factura,
        /// The `ETag` header. Version of the invoice (it changes when it is paid or annulled).
        etag: ::std::option::Option<String>,
    },
    /// Malformed request (unparseable JSON, or a bad path, query or header value).
    BadRequest400(::facturas_types::Problem),
    /// No valid credentials (missing, expired, badly signed, wrong issuer or audience); `WWW-Authenticate` says which scheme is expected.
    Unauthorized401 {
        /// The response body.
        body: ::facturas_types::Problem,
        /// The `WWW-Authenticate` header. The challenge, e.g. `Bearer realm="taller", error="invalid_token"`.
        www_authenticate: ::std::option::Option<String>,
    },
    /// Valid credentials that lack a scope the operation needs.
    Forbidden403(::facturas_types::Problem),
    /// No invoice has this number.
    NotFound404(::facturas_types::Problem),
    /// The invoice's state does not allow this transition; nothing changed.
    Conflict409(::facturas_types::Problem),
    /// The body is not `application/json`.
    UnsupportedMediaType415(::facturas_types::Problem),
    /// The body is JSON but breaks the schema or a domain rule.
    UnprocessableEntity422(::facturas_types::Problem),
    /// Unexpected server error.
    InternalServerError500(::facturas_types::Problem),
    /// A dependency (the database, or trabajos when issuing) is down; retry later.
    ServiceUnavailable503(::facturas_types::Problem),
}
impl IntoResponse for AnularFacturaResponse {
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
/// The request of `pagar_factura` (POST /facturas/{factura_id}/pagar), validated against the contract.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize)]
pub struct PagarFacturaRequest {
    /// The path parameters.
    pub path: types::PagarFacturaPath,
    /// The request body.
    pub body: ::facturas_types::Pago,
}
/// Every response `pagar_factura` declares, one variant per status.
#[must_use]
#[derive(Debug, Clone, PartialEq)]
pub enum PagarFacturaResponse {
    /// The invoice, now `Pagada`.
    Ok200 {
        /// The response body.
        body: ::facturas_types::Factura,
        /// The `ETag` header. Version of the invoice (it changes when it is paid or annulled).
        etag: ::std::option::Option<String>,
    },
    /// Malformed request (unparseable JSON, or a bad path, query or header value).
    BadRequest400(::facturas_types::Problem),
    /// No valid credentials (missing, expired, badly signed, wrong issuer or audience); `WWW-Authenticate` says which scheme is expected.
    Unauthorized401 {
        /// The response body.
        body: ::facturas_types::Problem,
        /// The `WWW-Authenticate` header. The challenge, e.g. `Bearer realm="taller", error="invalid_token"`.
        www_authenticate: ::std::option::Option<String>,
    },
    /// Valid credentials that lack a scope the operation needs.
    Forbidden403(::facturas_types::Problem),
    /// No invoice has this number.
    NotFound404(::facturas_types::Problem),
    /// The invoice's state does not allow this transition; nothing changed.
    Conflict409(::facturas_types::Problem),
    /// The body is not `application/json`.
    UnsupportedMediaType415(::facturas_types::Problem),
    /// The body is JSON but breaks the schema or a domain rule.
    UnprocessableEntity422(::facturas_types::Problem),
    /// Unexpected server error.
    InternalServerError500(::facturas_types::Problem),
    /// A dependency (the database, or trabajos when issuing) is down; retry later.
    ServiceUnavailable503(::facturas_types::Problem),
}
impl IntoResponse for PagarFacturaResponse {
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
/// The `facturas` service as a trait: implement it and hand it to [`router`].
///
/// Each method receives the request's context and its typed request, already validated
/// against the contract, and returns one of the operation's declared responses or an
/// error: `?` works on [`Self::Error`], answered as the problem it names when the
/// operation declares its status, otherwise as the 500 every operation declares.
pub trait FacturasApi: Send + Sync + 'static {
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
    /// List invoices
    ///
    /// A page of invoices matching every given filter: by vehicle, customer, state, a job
    /// they include, a range of `fecha_factura` and a range of `importe_total` (all
    /// bounds inclusive). An empty result is 200 with `items: []`.
    fn list_facturas(
        &self,
        context: RequestContext<Self::Principal>,
        request: ListFacturasRequest,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<ListFacturasResponse, Self::Error>,
    > + Send;
    /// Issue an invoice for finished jobs
    ///
    /// Issues an invoice (`Emitida`, dated today, with the next number of this year's
    /// series) for the given jobs, which must all be `TERMINADO` and on the same vehicle;
    /// the lines and amounts come from the jobs' labour and parts, and the jobs become
    /// `FACTURADO`. 409 when a job is not `TERMINADO` (or already invoiced); 422 when a
    /// job does not exist or they are on different vehicles.
    fn create_factura(
        &self,
        context: RequestContext<Self::Principal>,
        request: CreateFacturaRequest,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<CreateFacturaResponse, Self::Error>,
    > + Send;
    /// Get an invoice
    ///
    /// The invoice with this number, with its lines and amounts.
    fn get_factura(
        &self,
        context: RequestContext<Self::Principal>,
        request: GetFacturaRequest,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<GetFacturaResponse, Self::Error>,
    > + Send;
    /// Annul an invoice
    ///
    /// `Emitida` → `Anulada`, with the reason. The invoice keeps its number; its jobs stay
    /// `FACTURADO` (issue a corrected invoice for them by listing them again). 409 from any
    /// other state (a paid invoice is not annulled).
    fn anular_factura(
        &self,
        context: RequestContext<Self::Principal>,
        request: AnularFacturaRequest,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<AnularFacturaResponse, Self::Error>,
    > + Send;
    /// Record an invoice's payment
    ///
    /// `Emitida` → `Pagada`, recording how and when it was paid (`fecha_pago` defaults to today). 409 from any other state.
    fn pagar_factura(
        &self,
        context: RequestContext<Self::Principal>,
        request: PagarFacturaRequest,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<PagarFacturaResponse, Self::Error>,
    > + Send;
}
pub use ::taller_runtime::security::{Credential, Principal, Unauthorized};
/// The security schemes of the contract (`components.securitySchemes`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SecurityScheme {
    /** `bearerAuth`: OAuth2 (a bearer token with scopes). A JWT access token of the workshop's identity provider, sent as
`Authorization: Bearer <token>`: HS256 for the local run, RS256 with the provider's
keys in production; `iss`, `aud` and `exp` are checked. Its `scope` claim
(space-separated) grants `facturas:read` for reads, `facturas:write` for changes and
`facturas:admin` for destructive operations. `scripts/run` prints a development token
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
impl<A: FacturasApi> ::taller_runtime::security::Authenticate for Shared<A> {
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
pub fn router<A: FacturasApi>(api: A) -> ::axum::Router {
    let contract = Contract::from_json(CONTRACT_JSON)
        .expect("the embedded contract is the one codegen checked");
    let operations = [
        contract
            .operation("list_facturas")
            .expect("every operation of the contract is known"),
        contract
            .operation("create_factura")
            .expect("every operation of the contract is known"),
        contract
            .operation("get_factura")
            .expect("every operation of the contract is known"),
        contract
            .operation("anular_factura")
            .expect("every operation of the contract is known"),
        contract
            .operation("pagar_factura")
            .expect("every operation of the contract is known"),
    ];
    let shared = Arc::new(Shared { api, operations });
    let routes = ::axum::Router::new();
    let routes = routes
        .route(
            "/facturas",
            ::axum::routing::MethodRouter::new()
                .get(handle_list_facturas::<A>)
                .post(handle_create_factura::<A>)
                .fallback(|| async {
                    Problem::method_not_allowed(
                        &[::axum::http::Method::GET, ::axum::http::Method::POST],
                    )
                }),
        );
    let routes = routes
        .route(
            "/facturas/{factura_id}",
            ::axum::routing::MethodRouter::new()
                .get(handle_get_factura::<A>)
                .fallback(|| async {
                    Problem::method_not_allowed(&[::axum::http::Method::GET])
                }),
        );
    let routes = routes
        .route(
            "/facturas/{factura_id}/anular",
            ::axum::routing::MethodRouter::new()
                .post(handle_anular_factura::<A>)
                .fallback(|| async {
                    Problem::method_not_allowed(&[::axum::http::Method::POST])
                }),
        );
    let routes = routes
        .route(
            "/facturas/{factura_id}/pagar",
            ::axum::routing::MethodRouter::new()
                .post(handle_pagar_factura::<A>)
                .fallback(|| async {
                    Problem::method_not_allowed(&[::axum::http::Method::POST])
                }),
        );
    routes
        .fallback(|uri: ::axum::http::Uri| async move { Problem::not_found(uri.path()) })
        .with_state(shared)
}
async fn handle_list_facturas<A: FacturasApi>(
    ::axum::extract::State(shared): ::axum::extract::State<Arc<Shared<A>>>,
    request: ::axum::extract::Request,
) -> HttpResponse {
    let operation = &shared.operations[0usize];
    let decoded = match decode::<
        ListFacturasRequest,
        _,
    >(operation, request, shared.as_ref())
        .await
    {
        Ok(decoded) => decoded,
        Err(problem) => return problem.into_response(),
    };
    let uri = decoded.context.uri().clone();
    let request = decoded.request;
    respond(operation, &uri, shared.api.list_facturas(decoded.context, request).await)
}
async fn handle_create_factura<A: FacturasApi>(
    ::axum::extract::State(shared): ::axum::extract::State<Arc<Shared<A>>>,
    request: ::axum::extract::Request,
) -> HttpResponse {
    let operation = &shared.operations[1usize];
    let decoded = match decode::<
        CreateFacturaRequest,
        _,
    >(operation, request, shared.as_ref())
        .await
    {
        Ok(decoded) => decoded,
        Err(problem) => return problem.into_response(),
    };
    let uri = decoded.context.uri().clone();
    let request = decoded.request;
    respond(operation, &uri, shared.api.create_factura(decoded.context, request).await)
}
async fn handle_get_factura<A: FacturasApi>(
    ::axum::extract::State(shared): ::axum::extract::State<Arc<Shared<A>>>,
    request: ::axum::extract::Request,
) -> HttpResponse {
    let operation = &shared.operations[2usize];
    let decoded = match decode::<
        GetFacturaRequest,
        _,
    >(operation, request, shared.as_ref())
        .await
    {
        Ok(decoded) => decoded,
        Err(problem) => return problem.into_response(),
    };
    let uri = decoded.context.uri().clone();
    let request = decoded.request;
    respond(operation, &uri, shared.api.get_factura(decoded.context, request).await)
}
async fn handle_anular_factura<A: FacturasApi>(
    ::axum::extract::State(shared): ::axum::extract::State<Arc<Shared<A>>>,
    request: ::axum::extract::Request,
) -> HttpResponse {
    let operation = &shared.operations[3usize];
    let decoded = match decode::<
        AnularFacturaRequest,
        _,
    >(operation, request, shared.as_ref())
        .await
    {
        Ok(decoded) => decoded,
        Err(problem) => return problem.into_response(),
    };
    let uri = decoded.context.uri().clone();
    let request = decoded.request;
    respond(operation, &uri, shared.api.anular_factura(decoded.context, request).await)
}
async fn handle_pagar_factura<A: FacturasApi>(
    ::axum::extract::State(shared): ::axum::extract::State<Arc<Shared<A>>>,
    request: ::axum::extract::Request,
) -> HttpResponse {
    let operation = &shared.operations[4usize];
    let decoded = match decode::<
        PagarFacturaRequest,
        _,
    >(operation, request, shared.as_ref())
        .await
    {
        Ok(decoded) => decoded,
        Err(problem) => return problem.into_response(),
    };
    let uri = decoded.context.uri().clone();
    let request = decoded.request;
    respond(operation, &uri, shared.api.pagar_factura(decoded.context, request).await)
}
