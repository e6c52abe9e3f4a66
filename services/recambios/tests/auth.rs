//! Every operation of specs/recambios.yaml protected as the contract says, over HTTP: no
//! token, a bad signature, an expired token, another issuer or audience → 401 with
//! `WWW-Authenticate`; the wrong scope → 403; the right scope gets through to the operation.
//! The operations and the scope each needs are read from the contract itself.

mod support;

use jsonwebtoken::{Algorithm, EncodingKey, Header};
use serde_json::{Value, json};
use support::{Backend, SECRET, Service, token_with};

/// (method, path with a part's serial number, scope the contract asks for).
fn operations() -> Vec<(String, String, String)> {
    let text = std::fs::read_to_string(support::workspace_root().join("specs/recambios.yaml"))
        .expect("specs/recambios.yaml");
    let doc: Value = serde_yaml_ng::from_str(&text).expect("YAML");
    let mut out = Vec::new();
    for (path, item) in doc["paths"].as_object().unwrap() {
        for (method, op) in item.as_object().unwrap() {
            let Some(security) = op.get("security") else {
                continue;
            };
            let scope = security[0]["bearerAuth"][0]
                .as_str()
                .expect("one scope")
                .to_owned();
            let path = path.replace("{numero_serie}", "A0000001-B");
            out.push((method.to_uppercase(), path, scope));
        }
    }
    assert_eq!(out.len(), 11, "every operation declares its security");
    out
}

fn claims_token(secret: &str, claims: Value) -> String {
    jsonwebtoken::encode(
        &Header::new(Algorithm::HS256),
        &claims,
        &EncodingKey::from_secret(secret.as_bytes()),
    )
    .unwrap()
}

fn now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs()
}

async fn send(
    svc: &Service,
    method: &str,
    path: &str,
    token: Option<&str>,
) -> (u16, Value, Vec<String>) {
    let http = reqwest::Client::new();
    let mut request = http.request(method.parse().unwrap(), svc.url(path));
    if let Some(token) = token {
        request = request.bearer_auth(token);
    }
    if method != "GET" && method != "DELETE" {
        request = request.json(&json!({}));
    }
    let response = request.send().await.unwrap();
    let status = response.status().as_u16();
    let challenges = response
        .headers()
        .get_all("www-authenticate")
        .iter()
        .map(|v| v.to_str().unwrap().to_owned())
        .collect();
    let body = response.json().await.unwrap_or(Value::Null);
    (status, body, challenges)
}

#[tokio::test]
async fn every_operation_is_protected_as_the_contract_says() {
    let svc = Service::start(Backend::embedded(), &[]).await;
    let claims = |scope: &str| json!({"sub": "t", "iss": "taller", "aud": "taller", "exp": now() + 600, "scope": scope});
    for (method, path, scope) in operations() {
        let at = format!("{method} {path}");
        let refused: [(&str, Option<String>, &str); 5] = [
            ("no token", None, "this operation needs credentials"),
            (
                "bad signature",
                Some(claims_token("another-secret", claims(&scope))),
                "signature does not verify",
            ),
            (
                "expired",
                Some(claims_token(
                    SECRET,
                    json!({"sub": "t", "iss": "taller", "aud": "taller", "exp": now() - 3600, "scope": scope}),
                )),
                "expired",
            ),
            (
                "another issuer",
                Some(claims_token(
                    SECRET,
                    json!({"sub": "t", "iss": "elsewhere", "aud": "taller", "exp": now() + 600, "scope": scope}),
                )),
                "issued by someone else",
            ),
            (
                "another audience",
                Some(claims_token(
                    SECRET,
                    json!({"sub": "t", "iss": "taller", "aud": "facturas", "exp": now() + 600, "scope": scope}),
                )),
                "another audience",
            ),
        ];
        for (case, token, why) in refused {
            let (status, body, challenges) = send(&svc, &method, &path, token.as_deref()).await;
            assert_eq!(status, 401, "{at} with {case}: {body}");
            assert!(
                body["detail"].as_str().unwrap().contains(why),
                "{at} with {case}: {body}"
            );
            assert!(
                challenges.iter().any(|c| c.starts_with("Bearer realm=")),
                "{at}: {challenges:?}"
            );
        }
        // A valid token with every other scope of the service, but not this one.
        let others: Vec<&str> = ["recambios:read", "recambios:write", "recambios:admin"]
            .into_iter()
            .filter(|s| *s != scope)
            .collect();
        let (status, body, _) = send(&svc, &method, &path, Some(&token_with(&others))).await;
        assert_eq!(status, 403, "{at} without {scope}: {body}");
        assert!(
            body["detail"].as_str().unwrap().ends_with(&scope),
            "{at}: {body}"
        );
        // The right scope reaches the operation (which answers 404, 422 or 200: not 401/403).
        let (status, body, _) = send(&svc, &method, &path, Some(&token_with(&[&scope]))).await;
        assert!(
            ![401, 403].contains(&status),
            "{at} with {scope}: {status} {body}"
        );
    }
}

#[tokio::test]
async fn health_readiness_and_docs_stay_public() {
    let svc = Service::start(Backend::embedded(), &[]).await;
    for path in ["/healthz", "/readyz", "/openapi.json", "/docs/"] {
        let (status, _, _) = send(&svc, "GET", path, None).await;
        assert_eq!(status, 200, "{path}");
    }
}

#[tokio::test]
async fn without_a_key_the_service_does_not_start() {
    let config = <recambios::config::Config as clap::Parser>::parse_from(["recambios"]);
    let error = recambios::app::build(&config).await.expect_err("refused");
    let text = taller_runtime::error::chain(&error);
    assert!(text.contains("no token key configured"), "{text}");
}
