//! vehiculos: the generated router with an in-test implementation, called through the
//! generated client over HTTP on 127.0.0.1, with the contract's own examples as data.

mod support;

use serde_json::json;
use support::*;
use vehiculos_client::Client;
use vehiculos_server::*;
use vehiculos_types as t;

const VIN: &str = "VF1RFB00X56789012";

/// Answers the contract's examples and records what it received.
struct Vehiculos(Recorder);

impl VehiculosApi for Vehiculos {
    type Error = std::convert::Infallible;
    type Principal = taller_runtime::jwt::Caller;

    async fn authenticate(
        &self,
        _: SecurityScheme,
        credential: Credential,
    ) -> Result<taller_runtime::jwt::Caller, Unauthorized> {
        authenticate(credential)
    }

    async fn list_vehiculos(
        &self,
        _: RequestContext<taller_runtime::jwt::Caller>,
        request: ListVehiculosRequest,
    ) -> Result<ListVehiculosResponse, std::convert::Infallible> {
        Ok({
            self.0
                .record(json!({ "matricula": request.query.matricula.map(|m| m.to_string()) }));
            ListVehiculosResponse::Ok200(from_json(self.0.response("/vehiculos", "get", "200")))
        })
    }
    async fn create_vehiculo(
        &self,
        _: RequestContext<taller_runtime::jwt::Caller>,
        request: CreateVehiculoRequest,
    ) -> Result<CreateVehiculoResponse, std::convert::Infallible> {
        Ok({
            self.0.record(&request.body);
            CreateVehiculoResponse::Created201 {
                body: from_json(self.0.response("/vehiculos", "post", "201")),
                etag: Some("\"1\"".into()),
                location: Some(format!("/api/v1/vehiculos/{}", request.body.vin.as_str())),
            }
        })
    }
    async fn get_vehiculo(
        &self,
        _: RequestContext<taller_runtime::jwt::Caller>,
        request: GetVehiculoRequest,
    ) -> Result<GetVehiculoResponse, std::convert::Infallible> {
        Ok({
            if request.path.vin.as_str() != VIN {
                return Ok(GetVehiculoResponse::NotFound404(problem(404)));
            }
            GetVehiculoResponse::Ok200 {
                body: from_json(self.0.response("/vehiculos/{vin}", "get", "200")),
                etag: Some("\"1\"".into()),
            }
        })
    }
    async fn update_vehiculo(
        &self,
        _: RequestContext<taller_runtime::jwt::Caller>,
        _: UpdateVehiculoRequest,
    ) -> Result<UpdateVehiculoResponse, std::convert::Infallible> {
        Ok(UpdateVehiculoResponse::ServiceUnavailable503(problem(503)))
    }
    async fn delete_vehiculo(
        &self,
        _: RequestContext<taller_runtime::jwt::Caller>,
        request: DeleteVehiculoRequest,
    ) -> Result<DeleteVehiculoResponse, std::convert::Infallible> {
        Ok({
            match request.headers.if_match {
                None => DeleteVehiculoResponse::PreconditionRequired428(problem(428)),
                Some(_) => DeleteVehiculoResponse::Conflict409(problem(409)),
            }
        })
    }
    async fn get_reserva(
        &self,
        _: RequestContext<taller_runtime::jwt::Caller>,
        _: GetReservaRequest,
    ) -> Result<GetReservaResponse, std::convert::Infallible> {
        Ok(GetReservaResponse::NotFound404(problem(404)))
    }
    async fn create_reserva(
        &self,
        _: RequestContext<taller_runtime::jwt::Caller>,
        request: CreateReservaRequest,
    ) -> Result<CreateReservaResponse, std::convert::Infallible> {
        Ok({
            self.0
                .record(json!({ "vin": request.path.vin.as_str(), "body": request.body }));
            CreateReservaResponse::Created201 {
                body: from_json(self.0.examples.response(
                    "/vehiculos/{vin}/reserva",
                    "post",
                    "201",
                )),
                location: Some(format!(
                    "/api/v1/vehiculos/{}/reserva",
                    request.path.vin.as_str()
                )),
            }
        })
    }
    async fn delete_reserva(
        &self,
        _: RequestContext<taller_runtime::jwt::Caller>,
        _: DeleteReservaRequest,
    ) -> Result<DeleteReservaResponse, std::convert::Infallible> {
        Ok(DeleteReservaResponse::NoContent204)
    }
}

async fn start() -> (String, Seen) {
    let (recorder, seen) = Recorder::new(CONTRACT_JSON);
    (
        serve(router(Vehiculos(recorder)), CONTRACT_JSON).await,
        seen,
    )
}

#[tokio::test]
async fn vehiculos_round_trip() {
    let examples = Examples::new(CONTRACT_JSON);
    let (base, seen) = start().await;
    let client = Client::with_bearer_token(&base, &token()).unwrap();

    let nuevo = examples.request("/vehiculos", "post");
    let created = client
        .create_vehiculo()
        .body(from_json::<t::VehiculoNuevo>(nuevo.clone()))
        .send()
        .await
        .unwrap();
    assert_eq!(created.status().as_u16(), 201);
    assert_eq!(
        created.headers()["location"],
        format!("/api/v1/vehiculos/{}", nuevo["vin"].as_str().unwrap())
    );
    assert_json(
        created.into_inner(),
        &examples.response("/vehiculos", "post", "201"),
    );

    let got = client.get_vehiculo().vin(VIN).send().await.unwrap();
    assert_eq!(got.headers()["etag"], "\"1\"");
    assert_json(
        got.into_inner(),
        &examples.response("/vehiculos/{vin}", "get", "200"),
    );
    let missing = client
        .get_vehiculo()
        .vin("WVWZZZ1JZXW000001")
        .send()
        .await
        .unwrap_err();
    assert_eq!(missing.status().map(|s| s.as_u16()), Some(404));

    let page = client
        .list_vehiculos()
        .matricula("1234BCD")
        .send()
        .await
        .unwrap();
    assert_json(
        page.into_inner(),
        &examples.response("/vehiculos", "get", "200"),
    );

    let reserva = examples.request("/vehiculos/{vin}/reserva", "post");
    let created = client
        .create_reserva()
        .vin(VIN)
        .body(from_json::<t::ReservaNueva>(reserva.clone()))
        .send()
        .await
        .unwrap();
    assert_eq!(
        created.headers()["location"],
        format!("/api/v1/vehiculos/{VIN}/reserva")
    );

    let e = client.delete_vehiculo().vin(VIN).send().await.unwrap_err();
    assert_eq!(e.status().map(|s| s.as_u16()), Some(428));
    let e = client
        .delete_vehiculo()
        .vin(VIN)
        .if_match("\"1\"")
        .send()
        .await
        .unwrap_err();
    assert_eq!(e.status().map(|s| s.as_u16()), Some(409));
    assert_eq!(
        client
            .delete_reserva()
            .vin(VIN)
            .if_match("\"1\"")
            .send()
            .await
            .unwrap()
            .status()
            .as_u16(),
        204
    );

    let seen = seen.lock().unwrap().clone();
    assert_eq!(seen[..2], [nuevo, json!({"matricula": "1234BCD"})]);
    // The reservation arrives typed, with the contract's default `estado` filled in.
    assert_eq!(seen[2]["vin"], VIN);
    assert_eq!(seen[2]["body"]["id_trabajo"], reserva["id_trabajo"]);
    assert_eq!(seen[2]["body"]["estado"], "EN_REPARACION");
}

#[tokio::test]
async fn invalid_requests_are_problems_naming_the_field() {
    let examples = Examples::new(CONTRACT_JSON);
    let (base, seen) = start().await;
    let mut bad = examples.request("/vehiculos", "post");
    bad["matricula"] = json!("AEIOU");
    let r = send_json("POST", &format!("{base}/vehiculos"), &bad).await;
    assert_problem(&r, 422, Some("/matricula"));
    let r = raw("GET", &format!("{base}/vehiculos/IOQ"), None, None, &[]).await;
    assert_problem(&r, 400, Some("/path/vin"));
    let r = raw(
        "POST",
        &format!("{base}/vehiculos/{VIN}/reserva"),
        Some("application/json"),
        Some(r#"{"id_trabajo": "x"}"#),
        &[],
    )
    .await;
    assert_problem(&r, 422, Some("/id_trabajo"));
    assert_surface(&base, "/vehiculos", "DELETE").await;
    assert!(
        seen.lock().unwrap().is_empty(),
        "invalid requests never reach the implementation"
    );
}

#[tokio::test]
async fn every_operation_is_protected_as_the_contract_says() {
    let (base, _) = start().await;
    assert_protected(&base, "vehiculos", "A0000001-B").await;
}
