//! The real Caddy with the project's Caddyfile in front of an upstream that reads a request and
//! then drops the connection without answering (a service crashing mid-request): the gateway
//! answers 502 and never sends the request a second time. A retried POST could create a part
//! or move stock twice; the Caddyfile configures no retries, and this keeps it so.

mod support;

use std::io::{BufRead, BufReader, Read};
use std::net::TcpListener;
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// Stops Caddy when the test ends.
struct Gateway(Child);

impl Drop for Gateway {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

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

async fn start_gateway(upstream: u16) -> (Gateway, String) {
    let (port, health) = (free_port(), free_port());
    let state = std::env::temp_dir().join(format!("taller-retries-{port}"));
    std::fs::create_dir_all(&state).unwrap();
    let caddyfile = support::repo_root().join("k8s/base/gateway/Caddyfile");
    let child = Command::new(support::caddy())
        .args(["run", "--adapter", "caddyfile", "--config"])
        .arg(&caddyfile)
        .env("TALLER_ADDRESS", format!("http://127.0.0.1:{port}"))
        .env("TALLER_BIND", "127.0.0.1")
        .env(
            "TALLER_HEALTH_ADDRESS",
            format!("http://127.0.0.1:{health}"),
        )
        .env("RECAMBIOS_UPSTREAM", format!("127.0.0.1:{upstream}"))
        .env("XDG_CONFIG_HOME", &state)
        .env("XDG_DATA_HOME", &state)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("caddy starts");
    let gateway = Gateway(child);
    let ready = format!("http://127.0.0.1:{health}/readyz");
    let deadline = Instant::now() + support::READY;
    while reqwest::get(&ready).await.map(|r| r.status().as_u16()).ok() != Some(200) {
        assert!(Instant::now() < deadline, "the gateway did not turn ready");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
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
