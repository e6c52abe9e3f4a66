//! The client's own methods: for each operation progenitor cannot express (parameter styles
//! other than its defaults, object parameters, request bodies of media types it does not send,
//! upgrades), a typed method on the same `Client`, over the same models, written here. It takes
//! the `ops::<Op>Request` the server's trait method receives (the same parameter structs and
//! body types) and answers `ResponseValue<ops::<Op>Response>`, one variant per declared
//! status, as the server's response enum; status and headers are on the `ResponseValue`.
//! Parameters are written in their declared style by `taller_client::params`; bodies that are
//! not JSON travel as `taller_client::RawBody` (bytes and their content type).

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use typify::TypeSpace;

use crate::error::Result;
use crate::model::{Api, Location, Operation, ResponseBody, Status};
use crate::names::ident;
use crate::operation_types::{
    Named, RequestFields, Side, named, request_fields, response_body_type, variant_name,
};
use crate::types_crate::{self, NamedType, Uses};

/// The methods, and what they use.
pub struct Direct {
    pub tokens: TokenStream,
    pub uses: Uses,
    /// The pointers (`/paths/<path>/<method>`) of the operations the methods send.
    pub sent: BTreeSet<String>,
}

/// The methods of the operations of `api` at `left_out` (pointers of operations progenitor
/// did not take).
pub fn generate(
    file: &Path,
    api: &Api,
    left_out: &BTreeSet<String>,
    types: &BTreeMap<String, NamedType>,
    types_crate: &str,
    secured: bool,
) -> Result<Direct> {
    let mut space =
        TypeSpace::new(types_crate::settings(Some((types_crate, types))).with_type_mod("types"));
    let mut items = Vec::new();
    let mut methods = Vec::new();
    let mut sent = BTreeSet::new();
    let ops: Vec<&Operation> = api
        .operations
        .iter()
        .filter(|op| left_out.contains(&op.pointer()))
        .collect();
    if ops.is_empty() {
        return Ok(Direct {
            tokens: TokenStream::new(),
            uses: Uses::of(&space),
            sent,
        });
    }
    types_crate::add_components(file, api, &mut space)?;
    for op in ops {
        let (item, method) = operation(file, &mut space, op, secured)?;
        items.push(item);
        methods.push(method);
        sent.insert(op.pointer());
    }
    let types_tokens = space.to_stream();
    let tokens = quote! {
        /// The requests and responses of the operations progenitor cannot express, which
        /// [`Client`] sends with its own methods (taller codegen's, over the same models).
        pub mod ops {
            /// Parameter and inline body types of those operations.
            #[allow(clippy::all, dead_code, unused_imports)]
            pub mod types {
                #types_tokens
            }

            #(#items)*
        }

        impl Client {
            #(#methods)*
        }
    };
    Ok(Direct {
        tokens,
        uses: Uses::of(&space),
        sent,
    })
}

/// The request struct and response enum (in `ops`), and the method (on `Client`).
fn operation(
    file: &Path,
    space: &mut TypeSpace,
    op: &Operation,
    secured: bool,
) -> Result<(TokenStream, TokenStream)> {
    let op_at = op.pointer();
    let Named {
        name,
        request,
        response,
        request_doc,
        response_doc,
    } = named(op, Side::Client);
    let RequestFields {
        fields,
        raw,
        streamed,
    } = request_fields(file, space, op, &name, &op_at, Side::Client)?;

    let mut variants = Vec::new();
    let mut arms = Vec::new();
    let mut ranges = Vec::new();
    let mut fallback = quote! { _ => Err(::taller_client::Error::UnexpectedResponse(response)), };
    for resp in &op.responses {
        let (variant, _) = variant_name(resp.status);
        let variant = format_ident!("{}", variant);
        let doc = format!(" {}", resp.description.trim());
        let body_ty = response_body_type(file, space, resp, &name, &op_at, Side::Client)?;
        let read = match (&resp.body, &body_ty) {
            (Some(ResponseBody::Json(..)), Some(ty)) => {
                variants.push(quote! { #[doc = #doc] #variant(#ty), });
                quote! { ::taller_client::read_json(response, ops::#response::#variant).await }
            }
            (_, Some(ty)) => {
                variants.push(quote! { #[doc = #doc] #variant(#ty), });
                quote! { ::taller_client::read_raw(response, ops::#response::#variant).await }
            }
            (_, None) => {
                variants.push(quote! { #[doc = #doc] #variant, });
                quote! { ::taller_client::read_empty(response, ops::#response::#variant) }
            }
        };
        match resp.status {
            Status::Code(code) => arms.push(quote! { #code => #read, }),
            Status::Range(digit) => {
                let (low, high) = (digit * 100, digit * 100 + 99);
                ranges.push(quote! { #low..=#high => #read, });
            }
            Status::Default => fallback = quote! { _ => #read, },
        }
    }

    let item = quote! {
        #[doc = #request_doc]
        #[derive(Debug, Clone)]
        pub struct #request {
            #(#fields)*
        }

        #[doc = #response_doc]
        #[derive(Debug, Clone)]
        pub enum #response {
            #(#variants)*
        }
    };

    let url = url_code(op);
    let query = params_code(op, Location::Query);
    let headers = params_code(op, Location::Header);
    let cookies = cookies_code(op);
    let body = body_code(op, raw, streamed);
    let credentials = secured.then(|| quote! { self.inner.apply(http_request.headers_mut()); });
    let method = ident(&op.rust_name);
    let http_method = format_ident!("{}", op.method.to_ascii_uppercase());
    let doc = format!(
        " `{} {}`{}\n\n Sent by this crate's own code (progenitor cannot express this operation): parameters in their declared styles, bodies other than JSON as [`taller_client::RawBody`].",
        op.method.to_ascii_uppercase(),
        op.path,
        if op.doc.is_empty() {
            String::new()
        } else {
            format!(": {}", op.doc.lines().next().unwrap_or_default())
        }
    );
    let method = quote! {
        #[doc = #doc]
        pub async fn #method(
            &self,
            request: ops::#request,
        ) -> ::std::result::Result<ResponseValue<ops::#response>, ::taller_client::Error> {
            #url
            let mut query: ::std::vec::Vec<(String, String)> = ::std::vec::Vec::new();
            #query
            let mut builder = self
                .client
                .request(::reqwest::Method::#http_method, url)
                .query(&query);
            #headers
            #cookies
            #body
            let mut http_request = builder
                .build()
                .map_err(|e| ::taller_client::Error::InvalidRequest(e.to_string()))?;
            ::taller_trace::inject_current(http_request.headers_mut());
            #credentials
            let response = ::taller_client::send(&self.client, http_request).await?;
            match response.status().as_u16() {
                #(#arms)*
                #(#ranges)*
                #fallback
            }
        }
    };
    Ok((item, method))
}

/// `::taller_client::params::Style::<style>`.
fn style(name: &str) -> TokenStream {
    let variant = format_ident!(
        "{}",
        match name {
            "spaceDelimited" => "SpaceDelimited",
            "pipeDelimited" => "PipeDelimited",
            "deepObject" => "DeepObject",
            "label" => "Label",
            "matrix" => "Matrix",
            "form" => "Form",
            _ => "Simple",
        }
    );
    quote! { ::taller_client::params::Style::#variant }
}

/// `let url = …`: the base URL, then the path with each `{name}` written in its style.
fn url_code(op: &Operation) -> TokenStream {
    let has_path = op.params.iter().any(|p| p.location == Location::Path);
    let values = has_path.then(|| quote! { let path = ::taller_client::to_value(&request.path)?; });
    let mut pieces = Vec::new();
    let mut rest = op.path.as_str();
    while let Some(open) = rest.find('{') {
        let Some(close) = rest[open..].find('}').map(|c| open + c) else {
            break;
        };
        let literal = &rest[..open];
        if !literal.is_empty() {
            pieces.push(quote! { url.push_str(#literal); });
        }
        let name = &rest[open + 1..close];
        if let Some(p) = op
            .params
            .iter()
            .find(|p| p.location == Location::Path && p.name == name)
        {
            let style = style(&p.style);
            let explode = p.explode;
            pieces.push(quote! {
                url.push_str(&::taller_client::params::path(#name, #style, #explode, &path[#name]));
            });
        }
        rest = &rest[close + 1..];
    }
    if !rest.is_empty() {
        pieces.push(quote! { url.push_str(#rest); });
    }
    quote! {
        #values
        let mut url = self.baseurl.clone();
        #(#pieces)*
    }
}

/// The query pairs (into `query`) or the headers (onto `builder`) of `location`.
fn params_code(op: &Operation, location: Location) -> TokenStream {
    let params = op.params_in(location);
    if params.is_empty() {
        return TokenStream::new();
    }
    let writes = params.iter().map(|p| {
        let name = p.name.as_str();
        let style = style(&p.style);
        let explode = p.explode;
        match location {
            Location::Query => quote! {
                ::taller_client::params::query(#name, #style, #explode, &values[#name], &mut query);
            },
            _ => quote! {
                if let Some(value) = values.get(#name).filter(|v| !v.is_null()) {
                    builder = builder.header(
                        #name,
                        ::taller_client::header_value(#name, &::taller_client::params::header(value, #explode))?,
                    );
                }
            },
        }
    });
    let field = match location {
        Location::Query => quote! { query },
        _ => quote! { headers },
    };
    quote! {
        {
            let values = ::taller_client::to_value(&request.#field)?;
            #(#writes)*
        }
    }
}

/// The cookie parameters, as one `Cookie` header (`name=value; …`).
fn cookies_code(op: &Operation) -> TokenStream {
    let params = op.params_in(Location::Cookie);
    if params.is_empty() {
        return TokenStream::new();
    }
    // One cookie per parameter, as servers read them: an array's items joined by commas, an
    // object's fields as `k=v,l=w` (explode) or `k,v,l,w`.
    let writes = params.iter().map(|p| {
        let name = p.name.as_str();
        let explode = p.explode;
        quote! {
            if let Some(value) = values.get(#name).filter(|v| !v.is_null()) {
                pairs.push((#name.to_owned(), ::taller_client::params::header(value, #explode)));
            }
        }
    });
    quote! {
        {
            let values = ::taller_client::to_value(&request.cookies)?;
            let mut pairs: ::std::vec::Vec<(String, String)> = ::std::vec::Vec::new();
            #(#writes)*
            if !pairs.is_empty() {
                let cookie = ::taller_client::params::cookie_header(&pairs)
                    .map_err(::taller_client::Error::InvalidRequest)?;
                builder = builder.header(
                    ::reqwest::header::COOKIE,
                    ::taller_client::header_value("cookie", &cookie)?,
                );
            }
        }
    }
}

/// The body onto `builder`: the JSON body when given, else the raw one.
fn body_code(op: &Operation, raw: bool, streamed: bool) -> TokenStream {
    let Some(body) = &op.body else {
        return TokenStream::new();
    };
    let raw_field = if streamed {
        Some(quote! { body })
    } else if raw {
        Some(quote! { raw_body })
    } else {
        None
    };
    let raw_code = raw_field.map(|field| {
        quote! {
            if let Some(raw) = request.#field {
                builder = builder
                    .header(
                        ::reqwest::header::CONTENT_TYPE,
                        ::taller_client::header_value("content-type", &raw.content_type)?,
                    )
                    .body(raw.bytes);
            }
        }
    });
    let Some((media_type, _)) = &body.json else {
        return raw_code.unwrap_or_default();
    };
    let send_json = quote! {
        builder = builder
            .header(::reqwest::header::CONTENT_TYPE, #media_type)
            .body(::taller_client::json_body(json)?);
    };
    if body.required && body.raw.is_empty() {
        return quote! {
            let json = &request.body;
            #send_json
        };
    }
    match raw_code {
        Some(raw_code) => quote! {
            if let Some(json) = &request.body {
                #send_json
            } else {
                #raw_code
            }
        },
        None => quote! {
            if let Some(json) = &request.body {
                #send_json
            }
        },
    }
}
