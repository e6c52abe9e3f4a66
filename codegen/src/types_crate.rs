//! The `<svc>-types` crate: typify's models of `components.schemas`, shared by the client
//! and the server so both speak the same Rust types.

use std::collections::BTreeMap;
use std::path::Path;

use proc_macro2::TokenStream;
use typify::{TypeSpace, TypeSpaceImpl, TypeSpaceSettings};

use crate::error::{Error, Result};
use crate::model::Api;
use crate::schema::to_json_schema;

/// How one component schema is spelled in Rust, and what it implements.
#[derive(Debug, Clone)]
pub struct NamedType {
    pub rust_name: String,
    pub impls: Vec<TypeSpaceImpl>,
}

/// What the types generator produced.
pub struct Types {
    pub tokens: TokenStream,
    /// Schema name → its type in the types crate.
    pub names: BTreeMap<String, NamedType>,
    pub uses: Uses,
}

/// Optional crates the generated code refers to.
#[derive(Debug, Default, Clone, Copy)]
pub struct Uses {
    pub chrono: bool,
    pub uuid: bool,
    pub regress: bool,
}

impl Uses {
    pub fn of(space: &TypeSpace) -> Uses {
        Uses {
            chrono: space.uses_chrono(),
            uuid: space.uses_uuid(),
            regress: space.uses_regress(),
        }
    }

    pub fn or(self, other: Uses) -> Uses {
        Uses {
            chrono: self.chrono || other.chrono,
            uuid: self.uuid || other.uuid,
            regress: self.regress || other.regress,
        }
    }
}

/// The settings every type space of the project uses; with `replace_in`, component schemas
/// become references to that types crate instead of new definitions.
pub fn settings(replace_in: Option<(&str, &BTreeMap<String, NamedType>)>) -> TypeSpaceSettings {
    let mut settings = TypeSpaceSettings::default();
    settings.with_derive("PartialEq".to_string());
    if let Some((crate_ident, names)) = replace_in {
        for named in names.values() {
            settings.with_replacement(
                &named.rust_name,
                format!("::{crate_ident}::{}", named.rust_name),
                named.impls.iter().cloned(),
            );
        }
    }
    settings
}

/// Adds every component schema of `api` to `space`.
pub fn add_components(file: &Path, api: &Api, space: &mut TypeSpace) -> Result<()> {
    let mut defs = Vec::new();
    for (name, schema) in &api.schemas {
        let converted = to_json_schema(schema);
        let schema: schemars::schema::Schema = serde_json::from_value(converted).map_err(|e| {
            Error::spec(
                file,
                crate::pointer::join("/components/schemas", name),
                format!("not a valid schema: {e}"),
            )
        })?;
        defs.push((name.clone(), schema));
    }
    space.add_ref_types(defs).map_err(|e| Error::Generator {
        file: file.to_path_buf(),
        pointer: "/components/schemas".to_string(),
        stage: "typify",
        message: e.to_string(),
    })
}

/// Generates the types of `api`.
pub fn generate(file: &Path, api: &Api) -> Result<Types> {
    let mut space = TypeSpace::new(&settings(None));
    add_components(file, api, &mut space)?;
    let mut by_rust_name = BTreeMap::new();
    for ty in space.iter_types() {
        let impls = [
            TypeSpaceImpl::FromStr,
            TypeSpaceImpl::FromStringIrrefutable,
            TypeSpaceImpl::Display,
            TypeSpaceImpl::Default,
        ]
        .into_iter()
        .filter(|i| ty.has_impl(*i))
        .collect::<Vec<_>>();
        by_rust_name.insert(ty.name(), impls);
    }
    let mut names = BTreeMap::new();
    for name in api.schemas.keys() {
        let rust_name = sanitize_type_name(name);
        let Some(impls) = by_rust_name.get(&rust_name) else {
            return Err(Error::spec(
                file,
                crate::pointer::join("/components/schemas", name),
                format!(
                    "typify did not name this schema {rust_name}; rename it to a plain identifier"
                ),
            ));
        };
        names.insert(
            name.clone(),
            NamedType {
                rust_name,
                impls: impls.clone(),
            },
        );
    }
    let mut seen = BTreeMap::new();
    for (name, named) in &names {
        if let Some(other) = seen.insert(named.rust_name.clone(), name.clone()) {
            return Err(Error::spec(
                file,
                crate::pointer::join("/components/schemas", name),
                format!(
                    "schemas {other:?} and {name:?} both become the Rust type {}",
                    named.rust_name
                ),
            ));
        }
    }
    Ok(Types {
        tokens: space.to_stream(),
        names,
        uses: Uses::of(&space),
    })
}

/// typify's name for a schema (Pascal case of its identifier characters).
pub(crate) fn sanitize_type_name(name: &str) -> String {
    let cleaned: String = name
        .replace('\'', "")
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '_' {
                c
            } else {
                '-'
            }
        })
        .collect();
    let pascal = crate::names::pascal(&cleaned);
    if pascal.chars().next().is_some_and(|c| c.is_ascii_digit()) {
        format!("X{pascal}")
    } else {
        pascal
    }
}
