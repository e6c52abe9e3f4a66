//! Two schemas compared in one direction. On the request side a change breaks when the
//! revision rejects a value the base accepted (old callers send it); on the response side when
//! the revision may give a value the base never gave (old callers cannot read it).
//!
//! The walk follows `$ref`s on both sides, reads `allOf` as the one schema it describes (so
//! moving properties into an `allOf` is no change), and visits each (base, revision) pair of
//! schemas once per operation and direction, which also stops recursive schemas.

use std::collections::{BTreeSet, HashMap, HashSet};

use serde_json::{Map, Value};

use crate::document::{Contract, Emitter, In, join, show};
use crate::finding::BOUNDS;

/// What is being compared, for ids and messages.
#[derive(Debug, Clone)]
pub(crate) struct Ctx {
    /// Request side (narrowing breaks) or response side (widening breaks).
    pub request: bool,
    /// Id prefix: `request-parameter`, `request-property` or `response-property`.
    pub prefix: &'static str,
    /// What the root schema belongs to: "query parameter `limit`", "request body (…)".
    pub what: String,
    /// Property path below the root: `cliente.telefonos[]`.
    pub path: String,
}

impl Ctx {
    fn subject(&self) -> String {
        if self.path.is_empty() {
            self.what.clone()
        } else {
            format!("{}, property `{}`", self.what, self.path)
        }
    }

    fn child(&self, segment: &str) -> Ctx {
        let path = match (self.path.is_empty(), segment.starts_with('[')) {
            (true, _) => segment.to_string(),
            (false, true) => format!("{}{segment}", self.path),
            (false, false) => format!("{}.{segment}", self.path),
        };
        Ctx {
            path,
            ..self.clone()
        }
    }

    /// Property-level checks (properties, `additionalProperties`, alternatives) exist for
    /// bodies only; a parameter's schema gets the scalar ones.
    fn body(&self) -> bool {
        self.prefix != "request-parameter"
    }

    fn id(&self, suffix: &str) -> String {
        format!("{}-{suffix}", self.prefix)
    }
}

/// A schema with its `allOf` branches merged in: keywords are looked up in the schema first,
/// then in the branches; properties and `required` are the union.
struct View<'a> {
    pointer: String,
    /// The schema and every `allOf` branch below it, with their pointers.
    parts: Vec<(&'a Map<String, Value>, String)>,
}

impl<'a> View<'a> {
    fn new(contract: &'a Contract, schema: &'a Map<String, Value>, pointer: String) -> View<'a> {
        let mut parts = vec![(schema, pointer.clone())];
        let mut seen = HashSet::from([pointer.clone()]);
        let mut i = 0;
        while i < parts.len() && parts.len() < 64 {
            let (map, at) = (parts[i].0, parts[i].1.clone());
            if let Some(Value::Array(branches)) = map.get("allOf") {
                for (n, branch) in branches.iter().enumerate() {
                    let (branch, branch_at) =
                        contract.deref(branch, join(&join(&at, "allOf"), &n.to_string()));
                    if let Some(m) = branch.as_object()
                        && seen.insert(branch_at.clone())
                    {
                        parts.push((m, branch_at));
                    }
                }
            }
            i += 1;
        }
        View { pointer, parts }
    }

    /// The first part that has keyword `k`: its value and pointer.
    fn kw(&self, k: &str) -> Option<(&'a Value, String)> {
        self.parts
            .iter()
            .find_map(|(m, at)| m.get(k).map(|v| (v, join(at, k))))
    }

    fn value(&self, k: &str) -> Option<&'a Value> {
        self.parts.iter().find_map(|(m, _)| m.get(k))
    }

    fn types(&self) -> Vec<&'a str> {
        match self.value("type") {
            Some(Value::String(t)) => vec![t.as_str()],
            Some(Value::Array(ts)) => ts.iter().filter_map(Value::as_str).collect(),
            _ => Vec::new(),
        }
    }

    fn nullable(&self) -> bool {
        self.value("nullable") == Some(&Value::Bool(true)) || self.types().contains(&"null")
    }

    fn properties(&self) -> Vec<(&'a str, &'a Value, String)> {
        let mut out: Vec<(&'a str, &'a Value, String)> = Vec::new();
        for (m, at) in &self.parts {
            if let Some(Value::Object(props)) = m.get("properties") {
                for (name, schema) in props {
                    if !out.iter().any(|(n, _, _)| *n == name.as_str()) {
                        out.push((name, schema, join(&join(at, "properties"), name)));
                    }
                }
            }
        }
        out
    }

    fn required(&self) -> BTreeSet<&'a str> {
        self.parts
            .iter()
            .filter_map(|(m, _)| m.get("required").and_then(Value::as_array))
            .flatten()
            .filter_map(Value::as_str)
            .collect()
    }
}

/// A schema pair's identity: side, id prefix, and where the two schemas are in memory (both
/// documents outlive the comparison, so an address names one schema, and hashes fast).
type Key = (bool, &'static str, usize, usize);

/// What the comparison knows of schema pairs across operations: `true` for a pair whose whole
/// subtree showed no difference (the next operation that uses it skips it), `false` for one
/// that did. Only pairs whose walk was complete are recorded: one cut short by a cycle may
/// miss what lies beyond the pair it looped back to.
pub(crate) type Memo = HashMap<Key, bool>;

/// One pair being compared: where its findings start, and what its subtree turned out.
struct Frame {
    start: usize,
    dirty: bool,
    cut: bool,
}

/// Compares schemas for one operation (one part of it: the parameters, a body, a response).
pub(crate) struct Schemas<'e, 'c> {
    pub emit: &'e mut Emitter<'c>,
    /// Pairs on the way down (a repeat is a cycle) and pairs already done in this part.
    open: HashSet<Key>,
    done: HashSet<Key>,
    frames: Vec<Frame>,
}

impl<'e, 'c> Schemas<'e, 'c> {
    pub fn new(emit: &'e mut Emitter<'c>) -> Self {
        Schemas {
            emit,
            open: HashSet::new(),
            done: HashSet::new(),
            frames: Vec::new(),
        }
    }

    /// Compares `base` (at `base_at` in the base) with `rev` (at `rev_at` in the revision).
    pub fn compare(
        &mut self,
        ctx: &Ctx,
        base: &'c Value,
        base_at: String,
        rev: &'c Value,
        rev_at: String,
    ) {
        let (base_c, rev_c) = (self.emit.base, self.emit.rev);
        let (base, base_at) = base_c.deref(base, base_at);
        let (rev, rev_at) = rev_c.deref(rev, rev_at);
        // The same schema with nothing it refers to: nothing can differ below (most of an
        // unchanged document ends here, without a walk).
        if base == rev && !has_ref(base) {
            return;
        }
        let key: Key = (
            ctx.request,
            ctx.prefix,
            base as *const Value as usize,
            rev as *const Value as usize,
        );
        let known = self.emit.memo.borrow().get(&key).copied();
        let seen = self.done.contains(&key) || self.open.contains(&key);
        match (known, seen) {
            (Some(true), _) => return,
            // Its findings are already among this part's.
            (Some(false), true) => return self.mark(true, false),
            // A cycle, or a pair whose walk was cut by one: unknown below.
            (None, true) => return self.mark(false, true),
            (_, false) => {}
        }
        self.open.insert(key);
        self.frames.push(Frame {
            start: self.emit.out.len(),
            dirty: false,
            cut: false,
        });
        self.pair(ctx, base, &base_at, rev, &rev_at);
        let frame = self.frames.pop().expect("pushed above");
        let dirty = frame.dirty || self.emit.out.len() > frame.start;
        self.open.remove(&key);
        if !frame.cut {
            self.emit.memo.borrow_mut().insert(key, !dirty);
        }
        self.done.insert(key);
        self.mark(dirty, frame.cut);
    }

    /// Tells the pair being compared above what a pair below it turned out.
    fn mark(&mut self, dirty: bool, cut: bool) {
        if let Some(parent) = self.frames.last_mut() {
            parent.dirty |= dirty;
            parent.cut |= cut;
        }
    }

    fn pair(&mut self, ctx: &Ctx, base: &'c Value, base_at: &str, rev: &'c Value, rev_at: &str) {
        let (base_c, rev_c) = (self.emit.base, self.emit.rev);
        let (Some(b), Some(r)) = (base.as_object(), rev.as_object()) else {
            return;
        };
        let b = View::new(base_c, b, base_at.to_string());
        let r = View::new(rev_c, r, rev_at.to_string());
        if !self.types(ctx, &b, &r) {
            // A new type makes every finer difference noise.
            return;
        }
        self.enums(ctx, &b, &r);
        self.nullability(ctx, &b, &r);
        self.bounds(ctx, &b, &r);
        self.pattern(ctx, &b, &r);
        if ctx.body() {
            self.properties(ctx, &b, &r);
            self.additional(ctx, &b, &r);
            for (keyword, part) in [("oneOf", "one-of"), ("anyOf", "any-of")] {
                self.alternatives(ctx, &b, &r, keyword, part);
            }
        }
        if let (Some((bi, bat)), Some((ri, rat))) = (b.kw("items"), r.kw("items")) {
            self.compare(&ctx.child("[]"), bi, bat, ri, rat);
        }
    }

    /// Type and format; false when the type changed in the breaking direction.
    fn types(&mut self, ctx: &Ctx, b: &View<'c>, r: &View<'c>) -> bool {
        let (bt, rt) = (b.types(), r.types());
        let (bt, rt): (Vec<&str>, Vec<&str>) = (
            bt.into_iter().filter(|t| *t != "null").collect(),
            rt.into_iter().filter(|t| *t != "null").collect(),
        );
        let shown = |ts: &[&str]| {
            if ts.is_empty() {
                "any".to_string()
            } else {
                ts.join("|")
            }
        };
        // The side whose values must all be accepted by the other.
        let compatible = if ctx.request {
            covers(&rt, &bt)
        } else {
            covers(&bt, &rt)
        };
        let at = r.kw("type").map_or_else(|| r.pointer.clone(), |(_, at)| at);
        let message = format!(
            "{}: type changed from `{}` to `{}`",
            ctx.subject(),
            shown(&bt),
            shown(&rt)
        );
        if !compatible {
            self.emit
                .emit(&ctx.id("type-changed"), In::Rev, &at, message);
            return false;
        }
        let relaxed = if ctx.request {
            "type-generalized"
        } else {
            "type-specialized"
        };
        if bt != rt {
            self.emit.emit(&ctx.id(relaxed), In::Rev, &at, message);
        }
        let (bf, rf) = (
            b.value("format").and_then(Value::as_str),
            r.value("format").and_then(Value::as_str),
        );
        if bf != rf {
            // The side that may drop or widen the format without breaking.
            let (from, to) = if ctx.request { (bf, rf) } else { (rf, bf) };
            let harmless = match (from, to) {
                (_, None) => true,
                (Some(from), Some(to)) => widens(from, to),
                (None, Some(_)) => false,
            };
            let at = r
                .kw("format")
                .map_or_else(|| r.pointer.clone(), |(_, at)| at);
            let id = if harmless { relaxed } else { "type-changed" };
            let shown = |f: Option<&str>| f.map_or("none".to_string(), |f| format!("`{f}`"));
            self.emit.emit(
                &ctx.id(id),
                In::Rev,
                &at,
                format!(
                    "{}: format changed from {} to {}",
                    ctx.subject(),
                    shown(bf),
                    shown(rf)
                ),
            );
        }
        true
    }

    fn enums(&mut self, ctx: &Ctx, b: &View<'c>, r: &View<'c>) {
        let values = |v: &View<'c>| {
            v.kw("enum")
                .and_then(|(e, at)| e.as_array().map(|a| (a, at)))
        };
        let list = |vs: &[&Value]| {
            vs.iter()
                .map(|v| format!("`{}`", show(v)))
                .collect::<Vec<_>>()
                .join(", ")
        };
        match (values(b), values(r)) {
            (None, None) => {}
            (None, Some((re, at))) => {
                let all: Vec<&Value> = re.iter().collect();
                self.emit.emit(
                    &ctx.id("became-enum"),
                    In::Rev,
                    &at,
                    format!("{}: restricted to the values {}", ctx.subject(), list(&all)),
                );
            }
            (Some((_, at)), None) => {
                self.emit.emit(
                    &ctx.id("enum-removed"),
                    In::Base,
                    &at,
                    format!(
                        "{}: no longer restricted to a list of values",
                        ctx.subject()
                    ),
                );
            }
            (Some((be, _)), Some((re, at))) => {
                let removed: Vec<&Value> = be.iter().filter(|v| !re.contains(v)).collect();
                let added: Vec<&Value> = re.iter().filter(|v| !be.contains(v)).collect();
                if !removed.is_empty() {
                    self.emit.emit(
                        &ctx.id("enum-value-removed"),
                        In::Rev,
                        &at,
                        format!(
                            "{}: enum value(s) {} removed",
                            ctx.subject(),
                            list(&removed)
                        ),
                    );
                }
                if !added.is_empty() {
                    self.emit.emit(
                        &ctx.id("enum-value-added"),
                        In::Rev,
                        &at,
                        format!("{}: enum value(s) {} added", ctx.subject(), list(&added)),
                    );
                }
            }
        }
    }

    fn nullability(&mut self, ctx: &Ctx, b: &View<'c>, r: &View<'c>) {
        let id = match (b.nullable(), r.nullable()) {
            (true, false) => "became-not-nullable",
            (false, true) => "became-nullable",
            _ => return,
        };
        let what = if id == "became-nullable" {
            "null is now allowed"
        } else {
            "null is no longer allowed"
        };
        self.emit.emit(
            &ctx.id(id),
            In::Rev,
            &r.pointer,
            format!("{}: {what}", ctx.subject()),
        );
    }

    fn bounds(&mut self, ctx: &Ctx, b: &View<'c>, r: &View<'c>) {
        for &(keyword, part, _) in BOUNDS {
            let bound = |v: &View<'c>| {
                v.kw(keyword)
                    .and_then(|(n, at)| n.as_f64().map(|f| (n, f, at)))
            };
            let (change, side, at, message) = match (bound(b), bound(r)) {
                (None, None) => continue,
                (None, Some((n, _, at))) => ("set", In::Rev, at, format!("set to {}", show(n))),
                (Some((n, _, at)), None) => ("unset", In::Base, at, format!("{} removed", show(n))),
                (Some((bn, bf, _)), Some((rn, rf, at))) => {
                    let change = if rf < bf {
                        "decreased"
                    } else if rf > bf {
                        "increased"
                    } else {
                        continue;
                    };
                    (
                        change,
                        In::Rev,
                        at,
                        format!("{change} from {} to {}", show(bn), show(rn)),
                    )
                }
            };
            self.emit.emit(
                &ctx.id(&format!("{part}-{change}")),
                side,
                &at,
                format!("{}: `{keyword}` {message}", ctx.subject()),
            );
        }
    }

    fn pattern(&mut self, ctx: &Ctx, b: &View<'c>, r: &View<'c>) {
        let pattern = |v: &View<'c>| {
            v.kw("pattern")
                .and_then(|(p, at)| p.as_str().map(|p| (p, at)))
        };
        let (id, side, at, message) = match (pattern(b), pattern(r)) {
            (None, None) => return,
            (None, Some((p, at))) => ("pattern-added", In::Rev, at, format!("pattern `{p}` added")),
            (Some((p, at)), None) => (
                "pattern-removed",
                In::Base,
                at,
                format!("pattern `{p}` removed"),
            ),
            (Some((bp, _)), Some((rp, at))) if bp != rp => (
                "pattern-changed",
                In::Rev,
                at,
                format!("pattern changed from `{bp}` to `{rp}`"),
            ),
            _ => return,
        };
        self.emit.emit(
            &ctx.id(id),
            side,
            &at,
            format!("{}: {message}", ctx.subject()),
        );
    }

    fn properties(&mut self, ctx: &Ctx, b: &View<'c>, r: &View<'c>) {
        let (bp, rp) = (b.properties(), r.properties());
        if bp.is_empty() && rp.is_empty() {
            return;
        }
        let (breq, rreq) = (b.required(), r.required());
        // A read-only property is never sent, a write-only one never received.
        let ignored = if ctx.request { "readOnly" } else { "writeOnly" };
        let skip = |contract: &'c Contract, schema: &'c Value| {
            contract.deref(schema, String::new()).0.get(ignored) == Some(&Value::Bool(true))
        };
        let (base_c, rev_c) = (self.emit.base, self.emit.rev);
        for &(name, bs, ref bat) in &bp {
            let child = ctx.child(name);
            let subject = format!("{}, property `{}`", ctx.what, child.path);
            let Some(&(_, rs, ref rat)) = rp.iter().find(|(n, _, _)| *n == name) else {
                if skip(base_c, bs) {
                    continue;
                }
                let id = match (ctx.request, breq.contains(name)) {
                    (true, _) => "request-property-removed",
                    (false, true) => "response-required-property-removed",
                    (false, false) => "response-optional-property-removed",
                };
                self.emit
                    .emit(id, In::Base, bat, format!("{subject}: removed"));
                continue;
            };
            if skip(rev_c, rs) {
                continue;
            }
            let id = match (ctx.request, breq.contains(name), rreq.contains(name)) {
                (true, false, true) => Some("request-property-became-required"),
                (true, true, false) => Some("request-property-became-optional"),
                (false, true, false) => Some("response-property-became-optional"),
                (false, false, true) => Some("response-property-became-required"),
                _ => None,
            };
            if let Some(id) = id {
                let now = if rreq.contains(name) {
                    "required"
                } else {
                    "optional"
                };
                let at = r
                    .kw("required")
                    .map_or_else(|| r.pointer.clone(), |(_, at)| at);
                self.emit
                    .emit(id, In::Rev, &at, format!("{subject}: became {now}"));
            }
            self.compare(&child, bs, bat.clone(), rs, rat.clone());
        }
        for &(name, rs, ref rat) in &rp {
            if bp.iter().any(|(n, _, _)| *n == name) || skip(rev_c, rs) {
                continue;
            }
            let required = rreq.contains(name);
            let id = match (ctx.request, required) {
                (true, true) => "new-required-request-property",
                (true, false) => "new-optional-request-property",
                (false, true) => "response-required-property-added",
                (false, false) => "response-optional-property-added",
            };
            let how = if required { "required" } else { "optional" };
            self.emit.emit(
                id,
                In::Rev,
                rat,
                format!(
                    "{}, property `{}`: added ({how})",
                    ctx.what,
                    ctx.child(name).path
                ),
            );
        }
    }

    fn additional(&mut self, ctx: &Ctx, b: &View<'c>, r: &View<'c>) {
        let (ba, ra) = (b.kw("additionalProperties"), r.kw("additionalProperties"));
        let closed = |a: &Option<(&Value, String)>| matches!(a, Some((Value::Bool(false), _)));
        let (bc, rc) = (closed(&ba), closed(&ra));
        if bc != rc {
            let (change, message) = match (rc, ctx.request) {
                (true, true) => ("closed", "no longer accepts properties it does not list"),
                (false, true) => ("opened", "now accepts properties it does not list"),
                (true, false) => ("closed", "no longer carries properties it does not list"),
                (false, false) => ("opened", "may now carry properties it does not list"),
            };
            let at = ra
                .as_ref()
                .map_or_else(|| r.pointer.clone(), |(_, at)| at.clone());
            let side = if ctx.request { "request" } else { "response" };
            self.emit.emit(
                &format!("{side}-property-additional-properties-{change}"),
                In::Rev,
                &at,
                format!("{}: {message}", ctx.subject()),
            );
        }
        if let (Some((bs, bat)), Some((rs, rat))) = (ba, ra)
            && bs.is_object()
            && rs.is_object()
        {
            self.compare(&ctx.child("*"), bs, bat, rs, rat);
        }
    }

    fn alternatives(&mut self, ctx: &Ctx, b: &View<'c>, r: &View<'c>, keyword: &str, part: &str) {
        let branches = |contract: &'c Contract, v: &View<'c>| -> Vec<(String, &'c Value, String)> {
            let Some((Value::Array(items), at)) = v.kw(keyword) else {
                return Vec::new();
            };
            items
                .iter()
                .enumerate()
                .map(|(i, item)| {
                    let item_at = join(&at, &i.to_string());
                    // Alternatives that are `$ref`s pair by name, inline ones by position.
                    let key = match item.get("$ref").and_then(Value::as_str) {
                        Some(_) => contract.deref(item, item_at.clone()).1,
                        None => String::new(),
                    };
                    (key, item, item_at)
                })
                .collect()
        };
        let (mut bb, mut rb) = (branches(self.emit.base, b), branches(self.emit.rev, r));
        if bb.is_empty() && rb.is_empty() {
            return;
        }
        let mut pairs = Vec::new();
        bb.retain(|(key, item, at)| {
            if key.is_empty() {
                return true;
            }
            match rb.iter().position(|(k, _, _)| k == key) {
                Some(i) => {
                    let (_, ri, rat) = rb.remove(i);
                    pairs.push((*item, at.clone(), ri, rat));
                    false
                }
                None => true,
            }
        });
        while !bb.is_empty() && !rb.is_empty() {
            let (_, bi, bat) = bb.remove(0);
            let (_, ri, rat) = rb.remove(0);
            pairs.push((bi, bat, ri, rat));
        }
        let name = |at: &str, key: &str| match key.rsplit('/').next() {
            Some(n) if !key.is_empty() => format!("`{n}`"),
            _ => format!("#{}", at.rsplit('/').next().unwrap_or("?")),
        };
        let side = if ctx.request { "request" } else { "response" };
        for (key, _, at) in &bb {
            self.emit.emit(
                &format!("{side}-property-{part}-removed"),
                In::Base,
                at,
                format!(
                    "{}: `{keyword}` alternative {} removed",
                    ctx.subject(),
                    name(at, key)
                ),
            );
        }
        for (key, _, at) in &rb {
            self.emit.emit(
                &format!("{side}-property-{part}-added"),
                In::Rev,
                at,
                format!(
                    "{}: `{keyword}` alternative {} added",
                    ctx.subject(),
                    name(at, key)
                ),
            );
        }
        for (bi, bat, ri, rat) in pairs {
            self.compare(ctx, bi, bat, ri, rat);
        }
    }
}

/// Whether `value` holds a `$ref` anywhere (examples are data, not schema).
fn has_ref(value: &Value) -> bool {
    match value {
        Value::Object(m) => m
            .iter()
            .any(|(k, v)| k == "$ref" || (k != "example" && k != "examples" && has_ref(v))),
        Value::Array(items) => items.iter().any(has_ref),
        _ => false,
    }
}

/// Whether every value of a type in `narrow` is a value of a type in `wide` (no types: any).
fn covers(wide: &[&str], narrow: &[&str]) -> bool {
    if wide.is_empty() {
        return true;
    }
    if narrow.is_empty() {
        return false;
    }
    narrow
        .iter()
        .all(|t| wide.contains(t) || (*t == "integer" && wide.contains(&"number")))
}

/// Formats where every value of `from` is a value of `to`.
fn widens(from: &str, to: &str) -> bool {
    matches!((from, to), ("int32", "int64") | ("float", "double"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn integer_fits_in_number_not_the_reverse() {
        assert!(covers(&["number"], &["integer"]));
        assert!(!covers(&["integer"], &["number"]));
        assert!(covers(&[], &["string"]));
        assert!(!covers(&["string"], &[]));
        assert!(widens("int32", "int64") && !widens("int64", "int32"));
    }
}
