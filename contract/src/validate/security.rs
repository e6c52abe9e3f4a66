//! Security requirements: which credentials an operation wants, compiled from
//! `components.securitySchemes` and the document's or the operation's `security`.
//!
//! An operation's requirement is a list of alternatives (any one will do); each alternative
//! names schemes that must all be satisfied, with the scopes each must grant. No alternatives
//! (no `security` anywhere, or `security: []`) means the operation is open; an empty
//! alternative (`- {}`) means a caller without credentials is also let in.

use std::collections::HashMap;

use serde_json::Value;

use super::error::Error;
use super::refs::{self, escape};

/// Where an API key travels.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyLocation {
    Header,
    Query,
    Cookie,
}

/// What kind of credential a scheme takes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SchemeKind {
    /// `type: apiKey`: a key in the named header, query parameter or cookie.
    ApiKey { location: KeyLocation, name: String },
    /// `type: http, scheme: basic`: `Authorization: Basic base64(user:password)`.
    Basic,
    /// `type: http, scheme: bearer`, `type: oauth2` and `type: openIdConnect`: an
    /// `Authorization: Bearer <token>`.
    Bearer,
    /// A scheme a server cannot check by itself (`mutualTLS`, other `http` schemes): never
    /// satisfied.
    Unsupported(String),
}

/// One scheme of an alternative, with the scopes it must grant.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SchemeUse {
    /// The scheme's name in `components.securitySchemes`.
    pub name: String,
    pub kind: SchemeKind,
    pub scopes: Vec<String>,
}

/// One alternative of a requirement: every scheme must be satisfied.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Alternative {
    pub schemes: Vec<SchemeUse>,
}

/// The schemes of the document, by name.
pub(crate) struct Schemes(HashMap<String, SchemeKind>);

impl Schemes {
    pub(crate) fn compile(root: &Value) -> Result<Schemes, Error> {
        let mut schemes = HashMap::new();
        let Some(Value::Object(map)) = root.pointer("/components/securitySchemes") else {
            return Ok(Schemes(schemes));
        };
        for (name, scheme) in map {
            let pointer = format!("/components/securitySchemes/{}", escape(name));
            let scheme = refs::resolve(root, scheme, &pointer)?;
            schemes.insert(name.clone(), kind(scheme, &pointer)?);
        }
        Ok(Schemes(schemes))
    }

    /// The alternatives of the `security` value at `pointer` (`None`: not given).
    pub(crate) fn requirement(
        &self,
        security: Option<&Value>,
        pointer: &str,
    ) -> Result<Option<Vec<Alternative>>, Error> {
        let Some(security) = security else {
            return Ok(None);
        };
        let list = security
            .as_array()
            .ok_or_else(|| shape(pointer, "must be an array"))?;
        let mut alternatives = Vec::new();
        for (index, entry) in list.iter().enumerate() {
            let here = format!("{pointer}/{index}");
            let entry = entry
                .as_object()
                .ok_or_else(|| shape(&here, "must be an object"))?;
            let mut schemes = Vec::new();
            for (name, scopes) in entry {
                let kind = self.0.get(name).cloned().ok_or_else(|| {
                    shape(
                        &format!("{here}/{}", escape(name)),
                        &format!("security scheme {name:?} is not in components.securitySchemes"),
                    )
                })?;
                let scopes = scopes
                    .as_array()
                    .map(|s| {
                        s.iter()
                            .filter_map(Value::as_str)
                            .map(str::to_owned)
                            .collect()
                    })
                    .unwrap_or_default();
                schemes.push(SchemeUse {
                    name: name.clone(),
                    kind,
                    scopes,
                });
            }
            alternatives.push(Alternative { schemes });
        }
        Ok(Some(alternatives))
    }
}

fn kind(scheme: &Value, pointer: &str) -> Result<SchemeKind, Error> {
    let text = |key: &str| scheme.get(key).and_then(Value::as_str);
    Ok(match text("type") {
        Some("apiKey") => {
            let location = match text("in") {
                Some("header") => KeyLocation::Header,
                Some("query") => KeyLocation::Query,
                Some("cookie") => KeyLocation::Cookie,
                _ => {
                    return Err(shape(
                        pointer,
                        "an apiKey scheme needs `in`: header, query or cookie",
                    ));
                }
            };
            let name = text("name")
                .ok_or_else(|| shape(pointer, "an apiKey scheme needs a `name`"))?
                .to_owned();
            SchemeKind::ApiKey { location, name }
        }
        Some("http") => match text("scheme").map(str::to_ascii_lowercase).as_deref() {
            Some("basic") => SchemeKind::Basic,
            Some("bearer") => SchemeKind::Bearer,
            Some(other) => SchemeKind::Unsupported(format!("http {other}")),
            None => return Err(shape(pointer, "an http scheme needs `scheme`")),
        },
        Some("oauth2") | Some("openIdConnect") => SchemeKind::Bearer,
        Some(other) => SchemeKind::Unsupported(other.to_owned()),
        None => return Err(shape(pointer, "a security scheme needs a `type`")),
    })
}

fn shape(pointer: &str, message: &str) -> Error {
    Error::Shape {
        pointer: pointer.to_owned(),
        message: message.to_owned(),
    }
}
