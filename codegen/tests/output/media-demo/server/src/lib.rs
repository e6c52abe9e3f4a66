// @generated from codegen/tests/fixtures/media-demo.yaml by `EXPECTORATE=overwrite cargo test -p taller-codegen --test snapshots`.
// Do not edit: change the spec or codegen/, then regenerate.

//! axum server stub of the `media-demo` service (Media demo): implement `MediaDemoApi` and serve `router(api)`.
#![allow(dead_code, clippy::large_enum_variant)]
use std::sync::Arc;
use ::axum::response::{IntoResponse, Response as HttpResponse};
#[allow(unused_imports)]
use ::taller_runtime::stub::{
    decode, decode_streamed, empty_response, event_stream_response, json_response,
    raw_response, respond, stream_response, with_header, with_optional_header,
    ByteStream, EventStream, RawBody,
};
use ::taller_runtime::contract::{Contract, Operation};
pub use ::taller_runtime::{ApiError, Problem, RequestContext};
mod contract;
pub use contract::CONTRACT_JSON;
/// Parameter and inline body types of the operations.
#[allow(clippy::all, dead_code, unused_imports)]
pub mod types {
    ///`AddAttachmentResponse201`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct AddAttachmentResponse201 {
        pub bytes: i64,
        pub title: ::std::string::String,
    }
    ///`DeleteItemPath`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct DeleteItemPath {
        pub item_id: ::std::num::NonZeroU64,
    }
    ///`DownloadFilePath`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct DownloadFilePath {
        pub name: ::std::string::String,
    }
    ///`GetArchivePath`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct GetArchivePath {
        pub format: GetArchivePathFormat,
        pub name: ::std::string::String,
    }
    ///`GetArchivePathFormat`
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
    pub enum GetArchivePathFormat {
        #[serde(rename = "zip")]
        Zip,
        #[serde(rename = "tar.gz")]
        TarGz,
    }
    impl ::std::fmt::Display for GetArchivePathFormat {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Zip => f.write_str("zip"),
                Self::TarGz => f.write_str("tar.gz"),
            }
        }
    }
    impl ::std::str::FromStr for GetArchivePathFormat {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "zip" => Ok(Self::Zip),
                "tar.gz" => Ok(Self::TarGz),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for GetArchivePathFormat {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for GetArchivePathFormat {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`GetArchiveResponse200`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct GetArchiveResponse200 {
        pub format: ::std::string::String,
        pub name: ::std::string::String,
    }
    ///`GetExportCsvPath`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct GetExportCsvPath {
        pub id: i64,
    }
    ///`GetExportJsonPath`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct GetExportJsonPath {
        pub id: i64,
    }
    ///`GetExportPath`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct GetExportPath {
        pub name: ::std::string::String,
    }
    ///`GetGroupsQuery`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct GetGroupsQuery {
        pub group: ::std::string::String,
        #[serde(
            rename = "_group",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub group_2: ::std::option::Option<::std::string::String>,
    }
    ///`GetItemPath`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct GetItemPath {
        pub id: ::std::num::NonZeroU64,
    }
    ///`GetItemResponse202`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct GetItemResponse202 {
        pub retry_after: i64,
    }
    ///`GetReportHeaders`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct GetReportHeaders {
        #[serde(
            rename = "X-Trace-Ids",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub x_trace_ids: ::std::vec::Vec<i64>,
    }
    ///`GetReportQuery`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct GetReportQuery {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub filter: ::std::option::Option<GetReportQueryFilter>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub tags: ::std::vec::Vec<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub window: ::std::option::Option<GetReportQueryWindow>,
    }
    ///`GetReportQueryFilter`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct GetReportQueryFilter {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub color: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub size: ::std::option::Option<i64>,
    }
    ///`GetReportQueryWindow`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct GetReportQueryWindow {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub from: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub to: ::std::option::Option<i64>,
    }
    ///`GetReportResponse200`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct GetReportResponse200 {
        #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
        pub filter: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub tags: ::std::vec::Vec<::std::string::String>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub trace_ids: ::std::vec::Vec<i64>,
        #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
        pub window: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`GetSessionCookies`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct GetSessionCookies {
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub flags: ::std::vec::Vec<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub session: ::std::option::Option<::std::string::String>,
    }
    ///`GetSessionResponse200`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct GetSessionResponse200 {
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub flags: ::std::vec::Vec<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub session: ::std::option::Option<::std::string::String>,
    }
    ///`GetShelvesPath`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct GetShelvesPath {
        pub ids: ::std::vec::Vec<i64>,
        pub spot: ::std::num::NonZeroU64,
    }
    ///`GetShelvesResponse200`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct GetShelvesResponse200 {
        pub ids: ::std::vec::Vec<i64>,
        pub spot: i64,
    }
    ///`ListCallsPath`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ListCallsPath {
        pub ext: ListCallsPathExt,
    }
    ///`ListCallsPathExt`
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
    pub enum ListCallsPathExt {
        #[serde(rename = ".json")]
        Json,
        #[serde(rename = ".csv")]
        Csv,
    }
    impl ::std::fmt::Display for ListCallsPathExt {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Json => f.write_str(".json"),
                Self::Csv => f.write_str(".csv"),
            }
        }
    }
    impl ::std::str::FromStr for ListCallsPathExt {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                ".json" => Ok(Self::Json),
                ".csv" => Ok(Self::Csv),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ListCallsPathExt {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListCallsPathExt {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`PostGroupsQuery`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct PostGroupsQuery {
        #[serde(
            rename = "_group",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub group: ::std::option::Option<::std::string::String>,
    }
    ///`PutFileContentPath`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct PutFileContentPath {
        pub name: ::std::string::String,
    }
    ///`PutFileContentResponse200`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct PutFileContentResponse200 {
        pub size: i64,
    }
    ///`UploadFileResponse201`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct UploadFileResponse201 {
        pub content_type: ::std::string::String,
        pub size: i64,
    }
    ///`WatchItemsQuery`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct WatchItemsQuery {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub count: ::std::option::Option<::std::num::NonZeroU64>,
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
/// The request of `getArchive` (GET /archive/{name}.{format}), validated against the contract.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize)]
pub struct GetArchiveRequest {
    /// The path parameters.
    pub path: types::GetArchivePath,
}
/// Every response `getArchive` declares, one variant per status.
#[must_use]
#[derive(Debug, Clone, PartialEq)]
pub enum GetArchiveResponse {
    /// The path as read.
    Ok200(types::GetArchiveResponse200),
}
impl IntoResponse for GetArchiveResponse {
    fn into_response(self) -> HttpResponse {
        match self {
            Self::Ok200(body) => json_response(200u16, "application/json", &body),
        }
    }
}
/// The request of `addAttachment` (POST /attachments), validated against the contract.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize)]
pub struct AddAttachmentRequest {
    /// The request body as received, when sent as multipart/form-data (validated against the contract when JSON is among them only).
    #[serde(skip)]
    pub raw_body: ::std::option::Option<RawBody>,
}
/// Every response `addAttachment` declares, one variant per status.
#[must_use]
#[derive(Debug, Clone, PartialEq)]
pub enum AddAttachmentResponse {
    /// Stored.
    Created201(types::AddAttachmentResponse201),
    /// Nothing to store.
    NoContent204,
}
impl IntoResponse for AddAttachmentResponse {
    fn into_response(self) -> HttpResponse {
        match self {
            Self::Created201(body) => json_response(201u16, "application/json", &body),
            Self::NoContent204 => empty_response(204u16),
        }
    }
}
/// The request of `listCalls` (GET /calls{ext}), validated against the contract.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize)]
pub struct ListCallsRequest {
    /// The path parameters.
    pub path: types::ListCallsPath,
}
/// Every response `listCalls` declares, one variant per status.
#[must_use]
#[derive(Debug, Clone, PartialEq)]
pub enum ListCallsResponse {
    /// The extension as read.
    ///
    /// The body's content type is the implementation's to set: text/plain.
    Ok200(RawBody),
}
impl IntoResponse for ListCallsResponse {
    fn into_response(self) -> HttpResponse {
        match self {
            Self::Ok200(body) => raw_response(200u16, body),
        }
    }
}
/// The request of `watchItems` (GET /events), validated against the contract.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize)]
pub struct WatchItemsRequest {
    /// The query parameters.
    pub query: types::WatchItemsQuery,
}
/// Every response `watchItems` declares, one variant per status.
#[must_use]
#[derive(Debug)]
pub enum WatchItemsResponse {
    /// Items as they change.
    ///
    /// Server-sent events (`text/event-stream`), sent as they are produced.
    Ok200(EventStream<::media_demo_types::Item>),
}
impl IntoResponse for WatchItemsResponse {
    fn into_response(self) -> HttpResponse {
        match self {
            Self::Ok200(body) => event_stream_response(200u16, body),
        }
    }
}
/// The request of `getExportCsv` (GET /exports/{id}.csv), validated against the contract.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize)]
pub struct GetExportCsvRequest {
    /// The path parameters.
    pub path: types::GetExportCsvPath,
}
/// Every response `getExportCsv` declares, one variant per status.
#[must_use]
#[derive(Debug, Clone, PartialEq)]
pub enum GetExportCsvResponse {
    /// Which operation answered.
    ///
    /// The body's content type is the implementation's to set: text/plain.
    Ok200(RawBody),
}
impl IntoResponse for GetExportCsvResponse {
    fn into_response(self) -> HttpResponse {
        match self {
            Self::Ok200(body) => raw_response(200u16, body),
        }
    }
}
/// The request of `getExportJson` (GET /exports/{id}.json), validated against the contract.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize)]
pub struct GetExportJsonRequest {
    /// The path parameters.
    pub path: types::GetExportJsonPath,
}
/// Every response `getExportJson` declares, one variant per status.
#[must_use]
#[derive(Debug, Clone, PartialEq)]
pub enum GetExportJsonResponse {
    /// Which operation answered.
    ///
    /// The body's content type is the implementation's to set: text/plain.
    Ok200(RawBody),
}
impl IntoResponse for GetExportJsonResponse {
    fn into_response(self) -> HttpResponse {
        match self {
            Self::Ok200(body) => raw_response(200u16, body),
        }
    }
}
/// The request of `getExport` (GET /exports/{name}), validated against the contract.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize)]
pub struct GetExportRequest {
    /// The path parameters.
    pub path: types::GetExportPath,
}
/// Every response `getExport` declares, one variant per status.
#[must_use]
#[derive(Debug, Clone, PartialEq)]
pub enum GetExportResponse {
    /// Which operation answered.
    ///
    /// The body's content type is the implementation's to set: text/plain.
    Ok200(RawBody),
}
impl IntoResponse for GetExportResponse {
    fn into_response(self) -> HttpResponse {
        match self {
            Self::Ok200(body) => raw_response(200u16, body),
        }
    }
}
/// The request of `upload.file` (POST /files), validated against the contract.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize)]
pub struct UploadFileRequest {
    /// The request body as received, when sent as application/octet-stream, multipart/form-data (validated against the contract when JSON is among them only).
    #[serde(skip)]
    pub raw_body: ::std::option::Option<RawBody>,
}
/// Every response `upload.file` declares, one variant per status.
#[must_use]
#[derive(Debug, Clone, PartialEq)]
pub enum UploadFileResponse {
    /// Stored.
    Created201(types::UploadFileResponse201),
}
impl IntoResponse for UploadFileResponse {
    fn into_response(self) -> HttpResponse {
        match self {
            Self::Created201(body) => json_response(201u16, "application/json", &body),
        }
    }
}
/// The request of `downloadFile` (GET /files/{name}), validated against the contract.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize)]
pub struct DownloadFileRequest {
    /// The path parameters.
    pub path: types::DownloadFilePath,
}
/// Every response `downloadFile` declares, one variant per status.
#[must_use]
#[derive(Debug)]
pub enum DownloadFileResponse {
    /// The file's bytes.
    ///
    /// Streamed as it is produced; the content type is the implementation's to set: application/octet-stream.
    Ok200(ByteStream),
    /// No such file.
    ///
    /// The body's content type is the implementation's to set: text/plain.
    NotFound404(RawBody),
}
impl IntoResponse for DownloadFileResponse {
    fn into_response(self) -> HttpResponse {
        match self {
            Self::Ok200(body) => stream_response(200u16, body),
            Self::NotFound404(body) => raw_response(404u16, body),
        }
    }
}
/// The request of `putFileContent` (PUT /files/{name}/content), validated against the contract.
#[derive(Debug, ::serde::Deserialize)]
pub struct PutFileContentRequest {
    /// The path parameters.
    pub path: types::PutFileContentPath,
    /// The request body as it arrives, when sent (application/octet-stream); never read whole by the server.
    #[serde(skip)]
    pub body: ::std::option::Option<ByteStream>,
}
/// Every response `putFileContent` declares, one variant per status.
#[must_use]
#[derive(Debug, Clone, PartialEq)]
pub enum PutFileContentResponse {
    /// How many bytes were stored.
    Ok200(types::PutFileContentResponse200),
}
impl IntoResponse for PutFileContentResponse {
    fn into_response(self) -> HttpResponse {
        match self {
            Self::Ok200(body) => json_response(200u16, "application/json", &body),
        }
    }
}
/// The request of `submitForm` (POST /forms), validated against the contract.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize)]
pub struct SubmitFormRequest {
    /// The request body as received, when sent as application/x-www-form-urlencoded (validated against the contract when JSON is among them only).
    #[serde(skip)]
    pub raw_body: ::std::option::Option<RawBody>,
}
/// Every response `submitForm` declares, one variant per status.
#[must_use]
#[derive(Debug, Clone, PartialEq)]
pub enum SubmitFormResponse {
    /// What was read.
    ///
    /// The body's content type is the implementation's to set: text/plain.
    Ok200(RawBody),
}
impl IntoResponse for SubmitFormResponse {
    fn into_response(self) -> HttpResponse {
        match self {
            Self::Ok200(body) => raw_response(200u16, body),
        }
    }
}
/// The request of `getGroups` (GET /groups), validated against the contract.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize)]
pub struct GetGroupsRequest {
    /// The query parameters.
    pub query: types::GetGroupsQuery,
}
/// Every response `getGroups` declares, one variant per status.
#[must_use]
#[derive(Debug, Clone, PartialEq)]
pub enum GetGroupsResponse {
    /// The parameters as read.
    Ok200(::media_demo_types::Linked),
}
impl IntoResponse for GetGroupsResponse {
    fn into_response(self) -> HttpResponse {
        match self {
            Self::Ok200(body) => json_response(200u16, "application/json", &body),
        }
    }
}
/// The request of `postGroups` (POST /groups), validated against the contract.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize)]
pub struct PostGroupsRequest {
    /// The query parameters.
    pub query: types::PostGroupsQuery,
}
/// Every response `postGroups` declares, one variant per status.
#[must_use]
#[derive(Debug, Clone, PartialEq)]
pub enum PostGroupsResponse {
    /// The parameter as read.
    ///
    /// The body's content type is the implementation's to set: text/plain.
    Ok200(RawBody),
}
impl IntoResponse for PostGroupsResponse {
    fn into_response(self) -> HttpResponse {
        match self {
            Self::Ok200(body) => raw_response(200u16, body),
        }
    }
}
/// The request of `getItem` (GET /items/{id}), validated against the contract.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize)]
pub struct GetItemRequest {
    /// The path parameters.
    pub path: types::GetItemPath,
}
/// Every response `getItem` declares, one variant per status.
#[must_use]
#[derive(Debug, Clone, PartialEq)]
pub enum GetItemResponse {
    /// The item.
    Ok200(::media_demo_types::Item),
    /// Still being prepared.
    Accepted202(types::GetItemResponse202),
    /// Anything else.
    Default {
        /// The status code sent.
        status: u16,
        /// The response body.
        body: ::media_demo_types::Error,
    },
}
impl IntoResponse for GetItemResponse {
    fn into_response(self) -> HttpResponse {
        match self {
            Self::Ok200(body) => json_response(200u16, "application/json", &body),
            Self::Accepted202(body) => json_response(202u16, "application/json", &body),
            Self::Default { status, body } => {
                json_response(status, "application/problem+json", &body)
            }
        }
    }
}
/// The request of `deleteItem` (DELETE /items/{item_id}), validated against the contract.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize)]
pub struct DeleteItemRequest {
    /// The path parameters.
    pub path: types::DeleteItemPath,
}
/// Every response `deleteItem` declares, one variant per status.
#[must_use]
#[derive(Debug, Clone, PartialEq)]
pub enum DeleteItemResponse {
    /// Deleted.
    NoContent204,
    /// No such item.
    NotFound404,
}
impl IntoResponse for DeleteItemResponse {
    fn into_response(self) -> HttpResponse {
        match self {
            Self::NoContent204 => empty_response(204u16),
            Self::NotFound404 => empty_response(404u16),
        }
    }
}
/// The request of `ping` (POST /ping), validated against the contract.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize)]
pub struct PingRequest {}
/// Every response `ping` declares, one variant per status.
#[must_use]
#[derive(Debug, Clone, PartialEq)]
pub enum PingResponse {
    /// Any answer: the contract declares none.
    Default {
        /// The status code sent.
        status: u16,
    },
}
impl IntoResponse for PingResponse {
    fn into_response(self) -> HttpResponse {
        match self {
            Self::Default { status } => empty_response(status),
        }
    }
}
/// The request of `getReport` (GET /reports), validated against the contract.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize)]
pub struct GetReportRequest {
    /// The query parameters.
    pub query: types::GetReportQuery,
    /// The header parameters.
    pub headers: types::GetReportHeaders,
}
/// Every response `getReport` declares, one variant per status.
#[must_use]
#[derive(Debug, Clone, PartialEq)]
pub enum GetReportResponse {
    /// The parameters as read.
    Ok200(types::GetReportResponse200),
    /// A refused request.
    ClientError4XX {
        /// The status code sent.
        status: u16,
        /// The response body.
        body: ::media_demo_types::Error,
    },
}
impl IntoResponse for GetReportResponse {
    fn into_response(self) -> HttpResponse {
        match self {
            Self::Ok200(body) => json_response(200u16, "application/json", &body),
            Self::ClientError4XX { status, body } => {
                json_response(status, "application/problem+json", &body)
            }
        }
    }
}
/// The request of `get_session` (GET /session), validated against the contract.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize)]
pub struct GetSessionRequest {
    /// The cookie parameters.
    pub cookies: types::GetSessionCookies,
}
/// Every response `get_session` declares, one variant per status.
#[must_use]
#[derive(Debug, Clone, PartialEq)]
pub enum GetSessionResponse {
    /// The cookies as read.
    Ok200(types::GetSessionResponse200),
}
impl IntoResponse for GetSessionResponse {
    fn into_response(self) -> HttpResponse {
        match self {
            Self::Ok200(body) => json_response(200u16, "application/json", &body),
        }
    }
}
/// The request of `getShelves` (GET /shelves/{ids}/{spot}), validated against the contract.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize)]
pub struct GetShelvesRequest {
    /// The path parameters.
    pub path: types::GetShelvesPath,
}
/// Every response `getShelves` declares, one variant per status.
#[must_use]
#[derive(Debug, Clone, PartialEq)]
pub enum GetShelvesResponse {
    /// The path as read.
    Ok200(types::GetShelvesResponse200),
}
impl IntoResponse for GetShelvesResponse {
    fn into_response(self) -> HttpResponse {
        match self {
            Self::Ok200(body) => json_response(200u16, "application/json", &body),
        }
    }
}
/// The `media-demo` service as a trait: implement it and hand it to [`router`].
///
/// Each method receives the request's context and its typed request, already validated
/// against the contract, and returns one of the operation's declared responses or an
/// error: `?` works on [`Self::Error`], answered as the problem it names when the
/// operation declares its status, otherwise as the 500 every operation declares.
pub trait MediaDemoApi: Send + Sync + 'static {
    /// The implementation's error (see [`ApiError`]); `std::convert::Infallible` when
    /// nothing can fail, [`Problem`] to answer problems directly.
    type Error: ApiError;
    /// Two parameters in one segment, split by the format's enum.
    fn get_archive(
        &self,
        context: RequestContext,
        request: GetArchiveRequest,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<GetArchiveResponse, Self::Error>,
    > + Send;
    /// addAttachment
    fn add_attachment(
        &self,
        context: RequestContext,
        request: AddAttachmentRequest,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<AddAttachmentResponse, Self::Error>,
    > + Send;
    /// listCalls
    fn list_calls(
        &self,
        context: RequestContext,
        request: ListCallsRequest,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<ListCallsResponse, Self::Error>,
    > + Send;
    /// watchItems
    fn watch_items(
        &self,
        context: RequestContext,
        request: WatchItemsRequest,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<WatchItemsResponse, Self::Error>,
    > + Send;
    /// getExportCsv
    fn get_export_csv(
        &self,
        context: RequestContext,
        request: GetExportCsvRequest,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<GetExportCsvResponse, Self::Error>,
    > + Send;
    /// One route with /exports/{id}.csv and /exports/{name}, told apart by the text.
    fn get_export_json(
        &self,
        context: RequestContext,
        request: GetExportJsonRequest,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<GetExportJsonResponse, Self::Error>,
    > + Send;
    /// getExport
    fn get_export(
        &self,
        context: RequestContext,
        request: GetExportRequest,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<GetExportResponse, Self::Error>,
    > + Send;
    /// upload.file
    fn upload_file(
        &self,
        context: RequestContext,
        request: UploadFileRequest,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<UploadFileResponse, Self::Error>,
    > + Send;
    /// downloadFile
    fn download_file(
        &self,
        context: RequestContext,
        request: DownloadFileRequest,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<DownloadFileResponse, Self::Error>,
    > + Send;
    /// putFileContent
    fn put_file_content(
        &self,
        context: RequestContext,
        request: PutFileContentRequest,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<PutFileContentResponse, Self::Error>,
    > + Send;
    /// submitForm
    fn submit_form(
        &self,
        context: RequestContext,
        request: SubmitFormRequest,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<SubmitFormResponse, Self::Error>,
    > + Send;
    /// Two query parameters of one Rust name (rclone's `_group` beside `group`).
    fn get_groups(
        &self,
        context: RequestContext,
        request: GetGroupsRequest,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<GetGroupsResponse, Self::Error>,
    > + Send;
    /// The path item's `_group` alone, under its own Rust name.
    fn post_groups(
        &self,
        context: RequestContext,
        request: PostGroupsRequest,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<PostGroupsResponse, Self::Error>,
    > + Send;
    /// getItem
    fn get_item(
        &self,
        context: RequestContext,
        request: GetItemRequest,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<GetItemResponse, Self::Error>,
    > + Send;
    /// The route of /items/{id} with another parameter name. OpenAPI calls such templates one and the same; real-world contracts have them, each method on one of them.
    fn delete_item(
        &self,
        context: RequestContext,
        request: DeleteItemRequest,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<DeleteItemResponse, Self::Error>,
    > + Send;
    /// OpenAPI 3.1 lets an operation declare no response.
    fn ping(
        &self,
        context: RequestContext,
        request: PingRequest,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<PingResponse, Self::Error>,
    > + Send;
    /// Parameters in styles progenitor does not write, echoed as read.
    fn get_report(
        &self,
        context: RequestContext,
        request: GetReportRequest,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<GetReportResponse, Self::Error>,
    > + Send;
    /// get_session
    fn get_session(
        &self,
        context: RequestContext,
        request: GetSessionRequest,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<GetSessionResponse, Self::Error>,
    > + Send;
    /// getShelves
    fn get_shelves(
        &self,
        context: RequestContext,
        request: GetShelvesRequest,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<GetShelvesResponse, Self::Error>,
    > + Send;
}
struct Shared<A> {
    api: A,
    operations: [Arc<Operation>; 19usize],
}
/// Every route of the contract, served by `api`. Unknown paths answer a problem+json 404,
/// known paths with an undeclared method a problem+json 405.
pub fn router<A: MediaDemoApi>(api: A) -> ::axum::Router {
    let contract = Contract::from_json(CONTRACT_JSON)
        .expect("the embedded contract is the one codegen checked");
    let operations = [
        contract
            .operation("getArchive")
            .expect("every operation of the contract is known"),
        contract
            .operation("addAttachment")
            .expect("every operation of the contract is known"),
        contract
            .operation("listCalls")
            .expect("every operation of the contract is known"),
        contract
            .operation("watchItems")
            .expect("every operation of the contract is known"),
        contract
            .operation("getExportCsv")
            .expect("every operation of the contract is known"),
        contract
            .operation("getExportJson")
            .expect("every operation of the contract is known"),
        contract
            .operation("getExport")
            .expect("every operation of the contract is known"),
        contract
            .operation("upload.file")
            .expect("every operation of the contract is known"),
        contract
            .operation("downloadFile")
            .expect("every operation of the contract is known"),
        contract
            .operation("putFileContent")
            .expect("every operation of the contract is known"),
        contract
            .operation("submitForm")
            .expect("every operation of the contract is known"),
        contract
            .operation("getGroups")
            .expect("every operation of the contract is known"),
        contract
            .operation("postGroups")
            .expect("every operation of the contract is known"),
        contract.operation("getItem").expect("every operation of the contract is known"),
        contract
            .operation("deleteItem")
            .expect("every operation of the contract is known"),
        contract.operation("ping").expect("every operation of the contract is known"),
        contract
            .operation("getReport")
            .expect("every operation of the contract is known"),
        contract
            .operation("get_session")
            .expect("every operation of the contract is known"),
        contract
            .operation("getShelves")
            .expect("every operation of the contract is known"),
    ];
    let shared = Arc::new(Shared { api, operations });
    let routes = ::axum::Router::new();
    let routes = routes
        .route(
            "/archive/{__seg2}",
            ::axum::routing::MethodRouter::new()
                .get(handle_get_archive::<A>)
                .fallback(|| async {
                    Problem::method_not_allowed(&[::axum::http::Method::GET])
                }),
        );
    let routes = routes
        .route(
            "/attachments",
            ::axum::routing::MethodRouter::new()
                .post(handle_add_attachment::<A>)
                .fallback(|| async {
                    Problem::method_not_allowed(&[::axum::http::Method::POST])
                }),
        );
    let routes = routes
        .route(
            "/calls{ext}",
            ::axum::routing::MethodRouter::new()
                .get(handle_list_calls::<A>)
                .fallback(|| async {
                    Problem::method_not_allowed(&[::axum::http::Method::GET])
                }),
        );
    let routes = routes
        .route(
            "/events",
            ::axum::routing::MethodRouter::new()
                .get(handle_watch_items::<A>)
                .fallback(|| async {
                    Problem::method_not_allowed(&[::axum::http::Method::GET])
                }),
        );
    let routes = routes
        .route(
            "/exports/{__seg2}",
            ::axum::routing::MethodRouter::new()
                .get(dispatch_get_4::<A>)
                .fallback(|| async {
                    Problem::method_not_allowed(&[::axum::http::Method::GET])
                }),
        );
    let routes = routes
        .route(
            "/files",
            ::axum::routing::MethodRouter::new()
                .post(handle_upload_file::<A>)
                .fallback(|| async {
                    Problem::method_not_allowed(&[::axum::http::Method::POST])
                }),
        );
    let routes = routes
        .route(
            "/files/{name}",
            ::axum::routing::MethodRouter::new()
                .get(handle_download_file::<A>)
                .fallback(|| async {
                    Problem::method_not_allowed(&[::axum::http::Method::GET])
                }),
        );
    let routes = routes
        .route(
            "/files/{name}/content",
            ::axum::routing::MethodRouter::new()
                .put(handle_put_file_content::<A>)
                .fallback(|| async {
                    Problem::method_not_allowed(&[::axum::http::Method::PUT])
                }),
        );
    let routes = routes
        .route(
            "/forms",
            ::axum::routing::MethodRouter::new()
                .post(handle_submit_form::<A>)
                .fallback(|| async {
                    Problem::method_not_allowed(&[::axum::http::Method::POST])
                }),
        );
    let routes = routes
        .route(
            "/groups",
            ::axum::routing::MethodRouter::new()
                .get(handle_get_groups::<A>)
                .post(handle_post_groups::<A>)
                .fallback(|| async {
                    Problem::method_not_allowed(
                        &[::axum::http::Method::GET, ::axum::http::Method::POST],
                    )
                }),
        );
    let routes = routes
        .route(
            "/items/{id}",
            ::axum::routing::MethodRouter::new()
                .get(handle_get_item::<A>)
                .delete(handle_delete_item::<A>)
                .fallback(|| async {
                    Problem::method_not_allowed(
                        &[::axum::http::Method::GET, ::axum::http::Method::DELETE],
                    )
                }),
        );
    let routes = routes
        .route(
            "/ping",
            ::axum::routing::MethodRouter::new()
                .post(handle_ping::<A>)
                .fallback(|| async {
                    Problem::method_not_allowed(&[::axum::http::Method::POST])
                }),
        );
    let routes = routes
        .route(
            "/reports",
            ::axum::routing::MethodRouter::new()
                .get(handle_get_report::<A>)
                .fallback(|| async {
                    Problem::method_not_allowed(&[::axum::http::Method::GET])
                }),
        );
    let routes = routes
        .route(
            "/session",
            ::axum::routing::MethodRouter::new()
                .get(handle_get_session::<A>)
                .fallback(|| async {
                    Problem::method_not_allowed(&[::axum::http::Method::GET])
                }),
        );
    let routes = routes
        .route(
            "/shelves/{ids}/{spot}",
            ::axum::routing::MethodRouter::new()
                .get(handle_get_shelves::<A>)
                .fallback(|| async {
                    Problem::method_not_allowed(&[::axum::http::Method::GET])
                }),
        );
    routes
        .fallback(|uri: ::axum::http::Uri| async move { Problem::not_found(uri.path()) })
        .with_state(shared)
}
async fn handle_get_archive<A: MediaDemoApi>(
    ::axum::extract::State(shared): ::axum::extract::State<Arc<Shared<A>>>,
    request: ::axum::extract::Request,
) -> HttpResponse {
    let operation = &shared.operations[0usize];
    let decoded = match decode::<
        GetArchiveRequest,
        _,
    >(operation, request, &::taller_runtime::stub::NoSecurity)
        .await
    {
        Ok(decoded) => decoded,
        Err(problem) => return problem.into_response(),
    };
    let uri = decoded.context.uri().clone();
    let request = decoded.request;
    respond(operation, &uri, shared.api.get_archive(decoded.context, request).await)
}
async fn handle_add_attachment<A: MediaDemoApi>(
    ::axum::extract::State(shared): ::axum::extract::State<Arc<Shared<A>>>,
    request: ::axum::extract::Request,
) -> HttpResponse {
    let operation = &shared.operations[1usize];
    let decoded = match decode::<
        AddAttachmentRequest,
        _,
    >(operation, request, &::taller_runtime::stub::NoSecurity)
        .await
    {
        Ok(decoded) => decoded,
        Err(problem) => return problem.into_response(),
    };
    let uri = decoded.context.uri().clone();
    let mut request = decoded.request;
    request.raw_body = decoded.raw_body;
    respond(operation, &uri, shared.api.add_attachment(decoded.context, request).await)
}
async fn handle_list_calls<A: MediaDemoApi>(
    ::axum::extract::State(shared): ::axum::extract::State<Arc<Shared<A>>>,
    request: ::axum::extract::Request,
) -> HttpResponse {
    let operation = &shared.operations[2usize];
    let decoded = match decode::<
        ListCallsRequest,
        _,
    >(operation, request, &::taller_runtime::stub::NoSecurity)
        .await
    {
        Ok(decoded) => decoded,
        Err(problem) => return problem.into_response(),
    };
    let uri = decoded.context.uri().clone();
    let request = decoded.request;
    respond(operation, &uri, shared.api.list_calls(decoded.context, request).await)
}
async fn handle_watch_items<A: MediaDemoApi>(
    ::axum::extract::State(shared): ::axum::extract::State<Arc<Shared<A>>>,
    request: ::axum::extract::Request,
) -> HttpResponse {
    let operation = &shared.operations[3usize];
    let decoded = match decode::<
        WatchItemsRequest,
        _,
    >(operation, request, &::taller_runtime::stub::NoSecurity)
        .await
    {
        Ok(decoded) => decoded,
        Err(problem) => return problem.into_response(),
    };
    let uri = decoded.context.uri().clone();
    let request = decoded.request;
    respond(operation, &uri, shared.api.watch_items(decoded.context, request).await)
}
async fn handle_get_export_csv<A: MediaDemoApi>(
    ::axum::extract::State(shared): ::axum::extract::State<Arc<Shared<A>>>,
    request: ::axum::extract::Request,
) -> HttpResponse {
    let operation = &shared.operations[4usize];
    let decoded = match decode::<
        GetExportCsvRequest,
        _,
    >(operation, request, &::taller_runtime::stub::NoSecurity)
        .await
    {
        Ok(decoded) => decoded,
        Err(problem) => return problem.into_response(),
    };
    let uri = decoded.context.uri().clone();
    let request = decoded.request;
    respond(operation, &uri, shared.api.get_export_csv(decoded.context, request).await)
}
async fn handle_get_export_json<A: MediaDemoApi>(
    ::axum::extract::State(shared): ::axum::extract::State<Arc<Shared<A>>>,
    request: ::axum::extract::Request,
) -> HttpResponse {
    let operation = &shared.operations[5usize];
    let decoded = match decode::<
        GetExportJsonRequest,
        _,
    >(operation, request, &::taller_runtime::stub::NoSecurity)
        .await
    {
        Ok(decoded) => decoded,
        Err(problem) => return problem.into_response(),
    };
    let uri = decoded.context.uri().clone();
    let request = decoded.request;
    respond(operation, &uri, shared.api.get_export_json(decoded.context, request).await)
}
async fn handle_get_export<A: MediaDemoApi>(
    ::axum::extract::State(shared): ::axum::extract::State<Arc<Shared<A>>>,
    request: ::axum::extract::Request,
) -> HttpResponse {
    let operation = &shared.operations[6usize];
    let decoded = match decode::<
        GetExportRequest,
        _,
    >(operation, request, &::taller_runtime::stub::NoSecurity)
        .await
    {
        Ok(decoded) => decoded,
        Err(problem) => return problem.into_response(),
    };
    let uri = decoded.context.uri().clone();
    let request = decoded.request;
    respond(operation, &uri, shared.api.get_export(decoded.context, request).await)
}
async fn handle_upload_file<A: MediaDemoApi>(
    ::axum::extract::State(shared): ::axum::extract::State<Arc<Shared<A>>>,
    request: ::axum::extract::Request,
) -> HttpResponse {
    let operation = &shared.operations[7usize];
    let decoded = match decode::<
        UploadFileRequest,
        _,
    >(operation, request, &::taller_runtime::stub::NoSecurity)
        .await
    {
        Ok(decoded) => decoded,
        Err(problem) => return problem.into_response(),
    };
    let uri = decoded.context.uri().clone();
    let mut request = decoded.request;
    request.raw_body = decoded.raw_body;
    respond(operation, &uri, shared.api.upload_file(decoded.context, request).await)
}
async fn handle_download_file<A: MediaDemoApi>(
    ::axum::extract::State(shared): ::axum::extract::State<Arc<Shared<A>>>,
    request: ::axum::extract::Request,
) -> HttpResponse {
    let operation = &shared.operations[8usize];
    let decoded = match decode::<
        DownloadFileRequest,
        _,
    >(operation, request, &::taller_runtime::stub::NoSecurity)
        .await
    {
        Ok(decoded) => decoded,
        Err(problem) => return problem.into_response(),
    };
    let uri = decoded.context.uri().clone();
    let request = decoded.request;
    respond(operation, &uri, shared.api.download_file(decoded.context, request).await)
}
async fn handle_put_file_content<A: MediaDemoApi>(
    ::axum::extract::State(shared): ::axum::extract::State<Arc<Shared<A>>>,
    request: ::axum::extract::Request,
) -> HttpResponse {
    let operation = &shared.operations[9usize];
    let decoded = match decode_streamed::<
        PutFileContentRequest,
        _,
    >(operation, request, &::taller_runtime::stub::NoSecurity)
        .await
    {
        Ok(decoded) => decoded,
        Err(problem) => return problem.into_response(),
    };
    let uri = decoded.context.uri().clone();
    let mut request = decoded.request;
    request.body = decoded.body;
    respond(operation, &uri, shared.api.put_file_content(decoded.context, request).await)
}
async fn handle_submit_form<A: MediaDemoApi>(
    ::axum::extract::State(shared): ::axum::extract::State<Arc<Shared<A>>>,
    request: ::axum::extract::Request,
) -> HttpResponse {
    let operation = &shared.operations[10usize];
    let decoded = match decode::<
        SubmitFormRequest,
        _,
    >(operation, request, &::taller_runtime::stub::NoSecurity)
        .await
    {
        Ok(decoded) => decoded,
        Err(problem) => return problem.into_response(),
    };
    let uri = decoded.context.uri().clone();
    let mut request = decoded.request;
    request.raw_body = decoded.raw_body;
    respond(operation, &uri, shared.api.submit_form(decoded.context, request).await)
}
async fn handle_get_groups<A: MediaDemoApi>(
    ::axum::extract::State(shared): ::axum::extract::State<Arc<Shared<A>>>,
    request: ::axum::extract::Request,
) -> HttpResponse {
    let operation = &shared.operations[11usize];
    let decoded = match decode::<
        GetGroupsRequest,
        _,
    >(operation, request, &::taller_runtime::stub::NoSecurity)
        .await
    {
        Ok(decoded) => decoded,
        Err(problem) => return problem.into_response(),
    };
    let uri = decoded.context.uri().clone();
    let request = decoded.request;
    respond(operation, &uri, shared.api.get_groups(decoded.context, request).await)
}
async fn handle_post_groups<A: MediaDemoApi>(
    ::axum::extract::State(shared): ::axum::extract::State<Arc<Shared<A>>>,
    request: ::axum::extract::Request,
) -> HttpResponse {
    let operation = &shared.operations[12usize];
    let decoded = match decode::<
        PostGroupsRequest,
        _,
    >(operation, request, &::taller_runtime::stub::NoSecurity)
        .await
    {
        Ok(decoded) => decoded,
        Err(problem) => return problem.into_response(),
    };
    let uri = decoded.context.uri().clone();
    let request = decoded.request;
    respond(operation, &uri, shared.api.post_groups(decoded.context, request).await)
}
async fn handle_get_item<A: MediaDemoApi>(
    ::axum::extract::State(shared): ::axum::extract::State<Arc<Shared<A>>>,
    request: ::axum::extract::Request,
) -> HttpResponse {
    let operation = &shared.operations[13usize];
    let decoded = match decode::<
        GetItemRequest,
        _,
    >(operation, request, &::taller_runtime::stub::NoSecurity)
        .await
    {
        Ok(decoded) => decoded,
        Err(problem) => return problem.into_response(),
    };
    let uri = decoded.context.uri().clone();
    let request = decoded.request;
    respond(operation, &uri, shared.api.get_item(decoded.context, request).await)
}
async fn handle_delete_item<A: MediaDemoApi>(
    ::axum::extract::State(shared): ::axum::extract::State<Arc<Shared<A>>>,
    request: ::axum::extract::Request,
) -> HttpResponse {
    let operation = &shared.operations[14usize];
    let decoded = match decode::<
        DeleteItemRequest,
        _,
    >(operation, request, &::taller_runtime::stub::NoSecurity)
        .await
    {
        Ok(decoded) => decoded,
        Err(problem) => return problem.into_response(),
    };
    let uri = decoded.context.uri().clone();
    let request = decoded.request;
    respond(operation, &uri, shared.api.delete_item(decoded.context, request).await)
}
async fn handle_ping<A: MediaDemoApi>(
    ::axum::extract::State(shared): ::axum::extract::State<Arc<Shared<A>>>,
    request: ::axum::extract::Request,
) -> HttpResponse {
    let operation = &shared.operations[15usize];
    let decoded = match decode::<
        PingRequest,
        _,
    >(operation, request, &::taller_runtime::stub::NoSecurity)
        .await
    {
        Ok(decoded) => decoded,
        Err(problem) => return problem.into_response(),
    };
    let uri = decoded.context.uri().clone();
    let request = decoded.request;
    respond(operation, &uri, shared.api.ping(decoded.context, request).await)
}
async fn handle_get_report<A: MediaDemoApi>(
    ::axum::extract::State(shared): ::axum::extract::State<Arc<Shared<A>>>,
    request: ::axum::extract::Request,
) -> HttpResponse {
    let operation = &shared.operations[16usize];
    let decoded = match decode::<
        GetReportRequest,
        _,
    >(operation, request, &::taller_runtime::stub::NoSecurity)
        .await
    {
        Ok(decoded) => decoded,
        Err(problem) => return problem.into_response(),
    };
    let uri = decoded.context.uri().clone();
    let request = decoded.request;
    respond(operation, &uri, shared.api.get_report(decoded.context, request).await)
}
async fn handle_get_session<A: MediaDemoApi>(
    ::axum::extract::State(shared): ::axum::extract::State<Arc<Shared<A>>>,
    request: ::axum::extract::Request,
) -> HttpResponse {
    let operation = &shared.operations[17usize];
    let decoded = match decode::<
        GetSessionRequest,
        _,
    >(operation, request, &::taller_runtime::stub::NoSecurity)
        .await
    {
        Ok(decoded) => decoded,
        Err(problem) => return problem.into_response(),
    };
    let uri = decoded.context.uri().clone();
    let request = decoded.request;
    respond(operation, &uri, shared.api.get_session(decoded.context, request).await)
}
async fn handle_get_shelves<A: MediaDemoApi>(
    ::axum::extract::State(shared): ::axum::extract::State<Arc<Shared<A>>>,
    request: ::axum::extract::Request,
) -> HttpResponse {
    let operation = &shared.operations[18usize];
    let decoded = match decode::<
        GetShelvesRequest,
        _,
    >(operation, request, &::taller_runtime::stub::NoSecurity)
        .await
    {
        Ok(decoded) => decoded,
        Err(problem) => return problem.into_response(),
    };
    let uri = decoded.context.uri().clone();
    let request = decoded.request;
    respond(operation, &uri, shared.api.get_shelves(decoded.context, request).await)
}
/// `GET` of the operations `/exports/{id}.json`, `/exports/{id}.csv`, `/exports/{name}`, told apart by their templates.
async fn dispatch_get_4<A: MediaDemoApi>(
    state: ::axum::extract::State<Arc<Shared<A>>>,
    request: ::axum::extract::Request,
) -> HttpResponse {
    let candidates = [
        &state.0.operations[5usize],
        &state.0.operations[4usize],
        &state.0.operations[6usize],
    ];
    let (chosen, request) = ::taller_runtime::stub::pick(&candidates, request).await;
    match chosen {
        0usize => handle_get_export_json::<A>(state, request).await,
        1usize => handle_get_export_csv::<A>(state, request).await,
        _ => handle_get_export::<A>(state, request).await,
    }
}
