//! End to end through the real gateway, with no Docker: SecantusDB (a MongoDB wire-protocol
//! server; or the MongoDB of `MONGODB_URI` when set), recambios on it, the six mocks and Caddy
//! with the project's Caddyfile, started by the same code as the `taller` command. Then, only
//! through Caddy and the generated clients: a part's life (create, reserve, read with its ETag,
//! replace with If-Match, list with filters), every mocked service answering within its
//! contract, each service's docs under `/<service>/`, the problem+json 404 for unknown routes,
//! the gateway's compression, body limit and security headers, and a clean stop of every
//! process.
//!
//! Needs Caddy and SecantusDB; a missing tool fails the test, naming the script that installs it.

mod support;

use std::path::PathBuf;
use std::time::Duration;

use reqwest::StatusCode;
use serde_json::{Value, json};
use taller_platform::child::{Child, Ending, Spec, free_port};
use taller_platform::{Layout, MOCKED, Options, Platform, Recambios};

use support::{READY, build_servers, caddy, profile_dir, repo_root};

/// SecantusDB on a free port, in memory.
async fn start_secantus() -> (Child, String) {
    let program = repo_root().join(".tools/venv/bin/secantusd-py");
    assert!(
        program.is_file(),
        "SecantusDB not found at {}: install it with `. scripts/tools.sh; ensure_venv`",
        program.display()
    );
    let port = free_port().expect("a free port");
    let spec = Spec {
        name: "secantusdb".into(),
        program,
        args: ["--host", "127.0.0.1", "--port", &port.to_string()]
            .into_iter()
            .chain(["--storage-path", ":memory:"])
            .map(Into::into)
            .collect(),
        env: Vec::new(),
    };
    let mut db = Child::spawn(&spec, false).expect("SecantusDB starts");
    db.wait_port(port, READY).await.expect("SecantusDB listens");
    (
        db,
        format!("mongodb://127.0.0.1:{port}/?directConnection=true"),
    )
}

/// A value of a generated type, from JSON (the types' newtypes enforce the contract's patterns).
fn typed<T: serde::de::DeserializeOwned>(value: Value) -> T {
    serde_json::from_value(value).expect("a value the contract accepts")
}

/// The status of a client error that carries an HTTP response.
fn status_of<E: std::fmt::Debug>(error: &progenitor_client::Error<E>) -> StatusCode {
    error
        .status()
        .unwrap_or_else(|| panic!("an HTTP error answer, not {error:?}"))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn the_platform_works_through_the_gateway() {
    let profile_dir = profile_dir();
    build_servers(&profile_dir);
    let caddy = caddy();

    // A real MongoDB when the caller gives one (its own database per run), else SecantusDB.
    let run = std::process::id();
    let (db, uri) = match std::env::var("MONGODB_URI") {
        Ok(uri) => (None, uri),
        Err(_) => {
            let (db, uri) = start_secantus().await;
            (Some(db), uri)
        }
    };
    let state = tempfile_dir(run);
    let options = Options {
        listen: format!("127.0.0.1:{}", free_port().expect("a free port"))
            .parse()
            .expect("an address"),
        recambios: Recambios::Mongo {
            uri,
            database: format!("taller_e2e_{run}"),
        },
        state_dir: state.clone(),
        echo: std::env::var_os("TALLER_E2E_ECHO").is_some(),
        ready_timeout: READY,
        jwt_secret: format!("e2e-secret-{run}"),
        client_secret: format!("e2e-client-{run}"),
    };
    let layout = Layout {
        root: repo_root(),
        bin_dir: profile_dir,
        caddy,
    };
    let mut platform = Platform::start(&layout, &options)
        .await
        .unwrap_or_else(|error| panic!("the platform did not start: {error}"));
    let base = platform.base_url().to_owned();
    TOKEN.set(platform.dev_token()).expect("set once");
    an_api_without_a_token_is_refused(&base).await;
    the_token_url_issues_tokens_the_services_accept(&base, &options.client_secret).await;

    a_part_lives_through_the_gateway(&base, run).await;
    every_mock_answers_within_its_contract(&base).await;
    every_service_serves_its_docs(&base).await;
    unknown_routes_get_a_problem_404(&base).await;
    the_gateway_compresses_limits_and_hardens(&base).await;
    unread_bodies_cost_other_clients_nothing(&base).await;
    nothing_listens_beyond_the_given_address(options.listen).await;
    one_trace_links_recambios_and_the_logs_mock(&platform, &base, run).await;
    a_crashed_service_is_started_again(&mut platform, &base).await;

    let unclean = platform.stop().await;
    assert!(unclean.is_empty(), "did not stop cleanly: {unclean:?}");
    if let Some(db) = db {
        let ending = db
            .stop(Duration::from_secs(10))
            .await
            .expect("SecantusDB stops");
        assert_eq!(ending, Ending::Clean, "SecantusDB");
    }
    let _ = std::fs::remove_dir_all(state);
}

/// The same journey against the platform under compose, through its gateway's published port:
/// `scripts/check-compose` starts the containers and runs this test with TALLER_GATEWAY_URL and
/// TALLER_E2E_TOKEN (a token recambios' JWT_SECRET signed, with every service's scopes).
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
#[ignore = "needs the compose deployment: scripts/check-compose (a step of scripts/test) runs it"]
async fn the_compose_deployment_works_through_its_gateway() {
    let base = std::env::var("TALLER_GATEWAY_URL").expect("TALLER_GATEWAY_URL, the gateway's URL");
    let token = std::env::var("TALLER_E2E_TOKEN").expect("TALLER_E2E_TOKEN, a bearer token");
    TOKEN.set(token).expect("set once");
    an_api_without_a_token_is_refused(&base).await;
    a_deployment_without_an_issuer_says_so_at_the_token_url(&base).await;
    a_part_lives_through_the_gateway(&base, std::process::id()).await;
    every_mock_answers_within_its_contract(&base).await;
    every_service_serves_its_docs(&base).await;
    unknown_routes_get_a_problem_404(&base).await;
    the_gateway_compresses_limits_and_hardens(&base).await;
    unread_bodies_cost_other_clients_nothing(&base).await;
}

/// The platform's development token, once it is up.
static TOKEN: std::sync::OnceLock<String> = std::sync::OnceLock::new();

fn token() -> &'static str {
    TOKEN.get().expect("the platform is up")
}

/// An HTTP client sending the development token with every request.
fn http() -> reqwest::Client {
    let mut headers = reqwest::header::HeaderMap::new();
    headers.insert(
        reqwest::header::AUTHORIZATION,
        format!("Bearer {}", token()).parse().unwrap(),
    );
    reqwest::Client::builder()
        .default_headers(headers)
        .build()
        .expect("an HTTP client")
}

/// recambios checks the token itself; the mocks check one is there, as Prism does.
async fn an_api_without_a_token_is_refused(base: &str) {
    for service in ["recambios", "clientes", "logs"] {
        let anonymous = reqwest::get(format!("{base}/api/v1/{service}"))
            .await
            .expect("an answer");
        assert_eq!(anonymous.status(), StatusCode::UNAUTHORIZED, "{service}");
    }
    let forged = reqwest::Client::new()
        .get(format!("{base}/api/v1/recambios"))
        .bearer_auth("not.a.token")
        .send()
        .await
        .expect("an answer");
    assert_eq!(forged.status(), StatusCode::UNAUTHORIZED);
    assert!(
        forged.headers()["www-authenticate"]
            .to_str()
            .unwrap()
            .contains("invalid_token")
    );
}

fn tempfile_dir(run: u32) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("taller-e2e-{run}"));
    std::fs::create_dir_all(&dir).expect("a scratch folder");
    dir
}

async fn a_part_lives_through_the_gateway(base: &str, run: u32) {
    let client =
        recambios_client::Client::with_bearer_token(&format!("{base}/api/v1"), token()).unwrap();
    // Unique per run, so a real MongoDB shared between runs does not see duplicates.
    let numero_serie = format!("E{:07}-A", run % 10_000_000);
    let proveedor = format!("Proveedor e2e {run}");
    let trabajo = uuid_v4_like(run);

    let created = client
        .create_recambio()
        .body(typed::<recambios_types::RecambioNuevo>(json!({
            "numero_serie": numero_serie,
            "nombre": "Kit de frenos delanteros",
            "proveedor": proveedor,
            "garantia": "3 meses",
            "precio": 100.0,
            "iva": 21,
            "cantidad": 10,
            "stock_minimo": 2
        })))
        .send()
        .await
        .expect("201 Created");
    assert_eq!(created.status(), StatusCode::CREATED);
    let location = created
        .headers()
        .get("location")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    assert_eq!(location, format!("/api/v1/recambios/{numero_serie}"));
    let part = created.into_inner();
    assert_eq!(part.importe, 121.0);
    assert_eq!((part.cantidad, part.cantidad_reservada), (10, 0));

    let reserved = client
        .add_reserva()
        .numero_serie(numero_serie.as_str())
        .body(typed::<recambios_types::OperacionReserva>(json!({
            "cantidad": 3, "trabajo_id": trabajo
        })))
        .send()
        .await
        .expect("reservation accepted")
        .into_inner();
    assert_eq!(
        (reserved.cantidad_reservada, reserved.cantidad_disponible),
        (3, 7)
    );

    let oversold = client
        .add_reserva()
        .numero_serie(numero_serie.as_str())
        .body(typed::<recambios_types::OperacionReserva>(json!({
            "cantidad": 8, "trabajo_id": trabajo
        })))
        .send()
        .await
        .expect_err("only 7 are available");
    assert_eq!(status_of(&oversold), StatusCode::CONFLICT);

    let read = client
        .get_recambio()
        .numero_serie(numero_serie.as_str())
        .send()
        .await
        .expect("200 with the part");
    let etag = read
        .headers()
        .get("etag")
        .and_then(|v| v.to_str().ok())
        .expect("an ETag")
        .to_owned();
    assert_eq!(read.cantidad_reservada, 3);

    let update = json!({
        "nombre": "Kit de frenos delanteros",
        "proveedor": proveedor,
        "garantia": "3 meses",
        "precio": 200.0,
        "iva": 21,
        "stock_minimo": 2
    });
    let replaced = client
        .replace_recambio()
        .numero_serie(numero_serie.as_str())
        .if_match(etag.as_str())
        .body(typed::<recambios_types::RecambioActualizacion>(
            update.clone(),
        ))
        .send()
        .await
        .expect("200 with the replaced part");
    let new_etag = replaced
        .headers()
        .get("etag")
        .and_then(|v| v.to_str().ok())
        .expect("a new ETag")
        .to_owned();
    assert_ne!(new_etag, etag);
    assert_eq!(replaced.importe, 242.0);
    assert_eq!(
        replaced.cantidad_reservada, 3,
        "stock is not editable by PUT"
    );

    let stale = client
        .replace_recambio()
        .numero_serie(numero_serie.as_str())
        .if_match(etag.as_str())
        .body(typed::<recambios_types::RecambioActualizacion>(update))
        .send()
        .await
        .expect_err("the old ETag no longer matches");
    assert_eq!(status_of(&stale), StatusCode::PRECONDITION_FAILED);

    let page = client
        .list_recambios()
        .proveedor(proveedor.as_str())
        .nombre("frenos")
        .precio_min(150.0)
        .send()
        .await
        .expect("a page")
        .into_inner();
    assert_eq!(page.total, 1);
    assert_eq!(page.items.len(), 1);
    assert_eq!(page.items[0].numero_serie.as_str(), numero_serie);
    let none = client
        .list_recambios()
        .proveedor(proveedor.as_str())
        .precio_max(150.0)
        .send()
        .await
        .expect("an empty page, not a 404")
        .into_inner();
    assert_eq!((none.total, none.items.len()), (0, 0));
}

/// A fixed, valid UUID per run (the reservation's job).
fn uuid_v4_like(run: u32) -> String {
    format!("{run:08x}-0000-4000-8000-000000000000")
}

/// Each mock's list operation, through the gateway, decoded by the generated client: a body
/// outside the contract's schema fails to decode.
async fn every_mock_answers_within_its_contract(base: &str) {
    let api = format!("{base}/api/v1");
    // One list call through a generated client, its page decoded into the contract's types.
    macro_rules! list {
        ($client:ident, $operation:ident) => {
            $client::Client::with_bearer_token(&api, token())
                .unwrap()
                .$operation()
                .send()
                .await
                .map(|page| page.into_inner().items.len())
                .map_err(|error| format!("{error:?}"))
        };
    }
    let totals = [
        ("clientes", list!(clientes_client, list_clientes)),
        ("vehiculos", list!(vehiculos_client, list_vehiculos)),
        ("trabajos", list!(trabajos_client, list_trabajos)),
        (
            "notificaciones",
            list!(notificaciones_client, list_notificaciones),
        ),
        ("facturas", list!(facturas_client, list_facturas)),
        ("logs", list!(logs_client, list_logs)),
    ];
    for (service, answer) in totals {
        if let Err(error) = answer {
            panic!("{service}: the mock's answer is not what its contract says: {error}");
        }
    }

    // And a mock refuses what its contract refuses, with the contract's problem+json.
    let refused = http()
        .post(format!("{api}/clientes"))
        .json(&json!({"nombre": 42}))
        .send()
        .await
        .expect("an answer");
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(content_type(&refused), "application/problem+json");
}

async fn every_service_serves_its_docs(base: &str) {
    let http = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("an HTTP client");
    let mut services: Vec<&str> = MOCKED.to_vec();
    services.push("recambios");
    for service in services {
        let bare = http
            .get(format!("{base}/{service}"))
            .send()
            .await
            .expect("an answer");
        assert_eq!(bare.status(), StatusCode::PERMANENT_REDIRECT, "/{service}");
        assert_eq!(
            bare.headers().get("location").and_then(|v| v.to_str().ok()),
            Some(format!("/{service}/").as_str())
        );

        let page = http
            .get(format!("{base}/{service}/"))
            .send()
            .await
            .expect("an answer");
        assert_eq!(page.status(), StatusCode::OK, "/{service}/");
        assert!(content_type(&page).starts_with("text/html"), "/{service}/");
        let html = page.text().await.expect("a page").to_lowercase();
        assert!(html.contains("swagger-ui"), "/{service}/ is Swagger UI");

        let document: Value = http
            .get(format!("{base}/{service}/openapi.json"))
            .send()
            .await
            .expect("an answer")
            .json()
            .await
            .expect("the contract as JSON");
        let paths = document["paths"].as_object().expect("paths");
        assert!(
            !paths.is_empty() && paths.keys().all(|p| p.starts_with(&format!("/{service}"))),
            "/{service}/openapi.json is {service}'s contract"
        );
    }
}

/// The contracts' OAuth2 `tokenUrl` (`/auth/token`, what a docs page's Authorize button posts
/// to): through the gateway, the platform's token endpoint grants the developer client the
/// scopes it asks for, and the services honour exactly those.
async fn the_token_url_issues_tokens_the_services_accept(base: &str, client_secret: &str) {
    let http = http();
    let grant = |scope: &str| {
        http.post(format!("{base}/auth/token"))
            .basic_auth(taller_platform::issuer::CLIENT_ID, Some(client_secret))
            .header("content-type", "application/x-www-form-urlencoded")
            .body(format!("grant_type=client_credentials&scope={scope}"))
            .send()
    };
    let answer = grant("recambios%3Aread").await.expect("an answer");
    assert_eq!(answer.status(), StatusCode::OK);
    let granted: Value = answer.json().await.expect("a token response");
    assert_eq!(granted["token_type"], "Bearer");
    let reader = granted["access_token"]
        .as_str()
        .expect("a token")
        .to_owned();
    let list = http
        .get(format!("{base}/api/v1/recambios"))
        .bearer_auth(&reader)
        .send()
        .await
        .expect("an answer");
    assert_eq!(list.status(), StatusCode::OK, "recambios:read lists parts");
    let create = http
        .post(format!("{base}/api/v1/recambios"))
        .bearer_auth(&reader)
        .json(&json!({}))
        .send()
        .await
        .expect("an answer");
    assert_eq!(
        create.status(),
        StatusCode::FORBIDDEN,
        "recambios:read alone does not create"
    );

    let refused = http
        .post(format!("{base}/auth/token"))
        .basic_auth(taller_platform::issuer::CLIENT_ID, Some("not the secret"))
        .header("content-type", "application/x-www-form-urlencoded")
        .body("grant_type=client_credentials")
        .send()
        .await
        .expect("an answer");
    assert_eq!(refused.status(), StatusCode::UNAUTHORIZED);
    let error: Value = refused.json().await.expect("an OAuth2 error");
    assert_eq!(error["error"], "invalid_client");
}

/// compose and Kubernetes run no token endpoint: the gateway says so as a problem.
async fn a_deployment_without_an_issuer_says_so_at_the_token_url(base: &str) {
    let answer = http()
        .post(format!("{base}/auth/token"))
        .header("content-type", "application/x-www-form-urlencoded")
        .body("grant_type=client_credentials")
        .send()
        .await
        .expect("an answer");
    assert_eq!(answer.status(), StatusCode::NOT_FOUND);
    assert_eq!(content_type(&answer), "application/problem+json");
    let problem: Value = answer.json().await.expect("a problem document");
    assert!(
        problem["detail"]
            .as_str()
            .unwrap_or_default()
            .contains("identity provider"),
        "{problem}"
    );
}

async fn unknown_routes_get_a_problem_404(base: &str) {
    for path in ["/", "/api/v1/nada", "/api/v1/clientesx", "/nada/"] {
        let answer = reqwest::get(format!("{base}{path}"))
            .await
            .expect("an answer");
        assert_eq!(answer.status(), StatusCode::NOT_FOUND, "{path}");
        assert_eq!(content_type(&answer), "application/problem+json", "{path}");
        let problem: Value = answer.json().await.expect("a problem document");
        assert_eq!(problem["status"], 404, "{path}");
        assert_eq!(problem["title"], "Not Found", "{path}");
    }
}

/// What the Caddyfile adds on top of routing: compression, the body limit (as problem+json),
/// security headers.
async fn the_gateway_compresses_limits_and_hardens(base: &str) {
    let http = http();
    let compressed = http
        .get(format!("{base}/recambios/openapi.json"))
        .header("accept-encoding", "gzip")
        .send()
        .await
        .expect("an answer");
    assert_eq!(compressed.status(), StatusCode::OK);
    assert_eq!(header(&compressed, "content-encoding"), "gzip");
    assert_eq!(header(&compressed, "x-content-type-options"), "nosniff");
    assert_eq!(header(&compressed, "x-frame-options"), "DENY");
    assert_eq!(
        header(&compressed, "server"),
        "",
        "the gateway hides its name"
    );

    // 2 MiB, over the default 1 MiB limit: refused by the gateway before any service sees it.
    let too_large = http
        .post(format!("{base}/api/v1/recambios"))
        .header("content-type", "application/json")
        .body(vec![b' '; 2 * 1024 * 1024])
        .send()
        .await
        .expect("an answer");
    assert_eq!(too_large.status(), StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(content_type(&too_large), "application/problem+json");
    let problem: Value = too_large.json().await.expect("a problem document");
    assert_eq!(problem["status"], 413);

    an_over_long_uri_gets_a_problem(&http, base).await;
}

/// A URI over 8 KiB is refused by the gateway itself, as a problem+json 414, never passed to a
/// service whose parser would answer with an empty status. (Over-large header fields are not
/// checked here: hyper answers them with an empty 431 and closes the connection while Caddy may
/// still be sending them, so the caller gets the gateway's 431 problem or its 502 by timing.)
async fn an_over_long_uri_gets_a_problem(http: &reqwest::Client, base: &str) {
    let long_uri = http
        .get(format!(
            "{base}/api/v1/recambios?nombre={}",
            "a".repeat(9000)
        ))
        .send()
        .await
        .expect("an answer");
    assert_eq!(long_uri.status(), StatusCode::URI_TOO_LONG);
    assert_eq!(content_type(&long_uri), "application/problem+json");
    let problem: Value = long_uri.json().await.expect("a problem document");
    assert_eq!(problem["status"], 414);
}

fn header(response: &reqwest::Response, name: &str) -> String {
    response
        .headers()
        .get(name)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned()
}

fn content_type(response: &reqwest::Response) -> String {
    response
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned()
}

/// Requests with bodies that recambios answers before reading them (405: POST on a part) go
/// through the gateway beside valid requests of another client; Caddy reuses its upstream
/// connections, so a connection left with unread bytes would turn a later request into a 502.
async fn unread_bodies_cost_other_clients_nothing(base: &str) {
    let body = "x".repeat(256 * 1024);
    let tasks: Vec<_> = (0..4)
        .map(|_| {
            let (base, body) = (base.to_owned(), body.clone());
            tokio::spawn(async move {
                let (careless, innocent) = (http(), http());
                let mut statuses = Vec::new();
                for _ in 0..50 {
                    let refused = careless
                        .post(format!("{base}/api/v1/recambios/Z0000000-Z"))
                        .header("content-type", "application/json")
                        .body(body.clone())
                        .send()
                        .await
                        .expect("an answer");
                    statuses.push(("careless", refused.status()));
                    let valid = innocent
                        .get(format!("{base}/api/v1/recambios?page_size=1"))
                        .send()
                        .await
                        .expect("an answer");
                    statuses.push(("innocent", valid.status()));
                }
                statuses
            })
        })
        .collect();
    for task in tasks {
        for (who, status) in task.await.expect("a client task") {
            match who {
                "careless" => assert_eq!(status, StatusCode::METHOD_NOT_ALLOWED),
                _ => assert_eq!(status, StatusCode::OK, "an innocent request got {status}"),
            }
        }
    }
}

/// The gateway binds exactly the address it was given: on 127.0.0.1:P, another address of the
/// machine (127.0.0.2 is loopback too on Linux) refuses the connection even with a matching
/// Host header.
async fn nothing_listens_beyond_the_given_address(listen: std::net::SocketAddr) {
    let elsewhere = std::net::SocketAddr::from(([127, 0, 0, 2], listen.port()));
    let connected = tokio::net::TcpStream::connect(elsewhere).await;
    assert!(
        connected.is_err(),
        "the gateway also accepts connections on {elsewhere}"
    );
    assert!(tokio::net::TcpStream::connect(listen).await.is_ok());
}

/// recambios killed (SIGKILL, a crash): the supervisor says so, starts it again, and the API
/// answers through the gateway once more, with the data it had.
/// A request through the gateway with a W3C `traceparent`: Caddy passes it on unchanged,
/// recambios logs the request under its trace id, and the audit event it sends the logs mock
/// (later, from its queue) carries the same trace, which the mock logs too.
async fn one_trace_links_recambios_and_the_logs_mock(platform: &Platform, base: &str, run: u32) {
    let trace_id = format!("{:032x}", 0x7a11e4_u128 << 64 | u128::from(run));
    let numero_serie = format!("T{:07}-A", run % 10_000_000);
    let response = http()
        .post(format!("{base}/api/v1/recambios"))
        .header("traceparent", format!("00-{trace_id}-00f067aa0ba902b7-01"))
        .json(&json!({
            "numero_serie": numero_serie,
            "nombre": "Filtro de aceite",
            "proveedor": "Mann",
            "garantia": "1 mes",
            "precio": 9.5,
            "iva": 21,
            "cantidad": 4,
            "stock_minimo": 1
        }))
        .send()
        .await
        .expect("recambios answered");
    assert_eq!(response.status(), StatusCode::CREATED);
    let tagged = format!("trace_id={trace_id}");
    let deadline = std::time::Instant::now() + Duration::from_secs(15);
    loop {
        let recambios = platform.output("recambios");
        let logs = platform.output("logs");
        // recambios' text lines colour field names, so `trace_id=` is split there.
        let in_recambios = recambios.iter().any(|l| l.contains(&trace_id));
        let in_logs = logs
            .iter()
            .any(|l| l.starts_with("POST /logs -> 201") && l.contains(&tagged));
        if in_recambios && in_logs {
            return;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "no line with {tagged} in recambios ({in_recambios}) and logs ({in_logs}):\n{}\n{}",
            recambios.join("\n"),
            logs.join("\n")
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

async fn a_crashed_service_is_started_again(platform: &mut Platform, base: &str) {
    let pid = platform.pid("recambios").expect("recambios runs");
    nix::sys::signal::kill(
        nix::unistd::Pid::from_raw(pid as i32),
        nix::sys::signal::Signal::SIGKILL,
    )
    .expect("SIGKILL sent");
    let news = std::sync::Mutex::new(Vec::<String>::new());
    let back = async {
        let http = http();
        loop {
            tokio::time::sleep(Duration::from_millis(200)).await;
            if let Ok(r) = http.get(format!("{base}/api/v1/recambios")).send().await
                && r.status() == StatusCode::OK
                && news
                    .lock()
                    .unwrap()
                    .iter()
                    .any(|n| n.contains("running again"))
            {
                return;
            }
        }
    };
    tokio::select! {
        error = platform.supervise(READY, |n| news.lock().unwrap().push(n.to_owned())) => {
            panic!("the supervisor gave up: {error}")
        }
        () = back => {}
        () = tokio::time::sleep(Duration::from_secs(60)) => panic!("recambios did not come back"),
    }
    let news = news.into_inner().unwrap();
    assert!(news[0].starts_with("recambios exited"), "{news:?}");
    assert!(news[0].contains("starting it again in 1 s"), "{news:?}");
    assert_ne!(platform.pid("recambios"), Some(pid), "a new process");
}
