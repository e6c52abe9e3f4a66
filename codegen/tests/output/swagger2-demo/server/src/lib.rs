// @generated from codegen/tests/fixtures/swagger2-demo.yaml by `EXPECTORATE=overwrite cargo test -p taller-codegen --test snapshots`.
// Do not edit: change the spec or codegen/, then regenerate.

//! axum server stub of the `swagger2-demo` service (Swagger demo): implement `Swagger2DemoApi` and serve `router(api)`.
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
    ///`ListNotesQuery`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ListNotesQuery {
        #[serde(default = "defaults::default_nzu64::<::std::num::NonZeroU64, 10>")]
        pub limit: ::std::num::NonZeroU64,
    }
    impl ::std::default::Default for ListNotesQuery {
        fn default() -> Self {
            Self {
                limit: defaults::default_nzu64::<::std::num::NonZeroU64, 10>(),
            }
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
/// The request of `listNotes` (GET /notes), validated against the contract.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize)]
pub struct ListNotesRequest {
    /// The query parameters.
    pub query: types::ListNotesQuery,
}
/// Every response `listNotes` declares, one variant per status.
#[must_use]
#[derive(Debug, Clone, PartialEq)]
pub enum ListNotesResponse {
    /// Notes.
    Ok200(::std::vec::Vec<::swagger2_demo_types::Note>),
}
impl IntoResponse for ListNotesResponse {
    fn into_response(self) -> HttpResponse {
        match self {
            Self::Ok200(body) => json_response(200u16, "application/json", &body),
        }
    }
}
/// The request of `addNote` (POST /notes), validated against the contract.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize)]
pub struct AddNoteRequest {
    /// The request body.
    pub body: ::swagger2_demo_types::NewNote,
}
/// Every response `addNote` declares, one variant per status.
#[must_use]
#[derive(Debug, Clone, PartialEq)]
pub enum AddNoteResponse {
    /// Added.
    Created201(::swagger2_demo_types::Note),
    /// Refused.
    BadRequest400(::swagger2_demo_types::Error),
}
impl IntoResponse for AddNoteResponse {
    fn into_response(self) -> HttpResponse {
        match self {
            Self::Created201(body) => json_response(201u16, "application/json", &body),
            Self::BadRequest400(body) => json_response(400u16, "application/json", &body),
        }
    }
}
/// The `swagger2-demo` service as a trait: implement it and hand it to [`router`].
///
/// Each method receives the request's context and its typed request, already validated
/// against the contract, and returns one of the operation's declared responses or an
/// error: `?` works on [`Self::Error`], answered as the problem it names when the
/// operation declares its status, otherwise as the 500 every operation declares.
pub trait Swagger2DemoApi: Send + Sync + 'static {
    /// The implementation's error (see [`ApiError`]); `std::convert::Infallible` when
    /// nothing can fail, [`Problem`] to answer problems directly.
    type Error: ApiError;
    /// listNotes
    fn list_notes(
        &self,
        context: RequestContext,
        request: ListNotesRequest,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<ListNotesResponse, Self::Error>,
    > + Send;
    /// addNote
    fn add_note(
        &self,
        context: RequestContext,
        request: AddNoteRequest,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<AddNoteResponse, Self::Error>,
    > + Send;
}
struct Shared<A> {
    api: A,
    operations: [Arc<Operation>; 2usize],
}
/// Every route of the contract, served by `api`. Unknown paths answer a problem+json 404,
/// known paths with an undeclared method a problem+json 405.
pub fn router<A: Swagger2DemoApi>(api: A) -> ::axum::Router {
    let contract = Contract::from_json(CONTRACT_JSON)
        .expect("the embedded contract is the one codegen checked");
    let operations = [
        contract
            .operation("listNotes")
            .expect("every operation of the contract is known"),
        contract.operation("addNote").expect("every operation of the contract is known"),
    ];
    let shared = Arc::new(Shared { api, operations });
    let routes = ::axum::Router::new();
    let routes = routes
        .route(
            "/notes",
            ::axum::routing::MethodRouter::new()
                .get(handle_list_notes::<A>)
                .post(handle_add_note::<A>)
                .fallback(|| async {
                    Problem::method_not_allowed(
                        &[::axum::http::Method::GET, ::axum::http::Method::POST],
                    )
                }),
        );
    routes
        .fallback(|uri: ::axum::http::Uri| async move { Problem::not_found(uri.path()) })
        .with_state(shared)
}
async fn handle_list_notes<A: Swagger2DemoApi>(
    ::axum::extract::State(shared): ::axum::extract::State<Arc<Shared<A>>>,
    request: ::axum::extract::Request,
) -> HttpResponse {
    let operation = &shared.operations[0usize];
    let decoded = match decode::<
        ListNotesRequest,
        _,
    >(operation, request, &::taller_runtime::stub::NoSecurity)
        .await
    {
        Ok(decoded) => decoded,
        Err(problem) => return problem.into_response(),
    };
    let uri = decoded.context.uri().clone();
    let request = decoded.request;
    respond(operation, &uri, shared.api.list_notes(decoded.context, request).await)
}
async fn handle_add_note<A: Swagger2DemoApi>(
    ::axum::extract::State(shared): ::axum::extract::State<Arc<Shared<A>>>,
    request: ::axum::extract::Request,
) -> HttpResponse {
    let operation = &shared.operations[1usize];
    let decoded = match decode::<
        AddNoteRequest,
        _,
    >(operation, request, &::taller_runtime::stub::NoSecurity)
        .await
    {
        Ok(decoded) => decoded,
        Err(problem) => return problem.into_response(),
    };
    let uri = decoded.context.uri().clone();
    let request = decoded.request;
    respond(operation, &uri, shared.api.add_note(decoded.context, request).await)
}
