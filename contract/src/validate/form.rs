//! Form bodies (`application/x-www-form-urlencoded`, and the fields of `multipart/form-data`)
//! read into the object their schema describes: one reading for the generated servers and the
//! mock server, so that a form one refuses the other refuses too, naming the same field.
//!
//! Each field's text is coerced to its property's type (a value that cannot be is kept as text,
//! so the schema names the field); an array property collects every occurrence of its field,
//! or splits one value on its separator when the media type's `encoding` says so
//! (`style: form, explode: false` on commas, `spaceDelimited`, `pipeDelimited`); a field the
//! schema does not name stays text.

use serde_json::{Map, Value, json};

use super::params::coerce_text;
use super::{Dialect, refs};

/// An array form field sent as one delimited value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Delimited {
    pub field: String,
    pub separator: char,
    /// The delimited styles (OpenAPI's `spaceDelimited`/`pipeDelimited`, Swagger 2.0's
    /// `csv`/`ssv`/`pipes`) read an absent or empty field as the empty string, which an array
    /// schema then refuses, as Prism does.
    pub absent_is_empty: bool,
}

/// How a form media type's fields are sent: its `encoding` entries that matter for reading.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FormShape {
    pub delimited: Vec<Delimited>,
}

impl FormShape {
    /// The shape a media type object (`content.<form type>`) declares in its `encoding`.
    pub fn of(media: &Value) -> FormShape {
        let delimited = media
            .get("encoding")
            .and_then(Value::as_object)
            .map(|encoding| {
                encoding
                    .iter()
                    .filter_map(|(field, e)| delimited_field(field, e))
                    .collect()
            })
            .unwrap_or_default();
        FormShape { delimited }
    }
}

/// The encoding entry of an array form field sent as one delimited value, if it is one.
fn delimited_field(field: &str, encoding: &Value) -> Option<Delimited> {
    let style = encoding.get("style").and_then(Value::as_str)?;
    let explode = encoding.get("explode").and_then(Value::as_bool);
    let (separator, absent_is_empty) = match (style, explode) {
        ("form", Some(false)) => (
            ',',
            encoding.get("x-collection-format").and_then(Value::as_str) == Some("csv"),
        ),
        ("spaceDelimited", Some(false) | None) => (' ', true),
        ("pipeDelimited", Some(false) | None) => ('|', true),
        _ => return None,
    };
    Some(Delimited {
        field: field.to_owned(),
        separator,
        absent_is_empty,
    })
}

/// Form fields (`pairs`, decoded, in order) as the object `schema` (the form's schema, in the
/// bundled document `root`) describes. A delimited field's last occurrence counts. Under
/// [`Dialect::Prism`] a delimited field that is absent or empty is the empty string (which an
/// array schema refuses), as Prism reads it; otherwise it is no value.
pub fn form_object<'a>(
    root: &'a Value,
    schema: Option<&'a Value>,
    shape: &FormShape,
    pairs: Vec<(String, String)>,
    dialect: Dialect,
) -> Value {
    let prism = dialect == Dialect::Prism;
    // Borrowed, not cloned: this runs on every form a server or the mock reads.
    let deref = |value: &'a Value| -> &'a Value { refs::resolve(root, value, "").unwrap_or(value) };
    let props = schema
        .map(deref)
        .and_then(|s| s.get("properties"))
        .and_then(Value::as_object);
    // Every schema handed in is already resolved (`prop`, `items()`).
    let coerce = |schema: &Value, raw: &str| {
        // An object field travels as JSON (a multipart part's default content type for an
        // object is `application/json`); it stays text when it is not.
        if !prism
            && primary_type(schema) == Some("object")
            && let Ok(value @ Value::Object(_)) = serde_json::from_str::<Value>(raw)
        {
            return value;
        }
        coerce_text(root, schema, raw).unwrap_or_else(|_| Value::String(raw.to_owned()))
    };
    let mut map = Map::new();
    for (k, v) in pairs {
        let prop = props.and_then(|p| p.get(&k)).map(deref);
        let items = || {
            prop.and_then(|s| s.get("items"))
                .map(deref)
                .unwrap_or(&Value::Null)
        };
        if let Some(d) = shape.delimited.iter().find(|d| d.field == k) {
            let value = if v.is_empty() {
                // An empty delimited value is the empty string; an empty `form` one no value.
                if !(prism && d.absent_is_empty) {
                    continue;
                }
                Value::String(String::new())
            } else {
                let items = items();
                v.split(d.separator)
                    .map(|part| coerce(items, part))
                    .collect()
            };
            map.insert(k, value);
            continue;
        }
        match prop {
            Some(s) if primary_type(s) == Some("array") => {
                let item = coerce(items(), &v);
                let entry = map.entry(k).or_insert_with(|| json!([]));
                if let Value::Array(a) = entry {
                    a.push(item);
                }
            }
            Some(s) => {
                map.insert(k, coerce(s, &v));
            }
            None => {
                map.insert(k, Value::String(v));
            }
        }
    }
    for d in shape
        .delimited
        .iter()
        .filter(|d| prism && d.absent_is_empty)
    {
        map.entry(d.field.clone())
            .or_insert_with(|| Value::String(String::new()));
    }
    Value::Object(map)
}

/// The schema's one type other than `null`, if it names one.
fn primary_type(schema: &Value) -> Option<&str> {
    match schema.get("type") {
        Some(Value::String(t)) => Some(t.as_str()),
        Some(Value::Array(ts)) => ts.iter().filter_map(Value::as_str).find(|t| *t != "null"),
        _ => None,
    }
}

/// The fields of a `multipart/form-data` body (RFC 7578) as name and text pairs, in order, for
/// [`form_object`]: a part's bytes as text, a file that is not UTF-8 with its invalid bytes
/// replaced (a `format: binary` field is any string). `content_type` is the request's header,
/// whose `boundary` delimits the parts; `Err` says why the body cannot be read as multipart.
pub fn multipart_pairs(content_type: &str, body: &[u8]) -> Result<Vec<(String, String)>, String> {
    use futures::FutureExt as _;
    let boundary = multer::parse_boundary(content_type).map_err(|e| e.to_string())?;
    let data = bytes::Bytes::copy_from_slice(body);
    let stream = futures::stream::once(async move { Ok::<_, std::io::Error>(data) });
    let mut multipart = multer::Multipart::new(stream, boundary);
    // The whole body is in memory: every step is ready at once, and `now_or_never` never
    // meets a pending one.
    let mut pairs = Vec::new();
    loop {
        let field = multipart
            .next_field()
            .now_or_never()
            .ok_or("the multipart body is incomplete")?
            .map_err(|e| e.to_string())?;
        let Some(field) = field else {
            return Ok(pairs);
        };
        let name = field.name().unwrap_or_default().to_owned();
        let bytes = field
            .bytes()
            .now_or_never()
            .ok_or("the multipart body is incomplete")?
            .map_err(|e| e.to_string())?;
        pairs.push((name, String::from_utf8_lossy(&bytes).into_owned()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(text: &str) -> Vec<(String, String)> {
        form_urlencoded::parse(text.as_bytes())
            .into_owned()
            .collect()
    }

    #[test]
    fn fields_are_read_by_their_property_types() {
        let root = json!({"components": {"schemas": {"Age": {"type": "integer"}}}});
        let schema = json!({"type": "object", "properties": {
            "name": {"type": "string"},
            "age": {"$ref": "#/components/schemas/Age"},
            "tags": {"type": "array", "items": {"type": "integer"}},
            "ids": {"type": "array", "items": {"type": "integer"}},
            "codes": {"type": "array", "items": {"type": "string"}}
        }});
        let shape = FormShape::of(&json!({"encoding": {
            "ids": {"style": "form", "explode": false},
            "codes": {"style": "pipeDelimited"}
        }}));
        let text = "name=Ana&age=41&tags=1&tags=x&ids=3,4&extra=5";
        let read = form_object(&root, Some(&schema), &shape, pairs(text), Dialect::Taller);
        assert_eq!(
            read,
            json!({"name": "Ana", "age": 41, "tags": [1, "x"], "ids": [3, 4], "extra": "5"})
        );
        // Prism reads the absent pipe-delimited field as the empty string.
        let read = form_object(&root, Some(&schema), &shape, pairs(text), Dialect::Prism);
        assert_eq!(read["codes"], "");
        // Text that is not the property's type stays text, for the schema to name.
        let read = form_object(
            &root,
            Some(&schema),
            &shape,
            pairs("age=old"),
            Dialect::Taller,
        );
        assert_eq!(read["age"], "old");
    }

    #[test]
    fn multipart_parts_are_read_in_order_files_included() {
        let body = b"--b\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nManual\r\n--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"m.bin\"\r\nContent-Type: application/octet-stream\r\n\r\nab\xff\r\n--b--\r\n";
        let pairs = multipart_pairs("multipart/form-data; boundary=b", body).unwrap();
        assert_eq!(
            pairs,
            vec![
                ("title".to_owned(), "Manual".to_owned()),
                ("file".to_owned(), "ab\u{fffd}".to_owned())
            ]
        );
        assert!(
            multipart_pairs("multipart/form-data", body).is_err(),
            "no boundary"
        );
        assert!(multipart_pairs("multipart/form-data; boundary=b", b"--b\r\nbroken").is_err());
    }
}
