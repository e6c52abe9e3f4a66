//! One supervised child process: its output forwarded line by line under its name (the last
//! lines kept for error messages), probed for readiness over HTTP, stopped with SIGTERM and,
//! after a grace period, SIGKILL.

use std::collections::VecDeque;
use std::ffi::OsString;
use std::os::unix::process::ExitStatusExt;
use std::process::{ExitStatus, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use nix::sys::signal::{Signal, kill};
use nix::unistd::Pid;
use tokio::io::{AsyncBufReadExt, AsyncRead, BufReader};
use tokio::process::Command;

use crate::error::Error;

/// How many of a child's last output lines an error message quotes.
const TAIL: usize = 15;

/// What to run.
#[derive(Debug, Clone)]
pub struct Spec {
    /// Shown before each output line and in errors.
    pub name: String,
    pub program: std::path::PathBuf,
    pub args: Vec<OsString>,
    pub env: Vec<(String, OsString)>,
}

/// How a stopped child ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ending {
    /// Exit code 0, or ended by the SIGTERM it was sent (a server without a shutdown handler,
    /// which SIGTERM's default action ends at once).
    Clean,
    /// A non-zero exit code, or another signal.
    Failed(ExitStatus),
    /// Still running after the grace period: SIGKILLed.
    Killed,
}

impl Ending {
    fn from_status(status: ExitStatus) -> Ending {
        if status.success() || status.signal() == Some(Signal::SIGTERM as i32) {
            Ending::Clean
        } else {
            Ending::Failed(status)
        }
    }
}

impl std::fmt::Display for Ending {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Ending::Clean => f.write_str("stopped"),
            Ending::Failed(status) => write!(f, "failed ({status})"),
            Ending::Killed => f.write_str("did not stop in time and was killed"),
        }
    }
}

/// A running child process.
#[derive(Debug)]
pub struct Child {
    name: String,
    /// What it was started from, to start it again after a crash.
    spec: Spec,
    echo: bool,
    /// The readiness URL it was last waited on, to wait on again after a restart.
    probe: Option<String>,
    process: tokio::process::Child,
    tail: Arc<Mutex<VecDeque<String>>>,
    forwarders: Vec<tokio::task::JoinHandle<()>>,
}

impl Child {
    /// Starts `spec`; with `echo`, its output goes to stderr prefixed with `[name]`.
    pub fn spawn(spec: &Spec, echo: bool) -> Result<Child, Error> {
        let mut command = Command::new(&spec.program);
        command
            .args(&spec.args)
            .envs(spec.env.iter().map(|(k, v)| (k, v)))
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            // Its own process group: a terminal's Ctrl-C reaches only the platform, which then
            // stops the children in order instead of all of them dying at once.
            .process_group(0)
            // Safety net when the platform is dropped without stop() (a panicking test).
            .kill_on_drop(true);
        let mut process = command.spawn().map_err(|source| Error::Spawn {
            name: spec.name.clone(),
            program: spec.program.clone(),
            source,
        })?;
        let tail = Arc::new(Mutex::new(VecDeque::with_capacity(TAIL)));
        let mut forwarders = Vec::new();
        if let Some(out) = process.stdout.take() {
            forwarders.push(tokio::spawn(forward(
                out,
                spec.name.clone(),
                echo,
                tail.clone(),
            )));
        }
        if let Some(err) = process.stderr.take() {
            forwarders.push(tokio::spawn(forward(
                err,
                spec.name.clone(),
                echo,
                tail.clone(),
            )));
        }
        Ok(Child {
            name: spec.name.clone(),
            spec: spec.clone(),
            echo,
            probe: None,
            process,
            tail,
            forwarders,
        })
    }

    pub fn name(&self) -> &str {
        &self.name
    }

    /// The child's last output lines.
    pub fn tail(&self) -> Vec<String> {
        self.tail
            .lock()
            .map(|t| t.iter().cloned().collect())
            .unwrap_or_default()
    }

    /// Polls `url` until it answers 2xx; fails as soon as the child exits, or after `timeout`.
    pub async fn wait_ready(&mut self, url: &str, timeout: Duration) -> Result<(), Error> {
        self.probe = Some(url.to_owned());
        let client = reqwest::Client::builder()
            .timeout(Duration::from_secs(2))
            .build()
            .map_err(std::io::Error::other)?;
        let started = Instant::now();
        loop {
            if let Some(status) = self.process.try_wait()? {
                return Err(self.exited(status).await);
            }
            if let Ok(response) = client.get(url).send().await
                && response.status().is_success()
            {
                return Ok(());
            }
            if started.elapsed() > timeout {
                return Err(Error::NotReady {
                    name: self.name.clone(),
                    url: url.to_owned(),
                    waited: timeout,
                    output: self.tail(),
                });
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Waits until `port` on 127.0.0.1 accepts connections (for servers that speak no HTTP,
    /// e.g. a database); fails as soon as the child exits, or after `timeout`.
    pub async fn wait_port(&mut self, port: u16, timeout: Duration) -> Result<(), Error> {
        let started = Instant::now();
        loop {
            if let Some(status) = self.process.try_wait()? {
                return Err(self.exited(status).await);
            }
            if tokio::net::TcpStream::connect(("127.0.0.1", port))
                .await
                .is_ok()
            {
                return Ok(());
            }
            if started.elapsed() > timeout {
                return Err(Error::NotReady {
                    name: self.name.clone(),
                    url: format!("tcp://127.0.0.1:{port}"),
                    waited: timeout,
                    output: self.tail(),
                });
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// The process id, while it runs.
    pub fn pid(&self) -> Option<u32> {
        self.process.id()
    }

    /// Starts the child again from its spec (after it ended), and waits for its readiness
    /// probe, if it had one.
    pub async fn restart(&mut self, timeout: Duration) -> Result<(), Error> {
        let fresh = Child::spawn(&self.spec, self.echo)?;
        let probe = self.probe.take();
        *self = fresh;
        match probe {
            Some(url) => self.wait_ready(&url, timeout).await,
            None => Ok(()),
        }
    }

    /// Waits until the child ends on its own, and says so as an error.
    pub async fn died(&mut self) -> Error {
        match self.process.wait().await {
            Ok(status) => self.exited(status).await,
            Err(error) => Error::Io(error),
        }
    }

    /// SIGTERM, then SIGKILL if it is still running after `grace`. Says how it ended.
    pub async fn stop(mut self, grace: Duration) -> std::io::Result<Ending> {
        if let Some(status) = self.process.try_wait()? {
            return Ok(Ending::from_status(status));
        }
        if let Some(pid) = self.process.id().and_then(|id| i32::try_from(id).ok()) {
            // ESRCH only means it has just ended, which wait() below collects.
            let _ = kill(Pid::from_raw(pid), Signal::SIGTERM);
        }
        match tokio::time::timeout(grace, self.process.wait()).await {
            Ok(status) => Ok(Ending::from_status(status?)),
            Err(_) => {
                self.process.start_kill()?;
                self.process.wait().await?;
                Ok(Ending::Killed)
            }
        }
    }

    /// The error for a child that ended by itself, with its last words: the forwarding tasks
    /// get a moment to read what is left in the pipes (a grandchild may hold them open).
    async fn exited(&mut self, status: ExitStatus) -> Error {
        for forwarder in self.forwarders.drain(..) {
            let _ = tokio::time::timeout(Duration::from_millis(500), forwarder).await;
        }
        Error::Exited {
            name: self.name.clone(),
            status,
            output: self.tail(),
        }
    }
}

async fn forward(
    stream: impl AsyncRead + Unpin,
    name: String,
    echo: bool,
    tail: Arc<Mutex<VecDeque<String>>>,
) {
    let mut lines = BufReader::new(stream).lines();
    while let Ok(Some(line)) = lines.next_line().await {
        if echo {
            eprintln!("[{name}] {line}");
        }
        if let Ok(mut tail) = tail.lock() {
            if tail.len() == TAIL {
                tail.pop_front();
            }
            tail.push_back(line);
        }
    }
}

/// A port on 127.0.0.1 that nothing listens on right now.
pub fn free_port() -> std::io::Result<u16> {
    Ok(std::net::TcpListener::bind("127.0.0.1:0")?
        .local_addr()?
        .port())
}
