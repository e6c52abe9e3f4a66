//! Turns a loaded [`Source`] into what requests need, once, at load time: the router, one
//! [`Operation`] per path and method with compiled validators, and every static response body
//! already rendered to bytes together with its own (pre-computed) schema violations.

use std::sync::{Arc, Mutex, OnceLock};

use bytes::Bytes;
use http::{HeaderName, HeaderValue, Method};
use serde_json::Value;
use taller_contract::validate::{Dialect, Direction, FormShape, Options, Parameter, Schema};

use crate::error::MockError;
use crate::generate::{self, FakerOptions};
use crate::render::{essence, render};
use crate::router::Router;
use crate::validate::{BodyCheck, Violation, response_violations};
use taller_contract::{OasVersion, Source};

/// How the server was asked to behave (CLI flags), shared by every mounted spec.
#[derive(Debug, Clone, Default)]
pub struct Settings {
    pub dynamic: bool,
    pub seed: Option<u64>,
    pub errors: bool,
    pub cors: bool,
    pub ignore_examples: bool,
    pub fill_properties: bool,
    pub stateful: bool,
    pub delay_ms: u64,
    /// Where the specs' `$ref`s may lead (their own folder and no network, by default).
    pub scope: taller_contract::Scope,
}

/// One spec, ready to serve.
pub struct Api {
    pub source: Source,
    pub router: Router,
    /// Path templates in spec order, each with its operations.
    pub paths: Vec<PathItem>,
    pub ops: Vec<Operation>,
    pub faker: FakerOptions,
    /// The root document as JSON (served at `/openapi.json` with `--docs`).
    pub openapi_json: Bytes,
    compiler: Arc<SchemaCompiler>,
}

/// One path template and its operations.
pub struct PathItem {
    pub template: String,
    pub ops: Vec<(Method, usize)>,
}

/// Where a parameter lives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum In {
    Path,
    Query,
    Header,
    Cookie,
}

impl In {
    pub fn as_str(self) -> &'static str {
        match self {
            In::Path => "path",
            In::Query => "query",
            In::Header => "header",
            In::Cookie => "cookie",
        }
    }
}

/// A declared request parameter.
pub struct Param {
    pub name: String,
    pub location: In,
    pub deprecated: bool,
    /// How its value is read from a request: `taller-contract`'s reading (the one generated
    /// servers run), in Prism's dialect.
    pub reader: Parameter,
    /// The schema with its top-level `$ref` followed (what a sample value is made from).
    pub schema: Option<Value>,
    pub validator: Option<LazyValidator>,
}

/// A media type the request body may have.
pub struct BodyContent {
    pub media: String,
    pub schema: Option<Value>,
    pub validator: Option<LazyValidator>,
    /// Form fields whose encoding forbids reserved characters.
    pub no_reserved: Vec<String>,
    /// How its form fields are sent (`encoding`): read by taller-contract's `form_object`.
    pub form: FormShape,
}

/// The request body declaration.
pub struct BodySpec {
    pub required: bool,
    pub contents: Vec<BodyContent>,
}

/// What one security scheme checks.
#[derive(Debug, Clone)]
pub enum SchemeCheck {
    Basic,
    Bearer,
    Digest,
    OAuth2,
    OpenId,
    ApiKey {
        location: In,
        name: String,
    },
    /// Unknown or unsupported scheme: never blocks.
    Pass,
}

/// The status key of a declared response.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StatusKey {
    Exact(u16),
    /// `4XX` style: the hundreds digit.
    Range(u16),
    Default,
}

/// A body prepared at load time.
pub enum Prepared {
    Ready {
        value: Value,
        bytes: Bytes,
        /// How the value breaks its own schema; filled by the warm-up (or first use).
        violations: OnceLock<Vec<Violation>>,
    },
    /// Rendering failed; the error is answered at request time.
    Failed(fn() -> MockError),
    /// No example and no schema: an empty body.
    Empty,
}

/// One media type of a response.
pub struct Content {
    pub media: String,
    pub essence: String,
    pub content_type: HeaderValue,
    pub schema: Option<Value>,
    pub check: Option<BodyCheck>,
    /// The static answer (first named example, else `example`, else sampled schema).
    pub prepared: Prepared,
    /// Named examples, each prepared.
    pub named: Vec<(String, Prepared)>,
}

/// A declared response.
pub struct ResponseSpec {
    pub key: StatusKey,
    /// Media-type essences of `contents`, in order (for negotiation).
    pub essences: Vec<String>,
    pub headers: Vec<(HeaderName, HeaderValue)>,
    pub contents: Vec<Content>,
}

/// One operation (path + method).
pub struct Operation {
    /// `operationId`, else method and path template (`GET /pets/{id}`): the metrics' label.
    pub id: Arc<str>,
    pub method: Method,
    pub path: String,
    pub path_index: usize,
    pub params: Vec<Param>,
    pub body: Option<BodySpec>,
    /// Alternatives (OR) of requirement sets (AND).
    pub security: Vec<Vec<SchemeCheck>>,
    pub responses: Vec<ResponseSpec>,
    /// Index of the response sent when nothing is asked for, and its status.
    pub default_response: Option<(usize, u16)>,
    /// `deprecated: true` in the spec.
    pub deprecated: bool,
    /// The servers that apply (the operation's, else its path's, else the document's), each as
    /// a whole-URL pattern with its variables filled by their `enum` values or anything.
    pub servers: Vec<regex::Regex>,
    /// `callbacks`: what to send after answering (see [`crate::callback`]).
    pub callbacks: Vec<crate::callback::Callback>,
    /// Latency and error injection from `x-mock` (see [`crate::fault`]).
    pub faults: crate::fault::Faults,
}

impl Operation {
    /// The declared response for `status`: exact, then range, then `default`.
    pub fn response_for(&self, status: u16) -> Option<usize> {
        let find = |k: StatusKey| self.responses.iter().position(|r| r.key == k);
        find(StatusKey::Exact(status))
            .or_else(|| find(StatusKey::Range(status / 100)))
            .or_else(|| find(StatusKey::Default))
    }
}

impl Api {
    /// The path of the document's first `servers` URL, its variables filled by their defaults
    /// (`https://{env}.example.com/v1` → `/v1`, `/api/v2/` → `/api/v2`), for `--mount-servers`;
    /// `""` when there is none or it is the root.
    pub fn servers_path(&self) -> String {
        let Some(server) = self.source.root_doc().pointer("/servers/0") else {
            return String::new();
        };
        let mut url = server
            .get("url")
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_string();
        if let Some(vars) = server.get("variables").and_then(Value::as_object) {
            for (name, var) in vars {
                let value = var.get("default").and_then(Value::as_str).unwrap_or("");
                url = url.replace(&format!("{{{name}}}"), value);
            }
        }
        let path = match url.split_once("://") {
            Some((_, rest)) => rest.find('/').map_or("", |i| &rest[i..]),
            None => url.as_str(),
        };
        let path = path
            .split(['?', '#'])
            .next()
            .unwrap_or("")
            .trim_matches('/');
        if path.is_empty() {
            String::new()
        } else {
            format!("/{path}")
        }
    }
}

const METHODS: [&str; 8] = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

/// Compiles the spec's schemas with `taller-contract`'s validator (one conversion of OpenAPI
/// schemas, one compilation, as in every generated server), in Prism's dialect.
pub struct SchemaCompiler {
    /// The bundled root document: every `$ref` local.
    root: Value,
    version: OasVersion,
    warnings: Mutex<Vec<String>>,
    /// Compiled schemas by direction and schema text: contracts repeat the same `$ref` (e.g.
    /// `Problem` on every error response) many times.
    cache: Mutex<std::collections::HashMap<(Direction, String), Compiled>>,
}

/// A compiled schema, `None` when it does not compile.
type Compiled = Option<Arc<Schema>>;

impl SchemaCompiler {
    fn new(source: &Source) -> Self {
        SchemaCompiler {
            root: source.root_doc().clone(),
            version: source.version,
            warnings: Mutex::new(Vec::new()),
            cache: Mutex::new(std::collections::HashMap::new()),
        }
    }

    fn compile(&self, schema: &Value, at: &str, direction: Direction) -> Option<Arc<Schema>> {
        let key = (direction, schema.to_string());
        if let Some(done) = self
            .cache
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .get(&key)
        {
            return done.clone();
        }
        let options = Options {
            direction,
            dialect: Dialect::Prism,
            version: self.version,
        };
        let compiled = match Schema::compile(&self.root, schema, at, options) {
            Ok(v) => Some(Arc::new(v)),
            Err(e) => {
                self.warnings
                    .lock()
                    .unwrap_or_else(|e| e.into_inner())
                    .push(format!("{at}: schema not validated ({e})"));
                None
            }
        };
        self.cache
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(key, compiled.clone());
        compiled
    }
}

/// A schema compiled by the warm-up that runs right after start-up (so the server answers at
/// once), or by the first request that needs it, whichever comes first.
pub struct LazyValidator {
    schema: Value,
    at: String,
    direction: Direction,
    compiler: Arc<SchemaCompiler>,
    cell: OnceLock<Option<Arc<Schema>>>,
}

impl LazyValidator {
    pub(crate) fn new(
        compiler: &Arc<SchemaCompiler>,
        schema: &Value,
        at: &str,
        direction: Direction,
    ) -> Self {
        LazyValidator {
            schema: schema.clone(),
            at: at.to_string(),
            direction,
            compiler: Arc::clone(compiler),
            cell: OnceLock::new(),
        }
    }

    /// The compiled schema (`None` when it cannot be compiled; a warning says why).
    pub fn get(&self) -> Option<&Schema> {
        if let Some(ready) = self.cell.get() {
            return ready.as_deref();
        }
        let compile = || {
            self.cell
                .get_or_init(|| {
                    self.compiler
                        .compile(&self.schema, &self.at, self.direction)
                })
                .as_deref()
        };
        // Not compiled yet (the background warm-up has not reached it, or is compiling it):
        // on a server worker the other connections move to another thread meanwhile, so a
        // large schema's first use does not hold up the requests that do not need it.
        match tokio::runtime::Handle::try_current() {
            Ok(handle) if handle.runtime_flavor() == tokio::runtime::RuntimeFlavor::MultiThread => {
                tokio::task::block_in_place(compile)
            }
            _ => compile(),
        }
    }
}

impl Content {
    /// The violations of a prepared body, computed once.
    pub fn violations_of<'a>(&self, prepared: &'a Prepared) -> Option<&'a [Violation]> {
        match prepared {
            Prepared::Ready {
                value, violations, ..
            } => Some(violations.get_or_init(|| {
                self.check
                    .as_ref()
                    .map(|c| response_violations(c, value))
                    .unwrap_or_default()
            })),
            _ => None,
        }
    }
}

impl Api {
    /// Compiles every validator and checks every static body now; returns the warnings about
    /// schemas that could not be compiled.
    pub fn warm(&self) -> Vec<String> {
        for op in &self.ops {
            for p in &op.params {
                if let Some(v) = &p.validator {
                    v.get();
                }
            }
            for c in op.body.iter().flat_map(|b| &b.contents) {
                if let Some(v) = &c.validator {
                    v.get();
                }
            }
            for content in op.responses.iter().flat_map(|r| &r.contents) {
                content.violations_of(&content.prepared);
                for (_, p) in &content.named {
                    content.violations_of(p);
                }
            }
        }
        std::mem::take(
            &mut *self
                .compiler
                .warnings
                .lock()
                .unwrap_or_else(|e| e.into_inner()),
        )
    }
}

fn escape_pointer(s: &str) -> String {
    s.replace('~', "~0").replace('/', "~1")
}

/// Builds the servable form of `source`.
pub fn compile(
    source: Source,
    settings: &Settings,
    warn: &mut Vec<String>,
) -> Result<Api, MockError> {
    let compiler = Arc::new(SchemaCompiler::new(&source));
    let root = source.root_doc().clone();
    let mut faker = FakerOptions {
        fill_properties: settings.fill_properties,
        ..FakerOptions::default()
    };
    if let Some(cfg) = root.get("x-json-schema-faker") {
        faker.min_items = cfg.get("minItems").and_then(Value::as_u64);
        faker.max_items = cfg.get("maxItems").and_then(Value::as_u64);
        faker.use_default = cfg.get("useDefaultValue") == Some(&Value::Bool(true));
    }
    let schemes = root
        .pointer("/components/securitySchemes")
        .cloned()
        .unwrap_or(Value::Null);
    let root_security = root.get("security").cloned();

    let mut router = Router::default();
    let mut paths = Vec::new();
    let mut ops = Vec::new();
    let empty = serde_json::Map::new();
    let path_map = root
        .get("paths")
        .and_then(Value::as_object)
        .unwrap_or(&empty);
    for (template, item) in path_map {
        let item_ptr = format!("/paths/{}", escape_pointer(template));
        let item = source.deref(item);
        let Some(item_obj) = item.as_object() else {
            return Err(MockError::Load(taller_contract::LoadError::Invalid {
                file: source.display.clone(),
                pointer: item_ptr,
                msg: "a path item must be an object".into(),
            }));
        };
        let path_index = paths.len();
        router.add(template, path_index);
        let mut path_item = PathItem {
            template: template.clone(),
            ops: Vec::new(),
        };
        let shared_params = item_obj.get("parameters");
        for method in METHODS {
            let Some(op) = item_obj.get(method) else {
                continue;
            };
            let op_ptr = format!("{item_ptr}/{method}");
            let op = source.deref(op);
            if !op.is_object() {
                return Err(MockError::Load(taller_contract::LoadError::Invalid {
                    file: source.display.clone(),
                    pointer: op_ptr,
                    msg: "an operation must be an object".into(),
                }));
            }
            let operation = compile_operation(
                &source,
                &compiler,
                settings,
                &faker,
                OpInput {
                    method,
                    template,
                    path_index,
                    op,
                    op_ptr: &op_ptr,
                    shared_params,
                    schemes: &schemes,
                    root_security: root_security.as_ref(),
                    servers: [
                        op.get("servers"),
                        item_obj.get("servers"),
                        root.get("servers"),
                    ],
                },
            )?;
            let mut operation = operation;
            operation.faults =
                crate::fault::Faults::read(op.get("x-mock").or(root.get("x-mock")), &op_ptr, warn);
            path_item.ops.push((operation.method.clone(), ops.len()));
            ops.push(operation);
        }
        paths.push(path_item);
    }
    let openapi_json = Bytes::from(serde_json::to_vec(&root).unwrap_or_default());
    Ok(Api {
        source,
        router,
        paths,
        ops,
        faker,
        openapi_json,
        compiler,
    })
}

struct OpInput<'a> {
    method: &'a str,
    template: &'a str,
    path_index: usize,
    op: &'a Value,
    op_ptr: &'a str,
    shared_params: Option<&'a Value>,
    schemes: &'a Value,
    root_security: Option<&'a Value>,
    /// The operation's, its path item's and the document's `servers`, most specific first.
    servers: [Option<&'a Value>; 3],
}

fn compile_operation(
    source: &Source,
    compiler: &Arc<SchemaCompiler>,
    settings: &Settings,
    faker: &FakerOptions,
    input: OpInput<'_>,
) -> Result<Operation, MockError> {
    let op = input.op;
    let invalid = |pointer: String, msg: &str| {
        MockError::Load(taller_contract::LoadError::Invalid {
            file: source.display.clone(),
            pointer,
            msg: msg.to_string(),
        })
    };
    // Parameters: path-level first, operation-level overrides by (name, in).
    let mut params: Vec<Param> = Vec::new();
    for (list, ptr) in [
        (
            input.shared_params,
            input.op_ptr.rsplit_once('/').map(|x| x.0).unwrap_or(""),
        ),
        (op.get("parameters"), input.op_ptr),
    ] {
        let Some(list) = list else { continue };
        let Some(list) = list.as_array() else {
            return Err(invalid(format!("{ptr}/parameters"), "must be an array"));
        };
        for (i, p) in list.iter().enumerate() {
            let at = format!("{ptr}/parameters/{i}");
            let p = source.deref(p);
            let name = p
                .get("name")
                .and_then(Value::as_str)
                .ok_or_else(|| invalid(at.clone(), "a parameter needs a `name`"))?;
            let location = match p.get("in").and_then(Value::as_str) {
                Some("path") => In::Path,
                Some("query") => In::Query,
                Some("header") => In::Header,
                Some("cookie") => In::Cookie,
                _ => {
                    return Err(invalid(
                        format!("{at}/in"),
                        "must be one of path, query, header, cookie",
                    ));
                }
            };
            let reader = Parameter::compile(source.root_doc(), p, &at, Dialect::Prism)
                .map_err(|e| invalid(at.clone(), &e.to_string()))?
                .ok_or_else(|| invalid(at.clone(), "parameter not read"))?;
            let raw_schema = p.get("schema").or_else(|| {
                p.get("content")
                    .and_then(Value::as_object)
                    .and_then(|c| c.values().next())
                    .and_then(|m| m.get("schema"))
            });
            let validator =
                raw_schema.map(|s| LazyValidator::new(compiler, s, &at, Direction::Request));
            let param = Param {
                name: name.to_string(),
                location,
                deprecated: p
                    .get("deprecated")
                    .and_then(Value::as_bool)
                    .unwrap_or(false),
                reader,
                schema: raw_schema.map(|s| source.deref(s).clone()),
                validator,
            };
            params.retain(|q: &Param| !(q.name == param.name && q.location == param.location));
            params.push(param);
        }
    }

    let body = match op.get("requestBody") {
        None => None,
        Some(rb) => {
            let rb = source.deref(rb);
            let at = format!("{}/requestBody", input.op_ptr);
            let mut contents = Vec::new();
            if let Some(content) = rb.get("content").and_then(Value::as_object) {
                for (media, m) in content {
                    let m = source.deref(m);
                    let schema = m.get("schema");
                    let validator = schema.map(|s| {
                        LazyValidator::new(
                            compiler,
                            s,
                            &format!("{at}/content/{}", escape_pointer(media)),
                            Direction::Request,
                        )
                    });
                    let mut no_reserved = Vec::new();
                    if let Some(enc) = m.get("encoding").and_then(Value::as_object) {
                        for (field, e) in enc {
                            if e.get("allowReserved") == Some(&Value::Bool(false)) {
                                no_reserved.push(field.clone());
                            }
                        }
                    }
                    contents.push(BodyContent {
                        media: essence(media),
                        schema: schema.cloned(),
                        validator,
                        no_reserved,
                        form: FormShape::of(m),
                    });
                }
            }
            Some(BodySpec {
                required: rb.get("required").and_then(Value::as_bool).unwrap_or(false),
                contents,
            })
        }
    };

    let security_value = op.get("security").or(input.root_security);
    let mut security = Vec::new();
    if let Some(Value::Array(alternatives)) = security_value {
        for alt in alternatives {
            let Some(alt) = alt.as_object() else { continue };
            let mut set = Vec::new();
            for name in alt.keys() {
                let scheme = input
                    .schemes
                    .get(name)
                    .map(|s| source.deref(s))
                    .unwrap_or(&Value::Null);
                set.push(scheme_check(scheme));
            }
            security.push(set);
        }
    }

    let mut responses = Vec::new();
    if let Some(map) = op.get("responses").and_then(Value::as_object) {
        for (code, resp) in map {
            let at = format!("{}/responses/{}", input.op_ptr, escape_pointer(code));
            let key = parse_status(code)
                .ok_or_else(|| invalid(at.clone(), "not a status code, range or `default`"))?;
            let resp = source.deref(resp);
            responses.push(compile_response(
                source, compiler, settings, faker, key, resp, &at,
            ));
        }
    }
    let default_response = pick_default(&responses);
    let servers = input
        .servers
        .iter()
        .copied()
        .find_map(|list| list.filter(|l| l.as_array().is_some_and(|a| !a.is_empty())))
        .and_then(Value::as_array)
        .map(|list| list.iter().filter_map(server_pattern).collect())
        .unwrap_or_default();
    let callbacks = crate::callback::compile(source, compiler, op, input.op_ptr);
    let method =
        Method::from_bytes(input.method.to_ascii_uppercase().as_bytes()).unwrap_or(Method::GET);
    let id = match op.get("operationId").and_then(Value::as_str) {
        Some(id) => Arc::from(id),
        None => Arc::from(format!("{method} {}", input.template)),
    };
    Ok(Operation {
        id,
        method,
        path: input.template.to_string(),
        path_index: input.path_index,
        params,
        body,
        security,
        responses,
        default_response,
        deprecated: op.get("deprecated").and_then(Value::as_bool) == Some(true),
        servers,
        callbacks,
        faults: crate::fault::Faults::default(),
    })
}

/// A server object's URL as a pattern matching the whole URL: `{var}` becomes its `enum`
/// values (longest first) or any text, as in Prism's `matchBaseUrl`; the rest is literal.
fn server_pattern(server: &Value) -> Option<regex::Regex> {
    let url = server.get("url")?.as_str()?;
    let variables = server.get("variables");
    let mut pattern = String::from("^");
    let mut rest = url;
    while let Some(open) = rest.find('{') {
        let Some(close) = rest[open..].find('}').map(|c| open + c) else {
            break;
        };
        pattern.push_str(&regex::escape(&rest[..open]));
        let name = &rest[open + 1..close];
        let mut options: Vec<String> = variables
            .and_then(|v| v.get(name))
            .and_then(|v| v.get("enum"))
            .and_then(Value::as_array)
            .map(|e| {
                e.iter()
                    .filter_map(Value::as_str)
                    .map(regex::escape)
                    .collect()
            })
            .unwrap_or_default();
        options.sort_by_key(|o| std::cmp::Reverse(o.len()));
        if options.is_empty() {
            pattern.push_str("(.*?)");
        } else {
            pattern.push_str(&format!("({})", options.join("|")));
        }
        rest = &rest[close + 1..];
    }
    pattern.push_str(&regex::escape(rest));
    pattern.push('$');
    regex::Regex::new(&pattern).ok()
}

pub(crate) fn parse_status(code: &str) -> Option<StatusKey> {
    if code == "default" {
        return Some(StatusKey::Default);
    }
    let upper = code.to_ascii_uppercase();
    if upper.len() == 3 && upper.ends_with("XX") {
        let d = upper[..1].parse::<u16>().ok()?;
        return (1..=5).contains(&d).then_some(StatusKey::Range(d));
    }
    let n = code.parse::<u16>().ok()?;
    (100..=599).contains(&n).then_some(StatusKey::Exact(n))
}

/// Prism's choice without a `Prefer`: the lowest 2xx, a `2XX` range, `default` (as 200), else
/// the first declared response.
fn pick_default(responses: &[ResponseSpec]) -> Option<(usize, u16)> {
    let lowest_2xx = responses
        .iter()
        .enumerate()
        .filter_map(|(i, r)| match r.key {
            StatusKey::Exact(c) if (200..300).contains(&c) => Some((i, c)),
            _ => None,
        })
        .min_by_key(|(_, c)| *c);
    if lowest_2xx.is_some() {
        return lowest_2xx;
    }
    if let Some(i) = responses.iter().position(|r| r.key == StatusKey::Range(2)) {
        return Some((i, 200));
    }
    if let Some(i) = responses.iter().position(|r| r.key == StatusKey::Default) {
        return Some((i, 200));
    }
    responses.first().map(|r| {
        (
            0,
            match r.key {
                StatusKey::Exact(c) => c,
                StatusKey::Range(d) => d * 100,
                StatusKey::Default => 200,
            },
        )
    })
}

fn scheme_check(scheme: &Value) -> SchemeCheck {
    let kind = scheme.get("type").and_then(Value::as_str).unwrap_or("");
    match kind {
        "http" => match scheme
            .get("scheme")
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_ascii_lowercase()
            .as_str()
        {
            "basic" => SchemeCheck::Basic,
            "bearer" => SchemeCheck::Bearer,
            "digest" => SchemeCheck::Digest,
            _ => SchemeCheck::Pass,
        },
        "oauth2" => SchemeCheck::OAuth2,
        "openIdConnect" => SchemeCheck::OpenId,
        "apiKey" => {
            let location = match scheme.get("in").and_then(Value::as_str) {
                Some("query") => In::Query,
                Some("cookie") => In::Cookie,
                _ => In::Header,
            };
            let name = scheme
                .get("name")
                .and_then(Value::as_str)
                .unwrap_or("")
                .to_string();
            SchemeCheck::ApiKey { location, name }
        }
        _ => SchemeCheck::Pass,
    }
}

fn compile_response(
    source: &Source,
    compiler: &Arc<SchemaCompiler>,
    settings: &Settings,
    faker: &FakerOptions,
    key: StatusKey,
    resp: &Value,
    at: &str,
) -> ResponseSpec {
    let mut headers = Vec::new();
    if let Some(map) = resp.get("headers").and_then(Value::as_object) {
        for (name, h) in map {
            let Ok(header_name) = HeaderName::from_bytes(name.as_bytes()) else {
                continue;
            };
            if header_name == http::header::CONTENT_TYPE {
                continue;
            }
            let h = source.deref(h);
            let value = h.get("example").cloned().or_else(|| {
                h.get("schema")
                    .and_then(|s| generate::sample(source, s).ok())
            });
            let text = match value {
                Some(Value::String(s)) => s,
                Some(Value::Null) | None => continue,
                Some(other) => other.to_string(),
            };
            if let Ok(v) = HeaderValue::from_str(&text) {
                headers.push((header_name, v));
            }
        }
    }
    let mut contents = Vec::new();
    if let Some(map) = resp.get("content").and_then(Value::as_object) {
        for (media, m) in map {
            // Some specs put `description` inside `content`; it is not a media type.
            if !media.contains('/') {
                continue;
            }
            let m = source.deref(m);
            // Prism: a Swagger 2.0 response without `produces` has no body to send.
            if m.get(taller_contract::SWAGGER2_DEFAULT_MEDIA) == Some(&Value::Bool(true)) {
                continue;
            }
            let essence = essence(media);
            let schema = m.get("schema").cloned();
            let content_at = format!("{at}/content/{}", escape_pointer(media));
            let check = schema.as_ref().map(|s| {
                let validator = LazyValidator::new(compiler, s, &content_at, Direction::Response);
                let resolved = source.deref(s);
                let contains = resolved.get("contains").map(|c| {
                    let min = resolved
                        .get("minContains")
                        .and_then(Value::as_u64)
                        .unwrap_or(1);
                    (
                        min,
                        LazyValidator::new(compiler, c, &content_at, Direction::Response),
                    )
                });
                BodyCheck {
                    validator,
                    contains,
                }
            });
            let mut named = Vec::new();
            if let Some(examples) = m.get("examples").and_then(Value::as_object) {
                for (name, ex) in examples {
                    let ex = source.deref(ex);
                    if let Some(value) = ex.get("value") {
                        named.push((name.clone(), prepare(&essence, value.clone())));
                    }
                }
            }
            let chosen = if settings.ignore_examples {
                None
            } else {
                m.get("examples")
                    .and_then(Value::as_object)
                    .and_then(|ex| {
                        ex.values()
                            .find_map(|e| source.deref(e).get("value").cloned())
                    })
                    .or_else(|| m.get("example").cloned())
            };
            let prepared = match chosen {
                Some(v) => prepare(&essence, v),
                None => match &schema {
                    Some(s) => match generate::sample(source, s) {
                        Ok(v) => prepare(&essence, v),
                        Err(_) => Prepared::Failed(|| MockError::SchemaTooComplex),
                    },
                    None => Prepared::Empty,
                },
            };
            let _ = faker;
            contents.push(Content {
                media: media.clone(),
                content_type: HeaderValue::from_str(media)
                    .unwrap_or(HeaderValue::from_static("application/octet-stream")),
                essence,
                schema,
                check,
                prepared,
                named,
            });
        }
    }
    ResponseSpec {
        key,
        headers,
        essences: contents.iter().map(|c| c.essence.clone()).collect(),
        contents,
    }
}

/// Renders `value` (its violations are computed later, see [`Content::violations_of`]).
pub fn prepare(essence: &str, value: Value) -> Prepared {
    match render(essence, &value) {
        Ok(bytes) => Prepared::Ready {
            value,
            bytes,
            violations: OnceLock::new(),
        },
        Err(MockError::NoComplexObjectText) => Prepared::Failed(|| MockError::NoComplexObjectText),
        Err(_) => Prepared::Failed(|| MockError::SchemaTooComplex),
    }
}
