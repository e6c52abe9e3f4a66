//! RFC 6901 JSON pointers, as used in `$ref`s and in every error message.

use serde_json::Value;

/// Escapes one segment (`~` → `~0`, `/` → `~1`).
pub fn escape(segment: &str) -> String {
    segment.replace('~', "~0").replace('/', "~1")
}

/// Appends one escaped segment to `pointer`.
pub fn push(pointer: &mut String, segment: &str) {
    pointer.push('/');
    pointer.push_str(&escape(segment));
}

/// `pointer` with one more segment.
pub fn join(pointer: &str, segment: &str) -> String {
    let mut out = pointer.to_string();
    push(&mut out, segment);
    out
}

/// The value at `pointer` ("" is the whole document); percent-encoded pointers from URI
/// fragments are decoded first.
pub fn get<'a>(doc: &'a Value, pointer: &str) -> Option<&'a Value> {
    if pointer.contains('%') {
        let decoded = percent_encoding::percent_decode_str(pointer)
            .decode_utf8()
            .ok()?;
        return doc.pointer(&decoded);
    }
    doc.pointer(pointer)
}
