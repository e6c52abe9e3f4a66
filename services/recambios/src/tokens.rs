//! Bearer tokens already verified, with their callers: a client that sends the same token on
//! every request pays for its signature and claims once instead of on every request.
//!
//! It answers exactly what the verifier would. The verifier's keys, issuer and audience are
//! fixed for the life of the process (read once at start-up), so a token's verdict changes only
//! with time, at its `exp`: a remembered token is answered from here only until its `exp`, and
//! from then on every use goes back to the verifier (which allows its leeway past `exp`, or
//! refuses). Only tokens that verified are remembered; there are at most [`MAX_TOKENS`], and
//! they are all forgotten at once when it is full.

use std::collections::HashMap;
use std::sync::RwLock;

use serde::Deserialize;
use taller_runtime::jwt::{Caller, Verifier};
use taller_runtime::security::Unauthorized;

/// Most tokens remembered at once.
const MAX_TOKENS: usize = 1024;

#[derive(Default)]
pub(crate) struct VerifiedTokens {
    /// Token → its caller and its `exp` (seconds since the epoch).
    known: RwLock<HashMap<String, (Caller, u64)>>,
}

/// The one claim read back from a token that has verified.
#[derive(Deserialize)]
struct Expiry {
    exp: u64,
}

impl VerifiedTokens {
    /// The caller `token` stands for at `now` (seconds since the epoch): remembered, or from
    /// `verifier` (and then remembered until its `exp`).
    pub(crate) fn verify(
        &self,
        verifier: &Verifier,
        token: &str,
        now: u64,
    ) -> Result<Caller, Unauthorized> {
        if let Some(caller) = self.get(token, now) {
            return Ok(caller);
        }
        let caller = verifier.verify(token)?;
        // The token has just verified, so its claims are there and signed; only `exp` is read.
        if let Ok(data) = jsonwebtoken::dangerous::insecure_decode::<Expiry>(token) {
            let mut known = self.known.write().unwrap_or_else(|p| p.into_inner());
            if known.len() >= MAX_TOKENS {
                known.clear();
            }
            known.insert(token.to_owned(), (caller.clone(), data.claims.exp));
        }
        Ok(caller)
    }

    fn get(&self, token: &str, now: u64) -> Option<Caller> {
        let known = self.known.read().unwrap_or_else(|p| p.into_inner());
        known
            .get(token)
            .filter(|(_, exp)| now <= *exp)
            .map(|(caller, _)| caller.clone())
    }
}

/// Seconds since the epoch, the clock tokens' `exp` is on.
pub(crate) fn now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use taller_runtime::jwt::{Keys, mint};
    use taller_runtime::security::Principal;

    fn verifier() -> Verifier {
        Verifier::new(
            Keys::load(Some("secreto"), None, None).unwrap(),
            "taller",
            "taller",
        )
    }

    fn exp_of(token: &str) -> u64 {
        jsonwebtoken::dangerous::insecure_decode::<Expiry>(token)
            .unwrap()
            .claims
            .exp
    }

    #[test]
    fn remembered_callers_are_the_verifiers_and_only_until_exp() {
        let (verifier, tokens) = (verifier(), VerifiedTokens::default());
        let token = mint(
            "secreto",
            "taller",
            "taller",
            "ana",
            &["recambios:read"],
            600,
        );
        let now = now();
        let direct = verifier.verify(&token).unwrap();
        let first = tokens.verify(&verifier, &token, now).unwrap();
        assert_eq!(first, direct);
        assert!(first.has_scope("recambios:read") && !first.has_scope("recambios:write"));
        // Remembered, and answered from memory up to its exp...
        let exp = exp_of(&token);
        assert_eq!(tokens.get(&token, now), Some(direct.clone()));
        assert_eq!(tokens.get(&token, exp), Some(direct.clone()));
        // ...and not after: past exp the verifier decides again.
        assert_eq!(tokens.get(&token, exp + 1), None);
    }

    #[test]
    fn refused_tokens_are_refused_every_time_and_not_remembered() {
        let (verifier, tokens) = (verifier(), VerifiedTokens::default());
        let now = now();
        let wrong_key = mint("otro", "taller", "taller", "ana", &["recambios:read"], 600);
        let wrong_audience = mint(
            "secreto",
            "taller",
            "otros",
            "ana",
            &["recambios:read"],
            600,
        );
        for token in [wrong_key, wrong_audience, "no-es-un-jwt".to_owned()] {
            for _ in 0..2 {
                let refused = tokens.verify(&verifier, &token, now).unwrap_err();
                assert_eq!(refused, verifier.verify(&token).unwrap_err(), "{token}");
            }
            assert_eq!(tokens.get(&token, now), None);
        }
        assert!(tokens.known.read().unwrap().is_empty());
    }

    #[test]
    fn a_full_memory_starts_over() {
        let (verifier, tokens) = (verifier(), VerifiedTokens::default());
        let now = now();
        let minted: Vec<String> = (0..=MAX_TOKENS)
            .map(|i| mint("secreto", "taller", "taller", &format!("u{i}"), &[], 600))
            .collect();
        for token in &minted {
            tokens.verify(&verifier, token, now).unwrap();
        }
        let known = tokens.known.read().unwrap();
        assert_eq!(known.len(), 1);
        assert!(known.contains_key(&minted[MAX_TOKENS]));
    }
}
