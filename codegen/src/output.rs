//! Generated files: rendering (header, prettyplease), writing, and comparing with what is on
//! disk for `codegen check`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use proc_macro2::TokenStream;

use crate::error::{Error, Result};

/// Where a generated file came from, for its header.
#[derive(Debug, Clone)]
pub struct Provenance {
    /// The spec as named on the command line (e.g. `specs/recambios.yaml`).
    pub spec: String,
    /// The command that writes the file.
    pub command: String,
}

impl Provenance {
    fn lines(&self, comment: &str) -> String {
        format!(
            "{comment} @generated from {} by `{}`.\n{comment} Do not edit: change the spec or codegen/, then regenerate.\n",
            self.spec, self.command
        )
    }
}

/// One file to write, its path relative to the output folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GeneratedFile {
    pub path: PathBuf,
    pub contents: String,
}

/// A Rust source file from `tokens`, formatted with prettyplease.
pub fn rust_file(
    path: impl Into<PathBuf>,
    from: &Provenance,
    tokens: TokenStream,
) -> Result<GeneratedFile> {
    let path = path.into();
    let file: syn::File = syn::parse2(tokens).map_err(|e| Error::Generator {
        file: PathBuf::from(&from.spec),
        pointer: String::new(),
        stage: "formatting",
        message: format!("{}: generated code does not parse: {e}", path.display()),
    })?;
    Ok(GeneratedFile {
        contents: format!("{}\n{}", from.lines("//"), prettyplease::unparse(&file)),
        path,
    })
}

/// A TOML file (already formatted) with the header.
pub fn toml_file(path: impl Into<PathBuf>, from: &Provenance, body: &str) -> GeneratedFile {
    GeneratedFile {
        path: path.into(),
        contents: format!("{}\n{body}", from.lines("#")),
    }
}

/// A Rust file written as text (no token round trip), with the header.
pub fn text_rust_file(path: impl Into<PathBuf>, from: &Provenance, body: &str) -> GeneratedFile {
    GeneratedFile {
        path: path.into(),
        contents: format!("{}\n{body}", from.lines("//")),
    }
}

/// Every file under `dir`, relative to it, with its contents.
pub fn read_tree(dir: &Path) -> Result<BTreeMap<PathBuf, Vec<u8>>> {
    let mut out = BTreeMap::new();
    if dir.exists() {
        read_tree_into(dir, Path::new(""), &mut out)?;
    }
    Ok(out)
}

fn read_tree_into(root: &Path, rel: &Path, out: &mut BTreeMap<PathBuf, Vec<u8>>) -> Result<()> {
    let dir = root.join(rel);
    let entries = std::fs::read_dir(&dir).map_err(|e| Error::io(&dir, e))?;
    let mut names = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| Error::io(&dir, e))?;
        names.push(entry.file_name());
    }
    names.sort();
    for name in names {
        let rel_child = rel.join(&name);
        let full = root.join(&rel_child);
        if full.is_dir() {
            read_tree_into(root, &rel_child, out)?;
        } else {
            let bytes = std::fs::read(&full).map_err(|e| Error::io(&full, e))?;
            out.insert(rel_child, bytes);
        }
    }
    Ok(())
}

/// How the tree on disk differs from the generated files.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Drift {
    pub changed: Vec<PathBuf>,
    pub missing: Vec<PathBuf>,
    pub extra: Vec<PathBuf>,
}

impl Drift {
    pub fn is_clean(&self) -> bool {
        self.changed.is_empty() && self.missing.is_empty() && self.extra.is_empty()
    }
}

/// Compares `files` with `on_disk`; files on disk under `scope` (relative folders) that are not
/// generated count as extra.
pub fn drift(
    files: &[GeneratedFile],
    on_disk: &BTreeMap<PathBuf, Vec<u8>>,
    scope: &[PathBuf],
) -> Drift {
    let mut drift = Drift::default();
    let mut expected = BTreeMap::new();
    for f in files {
        expected.insert(f.path.clone(), f);
        match on_disk.get(&f.path) {
            None => drift.missing.push(f.path.clone()),
            Some(bytes) if bytes != f.contents.as_bytes() => drift.changed.push(f.path.clone()),
            Some(_) => {}
        }
    }
    for path in on_disk.keys() {
        if !expected.contains_key(path) && scope.iter().any(|s| path.starts_with(s)) {
            drift.extra.push(path.clone());
        }
    }
    drift
}

/// Writes the files that differ under `out`, removes `extra` ones; returns how many were written.
pub fn write(out: &Path, files: &[GeneratedFile], drift: &Drift) -> Result<usize> {
    let mut written = 0;
    for f in files {
        if drift.changed.contains(&f.path) || drift.missing.contains(&f.path) {
            let full = out.join(&f.path);
            if let Some(parent) = full.parent() {
                std::fs::create_dir_all(parent).map_err(|e| Error::io(parent, e))?;
            }
            std::fs::write(&full, &f.contents).map_err(|e| Error::io(&full, e))?;
            written += 1;
        }
    }
    for path in &drift.extra {
        let full = out.join(path);
        std::fs::remove_file(&full).map_err(|e| Error::io(&full, e))?;
    }
    Ok(written)
}
