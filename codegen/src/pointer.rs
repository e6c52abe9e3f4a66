//! RFC 6901 JSON pointers, as used in `$ref`s and in error messages.

use serde_json::Value;

/// Appends one escaped segment to `pointer`.
pub fn push(pointer: &mut String, segment: &str) {
    pointer.push('/');
    pointer.push_str(&segment.replace('~', "~0").replace('/', "~1"));
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
        let decoded = percent_decode(pointer)?;
        return doc.pointer(&decoded);
    }
    doc.pointer(pointer)
}

fn percent_decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}
