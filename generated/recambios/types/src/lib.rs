// @generated from specs/recambios.yaml by `cargo run -p taller-codegen -- generate`.
// Do not edit: change the spec or codegen/, then regenerate.

//! Models of the `recambios` contract (taller — recambios (spare parts and stock)): one type per `components.schemas` entry.
#![allow(
    clippy::all,
    clippy::pedantic,
    dead_code,
    unused_imports,
    unused_mut,
    irrefutable_let_patterns,
    mismatched_lifetime_syntaxes
)]
///Units.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(transparent)]
pub struct Cantidad(pub i64);
impl ::std::ops::Deref for Cantidad {
    type Target = i64;
    fn deref(&self) -> &i64 {
        &self.0
    }
}
impl ::std::convert::From<Cantidad> for i64 {
    fn from(value: Cantidad) -> Self {
        value.0
    }
}
impl ::std::convert::From<i64> for Cantidad {
    fn from(value: i64) -> Self {
        Self(value)
    }
}
impl ::std::fmt::Display for Cantidad {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        self.0.fmt(f)
    }
}
impl ::std::str::FromStr for Cantidad {
    type Err = <i64 as ::std::str::FromStr>::Err;
    fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
        Ok(Self(value.parse()?))
    }
}
impl ::std::convert::TryFrom<&str> for Cantidad {
    type Error = <i64 as ::std::str::FromStr>::Err;
    fn try_from(value: &str) -> ::std::result::Result<Self, Self::Error> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<String> for Cantidad {
    type Error = <i64 as ::std::str::FromStr>::Err;
    fn try_from(value: String) -> ::std::result::Result<Self, Self::Error> {
        value.parse()
    }
}
///`Descripcion`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct Descripcion(::std::string::String);
impl ::std::ops::Deref for Descripcion {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<Descripcion> for ::std::string::String {
    fn from(value: Descripcion) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for Descripcion {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 2000usize {
            return Err("longer than 2000 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for Descripcion {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for Descripcion {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for Descripcion {
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
///`EnlacesPagina`
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
///`EnlacesRecurso`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct EnlacesRecurso {
    pub parent: Link,
    #[serde(rename = "self")]
    pub self_: Link,
}
///A part that can replace this one.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Equivalencia {
    ///Its manufacturer.
    pub fabricante: EquivalenciaFabricante,
    ///Vehicle model it fits.
    pub modelo: EquivalenciaModelo,
    ///Name of the equivalent part.
    pub nombre: EquivalenciaNombre,
}
///Its manufacturer.
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct EquivalenciaFabricante(::std::string::String);
impl ::std::ops::Deref for EquivalenciaFabricante {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<EquivalenciaFabricante> for ::std::string::String {
    fn from(value: EquivalenciaFabricante) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for EquivalenciaFabricante {
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
impl ::std::convert::TryFrom<&str> for EquivalenciaFabricante {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for EquivalenciaFabricante {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for EquivalenciaFabricante {
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
///Vehicle model it fits.
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct EquivalenciaModelo(::std::string::String);
impl ::std::ops::Deref for EquivalenciaModelo {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<EquivalenciaModelo> for ::std::string::String {
    fn from(value: EquivalenciaModelo) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for EquivalenciaModelo {
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
impl ::std::convert::TryFrom<&str> for EquivalenciaModelo {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for EquivalenciaModelo {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for EquivalenciaModelo {
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
///Name of the equivalent part.
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct EquivalenciaNombre(::std::string::String);
impl ::std::ops::Deref for EquivalenciaNombre {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<EquivalenciaNombre> for ::std::string::String {
    fn from(value: EquivalenciaNombre) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for EquivalenciaNombre {
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
impl ::std::convert::TryFrom<&str> for EquivalenciaNombre {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for EquivalenciaNombre {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for EquivalenciaNombre {
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
///`Equivalencias`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(transparent)]
pub struct Equivalencias(pub ::std::vec::Vec<Equivalencia>);
impl ::std::ops::Deref for Equivalencias {
    type Target = ::std::vec::Vec<Equivalencia>;
    fn deref(&self) -> &::std::vec::Vec<Equivalencia> {
        &self.0
    }
}
impl ::std::convert::From<Equivalencias> for ::std::vec::Vec<Equivalencia> {
    fn from(value: Equivalencias) -> Self {
        value.0
    }
}
impl ::std::convert::From<::std::vec::Vec<Equivalencia>> for Equivalencias {
    fn from(value: ::std::vec::Vec<Equivalencia>) -> Self {
        Self(value)
    }
}
///Warranty, as text.
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct Garantia(::std::string::String);
impl ::std::ops::Deref for Garantia {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<Garantia> for ::std::string::String {
    fn from(value: Garantia) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for Garantia {
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
impl ::std::convert::TryFrom<&str> for Garantia {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for Garantia {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for Garantia {
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
///VAT percentage (Spanish rates).
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(transparent)]
pub struct Iva(i64);
impl ::std::ops::Deref for Iva {
    type Target = i64;
    fn deref(&self) -> &i64 {
        &self.0
    }
}
impl ::std::convert::From<Iva> for i64 {
    fn from(value: Iva) -> Self {
        value.0
    }
}
impl ::std::default::Default for Iva {
    fn default() -> Self {
        Iva(21_i64)
    }
}
impl ::std::convert::TryFrom<i64> for Iva {
    type Error = self::error::ConversionError;
    fn try_from(
        value: i64,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if ![0_i64, 4_i64, 10_i64, 21_i64].contains(&value) {
            Err("invalid value".into())
        } else {
            Ok(Self(value))
        }
    }
}
impl<'de> ::serde::Deserialize<'de> for Iva {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        Self::try_from(<i64>::deserialize(deserializer)?)
            .map_err(|e| { <D::Error as ::serde::de::Error>::custom(e.to_string()) })
    }
}
///A hyperlink.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct Link {
    pub href: ::std::string::String,
    ///Space-separated relation types.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub rel: ::std::option::Option<::std::string::String>,
}
///One recorded stock movement.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct Movimiento {
    pub cantidad: ::std::num::NonZeroU64,
    ///`cantidad` of the part right after this movement.
    pub cantidad_resultante: i64,
    pub fecha: ::chrono::DateTime<::chrono::offset::Utc>,
    pub id: ::uuid::Uuid,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub motivo: ::std::option::Option<MovimientoMotivo>,
    pub numero_serie: NumeroSerie,
    ///`cantidad_reservada` of the part right after this movement.
    pub reservada_resultante: i64,
    pub tipo: MovimientoTipo,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub trabajo_id: ::std::option::Option<::uuid::Uuid>,
}
///`MovimientoMotivo`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct MovimientoMotivo(::std::string::String);
impl ::std::ops::Deref for MovimientoMotivo {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<MovimientoMotivo> for ::std::string::String {
    fn from(value: MovimientoMotivo) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for MovimientoMotivo {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 500usize {
            return Err("longer than 500 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for MovimientoMotivo {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for MovimientoMotivo {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for MovimientoMotivo {
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
///`MovimientoTipo`
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
pub enum MovimientoTipo {
    #[serde(rename = "entrada")]
    Entrada,
    #[serde(rename = "salida")]
    Salida,
    #[serde(rename = "reserva")]
    Reserva,
    #[serde(rename = "liberacion")]
    Liberacion,
}
impl ::std::fmt::Display for MovimientoTipo {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Entrada => f.write_str("entrada"),
            Self::Salida => f.write_str("salida"),
            Self::Reserva => f.write_str("reserva"),
            Self::Liberacion => f.write_str("liberacion"),
        }
    }
}
impl ::std::str::FromStr for MovimientoTipo {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "entrada" => Ok(Self::Entrada),
            "salida" => Ok(Self::Salida),
            "reserva" => Ok(Self::Reserva),
            "liberacion" => Ok(Self::Liberacion),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for MovimientoTipo {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for MovimientoTipo {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///`Nombre`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct Nombre(::std::string::String);
impl ::std::ops::Deref for Nombre {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<Nombre> for ::std::string::String {
    fn from(value: Nombre) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for Nombre {
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
impl ::std::convert::TryFrom<&str> for Nombre {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for Nombre {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for Nombre {
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
///One capital letter, seven digits, a dash and a capital letter.
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct NumeroSerie(::std::string::String);
impl ::std::ops::Deref for NumeroSerie {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<NumeroSerie> for ::std::string::String {
    fn from(value: NumeroSerie) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for NumeroSerie {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        { ::regress::Regex::new("^[A-Z][0-9]{7}-[A-Z]$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err("doesn't match pattern \"^[A-Z][0-9]{7}-[A-Z]$\"".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for NumeroSerie {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for NumeroSerie {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for NumeroSerie {
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
///A reservation of stock for a job, or its release.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct OperacionReserva {
    ///Units.
    pub cantidad: ::std::num::NonZeroU64,
    ///Free-text reason.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub motivo: ::std::option::Option<OperacionReservaMotivo>,
    ///The job (trabajos service).
    pub trabajo_id: ::uuid::Uuid,
}
///Free-text reason.
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct OperacionReservaMotivo(::std::string::String);
impl ::std::ops::Deref for OperacionReservaMotivo {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<OperacionReservaMotivo> for ::std::string::String {
    fn from(value: OperacionReservaMotivo) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for OperacionReservaMotivo {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 500usize {
            return Err("longer than 500 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for OperacionReservaMotivo {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for OperacionReservaMotivo {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for OperacionReservaMotivo {
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
///An entrada or salida of stock.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct OperacionStock {
    ///Units moved.
    pub cantidad: ::std::num::NonZeroU64,
    ///Free-text reason.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub motivo: ::std::option::Option<OperacionStockMotivo>,
    ///Job the units are for, if any.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub trabajo_id: ::std::option::Option<::uuid::Uuid>,
}
///Free-text reason.
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct OperacionStockMotivo(::std::string::String);
impl ::std::ops::Deref for OperacionStockMotivo {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<OperacionStockMotivo> for ::std::string::String {
    fn from(value: OperacionStockMotivo) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for OperacionStockMotivo {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 500usize {
            return Err("longer than 500 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for OperacionStockMotivo {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for OperacionStockMotivo {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for OperacionStockMotivo {
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
///`PaginaMovimientos`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct PaginaMovimientos {
    pub items: ::std::vec::Vec<Movimiento>,
    pub links: EnlacesPagina,
    pub page: ::std::num::NonZeroU64,
    pub page_size: ::std::num::NonZeroU64,
    pub total: u64,
    pub total_pages: u64,
}
///`PaginaRecambios`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct PaginaRecambios {
    pub items: ::std::vec::Vec<Recambio>,
    pub links: EnlacesPagina,
    pub page: ::std::num::NonZeroU64,
    pub page_size: ::std::num::NonZeroU64,
    pub total: u64,
    pub total_pages: u64,
}
///Unit price in euros, without VAT.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(transparent)]
pub struct Precio(pub f64);
impl ::std::ops::Deref for Precio {
    type Target = f64;
    fn deref(&self) -> &f64 {
        &self.0
    }
}
impl ::std::convert::From<Precio> for f64 {
    fn from(value: Precio) -> Self {
        value.0
    }
}
impl ::std::convert::From<f64> for Precio {
    fn from(value: f64) -> Self {
        Self(value)
    }
}
impl ::std::fmt::Display for Precio {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        self.0.fmt(f)
    }
}
impl ::std::str::FromStr for Precio {
    type Err = <f64 as ::std::str::FromStr>::Err;
    fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
        Ok(Self(value.parse()?))
    }
}
impl ::std::convert::TryFrom<&str> for Precio {
    type Error = <f64 as ::std::str::FromStr>::Err;
    fn try_from(value: &str) -> ::std::result::Result<Self, Self::Error> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<String> for Precio {
    type Error = <f64 as ::std::str::FromStr>::Err;
    fn try_from(value: String) -> ::std::result::Result<Self, Self::Error> {
        value.parse()
    }
}
///RFC 9457 problem details (same shape in every taller contract).
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct Problem {
    ///Explanation of this occurrence.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub detail: ::std::option::Option<::std::string::String>,
    ///One entry per failing field or parameter.
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    pub errors: ::std::vec::Vec<ProblemErrorsItem>,
    ///The request path.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub instance: ::std::option::Option<::std::string::String>,
    ///The HTTP status code.
    pub status: i64,
    ///Short summary of the problem type.
    pub title: ::std::string::String,
    ///Identifies the problem type; `about:blank` when only the status matters.
    #[serde(rename = "type")]
    pub type_: ::std::string::String,
}
///`ProblemErrorsItem`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct ProblemErrorsItem {
    pub detail: ::std::string::String,
    ///JSON pointer into the body, or `/query/<name>`, `/path/<name>`, `/header/<name>`.
    pub pointer: ::std::string::String,
}
///`Proveedor`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct Proveedor(::std::string::String);
impl ::std::ops::Deref for Proveedor {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<Proveedor> for ::std::string::String {
    fn from(value: Proveedor) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for Proveedor {
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
impl ::std::convert::TryFrom<&str> for Proveedor {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for Proveedor {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for Proveedor {
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
///A part as stored, with its stock.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct Recambio {
    ///Units in the workshop, reserved or not.
    pub cantidad: i64,
    ///Units free to reserve or sell, `cantidad - cantidad_reservada`.
    pub cantidad_disponible: i64,
    ///Units of `cantidad` reserved for jobs.
    pub cantidad_reservada: i64,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub descripcion: ::std::option::Option<Descripcion>,
    pub equivalencias: ::std::vec::Vec<Equivalencia>,
    pub garantia: Garantia,
    ///Unit price with VAT, `precio × (1 + iva/100)` rounded to cents; computed by the server.
    pub importe: f64,
    pub iva: Iva,
    pub links: EnlacesRecurso,
    pub nombre: Nombre,
    pub numero_serie: NumeroSerie,
    pub precio: Precio,
    pub proveedor: Proveedor,
    ///True when `cantidad_disponible` is at or below `stock_minimo`.
    pub stock_bajo: bool,
    pub stock_minimo: i64,
    ///Incremented on every change; the `ETag` is this number in quotes.
    pub version: ::std::num::NonZeroU64,
}
///The editable fields of a part (a full replacement; stock is not editable).
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct RecambioActualizacion {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub descripcion: ::std::option::Option<Descripcion>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub equivalencias: ::std::option::Option<Equivalencias>,
    pub garantia: Garantia,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub iva: ::std::option::Option<Iva>,
    pub nombre: Nombre,
    pub precio: Precio,
    pub proveedor: Proveedor,
    ///Available units at or below which the part has low stock.
    #[serde(default)]
    pub stock_minimo: i64,
}
///A part to add. `importe` is computed by the server and not accepted here.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct RecambioNuevo {
    pub cantidad: Cantidad,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub descripcion: ::std::option::Option<Descripcion>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub equivalencias: ::std::option::Option<Equivalencias>,
    pub garantia: Garantia,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub iva: ::std::option::Option<Iva>,
    pub nombre: Nombre,
    pub numero_serie: NumeroSerie,
    pub precio: Precio,
    pub proveedor: Proveedor,
    ///Available units at or below which the part has low stock.
    #[serde(default)]
    pub stock_minimo: i64,
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
