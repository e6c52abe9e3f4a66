// @generated from specs/trabajos.yaml by `cargo run -p taller-codegen -- generate`.
// Do not edit: change the spec or codegen/, then regenerate.

//! Async client of the `trabajos` service (taller — trabajos), Builder style; models come from `trabajos-types`.
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
    ///`ListTiposTrabajoNombre`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ListTiposTrabajoNombre(::std::string::String);
    impl ::std::ops::Deref for ListTiposTrabajoNombre {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ListTiposTrabajoNombre> for ::std::string::String {
        fn from(value: ListTiposTrabajoNombre) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ListTiposTrabajoNombre {
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
    impl ::std::convert::TryFrom<&str> for ListTiposTrabajoNombre {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListTiposTrabajoNombre {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ListTiposTrabajoNombre {
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
    ///`ListTiposTrabajoOrder`
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
    pub enum ListTiposTrabajoOrder {
        #[serde(rename = "nombre")]
        Nombre,
        #[serde(rename = "horas_estimadas")]
        HorasEstimadas,
    }
    impl ::std::fmt::Display for ListTiposTrabajoOrder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Nombre => f.write_str("nombre"),
                Self::HorasEstimadas => f.write_str("horas_estimadas"),
            }
        }
    }
    impl ::std::str::FromStr for ListTiposTrabajoOrder {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "nombre" => Ok(Self::Nombre),
                "horas_estimadas" => Ok(Self::HorasEstimadas),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ListTiposTrabajoOrder {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListTiposTrabajoOrder {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::default::Default for ListTiposTrabajoOrder {
        fn default() -> Self {
            ListTiposTrabajoOrder::Nombre
        }
    }
    ///`ListTiposTrabajoOrdering`
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
    pub enum ListTiposTrabajoOrdering {
        #[serde(rename = "ASC")]
        Asc,
        #[serde(rename = "DESC")]
        Desc,
    }
    impl ::std::fmt::Display for ListTiposTrabajoOrdering {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Asc => f.write_str("ASC"),
                Self::Desc => f.write_str("DESC"),
            }
        }
    }
    impl ::std::str::FromStr for ListTiposTrabajoOrdering {
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
    impl ::std::convert::TryFrom<&str> for ListTiposTrabajoOrdering {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListTiposTrabajoOrdering {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::default::Default for ListTiposTrabajoOrdering {
        fn default() -> Self {
            ListTiposTrabajoOrdering::Asc
        }
    }
    ///`ListTrabajosOrder`
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
    pub enum ListTrabajosOrder {
        #[serde(rename = "fecha_creacion")]
        FechaCreacion,
        #[serde(rename = "fecha_prevista")]
        FechaPrevista,
        #[serde(rename = "fecha_inicio")]
        FechaInicio,
        #[serde(rename = "estado")]
        Estado,
        #[serde(rename = "vin")]
        Vin,
    }
    impl ::std::fmt::Display for ListTrabajosOrder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::FechaCreacion => f.write_str("fecha_creacion"),
                Self::FechaPrevista => f.write_str("fecha_prevista"),
                Self::FechaInicio => f.write_str("fecha_inicio"),
                Self::Estado => f.write_str("estado"),
                Self::Vin => f.write_str("vin"),
            }
        }
    }
    impl ::std::str::FromStr for ListTrabajosOrder {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "fecha_creacion" => Ok(Self::FechaCreacion),
                "fecha_prevista" => Ok(Self::FechaPrevista),
                "fecha_inicio" => Ok(Self::FechaInicio),
                "estado" => Ok(Self::Estado),
                "vin" => Ok(Self::Vin),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ListTrabajosOrder {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListTrabajosOrder {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::default::Default for ListTrabajosOrder {
        fn default() -> Self {
            ListTrabajosOrder::FechaCreacion
        }
    }
    ///`ListTrabajosOrdering`
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
    pub enum ListTrabajosOrdering {
        #[serde(rename = "ASC")]
        Asc,
        #[serde(rename = "DESC")]
        Desc,
    }
    impl ::std::fmt::Display for ListTrabajosOrdering {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Asc => f.write_str("ASC"),
                Self::Desc => f.write_str("DESC"),
            }
        }
    }
    impl ::std::str::FromStr for ListTrabajosOrdering {
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
    impl ::std::convert::TryFrom<&str> for ListTrabajosOrdering {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListTrabajosOrdering {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::default::Default for ListTrabajosOrdering {
        fn default() -> Self {
            ListTrabajosOrdering::Asc
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
/**Client for taller — trabajos

The workshop's jobs: each job is work on one vehicle (by VIN), optionally of a known
work type, with the labour and the spare parts it used, moving through a state machine
until it is invoiced or cancelled. Work types (`/trabajos/tipos`) are the catalogue of
what the workshop does.

## States
Each transition is an operation; asking for one the job's state does not allow is a
409 and changes nothing.

| operation                          | from                            | to            |
|------------------------------------|---------------------------------|---------------|
| `POST /trabajos`                   | —                               | `CREADO`      |
| `POST /trabajos/{id}/planificar`   | `CREADO`, `PLANIFICADO`         | `PLANIFICADO` |
| `POST /trabajos/{id}/iniciar`      | `PLANIFICADO`                   | `INICIADO`    |
| `POST /trabajos/{id}/terminar`     | `INICIADO`                      | `TERMINADO`   |
| `POST /trabajos/{id}/facturar`     | `TERMINADO`                     | `FACTURADO`   |
| `POST /trabajos/{id}/cancelar`     | `CREADO`, `PLANIFICADO`, `INICIADO` | `CANCELADO` |

Planning again (`PLANIFICADO` → `PLANIFICADO`) moves the date. Labour and parts can be
added or removed while the job is `CREADO`, `PLANIFICADO` or `INICIADO`; its data can be
replaced (PUT) while it is `CREADO` or `PLANIFICADO`; it can be deleted only while
`CREADO` (later, cancel it). `FACTURADO` and `CANCELADO` are final.

Parts: adding a part line reserves its units in the recambios service for this job
(409 when recambios has not enough available); removing the line, or cancelling the
job, releases them; `terminar` consumes them.

Conventions (routing, errors, lists, `ETag`/`If-Match`) are those of `specs/README.md`.

## Fixes to the original (2023) contract
- Its paths (`/tipos-trabajo`, `/TrabajoDiario`, `/TrabajosSegunCoche/{CarVIN}`,
  `/TrabajoDiarioEstados/{EstadoTrabajo}`, `/TrabajoDiarioRecursos/{IdRecurso}`) were
  unreachable through the gateway's `/api/v1/trabajos` route. Everything lives under
  `/trabajos` now: jobs at `/trabajos`, work types at `/trabajos/tipos`, and the
  by-car, by-state and by-resource queries are the `vin`, `estado` and `recurso`
  filters of `GET /trabajos`.
- The state could be set to anything by PUT; transitions are now operations with a
  409 on an invalid one, and `FACTURADO` and `CANCELADO` were added to
  `CREADO, PLANIFICADO, INICIADO, TERMINADO`.
- Labour lines and parts used (needed to invoice a job) were missing; they are
  `/trabajos/{trabajo_id}/mano-obra` and `/trabajos/{trabajo_id}/recambios`.
- Field names are the original's in snake_case: `IdTrabajoDiario` → `id`,
  `IdTipoTrabajo` → `tipo_id`, `NombreTrabajo` → `nombre`, `DescripcionTrabajo` →
  `descripcion`, `MotivoTrabajo` → `motivo`, `FechaInicio` → `fecha_inicio`,
  `FechaFin` → `fecha_fin`, `HorasDedicadas` → `horas`, `RecursosNecesarios` →
  `recursos`, `EstadoTrabajo` → `estado`, `VINCoche` → `vin`.
- The VIN pattern was unanchored and accepted lower case and hyphens; it is
  `^[A-HJ-NPR-Z0-9]{17}$`. The examples did not match the schemas (`IdTipoTrabajo: 0991`).
- Ids were client-chosen integers; the server assigns uuids (jobs and work types), and
  input and output use separate schemas. `horas` is computed from the labour lines.
- Lists answered 404 when empty; they answer 200 with `items: []`, paginated.
- PUT answered the non-standard 209; it answers 200 with the new `ETag`, and
  `If-Match` is checked (428/412). `ETag` had the pattern `[0-9a-f]` (one character).
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
    /**List jobs

A page of jobs matching every given filter: by vehicle (`vin`), by state, by a
resource it needs (`recurso`), by work type, and by a range of `fecha_inicio`
(inclusive). An empty result is 200 with `items: []`.


Sends a `GET` request to `/trabajos`

Arguments:
- `estado`: Only jobs in this state.
- `fecha_desde`: Only jobs started at or after this moment.
- `fecha_hasta`: Only jobs started at or before this moment.
- `order`: Field to sort by.
- `ordering`: Sort direction.
- `page`: Page number, from 1.
- `page_size`: Items per page.
- `recurso`: Only jobs that need this resource.
- `tipo_id`: Only jobs of this work type.
- `vin`: Only jobs on this vehicle.
```ignore
let response = client.list_trabajos()
    .estado(estado)
    .fecha_desde(fecha_desde)
    .fecha_hasta(fecha_hasta)
    .order(order)
    .ordering(ordering)
    .page(page)
    .page_size(page_size)
    .recurso(recurso)
    .tipo_id(tipo_id)
    .vin(vin)
    .send()
    .await;
```*/
    pub fn list_trabajos(&self) -> builder::ListTrabajos<'_> {
        builder::ListTrabajos::new(self)
    }
    /**Open a job on a vehicle

Opens a job in state `CREADO`; the server assigns its `id`.

Sends a `POST` request to `/trabajos`

```ignore
let response = client.create_trabajo()
    .body(body)
    .send()
    .await;
```*/
    pub fn create_trabajo(&self) -> builder::CreateTrabajo<'_> {
        builder::CreateTrabajo::new(self)
    }
    /**List work types

A page of work types; `nombre` matches a case-insensitive substring. Empty is 200 with `items: []`.

Sends a `GET` request to `/trabajos/tipos`

Arguments:
- `nombre`: Substring of the name (case-insensitive).
- `order`: Field to sort by.
- `ordering`: Sort direction.
- `page`: Page number, from 1.
- `page_size`: Items per page.
```ignore
let response = client.list_tipos_trabajo()
    .nombre(nombre)
    .order(order)
    .ordering(ordering)
    .page(page)
    .page_size(page_size)
    .send()
    .await;
```*/
    pub fn list_tipos_trabajo(&self) -> builder::ListTiposTrabajo<'_> {
        builder::ListTiposTrabajo::new(self)
    }
    /**Add a work type

Adds a work type to the catalogue; a name already used is a 409.

Sends a `POST` request to `/trabajos/tipos`

```ignore
let response = client.create_tipo_trabajo()
    .body(body)
    .send()
    .await;
```*/
    pub fn create_tipo_trabajo(&self) -> builder::CreateTipoTrabajo<'_> {
        builder::CreateTipoTrabajo::new(self)
    }
    /**Get a work type

The work type, with its `ETag` for a later PUT or DELETE.

Sends a `GET` request to `/trabajos/tipos/{tipo_id}`

Arguments:
- `tipo_id`: The work type's id.
```ignore
let response = client.get_tipo_trabajo()
    .tipo_id(tipo_id)
    .send()
    .await;
```*/
    pub fn get_tipo_trabajo(&self) -> builder::GetTipoTrabajo<'_> {
        builder::GetTipoTrabajo::new(self)
    }
    /**Replace a work type

Replaces the work type's data. `If-Match` as for every PUT (428 without it, 412 when stale).

Sends a `PUT` request to `/trabajos/tipos/{tipo_id}`

Arguments:
- `tipo_id`: The work type's id.
- `if_match`: The `ETag` of the resource as last read. Declared optional so that the server,
not the client library, answers its absence: 428 when missing, 412 when it does
not match the current `ETag`.

- `body`
```ignore
let response = client.update_tipo_trabajo()
    .tipo_id(tipo_id)
    .if_match(if_match)
    .body(body)
    .send()
    .await;
```*/
    pub fn update_tipo_trabajo(&self) -> builder::UpdateTipoTrabajo<'_> {
        builder::UpdateTipoTrabajo::new(self)
    }
    /**Remove a work type

Removes the work type from the catalogue (jobs that used it keep its id). `If-Match` as for PUT.

Sends a `DELETE` request to `/trabajos/tipos/{tipo_id}`

Arguments:
- `tipo_id`: The work type's id.
- `if_match`: The `ETag` of the resource as last read. Declared optional so that the server,
not the client library, answers its absence: 428 when missing, 412 when it does
not match the current `ETag`.

```ignore
let response = client.delete_tipo_trabajo()
    .tipo_id(tipo_id)
    .if_match(if_match)
    .send()
    .await;
```*/
    pub fn delete_tipo_trabajo(&self) -> builder::DeleteTipoTrabajo<'_> {
        builder::DeleteTipoTrabajo::new(self)
    }
    /**Get a job

The job with its labour and parts, and its `ETag` for a later PUT or DELETE.

Sends a `GET` request to `/trabajos/{trabajo_id}`

Arguments:
- `trabajo_id`: The job's id.
```ignore
let response = client.get_trabajo()
    .trabajo_id(trabajo_id)
    .send()
    .await;
```*/
    pub fn get_trabajo(&self) -> builder::GetTrabajo<'_> {
        builder::GetTrabajo::new(self)
    }
    /**Replace a job's data

Replaces the job's description, work type and resources (not its vehicle, state,
lines or dates), while it is `CREADO` or `PLANIFICADO` (409 later). `If-Match` as
for every PUT (428 without it, 412 when stale).


Sends a `PUT` request to `/trabajos/{trabajo_id}`

Arguments:
- `trabajo_id`: The job's id.
- `if_match`: The `ETag` of the resource as last read. Declared optional so that the server,
not the client library, answers its absence: 428 when missing, 412 when it does
not match the current `ETag`.

- `body`
```ignore
let response = client.update_trabajo()
    .trabajo_id(trabajo_id)
    .if_match(if_match)
    .body(body)
    .send()
    .await;
```*/
    pub fn update_trabajo(&self) -> builder::UpdateTrabajo<'_> {
        builder::UpdateTrabajo::new(self)
    }
    /**Delete a job opened by mistake

Deletes a job that is still `CREADO` (409 later; cancel it instead). `If-Match` as for PUT.

Sends a `DELETE` request to `/trabajos/{trabajo_id}`

Arguments:
- `trabajo_id`: The job's id.
- `if_match`: The `ETag` of the resource as last read. Declared optional so that the server,
not the client library, answers its absence: 428 when missing, 412 when it does
not match the current `ETag`.

```ignore
let response = client.delete_trabajo()
    .trabajo_id(trabajo_id)
    .if_match(if_match)
    .send()
    .await;
```*/
    pub fn delete_trabajo(&self) -> builder::DeleteTrabajo<'_> {
        builder::DeleteTrabajo::new(self)
    }
    /**Cancel a job

`CREADO`, `PLANIFICADO` or `INICIADO` → `CANCELADO`, releasing the parts reserved
for it in recambios. 409 from `TERMINADO`, `FACTURADO` or `CANCELADO`.


Sends a `POST` request to `/trabajos/{trabajo_id}/cancelar`

Arguments:
- `trabajo_id`: The job's id.
- `body`
```ignore
let response = client.cancelar_trabajo()
    .trabajo_id(trabajo_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn cancelar_trabajo(&self) -> builder::CancelarTrabajo<'_> {
        builder::CancelarTrabajo::new(self)
    }
    /**Mark a job as invoiced

`TERMINADO` → `FACTURADO`, recording the invoice (called by facturas when it issues one). 409 from any other state.

Sends a `POST` request to `/trabajos/{trabajo_id}/facturar`

Arguments:
- `trabajo_id`: The job's id.
- `body`
```ignore
let response = client.facturar_trabajo()
    .trabajo_id(trabajo_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn facturar_trabajo(&self) -> builder::FacturarTrabajo<'_> {
        builder::FacturarTrabajo::new(self)
    }
    /**Start a job

`PLANIFICADO` → `INICIADO`: sets `fecha_inicio` to now. 409 from any other state.

Sends a `POST` request to `/trabajos/{trabajo_id}/iniciar`

Arguments:
- `trabajo_id`: The job's id.
```ignore
let response = client.iniciar_trabajo()
    .trabajo_id(trabajo_id)
    .send()
    .await;
```*/
    pub fn iniciar_trabajo(&self) -> builder::IniciarTrabajo<'_> {
        builder::IniciarTrabajo::new(self)
    }
    /**Add a labour line

Adds labour to the job while it is `CREADO`, `PLANIFICADO` or `INICIADO` (409 later).

Sends a `POST` request to `/trabajos/{trabajo_id}/mano-obra`

Arguments:
- `trabajo_id`: The job's id.
- `body`
```ignore
let response = client.add_mano_obra()
    .trabajo_id(trabajo_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn add_mano_obra(&self) -> builder::AddManoObra<'_> {
        builder::AddManoObra::new(self)
    }
    /**Get a labour line

One labour line of the job.

Sends a `GET` request to `/trabajos/{trabajo_id}/mano-obra/{linea_id}`

Arguments:
- `trabajo_id`: The job's id.
- `linea_id`: The line's id.
```ignore
let response = client.get_mano_obra()
    .trabajo_id(trabajo_id)
    .linea_id(linea_id)
    .send()
    .await;
```*/
    pub fn get_mano_obra(&self) -> builder::GetManoObra<'_> {
        builder::GetManoObra::new(self)
    }
    /**Remove a labour line

Removes the line while the job is `CREADO`, `PLANIFICADO` or `INICIADO` (409 later).
Send the line's `ETag` in `If-Match` (428 without it, 412 when stale).


Sends a `DELETE` request to `/trabajos/{trabajo_id}/mano-obra/{linea_id}`

Arguments:
- `trabajo_id`: The job's id.
- `linea_id`: The line's id.
- `if_match`: The `ETag` of the resource as last read. Declared optional so that the server,
not the client library, answers its absence: 428 when missing, 412 when it does
not match the current `ETag`.

```ignore
let response = client.delete_mano_obra()
    .trabajo_id(trabajo_id)
    .linea_id(linea_id)
    .if_match(if_match)
    .send()
    .await;
```*/
    pub fn delete_mano_obra(&self) -> builder::DeleteManoObra<'_> {
        builder::DeleteManoObra::new(self)
    }
    /**Plan a job

`CREADO` or `PLANIFICADO` → `PLANIFICADO`: sets the planned date and, optionally, the resources. 409 from any other state.

Sends a `POST` request to `/trabajos/{trabajo_id}/planificar`

Arguments:
- `trabajo_id`: The job's id.
- `body`
```ignore
let response = client.planificar_trabajo()
    .trabajo_id(trabajo_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn planificar_trabajo(&self) -> builder::PlanificarTrabajo<'_> {
        builder::PlanificarTrabajo::new(self)
    }
    /**Add a spare part used

Adds `cantidad` units of a part to the job while it is `CREADO`, `PLANIFICADO` or
`INICIADO`, reserving them in recambios. 409 when the job's state does not allow it
or recambios has not enough units available; 422 when the part does not exist.


Sends a `POST` request to `/trabajos/{trabajo_id}/recambios`

Arguments:
- `trabajo_id`: The job's id.
- `body`
```ignore
let response = client.add_recambio_usado()
    .trabajo_id(trabajo_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn add_recambio_usado(&self) -> builder::AddRecambioUsado<'_> {
        builder::AddRecambioUsado::new(self)
    }
    /**Get a spare-part line

One spare-part line of the job.

Sends a `GET` request to `/trabajos/{trabajo_id}/recambios/{linea_id}`

Arguments:
- `trabajo_id`: The job's id.
- `linea_id`: The line's id.
```ignore
let response = client.get_recambio_usado()
    .trabajo_id(trabajo_id)
    .linea_id(linea_id)
    .send()
    .await;
```*/
    pub fn get_recambio_usado(&self) -> builder::GetRecambioUsado<'_> {
        builder::GetRecambioUsado::new(self)
    }
    /**Remove a spare-part line

Removes the line and releases its units in recambios, while the job is `CREADO`,
`PLANIFICADO` or `INICIADO` (409 later). Send the line's `ETag` in `If-Match` (428
without it, 412 when stale).


Sends a `DELETE` request to `/trabajos/{trabajo_id}/recambios/{linea_id}`

Arguments:
- `trabajo_id`: The job's id.
- `linea_id`: The line's id.
- `if_match`: The `ETag` of the resource as last read. Declared optional so that the server,
not the client library, answers its absence: 428 when missing, 412 when it does
not match the current `ETag`.

```ignore
let response = client.delete_recambio_usado()
    .trabajo_id(trabajo_id)
    .linea_id(linea_id)
    .if_match(if_match)
    .send()
    .await;
```*/
    pub fn delete_recambio_usado(&self) -> builder::DeleteRecambioUsado<'_> {
        builder::DeleteRecambioUsado::new(self)
    }
    /**Finish a job

`INICIADO` → `TERMINADO`: sets `fecha_fin` to now and consumes the parts reserved
for the job in recambios. 409 from any other state.


Sends a `POST` request to `/trabajos/{trabajo_id}/terminar`

Arguments:
- `trabajo_id`: The job's id.
```ignore
let response = client.terminar_trabajo()
    .trabajo_id(trabajo_id)
    .send()
    .await;
```*/
    pub fn terminar_trabajo(&self) -> builder::TerminarTrabajo<'_> {
        builder::TerminarTrabajo::new(self)
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
    /**Builder for [`Client::list_trabajos`]

[`Client::list_trabajos`]: super::Client::list_trabajos*/
    #[derive(Debug, Clone)]
    pub struct ListTrabajos<'a> {
        client: &'a super::Client,
        estado: Result<Option<::trabajos_types::EstadoTrabajo>, String>,
        fecha_desde: Result<Option<::chrono::DateTime<::chrono::offset::Utc>>, String>,
        fecha_hasta: Result<Option<::chrono::DateTime<::chrono::offset::Utc>>, String>,
        order: Result<Option<types::ListTrabajosOrder>, String>,
        ordering: Result<Option<types::ListTrabajosOrdering>, String>,
        page: Result<Option<::std::num::NonZeroU64>, String>,
        page_size: Result<Option<::std::num::NonZeroU64>, String>,
        recurso: Result<Option<::trabajos_types::Recurso>, String>,
        tipo_id: Result<Option<::uuid::Uuid>, String>,
        vin: Result<Option<::trabajos_types::Vin>, String>,
    }
    impl<'a> ListTrabajos<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                estado: Ok(None),
                fecha_desde: Ok(None),
                fecha_hasta: Ok(None),
                order: Ok(None),
                ordering: Ok(None),
                page: Ok(None),
                page_size: Ok(None),
                recurso: Ok(None),
                tipo_id: Ok(None),
                vin: Ok(None),
            }
        }
        pub fn estado<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::trabajos_types::EstadoTrabajo>,
        {
            self.estado = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: trabajos_types :: EstadoTrabajo` for estado failed"
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
            V: std::convert::TryInto<types::ListTrabajosOrder>,
        {
            self.order = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `ListTrabajosOrder` for order failed".to_string()
                });
            self
        }
        pub fn ordering<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListTrabajosOrdering>,
        {
            self.ordering = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `ListTrabajosOrdering` for ordering failed"
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
        pub fn recurso<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::trabajos_types::Recurso>,
        {
            self.recurso = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: trabajos_types :: Recurso` for recurso failed"
                        .to_string()
                });
            self
        }
        pub fn tipo_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::uuid::Uuid>,
        {
            self.tipo_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: uuid :: Uuid` for tipo_id failed".to_string()
                });
            self
        }
        pub fn vin<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::trabajos_types::Vin>,
        {
            self.vin = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: trabajos_types :: Vin` for vin failed".to_string()
                });
            self
        }
        ///Sends a `GET` request to `/trabajos`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<::trabajos_types::TrabajoPagina>,
            Error<::trabajos_types::Problem>,
        > {
            let Self {
                client,
                estado,
                fecha_desde,
                fecha_hasta,
                order,
                ordering,
                page,
                page_size,
                recurso,
                tipo_id,
                vin,
            } = self;
            let estado = estado.map_err(Error::InvalidRequest)?;
            let fecha_desde = fecha_desde.map_err(Error::InvalidRequest)?;
            let fecha_hasta = fecha_hasta.map_err(Error::InvalidRequest)?;
            let order = order.map_err(Error::InvalidRequest)?;
            let ordering = ordering.map_err(Error::InvalidRequest)?;
            let page = page.map_err(Error::InvalidRequest)?;
            let page_size = page_size.map_err(Error::InvalidRequest)?;
            let recurso = recurso.map_err(Error::InvalidRequest)?;
            let tipo_id = tipo_id.map_err(Error::InvalidRequest)?;
            let vin = vin.map_err(Error::InvalidRequest)?;
            let url = format!("{}/trabajos", client.baseurl,);
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
                .query(&progenitor_client::QueryParam::new("order", &order))
                .query(&progenitor_client::QueryParam::new("ordering", &ordering))
                .query(&progenitor_client::QueryParam::new("page", &page))
                .query(&progenitor_client::QueryParam::new("page_size", &page_size))
                .query(&progenitor_client::QueryParam::new("recurso", &recurso))
                .query(&progenitor_client::QueryParam::new("tipo_id", &tipo_id))
                .query(&progenitor_client::QueryParam::new("vin", &vin))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_trabajos",
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
    /**Builder for [`Client::create_trabajo`]

[`Client::create_trabajo`]: super::Client::create_trabajo*/
    #[derive(Debug, Clone)]
    pub struct CreateTrabajo<'a> {
        client: &'a super::Client,
        body: Result<::trabajos_types::TrabajoNuevo, String>,
    }
    impl<'a> CreateTrabajo<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Err("body was not initialized".to_string()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::trabajos_types::TrabajoNuevo>,
        {
            self.body = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: trabajos_types :: TrabajoNuevo` for body failed"
                        .to_string()
                });
            self
        }
        ///Sends a `POST` request to `/trabajos`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<::trabajos_types::Trabajo>,
            Error<::trabajos_types::Problem>,
        > {
            let Self { client, body } = self;
            let body = body.map_err(Error::InvalidRequest)?;
            let url = format!("{}/trabajos", client.baseurl,);
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
                operation_id: "create_trabajo",
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
    /**Builder for [`Client::list_tipos_trabajo`]

[`Client::list_tipos_trabajo`]: super::Client::list_tipos_trabajo*/
    #[derive(Debug, Clone)]
    pub struct ListTiposTrabajo<'a> {
        client: &'a super::Client,
        nombre: Result<Option<types::ListTiposTrabajoNombre>, String>,
        order: Result<Option<types::ListTiposTrabajoOrder>, String>,
        ordering: Result<Option<types::ListTiposTrabajoOrdering>, String>,
        page: Result<Option<::std::num::NonZeroU64>, String>,
        page_size: Result<Option<::std::num::NonZeroU64>, String>,
    }
    impl<'a> ListTiposTrabajo<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                nombre: Ok(None),
                order: Ok(None),
                ordering: Ok(None),
                page: Ok(None),
                page_size: Ok(None),
            }
        }
        pub fn nombre<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListTiposTrabajoNombre>,
        {
            self.nombre = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `ListTiposTrabajoNombre` for nombre failed"
                        .to_string()
                });
            self
        }
        pub fn order<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListTiposTrabajoOrder>,
        {
            self.order = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `ListTiposTrabajoOrder` for order failed".to_string()
                });
            self
        }
        pub fn ordering<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListTiposTrabajoOrdering>,
        {
            self.ordering = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `ListTiposTrabajoOrdering` for ordering failed"
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
        ///Sends a `GET` request to `/trabajos/tipos`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<::trabajos_types::TipoTrabajoPagina>,
            Error<::trabajos_types::Problem>,
        > {
            let Self { client, nombre, order, ordering, page, page_size } = self;
            let nombre = nombre.map_err(Error::InvalidRequest)?;
            let order = order.map_err(Error::InvalidRequest)?;
            let ordering = ordering.map_err(Error::InvalidRequest)?;
            let page = page.map_err(Error::InvalidRequest)?;
            let page_size = page_size.map_err(Error::InvalidRequest)?;
            let url = format!("{}/trabajos/tipos", client.baseurl,);
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
                .query(&progenitor_client::QueryParam::new("nombre", &nombre))
                .query(&progenitor_client::QueryParam::new("order", &order))
                .query(&progenitor_client::QueryParam::new("ordering", &ordering))
                .query(&progenitor_client::QueryParam::new("page", &page))
                .query(&progenitor_client::QueryParam::new("page_size", &page_size))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_tipos_trabajo",
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
    /**Builder for [`Client::create_tipo_trabajo`]

[`Client::create_tipo_trabajo`]: super::Client::create_tipo_trabajo*/
    #[derive(Debug, Clone)]
    pub struct CreateTipoTrabajo<'a> {
        client: &'a super::Client,
        body: Result<::trabajos_types::TipoTrabajoNuevo, String>,
    }
    impl<'a> CreateTipoTrabajo<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Err("body was not initialized".to_string()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::trabajos_types::TipoTrabajoNuevo>,
        {
            self.body = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: trabajos_types :: TipoTrabajoNuevo` for body failed"
                        .to_string()
                });
            self
        }
        ///Sends a `POST` request to `/trabajos/tipos`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<::trabajos_types::TipoTrabajo>,
            Error<::trabajos_types::Problem>,
        > {
            let Self { client, body } = self;
            let body = body.map_err(Error::InvalidRequest)?;
            let url = format!("{}/trabajos/tipos", client.baseurl,);
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
                operation_id: "create_tipo_trabajo",
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
    /**Builder for [`Client::get_tipo_trabajo`]

[`Client::get_tipo_trabajo`]: super::Client::get_tipo_trabajo*/
    #[derive(Debug, Clone)]
    pub struct GetTipoTrabajo<'a> {
        client: &'a super::Client,
        tipo_id: Result<::uuid::Uuid, String>,
    }
    impl<'a> GetTipoTrabajo<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                tipo_id: Err("tipo_id was not initialized".to_string()),
            }
        }
        pub fn tipo_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::uuid::Uuid>,
        {
            self.tipo_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: uuid :: Uuid` for tipo_id failed".to_string()
                });
            self
        }
        ///Sends a `GET` request to `/trabajos/tipos/{tipo_id}`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<::trabajos_types::TipoTrabajo>,
            Error<::trabajos_types::Problem>,
        > {
            let Self { client, tipo_id } = self;
            let tipo_id = tipo_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/trabajos/tipos/{}", client.baseurl, encode_path(& tipo_id
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
                operation_id: "get_tipo_trabajo",
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
    /**Builder for [`Client::update_tipo_trabajo`]

[`Client::update_tipo_trabajo`]: super::Client::update_tipo_trabajo*/
    #[derive(Debug, Clone)]
    pub struct UpdateTipoTrabajo<'a> {
        client: &'a super::Client,
        tipo_id: Result<::uuid::Uuid, String>,
        if_match: Result<Option<::std::string::String>, String>,
        body: Result<::trabajos_types::TipoTrabajoActualizacion, String>,
    }
    impl<'a> UpdateTipoTrabajo<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                tipo_id: Err("tipo_id was not initialized".to_string()),
                if_match: Ok(None),
                body: Err("body was not initialized".to_string()),
            }
        }
        pub fn tipo_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::uuid::Uuid>,
        {
            self.tipo_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: uuid :: Uuid` for tipo_id failed".to_string()
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
            V: std::convert::TryInto<::trabajos_types::TipoTrabajoActualizacion>,
        {
            self.body = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: trabajos_types :: TipoTrabajoActualizacion` for body failed"
                        .to_string()
                });
            self
        }
        ///Sends a `PUT` request to `/trabajos/tipos/{tipo_id}`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<::trabajos_types::TipoTrabajo>,
            Error<::trabajos_types::Problem>,
        > {
            let Self { client, tipo_id, if_match, body } = self;
            let tipo_id = tipo_id.map_err(Error::InvalidRequest)?;
            let if_match = if_match.map_err(Error::InvalidRequest)?;
            let body = body.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/trabajos/tipos/{}", client.baseurl, encode_path(& tipo_id
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
                .put(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "update_tipo_trabajo",
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
    /**Builder for [`Client::delete_tipo_trabajo`]

[`Client::delete_tipo_trabajo`]: super::Client::delete_tipo_trabajo*/
    #[derive(Debug, Clone)]
    pub struct DeleteTipoTrabajo<'a> {
        client: &'a super::Client,
        tipo_id: Result<::uuid::Uuid, String>,
        if_match: Result<Option<::std::string::String>, String>,
    }
    impl<'a> DeleteTipoTrabajo<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                tipo_id: Err("tipo_id was not initialized".to_string()),
                if_match: Ok(None),
            }
        }
        pub fn tipo_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::uuid::Uuid>,
        {
            self.tipo_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: uuid :: Uuid` for tipo_id failed".to_string()
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
        ///Sends a `DELETE` request to `/trabajos/tipos/{tipo_id}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<()>, Error<::trabajos_types::Problem>> {
            let Self { client, tipo_id, if_match } = self;
            let tipo_id = tipo_id.map_err(Error::InvalidRequest)?;
            let if_match = if_match.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/trabajos/tipos/{}", client.baseurl, encode_path(& tipo_id
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
                operation_id: "delete_tipo_trabajo",
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
    /**Builder for [`Client::get_trabajo`]

[`Client::get_trabajo`]: super::Client::get_trabajo*/
    #[derive(Debug, Clone)]
    pub struct GetTrabajo<'a> {
        client: &'a super::Client,
        trabajo_id: Result<::uuid::Uuid, String>,
    }
    impl<'a> GetTrabajo<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                trabajo_id: Err("trabajo_id was not initialized".to_string()),
            }
        }
        pub fn trabajo_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::uuid::Uuid>,
        {
            self.trabajo_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: uuid :: Uuid` for trabajo_id failed".to_string()
                });
            self
        }
        ///Sends a `GET` request to `/trabajos/{trabajo_id}`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<::trabajos_types::Trabajo>,
            Error<::trabajos_types::Problem>,
        > {
            let Self { client, trabajo_id } = self;
            let trabajo_id = trabajo_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/trabajos/{}", client.baseurl, encode_path(& trabajo_id.to_string()),
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
                operation_id: "get_trabajo",
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
    /**Builder for [`Client::update_trabajo`]

[`Client::update_trabajo`]: super::Client::update_trabajo*/
    #[derive(Debug, Clone)]
    pub struct UpdateTrabajo<'a> {
        client: &'a super::Client,
        trabajo_id: Result<::uuid::Uuid, String>,
        if_match: Result<Option<::std::string::String>, String>,
        body: Result<::trabajos_types::TrabajoActualizacion, String>,
    }
    impl<'a> UpdateTrabajo<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                trabajo_id: Err("trabajo_id was not initialized".to_string()),
                if_match: Ok(None),
                body: Err("body was not initialized".to_string()),
            }
        }
        pub fn trabajo_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::uuid::Uuid>,
        {
            self.trabajo_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: uuid :: Uuid` for trabajo_id failed".to_string()
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
            V: std::convert::TryInto<::trabajos_types::TrabajoActualizacion>,
        {
            self.body = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: trabajos_types :: TrabajoActualizacion` for body failed"
                        .to_string()
                });
            self
        }
        ///Sends a `PUT` request to `/trabajos/{trabajo_id}`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<::trabajos_types::Trabajo>,
            Error<::trabajos_types::Problem>,
        > {
            let Self { client, trabajo_id, if_match, body } = self;
            let trabajo_id = trabajo_id.map_err(Error::InvalidRequest)?;
            let if_match = if_match.map_err(Error::InvalidRequest)?;
            let body = body.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/trabajos/{}", client.baseurl, encode_path(& trabajo_id.to_string()),
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
                operation_id: "update_trabajo",
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
    /**Builder for [`Client::delete_trabajo`]

[`Client::delete_trabajo`]: super::Client::delete_trabajo*/
    #[derive(Debug, Clone)]
    pub struct DeleteTrabajo<'a> {
        client: &'a super::Client,
        trabajo_id: Result<::uuid::Uuid, String>,
        if_match: Result<Option<::std::string::String>, String>,
    }
    impl<'a> DeleteTrabajo<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                trabajo_id: Err("trabajo_id was not initialized".to_string()),
                if_match: Ok(None),
            }
        }
        pub fn trabajo_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::uuid::Uuid>,
        {
            self.trabajo_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: uuid :: Uuid` for trabajo_id failed".to_string()
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
        ///Sends a `DELETE` request to `/trabajos/{trabajo_id}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<()>, Error<::trabajos_types::Problem>> {
            let Self { client, trabajo_id, if_match } = self;
            let trabajo_id = trabajo_id.map_err(Error::InvalidRequest)?;
            let if_match = if_match.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/trabajos/{}", client.baseurl, encode_path(& trabajo_id.to_string()),
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
                operation_id: "delete_trabajo",
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
    /**Builder for [`Client::cancelar_trabajo`]

[`Client::cancelar_trabajo`]: super::Client::cancelar_trabajo*/
    #[derive(Debug, Clone)]
    pub struct CancelarTrabajo<'a> {
        client: &'a super::Client,
        trabajo_id: Result<::uuid::Uuid, String>,
        body: Result<::trabajos_types::Cancelacion, String>,
    }
    impl<'a> CancelarTrabajo<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                trabajo_id: Err("trabajo_id was not initialized".to_string()),
                body: Err("body was not initialized".to_string()),
            }
        }
        pub fn trabajo_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::uuid::Uuid>,
        {
            self.trabajo_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: uuid :: Uuid` for trabajo_id failed".to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::trabajos_types::Cancelacion>,
        {
            self.body = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: trabajos_types :: Cancelacion` for body failed"
                        .to_string()
                });
            self
        }
        ///Sends a `POST` request to `/trabajos/{trabajo_id}/cancelar`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<::trabajos_types::Trabajo>,
            Error<::trabajos_types::Problem>,
        > {
            let Self { client, trabajo_id, body } = self;
            let trabajo_id = trabajo_id.map_err(Error::InvalidRequest)?;
            let body = body.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/trabajos/{}/cancelar", client.baseurl, encode_path(& trabajo_id
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
                operation_id: "cancelar_trabajo",
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
    /**Builder for [`Client::facturar_trabajo`]

[`Client::facturar_trabajo`]: super::Client::facturar_trabajo*/
    #[derive(Debug, Clone)]
    pub struct FacturarTrabajo<'a> {
        client: &'a super::Client,
        trabajo_id: Result<::uuid::Uuid, String>,
        body: Result<::trabajos_types::Facturacion, String>,
    }
    impl<'a> FacturarTrabajo<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                trabajo_id: Err("trabajo_id was not initialized".to_string()),
                body: Err("body was not initialized".to_string()),
            }
        }
        pub fn trabajo_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::uuid::Uuid>,
        {
            self.trabajo_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: uuid :: Uuid` for trabajo_id failed".to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::trabajos_types::Facturacion>,
        {
            self.body = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: trabajos_types :: Facturacion` for body failed"
                        .to_string()
                });
            self
        }
        ///Sends a `POST` request to `/trabajos/{trabajo_id}/facturar`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<::trabajos_types::Trabajo>,
            Error<::trabajos_types::Problem>,
        > {
            let Self { client, trabajo_id, body } = self;
            let trabajo_id = trabajo_id.map_err(Error::InvalidRequest)?;
            let body = body.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/trabajos/{}/facturar", client.baseurl, encode_path(& trabajo_id
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
                operation_id: "facturar_trabajo",
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
    /**Builder for [`Client::iniciar_trabajo`]

[`Client::iniciar_trabajo`]: super::Client::iniciar_trabajo*/
    #[derive(Debug, Clone)]
    pub struct IniciarTrabajo<'a> {
        client: &'a super::Client,
        trabajo_id: Result<::uuid::Uuid, String>,
    }
    impl<'a> IniciarTrabajo<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                trabajo_id: Err("trabajo_id was not initialized".to_string()),
            }
        }
        pub fn trabajo_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::uuid::Uuid>,
        {
            self.trabajo_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: uuid :: Uuid` for trabajo_id failed".to_string()
                });
            self
        }
        ///Sends a `POST` request to `/trabajos/{trabajo_id}/iniciar`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<::trabajos_types::Trabajo>,
            Error<::trabajos_types::Problem>,
        > {
            let Self { client, trabajo_id } = self;
            let trabajo_id = trabajo_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/trabajos/{}/iniciar", client.baseurl, encode_path(& trabajo_id
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
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "iniciar_trabajo",
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
    /**Builder for [`Client::add_mano_obra`]

[`Client::add_mano_obra`]: super::Client::add_mano_obra*/
    #[derive(Debug, Clone)]
    pub struct AddManoObra<'a> {
        client: &'a super::Client,
        trabajo_id: Result<::uuid::Uuid, String>,
        body: Result<::trabajos_types::LineaManoObraNueva, String>,
    }
    impl<'a> AddManoObra<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                trabajo_id: Err("trabajo_id was not initialized".to_string()),
                body: Err("body was not initialized".to_string()),
            }
        }
        pub fn trabajo_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::uuid::Uuid>,
        {
            self.trabajo_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: uuid :: Uuid` for trabajo_id failed".to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::trabajos_types::LineaManoObraNueva>,
        {
            self.body = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: trabajos_types :: LineaManoObraNueva` for body failed"
                        .to_string()
                });
            self
        }
        ///Sends a `POST` request to `/trabajos/{trabajo_id}/mano-obra`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<::trabajos_types::LineaManoObra>,
            Error<::trabajos_types::Problem>,
        > {
            let Self { client, trabajo_id, body } = self;
            let trabajo_id = trabajo_id.map_err(Error::InvalidRequest)?;
            let body = body.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/trabajos/{}/mano-obra", client.baseurl, encode_path(& trabajo_id
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
                operation_id: "add_mano_obra",
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
    /**Builder for [`Client::get_mano_obra`]

[`Client::get_mano_obra`]: super::Client::get_mano_obra*/
    #[derive(Debug, Clone)]
    pub struct GetManoObra<'a> {
        client: &'a super::Client,
        trabajo_id: Result<::uuid::Uuid, String>,
        linea_id: Result<::uuid::Uuid, String>,
    }
    impl<'a> GetManoObra<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                trabajo_id: Err("trabajo_id was not initialized".to_string()),
                linea_id: Err("linea_id was not initialized".to_string()),
            }
        }
        pub fn trabajo_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::uuid::Uuid>,
        {
            self.trabajo_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: uuid :: Uuid` for trabajo_id failed".to_string()
                });
            self
        }
        pub fn linea_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::uuid::Uuid>,
        {
            self.linea_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: uuid :: Uuid` for linea_id failed".to_string()
                });
            self
        }
        ///Sends a `GET` request to `/trabajos/{trabajo_id}/mano-obra/{linea_id}`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<::trabajos_types::LineaManoObra>,
            Error<::trabajos_types::Problem>,
        > {
            let Self { client, trabajo_id, linea_id } = self;
            let trabajo_id = trabajo_id.map_err(Error::InvalidRequest)?;
            let linea_id = linea_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/trabajos/{}/mano-obra/{}", client.baseurl, encode_path(& trabajo_id
                .to_string()), encode_path(& linea_id.to_string()),
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
                operation_id: "get_mano_obra",
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
    /**Builder for [`Client::delete_mano_obra`]

[`Client::delete_mano_obra`]: super::Client::delete_mano_obra*/
    #[derive(Debug, Clone)]
    pub struct DeleteManoObra<'a> {
        client: &'a super::Client,
        trabajo_id: Result<::uuid::Uuid, String>,
        linea_id: Result<::uuid::Uuid, String>,
        if_match: Result<Option<::std::string::String>, String>,
    }
    impl<'a> DeleteManoObra<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                trabajo_id: Err("trabajo_id was not initialized".to_string()),
                linea_id: Err("linea_id was not initialized".to_string()),
                if_match: Ok(None),
            }
        }
        pub fn trabajo_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::uuid::Uuid>,
        {
            self.trabajo_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: uuid :: Uuid` for trabajo_id failed".to_string()
                });
            self
        }
        pub fn linea_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::uuid::Uuid>,
        {
            self.linea_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: uuid :: Uuid` for linea_id failed".to_string()
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
        ///Sends a `DELETE` request to `/trabajos/{trabajo_id}/mano-obra/{linea_id}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<()>, Error<::trabajos_types::Problem>> {
            let Self { client, trabajo_id, linea_id, if_match } = self;
            let trabajo_id = trabajo_id.map_err(Error::InvalidRequest)?;
            let linea_id = linea_id.map_err(Error::InvalidRequest)?;
            let if_match = if_match.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/trabajos/{}/mano-obra/{}", client.baseurl, encode_path(& trabajo_id
                .to_string()), encode_path(& linea_id.to_string()),
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
                operation_id: "delete_mano_obra",
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
    /**Builder for [`Client::planificar_trabajo`]

[`Client::planificar_trabajo`]: super::Client::planificar_trabajo*/
    #[derive(Debug, Clone)]
    pub struct PlanificarTrabajo<'a> {
        client: &'a super::Client,
        trabajo_id: Result<::uuid::Uuid, String>,
        body: Result<::trabajos_types::Planificacion, String>,
    }
    impl<'a> PlanificarTrabajo<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                trabajo_id: Err("trabajo_id was not initialized".to_string()),
                body: Err("body was not initialized".to_string()),
            }
        }
        pub fn trabajo_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::uuid::Uuid>,
        {
            self.trabajo_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: uuid :: Uuid` for trabajo_id failed".to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::trabajos_types::Planificacion>,
        {
            self.body = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: trabajos_types :: Planificacion` for body failed"
                        .to_string()
                });
            self
        }
        ///Sends a `POST` request to `/trabajos/{trabajo_id}/planificar`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<::trabajos_types::Trabajo>,
            Error<::trabajos_types::Problem>,
        > {
            let Self { client, trabajo_id, body } = self;
            let trabajo_id = trabajo_id.map_err(Error::InvalidRequest)?;
            let body = body.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/trabajos/{}/planificar", client.baseurl, encode_path(& trabajo_id
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
                operation_id: "planificar_trabajo",
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
    /**Builder for [`Client::add_recambio_usado`]

[`Client::add_recambio_usado`]: super::Client::add_recambio_usado*/
    #[derive(Debug, Clone)]
    pub struct AddRecambioUsado<'a> {
        client: &'a super::Client,
        trabajo_id: Result<::uuid::Uuid, String>,
        body: Result<::trabajos_types::LineaRecambioNueva, String>,
    }
    impl<'a> AddRecambioUsado<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                trabajo_id: Err("trabajo_id was not initialized".to_string()),
                body: Err("body was not initialized".to_string()),
            }
        }
        pub fn trabajo_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::uuid::Uuid>,
        {
            self.trabajo_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: uuid :: Uuid` for trabajo_id failed".to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::trabajos_types::LineaRecambioNueva>,
        {
            self.body = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: trabajos_types :: LineaRecambioNueva` for body failed"
                        .to_string()
                });
            self
        }
        ///Sends a `POST` request to `/trabajos/{trabajo_id}/recambios`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<::trabajos_types::LineaRecambio>,
            Error<::trabajos_types::Problem>,
        > {
            let Self { client, trabajo_id, body } = self;
            let trabajo_id = trabajo_id.map_err(Error::InvalidRequest)?;
            let body = body.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/trabajos/{}/recambios", client.baseurl, encode_path(& trabajo_id
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
                operation_id: "add_recambio_usado",
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
    /**Builder for [`Client::get_recambio_usado`]

[`Client::get_recambio_usado`]: super::Client::get_recambio_usado*/
    #[derive(Debug, Clone)]
    pub struct GetRecambioUsado<'a> {
        client: &'a super::Client,
        trabajo_id: Result<::uuid::Uuid, String>,
        linea_id: Result<::uuid::Uuid, String>,
    }
    impl<'a> GetRecambioUsado<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                trabajo_id: Err("trabajo_id was not initialized".to_string()),
                linea_id: Err("linea_id was not initialized".to_string()),
            }
        }
        pub fn trabajo_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::uuid::Uuid>,
        {
            self.trabajo_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: uuid :: Uuid` for trabajo_id failed".to_string()
                });
            self
        }
        pub fn linea_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::uuid::Uuid>,
        {
            self.linea_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: uuid :: Uuid` for linea_id failed".to_string()
                });
            self
        }
        ///Sends a `GET` request to `/trabajos/{trabajo_id}/recambios/{linea_id}`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<::trabajos_types::LineaRecambio>,
            Error<::trabajos_types::Problem>,
        > {
            let Self { client, trabajo_id, linea_id } = self;
            let trabajo_id = trabajo_id.map_err(Error::InvalidRequest)?;
            let linea_id = linea_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/trabajos/{}/recambios/{}", client.baseurl, encode_path(& trabajo_id
                .to_string()), encode_path(& linea_id.to_string()),
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
                operation_id: "get_recambio_usado",
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
    /**Builder for [`Client::delete_recambio_usado`]

[`Client::delete_recambio_usado`]: super::Client::delete_recambio_usado*/
    #[derive(Debug, Clone)]
    pub struct DeleteRecambioUsado<'a> {
        client: &'a super::Client,
        trabajo_id: Result<::uuid::Uuid, String>,
        linea_id: Result<::uuid::Uuid, String>,
        if_match: Result<Option<::std::string::String>, String>,
    }
    impl<'a> DeleteRecambioUsado<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                trabajo_id: Err("trabajo_id was not initialized".to_string()),
                linea_id: Err("linea_id was not initialized".to_string()),
                if_match: Ok(None),
            }
        }
        pub fn trabajo_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::uuid::Uuid>,
        {
            self.trabajo_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: uuid :: Uuid` for trabajo_id failed".to_string()
                });
            self
        }
        pub fn linea_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::uuid::Uuid>,
        {
            self.linea_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: uuid :: Uuid` for linea_id failed".to_string()
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
        ///Sends a `DELETE` request to `/trabajos/{trabajo_id}/recambios/{linea_id}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<()>, Error<::trabajos_types::Problem>> {
            let Self { client, trabajo_id, linea_id, if_match } = self;
            let trabajo_id = trabajo_id.map_err(Error::InvalidRequest)?;
            let linea_id = linea_id.map_err(Error::InvalidRequest)?;
            let if_match = if_match.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/trabajos/{}/recambios/{}", client.baseurl, encode_path(& trabajo_id
                .to_string()), encode_path(& linea_id.to_string()),
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
                operation_id: "delete_recambio_usado",
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
    /**Builder for [`Client::terminar_trabajo`]

[`Client::terminar_trabajo`]: super::Client::terminar_trabajo*/
    #[derive(Debug, Clone)]
    pub struct TerminarTrabajo<'a> {
        client: &'a super::Client,
        trabajo_id: Result<::uuid::Uuid, String>,
    }
    impl<'a> TerminarTrabajo<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                trabajo_id: Err("trabajo_id was not initialized".to_string()),
            }
        }
        pub fn trabajo_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::uuid::Uuid>,
        {
            self.trabajo_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: uuid :: Uuid` for trabajo_id failed".to_string()
                });
            self
        }
        ///Sends a `POST` request to `/trabajos/{trabajo_id}/terminar`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<::trabajos_types::Trabajo>,
            Error<::trabajos_types::Problem>,
        > {
            let Self { client, trabajo_id } = self;
            let trabajo_id = trabajo_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/trabajos/{}/terminar", client.baseurl, encode_path(& trabajo_id
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
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "terminar_trabajo",
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
