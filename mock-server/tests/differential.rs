//! The mock server and a generated server must refuse the same requests. For every operation
//! of the project's contracts (and codegen's demo fixture), this sends a valid request built
//! from the contract's examples and invalid variants of it (a required property or parameter
//! left out, a value of the wrong type, `null` where the schema has none) to the real
//! `mock-server` binary and to `taller-contract`'s validator (what every generated server
//! runs), and compares the verdicts: accepted by both, or refused by both naming the same
//! fields. Where Prism compatibility answers with another status, only the verdict and the
//! fields are compared (docs/CONFORMANCE.md).

mod support;

use std::collections::BTreeSet;

use serde_json::{Map, Value, json};
use support::*;
use taller_contract::validate::{Contract, RawRequest};

/// One request: path (filled in), query pairs, headers, JSON body.
#[derive(Clone, Debug)]
struct Req {
    what: String,
    path: String,
    query: Vec<(String, String)>,
    headers: Vec<(String, String)>,
    body: Option<Value>,
}

fn resolve<'a>(doc: &'a Value, mut v: &'a Value) -> &'a Value {
    for _ in 0..16 {
        match v.get("$ref").and_then(Value::as_str) {
            Some(r) => v = doc.pointer(r.trim_start_matches('#')).unwrap_or(v),
            None => break,
        }
    }
    v
}

/// An example value for a parameter, as text.
fn param_example(doc: &Value, p: &Value) -> String {
    let schema = resolve(doc, p.get("schema").unwrap_or(&Value::Null));
    let value = p
        .get("example")
        .or_else(|| {
            p.get("examples")
                .and_then(Value::as_object)
                .and_then(|m| m.values().next())
                .map(|e| resolve(doc, e))
                .and_then(|e| e.get("value"))
        })
        .or_else(|| schema.get("example"))
        .or_else(|| schema.get("default"))
        .or_else(|| schema.get("enum").and_then(|e| e.get(0)))
        .cloned()
        .unwrap_or_else(|| match schema.get("type").and_then(Value::as_str) {
            Some("integer") | Some("number") => json!(1),
            Some("boolean") => json!(true),
            _ => json!("x"),
        });
    match value {
        Value::String(s) => s,
        other => other.to_string(),
    }
}

fn body_example(doc: &Value, media: &Value) -> Option<Value> {
    media.get("example").cloned().or_else(|| {
        media
            .get("examples")
            .and_then(Value::as_object)
            .and_then(|m| m.values().next())
            .map(|e| resolve(doc, e))
            .and_then(|e| e.get("value"))
            .cloned()
    })
}

/// The valid request of an operation and its invalid variants.
fn requests(doc: &Value, path: &str, item: &Value, op: &Value) -> Vec<Req> {
    let params: Vec<&Value> = item
        .get("parameters")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .chain(
            op.get("parameters")
                .and_then(Value::as_array)
                .into_iter()
                .flatten(),
        )
        .map(|p| resolve(doc, p))
        .collect();
    let mut base = Req {
        what: "valid".into(),
        path: path.to_string(),
        query: Vec::new(),
        headers: Vec::new(),
        body: None,
    };
    for p in &params {
        let name = p["name"].as_str().unwrap_or_default().to_string();
        let required = p.get("required").and_then(Value::as_bool).unwrap_or(false);
        let value = param_example(doc, p);
        match p["in"].as_str() {
            Some("path") => base.path = base.path.replace(&format!("{{{name}}}"), &value),
            Some("query") if required => base.query.push((name, value)),
            Some("header") if required => base.headers.push((name, value)),
            _ => {}
        }
    }
    let media = op
        .get("requestBody")
        .map(|b| resolve(doc, b))
        .and_then(|b| b.get("content"))
        .and_then(|c| c.get("application/json"));
    if let Some(media) = media {
        match body_example(doc, media) {
            Some(example) => base.body = Some(example),
            None => return Vec::new(),
        }
    }
    let mut out = vec![base.clone()];
    for (i, (name, _)) in base.query.iter().enumerate() {
        let mut r = base.clone();
        r.what = format!("query {name} left out");
        r.query.remove(i);
        out.push(r);
    }
    for (i, (name, _)) in base.headers.iter().enumerate() {
        let mut r = base.clone();
        r.what = format!("header {name} left out");
        r.headers.remove(i);
        out.push(r);
    }
    if let (Some(media), Some(Value::Object(example))) = (media, &base.body) {
        let schema = resolve(doc, media.get("schema").unwrap_or(&Value::Null));
        let required: Vec<String> = schema
            .get("required")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(|v| v.as_str().map(str::to_string))
            .collect();
        let properties = schema.get("properties").and_then(Value::as_object);
        for name in &required {
            if example.contains_key(name) {
                let mut body: Map<String, Value> = example.clone();
                body.remove(name);
                out.push(Req {
                    what: format!("body {name} left out"),
                    body: Some(Value::Object(body)),
                    ..base.clone()
                });
            }
        }
        for (name, value) in example {
            let wrong = match value {
                Value::String(_) => json!(12345),
                Value::Number(_) | Value::Bool(_) => json!("not-a-value"),
                Value::Array(_) | Value::Object(_) => json!("not-a-value"),
                Value::Null => continue,
            };
            let mut body = example.clone();
            body.insert(name.clone(), wrong);
            out.push(Req {
                what: format!("body {name} of the wrong type"),
                body: Some(Value::Object(body)),
                ..base.clone()
            });
            let nullable = properties
                .and_then(|p| p.get(name))
                .map(|s| s.to_string().contains("\"nullable\":true"))
                .unwrap_or(true);
            let mut body = example.clone();
            body.insert(name.clone(), Value::Null);
            out.push(Req {
                what: format!("body {name} null (nullable: {nullable})"),
                body: Some(Value::Object(body)),
                ..base.clone()
            });
            let format = properties
                .and_then(|p| p.get(name))
                .map(|s| resolve(doc, s))
                .and_then(|s| s.get("format"))
                .and_then(Value::as_str);
            if let (Some(format), Value::String(_)) = (format, value) {
                let mut body = example.clone();
                body.insert(name.clone(), json!("not-a-value"));
                out.push(Req {
                    what: format!("body {name} breaking format {format}"),
                    body: Some(Value::Object(body)),
                    ..base.clone()
                });
            }
        }
    }
    out
}

/// (refused, the failing fields as pointers) from the contract's validator.
fn runtime_verdict(
    contract: &Contract,
    id: &str,
    template: &str,
    r: &Req,
) -> (bool, BTreeSet<String>) {
    let operation = contract.operation(id).expect("every operation compiles");
    let mut path_params = Vec::new();
    for (t, actual) in template.split('/').zip(r.path.split('/')) {
        if let Some(name) = t.strip_prefix('{').and_then(|t| t.strip_suffix('}')) {
            path_params.push((name.to_string(), actual.to_string()));
        }
    }
    let query: String = form_urlencoded::Serializer::new(String::new())
        .extend_pairs(r.query.iter())
        .finish();
    let mut headers = http::HeaderMap::new();
    for (k, v) in &r.headers {
        headers.insert(
            http::HeaderName::from_bytes(k.as_bytes()).unwrap(),
            http::HeaderValue::from_str(v).unwrap(),
        );
    }
    let body = match &r.body {
        // A string stands for a form body (see `form_bodies_get_the_same_verdicts`).
        Some(Value::String(form)) => {
            headers.insert(
                "content-type",
                http::HeaderValue::from_static("application/x-www-form-urlencoded"),
            );
            form.clone().into_bytes()
        }
        Some(b) => {
            headers.insert(
                "content-type",
                http::HeaderValue::from_static("application/json"),
            );
            b.to_string().into_bytes()
        }
        None => Vec::new(),
    };
    let raw = RawRequest {
        path_params: &path_params,
        query: Some(query.as_str()).filter(|q| !q.is_empty()),
        headers: &headers,
        body: &body,
    };
    match operation.validate(&raw) {
        Ok(_) => (false, BTreeSet::new()),
        Err(rejection) => (
            true,
            rejection
                .errors
                .iter()
                .map(|e| match e.pointer.strip_prefix("/header/") {
                    // Header names are case-insensitive; the mock reports them lower-cased.
                    Some(name) => format!("/header/{}", name.to_ascii_lowercase()),
                    None => e.pointer.clone(),
                })
                .collect(),
        ),
    }
}

/// (refused, the failing fields as pointers) from the mock's `sl-violations` header.
fn mock_verdict(base: &str, method: &str, r: &Req) -> (bool, BTreeSet<String>) {
    let query: String = form_urlencoded::Serializer::new(String::new())
        .extend_pairs(r.query.iter())
        .finish();
    let url = if query.is_empty() {
        format!("{base}{}", r.path)
    } else {
        format!("{base}{}?{query}", r.path)
    };
    let mut headers: Vec<(&str, &str)> = r
        .headers
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    // Credentials are the gateway's business in a generated server (its validator does not
    // check them); the mock checks that they are present, so every request carries a token.
    if !headers
        .iter()
        .any(|(k, _)| k.eq_ignore_ascii_case("authorization"))
    {
        headers.push(("authorization", "Bearer differential"));
    }
    let body = r.body.as_ref().map(|b| match b {
        Value::String(form) => {
            headers.push(("content-type", "application/x-www-form-urlencoded"));
            form.clone()
        }
        b => b.to_string(),
    });
    let reply = call(
        &method.to_ascii_uppercase(),
        &url,
        &headers,
        body.as_deref(),
    );
    let Some(violations) = reply.header("sl-violations") else {
        return (false, BTreeSet::new());
    };
    let list: Vec<Value> = serde_json::from_str(violations).unwrap_or_default();
    // Only the request's violations: the mock also reports its own answer's.
    let errors: Vec<&Value> = list
        .iter()
        .filter(|v| v["severity"] == "Error" && v["location"][0] == "request")
        .collect();
    let pointers = errors
        .iter()
        .map(|v| {
            let location: Vec<String> = v["location"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|s| s.as_str().map(str::to_string))
                .skip(1) // "request"
                .collect();
            // Prism names a missing property at its object, in the message; the runtime at the
            // property itself.
            let missing = v["message"]
                .as_str()
                .and_then(|m| m.strip_prefix("must have required property '"))
                .and_then(|m| m.strip_suffix('\''))
                .map(|name| format!("/{name}"))
                .unwrap_or_default();
            let at: String = location[1.min(location.len())..]
                .iter()
                .map(|s| format!("/{s}"))
                .collect();
            match location.first().map(String::as_str) {
                Some("body") => format!("{at}{missing}"),
                Some(part) => format!("/{part}{at}{missing}").to_ascii_lowercase(),
                None => String::new(),
            }
        })
        .collect();
    (!errors.is_empty(), pointers)
}

#[test]
fn mock_and_generated_servers_refuse_the_same_requests() {
    let mut specs: Vec<String> = std::fs::read_dir("../specs")
        .unwrap()
        .map(|e| e.unwrap().path().to_string_lossy().to_string())
        .filter(|p| p.ends_with(".yaml"))
        .collect();
    specs.sort();
    // Codegen's fixtures add the other inputs the mock takes: Swagger 2.0, OpenAPI 3.1 and a
    // contract spread over several files.
    for fixture in [
        "taller-demo.yaml",
        "swagger2-demo.yaml",
        "edge/openapi-3-1.yaml",
        "multi-file-demo/openapi.yaml",
    ] {
        specs.push(format!("../codegen/tests/fixtures/{fixture}"));
    }
    specs.push("tests/fixtures/differential.yaml".into());
    let (mut compared, mut disagreements) = (0, Vec::new());
    for spec in &specs {
        let source = taller_contract::load(spec).unwrap();
        let mut doc = taller_contract::bundle(&source).unwrap().doc;
        taller_contract::normalize::to_openapi30(&mut doc, source.version);
        let contract = Contract::from_json(&doc.to_string()).unwrap();
        let server = start(&[spec.as_str()]);
        for (path, item) in doc["paths"].as_object().unwrap() {
            for (method, op) in item.as_object().unwrap() {
                let Some(id) = op.get("operationId").and_then(Value::as_str) else {
                    continue;
                };
                for r in requests(&doc, path, item, op) {
                    let runtime = runtime_verdict(&contract, id, path, &r);
                    let mock = mock_verdict(&server.base, method, &r);
                    compared += 1;
                    if runtime != mock {
                        disagreements.push(format!(
                            "{spec} {method} {path} ({}): generated server {runtime:?}, mock {mock:?}",
                            r.what
                        ));
                    }
                }
            }
        }
    }
    eprintln!(
        "{compared} requests compared over {} contracts",
        specs.len()
    );
    assert!(compared > 100, "only {compared} requests compared");
    assert!(
        disagreements.is_empty(),
        "{} of {compared} requests get different verdicts:\n{}",
        disagreements.len(),
        disagreements.join("\n")
    );
}

/// Parameters in the styles one side used to read alone (cookies, exploded and deepObject
/// query objects, pipe- and space-delimited arrays, exploded header objects, header lists):
/// both now read them with `taller-contract`'s `Parameter`, so each case gets the same verdict
/// naming the same fields.
#[test]
fn parameter_styles_get_the_same_verdicts() {
    let pairs = |list: &[(&str, &str)]| -> Vec<(String, String)> {
        list.iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    };
    let base = Req {
        what: "valid".into(),
        path: "/styles/1,2".into(),
        query: pairs(&[("colour", "red"), ("size", "3")]),
        headers: pairs(&[("cookie", "session=s1")]),
        body: None,
    };
    let with_query = |what: &str, extra: &[(&str, &str)]| {
        let mut r = base.clone();
        r.what = what.into();
        r.query.extend(pairs(extra));
        r
    };
    let with_header = |what: &str, name: &str, value: &str| {
        let mut r = base.clone();
        r.what = what.into();
        r.headers.retain(|(n, _)| n != name);
        r.headers.push((name.into(), value.into()));
        r
    };
    let cases = vec![
        (base.clone(), vec![]),
        (
            Req {
                path: "/styles/1,x".into(),
                ..with_query("path array item not an integer", &[])
            },
            vec!["/path/ids/1"],
        ),
        (
            Req {
                query: Vec::new(),
                ..with_query("exploded object left out", &[])
            },
            vec!["/query/filter"],
        ),
        (
            Req {
                query: pairs(&[("colour", "green"), ("size", "3")]),
                ..with_query("exploded object field not in its enum", &[])
            },
            vec!["/query/filter/colour"],
        ),
        (
            Req {
                query: pairs(&[("colour", "blue"), ("size", "x")]),
                ..with_query("exploded object field not an integer", &[])
            },
            vec!["/query/filter/size"],
        ),
        (
            Req {
                query: pairs(&[("size", "0")]),
                ..with_query("exploded object field below its minimum", &[])
            },
            vec!["/query/filter/size"],
        ),
        (
            with_query("deepObject", &[("range[from]", "1"), ("range[to]", "50")]),
            vec![],
        ),
        (
            with_query("deepObject field not an integer", &[("range[to]", "x")]),
            vec!["/query/range/to"],
        ),
        (
            with_query(
                "deepObject field above its maximum",
                &[("range[to]", "500")],
            ),
            vec!["/query/range/to"],
        ),
        (with_query("pipeDelimited", &[("pipes", "1|2")]), vec![]),
        (
            with_query("pipeDelimited item wrong", &[("pipes", "1|x")]),
            vec!["/query/pipes/1"],
        ),
        (with_query("spaceDelimited", &[("spaces", "1 2.5")]), vec![]),
        (
            with_query("spaceDelimited item wrong", &[("spaces", "1 x")]),
            vec!["/query/spaces/1"],
        ),
        (
            with_query("spaceDelimited too long", &[("spaces", "1 2 3 4")]),
            vec!["/query/spaces"],
        ),
        (with_query("form list", &[("tags", "ab,cd")]), vec![]),
        (
            with_query("form list item too short", &[("tags", "ab,c")]),
            vec!["/query/tags/1"],
        ),
        (
            with_header("exploded header object", "x-dims", "w=1,h=2"),
            vec![],
        ),
        (
            with_header("exploded header object field wrong", "x-dims", "w=1,h=x"),
            vec!["/header/x-dims/h"],
        ),
        (
            with_header("header list spaced out", "x-ids", "1, 2"),
            vec![],
        ),
        (
            with_header("header list item wrong", "x-ids", "1,x"),
            vec!["/header/x-ids/1"],
        ),
        (
            Req {
                headers: Vec::new(),
                ..with_query("cookie left out", &[])
            },
            vec!["/cookie/session"],
        ),
        (
            with_header("cookie breaking its pattern", "cookie", "session=x1"),
            vec!["/cookie/session"],
        ),
        (
            with_header("cookies", "cookie", "count=3; session=s2; flags=true,false"),
            vec![],
        ),
        (
            with_header("cookie not an integer", "cookie", "session=s1; count=x"),
            vec!["/cookie/count"],
        ),
        (
            with_header("cookie above its maximum", "cookie", "session=s1; count=12"),
            vec!["/cookie/count"],
        ),
        (
            with_header(
                "cookie list item wrong",
                "cookie",
                "session=s1; flags=true,maybe",
            ),
            vec!["/cookie/flags/1"],
        ),
    ];
    same_verdicts(("readStyles", "/styles/{ids}", "get"), cases);
}

/// Form bodies: both read the fields with `taller-contract`'s `form_object` (types from the
/// schema, repeated fields as arrays, delimited ones split) and check them with the schema.
#[test]
fn form_bodies_get_the_same_verdicts() {
    let form = |what: &str, text: &str| Req {
        what: what.into(),
        path: "/forms".into(),
        query: Vec::new(),
        headers: Vec::new(),
        body: Some(Value::String(text.into())),
    };
    // Every case sends `codes`: an absent pipe-delimited field is Prism's empty string for the
    // mock (refused), no value for a generated server (the one difference, Dialect::Prism).
    let cases = [
        (
            form("valid", "name=Ana&age=41&tags=a&tags=b&codes=1|2"),
            vec![],
        ),
        (
            form("required field left out", "age=41&codes=1"),
            vec!["/name"],
        ),
        (form("field too short", "name=A&codes=1"), vec!["/name"]),
        (
            form("field not an integer", "name=Ana&age=old&codes=1"),
            vec!["/age"],
        ),
        (
            form("field below its minimum", "name=Ana&age=-1&codes=1"),
            vec!["/age"],
        ),
        (
            form(
                "repeated field item not in its enum",
                "name=Ana&tags=a&tags=c&codes=1",
            ),
            vec!["/tags/1"],
        ),
        (
            form("delimited field item not an integer", "name=Ana&codes=1|x"),
            vec!["/codes/1"],
        ),
        (
            form("delimited field too long", "name=Ana&codes=1|2|3"),
            vec!["/codes"],
        ),
    ];
    same_verdicts(("submitForm", "/forms", "post"), cases.into());
}

/// Sends each case of `tests/fixtures/differential-params.yaml`'s operation `(id, path
/// template, method)` to its generated-server validator and to the mock: both must give the
/// expected verdict, naming the expected fields (none: accepted).
fn same_verdicts(operation: (&str, &str, &str), cases: Vec<(Req, Vec<&str>)>) {
    let spec = "tests/fixtures/differential-params.yaml";
    let source = taller_contract::load(spec).unwrap();
    let doc = taller_contract::bundle(&source).unwrap().doc;
    let contract = Contract::from_json(&doc.to_string()).unwrap();
    let server = start(&[spec]);
    let (id, template, method) = operation;
    let mut disagreements = Vec::new();
    for (r, expected) in cases {
        let expected: BTreeSet<String> = expected.into_iter().map(str::to_string).collect();
        let expected = (!expected.is_empty(), expected);
        let runtime = runtime_verdict(&contract, id, template, &r);
        let mock = mock_verdict(&server.base, method, &r);
        if runtime != expected || mock != expected {
            disagreements.push(format!(
                "{}: expected {expected:?}, generated server {runtime:?}, mock {mock:?}",
                r.what
            ));
        }
    }
    assert!(
        disagreements.is_empty(),
        "{} cases read apart:\n{}",
        disagreements.len(),
        disagreements.join("\n")
    );
}
