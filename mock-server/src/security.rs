//! Checks a request against the operation's security requirements the way Prism does:
//! credentials must be present and well-formed (their values are never verified).

use std::collections::HashMap;

use base64::Engine;

use crate::spec::{In, SchemeCheck};

/// Why a requirement set failed: the `WWW-Authenticate` challenge to send, if any.
pub type Challenge = Option<String>;

/// `Ok` when one alternative is satisfied, else the challenge of the first alternative.
pub fn check(
    alternatives: &[Vec<SchemeCheck>],
    headers: &http::HeaderMap,
    query: &[(String, String)],
    cookies: &HashMap<String, String>,
) -> Result<(), Challenge> {
    if alternatives.is_empty() {
        return Ok(());
    }
    let mut first: Option<Challenge> = None;
    for set in alternatives {
        let mut challenges = Vec::new();
        let mut failed = false;
        for scheme in set {
            if let Err(c) = check_one(scheme, headers, query, cookies) {
                failed = true;
                challenges.extend(c);
            }
        }
        if !failed {
            return Ok(());
        }
        if first.is_none() {
            first = Some((!challenges.is_empty()).then(|| challenges.join(",")));
        }
    }
    Err(first.flatten())
}

fn authorization(headers: &http::HeaderMap) -> Option<(String, String)> {
    let value = headers.get(http::header::AUTHORIZATION)?.to_str().ok()?;
    let (scheme, rest) = value.trim().split_once(' ').unwrap_or((value.trim(), ""));
    Some((scheme.to_ascii_lowercase(), rest.trim().to_string()))
}

fn check_one(
    scheme: &SchemeCheck,
    headers: &http::HeaderMap,
    query: &[(String, String)],
    cookies: &HashMap<String, String>,
) -> Result<(), Challenge> {
    let auth = authorization(headers);
    let with_scheme = |name: &str, challenge: &str| -> Result<String, Challenge> {
        match &auth {
            Some((s, token)) if s == name => Ok(token.clone()),
            _ => Err(Some(challenge.to_string())),
        }
    };
    match scheme {
        SchemeCheck::Pass => Ok(()),
        SchemeCheck::Basic => {
            let token = with_scheme("basic", "Basic realm=\"*\"")?;
            let decoded = base64::engine::general_purpose::STANDARD
                .decode(token.as_bytes())
                .ok()
                .and_then(|b| String::from_utf8(b).ok());
            match decoded {
                Some(text) if text.split_once(':').is_some_and(|(u, _)| !u.is_empty()) => Ok(()),
                _ => Err(None),
            }
        }
        SchemeCheck::Digest => {
            let token = with_scheme("digest", "Digest realm=\"*\", nonce=\"abc123\"")?;
            let needed = ["username=", "realm=", "nonce=", "uri=", "response="];
            if needed.iter().all(|n| token.contains(n)) {
                Ok(())
            } else {
                Err(None)
            }
        }
        SchemeCheck::Bearer => non_empty(with_scheme("bearer", "Bearer")?),
        SchemeCheck::OAuth2 => non_empty(with_scheme("bearer", "OAuth2")?),
        SchemeCheck::OpenId => non_empty(with_scheme("bearer", "OpenID")?),
        SchemeCheck::ApiKey { location, name } => {
            let present = match location {
                In::Query => query.iter().any(|(k, _)| k == name),
                In::Cookie => cookies.contains_key(name),
                _ => headers.contains_key(name.as_str()),
            };
            if present { Ok(()) } else { Err(None) }
        }
    }
}

fn non_empty(token: String) -> Result<(), Challenge> {
    if token.is_empty() { Err(None) } else { Ok(()) }
}
