//! Parameters written as OpenAPI 3 says each `style` and `explode` serializes them (the
//! RFC 6570 expansions of the specification's style table), from the JSON value of the
//! parameter:
//!
//! | style | array `[a, b]` | object `{k: v, l: w}` |
//! |---|---|---|
//! | query `form` | `n=a&n=b` (explode), `n=a,b` | `k=v&l=w` (explode), `n=k,v,l,w` |
//! | query `spaceDelimited` / `pipeDelimited` | `n=a b` / `n=a\|b` | `n=k v l w` / `n=k\|v\|l\|w` |
//! | query `deepObject` | as `form` | `n[k]=v&n[l]=w` |
//! | path, header `simple` | `a,b` | `k=v,l=w` (explode), `k,v,l,w` |
//! | path `label` | `.a.b` (explode), `.a,b` | `.k=v.l=w` (explode), `.k,v,l,w` |
//! | path `matrix` | `;n=a;n=b` (explode), `;n=a,b` | `;k=v;l=w` (explode), `;n=k,v,l,w` |
//!
//! Path values are percent-encoded here (every byte but RFC 3986's unreserved ones, so a `,`
//! or `;` inside a value never reads as a delimiter); query pairs are encoded by reqwest.

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};
use serde_json::Value;

/// How a parameter is written (OpenAPI's `style`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    Form,
    SpaceDelimited,
    PipeDelimited,
    DeepObject,
    Simple,
    Label,
    Matrix,
}

/// Everything but RFC 3986's unreserved characters.
const PATH_VALUE: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// A primitive as it travels: strings as they are, numbers and booleans as JSON writes them,
/// null as nothing; nested arrays and objects (which no style defines) as their JSON.
fn text(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        Value::Null => String::new(),
        other => other.to_string(),
    }
}

/// The query pairs of parameter `name` holding `value` (none for null).
pub fn query(
    name: &str,
    style: Style,
    explode: bool,
    value: &Value,
    pairs: &mut Vec<(String, String)>,
) {
    let joined = |separator: &str, items: Vec<String>| items.join(separator);
    match value {
        Value::Null => {}
        Value::Array(items) => {
            let items: Vec<String> = items.iter().map(text).collect();
            match style {
                Style::SpaceDelimited if !explode => pairs.push((name.into(), joined(" ", items))),
                Style::PipeDelimited if !explode => pairs.push((name.into(), joined("|", items))),
                _ if explode => pairs.extend(items.into_iter().map(|v| (name.to_owned(), v))),
                _ => pairs.push((name.into(), joined(",", items))),
            }
        }
        Value::Object(fields) => {
            let fields = fields.iter().filter(|(_, v)| !v.is_null());
            match style {
                Style::DeepObject => {
                    for (key, value) in fields {
                        let value = match value {
                            Value::Array(items) => {
                                items.iter().map(text).collect::<Vec<_>>().join(",")
                            }
                            other => text(other),
                        };
                        pairs.push((format!("{name}[{key}]"), value));
                    }
                }
                _ if explode => pairs.extend(fields.map(|(k, v)| (k.clone(), text(v)))),
                _ => {
                    let separator = match style {
                        Style::SpaceDelimited => " ",
                        Style::PipeDelimited => "|",
                        _ => ",",
                    };
                    let flat: Vec<String> =
                        fields.flat_map(|(k, v)| [k.clone(), text(v)]).collect();
                    pairs.push((name.into(), flat.join(separator)));
                }
            }
        }
        primitive => pairs.push((name.into(), text(primitive))),
    }
}

/// The text that replaces `{name}` in the path, percent-encoded.
pub fn path(name: &str, style: Style, explode: bool, value: &Value) -> String {
    let encode = |s: &str| utf8_percent_encode(s, PATH_VALUE).to_string();
    match style {
        Style::Label => {
            let separator = if explode { "." } else { "," };
            format!(".{}", expand(value, separator, explode, &encode))
        }
        Style::Matrix => match value {
            Value::Array(items) if explode => items
                .iter()
                .map(|v| format!(";{name}={}", encode(&text(v))))
                .collect(),
            Value::Object(fields) if explode => fields
                .iter()
                .filter(|(_, v)| !v.is_null())
                .map(|(k, v)| format!(";{}={}", encode(k), encode(&text(v))))
                .collect(),
            Value::String(s) if s.is_empty() => format!(";{name}"),
            other => format!(";{name}={}", expand(other, ",", false, &encode)),
        },
        _ => expand(value, ",", explode, &encode),
    }
}

/// A `Cookie` header of `pairs` (each value from [`header`]: `a,b`, `k=v,l=w`):
/// `name=value; …`, as servers read them. A value holding `;` would end the cookie early:
/// that is the error.
pub fn cookie_header(pairs: &[(String, String)]) -> Result<String, String> {
    if let Some((name, _)) = pairs.iter().find(|(_, value)| value.contains(';')) {
        return Err(format!("cookie {name}: a value cannot hold ';'"));
    }
    Ok(pairs
        .iter()
        .map(|(name, value)| format!("{name}={value}"))
        .collect::<Vec<_>>()
        .join("; "))
}

/// A header's value (`simple`; header values are not percent-encoded).
pub fn header(value: &Value, explode: bool) -> String {
    expand(value, ",", explode, &|s: &str| s.to_owned())
}

/// A value's items joined by `separator`; an object's fields as `k=v` (explode) or `k,v`.
fn expand(
    value: &Value,
    separator: &str,
    explode: bool,
    encode: &dyn Fn(&str) -> String,
) -> String {
    match value {
        Value::Array(items) => items
            .iter()
            .map(|v| encode(&text(v)))
            .collect::<Vec<_>>()
            .join(separator),
        Value::Object(fields) => {
            let fields = fields.iter().filter(|(_, v)| !v.is_null());
            if explode {
                fields
                    .map(|(k, v)| format!("{}={}", encode(k), encode(&text(v))))
                    .collect::<Vec<_>>()
                    .join(separator)
            } else {
                fields
                    .flat_map(|(k, v)| [encode(k), encode(&text(v))])
                    .collect::<Vec<_>>()
                    .join(",")
            }
        }
        primitive => encode(&text(primitive)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn pairs(name: &str, style: Style, explode: bool, value: Value) -> Vec<(String, String)> {
        let mut out = Vec::new();
        query(name, style, explode, &value, &mut out);
        out
    }

    fn p(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    /// The specification's style examples (OpenAPI 3.1.0, "Style Examples"): `color` as the
    /// string "blue", the array ["blue", "black", "brown"] and the object
    /// {"R": 100, "G": 200, "B": 150}.
    #[test]
    fn the_specification_style_examples() {
        let array = json!(["blue", "black", "brown"]);
        let object = json!({"R": 100, "G": 200, "B": 150});
        // serde_json keeps objects sorted unless preserve_order: compare as written here.
        let rgb = |order: &[(&str, &str)]| p(order);

        assert_eq!(
            pairs("color", Style::Form, true, json!("blue")),
            p(&[("color", "blue")])
        );
        assert_eq!(
            pairs("color", Style::Form, false, array.clone()),
            p(&[("color", "blue,black,brown")])
        );
        assert_eq!(
            pairs("color", Style::Form, true, array.clone()),
            p(&[("color", "blue"), ("color", "black"), ("color", "brown")])
        );
        assert_eq!(
            pairs("color", Style::SpaceDelimited, false, array.clone()),
            p(&[("color", "blue black brown")])
        );
        assert_eq!(
            pairs("color", Style::PipeDelimited, false, array.clone()),
            p(&[("color", "blue|black|brown")])
        );
        let form_object = pairs("color", Style::Form, true, object.clone());
        assert_eq!(form_object.len(), 3);
        for (k, v) in rgb(&[("R", "100"), ("G", "200"), ("B", "150")]) {
            assert!(form_object.contains(&(k, v)));
        }
        let deep = pairs("color", Style::DeepObject, true, object.clone());
        for (k, v) in rgb(&[
            ("color[R]", "100"),
            ("color[G]", "200"),
            ("color[B]", "150"),
        ]) {
            assert!(deep.contains(&(k, v)), "{deep:?}");
        }

        assert_eq!(path("color", Style::Simple, false, &json!("blue")), "blue");
        assert_eq!(
            path("color", Style::Simple, false, &array),
            "blue,black,brown"
        );
        assert_eq!(path("color", Style::Label, false, &json!("blue")), ".blue");
        assert_eq!(
            path("color", Style::Label, false, &array),
            ".blue,black,brown"
        );
        assert_eq!(
            path("color", Style::Label, true, &array),
            ".blue.black.brown"
        );
        assert_eq!(
            path("color", Style::Matrix, false, &json!("blue")),
            ";color=blue"
        );
        assert_eq!(
            path("color", Style::Matrix, false, &array),
            ";color=blue,black,brown"
        );
        assert_eq!(
            path("color", Style::Matrix, true, &array),
            ";color=blue;color=black;color=brown"
        );
        let exploded = path("color", Style::Matrix, true, &object);
        for part in [";R=100", ";G=200", ";B=150"] {
            assert!(exploded.contains(part), "{exploded}");
        }
        let simple = path("color", Style::Simple, true, &object);
        for part in ["R=100", "G=200", "B=150"] {
            assert!(simple.contains(part), "{simple}");
        }
    }

    #[test]
    fn values_cannot_break_out_of_their_place() {
        assert_eq!(
            path("id", Style::Simple, false, &json!("a/b,c;d e?")),
            "a%2Fb%2Cc%3Bd%20e%3F"
        );
        assert_eq!(
            path("ids", Style::Matrix, false, &json!(["x,y", "z"])),
            ";ids=x%2Cy,z"
        );
        assert_eq!(header(&json!([1, 2]), false), "1,2");
        let mut cookies = Vec::new();
        query(
            "flags",
            Style::Form,
            false,
            &json!([true, false]),
            &mut cookies,
        );
        query("n", Style::Form, true, &json!(7), &mut cookies);
        assert_eq!(cookie_header(&cookies).unwrap(), "flags=true,false; n=7");
        assert!(cookie_header(&[("s".into(), "a;b".into())]).is_err());
        assert!(pairs("q", Style::Form, true, Value::Null).is_empty());
        assert!(pairs("f", Style::DeepObject, true, json!({"a": null})).is_empty());
    }
}
