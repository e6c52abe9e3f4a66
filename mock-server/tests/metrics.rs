//! `/metrics` of the mock (with `--docs`, beside the other container endpoints) over real
//! HTTP: mocked answers counted by operation, method and status, a refused request and an
//! example breaking its own schema counted as contract failures, a failed security check,
//! an unknown path and a probe counted apart; without `--docs` the spec answers `/metrics`.

mod support;

use support::{call, get, start, write};
use taller_runtime::metrics::ValidationFailure::{Request, Response};
use taller_runtime::metrics::{contract_failures, requests_answered, sample};

const SPEC: &str = r#"
openapi: 3.0.3
info: {title: piezas, version: "1"}
paths:
  /piezas:
    post:
      operationId: crear_pieza
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              required: [nombre]
              properties: {nombre: {type: string, minLength: 2}}
      responses:
        '201':
          description: created
          content:
            application/json:
              example: {id: 1, nombre: Filtro}
  /piezas/{id}:
    get:
      parameters:
        - {name: id, in: path, required: true, schema: {type: integer}}
      responses:
        '200':
          description: the example breaks the schema
          content:
            application/json:
              schema:
                type: object
                required: [id]
                properties: {id: {type: integer}}
              example: {id: "not a number"}
  /secreto:
    get:
      operationId: ver_secreto
      security: [{bearer: []}]
      responses:
        '200': {description: ok, content: {text/plain: {example: oculto}}}
components:
  securitySchemes:
    bearer: {type: http, scheme: bearer}
"#;

#[test]
fn metrics_count_mocked_requests_and_contract_failures() {
    let dir = tempfile::tempdir().unwrap();
    let spec = write(dir.path(), "piezas.yaml", SPEC);
    let s = start(&["--docs", &spec.to_string_lossy()]);
    let url = |path: &str| format!("{}{path}", s.base);
    let json = [("content-type", "application/json")];
    for _ in 0..2 {
        let r = call(
            "POST",
            &url("/piezas"),
            &json,
            Some(r#"{"nombre":"Filtro"}"#),
        );
        assert_eq!(r.status, 201);
    }
    let refused = call("POST", &url("/piezas"), &json, Some(r#"{"nombre":"F"}"#));
    assert_eq!(refused.status, 422);
    assert_eq!(get(&url("/piezas/3")).status, 200);
    assert_eq!(get(&url("/secreto")).status, 401);
    assert_eq!(get(&url("/no/such/path/42")).status, 404);
    assert_eq!(get(&url("/healthz")).status, 200);

    let scraped = get(&url("/metrics"));
    assert_eq!(scraped.status, 200);
    assert_eq!(
        scraped.header("content-type"),
        Some("text/plain; version=0.0.4; charset=utf-8")
    );
    let text = scraped.body;
    let requests = |operation, method, status| requests_answered(&text, operation, method, status);
    assert_eq!(requests("crear_pieza", "POST", "201"), Some(2.0));
    assert_eq!(requests("crear_pieza", "POST", "422"), Some(1.0));
    // Without an operationId, the method and the path template (never the raw path).
    assert_eq!(requests("GET /piezas/{id}", "GET", "200"), Some(1.0));
    assert_eq!(requests("ver_secreto", "GET", "401"), Some(1.0));
    assert_eq!(requests("unmatched", "GET", "404"), Some(1.0));
    assert_eq!(requests("healthz", "GET", "200"), Some(1.0));
    assert!(!text.contains("/piezas/3"), "{text}");
    assert!(!text.contains("/no/such"), "{text}");
    assert!(!text.contains("operation=\"metrics\""), "{text}");

    let failures = |operation, kind| contract_failures(&text, operation, kind);
    assert_eq!(failures("crear_pieza", Request), Some(1.0));
    assert_eq!(failures("crear_pieza", Response), None);
    assert_eq!(failures("GET /piezas/{id}", Response), Some(1.0));
    assert_eq!(
        failures("ver_secreto", Request),
        None,
        "security is no contract check"
    );

    let crear = [("operation", "crear_pieza")];
    assert_eq!(
        sample(&text, "taller_http_request_duration_seconds_count", &crear),
        Some(3.0)
    );
    assert_eq!(
        sample(&text, "taller_http_requests_in_flight", &[]),
        Some(0.0)
    );
}

#[test]
fn without_docs_the_spec_answers_metrics() {
    let dir = tempfile::tempdir().unwrap();
    let spec = write(dir.path(), "piezas.yaml", SPEC);
    let s = start(&[&spec.to_string_lossy()]);
    let r = get(&format!("{}/metrics", s.base));
    assert_eq!(
        r.status, 404,
        "Prism's NO_PATH_MATCHED, as without --docs /healthz is"
    );
}
