// @generated from specs/clientes.yaml by `cargo run -p taller-codegen -- generate`.
// Do not edit: change the spec or codegen/, then regenerate.

//! Async client of the `clientes` service (taller — clientes), Builder style; models come from `clientes-types`.
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
    ///`ListClientesApellidos`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ListClientesApellidos(::std::string::String);
    impl ::std::ops::Deref for ListClientesApellidos {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ListClientesApellidos> for ::std::string::String {
        fn from(value: ListClientesApellidos) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ListClientesApellidos {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 150usize {
                return Err("longer than 150 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for ListClientesApellidos {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListClientesApellidos {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ListClientesApellidos {
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
    ///`ListClientesDireccion`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ListClientesDireccion(::std::string::String);
    impl ::std::ops::Deref for ListClientesDireccion {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ListClientesDireccion> for ::std::string::String {
        fn from(value: ListClientesDireccion) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ListClientesDireccion {
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
    impl ::std::convert::TryFrom<&str> for ListClientesDireccion {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListClientesDireccion {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ListClientesDireccion {
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
    ///`ListClientesNombre`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ListClientesNombre(::std::string::String);
    impl ::std::ops::Deref for ListClientesNombre {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ListClientesNombre> for ::std::string::String {
        fn from(value: ListClientesNombre) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ListClientesNombre {
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
    impl ::std::convert::TryFrom<&str> for ListClientesNombre {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListClientesNombre {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ListClientesNombre {
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
    ///`ListClientesOrder`
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
    pub enum ListClientesOrder {
        #[serde(rename = "id")]
        Id,
        #[serde(rename = "dni")]
        Dni,
        #[serde(rename = "nombre")]
        Nombre,
        #[serde(rename = "apellidos")]
        Apellidos,
    }
    impl ::std::fmt::Display for ListClientesOrder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Id => f.write_str("id"),
                Self::Dni => f.write_str("dni"),
                Self::Nombre => f.write_str("nombre"),
                Self::Apellidos => f.write_str("apellidos"),
            }
        }
    }
    impl ::std::str::FromStr for ListClientesOrder {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "id" => Ok(Self::Id),
                "dni" => Ok(Self::Dni),
                "nombre" => Ok(Self::Nombre),
                "apellidos" => Ok(Self::Apellidos),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ListClientesOrder {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListClientesOrder {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::default::Default for ListClientesOrder {
        fn default() -> Self {
            ListClientesOrder::Id
        }
    }
    ///`ListClientesOrdering`
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
    pub enum ListClientesOrdering {
        #[serde(rename = "ASC")]
        Asc,
        #[serde(rename = "DESC")]
        Desc,
    }
    impl ::std::fmt::Display for ListClientesOrdering {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Asc => f.write_str("ASC"),
                Self::Desc => f.write_str("DESC"),
            }
        }
    }
    impl ::std::str::FromStr for ListClientesOrdering {
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
    impl ::std::convert::TryFrom<&str> for ListClientesOrdering {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListClientesOrdering {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::default::Default for ListClientesOrdering {
        fn default() -> Self {
            ListClientesOrdering::Asc
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
/**Client for taller — clientes

Customers of the workshop: who they are, how to reach them and which account
to charge. Other services refer to a customer by `cliente_id` (uuid) or by `dni`.

Conventions (routing, errors, lists, `ETag`/`If-Match`) are those of `specs/README.md`.

## Fixes to the original (2023) contract
- The collection was published at `/cliente` while the item lived at
  `/clientes/{cliente_id}`; both now live under `/clientes`.
- `dni` accepted `[0-9]{8}[AZ]` (only the letters A and Z, unanchored); it now takes
  a DNI (8 digits + control letter) or a NIE (`X`/`Y`/`Z` + 7 digits + control letter).
  The server also checks the control letter (422 when it is wrong).
- `cuenta_bancaria` accepted any two letters and 20 digits (a Spanish IBAN has 22);
  it is now a Spanish IBAN, `^ES[0-9]{22}$`, stored without spaces.
- `telefono` had a broken pattern (`^+…`) and `mail` a hand-written one; they are now
  an E.164-like pattern and `format: email`.
- The id was a hand-typed `P01-001-A` string sent by the client; the server now
  assigns a uuid, and input and output use separate schemas.
- The list answered 404 when empty; it answers 200 with `items: []`, is paginated
  (`page`, `page_size`, totals and links) and can be filtered and sorted.
- The list wrapped each item in `{"cliente": …}`; items are now plain objects.
- PUT answered the non-standard 209; it answers 200 with the new `ETag`. `If-Match`
  is checked on PUT and DELETE (428 when missing, 412 when stale).
- A duplicate `dni` answered 400; it answers 409. Errors are RFC 9457 problem+json with
  an `errors` array naming the failing fields; 415, 428, 500 and 503 are declared.
- The OPTIONS operations (which only returned `Allow`) are not part of the contract:
  CORS preflight and `Allow` are answered by the service runtime, not per operation.


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
    /**List customers

A page of customers matching every given filter. Text filters (`nombre`,
`apellidos`, `direccion`) match a case-insensitive substring; the others match
exactly. An empty result is 200 with `items: []`.


Sends a `GET` request to `/clientes`

Arguments:
- `apellidos`: Substring of the surnames (case-insensitive).
- `direccion`: Substring of the address (case-insensitive).
- `dni`: Exact DNI or NIE.
- `mail`: Exact e-mail address.
- `nombre`: Substring of the first name (case-insensitive).
- `order`: Field to sort by.
- `ordering`: Sort direction.
- `page`: Page number, from 1.
- `page_size`: Items per page.
- `telefono`: Exact phone number.
```ignore
let response = client.list_clientes()
    .apellidos(apellidos)
    .direccion(direccion)
    .dni(dni)
    .mail(mail)
    .nombre(nombre)
    .order(order)
    .ordering(ordering)
    .page(page)
    .page_size(page_size)
    .telefono(telefono)
    .send()
    .await;
```*/
    pub fn list_clientes(&self) -> builder::ListClientes<'_> {
        builder::ListClientes::new(self)
    }
    /**Register a customer

Creates a customer; the server assigns its `id`. A `dni` already registered is a 409.

Sends a `POST` request to `/clientes`

```ignore
let response = client.create_cliente()
    .body(body)
    .send()
    .await;
```*/
    pub fn create_cliente(&self) -> builder::CreateCliente<'_> {
        builder::CreateCliente::new(self)
    }
    /**Get a customer

The customer with this id, with its `ETag` for a later PUT or DELETE.

Sends a `GET` request to `/clientes/{cliente_id}`

Arguments:
- `cliente_id`: The customer's id, assigned by the server.
```ignore
let response = client.get_cliente()
    .cliente_id(cliente_id)
    .send()
    .await;
```*/
    pub fn get_cliente(&self) -> builder::GetCliente<'_> {
        builder::GetCliente::new(self)
    }
    /**Replace a customer's data

Replaces every field of the customer (fields left out are removed). Send the
`ETag` from the last GET in `If-Match`: 428 without it, 412 when the customer
changed since. Changing `dni` to one held by another customer is a 409.


Sends a `PUT` request to `/clientes/{cliente_id}`

Arguments:
- `cliente_id`: The customer's id, assigned by the server.
- `if_match`: The `ETag` of the customer as last read. Declared optional so that the server,
not the client library, answers its absence: 428 when missing, 412 when it does
not match the current `ETag`.

- `body`
```ignore
let response = client.update_cliente()
    .cliente_id(cliente_id)
    .if_match(if_match)
    .body(body)
    .send()
    .await;
```*/
    pub fn update_cliente(&self) -> builder::UpdateCliente<'_> {
        builder::UpdateCliente::new(self)
    }
    /**Delete a customer

Deletes the customer. `If-Match` as for PUT (428 without it, 412 when stale).

Sends a `DELETE` request to `/clientes/{cliente_id}`

Arguments:
- `cliente_id`: The customer's id, assigned by the server.
- `if_match`: The `ETag` of the customer as last read. Declared optional so that the server,
not the client library, answers its absence: 428 when missing, 412 when it does
not match the current `ETag`.

```ignore
let response = client.delete_cliente()
    .cliente_id(cliente_id)
    .if_match(if_match)
    .send()
    .await;
```*/
    pub fn delete_cliente(&self) -> builder::DeleteCliente<'_> {
        builder::DeleteCliente::new(self)
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
    /**Builder for [`Client::list_clientes`]

[`Client::list_clientes`]: super::Client::list_clientes*/
    #[derive(Debug, Clone)]
    pub struct ListClientes<'a> {
        client: &'a super::Client,
        apellidos: Result<Option<types::ListClientesApellidos>, String>,
        direccion: Result<Option<types::ListClientesDireccion>, String>,
        dni: Result<Option<::clientes_types::Dni>, String>,
        mail: Result<Option<::std::string::String>, String>,
        nombre: Result<Option<types::ListClientesNombre>, String>,
        order: Result<Option<types::ListClientesOrder>, String>,
        ordering: Result<Option<types::ListClientesOrdering>, String>,
        page: Result<Option<::std::num::NonZeroU64>, String>,
        page_size: Result<Option<::std::num::NonZeroU64>, String>,
        telefono: Result<Option<::clientes_types::Telefono>, String>,
    }
    impl<'a> ListClientes<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                apellidos: Ok(None),
                direccion: Ok(None),
                dni: Ok(None),
                mail: Ok(None),
                nombre: Ok(None),
                order: Ok(None),
                ordering: Ok(None),
                page: Ok(None),
                page_size: Ok(None),
                telefono: Ok(None),
            }
        }
        pub fn apellidos<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListClientesApellidos>,
        {
            self.apellidos = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `ListClientesApellidos` for apellidos failed"
                        .to_string()
                });
            self
        }
        pub fn direccion<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListClientesDireccion>,
        {
            self.direccion = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `ListClientesDireccion` for direccion failed"
                        .to_string()
                });
            self
        }
        pub fn dni<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::clientes_types::Dni>,
        {
            self.dni = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: clientes_types :: Dni` for dni failed".to_string()
                });
            self
        }
        pub fn mail<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.mail = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for mail failed"
                        .to_string()
                });
            self
        }
        pub fn nombre<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListClientesNombre>,
        {
            self.nombre = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `ListClientesNombre` for nombre failed".to_string()
                });
            self
        }
        pub fn order<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListClientesOrder>,
        {
            self.order = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `ListClientesOrder` for order failed".to_string()
                });
            self
        }
        pub fn ordering<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListClientesOrdering>,
        {
            self.ordering = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `ListClientesOrdering` for ordering failed"
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
        pub fn telefono<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::clientes_types::Telefono>,
        {
            self.telefono = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: clientes_types :: Telefono` for telefono failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/clientes`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<::clientes_types::ClientePagina>,
            Error<::clientes_types::Problem>,
        > {
            let Self {
                client,
                apellidos,
                direccion,
                dni,
                mail,
                nombre,
                order,
                ordering,
                page,
                page_size,
                telefono,
            } = self;
            let apellidos = apellidos.map_err(Error::InvalidRequest)?;
            let direccion = direccion.map_err(Error::InvalidRequest)?;
            let dni = dni.map_err(Error::InvalidRequest)?;
            let mail = mail.map_err(Error::InvalidRequest)?;
            let nombre = nombre.map_err(Error::InvalidRequest)?;
            let order = order.map_err(Error::InvalidRequest)?;
            let ordering = ordering.map_err(Error::InvalidRequest)?;
            let page = page.map_err(Error::InvalidRequest)?;
            let page_size = page_size.map_err(Error::InvalidRequest)?;
            let telefono = telefono.map_err(Error::InvalidRequest)?;
            let url = format!("{}/clientes", client.baseurl,);
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
                .query(&progenitor_client::QueryParam::new("apellidos", &apellidos))
                .query(&progenitor_client::QueryParam::new("direccion", &direccion))
                .query(&progenitor_client::QueryParam::new("dni", &dni))
                .query(&progenitor_client::QueryParam::new("mail", &mail))
                .query(&progenitor_client::QueryParam::new("nombre", &nombre))
                .query(&progenitor_client::QueryParam::new("order", &order))
                .query(&progenitor_client::QueryParam::new("ordering", &ordering))
                .query(&progenitor_client::QueryParam::new("page", &page))
                .query(&progenitor_client::QueryParam::new("page_size", &page_size))
                .query(&progenitor_client::QueryParam::new("telefono", &telefono))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_clientes",
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
    /**Builder for [`Client::create_cliente`]

[`Client::create_cliente`]: super::Client::create_cliente*/
    #[derive(Debug, Clone)]
    pub struct CreateCliente<'a> {
        client: &'a super::Client,
        body: Result<::clientes_types::ClienteNuevo, String>,
    }
    impl<'a> CreateCliente<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Err("body was not initialized".to_string()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::clientes_types::ClienteNuevo>,
        {
            self.body = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: clientes_types :: ClienteNuevo` for body failed"
                        .to_string()
                });
            self
        }
        ///Sends a `POST` request to `/clientes`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<::clientes_types::Cliente>,
            Error<::clientes_types::Problem>,
        > {
            let Self { client, body } = self;
            let body = body.map_err(Error::InvalidRequest)?;
            let url = format!("{}/clientes", client.baseurl,);
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
                operation_id: "create_cliente",
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
    /**Builder for [`Client::get_cliente`]

[`Client::get_cliente`]: super::Client::get_cliente*/
    #[derive(Debug, Clone)]
    pub struct GetCliente<'a> {
        client: &'a super::Client,
        cliente_id: Result<::uuid::Uuid, String>,
    }
    impl<'a> GetCliente<'a> {
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
        ///Sends a `GET` request to `/clientes/{cliente_id}`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<::clientes_types::Cliente>,
            Error<::clientes_types::Problem>,
        > {
            let Self { client, cliente_id } = self;
            let cliente_id = cliente_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/clientes/{}", client.baseurl, encode_path(& cliente_id.to_string()),
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
                operation_id: "get_cliente",
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
    /**Builder for [`Client::update_cliente`]

[`Client::update_cliente`]: super::Client::update_cliente*/
    #[derive(Debug, Clone)]
    pub struct UpdateCliente<'a> {
        client: &'a super::Client,
        cliente_id: Result<::uuid::Uuid, String>,
        if_match: Result<Option<::std::string::String>, String>,
        body: Result<::clientes_types::ClienteActualizacion, String>,
    }
    impl<'a> UpdateCliente<'a> {
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
            V: std::convert::TryInto<::clientes_types::ClienteActualizacion>,
        {
            self.body = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: clientes_types :: ClienteActualizacion` for body failed"
                        .to_string()
                });
            self
        }
        ///Sends a `PUT` request to `/clientes/{cliente_id}`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<::clientes_types::Cliente>,
            Error<::clientes_types::Problem>,
        > {
            let Self { client, cliente_id, if_match, body } = self;
            let cliente_id = cliente_id.map_err(Error::InvalidRequest)?;
            let if_match = if_match.map_err(Error::InvalidRequest)?;
            let body = body.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/clientes/{}", client.baseurl, encode_path(& cliente_id.to_string()),
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
                operation_id: "update_cliente",
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
    /**Builder for [`Client::delete_cliente`]

[`Client::delete_cliente`]: super::Client::delete_cliente*/
    #[derive(Debug, Clone)]
    pub struct DeleteCliente<'a> {
        client: &'a super::Client,
        cliente_id: Result<::uuid::Uuid, String>,
        if_match: Result<Option<::std::string::String>, String>,
    }
    impl<'a> DeleteCliente<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                cliente_id: Err("cliente_id was not initialized".to_string()),
                if_match: Ok(None),
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
        ///Sends a `DELETE` request to `/clientes/{cliente_id}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<()>, Error<::clientes_types::Problem>> {
            let Self { client, cliente_id, if_match } = self;
            let cliente_id = cliente_id.map_err(Error::InvalidRequest)?;
            let if_match = if_match.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/clientes/{}", client.baseurl, encode_path(& cliente_id.to_string()),
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
                operation_id: "delete_cliente",
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
