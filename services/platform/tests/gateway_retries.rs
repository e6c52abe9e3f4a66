//! The real Caddy with the project's Caddyfile in front of an upstream that reads a request and
//! then drops the connection without answering (a service crashing mid-request): the gateway
//! answers 502 and never sends the request a second time. A retried POST could create a part
//! or move stock twice; the Caddyfile configures no retries, and this keeps it so.

mod support;

use std::io::{BufRead, BufReader, Read};
use std::net::TcpListener;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use taller_platform::child::{Child, Spec, free_port};

/// Accepts connections forever; reads each request's head and its `Content-Length` body,
/// counts it, and closes the connection without a byte of answer.
fn dropping_upstream() -> (u16, Arc<AtomicUsize>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let seen = Arc::new(AtomicUsize::new(0));
    let counter = Arc::clone(&seen);
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(stream) = stream else { continue };
            let mut reader = BufReader::new(stream);
            let mut length = 0usize;
            let mut line = String::new();
            let mut head = false;
            while reader.read_line(&mut line).unwrap_or(0) > 0 {
                let trimmed = line.trim_end();
                if trimmed.is_empty() {
                    head = true;
                    break;
                }
                if let Some((name, value)) = trimmed.split_once(':')
                    && name.eq_ignore_ascii_case("content-length")
                {
                    length = value.trim().parse().unwrap_or(0);
                }
                line.clear();
            }
            if head {
                let mut body = vec![0; length];
                let _ = reader.read_exact(&mut body);
                counter.fetch_add(1, Ordering::SeqCst);
            }
            // Dropped here: the connection closes with no answer.
        }
    });
    (port, seen)
}

async fn start_gateway(upstream: u16) -> (Child, String) {
    let port = free_port().expect("a free port");
    let health = free_port().expect("a free port");
    let state = std::env::temp_dir().join(format!("taller-retries-{port}"));
    std::fs::create_dir_all(&state).unwrap();
    let spec = Spec {
        name: "gateway".into(),
        program: support::caddy(),
        args: vec![
            "run".into(),
            "--adapter".into(),
            "caddyfile".into(),
            "--config".into(),
            support::repo_root()
                .join("k8s/base/gateway/Caddyfile")
                .into(),
        ],
        env: vec![
            (
                "TALLER_ADDRESS".into(),
                format!("http://127.0.0.1:{port}").into(),
            ),
            ("TALLER_BIND".into(), "127.0.0.1".into()),
            (
                "TALLER_HEALTH_ADDRESS".into(),
                format!("http://127.0.0.1:{health}").into(),
            ),
            (
                "RECAMBIOS_UPSTREAM".into(),
                format!("127.0.0.1:{upstream}").into(),
            ),
            ("XDG_CONFIG_HOME".into(), state.clone().into()),
            ("XDG_DATA_HOME".into(), state.into()),
        ],
    };
    // Killed when dropped, at the end of the test.
    let mut gateway = Child::spawn(&spec, false).expect("caddy starts");
    gateway
        .wait_ready(&format!("http://127.0.0.1:{health}/readyz"), support::READY)
        .await
        .expect("the gateway turns ready");
    (gateway, format!("http://127.0.0.1:{port}"))
}

#[tokio::test]
async fn the_gateway_sends_a_request_to_its_upstream_once_even_when_the_upstream_drops_it() {
    let (upstream, seen) = dropping_upstream();
    let (_gateway, base) = start_gateway(upstream).await;
    let http = reqwest::Client::builder()
        .timeout(Duration::from_secs(30))
        .build()
        .unwrap();
    let cases = [
        (
            "POST",
            "/api/v1/recambios",
            Some(r#"{"numero_serie":"R0000001-A"}"#),
        ),
        (
            "POST",
            "/api/v1/recambios/R0000001-A/reservas",
            Some(r#"{"cantidad":1}"#),
        ),
        (
            "PATCH",
            "/api/v1/recambios/R0000001-A",
            Some(r#"{"precio":1}"#),
        ),
        ("DELETE", "/api/v1/recambios/R0000001-A", None),
        ("GET", "/api/v1/recambios/R0000001-A", None),
    ];
    for (i, (verb, path, body)) in cases.into_iter().enumerate() {
        let mut request = http.request(verb.parse().unwrap(), format!("{base}{path}"));
        if let Some(body) = body {
            request = request
                .header("content-type", "application/json")
                .body(body);
        }
        let answer = request.send().await.expect("the gateway answers");
        assert_eq!(answer.status(), 502, "{verb} {path}");
        // Give a retry, were there one, time to reach the upstream.
        tokio::time::sleep(Duration::from_millis(300)).await;
        assert_eq!(
            seen.load(Ordering::SeqCst),
            i + 1,
            "{verb} {path} reached the upstream more than once"
        );
    }
}
