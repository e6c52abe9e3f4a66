//! RFC 6901 JSON pointers, as used in `$ref`s and in every error message.

use serde_json::Value;

/// Unescapes one segment (`~1` → `/`, `~0` → `~`), [`escape`] undone.
pub fn unescape(segment: &str) -> std::borrow::Cow<'_, str> {
    if segment.contains('~') {
        segment.replace("~1", "/").replace("~0", "~").into()
    } else {
        segment.into()
    }
}

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
        return walk(doc, &decoded);
    }
    walk(doc, pointer)
}

/// The value at an RFC 6901 `pointer` (not percent-encoded). Unlike `Value::pointer`, a
/// segment is unescaped (into a new string) only when it holds a `~`: resolving a `$ref` on
/// every mocked request allocates nothing.
pub fn walk<'a>(doc: &'a Value, pointer: &str) -> Option<&'a Value> {
    if pointer.is_empty() {
        return Some(doc);
    }
    let rest = pointer.strip_prefix('/')?;
    let mut at = doc;
    for raw in rest.split('/') {
        let segment = unescape(raw);
        at = match at {
            Value::Object(map) => map.get(segment.as_ref())?,
            Value::Array(items) => {
                // RFC 6901: an index is 0 or digits without a leading zero.
                if segment.is_empty()
                    || (segment.len() > 1 && segment.starts_with('0'))
                    || !segment.bytes().all(|b| b.is_ascii_digit())
                {
                    return None;
                }
                items.get(segment.parse::<usize>().ok()?)?
            }
            _ => return None,
        };
    }
    Some(at)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn walk_agrees_with_serde_json_on_every_kind_of_segment() {
        let doc = json!({
            "components": {"schemas": {"Pet": {"type": "object"}, "a/b": 1, "m~n": 2, "": 3}},
            "list": [10, 20, {"x": true}],
        });
        for pointer in [
            "",
            "/components",
            "/components/schemas/Pet/type",
            "/components/schemas/a~1b",
            "/components/schemas/m~0n",
            "/components/schemas/",
            "/list/0",
            "/list/2/x",
            "/list/01",
            "/list/3",
            "/list/-",
            "/list/x",
            "/missing",
            "components",
            "/list/0/x",
        ] {
            assert_eq!(walk(&doc, pointer), doc.pointer(pointer), "{pointer}");
        }
    }
}
