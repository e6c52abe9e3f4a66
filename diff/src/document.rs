//! A loaded contract as the comparison reads it: one bundled OpenAPI 3.0 document (local
//! `$ref`s only), and the way back from a pointer in it to the file the user wrote.

use serde_json::Value;
use taller_contract::LoadError;

use crate::finding::{Finding, check};

/// One version of a contract, ready to compare.
#[derive(Debug)]
pub struct Contract {
    /// The bundled document, normalised to OpenAPI 3.0 so 2.0, 3.0 and 3.1 compare alike.
    pub(crate) doc: Value,
    bundle: taller_contract::Bundle,
}

impl Contract {
    /// Loads `spec` (a file or URL; multi-file, Swagger 2.0, OpenAPI 3.0 or 3.1), naming it
    /// `display` in messages.
    pub fn load(spec: &str, display: Option<&str>) -> Result<Contract, LoadError> {
        let source = taller_contract::load_named(spec, display)?;
        let mut bundle = taller_contract::bundle(&source)?;
        // `locate` needs only where the parts came from, not the document itself.
        let mut doc = std::mem::take(&mut bundle.doc);
        taller_contract::normalize::to_openapi30(&mut doc, source.version);
        Ok(Contract { doc, bundle })
    }

    /// `info.version`, if the document has one.
    pub fn version(&self) -> Option<&str> {
        self.doc.pointer("/info/version").and_then(Value::as_str)
    }

    /// How the root document is named in messages.
    pub fn display(&self) -> &str {
        &self.bundle.display
    }

    /// The file and pointer a pointer of the bundled document came from.
    fn locate(&self, pointer: &str) -> (String, String) {
        self.bundle.locate(pointer)
    }

    /// Follows local `$ref`s from `value` (found at `pointer`) to what they name, with its
    /// pointer. Bounded, so a `$ref` loop cannot hang; an unresolvable one stays as it is.
    pub(crate) fn deref<'a>(
        &'a self,
        mut value: &'a Value,
        mut pointer: String,
    ) -> (&'a Value, String) {
        for _ in 0..32 {
            let Some(fragment) = value
                .get("$ref")
                .and_then(Value::as_str)
                .and_then(|r| r.strip_prefix('#'))
            else {
                break;
            };
            let Some(target) = taller_contract::pointer::get(&self.doc, fragment) else {
                break;
            };
            value = target;
            pointer = decode(fragment);
        }
        (value, pointer)
    }
}

fn decode(fragment: &str) -> String {
    if !fragment.contains('%') {
        return fragment.to_string();
    }
    // `$ref` fragments are URI-encoded; locations are plain JSON pointers.
    let bytes = fragment.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        if bytes[i] == b'%'
            && let (Some(h), Some(l)) = (
                bytes.get(i + 1).copied().and_then(hex),
                bytes.get(i + 2).copied().and_then(hex),
            )
        {
            out.push((h * 16 + l) as u8);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Where findings of one operation go: each gets its level from the check registry and its
/// file and location from the contract the pointer is in.
pub(crate) struct Emitter<'c> {
    pub base: &'c Contract,
    pub rev: &'c Contract,
    /// What schema pairs turned out in earlier operations.
    pub memo: &'c std::cell::RefCell<crate::schema::Memo>,
    pub operation: String,
    pub out: Vec<Finding>,
}

/// Which document a pointer is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum In {
    Base,
    Rev,
}

impl Emitter<'_> {
    pub fn emit(&mut self, id: &str, side: In, pointer: &str, message: String) {
        let Some(check) = check(id) else {
            debug_assert!(false, "finding with unregistered id {id}");
            return;
        };
        let (file, location) = match side {
            In::Base => self.base.locate(pointer),
            In::Rev => self.rev.locate(pointer),
        };
        self.out.push(Finding {
            id: check.id,
            level: check.level,
            operation: self.operation.clone(),
            file,
            location: if location.is_empty() {
                "/".to_string()
            } else {
                location
            },
            message,
        });
    }
}

/// `pointer` with one more (escaped) segment.
pub(crate) fn join(pointer: &str, segment: &str) -> String {
    taller_contract::pointer::join(pointer, segment)
}

/// A JSON value as a message shows it: strings bare, the rest as JSON.
pub(crate) fn show(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        Value::Number(n) => match n.as_f64() {
            Some(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", f as i64),
            _ => n.to_string(),
        },
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_percent_escapes_in_fragments() {
        assert_eq!(
            decode("/components/schemas/A%20B"),
            "/components/schemas/A B"
        );
        assert_eq!(decode("/plain"), "/plain");
        assert_eq!(decode("/bad%zz"), "/bad%zz");
        assert_eq!(decode("/end%2"), "/end%2");
    }

    #[test]
    fn shows_values_as_messages_need_them() {
        assert_eq!(show(&serde_json::json!("a")), "a");
        assert_eq!(show(&serde_json::json!(5.0)), "5");
        assert_eq!(show(&serde_json::json!(2.5)), "2.5");
        assert_eq!(show(&serde_json::json!(null)), "null");
    }
}
