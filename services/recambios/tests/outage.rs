//! The database goes away and comes back: requests answer 503 problem+json and `/readyz`
//! fails while it is down; afterwards the service recovers by itself and nothing written before
//! the outage is lost; `/metrics` counts the failed store calls. Needs a SecantusDB on a data directory (it is restarted on the same
//! files), so it does not use MONGODB_URI.

mod support;

use std::time::{Duration, Instant};

use serde_json::Value;
use support::{Backend, Mongo, Secantus, Service, nuevo};

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn database_outage_answers_503_and_recovers() {
    let data = tempfile::tempdir().unwrap();
    let db = Secantus::start(Some(data.path()));
    let mongo = Mongo::at(&db.uri());
    let svc = Service::start(Backend::Mongo(mongo), &[]).await;
    let c = svc.client();
    let http = support::http();
    c.create_recambio()
        .body(nuevo("O0000001-A", 4, 1))
        .send()
        .await
        .unwrap();
    assert_eq!(
        http.get(svc.url("/readyz")).send().await.unwrap().status(),
        200
    );

    let mut db = tokio::task::spawn_blocking(move || {
        let mut db = db;
        db.stop();
        db
    })
    .await
    .unwrap();

    let started = Instant::now();
    let res = http
        .get(svc.url("/recambios/O0000001-A"))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 503);
    assert_eq!(res.headers()["content-type"], "application/problem+json");
    let body: Value = res.json().await.unwrap();
    assert_eq!(body["status"], 503);
    assert!(
        started.elapsed() < Duration::from_secs(8),
        "503 comes promptly"
    );
    let res = http
        .post(svc.url("/recambios"))
        .json(&nuevo("O0000002-A", 1, 0))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 503);
    let ready = http.get(svc.url("/readyz")).send().await.unwrap();
    assert_eq!(ready.status(), 503);
    let text = support::scrape(&svc.base).await;
    for operation in ["get", "insert"] {
        let failed = taller_runtime::metrics::sample(
            &text,
            "recambios_db_errors_total",
            &[("store", "mongodb"), ("operation", operation)],
        );
        assert!(failed >= Some(1.0), "{operation} failed: {text}");
    }

    db = tokio::task::spawn_blocking(move || {
        db.restart();
        db
    })
    .await
    .unwrap();

    // The driver reconnects by itself; give it a few seconds.
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let ready = http.get(svc.url("/readyz")).send().await.unwrap().status();
        if ready == 200 {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "/readyz still {ready} 30 s after restart"
        );
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
    let part = c
        .get_recambio()
        .numero_serie("O0000001-A")
        .send()
        .await
        .expect("the part written before the outage is still there");
    assert_eq!(part.cantidad, 4);
    c.create_recambio()
        .body(nuevo("O0000002-A", 1, 0))
        .send()
        .await
        .unwrap();
    drop(db);
}
