//! `taller-runtime` — what every taller service needs, once.
//!
//! The generated axum server stubs (`generated/<svc>/server`) and the hand-written services
//! build on this crate so that no service carries its own copy of: RFC 9457 problem+json
//! responses ([`problem`]), request validation against the service's OpenAPI contract
//! ([`contract`], the validator of `taller-contract`, answered as problems), and the HTTP surface every service shares — `/healthz`, `/readyz`, the
//! Swagger UI and the contract document, Prometheus metrics at `/metrics` ([`metrics`]),
//! tracing with W3C trace context (`traceparent`) and optional OTLP export, request ids, CORS, the body limit, problem 404/405/413 answers and graceful
//! shutdown ([`service`]).
//!
//! The interface the generated code relies on is written down in `API.md` beside this crate.
#![allow(
    clippy::result_large_err,
    reason = "Problem's shape is the interface (API.md); it is built only on the failure path"
)]

pub mod context;
pub mod error;
pub mod jwt;
pub mod metrics;
pub mod problem;
pub mod security;
pub mod service;
pub mod stream;
pub mod stub;

pub use context::RequestContext;
pub use error::ApiError;
pub use problem::{FieldError, Problem};
/// Request validation against the contract: `taller-contract`'s validator, whose
/// [`contract::Rejection`]s become [`Problem`]s.
pub use taller_contract::validate as contract;
/// Why a contract could not be compiled.
pub use taller_contract::validate::ContractError as Error;
/// W3C Trace Context: `traceparent` parsing, the current request's context, propagation.
pub use taller_trace::{self as trace, TraceContext};
