//! How long `codegen breaking` takes on large contracts, each compared with a mutated copy
//! (every 7th path removed; in every 5th schema a type changed, enum values added, a property
//! made required): a generated document (120 resources, 600 operations, 360 KB of JSON) and
//! the corpus's slack.json (572 KB as shipped, 174 operations) when cargo's registry has the
//! openapiv3 crate. Measured: the comparison alone, and loading both versions then comparing,
//! as the CLI does. The pairs stay in target/diff-bench/ for timing the CLI on them.
//! Run: `cargo bench -p taller-diff --bench compare`.

use std::hint::black_box;
use std::path::{Path, PathBuf};

use criterion::{Criterion, criterion_group, criterion_main};
use serde_json::{Value, json};
use taller_diff::{Contract, compare};

/// A contract with `n` resources, each with a collection and an item path, four operations,
/// and a schema of 20 constrained properties that refers to a shared one.
fn generated(n: usize) -> Value {
    let mut paths = serde_json::Map::new();
    let mut schemas = serde_json::Map::new();
    schemas.insert(
        "Problem".into(),
        json!({"type": "object", "required": ["type", "title", "status"], "properties": {
            "type": {"type": "string"}, "title": {"type": "string"},
            "status": {"type": "integer", "minimum": 100, "maximum": 599}}}),
    );
    for i in 0..n {
        let name = format!("Res{i}");
        let mut props = serde_json::Map::new();
        for p in 0..20 {
            let prop = match p % 4 {
                0 => json!({"type": "string", "maxLength": 80, "pattern": "^[A-Z].*$"}),
                1 => json!({"type": "integer", "minimum": 0, "maximum": 1000}),
                2 => json!({"type": "string", "enum": ["a", "b", "c", "d"]}),
                _ => {
                    json!({"type": "array", "maxItems": 10, "items": {"$ref": "#/components/schemas/Problem"}})
                }
            };
            props.insert(format!("campo{p}"), prop);
        }
        schemas.insert(
            name.clone(),
            json!({"type": "object", "required": ["campo0", "campo1"], "properties": props}),
        );
        let reference = json!({"$ref": format!("#/components/schemas/{name}")});
        let body =
            json!({"required": true, "content": {"application/json": {"schema": reference}}});
        let ok = |status: &str| {
            json!({status: {"description": "ok", "content": {"application/json": {"schema": reference}}},
                   "404": {"description": "no", "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}}})
        };
        let query = json!([
            {"name": "page", "in": "query", "schema": {"type": "integer", "minimum": 1}},
            {"name": "order", "in": "query", "schema": {"type": "string", "enum": ["campo0", "campo1"]}}
        ]);
        paths.insert(
            format!("/res{i}"),
            json!({
                "get": {"operationId": format!("list_{i}"), "parameters": query, "responses": ok("200")},
                "post": {"operationId": format!("create_{i}"), "requestBody": body, "responses": ok("201")}
            }),
        );
        let id = json!([{"name": "id", "in": "path", "required": true, "schema": {"type": "string", "maxLength": 40}}]);
        paths.insert(
            format!("/res{i}/{{id}}"),
            json!({
                "parameters": id,
                "get": {"operationId": format!("get_{i}"), "responses": ok("200")},
                "put": {"operationId": format!("put_{i}"), "requestBody": body, "responses": ok("200")},
                "delete": {"operationId": format!("delete_{i}"), "responses": {"204": {"description": "gone"}}}
            }),
        );
    }
    json!({"openapi": "3.0.3", "info": {"title": "bench", "version": "1.0.0"},
           "paths": paths, "components": {"schemas": schemas}})
}

/// A revision of `doc` with changes all over it: every 7th path removed, and in every 5th
/// schema a property's type changed, an enum value added and a property made required.
fn mutated(doc: &Value) -> Value {
    let mut rev = doc.clone();
    if let Some(Value::Object(paths)) = rev.get_mut("paths") {
        let keys: Vec<String> = paths.keys().cloned().collect();
        for (i, k) in keys.iter().enumerate() {
            if i % 7 == 3 {
                paths.remove(k);
            }
        }
    }
    if let Some(Value::Object(schemas)) = rev.pointer_mut("/components/schemas") {
        for (i, (_, schema)) in schemas.iter_mut().enumerate() {
            if i % 5 != 0 {
                continue;
            }
            if let Some(Value::Object(props)) = schema.get_mut("properties") {
                let names: Vec<String> = props.keys().take(3).cloned().collect();
                if let Some(first) = names.first() {
                    props.insert(first.clone(), json!({"type": "number"}));
                }
                for prop in props.values_mut() {
                    if let Some(Value::Array(values)) = prop.get_mut("enum") {
                        values.push(json!("z"));
                    }
                }
            }
            if let Some(Value::Array(required)) = schema.get_mut("required") {
                required.push(json!("campo2"));
            }
        }
    }
    rev
}

/// slack.json from the openapiv3 crate in cargo's registry (as `scripts/check-corpus` finds
/// it), if it is there.
fn slack() -> Option<PathBuf> {
    let home = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| Path::new(&h).join(".cargo")))?;
    let src = home.join("registry/src");
    for registry in std::fs::read_dir(src).ok()? {
        let registry = registry.ok()?.path();
        let found = std::fs::read_dir(&registry)
            .ok()?
            .filter_map(Result::ok)
            .find(|e| {
                e.file_name().to_string_lossy().starts_with("openapiv3-")
                    && e.path().join("fixtures/slack.json").is_file()
            });
        if let Some(e) = found {
            return Some(e.path().join("fixtures/slack.json"));
        }
    }
    None
}

/// Benchmarks `base` (read from `shipped` when given, else written out) against its mutated
/// copy.
fn bench_pair(c: &mut Criterion, name: &str, base: &Value, shipped: Option<PathBuf>, dir: &Path) {
    let rev = mutated(base);
    let rp = dir.join(format!("{name}-rev.json"));
    let bp = match shipped {
        Some(path) => path,
        None => {
            let path = dir.join(format!("{name}-base.json"));
            std::fs::write(&path, serde_json::to_vec(base).unwrap()).unwrap();
            path
        }
    };
    std::fs::write(&rp, serde_json::to_vec(&rev).unwrap()).unwrap();
    let size = std::fs::metadata(&bp).unwrap().len() / 1024;
    let (bp, rp) = (
        bp.to_string_lossy().into_owned(),
        rp.to_string_lossy().into_owned(),
    );
    let load = |p: &str| Contract::load(p, None).unwrap();
    let (b, r) = (load(&bp), load(&rp));
    let findings = compare(&b, &r).findings.len();
    eprintln!("{name}: {size} KB, {findings} findings");
    c.bench_function(&format!("compare/{name}_{size}KB"), |bench| {
        bench.iter(|| black_box(compare(&b, &r).findings.len()))
    });
    c.bench_function(&format!("load_and_compare/{name}_{size}KB"), |bench| {
        bench.iter(|| black_box(compare(&load(&bp), &load(&rp)).findings.len()))
    });
}

fn benches(c: &mut Criterion) {
    // Kept in target/, so the CLI can be timed on the same pairs afterwards.
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/diff-bench");
    std::fs::create_dir_all(&dir).unwrap();
    let dir = dir.as_path();
    bench_pair(c, "generated", &generated(120), None, dir);
    if let Some(path) = slack() {
        let doc: Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
        bench_pair(c, "slack", &doc, Some(path), dir);
    }
}

criterion_group! {
    name = group;
    config = Criterion::default().sample_size(20);
    targets = benches
}
criterion_main!(group);
