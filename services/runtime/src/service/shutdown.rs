//! Binding, serving, and stopping gracefully: on SIGINT/SIGTERM the server stops accepting,
//! lets in-flight requests finish for up to `--shutdown-grace` seconds, then returns.

use std::time::Duration;

use hyper_util::rt::{TokioExecutor, TokioIo};
use hyper_util::server::conn::auto::Builder;
use hyper_util::server::graceful::GracefulShutdown;
use hyper_util::service::TowerToHyperService;
use tokio::net::TcpListener;

use super::ServeArgs;

/// Binds `args.listen`, serves `app`, stops gracefully on SIGINT/SIGTERM, then exports the
/// spans still buffered (with OTLP export on).
pub async fn serve(app: axum::Router, args: &ServeArgs) -> std::io::Result<()> {
    let listener = TcpListener::bind(args.listen).await?;
    tracing::info!(address = %listener.local_addr()?, "listening");
    let served = serve_until(
        listener,
        app,
        shutdown_signal(),
        Duration::from_secs(args.shutdown_grace),
    )
    .await;
    super::otel::shutdown().await;
    served
}

/// How large a request head hyper reads (its default is about 400 KB): above the gateway's
/// 1 MiB, so that every head the gateway passes on reaches [`super::body`]'s limits and gets
/// a problem, not hyper's empty 431.
const MAX_HEAD_BYTES: usize = 1024 * 1024 + 64 * 1024;
/// How many header fields hyper parses (its default is 100, answered with an empty 431 above).
const MAX_HEAD_FIELDS: usize = 1000;

/// The HTTP/1.1-and-2 connection builder every server of the project uses (the services'
/// and mock-server's): hyper's head limits raised to [`MAX_HEAD_BYTES`] and
/// [`MAX_HEAD_FIELDS`].
pub fn http_builder() -> Builder<TokioExecutor> {
    let mut builder = Builder::new(TokioExecutor::new());
    builder
        .http1()
        .max_buf_size(MAX_HEAD_BYTES)
        .max_headers(MAX_HEAD_FIELDS);
    builder
}

/// Serves `app` on `listener` until `stop` completes, then drains in-flight requests for at
/// most `grace`. Tests use it with their own stop future.
pub async fn serve_until(
    listener: TcpListener,
    app: axum::Router,
    stop: impl Future<Output = ()> + Send + 'static,
    grace: Duration,
) -> std::io::Result<()> {
    let graceful = GracefulShutdown::new();
    let builder = http_builder();
    let mut stop = std::pin::pin!(stop);
    loop {
        let accepted = tokio::select! {
            accepted = listener.accept() => accepted,
            () = &mut stop => break,
        };
        let stream = match accepted {
            Ok((stream, _)) => stream,
            Err(error) => {
                // Out of file descriptors and the like: wait instead of spinning.
                tracing::warn!(%error, "cannot accept a connection");
                tokio::time::sleep(Duration::from_millis(50)).await;
                continue;
            }
        };
        let _ = stream.set_nodelay(true);
        let service = TowerToHyperService::new(app.clone());
        let connection = builder
            .serve_connection_with_upgrades(TokioIo::new(stream), service)
            .into_owned();
        let watched = graceful.watch(connection);
        tokio::spawn(async move {
            let _ = watched.await;
        });
    }
    drop(listener);
    tracing::info!("shutting down: no new connections, finishing requests in flight");
    tokio::select! {
        () = graceful.shutdown() => {
            tracing::info!("stopped");
        }
        () = tokio::time::sleep(grace) => {
            tracing::warn!(grace_s = grace.as_secs(), "requests still in flight after the grace period; stopping anyway");
        }
    }
    Ok(())
}

/// Completes on SIGINT (Ctrl-C) or, on Unix, SIGTERM (what orchestrators send).
async fn shutdown_signal() {
    let interrupt = async {
        if let Err(error) = tokio::signal::ctrl_c().await {
            tracing::error!(%error, "cannot listen for SIGINT");
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(error) => {
                tracing::error!(%error, "cannot listen for SIGTERM");
                std::future::pending::<()>().await;
            }
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = interrupt => {},
        () = terminate => {},
    }
}
