//! Validation failures in words: each `jsonschema` error becomes a [`FieldError`] whose pointer
//! names the failing field and whose detail says what the contract wants.

use jsonschema::error::{TypeKind, ValidationErrorKind};
use jsonschema::{ValidationError, Validator};
use serde_json::Value;

use super::FieldError;
use super::refs::escape;

/// Every failure of `instance` against `validator`, pointers prefixed with `prefix` (`""` for
/// a body, `/query/page` for a parameter).
pub(crate) fn field_errors(
    validator: &Validator,
    instance: &Value,
    prefix: &str,
) -> Vec<FieldError> {
    // The common case, valid input, takes the fast path that builds no error values.
    if validator.is_valid(instance) {
        return Vec::new();
    }
    let mut errors: Vec<FieldError> = Vec::new();
    for error in validator.iter_errors(instance) {
        for field_error in describe(&error, prefix) {
            if !errors.contains(&field_error) {
                errors.push(field_error);
            }
        }
    }
    errors
}

fn describe(error: &ValidationError<'_>, prefix: &str) -> Vec<FieldError> {
    let at = format!("{prefix}{}", error.instance_path.as_str());
    let one = |detail: String| vec![FieldError::new(at.clone(), detail)];
    match &error.kind {
        ValidationErrorKind::Required { property } => {
            let name = property
                .as_str()
                .map_or_else(|| property.to_string(), str::to_owned);
            vec![FieldError::new(
                format!("{at}/{}", escape(&name)),
                "required",
            )]
        }
        ValidationErrorKind::AdditionalProperties { unexpected }
        | ValidationErrorKind::UnevaluatedProperties { unexpected } => unexpected
            .iter()
            .map(|name| FieldError::new(format!("{at}/{}", escape(name)), "unknown field"))
            .collect(),
        ValidationErrorKind::FalseSchema => one("is not allowed here".to_owned()),
        ValidationErrorKind::Pattern { pattern } => one(format!("must match {pattern}")),
        ValidationErrorKind::Type { kind } => one(format!("must be {}", type_names(kind))),
        ValidationErrorKind::Enum { options } => one(format!("must be one of {}", list(options))),
        ValidationErrorKind::Constant { expected_value } => {
            one(format!("must be {expected_value}"))
        }
        ValidationErrorKind::Format { format } => one(format!("must be {}", format_name(format))),
        ValidationErrorKind::Minimum { limit } => one(format!("must be at least {limit}")),
        ValidationErrorKind::Maximum { limit } => one(format!("must be at most {limit}")),
        ValidationErrorKind::ExclusiveMinimum { limit } => {
            one(format!("must be greater than {limit}"))
        }
        ValidationErrorKind::ExclusiveMaximum { limit } => {
            one(format!("must be less than {limit}"))
        }
        ValidationErrorKind::MultipleOf { multiple_of } => {
            one(format!("must be a multiple of {multiple_of}"))
        }
        ValidationErrorKind::MinLength { limit } => one(format!(
            "must be at least {limit} character{} long",
            plural(*limit)
        )),
        ValidationErrorKind::MaxLength { limit } => one(format!(
            "must be at most {limit} character{} long",
            plural(*limit)
        )),
        ValidationErrorKind::MinItems { limit } => {
            one(format!("must have at least {limit} item{}", plural(*limit)))
        }
        ValidationErrorKind::MaxItems { limit } => {
            one(format!("must have at most {limit} item{}", plural(*limit)))
        }
        ValidationErrorKind::UniqueItems => one("must not repeat items".to_owned()),
        ValidationErrorKind::MinProperties { limit } => one(format!(
            "must have at least {limit} field{}",
            plural(*limit)
        )),
        ValidationErrorKind::MaxProperties { limit } => {
            one(format!("must have at most {limit} field{}", plural(*limit)))
        }
        ValidationErrorKind::AnyOf | ValidationErrorKind::OneOfNotValid => {
            one("matches none of the allowed shapes".to_owned())
        }
        ValidationErrorKind::OneOfMultipleValid => {
            one("matches more than one of the allowed shapes".to_owned())
        }
        ValidationErrorKind::Not { .. } => one("matches a shape that is not allowed".to_owned()),
        _ => one(error.to_string()),
    }
}

fn type_names(kind: &TypeKind) -> String {
    let article = |name: String| match name.as_str() {
        "null" => "null".to_owned(),
        "integer" | "object" | "array" => format!("an {name}"),
        _ => format!("a {name}"),
    };
    match kind {
        TypeKind::Single(single) => article(single.to_string()),
        TypeKind::Multiple(set) => set
            .iter()
            .map(|t| article(t.to_string()))
            .collect::<Vec<_>>()
            .join(" or "),
    }
}

fn format_name(format: &str) -> String {
    match format {
        "date" => "a date (YYYY-MM-DD)".to_owned(),
        "date-time" => "a date-time (RFC 3339, e.g. 2024-05-31T09:30:00Z)".to_owned(),
        "uuid" => "a UUID".to_owned(),
        "email" => "an email address".to_owned(),
        "uri" => "an absolute URI".to_owned(),
        "uri-reference" => "a URI reference".to_owned(),
        other => format!("a valid {other}"),
    }
}

fn list(options: &Value) -> String {
    match options {
        Value::Array(items) => items
            .iter()
            .map(Value::to_string)
            .collect::<Vec<_>>()
            .join(", "),
        other => other.to_string(),
    }
}

fn plural(n: u64) -> &'static str {
    if n == 1 { "" } else { "s" }
}
