//! Parameters: found in the request, turned from strings into their schema types following
//! the OpenAPI `style`/`explode` rules, defaulted, then validated. The one reading of
//! parameter text: generated servers read through it (in [`super::Operation::validate`]) and
//! the mock server through [`Parameter`] in [`Dialect::Prism`].
//!
//! Supported serializations: path and header `simple` (`a,b,c`; objects `k,v` or, exploded,
//! `k=v`), query `form` (repeated keys when exploded, `a,b` when not; exploded objects spread
//! over the query), `spaceDelimited`, `pipeDelimited` and `deepObject` (`filter[color]=red`),
//! and cookies (`form`: `a,b`).
//!
//! Where Prism reads otherwise, [`Dialect::Prism`] says so, each difference in one place
//! ([`Parameter::read`]): text that is not of the schema's type stays text (the schema then
//! says `must be integer`); a repeated key is a list for an array and its first value
//! otherwise (not an error); a header's lines are not joined; an empty path segment is no
//! value; an exploded form object takes every query key its schema allows (not only the
//! declared ones); a parameter's schema may come from its `content`; `Accept`,
//! `Content-Type` and `Authorization` are read like any header; an unknown style reads as
//! `simple`.

use std::borrow::Cow;

use serde_json::{Map, Number, Value};

use super::FieldError;
use super::error::Error;
use super::finding::Dialect;
use super::refs::{self, escape};
use super::{detail, schema};

/// Where a parameter travels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Location {
    Path,
    Query,
    Header,
    Cookie,
}

impl Location {
    /// As OpenAPI's `in` spells it, the first segment of the parameter's pointers.
    pub fn as_str(self) -> &'static str {
        match self {
            Location::Path => "path",
            Location::Query => "query",
            Location::Header => "header",
            Location::Cookie => "cookie",
        }
    }
}

/// How a parameter's string form is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Style {
    Simple,
    Form,
    SpaceDelimited,
    PipeDelimited,
    DeepObject,
    /// Path only: `;name=value` (RFC 6570 `{;name}`).
    Matrix,
    /// Path only: `.value` (RFC 6570 `{.name}`).
    Label,
}

/// The JSON type a parameter's string becomes.
#[derive(Debug, Clone, PartialEq)]
enum Shape {
    String,
    Integer,
    Number,
    Boolean,
    /// `type: null`: only the empty text.
    Null,
    Array(Box<Shape>),
    Object(Vec<(String, Shape)>),
}

/// How one declared parameter is read from a request: where, in which style, to which JSON
/// type. It does not validate: [`Parameter::read`] gives the value a schema then judges
/// (generated servers through [`super::Operation::validate`], the mock with its own
/// [`super::Schema`]).
pub struct Parameter {
    name: String,
    location: Location,
    required: bool,
    style: Style,
    explode: bool,
    shape: Shape,
    /// Prism's exploded form object takes any query key: its schema has no `properties`, or
    /// says something about `additionalProperties`.
    open: bool,
    dialect: Dialect,
    /// `/query/<name>` etc., the prefix of this parameter's pointers.
    pointer: String,
}

impl std::fmt::Debug for Parameter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Parameter")
            .field("name", &self.name)
            .field("in", &self.location)
            .field("required", &self.required)
            .finish_non_exhaustive()
    }
}

/// One compiled parameter with its validator, as generated servers check it.
pub(crate) struct Param {
    pub(crate) reading: Parameter,
    default: Option<Value>,
    validator: schema::Schema,
}

impl std::fmt::Debug for Param {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.reading.fmt(f)
    }
}

/// The schema that takes anything.
static ANY: Value = Value::Bool(true);

/// Headers OpenAPI says a `parameters` entry may not describe.
const IGNORED_HEADERS: &[&str] = &["accept", "content-type", "authorization"];

impl Param {
    /// Compiles the parameter object `value` found at `pointer`; `None` for the headers
    /// OpenAPI says to ignore.
    pub(crate) fn compile(
        root: &Value,
        value: &Value,
        pointer: &str,
    ) -> Result<Option<Param>, Error> {
        let Some(reading) = Parameter::compile(root, value, pointer, Dialect::Taller)? else {
            return Ok(None);
        };
        let param = refs::resolve(root, value, pointer)?;
        let schema_pointer = format!("{pointer}/schema");
        let raw_schema = match param.get("schema") {
            Some(schema) => schema,
            None => &Value::Bool(true),
        };
        let default = refs::resolve(root, raw_schema, &schema_pointer)?
            .get("default")
            .cloned();
        let validator = schema::compile(root, raw_schema, &schema_pointer)?;
        Ok(Some(Param {
            reading,
            default,
            validator,
        }))
    }

    /// Reads, coerces and validates this parameter from `source`; `Ok(None)` when it is absent
    /// and has no default.
    pub(crate) fn extract(
        &self,
        source: &ParamSource<'_>,
        errors: &mut Vec<FieldError>,
    ) -> Option<Value> {
        let value = match self.reading.read(source) {
            Ok(Some(value)) => value,
            Ok(None) => {
                if self.reading.required {
                    errors.push(FieldError::new(self.reading.pointer.clone(), "required"));
                }
                return self.default.clone();
            }
            Err(error) => {
                errors.push(error);
                return None;
            }
        };
        let before = errors.len();
        errors.extend(detail::field_errors(
            &self.validator,
            &value,
            &self.reading.pointer,
        ));
        (errors.len() == before).then_some(value)
    }
}

impl Parameter {
    /// Compiles how to read the parameter object `value` (a `$ref` is followed) found at
    /// `pointer` of the bundled document `root`, read the way `dialect` reads it. `None` for a
    /// header OpenAPI says to ignore (`Accept`, `Content-Type`, `Authorization`), in
    /// [`Dialect::Taller`] only. Nothing is validated here, so this is cheap.
    pub fn compile(
        root: &Value,
        value: &Value,
        pointer: &str,
        dialect: Dialect,
    ) -> Result<Option<Parameter>, Error> {
        let prism = dialect == Dialect::Prism;
        let param = refs::resolve(root, value, pointer)?;
        let name = param
            .get("name")
            .and_then(Value::as_str)
            .ok_or_else(|| shape_error(pointer, "parameter without a name"))?
            .to_owned();
        let location = match param.get("in").and_then(Value::as_str) {
            Some("path") => Location::Path,
            Some("query") => Location::Query,
            Some("header") => Location::Header,
            Some("cookie") => Location::Cookie,
            _ => {
                return Err(shape_error(
                    pointer,
                    "parameter `in` must be path, query, header or cookie",
                ));
            }
        };
        if !prism
            && location == Location::Header
            && IGNORED_HEADERS.contains(&name.to_ascii_lowercase().as_str())
        {
            return Ok(None);
        }
        let style = match param.get("style").and_then(Value::as_str) {
            None if matches!(location, Location::Query | Location::Cookie) => Style::Form,
            None | Some("simple") => Style::Simple,
            Some("form") => Style::Form,
            Some("spaceDelimited") => Style::SpaceDelimited,
            Some("pipeDelimited") => Style::PipeDelimited,
            Some("deepObject") => Style::DeepObject,
            Some("matrix") if location == Location::Path && !prism => Style::Matrix,
            Some("label") if location == Location::Path && !prism => Style::Label,
            Some(_) if prism => Style::Simple,
            Some(other) => {
                return Err(shape_error(
                    pointer,
                    &format!("parameter style {other:?} is not supported"),
                ));
            }
        };
        let explode = param
            .get("explode")
            .and_then(Value::as_bool)
            .unwrap_or(style == Style::Form);
        let required = location == Location::Path
            || param
                .get("required")
                .and_then(Value::as_bool)
                .unwrap_or(false);
        let (raw_schema, schema_pointer) = match param.get("schema") {
            Some(schema) => (schema, format!("{pointer}/schema")),
            None => match param
                .get("content")
                .and_then(Value::as_object)
                .and_then(|content| content.iter().next())
                .and_then(|(media, m)| Some((m.get("schema")?, media)))
            {
                Some((schema, media)) if prism => (
                    schema,
                    format!("{pointer}/content/{}/schema", escape(media)),
                ),
                _ => (&Value::Bool(true), format!("{pointer}/schema")),
            },
        };
        let resolved = match refs::resolve(root, raw_schema, &schema_pointer) {
            Ok(resolved) => resolved,
            // Prism reads what it can: a schema it cannot find reads as text.
            Err(_) if prism => &ANY,
            Err(error) => return Err(error),
        };
        let shape = shape_of(root, resolved, &schema_pointer, 0);
        let open = resolved
            .get("properties")
            .and_then(Value::as_object)
            .is_none()
            || resolved.get("additionalProperties").is_some();
        let pointer = format!("/{}/{}", location.as_str(), escape(&name));
        Ok(Some(Parameter {
            name,
            location,
            required,
            style,
            explode,
            shape,
            open,
            dialect,
            pointer,
        }))
    }

    /// The name, as the contract spells it.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// Where it travels.
    pub fn location(&self) -> Location {
        self.location
    }

    /// Whether a request must carry it (path parameters always).
    pub fn required(&self) -> bool {
        self.required
    }

    /// `/<location>/<name>`, the prefix of every pointer this parameter's errors carry.
    pub fn pointer(&self) -> &str {
        &self.pointer
    }

    /// The parameter's value in the request, coerced to its schema's types: `Ok(None)` when
    /// the request does not carry it; `Err` (in [`Dialect::Taller`] only) when its text cannot
    /// be read as the schema's type, with the pointer of the failing part
    /// (`/query/ids/1: must be an integer`). Defaults are not applied and the schema is not
    /// checked.
    pub fn read(&self, source: &ParamSource<'_>) -> Result<Option<Value>, FieldError> {
        match (&self.shape, self.location) {
            (Shape::Object(fields), Location::Query) if self.style == Style::DeepObject => {
                let prefix = format!("{}[", self.name);
                let mut object = Map::new();
                for (key, raw) in &source.query {
                    let Some(field) = key.strip_prefix(&prefix).and_then(|k| k.strip_suffix(']'))
                    else {
                        continue;
                    };
                    let value = self.coerce_field(fields, field, raw)?;
                    object.insert(field.to_owned(), value);
                }
                Ok((!object.is_empty()).then_some(Value::Object(object)))
            }
            (Shape::Object(fields), Location::Query)
                if self.explode && self.dialect == Dialect::Prism && self.style == Style::Form =>
            {
                // Prism: every key of the query the schema may hold, the last one winning.
                let mut object = Map::new();
                for (key, raw) in &source.query {
                    if self.open || fields.iter().any(|(name, _)| name == key) {
                        let value = self.coerce_field(fields, key, raw)?;
                        object.insert(key.clone().into_owned(), value);
                    }
                }
                Ok((!object.is_empty()).then_some(Value::Object(object)))
            }
            (Shape::Object(fields), Location::Query) if self.explode => {
                // Exploded form objects spread their fields over the query: `?color=red&size=2`.
                let mut object = Map::new();
                for (field, _) in fields {
                    if let Some(raw) = self.single(source.query_values(field), field)? {
                        object.insert(field.clone(), self.coerce_field(fields, field, &raw)?);
                    }
                }
                Ok((!object.is_empty()).then_some(Value::Object(object)))
            }
            _ if self.dialect == Dialect::Prism => self.read_prism(source),
            (Shape::Array(item), Location::Query) if self.explode && self.style == Style::Form => {
                let values = source.query_values(&self.name);
                if values.is_empty() {
                    return Ok(None);
                }
                self.coerce_items(item, values).map(Some)
            }
            _ => {
                let raw = match self.location {
                    Location::Path => source
                        .path(&self.name)
                        .map(|raw| self.unstyle(raw))
                        .transpose()?,
                    Location::Query => self.single(source.query_values(&self.name), &self.name)?,
                    Location::Header => source
                        .header(&self.name)
                        .map_err(|d| FieldError::new(self.pointer.clone(), d))?,
                    Location::Cookie => source.cookie(&self.name).map(str::to_owned),
                };
                raw.map(|raw| self.coerce_whole(&raw)).transpose()
            }
        }
    }

    /// Prism's reading of every value but the query's objects: all the values the request
    /// gives the name (header lines apart, an empty path segment none); an array takes them
    /// as its items when there are several, else splits the one; anything else takes the
    /// first.
    fn read_prism(&self, source: &ParamSource<'_>) -> Result<Option<Value>, FieldError> {
        let values: Vec<&str> = match self.location {
            Location::Path => source
                .path(&self.name)
                .filter(|v| !v.is_empty())
                .into_iter()
                .collect(),
            Location::Query => source.query_values(&self.name),
            Location::Header => source
                .headers
                .get_all(self.name.as_str())
                .iter()
                .filter_map(|v| v.to_str().ok())
                .collect(),
            Location::Cookie => source.cookie(&self.name).into_iter().collect(),
        };
        let Some(first) = values.first() else {
            return Ok(None);
        };
        match &self.shape {
            Shape::Array(item) if values.len() > 1 => self.coerce_items(item, values).map(Some),
            Shape::Array(item) => {
                // Header lists may space their items out (`a, b`), which ajv's coercion reads.
                let trim = self.location == Location::Header;
                let parts = first
                    .split(self.delimiter())
                    .map(|part| if trim { part.trim() } else { part })
                    .collect();
                self.coerce_items(item, parts).map(Some)
            }
            _ => self.coerce_whole(first).map(Some),
        }
    }

    /// A parameter given once; repeating a non-array query parameter is an error, not a guess.
    fn single(&self, values: Vec<&str>, key: &str) -> Result<Option<String>, FieldError> {
        match values.as_slice() {
            [] => Ok(None),
            [one] => Ok(Some((*one).to_owned())),
            _ => Err(FieldError::new(
                self.pointer.clone(),
                format!("`{key}` given more than once"),
            )),
        }
    }

    /// Each text an item of the array.
    fn coerce_items(&self, item: &Shape, parts: Vec<&str>) -> Result<Value, FieldError> {
        parts
            .into_iter()
            .enumerate()
            .map(|(index, part)| {
                self.coerce(item, part)
                    .map_err(|d| self.error_at(&index.to_string(), d))
            })
            .collect::<Result<Vec<_>, _>>()
            .map(Value::Array)
    }

    /// A `matrix` or `label` path segment as the `simple` style writes the same value
    /// (`;id=3;id=4` and `.3.4` → `3,4`); other styles' text as it is.
    fn unstyle(&self, raw: &str) -> Result<String, FieldError> {
        let structured = matches!(self.shape, Shape::Array(_) | Shape::Object(_));
        match self.style {
            Style::Label => {
                let rest = raw.strip_prefix('.').ok_or_else(|| {
                    FieldError::new(self.pointer.clone(), "must start with `.` (label style)")
                })?;
                Ok(if self.explode && structured {
                    rest.replace('.', ",")
                } else {
                    rest.to_owned()
                })
            }
            Style::Matrix => {
                let rest = raw.strip_prefix(';').ok_or_else(|| {
                    FieldError::new(self.pointer.clone(), "must start with `;` (matrix style)")
                })?;
                if self.explode && matches!(self.shape, Shape::Object(_)) {
                    // `;role=admin;name=Alex`: the object's own fields.
                    return Ok(rest.replace(';', ","));
                }
                // `;id=5`, `;id=3,4` or, exploded, `;id=3;id=4`.
                let values: Vec<&str> = rest
                    .split(';')
                    .filter_map(|part| match part.split_once('=') {
                        Some((name, value)) if name == self.name => Some(value),
                        None if part == self.name => Some(""),
                        _ => None,
                    })
                    .collect();
                if values.is_empty() {
                    return Err(FieldError::new(
                        self.pointer.clone(),
                        "must be `;name=value` (matrix style)",
                    ));
                }
                Ok(values.join(","))
            }
            _ => Ok(raw.to_owned()),
        }
    }

    /// Coerces a whole serialized value (one string) to the parameter's shape.
    fn coerce_whole(&self, raw: &str) -> Result<Value, FieldError> {
        match &self.shape {
            Shape::Array(item) => {
                if raw.is_empty() {
                    return Ok(Value::Array(Vec::new()));
                }
                // Header lists may space their items out (`a, b`); other places may not.
                let trim = self.location == Location::Header;
                let parts = raw
                    .split(self.delimiter())
                    .map(|part| if trim { part.trim() } else { part })
                    .collect();
                self.coerce_items(item, parts)
            }
            Shape::Object(fields) => {
                let mut object = Map::new();
                if raw.is_empty() {
                    return Ok(Value::Object(object));
                }
                if self.explode {
                    // `k=v,k2=v2`
                    for pair in raw.split(self.delimiter()) {
                        let (field, value) = pair.split_once('=').unwrap_or((pair, ""));
                        object.insert(field.to_owned(), self.coerce_field(fields, field, value)?);
                    }
                } else {
                    // `k,v,k2,v2`
                    let parts: Vec<&str> = raw.split(self.delimiter()).collect();
                    for pair in parts.chunks(2) {
                        let (field, value) = (pair[0], pair.get(1).copied().unwrap_or(""));
                        object.insert(field.to_owned(), self.coerce_field(fields, field, value)?);
                    }
                }
                Ok(Value::Object(object))
            }
            shape => self
                .coerce(shape, raw)
                .map_err(|d| FieldError::new(self.pointer.clone(), d)),
        }
    }

    fn coerce_field(
        &self,
        fields: &[(String, Shape)],
        field: &str,
        raw: &str,
    ) -> Result<Value, FieldError> {
        let shape = fields
            .iter()
            .find(|(name, _)| name == field)
            .map_or(&Shape::String, |(_, shape)| shape);
        self.coerce(shape, raw).map_err(|d| self.error_at(field, d))
    }

    /// One text to `shape`; in Prism's reading, text that is not of the type stays text.
    fn coerce(&self, shape: &Shape, raw: &str) -> Result<Value, &'static str> {
        match coerce(shape, raw) {
            Err(_) if self.dialect == Dialect::Prism => Ok(Value::String(raw.to_owned())),
            coerced => coerced,
        }
    }

    fn delimiter(&self) -> char {
        match self.style {
            Style::SpaceDelimited => ' ',
            Style::PipeDelimited => '|',
            _ => ',',
        }
    }

    fn error_at(&self, segment: &str, detail: &'static str) -> FieldError {
        FieldError::new(format!("{}/{}", self.pointer, escape(segment)), detail)
    }
}

/// The request's parameters, split once (query pairs decoded, cookies parsed) so that every
/// [`Parameter`] can look itself up.
pub struct ParamSource<'a> {
    path: &'a [(String, String)],
    query: Vec<(Cow<'a, str>, Cow<'a, str>)>,
    headers: &'a http::HeaderMap,
    cookies: Vec<(&'a str, &'a str)>,
}

impl<'a> ParamSource<'a> {
    /// `path`: the path parameters, percent-decoded, named as in the contract; `query`: the
    /// raw query string without `?`.
    pub fn new(
        path: &'a [(String, String)],
        query: Option<&'a str>,
        headers: &'a http::HeaderMap,
    ) -> Self {
        let query = query
            .map(|q| form_urlencoded::parse(q.as_bytes()).collect())
            .unwrap_or_default();
        Self::with_query(path, query, headers)
    }

    /// [`ParamSource::new`] with the query already decoded into pairs, in order.
    pub fn from_pairs(
        path: &'a [(String, String)],
        query: &'a [(String, String)],
        headers: &'a http::HeaderMap,
    ) -> Self {
        let query = query
            .iter()
            .map(|(k, v)| (Cow::Borrowed(k.as_str()), Cow::Borrowed(v.as_str())))
            .collect();
        Self::with_query(path, query, headers)
    }

    fn with_query(
        path: &'a [(String, String)],
        query: Vec<(Cow<'a, str>, Cow<'a, str>)>,
        headers: &'a http::HeaderMap,
    ) -> Self {
        // `Cookie: a=1; b=2`, every line; names and values trimmed, not decoded.
        let cookies = headers
            .get_all(http::header::COOKIE)
            .iter()
            .filter_map(|value| value.to_str().ok())
            .flat_map(|text| text.split(';'))
            .filter_map(|pair| pair.split_once('='))
            .map(|(name, value)| (name.trim(), value.trim()))
            .collect();
        ParamSource {
            path,
            query,
            headers,
            cookies,
        }
    }

    fn path(&self, name: &str) -> Option<&str> {
        self.path
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    fn query_values(&self, name: &str) -> Vec<&str> {
        self.query
            .iter()
            .filter(|(key, _)| key == name)
            .map(|(_, value)| value.as_ref())
            .collect()
    }

    /// A cookie's value; the last one of the name wins.
    fn cookie(&self, name: &str) -> Option<&str> {
        self.cookies
            .iter()
            .rev()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| *v)
    }

    /// A header's value; repeated header lines join with commas, as HTTP says they may.
    fn header(&self, name: &str) -> Result<Option<String>, &'static str> {
        let mut values = self.headers.get_all(name).iter().peekable();
        if values.peek().is_none() {
            return Ok(None);
        }
        let parts = values
            .map(|value| value.to_str().map(str::trim))
            .collect::<Result<Vec<_>, _>>()
            .map_err(|_| "must be visible ASCII text")?;
        Ok(Some(parts.join(",")))
    }
}

/// A parameter's text as a JSON integer: exact within 64 bits; beyond, as the nearest float
/// (JSON Schema's integers have no size limit, so `page=7643319135806229187187965952` is an
/// integer, and a `maximum` still judges it).
pub fn parse_integer(raw: &str) -> Option<Value> {
    if let Ok(n) = raw.parse::<i64>() {
        return Some(Value::from(n));
    }
    if let Ok(n) = raw.parse::<u64>() {
        return Some(Value::from(n));
    }
    let digits = raw.strip_prefix('-').unwrap_or(raw);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    raw.parse::<f64>()
        .ok()
        .and_then(Number::from_f64)
        .map(Value::Number)
}

/// One piece of text — a scalar parameter, one item of a list, one form field — as the JSON
/// value `schema` (found in the bundled document `root`) asks for: the one coercion of
/// parameters, used by generated servers (through [`super::Operation::validate`]) and the
/// mock server. `Err` says why the text cannot be that type (an integer that does not parse);
/// arrays and objects keep their text for the schema to judge.
pub fn coerce_text(root: &Value, schema: &Value, raw: &str) -> Result<Value, &'static str> {
    coerce(&shape_of(root, schema, "", 0), raw)
}

/// One string to one JSON value of `shape`.
fn coerce(shape: &Shape, raw: &str) -> Result<Value, &'static str> {
    match shape {
        Shape::Integer => parse_integer(raw).ok_or("must be an integer"),
        Shape::Number => raw
            .parse::<i64>()
            .map(Value::from)
            .or_else(|_| {
                raw.parse::<f64>()
                    .ok()
                    .and_then(Number::from_f64)
                    .map(Value::Number)
                    .ok_or(())
            })
            .map_err(|_| "must be a number"),
        Shape::Boolean => match raw {
            "true" => Ok(Value::Bool(true)),
            "false" => Ok(Value::Bool(false)),
            _ => Err("must be true or false"),
        },
        Shape::Null if raw.is_empty() => Ok(Value::Null),
        Shape::Null => Err("must be empty (null)"),
        // Nested arrays and objects have no standard string form: keep the text and let the
        // schema judge it.
        Shape::String | Shape::Array(_) | Shape::Object(_) => Ok(Value::String(raw.to_owned())),
    }
}

/// The JSON type a parameter schema asks for, looking through `$ref`, `allOf`/`oneOf`/`anyOf`
/// and `enum` when `type` is not given.
fn shape_of(root: &Value, schema: &Value, pointer: &str, depth: usize) -> Shape {
    if depth > 16 {
        return Shape::String;
    }
    let Ok(schema) = refs::resolve(root, schema, pointer) else {
        return Shape::String;
    };
    // A type list (OpenAPI 3.1, or 3.0's `nullable` made JSON Schema) reads as its first
    // type other than `null`.
    let named = match schema.get("type") {
        Some(Value::String(single)) => Some(single.as_str()),
        Some(Value::Array(types)) => {
            let mut names = types.iter().filter_map(Value::as_str);
            names
                .clone()
                .find(|t| *t != "null")
                .or_else(|| names.next())
        }
        _ => None,
    };
    match named {
        Some("null") => return Shape::Null,
        Some("integer") => return Shape::Integer,
        Some("number") => return Shape::Number,
        Some("boolean") => return Shape::Boolean,
        Some("string") => return Shape::String,
        Some("array") => {
            let item = schema.get("items").map_or(Shape::String, |items| {
                shape_of(root, items, pointer, depth + 1)
            });
            return Shape::Array(Box::new(item));
        }
        Some("object") => return Shape::Object(fields_of(root, schema, pointer, depth)),
        _ => {}
    }
    if schema.get("properties").is_some() {
        return Shape::Object(fields_of(root, schema, pointer, depth));
    }
    for key in ["allOf", "oneOf", "anyOf"] {
        if let Some(Value::Array(members)) = schema.get(key) {
            let shapes: Vec<Shape> = members
                .iter()
                .map(|member| shape_of(root, member, pointer, depth + 1))
                .collect();
            if let Some(first) = shapes.first()
                && (key == "allOf" || shapes.iter().all(|s| s == first))
            {
                return first.clone();
            }
        }
    }
    if let Some(Value::Array(options)) = schema.get("enum") {
        if !options.is_empty() && options.iter().all(Value::is_i64) {
            return Shape::Integer;
        }
        if !options.is_empty() && options.iter().all(Value::is_number) {
            return Shape::Number;
        }
        if !options.is_empty() && options.iter().all(Value::is_boolean) {
            return Shape::Boolean;
        }
    }
    Shape::String
}

fn fields_of(root: &Value, schema: &Value, pointer: &str, depth: usize) -> Vec<(String, Shape)> {
    match schema.get("properties") {
        Some(Value::Object(properties)) => properties
            .iter()
            .map(|(name, field)| (name.clone(), shape_of(root, field, pointer, depth + 1)))
            .collect(),
        _ => Vec::new(),
    }
}

fn shape_error(pointer: &str, message: &str) -> Error {
    Error::Shape {
        pointer: pointer.to_owned(),
        message: message.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use serde_json::{Value, json};

    use super::{Dialect, ParamSource, Parameter, coerce_text};

    fn read(
        param: Value,
        dialect: Dialect,
        query: &str,
        headers: &[(&str, &str)],
    ) -> Result<Option<Value>, String> {
        let parameter = Parameter::compile(&json!({}), &param, "/p", dialect)
            .unwrap()
            .unwrap();
        let mut map = http::HeaderMap::new();
        for (name, value) in headers {
            map.append(
                http::HeaderName::from_bytes(name.as_bytes()).unwrap(),
                http::HeaderValue::from_str(value).unwrap(),
            );
        }
        let source = ParamSource::new(&[], Some(query), &map);
        parameter
            .read(&source)
            .map_err(|e| format!("{}: {}", e.pointer, e.detail))
    }

    /// A path parameter `id` of `style`/`explode`/`schema` read from the segment `raw`.
    fn read_path(style: &str, explode: bool, schema: Value, raw: &str) -> Result<Value, String> {
        let param = json!({ "name": "id", "in": "path", "required": true, "style": style,
            "explode": explode, "schema": schema });
        let parameter = Parameter::compile(&json!({}), &param, "/p", Dialect::Taller)
            .unwrap()
            .unwrap();
        let path = [("id".to_owned(), raw.to_owned())];
        let headers = http::HeaderMap::new();
        parameter
            .read(&ParamSource::new(&path, None, &headers))
            .map(Option::unwrap)
            .map_err(|e| format!("{}: {}", e.pointer, e.detail))
    }

    #[test]
    fn matrix_and_label_path_segments_are_read_as_rfc_6570_writes_them() {
        let int = json!({ "type": "integer" });
        let ints = json!({ "type": "array", "items": { "type": "integer" } });
        let obj = json!({ "type": "object", "properties": { "r": { "type": "string" }, "n": { "type": "integer" } } });
        let cases = [
            ("label", false, &int, ".5", json!(5)),
            ("label", false, &ints, ".3,4,5", json!([3, 4, 5])),
            ("label", true, &ints, ".3.4.5", json!([3, 4, 5])),
            (
                "label",
                false,
                &obj,
                ".r,a,n,2",
                json!({ "r": "a", "n": 2 }),
            ),
            ("label", true, &obj, ".r=a.n=2", json!({ "r": "a", "n": 2 })),
            ("matrix", false, &int, ";id=5", json!(5)),
            ("matrix", false, &ints, ";id=3,4,5", json!([3, 4, 5])),
            ("matrix", true, &ints, ";id=3;id=4;id=5", json!([3, 4, 5])),
            (
                "matrix",
                false,
                &obj,
                ";id=r,a,n,2",
                json!({ "r": "a", "n": 2 }),
            ),
            (
                "matrix",
                true,
                &obj,
                ";r=a;n=2",
                json!({ "r": "a", "n": 2 }),
            ),
        ];
        for (style, explode, schema, raw, expected) in cases {
            assert_eq!(
                read_path(style, explode, schema.clone(), raw),
                Ok(expected),
                "{style} explode={explode} {raw}"
            );
        }
        assert_eq!(
            read_path("label", false, int.clone(), "5"),
            Err("/path/id: must start with `.` (label style)".to_owned())
        );
        assert_eq!(
            read_path("matrix", false, int.clone(), ";other=5"),
            Err("/path/id: must be `;name=value` (matrix style)".to_owned())
        );
        assert_eq!(
            read_path("matrix", true, ints, ";id=3;id=x"),
            Err("/path/id/1: must be an integer".to_owned())
        );
    }

    #[test]
    fn cookies_are_read_by_name_the_last_one_winning() {
        let count = json!({ "name": "count", "in": "cookie", "schema": { "type": "integer" } });
        let cookies = [("cookie", "count=1; other=x"), ("cookie", "count=7")];
        for dialect in [Dialect::Taller, Dialect::Prism] {
            assert_eq!(
                read(count.clone(), dialect, "", &cookies),
                Ok(Some(json!(7)))
            );
            assert_eq!(read(count.clone(), dialect, "", &[]), Ok(None));
        }
        let flags = json!({ "name": "f", "in": "cookie", "explode": false,
            "schema": { "type": "array", "items": { "type": "boolean" } } });
        assert_eq!(
            read(flags, Dialect::Taller, "", &[("cookie", "f=true,false")]),
            Ok(Some(json!([true, false])))
        );
        assert_eq!(
            read(count.clone(), Dialect::Taller, "", &[("cookie", "count=x")]),
            Err("/cookie/count: must be an integer".to_owned())
        );
        assert_eq!(
            read(count, Dialect::Prism, "", &[("cookie", "count=x")]),
            Ok(Some(json!("x")))
        );
    }

    #[test]
    fn prism_reads_where_the_generated_servers_refuse() {
        let limit = json!({ "name": "limit", "in": "query", "schema": { "type": "integer" } });
        assert!(read(limit.clone(), Dialect::Taller, "limit=1&limit=2", &[]).is_err());
        assert_eq!(
            read(limit, Dialect::Prism, "limit=1&limit=2", &[]),
            Ok(Some(json!(1)))
        );
        let ids = json!({ "name": "ids", "in": "query",
            "schema": { "type": "array", "items": { "type": "integer" } } });
        assert!(read(ids.clone(), Dialect::Taller, "ids=1,2", &[]).is_err());
        assert_eq!(
            read(ids, Dialect::Prism, "ids=1,2", &[]),
            Ok(Some(json!([1, 2])))
        );
        let page = json!({ "name": "page", "in": "query", "required": true,
            "schema": { "type": "object", "properties": { "size": { "type": "integer" } } } });
        assert_eq!(
            read(page.clone(), Dialect::Taller, "size=2&sort=x", &[]),
            Ok(Some(json!({ "size": 2 })))
        );
        let open = json!({ "name": "page", "in": "query",
            "schema": { "type": "object", "additionalProperties": false,
                "properties": { "size": { "type": "integer" } } } });
        assert_eq!(
            read(open, Dialect::Prism, "size=2&sort=x", &[]),
            Ok(Some(json!({ "size": 2, "sort": "x" })))
        );
        let deep = json!({ "name": "f", "in": "query", "style": "deepObject",
            "schema": { "type": "object", "properties": { "n": { "type": "integer" } } } });
        for dialect in [Dialect::Taller, Dialect::Prism] {
            assert_eq!(
                read(deep.clone(), dialect, "f%5Bn%5D=3", &[]),
                Ok(Some(json!({ "n": 3 })))
            );
        }
        let dims = json!({ "name": "x-dims", "in": "header", "explode": true,
            "schema": { "type": "object", "properties": { "w": { "type": "integer" } } } });
        for dialect in [Dialect::Taller, Dialect::Prism] {
            assert_eq!(
                read(dims.clone(), dialect, "", &[("x-dims", "w=1,h=x")]),
                Ok(Some(json!({ "w": 1, "h": "x" })))
            );
        }
    }

    #[test]
    fn text_is_coerced_by_the_first_type_other_than_null() {
        let root = json!({ "components": { "schemas": { "N": { "type": ["integer", "null"] } } } });
        let coerce = |schema: Value, raw: &str| coerce_text(&root, &schema, raw);
        assert_eq!(coerce(json!({ "type": "integer" }), "7"), Ok(json!(7)));
        assert_eq!(
            coerce(json!({ "$ref": "#/components/schemas/N" }), "7"),
            Ok(json!(7))
        );
        assert_eq!(
            coerce(json!({ "type": ["null", "boolean"] }), "true"),
            Ok(json!(true))
        );
        assert_eq!(coerce(json!({ "type": "null" }), ""), Ok(Value::Null));
        assert!(coerce(json!({ "type": "number" }), "x").is_err());
        assert_eq!(coerce(json!({ "type": "string" }), "7"), Ok(json!("7")));
    }
}
