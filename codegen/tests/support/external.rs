//! External suites: test material that lives outside the repository (the 2023 system's specs,
//! Prism's harness), found through one setting, `TALLER_SHARED`, which defaults to `../shared`
//! beside the repository. Shared by the codegen and mock-server tests (`#[path]`-included).
//!
//! A suite that is absent is reported as not run, by name, on one line; under `CI=true` its
//! absence is a failure, so CI never skips it.

use std::path::{Path, PathBuf};

/// `relative` inside the external folder, or `None` (after one "not run" line) when absent.
pub fn external_suite(repo: &Path, relative: &str, what: &str) -> Option<PathBuf> {
    let explicit = std::env::var_os("TALLER_SHARED").filter(|v| !v.is_empty());
    let base = explicit
        .clone()
        .map_or_else(|| repo.join("../shared"), PathBuf::from);
    let path = base.join(relative);
    if path.exists() {
        return Some(path);
    }
    let line = format!(
        "not run: {what}: {} not found (set TALLER_SHARED to the folder that holds {relative})",
        path.display()
    );
    let ci = std::env::var("CI").is_ok_and(|v| v == "true" || v == "1");
    assert!(!ci, "{line}; CI=true requires every external suite");
    assert!(explicit.is_none(), "{line}; TALLER_SHARED is set but wrong");
    eprintln!("{line}");
    None
}
