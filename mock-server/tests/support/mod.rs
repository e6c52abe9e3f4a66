//! Starts the real `mock-server` binary on a free 127.0.0.1 port and talks HTTP to it.

#![allow(dead_code)]

use std::io::{Read, Write};
use std::net::{Shutdown, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// A running server, killed when dropped.
pub struct Server {
    child: Child,
    pub base: String,
    pub port: u16,
}

impl Server {
    /// Sends SIGTERM (what `docker stop` and Kubernetes send) and waits for the exit status.
    pub fn terminate(&mut self) -> std::process::ExitStatus {
        send_term(&self.child);
        self.child.wait().expect("mock-server exit status")
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("no free port")
}

pub fn binary() -> &'static str {
    env!("CARGO_BIN_EXE_mock-server")
}

/// Starts `mock-server mock -p PORT ARGS…` and waits until it accepts connections.
pub fn start(args: &[&str]) -> Server {
    start_command("mock", args)
}

/// Starts `mock-server COMMAND -p PORT ARGS…` and waits until it accepts connections.
pub fn start_command(command: &str, args: &[&str]) -> Server {
    start_with_env(command, args, &[])
}

/// `start_command` with environment variables set (`Some`) or removed (`None`).
pub fn start_with_env(command: &str, args: &[&str], env: &[(&str, Option<&str>)]) -> Server {
    let port = free_port();
    let mut cmd = Command::new(binary());
    for (name, value) in env {
        match value {
            Some(v) => cmd.env(name, v),
            None => cmd.env_remove(name),
        };
    }
    let mut child = cmd
        .arg(command)
        .arg("-p")
        .arg(port.to_string())
        .args(args)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("cannot start mock-server");
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        if TcpStream::connect(("127.0.0.1", port)).is_ok() {
            break;
        }
        if let Ok(Some(status)) = child.try_wait() {
            let mut err = String::new();
            if let Some(mut e) = child.stderr.take() {
                let _ = e.read_to_string(&mut err);
            }
            panic!("mock-server exited early ({status}): {err}");
        }
        assert!(Instant::now() < deadline, "mock-server did not start");
        std::thread::sleep(Duration::from_millis(20));
    }
    Server {
        child,
        base: format!("http://127.0.0.1:{port}"),
        port,
    }
}

/// A response reduced to what the tests look at.
pub struct Reply {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: String,
}

impl Reply {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.body))
    }
}

fn agent() -> ureq::Agent {
    ureq::Agent::config_builder()
        .http_status_as_error(false)
        .build()
        .into()
}

fn reply(mut r: http::Response<ureq::Body>) -> Reply {
    let headers = r
        .headers()
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_str().unwrap_or("").to_string()))
        .collect();
    Reply {
        status: r.status().as_u16(),
        headers,
        body: r.body_mut().read_to_string().unwrap_or_default(),
    }
}

/// Sends a request; `body` goes with `content-type: application/json` unless a header says
/// otherwise.
pub fn call(method: &str, url: &str, headers: &[(&str, &str)], body: Option<&str>) -> Reply {
    let mut req = http::Request::builder().method(method).uri(url);
    let mut has_type = false;
    for (k, v) in headers {
        has_type |= k.eq_ignore_ascii_case("content-type");
        req = req.header(*k, *v);
    }
    if body.is_some() && !has_type {
        req = req.header("content-type", "application/json");
    }
    let req = req
        .body(body.unwrap_or("").to_string())
        .expect("bad request");
    reply(agent().run(req).expect("request failed"))
}

pub fn get(url: &str) -> Reply {
    call("GET", url, &[], None)
}

/// Writes `text` to `name` in a new temporary folder: the folder (kept while it lives) and the
/// file's path.
pub fn spec_file(name: &str, text: &str) -> (tempfile::TempDir, String) {
    let dir = tempfile::tempdir().expect("cannot make a temporary folder");
    let path = write(dir.path(), name, text);
    (dir, path.to_string_lossy().into_owned())
}

/// Writes `text` to `dir/name` and returns the path.
pub fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).expect("cannot write spec");
    path
}

/// A running binary whose stdout is kept for [`stop`]; killed on drop, so a failing test
/// leaves no process behind holding the test runner's output open.
pub struct Logged(Option<Child>);

impl Logged {
    /// The running binary.
    pub fn child(&mut self) -> &mut Child {
        self.0.as_mut().expect("a running binary")
    }

    /// Its stdout, to read while it runs.
    pub fn take_stdout(&mut self) -> std::process::ChildStdout {
        let child = self.0.as_mut().expect("a running binary");
        child.stdout.take().expect("stdout is piped once")
    }
}

impl Drop for Logged {
    fn drop(&mut self) {
        if let Some(mut child) = self.0.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

/// Starts the binary with its stdout piped (for the log), and waits for the port.
pub fn start_logged(args: &[&str]) -> (Logged, u16) {
    start_logged_command("mock", args)
}

/// [`start_logged`] for a given subcommand (`mock` or `proxy`).
pub fn start_logged_command(command: &str, args: &[&str]) -> (Logged, u16) {
    let port = free_port();
    let child = Command::new(binary())
        .args([command, "-p", &port.to_string(), "--no-reload"])
        .args(args)
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let child = Logged(Some(child));
    let deadline = Instant::now() + Duration::from_secs(20);
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(Instant::now() < deadline, "mock-server did not start");
        std::thread::sleep(Duration::from_millis(20));
    }
    (child, port)
}

/// Stops the binary as `docker stop` does (SIGTERM: it writes the log lines still queued, see
/// `mock_server::output`) and returns what it wrote to stdout. One that has not ended 15 s
/// after the signal is killed and the test fails.
pub fn stop(mut logged: Logged) -> String {
    let child = logged.0.as_mut().expect("a running binary");
    // Read while it ends, so a full pipe cannot keep it from ending.
    let mut stdout = child.stdout.take().expect("stdout is piped once");
    let reader = std::thread::spawn(move || {
        let mut text = Vec::new();
        let _ = std::io::Read::read_to_end(&mut stdout, &mut text);
        String::from_utf8_lossy(&text).into_owned()
    });
    let ended = terminate_within(child, Duration::from_secs(15));
    assert!(ended, "the binary did not end within 15 s of SIGTERM");
    reader.join().expect("stdout reader")
}

/// Sends SIGTERM (what `docker stop` and Kubernetes send) to `child`.
fn send_term(child: &Child) {
    let sent = Command::new("kill")
        .arg("-TERM")
        .arg(child.id().to_string())
        .status()
        .expect("kill runs");
    assert!(sent.success(), "SIGTERM could not be sent");
}

/// Sends SIGTERM to `child` and waits up to `limit` for it to end; whether it did.
pub fn terminate_within(child: &mut Child, limit: Duration) -> bool {
    send_term(child);
    let deadline = Instant::now() + limit;
    while Instant::now() < deadline {
        if matches!(child.try_wait(), Ok(Some(_))) {
            return true;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    false
}

/// A minimal HTTP proxy on 127.0.0.1 for `--upstream-proxy`: `CONNECT host:port` opens a
/// tunnel, any other request is relayed as sent to the host its absolute-form target names.
/// Its address (`127.0.0.1:PORT`) and the head of every request it got (the request line and
/// the headers, as sent).
pub fn http_proxy() -> (String, Arc<Mutex<Vec<String>>>) {
    let listener = TcpListener::bind("127.0.0.1:0").expect("proxy binds");
    let address = listener.local_addr().expect("proxy address").to_string();
    let heads = Arc::new(Mutex::new(Vec::new()));
    let seen = Arc::clone(&heads);
    std::thread::spawn(move || {
        for client in listener.incoming().flatten() {
            let seen = Arc::clone(&seen);
            std::thread::spawn(move || relay(client, &seen));
        }
    });
    (address, heads)
}

/// One connection through `http_proxy`.
fn relay(mut client: TcpStream, seen: &Mutex<Vec<String>>) {
    let _ = client.set_read_timeout(Some(Duration::from_secs(30)));
    let mut head = Vec::new();
    let mut byte = [0u8; 1];
    while !head.ends_with(b"\r\n\r\n") {
        match client.read(&mut byte) {
            Ok(1) => head.push(byte[0]),
            _ => return,
        }
    }
    let text = String::from_utf8_lossy(&head).into_owned();
    seen.lock().unwrap().push(text.clone());
    let mut words = text.split_whitespace();
    let (method, target) = (words.next().unwrap_or(""), words.next().unwrap_or(""));
    let tunnel = method == "CONNECT";
    let authority = if tunnel {
        target.to_string()
    } else {
        let rest = target.strip_prefix("http://").unwrap_or("");
        rest.split('/').next().unwrap_or("").to_string()
    };
    let Ok(mut upstream) = TcpStream::connect(&authority) else {
        let _ = client.write_all(b"HTTP/1.1 502 Bad Gateway\r\ncontent-length: 0\r\n\r\n");
        return;
    };
    if tunnel {
        let _ = client.write_all(b"HTTP/1.1 200 Connection established\r\n\r\n");
    } else {
        let _ = upstream.write_all(&head);
    }
    let (Ok(mut from_client), Ok(mut to_client)) = (client.try_clone(), upstream.try_clone())
    else {
        return;
    };
    let forth = std::thread::spawn(move || {
        let _ = std::io::copy(&mut from_client, &mut upstream);
        let _ = upstream.shutdown(Shutdown::Write);
    });
    let _ = std::io::copy(&mut to_client, &mut client);
    let _ = client.shutdown(Shutdown::Write);
    let _ = forth.join();
}
