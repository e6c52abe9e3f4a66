//! Local `$ref` resolution inside the contract document.
//!
//! The codegen bundles every contract into one document, so only local references
//! (`#/components/...`) exist; anything else is reported, not guessed at.

use serde_json::Value;

use super::error::Error;

/// How many `$ref` hops a chain may take before it is called a loop.
const MAX_HOPS: usize = 32;

/// Follows `value`'s `$ref` chain (if any) to the object it names. `pointer` locates `value`
/// in the document, for error messages.
pub(crate) fn resolve<'a>(
    root: &'a Value,
    value: &'a Value,
    pointer: &str,
) -> Result<&'a Value, Error> {
    let mut current = value;
    for _ in 0..MAX_HOPS {
        match current.get("$ref").and_then(Value::as_str) {
            Some(reference) => current = target(root, reference, pointer)?,
            None => return Ok(current),
        }
    }
    Err(Error::Shape {
        pointer: pointer.to_owned(),
        message: format!("$ref chain longer than {MAX_HOPS} hops (a loop?)"),
    })
}

/// The value a local reference (`#/a/b`) points at.
pub(crate) fn target<'a>(
    root: &'a Value,
    reference: &str,
    pointer: &str,
) -> Result<&'a Value, Error> {
    reference
        .strip_prefix('#')
        .and_then(|fragment| root.pointer(fragment))
        .ok_or_else(|| Error::UnresolvedRef {
            pointer: pointer.to_owned(),
            reference: reference.to_owned(),
        })
}

/// Escapes one JSON-pointer segment (RFC 6901).
pub(crate) fn escape(segment: &str) -> String {
    crate::pointer::escape(segment)
}
