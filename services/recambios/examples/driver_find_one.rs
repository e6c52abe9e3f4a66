//! The database's own ceiling for GET by id, measured the way the service reads: the official
//! driver, `find_one` by `numero_serie` on an indexed collection, from `concurrency` tasks for
//! `seconds`. `scripts/bench-recambios` runs it in the same rounds as wrk against the service,
//! so the service's GET rate can be read as a share of what the database itself answers.
//!
//! Usage: `driver_find_one <mongodb-uri> <database> <numero_serie> [concurrency] [seconds]`.
//! Prints one line: `<finds/s> <p50 ms> <p99 ms>`.

use std::time::{Duration, Instant};

use mongodb::Client;
use mongodb::bson::{Document, doc};

#[tokio::main]
async fn main() {
    if let Err(e) = run().await {
        eprintln!("driver_find_one: {e}");
        std::process::exit(1);
    }
}

async fn run() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [uri, database, numero_serie, rest @ ..] = args.as_slice() else {
        return Err(
            "usage: driver_find_one <uri> <database> <numero_serie> [concurrency] [seconds]".into(),
        );
    };
    let concurrency: usize = rest.first().map_or(Ok(32), |s| s.parse())?;
    let seconds: f64 = rest.get(1).map_or(Ok(5.0), |s| s.parse())?;
    let parts = Client::with_uri_str(uri)
        .await?
        .database(database)
        .collection::<Document>("recambios");
    if parts.find_one(doc! {"_id": numero_serie}).await?.is_none() {
        return Err(format!("no part {numero_serie} in {database}.recambios").into());
    }
    let until = Instant::now() + Duration::from_secs_f64(seconds);
    let tasks: Vec<_> = (0..concurrency)
        .map(|_| {
            let (parts, ns) = (parts.clone(), numero_serie.clone());
            tokio::spawn(async move {
                let mut latencies = Vec::new();
                while Instant::now() < until {
                    let started = Instant::now();
                    parts.find_one(doc! {"_id": &ns}).await?;
                    latencies.push(started.elapsed());
                }
                Ok::<_, mongodb::error::Error>(latencies)
            })
        })
        .collect();
    let mut latencies = Vec::new();
    for task in tasks {
        latencies.extend(task.await??);
    }
    latencies.sort_unstable();
    let quantile = |q: f64| {
        let i = ((latencies.len() as f64 * q) as usize).min(latencies.len().saturating_sub(1));
        latencies.get(i).map_or(f64::NAN, |d| d.as_secs_f64() * 1e3)
    };
    println!(
        "{:.0} {:.2} {:.2}",
        latencies.len() as f64 / seconds,
        quantile(0.5),
        quantile(0.99)
    );
    Ok(())
}
