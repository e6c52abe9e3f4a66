//! The `<svc>-client` crate: progenitor's Builder-style async client, its models replaced by
//! the `<svc>-types` crate's. Every call sends the current W3C trace context (`traceparent`,
//! `tracestate`) when there is one (`taller_trace::inject_current`, a progenitor pre-hook).
//!
//! progenitor takes a narrower OpenAPI than the server generator (one success and one error
//! body type, one request media type among JSON, forms, text and octet-stream, default
//! parameter styles, no cookies), so it is handed a view of the contract made to fit, each
//! change named in a diagnostic:
//! - a request body with several media types is sent as the first of JSON, form, octet-stream
//!   or text it declares (any one is a valid request);
//! - a response with several media types is read as JSON when it declares JSON, else as bytes;
//! - `default` beside an explicit success status stands for the errors (`4XX`, `5XX`);
//! - success (or error) responses with different bodies are all read as bytes;
//! - an operation still out of progenitor's reach (multipart or other media types only,
//!   `matrix`/`label`/`deepObject` styles, object parameters, upgrades) is left out of
//!   progenitor's part and sent by the crate's own method instead ([`client_direct`]), over
//!   the same models; only an operation the server model cannot hold either stays out.

use std::path::Path;

use proc_macro2::TokenStream;
use progenitor::{GenerationSettings, Generator, InterfaceStyle, TagStyle};
use std::collections::{BTreeMap, BTreeSet};

use serde_json::{Value, json};

use crate::client_direct;
use crate::error::{Error, Result};
use crate::model::{Api, Diagnostic, is_json};
use crate::panics::catching;
use crate::types_crate::{NamedType, Uses};

/// The client's code, and what it uses.
pub struct Client {
    pub tokens: TokenStream,
    pub uses: Uses,
    pub uses_futures: bool,
    /// Some operation answers `text/event-stream`: the crate reads it with `taller-sse`.
    pub uses_events: bool,
    /// Some operation is sent by the crate's own methods (`taller-client`).
    pub uses_direct: bool,
    /// What the client left out or reads differently from the contract.
    pub diagnostics: Vec<Diagnostic>,
}

/// Generates the client of `doc` (the bundled contract).
pub fn generate(
    file: &Path,
    doc: &Value,
    api: &Api,
    types: &BTreeMap<String, NamedType>,
    types_crate: &str,
) -> Result<Client> {
    let (spec, mut diagnostics) = progenitor_spec(file, doc)?;
    let mut settings = progenitor_settings();
    let secured = matches!(
        doc.pointer("/components/securitySchemes"),
        Some(Value::Object(schemes)) if !schemes.is_empty()
    );
    // W3C Trace Context: a call made while a request is handled (or queued work runs in its
    // context) carries the trace on (`taller-trace`, not the whole server runtime). A client of
    // a contract with security schemes also sends its `Credentials` (progenitor's inner value).
    if secured {
        settings.with_inner_type(quote::quote! { crate::Credentials });
        settings.with_pre_hook(quote::quote! {
            |credentials: &crate::Credentials, request: &mut reqwest::Request| {
                ::taller_trace::inject_current(request.headers_mut());
                credentials.apply(request.headers_mut());
            }
        });
    } else {
        settings.with_pre_hook(quote::quote! {
            |request: &mut reqwest::Request| ::taller_trace::inject_current(request.headers_mut())
        });
    }
    for named in types.values() {
        settings.with_replacement(
            &named.rust_name,
            format!("::{types_crate}::{}", named.rust_name),
            named.impls.iter().cloned(),
        );
    }
    // What progenitor left out, the client's own methods send (every operation the server
    // model holds); what is still left out keeps its diagnostic.
    let left_out: BTreeSet<String> = diagnostics
        .iter()
        .filter(|d| d.skipped && d.part == "client")
        .map(|d| d.pointer.clone())
        .collect();
    let direct = client_direct::generate(file, api, &left_out, types, types_crate, secured)?;
    for d in diagnostics.iter_mut() {
        if d.skipped && d.part == "client" && direct.sent.contains(&d.pointer) {
            *d = Diagnostic::note(
                "client",
                &d.pointer,
                format!(
                    "sent by the client's own method, not progenitor's: {}",
                    d.message
                ),
            );
        }
    }
    catching(file, "/paths", "progenitor", || {
        let mut generator = Generator::new(&settings);
        let mut tokens = generator
            .generate_tokens(&spec)
            .map_err(|e| progenitor_error(file, e))?;
        tokens.extend(credentials(doc));
        let events = event_streams(doc, &spec, types, types_crate);
        let uses_events = !events.is_empty();
        tokens.extend(events);
        let uses_direct = !direct.sent.is_empty();
        tokens.extend(direct.tokens);
        Ok(Client {
            tokens,
            uses: Uses::of(generator.get_type_space()).or(direct.uses),
            uses_futures: generator.uses_futures() || uses_events,
            uses_events,
            uses_direct,
            diagnostics,
        })
    })
}

/// For each operation whose success answer is `text/event-stream` alone, `send_events()` on
/// its builder: the request sent, the answer read into typed events (`taller-sse`). The data
/// type is the component the media type's `itemSchema` (or `schema`) refers to, `String` for
/// a string schema, else any JSON value. progenitor itself reads such an answer as bytes.
fn event_streams(
    doc: &Value,
    spec: &openapiv3::OpenAPI,
    types: &BTreeMap<String, NamedType>,
    types_crate: &str,
) -> TokenStream {
    let mut out = TokenStream::new();
    for (path, item) in &spec.paths.paths {
        let openapiv3::ReferenceOr::Item(item) = item else {
            continue;
        };
        for (method, op) in item.iter() {
            let Some(id) = &op.operation_id else {
                continue;
            };
            let at = format!(
                "/paths/{}/{method}/responses",
                path.replace('~', "~0").replace('/', "~1")
            );
            let Some(media) = doc.pointer(&at).and_then(event_stream_media) else {
                continue;
            };
            let data = event_data_type(media, types, types_crate);
            let builder = quote::format_ident!("{}", builder_name(id));
            let doc_line = format!(
                " Sends the request and reads the `text/event-stream` answer of `{id}` as typed events \
                 (a failed request, or an answer of another status, is `EventError::Transport`)."
            );
            out.extend(quote::quote! {
                impl<'a> builder::#builder<'a> {
                    #[doc = #doc_line]
                    pub async fn send_events(
                        self,
                    ) -> ::std::result::Result<
                        impl ::futures::Stream<Item = ::std::result::Result<::taller_sse::Event<#data>, ::taller_sse::EventError>> + Send + 'static,
                        ::taller_sse::EventError,
                    > {
                        let answer = self
                            .send()
                            .await
                            .map_err(|e| ::taller_sse::EventError::Transport(e.to_string().into()))?;
                        Ok(::taller_sse::events(answer.into_inner().into_inner()))
                    }
                }
            });
        }
    }
    out
}

/// The `text/event-stream` media object of the first 2xx response, when that response
/// declares that media type alone.
fn event_stream_media(responses: &Value) -> Option<&Value> {
    let map = responses.as_object()?;
    let (_, response) = map
        .iter()
        .filter(|(code, _)| code.starts_with('2'))
        .min_by_key(|(code, _)| code.as_str())?;
    crate::model::event_stream(response.get("content")?.as_object()?)
}

fn event_data_type(
    media: &Value,
    types: &BTreeMap<String, NamedType>,
    types_crate: &str,
) -> TokenStream {
    let schema = crate::model::event_data_schema(media);
    let component = schema
        .and_then(|s| s.get("$ref"))
        .and_then(Value::as_str)
        .and_then(|r| r.strip_prefix("#/components/schemas/"))
        .and_then(|name| types.get(name));
    if let Some(named) = component {
        let path: syn::Path = syn::parse_str(&format!("::{types_crate}::{}", named.rust_name))
            .unwrap_or_else(|_| syn::parse_quote!(::serde_json::Value));
        return quote::quote! { #path };
    }
    match schema.and_then(|s| s.get("type")).and_then(Value::as_str) {
        Some("string") => quote::quote! { ::std::string::String },
        _ => quote::quote! { ::serde_json::Value },
    }
}

/// The name progenitor gives an operation's builder: the id made snake case, then Pascal
/// case, as its `sanitize` does.
fn builder_name(id: &str) -> String {
    use heck::{ToPascalCase, ToSnakeCase};
    let ident = |text: &str, case: fn(&str) -> String| {
        let out = case(
            &text
                .replace('\'', "")
                .replace(|c: char| !(c.is_alphanumeric() || c == '_'), "-"),
        );
        match out.chars().next() {
            None => case("x"),
            Some(c) if c.is_alphabetic() || c == '_' => out,
            Some(_) => format!("_{out}"),
        }
    };
    ident(&ident(id, |t| t.to_snake_case()), |t| t.to_pascal_case())
}

/// Constructors of a client that sends credentials with every request, for contracts with
/// security schemes (progenitor itself ignores `security`).
fn credentials(doc: &Value) -> TokenStream {
    let Some(Value::Object(schemes)) = doc.pointer("/components/securitySchemes") else {
        return TokenStream::new();
    };
    if schemes.is_empty() {
        return TokenStream::new();
    }
    let bearer: Vec<&str> = schemes
        .iter()
        .filter(|(_, s)| {
            let kind = s.get("type").and_then(Value::as_str);
            let http = s
                .get("scheme")
                .and_then(Value::as_str)
                .map(str::to_ascii_lowercase);
            matches!(kind, Some("oauth2" | "openIdConnect"))
                || (kind == Some("http") && http.as_deref() == Some("bearer"))
        })
        .map(|(name, _)| name.as_str())
        .collect();
    let bearer_fn = (!bearer.is_empty()).then(|| {
        let doc = format!(
            " A client sending `Authorization: Bearer <token>` (scheme {}) with every request.",
            bearer.join(", ")
        );
        quote::quote! {
            #[doc = #doc]
            pub fn with_bearer_token(
                baseurl: &str,
                token: &str,
            ) -> ::std::result::Result<Self, ::std::boxed::Box<dyn ::std::error::Error + Send + Sync>> {
                Ok(Self::new(baseurl, Credentials::bearer(token)?))
            }
        }
    });
    quote::quote! {
        /// Credentials for the contract's security schemes: headers a [`Client`] sends with
        /// every request (an `Authorization` header, an API key, a cookie), marked sensitive so
        /// they are never logged. None by default.
        #[derive(Clone, Debug, Default)]
        pub struct Credentials(reqwest::header::HeaderMap);

        impl Credentials {
            /// No credentials.
            pub fn none() -> Self {
                Self::default()
            }

            /// `Authorization: Bearer <token>`. Fails on a token that cannot be a header.
            pub fn bearer(
                token: &str,
            ) -> ::std::result::Result<Self, ::std::boxed::Box<dyn ::std::error::Error + Send + Sync>> {
                Self::headers([(reqwest::header::AUTHORIZATION, format!("Bearer {token}"))])
            }

            /// These headers. Fails on a value that cannot be a header.
            pub fn headers(
                headers: impl IntoIterator<Item = (reqwest::header::HeaderName, String)>,
            ) -> ::std::result::Result<Self, ::std::boxed::Box<dyn ::std::error::Error + Send + Sync>> {
                let mut map = reqwest::header::HeaderMap::new();
                for (name, value) in headers {
                    let mut value = reqwest::header::HeaderValue::from_str(&value)?;
                    value.set_sensitive(true);
                    map.insert(name, value);
                }
                Ok(Self(map))
            }

            fn apply(&self, headers: &mut reqwest::header::HeaderMap) {
                for (name, value) in &self.0 {
                    headers.insert(name.clone(), value.clone());
                }
            }
        }

        impl Client {
            #bearer_fn

            /// A client sending `headers` with every request (see [`Credentials::headers`]).
            pub fn with_headers(
                baseurl: &str,
                headers: impl IntoIterator<Item = (reqwest::header::HeaderName, String)>,
            ) -> ::std::result::Result<Self, ::std::boxed::Box<dyn ::std::error::Error + Send + Sync>> {
                Ok(Self::new(baseurl, Credentials::headers(headers)?))
            }

            /// This client, its connections shared, sending `credentials` instead of its own:
            /// credentials per request, e.g. each caller's token
            /// (`client.with_credentials(Credentials::bearer(&token)?).some_operation()…`).
            pub fn with_credentials(&self, credentials: Credentials) -> Self {
                Self {
                    baseurl: self.baseurl.clone(),
                    client: self.client.clone(),
                    inner: credentials,
                }
            }
        }
    }
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

/// progenitor's client of `doc` on its own, models included (no `<svc>-types` crate): the
/// baseline `scripts/bench-corpus` compares the generated crates' `cargo check` time with.
pub fn progenitor_alone(file: &Path, doc: &Value) -> Result<TokenStream> {
    let (spec, _) = progenitor_spec(file, doc)?;
    let settings = progenitor_settings();
    catching(file, "/paths", "progenitor", || {
        Generator::new(&settings)
            .generate_tokens(&spec)
            .map_err(|e| progenitor_error(file, e))
    })
}

/// The contract as progenitor is handed it: JSON media types named `application/json`, the
/// view of [`progenitor_view`], parsed by `openapiv3`; with what the view changed.
fn progenitor_spec(file: &Path, doc: &Value) -> Result<(openapiv3::OpenAPI, Vec<Diagnostic>)> {
    let mut doc = doc.clone();
    json_media_types(&mut doc);
    let diagnostics = progenitor_view(&mut doc);
    let spec = serde_path_to_error::deserialize(&doc).map_err(|e| {
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
    Ok((spec, diagnostics))
}

/// The project's progenitor settings: Builder style, one `Client`, models `PartialEq`.
fn progenitor_settings() -> GenerationSettings {
    let mut settings = GenerationSettings::new();
    settings
        .with_interface(InterfaceStyle::Builder)
        .with_tag(TagStyle::Merged)
        .with_derive("PartialEq");
    settings
}

fn progenitor_error(file: &Path, e: progenitor::Error) -> Error {
    Error::Generator {
        file: file.to_path_buf(),
        pointer: "/paths".to_string(),
        stage: "progenitor",
        message: e.to_string(),
    }
}

const METHODS: [&str; 8] = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

/// Rewrites the (bundled, local-`$ref`) document so progenitor can take every operation left
/// in it; returns what was changed or left out.
fn progenitor_view(doc: &mut Value) -> Vec<Diagnostic> {
    let mut diagnostics = Vec::new();
    let components = doc.get("components").cloned().unwrap_or(Value::Null);
    let resolve = |v: &Value| -> Value {
        let mut v = v.clone();
        for _ in 0..16 {
            match v.get("$ref").and_then(Value::as_str) {
                Some(r) => match r
                    .strip_prefix("#/components/")
                    .and_then(|p| components.pointer(&format!("/{p}")))
                {
                    Some(target) => v = target.clone(),
                    None => break,
                },
                None => break,
            }
        }
        v
    };
    let Some(Value::Object(paths)) = doc.get_mut("paths") else {
        return diagnostics;
    };
    let mut ids = BTreeSet::new();
    for (path, item) in paths.iter_mut() {
        let item_at = crate::pointer::join("/paths", path);
        let Value::Object(item) = item else { continue };
        // Path-level parameters are resolved into each operation, where they can be filtered.
        let shared: Vec<Value> = item
            .remove("parameters")
            .and_then(|p| p.as_array().cloned())
            .unwrap_or_default()
            .iter()
            .map(&resolve)
            .collect();
        for method in METHODS {
            let Some(op) = item.get_mut(method) else {
                continue;
            };
            let at = crate::pointer::join(&item_at, method);
            let fitted = fit_operation(op, path, &shared, &resolve, &at, &mut diagnostics);
            // progenitor refuses a repeated operationId: the later ones are numbered.
            if fitted.is_ok()
                && let Some(Value::String(id)) = op.get_mut("operationId")
            {
                let base = crate::model::rust_operation_name(id);
                let mut name = base.clone();
                let mut n = 2;
                while !ids.insert(name.clone()) {
                    name = format!("{base}_{n}");
                    n += 1;
                }
                if name != base {
                    diagnostics.push(Diagnostic::note(
                        "client",
                        crate::pointer::join(&at, "operationId"),
                        format!("operationId {id:?} is taken; the client method is {name}"),
                    ));
                    *id = name;
                }
            }
            if let Err(why) = fitted {
                diagnostics.push(Diagnostic::skip("client", &at, why));
                item.remove(method);
            }
        }
    }
    paths.retain(|_, item| {
        item.as_object()
            .is_some_and(|i| METHODS.iter().any(|m| i.contains_key(*m)))
    });
    diagnostics
}

/// progenitor's Builder interface takes a parameter (not a body) only when its type has no
/// builder of its own: typify gives one to structs, which object schemas and `anyOf`s become
/// (progenitor then panics). Returns the plain schema an `anyOf` whose branches are all of one
/// primitive type can be sent as (`Ok(Some)`), `Ok(None)` when the schema is fine as it is,
/// or why the parameter cannot be a builder argument.
fn builder_free_schema(
    schema: &Value,
    resolve: &dyn Fn(&Value) -> Value,
) -> std::result::Result<Option<Value>, String> {
    let object_like = |s: &Value| {
        s.get("type").and_then(Value::as_str) == Some("object")
            || (s.get("type").is_none()
                && (s.get("properties").is_some() || s.get("additionalProperties").is_some()))
    };
    if object_like(schema) {
        return Err("an object schema, which progenitor cannot take as a parameter".into());
    }
    for composite in ["allOf", "oneOf", "anyOf"] {
        if let Some(Value::Array(branches)) = schema.get(composite)
            && branches.iter().map(resolve).any(|b| object_like(&b))
        {
            return Err("an object schema, which progenitor cannot take as a parameter".into());
        }
    }
    let Some(Value::Array(branches)) = schema.get("anyOf") else {
        return Ok(None);
    };
    let types: BTreeSet<Option<String>> = branches
        .iter()
        .map(resolve)
        .map(|b| {
            let composite = ["anyOf", "oneOf", "allOf", "properties", "items"]
                .iter()
                .any(|k| b.get(*k).is_some());
            match b.get("type").and_then(Value::as_str) {
                Some(t @ ("string" | "integer" | "number" | "boolean")) if !composite => {
                    Some(t.to_string())
                }
                _ => None,
            }
        })
        .collect();
    match types.into_iter().collect::<Vec<_>>().as_slice() {
        [Some(t)] => {
            let mut plain = json!({ "type": t });
            if let Some(d) = schema.get("description") {
                plain["description"] = d.clone();
            }
            Ok(Some(plain))
        }
        _ => Err("an anyOf of several types, which progenitor cannot take as a parameter".into()),
    }
}

/// One operation made to fit progenitor, or why it cannot be.
fn fit_operation(
    op: &mut Value,
    path: &str,
    shared: &[Value],
    resolve: &dyn Fn(&Value) -> Value,
    at: &str,
    diagnostics: &mut Vec<Diagnostic>,
) -> std::result::Result<(), String> {
    let Value::Object(op) = op else {
        return Err("not a mapping".into());
    };
    // Parameters: operation-level ones override path-level ones with the same name and place.
    let own: Vec<Value> = op
        .remove("parameters")
        .and_then(|p| p.as_array().cloned())
        .unwrap_or_default()
        .iter()
        .map(resolve)
        .collect();
    let mut params: Vec<Value> = Vec::new();
    for p in shared.iter().chain(own.iter()) {
        let key = (p.get("name").cloned(), p.get("in").cloned());
        params.retain(|q| (q.get("name").cloned(), q.get("in").cloned()) != key);
        params.push(p.clone());
    }
    let mut kept = Vec::new();
    for mut p in params {
        let name = p
            .get("name")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string();
        let location = p
            .get("in")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string();
        if location == "cookie" {
            return Err(format!(
                "cookie parameter {name:?}: progenitor sends no cookies"
            ));
        }
        if p.get("content").is_some() {
            return Err(format!(
                "parameter {name:?} has `content`, which progenitor cannot send"
            ));
        }
        let default = if location == "query" {
            "form"
        } else {
            "simple"
        };
        if let Some(style) = p.get("style").and_then(Value::as_str)
            && style != default
        {
            return Err(format!(
                "parameter {name:?}: style {style:?} (progenitor sends {default:?} only)"
            ));
        }
        if let Some(schema) = p.get("schema").map(resolve)
            && let Some(plain) = builder_free_schema(&schema, resolve)
                .map_err(|why| format!("parameter {name:?}: {why}"))?
        {
            diagnostics.push(Diagnostic::note(
                "client",
                at,
                format!("parameter {name:?}: its anyOf of one type is sent as that type"),
            ));
            p["schema"] = plain;
        }
        // A header or path value cannot be null: progenitor would format an `Option` for a
        // nullable schema, which does not compile.
        if matches!(location.as_str(), "header" | "path")
            && let Some(mut schema) = p.get("schema").map(resolve)
            && let Some(Value::Bool(true)) = schema.get("nullable")
        {
            if let Value::Object(m) = &mut schema {
                m.remove("nullable");
            }
            p["schema"] = schema;
        }
        if let Value::Object(map) = &mut p {
            map.entry("schema")
                .or_insert_with(|| json!({"type": "string"}));
            if location == "path" {
                map.insert("required".into(), json!(true));
            }
        }
        kept.push(p);
    }
    // progenitor keys parameters by name alone (Kubernetes' proxy operations have a `path`
    // in the path and another in the query, and progenitor panicked on them).
    // It also names a builder field after each parameter, and `_group` and `group` (rclone)
    // are both `group`.
    let mut names = BTreeSet::new();
    let mut fields = BTreeMap::new();
    for p in &kept {
        let name = p.get("name").and_then(Value::as_str).unwrap_or_default();
        if !names.insert(name) {
            return Err(format!(
                "two parameters named {name:?} (in different places), which progenitor cannot tell apart"
            ));
        }
        if let Some(other) = fields.insert(crate::fields::field_name(name), name) {
            return Err(format!(
                "parameters {other:?} and {name:?} are one Rust name, which progenitor cannot tell apart"
            ));
        }
    }
    // Every `{name}` of the template is a declared path parameter, and the reverse.
    let template = crate::model::template_params(path);
    let declared: BTreeSet<&str> = kept
        .iter()
        .filter(|p| p.get("in").and_then(Value::as_str) == Some("path"))
        .filter_map(|p| p.get("name").and_then(Value::as_str))
        .collect();
    if template != declared {
        return Err(format!(
            "path parameters {declared:?} do not match the template's {template:?}"
        ));
    }
    if !kept.is_empty() {
        op.insert("parameters".into(), Value::Array(kept));
    }

    if let Some(body) = op.get("requestBody").map(resolve) {
        let mut body = body;
        let content = body
            .get("content")
            .and_then(Value::as_object)
            .cloned()
            .unwrap_or_default();
        let pick = |pred: &dyn Fn(&str) -> bool| content.iter().find(|(m, _)| pred(m));
        let essence = |m: &str| {
            m.split(';')
                .next()
                .unwrap_or_default()
                .trim()
                .to_ascii_lowercase()
        };
        let chosen = pick(&|m| essence(m) == "application/json")
            .map(|(m, v)| (m.clone(), v.clone(), "json"))
            .or_else(|| {
                pick(&|m| essence(m) == "application/x-www-form-urlencoded")
                    .map(|(m, v)| (m.clone(), v.clone(), "form"))
            })
            .or_else(|| {
                pick(&|m| essence(m) == "application/octet-stream")
                    .map(|(m, v)| (m.clone(), v.clone(), "binary"))
            })
            .or_else(|| {
                pick(&|m| essence(m) == "text/plain").map(|(m, v)| (m.clone(), v.clone(), "text"))
            });
        match chosen {
            None if content.is_empty() => {
                op.remove("requestBody");
            }
            None => {
                let types: Vec<&String> = content.keys().collect();
                return Err(format!(
                    "request media types {types:?}: progenitor sends JSON, forms, text or octet-stream only"
                ));
            }
            Some((media_type, mut media, kind)) => {
                if content.len() > 1 {
                    diagnostics.push(Diagnostic::note(
                        "client",
                        at,
                        format!(
                            "the request body is sent as {media_type} (of {} declared)",
                            content.len()
                        ),
                    ));
                }
                if let Value::Object(m) = &mut media {
                    m.remove("encoding");
                    m.remove("example");
                    m.remove("examples");
                    match kind {
                        "binary" => {
                            m.insert(
                                "schema".into(),
                                json!({"type": "string", "format": "binary"}),
                            );
                        }
                        "text" => {
                            m.insert("schema".into(), json!({"type": "string"}));
                        }
                        _ => {
                            m.entry("schema").or_insert_with(|| json!({}));
                        }
                    }
                }
                let essence_type = essence(&media_type);
                body["content"] = json!({ essence_type: media });
                op.insert("requestBody".into(), body);
            }
        }
    }

    // Responses: one media type each, `default` as the errors beside explicit successes,
    // then one body kind per side.
    let mut responses: serde_json::Map<String, Value> = op
        .get("responses")
        .and_then(Value::as_object)
        .cloned()
        .unwrap_or_default()
        .into_iter()
        .map(|(k, v)| (k, resolve(&v)))
        .collect();
    if responses.keys().any(|k| k == "101") {
        return Err("a 101 (upgrade) response: progenitor cannot read it beside others".into());
    }
    let explicit_success = responses
        .keys()
        .any(|k| k.starts_with('2') || k.eq_ignore_ascii_case("2XX"));
    if explicit_success && let Some(default) = responses.remove("default") {
        for range in ["4XX", "5XX"] {
            let taken = responses.keys().any(|k| k.eq_ignore_ascii_case(range));
            if !taken {
                responses.insert(range.into(), default.clone());
            }
        }
    }
    for response in responses.values_mut() {
        let Some(Value::Object(content)) = response.get_mut("content") else {
            continue;
        };
        let json_key = content
            .keys()
            .find(|m| m.as_str() == "application/json" || m.starts_with("application/json;"))
            .cloned();
        match json_key {
            Some(key) => {
                let mut media = content.remove(&key).unwrap_or_default();
                if let Value::Object(m) = &mut media {
                    m.remove("encoding");
                    m.entry("schema").or_insert_with(|| json!({}));
                }
                *content = serde_json::Map::from_iter([("application/json".to_string(), media)]);
            }
            None if !content.is_empty() => {
                *content = serde_json::Map::from_iter([(
                    "application/octet-stream".to_string(),
                    json!({}),
                )]);
            }
            None => {}
        }
    }
    let success = |k: &str| k == "default" || k.starts_with('2') || k.eq_ignore_ascii_case("2XX");
    let error = |k: &str| k == "default" || k.starts_with('4') || k.starts_with('5');
    for (side, filter) in [
        ("success", &success as &dyn Fn(&str) -> bool),
        ("error", &error),
    ] {
        let kinds: BTreeSet<String> = responses
            .iter()
            .filter(|(k, _)| filter(k))
            .map(|(_, r)| match r.get("content") {
                Some(c) => match c.get("application/json") {
                    Some(media) => media
                        .get("schema")
                        .map(|s| s.to_string())
                        .unwrap_or_default(),
                    None => "bytes".to_string(),
                },
                None => "none".to_string(),
            })
            .collect();
        if kinds.len() > 1 {
            diagnostics.push(Diagnostic::note(
                "client",
                at,
                format!("{side} responses have different bodies; the client reads them as bytes"),
            ));
            for (key, response) in responses.iter_mut() {
                if filter(key)
                    && let Value::Object(r) = response
                {
                    r.insert("content".into(), json!({"application/octet-stream": {}}));
                }
            }
        }
    }
    op.insert("responses".into(), Value::Object(responses));
    op.remove("callbacks");
    Ok(())
}
