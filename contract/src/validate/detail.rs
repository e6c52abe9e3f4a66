//! taller's wording of [`Finding`]s: each becomes a [`FieldError`] whose pointer names the
//! failing field (a missing property at the property) and whose detail says what the contract
//! wants. Prism's wording is module `ajv`.

use super::FieldError;
use super::finding::{Failure, Finding};
use super::refs::escape;
use super::schema::Schema;
use serde_json::Value;

/// Every failure of `instance` against `schema`, pointers prefixed with `prefix` (`""` for a
/// body, `/query/page` for a parameter).
pub(crate) fn field_errors(schema: &Schema, instance: &Value, prefix: &str) -> Vec<FieldError> {
    // The common case, valid input, takes the fast path that builds no error values.
    if schema.is_valid(instance) {
        return Vec::new();
    }
    let mut errors: Vec<FieldError> = Vec::new();
    for finding in schema.findings(instance) {
        for field_error in field_errors_of(&finding, prefix) {
            if !errors.contains(&field_error) {
                errors.push(field_error);
            }
        }
    }
    errors
}

/// A finding as taller words it: a missing or unknown property is named at the property.
fn field_errors_of(finding: &Finding, prefix: &str) -> Vec<FieldError> {
    let mut at = prefix.to_owned();
    for segment in &finding.path {
        crate::pointer::push(&mut at, segment);
    }
    match &finding.failure {
        Failure::Required { property } => {
            vec![FieldError::new(
                format!("{at}/{}", escape(property)),
                "required",
            )]
        }
        Failure::AdditionalProperties { names } | Failure::UnevaluatedProperties { names } => names
            .iter()
            .map(|name| FieldError::new(format!("{at}/{}", escape(name)), "unknown field"))
            .collect(),
        failure => vec![FieldError::new(at, describe(failure))],
    }
}

/// taller's words for `failure`.
pub(crate) fn describe(failure: &Failure) -> String {
    match failure {
        Failure::Required { .. } => "required".to_owned(),
        Failure::AdditionalProperties { .. } | Failure::UnevaluatedProperties { .. } => {
            "unknown field".to_owned()
        }
        Failure::FalseSchema => "is not allowed here".to_owned(),
        Failure::Pattern { pattern } => format!("must match {pattern}"),
        Failure::Type { types } => format!("must be {}", type_names(types)),
        Failure::Enum { options } => format!("must be one of {}", list(options)),
        Failure::Const { value } => format!("must be {value}"),
        Failure::Format { format } => format!("must be {}", format_name(format)),
        Failure::Minimum { limit } => format!("must be at least {limit}"),
        Failure::Maximum { limit } => format!("must be at most {limit}"),
        Failure::ExclusiveMinimum { limit } => format!("must be greater than {limit}"),
        Failure::ExclusiveMaximum { limit } => format!("must be less than {limit}"),
        Failure::MultipleOf { multiple_of } => format!("must be a multiple of {multiple_of}"),
        Failure::MinLength { limit } => {
            format!("must be at least {limit} character{} long", plural(*limit))
        }
        Failure::MaxLength { limit } => {
            format!("must be at most {limit} character{} long", plural(*limit))
        }
        Failure::MinItems { limit } => {
            format!("must have at least {limit} item{}", plural(*limit))
        }
        Failure::MaxItems { limit } => format!("must have at most {limit} item{}", plural(*limit)),
        Failure::UniqueItems => "must not repeat items".to_owned(),
        Failure::MinProperties { limit } => {
            format!("must have at least {limit} field{}", plural(*limit))
        }
        Failure::MaxProperties { limit } => {
            format!("must have at most {limit} field{}", plural(*limit))
        }
        Failure::AnyOf | Failure::OneOfNone => "matches none of the allowed shapes".to_owned(),
        Failure::OneOfMany => "matches more than one of the allowed shapes".to_owned(),
        Failure::Not => "matches a shape that is not allowed".to_owned(),
        Failure::AdditionalItems { limit } => {
            format!("must have at most {limit} item{}", plural(*limit as u64))
        }
        Failure::Contains => "must contain a matching item".to_owned(),
        Failure::UnevaluatedItems => "has items the schema does not describe".to_owned(),
        Failure::PropertyNames => "has a field name the schema does not allow".to_owned(),
        Failure::Other { message, .. } => message.clone(),
    }
}

fn type_names(types: &[String]) -> String {
    types
        .iter()
        .map(|name| match name.as_str() {
            "null" => "null".to_owned(),
            "integer" | "object" | "array" => format!("an {name}"),
            _ => format!("a {name}"),
        })
        .collect::<Vec<_>>()
        .join(" or ")
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
