//! The `codegen` binary: `generate` writes, `check` reports drift (changed, missing, extra
//! files) with exit code 1, a bad spec exits 2 with one line on stderr.

use std::path::Path;

#[path = "support/cli.rs"]
mod run;
use run::{codegen, text};

/// A scratch project with one good contract (the demo fixture).
fn scratch() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("specs")).unwrap();
    std::fs::copy(
        "tests/fixtures/taller-demo.yaml",
        dir.path().join("specs/taller-demo.yaml"),
    )
    .unwrap();
    dir
}

#[test]
fn generate_then_check_is_clean_and_drift_is_listed() {
    let dir = scratch();
    let out = codegen(dir.path(), &["generate"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stderr).contains("specs/taller-demo.yaml → generated/taller-demo: 7 files in"),
        "{}",
        text(&out.stderr)
    );
    assert!(
        dir.path()
            .join("generated/taller-demo/server/src/lib.rs")
            .is_file()
    );

    let out = codegen(dir.path(), &["check"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));

    // A hand edit, a deleted file and a stray file are each reported, and check exits 1.
    let lib = dir.path().join("generated/taller-demo/types/src/lib.rs");
    std::fs::write(
        &lib,
        std::fs::read_to_string(&lib).unwrap() + "\n// hand edit\n",
    )
    .unwrap();
    std::fs::remove_file(dir.path().join("generated/taller-demo/client/Cargo.toml")).unwrap();
    std::fs::write(dir.path().join("generated/taller-demo/stray.rs"), "").unwrap();
    let out = codegen(dir.path(), &["check"]);
    assert_eq!(out.status.code(), Some(1));
    let listed = text(&out.stdout);
    assert!(
        listed.contains("differs: generated/taller-demo/types/src/lib.rs"),
        "{listed}"
    );
    assert!(
        listed.contains("missing: generated/taller-demo/client/Cargo.toml"),
        "{listed}"
    );
    assert!(
        listed.contains("extra: generated/taller-demo/stray.rs"),
        "{listed}"
    );

    // generate repairs all three; check is clean again.
    let out = codegen(dir.path(), &["generate"]);
    assert!(out.status.success());
    assert!(!dir.path().join("generated/taller-demo/stray.rs").exists());
    assert_eq!(codegen(dir.path(), &["check"]).status.code(), Some(0));
}

#[test]
fn a_bad_spec_exits_2_with_one_line() {
    let dir = scratch();
    std::fs::write(
        dir.path().join("specs/broken.yaml"),
        "openapi: 4.0.0\ninfo: {title: x, version: '1'}\npaths: {}\n",
    )
    .unwrap();
    let out = codegen(dir.path(), &["generate", "specs/broken.yaml"]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = text(&out.stderr);
    let errors: Vec<&str> = stderr
        .lines()
        .filter(|l| l.contains("broken.yaml:"))
        .collect();
    assert_eq!(
        errors,
        [
            "codegen: specs/broken.yaml: /openapi: unsupported OpenAPI version \"4.0.0\" (2.0, 3.0.x and 3.1.x are supported)"
        ]
    );
    assert!(!stderr.contains("panicked"), "{stderr}");
    // With every spec, the good one is still generated.
    let out = codegen(dir.path(), &["generate"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        dir.path()
            .join("generated/taller-demo/types/src/lib.rs")
            .is_file()
    );
}

/// What CI runs: the committed generated/ is what the committed specs produce.
#[test]
fn committed_generated_folder_is_up_to_date() {
    let out = codegen(Path::new(".."), &["check"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}{}",
        text(&out.stdout),
        text(&out.stderr)
    );
}
