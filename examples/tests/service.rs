//! The example service and client together, over real HTTP on 127.0.0.1: what the two example
//! programs do, checked.

use std::time::Duration;

use logs_client::Client;
use taller_examples::{MemoryLogs, app};
use taller_runtime::service::{ServeArgs, serve_until};

const SECRET: &str = "examples-test-secret";

fn token(scopes: &[&str]) -> String {
    taller_runtime::jwt::mint(SECRET, "taller", "taller", "test", scopes, 600)
}

fn client(base: &str) -> Client {
    Client::with_bearer_token(base, &token(&["logs:read", "logs:write"])).unwrap()
}

async fn start() -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let args = ServeArgs {
        validate_responses: taller_runtime::service::ResponseValidation::Enforce,
        ..ServeArgs::default()
    };
    let app = app(MemoryLogs::new(SECRET).unwrap(), &args);
    tokio::spawn(serve_until(
        listener,
        app,
        std::future::pending(),
        Duration::from_secs(1),
    ));
    base
}

fn event(usuario: &str, subsistema: i64) -> logs_types::LogNuevo {
    serde_json::from_value(serde_json::json!({
        "descripcion_evento": "cambio de aceite",
        "subsistema": subsistema,
        "usuario": usuario,
    }))
    .unwrap()
}

#[tokio::test]
async fn the_client_creates_reads_and_lists_through_the_stub() {
    let base = start().await;
    let client = client(&base);
    let created = client
        .create_log()
        .body(event("ana", 1))
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(created.usuario, "ana");
    assert_eq!(*created.prioridad, 2, "the contract's default priority");
    client
        .create_log()
        .body(event("luis", 3))
        .send()
        .await
        .unwrap();

    let read = client.get_log().log_id(created.id).send().await.unwrap();
    assert_eq!(read.into_inner(), created);

    let page = client
        .list_logs()
        .subsistema(created.subsistema.clone())
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(page.total, 1);
    assert_eq!(page.items, vec![created]);
}

#[tokio::test]
async fn the_stub_rejects_what_breaks_the_contract_before_the_implementation_runs() {
    let base = start().await;
    let http = reqwest::Client::new();
    let bad = http
        .post(format!("{base}/logs"))
        .bearer_auth(token(&["logs:write"]))
        .header("content-type", "application/json")
        .body(r#"{"descripcion_evento": "x", "subsistema": 1}"#)
        .send()
        .await
        .unwrap();
    assert_eq!(bad.status(), 422);
    assert_eq!(
        bad.headers()["content-type"],
        "application/problem+json",
        "errors are RFC 9457 problems"
    );
    let problem: serde_json::Value = bad.json().await.unwrap();
    assert!(
        problem["errors"].to_string().contains("usuario"),
        "the missing field is named: {problem}"
    );

    let missing = client(&base)
        .get_log()
        .log_id(uuid::Uuid::new_v4())
        .send()
        .await
        .unwrap_err();
    assert_eq!(missing.status().map(|s| s.as_u16()), Some(404));

    let health = http.get(format!("{base}/healthz")).send().await.unwrap();
    assert!(health.status().is_success(), "what every service has");
}

#[tokio::test]
async fn callers_without_a_valid_token_or_scope_never_reach_the_implementation() {
    let base = start().await;
    let http = reqwest::Client::new();
    let anonymous = http.get(format!("{base}/logs")).send().await.unwrap();
    assert_eq!(anonymous.status(), 401);
    assert!(
        anonymous.headers()["www-authenticate"]
            .to_str()
            .unwrap()
            .starts_with("Bearer")
    );
    let forged = taller_runtime::jwt::mint(
        "another-secret",
        "taller",
        "taller",
        "x",
        &["logs:read"],
        600,
    );
    let refused = http
        .get(format!("{base}/logs"))
        .bearer_auth(forged)
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), 401);
    let reader = http
        .post(format!("{base}/logs"))
        .bearer_auth(token(&["logs:read"]))
        .json(&serde_json::json!({"descripcion_evento": "x", "subsistema": 1, "usuario": "ana"}))
        .send()
        .await
        .unwrap();
    assert_eq!(reader.status(), 403, "writing needs logs:write");
}
