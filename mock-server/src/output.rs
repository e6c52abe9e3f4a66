//! The request log's writer: every line meant for stdout once the server listens (request
//! entries, callback outcomes, reloads) goes through [`print`], which appends it to a buffer;
//! a thread of its own writes what gathered in one `write`, [`GATHER`] after the first line
//! of a batch arrived.
//!
//! A `write` per request was about a tenth of the mock's own CPU on a small validated POST
//! (`docs/BENCHMARKS.md`). Lines keep their order, each entry's lines stay together, and a
//! line is out at most [`GATHER`] plus one write after it was printed. [`flush`] writes what
//! is left before the process ends.

use std::io::Write;
use std::sync::{Arc, Mutex, OnceLock};
use std::thread::Thread;
use std::time::Duration;

/// How long the writer waits after a batch's first line for more to join it.
pub const GATHER: Duration = Duration::from_millis(2);

/// A batch this large wakes the writer at once, whether or not it is gathering.
const HIGH_WATER: usize = 64 * 1024;

/// The most the queue holds while stdout does not keep up (nobody reads the pipe): entries
/// beyond it are dropped and counted, rather than memory growing or requests waiting.
const MOST_QUEUED: usize = 8 * 1024 * 1024;

/// Lines queued for one output, and the thread that writes them.
struct Batcher {
    pending: Mutex<String>,
    /// Entries dropped since the last batch (the queue was full), said in the next one.
    dropped: std::sync::atomic::AtomicU64,
    /// Held while a batch is taken and written, so batches go out in the order taken.
    out: Mutex<Box<dyn Write + Send>>,
    writer: OnceLock<Thread>,
}

impl Batcher {
    /// A batcher over `out` with its writer thread (without one, [`Batcher::print`] writes
    /// at once).
    fn start(out: Box<dyn Write + Send>) -> Arc<Batcher> {
        let batcher = Arc::new(Batcher {
            pending: Mutex::new(String::new()),
            dropped: Default::default(),
            out: Mutex::new(out),
            writer: OnceLock::new(),
        });
        let own = Arc::clone(&batcher);
        if let Ok(handle) = std::thread::Builder::new()
            .name("log-writer".into())
            .spawn(move || {
                loop {
                    std::thread::park();
                    std::thread::sleep(GATHER);
                    own.drain();
                }
            })
        {
            let _ = batcher.writer.set(handle.thread().clone());
        }
        batcher
    }

    fn print(&self, text: &str) {
        let Some(writer) = self.writer.get() else {
            let mut out = lock(&self.out);
            let _ = out.write_all(text.as_bytes());
            let _ = out.flush();
            return;
        };
        let mut pending = lock(&self.pending);
        if pending.len() + text.len() > MOST_QUEUED {
            self.dropped
                .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            return;
        }
        let first = pending.is_empty();
        pending.push_str(text);
        let full = pending.len() >= HIGH_WATER;
        drop(pending);
        // Only a batch's first entry wakes the writer: later ones find it gathering.
        if first || full {
            writer.unpark();
        }
    }

    /// Writes what is queued; the queue's lock is not held during the write.
    fn drain(&self) {
        let mut out = lock(&self.out);
        let mut batch = {
            let mut pending = lock(&self.pending);
            let capacity = pending.capacity().min(HIGH_WATER);
            std::mem::replace(&mut *pending, String::with_capacity(capacity))
        };
        let dropped = self.dropped.swap(0, std::sync::atomic::Ordering::Relaxed);
        if dropped > 0 {
            batch.push_str(&format!(
                "mock-server: {dropped} log entries dropped: stdout did not keep up\n"
            ));
        }
        if !batch.is_empty() {
            let _ = out.write_all(batch.as_bytes());
            let _ = out.flush();
        }
    }
}

fn lock<T: ?Sized>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

fn stdout() -> &'static Batcher {
    static STDOUT: OnceLock<Arc<Batcher>> = OnceLock::new();
    STDOUT.get_or_init(|| Batcher::start(Box::new(std::io::stdout())))
}

/// Queues `text` (whole lines, each ending in `\n`) for stdout.
pub fn print(text: &str) {
    stdout().print(text);
}

/// Writes everything queued so far, waiting at most `limit` for it (before the process ends:
/// a stdout nobody reads must not keep it from ending). Whether it was all written.
pub fn flush_within(limit: std::time::Duration) -> bool {
    let (done, finished) = std::sync::mpsc::channel();
    let spawned = std::thread::Builder::new()
        .name("log-flush".into())
        .spawn(move || {
            stdout().drain();
            let _ = done.send(());
        });
    spawned.is_ok() && finished.recv_timeout(limit).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A `Write` into a shared buffer, to read what the writer thread wrote.
    #[derive(Clone, Default)]
    struct Shared(Arc<Mutex<Vec<u8>>>);

    impl Write for Shared {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            self.0.lock().unwrap().extend_from_slice(buf);
            Ok(buf.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    /// A `Write` that blocks until `open` is set: stdout nobody reads.
    struct Stuck(Arc<std::sync::atomic::AtomicBool>, Shared);

    impl Write for Stuck {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            while !self.0.load(std::sync::atomic::Ordering::Relaxed) {
                std::thread::sleep(GATHER);
            }
            self.1.write(buf)
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn a_stuck_stdout_costs_bounded_memory_and_the_drops_are_said() {
        let open = Arc::new(std::sync::atomic::AtomicBool::new(false));
        let written = Shared::default();
        let batcher = Batcher::start(Box::new(Stuck(Arc::clone(&open), written.clone())));
        let entry = format!("{}\n", "x".repeat(1023));
        // Three times what the queue holds, while the writer is stuck on its first batch: that
        // batch holds at most a full queue, so at least another queue's worth is dropped. (With
        // twice, a writer that took exactly a full queue before the next print left nothing to
        // drop: the test failed so once in CI.)
        let total = 3 * MOST_QUEUED / entry.len();
        for _ in 0..total {
            batcher.print(&entry);
            assert!(lock(&batcher.pending).len() <= MOST_QUEUED);
        }
        open.store(true, std::sync::atomic::Ordering::Relaxed);
        // Drops are said in the batch taken after them: in the stuck one, the next, or both.
        let deadline = std::time::Instant::now() + Duration::from_secs(10);
        loop {
            batcher.drain();
            let text = String::from_utf8(written.0.lock().unwrap().clone()).unwrap();
            let dropped: usize = text
                .lines()
                .filter(|l| l.contains("log entries dropped"))
                .map(|line| {
                    line.trim_start_matches("mock-server: ")
                        .split(' ')
                        .next()
                        .and_then(|n| n.parse::<usize>().ok())
                        .expect("a count")
                })
                .sum();
            let kept = text.lines().filter(|l| l.starts_with('x')).count();
            if kept + dropped == total {
                assert!(dropped >= MOST_QUEUED / entry.len(), "dropped {dropped}");
                break;
            }
            assert!(
                std::time::Instant::now() < deadline,
                "kept {kept} and dropped {dropped} of {total} entries"
            );
            std::thread::sleep(GATHER);
        }
    }

    #[test]
    fn entries_from_many_threads_arrive_whole_and_in_order() {
        let written = Shared::default();
        let batcher = Batcher::start(Box::new(written.clone()));
        std::thread::scope(|scope| {
            for t in 0..4 {
                let batcher = &batcher;
                scope.spawn(move || {
                    for i in 0..2000 {
                        batcher.print(&format!("t{t} entry {i}\n  t{t} note {i}\n"));
                    }
                });
            }
        });
        // The writer thread writes without being asked, within a few GATHER periods.
        let deadline = std::time::Instant::now() + Duration::from_secs(5);
        while written.0.lock().unwrap().is_empty() && std::time::Instant::now() < deadline {
            std::thread::sleep(GATHER);
        }
        assert!(!written.0.lock().unwrap().is_empty(), "nothing written");
        batcher.drain();
        let text = String::from_utf8(written.0.lock().unwrap().clone()).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 4 * 2000 * 2);
        let mut next = [0; 4];
        for pair in lines.chunks(2) {
            let (t, i) = pair[0]
                .strip_prefix('t')
                .and_then(|s| s.split_once(" entry "))
                .map(|(t, i)| (t.parse::<usize>().unwrap(), i.parse::<usize>().unwrap()))
                .unwrap_or_else(|| panic!("not an entry's first line: {:?}", pair[0]));
            assert_eq!(i, next[t], "thread {t}'s entries out of order");
            assert_eq!(pair[1], format!("  t{t} note {i}"), "an entry was split");
            next[t] += 1;
        }
    }
}
