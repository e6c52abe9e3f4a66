//! HTTPS over real connections on 127.0.0.1: `--tls-cert`/`--tls-key` serve the mock with
//! TLS, and bad or half-given files are refused in one line; `proxy` forwards to an https
//! upstream (directly and through `--upstream-proxy`'s CONNECT tunnel) and callbacks reach an
//! https receiver, trusting the fixture certificate through `SSL_CERT_FILE`; an untrusted
//! upstream gets the proxy's upstream error. The pair in `fixtures/tls/` is test-only.

mod support;

use std::io::{Read, Write};
use std::net::TcpStream;
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use support::{Server, binary, free_port, spec_file, start, start_with_env};

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

/// `mock-server proxy SPEC UPSTREAM ARGS…` trusting only the certificates in `roots` (through
/// `SSL_CERT_FILE`; `None`: the system's own).
fn proxy_trusting(roots: Option<&str>, spec: &str, upstream: &str, args: &[&str]) -> Server {
    let mut all = vec!["--no-reload", spec, upstream];
    all.extend_from_slice(args);
    start_with_env(
        "proxy",
        &all,
        &[("SSL_CERT_FILE", roots), ("SSL_CERT_DIR", None)],
    )
}

#[test]
fn proxy_forwards_to_an_https_upstream() {
    let (_dir, spec) = spec_file("spec.yaml", SPEC);
    let (cert, key) = (fixture("cert.pem"), fixture("key.pem"));
    let upstream = start(&tls_args(&key, &cert, &spec));
    let url = format!("https://localhost:{}", upstream.port);
    let proxy = proxy_trusting(Some(&cert), &spec, &url, &[]);
    let reply = support::get(&format!("{}/hello", proxy.base));
    assert_eq!(reply.status, 200, "{}", reply.body);
    assert_eq!(reply.body, r#"{"hello":"tls"}"#);
    // The answer came from the upstream, not from the proxy's own mock.
    assert!(reply.header("sl-violations").is_none());
    // The certificate's IP address works as well as its name.
    let by_ip = format!("https://127.0.0.1:{}", upstream.port);
    let proxy = proxy_trusting(Some(&cert), &spec, &by_ip, &[]);
    assert_eq!(support::get(&format!("{}/hello", proxy.base)).status, 200);
}

#[test]
fn an_https_upstream_through_an_upstream_proxy_is_tunnelled() {
    let (_dir, spec) = spec_file("spec.yaml", SPEC);
    let (cert, key) = (fixture("cert.pem"), fixture("key.pem"));
    let upstream = start(&tls_args(&key, &cert, &spec));
    let (address, heads) = support::http_proxy();
    let url = format!("https://localhost:{}", upstream.port);
    let via = format!("http://user:pa%20ss@{address}");
    let proxy = proxy_trusting(Some(&cert), &spec, &url, &["--upstream-proxy", &via]);
    let reply = support::get(&format!("{}/hello", proxy.base));
    assert_eq!(reply.status, 200, "{}", reply.body);
    assert_eq!(reply.body, r#"{"hello":"tls"}"#);
    let heads = heads.lock().unwrap().clone();
    assert_eq!(heads.len(), 1, "{heads:?}");
    let head = heads[0].to_ascii_lowercase();
    assert!(
        head.starts_with(&format!("connect localhost:{} http/1.1\r\n", upstream.port)),
        "{head}"
    );
    // `user:pa ss`, from the proxy URL's percent-encoded credentials.
    assert!(
        head.contains("proxy-authorization: basic dxnlcjpwysbzcw=="),
        "{head}"
    );
}

#[test]
fn an_untrusted_https_upstream_gets_the_upstream_error() {
    let (_dir, spec) = spec_file("spec.yaml", SPEC);
    let (cert, key) = (fixture("cert.pem"), fixture("key.pem"));
    let upstream = start(&tls_args(&key, &cert, &spec));
    let url = format!("https://localhost:{}", upstream.port);
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("no-roots.pem").display().to_string();
    // The system's roots, which do not hold the fixture (or, in a bare container, no roots at
    // all); then a root file that does not exist: no root can be loaded.
    for (roots, reason) in [
        (None, ""),
        (
            Some(missing.as_str()),
            "no trusted root certificate could be loaded",
        ),
    ] {
        let proxy = proxy_trusting(roots, &spec, &url, &[]);
        let started = Instant::now();
        let reply = support::get(&format!("{}/hello", proxy.base));
        assert!(started.elapsed() < Duration::from_secs(5), "{roots:?}");
        assert_eq!(reply.status, 500, "{roots:?}: {}", reply.body);
        let body = reply.json();
        assert_eq!(
            body["type"],
            "https://stoplight.io/prism/errors#UPSTREAM_UNREACHABLE"
        );
        let title = body["title"].as_str().unwrap();
        assert!(
            title.starts_with(&format!("request to {url}/hello failed, reason: ")),
            "{title}"
        );
        assert!(title.contains(reason), "{title}");
    }
}

const CALLER: &str = r#"
openapi: 3.0.3
info: {title: caller, version: "1"}
paths:
  /subscribe:
    post:
      requestBody:
        required: true
        content:
          application/json:
            schema: {type: object, properties: {callbackUrl: {type: string}}}
      responses:
        '201': {description: made, content: {application/json: {example: {id: s1}}}}
      callbacks:
        onEvent:
          '{$request.body#/callbackUrl}':
            post:
              requestBody:
                content: {application/json: {example: {event: created}}}
              responses:
                '200': {description: received}
"#;

const RECEIVER: &str = r#"
openapi: 3.0.3
info: {title: receiver, version: "1"}
paths:
  /hook:
    post:
      requestBody:
        content: {application/json: {schema: {type: object}}}
      responses:
        '200': {description: received, content: {application/json: {example: {ok: true}}}}
"#;

#[test]
fn callbacks_reach_an_https_receiver() {
    let (_receiver_dir, receiver_spec) = spec_file("receiver.yaml", RECEIVER);
    let (_caller_dir, caller_spec) = spec_file("caller.yaml", CALLER);
    let (cert, key) = (fixture("cert.pem"), fixture("key.pem"));
    let receiver = start(&[
        "--no-reload",
        "--admin",
        "--tls-cert",
        &cert,
        "--tls-key",
        &key,
        &receiver_spec,
    ]);
    let caller = start_with_env(
        "mock",
        &["--no-reload", &caller_spec],
        &[("SSL_CERT_FILE", Some(&cert)), ("SSL_CERT_DIR", None)],
    );
    let hook = format!("https://localhost:{}/hook", receiver.port);
    let body = format!(r#"{{"callbackUrl":"{hook}"}}"#);
    let reply = support::call(
        "POST",
        &format!("{}/subscribe", caller.base),
        &[],
        Some(&body),
    );
    assert_eq!(reply.status, 201, "{}", reply.body);
    let admin = format!("https://localhost:{}/__admin/requests", receiver.port);
    let deadline = Instant::now() + Duration::from_secs(10);
    let received = loop {
        let (_, listed) = https_get(&admin);
        if listed.contains("/hook") || Instant::now() > deadline {
            break listed;
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    assert!(
        received.contains("/hook"),
        "no callback arrived: {received}"
    );
}
