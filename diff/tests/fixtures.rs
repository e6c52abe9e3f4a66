//! One small pair of contracts per check under `tests/fixtures/<name>/` (`base.yaml` and
//! `revision.yaml`, or `base/openapi.yaml` and `revision/openapi.yaml` for a multi-file
//! pair). Each pair is compared both ways and the findings are compared with the committed
//! `findings.txt` beside it (rewrite with `EXPECTORATE=overwrite cargo test -p taller-diff`).
//! A fixture named after a check must report it from base to revision; `same-*` pairs must
//! report nothing either way, `compatible-*` nothing breaking from base to revision; and every
//! check of the registry must be reported by some fixture.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use taller_diff::{Contract, Finding, Report, check, checks, compare};

fn fixtures() -> Vec<PathBuf> {
    let mut dirs: Vec<PathBuf> = std::fs::read_dir("tests/fixtures")
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    dirs
}

fn side(dir: &Path, name: &str) -> String {
    let nested = dir.join(name).join("openapi.yaml");
    let path = if nested.is_file() {
        nested
    } else {
        ["yaml", "json"]
            .iter()
            .map(|ext| dir.join(format!("{name}.{ext}")))
            .find(|p| p.is_file())
            .unwrap_or_else(|| panic!("{} has no {name}", dir.display()))
    };
    path.to_string_lossy().into_owned()
}

fn load(path: &str) -> Contract {
    Contract::load(path, Some(path)).unwrap_or_else(|e| panic!("{e}"))
}

/// Both directions of one fixture.
fn run(dir: &Path) -> (Report, Report) {
    let (base, rev) = (load(&side(dir, "base")), load(&side(dir, "revision")));
    (compare(&base, &rev), compare(&rev, &base))
}

fn lines(findings: &[Finding]) -> String {
    if findings.is_empty() {
        return "(nothing)\n".to_string();
    }
    let all: Vec<&Finding> = findings.iter().collect();
    let text = Report::text(&all);
    // Drop the summary line: the lines are what the snapshot is about.
    let mut out: Vec<&str> = text.lines().collect();
    out.pop();
    out.join("\n") + "\n"
}

#[test]
fn every_fixture_matches_its_snapshot() {
    for dir in fixtures() {
        let (forward, backward) = run(&dir);
        let text = format!(
            "base → revision\n{}\nrevision → base\n{}",
            lines(&forward.findings),
            lines(&backward.findings)
        );
        expectorate::assert_contents(dir.join("findings.txt"), &text);
    }
}

#[test]
fn a_fixture_named_after_a_check_reports_it() {
    for dir in fixtures() {
        let name = dir.file_name().unwrap().to_string_lossy().into_owned();
        if check(&name).is_none() {
            continue;
        }
        let (forward, _) = run(&dir);
        assert!(
            forward.findings.iter().any(|f| f.id == name),
            "{name}: not reported from base to revision:\n{}",
            lines(&forward.findings)
        );
    }
}

#[test]
fn unchanged_and_compatible_pairs_report_nothing_breaking() {
    let mut seen = 0;
    for dir in fixtures() {
        let name = dir.file_name().unwrap().to_string_lossy().into_owned();
        let (forward, backward) = run(&dir);
        if name.starts_with("same-") {
            seen += 1;
            assert!(
                forward.findings.is_empty(),
                "{name}:\n{}",
                lines(&forward.findings)
            );
            assert!(
                backward.findings.is_empty(),
                "{name} reversed:\n{}",
                lines(&backward.findings)
            );
        } else if name.starts_with("compatible-") {
            seen += 1;
            assert!(
                forward.breaking().is_empty(),
                "{name}:\n{}",
                lines(&forward.findings)
            );
            assert!(
                !forward.findings.is_empty(),
                "{name}: the changelog should list the change"
            );
        }
    }
    assert!(seen >= 8, "only {seen} same-/compatible- fixtures");
}

#[test]
fn every_check_is_reported_by_some_fixture() {
    let mut reported = BTreeSet::new();
    for dir in fixtures() {
        let (forward, backward) = run(&dir);
        for f in forward.findings.iter().chain(&backward.findings) {
            reported.insert(f.id);
        }
    }
    let missing: Vec<&str> = checks()
        .iter()
        .map(|c| c.id)
        .filter(|id| !reported.contains(id))
        .collect();
    assert!(missing.is_empty(), "no fixture reports: {missing:#?}");
}

#[test]
fn a_shared_component_is_reported_once_per_operation() {
    let (forward, _) = run(Path::new("tests/fixtures/shared-component"));
    let removed: Vec<&Finding> = forward
        .findings
        .iter()
        .filter(|f| f.id == "response-required-property-removed")
        .collect();
    let ops: Vec<&str> = removed.iter().map(|f| f.operation.as_str()).collect();
    // GET /b uses the schema twice (two properties); still one finding there.
    assert_eq!(ops, ["GET /a", "GET /b"]);
    assert!(
        removed
            .iter()
            .all(|f| f.location == "/components/schemas/Pieza/properties/precio")
    );
}

#[test]
fn multi_file_findings_name_the_file_they_are_in() {
    let (forward, _) = run(Path::new("tests/fixtures/multi-file"));
    let removed = forward
        .findings
        .iter()
        .find(|f| f.id == "response-property-became-optional")
        .expect("precio is no longer required");
    assert_eq!(
        removed.file,
        "tests/fixtures/multi-file/revision/schemas/pieza.yaml"
    );
    assert_eq!(removed.location, "/required");
    let max = forward
        .findings
        .iter()
        .find(|f| f.id == "response-property-max-set")
        .expect("precio got a maximum");
    assert_eq!(
        max.file,
        "tests/fixtures/multi-file/revision/schemas/precio.yaml"
    );
    assert_eq!(max.location, "/maximum");
}

#[test]
fn a_major_version_bump_is_seen() {
    let (forward, backward) = run(Path::new("tests/fixtures/openapi31"));
    assert!(forward.major_raised());
    assert!(!backward.major_raised());
    assert!(forward.has(taller_diff::Level::Error));
}

#[test]
fn an_unreadable_version_is_one_line_with_file_and_place() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.yaml");
    std::fs::write(&bad, "openapi: 3.0.3\npaths:\n  /a: [\n").unwrap();
    let err = taller_diff::load_spec(&bad.to_string_lossy())
        .unwrap_err()
        .to_string();
    assert!(err.starts_with(&format!("{}:", bad.display())), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    let err = taller_diff::load_spec("git:no-such-rev:specs/x.yaml")
        .unwrap_err()
        .to_string();
    assert!(err.starts_with("git:no-such-rev:specs/x.yaml: "), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
}

/// Every fixture side against every other: any pair of contracts compares without a panic,
/// each finding with a registered id and a pointer, and the same result twice.
#[test]
fn any_two_contracts_compare() {
    let sides: Vec<Contract> = fixtures()
        .iter()
        .flat_map(|d| [side(d, "base"), side(d, "revision")])
        .map(|p| load(&p))
        .collect();
    for a in &sides {
        for b in &sides {
            let report = compare(a, b);
            for f in &report.findings {
                assert!(check(f.id).is_some(), "{}", f.id);
                assert!(f.location.starts_with('/'), "{f:?}");
            }
            assert_eq!(report.findings, compare(a, b).findings);
        }
    }
}

/// The project's own contracts, the corpus's hand-written ones and codegen's fixtures, each
/// compared with itself: no finding (a false positive here would be one on every PR).
#[test]
fn real_contracts_compared_with_themselves_are_unchanged() {
    let mut paths = Vec::new();
    for dir in [
        "../specs",
        "../codegen/corpus/own",
        "../codegen/tests/fixtures",
    ] {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "yaml" || e == "json") {
                paths.push(path.to_string_lossy().into_owned());
            }
        }
    }
    paths.sort();
    assert!(paths.len() >= 20, "{paths:?}");
    let mut loaded = 0;
    for path in &paths {
        // A few codegen fixtures are broken on purpose; what loads must compare clean.
        let Ok(contract) = Contract::load(path, Some(path)) else {
            continue;
        };
        loaded += 1;
        let report = compare(&contract, &contract);
        assert!(
            report.findings.is_empty(),
            "{path}:\n{}",
            lines(&report.findings)
        );
    }
    assert!(loaded >= 15, "only {loaded} of {} loaded", paths.len());
}
