// @generated from specs/trabajos.yaml by `cargo run -p taller-codegen -- generate`.
// Do not edit: change the spec or codegen/, then regenerate.

//! Models of the `trabajos` contract (taller — trabajos): one type per `components.schemas` entry.
#![allow(
    clippy::all,
    clippy::pedantic,
    dead_code,
    unused_imports,
    unused_mut,
    irrefutable_let_patterns,
    mismatched_lifetime_syntaxes
)]
///Why the job is cancelled.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Cancelacion {
    pub motivo: CancelacionMotivo,
}
///`CancelacionMotivo`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct CancelacionMotivo(::std::string::String);
impl ::std::ops::Deref for CancelacionMotivo {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<CancelacionMotivo> for ::std::string::String {
    fn from(value: CancelacionMotivo) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for CancelacionMotivo {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 500usize {
            return Err("longer than 500 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for CancelacionMotivo {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for CancelacionMotivo {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for CancelacionMotivo {
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
///Where the job is in its life (see the state table in the description).
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
pub enum EstadoTrabajo {
    #[serde(rename = "CREADO")]
    Creado,
    #[serde(rename = "PLANIFICADO")]
    Planificado,
    #[serde(rename = "INICIADO")]
    Iniciado,
    #[serde(rename = "TERMINADO")]
    Terminado,
    #[serde(rename = "FACTURADO")]
    Facturado,
    #[serde(rename = "CANCELADO")]
    Cancelado,
}
impl ::std::fmt::Display for EstadoTrabajo {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Creado => f.write_str("CREADO"),
            Self::Planificado => f.write_str("PLANIFICADO"),
            Self::Iniciado => f.write_str("INICIADO"),
            Self::Terminado => f.write_str("TERMINADO"),
            Self::Facturado => f.write_str("FACTURADO"),
            Self::Cancelado => f.write_str("CANCELADO"),
        }
    }
}
impl ::std::str::FromStr for EstadoTrabajo {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "CREADO" => Ok(Self::Creado),
            "PLANIFICADO" => Ok(Self::Planificado),
            "INICIADO" => Ok(Self::Iniciado),
            "TERMINADO" => Ok(Self::Terminado),
            "FACTURADO" => Ok(Self::Facturado),
            "CANCELADO" => Ok(Self::Cancelado),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for EstadoTrabajo {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for EstadoTrabajo {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///The invoice that includes the job.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Facturacion {
    pub id_factura: IdFactura,
}
///Hours, in quarters of an hour or finer.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(transparent)]
pub struct Horas(pub f64);
impl ::std::ops::Deref for Horas {
    type Target = f64;
    fn deref(&self) -> &f64 {
        &self.0
    }
}
impl ::std::convert::From<Horas> for f64 {
    fn from(value: Horas) -> Self {
        value.0
    }
}
impl ::std::convert::From<f64> for Horas {
    fn from(value: f64) -> Self {
        Self(value)
    }
}
impl ::std::fmt::Display for Horas {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        self.0.fmt(f)
    }
}
impl ::std::str::FromStr for Horas {
    type Err = <f64 as ::std::str::FromStr>::Err;
    fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
        Ok(Self(value.parse()?))
    }
}
impl ::std::convert::TryFrom<&str> for Horas {
    type Error = <f64 as ::std::str::FromStr>::Err;
    fn try_from(value: &str) -> ::std::result::Result<Self, Self::Error> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<String> for Horas {
    type Error = <f64 as ::std::str::FromStr>::Err;
    fn try_from(value: String) -> ::std::result::Result<Self, Self::Error> {
        value.parse()
    }
}
///An invoice number, as in the facturas service (year-sequence).
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct IdFactura(::std::string::String);
impl ::std::ops::Deref for IdFactura {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<IdFactura> for ::std::string::String {
    fn from(value: IdFactura) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for IdFactura {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        { ::regress::Regex::new("^[0-9]{4}-[0-9]{4}$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err("doesn't match pattern \"^[0-9]{4}-[0-9]{4}$\"".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for IdFactura {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for IdFactura {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for IdFactura {
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
///An amount in euros, without VAT.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(transparent)]
pub struct Importe(pub f64);
impl ::std::ops::Deref for Importe {
    type Target = f64;
    fn deref(&self) -> &f64 {
        &self.0
    }
}
impl ::std::convert::From<Importe> for f64 {
    fn from(value: Importe) -> Self {
        value.0
    }
}
impl ::std::convert::From<f64> for Importe {
    fn from(value: f64) -> Self {
        Self(value)
    }
}
impl ::std::fmt::Display for Importe {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        self.0.fmt(f)
    }
}
impl ::std::str::FromStr for Importe {
    type Err = <f64 as ::std::str::FromStr>::Err;
    fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
        Ok(Self(value.parse()?))
    }
}
impl ::std::convert::TryFrom<&str> for Importe {
    type Error = <f64 as ::std::str::FromStr>::Err;
    fn try_from(value: &str) -> ::std::result::Result<Self, Self::Error> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<String> for Importe {
    type Error = <f64 as ::std::str::FromStr>::Err;
    fn try_from(value: String) -> ::std::result::Result<Self, Self::Error> {
        value.parse()
    }
}
///Labour done on a job.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct LineaManoObra {
    pub descripcion: ::std::string::String,
    pub horas: Horas,
    pub id: ::uuid::Uuid,
    pub importe: Importe,
    pub links: EnlacesRecurso,
    pub precio_hora: f64,
}
///Labour to add to a job.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct LineaManoObraNueva {
    pub descripcion: LineaManoObraNuevaDescripcion,
    pub horas: Horas,
    ///Price of an hour in euros, without VAT.
    pub precio_hora: f64,
}
///`LineaManoObraNuevaDescripcion`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct LineaManoObraNuevaDescripcion(::std::string::String);
impl ::std::ops::Deref for LineaManoObraNuevaDescripcion {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<LineaManoObraNuevaDescripcion> for ::std::string::String {
    fn from(value: LineaManoObraNuevaDescripcion) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for LineaManoObraNuevaDescripcion {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 500usize {
            return Err("longer than 500 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for LineaManoObraNuevaDescripcion {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for LineaManoObraNuevaDescripcion {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for LineaManoObraNuevaDescripcion {
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
///Units of a spare part used on a job, priced when they were added.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct LineaRecambio {
    pub cantidad: ::std::num::NonZeroU64,
    pub id: ::uuid::Uuid,
    pub importe: Importe,
    pub links: EnlacesRecurso,
    ///The part's name in recambios when it was added.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub nombre: ::std::option::Option<::std::string::String>,
    pub numero_serie: NumeroSerie,
    ///The part's price without VAT in recambios when it was added.
    pub precio_unitario: f64,
}
///Units of a spare part to use on a job.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct LineaRecambioNueva {
    pub cantidad: ::std::num::NonZeroU64,
    pub numero_serie: NumeroSerie,
}
///A hyperlink.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct Link {
    pub href: ::std::string::String,
    ///Space-separated relation types or operationIds.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub rel: ::std::option::Option<::std::string::String>,
}
///A spare part's serial number, as in the recambios service.
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
///When the job is planned for, and what it needs.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Planificacion {
    pub fecha_prevista: ::chrono::DateTime<::chrono::offset::Utc>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub recursos: ::std::option::Option<::std::vec::Vec<Recurso>>,
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
///A workshop resource a job needs (a lift, a bay, a diagnostic machine…), by number.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(transparent)]
pub struct Recurso(pub ::std::num::NonZeroU64);
impl ::std::ops::Deref for Recurso {
    type Target = ::std::num::NonZeroU64;
    fn deref(&self) -> &::std::num::NonZeroU64 {
        &self.0
    }
}
impl ::std::convert::From<Recurso> for ::std::num::NonZeroU64 {
    fn from(value: Recurso) -> Self {
        value.0
    }
}
impl ::std::convert::From<::std::num::NonZeroU64> for Recurso {
    fn from(value: ::std::num::NonZeroU64) -> Self {
        Self(value)
    }
}
impl ::std::fmt::Display for Recurso {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        self.0.fmt(f)
    }
}
impl ::std::str::FromStr for Recurso {
    type Err = <::std::num::NonZeroU64 as ::std::str::FromStr>::Err;
    fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
        Ok(Self(value.parse()?))
    }
}
impl ::std::convert::TryFrom<&str> for Recurso {
    type Error = <::std::num::NonZeroU64 as ::std::str::FromStr>::Err;
    fn try_from(value: &str) -> ::std::result::Result<Self, Self::Error> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<String> for Recurso {
    type Error = <::std::num::NonZeroU64 as ::std::str::FromStr>::Err;
    fn try_from(value: String) -> ::std::result::Result<Self, Self::Error> {
        value.parse()
    }
}
///A work type.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct TipoTrabajo {
    pub descripcion: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub horas_estimadas: ::std::option::Option<Horas>,
    pub id: ::uuid::Uuid,
    pub links: EnlacesRecurso,
    pub nombre: ::std::string::String,
}
///A work type's data, replacing the stored ones.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct TipoTrabajoActualizacion {
    pub descripcion: TipoTrabajoActualizacionDescripcion,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub horas_estimadas: ::std::option::Option<Horas>,
    pub nombre: TipoTrabajoActualizacionNombre,
}
///`TipoTrabajoActualizacionDescripcion`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct TipoTrabajoActualizacionDescripcion(::std::string::String);
impl ::std::ops::Deref for TipoTrabajoActualizacionDescripcion {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<TipoTrabajoActualizacionDescripcion>
for ::std::string::String {
    fn from(value: TipoTrabajoActualizacionDescripcion) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for TipoTrabajoActualizacionDescripcion {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 2000usize {
            return Err("longer than 2000 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for TipoTrabajoActualizacionDescripcion {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for TipoTrabajoActualizacionDescripcion {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for TipoTrabajoActualizacionDescripcion {
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
///`TipoTrabajoActualizacionNombre`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct TipoTrabajoActualizacionNombre(::std::string::String);
impl ::std::ops::Deref for TipoTrabajoActualizacionNombre {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<TipoTrabajoActualizacionNombre> for ::std::string::String {
    fn from(value: TipoTrabajoActualizacionNombre) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for TipoTrabajoActualizacionNombre {
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
impl ::std::convert::TryFrom<&str> for TipoTrabajoActualizacionNombre {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for TipoTrabajoActualizacionNombre {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for TipoTrabajoActualizacionNombre {
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
///A work type to add.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct TipoTrabajoNuevo {
    pub descripcion: TipoTrabajoNuevoDescripcion,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub horas_estimadas: ::std::option::Option<Horas>,
    pub nombre: TipoTrabajoNuevoNombre,
}
///`TipoTrabajoNuevoDescripcion`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct TipoTrabajoNuevoDescripcion(::std::string::String);
impl ::std::ops::Deref for TipoTrabajoNuevoDescripcion {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<TipoTrabajoNuevoDescripcion> for ::std::string::String {
    fn from(value: TipoTrabajoNuevoDescripcion) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for TipoTrabajoNuevoDescripcion {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 2000usize {
            return Err("longer than 2000 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for TipoTrabajoNuevoDescripcion {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for TipoTrabajoNuevoDescripcion {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for TipoTrabajoNuevoDescripcion {
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
///`TipoTrabajoNuevoNombre`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct TipoTrabajoNuevoNombre(::std::string::String);
impl ::std::ops::Deref for TipoTrabajoNuevoNombre {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<TipoTrabajoNuevoNombre> for ::std::string::String {
    fn from(value: TipoTrabajoNuevoNombre) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for TipoTrabajoNuevoNombre {
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
impl ::std::convert::TryFrom<&str> for TipoTrabajoNuevoNombre {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for TipoTrabajoNuevoNombre {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for TipoTrabajoNuevoNombre {
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
///A page of work types.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct TipoTrabajoPagina {
    pub items: ::std::vec::Vec<TipoTrabajo>,
    pub links: EnlacesPagina,
    pub page: ::std::num::NonZeroU64,
    pub page_size: ::std::num::NonZeroU64,
    ///Items matching the filters, over all pages.
    pub total: u64,
    pub total_pages: u64,
}
///A job as stored, with its lines.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct Trabajo {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub descripcion: ::std::option::Option<::std::string::String>,
    pub estado: EstadoTrabajo,
    pub fecha_creacion: ::chrono::DateTime<::chrono::offset::Utc>,
    ///Set by `terminar`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub fecha_fin: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    ///Set by `iniciar`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub fecha_inicio: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    ///Set by `planificar`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub fecha_prevista: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    ///Hours of labour, the sum of the labour lines.
    pub horas: f64,
    pub id: ::uuid::Uuid,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub id_factura: ::std::option::Option<IdFactura>,
    pub links: EnlacesRecurso,
    pub mano_obra: ::std::vec::Vec<LineaManoObra>,
    pub motivo: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub motivo_cancelacion: ::std::option::Option<::std::string::String>,
    pub nombre: ::std::string::String,
    pub recambios: ::std::vec::Vec<LineaRecambio>,
    pub recursos: ::std::vec::Vec<Recurso>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub tipo_id: ::std::option::Option<::uuid::Uuid>,
    pub vin: Vin,
}
///A job's data, replacing the stored ones.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct TrabajoActualizacion {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub descripcion: ::std::option::Option<TrabajoActualizacionDescripcion>,
    pub motivo: TrabajoActualizacionMotivo,
    pub nombre: TrabajoActualizacionNombre,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub recursos: ::std::option::Option<::std::vec::Vec<Recurso>>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub tipo_id: ::std::option::Option<::uuid::Uuid>,
}
///`TrabajoActualizacionDescripcion`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct TrabajoActualizacionDescripcion(::std::string::String);
impl ::std::ops::Deref for TrabajoActualizacionDescripcion {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<TrabajoActualizacionDescripcion> for ::std::string::String {
    fn from(value: TrabajoActualizacionDescripcion) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for TrabajoActualizacionDescripcion {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 2000usize {
            return Err("longer than 2000 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for TrabajoActualizacionDescripcion {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for TrabajoActualizacionDescripcion {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for TrabajoActualizacionDescripcion {
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
///`TrabajoActualizacionMotivo`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct TrabajoActualizacionMotivo(::std::string::String);
impl ::std::ops::Deref for TrabajoActualizacionMotivo {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<TrabajoActualizacionMotivo> for ::std::string::String {
    fn from(value: TrabajoActualizacionMotivo) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for TrabajoActualizacionMotivo {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 2000usize {
            return Err("longer than 2000 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for TrabajoActualizacionMotivo {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for TrabajoActualizacionMotivo {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for TrabajoActualizacionMotivo {
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
///`TrabajoActualizacionNombre`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct TrabajoActualizacionNombre(::std::string::String);
impl ::std::ops::Deref for TrabajoActualizacionNombre {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<TrabajoActualizacionNombre> for ::std::string::String {
    fn from(value: TrabajoActualizacionNombre) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for TrabajoActualizacionNombre {
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
impl ::std::convert::TryFrom<&str> for TrabajoActualizacionNombre {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for TrabajoActualizacionNombre {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for TrabajoActualizacionNombre {
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
///A job to open.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct TrabajoNuevo {
    ///What will be done.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub descripcion: ::std::option::Option<TrabajoNuevoDescripcion>,
    ///Why the customer brought the vehicle.
    pub motivo: TrabajoNuevoMotivo,
    pub nombre: TrabajoNuevoNombre,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub recursos: ::std::option::Option<::std::vec::Vec<Recurso>>,
    ///The work type, if it is a known one.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub tipo_id: ::std::option::Option<::uuid::Uuid>,
    pub vin: Vin,
}
///What will be done.
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct TrabajoNuevoDescripcion(::std::string::String);
impl ::std::ops::Deref for TrabajoNuevoDescripcion {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<TrabajoNuevoDescripcion> for ::std::string::String {
    fn from(value: TrabajoNuevoDescripcion) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for TrabajoNuevoDescripcion {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 2000usize {
            return Err("longer than 2000 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for TrabajoNuevoDescripcion {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for TrabajoNuevoDescripcion {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for TrabajoNuevoDescripcion {
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
///Why the customer brought the vehicle.
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct TrabajoNuevoMotivo(::std::string::String);
impl ::std::ops::Deref for TrabajoNuevoMotivo {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<TrabajoNuevoMotivo> for ::std::string::String {
    fn from(value: TrabajoNuevoMotivo) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for TrabajoNuevoMotivo {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 2000usize {
            return Err("longer than 2000 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for TrabajoNuevoMotivo {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for TrabajoNuevoMotivo {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for TrabajoNuevoMotivo {
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
///`TrabajoNuevoNombre`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct TrabajoNuevoNombre(::std::string::String);
impl ::std::ops::Deref for TrabajoNuevoNombre {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<TrabajoNuevoNombre> for ::std::string::String {
    fn from(value: TrabajoNuevoNombre) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for TrabajoNuevoNombre {
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
impl ::std::convert::TryFrom<&str> for TrabajoNuevoNombre {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for TrabajoNuevoNombre {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for TrabajoNuevoNombre {
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
///A page of jobs.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct TrabajoPagina {
    pub items: ::std::vec::Vec<Trabajo>,
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
