//! Optional OTLP trace export, configured by OpenTelemetry's standard variables.
//!
//! On only when `OTEL_EXPORTER_OTLP_ENDPOINT` or `OTEL_EXPORTER_OTLP_TRACES_ENDPOINT` is set
//! and `OTEL_TRACES_EXPORTER` is not `none`: spans are then exported with OTLP/HTTP
//! (protobuf) in batches, from the SDK's own thread. The exporter reads the rest of
//! `OTEL_EXPORTER_OTLP_*` (headers, timeout, compression), the SDK `OTEL_SERVICE_NAME`,
//! `OTEL_RESOURCE_ATTRIBUTES`, `OTEL_TRACES_SAMPLER(_ARG)` and `OTEL_BSP_*`; without a service
//! name the executable's name is used.
//!
//! When export is on, the OpenTelemetry tracer chooses the ids of each request's span (its
//! parent the caller's `traceparent`), and those are the ids logged and sent on: a log line's
//! `trace_id`/`span_id` find the exported span.

use std::str::FromStr;
use std::sync::OnceLock;

use http::HeaderMap;
use opentelemetry::trace::{
    SpanContext, TraceContextExt, TraceFlags, TraceState, TracerProvider as _,
};
use opentelemetry_sdk::Resource;
use opentelemetry_sdk::trace::SdkTracerProvider;
use taller_trace::{SpanId, TraceContext, TraceId};
use tracing::{Span, Subscriber};
use tracing_opentelemetry::OpenTelemetrySpanExt;
use tracing_subscriber::Layer;
use tracing_subscriber::registry::LookupSpan;

/// The provider of the installed subscriber, when export is on.
static PROVIDER: OnceLock<SdkTracerProvider> = OnceLock::new();

/// Whether the environment asks for OTLP trace export.
fn wanted(env: impl Fn(&str) -> Option<String>) -> bool {
    let set = |name: &str| env(name).is_some_and(|v| !v.trim().is_empty());
    let exporter = env("OTEL_TRACES_EXPORTER").unwrap_or_default();
    let off = exporter
        .split(',')
        .any(|e| e.trim().eq_ignore_ascii_case("none"));
    !off && (set("OTEL_EXPORTER_OTLP_ENDPOINT") || set("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT"))
}

/// The tracer provider the environment asks for, or why it could not be built.
pub(super) fn provider() -> Option<Result<SdkTracerProvider, String>> {
    let env = |name: &str| std::env::var(name).ok();
    if !wanted(env) {
        return None;
    }
    let exporter = match opentelemetry_otlp::SpanExporter::builder()
        .with_http()
        .build()
    {
        Ok(exporter) => exporter,
        Err(error) => return Some(Err(error.to_string())),
    };
    let mut resource = Resource::builder();
    let named = env("OTEL_SERVICE_NAME").is_some()
        || env("OTEL_RESOURCE_ATTRIBUTES").is_some_and(|a| a.contains("service.name="));
    if !named
        && let Some(name) = std::env::current_exe()
            .ok()
            .and_then(|p| p.file_stem().map(|s| s.to_string_lossy().into_owned()))
    {
        resource = resource.with_service_name(name);
    }
    Some(Ok(SdkTracerProvider::builder()
        .with_batch_exporter(exporter)
        .with_resource(resource.build())
        .build()))
}

/// The layer exporting spans through `provider`.
pub(super) fn layer<S>(provider: &SdkTracerProvider) -> impl Layer<S> + Send + Sync + use<S>
where
    S: Subscriber + for<'a> LookupSpan<'a> + Send + Sync,
{
    tracing_opentelemetry::layer().with_tracer(provider.tracer("taller-runtime"))
}

/// Keeps `provider` for [`request_context`] and [`shutdown`] (the subscriber using it is
/// installed).
pub(super) fn installed(provider: SdkTracerProvider) {
    let _ = PROVIDER.set(provider);
}

/// The trace context of a request arriving with `headers`, whose tracing span is `span`.
/// Without export: ours ([`TraceContext::from_headers`]). With export: the ids the tracer gave
/// `span`, made the child of the caller's `traceparent`.
pub(super) fn request_context(headers: &HeaderMap, span: &Span) -> TraceContext {
    let ours = TraceContext::from_headers(headers);
    if PROVIDER.get().is_none() {
        return ours;
    }
    if let Some(parent) = TraceContext::parent_in(headers) {
        let state = ours
            .tracestate()
            .and_then(|s| TraceState::from_str(s).ok())
            .unwrap_or_default();
        let remote = SpanContext::new(
            opentelemetry::TraceId::from_bytes(parent.trace_id.to_bytes()),
            opentelemetry::SpanId::from_bytes(parent.span_id.to_bytes()),
            TraceFlags::new(parent.flags),
            true,
            state,
        );
        let _ = span.set_parent(opentelemetry::Context::new().with_remote_span_context(remote));
    }
    let context = span.context();
    let exported = context.span().span_context().clone();
    match (
        TraceId::from_bytes(exported.trace_id().to_bytes()),
        SpanId::from_bytes(exported.span_id().to_bytes()),
    ) {
        (Some(trace_id), Some(span_id)) => TraceContext::from_parts(
            trace_id,
            span_id,
            ours.parent_id(),
            exported.is_sampled(),
            ours.tracestate().map(str::to_owned),
        ),
        // A span the filter disabled has no OpenTelemetry span: the ids stay ours.
        _ => ours,
    }
}

/// Exports what is still buffered and stops the exporter (at the end of [`super::serve`]).
pub(super) async fn shutdown() {
    if let Some(provider) = PROVIDER.get() {
        let provider = provider.clone();
        let _ = tokio::task::spawn_blocking(move || provider.shutdown()).await;
    }
}

#[cfg(test)]
mod tests {
    use super::wanted;

    fn env<'a>(vars: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |name| {
            vars.iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| (*v).to_owned())
        }
    }

    #[test]
    fn export_is_off_unless_an_endpoint_is_set() {
        assert!(!wanted(env(&[])));
        assert!(!wanted(env(&[("OTEL_SERVICE_NAME", "recambios")])));
        assert!(wanted(env(&[(
            "OTEL_EXPORTER_OTLP_ENDPOINT",
            "http://collector:4318"
        )])));
        assert!(wanted(env(&[(
            "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT",
            "http://collector:4318/v1/traces"
        )])));
        assert!(!wanted(env(&[
            ("OTEL_EXPORTER_OTLP_ENDPOINT", "http://collector:4318"),
            ("OTEL_TRACES_EXPORTER", "none"),
        ])));
        assert!(!wanted(env(&[("OTEL_EXPORTER_OTLP_ENDPOINT", " ")])));
    }
}
