// @generated from codegen/tests/fixtures/taller-demo.yaml by `EXPECTORATE=overwrite cargo test -p taller-codegen --test snapshots`.
// Do not edit: change the spec or codegen/, then regenerate.

//! axum server stub of the `taller-demo` service (Demo of what the generator handles): implement `TallerDemoApi` and serve `router(api)`.
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
    ///`DeletePiezaPath`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct DeletePiezaPath {
        pub codigo: ::taller_demo_types::Codigo,
    }
    ///`GetPiezaPath`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct GetPiezaPath {
        pub codigo: ::taller_demo_types::Codigo,
    }
    ///`ListPiezasHeaders`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ListPiezasHeaders {
        #[serde(rename = "X-Trace")]
        pub x_trace: ListPiezasHeadersXTrace,
    }
    ///`ListPiezasHeadersXTrace`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ListPiezasHeadersXTrace(::std::string::String);
    impl ::std::ops::Deref for ListPiezasHeadersXTrace {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ListPiezasHeadersXTrace> for ::std::string::String {
        fn from(value: ListPiezasHeadersXTrace) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ListPiezasHeadersXTrace {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for ListPiezasHeadersXTrace {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListPiezasHeadersXTrace {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ListPiezasHeadersXTrace {
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
    ///`ListPiezasQuery`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ListPiezasQuery {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub color: ::std::option::Option<ListPiezasQueryColor>,
        ///Page number.
        #[serde(default = "defaults::default_nzu64::<::std::num::NonZeroU64, 1>")]
        pub page: ::std::num::NonZeroU64,
    }
    impl ::std::default::Default for ListPiezasQuery {
        fn default() -> Self {
            Self {
                color: Default::default(),
                page: defaults::default_nzu64::<::std::num::NonZeroU64, 1>(),
            }
        }
    }
    ///`ListPiezasQueryColor`
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
    pub enum ListPiezasQueryColor {
        #[serde(rename = "rojo")]
        Rojo,
        #[serde(rename = "azul")]
        Azul,
    }
    impl ::std::fmt::Display for ListPiezasQueryColor {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Rojo => f.write_str("rojo"),
                Self::Azul => f.write_str("azul"),
            }
        }
    }
    impl ::std::str::FromStr for ListPiezasQueryColor {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "rojo" => Ok(Self::Rojo),
                "azul" => Ok(Self::Azul),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ListPiezasQueryColor {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListPiezasQueryColor {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`ListPiezasResponse200`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ListPiezasResponse200 {
        pub items: ::std::vec::Vec<::taller_demo_types::Pieza>,
        pub page: i64,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub trace: ::std::option::Option<::std::string::String>,
    }
    ///`SetNotaBody`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[serde(deny_unknown_fields)]
    pub struct SetNotaBody {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub texto: ::std::option::Option<SetNotaBodyTexto>,
    }
    ///`SetNotaBodyTexto`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct SetNotaBodyTexto(::std::string::String);
    impl ::std::ops::Deref for SetNotaBodyTexto {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<SetNotaBodyTexto> for ::std::string::String {
        fn from(value: SetNotaBodyTexto) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for SetNotaBodyTexto {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 10usize {
                return Err("longer than 10 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for SetNotaBodyTexto {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for SetNotaBodyTexto {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for SetNotaBodyTexto {
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
    ///`SetNotaPath`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct SetNotaPath {
        pub codigo: ::taller_demo_types::Codigo,
    }
    ///`SetNotaResponse200`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct SetNotaResponse200 {
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub texto: ::std::option::Option<::std::string::String>,
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
/// The request of `list_piezas` (GET /piezas), validated against the contract.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize)]
pub struct ListPiezasRequest {
    /// The query parameters.
    pub query: types::ListPiezasQuery,
    /// The header parameters.
    pub headers: types::ListPiezasHeaders,
}
/// Every response `list_piezas` declares, one variant per status.
#[must_use]
#[derive(Debug, Clone, PartialEq)]
pub enum ListPiezasResponse {
    /// A page of parts.
    Ok200(types::ListPiezasResponse200),
    /// An RFC 9457 problem.
    BadRequest400(::taller_demo_types::Problem),
}
impl IntoResponse for ListPiezasResponse {
    fn into_response(self) -> HttpResponse {
        match self {
            Self::Ok200(body) => json_response(200u16, "application/json", &body),
            Self::BadRequest400(body) => {
                json_response(400u16, "application/problem+json", &body)
            }
        }
    }
}
/// The request of `create_pieza` (POST /piezas), validated against the contract.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize)]
pub struct CreatePiezaRequest {
    /// The request body.
    pub body: ::taller_demo_types::PiezaNueva,
}
/// Every response `create_pieza` declares, one variant per status.
#[must_use]
#[derive(Debug, Clone, PartialEq)]
pub enum CreatePiezaResponse {
    /// Created.
    Created201 {
        /// The response body.
        body: ::taller_demo_types::Pieza,
        /// The `Location` header.
        location: String,
        /// The `X-Version` header.
        x_version: ::std::option::Option<i64>,
    },
    /// An RFC 9457 problem.
    Conflict409(::taller_demo_types::Problem),
    /// An RFC 9457 problem.
    UnprocessableEntity422(::taller_demo_types::Problem),
}
impl IntoResponse for CreatePiezaResponse {
    fn into_response(self) -> HttpResponse {
        match self {
            Self::Created201 { body, location, x_version } => {
                with_optional_header(
                    with_header(
                        json_response(201u16, "application/json", &body),
                        "location",
                        location,
                    ),
                    "x-version",
                    x_version,
                )
            }
            Self::Conflict409(body) => {
                json_response(409u16, "application/problem+json", &body)
            }
            Self::UnprocessableEntity422(body) => {
                json_response(422u16, "application/problem+json", &body)
            }
        }
    }
}
/// The request of `get_pieza` (GET /piezas/{codigo}), validated against the contract.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize)]
pub struct GetPiezaRequest {
    /// The path parameters.
    pub path: types::GetPiezaPath,
}
/// Every response `get_pieza` declares, one variant per status.
#[must_use]
#[derive(Debug, Clone, PartialEq)]
pub enum GetPiezaResponse {
    /// The part.
    Ok200 {
        /// The response body.
        body: ::taller_demo_types::Pieza,
        /// The `ETag` header.
        etag: String,
    },
    /// An RFC 9457 problem.
    NotFound404(::taller_demo_types::Problem),
}
impl IntoResponse for GetPiezaResponse {
    fn into_response(self) -> HttpResponse {
        match self {
            Self::Ok200 { body, etag } => {
                with_header(
                    json_response(200u16, "application/json", &body),
                    "etag",
                    etag,
                )
            }
            Self::NotFound404(body) => {
                json_response(404u16, "application/problem+json", &body)
            }
        }
    }
}
/// The request of `delete_pieza` (DELETE /piezas/{codigo}), validated against the contract.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize)]
pub struct DeletePiezaRequest {
    /// The path parameters.
    pub path: types::DeletePiezaPath,
}
/// Every response `delete_pieza` declares, one variant per status.
#[must_use]
#[derive(Debug, Clone, PartialEq)]
pub enum DeletePiezaResponse {
    /// Deleted.
    NoContent204,
    /// An RFC 9457 problem.
    NotFound404(::taller_demo_types::Problem),
}
impl IntoResponse for DeletePiezaResponse {
    fn into_response(self) -> HttpResponse {
        match self {
            Self::NoContent204 => empty_response(204u16),
            Self::NotFound404(body) => {
                json_response(404u16, "application/problem+json", &body)
            }
        }
    }
}
/// The request of `set_nota` (PUT /piezas/{codigo}/nota), validated against the contract.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize)]
pub struct SetNotaRequest {
    /// The path parameters.
    pub path: types::SetNotaPath,
    /// The JSON request body, when sent.
    pub body: ::std::option::Option<types::SetNotaBody>,
}
/// Every response `set_nota` declares, one variant per status.
#[must_use]
#[derive(Debug, Clone, PartialEq)]
pub enum SetNotaResponse {
    /// The note as stored.
    Ok200(types::SetNotaResponse200),
    /// An RFC 9457 problem.
    ClientError4XX {
        /// The status code sent.
        status: u16,
        /// The response body.
        body: ::taller_demo_types::Problem,
    },
}
impl IntoResponse for SetNotaResponse {
    fn into_response(self) -> HttpResponse {
        match self {
            Self::Ok200(body) => json_response(200u16, "application/json", &body),
            Self::ClientError4XX { status, body } => {
                json_response(status, "application/problem+json", &body)
            }
        }
    }
}
/// The `taller-demo` service as a trait: implement it and hand it to [`router`].
///
/// Each method receives the request's context and its typed request, already validated
/// against the contract, and returns one of the operation's declared responses or an
/// error: `?` works on [`Self::Error`], answered as the problem it names when the
/// operation declares its status, otherwise as the 500 every operation declares.
pub trait TallerDemoApi: Send + Sync + 'static {
    /// The implementation's error (see [`ApiError`]); `std::convert::Infallible` when
    /// nothing can fail, [`Problem`] to answer problems directly.
    type Error: ApiError;
    /// List parts
    fn list_piezas(
        &self,
        context: RequestContext,
        request: ListPiezasRequest,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<ListPiezasResponse, Self::Error>,
    > + Send;
    /// create_pieza
    fn create_pieza(
        &self,
        context: RequestContext,
        request: CreatePiezaRequest,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<CreatePiezaResponse, Self::Error>,
    > + Send;
    /// get_pieza
    fn get_pieza(
        &self,
        context: RequestContext,
        request: GetPiezaRequest,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<GetPiezaResponse, Self::Error>,
    > + Send;
    /// delete_pieza
    fn delete_pieza(
        &self,
        context: RequestContext,
        request: DeletePiezaRequest,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<DeletePiezaResponse, Self::Error>,
    > + Send;
    /// An optional, inline body; any client error through a `4XX` range.
    fn set_nota(
        &self,
        context: RequestContext,
        request: SetNotaRequest,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<SetNotaResponse, Self::Error>,
    > + Send;
}
struct Shared<A> {
    api: A,
    operations: [Arc<Operation>; 5usize],
}
/// Every route of the contract, served by `api`. Unknown paths answer a problem+json 404,
/// known paths with an undeclared method a problem+json 405.
pub fn router<A: TallerDemoApi>(api: A) -> ::axum::Router {
    let contract = Contract::from_json(CONTRACT_JSON)
        .expect("the embedded contract is the one codegen checked");
    let operations = [
        contract
            .operation("list_piezas")
            .expect("every operation of the contract is known"),
        contract
            .operation("create_pieza")
            .expect("every operation of the contract is known"),
        contract
            .operation("get_pieza")
            .expect("every operation of the contract is known"),
        contract
            .operation("delete_pieza")
            .expect("every operation of the contract is known"),
        contract.operation("set_nota").expect("every operation of the contract is known"),
    ];
    let shared = Arc::new(Shared { api, operations });
    let routes = ::axum::Router::new();
    let routes = routes
        .route(
            "/piezas",
            ::axum::routing::MethodRouter::new()
                .get(handle_list_piezas::<A>)
                .post(handle_create_pieza::<A>)
                .fallback(|| async {
                    Problem::method_not_allowed(
                        &[::axum::http::Method::GET, ::axum::http::Method::POST],
                    )
                }),
        );
    let routes = routes
        .route(
            "/piezas/{codigo}",
            ::axum::routing::MethodRouter::new()
                .get(handle_get_pieza::<A>)
                .delete(handle_delete_pieza::<A>)
                .fallback(|| async {
                    Problem::method_not_allowed(
                        &[::axum::http::Method::GET, ::axum::http::Method::DELETE],
                    )
                }),
        );
    let routes = routes
        .route(
            "/piezas/{codigo}/nota",
            ::axum::routing::MethodRouter::new()
                .put(handle_set_nota::<A>)
                .fallback(|| async {
                    Problem::method_not_allowed(&[::axum::http::Method::PUT])
                }),
        );
    routes
        .fallback(|uri: ::axum::http::Uri| async move { Problem::not_found(uri.path()) })
        .with_state(shared)
}
async fn handle_list_piezas<A: TallerDemoApi>(
    ::axum::extract::State(shared): ::axum::extract::State<Arc<Shared<A>>>,
    request: ::axum::extract::Request,
) -> HttpResponse {
    let operation = &shared.operations[0usize];
    let decoded = match decode::<
        ListPiezasRequest,
        _,
    >(operation, request, &::taller_runtime::stub::NoSecurity)
        .await
    {
        Ok(decoded) => decoded,
        Err(problem) => return problem.into_response(),
    };
    let uri = decoded.context.uri().clone();
    let request = decoded.request;
    respond(operation, &uri, shared.api.list_piezas(decoded.context, request).await)
}
async fn handle_create_pieza<A: TallerDemoApi>(
    ::axum::extract::State(shared): ::axum::extract::State<Arc<Shared<A>>>,
    request: ::axum::extract::Request,
) -> HttpResponse {
    let operation = &shared.operations[1usize];
    let decoded = match decode::<
        CreatePiezaRequest,
        _,
    >(operation, request, &::taller_runtime::stub::NoSecurity)
        .await
    {
        Ok(decoded) => decoded,
        Err(problem) => return problem.into_response(),
    };
    let uri = decoded.context.uri().clone();
    let request = decoded.request;
    respond(operation, &uri, shared.api.create_pieza(decoded.context, request).await)
}
async fn handle_get_pieza<A: TallerDemoApi>(
    ::axum::extract::State(shared): ::axum::extract::State<Arc<Shared<A>>>,
    request: ::axum::extract::Request,
) -> HttpResponse {
    let operation = &shared.operations[2usize];
    let decoded = match decode::<
        GetPiezaRequest,
        _,
    >(operation, request, &::taller_runtime::stub::NoSecurity)
        .await
    {
        Ok(decoded) => decoded,
        Err(problem) => return problem.into_response(),
    };
    let uri = decoded.context.uri().clone();
    let request = decoded.request;
    respond(operation, &uri, shared.api.get_pieza(decoded.context, request).await)
}
async fn handle_delete_pieza<A: TallerDemoApi>(
    ::axum::extract::State(shared): ::axum::extract::State<Arc<Shared<A>>>,
    request: ::axum::extract::Request,
) -> HttpResponse {
    let operation = &shared.operations[3usize];
    let decoded = match decode::<
        DeletePiezaRequest,
        _,
    >(operation, request, &::taller_runtime::stub::NoSecurity)
        .await
    {
        Ok(decoded) => decoded,
        Err(problem) => return problem.into_response(),
    };
    let uri = decoded.context.uri().clone();
    let request = decoded.request;
    respond(operation, &uri, shared.api.delete_pieza(decoded.context, request).await)
}
async fn handle_set_nota<A: TallerDemoApi>(
    ::axum::extract::State(shared): ::axum::extract::State<Arc<Shared<A>>>,
    request: ::axum::extract::Request,
) -> HttpResponse {
    let operation = &shared.operations[4usize];
    let decoded = match decode::<
        SetNotaRequest,
        _,
    >(operation, request, &::taller_runtime::stub::NoSecurity)
        .await
    {
        Ok(decoded) => decoded,
        Err(problem) => return problem.into_response(),
    };
    let uri = decoded.context.uri().clone();
    let request = decoded.request;
    respond(operation, &uri, shared.api.set_nota(decoded.context, request).await)
}
