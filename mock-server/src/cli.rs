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

/// Subcommands, as in Prism.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Serve mock responses for one or more OpenAPI documents.
    Mock(MockArgs),
    /// Forward requests to UPSTREAM, validating them and the upstream's answers against SPEC.
    Proxy(ProxyArgs),
}

/// `proxy` options: every `mock` option (the positional values are SPEC and UPSTREAM) plus
/// Prism's two proxy options.
#[derive(Debug, Args, Clone)]
#[command(disable_help_flag = true, args_override_self = true)]
pub struct ProxyArgs {
    #[command(flatten)]
    pub mock: MockArgs,

    /// Validate requests before forwarding them (`--validate-request=false` forwards them
    /// unchecked; security is still checked, as in Prism).
    #[arg(long, default_value_t = true, num_args = 0..=1, require_equals = true,
          default_missing_value = "true", action = ArgAction::Set)]
    pub validate_request: bool,

    /// HTTP proxy for the upstream requests: `http://user:password@proxy.example.com:1234`.
    #[arg(long, value_name = "URL")]
    pub upstream_proxy: Option<String>,

    /// `validate`: Prism's proxy (violations in `sl-violations`, and with `--errors` as
    /// answers). `transparent`: violations go to the log only; requests and answers pass as
    /// they are, byte for byte but the hop-by-hop headers.
    #[arg(long, value_enum, env = "MOCK_PROXY_MODE", default_value = "validate")]
    pub mode: crate::proxy::Mode,

    /// Upstream first, the mock as the fallback: answer from the mock when the upstream is
    /// `unreachable` or answers one of the listed statuses (`404`, `5XX`). Comma-separated or
    /// repeated: `--fallback unreachable,502,503`.
    #[arg(
        long,
        value_name = "WHEN",
        env = "MOCK_FALLBACK",
        value_delimiter = ','
    )]
    pub fallback: Vec<crate::proxy::FallbackWhen>,
}

/// The command line: [`Cli`], with the positional values of `proxy` named SPEC and UPSTREAM
/// (counted by [`crate::run_proxy`], so that options may stand between them).
pub fn command() -> clap::Command {
    use clap::CommandFactory;
    Cli::command().mut_subcommand("proxy", |proxy| {
        proxy
            .override_usage("mock-server proxy [OPTIONS] <SPEC> <UPSTREAM>")
            .mut_arg("specs", |arg| {
                arg.value_name("SPEC UPSTREAM").required(true).help(
                    "The OpenAPI document (file or http(s) URL), then the upstream's base URL",
                )
            })
    })
}

/// Parses Prism-style arguments (see [`prism_argv`]); clap's errors as `Err`.
pub fn try_parse(args: impl IntoIterator<Item = String>) -> Result<Cli, clap::Error> {
    use clap::FromArgMatches;
    let matches = command().try_get_matches_from(prism_argv(args))?;
    Cli::from_arg_matches(&matches)
}

/// `mock` options. `-h` is the host, as in Prism; help is `--help`.
#[derive(Debug, Args, Clone)]
#[command(disable_help_flag = true, args_override_self = true)]
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
    /// Any text, as in Prism (a number is used as it is).
    #[arg(long, env = "MOCK_SEED")]
    pub seed: Option<String>,

    /// Prism's log level: `warn` and quieter print no line per request.
    #[arg(short = 'v', long = "verbose-level", value_name = "LEVEL",
          value_parser = ["trace", "debug", "info", "warn", "error", "fatal", "silent"])]
    pub verbose_level: Option<String>,

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

    /// Serve /docs/ (Swagger UI), /docs/openapi.json, /openapi.json, /healthz, /readyz and
    /// /metrics (Prometheus: requests, latency, in flight, contract failures).
    #[arg(long, env = "MOCK_DOCS")]
    pub docs: bool,

    /// Do not watch the spec files for changes.
    #[arg(long)]
    pub no_reload: bool,

    /// Do not print a line per request.
    #[arg(short = 'q', long, env = "MOCK_QUIET")]
    pub quiet: bool,

    /// Threads that answer requests. By default half the CPUs the process may use (at least
    /// one): a mock's callers (test suites, the services it stands in for) usually run on the
    /// same machine, and one thread already answers about 100,000 requests a second.
    #[arg(long, env = "MOCK_WORKERS", value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    pub workers: Option<u16>,

    /// The request log: `text` (a line per request) or `json` (one object per line: time,
    /// method, path, operationId, status, durationMs, violations).
    #[arg(long, env = "MOCK_LOG_FORMAT", value_enum, default_value = "text")]
    pub log_format: crate::journal::LogFormat,

    /// Keep the requests received (the last 10,000): `GET /__admin/requests` lists them
    /// (filters: `?method=`, `?path=`, `?operationId=`), `DELETE /__admin/requests` clears.
    #[arg(long, env = "MOCK_ADMIN")]
    pub admin: bool,

    /// Serve each spec under the path of its first `servers` URL (`https://api.example.com/v1`
    /// → `/v1`; Swagger 2.0's `basePath`), where Prism serves every spec at the root.
    #[arg(long, env = "MOCK_MOUNT_SERVERS")]
    pub mount_servers: bool,

    /// Folder a local spec's `$ref`s may read files from (default: the spec's own folder).
    #[arg(long, value_name = "DIR")]
    pub ref_root: Option<std::path::PathBuf>,

    /// Let a local spec's `$ref`s fetch http(s) documents.
    #[arg(long)]
    pub allow_remote_refs: bool,

    /// Serve HTTPS with this PEM certificate chain (server certificate first); needs
    /// `--tls-key` (checked by [`crate::run`], so that the refusal is one line).
    #[arg(long, env = "MOCK_TLS_CERT", value_name = "FILE")]
    pub tls_cert: Option<std::path::PathBuf>,

    /// The PEM private key (PKCS#8, PKCS#1 or SEC1) of `--tls-cert`.
    #[arg(long, env = "MOCK_TLS_KEY", value_name = "FILE")]
    pub tls_key: Option<std::path::PathBuf>,

    /// OpenAPI document(s): YAML or JSON file, directory of specs, or http(s) URL.
    #[arg(value_name = "SPEC", env = "MOCK_SPEC")]
    pub specs: Vec<String>,
}

/// Boolean flags whose default is false: `--x` sets them.
const FLAGS_OFF: [&str; 12] = [
    "dynamic",
    "admin",
    "mount-servers",
    "errors",
    "ignore-examples",
    "multiprocess",
    "stateful",
    "docs",
    "no-reload",
    "quiet",
    "allow-remote-refs",
    "help",
];
/// Boolean options whose default is true: `--x=false` clears them.
const FLAGS_ON: [&str; 3] = [
    "cors",
    "json-schema-faker-fillProperties",
    "validate-request",
];
/// Short spellings of boolean flags.
const SHORT_FLAGS: [(&str, &str); 3] = [("d", "dynamic"), ("m", "multiprocess"), ("q", "quiet")];

/// The arguments as yargs (Prism's parser) reads them, rewritten for clap: camelCase names
/// (`--ignoreExamples`, `--verboseLevel`) in kebab case, `--no-x` as `--x=false`, and a boolean
/// flag followed by `true`/`false` (`--cors false`, `-m false`, `--errors=true`) taking it as
/// its value. Everything else passes unchanged.
pub fn prism_argv(args: impl IntoIterator<Item = String>) -> Vec<String> {
    let args: Vec<String> = args.into_iter().collect();
    let mut out = Vec::with_capacity(args.len());
    let mut i = 0;
    while i < args.len() {
        let arg = &args[i];
        i += 1;
        if arg == "--" {
            out.extend(args[i - 1..].iter().cloned());
            break;
        }
        let (name, value) = if let Some(long) = arg.strip_prefix("--") {
            let (name, value) = match long.split_once('=') {
                Some((n, v)) => (n.to_string(), Some(v.to_string())),
                None => (long.to_string(), None),
            };
            let name = kebab(&name);
            match name.strip_prefix("no-") {
                Some(rest) if !is_flag(&name) && is_flag(rest) && value.is_none() => {
                    (rest.to_string(), Some("false".to_string()))
                }
                _ => (name, value),
            }
        } else if let Some(&(_, long)) = SHORT_FLAGS
            .iter()
            .find(|(short, _)| arg.strip_prefix('-') == Some(*short))
        {
            (long.to_string(), None)
        } else {
            out.push(arg.clone());
            continue;
        };
        if !is_flag(&name) {
            out.push(match value {
                Some(v) => format!("--{name}={v}"),
                None => format!("--{name}"),
            });
            continue;
        }
        // A boolean: its value is given with `=`, as the next `true`/`false`, or implied.
        let value = value.or_else(|| {
            let next = args.get(i).map(String::as_str);
            matches!(next, Some("true" | "false")).then(|| {
                i += 1;
                args[i - 1].clone()
            })
        });
        let on = value.as_deref().is_none_or(|v| v != "false");
        if FLAGS_ON.contains(&name.as_str()) {
            out.push(format!("--{name}={on}"));
        } else if on {
            out.push(format!("--{name}"));
        }
    }
    out
}

fn is_flag(name: &str) -> bool {
    FLAGS_OFF.contains(&name) || FLAGS_ON.contains(&name)
}

/// `ignoreExamples` → `ignore-examples`; names already in kebab case, and the one camelCase
/// name clap itself uses, stay.
fn kebab(name: &str) -> String {
    if name == "json-schema-faker-fillProperties" {
        return name.to_string();
    }
    let mut out = String::with_capacity(name.len() + 4);
    for c in name.chars() {
        if c.is_ascii_uppercase() {
            out.push('-');
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

/// A seed as the generator's number: a number as it is, any other text hashed (FNV-1a), so the
/// same text always gives the same responses.
pub fn seed_number(seed: &str) -> u64 {
    seed.parse().unwrap_or_else(|_| {
        seed.bytes().fold(0xcbf29ce484222325, |h, b| {
            (h ^ u64::from(b)).wrapping_mul(0x100000001b3)
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rewrite(args: &[&str]) -> Vec<String> {
        prism_argv(args.iter().map(|s| s.to_string()))
    }

    #[test]
    fn yargs_spellings_become_clap_spellings() {
        let cases: [(&[&str], &[&str]); 12] = [
            (&["--ignoreExamples"], &["--ignore-examples"]),
            (&["--cors", "false"], &["--cors=false"]),
            (&["--no-cors"], &["--cors=false"]),
            (&["--cors"], &["--cors=true"]),
            (&["--errors", "true"], &["--errors"]),
            (&["--errors=false"], &[]),
            (&["-m", "false"], &[]),
            (&["-d", "true", "spec.yaml"], &["--dynamic", "spec.yaml"]),
            (&["--dynamic=false"], &[]),
            (&["--verboseLevel", "warn"], &["--verbose-level", "warn"]),
            (&["-v", "debug"], &["-v", "debug"]),
            (&["--no-reload", "x.yaml"], &["--no-reload", "x.yaml"]),
        ];
        for (given, expected) in cases {
            assert_eq!(rewrite(given), expected, "{given:?}");
        }
    }

    #[test]
    fn prism_command_lines_parse() {
        let line = [
            "mock-server",
            "mock",
            "-h",
            "0.0.0.0",
            "-p",
            "4010",
            "--ignoreExamples",
            "--cors",
            "false",
            "--errors",
            "true",
            "-m",
            "false",
            "--no-cors",
            "--dynamic=false",
            "--seed",
            "abc",
            "-v",
            "debug",
            "spec.yaml",
        ];
        let cli = Cli::try_parse_from(prism_argv(line.iter().map(|s| s.to_string())))
            .unwrap_or_else(|e| panic!("{e}"));
        let Command::Mock(args) = cli.command else {
            panic!("not mock");
        };
        assert!(args.ignore_examples && args.errors && !args.cors && !args.dynamic);
        assert!(!args.multiprocess);
        assert_eq!(args.seed.as_deref(), Some("abc"));
        assert_eq!(args.verbose_level.as_deref(), Some("debug"));
        assert_eq!(args.specs, ["spec.yaml"]);
    }

    #[test]
    fn workers_are_counted_from_one() {
        let parse = |extra: &[&str]| {
            let mut line = vec!["mock-server", "mock"];
            line.extend_from_slice(extra);
            line.push("spec.yaml");
            Cli::try_parse_from(prism_argv(line.iter().map(|s| s.to_string())))
        };
        let Ok(Cli {
            command: Command::Mock(args),
        }) = parse(&["--workers", "3"])
        else {
            panic!("--workers 3 is refused");
        };
        assert_eq!(args.workers, Some(3));
        let refused = match parse(&["--workers", "0"]) {
            Err(e) => e,
            Ok(_) => panic!("--workers 0 is accepted"),
        };
        assert!(refused.to_string().contains("--workers"), "{refused}");
    }

    #[test]
    fn prism_proxy_command_lines_parse() {
        let line = [
            "mock-server",
            "proxy",
            "-p",
            "4010",
            "spec.yaml",
            "http://localhost:3000/api",
            "--errors",
            "--validateRequest",
            "false",
            "--upstreamProxy",
            "http://proxy:8080",
        ];
        let cli = try_parse(line.iter().map(|s| s.to_string())).unwrap_or_else(|e| panic!("{e}"));
        let Command::Proxy(args) = cli.command else {
            panic!("not proxy");
        };
        assert!(args.mock.errors && !args.validate_request);
        assert_eq!(args.upstream_proxy.as_deref(), Some("http://proxy:8080"));
        assert_eq!(args.mock.specs, ["spec.yaml", "http://localhost:3000/api"]);
        let defaults = try_parse(["mock-server", "proxy", "a.yaml", "http://u"].map(String::from))
            .unwrap_or_else(|e| panic!("{e}"));
        let Command::Proxy(args) = defaults.command else {
            panic!("not proxy");
        };
        assert!(args.validate_request && args.upstream_proxy.is_none());
        let missing = try_parse(["mock-server", "proxy"].map(String::from));
        let message = missing.err().map(|e| e.to_string()).unwrap_or_default();
        assert!(message.contains("<SPEC> <UPSTREAM>"), "{message}");
    }

    #[test]
    fn text_seeds_are_stable_numbers() {
        assert_eq!(seed_number("42"), 42);
        assert_eq!(seed_number("abc"), seed_number("abc"));
        assert_ne!(seed_number("abc"), seed_number("abd"));
    }
}
