//! The shared HTTP surface through real HTTP: probes, docs, limits, error shapes, CORS,
//! request ids and graceful shutdown.

mod common;

use std::sync::Arc;
use std::time::Duration;

use clap::{CommandFactory, Parser};
use common::{CONTRACT, client, get, post_json, problem, spawn, spawn_default};
use futures::FutureExt;
use serde_json::{Value, json};
use taller_runtime::service::{self, Readiness, ServeArgs};

#[tokio::test]
async fn healthz_answers_ok() {
    let base = spawn_default().await;
    let response = get(format!("{base}/healthz")).await;
    assert_eq!(response.status(), 200);
    assert_eq!(
        response.json::<Value>().await.unwrap(),
        json!({ "status": "ok" })
    );
}

#[tokio::test]
async fn readyz_follows_the_readiness_probe() {
    let base = spawn_default().await;
    let response = get(format!("{base}/readyz")).await;
    assert_eq!(response.status(), 200, "no probe means ready");

    let healthy: Readiness = Arc::new(|| async { Ok(()) }.boxed());
    let base = spawn(ServeArgs::default(), Some(healthy)).await;
    let response = get(format!("{base}/readyz")).await;
    assert_eq!(response.status(), 200);
    assert_eq!(
        response.json::<Value>().await.unwrap(),
        json!({ "status": "ok" })
    );

    let failing: Readiness =
        Arc::new(|| async { Err("database: connection refused".to_owned()) }.boxed());
    let base = spawn(ServeArgs::default(), Some(failing)).await;
    let response = get(format!("{base}/readyz")).await;
    let body = problem(response, 503).await;
    assert_eq!(body["detail"], "not ready: database: connection refused");
    // Liveness does not depend on the dependencies.
    let response = get(format!("{base}/healthz")).await;
    assert_eq!(response.status(), 200);
}

#[tokio::test]
async fn the_contract_is_served_as_given() {
    let base = spawn_default().await;
    for path in ["/openapi.json", "/docs/openapi.json"] {
        let response = get(format!("{base}{path}")).await;
        assert_eq!(response.status(), 200, "{path}");
        assert_eq!(
            response.headers()["content-type"],
            "application/json",
            "{path}"
        );
        assert_eq!(response.text().await.unwrap(), CONTRACT, "{path}");
    }
}

#[tokio::test]
async fn swagger_ui_is_served_with_its_assets_and_loads_the_contract_relatively() {
    let base = spawn_default().await;
    let response = get(format!("{base}/docs/")).await;
    assert_eq!(response.status(), 200);
    assert!(
        response.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/html")
    );
    let page = response.text().await.unwrap();
    assert!(page.contains("swagger-ui"), "{page}");
    // Every asset the page names is relative and served.
    for asset in [
        "swagger-ui.css",
        "swagger-ui-bundle.js",
        "swagger-ui-standalone-preset.js",
        "swagger-initializer.js",
    ] {
        assert!(
            page.contains(&format!("\"./{asset}\"")) || page.contains(&format!("\"{asset}\"")),
            "page does not load {asset} relatively"
        );
        let response = get(format!("{base}/docs/{asset}")).await;
        assert_eq!(response.status(), 200, "{asset}");
        let bytes = response.bytes().await.unwrap();
        assert!(bytes.len() > 100, "{asset} is {} bytes", bytes.len());
    }
    let initializer = get(format!("{base}/docs/swagger-initializer.js"))
        .await
        .text()
        .await
        .unwrap();
    assert!(
        initializer.contains(r#""url": "./openapi.json""#),
        "{initializer}"
    );
    assert!(
        initializer.contains(r#""validatorUrl": "none""#),
        "{initializer}"
    );
    assert!(
        !initializer.contains("https://"),
        "the page calls out: {initializer}"
    );

    // `/docs` sends the browser to `docs/`, relative so it survives a prefixing proxy.
    let no_redirects = reqwest::Client::builder()
        .no_proxy()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let response = no_redirects
        .get(format!("{base}/docs"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 301);
    assert_eq!(response.headers()["location"], "docs/");

    let response = get(format!("{base}/docs/nada.js")).await;
    problem(response, 404).await;
}

#[tokio::test]
async fn unknown_paths_are_404_problems() {
    let base = spawn_default().await;
    let response = get(format!("{base}/nada/aqui")).await;
    let body = problem(response, 404).await;
    assert_eq!(body["instance"], "/nada/aqui");
    assert_eq!(body["detail"], "no resource at /nada/aqui");
}

#[tokio::test]
async fn wrong_methods_are_405_problems_with_allow() {
    let base = spawn_default().await;
    let response = client()
        .patch(format!("{base}/piezas"))
        .send()
        .await
        .unwrap();
    let allow = response.headers()["allow"].to_str().unwrap().to_owned();
    let body = problem(response, 405).await;
    let mut methods: Vec<&str> = allow.split(',').map(str::trim).collect();
    methods.sort_unstable();
    assert_eq!(methods, ["GET", "HEAD", "POST"]);
    assert_eq!(body["instance"], "/piezas");
    assert!(body["detail"].as_str().unwrap().contains("POST"), "{body}");

    let response = client()
        .post(format!("{base}/healthz"))
        .send()
        .await
        .unwrap();
    problem(response, 405).await;
}

#[tokio::test]
async fn an_api_with_its_own_fallback_keeps_it() {
    let api = axum::Router::new()
        .route("/x", axum::routing::get(|| async { "x" }))
        .fallback(|| async {
            taller_runtime::Problem::new(http::StatusCode::NOT_FOUND, "nothing here, said the API")
        });
    let app = service::app(api, CONTRACT, None, &ServeArgs::default());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await });
    assert_eq!(get(format!("{base}/x")).await.text().await.unwrap(), "x");
    assert_eq!(get(format!("{base}/healthz")).await.status(), 200);
    let body = problem(get(format!("{base}/y")).await, 404).await;
    assert_eq!(body["detail"], "nothing here, said the API");
}

fn small_limit() -> ServeArgs {
    ServeArgs {
        body_limit: 64,
        ..ServeArgs::default()
    }
}

#[tokio::test]
async fn a_body_over_the_limit_is_a_413_problem() {
    let base = spawn(small_limit(), None).await;
    let big = json!({ "nombre": "x".repeat(200) }).to_string();
    // Announced by Content-Length.
    let response = client()
        .post(format!("{base}/piezas"))
        .header("content-type", "application/json")
        .body(big.clone())
        .send()
        .await
        .unwrap();
    let body = problem(response, 413).await;
    assert_eq!(
        body["detail"],
        "the request body is larger than the limit of 64 bytes"
    );

    // Streamed without a length: caught while reading.
    let chunks: Vec<Result<String, std::io::Error>> =
        vec![Ok(big[..100].to_owned()), Ok(big[100..].to_owned())];
    let response = client()
        .post(format!("{base}/piezas"))
        .header("content-type", "application/json")
        .body(reqwest::Body::wrap_stream(futures::stream::iter(chunks)))
        .send()
        .await
        .unwrap();
    problem(response, 413).await;

    // Under the limit passes.
    let response = post_json(
        format!("{base}/piezas"),
        &json!({ "numero_serie": "A1234567-B", "nombre": "x", "precio": 1 }),
    )
    .await;
    assert_eq!(response.status(), 200);
}

#[tokio::test]
async fn cors_preflight_echoes_the_origin_by_default() {
    let base = spawn_default().await;
    let response = client()
        .request(reqwest::Method::OPTIONS, format!("{base}/piezas"))
        .header("origin", "https://panel.taller.example")
        .header("access-control-request-method", "POST")
        .header("access-control-request-headers", "content-type, if-match")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let headers = response.headers();
    assert_eq!(
        headers["access-control-allow-origin"],
        "https://panel.taller.example"
    );
    assert_eq!(headers["access-control-allow-methods"], "POST");
    assert_eq!(
        headers["access-control-allow-headers"],
        "content-type, if-match"
    );

    let response = client()
        .get(format!("{base}/piezas"))
        .header("origin", "https://panel.taller.example")
        .send()
        .await
        .unwrap();
    assert_eq!(
        response.headers()["access-control-allow-origin"],
        "https://panel.taller.example"
    );
    let exposed = response.headers()["access-control-expose-headers"]
        .to_str()
        .unwrap();
    assert!(
        exposed.contains("etag") && exposed.contains("location"),
        "{exposed}"
    );
}

#[tokio::test]
async fn cors_with_a_list_allows_only_those_origins() {
    let args = ServeArgs {
        cors_origins: vec!["https://panel.taller.example".to_owned()],
        ..ServeArgs::default()
    };
    let base = spawn(args, None).await;
    let preflight = |origin: &'static str| {
        client()
            .request(reqwest::Method::OPTIONS, format!("{base}/piezas"))
            .header("origin", origin)
            .header("access-control-request-method", "POST")
            .send()
    };
    let allowed = preflight("https://panel.taller.example").await.unwrap();
    assert_eq!(
        allowed.headers()["access-control-allow-origin"],
        "https://panel.taller.example"
    );
    let refused = preflight("https://evil.example").await.unwrap();
    assert!(
        refused
            .headers()
            .get("access-control-allow-origin")
            .is_none()
    );
}

#[tokio::test]
async fn request_ids_are_echoed_or_made() {
    let base = spawn_default().await;
    let response = client()
        .get(format!("{base}/healthz"))
        .header("x-request-id", "abc-123")
        .send()
        .await
        .unwrap();
    assert_eq!(response.headers()["x-request-id"], "abc-123");

    let mut seen = Vec::new();
    for path in ["/healthz", "/no-existe", "/healthz"] {
        let response = get(format!("{base}{path}")).await;
        let id = response.headers()["x-request-id"]
            .to_str()
            .unwrap()
            .to_owned();
        assert_eq!(id.len(), 36, "UUID-shaped on {path}: {id}");
        assert_eq!(id.matches('-').count(), 4, "UUID-shaped on {path}: {id}");
        assert!(!seen.contains(&id), "ids repeat: {id} in {seen:?}");
        seen.push(id);
    }
}

/// A router whose `/slow` signals `entered` once a request is inside, then takes `delay`.
fn slow_api(delay: Duration) -> (axum::Router, Arc<tokio::sync::Notify>) {
    let entered = Arc::new(tokio::sync::Notify::new());
    let signal = Arc::clone(&entered);
    let api = axum::Router::new().route(
        "/slow",
        axum::routing::get(move || {
            let signal = Arc::clone(&signal);
            async move {
                signal.notify_one();
                tokio::time::sleep(delay).await;
                "done"
            }
        }),
    );
    (api, entered)
}

#[tokio::test]
async fn shutdown_lets_requests_in_flight_finish_then_stops() {
    let (api, entered) = slow_api(Duration::from_millis(300));
    let app = service::app(api, CONTRACT, None, &ServeArgs::default());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let (stop_tx, stop_rx) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(service::serve_until(
        listener,
        app,
        async move {
            let _ = stop_rx.await;
        },
        Duration::from_secs(30),
    ));
    let slow = tokio::spawn(client().get(format!("{base}/slow")).send());
    entered.notified().await;
    stop_tx.send(()).unwrap();
    let response = slow
        .await
        .unwrap()
        .expect("the request in flight is answered");
    assert_eq!(response.text().await.unwrap(), "done");
    let stopped = tokio::time::timeout(Duration::from_secs(10), server).await;
    assert!(
        matches!(stopped, Ok(Ok(Ok(())))),
        "server stops cleanly: {stopped:?}"
    );
    assert!(
        client()
            .get(format!("{base}/healthz"))
            .send()
            .await
            .is_err(),
        "no longer listening"
    );
}

#[tokio::test]
async fn shutdown_gives_up_on_requests_after_the_grace_period() {
    let (api, entered) = slow_api(Duration::from_secs(600));
    let app = service::app(api, CONTRACT, None, &ServeArgs::default());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let (stop_tx, stop_rx) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(service::serve_until(
        listener,
        app,
        async move {
            let _ = stop_rx.await;
        },
        Duration::from_millis(100),
    ));
    let _slow = tokio::spawn(client().get(format!("{base}/slow")).send());
    entered.notified().await;
    stop_tx.send(()).unwrap();
    // The request would take 10 minutes; the server must not wait for it.
    let stopped = tokio::time::timeout(Duration::from_secs(20), server).await;
    assert!(
        matches!(stopped, Ok(Ok(Ok(())))),
        "stopped after the grace period: {stopped:?}"
    );
}

#[derive(Parser)]
struct Cli {
    #[command(flatten)]
    serve: ServeArgs,
}

#[test]
fn flags_parse_and_help_names_the_variables() {
    let cli = Cli::try_parse_from([
        "svc",
        "--listen",
        "127.0.0.1:9000",
        "--log-format",
        "json",
        "--body-limit",
        "2KiB",
        "--cors-origin",
        "https://a.example",
        "--cors-origin",
        "https://b.example",
    ])
    .unwrap();
    assert_eq!(cli.serve.listen.to_string(), "127.0.0.1:9000");
    assert_eq!(cli.serve.log_format, service::LogFormat::Json);
    assert_eq!(cli.serve.body_limit, 2048);
    assert_eq!(
        cli.serve.cors_origins,
        ["https://a.example", "https://b.example"]
    );

    // Loopback unless told otherwise (the container images set LISTEN=0.0.0.0:8000).
    if std::env::var_os("LISTEN").is_none() {
        let defaults = Cli::try_parse_from(["svc"]).unwrap();
        assert_eq!(defaults.serve.listen.to_string(), "127.0.0.1:8000");
    }
    assert_eq!(ServeArgs::default().listen.to_string(), "127.0.0.1:8000");

    let error = Cli::try_parse_from(["svc", "--body-limit", "mucho"])
        .err()
        .unwrap()
        .to_string();
    assert!(error.contains("is not a size"), "{error}");

    let help = Cli::command().render_long_help().to_string();
    for variable in [
        "LISTEN",
        "LOG_FORMAT",
        "BODY_LIMIT",
        "CORS_ORIGINS",
        "SHUTDOWN_GRACE",
    ] {
        assert!(
            help.contains(&format!("[env: {variable}")),
            "help lacks {variable}:\n{help}"
        );
    }
}

/// Sends each request on one keep-alive connection after the previous answer has been read
/// whole (as a gateway reusing the connection does); returns the status lines answered, which
/// stop early when the server closes the connection.
async fn on_one_connection(base: &str, requests: &[String]) -> Vec<String> {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let address = base.trim_start_matches("http://");
    let mut stream = tokio::net::TcpStream::connect(address).await.unwrap();
    let mut statuses = Vec::new();
    let mut pending: Vec<u8> = Vec::new();
    for request in requests {
        if stream.write_all(request.as_bytes()).await.is_err() {
            break;
        }
        // Read one response: headers, then Content-Length bytes of body.
        let answered = tokio::time::timeout(Duration::from_secs(5), async {
            loop {
                let text = String::from_utf8_lossy(&pending).into_owned();
                if let Some(end) = text.find("\r\n\r\n") {
                    let head = &text[..end];
                    let length: usize = head
                        .lines()
                        .find_map(|l| {
                            let (name, value) = l.split_once(':')?;
                            name.eq_ignore_ascii_case("content-length")
                                .then(|| value.trim().parse().ok())?
                        })
                        .unwrap_or(0);
                    if pending.len() >= end + 4 + length {
                        let status = head.lines().next().unwrap_or_default().to_owned();
                        pending.drain(..end + 4 + length);
                        return Some(status);
                    }
                }
                let mut buffer = [0u8; 65536];
                match stream.read(&mut buffer).await {
                    Ok(0) | Err(_) => return None,
                    Ok(n) => pending.extend(&buffer[..n]),
                }
            }
        })
        .await;
        match answered {
            Ok(Some(status)) => statuses.push(status),
            _ => break,
        }
    }
    statuses
}

#[tokio::test]
async fn an_error_answered_before_the_body_is_read_keeps_the_connection_usable() {
    let base = spawn_default().await;
    // 404 and 405 are decided by the router before any handler reads the body; the next
    // request on the same keep-alive connection must still be answered (a gateway reusing the
    // connection would otherwise answer it with a 502).
    let body = "x".repeat(200_000);
    for (method, path, status) in [("POST", "/nowhere", "404"), ("DELETE", "/piezas", "405")] {
        let careless = format!(
            "{method} {path} HTTP/1.1\r\nhost: t\r\ncontent-type: application/json\r\n\
             content-length: {}\r\n\r\n{body}",
            body.len()
        );
        let next = "GET /healthz HTTP/1.1\r\nhost: t\r\n\r\n".to_owned();
        let statuses = on_one_connection(&base, &[careless, next]).await;
        assert_eq!(statuses.len(), 2, "{method} {path}: {statuses:?}");
        assert!(statuses[0].contains(status), "{statuses:?}");
        assert!(statuses[1].contains("200"), "{statuses:?}");
    }
}

#[tokio::test]
async fn a_body_over_the_limit_closes_the_connection_explicitly() {
    let base = spawn(small_limit(), None).await;
    let response = client()
        .post(format!("{base}/piezas"))
        .header("content-type", "application/json")
        .body("y".repeat(10_000))
        .send()
        .await
        .unwrap();
    assert_eq!(response.headers()["connection"], "close");
    problem(response, 413).await;
}

#[tokio::test]
async fn oversized_heads_get_a_431_problem_naming_the_largest_field() {
    let base = spawn_default().await;
    let url = format!("{base}/healthz");
    // Within both limits: served.
    let fine = client()
        .get(&url)
        .header("x-note", "a".repeat(1000))
        .send()
        .await
        .unwrap();
    assert_eq!(fine.status(), 200);
    // Over the bytes limit, below hyper's default buffer, and above it (hyper alone answered
    // these with 200 and with an empty 431), up to what the gateway passes on (1 MiB).
    for size in [100_000, 600_000, 1_000_000] {
        let response = client()
            .get(&url)
            .header("x-big", "b".repeat(size))
            .send()
            .await
            .unwrap();
        let body = problem(response, 431).await;
        let detail = body["detail"].as_str().unwrap_or_default();
        assert!(detail.contains("`x-big`"), "{size}: {body}");
        assert!(detail.contains("65536"), "{size}: {body}");
    }
    // Too many fields (hyper's own limit was 100, answered empty).
    let mut many = client().get(&url);
    for i in 0..150 {
        many = many.header(format!("x-field-{i}"), "v");
    }
    let body = problem(many.send().await.unwrap(), 431).await;
    assert!(
        body["detail"]
            .as_str()
            .unwrap_or_default()
            .contains("over the limit of 100"),
        "{body}"
    );
}
