//! The README's one command, as a newcomer runs it: the `taller` binary with no database server
//! (recambios on its embedded store), the routes answering through Caddy, Ctrl-C (SIGINT)
//! stopping everything with exit code 0, and the data still there on the next start.

mod support;

use std::path::Path;
use std::process::{ExitStatus, Stdio};
use std::time::Duration;

use nix::sys::signal::{Signal, kill};
use nix::unistd::Pid;
use reqwest::StatusCode;
use serde_json::{Value, json};
use taller_platform::child::free_port;
use tokio::io::{AsyncBufReadExt, AsyncReadExt, BufReader};
use tokio::process::{Child, Command};

use support::{READY, build_servers, caddy, profile_dir, repo_root};

/// `taller` started, its banner read up to the "is up" line.
async fn start_taller(data_dir: &Path, port: u16) -> (Child, String) {
    let mut taller = Command::new(env!("CARGO_BIN_EXE_taller"))
        .arg("--listen")
        .arg(format!("127.0.0.1:{port}"))
        .arg("--data-dir")
        .arg(data_dir)
        .arg("--root")
        .arg(repo_root())
        .arg("--caddy")
        .arg(caddy())
        .arg("--quiet")
        .env_remove("MONGODB_URI")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .kill_on_drop(true)
        .spawn()
        .expect("taller starts");
    let mut stdout = BufReader::new(taller.stdout.take().expect("stdout")).lines();
    let banner = format!("taller is up on http://127.0.0.1:{port}");
    // The banner, then the development token it prints.
    let up = tokio::time::timeout(READY, async {
        let mut seen_banner = false;
        while let Some(line) = stdout.next_line().await.expect("stdout readable") {
            seen_banner |= line.starts_with(&banner);
            if let Some(token) = line.trim().strip_prefix("TOKEN=")
                && seen_banner
            {
                return Some(token.to_owned());
            }
        }
        None
    })
    .await;
    // Keep reading what taller prints, so it never writes into a closed pipe.
    tokio::spawn(async move { while let Ok(Some(_)) = stdout.next_line().await {} });
    let Ok(Some(token)) = up else {
        let mut errors = String::new();
        let _ = taller.kill().await;
        if let Some(mut stderr) = taller.stderr.take() {
            let _ = stderr.read_to_string(&mut errors).await;
        }
        panic!("taller did not come up: {errors}");
    };
    (taller, token)
}

/// An HTTP client sending `token` with every request.
fn authorized(token: &str) -> reqwest::Client {
    let mut headers = reqwest::header::HeaderMap::new();
    headers.insert(
        reqwest::header::AUTHORIZATION,
        format!("Bearer {token}").parse().unwrap(),
    );
    reqwest::Client::builder()
        .default_headers(headers)
        .build()
        .unwrap()
}

/// Ctrl-C, as a terminal sends it; returns the exit status and what taller said on stderr.
async fn interrupt(mut taller: Child) -> (ExitStatus, String) {
    let pid = taller.id().expect("running") as i32;
    kill(Pid::from_raw(pid), Signal::SIGINT).expect("SIGINT sent");
    let status = tokio::time::timeout(Duration::from_secs(30), taller.wait())
        .await
        .expect("taller stops within 30 s")
        .expect("an exit status");
    let mut errors = String::new();
    if let Some(mut stderr) = taller.stderr.take() {
        stderr.read_to_string(&mut errors).await.expect("stderr");
    }
    (status, errors)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_one_command_serves_everything_and_ctrl_c_stops_it_cleanly() {
    build_servers(&profile_dir());
    let data = std::env::temp_dir().join(format!("taller-local-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&data);
    let port = free_port().expect("a free port");
    let base = format!("http://127.0.0.1:{port}");
    let (taller, token) = start_taller(&data, port).await;
    let http = authorized(&token);
    // Without the printed token the API refuses.
    let anonymous = reqwest::get(format!("{base}/api/v1/recambios"))
        .await
        .expect("an answer");
    assert_eq!(anonymous.status(), 401);
    let created = http
        .post(format!("{base}/api/v1/recambios"))
        .json(&json!({
            "numero_serie": "L0000001-A",
            "nombre": "Filtro de aceite",
            "proveedor": "Bosch",
            "garantia": "2 años",
            "precio": 10,
            "cantidad": 5
        }))
        .send()
        .await
        .expect("an answer");
    assert_eq!(created.status(), StatusCode::CREATED);
    for path in [
        "/api/v1/clientes",
        "/api/v1/logs",
        "/recambios/",
        "/facturas/",
    ] {
        let answer = http
            .get(format!("{base}{path}"))
            .send()
            .await
            .expect("an answer");
        assert_eq!(answer.status(), StatusCode::OK, "{path}");
    }
    let (status, said) = interrupt(taller).await;
    assert!(status.success(), "exit {status}; it said: {said}");
    assert!(said.contains("taller: stopping"), "{said}");
    assert!(!said.contains("did not stop cleanly"), "{said}");

    // The embedded store is kept between runs.
    // Each run signs with a secret of its own: the new run's token is the one that works.
    let (taller, token) = start_taller(&data, port).await;
    let part: Value = authorized(&token)
        .get(format!("{base}/api/v1/recambios/L0000001-A"))
        .send()
        .await
        .expect("an answer")
        .json()
        .await
        .expect("the part");
    assert_eq!(part["nombre"], "Filtro de aceite");
    let (status, said) = interrupt(taller).await;
    assert!(status.success(), "exit {status}; it said: {said}");
    let _ = std::fs::remove_dir_all(&data);
}
