//! The HTTP contract: `RecambiosApi` (generated from specs/recambios.yaml) implemented on top of
//! the use cases. Requests arrive already validated against the contract; this module only
//! converts between the contract's types and the domain's, builds links, and turns the crate's
//! [`Error`] into problem+json — the one place where that happens ([`problem`]).

use std::num::NonZeroU64;

use recambios_server::{
    AddEntradaRequest, AddEntradaResponse, AddLiberacionRequest, AddLiberacionResponse,
    AddReservaRequest, AddReservaResponse, AddSalidaRequest, AddSalidaResponse,
    CreateRecambioRequest, CreateRecambioResponse, DeleteRecambioRequest, DeleteRecambioResponse,
    GetRecambioRequest, GetRecambioResponse, ListMovimientosRequest, ListMovimientosResponse,
    ListRecambiosRequest, ListRecambiosResponse, ListStockBajoRequest, ListStockBajoResponse,
    RecambiosApi, ReplaceRecambioRequest, ReplaceRecambioResponse,
};
use recambios_types as t;
use uuid::Uuid;

use crate::domain::{
    self, Catalogo, Filters, Page, PageRequest, SortField, StockRequest, TipoMovimiento,
};
use crate::error::{Error, Result};
use crate::service::Recambios;

/// The service as the generated router sees it.
#[derive(Clone)]
pub struct Api {
    service: Recambios,
    /// What the gateway puts in front of the contract's paths (e.g. `/api/v1`), for links.
    prefix: String,
}

impl Api {
    pub fn new(service: Recambios, prefix: impl Into<String>) -> Self {
        Api {
            service,
            prefix: prefix.into().trim_end_matches('/').to_owned(),
        }
    }
}

/// The problem+json body for an error (the one place errors become HTTP), with its status.
pub fn problem(error: &Error, instance: &str) -> (u16, t::Problem) {
    let field = |pointer: &str, detail: &str| t::ProblemErrorsItem {
        pointer: pointer.to_owned(),
        detail: detail.to_owned(),
    };
    let (status, title, errors) = match error {
        Error::NotFound(_) => (404, "Not Found", vec![]),
        Error::Duplicate(_) => (
            409,
            "Conflict",
            vec![field("/numero_serie", "already exists")],
        ),
        Error::Shortage { .. } => (
            409,
            "Conflict",
            vec![field("/cantidad", "not enough stock")],
        ),
        Error::Stale { .. } => (
            412,
            "Precondition Failed",
            vec![field("/header/If-Match", "does not match the current ETag")],
        ),
        Error::IfMatchMissing => (
            428,
            "Precondition Required",
            vec![field("/header/If-Match", "missing")],
        ),
        Error::Unavailable(_) => (503, "Service Unavailable", vec![]),
        Error::Internal(_) => (500, "Internal Server Error", vec![]),
    };
    let detail = match error {
        Error::Shortage {
            numero_serie,
            pedido,
            shortage,
        } => shortage.describe(numero_serie, *pedido),
        Error::Stale { current } => format!(
            "If-Match does not match the current ETag {}",
            domain::etag(*current)
        ),
        // Internal details stay in the log, not in the answer.
        Error::Internal(_) => "an unexpected error happened; it has been logged".into(),
        Error::Unavailable(_) => "the database is unreachable; retry later".into(),
        other => other.to_string(),
    };
    if status >= 500 {
        tracing::error!(%error, instance, "request failed");
    }
    (
        status,
        t::Problem {
            type_: "about:blank".into(),
            title: title.into(),
            status: i64::from(status),
            detail: Some(detail),
            instance: Some(instance.to_owned()),
            errors,
        },
    )
}

/// Picks the response variant declared for the error's status; a status the operation does
/// not declare can only be a bug, so it becomes the 500 every operation declares.
macro_rules! failure {
    ($response:ident, $error:expr, $instance:expr $(, $status:literal => $variant:ident)*) => {{
        let (status, body) = problem(&$error, &$instance);
        match status {
            $($status => $response::$variant(body),)*
            503 => $response::ServiceUnavailable503(body),
            _ => $response::InternalServerError500(body),
        }
    }};
}

/// The answer of a stock operation: the part and its new ETag, or its problem.
macro_rules! stock_response {
    ($response:ident, $result:expr, $numero_serie:expr, $segment:literal) => {
        match $result {
            Ok((body, etag)) => $response::Ok200 {
                body,
                etag: Some(etag),
            },
            Err(e) => failure!($response, e, format!("/recambios/{}/{}", &**$numero_serie, $segment),
                404 => NotFound404, 409 => Conflict409),
        }
    };
}

fn internal(what: &str) -> impl Fn(t::error::ConversionError) -> Error + '_ {
    move |e| Error::Internal(format!("stored {what} does not fit the contract: {e}"))
}

impl Api {
    fn part_path(&self, numero_serie: &str) -> String {
        format!("{}/recambios/{numero_serie}", self.prefix)
    }

    /// A stored part in the contract's shape.
    fn to_contract(&self, p: &domain::Recambio) -> Result<t::Recambio> {
        let c = &p.catalogo;
        let int = |v: u32| i64::from(v);
        let equivalencias = c
            .equivalencias
            .iter()
            .map(|e| {
                Ok(t::Equivalencia {
                    nombre: e
                        .nombre
                        .clone()
                        .try_into()
                        .map_err(internal("equivalencia"))?,
                    fabricante: e
                        .fabricante
                        .clone()
                        .try_into()
                        .map_err(internal("equivalencia"))?,
                    modelo: e
                        .modelo
                        .clone()
                        .try_into()
                        .map_err(internal("equivalencia"))?,
                })
            })
            .collect::<Result<Vec<_>>>()?;
        Ok(t::Recambio {
            numero_serie: p
                .numero_serie
                .clone()
                .try_into()
                .map_err(internal("numero_serie"))?,
            nombre: c.nombre.clone().try_into().map_err(internal("nombre"))?,
            descripcion: c
                .descripcion
                .clone()
                .map(TryInto::try_into)
                .transpose()
                .map_err(internal("descripcion"))?,
            proveedor: c
                .proveedor
                .clone()
                .try_into()
                .map_err(internal("proveedor"))?,
            equivalencias,
            garantia: c
                .garantia
                .clone()
                .try_into()
                .map_err(internal("garantia"))?,
            precio: t::Precio(c.precio),
            iva: t::Iva::try_from(i64::from(c.iva)).map_err(internal("iva"))?,
            importe: p.importe,
            cantidad: int(p.cantidad),
            cantidad_reservada: int(p.cantidad_reservada),
            cantidad_disponible: int(p.cantidad_disponible),
            stock_minimo: int(c.stock_minimo),
            stock_bajo: p.stock_bajo,
            version: NonZeroU64::new(p.version)
                .ok_or_else(|| Error::Internal("version 0".into()))?,
            links: t::EnlacesRecurso {
                parent: link(format!("{}/recambios", self.prefix)),
                self_: link(self.part_path(&p.numero_serie)),
            },
        })
    }

    /// The page object of a list: items plus totals and navigation links that keep `query`
    /// (the request's filters and sort).
    fn page_links(
        &self,
        path: &str,
        query: &[(&str, String)],
        page: &PageRequest,
        total: u64,
    ) -> (u64, t::EnlacesPagina) {
        let total_pages = total.div_ceil(page.page_size);
        let href = |n: u64| {
            let mut q = form_urlencoded::Serializer::new(String::new());
            for (k, v) in query {
                q.append_pair(k, v);
            }
            q.append_pair("page", &n.to_string());
            q.append_pair("page_size", &page.page_size.to_string());
            link(format!("{}{path}?{}", self.prefix, q.finish()))
        };
        let last = total_pages.max(1);
        let links = t::EnlacesPagina {
            self_: href(page.page),
            first: href(1),
            last: href(last),
            prev_page: (page.page > 1).then(|| href((page.page - 1).min(last))),
            next_page: (page.page < total_pages).then(|| href(page.page + 1)),
        };
        (total_pages, links)
    }

    fn parts_page(
        &self,
        path: &str,
        query: &[(&str, String)],
        page: &PageRequest,
        found: Page<domain::Recambio>,
    ) -> Result<t::PaginaRecambios> {
        let (total_pages, links) = self.page_links(path, query, page, found.total);
        Ok(t::PaginaRecambios {
            items: found
                .items
                .iter()
                .map(|p| self.to_contract(p))
                .collect::<Result<_>>()?,
            page: nonzero(page.page),
            page_size: nonzero(page.page_size),
            total: found.total,
            total_pages,
            links,
        })
    }

    async fn stock(
        &self,
        numero_serie: &str,
        tipo: TipoMovimiento,
        cantidad: NonZeroU64,
        trabajo_id: Option<Uuid>,
        motivo: Option<&String>,
    ) -> Result<(t::Recambio, String)> {
        let request = StockRequest {
            tipo,
            // The contract bounds it to 1..=10000.
            cantidad: u32::try_from(cantidad.get()).unwrap_or(u32::MAX),
            trabajo_id,
            motivo: motivo.cloned(),
        };
        let ns = numero_serie.to_owned();
        let after = detached(&self.service, move |s| async move {
            s.mover(&ns, request).await
        })
        .await?;
        Ok((self.to_contract(&after)?, after.etag()))
    }
}

/// Runs a use case that writes on its own task, so that it completes even if the caller hangs
/// up: a write abandoned half-way helps nobody (and SecantusDB was seen to stall new writes
/// after clients dropped theirs mid-flight). Reads run in the handler: dropping one is free.
async fn detached<T, F, Fut>(service: &Recambios, work: F) -> Result<T>
where
    F: FnOnce(Recambios) -> Fut,
    Fut: Future<Output = Result<T>> + Send + 'static,
    T: Send + 'static,
{
    tokio::spawn(work(service.clone()))
        .await
        .map_err(|e| Error::Internal(format!("use case task: {e}")))?
}

fn link(href: String) -> t::Link {
    t::Link { href, rel: None }
}

fn nonzero(n: u64) -> NonZeroU64 {
    NonZeroU64::new(n).unwrap_or(NonZeroU64::MIN)
}

fn page_request(page: NonZeroU64, size: NonZeroU64, order: &str, ordering: &str) -> PageRequest {
    let order = match order {
        "nombre" => SortField::Nombre,
        "proveedor" => SortField::Proveedor,
        "precio" => SortField::Precio,
        "importe" => SortField::Importe,
        "cantidad" => SortField::Cantidad,
        _ => SortField::NumeroSerie,
    };
    PageRequest {
        page: page.get(),
        page_size: size.get(),
        order,
        descending: ordering == "DESC",
    }
}

/// Counts in the contract are bounded (0..=10000), so they fit; clamp instead of failing.
fn count(v: i64) -> u32 {
    u32::try_from(v.max(0)).unwrap_or(u32::MAX)
}

/// The catalogue data of a create or replace body (both carry the same fields, in two
/// generated types).
macro_rules! catalogo {
    ($b:expr) => {{
        let b = &$b;
        Catalogo {
            nombre: b.nombre.to_string(),
            descripcion: b.descripcion.as_ref().map(|d| d.to_string()),
            proveedor: b.proveedor.to_string(),
            equivalencias: b
                .equivalencias
                .as_ref()
                .map(|list| list.iter().map(equivalencia).collect())
                .unwrap_or_default(),
            garantia: b.garantia.to_string(),
            precio: b.precio.0,
            iva: b
                .iva
                .as_ref()
                .map_or(21, |i| u8::try_from(**i).unwrap_or(21)),
            stock_minimo: count(b.stock_minimo),
        }
    }};
}

fn equivalencia(e: &t::Equivalencia) -> domain::Equivalencia {
    domain::Equivalencia {
        nombre: e.nombre.to_string(),
        fabricante: e.fabricante.to_string(),
        modelo: e.modelo.to_string(),
    }
}

impl RecambiosApi for Api {
    async fn list_recambios(&self, request: ListRecambiosRequest) -> ListRecambiosResponse {
        let q = request.query;
        let page = page_request(
            q.page,
            q.page_size,
            &q.order.to_string(),
            &q.ordering.to_string(),
        );
        let filters = Filters {
            nombre: q.nombre.as_ref().map(|v| v.to_string()),
            proveedor: q.proveedor.as_ref().map(|v| v.to_string()),
            precio_min: q.precio_min,
            precio_max: q.precio_max,
            cantidad_min: q.cantidad_min.map(count),
            cantidad_max: q.cantidad_max.map(count),
            fabricante: q.fabricante.as_ref().map(|v| v.to_string()),
            modelo: q.modelo.as_ref().map(|v| v.to_string()),
            stock_bajo: false,
        };
        let mut query: Vec<(&str, String)> = vec![
            ("order", q.order.to_string()),
            ("ordering", q.ordering.to_string()),
        ];
        let optional = [
            ("nombre", filters.nombre.clone()),
            ("proveedor", filters.proveedor.clone()),
            ("precio_min", q.precio_min.map(|v| v.to_string())),
            ("precio_max", q.precio_max.map(|v| v.to_string())),
            ("cantidad_min", q.cantidad_min.map(|v| v.to_string())),
            ("cantidad_max", q.cantidad_max.map(|v| v.to_string())),
            ("fabricante", filters.fabricante.clone()),
            ("modelo", filters.modelo.clone()),
        ];
        query.extend(optional.into_iter().filter_map(|(k, v)| v.map(|v| (k, v))));
        let result = async {
            let found = self.service.listar(&filters, &page).await?;
            self.parts_page("/recambios", &query, &page, found)
        };
        match result.await {
            Ok(body) => ListRecambiosResponse::Ok200(body),
            Err(e) => failure!(ListRecambiosResponse, e, "/recambios"),
        }
    }

    async fn create_recambio(&self, request: CreateRecambioRequest) -> CreateRecambioResponse {
        let b = request.body;
        let cat = catalogo!(b);
        let result = async {
            let (ns, cantidad) = (b.numero_serie.to_string(), count(b.cantidad.0));
            let part = detached(&self.service, move |s| async move {
                s.crear(ns, cat, cantidad).await
            })
            .await?;
            Ok::<_, Error>((self.to_contract(&part)?, part.etag()))
        };
        match result.await {
            Ok((body, etag)) => CreateRecambioResponse::Created201 {
                location: Some(self.part_path(&b.numero_serie)),
                etag: Some(etag),
                body,
            },
            Err(e) => failure!(CreateRecambioResponse, e, "/recambios", 409 => Conflict409),
        }
    }

    async fn list_stock_bajo(&self, request: ListStockBajoRequest) -> ListStockBajoResponse {
        let q = request.query;
        let page = page_request(
            q.page,
            q.page_size,
            &q.order.to_string(),
            &q.ordering.to_string(),
        );
        let filters = Filters {
            stock_bajo: true,
            ..Filters::default()
        };
        let query = [
            ("order", q.order.to_string()),
            ("ordering", q.ordering.to_string()),
        ];
        let result = async {
            let found = self.service.listar(&filters, &page).await?;
            self.parts_page("/recambios/stock-bajo", &query, &page, found)
        };
        match result.await {
            Ok(body) => ListStockBajoResponse::Ok200(body),
            Err(e) => failure!(ListStockBajoResponse, e, "/recambios/stock-bajo"),
        }
    }

    async fn get_recambio(&self, request: GetRecambioRequest) -> GetRecambioResponse {
        let ns = request.path.numero_serie.to_string();
        let result = async {
            let part = self.service.obtener(&ns).await?;
            Ok::<_, Error>((self.to_contract(&part)?, part.etag()))
        };
        match result.await {
            Ok((body, etag)) => GetRecambioResponse::Ok200 {
                body,
                etag: Some(etag),
            },
            Err(e) => {
                failure!(GetRecambioResponse, e, format!("/recambios/{ns}"), 404 => NotFound404)
            }
        }
    }

    async fn replace_recambio(&self, request: ReplaceRecambioRequest) -> ReplaceRecambioResponse {
        let ns = request.path.numero_serie.to_string();
        let b = request.body;
        let cat = catalogo!(b);
        let if_match = request.headers.if_match.as_ref().map(|h| h.as_str());
        let result = async {
            let (n, im) = (ns.clone(), if_match.map(str::to_owned));
            let part = detached(&self.service, move |s| async move {
                s.reemplazar(&n, im.as_deref(), cat).await
            })
            .await?;
            Ok::<_, Error>((self.to_contract(&part)?, part.etag()))
        };
        match result.await {
            Ok((body, etag)) => ReplaceRecambioResponse::Ok200 {
                body,
                etag: Some(etag),
            },
            Err(e) => failure!(ReplaceRecambioResponse, e, format!("/recambios/{ns}"),
                404 => NotFound404, 412 => PreconditionFailed412, 428 => PreconditionRequired428),
        }
    }

    async fn delete_recambio(&self, request: DeleteRecambioRequest) -> DeleteRecambioResponse {
        let ns = request.path.numero_serie.to_string();
        let if_match = request.headers.if_match.as_ref().map(|h| h.as_str());
        let (n, im) = (ns.clone(), if_match.map(str::to_owned));
        let result = detached(&self.service, move |s| async move {
            s.borrar(&n, im.as_deref()).await
        });
        match result.await {
            Ok(()) => DeleteRecambioResponse::NoContent204,
            Err(e) => failure!(DeleteRecambioResponse, e, format!("/recambios/{ns}"),
                404 => NotFound404, 412 => PreconditionFailed412, 428 => PreconditionRequired428),
        }
    }

    async fn add_entrada(&self, request: AddEntradaRequest) -> AddEntradaResponse {
        let (ns, b) = (&request.path.numero_serie, &request.body);
        let result = self
            .stock(
                ns,
                TipoMovimiento::Entrada,
                b.cantidad,
                b.trabajo_id,
                b.motivo.as_deref(),
            )
            .await;
        stock_response!(AddEntradaResponse, result, ns, "entradas")
    }

    async fn add_salida(&self, request: AddSalidaRequest) -> AddSalidaResponse {
        let (ns, b) = (&request.path.numero_serie, &request.body);
        let result = self
            .stock(
                ns,
                TipoMovimiento::Salida,
                b.cantidad,
                b.trabajo_id,
                b.motivo.as_deref(),
            )
            .await;
        stock_response!(AddSalidaResponse, result, ns, "salidas")
    }

    async fn add_reserva(&self, request: AddReservaRequest) -> AddReservaResponse {
        let (ns, b) = (&request.path.numero_serie, &request.body);
        let job = Some(b.trabajo_id);
        let result = self
            .stock(
                ns,
                TipoMovimiento::Reserva,
                b.cantidad,
                job,
                b.motivo.as_deref(),
            )
            .await;
        stock_response!(AddReservaResponse, result, ns, "reservas")
    }

    async fn add_liberacion(&self, request: AddLiberacionRequest) -> AddLiberacionResponse {
        let (ns, b) = (&request.path.numero_serie, &request.body);
        let job = Some(b.trabajo_id);
        let result = self
            .stock(
                ns,
                TipoMovimiento::Liberacion,
                b.cantidad,
                job,
                b.motivo.as_deref(),
            )
            .await;
        stock_response!(AddLiberacionResponse, result, ns, "liberaciones")
    }

    async fn list_movimientos(&self, request: ListMovimientosRequest) -> ListMovimientosResponse {
        let ns = request.path.numero_serie.to_string();
        let q = request.query;
        let page = page_request(q.page, q.page_size, "numero_serie", &q.ordering.to_string());
        let path = format!("/recambios/{ns}/movimientos");
        let result = async {
            let found = self.service.movimientos(&ns, &page).await?;
            let query = [("ordering", q.ordering.to_string())];
            let (total_pages, links) = self.page_links(&path, &query, &page, found.total);
            let items = found
                .items
                .into_iter()
                .map(movimiento)
                .collect::<Result<_>>()?;
            Ok::<_, Error>(t::PaginaMovimientos {
                items,
                page: nonzero(page.page),
                page_size: nonzero(page.page_size),
                total: found.total,
                total_pages,
                links,
            })
        };
        match result.await {
            Ok(body) => ListMovimientosResponse::Ok200(body),
            Err(e) => failure!(ListMovimientosResponse, e, path, 404 => NotFound404),
        }
    }
}

fn movimiento(m: domain::Movimiento) -> Result<t::Movimiento> {
    Ok(t::Movimiento {
        id: m.id,
        numero_serie: m
            .numero_serie
            .try_into()
            .map_err(internal("numero_serie"))?,
        tipo: match m.tipo {
            TipoMovimiento::Entrada => t::MovimientoTipo::Entrada,
            TipoMovimiento::Salida => t::MovimientoTipo::Salida,
            TipoMovimiento::Reserva => t::MovimientoTipo::Reserva,
            TipoMovimiento::Liberacion => t::MovimientoTipo::Liberacion,
        },
        cantidad: nonzero(u64::from(m.cantidad)),
        trabajo_id: m.trabajo_id,
        motivo: m
            .motivo
            .map(TryInto::try_into)
            .transpose()
            .map_err(internal("motivo"))?,
        fecha: m.fecha,
        cantidad_resultante: i64::from(m.cantidad_resultante),
        reservada_resultante: i64::from(m.reservada_resultante),
    })
}
