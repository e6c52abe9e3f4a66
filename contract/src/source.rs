//! Reads a spec and every file it `$ref`s (local files or http(s) URLs) into JSON values.
//!
//! Each document is keyed by an absolute URI (`file:///abs/path.yaml` or the URL). Every `$ref`
//! is rewritten to the absolute form `<key>#<pointer>`, so any subtree can be used anywhere
//! (generators, validators) without tracking which file it came from. The same keys register the
//! documents with the JSON Schema validator, so cross-file references resolve there too.

use std::collections::{HashMap, VecDeque};
use std::path::{Path, PathBuf};

use percent_encoding::{AsciiSet, CONTROLS, percent_decode_str, utf8_percent_encode};
use serde_json::{Map, Value};

use crate::error::LoadError;

/// Characters escaped when a file path becomes a `file://` URI.
const PATH_ESCAPE: &AsciiSet = &CONTROLS
    .add(b' ')
    .add(b'"')
    .add(b'#')
    .add(b'%')
    .add(b'<')
    .add(b'>')
    .add(b'?')
    .add(b'`')
    .add(b'{')
    .add(b'}')
    .add(b'|');

/// The OpenAPI generation of the root document (after a Swagger 2.0 input is converted, 3.0).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OasVersion {
    V30,
    V31,
}

/// What the user's root document was written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Input {
    Swagger2,
    OpenApi30,
    OpenApi31,
    /// A Postman collection (v2.0/v2.1), converted to OpenAPI 3.0.
    Postman,
}

/// A loaded spec: the root document and everything it references.
#[derive(Debug)]
pub struct Source {
    /// Key of the root document.
    pub root: String,
    /// Every document by key, `$ref`s already absolute.
    pub docs: HashMap<String, Value>,
    /// Local files read (watched for hot reload).
    pub files: Vec<PathBuf>,
    pub version: OasVersion,
    /// What the root was written in.
    pub input: Input,
    /// The root as the user named it, for messages.
    pub display: String,
    namer: Namer,
}

/// How documents are named in messages.
#[derive(Debug, Clone)]
struct Namer {
    root: String,
    display: Option<String>,
}

impl Namer {
    fn name(&self, key: &str) -> String {
        let Some(display) = &self.display else {
            return Source::display_key(key);
        };
        if key == self.root {
            return display.clone();
        }
        // A file beside the root is named relative to it, as the user named the root.
        let root_dir = &self.root[..self.root.rfind('/').map_or(0, |i| i + 1)];
        match (key.strip_prefix(root_dir), display.rfind('/')) {
            (Some(rel), Some(i)) => format!(
                "{}/{}",
                &display[..i],
                percent_decode_str(rel).decode_utf8_lossy()
            ),
            (Some(rel), None) => percent_decode_str(rel).decode_utf8_lossy().into_owned(),
            _ => Source::display_key(key),
        }
    }
}

impl Source {
    /// The root document.
    pub fn root_doc(&self) -> &Value {
        &self.docs[&self.root]
    }

    /// Resolves an absolute `$ref` (`key#pointer`), or a local one (`#pointer`, into the root,
    /// as in a [`Source::into_bundled`] source), to its target, without following further refs.
    pub fn lookup(&self, reference: &str) -> Option<&Value> {
        let (key, frag) = reference.split_once('#').unwrap_or((reference, ""));
        let key = if key.is_empty() { &self.root } else { key };
        let doc = self.docs.get(key)?;
        if frag.is_empty() {
            return Some(doc);
        }
        let pointer = percent_decode_str(frag).decode_utf8().ok()?;
        crate::pointer::walk(doc, &pointer)
    }

    /// Follows a chain of `$ref`s (bounded, so a self-loop cannot hang) to the final object.
    pub fn deref<'a>(&'a self, mut value: &'a Value) -> &'a Value {
        for _ in 0..32 {
            match value.get("$ref").and_then(Value::as_str) {
                Some(r) => match self.lookup(r) {
                    Some(target) => value = target,
                    None => return value,
                },
                None => return value,
            }
        }
        value
    }

    /// Names the document `key` in messages, as [`load_named`] was asked to.
    pub fn name(&self, key: &str) -> String {
        self.namer.name(key)
    }

    /// Names a document key for messages: the file path for local files.
    pub fn display_key(key: &str) -> String {
        match key.strip_prefix("file://") {
            Some(p) => percent_decode_str(p).decode_utf8_lossy().into_owned(),
            None => key.to_string(),
        }
    }
}

/// Loads `spec` (a path or an http(s) URL) and every document it references, as written:
/// Swagger 2.0 converted to OpenAPI 3.0, every `$ref` absolute and checked to resolve. Schemas
/// keep their OpenAPI dialect; [`Source::to_json_schema_dialect`] and
/// [`crate::normalize::to_openapi30`] adapt them for a validator or a generator. Messages name
/// files by absolute path.
pub fn load(spec: &str) -> Result<Source, LoadError> {
    load_named(spec, None)
}

/// Largest document read, local or remote (the largest public specs are a few MB).
pub const MAX_DOCUMENT_BYTES: u64 = 64 * 1024 * 1024;

/// How long a remote document may take to arrive.
const REMOTE_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(20);

/// Where a contract's `$ref`s may lead. By default a local contract reads files in its own
/// folder and below only, and no network; a remote contract reads documents of its own scheme
/// only, never a local file.
#[derive(Clone, Debug, Default)]
pub struct Scope {
    /// Widens (or moves) the folder local files may be read from.
    pub root: Option<PathBuf>,
    /// A local contract may refer to http(s) documents.
    pub remote: bool,
}

/// [`load`], naming the root `display` in messages (and files beside it relative to it).
pub fn load_named(spec: &str, display: Option<&str>) -> Result<Source, LoadError> {
    load_scoped(spec, display, &Scope::default())
}

/// The folder local `$ref`s must stay in, as a `file://` key prefix ending in `/`.
fn allowed_folder(root_key: &str, scope: &Scope) -> Result<Option<String>, LoadError> {
    if let Some(dir) = &scope.root {
        let abs = std::fs::canonicalize(dir).map_err(|e| LoadError::Read {
            file: dir.display().to_string(),
            msg: e.to_string(),
        })?;
        return Ok(Some(format!("{}/", file_key(&abs).trim_end_matches('/'))));
    }
    Ok(root_key
        .strip_prefix("file://")
        .and_then(|_| root_key.rfind('/'))
        .map(|slash| root_key[..=slash].to_string()))
}

/// Why `target`, named by a `$ref` in `from`, may not be read, if it may not.
fn out_of_scope(root: &str, folder: Option<&str>, scope: &Scope, target: &str) -> Option<String> {
    let local = target.starts_with("file://");
    if is_url(root) {
        let scheme = |k: &str| k.split(':').next().unwrap_or_default().to_string();
        return if local {
            Some("a remote document cannot refer to local files".into())
        } else if scheme(target) != scheme(root) {
            Some(format!(
                "a {} document cannot refer to another scheme",
                scheme(root)
            ))
        } else {
            None
        };
    }
    if !local {
        return (!(is_url(target) && scope.remote)).then(|| {
            "a local document refers to the network only when allowed (--allow-remote-refs)".into()
        });
    }
    let folder = folder?;
    // Symbolic links count where they lead.
    let real = target
        .strip_prefix("file://")
        .map(|rest| PathBuf::from(percent_decode_str(rest).decode_utf8_lossy().into_owned()))
        .and_then(|path| std::fs::canonicalize(path).ok())
        .map(|path| file_key(&path));
    let inside = |key: &str| key.starts_with(folder);
    if inside(target) && real.as_deref().is_none_or(inside) {
        None
    } else {
        Some(format!(
            "refers outside {} (--ref-root widens it)",
            Source::display_key(folder.trim_end_matches('/'))
        ))
    }
}

/// [`load_named`] with `$ref`s confined to `scope`.
pub fn load_scoped(spec: &str, display: Option<&str>, scope: &Scope) -> Result<Source, LoadError> {
    let root = if is_url(spec) {
        spec.to_string()
    } else {
        let path = Path::new(spec);
        let abs = std::fs::canonicalize(path).map_err(|e| LoadError::Read {
            file: display.unwrap_or(spec).to_string(),
            msg: e.to_string(),
        })?;
        file_key(&abs)
    };
    let namer = Namer {
        root: root.clone(),
        display: display.map(str::to_string),
    };
    let folder = allowed_folder(&root, scope)?;
    let mut docs = HashMap::new();
    let mut files = Vec::new();
    let mut input = Input::OpenApi30;
    // Each document to read, with the first `$ref` that named it (document, pointer).
    let mut queue = VecDeque::from([(root.clone(), None::<(String, String)>)]);
    while let Some((key, referrer)) = queue.pop_front() {
        if docs.contains_key(&key) {
            continue;
        }
        let shown = namer.name(&key);
        let text = match (&referrer, fetch(&shown, &key, &mut files)) {
            (_, Ok(text)) => text,
            (None, Err(e)) => return Err(e),
            (Some((from, at)), Err(e)) => {
                let why = match e {
                    LoadError::Read { msg, .. } => msg,
                    other => other.to_string(),
                };
                return Err(LoadError::invalid(
                    &namer.name(from),
                    &format!("{at}/$ref"),
                    format!("unresolvable reference {shown}: {why}"),
                ));
            }
        };
        let mut value = parse(&shown, &text)?;
        if key == root
            && value
                .get("swagger")
                .and_then(Value::as_str)
                .is_some_and(|v| v.starts_with("2."))
        {
            crate::swagger2::convert(&mut value);
            input = Input::Swagger2;
        } else if key == root && crate::postman::is_collection(&value) {
            crate::postman::convert(&mut value);
            input = Input::Postman;
        }
        let mut pending = Vec::new();
        absolutize_refs(&key, &mut value, &mut String::new(), &mut pending);
        for (target, at) in pending {
            // A spec must not read this machine's files beyond its own folder, nor the network
            // unless allowed; a remote one no local file at all.
            let why = if is_url(&key) && target.starts_with("file://") {
                Some("a remote document cannot refer to local files".to_string())
            } else {
                out_of_scope(&root, folder.as_deref(), scope, &target)
            };
            if let Some(why) = why {
                return Err(LoadError::invalid(&shown, &format!("{at}/$ref"), why));
            }
            if !docs.contains_key(&target) {
                queue.push_back((target, Some((key.clone(), at))));
            }
        }
        docs.insert(key, value);
    }
    let display = namer.name(&root);
    let version = detect_version(&display, &docs[&root])?;
    if version == OasVersion::V31 {
        input = Input::OpenApi31;
    }
    let source = Source {
        root,
        docs,
        files,
        version,
        input,
        display,
        namer,
    };
    check_refs(&source)?;
    Ok(source)
}

impl Source {
    /// The same contract as one document with local `$ref`s only ([`crate::bundle`]), still
    /// watching every file it was read from: what a consumer compiling validators with
    /// [`crate::validate::Schema`] needs.
    pub fn into_bundled(self) -> Result<Source, LoadError> {
        let bundled = crate::bundle::bundle(&self)?;
        Ok(Source {
            docs: HashMap::from([(self.root.clone(), bundled.doc)]),
            ..self
        })
    }

    /// Makes every schema plain JSON Schema for a validator (see
    /// [`crate::normalize::to_json_schema`]).
    pub fn to_json_schema_dialect(&mut self) {
        for doc in self.docs.values_mut() {
            crate::normalize::to_json_schema(doc, self.version);
        }
    }
}

fn is_url(s: &str) -> bool {
    s.starts_with("http://") || s.starts_with("https://")
}

fn file_key(abs: &Path) -> String {
    format!(
        "file://{}",
        utf8_percent_encode(&abs.to_string_lossy(), PATH_ESCAPE)
    )
}

fn fetch(display: &str, key: &str, files: &mut Vec<PathBuf>) -> Result<String, LoadError> {
    if let Some(rest) = key.strip_prefix("file://") {
        let path = PathBuf::from(percent_decode_str(rest).decode_utf8_lossy().into_owned());
        let read_err = |msg: String| LoadError::Read {
            file: display.to_string(),
            msg,
        };
        let size = std::fs::metadata(&path)
            .map_err(|e| read_err(e.to_string()))?
            .len();
        if size > MAX_DOCUMENT_BYTES {
            return Err(read_err(format!(
                "{size} bytes, more than the {MAX_DOCUMENT_BYTES} a document may have"
            )));
        }
        let text = std::fs::read_to_string(&path).map_err(|e| read_err(e.to_string()))?;
        files.push(path);
        Ok(text)
    } else {
        let read_err = |msg: String| LoadError::Read {
            file: display.to_string(),
            msg,
        };
        let agent: ureq::Agent = ureq::Agent::config_builder()
            .timeout_global(Some(REMOTE_TIMEOUT))
            .build()
            .into();
        let mut response = agent.get(key).call().map_err(|e| read_err(e.to_string()))?;
        response
            .body_mut()
            .with_config()
            .limit(MAX_DOCUMENT_BYTES)
            .read_to_string()
            .map_err(|e| read_err(e.to_string()))
    }
}

/// Parses YAML or JSON; a syntax error names the line and column.
pub fn parse(file: &str, text: &str) -> Result<Value, LoadError> {
    let trimmed = text.trim_start();
    if trimmed.starts_with('{') {
        return serde_json::from_str(text).or_else(|e| {
            // Not strict JSON (a trailing comma, say) may still be a YAML flow mapping.
            parse_yaml(file, text).map_err(|_| LoadError::Syntax {
                file: file.to_string(),
                line: e.line(),
                col: e.column(),
                msg: e.to_string(),
            })
        });
    }
    parse_yaml(file, text)
}

fn parse_yaml(file: &str, text: &str) -> Result<Value, LoadError> {
    let mut yaml: serde_yaml_ng::Value =
        serde_yaml_ng::from_str(text).map_err(|e| match e.location() {
            Some(loc) => LoadError::Syntax {
                file: file.to_string(),
                line: loc.line(),
                col: loc.column(),
                msg: strip_location(&e.to_string()),
            },
            None => LoadError::Invalid {
                file: file.to_string(),
                pointer: "/".into(),
                msg: e.to_string(),
            },
        })?;
    yaml.apply_merge().map_err(|e| LoadError::Invalid {
        file: file.to_string(),
        pointer: "/".into(),
        msg: e.to_string(),
    })?;
    yaml_to_json(file, yaml, &mut String::new())
}

/// serde_yaml appends " at line X column Y" to its messages; we print the location first.
fn strip_location(msg: &str) -> String {
    match msg.find(" at line ") {
        Some(i) => msg[..i].to_string(),
        None => msg.to_string(),
    }
}

fn yaml_to_json(
    file: &str,
    yaml: serde_yaml_ng::Value,
    pointer: &mut String,
) -> Result<Value, LoadError> {
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
                // `.inf` has no JSON form; the largest finite number compares the same way.
                let f = if f.is_infinite() {
                    f64::MAX.copysign(f)
                } else {
                    f
                };
                match serde_json::Number::from_f64(f) {
                    Some(n) => Value::Number(n),
                    None => {
                        return Err(LoadError::invalid(
                            file,
                            pointer,
                            "`.nan` is not a number JSON can hold",
                        ));
                    }
                }
            }
        }
        Y::String(s) => Value::String(s),
        Y::Sequence(items) => {
            let mut out = Vec::with_capacity(items.len());
            for (i, item) in items.into_iter().enumerate() {
                let len = pointer.len();
                pointer.push_str(&format!("/{i}"));
                out.push(yaml_to_json(file, item, pointer)?);
                pointer.truncate(len);
            }
            Value::Array(out)
        }
        Y::Mapping(map) => {
            let mut out = Map::with_capacity(map.len());
            for (k, v) in map {
                let key = match k {
                    Y::String(s) => s,
                    Y::Number(n) => n.to_string(),
                    Y::Bool(b) => b.to_string(),
                    Y::Null => "null".to_string(),
                    _ => {
                        return Err(LoadError::Invalid {
                            file: file.to_string(),
                            pointer: if pointer.is_empty() {
                                "/".into()
                            } else {
                                pointer.clone()
                            },
                            msg: "mapping keys must be scalars".into(),
                        });
                    }
                };
                let len = pointer.len();
                pointer.push('/');
                pointer.push_str(&key.replace('~', "~0").replace('/', "~1"));
                let value = yaml_to_json(file, v, pointer)?;
                pointer.truncate(len);
                out.insert(key, value);
            }
            Value::Object(out)
        }
        Y::Tagged(tagged) => yaml_to_json(file, tagged.value, pointer)?,
    })
}

/// Rewrites every `$ref` under `value` (found at `at` in document `base`) to
/// `<absolute key>#<pointer>` and collects the keys of other documents, with where each `$ref`
/// is.
fn absolutize_refs(
    base: &str,
    value: &mut Value,
    at: &mut String,
    pending: &mut Vec<(String, String)>,
) {
    match value {
        Value::Object(map) => {
            if let Some(Value::String(r)) = map.get_mut("$ref") {
                let (target, frag) = r.split_once('#').unwrap_or((r.as_str(), ""));
                let key = if target.is_empty() {
                    base.to_string()
                } else {
                    let key = join(base, target);
                    pending.push((key.clone(), at.clone()));
                    key
                };
                *r = format!("{key}#{frag}");
            }
            for (k, v) in map.iter_mut() {
                // Examples are data, not spec: a "$ref" key inside them is not a reference.
                if k != "example" && k != "value" {
                    let len = at.len();
                    crate::pointer::push(at, k);
                    absolutize_refs(base, v, at, pending);
                    at.truncate(len);
                }
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter_mut().enumerate() {
                let len = at.len();
                at.push_str(&format!("/{i}"));
                absolutize_refs(base, v, at, pending);
                at.truncate(len);
            }
        }
        _ => {}
    }
}

/// Resolves a relative reference against the key of the document that contains it.
fn join(base: &str, target: &str) -> String {
    if is_url(target) {
        return target.to_string();
    }
    if let Some(rest) = target.strip_prefix("file://") {
        return format!("file://{rest}");
    }
    let dir = match base.rfind('/') {
        Some(i) => &base[..=i],
        None => base,
    };
    let target = if target.starts_with('/') && base.starts_with("file://") {
        return format!("file://{}", utf8_percent_encode(target, PATH_ESCAPE));
    } else {
        utf8_percent_encode(target, PATH_ESCAPE).to_string()
    };
    // Normalise `./` and `../` so one file never gets two keys.
    let (scheme_end, path) = match dir.find("://") {
        Some(i) => {
            let after = &dir[i + 3..];
            let slash = after.find('/').map(|j| i + 3 + j).unwrap_or(dir.len());
            (slash, &dir[slash..])
        }
        None => (0, dir),
    };
    let mut parts: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
    for seg in target.split('/') {
        match seg {
            "." | "" => {}
            ".." => {
                parts.pop();
            }
            s => parts.push(s),
        }
    }
    format!("{}/{}", &dir[..scheme_end], parts.join("/"))
}

fn detect_version(file: &str, root: &Value) -> Result<OasVersion, LoadError> {
    let invalid = |pointer: &str, msg: &str| LoadError::Invalid {
        file: file.to_string(),
        pointer: pointer.to_string(),
        msg: msg.to_string(),
    };
    if !root.is_object() {
        return Err(invalid("/", "the document is not an object"));
    }
    if root.get("swagger").is_some() {
        return Err(invalid(
            "/swagger",
            "only Swagger 2.0 is supported (`swagger: \"2.0\"`)",
        ));
    }
    let version = match root.get("openapi") {
        Some(Value::String(v)) => v.clone(),
        Some(Value::Number(n)) => n.to_string(),
        Some(_) => {
            return Err(invalid(
                "/openapi",
                "must be a version string such as \"3.0.3\"",
            ));
        }
        None => return Err(invalid("/", "missing the `openapi` version field")),
    };
    let version = if version.starts_with("3.0") {
        OasVersion::V30
    } else if version.starts_with("3.1") {
        OasVersion::V31
    } else {
        return Err(invalid(
            "/openapi",
            &format!(
                "unsupported OpenAPI version {version:?} (2.0, 3.0.x and 3.1.x are supported)"
            ),
        ));
    };
    match root.get("paths") {
        Some(Value::Object(_)) | Some(Value::Null) => {}
        None if version == OasVersion::V31 => {}
        None => return Err(invalid("/", "missing the `paths` object")),
        Some(_) => return Err(invalid("/paths", "must be an object")),
    }
    Ok(version)
}

/// Fails on a `$ref` whose target does not exist, naming where the reference is.
/// The length of the loop when following `reference` through objects that are nothing but a
/// `$ref` comes back to a reference already seen (A → B → A): such a chain never reaches a
/// schema, and tools that follow it loop forever. Cycles through properties, items and the
/// like are legal and not reported.
fn ref_loop(source: &Source, reference: &str) -> Option<usize> {
    let mut seen = vec![reference];
    let mut current = reference;
    while let Some(Value::String(next)) = source.lookup(current).and_then(|t| t.get("$ref")) {
        if seen.contains(&next.as_str()) {
            return Some(seen.len());
        }
        seen.push(next);
        current = next;
    }
    None
}

fn check_refs(source: &Source) -> Result<(), LoadError> {
    fn walk(source: &Source, key: &str, v: &Value, ptr: &mut String) -> Result<(), LoadError> {
        match v {
            Value::Object(map) => {
                if let Some(Value::String(r)) = map.get("$ref")
                    && source.lookup(r).is_none()
                {
                    let shown = r
                        .split_once('#')
                        .map(|(k, f)| {
                            if k == key {
                                format!("#{f}")
                            } else {
                                format!("{}#{f}", source.name(k))
                            }
                        })
                        .unwrap_or_else(|| r.clone());
                    return Err(LoadError::Invalid {
                        file: source.name(key),
                        pointer: format!("{ptr}/$ref"),
                        msg: format!("unresolvable reference {shown}"),
                    });
                }
                if let Some(Value::String(r)) = map.get("$ref")
                    && let Some(length) = ref_loop(source, r)
                {
                    return Err(LoadError::Invalid {
                        file: source.name(key),
                        pointer: format!("{ptr}/$ref"),
                        msg: format!(
                            "a cycle of {length} $ref(s) with no schema in it: it describes nothing"
                        ),
                    });
                }
                for (k, child) in map {
                    if k == "example" || k == "value" {
                        continue;
                    }
                    let len = ptr.len();
                    ptr.push('/');
                    ptr.push_str(&k.replace('~', "~0").replace('/', "~1"));
                    walk(source, key, child, ptr)?;
                    ptr.truncate(len);
                }
            }
            Value::Array(items) => {
                for (i, child) in items.iter().enumerate() {
                    let len = ptr.len();
                    ptr.push_str(&format!("/{i}"));
                    walk(source, key, child, ptr)?;
                    ptr.truncate(len);
                }
            }
            _ => {}
        }
        Ok(())
    }
    let mut keys: Vec<&String> = source.docs.keys().collect();
    keys.sort();
    for key in keys {
        walk(source, key, &source.docs[key], &mut String::new())?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn joins_relative_references() {
        assert_eq!(
            join("file:///a/b/spec.yaml", "schemas/x.yaml"),
            "file:///a/b/schemas/x.yaml"
        );
        assert_eq!(
            join("file:///a/b/spec.yaml", "../c/x.yaml"),
            "file:///a/c/x.yaml"
        );
        assert_eq!(
            join("https://h.example/api/spec.yaml", "./x.yaml"),
            "https://h.example/api/x.yaml"
        );
    }

    #[test]
    fn yaml_syntax_error_has_line_and_column() {
        let err = parse("spec.yaml", "openapi: 3.0.0\npaths:\n  /a: [\n").unwrap_err();
        let text = err.to_string();
        assert!(text.starts_with("spec.yaml:"), "{text}");
        assert!(
            matches!(err, LoadError::Syntax { line, .. } if line >= 3),
            "{text}"
        );
    }

    #[test]
    fn numeric_keys_become_strings() {
        let v = parse("s", "responses:\n  200:\n    description: ok\n").unwrap();
        assert!(v["responses"]["200"].is_object());
    }
}
