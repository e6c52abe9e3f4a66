//! The contract as the server generator sees it: operations with their parameters, bodies and
//! responses, read from the bundled OpenAPI 3.0 document. What one operation needs and the
//! generator cannot give it leaves that operation out, with a [`Diagnostic`] naming the
//! pointer; only a document without a readable shape at all is an error.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use serde_json::Value;

use taller_contract::validate::is_streamed;

use crate::error::{Error, Result};
use crate::pointer;

const METHODS: [&str; 8] = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

/// Every operation of one contract.
#[derive(Debug)]
pub struct Api {
    /// Operations sorted by path, then method.
    pub operations: Vec<Operation>,
    /// `components.schemas`, by name.
    pub schemas: BTreeMap<String, Value>,
    /// `components.securitySchemes`: name and description, by name.
    pub security_schemes: BTreeMap<String, String>,
    /// What was left out or changed, and why.
    pub diagnostics: Vec<Diagnostic>,
}

/// Something of the contract the generator left out (`skipped`: the whole operation at
/// `pointer`) or generated differently from what it says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// A JSON pointer into the bundled document.
    pub pointer: String,
    pub message: String,
    /// The operation at `pointer` is not in the generated crate this concerns.
    pub skipped: bool,
    /// Which crate it concerns: `server`, `client` or `types`.
    pub part: &'static str,
}

impl Diagnostic {
    /// The operation at `pointer` is left out of `part`.
    pub fn skip(
        part: &'static str,
        pointer: impl Into<String>,
        message: impl Into<String>,
    ) -> Self {
        Diagnostic::new(part, pointer.into(), message.into(), true)
    }

    /// `part` generates what is at `pointer` differently from what it says.
    pub fn note(
        part: &'static str,
        pointer: impl Into<String>,
        message: impl Into<String>,
    ) -> Self {
        Diagnostic::new(part, pointer.into(), message.into(), false)
    }

    fn new(part: &'static str, pointer: String, message: String, skipped: bool) -> Self {
        Diagnostic {
            pointer,
            message,
            skipped,
            part,
        }
    }
}

/// One operation (path + method).
#[derive(Debug)]
pub struct Operation {
    /// The `operationId` (one derived from method and path when the contract has none).
    pub id: String,
    /// `id` as a Rust snake-case name.
    pub rust_name: String,
    pub method: String,
    pub path: String,
    /// The template whose route serves it: its own `path`, or the first of its shape when
    /// templates differ by parameter names only (`/items/{id}` and `/items/{item_id}`).
    pub route: String,
    pub doc: String,
    pub params: Vec<Param>,
    pub body: Option<Body>,
    pub responses: Vec<Response>,
}

impl Operation {
    /// `/paths/<path>/<method>`, where the operation is in the bundled document.
    pub fn pointer(&self) -> String {
        pointer::join(&pointer::join("/paths", &self.path), &self.method)
    }

    /// Its parameters that travel in `location`.
    pub fn params_in(&self, location: Location) -> Vec<&Param> {
        self.params
            .iter()
            .filter(|p| p.location == location)
            .collect()
    }
}

/// Where a parameter travels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Location {
    Path,
    Query,
    Header,
    Cookie,
}

/// A path, query, header or cookie parameter.
#[derive(Debug)]
pub struct Param {
    pub name: String,
    pub location: Location,
    pub required: bool,
    pub description: Option<String>,
    pub schema: Value,
    /// How it is written: the contract's `style`, else the location's default (`simple`,
    /// `form` for the query).
    pub style: String,
    /// The contract's `explode`, else `true` for `form` and `false` for the other styles.
    pub explode: bool,
}

/// A request body: typed when one of its media types is JSON, raw bytes for the others.
#[derive(Debug)]
pub struct Body {
    pub required: bool,
    /// The JSON media type and its schema.
    pub json: Option<(String, Value)>,
    /// Media types other than JSON (forms, files, text, binary), received as raw bytes.
    pub raw: Vec<String>,
    /// Every media type is a binary one ([`taller_contract::validate::is_streamed`]): the
    /// body reaches the implementation as a stream, never read whole.
    pub streamed: bool,
}

/// A response status key of the contract.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Status {
    Code(u16),
    /// `4XX` → 4.
    Range(u16),
    Default,
}

/// One declared response.
#[derive(Debug)]
pub struct Response {
    pub status: Status,
    pub description: String,
    /// The body: typed JSON, or raw bytes of another media type.
    pub body: Option<ResponseBody>,
    pub headers: Vec<Header>,
}

/// How a response body is written.
#[derive(Debug, Clone)]
pub enum ResponseBody {
    /// A JSON media type and its schema.
    Json(String, Value),
    /// Bytes of one of these media types (the implementation names the one it sends).
    Raw(Vec<String>),
    /// Binary media types only: the body is streamed as the implementation produces it.
    Stream(Vec<String>),
    /// `text/event-stream` alone: server-sent events whose data has this schema (OpenAPI
    /// 3.2's `itemSchema` when given, else the media type's `schema`).
    Events(Value),
}

/// A declared response header.
#[derive(Debug)]
pub struct Header {
    pub name: String,
    pub required: bool,
    pub description: Option<String>,
    pub schema: Value,
}

/// Whether `media_type` is JSON (`application/json`, `application/problem+json`, with or
/// without parameters).
pub fn is_json(media_type: &str) -> bool {
    let essence = media_type
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase();
    essence == "application/json"
        || (essence.starts_with("application/") && essence.ends_with("+json"))
}

/// The media object of `content` when it declares `text/event-stream` alone (server-sent
/// events).
pub fn event_stream(content: &serde_json::Map<String, Value>) -> Option<&Value> {
    let (media_type, media) = content.iter().next()?;
    let essence = media_type.split(';').next().unwrap_or_default().trim();
    (content.len() == 1 && essence.eq_ignore_ascii_case("text/event-stream")).then_some(media)
}

/// The schema of one event's data: OpenAPI 3.2's `itemSchema`, else the media type's `schema`.
pub fn event_data_schema(media: &Value) -> Option<&Value> {
    media.get("itemSchema").or_else(|| media.get("schema"))
}

struct Reader<'a> {
    file: PathBuf,
    doc: &'a Value,
}

impl<'a> Reader<'a> {
    fn err(&self, at: &str, message: impl Into<String>) -> Error {
        Error::spec(&self.file, at, message)
    }

    /// Follows local `$ref`s (already checked to resolve) from `value` found at `at`.
    fn resolve(&self, mut value: &'a Value, at: &str) -> Result<(&'a Value, String)> {
        let mut at = at.to_string();
        for _ in 0..32 {
            match value.get("$ref").and_then(Value::as_str) {
                Some(reference) => {
                    let target = reference.strip_prefix('#').unwrap_or(reference);
                    value = pointer::get(self.doc, target)
                        .ok_or_else(|| self.err(&at, format!("unresolved $ref {reference:?}")))?;
                    at = target.to_string();
                }
                None => return Ok((value, at)),
            }
        }
        Err(self.err(&at, "$ref chain too long (a cycle?)"))
    }
}

impl Api {
    /// Reads the bundled document `doc` of `file`; operations it cannot generate are left
    /// out and named in [`Api::diagnostics`].
    pub fn from_document(file: &Path, doc: &Value) -> Result<Api> {
        let r = Reader {
            file: file.to_path_buf(),
            doc,
        };
        check_version(&r)?;
        let schemas = doc
            .pointer("/components/schemas")
            .and_then(Value::as_object)
            .map(|m| m.iter().map(|(k, v)| (k.clone(), v.clone())).collect())
            .unwrap_or_default();
        let security_schemes = doc
            .pointer("/components/securitySchemes")
            .and_then(Value::as_object)
            .map(|m| {
                m.iter()
                    .map(|(name, scheme)| (name.clone(), describe_scheme(scheme)))
                    .collect()
            })
            .unwrap_or_default();
        let mut operations = Vec::new();
        let mut diagnostics = Vec::new();
        let mut names = BTreeMap::<String, String>::new();
        let mut shapes = BTreeMap::<String, Shape>::new();
        let mut routes = matchit::Router::new();
        if let Some(paths) = doc.get("paths") {
            let paths = paths
                .as_object()
                .ok_or_else(|| r.err("/paths", "must be a mapping"))?;
            for (path, item) in paths {
                let item_at = pointer::join("/paths", path);
                let shape = match check_path(path, &mut shapes, &mut routes) {
                    Ok(shape) => shape,
                    Err(message) => {
                        diagnostics.push(Diagnostic::skip("server", &item_at, message));
                        continue;
                    }
                };
                let item = match r.resolve(item, &item_at) {
                    Ok((item, _)) => item,
                    Err(e) => {
                        diagnostics.push(Diagnostic::skip("server", &item_at, e.to_string()));
                        continue;
                    }
                };
                let Some(item) = item.as_object() else {
                    diagnostics.push(Diagnostic::skip("server", &item_at, "must be a mapping"));
                    continue;
                };
                for method in METHODS {
                    let Some(op) = item.get(method) else { continue };
                    let op_at = pointer::join(&item_at, method);
                    let taken = &shapes[&shape];
                    // Templates of one route differing in text (`{id}.json`, `{id}.xml`) are
                    // told apart per request; ones differing in names alone cannot be.
                    if let Some(other) = taken
                        .methods
                        .get(method)
                        .into_iter()
                        .flatten()
                        .find(|other| unnamed(other) == unnamed(path))
                    {
                        diagnostics.push(Diagnostic::skip(
                            "server",
                            &op_at,
                            format!(
                                "{m} {path} and {m} {other} differ in parameter names alone, \
                                 which a server cannot tell apart",
                                m = method.to_ascii_uppercase(),
                            ),
                        ));
                        continue;
                    }
                    let route = taken.first.clone();
                    let mut operation = match read_operation(
                        &r,
                        path,
                        method,
                        item,
                        op,
                        &op_at,
                        &mut diagnostics,
                    ) {
                        Ok(operation) => operation,
                        Err(Error::Spec {
                            pointer, message, ..
                        }) => {
                            diagnostics.push(Diagnostic::skip("server", pointer, message));
                            continue;
                        }
                        Err(other) => return Err(other),
                    };
                    // Two ids that are one Rust name apart get the later one numbered.
                    let base = operation.rust_name.clone();
                    let mut n = 2;
                    while names.contains_key(&operation.rust_name) {
                        operation.rust_name = format!("{base}_{n}");
                        n += 1;
                    }
                    if operation.rust_name != base {
                        diagnostics.push(Diagnostic::note(
                            "server",
                            pointer::join(&op_at, "operationId"),
                            format!(
                                "operationId {:?} is {base:?} in Rust, as is {}; named {:?}",
                                operation.id, names[&base], operation.rust_name
                            ),
                        ));
                    }
                    names.insert(operation.rust_name.clone(), op_at.clone());
                    operation.route = route;
                    let taken = shapes.get_mut(&shape).expect("check_path registered it");
                    taken.methods.entry(method).or_default().push(path.clone());
                    operations.push(operation);
                }
            }
        }
        operations.sort_by(|a, b| {
            (&a.path, method_rank(&a.method)).cmp(&(&b.path, method_rank(&b.method)))
        });
        Ok(Api {
            operations,
            schemas,
            security_schemes,
            diagnostics,
        })
    }
}

/// The templates of one route shape (`/items/{}`): the first, which the server registers,
/// and the templates serving each method taken on it.
#[derive(Debug)]
struct Shape {
    first: String,
    methods: BTreeMap<&'static str, Vec<String>>,
}

/// How much literal text a template has (`/a/{id}.json`: 7): of the templates of one route,
/// the one with more is tried first.
pub fn template_text(template: &str) -> usize {
    unnamed(template).replace("{}", "").len()
}

/// A template without its parameters' names: `/a/{id}.json` → `/a/{}.json`.
fn unnamed(template: &str) -> String {
    let mut out = String::with_capacity(template.len());
    let mut in_param = false;
    for c in template.chars() {
        match c {
            '{' => {
                in_param = true;
                out.push_str("{}");
            }
            '}' => in_param = false,
            c if !in_param => out.push(c),
            _ => {}
        }
    }
    out
}

/// Checks that axum (matchit) can route `path` and returns its shape: its route with the
/// parameters' names left out (`/items/{}`; a segment with text after a parameter is captured
/// whole, so `/a/{x}` and `/a/{y}.json` are both `/a/{}`). Templates of one shape share the route of the first; each
/// method on it is served once.
fn check_path(
    path: &str,
    shapes: &mut BTreeMap<String, Shape>,
    routes: &mut matchit::Router<()>,
) -> std::result::Result<String, String> {
    if !path.starts_with('/') {
        return Err("a path must start with '/'".into());
    }
    for segment in path.split('/') {
        let mut depth = 0i32;
        for c in segment.chars() {
            depth += match c {
                '{' => 1,
                '}' => -1,
                _ => 0,
            };
            if !(0..=1).contains(&depth) {
                return Err(format!("segment {segment:?}: unbalanced braces"));
            }
        }
        if depth != 0 {
            return Err(format!("segment {segment:?}: unbalanced braces"));
        }
    }
    let route = route_path(path);
    let shape = unnamed(&route);
    if shapes.contains_key(&shape) {
        return Ok(shape);
    }
    // The generated router is axum's, on matchit: a route it would refuse (and panic on at
    // start-up) is left out here instead.
    routes
        .insert(&route, ())
        .map_err(|e| format!("the router cannot take {route}: {e}"))?;
    shapes.insert(
        shape.clone(),
        Shape {
            first: path.to_string(),
            methods: BTreeMap::new(),
        },
    );
    Ok(shape)
}

/// The route the generated server registers for a path template
/// ([`taller_contract::validate::route_template`]).
pub fn route_path(template: &str) -> String {
    taller_contract::validate::route_template(template)
}

/// The `{name}`s of a path template.
pub fn template_params(path: &str) -> BTreeSet<&str> {
    path.split('{')
        .skip(1)
        .filter_map(|s| s.split_once('}').map(|(name, _)| name))
        .collect()
}

/// A stable name for an operation without `operationId`: method and path, `get /pets/{id}`
/// → `get_pets_id`.
pub fn derived_operation_id(method: &str, path: &str) -> String {
    let mut words = vec![method.to_string()];
    words.extend(
        path.split(|c: char| !c.is_ascii_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_string),
    );
    if words.len() == 1 {
        words.push("root".into());
    }
    words.join("_")
}

/// A Rust snake-case name for any operationId: characters other than letters and digits
/// separate words, and a leading digit gets `op_` before it.
pub fn rust_operation_name(id: &str) -> String {
    let words: String = id
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect();
    let snake = crate::names::snake(words.trim());
    if snake.is_empty() {
        "operation".into()
    } else if snake.starts_with(|c: char| c.is_ascii_digit()) {
        format!("op_{snake}")
    } else {
        snake
    }
}

/// Gives every operation without an `operationId` the derived one, in the document itself,
/// so the generated server, its embedded contract and the client agree on it.
pub fn name_operations(doc: &mut Value) -> Vec<Diagnostic> {
    let mut notes = Vec::new();
    let Some(paths) = doc.get_mut("paths").and_then(Value::as_object_mut) else {
        return notes;
    };
    for (path, item) in paths.iter_mut() {
        let Some(item) = item.as_object_mut() else {
            continue;
        };
        for method in METHODS {
            let Some(Value::Object(op)) = item.get_mut(method) else {
                continue;
            };
            let named =
                matches!(op.get("operationId"), Some(Value::String(id)) if !id.trim().is_empty());
            if !named {
                let id = derived_operation_id(method, path);
                notes.push(Diagnostic::note(
                    "server",
                    pointer::join(&pointer::join("/paths", path), method),
                    format!("no operationId; named {id:?}"),
                ));
                op.insert("operationId".into(), Value::String(id));
            }
        }
    }
    notes
}

/// Whether a path item key is an HTTP method (an operation) rather than `parameters` etc.
pub fn is_method(key: &str) -> bool {
    METHODS.contains(&key)
}

fn method_rank(method: &str) -> usize {
    METHODS
        .iter()
        .position(|m| *m == method)
        .unwrap_or(METHODS.len())
}

fn check_version(r: &Reader) -> Result<()> {
    match r.doc.get("openapi").and_then(Value::as_str) {
        Some(v) if v.trim().starts_with("3.0.") => Ok(()),
        Some(v) => Err(r.err(
            "/openapi",
            format!("OpenAPI version {v:?} is not supported (2.0, 3.0.x and 3.1.x are)"),
        )),
        None => Err(r.err(
            "/openapi",
            "missing `openapi: 3.x` (is this an OpenAPI document?)",
        )),
    }
}

/// Inlines every `$ref` that does not name a whole `components` entry (`#/components/schemas/A/properties/b`,
/// `#/paths/…`): typify and progenitor resolve component names only. Returns how many.
pub fn inline_deep_refs(doc: &mut Value) -> Vec<Diagnostic> {
    fn is_entry(reference: &str) -> bool {
        reference
            .strip_prefix("#/components/")
            .is_some_and(|rest| rest.split('/').count() == 2)
    }
    fn walk(
        value: &mut Value,
        root: &Value,
        at: &mut String,
        depth: usize,
        notes: &mut Vec<Diagnostic>,
    ) {
        match value {
            Value::Object(map) => {
                if let Some(Value::String(reference)) = map.get("$ref")
                    && !is_entry(reference)
                    && depth < 8
                    && let Some(target) = reference
                        .strip_prefix('#')
                        .and_then(|p| pointer::get(root, p))
                {
                    notes.push(Diagnostic::note(
                        "types",
                        pointer::join(at, "$ref"),
                        format!("$ref {reference:?} is not a components entry; inlined"),
                    ));
                    let mut copy = target.clone();
                    walk(&mut copy, root, at, depth + 1, notes);
                    *value = copy;
                    return;
                }
                for (key, child) in map.iter_mut() {
                    if matches!(key.as_str(), "example" | "examples" | "default" | "enum") {
                        continue;
                    }
                    let len = at.len();
                    pointer::push(at, key);
                    walk(child, root, at, depth, notes);
                    at.truncate(len);
                }
            }
            Value::Array(items) => {
                for (i, child) in items.iter_mut().enumerate() {
                    let len = at.len();
                    pointer::push(at, &i.to_string());
                    walk(child, root, at, depth, notes);
                    at.truncate(len);
                }
            }
            _ => {}
        }
    }
    let root = doc.clone();
    let mut notes = Vec::new();
    walk(doc, &root, &mut String::new(), 0, &mut notes);
    notes
}

/// The types a 3.0 schema may name; anything else is dropped with a note (typify cannot
/// take it, and the validator would refuse every value).
const TYPES: [&str; 6] = ["string", "number", "integer", "boolean", "array", "object"];

/// Repairs schema shapes the generators cannot take, in place, with a note each: a `type`
/// that is not a 3.0 type.
pub fn repair_schemas(doc: &mut Value) -> Vec<Diagnostic> {
    let mut notes = Vec::new();
    taller_contract::normalize::for_each_schema(doc, &mut |schema, at| {
        if let Some(t) = schema.get("type")
            && !t.as_str().is_some_and(|t| TYPES.contains(&t))
        {
            notes.push(Diagnostic::note(
                "types",
                pointer::join(at, "type"),
                format!("type {t} is not an OpenAPI 3.0 type; read as any type"),
            ));
            schema.remove("type");
        }
    });
    notes
}

/// typify names an inline property schema of a component after its parent and the property
/// (`balance_transaction.source` → `BalanceTransactionSource`), or after its `title`, and
/// writes it beside the components: when that is also a component's name (stripe's
/// `balance_transaction_source`), the crate defines one type twice. Such an inline schema is
/// named first, with a `title` typify takes as its name (`BalanceTransactionSourceInline`),
/// with a note each. Properties of inline objects are followed, as typify names them too.
pub fn name_colliding_inline_schemas(doc: &mut Value) -> Vec<Diagnostic> {
    let mut notes = Vec::new();
    let Some(Value::Object(schemas)) = doc.pointer_mut("/components/schemas") else {
        return notes;
    };
    let mut taken: BTreeSet<String> = schemas
        .keys()
        .map(|k| crate::types_crate::sanitize_type_name(k))
        .collect();
    for (name, schema) in schemas.iter_mut() {
        let base = crate::types_crate::sanitize_type_name(name);
        let at = pointer::join("/components/schemas", name);
        name_properties(schema, &base, &at, &mut taken, &mut notes, 0);
    }
    notes
}

fn name_properties(
    schema: &mut Value,
    base: &str,
    at: &str,
    taken: &mut BTreeSet<String>,
    notes: &mut Vec<Diagnostic>,
    depth: usize,
) {
    if depth > 32 {
        return;
    }
    let Some(Value::Object(props)) = schema.get_mut("properties") else {
        return;
    };
    for (prop, sub) in props.iter_mut() {
        let Value::Object(map) = sub else { continue };
        if map.contains_key("$ref") && map.len() == 1 {
            continue;
        }
        let title = map.get("title").and_then(Value::as_str);
        let suggested = crate::types_crate::sanitize_type_name(&title.map_or_else(
            || format!("{base}_{}", heck::ToSnakeCase::to_snake_case(prop.as_str())),
            str::to_string,
        ));
        let sub_at = pointer::join(&pointer::join(at, "properties"), prop);
        let name = if taken.contains(&suggested) {
            let mut unique = format!("{suggested}Inline");
            let mut n = 2;
            while taken.contains(&unique) {
                unique = format!("{suggested}Inline{n}");
                n += 1;
            }
            notes.push(Diagnostic::note(
                "types",
                &sub_at,
                format!("its type would be named {suggested}, as a component is; named {unique}"),
            ));
            map.insert("title".into(), Value::String(unique.clone()));
            taken.insert(unique.clone());
            unique
        } else {
            suggested
        };
        name_properties(sub, &name, &sub_at, taken, notes, depth + 1);
    }
}

fn read_operation(
    r: &Reader,
    path: &str,
    method: &str,
    item: &serde_json::Map<String, Value>,
    op: &Value,
    at: &str,
    diagnostics: &mut Vec<Diagnostic>,
) -> Result<Operation> {
    let id = match op.get("operationId") {
        Some(Value::String(id)) if !id.trim().is_empty() => id.clone(),
        _ => derived_operation_id(method, path),
    };
    let rust_name = rust_operation_name(&id);
    let doc = [op.get("summary"), op.get("description")]
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .collect::<Vec<_>>()
        .join("\n\n");

    // Path-level parameters, overridden by operation-level ones with the same name and place.
    let mut by_key = BTreeMap::new();
    for (list, list_at) in [
        (
            item.get("parameters"),
            pointer::join(&pointer::join("/paths", path), "parameters"),
        ),
        (op.get("parameters"), pointer::join(at, "parameters")),
    ] {
        let Some(list) = list else { continue };
        let list = list
            .as_array()
            .ok_or_else(|| r.err(&list_at, "must be a list"))?;
        for (i, p) in list.iter().enumerate() {
            let p_at = pointer::join(&list_at, &i.to_string());
            let param = read_param(r, p, &p_at)?;
            by_key.insert((param.location, param.name.clone()), param);
        }
    }
    let params: Vec<Param> = by_key.into_values().collect();

    // Every `{name}` of the template is a declared path parameter, and the reverse.
    let template = template_params(path);
    let declared: BTreeSet<&str> = params
        .iter()
        .filter(|p| p.location == Location::Path)
        .map(|p| p.name.as_str())
        .collect();
    if let Some(missing) = template.difference(&declared).next() {
        return Err(r.err(
            at,
            format!("path parameter {{{missing}}} of {path} is not declared"),
        ));
    }
    if let Some(extra) = declared.difference(&template).next() {
        return Err(r.err(
            at,
            format!("path parameter {extra:?} is declared but not in {path}"),
        ));
    }

    let body = match op.get("requestBody") {
        None => None,
        Some(b) => read_body(r, b, &pointer::join(at, "requestBody"))?,
    };

    let responses_at = pointer::join(at, "responses");
    let no_responses = serde_json::Map::new();
    let responses_value = match op.get("responses") {
        Some(Value::Object(declared)) => declared,
        None => &no_responses,
        Some(_) => return Err(r.err(&responses_at, "`responses` must be a mapping")),
    };
    let mut responses = Vec::new();
    for (key, resp) in responses_value {
        let resp_at = pointer::join(&responses_at, key);
        let Some(status) = parse_status(key) else {
            diagnostics.push(Diagnostic::note(
                "server",
                &resp_at,
                format!("{key:?} is not a status code, range (4XX) or `default`; left out"),
            ));
            continue;
        };
        responses.push(read_response(r, status, resp, &resp_at)?);
    }
    responses.sort_by_key(|r| r.status);
    if responses.is_empty() {
        // OpenAPI 3.1 makes `responses` optional (and documents leave it out, or empty, in
        // 3.0 too): such an operation may answer anything, a `default` without a body, as
        // taller-contract reads it.
        diagnostics.push(Diagnostic::note(
            "server",
            &responses_at,
            "no response declared: the operation answers `default`, any status without a declared body",
        ));
        responses.push(Response {
            status: Status::Default,
            description: "Any answer: the contract declares none.".to_owned(),
            body: None,
            headers: Vec::new(),
        });
    }

    Ok(Operation {
        id,
        rust_name,
        method: method.to_string(),
        path: path.to_string(),
        route: path.to_string(),
        doc,
        params,
        body,
        responses,
    })
}

/// A parameter.
fn read_param(r: &Reader, p: &Value, at: &str) -> Result<Param> {
    let (p, at) = r.resolve(p, at)?;
    let at = at.as_str();
    let name = p
        .get("name")
        .and_then(Value::as_str)
        .ok_or_else(|| r.err(at, "parameter without `name`"))?
        .to_string();
    let location = match p.get("in").and_then(Value::as_str) {
        Some("path") => Location::Path,
        Some("query") => Location::Query,
        Some("header") => Location::Header,
        Some("cookie") => Location::Cookie,
        other => {
            return Err(r.err(
                &pointer::join(at, "in"),
                format!("parameter {name:?} has invalid `in` {other:?}"),
            ));
        }
    };
    let required =
        p.get("required").and_then(Value::as_bool).unwrap_or(false) || location == Location::Path;
    // The styles the runtime decodes (taller-contract's `Parameter`).
    if let Some(style) = p.get("style").and_then(Value::as_str) {
        let known = match location {
            Location::Path => ["simple", "matrix", "label"].contains(&style),
            Location::Header => style == "simple",
            Location::Cookie => style == "form",
            Location::Query => {
                ["form", "spaceDelimited", "pipeDelimited", "deepObject"].contains(&style)
            }
        };
        if !known {
            return Err(r.err(
                &pointer::join(at, "style"),
                format!("parameter {name:?}: style {style:?} is not decoded by the server"),
            ));
        }
    }
    if p.get("content").is_some() {
        return Err(r.err(
            &pointer::join(at, "content"),
            format!("parameter {name:?}: a parameter with `content` is not decoded by the server"),
        ));
    }
    let schema = p
        .get("schema")
        .cloned()
        .unwrap_or_else(|| serde_json::json!({"type": "string"}));
    let style = p
        .get("style")
        .and_then(Value::as_str)
        .unwrap_or(if matches!(location, Location::Query | Location::Cookie) {
            "form"
        } else {
            "simple"
        })
        .to_string();
    let explode = p
        .get("explode")
        .and_then(Value::as_bool)
        .unwrap_or(style == "form");
    Ok(Param {
        style,
        explode,
        name,
        location,
        required,
        description: p
            .get("description")
            .and_then(Value::as_str)
            .map(str::to_string),
        schema,
    })
}

/// The request body; `None` when it declares no media type at all.
fn read_body(r: &Reader, b: &Value, at: &str) -> Result<Option<Body>> {
    let (b, at) = r.resolve(b, at)?;
    let content = b.get("content").and_then(Value::as_object).ok_or_else(|| {
        r.err(
            &pointer::join(&at, "content"),
            "a request body needs `content`",
        )
    })?;
    if content.is_empty() {
        return Ok(None);
    }
    let mut json = None;
    let mut raw = Vec::new();
    for (media_type, media) in content {
        if is_json(media_type) && json.is_none() {
            json = Some((media_type.clone(), media_schema(media)));
        } else {
            raw.push(media_type.clone());
        }
    }
    let streamed = json.is_none() && raw.iter().all(|m| is_streamed(m));
    Ok(Some(Body {
        required: b.get("required").and_then(Value::as_bool).unwrap_or(false),
        json,
        raw,
        streamed,
    }))
}

/// A media type's schema; none means any JSON value.
fn media_schema(media: &Value) -> Value {
    media
        .get("schema")
        .cloned()
        .unwrap_or_else(|| serde_json::json!({}))
}

fn read_response(r: &Reader, status: Status, resp: &Value, at: &str) -> Result<Response> {
    let (resp, at) = r.resolve(resp, at)?;
    let mut body = None;
    if let Some(content) = resp.get("content").and_then(Value::as_object)
        && !content.is_empty()
    {
        body = Some(match content.iter().find(|(m, _)| is_json(m)) {
            Some((media_type, media)) => {
                ResponseBody::Json(media_type.clone(), media_schema(media))
            }
            None if let Some(media) = event_stream(content) => ResponseBody::Events(
                event_data_schema(media)
                    .cloned()
                    .unwrap_or_else(|| serde_json::json!({})),
            ),
            None if content.keys().all(|m| is_streamed(m)) => {
                ResponseBody::Stream(content.keys().cloned().collect())
            }
            None => ResponseBody::Raw(content.keys().cloned().collect()),
        });
    }
    let mut headers = Vec::new();
    if let Some(map) = resp.get("headers").and_then(Value::as_object) {
        for (name, h) in map {
            if name.eq_ignore_ascii_case("content-type") || !http_header_name_ok(name) {
                continue; // OpenAPI says Content-Type is ignored; an invalid name cannot be sent.
            }
            let h_at = pointer::join(&pointer::join(&at, "headers"), name);
            let (h, _) = r.resolve(h, &h_at)?;
            headers.push(Header {
                name: name.clone(),
                required: h.get("required").and_then(Value::as_bool).unwrap_or(false),
                description: h
                    .get("description")
                    .and_then(Value::as_str)
                    .map(str::to_string),
                schema: h
                    .get("schema")
                    .cloned()
                    .unwrap_or_else(|| serde_json::json!({"type": "string"})),
            });
        }
    }
    Ok(Response {
        status,
        description: resp
            .get("description")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string(),
        body,
        headers,
    })
}

fn http_header_name_ok(name: &str) -> bool {
    !name.is_empty()
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b))
}

fn parse_status(key: &str) -> Option<Status> {
    if key == "default" {
        return Some(Status::Default);
    }
    if key.len() == 3 && key[1..].eq_ignore_ascii_case("xx") {
        let digit = key[..1].parse::<u16>().ok()?;
        return (1..=5).contains(&digit).then_some(Status::Range(digit));
    }
    let code = key.parse::<u16>().ok()?;
    (100..=599).contains(&code).then_some(Status::Code(code))
}

/// The key as written in a contract (`200`, `4XX`, `default`).
pub fn status_key(status: Status) -> String {
    match status {
        Status::Code(c) => c.to_string(),
        Status::Range(d) => format!("{d}XX"),
        Status::Default => "default".to_string(),
    }
}

/// A security scheme in words, for the generated docs: its kind, then its description.
fn describe_scheme(scheme: &Value) -> String {
    let text = |key: &str| scheme.get(key).and_then(Value::as_str).unwrap_or_default();
    let kind = match text("type") {
        "apiKey" => format!("API key in the {} `{}`", text("in"), text("name")),
        "http" => format!("HTTP {}", text("scheme")),
        "oauth2" => "OAuth2 (a bearer token with scopes)".to_owned(),
        "openIdConnect" => "OpenID Connect (a bearer token with scopes)".to_owned(),
        other => other.to_owned(),
    };
    match scheme.get("description").and_then(Value::as_str) {
        Some(description) => format!("{kind}. {}", description.trim()),
        None => format!("{kind}."),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn inline_schemas_named_like_a_component_are_named_first() {
        let mut doc = json!({"components": {"schemas": {
            "balance_transaction": {"type": "object", "properties": {
                "source": {"anyOf": [{"type": "string"}, {"type": "integer"}]},
                "fee": {"type": "object", "properties": {"details": {"type": "object"}}},
                "plain": {"$ref": "#/components/schemas/balance_transaction_source"}
            }},
            "balance_transaction_source": {"type": "object"},
            "BalanceTransactionFeeDetails": {"type": "string"}
        }}});
        let notes = name_colliding_inline_schemas(&mut doc);
        let props = &doc["components"]["schemas"]["balance_transaction"]["properties"];
        assert_eq!(props["source"]["title"], "BalanceTransactionSourceInline");
        assert!(props["fee"].get("title").is_none());
        assert_eq!(
            props["fee"]["properties"]["details"]["title"],
            "BalanceTransactionFeeDetailsInline"
        );
        assert!(props["plain"].get("title").is_none());
        // In the document's order, which depends on serde_json's `preserve_order` feature
        // (on when the workspace is built together with mock-server), so compared as a set.
        let mut pointers: Vec<&str> = notes.iter().map(|n| n.pointer.as_str()).collect();
        pointers.sort();
        assert_eq!(
            pointers,
            [
                "/components/schemas/balance_transaction/properties/fee/properties/details",
                "/components/schemas/balance_transaction/properties/source"
            ]
        );
    }
}
