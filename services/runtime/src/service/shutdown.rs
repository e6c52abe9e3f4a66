//! Binding, serving, and stopping gracefully: on SIGINT/SIGTERM the server stops accepting,
//! lets in-flight requests finish for up to `--shutdown-grace` seconds, then returns.

use std::time::Duration;

use tokio::net::TcpListener;
use tokio::sync::watch;

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

/// Serves `app` on `listener` until `stop` completes, then drains in-flight requests for at
/// most `grace`. Tests use it with their own stop future.
pub async fn serve_until(
    listener: TcpListener,
    app: axum::Router,
    stop: impl Future<Output = ()> + Send + 'static,
    grace: Duration,
) -> std::io::Result<()> {
    let (stopped_tx, mut stopped_rx) = watch::channel(false);
    let stop = async move {
        stop.await;
        tracing::info!("shutting down: no new connections, finishing requests in flight");
        let _ = stopped_tx.send(true);
    };
    let server = axum::serve(listener, app).with_graceful_shutdown(stop);
    let deadline = async move {
        // Starts counting only once the stop signal has come.
        let _ = stopped_rx.wait_for(|stopped| *stopped).await;
        tokio::time::sleep(grace).await;
    };
    tokio::select! {
        result = server => {
            tracing::info!("stopped");
            result
        }
        () = deadline => {
            tracing::warn!(grace_s = grace.as_secs(), "requests still in flight after the grace period; stopping anyway");
            Ok(())
        }
    }
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
