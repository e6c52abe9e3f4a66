//! What the end-to-end tests share: where the repository and the binaries are, building the
//! servers they run, and finding Caddy (a missing tool fails the test, naming its installer).

#![allow(dead_code)] // each test binary uses a different part of it

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

pub const READY: Duration = Duration::from_secs(60);

pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .expect("the repository root")
}

/// The cargo profile folder this test runs from (`<target>/<profile>/deps/e2e-…`).
pub fn profile_dir() -> PathBuf {
    let exe = std::env::current_exe().expect("the test's own path");
    exe.parent()
        .and_then(Path::parent)
        .expect("<target>/<profile>/deps/<test>")
        .to_path_buf()
}

/// Builds mock-server and recambios into the test's own profile folder first, so the test never
/// runs stale binaries (a no-op when `cargo nextest run --workspace` has just built them).
pub fn build_servers(profile_dir: &Path) {
    let profile = match profile_dir.file_name().and_then(|n| n.to_str()) {
        Some("debug") => "dev".to_owned(),
        Some(other) => other.to_owned(),
        None => panic!("no profile folder in {}", profile_dir.display()),
    };
    let target_dir = profile_dir.parent().expect("the target folder");
    let status = Command::new(env!("CARGO"))
        .args(["build", "--bins", "-p", "mock-server", "-p", "recambios"])
        .args(["--profile", &profile])
        .arg("--target-dir")
        .arg(target_dir)
        .current_dir(repo_root())
        .status()
        .expect("cargo runs");
    assert!(
        status.success(),
        "cargo build of mock-server and recambios failed"
    );
}

pub fn caddy() -> PathBuf {
    let caddy = taller_platform::layout::on_path(Path::new(
        &std::env::var_os("CADDY").unwrap_or_else(|| "caddy".into()),
    ));
    assert!(
        caddy.is_file(),
        "caddy not found (looked for {}): install it with `. scripts/tools.sh; ensure_caddy`",
        caddy.display()
    );
    caddy
}
