//! Hostile and oversized contracts: codegen either generates them in bounded stack and memory
//! or refuses them with one line (file: pointer: what), exit code 2, never a crash and never
//! a file's content in the message. The loader's rules themselves are tested in
//! `contract/tests/hostile.rs`.

use std::path::Path;
use std::process::Command;

use taller_codegen::{MAX_OPERATIONS, generate_spec};

/// A contract with `n` paths of one operation each.
fn many_paths(n: usize) -> String {
    let mut paths = serde_json::Map::new();
    for i in 0..n {
        paths.insert(
            format!("/r{i}/{{id}}"),
            serde_json::json!({"get": {
                "operationId": format!("get_r{i}"),
                "parameters": [{"name": "id", "in": "path", "required": true,
                                "schema": {"type": "integer"}}],
                "responses": {"200": {"description": "ok", "content": {"application/json":
                    {"schema": {"$ref": "#/components/schemas/T"}}}}}
            }}),
        );
    }
    serde_json::json!({
        "openapi": "3.0.3",
        "info": {"title": "many", "version": "1"},
        "paths": paths,
        "components": {"schemas": {"T": {"type": "object",
            "properties": {"a": {"type": "string"}}}}}
    })
    .to_string()
}

#[test]
fn ten_thousand_paths_generate() {
    // The router used to be one method chain as long as the contract has paths: printing it
    // recursed once per path and overflowed the generator thread's stack at 10,000 paths
    // (exit 134). Now one statement per path. ~35 s in a debug build.
    let mut paths = serde_json::Map::new();
    for i in 0..10_000 {
        paths.insert(
            format!("/r{i}"),
            serde_json::json!({"get": {"operationId": format!("get_r{i}"),
                "responses": {"204": {"description": "ok"}}}}),
        );
    }
    let doc = serde_json::json!({"openapi": "3.0.3", "info": {"title": "s", "version": "1"},
                                 "paths": paths});
    let dir = tempfile::tempdir().unwrap();
    let spec = dir.path().join("many.json");
    std::fs::write(&spec, doc.to_string()).unwrap();
    let out = generate_spec(&spec, "many.json", "codegen generate").expect("generates");
    let server = out
        .files
        .iter()
        .find(|f| f.path.ends_with("server/src/lib.rs"))
        .expect("a server crate");
    assert_eq!(
        server.contents.matches("let routes = routes").count(),
        10_000
    );
}

/// Exit code and the first line of stderr (the error; a summary line follows it).
fn codegen(dir: &Path, spec: &str) -> (Option<i32>, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_codegen"))
        .current_dir(dir)
        .args(["generate", "--out", "out", spec])
        .output()
        .expect("codegen runs");
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stderr)
            .lines()
            .next()
            .unwrap_or_default()
            .to_owned(),
    )
}

#[test]
fn a_contract_past_the_operation_limit_is_refused_in_one_line() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("huge.json"), many_paths(MAX_OPERATIONS + 1)).unwrap();
    let (code, stderr) = codegen(dir.path(), "huge.json");
    assert_eq!(code, Some(2), "{stderr}");
    assert!(
        stderr.contains("huge.json: /paths: 20001 operations, more than the 20000"),
        "{stderr}"
    );
}

#[test]
fn specs_that_escape_their_folder_or_loop_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("api")).unwrap();
    std::fs::write(dir.path().join("secret.yaml"), "x: {example: 'SECRET-9'}\n").unwrap();
    let spec = |target: &str| {
        format!(
            "openapi: 3.0.3\ninfo: {{title: t, version: '1'}}\npaths:\n  /a:\n    get:\n      \
             operationId: a\n      responses:\n        '200':\n          description: ok\n          \
             content:\n            application/json:\n              schema: {{$ref: '{target}'}}\n\
             components:\n  schemas:\n    A: {{$ref: '#/components/schemas/B'}}\n    \
             B: {{$ref: '#/components/schemas/A'}}\n"
        )
    };
    for (name, target, why) in [
        ("escape", "../secret.yaml#/x", "refers outside"),
        ("absolute", "/etc/passwd", "refers outside"),
        ("cycle", "#/components/schemas/A", "with no schema in it"),
    ] {
        std::fs::write(dir.path().join(format!("api/{name}.yaml")), spec(target)).unwrap();
        let (code, stderr) = codegen(dir.path(), &format!("api/{name}.yaml"));
        assert_eq!(code, Some(2), "{name}: {stderr}");
        assert!(
            stderr.contains(why) && stderr.contains("/$ref"),
            "{name}: {stderr}"
        );
        assert!(
            !stderr.contains("SECRET"),
            "{name}: a file leaked: {stderr}"
        );
    }
}
