//! What a comparison reports: one [`Finding`] per change and operation, and the registry of
//! checks ([`checks`]) that gives each finding id its one level. Ids are oasdiff's where the
//! meaning is the same, so teams that know oasdiff recognise them; `Check::ours` marks the rest.

use std::collections::HashMap;
use std::sync::OnceLock;

use serde::Serialize;

/// How much a change matters to callers written against the base.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    /// Informational: nothing an existing caller does stops working.
    Info,
    /// May break some callers (it depends on what they do with the value).
    Warning,
    /// Breaks callers written against the base.
    Error,
}

impl Level {
    pub fn as_str(self) -> &'static str {
        match self {
            Level::Info => "info",
            Level::Warning => "warning",
            Level::Error => "error",
        }
    }
}

/// One change, in one operation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    /// The check's stable id (see [`checks`]).
    pub id: &'static str,
    pub level: Level,
    /// Method and path, `GET /recambios/{numero_serie}` (the revision's spelling of the path).
    pub operation: String,
    /// The file `location` is in: the revision's, or the base's for what was removed.
    pub file: String,
    /// JSON pointer of the change in `file`.
    pub location: String,
    pub message: String,
}

impl Finding {
    /// Whether `codegen breaking` lists it: every error and warning, and the few informational
    /// findings about removals that were announced (deprecated first).
    pub fn is_breaking(&self) -> bool {
        check(self.id).is_some_and(|c| c.breaking)
    }
}

/// A kind of change the comparison reports.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Check {
    pub id: &'static str,
    pub level: Level,
    /// Listed by `codegen breaking` (not only by `codegen changelog`).
    pub breaking: bool,
    /// An id of taller's own: oasdiff has no check with this meaning (or gives it another id).
    pub ours: bool,
    pub meaning: String,
}

/// The check `id`, if there is one.
pub fn check(id: &str) -> Option<&'static Check> {
    static INDEX: OnceLock<HashMap<&'static str, usize>> = OnceLock::new();
    let index = INDEX.get_or_init(|| {
        checks()
            .iter()
            .enumerate()
            .map(|(i, c)| (c.id, i))
            .collect()
    });
    index.get(id).map(|&i| &checks()[i])
}

/// Every check, in the order the README lists them.
pub fn checks() -> &'static [Check] {
    static CHECKS: OnceLock<Vec<Check>> = OnceLock::new();
    CHECKS.get_or_init(build)
}

use Level::{Error as E, Info as I, Warning as W};

/// (id, level, ours, meaning) of the checks that are not schema families.
const FIXED: &[(&str, Level, bool, &str)] = &[
    (
        "api-path-removed-without-deprecation",
        E,
        false,
        "a path was removed without being deprecated first",
    ),
    (
        "api-path-removed-with-deprecation",
        I,
        false,
        "a path whose operations were all deprecated was removed",
    ),
    (
        "api-removed-without-deprecation",
        E,
        false,
        "an operation was removed without being deprecated first",
    ),
    (
        "api-removed-with-deprecation",
        I,
        false,
        "a deprecated operation was removed",
    ),
    ("endpoint-added", I, false, "an operation was added"),
    (
        "endpoint-deprecated",
        I,
        false,
        "an operation became deprecated",
    ),
    (
        "endpoint-reactivated",
        I,
        false,
        "an operation is no longer deprecated",
    ),
    (
        "api-operation-id-removed",
        E,
        false,
        "the operationId was changed or removed: the generated client's method is renamed (oasdiff: info)",
    ),
    (
        "api-operation-id-added",
        W,
        false,
        "an operationId was added: taller's generated client method, named from method and path until now, is renamed (oasdiff: info)",
    ),
    (
        "new-required-request-parameter",
        E,
        false,
        "a required parameter was added",
    ),
    (
        "new-optional-request-parameter",
        I,
        false,
        "an optional parameter was added",
    ),
    (
        "request-parameter-removed",
        W,
        false,
        "a parameter was removed (the generated client loses its setter; servers may reject it)",
    ),
    (
        "request-parameter-moved",
        E,
        true,
        "a parameter moved (same name, another `in`): old callers send it in the wrong place",
    ),
    (
        "request-parameter-became-required",
        E,
        false,
        "an optional parameter became required",
    ),
    (
        "request-parameter-became-optional",
        I,
        false,
        "a required parameter became optional",
    ),
    (
        "request-body-added-required",
        E,
        false,
        "a required request body was added",
    ),
    (
        "request-body-added-optional",
        I,
        false,
        "an optional request body was added",
    ),
    (
        "request-body-removed",
        W,
        false,
        "the request body was removed",
    ),
    (
        "request-body-became-required",
        E,
        false,
        "an optional request body became required",
    ),
    (
        "request-body-became-optional",
        I,
        false,
        "a required request body became optional",
    ),
    (
        "request-body-media-type-removed",
        E,
        false,
        "a request media type is no longer accepted",
    ),
    (
        "request-body-media-type-added",
        I,
        false,
        "a request media type was added",
    ),
    (
        "new-required-request-property",
        E,
        false,
        "a required request property was added",
    ),
    (
        "new-optional-request-property",
        I,
        false,
        "an optional request property was added",
    ),
    (
        "request-property-removed",
        W,
        false,
        "a request property was removed (servers that reject unknown properties refuse old requests)",
    ),
    (
        "request-property-became-required",
        E,
        false,
        "an optional request property became required",
    ),
    (
        "request-property-became-optional",
        I,
        false,
        "a required request property became optional",
    ),
    (
        "request-property-additional-properties-closed",
        E,
        true,
        "a request object no longer accepts properties it does not list (`additionalProperties: false`)",
    ),
    (
        "request-property-additional-properties-opened",
        I,
        true,
        "a request object now accepts properties it does not list",
    ),
    (
        "request-property-one-of-removed",
        E,
        false,
        "a `oneOf` alternative of a request schema was removed",
    ),
    (
        "request-property-one-of-added",
        I,
        false,
        "a `oneOf` alternative was added to a request schema",
    ),
    (
        "request-property-any-of-removed",
        E,
        false,
        "an `anyOf` alternative of a request schema was removed",
    ),
    (
        "request-property-any-of-added",
        I,
        false,
        "an `anyOf` alternative was added to a request schema",
    ),
    (
        "response-success-status-removed",
        E,
        false,
        "a success (2xx) response was removed",
    ),
    (
        "response-non-success-status-removed",
        W,
        false,
        "a non-success response was removed",
    ),
    (
        "response-success-status-added",
        I,
        false,
        "a success response was added",
    ),
    (
        "response-non-success-status-added",
        I,
        false,
        "a non-success response was added",
    ),
    (
        "response-media-type-removed",
        E,
        false,
        "a response media type was removed",
    ),
    (
        "response-media-type-added",
        I,
        false,
        "a response media type was added",
    ),
    (
        "required-response-header-removed",
        E,
        false,
        "a required response header was removed",
    ),
    (
        "optional-response-header-removed",
        W,
        false,
        "an optional response header was removed (callers may read it)",
    ),
    (
        "response-header-became-optional",
        E,
        false,
        "a required response header became optional",
    ),
    (
        "response-header-added",
        I,
        false,
        "a response header was added",
    ),
    (
        "response-required-property-removed",
        E,
        false,
        "a required response property was removed",
    ),
    (
        "response-optional-property-removed",
        W,
        false,
        "an optional response property was removed (callers may read it)",
    ),
    (
        "response-property-became-optional",
        E,
        false,
        "a required response property became optional",
    ),
    (
        "response-property-became-required",
        I,
        false,
        "an optional response property became required",
    ),
    (
        "response-required-property-added",
        I,
        false,
        "a required response property was added",
    ),
    (
        "response-optional-property-added",
        I,
        false,
        "an optional response property was added",
    ),
    (
        "response-property-additional-properties-opened",
        W,
        true,
        "a response object may now carry properties it does not list",
    ),
    (
        "response-property-additional-properties-closed",
        I,
        true,
        "a response object no longer carries properties it does not list",
    ),
    (
        "response-property-one-of-added",
        W,
        false,
        "a `oneOf` alternative was added to a response schema: callers may get a shape they do not know",
    ),
    (
        "response-property-one-of-removed",
        I,
        false,
        "a `oneOf` alternative of a response schema was removed",
    ),
    (
        "response-property-any-of-added",
        W,
        false,
        "an `anyOf` alternative was added to a response schema",
    ),
    (
        "response-property-any-of-removed",
        I,
        false,
        "an `anyOf` alternative of a response schema was removed",
    ),
    (
        "api-security-added",
        E,
        false,
        "a security requirement was added: callers that passed the base's requirement are refused",
    ),
    (
        "api-security-scope-added",
        E,
        false,
        "a scope was added to a security requirement",
    ),
    (
        "api-security-alternative-added",
        I,
        true,
        "a security alternative was added; callers of the base still pass",
    ),
    (
        "api-security-removed",
        I,
        false,
        "a security requirement was removed",
    ),
    (
        "api-security-scope-removed",
        I,
        false,
        "a scope was removed from a security requirement",
    ),
];

/// The schema checks that exist for request parameters, request bodies and response bodies
/// alike: (suffix, level on the request side, level on the response side, ours, meaning).
/// What narrows a request (rejects values old callers send) or widens a response (gives
/// values old callers do not expect) is the breaking direction.
const SCHEMA: &[(&str, Level, Level, bool, &str)] = &[
    (
        "type-changed",
        E,
        E,
        false,
        "the type or format changed in the breaking direction",
    ),
    (
        "type-generalized",
        I,
        I,
        false,
        "the type or format was widened (a request accepts more)",
    ),
    (
        "type-specialized",
        I,
        I,
        true,
        "the type or format was narrowed (a response gives less)",
    ),
    (
        "enum-value-removed",
        E,
        I,
        false,
        "an enum value was removed",
    ),
    (
        "enum-value-added",
        I,
        W,
        false,
        "an enum value was added (a response: old callers may not know it)",
    ),
    (
        "became-enum",
        E,
        I,
        false,
        "values were restricted to an enum",
    ),
    (
        "enum-removed",
        I,
        W,
        true,
        "the enum restriction was removed",
    ),
    ("pattern-added", E, I, false, "a pattern was added"),
    (
        "pattern-changed",
        W,
        W,
        false,
        "the pattern changed (whether it narrows cannot be told)",
    ),
    ("pattern-removed", I, W, false, "the pattern was removed"),
    (
        "became-not-nullable",
        E,
        I,
        false,
        "null is no longer allowed",
    ),
    ("became-nullable", I, E, false, "null became allowed"),
];

/// Numeric, length and count bounds: (keyword, id part).
pub(crate) const BOUNDS: &[(&str, &str, bool)] = &[
    // (keyword, id part, is an upper bound)
    ("maximum", "max", true),
    ("minimum", "min", false),
    ("maxLength", "max-length", true),
    ("minLength", "min-length", false),
    ("maxItems", "max-items", true),
    ("minItems", "min-items", false),
];

/// The id prefixes of the schema families, and whether they are on the request side.
pub(crate) const PREFIXES: &[(&str, bool)] = &[
    ("request-parameter", true),
    ("request-property", true),
    ("response-property", false),
];

fn build() -> Vec<Check> {
    let mut out: Vec<Check> = FIXED
        .iter()
        .map(|&(id, level, ours, meaning)| Check {
            id,
            level,
            breaking: level > I || id.ends_with("-removed-with-deprecation"),
            ours,
            meaning: meaning.to_string(),
        })
        .collect();
    let mut add = |id: String, level: Level, ours: bool, meaning: String| {
        out.push(Check {
            id: Box::leak(id.into_boxed_str()),
            level,
            breaking: level > I,
            ours,
            meaning,
        });
    };
    for &(prefix, request) in PREFIXES {
        let whose = if request {
            prefix.replace('-', " ")
        } else {
            "response property".to_string()
        };
        for &(suffix, req_level, resp_level, ours, meaning) in SCHEMA {
            // A request cannot be "narrowed" in a way worth its own id, nor a response widened
            // without breaking: these two only exist on one side.
            if (request && suffix == "type-specialized")
                || (!request && suffix == "type-generalized")
            {
                continue;
            }
            let level = if request { req_level } else { resp_level };
            add(
                format!("{prefix}-{suffix}"),
                level,
                ours,
                format!("{whose}: {meaning}"),
            );
        }
        for &(_, part, upper) in BOUNDS {
            // (change, narrows the accepted values)
            let changes: [(&str, bool); 4] = if upper {
                [
                    ("decreased", true),
                    ("set", true),
                    ("increased", false),
                    ("unset", false),
                ]
            } else {
                [
                    ("increased", true),
                    ("set", true),
                    ("decreased", false),
                    ("unset", false),
                ]
            };
            for (change, narrows) in changes {
                let level = match (request, narrows) {
                    (true, true) => E,
                    (false, false) => W,
                    _ => I,
                };
                // oasdiff has most of these; the `unset` ones of the request side and the
                // `set` ones of the response side follow its naming but are not verified.
                let ours = (request && change == "unset") || (!request && change == "set");
                let verb = match change {
                    "set" => "set where there was none".to_string(),
                    "unset" => "removed".to_string(),
                    c => c.to_string(),
                };
                add(
                    format!("{prefix}-{part}-{change}"),
                    level,
                    ours,
                    format!("{whose}: `{}` {verb}", keyword_of(part)),
                );
            }
        }
    }
    out
}

fn keyword_of(part: &str) -> &'static str {
    BOUNDS
        .iter()
        .find(|(_, p, _)| *p == part)
        .map_or("?", |(k, _, _)| k)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_kebab_case_and_found() {
        let mut seen = std::collections::HashSet::new();
        for c in checks() {
            assert!(seen.insert(c.id), "duplicate id {}", c.id);
            assert!(
                c.id.chars().all(|ch| ch.is_ascii_lowercase() || ch == '-'),
                "{}",
                c.id
            );
            assert_eq!(check(c.id), Some(c));
        }
        assert!(check("no-such-check").is_none());
    }

    #[test]
    fn direction_decides_the_level() {
        let level = |id| check(id).unwrap().level;
        assert_eq!(level("request-parameter-max-decreased"), Level::Error);
        assert_eq!(level("request-parameter-max-increased"), Level::Info);
        assert_eq!(level("response-property-max-increased"), Level::Warning);
        assert_eq!(level("response-property-max-decreased"), Level::Info);
        assert_eq!(level("request-property-enum-value-removed"), Level::Error);
        assert_eq!(level("response-property-enum-value-added"), Level::Warning);
        assert_eq!(level("response-property-became-nullable"), Level::Error);
        assert!(check("api-removed-with-deprecation").unwrap().breaking);
        assert!(!check("endpoint-added").unwrap().breaking);
    }
}
