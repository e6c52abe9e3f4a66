//! Starting and stopping the whole platform: six mocks and recambios on free ports of
//! 127.0.0.1, then Caddy in front of them with the project's Caddyfile, its upstreams and
//! listen addresses given through the Caddyfile's environment placeholders.

use std::ffi::OsString;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

use futures::future::{join_all, select_all};

use crate::child::{Child, Ending, Spec, free_port};
use crate::error::Error;
use crate::issuer::{Grants, Issuer};
use crate::layout::Layout;

/// The services served by `mock-server` from their contracts.
pub const MOCKED: [&str; 6] = [
    "clientes",
    "vehiculos",
    "trabajos",
    "notificaciones",
    "facturas",
    "logs",
];

/// How long a stopped process gets to finish its requests before SIGKILL.
const GRACE: Duration = Duration::from_secs(10);

/// Where recambios keeps its data.
#[derive(Debug, Clone)]
pub enum Recambios {
    /// Its embedded file database, in this folder.
    Embedded { data_dir: PathBuf },
    /// A MongoDB server.
    Mongo { uri: String, database: String },
}

/// How to run the platform.
#[derive(Debug, Clone)]
pub struct Options {
    /// The gateway's address (the README's http://127.0.0.1:8080).
    pub listen: SocketAddr,
    pub recambios: Recambios,
    /// Caddy's state folder (certificates it will never need, its autosaved config).
    pub state_dir: PathBuf,
    /// Forward the processes' output to stderr.
    pub echo: bool,
    /// How long each process may take to become ready.
    pub ready_timeout: Duration,
    /// The HS256 secret recambios checks tokens with; [`Platform::dev_token`] and the token
    /// endpoint sign with it.
    pub jwt_secret: String,
    /// The secret of the token endpoint's one client, [`crate::issuer::CLIENT_ID`].
    pub client_secret: String,
}

/// The seven services in the order the routes table lists them (recambios among the mocks).
fn services() -> Vec<&'static str> {
    let mut names: Vec<&str> = MOCKED.to_vec();
    names.insert(5, "recambios");
    names
}

/// Every scope of the seven contracts: `<service>:read`, `:write` and `:admin`.
pub fn all_scopes() -> Vec<String> {
    services()
        .into_iter()
        .flat_map(|name| ["read", "write", "admin"].map(|a| format!("{name}:{a}")))
        .collect()
}

/// A token for `subject` with `scopes`, valid for `seconds`, signed with `secret` as the
/// local platform's identity provider would sign it (issuer and audience `taller`).
pub fn token(secret: &str, subject: &str, scopes: &[String], seconds: u64) -> String {
    let scopes: Vec<&str> = scopes.iter().map(String::as_str).collect();
    taller_runtime::jwt::mint(secret, "taller", "taller", subject, &scopes, seconds)
}

/// The running platform.
#[derive(Debug)]
pub struct Platform {
    gateway: Child,
    issuer: Issuer,
    services: Vec<Child>,
    base_url: String,
    jwt_secret: String,
}

impl Platform {
    /// Starts every service, waits until each is ready, then starts the gateway and waits for
    /// it. On failure whatever was started is stopped again.
    pub async fn start(layout: &Layout, options: &Options) -> Result<Platform, Error> {
        layout.check(&MOCKED)?;
        let issuer = Issuer::start(Grants {
            jwt_secret: options.jwt_secret.clone(),
            client_secret: options.client_secret.clone(),
            scopes: all_scopes(),
        })
        .await?;
        let mut services = Vec::new();
        let result = start_services(layout, options, &mut services).await;
        let gateway = match result {
            Ok(mut upstreams) => {
                upstreams.push((
                    "TALLER_TOKEN_ISSUER".into(),
                    issuer.address().to_string().into(),
                ));
                start_gateway(layout, options, &upstreams).await
            }
            Err(error) => Err(error),
        };
        match gateway {
            Ok(gateway) => Ok(Platform {
                gateway,
                issuer,
                services,
                base_url: format!("http://{}", options.listen),
                jwt_secret: options.jwt_secret.clone(),
            }),
            Err(error) => {
                stop_all(services).await;
                let _ = issuer.stop().await;
                Err(error)
            }
        }
    }

    /// A development token with every scope of every service, valid for a day: what
    /// `scripts/run` prints.
    pub fn dev_token(&self) -> String {
        token(&self.jwt_secret, "developer", &all_scopes(), 24 * 3600)
    }

    /// The token endpoint through the gateway (the contracts' `tokenUrl`).
    pub fn token_url(&self) -> String {
        format!("{}/auth/token", self.base_url)
    }

    /// `http://<listen address>`, the platform's only entry.
    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    /// Every service with its API and docs URLs through the gateway.
    pub fn routes(&self) -> Vec<(String, String, String)> {
        services()
            .into_iter()
            .map(|name| {
                (
                    name.to_owned(),
                    format!("{}/api/v1/{name}", self.base_url),
                    format!("{}/{name}/", self.base_url),
                )
            })
            .collect()
    }

    /// Resolves when any process ends on its own (which, for a server, is a failure).
    pub async fn died(&mut self) -> Error {
        self.next_death().await.0
    }

    async fn next_death(&mut self) -> (Error, usize) {
        let all = std::iter::once(&mut self.gateway).chain(self.services.iter_mut());
        let (error, index, _) = select_all(all.map(|child| Box::pin(child.died()))).await;
        (error, index)
    }

    /// Keeps every process running: one that ends on its own is started again, with a delay
    /// that doubles from 1 s to 30 s while it keeps crashing (back to 1 s once it has stayed up
    /// for a minute), and `report` is told each time. Resolves only when a process cannot be
    /// started again, with why.
    pub async fn supervise(&mut self, ready_timeout: Duration, report: impl Fn(&str)) -> Error {
        let mut delays: Vec<(Duration, std::time::Instant)> =
            vec![(Duration::ZERO, std::time::Instant::now()); 1 + self.services.len()];
        loop {
            let (error, index) = self.next_death().await;
            let (delay, since) = &mut delays[index];
            *delay = if since.elapsed() > Duration::from_secs(60) {
                Duration::from_secs(1)
            } else {
                (*delay * 2).clamp(Duration::from_secs(1), Duration::from_secs(30))
            };
            report(&format!(
                "{error}; starting it again in {} s",
                delay.as_secs()
            ));
            tokio::time::sleep(*delay).await;
            *since = std::time::Instant::now();
            let child = match index {
                0 => &mut self.gateway,
                i => &mut self.services[i - 1],
            };
            if let Err(error) = child.restart(ready_timeout).await {
                return error;
            }
            report(&format!("{} is running again", child.name()));
        }
    }

    /// The last lines a service (or the gateway, `"gateway"`) wrote, stdout and stderr
    /// interleaved as they arrived; empty for an unknown name.
    pub fn output(&self, name: &str) -> Vec<String> {
        std::iter::once(&self.gateway)
            .chain(&self.services)
            .find(|child| child.name() == name)
            .map(Child::tail)
            .unwrap_or_default()
    }

    /// The process id of a running service or of the gateway (`"gateway"`).
    pub fn pid(&self, name: &str) -> Option<u32> {
        std::iter::once(&self.gateway)
            .chain(&self.services)
            .find(|child| child.name() == name)
            .and_then(Child::pid)
    }

    /// Stops the gateway (no new requests), then every service, each with SIGTERM and a grace
    /// period. Returns the processes that did not end cleanly, as "name: how it ended".
    pub async fn stop(self) -> Vec<String> {
        let mut unclean = stop_all(vec![self.gateway]).await;
        unclean.extend(stop_all(self.services).await);
        if let Err(error) = self.issuer.stop().await {
            unclean.push(format!("token endpoint: {error}"));
        }
        unclean
    }
}

/// Spawns the mocks and recambios (pushing them into `started` as they start, so the caller
/// can stop them on failure), waits for their readiness, returns the Caddyfile's upstream
/// variables.
async fn start_services(
    layout: &Layout,
    options: &Options,
    started: &mut Vec<Child>,
) -> Result<Vec<(String, OsString)>, Error> {
    let mut upstreams = Vec::new();
    let mut probes = Vec::new();
    let mut ports = Vec::new();
    for service in MOCKED {
        let port = free_port()?;
        ports.push(port);
        let spec = Spec {
            name: service.to_owned(),
            program: layout.mock_server(),
            args: vec![
                "mock".into(),
                "-h".into(),
                "127.0.0.1".into(),
                "-p".into(),
                port.to_string().into(),
                "--docs".into(),
                layout.contract(service).into(),
            ],
            env: Vec::new(),
        };
        started.push(Child::spawn(&spec, options.echo)?);
        upstreams.push(upstream(service, port));
        probes.push(format!("http://127.0.0.1:{port}/readyz"));
    }

    // recambios sends its audit events and alerts straight to the two mocks: it may start
    // before the gateway, and it retries what fails.
    let port = free_port()?;
    let mut env: Vec<(String, OsString)> = vec![
        ("LISTEN".into(), format!("127.0.0.1:{port}").into()),
        ("LOG_FORMAT".into(), "text".into()),
        ("JWT_SECRET".into(), options.jwt_secret.clone().into()),
        // What recambios sends to logs and notificaciones (the mocks check it is there).
        (
            "SERVICE_TOKEN".into(),
            token(
                &options.jwt_secret,
                "recambios",
                &["logs:write".into(), "notificaciones:write".into()],
                365 * 24 * 3600,
            )
            .into(),
        ),
    ];
    for (service, mock_port) in MOCKED.iter().zip(&ports) {
        let variable = match *service {
            "logs" => "LOGS_URL",
            "notificaciones" => "NOTIFICACIONES_URL",
            _ => continue,
        };
        env.push((
            variable.into(),
            format!("http://127.0.0.1:{mock_port}").into(),
        ));
    }
    match &options.recambios {
        Recambios::Embedded { data_dir } => {
            std::fs::create_dir_all(data_dir)?;
            env.push((
                "RECAMBIOS_DATA".into(),
                data_dir.join("recambios.redb").into(),
            ));
        }
        Recambios::Mongo { uri, database } => {
            env.push(("MONGODB_URI".into(), uri.into()));
            env.push(("MONGODB_DATABASE".into(), database.into()));
        }
    }
    let spec = Spec {
        name: "recambios".into(),
        program: layout.recambios(),
        args: Vec::new(),
        env,
    };
    started.push(Child::spawn(&spec, options.echo)?);
    upstreams.push(upstream("recambios", port));
    probes.push(format!("http://127.0.0.1:{port}/readyz"));

    for (child, probe) in started.iter_mut().zip(&probes) {
        child.wait_ready(probe, options.ready_timeout).await?;
    }
    Ok(upstreams)
}

async fn start_gateway(
    layout: &Layout,
    options: &Options,
    upstreams: &[(String, OsString)],
) -> Result<Child, Error> {
    let health = free_port()?;
    std::fs::create_dir_all(&options.state_dir)?;
    let mut env: Vec<(String, OsString)> = upstreams.to_vec();
    // http:// keeps Caddy from serving an IP address over HTTPS with its internal CA.
    env.push((
        "TALLER_ADDRESS".into(),
        format!("http://{}", options.listen).into(),
    ));
    // The site addresses above only match the Host header; this is what Caddy binds to.
    env.push(("TALLER_BIND".into(), options.listen.ip().to_string().into()));
    env.push((
        "TALLER_HEALTH_ADDRESS".into(),
        format!("http://127.0.0.1:{health}").into(),
    ));
    env.push(("XDG_CONFIG_HOME".into(), options.state_dir.clone().into()));
    env.push(("XDG_DATA_HOME".into(), options.state_dir.clone().into()));
    let spec = Spec {
        name: "gateway".into(),
        program: layout.caddy.clone(),
        args: vec![
            "run".into(),
            "--config".into(),
            layout.caddyfile().into(),
            "--adapter".into(),
            "caddyfile".into(),
        ],
        env,
    };
    let mut gateway = Child::spawn(&spec, options.echo)?;
    let probe = format!("http://127.0.0.1:{health}/readyz");
    if let Err(error) = gateway.wait_ready(&probe, options.ready_timeout).await {
        let _ = gateway.stop(GRACE).await;
        return Err(error);
    }
    Ok(gateway)
}

/// The Caddyfile's variable for a service's upstream, e.g. CLIENTES_UPSTREAM=127.0.0.1:4711.
fn upstream(service: &str, port: u16) -> (String, OsString) {
    (
        format!("{}_UPSTREAM", service.to_uppercase()),
        format!("127.0.0.1:{port}").into(),
    )
}

/// Stops all, concurrently; returns "name: how it ended" for those that did not end cleanly.
async fn stop_all(children: Vec<Child>) -> Vec<String> {
    let names: Vec<String> = children.iter().map(|c| c.name().to_owned()).collect();
    let endings = join_all(children.into_iter().map(|child| child.stop(GRACE))).await;
    names
        .into_iter()
        .zip(endings)
        .filter_map(|(name, ending)| match ending {
            Ok(Ending::Clean) => None,
            Ok(ending) => Some(format!("{name}: {ending}")),
            Err(error) => Some(format!("{name}: {error}")),
        })
        .collect()
}
