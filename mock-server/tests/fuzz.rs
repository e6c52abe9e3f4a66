//! The mock server's loading on mutated contracts (the mutations of codegen's fuzz test):
//! whatever a document holds — self-referencing `$ref`s, made-up types, missing parts —
//! `load_api` answers with a served API or one error line that names the file, within a few
//! seconds and without a panic. Seeds are fixed, so a failure repeats.

#[path = "../../codegen/tests/support/mutate.rs"]
mod mutate;

use std::sync::mpsc;
use std::time::Duration;

use mock_server::spec::Settings;

#[test]
fn mutated_contracts_load_or_fail_clearly() {
    let documents = [
        "../codegen/tests/fixtures/taller-demo.yaml",
        "../codegen/tests/fixtures/media-demo.yaml",
        "../codegen/tests/fixtures/swagger2-demo.yaml",
        "../codegen/corpus/own/oas31-tasks.yaml",
    ];
    let dir = tempfile::tempdir().unwrap();
    let (mut loaded, mut refused) = (0, 0);
    for source in documents {
        let text = std::fs::read_to_string(source).unwrap();
        let doc = taller_contract::parse(source, &text).unwrap();
        for seed in 1..=60u64 {
            let mut rng = mutate::Rng::new(seed * 7919 + source.len() as u64);
            let count = 1 + rng.below(6);
            let mutated = mutate::mutate(&doc, &mut rng, count);
            let path = dir.path().join(format!("seed{seed}.json"));
            std::fs::write(&path, serde_json::to_string(&mutated).unwrap()).unwrap();
            let spec = path.to_string_lossy().to_string();
            let (tx, rx) = mpsc::channel();
            let loading = spec.clone();
            std::thread::spawn(move || {
                let result = std::panic::catch_unwind(|| {
                    mock_server::load_api(&loading, &Settings::default()).map(|(api, _)| {
                        let _ = api.warm();
                    })
                });
                let _ = tx.send(result.map(|r| r.map_err(|e| e.to_string())));
            });
            match rx.recv_timeout(Duration::from_secs(20)) {
                Ok(Ok(Ok(()))) => loaded += 1,
                Ok(Ok(Err(line))) => {
                    assert!(!line.contains('\n'), "{source} seed {seed}: {line}");
                    refused += 1;
                }
                Ok(Err(_)) => panic!("{source} seed {seed}: load_api panicked ({spec} kept)"),
                Err(_) => panic!("{source} seed {seed}: load_api took over 20 s ({spec})"),
            }
        }
    }
    assert!(
        loaded > 0 && refused > 0,
        "loaded {loaded}, refused {refused}"
    );
}
