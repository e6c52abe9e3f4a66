//! The local token endpoint over real HTTP on 127.0.0.1: the client-credentials grant of
//! RFC 6749 §4.4, and tokens that recambios' verifier accepts with the scopes granted.

use reqwest::StatusCode;
use serde_json::Value;
use taller_platform::issuer::{CLIENT_ID, Grants, Issuer, LIFETIME};
use taller_runtime::jwt::{Keys, Verifier};
use taller_runtime::security::Principal;

const JWT_SECRET: &str = "issuer-test-jwt-secret";
const CLIENT_SECRET: &str = "s3cr:et/+ü";

/// A refused request: what it is, its form, its Basic credentials, the status and the error.
type Case<'a> = (
    &'a str,
    Vec<(&'a str, &'a str)>,
    Option<(&'a str, &'a str)>,
    StatusCode,
    &'a str,
);

async fn issuer() -> (Issuer, String) {
    let issuer = Issuer::start(Grants {
        jwt_secret: JWT_SECRET.into(),
        client_secret: CLIENT_SECRET.into(),
        scopes: vec!["recambios:read".into(), "recambios:write".into()],
    })
    .await
    .expect("the endpoint starts");
    let url = format!("http://{}/auth/token", issuer.address());
    (issuer, url)
}

fn verifier() -> Verifier {
    Verifier::new(
        Keys::load(Some(JWT_SECRET), None, None).expect("a secret"),
        "taller",
        "taller",
    )
}

async fn post(
    url: &str,
    form: &[(&str, &str)],
    basic: Option<(&str, &str)>,
) -> (StatusCode, reqwest::header::HeaderMap, Value) {
    let body = form_urlencoded::Serializer::new(String::new())
        .extend_pairs(form)
        .finish();
    let mut request = reqwest::Client::new()
        .post(url)
        .header("content-type", "application/x-www-form-urlencoded")
        .body(body);
    if let Some((id, secret)) = basic {
        request = request.basic_auth(id, Some(secret));
    }
    let answer = request.send().await.expect("an answer");
    let status = answer.status();
    let headers = answer.headers().clone();
    assert_eq!(headers["content-type"], "application/json", "{status}");
    assert_eq!(headers["cache-control"], "no-store");
    (status, headers, answer.json().await.expect("a JSON body"))
}

#[tokio::test]
async fn a_client_gets_a_token_recambios_accepts() {
    let (issuer, url) = issuer().await;

    // The secret in the form, every scope when none is asked for.
    let (status, _, body) = post(
        &url,
        &[
            ("grant_type", "client_credentials"),
            ("client_id", CLIENT_ID),
            ("client_secret", CLIENT_SECRET),
        ],
        None,
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["token_type"], "Bearer");
    assert_eq!(body["expires_in"], LIFETIME);
    assert_eq!(body["scope"], "recambios:read recambios:write");
    let caller = verifier()
        .verify(body["access_token"].as_str().expect("a token"))
        .expect("recambios accepts it");
    assert_eq!(caller.subject, CLIENT_ID);
    assert!(caller.has_scope("recambios:write"));

    // HTTP Basic, id and secret form-encoded as RFC 6749 says, one scope asked for.
    let (status, _, body) = post(
        &url,
        &[
            ("grant_type", "client_credentials"),
            ("scope", "recambios:read"),
        ],
        Some((CLIENT_ID, "s3cr%3Aet%2F%2B%C3%BC")),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["scope"], "recambios:read");
    let caller = verifier()
        .verify(body["access_token"].as_str().expect("a token"))
        .expect("recambios accepts it");
    assert!(caller.has_scope("recambios:read"));
    assert!(
        !caller.has_scope("recambios:write"),
        "only what was asked for"
    );

    // HTTP Basic with the secret as it is (Swagger UI's Authorize sends it so).
    let (status, _, body) = post(
        &url,
        &[("grant_type", "client_credentials")],
        Some((CLIENT_ID, CLIENT_SECRET)),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{body}");

    issuer.stop().await.expect("stops cleanly");
}

#[tokio::test]
async fn what_the_endpoint_refuses() {
    let (issuer, url) = issuer().await;
    let grant = ("grant_type", "client_credentials");

    let cases: Vec<Case> = vec![
        (
            "wrong secret",
            vec![grant],
            Some((CLIENT_ID, "nope")),
            StatusCode::UNAUTHORIZED,
            "invalid_client",
        ),
        (
            "unknown client",
            vec![
                grant,
                ("client_id", "mallory"),
                ("client_secret", CLIENT_SECRET),
            ],
            None,
            StatusCode::UNAUTHORIZED,
            "invalid_client",
        ),
        (
            "no credentials",
            vec![grant],
            None,
            StatusCode::UNAUTHORIZED,
            "invalid_client",
        ),
        (
            "another grant",
            vec![("grant_type", "password")],
            Some((CLIENT_ID, "s3cr%3Aet%2F%2B%C3%BC")),
            StatusCode::BAD_REQUEST,
            "unsupported_grant_type",
        ),
        (
            "no grant",
            vec![],
            Some((CLIENT_ID, "s3cr%3Aet%2F%2B%C3%BC")),
            StatusCode::BAD_REQUEST,
            "invalid_request",
        ),
        (
            "a scope it does not grant",
            vec![grant, ("scope", "recambios:read clientes:admin")],
            Some((CLIENT_ID, "s3cr%3Aet%2F%2B%C3%BC")),
            StatusCode::BAD_REQUEST,
            "invalid_scope",
        ),
        (
            "a repeated parameter",
            vec![grant, grant],
            Some((CLIENT_ID, "s3cr%3Aet%2F%2B%C3%BC")),
            StatusCode::BAD_REQUEST,
            "invalid_request",
        ),
    ];
    for (case, form, basic, status, error) in cases {
        let (got, headers, body) = post(&url, &form, basic).await;
        assert_eq!(got, status, "{case}: {body}");
        assert_eq!(body["error"], error, "{case}");
        assert!(body["error_description"].is_string(), "{case}");
        assert!(body.get("access_token").is_none(), "{case}");
        if status == StatusCode::UNAUTHORIZED {
            assert!(headers.contains_key("www-authenticate"), "{case}");
        }
    }

    // Not a form.
    let answer = reqwest::Client::new()
        .post(&url)
        .json(&serde_json::json!({"grant_type": "client_credentials"}))
        .send()
        .await
        .expect("an answer");
    assert_eq!(answer.status(), StatusCode::BAD_REQUEST);
    // A form far longer than any token request.
    let names: Vec<String> = (0..20).map(|i| format!("p{i}")).collect();
    let long: Vec<(&str, &str)> = names.iter().map(|n| (n.as_str(), "x")).collect();
    let (status, _, body) = post(&url, &long, Some((CLIENT_ID, CLIENT_SECRET))).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(body["error"], "invalid_request");
    // Only POST.
    let answer = reqwest::get(&url).await.expect("an answer");
    assert_eq!(answer.status(), StatusCode::METHOD_NOT_ALLOWED);

    issuer.stop().await.expect("stops cleanly");
}
