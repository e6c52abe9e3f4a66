//! The embedded store's parts in memory, with one ordered index per sort field, so a list
//! page is found by walking one index from its start (or its end, descending) instead of
//! sorting every part per request.
//!
//! Each index is a B-tree keyed by (the field's value, numero_serie), which is exactly the order
//! lists promise ([`PageRequest::compare`]): the field, numero_serie breaking ties, and
//! descending as the reverse of that whole order, walked from the end. numero_serie's own order
//! is the primary map. Every map holds, beside a shared pointer to the part, a [`Row`]: the
//! fields the filters test, inline in the tree's nodes, so a walk (which must see every part
//! to count the matches) reads no part and allocates nothing per part; it shares only the
//! parts its page returns. Names and suppliers are interned ([`Interner`]): a request tests its
//! `nombre` substring once per distinct lowercased name, not once per part, and its
//! `proveedor` by one lookup. Every write goes through [`Parts::put`] or [`Parts::remove`],
//! which move the part's keys in every index at once.
//!
//! A filtered list must count every match for its total. Totals are remembered per filter
//! until the next write ([`Parts::totals`]), so paging through one filter counts once: the
//! next pages walk only to their own end.

use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, Mutex};

use crate::domain::{Filters, Page, PageRequest, Recambio, SortField};

/// A part as the indexes hold it: the part, and what its filters test, copied out of it.
#[derive(Clone)]
struct Row {
    part: Arc<Recambio>,
    precio: f64,
    cantidad: u32,
    /// The id of `nombre` lowercased, in [`Parts::nombres`] (the `nombre` filter is a
    /// case-insensitive substring).
    nombre: u32,
    /// The id of `proveedor`, in [`Parts::proveedores`] (an exact match).
    proveedor: u32,
    stock_bajo: bool,
}

/// A part's value under one sort field, ordered as that field sorts.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum SortValue {
    Text(String),
    /// An `f64` mapped to an integer whose order is `f64::total_cmp`'s.
    Float(i64),
    Count(u32),
}

/// A position in one index: the value, then numero_serie.
type Key = (SortValue, Arc<str>);

/// The sort fields with an index of their own (numero_serie orders the primary map), in the
/// order of [`Parts::sorted`].
const INDEXED: [SortField; 5] = [
    SortField::Nombre,
    SortField::Proveedor,
    SortField::Precio,
    SortField::Importe,
    SortField::Cantidad,
];

/// Which of [`Parts::sorted`] orders by `field` (`None`: the primary map).
fn slot(field: SortField) -> Option<usize> {
    match field {
        SortField::NumeroSerie => None,
        SortField::Nombre => Some(0),
        SortField::Proveedor => Some(1),
        SortField::Precio => Some(2),
        SortField::Importe => Some(3),
        SortField::Cantidad => Some(4),
    }
}

/// The key bits `f64::total_cmp` compares: the sign-magnitude bits turned two's complement.
fn total_order(x: f64) -> i64 {
    let bits = x.to_bits() as i64;
    bits ^ ((((bits >> 63) as u64) >> 1) as i64)
}

fn value(field: SortField, part: &Recambio) -> SortValue {
    match field {
        SortField::NumeroSerie => SortValue::Text(part.numero_serie.clone()),
        SortField::Nombre => SortValue::Text(part.catalogo.nombre.clone()),
        SortField::Proveedor => SortValue::Text(part.catalogo.proveedor.clone()),
        SortField::Precio => SortValue::Float(total_order(part.catalogo.precio)),
        SortField::Importe => SortValue::Float(total_order(part.importe)),
        SortField::Cantidad => SortValue::Count(part.cantidad),
    }
}

/// Distinct texts with a small id each, counted by the rows that use them; an id is reused
/// once no row uses its text.
#[derive(Default)]
struct Interner {
    ids: HashMap<Arc<str>, u32>,
    /// By id: the text and how many rows use it (0: free, listed in `free`).
    texts: Vec<(Arc<str>, u32)>,
    free: Vec<u32>,
}

impl Interner {
    fn intern(&mut self, text: &str) -> u32 {
        if let Some(&id) = self.ids.get(text) {
            self.texts[id as usize].1 += 1;
            return id;
        }
        let text: Arc<str> = Arc::from(text);
        let id = match self.free.pop() {
            Some(id) => {
                self.texts[id as usize] = (text.clone(), 1);
                id
            }
            None => {
                self.texts.push((text.clone(), 1));
                u32::try_from(self.texts.len() - 1).expect("fewer than 2^32 distinct texts")
            }
        };
        self.ids.insert(text, id);
        id
    }

    fn release(&mut self, id: u32) {
        let (text, uses) = &mut self.texts[id as usize];
        *uses -= 1;
        if *uses == 0 {
            self.ids.remove(&**text);
            self.free.push(id);
        }
    }

    fn find(&self, text: &str) -> Option<u32> {
        self.ids.get(text).copied()
    }

    /// One bit per id, set for the texts in use that `pred` accepts.
    fn matching(&self, pred: impl Fn(&str) -> bool) -> Vec<u64> {
        let mut bits = vec![0u64; self.texts.len().div_ceil(64)];
        for (id, (text, uses)) in self.texts.iter().enumerate() {
            if *uses > 0 && pred(text) {
                bits[id / 64] |= 1 << (id % 64);
            }
        }
        bits
    }
}

/// Every part, by numero_serie and by each sort field.
#[derive(Default)]
pub(super) struct Parts {
    by_serie: BTreeMap<Arc<str>, Row>,
    sorted: [BTreeMap<Key, Row>; 5],
    /// Lowercased names.
    nombres: Interner,
    proveedores: Interner,
    /// How many parts match each filter counted since the last write (every write clears it).
    totals: Mutex<HashMap<TotalKey, u64>>,
}

/// At most this many filters' totals are remembered; past it the memory starts again.
const TOTALS_KEPT: usize = 1024;

/// A filter as [`Parts::totals`] tells them apart (the numbers by their bits).
#[derive(Hash, PartialEq, Eq)]
struct TotalKey {
    texts: [Option<String>; 4],
    numbers: [Option<u64>; 4],
    stock_bajo: bool,
}

impl TotalKey {
    fn new(f: &Filters) -> Self {
        TotalKey {
            texts: [
                f.nombre.clone(),
                f.proveedor.clone(),
                f.fabricante.clone(),
                f.modelo.clone(),
            ],
            numbers: [
                f.precio_min.map(f64::to_bits),
                f.precio_max.map(f64::to_bits),
                f.cantidad_min.map(u64::from),
                f.cantidad_max.map(u64::from),
            ],
            stock_bajo: f.stock_bajo,
        }
    }
}

impl Parts {
    pub(super) fn get(&self, numero_serie: &str) -> Option<&Recambio> {
        self.by_serie.get(numero_serie).map(|r| &*r.part)
    }

    /// Stores `part`, replacing the one with its numero_serie (and its keys) if any.
    pub(super) fn put(&mut self, part: Recambio) {
        self.remove(&part.numero_serie);
        self.forget_totals();
        let serie: Arc<str> = Arc::from(part.numero_serie.as_str());
        let row = Row {
            precio: part.catalogo.precio,
            cantidad: part.cantidad,
            nombre: self.nombres.intern(&part.catalogo.nombre.to_lowercase()),
            proveedor: self.proveedores.intern(&part.catalogo.proveedor),
            stock_bajo: part.stock_bajo,
            part: Arc::new(part),
        };
        for (index, field) in self.sorted.iter_mut().zip(INDEXED) {
            index.insert((value(field, &row.part), serie.clone()), row.clone());
        }
        self.by_serie.insert(serie, row);
    }

    pub(super) fn remove(&mut self, numero_serie: &str) {
        if let Some((serie, old)) = self.by_serie.remove_entry(numero_serie) {
            self.forget_totals();
            for (index, field) in self.sorted.iter_mut().zip(INDEXED) {
                index.remove(&(value(field, &old.part), serie.clone()));
            }
            self.nombres.release(old.nombre);
            self.proveedores.release(old.proveedor);
        }
    }

    fn forget_totals(&mut self) {
        let totals = self.totals.get_mut().unwrap_or_else(|e| e.into_inner());
        if !totals.is_empty() {
            totals.clear();
        }
    }

    /// A page of the parts matching `filters` in the page's order, and how many match. Without
    /// filters the total is the number of parts and the walk stops at the page's end; with
    /// them the first walk since the last write goes on to count, testing each part's row, and
    /// the next ones (other pages, other orders) stop at their page's end.
    pub(super) fn page(&self, filters: &Filters, page: &PageRequest) -> Page<Arc<Recambio>> {
        let filter = if *filters == Filters::default() {
            None
        } else {
            match Filter::new(filters, self) {
                Some(filter) => Some(filter),
                // A supplier no part has: nothing matches.
                None => {
                    return Page {
                        items: Vec::new(),
                        total: 0,
                    };
                }
            }
        };
        let key = filter.as_ref().map(|_| TotalKey::new(filters));
        let known = key
            .as_ref()
            .and_then(|key| self.lock_totals().get(key).copied());
        let walk = Walk {
            filter,
            skip: usize::try_from(page.skip()).unwrap_or(usize::MAX),
            size: usize::try_from(page.page_size).unwrap_or(usize::MAX),
            len: self.by_serie.len(),
            known,
        };
        let found = match (slot(page.order), page.descending) {
            (None, false) => walk.run(self.by_serie.values()),
            (None, true) => walk.run(self.by_serie.values().rev()),
            (Some(i), false) => walk.run(self.sorted[i].values()),
            (Some(i), true) => walk.run(self.sorted[i].values().rev()),
        };
        if let (Some(key), None) = (key, known) {
            let mut totals = self.lock_totals();
            if totals.len() >= TOTALS_KEPT {
                totals.clear();
            }
            totals.insert(key, found.total);
        }
        found
    }

    fn lock_totals(&self) -> std::sync::MutexGuard<'_, HashMap<TotalKey, u64>> {
        // The map holds plain numbers: one a panicking thread left is still right.
        self.totals.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Panics unless every index holds exactly the primary map's parts under their current
    /// keys, with rows that are their parts' (for tests).
    #[cfg(test)]
    fn check(&self) {
        let row_of = |serie: &str, row: &Row| {
            let p = &row.part;
            assert_eq!(row.precio.to_bits(), p.catalogo.precio.to_bits(), "{serie}");
            assert_eq!(row.cantidad, p.cantidad, "{serie}");
            assert_eq!(row.stock_bajo, p.stock_bajo, "{serie}");
            assert_eq!(
                *self.nombres.texts[row.nombre as usize].0,
                p.catalogo.nombre.to_lowercase(),
                "{serie}"
            );
            assert_eq!(
                *self.proveedores.texts[row.proveedor as usize].0, p.catalogo.proveedor,
                "{serie}"
            );
        };
        for (serie, row) in &self.by_serie {
            row_of(serie, row);
        }
        for (index, field) in self.sorted.iter().zip(INDEXED) {
            assert_eq!(index.len(), self.by_serie.len(), "{field:?}");
            for ((v, serie), row) in index {
                let current = &self.by_serie[serie];
                assert!(
                    Arc::ptr_eq(&current.part, &row.part),
                    "{field:?} {serie}: stale entry"
                );
                assert_eq!(
                    *v,
                    value(field, &current.part),
                    "{field:?} {serie}: stale key"
                );
                row_of(serie, row);
            }
        }
        for interner in [&self.nombres, &self.proveedores] {
            let used: u32 = interner.texts.iter().map(|(_, uses)| uses).sum();
            assert_eq!(used as usize, self.by_serie.len());
            assert_eq!(
                interner.ids.len() + interner.free.len(),
                interner.texts.len()
            );
        }
    }
}

/// One list request's walk over an index.
struct Walk {
    filter: Option<Filter>,
    skip: usize,
    size: usize,
    len: usize,
    /// The filter's total, when it was counted since the last write.
    known: Option<u64>,
}

impl Walk {
    fn run<'a>(self, rows: impl Iterator<Item = &'a Row>) -> Page<Arc<Recambio>> {
        let Some(filter) = self.filter else {
            let items = rows
                .skip(self.skip)
                .take(self.size)
                .map(|r| r.part.clone())
                .collect();
            return Page {
                items,
                total: self.len as u64,
            };
        };
        let matching = rows.filter(|r| filter.matches(r));
        if let Some(total) = self.known {
            let items = matching
                .skip(self.skip)
                .take(self.size)
                .map(|r| r.part.clone())
                .collect();
            return Page { items, total };
        }
        let mut items = Vec::new();
        let mut total = 0usize;
        for row in matching {
            if total >= self.skip && items.len() < self.size {
                items.push(row.part.clone());
            }
            total += 1;
        }
        Page {
            items,
            total: total as u64,
        }
    }
}

/// [`Filters::matches`] on a [`Row`]: the `nombre` needle lowercased and tested once per
/// distinct name (a bit per name id), the supplier looked up once, the numbers compared in
/// the row; only the equivalence filters read the part.
struct Filter {
    /// Bits of the name ids whose lowercased name contains the lowercased needle.
    nombres: Option<Vec<u64>>,
    proveedor: Option<u32>,
    precio_min: Option<f64>,
    precio_max: Option<f64>,
    cantidad_min: Option<u32>,
    cantidad_max: Option<u32>,
    stock_bajo: bool,
    /// The `fabricante` and `modelo` filters, applied by [`Filters::matches`] itself.
    equivalencias: Option<Filters>,
}

impl Filter {
    /// `None` when no part can match (a `proveedor` no part has).
    fn new(filters: &Filters, parts: &Parts) -> Option<Self> {
        let proveedor = match filters.proveedor.as_deref() {
            Some(p) => Some(parts.proveedores.find(p)?),
            None => None,
        };
        let nombres = filters.nombre.as_deref().map(|n| {
            let needle = n.to_lowercase();
            parts
                .nombres
                .matching(|name| contains(name.as_bytes(), needle.as_bytes()))
        });
        let equivalencias =
            (filters.fabricante.is_some() || filters.modelo.is_some()).then(|| Filters {
                fabricante: filters.fabricante.clone(),
                modelo: filters.modelo.clone(),
                ..Filters::default()
            });
        Some(Filter {
            nombres,
            proveedor,
            precio_min: filters.precio_min,
            precio_max: filters.precio_max,
            cantidad_min: filters.cantidad_min,
            cantidad_max: filters.cantidad_max,
            stock_bajo: filters.stock_bajo,
            equivalencias,
        })
    }

    fn matches(&self, row: &Row) -> bool {
        let id = row.nombre as usize;
        self.nombres
            .as_ref()
            .is_none_or(|bits| bits[id / 64] & (1 << (id % 64)) != 0)
            && self.proveedor.is_none_or(|p| row.proveedor == p)
            && self.precio_min.is_none_or(|m| row.precio >= m)
            && self.precio_max.is_none_or(|m| row.precio <= m)
            && self.cantidad_min.is_none_or(|m| row.cantidad >= m)
            && self.cantidad_max.is_none_or(|m| row.cantidad <= m)
            && (!self.stock_bajo || row.stock_bajo)
            && self
                .equivalencias
                .as_ref()
                .is_none_or(|f| f.matches(&row.part))
    }
}

/// Whether `needle` occurs in `hay`: `str::contains` on UTF-8 bytes (a valid UTF-8 needle can
/// only match at character boundaries), without the searcher `str::contains` sets up per call,
/// which costs more than the search on a name of a few dozen bytes.
fn contains(hay: &[u8], needle: &[u8]) -> bool {
    let Some((&first, rest)) = needle.split_first() else {
        return true;
    };
    let Some(last) = hay.len().checked_sub(needle.len()) else {
        return false;
    };
    (0..=last).any(|i| hay[i] == first && hay[i + 1..i + needle.len()] == *rest)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Catalogo, Equivalencia};

    fn part(i: u32) -> Recambio {
        let nombres = [
            "Disco de FRENO",
            "Filtro",
            "pastillas de freno",
            "Ñandú",
            "Bujía",
        ];
        Recambio::new(
            format!("T{:07}-A", (i * 7919) % 10_000),
            Catalogo {
                nombre: nombres[i as usize % nombres.len()].into(),
                descripcion: None,
                proveedor: ["Bosch", "Mann", "bosch"][i as usize % 3].into(),
                equivalencias: vec![Equivalencia {
                    nombre: "Eq".into(),
                    fabricante: ["Valeo", "Bosch"][i as usize % 2].into(),
                    modelo: ["Golf", "Ibiza", "Clio"][i as usize % 3].into(),
                }],
                garantia: "1 año".into(),
                precio: [0.0, -0.0, 1.5, 10.0, 1e9][i as usize % 5],
                iva: [21, 10, 4][i as usize % 3],
                stock_minimo: 3,
            },
            i % 7,
        )
    }

    #[test]
    fn contains_agrees_with_str_contains() {
        let texts = [
            "",
            "a",
            "freno",
            "Disco de freno",
            "pastillas de freno 12",
            "ñandú",
            "bujía",
            "aaab",
            "ab",
            "de freno de",
            "freno freno",
        ];
        let needles = [
            "",
            "a",
            "ab",
            "aab",
            "freno",
            "o",
            "de f",
            "ñ",
            "ú",
            "jía",
            "12",
            "frenos",
            "x",
            "freno freno freno",
        ];
        for hay in texts {
            for needle in needles {
                assert_eq!(
                    contains(hay.as_bytes(), needle.as_bytes()),
                    hay.contains(needle),
                    "{hay:?} {needle:?}"
                );
            }
        }
    }

    #[test]
    fn total_order_keys_sort_as_total_cmp() {
        let xs = [
            f64::NEG_INFINITY,
            -1e300,
            -1.5,
            -0.0,
            0.0,
            f64::MIN_POSITIVE,
            1.5,
            1e300,
            f64::INFINITY,
            f64::NAN,
        ];
        for a in xs {
            for b in xs {
                assert_eq!(
                    total_order(a).cmp(&total_order(b)),
                    a.total_cmp(&b),
                    "{a} {b}"
                );
            }
        }
    }

    /// Every page of every order and direction, with and without filters, equals what sorting
    /// everything gave, after inserts, replacements, stock changes and deletions.
    #[test]
    fn pages_match_a_full_sort_after_every_kind_of_write() {
        let mut parts = Parts::default();
        let mut model: BTreeMap<String, Recambio> = BTreeMap::new();
        for i in 0..60 {
            let p = part(i);
            model.insert(p.numero_serie.clone(), p.clone());
            parts.put(p);
        }
        let filters = [
            Filters::default(),
            Filters {
                nombre: Some("FrEnO".into()),
                ..Default::default()
            },
            Filters {
                proveedor: Some("Bosch".into()),
                precio_min: Some(0.0),
                precio_max: Some(10.0),
                ..Default::default()
            },
            Filters {
                cantidad_min: Some(2),
                cantidad_max: Some(5),
                fabricante: Some("Bosch".into()),
                modelo: Some("Golf".into()),
                ..Default::default()
            },
            Filters {
                stock_bajo: true,
                nombre: Some("ñ".into()),
                ..Default::default()
            },
            // A supplier no part has, one that the writes below take away, new names.
            Filters {
                proveedor: Some("Nadie".into()),
                ..Default::default()
            },
            Filters {
                proveedor: Some("Mann".into()),
                cantidad_min: Some(1),
                ..Default::default()
            },
            Filters {
                nombre: Some("CORREA 1".into()),
                proveedor: Some("Valeo".into()),
                ..Default::default()
            },
        ];
        let check = |parts: &Parts, model: &BTreeMap<String, Recambio>| {
            parts.check();
            let all: Vec<Recambio> = model.values().cloned().collect();
            for f in &filters {
                for order in SortField::ALL {
                    for descending in [false, true] {
                        for (page, page_size) in [(1, 7), (2, 7), (5, 7), (1, 100), (40, 3)] {
                            let p = PageRequest {
                                page,
                                page_size,
                                order,
                                descending,
                            };
                            let got = parts.page(f, &p);
                            let got = Page {
                                items: got.items.iter().map(|p| (**p).clone()).collect(),
                                total: got.total,
                            };
                            assert_eq!(got, p.scan(&all, f), "{f:?} {p:?}");
                        }
                    }
                }
            }
        };
        check(&parts, &model);

        // Replacements that move a part in every index.
        for (n, ns) in model.keys().cloned().collect::<Vec<_>>().iter().enumerate() {
            if n % 3 != 0 {
                continue;
            }
            let current = model[ns].clone();
            let mut cat = part(n as u32 + 1).catalogo;
            cat.precio += 0.25;
            let next = current.replaced(cat);
            model.insert(ns.clone(), next.clone());
            parts.put(next);
        }
        check(&parts, &model);

        // Stock changes (cantidad, disponible, stock_bajo).
        for (n, ns) in model.keys().cloned().collect::<Vec<_>>().iter().enumerate() {
            if n % 2 == 0 {
                continue;
            }
            let mut p = model[ns].clone();
            p.cantidad += 5;
            p.cantidad_disponible += 5;
            p.stock_bajo = crate::domain::is_low(p.cantidad_disponible, p.catalogo.stock_minimo);
            p.version += 1;
            model.insert(ns.clone(), p.clone());
            parts.put(p);
        }
        check(&parts, &model);

        // Deletions, one of a part that is not there.
        for ns in model.keys().cloned().step_by(4).collect::<Vec<_>>() {
            model.remove(&ns);
            parts.remove(&ns);
        }
        parts.remove("Z9999999-Z");
        check(&parts, &model);
        assert_eq!(parts.by_serie.len(), model.len());

        // Every part of one supplier gone and every "Bujía" renamed, so their interned ids
        // are freed, then new parts and names that take the freed ids.
        for (n, ns) in model.keys().cloned().collect::<Vec<_>>().iter().enumerate() {
            let current = model[ns].clone();
            if current.catalogo.proveedor == "Mann" {
                model.remove(ns);
                parts.remove(ns);
            } else if current.catalogo.nombre == "Bujía" {
                let mut cat = current.catalogo.clone();
                cat.nombre = format!("Correa {n}");
                let next = current.replaced(cat);
                model.insert(ns.clone(), next.clone());
                parts.put(next);
            }
        }
        check(&parts, &model);
        for i in 100..110 {
            let mut p = part(i);
            p.catalogo.proveedor = "Valeo".into();
            p.catalogo.nombre = format!("correa {}", i % 3);
            model.insert(p.numero_serie.clone(), p.clone());
            parts.put(p);
        }
        check(&parts, &model);
    }
}
