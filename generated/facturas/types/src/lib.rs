// @generated from specs/facturas.yaml by `cargo run -p taller-codegen -- generate`.
// Do not edit: change the spec or codegen/, then regenerate.

//! Models of the `facturas` contract (taller — facturas): one type per `components.schemas` entry.
#![allow(
    clippy::all,
    clippy::pedantic,
    dead_code,
    unused_imports,
    unused_mut,
    irrefutable_let_patterns,
    mismatched_lifetime_syntaxes
)]
///Why an invoice is annulled.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Anulacion {
    pub motivo: AnulacionMotivo,
}
///`AnulacionMotivo`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct AnulacionMotivo(::std::string::String);
impl ::std::ops::Deref for AnulacionMotivo {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<AnulacionMotivo> for ::std::string::String {
    fn from(value: AnulacionMotivo) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for AnulacionMotivo {
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
impl ::std::convert::TryFrom<&str> for AnulacionMotivo {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for AnulacionMotivo {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for AnulacionMotivo {
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
///The customer's DNI or NIE, as in the clientes service.
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
///Links of an invoice, to itself and to what it is about.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct EnlacesFactura {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub cliente: ::std::option::Option<Link>,
    pub parent: Link,
    #[serde(rename = "self")]
    pub self_: Link,
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    pub trabajos: ::std::vec::Vec<Link>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub vehiculo: ::std::option::Option<Link>,
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
///`Emitida` issued and unpaid, `Pagada` paid, `Anulada` annulled (final).
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
pub enum EstadoFactura {
    Emitida,
    Pagada,
    Anulada,
}
impl ::std::fmt::Display for EstadoFactura {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Emitida => f.write_str("Emitida"),
            Self::Pagada => f.write_str("Pagada"),
            Self::Anulada => f.write_str("Anulada"),
        }
    }
}
impl ::std::str::FromStr for EstadoFactura {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "Emitida" => Ok(Self::Emitida),
            "Pagada" => Ok(Self::Pagada),
            "Anulada" => Ok(Self::Anulada),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for EstadoFactura {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for EstadoFactura {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///An issued invoice.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct Factura {
    pub base_imponible: Importe,
    pub cuota_iva: Importe,
    pub estado: EstadoFactura,
    ///Day of issue.
    pub fecha_factura: ::chrono::naive::NaiveDate,
    ///Day it was paid (`Pagada` only).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub fecha_pago: ::std::option::Option<::chrono::naive::NaiveDate>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub forma_pago: ::std::option::Option<FormaPago>,
    pub id_cliente: Dni,
    pub id_factura: IdFactura,
    pub importe_total: Importe,
    ///VAT rate in percent (21, the general rate).
    pub iva: i64,
    pub lineas: ::std::vec::Vec<LineaFactura>,
    pub links: EnlacesFactura,
    ///Why it was annulled (`Anulada` only).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub motivo_anulacion: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub observaciones: ::std::option::Option<::std::string::String>,
    pub trabajos: ::std::vec::Vec<::uuid::Uuid>,
    pub vin_coche: Vin,
}
///The jobs to invoice.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct FacturaNueva {
    ///A note printed on the invoice.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub observaciones: ::std::option::Option<FacturaNuevaObservaciones>,
    ///Ids of finished jobs (trabajos service), all on the same vehicle.
    pub trabajos: ::std::vec::Vec<::uuid::Uuid>,
}
///A note printed on the invoice.
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct FacturaNuevaObservaciones(::std::string::String);
impl ::std::ops::Deref for FacturaNuevaObservaciones {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<FacturaNuevaObservaciones> for ::std::string::String {
    fn from(value: FacturaNuevaObservaciones) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for FacturaNuevaObservaciones {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 1000usize {
            return Err("longer than 1000 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for FacturaNuevaObservaciones {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for FacturaNuevaObservaciones {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for FacturaNuevaObservaciones {
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
///A page of invoices.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct FacturaPagina {
    pub items: ::std::vec::Vec<Factura>,
    pub links: EnlacesPagina,
    pub page: ::std::num::NonZeroU64,
    pub page_size: ::std::num::NonZeroU64,
    ///Items matching the filters, over all pages.
    pub total: u64,
    pub total_pages: u64,
}
///How the invoice was paid.
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
pub enum FormaPago {
    #[serde(rename = "EFECTIVO")]
    Efectivo,
    #[serde(rename = "TARJETA")]
    Tarjeta,
    #[serde(rename = "TRANSFERENCIA")]
    Transferencia,
    #[serde(rename = "BIZUM")]
    Bizum,
}
impl ::std::fmt::Display for FormaPago {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Efectivo => f.write_str("EFECTIVO"),
            Self::Tarjeta => f.write_str("TARJETA"),
            Self::Transferencia => f.write_str("TRANSFERENCIA"),
            Self::Bizum => f.write_str("BIZUM"),
        }
    }
}
impl ::std::str::FromStr for FormaPago {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "EFECTIVO" => Ok(Self::Efectivo),
            "TARJETA" => Ok(Self::Tarjeta),
            "TRANSFERENCIA" => Ok(Self::Transferencia),
            "BIZUM" => Ok(Self::Bizum),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for FormaPago {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for FormaPago {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
/**Invoice number: the year of issue (the series), a hyphen and the 4-digit number
within that year, consecutive from 0001 (`2026-0001`, `2026-0002`, …).
*/
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
///An amount in euros, two decimals.
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
///One line of an invoice, labour or a spare part, without VAT.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct LineaFactura {
    ///Hours (`MANO_OBRA`) or units (`RECAMBIO`).
    pub cantidad: f64,
    pub descripcion: ::std::string::String,
    pub importe: Importe,
    ///The part (`RECAMBIO` lines only).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub numero_serie: ::std::option::Option<LineaFacturaNumeroSerie>,
    pub precio_unitario: Importe,
    pub tipo: LineaFacturaTipo,
    ///The job the line comes from.
    pub trabajo_id: ::uuid::Uuid,
}
///The part (`RECAMBIO` lines only).
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct LineaFacturaNumeroSerie(::std::string::String);
impl ::std::ops::Deref for LineaFacturaNumeroSerie {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<LineaFacturaNumeroSerie> for ::std::string::String {
    fn from(value: LineaFacturaNumeroSerie) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for LineaFacturaNumeroSerie {
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
impl ::std::convert::TryFrom<&str> for LineaFacturaNumeroSerie {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for LineaFacturaNumeroSerie {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for LineaFacturaNumeroSerie {
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
///`LineaFacturaTipo`
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
pub enum LineaFacturaTipo {
    #[serde(rename = "MANO_OBRA")]
    ManoObra,
    #[serde(rename = "RECAMBIO")]
    Recambio,
}
impl ::std::fmt::Display for LineaFacturaTipo {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::ManoObra => f.write_str("MANO_OBRA"),
            Self::Recambio => f.write_str("RECAMBIO"),
        }
    }
}
impl ::std::str::FromStr for LineaFacturaTipo {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "MANO_OBRA" => Ok(Self::ManoObra),
            "RECAMBIO" => Ok(Self::Recambio),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for LineaFacturaTipo {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for LineaFacturaTipo {
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
///How and when an invoice was paid.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Pago {
    ///Defaults to today.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub fecha_pago: ::std::option::Option<::chrono::naive::NaiveDate>,
    pub forma_pago: FormaPago,
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
