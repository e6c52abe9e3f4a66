//! mock-server: serves mock responses for OpenAPI 3.0/3.1 (and Swagger 2.0) contracts, read
//! through `taller-contract`, compatible with
//! `prism mock` (same arguments, same responses and error documents) but compiled: `$ref`s are
//! resolved, validators compiled and static responses rendered to bytes when a spec is loaded,
//! so a request costs only routing, validation and a write. Beyond Prism it serves several specs
//! in one process (`--mount`), reloads edited specs, keeps state (`--stateful`) and can delay.

pub mod callback;
pub mod cli;
pub mod client;
pub mod docs;
pub mod error;
pub mod fault;
pub mod generate;
pub mod journal;
pub mod negotiate;
pub mod output;
pub mod problem;
pub mod proxy;
pub mod render;
pub mod router;
pub mod security;
pub mod server;
pub mod spec;
pub mod state;
pub mod tls;
pub mod validate;
pub mod watch;

use std::path::Path;
use std::sync::Arc;

use arc_swap::ArcSwap;

use crate::cli::{MockArgs, ProxyArgs};
use crate::error::MockError;
use crate::server::{App, Mount};
use crate::spec::{Api, Settings};

/// Loads one spec and prepares it for serving (validators compile later: [`Api::warm`]).
pub fn load_api(spec: &str, settings: &Settings) -> Result<(Api, Vec<String>), MockError> {
    // One document with local `$ref`s: what `taller-contract`'s validator compiles.
    let mut source = taller_contract::load_scoped(spec, None, &settings.scope)?.into_bundled()?;
    source.to_json_schema_dialect();
    let mut warnings = Vec::new();
    let api = spec::compile(source, settings, &mut warnings)?;
    Ok((api, warnings))
}

/// Settings from the command line.
pub fn settings(args: &MockArgs) -> Settings {
    Settings {
        dynamic: args.dynamic,
        seed: args.seed.as_deref().map(cli::seed_number),
        errors: args.errors,
        cors: args.cors,
        ignore_examples: args.ignore_examples,
        fill_properties: args.fill_properties,
        stateful: args.stateful,
        delay_ms: args.delay,
        scope: taller_contract::Scope {
            root: args.ref_root.clone(),
            remote: args.allow_remote_refs,
        },
    }
}

/// (prefix, spec) pairs from positional specs and `--mount`, directories expanded.
pub fn mount_list(args: &MockArgs) -> Result<Vec<(String, String)>, MockError> {
    let mut raw: Vec<(String, String)> = args
        .specs
        .iter()
        .map(|s| (String::new(), s.clone()))
        .collect();
    for m in &args.mounts {
        let (prefix, spec) = m
            .split_once('=')
            .ok_or_else(|| MockError::Usage(format!("--mount {m}: expected PREFIX=SPEC")))?;
        let prefix = format!("/{}", prefix.trim_matches('/'));
        let prefix = if prefix == "/" { String::new() } else { prefix };
        raw.push((prefix, spec.to_string()));
    }
    if raw.is_empty() {
        return Err(MockError::Usage(
            "no spec given: mock-server mock [OPTIONS] SPEC (or --mount PREFIX=SPEC)".into(),
        ));
    }
    let mut out = Vec::new();
    for (prefix, spec) in raw {
        let path = Path::new(&spec);
        if path.is_dir() {
            let mut found: Vec<String> = std::fs::read_dir(path)
                .map_err(|e| {
                    MockError::Load(taller_contract::LoadError::Read {
                        file: spec.clone(),
                        msg: e.to_string(),
                    })
                })?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| {
                    matches!(
                        p.extension().and_then(|e| e.to_str()),
                        Some("yaml" | "yml" | "json")
                    ) && looks_like_spec(p)
                })
                .map(|p| p.to_string_lossy().into_owned())
                .collect();
            found.sort();
            if found.is_empty() {
                return Err(MockError::Load(taller_contract::LoadError::Read {
                    file: spec,
                    msg: "no OpenAPI documents in this directory".into(),
                }));
            }
            out.extend(found.into_iter().map(|f| (prefix.clone(), f)));
        } else {
            out.push((prefix, spec));
        }
    }
    Ok(out)
}

/// A file in a spec directory counts when it declares `openapi:` or `swagger:` at the top level.
fn looks_like_spec(path: &Path) -> bool {
    std::fs::read_to_string(path)
        .map(|t| {
            t.lines().any(|l| {
                l.starts_with("openapi:") || l.starts_with("swagger:") || l.contains("\"openapi\"")
            })
        })
        .unwrap_or(false)
}

/// Loads every mount, prints the routes, and serves until the process is stopped.
pub fn run(args: MockArgs) -> Result<(), MockError> {
    let list = mount_list(&args)?;
    serve_mounts(args, list, None)
}

/// `proxy SPEC UPSTREAM`: loads SPEC and forwards every request to UPSTREAM (see [`proxy`]).
pub fn run_proxy(args: ProxyArgs) -> Result<(), MockError> {
    let ProxyArgs {
        mock,
        validate_request,
        upstream_proxy,
        mode,
        fallback,
    } = args;
    if mode == proxy::Mode::Transparent && mock.errors {
        return Err(MockError::Usage(
            "--errors changes answers and --mode transparent never does: choose one".into(),
        ));
    }
    if !mock.mounts.is_empty() {
        return Err(MockError::Usage(
            "--mount is for mock: proxy takes one SPEC and its UPSTREAM".into(),
        ));
    }
    if mock.stateful {
        return Err(MockError::Usage(
            "--stateful is for mock: the proxy's state is the upstream's".into(),
        ));
    }
    let [spec, upstream] = mock.specs.as_slice() else {
        return Err(MockError::Usage(
            "expected SPEC UPSTREAM: mock-server proxy [OPTIONS] SPEC UPSTREAM".into(),
        ));
    };
    let upstream = proxy::Upstream::new(upstream, upstream_proxy.as_deref(), validate_request)?
        .with_mode(mode)
        .with_fallback(fallback);
    let list = vec![(String::new(), spec.clone())];
    serve_mounts(mock, list, Some(upstream))
}

/// Reads every (prefix, spec) of `list` into a mount, in parallel: parsing and sampling
/// dominate the start-up time. Warnings go to stderr.
fn load_mounts(
    args: &MockArgs,
    settings: &Settings,
    list: Vec<(String, String)>,
) -> Result<Vec<Arc<Mount>>, MockError> {
    let loaded: Vec<Result<(Api, Vec<String>), MockError>> = std::thread::scope(|scope| {
        let handles: Vec<_> = list
            .iter()
            .map(|(_, spec)| scope.spawn(|| load_api(spec, settings)))
            .collect();
        handles
            .into_iter()
            .map(|h| {
                h.join()
                    .unwrap_or_else(|_| Err(MockError::Usage("a spec loader panicked".into())))
            })
            .collect()
    });
    let mut mounts = Vec::new();
    for ((prefix, spec), result) in list.into_iter().zip(loaded) {
        let (api, warnings) = result?;
        let prefix = if args.mount_servers {
            format!("{prefix}{}", api.servers_path())
        } else {
            prefix
        };
        for w in warnings {
            eprintln!("warning: {w}");
        }
        mounts.push(Arc::new(Mount {
            prefix,
            spec,
            api: ArcSwap::from_pointee(api),
            store: Default::default(),
        }));
    }
    Ok(mounts)
}

/// The server's state over loaded mounts (longest prefix first, as [`server::locate`] reads
/// them).
fn app(
    args: &MockArgs,
    settings: Settings,
    mut mounts: Vec<Arc<Mount>>,
    proxy: Option<proxy::Upstream>,
) -> Arc<App> {
    mounts.sort_by_key(|m| std::cmp::Reverse(m.prefix.len()));
    Arc::new(App {
        mounts,
        settings,
        docs: args.docs,
        quiet: args.quiet
            || matches!(
                args.verbose_level.as_deref(),
                Some("warn" | "error" | "fatal" | "silent")
            ),
        proxy,
        metrics: args.docs.then(taller_runtime::metrics::Metrics::new),
        log_format: args.log_format,
        history: args.admin.then(Default::default),
    })
}

/// The state `mock-server mock ARGS` serves, validators compiled, for answering requests in
/// process ([`server::handle`]): the criterion bench of the request path uses it.
pub fn mock_app(args: MockArgs) -> Result<Arc<App>, MockError> {
    let list = mount_list(&args)?;
    let settings = settings(&args);
    let mounts = load_mounts(&args, &settings, list)?;
    warm(&mounts);
    Ok(app(&args, settings, mounts, None))
}

/// Compiles every validator of `mounts` now (warnings to stderr), rather than on first use.
fn warm(mounts: &[Arc<Mount>]) {
    for mount in mounts {
        for w in mount.api.load().warm() {
            eprintln!("warning: {w}");
        }
    }
}

/// `--workers`, else half the CPUs the process may use (at least one). With the callers on
/// the same machine, a second worker mostly adds wake-ups between the workers: on two CPUs
/// shared with `wrk`, one worker answered a validated POST with 15 % less CPU per request and
/// at a 20 % higher rate than two (`docs/BENCHMARKS.md`).
fn workers(args: &MockArgs) -> usize {
    args.workers
        .map(usize::from)
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| (n.get() / 2).max(1)))
}

fn serve_mounts(
    args: MockArgs,
    list: Vec<(String, String)>,
    proxy: Option<proxy::Upstream>,
) -> Result<(), MockError> {
    let settings = settings(&args);
    // Read before the specs: a wrong certificate or key is reported without waiting for them.
    let tls = match (&args.tls_cert, &args.tls_key) {
        (Some(cert), Some(key)) => Some(tokio_rustls::TlsAcceptor::from(tls::server_config(
            cert, key,
        )?)),
        (None, None) => None,
        (Some(_), None) => {
            return Err(MockError::Usage(
                "--tls-cert needs --tls-key (MOCK_TLS_KEY): give both or neither".into(),
            ));
        }
        (None, Some(_)) => {
            return Err(MockError::Usage(
                "--tls-key needs --tls-cert (MOCK_TLS_CERT): give both or neither".into(),
            ));
        }
    };
    let mounts = load_mounts(&args, &settings, list)?;
    let addr = format!("{}:{}", args.host, args.port);
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(workers(&args))
        .enable_all()
        .build()
        .map_err(|e| MockError::Bind {
            addr: addr.clone(),
            source: e,
        })?;
    runtime.block_on(async move {
        let listener = tokio::net::TcpListener::bind(&addr)
            .await
            .map_err(|e| MockError::Bind {
                addr: addr.clone(),
                source: e,
            })?;
        let scheme = if tls.is_some() { "https" } else { "http" };
        let shown = format!("{scheme}://{addr}");
        // Before the start-up lines: a stop sent as soon as they are seen is a graceful one.
        let stop = server::StopSignal::listen();
        // Prism's start-up lines (scripts wait for `Prism is listening on`), without its
        // timestamps and colours: one per operation, then the address.
        let mut out = String::new();
        for mount in &mounts {
            let api = mount.api.load();
            for item in &api.paths {
                for (method, _) in &item.ops {
                    out.push_str(&format!(
                        "[CLI] ℹ  info      {:<10} {shown}{}{}\n",
                        method.as_str(),
                        mount.prefix,
                        item.template
                    ));
                }
            }
        }
        if let Some(upstream) = &proxy {
            out.push_str(&format!(
                "[CLI] ℹ  info      Proxying every request to {}\n",
                upstream.base()
            ));
            if let Some(behaviour) = upstream.behaviour() {
                out.push_str(&format!("[CLI] ℹ  info      {behaviour}\n"));
            }
        }
        out.push_str(&format!(
            "[CLI] ▶  start     Prism is listening on {shown}\n"
        ));
        {
            use std::io::Write;
            let mut stdout = std::io::stdout().lock();
            let _ = stdout.write_all(out.as_bytes());
            let _ = stdout.flush();
        }
        // Validators compile in the background so the first answer does not wait for them.
        let warming: Vec<Arc<Mount>> = mounts.clone();
        std::thread::spawn(move || warm(&warming));
        if !args.no_reload {
            watch::spawn(mounts.clone(), settings.clone());
        }
        let app = app(&args, settings, mounts, proxy);
        server::serve(app, listener, tls, stop).await;
        Ok(())
    })
}
