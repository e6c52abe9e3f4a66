//! Parameters: found in the request, turned from strings into their schema types following
//! the OpenAPI `style`/`explode` rules, defaulted, then validated.
//!
//! Supported serializations: path and header `simple` (`a,b,c`; objects `k,v` or `k=v`), query
//! `form` (repeated keys when exploded, `a,b` when not), `spaceDelimited`, `pipeDelimited` and
//! `deepObject` (`filter[color]=red`).

use std::borrow::Cow;

use serde_json::{Map, Number, Value};

use super::FieldError;
use super::error::Error;
use super::refs::{self, escape};
use super::{detail, schema};

/// Where a parameter travels.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum In {
    Path,
    Query,
    Header,
}

/// How a parameter's string form is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Style {
    Simple,
    Form,
    SpaceDelimited,
    PipeDelimited,
    DeepObject,
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

/// One compiled parameter.
pub(crate) struct Param {
    pub(crate) name: String,
    pub(crate) location: In,
    required: bool,
    style: Style,
    explode: bool,
    shape: Shape,
    default: Option<Value>,
    validator: schema::Schema,
    /// `/query/<name>` etc., the prefix of this parameter's pointers.
    pointer: String,
}

impl std::fmt::Debug for Param {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Param")
            .field("name", &self.name)
            .field("in", &self.location)
            .field("required", &self.required)
            .finish_non_exhaustive()
    }
}

/// Headers OpenAPI says a `parameters` entry may not describe.
const IGNORED_HEADERS: &[&str] = &["accept", "content-type", "authorization"];

impl Param {
    /// Compiles the parameter object `value` found at `pointer`; `None` for parameters this
    /// crate does not check (cookies, and headers OpenAPI says to ignore).
    pub(crate) fn compile(
        root: &Value,
        value: &Value,
        pointer: &str,
    ) -> Result<Option<Param>, Error> {
        let param = refs::resolve(root, value, pointer)?;
        let name = param
            .get("name")
            .and_then(Value::as_str)
            .ok_or_else(|| shape_error(pointer, "parameter without a name"))?
            .to_owned();
        let location = match param.get("in").and_then(Value::as_str) {
            Some("path") => In::Path,
            Some("query") => In::Query,
            Some("header") => In::Header,
            Some("cookie") => return Ok(None),
            _ => {
                return Err(shape_error(
                    pointer,
                    "parameter `in` must be path, query, header or cookie",
                ));
            }
        };
        if location == In::Header && IGNORED_HEADERS.contains(&name.to_ascii_lowercase().as_str()) {
            return Ok(None);
        }
        let style = match param.get("style").and_then(Value::as_str) {
            None if location == In::Query => Style::Form,
            None | Some("simple") => Style::Simple,
            Some("form") => Style::Form,
            Some("spaceDelimited") => Style::SpaceDelimited,
            Some("pipeDelimited") => Style::PipeDelimited,
            Some("deepObject") => Style::DeepObject,
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
        let required = location == In::Path
            || param
                .get("required")
                .and_then(Value::as_bool)
                .unwrap_or(false);
        let schema_pointer = format!("{pointer}/schema");
        let raw_schema = match param.get("schema") {
            Some(schema) => schema,
            None => &Value::Bool(true),
        };
        let resolved = refs::resolve(root, raw_schema, &schema_pointer)?;
        let shape = shape_of(root, resolved, &schema_pointer, 0);
        let default = resolved.get("default").cloned();
        let validator = schema::compile(root, raw_schema, &schema_pointer)?;
        let section = match location {
            In::Path => "path",
            In::Query => "query",
            In::Header => "header",
        };
        let pointer = format!("/{section}/{}", escape(&name));
        Ok(Some(Param {
            name,
            location,
            required,
            style,
            explode,
            shape,
            default,
            validator,
            pointer,
        }))
    }

    /// Reads, coerces and validates this parameter from `source`; `Ok(None)` when it is absent
    /// and has no default.
    pub(crate) fn extract(
        &self,
        source: &Source<'_>,
        errors: &mut Vec<FieldError>,
    ) -> Option<Value> {
        let value = match self.read(source) {
            Ok(Some(value)) => value,
            Ok(None) => {
                if self.required {
                    errors.push(FieldError::new(self.pointer.clone(), "required"));
                }
                return self.default.clone();
            }
            Err(error) => {
                errors.push(error);
                return None;
            }
        };
        let before = errors.len();
        errors.extend(detail::field_errors(&self.validator, &value, &self.pointer));
        (errors.len() == before).then_some(value)
    }

    /// The coerced value, `None` when the request does not carry the parameter.
    fn read(&self, source: &Source<'_>) -> Result<Option<Value>, FieldError> {
        match (&self.shape, self.location) {
            (Shape::Object(fields), In::Query) if self.style == Style::DeepObject => {
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
            (Shape::Object(fields), In::Query) if self.explode => {
                // Exploded form objects spread their fields over the query: `?color=red&size=2`.
                let mut object = Map::new();
                for (field, _) in fields {
                    if let Some(raw) = self.single(source.query_values(field), field)? {
                        object.insert(field.clone(), self.coerce_field(fields, field, &raw)?);
                    }
                }
                Ok((!object.is_empty()).then_some(Value::Object(object)))
            }
            (Shape::Array(item), In::Query) if self.explode && self.style == Style::Form => {
                let values = source.query_values(&self.name);
                if values.is_empty() {
                    return Ok(None);
                }
                let items = values
                    .iter()
                    .enumerate()
                    .map(|(index, raw)| {
                        coerce(item, raw).map_err(|d| self.error_at(&index.to_string(), d))
                    })
                    .collect::<Result<Vec<_>, _>>()?;
                Ok(Some(Value::Array(items)))
            }
            _ => {
                let raw = match self.location {
                    In::Path => source.path(&self.name).map(str::to_owned),
                    In::Query => self.single(source.query_values(&self.name), &self.name)?,
                    In::Header => source
                        .header(&self.name)
                        .map_err(|d| FieldError::new(self.pointer.clone(), d))?,
                };
                raw.map(|raw| self.coerce_whole(&raw)).transpose()
            }
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

    /// Coerces a whole serialized value (one string) to the parameter's shape.
    fn coerce_whole(&self, raw: &str) -> Result<Value, FieldError> {
        match &self.shape {
            Shape::Array(item) => {
                if raw.is_empty() {
                    return Ok(Value::Array(Vec::new()));
                }
                // Header lists may space their items out (`a, b`); other places may not.
                let trim = self.location == In::Header;
                raw.split(self.delimiter())
                    .map(|part| if trim { part.trim() } else { part })
                    .enumerate()
                    .map(|(index, part)| {
                        coerce(item, part).map_err(|d| self.error_at(&index.to_string(), d))
                    })
                    .collect::<Result<Vec<_>, _>>()
                    .map(Value::Array)
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
            shape => coerce(shape, raw).map_err(|d| FieldError::new(self.pointer.clone(), d)),
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
        coerce(shape, raw).map_err(|d| self.error_at(field, d))
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

/// The request, split once so that every parameter can look itself up.
pub(crate) struct Source<'a> {
    pub(crate) path: &'a [(String, String)],
    pub(crate) query: Vec<(Cow<'a, str>, Cow<'a, str>)>,
    pub(crate) headers: &'a http::HeaderMap,
}

impl<'a> Source<'a> {
    pub(crate) fn new(
        path: &'a [(String, String)],
        query: Option<&'a str>,
        headers: &'a http::HeaderMap,
    ) -> Self {
        let query = query
            .map(|q| form_urlencoded::parse(q.as_bytes()).collect())
            .unwrap_or_default();
        Source {
            path,
            query,
            headers,
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

    use super::coerce_text;

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
