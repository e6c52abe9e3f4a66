//! `taller-codegen` turns each contract of `specs/` (or any OpenAPI 3.0, 3.1 or Swagger 2.0
//! document, read through `taller-contract`) into three crates under `generated/<service>/`:
//! `types` (typify models of the schemas), `client` (progenitor's async client reusing those
//! types) and `server` (an axum stub: a trait to implement, typed requests and responses, and
//! a router that validates every request against the contract through `taller-runtime`).
//! What one operation needs and a crate cannot give it leaves the operation out of that crate,
//! reported with file and pointer ([`ServiceOutput::diagnostics`]); a document that cannot be
//! read is one error line. The `codegen` binary drives it:
//!
//! - `cargo run -p taller-codegen -- generate [SPEC…]` rewrites what changed (default: every
//!   `specs/*.yaml`; stale files under `generated/` are removed);
//! - `cargo run -p taller-codegen -- check` exits 1 listing files that differ, are missing or
//!   are extra (CI), 2 when a spec is bad;
//! - `--strict` makes anything left out an error, `-v` prints every note.
//!
//! Generator tests: `cargo test -p taller-codegen` (snapshots under `tests/output/`, rewritten
//! with `EXPECTORATE=overwrite`; round trips of every service and of the 3.1 and 2.0
//! fixtures; a fuzz test; the 2023 specs, an external suite found through `TALLER_SHARED`,
//! by default `../shared` beside the repository), and
//! `scripts/check-corpus` for the real-world corpus in `codegen/corpus/`.

mod bundle;
mod client_crate;
mod client_direct;
mod error;
mod fields;
mod manifest;
mod model;
mod names;
mod operation_types;
pub mod output;
mod panics;
mod pointer;
mod schema;
mod server_crate;
mod types_crate;

use std::path::{Path, PathBuf};

use quote::quote;
use serde_json::Value;

pub use error::{Error, Result};
use output::{GeneratedFile, Provenance};
pub use panics::install_quiet_hook;

/// What one contract produced.
#[derive(Debug)]
pub struct ServiceOutput {
    /// The service name, also the folder under `generated/`.
    pub service: String,
    /// Files relative to the output folder (`<service>/…`).
    pub files: Vec<GeneratedFile>,
    /// What was left out or generated differently, one line each (`file: pointer: …`).
    pub diagnostics: Vec<String>,
    /// How many operations the server, and the client, left out.
    pub skipped: (usize, usize),
}

/// The service a spec describes: its file stem (`specs/recambios.yaml` → `recambios`), or for
/// files named `openapi.*`, the nearest folder that is not `openapi` (the original system's
/// `servicio-recambios/openapi/openapi.yaml` → `servicio-recambios`). Lowercase, `-`-separated.
pub fn service_name(spec: &Path) -> String {
    let stem = spec
        .file_stem()
        .map(|s| s.to_string_lossy().to_string())
        .unwrap_or_default();
    let name = if stem.eq_ignore_ascii_case("openapi") {
        spec.ancestors()
            .skip(1)
            .filter_map(|p| p.file_name())
            .map(|n| n.to_string_lossy().to_string())
            .find(|n| !n.eq_ignore_ascii_case("openapi"))
            .unwrap_or(stem)
    } else {
        stem
    };
    heck::ToKebabCase::to_kebab_case(name.as_str())
}

/// Sorts every object's keys, so the output does not depend on serde_json's map order.
fn sort_keys(value: &mut Value) {
    match value {
        Value::Object(map) => {
            map.sort_keys();
            map.values_mut().for_each(sort_keys);
        }
        Value::Array(items) => items.iter_mut().for_each(sort_keys),
        _ => {}
    }
}

/// Files of the output folder itself, whatever the contracts: a `rustfmt.toml` that keeps
/// `cargo fmt` off the generated code (prettyplease formats it; `codegen check` guards it).
pub fn folder_files(command: &str) -> Vec<GeneratedFile> {
    let from = Provenance {
        spec: "every contract".to_string(),
        command: command.to_string(),
    };
    vec![output::toml_file(
        "rustfmt.toml",
        &from,
        "disable_all_formatting = true\n",
    )]
}

/// Generates the three crates of the contract at `spec` (named `display` in headers), the
/// header naming `command` as what wrote them. Its `$ref`s stay in its folder, off the network.
pub fn generate_spec(spec: &Path, display: &str, command: &str) -> Result<ServiceOutput> {
    generate_scoped(spec, display, command, &taller_contract::Scope::default())
}

/// Most operations one contract may have: generation time and memory grow with them (10,000
/// take about a minute and 2 GB in a debug build), and a contract past this is better split.
pub const MAX_OPERATIONS: usize = 20_000;

fn check_size(file: &Path, doc: &serde_json::Value) -> Result<()> {
    const METHODS: [&str; 8] = [
        "get", "put", "post", "delete", "options", "head", "patch", "trace",
    ];
    let count: usize = doc
        .get("paths")
        .and_then(serde_json::Value::as_object)
        .map(|paths| {
            paths
                .values()
                .filter_map(serde_json::Value::as_object)
                .map(|item| METHODS.iter().filter(|m| item.contains_key(**m)).count())
                .sum()
        })
        .unwrap_or(0);
    if count > MAX_OPERATIONS {
        return Err(Error::Spec {
            file: file.to_path_buf(),
            pointer: "/paths".into(),
            message: format!(
                "{count} operations, more than the {MAX_OPERATIONS} codegen generates for one \
                 contract: split it"
            ),
        });
    }
    Ok(())
}

/// [`generate_spec`] with `$ref`s allowed where `scope` says.
pub fn generate_scoped(
    spec: &Path,
    display: &str,
    command: &str,
    scope: &taller_contract::Scope,
) -> Result<ServiceOutput> {
    let service = service_name(spec);
    let from = Provenance {
        spec: display.to_string(),
        command: command.to_string(),
    };
    let display_path = PathBuf::from(display);
    let bundle = bundle::bundle(spec, &display_path, scope)?;
    check_size(&display_path, &bundle.doc)?;
    let mut doc = bundle.doc.clone();
    let mut diagnostics: Vec<model::Diagnostic> = bundle
        .notes
        .iter()
        .map(|n| model::Diagnostic::note("types", &n.pointer, &n.message))
        .collect();
    diagnostics.extend(model::name_operations(&mut doc));
    diagnostics.extend(model::inline_deep_refs(&mut doc));
    diagnostics.extend(model::repair_schemas(&mut doc));
    diagnostics.extend(model::name_colliding_inline_schemas(&mut doc));
    sort_keys(&mut doc);
    // The generators read the contract with properties whose fields would collide spelled
    // apart; the server embeds it as written.
    let (respelled_doc, respelled, notes) = fields::distinct_fields(&mut doc);
    diagnostics.extend(notes);
    let typed_doc = respelled_doc.as_ref().unwrap_or(&doc);
    let api = model::Api::from_document(&display_path, typed_doc).map_err(|e| bundle.locate(e))?;
    diagnostics.extend(
        api.diagnostics
            .iter()
            .map(|d| respelled.diagnostic(d.clone())),
    );
    // The server embeds, validates against and serves the operations it implements.
    let served = served_only(&doc, &api);
    let names = manifest::CrateNames::of(&service);
    let types_ident = names::crate_ident(&names.types);

    let types = panics::catching(&display_path, "/components/schemas", "typify", || {
        types_crate::generate(&display_path, &api)
    })?;
    let dir = PathBuf::from(&service);
    let title = doc
        .pointer("/info/title")
        .and_then(Value::as_str)
        .unwrap_or(&service)
        .to_string();
    let types_doc = format!(
        " Models of the `{service}` contract ({title}): one type per `components.schemas` entry."
    );
    let client_doc = format!(
        " Async client of the `{service}` service ({title}), Builder style; models come from `{}`.",
        names.types
    );
    let server_doc = format!(
        " axum server stub of the `{service}` service ({title}): implement `{}Api` and serve `router(api)`.",
        names::pascal(&service)
    );
    // typify's and progenitor's output is not clippy-clean; the server code outside its
    // `types` module is ours and is held to clippy.
    let allow = || {
        quote! { #![allow(clippy::all, clippy::pedantic, dead_code, unused_imports, unused_mut, irrefutable_let_patterns, mismatched_lifetime_syntaxes)] }
    };
    // Response enums hold their bodies unboxed, for matching; the size difference is accepted.
    let server_allow = quote! { #![allow(dead_code, clippy::large_enum_variant)] };

    // The client and the server only need the types' names: they are generated (and their
    // files formatted) side by side, the client on a thread of its own.
    let type_names = &types.names;
    let (client, server) = std::thread::scope(|scope| {
        let client = scope.spawn(|| -> Result<(Vec<GeneratedFile>, Vec<model::Diagnostic>)> {
            let client =
                client_crate::generate(&display_path, typed_doc, &api, type_names, &types_ident)?;
            let tokens = respelled.spell_back(client.tokens);
            let allow = allow();
            let files = vec![
                output::toml_file(
                    dir.join("client/Cargo.toml"),
                    &from,
                    &manifest::client(
                        &service,
                        client.uses,
                        client.uses_futures,
                        client.uses_events,
                        client.uses_direct,
                    ),
                ),
                output::rust_file(
                    dir.join("client/src/lib.rs"),
                    &from,
                    quote! {
                        #![doc = #client_doc]
                        #allow
                        #tokens
                    },
                )?,
            ];
            Ok((files, client.diagnostics))
        });
        let server = panics::catching(&display_path, "/paths", "server", || {
            server_crate::generate(&display_path, &service, &api, type_names, &types_ident)
        })
        .and_then(|server| {
            let tokens = respelled.spell_back(server.tokens);
            Ok(vec![
                output::toml_file(
                    dir.join("server/Cargo.toml"),
                    &from,
                    &manifest::server(&service, server.uses.or(types.uses)),
                ),
                output::rust_file(
                    dir.join("server/src/lib.rs"),
                    &from,
                    quote! {
                        #![doc = #server_doc]
                        #server_allow
                        #tokens
                    },
                )?,
            ])
        });
        let client = client.join().unwrap_or_else(|_| {
            Err(Error::Generator {
                file: display_path.clone(),
                pointer: "/paths".into(),
                stage: "progenitor",
                message: "the client generator gave up on this spec".into(),
            })
        });
        (client, server)
    });
    let (client_files, client_diagnostics) = client.map_err(|e| bundle.locate(e))?;
    diagnostics.extend(
        client_diagnostics
            .into_iter()
            .map(|d| respelled.diagnostic(d)),
    );
    let server_files = server?;

    let contract_json = serde_json::to_string_pretty(&served).expect("a JSON value serialises");
    let hashes = "#".repeat(
        (1..)
            .find(|n| !contract_json.contains(&format!("\"{}", "#".repeat(*n))))
            .unwrap_or(1),
    );
    let contract_rs = format!(
        "//! The contract, bundled into one JSON document: validated against by the router, served at\n//! `/openapi.json` and by the docs UI.\n\n/// The OpenAPI document of the service.\npub const CONTRACT_JSON: &str = r{hashes}\"{contract_json}\"{hashes};\n"
    );

    let types_tokens = respelled.spell_back(types.tokens);
    let types_allow = allow();
    let mut files = vec![
        output::toml_file(
            dir.join("types/Cargo.toml"),
            &from,
            &manifest::types(&service, types.uses),
        ),
        output::rust_file(
            dir.join("types/src/lib.rs"),
            &from,
            quote! {
                #![doc = #types_doc]
                #types_allow
                #types_tokens
            },
        )?,
    ];
    files.extend(client_files);
    files.extend(server_files);
    files.push(output::text_rust_file(
        dir.join("server/src/contract.rs"),
        &from,
        &contract_rs,
    ));
    let skipped = |part: &str| {
        diagnostics
            .iter()
            .filter(|d| d.skipped && d.part == part)
            .count()
    };
    let skipped = (skipped("server"), skipped("client"));
    let diagnostics = diagnostics
        .iter()
        .map(|d| {
            let (file, pointer) = bundle.locate_pointer(&d.pointer);
            let what = if d.skipped { "left out" } else { "note" };
            format!("{file}: {pointer}: {} {what}: {}", d.part, d.message)
        })
        .collect();
    Ok(ServiceOutput {
        service,
        files,
        diagnostics,
        skipped,
    })
}

/// progenitor's client of the contract at `spec` on its own (its models inline, no types or
/// server crate), as Rust source: the baseline `scripts/bench-corpus` compares with.
pub fn progenitor_alone(spec: &Path) -> Result<String> {
    let bundle = bundle::bundle(spec, spec, &taller_contract::Scope::default())?;
    let mut doc = bundle.doc.clone();
    model::name_operations(&mut doc);
    model::inline_deep_refs(&mut doc);
    model::repair_schemas(&mut doc);
    let tokens = client_crate::progenitor_alone(spec, &doc)?;
    let allow = quote! { #![allow(clippy::all, dead_code, unused_imports, unused_mut, irrefutable_let_patterns, mismatched_lifetime_syntaxes)] };
    let file =
        syn::parse2::<syn::File>(quote! { #allow #tokens }).map_err(|e| Error::Generator {
            file: spec.to_path_buf(),
            pointer: "/paths".into(),
            stage: "progenitor",
            message: format!("wrote invalid Rust: {e}"),
        })?;
    Ok(prettyplease::unparse(&file))
}

/// `doc` with only the operations `api` holds (its `paths` entries keep their other keys).
fn served_only(doc: &Value, api: &model::Api) -> Value {
    let mut served = doc.clone();
    if let Some(Value::Object(paths)) = served.get_mut("paths") {
        paths.retain(|path, item| {
            if let Value::Object(item) = item {
                item.retain(|key, _| {
                    !model::is_method(key)
                        || api
                            .operations
                            .iter()
                            .any(|op| &op.path == path && op.method == *key)
                });
            }
            api.operations.iter().any(|op| &op.path == path)
        });
    }
    served
}
