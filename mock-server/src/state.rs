//! `--stateful`: collections inferred from the paths behave like an in-memory store.
//!
//! `/things` with a sibling `/things/{id}` is a collection: POST creates (the stored object is
//! a generated instance of the success schema with the request body laid over it, so ids and
//! server-side fields exist), GET lists (paged and filtered by query parameters named like
//! fields), and GET/PUT/PATCH/DELETE on `/things/{id}` read, replace, merge and remove.
//! Requests are validated before they get here, so the store only holds valid input.

use std::collections::HashMap;
use std::sync::Mutex;

use rand::SeedableRng;
use rand::rngs::StdRng;
use serde_json::{Map, Value, json};

use crate::error::MockError;
use crate::generate;
use crate::router::PathParams;
use crate::spec::{Api, Operation};

/// Items of every collection of one mount, in creation order.
#[derive(Default)]
pub struct Store {
    collections: Mutex<HashMap<String, Collection>>,
}

#[derive(Default)]
struct Collection {
    items: Vec<(String, Value)>,
    created: u64,
}

/// The collection template and, for item paths, the id parameter's name.
fn shape(api: &Api, op: &Operation) -> Option<(String, Option<String>)> {
    let template = op.path.trim_end_matches('/');
    if let Some((parent, last)) = template.rsplit_once('/')
        && last.starts_with('{')
        && last.ends_with('}')
    {
        let name = last[1..last.len() - 1].to_string();
        return Some((parent.to_string(), Some(name)));
    }
    // A collection needs an item path below it.
    let has_items = api.paths.iter().any(|p| {
        p.template
            .strip_prefix(template)
            .and_then(|rest| rest.strip_prefix("/{"))
            .is_some_and(|rest| rest.ends_with('}') && !rest.contains('/'))
    });
    has_items.then(|| (template.to_string(), None))
}

/// The id parameter's name for a collection (from its item path).
fn id_name(api: &Api, collection: &str) -> Option<String> {
    api.paths.iter().find_map(|p| {
        let rest = p.template.strip_prefix(collection)?.strip_prefix("/{")?;
        let name = rest.strip_suffix('}')?;
        (!name.contains('/')).then(|| name.to_string())
    })
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

/// Answers `op` from the store, or `None` when the operation is not a collection operation
/// (then the normal mock answers).
pub fn handle(
    store: &Store,
    api: &Api,
    op: &Operation,
    path_params: &PathParams,
    query: &[(String, String)],
    body: Option<&Value>,
) -> Option<Result<(u16, Value), MockError>> {
    let (collection, item_param) = shape(api, op)?;
    let (_, status) = success(op)?;
    let mut guard = store.collections.lock().unwrap_or_else(|e| e.into_inner());
    let coll = guard.entry(collection.clone()).or_default();
    let not_found = |id: &str| {
        Err(MockError::NotFound {
            detail: format!("{collection}/{id} does not exist"),
        })
    };
    match (op.method.as_str(), item_param) {
        ("POST", None) => {
            let id_field = id_name(api, &collection);
            let schema = success_schema(api, op)?;
            coll.created += 1;
            let mut rng = StdRng::seed_from_u64(coll.created);
            let mut value = generate::fake(&api.source, schema, &mut rng, &api.faker).ok()?;
            if let (Value::Object(target), Some(Value::Object(input))) = (&mut value, body) {
                for (k, v) in input {
                    target.insert(k.clone(), v.clone());
                }
            }
            let id = id_field
                .as_deref()
                .and_then(|f| value.get(f))
                .or_else(|| value.get("id"))
                .map(id_text)
                .unwrap_or_else(|| coll.created.to_string());
            if let Some(pos) = coll.items.iter().position(|(k, _)| *k == id) {
                coll.items[pos].1 = value.clone();
            } else {
                coll.items.push((id, value.clone()));
            }
            Some(Ok((status, value)))
        }
        ("GET", None) => {
            let schema = success_schema(api, op)?;
            let filters: Vec<&(String, String)> =
                query.iter().filter(|(k, _)| !k.starts_with("__")).collect();
            let matching: Vec<&Value> = coll
                .items
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
            let start = ((page - 1) * size) as usize;
            let items: Vec<Value> = matching
                .into_iter()
                .skip(start)
                .take(size as usize)
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
        (method, Some(param)) => {
            let id = path_params
                .iter()
                .find(|(n, _)| *n == param)
                .map(|(_, v)| v.clone())?;
            let pos = coll.items.iter().position(|(k, _)| *k == id);
            match (method, pos) {
                (_, None) => Some(not_found(&id)),
                ("GET", Some(p)) => Some(Ok((status, coll.items[p].1.clone()))),
                ("PUT" | "PATCH", Some(p)) => {
                    let current = &mut coll.items[p].1;
                    if let (Value::Object(target), Some(Value::Object(input))) = (current, body) {
                        if method == "PUT" {
                            // Replace the client-writable fields, keep server-side ones.
                            let keep: Map<String, Value> = target.clone();
                            *target = keep;
                        }
                        for (k, v) in input {
                            target.insert(k.clone(), v.clone());
                        }
                    }
                    Some(Ok((status, coll.items[p].1.clone())))
                }
                ("DELETE", Some(p)) => {
                    let (_, removed) = coll.items.remove(p);
                    let body = if status == 204 { Value::Null } else { removed };
                    Some(Ok((status, body)))
                }
                _ => None,
            }
        }
        _ => None,
    }
}
