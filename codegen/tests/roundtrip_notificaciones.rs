//! notificaciones: the generated router with an in-test implementation, called through the
//! generated client over HTTP on 127.0.0.1, with the contract's own examples as data.

mod support;

use notificaciones_client::Client;
use notificaciones_server::*;
use notificaciones_types as t;
use serde_json::json;
use support::*;

const CLIENTE: &str = "3f6c1d2e-8a4b-4c5d-9e7f-0a1b2c3d4e5f";

/// Answers the contract's examples and records what it received.
struct Notificaciones(Recorder);

impl NotificacionesApi for Notificaciones {
    type Error = std::convert::Infallible;
    type Principal = taller_runtime::jwt::Caller;

    async fn authenticate(
        &self,
        _: SecurityScheme,
        credential: Credential,
    ) -> Result<taller_runtime::jwt::Caller, Unauthorized> {
        authenticate(credential)
    }

    async fn list_notificaciones(
        &self,
        _: RequestContext<taller_runtime::jwt::Caller>,
        request: ListNotificacionesRequest,
    ) -> Result<ListNotificacionesResponse, std::convert::Infallible> {
        Ok({
            self.0.record(
                json!({ "cliente_id": request.query.cliente_id, "canal": request.query.canal }),
            );
            ListNotificacionesResponse::Ok200(from_json(self.0.response(
                "/notificaciones",
                "get",
                "200",
            )))
        })
    }
    async fn send_email(
        &self,
        _: RequestContext<taller_runtime::jwt::Caller>,
        request: SendEmailRequest,
    ) -> Result<SendEmailResponse, std::convert::Infallible> {
        Ok({
            self.0.record(&request.body);
            SendEmailResponse::Created201 {
                body: from_json(
                    self.0
                        .examples
                        .response("/notificaciones/email", "post", "201"),
                ),
                location: Some(
                    "/api/v1/notificaciones/5a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d".into(),
                ),
            }
        })
    }
    async fn send_masiva(
        &self,
        _: RequestContext<taller_runtime::jwt::Caller>,
        _: SendMasivaRequest,
    ) -> Result<SendMasivaResponse, std::convert::Infallible> {
        Ok(SendMasivaResponse::ServiceUnavailable503(problem(503)))
    }
    async fn get_masiva(
        &self,
        _: RequestContext<taller_runtime::jwt::Caller>,
        _: GetMasivaRequest,
    ) -> Result<GetMasivaResponse, std::convert::Infallible> {
        Ok(GetMasivaResponse::NotFound404(problem(404)))
    }
    async fn send_sms(
        &self,
        _: RequestContext<taller_runtime::jwt::Caller>,
        request: SendSmsRequest,
    ) -> Result<SendSmsResponse, std::convert::Infallible> {
        Ok({
            self.0.record(&request.body);
            SendSmsResponse::Conflict409(problem(409))
        })
    }
    async fn get_suscripcion(
        &self,
        _: RequestContext<taller_runtime::jwt::Caller>,
        request: GetSuscripcionRequest,
    ) -> Result<GetSuscripcionResponse, std::convert::Infallible> {
        Ok({
            let _ = request.path.cliente_id;
            GetSuscripcionResponse::Ok200 {
                body: from_json(self.0.response(
                    "/notificaciones/suscripciones/{cliente_id}",
                    "get",
                    "200",
                )),
                etag: Some("\"4\"".into()),
            }
        })
    }
    async fn update_suscripcion(
        &self,
        _: RequestContext<taller_runtime::jwt::Caller>,
        request: UpdateSuscripcionRequest,
    ) -> Result<UpdateSuscripcionResponse, std::convert::Infallible> {
        Ok({
            if request.headers.if_match.is_none() {
                return Ok(UpdateSuscripcionResponse::PreconditionRequired428(problem(
                    428,
                )));
            }
            self.0
                .record(json!({ "cliente_id": request.path.cliente_id, "body": request.body }));
            UpdateSuscripcionResponse::Ok200 {
                body: from_json(self.0.response(
                    "/notificaciones/suscripciones/{cliente_id}",
                    "put",
                    "200",
                )),
                etag: Some("\"5\"".into()),
            }
        })
    }
    async fn get_notificacion(
        &self,
        _: RequestContext<taller_runtime::jwt::Caller>,
        _: GetNotificacionRequest,
    ) -> Result<GetNotificacionResponse, std::convert::Infallible> {
        Ok(GetNotificacionResponse::NotFound404(problem(404)))
    }
}

async fn start() -> (String, Seen) {
    let (recorder, seen) = Recorder::new(CONTRACT_JSON);
    (
        serve(router(Notificaciones(recorder)), CONTRACT_JSON).await,
        seen,
    )
}

#[tokio::test]
async fn notificaciones_round_trip() {
    let examples = Examples::new(CONTRACT_JSON);
    let (base, seen) = start().await;
    let client = Client::with_bearer_token(&base, &token()).unwrap();
    let cliente: uuid::Uuid = CLIENTE.parse().unwrap();

    let email = examples.request("/notificaciones/email", "post");
    let sent = client
        .send_email()
        .body(from_json::<t::EmailNuevo>(email.clone()))
        .send()
        .await
        .unwrap();
    assert_eq!(sent.status().as_u16(), 201);
    assert!(
        sent.headers()["location"]
            .to_str()
            .unwrap()
            .starts_with("/api/v1/notificaciones/")
    );
    assert_json(
        sent.into_inner(),
        &examples.response("/notificaciones/email", "post", "201"),
    );

    let sms = examples.request("/notificaciones/sms", "post");
    let e = client
        .send_sms()
        .body(from_json::<t::SmsNuevo>(sms.clone()))
        .send()
        .await
        .unwrap_err();
    assert_eq!(e.status().map(|s| s.as_u16()), Some(409));

    let page = client
        .list_notificaciones()
        .cliente_id(cliente)
        .send()
        .await
        .unwrap();
    assert_json(
        page.into_inner(),
        &examples.response("/notificaciones", "get", "200"),
    );

    let got = client
        .get_suscripcion()
        .cliente_id(cliente)
        .send()
        .await
        .unwrap();
    assert_eq!(got.headers()["etag"], "\"4\"");
    let cambio = examples.request("/notificaciones/suscripciones/{cliente_id}", "put");
    let body = || from_json::<t::SuscripcionActualizacion>(cambio.clone());
    let e = client
        .update_suscripcion()
        .cliente_id(cliente)
        .body(body())
        .send()
        .await
        .unwrap_err();
    assert_eq!(e.status().map(|s| s.as_u16()), Some(428));
    let updated = client
        .update_suscripcion()
        .cliente_id(cliente)
        .if_match("\"4\"")
        .body(body())
        .send()
        .await
        .unwrap();
    assert_eq!(updated.headers()["etag"], "\"5\"");
    let missing = client
        .get_notificacion()
        .notificacion_id(uuid::Uuid::nil())
        .send()
        .await
        .unwrap_err();
    assert_eq!(missing.status().map(|s| s.as_u16()), Some(404));

    let seen = seen.lock().unwrap().clone();
    assert_eq!(seen[0], email);
    assert_eq!(seen[1], sms);
    assert_eq!(seen[2], json!({"cliente_id": CLIENTE, "canal": null}));
    assert_eq!(seen[3], json!({"cliente_id": CLIENTE, "body": cambio}));
}

#[tokio::test]
async fn invalid_requests_are_problems_naming_the_field() {
    let examples = Examples::new(CONTRACT_JSON);
    let (base, seen) = start().await;
    let mut bad = examples.request("/notificaciones/email", "post");
    bad["destinatario"] = json!("not an email");
    let r = send_json("POST", &format!("{base}/notificaciones/email"), &bad).await;
    assert_problem(&r, 422, Some("/destinatario"));
    let r = raw(
        "GET",
        &format!("{base}/notificaciones/suscripciones/7"),
        None,
        None,
        &[],
    )
    .await;
    assert_problem(&r, 400, Some("/path/cliente_id"));
    let r = raw(
        "GET",
        &format!("{base}/notificaciones?canal=paloma"),
        None,
        None,
        &[],
    )
    .await;
    assert_problem(&r, 400, Some("/query/canal"));
    assert_surface(&base, "/notificaciones/email", "GET").await;
    assert!(
        seen.lock().unwrap().is_empty(),
        "invalid requests never reach the implementation"
    );
}

#[tokio::test]
async fn every_operation_is_protected_as_the_contract_says() {
    let (base, _) = start().await;
    assert_protected(&base, "notificaciones", "A0000001-B").await;
}
