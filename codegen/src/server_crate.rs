//! The `<svc>-server` crate: an axum stub. One trait with one async method per operation,
//! a typed request and a `#[must_use]` response enum per operation, and `router(api)`,
//! whose handlers validate every request against the contract (through `taller-runtime`)
//! before deserialising it, so every caller mistake is an RFC 9457 problem+json answer.

use std::collections::BTreeMap;
use std::path::Path;

use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use serde_json::Value;
use typify::TypeSpace;

use crate::error::Result;
use crate::model::{Api, Operation, Response, ResponseBody};
use crate::names::{header_field, ident, pascal};
use crate::operation_types::{
    Named, RequestFields, Side, named, request_fields, response_body_type, variant_name,
};
use crate::types_crate::{self, NamedType, Uses};

/// The server's code, and what it uses.
pub struct Server {
    pub tokens: TokenStream,
    pub uses: Uses,
}

/// Generates the server of `api` for the service `service` (e.g. `recambios`).
pub fn generate(
    file: &Path,
    service: &str,
    api: &Api,
    types: &BTreeMap<String, NamedType>,
    types_crate: &str,
) -> Result<Server> {
    let mut space =
        TypeSpace::new(types_crate::settings(Some((types_crate, types))).with_type_mod("types"));
    types_crate::add_components(file, api, &mut space)?;

    let mut items = Vec::new();
    let mut trait_methods = Vec::new();
    let mut handlers = Vec::new();
    let mut routes: BTreeMap<&str, Vec<(usize, &Operation)>> = BTreeMap::new();
    let trait_name = format_ident!("{}Api", pascal(service));
    let secured = !api.security_schemes.is_empty();
    let (security_trait_items, security_items) = security_code(api, &trait_name);
    for (index, op) in api.operations.iter().enumerate() {
        let code = generate_operation(file, &mut space, op, index, &trait_name, secured)?;
        items.push(code.items);
        trait_methods.push(code.trait_method);
        handlers.push(code.handler);
        routes
            .entry(op.route.as_str())
            .or_default()
            .push((index, op));
    }

    let op_ids: Vec<&str> = api.operations.iter().map(|op| op.id.as_str()).collect();
    let mut dispatchers = Vec::new();
    let route_calls: Vec<TokenStream> = routes
        .iter()
        .enumerate()
        .map(|(route_index, (path, ops))| {
            let path = crate::model::route_path(path);
            // Each method once, in the operations' order; templates of the route that differ in
            // text (`{id}.json`, `{id}.xml`) may each have it.
            let mut by_method: Vec<(&str, Vec<(usize, &Operation)>)> = Vec::new();
            for (index, op) in ops {
                match by_method.iter_mut().find(|(m, _)| *m == op.method) {
                    Some((_, same)) => same.push((*index, op)),
                    None => by_method.push((op.method.as_str(), vec![(*index, op)])),
                }
            }
            let methods = by_method.iter().map(|(method, ops)| {
                let m = format_ident!("{}", method);
                if let [(_, op)] = ops.as_slice() {
                    let h = format_ident!("handle_{}", op.rust_name);
                    return quote! { .#m(#h::<A>) };
                }
                let d = format_ident!("dispatch_{}_{}", method, route_index);
                dispatchers.push(dispatcher(&d, &trait_name, ops));
                quote! { .#m(#d::<A>) }
            });
            let methods: Vec<TokenStream> = methods.collect();
            let allowed = by_method.iter().map(|(method, _)| {
                let m = format_ident!("{}", method.to_ascii_uppercase());
                quote! { ::axum::http::Method::#m }
            });
            // One statement per path, not one chained expression: a chain as long as the contract
            // has paths nests that deep, and printing it overflowed the stack at ~10,000 paths.
            quote! {
                let routes = routes.route(
                    #path,
                    ::axum::routing::MethodRouter::new()
                        #(#methods)*
                        .fallback(|| async { Problem::method_not_allowed(&[#(#allowed),*]) }),
                );
            }
        })
        .collect();
    let op_count = api.operations.len();
    let types_tokens = space.to_stream();
    let service_doc =
        format!(" The `{service}` service as a trait: implement it and hand it to [`router`].");

    let tokens = quote! {
        use std::sync::Arc;

        use ::axum::response::{IntoResponse, Response as HttpResponse};
        // Not every contract declares response headers, so not every helper is used.
        #[allow(unused_imports)]
        use ::taller_runtime::stub::{decode, decode_streamed, empty_response, event_stream_response, json_response, raw_response, respond, stream_response, with_header, with_optional_header, ByteStream, EventStream, RawBody};
        use ::taller_runtime::contract::{Contract, Operation};
        pub use ::taller_runtime::{ApiError, Problem, RequestContext};

        mod contract;
        pub use contract::CONTRACT_JSON;

        /// Parameter and inline body types of the operations.
        #[allow(clippy::all, dead_code, unused_imports)]
        pub mod types {
            #types_tokens
        }

        #(#items)*

        #[doc = #service_doc]
        ///
        /// Each method receives the request's context and its typed request, already validated
        /// against the contract, and returns one of the operation's declared responses or an
        /// error: `?` works on [`Self::Error`], answered as the problem it names when the
        /// operation declares its status, otherwise as the 500 every operation declares.
        pub trait #trait_name: Send + Sync + 'static {
            /// The implementation's error (see [`ApiError`]); `std::convert::Infallible` when
            /// nothing can fail, [`Problem`] to answer problems directly.
            type Error: ApiError;

            #security_trait_items

            #(#trait_methods)*
        }

        #security_items

        struct Shared<A> {
            api: A,
            operations: [Arc<Operation>; #op_count],
        }

        /// Every route of the contract, served by `api`. Unknown paths answer a problem+json 404,
        /// known paths with an undeclared method a problem+json 405.
        pub fn router<A: #trait_name>(api: A) -> ::axum::Router {
            let contract = Contract::from_json(CONTRACT_JSON)
                .expect("the embedded contract is the one codegen checked");
            let operations = [#(
                contract.operation(#op_ids).expect("every operation of the contract is known")
            ),*];
            let shared = Arc::new(Shared { api, operations });
            let routes = ::axum::Router::new();
            #(#route_calls)*
            routes
                .fallback(|uri: ::axum::http::Uri| async move { Problem::not_found(uri.path()) })
                .with_state(shared)
        }

        #(#handlers)*
        #(#dispatchers)*
    };
    Ok(Server {
        tokens,
        uses: Uses::of(&space),
    })
}

struct OperationCode {
    items: TokenStream,
    trait_method: TokenStream,
    handler: TokenStream,
}

/// With security schemes: the `SecurityScheme` enum, the trait's `Principal` and
/// `authenticate`, and the runtime's `Authenticate` for the router's state. Without: nothing.
fn security_code(api: &Api, trait_name: &proc_macro2::Ident) -> (TokenStream, TokenStream) {
    if api.security_schemes.is_empty() {
        return (quote! {}, quote! {});
    }
    let mut variants = Vec::new();
    let mut taken: Vec<String> = Vec::new();
    for (name, description) in &api.security_schemes {
        let base = pascal(name);
        let mut variant = base.clone();
        let mut n = 2;
        while taken.contains(&variant) {
            variant = format!("{base}{n}");
            n += 1;
        }
        taken.push(variant.clone());
        let doc = format!(" `{name}`: {description}");
        variants.push((format_ident!("{}", variant), name.as_str(), doc));
    }
    let defs = variants
        .iter()
        .map(|(v, _, doc)| quote! { #[doc = #doc] #v, });
    let to_name = variants
        .iter()
        .map(|(v, name, _)| quote! { Self::#v => #name, });
    let from_name = variants
        .iter()
        .map(|(v, name, _)| quote! { #name => Some(Self::#v), });
    let trait_items = quote! {
        /// Who a caller is once authenticated (see [`Self::authenticate`]).
        type Principal: Principal;

        /// Turns a credential sent for `scheme` into the caller's principal, or says why not
        /// (answered 401 with `WWW-Authenticate`). The router calls it before the handler of
        /// every operation whose `security` names the scheme, then checks the scopes the
        /// operation needs against [`Principal::has_scope`] (403 when one is missing). A
        /// request that fails never reaches the operation's method.
        fn authenticate(
            &self,
            scheme: SecurityScheme,
            credential: Credential,
        ) -> impl ::std::future::Future<Output = ::std::result::Result<Self::Principal, Unauthorized>> + Send;
    };
    let items = quote! {
        pub use ::taller_runtime::security::{Credential, Principal, Unauthorized};

        /// The security schemes of the contract (`components.securitySchemes`).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum SecurityScheme {
            #(#defs)*
        }

        impl SecurityScheme {
            /// The scheme's name in the contract.
            pub fn name(self) -> &'static str {
                match self {
                    #(#to_name)*
                }
            }

            fn from_name(name: &str) -> Option<Self> {
                match name {
                    #(#from_name)*
                    _ => None,
                }
            }
        }

        impl<A: #trait_name> ::taller_runtime::security::Authenticate for Shared<A> {
            type Principal = A::Principal;

            async fn authenticate(
                &self,
                scheme: &str,
                credential: Credential,
            ) -> ::std::result::Result<A::Principal, Unauthorized> {
                match SecurityScheme::from_name(scheme) {
                    Some(scheme) => self.api.authenticate(scheme, credential).await,
                    None => Err(Unauthorized::new(format!("no security scheme is named {scheme}"))),
                }
            }
        }
    };
    (trait_items, items)
}

fn generate_operation(
    file: &Path,
    space: &mut TypeSpace,
    op: &Operation,
    index: usize,
    trait_name: &proc_macro2::Ident,
    secured: bool,
) -> Result<OperationCode> {
    let op_at = op.pointer();
    let Named {
        name,
        request,
        response,
        request_doc,
        response_doc,
    } = named(op, Side::Server);
    let method = ident(&op.rust_name);

    // The request: one struct per parameter location, then the body.
    let RequestFields {
        fields,
        raw: raw_body,
        streamed: streamed_body,
    } = request_fields(file, space, op, &name, &op_at, Side::Server)?;

    let mut variants = Vec::new();
    let mut arms = Vec::new();
    let mut streamed_response = false;
    for resp in &op.responses {
        let (variant, code) = variant_name(resp.status);
        let variant = format_ident!("{}", variant);
        let doc = match &resp.body {
            Some(ResponseBody::Raw(types)) => doc_lines(&format!(
                "{}\n\nThe body's content type is the implementation's to set: {}.",
                resp.description.trim_end(),
                types.join(", ")
            )),
            Some(ResponseBody::Stream(types)) => doc_lines(&format!(
                "{}\n\nStreamed as it is produced; the content type is the implementation's to set: {}.",
                resp.description.trim_end(),
                types.join(", ")
            )),
            Some(ResponseBody::Events(_)) => doc_lines(&format!(
                "{}\n\nServer-sent events (`text/event-stream`), sent as they are produced.",
                resp.description.trim_end()
            )),
            _ => doc_lines(&resp.description),
        };
        if matches!(
            resp.body,
            Some(ResponseBody::Stream(_) | ResponseBody::Events(_))
        ) {
            streamed_response = true;
        }
        let body_ty = response_body_type(file, space, resp, &name, &op_at, Side::Server)?;
        let (variant_def, arm) = variant_code(resp, &variant, code, body_ty);
        variants.push(quote! { #doc #variant_def, });
        arms.push(arm);
    }

    // A stream can be neither cloned nor compared.
    let request_derives = if streamed_body {
        quote! { #[derive(Debug, ::serde::Deserialize)] }
    } else {
        quote! { #[derive(Debug, Clone, PartialEq, ::serde::Deserialize)] }
    };
    let response_derives = if streamed_response {
        quote! { #[derive(Debug)] }
    } else {
        quote! { #[derive(Debug, Clone, PartialEq)] }
    };
    let items = quote! {
        #[doc = #request_doc]
        #request_derives
        pub struct #request {
            #(#fields)*
        }

        #[doc = #response_doc]
        #[must_use]
        #response_derives
        pub enum #response {
            #(#variants)*
        }

        impl IntoResponse for #response {
            fn into_response(self) -> HttpResponse {
                match self {
                    #(#arms)*
                }
            }
        }
    };
    let method_doc = doc_lines(if op.doc.is_empty() { &op.id } else { &op.doc });
    let (context, security) = if secured {
        (
            quote! { RequestContext<Self::Principal> },
            quote! { shared.as_ref() },
        )
    } else {
        (
            quote! { RequestContext },
            quote! { &::taller_runtime::stub::NoSecurity },
        )
    };
    let trait_method = quote! {
        #method_doc
        fn #method(&self, context: #context, request: #request) -> impl ::std::future::Future<Output = ::std::result::Result<#response, Self::Error>> + Send;
    };
    let handler_name = format_ident!("handle_{}", op.rust_name);
    let (decode, binding, raw_body) = if streamed_body {
        (
            quote! { decode_streamed },
            quote! { let mut request = decoded.request; },
            quote! { request.body = decoded.body; },
        )
    } else if raw_body {
        (
            quote! { decode },
            quote! { let mut request = decoded.request; },
            quote! { request.raw_body = decoded.raw_body; },
        )
    } else {
        (
            quote! { decode },
            quote! { let request = decoded.request; },
            quote! {},
        )
    };
    let decoded = quote! {
        let operation = &shared.operations[#index];
        let decoded = match #decode::<#request, _>(operation, request, #security).await {
            Ok(decoded) => decoded,
            Err(problem) => return problem.into_response(),
        };
        let uri = decoded.context.uri().clone();
        #binding
        #raw_body
        respond(operation, &uri, shared.api.#method(decoded.context, request).await)
    };
    let handler = quote! {
        async fn #handler_name<A: #trait_name>(
            ::axum::extract::State(shared): ::axum::extract::State<Arc<Shared<A>>>,
            request: ::axum::extract::Request,
        ) -> HttpResponse {
            #decoded
        }
    };
    Ok(OperationCode {
        items,
        trait_method,
        handler,
    })
}

/// One `#[doc]` attribute per line, so the output reads as `///` comments.
/// A handler for one method of a route that several operations share (templates that differ
/// in text, `/{a}/{b}.json` and `/{a}/{b}.xml`): the request goes to the first, most text
/// first, whose template its path fits; to the last when none does, which answers 404.
fn dispatcher(
    name: &proc_macro2::Ident,
    trait_name: &proc_macro2::Ident,
    ops: &[(usize, &Operation)],
) -> TokenStream {
    let text = |op: &Operation| crate::model::template_text(&op.path);
    let mut ops = ops.to_vec();
    ops.sort_by_key(|(_, op)| std::cmp::Reverse(text(op)));
    let indices = ops.iter().map(|(index, _)| index);
    let arms = ops.iter().enumerate().map(|(i, (_, op))| {
        let h = format_ident!("handle_{}", op.rust_name);
        if i + 1 == ops.len() {
            quote! { _ => #h::<A>(state, request).await, }
        } else {
            quote! { #i => #h::<A>(state, request).await, }
        }
    });
    let doc = format!(
        " `{}` of the operations {}, told apart by their templates.",
        ops[0].1.method.to_ascii_uppercase(),
        ops.iter()
            .map(|(_, op)| format!("`{}`", op.path))
            .collect::<Vec<_>>()
            .join(", ")
    );
    quote! {
        #[doc = #doc]
        async fn #name<A: #trait_name>(
            state: ::axum::extract::State<Arc<Shared<A>>>,
            request: ::axum::extract::Request,
        ) -> HttpResponse {
            let candidates = [#(&state.0.operations[#indices]),*];
            let (chosen, request) = ::taller_runtime::stub::pick(&candidates, request).await;
            match chosen {
                #(#arms)*
            }
        }
    }
}

fn doc_lines(text: &str) -> TokenStream {
    let lines = text
        .trim_end()
        .lines()
        .map(|l| format!(" {l}").trim_end().to_string());
    quote! { #(#[doc = #lines])* }
}

/// The variant and its `into_response` arm.
fn variant_code(
    resp: &Response,
    variant: &proc_macro2::Ident,
    code: Option<u16>,
    body_ty: Option<TokenStream>,
) -> (TokenStream, TokenStream) {
    let status_expr = match code {
        Some(c) => quote! { #c },
        None => quote! { status },
    };
    let mut make = match &resp.body {
        Some(ResponseBody::Json(media_type, _)) => {
            quote! { json_response(#status_expr, #media_type, &body) }
        }
        Some(ResponseBody::Raw(_)) => quote! { raw_response(#status_expr, body) },
        Some(ResponseBody::Stream(_)) => quote! { stream_response(#status_expr, body) },
        Some(ResponseBody::Events(_)) => quote! { event_stream_response(#status_expr, body) },
        None => quote! { empty_response(#status_expr) },
    };
    if resp.headers.is_empty() && code.is_some() {
        return match body_ty {
            Some(ty) => (
                quote! { #variant(#ty) },
                quote! { Self::#variant(body) => #make, },
            ),
            None => (quote! { #variant }, quote! { Self::#variant => #make, }),
        };
    }
    let mut fields = Vec::new();
    let mut bindings = Vec::new();
    if code.is_none() {
        fields.push(quote! { /// The status code sent.
        status: u16 });
        bindings.push(quote! { status });
    }
    if let Some(ty) = body_ty {
        fields.push(quote! { /// The response body.
        body: #ty });
        bindings.push(quote! { body });
    }
    for h in &resp.headers {
        let mut field_name = header_field(&h.name);
        if field_name == "body" || field_name == "status" {
            field_name.push_str("_header");
        }
        let field = ident(&field_name);
        let ty = match h.schema.get("type").and_then(Value::as_str) {
            Some("integer") => quote! { i64 },
            Some("number") => quote! { f64 },
            Some("boolean") => quote! { bool },
            _ => quote! { String },
        };
        let doc = format!(
            " The `{}` header.{}",
            h.name,
            h.description
                .as_deref()
                .map(|d| format!(" {}", d.trim()))
                .unwrap_or_default()
        );
        let header = h.name.to_ascii_lowercase();
        if h.required {
            fields.push(quote! { #[doc = #doc] #field: #ty });
            make = quote! { with_header(#make, #header, #field) };
        } else {
            fields.push(quote! { #[doc = #doc] #field: ::std::option::Option<#ty> });
            make = quote! { with_optional_header(#make, #header, #field) };
        }
        bindings.push(quote! { #field });
    }
    (
        quote! { #variant { #(#fields),* } },
        quote! {
            Self::#variant { #(#bindings),* } => #make,
        },
    )
}
