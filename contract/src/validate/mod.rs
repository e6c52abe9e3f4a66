//! Request and response validation: a bundled OpenAPI 3.0 contract compiled once into one
//! validator per operation, so that checking a request costs only the validation itself.
//! Generated servers (through `taller-runtime`) validate every request here, and every
//! response when response validation is on ([`Operation::response_violations`], module
//! `response`).
//!
//! Loading resolves the document's local `$ref`s, turns each OpenAPI 3.0 schema into JSON
//! Schema (module `schema`) and compiles it with the `jsonschema` crate;
//! [`Operation::validate`] then coerces the request's parameters to their declared types
//! (module `params`), checks the body (module `body`) and answers every failure as a
//! [`Rejection`] naming the failing fields.
//!
//! Failures are read once into [`Finding`]s (module `finding`: a path and a [`Failure`] with
//! its keyword's parameters) and worded apart: module `detail` as taller's [`FieldError`]s,
//! module `ajv` as Prism's messages for the mock server ([`Dialect::Prism`]). [`Schema`] is
//! one compiled schema, and [`Parameter`] one parameter's reading (over a [`ParamSource`]),
//! for consumers (the mock server) that assemble their own checks.

mod ajv;
mod body;
mod detail;
mod error;
mod finding;
mod form;
mod params;
mod path;
mod refs;
mod response;
mod schema;
mod security;

use std::collections::HashMap;
use std::sync::Arc;

use http::StatusCode;
use serde_json::{Map, Value};

use self::body::Body;
pub use self::finding::{Dialect, Failure, Finding};
use self::params::Param;
pub use self::params::{Location, ParamSource, Parameter};
pub use self::path::{route_template, segment_capture};
use self::response::Responses;
pub use self::schema::{Direction, Options, Schema};
pub use self::security::{Alternative, KeyLocation, SchemeKind, SchemeUse};

/// Why a request does not match its operation: the status to answer (400, 415, 422), what
/// went wrong in words, and one entry per failing field. A service answers it as an RFC 9457
/// problem (`taller-runtime` turns it into its `Problem`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rejection {
    pub status: StatusCode,
    pub detail: String,
    pub errors: Vec<FieldError>,
}

impl Rejection {
    pub(crate) fn new(status: StatusCode, detail: impl Into<String>) -> Self {
        Rejection {
            status,
            detail: detail.into(),
            errors: Vec::new(),
        }
    }

    pub(crate) fn with_errors(mut self, errors: Vec<FieldError>) -> Self {
        self.errors = errors;
        self
    }
}

/// One failing field: where (a JSON pointer) and why.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize, PartialEq, Eq, Hash)]
pub struct FieldError {
    /// A JSON pointer into the request body (`/precio`), or `/path/<name>`, `/query/<name>`,
    /// `/header/<name>`, `/cookie/<name>` for parameters.
    pub pointer: String,
    /// What is wrong with the value, e.g. `must match ^[A-Z][0-9]{7}-[A-Z]$`.
    pub detail: String,
}

impl FieldError {
    /// A failing field.
    pub fn new(pointer: impl Into<String>, detail: impl Into<String>) -> Self {
        Self {
            pointer: pointer.into(),
            detail: detail.into(),
        }
    }
}

pub use self::body::is_streamed;
/// Why a contract could not be compiled into validators.
pub use self::error::Error as ContractError;
pub use self::form::{Delimited, FormShape, form_object, multipart_pairs};
pub use self::params::{coerce_text, parse_integer};

/// A contract loaded once at start-up: refs resolved, per-operation validators compiled.
pub struct Contract {
    json: String,
    operations: HashMap<String, Arc<Operation>>,
}

impl std::fmt::Debug for Contract {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Contract")
            .field("operations", &self.operations.keys().collect::<Vec<_>>())
            .finish_non_exhaustive()
    }
}

impl Contract {
    /// Parses the (bundled, single-document) contract and compiles every operation.
    pub fn from_json(json: &str) -> Result<Contract, ContractError> {
        let root: Arc<Value> = Arc::new(serde_json::from_str(json)?);
        let paths = match root.get("paths") {
            Some(Value::Object(paths)) => paths,
            None => return Err(shape("/paths", "the contract has no paths")),
            Some(_) => return Err(shape("/paths", "must be an object")),
        };
        let schemes = security::Schemes::compile(&root)?;
        let default_security = schemes.requirement(root.get("security"), "/security")?;
        let mut operations = HashMap::new();
        for (path, item) in paths {
            let item_pointer = format!("/paths/{}", refs::escape(path));
            let item = refs::resolve(&root, item, &item_pointer)?;
            let shared = item.get("parameters");
            for method in METHODS {
                let Some(operation) = item.get(method) else {
                    continue;
                };
                let pointer = format!("{item_pointer}/{method}");
                // Without an operationId nobody can ask for the operation; nothing to compile.
                let Some(id) = operation.get("operationId").and_then(Value::as_str) else {
                    continue;
                };
                let mut compiled =
                    Operation::compile(&root, id, shared, operation, &item_pointer, &pointer)?;
                compiled.security = schemes
                    .requirement(operation.get("security"), &format!("{pointer}/security"))?
                    .or_else(|| default_security.clone())
                    .unwrap_or_default();
                if operations
                    .insert(id.to_owned(), Arc::new(compiled))
                    .is_some()
                {
                    return Err(shape(
                        &pointer,
                        &format!("operationId {id:?} is used twice"),
                    ));
                }
            }
        }
        Ok(Contract {
            json: json.to_owned(),
            operations,
        })
    }

    /// The compiled operation; `None` when the contract has no such `operationId`.
    pub fn operation(&self, operation_id: &str) -> Option<Arc<Operation>> {
        self.operations.get(operation_id).cloned()
    }

    /// The document as given, for `/openapi.json`.
    pub fn json(&self) -> &str {
        &self.json
    }
}

/// The HTTP methods a path item may hold, as OpenAPI spells them.
const METHODS: [&str; 8] = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

fn shape(pointer: &str, message: &str) -> ContractError {
    ContractError::Shape {
        pointer: pointer.to_owned(),
        message: message.to_owned(),
    }
}

/// One operation of the contract with its validators compiled.
#[derive(Debug)]
pub struct Operation {
    id: String,
    /// The path template, as the contract writes it.
    path: String,
    /// What the route of `path` captures, in order ([`route_template`]).
    captures: Vec<String>,
    params: Vec<Param>,
    body: Option<Body>,
    responses: Responses,
    security: Vec<Alternative>,
}

impl Operation {
    fn compile(
        root: &Arc<Value>,
        id: &str,
        shared: Option<&Value>,
        operation: &Value,
        item_pointer: &str,
        pointer: &str,
    ) -> Result<Operation, ContractError> {
        // Operation-level parameters override path-level ones with the same name and place.
        let mut params: Vec<Param> = Vec::new();
        let lists = [
            (shared, format!("{item_pointer}/parameters")),
            (operation.get("parameters"), format!("{pointer}/parameters")),
        ];
        for (list, list_pointer) in lists {
            let Some(list) = list else { continue };
            let list = list
                .as_array()
                .ok_or_else(|| shape(&list_pointer, "must be an array"))?;
            for (index, param) in list.iter().enumerate() {
                let Some(param) = Param::compile(root, param, &format!("{list_pointer}/{index}"))?
                else {
                    continue;
                };
                params.retain(|p| {
                    !(p.reading.name() == param.reading.name()
                        && p.reading.location() == param.reading.location())
                });
                params.push(param);
            }
        }
        let body = operation
            .get("requestBody")
            .map(|body| Body::compile(root, body, &format!("{pointer}/requestBody")))
            .transpose()?;
        let responses = Responses::compile(
            root,
            operation.get("responses"),
            &format!("{pointer}/responses"),
        )?;
        let path = item_pointer
            .strip_prefix("/paths/")
            .map(|p| crate::pointer::unescape(p).into_owned())
            .unwrap_or_default();
        Ok(Operation {
            id: id.to_owned(),
            captures: path::route_captures(&path),
            path,
            params,
            body,
            responses,
            security: Vec::new(),
        })
    }
}

impl Operation {
    /// The operation's `operationId`.
    pub fn id(&self) -> &str {
        &self.id
    }

    /// The path parameters of a request, from what a router that matches whole segments
    /// captured: a capture named [`segment_capture`]`(i)` holds segment `i` of the template
    /// after its static prefix (a segment such as `{id}.json` or `{sid}{ext}`) and is split
    /// into that segment's parameters, the first split whose values keep their schemas
    /// winning (else the first split); the other captures are kept as they are. `None` when a
    /// segment splits no way (`backup` for `{name}.{format}`): the path is not this
    /// operation's, a 404.
    ///
    /// Templates of one shape (`/items/{id}` for GET, `/items/{item_id}` for DELETE) share one
    /// route, whose captures bear the names of the template it was registered with: they are
    /// named again, by position, after this operation's template.
    pub fn path_params(
        &self,
        mut captured: Vec<(String, String)>,
    ) -> Option<Vec<(String, String)>> {
        // The last captures are the route's: a router nested under a path with parameters of
        // its own (`/t/{tenant}`) captures those first.
        if let Some(ours) = captured.len().checked_sub(self.captures.len())
            && captured[ours..]
                .iter()
                .zip(&self.captures)
                .any(|((name, _), own)| name != own)
        {
            for ((name, _), own) in captured[ours..].iter_mut().zip(&self.captures) {
                name.clone_from(own);
            }
        }
        if !captured
            .iter()
            .any(|(name, _)| path::captured_segment(name).is_some())
        {
            return Some(captured);
        }
        let segments: Vec<&str> = self.path.split('/').collect();
        let mut out = Vec::new();
        for (name, value) in captured {
            let Some(index) = path::captured_segment(&name) else {
                out.push((name, value));
                continue;
            };
            let segment = segments.get(index)?;
            let splits = path::splits(&path::pieces_after_prefix(segment), &value);
            let chosen = splits
                .iter()
                .find(|split| self.path_values_keep(split))
                .or(splits.first())?;
            out.extend(chosen.iter().cloned());
        }
        Some(out)
    }

    /// Whether each of `values` keeps the schema of the path parameter it names.
    fn path_values_keep(&self, values: &[(String, String)]) -> bool {
        let headers = http::HeaderMap::new();
        let source = ParamSource::new(values, None, &headers);
        self.params
            .iter()
            .filter(|p| p.reading.location() == Location::Path)
            .filter(|p| values.iter().any(|(name, _)| name == p.reading.name()))
            .all(|p| {
                let mut errors = Vec::new();
                p.extract(&source, &mut errors);
                errors.is_empty()
            })
    }

    /// What credentials the operation wants: alternatives, any one of which will do, each
    /// naming schemes that must all be satisfied. Empty: the operation is open (no `security`
    /// anywhere, or `security: []`). An alternative without schemes lets anonymous callers in.
    pub fn security(&self) -> &[Alternative] {
        &self.security
    }

    /// Whether the operation declares a response for `status` (its code, its `NXX` range or
    /// `default`).
    pub fn declares(&self, status: u16) -> bool {
        self.responses.declares(status)
    }

    /// Every way a response breaks the operation's contract, empty when it keeps it: a status
    /// not declared (`/status`), a required header missing or a header breaking its schema
    /// (`/header/<Name>`), an undeclared media type (`/header/Content-Type`), a body where none
    /// is declared (`/body`) or one breaking its schema (`/body/<pointer>`). `writeOnly`
    /// properties may be left out of a response even when required.
    pub fn response_violations(
        &self,
        status: u16,
        headers: &http::HeaderMap,
        body: &[u8],
    ) -> Vec<FieldError> {
        self.responses.violations(status, headers, body)
    }

    /// [`Operation::response_violations`] for a streamed response, whose body is not read:
    /// the status, the declared headers and the media type.
    pub fn response_head_violations(
        &self,
        status: u16,
        headers: &http::HeaderMap,
    ) -> Vec<FieldError> {
        self.responses.head_violations(status, headers)
    }
}

/// What axum gives a handler, borrowed.
#[derive(Debug, Clone, Copy)]
pub struct RawRequest<'a> {
    /// Path parameters, percent-decoded, named as in the contract.
    pub path_params: &'a [(String, String)],
    /// The raw (still percent-encoded) query string, without `?`.
    pub query: Option<&'a str>,
    /// The request headers.
    pub headers: &'a http::HeaderMap,
    /// The request body, as received.
    pub body: &'a [u8],
}

/// Parameters coerced to their schema types, keyed by parameter name exactly as in the
/// contract; absent optional parameters are absent keys; defaults applied.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Validated {
    /// Path parameters.
    pub path: Map<String, Value>,
    /// Query parameters.
    pub query: Map<String, Value>,
    /// Header parameters.
    pub headers: Map<String, Value>,
    /// Cookie parameters.
    pub cookies: Map<String, Value>,
    /// The parsed JSON body, when the operation declares one and the request sent it.
    pub body: Option<Value>,
}

impl Operation {
    /// 400 bad params or unparseable JSON, 415 wrong content type, 422 body breaks schema;
    /// every failure has a FieldError with a JSON pointer.
    pub fn validate(&self, req: &RawRequest<'_>) -> Result<Validated, Rejection> {
        let mut validated = self.validate_params(req)?;
        validated.body = self.validate_body(req.headers, req.body)?;
        Ok(validated)
    }

    /// The parameters part of [`Operation::validate`] (400 with a pointer per bad parameter).
    fn validate_params(&self, req: &RawRequest<'_>) -> Result<Validated, Rejection> {
        let source = ParamSource::new(req.path_params, req.query, req.headers);
        let mut validated = Validated::default();
        let mut errors = Vec::new();
        for param in &self.params {
            if let Some(value) = param.extract(&source, &mut errors) {
                let section = match param.reading.location() {
                    Location::Path => &mut validated.path,
                    Location::Query => &mut validated.query,
                    Location::Header => &mut validated.headers,
                    Location::Cookie => &mut validated.cookies,
                };
                section.insert(param.reading.name().to_owned(), value);
            }
        }
        if !errors.is_empty() {
            let detail = match errors.as_slice() {
                [only] => format!("invalid parameter {}: {}", only.pointer, only.detail),
                many => format!("{} invalid parameters", many.len()),
            };
            return Err(Rejection::new(StatusCode::BAD_REQUEST, detail).with_errors(errors));
        }
        Ok(validated)
    }

    /// [`Operation::validate`] for an operation whose body is streamed to the implementation
    /// (every media type it takes is [`is_streamed`]): the parameters as usual, the body from
    /// the head alone (present when required, of a declared media type); `body` is `None`.
    pub fn validate_streamed(&self, req: &RawRequest<'_>) -> Result<Validated, Rejection> {
        let validated = self.validate_params(req)?;
        if let Some(declared) = &self.body {
            declared.validate_head(req.headers)?;
        }
        Ok(validated)
    }

    /// Only the body part of [`Operation::validate`]: 400 missing or unparseable, 415 wrong
    /// content type, 422 breaks the schema; `Ok(None)` when the operation declares no body,
    /// an optional body is absent, or the media type is not JSON.
    pub fn validate_body(
        &self,
        headers: &http::HeaderMap,
        body: &[u8],
    ) -> Result<Option<Value>, Rejection> {
        match &self.body {
            Some(declared) => declared.validate(headers, body),
            None => Ok(None),
        }
    }
}
