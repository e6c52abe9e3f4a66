//! The project's own contracts (`specs/*.yaml`) load: every schema compiles, every operation
//! is there, and their examples pass their own request validation.

use std::path::PathBuf;

use serde_json::Value;
use taller_runtime::contract::Contract;

fn specs() -> Vec<(String, Value)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../specs");
    let mut found = Vec::new();
    for entry in std::fs::read_dir(&dir).expect("specs/ beside services/") {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "yaml") {
            let text = std::fs::read_to_string(&path).unwrap();
            let value: Value = serde_yaml_ng::from_str(&text)
                .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            found.push((
                path.file_name().unwrap().to_string_lossy().into_owned(),
                value,
            ));
        }
    }
    found.sort_by(|a, b| a.0.cmp(&b.0));
    found
}

#[test]
fn every_contract_compiles_with_all_its_operations() {
    let specs = specs();
    assert!(!specs.is_empty(), "no contracts found in specs/");
    for (name, document) in specs {
        let contract =
            Contract::from_json(&document.to_string()).unwrap_or_else(|e| panic!("{name}: {e}"));
        let mut count = 0;
        for item in document["paths"].as_object().unwrap().values() {
            for operation in item.as_object().unwrap().values() {
                if let Some(id) = operation.get("operationId").and_then(Value::as_str) {
                    assert!(contract.operation(id).is_some(), "{name}: {id}");
                    count += 1;
                }
            }
        }
        assert!(count > 0, "{name} has no operations");
    }
}

/// The contracts' request examples are meant to be valid: the validator must agree.
#[test]
fn request_body_examples_pass_validation() {
    let mut checked = 0;
    for (name, document) in specs() {
        let contract = Contract::from_json(&document.to_string()).unwrap();
        for item in document["paths"].as_object().unwrap().values() {
            for operation in item.as_object().unwrap().values() {
                let Some(id) = operation.get("operationId").and_then(Value::as_str) else {
                    continue;
                };
                let Some(body) = operation.get("requestBody") else {
                    continue;
                };
                let body = resolve(&document, body);
                let Some(media) = body.pointer("/content/application~1json") else {
                    continue;
                };
                let mut examples: Vec<Value> = media.get("example").cloned().into_iter().collect();
                if let Some(Value::Object(named)) = media.get("examples") {
                    examples.extend(
                        named
                            .values()
                            .filter_map(|e| resolve(&document, e).get("value").cloned()),
                    );
                }
                let compiled = contract.operation(id).unwrap();
                for example in examples {
                    let mut headers = http::HeaderMap::new();
                    headers.insert("content-type", "application/json".parse().unwrap());
                    let bytes = example.to_string();
                    let parsed = compiled
                        .validate_body(&headers, bytes.as_bytes())
                        .unwrap_or_else(|problem| {
                            panic!("{name} {id}: example {example} fails: {problem:?}")
                        });
                    assert_eq!(parsed, Some(example), "{name} {id}");
                    checked += 1;
                }
            }
        }
    }
    assert!(checked > 0, "no request examples found");
}

fn resolve<'a>(root: &'a Value, value: &'a Value) -> &'a Value {
    match value.get("$ref").and_then(Value::as_str) {
        Some(reference) => root.pointer(&reference[1..]).expect("local ref"),
        None => value,
    }
}
