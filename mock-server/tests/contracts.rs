//! The project's contracts (`specs/*.yaml`) and the original system's specs
//! (an external suite: `$TALLER_SHARED/reference/seed-system`) load, and every operation of the contracts answers
//! without a server error when all seven are served by one process.

mod support;

#[path = "../../codegen/tests/support/external.rs"]
mod external;

use std::path::{Path, PathBuf};

use mock_server::spec::Settings;

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn contracts() -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = std::fs::read_dir(repo().join("specs"))
        .expect("specs/ is missing")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    found.sort();
    assert!(!found.is_empty(), "no contracts in specs/");
    found
}

#[test]
fn every_contract_loads_with_all_schemas_compiled() {
    for path in contracts() {
        let (api, _) = mock_server::load_api(&path.to_string_lossy(), &Settings::default())
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        assert!(!api.ops.is_empty(), "{}: no operations", path.display());
        let warnings = api.warm();
        assert!(warnings.is_empty(), "{}: {warnings:?}", path.display());
    }
}

#[test]
fn seed_system_specs_load() {
    let Some(seed) = external::external_suite(
        &repo(),
        "reference/seed-system/servicios",
        "the 2023 specs through mock-server",
    ) else {
        return;
    };
    let services = std::fs::read_dir(&seed).unwrap_or_else(|e| panic!("{}: {e}", seed.display()));
    let mut loaded = 0;
    for service in services.filter_map(|e| e.ok()) {
        for name in ["openapi.yaml", "openapi.yml"] {
            let path = service.path().join("openapi").join(name);
            if path.exists() {
                let (api, _) = mock_server::load_api(&path.to_string_lossy(), &Settings::default())
                    .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
                assert!(!api.ops.is_empty(), "{}", path.display());
                loaded += 1;
            }
        }
    }
    assert!(loaded >= 7, "only {loaded} seed specs found");
}

#[test]
fn all_contracts_in_one_process_answer_every_operation() {
    let specs = repo().join("specs");
    let server = support::start(&[&specs.to_string_lossy()]);
    for path in contracts() {
        let (api, _) =
            mock_server::load_api(&path.to_string_lossy(), &Settings::default()).unwrap();
        for op in &api.ops {
            // Path parameters filled with their static sample values.
            let mut url = op.path.clone();
            for p in &op.params {
                if p.location == mock_server::spec::In::Path {
                    let value = p
                        .schema
                        .as_ref()
                        .and_then(|s| mock_server::generate::sample(&api.source, s).ok())
                        .map(|v| match v {
                            serde_json::Value::String(s) => s,
                            other => other.to_string(),
                        })
                        .unwrap_or_else(|| "1".into());
                    url = url.replace(&format!("{{{}}}", p.name), &value);
                }
            }
            let r = support::call(
                op.method.as_str(),
                &format!("{}{url}", server.base),
                &[],
                None,
            );
            assert!(
                r.status < 500,
                "{} {url}: {} {}",
                op.method,
                r.status,
                r.body
            );
        }
    }
}
