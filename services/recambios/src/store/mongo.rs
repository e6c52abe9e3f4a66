//! The MongoDB backend (official driver). Parts live in collection `recambios`, movements in
//! `movimientos`. A part's `_id` is its `numero_serie` (the field is kept too, for readers of
//! the original documents): `_id`'s unique index refuses duplicates, and lookups and
//! conditional writes by `_id` take the server's direct path instead of query planning, which
//! on SecantusDB makes a GET 1.7× faster (docs/BENCHMARKS.md).
//!
//! Reads by `_id` and inserts that arrive while the database is busy go out together
//! (`store::coalesce`): one `$in` find, one unordered `insert_many`, each caller still answered
//! on its own. A lone call goes out at once, alone.
//!
//! A stock change is one conditional update whose filter is the change's requirement and whose
//! pipeline applies the deltas, the low-stock flag and the movement record together, so the
//! database itself refuses to oversell, whatever the number of concurrent callers, and no change
//! is ever without its record. The record lands in the part's outbox (`pendientes`) and
//! is then filed into `movimientos`; no multi-document transaction is needed, which a
//! standalone mongod (compose, k8s) does not offer.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use async_trait::async_trait;
use chrono::Utc;
use futures::TryStreamExt;
use mongodb::bson::{Bson, Document, doc};
use mongodb::error::{ErrorKind, WriteFailure};
use mongodb::options::{Acknowledgment, ClientOptions, WriteConcern};
use mongodb::{Client, Collection, IndexModel};
use uuid::Uuid;

use super::Repository;
use super::coalesce::{Answers, Coalescer};
use crate::domain::{
    Catalogo, Equivalencia, Filters, Movimiento, Page, PageRequest, Recambio, Requirement,
    SortField, StockChange, TipoMovimiento,
};
use crate::error::{Error, Result};

/// How long one database call may take before the request answers 503. Kept short: a
/// workshop counter would rather retry than wait.
const CALL_TIMEOUT: Duration = Duration::from_secs(5);
const DUPLICATE_KEY: i32 = 11000;

/// Batches in flight at once per coalesced kind of call, and calls in one batch. Two slots
/// keep the database busy while a batch's answer travels back; 32 reads by `_id` cost
/// SecantusDB about 5× one read (docs/BENCHMARKS.md).
const SLOTS: usize = 2;
const MAX_BATCH: usize = 32;

/// Parts and movements in one MongoDB database.
#[derive(Clone)]
pub struct MongoStore {
    client: Client,
    parts: Collection<Document>,
    moves: Collection<Document>,
    /// Reads of one part by `_id`, coalesced into `find` with `$in`.
    reads: Coalescer<String, Option<Document>>,
    /// New parts, coalesced into one unordered `insert_many`.
    inserts: Coalescer<Document, ()>,
    /// Outbox entries to file, per part: one `insert_many` and one `$pull` for a batch.
    filings: Coalescer<Filing, ()>,
}

/// The write concern recambios writes with: a write is acknowledged only once it is in the
/// journal (`j: true`), and, on a replica set, once a majority has it (`w: majority`), so an
/// acknowledged write survives a crash of the database. What the URI says wins
/// (`?w=1&journal=false` turns both off, e.g. for a throw-away benchmark database).
fn durable(given: Option<WriteConcern>, options: &ClientOptions) -> WriteConcern {
    let mut concern = given.unwrap_or_default();
    if concern.journal.is_none() {
        concern.journal = Some(true);
    }
    if concern.w.is_none() && options.repl_set_name.is_some() {
        concern.w = Some(Acknowledgment::Majority);
    }
    concern
}

impl MongoStore {
    /// Connects lazily (the driver connects on first use, so the service starts even while
    /// the database is down) with a short server selection timeout: with the database down
    /// (connections refused, or never reached), a request answers 503 within 2 s; a known
    /// server that stops answering, within [`CALL_TIMEOUT`].
    ///
    /// The connect timeout is also how long the driver's monitor waits for a heartbeat; a
    /// heartbeat without an answer marks the server unknown and drops every pooled
    /// connection. So it is as long as a call may take ([`CALL_TIMEOUT`]): a database that
    /// stalls for a moment (a checkpoint on a busy disk) makes requests slower, not 503s.
    /// With 2 s, a stall of the compose stand-in failed a list in CI (tests/outage.rs). A refused
    /// connection fails at once whatever the timeout.
    pub async fn connect(uri: &str, database: &str) -> Result<Self> {
        let mut options = ClientOptions::parse(uri)
            .await
            .map_err(|e| Error::internal_from("reading MONGODB_URI", e))?;
        options.server_selection_timeout = Some(Duration::from_secs(2));
        options.connect_timeout = Some(CALL_TIMEOUT);
        options.app_name = Some("recambios".into());
        options.write_concern = Some(durable(options.write_concern.take(), &options));
        let client = Client::with_options(options)
            .map_err(|e| Error::internal_from("creating the MongoDB client", e))?;
        let db = client.database(database);
        let parts: Collection<Document> = db.collection("recambios");
        let moves: Collection<Document> = db.collection("movimientos");
        Ok(MongoStore {
            reads: Coalescer::new(SLOTS, MAX_BATCH, CALL_TIMEOUT, read_batch(parts.clone())),
            inserts: Coalescer::new(SLOTS, MAX_BATCH, CALL_TIMEOUT, insert_batch(parts.clone())),
            filings: Coalescer::new(
                SLOTS,
                MAX_BATCH,
                CALL_TIMEOUT,
                file_batch(parts.clone(), moves.clone()),
            ),
            parts,
            moves,
            client,
        })
    }

    /// Start-up work, safe to repeat: the indexes, then any movements a crash left unfiled.
    pub async fn prepare(&self) -> Result<()> {
        self.ensure_indexes().await?;
        self.recover_movements().await
    }

    /// Creates every index the queries use. Creating an index that exists with the same
    /// options is a no-op, so this runs at every start-up.
    pub async fn ensure_indexes(&self) -> Result<()> {
        let plain = |keys: Document| IndexModel::builder().keys(keys).build();
        // `_id` is numero_serie, so its own unique index refuses duplicates. Each sortable
        // field is indexed with `_id` after it: the index then serves that field's filter and
        // its sort with the tie-break lists use, without an in-memory sort.
        let mut part_indexes: Vec<IndexModel> = SortField::ALL
            .iter()
            .filter(|f| **f != SortField::NumeroSerie)
            .map(|f| plain(doc! {f.field(): 1, "_id": 1}))
            .collect();
        part_indexes.extend([
            plain(doc! {"equivalencias.fabricante": 1}),
            plain(doc! {"equivalencias.modelo": 1}),
            plain(doc! {"stock_bajo": 1, "_id": 1}),
        ]);
        timed(self.parts.create_indexes(part_indexes)).await?;
        timed(
            self.moves
                .create_index(plain(doc! {"numero_serie": 1, "version": 1})),
        )
        .await?;
        Ok(())
    }

    async fn find_part(&self, numero_serie: &str) -> Result<Option<Recambio>> {
        let found = self.reads.call(numero_serie.to_owned()).await?;
        found.map(|d| from_doc(&d)).transpose()
    }

    /// Files movements from a part's outbox (`pendientes`) into `movimientos`, together with
    /// those of concurrent changes (see [`file_batch`]).
    async fn file(&self, part_id: Bson, entries: Vec<Document>) -> Result<()> {
        if entries.is_empty() {
            return Ok(());
        }
        self.filings.call((part_id, entries)).await
    }

    /// Files what a crash left in any part's outbox. Runs at start-up, after the indexes.
    pub async fn recover_movements(&self) -> Result<()> {
        let filter = doc! {format!("{OUTBOX}.0"): {"$exists": true}};
        let cursor = timed(self.parts.find(filter)).await?;
        let stranded: Vec<Document> = timed(cursor.try_collect()).await?;
        for part in &stranded {
            let entries = part
                .get_array(OUTBOX)
                .map_or_else(|_| Vec::new(), |a| documents(a));
            self.file(part.get("_id").cloned().unwrap_or(Bson::Null), entries)
                .await?;
        }
        if !stranded.is_empty() {
            tracing::info!(parts = stranded.len(), "filed movements left in outboxes");
        }
        Ok(())
    }

    /// The server's query plan (`explain`, `queryPlanner` verbosity) for the find a list
    /// with these filters and this page runs: which index serves it, and whether the sort
    /// needs memory. For operators checking a deployment, and for the index tests.
    pub async fn list_plan(&self, filters: &Filters, page: &PageRequest) -> Result<Document> {
        let (filter, sort) = list_query(filters, page);
        let namespace = self.parts.namespace();
        let find = doc! {
            "find": &namespace.coll,
            "filter": filter,
            "sort": sort,
            "skip": page.skip() as i64,
            "limit": page.page_size as i64,
        };
        let command = doc! {"explain": find, "verbosity": "queryPlanner"};
        let explained = timed(self.client.database(&namespace.db).run_command(command)).await?;
        explained
            .get_document("queryPlanner")
            .and_then(|q| q.get_document("winningPlan"))
            .cloned()
            .map_err(|_| Error::internal(format!("explain answered without a plan: {explained}")))
    }

    /// After a conditional write matched nothing: gone, or at another version.
    async fn missing_or_stale(&self, numero_serie: &str) -> Error {
        match self.find_part(numero_serie).await {
            Ok(None) => Error::NotFound(numero_serie.to_owned()),
            Ok(Some(current)) => Error::Stale {
                current: current.version,
            },
            Err(e) => e,
        }
    }
}

#[async_trait]
impl Repository for MongoStore {
    async fn ping(&self) -> Result<()> {
        timed(self.client.database("admin").run_command(doc! {"ping": 1})).await?;
        Ok(())
    }

    async fn insert(&self, part: &Recambio) -> Result<()> {
        match self.inserts.call(to_doc(part)).await {
            Err(Error::Duplicate(_)) => Err(Error::Duplicate(part.numero_serie.clone())),
            other => other.map(|_| ()),
        }
    }

    async fn get(&self, numero_serie: &str) -> Result<Option<Recambio>> {
        self.find_part(numero_serie).await
    }

    async fn replace(&self, next: &Recambio) -> Result<()> {
        let filter = doc! {"_id": &next.numero_serie, "version": version_bson(next.version - 1)};
        // `$set` rather than a whole-document replace, so the part's outbox survives.
        let mut fields = to_doc(next);
        fields.remove("_id");
        let mut update = doc! {"$set": fields};
        if next.catalogo.descripcion.is_none() {
            update.insert("$unset", doc! {"descripcion": ""});
        }
        let result = timed(self.parts.update_one(filter, update)).await?;
        if result.matched_count == 1 {
            Ok(())
        } else {
            Err(self.missing_or_stale(&next.numero_serie).await)
        }
    }

    async fn delete(&self, numero_serie: &str, version: u64) -> Result<()> {
        let filter = doc! {"_id": numero_serie, "version": version_bson(version)};
        let result = timed(self.parts.delete_one(filter)).await?;
        if result.deleted_count == 0 {
            return Err(self.missing_or_stale(numero_serie).await);
        }
        timed(self.moves.delete_many(doc! {"numero_serie": numero_serie})).await?;
        Ok(())
    }

    async fn list(&self, filters: &Filters, page: &PageRequest) -> Result<Page<Arc<Recambio>>> {
        let (filter, sort) = list_query(filters, page);
        page_of(&self.parts, filter, sort, page, |d| {
            from_doc(d).map(Arc::new)
        })
        .await
    }

    async fn apply_stock(&self, numero_serie: &str, change: &StockChange) -> Result<Recambio> {
        let job_key = change.trabajo_id.map(|j| format!("reservas.{j}"));
        let mut filter = doc! {"_id": numero_serie};
        match change.requirement {
            Requirement::CantidadAtMost(max) => {
                filter.insert("cantidad", doc! {"$lte": i64::from(max)});
            }
            Requirement::DisponibleAtLeast(n) => {
                filter.insert("cantidad_disponible", doc! {"$gte": i64::from(n)});
            }
            Requirement::ReservadaTrabajoAtLeast(n) => {
                let key = job_key.clone().unwrap_or_else(|| "reservas.-".into());
                filter.insert(key, doc! {"$gte": i64::from(n)});
            }
        }
        let movement = Uuid::new_v4().to_string();
        let update = stock_pipeline(change, job_key.as_deref(), &movement, Utc::now());
        // `update_one` and a read by `_id` rather than one `find_one_and_update`: SecantusDB
        // answers findAndModify by scanning the collection (8 per second at 5 000 parts,
        // against 116 updates), and the read is cheap. The update alone is the atomic step.
        // A miss means the part is missing or the requirement failed; a re-read says which.
        // If the requirement holds again by then (a concurrent change), try once more.
        let mut attempts = 0;
        loop {
            attempts += 1;
            let result = timed(self.parts.update_one(filter.clone(), update.clone())).await?;
            if result.matched_count == 1 {
                break;
            }
            let current = self
                .find_part(numero_serie)
                .await?
                .ok_or_else(|| Error::NotFound(numero_serie.to_owned()))?;
            match change.check(&current) {
                Err(shortage) => {
                    return Err(Error::Shortage {
                        numero_serie: numero_serie.to_owned(),
                        pedido: change.request.cantidad,
                        shortage,
                    });
                }
                Ok(()) if attempts >= 5 => {
                    return Err(Error::internal(format!(
                        "stock update of {numero_serie} kept missing a changing document"
                    )));
                }
                Ok(()) => continue,
            }
        }
        let read = self
            .reads
            .call(numero_serie.to_owned())
            .await?
            .ok_or_else(|| Error::NotFound(numero_serie.to_owned()))?;
        let mut after = from_doc(&read)?;
        // The movement is in the part's outbox now; file it. Only this one: entries of
        // changes still in flight are filed by their own requests. (It is gone only if a
        // start-up recovery filed it meanwhile.)
        let own: Vec<Document> = read
            .get_array(OUTBOX)
            .map(|a| documents(a))
            .unwrap_or_default()
            .into_iter()
            .filter(|e| e.get_str("_id") == Ok(movement.as_str()))
            .collect();
        if let Some(entry) = own.first() {
            // A change that landed between the update and the read is in `read`; the stock
            // right after this change is what its own record says.
            after.cantidad = get_u32(entry, "cantidad_resultante")?;
            after.cantidad_reservada = get_u32(entry, "reservada_resultante")?;
            after.cantidad_disponible = get_u32(entry, "disponible_resultante")?;
            after.stock_bajo = entry
                .get_bool("stock_bajo")
                .map_err(|_| corrupt("stock_bajo"))?;
            after.version = get_int(entry, "version")? as u64;
        }
        self.file(Bson::String(numero_serie.to_owned()), own)
            .await?;
        Ok(after)
    }

    async fn movements(&self, numero_serie: &str, page: &PageRequest) -> Result<Page<Movimiento>> {
        let filter = doc! {"numero_serie": numero_serie};
        let direction = if page.descending { -1 } else { 1 };
        let sort = doc! {"version": direction};
        page_of(&self.moves, filter, sort, page, movement_from_doc).await
    }
}

/// The filter and sort of a list: `_id` (numero_serie) breaks ties so that pages never
/// overlap, and matches the second key of each sort field's index.
fn list_query(filters: &Filters, page: &PageRequest) -> (Document, Document) {
    let direction = if page.descending { -1 } else { 1 };
    let mut sort = Document::new();
    if page.order != SortField::NumeroSerie {
        sort.insert(page.order.field(), direction);
    }
    sort.insert("_id", direction);
    (filter_doc(filters), sort)
}

/// One page of `collection` and the number of matches: a find and a `count` command,
/// concurrently, rather than one `$facet` (inside `$facet` the sort cannot use an index, so
/// mongod would sort every match in memory for each page). `count` with the filter rather
/// than the driver's `count_documents` (a `$match` + `$group` aggregation): same answer on a
/// standalone server or replica set, and on SecantusDB 2–3× cheaper (docs/BENCHMARKS.md).
async fn page_of<T>(
    collection: &Collection<Document>,
    filter: Document,
    sort: Document,
    page: &PageRequest,
    decode: fn(&Document) -> Result<T>,
) -> Result<Page<T>> {
    let find = async {
        let cursor = timed(
            collection
                .find(filter.clone())
                .sort(sort)
                .skip(page.skip())
                .limit(page.page_size as i64),
        )
        .await?;
        timed(cursor.try_collect::<Vec<Document>>()).await
    };
    let count = async {
        let namespace = collection.namespace();
        let command = doc! {"count": &namespace.coll, "query": filter.clone()};
        let answer = timed(
            collection
                .client()
                .database(&namespace.db)
                .run_command(command),
        )
        .await?;
        match answer.get("n") {
            Some(Bson::Int32(n)) => u64::try_from(*n).ok(),
            Some(Bson::Int64(n)) => u64::try_from(*n).ok(),
            Some(Bson::Double(n)) if *n >= 0.0 && n.fract() == 0.0 => Some(*n as u64),
            _ => None,
        }
        .ok_or_else(|| Error::internal(format!("count answered without a count: {answer}")))
    };
    let (docs, total) = tokio::try_join!(find, count)?;
    let items = docs.iter().map(decode).collect::<Result<_>>()?;
    Ok(Page { items, total })
}

/// Reads a batch of parts by `_id`: `find_one` for one (the server's direct path), `$in` for
/// more; each call gets its part, or `None`.
fn read_batch(
    parts: Collection<Document>,
) -> impl Fn(Vec<String>) -> Answers<Option<Document>> + Send + Sync {
    move |ids: Vec<String>| {
        let parts = parts.clone();
        Box::pin(async move {
            if let [id] = ids.as_slice() {
                return vec![timed(parts.find_one(doc! {"_id": id})).await];
            }
            let found = async {
                let cursor = timed(parts.find(doc! {"_id": {"$in": &ids}})).await?;
                timed(cursor.try_collect::<Vec<Document>>()).await
            };
            match found.await {
                Ok(docs) => {
                    let by_id: HashMap<String, Document> = docs
                        .into_iter()
                        .filter_map(|d| Some((d.get_str("_id").ok()?.to_owned(), d)))
                        .collect();
                    ids.iter().map(|id| Ok(by_id.get(id).cloned())).collect()
                }
                Err(e) => vec![Err(e); ids.len()],
            }
        })
    }
}

/// Inserts a batch of new parts as one unordered `insert_many`, so one duplicate refuses only
/// its own part.
fn insert_batch(
    parts: Collection<Document>,
) -> impl Fn(Vec<Document>) -> Answers<()> + Send + Sync {
    move |docs: Vec<Document>| {
        let parts = parts.clone();
        Box::pin(async move {
            let count = docs.len();
            match within(parts.insert_many(docs).ordered(false)).await {
                Err(e) => vec![Err(e); count],
                Ok(Ok(_)) => vec![Ok(()); count],
                Ok(Err(e)) => match e.kind.as_ref() {
                    // Unordered: every document not named in a write error was inserted.
                    ErrorKind::InsertMany(m) if m.write_concern_error.is_none() => {
                        let mut answers = vec![Ok(()); count];
                        for w in m.write_errors.iter().flatten() {
                            if let Some(answer) = answers.get_mut(w.index) {
                                *answer = Err(if w.code == DUPLICATE_KEY {
                                    Error::Duplicate(String::new())
                                } else {
                                    Error::internal(format!(
                                        "MongoDB write error {}: {}",
                                        w.code, w.message
                                    ))
                                });
                            }
                        }
                        answers
                    }
                    _ => vec![Err(map_error(e)); count],
                },
            }
        })
    }
}

/// A part's `_id` and the outbox entries of it to file.
type Filing = (Bson, Vec<Document>);

/// Files the outbox entries of a batch of parts into `movimientos` (one unordered
/// `insert_many`), then takes them out of the outboxes (one `$pull` over those parts). Both
/// steps are idempotent (a movement's `_id` is its uuid), so a crash anywhere in between only
/// leaves work for the start-up recovery. The removal runs off the request path; until it
/// lands an entry may merely be filed twice, which the unique `_id` absorbs.
fn file_batch(
    parts: Collection<Document>,
    moves: Collection<Document>,
) -> impl Fn(Vec<Filing>) -> Answers<()> + Send + Sync {
    move |batch: Vec<Filing>| {
        let (parts, moves) = (parts.clone(), moves.clone());
        Box::pin(async move {
            let count = batch.len();
            let mut part_ids = Vec::with_capacity(count);
            let mut entry_ids = Vec::new();
            let mut entries = Vec::new();
            for (part, own) in batch {
                part_ids.push(part);
                entry_ids.extend(own.iter().filter_map(|e| e.get("_id").cloned()));
                entries.extend(own);
            }
            match timed(moves.insert_many(entries).ordered(false)).await {
                Ok(_) | Err(Error::Duplicate(_)) => {}
                Err(e) => return vec![Err(e); count],
            }
            // Awaited, not left running behind the answer: the caller's next change of the same
            // part would then write the document at the same time, and SecantusDB (the
            // stand-in the tests and compose run) resolves such a write conflict with seconds
            // of backoff; in CI the next reservation timed out. Filed movements are already
            // safe, so a failure here only leaves entries for the next start-up to file.
            let filter = doc! {"_id": {"$in": part_ids}};
            let pull = doc! {"$pull": {OUTBOX: {"_id": {"$in": entry_ids}}}};
            if let Err(error) = timed(parts.update_many(filter, pull)).await {
                tracing::debug!(%error, "outbox entries stay until the next start-up files them");
            }
            vec![Ok(()); count]
        })
    }
}

/// Runs one driver call under [`CALL_TIMEOUT`]; the driver's own error is left as it is, for
/// callers that read more of it than [`map_error`] keeps.
async fn within<T>(
    call: impl std::future::IntoFuture<Output = mongodb::error::Result<T>>,
) -> Result<mongodb::error::Result<T>> {
    tokio::time::timeout(CALL_TIMEOUT, call.into_future())
        .await
        .map_err(|_| Error::unavailable(format!("no answer within {}s", CALL_TIMEOUT.as_secs())))
}

/// Runs one driver call under [`CALL_TIMEOUT`] and maps its error.
async fn timed<T>(
    call: impl std::future::IntoFuture<Output = mongodb::error::Result<T>>,
) -> Result<T> {
    within(call).await?.map_err(map_error)
}

fn map_error(e: mongodb::error::Error) -> Error {
    match e.kind.as_ref() {
        ErrorKind::Write(WriteFailure::WriteError(w)) if w.code == DUPLICATE_KEY => {
            Error::Duplicate(String::new())
        }
        ErrorKind::Command(c) if c.code == DUPLICATE_KEY => Error::Duplicate(String::new()),
        // An unordered insert_many whose only failures are duplicates (refiled movements).
        ErrorKind::InsertMany(m)
            if m.write_concern_error.is_none()
                && m.write_errors
                    .as_ref()
                    .is_some_and(|w| w.iter().all(|w| w.code == DUPLICATE_KEY)) =>
        {
            Error::Duplicate(String::new())
        }
        ErrorKind::ServerSelection { .. }
        | ErrorKind::Io(_)
        | ErrorKind::ConnectionPoolCleared { .. }
        | ErrorKind::DnsResolve { .. }
        | ErrorKind::Shutdown => Error::unavailable_from("MongoDB", e),
        _ if e.contains_label(mongodb::error::RETRYABLE_WRITE_ERROR) => {
            Error::unavailable_from("MongoDB", e)
        }
        _ => Error::internal_from("MongoDB", e),
    }
}

// Documents are written by hand rather than through serde so that stored types are explicit
// (numbers as Int64/Double, ids as strings) and match the field names the queries use.

fn version_bson(v: u64) -> i64 {
    v as i64
}

fn to_doc(p: &Recambio) -> Document {
    let c = &p.catalogo;
    let equivalencias: Vec<Bson> = c
        .equivalencias
        .iter()
        .map(|e| {
            Bson::Document(
                doc! {"nombre": &e.nombre, "fabricante": &e.fabricante, "modelo": &e.modelo},
            )
        })
        .collect();
    let reservas: Document = p
        .reservas
        .iter()
        .map(|(job, n)| (job.clone(), Bson::Int64(i64::from(*n))))
        .collect();
    let mut d = doc! {
        "_id": &p.numero_serie,
        "numero_serie": &p.numero_serie,
        "nombre": &c.nombre,
        "proveedor": &c.proveedor,
        "equivalencias": equivalencias,
        "garantia": &c.garantia,
        "precio": c.precio,
        "iva": i64::from(c.iva),
        "importe": p.importe,
        "cantidad": i64::from(p.cantidad),
        "cantidad_reservada": i64::from(p.cantidad_reservada),
        "cantidad_disponible": i64::from(p.cantidad_disponible),
        "stock_minimo": i64::from(c.stock_minimo),
        "stock_bajo": p.stock_bajo,
        "version": version_bson(p.version),
        "reservas": reservas,
    };
    if let Some(desc) = &c.descripcion {
        d.insert("descripcion", desc);
    }
    d
}

fn documents(array: &[Bson]) -> Vec<Document> {
    array
        .iter()
        .filter_map(Bson::as_document)
        .cloned()
        .collect()
}

fn corrupt(field: &str) -> Error {
    Error::internal(format!("stored part has a bad or missing `{field}`"))
}

fn get_str(d: &Document, field: &str) -> Result<String> {
    d.get_str(field)
        .map(str::to_owned)
        .map_err(|_| corrupt(field))
}

/// Integers may come back as Int32 or Int64 (or Double from other writers): accept each.
fn get_int(d: &Document, field: &str) -> Result<i64> {
    match d.get(field) {
        Some(Bson::Int32(v)) => Ok(i64::from(*v)),
        Some(Bson::Int64(v)) => Ok(*v),
        Some(Bson::Double(v)) if v.fract() == 0.0 => Ok(*v as i64),
        _ => Err(corrupt(field)),
    }
}

fn get_u32(d: &Document, field: &str) -> Result<u32> {
    u32::try_from(get_int(d, field)?).map_err(|_| corrupt(field))
}

fn get_f64(d: &Document, field: &str) -> Result<f64> {
    match d.get(field) {
        Some(Bson::Double(v)) => Ok(*v),
        Some(Bson::Int32(v)) => Ok(f64::from(*v)),
        Some(Bson::Int64(v)) => Ok(*v as f64),
        _ => Err(corrupt(field)),
    }
}

fn from_doc(d: &Document) -> Result<Recambio> {
    let equivalencias = d
        .get_array("equivalencias")
        .map_err(|_| corrupt("equivalencias"))?
        .iter()
        .map(|e| {
            let e = e.as_document().ok_or_else(|| corrupt("equivalencias"))?;
            Ok(Equivalencia {
                nombre: get_str(e, "nombre")?,
                fabricante: get_str(e, "fabricante")?,
                modelo: get_str(e, "modelo")?,
            })
        })
        .collect::<Result<Vec<_>>>()?;
    let mut reservas = std::collections::BTreeMap::new();
    if let Ok(r) = d.get_document("reservas") {
        for (job, _) in r {
            reservas.insert(job.clone(), get_u32(r, job)?);
        }
    }
    Ok(Recambio {
        numero_serie: get_str(d, "numero_serie")?,
        catalogo: Catalogo {
            nombre: get_str(d, "nombre")?,
            descripcion: d.get_str("descripcion").ok().map(str::to_owned),
            proveedor: get_str(d, "proveedor")?,
            equivalencias,
            garantia: get_str(d, "garantia")?,
            precio: get_f64(d, "precio")?,
            iva: u8::try_from(get_int(d, "iva")?).map_err(|_| corrupt("iva"))?,
            stock_minimo: get_u32(d, "stock_minimo")?,
        },
        importe: get_f64(d, "importe")?,
        cantidad: get_u32(d, "cantidad")?,
        cantidad_reservada: get_u32(d, "cantidad_reservada")?,
        cantidad_disponible: get_u32(d, "cantidad_disponible")?,
        stock_bajo: d
            .get_bool("stock_bajo")
            .map_err(|_| corrupt("stock_bajo"))?,
        version: get_int(d, "version")? as u64,
        reservas,
    })
}

/// Escapes a user's text for use inside a `$regex` (a "contains" filter must not let the
/// caller inject a pattern).
fn regex_literal(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        if r"\^$.|?*+()[]{}".contains(ch) {
            out.push('\\');
        }
        out.push(ch);
    }
    out
}

fn filter_doc(f: &Filters) -> Document {
    let mut d = Document::new();
    if let Some(nombre) = &f.nombre {
        d.insert(
            "nombre",
            doc! {"$regex": regex_literal(nombre), "$options": "i"},
        );
    }
    if let Some(p) = &f.proveedor {
        d.insert("proveedor", p);
    }
    let range = |min: Option<Bson>, max: Option<Bson>| {
        let mut r = Document::new();
        if let Some(min) = min {
            r.insert("$gte", min);
        }
        if let Some(max) = max {
            r.insert("$lte", max);
        }
        r
    };
    if f.precio_min.is_some() || f.precio_max.is_some() {
        d.insert(
            "precio",
            range(
                f.precio_min.map(Bson::Double),
                f.precio_max.map(Bson::Double),
            ),
        );
    }
    if f.cantidad_min.is_some() || f.cantidad_max.is_some() {
        let int = |v: u32| Bson::Int64(i64::from(v));
        d.insert(
            "cantidad",
            range(f.cantidad_min.map(int), f.cantidad_max.map(int)),
        );
    }
    if let Some(fab) = &f.fabricante {
        d.insert("equivalencias.fabricante", fab);
    }
    if let Some(modelo) = &f.modelo {
        d.insert("equivalencias.modelo", modelo);
    }
    if f.stock_bajo {
        d.insert("stock_bajo", true);
    }
    d
}

/// The outbox field: movements written atomically with the stock change they record.
const OUTBOX: &str = "pendientes";

/// One update that applies a stock change's deltas, bumps the version, keeps the job's
/// reservation entry (gone at 0), recomputes the low-stock flag and appends the movement, with
/// its resulting quantities and version, to the part's outbox: a single-document write, so
/// the change and its record are atomic without a transaction (standalone mongod has none).
fn stock_pipeline(
    change: &StockChange,
    job_key: Option<&str>,
    id: &str,
    fecha: chrono::DateTime<Utc>,
) -> Vec<Document> {
    let plus = |field: &str, delta: i64| doc! {"$add": [format!("${field}"), delta]};
    let mut deltas = doc! {
        "cantidad": plus("cantidad", change.d_cantidad),
        "cantidad_reservada": plus("cantidad_reservada", change.d_reservada),
        "cantidad_disponible": plus("cantidad_disponible", change.d_disponible),
        "version": plus("version", 1),
    };
    if let Some(key) = job_key {
        let held = doc! {"$add": [{"$ifNull": [format!("${key}"), 0_i64]}, change.d_trabajo]};
        deltas.insert(
            key,
            doc! {"$cond": [{"$eq": [held.clone(), 0_i64]}, "$$REMOVE", held]},
        );
    }
    let request = &change.request;
    let mut movement = doc! {
        "_id": id,
        "numero_serie": "$numero_serie",
        "tipo": request.tipo.as_str(),
        "cantidad": i64::from(request.cantidad),
        "fecha": mongodb::bson::DateTime::from_millis(fecha.timestamp_millis()),
        "cantidad_resultante": "$cantidad",
        "reservada_resultante": "$cantidad_reservada",
        "disponible_resultante": "$cantidad_disponible",
        "stock_bajo": "$stock_bajo",
        "version": "$version",
    };
    if let Some(job) = request.trabajo_id {
        movement.insert("trabajo_id", job.to_string());
    }
    if let Some(motivo) = &request.motivo {
        // A literal: a motivo starting with `$` must not be read as a field path.
        movement.insert("motivo", doc! {"$literal": motivo});
    }
    vec![
        doc! {"$set": deltas},
        doc! {"$set": {"stock_bajo": {"$lte": ["$cantidad_disponible", "$stock_minimo"]}}},
        doc! {"$set": {
            OUTBOX: {"$concatArrays": [{"$ifNull": [format!("${OUTBOX}"), []]}, [movement]]},
        }},
    ]
}

fn movement_from_doc(d: &Document) -> Result<Movimiento> {
    let uuid = |field: &str| -> Result<Uuid> {
        Uuid::parse_str(&get_str(d, field)?).map_err(|_| corrupt(field))
    };
    let tipo = match get_str(d, "tipo")?.as_str() {
        "entrada" => TipoMovimiento::Entrada,
        "salida" => TipoMovimiento::Salida,
        "reserva" => TipoMovimiento::Reserva,
        "liberacion" => TipoMovimiento::Liberacion,
        _ => return Err(corrupt("tipo")),
    };
    Ok(Movimiento {
        id: uuid("_id")?,
        numero_serie: get_str(d, "numero_serie")?,
        tipo,
        cantidad: get_u32(d, "cantidad")?,
        trabajo_id: d
            .get_str("trabajo_id")
            .ok()
            .map(|_| uuid("trabajo_id"))
            .transpose()?,
        motivo: d.get_str("motivo").ok().map(str::to_owned),
        fecha: d
            .get_datetime("fecha")
            .map(|t| chrono::DateTime::from_timestamp_millis(t.timestamp_millis()))
            .ok()
            .flatten()
            .ok_or_else(|| corrupt("fecha"))?,
        cantidad_resultante: get_u32(d, "cantidad_resultante")?,
        reservada_resultante: get_u32(d, "reservada_resultante")?,
        version: get_int(d, "version")? as u64,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn regex_literal_escapes_metacharacters() {
        assert_eq!(regex_literal("a.b*(c)"), r"a\.b\*\(c\)");
        assert_eq!(regex_literal("205/55 R16"), "205/55 R16");
    }
}
