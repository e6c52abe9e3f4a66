// @generated from codegen/tests/fixtures/secure-demo.yaml by `EXPECTORATE=overwrite cargo test -p taller-codegen --test snapshots`.
// Do not edit: change the spec or codegen/, then regenerate.

//! Async client of the `secure-demo` service (Secure demo), Builder style; models come from `secure-demo-types`.
#![allow(
    clippy::all,
    clippy::pedantic,
    dead_code,
    unused_imports,
    unused_mut,
    irrefutable_let_patterns,
    mismatched_lifetime_syntaxes
)]
#[allow(unused_imports)]
pub use progenitor_client::{ByteStream, ClientInfo, Error, ResponseValue};
#[allow(unused_imports)]
use progenitor_client::{encode_path, ClientHooks, OperationInfo, RequestBuilderExt};
/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    ///`GetInformeResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct GetInformeResponse {
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub who: ::std::option::Option<::std::string::String>,
    }
    impl GetInformeResponse {
        pub fn builder() -> builder::GetInformeResponse {
            Default::default()
        }
    }
    ///`GetSaludResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct GetSaludResponse {
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub who: ::std::option::Option<::std::string::String>,
    }
    impl GetSaludResponse {
        pub fn builder() -> builder::GetSaludResponse {
            Default::default()
        }
    }
    ///`GetSesionResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct GetSesionResponse {
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub who: ::std::option::Option<::std::string::String>,
    }
    impl GetSesionResponse {
        pub fn builder() -> builder::GetSesionResponse {
            Default::default()
        }
    }
    ///`ListPiezasResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ListPiezasResponse {
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub who: ::std::option::Option<::std::string::String>,
    }
    impl ListPiezasResponse {
        pub fn builder() -> builder::ListPiezasResponse {
            Default::default()
        }
    }
    /// Types for composing complex structures.
    pub mod builder {
        #[derive(Clone, Debug)]
        pub struct GetInformeResponse {
            who: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for GetInformeResponse {
            fn default() -> Self {
                Self {
                    who: Err("no value supplied for who".to_string()),
                }
            }
        }
        impl GetInformeResponse {
            pub fn who<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.who = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for who: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<GetInformeResponse> for super::GetInformeResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GetInformeResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { who: value.who? })
            }
        }
        impl ::std::convert::From<super::GetInformeResponse> for GetInformeResponse {
            fn from(value: super::GetInformeResponse) -> Self {
                Self { who: Ok(value.who) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct GetSaludResponse {
            who: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for GetSaludResponse {
            fn default() -> Self {
                Self {
                    who: Err("no value supplied for who".to_string()),
                }
            }
        }
        impl GetSaludResponse {
            pub fn who<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.who = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for who: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<GetSaludResponse> for super::GetSaludResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GetSaludResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { who: value.who? })
            }
        }
        impl ::std::convert::From<super::GetSaludResponse> for GetSaludResponse {
            fn from(value: super::GetSaludResponse) -> Self {
                Self { who: Ok(value.who) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct GetSesionResponse {
            who: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for GetSesionResponse {
            fn default() -> Self {
                Self {
                    who: Err("no value supplied for who".to_string()),
                }
            }
        }
        impl GetSesionResponse {
            pub fn who<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.who = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for who: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<GetSesionResponse> for super::GetSesionResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GetSesionResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { who: value.who? })
            }
        }
        impl ::std::convert::From<super::GetSesionResponse> for GetSesionResponse {
            fn from(value: super::GetSesionResponse) -> Self {
                Self { who: Ok(value.who) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ListPiezasResponse {
            who: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ListPiezasResponse {
            fn default() -> Self {
                Self {
                    who: Err("no value supplied for who".to_string()),
                }
            }
        }
        impl ListPiezasResponse {
            pub fn who<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.who = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for who: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ListPiezasResponse> for super::ListPiezasResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ListPiezasResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { who: value.who? })
            }
        }
        impl ::std::convert::From<super::ListPiezasResponse> for ListPiezasResponse {
            fn from(value: super::ListPiezasResponse) -> Self {
                Self { who: Ok(value.who) }
            }
        }
    }
    /// Error types.
    pub mod error {
        /// Error from a `TryFrom` or `FromStr` implementation.
        pub struct ConversionError(::std::borrow::Cow<'static, str>);
        impl ::std::error::Error for ConversionError {}
        impl ::std::fmt::Display for ConversionError {
            fn fmt(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Display::fmt(&self.0, f)
            }
        }
        impl ::std::fmt::Debug for ConversionError {
            fn fmt(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Debug::fmt(&self.0, f)
            }
        }
        impl From<&'static str> for ConversionError {
            fn from(value: &'static str) -> Self {
                Self(value.into())
            }
        }
        impl From<String> for ConversionError {
            fn from(value: String) -> Self {
                Self(value.into())
            }
        }
    }
}
#[derive(Clone, Debug)]
/**Client for Secure demo

Every kind of security scheme, alternatives and combinations, scopes, and open operations.

Version: 1.0.0*/
pub struct Client {
    pub(crate) baseurl: String,
    pub(crate) client: reqwest::Client,
    pub(crate) inner: crate::Credentials,
}
impl Client {
    /// Create a new client.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new(baseurl: &str, inner: crate::Credentials) -> Self {
        #[cfg(not(target_arch = "wasm32"))]
        let client = {
            let dur = ::std::time::Duration::from_secs(15u64);
            reqwest::ClientBuilder::new().connect_timeout(dur).timeout(dur)
        };
        #[cfg(target_arch = "wasm32")]
        let client = reqwest::ClientBuilder::new();
        Self::new_with_client(baseurl, client.build().unwrap(), inner)
    }
    /// Construct a new client with an existing `reqwest::Client`,
    /// allowing more control over its configuration.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new_with_client(
        baseurl: &str,
        client: reqwest::Client,
        inner: crate::Credentials,
    ) -> Self {
        Self {
            baseurl: baseurl.to_string(),
            client,
            inner,
        }
    }
}
impl ClientInfo<crate::Credentials> for Client {
    fn api_version() -> &'static str {
        "1.0.0"
    }
    fn baseurl(&self) -> &str {
        self.baseurl.as_str()
    }
    fn client(&self) -> &reqwest::Client {
        &self.client
    }
    fn inner(&self) -> &crate::Credentials {
        &self.inner
    }
}
impl ClientHooks<crate::Credentials> for &Client {}
impl Client {
    /**Needs both a bearer token and a key in the query (AND)

Sends a `GET` request to `/informe`

```ignore
let response = client.get_informe()
    .send()
    .await;
```*/
    pub fn get_informe(&self) -> builder::GetInforme<'_> {
        builder::GetInforme::new(self)
    }
    /**Read with the document's default requirement (OAuth2 scope piezas:read), or with an API key in a header

Sends a `GET` request to `/piezas`

```ignore
let response = client.list_piezas()
    .send()
    .await;
```*/
    pub fn list_piezas(&self) -> builder::ListPiezas<'_> {
        builder::ListPiezas::new(self)
    }
    /**Needs two scopes

Sends a `DELETE` request to `/piezas`

```ignore
let response = client.purge_piezas()
    .send()
    .await;
```*/
    pub fn purge_piezas(&self) -> builder::PurgePiezas<'_> {
        builder::PurgePiezas::new(self)
    }
    /**Open to anyone

Sends a `GET` request to `/salud`

```ignore
let response = client.get_salud()
    .send()
    .await;
```*/
    pub fn get_salud(&self) -> builder::GetSalud<'_> {
        builder::GetSalud::new(self)
    }
    /**Basic or a cookie key; anonymous callers too

Sends a `GET` request to `/sesion`

```ignore
let response = client.get_sesion()
    .send()
    .await;
```*/
    pub fn get_sesion(&self) -> builder::GetSesion<'_> {
        builder::GetSesion::new(self)
    }
}
/// Types for composing operation parameters.
#[allow(clippy::all)]
pub mod builder {
    use super::types;
    #[allow(unused_imports)]
    use super::{
        encode_path, ByteStream, ClientInfo, ClientHooks, Error, OperationInfo,
        RequestBuilderExt, ResponseValue,
    };
    /**Builder for [`Client::get_informe`]

[`Client::get_informe`]: super::Client::get_informe*/
    #[derive(Debug, Clone)]
    pub struct GetInforme<'a> {
        client: &'a super::Client,
    }
    impl<'a> GetInforme<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `GET` request to `/informe`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::GetInformeResponse>,
            Error<::secure_demo_types::Problem>,
        > {
            let Self { client } = self;
            let url = format!("{}/informe", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_informe",
            };
            (|credentials: &crate::Credentials, request: &mut reqwest::Request| {
                ::taller_trace::inject_current(request.headers_mut());
                credentials.apply(request.headers_mut());
            })(&client.inner, &mut request);
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::list_piezas`]

[`Client::list_piezas`]: super::Client::list_piezas*/
    #[derive(Debug, Clone)]
    pub struct ListPiezas<'a> {
        client: &'a super::Client,
    }
    impl<'a> ListPiezas<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `GET` request to `/piezas`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::ListPiezasResponse>,
            Error<::secure_demo_types::Problem>,
        > {
            let Self { client } = self;
            let url = format!("{}/piezas", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_piezas",
            };
            (|credentials: &crate::Credentials, request: &mut reqwest::Request| {
                ::taller_trace::inject_current(request.headers_mut());
                credentials.apply(request.headers_mut());
            })(&client.inner, &mut request);
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::purge_piezas`]

[`Client::purge_piezas`]: super::Client::purge_piezas*/
    #[derive(Debug, Clone)]
    pub struct PurgePiezas<'a> {
        client: &'a super::Client,
    }
    impl<'a> PurgePiezas<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `DELETE` request to `/piezas`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<()>, Error<::secure_demo_types::Problem>> {
            let Self { client } = self;
            let url = format!("{}/piezas", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "purge_piezas",
            };
            (|credentials: &crate::Credentials, request: &mut reqwest::Request| {
                ::taller_trace::inject_current(request.headers_mut());
                credentials.apply(request.headers_mut());
            })(&client.inner, &mut request);
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                204u16 => Ok(ResponseValue::empty(response)),
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_salud`]

[`Client::get_salud`]: super::Client::get_salud*/
    #[derive(Debug, Clone)]
    pub struct GetSalud<'a> {
        client: &'a super::Client,
    }
    impl<'a> GetSalud<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `GET` request to `/salud`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::GetSaludResponse>, Error<()>> {
            let Self { client } = self;
            let url = format!("{}/salud", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_salud",
            };
            (|credentials: &crate::Credentials, request: &mut reqwest::Request| {
                ::taller_trace::inject_current(request.headers_mut());
                credentials.apply(request.headers_mut());
            })(&client.inner, &mut request);
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_sesion`]

[`Client::get_sesion`]: super::Client::get_sesion*/
    #[derive(Debug, Clone)]
    pub struct GetSesion<'a> {
        client: &'a super::Client,
    }
    impl<'a> GetSesion<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `GET` request to `/sesion`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::GetSesionResponse>,
            Error<::secure_demo_types::Problem>,
        > {
            let Self { client } = self;
            let url = format!("{}/sesion", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_sesion",
            };
            (|credentials: &crate::Credentials, request: &mut reqwest::Request| {
                ::taller_trace::inject_current(request.headers_mut());
                credentials.apply(request.headers_mut());
            })(&client.inner, &mut request);
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
}
/// Items consumers will typically use such as the Client.
pub mod prelude {
    pub use self::super::Client;
}
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
    ) -> ::std::result::Result<
        Self,
        ::std::boxed::Box<dyn ::std::error::Error + Send + Sync>,
    > {
        Self::headers([(reqwest::header::AUTHORIZATION, format!("Bearer {token}"))])
    }
    /// These headers. Fails on a value that cannot be a header.
    pub fn headers(
        headers: impl IntoIterator<Item = (reqwest::header::HeaderName, String)>,
    ) -> ::std::result::Result<
        Self,
        ::std::boxed::Box<dyn ::std::error::Error + Send + Sync>,
    > {
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
    /// A client sending `Authorization: Bearer <token>` (scheme jwt, oauth) with every request.
    pub fn with_bearer_token(
        baseurl: &str,
        token: &str,
    ) -> ::std::result::Result<
        Self,
        ::std::boxed::Box<dyn ::std::error::Error + Send + Sync>,
    > {
        Ok(Self::new(baseurl, Credentials::bearer(token)?))
    }
    /// A client sending `headers` with every request (see [`Credentials::headers`]).
    pub fn with_headers(
        baseurl: &str,
        headers: impl IntoIterator<Item = (reqwest::header::HeaderName, String)>,
    ) -> ::std::result::Result<
        Self,
        ::std::boxed::Box<dyn ::std::error::Error + Send + Sync>,
    > {
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
