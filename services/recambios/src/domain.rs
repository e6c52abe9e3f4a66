//! The rules of the spare-parts domain, independent of storage and HTTP: what a part is, how
//! its price with VAT is computed, what each stock operation changes and requires, when a part
//! has low stock, and how a version becomes an `ETag`.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// Upper bound of `cantidad` (the contract's maximum).
pub const MAX_CANTIDAD: u32 = 10_000;

/// A part that can replace this one.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Equivalencia {
    pub nombre: String,
    pub fabricante: String,
    pub modelo: String,
}

/// The catalogue data of a part: what a client may set on create and replace.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Catalogo {
    pub nombre: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub descripcion: Option<String>,
    pub proveedor: String,
    #[serde(default)]
    pub equivalencias: Vec<Equivalencia>,
    pub garantia: String,
    pub precio: f64,
    pub iva: u8,
    pub stock_minimo: u32,
}

/// A part as stored: catalogue data, derived price and stock.
///
/// Invariants kept by every operation: `cantidad_reservada <= cantidad`,
/// `cantidad_disponible == cantidad - cantidad_reservada`, the per-job reservations add up to
/// `cantidad_reservada`, and `stock_bajo == (cantidad_disponible <= stock_minimo)` (the stored
/// flag exists so the low-stock list can be served by an index).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Recambio {
    pub numero_serie: String,
    #[serde(flatten)]
    pub catalogo: Catalogo,
    pub importe: f64,
    pub cantidad: u32,
    pub cantidad_reservada: u32,
    pub cantidad_disponible: u32,
    pub stock_bajo: bool,
    pub version: u64,
    /// Units reserved per job id (jobs holding none have no entry).
    #[serde(default)]
    pub reservas: BTreeMap<String, u32>,
}

impl Recambio {
    /// A new part with `cantidad` units in stock, none reserved, at version 1.
    pub fn new(numero_serie: String, catalogo: Catalogo, cantidad: u32) -> Self {
        let importe = importe(catalogo.precio, catalogo.iva);
        let stock_bajo = is_low(cantidad, catalogo.stock_minimo);
        Recambio {
            numero_serie,
            catalogo,
            importe,
            cantidad,
            cantidad_reservada: 0,
            cantidad_disponible: cantidad,
            stock_bajo,
            version: 1,
            reservas: BTreeMap::new(),
        }
    }

    /// This part with its catalogue data replaced (stock untouched) and the version bumped.
    pub fn replaced(&self, catalogo: Catalogo) -> Self {
        let mut next = self.clone();
        next.importe = importe(catalogo.precio, catalogo.iva);
        next.stock_bajo = is_low(next.cantidad_disponible, catalogo.stock_minimo);
        next.catalogo = catalogo;
        next.version += 1;
        next
    }

    /// The strong `ETag` of this version.
    pub fn etag(&self) -> String {
        etag(self.version)
    }

    /// Units reserved for one job.
    pub fn reservada_para(&self, trabajo_id: &Uuid) -> u32 {
        self.reservas
            .get(&trabajo_id.to_string())
            .copied()
            .unwrap_or(0)
    }

    /// Applies a stock change in memory, checking its requirement first; the embedded store
    /// uses this inside a write transaction, and tests compare backends against it.
    pub fn apply(&mut self, change: &StockChange) -> Result<(), Shortage> {
        change.check(self)?;
        let add = |v: u32, d: i64| (i64::from(v) + d) as u32;
        self.cantidad = add(self.cantidad, change.d_cantidad);
        self.cantidad_reservada = add(self.cantidad_reservada, change.d_reservada);
        self.cantidad_disponible = add(self.cantidad_disponible, change.d_disponible);
        if let Some(job) = change.trabajo_id {
            let key = job.to_string();
            let held = add(
                self.reservas.get(&key).copied().unwrap_or(0),
                change.d_trabajo,
            );
            // A job with nothing reserved any more leaves no entry, so parts do not
            // accumulate one per job ever served.
            if held == 0 {
                self.reservas.remove(&key);
            } else {
                self.reservas.insert(key, held);
            }
        }
        self.stock_bajo = is_low(self.cantidad_disponible, self.catalogo.stock_minimo);
        self.version += 1;
        Ok(())
    }
}

/// `precio × (1 + iva/100)`, rounded half-up to cents. The price is first taken to whole
/// cents so that the multiplication happens on integers and binary fractions cannot tip the
/// rounding (448.32 × 1.21 must give 542.47 on every machine).
pub fn importe(precio: f64, iva: u8) -> f64 {
    let cents = (precio * 100.0).round() as i128;
    let with_vat = cents * (100 + i128::from(iva));
    // Half-up division by 100 on non-negative integers.
    let rounded = (with_vat + 50) / 100;
    rounded as f64 / 100.0
}

/// Low stock: available units at or below the minimum.
pub fn is_low(disponible: u32, stock_minimo: u32) -> bool {
    disponible <= stock_minimo
}

/// The strong `ETag` for a version: the number in quotes.
pub fn etag(version: u64) -> String {
    format!("\"{version}\"")
}

/// What an `If-Match` header says about a part at `version`.
#[derive(Debug, PartialEq, Eq)]
pub enum Precondition {
    Matches,
    Stale,
}

/// Evaluates `If-Match` (RFC 9110 §13.1.1: `*` or a list of entity tags, strong comparison,
/// so weak tags never match).
pub fn if_match(header: &str, version: u64) -> Precondition {
    let header = header.trim();
    if header == "*" {
        return Precondition::Matches;
    }
    let current = etag(version);
    if header.split(',').map(str::trim).any(|tag| tag == current) {
        Precondition::Matches
    } else {
        Precondition::Stale
    }
}

/// The four stock operations of the contract.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TipoMovimiento {
    Entrada,
    Salida,
    Reserva,
    Liberacion,
}

impl TipoMovimiento {
    pub fn as_str(self) -> &'static str {
        match self {
            TipoMovimiento::Entrada => "entrada",
            TipoMovimiento::Salida => "salida",
            TipoMovimiento::Reserva => "reserva",
            TipoMovimiento::Liberacion => "liberacion",
        }
    }
}

/// A stock operation as asked by a client.
#[derive(Clone, Debug, PartialEq)]
pub struct StockRequest {
    pub tipo: TipoMovimiento,
    pub cantidad: u32,
    pub trabajo_id: Option<Uuid>,
    pub motivo: Option<String>,
}

/// What a stock change needs to hold before it is applied; each is one indexed comparison,
/// so a backend can make it the filter of a single conditional update.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Requirement {
    /// `cantidad <= MAX_CANTIDAD - n` (an entrada may not overflow the stock bound).
    CantidadAtMost(u32),
    /// `cantidad_disponible >= n`.
    DisponibleAtLeast(u32),
    /// Units reserved for the job `>= n`.
    ReservadaTrabajoAtLeast(u32),
}

/// A stock request turned into deltas plus the requirement that makes it safe: applying the
/// deltas when the requirement holds keeps every invariant of [`Recambio`].
#[derive(Clone, Debug, PartialEq)]
pub struct StockChange {
    pub request: StockRequest,
    pub trabajo_id: Option<Uuid>,
    pub d_cantidad: i64,
    pub d_reservada: i64,
    pub d_disponible: i64,
    /// Delta of the job's reservation (only when `trabajo_id` is set).
    pub d_trabajo: i64,
    pub requirement: Requirement,
}

/// Why a stock change could not be applied.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Shortage {
    pub requirement: Requirement,
    /// The value that fell short (available units, units reserved for the job, or stock).
    pub actual: u32,
}

impl StockChange {
    /// The deltas of a request. Salida with a job consumes that job's reservation; without
    /// one it consumes unreserved units. Reserva and liberación need a job (the contract
    /// requires it; `None` here is a programming error caught by the caller's schema).
    pub fn plan(request: StockRequest) -> Self {
        let n = i64::from(request.cantidad);
        let (dc, dr, dd, dt, requirement, job) = match (request.tipo, request.trabajo_id) {
            (TipoMovimiento::Entrada, _) => (
                n,
                0,
                n,
                0,
                Requirement::CantidadAtMost(MAX_CANTIDAD - request.cantidad.min(MAX_CANTIDAD)),
                None,
            ),
            (TipoMovimiento::Salida, None) => (
                -n,
                0,
                -n,
                0,
                Requirement::DisponibleAtLeast(request.cantidad),
                None,
            ),
            (TipoMovimiento::Salida, Some(job)) => (
                -n,
                -n,
                0,
                -n,
                Requirement::ReservadaTrabajoAtLeast(request.cantidad),
                Some(job),
            ),
            (TipoMovimiento::Reserva, job) => (
                0,
                n,
                -n,
                n,
                Requirement::DisponibleAtLeast(request.cantidad),
                job,
            ),
            (TipoMovimiento::Liberacion, job) => (
                0,
                -n,
                n,
                -n,
                Requirement::ReservadaTrabajoAtLeast(request.cantidad),
                job,
            ),
        };
        StockChange {
            trabajo_id: job,
            d_cantidad: dc,
            d_reservada: dr,
            d_disponible: dd,
            d_trabajo: if job.is_some() { dt } else { 0 },
            requirement,
            request,
        }
    }

    /// Whether the change may be applied to `part`.
    pub fn check(&self, part: &Recambio) -> Result<(), Shortage> {
        let (ok, actual) = match self.requirement {
            Requirement::CantidadAtMost(max) => (part.cantidad <= max, part.cantidad),
            Requirement::DisponibleAtLeast(n) => {
                (part.cantidad_disponible >= n, part.cantidad_disponible)
            }
            Requirement::ReservadaTrabajoAtLeast(n) => {
                let held = self.trabajo_id.map_or(0, |job| part.reservada_para(&job));
                (held >= n, held)
            }
        };
        if ok {
            Ok(())
        } else {
            Err(Shortage {
                requirement: self.requirement,
                actual,
            })
        }
    }

    /// True when this change took `after` from above its minimum to at or below it.
    pub fn crossed_low(&self, after: &Recambio) -> bool {
        let before = i64::from(after.cantidad_disponible) - self.d_disponible;
        after.stock_bajo && before > i64::from(after.catalogo.stock_minimo)
    }

    /// The movement record of this change, given the part right after it.
    pub fn movement(&self, after: &Recambio, id: Uuid, fecha: DateTime<Utc>) -> Movimiento {
        Movimiento {
            id,
            numero_serie: after.numero_serie.clone(),
            tipo: self.request.tipo,
            cantidad: self.request.cantidad,
            trabajo_id: self.request.trabajo_id,
            motivo: self.request.motivo.clone(),
            fecha,
            cantidad_resultante: after.cantidad,
            reservada_resultante: after.cantidad_reservada,
            version: after.version,
        }
    }
}

impl Shortage {
    /// A sentence for the caller (used as the 409 problem detail).
    pub fn describe(&self, numero_serie: &str, pedido: u32) -> String {
        match self.requirement {
            Requirement::CantidadAtMost(_) => format!(
                "{numero_serie} has {} units; adding {pedido} would exceed {MAX_CANTIDAD}",
                self.actual
            ),
            Requirement::DisponibleAtLeast(_) => format!(
                "only {} unreserved units of {numero_serie} are available; {pedido} requested",
                self.actual
            ),
            Requirement::ReservadaTrabajoAtLeast(_) => format!(
                "the job holds {} reserved units of {numero_serie}; {pedido} requested",
                self.actual
            ),
        }
    }
}

/// One recorded stock movement.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Movimiento {
    pub id: Uuid,
    pub numero_serie: String,
    pub tipo: TipoMovimiento,
    pub cantidad: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trabajo_id: Option<Uuid>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub motivo: Option<String>,
    pub fecha: DateTime<Utc>,
    pub cantidad_resultante: u32,
    pub reservada_resultante: u32,
    /// The part's version right after the movement: orders a part's history.
    pub version: u64,
}

/// Fields a list can be sorted by.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum SortField {
    #[default]
    NumeroSerie,
    Nombre,
    Proveedor,
    Precio,
    Importe,
    Cantidad,
}

impl SortField {
    /// Every field a list can be sorted by.
    pub const ALL: [SortField; 6] = [
        SortField::NumeroSerie,
        SortField::Nombre,
        SortField::Proveedor,
        SortField::Precio,
        SortField::Importe,
        SortField::Cantidad,
    ];

    /// The stored field name (same in both backends).
    pub fn field(self) -> &'static str {
        match self {
            SortField::NumeroSerie => "numero_serie",
            SortField::Nombre => "nombre",
            SortField::Proveedor => "proveedor",
            SortField::Precio => "precio",
            SortField::Importe => "importe",
            SortField::Cantidad => "cantidad",
        }
    }
}

/// A page request: 1-based page, its size, sort field and direction.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PageRequest {
    pub page: u64,
    pub page_size: u64,
    pub order: SortField,
    pub descending: bool,
}

impl PageRequest {
    /// Items to skip: whole pages, not `page` items (the 2023 service's bug).
    pub fn skip(&self) -> u64 {
        (self.page.saturating_sub(1)).saturating_mul(self.page_size)
    }

    /// The order of a list of parts: the sort field, numero_serie breaking ties (so pages never
    /// overlap), and descending as that whole order reversed. MongoDB sorts by
    /// `{field: ±1, _id: ±1}`, the embedded store walks an index kept in this order.
    pub fn compare(&self, a: &Recambio, b: &Recambio) -> std::cmp::Ordering {
        let c = (&a.catalogo, &b.catalogo);
        let by = match self.order {
            SortField::NumeroSerie => std::cmp::Ordering::Equal,
            SortField::Nombre => c.0.nombre.cmp(&c.1.nombre),
            SortField::Proveedor => c.0.proveedor.cmp(&c.1.proveedor),
            SortField::Precio => c.0.precio.total_cmp(&c.1.precio),
            SortField::Importe => a.importe.total_cmp(&b.importe),
            SortField::Cantidad => a.cantidad.cmp(&b.cantidad),
        };
        let ord = by.then_with(|| a.numero_serie.cmp(&b.numero_serie));
        if self.descending { ord.reverse() } else { ord }
    }

    /// This page of `parts` by filtering and sorting them all: what a backend's list must
    /// answer (the reference the store tests check both backends against).
    pub fn scan<'a>(
        &self,
        parts: impl IntoIterator<Item = &'a Recambio>,
        filters: &Filters,
    ) -> Page<Recambio> {
        let mut matching: Vec<&Recambio> =
            parts.into_iter().filter(|p| filters.matches(p)).collect();
        matching.sort_by(|a, b| self.compare(a, b));
        let total = matching.len() as u64;
        let skip = usize::try_from(self.skip()).unwrap_or(usize::MAX);
        let size = usize::try_from(self.page_size).unwrap_or(usize::MAX);
        let items = matching
            .into_iter()
            .skip(skip)
            .take(size)
            .cloned()
            .collect();
        Page { items, total }
    }
}

/// The list filters; all given ones must hold.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Filters {
    /// Case-insensitive substring of `nombre`.
    pub nombre: Option<String>,
    pub proveedor: Option<String>,
    pub precio_min: Option<f64>,
    pub precio_max: Option<f64>,
    pub cantidad_min: Option<u32>,
    pub cantidad_max: Option<u32>,
    /// An equivalence by this manufacturer.
    pub fabricante: Option<String>,
    /// An equivalence for this model.
    pub modelo: Option<String>,
    /// Only parts with low stock.
    pub stock_bajo: bool,
}

impl Filters {
    /// The filters as a predicate, for backends that scan (and for checking the others).
    pub fn matches(&self, part: &Recambio) -> bool {
        let c = &part.catalogo;
        let contains =
            |hay: &str, needle: &str| hay.to_lowercase().contains(&needle.to_lowercase());
        self.nombre
            .as_deref()
            .is_none_or(|n| contains(&c.nombre, n))
            && self.proveedor.as_deref().is_none_or(|p| c.proveedor == p)
            && self.precio_min.is_none_or(|m| c.precio >= m)
            && self.precio_max.is_none_or(|m| c.precio <= m)
            && self.cantidad_min.is_none_or(|m| part.cantidad >= m)
            && self.cantidad_max.is_none_or(|m| part.cantidad <= m)
            && self
                .fabricante
                .as_deref()
                .is_none_or(|f| c.equivalencias.iter().any(|e| e.fabricante == f))
            && self
                .modelo
                .as_deref()
                .is_none_or(|m| c.equivalencias.iter().any(|e| e.modelo == m))
            && (!self.stock_bajo || part.stock_bajo)
    }
}

/// One page of results and the total count across pages.
#[derive(Clone, Debug, PartialEq)]
pub struct Page<T> {
    pub items: Vec<T>,
    pub total: u64,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn catalogo(precio: f64, iva: u8, stock_minimo: u32) -> Catalogo {
        Catalogo {
            nombre: "Kit".into(),
            descripcion: None,
            proveedor: "Brembo".into(),
            equivalencias: vec![],
            garantia: "3 meses".into(),
            precio,
            iva,
            stock_minimo,
        }
    }

    #[test]
    fn importe_rounds_half_up_to_cents() {
        assert_eq!(importe(448.32, 21), 542.47);
        assert_eq!(importe(97.5, 21), 117.98);
        assert_eq!(importe(460.0, 21), 556.6);
        assert_eq!(importe(10.0, 0), 10.0);
        assert_eq!(importe(0.01, 4), 0.01);
        assert_eq!(importe(0.05, 10), 0.06);
    }

    #[test]
    fn if_match_uses_strong_comparison() {
        assert_eq!(if_match("\"3\"", 3), Precondition::Matches);
        assert_eq!(if_match("\"1\", \"3\"", 3), Precondition::Matches);
        assert_eq!(if_match("*", 3), Precondition::Matches);
        assert_eq!(if_match("W/\"3\"", 3), Precondition::Stale);
        assert_eq!(if_match("3", 3), Precondition::Stale);
        assert_eq!(if_match("\"2\"", 3), Precondition::Stale);
    }

    #[test]
    fn reservations_are_per_job_and_never_oversell() {
        let job = Uuid::new_v4();
        let other = Uuid::new_v4();
        let mut part = Recambio::new("Z0000001-A".into(), catalogo(10.0, 21, 1), 3);
        let req = |tipo, cantidad, trabajo_id| {
            StockChange::plan(StockRequest {
                tipo,
                cantidad,
                trabajo_id,
                motivo: None,
            })
        };
        part.apply(&req(TipoMovimiento::Reserva, 2, Some(job)))
            .unwrap();
        assert_eq!(
            (
                part.cantidad,
                part.cantidad_reservada,
                part.cantidad_disponible
            ),
            (3, 2, 1)
        );
        let short = part
            .apply(&req(TipoMovimiento::Reserva, 2, Some(other)))
            .unwrap_err();
        assert_eq!(short.actual, 1);
        // Another job cannot release or consume what this one holds.
        assert!(
            part.apply(&req(TipoMovimiento::Liberacion, 1, Some(other)))
                .is_err()
        );
        assert!(
            part.apply(&req(TipoMovimiento::Salida, 1, Some(other)))
                .is_err()
        );
        part.apply(&req(TipoMovimiento::Salida, 1, Some(job)))
            .unwrap();
        assert_eq!(
            (
                part.cantidad,
                part.cantidad_reservada,
                part.cantidad_disponible
            ),
            (2, 1, 1)
        );
        part.apply(&req(TipoMovimiento::Liberacion, 1, Some(job)))
            .unwrap();
        assert_eq!(
            (
                part.cantidad,
                part.cantidad_reservada,
                part.cantidad_disponible
            ),
            (2, 0, 2)
        );
        assert_eq!(part.version, 4);
        assert!(
            part.reservas.is_empty(),
            "a job holding nothing leaves no entry"
        );
    }

    #[test]
    fn entrada_cannot_exceed_the_stock_bound() {
        let mut part = Recambio::new("Z0000001-A".into(), catalogo(10.0, 21, 0), MAX_CANTIDAD - 1);
        let change = StockChange::plan(StockRequest {
            tipo: TipoMovimiento::Entrada,
            cantidad: 2,
            trabajo_id: None,
            motivo: None,
        });
        assert!(part.apply(&change).is_err());
        assert_eq!(part.cantidad, MAX_CANTIDAD - 1);
    }

    #[test]
    fn crossing_the_minimum_is_detected_once() {
        let mut part = Recambio::new("Z0000001-A".into(), catalogo(10.0, 21, 2), 4);
        let salida = StockChange::plan(StockRequest {
            tipo: TipoMovimiento::Salida,
            cantidad: 1,
            trabajo_id: None,
            motivo: None,
        });
        part.apply(&salida).unwrap();
        assert!(!part.stock_bajo && !salida.crossed_low(&part));
        part.apply(&salida).unwrap();
        assert!(part.stock_bajo && salida.crossed_low(&part));
        part.apply(&salida).unwrap();
        assert!(part.stock_bajo && !salida.crossed_low(&part));
    }

    #[test]
    fn skip_counts_pages() {
        let p = PageRequest {
            page: 3,
            page_size: 20,
            order: SortField::NumeroSerie,
            descending: false,
        };
        assert_eq!(p.skip(), 40);
    }
}
