//! What the runtime costs a service: loading (compiling) a contract once at start-up, and
//! validating one request per call. Run: `cargo bench -p taller-runtime --bench validate`.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use http::HeaderMap;
use serde_json::json;
use taller_runtime::contract::{Contract, RawRequest};

static FIXTURE: &str = include_str!("../tests/fixtures/piezas.json");

fn recambios_json() -> String {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../specs/recambios.yaml");
    let text = std::fs::read_to_string(path).expect("specs/recambios.yaml");
    let value: serde_json::Value = serde_yaml_ng::from_str(&text).expect("YAML");
    value.to_string()
}

fn load(c: &mut Criterion) {
    let recambios = recambios_json();
    c.bench_function("load/fixture", |b| {
        b.iter(|| Contract::from_json(black_box(FIXTURE)).unwrap())
    });
    c.bench_function("load/recambios", |b| {
        b.iter(|| Contract::from_json(black_box(&recambios)).unwrap())
    });
}

fn validate(c: &mut Criterion) {
    let contract = Contract::from_json(FIXTURE).unwrap();
    let create = contract.operation("crear_pieza").unwrap();
    let list = contract.operation("listar_piezas").unwrap();
    let mut headers = HeaderMap::new();
    headers.insert("content-type", "application/json".parse().unwrap());
    let valid = json!({
        "numero_serie": "A1234567-B", "nombre": "Filtro de aceite", "precio": 12.5, "stock": 3,
        "proveedor_id": "6f9619ff-8b86-4011-b42d-00c04fc964ff", "contacto": "compras@taller.example",
        "fecha_alta": "2024-02-29", "revisado": "2024-05-31T09:30:00Z",
        "equivalencias": [{ "nombre": "OC 90", "fabricante": "Mahle" }]
    })
    .to_string();
    let invalid = json!({ "numero_serie": "a1", "precio": 0, "color": "rojo" }).to_string();

    c.bench_function("validate/body_valid", |b| {
        b.iter(|| {
            let request = RawRequest {
                path_params: &[],
                query: None,
                headers: &headers,
                body: valid.as_bytes(),
            };
            create.validate(black_box(&request)).unwrap()
        })
    });
    c.bench_function("validate/body_invalid_422", |b| {
        b.iter(|| {
            let request = RawRequest {
                path_params: &[],
                query: None,
                headers: &headers,
                body: invalid.as_bytes(),
            };
            create.validate(black_box(&request)).unwrap_err()
        })
    });
    let empty = HeaderMap::new();
    c.bench_function("validate/query_9_params", |b| {
        b.iter(|| {
            let request = RawRequest {
                path_params: &[],
                query: Some("page=2&page_size=50&ordering=DESC&tags=ab&tags=cd&ids=1,2,3&activo=true&precio_max=9.5&desde=2024-05-31"),
                headers: &empty,
                body: b"",
            };
            list.validate(black_box(&request)).unwrap()
        })
    });
    // The floor: what serde_json alone spends parsing the same body.
    c.bench_function("baseline/serde_json_parse", |b| {
        b.iter(|| serde_json::from_slice::<serde_json::Value>(black_box(valid.as_bytes())).unwrap())
    });
}

/// Response validation (`--validate-responses log|enforce`): a part as `get_recambio` answers
/// it, and a list page of 20 parts, checked against `specs/recambios.yaml`.
fn responses(c: &mut Criterion) {
    let recambios = recambios_json();
    let root: serde_json::Value = serde_json::from_str(&recambios).unwrap();
    let contract = Contract::from_json(&recambios).unwrap();
    let part = root["components"]["examples"]["RecambioFrenos"]["value"].clone();
    let page = json!({
        "items": vec![part.clone(); 20], "page": 1, "page_size": 20, "total": 1000,
        "total_pages": 50,
        "links": {
            "self": {"href": "/api/v1/recambios?page=1"}, "first": {"href": "/api/v1/recambios?page=1"},
            "last": {"href": "/api/v1/recambios?page=50"}, "next_page": {"href": "/api/v1/recambios?page=2"}
        }
    });
    let mut headers = HeaderMap::new();
    headers.insert("content-type", "application/json".parse().unwrap());
    headers.insert("etag", "\"1\"".parse().unwrap());
    let get = contract.operation("get_recambio").unwrap();
    let list = contract.operation("list_recambios").unwrap();
    let (part, page) = (part.to_string(), page.to_string());
    assert_eq!(
        get.response_violations(200, &headers, part.as_bytes()),
        vec![]
    );
    assert_eq!(
        list.response_violations(200, &headers, page.as_bytes()),
        vec![]
    );
    c.bench_function("response/get_recambio_200", |b| {
        b.iter(|| get.response_violations(200, black_box(&headers), black_box(part.as_bytes())))
    });
    c.bench_function("response/list_recambios_page_of_20", |b| {
        b.iter(|| list.response_violations(200, black_box(&headers), black_box(page.as_bytes())))
    });
}

criterion_group!(benches, load, validate, responses);
criterion_main!(benches);
