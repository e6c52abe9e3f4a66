//! The embedded backend, for the one-command local run: redb (a transactional B-tree in one
//! file). Writes go through redb's single write transaction, so a stock change is read, checked
//! and written with nobody in between — the same atomicity MongoDB's conditional update gives.
//! redb has no secondary indexes, so the parts are also kept in memory (loaded at open, updated
//! after each commit by the one thread that writes): reads and filtered lists never decode the
//! file, and the file stays the source of truth across restarts. In memory each sort field has
//! an ordered index (`index`), so a list page walks one index instead of sorting every part.
//!
//! Writes are committed in groups: one writer thread takes every write waiting at that moment,
//! runs them one after another in one transaction and commits once, so concurrent writes share
//! one fsync instead of queueing for one each (group commit). A write is answered only after
//! its group's commit, so an acknowledged write is on disk. A write reads the part it changes
//! from memory (what the last commit left, so what the file holds) or from its group's earlier
//! writes, not by decoding the file; the group opens each table once.

mod index;

use std::path::Path;
use std::sync::{Arc, RwLock};

use async_trait::async_trait;
use chrono::Utc;
use redb::{Database, ReadableTable, Table, TableDefinition, WriteTransaction};
use uuid::Uuid;

use super::Repository;
use crate::domain::{Filters, Movimiento, Page, PageRequest, Recambio, StockChange};
use crate::error::{Error, Result};
use index::Parts;

/// numero_serie → part (JSON).
const PARTS: TableDefinition<&str, &[u8]> = TableDefinition::new("recambios");
/// (numero_serie, version after the movement) → movement (JSON); the key orders a history.
const MOVES: TableDefinition<(&str, u64), &[u8]> = TableDefinition::new("movimientos");

/// Parts and movements in one redb file.
#[derive(Clone)]
pub struct EmbeddedStore {
    db: Arc<Database>,
    /// Every part, by numero_serie and by each sort field: what the last committed
    /// transaction left.
    parts: Arc<RwLock<Parts>>,
    /// The writer thread; it ends (and releases the file) when the last clone is dropped.
    writer: Arc<Writer>,
}

/// The writer thread's queue and handle. Dropping it closes the queue and waits for the thread,
/// so the file is closed once the store is gone (a reopen right after finds it free).
struct Writer {
    jobs: Option<std::sync::mpsc::Sender<Job>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Drop for Writer {
    fn drop(&mut self) {
        self.jobs.take();
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// Most writes one group commit takes.
const MAX_GROUP: usize = 256;

/// One write, run inside a group's transaction. A write fails with a domain error (not found,
/// duplicate, stale, shortage) only before it has written anything, so the others of its group
/// commit without it; an internal error aborts the whole group.
type Job = Box<dyn FnOnce(&mut Group<'_>) -> Finish + Send>;

/// What the writes of one group work on: the transaction's two tables, opened once for the
/// group, the changes its earlier writes made, and the parts as the last commit left them.
struct Group<'g> {
    parts: Table<'g, &'static str, &'static [u8]>,
    moves: Table<'g, (&'static str, u64), &'static [u8]>,
    staged: Vec<Staged>,
    memory: &'g Parts,
}

impl Group<'_> {
    /// The part as this group sees it: its own latest write of it, else what the last commit
    /// left (memory moves only after a commit and only on this thread, so it is the file's
    /// content, without decoding it).
    fn current(&self, numero_serie: &str) -> Option<&Recambio> {
        for change in self.staged.iter().rev() {
            match change {
                Staged::Put(part) if part.numero_serie == numero_serie => return Some(part),
                Staged::Remove(key) if key == numero_serie => return None,
                _ => {}
            }
        }
        self.memory.get(numero_serie)
    }

    /// Writes `part` to the file's table, and to memory once the group commits.
    fn put(&mut self, part: Recambio) -> Result<()> {
        self.parts
            .insert(part.numero_serie.as_str(), encode(&part)?.as_slice())
            .map_err(internal)?;
        self.staged.push(Staged::Put(part));
        Ok(())
    }
}

/// Runs `jobs` in `txn` (see [`Group`]); the tables are closed when it returns, ready for the
/// commit. An error (a table that cannot be opened) drops the jobs unanswered.
fn run_group(
    txn: &WriteTransaction,
    memory: &Parts,
    jobs: Vec<Job>,
) -> std::result::Result<(Vec<Finish>, Vec<Staged>), redb::TableError> {
    let mut group = Group {
        parts: txn.open_table(PARTS)?,
        moves: txn.open_table(MOVES)?,
        staged: Vec::new(),
        memory,
    };
    let finishes = jobs.into_iter().map(|job| job(&mut group)).collect();
    Ok((finishes, group.staged))
}

/// What a job leaves behind: whether it broke the transaction, and how to answer its caller
/// once the group's fate is known (`Some(why)`: the group did not commit).
struct Finish {
    internal: bool,
    answer: Answer,
}

/// Answers a job's caller: `Some(why)` when its group did not commit.
type Answer = Box<dyn FnOnce(Option<&str>) + Send>;

/// The writer thread: a group is every job waiting when the previous commit ended.
fn run_writer(db: Arc<Database>, parts: Arc<RwLock<Parts>>, jobs: std::sync::mpsc::Receiver<Job>) {
    while let Ok(first) = jobs.recv() {
        let mut group = vec![first];
        while group.len() < MAX_GROUP {
            match jobs.try_recv() {
                Ok(job) => group.push(job),
                Err(_) => break,
            }
        }
        let txn = match db.begin_write() {
            Ok(txn) => txn,
            // Dropping the jobs unanswered tells each caller the write failed.
            Err(_) => continue,
        };
        let ran = {
            let memory = parts.read().unwrap_or_else(|p| p.into_inner());
            run_group(&txn, &memory, group)
        };
        let Ok((finishes, staged)) = ran else {
            // Dropping the jobs unanswered tells each caller the write failed.
            let _ = txn.abort();
            continue;
        };
        let failure = if finishes.iter().any(|f| f.internal) {
            let _ = txn.abort();
            Some("embedded store: the write failed".to_string())
        } else {
            txn.commit()
                .err()
                .map(|e| format!("embedded store: commit: {e}"))
        };
        // Memory changes only after the commit, so readers never see it ahead of the file;
        // this thread is the only writer, so groups reach memory in commit order. Readers are
        // kept out only while the indexes move, not during the fsync.
        if failure.is_none() {
            let mut memory = parts.write().unwrap_or_else(|p| p.into_inner());
            for change in staged {
                match change {
                    Staged::Put(part) => memory.put(part),
                    Staged::Remove(key) => memory.remove(&key),
                }
            }
        }
        for finish in finishes {
            (finish.answer)(failure.as_deref());
        }
    }
}

/// A change to the in-memory parts, applied only once its transaction has committed.
enum Staged {
    Put(Recambio),
    Remove(String),
}

impl EmbeddedStore {
    /// Opens (or creates) the database file and its tables.
    pub fn open(path: &Path) -> Result<Self> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir)
                .map_err(|e| Error::internal_from(format!("creating {}", dir.display()), e))?;
        }
        let db = Database::create(path)
            .map_err(|e| Error::internal_from(format!("opening {}", path.display()), e))?;
        let txn = db.begin_write().map_err(internal)?;
        txn.open_table(PARTS).map_err(internal)?;
        txn.open_table(MOVES).map_err(internal)?;
        txn.commit().map_err(internal)?;
        let mut parts = Parts::default();
        let read = db.begin_read().map_err(internal)?;
        for entry in read
            .open_table(PARTS)
            .map_err(internal)?
            .iter()
            .map_err(internal)?
        {
            let (key, value) = entry.map_err(internal)?;
            let part: Recambio = decode(value.value())?;
            debug_assert_eq!(part.numero_serie, key.value());
            parts.put(part);
        }
        let (db, parts) = (Arc::new(db), Arc::new(RwLock::new(parts)));
        let (jobs, queue) = std::sync::mpsc::channel();
        let (writer_db, writer_parts) = (db.clone(), parts.clone());
        let thread = std::thread::Builder::new()
            .name("embedded-writer".into())
            .spawn(move || run_writer(writer_db, writer_parts, queue))
            .map_err(internal)?;
        let writer = Arc::new(Writer {
            jobs: Some(jobs),
            thread: Some(thread),
        });
        Ok(EmbeddedStore { db, parts, writer })
    }

    /// Runs `work` in the next group commit (see the module docs) and answers once the group
    /// is on disk, or failed.
    async fn write<T: Send + 'static>(
        &self,
        work: impl FnOnce(&mut Group<'_>) -> Result<T> + Send + 'static,
    ) -> Result<T> {
        let (answer, answered) = tokio::sync::oneshot::channel::<Result<T>>();
        let job: Job = Box::new(move |group| {
            let mark = group.staged.len();
            let result = work(group);
            if result.is_err() {
                group.staged.truncate(mark);
            }
            Finish {
                internal: matches!(result, Err(Error::Internal { .. })),
                answer: Box::new(move |failure| {
                    let _ = answer.send(match failure {
                        None => result,
                        Some(why) => Err(Error::internal(why.to_owned())),
                    });
                }),
            }
        });
        self.writer
            .jobs
            .as_ref()
            .and_then(|jobs| jobs.send(job).ok())
            .ok_or_else(|| Error::internal("embedded store: the writer has stopped"))?;
        answered
            .await
            .map_err(|_| Error::internal("embedded store: the write was not committed"))?
    }
}

impl EmbeddedStore {
    fn read_parts(&self) -> std::sync::RwLockReadGuard<'_, Parts> {
        // A panic while holding the lock cannot leave memory ahead of the file (memory is
        // updated after the commit), so a poisoned lock is still good to read.
        self.parts.read().unwrap_or_else(|p| p.into_inner())
    }
}

fn internal(e: impl std::error::Error + Send + Sync + 'static) -> Error {
    Error::internal_from("embedded store", e)
}

fn encode<T: serde::Serialize>(value: &T) -> Result<Vec<u8>> {
    serde_json::to_vec(value).map_err(internal)
}

fn decode<T: serde::de::DeserializeOwned>(bytes: &[u8]) -> Result<T> {
    serde_json::from_slice(bytes).map_err(internal)
}

fn page_of<T>(mut all: Vec<T>, page: &PageRequest) -> Page<T> {
    let total = all.len() as u64;
    let skip = page.skip().min(total) as usize;
    let items: Vec<T> = all.drain(skip..).take(page.page_size as usize).collect();
    Page { items, total }
}

#[async_trait]
impl Repository for EmbeddedStore {
    async fn ping(&self) -> Result<()> {
        Ok(())
    }

    async fn insert(&self, part: &Recambio) -> Result<()> {
        let part = part.clone();
        self.write(move |group| {
            if group.current(&part.numero_serie).is_some() {
                return Err(Error::Duplicate(part.numero_serie));
            }
            group.put(part)
        })
        .await
    }

    async fn get(&self, numero_serie: &str) -> Result<Option<Recambio>> {
        Ok(self.read_parts().get(numero_serie).cloned())
    }

    async fn replace(&self, next: &Recambio) -> Result<()> {
        let next = next.clone();
        self.write(move |group| {
            let current = group
                .current(&next.numero_serie)
                .ok_or_else(|| Error::NotFound(next.numero_serie.clone()))?;
            if current.version + 1 != next.version {
                return Err(Error::Stale {
                    current: current.version,
                });
            }
            group.put(next)
        })
        .await
    }

    async fn delete(&self, numero_serie: &str, version: u64) -> Result<()> {
        let numero_serie = numero_serie.to_owned();
        self.write(move |group| {
            let current = group
                .current(&numero_serie)
                .ok_or_else(|| Error::NotFound(numero_serie.clone()))?;
            if current.version != version {
                return Err(Error::Stale {
                    current: current.version,
                });
            }
            group
                .parts
                .remove(numero_serie.as_str())
                .map_err(internal)?;
            group.staged.push(Staged::Remove(numero_serie.clone()));
            group
                .moves
                .retain_in(
                    (numero_serie.as_str(), 0)..=(numero_serie.as_str(), u64::MAX),
                    |_, _| false,
                )
                .map_err(internal)?;
            Ok(())
        })
        .await
    }

    async fn list(&self, filters: &Filters, page: &PageRequest) -> Result<Page<Arc<Recambio>>> {
        Ok(self.read_parts().page(filters, page))
    }

    async fn apply_stock(&self, numero_serie: &str, change: &StockChange) -> Result<Recambio> {
        let numero_serie = numero_serie.to_owned();
        let change = change.clone();
        self.write(move |group| {
            let mut part = group
                .current(&numero_serie)
                .cloned()
                .ok_or_else(|| Error::NotFound(numero_serie.clone()))?;
            part.apply(&change).map_err(|shortage| Error::Shortage {
                numero_serie: numero_serie.clone(),
                pedido: change.request.cantidad,
                shortage,
            })?;
            let movement = change.movement(&part, Uuid::new_v4(), Utc::now());
            group
                .moves
                .insert(
                    (numero_serie.as_str(), movement.version),
                    encode(&movement)?.as_slice(),
                )
                .map_err(internal)?;
            group.put(part.clone())?;
            Ok(part)
        })
        .await
    }

    async fn movements(&self, numero_serie: &str, page: &PageRequest) -> Result<Page<Movimiento>> {
        let txn = self.db.begin_read().map_err(internal)?;
        let table = txn.open_table(MOVES).map_err(internal)?;
        let mut all = Vec::new();
        for entry in table
            .range((numero_serie, 0)..=(numero_serie, u64::MAX))
            .map_err(internal)?
        {
            let (_, value) = entry.map_err(internal)?;
            all.push(decode::<Movimiento>(value.value())?);
        }
        if page.descending {
            all.reverse();
        }
        Ok(page_of(all, page))
    }
}
