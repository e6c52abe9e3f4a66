//! Stopping: SIGTERM lets the request in flight finish, then the process exits 0.

mod support;

use std::time::Duration;

#[test]
fn sigterm_finishes_the_request_in_flight_and_exits_cleanly() {
    let spec = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../specs/logs.yaml");
    let mut server = support::start(&["--delay", "1500", "-q", spec.to_str().expect("utf-8 path")]);
    let url = format!("{}/logs", server.base);
    // With a token: the contract may require one (the mock checks that it is there).
    let in_flight = std::thread::spawn(move || {
        support::call("GET", &url, &[("authorization", "Bearer t")], None)
    });
    // The request is inside its 1.5 s delay when the signal arrives.
    std::thread::sleep(Duration::from_millis(500));
    let status = server.terminate();
    let reply = in_flight.join().expect("request thread");
    assert_eq!(
        reply.status, 200,
        "the request in flight was answered: {}",
        reply.body
    );
    assert!(status.success(), "mock-server exited with {status}");
}

/// A stdout nobody reads (a full pipe) keeps neither requests waiting nor the process from
/// ending: the log queue is bounded and the last flush waits at most a second.
#[test]
fn sigterm_ends_the_process_even_when_nobody_reads_its_log() {
    let spec = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("bench/pets.yaml");
    let (mut logged, port) = support::start_logged(&[spec.to_str().expect("utf-8 path")]);
    // The pipe is never read from here on: its 64 KiB fill with about 2,000 lines.
    let _unread = logged.take_stdout();
    let url = format!("http://127.0.0.1:{port}/pets/1?padding={}", "p".repeat(40));
    let started = std::time::Instant::now();
    for _ in 0..3000 {
        assert_eq!(support::get(&url).status, 200);
    }
    assert!(
        started.elapsed() < Duration::from_secs(60),
        "requests waited for the log"
    );
    let ended = support::terminate_within(logged.child(), Duration::from_secs(5));
    assert!(ended, "mock-server did not end within 5 s of SIGTERM");
}

/// The signals are listened for before the start-up lines are printed: a SIGTERM sent the
/// moment `Prism is listening on` is seen is a graceful stop (exit 0), not the signal's
/// default action.
#[test]
fn sigterm_right_after_the_start_up_line_is_a_graceful_stop() {
    use std::io::BufRead;
    let spec = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("bench/pets.yaml");
    let port = support::free_port();
    let mut child = std::process::Command::new(support::binary())
        .args(["mock", "-p", &port.to_string(), "--no-reload"])
        .arg(&spec)
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("mock-server starts");
    let stdout = child.stdout.take().expect("piped");
    let mut lines = std::io::BufReader::new(stdout).lines();
    let listening = lines
        .by_ref()
        .map_while(Result::ok)
        .any(|line| line.contains("Prism is listening on"));
    assert!(listening, "no start-up line");
    assert!(support::terminate_within(
        &mut child,
        Duration::from_secs(5)
    ));
    let status = child.wait().expect("exit status");
    assert!(status.success(), "mock-server ended with {status}");
}
