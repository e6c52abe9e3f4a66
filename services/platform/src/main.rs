//! `taller`: the whole platform on this machine, in one command. See the crate docs of
//! `taller_platform` for what it starts; `taller --help` for the options.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use clap::Parser;
use taller_platform::{Layout, Options, Platform, Recambios, layout::on_path};
use tokio::signal::unix::{SignalKind, signal};

/// Runs the whole taller platform locally, with no Docker and no database server: Caddy with
/// the project's Caddyfile on --listen, recambios (embedded store, or MongoDB with
/// MONGODB_URI) and the six other services mocked from their contracts. Ctrl-C stops it.
#[derive(Debug, Parser)]
#[command(name = "taller", version)]
struct Cli {
    /// Address of the gateway, the platform's only entry.
    #[arg(long, env = "TALLER_LISTEN", default_value = "127.0.0.1:8080")]
    listen: SocketAddr,

    /// recambios' MongoDB (e.g. mongodb://127.0.0.1:27017). Unset: its embedded store.
    #[arg(long, env = "MONGODB_URI")]
    mongodb_uri: Option<String>,

    /// Database recambios uses on MONGODB_URI.
    #[arg(long, env = "MONGODB_DATABASE", default_value = "taller")]
    mongodb_database: String,

    /// Folder for recambios' embedded store and Caddy's state (kept between runs).
    #[arg(long, env = "TALLER_DATA_DIR", default_value = "target/taller-data")]
    data_dir: PathBuf,

    /// The repository: its specs/ and k8s/base/gateway/Caddyfile are what runs.
    #[arg(long, env = "TALLER_ROOT", default_value = ".")]
    root: PathBuf,

    /// Folder with the mock-server and recambios binaries [default: this binary's folder].
    #[arg(long, env = "TALLER_BIN_DIR")]
    bin_dir: Option<PathBuf>,

    /// The Caddy binary (a name is looked up on PATH).
    #[arg(long, env = "CADDY", default_value = "caddy")]
    caddy: PathBuf,

    /// Seconds each process may take to become ready.
    #[arg(long, default_value_t = 30)]
    ready_timeout: u64,

    /// Do not show the processes' logs.
    #[arg(long, short)]
    quiet: bool,

    /// HS256 secret the platform's tokens are signed and checked with [default: a random one
    /// per run].
    #[arg(long, env = "JWT_SECRET", hide_env_values = true)]
    jwt_secret: Option<String>,

    /// Secret of the `developer` client of the token endpoint (/auth/token, the contracts'
    /// OAuth2 tokenUrl) [default: a random one per run].
    #[arg(long, env = "TALLER_CLIENT_SECRET", hide_env_values = true)]
    client_secret: Option<String>,
}

#[tokio::main]
async fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("taller: {message}");
            ExitCode::FAILURE
        }
    }
}

async fn run(cli: Cli) -> Result<(), String> {
    let bin_dir = match cli.bin_dir {
        Some(dir) => dir,
        None => std::env::current_exe()
            .ok()
            .and_then(|exe| exe.parent().map(PathBuf::from))
            .ok_or("cannot tell this binary's folder: pass --bin-dir")?,
    };
    let layout = Layout {
        root: cli.root.clone(),
        bin_dir,
        caddy: on_path(&cli.caddy),
    };
    let recambios = match cli.mongodb_uri {
        Some(uri) => Recambios::Mongo {
            uri,
            database: cli.mongodb_database,
        },
        None => Recambios::Embedded {
            data_dir: cli.data_dir.join("recambios"),
        },
    };
    let store = match &recambios {
        Recambios::Embedded { data_dir } => format!("embedded store in {}", data_dir.display()),
        Recambios::Mongo { database, .. } => format!("MongoDB (MONGODB_URI), database {database}"),
    };
    let options = Options {
        listen: cli.listen,
        recambios,
        state_dir: cli.data_dir.join("caddy"),
        echo: !cli.quiet,
        ready_timeout: Duration::from_secs(cli.ready_timeout),
        jwt_secret: cli.jwt_secret.unwrap_or_else(random_secret),
        client_secret: cli.client_secret.unwrap_or_else(random_secret),
    };

    // Installed before starting anything, so an early Ctrl-C still stops what has started.
    let mut interrupt = signal(SignalKind::interrupt()).map_err(|e| e.to_string())?;
    let mut terminate = signal(SignalKind::terminate()).map_err(|e| e.to_string())?;
    let mut hangup = signal(SignalKind::hangup()).map_err(|e| e.to_string())?;

    let mut platform = tokio::select! {
        started = Platform::start(&layout, &options) => started.map_err(|e| e.to_string())?,
        _ = interrupt.recv() => return Err("interrupted while starting".into()),
    };
    print_routes(&platform, &options, &store);

    let outcome = tokio::select! {
        _ = interrupt.recv() => Ok(()),
        _ = terminate.recv() => Ok(()),
        _ = hangup.recv() => Ok(()),
        died = platform.supervise(options.ready_timeout, |news| eprintln!("taller: {news}")) => {
            Err(died.to_string())
        }
    };
    eprintln!("taller: stopping");
    let unclean = platform.stop().await;
    if !unclean.is_empty() {
        eprintln!("taller: did not stop cleanly: {}", unclean.join(", "));
    }
    outcome
}

/// Writes the routes table to stdout. A closed stdout (a pager quit, a parent that stopped
/// reading) must not stop the platform, so write errors are ignored rather than panicking
/// as `println!` would.
fn print_routes(platform: &Platform, options: &Options, store: &str) {
    use std::fmt::Write as _;
    use std::io::Write as _;
    let mut text = String::new();
    let _ = writeln!(text);
    let _ = writeln!(
        text,
        "taller is up on {}   (Ctrl-C stops it)",
        platform.base_url()
    );
    let _ = writeln!(text);
    let _ = writeln!(text, "  {:<15} {:<48} docs", "service", "API");
    for (name, api, docs) in platform.routes() {
        let _ = writeln!(text, "  {name:<15} {api:<48} {docs}");
    }
    let _ = writeln!(text);
    let _ = writeln!(
        text,
        "  recambios is real ({store}); the others are mocked from specs/."
    );
    let _ = writeln!(text);
    let _ = writeln!(
        text,
        "  Every API needs a token. A development one, with every scope, for 24 h:"
    );
    let _ = writeln!(text);
    let _ = writeln!(text, "  TOKEN={}", platform.dev_token());
    let _ = writeln!(text);
    let _ = writeln!(
        text,
        "  curl -H \"Authorization: Bearer $TOKEN\" {}/api/v1/recambios",
        platform.base_url()
    );
    let _ = writeln!(text);
    let _ = writeln!(
        text,
        "  Or get one as an OAuth2 client would (a docs page's Authorize button does this):"
    );
    let _ = writeln!(
        text,
        "  client_id {}, client_secret {}, token URL {}",
        taller_platform::issuer::CLIENT_ID,
        options.client_secret,
        platform.token_url()
    );
    let _ = writeln!(text);
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(text.as_bytes()).and_then(|()| out.flush());
}

/// 32 random bytes from the OS, as hex: the HS256 secret of one local run.
fn random_secret() -> String {
    use std::io::Read as _;
    let mut bytes = [0u8; 32];
    match std::fs::File::open("/dev/urandom").and_then(|mut f| f.read_exact(&mut bytes)) {
        Ok(()) => bytes.iter().map(|b| format!("{b:02x}")).collect(),
        // Without /dev/urandom the secret is only as good as the process' hash seed.
        Err(_) => {
            use std::hash::{BuildHasher, Hasher};
            let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
            hasher.write_u32(std::process::id());
            format!("{:016x}", hasher.finish())
        }
    }
}
