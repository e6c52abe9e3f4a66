//! Response checks: what a service answers, judged against what its operation declares — the
//! status (an exact code, then its `NXX` range, then `default`), the declared headers
//! (required ones present, every one valid against its schema), the media type and the body.
//!
//! Violations are [`FieldError`]s whose pointers say which part broke: `/status`,
//! `/header/<Name>`, and `/body` followed by the pointer into the body (`/body/items/0/precio`).

use http::HeaderMap;
use serde_json::{Value, json};

use super::body::{Media, compile_content, essence, media_for};
use super::error::Error;
use super::params::{Param, ParamSource};
use super::refs::{self, escape};
use super::{FieldError, detail, schema};

/// The responses of one operation, compiled.
pub(crate) struct Responses {
    declared: Vec<(Status, Declared)>,
}

impl std::fmt::Debug for Responses {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list()
            .entries(self.declared.iter().map(|(status, _)| status))
            .finish()
    }
}

/// A `responses` key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Status {
    Code(u16),
    /// `4XX` is `Range(4)`.
    Range(u16),
    Default,
}

impl Status {
    fn parse(key: &str) -> Option<Status> {
        if key == "default" {
            return Some(Status::Default);
        }
        let upper = key.to_ascii_uppercase();
        if let Some(digit) = upper.strip_suffix("XX") {
            return match digit.parse::<u16>() {
                Ok(d @ 1..=5) if digit.len() == 1 => Some(Status::Range(d)),
                _ => None,
            };
        }
        match key.parse::<u16>() {
            Ok(code @ 100..=599) => Some(Status::Code(code)),
            _ => None,
        }
    }

    fn name(self) -> String {
        match self {
            Status::Code(code) => code.to_string(),
            Status::Range(d) => format!("{d}XX"),
            Status::Default => "default".to_owned(),
        }
    }
}

/// One declared response.
struct Declared {
    headers: Vec<Param>,
    media: Vec<Media>,
    /// Stands for an operation that declares no response: any body goes.
    open: bool,
}

impl Responses {
    /// Compiles the `responses` object `value` found at `pointer`.
    pub(crate) fn compile(
        root: &Value,
        value: Option<&Value>,
        pointer: &str,
    ) -> Result<Responses, Error> {
        let mut declared = Vec::new();
        let no_responses = serde_json::Map::new();
        let responses = match value {
            Some(Value::Object(responses)) => responses,
            _ => &no_responses,
        };
        for (key, response) in responses {
            // Extensions (`x-…`) and keys no HTTP status reads as are not responses.
            let Some(status) = Status::parse(key) else {
                continue;
            };
            let here = format!("{pointer}/{}", escape(key));
            let response = refs::resolve(root, response, &here)?;
            let mut headers = Vec::new();
            if let Some(Value::Object(map)) = response.get("headers") {
                for (name, header) in map {
                    let header_pointer = format!("{here}/headers/{}", escape(name));
                    let header = refs::resolve(root, header, &header_pointer)?;
                    // A response header is a parameter without `name` and `in`.
                    let mut as_param = header.as_object().cloned().unwrap_or_default();
                    as_param.insert("name".to_owned(), json!(name));
                    as_param.insert("in".to_owned(), json!("header"));
                    as_param.remove("$ref");
                    if let Some(param) =
                        Param::compile(root, &Value::Object(as_param), &header_pointer)?
                    {
                        headers.push(param);
                    }
                }
            }
            let media = compile_content(
                root,
                response.get("content"),
                &here,
                schema::Direction::Response,
            )?;
            declared.push((
                status,
                Declared {
                    headers,
                    media,
                    open: false,
                },
            ));
        }
        if declared.is_empty() {
            // No response declared (OpenAPI 3.1 makes `responses` optional): the operation may
            // answer anything, as a `default` without headers or body; codegen reads it so.
            declared.push((
                Status::Default,
                Declared {
                    headers: Vec::new(),
                    media: Vec::new(),
                    open: true,
                },
            ));
        }
        Ok(Responses { declared })
    }

    /// Whether the operation declares `status`, by its code, its range or `default`.
    pub(crate) fn declares(&self, status: u16) -> bool {
        self.find(status).is_some()
    }

    fn find(&self, status: u16) -> Option<&Declared> {
        let pick = |wanted: Status| {
            self.declared
                .iter()
                .find(|(s, _)| *s == wanted)
                .map(|(_, d)| d)
        };
        pick(Status::Code(status))
            .or_else(|| pick(Status::Range(status / 100)))
            .or_else(|| pick(Status::Default))
    }

    /// Every way the response breaks the contract; empty when it keeps it.
    pub(crate) fn violations(
        &self,
        status: u16,
        headers: &HeaderMap,
        body: &[u8],
    ) -> Vec<FieldError> {
        let Some(declared) = self.find(status) else {
            let names: Vec<String> = self.declared.iter().map(|(s, _)| s.name()).collect();
            return vec![FieldError::new(
                "/status",
                format!(
                    "{status} is not a declared status (declared: {})",
                    if names.is_empty() {
                        "none".to_owned()
                    } else {
                        names.join(", ")
                    }
                ),
            )];
        };
        let mut errors = Vec::new();
        let source = ParamSource::new(&[], None, headers);
        for header in &declared.headers {
            header.extract(&source, &mut errors);
        }
        if body.is_empty() {
            // HTTP lets a response have an empty body whatever it declares (HEAD, 204, 304),
            // and a declared body may be empty text; only a JSON body can be checked as such.
            return errors;
        }
        self.body_violations(status, headers, body, errors)
    }

    /// [`Responses::violations`] of a response whose body is streamed (never read here): the
    /// status, the declared headers and, when a `Content-Type` is sent, that it is declared.
    pub(crate) fn head_violations(&self, status: u16, headers: &HeaderMap) -> Vec<FieldError> {
        let errors = self.violations(status, headers, &[]);
        if !headers.contains_key(http::header::CONTENT_TYPE) {
            return errors;
        }
        // The empty body stands for the stream: its media type is looked up, nothing parsed.
        self.body_violations(status, headers, &[], errors)
    }

    fn body_violations(
        &self,
        status: u16,
        headers: &HeaderMap,
        body: &[u8],
        mut errors: Vec<FieldError>,
    ) -> Vec<FieldError> {
        let Some(declared) = self.find(status) else {
            return errors;
        };
        let content_type = headers
            .get(http::header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok());
        if declared.open {
            return errors;
        }
        if declared.media.is_empty() {
            errors.push(FieldError::new(
                "/body",
                format!("the contract declares no body for status {status}"),
            ));
            return errors;
        }
        let Some(media) = content_type
            .map(essence)
            .and_then(|e| media_for(&declared.media, &e).map(|m| (m, e)))
        else {
            let accepted: Vec<&str> = declared.media.iter().map(|m| m.range.as_str()).collect();
            errors.push(FieldError::new(
                "/header/Content-Type",
                format!(
                    "{} is not a declared media type (declared: {})",
                    content_type.unwrap_or("none"),
                    accepted.join(", ")
                ),
            ));
            return errors;
        };
        let (media, _) = media;
        if !media.json || body.is_empty() {
            return errors;
        }
        match serde_json::from_slice::<Value>(body) {
            Err(error) => errors.push(FieldError::new("/body", format!("invalid JSON: {error}"))),
            Ok(value) => {
                if let Some(validator) = &media.validator {
                    errors.extend(detail::field_errors(validator, &value, "/body"));
                }
            }
        }
        errors
    }
}
