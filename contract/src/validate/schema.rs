//! OpenAPI 3.0 schema objects turned into JSON Schema (2020-12) and compiled.
//!
//! OpenAPI 3.0 speaks a dialect of JSON Schema draft 5: `nullable` instead of a `null` type,
//! boolean `exclusiveMinimum`/`exclusiveMaximum` modifying `minimum`/`maximum`, siblings of
//! `$ref` ignored, `readOnly` properties not required in requests, and keywords of its own
//! (`example`, `xml`, `discriminator`, …). Each schema is rewritten into plain JSON Schema;
//! references to `#/components/schemas/X` become `#/$defs/X` and the validator carries only the
//! definitions it reaches, so recursive schemas keep working.

use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, Mutex};

use jsonschema::{Draft, Validator};
use serde_json::{Map, Value, json};

use super::error::Error;
use super::finding::{Dialect, Failure, Finding};
use super::refs::{self, escape};
use crate::OasVersion;

const COMPONENT_SCHEMAS: &str = "#/components/schemas/";
const DEFS: &str = "#/$defs/";

/// Keywords that only OpenAPI knows, or that say nothing about a request's validity.
const DROPPED: &[&str] = &[
    "nullable",
    "example",
    "examples",
    "xml",
    "discriminator",
    "externalDocs",
    "readOnly",
    "writeOnly",
    "deprecated",
];

/// Deeper nesting of inlined (non-component) references than this is a loop.
const MAX_INLINE_DEPTH: usize = 64;

/// How a schema is compiled: for which direction, in which dialect, from which OpenAPI
/// version.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    pub direction: Direction,
    pub dialect: Dialect,
    /// OpenAPI 3.0 ignores a `$ref`'s siblings; 3.1 (JSON Schema 2020-12) applies them too.
    pub version: OasVersion,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            direction: Direction::Request,
            dialect: Dialect::Taller,
            version: OasVersion::V30,
        }
    }
}

/// One compiled schema: what every consumer validates a value with.
pub struct Schema {
    validator: Validator,
    /// Patterns as the validator reports them (ECMA classes translated) → as the contract
    /// wrote them, so messages quote the contract.
    patterns: HashMap<String, String>,
    /// In the Prism dialect: the converted schema, to explain a failed `anyOf`/`oneOf` branch
    /// by branch as ajv does (the validator reports the keyword alone).
    branches: Option<Branches>,
}

/// The branches of the `anyOf`/`oneOf`s that failed so far, compiled on first failure, by the
/// keyword's location in the converted schema.
struct Branches {
    converted: Value,
    options: jsonschema::ValidationOptions,
    compiled: Mutex<HashMap<String, Arc<Vec<Schema>>>>,
}

impl std::fmt::Debug for Schema {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Schema").finish_non_exhaustive()
    }
}

impl Schema {
    /// Compiles the OpenAPI schema `schema`, found at `pointer` of the bundled document `root`
    /// (local `$ref`s only).
    pub fn compile(
        root: &Value,
        schema: &Value,
        pointer: &str,
        options: Options,
    ) -> Result<Schema, Error> {
        compile_with(root, schema, pointer, options)
    }

    /// Whether `instance` is valid (builds no findings).
    pub fn is_valid(&self, instance: &Value) -> bool {
        self.validator.is_valid(instance)
    }

    /// Every way `instance` breaks the schema, in the validator's order. In the Prism dialect a
    /// failed `anyOf` or `oneOf` is preceded by each branch's findings, as ajv lists them.
    pub fn findings(&self, instance: &Value) -> Vec<Finding> {
        let mut out = Vec::new();
        for error in self.validator.iter_errors(instance) {
            let finding = Finding::from_error(&error, &self.patterns);
            if let (Some(branches), Failure::AnyOf | Failure::OneOfNone) =
                (&self.branches, &finding.failure)
            {
                let at = instance.pointer(error.instance_path.as_str());
                let keyword = error.schema_path.as_str();
                if let (Some(value), Some(schemas)) = (at, branches.at(keyword)) {
                    for branch in schemas.iter() {
                        out.extend(branch.findings(value).into_iter().map(|mut inner| {
                            let mut path = finding.path.clone();
                            path.append(&mut inner.path);
                            inner.path = path;
                            inner
                        }));
                    }
                }
            }
            out.push(finding);
        }
        out
    }
}

impl Branches {
    /// The compiled branches of the `anyOf`/`oneOf` at `keyword` (a schema path through the
    /// converted schema, `$ref`s followed), or `None` when it cannot be found.
    fn at(&self, keyword: &str) -> Option<Arc<Vec<Schema>>> {
        let mut compiled = self.compiled.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(found) = compiled.get(keyword) {
            return Some(Arc::clone(found));
        }
        let mut node = &self.converted;
        for segment in keyword.split('/').skip(1) {
            let segment = crate::pointer::unescape(segment);
            node = match node {
                Value::Object(map) if segment == "$ref" => {
                    let target = map.get("$ref")?.as_str()?.strip_prefix('#')?;
                    self.converted.pointer(target)?
                }
                Value::Object(map) => map.get(segment.as_ref())?,
                Value::Array(items) => items.get(segment.parse::<usize>().ok()?)?,
                _ => return None,
            };
        }
        let defs = self.converted.get("$defs");
        let mut schemas = Vec::new();
        for branch in node.as_array()? {
            let mut branch = match branch {
                Value::Object(map) => map.clone(),
                other => [("allOf".to_owned(), json!([other]))].into_iter().collect(),
            };
            if let Some(defs) = defs {
                branch.insert("$defs".to_owned(), defs.clone());
            }
            let branch = Value::Object(branch);
            let validator = self.options.build(&branch).ok()?;
            let mut patterns = HashMap::new();
            collect_patterns(&branch, &mut patterns);
            schemas.push(Schema {
                validator,
                patterns,
                branches: Some(Branches {
                    converted: branch,
                    options: self.options.clone(),
                    compiled: Mutex::default(),
                }),
            });
        }
        let schemas = Arc::new(schemas);
        compiled.insert(keyword.to_owned(), Arc::clone(&schemas));
        Some(schemas)
    }
}

/// Which way a value travels: OpenAPI lets a request omit `readOnly` properties and a
/// response omit `writeOnly` ones, even when the schema lists them as `required`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Direction {
    Request,
    Response,
}

impl Direction {
    /// The keyword marking properties this direction may leave out.
    fn omits(self) -> &'static str {
        match self {
            Direction::Request => "readOnly",
            Direction::Response => "writeOnly",
        }
    }
}

/// Compiles the OpenAPI schema found at `pointer` (its value is `schema`) into a validator
/// of requests.
pub(crate) fn compile(root: &Value, schema: &Value, pointer: &str) -> Result<Schema, Error> {
    compile_for(root, schema, pointer, Direction::Request)
}

/// [`compile`], for values travelling in `direction`.
pub(crate) fn compile_for(
    root: &Value,
    schema: &Value,
    pointer: &str,
    direction: Direction,
) -> Result<Schema, Error> {
    compile_with(
        root,
        schema,
        pointer,
        Options {
            direction,
            ..Options::default()
        },
    )
}

fn compile_with(
    root: &Value,
    schema: &Value,
    pointer: &str,
    options: Options,
) -> Result<Schema, Error> {
    let mut converter = Converter {
        root,
        defs: BTreeMap::new(),
        pending: Vec::new(),
        omits: options.direction.omits(),
        ref_siblings: options.version == OasVersion::V31,
    };
    let mut converted = converter.convert(schema, pointer, 0)?;
    while let Some(name) = converter.pending.pop() {
        let component_pointer = format!("/components/schemas/{}", escape(&name));
        let component = root
            .pointer(&component_pointer)
            .ok_or_else(|| Error::UnresolvedRef {
                pointer: pointer.to_owned(),
                reference: format!("#{component_pointer}"),
            })?;
        let value = converter.convert(component, &component_pointer, 0)?;
        converter.defs.insert(name, value);
    }
    if !converter.defs.is_empty() {
        let defs: Map<String, Value> = converter.defs.into_iter().collect();
        converted = match converted {
            Value::Object(mut object) => {
                object.insert("$defs".to_owned(), Value::Object(defs));
                Value::Object(object)
            }
            // A boolean schema has no room for siblings; wrap it.
            other => json!({ "allOf": [other], "$defs": defs }),
        };
    }
    let mut patterns = HashMap::new();
    collect_patterns(&converted, &mut patterns);
    let mut builder = jsonschema::options()
        .with_draft(Draft::Draft202012)
        .should_validate_formats(true);
    if options.dialect == Dialect::Prism {
        // ajv-formats checks OpenAPI's `byte` (base64); JSON Schema does not know it.
        builder = builder.with_format("byte", is_base64);
    }
    let validator = builder.build(&converted).map_err(|error| Error::Schema {
        pointer: pointer.to_owned(),
        message: error.to_string(),
    })?;
    let branches = (options.dialect == Dialect::Prism).then(|| Branches {
        converted,
        options: builder,
        compiled: Mutex::default(),
    });
    Ok(Schema {
        validator,
        patterns,
        branches,
    })
}

/// OpenAPI's `int32` and `int64` formats are signed 32- and 64-bit integers; JSON Schema does
/// not know them (and its `format` only applies to strings), so an integer schema with one gets
/// the format's bounds as `minimum`/`maximum` where the schema sets none or a looser one. A
/// typed server could not hold 2^63 in an `i64` either; ajv-formats (Prism) checks only that
/// an `int64` is an integer.
fn integer_format_bounds(schema: &Map<String, Value>, out: &mut Map<String, Value>) {
    let integer = match schema.get("type") {
        Some(Value::String(t)) => t == "integer",
        Some(Value::Array(types)) => types.iter().any(|t| t == "integer"),
        _ => false,
    };
    let (low, high) = match schema.get("format").and_then(Value::as_str) {
        Some("int32") if integer => (i64::from(i32::MIN), i64::from(i32::MAX)),
        Some("int64") if integer => (i64::MIN, i64::MAX),
        _ => return,
    };
    let number = |key: &str, out: &Map<String, Value>| out.get(key).and_then(Value::as_f64);
    if number("minimum", out).is_none_or(|m| m < low as f64)
        && number("exclusiveMinimum", out).is_none_or(|m| m < low as f64)
    {
        out.insert("minimum".to_owned(), Value::from(low));
    }
    if number("maximum", out).is_none_or(|m| m > high as f64)
        && number("exclusiveMaximum", out).is_none_or(|m| m > high as f64)
    {
        out.insert("maximum".to_owned(), Value::from(high));
    }
}

/// Every `pattern` of a converted schema, by the form the validator reports it in (it
/// translates ECMA's `\d`/`\w` classes to ASCII ones).
fn collect_patterns(schema: &Value, out: &mut HashMap<String, String>) {
    match schema {
        Value::Object(map) => {
            if let Some(Value::String(pattern)) = map.get("pattern") {
                let translated = pattern
                    .replace("\\W", "[^A-Za-z0-9_]")
                    .replace("\\w", "[A-Za-z0-9_]")
                    .replace("\\D", "[^0-9]")
                    .replace("\\d", "[0-9]");
                if translated != *pattern {
                    out.insert(translated, pattern.clone());
                }
            }
            map.values().for_each(|v| collect_patterns(v, out));
        }
        Value::Array(items) => items.iter().for_each(|v| collect_patterns(v, out)),
        _ => {}
    }
}

/// OpenAPI's `format: byte`: base64 text.
fn is_base64(text: &str) -> bool {
    use base64::Engine;
    base64::engine::general_purpose::STANDARD
        .decode(text)
        .is_ok()
}

struct Converter<'a> {
    root: &'a Value,
    /// Component schemas converted so far (`None` while being converted), by name.
    defs: BTreeMap<String, Value>,
    /// Component schemas referenced but not yet converted.
    pending: Vec<String>,
    /// `readOnly` or `writeOnly`: properties so marked are not required in this direction.
    omits: &'static str,
    /// Whether a `$ref`'s siblings apply (OpenAPI 3.1) or are ignored (3.0).
    ref_siblings: bool,
}

impl Converter<'_> {
    fn convert(&mut self, schema: &Value, pointer: &str, depth: usize) -> Result<Value, Error> {
        let Value::Object(object) = schema else {
            return Ok(schema.clone());
        };
        let nullable = object.get("nullable").and_then(Value::as_bool) == Some(true);

        if let Some(reference) = object.get("$ref") {
            let reference = reference.as_str().ok_or_else(|| Error::Shape {
                pointer: pointer.to_owned(),
                message: "$ref must be a string".to_owned(),
            })?;
            // OpenAPI 3.0 ignores a $ref's siblings; only `nullable` is honoured, as tools do.
            let converted = self.reference(reference, pointer, depth)?;
            if self.ref_siblings && object.keys().any(|k| k != "$ref") {
                let mut rest = object.clone();
                rest.remove("$ref");
                let siblings = self.convert(&Value::Object(rest), pointer, depth)?;
                return Ok(json!({ "allOf": [converted, siblings] }));
            }
            return Ok(if nullable {
                json!({ "anyOf": [converted, { "type": "null" }] })
            } else {
                converted
            });
        }

        let omitted = self.omitted_properties(object, pointer);
        let mut out = Map::new();
        for (key, value) in object {
            if DROPPED.contains(&key.as_str()) || key.starts_with("x-") {
                continue;
            }
            let here = format!("{pointer}/{}", escape(key));
            let converted = match key.as_str() {
                "properties" => Value::Object(self.convert_map(value, &here, depth)?),
                "items" | "not" => self.convert(value, &here, depth)?,
                "additionalProperties" if value.is_object() => self.convert(value, &here, depth)?,
                "allOf" | "anyOf" | "oneOf" => {
                    Value::Array(self.convert_list(value, &here, depth)?)
                }
                "required" => match value {
                    Value::Array(names) => Value::Array(
                        names
                            .iter()
                            .filter(|name| {
                                !name
                                    .as_str()
                                    .is_some_and(|name| omitted.iter().any(|r| r == name))
                            })
                            .cloned()
                            .collect(),
                    ),
                    other => other.clone(),
                },
                "exclusiveMinimum" | "exclusiveMaximum" if value.is_boolean() => continue,
                _ => value.clone(),
            };
            out.insert(key.clone(), converted);
        }
        if out
            .get("required")
            .and_then(Value::as_array)
            .is_some_and(Vec::is_empty)
        {
            out.remove("required");
        }
        // Draft-5 boolean exclusives modify minimum/maximum; JSON Schema wants the number.
        for (flag, bound) in [
            ("exclusiveMinimum", "minimum"),
            ("exclusiveMaximum", "maximum"),
        ] {
            if object.get(flag).and_then(Value::as_bool) == Some(true)
                && let Some(limit) = out.remove(bound)
            {
                out.insert(flag.to_owned(), limit);
            }
        }
        integer_format_bounds(object, &mut out);
        if nullable {
            return Ok(make_nullable(out));
        }
        Ok(Value::Object(out))
    }

    fn convert_map(
        &mut self,
        value: &Value,
        pointer: &str,
        depth: usize,
    ) -> Result<Map<String, Value>, Error> {
        let Value::Object(map) = value else {
            return Err(shape(pointer, "must be an object"));
        };
        map.iter()
            .map(|(name, schema)| {
                let here = format!("{pointer}/{}", escape(name));
                Ok((name.clone(), self.convert(schema, &here, depth)?))
            })
            .collect()
    }

    fn convert_list(
        &mut self,
        value: &Value,
        pointer: &str,
        depth: usize,
    ) -> Result<Vec<Value>, Error> {
        let Value::Array(list) = value else {
            return Err(shape(pointer, "must be an array"));
        };
        list.iter()
            .enumerate()
            .map(|(index, schema)| self.convert(schema, &format!("{pointer}/{index}"), depth))
            .collect()
    }

    /// A reference into `components/schemas` stays a reference (into `$defs`); any other
    /// local reference is inlined.
    fn reference(&mut self, reference: &str, pointer: &str, depth: usize) -> Result<Value, Error> {
        if let Some(rest) = reference.strip_prefix(COMPONENT_SCHEMAS) {
            let name = rest.split('/').next().unwrap_or(rest);
            let name = crate::pointer::unescape(name).into_owned();
            // Make sure the target exists now, so the error names the referring place.
            refs::target(self.root, reference, pointer)?;
            if !self.defs.contains_key(&name) && !self.pending.contains(&name) {
                self.defs.insert(name.clone(), Value::Null);
                self.pending.push(name);
            }
            return Ok(json!({ "$ref": format!("{DEFS}{rest}") }));
        }
        if depth >= MAX_INLINE_DEPTH {
            return Err(shape(
                pointer,
                "$ref nesting too deep (a loop outside components/schemas?)",
            ));
        }
        let target = refs::target(self.root, reference, pointer)?;
        let target_pointer = reference.trim_start_matches('#').to_owned();
        self.convert(target, &target_pointer, depth + 1)
    }

    /// Names of properties this direction may leave out (`readOnly` ones in requests,
    /// `writeOnly` ones in responses), required or not.
    fn omitted_properties(&self, object: &Map<String, Value>, pointer: &str) -> Vec<String> {
        let Some(Value::Object(properties)) = object.get("properties") else {
            return Vec::new();
        };
        properties
            .iter()
            .filter(|(_, schema)| {
                refs::resolve(self.root, schema, pointer)
                    .ok()
                    .and_then(|schema| schema.get(self.omits))
                    .and_then(Value::as_bool)
                    == Some(true)
            })
            .map(|(name, _)| name.clone())
            .collect()
    }
}

/// Lets `null` through a converted schema, the JSON Schema way.
fn make_nullable(mut schema: Map<String, Value>) -> Value {
    match schema.get_mut("type") {
        Some(Value::String(single)) => {
            let single = single.clone();
            schema.insert("type".to_owned(), json!([single, "null"]));
        }
        Some(Value::Array(types)) => {
            if !types.iter().any(|t| t == "null") {
                types.push(json!("null"));
            }
        }
        _ => return json!({ "anyOf": [Value::Object(schema), { "type": "null" }] }),
    }
    if let Some(Value::Array(options)) = schema.get_mut("enum")
        && !options.contains(&Value::Null)
    {
        options.push(Value::Null);
    }
    Value::Object(schema)
}

fn shape(pointer: &str, message: &str) -> Error {
    Error::Shape {
        pointer: pointer.to_owned(),
        message: message.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use serde_json::{Value, json};

    use super::Converter;

    fn convert(root: &Value, schema: Value) -> Value {
        let mut converter = Converter {
            root,
            defs: Default::default(),
            pending: Vec::new(),
            omits: "readOnly",
            ref_siblings: false,
        };
        converter.convert(&schema, "#", 0).unwrap()
    }

    #[test]
    fn integer_formats_bound_the_value() {
        let root = json!({});
        assert_eq!(
            convert(
                &root,
                json!({ "type": "integer", "format": "int64", "minimum": 1 })
            ),
            json!({ "type": "integer", "format": "int64", "minimum": 1, "maximum": i64::MAX })
        );
        assert_eq!(
            convert(
                &root,
                json!({ "type": "integer", "format": "int32", "maximum": 1e12 })
            ),
            json!({ "type": "integer", "format": "int32", "minimum": i32::MIN, "maximum": i32::MAX })
        );
        // A number's format or a string's is not an integer's.
        assert_eq!(
            convert(&root, json!({ "type": "string", "format": "int64" })),
            json!({ "type": "string", "format": "int64" })
        );
    }

    #[test]
    fn nullable_becomes_a_null_type_or_union() {
        let root = json!({ "components": { "schemas": { "X": { "type": "string" } } } });
        assert_eq!(
            convert(&root, json!({ "type": "string", "nullable": true })),
            json!({ "type": ["string", "null"] })
        );
        assert_eq!(
            convert(
                &root,
                json!({ "type": "string", "enum": ["a"], "nullable": true })
            ),
            json!({ "type": ["string", "null"], "enum": ["a", null] })
        );
        assert_eq!(
            convert(
                &root,
                json!({ "$ref": "#/components/schemas/X", "nullable": true })
            ),
            json!({ "anyOf": [{ "$ref": "#/$defs/X" }, { "type": "null" }] })
        );
        assert_eq!(
            convert(
                &root,
                json!({ "allOf": [{ "minLength": 1 }], "nullable": true })
            ),
            json!({ "anyOf": [{ "allOf": [{ "minLength": 1 }] }, { "type": "null" }] })
        );
    }

    #[test]
    fn boolean_exclusive_bounds_become_numbers() {
        let root = json!({});
        assert_eq!(
            convert(
                &root,
                json!({ "type": "number", "minimum": 0, "exclusiveMinimum": true, "maximum": 9, "exclusiveMaximum": false })
            ),
            json!({ "type": "number", "exclusiveMinimum": 0, "maximum": 9 })
        );
    }

    #[test]
    fn openapi_only_keywords_are_dropped_and_read_only_fields_not_required() {
        let root = json!({ "components": { "schemas": { "Id": { "type": "string", "readOnly": true } } } });
        let converted = convert(
            &root,
            json!({
                "type": "object",
                "required": ["id", "ref_id", "name"],
                "example": { "name": "x" },
                "xml": { "name": "x" },
                "discriminator": { "propertyName": "kind" },
                "externalDocs": { "url": "https://example.org" },
                "deprecated": false,
                "x-internal": true,
                "properties": {
                    "id": { "type": "string", "readOnly": true, "example": "1" },
                    "ref_id": { "$ref": "#/components/schemas/Id" },
                    "name": { "type": "string", "writeOnly": true }
                }
            }),
        );
        assert_eq!(
            converted,
            json!({
                "type": "object",
                "required": ["name"],
                "properties": {
                    "id": { "type": "string" },
                    "ref_id": { "$ref": "#/$defs/Id" },
                    "name": { "type": "string" }
                }
            })
        );
    }

    #[test]
    fn siblings_of_a_ref_are_ignored_as_openapi_3_0_says() {
        let root = json!({ "components": { "schemas": { "X": { "type": "string" } } } });
        assert_eq!(
            convert(
                &root,
                json!({ "$ref": "#/components/schemas/X", "description": "d", "maxLength": 1 })
            ),
            json!({ "$ref": "#/$defs/X" })
        );
    }

    #[test]
    fn references_outside_component_schemas_are_inlined() {
        let root =
            json!({ "components": { "parameters": { "P": { "schema": { "type": "integer" } } } } });
        assert_eq!(
            convert(&root, json!({ "$ref": "#/components/parameters/P/schema" })),
            json!({ "type": "integer" })
        );
    }
}
