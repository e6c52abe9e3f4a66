//! Request validation (parameters and bodies) and response self-checks, reported the way Prism
//! reports them: `{location, severity, code, message}` with ajv-style messages. Every schema is
//! checked by `taller-contract`'s validator ([`Schema`], compiled in [`Dialect::Prism`]) and
//! every parameter read by its [`taller_contract::validate::Parameter`] (in the same dialect);
//! what is Prism's here is where form and multipart body fields are read from and how
//! findings become violations.

use std::collections::HashMap;

use serde_json::{Map, Value};
use taller_contract::validate::{Dialect, ParamSource, Schema, form_object, multipart_pairs};

use crate::router::PathParams;
use crate::spec::{BodySpec, In, Operation};
use taller_contract::Source;

/// Which message Prism shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Severity {
    Error,
    Warning,
}

/// Request or response.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Request,
    Response,
}

/// One finding.
#[derive(Debug, Clone)]
pub struct Violation {
    pub side: Side,
    /// Location without the side (`["body", "id"]`).
    pub location: Vec<String>,
    pub severity: Severity,
    pub code: Option<Value>,
    /// The bare message (`must be object`), as in the `sl-violations` header.
    pub message: String,
    /// The message with its subject (`Response body must be object`), as in problem bodies.
    pub full: String,
}

impl Violation {
    fn severity_str(&self) -> &'static str {
        match self.severity {
            Severity::Error => "Error",
            Severity::Warning => "Warning",
        }
    }

    fn side_str(&self) -> &'static str {
        match self.side {
            Side::Request => "request",
            Side::Response => "response",
        }
    }

    /// The entry of the `sl-violations` header.
    pub fn header_entry(&self) -> Value {
        let mut location = vec![Value::from(self.side_str())];
        location.extend(self.location.iter().map(|s| Value::from(s.as_str())));
        self.entry(location, &self.message)
    }

    /// The entry of a problem's `validation` array; `with_side` for `VIOLATIONS`.
    pub fn problem_entry(&self, with_side: bool) -> Value {
        let mut location = Vec::new();
        if with_side {
            location.push(Value::from(self.side_str()));
        }
        location.extend(self.location.iter().map(|s| Value::from(s.as_str())));
        self.entry(location, &self.full)
    }

    fn entry(&self, location: Vec<Value>, message: &str) -> Value {
        let mut map = Map::new();
        map.insert("location".into(), Value::Array(location));
        map.insert("severity".into(), self.severity_str().into());
        if let Some(code) = &self.code {
            map.insert("code".into(), code.clone());
        }
        map.insert("message".into(), message.into());
        Value::Object(map)
    }
}

/// Runs `schema`, wording its findings as Prism does; `subject(path)` names what failed for
/// the full message (e.g. `Request body property id`).
fn run(
    schema: &Schema,
    value: &Value,
    side: Side,
    base: &[String],
    subject: &dyn Fn(&[String]) -> String,
) -> Vec<Violation> {
    if schema.is_valid(value) {
        return Vec::new();
    }
    let mut out: Vec<(u8, Violation)> = schema
        .findings(value)
        .into_iter()
        .map(|finding| {
            let code = finding.failure.keyword();
            let message = finding.message(Dialect::Prism);
            let mut location = base.to_vec();
            location.extend(finding.path.iter().cloned());
            let full = format!("{} {message}", subject(&finding.path));
            // ajv reports `required` before the properties' own errors.
            let rank = u8::from(code != "required");
            (
                rank,
                Violation {
                    side,
                    location,
                    severity: Severity::Error,
                    code: Some(Value::from(code)),
                    message,
                    full,
                },
            )
        })
        .collect();
    out.sort_by_key(|(rank, _)| *rank);
    out.into_iter().map(|(_, v)| v).collect()
}

/// A response schema's compiled checks.
pub struct BodyCheck {
    pub validator: crate::spec::LazyValidator,
    /// `contains` at the top: (minimum count, validator of the `contains` schema), so the
    /// report can say, like ajv, how many items were needed and why each item failed.
    pub contains: Option<(u64, crate::spec::LazyValidator)>,
}

fn response_subject(path: &[String]) -> String {
    if path.is_empty() {
        "Response body".to_string()
    } else {
        format!("Response body property {}", path.join("."))
    }
}

/// How a response body breaks its own schema.
pub fn response_violations(check: &BodyCheck, value: &Value) -> Vec<Violation> {
    let Some(validator) = check.validator.get() else {
        return Vec::new();
    };
    let mut found = run(
        validator,
        value,
        Side::Response,
        &["body".into()],
        &response_subject,
    );
    let (Some((min, item_validator)), Value::Array(items)) = (&check.contains, value) else {
        return found;
    };
    let Some(item_validator) = item_validator.get() else {
        return found;
    };
    let Some(at) = found.iter().position(|v| {
        v.location.len() == 1 && v.code.as_ref().and_then(Value::as_str) == Some("contains")
    }) else {
        return found;
    };
    let mut contains = found.remove(at);
    contains.message = format!("must contain at least {min} valid item(s)");
    contains.full = format!("Response body {}", contains.message);
    for (i, item) in items.iter().enumerate() {
        let base = vec!["body".to_string(), i.to_string()];
        let index = i.to_string();
        found.extend(run(item_validator, item, Side::Response, &base, &|path| {
            let mut full = vec![index.clone()];
            full.extend(path.iter().cloned());
            response_subject(&full)
        }));
    }
    found.push(contains);
    found
}

/// The request as validation sees it.
pub struct RequestView<'a> {
    pub path_params: &'a PathParams,
    pub query: &'a [(String, String)],
    pub headers: &'a http::HeaderMap,
    /// The parsed `Cookie` header, as the security check reads it; parameters are read from
    /// `headers` by `taller-contract`, as in a generated server.
    pub cookies: &'a HashMap<String, String>,
}

/// Checks every declared parameter. Deprecated parameters that are used give warnings.
/// Values are read by `taller-contract` ([`ParamSource`], [`crate::spec::Param::reader`] in
/// [`Dialect::Prism`]): the reading every generated server runs, with Prism's differences
/// switched on; what stays here is Prism's wording.
pub fn check_params(op: &Operation, req: &RequestView<'_>, out: &mut Vec<Violation>) {
    let source = ParamSource::from_pairs(req.path_params, req.query, req.headers);
    for p in &op.params {
        let loc = p.location.as_str();
        // Header names are case-insensitive; Prism reports them in lower case. Only written
        // for a finding: a valid parameter costs no allocation here.
        let shown = || match p.location {
            In::Header => p.name.to_ascii_lowercase(),
            _ => p.name.clone(),
        };
        let value = match p.reader.read(&source) {
            Ok(value) => value,
            // Prism's reading keeps text it cannot coerce for the schema to judge, so this is
            // not expected; should it happen, it is the parameter's own error.
            Err(error) => {
                let shown = shown();
                out.push(Violation {
                    side: Side::Request,
                    location: vec![loc.to_string(), shown.clone()],
                    severity: Severity::Error,
                    code: None,
                    full: format!("Request {loc} parameter {shown} {}", error.detail),
                    message: error.detail,
                });
                continue;
            }
        };
        let Some(value) = value else {
            if p.reader.required() {
                let shown = shown();
                out.push(Violation {
                    side: Side::Request,
                    location: vec![loc.to_string()],
                    severity: Severity::Error,
                    code: Some("required".into()),
                    message: format!("must have required property '{shown}'"),
                    full: format!("Request {loc} must have required property '{shown}'"),
                });
            }
            continue;
        };
        if p.deprecated {
            let kind = match p.location {
                In::Query => "Query param",
                In::Header => "Header param",
                In::Path => "Path param",
                In::Cookie => "Cookie param",
            };
            // Prism names a deprecated parameter as the spec spells it.
            let message = format!("{kind} {} is deprecated", p.name);
            out.push(Violation {
                side: Side::Request,
                location: vec![loc.to_string(), p.name.clone()],
                severity: Severity::Warning,
                code: Some("deprecated".into()),
                full: message.clone(),
                message,
            });
        }
        if let Some(validator) = p.validator.as_ref().and_then(|v| v.get())
            && !validator.is_valid(&value)
        {
            let shown = shown();
            let base = vec![loc.to_string(), shown.clone()];
            let name = shown;
            out.extend(run(validator, &value, Side::Request, &base, &|path| {
                let mut subject = format!("Request {loc} parameter {name}");
                for seg in path {
                    subject.push('.');
                    subject.push_str(seg);
                }
                subject
            }));
        }
    }
}

/// What went wrong with the body, if anything.
pub enum BodyOutcome {
    /// Fine (or nothing to check); the parsed value when there was one.
    Ok(Option<Value>),
    /// The media type is not accepted: answer 415.
    UnsupportedMediaType(String),
    /// A JSON media type whose body does not parse: answer 400 (why, in serde's words).
    InvalidJson(String),
}

const RESERVED: &[char] = &[
    ':', '/', '?', '#', '[', ']', '@', '!', '$', '&', '\'', '(', ')', '*', '+', ',', ';', '=',
];

/// Checks the request body against the operation's declaration.
pub fn check_body(
    source: &Source,
    body_spec: Option<&BodySpec>,
    content_type: Option<&str>,
    body: &[u8],
    out: &mut Vec<Violation>,
) -> BodyOutcome {
    let Some(spec) = body_spec else {
        if body.is_empty() {
            return BodyOutcome::Ok(None);
        }
        return BodyOutcome::UnsupportedMediaType(String::new());
    };
    if body.is_empty() {
        if spec.required {
            out.push(Violation {
                side: Side::Request,
                location: vec!["body".into()],
                severity: Severity::Error,
                code: Some("required".into()),
                message: "Body parameter is required".into(),
                full: "Request body is required".into(),
            });
        }
        return BodyOutcome::Ok(None);
    }
    let media = content_type.map(crate::render::essence).unwrap_or_default();
    let found = spec
        .contents
        .iter()
        .find(|c| media_matches(&c.media, &media));
    let Some(content) = found else {
        if spec.contents.is_empty() {
            return BodyOutcome::Ok(None);
        }
        let supported = spec
            .contents
            .iter()
            .map(|c| c.media.as_str())
            .collect::<Vec<_>>()
            .join(", ");
        return BodyOutcome::UnsupportedMediaType(supported);
    };
    let value = if is_json(&media) {
        match serde_json::from_slice::<Value>(body) {
            Ok(v) => v,
            Err(e) => return BodyOutcome::InvalidJson(e.to_string()),
        }
    } else if media.contains("json") {
        serde_json::from_slice::<Value>(body)
            .unwrap_or_else(|_| Value::String(String::from_utf8_lossy(body).into_owned()))
    } else if media == "application/x-www-form-urlencoded"
        || media.starts_with("multipart/form-data")
    {
        // `allowReserved: false` is judged on what was sent: a form's raw text, a multipart
        // part's value.
        let pairs = if media == "application/x-www-form-urlencoded" {
            for field in &content.no_reserved {
                let text = String::from_utf8_lossy(body);
                for pair in text.split('&') {
                    let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
                    if k == field && v.contains(RESERVED) {
                        out.push(reserved_violation(field));
                    }
                }
            }
            form_urlencoded::parse(body).into_owned().collect()
        } else {
            // Prism reads what it can: a body that is not multipart has no fields.
            let pairs = multipart_pairs(content_type.unwrap_or(""), body).unwrap_or_default();
            for field in &content.no_reserved {
                for (k, v) in &pairs {
                    if k == field && v.contains(RESERVED) {
                        out.push(reserved_violation(field));
                    }
                }
            }
            pairs
        };
        // Only form bodies need the schema itself (to read their fields by type).
        form_object(
            source.root_doc(),
            content.schema.as_ref(),
            &content.form,
            pairs,
            Dialect::Prism,
        )
    } else {
        Value::String(String::from_utf8_lossy(body).into_owned())
    };
    if let Some(validator) = content.validator.as_ref().and_then(|v| v.get()) {
        out.extend(run(
            validator,
            &value,
            Side::Request,
            &["body".into()],
            &|path| {
                if path.is_empty() {
                    "Request body".to_string()
                } else {
                    format!("Request body property {}", path.join("."))
                }
            },
        ));
    }
    BodyOutcome::Ok(Some(value))
}

/// The media types Prism's server parses as JSON (`application/json`, `application/*+json`).
fn is_json(media: &str) -> bool {
    media == "application/json"
        || media
            .strip_prefix("application/")
            .is_some_and(|sub| sub.ends_with("+json"))
}

fn reserved_violation(field: &str) -> Violation {
    Violation {
        side: Side::Request,
        location: vec!["body".into(), field.to_string()],
        severity: Severity::Error,
        code: None,
        message: "Reserved characters used in request body".into(),
        full: "Reserved characters used in request body".into(),
    }
}

fn media_matches(declared: &str, actual: &str) -> bool {
    if declared == actual || declared == "*/*" {
        return true;
    }
    match declared.split_once('/') {
        Some((kind, "*")) => actual.split_once('/').is_some_and(|(k, _)| k == kind),
        _ => false,
    }
}
