//! The behaviour suite over HTTP, through the generated client, against both backends (the
//! embedded file store and MongoDB — a real SecantusDB, or `MONGODB_URI`): CRUD with
//! ETag/If-Match, lists, stock operations and history, low-stock list, and concurrency.

mod support;

use std::collections::HashSet;

use recambios_client::Error as ClientError;
use recambios_types::{OperacionReserva, OperacionStock, Problem, RecambioActualizacion};
use serde_json::json;
use support::{Backend, Service, nuevo};
use uuid::Uuid;

fn etag<T>(r: &recambios_client::ResponseValue<T>) -> String {
    r.headers()
        .get("etag")
        .expect("an ETag header")
        .to_str()
        .unwrap()
        .to_owned()
}

/// The problem body and status of an expected error response.
fn problem<T: std::fmt::Debug>(result: Result<T, ClientError<Problem>>) -> (u16, Problem) {
    match result {
        Err(ClientError::ErrorResponse(r)) => (r.status().as_u16(), r.into_inner()),
        other => panic!("expected a problem response, got {other:?}"),
    }
}

fn actualizacion(precio: f64, stock_minimo: u32) -> RecambioActualizacion {
    serde_json::from_value(json!({
        "nombre": "Kit de frenos delanteros",
        "proveedor": "Brembo",
        "garantia": "6 meses",
        "precio": precio,
        "iva": 10,
        "stock_minimo": stock_minimo,
    }))
    .unwrap()
}

fn reserva(cantidad: u32, job: Uuid) -> OperacionReserva {
    serde_json::from_value(json!({"cantidad": cantidad, "trabajo_id": job})).unwrap()
}

fn operacion(cantidad: u32, job: Option<Uuid>) -> OperacionStock {
    let mut body = json!({"cantidad": cantidad, "motivo": "prueba"});
    if let Some(job) = job {
        body["trabajo_id"] = json!(job);
    }
    serde_json::from_value(body).unwrap()
}

async fn crud_with_etags(svc: Service) {
    let c = svc.client();
    let created = c
        .create_recambio()
        .body(nuevo("Z0000001-A", 10, 2))
        .send()
        .await
        .unwrap();
    assert_eq!(created.status().as_u16(), 201);
    assert_eq!(
        created.headers()["location"].to_str().unwrap(),
        "/api/v1/recambios/Z0000001-A"
    );
    assert_eq!(etag(&created), "\"1\"");
    assert_eq!(created.importe, 542.47, "computed by the server");
    assert_eq!(created.cantidad_disponible, 10);

    let (status, p) = problem(
        c.create_recambio()
            .body(nuevo("Z0000001-A", 1, 0))
            .send()
            .await,
    );
    assert_eq!(status, 409);
    assert_eq!(p.errors[0].pointer, "/numero_serie");

    let got = c
        .get_recambio()
        .numero_serie("Z0000001-A")
        .send()
        .await
        .unwrap();
    assert_eq!(etag(&got), "\"1\"");
    assert_eq!(got.links.self_.href, "/api/v1/recambios/Z0000001-A");

    let put = || {
        c.replace_recambio()
            .numero_serie("Z0000001-A")
            .body(actualizacion(100.0, 3))
    };
    let (status, p) = problem(put().send().await);
    assert_eq!(status, 428);
    assert_eq!(p.errors[0].pointer, "/header/If-Match");
    let (status, _) = problem(put().if_match("\"7\"").send().await);
    assert_eq!(status, 412);
    let updated = put().if_match("\"1\"").send().await.unwrap();
    assert_eq!(updated.status().as_u16(), 200);
    assert_eq!(etag(&updated), "\"2\"");
    assert_eq!((updated.importe, *updated.iva), (110.0, 10));
    assert_eq!(updated.cantidad, 10, "PUT leaves stock alone");
    // The old ETag is stale now.
    let (status, _) = problem(put().if_match("\"1\"").send().await);
    assert_eq!(status, 412);

    let (status, _) = problem(c.delete_recambio().numero_serie("Z0000001-A").send().await);
    assert_eq!(status, 428);
    let (status, _) = problem(
        c.delete_recambio()
            .numero_serie("Z0000001-A")
            .if_match("\"1\"")
            .send()
            .await,
    );
    assert_eq!(status, 412);
    let deleted = c
        .delete_recambio()
        .numero_serie("Z0000001-A")
        .if_match("\"2\"")
        .send()
        .await
        .unwrap();
    assert_eq!(deleted.status().as_u16(), 204);
    let (status, p) = problem(c.get_recambio().numero_serie("Z0000001-A").send().await);
    assert_eq!((status, p.status), (404, 404));
    assert_eq!(p.instance.as_deref(), Some("/recambios/Z0000001-A"));
    let (status, _) = problem(put().if_match("\"2\"").send().await);
    assert_eq!(status, 404);
}

async fn lists(svc: Service) {
    let c = svc.client();
    let empty = c.list_recambios().send().await.unwrap();
    assert_eq!(
        (empty.items.len(), empty.total, empty.total_pages),
        (0, 0, 0)
    );
    for i in 0..5u32 {
        let mut body = serde_json::to_value(nuevo(&format!("L000000{i}-A"), i * 10, 0)).unwrap();
        body["nombre"] = json!(
            [
                "Filtro de aceite",
                "Pastillas",
                "Disco",
                "Bujía",
                "Filtro de aire"
            ][i as usize]
        );
        body["precio"] = json!(10.0 + f64::from(i));
        if i == 4 {
            body["proveedor"] = json!("Mann");
            body["equivalencias"] =
                json!([{"nombre": "X", "fabricante": "Bosch", "modelo": "Ibiza"}]);
        }
        c.create_recambio()
            .body(serde_json::from_value::<recambios_types::RecambioNuevo>(body).unwrap())
            .send()
            .await
            .unwrap();
    }
    let page = c
        .list_recambios()
        .page(2u64)
        .page_size(2u64)
        .order(recambios_client::types::ListRecambiosOrder::Precio)
        .ordering(recambios_client::types::ListRecambiosOrdering::Desc)
        .send()
        .await
        .unwrap();
    let ids: Vec<_> = page
        .items
        .iter()
        .map(|p| p.numero_serie.to_string())
        .collect();
    assert_eq!(ids, ["L0000002-A", "L0000001-A"]);
    assert_eq!((page.total, page.total_pages), (5, 3));
    let next = page
        .links
        .next_page
        .as_ref()
        .expect("a next page")
        .href
        .clone();
    assert!(
        next.contains("page=3") && next.contains("order=precio"),
        "{next}"
    );
    assert!(
        page.links
            .prev_page
            .as_ref()
            .unwrap()
            .href
            .contains("page=1")
    );

    let filtro = c.list_recambios().nombre("filtro").send().await.unwrap();
    assert_eq!(filtro.total, 2);
    let bosch = c
        .list_recambios()
        .fabricante("Bosch")
        .modelo("Ibiza")
        .send()
        .await
        .unwrap();
    assert_eq!(bosch.items[0].numero_serie.to_string(), "L0000004-A");
    let rango = c
        .list_recambios()
        .precio_min(11.0)
        .precio_max(13.0)
        .cantidad_min(20)
        .send()
        .await
        .unwrap();
    let ids: Vec<_> = rango
        .items
        .iter()
        .map(|p| p.numero_serie.to_string())
        .collect();
    assert_eq!(ids, ["L0000002-A", "L0000003-A"]);
    // Every link keeps the request's sort and filters (with their defaults), URL-encoded, in
    // this order, then the page: what one form serializer per link wrote before the shared
    // query was encoded once.
    let href = |n: u64| {
        let mut q = form_urlencoded::Serializer::new(String::new());
        q.extend_pairs([
            ("order", "numero_serie"),
            ("ordering", "ASC"),
            ("nombre", "de a&b"),
            ("precio_min", "11"),
            ("precio_max", "13"),
            ("cantidad_min", "0"),
        ]);
        q.append_pair("page", &n.to_string());
        q.append_pair("page_size", "1");
        format!("/api/v1/recambios?{}", q.finish())
    };
    let encoded = c
        .list_recambios()
        .nombre("de a&b")
        .precio_min(11.0)
        .precio_max(13.0)
        .cantidad_min(0)
        .page(2u64)
        .page_size(1u64)
        .send()
        .await
        .unwrap();
    assert_eq!(encoded.total, 0);
    let links = &encoded.links;
    assert_eq!(
        (
            links.self_.href.as_str(),
            links.first.href.as_str(),
            links.last.href.as_str(),
            links.prev_page.as_ref().map(|l| l.href.as_str()),
            links.next_page.as_ref().map(|l| l.href.as_str()),
        ),
        (
            href(2).as_str(),
            href(1).as_str(),
            href(1).as_str(),
            Some(href(1).as_str()),
            None
        )
    );
    let mann = c.list_recambios().proveedor("Mann").send().await.unwrap();
    assert_eq!(mann.total, 1);
    let none = c.list_recambios().page(50u64).send().await.unwrap();
    assert_eq!((none.items.len(), none.total), (0, 5));
}

async fn stock_flow(svc: Service) {
    let c = svc.client();
    c.create_recambio()
        .body(nuevo("S0000001-A", 5, 2))
        .send()
        .await
        .unwrap();
    let job = Uuid::new_v4();
    let after = c
        .add_reserva()
        .numero_serie("S0000001-A")
        .body(reserva(3, job))
        .send()
        .await
        .unwrap();
    assert_eq!(
        (
            after.cantidad,
            after.cantidad_reservada,
            after.cantidad_disponible
        ),
        (5, 3, 2)
    );
    assert!(after.stock_bajo);
    assert_eq!(etag(&after), "\"2\"");
    let low = c.list_stock_bajo().send().await.unwrap();
    assert_eq!(low.items[0].numero_serie.to_string(), "S0000001-A");

    let (status, p) = problem(
        c.add_reserva()
            .numero_serie("S0000001-A")
            .body(reserva(3, Uuid::new_v4()))
            .send()
            .await,
    );
    assert_eq!(status, 409);
    assert!(p.detail.unwrap().contains("only 2"));
    let (status, _) = problem(
        c.add_liberacion()
            .numero_serie("S0000001-A")
            .body(reserva(1, Uuid::new_v4()))
            .send()
            .await,
    );
    assert_eq!(status, 409, "another job cannot release this one's units");

    c.add_salida()
        .numero_serie("S0000001-A")
        .body(operacion(2, Some(job)))
        .send()
        .await
        .unwrap();
    c.add_liberacion()
        .numero_serie("S0000001-A")
        .body(reserva(1, job))
        .send()
        .await
        .unwrap();
    let after = c
        .add_entrada()
        .numero_serie("S0000001-A")
        .body(operacion(7, None))
        .send()
        .await
        .unwrap();
    assert_eq!(
        (
            after.cantidad,
            after.cantidad_reservada,
            after.cantidad_disponible
        ),
        (10, 0, 10)
    );
    assert!(!after.stock_bajo);
    assert_eq!(c.list_stock_bajo().send().await.unwrap().total, 0);
    let (status, _) = problem(
        c.add_salida()
            .numero_serie("S0000001-A")
            .body(operacion(11, None))
            .send()
            .await,
    );
    assert_eq!(status, 409);
    let (status, _) = problem(
        c.add_entrada()
            .numero_serie("S0000009-A")
            .body(operacion(1, None))
            .send()
            .await,
    );
    assert_eq!(status, 404);

    let history = c
        .list_movimientos()
        .numero_serie("S0000001-A")
        .send()
        .await
        .unwrap();
    let tipos: Vec<_> = history.items.iter().map(|m| m.tipo.to_string()).collect();
    assert_eq!(tipos, ["reserva", "salida", "liberacion", "entrada"]);
    assert_eq!(history.items[1].trabajo_id, Some(job));
    assert_eq!(history.items[3].cantidad_resultante, 10);
    let (status, _) = problem(c.list_movimientos().numero_serie("S0000009-A").send().await);
    assert_eq!(status, 404);
}

async fn concurrent_reservations(svc: Service) {
    let c = svc.client();
    c.create_recambio()
        .body(nuevo("R0000001-A", 10, 0))
        .send()
        .await
        .unwrap();
    let tasks: Vec<_> = (0..100)
        .map(|_| {
            let c = c.clone();
            tokio::spawn(async move {
                c.add_reserva()
                    .numero_serie("R0000001-A")
                    .body(reserva(1, Uuid::new_v4()))
                    .send()
                    .await
                    .map(|r| r.status().as_u16())
                    .map_err(|e| e.status().map(|s| s.as_u16()))
            })
        })
        .collect();
    let mut ok = 0;
    for t in tasks {
        match t.await.unwrap() {
            Ok(200) => ok += 1,
            Err(Some(409)) => {}
            other => panic!("unexpected outcome {other:?}"),
        }
    }
    assert_eq!(ok, 10);
    let part = c
        .get_recambio()
        .numero_serie("R0000001-A")
        .send()
        .await
        .unwrap();
    assert_eq!((part.cantidad_disponible, part.cantidad_reservada), (0, 10));
}

async fn concurrent_creates(svc: Service) {
    let c = svc.client();
    let tasks: Vec<_> = (0..20)
        .map(|_| {
            let c = c.clone();
            tokio::spawn(async move {
                match c
                    .create_recambio()
                    .body(nuevo("K0000001-A", 3, 0))
                    .send()
                    .await
                {
                    Ok(r) => r.status().as_u16(),
                    Err(e) => e.status().map_or(0, |s| s.as_u16()),
                }
            })
        })
        .collect();
    let mut statuses = Vec::new();
    for t in tasks {
        statuses.push(t.await.unwrap());
    }
    assert_eq!(
        statuses.iter().filter(|s| **s == 201).count(),
        1,
        "{statuses:?}"
    );
    assert_eq!(
        statuses.iter().filter(|s| **s == 409).count(),
        19,
        "{statuses:?}"
    );
    let distinct: HashSet<_> = statuses.into_iter().collect();
    assert_eq!(distinct.len(), 2);
}

macro_rules! both_backends {
    ($($name:ident),*) => {
        mod mongo {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
                async fn $name() {
                    super::$name(super::Service::start(super::Backend::mongo(), &[]).await).await;
                }
            )*
        }
        mod embedded {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
                async fn $name() {
                    super::$name(super::Service::start(super::Backend::embedded(), &[]).await).await;
                }
            )*
        }
    };
}

both_backends!(
    crud_with_etags,
    lists,
    stock_flow,
    concurrent_reservations,
    concurrent_creates
);

#[tokio::test]
async fn serves_docs_contract_and_health() {
    let svc = Service::start(Backend::embedded(), &[]).await;
    let http = support::http();
    let contract: serde_json::Value = http
        .get(svc.url("/openapi.json"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(
        contract["info"]["title"],
        "taller — recambios (spare parts and stock)"
    );
    let docs = http.get(svc.url("/docs/")).send().await.unwrap();
    assert_eq!(docs.status().as_u16(), 200);
    assert!(docs.text().await.unwrap().contains("swagger"));
    for probe in ["/healthz", "/readyz"] {
        assert_eq!(
            http.get(svc.url(probe))
                .send()
                .await
                .unwrap()
                .status()
                .as_u16(),
            200
        );
    }
}
