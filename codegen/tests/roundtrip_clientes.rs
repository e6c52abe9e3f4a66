//! clientes: the generated router with an in-test implementation, called through the
//! generated client over HTTP on 127.0.0.1, with the contract's own examples as data.

mod support;

use clientes_client::Client;
use clientes_server::*;
use clientes_types as t;
use serde_json::json;
use support::*;

const ID: &str = "3f6c1d2e-8a4b-4c5d-9e7f-0a1b2c3d4e5f";

/// Answers the contract's examples and records what it received.
struct Clientes(Recorder);

impl ClientesApi for Clientes {
    type Error = std::convert::Infallible;
    type Principal = taller_runtime::jwt::Caller;

    async fn authenticate(
        &self,
        _: SecurityScheme,
        credential: Credential,
    ) -> Result<taller_runtime::jwt::Caller, Unauthorized> {
        authenticate(credential)
    }

    async fn list_clientes(
        &self,
        _: RequestContext<taller_runtime::jwt::Caller>,
        request: ListClientesRequest,
    ) -> Result<ListClientesResponse, std::convert::Infallible> {
        Ok({
            let dni = request.query.dni.map(|d| d.to_string());
            self.0.record(json!({ "dni": dni }));
            ListClientesResponse::Ok200(from_json(self.0.response("/clientes", "get", "200")))
        })
    }
    async fn create_cliente(
        &self,
        _: RequestContext<taller_runtime::jwt::Caller>,
        request: CreateClienteRequest,
    ) -> Result<CreateClienteResponse, std::convert::Infallible> {
        Ok({
            self.0.record(&request.body);
            CreateClienteResponse::Created201 {
                body: from_json(self.0.response("/clientes", "post", "201")),
                etag: Some("\"1\"".into()),
                location: Some(format!("/api/v1/clientes/{ID}")),
            }
        })
    }
    async fn get_cliente(
        &self,
        _: RequestContext<taller_runtime::jwt::Caller>,
        request: GetClienteRequest,
    ) -> Result<GetClienteResponse, std::convert::Infallible> {
        Ok({
            if request.path.cliente_id.to_string() != ID {
                return Ok(GetClienteResponse::NotFound404(problem(404)));
            }
            GetClienteResponse::Ok200 {
                body: from_json(
                    self.0
                        .examples
                        .response("/clientes/{cliente_id}", "get", "200"),
                ),
                etag: Some("\"1\"".into()),
            }
        })
    }
    async fn update_cliente(
        &self,
        _: RequestContext<taller_runtime::jwt::Caller>,
        request: UpdateClienteRequest,
    ) -> Result<UpdateClienteResponse, std::convert::Infallible> {
        Ok({
            match request.headers.if_match.as_deref() {
                None => UpdateClienteResponse::PreconditionRequired428(problem(428)),
                Some("\"1\"") => {
                    self.0.record(&request.body);
                    UpdateClienteResponse::Ok200 {
                        body: from_json(self.0.examples.response(
                            "/clientes/{cliente_id}",
                            "put",
                            "200",
                        )),
                        etag: Some("\"2\"".into()),
                    }
                }
                Some(_) => UpdateClienteResponse::PreconditionFailed412(problem(412)),
            }
        })
    }
    async fn delete_cliente(
        &self,
        _: RequestContext<taller_runtime::jwt::Caller>,
        request: DeleteClienteRequest,
    ) -> Result<DeleteClienteResponse, std::convert::Infallible> {
        Ok({
            match request.headers.if_match {
                Some(_) => DeleteClienteResponse::NoContent204,
                None => DeleteClienteResponse::PreconditionRequired428(problem(428)),
            }
        })
    }
}

async fn start() -> (String, Seen) {
    let (recorder, seen) = Recorder::new(CONTRACT_JSON);
    (serve(router(Clientes(recorder)), CONTRACT_JSON).await, seen)
}

fn uuid(s: &str) -> uuid::Uuid {
    s.parse().unwrap()
}

#[tokio::test]
async fn clientes_round_trip() {
    let examples = Examples::new(CONTRACT_JSON);
    let (base, seen) = start().await;
    let client = Client::with_bearer_token(&base, &token()).unwrap();

    let nuevo = examples.request("/clientes", "post");
    let created = client
        .create_cliente()
        .body(from_json::<t::ClienteNuevo>(nuevo.clone()))
        .send()
        .await
        .unwrap();
    assert_eq!(created.status().as_u16(), 201);
    assert_eq!(
        created.headers()["location"],
        format!("/api/v1/clientes/{ID}")
    );
    assert_eq!(created.headers()["etag"], "\"1\"");
    assert_eq!(
        serde_json::to_value(created.into_inner()).unwrap(),
        examples.response("/clientes", "post", "201")
    );

    let got = client
        .get_cliente()
        .cliente_id(uuid(ID))
        .send()
        .await
        .unwrap();
    assert_eq!(got.headers()["etag"], "\"1\"");
    let missing = client
        .get_cliente()
        .cliente_id(uuid::Uuid::nil())
        .send()
        .await
        .unwrap_err();
    assert_eq!(missing.status().map(|s| s.as_u16()), Some(404));

    let dni = nuevo["dni"].as_str().unwrap().to_string();
    let page = client
        .list_clientes()
        .dni(dni.as_str())
        .send()
        .await
        .unwrap();
    assert_eq!(
        serde_json::to_value(page.into_inner()).unwrap(),
        examples.response("/clientes", "get", "200")
    );

    let cambio = examples.request("/clientes/{cliente_id}", "put");
    let body = || from_json::<t::ClienteActualizacion>(cambio.clone());
    let e = client
        .update_cliente()
        .cliente_id(uuid(ID))
        .body(body())
        .send()
        .await
        .unwrap_err();
    assert_eq!(e.status().map(|s| s.as_u16()), Some(428));
    let e = client
        .update_cliente()
        .cliente_id(uuid(ID))
        .if_match("\"9\"")
        .body(body())
        .send()
        .await
        .unwrap_err();
    assert_eq!(e.status().map(|s| s.as_u16()), Some(412));
    let updated = client
        .update_cliente()
        .cliente_id(uuid(ID))
        .if_match("\"1\"")
        .body(body())
        .send()
        .await
        .unwrap();
    assert_eq!(updated.headers()["etag"], "\"2\"");

    let deleted = client
        .delete_cliente()
        .cliente_id(uuid(ID))
        .if_match("\"2\"")
        .send()
        .await
        .unwrap();
    assert_eq!(deleted.status().as_u16(), 204);

    let seen = seen.lock().unwrap().clone();
    assert_eq!(seen, vec![nuevo, json!({ "dni": dni }), cambio]);
}

#[tokio::test]
async fn invalid_requests_are_problems_naming_the_field() {
    let examples = Examples::new(CONTRACT_JSON);
    let (base, seen) = start().await;
    let mut bad = examples.request("/clientes", "post");
    bad["dni"] = json!("1234");
    let r = send_json("POST", &format!("{base}/clientes"), &bad).await;
    assert_problem(&r, 422, Some("/dni"));
    let r = raw("GET", &format!("{base}/clientes/42"), None, None, &[]).await;
    assert_problem(&r, 400, Some("/path/cliente_id"));
    let r = raw("GET", &format!("{base}/clientes?page=-1"), None, None, &[]).await;
    assert_problem(&r, 400, Some("/query/page"));
    assert_surface(&base, "/clientes", "PUT").await;
    assert!(
        seen.lock().unwrap().is_empty(),
        "invalid requests never reach the implementation"
    );
}

#[tokio::test]
async fn every_operation_is_protected_as_the_contract_says() {
    let (base, _) = start().await;
    assert_protected(&base, "clientes", "A0000001-B").await;
}
