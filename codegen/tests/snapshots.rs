//! Snapshot tests of the generator on the small specs in `tests/fixtures/`: every generated
//! file is compared with the committed copy under `tests/output/` (rewrite them with
//! `EXPECTORATE=overwrite cargo test -p taller-codegen --test snapshots`). The copies are
//! workspace crates, so a snapshot that does not compile fails the build; `fixture_roundtrip`
//! also runs them.

use std::path::{Path, PathBuf};

use taller_codegen::output::read_tree;
use taller_codegen::{folder_files, generate_spec};

const COMMAND: &str = "EXPECTORATE=overwrite cargo test -p taller-codegen --test snapshots";

/// The good fixtures: (file under tests/fixtures, expected service name).
const FIXTURES: [(&str, &str); 5] = [
    ("taller-demo.yaml", "taller-demo"),
    ("multi-file-demo/openapi.yaml", "multi-file-demo"),
    ("media-demo.yaml", "media-demo"),
    ("swagger2-demo.yaml", "swagger2-demo"),
    ("secure-demo.yaml", "secure-demo"),
];

fn fixture(name: &str) -> (PathBuf, String) {
    (
        Path::new("tests/fixtures").join(name),
        format!("codegen/tests/fixtures/{name}"),
    )
}

/// Compares with (or, under `EXPECTORATE=overwrite`, writes) `tests/output/<path>`.
fn snapshot(path: &Path, contents: &str) {
    let full = Path::new("tests/output").join(path);
    if std::env::var_os("EXPECTORATE").is_some() {
        std::fs::create_dir_all(full.parent().unwrap()).unwrap();
    }
    expectorate::assert_contents(full, contents);
}

#[test]
fn generated_files_match_the_snapshots() {
    let mut expected = Vec::new();
    for (name, service) in FIXTURES {
        let (path, display) = fixture(name);
        let out = generate_spec(&path, &display, COMMAND).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(out.service, service);
        assert_eq!(
            out.files.len(),
            7,
            "Cargo.toml + lib.rs for types and client, + contract.rs for the server"
        );
        for file in out.files {
            let header = format!("// @generated from {display} by `{COMMAND}`.");
            let toml_header = format!("# @generated from {display} by `{COMMAND}`.");
            assert!(
                file.contents.starts_with(&header) || file.contents.starts_with(&toml_header),
                "{} lacks the header",
                file.path.display()
            );
            snapshot(&file.path, &file.contents);
            expected.push(file.path);
        }
    }
    for file in folder_files(COMMAND) {
        snapshot(&file.path, &file.contents);
        expected.push(file.path);
    }
    // No stale snapshot left behind.
    let on_disk: Vec<PathBuf> = read_tree(Path::new("tests/output"))
        .unwrap()
        .into_keys()
        .collect();
    expected.sort();
    assert_eq!(on_disk, expected);
}

#[test]
fn generation_is_deterministic() {
    let (path, display) = fixture("taller-demo.yaml");
    let a = generate_spec(&path, &display, COMMAND).unwrap().files;
    let b = generate_spec(&path, &display, COMMAND).unwrap().files;
    assert_eq!(a, b);
}

/// Each hard spec under `tests/fixtures/edge` is either refused with exactly one line naming
/// the file and where it is wrong (the caller's mistake, exit code 2), or generated with one
/// line per thing left out or changed, each naming its file and pointer; never a panic. The
/// outcomes are a snapshot (`tests/fixtures/edge/outcomes.txt`).
#[test]
fn hard_specs_are_refused_or_generated_with_diagnostics() {
    let dir = Path::new("tests/fixtures/edge");
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
        .filter(|n| n.ends_with(".yaml"))
        .collect();
    names.push("multi-file/openapi.yaml".to_string());
    names.sort();
    assert!(names.len() >= 15, "fixtures went missing: {names:?}");
    let mut report = String::new();
    let mut refused = Vec::new();
    for name in names {
        let display = format!("codegen/tests/fixtures/edge/{name}");
        let dir_shown = display.rsplit_once('/').map(|(d, _)| d).unwrap_or_default();
        let names_its_file = |line: &str| {
            line.starts_with(&format!("{display}: "))
                || (name.contains('/') && line.starts_with(&format!("{dir_shown}/")))
        };
        let result =
            std::panic::catch_unwind(|| generate_spec(&dir.join(&name), &display, COMMAND));
        match result {
            Ok(Err(error)) => {
                let line = error.to_string();
                assert!(error.is_bad_spec(), "{name}: {line}");
                assert!(!line.contains('\n'), "{name}: more than one line: {line}");
                assert!(
                    names_its_file(&line),
                    "{name}: does not start with the file: {line}"
                );
                report.push_str(&format!("refused: {line}\n"));
                refused.push(name);
            }
            Ok(Ok(out)) => {
                assert_eq!(out.files.len(), 7, "{name}");
                report.push_str(&format!(
                    "generated: {display} (server left out {}, client left out {})\n",
                    out.skipped.0, out.skipped.1
                ));
                for line in &out.diagnostics {
                    assert!(
                        names_its_file(line),
                        "{name}: does not start with the file: {line}"
                    );
                    report.push_str(&format!("  {line}\n"));
                }
            }
            Err(_) => panic!("{name} made the generator panic"),
        }
    }
    // What no generator can read stays refused.
    for bad in [
        "unresolved-file-ref.yaml",
        "unresolved-ref.yaml",
        "yaml-syntax.yaml",
    ] {
        assert!(refused.iter().any(|r| r == bad), "{bad} was accepted");
    }
    expectorate::assert_contents("tests/fixtures/edge/outcomes.txt", &report);
}
