//! recambios: the workshop's spare-parts service. It keeps the parts catalogue and its stock
//! (entradas, salidas, reservations for jobs, releases) on MongoDB or, for a local run, in an
//! embedded file database, and serves the `specs/recambios.yaml` contract through the
//! generated `recambios-server` stub. Layers, each ignorant of the next: `domain` (rules),
//! `store` (persistence behind the `Repository` trait), `effects` (notifications and audit
//! log sent off the request path), `api` (the HTTP contract); `metrics` counts what they do.

pub mod api;
pub mod app;
pub mod config;
pub mod domain;
pub mod effects;
pub mod error;
pub mod metrics;
pub mod service;
pub mod store;
mod tokens;

pub use app::run;
