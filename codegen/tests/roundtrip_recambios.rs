//! recambios: the generated router with an in-memory implementation, called through the
//! generated client over HTTP on 127.0.0.1.

mod support;

use std::collections::BTreeMap;
use std::sync::Mutex;

use recambios_client::Client;
use recambios_server::*;
use recambios_types as t;
use serde_json::{Value, json};
use support::*;

#[derive(Default)]
struct Parts(Mutex<BTreeMap<String, Value>>);

fn problem(status: u16, detail: &str) -> t::Problem {
    from_json(json!({"type": "about:blank", "title": "test", "status": status, "detail": detail}))
}

fn stored(nuevo: &t::RecambioNuevo) -> Value {
    let mut v = serde_json::to_value(nuevo).unwrap();
    let precio = v["precio"].as_f64().unwrap();
    let iva = v["iva"].as_i64().unwrap_or(21);
    let ns = v["numero_serie"].as_str().unwrap().to_string();
    let cantidad = v["cantidad"].as_i64().unwrap();
    let extra = json!({
        "iva": iva, "importe": (precio * (1.0 + iva as f64 / 100.0) * 100.0).round() / 100.0,
        "cantidad_reservada": 0, "cantidad_disponible": cantidad, "stock_minimo": v["stock_minimo"].as_i64().unwrap_or(0),
        "stock_bajo": false, "version": 1, "equivalencias": v.get("equivalencias").cloned().unwrap_or(json!([])),
        "links": {"parent": {"href": "/recambios"}, "self": {"href": format!("/recambios/{ns}")}}
    });
    for (k, e) in extra.as_object().unwrap() {
        v[k] = e.clone();
    }
    v
}

impl RecambiosApi for Parts {
    type Error = std::convert::Infallible;
    type Principal = taller_runtime::jwt::Caller;

    async fn authenticate(
        &self,
        _: SecurityScheme,
        credential: Credential,
    ) -> Result<taller_runtime::jwt::Caller, Unauthorized> {
        authenticate(credential)
    }

    async fn list_recambios(
        &self,
        _: RequestContext<taller_runtime::jwt::Caller>,
        request: ListRecambiosRequest,
    ) -> Result<ListRecambiosResponse, std::convert::Infallible> {
        Ok({
            let parts = self.0.lock().unwrap();
            let items: Vec<Value> = parts
                .values()
                .filter(|p| {
                    request
                        .query
                        .proveedor
                        .as_ref()
                        .is_none_or(|want| p["proveedor"] == json!(want.to_string()))
                })
                .cloned()
                .collect();
            let page_size = request.query.page_size.get();
            ListRecambiosResponse::Ok200(from_json(json!({
                "items": items, "page": request.query.page.get(), "page_size": page_size,
                "total": items.len(), "total_pages": items.len().div_ceil(page_size as usize),
                "links": {"self": {"href": "/recambios"}, "first": {"href": "/recambios"}, "last": {"href": "/recambios"}}
            })))
        })
    }
    async fn create_recambio(
        &self,
        _: RequestContext<taller_runtime::jwt::Caller>,
        request: CreateRecambioRequest,
    ) -> Result<CreateRecambioResponse, std::convert::Infallible> {
        Ok({
            let value = stored(&request.body);
            let key = request.body.numero_serie.to_string();
            let mut parts = self.0.lock().unwrap();
            if parts.contains_key(&key) {
                return Ok(CreateRecambioResponse::Conflict409(problem(
                    409,
                    "duplicate numero_serie",
                )));
            }
            parts.insert(key.clone(), value.clone());
            CreateRecambioResponse::Created201 {
                body: from_json(value),
                location: Some(format!("/api/v1/recambios/{key}")),
                etag: Some("\"1\"".into()),
            }
        })
    }
    async fn list_stock_bajo(
        &self,
        _: RequestContext<taller_runtime::jwt::Caller>,
        _: ListStockBajoRequest,
    ) -> Result<ListStockBajoResponse, std::convert::Infallible> {
        Ok(ListStockBajoResponse::ServiceUnavailable503(problem(
            503,
            "not in this test",
        )))
    }
    async fn get_recambio(
        &self,
        _: RequestContext<taller_runtime::jwt::Caller>,
        request: GetRecambioRequest,
    ) -> Result<GetRecambioResponse, std::convert::Infallible> {
        Ok({
            match self
                .0
                .lock()
                .unwrap()
                .get(request.path.numero_serie.as_str())
            {
                Some(v) => GetRecambioResponse::Ok200 {
                    body: from_json(v.clone()),
                    etag: Some(format!("\"{}\"", v["version"])),
                },
                None => GetRecambioResponse::NotFound404(problem(404, "no such part")),
            }
        })
    }
    async fn replace_recambio(
        &self,
        _: RequestContext<taller_runtime::jwt::Caller>,
        request: ReplaceRecambioRequest,
    ) -> Result<ReplaceRecambioResponse, std::convert::Infallible> {
        Ok({
            let Some(if_match) = request.headers.if_match else {
                return Ok(ReplaceRecambioResponse::PreconditionRequired428(problem(
                    428,
                    "If-Match missing",
                )));
            };
            let mut parts = self.0.lock().unwrap();
            let Some(current) = parts.get_mut(request.path.numero_serie.as_str()) else {
                return Ok(ReplaceRecambioResponse::NotFound404(problem(
                    404,
                    "no such part",
                )));
            };
            if if_match.to_string() != format!("\"{}\"", current["version"]) {
                return Ok(ReplaceRecambioResponse::PreconditionFailed412(problem(
                    412, "stale",
                )));
            }
            current["precio"] = json!(request.body.precio.0);
            current["version"] = json!(current["version"].as_i64().unwrap() + 1);
            ReplaceRecambioResponse::Ok200 {
                etag: Some(format!("\"{}\"", current["version"])),
                body: from_json(current.clone()),
            }
        })
    }
    async fn delete_recambio(
        &self,
        _: RequestContext<taller_runtime::jwt::Caller>,
        request: DeleteRecambioRequest,
    ) -> Result<DeleteRecambioResponse, std::convert::Infallible> {
        Ok({
            match self
                .0
                .lock()
                .unwrap()
                .remove(request.path.numero_serie.as_str())
            {
                Some(_) => DeleteRecambioResponse::NoContent204,
                None => DeleteRecambioResponse::NotFound404(problem(404, "no such part")),
            }
        })
    }
    async fn add_entrada(
        &self,
        _: RequestContext<taller_runtime::jwt::Caller>,
        _: AddEntradaRequest,
    ) -> Result<AddEntradaResponse, std::convert::Infallible> {
        Ok(AddEntradaResponse::ServiceUnavailable503(problem(
            503,
            "not in this test",
        )))
    }
    async fn add_liberacion(
        &self,
        _: RequestContext<taller_runtime::jwt::Caller>,
        _: AddLiberacionRequest,
    ) -> Result<AddLiberacionResponse, std::convert::Infallible> {
        Ok(AddLiberacionResponse::ServiceUnavailable503(problem(
            503,
            "not in this test",
        )))
    }
    async fn list_movimientos(
        &self,
        _: RequestContext<taller_runtime::jwt::Caller>,
        _: ListMovimientosRequest,
    ) -> Result<ListMovimientosResponse, std::convert::Infallible> {
        Ok(ListMovimientosResponse::ServiceUnavailable503(problem(
            503,
            "not in this test",
        )))
    }
    async fn add_reserva(
        &self,
        _: RequestContext<taller_runtime::jwt::Caller>,
        request: AddReservaRequest,
    ) -> Result<AddReservaResponse, std::convert::Infallible> {
        Ok({
            // Echoes the typed body back as the 409 detail, proving it arrived typed.
            AddReservaResponse::Conflict409(problem(
                409,
                &format!(
                    "{} units for {}",
                    request.body.cantidad, request.body.trabajo_id
                ),
            ))
        })
    }
    async fn add_salida(
        &self,
        _: RequestContext<taller_runtime::jwt::Caller>,
        _: AddSalidaRequest,
    ) -> Result<AddSalidaResponse, std::convert::Infallible> {
        Ok(AddSalidaResponse::ServiceUnavailable503(problem(
            503,
            "not in this test",
        )))
    }
}

fn nuevo(ns: &str, proveedor: &str) -> t::RecambioNuevo {
    from_json(json!({
        "numero_serie": ns, "nombre": "Kit de frenos", "proveedor": proveedor,
        "garantia": "3 meses", "precio": 100.0, "cantidad": 10,
        "equivalencias": [{"nombre": "EBC", "fabricante": "EBC Brakes", "modelo": "Golf"}]
    }))
}

#[tokio::test]
async fn typed_round_trip_and_problems() {
    let base = serve(router(Parts::default()), CONTRACT_JSON).await;
    let client = Client::with_bearer_token(&base, &token()).unwrap();

    // 201 with Location and ETag, typed body.
    let created = client
        .create_recambio()
        .body(nuevo("Z0000001-A", "Brembo"))
        .send()
        .await
        .unwrap();
    assert_eq!(created.status().as_u16(), 201);
    assert_eq!(
        created.headers()["location"],
        "/api/v1/recambios/Z0000001-A"
    );
    assert_eq!(created.headers()["etag"], "\"1\"");
    assert_eq!(created.importe, 121.0);
    assert_eq!(created.iva, from_json::<t::Iva>(json!(21)));
    client
        .create_recambio()
        .body(nuevo("Z0000002-B", "Bosch"))
        .send()
        .await
        .unwrap();

    // Duplicate: the declared 409, typed as the contract's Problem.
    let dup = client
        .create_recambio()
        .body(nuevo("Z0000001-A", "Brembo"))
        .send()
        .await
        .unwrap_err();
    let progenitor_client::Error::ErrorResponse(dup) = dup else {
        panic!("expected 409, got {dup:?}")
    };
    assert_eq!(dup.status().as_u16(), 409);
    assert_eq!(dup.detail.as_deref(), Some("duplicate numero_serie"));

    // 200 with ETag; 404 as a typed problem.
    let got = client
        .get_recambio()
        .numero_serie("Z0000001-A")
        .send()
        .await
        .unwrap();
    assert_eq!(got.headers()["etag"], "\"1\"");
    assert_eq!(got.proveedor.to_string(), "Brembo");
    let missing = client
        .get_recambio()
        .numero_serie("Z0000009-Z")
        .send()
        .await
        .unwrap_err();
    assert_eq!(missing.status().map(|s| s.as_u16()), Some(404));

    // Query parameters arrive typed, with contract defaults applied (page 1, page_size 20).
    let page = client
        .list_recambios()
        .proveedor("Bosch")
        .send()
        .await
        .unwrap();
    assert_eq!(page.items.len(), 1);
    assert_eq!(page.items[0].numero_serie.to_string(), "Z0000002-B");
    assert_eq!(
        (page.page.get(), page.page_size.get(), page.total),
        (1, 20, 1)
    );

    // Headers: If-Match reaches the implementation; 428 without it, 412 when stale, 200 + new ETag.
    let update: t::RecambioActualizacion = from_json(
        json!({"nombre": "Kit", "proveedor": "Brembo", "garantia": "1 año", "precio": 200.0}),
    );
    let no_match = client
        .replace_recambio()
        .numero_serie("Z0000001-A")
        .body(update.clone())
        .send()
        .await
        .unwrap_err();
    assert_eq!(no_match.status().map(|s| s.as_u16()), Some(428));
    let stale = client
        .replace_recambio()
        .numero_serie("Z0000001-A")
        .if_match("\"7\"")
        .body(update.clone())
        .send()
        .await
        .unwrap_err();
    assert_eq!(stale.status().map(|s| s.as_u16()), Some(412));
    let replaced = client
        .replace_recambio()
        .numero_serie("Z0000001-A")
        .if_match("\"1\"")
        .body(update)
        .send()
        .await
        .unwrap();
    assert_eq!(replaced.headers()["etag"], "\"2\"");
    assert_eq!(replaced.precio.0, 200.0);

    // Bodies with nested types arrive typed (uuid, integer).
    let reserva = client
        .add_reserva()
        .numero_serie("Z0000001-A")
        .body(from_json::<t::OperacionReserva>(
            json!({"cantidad": 2, "trabajo_id": "3fa85f64-5717-4562-b3fc-2c963f66afa6"}),
        ))
        .send()
        .await
        .unwrap_err();
    let progenitor_client::Error::ErrorResponse(reserva) = reserva else {
        panic!("expected 409")
    };
    assert_eq!(
        reserva.detail.as_deref(),
        Some("2 units for 3fa85f64-5717-4562-b3fc-2c963f66afa6")
    );

    // 204 without a body.
    let deleted = client
        .delete_recambio()
        .numero_serie("Z0000002-B")
        .if_match("\"1\"")
        .send()
        .await
        .unwrap();
    assert_eq!(deleted.status().as_u16(), 204);
}

#[tokio::test]
async fn invalid_requests_are_problems_naming_the_field() {
    let base = serve(router(Parts::default()), CONTRACT_JSON).await;
    let url = format!("{base}/recambios");
    let ok = json!({"numero_serie": "Z0000001-A", "nombre": "Kit", "proveedor": "B", "garantia": "3 meses", "precio": 1.0, "cantidad": 1});

    let mut bad = ok.clone();
    bad["numero_serie"] = json!("nope");
    let r = raw(
        "POST",
        &url,
        Some("application/json"),
        Some(&bad.to_string()),
        &[],
    )
    .await;
    assert_problem(&r, 422, Some("/numero_serie"));

    let mut bad = ok.clone();
    bad["equivalencias"] = json!([{"nombre": "", "fabricante": "x", "modelo": "y"}]);
    let r = raw(
        "POST",
        &url,
        Some("application/json"),
        Some(&bad.to_string()),
        &[],
    )
    .await;
    assert_problem(&r, 422, Some("/equivalencias/0/nombre"));

    let mut bad = ok.clone();
    bad["inventado"] = json!(1);
    let r = raw(
        "POST",
        &url,
        Some("application/json"),
        Some(&bad.to_string()),
        &[],
    )
    .await;
    assert_eq!(r.status, 422, "{r:?}");

    let r = raw(
        "POST",
        &url,
        Some("application/json"),
        Some("{not json"),
        &[],
    )
    .await;
    assert_problem(&r, 400, None);
    let r = raw("POST", &url, Some("text/plain"), Some(&ok.to_string()), &[]).await;
    assert_problem(&r, 415, None);

    let r = raw("GET", &format!("{url}?page=0"), None, None, &[]).await;
    assert_problem(&r, 400, Some("/query/page"));
    let r = raw("GET", &format!("{url}?order=color"), None, None, &[]).await;
    assert_problem(&r, 400, Some("/query/order"));
    let r = raw(
        "GET",
        &format!("{base}/recambios/not-a-serial"),
        None,
        None,
        &[],
    )
    .await;
    assert_problem(&r, 400, Some("/path/numero_serie"));

    assert_surface(&base, "/recambios", "PATCH").await;
}

#[tokio::test]
async fn every_operation_is_protected_as_the_contract_says() {
    let base = serve(router(Parts::default()), CONTRACT_JSON).await;
    assert_protected(&base, "recambios", "A0000001-B").await;
}
