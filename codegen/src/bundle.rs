//! Loading a contract: YAML (or JSON) files with relative `$ref`s between them become one
//! self-contained JSON document whose only `$ref`s are local (`#/…`).
//!
//! A `$ref` to another file is replaced by the referenced content, except when the root file
//! already names that target under `components` (as the original system's multi-file specs
//! do): then it becomes a local `$ref` to that name, so generated types keep their names.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use serde_json::{Map, Value};

use crate::error::{Error, Result};
use crate::pointer;

/// A file plus a JSON pointer into it: what an external `$ref` designates.
type Target = (PathBuf, String);

/// A bundled document, and where its parts came from.
#[derive(Debug)]
pub struct Bundle {
    pub doc: Value,
    /// (pointer in `doc`, file, pointer in that file) for every part copied from another file.
    origins: Vec<(String, PathBuf, String)>,
}

impl Bundle {
    /// Rewrites an error about the bundled document to name the file and place it came from.
    pub fn locate(&self, error: Error) -> Error {
        let Error::Spec {
            file,
            pointer,
            message,
        } = error
        else {
            return error;
        };
        let best = self
            .origins
            .iter()
            .filter(|(at, _, _)| {
                pointer.starts_with(at.as_str())
                    && matches!(pointer.as_bytes().get(at.len()), None | Some(b'/'))
            })
            .max_by_key(|(at, _, _)| at.len());
        match best {
            Some((at, origin, origin_at)) => Error::Spec {
                file: origin.clone(),
                pointer: format!("{origin_at}{}", &pointer[at.len()..]),
                message,
            },
            None => Error::Spec {
                file,
                pointer,
                message,
            },
        }
    }
}

/// Reads `path` (named `display` in errors) and every file it references, and returns the
/// bundled document.
pub fn bundle(path: &Path, display: &Path) -> Result<Bundle> {
    let root = std::fs::canonicalize(path).map_err(|e| Error::io(display, e))?;
    let mut bundler = Bundler {
        display_root: display.to_path_buf(),
        root: root.clone(),
        files: HashMap::new(),
        named: BTreeMap::new(),
        origins: Vec::new(),
    };
    let doc = bundler.file(&root)?.clone();
    bundler.name_root_components(&doc);
    let bundled = bundler.walk(&doc, &root, "", "", &mut Vec::new())?;
    let bundle = Bundle {
        doc: bundled,
        origins: bundler.origins,
    };
    check_local_refs(&bundle.doc, &bundle.doc, display, &mut String::new())
        .map_err(|e| bundle.locate(e))?;
    Ok(bundle)
}

/// Parses one YAML or JSON file into JSON, reporting syntax errors with line and column.
pub fn parse_file(path: &Path, text: &str) -> Result<Value> {
    let mut yaml: serde_yaml_ng::Value = serde_yaml_ng::from_str(text).map_err(|e| {
        let (line, column) = e
            .location()
            .map(|l| (l.line(), l.column()))
            .unwrap_or((0, 0));
        Error::Syntax {
            file: path.to_path_buf(),
            line,
            column,
            message: e
                .to_string()
                .split(" at line ")
                .next()
                .unwrap_or_default()
                .to_string(),
        }
    })?;
    yaml.apply_merge()
        .map_err(|e| Error::spec(path, "", e.to_string()))?;
    yaml_to_json(path, yaml, &mut String::new())
}

/// YAML allows what JSON does not (non-string keys, `.inf`); keys become strings, the rest
/// is reported.
fn yaml_to_json(file: &Path, yaml: serde_yaml_ng::Value, at: &mut String) -> Result<Value> {
    use serde_yaml_ng::Value as Y;
    Ok(match yaml {
        Y::Null => Value::Null,
        Y::Bool(b) => Value::Bool(b),
        Y::Number(n) => {
            if let Some(i) = n.as_i64() {
                Value::from(i)
            } else if let Some(u) = n.as_u64() {
                Value::from(u)
            } else {
                let f = n.as_f64().unwrap_or(f64::NAN);
                serde_json::Number::from_f64(f)
                    .map(Value::Number)
                    .ok_or_else(|| {
                        Error::spec(file, at.clone(), format!("number {f} is not valid JSON"))
                    })?
            }
        }
        Y::String(s) => Value::String(s),
        Y::Sequence(items) => {
            let mut out = Vec::with_capacity(items.len());
            for (i, item) in items.into_iter().enumerate() {
                let len = at.len();
                pointer::push(at, &i.to_string());
                out.push(yaml_to_json(file, item, at)?);
                at.truncate(len);
            }
            Value::Array(out)
        }
        Y::Mapping(map) => {
            let mut out = Map::new();
            for (k, v) in map {
                let key = match k {
                    Y::String(s) => s,
                    Y::Number(n) => n.to_string(),
                    Y::Bool(b) => b.to_string(),
                    other => {
                        return Err(Error::spec(
                            file,
                            at.clone(),
                            format!("unsupported mapping key {other:?}"),
                        ));
                    }
                };
                let len = at.len();
                pointer::push(at, &key);
                let value = yaml_to_json(file, v, at)?;
                at.truncate(len);
                out.insert(key, value);
            }
            Value::Object(out)
        }
        Y::Tagged(tagged) => yaml_to_json(file, tagged.value, at)?,
    })
}

struct Bundler {
    /// The root as the user named it, for messages.
    display_root: PathBuf,
    root: PathBuf,
    files: HashMap<PathBuf, Value>,
    /// External targets the root names under `components`, and the local pointer naming them.
    named: BTreeMap<Target, String>,
    /// See [`Bundle`].
    origins: Vec<(String, PathBuf, String)>,
}

impl Bundler {
    /// How `file` is named in messages: relative like the root when it sits beside it.
    fn display(&self, file: &Path) -> PathBuf {
        if file == self.root {
            return self.display_root.clone();
        }
        let root_dir = self.root.parent().unwrap_or(Path::new("/"));
        match (file.strip_prefix(root_dir), self.display_root.parent()) {
            (Ok(rel), Some(display_dir)) => display_dir.join(rel),
            _ => file.to_path_buf(),
        }
    }

    fn file(&mut self, path: &Path) -> Result<&Value> {
        if !self.files.contains_key(path) {
            let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
            let display = self.display(path);
            let value = parse_file(&display, &text)?;
            self.files.insert(path.to_path_buf(), value);
        }
        Ok(&self.files[path])
    }

    fn name_root_components(&mut self, doc: &Value) {
        let Some(components) = doc.get("components").and_then(Value::as_object) else {
            return;
        };
        for (kind, entries) in components {
            let Some(entries) = entries.as_object() else {
                continue;
            };
            for (name, entry) in entries {
                let Some(reference) = entry.get("$ref").and_then(Value::as_str) else {
                    continue;
                };
                if reference.starts_with('#') {
                    continue;
                }
                if let Some(target) = resolve_target(&self.root, reference) {
                    let mut local = String::from("#");
                    pointer::push(&mut local, "components");
                    pointer::push(&mut local, kind);
                    pointer::push(&mut local, name);
                    self.named.entry(target).or_insert(local);
                }
            }
        }
    }

    /// Copies `value` (found at `at` in `file`, going to `out_at` in the bundle), replacing
    /// external `$ref`s.
    fn walk(
        &mut self,
        value: &Value,
        file: &Path,
        at: &str,
        out_at: &str,
        stack: &mut Vec<Target>,
    ) -> Result<Value> {
        match value {
            Value::Object(map) => {
                if let Some(Value::String(reference)) = map.get("$ref") {
                    return self.reference(reference, file, at, out_at, stack);
                }
                let mut out = Map::new();
                for (key, child) in map {
                    let child_at = pointer::join(at, key);
                    let child_out = pointer::join(out_at, key);
                    out.insert(
                        key.clone(),
                        self.walk(child, file, &child_at, &child_out, stack)?,
                    );
                }
                Ok(Value::Object(out))
            }
            Value::Array(items) => {
                let mut out = Vec::with_capacity(items.len());
                for (i, child) in items.iter().enumerate() {
                    out.push(self.walk(
                        child,
                        file,
                        &format!("{at}/{i}"),
                        &format!("{out_at}/{i}"),
                        stack,
                    )?);
                }
                Ok(Value::Array(out))
            }
            other => Ok(other.clone()),
        }
    }

    fn reference(
        &mut self,
        reference: &str,
        file: &Path,
        at: &str,
        out_at: &str,
        stack: &mut Vec<Target>,
    ) -> Result<Value> {
        let ref_at = format!("{at}/$ref");
        let Some(target) = resolve_target(file, reference) else {
            return Err(Error::spec(
                self.display(file),
                ref_at,
                format!("malformed $ref {reference:?}"),
            ));
        };
        if target.0 == self.root {
            // Back into the root document: stays (or becomes) a local reference.
            return Ok(serde_json::json!({ "$ref": format!("#{}", target.1) }));
        }
        if let Some(local) = self.named.get(&target) {
            // The root names this target; refer to the name, unless this is the naming entry.
            let is_naming_site = file == self.root && format!("#{at}") == *local;
            if !is_naming_site {
                return Ok(serde_json::json!({ "$ref": local }));
            }
        }
        if stack.contains(&target) {
            return Err(Error::spec(
                self.display(file),
                ref_at,
                format!(
                    "$ref {reference:?} is recursive across files; name it under components in the root file"
                ),
            ));
        }
        let (target_file, fragment) = target.clone();
        let content = match self.file(&target_file) {
            Ok(doc) => pointer::get(doc, &fragment).cloned(),
            Err(Error::Io { source, .. }) => {
                return Err(Error::spec(
                    self.display(file),
                    ref_at,
                    format!("unresolved $ref {reference:?}: {source}"),
                ));
            }
            Err(other) => return Err(other),
        };
        let Some(content) = content else {
            return Err(Error::spec(
                self.display(file),
                ref_at,
                format!(
                    "unresolved $ref {reference:?}: no {fragment:?} in {}",
                    target_file.display()
                ),
            ));
        };
        self.origins.push((
            out_at.to_string(),
            self.display(&target_file),
            fragment.clone(),
        ));
        stack.push(target);
        let out = self.walk(&content, &target_file, &fragment, out_at, stack);
        stack.pop();
        out
    }
}

/// Where `reference`, written in `from`, points: (absolute file, pointer).
fn resolve_target(from: &Path, reference: &str) -> Option<Target> {
    let (file_part, fragment) = match reference.split_once('#') {
        Some((f, frag)) => (f, frag.to_string()),
        None => (reference, String::new()),
    };
    if !fragment.is_empty() && !fragment.starts_with('/') {
        return None;
    }
    let file = if file_part.is_empty() {
        from.to_path_buf()
    } else {
        if file_part.contains("://") {
            return None;
        }
        let joined = from.parent().unwrap_or(Path::new(".")).join(file_part);
        std::fs::canonicalize(&joined).unwrap_or(normalize(&joined))
    };
    Some((file, fragment))
}

/// `a/b/../c` → `a/c` without touching the file system (for files that do not exist).
fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for part in path.components() {
        match part {
            std::path::Component::ParentDir => {
                out.pop();
            }
            std::path::Component::CurDir => {}
            other => out.push(other),
        }
    }
    out
}

/// Every remaining `$ref` must be local and resolve inside the bundled document.
fn check_local_refs(value: &Value, doc: &Value, file: &Path, at: &mut String) -> Result<()> {
    match value {
        Value::Object(map) => {
            if let Some(reference) = map.get("$ref") {
                let ok = reference
                    .as_str()
                    .and_then(|r| r.strip_prefix('#'))
                    .is_some_and(|p| pointer::get(doc, p).is_some());
                if !ok {
                    return Err(Error::spec(
                        file,
                        format!("{at}/$ref"),
                        format!("unresolved $ref {reference}"),
                    ));
                }
            }
            for (key, child) in map {
                let len = at.len();
                pointer::push(at, key);
                check_local_refs(child, doc, file, at)?;
                at.truncate(len);
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                let len = at.len();
                pointer::push(at, &i.to_string());
                check_local_refs(child, doc, file, at)?;
                at.truncate(len);
            }
        }
        _ => {}
    }
    Ok(())
}
