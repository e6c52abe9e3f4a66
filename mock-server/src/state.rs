//! `--stateful`: collections inferred from the paths behave like an in-memory store.
//!
//! `/things` with a sibling `/things/{id}` is a collection: POST creates (the stored object is
//! a generated instance of the success schema with the request body laid over it, so ids and
//! server-side fields exist), GET lists (paged and filtered by query parameters named like
//! fields), and GET/PUT/PATCH/DELETE on `/things/{id}` read, replace, merge and remove. A
//! collection below an item (`/things/{id}/parts`) is one per item. A path below an item that
//! reads and writes (`/things/{id}/owner` with GET and POST, PUT, PATCH or DELETE) is a single
//! sub-resource of that item, stored by its concrete path.
//!
//! What was deleted is gone: reading it (or anything below it) answers 404 until it is created
//! again. What the store never saw answers 404 only when the operation declares a 404 (or a
//! `4XX`, or `default`); otherwise it is answered as without `--stateful` (a PUT stores it),
//! so the mock never answers a status its contract does not have for an id it knows nothing
//! about. Requests are validated before they get here, so the store only holds valid input.

use std::collections::{HashMap, HashSet};
use std::sync::Mutex;

use http::Method;
use rand::SeedableRng;
use rand::rngs::StdRng;
use serde_json::{Value, json};

use crate::error::MockError;
use crate::generate;
use crate::router::PathParams;
use crate::spec::{Api, Operation};

/// Everything one mount holds.
#[derive(Default)]
pub struct Store {
    inner: Mutex<Inner>,
}

#[derive(Default)]
struct Inner {
    /// Collections by their concrete path (`/things`, `/things/7/parts`).
    collections: HashMap<String, Collection>,
    /// Single sub-resources by concrete path (`/things/7/owner`).
    singles: HashMap<String, Value>,
    /// Concrete paths deleted and not created again.
    deleted: HashSet<String>,
}

impl Inner {
    /// Whether `path` or a resource above it was deleted.
    fn gone(&self, path: &str) -> bool {
        path.match_indices('/')
            .map(|(i, _)| &path[..i])
            .chain(std::iter::once(path))
            .any(|prefix| self.deleted.contains(prefix))
    }

    /// `path` exists again: nothing below it is deleted any more.
    fn revive(&mut self, path: &str) {
        let below = format!("{path}/");
        self.deleted.retain(|d| d != path && !d.starts_with(&below));
    }

    /// Removes `path` and everything stored below it, and remembers it was deleted.
    fn bury(&mut self, path: &str) {
        let below = format!("{path}/");
        self.singles.retain(|k, _| !k.starts_with(&below));
        self.collections.retain(|k, _| !k.starts_with(&below));
        self.deleted.insert(path.to_string());
    }
}

#[derive(Default)]
struct Collection {
    items: Vec<(String, Value)>,
    created: u64,
}

/// What a path is to the store.
enum Shape {
    /// `/things`.
    Collection,
    /// `/things/{id}`: the collection's template and the id parameter's name.
    Item(String, String),
    /// `/things/{id}/owner`.
    Single,
}

fn shape(api: &Api, op: &Operation) -> Option<Shape> {
    let template = op.path.trim_end_matches('/');
    let (parent, last) = template.rsplit_once('/')?;
    if let Some(name) = param_name(last) {
        return Some(Shape::Item(parent.to_string(), name.to_string()));
    }
    // A collection needs an item path below it.
    if id_name(api, template).is_some() {
        return Some(Shape::Collection);
    }
    // A sub-resource of an item: below an item path, read and written.
    let below_item = parent
        .rsplit_once('/')
        .is_some_and(|(_, p)| param_name(p).is_some());
    let item = api
        .paths
        .iter()
        .find(|p| p.template.trim_end_matches('/') == template)?;
    let has = |m: &Method| item.ops.iter().any(|(method, _)| method == m);
    let written = [Method::POST, Method::PUT, Method::PATCH, Method::DELETE]
        .iter()
        .any(has);
    (below_item && has(&Method::GET) && written).then_some(Shape::Single)
}

/// `name` of a `{name}` path segment.
fn param_name(segment: &str) -> Option<&str> {
    segment.strip_prefix('{')?.strip_suffix('}')
}

/// The id parameter's name for a collection (from its item path).
fn id_name(api: &Api, collection: &str) -> Option<String> {
    api.paths.iter().find_map(|p| {
        let rest = p.template.strip_prefix(collection)?.strip_prefix('/')?;
        param_name(rest.trim_end_matches('/'))
            .filter(|name| !name.contains('/'))
            .map(str::to_string)
    })
}

/// `template` with its parameters filled from the request's.
fn concrete(template: &str, params: &PathParams) -> String {
    template
        .split('/')
        .map(|segment| {
            param_name(segment)
                .and_then(|name| params.iter().find(|(n, _)| n == name))
                .map_or(segment, |(_, v)| v.as_str())
        })
        .collect::<Vec<_>>()
        .join("/")
}

/// A generated instance of the operation's success schema with `body` laid over it.
fn generated(api: &Api, op: &Operation, seed: u64, body: Option<&Value>) -> Option<Value> {
    let schema = success_schema(api, op)?;
    let mut rng = StdRng::seed_from_u64(seed);
    let mut value = generate::fake(&api.source, schema, &mut rng, &api.faker).ok()?;
    if let (Value::Object(target), Some(Value::Object(input))) = (&mut value, body) {
        for (k, v) in input {
            target.insert(k.clone(), v.clone());
        }
    }
    Some(value)
}

/// `current` changed by a PUT (the client-writable fields replaced, server-side ones kept) or
/// a PATCH (merged): both lay the body's fields over it.
fn update(current: &mut Value, body: Option<&Value>) {
    if let (Value::Object(target), Some(Value::Object(input))) = (current, body) {
        for (k, v) in input {
            target.insert(k.clone(), v.clone());
        }
    }
}

fn success(op: &Operation) -> Option<(usize, u16)> {
    op.default_response
        .filter(|(_, status)| (200..300).contains(status))
}

fn success_schema<'a>(api: &'a Api, op: &'a Operation) -> Option<&'a Value> {
    let (i, _) = success(op)?;
    let schema = op.responses[i].contents.first()?.schema.as_ref()?;
    Some(api.source.deref(schema))
}

fn id_text(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// Answers `op` from the store, or `None` when the operation is not a store operation or the
/// store knows nothing that changes its answer (then the normal mock answers).
pub fn handle(
    store: &Store,
    api: &Api,
    op: &Operation,
    path_params: &PathParams,
    query: &[(String, String)],
    body: Option<&Value>,
) -> Option<Result<(u16, Value), MockError>> {
    let shape = shape(api, op)?;
    let (_, status) = success(op)?;
    let mut inner = store.inner.lock().unwrap_or_else(|e| e.into_inner());
    let path = concrete(op.path.trim_end_matches('/'), path_params);
    let not_found = || {
        Some(Err(MockError::NotFound {
            detail: format!("{path} does not exist"),
        }))
    };
    // Never seen: a 404 only where the contract has one.
    let unknown = || {
        if op.response_for(404).is_some() {
            not_found()
        } else {
            None
        }
    };
    // Gone (it or what it is below was deleted) unless this request creates it again.
    if inner.gone(&path) && !(op.method == Method::POST || op.method == Method::PUT) {
        return not_found();
    }
    match shape {
        Shape::Collection if op.method == Method::POST => {
            let id_field = id_name(api, op.path.trim_end_matches('/'));
            let coll = inner.collections.entry(path.clone()).or_default();
            coll.created += 1;
            let value = generated(api, op, coll.created, body)?;
            let id = id_field
                .as_deref()
                .and_then(|f| value.get(f))
                .or_else(|| value.get("id"))
                .map(id_text)
                .unwrap_or_else(|| coll.created.to_string());
            if let Some(pos) = coll.items.iter().position(|(k, _)| *k == id) {
                coll.items[pos].1 = value.clone();
            } else {
                coll.items.push((id.clone(), value.clone()));
            }
            inner.revive(&format!("{path}/{id}"));
            Some(Ok((status, value)))
        }
        Shape::Collection if op.method == Method::GET => {
            let coll = inner.collections.entry(path).or_default();
            list(api, op, status, &coll.items, query)
        }
        Shape::Collection => None,
        Shape::Item(collection, param) => {
            let id = path_params
                .iter()
                .find(|(n, _)| *n == param)
                .map(|(_, v)| v.clone())?;
            let key = concrete(&collection, path_params);
            let coll = inner.collections.entry(key).or_default();
            let pos = coll.items.iter().position(|(k, _)| *k == id);
            match (op.method.as_str(), pos) {
                ("PUT", None) if op.response_for(404).is_none() => {
                    coll.created += 1;
                    let value = generated(api, op, coll.created, body)?;
                    coll.items.push((id, value.clone()));
                    inner.revive(&path);
                    Some(Ok((status, value)))
                }
                (_, None) => unknown(),
                ("GET", Some(p)) => Some(Ok((status, coll.items[p].1.clone()))),
                ("PUT" | "PATCH", Some(p)) => {
                    update(&mut coll.items[p].1, body);
                    Some(Ok((status, coll.items[p].1.clone())))
                }
                ("DELETE", Some(p)) => {
                    let (_, removed) = coll.items.remove(p);
                    inner.bury(&path);
                    Some(Ok(deleted(status, removed)))
                }
                _ => None,
            }
        }
        Shape::Single => match op.method.as_str() {
            "POST" | "PUT" => {
                let value = generated(api, op, inner.singles.len() as u64 + 1, body)?;
                inner.singles.insert(path.clone(), value.clone());
                inner.revive(&path);
                Some(Ok((status, value)))
            }
            method => match inner.singles.get_mut(&path) {
                None => unknown(),
                Some(current) if method == "GET" => Some(Ok((status, current.clone()))),
                Some(current) if method == "PATCH" => {
                    update(current, body);
                    Some(Ok((status, current.clone())))
                }
                Some(_) if method == "DELETE" => {
                    let removed = inner.singles.remove(&path).unwrap_or(Value::Null);
                    inner.bury(&path);
                    Some(Ok(deleted(status, removed)))
                }
                Some(_) => None,
            },
        },
    }
}

/// A DELETE's answer: the removed resource, or nothing for a 204.
fn deleted(status: u16, removed: Value) -> (u16, Value) {
    (status, if status == 204 { Value::Null } else { removed })
}

/// GET on a collection: its items, filtered by query parameters named like fields, as an
/// array or as the `items` of a page object (`page`, `page_size` or `limit`).
fn list(
    api: &Api,
    op: &Operation,
    status: u16,
    items: &[(String, Value)],
    query: &[(String, String)],
) -> Option<Result<(u16, Value), MockError>> {
    let schema = success_schema(api, op)?;
    let filters: Vec<&(String, String)> =
        query.iter().filter(|(k, _)| !k.starts_with("__")).collect();
    let matching: Vec<&Value> = items
        .iter()
        .map(|(_, v)| v)
        .filter(|v| {
            filters.iter().all(|(k, want)| match v.get(k) {
                Some(field) => id_text(field) == *want,
                None => true,
            })
        })
        .collect();
    if schema.get("type").and_then(Value::as_str) == Some("array") {
        return Some(Ok((
            status,
            Value::Array(matching.into_iter().cloned().collect()),
        )));
    }
    let props = schema.get("properties").and_then(Value::as_object)?;
    if !props.contains_key("items") {
        return None;
    }
    let number = |name: &str, default: u64| {
        query
            .iter()
            .find(|(k, _)| k == name)
            .and_then(|(_, v)| v.parse::<u64>().ok())
            .filter(|n| *n > 0)
            .unwrap_or(default)
    };
    let page = number("page", 1);
    let size = number("page_size", number("limit", 20));
    let total = matching.len() as u64;
    let pages = total.div_ceil(size).max(1);
    let start = page.saturating_sub(1).saturating_mul(size);
    let items: Vec<Value> = matching
        .into_iter()
        .skip(usize::try_from(start).unwrap_or(usize::MAX))
        .take(usize::try_from(size).unwrap_or(usize::MAX))
        .cloned()
        .collect();
    let mut page_obj = generate::sample(&api.source, schema).ok()?;
    if let Value::Object(map) = &mut page_obj {
        map.insert("items".into(), Value::Array(items));
        for (k, v) in [
            ("page", page),
            ("page_size", size),
            ("total", total),
            ("total_pages", pages),
        ] {
            if props.contains_key(k) {
                map.insert(k.into(), json!(v));
            }
        }
    }
    Some(Ok((status, page_obj)))
}
