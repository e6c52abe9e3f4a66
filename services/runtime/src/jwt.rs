//! Bearer tokens verified as JWTs — signature (HS256 with a shared secret for the local run;
//! RS256 with the identity provider's public key or JWKS in production), expiry, issuer and
//! audience — and turned into a [`Caller`] whose scopes the generated router checks against
//! each operation's `security`. What a service's `authenticate` calls for its bearer schemes;
//! [`mint`] makes the tokens of local runs and tests.

use std::collections::HashMap;
use std::path::Path;

use crate::security::{Credential, Principal, Unauthorized};
use jsonwebtoken::errors::ErrorKind;
use jsonwebtoken::jwk::JwkSet;
use jsonwebtoken::{Algorithm, DecodingKey, EncodingKey, Header, Validation};
use serde::{Deserialize, Serialize};

/// An authenticated caller.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Caller {
    /// The token's `sub`.
    pub subject: String,
    scopes: Vec<String>,
}

impl Principal for Caller {
    fn has_scope(&self, scope: &str) -> bool {
        self.scopes.iter().any(|s| s == scope)
    }
}

/// What recambios reads from a token (and what [`mint`] writes).
#[derive(Debug, Serialize, Deserialize)]
pub struct Claims {
    pub sub: String,
    pub iss: String,
    pub aud: String,
    pub exp: u64,
    /// Space-separated scopes (RFC 8693 / RFC 9068 `scope`).
    #[serde(default)]
    pub scope: String,
}

/// The keys tokens are checked with.
pub enum Keys {
    /// HS256 with a shared secret.
    Secret(DecodingKey),
    /// RS256 with one public key.
    Rsa(DecodingKey),
    /// RS256 with the provider's key set, chosen by the token's `kid`.
    Jwks(HashMap<String, DecodingKey>),
}

/// Why the token keys could not be loaded (a start-up error).
#[derive(Debug, thiserror::Error)]
pub enum KeyError {
    #[error("reading {path}")]
    Read {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("{path} is not a usable key")]
    Key {
        path: String,
        #[source]
        source: jsonwebtoken::errors::Error,
    },
    #[error("{path} is not a JWKS document")]
    Jwks {
        path: String,
        #[source]
        source: serde_json::Error,
    },
    #[error(
        "no token key configured: set JWT_SECRET (HS256), JWT_PUBLIC_KEY (an RS256 PEM file) or JWT_JWKS (a JWKS file)"
    )]
    Missing,
}

fn read(path: &Path) -> Result<Vec<u8>, KeyError> {
    std::fs::read(path).map_err(|source| KeyError::Read {
        path: path.display().to_string(),
        source,
    })
}

impl Keys {
    /// The keys the configuration names: a secret, a PEM public key file or a JWKS file.
    pub fn load(
        secret: Option<&str>,
        public_key: Option<&Path>,
        jwks: Option<&Path>,
    ) -> Result<Keys, KeyError> {
        if let Some(path) = jwks {
            let set: JwkSet =
                serde_json::from_slice(&read(path)?).map_err(|source| KeyError::Jwks {
                    path: path.display().to_string(),
                    source,
                })?;
            let mut keys = HashMap::new();
            for jwk in &set.keys {
                let key = DecodingKey::from_jwk(jwk).map_err(|source| KeyError::Key {
                    path: path.display().to_string(),
                    source,
                })?;
                keys.insert(jwk.common.key_id.clone().unwrap_or_default(), key);
            }
            return Ok(Keys::Jwks(keys));
        }
        if let Some(path) = public_key {
            let key = DecodingKey::from_rsa_pem(&read(path)?).map_err(|source| KeyError::Key {
                path: path.display().to_string(),
                source,
            })?;
            return Ok(Keys::Rsa(key));
        }
        match secret.filter(|s| !s.is_empty()) {
            Some(secret) => Ok(Keys::Secret(DecodingKey::from_secret(secret.as_bytes()))),
            None => Err(KeyError::Missing),
        }
    }
}

/// Checks tokens against the keys, the issuer and the audience.
pub struct Verifier {
    keys: Keys,
    validation: Validation,
}

impl Verifier {
    pub fn new(keys: Keys, issuer: &str, audience: &str) -> Self {
        let algorithm = match keys {
            Keys::Secret(_) => Algorithm::HS256,
            Keys::Rsa(_) | Keys::Jwks(_) => Algorithm::RS256,
        };
        let mut validation = Validation::new(algorithm);
        validation.set_issuer(&[issuer]);
        validation.set_audience(&[audience]);
        validation.set_required_spec_claims(&["exp", "iss", "aud", "sub"]);
        validation.leeway = 30;
        Verifier { keys, validation }
    }

    /// The caller a bearer credential stands for; any other kind of credential is refused.
    /// What a service's `authenticate` does for its bearer schemes.
    pub fn verify_credential(&self, credential: Credential) -> Result<Caller, Unauthorized> {
        match credential {
            Credential::Bearer(token) => self.verify(&token),
            _ => Err(Unauthorized::new("send a bearer token")),
        }
    }

    /// The caller a token stands for, or why it is refused.
    pub fn verify(&self, token: &str) -> Result<Caller, Unauthorized> {
        let key = match &self.keys {
            Keys::Secret(key) | Keys::Rsa(key) => key,
            Keys::Jwks(keys) => {
                let header = jsonwebtoken::decode_header(token)
                    .map_err(|_| Unauthorized::new("the token is not a JWT"))?;
                let kid = header.kid.unwrap_or_default();
                keys.get(&kid).ok_or_else(|| {
                    Unauthorized::new(format!("the token's key {kid:?} is unknown"))
                })?
            }
        };
        let data = jsonwebtoken::decode::<Claims>(token, key, &self.validation).map_err(|e| {
            Unauthorized::new(match e.kind() {
                ErrorKind::ExpiredSignature => "the token has expired",
                ErrorKind::InvalidSignature => "the token's signature does not verify",
                ErrorKind::InvalidIssuer => "the token was issued by someone else",
                ErrorKind::InvalidAudience => "the token is meant for another audience",
                ErrorKind::InvalidAlgorithm => "the token is signed with another algorithm",
                ErrorKind::MissingRequiredClaim(_) => "the token lacks a required claim",
                ErrorKind::ImmatureSignature => "the token is not valid yet",
                _ => "the token is not a valid JWT",
            })
        })?;
        Ok(Caller {
            subject: data.claims.sub,
            scopes: data
                .claims
                .scope
                .split_whitespace()
                .map(str::to_owned)
                .collect(),
        })
    }
}

/// An HS256 token for `subject` with `scopes`, valid for `seconds` (local runs, tests and the
/// service's own calls on the local platform).
pub fn mint(
    secret: &str,
    issuer: &str,
    audience: &str,
    subject: &str,
    scopes: &[&str],
    seconds: u64,
) -> String {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or_default();
    let claims = Claims {
        sub: subject.to_owned(),
        iss: issuer.to_owned(),
        aud: audience.to_owned(),
        exp: now + seconds,
        scope: scopes.join(" "),
    };
    // HS256 signing with a byte secret cannot fail.
    jsonwebtoken::encode(
        &Header::new(Algorithm::HS256),
        &claims,
        &EncodingKey::from_secret(secret.as_bytes()),
    )
    .unwrap_or_default()
}
