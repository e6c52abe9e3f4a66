//! trabajos: the generated router with an in-test implementation, called through the
//! generated client over HTTP on 127.0.0.1, with the contract's own examples as data.

mod support;

use serde_json::{Value, json};
use support::*;
use trabajos_client::Client;
use trabajos_server::*;
use trabajos_types as t;

const TRABAJO: &str = "3fa85f64-5717-4562-b3fc-2c963f66afa6";

/// Answers the contract's examples and records what it received.
struct Trabajos(Recorder);

impl Trabajos {
    fn example(&self, path: &str, method: &str, status: &str) -> Value {
        self.0.response(path, method, status)
    }
}

impl TrabajosApi for Trabajos {
    type Error = std::convert::Infallible;
    type Principal = taller_runtime::jwt::Caller;

    async fn authenticate(
        &self,
        _: SecurityScheme,
        credential: Credential,
    ) -> Result<taller_runtime::jwt::Caller, Unauthorized> {
        authenticate(credential)
    }

    async fn list_trabajos(
        &self,
        _: RequestContext<taller_runtime::jwt::Caller>,
        request: ListTrabajosRequest,
    ) -> Result<ListTrabajosResponse, std::convert::Infallible> {
        Ok({
            self.0.record(json!({ "estado": request.query.estado, "vin": request.query.vin.map(|v| v.to_string()) }));
            ListTrabajosResponse::Ok200(from_json(self.example("/trabajos", "get", "200")))
        })
    }
    async fn create_trabajo(
        &self,
        _: RequestContext<taller_runtime::jwt::Caller>,
        request: CreateTrabajoRequest,
    ) -> Result<CreateTrabajoResponse, std::convert::Infallible> {
        Ok({
            self.0.record(&request.body);
            CreateTrabajoResponse::Created201 {
                body: from_json(self.example("/trabajos", "post", "201")),
                etag: Some("\"1\"".into()),
                location: Some(format!("/api/v1/trabajos/{TRABAJO}")),
            }
        })
    }
    async fn list_tipos_trabajo(
        &self,
        _: RequestContext<taller_runtime::jwt::Caller>,
        _: ListTiposTrabajoRequest,
    ) -> Result<ListTiposTrabajoResponse, std::convert::Infallible> {
        Ok(ListTiposTrabajoResponse::ServiceUnavailable503(problem(
            503,
        )))
    }
    async fn create_tipo_trabajo(
        &self,
        _: RequestContext<taller_runtime::jwt::Caller>,
        request: CreateTipoTrabajoRequest,
    ) -> Result<CreateTipoTrabajoResponse, std::convert::Infallible> {
        Ok({
            self.0.record(&request.body);
            CreateTipoTrabajoResponse::Conflict409(problem(409))
        })
    }
    async fn get_tipo_trabajo(
        &self,
        _: RequestContext<taller_runtime::jwt::Caller>,
        _: GetTipoTrabajoRequest,
    ) -> Result<GetTipoTrabajoResponse, std::convert::Infallible> {
        Ok(GetTipoTrabajoResponse::NotFound404(problem(404)))
    }
    async fn update_tipo_trabajo(
        &self,
        _: RequestContext<taller_runtime::jwt::Caller>,
        _: UpdateTipoTrabajoRequest,
    ) -> Result<UpdateTipoTrabajoResponse, std::convert::Infallible> {
        Ok(UpdateTipoTrabajoResponse::ServiceUnavailable503(problem(
            503,
        )))
    }
    async fn delete_tipo_trabajo(
        &self,
        _: RequestContext<taller_runtime::jwt::Caller>,
        _: DeleteTipoTrabajoRequest,
    ) -> Result<DeleteTipoTrabajoResponse, std::convert::Infallible> {
        Ok(DeleteTipoTrabajoResponse::ServiceUnavailable503(problem(
            503,
        )))
    }
    async fn get_trabajo(
        &self,
        _: RequestContext<taller_runtime::jwt::Caller>,
        request: GetTrabajoRequest,
    ) -> Result<GetTrabajoResponse, std::convert::Infallible> {
        Ok({
            if request.path.trabajo_id.to_string() != TRABAJO {
                return Ok(GetTrabajoResponse::NotFound404(problem(404)));
            }
            GetTrabajoResponse::Ok200 {
                body: from_json(self.example("/trabajos/{trabajo_id}", "get", "200")),
                etag: Some("\"3\"".into()),
            }
        })
    }
    async fn update_trabajo(
        &self,
        _: RequestContext<taller_runtime::jwt::Caller>,
        _: UpdateTrabajoRequest,
    ) -> Result<UpdateTrabajoResponse, std::convert::Infallible> {
        Ok(UpdateTrabajoResponse::ServiceUnavailable503(problem(503)))
    }
    async fn delete_trabajo(
        &self,
        _: RequestContext<taller_runtime::jwt::Caller>,
        _: DeleteTrabajoRequest,
    ) -> Result<DeleteTrabajoResponse, std::convert::Infallible> {
        Ok(DeleteTrabajoResponse::ServiceUnavailable503(problem(503)))
    }
    async fn cancelar_trabajo(
        &self,
        _: RequestContext<taller_runtime::jwt::Caller>,
        _: CancelarTrabajoRequest,
    ) -> Result<CancelarTrabajoResponse, std::convert::Infallible> {
        Ok(CancelarTrabajoResponse::ServiceUnavailable503(problem(503)))
    }
    async fn facturar_trabajo(
        &self,
        _: RequestContext<taller_runtime::jwt::Caller>,
        _: FacturarTrabajoRequest,
    ) -> Result<FacturarTrabajoResponse, std::convert::Infallible> {
        Ok(FacturarTrabajoResponse::ServiceUnavailable503(problem(503)))
    }
    async fn iniciar_trabajo(
        &self,
        _: RequestContext<taller_runtime::jwt::Caller>,
        request: IniciarTrabajoRequest,
    ) -> Result<IniciarTrabajoResponse, std::convert::Infallible> {
        Ok({
            self.0.record(json!({ "iniciar": request.path.trabajo_id }));
            IniciarTrabajoResponse::Conflict409(problem(409))
        })
    }
    async fn add_mano_obra(
        &self,
        _: RequestContext<taller_runtime::jwt::Caller>,
        request: AddManoObraRequest,
    ) -> Result<AddManoObraResponse, std::convert::Infallible> {
        Ok({
            self.0.record(&request.body);
            AddManoObraResponse::Created201 {
                body: from_json(self.example("/trabajos/{trabajo_id}/mano-obra", "post", "201")),
                location: Some(format!("/api/v1/trabajos/{TRABAJO}/mano-obra/1")),
            }
        })
    }
    async fn get_mano_obra(
        &self,
        _: RequestContext<taller_runtime::jwt::Caller>,
        _: GetManoObraRequest,
    ) -> Result<GetManoObraResponse, std::convert::Infallible> {
        Ok(GetManoObraResponse::NotFound404(problem(404)))
    }
    async fn delete_mano_obra(
        &self,
        _: RequestContext<taller_runtime::jwt::Caller>,
        request: DeleteManoObraRequest,
    ) -> Result<DeleteManoObraResponse, std::convert::Infallible> {
        Ok({
            self.0.record(
                json!({ "trabajo": request.path.trabajo_id, "linea": request.path.linea_id }),
            );
            DeleteManoObraResponse::NoContent204
        })
    }
    async fn planificar_trabajo(
        &self,
        _: RequestContext<taller_runtime::jwt::Caller>,
        request: PlanificarTrabajoRequest,
    ) -> Result<PlanificarTrabajoResponse, std::convert::Infallible> {
        Ok({
            self.0.record(&request.body);
            PlanificarTrabajoResponse::Ok200 {
                body: from_json(self.example("/trabajos/{trabajo_id}/planificar", "post", "200")),
                etag: Some("\"4\"".into()),
            }
        })
    }
    async fn add_recambio_usado(
        &self,
        _: RequestContext<taller_runtime::jwt::Caller>,
        _: AddRecambioUsadoRequest,
    ) -> Result<AddRecambioUsadoResponse, std::convert::Infallible> {
        Ok(AddRecambioUsadoResponse::ServiceUnavailable503(problem(
            503,
        )))
    }
    async fn get_recambio_usado(
        &self,
        _: RequestContext<taller_runtime::jwt::Caller>,
        _: GetRecambioUsadoRequest,
    ) -> Result<GetRecambioUsadoResponse, std::convert::Infallible> {
        Ok(GetRecambioUsadoResponse::NotFound404(problem(404)))
    }
    async fn delete_recambio_usado(
        &self,
        _: RequestContext<taller_runtime::jwt::Caller>,
        _: DeleteRecambioUsadoRequest,
    ) -> Result<DeleteRecambioUsadoResponse, std::convert::Infallible> {
        Ok(DeleteRecambioUsadoResponse::ServiceUnavailable503(problem(
            503,
        )))
    }
    async fn terminar_trabajo(
        &self,
        _: RequestContext<taller_runtime::jwt::Caller>,
        _: TerminarTrabajoRequest,
    ) -> Result<TerminarTrabajoResponse, std::convert::Infallible> {
        Ok(TerminarTrabajoResponse::ServiceUnavailable503(problem(503)))
    }
}

async fn start() -> (String, Seen) {
    let (recorder, seen) = Recorder::new(CONTRACT_JSON);
    (serve(router(Trabajos(recorder)), CONTRACT_JSON).await, seen)
}

#[tokio::test]
async fn trabajos_round_trip() {
    let examples = Examples::new(CONTRACT_JSON);
    let (base, seen) = start().await;
    let client = Client::with_bearer_token(&base, &token()).unwrap();
    let id: uuid::Uuid = TRABAJO.parse().unwrap();

    let nuevo = examples.request("/trabajos", "post");
    let created = client
        .create_trabajo()
        .body(from_json::<t::TrabajoNuevo>(nuevo.clone()))
        .send()
        .await
        .unwrap();
    assert_eq!(created.status().as_u16(), 201);
    assert_eq!(
        created.headers()["location"],
        format!("/api/v1/trabajos/{TRABAJO}")
    );
    assert_json(
        created.into_inner(),
        &examples.response("/trabajos", "post", "201"),
    );

    let got = client.get_trabajo().trabajo_id(id).send().await.unwrap();
    assert_eq!(got.headers()["etag"], "\"3\"");
    let missing = client
        .get_trabajo()
        .trabajo_id(uuid::Uuid::nil())
        .send()
        .await
        .unwrap_err();
    assert_eq!(missing.status().map(|s| s.as_u16()), Some(404));

    let vin = nuevo["vin"].as_str().unwrap().to_string();
    let page = client
        .list_trabajos()
        .vin(vin.as_str())
        .send()
        .await
        .unwrap();
    assert_json(
        page.into_inner(),
        &examples.response("/trabajos", "get", "200"),
    );

    let plan = examples.request("/trabajos/{trabajo_id}/planificar", "post");
    let planned = client
        .planificar_trabajo()
        .trabajo_id(id)
        .body(from_json::<t::Planificacion>(plan.clone()))
        .send()
        .await
        .unwrap();
    assert_eq!(planned.headers()["etag"], "\"4\"");
    let e = client
        .iniciar_trabajo()
        .trabajo_id(id)
        .send()
        .await
        .unwrap_err();
    assert_eq!(e.status().map(|s| s.as_u16()), Some(409));

    let linea = examples.request("/trabajos/{trabajo_id}/mano-obra", "post");
    let added = client
        .add_mano_obra()
        .trabajo_id(id)
        .body(from_json::<t::LineaManoObraNueva>(linea.clone()))
        .send()
        .await
        .unwrap();
    assert_eq!(added.status().as_u16(), 201);
    let linea_id = uuid::Uuid::from_u128(7);
    let deleted = client
        .delete_mano_obra()
        .trabajo_id(id)
        .linea_id(linea_id)
        .if_match("\"1\"")
        .send()
        .await
        .unwrap();
    assert_eq!(deleted.status().as_u16(), 204);

    let tipo = examples.request("/trabajos/tipos", "post");
    let e = client
        .create_tipo_trabajo()
        .body(from_json::<t::TipoTrabajoNuevo>(tipo.clone()))
        .send()
        .await
        .unwrap_err();
    assert_eq!(e.status().map(|s| s.as_u16()), Some(409));

    let seen = seen.lock().unwrap().clone();
    assert_eq!(seen[0], nuevo);
    assert_eq!(seen[1]["vin"], json!(vin));
    assert_eq!(seen[2], plan);
    assert_eq!(seen[3], json!({ "iniciar": TRABAJO }));
    assert_json(&seen[4], &linea);
    assert_eq!(seen[5], json!({ "trabajo": TRABAJO, "linea": linea_id }));
    assert_eq!(seen[6], tipo);
}

#[tokio::test]
async fn invalid_requests_are_problems_naming_the_field() {
    let examples = Examples::new(CONTRACT_JSON);
    let (base, seen) = start().await;
    let mut bad = examples.request("/trabajos", "post");
    bad["vin"] = json!("IOQ");
    let r = send_json("POST", &format!("{base}/trabajos"), &bad).await;
    assert_problem(&r, 422, Some("/vin"));
    let r = raw(
        "POST",
        &format!("{base}/trabajos/{TRABAJO}/iniciar/"),
        None,
        None,
        &[],
    )
    .await;
    assert_problem(&r, 404, None);
    let r = raw(
        "GET",
        &format!("{base}/trabajos/{TRABAJO}/mano-obra/nope"),
        None,
        None,
        &[],
    )
    .await;
    assert_problem(&r, 400, Some("/path/linea_id"));
    let r = raw(
        "GET",
        &format!("{base}/trabajos?estado=VOLANDO"),
        None,
        None,
        &[],
    )
    .await;
    assert_problem(&r, 400, Some("/query/estado"));
    assert_surface(&base, "/trabajos/tipos", "DELETE").await;
    assert!(
        seen.lock().unwrap().is_empty(),
        "invalid requests never reach the implementation"
    );
}

#[tokio::test]
async fn every_operation_is_protected_as_the_contract_says() {
    let (base, _) = start().await;
    assert_protected(&base, "trabajos", "A0000001-B").await;
}
