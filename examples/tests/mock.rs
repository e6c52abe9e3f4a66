//! The typed client against `mock-server` serving `specs/logs.yaml`: how code that calls a
//! service not built yet is tested. The mock answers from the contract's examples and checks
//! every request against it, as Prism does.

use std::net::TcpStream;
use std::time::{Duration, Instant};

use clap::Parser;
use logs_client::Client;

/// Starts mock-server in this process (it serves until the test process ends).
fn start_mock(spec: &str) -> String {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .unwrap()
        .port();
    let cli = mock_server::cli::Cli::parse_from([
        "mock-server",
        "mock",
        "-p",
        &port.to_string(),
        "--quiet",
        "--no-reload",
        spec,
    ]);
    let mock_server::cli::Command::Mock(args) = cli.command else {
        unreachable!("`mock` was parsed as another command");
    };
    std::thread::spawn(move || mock_server::run(args).expect("mock-server runs"));
    let deadline = Instant::now() + Duration::from_secs(20);
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(Instant::now() < deadline, "mock-server did not start");
        std::thread::sleep(Duration::from_millis(20));
    }
    format!("http://127.0.0.1:{port}")
}

#[tokio::test]
async fn the_client_talks_to_the_mock_of_the_contract() {
    let spec = concat!(env!("CARGO_MANIFEST_DIR"), "/../specs/logs.yaml");
    let base = start_mock(spec);
    // The mock checks that a token is there, as Prism does, not what it says.
    let client = Client::with_bearer_token(&base, "any-token").unwrap();

    let page = client.list_logs().send().await.unwrap().into_inner();
    assert!(
        !page.items.is_empty(),
        "the mock answers the contract's example page"
    );

    let new: logs_types::LogNuevo = serde_json::from_value(serde_json::json!({
        "descripcion_evento": "revisión de frenos",
        "subsistema": 2,
        "usuario": "marta",
    }))
    .unwrap();
    let created = client.create_log().body(new).send().await.unwrap();
    assert_eq!(created.status(), 201);

    // The mock validates requests as Prism does: an event without `usuario` gets the
    // contract's own 422 example, and the `sl-violations` header names the field.
    let refused = reqwest::Client::new()
        .post(format!("{base}/logs"))
        .bearer_auth("any-token")
        .header("content-type", "application/json")
        .body(r#"{"descripcion_evento": "x", "subsistema": 2}"#)
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), 422);
    let violations = refused.headers()["sl-violations"].to_str().unwrap();
    assert!(violations.contains("usuario"), "{violations}");
}
