//! One self-contained document from a loaded [`Source`]: every `$ref` local (`#/…`), so code
//! generators and `/openapi.json` see a single file.
//!
//! A `$ref` into the root stays local. A `$ref` to another file is replaced by the referenced
//! content, except when the root names that target under `components` (as multi-file specs
//! usually do): then it becomes a local `$ref` to that name, so generated types keep their
//! names. Content that refers to itself across files is hoisted under `components.schemas`
//! (named after its file or pointer) instead of being inlined forever.

use std::collections::{BTreeMap, HashMap};

use serde_json::{Map, Value, json};

use crate::error::LoadError;
use crate::pointer;
use crate::source::Source;

/// A bundled document, and where its parts came from.
#[derive(Debug, Clone)]
pub struct Bundle {
    pub doc: Value,
    /// How the root is named in messages.
    pub display: String,
    /// (pointer in `doc`, file, pointer in that file) for every part copied from another file.
    origins: Vec<(String, String, String)>,
    /// What bundling changed, with pointers into `doc`.
    pub notes: Vec<crate::normalize::Note>,
}

impl Bundle {
    /// Where the bundled document's `pointer` came from: (file, pointer in that file).
    pub fn locate(&self, pointer: &str) -> (String, String) {
        let best = self
            .origins
            .iter()
            .filter(|(at, _, _)| {
                pointer.starts_with(at.as_str())
                    && matches!(pointer.as_bytes().get(at.len()), None | Some(b'/'))
            })
            .max_by_key(|(at, _, _)| at.len());
        match best {
            Some((at, file, origin_at)) => {
                (file.clone(), format!("{origin_at}{}", &pointer[at.len()..]))
            }
            None => (self.display.clone(), pointer.to_string()),
        }
    }
}

/// Bundles `source` into one document.
pub fn bundle(source: &Source) -> Result<Bundle, LoadError> {
    let root = source.root_doc();
    let mut bundler = Bundler {
        source,
        named: BTreeMap::new(),
        hoisted: HashMap::new(),
        hoisted_content: BTreeMap::new(),
        origins: Vec::new(),
        notes: Vec::new(),
    };
    bundler.name_root_components(root);
    let mut doc = bundler.walk(root, &source.root, "", "", &mut Vec::new())?;
    if !bundler.hoisted_content.is_empty() {
        let schemas = doc
            .as_object_mut()
            .expect("the root is an object")
            .entry("components")
            .or_insert_with(|| json!({}))
            .as_object_mut()
            .ok_or_else(|| LoadError::invalid(&source.display, "/components", "must be an object"))?
            .entry("schemas")
            .or_insert_with(|| json!({}));
        if let Value::Object(schemas) = schemas {
            for (name, content) in std::mem::take(&mut bundler.hoisted_content) {
                schemas.insert(name, content);
            }
        }
    }
    Ok(Bundle {
        doc,
        display: source.display.clone(),
        origins: bundler.origins,
        notes: bundler.notes,
    })
}

struct Bundler<'a> {
    source: &'a Source,
    /// Absolute `$ref`s the root names under `components`, and the local ref naming them.
    named: BTreeMap<String, String>,
    /// Recursive external targets, and the local ref they were hoisted to.
    hoisted: HashMap<String, String>,
    hoisted_content: BTreeMap<String, Value>,
    origins: Vec<(String, String, String)>,
    notes: Vec<crate::normalize::Note>,
}

impl Bundler<'_> {
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
                if reference.starts_with(&format!("{}#", self.source.root)) {
                    continue;
                }
                let mut local = String::from("#");
                pointer::push(&mut local, "components");
                pointer::push(&mut local, kind);
                pointer::push(&mut local, name);
                self.named.entry(reference.to_string()).or_insert(local);
            }
        }
    }

    /// Copies `value` (found at `at` in document `key`, going to `out_at` in the bundle),
    /// replacing external `$ref`s.
    fn walk(
        &mut self,
        value: &Value,
        key: &str,
        at: &str,
        out_at: &str,
        stack: &mut Vec<String>,
    ) -> Result<Value, LoadError> {
        match value {
            Value::Object(map) => {
                if let Some(Value::String(reference)) = map.get("$ref") {
                    let mut out = self.reference(reference, key, at, out_at, stack)?;
                    // Siblings of a `$ref` (3.1 allows them) are kept beside it.
                    if map.len() > 1
                        && let Value::Object(out_map) = &mut out
                        && out_map.contains_key("$ref")
                    {
                        for (k, child) in map {
                            if k != "$ref" {
                                let child_at = pointer::join(at, k);
                                let child_out = pointer::join(out_at, k);
                                let child = self.walk(child, key, &child_at, &child_out, stack)?;
                                out_map.insert(k.clone(), child);
                            }
                        }
                    }
                    return Ok(out);
                }
                let mut out = Map::with_capacity(map.len());
                for (k, child) in map {
                    // Examples are data: a `$ref` key inside them is not a reference.
                    let data = matches!(k.as_str(), "example" | "value");
                    let child = if data {
                        child.clone()
                    } else {
                        let child_at = pointer::join(at, k);
                        let child_out = pointer::join(out_at, k);
                        self.walk(child, key, &child_at, &child_out, stack)?
                    };
                    out.insert(k.clone(), child);
                }
                Ok(Value::Object(out))
            }
            Value::Array(items) => {
                let mut out = Vec::with_capacity(items.len());
                for (i, child) in items.iter().enumerate() {
                    out.push(self.walk(
                        child,
                        key,
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
        key: &str,
        at: &str,
        out_at: &str,
        stack: &mut Vec<String>,
    ) -> Result<Value, LoadError> {
        let (target_key, fragment) = reference.split_once('#').unwrap_or((reference, ""));
        if target_key == self.source.root && fragment.is_empty() {
            // `$ref: ""` or `#`: the whole document, which no schema or object can be; read
            // as "anything" rather than copying the document into itself.
            self.notes.push(crate::normalize::Note {
                pointer: out_at.to_string(),
                message: format!("$ref {:?} names the whole document; read as any value", "#"),
            });
            return Ok(json!({}));
        }
        if target_key == self.source.root {
            // Into the root document: stays (or becomes) a local reference.
            return Ok(json!({ "$ref": format!("#{fragment}") }));
        }
        if let Some(local) = self.named.get(reference) {
            // The root names this target; refer to the name, unless this is the naming entry.
            let is_naming_site = key == self.source.root && format!("#{at}") == *local;
            if !is_naming_site {
                return Ok(json!({ "$ref": local }));
            }
        }
        if let Some(local) = self.hoisted.get(reference) {
            return Ok(json!({ "$ref": local }));
        }
        if stack.iter().any(|r| r == reference) {
            let local = self.hoist_name(target_key, fragment);
            self.hoisted.insert(reference.to_string(), local.clone());
            return Ok(json!({ "$ref": local }));
        }
        let Some(content) = self.source.lookup(reference) else {
            return Err(LoadError::invalid(
                &self.source.name(key),
                &format!("{at}/$ref"),
                format!("unresolvable reference {}", self.source.name(reference)),
            ));
        };
        let decoded = percent_encoding::percent_decode_str(fragment)
            .decode_utf8_lossy()
            .into_owned();
        self.origins.push((
            out_at.to_string(),
            self.source.name(target_key),
            decoded.clone(),
        ));
        stack.push(reference.to_string());
        let out = self.walk(content, target_key, &decoded, out_at, stack);
        stack.pop();
        let out = out?;
        // A target that turned out to refer to itself is filed once, under its hoisted name.
        if let Some(local) = self.hoisted.get(reference) {
            let name = local.rsplit('/').next().unwrap_or_default().to_string();
            self.hoisted_content.insert(name, out);
            return Ok(json!({ "$ref": local }));
        }
        Ok(out)
    }

    /// A free `components.schemas` name for a hoisted target: its last pointer segment, or
    /// its file's stem.
    fn hoist_name(&self, key: &str, fragment: &str) -> String {
        let base = fragment
            .rsplit('/')
            .find(|s| !s.is_empty())
            .map(str::to_string)
            .unwrap_or_else(|| {
                let file = key.rsplit('/').next().unwrap_or("Schema");
                file.split('.').next().unwrap_or("Schema").to_string()
            });
        let taken = |name: &str| {
            self.hoisted
                .values()
                .any(|l| l.ends_with(&format!("/{name}")))
                || self
                    .source
                    .root_doc()
                    .pointer(&format!("/components/schemas/{}", pointer::escape(name)))
                    .is_some()
        };
        let mut name = base.clone();
        let mut n = 2;
        while taken(&name) {
            name = format!("{base}{n}");
            n += 1;
        }
        format!("#/components/schemas/{}", pointer::escape(&name))
    }
}
