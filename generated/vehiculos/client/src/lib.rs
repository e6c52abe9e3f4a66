// @generated from specs/vehiculos.yaml by `cargo run -p taller-codegen -- generate`.
// Do not edit: change the spec or codegen/, then regenerate.

//! Async client of the `vehiculos` service (taller — vehiculos), Builder style; models come from `vehiculos-types`.
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
    ///`ListVehiculosMarca`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ListVehiculosMarca(::std::string::String);
    impl ::std::ops::Deref for ListVehiculosMarca {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ListVehiculosMarca> for ::std::string::String {
        fn from(value: ListVehiculosMarca) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ListVehiculosMarca {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 50usize {
                return Err("longer than 50 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for ListVehiculosMarca {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListVehiculosMarca {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ListVehiculosMarca {
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
    ///`ListVehiculosOrder`
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
    pub enum ListVehiculosOrder {
        #[serde(rename = "vin")]
        Vin,
        #[serde(rename = "matricula")]
        Matricula,
        #[serde(rename = "marca")]
        Marca,
        #[serde(rename = "estado")]
        Estado,
    }
    impl ::std::fmt::Display for ListVehiculosOrder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Vin => f.write_str("vin"),
                Self::Matricula => f.write_str("matricula"),
                Self::Marca => f.write_str("marca"),
                Self::Estado => f.write_str("estado"),
            }
        }
    }
    impl ::std::str::FromStr for ListVehiculosOrder {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "vin" => Ok(Self::Vin),
                "matricula" => Ok(Self::Matricula),
                "marca" => Ok(Self::Marca),
                "estado" => Ok(Self::Estado),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ListVehiculosOrder {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListVehiculosOrder {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::default::Default for ListVehiculosOrder {
        fn default() -> Self {
            ListVehiculosOrder::Vin
        }
    }
    ///`ListVehiculosOrdering`
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
    pub enum ListVehiculosOrdering {
        #[serde(rename = "ASC")]
        Asc,
        #[serde(rename = "DESC")]
        Desc,
    }
    impl ::std::fmt::Display for ListVehiculosOrdering {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Asc => f.write_str("ASC"),
                Self::Desc => f.write_str("DESC"),
            }
        }
    }
    impl ::std::str::FromStr for ListVehiculosOrdering {
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
    impl ::std::convert::TryFrom<&str> for ListVehiculosOrdering {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListVehiculosOrdering {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::default::Default for ListVehiculosOrdering {
        fn default() -> Self {
            ListVehiculosOrdering::Asc
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
/**Client for taller — vehiculos

The vehicles the workshop looks after, identified by their VIN, each owned by a
customer (by DNI/NIE) and, while it is in the workshop, reserved for one job.

`estado` (the original's values, spelt ASCII-safe so every client language can name them):

| value           | original        | meaning                                              |
|-----------------|-----------------|------------------------------------------------------|
| `RECEPCIONADO`  | Recepcionado    | received, waiting for work                           |
| `EN_REPARACION` | En reparación   | being repaired                                       |
| `REPARADO`      | Reparado        | repaired, ready to be collected by the customer      |
| `EN_REVISION`   | En revisión     | being inspected                                      |
| `REVISADO`      | Revisado        | inspected, ready to be collected by the customer     |

Conventions (routing, errors, lists, `ETag`/`If-Match`) are those of `specs/README.md`.

## Fixes to the original (2023) contract
- It declared two clashing templates, `/vehiculos/{vehiculo_id}` and
  `/vehiculos/{matricula}` (a router cannot tell them apart); a vehicle now has one
  path, `/vehiculos/{vin}`, and is found by plate with the `matricula` filter.
- The reservation lived outside the service's route (`/taller/{trabajo_id}/{vehiculo_id}`,
  unreachable through `/api/v1/vehiculos`); it is now
  `/vehiculos/{vin}/reserva` (POST to reserve, GET, DELETE to release).
- Field names disagreed between schemas and bodies (`propietario_id` vs `id_cliente`,
  `matrícula` with an accent, `id` for the VIN); they are `id_cliente`, `matricula`
  and `vin` everywhere. `modelo` is new (a workshop needs it).
- `matricula` was `^[0-9]{4}-?[A-Z]{3}$` in one place and an array in another; it is
  a string of 4 digits and 3 consonants (no vowels, Ñ or Q), stored without the hyphen.
- The VIN pattern was unanchored in trabajos and accepted lower case; here it is
  `^[A-HJ-NPR-Z0-9]{17}$` (no I, O or Q).
- `id_trabajo` was a 4-digit string that matched no job id; it is the trabajos
  service's uuid.
- `estado` values had accents and spaces and the default value listed one not in the
  enum (`Inhabilitado`); see the table above.
- The list answered 404 when empty and had no filters; it answers 200 with
  `items: []`, is paginated and filters by `matricula`, `id_cliente`, `estado`, `marca`
  and `id_trabajo`.
- PUT answered the non-standard 209 and required `If-Match` in the schema; it answers
  200 with the new `ETag`, and `If-Match` is checked by the server (428/412).
- Errors are RFC 9457 problem+json with an `errors` array naming the failing fields;
  400, 409, 412, 415, 422, 428, 500 and 503 are declared. The OPTIONS operations are
  not part of the contract: CORS preflight and `Allow` are answered by the service runtime.


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
    /**List vehicles

A page of vehicles matching every given filter. An empty result is 200 with `items: []`.

Sends a `GET` request to `/vehiculos`

Arguments:
- `estado`: Only vehicles in this state.
- `id_cliente`: The owner's DNI or NIE.
- `id_trabajo`: The vehicle reserved for this job.
- `marca`: Make (case-insensitive, exact).
- `matricula`: Exact plate, without hyphen.
- `order`: Field to sort by.
- `ordering`: Sort direction.
- `page`: Page number, from 1.
- `page_size`: Items per page.
```ignore
let response = client.list_vehiculos()
    .estado(estado)
    .id_cliente(id_cliente)
    .id_trabajo(id_trabajo)
    .marca(marca)
    .matricula(matricula)
    .order(order)
    .ordering(ordering)
    .page(page)
    .page_size(page_size)
    .send()
    .await;
```*/
    pub fn list_vehiculos(&self) -> builder::ListVehiculos<'_> {
        builder::ListVehiculos::new(self)
    }
    /**Register a vehicle

Registers a vehicle. A VIN or plate already registered is a 409. `estado` defaults
to `RECEPCIONADO`.


Sends a `POST` request to `/vehiculos`

```ignore
let response = client.create_vehiculo()
    .body(body)
    .send()
    .await;
```*/
    pub fn create_vehiculo(&self) -> builder::CreateVehiculo<'_> {
        builder::CreateVehiculo::new(self)
    }
    /**Get a vehicle

The vehicle with this VIN, with its `ETag` for a later PUT or DELETE.

Sends a `GET` request to `/vehiculos/{vin}`

Arguments:
- `vin`: The vehicle's VIN.
```ignore
let response = client.get_vehiculo()
    .vin(vin)
    .send()
    .await;
```*/
    pub fn get_vehiculo(&self) -> builder::GetVehiculo<'_> {
        builder::GetVehiculo::new(self)
    }
    /**Replace a vehicle's data

Replaces owner, plate, make, model and state (the VIN never changes; the job is set
through the reservation). Send the `ETag` from the last GET in `If-Match`: 428
without it, 412 when it changed since. A plate held by another vehicle is a 409.


Sends a `PUT` request to `/vehiculos/{vin}`

Arguments:
- `vin`: The vehicle's VIN.
- `if_match`: The `ETag` of the vehicle (or reservation) as last read. Declared optional so that the server,
not the client library, answers its absence: 428 when missing, 412 when it does
not match the current `ETag`.

- `body`
```ignore
let response = client.update_vehiculo()
    .vin(vin)
    .if_match(if_match)
    .body(body)
    .send()
    .await;
```*/
    pub fn update_vehiculo(&self) -> builder::UpdateVehiculo<'_> {
        builder::UpdateVehiculo::new(self)
    }
    /**Delete a vehicle

Deletes the vehicle. A vehicle reserved for a job cannot be deleted (409): release
the reservation first. `If-Match` as for PUT (428 without it, 412 when stale).


Sends a `DELETE` request to `/vehiculos/{vin}`

Arguments:
- `vin`: The vehicle's VIN.
- `if_match`: The `ETag` of the vehicle (or reservation) as last read. Declared optional so that the server,
not the client library, answers its absence: 428 when missing, 412 when it does
not match the current `ETag`.

```ignore
let response = client.delete_vehiculo()
    .vin(vin)
    .if_match(if_match)
    .send()
    .await;
```*/
    pub fn delete_vehiculo(&self) -> builder::DeleteVehiculo<'_> {
        builder::DeleteVehiculo::new(self)
    }
    /**Get a vehicle's reservation

The job the vehicle is reserved for; 404 when the vehicle does not exist or is not reserved.

Sends a `GET` request to `/vehiculos/{vin}/reserva`

Arguments:
- `vin`: The vehicle's VIN.
```ignore
let response = client.get_reserva()
    .vin(vin)
    .send()
    .await;
```*/
    pub fn get_reserva(&self) -> builder::GetReserva<'_> {
        builder::GetReserva::new(self)
    }
    /**Reserve a vehicle for a job

Ties the vehicle to a job (its `id_trabajo` becomes the job's id) and moves it to
`estado` (default `EN_REPARACION`). A vehicle already reserved for a job is a 409.


Sends a `POST` request to `/vehiculos/{vin}/reserva`

Arguments:
- `vin`: The vehicle's VIN.
- `body`
```ignore
let response = client.create_reserva()
    .vin(vin)
    .body(body)
    .send()
    .await;
```*/
    pub fn create_reserva(&self) -> builder::CreateReserva<'_> {
        builder::CreateReserva::new(self)
    }
    /**Release a vehicle from its job

Ends the reservation: the vehicle no longer has an `id_trabajo` (its `estado` is
left as is). 404 when the vehicle does not exist or is not reserved. Send the
reservation's `ETag` in `If-Match` (428 without it, 412 when stale).


Sends a `DELETE` request to `/vehiculos/{vin}/reserva`

Arguments:
- `vin`: The vehicle's VIN.
- `if_match`: The `ETag` of the vehicle (or reservation) as last read. Declared optional so that the server,
not the client library, answers its absence: 428 when missing, 412 when it does
not match the current `ETag`.

```ignore
let response = client.delete_reserva()
    .vin(vin)
    .if_match(if_match)
    .send()
    .await;
```*/
    pub fn delete_reserva(&self) -> builder::DeleteReserva<'_> {
        builder::DeleteReserva::new(self)
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
    /**Builder for [`Client::list_vehiculos`]

[`Client::list_vehiculos`]: super::Client::list_vehiculos*/
    #[derive(Debug, Clone)]
    pub struct ListVehiculos<'a> {
        client: &'a super::Client,
        estado: Result<Option<::vehiculos_types::EstadoVehiculo>, String>,
        id_cliente: Result<Option<::vehiculos_types::Dni>, String>,
        id_trabajo: Result<Option<::uuid::Uuid>, String>,
        marca: Result<Option<types::ListVehiculosMarca>, String>,
        matricula: Result<Option<::vehiculos_types::Matricula>, String>,
        order: Result<Option<types::ListVehiculosOrder>, String>,
        ordering: Result<Option<types::ListVehiculosOrdering>, String>,
        page: Result<Option<::std::num::NonZeroU64>, String>,
        page_size: Result<Option<::std::num::NonZeroU64>, String>,
    }
    impl<'a> ListVehiculos<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                estado: Ok(None),
                id_cliente: Ok(None),
                id_trabajo: Ok(None),
                marca: Ok(None),
                matricula: Ok(None),
                order: Ok(None),
                ordering: Ok(None),
                page: Ok(None),
                page_size: Ok(None),
            }
        }
        pub fn estado<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::vehiculos_types::EstadoVehiculo>,
        {
            self.estado = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: vehiculos_types :: EstadoVehiculo` for estado failed"
                        .to_string()
                });
            self
        }
        pub fn id_cliente<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::vehiculos_types::Dni>,
        {
            self.id_cliente = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: vehiculos_types :: Dni` for id_cliente failed"
                        .to_string()
                });
            self
        }
        pub fn id_trabajo<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::uuid::Uuid>,
        {
            self.id_trabajo = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: uuid :: Uuid` for id_trabajo failed".to_string()
                });
            self
        }
        pub fn marca<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListVehiculosMarca>,
        {
            self.marca = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `ListVehiculosMarca` for marca failed".to_string()
                });
            self
        }
        pub fn matricula<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::vehiculos_types::Matricula>,
        {
            self.matricula = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: vehiculos_types :: Matricula` for matricula failed"
                        .to_string()
                });
            self
        }
        pub fn order<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListVehiculosOrder>,
        {
            self.order = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `ListVehiculosOrder` for order failed".to_string()
                });
            self
        }
        pub fn ordering<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListVehiculosOrdering>,
        {
            self.ordering = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `ListVehiculosOrdering` for ordering failed"
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
        ///Sends a `GET` request to `/vehiculos`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<::vehiculos_types::VehiculoPagina>,
            Error<::vehiculos_types::Problem>,
        > {
            let Self {
                client,
                estado,
                id_cliente,
                id_trabajo,
                marca,
                matricula,
                order,
                ordering,
                page,
                page_size,
            } = self;
            let estado = estado.map_err(Error::InvalidRequest)?;
            let id_cliente = id_cliente.map_err(Error::InvalidRequest)?;
            let id_trabajo = id_trabajo.map_err(Error::InvalidRequest)?;
            let marca = marca.map_err(Error::InvalidRequest)?;
            let matricula = matricula.map_err(Error::InvalidRequest)?;
            let order = order.map_err(Error::InvalidRequest)?;
            let ordering = ordering.map_err(Error::InvalidRequest)?;
            let page = page.map_err(Error::InvalidRequest)?;
            let page_size = page_size.map_err(Error::InvalidRequest)?;
            let url = format!("{}/vehiculos", client.baseurl,);
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
                .query(&progenitor_client::QueryParam::new("id_cliente", &id_cliente))
                .query(&progenitor_client::QueryParam::new("id_trabajo", &id_trabajo))
                .query(&progenitor_client::QueryParam::new("marca", &marca))
                .query(&progenitor_client::QueryParam::new("matricula", &matricula))
                .query(&progenitor_client::QueryParam::new("order", &order))
                .query(&progenitor_client::QueryParam::new("ordering", &ordering))
                .query(&progenitor_client::QueryParam::new("page", &page))
                .query(&progenitor_client::QueryParam::new("page_size", &page_size))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_vehiculos",
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
    /**Builder for [`Client::create_vehiculo`]

[`Client::create_vehiculo`]: super::Client::create_vehiculo*/
    #[derive(Debug, Clone)]
    pub struct CreateVehiculo<'a> {
        client: &'a super::Client,
        body: Result<::vehiculos_types::VehiculoNuevo, String>,
    }
    impl<'a> CreateVehiculo<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Err("body was not initialized".to_string()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::vehiculos_types::VehiculoNuevo>,
        {
            self.body = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: vehiculos_types :: VehiculoNuevo` for body failed"
                        .to_string()
                });
            self
        }
        ///Sends a `POST` request to `/vehiculos`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<::vehiculos_types::Vehiculo>,
            Error<::vehiculos_types::Problem>,
        > {
            let Self { client, body } = self;
            let body = body.map_err(Error::InvalidRequest)?;
            let url = format!("{}/vehiculos", client.baseurl,);
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
                operation_id: "create_vehiculo",
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
    /**Builder for [`Client::get_vehiculo`]

[`Client::get_vehiculo`]: super::Client::get_vehiculo*/
    #[derive(Debug, Clone)]
    pub struct GetVehiculo<'a> {
        client: &'a super::Client,
        vin: Result<::vehiculos_types::Vin, String>,
    }
    impl<'a> GetVehiculo<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                vin: Err("vin was not initialized".to_string()),
            }
        }
        pub fn vin<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::vehiculos_types::Vin>,
        {
            self.vin = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: vehiculos_types :: Vin` for vin failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/vehiculos/{vin}`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<::vehiculos_types::Vehiculo>,
            Error<::vehiculos_types::Problem>,
        > {
            let Self { client, vin } = self;
            let vin = vin.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/vehiculos/{}", client.baseurl, encode_path(& vin.to_string()),
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
                operation_id: "get_vehiculo",
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
    /**Builder for [`Client::update_vehiculo`]

[`Client::update_vehiculo`]: super::Client::update_vehiculo*/
    #[derive(Debug, Clone)]
    pub struct UpdateVehiculo<'a> {
        client: &'a super::Client,
        vin: Result<::vehiculos_types::Vin, String>,
        if_match: Result<Option<::std::string::String>, String>,
        body: Result<::vehiculos_types::VehiculoActualizacion, String>,
    }
    impl<'a> UpdateVehiculo<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                vin: Err("vin was not initialized".to_string()),
                if_match: Ok(None),
                body: Err("body was not initialized".to_string()),
            }
        }
        pub fn vin<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::vehiculos_types::Vin>,
        {
            self.vin = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: vehiculos_types :: Vin` for vin failed"
                        .to_string()
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
            V: std::convert::TryInto<::vehiculos_types::VehiculoActualizacion>,
        {
            self.body = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: vehiculos_types :: VehiculoActualizacion` for body failed"
                        .to_string()
                });
            self
        }
        ///Sends a `PUT` request to `/vehiculos/{vin}`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<::vehiculos_types::Vehiculo>,
            Error<::vehiculos_types::Problem>,
        > {
            let Self { client, vin, if_match, body } = self;
            let vin = vin.map_err(Error::InvalidRequest)?;
            let if_match = if_match.map_err(Error::InvalidRequest)?;
            let body = body.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/vehiculos/{}", client.baseurl, encode_path(& vin.to_string()),
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
                operation_id: "update_vehiculo",
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
    /**Builder for [`Client::delete_vehiculo`]

[`Client::delete_vehiculo`]: super::Client::delete_vehiculo*/
    #[derive(Debug, Clone)]
    pub struct DeleteVehiculo<'a> {
        client: &'a super::Client,
        vin: Result<::vehiculos_types::Vin, String>,
        if_match: Result<Option<::std::string::String>, String>,
    }
    impl<'a> DeleteVehiculo<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                vin: Err("vin was not initialized".to_string()),
                if_match: Ok(None),
            }
        }
        pub fn vin<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::vehiculos_types::Vin>,
        {
            self.vin = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: vehiculos_types :: Vin` for vin failed"
                        .to_string()
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
        ///Sends a `DELETE` request to `/vehiculos/{vin}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<()>, Error<::vehiculos_types::Problem>> {
            let Self { client, vin, if_match } = self;
            let vin = vin.map_err(Error::InvalidRequest)?;
            let if_match = if_match.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/vehiculos/{}", client.baseurl, encode_path(& vin.to_string()),
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
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "delete_vehiculo",
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
                412u16 => {
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
    /**Builder for [`Client::get_reserva`]

[`Client::get_reserva`]: super::Client::get_reserva*/
    #[derive(Debug, Clone)]
    pub struct GetReserva<'a> {
        client: &'a super::Client,
        vin: Result<::vehiculos_types::Vin, String>,
    }
    impl<'a> GetReserva<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                vin: Err("vin was not initialized".to_string()),
            }
        }
        pub fn vin<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::vehiculos_types::Vin>,
        {
            self.vin = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: vehiculos_types :: Vin` for vin failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/vehiculos/{vin}/reserva`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<::vehiculos_types::Reserva>,
            Error<::vehiculos_types::Problem>,
        > {
            let Self { client, vin } = self;
            let vin = vin.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/vehiculos/{}/reserva", client.baseurl, encode_path(& vin
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
                operation_id: "get_reserva",
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
    /**Builder for [`Client::create_reserva`]

[`Client::create_reserva`]: super::Client::create_reserva*/
    #[derive(Debug, Clone)]
    pub struct CreateReserva<'a> {
        client: &'a super::Client,
        vin: Result<::vehiculos_types::Vin, String>,
        body: Result<::vehiculos_types::ReservaNueva, String>,
    }
    impl<'a> CreateReserva<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                vin: Err("vin was not initialized".to_string()),
                body: Err("body was not initialized".to_string()),
            }
        }
        pub fn vin<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::vehiculos_types::Vin>,
        {
            self.vin = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: vehiculos_types :: Vin` for vin failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::vehiculos_types::ReservaNueva>,
        {
            self.body = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: vehiculos_types :: ReservaNueva` for body failed"
                        .to_string()
                });
            self
        }
        ///Sends a `POST` request to `/vehiculos/{vin}/reserva`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<::vehiculos_types::Reserva>,
            Error<::vehiculos_types::Problem>,
        > {
            let Self { client, vin, body } = self;
            let vin = vin.map_err(Error::InvalidRequest)?;
            let body = body.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/vehiculos/{}/reserva", client.baseurl, encode_path(& vin
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
                operation_id: "create_reserva",
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
    /**Builder for [`Client::delete_reserva`]

[`Client::delete_reserva`]: super::Client::delete_reserva*/
    #[derive(Debug, Clone)]
    pub struct DeleteReserva<'a> {
        client: &'a super::Client,
        vin: Result<::vehiculos_types::Vin, String>,
        if_match: Result<Option<::std::string::String>, String>,
    }
    impl<'a> DeleteReserva<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                vin: Err("vin was not initialized".to_string()),
                if_match: Ok(None),
            }
        }
        pub fn vin<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::vehiculos_types::Vin>,
        {
            self.vin = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: vehiculos_types :: Vin` for vin failed"
                        .to_string()
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
        ///Sends a `DELETE` request to `/vehiculos/{vin}/reserva`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<()>, Error<::vehiculos_types::Problem>> {
            let Self { client, vin, if_match } = self;
            let vin = vin.map_err(Error::InvalidRequest)?;
            let if_match = if_match.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/vehiculos/{}/reserva", client.baseurl, encode_path(& vin
                .to_string()),
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
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "delete_reserva",
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
                412u16 => {
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
