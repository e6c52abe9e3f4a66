//! The generator on mutated contracts (see `support/mutate.rs`): whatever a document holds,
//! `generate_spec` answers with code or one error line that names the file — never a panic,
//! never a hang. Seeds are fixed, so a failure repeats.

#[path = "support/mutate.rs"]
mod mutate;

use std::path::Path;

use taller_codegen::generate_spec;

const SEEDS_PER_DOCUMENT: u64 = 60;

#[test]
fn mutated_contracts_never_panic() {
    let documents = [
        "tests/fixtures/taller-demo.yaml",
        "tests/fixtures/media-demo.yaml",
        "tests/fixtures/swagger2-demo.yaml",
        "corpus/own/oas31-tasks.yaml",
        "corpus/own/oas30-shop-orders.yaml",
    ];
    // typify's and progenitor's panics are caught and reported as errors; keep them quiet.
    taller_codegen::install_quiet_hook();
    let dir = tempfile::tempdir().unwrap();
    let (mut generated, mut refused) = (0, 0);
    for source in documents {
        let text = std::fs::read_to_string(source).unwrap();
        let doc = taller_contract::parse(source, &text).unwrap();
        for seed in 1..=SEEDS_PER_DOCUMENT {
            let mut rng = mutate::Rng::new(seed * 7919 + source.len() as u64);
            let count = 1 + rng.below(6);
            let mutated = mutate::mutate(&doc, &mut rng, count);
            let path = dir.path().join("mutated.json");
            std::fs::write(&path, serde_json::to_string(&mutated).unwrap()).unwrap();
            let shown = format!("{source}#seed{seed}");
            let result = std::panic::catch_unwind(|| {
                generate_spec(Path::new(&path), &shown, "codegen generate")
            });
            match result {
                Ok(Ok(_)) => generated += 1,
                Ok(Err(e)) => {
                    let line = e.to_string();
                    assert!(!line.contains('\n'), "{shown}: more than one line: {line}");
                    assert!(
                        line.starts_with(&shown),
                        "{shown}: does not name the file: {line}"
                    );
                    refused += 1;
                }
                Err(_) => {
                    let keep = std::env::temp_dir().join("taller-fuzz-panic.json");
                    std::fs::copy(&path, &keep).unwrap();
                    panic!(
                        "{shown}: the generator panicked (input kept at {})",
                        keep.display()
                    );
                }
            }
        }
    }
    // Both outcomes happen: the mutations neither all break nor all spare the documents.
    assert!(
        generated > 0 && refused > 0,
        "generated {generated}, refused {refused}"
    );
}
