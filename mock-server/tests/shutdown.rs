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
