//! What the integration tests share: a real MongoDB wire-protocol server (SecantusDB started
//! on a free port, or the server `MONGODB_URI` names) and temporary embedded stores.

#![allow(dead_code)] // each test binary uses a different part of it

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// The HS256 secret every test service checks tokens with.
pub const SECRET: &str = "recambios-test-secret";

/// A token with `scopes`, as the identity provider would issue it to a test caller.
pub fn token_with(scopes: &[&str]) -> String {
    taller_runtime::jwt::mint(SECRET, "taller", "taller", "test", scopes, 3600)
}

/// A token with every scope of recambios.
pub fn token() -> String {
    token_with(&["recambios:read", "recambios:write", "recambios:admin"])
}

/// A plain HTTP client that sends [`token`] with every request.
pub fn http() -> reqwest::Client {
    let mut headers = reqwest::header::HeaderMap::new();
    headers.insert(
        reqwest::header::AUTHORIZATION,
        format!("Bearer {}", token()).parse().unwrap(),
    );
    reqwest::Client::builder()
        .default_headers(headers)
        .build()
        .unwrap()
}

/// The generated client of recambios at `base`, sending [`token`].
pub fn client_at(base: &str) -> recambios_client::Client {
    recambios_client::Client::with_bearer_token(base, &token()).unwrap()
}

/// The workspace root (two levels above this crate).
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// A free TCP port on 127.0.0.1 (bound then released; good enough for tests).
pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .expect("bind 127.0.0.1:0")
        .local_addr()
        .unwrap()
        .port()
}

/// Waits until something accepts TCP connections on `port`.
pub fn wait_for_port(port: u16, within: Duration) -> bool {
    let start = Instant::now();
    while start.elapsed() < within {
        if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
            return true;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    false
}

/// A MongoDB endpoint for one test: its URI and a database name nobody else uses.
pub struct Mongo {
    pub uri: String,
    pub database: String,
    server: Option<Secantus>,
}

impl Mongo {
    /// A database on a server started by the caller.
    pub fn at(uri: &str) -> Mongo {
        Mongo {
            uri: uri.to_owned(),
            database: format!("test_{}", uuid::Uuid::new_v4().simple()),
            server: None,
        }
    }

    /// `MONGODB_URI` when set (a real MongoDB), otherwise a fresh in-memory SecantusDB.
    pub fn start() -> Mongo {
        let database = format!("test_{}", uuid::Uuid::new_v4().simple());
        match std::env::var("MONGODB_URI") {
            Ok(uri) if !uri.is_empty() => Mongo {
                uri,
                database,
                server: None,
            },
            _ => {
                let server = Secantus::start(None);
                Mongo {
                    uri: server.uri(),
                    database,
                    server: Some(server),
                }
            }
        }
    }
}

/// A SecantusDB process, killed when dropped.
pub struct Secantus {
    pub port: u16,
    data: Option<PathBuf>,
    /// Fsync every commit whatever the write concern asks (`--sync-on-commit`).
    sync_on_commit: bool,
    /// mongod's test-only commands, `configureFailPoint` among them (`--enable-test-commands`).
    test_commands: bool,
    child: Option<Child>,
}

/// Path of the SecantusDB launcher installed by `scripts/tools.sh`.
pub fn secantusd() -> PathBuf {
    let path = std::env::var_os("SECANTUSD")
        .map(PathBuf::from)
        .unwrap_or_else(|| workspace_root().join(".tools/venv/bin/secantusd-py"));
    assert!(
        path.exists(),
        "SecantusDB is not installed at {}: run scripts/test (or `. scripts/tools.sh; ensure_venv`) \
         to install it, or set MONGODB_URI to a MongoDB server",
        path.display()
    );
    path
}

impl Secantus {
    /// Starts SecantusDB on a free port, on `data` (a directory that survives restarts) or
    /// in memory.
    pub fn start(data: Option<&Path>) -> Secantus {
        Secantus::launch(data, true, false)
    }

    /// Starts SecantusDB in memory with mongod's test-only commands, for failpoints
    /// (`configureFailPoint`).
    pub fn start_with_failpoints() -> Secantus {
        Secantus::launch(None, false, true)
    }

    /// Starts SecantusDB on `data` with mongod's own default durability: a write reaches the
    /// journal on disk at once only when its write concern asks for it (`j: true`).
    pub fn start_like_mongod(data: &Path) -> Secantus {
        Secantus::launch(Some(data), false, false)
    }

    fn launch(data: Option<&Path>, sync_on_commit: bool, test_commands: bool) -> Secantus {
        let mut s = Secantus {
            port: free_port(),
            data: data.map(Path::to_path_buf),
            sync_on_commit,
            test_commands,
            child: None,
        };
        s.restart();
        s
    }

    pub fn uri(&self) -> String {
        format!("mongodb://127.0.0.1:{}/?directConnection=true", self.port)
    }

    /// (Re)starts the process on the same port and storage.
    pub fn restart(&mut self) {
        let storage = self
            .data
            .as_ref()
            .map_or(":memory:".to_owned(), |p| p.display().to_string());
        let child = Command::new(secantusd())
            .args(["--host", "127.0.0.1", "--port", &self.port.to_string()])
            .args(["--storage-path", &storage, "--log-level", "WARNING"])
            .args(self.sync_on_commit.then_some("--sync-on-commit"))
            .args(self.test_commands.then_some("--enable-test-commands"))
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start secantusd-py");
        self.child = Some(child);
        assert!(
            wait_for_port(self.port, Duration::from_secs(30)),
            "SecantusDB did not listen on port {} within 30 s",
            self.port
        );
    }

    /// Kills the process at once (SIGKILL: a crash, nothing flushed) and waits for it.
    pub fn kill(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    /// Stops the process (SIGTERM, then SIGKILL if it lingers) and waits for it.
    pub fn stop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = Command::new("kill").arg(child.id().to_string()).status();
            let start = Instant::now();
            while start.elapsed() < Duration::from_secs(10) {
                if let Ok(Some(_)) = child.try_wait() {
                    return;
                }
                std::thread::sleep(Duration::from_millis(50));
            }
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

impl Drop for Secantus {
    fn drop(&mut self) {
        self.stop();
    }
}

/// Which store a service under test uses.
pub enum Backend {
    Embedded(tempfile::TempDir),
    Mongo(Mongo),
}

impl Backend {
    pub fn embedded() -> Backend {
        Backend::Embedded(tempfile::tempdir().expect("temp dir"))
    }

    pub fn mongo() -> Backend {
        Backend::Mongo(Mongo::start())
    }

    pub fn args(&self) -> Vec<String> {
        match self {
            Backend::Embedded(dir) => vec![
                "--data".into(),
                dir.path().join("recambios.redb").display().to_string(),
            ],
            Backend::Mongo(m) => vec![
                "--mongodb-uri".into(),
                m.uri.clone(),
                "--database".into(),
                m.database.clone(),
            ],
        }
    }
}

/// The service running in this process on a free port, stopped when dropped.
pub struct Service {
    pub base: String,
    pub backend: Backend,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
}

impl Service {
    /// Starts the whole application (as the binary builds it) on 127.0.0.1.
    pub async fn start(backend: Backend, extra: &[&str]) -> Service {
        let mut argv = vec![
            "recambios".to_owned(),
            "--listen".into(),
            "127.0.0.1:0".into(),
            // Every answer of every test is checked against the contract.
            "--validate-responses".into(),
            "enforce".into(),
            "--jwt-secret".into(),
            SECRET.into(),
        ];
        argv.extend(backend.args());
        argv.extend(extra.iter().map(|s| s.to_string()));
        let config = <recambios::config::Config as clap::Parser>::parse_from(argv);
        let app = recambios::app::build(&config).await.expect("build the app");
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        let (tx, rx) = tokio::sync::oneshot::channel::<()>();
        tokio::spawn(taller_runtime::service::serve_until(
            listener,
            app,
            async move {
                let _ = rx.await;
            },
            Duration::from_secs(1),
        ));
        Service {
            base,
            backend,
            stop: Some(tx),
        }
    }

    pub fn client(&self) -> recambios_client::Client {
        client_at(&self.base)
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }
}

impl Drop for Service {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
    }
}

/// A request body for a new part, in the contract's type.
pub fn nuevo(
    numero_serie: &str,
    cantidad: u32,
    stock_minimo: u32,
) -> recambios_types::RecambioNuevo {
    serde_json::from_value(serde_json::json!({
        "numero_serie": numero_serie,
        "nombre": "Kit de frenos delanteros",
        "descripcion": "Discos perforados y pastillas",
        "proveedor": "Brembo",
        "equivalencias": [{"nombre": "Kit EBC", "fabricante": "EBC Brakes", "modelo": "Golf GTI MK7"}],
        "garantia": "3 meses",
        "precio": 448.32,
        "iva": 21,
        "cantidad": cantidad,
        "stock_minimo": stock_minimo,
    }))
    .expect("a valid RecambioNuevo")
}

/// What the logs service answers to a new entry, as its contract says.
pub fn log_created() -> wiremock::ResponseTemplate {
    wiremock::ResponseTemplate::new(201).set_body_json(serde_json::json!({
        "id": "9b2f4c1a-6d3e-4f5a-8b7c-1d2e3f4a5b6c",
        "prioridad": 1,
        "descripcion_evento": "x",
        "fecha": "2026-11-27T10:15:00Z",
        "usuario": "recambios",
        "subsistema": 6,
        "links": {"parent": {"href": "/api/v1/logs"}, "self": {"href": "/api/v1/logs/9b2f4c1a-6d3e-4f5a-8b7c-1d2e3f4a5b6c"}}
    }))
}

/// `GET /metrics` of the service at `base`, sent without a token (scrapers have none).
pub async fn scrape(base: &str) -> String {
    let response = reqwest::get(format!("{base}/metrics"))
        .await
        .expect("GET /metrics answered");
    assert_eq!(response.status(), 200, "/metrics needs no token");
    response.text().await.expect("a text body")
}
