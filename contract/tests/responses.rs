//! Response validation: what a service answers, judged against its operation's declared
//! responses (status, headers, media type, body), with pointers naming the part that broke.

use http::{HeaderMap, HeaderValue, header};
use serde_json::json;
use taller_contract::validate::{Contract, FieldError};

fn contract() -> Contract {
    let doc = json!({
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/parts/{id}": {
                "get": {
                    "operationId": "get_part",
                    "responses": {
                        "200": {
                            "description": "the part",
                            "headers": {
                                "ETag": {"required": true, "schema": {"type": "string", "pattern": "^\"[0-9]+\"$"}},
                                "X-Count": {"$ref": "#/components/headers/Count"}
                            },
                            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Part"}}}
                        },
                        "204": {"description": "nothing"},
                        "4XX": {
                            "description": "a problem",
                            "content": {"application/problem+json": {"schema": {"type": "object", "required": ["status"], "properties": {"status": {"type": "integer"}}}}}
                        }
                    }
                }
            },
            "/open": {
                "get": {
                    "operationId": "open",
                    "responses": {"default": {"description": "anything", "content": {"text/plain": {}}}}
                }
            },
            "/silent": {
                "get": {"operationId": "silent"},
                "put": {"operationId": "extensions_only", "responses": {"x-note": "none"}}
            }
        },
        "components": {
            "headers": {"Count": {"schema": {"type": "integer", "minimum": 0}}},
            "schemas": {
                "Part": {
                    "type": "object",
                    "required": ["id", "precio", "secret"],
                    "properties": {
                        "id": {"type": "string"},
                        "precio": {"type": "number", "minimum": 0},
                        "secret": {"type": "string", "writeOnly": true}
                    }
                }
            }
        }
    });
    Contract::from_json(&doc.to_string()).expect("the contract compiles")
}

fn headers(pairs: &[(&'static str, &str)]) -> HeaderMap {
    let mut map = HeaderMap::new();
    for (name, value) in pairs {
        map.insert(*name, HeaderValue::from_str(value).unwrap());
    }
    map
}

fn pointers(errors: &[FieldError]) -> Vec<&str> {
    errors.iter().map(|e| e.pointer.as_str()).collect()
}

#[test]
fn a_response_as_declared_has_no_violations() {
    let op = contract().operation("get_part").unwrap();
    let h = headers(&[
        ("etag", "\"3\""),
        ("x-count", "2"),
        ("content-type", "application/json"),
    ]);
    // `secret` is writeOnly: a response may leave it out although it is required.
    let body = json!({"id": "a", "precio": 1.5}).to_string();
    assert_eq!(op.response_violations(200, &h, body.as_bytes()), vec![]);
    assert_eq!(op.response_violations(204, &HeaderMap::new(), b""), vec![]);
}

#[test]
fn an_undeclared_status_is_named_with_what_is_declared() {
    let op = contract().operation("get_part").unwrap();
    let errors = op.response_violations(500, &HeaderMap::new(), b"");
    assert_eq!(pointers(&errors), ["/status"]);
    assert!(errors[0].detail.contains("200, 204, 4XX"), "{errors:?}");
    assert!(!op.declares(500));
    assert!(op.declares(404), "4XX covers 404");
    assert!(
        contract().operation("open").unwrap().declares(500),
        "default covers all"
    );
}

#[test]
fn headers_missing_or_breaking_their_schema_are_named() {
    let op = contract().operation("get_part").unwrap();
    let body = json!({"id": "a", "precio": 1}).to_string();
    let missing = op.response_violations(
        200,
        &headers(&[("content-type", "application/json")]),
        body.as_bytes(),
    );
    assert_eq!(pointers(&missing), ["/header/ETag"]);
    let bad = headers(&[
        ("etag", "W/x"),
        ("x-count", "-1"),
        ("content-type", "application/json"),
    ]);
    let errors = op.response_violations(200, &bad, body.as_bytes());
    assert_eq!(
        pointers(&errors),
        ["/header/ETag", "/header/X-Count"],
        "{errors:?}"
    );
}

#[test]
fn bodies_are_checked_against_their_media_type_and_schema() {
    let op = contract().operation("get_part").unwrap();
    let ok_headers = |ct: &str| headers(&[("etag", "\"1\""), ("content-type", ct)]);
    let bad = json!({"id": 7, "precio": -1}).to_string();
    let errors = op.response_violations(200, &ok_headers("application/json"), bad.as_bytes());
    assert_eq!(
        pointers(&errors),
        ["/body/id", "/body/precio"],
        "{errors:?}"
    );
    let missing = op.response_violations(200, &ok_headers("application/json"), b"{}");
    assert_eq!(
        pointers(&missing),
        ["/body/id", "/body/precio"],
        "{missing:?}"
    );
    assert!(
        missing.iter().all(|e| e.detail == "required"),
        "{missing:?}"
    );
    let text = op.response_violations(200, &ok_headers("text/html"), b"<p>");
    assert_eq!(pointers(&text), ["/header/Content-Type"]);
    assert!(text[0].detail.contains("application/json"));
    let broken = op.response_violations(200, &ok_headers("application/json; charset=utf-8"), b"{");
    assert_eq!(pointers(&broken), ["/body"]);
    let problem = op.response_violations(
        404,
        &headers(&[("content-type", "application/problem+json")]),
        b"{}",
    );
    assert_eq!(pointers(&problem), ["/body/status"], "{problem:?}");
}

#[test]
fn a_body_where_none_is_declared_is_a_violation() {
    let op = contract().operation("get_part").unwrap();
    let errors = op.response_violations(
        204,
        &headers(&[("content-type", "application/json")]),
        b"{}",
    );
    assert_eq!(pointers(&errors), ["/body"]);
    let open = contract().operation("open").unwrap();
    let plain = headers(&[(header::CONTENT_TYPE.as_str(), "text/plain")]);
    assert_eq!(open.response_violations(503, &plain, b"down"), vec![]);
}

/// OpenAPI 3.1 makes `responses` optional: an operation that declares none (or only
/// extensions) may answer anything, with any body, as codegen generates it.
#[test]
fn an_operation_declaring_no_response_accepts_any_answer() {
    for id in ["silent", "extensions_only"] {
        let op = contract().operation(id).unwrap();
        assert!(op.declares(418), "{id}");
        let json = headers(&[("content-type", "application/json")]);
        assert_eq!(
            op.response_violations(200, &json, b"{\"a\": 1}"),
            vec![],
            "{id}"
        );
        assert_eq!(
            op.response_violations(503, &HeaderMap::new(), b""),
            vec![],
            "{id}"
        );
    }
    // One that declares responses still holds to them.
    let op = contract().operation("get_part").unwrap();
    assert!(
        !op.response_violations(500, &HeaderMap::new(), b"")
            .is_empty()
    );
}
