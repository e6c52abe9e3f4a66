//! The contract-level walk: paths matched by shape (`/a/{id}` is `/a/{recambioId}`), then per
//! operation its id, deprecation, parameters (path parameters matched by position), request
//! body, responses and security, each handing its schemas to [`crate::schema`]. Every finding
//! belongs to one operation, so a change in a shared component is reported once for each
//! operation that uses it.

use std::cell::RefCell;
use std::collections::{BTreeMap, HashSet};

use serde_json::Value;

use crate::document::{Contract, Emitter, In, join};
use crate::finding::Finding;
use crate::schema::{Ctx, Memo, Schemas};

const METHODS: [&str; 8] = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

/// Every change from `base` to `rev`, sorted by operation, then id and location.
pub(crate) fn compare(base: &Contract, rev: &Contract) -> Vec<Finding> {
    let (bpaths, rpaths) = (paths(base), paths(rev));
    let memo = RefCell::new(Memo::new());
    let both = (base, rev, &memo);
    let mut out = Vec::new();
    for (shape, &(bpath, bitem)) in &bpaths {
        let bat = join("/paths", bpath);
        let bitem_v = base.deref(bitem, bat.clone());
        let Some(&(rpath, ritem)) = rpaths.get(shape) else {
            // The whole path is gone: announced when every operation was deprecated.
            let ops = operations(bitem_v.0);
            let deprecated = ops.iter().all(|(_, op)| is_deprecated(op));
            for (method, _) in &ops {
                let mut emit = emitter(both, method, bpath);
                let id = if deprecated {
                    "api-path-removed-with-deprecation"
                } else {
                    "api-path-removed-without-deprecation"
                };
                emit.emit(
                    id,
                    In::Base,
                    &join(&bitem_v.1, method),
                    format!("path `{bpath}` removed"),
                );
                out.extend(emit.out);
            }
            continue;
        };
        let rat = join("/paths", rpath);
        let ritem_v = rev.deref(ritem, rat.clone());
        let path = PathPair {
            base: bpath,
            rev: rpath,
            base_item: bitem_v,
            rev_item: ritem_v,
        };
        let rops = operations(path.rev_item.0);
        for (method, bop) in operations(path.base_item.0) {
            let mut emit = emitter(both, method, rpath);
            let bop_at = join(&path.base_item.1, method);
            match rops.iter().find(|(m, _)| *m == method) {
                None => {
                    let id = if is_deprecated(bop) {
                        "api-removed-with-deprecation"
                    } else {
                        "api-removed-without-deprecation"
                    };
                    emit.emit(
                        id,
                        In::Base,
                        &bop_at,
                        format!("operation {} removed", emit.operation),
                    );
                }
                Some(&(_, rop)) => {
                    let rop_at = join(&path.rev_item.1, method);
                    operation(&mut emit, &path, (bop, bop_at), (rop, rop_at));
                }
            }
            out.extend(emit.out);
        }
        for (method, _) in &rops {
            if !operations(path.base_item.0)
                .iter()
                .any(|(m, _)| m == method)
            {
                let mut emit = emitter(both, method, rpath);
                let message = format!("operation {} added", emit.operation);
                emit.emit(
                    "endpoint-added",
                    In::Rev,
                    &join(&path.rev_item.1, method),
                    message,
                );
                out.extend(emit.out);
            }
        }
    }
    for (shape, &(rpath, ritem)) in &rpaths {
        if bpaths.contains_key(shape) {
            continue;
        }
        let (ritem, rat) = rev.deref(ritem, join("/paths", rpath));
        for (method, _) in operations(ritem) {
            let mut emit = emitter(both, method, rpath);
            let message = format!("operation {} added", emit.operation);
            emit.emit("endpoint-added", In::Rev, &join(&rat, method), message);
            out.extend(emit.out);
        }
    }
    // Findings are per operation: the same change met twice in one (through two references to
    // one component) is one finding.
    let mut seen = HashSet::new();
    out.retain(|f| {
        seen.insert((
            f.id,
            f.operation.clone(),
            f.location.clone(),
            f.file.clone(),
        ))
    });
    // By operation, then the worst first.
    out.sort_by(|a, b| {
        (
            operation_key(&a.operation),
            std::cmp::Reverse(a.level),
            a.id,
            &a.location,
        )
            .cmp(&(
                operation_key(&b.operation),
                std::cmp::Reverse(b.level),
                b.id,
                &b.location,
            ))
    });
    out
}

/// Sorts operations by path, then by method in [`METHODS`] order.
fn operation_key(operation: &str) -> (&str, usize) {
    let (method, path) = operation.split_once(' ').unwrap_or((operation, ""));
    let m = method.to_ascii_lowercase();
    (
        path,
        METHODS
            .iter()
            .position(|x| *x == m)
            .unwrap_or(METHODS.len()),
    )
}

fn emitter<'c>(
    (base, rev, memo): (&'c Contract, &'c Contract, &'c RefCell<Memo>),
    method: &str,
    path: &str,
) -> Emitter<'c> {
    Emitter {
        base,
        rev,
        memo,
        operation: format!("{} {path}", method.to_ascii_uppercase()),
        out: Vec::new(),
    }
}

/// Paths by shape: template variables' names do not count.
fn paths(contract: &Contract) -> BTreeMap<String, (&str, &Value)> {
    let mut out = BTreeMap::new();
    if let Some(Value::Object(paths)) = contract.doc.get("paths") {
        for (path, item) in paths {
            out.entry(shape(path)).or_insert((path.as_str(), item));
        }
    }
    out
}

fn shape(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    let mut in_var = false;
    for c in path.chars() {
        match c {
            '{' => {
                in_var = true;
                out.push_str("{}");
            }
            '}' => in_var = false,
            _ if in_var => {}
            _ => out.push(c),
        }
    }
    out
}

/// The names of `path`'s template variables, in order.
fn template_vars(path: &str) -> Vec<&str> {
    path.split('{')
        .skip(1)
        .filter_map(|s| s.split_once('}').map(|(name, _)| name))
        .collect()
}

fn operations(item: &Value) -> Vec<(&'static str, &Value)> {
    METHODS
        .iter()
        .filter_map(|&m| item.get(m).filter(|op| op.is_object()).map(|op| (m, op)))
        .collect()
}

fn is_deprecated(op: &Value) -> bool {
    op.get("deprecated") == Some(&Value::Bool(true))
}

/// One path as both documents spell it: (item, pointer) on each side, `$ref`s followed.
struct PathPair<'c> {
    base: &'c str,
    rev: &'c str,
    base_item: (&'c Value, String),
    rev_item: (&'c Value, String),
}

type At<'c> = (&'c Value, String);

fn operation<'c>(
    emit: &mut Emitter<'c>,
    path: &PathPair<'c>,
    (bop, bat): At<'c>,
    (rop, rat): At<'c>,
) {
    let id = |op: &'c Value| op.get("operationId").and_then(Value::as_str);
    match (id(bop), id(rop)) {
        (Some(b), Some(r)) if b != r => emit.emit(
            "api-operation-id-removed",
            In::Rev,
            &join(&rat, "operationId"),
            format!("operationId `{b}` changed to `{r}`: the generated client method is renamed"),
        ),
        (Some(b), None) => emit.emit(
            "api-operation-id-removed",
            In::Base,
            &join(&bat, "operationId"),
            format!("operationId `{b}` removed: the generated client method is renamed"),
        ),
        (None, Some(r)) => emit.emit(
            "api-operation-id-added",
            In::Rev,
            &join(&rat, "operationId"),
            format!("operationId `{r}` added: the generated client method, named from method and path until now, is renamed"),
        ),
        _ => {}
    }
    match (is_deprecated(bop), is_deprecated(rop)) {
        (false, true) => emit.emit("endpoint-deprecated", In::Rev, &rat, "deprecated".into()),
        (true, false) => emit.emit(
            "endpoint-reactivated",
            In::Rev,
            &rat,
            "no longer deprecated".into(),
        ),
        _ => {}
    }
    parameters(emit, path, (bop, &bat), (rop, &rat));
    request_body(emit, (bop, &bat), (rop, &rat));
    responses(emit, (bop, &bat), (rop, &rat));
    security(emit, (bop, &bat), (rop, &rat));
}

/// A parameter's identity: a path parameter by its position in the template, any other by
/// where it goes and its name (headers case-insensitively).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum ParamKey {
    Path(usize),
    Other(String, String),
}

struct Param<'c> {
    name: &'c str,
    location: &'c str,
    value: &'c Value,
    at: String,
}

/// The operation's parameters with the path item's merged in (the operation's win).
fn effective_params<'c>(
    contract: &'c Contract,
    item: &(&'c Value, String),
    op: (&'c Value, &str),
    template: &[&str],
) -> Vec<(ParamKey, Param<'c>)> {
    let mut out: Vec<(ParamKey, Param<'c>)> = Vec::new();
    let lists = [(item.0, item.1.clone()), (op.0, op.1.to_string())];
    for (owner, owner_at) in lists {
        let Some(Value::Array(list)) = owner.get("parameters") else {
            continue;
        };
        let list_at = join(&owner_at, "parameters");
        for (i, p) in list.iter().enumerate() {
            let (p, at) = contract.deref(p, join(&list_at, &i.to_string()));
            let (Some(name), Some(location)) = (
                p.get("name").and_then(Value::as_str),
                p.get("in").and_then(Value::as_str),
            ) else {
                continue;
            };
            let key = match location {
                "path" => match template.iter().position(|v| *v == name) {
                    Some(i) => ParamKey::Path(i),
                    None => ParamKey::Other("path".into(), name.into()),
                },
                "header" => ParamKey::Other(location.into(), name.to_ascii_lowercase()),
                _ => ParamKey::Other(location.into(), name.into()),
            };
            let param = Param {
                name,
                location,
                value: p,
                at,
            };
            match out.iter_mut().find(|(k, _)| *k == key) {
                Some(slot) => slot.1 = param,
                None => out.push((key, param)),
            }
        }
    }
    out
}

fn is_required(v: &Value) -> bool {
    v.get("required") == Some(&Value::Bool(true))
}

/// A parameter's or header's schema: `schema`, or the first media type's under `content`.
fn schema_of<'c>(v: &'c Value, at: &str) -> Option<(&'c Value, String)> {
    if let Some(s) = v.get("schema") {
        return Some((s, join(at, "schema")));
    }
    let (mt, media) = v.get("content")?.as_object()?.iter().next()?;
    let s = media.get("schema")?;
    Some((s, join(&join(&join(at, "content"), mt), "schema")))
}

fn parameters<'c>(
    emit: &mut Emitter<'c>,
    path: &PathPair<'c>,
    bop: (&'c Value, &str),
    rop: (&'c Value, &str),
) {
    let (base_c, rev_c) = (emit.base, emit.rev);
    let bparams = effective_params(base_c, &path.base_item, bop, &template_vars(path.base));
    let rparams = effective_params(rev_c, &path.rev_item, rop, &template_vars(path.rev));
    let mut schemas = Schemas::new(emit);
    let label = |p: &Param| format!("{} parameter `{}`", p.location, p.name);
    let mut moved_to = Vec::new();
    for (key, bp) in &bparams {
        let Some((_, rp)) = rparams.iter().find(|(k, _)| k == key) else {
            // Same name somewhere else, and not there before: moved.
            let moved = rparams.iter().find(|(k, p)| {
                p.name == bp.name
                    && p.location != bp.location
                    && !bparams.iter().any(|(bk, _)| bk == k)
            });
            match moved {
                Some((k, rp)) => {
                    moved_to.push(k.clone());
                    schemas.emit.emit(
                        "request-parameter-moved",
                        In::Rev,
                        &rp.at,
                        format!("{} moved to the {}", label(bp), rp.location),
                    );
                }
                None => schemas.emit.emit(
                    "request-parameter-removed",
                    In::Base,
                    &bp.at,
                    format!("{} removed", label(bp)),
                ),
            }
            continue;
        };
        match (is_required(bp.value), is_required(rp.value)) {
            (false, true) => schemas.emit.emit(
                "request-parameter-became-required",
                In::Rev,
                &join(&rp.at, "required"),
                format!("{} became required", label(rp)),
            ),
            (true, false) => schemas.emit.emit(
                "request-parameter-became-optional",
                In::Rev,
                &rp.at,
                format!("{} became optional", label(rp)),
            ),
            _ => {}
        }
        if let (Some((bs, bat)), Some((rs, rat))) =
            (schema_of(bp.value, &bp.at), schema_of(rp.value, &rp.at))
        {
            let ctx = Ctx {
                request: true,
                prefix: "request-parameter",
                what: label(rp),
                path: String::new(),
            };
            schemas.compare(&ctx, bs, bat, rs, rat);
        }
    }
    for (key, rp) in &rparams {
        if bparams.iter().any(|(k, _)| k == key) || moved_to.contains(key) {
            continue;
        }
        let (id, how) = if is_required(rp.value) {
            ("new-required-request-parameter", "required")
        } else {
            ("new-optional-request-parameter", "optional")
        };
        schemas
            .emit
            .emit(id, In::Rev, &rp.at, format!("{} added ({how})", label(rp)));
    }
}

fn media_types(v: &Value) -> Vec<(&str, &Value)> {
    v.get("content")
        .and_then(Value::as_object)
        .map(|m| m.iter().map(|(k, v)| (k.as_str(), v)).collect())
        .unwrap_or_default()
}

fn request_body<'c>(emit: &mut Emitter<'c>, bop: (&'c Value, &str), rop: (&'c Value, &str)) {
    let (base_c, rev_c) = (emit.base, emit.rev);
    let body = |c: &'c Contract, (op, at): (&'c Value, &str)| {
        op.get("requestBody")
            .map(|b| c.deref(b, join(at, "requestBody")))
    };
    let (b, r) = match (body(base_c, bop), body(rev_c, rop)) {
        (None, None) => return,
        (None, Some((r, rat))) => {
            let (id, how) = if is_required(r) {
                ("request-body-added-required", "required")
            } else {
                ("request-body-added-optional", "optional")
            };
            emit.emit(id, In::Rev, &rat, format!("request body added ({how})"));
            return;
        }
        (Some((_, bat)), None) => {
            emit.emit(
                "request-body-removed",
                In::Base,
                &bat,
                "request body removed".into(),
            );
            return;
        }
        (Some(b), Some(r)) => (b, r),
    };
    match (is_required(b.0), is_required(r.0)) {
        (false, true) => emit.emit(
            "request-body-became-required",
            In::Rev,
            &r.1,
            "request body became required".into(),
        ),
        (true, false) => emit.emit(
            "request-body-became-optional",
            In::Rev,
            &r.1,
            "request body became optional".into(),
        ),
        _ => {}
    }
    contents(emit, true, "request body", (b.0, &b.1), (r.0, &r.1));
}

/// The media types of a request body or a response compared: those removed, those added,
/// and the schemas of those in both.
fn contents<'c>(
    emit: &mut Emitter<'c>,
    request: bool,
    what: &str,
    (b, bat): (&'c Value, &str),
    (r, rat): (&'c Value, &str),
) {
    let (removed, added, prefix) = if request {
        (
            "request-body-media-type-removed",
            "request-body-media-type-added",
            "request-property",
        )
    } else {
        (
            "response-media-type-removed",
            "response-media-type-added",
            "response-property",
        )
    };
    let content = |at: &str, mt: &str| join(&join(at, "content"), mt);
    let (bm, rm) = (media_types(b), media_types(r));
    let mut schemas = Schemas::new(emit);
    for &(mt, bmedia) in &bm {
        let Some(&(_, rmedia)) = rm.iter().find(|(m, _)| *m == mt) else {
            let message = format!("{what}: media type `{mt}` removed");
            schemas
                .emit
                .emit(removed, In::Base, &content(bat, mt), message);
            continue;
        };
        if let (Some(bs), Some(rs)) = (bmedia.get("schema"), rmedia.get("schema")) {
            let ctx = Ctx {
                request,
                prefix,
                what: format!("{what} ({mt})"),
                path: String::new(),
            };
            let (bsat, rsat) = (
                join(&content(bat, mt), "schema"),
                join(&content(rat, mt), "schema"),
            );
            schemas.compare(&ctx, bs, bsat, rs, rsat);
        }
    }
    for &(mt, _) in &rm {
        if !bm.iter().any(|(m, _)| *m == mt) {
            let message = format!("{what}: media type `{mt}` added");
            schemas
                .emit
                .emit(added, In::Rev, &content(rat, mt), message);
        }
    }
}

fn is_success(status: &str) -> bool {
    status.starts_with('2')
}

fn responses<'c>(emit: &mut Emitter<'c>, bop: (&'c Value, &str), rop: (&'c Value, &str)) {
    let list = |op: &'c Value| -> Vec<(&'c str, &'c Value)> {
        op.get("responses")
            .and_then(Value::as_object)
            .map(|m| m.iter().map(|(k, v)| (k.as_str(), v)).collect())
            .unwrap_or_default()
    };
    let (bresp, rresp) = (list(bop.0), list(rop.0));
    let (bat, rat) = (join(bop.1, "responses"), join(rop.1, "responses"));
    let (base_c, rev_c) = (emit.base, emit.rev);
    for &(status, b) in &bresp {
        let Some(&(_, r)) = rresp.iter().find(|(s, _)| *s == status) else {
            let id = if is_success(status) {
                "response-success-status-removed"
            } else {
                "response-non-success-status-removed"
            };
            emit.emit(
                id,
                In::Base,
                &join(&bat, status),
                format!("response {status} removed"),
            );
            continue;
        };
        let b = base_c.deref(b, join(&bat, status));
        let r = rev_c.deref(r, join(&rat, status));
        response(emit, status, b, r);
    }
    for &(status, _) in &rresp {
        if !bresp.iter().any(|(s, _)| *s == status) {
            let id = if is_success(status) {
                "response-success-status-added"
            } else {
                "response-non-success-status-added"
            };
            emit.emit(
                id,
                In::Rev,
                &join(&rat, status),
                format!("response {status} added"),
            );
        }
    }
}

fn response<'c>(emit: &mut Emitter<'c>, status: &str, (b, bat): At<'c>, (r, rat): At<'c>) {
    let (base_c, rev_c) = (emit.base, emit.rev);
    let headers = |c: &'c Contract, v: &'c Value, at: &str| -> Vec<(String, &'c Value, String)> {
        v.get("headers")
            .and_then(Value::as_object)
            .map(|m| {
                m.iter()
                    .map(|(name, h)| {
                        let (h, hat) = c.deref(h, join(&join(at, "headers"), name));
                        (name.clone(), h, hat)
                    })
                    .collect()
            })
            .unwrap_or_default()
    };
    let (bh, rh) = (headers(base_c, b, &bat), headers(rev_c, r, &rat));
    let find = |list: &[(String, &'c Value, String)], name: &str| {
        list.iter()
            .position(|(n, _, _)| n.eq_ignore_ascii_case(name))
    };
    for (name, bv, bhat) in &bh {
        match find(&rh, name) {
            None => {
                let id = if is_required(bv) {
                    "required-response-header-removed"
                } else {
                    "optional-response-header-removed"
                };
                emit.emit(
                    id,
                    In::Base,
                    bhat,
                    format!("response {status}: header `{name}` removed"),
                );
            }
            Some(i) => {
                let (_, rv, rhat) = &rh[i];
                if is_required(bv) && !is_required(rv) {
                    emit.emit(
                        "response-header-became-optional",
                        In::Rev,
                        rhat,
                        format!("response {status}: header `{name}` became optional"),
                    );
                }
            }
        }
    }
    for (name, _, rhat) in &rh {
        if find(&bh, name).is_none() {
            emit.emit(
                "response-header-added",
                In::Rev,
                rhat,
                format!("response {status}: header `{name}` added"),
            );
        }
    }
    contents(
        emit,
        false,
        &format!("response {status}"),
        (b, &bat),
        (r, &rat),
    );
}

/// One security alternative: scheme → scopes.
type Requirement = BTreeMap<String, Vec<String>>;

/// The operation's security alternatives (its own, or the document's), and where they are.
/// No requirement at all is one empty alternative: anyone may call.
fn alternatives(contract: &Contract, (op, at): (&Value, &str)) -> (Vec<Requirement>, String) {
    let (list, at) = match op.get("security") {
        Some(s) => (s, join(at, "security")),
        None => match contract.doc.get("security") {
            Some(s) => (s, "/security".to_string()),
            None => return (vec![Requirement::new()], at.to_string()),
        },
    };
    let reqs: Vec<Requirement> = list
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(Value::as_object)
                .map(|m| {
                    m.iter()
                        .map(|(scheme, scopes)| {
                            let scopes = scopes
                                .as_array()
                                .map(|s| {
                                    s.iter()
                                        .filter_map(Value::as_str)
                                        .map(str::to_string)
                                        .collect()
                                })
                                .unwrap_or_default();
                            (scheme.clone(), scopes)
                        })
                        .collect()
                })
                .collect()
        })
        .unwrap_or_default();
    if reqs.is_empty() {
        (vec![Requirement::new()], at)
    } else {
        (reqs, at)
    }
}

/// Whether a caller that meets `held` also meets `wanted`.
fn satisfies(held: &Requirement, wanted: &Requirement) -> bool {
    wanted.iter().all(|(scheme, scopes)| {
        held.get(scheme)
            .is_some_and(|have| scopes.iter().all(|s| have.contains(s)))
    })
}

fn show_requirement(r: &Requirement) -> String {
    if r.is_empty() {
        return "none".to_string();
    }
    r.iter()
        .map(|(s, scopes)| {
            if scopes.is_empty() {
                format!("`{s}`")
            } else {
                format!("`{s}` ({})", scopes.join(", "))
            }
        })
        .collect::<Vec<_>>()
        .join(" + ")
}

fn security<'c>(emit: &mut Emitter<'c>, bop: (&'c Value, &str), rop: (&'c Value, &str)) {
    let (base, _) = alternatives(emit.base, bop);
    let (rev, rat) = alternatives(emit.rev, rop);
    let mut broke = false;
    for held in &base {
        if rev.iter().any(|wanted| satisfies(held, wanted)) {
            continue;
        }
        // A caller of the base that meets `held` is refused. Same schemes with more scopes is
        // a scope added; anything else a requirement added.
        broke = true;
        let same_schemes = rev
            .iter()
            .find(|w| !held.is_empty() && w.keys().eq(held.keys()));
        match same_schemes {
            Some(w) => {
                let added: Vec<String> = w
                    .iter()
                    .flat_map(|(scheme, scopes)| {
                        let have = &held[scheme];
                        scopes
                            .iter()
                            .filter(|s| !have.contains(s))
                            .map(move |s| format!("`{s}` on `{scheme}`"))
                    })
                    .collect();
                emit.emit(
                    "api-security-scope-added",
                    In::Rev,
                    &rat,
                    format!("security scope(s) {} now required", added.join(", ")),
                );
            }
            None => emit.emit(
                "api-security-added",
                In::Rev,
                &rat,
                format!(
                    "{} refused: security now requires {}",
                    if held.is_empty() {
                        "callers without credentials are".to_string()
                    } else {
                        format!("callers with {} are", show_requirement(held))
                    },
                    rev.iter()
                        .map(show_requirement)
                        .collect::<Vec<_>>()
                        .join(" or ")
                ),
            ),
        }
    }
    if broke {
        return;
    }
    // Every base caller still passes: what loosened, for the changelog.
    for held in base.iter().filter(|h| !h.is_empty() && !rev.contains(h)) {
        let id = if rev.iter().any(|w| w.keys().eq(held.keys())) {
            "api-security-scope-removed"
        } else {
            "api-security-removed"
        };
        emit.emit(
            id,
            In::Rev,
            &rat,
            format!(
                "security requirement {} no longer needed",
                show_requirement(held)
            ),
        );
    }
    // (An empty alternative, anyone may call, is what a removal above already says.)
    for wanted in rev.iter().filter(|w| !w.is_empty() && !base.contains(w)) {
        if base
            .iter()
            .any(|b| !b.is_empty() && b.keys().eq(wanted.keys()))
        {
            continue;
        }
        emit.emit(
            "api-security-alternative-added",
            In::Rev,
            &rat,
            format!("security alternative {} accepted", show_requirement(wanted)),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_match_by_shape() {
        assert_eq!(shape("/a/{id}/b"), shape("/a/{recambioId}/b"));
        assert_ne!(shape("/a/{id}"), shape("/a/{id}/b"));
        assert_eq!(template_vars("/a/{x}/b/{y}"), vec!["x", "y"]);
    }

    #[test]
    fn a_requirement_is_met_by_one_with_more() {
        let r = |pairs: &[(&str, &[&str])]| -> Requirement {
            pairs
                .iter()
                .map(|(s, sc)| (s.to_string(), sc.iter().map(|x| x.to_string()).collect()))
                .collect()
        };
        assert!(satisfies(
            &r(&[("oauth", &["read", "write"])]),
            &r(&[("oauth", &["read"])])
        ));
        assert!(!satisfies(
            &r(&[("oauth", &["read"])]),
            &r(&[("oauth", &["read", "write"])])
        ));
        assert!(satisfies(&r(&[]), &r(&[])));
        assert!(!satisfies(&r(&[]), &r(&[("key", &[])])));
    }
}
