//! `codegen breaking` and `codegen changelog` as a CI job runs them: exit 0 with no breaking
//! change, 1 with one (or with a warning under `--fail-on warning`), 2 with one line when a
//! version cannot be read; `--format json` is an array of findings; `git:REV:path` reads
//! versions from the history of a repository made here with `git init`.

use std::path::Path;
use std::process::Command;

const FIXTURES: &str = "../diff/tests/fixtures";

#[path = "support/cli.rs"]
mod run;
use run::{codegen, text};

fn fixture(name: &str, side: &str) -> String {
    format!("{FIXTURES}/{name}/{side}.yaml")
}

#[test]
fn exit_codes_follow_the_fail_on_level() {
    let here = Path::new(".");
    let same = [
        fixture("same-reordered", "base"),
        fixture("same-reordered", "revision"),
    ];
    let out = codegen(here, &["breaking", &same[0], &same[1]]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout), "no breaking changes\n");

    let removed = [
        fixture("api-path-removed-without-deprecation", "base"),
        fixture("api-path-removed-without-deprecation", "revision"),
    ];
    let out = codegen(here, &["breaking", &removed[0], &removed[1]]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stdout).starts_with("error [api-path-removed-without-deprecation] GET /b: "),
        "{}",
        text(&out.stdout)
    );

    // A warning alone passes by default and fails under --fail-on warning.
    let warned = [
        fixture("request-parameter-removed", "base"),
        fixture("request-parameter-removed", "revision"),
    ];
    let out = codegen(here, &["breaking", &warned[0], &warned[1]]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stdout));
    assert!(text(&out.stdout).contains("warning [request-parameter-removed]"));
    let out = codegen(
        here,
        &["breaking", "--fail-on", "warning", &warned[0], &warned[1]],
    );
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn an_unreadable_version_exits_2_with_one_line() {
    let here = Path::new(".");
    let good = fixture("same-reordered", "base");
    let out = codegen(here, &["breaking", &good, "no/such/spec.yaml"]);
    assert_eq!(out.status.code(), Some(2));
    let err = text(&out.stderr);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.starts_with("codegen: no/such/spec.yaml: "), "{err}");

    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.yaml");
    std::fs::write(
        &bad,
        "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /a: {get: 7}\n  /b: [\n",
    )
    .unwrap();
    let out = codegen(here, &["changelog", &good, &bad.to_string_lossy()]);
    assert_eq!(out.status.code(), Some(2));
    let err = text(&out.stderr);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.starts_with(&format!("codegen: {}:", bad.display())),
        "{err}"
    );
}

#[test]
fn json_is_an_array_of_findings() {
    let here = Path::new(".");
    let pair = [
        fixture("response-property-enum-value-added", "base"),
        fixture("response-property-enum-value-added", "revision"),
    ];
    let out = codegen(here, &["breaking", "--format", "json", &pair[0], &pair[1]]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "warnings only: {}",
        text(&out.stderr)
    );
    let findings: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let findings = findings.as_array().expect("an array");
    assert!(!findings.is_empty());
    for f in findings {
        for key in ["id", "level", "operation", "file", "location", "message"] {
            assert!(f[key].is_string(), "{key} in {f}");
        }
        assert!(f["location"].as_str().unwrap().starts_with('/'));
    }
    let added = findings
        .iter()
        .find(|f| f["id"] == "response-property-enum-value-added")
        .expect("the enum value added");
    assert_eq!(added["level"], "warning");
    assert_eq!(added["operation"], "GET /a");

    let out = codegen(
        here,
        &["breaking", "--format", "markdown", &pair[0], &pair[1]],
    );
    assert!(
        text(&out.stdout).contains("| warning | `GET /a` |"),
        "{}",
        text(&out.stdout)
    );
}

#[test]
fn changelog_lists_compatible_changes_too() {
    let here = Path::new(".");
    let pair = [
        fixture("compatible-optional-request-property", "base"),
        fixture("compatible-optional-request-property", "revision"),
    ];
    let out = codegen(here, &["breaking", &pair[0], &pair[1]]);
    assert_eq!(out.status.code(), Some(0));
    let out = codegen(here, &["changelog", &pair[0], &pair[1]]);
    assert_eq!(out.status.code(), Some(0));
    let notes = text(&out.stdout);
    assert!(notes.starts_with("# Changes from "), "{notes}");
    assert!(notes.contains("## Other changes"), "{notes}");
    assert!(
        notes.contains("(`new-optional-request-property`)"),
        "{notes}"
    );
    assert!(!notes.contains("## Breaking changes"), "{notes}");
}

fn git(dir: &Path, args: &[&str]) {
    let out = Command::new("git")
        .current_dir(dir)
        .args(["-c", "user.name=t", "-c", "user.email=t@example.com"])
        .args(args)
        .output()
        .expect("git runs");
    assert!(out.status.success(), "git {args:?}: {}", text(&out.stderr));
}

#[test]
fn versions_come_from_git_history() {
    let repo = tempfile::tempdir().unwrap();
    let dir = repo.path();
    git(dir, &["init", "-q"]);
    let multi = Path::new(FIXTURES).join("multi-file");
    let copy = |side: &str| {
        for file in ["openapi.yaml", "schemas/pieza.yaml", "schemas/precio.yaml"] {
            let to = dir.join("specs/api").join(file);
            std::fs::create_dir_all(to.parent().unwrap()).unwrap();
            std::fs::copy(multi.join(side).join(file), to).unwrap();
        }
    };
    copy("base");
    git(dir, &["add", "."]);
    git(dir, &["commit", "-q", "-m", "base"]);
    copy("revision");
    git(dir, &["commit", "-q", "-am", "revision"]);

    let out = codegen(
        dir,
        &[
            "breaking",
            "--format",
            "json",
            "git:HEAD~1:specs/api/openapi.yaml",
            "git:HEAD:specs/api/openapi.yaml",
        ],
    );
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    let findings: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let removed = findings
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["id"] == "response-property-became-optional")
        .expect("precio no longer required");
    // Named as git names a file at a revision, in the file the change is in.
    assert_eq!(removed["file"], "HEAD:specs/api/schemas/pieza.yaml");
    assert_eq!(removed["location"], "/required");

    // The same commit on both sides: nothing.
    let out = codegen(
        dir,
        &[
            "breaking",
            "git:HEAD:specs/api/openapi.yaml",
            "git:HEAD:specs/api/openapi.yaml",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));

    // A file missing at that revision, and a revision that does not exist: exit 2, one line.
    for spec in [
        "git:HEAD:specs/nada.yaml",
        "git:v9:specs/api/openapi.yaml",
        "git:HEAD",
    ] {
        let out = codegen(dir, &["breaking", spec, "git:HEAD:specs/api/openapi.yaml"]);
        assert_eq!(out.status.code(), Some(2), "{spec}");
        let err = text(&out.stderr);
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(err.starts_with(&format!("codegen: {spec}: ")), "{err}");
    }
}

#[test]
fn a_major_bump_allows_breaking_changes_when_asked() {
    let here = Path::new(".");
    let pair = [
        fixture("openapi31", "base"),
        fixture("openapi31", "revision"),
    ];
    let out = codegen(here, &["breaking", &pair[0], &pair[1]]);
    assert_eq!(out.status.code(), Some(1));
    let out = codegen(
        here,
        &["breaking", "--allow-major-bump", &pair[0], &pair[1]],
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(
        text(&out.stderr).contains("1.0.0 → 2.0.0"),
        "{}",
        text(&out.stderr)
    );
    // Reversed, the version goes down: still a failure.
    let out = codegen(
        here,
        &["breaking", "--allow-major-bump", &pair[1], &pair[0]],
    );
    assert_eq!(out.status.code(), Some(1));
}

/// `scripts/check-breaking` on a repository made here: a breaking commit without a major bump
/// fails naming the commit, one with the bump passes, an accepted one passes, and a shallow
/// clone says it is shallow.
#[test]
fn the_version_policy_script_walks_the_history() {
    let repo = tempfile::tempdir().unwrap();
    let dir = repo.path();
    git(dir, &["init", "-q"]);
    std::fs::create_dir_all(dir.join("scripts")).unwrap();
    std::fs::create_dir_all(dir.join("specs")).unwrap();
    std::fs::copy(
        "../scripts/check-breaking",
        dir.join("scripts/check-breaking"),
    )
    .unwrap();
    let pair = |side: &str| fixture("api-path-removed-without-deprecation", side);
    std::fs::copy(pair("base"), dir.join("specs/svc.yaml")).unwrap();
    git(dir, &["add", "."]);
    git(dir, &["commit", "-q", "-m", "policy"]);
    let run = |dir: &Path| {
        Command::new(dir.join("scripts/check-breaking"))
            .env("CODEGEN_BIN", env!("CARGO_BIN_EXE_codegen"))
            .output()
            .expect("the script runs")
    };
    let out = run(dir);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}{}",
        text(&out.stdout),
        text(&out.stderr)
    );

    // /b removed, version still 1.0.0.
    std::fs::copy(pair("revision"), dir.join("specs/svc.yaml")).unwrap();
    git(dir, &["commit", "-q", "-am", "drop b"]);
    let out = run(dir);
    assert_eq!(out.status.code(), Some(1));
    let said = text(&out.stdout);
    assert!(
        said.contains("specs/svc.yaml: ") && said.contains(" drop b breaks callers"),
        "{said}"
    );
    assert!(
        said.contains("[api-path-removed-without-deprecation]"),
        "{said}"
    );

    // Accepted by hash: passes.
    let head = Command::new("git")
        .current_dir(dir)
        .args(["rev-parse", "HEAD"])
        .output()
        .unwrap();
    std::fs::write(
        dir.join("specs/breaking-accepted.txt"),
        format!("{} agreed\n", text(&head.stdout).trim()),
    )
    .unwrap();
    let out = run(dir);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stdout));
    assert!(text(&out.stdout).contains("accepted in specs/breaking-accepted.txt"));
    std::fs::remove_file(dir.join("specs/breaking-accepted.txt")).unwrap();

    // The same break again, with the major part raised: passes; the old commit still fails.
    git(dir, &["revert", "--no-edit", "HEAD"]);
    let spec = std::fs::read_to_string(pair("revision"))
        .unwrap()
        .replace("version: 1.0.0", "version: 2.0.0");
    std::fs::write(dir.join("specs/svc.yaml"), spec).unwrap();
    git(dir, &["commit", "-q", "-am", "drop b, 2.0.0"]);
    let out = run(dir);
    assert_eq!(out.status.code(), Some(1));
    let said = text(&out.stdout);
    assert!(
        said.contains(" drop b breaks") && !said.contains("2.0.0 breaks"),
        "{said}"
    );

    // A shallow clone has the last commit only: it says so and checks what it has.
    let shallow = tempfile::tempdir().unwrap();
    let url = format!("file://{}", dir.display());
    git(shallow.path(), &["clone", "-q", "--depth", "1", &url, "c"]);
    let out = run(&shallow.path().join("c"));
    let said = text(&out.stdout);
    assert!(said.contains("shallow clone: history before "), "{said}");
    assert_eq!(out.status.code(), Some(0), "{said}{}", text(&out.stderr));
}
