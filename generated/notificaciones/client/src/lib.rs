// @generated from specs/notificaciones.yaml by `cargo run -p taller-codegen -- generate`.
// Do not edit: change the spec or codegen/, then regenerate.

//! Async client of the `notificaciones` service (taller — notificaciones), Builder style; models come from `notificaciones-types`.
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
    ///`ListNotificacionesOrder`
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
    pub enum ListNotificacionesOrder {
        #[serde(rename = "fecha_creacion")]
        FechaCreacion,
        #[serde(rename = "fecha_envio")]
        FechaEnvio,
        #[serde(rename = "estado")]
        Estado,
    }
    impl ::std::fmt::Display for ListNotificacionesOrder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::FechaCreacion => f.write_str("fecha_creacion"),
                Self::FechaEnvio => f.write_str("fecha_envio"),
                Self::Estado => f.write_str("estado"),
            }
        }
    }
    impl ::std::str::FromStr for ListNotificacionesOrder {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "fecha_creacion" => Ok(Self::FechaCreacion),
                "fecha_envio" => Ok(Self::FechaEnvio),
                "estado" => Ok(Self::Estado),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ListNotificacionesOrder {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListNotificacionesOrder {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::default::Default for ListNotificacionesOrder {
        fn default() -> Self {
            ListNotificacionesOrder::FechaCreacion
        }
    }
    ///`ListNotificacionesOrdering`
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
    pub enum ListNotificacionesOrdering {
        #[serde(rename = "ASC")]
        Asc,
        #[serde(rename = "DESC")]
        Desc,
    }
    impl ::std::fmt::Display for ListNotificacionesOrdering {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Asc => f.write_str("ASC"),
                Self::Desc => f.write_str("DESC"),
            }
        }
    }
    impl ::std::str::FromStr for ListNotificacionesOrdering {
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
    impl ::std::convert::TryFrom<&str> for ListNotificacionesOrdering {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListNotificacionesOrdering {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::default::Default for ListNotificacionesOrdering {
        fn default() -> Self {
            ListNotificacionesOrdering::Asc
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
/**Client for taller — notificaciones

Messages from the workshop: to a customer when a job changes state (by e-mail or SMS),
to the staff (e.g. a part below its minimum stock), and bulk messages scheduled for
many customers at once (e.g. holiday closing). Each send creates a notification whose
`estado` says whether it is still scheduled, was sent, or failed; notifications can
be listed by customer and by job. A customer's subscription says whether, and by
which channel, they accept messages.

Sending is asynchronous: the POST stores the notification (`PROGRAMADA`) and answers
201 at once; delivery later moves it to `ENVIADA` or `FALLIDA`.

Conventions (routing, errors, lists, `ETag`/`If-Match`) are those of `specs/README.md`.

## Fixes to the original (2023) contract
- Paths: `/notificaciones/correo` is `/notificaciones/email`, `/notificaciones/telefono`
  is `/notificaciones/sms` (it always meant SMS); `/notificaciones/masivas` is kept.
  `/notificaciones/trabajo/{idTrabajo}` and `/notificaciones/cliente/{idCliente}` are
  the `trabajo_id` and `cliente_id` filters of `GET /notificaciones`, which is
  paginated and answers 200 with `items: []` when nothing matches (never 404).
- The subscription switch was a PATCH on `/notificaciones/cliente/{idCliente}`, the
  same path as a list; it is now its own resource,
  `GET`/`PUT /notificaciones/suscripciones/{cliente_id}`, with `If-Match`.
- The send operations' bodies were whole `Trabajo`/`Cliente`/`Vehiculo` copies of other
  services' resources; they now take only what a message needs (recipient, text,
  optional customer and job ids). Field names are the original's in snake_case:
  `idNotificacion` → `id`, `idTrabajo` → `trabajo_id`, `idCliente` → `cliente_id`,
  `fechaEnvio` → `fecha_envio`, `recibeNotificaciones` → `recibe_notificaciones`.
- `estado` was free text (`finalizado`); it is an enum. Ids were free strings; they are
  uuids (customers' and jobs' ids are those of the clientes and trabajos services).
- `enlaces` was declared as an object but filled with an array; every item now has
  `links {parent, self}`.
- Errors are RFC 9457 problem+json with an `errors` array naming the failing fields;
  409, 412, 415, 422, 428, 500 and 503 are declared. The OPTIONS operations are not
  part of the contract: CORS preflight and `Allow` are answered by the service runtime.


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
    /**List notifications

A page of notifications (single ones, including each message of a bulk send)
matching every given filter; `fecha_desde`/`fecha_hasta` bound `fecha_creacion`
(inclusive). An empty result is 200 with `items: []`.


Sends a `GET` request to `/notificaciones`

Arguments:
- `canal`: Only notifications sent by this channel.
- `cliente_id`: Only notifications to this customer.
- `estado`: Only notifications in this state.
- `fecha_desde`: Only notifications created at or after this moment.
- `fecha_hasta`: Only notifications created at or before this moment.
- `order`: Field to sort by.
- `ordering`: Sort direction.
- `page`: Page number, from 1.
- `page_size`: Items per page.
- `trabajo_id`: Only notifications about this job.
```ignore
let response = client.list_notificaciones()
    .canal(canal)
    .cliente_id(cliente_id)
    .estado(estado)
    .fecha_desde(fecha_desde)
    .fecha_hasta(fecha_hasta)
    .order(order)
    .ordering(ordering)
    .page(page)
    .page_size(page_size)
    .trabajo_id(trabajo_id)
    .send()
    .await;
```*/
    pub fn list_notificaciones(&self) -> builder::ListNotificaciones<'_> {
        builder::ListNotificaciones::new(self)
    }
    /**Send an e-mail

Stores an e-mail and queues it for delivery, now or at `programada_para`. With a
`cliente_id` whose subscription refuses e-mail, nothing is sent and the answer is 409.
Without `cliente_id` (a message to the staff) no subscription applies.


Sends a `POST` request to `/notificaciones/email`

```ignore
let response = client.send_email()
    .body(body)
    .send()
    .await;
```*/
    pub fn send_email(&self) -> builder::SendEmail<'_> {
        builder::SendEmail::new(self)
    }
    /**Schedule a bulk message

Schedules one message for many customers, sent at `programada_para` by `canal`.
With `cliente_ids` it goes to those customers; without, to every customer. Customers
whose subscription refuses that channel are skipped (counted in `omitidos`). Each
message sent appears in `GET /notificaciones`.


Sends a `POST` request to `/notificaciones/masivas`

```ignore
let response = client.send_masiva()
    .body(body)
    .send()
    .await;
```*/
    pub fn send_masiva(&self) -> builder::SendMasiva<'_> {
        builder::SendMasiva::new(self)
    }
    /**Get a bulk message

The bulk message, and once sent how many customers got it and how many were skipped.

Sends a `GET` request to `/notificaciones/masivas/{masiva_id}`

Arguments:
- `masiva_id`: The bulk message's id.
```ignore
let response = client.get_masiva()
    .masiva_id(masiva_id)
    .send()
    .await;
```*/
    pub fn get_masiva(&self) -> builder::GetMasiva<'_> {
        builder::GetMasiva::new(self)
    }
    /**Send an SMS

Stores an SMS and queues it for delivery, now or at `programada_para`. With a
`cliente_id` whose subscription refuses SMS, nothing is sent and the answer is 409.


Sends a `POST` request to `/notificaciones/sms`

```ignore
let response = client.send_sms()
    .body(body)
    .send()
    .await;
```*/
    pub fn send_sms(&self) -> builder::SendSms<'_> {
        builder::SendSms::new(self)
    }
    /**Get a customer's subscription

Whether and by which channels the customer accepts messages. A customer who never
changed it has the default (everything accepted), so this answers 200 for any id.


Sends a `GET` request to `/notificaciones/suscripciones/{cliente_id}`

Arguments:
- `cliente_id`: The customer's id (the clientes service's `id`).
```ignore
let response = client.get_suscripcion()
    .cliente_id(cliente_id)
    .send()
    .await;
```*/
    pub fn get_suscripcion(&self) -> builder::GetSuscripcion<'_> {
        builder::GetSuscripcion::new(self)
    }
    /**Change a customer's subscription

Replaces the subscription. `recibe_notificaciones: false` turns every channel off.
Send the `ETag` from the last GET in `If-Match`: 428 without it, 412 when it changed since.


Sends a `PUT` request to `/notificaciones/suscripciones/{cliente_id}`

Arguments:
- `cliente_id`: The customer's id (the clientes service's `id`).
- `if_match`: The `ETag` of the subscription as last read. Declared optional so that the server,
not the client library, answers its absence: 428 when missing, 412 when it does
not match the current `ETag`.

- `body`
```ignore
let response = client.update_suscripcion()
    .cliente_id(cliente_id)
    .if_match(if_match)
    .body(body)
    .send()
    .await;
```*/
    pub fn update_suscripcion(&self) -> builder::UpdateSuscripcion<'_> {
        builder::UpdateSuscripcion::new(self)
    }
    /**Get a notification

The notification with this id and its delivery state.

Sends a `GET` request to `/notificaciones/{notificacion_id}`

Arguments:
- `notificacion_id`: The notification's id.
```ignore
let response = client.get_notificacion()
    .notificacion_id(notificacion_id)
    .send()
    .await;
```*/
    pub fn get_notificacion(&self) -> builder::GetNotificacion<'_> {
        builder::GetNotificacion::new(self)
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
    /**Builder for [`Client::list_notificaciones`]

[`Client::list_notificaciones`]: super::Client::list_notificaciones*/
    #[derive(Debug, Clone)]
    pub struct ListNotificaciones<'a> {
        client: &'a super::Client,
        canal: Result<Option<::notificaciones_types::Canal>, String>,
        cliente_id: Result<Option<::uuid::Uuid>, String>,
        estado: Result<Option<::notificaciones_types::EstadoNotificacion>, String>,
        fecha_desde: Result<Option<::chrono::DateTime<::chrono::offset::Utc>>, String>,
        fecha_hasta: Result<Option<::chrono::DateTime<::chrono::offset::Utc>>, String>,
        order: Result<Option<types::ListNotificacionesOrder>, String>,
        ordering: Result<Option<types::ListNotificacionesOrdering>, String>,
        page: Result<Option<::std::num::NonZeroU64>, String>,
        page_size: Result<Option<::std::num::NonZeroU64>, String>,
        trabajo_id: Result<Option<::uuid::Uuid>, String>,
    }
    impl<'a> ListNotificaciones<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                canal: Ok(None),
                cliente_id: Ok(None),
                estado: Ok(None),
                fecha_desde: Ok(None),
                fecha_hasta: Ok(None),
                order: Ok(None),
                ordering: Ok(None),
                page: Ok(None),
                page_size: Ok(None),
                trabajo_id: Ok(None),
            }
        }
        pub fn canal<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::notificaciones_types::Canal>,
        {
            self.canal = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: notificaciones_types :: Canal` for canal failed"
                        .to_string()
                });
            self
        }
        pub fn cliente_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::uuid::Uuid>,
        {
            self.cliente_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: uuid :: Uuid` for cliente_id failed".to_string()
                });
            self
        }
        pub fn estado<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::notificaciones_types::EstadoNotificacion>,
        {
            self.estado = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: notificaciones_types :: EstadoNotificacion` for estado failed"
                        .to_string()
                });
            self
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
            V: std::convert::TryInto<types::ListNotificacionesOrder>,
        {
            self.order = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `ListNotificacionesOrder` for order failed"
                        .to_string()
                });
            self
        }
        pub fn ordering<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListNotificacionesOrdering>,
        {
            self.ordering = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `ListNotificacionesOrdering` for ordering failed"
                        .to_string()
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
        pub fn trabajo_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::uuid::Uuid>,
        {
            self.trabajo_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: uuid :: Uuid` for trabajo_id failed".to_string()
                });
            self
        }
        ///Sends a `GET` request to `/notificaciones`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<::notificaciones_types::NotificacionPagina>,
            Error<::notificaciones_types::Problem>,
        > {
            let Self {
                client,
                canal,
                cliente_id,
                estado,
                fecha_desde,
                fecha_hasta,
                order,
                ordering,
                page,
                page_size,
                trabajo_id,
            } = self;
            let canal = canal.map_err(Error::InvalidRequest)?;
            let cliente_id = cliente_id.map_err(Error::InvalidRequest)?;
            let estado = estado.map_err(Error::InvalidRequest)?;
            let fecha_desde = fecha_desde.map_err(Error::InvalidRequest)?;
            let fecha_hasta = fecha_hasta.map_err(Error::InvalidRequest)?;
            let order = order.map_err(Error::InvalidRequest)?;
            let ordering = ordering.map_err(Error::InvalidRequest)?;
            let page = page.map_err(Error::InvalidRequest)?;
            let page_size = page_size.map_err(Error::InvalidRequest)?;
            let trabajo_id = trabajo_id.map_err(Error::InvalidRequest)?;
            let url = format!("{}/notificaciones", client.baseurl,);
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
                .query(&progenitor_client::QueryParam::new("canal", &canal))
                .query(&progenitor_client::QueryParam::new("cliente_id", &cliente_id))
                .query(&progenitor_client::QueryParam::new("estado", &estado))
                .query(&progenitor_client::QueryParam::new("fecha_desde", &fecha_desde))
                .query(&progenitor_client::QueryParam::new("fecha_hasta", &fecha_hasta))
                .query(&progenitor_client::QueryParam::new("order", &order))
                .query(&progenitor_client::QueryParam::new("ordering", &ordering))
                .query(&progenitor_client::QueryParam::new("page", &page))
                .query(&progenitor_client::QueryParam::new("page_size", &page_size))
                .query(&progenitor_client::QueryParam::new("trabajo_id", &trabajo_id))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_notificaciones",
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
    /**Builder for [`Client::send_email`]

[`Client::send_email`]: super::Client::send_email*/
    #[derive(Debug, Clone)]
    pub struct SendEmail<'a> {
        client: &'a super::Client,
        body: Result<::notificaciones_types::EmailNuevo, String>,
    }
    impl<'a> SendEmail<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Err("body was not initialized".to_string()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::notificaciones_types::EmailNuevo>,
        {
            self.body = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: notificaciones_types :: EmailNuevo` for body failed"
                        .to_string()
                });
            self
        }
        ///Sends a `POST` request to `/notificaciones/email`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<::notificaciones_types::Notificacion>,
            Error<::notificaciones_types::Problem>,
        > {
            let Self { client, body } = self;
            let body = body.map_err(Error::InvalidRequest)?;
            let url = format!("{}/notificaciones/email", client.baseurl,);
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
                operation_id: "send_email",
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
                409u16 => {
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
    /**Builder for [`Client::send_masiva`]

[`Client::send_masiva`]: super::Client::send_masiva*/
    #[derive(Debug, Clone)]
    pub struct SendMasiva<'a> {
        client: &'a super::Client,
        body: Result<::notificaciones_types::MasivaNueva, String>,
    }
    impl<'a> SendMasiva<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Err("body was not initialized".to_string()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::notificaciones_types::MasivaNueva>,
        {
            self.body = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: notificaciones_types :: MasivaNueva` for body failed"
                        .to_string()
                });
            self
        }
        ///Sends a `POST` request to `/notificaciones/masivas`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<::notificaciones_types::Masiva>,
            Error<::notificaciones_types::Problem>,
        > {
            let Self { client, body } = self;
            let body = body.map_err(Error::InvalidRequest)?;
            let url = format!("{}/notificaciones/masivas", client.baseurl,);
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
                operation_id: "send_masiva",
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
    /**Builder for [`Client::get_masiva`]

[`Client::get_masiva`]: super::Client::get_masiva*/
    #[derive(Debug, Clone)]
    pub struct GetMasiva<'a> {
        client: &'a super::Client,
        masiva_id: Result<::uuid::Uuid, String>,
    }
    impl<'a> GetMasiva<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                masiva_id: Err("masiva_id was not initialized".to_string()),
            }
        }
        pub fn masiva_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::uuid::Uuid>,
        {
            self.masiva_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: uuid :: Uuid` for masiva_id failed".to_string()
                });
            self
        }
        ///Sends a `GET` request to `/notificaciones/masivas/{masiva_id}`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<::notificaciones_types::Masiva>,
            Error<::notificaciones_types::Problem>,
        > {
            let Self { client, masiva_id } = self;
            let masiva_id = masiva_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/notificaciones/masivas/{}", client.baseurl, encode_path(& masiva_id
                .to_string()),
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
                operation_id: "get_masiva",
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
    /**Builder for [`Client::send_sms`]

[`Client::send_sms`]: super::Client::send_sms*/
    #[derive(Debug, Clone)]
    pub struct SendSms<'a> {
        client: &'a super::Client,
        body: Result<::notificaciones_types::SmsNuevo, String>,
    }
    impl<'a> SendSms<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Err("body was not initialized".to_string()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::notificaciones_types::SmsNuevo>,
        {
            self.body = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: notificaciones_types :: SmsNuevo` for body failed"
                        .to_string()
                });
            self
        }
        ///Sends a `POST` request to `/notificaciones/sms`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<::notificaciones_types::Notificacion>,
            Error<::notificaciones_types::Problem>,
        > {
            let Self { client, body } = self;
            let body = body.map_err(Error::InvalidRequest)?;
            let url = format!("{}/notificaciones/sms", client.baseurl,);
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
                operation_id: "send_sms",
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
                409u16 => {
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
    /**Builder for [`Client::get_suscripcion`]

[`Client::get_suscripcion`]: super::Client::get_suscripcion*/
    #[derive(Debug, Clone)]
    pub struct GetSuscripcion<'a> {
        client: &'a super::Client,
        cliente_id: Result<::uuid::Uuid, String>,
    }
    impl<'a> GetSuscripcion<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                cliente_id: Err("cliente_id was not initialized".to_string()),
            }
        }
        pub fn cliente_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::uuid::Uuid>,
        {
            self.cliente_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: uuid :: Uuid` for cliente_id failed".to_string()
                });
            self
        }
        ///Sends a `GET` request to `/notificaciones/suscripciones/{cliente_id}`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<::notificaciones_types::Suscripcion>,
            Error<::notificaciones_types::Problem>,
        > {
            let Self { client, cliente_id } = self;
            let cliente_id = cliente_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/notificaciones/suscripciones/{}", client.baseurl, encode_path(&
                cliente_id.to_string()),
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
                operation_id: "get_suscripcion",
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
    /**Builder for [`Client::update_suscripcion`]

[`Client::update_suscripcion`]: super::Client::update_suscripcion*/
    #[derive(Debug, Clone)]
    pub struct UpdateSuscripcion<'a> {
        client: &'a super::Client,
        cliente_id: Result<::uuid::Uuid, String>,
        if_match: Result<Option<::std::string::String>, String>,
        body: Result<::notificaciones_types::SuscripcionActualizacion, String>,
    }
    impl<'a> UpdateSuscripcion<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                cliente_id: Err("cliente_id was not initialized".to_string()),
                if_match: Ok(None),
                body: Err("body was not initialized".to_string()),
            }
        }
        pub fn cliente_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::uuid::Uuid>,
        {
            self.cliente_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: uuid :: Uuid` for cliente_id failed".to_string()
                });
            self
        }
        pub fn if_match<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.if_match = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for if_match failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::notificaciones_types::SuscripcionActualizacion>,
        {
            self.body = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: notificaciones_types :: SuscripcionActualizacion` for body failed"
                        .to_string()
                });
            self
        }
        ///Sends a `PUT` request to `/notificaciones/suscripciones/{cliente_id}`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<::notificaciones_types::Suscripcion>,
            Error<::notificaciones_types::Problem>,
        > {
            let Self { client, cliente_id, if_match, body } = self;
            let cliente_id = cliente_id.map_err(Error::InvalidRequest)?;
            let if_match = if_match.map_err(Error::InvalidRequest)?;
            let body = body.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/notificaciones/suscripciones/{}", client.baseurl, encode_path(&
                cliente_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(2usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            if let Some(value) = if_match {
                header_map.append("If-Match", value.to_string().try_into()?);
            }
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
                operation_id: "update_suscripcion",
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
                412u16 => {
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
                428u16 => {
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
    /**Builder for [`Client::get_notificacion`]

[`Client::get_notificacion`]: super::Client::get_notificacion*/
    #[derive(Debug, Clone)]
    pub struct GetNotificacion<'a> {
        client: &'a super::Client,
        notificacion_id: Result<::uuid::Uuid, String>,
    }
    impl<'a> GetNotificacion<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                notificacion_id: Err("notificacion_id was not initialized".to_string()),
            }
        }
        pub fn notificacion_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::uuid::Uuid>,
        {
            self.notificacion_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: uuid :: Uuid` for notificacion_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/notificaciones/{notificacion_id}`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<::notificaciones_types::Notificacion>,
            Error<::notificaciones_types::Problem>,
        > {
            let Self { client, notificacion_id } = self;
            let notificacion_id = notificacion_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/notificaciones/{}", client.baseurl, encode_path(& notificacion_id
                .to_string()),
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
                operation_id: "get_notificacion",
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
