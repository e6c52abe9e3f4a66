//! Deterministic mutations of a JSON document, for fuzzing whatever reads contracts: each
//! mutation picks a node and deletes it, replaces it with another kind of value, copies
//! another subtree over it, points a `$ref` somewhere (itself included) or makes a `type` up.
//! Shared by the codegen and mock-server fuzz tests (`#[path]`-included).

#![allow(dead_code)]

use serde_json::{Value, json};

/// A xorshift generator: the same seed gives the same mutations on every machine.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.max(1))
    }

    pub fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }

    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Every node's JSON pointer.
fn pointers(value: &Value, at: &str, out: &mut Vec<String>) {
    out.push(at.to_string());
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                pointers(
                    v,
                    &format!("{at}/{}", k.replace('~', "~0").replace('/', "~1")),
                    out,
                );
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                pointers(v, &format!("{at}/{i}"), out);
            }
        }
        _ => {}
    }
}

/// `doc` with `count` mutations applied.
pub fn mutate(doc: &Value, rng: &mut Rng, count: usize) -> Value {
    let mut doc = doc.clone();
    for _ in 0..count {
        let mut all = Vec::new();
        pointers(&doc, "", &mut all);
        let target = all[rng.below(all.len())].clone();
        let other = all[rng.below(all.len())].clone();
        let copy = doc.pointer(&other).cloned().unwrap_or(Value::Null);
        let replacement = match rng.below(10) {
            0 => Value::Null,
            1 => json!(rng.next() as i64 % 1000 - 500),
            2 => json!("x-mutated"),
            3 => json!([]),
            4 => json!({}),
            5 => json!(true),
            6 => copy,
            7 => json!({ "$ref": format!("#{other}") }),
            8 => json!({ "$ref": format!("#{target}") }),
            _ => {
                let kind = ["string", "null", "strange"][rng.below(3)];
                json!({ "type": kind, "items": {"$ref": "#"} })
            }
        };
        if target.is_empty() {
            continue;
        }
        let (parent, key) = target.rsplit_once('/').expect("a pointer below the root");
        let key = key.replace("~1", "/").replace("~0", "~");
        match doc.pointer_mut(parent) {
            Some(Value::Object(map)) => {
                if rng.below(4) == 0 {
                    map.remove(&key);
                } else {
                    map.insert(key, replacement);
                }
            }
            Some(Value::Array(items)) => {
                let i: usize = key.parse().unwrap_or(0);
                if i < items.len() {
                    if rng.below(4) == 0 {
                        items.remove(i);
                    } else {
                        items[i] = replacement;
                    }
                }
            }
            _ => {}
        }
    }
    doc
}
