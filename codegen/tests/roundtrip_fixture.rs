//! The snapshot crates of `fixtures/taller-demo.yaml` at work: what the real contracts do not
//! all exercise — a required header parameter, an optional inline body, `nullable`, a `4XX`
//! range variant, required and integer response headers.

mod support;

use std::sync::Mutex;

use serde_json::json;
use support::*;
use taller_demo_client::Client;
use taller_demo_server::*;
use taller_demo_types as t;

#[derive(Default)]
struct Demo {
    nota: Mutex<Option<String>>,
}

impl TallerDemoApi for Demo {
    type Error = std::convert::Infallible;

    async fn list_piezas(
        &self,
        _: RequestContext,
        request: ListPiezasRequest,
    ) -> Result<ListPiezasResponse, std::convert::Infallible> {
        Ok({
            ListPiezasResponse::Ok200(from_json(json!({
                "items": [], "page": request.query.page.get(), "trace": request.headers.x_trace.to_string()
            })))
        })
    }
    async fn create_pieza(
        &self,
        _: RequestContext,
        request: CreatePiezaRequest,
    ) -> Result<CreatePiezaResponse, std::convert::Infallible> {
        Ok({
            let body = request.body;
            CreatePiezaResponse::Created201 {
                location: format!("/piezas/{}", body.codigo.as_str()),
                x_version: Some(7),
                body: from_json(
                    json!({"codigo": body.codigo, "nombre": body.nombre, "peso": body.peso, "nota": body.nota, "alias": null}),
                ),
            }
        })
    }
    async fn get_pieza(
        &self,
        _: RequestContext,
        request: GetPiezaRequest,
    ) -> Result<GetPiezaResponse, std::convert::Infallible> {
        Ok({
            let _ = request.path.codigo;
            GetPiezaResponse::NotFound404(problem(404))
        })
    }
    async fn delete_pieza(
        &self,
        _: RequestContext,
        _: DeletePiezaRequest,
    ) -> Result<DeletePiezaResponse, std::convert::Infallible> {
        Ok(DeletePiezaResponse::NoContent204)
    }
    async fn set_nota(
        &self,
        _: RequestContext,
        request: SetNotaRequest,
    ) -> Result<SetNotaResponse, std::convert::Infallible> {
        Ok({
            match request.body {
                None => SetNotaResponse::ClientError4XX {
                    status: 409,
                    body: problem(409),
                },
                Some(body) => {
                    *self.nota.lock().unwrap() = body.texto.clone().map(|t| t.to_string());
                    SetNotaResponse::Ok200(from_json(json!({ "texto": body.texto })))
                }
            }
        })
    }
}

#[tokio::test]
async fn demo_round_trip() {
    let base = serve(router(Demo::default()), CONTRACT_JSON).await;
    let client = Client::new(&base);

    // Required header parameter and query default arrive typed.
    let page = client.list_piezas().x_trace("abc").send().await.unwrap();
    assert_eq!((page.page, page.trace.as_deref()), (1, Some("abc")));
    let r = raw("GET", &format!("{base}/piezas"), None, None, &[]).await;
    assert_problem(&r, 400, Some("/header/X-Trace"));
    let r = raw(
        "GET",
        &format!("{base}/piezas?color=verde"),
        None,
        None,
        &[("X-Trace", "a")],
    )
    .await;
    assert_problem(&r, 400, Some("/query/color"));

    // Required and optional integer response headers; nullable field absent/null.
    let nueva: t::PiezaNueva =
        from_json(json!({"codigo": "ABC1", "nombre": "Tuerca", "peso": 0.5, "nota": null}));
    let created = client.create_pieza().body(nueva).send().await.unwrap();
    assert_eq!(created.status().as_u16(), 201);
    assert_eq!(created.headers()["location"], "/piezas/ABC1");
    assert_eq!(created.headers()["x-version"], "7");
    assert_eq!((created.nota.clone(), created.alias.clone()), (None, None));
    let r = raw(
        "POST",
        &format!("{base}/piezas"),
        Some("application/json"),
        Some(r#"{"codigo":"ABC1","nombre":"T","peso":0}"#),
        &[],
    )
    .await;
    assert_problem(&r, 422, Some("/peso"));

    // Valid for the contract but too big for the Rust type: still a problem+json 422 naming
    // the field, from the deserialisation step after validation.
    let r = raw(
        "POST",
        &format!("{base}/piezas"),
        Some("application/json"),
        Some(r#"{"codigo":"ABC1","nombre":"T","peso":1,"stock":100000000000000000000}"#),
        &[],
    )
    .await;
    assert_problem(&r, 422, Some("/stock"));
    assert!(
        r.body["errors"][0]["detail"]
            .as_str()
            .unwrap()
            .contains("u64"),
        "{r:?}"
    );

    // Optional inline body: absent → the 4XX variant with its own status; present → typed,
    // with a nullable field.
    let r = raw("PUT", &format!("{base}/piezas/ABC1/nota"), None, None, &[]).await;
    assert_problem(&r, 409, None);
    let set = client
        .set_nota()
        .codigo("ABC1")
        .body(from_json::<taller_demo_client::types::SetNotaBody>(
            json!({"texto": "hola"}),
        ))
        .send()
        .await
        .unwrap();
    assert_eq!(set.texto.as_deref(), Some("hola"));
    let set = client
        .set_nota()
        .codigo("ABC1")
        .body(from_json::<taller_demo_client::types::SetNotaBody>(
            json!({"texto": null}),
        ))
        .send()
        .await
        .unwrap();
    assert_eq!(set.texto, None);
    let r = raw(
        "PUT",
        &format!("{base}/piezas/ABC1/nota"),
        Some("application/json"),
        Some(r#"{"texto":"demasiado largo"}"#),
        &[],
    )
    .await;
    assert_problem(&r, 422, Some("/texto"));

    // Path pattern, 404 typed, 204.
    let missing = client.get_pieza().codigo("XYZ9").send().await.unwrap_err();
    assert_eq!(missing.status().map(|s| s.as_u16()), Some(404));
    let r = raw("GET", &format!("{base}/piezas/abc"), None, None, &[]).await;
    assert_problem(&r, 400, Some("/path/codigo"));
    assert_eq!(
        client
            .delete_pieza()
            .codigo("ABC1")
            .send()
            .await
            .unwrap()
            .status()
            .as_u16(),
        204
    );
    assert_surface(&base, "/piezas/ABC1", "POST").await;
}
