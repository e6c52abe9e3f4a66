// @generated from codegen/tests/fixtures/taller-demo.yaml by `EXPECTORATE=overwrite cargo test -p taller-codegen --test snapshots`.
// Do not edit: change the spec or codegen/, then regenerate.

//! Async client of the `taller-demo` service (Demo of what the generator handles), Builder style; models come from `taller-demo-types`.
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
    ///`ListPiezasColor`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum ListPiezasColor {
        #[serde(rename = "rojo")]
        Rojo,
        #[serde(rename = "azul")]
        Azul,
    }
    impl ::std::fmt::Display for ListPiezasColor {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Rojo => f.write_str("rojo"),
                Self::Azul => f.write_str("azul"),
            }
        }
    }
    impl ::std::str::FromStr for ListPiezasColor {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "rojo" => Ok(Self::Rojo),
                "azul" => Ok(Self::Azul),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ListPiezasColor {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListPiezasColor {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`ListPiezasResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ListPiezasResponse {
        pub items: ::std::vec::Vec<::taller_demo_types::Pieza>,
        pub page: i64,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub trace: ::std::option::Option<::std::string::String>,
    }
    impl ListPiezasResponse {
        pub fn builder() -> builder::ListPiezasResponse {
            Default::default()
        }
    }
    ///`ListPiezasXTrace`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ListPiezasXTrace(::std::string::String);
    impl ::std::ops::Deref for ListPiezasXTrace {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ListPiezasXTrace> for ::std::string::String {
        fn from(value: ListPiezasXTrace) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ListPiezasXTrace {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for ListPiezasXTrace {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListPiezasXTrace {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ListPiezasXTrace {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`SetNotaBody`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[serde(deny_unknown_fields)]
    pub struct SetNotaBody {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub texto: ::std::option::Option<SetNotaBodyTexto>,
    }
    impl SetNotaBody {
        pub fn builder() -> builder::SetNotaBody {
            Default::default()
        }
    }
    ///`SetNotaBodyTexto`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct SetNotaBodyTexto(::std::string::String);
    impl ::std::ops::Deref for SetNotaBodyTexto {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<SetNotaBodyTexto> for ::std::string::String {
        fn from(value: SetNotaBodyTexto) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for SetNotaBodyTexto {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 10usize {
                return Err("longer than 10 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for SetNotaBodyTexto {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for SetNotaBodyTexto {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for SetNotaBodyTexto {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`SetNotaResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct SetNotaResponse {
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub texto: ::std::option::Option<::std::string::String>,
    }
    impl SetNotaResponse {
        pub fn builder() -> builder::SetNotaResponse {
            Default::default()
        }
    }
    /// Types for composing complex structures.
    pub mod builder {
        #[derive(Clone, Debug)]
        pub struct ListPiezasResponse {
            items: ::std::result::Result<
                ::std::vec::Vec<::taller_demo_types::Pieza>,
                ::std::string::String,
            >,
            page: ::std::result::Result<i64, ::std::string::String>,
            trace: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ListPiezasResponse {
            fn default() -> Self {
                Self {
                    items: Err("no value supplied for items".to_string()),
                    page: Err("no value supplied for page".to_string()),
                    trace: Ok(Default::default()),
                }
            }
        }
        impl ListPiezasResponse {
            pub fn items<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::taller_demo_types::Pieza>>,
                T::Error: ::std::fmt::Display,
            {
                self.items = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for items: {e}")
                    });
                self
            }
            pub fn page<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.page = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for page: {e}")
                    });
                self
            }
            pub fn trace<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.trace = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for trace: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ListPiezasResponse> for super::ListPiezasResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ListPiezasResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    items: value.items?,
                    page: value.page?,
                    trace: value.trace?,
                })
            }
        }
        impl ::std::convert::From<super::ListPiezasResponse> for ListPiezasResponse {
            fn from(value: super::ListPiezasResponse) -> Self {
                Self {
                    items: Ok(value.items),
                    page: Ok(value.page),
                    trace: Ok(value.trace),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SetNotaBody {
            texto: ::std::result::Result<
                ::std::option::Option<super::SetNotaBodyTexto>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for SetNotaBody {
            fn default() -> Self {
                Self {
                    texto: Ok(Default::default()),
                }
            }
        }
        impl SetNotaBody {
            pub fn texto<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::SetNotaBodyTexto>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.texto = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for texto: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SetNotaBody> for super::SetNotaBody {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SetNotaBody,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { texto: value.texto? })
            }
        }
        impl ::std::convert::From<super::SetNotaBody> for SetNotaBody {
            fn from(value: super::SetNotaBody) -> Self {
                Self { texto: Ok(value.texto) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SetNotaResponse {
            texto: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for SetNotaResponse {
            fn default() -> Self {
                Self {
                    texto: Err("no value supplied for texto".to_string()),
                }
            }
        }
        impl SetNotaResponse {
            pub fn texto<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.texto = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for texto: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SetNotaResponse> for super::SetNotaResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SetNotaResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { texto: value.texto? })
            }
        }
        impl ::std::convert::From<super::SetNotaResponse> for SetNotaResponse {
            fn from(value: super::SetNotaResponse) -> Self {
                Self { texto: Ok(value.texto) }
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
/**Client for Demo of what the generator handles

Version: 1.0.0*/
pub struct Client {
    pub(crate) baseurl: String,
    pub(crate) client: reqwest::Client,
}
impl Client {
    /// Create a new client.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new(baseurl: &str) -> Self {
        #[cfg(not(target_arch = "wasm32"))]
        let client = {
            let dur = ::std::time::Duration::from_secs(15u64);
            reqwest::ClientBuilder::new().connect_timeout(dur).timeout(dur)
        };
        #[cfg(target_arch = "wasm32")]
        let client = reqwest::ClientBuilder::new();
        Self::new_with_client(baseurl, client.build().unwrap())
    }
    /// Construct a new client with an existing `reqwest::Client`,
    /// allowing more control over its configuration.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new_with_client(baseurl: &str, client: reqwest::Client) -> Self {
        Self {
            baseurl: baseurl.to_string(),
            client,
        }
    }
}
impl ClientInfo<()> for Client {
    fn api_version() -> &'static str {
        "1.0.0"
    }
    fn baseurl(&self) -> &str {
        self.baseurl.as_str()
    }
    fn client(&self) -> &reqwest::Client {
        &self.client
    }
    fn inner(&self) -> &() {
        &()
    }
}
impl ClientHooks<()> for &Client {}
impl Client {
    /**List parts

Sends a `GET` request to `/piezas`

Arguments:
- `color`
- `page`: Page number.
- `x_trace`
```ignore
let response = client.list_piezas()
    .color(color)
    .page(page)
    .x_trace(x_trace)
    .send()
    .await;
```*/
    pub fn list_piezas(&self) -> builder::ListPiezas<'_> {
        builder::ListPiezas::new(self)
    }
    /**Sends a `POST` request to `/piezas`

```ignore
let response = client.create_pieza()
    .body(body)
    .send()
    .await;
```*/
    pub fn create_pieza(&self) -> builder::CreatePieza<'_> {
        builder::CreatePieza::new(self)
    }
    /**Sends a `GET` request to `/piezas/{codigo}`

```ignore
let response = client.get_pieza()
    .codigo(codigo)
    .send()
    .await;
```*/
    pub fn get_pieza(&self) -> builder::GetPieza<'_> {
        builder::GetPieza::new(self)
    }
    /**Sends a `DELETE` request to `/piezas/{codigo}`

```ignore
let response = client.delete_pieza()
    .codigo(codigo)
    .send()
    .await;
```*/
    pub fn delete_pieza(&self) -> builder::DeletePieza<'_> {
        builder::DeletePieza::new(self)
    }
    /**An optional, inline body; any client error through a `4XX` range.

Sends a `PUT` request to `/piezas/{codigo}/nota`

```ignore
let response = client.set_nota()
    .codigo(codigo)
    .body(body)
    .send()
    .await;
```*/
    pub fn set_nota(&self) -> builder::SetNota<'_> {
        builder::SetNota::new(self)
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
    /**Builder for [`Client::list_piezas`]

[`Client::list_piezas`]: super::Client::list_piezas*/
    #[derive(Debug, Clone)]
    pub struct ListPiezas<'a> {
        client: &'a super::Client,
        color: Result<Option<types::ListPiezasColor>, String>,
        page: Result<Option<::std::num::NonZeroU64>, String>,
        x_trace: Result<types::ListPiezasXTrace, String>,
    }
    impl<'a> ListPiezas<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                color: Ok(None),
                page: Ok(None),
                x_trace: Err("x_trace was not initialized".to_string()),
            }
        }
        pub fn color<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListPiezasColor>,
        {
            self.color = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `ListPiezasColor` for color failed".to_string()
                });
            self
        }
        pub fn page<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.page = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU64` for page failed"
                        .to_string()
                });
            self
        }
        pub fn x_trace<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListPiezasXTrace>,
        {
            self.x_trace = value
                .try_into()
                .map_err(|_| {
                    "conversion to `ListPiezasXTrace` for x_trace failed".to_string()
                });
            self
        }
        ///Sends a `GET` request to `/piezas`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::ListPiezasResponse>,
            Error<::taller_demo_types::Problem>,
        > {
            let Self { client, color, page, x_trace } = self;
            let color = color.map_err(Error::InvalidRequest)?;
            let page = page.map_err(Error::InvalidRequest)?;
            let x_trace = x_trace.map_err(Error::InvalidRequest)?;
            let url = format!("{}/piezas", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(2usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            header_map.append("X-Trace", x_trace.to_string().try_into()?);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("color", &color))
                .query(&progenitor_client::QueryParam::new("page", &page))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_piezas",
            };
            (|request: &mut reqwest::Request| ::taller_trace::inject_current(
                request.headers_mut(),
            ))(&mut request);
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
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
    /**Builder for [`Client::create_pieza`]

[`Client::create_pieza`]: super::Client::create_pieza*/
    #[derive(Debug, Clone)]
    pub struct CreatePieza<'a> {
        client: &'a super::Client,
        body: Result<::taller_demo_types::PiezaNueva, String>,
    }
    impl<'a> CreatePieza<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Err("body was not initialized".to_string()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::taller_demo_types::PiezaNueva>,
        {
            self.body = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: taller_demo_types :: PiezaNueva` for body failed"
                        .to_string()
                });
            self
        }
        ///Sends a `POST` request to `/piezas`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<::taller_demo_types::Pieza>,
            Error<::taller_demo_types::Problem>,
        > {
            let Self { client, body } = self;
            let body = body.map_err(Error::InvalidRequest)?;
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
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_pieza",
            };
            (|request: &mut reqwest::Request| ::taller_trace::inject_current(
                request.headers_mut(),
            ))(&mut request);
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                201u16 => ResponseValue::from_response(response).await,
                409u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                422u16 => {
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
    /**Builder for [`Client::get_pieza`]

[`Client::get_pieza`]: super::Client::get_pieza*/
    #[derive(Debug, Clone)]
    pub struct GetPieza<'a> {
        client: &'a super::Client,
        codigo: Result<::taller_demo_types::Codigo, String>,
    }
    impl<'a> GetPieza<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                codigo: Err("codigo was not initialized".to_string()),
            }
        }
        pub fn codigo<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::taller_demo_types::Codigo>,
        {
            self.codigo = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: taller_demo_types :: Codigo` for codigo failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/piezas/{codigo}`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<::taller_demo_types::Pieza>,
            Error<::taller_demo_types::Problem>,
        > {
            let Self { client, codigo } = self;
            let codigo = codigo.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/piezas/{}", client.baseurl, encode_path(& codigo.to_string()),
            );
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
                operation_id: "get_pieza",
            };
            (|request: &mut reqwest::Request| ::taller_trace::inject_current(
                request.headers_mut(),
            ))(&mut request);
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                404u16 => {
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
    /**Builder for [`Client::delete_pieza`]

[`Client::delete_pieza`]: super::Client::delete_pieza*/
    #[derive(Debug, Clone)]
    pub struct DeletePieza<'a> {
        client: &'a super::Client,
        codigo: Result<::taller_demo_types::Codigo, String>,
    }
    impl<'a> DeletePieza<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                codigo: Err("codigo was not initialized".to_string()),
            }
        }
        pub fn codigo<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::taller_demo_types::Codigo>,
        {
            self.codigo = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: taller_demo_types :: Codigo` for codigo failed"
                        .to_string()
                });
            self
        }
        ///Sends a `DELETE` request to `/piezas/{codigo}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<()>, Error<::taller_demo_types::Problem>> {
            let Self { client, codigo } = self;
            let codigo = codigo.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/piezas/{}", client.baseurl, encode_path(& codigo.to_string()),
            );
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
                operation_id: "delete_pieza",
            };
            (|request: &mut reqwest::Request| ::taller_trace::inject_current(
                request.headers_mut(),
            ))(&mut request);
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                204u16 => Ok(ResponseValue::empty(response)),
                404u16 => {
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
    /**Builder for [`Client::set_nota`]

[`Client::set_nota`]: super::Client::set_nota*/
    #[derive(Debug, Clone)]
    pub struct SetNota<'a> {
        client: &'a super::Client,
        codigo: Result<::taller_demo_types::Codigo, String>,
        body: Result<types::builder::SetNotaBody, String>,
    }
    impl<'a> SetNota<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                codigo: Err("codigo was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn codigo<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::taller_demo_types::Codigo>,
        {
            self.codigo = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: taller_demo_types :: Codigo` for codigo failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::SetNotaBody>,
            <V as std::convert::TryInto<types::SetNotaBody>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `SetNotaBody` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::SetNotaBody,
            ) -> types::builder::SetNotaBody,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `PUT` request to `/piezas/{codigo}/nota`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::SetNotaResponse>,
            Error<::taller_demo_types::Problem>,
        > {
            let Self { client, codigo, body } = self;
            let codigo = codigo.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| types::SetNotaBody::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/piezas/{}/nota", client.baseurl, encode_path(& codigo.to_string()),
            );
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
                .put(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "set_nota",
            };
            (|request: &mut reqwest::Request| ::taller_trace::inject_current(
                request.headers_mut(),
            ))(&mut request);
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
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
