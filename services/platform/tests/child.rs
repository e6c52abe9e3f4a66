//! How the platform supervises a process: readiness failures name the process and quote its
//! output, a stop is clean only when the process ends on SIGTERM, and a missing binary is
//! reported before anything starts. Real processes (`sh`), no mocks.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use taller_platform::child::{Child, Ending, Spec, free_port};
use taller_platform::{Error, Layout, MOCKED};

fn sh(name: &str, script: &str) -> Spec {
    Spec {
        name: name.into(),
        program: "/bin/sh".into(),
        args: vec!["-c".into(), script.into()],
        env: Vec::new(),
    }
}

#[tokio::test]
async fn a_process_that_dies_while_starting_is_named_with_its_last_output() {
    let mut child = Child::spawn(&sh("broken", "echo 'cannot open contract'; exit 2"), false)
        .expect("sh starts");
    let port = free_port().expect("a free port");
    let error = child
        .wait_ready(
            &format!("http://127.0.0.1:{port}/readyz"),
            Duration::from_secs(10),
        )
        .await
        .expect_err("it exited");
    let message = error.to_string();
    assert!(matches!(error, Error::Exited { .. }), "{message}");
    assert!(message.starts_with("broken exited"), "{message}");
    assert!(message.contains("cannot open contract"), "{message}");
}

#[tokio::test]
async fn a_process_that_never_listens_is_not_ready_after_the_timeout() {
    let mut child = Child::spawn(&sh("silent", "sleep 30"), false).expect("sh starts");
    let port = free_port().expect("a free port");
    let started = Instant::now();
    let error = child
        .wait_port(port, Duration::from_millis(300))
        .await
        .expect_err("nothing listens");
    assert!(matches!(error, Error::NotReady { .. }), "{error}");
    assert!(started.elapsed() < Duration::from_secs(5));
    assert_eq!(
        child.stop(Duration::from_secs(5)).await.expect("stops"),
        Ending::Clean
    );
}

#[tokio::test]
async fn stopping_is_clean_on_sigterm_and_forced_when_it_is_ignored() {
    let polite = Child::spawn(&sh("polite", "exec sleep 30"), false).expect("sh starts");
    let started = Instant::now();
    assert_eq!(
        polite.stop(Duration::from_secs(10)).await.expect("stops"),
        Ending::Clean
    );
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "SIGTERM ends it at once"
    );

    let stubborn = Child::spawn(
        &sh("stubborn", "trap '' TERM; while :; do sleep 0.1; done"),
        false,
    )
    .expect("sh starts");
    // Give sh time to install its trap.
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(
        stubborn
            .stop(Duration::from_millis(500))
            .await
            .expect("stops"),
        Ending::Killed
    );
}

#[tokio::test]
async fn a_process_that_already_failed_is_reported_as_failed() {
    let failed = Child::spawn(&sh("failed", "exit 3"), false).expect("sh starts");
    tokio::time::sleep(Duration::from_millis(300)).await;
    let ending = failed.stop(Duration::from_secs(5)).await.expect("stops");
    assert!(
        matches!(ending, Ending::Failed(status) if status.code() == Some(3)),
        "{ending}"
    );
}

#[test]
fn a_missing_binary_is_reported_with_how_to_build_it() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let layout = Layout {
        root,
        bin_dir: std::env::temp_dir().join("taller-no-binaries-here"),
        caddy: "/bin/sh".into(),
    };
    let message = layout
        .check(&MOCKED)
        .expect_err("no mock-server")
        .to_string();
    assert!(message.starts_with("mock-server not found at"), "{message}");
    assert!(
        message.contains("cargo build --release -p mock-server -p recambios"),
        "{message}"
    );
}
