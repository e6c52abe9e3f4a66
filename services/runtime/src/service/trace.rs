//! Log output: text for people, JSON for collectors; `RUST_LOG` filters (default `info`).
//! Every line logged while a request is handled carries the request's span: method, URI,
//! `request_id`, `trace_id` and `span_id` (W3C Trace Context, see `tracecontext`). Spans are
//! also exported with OTLP when the `OTEL_*` variables ask for it (see `otel`).

use tracing::Subscriber;
use tracing_subscriber::EnvFilter;
use tracing_subscriber::fmt::MakeWriter;
use tracing_subscriber::layer::SubscriberExt;
use tracing_subscriber::registry::LookupSpan;
use tracing_subscriber::util::SubscriberInitExt;

use super::otel;

/// Log line format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum LogFormat {
    /// Human-readable lines.
    #[default]
    Text,
    /// One JSON object per line.
    Json,
}

/// The log lines of `format`, written to `writer`, as a layer over `S`.
fn lines<S, W>(format: LogFormat, writer: W) -> Box<dyn tracing_subscriber::Layer<S> + Send + Sync>
where
    S: Subscriber + for<'a> LookupSpan<'a>,
    W: for<'w> MakeWriter<'w> + Send + Sync + 'static,
{
    use tracing_subscriber::Layer as _;
    let layer = tracing_subscriber::fmt::layer().with_writer(writer);
    match format {
        LogFormat::Text => layer.boxed(),
        LogFormat::Json => layer
            .json()
            .flatten_event(true)
            .with_current_span(true)
            .with_span_list(false)
            .boxed(),
    }
}

fn filter() -> EnvFilter {
    EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info"))
}

/// The subscriber [`init_tracing`] installs (without OTLP export), writing to `writer`: for
/// tests that read a service's log lines (`tracing::subscriber::set_default`).
pub fn log_subscriber<W>(format: LogFormat, writer: W) -> impl Subscriber + Send + Sync + 'static
where
    W: for<'w> MakeWriter<'w> + Send + Sync + 'static,
{
    tracing_subscriber::registry()
        .with(filter())
        .with(lines(format, writer))
}

/// Installs the global tracing subscriber: log lines on stdout, and OTLP export when the
/// `OTEL_*` variables ask for it. Calling it again is harmless (the first one stays), so tests
/// and embedding programs need not coordinate.
pub fn init_tracing(format: LogFormat) {
    let provider = match otel::provider() {
        Some(Ok(provider)) => Some(provider),
        Some(Err(error)) => {
            eprintln!("OTLP trace export is off: {error}");
            None
        }
        None => None,
    };
    let installed = tracing_subscriber::registry()
        .with(filter())
        .with(lines(format, std::io::stdout))
        .with(provider.as_ref().map(otel::layer))
        .try_init()
        .is_ok();
    if let Some(provider) = provider {
        if installed {
            tracing::info!("exporting traces with OTLP");
            otel::installed(provider);
        } else {
            let _ = provider.shutdown();
        }
    }
}
