// @generated from specs/logs.yaml by `cargo run -p taller-codegen -- generate`.
// Do not edit: change the spec or codegen/, then regenerate.

//! Async client of the `logs` service (taller — logs), Builder style; models come from `logs-types`.
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
    ///`ListLogsOrder`
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
    pub enum ListLogsOrder {
        #[serde(rename = "fecha")]
        Fecha,
        #[serde(rename = "prioridad")]
        Prioridad,
        #[serde(rename = "subsistema")]
        Subsistema,
        #[serde(rename = "usuario")]
        Usuario,
    }
    impl ::std::fmt::Display for ListLogsOrder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Fecha => f.write_str("fecha"),
                Self::Prioridad => f.write_str("prioridad"),
                Self::Subsistema => f.write_str("subsistema"),
                Self::Usuario => f.write_str("usuario"),
            }
        }
    }
    impl ::std::str::FromStr for ListLogsOrder {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "fecha" => Ok(Self::Fecha),
                "prioridad" => Ok(Self::Prioridad),
                "subsistema" => Ok(Self::Subsistema),
                "usuario" => Ok(Self::Usuario),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ListLogsOrder {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListLogsOrder {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::default::Default for ListLogsOrder {
        fn default() -> Self {
            ListLogsOrder::Fecha
        }
    }
    ///`ListLogsOrdering`
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
    pub enum ListLogsOrdering {
        #[serde(rename = "ASC")]
        Asc,
        #[serde(rename = "DESC")]
        Desc,
    }
    impl ::std::fmt::Display for ListLogsOrdering {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Asc => f.write_str("ASC"),
                Self::Desc => f.write_str("DESC"),
            }
        }
    }
    impl ::std::str::FromStr for ListLogsOrdering {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "ASC" => Ok(Self::Asc),
                "DESC" => Ok(Self::Desc),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ListLogsOrdering {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListLogsOrdering {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::default::Default for ListLogsOrdering {
        fn default() -> Self {
            ListLogsOrdering::Asc
        }
    }
    ///`ListLogsTexto`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ListLogsTexto(::std::string::String);
    impl ::std::ops::Deref for ListLogsTexto {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ListLogsTexto> for ::std::string::String {
        fn from(value: ListLogsTexto) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ListLogsTexto {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 200usize {
                return Err("longer than 200 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for ListLogsTexto {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListLogsTexto {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ListLogsTexto {
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
    ///`ListLogsUsuario`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ListLogsUsuario(::std::string::String);
    impl ::std::ops::Deref for ListLogsUsuario {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ListLogsUsuario> for ::std::string::String {
        fn from(value: ListLogsUsuario) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ListLogsUsuario {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 100usize {
                return Err("longer than 100 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for ListLogsUsuario {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListLogsUsuario {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ListLogsUsuario {
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
/**Client for taller — logs

The workshop's event log: every service appends the events it wants kept (a part
below its minimum stock, an invoice issued, a job cancelled…) for later queries,
reports and statistics. The log is append-only: events are never updated or deleted.

`subsistema` says which service raised the event:

| subsistema | service        | what it manages                          |
|-----------:|----------------|------------------------------------------|
| 1          | clientes       | customers                                |
| 2          | vehiculos      | vehicles                                 |
| 3          | trabajos       | the daily planning of the workshop's jobs|
| 4          | notificaciones | notifications                            |
| 5          | facturas       | invoices                                 |
| 6          | recambios      | the spare-parts inventory                |
| 7          | logs           | this log                                 |

`prioridad`: 0 very high, 1 high, 2 medium (the default), 3 low.

Conventions (routing, errors, lists) are those of `specs/README.md`.

## Fixes to the original (2023) contract
- The original offered PUT and DELETE on events (and its POST was named
  `plataforma_post`); the log is append-only now: POST, list and get only.
- The property `susbsistema` (typo) is `subsistema`; `fecha` was a free string
  (`01-01-2001`) and is now a `date-time`; `tipo_evento`, required but never defined,
  is gone (`descripcion_evento` describes the event).
- The id was a hand-typed `P01-003-C` string; the server now assigns a uuid, and
  input (`LogNuevo`) and output (`Log`) use separate schemas.
- The list had no filters; it now filters by `prioridad`, `subsistema`, `usuario`, a
  `fecha` range and text, is paginated (`page`, `page_size`, totals and links) and
  answers 200 with `items: []` when empty (never 404).
- The list wrapped each item in `{"log": …}`; items are now plain objects.
- Errors are RFC 9457 problem+json with an `errors` array naming the failing fields;
  415, 422, 500 and 503 are declared. The OPTIONS operations are not part of the
  contract: CORS preflight and `Allow` are answered by the service runtime.


Version: 2.0.0*/
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
        "2.0.0"
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
    /**List events

A page of events matching every given filter. `fecha_desde` and `fecha_hasta`
bound `fecha` (both inclusive); `texto` matches a case-insensitive substring of
`descripcion_evento`. An empty result is 200 with `items: []`.


Sends a `GET` request to `/logs`

Arguments:
- `fecha_desde`: Only events at or after this moment.
- `fecha_hasta`: Only events at or before this moment.
- `order`: Field to sort by.
- `ordering`: Sort direction.
- `page`: Page number, from 1.
- `page_size`: Items per page.
- `prioridad`: Only events of this priority.
- `subsistema`: Only events raised by this service (1–7, see the table above).
- `texto`: Substring of `descripcion_evento` (case-insensitive).
- `usuario`: Only events raised by this user (exact match).
```ignore
let response = client.list_logs()
    .fecha_desde(fecha_desde)
    .fecha_hasta(fecha_hasta)
    .order(order)
    .ordering(ordering)
    .page(page)
    .page_size(page_size)
    .prioridad(prioridad)
    .subsistema(subsistema)
    .texto(texto)
    .usuario(usuario)
    .send()
    .await;
```*/
    pub fn list_logs(&self) -> builder::ListLogs<'_> {
        builder::ListLogs::new(self)
    }
    /**Append an event

Appends an event. `fecha` is when it happened; when left out, the server uses the
moment it receives the event. `prioridad` defaults to 2 (medium).


Sends a `POST` request to `/logs`

```ignore
let response = client.create_log()
    .body(body)
    .send()
    .await;
```*/
    pub fn create_log(&self) -> builder::CreateLog<'_> {
        builder::CreateLog::new(self)
    }
    /**Get an event

The event with this id.

Sends a `GET` request to `/logs/{log_id}`

Arguments:
- `log_id`: The event's id, assigned by the server.
```ignore
let response = client.get_log()
    .log_id(log_id)
    .send()
    .await;
```*/
    pub fn get_log(&self) -> builder::GetLog<'_> {
        builder::GetLog::new(self)
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
    /**Builder for [`Client::list_logs`]

[`Client::list_logs`]: super::Client::list_logs*/
    #[derive(Debug, Clone)]
    pub struct ListLogs<'a> {
        client: &'a super::Client,
        fecha_desde: Result<Option<::chrono::DateTime<::chrono::offset::Utc>>, String>,
        fecha_hasta: Result<Option<::chrono::DateTime<::chrono::offset::Utc>>, String>,
        order: Result<Option<types::ListLogsOrder>, String>,
        ordering: Result<Option<types::ListLogsOrdering>, String>,
        page: Result<Option<::std::num::NonZeroU64>, String>,
        page_size: Result<Option<::std::num::NonZeroU64>, String>,
        prioridad: Result<Option<::logs_types::Prioridad>, String>,
        subsistema: Result<Option<::logs_types::Subsistema>, String>,
        texto: Result<Option<types::ListLogsTexto>, String>,
        usuario: Result<Option<types::ListLogsUsuario>, String>,
    }
    impl<'a> ListLogs<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                fecha_desde: Ok(None),
                fecha_hasta: Ok(None),
                order: Ok(None),
                ordering: Ok(None),
                page: Ok(None),
                page_size: Ok(None),
                prioridad: Ok(None),
                subsistema: Ok(None),
                texto: Ok(None),
                usuario: Ok(None),
            }
        }
        pub fn fecha_desde<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
        {
            self.fecha_desde = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: chrono :: DateTime < :: chrono :: offset :: Utc >` for fecha_desde failed"
                        .to_string()
                });
            self
        }
        pub fn fecha_hasta<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
        {
            self.fecha_hasta = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: chrono :: DateTime < :: chrono :: offset :: Utc >` for fecha_hasta failed"
                        .to_string()
                });
            self
        }
        pub fn order<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListLogsOrder>,
        {
            self.order = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `ListLogsOrder` for order failed".to_string()
                });
            self
        }
        pub fn ordering<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListLogsOrdering>,
        {
            self.ordering = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `ListLogsOrdering` for ordering failed".to_string()
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
        pub fn page_size<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.page_size = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU64` for page_size failed"
                        .to_string()
                });
            self
        }
        pub fn prioridad<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::logs_types::Prioridad>,
        {
            self.prioridad = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: logs_types :: Prioridad` for prioridad failed"
                        .to_string()
                });
            self
        }
        pub fn subsistema<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::logs_types::Subsistema>,
        {
            self.subsistema = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: logs_types :: Subsistema` for subsistema failed"
                        .to_string()
                });
            self
        }
        pub fn texto<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListLogsTexto>,
        {
            self.texto = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `ListLogsTexto` for texto failed".to_string()
                });
            self
        }
        pub fn usuario<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListLogsUsuario>,
        {
            self.usuario = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `ListLogsUsuario` for usuario failed".to_string()
                });
            self
        }
        ///Sends a `GET` request to `/logs`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<::logs_types::LogPagina>,
            Error<::logs_types::Problem>,
        > {
            let Self {
                client,
                fecha_desde,
                fecha_hasta,
                order,
                ordering,
                page,
                page_size,
                prioridad,
                subsistema,
                texto,
                usuario,
            } = self;
            let fecha_desde = fecha_desde.map_err(Error::InvalidRequest)?;
            let fecha_hasta = fecha_hasta.map_err(Error::InvalidRequest)?;
            let order = order.map_err(Error::InvalidRequest)?;
            let ordering = ordering.map_err(Error::InvalidRequest)?;
            let page = page.map_err(Error::InvalidRequest)?;
            let page_size = page_size.map_err(Error::InvalidRequest)?;
            let prioridad = prioridad.map_err(Error::InvalidRequest)?;
            let subsistema = subsistema.map_err(Error::InvalidRequest)?;
            let texto = texto.map_err(Error::InvalidRequest)?;
            let usuario = usuario.map_err(Error::InvalidRequest)?;
            let url = format!("{}/logs", client.baseurl,);
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
                .query(&progenitor_client::QueryParam::new("fecha_desde", &fecha_desde))
                .query(&progenitor_client::QueryParam::new("fecha_hasta", &fecha_hasta))
                .query(&progenitor_client::QueryParam::new("order", &order))
                .query(&progenitor_client::QueryParam::new("ordering", &ordering))
                .query(&progenitor_client::QueryParam::new("page", &page))
                .query(&progenitor_client::QueryParam::new("page_size", &page_size))
                .query(&progenitor_client::QueryParam::new("prioridad", &prioridad))
                .query(&progenitor_client::QueryParam::new("subsistema", &subsistema))
                .query(&progenitor_client::QueryParam::new("texto", &texto))
                .query(&progenitor_client::QueryParam::new("usuario", &usuario))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_logs",
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
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
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
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
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
    /**Builder for [`Client::create_log`]

[`Client::create_log`]: super::Client::create_log*/
    #[derive(Debug, Clone)]
    pub struct CreateLog<'a> {
        client: &'a super::Client,
        body: Result<::logs_types::LogNuevo, String>,
    }
    impl<'a> CreateLog<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Err("body was not initialized".to_string()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::logs_types::LogNuevo>,
        {
            self.body = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: logs_types :: LogNuevo` for body failed"
                        .to_string()
                });
            self
        }
        ///Sends a `POST` request to `/logs`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<::logs_types::Log>, Error<::logs_types::Problem>> {
            let Self { client, body } = self;
            let body = body.map_err(Error::InvalidRequest)?;
            let url = format!("{}/logs", client.baseurl,);
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
                operation_id: "create_log",
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
                201u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
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
                415u16 => {
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
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
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
    /**Builder for [`Client::get_log`]

[`Client::get_log`]: super::Client::get_log*/
    #[derive(Debug, Clone)]
    pub struct GetLog<'a> {
        client: &'a super::Client,
        log_id: Result<::uuid::Uuid, String>,
    }
    impl<'a> GetLog<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                log_id: Err("log_id was not initialized".to_string()),
            }
        }
        pub fn log_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::uuid::Uuid>,
        {
            self.log_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: uuid :: Uuid` for log_id failed".to_string()
                });
            self
        }
        ///Sends a `GET` request to `/logs/{log_id}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<::logs_types::Log>, Error<::logs_types::Problem>> {
            let Self { client, log_id } = self;
            let log_id = log_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/logs/{}", client.baseurl, encode_path(& log_id.to_string()),
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
                operation_id: "get_log",
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
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
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
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
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
    /// A client sending `Authorization: Bearer <token>` (scheme bearerAuth) with every request.
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
