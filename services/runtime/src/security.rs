//! Security: the credentials an operation's contract asks for, checked before the handler
//! runs. The generated router hands each credential it finds to the service's own check
//! ([`Authenticate`], implemented by the generated code on top of the service's trait), and
//! enforces the requirement: any one alternative, every scheme of it, the scopes each needs.
//!
//! Answers: 401 problem+json with `WWW-Authenticate` (one challenge per scheme the operation
//! accepts) when no alternative is satisfied — no credential, or one the service refused; 403
//! problem+json naming the missing scopes when a caller authenticated but lacks them.

use std::future::Future;

use base64::Engine;
use http::{HeaderMap, StatusCode, Uri, header};

use crate::contract::{KeyLocation, Operation, SchemeKind};
use crate::problem::{FieldError, Problem};

/// Who a caller is, once authenticated: what the service's check makes of a credential.
pub trait Principal: Send + Sync + 'static {
    /// Whether the caller was granted `scope` (an OAuth2 scope, a role).
    fn has_scope(&self, scope: &str) -> bool;
}

/// The principal of services whose contracts declare no security.
impl Principal for () {
    fn has_scope(&self, _: &str) -> bool {
        false
    }
}

/// A credential as the request carried it.
#[derive(Clone, PartialEq, Eq)]
pub enum Credential {
    /// An `apiKey` scheme's key.
    ApiKey(String),
    /// `Authorization: Basic …`, decoded.
    Basic { username: String, password: String },
    /// `Authorization: Bearer …` (`http` bearer, `oauth2`, `openIdConnect`).
    Bearer(String),
}

/// Never prints the secret.
impl std::fmt::Debug for Credential {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Credential::ApiKey(_) => f.write_str("ApiKey(..)"),
            Credential::Basic { username, .. } => write!(f, "Basic({username}, ..)"),
            Credential::Bearer(_) => f.write_str("Bearer(..)"),
        }
    }
}

/// Why a credential was refused (e.g. "the token has expired"): the 401's detail.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unauthorized(pub String);

impl Unauthorized {
    pub fn new(reason: impl Into<String>) -> Self {
        Unauthorized(reason.into())
    }
}

impl std::fmt::Display for Unauthorized {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Unauthorized {}

/// Turns a credential of the named scheme into a principal. The generated router calls it
/// (through the code generated from the contract's `securitySchemes`).
pub trait Authenticate: Send + Sync {
    type Principal: Principal;
    fn authenticate(
        &self,
        scheme: &str,
        credential: Credential,
    ) -> impl Future<Output = Result<Self::Principal, Unauthorized>> + Send;
}

/// For contracts without security schemes: every operation is open, so nothing is asked.
#[derive(Debug, Clone, Copy, Default)]
pub struct NoSecurity;

impl Authenticate for NoSecurity {
    type Principal = ();
    async fn authenticate(&self, scheme: &str, _: Credential) -> Result<(), Unauthorized> {
        Err(Unauthorized::new(format!(
            "the service has no check for security scheme {scheme}"
        )))
    }
}

/// What the realm of every challenge says.
const REALM: &str = "taller";

/// Enforces `operation`'s security requirement on a request: `Ok(Some(principal))` for the
/// first satisfied alternative that authenticated someone, `Ok(None)` on an open operation
/// (or one whose requirement lets anonymous callers in), or the 401/403 problem.
pub async fn check<S: Authenticate>(
    operation: &Operation,
    headers: &HeaderMap,
    uri: &Uri,
    security: &S,
) -> Result<Option<S::Principal>, Problem> {
    let alternatives = operation.security();
    if alternatives.is_empty() {
        return Ok(None);
    }
    let mut anonymous = false;
    let mut refused: Option<String> = None;
    let mut missing_scopes: Vec<String> = Vec::new();
    'alternatives: for alternative in alternatives {
        if alternative.schemes.is_empty() {
            anonymous = true;
            continue;
        }
        let mut first = None;
        for scheme in &alternative.schemes {
            let Some(credential) = credential(&scheme.kind, headers, uri) else {
                continue 'alternatives;
            };
            let principal = match security.authenticate(&scheme.name, credential).await {
                Ok(principal) => principal,
                Err(Unauthorized(reason)) => {
                    refused.get_or_insert(reason);
                    continue 'alternatives;
                }
            };
            let lacking: Vec<&String> = scheme
                .scopes
                .iter()
                .filter(|scope| !principal.has_scope(scope))
                .collect();
            if !lacking.is_empty() {
                for scope in lacking {
                    if !missing_scopes.contains(scope) {
                        missing_scopes.push(scope.clone());
                    }
                }
                continue 'alternatives;
            }
            first.get_or_insert(principal);
        }
        return Ok(first);
    }
    if anonymous {
        return Ok(None);
    }
    if !missing_scopes.is_empty() && refused.is_none() {
        let list = missing_scopes.join(" ");
        return Err(Problem::new(
            StatusCode::FORBIDDEN,
            format!("the credentials lack the scope(s) this operation needs: {list}"),
        )
        .with_errors(
            missing_scopes
                .iter()
                .map(|scope| {
                    FieldError::new("/header/Authorization", format!("lacks scope {scope}"))
                })
                .collect(),
        )
        .with_challenge(format!(
            "Bearer realm=\"{REALM}\", error=\"insufficient_scope\", scope=\"{list}\""
        )));
    }
    let detail = match &refused {
        Some(reason) => format!("the credentials were refused: {reason}"),
        None => "this operation needs credentials".to_owned(),
    };
    let mut problem = Problem::new(StatusCode::UNAUTHORIZED, detail);
    let mut seen = Vec::new();
    for alternative in alternatives {
        for scheme in &alternative.schemes {
            let challenge = challenge(&scheme.kind, refused.as_deref());
            if let Some(challenge) = challenge
                && !seen.contains(&challenge)
            {
                seen.push(challenge.clone());
                problem = problem.with_challenge(challenge);
            }
        }
    }
    Err(problem)
}

/// The challenge (RFC 9110 §11.6.1) for a scheme; `reason` when a credential was refused.
fn challenge(kind: &SchemeKind, reason: Option<&str>) -> Option<String> {
    let quoted = |text: &str| text.replace('\\', "\\\\").replace('"', "\\\"");
    match kind {
        SchemeKind::Bearer => Some(match reason {
            Some(reason) => format!(
                "Bearer realm=\"{REALM}\", error=\"invalid_token\", error_description=\"{}\"",
                quoted(reason)
            ),
            None => format!("Bearer realm=\"{REALM}\""),
        }),
        SchemeKind::Basic => Some(format!("Basic realm=\"{REALM}\", charset=\"UTF-8\"")),
        SchemeKind::ApiKey { location, name } => {
            let location = match location {
                KeyLocation::Header => "header",
                KeyLocation::Query => "query",
                KeyLocation::Cookie => "cookie",
            };
            Some(format!(
                "ApiKey realm=\"{REALM}\", in=\"{location}\", name=\"{}\"",
                quoted(name)
            ))
        }
        SchemeKind::Unsupported(_) => None,
    }
}

/// The credential of `kind` the request carries, if any.
fn credential(kind: &SchemeKind, headers: &HeaderMap, uri: &Uri) -> Option<Credential> {
    match kind {
        SchemeKind::ApiKey { location, name } => {
            let key = match location {
                KeyLocation::Header => headers.get(name.as_str())?.to_str().ok()?.to_owned(),
                KeyLocation::Query => form_urlencoded::parse(uri.query()?.as_bytes())
                    .find(|(key, _)| key == name)?
                    .1
                    .into_owned(),
                KeyLocation::Cookie => cookie(headers, name)?,
            };
            (!key.is_empty()).then_some(Credential::ApiKey(key))
        }
        SchemeKind::Basic => {
            let encoded = authorization(headers, "basic")?;
            let decoded = base64::engine::general_purpose::STANDARD
                .decode(encoded.trim())
                .ok()?;
            let text = String::from_utf8(decoded).ok()?;
            let (username, password) = text.split_once(':')?;
            Some(Credential::Basic {
                username: username.to_owned(),
                password: password.to_owned(),
            })
        }
        SchemeKind::Bearer => {
            let token = authorization(headers, "bearer")?.trim();
            (!token.is_empty()).then(|| Credential::Bearer(token.to_owned()))
        }
        SchemeKind::Unsupported(_) => None,
    }
}

/// The parameters of `Authorization: <scheme> …` (the scheme compared case-insensitively).
fn authorization<'a>(headers: &'a HeaderMap, scheme: &str) -> Option<&'a str> {
    headers
        .get_all(header::AUTHORIZATION)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .find_map(|value| {
            let (given, rest) = value.trim().split_once(' ')?;
            given.eq_ignore_ascii_case(scheme).then_some(rest)
        })
}

fn cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(';'))
        .find_map(|pair| {
            let (key, value) = pair.trim().split_once('=')?;
            (key == name).then(|| value.trim_matches('"').to_owned())
        })
}
