//! The local platform's token endpoint: the contracts' OAuth2 `tokenUrl` (`/auth/token`, behind
//! the gateway), so that a docs page's Authorize button and any OAuth2 client get a token the
//! way they would from the workshop's identity provider in production.
//!
//! It implements the client-credentials grant of RFC 6749 §4.4 for one client, the developer:
//! the client authenticates with HTTP Basic (§2.3.1) or with `client_id` and `client_secret` in
//! the form, may ask for a subset of the platform's scopes (`scope`, space-separated; all of
//! them when absent), and gets an HS256 JWT that recambios accepts. Errors are RFC 6749 §5.2
//! JSON objects (`error`, `error_description`), the shape OAuth2 clients parse, with 400, or
//! 401 and `WWW-Authenticate` for a client that failed to authenticate.

use std::collections::BTreeSet;
use std::net::SocketAddr;
use std::sync::Arc;

use axum::Router;
use axum::body::Bytes;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use base64::Engine as _;
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

/// The one client the local platform knows.
pub const CLIENT_ID: &str = "developer";

/// How long an issued token lives, in seconds.
pub const LIFETIME: u64 = 3600;

/// What the endpoint needs to issue tokens.
#[derive(Debug, Clone)]
pub struct Grants {
    /// The HS256 secret recambios checks tokens with.
    pub jwt_secret: String,
    /// The developer client's secret.
    pub client_secret: String,
    /// Every scope the developer may ask for.
    pub scopes: Vec<String>,
}

/// The running endpoint, on a port of 127.0.0.1.
#[derive(Debug)]
pub struct Issuer {
    address: SocketAddr,
    stop: oneshot::Sender<()>,
    task: JoinHandle<std::io::Result<()>>,
}

impl Issuer {
    /// Binds a free port of 127.0.0.1 and serves `POST /auth/token` on it.
    pub async fn start(grants: Grants) -> std::io::Result<Issuer> {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
        let address = listener.local_addr()?;
        let (stop, stopped) = oneshot::channel();
        let task = tokio::spawn(async move {
            axum::serve(listener, router(grants))
                .with_graceful_shutdown(async {
                    let _ = stopped.await;
                })
                .await
        });
        Ok(Issuer {
            address,
            stop,
            task,
        })
    }

    /// Where the gateway forwards `/auth/token` (`TALLER_TOKEN_ISSUER`).
    pub fn address(&self) -> SocketAddr {
        self.address
    }

    /// Stops serving once the requests in flight are answered.
    pub async fn stop(self) -> std::io::Result<()> {
        let _ = self.stop.send(());
        self.task
            .await
            .unwrap_or_else(|e| Err(std::io::Error::other(e)))
    }
}

/// The endpoint's routes, for [`Issuer::start`] and tests.
pub fn router(grants: Grants) -> Router {
    Router::new()
        .route("/auth/token", post(token))
        .fallback(|| async {
            refusal(
                StatusCode::NOT_FOUND,
                "invalid_request",
                "the token endpoint is POST /auth/token",
            )
        })
        .with_state(Arc::new(grants))
}

async fn token(
    axum::extract::State(grants): axum::extract::State<Arc<Grants>>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    match issue(&grants, &headers, &body) {
        Ok(granted) => granted.into_response(),
        Err(refused) => refused.into_response(),
    }
}

struct Granted {
    token: String,
    scope: String,
}

impl IntoResponse for Granted {
    fn into_response(self) -> Response {
        let body = serde_json::json!({
            "access_token": self.token,
            "token_type": "Bearer",
            "expires_in": LIFETIME,
            "scope": self.scope,
        });
        no_store(axum::Json(body).into_response())
    }
}

fn issue(grants: &Grants, headers: &HeaderMap, body: &[u8]) -> Result<Granted, Refusal> {
    let media = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .map(|v| v.trim().to_ascii_lowercase());
    if media.as_deref() != Some("application/x-www-form-urlencoded") {
        return Err(refusal(
            StatusCode::BAD_REQUEST,
            "invalid_request",
            "the request must be an application/x-www-form-urlencoded form",
        ));
    }
    let mut form: std::collections::HashMap<String, String> = Default::default();
    for (name, value) in form_urlencoded::parse(body) {
        // The grant has five parameters at most; a longer form is no token request.
        if form.len() >= 16 {
            return Err(refusal(
                StatusCode::BAD_REQUEST,
                "invalid_request",
                "too many parameters",
            ));
        }
        // RFC 6749 §3.2: parameters must not be included more than once.
        if form.contains_key(name.as_ref()) {
            return Err(refusal(
                StatusCode::BAD_REQUEST,
                "invalid_request",
                &format!("the parameter {name} is given more than once"),
            ));
        }
        form.insert(name.into_owned(), value.into_owned());
    }
    let field = |name: &str| form.get(name).map(String::as_str);
    // Basic credentials are read both as RFC 6749 §2.3.1 says (form-encoded before base64)
    // and as sent raw (as Swagger UI's Authorize does), so a secret with `+` or `%` works
    // either way.
    let candidates = match basic_credentials(headers)? {
        Some(candidates) => candidates,
        None => vec![(
            field("client_id").unwrap_or_default().to_owned(),
            field("client_secret").unwrap_or_default().to_owned(),
        )],
    };
    let authenticated = candidates
        .iter()
        .any(|(id, secret)| id == CLIENT_ID && same(secret, &grants.client_secret));
    if !authenticated {
        return Err(refusal(
            StatusCode::UNAUTHORIZED,
            "invalid_client",
            "unknown client or wrong secret",
        ));
    }
    match field("grant_type") {
        Some("client_credentials") => {}
        Some(other) => {
            return Err(refusal(
                StatusCode::BAD_REQUEST,
                "unsupported_grant_type",
                &format!("grant_type {other} is not supported; use client_credentials"),
            ));
        }
        None => {
            return Err(refusal(
                StatusCode::BAD_REQUEST,
                "invalid_request",
                "grant_type is required",
            ));
        }
    }
    let scopes: Vec<String> = match field("scope").map(str::split_ascii_whitespace) {
        None => grants.scopes.clone(),
        Some(asked) => {
            let asked: BTreeSet<&str> = asked.collect();
            if let Some(unknown) = asked
                .iter()
                .find(|s| !grants.scopes.iter().any(|g| g == *s))
            {
                return Err(refusal(
                    StatusCode::BAD_REQUEST,
                    "invalid_scope",
                    &format!("scope {unknown} is not one the platform grants"),
                ));
            }
            if asked.is_empty() {
                grants.scopes.clone()
            } else {
                asked.into_iter().map(str::to_owned).collect()
            }
        }
    };
    Ok(Granted {
        token: crate::platform::token(&grants.jwt_secret, CLIENT_ID, &scopes, LIFETIME),
        scope: scopes.join(" "),
    })
}

/// The client id and secret of an `Authorization: Basic` header: form-decoded as RFC 6749
/// §2.3.1 says, and as sent; `None` without such a header, a 401 for a malformed one.
fn basic_credentials(headers: &HeaderMap) -> Result<Option<Vec<(String, String)>>, Refusal> {
    let Some(value) = headers.get(header::AUTHORIZATION) else {
        return Ok(None);
    };
    let malformed = || {
        refusal(
            StatusCode::UNAUTHORIZED,
            "invalid_client",
            "the Authorization header is not Basic base64(client_id:client_secret)",
        )
    };
    let text = value.to_str().map_err(|_| malformed())?;
    let Some((scheme, encoded)) = text.split_once(' ') else {
        return Err(malformed());
    };
    if !scheme.eq_ignore_ascii_case("basic") {
        return Err(malformed());
    }
    let decoded = base64::engine::general_purpose::STANDARD
        .decode(encoded.trim())
        .map_err(|_| malformed())?;
    let decoded = String::from_utf8(decoded).map_err(|_| malformed())?;
    let (id, secret) = decoded.split_once(':').ok_or_else(malformed)?;
    let unescape = |part: &str| -> String {
        form_urlencoded::parse(format!("x={part}").as_bytes())
            .next()
            .map(|(_, v)| v.into_owned())
            .unwrap_or_default()
    };
    Ok(Some(vec![
        (unescape(id), unescape(secret)),
        (id.to_owned(), secret.to_owned()),
    ]))
}

/// Compares secrets in time that depends on their lengths only.
fn same(given: &str, expected: &str) -> bool {
    given.len() == expected.len()
        && given
            .bytes()
            .zip(expected.bytes())
            .fold(0u8, |acc, (a, b)| acc | (a ^ b))
            == 0
}

/// An RFC 6749 §5.2 error answer.
struct Refusal {
    status: StatusCode,
    error: &'static str,
    description: String,
}

fn refusal(status: StatusCode, error: &'static str, description: &str) -> Refusal {
    Refusal {
        status,
        error,
        description: description.to_owned(),
    }
}

impl IntoResponse for Refusal {
    fn into_response(self) -> Response {
        let body =
            serde_json::json!({ "error": self.error, "error_description": self.description });
        let mut response = no_store((self.status, axum::Json(body)).into_response());
        // §5.2: a client that failed to authenticate is told how to.
        if self.status == StatusCode::UNAUTHORIZED {
            response.headers_mut().insert(
                header::WWW_AUTHENTICATE,
                HeaderValue::from_static("Basic realm=\"taller\""),
            );
        }
        response
    }
}

/// RFC 6749 §5.1: token responses are never cached.
fn no_store(mut response: Response) -> Response {
    let headers = response.headers_mut();
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    headers.insert(header::PRAGMA, HeaderValue::from_static("no-cache"));
    response
}
