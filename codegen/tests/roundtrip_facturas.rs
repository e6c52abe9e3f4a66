//! facturas: the generated router with an in-test implementation, called through the
//! generated client over HTTP on 127.0.0.1, with the contract's own examples as data.

mod support;

use facturas_client::Client;
use facturas_server::*;
use facturas_types as t;
use serde_json::json;
use support::*;

/// Answers the contract's examples and records what it received.
struct Facturas(Recorder);

impl Facturas {
    fn id(&self) -> String {
        self.0
            .examples
            .response("/facturas/{factura_id}", "get", "200")["id_factura"]
            .as_str()
            .unwrap()
            .to_string()
    }
}

impl FacturasApi for Facturas {
    type Error = std::convert::Infallible;
    type Principal = taller_runtime::jwt::Caller;

    async fn authenticate(
        &self,
        _: SecurityScheme,
        credential: Credential,
    ) -> Result<taller_runtime::jwt::Caller, Unauthorized> {
        authenticate(credential)
    }

    async fn list_facturas(
        &self,
        _: RequestContext<taller_runtime::jwt::Caller>,
        request: ListFacturasRequest,
    ) -> Result<ListFacturasResponse, std::convert::Infallible> {
        Ok({
            self.0.record(
                json!({ "importe_min": request.query.importe_min, "order": request.query.order }),
            );
            ListFacturasResponse::Ok200(from_json(self.0.response("/facturas", "get", "200")))
        })
    }
    async fn create_factura(
        &self,
        _: RequestContext<taller_runtime::jwt::Caller>,
        request: CreateFacturaRequest,
    ) -> Result<CreateFacturaResponse, std::convert::Infallible> {
        Ok({
            self.0.record(&request.body);
            CreateFacturaResponse::Created201 {
                body: from_json(self.0.response("/facturas", "post", "201")),
                location: Some(format!("/api/v1/facturas/{}", self.id())),
            }
        })
    }
    async fn get_factura(
        &self,
        _: RequestContext<taller_runtime::jwt::Caller>,
        request: GetFacturaRequest,
    ) -> Result<GetFacturaResponse, std::convert::Infallible> {
        Ok({
            if request.path.factura_id.as_str() != self.id() {
                return Ok(GetFacturaResponse::NotFound404(problem(404)));
            }
            GetFacturaResponse::Ok200 {
                body: from_json(
                    self.0
                        .examples
                        .response("/facturas/{factura_id}", "get", "200"),
                ),
                etag: Some("\"1\"".into()),
            }
        })
    }
    async fn anular_factura(
        &self,
        _: RequestContext<taller_runtime::jwt::Caller>,
        _: AnularFacturaRequest,
    ) -> Result<AnularFacturaResponse, std::convert::Infallible> {
        Ok(AnularFacturaResponse::Conflict409(problem(409)))
    }
    async fn pagar_factura(
        &self,
        _: RequestContext<taller_runtime::jwt::Caller>,
        request: PagarFacturaRequest,
    ) -> Result<PagarFacturaResponse, std::convert::Infallible> {
        Ok({
            self.0
                .record(json!({ "id": request.path.factura_id.as_str(), "body": request.body }));
            PagarFacturaResponse::Ok200 {
                body: from_json(self.0.examples.response(
                    "/facturas/{factura_id}/pagar",
                    "post",
                    "200",
                )),
                etag: Some("\"2\"".into()),
            }
        })
    }
}

async fn start() -> (String, Seen) {
    let (recorder, seen) = Recorder::new(CONTRACT_JSON);
    (serve(router(Facturas(recorder)), CONTRACT_JSON).await, seen)
}

#[tokio::test]
async fn facturas_round_trip() {
    let examples = Examples::new(CONTRACT_JSON);
    let id = examples.response("/facturas/{factura_id}", "get", "200")["id_factura"]
        .as_str()
        .unwrap()
        .to_string();
    let (base, seen) = start().await;
    let client = Client::with_bearer_token(&base, &token()).unwrap();

    let nueva = examples.request("/facturas", "post");
    let created = client
        .create_factura()
        .body(from_json::<t::FacturaNueva>(nueva.clone()))
        .send()
        .await
        .unwrap();
    assert_eq!(created.status().as_u16(), 201);
    assert_eq!(
        created.headers()["location"],
        format!("/api/v1/facturas/{id}")
    );
    assert_json(
        created.into_inner(),
        &examples.response("/facturas", "post", "201"),
    );

    let got = client
        .get_factura()
        .factura_id(id.as_str())
        .send()
        .await
        .unwrap();
    assert_eq!(got.headers()["etag"], "\"1\"");
    let missing = client
        .get_factura()
        .factura_id("1999-0001")
        .send()
        .await
        .unwrap_err();
    assert_eq!(missing.status().map(|s| s.as_u16()), Some(404));

    let page = client
        .list_facturas()
        .importe_min(100.5)
        .send()
        .await
        .unwrap();
    assert_json(
        page.into_inner(),
        &examples.response("/facturas", "get", "200"),
    );

    let pago = examples.request("/facturas/{factura_id}/pagar", "post");
    let paid = client
        .pagar_factura()
        .factura_id(id.as_str())
        .body(from_json::<t::Pago>(pago.clone()))
        .send()
        .await
        .unwrap();
    assert_eq!(paid.headers()["etag"], "\"2\"");
    let e = client
        .anular_factura()
        .factura_id(id.as_str())
        .body(from_json::<t::Anulacion>(
            examples.request("/facturas/{factura_id}/anular", "post"),
        ))
        .send()
        .await
        .unwrap_err();
    assert_eq!(e.status().map(|s| s.as_u16()), Some(409));

    let seen = seen.lock().unwrap().clone();
    assert_eq!(seen[0], nueva);
    assert_eq!(seen[1]["importe_min"], 100.5);
    assert!(
        seen[1]["order"].is_string(),
        "the default order is applied: {seen:?}"
    );
    assert_eq!(seen[2], json!({"id": id, "body": pago}));
}

#[tokio::test]
async fn invalid_requests_are_problems_naming_the_field() {
    let examples = Examples::new(CONTRACT_JSON);
    let (base, seen) = start().await;
    let mut bad = examples.request("/facturas", "post");
    bad["trabajos"] = json!([]);
    let r = send_json("POST", &format!("{base}/facturas"), &bad).await;
    assert_problem(&r, 422, Some("/trabajos"));
    let r = raw("GET", &format!("{base}/facturas/42"), None, None, &[]).await;
    assert_problem(&r, 400, Some("/path/factura_id"));
    let r = raw(
        "GET",
        &format!("{base}/facturas?importe_min=mucho"),
        None,
        None,
        &[],
    )
    .await;
    assert_problem(&r, 400, Some("/query/importe_min"));
    assert_surface(&base, "/facturas", "PATCH").await;
    assert!(
        seen.lock().unwrap().is_empty(),
        "invalid requests never reach the implementation"
    );
}

#[tokio::test]
async fn every_operation_is_protected_as_the_contract_says() {
    let (base, _) = start().await;
    assert_protected(&base, "facturas", "A0000001-B").await;
}
