//! Loading contracts: what compiles, and clear errors (with a pointer) for what does not.

use taller_runtime::Error;
use taller_runtime::contract::Contract;

static FIXTURE: &str = include_str!("fixtures/piezas.json");

fn contract_with(paths: &str, schemas: &str) -> String {
    format!(
        r#"{{"openapi":"3.0.3","info":{{"title":"t","version":"1"}},"paths":{paths},"components":{{"schemas":{schemas}}}}}"#
    )
}

#[test]
fn every_operation_compiles_and_unknown_ids_are_none() {
    let contract = Contract::from_json(FIXTURE).expect("fixture loads");
    for id in [
        "listar_piezas",
        "crear_pieza",
        "obtener_pieza",
        "actualizar_pieza",
        "borrar_pieza",
        "piezas_de_taller",
    ] {
        let operation = contract.operation(id).unwrap_or_else(|| panic!("{id}"));
        assert_eq!(operation.id(), id);
    }
    assert!(contract.operation("no_existe").is_none());
    assert!(contract.operation("").is_none());
    assert_eq!(contract.json(), FIXTURE);
}

#[test]
fn text_that_is_not_json_is_a_json_error() {
    assert!(matches!(
        Contract::from_json("openapi: 3.0.3"),
        Err(Error::Json(_))
    ));
}

#[test]
fn a_contract_without_paths_says_so() {
    let error = Contract::from_json(r#"{"openapi":"3.0.3"}"#).unwrap_err();
    assert_eq!(
        error.to_string(),
        "contract /paths: the contract has no paths"
    );
}

#[test]
fn an_unresolved_ref_names_where_it_is() {
    let json = contract_with(
        r##"{"/a":{"post":{"operationId":"a","requestBody":{"content":{"application/json":{"schema":{"$ref":"#/components/schemas/Nada"}}}},"responses":{}}}}"##,
        "{}",
    );
    match Contract::from_json(&json) {
        Err(Error::UnresolvedRef { pointer, reference }) => {
            assert_eq!(
                pointer,
                "/paths/~1a/post/requestBody/content/application~1json/schema"
            );
            assert_eq!(reference, "#/components/schemas/Nada");
        }
        other => panic!("expected an unresolved ref, got {other:?}"),
    }
}

#[test]
fn a_schema_that_does_not_compile_is_reported() {
    let json = contract_with(
        r##"{"/a":{"get":{"operationId":"a","parameters":[{"name":"q","in":"query","schema":{"type":"entero"}}],"responses":{}}}}"##,
        "{}",
    );
    match Contract::from_json(&json) {
        Err(Error::Schema { pointer, .. }) => {
            assert_eq!(pointer, "/paths/~1a/get/parameters/0/schema")
        }
        other => panic!("expected a schema error, got {other:?}"),
    }
}

#[test]
fn a_repeated_operation_id_is_an_error() {
    let json = contract_with(
        r#"{"/a":{"get":{"operationId":"x","responses":{}},"post":{"operationId":"x","responses":{}}}}"#,
        "{}",
    );
    let error = Contract::from_json(&json).unwrap_err();
    assert!(
        error
            .to_string()
            .contains("operationId \"x\" is used twice"),
        "{error}"
    );
}

#[test]
fn recursive_component_schemas_compile() {
    let json = contract_with(
        r##"{"/a":{"post":{"operationId":"a","requestBody":{"content":{"application/json":{"schema":{"$ref":"#/components/schemas/Arbol"}}}},"responses":{}}}}"##,
        r##"{"Arbol":{"type":"object","properties":{"hijos":{"type":"array","items":{"$ref":"#/components/schemas/Arbol"}}}}}"##,
    );
    assert!(Contract::from_json(&json).is_ok());
}
