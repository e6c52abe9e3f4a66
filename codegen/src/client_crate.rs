//! The `<svc>-client` crate: progenitor's Builder-style async client, its models replaced by
//! the `<svc>-types` crate's.

use std::path::Path;

use proc_macro2::TokenStream;
use progenitor::{GenerationSettings, Generator, InterfaceStyle, TagStyle};
use serde_json::Value;

use crate::error::{Error, Result};
use crate::model::is_json;
use crate::panics::catching;
use crate::types_crate::{Types, Uses};

/// The client's code, and what it uses.
pub struct Client {
    pub tokens: TokenStream,
    pub uses: Uses,
    pub uses_futures: bool,
}

/// Generates the client of `doc` (the bundled contract).
pub fn generate(file: &Path, doc: &Value, types: &Types, types_crate: &str) -> Result<Client> {
    let mut doc = doc.clone();
    json_media_types(&mut doc);
    let spec: openapiv3::OpenAPI = serde_path_to_error::deserialize(&doc).map_err(|e| {
        let at = e
            .path()
            .iter()
            .map(|s| s.to_string())
            .fold(String::new(), |acc, s| crate::pointer::join(&acc, &s));
        Error::spec(
            file,
            at,
            format!("not a valid OpenAPI 3.0 document: {}", e.inner()),
        )
    })?;
    let mut settings = GenerationSettings::new();
    settings
        .with_interface(InterfaceStyle::Builder)
        .with_tag(TagStyle::Merged)
        .with_derive("PartialEq");
    for named in types.names.values() {
        settings.with_replacement(
            &named.rust_name,
            format!("::{types_crate}::{}", named.rust_name),
            named.impls.iter().cloned(),
        );
    }
    catching(file, "/paths", "progenitor", || {
        let mut generator = Generator::new(&settings);
        let tokens = generator
            .generate_tokens(&spec)
            .map_err(|e| Error::Generator {
                file: file.to_path_buf(),
                pointer: "/paths".to_string(),
                stage: "progenitor",
                message: e.to_string(),
            })?;
        Ok(Client {
            tokens,
            uses: Uses::of(generator.get_type_space()),
            uses_futures: generator.uses_futures(),
        })
    })
}

/// progenitor only decodes `application/json`; `application/problem+json` bodies become the
/// same media type for it, so error bodies are typed (`Problem`) instead of raw bytes.
fn json_media_types(value: &mut Value) {
    match value {
        Value::Object(map) => {
            if let Some(Value::Object(content)) = map.get_mut("content") {
                let keys: Vec<String> = content.keys().cloned().collect();
                for key in keys {
                    if is_json(&key)
                        && key != "application/json"
                        && !content.contains_key("application/json")
                        && let Some(media) = content.remove(&key)
                    {
                        content.insert("application/json".to_string(), media);
                    }
                }
            }
            map.values_mut().for_each(json_media_types);
        }
        Value::Array(items) => items.iter_mut().for_each(json_media_types),
        _ => {}
    }
}
