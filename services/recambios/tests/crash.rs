//! The database crashes (SIGKILL) in the middle of a stream of creates: every create that
//! was acknowledged (201) is there after the database comes back. recambios writes with a
//! journaled write concern; with the driver's default (acknowledged before the journal) a
//! few acknowledged parts were lost at each crash. Needs a SecantusDB on a data directory,
//! so it does not use MONGODB_URI.

mod support;

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use support::{Backend, Mongo, Secantus, Service, nuevo};

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn acknowledged_creates_survive_a_database_crash() {
    let data = tempfile::tempdir().unwrap();
    let db = Secantus::start_like_mongod(data.path());
    let svc = Service::start(Backend::Mongo(Mongo::at(&db.uri())), &[]).await;
    let acknowledged = Arc::new(Mutex::new(Vec::<String>::new()));
    let stop = Arc::new(std::sync::atomic::AtomicBool::new(false));

    let writers: Vec<_> = (0..8)
        .map(|w| {
            let (c, acknowledged, stop) = (svc.client(), acknowledged.clone(), stop.clone());
            tokio::spawn(async move {
                let mut i = 0;
                while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                    i += 1;
                    let numero = format!("{}{:07}-C", char::from(b'A' + w), i);
                    if c.create_recambio()
                        .body(nuevo(&numero, 1, 0))
                        .send()
                        .await
                        .is_ok()
                    {
                        acknowledged.lock().unwrap().push(numero);
                    }
                }
            })
        })
        .collect();

    // Let creates flow, crash the database under them, and bring it back on the same files.
    tokio::time::sleep(Duration::from_millis(1500)).await;
    let mut db = tokio::task::spawn_blocking(move || {
        let mut db = db;
        db.kill();
        db
    })
    .await
    .unwrap();
    let before_restart = acknowledged.lock().unwrap().len();
    assert!(
        before_restart > 100,
        "creates were flowing when the database died ({before_restart})"
    );
    tokio::time::sleep(Duration::from_millis(500)).await;
    db = tokio::task::spawn_blocking(move || {
        db.restart();
        db
    })
    .await
    .unwrap();
    tokio::time::sleep(Duration::from_millis(1000)).await;
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    for w in writers {
        w.await.unwrap();
    }

    let c = svc.client();
    let deadline = Instant::now() + Duration::from_secs(30);
    while c
        .get_recambio()
        .numero_serie("A0000001-C")
        .send()
        .await
        .is_err()
    {
        assert!(Instant::now() < deadline, "the service did not recover");
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
    let acknowledged = acknowledged.lock().unwrap().clone();
    let mut lost = Vec::new();
    for numero in &acknowledged {
        if c.get_recambio()
            .numero_serie(numero.as_str())
            .send()
            .await
            .is_err()
        {
            lost.push(numero.clone());
        }
    }
    assert!(
        lost.is_empty(),
        "{} of {} acknowledged creates lost: {:?}",
        lost.len(),
        acknowledged.len(),
        &lost[..lost.len().min(10)]
    );
    drop(db);
}
