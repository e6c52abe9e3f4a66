//! Where the platform finds what it runs: the repository's contracts and Caddyfile, the
//! `mock-server` and `recambios` binaries, and the `caddy` binary.

use std::path::{Path, PathBuf};

use crate::error::Error;

/// The Caddyfile shared with compose and Kubernetes, relative to the repository root.
pub const CADDYFILE: &str = "k8s/base/gateway/Caddyfile";

/// Paths of everything the platform starts.
#[derive(Debug, Clone)]
pub struct Layout {
    /// Repository root: holds `specs/` and the Caddyfile.
    pub root: PathBuf,
    /// Folder with the `mock-server` and `recambios` binaries (a cargo target profile folder).
    pub bin_dir: PathBuf,
    /// The Caddy binary.
    pub caddy: PathBuf,
}

impl Layout {
    pub fn caddyfile(&self) -> PathBuf {
        self.root.join(CADDYFILE)
    }

    pub fn contract(&self, service: &str) -> PathBuf {
        self.root.join("specs").join(format!("{service}.yaml"))
    }

    pub fn mock_server(&self) -> PathBuf {
        self.bin_dir.join("mock-server")
    }

    pub fn recambios(&self) -> PathBuf {
        self.bin_dir.join("recambios")
    }

    /// Fails with what is missing and how to get it, before anything is started.
    pub fn check(&self, mocked: &[&str]) -> Result<(), Error> {
        const BUILD: &str = "build it with `cargo build --release -p mock-server -p recambios` \
                             (scripts/run does) or pass --bin-dir";
        require(
            "the Caddyfile",
            self.caddyfile(),
            "pass --root <repository>",
        )?;
        for service in mocked {
            require(
                "a contract",
                self.contract(service),
                "pass --root <repository>",
            )?;
        }
        require("mock-server", self.mock_server(), BUILD)?;
        require("recambios", self.recambios(), BUILD)?;
        require(
            "caddy",
            self.caddy.clone(),
            "install it: `. scripts/tools.sh; ensure_caddy`",
        )
    }
}

/// `name` as the shell would find it on PATH (or `name` itself when it is a path).
pub fn on_path(name: &Path) -> PathBuf {
    if name.components().count() > 1 {
        return name.to_path_buf();
    }
    std::env::var_os("PATH")
        .iter()
        .flat_map(std::env::split_paths)
        .map(|dir| dir.join(name))
        .find(|candidate| candidate.is_file())
        .unwrap_or_else(|| name.to_path_buf())
}

fn require(what: &'static str, path: PathBuf, hint: &'static str) -> Result<(), Error> {
    if Path::new(&path).exists() {
        Ok(())
    } else {
        Err(Error::Missing { what, path, hint })
    }
}
