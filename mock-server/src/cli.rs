//! Command-line interface, compatible with `prism mock` (so containers and scripts can swap
//! Prism for this binary without changing their arguments) plus this server's extras.

use clap::{ArgAction, Args, Parser, Subcommand};

/// Prism-compatible mock server for OpenAPI 3.0/3.1 contracts.
#[derive(Debug, Parser)]
#[command(name = "mock-server", version, about, disable_help_subcommand = true)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

/// Subcommands (only `mock`, as in Prism).
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Serve mock responses for one or more OpenAPI documents.
    Mock(MockArgs),
}

/// `mock` options. `-h` is the host, as in Prism; help is `--help`.
#[derive(Debug, Args, Clone)]
#[command(disable_help_flag = true)]
pub struct MockArgs {
    /// Print help.
    #[arg(long, action = ArgAction::Help)]
    pub help: Option<bool>,

    /// Address to listen on (`0.0.0.0` in containers).
    #[arg(short = 'h', long, env = "MOCK_HOST", default_value = "127.0.0.1")]
    pub host: String,

    /// Port to listen on.
    #[arg(short = 'p', long, env = "MOCK_PORT", default_value_t = 4010)]
    pub port: u16,

    /// Generate responses from the schemas (random values) instead of examples.
    #[arg(short = 'd', long, env = "MOCK_DYNAMIC")]
    pub dynamic: bool,

    /// Seed for dynamic values: the same request then gets the same response on every run.
    #[arg(long, env = "MOCK_SEED")]
    pub seed: Option<u64>,

    /// Answer 500 (VIOLATIONS) when a mocked response breaks its own schema.
    #[arg(long, env = "MOCK_ERRORS")]
    pub errors: bool,

    /// CORS headers and preflight answers (`--cors=false` turns them off).
    #[arg(long, env = "MOCK_CORS", default_value_t = true, num_args = 0..=1,
          require_equals = true, default_missing_value = "true", action = ArgAction::Set)]
    pub cors: bool,

    /// Ignore examples: static responses are sampled from the schemas.
    #[arg(long, env = "MOCK_IGNORE_EXAMPLES")]
    pub ignore_examples: bool,

    /// Dynamic mode: add extra properties where `additionalProperties` allows them.
    #[arg(long = "json-schema-faker-fillProperties", default_value_t = true, num_args = 0..=1,
          require_equals = true, default_missing_value = "true", action = ArgAction::Set)]
    pub fill_properties: bool,

    /// Accepted for Prism compatibility (Prism's multi-process mode); has no effect.
    #[arg(short = 'm', long = "multiprocess")]
    pub multiprocess: bool,

    /// Serve a spec under a path prefix: `--mount /api/v1/clientes=specs/clientes.yaml`.
    /// Repeatable; SPEC may be a directory (every spec in it, under that prefix).
    #[arg(long = "mount", value_name = "PREFIX=SPEC")]
    pub mounts: Vec<String>,

    /// Collections behave like an in-memory store (POST creates, GET lists/reads, PUT/PATCH
    /// update, DELETE removes).
    #[arg(long, env = "MOCK_STATEFUL")]
    pub stateful: bool,

    /// Wait this many milliseconds before every answer.
    #[arg(long, env = "MOCK_DELAY", value_name = "MS", default_value_t = 0)]
    pub delay: u64,

    /// Serve /docs/ (Swagger UI), /docs/openapi.json, /openapi.json, /healthz and /readyz.
    #[arg(long, env = "MOCK_DOCS")]
    pub docs: bool,

    /// Do not watch the spec files for changes.
    #[arg(long)]
    pub no_reload: bool,

    /// Do not print a line per request.
    #[arg(short = 'q', long, env = "MOCK_QUIET")]
    pub quiet: bool,

    /// Folder a local spec's `$ref`s may read files from (default: the spec's own folder).
    #[arg(long, value_name = "DIR")]
    pub ref_root: Option<std::path::PathBuf>,

    /// Let a local spec's `$ref`s fetch http(s) documents.
    #[arg(long)]
    pub allow_remote_refs: bool,

    /// OpenAPI document(s): YAML or JSON file, directory of specs, or http(s) URL.
    #[arg(value_name = "SPEC", env = "MOCK_SPEC")]
    pub specs: Vec<String>,
}
