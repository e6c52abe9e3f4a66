//! HTTPS over real connections on 127.0.0.1: `--tls-cert`/`--tls-key` serve the mock with
//! TLS, and bad or half-given files are refused in one line. The pair in `fixtures/tls/` is
//! test-only.

mod support;

use std::io::{Read, Write};
use std::net::TcpStream;
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use support::{binary, free_port, spec_file, start};

const SPEC: &str = r#"
openapi: 3.0.3
info: {title: tls, version: "1"}
paths:
  /hello:
    get:
      operationId: hello
      responses:
        '200': {description: ok, content: {application/json: {example: {hello: tls}}}}
"#;

fn fixture(name: &str) -> String {
    format!("{}/tests/fixtures/tls/{name}", env!("CARGO_MANIFEST_DIR"))
}

/// A ureq agent trusting only the fixture certificate.
fn trusting_agent() -> ureq::Agent {
    let pem = std::fs::read(fixture("cert.pem")).expect("fixture certificate");
    let cert = ureq::tls::Certificate::from_pem(&pem).expect("fixture certificate parses");
    let tls = ureq::tls::TlsConfig::builder()
        .root_certs(ureq::tls::RootCerts::Specific(Arc::new(vec![cert])))
        .build();
    ureq::Agent::config_builder()
        .http_status_as_error(false)
        .tls_config(tls)
        .build()
        .into()
}

fn https_get(url: &str) -> (u16, String) {
    let mut r = trusting_agent()
        .get(url)
        .call()
        .expect("HTTPS request failed");
    let body = r.body_mut().read_to_string().unwrap_or_default();
    (r.status().as_u16(), body)
}

fn tls_args<'a>(key: &'a str, cert: &'a str, spec: &'a str) -> Vec<&'a str> {
    vec!["--no-reload", "--tls-cert", cert, "--tls-key", key, spec]
}

#[test]
fn https_with_the_certificate_trusted_gets_the_mocked_answer() {
    let (_dir, spec) = spec_file("spec.yaml", SPEC);
    let (cert, key) = (fixture("cert.pem"), fixture("key.pem"));
    let server = start(&tls_args(&key, &cert, &spec));
    let (status, body) = https_get(&format!("https://localhost:{}/hello", server.port));
    assert_eq!((status, body.as_str()), (200, r#"{"hello":"tls"}"#));
    // The same key in SEC1 form, and the IP address in the certificate.
    let sec1 = fixture("key-sec1.pem");
    let server = start(&tls_args(&sec1, &cert, &spec));
    let (status, _) = https_get(&format!("https://127.0.0.1:{}/hello", server.port));
    assert_eq!(status, 200);
}

#[test]
fn plain_http_to_the_tls_port_gets_no_mocked_answer() {
    let (_dir, spec) = spec_file("spec.yaml", SPEC);
    let (cert, key) = (fixture("cert.pem"), fixture("key.pem"));
    let server = start(&tls_args(&key, &cert, &spec));
    let mut stream = TcpStream::connect(("127.0.0.1", server.port)).expect("connects");
    stream
        .set_read_timeout(Some(Duration::from_secs(15)))
        .expect("timeout set");
    stream
        .write_all(b"GET /hello HTTP/1.1\r\nhost: localhost\r\nconnection: close\r\n\r\n")
        .expect("request written");
    let mut got = Vec::new();
    let _ = stream.read_to_end(&mut got);
    let text = String::from_utf8_lossy(&got);
    assert!(
        !text.starts_with("HTTP/") && !text.contains("hello"),
        "plain HTTP was answered: {text}"
    );
    // The server is still serving TLS after the bad client.
    let (status, _) = https_get(&format!("https://localhost:{}/hello", server.port));
    assert_eq!(status, 200);
}

/// Runs the binary to its end: exit code and stderr.
fn run_to_end(args: &[&str]) -> (Option<i32>, String) {
    let mut child = Command::new(binary())
        .arg("mock")
        .arg("-p")
        .arg(free_port().to_string())
        .args(args)
        .env_remove("MOCK_TLS_CERT")
        .env_remove("MOCK_TLS_KEY")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("mock-server starts");
    let deadline = Instant::now() + Duration::from_secs(20);
    while child.try_wait().expect("status").is_none() {
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("mock-server kept running with {args:?}");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let out = child.wait_with_output().expect("output");
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn assert_one_line_error(args: &[&str], names: &str) {
    let (code, stderr) = run_to_end(args);
    assert!(code.is_some_and(|c| c != 0), "{args:?}: exit {code:?}");
    assert_eq!(stderr.trim_end().lines().count(), 1, "{args:?}: {stderr}");
    assert!(stderr.contains(names), "{args:?}: {stderr}");
    assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
}

#[test]
fn bad_certificate_or_key_files_are_one_line_errors_naming_the_file() {
    let (dir, spec) = spec_file("spec.yaml", SPEC);
    let cert = fixture("cert.pem");
    let missing = dir.path().join("missing-key.pem").display().to_string();
    assert_one_line_error(&tls_args(&missing, &cert, &spec), &missing);
    let garbage = support::write(dir.path(), "garbage.pem", "not a certificate at all\n");
    let garbage = garbage.display().to_string();
    assert_one_line_error(&tls_args(&fixture("key.pem"), &garbage, &spec), &garbage);
    // Valid PEM around bytes that are no certificate.
    let bad_der = support::write(
        dir.path(),
        "bad-der.pem",
        "-----BEGIN CERTIFICATE-----\nAAECAwQ=\n-----END CERTIFICATE-----\n",
    );
    let bad_der = bad_der.display().to_string();
    assert_one_line_error(&tls_args(&fixture("key.pem"), &bad_der, &spec), &bad_der);
}

#[test]
fn a_certificate_without_its_key_is_refused() {
    let (_dir, spec) = spec_file("spec.yaml", SPEC);
    let cert = fixture("cert.pem");
    assert_one_line_error(&["--tls-cert", &cert, &spec], "--tls-key");
    let key = fixture("key.pem");
    assert_one_line_error(&["--tls-key", &key, &spec], "--tls-cert");
}
#[test]
fn start_up_says_https_and_sigterm_still_stops_cleanly() {
    let (_dir, spec) = spec_file("spec.yaml", SPEC);
    let (cert, key) = (fixture("cert.pem"), fixture("key.pem"));
    let (child, port) = support::start_logged(&["--tls-cert", &cert, "--tls-key", &key, &spec]);
    let out = support::stop(child);
    assert!(
        out.contains(&format!("Prism is listening on https://127.0.0.1:{port}")),
        "{out}"
    );
    let mut server = start(&tls_args(&key, &cert, &spec));
    // A client that connects and never starts its handshake must not hold the shutdown up.
    let _silent = TcpStream::connect(("127.0.0.1", server.port)).expect("connects");
    let (status, _) = https_get(&format!("https://localhost:{}/hello", server.port));
    assert_eq!(status, 200);
    let started = Instant::now();
    let exit = server.terminate();
    assert!(exit.success(), "mock-server exited with {exit}");
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "{:?}",
        started.elapsed()
    );
}
