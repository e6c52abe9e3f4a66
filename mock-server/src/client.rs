//! The mock's outgoing HTTP: the proxy's requests to its upstream and the callbacks' requests.
//! hyper's client over rustls on the ring provider, given explicitly (never a process-wide
//! default provider, never aws-lc-rs), trusting the system's root certificates; `SSL_CERT_FILE`
//! and `SSL_CERT_DIR` replace them. Where no root can be loaded, plain HTTP still works and an
//! https request fails saying so. Redirects are never followed and no proxy is taken from the
//! environment. An explicit HTTP proxy gets plain-HTTP requests in absolute form and carries
//! https ones through a `CONNECT` tunnel, TLS running inside it end to end.

use std::future::Future;
use std::io;
use std::pin::Pin;
use std::sync::{Arc, OnceLock};
use std::task::{Context, Poll};
use std::time::Duration;

use base64::Engine as _;
use bytes::Bytes;
use http::header::{HeaderValue, PROXY_AUTHORIZATION};
use http::uri::Scheme;
use http::{HeaderMap, Request, StatusCode, Uri};
use http_body_util::{BodyExt, Full};
use hyper_rustls::{HttpsConnector, HttpsConnectorBuilder, MaybeHttpsStream};
use hyper_util::client::legacy;
use hyper_util::client::legacy::connect::proxy::Tunnel;
use hyper_util::client::legacy::connect::{Connected, Connection, HttpConnector};
use hyper_util::rt::{TokioExecutor, TokioIo, TokioTimer};
use tokio::net::TcpStream;
use tower_service::Service;

/// Any error of a request, its causes chained (`describe` shows them in one line).
pub type BoxError = Box<dyn std::error::Error + Send + Sync>;

type Connecting<T> = Pin<Box<dyn Future<Output = Result<T, BoxError>> + Send>>;

/// An HTTP proxy requests are sent through (`--upstream-proxy`).
#[derive(Clone, Debug)]
pub struct Proxy {
    /// `http://host:port`, without the credentials.
    uri: Uri,
    /// `Basic …` from the URL's `user:password@`.
    auth: Option<HeaderValue>,
}

impl Proxy {
    /// `http://[user:password@]host[:port]` (without a scheme, `http://` is assumed); the reason
    /// when it is not one.
    pub fn parse(text: &str) -> Result<Self, String> {
        let url = url::Url::parse(&assume_http(text)).map_err(|e| e.to_string())?;
        if url.scheme() != "http" {
            return Err(format!(
                "expected an http:// proxy, not {}://",
                url.scheme()
            ));
        }
        let host = url.host_str().filter(|h| !h.is_empty()).ok_or("no host")?;
        let port = url.port_or_known_default().unwrap_or(80);
        let uri = format!("http://{host}:{port}")
            .parse::<Uri>()
            .map_err(|e| e.to_string())?;
        let auth = if url.username().is_empty() && url.password().is_none() {
            None
        } else {
            let decode = |s: &str| percent_encoding::percent_decode_str(s).collect::<Vec<u8>>();
            let mut pair = decode(url.username());
            pair.push(b':');
            pair.extend(decode(url.password().unwrap_or("")));
            let token = base64::engine::general_purpose::STANDARD.encode(pair);
            let mut value =
                HeaderValue::try_from(format!("Basic {token}")).map_err(|e| e.to_string())?;
            value.set_sensitive(true);
            Some(value)
        };
        Ok(Proxy { uri, auth })
    }
}

/// `text` as a URL, `http://` in front when it has no scheme (`localhost:3000`, as Prism's
/// guide writes upstreams and proxies).
pub fn assume_http(text: &str) -> std::borrow::Cow<'_, str> {
    if text.contains("://") {
        text.into()
    } else {
        format!("http://{text}").into()
    }
}

/// A whole answer.
pub struct Reply {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: Bytes,
}

/// A client for plain and TLS connections, pooled and kept alive.
pub struct Client {
    inner: legacy::Client<Connector, Full<Bytes>>,
    proxy: Option<Proxy>,
}

impl Client {
    /// A client whose connections (TCP, the proxy's tunnel and the TLS handshake together)
    /// must be made within `connect_timeout`, through `proxy` if given.
    pub fn new(connect_timeout: Duration, proxy: Option<Proxy>) -> Self {
        let mut tcp = HttpConnector::new();
        // The TLS layer above takes https URLs to it.
        tcp.enforce_http(false);
        tcp.set_nodelay(true);
        let (tls, trusted) = tls_config();
        let dialer = Dialer {
            tunnel: proxy.as_ref().map(|p| {
                let tunnel = Tunnel::new(p.uri.clone(), tcp.clone());
                match &p.auth {
                    Some(auth) => tunnel.with_auth(auth.clone()),
                    None => tunnel,
                }
            }),
            proxy: proxy.as_ref().map(|p| p.uri.clone()),
            tcp,
            trusted,
        };
        let https = HttpsConnectorBuilder::new()
            .with_tls_config(tls)
            .https_or_http()
            .enable_http1()
            .enable_http2()
            .wrap_connector(dialer);
        let connector = Connector {
            https,
            timeout: connect_timeout,
        };
        let inner = legacy::Client::builder(TokioExecutor::new())
            .pool_timer(TokioTimer::new())
            .pool_idle_timeout(Duration::from_secs(90))
            .build(connector);
        Client { inner, proxy }
    }

    /// Sends `request` (an absolute URL, `http` or `https`) and reads the whole answer; the
    /// answer's redirects are the caller's.
    pub async fn send(&self, request: Request<Bytes>) -> Result<Reply, BoxError> {
        let (mut parts, body) = request.into_parts();
        // A plain-HTTP request goes to the proxy itself, which reads its credentials there.
        if let Some(Proxy {
            auth: Some(auth), ..
        }) = &self.proxy
            && parts.uri.scheme() == Some(&Scheme::HTTP)
        {
            parts
                .headers
                .entry(PROXY_AUTHORIZATION)
                .or_insert_with(|| auth.clone());
        }
        let response = self
            .inner
            .request(Request::from_parts(parts, Full::new(body)))
            .await?;
        let (parts, body) = response.into_parts();
        let body = body.collect().await?.to_bytes();
        Ok(Reply {
            status: parts.status,
            headers: parts.headers,
            body,
        })
    }
}

/// An error and its causes in one line (`client error (Connect): tcp connect error:
/// Connection refused (os error 111)`), a cause whose text is already there left out.
pub fn describe(error: &(dyn std::error::Error + 'static)) -> String {
    let mut text = error.to_string();
    let mut source = error.source();
    while let Some(cause) = source {
        let more = cause.to_string();
        if !text.contains(&more) {
            text.push_str(": ");
            text.push_str(&more);
        }
        source = cause.source();
    }
    text
}

/// The client's TLS configuration, and whether it trusts any root (else why not). The roots
/// are read from disk once, for every client of the process.
fn tls_config() -> (rustls::ClientConfig, Result<(), Arc<str>>) {
    static LOADED: OnceLock<(rustls::ClientConfig, Result<(), Arc<str>>)> = OnceLock::new();
    LOADED.get_or_init(load_tls_config).clone()
}

fn load_tls_config() -> (rustls::ClientConfig, Result<(), Arc<str>>) {
    let loaded = rustls_native_certs::load_native_certs();
    let mut roots = rustls::RootCertStore::empty();
    let (added, _ignored) = roots.add_parsable_certificates(loaded.certs);
    let trusted = if added > 0 {
        Ok(())
    } else {
        let mut why = String::from(
            "no trusted root certificate could be loaded to verify it with (the system's, or those SSL_CERT_FILE and SSL_CERT_DIR name when set)",
        );
        for e in &loaded.errors {
            why.push_str(": ");
            why.push_str(&e.to_string());
        }
        Err(Arc::from(why))
    };
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let config = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .expect("the ring provider supports TLS 1.2 and 1.3")
        .with_root_certificates(roots)
        .with_no_client_auth();
    (config, trusted)
}

/// The connection made within the timeout, as the error `operation timed out` otherwise.
#[derive(Clone)]
struct Connector {
    https: HttpsConnector<Dialer>,
    timeout: Duration,
}

impl Service<Uri> for Connector {
    type Response = MaybeHttpsStream<Conn>;
    type Error = BoxError;
    type Future = Connecting<Self::Response>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        self.https.poll_ready(cx)
    }

    fn call(&mut self, dst: Uri) -> Self::Future {
        let connecting = self.https.call(dst);
        let timeout = self.timeout;
        Box::pin(async move {
            match tokio::time::timeout(timeout, connecting).await {
                Ok(connected) => connected,
                Err(_) => Err(Box::new(TimedOut) as BoxError),
            }
        })
    }
}

#[derive(Debug)]
struct TimedOut;

impl std::fmt::Display for TimedOut {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("operation timed out")
    }
}

impl std::error::Error for TimedOut {}

/// The TCP connection under TLS: to the destination itself, to the proxy (plain HTTP), or a
/// tunnel through the proxy (https).
#[derive(Clone)]
struct Dialer {
    tcp: HttpConnector,
    proxy: Option<Uri>,
    tunnel: Option<Tunnel<HttpConnector>>,
    trusted: Result<(), Arc<str>>,
}

impl Service<Uri> for Dialer {
    type Response = Conn;
    type Error = BoxError;
    type Future = Connecting<Conn>;

    fn poll_ready(&mut self, _cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        Poll::Ready(Ok(()))
    }

    fn call(&mut self, dst: Uri) -> Self::Future {
        let https = dst.scheme() == Some(&Scheme::HTTPS);
        if https && let Err(why) = &self.trusted {
            let why = io::Error::other(why.to_string());
            return Box::pin(async move { Err(why.into()) });
        }
        match (&mut self.tunnel, &self.proxy) {
            (Some(tunnel), _) if https => dial(tunnel.call(dst), false),
            (_, Some(proxy)) => dial(self.tcp.call(proxy.clone()), true),
            _ => dial(self.tcp.call(dst), false),
        }
    }
}

/// The connection `connecting` makes, marked as one to an HTTP proxy or not.
fn dial<F, E>(connecting: F, proxied: bool) -> Connecting<Conn>
where
    F: Future<Output = Result<TokioIo<TcpStream>, E>> + Send + 'static,
    E: Into<BoxError>,
{
    Box::pin(async move {
        let io = connecting.await.map_err(Into::into)?;
        Ok(Conn { io, proxied })
    })
}

/// A TCP connection, to an HTTP proxy (the client then sends absolute-form requests) or not.
struct Conn {
    io: TokioIo<TcpStream>,
    proxied: bool,
}

impl Connection for Conn {
    fn connected(&self) -> Connected {
        self.io.connected().proxy(self.proxied)
    }
}

impl hyper::rt::Read for Conn {
    fn poll_read(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: hyper::rt::ReadBufCursor<'_>,
    ) -> Poll<io::Result<()>> {
        Pin::new(&mut self.get_mut().io).poll_read(cx, buf)
    }
}

impl hyper::rt::Write for Conn {
    fn poll_write(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        Pin::new(&mut self.get_mut().io).poll_write(cx, buf)
    }

    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.get_mut().io).poll_flush(cx)
    }

    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.get_mut().io).poll_shutdown(cx)
    }

    fn is_write_vectored(&self) -> bool {
        self.io.is_write_vectored()
    }

    fn poll_write_vectored(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        Pin::new(&mut self.get_mut().io).poll_write_vectored(cx, bufs)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn proxies_are_http_urls_with_a_host() {
        let p = Proxy::parse("proxy.example:3128").unwrap();
        assert_eq!(p.uri, "http://proxy.example:3128/");
        assert!(p.auth.is_none());
        let p = Proxy::parse("http://al%20ice:s3cret@[::1]").unwrap();
        assert_eq!(p.uri, "http://[::1]:80/");
        assert_eq!(
            p.auth.unwrap().to_str().unwrap(),
            format!(
                "Basic {}",
                base64::engine::general_purpose::STANDARD.encode("al ice:s3cret")
            )
        );
        for bad in ["::", "https://p.example", "socks5://p:1080", "http://"] {
            assert!(Proxy::parse(bad).is_err(), "{bad}");
        }
    }
}
