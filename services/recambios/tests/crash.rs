//! Crashes in the middle of a stream of creates: every create that was acknowledged (201) is
//! there afterwards. The database killed (SIGKILL) and restarted on its files: recambios writes
//! with a journaled write concern (with the driver's default, acknowledged before the journal,
//! a few acknowledged parts were lost at each crash). The service itself killed and restarted,
//! on both stores. Needs SecantusDB on a data directory, so it does not use MONGODB_URI.

mod support;

use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use support::{Backend, Mongo, Secantus, Service, free_port, nuevo, wait_for_port};

/// Eight clients creating parts against `base` until told to stop; every acknowledged
/// numero_serie is recorded.
struct Writers {
    acknowledged: Arc<Mutex<Vec<String>>>,
    stop: Arc<AtomicBool>,
    tasks: Vec<tokio::task::JoinHandle<()>>,
}

impl Writers {
    fn start(base: &str) -> Writers {
        let acknowledged = Arc::new(Mutex::new(Vec::new()));
        let stop = Arc::new(AtomicBool::new(false));
        let tasks = (0..8u8)
            .map(|w| {
                let c = support::client_at(base);
                let (acknowledged, stop) = (acknowledged.clone(), stop.clone());
                tokio::spawn(async move {
                    let mut i = 0;
                    while !stop.load(Ordering::Relaxed) {
                        i += 1;
                        let numero = format!("{}{:07}-C", char::from(b'A' + w), i);
                        match c.create_recambio().body(nuevo(&numero, 1, 0)).send().await {
                            Ok(_) => acknowledged.lock().unwrap().push(numero),
                            // The service is down: try again a little later.
                            Err(_) => tokio::time::sleep(Duration::from_millis(20)).await,
                        }
                    }
                })
            })
            .collect();
        Writers {
            acknowledged,
            stop,
            tasks,
        }
    }

    fn count(&self) -> usize {
        self.acknowledged.lock().unwrap().len()
    }

    /// Waits until `n` creates have been acknowledged (however loaded the machine is).
    async fn flowing(&self, n: usize) {
        let deadline = Instant::now() + Duration::from_secs(60);
        while self.count() < n {
            assert!(
                Instant::now() < deadline,
                "only {} creates in 60 s",
                self.count()
            );
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }

    async fn finish(self) -> Vec<String> {
        self.stop.store(true, Ordering::Relaxed);
        for task in self.tasks {
            task.await.unwrap();
        }
        self.acknowledged.lock().unwrap().clone()
    }
}

/// Waits until `base` serves reads again, then lists the acknowledged parts it lacks.
async fn lost(base: &str, acknowledged: &[String]) -> Vec<String> {
    let c = support::client_at(base);
    let deadline = Instant::now() + Duration::from_secs(30);
    while c
        .get_recambio()
        .numero_serie(acknowledged[0].as_str())
        .send()
        .await
        .is_err()
    {
        assert!(Instant::now() < deadline, "the service did not recover");
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
    let mut lost = Vec::new();
    for numero in acknowledged {
        if c.get_recambio()
            .numero_serie(numero.as_str())
            .send()
            .await
            .is_err()
        {
            lost.push(numero.clone());
        }
    }
    lost
}

fn assert_none_lost(lost: &[String], acknowledged: &[String]) {
    assert!(
        lost.is_empty(),
        "{} of {} acknowledged creates lost: {:?}",
        lost.len(),
        acknowledged.len(),
        &lost[..lost.len().min(10)]
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn acknowledged_creates_survive_a_database_crash() {
    let data = tempfile::tempdir().unwrap();
    let db = Secantus::start_like_mongod(data.path());
    let svc = Service::start(Backend::Mongo(Mongo::at(&db.uri())), &[]).await;
    let writers = Writers::start(&svc.base);

    // Let creates flow, crash the database under them, and bring it back on the same files.
    writers.flowing(200).await;
    let mut db = tokio::task::spawn_blocking(move || {
        let mut db = db;
        db.kill();
        db
    })
    .await
    .unwrap();
    let before = writers.count();
    assert!(
        before > 100,
        "creates were flowing when the database died ({before})"
    );
    tokio::time::sleep(Duration::from_millis(500)).await;
    db = tokio::task::spawn_blocking(move || {
        db.restart();
        db
    })
    .await
    .unwrap();
    tokio::time::sleep(Duration::from_millis(1000)).await;
    let acknowledged = writers.finish().await;
    assert_none_lost(&lost(&svc.base, &acknowledged).await, &acknowledged);
    drop(db);
}

/// The recambios binary on `port` with `backend`'s store.
fn spawn_binary(port: u16, backend: &Backend) -> Child {
    let child = Command::new(env!("CARGO_BIN_EXE_recambios"))
        .arg("--listen")
        .arg(format!("127.0.0.1:{port}"))
        .args(backend.args())
        .args([
            "--validate-responses",
            "enforce",
            "--jwt-secret",
            support::SECRET,
        ])
        .env("RUST_LOG", "error")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("recambios starts");
    assert!(
        wait_for_port(port, Duration::from_secs(30)),
        "recambios listens"
    );
    child
}

async fn service_crash(backend: Backend) {
    let port = free_port();
    let base = format!("http://127.0.0.1:{port}");
    let mut service = spawn_binary(port, &backend);
    let writers = Writers::start(&base);
    // Killed mid-flow: after a steady stream of creates, however long this machine takes.
    writers.flowing(150).await;
    service.kill().expect("SIGKILL sent");
    service.wait().expect("killed");
    let before = writers.count();
    assert!(
        before > 100,
        "creates were flowing when the service died ({before})"
    );
    let mut service = spawn_binary(port, &backend);
    tokio::time::sleep(Duration::from_millis(1000)).await;
    let acknowledged = writers.finish().await;
    assert_none_lost(&lost(&base, &acknowledged).await, &acknowledged);
    let _ = service.kill();
    let _ = service.wait();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn acknowledged_creates_survive_a_crash_of_the_service_on_the_embedded_store() {
    service_crash(Backend::embedded()).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn acknowledged_creates_survive_a_crash_of_the_service_on_mongodb() {
    let data = tempfile::tempdir().unwrap();
    let db = Secantus::start_like_mongod(data.path());
    service_crash(Backend::Mongo(Mongo::at(&db.uri()))).await;
    drop(db);
}
