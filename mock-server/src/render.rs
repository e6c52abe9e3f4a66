//! Serialises a value for the chosen media type: JSON for `*json*`, the raw string or a simple
//! XML tree for `*xml*`, the plain scalar for `text/*` (objects cannot be text, as in Prism).

use bytes::Bytes;
use serde_json::Value;

use crate::error::MockError;

/// The media type without parameters, lower-cased (`application/json`).
pub fn essence(media: &str) -> String {
    media
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase()
}

/// Bytes of `value` as `media` (an essence from [`essence`]).
pub fn render(media: &str, value: &Value) -> Result<Bytes, MockError> {
    if media.contains("json") {
        return Ok(Bytes::from(serde_json::to_vec(value).unwrap_or_default()));
    }
    if media.contains("xml") {
        return Ok(match value {
            Value::String(s) => Bytes::from(s.clone()),
            other => {
                let mut out = String::from("<xml>");
                xml_children(other, &mut out);
                out.push_str("</xml>");
                Bytes::from(out)
            }
        });
    }
    match value {
        Value::String(s) => Ok(Bytes::from(s.clone())),
        Value::Number(n) => Ok(Bytes::from(n.to_string())),
        Value::Bool(b) => Ok(Bytes::from(b.to_string())),
        Value::Null => Ok(Bytes::new()),
        _ if media.starts_with("text/") => Err(MockError::NoComplexObjectText),
        other => Ok(Bytes::from(serde_json::to_vec(other).unwrap_or_default())),
    }
}

fn xml_children(value: &Value, out: &mut String) {
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                match v {
                    Value::Array(items) => {
                        for item in items {
                            xml_element(k, item, out);
                        }
                    }
                    _ => xml_element(k, v, out),
                }
            }
        }
        Value::Array(items) => {
            for item in items {
                xml_element("item", item, out);
            }
        }
        Value::String(s) => out.push_str(&escape(s)),
        Value::Null => {}
        other => out.push_str(&other.to_string()),
    }
}

fn xml_element(name: &str, value: &Value, out: &mut String) {
    out.push('<');
    out.push_str(name);
    out.push('>');
    xml_children(value, out);
    out.push_str("</");
    out.push_str(name);
    out.push('>');
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn xml_wraps_objects() {
        let b = render("application/xml", &json!({"id": 1, "name": "Sharik"})).unwrap();
        assert_eq!(&b[..], b"<xml><id>1</id><name>Sharik</name></xml>");
    }

    #[test]
    fn text_refuses_objects() {
        assert!(render("text/plain", &json!({"a": 1})).is_err());
        assert_eq!(&render("text/plain", &json!("pong")).unwrap()[..], b"pong");
    }
}
