//! The database goes away and comes back: requests answer 503 problem+json and `/readyz`
//! fails while it is down; afterwards the service recovers by itself and nothing written before
//! the outage is lost; `/metrics` counts the failed store calls. A database that only stalls
//! for a moment costs no request. Each test starts a SecantusDB of its own (one restarted on
//! its files, one with failpoints), so they do not use MONGODB_URI.
mod support;

use std::time::{Duration, Instant};

use mongodb::bson::doc;
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

/// The database answers each of recambios' heartbeats 3 s late, as a server stalled by a
/// checkpoint on a busy disk does (the compose stand-in did, in CI): requests go on being
/// answered. The
/// driver's monitor waits for a heartbeat as long as its connect timeout; when that was 2 s,
/// the unanswered heartbeat marked the server unknown, dropped the pool, and requests answered
/// 503 "the database is unreachable".
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_database_that_stalls_for_a_moment_costs_no_request() {
    let db = Secantus::start_with_failpoints();
    // A heartbeat every 500 ms (the driver's default is 10 s), so the stall meets one at once,
    // each one a `hello` sent and answered (streamed heartbeats are answered with no command a
    // failpoint could stall; the stall of a streamed one ends the same way, 2 s later).
    let uri = format!(
        "{}&heartbeatFrequencyMS=500&serverMonitoringMode=poll",
        db.uri()
    );
    let svc = Service::start(Backend::Mongo(Mongo::at(&uri)), &[]).await;
    svc.client()
        .create_recambio()
        .body(nuevo("S0000001-A", 2, 0))
        .send()
        .await
        .unwrap();

    // Only recambios' connections (its app name) stall: the test's own client does not.
    let admin = mongodb::Client::with_uri_str(db.uri()).await.unwrap();
    let failpoint = |mode: mongodb::bson::Bson| {
        doc! {
            "configureFailPoint": "failCommand",
            "mode": mode,
            "data": {
                "failCommands": ["hello", "isMaster"],
                "appName": "recambios",
                "blockConnection": true,
                "blockTimeMS": 3000,
            },
        }
    };
    admin
        .database("admin")
        .run_command(failpoint("alwaysOn".into()))
        .await
        .expect("SecantusDB takes the failpoint");

    // The stall is real: a new connection of recambios' app name waits 3 s for its handshake.
    let mut probe = mongodb::options::ClientOptions::parse(db.uri())
        .await
        .unwrap();
    probe.app_name = Some("recambios".into());
    let probe = mongodb::Client::with_options(probe).unwrap();
    let started = Instant::now();
    probe
        .database("admin")
        .run_command(doc! {"ping": 1})
        .await
        .unwrap();
    assert!(
        started.elapsed() >= Duration::from_millis(2500),
        "the failpoint did not stall a handshake: {:?}",
        started.elapsed()
    );

    let http = support::http();
    let until = Instant::now() + Duration::from_secs(6);
    let mut answered = 0;
    while Instant::now() < until {
        let res = http
            .get(svc.url("/recambios/S0000001-A"))
            .send()
            .await
            .unwrap();
        let status = res.status();
        assert_eq!(
            status,
            200,
            "request {answered} during the stall: {}",
            res.text().await.unwrap()
        );
        answered += 1;
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    admin
        .database("admin")
        .run_command(failpoint("off".into()))
        .await
        .unwrap();
    assert!(answered >= 5, "only {answered} requests in 6 s");
}

/// When a stock change is answered, its movement has left the part's outbox: the outbox is
/// emptied before the answer, not behind it, so the caller's next change of the part never
/// writes the document at the same time (SecantusDB answered that write conflict with seconds
/// of backoff, and a reservation in the compose journey timed out).
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn an_answered_stock_change_has_left_the_outbox() {
    let mongo = Mongo::start();
    let (uri, database) = (mongo.uri.clone(), mongo.database.clone());
    let svc = Service::start(Backend::Mongo(mongo), &[]).await;
    let c = svc.client();
    c.create_recambio()
        .body(nuevo("P0000001-A", 9, 1))
        .send()
        .await
        .unwrap();
    let parts = mongodb::Client::with_uri_str(&uri)
        .await
        .unwrap()
        .database(&database)
        .collection::<mongodb::bson::Document>("recambios");
    for round in 0..9 {
        let reserva: recambios_types::OperacionReserva = serde_json::from_value(
            serde_json::json!({"cantidad": 1, "trabajo_id": uuid::Uuid::new_v4()}),
        )
        .unwrap();
        c.add_reserva()
            .numero_serie("P0000001-A")
            .body(reserva)
            .send()
            .await
            .unwrap_or_else(|e| panic!("reservation {round}: {e}"));
        let part = parts
            .find_one(doc! {"_id": "P0000001-A"})
            .await
            .unwrap()
            .expect("the part");
        let pending = part.get_array("pendientes").map(Vec::len).unwrap_or(0);
        assert_eq!(pending, 0, "round {round}: {part}");
    }
}
