//! Prism's wording of a [`Failure`]: the messages of ajv, the validator Prism runs
//! (`must have required property 'id'`, `must be >= 1`), which clients of a Prism mock and
//! Prism's own conformance fixtures read. Used through [`super::Dialect::Prism`].

use serde_json::Value;

use super::finding::Failure;

/// ajv's message for `failure`, without its subject.
pub(crate) fn describe(failure: &Failure) -> String {
    let show = |v: &Value| match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    };
    match failure {
        Failure::Type { types } => format!("must be {}", types.join(",")),
        Failure::Required { property } => format!("must have required property '{property}'"),
        Failure::Enum { options } => {
            let list = match options {
                Value::Array(items) => items.iter().map(show).collect::<Vec<_>>().join(", "),
                other => show(other),
            };
            format!("must be equal to one of the allowed values: {list}")
        }
        Failure::Pattern { pattern } => format!("must match pattern \"{pattern}\""),
        Failure::Format { format } => format!("must match format \"{format}\""),
        Failure::Minimum { limit } => format!("must be >= {limit}"),
        Failure::Maximum { limit } => format!("must be <= {limit}"),
        Failure::ExclusiveMinimum { limit } => format!("must be > {limit}"),
        Failure::ExclusiveMaximum { limit } => format!("must be < {limit}"),
        Failure::MinLength { limit } => format!("must NOT have fewer than {limit} characters"),
        Failure::MaxLength { limit } => format!("must NOT have more than {limit} characters"),
        Failure::MinItems { limit } => format!("must NOT have fewer than {limit} items"),
        Failure::MaxItems { limit } => format!("must NOT have more than {limit} items"),
        Failure::AdditionalItems { limit } => format!("must NOT have more than {limit} items"),
        Failure::MinProperties { limit } => {
            format!("must NOT have fewer than {limit} properties")
        }
        Failure::MaxProperties { limit } => format!("must NOT have more than {limit} properties"),
        Failure::AdditionalProperties { .. } => "must NOT have additional properties".into(),
        Failure::UniqueItems => "must NOT have duplicate items".into(),
        Failure::MultipleOf { multiple_of } => format!("must be multiple of {multiple_of}"),
        Failure::Const { .. } => "must be equal to constant".into(),
        Failure::Contains => "must contain at least 1 valid item(s)".into(),
        Failure::AnyOf => "must match a schema in anyOf".into(),
        Failure::OneOfNone | Failure::OneOfMany => "must match exactly one schema in oneOf".into(),
        Failure::Not => "must NOT be valid".into(),
        Failure::FalseSchema => "boolean schema is false".into(),
        Failure::UnevaluatedProperties { .. } => "must NOT have unevaluated properties".into(),
        Failure::UnevaluatedItems => "must NOT have unevaluated items".into(),
        Failure::PropertyNames => "property name must be valid".into(),
        Failure::Other { message, .. } => message.clone(),
    }
}
