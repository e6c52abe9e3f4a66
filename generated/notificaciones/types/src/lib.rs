// @generated from specs/notificaciones.yaml by `cargo run -p taller-codegen -- generate`.
// Do not edit: change the spec or codegen/, then regenerate.

//! Models of the `notificaciones` contract (taller — notificaciones): one type per `components.schemas` entry.
#![allow(
    clippy::all,
    clippy::pedantic,
    dead_code,
    unused_imports,
    unused_mut,
    irrefutable_let_patterns,
    mismatched_lifetime_syntaxes
)]
///How the message is delivered.
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
pub enum Canal {
    #[serde(rename = "EMAIL")]
    Email,
    #[serde(rename = "SMS")]
    Sms,
}
impl ::std::fmt::Display for Canal {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Email => f.write_str("EMAIL"),
            Self::Sms => f.write_str("SMS"),
        }
    }
}
impl ::std::str::FromStr for Canal {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "EMAIL" => Ok(Self::Email),
            "SMS" => Ok(Self::Sms),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for Canal {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for Canal {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///An e-mail to send.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct EmailNuevo {
    pub asunto: EmailNuevoAsunto,
    ///The customer it is for; their subscription must accept e-mail.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub cliente_id: ::std::option::Option<::uuid::Uuid>,
    pub destinatario: EmailNuevoDestinatario,
    pub mensaje: EmailNuevoMensaje,
    ///Send at this moment instead of now.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub programada_para: ::std::option::Option<
        ::chrono::DateTime<::chrono::offset::Utc>,
    >,
    ///The job it is about.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub trabajo_id: ::std::option::Option<::uuid::Uuid>,
}
///`EmailNuevoAsunto`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct EmailNuevoAsunto(::std::string::String);
impl ::std::ops::Deref for EmailNuevoAsunto {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<EmailNuevoAsunto> for ::std::string::String {
    fn from(value: EmailNuevoAsunto) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for EmailNuevoAsunto {
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
impl ::std::convert::TryFrom<&str> for EmailNuevoAsunto {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for EmailNuevoAsunto {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for EmailNuevoAsunto {
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
///`EmailNuevoDestinatario`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct EmailNuevoDestinatario(::std::string::String);
impl ::std::ops::Deref for EmailNuevoDestinatario {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<EmailNuevoDestinatario> for ::std::string::String {
    fn from(value: EmailNuevoDestinatario) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for EmailNuevoDestinatario {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 254usize {
            return Err("longer than 254 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for EmailNuevoDestinatario {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for EmailNuevoDestinatario {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for EmailNuevoDestinatario {
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
///`EmailNuevoMensaje`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct EmailNuevoMensaje(::std::string::String);
impl ::std::ops::Deref for EmailNuevoMensaje {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<EmailNuevoMensaje> for ::std::string::String {
    fn from(value: EmailNuevoMensaje) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for EmailNuevoMensaje {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 10000usize {
            return Err("longer than 10000 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for EmailNuevoMensaje {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for EmailNuevoMensaje {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for EmailNuevoMensaje {
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
/**`PROGRAMADA` stored and waiting for delivery (now or at `programada_para`),
`ENVIADA` delivered to the mail or SMS provider, `FALLIDA` the provider refused it
(see `motivo_fallo`).
*/
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
pub enum EstadoNotificacion {
    #[serde(rename = "PROGRAMADA")]
    Programada,
    #[serde(rename = "ENVIADA")]
    Enviada,
    #[serde(rename = "FALLIDA")]
    Fallida,
}
impl ::std::fmt::Display for EstadoNotificacion {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Programada => f.write_str("PROGRAMADA"),
            Self::Enviada => f.write_str("ENVIADA"),
            Self::Fallida => f.write_str("FALLIDA"),
        }
    }
}
impl ::std::str::FromStr for EstadoNotificacion {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "PROGRAMADA" => Ok(Self::Programada),
            "ENVIADA" => Ok(Self::Enviada),
            "FALLIDA" => Ok(Self::Fallida),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for EstadoNotificacion {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for EstadoNotificacion {
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
///A bulk message.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct Masiva {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub asunto: ::std::option::Option<::std::string::String>,
    pub canal: Canal,
    ///The customers it was for; absent when it was for every customer.
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    pub cliente_ids: ::std::vec::Vec<::uuid::Uuid>,
    ///Messages delivered (once sent).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub enviados: ::std::option::Option<u64>,
    pub estado: EstadoNotificacion,
    pub fecha_creacion: ::chrono::DateTime<::chrono::offset::Utc>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub fecha_envio: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    pub id: ::uuid::Uuid,
    pub links: EnlacesRecurso,
    pub mensaje: ::std::string::String,
    ///Customers skipped because their subscription refuses the channel.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub omitidos: ::std::option::Option<u64>,
    pub programada_para: ::chrono::DateTime<::chrono::offset::Utc>,
}
///A message to many customers.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct MasivaNueva {
    ///Subject; required when `canal` is `EMAIL` (422 otherwise).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub asunto: ::std::option::Option<MasivaNuevaAsunto>,
    pub canal: Canal,
    ///The customers; every customer when left out.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub cliente_ids: ::std::option::Option<::std::vec::Vec<::uuid::Uuid>>,
    ///The text; at most 480 characters when `canal` is `SMS` (422 otherwise).
    pub mensaje: MasivaNuevaMensaje,
    pub programada_para: ::chrono::DateTime<::chrono::offset::Utc>,
}
///Subject; required when `canal` is `EMAIL` (422 otherwise).
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct MasivaNuevaAsunto(::std::string::String);
impl ::std::ops::Deref for MasivaNuevaAsunto {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<MasivaNuevaAsunto> for ::std::string::String {
    fn from(value: MasivaNuevaAsunto) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for MasivaNuevaAsunto {
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
impl ::std::convert::TryFrom<&str> for MasivaNuevaAsunto {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for MasivaNuevaAsunto {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for MasivaNuevaAsunto {
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
///The text; at most 480 characters when `canal` is `SMS` (422 otherwise).
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct MasivaNuevaMensaje(::std::string::String);
impl ::std::ops::Deref for MasivaNuevaMensaje {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<MasivaNuevaMensaje> for ::std::string::String {
    fn from(value: MasivaNuevaMensaje) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for MasivaNuevaMensaje {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 10000usize {
            return Err("longer than 10000 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for MasivaNuevaMensaje {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for MasivaNuevaMensaje {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for MasivaNuevaMensaje {
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
///One message, to one recipient.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct Notificacion {
    ///Subject (e-mail only).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub asunto: ::std::option::Option<::std::string::String>,
    pub canal: Canal,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub cliente_id: ::std::option::Option<::uuid::Uuid>,
    ///The e-mail address (`EMAIL`) or phone number (`SMS`).
    pub destinatario: ::std::string::String,
    pub estado: EstadoNotificacion,
    pub fecha_creacion: ::chrono::DateTime<::chrono::offset::Utc>,
    ///When it was delivered (`ENVIADA` only).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub fecha_envio: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    pub id: ::uuid::Uuid,
    pub links: EnlacesRecurso,
    ///The bulk message it belongs to, if any.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub masiva_id: ::std::option::Option<::uuid::Uuid>,
    pub mensaje: ::std::string::String,
    ///Why delivery failed (`FALLIDA` only).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub motivo_fallo: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub programada_para: ::std::option::Option<
        ::chrono::DateTime<::chrono::offset::Utc>,
    >,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub trabajo_id: ::std::option::Option<::uuid::Uuid>,
}
///A page of notifications.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct NotificacionPagina {
    pub items: ::std::vec::Vec<Notificacion>,
    pub links: EnlacesPagina,
    pub page: ::std::num::NonZeroU64,
    pub page_size: ::std::num::NonZeroU64,
    ///Items matching the filters, over all pages.
    pub total: u64,
    pub total_pages: u64,
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
///An SMS to send.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct SmsNuevo {
    ///The customer it is for; their subscription must accept SMS.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub cliente_id: ::std::option::Option<::uuid::Uuid>,
    pub destinatario: Telefono,
    ///At most 480 characters (three concatenated SMS).
    pub mensaje: SmsNuevoMensaje,
    ///Send at this moment instead of now.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub programada_para: ::std::option::Option<
        ::chrono::DateTime<::chrono::offset::Utc>,
    >,
    ///The job it is about.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub trabajo_id: ::std::option::Option<::uuid::Uuid>,
}
///At most 480 characters (three concatenated SMS).
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct SmsNuevoMensaje(::std::string::String);
impl ::std::ops::Deref for SmsNuevoMensaje {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<SmsNuevoMensaje> for ::std::string::String {
    fn from(value: SmsNuevoMensaje) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for SmsNuevoMensaje {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 480usize {
            return Err("longer than 480 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for SmsNuevoMensaje {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for SmsNuevoMensaje {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for SmsNuevoMensaje {
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
///A customer's choice of messages.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct Suscripcion {
    pub cliente_id: ::uuid::Uuid,
    pub links: EnlacesRecurso,
    pub por_email: bool,
    pub por_sms: bool,
    pub recibe_notificaciones: bool,
}
///A customer's choice of messages.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct SuscripcionActualizacion {
    pub por_email: bool,
    pub por_sms: bool,
    ///The main switch; `false` means no messages by any channel.
    pub recibe_notificaciones: bool,
}
///Phone number, optionally with `+` and country code, digits only.
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct Telefono(::std::string::String);
impl ::std::ops::Deref for Telefono {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<Telefono> for ::std::string::String {
    fn from(value: Telefono) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for Telefono {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        { ::regress::Regex::new("^\\+?[0-9]{9,15}$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err("doesn't match pattern \"^\\+?[0-9]{9,15}$\"".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for Telefono {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for Telefono {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for Telefono {
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
