//! One model of validation failures, read once from the `jsonschema` crate's errors, before
//! anyone words them. Two wordings sit on top: taller's [`super::FieldError`]s (module
//! `detail`, what generated servers answer) and Prism's ajv-style messages (module `ajv`, what
//! the mock server answers); [`Finding::message`] picks one by [`Dialect`].

use std::collections::HashMap;

use jsonschema::ValidationError;
use jsonschema::error::{TypeKind, ValidationErrorKind};
use serde_json::Value;

/// Whose words and whose extra checks: taller's own, or Stoplight Prism's (the mock server's
/// compatibility mode). The only place the two validators may differ.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Dialect {
    /// Generated servers: `FieldError` wording (`must be an integer`), a missing property named
    /// at the property.
    #[default]
    Taller,
    /// Prism: ajv's wording (`must have required property 'x'`), a missing property named at its
    /// object, and `format: byte` checked as base64 (ajv-formats does).
    Prism,
}

/// One way a value breaks a schema: where (the path into the value, unescaped segments) and
/// what.
#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    /// Segments of the path to the failing value (`["items", "0", "precio"]`).
    pub path: Vec<String>,
    /// What the schema wants there.
    pub failure: Failure,
}

/// What a schema wants and the value does not give, with the keyword's parameters.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum Failure {
    /// `required`: the object lacks `property`.
    Required {
        property: String,
    },
    /// `additionalProperties: false`: the object has `names` it may not have.
    AdditionalProperties {
        names: Vec<String>,
    },
    /// `unevaluatedProperties: false`.
    UnevaluatedProperties {
        names: Vec<String>,
    },
    /// `type`: one of `types` expected.
    Type {
        types: Vec<String>,
    },
    /// `enum`.
    Enum {
        options: Value,
    },
    /// `const`.
    Const {
        value: Value,
    },
    /// `pattern`, as the contract wrote it.
    Pattern {
        pattern: String,
    },
    /// `format`.
    Format {
        format: String,
    },
    Minimum {
        limit: Value,
    },
    Maximum {
        limit: Value,
    },
    ExclusiveMinimum {
        limit: Value,
    },
    ExclusiveMaximum {
        limit: Value,
    },
    MultipleOf {
        multiple_of: f64,
    },
    MinLength {
        limit: u64,
    },
    MaxLength {
        limit: u64,
    },
    MinItems {
        limit: u64,
    },
    MaxItems {
        limit: u64,
    },
    AdditionalItems {
        limit: usize,
    },
    MinProperties {
        limit: u64,
    },
    MaxProperties {
        limit: u64,
    },
    UniqueItems,
    Contains,
    AnyOf,
    /// `oneOf`, matched by none.
    OneOfNone,
    /// `oneOf`, matched by several.
    OneOfMany,
    Not,
    /// The `false` schema.
    FalseSchema,
    UnevaluatedItems,
    PropertyNames,
    /// Anything else, in the validator's words.
    Other {
        keyword: &'static str,
        message: String,
    },
}

impl Failure {
    /// The JSON Schema keyword that failed (ajv's name for it, which Prism answers as `code`).
    pub fn keyword(&self) -> &'static str {
        match self {
            Failure::Required { .. } => "required",
            Failure::AdditionalProperties { .. } => "additionalProperties",
            Failure::UnevaluatedProperties { .. } => "unevaluatedProperties",
            Failure::Type { .. } => "type",
            Failure::Enum { .. } => "enum",
            Failure::Const { .. } => "const",
            Failure::Pattern { .. } => "pattern",
            Failure::Format { .. } => "format",
            Failure::Minimum { .. } => "minimum",
            Failure::Maximum { .. } => "maximum",
            Failure::ExclusiveMinimum { .. } => "exclusiveMinimum",
            Failure::ExclusiveMaximum { .. } => "exclusiveMaximum",
            Failure::MultipleOf { .. } => "multipleOf",
            Failure::MinLength { .. } => "minLength",
            Failure::MaxLength { .. } => "maxLength",
            Failure::MinItems { .. } => "minItems",
            Failure::MaxItems { .. } => "maxItems",
            Failure::AdditionalItems { .. } => "additionalItems",
            Failure::MinProperties { .. } => "minProperties",
            Failure::MaxProperties { .. } => "maxProperties",
            Failure::UniqueItems => "uniqueItems",
            Failure::Contains => "contains",
            Failure::AnyOf => "anyOf",
            Failure::OneOfNone | Failure::OneOfMany => "oneOf",
            Failure::Not => "not",
            Failure::FalseSchema => "false schema",
            Failure::UnevaluatedItems => "unevaluatedItems",
            Failure::PropertyNames => "propertyNames",
            Failure::Other { keyword, .. } => keyword,
        }
    }
}

impl Finding {
    /// What is wrong, worded for `dialect` (the subject, a field or the body, is not in it).
    pub fn message(&self, dialect: Dialect) -> String {
        match dialect {
            Dialect::Taller => super::detail::describe(&self.failure),
            Dialect::Prism => super::ajv::describe(&self.failure),
        }
    }

    /// Reads one `jsonschema` error; `patterns` maps the patterns the validator reports (ECMA
    /// classes translated) back to the contract's text.
    pub(crate) fn from_error(
        error: &ValidationError<'_>,
        patterns: &HashMap<String, String>,
    ) -> Finding {
        let path = error
            .instance_path
            .as_str()
            .split('/')
            .skip(1)
            .map(|s| crate::pointer::unescape(s).into_owned())
            .collect();
        Finding {
            path,
            failure: failure(&error.kind, patterns, error),
        }
    }
}

fn failure(
    kind: &ValidationErrorKind,
    patterns: &HashMap<String, String>,
    error: &ValidationError<'_>,
) -> Failure {
    use ValidationErrorKind as K;
    match kind {
        K::Required { property } => Failure::Required {
            property: property
                .as_str()
                .map_or_else(|| property.to_string(), str::to_owned),
        },
        K::AdditionalProperties { unexpected } => Failure::AdditionalProperties {
            names: unexpected.clone(),
        },
        K::UnevaluatedProperties { unexpected } => Failure::UnevaluatedProperties {
            names: unexpected.clone(),
        },
        K::Type { kind } => Failure::Type {
            types: match kind {
                TypeKind::Single(single) => vec![single.to_string()],
                TypeKind::Multiple(set) => set.iter().map(|t| t.to_string()).collect(),
            },
        },
        K::Enum { options } => Failure::Enum {
            options: options.clone(),
        },
        K::Constant { expected_value } => Failure::Const {
            value: expected_value.clone(),
        },
        K::Pattern { pattern } => Failure::Pattern {
            pattern: patterns
                .get(pattern)
                .cloned()
                .unwrap_or_else(|| pattern.clone()),
        },
        K::Format { format } => Failure::Format {
            format: format.clone(),
        },
        K::Minimum { limit } => Failure::Minimum {
            limit: limit.clone(),
        },
        K::Maximum { limit } => Failure::Maximum {
            limit: limit.clone(),
        },
        K::ExclusiveMinimum { limit } => Failure::ExclusiveMinimum {
            limit: limit.clone(),
        },
        K::ExclusiveMaximum { limit } => Failure::ExclusiveMaximum {
            limit: limit.clone(),
        },
        K::MultipleOf { multiple_of } => Failure::MultipleOf {
            multiple_of: *multiple_of,
        },
        K::MinLength { limit } => Failure::MinLength { limit: *limit },
        K::MaxLength { limit } => Failure::MaxLength { limit: *limit },
        K::MinItems { limit } => Failure::MinItems { limit: *limit },
        K::MaxItems { limit } => Failure::MaxItems { limit: *limit },
        K::AdditionalItems { limit } => Failure::AdditionalItems { limit: *limit },
        K::MinProperties { limit } => Failure::MinProperties { limit: *limit },
        K::MaxProperties { limit } => Failure::MaxProperties { limit: *limit },
        K::UniqueItems => Failure::UniqueItems,
        K::Contains => Failure::Contains,
        K::AnyOf => Failure::AnyOf,
        K::OneOfNotValid => Failure::OneOfNone,
        K::OneOfMultipleValid => Failure::OneOfMany,
        K::Not { .. } => Failure::Not,
        K::FalseSchema => Failure::FalseSchema,
        K::UnevaluatedItems { .. } => Failure::UnevaluatedItems,
        K::PropertyNames { .. } => Failure::PropertyNames,
        _ => Failure::Other {
            keyword: "invalid",
            message: error.to_string(),
        },
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::{Dialect, Failure};
    use crate::OasVersion;
    use crate::validate::{Direction, Options, Schema};

    fn compile(root: &serde_json::Value, schema: serde_json::Value, options: Options) -> Schema {
        Schema::compile(root, &schema, "#", options).unwrap()
    }

    #[test]
    fn one_finding_two_wordings() {
        let root = json!({});
        let schema = compile(
            &root,
            json!({ "type": "object", "required": ["id"], "properties": { "n": { "type": "integer", "minimum": 1 } } }),
            Options::default(),
        );
        let findings = schema.findings(&json!({ "n": 0 }));
        assert_eq!(findings.len(), 2);
        let required = findings.iter().find(|f| f.failure.keyword() == "required");
        let required = required.unwrap();
        assert!(required.path.is_empty());
        assert_eq!(
            required.failure,
            Failure::Required {
                property: "id".into()
            }
        );
        assert_eq!(
            required.message(Dialect::Prism),
            "must have required property 'id'"
        );
        assert_eq!(required.message(Dialect::Taller), "required");
        let minimum = findings.iter().find(|f| f.failure.keyword() == "minimum");
        let minimum = minimum.unwrap();
        assert_eq!(minimum.path, ["n"]);
        assert_eq!(minimum.message(Dialect::Prism), "must be >= 1");
        assert_eq!(minimum.message(Dialect::Taller), "must be at least 1");
    }

    #[test]
    fn patterns_are_quoted_as_the_contract_wrote_them() {
        let root = json!({});
        let schema = compile(
            &root,
            json!({ "type": "string", "pattern": "^\\d{3}$" }),
            Options::default(),
        );
        let findings = schema.findings(&json!("12"));
        assert_eq!(
            findings[0].message(Dialect::Prism),
            "must match pattern \"^\\d{3}$\""
        );
    }

    #[test]
    fn the_prism_dialect_checks_byte_and_openapi_3_1_keeps_ref_siblings() {
        let root = json!({ "components": { "schemas": { "S": { "type": "string" } } } });
        let byte = json!({ "type": "string", "format": "byte" });
        let prism = Options {
            dialect: Dialect::Prism,
            ..Options::default()
        };
        assert!(compile(&root, byte.clone(), Options::default()).is_valid(&json!("%%")));
        assert!(!compile(&root, byte.clone(), prism).is_valid(&json!("%%")));
        assert!(compile(&root, byte, prism).is_valid(&json!("aGk=")));

        let with_sibling = json!({ "$ref": "#/components/schemas/S", "maxLength": 1 });
        let v30 = compile(&root, with_sibling.clone(), Options::default());
        assert!(v30.is_valid(&json!("long")));
        let v31 = Options {
            version: OasVersion::V31,
            direction: Direction::Response,
            ..Options::default()
        };
        assert!(!compile(&root, with_sibling, v31).is_valid(&json!("long")));
    }

    #[test]
    fn the_prism_dialect_explains_a_failed_any_of_branch_by_branch() {
        let root = json!({ "components": { "schemas": {
            "Text": { "type": "object", "properties": { "to": { "type": "string" } } },
            "Choice": { "anyOf": [
                { "$ref": "#/components/schemas/Text" },
                { "type": "object", "properties": { "to": { "type": "string", "minLength": 2 } } }
            ] }
        } } });
        let schema = json!({ "type": "object", "properties": {
            "msg": { "$ref": "#/components/schemas/Choice" }
        } });
        let prism = Options {
            dialect: Dialect::Prism,
            ..Options::default()
        };
        let bad = json!({ "msg": { "to": 1 } });
        let listed: Vec<(String, String)> = compile(&root, schema.clone(), prism)
            .findings(&bad)
            .iter()
            .map(|f| (f.path.join("/"), f.message(Dialect::Prism)))
            .collect();
        let expected = [
            ("msg/to", "must be string"),
            ("msg/to", "must be string"),
            ("msg", "must match a schema in anyOf"),
        ];
        let expected: Vec<(String, String)> = expected
            .iter()
            .map(|(p, m)| ((*p).to_owned(), (*m).to_owned()))
            .collect();
        assert_eq!(listed, expected);
        // taller's own wording names the anyOf alone.
        let taller = compile(&root, schema, Options::default()).findings(&bad);
        assert_eq!(taller.len(), 1);
        assert_eq!(taller[0].failure, Failure::AnyOf);
    }
}
