//! typify names a struct field after its property, and properties that differ only in what an
//! identifier cannot hold get one name: `group` and `_group` are both `group` (rclone), `id`
//! and `@id` both `id`, `type` and `@type` both `type_` (JSON-LD, API Platform's Hydra). A
//! struct with two fields of one name does not compile. So the generators read a copy of the
//! contract where each such property but one is spelled so that its field name is free
//! (`_group` as `group_2-`, the field `group_2`), and every string of the code they write is
//! spelled back (`#[serde(rename = "_group")]`): the wire names stay the contract's. The
//! server validates against the contract as written.

use std::collections::BTreeMap;

use proc_macro2::{Group, Literal, TokenStream, TokenTree};
use serde_json::{Map, Value};

use crate::model::Diagnostic;
use crate::pointer;

/// The stand-in spellings of a contract's colliding properties.
#[derive(Debug, Default)]
pub struct Respelled {
    /// Stand-in property name → the contract's.
    back: BTreeMap<String, String>,
}

/// `doc` with the properties whose fields would collide spelled apart (`None`, and no copy
/// made, when none do), what to spell back, and a note for each property spelled apart.
/// `doc` itself is only read.
pub fn distinct_fields(doc: &mut Value) -> (Option<Value>, Respelled, Vec<Diagnostic>) {
    let mut respelled = Respelled::default();
    let mut notes = Vec::new();
    let mut collide = !colliding_parameters(doc).is_empty();
    taller_contract::normalize::for_each_schema(doc, &mut |schema, _| {
        collide = collide || !fields_of(schema).values().all(|names| names.len() == 1);
    });
    collide = collide || !colliding_all_of(doc).is_empty();
    if !collide {
        return (None, respelled, notes);
    }
    let mut copy = doc.clone();
    taller_contract::normalize::for_each_schema(&mut copy, &mut |schema, at| {
        respell(schema, at, &mut respelled.back, &mut notes);
    });
    respell_all_of(&mut copy, &mut respelled.back, &mut notes);
    respell_parameters(&mut copy, &mut respelled.back, &mut notes);
    if respelled.back.is_empty() {
        (None, respelled, notes)
    } else {
        (Some(copy), respelled, notes)
    }
}

/// Spells apart the properties of `schema` whose fields collide, keeping the one whose field
/// is its own name (`type` for `type_` too; else the first) as it is.
fn respell(
    schema: &mut Map<String, Value>,
    at: &str,
    back: &mut BTreeMap<String, String>,
    notes: &mut Vec<Diagnostic>,
) {
    let by_field = fields_of(schema);
    if by_field.values().all(|names| names.len() == 1) {
        return;
    }
    let Some(Value::Object(properties)) = schema.get("properties") else {
        return;
    };
    let mut taken: Vec<String> = by_field.keys().cloned().collect();
    let mut renames = BTreeMap::<String, String>::new();
    for (field, names) in by_field.iter().filter(|(_, names)| names.len() > 1) {
        let kept = names
            .iter()
            .position(|name| owns(name, field))
            .unwrap_or_default();
        for (i, name) in names.iter().enumerate() {
            if i == kept {
                continue;
            }
            let free = free_field(field, |free| {
                let stand_in = format!("{free}-");
                !taken.contains(&free.to_string())
                    && !properties.contains_key(&stand_in)
                    && back.get(&stand_in).is_none_or(|was| was == *name)
            });
            let stand_in = format!("{free}-");
            notes.push(Diagnostic::note(
                "types",
                pointer::join(&pointer::join(at, "properties"), name),
                format!(
                    "property {name:?} would be the field `{field}`, as {:?} is; its field is `{free}`",
                    names[kept]
                ),
            ));
            back.insert(stand_in.clone(), (*name).clone());
            renames.insert((*name).clone(), stand_in);
            taken.push(free);
        }
    }
    for (name, stand_in) in &renames {
        rename_property(schema, name, stand_in);
    }
}

/// A property that typify would merge into a struct (the members of an `allOf`) beside
/// another of its field name.
struct MergedColliding {
    /// The schema with the `allOf`, and its members: the schemas declaring or requiring it.
    group: Vec<String>,
    name: String,
    kept: String,
    field: String,
    /// Every field of the merged struct.
    taken: Vec<String>,
}

/// The schemas typify merges into one struct: each schema with an `allOf`, then its members
/// (inline ones by their pointer, local `$ref`s by their target's).
fn all_of_groups(doc: &mut Value) -> Vec<Vec<String>> {
    let mut groups = Vec::new();
    taller_contract::normalize::for_each_schema(doc, &mut |schema, at| {
        let Some(Value::Array(members)) = schema.get("allOf") else {
            return;
        };
        let mut group = vec![at.to_string()];
        for (i, member) in members.iter().enumerate() {
            match member.get("$ref").and_then(Value::as_str) {
                Some(r) if r.starts_with("#/") => group.push(r[1..].to_string()),
                Some(_) => {}
                None => group.push(format!("{at}/allOf/{i}")),
            }
        }
        groups.push(group);
    });
    groups
}

/// The properties of merged structs ([`all_of_groups`]) to spell apart.
fn colliding_all_of(doc: &mut Value) -> Vec<MergedColliding> {
    let groups = all_of_groups(doc);
    let mut out = Vec::new();
    for group in groups {
        let mut by_field: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for at in &group {
            let Some(Value::Object(properties)) =
                doc.pointer(at).and_then(|schema| schema.get("properties"))
            else {
                continue;
            };
            for name in properties.keys() {
                let names = by_field.entry(field_name(name)).or_default();
                if !names.contains(name) {
                    names.push(name.clone());
                }
            }
        }
        let taken: Vec<String> = by_field.keys().cloned().collect();
        for (field, names) in by_field.iter().filter(|(_, names)| names.len() > 1) {
            let kept = names
                .iter()
                .position(|name| owns(name, field))
                .unwrap_or_default();
            for (_, name) in names.iter().enumerate().filter(|(i, _)| *i != kept) {
                out.push(MergedColliding {
                    group: group.clone(),
                    name: name.clone(),
                    kept: names[kept].clone(),
                    field: field.clone(),
                    taken: taken.clone(),
                });
            }
        }
    }
    out
}

/// Spells apart the properties [`colliding_all_of`] finds, in every member of their merged
/// struct that declares or requires them.
fn respell_all_of(
    doc: &mut Value,
    back: &mut BTreeMap<String, String>,
    notes: &mut Vec<Diagnostic>,
) {
    for c in colliding_all_of(doc) {
        let free = free_field(&c.field, |free| {
            let stand_in = format!("{free}-");
            !c.taken.iter().any(|t| t == free)
                && back.get(&stand_in).is_none_or(|was| *was == c.name)
        });
        let stand_in = format!("{free}-");
        for at in &c.group {
            let Some(Value::Object(schema)) = doc.pointer_mut(at) else {
                continue;
            };
            rename_property(schema, &c.name, &stand_in);
        }
        notes.push(Diagnostic::note(
            "types",
            c.group[0].clone(),
            format!(
                "property {:?} of its allOf would be the field `{}`, as {:?} is; its field is \
                 `{free}`",
                c.name, c.field, c.kept
            ),
        ));
        back.insert(stand_in, c.name);
    }
}

/// Renames property `from` of `schema` to `to`, in `properties` and `required`, keeping the
/// properties' order.
fn rename_property(schema: &mut Map<String, Value>, from: &str, to: &str) {
    if let Some(Value::Object(properties)) = schema.get_mut("properties")
        && properties.contains_key(from)
    {
        let renamed = std::mem::take(properties)
            .into_iter()
            .map(|(name, value)| {
                if name == from {
                    (to.to_string(), value)
                } else {
                    (name, value)
                }
            })
            .collect();
        *properties = renamed;
    }
    if let Some(Value::Array(required)) = schema.get_mut("required") {
        for name in required
            .iter_mut()
            .filter(|name| name.as_str() == Some(from))
        {
            *name = Value::String(to.to_string());
        }
    }
}

/// A parameter of an operation that would share its Rust name with another of it (progenitor's
/// builder fields, the server's parameter structs).
struct Colliding {
    /// The path item and the method of the operation.
    item_at: String,
    method: String,
    /// Its place in the operation's parameters, path-level ones first ([`effective`]).
    index: usize,
    /// Where the contract writes it (its component's pointer when it is a `$ref`).
    at: String,
    name: String,
    kept: String,
    free: String,
}

/// An operation's parameters as they apply to it: the path item's, then its own, one of its
/// own replacing a path item's of the same name and place. Each with where it is written (its
/// component when a `$ref`), its name and whether it is in the path.
fn effective<'a>(
    doc: &'a Value,
    item: &'a Map<String, Value>,
    item_at: &str,
    op: &'a Value,
    op_at: &str,
) -> Vec<(&'a Value, String, String, bool)> {
    let mut params: Vec<(&'a Value, String, String, bool)> = Vec::new();
    for (list, list_at) in [
        (item.get("parameters"), pointer::join(item_at, "parameters")),
        (op.get("parameters"), pointer::join(op_at, "parameters")),
    ] {
        let Some(Value::Array(list)) = list else {
            continue;
        };
        for (i, raw) in list.iter().enumerate() {
            let (p, at) = match raw.get("$ref").and_then(Value::as_str) {
                Some(r) if r.starts_with("#/") => match doc.pointer(&r[1..]) {
                    Some(p) => (p, r[1..].to_string()),
                    None => continue,
                },
                _ => (raw, pointer::join(&list_at, &i.to_string())),
            };
            let Some(name) = p.get("name").and_then(Value::as_str) else {
                continue;
            };
            let place = p.get("in").and_then(Value::as_str).unwrap_or_default();
            params.retain(|(q, n, _, _)| {
                !(n == name && q.get("in").and_then(Value::as_str).unwrap_or_default() == place)
            });
            params.push((p, name.to_string(), at, place == "path"));
        }
    }
    params
}

/// The parameters to spell apart, operation by operation. Path parameters keep their names
/// (the template spells them); a query, header or cookie parameter beside another of its Rust
/// name is spelled apart.
fn colliding_parameters(doc: &Value) -> Vec<Colliding> {
    let mut out = Vec::new();
    let Some(Value::Object(paths)) = doc.get("paths") else {
        return out;
    };
    for (path, item) in paths {
        let Value::Object(item) = item else { continue };
        let item_at = pointer::join("/paths", path);
        for (method, op) in item {
            if !crate::model::is_method(method) {
                continue;
            }
            let op_at = pointer::join(&item_at, method);
            let params = effective(doc, item, &item_at, op, &op_at);
            let mut by_field: BTreeMap<String, Vec<usize>> = BTreeMap::new();
            for (i, p) in params.iter().enumerate() {
                by_field.entry(field_name(&p.1)).or_default().push(i);
            }
            let mut taken: Vec<String> = by_field.keys().cloned().collect();
            for (field, group) in by_field.iter().filter(|(_, g)| g.len() > 1) {
                let kept = group
                    .iter()
                    .position(|i| params[*i].3)
                    .or_else(|| group.iter().position(|i| owns(&params[*i].1, field)))
                    .unwrap_or_default();
                for (n, i) in group.iter().enumerate() {
                    if n == kept || params[*i].3 {
                        continue;
                    }
                    let free = free_field(field, |free| !taken.iter().any(|t| t == free));
                    taken.push(free.clone());
                    out.push(Colliding {
                        item_at: item_at.clone(),
                        method: method.clone(),
                        index: *i,
                        at: params[*i].2.clone(),
                        name: params[*i].1.clone(),
                        kept: params[group[kept]].1.clone(),
                        free,
                    });
                }
            }
        }
    }
    out
}

/// Spells apart the parameters [`colliding_parameters`] finds, in `doc`. The path item's
/// parameters move into each of its operations, and a parameter spelled apart is written out
/// in its operation (not in its component, which other operations share).
fn respell_parameters(
    doc: &mut Value,
    back: &mut BTreeMap<String, String>,
    notes: &mut Vec<Diagnostic>,
) {
    let colliding = colliding_parameters(doc);
    let items: std::collections::BTreeSet<&String> = colliding.iter().map(|c| &c.item_at).collect();
    for item_at in items {
        let Some(Value::Object(item)) = doc.pointer(item_at) else {
            continue;
        };
        let mut lists = Vec::new();
        for (method, op) in item.iter().filter(|(m, _)| crate::model::is_method(m)) {
            let op_at = pointer::join(item_at, method);
            let mut list: Vec<Value> = effective(doc, item, item_at, op, &op_at)
                .into_iter()
                .map(|p| p.0.clone())
                .collect();
            for c in colliding
                .iter()
                .filter(|c| c.item_at == *item_at && c.method == *method)
            {
                let mut stand_in = format!("{}-", c.free);
                let mut n = 2;
                while back.get(&stand_in).is_some_and(|was| *was != c.name) {
                    stand_in = format!("{}_{n}-", c.free);
                    n += 1;
                }
                list[c.index]["name"] = Value::String(stand_in.clone());
                notes.push(Diagnostic::note(
                    "types",
                    pointer::join(&c.at, "name"),
                    format!(
                        "parameter {:?} of {} would have the Rust name of {:?}; its name in \
                         Rust is `{}`",
                        c.name,
                        method.to_ascii_uppercase(),
                        c.kept,
                        field_name(&stand_in)
                    ),
                ));
                back.insert(stand_in, c.name.clone());
            }
            lists.push((method.clone(), list));
        }
        let Some(Value::Object(item)) = doc.pointer_mut(item_at) else {
            continue;
        };
        item.remove("parameters");
        for (method, list) in lists {
            if let Some(Value::Object(op)) = item.get_mut(&method) {
                op.insert("parameters".into(), Value::Array(list));
            }
        }
    }
}

/// Whether `name` is the one of its colliding names that keeps `field`: the field is the name
/// itself (`group`), or the name with the `_` a keyword gets (`type` for `type_`).
fn owns(name: &str, field: &str) -> bool {
    field.strip_suffix('_').unwrap_or(field) == name
}

/// The first of `<field>_2`, `<field>_3`, … that `free` accepts.
fn free_field(field: &str, free: impl Fn(&str) -> bool) -> String {
    (2..)
        .map(|n| format!("{field}_{n}"))
        .find(|name| free(name))
        .expect("an unbounded range finds a free name")
}

/// The properties of `schema` by the field typify names each after.
fn fields_of(schema: &Map<String, Value>) -> BTreeMap<String, Vec<&String>> {
    let mut by_field: BTreeMap<String, Vec<&String>> = BTreeMap::new();
    if let Some(Value::Object(properties)) = schema.get("properties") {
        for name in properties.keys() {
            by_field.entry(field_name(name)).or_default().push(name);
        }
    }
    by_field
}

impl Respelled {
    /// `tokens` with every stand-in spelled back: a string that is one, and one quoted in a
    /// longer string (typify's doc comments quote the schema).
    pub fn spell_back(&self, tokens: TokenStream) -> TokenStream {
        if self.back.is_empty() {
            return tokens;
        }
        tokens
            .into_iter()
            .map(|tree| match tree {
                TokenTree::Group(group) => {
                    let mut spelled =
                        Group::new(group.delimiter(), self.spell_back(group.stream()));
                    spelled.set_span(group.span());
                    TokenTree::Group(spelled)
                }
                TokenTree::Literal(literal) => TokenTree::Literal(self.literal(literal)),
                other => other,
            })
            .collect()
    }

    /// `diagnostic` as the contract spells it: a stand-in in its pointer or message is the
    /// name it stands for.
    pub fn diagnostic(&self, mut diagnostic: Diagnostic) -> Diagnostic {
        for (stand_in, name) in &self.back {
            if diagnostic.pointer.contains(stand_in.as_str()) {
                diagnostic.pointer = diagnostic
                    .pointer
                    .split('/')
                    .map(|token| {
                        if token == stand_in {
                            pointer::escape(name)
                        } else {
                            token.into()
                        }
                    })
                    .collect::<Vec<_>>()
                    .join("/");
            }
            diagnostic.message = diagnostic.message.replace(stand_in.as_str(), name);
        }
        diagnostic
    }

    fn literal(&self, literal: Literal) -> Literal {
        let Ok(string) = syn::parse2::<syn::LitStr>(TokenTree::Literal(literal.clone()).into())
        else {
            return literal;
        };
        let value = string.value();
        let spelled = match self.back.get(&value) {
            Some(name) => name.clone(),
            None if value.contains("-\"") => {
                let mut value = value;
                for (stand_in, name) in &self.back {
                    value = value.replace(
                        &format!("\"{stand_in}\""),
                        &serde_json::to_string(name).expect("a string serialises"),
                    );
                }
                value
            }
            None => return literal,
        };
        let mut out = Literal::string(&spelled);
        out.set_span(literal.span());
        out
    }
}

/// typify's field name for a property: its snake case, characters an identifier cannot hold
/// read as word breaks, `x` before a leading digit, `_` after a keyword.
pub(crate) fn field_name(property: &str) -> String {
    use heck::ToSnakeCase;
    let cleaned: String = property
        .replace('\'', "")
        .chars()
        .map(|c| {
            if unicode_ident::is_xid_continue(c) {
                c
            } else {
                '-'
            }
        })
        .collect();
    let name = cleaned.to_snake_case();
    let name = match name.chars().next() {
        None => "x".to_string(),
        Some(c) if unicode_ident::is_xid_start(c) => name,
        Some(_) => format!("x{name}"),
    };
    if syn::parse_str::<syn::Ident>(&name).is_ok() && name != "gen" {
        name
    } else {
        format!("{name}_")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn field_names_follow_typify() {
        for (property, field) in [
            ("group", "group"),
            ("_group", "group"),
            ("@id", "id"),
            ("@type", "type_"),
            ("type", "type_"),
            ("fooBar", "foo_bar"),
            ("foo-bar", "foo_bar"),
            ("2fa", "x2fa"),
            ("group_2-", "group_2"),
            ("id_2-", "id_2"),
            ("type_2-", "type_2"),
        ] {
            assert_eq!(field_name(property), field, "{property}");
        }
    }

    #[test]
    fn colliding_properties_are_spelled_apart_and_back() {
        let doc = json!({
            "openapi": "3.0.3",
            "components": {"schemas": {"Stats": {
                "type": "object",
                "required": ["_group", "id"],
                "properties": {
                    "_group": {"type": "string"},
                    "group": {"type": "string"},
                    "@id": {"type": "string"},
                    "id": {"type": "integer"},
                    "name": {"type": "string"},
                },
            }}},
        });
        let (copy, respelled, notes) = distinct_fields(&mut doc.clone());
        let copy = copy.expect("two collisions");
        let stats = &copy["components"]["schemas"]["Stats"];
        let mut keys: Vec<&String> = stats["properties"].as_object().unwrap().keys().collect();
        keys.sort();
        assert_eq!(keys, ["group", "group_2-", "id", "id_2-", "name"]);
        assert_eq!(stats["required"], json!(["group_2-", "id"]));
        assert_eq!(notes.len(), 2, "{notes:?}");
        let tokens: TokenStream = quote::quote! {
            #[serde(rename = "group_2-")]
            pub group_2: Option<String>,
            #[doc = "```json\n{\"id_2-\": {\"type\": \"string\"}}\n```"]
            pub id_2: Option<String>,
            #[serde(rename = "kept")]
            pub kept: u8,
        };
        let spelled = respelled.spell_back(tokens).to_string();
        assert!(spelled.contains(r#"rename = "_group""#), "{spelled}");
        assert!(spelled.contains(r#"{\"@id\": {"#), "{spelled}");
        assert!(spelled.contains(r#"rename = "kept""#), "{spelled}");
        assert!(!spelled.contains("-\\\""), "{spelled}");
    }

    #[test]
    fn parameters_are_spelled_apart_in_their_operation_only() {
        let doc = json!({
            "components": {"parameters": {"Group": {"name": "_group", "in": "query"}}},
            "paths": {"/g": {
                "parameters": [{"$ref": "#/components/parameters/Group"}],
                "get": {"parameters": [
                    {"name": "_group", "in": "query", "schema": {"type": "integer"}},
                    {"name": "group", "in": "query"},
                    {"name": "Group", "in": "path"},
                ]},
                "post": {},
            }},
        });
        let (copy, respelled, notes) = distinct_fields(&mut doc.clone());
        let copy = copy.expect("a collision");
        let item = &copy["paths"]["/g"];
        assert!(item.get("parameters").is_none(), "{item}");
        // GET's own `_group` replaces the path item's; beside the path parameter `Group`,
        // which keeps its name, both query parameters are spelled apart.
        let get: Vec<&str> = item["get"]["parameters"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p["name"].as_str().unwrap())
            .collect();
        assert_eq!(get, ["group_2-", "group_3-", "Group"]);
        assert_eq!(item["get"]["parameters"][0]["schema"]["type"], "integer");
        // POST has the path item's `_group` alone, as it is; the component is untouched.
        assert_eq!(
            item["post"]["parameters"],
            json!([{"name": "_group", "in": "query"}])
        );
        assert_eq!(copy["components"], doc["components"]);
        assert_eq!(notes.len(), 2, "{notes:?}");
        assert_eq!(respelled.back["group_2-"], "_group");
    }

    #[test]
    fn a_contract_without_collisions_is_not_copied() {
        let doc = json!({"components": {"schemas": {"A": {"properties": {"a": {}, "b": {}}}}}});
        let (copy, _, notes) = distinct_fields(&mut doc.clone());
        assert!(copy.is_none());
        assert!(notes.is_empty());
    }
}
