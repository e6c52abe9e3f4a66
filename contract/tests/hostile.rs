//! Hostile contracts: a spec may read neither this machine's files beyond its own folder nor
//! the network unless allowed; a remote spec no local file; limits on size and YAML aliases;
//! cycles are legal and load by reference. Every consumer (codegen, runtime, mock-server)
//! reads through this loader.

use std::io::{Read, Write};
use std::net::TcpListener;

use taller_contract::{LoadError, Scope, Source, load, load_scoped};

const SECRET: &str = "root:x:0:0:SECRET-CONTENT";

fn spec_referring_to(target: &str) -> String {
    format!(
        "openapi: 3.0.3\ninfo: {{title: t, version: '1'}}\npaths:\n  /a:\n    get:\n      \
         responses:\n        '200':\n          description: ok\n          content:\n            \
         application/json:\n              schema: {{$ref: '{target}'}}\n"
    )
}

/// `dir/api/spec.yaml` referring to `target`, and a secret file beside `api/`.
fn layout(target: &str) -> (tempfile::TempDir, String) {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("api")).unwrap();
    std::fs::write(dir.path().join("secret.yaml"), format!("x: '{SECRET}'\n")).unwrap();
    let spec = dir.path().join("api/spec.yaml");
    std::fs::write(&spec, spec_referring_to(target)).unwrap();
    let spec = spec.display().to_string();
    (dir, spec)
}

fn refused(result: Result<Source, LoadError>, why: &str) -> String {
    let line = match result {
        Ok(_) => panic!("loaded, expected a refusal ({why})"),
        Err(e) => e.to_string(),
    };
    assert!(line.contains(why), "{line}");
    assert!(!line.contains("SECRET"), "a file's content leaked: {line}");
    assert!(!line.contains('\n'), "one line: {line}");
    line
}

#[test]
fn a_ref_out_of_the_spec_folder_is_refused() {
    for target in [
        "../secret.yaml#/x",
        "./../secret.yaml",
        "/etc/passwd",
        "file:///etc/hostname",
    ] {
        let (_dir, spec) = layout(target);
        let line = refused(load(&spec), "refers outside");
        assert!(line.contains("/$ref"), "names the $ref: {line}");
    }
}

#[test]
fn a_symbolic_link_counts_where_it_leads() {
    let (dir, spec) = layout("inner.yaml#/x");
    std::os::unix::fs::symlink(
        dir.path().join("secret.yaml"),
        dir.path().join("api/inner.yaml"),
    )
    .unwrap();
    refused(load(&spec), "refers outside");
}

#[test]
fn a_wider_root_can_be_given() {
    let (dir, spec) = layout("../secret.yaml#/x");
    let scope = Scope {
        root: Some(dir.path().to_path_buf()),
        remote: false,
    };
    let source = load_scoped(&spec, None, &scope).expect("inside the given root");
    assert_eq!(source.files.len(), 2);
}

#[test]
fn files_inside_the_folder_still_load() {
    let (dir, spec) = layout("schemas/x.yaml");
    std::fs::create_dir(dir.path().join("api/schemas")).unwrap();
    std::fs::write(dir.path().join("api/schemas/x.yaml"), "type: string\n").unwrap();
    assert!(load(&spec).is_ok());
}

/// Serves `body` to every request on a free port; answers with the base URL.
fn serve(body: String) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            let mut buf = [0u8; 4096];
            let _ = stream.read(&mut buf);
            let _ = write!(
                stream,
                "HTTP/1.1 200 OK\r\ncontent-type: application/yaml\r\ncontent-length: {}\r\n\
                 connection: close\r\n\r\n{body}",
                body.len()
            );
        }
    });
    url
}

#[test]
fn a_remote_spec_cannot_read_local_files_nor_change_scheme() {
    let secret = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(secret.path(), format!("x: '{SECRET}'\n")).unwrap();
    let url = serve(spec_referring_to(&format!(
        "file://{}#/x",
        secret.path().display()
    )));
    refused(
        load(&format!("{url}/spec.yaml")),
        "cannot refer to local files",
    );

    let url = serve(spec_referring_to("https://example.invalid/x.yaml"));
    refused(load(&format!("{url}/spec.yaml")), "another scheme");
}

#[test]
fn a_local_spec_reaches_the_network_only_when_allowed() {
    let schema = serve("type: string\n".into());
    let dir = tempfile::tempdir().unwrap();
    let spec = dir.path().join("spec.yaml");
    std::fs::write(&spec, spec_referring_to(&format!("{schema}/x.yaml"))).unwrap();
    let spec = spec.display().to_string();
    refused(load(&spec), "--allow-remote-refs");
    let scope = Scope {
        root: None,
        remote: true,
    };
    assert!(load_scoped(&spec, None, &scope).is_ok());
}

#[test]
fn a_document_over_the_size_limit_is_refused_unread() {
    let dir = tempfile::tempdir().unwrap();
    let spec = dir.path().join("huge.yaml");
    let file = std::fs::File::create(&spec).unwrap();
    // Sparse: the size is real, the disk is not used.
    file.set_len(taller_contract::MAX_DOCUMENT_BYTES + 1)
        .unwrap();
    refused(load(&spec.display().to_string()), "more than the");
}

#[test]
fn a_yaml_alias_bomb_is_refused() {
    let mut text = String::from("openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\n");
    text.push_str("x-a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    let names = ["a", "b", "c", "d", "e", "f", "g", "h", "i"];
    for pair in names.windows(2) {
        let (prev, name) = (pair[0], pair[1]);
        let refs = vec![format!("*{prev}"); 9].join(",");
        text.push_str(&format!("x-{name}: &{name} [{refs}]\n"));
    }
    let dir = tempfile::tempdir().unwrap();
    let spec = dir.path().join("bomb.yaml");
    std::fs::write(&spec, text).unwrap();
    let line = match load(&spec.display().to_string()) {
        Ok(_) => panic!("a billion laughs loaded"),
        Err(e) => e.to_string(),
    };
    assert!(line.starts_with(&spec.display().to_string()), "{line}");
}

#[test]
fn cycles_load_by_reference() {
    let dir = tempfile::tempdir().unwrap();
    let spec = dir.path().join("cycle.yaml");
    std::fs::write(
        &spec,
        "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n      \
         responses:\n        '200':\n          description: ok\n          content:\n            \
         application/json:\n              schema: {$ref: '#/components/schemas/A'}\n\
         components:\n  schemas:\n    \
         A: {type: object, required: [b], properties: {b: {$ref: '#/components/schemas/B'}}}\n    \
         B: {type: object, required: [a], properties: {a: {$ref: '#/components/schemas/A'}}}\n",
    )
    .unwrap();
    let source = load(&spec.display().to_string()).expect("cycles are legal");
    let bundled = taller_contract::bundle(&source).expect("bundles");
    let text = bundled.doc.to_string();
    assert!(
        text.len() < 10_000,
        "expanded instead of referenced: {} bytes",
        text.len()
    );
}

#[test]
fn a_cycle_of_bare_refs_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("b.yaml"), "B: {$ref: 'c.yaml#/C'}\n").unwrap();
    std::fs::write(dir.path().join("c.yaml"), "C: {$ref: 'b.yaml#/B'}\n").unwrap();
    for (name, target) in [("local", "#/components/schemas/A"), ("files", "b.yaml#/B")] {
        let spec = dir.path().join(format!("{name}.yaml"));
        std::fs::write(
            &spec,
            format!(
                "{}components:\n  schemas:\n    A: {{$ref: '#/components/schemas/Z'}}\n    \
                 Z: {{$ref: '#/components/schemas/A'}}\n",
                spec_referring_to(target)
            ),
        )
        .unwrap();
        refused(load(&spec.display().to_string()), "with no schema in it");
    }
}

#[test]
fn a_catastrophic_pattern_answers_instead_of_hanging() {
    // `^(a+)+$` against "aaaa…!" backtracks exponentially in a naive engine; the validator's
    // regex engine bounds its backtracking, so the request is answered (refused) at once.
    let contract = serde_json::json!({
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "paths": {"/a": {"post": {
            "operationId": "post_a",
            "parameters": [{"name": "q", "in": "query",
                            "schema": {"type": "string", "pattern": "^(a+)+$"}}],
            "requestBody": {"content": {"application/json": {"schema": {
                "type": "object",
                "properties": {"x": {"type": "string", "pattern": "^(a+)+$"}}}}}},
            "responses": {"204": {"description": "ok"}}
        }}}
    });
    let contract = taller_contract::validate::Contract::from_json(&contract.to_string()).unwrap();
    let operation = contract.operation("post_a").unwrap();
    let evil = format!("{}!", "a".repeat(64));
    let query = format!("q={evil}");
    let body = serde_json::json!({ "x": evil }).to_string();
    let mut headers = http::HeaderMap::new();
    headers.insert("content-type", "application/json".parse().unwrap());
    let request = taller_contract::validate::RawRequest {
        path_params: &[],
        query: Some(&query),
        headers: &headers,
        body: body.as_bytes(),
    };
    let rejection = operation.validate(&request).expect_err("refused");
    assert!(
        rejection.errors.iter().any(|e| e.pointer == "/query/q"),
        "{:?}",
        rejection.errors
    );
}
