// @generated from specs/facturas.yaml by `cargo run -p taller-codegen -- generate`.
// Do not edit: change the spec or codegen/, then regenerate.

//! Async client of the `facturas` service (taller — facturas), Builder style; models come from `facturas-types`.
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
    ///`ListFacturasOrder`
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
    pub enum ListFacturasOrder {
        #[serde(rename = "id_factura")]
        IdFactura,
        #[serde(rename = "fecha_factura")]
        FechaFactura,
    }
    impl ::std::fmt::Display for ListFacturasOrder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::IdFactura => f.write_str("id_factura"),
                Self::FechaFactura => f.write_str("fecha_factura"),
            }
        }
    }
    impl ::std::str::FromStr for ListFacturasOrder {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "id_factura" => Ok(Self::IdFactura),
                "fecha_factura" => Ok(Self::FechaFactura),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ListFacturasOrder {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListFacturasOrder {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::default::Default for ListFacturasOrder {
        fn default() -> Self {
            ListFacturasOrder::IdFactura
        }
    }
    ///`ListFacturasOrdering`
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
    pub enum ListFacturasOrdering {
        #[serde(rename = "ASC")]
        Asc,
        #[serde(rename = "DESC")]
        Desc,
    }
    impl ::std::fmt::Display for ListFacturasOrdering {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Asc => f.write_str("ASC"),
                Self::Desc => f.write_str("DESC"),
            }
        }
    }
    impl ::std::str::FromStr for ListFacturasOrdering {
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
    impl ::std::convert::TryFrom<&str> for ListFacturasOrdering {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListFacturasOrdering {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::default::Default for ListFacturasOrdering {
        fn default() -> Self {
            ListFacturasOrdering::Asc
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
/**Client for taller — facturas

Invoices for finished jobs. An invoice is issued from one or more jobs of the same
vehicle that are `TERMINADO` in the trabajos service; it itemises their labour and
spare parts, shows the taxable base, the VAT (IVA, 21 %) and its amount separately, and
the total. Issuing it marks the jobs `FACTURADO`.

**Numbering.** `id_factura` is `AAAA-NNNN`: the year of issue (the series) and the
invoice's number within it, consecutive from `0001` with no gaps, e.g. `2026-0001`,
`2026-0002`, … and `2027-0001` on the first invoice of the next year. The server
assigns it; an annulled invoice keeps its number.

**Amounts** (euros, two decimals): each line's `importe` = `cantidad` × `precio_unitario`;
`base_imponible` = sum of the lines; `cuota_iva` = `base_imponible` × `iva` / 100, rounded
to the cent; `importe_total` = `base_imponible` + `cuota_iva`.

**States.** Issued invoices are never edited (no PUT or DELETE): they move by operations,
and a wrong invoice is annulled and issued again.

| operation                          | from      | to        |
|------------------------------------|-----------|-----------|
| `POST /facturas`                   | —         | `Emitida` |
| `POST /facturas/{id}/pagar`        | `Emitida` | `Pagada`  |
| `POST /facturas/{id}/anular`       | `Emitida` | `Anulada` |

Any other transition is a 409 and changes nothing.

Conventions (routing, errors, lists) are those of `specs/README.md`.

## Fixes to the original (2023) contract
- `importe_total` was a string like `223.40€` (with a pattern for thousands separators);
  amounts are numbers in euros. The invoice had no lines, base or VAT; it now itemises
  labour and parts and shows `base_imponible`, `iva`, `cuota_iva` and `importe_total`.
- Invoices were created and edited with POST/PUT of any field (state included) and could
  be deleted; they are now issued from jobs (the server computes every amount and the
  number), never edited or deleted, and change state only through `pagar` and `anular`
  (409 when invalid). `Anulada` was added to `Emitida`, `Pagada`.
- The numbering `^[0-9]{4}-[0-9]{4}$` is kept and now explained (year series,
  consecutive numbers); the example `2023-0000` was not a valid first number.
- Field names are the original's in snake_case: `VIN_coche` → `vin_coche`,
  `Id_cliente` → `id_cliente`; `trabajos`, `estado`, `fecha_factura`, `importe_total`
  are kept. Job ids are the trabajos service's uuids (they were `T234`).
- The list's query parameters had spaces in their names (`fecha factura`,
  `intervalo inferior`, `intervalo superior`) and the amounts needed a trailing `€`;
  they are `fecha_desde`/`fecha_hasta` (dates), `importe_min`/`importe_max` (numbers),
  plus `vin_coche`, `id_cliente`, `estado` and `trabajo`. The list answered 404 when
  empty; it answers 200 with `items: []`, paginated.
- The list wrapped each item in `{"factura": …}`; items are now plain objects.
- Duplicates answered 400 and PUT the non-standard 209; errors are RFC 9457
  problem+json with an `errors` array naming the failing fields, with 400, 404, 409,
  415, 422, 500 and 503 declared. The OPTIONS operations are not part of the contract:
  CORS preflight and `Allow` are answered by the service runtime.


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
    /**List invoices

A page of invoices matching every given filter: by vehicle, customer, state, a job
they include, a range of `fecha_factura` and a range of `importe_total` (all
bounds inclusive). An empty result is 200 with `items: []`.


Sends a `GET` request to `/facturas`

Arguments:
- `estado`: Only invoices in this state.
- `fecha_desde`: Only invoices issued on or after this day.
- `fecha_hasta`: Only invoices issued on or before this day.
- `id_cliente`: Only invoices to this customer (DNI or NIE).
- `importe_max`: Only invoices whose `importe_total` is at most this (euros).
- `importe_min`: Only invoices whose `importe_total` is at least this (euros).
- `order`: Field to sort by.
- `ordering`: Sort direction.
- `page`: Page number, from 1.
- `page_size`: Items per page.
- `trabajo`: Only the invoice(s) that include this job.
- `vin_coche`: Only invoices for this vehicle.
```ignore
let response = client.list_facturas()
    .estado(estado)
    .fecha_desde(fecha_desde)
    .fecha_hasta(fecha_hasta)
    .id_cliente(id_cliente)
    .importe_max(importe_max)
    .importe_min(importe_min)
    .order(order)
    .ordering(ordering)
    .page(page)
    .page_size(page_size)
    .trabajo(trabajo)
    .vin_coche(vin_coche)
    .send()
    .await;
```*/
    pub fn list_facturas(&self) -> builder::ListFacturas<'_> {
        builder::ListFacturas::new(self)
    }
    /**Issue an invoice for finished jobs

Issues an invoice (`Emitida`, dated today, with the next number of this year's
series) for the given jobs, which must all be `TERMINADO` and on the same vehicle;
the lines and amounts come from the jobs' labour and parts, and the jobs become
`FACTURADO`. 409 when a job is not `TERMINADO` (or already invoiced); 422 when a
job does not exist or they are on different vehicles.


Sends a `POST` request to `/facturas`

```ignore
let response = client.create_factura()
    .body(body)
    .send()
    .await;
```*/
    pub fn create_factura(&self) -> builder::CreateFactura<'_> {
        builder::CreateFactura::new(self)
    }
    /**Get an invoice

The invoice with this number, with its lines and amounts.

Sends a `GET` request to `/facturas/{factura_id}`

Arguments:
- `factura_id`: The invoice's number, `AAAA-NNNN` (year and number within it).
```ignore
let response = client.get_factura()
    .factura_id(factura_id)
    .send()
    .await;
```*/
    pub fn get_factura(&self) -> builder::GetFactura<'_> {
        builder::GetFactura::new(self)
    }
    /**Annul an invoice

`Emitida` → `Anulada`, with the reason. The invoice keeps its number; its jobs stay
`FACTURADO` (issue a corrected invoice for them by listing them again). 409 from any
other state (a paid invoice is not annulled).


Sends a `POST` request to `/facturas/{factura_id}/anular`

Arguments:
- `factura_id`: The invoice's number, `AAAA-NNNN` (year and number within it).
- `body`
```ignore
let response = client.anular_factura()
    .factura_id(factura_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn anular_factura(&self) -> builder::AnularFactura<'_> {
        builder::AnularFactura::new(self)
    }
    /**Record an invoice's payment

`Emitida` → `Pagada`, recording how and when it was paid (`fecha_pago` defaults to today). 409 from any other state.

Sends a `POST` request to `/facturas/{factura_id}/pagar`

Arguments:
- `factura_id`: The invoice's number, `AAAA-NNNN` (year and number within it).
- `body`
```ignore
let response = client.pagar_factura()
    .factura_id(factura_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn pagar_factura(&self) -> builder::PagarFactura<'_> {
        builder::PagarFactura::new(self)
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
    /**Builder for [`Client::list_facturas`]

[`Client::list_facturas`]: super::Client::list_facturas*/
    #[derive(Debug, Clone)]
    pub struct ListFacturas<'a> {
        client: &'a super::Client,
        estado: Result<Option<::facturas_types::EstadoFactura>, String>,
        fecha_desde: Result<Option<::chrono::naive::NaiveDate>, String>,
        fecha_hasta: Result<Option<::chrono::naive::NaiveDate>, String>,
        id_cliente: Result<Option<::facturas_types::Dni>, String>,
        importe_max: Result<Option<f64>, String>,
        importe_min: Result<Option<f64>, String>,
        order: Result<Option<types::ListFacturasOrder>, String>,
        ordering: Result<Option<types::ListFacturasOrdering>, String>,
        page: Result<Option<::std::num::NonZeroU64>, String>,
        page_size: Result<Option<::std::num::NonZeroU64>, String>,
        trabajo: Result<Option<::uuid::Uuid>, String>,
        vin_coche: Result<Option<::facturas_types::Vin>, String>,
    }
    impl<'a> ListFacturas<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                estado: Ok(None),
                fecha_desde: Ok(None),
                fecha_hasta: Ok(None),
                id_cliente: Ok(None),
                importe_max: Ok(None),
                importe_min: Ok(None),
                order: Ok(None),
                ordering: Ok(None),
                page: Ok(None),
                page_size: Ok(None),
                trabajo: Ok(None),
                vin_coche: Ok(None),
            }
        }
        pub fn estado<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::facturas_types::EstadoFactura>,
        {
            self.estado = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: facturas_types :: EstadoFactura` for estado failed"
                        .to_string()
                });
            self
        }
        pub fn fecha_desde<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::chrono::naive::NaiveDate>,
        {
            self.fecha_desde = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: chrono :: naive :: NaiveDate` for fecha_desde failed"
                        .to_string()
                });
            self
        }
        pub fn fecha_hasta<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::chrono::naive::NaiveDate>,
        {
            self.fecha_hasta = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: chrono :: naive :: NaiveDate` for fecha_hasta failed"
                        .to_string()
                });
            self
        }
        pub fn id_cliente<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::facturas_types::Dni>,
        {
            self.id_cliente = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: facturas_types :: Dni` for id_cliente failed"
                        .to_string()
                });
            self
        }
        pub fn importe_max<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<f64>,
        {
            self.importe_max = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `f64` for importe_max failed".to_string());
            self
        }
        pub fn importe_min<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<f64>,
        {
            self.importe_min = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `f64` for importe_min failed".to_string());
            self
        }
        pub fn order<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListFacturasOrder>,
        {
            self.order = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `ListFacturasOrder` for order failed".to_string()
                });
            self
        }
        pub fn ordering<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListFacturasOrdering>,
        {
            self.ordering = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `ListFacturasOrdering` for ordering failed"
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
        pub fn trabajo<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::uuid::Uuid>,
        {
            self.trabajo = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: uuid :: Uuid` for trabajo failed".to_string()
                });
            self
        }
        pub fn vin_coche<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::facturas_types::Vin>,
        {
            self.vin_coche = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: facturas_types :: Vin` for vin_coche failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/facturas`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<::facturas_types::FacturaPagina>,
            Error<::facturas_types::Problem>,
        > {
            let Self {
                client,
                estado,
                fecha_desde,
                fecha_hasta,
                id_cliente,
                importe_max,
                importe_min,
                order,
                ordering,
                page,
                page_size,
                trabajo,
                vin_coche,
            } = self;
            let estado = estado.map_err(Error::InvalidRequest)?;
            let fecha_desde = fecha_desde.map_err(Error::InvalidRequest)?;
            let fecha_hasta = fecha_hasta.map_err(Error::InvalidRequest)?;
            let id_cliente = id_cliente.map_err(Error::InvalidRequest)?;
            let importe_max = importe_max.map_err(Error::InvalidRequest)?;
            let importe_min = importe_min.map_err(Error::InvalidRequest)?;
            let order = order.map_err(Error::InvalidRequest)?;
            let ordering = ordering.map_err(Error::InvalidRequest)?;
            let page = page.map_err(Error::InvalidRequest)?;
            let page_size = page_size.map_err(Error::InvalidRequest)?;
            let trabajo = trabajo.map_err(Error::InvalidRequest)?;
            let vin_coche = vin_coche.map_err(Error::InvalidRequest)?;
            let url = format!("{}/facturas", client.baseurl,);
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
                .query(&progenitor_client::QueryParam::new("estado", &estado))
                .query(&progenitor_client::QueryParam::new("fecha_desde", &fecha_desde))
                .query(&progenitor_client::QueryParam::new("fecha_hasta", &fecha_hasta))
                .query(&progenitor_client::QueryParam::new("id_cliente", &id_cliente))
                .query(&progenitor_client::QueryParam::new("importe_max", &importe_max))
                .query(&progenitor_client::QueryParam::new("importe_min", &importe_min))
                .query(&progenitor_client::QueryParam::new("order", &order))
                .query(&progenitor_client::QueryParam::new("ordering", &ordering))
                .query(&progenitor_client::QueryParam::new("page", &page))
                .query(&progenitor_client::QueryParam::new("page_size", &page_size))
                .query(&progenitor_client::QueryParam::new("trabajo", &trabajo))
                .query(&progenitor_client::QueryParam::new("vin_coche", &vin_coche))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_facturas",
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
    /**Builder for [`Client::create_factura`]

[`Client::create_factura`]: super::Client::create_factura*/
    #[derive(Debug, Clone)]
    pub struct CreateFactura<'a> {
        client: &'a super::Client,
        body: Result<::facturas_types::FacturaNueva, String>,
    }
    impl<'a> CreateFactura<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Err("body was not initialized".to_string()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::facturas_types::FacturaNueva>,
        {
            self.body = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: facturas_types :: FacturaNueva` for body failed"
                        .to_string()
                });
            self
        }
        ///Sends a `POST` request to `/facturas`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<::facturas_types::Factura>,
            Error<::facturas_types::Problem>,
        > {
            let Self { client, body } = self;
            let body = body.map_err(Error::InvalidRequest)?;
            let url = format!("{}/facturas", client.baseurl,);
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
                operation_id: "create_factura",
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
    /**Builder for [`Client::get_factura`]

[`Client::get_factura`]: super::Client::get_factura*/
    #[derive(Debug, Clone)]
    pub struct GetFactura<'a> {
        client: &'a super::Client,
        factura_id: Result<::facturas_types::IdFactura, String>,
    }
    impl<'a> GetFactura<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                factura_id: Err("factura_id was not initialized".to_string()),
            }
        }
        pub fn factura_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::facturas_types::IdFactura>,
        {
            self.factura_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: facturas_types :: IdFactura` for factura_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/facturas/{factura_id}`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<::facturas_types::Factura>,
            Error<::facturas_types::Problem>,
        > {
            let Self { client, factura_id } = self;
            let factura_id = factura_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/facturas/{}", client.baseurl, encode_path(& factura_id.to_string()),
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
                operation_id: "get_factura",
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
    /**Builder for [`Client::anular_factura`]

[`Client::anular_factura`]: super::Client::anular_factura*/
    #[derive(Debug, Clone)]
    pub struct AnularFactura<'a> {
        client: &'a super::Client,
        factura_id: Result<::facturas_types::IdFactura, String>,
        body: Result<::facturas_types::Anulacion, String>,
    }
    impl<'a> AnularFactura<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                factura_id: Err("factura_id was not initialized".to_string()),
                body: Err("body was not initialized".to_string()),
            }
        }
        pub fn factura_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::facturas_types::IdFactura>,
        {
            self.factura_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: facturas_types :: IdFactura` for factura_id failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::facturas_types::Anulacion>,
        {
            self.body = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: facturas_types :: Anulacion` for body failed"
                        .to_string()
                });
            self
        }
        ///Sends a `POST` request to `/facturas/{factura_id}/anular`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<::facturas_types::Factura>,
            Error<::facturas_types::Problem>,
        > {
            let Self { client, factura_id, body } = self;
            let factura_id = factura_id.map_err(Error::InvalidRequest)?;
            let body = body.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/facturas/{}/anular", client.baseurl, encode_path(& factura_id
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
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "anular_factura",
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
    /**Builder for [`Client::pagar_factura`]

[`Client::pagar_factura`]: super::Client::pagar_factura*/
    #[derive(Debug, Clone)]
    pub struct PagarFactura<'a> {
        client: &'a super::Client,
        factura_id: Result<::facturas_types::IdFactura, String>,
        body: Result<::facturas_types::Pago, String>,
    }
    impl<'a> PagarFactura<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                factura_id: Err("factura_id was not initialized".to_string()),
                body: Err("body was not initialized".to_string()),
            }
        }
        pub fn factura_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::facturas_types::IdFactura>,
        {
            self.factura_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: facturas_types :: IdFactura` for factura_id failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::facturas_types::Pago>,
        {
            self.body = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: facturas_types :: Pago` for body failed"
                        .to_string()
                });
            self
        }
        ///Sends a `POST` request to `/facturas/{factura_id}/pagar`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<::facturas_types::Factura>,
            Error<::facturas_types::Problem>,
        > {
            let Self { client, factura_id, body } = self;
            let factura_id = factura_id.map_err(Error::InvalidRequest)?;
            let body = body.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/facturas/{}/pagar", client.baseurl, encode_path(& factura_id
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
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "pagar_factura",
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
