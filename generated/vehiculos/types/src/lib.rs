// @generated from specs/vehiculos.yaml by `cargo run -p taller-codegen -- generate`.
// Do not edit: change the spec or codegen/, then regenerate.

//! Models of the `vehiculos` contract (taller — vehiculos): one type per `components.schemas` entry.
#![allow(
    clippy::all,
    clippy::pedantic,
    dead_code,
    unused_imports,
    unused_mut,
    irrefutable_let_patterns,
    mismatched_lifetime_syntaxes
)]
/**The owner's DNI (8 digits and a control letter) or NIE (`X`, `Y` or `Z`, 7 digits
and a control letter), as in the clientes service.
*/
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct Dni(::std::string::String);
impl ::std::ops::Deref for Dni {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<Dni> for ::std::string::String {
    fn from(value: Dni) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for Dni {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        {
            ::regress::Regex::new("^([0-9]{8}|[XYZ][0-9]{7})[TRWAGMYFPDXBNJZSQVHLCKE]$")
                .unwrap()
        });
        if PATTERN.find(value).is_none() {
            return Err(
                "doesn't match pattern \"^([0-9]{8}|[XYZ][0-9]{7})[TRWAGMYFPDXBNJZSQVHLCKE]$\""
                    .into(),
            );
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for Dni {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for Dni {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for Dni {
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
///Links of a page; `prevPage`/`nextPage` only when that page exists.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct EnlacesPagina {
    pub first: Link,
    pub last: Link,
    #[serde(rename = "nextPage", skip_serializing_if = "::std::option::Option::is_none")]
    pub next_page: ::std::option::Option<Link>,
    #[serde(rename = "prevPage", skip_serializing_if = "::std::option::Option::is_none")]
    pub prev_page: ::std::option::Option<Link>,
    #[serde(rename = "self")]
    pub self_: Link,
}
///Links of one item.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct EnlacesRecurso {
    pub parent: Link,
    #[serde(rename = "self")]
    pub self_: Link,
}
///Where the vehicle is in the workshop (see the table in the description).
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
pub enum EstadoVehiculo {
    #[serde(rename = "RECEPCIONADO")]
    Recepcionado,
    #[serde(rename = "EN_REPARACION")]
    EnReparacion,
    #[serde(rename = "REPARADO")]
    Reparado,
    #[serde(rename = "EN_REVISION")]
    EnRevision,
    #[serde(rename = "REVISADO")]
    Revisado,
}
impl ::std::fmt::Display for EstadoVehiculo {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Recepcionado => f.write_str("RECEPCIONADO"),
            Self::EnReparacion => f.write_str("EN_REPARACION"),
            Self::Reparado => f.write_str("REPARADO"),
            Self::EnRevision => f.write_str("EN_REVISION"),
            Self::Revisado => f.write_str("REVISADO"),
        }
    }
}
impl ::std::str::FromStr for EstadoVehiculo {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "RECEPCIONADO" => Ok(Self::Recepcionado),
            "EN_REPARACION" => Ok(Self::EnReparacion),
            "REPARADO" => Ok(Self::Reparado),
            "EN_REVISION" => Ok(Self::EnRevision),
            "REVISADO" => Ok(Self::Revisado),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for EstadoVehiculo {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for EstadoVehiculo {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///A hyperlink.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct Link {
    pub href: ::std::string::String,
    ///Space-separated relation types or operationIds.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub rel: ::std::option::Option<::std::string::String>,
}
/**Spanish plate (since 2000): 4 digits and 3 consonants (no vowels, Ñ or Q). It is
written `1234-BCD` on the car but sent and stored without the hyphen: `1234BCD`.
*/
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct Matricula(::std::string::String);
impl ::std::ops::Deref for Matricula {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<Matricula> for ::std::string::String {
    fn from(value: Matricula) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for Matricula {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        { ::regress::Regex::new("^[0-9]{4}[BCDFGHJKLMNPRSTVWXYZ]{3}$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err(
                "doesn't match pattern \"^[0-9]{4}[BCDFGHJKLMNPRSTVWXYZ]{3}$\"".into(),
            );
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for Matricula {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for Matricula {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for Matricula {
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
/**RFC 9457 problem details, the body of every error response. `errors` lists each
failing field: `pointer` is a JSON pointer into the request body, or
`/query/<name>`, `/path/<name>`, `/header/<name>` for a parameter.
*/
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct Problem {
    ///Explanation of this occurrence.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub detail: ::std::option::Option<::std::string::String>,
    ///One entry per failing field (validation failures).
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    pub errors: ::std::vec::Vec<ProblemErrorsItem>,
    ///The request path that produced it.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub instance: ::std::option::Option<::std::string::String>,
    ///The HTTP status code.
    pub status: i64,
    ///Short summary of the kind of problem.
    pub title: ::std::string::String,
    ///Identifies the kind of problem; `about:blank` when only the status says it.
    #[serde(rename = "type")]
    pub type_: ::std::string::String,
}
///`ProblemErrorsItem`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct ProblemErrorsItem {
    ///What is wrong with it.
    pub detail: ::std::string::String,
    ///Where the failing value is (JSON pointer, or `/query/…`, `/path/…`, `/header/…`).
    pub pointer: ::std::string::String,
}
///A vehicle reserved for a job.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct Reserva {
    ///When the reservation was made.
    pub fecha: ::chrono::DateTime<::chrono::offset::Utc>,
    pub id_trabajo: ::uuid::Uuid,
    pub links: EnlacesRecurso,
    pub vin: Vin,
}
///The job to reserve the vehicle for.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ReservaNueva {
    ///The vehicle's state while reserved.
    #[serde(default = "defaults::reserva_nueva_estado")]
    pub estado: ReservaNuevaEstado,
    ///The job (trabajos service).
    pub id_trabajo: ::uuid::Uuid,
}
///The vehicle's state while reserved.
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
pub enum ReservaNuevaEstado {
    #[serde(rename = "EN_REPARACION")]
    EnReparacion,
    #[serde(rename = "EN_REVISION")]
    EnRevision,
}
impl ::std::fmt::Display for ReservaNuevaEstado {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::EnReparacion => f.write_str("EN_REPARACION"),
            Self::EnRevision => f.write_str("EN_REVISION"),
        }
    }
}
impl ::std::str::FromStr for ReservaNuevaEstado {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "EN_REPARACION" => Ok(Self::EnReparacion),
            "EN_REVISION" => Ok(Self::EnRevision),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for ReservaNuevaEstado {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for ReservaNuevaEstado {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::default::Default for ReservaNuevaEstado {
    fn default() -> Self {
        ReservaNuevaEstado::EnReparacion
    }
}
///A vehicle as stored.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct Vehiculo {
    pub estado: EstadoVehiculo,
    pub id_cliente: Dni,
    ///The job the vehicle is reserved for, if any (trabajos service).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub id_trabajo: ::std::option::Option<::uuid::Uuid>,
    pub links: EnlacesRecurso,
    pub marca: ::std::string::String,
    pub matricula: Matricula,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub modelo: ::std::option::Option<::std::string::String>,
    pub vin: Vin,
}
///A vehicle's data, replacing the stored ones.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct VehiculoActualizacion {
    pub estado: EstadoVehiculo,
    pub id_cliente: Dni,
    pub marca: VehiculoActualizacionMarca,
    pub matricula: Matricula,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub modelo: ::std::option::Option<VehiculoActualizacionModelo>,
}
///`VehiculoActualizacionMarca`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct VehiculoActualizacionMarca(::std::string::String);
impl ::std::ops::Deref for VehiculoActualizacionMarca {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<VehiculoActualizacionMarca> for ::std::string::String {
    fn from(value: VehiculoActualizacionMarca) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for VehiculoActualizacionMarca {
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
impl ::std::convert::TryFrom<&str> for VehiculoActualizacionMarca {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for VehiculoActualizacionMarca {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for VehiculoActualizacionMarca {
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
///`VehiculoActualizacionModelo`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct VehiculoActualizacionModelo(::std::string::String);
impl ::std::ops::Deref for VehiculoActualizacionModelo {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<VehiculoActualizacionModelo> for ::std::string::String {
    fn from(value: VehiculoActualizacionModelo) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for VehiculoActualizacionModelo {
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
impl ::std::convert::TryFrom<&str> for VehiculoActualizacionModelo {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for VehiculoActualizacionModelo {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for VehiculoActualizacionModelo {
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
///A vehicle to register.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct VehiculoNuevo {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub estado: ::std::option::Option<EstadoVehiculo>,
    pub id_cliente: Dni,
    pub marca: VehiculoNuevoMarca,
    pub matricula: Matricula,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub modelo: ::std::option::Option<VehiculoNuevoModelo>,
    pub vin: Vin,
}
///`VehiculoNuevoMarca`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct VehiculoNuevoMarca(::std::string::String);
impl ::std::ops::Deref for VehiculoNuevoMarca {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<VehiculoNuevoMarca> for ::std::string::String {
    fn from(value: VehiculoNuevoMarca) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for VehiculoNuevoMarca {
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
impl ::std::convert::TryFrom<&str> for VehiculoNuevoMarca {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for VehiculoNuevoMarca {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for VehiculoNuevoMarca {
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
///`VehiculoNuevoModelo`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct VehiculoNuevoModelo(::std::string::String);
impl ::std::ops::Deref for VehiculoNuevoModelo {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<VehiculoNuevoModelo> for ::std::string::String {
    fn from(value: VehiculoNuevoModelo) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for VehiculoNuevoModelo {
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
impl ::std::convert::TryFrom<&str> for VehiculoNuevoModelo {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for VehiculoNuevoModelo {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for VehiculoNuevoModelo {
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
///A page of vehicles.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct VehiculoPagina {
    pub items: ::std::vec::Vec<Vehiculo>,
    pub links: EnlacesPagina,
    pub page: ::std::num::NonZeroU64,
    pub page_size: ::std::num::NonZeroU64,
    ///Items matching the filters, over all pages.
    pub total: u64,
    pub total_pages: u64,
}
///Vehicle identification number, 17 characters, upper case, no I, O or Q.
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct Vin(::std::string::String);
impl ::std::ops::Deref for Vin {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<Vin> for ::std::string::String {
    fn from(value: Vin) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for Vin {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        { ::regress::Regex::new("^[A-HJ-NPR-Z0-9]{17}$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err("doesn't match pattern \"^[A-HJ-NPR-Z0-9]{17}$\"".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for Vin {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for Vin {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for Vin {
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
/// Generation of default values for serde.
pub mod defaults {
    pub(super) fn reserva_nueva_estado() -> super::ReservaNuevaEstado {
        super::ReservaNuevaEstado::EnReparacion
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
