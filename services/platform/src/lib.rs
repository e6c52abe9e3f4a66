//! The whole taller platform on one machine, with no Docker and no database server: the real
//! Caddy with the project's Caddyfile in front, recambios (on its embedded store, or on
//! `MONGODB_URI`) and one `mock-server` per mocked service behind it, all child processes on
//! 127.0.0.1. It builds nothing: it runs binaries that `cargo build` already made.
//!
//! [`Platform::start`] spawns every process, waits until each answers its readiness probe and
//! returns the running platform; [`Platform::stop`] stops them, gateway first. The `taller`
//! binary is this plus Ctrl-C handling; the end-to-end test drives the same code.

pub mod child;
pub mod error;
pub mod issuer;
pub mod layout;
pub mod platform;

pub use error::Error;
pub use layout::Layout;
pub use platform::{MOCKED, Options, Platform, Recambios};
