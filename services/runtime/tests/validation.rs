//! Request validation through real HTTP: parameters coerced and defaulted, bodies checked, and
//! every failure answered as problem+json naming the failing field.

mod common;

use common::{client, errors, get, post_json, problem, spawn_default};
use serde_json::{Value, json};

async fn get_json(url: &str) -> Value {
    let response = client().get(url).send().await.expect("request");
    assert_eq!(response.status(), 200, "{url}");
    response.json().await.expect("echo is JSON")
}

fn has(errors: &[(String, String)], pointer: &str, detail: &str) -> bool {
    errors.iter().any(|(p, d)| p == pointer && d == detail)
}

#[tokio::test]
async fn query_parameters_are_coerced_and_defaulted() {
    let base = spawn_default().await;
    let echo = get_json(&format!(
        "{base}/piezas?page=2&tags=ab&tags=cd&ids=1,2,3&activo=true&precio_max=9.5\
         &desde=2024-05-31&filtro%5Bmarca%5D=Bosch&filtro%5Bstock_min%5D=3&otro=ignorado"
    ))
    .await;
    assert_eq!(echo["operation"], "listar_piezas");
    assert_eq!(
        echo["query"],
        json!({
            "page": 2,
            "page_size": 20,
            "ordering": "ASC",
            "tags": ["ab", "cd"],
            "ids": [1, 2, 3],
            "activo": true,
            "precio_max": 9.5,
            "desde": "2024-05-31",
            "filtro": { "marca": "Bosch", "stock_min": 3 }
        })
    );
    assert_eq!(echo["body"], Value::Null);
}

#[tokio::test]
async fn absent_optional_parameters_get_defaults_or_stay_absent() {
    let base = spawn_default().await;
    let echo = get_json(&format!("{base}/piezas")).await;
    assert_eq!(
        echo["query"],
        json!({ "page": 1, "page_size": 20, "ordering": "ASC" })
    );
}

#[tokio::test]
async fn bad_query_parameters_are_400_with_one_pointer_each() {
    let base = spawn_default().await;
    let cases = [
        ("page=0", "/query/page", "must be at least 1"),
        ("page=abc", "/query/page", "must be an integer"),
        ("page=1.5", "/query/page", "must be an integer"),
        ("page_size=101", "/query/page_size", "must be at most 100"),
        (
            "ordering=UP",
            "/query/ordering",
            r#"must be one of "ASC", "DESC""#,
        ),
        (
            "tags=a",
            "/query/tags/0",
            "must be at least 2 characters long",
        ),
        ("ids=1,x,3", "/query/ids/1", "must be an integer"),
        ("activo=yes", "/query/activo", "must be true or false"),
        (
            "precio_max=0",
            "/query/precio_max",
            "must be greater than 0",
        ),
        ("precio_max=barato", "/query/precio_max", "must be a number"),
        (
            "desde=31-05-2024",
            "/query/desde",
            "must be a date (YYYY-MM-DD)",
        ),
        (
            "page=1&page=2",
            "/query/page",
            "`page` given more than once",
        ),
        (
            "filtro%5Bstock_min%5D=mucho",
            "/query/filtro/stock_min",
            "must be an integer",
        ),
    ];
    for (query, pointer, detail) in cases {
        let response = get(format!("{base}/piezas?{query}")).await;
        let body = problem(response, 400).await;
        assert_eq!(
            errors(&body),
            vec![(pointer.to_owned(), detail.to_owned())],
            "query {query}"
        );
    }
}

#[tokio::test]
async fn several_bad_parameters_are_reported_together() {
    let base = spawn_default().await;
    let response = get(format!("{base}/piezas?page=0&activo=yes")).await;
    let body = problem(response, 400).await;
    let errors = errors(&body);
    assert_eq!(errors.len(), 2, "{body}");
    assert!(has(&errors, "/query/page", "must be at least 1"));
    assert!(has(&errors, "/query/activo", "must be true or false"));
}

#[tokio::test]
async fn path_parameters_are_checked_and_coerced() {
    let base = spawn_default().await;
    let echo = get_json(&format!("{base}/piezas/A1234567-B")).await;
    assert_eq!(echo["path"], json!({ "numero_serie": "A1234567-B" }));

    let id = "6f9619ff-8b86-4011-b42d-00c04fc964ff";
    let echo = get_json(&format!("{base}/talleres/{id}/piezas/3")).await;
    assert_eq!(echo["path"], json!({ "taller_id": id, "cantidad": 3 }));

    let response = get(format!("{base}/piezas/a123")).await;
    let body = problem(response, 400).await;
    assert_eq!(
        errors(&body),
        vec![(
            "/path/numero_serie".to_owned(),
            "must match ^[A-Z][0-9]{7}-[A-Z]$".to_owned()
        )]
    );

    let response = get(format!("{base}/talleres/no-uuid/piezas/0")).await;
    let errors = errors(&problem(response, 400).await);
    assert!(
        has(&errors, "/path/taller_id", "must be a UUID"),
        "{errors:?}"
    );
    assert!(
        has(&errors, "/path/cantidad", "must be at least 1"),
        "{errors:?}"
    );
}

#[tokio::test]
async fn path_parameters_arrive_percent_decoded() {
    let base = spawn_default().await;
    // %2D is '-': the pattern sees the decoded value.
    let echo = get_json(&format!("{base}/piezas/A1234567%2DB")).await;
    assert_eq!(echo["path"]["numero_serie"], "A1234567-B");
}

#[tokio::test]
async fn header_parameters_are_named_as_in_the_contract() {
    let base = spawn_default().await;
    let response = client()
        .put(format!("{base}/piezas/A1234567-B"))
        .header("if-match", "\"v1\"")
        .header("x-intentos", "3")
        .header("x-lotes", "1, 2")
        .header("x-lotes", "3")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let echo: Value = response.json().await.unwrap();
    assert_eq!(
        echo["headers"],
        json!({ "If-Match": "\"v1\"", "X-Intentos": 3, "X-Lotes": [1, 2, 3] })
    );
    assert_eq!(echo["body"], Value::Null, "optional body may be absent");

    let response = client()
        .put(format!("{base}/piezas/A1234567-B"))
        .header("If-Match", "ab")
        .header("X-Intentos", "siete")
        .send()
        .await
        .unwrap();
    let found = errors(&problem(response, 400).await);
    assert!(
        has(
            &found,
            "/header/If-Match",
            "must be at least 3 characters long"
        ),
        "{found:?}"
    );
    assert!(
        has(&found, "/header/X-Intentos", "must be an integer"),
        "{found:?}"
    );

    let response = client()
        .put(format!("{base}/piezas/A1234567-B"))
        .header("X-Intentos", "7")
        .send()
        .await
        .unwrap();
    let found = errors(&problem(response, 400).await);
    assert_eq!(
        found,
        vec![(
            "/header/X-Intentos".to_owned(),
            "must be at most 5".to_owned()
        )]
    );
}

fn valid_pieza() -> Value {
    json!({
        "numero_serie": "A1234567-B",
        "nombre": "Filtro de aceite",
        "precio": 12.5,
        "stock": 999,
        "proveedor_id": "6f9619ff-8b86-4011-b42d-00c04fc964ff",
        "contacto": "compras@taller.example",
        "fecha_alta": "2024-02-29",
        "revisado": "2024-05-31T09:30:00Z",
        "nota": null,
        "categoria": null,
        "sustituye": null,
        "equivalencias": [{ "nombre": "OC 90", "fabricante": "Mahle" }],
        "kit": { "nombre": "k", "partes": [{ "nombre": "p", "partes": [] }] }
    })
}

#[tokio::test]
async fn a_valid_body_is_parsed_and_read_only_fields_are_not_required() {
    let base = spawn_default().await;
    let response = post_json(format!("{base}/piezas"), &valid_pieza()).await;
    assert_eq!(response.status(), 200);
    let echo: Value = response.json().await.unwrap();
    assert_eq!(echo["body"], valid_pieza());

    let response = client()
        .post(format!("{base}/piezas"))
        .header("content-type", "application/json; charset=utf-8")
        .body(r#"{"numero_serie":"Z7654321-Q","nombre":"x","precio":1,"categoria":"frenos"}"#)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200, "media type parameters are allowed");
}

#[tokio::test]
async fn body_schema_failures_are_422_with_a_pointer_per_field() {
    let base = spawn_default().await;
    let mut pieza = valid_pieza();
    pieza["numero_serie"] = json!("a123");
    pieza.as_object_mut().unwrap().remove("nombre");
    pieza["color"] = json!("rojo");
    pieza["precio"] = json!(0);
    pieza["stock"] = json!(1000);
    pieza["proveedor_id"] = json!("no-es-uuid");
    pieza["contacto"] = json!("sin arroba");
    pieza["fecha_alta"] = json!("2024-13-01");
    pieza["revisado"] = json!("ayer");
    pieza["categoria"] = json!("ruedas");
    pieza["sustituye"] = json!("nope");
    pieza["equivalencias"] = json!([{ "fabricante": "x" }, { "nombre": "y", "extra": 1 }]);
    pieza["kit"] = json!({ "partes": [{ "partes": [{ "nombre": 5 }] }] });
    let response = post_json(format!("{base}/piezas"), &pieza).await;
    let body = problem(response, 422).await;
    let errors = errors(&body);
    let expected = [
        ("/numero_serie", "must match ^[A-Z][0-9]{7}-[A-Z]$"),
        ("/nombre", "required"),
        ("/color", "unknown field"),
        ("/precio", "must be greater than 0"),
        ("/stock", "must be less than 1000"),
        ("/proveedor_id", "must be a UUID"),
        ("/contacto", "must be an email address"),
        ("/fecha_alta", "must be a date (YYYY-MM-DD)"),
        (
            "/revisado",
            "must be a date-time (RFC 3339, e.g. 2024-05-31T09:30:00Z)",
        ),
        ("/categoria", r#"must be one of "motor", "frenos", null"#),
        ("/equivalencias/0/nombre", "required"),
        ("/equivalencias/1/extra", "unknown field"),
        ("/kit/partes/0/partes/0/nombre", "must be a string"),
    ];
    for (pointer, detail) in expected {
        assert!(
            has(&errors, pointer, detail),
            "missing {pointer}: {detail} in {errors:#?}"
        );
    }
    assert!(
        errors.iter().any(|(p, _)| p == "/sustituye"),
        "nullable allOf still checks non-null values: {errors:#?}"
    );
    assert!(
        body["detail"].as_str().unwrap().contains("places"),
        "{body}"
    );
}

#[tokio::test]
async fn a_single_body_failure_is_spelled_out_in_the_detail() {
    let base = spawn_default().await;
    let mut pieza = valid_pieza();
    pieza["numero_serie"] = json!("A1234567B");
    let response = post_json(format!("{base}/piezas"), &pieza).await;
    let body = problem(response, 422).await;
    assert_eq!(
        body["detail"],
        "the request body breaks the contract: /numero_serie must match ^[A-Z][0-9]{7}-[A-Z]$"
    );
}

#[tokio::test]
async fn a_missing_required_body_is_400() {
    let base = spawn_default().await;
    let response = client()
        .post(format!("{base}/piezas"))
        .send()
        .await
        .unwrap();
    let body = problem(response, 400).await;
    assert_eq!(errors(&body), vec![(String::new(), "required".to_owned())]);
}

#[tokio::test]
async fn an_undeclared_content_type_is_415() {
    let base = spawn_default().await;
    for content_type in [Some("text/plain"), Some("application/xml"), None] {
        let mut request = client()
            .post(format!("{base}/piezas"))
            .body(valid_pieza().to_string());
        if let Some(content_type) = content_type {
            request = request.header("content-type", content_type);
        }
        let body = problem(request.send().await.unwrap(), 415).await;
        assert_eq!(
            errors(&body),
            vec![(
                "/header/Content-Type".to_owned(),
                "must be application/json".to_owned()
            )],
            "{content_type:?}"
        );
    }
    // A second declared media type is accepted.
    let response = client()
        .put(format!("{base}/piezas/A1234567-B"))
        .header("content-type", "application/merge-patch+json")
        .body(r#"{"precio": 3}"#)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let echo: Value = response.json().await.unwrap();
    assert_eq!(echo["body"], json!({ "precio": 3 }));
}

#[tokio::test]
async fn unparseable_json_is_400_saying_where() {
    let base = spawn_default().await;
    let response = client()
        .post(format!("{base}/piezas"))
        .header("content-type", "application/json")
        .body("{\"nombre\": ")
        .send()
        .await
        .unwrap();
    let body = problem(response, 400).await;
    let detail = body["detail"].as_str().unwrap();
    assert!(
        detail.starts_with("the request body is not valid JSON"),
        "{detail}"
    );
    assert!(detail.contains("line 1 column"), "{detail}");
    assert_eq!(errors(&body)[0].0, "");
}

#[tokio::test]
async fn parameter_errors_come_before_body_errors() {
    let base = spawn_default().await;
    let response = client()
        .put(format!("{base}/piezas/malo"))
        .header("content-type", "text/plain")
        .body("x")
        .send()
        .await
        .unwrap();
    let body = problem(response, 400).await;
    assert_eq!(errors(&body)[0].0, "/path/numero_serie");
}

#[tokio::test]
async fn the_nul_character_is_refused_in_any_string() {
    let base = spawn_default().await;
    let response = post_json(
        format!("{base}/piezas"),
        &json!({ "numero_serie": "A1234567-B", "nombre": "fre\u{0}nos", "precio": 1,
                 "notas\u{0}": "x" }),
    )
    .await;
    let body = problem(response, 422).await;
    let found = errors(&body);
    assert!(
        has(
            &found,
            "/nombre",
            "must not contain the NUL character (U+0000)"
        ),
        "{found:?}"
    );
    assert!(
        found
            .iter()
            .any(|(p, d)| p == "/notas\u{0}" && d.starts_with("its name")),
        "{found:?}"
    );
}

#[tokio::test]
async fn integers_beyond_64_bits_are_still_integers() {
    // JSON Schema's integers have no size limit; Schemathesis sends such values.
    let base = spawn_default().await;
    let echo = get_json(&format!("{base}/piezas?page=7643319135806229187187965952")).await;
    assert_eq!(echo["query"]["page"].as_f64(), Some(7.643319135806229e27));
    let response = client()
        .get(format!("{base}/piezas?page=-76433191358062291871879659520"))
        .send()
        .await
        .unwrap();
    let body = problem(response, 400).await;
    assert!(
        has(&errors(&body), "/query/page", "must be at least 1"),
        "{body}"
    );
    let response = client()
        .get(format!("{base}/piezas?page=12x"))
        .send()
        .await
        .unwrap();
    problem(response, 400).await;
}
