//! Hot reload: polls the modification times of every file a mount was loaded from (the spec
//! and every `$ref`'d file) and swaps in the reloaded spec; an invalid edit keeps the last good
//! spec and says why.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use crate::server::Mount;
use crate::spec::Settings;

const POLL: Duration = Duration::from_millis(300);

fn stamps(files: &[PathBuf]) -> HashMap<PathBuf, Option<SystemTime>> {
    files
        .iter()
        .map(|f| {
            let t = std::fs::metadata(f).and_then(|m| m.modified()).ok();
            (f.clone(), t)
        })
        .collect()
}

/// Starts the watcher thread.
pub fn spawn(mounts: Vec<Arc<Mount>>, settings: Settings) {
    std::thread::spawn(move || {
        let mut seen: Vec<HashMap<PathBuf, Option<SystemTime>>> = mounts
            .iter()
            .map(|m| stamps(&m.api.load().source.files))
            .collect();
        loop {
            std::thread::sleep(POLL);
            for (i, mount) in mounts.iter().enumerate() {
                let files: Vec<PathBuf> = seen[i].keys().cloned().collect();
                let now = stamps(&files);
                if now == seen[i] {
                    continue;
                }
                match crate::load_api(&mount.spec, &settings) {
                    Ok((api, warnings)) => {
                        for w in warnings {
                            eprintln!("warning: {w}");
                        }
                        seen[i] = stamps(&api.source.files);
                        for w in api.warm() {
                            eprintln!("warning: {w}");
                        }
                        mount.api.store(Arc::new(api));
                        crate::output::print(&format!("reloaded {}\n", mount.spec));
                    }
                    Err(e) => {
                        seen[i] = now;
                        eprintln!(
                            "reload of {} failed, still serving the last good spec: {e}",
                            mount.spec
                        );
                    }
                }
            }
        }
    });
}
