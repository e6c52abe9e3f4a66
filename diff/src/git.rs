//! Contract versions named as the CLI takes them: a file or URL, or `git:REV:path` (the path
//! from the repository's root, as `git show REV:path` takes it). A version from git is
//! written to a temporary folder with every YAML and JSON file beside and below it at REV,
//! so multi-file contracts load as they were; all blobs are read by one `git cat-file`.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

use crate::document::Contract;
use crate::error::Error;

/// Loads `spec`: `git:REV:path`, or a file path or URL.
pub fn load_spec(spec: &str) -> Result<Contract, Error> {
    let Some(rest) = spec.strip_prefix("git:") else {
        return Ok(Contract::load(spec, Some(spec))?);
    };
    let fail = |message: String| Error::Git {
        spec: spec.to_string(),
        message,
    };
    let Some((rev, path)) = rest
        .split_once(':')
        .filter(|(r, p)| !r.is_empty() && !p.is_empty())
    else {
        return Err(fail("expected git:REV:path".into()));
    };
    let path = path.trim_start_matches("./");
    let root = git(&["rev-parse", "--show-toplevel"], None).map_err(&fail)?;
    let root = root.trim_end();
    let dir = Path::new(path)
        .parent()
        .map_or(String::new(), |d| d.to_string_lossy().into_owned());
    let mut list = vec!["ls-tree", "-r", "--name-only", rev, "--"];
    if !dir.is_empty() {
        list.push(&dir);
    }
    let listing = git(&list, Some(root)).map_err(&fail)?;
    let files: Vec<&str> = listing
        .lines()
        .filter(|f| [".yaml", ".yml", ".json"].iter().any(|e| f.ends_with(e)))
        .collect();
    if !files.contains(&path) {
        return Err(fail(format!("no file {path} at {rev}")));
    }
    let tmp = tempfile::tempdir().map_err(|e| fail(format!("temporary folder: {e}")))?;
    let blobs = cat_files(root, rev, &files).map_err(&fail)?;
    for (file, text) in files.iter().zip(blobs) {
        let out = tmp.path().join(file);
        if let Some(parent) = out.parent() {
            std::fs::create_dir_all(parent)
                .map_err(|e| fail(format!("{}: {e}", parent.display())))?;
        }
        std::fs::write(&out, text).map_err(|e| fail(format!("{}: {e}", out.display())))?;
    }
    let local = tmp.path().join(path);
    Ok(Contract::load(
        &local.to_string_lossy(),
        Some(&format!("{rev}:{path}")),
    )?)
}

/// Runs git (in `dir`), answering its stdout or its first stderr line.
fn git(args: &[&str], dir: Option<&str>) -> Result<String, String> {
    let mut cmd = Command::new("git");
    cmd.args(args);
    if let Some(dir) = dir {
        cmd.current_dir(dir);
    }
    let out = cmd.output().map_err(|e| format!("git: {e}"))?;
    if !out.status.success() {
        let err = String::from_utf8_lossy(&out.stderr);
        return Err(format!(
            "git {}: {}",
            args[0],
            err.lines().next().unwrap_or("failed")
        ));
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

/// The contents of `files` at `rev`, in order, through one `git cat-file --batch`.
fn cat_files(root: &str, rev: &str, files: &[&str]) -> Result<Vec<Vec<u8>>, String> {
    let mut child = Command::new("git")
        .args(["cat-file", "--batch"])
        .current_dir(root)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("git: {e}"))?;
    let mut input = String::new();
    for f in files {
        input.push_str(&format!("{rev}:{f}\n"));
    }
    let mut stdin = child.stdin.take().ok_or("git cat-file: no stdin")?;
    // Written from a thread: git answers while it reads, and a full pipe would stall both.
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let out = child
        .wait_with_output()
        .map_err(|e| format!("git cat-file: {e}"))?;
    writer
        .join()
        .map_err(|_| "git cat-file: writer failed".to_string())?
        .map_err(|e| format!("git cat-file: {e}"))?;
    if !out.status.success() {
        return Err(format!(
            "git cat-file: {}",
            String::from_utf8_lossy(&out.stderr).trim()
        ));
    }
    let mut rest = &out.stdout[..];
    let mut blobs = Vec::with_capacity(files.len());
    for f in files {
        let nl = rest
            .iter()
            .position(|&b| b == b'\n')
            .ok_or("git cat-file: short answer")?;
        let header = String::from_utf8_lossy(&rest[..nl]).into_owned();
        rest = &rest[nl + 1..];
        let size: usize = match header.rsplit(' ').next().and_then(|s| s.parse().ok()) {
            Some(size) if !header.ends_with(" missing") => size,
            _ => return Err(format!("git cat-file: {f}: {header}")),
        };
        if rest.len() < size {
            return Err("git cat-file: short answer".into());
        }
        blobs.push(rest[..size].to_vec());
        rest = rest.get(size + 1..).unwrap_or_default();
    }
    Ok(blobs)
}
