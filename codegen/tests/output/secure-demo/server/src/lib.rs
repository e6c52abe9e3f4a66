// @generated from codegen/tests/fixtures/secure-demo.yaml by `EXPECTORATE=overwrite cargo test -p taller-codegen --test snapshots`.
// Do not edit: change the spec or codegen/, then regenerate.

//! axum server stub of the `secure-demo` service (Secure demo): implement `SecureDemoApi` and serve `router(api)`.
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
    ///`GetInformeResponse200`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct GetInformeResponse200 {
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub who: ::std::option::Option<::std::string::String>,
    }
    ///`GetSaludResponse200`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct GetSaludResponse200 {
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub who: ::std::option::Option<::std::string::String>,
    }
    ///`GetSesionResponse200`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct GetSesionResponse200 {
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub who: ::std::option::Option<::std::string::String>,
    }
    ///`ListPiezasResponse200`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ListPiezasResponse200 {
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub who: ::std::option::Option<::std::string::String>,
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
/// The request of `get_informe` (GET /informe), validated against the contract.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize)]
pub struct GetInformeRequest {}
/// Every response `get_informe` declares, one variant per status.
#[must_use]
#[derive(Debug, Clone, PartialEq)]
pub enum GetInformeResponse {
    /// Who the caller is.
    Ok200(types::GetInformeResponse200),
    /// An RFC 9457 problem.
    Unauthorized401(::secure_demo_types::Problem),
}
impl IntoResponse for GetInformeResponse {
    fn into_response(self) -> HttpResponse {
        match self {
            Self::Ok200(body) => json_response(200u16, "application/json", &body),
            Self::Unauthorized401(body) => {
                json_response(401u16, "application/problem+json", &body)
            }
        }
    }
}
/// The request of `list_piezas` (GET /piezas), validated against the contract.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize)]
pub struct ListPiezasRequest {}
/// Every response `list_piezas` declares, one variant per status.
#[must_use]
#[derive(Debug, Clone, PartialEq)]
pub enum ListPiezasResponse {
    /// Who the caller is.
    Ok200(types::ListPiezasResponse200),
    /// An RFC 9457 problem.
    Unauthorized401(::secure_demo_types::Problem),
    /// An RFC 9457 problem.
    Forbidden403(::secure_demo_types::Problem),
}
impl IntoResponse for ListPiezasResponse {
    fn into_response(self) -> HttpResponse {
        match self {
            Self::Ok200(body) => json_response(200u16, "application/json", &body),
            Self::Unauthorized401(body) => {
                json_response(401u16, "application/problem+json", &body)
            }
            Self::Forbidden403(body) => {
                json_response(403u16, "application/problem+json", &body)
            }
        }
    }
}
/// The request of `purge_piezas` (DELETE /piezas), validated against the contract.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize)]
pub struct PurgePiezasRequest {}
/// Every response `purge_piezas` declares, one variant per status.
#[must_use]
#[derive(Debug, Clone, PartialEq)]
pub enum PurgePiezasResponse {
    /// Purged.
    NoContent204,
    /// An RFC 9457 problem.
    Unauthorized401(::secure_demo_types::Problem),
    /// An RFC 9457 problem.
    Forbidden403(::secure_demo_types::Problem),
}
impl IntoResponse for PurgePiezasResponse {
    fn into_response(self) -> HttpResponse {
        match self {
            Self::NoContent204 => empty_response(204u16),
            Self::Unauthorized401(body) => {
                json_response(401u16, "application/problem+json", &body)
            }
            Self::Forbidden403(body) => {
                json_response(403u16, "application/problem+json", &body)
            }
        }
    }
}
/// The request of `get_salud` (GET /salud), validated against the contract.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize)]
pub struct GetSaludRequest {}
/// Every response `get_salud` declares, one variant per status.
#[must_use]
#[derive(Debug, Clone, PartialEq)]
pub enum GetSaludResponse {
    /// Who the caller is.
    Ok200(types::GetSaludResponse200),
}
impl IntoResponse for GetSaludResponse {
    fn into_response(self) -> HttpResponse {
        match self {
            Self::Ok200(body) => json_response(200u16, "application/json", &body),
        }
    }
}
/// The request of `get_sesion` (GET /sesion), validated against the contract.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize)]
pub struct GetSesionRequest {}
/// Every response `get_sesion` declares, one variant per status.
#[must_use]
#[derive(Debug, Clone, PartialEq)]
pub enum GetSesionResponse {
    /// Who the caller is.
    Ok200(types::GetSesionResponse200),
    /// An RFC 9457 problem.
    Unauthorized401(::secure_demo_types::Problem),
}
impl IntoResponse for GetSesionResponse {
    fn into_response(self) -> HttpResponse {
        match self {
            Self::Ok200(body) => json_response(200u16, "application/json", &body),
            Self::Unauthorized401(body) => {
                json_response(401u16, "application/problem+json", &body)
            }
        }
    }
}
/// The `secure-demo` service as a trait: implement it and hand it to [`router`].
///
/// Each method receives the request's context and its typed request, already validated
/// against the contract, and returns one of the operation's declared responses or an
/// error: `?` works on [`Self::Error`], answered as the problem it names when the
/// operation declares its status, otherwise as the 500 every operation declares.
pub trait SecureDemoApi: Send + Sync + 'static {
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
    /// Needs both a bearer token and a key in the query (AND)
    fn get_informe(
        &self,
        context: RequestContext<Self::Principal>,
        request: GetInformeRequest,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<GetInformeResponse, Self::Error>,
    > + Send;
    /// Read with the document's default requirement (OAuth2 scope piezas:read), or with an API key in a header
    fn list_piezas(
        &self,
        context: RequestContext<Self::Principal>,
        request: ListPiezasRequest,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<ListPiezasResponse, Self::Error>,
    > + Send;
    /// Needs two scopes
    fn purge_piezas(
        &self,
        context: RequestContext<Self::Principal>,
        request: PurgePiezasRequest,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<PurgePiezasResponse, Self::Error>,
    > + Send;
    /// Open to anyone
    fn get_salud(
        &self,
        context: RequestContext<Self::Principal>,
        request: GetSaludRequest,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<GetSaludResponse, Self::Error>,
    > + Send;
    /// Basic or a cookie key; anonymous callers too
    fn get_sesion(
        &self,
        context: RequestContext<Self::Principal>,
        request: GetSesionRequest,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<GetSesionResponse, Self::Error>,
    > + Send;
}
pub use ::taller_runtime::security::{Credential, Principal, Unauthorized};
/// The security schemes of the contract (`components.securitySchemes`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SecurityScheme {
    /// `basic`: HTTP basic.
    Basic,
    /// `cookieKey`: API key in the cookie `sesion`.
    CookieKey,
    /// `headerKey`: API key in the header `X-Api-Key`.
    HeaderKey,
    /// `jwt`: HTTP bearer.
    Jwt,
    /// `oauth`: OAuth2 (a bearer token with scopes). Tokens of the workshop's identity provider.
    Oauth,
    /// `queryKey`: API key in the query `key`.
    QueryKey,
}
impl SecurityScheme {
    /// The scheme's name in the contract.
    pub fn name(self) -> &'static str {
        match self {
            Self::Basic => "basic",
            Self::CookieKey => "cookieKey",
            Self::HeaderKey => "headerKey",
            Self::Jwt => "jwt",
            Self::Oauth => "oauth",
            Self::QueryKey => "queryKey",
        }
    }
    fn from_name(name: &str) -> Option<Self> {
        match name {
            "basic" => Some(Self::Basic),
            "cookieKey" => Some(Self::CookieKey),
            "headerKey" => Some(Self::HeaderKey),
            "jwt" => Some(Self::Jwt),
            "oauth" => Some(Self::Oauth),
            "queryKey" => Some(Self::QueryKey),
            _ => None,
        }
    }
}
impl<A: SecureDemoApi> ::taller_runtime::security::Authenticate for Shared<A> {
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
pub fn router<A: SecureDemoApi>(api: A) -> ::axum::Router {
    let contract = Contract::from_json(CONTRACT_JSON)
        .expect("the embedded contract is the one codegen checked");
    let operations = [
        contract
            .operation("get_informe")
            .expect("every operation of the contract is known"),
        contract
            .operation("list_piezas")
            .expect("every operation of the contract is known"),
        contract
            .operation("purge_piezas")
            .expect("every operation of the contract is known"),
        contract
            .operation("get_salud")
            .expect("every operation of the contract is known"),
        contract
            .operation("get_sesion")
            .expect("every operation of the contract is known"),
    ];
    let shared = Arc::new(Shared { api, operations });
    let routes = ::axum::Router::new();
    let routes = routes
        .route(
            "/informe",
            ::axum::routing::MethodRouter::new()
                .get(handle_get_informe::<A>)
                .fallback(|| async {
                    Problem::method_not_allowed(&[::axum::http::Method::GET])
                }),
        );
    let routes = routes
        .route(
            "/piezas",
            ::axum::routing::MethodRouter::new()
                .get(handle_list_piezas::<A>)
                .delete(handle_purge_piezas::<A>)
                .fallback(|| async {
                    Problem::method_not_allowed(
                        &[::axum::http::Method::GET, ::axum::http::Method::DELETE],
                    )
                }),
        );
    let routes = routes
        .route(
            "/salud",
            ::axum::routing::MethodRouter::new()
                .get(handle_get_salud::<A>)
                .fallback(|| async {
                    Problem::method_not_allowed(&[::axum::http::Method::GET])
                }),
        );
    let routes = routes
        .route(
            "/sesion",
            ::axum::routing::MethodRouter::new()
                .get(handle_get_sesion::<A>)
                .fallback(|| async {
                    Problem::method_not_allowed(&[::axum::http::Method::GET])
                }),
        );
    routes
        .fallback(|uri: ::axum::http::Uri| async move { Problem::not_found(uri.path()) })
        .with_state(shared)
}
async fn handle_get_informe<A: SecureDemoApi>(
    ::axum::extract::State(shared): ::axum::extract::State<Arc<Shared<A>>>,
    request: ::axum::extract::Request,
) -> HttpResponse {
    let operation = &shared.operations[0usize];
    let decoded = match decode::<
        GetInformeRequest,
        _,
    >(operation, request, shared.as_ref())
        .await
    {
        Ok(decoded) => decoded,
        Err(problem) => return problem.into_response(),
    };
    let uri = decoded.context.uri().clone();
    let request = decoded.request;
    respond(operation, &uri, shared.api.get_informe(decoded.context, request).await)
}
async fn handle_list_piezas<A: SecureDemoApi>(
    ::axum::extract::State(shared): ::axum::extract::State<Arc<Shared<A>>>,
    request: ::axum::extract::Request,
) -> HttpResponse {
    let operation = &shared.operations[1usize];
    let decoded = match decode::<
        ListPiezasRequest,
        _,
    >(operation, request, shared.as_ref())
        .await
    {
        Ok(decoded) => decoded,
        Err(problem) => return problem.into_response(),
    };
    let uri = decoded.context.uri().clone();
    let request = decoded.request;
    respond(operation, &uri, shared.api.list_piezas(decoded.context, request).await)
}
async fn handle_purge_piezas<A: SecureDemoApi>(
    ::axum::extract::State(shared): ::axum::extract::State<Arc<Shared<A>>>,
    request: ::axum::extract::Request,
) -> HttpResponse {
    let operation = &shared.operations[2usize];
    let decoded = match decode::<
        PurgePiezasRequest,
        _,
    >(operation, request, shared.as_ref())
        .await
    {
        Ok(decoded) => decoded,
        Err(problem) => return problem.into_response(),
    };
    let uri = decoded.context.uri().clone();
    let request = decoded.request;
    respond(operation, &uri, shared.api.purge_piezas(decoded.context, request).await)
}
async fn handle_get_salud<A: SecureDemoApi>(
    ::axum::extract::State(shared): ::axum::extract::State<Arc<Shared<A>>>,
    request: ::axum::extract::Request,
) -> HttpResponse {
    let operation = &shared.operations[3usize];
    let decoded = match decode::<GetSaludRequest, _>(operation, request, shared.as_ref())
        .await
    {
        Ok(decoded) => decoded,
        Err(problem) => return problem.into_response(),
    };
    let uri = decoded.context.uri().clone();
    let request = decoded.request;
    respond(operation, &uri, shared.api.get_salud(decoded.context, request).await)
}
async fn handle_get_sesion<A: SecureDemoApi>(
    ::axum::extract::State(shared): ::axum::extract::State<Arc<Shared<A>>>,
    request: ::axum::extract::Request,
) -> HttpResponse {
    let operation = &shared.operations[4usize];
    let decoded = match decode::<
        GetSesionRequest,
        _,
    >(operation, request, shared.as_ref())
        .await
    {
        Ok(decoded) => decoded,
        Err(problem) => return problem.into_response(),
    };
    let uri = decoded.context.uri().clone();
    let request = decoded.request;
    respond(operation, &uri, shared.api.get_sesion(decoded.context, request).await)
}
