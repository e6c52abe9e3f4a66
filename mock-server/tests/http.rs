//! Behaviour over real HTTP: the binary is started on 127.0.0.1 with small specs.

mod support;

use std::time::{Duration, Instant};

use serde_json::json;
use support::{call, get, spec_file, start, write};

const PETS: &str = r#"
openapi: 3.0.3
info: {title: pets, version: "1"}
paths:
  /pets:
    get:
      parameters:
        - {name: limit, in: query, schema: {type: integer, minimum: 1, maximum: 50}}
      responses:
        '200':
          description: list
          content:
            application/json:
              schema: {type: array, items: {$ref: '#/components/schemas/Pet'}}
    post:
      requestBody:
        required: true
        content:
          application/json:
            schema: {$ref: '#/components/schemas/NewPet'}
      responses:
        '201':
          description: created
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Pet'}
              examples:
                rex: {value: {id: 7, name: Rex, tag: dog}}
                tom: {value: {id: 8, name: Tom, tag: cat}}
        '409':
          description: conflict
          content:
            application/json:
              example: {reason: duplicate}
  /pets/{id}:
    parameters:
      - {name: id, in: path, required: true, schema: {type: integer}}
    get:
      responses:
        '200':
          description: one
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Pet'}
    put:
      requestBody:
        content:
          application/json:
            schema: {$ref: '#/components/schemas/NewPet'}
      responses:
        '200':
          description: updated
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Pet'}
    delete:
      responses:
        '204': {description: gone}
  /secret:
    get:
      security: [{basic: []}]
      responses:
        '200': {description: ok, content: {text/plain: {example: hidden}}}
components:
  securitySchemes:
    basic: {type: http, scheme: basic}
  schemas:
    NewPet:
      type: object
      additionalProperties: false
      required: [name]
      properties:
        name: {type: string, minLength: 2}
        tag: {type: string, enum: [dog, cat]}
    Pet:
      type: object
      required: [id, name]
      properties:
        id: {type: integer, minimum: 1}
        uid: {type: string, format: uuid}
        name: {type: string}
        tag: {type: string, enum: [dog, cat]}
        friends: {type: array, items: {$ref: '#/components/schemas/Pet'}}
"#;

fn pets() -> (tempfile::TempDir, String) {
    spec_file("pets.yaml", PETS)
}

#[test]
fn static_responses_examples_and_generated_values() {
    let (_dir, spec) = pets();
    let s = start(&[&spec]);
    // First named example of the lowest 2xx.
    let r = call(
        "POST",
        &format!("{}/pets", s.base),
        &[],
        Some(r#"{"name":"Rex"}"#),
    );
    assert_eq!(r.status, 201);
    assert_eq!(r.json(), json!({"id": 7, "name": "Rex", "tag": "dog"}));
    // No example: sampled from the schema, recursion cut instead of looping.
    let r = get(&format!("{}/pets/3", s.base));
    assert_eq!(r.status, 200);
    assert_eq!(r.header("content-type"), Some("application/json"));
    let v = r.json();
    assert_eq!(v["id"], json!(1));
    assert_eq!(v["uid"], json!("095be615-a8ad-4c33-8e9c-c7612fbf6c9f"));
    assert_eq!(v["tag"], json!("dog"));
    assert!(v["friends"].is_array());
    // DELETE with 204 and no content.
    let r = call("DELETE", &format!("{}/pets/3", s.base), &[], None);
    assert_eq!(r.status, 204);
    assert!(r.body.is_empty());
}

#[test]
fn routing_errors_are_prism_problems() {
    let (_dir, spec) = pets();
    let s = start(&[&spec]);
    let r = get(&format!("{}/nothing", s.base));
    assert_eq!(r.status, 404);
    assert_eq!(r.header("content-type"), Some("application/problem+json"));
    assert_eq!(
        r.json()["type"],
        json!("https://stoplight.io/prism/errors#NO_PATH_MATCHED_ERROR")
    );
    let r = call("PATCH", &format!("{}/pets", s.base), &[], None);
    assert_eq!(r.status, 405);
    assert_eq!(
        r.header("allow"),
        Some("GET, POST"),
        "RFC 9110: a 405 lists the methods"
    );
    assert_eq!(
        r.json()["type"],
        json!("https://stoplight.io/prism/errors#NO_METHOD_MATCHED_ERROR")
    );
    let r = call(
        "GET",
        &format!("{}/pets", s.base),
        &[("accept", "text/csv")],
        None,
    );
    assert_eq!(r.status, 406);
    assert_eq!(
        r.json()["detail"],
        json!("Unable to find content for text/csv")
    );
}

#[test]
fn prefer_header_and_query_select_responses() {
    let (_dir, spec) = pets();
    let s = start(&[&spec]);
    let url = format!("{}/pets", s.base);
    let body = Some(r#"{"name":"Tom"}"#);
    let r = call("POST", &url, &[("prefer", "example=tom")], body);
    assert_eq!(r.json()["name"], json!("Tom"));
    let r = call("POST", &url, &[("prefer", "code=409")], body);
    assert_eq!(r.status, 409);
    assert_eq!(r.json(), json!({"reason": "duplicate"}));
    let r = call("POST", &format!("{url}?__code=409"), &[], body);
    assert_eq!(r.status, 409);
    let r = call("POST", &format!("{url}?__code=418"), &[], body);
    assert_eq!(r.status, 404);
    assert_eq!(
        r.json()["detail"],
        json!("Requested status code 418 is not defined in the document.")
    );
    let r = call("POST", &format!("{url}?__example=nope"), &[], body);
    assert_eq!(r.status, 404);
    assert_eq!(
        r.json()["type"],
        json!("https://stoplight.io/prism/errors#NOT_FOUND")
    );
}

#[test]
fn invalid_requests_get_422_with_validation_and_sl_violations() {
    let (_dir, spec) = pets();
    let s = start(&[&spec]);
    let r = call(
        "POST",
        &format!("{}/pets", s.base),
        &[],
        Some(r#"{"tag":"bird","extra":1}"#),
    );
    assert_eq!(r.status, 422);
    let v = r.json();
    assert_eq!(
        v["type"],
        json!("https://stoplight.io/prism/errors#UNPROCESSABLE_ENTITY")
    );
    let validation = v["validation"].as_array().unwrap();
    assert_eq!(validation[0]["code"], json!("required"));
    assert_eq!(
        validation[0]["message"],
        json!("Request body must have required property 'name'")
    );
    assert!(
        validation
            .iter()
            .any(|e| e["location"] == json!(["body", "tag"]) && e["code"] == json!("enum"))
    );
    assert!(
        validation
            .iter()
            .any(|e| e["code"] == json!("additionalProperties"))
    );
    let header: serde_json::Value =
        serde_json::from_str(r.header("sl-violations").unwrap()).unwrap();
    assert_eq!(header[0]["location"][0], json!("request"));

    // Path and query parameters are coerced, then validated.
    let r = get(&format!("{}/pets/abc", s.base));
    assert_eq!(r.status, 422);
    assert_eq!(
        r.json()["validation"][0]["message"],
        json!("Request path parameter id must be integer")
    );
    let r = get(&format!("{}/pets?limit=0", s.base));
    assert_eq!(r.status, 422);
    assert_eq!(
        r.json()["validation"][0]["location"],
        json!(["query", "limit"])
    );
    assert_eq!(get(&format!("{}/pets?limit=5", s.base)).status, 200);

    // Wrong media type: 415.
    let r = call(
        "POST",
        &format!("{}/pets", s.base),
        &[("content-type", "text/plain")],
        Some("name=x"),
    );
    assert_eq!(r.status, 415);

    // Security before anything else, with a challenge.
    let r = get(&format!("{}/secret", s.base));
    assert_eq!(r.status, 401);
    assert_eq!(r.header("www-authenticate"), Some("Basic realm=\"*\""));
    let r = call(
        "GET",
        &format!("{}/secret", s.base),
        &[("authorization", "Basic dXNlcjpwYXNz")],
        None,
    );
    assert_eq!(r.status, 200);
    assert_eq!(r.body, "hidden");
}

#[test]
fn dynamic_responses_are_repeatable_with_a_seed() {
    let (_dir, spec) = pets();
    let fetch = || {
        let s = start(&["-d", "--seed", "42", &spec]);
        let a = get(&format!("{}/pets/1", s.base)).json();
        let b = get(&format!("{}/pets", s.base)).json();
        (a, b)
    };
    let first = fetch();
    let second = fetch();
    assert_eq!(first, second, "same seed, same responses");
    let pet = &first.0;
    assert!(pet["id"].as_i64().unwrap() >= 1);
    let uid = pet["uid"].as_str().unwrap();
    assert_eq!(uid.len(), 36, "uuid format: {uid}");
    assert!(["dog", "cat"].contains(&pet["tag"].as_str().unwrap()));
    // Without a seed, two answers differ.
    let s = start(&["-d", &spec]);
    let a = get(&format!("{}/pets/1", s.base)).body;
    let b = get(&format!("{}/pets/1", s.base)).body;
    assert_ne!(a, b);
}

#[test]
fn cors_is_on_by_default_and_can_be_turned_off() {
    let (_dir, spec) = pets();
    let s = start(&[&spec]);
    let url = format!("{}/pets", s.base);
    let r = call("GET", &url, &[("origin", "http://app.example")], None);
    assert_eq!(
        r.header("access-control-allow-origin"),
        Some("http://app.example")
    );
    assert_eq!(r.header("access-control-allow-credentials"), Some("true"));
    let r = call(
        "OPTIONS",
        &url,
        &[
            ("origin", "http://app.example"),
            ("access-control-request-method", "POST"),
        ],
        None,
    );
    assert_eq!(r.status, 204);
    assert_eq!(r.header("access-control-allow-methods"), Some("POST"));

    let off = start(&["--cors=false", &spec]);
    let url = format!("{}/pets", off.base);
    let r = call("GET", &url, &[("origin", "http://app.example")], None);
    assert_eq!(r.header("access-control-allow-origin"), None);
    let r = call(
        "OPTIONS",
        &url,
        &[
            ("origin", "http://app.example"),
            ("access-control-request-method", "POST"),
        ],
        None,
    );
    assert_eq!(r.status, 405);
}

#[test]
fn stateful_collections_create_read_update_delete() {
    let (_dir, spec) = pets();
    let s = start(&["--stateful", &spec]);
    let base = format!("{}/pets", s.base);
    assert_eq!(get(&base).json(), json!([]));
    let created = call("POST", &base, &[], Some(r#"{"name":"Rex","tag":"dog"}"#));
    assert_eq!(created.status, 201);
    let pet = created.json();
    assert_eq!(pet["name"], json!("Rex"));
    let id = pet["id"].as_i64().expect("generated id");
    let one = get(&format!("{base}/{id}"));
    assert_eq!(one.status, 200);
    assert_eq!(one.json(), pet);
    let list = get(&base).json();
    assert_eq!(list.as_array().unwrap().len(), 1);
    let updated = call(
        "PUT",
        &format!("{base}/{id}"),
        &[],
        Some(r#"{"name":"Max"}"#),
    );
    assert_eq!(updated.status, 200);
    assert_eq!(updated.json()["name"], json!("Max"));
    assert_eq!(get(&format!("{base}/{id}")).json()["name"], json!("Max"));
    // Still validated against the spec.
    let bad = call("PUT", &format!("{base}/{id}"), &[], Some(r#"{"name":"M"}"#));
    assert_eq!(bad.status, 422);
    assert_eq!(
        call("DELETE", &format!("{base}/{id}"), &[], None).status,
        204
    );
    assert_eq!(get(&format!("{base}/{id}")).status, 404);
}

#[test]
fn several_specs_in_one_process_under_prefixes() {
    let (dir, spec) = pets();
    let other = write(
        dir.path(),
        "other.yaml",
        "openapi: 3.1.0\ninfo: {title: o, version: '1'}\npaths:\n  /ping:\n    get:\n      responses:\n        '200': {description: ok, content: {text/plain: {example: pong}}}\n",
    );
    let mount_a = format!("/api/v1/a={spec}");
    let mount_b = format!("/b={}", other.display());
    let s = start(&["--mount", &mount_a, "--mount", &mount_b]);
    assert_eq!(get(&format!("{}/api/v1/a/pets/1", s.base)).status, 200);
    let r = get(&format!("{}/b/ping", s.base));
    assert_eq!((r.status, r.body.as_str()), (200, "pong"));
    assert_eq!(get(&format!("{}/pets/1", s.base)).status, 404);
}

#[test]
fn multi_file_specs_resolve_relative_refs() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("schemas")).unwrap();
    write(
        dir.path(),
        "schemas/thing.yaml",
        "Thing:\n  type: object\n  required: [code]\n  properties:\n    code: {type: string, example: T-1}\n    part: {$ref: '#/Part'}\nPart:\n  type: object\n  properties:\n    n: {type: integer, example: 3}\n",
    );
    let spec = write(
        dir.path(),
        "main.yaml",
        "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /things:\n    post:\n      requestBody:\n        content:\n          application/json:\n            schema: {$ref: 'schemas/thing.yaml#/Thing'}\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema: {$ref: './schemas/thing.yaml#/Thing'}\n",
    );
    let s = start(&[&spec.to_string_lossy()]);
    let url = format!("{}/things", s.base);
    let r = call("POST", &url, &[], Some(r#"{"code":"x"}"#));
    assert_eq!(r.json(), json!({"code": "T-1", "part": {"n": 3}}));
    assert_eq!(call("POST", &url, &[], Some(r#"{"part":{}}"#)).status, 422);
}

#[test]
fn edited_specs_reload_and_bad_edits_keep_the_last_good_one() {
    let dir = tempfile::tempdir().unwrap();
    let text = |word: &str| {
        format!(
            "openapi: 3.0.3\ninfo: {{title: r, version: '1'}}\npaths:\n  /word:\n    get:\n      responses:\n        '200': {{description: ok, content: {{text/plain: {{example: {word}}}}}}}\n"
        )
    };
    let spec = write(dir.path(), "r.yaml", &text("one"));
    let s = start(&[&spec.to_string_lossy()]);
    let url = format!("{}/word", s.base);
    assert_eq!(get(&url).body, "one");
    let wait_for = |want: &str| {
        let deadline = Instant::now() + Duration::from_secs(10);
        while get(&url).body != want {
            assert!(Instant::now() < deadline, "never served {want}");
            std::thread::sleep(Duration::from_millis(50));
        }
    };
    // Some filesystems keep one-second mtimes: make sure the edit looks newer.
    std::thread::sleep(Duration::from_millis(1100));
    write(dir.path(), "r.yaml", &text("two"));
    wait_for("two");
    std::thread::sleep(Duration::from_millis(1100));
    write(dir.path(), "r.yaml", "openapi: 3.0.3\npaths: [\n");
    std::thread::sleep(Duration::from_millis(1000));
    assert_eq!(
        get(&url).body,
        "two",
        "a broken edit must not take the spec down"
    );
}

/// Runs the server on `spec`, expecting it to refuse: (exit code, stderr).
fn refused(spec: &std::path::Path) -> (Option<i32>, String) {
    let out = std::process::Command::new(support::binary())
        .args(["mock", "-p", &support::free_port().to_string()])
        .arg(spec)
        .output()
        .unwrap();
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn malformed_specs_exit_2_with_file_and_location() {
    let dir = tempfile::tempdir().unwrap();
    let bad = write(
        dir.path(),
        "bad.yaml",
        "openapi: 3.0.3\npaths:\n  /a:\n    get: [\n",
    );
    let (code, err) = refused(&bad);
    assert_eq!(code, Some(2));
    let shown = format!("{}:", bad.display());
    assert!(err.contains(&shown), "{err}");
    assert_eq!(err.trim().lines().count(), 1, "one line: {err}");

    let no_ref = write(
        dir.path(),
        "ref.yaml",
        "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n      responses:\n        '200': {$ref: '#/components/responses/Nope'}\n",
    );
    let (code, err) = refused(&no_ref);
    assert_eq!(code, Some(2));
    assert!(
        err.contains(
            "/paths/~1a/get/responses/200/$ref: unresolvable reference #/components/responses/Nope"
        ),
        "{err}"
    );
}

#[test]
fn docs_flag_serves_health_document_and_swagger_ui() {
    let (_dir, spec) = pets();
    let s = start(&["--docs", &spec]);
    let r = get(&format!("{}/healthz", s.base));
    assert_eq!((r.status, r.json()), (200, json!({"status": "ok"})));
    let doc = get(&format!("{}/docs/openapi.json", s.base)).json();
    assert_eq!(doc["info"]["title"], json!("pets"));
    let page = get(&format!("{}/docs/", s.base));
    assert_eq!(page.status, 200);
    assert!(page.body.contains("swagger"), "{}", page.body);
    // Without --docs these paths belong to the spec (404 here).
    let plain = start(&[&spec]);
    assert_eq!(get(&format!("{}/healthz", plain.base)).status, 404);
}

#[test]
fn delay_holds_every_answer() {
    let (_dir, spec) = pets();
    let s = start(&["--delay", "300", &spec]);
    let t = Instant::now();
    assert_eq!(get(&format!("{}/pets/1", s.base)).status, 200);
    assert!(
        t.elapsed() >= Duration::from_millis(300),
        "{:?}",
        t.elapsed()
    );
}

#[test]
fn editing_a_referenced_file_reloads_the_spec() {
    let dir = tempfile::tempdir().unwrap();
    let schema = |example: &str| format!("Word:\n  type: string\n  example: {example}\n");
    write(dir.path(), "word.yaml", &schema("first"));
    let spec = write(
        dir.path(),
        "main.yaml",
        "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /w:\n    get:\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema: {$ref: 'word.yaml#/Word'}\n",
    );
    let s = start(&[&spec.to_string_lossy()]);
    let url = format!("{}/w", s.base);
    assert_eq!(get(&url).json(), json!("first"));
    std::thread::sleep(Duration::from_millis(1100));
    write(dir.path(), "word.yaml", &schema("second"));
    let deadline = Instant::now() + Duration::from_secs(10);
    while get(&url).json() != json!("second") {
        assert!(
            Instant::now() < deadline,
            "the $ref'd edit was not picked up"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn a_body_over_the_limit_is_a_413_problem_and_closes_the_connection() {
    use std::io::{Read, Write};
    let (_dir, spec) = pets();
    let server = start(&[&spec]);
    // Announced by Content-Length: answered before a byte of it is sent.
    let mut stream = std::net::TcpStream::connect(("127.0.0.1", server.port)).unwrap();
    stream
        .write_all(
            b"POST /pets HTTP/1.1\r\nhost: t\r\ncontent-type: application/json\r\n\
              content-length: 20000000\r\n\r\n",
        )
        .unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    let mut answer = String::new();
    let _ = stream.read_to_string(&mut answer);
    assert!(answer.starts_with("HTTP/1.1 413"), "{answer}");
    let lower = answer.to_ascii_lowercase();
    assert!(
        lower.contains("content-type: application/problem+json"),
        "{answer}"
    );
    assert!(lower.contains("connection: close"), "{answer}");
    assert!(answer.contains("larger than the limit"), "{answer}");

    // Streamed without a length: caught while reading.
    let chunk = "x".repeat(1024 * 1024);
    let chunks: Vec<&str> = std::iter::repeat_n(chunk.as_str(), 17).collect();
    let mut stream = std::net::TcpStream::connect(("127.0.0.1", server.port)).unwrap();
    stream
        .write_all(
            b"POST /pets HTTP/1.1\r\nhost: t\r\ncontent-type: application/json\r\n\
              transfer-encoding: chunked\r\n\r\n",
        )
        .unwrap();
    for c in chunks {
        if write!(stream, "{:x}\r\n{c}\r\n", c.len()).is_err() {
            break;
        }
    }
    let _ = stream.write_all(b"0\r\n\r\n");
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    let mut answer = String::new();
    let _ = stream.read_to_string(&mut answer);
    assert!(answer.starts_with("HTTP/1.1 413"), "{answer}");
}

#[test]
fn prism_arguments_as_yargs_reads_them_start_the_server() {
    let (_dir, spec) = pets();
    let s = start(&[
        "--ignoreExamples=false",
        "--cors",
        "false",
        "--errors",
        "false",
        "-m",
        "false",
        "--dynamic=false",
        "--seed",
        "abc",
        "-v",
        "warn",
        &spec,
    ]);
    let r = call(
        "GET",
        &format!("{}/pets", s.base),
        &[("origin", "https://a.example")],
        None,
    );
    assert_eq!(r.status, 200);
    assert_eq!(
        r.header("access-control-allow-origin"),
        None,
        "--cors false"
    );
}

/// Sub-resources, collections below an item, and what the store never saw.
const GARAGE: &str = r#"
openapi: 3.0.3
info: {title: garage, version: "1"}
paths:
  /cars:
    post:
      requestBody:
        content:
          application/json:
            schema: {$ref: '#/components/schemas/Car'}
      responses:
        '201': {description: made, content: {application/json: {schema: {$ref: '#/components/schemas/Car'}}}}
  /cars/{vin}:
    parameters: [{name: vin, in: path, required: true, schema: {type: string}}]
    get:
      responses:
        '200': {description: one, content: {application/json: {schema: {$ref: '#/components/schemas/Car'}}}}
        '404': {description: none}
    delete:
      responses:
        '204': {description: gone}
  /cars/{vin}/booking:
    parameters: [{name: vin, in: path, required: true, schema: {type: string}}]
    post:
      requestBody:
        content:
          application/json:
            schema: {$ref: '#/components/schemas/Booking'}
      responses:
        '201': {description: booked, content: {application/json: {schema: {$ref: '#/components/schemas/Booking'}}}}
    get:
      responses:
        '200': {description: the booking, content: {application/json: {schema: {$ref: '#/components/schemas/Booking'}}}}
        '404': {description: no booking}
    delete:
      responses:
        '204': {description: cancelled}
  /cars/{vin}/parts:
    parameters: [{name: vin, in: path, required: true, schema: {type: string}}]
    get:
      responses:
        '200': {description: parts, content: {application/json: {schema: {type: array, items: {$ref: '#/components/schemas/Part'}}}}}
    post:
      requestBody:
        content:
          application/json:
            schema: {$ref: '#/components/schemas/Part'}
      responses:
        '201': {description: added, content: {application/json: {schema: {$ref: '#/components/schemas/Part'}}}}
  /cars/{vin}/parts/{id}:
    parameters:
      - {name: vin, in: path, required: true, schema: {type: string}}
      - {name: id, in: path, required: true, schema: {type: integer}}
    get:
      responses:
        '200': {description: part, content: {application/json: {schema: {$ref: '#/components/schemas/Part'}}}}
  /settings/{owner}:
    parameters: [{name: owner, in: path, required: true, schema: {type: string}}]
    get:
      responses:
        '200':
          description: settings
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Settings'}
              example: {owner: someone, email: false}
    put:
      requestBody:
        content:
          application/json:
            schema: {$ref: '#/components/schemas/Settings'}
      responses:
        '200': {description: saved, content: {application/json: {schema: {$ref: '#/components/schemas/Settings'}}}}
components:
  schemas:
    Car:
      type: object
      required: [vin]
      properties:
        vin: {type: string}
        lift: {type: integer, format: int64, minimum: 1}
    Booking:
      type: object
      required: [day]
      properties:
        day: {type: string}
    Part:
      type: object
      required: [id, name]
      properties:
        id: {type: integer}
        name: {type: string}
    Settings:
      type: object
      required: [owner, email]
      properties:
        owner: {type: string}
        email: {type: boolean}
"#;

#[test]
fn stateful_sub_resources_nested_collections_and_unknown_ids() {
    let (_dir, spec) = spec_file("garage.yaml", GARAGE);
    let s = start(&["--stateful", &spec]);
    let cars = format!("{}/cars", s.base);
    let post = |url: &str, body: &str| call("POST", url, &[], Some(body));
    assert_eq!(post(&cars, r#"{"vin":"A1"}"#).status, 201);
    assert_eq!(post(&cars, r#"{"vin":"B2"}"#).status, 201);
    // int64 is a signed 64-bit integer: 2^63 does not fit.
    let big = post(&cars, r#"{"vin":"C3","lift":9223372036854775808}"#);
    assert_eq!(big.status, 422, "{}", big.body);
    // A booking exists once made, and is gone once cancelled.
    let booking = format!("{cars}/A1/booking");
    assert_eq!(get(&booking).status, 404, "no booking yet");
    assert_eq!(post(&booking, r#"{"day":"monday"}"#).status, 201);
    assert_eq!(get(&booking).json()["day"], json!("monday"));
    assert_eq!(call("DELETE", &booking, &[], None).status, 204);
    assert_eq!(get(&booking).status, 404);
    // Each car has its own parts.
    let parts_a = format!("{cars}/A1/parts");
    assert_eq!(post(&parts_a, r#"{"id":1,"name":"filter"}"#).status, 201);
    assert_eq!(get(&parts_a).json().as_array().map(Vec::len), Some(1));
    assert_eq!(get(&format!("{cars}/B2/parts")).json(), json!([]));
    // Deleting a car deletes what hangs from it.
    assert_eq!(post(&booking, r#"{"day":"friday"}"#).status, 201);
    assert_eq!(call("DELETE", &format!("{cars}/A1"), &[], None).status, 204);
    assert_eq!(get(&format!("{cars}/A1")).status, 404);
    assert_eq!(get(&booking).status, 404);
    assert_eq!(get(&format!("{parts_a}/1")).status, 404);
    // Created again: nothing of the old one comes back.
    assert_eq!(post(&cars, r#"{"vin":"A1"}"#).status, 201);
    assert_eq!(get(&format!("{cars}/A1")).status, 200);
    assert_eq!(get(&booking).status, 404);
    assert_eq!(get(&parts_a).json(), json!([]));
    // An id the store never saw, on an operation without a 404: the mock's own answer (the
    // contract has no other), and a PUT stores it.
    let settings = format!("{}/settings/ana", s.base);
    let first = get(&settings);
    assert_eq!(first.status, 200);
    assert_eq!(first.json(), json!({"owner": "someone", "email": false}));
    let put = call(
        "PUT",
        &settings,
        &[],
        Some(r#"{"owner":"ana","email":true}"#),
    );
    assert_eq!(put.status, 200);
    assert_eq!(
        get(&settings).json(),
        json!({"owner": "ana", "email": true})
    );
}

/// Sends `GET path` with `headers` over a raw connection (no client-side head limit) and
/// returns the whole answer as text.
fn raw_get(port: u16, path: &str, headers: &[(String, String)]) -> String {
    use std::io::{Read, Write};
    let mut request = format!("GET {path} HTTP/1.1\r\nhost: t\r\nconnection: close\r\n");
    for (name, value) in headers {
        request.push_str(&format!("{name}: {value}\r\n"));
    }
    request.push_str("\r\n");
    let mut stream = std::net::TcpStream::connect(("127.0.0.1", port)).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    stream.write_all(request.as_bytes()).unwrap();
    let mut answer = String::new();
    let _ = stream.read_to_string(&mut answer);
    answer
}

#[test]
fn oversized_heads_get_a_431_problem_naming_the_largest_field() {
    let (_dir, spec) = pets();
    let server = start(&[&spec]);
    let one = |name: &str, size: usize| vec![(name.to_string(), "b".repeat(size))];
    let fine = raw_get(server.port, "/pets/1", &one("x-note", 1000));
    assert!(fine.starts_with("HTTP/1.1 200"), "{fine}");
    // Below hyper's default head buffer and above it (hyper alone served the first and answered
    // the second with an empty 431), up to what a gateway passes on (1 MiB).
    for size in [100_000, 600_000, 1_000_000] {
        let answer = raw_get(server.port, "/pets/1", &one("x-big", size));
        assert!(answer.starts_with("HTTP/1.1 431"), "{size}: {answer}");
        assert!(
            answer.contains("content-type: application/problem+json"),
            "{answer}"
        );
        assert!(
            answer.contains("`x-big`") && answer.contains("65536"),
            "{answer}"
        );
    }
    let many: Vec<(String, String)> = (0..150)
        .map(|i| (format!("x-field-{i}"), "v".to_string()))
        .collect();
    let answer = raw_get(server.port, "/pets/1", &many);
    assert!(answer.starts_with("HTTP/1.1 431"), "{answer}");
    assert!(answer.contains("over the limit of 100"), "{answer}");
}
