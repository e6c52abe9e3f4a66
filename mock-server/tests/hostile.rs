//! Hostile specs at start-up: mock-server refuses them with one line naming the file and the
//! `$ref`, exit code 2, no file content printed, in bounded time and memory (the loader's own
//! tests in `contract/tests/hostile.rs` cover each rule; this checks the CLI end to end).

mod support;

use std::process::Command;
use std::time::{Duration, Instant};

use support::{binary, write};

const SECRET: &str = "SECRET-CONTENT-42";

fn refused(dir: &std::path::Path, spec: &str, why: &str) {
    let started = Instant::now();
    let out = Command::new(binary())
        .args(["mock", "-p", "0", "--no-reload"])
        .arg(dir.join(spec))
        .output()
        .expect("mock-server runs");
    assert!(started.elapsed() < Duration::from_secs(20), "{spec}: slow");
    let stderr = String::from_utf8_lossy(&out.stderr);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(2), "{spec}: {stderr}");
    assert!(stderr.contains(why), "{spec}: {stderr}");
    assert!(stderr.contains("/$ref"), "names the $ref: {stderr}");
    assert_eq!(stderr.trim().lines().count(), 1, "{spec}: {stderr}");
    assert!(
        !stderr.contains(SECRET) && !stdout.contains(SECRET),
        "{spec}: a file leaked"
    );
}

fn spec(target: &str) -> String {
    format!(
        "openapi: 3.0.3\ninfo: {{title: t, version: '1'}}\npaths:\n  /a:\n    get:\n      \
         responses:\n        '200':\n          description: ok\n          content:\n            \
         application/json:\n              schema: {{$ref: '{target}'}}\n\
         components:\n  schemas:\n    A: {{$ref: '#/components/schemas/B'}}\n    \
         B: {{$ref: '#/components/schemas/A'}}\n"
    )
}

#[test]
fn specs_that_escape_their_folder_or_loop_are_refused_at_start() {
    let dir = tempfile::tempdir().unwrap();
    let api = dir.path().join("api");
    std::fs::create_dir(&api).unwrap();
    write(
        dir.path(),
        "secret.yaml",
        &format!("x: {{example: '{SECRET}'}}\n"),
    );
    write(&api, "escape.yaml", &spec("../secret.yaml#/x"));
    write(&api, "absolute.yaml", &spec("/etc/passwd"));
    write(&api, "cycle.yaml", &spec("#/components/schemas/A"));
    refused(&api, "escape.yaml", "refers outside");
    refused(&api, "absolute.yaml", "refers outside");
    refused(&api, "cycle.yaml", "with no schema in it");
}
