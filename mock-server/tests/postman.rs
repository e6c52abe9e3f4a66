//! A Postman collection as the spec: the real binary, over HTTP on 127.0.0.1.

mod support;

use serde_json::json;
use support::{call, start};

fn collection() -> String {
    format!("{}/tests/fixtures/postman.json", env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn a_collection_is_served_with_its_saved_responses() {
    let s = start(&[&collection()]);
    let key = [("x-api-key", "k")];
    let r = call("GET", &format!("{}/books/12", s.base), &key, None);
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(r.header("content-type"), Some("application/json"));
    assert_eq!(r.header("x-shelf"), Some("B7"));
    assert_eq!(r.json(), json!({"id": 12, "title": "Dune"}));
    let r = call(
        "GET",
        &format!("{}/books/12?__code=404", s.base),
        &key,
        None,
    );
    assert_eq!(r.status, 404);
    // Folders' requests and the request with its own (no) auth.
    let r = call("GET", &format!("{}/health", s.base), &[], None);
    assert_eq!((r.status, r.body.as_str()), (200, "up"));
    let r = call("GET", &format!("{}/nothing", s.base), &key, None);
    assert_eq!(r.status, 404);
}

#[test]
fn the_collections_api_key_is_required() {
    let s = start(&[&collection()]);
    let r = call("GET", &format!("{}/books/12", s.base), &[], None);
    assert_eq!(r.status, 401, "{}", r.body);
}

#[test]
fn request_bodies_are_checked_against_the_schema_inferred_from_the_example() {
    let s = start(&[&collection()]);
    let url = format!("{}/books", s.base);
    let key = [("x-api-key", "k")];
    let r = call(
        "POST",
        &url,
        &key,
        Some(r#"{"title": "Emma", "pages": 300}"#),
    );
    assert_eq!(r.status, 201, "{}", r.body);
    assert_eq!(r.json(), json!({"id": 13}));
    let r = call(
        "POST",
        &url,
        &key,
        Some(r#"{"title": "Emma", "pages": "many"}"#),
    );
    assert_eq!(r.status, 422, "{}", r.body);
    assert_eq!(
        r.json()["validation"][0]["location"],
        json!(["body", "pages"])
    );
    assert_eq!(
        r.json()["validation"][0]["message"],
        "Request body property pages must be integer"
    );
}
