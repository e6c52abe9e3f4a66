//! Log output: text for people (coloured only on a terminal), JSON for collectors; `RUST_LOG`
//! filters the lines (default `info`).
//! Every line logged while a request is handled carries the request's span: method, URI,
//! `request_id`, `trace_id` and `span_id` (W3C Trace Context, see `tracecontext`). Spans are
//! also exported with OTLP when the `OTEL_*` variables ask for it (see `otel`): every span of
//! level info and above, whatever `RUST_LOG` says, so quieter logs do not cost the traces.

use tracing::Subscriber;
use tracing_subscriber::filter::LevelFilter;
use tracing_subscriber::fmt::MakeWriter;
use tracing_subscriber::layer::SubscriberExt;
use tracing_subscriber::registry::LookupSpan;
use tracing_subscriber::util::SubscriberInitExt;
use tracing_subscriber::{EnvFilter, Layer as _};

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

/// The log lines of `format`, written to `writer` (with colours when `ansi`), as a layer
/// over `S`.
fn lines<S, W>(
    format: LogFormat,
    writer: W,
    ansi: bool,
) -> Box<dyn tracing_subscriber::Layer<S> + Send + Sync>
where
    S: Subscriber + for<'a> LookupSpan<'a>,
    W: for<'w> MakeWriter<'w> + Send + Sync + 'static,
{
    let layer = tracing_subscriber::fmt::layer()
        .with_writer(writer)
        .with_ansi(ansi);
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
    tracing_subscriber::registry().with(lines(format, writer, false).with_filter(filter()))
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
    let ansi = std::io::IsTerminal::is_terminal(&std::io::stdout());
    let installed = tracing_subscriber::registry()
        .with(lines(format, std::io::stdout, ansi).with_filter(filter()))
        .with(
            provider
                .as_ref()
                .map(|provider| otel::layer(provider).with_filter(LevelFilter::INFO)),
        )
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
