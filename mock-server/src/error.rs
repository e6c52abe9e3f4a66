//! The crate's one error type: everything that can go wrong while loading a spec, starting the
//! server or answering a request. `problem.rs` is the single place that turns the request-time
//! variants into `application/problem+json` responses.

use serde_json::Value;

/// Every failure the mock server knows about.
#[derive(Debug, thiserror::Error)]
pub enum MockError {
    /// The spec (or a `$ref`'d file) cannot be read, parsed, or breaks OpenAPI's structure:
    /// names the file and the line and column or the JSON pointer.
    #[error(transparent)]
    Load(#[from] taller_contract::LoadError),
    /// Bad command-line input that clap cannot catch (e.g. a malformed `--mount`).
    #[error("{0}")]
    Usage(String),
    /// `--tls-cert`/`--tls-key`: the file cannot be read, or holds no usable certificate or key.
    #[error("TLS: {file}: {reason}")]
    Tls { file: String, reason: String },
    /// The listening socket cannot be opened.
    #[error("cannot listen on {addr}: {source}")]
    Bind {
        addr: String,
        source: std::io::Error,
    },

    // ---- request-time problems (Prism's error catalogue) ----
    /// No path of the spec matches the request.
    #[error("The route {path} hasn't been found in the specification file")]
    NoPathMatched { path: String },
    /// A path matches but not with this method.
    #[error("The route {path} has been matched, but it does not have \"{method}\" method defined")]
    NoMethodMatched {
        path: String,
        method: String,
        /// The methods the path has, for the `Allow` header (`GET, POST`).
        allow: String,
    },
    /// The Accept header names nothing the response can produce.
    #[error("Unable to find content for {accept}")]
    NotAcceptable { accept: String },
    /// A `Prefer`/`__code`/`__example` asks for something the spec lacks, or (stateful) an
    /// unknown resource.
    #[error("{detail}")]
    NotFound { detail: String },
    /// The request body's media type is not one the operation accepts.
    #[error("Supported content types: {supported}")]
    InvalidContentType { supported: String },
    /// Security requirements not met and the spec has no 401 response of its own.
    #[error("Invalid security scheme used")]
    Unauthorized { www_authenticate: Option<String> },
    /// Request validation failed and the spec has no 422/400/default response of its own.
    #[error("Invalid request")]
    Unprocessable { validation: Vec<Value> },
    /// `--errors`: the mocked response breaks its own schema.
    #[error("Request/Response not valid")]
    Violations { validation: Vec<Value> },
    /// A text media type was chosen but the value is an object or array.
    #[error("Cannot serialise complex objects as text")]
    NoComplexObjectText,
    /// The schema needs more than the sampler's budget to produce a value.
    #[error("Unable to generate body for response. The schema is too complex to generate.")]
    SchemaTooComplex,
    /// The request body is larger than the mock reads.
    #[error("The request body is larger than the limit of {limit} bytes.")]
    PayloadTooLarge { limit: usize },
    /// The request's header fields are too many or too large.
    #[error("{detail}")]
    HeadersTooLarge { detail: String },
    /// A JSON request body that does not parse (Prism's server answers 400 before routing).
    #[error("{reason}")]
    InvalidJson { reason: String },
    /// A `Prefer` (or `__code`/`__dynamic` query) value Prism's decoder refuses (its 422).
    #[error("{detail}")]
    BadPreference { detail: String },
    /// `?__server=` names a server the operation does not declare.
    #[error("The server url {server} hasn't been matched with any of the provided servers")]
    NoServerMatched { server: String },
    /// `?__server=` but the document declares no servers at all.
    #[error("No server configuration has been provided, although {server} is set as server url")]
    NoServerConfiguration { server: String },
    /// The operation declares no response at all (Prism's 500).
    #[error("")]
    NoResponseDefined,
    /// Beyond Prism: an error injected by `x-mock` or `Prefer: error=` where the operation
    /// declares no response for the status.
    #[error("Error {status} injected into {operation} (x-mock or Prefer: error=)")]
    Injected { status: u16, operation: String },
    /// The request body could not be read to its end.
    #[error("The request body could not be read: {0}")]
    BodyUnreadable(String),

    // ---- proxy ----
    /// `proxy`: a GET or HEAD request with a body, which the proxy does not forward.
    #[error("")]
    ProxyUnsupportedRequestBody,
    /// `proxy`: the upstream answered 501 to a request no operation of the spec matches (a
    /// matched one is answered by the mock instead).
    #[error("")]
    UpstreamNotImplemented,
    /// `proxy`: the upstream could not be reached, or its answer not read.
    #[error("request to {url} failed, reason: {reason}")]
    Upstream { url: String, reason: String },
}
