//! `generate` on every contract of the project and on the original system's specs: each one is
//! either generated or refused with a one-line error (file: pointer: what) — never a panic.

use std::path::{Path, PathBuf};

use taller_codegen::generate_spec;

#[path = "support/external.rs"]
mod external;

fn specs_in(dir: &Path, pattern: impl Fn(&Path) -> bool) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let entries = std::fs::read_dir(&d).unwrap_or_else(|e| panic!("{}: {e}", d.display()));
        for entry in entries {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if pattern(&path) {
                out.push(path);
            }
        }
    }
    out.sort();
    out
}

#[test]
fn every_project_contract_generates() {
    let specs = specs_in(Path::new("../specs"), |p| {
        p.extension().is_some_and(|e| e == "yaml")
    });
    assert_eq!(
        specs.len(),
        7,
        "seven contracts expected in specs/: {specs:?}"
    );
    for spec in specs {
        let display = spec.display().to_string();
        let result =
            std::panic::catch_unwind(|| generate_spec(&spec, &display, "codegen generate"));
        match result {
            Ok(Ok(out)) => assert_eq!(out.files.len(), 7, "{display}"),
            Ok(Err(e)) => panic!("{e}"),
            Err(_) => panic!("{display}: the generator panicked"),
        }
    }
}

#[test]
fn original_system_specs_generate_or_fail_clearly() {
    let Some(seed) = external::external_suite(
        Path::new(".."),
        "reference/seed-system/servicios",
        "the 2023 specs through codegen",
    ) else {
        return;
    };
    let specs = specs_in(&seed, |p| {
        p.file_stem().is_some_and(|s| s == "openapi")
            && p.extension().is_some_and(|e| e == "yaml" || e == "yml")
    });
    assert!(specs.len() >= 7, "{specs:?}");
    let mut generated = 0;
    for spec in &specs {
        let display = spec.display().to_string();
        let result = std::panic::catch_unwind(|| generate_spec(spec, &display, "codegen generate"));
        match result {
            Ok(Ok(_)) => generated += 1,
            Ok(Err(e)) => {
                let line = e.to_string();
                assert!(e.is_bad_spec(), "{line}");
                // Errors name the file holding the mistake: the root or a file beside it.
                let dir = spec.parent().unwrap().display().to_string();
                assert!(
                    !line.contains('\n') && line.starts_with(&format!("{dir}/")),
                    "unclear error: {line}"
                );
            }
            Err(_) => panic!("{display}: the generator panicked"),
        }
    }
    // Several of the 2023 specs are valid enough to generate; the others have real defects.
    assert!(
        generated >= 3,
        "only {generated} of {} generated",
        specs.len()
    );
}
