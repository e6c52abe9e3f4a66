//! The embedded store's parts in memory, with one ordered index per sort field, so a list
//! page is found by walking one index from its start (or its end, descending) instead of
//! sorting every part per request.
//!
//! Each index is a B-tree keyed by (the field's value, numero_serie), which is exactly the order
//! lists promise ([`PageRequest::compare`]): the field, numero_serie breaking ties, and
//! descending as the reverse of that whole order, walked from the end. numero_serie's own order
//! is the primary map. All of them point at one shared entry per part, so a walk reads parts in place and
//! clones only the ones its page returns. Every write goes through [`Parts::put`] or
//! [`Parts::remove`], which move the part's keys in every index at once.

use std::collections::BTreeMap;
use std::sync::Arc;

use crate::domain::{Filters, Page, PageRequest, Recambio, SortField};

/// A part as lists see it: the part and what its filters need precomputed.
struct Entry {
    part: Recambio,
    /// `nombre` lowercased once (the `nombre` filter is a case-insensitive substring).
    nombre_lower: String,
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

/// Every part, by numero_serie and by each sort field.
#[derive(Default)]
pub(super) struct Parts {
    by_serie: BTreeMap<Arc<str>, Arc<Entry>>,
    sorted: [BTreeMap<Key, Arc<Entry>>; 5],
}

impl Parts {
    pub(super) fn get(&self, numero_serie: &str) -> Option<&Recambio> {
        self.by_serie.get(numero_serie).map(|e| &e.part)
    }

    /// Stores `part`, replacing the one with its numero_serie (and its keys) if any.
    pub(super) fn put(&mut self, part: Recambio) {
        self.remove(&part.numero_serie);
        let serie: Arc<str> = Arc::from(part.numero_serie.as_str());
        let entry = Arc::new(Entry {
            nombre_lower: part.catalogo.nombre.to_lowercase(),
            part,
        });
        for (index, field) in self.sorted.iter_mut().zip(INDEXED) {
            index.insert((value(field, &entry.part), serie.clone()), entry.clone());
        }
        self.by_serie.insert(serie, entry);
    }

    pub(super) fn remove(&mut self, numero_serie: &str) {
        if let Some((serie, old)) = self.by_serie.remove_entry(numero_serie) {
            for (index, field) in self.sorted.iter_mut().zip(INDEXED) {
                index.remove(&(value(field, &old.part), serie.clone()));
            }
        }
    }

    /// A page of the parts matching `filters` in the page's order, and how many match. Without
    /// filters the total is the number of parts and the walk stops at the page's end; with
    /// them the walk goes on to count, reading each part in place.
    pub(super) fn page(&self, filters: &Filters, page: &PageRequest) -> Page<Recambio> {
        let walk = Walk {
            filter: Filter::new(filters),
            skip: usize::try_from(page.skip()).unwrap_or(usize::MAX),
            size: usize::try_from(page.page_size).unwrap_or(usize::MAX),
            len: self.by_serie.len(),
        };
        match (slot(page.order), page.descending) {
            (None, false) => walk.run(self.by_serie.values()),
            (None, true) => walk.run(self.by_serie.values().rev()),
            (Some(i), false) => walk.run(self.sorted[i].values()),
            (Some(i), true) => walk.run(self.sorted[i].values().rev()),
        }
    }

    /// Panics unless every index holds exactly the primary map's parts under their current
    /// keys (for tests).
    #[cfg(test)]
    fn check(&self) {
        for (index, field) in self.sorted.iter().zip(INDEXED) {
            assert_eq!(index.len(), self.by_serie.len(), "{field:?}");
            for ((v, serie), entry) in index {
                let current = &self.by_serie[serie];
                assert!(
                    Arc::ptr_eq(current, entry),
                    "{field:?} {serie}: stale entry"
                );
                assert_eq!(
                    *v,
                    value(field, &current.part),
                    "{field:?} {serie}: stale key"
                );
            }
        }
    }
}

/// One list request's walk over an index.
struct Walk {
    filter: Option<Filter>,
    skip: usize,
    size: usize,
    len: usize,
}

impl Walk {
    fn run<'a>(self, entries: impl Iterator<Item = &'a Arc<Entry>>) -> Page<Recambio> {
        let Some(filter) = self.filter else {
            let items = entries
                .skip(self.skip)
                .take(self.size)
                .map(|e| e.part.clone())
                .collect();
            return Page {
                items,
                total: self.len as u64,
            };
        };
        let mut items = Vec::new();
        let mut total = 0usize;
        for entry in entries.filter(|e| filter.matches(e)) {
            if total >= self.skip && items.len() < self.size {
                items.push(entry.part.clone());
            }
            total += 1;
        }
        Page {
            items,
            total: total as u64,
        }
    }
}

/// [`Filters::matches`] with the `nombre` needle lowercased once and matched against each
/// part's lowercased name from its entry (the same test, without lowercasing per part).
struct Filter {
    nombre_lower: Option<String>,
    /// The other filters, applied by [`Filters::matches`] itself.
    rest: Filters,
}

impl Filter {
    /// `None` when no filter is given (every part matches).
    fn new(filters: &Filters) -> Option<Self> {
        if *filters == Filters::default() {
            return None;
        }
        Some(Filter {
            nombre_lower: filters.nombre.as_deref().map(str::to_lowercase),
            rest: Filters {
                nombre: None,
                ..filters.clone()
            },
        })
    }

    fn matches(&self, entry: &Entry) -> bool {
        self.nombre_lower
            .as_deref()
            .is_none_or(|n| entry.nombre_lower.contains(n))
            && self.rest.matches(&entry.part)
    }
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
                            assert_eq!(parts.page(f, &p), p.scan(&all, f), "{f:?} {p:?}");
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
    }
}
