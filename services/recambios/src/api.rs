//! The HTTP contract: `RecambiosApi` (generated from specs/recambios.yaml) implemented on top of
//! the use cases. Requests arrive already validated against the contract; this module only
//! converts between the contract's types and the domain's, builds links, and says which
//! problem each [`Error`] is — the one place where that happens (its `ApiError` impl).

use std::num::NonZeroU64;
use std::sync::Arc;

use axum::http::StatusCode;
use recambios_server::{
    AddEntradaRequest, AddEntradaResponse, AddLiberacionRequest, AddLiberacionResponse,
    AddReservaRequest, AddReservaResponse, AddSalidaRequest, AddSalidaResponse,
    CreateRecambioRequest, CreateRecambioResponse, Credential, DeleteRecambioRequest,
    DeleteRecambioResponse, GetRecambioRequest, GetRecambioResponse, ListMovimientosRequest,
    ListMovimientosResponse, ListRecambiosRequest, ListRecambiosResponse, ListStockBajoRequest,
    ListStockBajoResponse, RecambiosApi, ReplaceRecambioRequest, ReplaceRecambioResponse,
    RequestContext, SecurityScheme, Unauthorized, types,
};
use recambios_types as t;
use taller_runtime::jwt::{Caller, Verifier};
use taller_runtime::{ApiError, FieldError, Problem};
use uuid::Uuid;

use crate::domain::{
    self, Catalogo, Filters, Page, PageRequest, SortField, StockRequest, TipoMovimiento,
};
use crate::error::{Error, Result};
use crate::service::Recambios;
use crate::tokens::{self, VerifiedTokens};

/// The service as the generated router sees it.
#[derive(Clone)]
pub struct Api {
    service: Recambios,
    /// What the gateway puts in front of the contract's paths (e.g. `/api/v1`), for links.
    prefix: String,
    /// `{prefix}/recambios`: every part's `parent` link, and the start of its `self` link.
    collection: String,
    /// Checks the bearer tokens of the contract's `bearerAuth` scheme.
    verifier: Arc<Verifier>,
    /// The tokens `verifier` has accepted, until their `exp`.
    tokens: Arc<VerifiedTokens>,
}

impl Api {
    pub fn new(service: Recambios, prefix: impl Into<String>, verifier: Arc<Verifier>) -> Self {
        let prefix = prefix.into().trim_end_matches('/').to_owned();
        Api {
            service,
            collection: format!("{prefix}/recambios"),
            prefix,
            verifier,
            tokens: Arc::default(),
        }
    }
}

/// The one place errors become HTTP: each error names its problem; the generated router
/// answers it with the operation's declared response for that status (or the 500 every
/// operation declares) and the service's logging layer logs 5xx answers with their cause.
impl ApiError for Error {
    fn problem(&self) -> Problem {
        let field = |pointer: &str, detail: &str| vec![FieldError::new(pointer, detail)];
        let (status, errors) = match self {
            Error::NotFound(_) => (StatusCode::NOT_FOUND, vec![]),
            Error::Duplicate(_) => (
                StatusCode::CONFLICT,
                field("/numero_serie", "already exists"),
            ),
            Error::Shortage { .. } => {
                (StatusCode::CONFLICT, field("/cantidad", "not enough stock"))
            }
            Error::Stale { .. } => (
                StatusCode::PRECONDITION_FAILED,
                field("/header/If-Match", "does not match the current ETag"),
            ),
            Error::IfMatchMissing => (
                StatusCode::PRECONDITION_REQUIRED,
                field("/header/If-Match", "missing"),
            ),
            Error::Unavailable { .. } => (StatusCode::SERVICE_UNAVAILABLE, vec![]),
            Error::Internal { .. } => (StatusCode::INTERNAL_SERVER_ERROR, vec![]),
        };
        let detail = match self {
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
            Error::Internal { .. } => "an unexpected error happened; it has been logged".into(),
            Error::Unavailable { .. } => "the database is unreachable; retry later".into(),
            other => other.to_string(),
        };
        Problem::new(status, detail).with_errors(errors)
    }
}

fn internal(what: &str) -> impl Fn(t::error::ConversionError) -> Error + '_ {
    move |e| Error::internal_from(format!("stored {what} does not fit the contract"), e)
}

impl Api {
    /// `{prefix}/recambios/{numero_serie}`, written without the formatting machinery (a list
    /// writes one per part).
    fn part_path(&self, numero_serie: &str) -> String {
        let mut path = String::with_capacity(self.collection.len() + 1 + numero_serie.len());
        path.push_str(&self.collection);
        path.push('/');
        path.push_str(numero_serie);
        path
    }

    /// A stored part in the contract's shape. Each text is converted from a borrowed `&str`:
    /// the contract's string types copy what they are given, so cloning first would copy
    /// every text twice.
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
                        .as_str()
                        .try_into()
                        .map_err(internal("equivalencia"))?,
                    fabricante: e
                        .fabricante
                        .as_str()
                        .try_into()
                        .map_err(internal("equivalencia"))?,
                    modelo: e
                        .modelo
                        .as_str()
                        .try_into()
                        .map_err(internal("equivalencia"))?,
                })
            })
            .collect::<Result<Vec<_>>>()?;
        Ok(t::Recambio {
            numero_serie: p
                .numero_serie
                .as_str()
                .try_into()
                .map_err(internal("numero_serie"))?,
            nombre: c.nombre.as_str().try_into().map_err(internal("nombre"))?,
            descripcion: c
                .descripcion
                .as_deref()
                .map(TryInto::try_into)
                .transpose()
                .map_err(internal("descripcion"))?,
            proveedor: c
                .proveedor
                .as_str()
                .try_into()
                .map_err(internal("proveedor"))?,
            equivalencias,
            garantia: c
                .garantia
                .as_str()
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
                .ok_or_else(|| Error::internal("stored version 0"))?,
            links: t::EnlacesRecurso {
                parent: link(self.collection.clone()),
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
        // The query is the same in every link but for the page number: encoded once.
        let start = format!("{}{path}?", self.prefix);
        let len = start.len();
        let mut q = form_urlencoded::Serializer::for_suffix(start, len);
        for (k, v) in query {
            q.append_pair(k, v);
        }
        let base = q.finish();
        let sep = if query.is_empty() { "" } else { "&" };
        let href = |n: u64| link(format!("{base}{sep}page={n}&page_size={}", page.page_size));
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
        found: Page<Arc<domain::Recambio>>,
    ) -> Result<t::PaginaRecambios> {
        let (total_pages, links) = self.page_links(path, query, page, found.total);
        // Sized up front: a contract part is a few hundred bytes, and a vector grown by
        // doubling copies them over and over.
        let mut items = Vec::with_capacity(found.items.len());
        for part in &found.items {
            items.push(self.to_contract(part)?);
        }
        Ok(t::PaginaRecambios {
            items,
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
/// The task keeps the request's span and trace context (its log lines and effects carry them).
async fn detached<T, F, Fut>(service: &Recambios, work: F) -> Result<T>
where
    F: FnOnce(Recambios) -> Fut,
    Fut: Future<Output = Result<T>> + Send + 'static,
    T: Send + 'static,
{
    let work = taller_runtime::trace::carry(work(service.clone()));
    tokio::spawn(tracing::Instrument::in_current_span(work))
        .await
        .map_err(|e| Error::internal_from("use case task", e))?
}

fn link(href: String) -> t::Link {
    t::Link { href, rel: None }
}

fn nonzero(n: u64) -> NonZeroU64 {
    NonZeroU64::new(n).unwrap_or(NonZeroU64::MIN)
}

fn page_request(
    page: NonZeroU64,
    size: NonZeroU64,
    order: SortField,
    descending: bool,
) -> PageRequest {
    PageRequest {
        page: page.get(),
        page_size: size.get(),
        order,
        descending,
    }
}

// The contract's sort fields and directions, matched exhaustively: a value added to the
// contract does not compile until it is mapped here.

fn sort_field(order: types::ListRecambiosQueryOrder) -> SortField {
    use types::ListRecambiosQueryOrder as O;
    match order {
        O::NumeroSerie => SortField::NumeroSerie,
        O::Nombre => SortField::Nombre,
        O::Proveedor => SortField::Proveedor,
        O::Precio => SortField::Precio,
        O::Importe => SortField::Importe,
        O::Cantidad => SortField::Cantidad,
    }
}

fn stock_bajo_sort_field(order: types::ListStockBajoQueryOrder) -> SortField {
    use types::ListStockBajoQueryOrder as O;
    match order {
        O::NumeroSerie => SortField::NumeroSerie,
        O::Nombre => SortField::Nombre,
        O::Proveedor => SortField::Proveedor,
        O::Precio => SortField::Precio,
        O::Importe => SortField::Importe,
        O::Cantidad => SortField::Cantidad,
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
    type Error = Error;
    type Principal = Caller;

    async fn authenticate(
        &self,
        scheme: SecurityScheme,
        credential: Credential,
    ) -> std::result::Result<Caller, Unauthorized> {
        match (scheme, credential) {
            (SecurityScheme::BearerAuth, Credential::Bearer(token)) => {
                self.tokens.verify(&self.verifier, &token, tokens::now())
            }
            (SecurityScheme::BearerAuth, other) => self.verifier.verify_credential(other),
        }
    }

    async fn list_recambios(
        &self,
        _: RequestContext<Caller>,
        request: ListRecambiosRequest,
    ) -> Result<ListRecambiosResponse> {
        let q = request.query;
        let descending = matches!(q.ordering, types::ListRecambiosQueryOrdering::Desc);
        let page = page_request(q.page, q.page_size, sort_field(q.order), descending);
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
        let found = self.service.listar(&filters, &page).await?;
        let body = self.parts_page("/recambios", &query, &page, found)?;
        Ok(ListRecambiosResponse::Ok200(body))
    }

    async fn create_recambio(
        &self,
        _: RequestContext<Caller>,
        request: CreateRecambioRequest,
    ) -> Result<CreateRecambioResponse> {
        let b = request.body;
        let cat = catalogo!(b);
        let (ns, cantidad) = (b.numero_serie.to_string(), count(b.cantidad.0));
        let part = detached(&self.service, move |s| async move {
            s.crear(ns, cat, cantidad).await
        })
        .await?;
        Ok(CreateRecambioResponse::Created201 {
            location: Some(self.part_path(&b.numero_serie)),
            etag: Some(part.etag()),
            body: self.to_contract(&part)?,
        })
    }

    async fn list_stock_bajo(
        &self,
        _: RequestContext<Caller>,
        request: ListStockBajoRequest,
    ) -> Result<ListStockBajoResponse> {
        let q = request.query;
        let descending = matches!(q.ordering, types::ListStockBajoQueryOrdering::Desc);
        let page = page_request(
            q.page,
            q.page_size,
            stock_bajo_sort_field(q.order),
            descending,
        );
        let filters = Filters {
            stock_bajo: true,
            ..Filters::default()
        };
        let query = [
            ("order", q.order.to_string()),
            ("ordering", q.ordering.to_string()),
        ];
        let found = self.service.listar(&filters, &page).await?;
        let body = self.parts_page("/recambios/stock-bajo", &query, &page, found)?;
        Ok(ListStockBajoResponse::Ok200(body))
    }

    async fn get_recambio(
        &self,
        _: RequestContext<Caller>,
        request: GetRecambioRequest,
    ) -> Result<GetRecambioResponse> {
        let part = self.service.obtener(&request.path.numero_serie).await?;
        Ok(GetRecambioResponse::Ok200 {
            body: self.to_contract(&part)?,
            etag: Some(part.etag()),
        })
    }

    async fn replace_recambio(
        &self,
        _: RequestContext<Caller>,
        request: ReplaceRecambioRequest,
    ) -> Result<ReplaceRecambioResponse> {
        let ns = request.path.numero_serie.to_string();
        let b = request.body;
        let cat = catalogo!(b);
        let if_match = request.headers.if_match.as_ref().map(|h| h.to_string());
        let part = detached(&self.service, move |s| async move {
            s.reemplazar(&ns, if_match.as_deref(), cat).await
        })
        .await?;
        Ok(ReplaceRecambioResponse::Ok200 {
            body: self.to_contract(&part)?,
            etag: Some(part.etag()),
        })
    }

    async fn delete_recambio(
        &self,
        _: RequestContext<Caller>,
        request: DeleteRecambioRequest,
    ) -> Result<DeleteRecambioResponse> {
        let ns = request.path.numero_serie.to_string();
        let if_match = request.headers.if_match.as_ref().map(|h| h.to_string());
        detached(&self.service, move |s| async move {
            s.borrar(&ns, if_match.as_deref()).await
        })
        .await?;
        Ok(DeleteRecambioResponse::NoContent204)
    }

    async fn add_entrada(
        &self,
        _: RequestContext<Caller>,
        request: AddEntradaRequest,
    ) -> Result<AddEntradaResponse> {
        let b = &request.body;
        let (body, etag) = self
            .stock(
                &request.path.numero_serie,
                TipoMovimiento::Entrada,
                b.cantidad,
                b.trabajo_id,
                b.motivo.as_deref(),
            )
            .await?;
        Ok(AddEntradaResponse::Ok200 {
            body,
            etag: Some(etag),
        })
    }

    async fn add_salida(
        &self,
        _: RequestContext<Caller>,
        request: AddSalidaRequest,
    ) -> Result<AddSalidaResponse> {
        let b = &request.body;
        let (body, etag) = self
            .stock(
                &request.path.numero_serie,
                TipoMovimiento::Salida,
                b.cantidad,
                b.trabajo_id,
                b.motivo.as_deref(),
            )
            .await?;
        Ok(AddSalidaResponse::Ok200 {
            body,
            etag: Some(etag),
        })
    }

    async fn add_reserva(
        &self,
        _: RequestContext<Caller>,
        request: AddReservaRequest,
    ) -> Result<AddReservaResponse> {
        let b = &request.body;
        let (body, etag) = self
            .stock(
                &request.path.numero_serie,
                TipoMovimiento::Reserva,
                b.cantidad,
                Some(b.trabajo_id),
                b.motivo.as_deref(),
            )
            .await?;
        Ok(AddReservaResponse::Ok200 {
            body,
            etag: Some(etag),
        })
    }

    async fn add_liberacion(
        &self,
        _: RequestContext<Caller>,
        request: AddLiberacionRequest,
    ) -> Result<AddLiberacionResponse> {
        let b = &request.body;
        let (body, etag) = self
            .stock(
                &request.path.numero_serie,
                TipoMovimiento::Liberacion,
                b.cantidad,
                Some(b.trabajo_id),
                b.motivo.as_deref(),
            )
            .await?;
        Ok(AddLiberacionResponse::Ok200 {
            body,
            etag: Some(etag),
        })
    }

    async fn list_movimientos(
        &self,
        _: RequestContext<Caller>,
        request: ListMovimientosRequest,
    ) -> Result<ListMovimientosResponse> {
        let ns = request.path.numero_serie.to_string();
        let q = request.query;
        let descending = matches!(q.ordering, types::ListMovimientosQueryOrdering::Desc);
        // Movements are listed in the order they happened; the sort field is not used.
        let page = page_request(q.page, q.page_size, SortField::NumeroSerie, descending);
        let path = format!("/recambios/{ns}/movimientos");
        let found = self.service.movimientos(&ns, &page).await?;
        let query = [("ordering", q.ordering.to_string())];
        let (total_pages, links) = self.page_links(&path, &query, &page, found.total);
        let items = found
            .items
            .into_iter()
            .map(movimiento)
            .collect::<Result<_>>()?;
        Ok(ListMovimientosResponse::Ok200(t::PaginaMovimientos {
            items,
            page: nonzero(page.page),
            page_size: nonzero(page.page_size),
            total: found.total,
            total_pages,
            links,
        }))
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
