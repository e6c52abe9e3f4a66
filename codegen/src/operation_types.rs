//! The types of one operation, as the server and the client's own methods both declare them:
//! a struct per parameter location (`<Op>Path`, `<Op>Query`, `<Op>Headers`, `<Op>Cookies`),
//! the JSON body
//! (`<Op>Body`) and each response's (`<Op>Response<status>`), all added to a typify
//! [`TypeSpace`]; and the fields of the `<Op>Request` struct that holds them.

use std::path::Path;

use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use serde_json::{Map, Value, json};
use typify::TypeSpace;

use crate::error::{Error, Result};
use crate::model::{Location, Operation, Response, ResponseBody, Status};
use crate::names::pascal;
use crate::schema::to_json_schema;

/// Which crate the types are for: what a raw or streamed body is there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    /// The server: raw bodies are the runtime's `RawBody`, streams `ByteStream` and
    /// `EventStream<T>`; the request is deserialised (the bodies skipped).
    Server,
    /// The client's own methods: every body that is not JSON is a `taller_client::RawBody`.
    Client,
}

/// The names of an operation's request struct and response enum, with their doc lines.
pub struct Named {
    /// The operation's name in Pascal case, the prefix of its generated types.
    pub name: String,
    pub request: proc_macro2::Ident,
    pub response: proc_macro2::Ident,
    pub request_doc: String,
    pub response_doc: String,
}

/// [`Named`] for `op`, as `side` documents it.
pub fn named(op: &Operation, side: Side) -> Named {
    let name = pascal(&op.rust_name);
    let validated = match side {
        Side::Server => ", validated against the contract",
        Side::Client => "",
    };
    Named {
        request: format_ident!("{}Request", name),
        response: format_ident!("{}Response", name),
        request_doc: format!(
            " The request of `{}` ({} {}){validated}.",
            op.id,
            op.method.to_ascii_uppercase(),
            op.path
        ),
        response_doc: format!(
            " Every response `{}` declares, one variant per status.",
            op.id
        ),
        name,
    }
}

/// The `<Op>Request` fields, and what kind of body it has.
pub struct RequestFields {
    pub fields: Vec<TokenStream>,
    /// A `raw_body` field (media types other than JSON, read whole).
    pub raw: bool,
    /// A `body` field streamed (binary media types only).
    pub streamed: bool,
}

/// The Rust type typify gives `schema`, added to `space` as `name`.
pub fn type_for(
    file: &Path,
    space: &mut TypeSpace,
    schema: Value,
    name: String,
    at: &str,
) -> Result<TokenStream> {
    let schema: schemars::schema::Schema = serde_json::from_value(schema)
        .map_err(|e| Error::spec(file, at, format!("not a valid schema: {e}")))?;
    let typify = |e: typify::Error| Error::Generator {
        file: file.to_path_buf(),
        pointer: at.to_string(),
        stage: "typify",
        message: e.to_string(),
    };
    let id = space
        .add_type_with_name(&schema, Some(name))
        .map_err(typify)?;
    Ok(space.get_type(&id).map_err(typify)?.ident())
}

/// The request's fields: one struct per parameter location, then the body.
pub fn request_fields(
    file: &Path,
    space: &mut TypeSpace,
    op: &Operation,
    name: &str,
    op_at: &str,
    side: Side,
) -> Result<RequestFields> {
    let mut fields = Vec::new();
    for (location, part, suffix) in [
        (Location::Path, "path", "Path"),
        (Location::Query, "query", "Query"),
        (Location::Header, "headers", "Headers"),
        (Location::Cookie, "cookies", "Cookies"),
    ] {
        let params = op.params_in(location);
        if params.is_empty() {
            continue;
        }
        let mut properties = Map::new();
        let mut required = Vec::new();
        for p in &params {
            let mut schema = to_json_schema(&p.schema);
            if let (Some(description), Value::Object(map)) = (&p.description, &mut schema)
                && !map.contains_key("$ref")
            {
                map.entry("description")
                    .or_insert_with(|| json!(description));
            }
            properties.insert(p.name.clone(), schema);
            if p.required {
                required.push(json!(p.name));
            }
        }
        let schema = json!({ "type": "object", "properties": properties, "required": required });
        let ty = type_for(file, space, schema, format!("{name}{suffix}"), op_at)?;
        let field = format_ident!("{}", part);
        let doc = format!(
            " The {} parameters.",
            match part {
                "headers" => "header",
                "cookies" => "cookie",
                _ => part,
            }
        );
        fields.push(quote! { #[doc = #doc] pub #field: #ty, });
    }
    let mut raw = false;
    let mut streamed = false;
    let skip = match side {
        Side::Server => quote! { #[serde(skip)] },
        Side::Client => quote! {},
    };
    if let Some(body) = &op.body {
        if let Some((_, schema)) = &body.json {
            let ty = type_for(
                file,
                space,
                to_json_schema(schema),
                format!("{name}Body"),
                op_at,
            )?;
            if body.required && body.raw.is_empty() {
                fields.push(quote! { /// The request body.
                pub body: #ty, });
            } else {
                fields.push(quote! { /// The JSON request body, when sent.
                pub body: ::std::option::Option<#ty>, });
            }
        }
        if body.streamed {
            streamed = true;
            let (doc, ty) = match side {
                Side::Server => (
                    format!(
                        " The request body as it arrives, when sent ({}); never read whole by the server.",
                        body.raw.join(", ")
                    ),
                    quote! { ByteStream },
                ),
                Side::Client => (
                    format!(" The request body, when sent ({}).", body.raw.join(", ")),
                    quote! { ::taller_client::RawBody },
                ),
            };
            fields.push(quote! { #[doc = #doc]
            #skip
            pub body: ::std::option::Option<#ty>, });
        } else if !body.raw.is_empty() {
            raw = true;
            let (doc, ty) = match side {
                Side::Server => (
                    format!(
                        " The request body as received, when sent as {} (validated against the contract when JSON is among them only).",
                        body.raw.join(", ")
                    ),
                    quote! { RawBody },
                ),
                Side::Client => (
                    format!(
                        " The request body and its content type, when sent as {}.",
                        body.raw.join(", ")
                    ),
                    quote! { ::taller_client::RawBody },
                ),
            };
            fields.push(quote! { #[doc = #doc]
            #skip
            pub raw_body: ::std::option::Option<#ty>, });
        }
    }
    Ok(RequestFields {
        fields,
        raw,
        streamed,
    })
}

/// The type a response's body has, `None` without a body.
pub fn response_body_type(
    file: &Path,
    space: &mut TypeSpace,
    resp: &Response,
    name: &str,
    op_at: &str,
    side: Side,
) -> Result<Option<TokenStream>> {
    let status = crate::model::status_key(resp.status);
    Ok(match (&resp.body, side) {
        (Some(ResponseBody::Json(_, schema)), _) => Some(type_for(
            file,
            space,
            to_json_schema(schema),
            format!("{name}Response{status}"),
            op_at,
        )?),
        (Some(_), Side::Client) => Some(quote! { ::taller_client::RawBody }),
        (Some(ResponseBody::Raw(_)), Side::Server) => Some(quote! { RawBody }),
        (Some(ResponseBody::Stream(_)), Side::Server) => Some(quote! { ByteStream }),
        (Some(ResponseBody::Events(schema)), Side::Server) => {
            let data = type_for(
                file,
                space,
                to_json_schema(schema),
                format!("{name}Response{status}Event"),
                op_at,
            )?;
            Some(quote! { EventStream<#data> })
        }
        (None, _) => None,
    })
}

/// `Created201`, `ClientError4XX`, `Default`, and the status for fixed codes.
pub fn variant_name(status: Status) -> (String, Option<u16>) {
    match status {
        Status::Code(code) => {
            let reason = ::http::StatusCode::from_u16(code)
                .ok()
                .and_then(|s| s.canonical_reason())
                .map(|r| pascal(&r.replace('-', " ")))
                .unwrap_or_else(|| "Status".to_string());
            (format!("{reason}{code}"), Some(code))
        }
        Status::Range(d) => {
            let kind = match d {
                1 => "Informational",
                2 => "Success",
                3 => "Redirection",
                4 => "ClientError",
                _ => "ServerError",
            };
            (format!("{kind}{d}XX"), None)
        }
        Status::Default => ("Default".to_string(), None),
    }
}
