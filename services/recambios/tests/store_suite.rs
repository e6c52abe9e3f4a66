//! The repository behaviour suite, run against both backends: MongoDB (a real SecantusDB, or
//! `MONGODB_URI`) and the embedded redb file. The HTTP suite checks the same rules through the
//! contract; this one pins down the storage layer on its own.

mod support;

use std::sync::Arc;

use recambios::domain::{
    Catalogo, Equivalencia, Filters, PageRequest, Recambio, SortField, StockChange, StockRequest,
    TipoMovimiento,
};
use recambios::error::Error;
use recambios::store::Repository;
use recambios::store::embedded::EmbeddedStore;
use recambios::store::mongo::MongoStore;
use uuid::Uuid;

fn part(numero_serie: &str, nombre: &str, precio: f64, cantidad: u32) -> Recambio {
    Recambio::new(
        numero_serie.into(),
        Catalogo {
            nombre: nombre.into(),
            descripcion: None,
            proveedor: "Brembo".into(),
            equivalencias: vec![Equivalencia {
                nombre: "Kit EBC".into(),
                fabricante: "EBC Brakes".into(),
                modelo: "Golf GTI MK7".into(),
            }],
            garantia: "3 meses".into(),
            precio,
            iva: 21,
            stock_minimo: 2,
        },
        cantidad,
    )
}

fn page(n: u64, size: u64) -> PageRequest {
    PageRequest {
        page: n,
        page_size: size,
        order: SortField::NumeroSerie,
        descending: false,
    }
}

fn stock(tipo: TipoMovimiento, cantidad: u32, trabajo_id: Option<Uuid>) -> StockChange {
    StockChange::plan(StockRequest {
        tipo,
        cantidad,
        trabajo_id,
        motivo: Some("prueba".into()),
    })
}

async fn crud(store: Arc<dyn Repository>) {
    let p = part("A0000001-A", "Kit de frenos", 448.32, 10);
    store.insert(&p).await.unwrap();
    assert!(matches!(store.insert(&p).await, Err(Error::Duplicate(_))));
    let got = store.get("A0000001-A").await.unwrap().unwrap();
    assert_eq!(got, p);
    assert_eq!(got.importe, 542.47);
    assert!(store.get("A0000009-A").await.unwrap().is_none());

    let mut cat = got.catalogo.clone();
    cat.precio = 460.0;
    let next = got.replaced(cat);
    store.replace(&next).await.unwrap();
    let got = store.get("A0000001-A").await.unwrap().unwrap();
    assert_eq!((got.version, got.importe), (2, 556.6));
    // Replaying the same replacement is stale now.
    assert!(matches!(
        store.replace(&next).await,
        Err(Error::Stale { current: 2 })
    ));
    assert!(matches!(
        store.delete("A0000001-A", 1).await,
        Err(Error::Stale { current: 2 })
    ));
    store.delete("A0000001-A", 2).await.unwrap();
    assert!(matches!(
        store.delete("A0000001-A", 2).await,
        Err(Error::NotFound(_))
    ));
    assert!(matches!(
        store.replace(&next).await,
        Err(Error::NotFound(_))
    ));
}

async fn lists(store: Arc<dyn Repository>) {
    for (i, (nombre, precio, cantidad)) in [
        ("Filtro de aceite", 9.5, 40),
        ("Pastillas de freno", 35.0, 12),
        ("Disco de freno", 60.0, 4),
        ("Bujía", 7.25, 0),
        ("Filtro de aire", 14.0, 25),
    ]
    .into_iter()
    .enumerate()
    {
        let mut p = part(&format!("B000000{i}-A"), nombre, precio, cantidad);
        if i == 4 {
            p.catalogo.proveedor = "Mann".into();
            p.catalogo.equivalencias[0].fabricante = "Bosch".into();
        }
        store.insert(&p).await.unwrap();
    }
    let all = store.list(&Filters::default(), &page(1, 2)).await.unwrap();
    assert_eq!(all.total, 5);
    assert_eq!(
        all.items
            .iter()
            .map(|p| p.numero_serie.as_str())
            .collect::<Vec<_>>(),
        ["B0000000-A", "B0000001-A"]
    );
    let third = store.list(&Filters::default(), &page(3, 2)).await.unwrap();
    assert_eq!(third.items.len(), 1);
    assert_eq!(third.items[0].numero_serie, "B0000004-A");
    let beyond = store.list(&Filters::default(), &page(9, 2)).await.unwrap();
    assert_eq!((beyond.items.len(), beyond.total), (0, 5));

    let names = |f: Filters, order: SortField, descending: bool| {
        let store = store.clone();
        async move {
            let p = PageRequest {
                page: 1,
                page_size: 100,
                order,
                descending,
            };
            let page = store.list(&f, &p).await.unwrap();
            assert_eq!(page.total as usize, page.items.len());
            page.items
                .into_iter()
                .map(|p| p.catalogo.nombre.clone())
                .collect::<Vec<_>>()
        }
    };
    let freno = Filters {
        nombre: Some("FRENO".into()),
        ..Default::default()
    };
    assert_eq!(
        names(freno, SortField::Precio, true).await,
        ["Disco de freno", "Pastillas de freno"]
    );
    let range = Filters {
        precio_min: Some(9.5),
        precio_max: Some(35.0),
        cantidad_min: Some(10),
        ..Default::default()
    };
    assert_eq!(
        names(range, SortField::Nombre, false).await,
        ["Filtro de aceite", "Filtro de aire", "Pastillas de freno"]
    );
    let mann = Filters {
        proveedor: Some("Mann".into()),
        ..Default::default()
    };
    assert_eq!(
        names(mann, SortField::Cantidad, false).await,
        ["Filtro de aire"]
    );
    let bosch = Filters {
        fabricante: Some("Bosch".into()),
        modelo: Some("Golf GTI MK7".into()),
        ..Default::default()
    };
    assert_eq!(
        names(bosch, SortField::Importe, false).await,
        ["Filtro de aire"]
    );
    // A regex metacharacter is a literal in the "contains" filter.
    let dot = Filters {
        nombre: Some(".".into()),
        ..Default::default()
    };
    assert!(names(dot, SortField::Nombre, false).await.is_empty());
    // Low stock: disponible <= stock_minimo (2).
    let low = Filters {
        stock_bajo: true,
        ..Default::default()
    };
    assert_eq!(names(low, SortField::NumeroSerie, false).await, ["Bujía"]);
}

async fn stock_operations(store: Arc<dyn Repository>) {
    store
        .insert(&part("C0000001-A", "Kit", 10.0, 5))
        .await
        .unwrap();
    let job = Uuid::new_v4();
    let other = Uuid::new_v4();
    let after = store
        .apply_stock("C0000001-A", &stock(TipoMovimiento::Reserva, 3, Some(job)))
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
    assert!(after.stock_bajo, "2 available is at the minimum of 2");
    let low = store
        .list(
            &Filters {
                stock_bajo: true,
                ..Default::default()
            },
            &page(1, 10),
        )
        .await
        .unwrap();
    assert_eq!(low.total, 1);

    match store
        .apply_stock(
            "C0000001-A",
            &stock(TipoMovimiento::Reserva, 3, Some(other)),
        )
        .await
    {
        Err(Error::Shortage { shortage, .. }) => assert_eq!(shortage.actual, 2),
        other => panic!("expected a shortage, got {other:?}"),
    }
    assert!(matches!(
        store
            .apply_stock(
                "C0000001-A",
                &stock(TipoMovimiento::Liberacion, 1, Some(other))
            )
            .await,
        Err(Error::Shortage { .. })
    ));
    let after = store
        .apply_stock("C0000001-A", &stock(TipoMovimiento::Salida, 2, Some(job)))
        .await
        .unwrap();
    assert_eq!(
        (
            after.cantidad,
            after.cantidad_reservada,
            after.cantidad_disponible
        ),
        (3, 1, 2)
    );
    let after = store
        .apply_stock(
            "C0000001-A",
            &stock(TipoMovimiento::Liberacion, 1, Some(job)),
        )
        .await
        .unwrap();
    assert_eq!(
        (
            after.cantidad,
            after.cantidad_reservada,
            after.cantidad_disponible
        ),
        (3, 0, 3)
    );
    assert!(!after.stock_bajo);
    let after = store
        .apply_stock("C0000001-A", &stock(TipoMovimiento::Entrada, 9_997, None))
        .await
        .unwrap();
    assert_eq!(after.cantidad, 10_000);
    assert!(matches!(
        store
            .apply_stock("C0000001-A", &stock(TipoMovimiento::Entrada, 1, None))
            .await,
        Err(Error::Shortage { .. })
    ));
    assert!(matches!(
        store
            .apply_stock("C0000009-A", &stock(TipoMovimiento::Entrada, 1, None))
            .await,
        Err(Error::NotFound(_))
    ));
    let stored = store.get("C0000001-A").await.unwrap().unwrap();
    assert_eq!(stored, after);

    let history = store.movements("C0000001-A", &page(1, 100)).await.unwrap();
    let tipos: Vec<_> = history.items.iter().map(|m| m.tipo).collect();
    assert_eq!(
        tipos,
        [
            TipoMovimiento::Reserva,
            TipoMovimiento::Salida,
            TipoMovimiento::Liberacion,
            TipoMovimiento::Entrada
        ]
    );
    assert_eq!(history.items[1].trabajo_id, Some(job));
    assert_eq!(history.items[1].cantidad_resultante, 3);
    assert_eq!(history.items[3].cantidad_resultante, 10_000);
    let newest = store
        .movements(
            "C0000001-A",
            &PageRequest {
                descending: true,
                ..page(1, 1)
            },
        )
        .await
        .unwrap();
    assert_eq!(
        (newest.total, newest.items[0].tipo),
        (4, TipoMovimiento::Entrada)
    );
    // Deleting the part drops its history.
    store.delete("C0000001-A", stored.version).await.unwrap();
    assert_eq!(
        store
            .movements("C0000001-A", &page(1, 10))
            .await
            .unwrap()
            .total,
        0
    );
}

async fn concurrent_reservations(store: Arc<dyn Repository>) {
    store
        .insert(&part("D0000001-A", "Kit", 10.0, 10))
        .await
        .unwrap();
    let tasks: Vec<_> = (0..100)
        .map(|_| {
            let store = store.clone();
            tokio::spawn(async move {
                store
                    .apply_stock(
                        "D0000001-A",
                        &stock(TipoMovimiento::Reserva, 1, Some(Uuid::new_v4())),
                    )
                    .await
            })
        })
        .collect();
    let mut ok = 0;
    for t in tasks {
        match t.await.unwrap() {
            Ok(_) => ok += 1,
            Err(Error::Shortage { .. }) => {}
            Err(e) => panic!("unexpected error {e}"),
        }
    }
    assert_eq!(ok, 10);
    let p = store.get("D0000001-A").await.unwrap().unwrap();
    assert_eq!((p.cantidad_disponible, p.cantidad_reservada), (0, 10));
    assert_eq!(
        store
            .movements("D0000001-A", &page(1, 1))
            .await
            .unwrap()
            .total,
        10
    );
}

async fn mongo_store() -> (support::Mongo, Arc<dyn Repository>) {
    let mongo = support::Mongo::start();
    let store = MongoStore::connect(&mongo.uri, &mongo.database)
        .await
        .unwrap();
    store.ensure_indexes().await.unwrap();
    // A second start-up must find the indexes in place and succeed.
    store.ensure_indexes().await.unwrap();
    store.ping().await.unwrap();
    (mongo, Arc::new(store))
}

fn embedded_store() -> (tempfile::TempDir, Arc<dyn Repository>) {
    let dir = tempfile::tempdir().unwrap();
    let store = EmbeddedStore::open(&dir.path().join("recambios.redb")).unwrap();
    (dir, Arc::new(store))
}

fn serie<P: std::borrow::Borrow<Recambio>>(items: &[P]) -> Vec<&str> {
    items
        .iter()
        .map(|p| p.borrow().numero_serie.as_str())
        .collect()
}

fn sorted_by(order: SortField, descending: bool) -> PageRequest {
    PageRequest {
        page: 1,
        page_size: 100,
        order,
        descending,
    }
}

/// Ties in every sort field are broken by numero_serie, and descending is the whole order
/// reversed (numero_serie descending among ties too).
async fn list_ties_and_descending(store: Arc<dyn Repository>) {
    // (numero_serie, nombre, proveedor, precio, cantidad), inserted out of order.
    let rows = [
        ("G0000003-A", "Disco", "Bosch", 20.0, 5),
        ("G0000001-A", "Disco", "Mann", 10.0, 5),
        ("G0000005-A", "Bujía", "Bosch", 10.0, 9),
        ("G0000002-A", "Disco", "Bosch", 20.0, 1),
        ("G0000004-A", "Zapata", "Mann", 10.0, 5),
    ];
    for (ns, nombre, proveedor, precio, cantidad) in rows {
        let mut p = part(ns, nombre, precio, cantidad);
        p.catalogo.proveedor = proveedor.into();
        store.insert(&p).await.unwrap();
    }
    let order = |order: SortField, descending: bool| {
        let store = store.clone();
        async move {
            let page = store
                .list(&Filters::default(), &sorted_by(order, descending))
                .await
                .unwrap();
            assert_eq!(page.total, 5);
            serie(&page.items)
                .into_iter()
                .map(|ns| ns[7..8].to_owned())
                .collect::<String>()
        }
    };
    // Digits of the numero_serie, in list order.
    for (field, asc) in [
        (SortField::NumeroSerie, "12345"),
        (SortField::Nombre, "51234"),
        (SortField::Proveedor, "23514"),
        (SortField::Precio, "14523"),
        (SortField::Importe, "14523"),
        (SortField::Cantidad, "21345"),
    ] {
        assert_eq!(order(field, false).await, asc, "{field:?} ascending");
        let desc: String = asc.chars().rev().collect();
        assert_eq!(order(field, true).await, desc, "{field:?} descending");
    }
    // Pages of a tied order neither overlap nor skip, in both directions.
    for descending in [false, true] {
        let mut seen = Vec::new();
        for n in 1..=3 {
            let p = PageRequest {
                page: n,
                page_size: 2,
                order: SortField::Precio,
                descending,
            };
            let page = store.list(&Filters::default(), &p).await.unwrap();
            assert_eq!(page.total, 5);
            seen.extend(serie(&page.items).into_iter().map(str::to_owned));
        }
        let all = store
            .list(
                &Filters::default(),
                &sorted_by(SortField::Precio, descending),
            )
            .await
            .unwrap();
        assert_eq!(seen, serie(&all.items));
    }
}

/// What a list must answer: the reference page of the model's parts.
fn expected_page(
    model: &std::collections::BTreeMap<String, Recambio>,
    filters: &Filters,
    page: &PageRequest,
) -> (Vec<String>, u64) {
    let found = page.scan(model.values(), filters);
    (
        serie(&found.items).into_iter().map(str::to_owned).collect(),
        found.total,
    )
}

/// Every order and direction, with filters and pages, matches a full filter-and-sort of the
/// stored parts, and keeps matching after replacements, stock changes and deletions (which
/// move parts in the sort orders, in and out of the filters and of low stock).
async fn lists_follow_every_write(store: Arc<dyn Repository>) {
    use std::collections::BTreeMap;
    let nombres = [
        "Disco de freno",
        "Filtro de aceite",
        "Pastillas de FRENO",
        "Bujía",
    ];
    let proveedores = ["Bosch", "Mann", "Brembo"];
    let mut model = BTreeMap::new();
    for i in 0..24u32 {
        let ns = format!("H{:07}-A", (i * 37) % 100);
        let mut p = part(
            &ns,
            nombres[i as usize % 4],
            [5.0, 12.5, 12.5, 40.0][i as usize % 4 / 2 + i as usize % 2],
            (i * 3) % 8,
        );
        p.catalogo.proveedor = proveedores[i as usize % 3].into();
        p.catalogo.equivalencias[0].fabricante = proveedores[(i as usize + 1) % 3].into();
        p.catalogo.equivalencias[0].modelo = ["Golf", "Ibiza"][i as usize % 2].into();
        p.catalogo.iva = [21, 10][i as usize % 2];
        store.insert(&p).await.unwrap();
        model.insert(ns, p);
    }
    let filters = [
        Filters::default(),
        Filters {
            nombre: Some("freno".into()),
            cantidad_min: Some(1),
            ..Default::default()
        },
        Filters {
            proveedor: Some("Bosch".into()),
            precio_min: Some(12.5),
            precio_max: Some(40.0),
            ..Default::default()
        },
        Filters {
            fabricante: Some("Mann".into()),
            modelo: Some("Golf".into()),
            cantidad_max: Some(6),
            ..Default::default()
        },
        Filters {
            stock_bajo: true,
            ..Default::default()
        },
    ];
    let check = |model: BTreeMap<String, Recambio>, when: &'static str| {
        let store = store.clone();
        let filters = filters.clone();
        async move {
            for f in &filters {
                for order in SortField::ALL {
                    for descending in [false, true] {
                        for (page, page_size) in [(1, 100), (2, 3)] {
                            let p = PageRequest {
                                page,
                                page_size,
                                order,
                                descending,
                            };
                            let got = store.list(f, &p).await.unwrap();
                            let got: (Vec<String>, u64) = (
                                serie(&got.items).into_iter().map(str::to_owned).collect(),
                                got.total,
                            );
                            assert_eq!(got, expected_page(&model, f, &p), "{when}: {f:?} {p:?}");
                        }
                    }
                }
            }
        }
    };
    check(model.clone(), "after inserts").await;

    // Replacements: new names, suppliers and prices (so new importe) for every third part.
    let keys: Vec<String> = model.keys().cloned().collect();
    for (n, ns) in keys.iter().enumerate().filter(|(n, _)| n % 3 == 0) {
        let current = store.get(ns).await.unwrap().unwrap();
        let mut cat = current.catalogo.clone();
        cat.nombre = nombres[(n + 1) % 4].into();
        cat.proveedor = proveedores[(n + 2) % 3].into();
        cat.precio = [12.5, 99.0][n % 2];
        let next = current.replaced(cat);
        store.replace(&next).await.unwrap();
        model.insert(ns.clone(), next);
    }
    check(model.clone(), "after replacements").await;

    // Stock changes: cantidad up and down, disponible down by reservations (low stock in and
    // out).
    let job = Uuid::new_v4();
    for (n, ns) in keys.iter().enumerate().filter(|(n, _)| n % 2 == 1) {
        let changes = match n % 4 {
            1 => vec![stock(TipoMovimiento::Entrada, 5, None)],
            _ => vec![
                stock(TipoMovimiento::Entrada, 4, None),
                stock(TipoMovimiento::Reserva, 3, Some(job)),
            ],
        };
        for change in changes {
            let after = store.apply_stock(ns, &change).await.unwrap();
            model.insert(ns.clone(), after);
        }
    }
    for ns in keys.iter().step_by(5) {
        let current = &model[ns];
        if current.cantidad_disponible > 0 {
            let take = stock(TipoMovimiento::Salida, current.cantidad_disponible, None);
            let after = store.apply_stock(ns, &take).await.unwrap();
            assert!(after.stock_bajo);
            model.insert(ns.clone(), after);
        }
    }
    check(model.clone(), "after stock changes").await;

    // Deletions.
    for ns in keys.iter().skip(1).step_by(4) {
        let version = model[ns].version;
        store.delete(ns, version).await.unwrap();
        model.remove(ns);
    }
    check(model.clone(), "after deletions").await;
    for (ns, p) in &model {
        assert_eq!(store.get(ns).await.unwrap().as_ref(), Some(p));
    }
}

macro_rules! both_backends {
    ($($name:ident),*) => {
        mod mongo {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
                async fn $name() {
                    let (_db, store) = super::mongo_store().await;
                    super::$name(store).await;
                }
            )*
        }
        mod embedded {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
                async fn $name() {
                    let (_dir, store) = super::embedded_store();
                    super::$name(store).await;
                }
            )*
        }
    };
}

/// Many creates and reads at once (the MongoDB store sends concurrent ones together, as one
/// `insert_many` or one `$in` find): each caller still gets its own answer — one part per
/// numero_serie, a duplicate refused without refusing its neighbours, every read its part.
async fn concurrent_creates_and_reads(store: Arc<dyn Repository>) {
    let id = |i: u32| format!("E{:07}-A", i % 40);
    let creates: Vec<_> = (0..120u32)
        .map(|i| {
            let store = store.clone();
            tokio::spawn(async move {
                let p = part(&id(i), &format!("Pieza {}", i % 40), 5.0, i % 40);
                (i % 40, store.insert(&p).await)
            })
        })
        .collect();
    let mut created = std::collections::BTreeMap::new();
    for t in creates {
        match t.await.unwrap() {
            (n, Ok(())) => *created.entry(n).or_insert(0) += 1,
            (_, Err(Error::Duplicate(ns))) => assert!(ns.starts_with('E'), "{ns}"),
            (_, Err(e)) => panic!("unexpected error {e}"),
        }
    }
    assert_eq!(created.len(), 40, "every numero_serie created");
    assert!(created.values().all(|n| *n == 1), "{created:?}");

    let reads: Vec<_> = (0..200u32)
        .map(|i| {
            let store = store.clone();
            // Every fifth read asks for a part that does not exist.
            let ns = if i % 5 == 0 {
                format!("F{i:07}-A")
            } else {
                id(i)
            };
            tokio::spawn(async move { (i, store.get(&ns).await.unwrap()) })
        })
        .collect();
    for t in reads {
        let (i, found) = t.await.unwrap();
        if i % 5 == 0 {
            assert!(found.is_none(), "read {i}");
        } else {
            let found = found.unwrap_or_else(|| panic!("read {i} found nothing"));
            assert_eq!(found.numero_serie, id(i));
            assert_eq!(found.cantidad, i % 40);
        }
    }
}

both_backends!(
    crud,
    lists,
    stock_operations,
    concurrent_reservations,
    concurrent_creates_and_reads,
    list_ties_and_descending,
    lists_follow_every_write
);

#[tokio::test]
async fn embedded_store_persists_across_reopen() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("recambios.redb");
    {
        let store = EmbeddedStore::open(&path).unwrap();
        store
            .insert(&part("E0000001-A", "Kit", 1.0, 3))
            .await
            .unwrap();
        store
            .apply_stock("E0000001-A", &stock(TipoMovimiento::Salida, 1, None))
            .await
            .unwrap();
    }
    let store = EmbeddedStore::open(&path).unwrap();
    let p = store.get("E0000001-A").await.unwrap().unwrap();
    // The sort indexes are rebuilt from the file at open.
    let by_cantidad = store
        .list(
            &Filters {
                cantidad_max: Some(2),
                ..Default::default()
            },
            &sorted_by(SortField::Cantidad, true),
        )
        .await
        .unwrap();
    assert_eq!(
        (serie(&by_cantidad.items), by_cantidad.total),
        (vec!["E0000001-A"], 1)
    );
    assert_eq!((p.cantidad, p.version), (2, 2));
    assert_eq!(
        store
            .movements("E0000001-A", &page(1, 5))
            .await
            .unwrap()
            .total,
        1
    );
}

/// Writes that land in one group commit read the part as the group's earlier writes left it
/// (not as the file had it before the group): many concurrent stock changes, duplicate
/// creates, and a delete racing re-creates of one part, then the same part read back from the
/// file after a reopen, with one movement per stock change that succeeded.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn embedded_writes_in_one_group_see_each_other() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("recambios.redb");
    let before = {
        let store = Arc::new(EmbeddedStore::open(&path).unwrap());
        store
            .insert(&part("G0000001-A", "Kit", 1.0, 40))
            .await
            .unwrap();
        let mut tasks = Vec::new();
        for i in 0..120u32 {
            let store = store.clone();
            tasks.push(tokio::spawn(async move {
                let change = match i % 3 {
                    0 => stock(TipoMovimiento::Reserva, 1, Some(Uuid::new_v4())),
                    1 => stock(TipoMovimiento::Salida, 1, None),
                    _ => stock(TipoMovimiento::Entrada, 1, None),
                };
                match store.apply_stock("G0000001-A", &change).await {
                    Ok(after) => Some(after.version),
                    Err(Error::Shortage { .. }) => None,
                    Err(e) => panic!("unexpected error {e}"),
                }
            }));
        }
        let dups: Vec<_> = (0..20)
            .map(|_| {
                let store = store.clone();
                tokio::spawn(async move { store.insert(&part("G0000001-A", "Otro", 2.0, 1)).await })
            })
            .collect();
        let mut versions = Vec::new();
        for t in tasks {
            versions.extend(t.await.unwrap());
        }
        for d in dups {
            assert!(matches!(d.await.unwrap(), Err(Error::Duplicate(_))));
        }
        // Every successful change saw the one before it: versions 2..=n+1, each once.
        versions.sort_unstable();
        let n = versions.len() as u64;
        assert_eq!(versions, (2..=n + 1).collect::<Vec<_>>());
        let p = store.get("G0000001-A").await.unwrap().unwrap();
        assert_eq!(p.version, n + 1);
        assert_eq!(p.cantidad_disponible, p.cantidad - p.cantidad_reservada);
        let history = store.movements("G0000001-A", &page(1, 500)).await.unwrap();
        assert_eq!(
            history.total, n,
            "one movement per stock change that succeeded"
        );

        // A delete and re-creates of the same part racing: exactly one re-create wins if it
        // comes after the delete, and the file agrees with memory either way.
        let delete = {
            let store = store.clone();
            let version = p.version;
            tokio::spawn(async move { store.delete("G0000001-A", version).await })
        };
        let creates: Vec<_> = (0..10)
            .map(|i| {
                let store = store.clone();
                tokio::spawn(async move {
                    store
                        .insert(&part("G0000001-A", &format!("Nuevo {i}"), 3.0, 5))
                        .await
                })
            })
            .collect();
        delete.await.unwrap().unwrap();
        let mut created = 0;
        for c in creates {
            match c.await.unwrap() {
                Ok(()) => created += 1,
                Err(Error::Duplicate(_)) => {}
                Err(e) => panic!("unexpected error {e}"),
            }
        }
        assert!(created <= 1, "{created} re-creates succeeded");
        let now = store.get("G0000001-A").await.unwrap();
        assert_eq!(now.is_some(), created == 1);
        now
    };
    let store = EmbeddedStore::open(&path).unwrap();
    assert_eq!(store.get("G0000001-A").await.unwrap(), before);
    assert_eq!(
        store
            .movements("G0000001-A", &page(1, 500))
            .await
            .unwrap()
            .total,
        0,
        "a delete removes the history and a re-created part starts without one"
    );
}

/// A stock change and its movement are one single-document write: the movement waits in the
/// part's outbox until it is filed. A crash between the two (simulated here by writing an
/// outbox entry directly) loses nothing: the next start-up files it, exactly once.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn mongo_outbox_files_every_movement_once() {
    use mongodb::bson::{Document, doc};

    let mongo = support::Mongo::start();
    let store = MongoStore::connect(&mongo.uri, &mongo.database)
        .await
        .unwrap();
    store.prepare().await.unwrap();
    store
        .insert(&part("O0000001-A", "Filtro", 5.0, 10))
        .await
        .unwrap();
    // A motivo that looks like a field path is stored as written.
    let mut change = stock(TipoMovimiento::Salida, 1, None);
    change.request.motivo = Some("$cantidad".into());
    let after = store.apply_stock("O0000001-A", &change).await.unwrap();
    assert_eq!((after.cantidad, after.version), (9, 2));
    let listed = store.movements("O0000001-A", &page(1, 10)).await.unwrap();
    assert_eq!(listed.total, 1);
    assert_eq!(listed.items[0].motivo.as_deref(), Some("$cantidad"));
    assert_eq!(
        (listed.items[0].cantidad_resultante, listed.items[0].version),
        (9, 2)
    );

    let raw = mongodb::Client::with_uri_str(&mongo.uri)
        .await
        .unwrap()
        .database(&mongo.database)
        .collection::<Document>("recambios");
    let outbox_len = |raw: mongodb::Collection<Document>| async move {
        let d = raw
            .find_one(doc! {"_id": "O0000001-A"})
            .await
            .unwrap()
            .unwrap();
        d.get_array("pendientes").map_or(0, Vec::len)
    };
    // The filed entry leaves the outbox shortly after the request (off the request path).
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(5);
    while outbox_len(raw.clone()).await > 0 {
        assert!(std::time::Instant::now() < deadline, "outbox never drained");
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }

    // The crash: a change whose record never reached `movimientos`.
    let stranded = Uuid::new_v4().to_string();
    raw.update_one(
        doc! {"_id": "O0000001-A"},
        doc! {
            "$inc": {"cantidad": -1_i64, "cantidad_disponible": -1_i64, "version": 1_i64},
            "$push": {"pendientes": {
                "_id": &stranded, "numero_serie": "O0000001-A", "tipo": "salida",
                "cantidad": 1_i64, "fecha": mongodb::bson::DateTime::now(),
                "cantidad_resultante": 8_i64, "reservada_resultante": 0_i64, "version": 3_i64,
            }},
        },
    )
    .await
    .unwrap();
    // A catalogue update before the restart must keep the outbox.
    let mut next = store.get("O0000001-A").await.unwrap().unwrap();
    assert_eq!((next.cantidad, next.version), (8, 3));
    next.catalogo.nombre = "Filtro de aire".into();
    next.version += 1;
    store.replace(&next).await.unwrap();
    assert_eq!(outbox_len(raw.clone()).await, 1);
    store.prepare().await.unwrap();
    // A second start-up (or a refiling race) must not file it twice.
    store.prepare().await.unwrap();
    let listed = store.movements("O0000001-A", &page(1, 10)).await.unwrap();
    assert_eq!(listed.total, 2);
    assert_eq!(listed.items[1].id.to_string(), stranded);
    assert_eq!(
        (listed.items[1].cantidad_resultante, listed.items[1].version),
        (8, 3)
    );
    let current = store.get("O0000001-A").await.unwrap().unwrap();
    assert_eq!(
        (current.catalogo.nombre.as_str(), current.version),
        ("Filtro de aire", 4)
    );
}

/// Every list filter and every sort is served by an index: the server's own plan for the
/// list's query scans an index led by the filtered field, and sorts without a blocking
/// in-memory SORT. Not `nombre`: a case-insensitive substring has no index bounds; mongod
/// matches it against the keys of the `nombre` index, but SecantusDB's plan scans the
/// collection for any `$regex`, so its plan says nothing there.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn mongo_lists_are_served_by_indexes() {
    use mongodb::bson::{Bson, Document};

    fn stages(plan: &Document, out: &mut Vec<(String, Option<String>)>) {
        if let Ok(stage) = plan.get_str("stage") {
            let key = plan
                .get_document("keyPattern")
                .ok()
                .and_then(|k| k.keys().next().cloned());
            out.push((stage.to_owned(), key));
        }
        for (_, value) in plan {
            match value {
                Bson::Document(d) => stages(d, out),
                Bson::Array(a) => a
                    .iter()
                    .filter_map(Bson::as_document)
                    .for_each(|d| stages(d, out)),
                _ => {}
            }
        }
    }

    let mongo = support::Mongo::start();
    let store = MongoStore::connect(&mongo.uri, &mongo.database)
        .await
        .unwrap();
    store.prepare().await.unwrap();
    for i in 0..30u32 {
        let mut p = part(&format!("I{i:07}-A"), "Filtro", 1.0 + f64::from(i), i);
        p.catalogo.proveedor = format!("Proveedor {}", i % 10);
        p.catalogo.equivalencias[0].fabricante = format!("Fabricante {i}");
        p.catalogo.equivalencias[0].modelo = format!("Modelo {i}");
        store.insert(&p).await.unwrap();
    }
    let plan = |filters: Filters, order: SortField, descending: bool| {
        let store = &store;
        async move {
            let page = PageRequest {
                page: 2,
                page_size: 5,
                order,
                descending,
            };
            let mut out = Vec::new();
            stages(&store.list_plan(&filters, &page).await.unwrap(), &mut out);
            out
        }
    };

    // Not numero_serie, which sorts by `_id`: mongod walks the `_id_` index for that, but
    // SecantusDB's explain reports every `_id`-ordered find as a COLLSCAN plus SORT (its doc
    // table is kept in `_id` order), so its plan would say nothing about our indexes.
    for order in SortField::ALL
        .into_iter()
        .filter(|o| *o != SortField::NumeroSerie)
    {
        for descending in [false, true] {
            let found = plan(Filters::default(), order, descending).await;
            let led = order.field();
            assert!(
                found
                    .iter()
                    .any(|(s, k)| s == "IXSCAN" && k.as_deref() == Some(led)),
                "sort by {led}: no index scan led by it in {found:?}"
            );
            assert!(
                !found.iter().any(|(s, _)| s == "SORT"),
                "sort by {led} (descending {descending}) sorts in memory: {found:?}"
            );
        }
    }

    let cases: Vec<(&str, Filters, SortField)> = vec![
        (
            "proveedor",
            Filters {
                proveedor: Some("Proveedor 3".into()),
                ..Default::default()
            },
            SortField::Proveedor,
        ),
        (
            "precio",
            Filters {
                precio_min: Some(3.0),
                precio_max: Some(6.0),
                ..Default::default()
            },
            SortField::Precio,
        ),
        (
            "cantidad",
            Filters {
                cantidad_min: Some(2),
                cantidad_max: Some(4),
                ..Default::default()
            },
            SortField::Cantidad,
        ),
        (
            "equivalencias.fabricante",
            Filters {
                fabricante: Some("Fabricante 7".into()),
                ..Default::default()
            },
            SortField::NumeroSerie,
        ),
        (
            "equivalencias.modelo",
            Filters {
                modelo: Some("Modelo 7".into()),
                ..Default::default()
            },
            SortField::NumeroSerie,
        ),
        (
            "stock_bajo",
            Filters {
                stock_bajo: true,
                ..Default::default()
            },
            SortField::NumeroSerie,
        ),
    ];
    for (field, filters, order) in cases {
        let found = plan(filters, order, false).await;
        assert!(
            found
                .iter()
                .any(|(s, k)| s == "IXSCAN" && k.as_deref() == Some(field)),
            "filter on {field}: no index scan led by it in {found:?}"
        );
        assert!(
            !found.iter().any(|(s, _)| s == "COLLSCAN"),
            "filter on {field} scans the collection: {found:?}"
        );
    }
}
