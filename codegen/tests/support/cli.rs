//! Runs the `codegen` binary in a folder; shared by the CLI tests (`#[path]`-included).

use std::path::Path;
use std::process::{Command, Output};

pub fn codegen(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_codegen"))
        .current_dir(dir)
        .args(args)
        .output()
        .expect("codegen runs")
}

pub fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).to_string()
}
