//! What a generated handler hands the implementation besides the typed request: which
//! operation matched, the request id, the trace context, the method, URI, headers and extensions (where
//! middleware puts what it knows about the request), and the authenticated principal.

use std::sync::Arc;

use http::{Extensions, HeaderMap, Method, Uri};
use taller_trace::TraceContext;

use crate::contract::Operation;
use crate::service::REQUEST_ID;

/// The request around the typed one: every trait method of a generated server receives it.
///
/// `P` is the principal the service's security handler makes of a credential; contracts
/// without security schemes have none (`()`).
#[derive(Debug)]
pub struct RequestContext<P = ()> {
    operation: Arc<Operation>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    extensions: Extensions,
    principal: Option<P>,
}

impl RequestContext {
    /// The context of a request matched to `operation`, taken from its parts (the body has
    /// been read already). Generated handlers build it; tests of an implementation may too.
    pub fn new(operation: Arc<Operation>, parts: http::request::Parts) -> Self {
        RequestContext {
            operation,
            method: parts.method,
            uri: parts.uri,
            headers: parts.headers,
            extensions: parts.extensions,
            principal: None,
        }
    }
}

impl<P> RequestContext<P> {
    /// The `operationId` of the matched operation.
    pub fn operation_id(&self) -> &str {
        self.operation.id()
    }

    /// The matched operation, compiled (what the request was validated against).
    pub fn operation(&self) -> &Arc<Operation> {
        &self.operation
    }

    /// The request's id (`x-request-id`: the caller's, or the one the service made up), for
    /// logs and for calls to other services.
    pub fn request_id(&self) -> Option<&str> {
        self.headers.get(REQUEST_ID).and_then(|v| v.to_str().ok())
    }

    /// The request's W3C trace context (`traceparent` continued, or a new trace): its
    /// `trace_id` and `span_id` are in every log line of the request, and the generated clients
    /// send them on from within the request. Work queued for later captures a clone and runs
    /// in `trace.clone().scope(...)`. `None` only for a context built outside `service::app`.
    pub fn trace(&self) -> Option<&TraceContext> {
        self.extensions.get::<TraceContext>()
    }

    /// The request method.
    pub fn method(&self) -> &Method {
        &self.method
    }

    /// The request URI as received (path and query).
    pub fn uri(&self) -> &Uri {
        &self.uri
    }

    /// Every request header, including those the contract does not declare.
    pub fn headers(&self) -> &HeaderMap {
        &self.headers
    }

    /// The request's extensions: whatever middleware attached to the request.
    pub fn extensions(&self) -> &Extensions {
        &self.extensions
    }

    /// One value middleware attached with `request.extensions_mut().insert(value)`.
    pub fn extension<T: Clone + Send + Sync + 'static>(&self) -> Option<&T> {
        self.extensions.get::<T>()
    }

    /// The authenticated caller; `None` on an operation the contract leaves open.
    pub fn principal(&self) -> Option<&P> {
        self.principal.as_ref()
    }

    /// The same context carrying `principal` (the router's security check sets it).
    pub fn with_principal<Q>(self, principal: Option<Q>) -> RequestContext<Q> {
        RequestContext {
            operation: self.operation,
            method: self.method,
            uri: self.uri,
            headers: self.headers,
            extensions: self.extensions,
            principal,
        }
    }
}
