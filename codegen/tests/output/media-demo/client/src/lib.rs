// @generated from codegen/tests/fixtures/media-demo.yaml by `EXPECTORATE=overwrite cargo test -p taller-codegen --test snapshots`.
// Do not edit: change the spec or codegen/, then regenerate.

//! Async client of the `media-demo` service (Media demo), Builder style; models come from `media-demo-types`.
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
    ///`GetArchiveFormat`
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
    pub enum GetArchiveFormat {
        #[serde(rename = "zip")]
        Zip,
        #[serde(rename = "tar.gz")]
        TarGz,
    }
    impl ::std::fmt::Display for GetArchiveFormat {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Zip => f.write_str("zip"),
                Self::TarGz => f.write_str("tar.gz"),
            }
        }
    }
    impl ::std::str::FromStr for GetArchiveFormat {
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
    impl ::std::convert::TryFrom<&str> for GetArchiveFormat {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for GetArchiveFormat {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`GetArchiveResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct GetArchiveResponse {
        pub format: ::std::string::String,
        pub name: ::std::string::String,
    }
    impl GetArchiveResponse {
        pub fn builder() -> builder::GetArchiveResponse {
            Default::default()
        }
    }
    ///`ListCallsExt`
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
    pub enum ListCallsExt {
        #[serde(rename = ".json")]
        Json,
        #[serde(rename = ".csv")]
        Csv,
    }
    impl ::std::fmt::Display for ListCallsExt {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Json => f.write_str(".json"),
                Self::Csv => f.write_str(".csv"),
            }
        }
    }
    impl ::std::str::FromStr for ListCallsExt {
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
    impl ::std::convert::TryFrom<&str> for ListCallsExt {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListCallsExt {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`PutFileContentResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct PutFileContentResponse {
        pub size: i64,
    }
    impl PutFileContentResponse {
        pub fn builder() -> builder::PutFileContentResponse {
            Default::default()
        }
    }
    ///`SubmitFormBody`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct SubmitFormBody {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub age: ::std::option::Option<i64>,
        pub name: ::std::string::String,
    }
    impl SubmitFormBody {
        pub fn builder() -> builder::SubmitFormBody {
            Default::default()
        }
    }
    ///`UploadFileResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct UploadFileResponse {
        pub content_type: ::std::string::String,
        pub size: i64,
    }
    impl UploadFileResponse {
        pub fn builder() -> builder::UploadFileResponse {
            Default::default()
        }
    }
    /// Types for composing complex structures.
    pub mod builder {
        #[derive(Clone, Debug)]
        pub struct GetArchiveResponse {
            format: ::std::result::Result<::std::string::String, ::std::string::String>,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for GetArchiveResponse {
            fn default() -> Self {
                Self {
                    format: Err("no value supplied for format".to_string()),
                    name: Err("no value supplied for name".to_string()),
                }
            }
        }
        impl GetArchiveResponse {
            pub fn format<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.format = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for format: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<GetArchiveResponse> for super::GetArchiveResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GetArchiveResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    format: value.format?,
                    name: value.name?,
                })
            }
        }
        impl ::std::convert::From<super::GetArchiveResponse> for GetArchiveResponse {
            fn from(value: super::GetArchiveResponse) -> Self {
                Self {
                    format: Ok(value.format),
                    name: Ok(value.name),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PutFileContentResponse {
            size: ::std::result::Result<i64, ::std::string::String>,
        }
        impl ::std::default::Default for PutFileContentResponse {
            fn default() -> Self {
                Self {
                    size: Err("no value supplied for size".to_string()),
                }
            }
        }
        impl PutFileContentResponse {
            pub fn size<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.size = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for size: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PutFileContentResponse>
        for super::PutFileContentResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PutFileContentResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { size: value.size? })
            }
        }
        impl ::std::convert::From<super::PutFileContentResponse>
        for PutFileContentResponse {
            fn from(value: super::PutFileContentResponse) -> Self {
                Self { size: Ok(value.size) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SubmitFormBody {
            age: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for SubmitFormBody {
            fn default() -> Self {
                Self {
                    age: Ok(Default::default()),
                    name: Err("no value supplied for name".to_string()),
                }
            }
        }
        impl SubmitFormBody {
            pub fn age<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.age = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for age: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SubmitFormBody> for super::SubmitFormBody {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SubmitFormBody,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    age: value.age?,
                    name: value.name?,
                })
            }
        }
        impl ::std::convert::From<super::SubmitFormBody> for SubmitFormBody {
            fn from(value: super::SubmitFormBody) -> Self {
                Self {
                    age: Ok(value.age),
                    name: Ok(value.name),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UploadFileResponse {
            content_type: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            size: ::std::result::Result<i64, ::std::string::String>,
        }
        impl ::std::default::Default for UploadFileResponse {
            fn default() -> Self {
                Self {
                    content_type: Err("no value supplied for content_type".to_string()),
                    size: Err("no value supplied for size".to_string()),
                }
            }
        }
        impl UploadFileResponse {
            pub fn content_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.content_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for content_type: {e}")
                    });
                self
            }
            pub fn size<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.size = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for size: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<UploadFileResponse> for super::UploadFileResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UploadFileResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    content_type: value.content_type?,
                    size: value.size?,
                })
            }
        }
        impl ::std::convert::From<super::UploadFileResponse> for UploadFileResponse {
            fn from(value: super::UploadFileResponse) -> Self {
                Self {
                    content_type: Ok(value.content_type),
                    size: Ok(value.size),
                }
            }
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
/**Client for Media demo

What the seven contracts do not use: OpenAPI 3.1 (type arrays with null, const), several statuses with their own bodies beside `default`, uploads as octet-stream, forms and multipart, a binary download, text responses, a cookie parameter, and an operation without operationId, `matrix` and `label` path parameters, and operations progenitor cannot express (deepObject, pipeDelimited and object parameters, a multipart-only upload), which the client sends with its own methods. Binary bodies stream both ways (an octet-stream upload and download, never read whole by the server) and `/events` answers server-sent events.


Version: 1.0*/
pub struct Client {
    pub(crate) baseurl: String,
    pub(crate) client: reqwest::Client,
}
impl Client {
    /// Create a new client.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new(baseurl: &str) -> Self {
        #[cfg(not(target_arch = "wasm32"))]
        let client = {
            let dur = ::std::time::Duration::from_secs(15u64);
            reqwest::ClientBuilder::new().connect_timeout(dur).timeout(dur)
        };
        #[cfg(target_arch = "wasm32")]
        let client = reqwest::ClientBuilder::new();
        Self::new_with_client(baseurl, client.build().unwrap())
    }
    /// Construct a new client with an existing `reqwest::Client`,
    /// allowing more control over its configuration.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new_with_client(baseurl: &str, client: reqwest::Client) -> Self {
        Self {
            baseurl: baseurl.to_string(),
            client,
        }
    }
}
impl ClientInfo<()> for Client {
    fn api_version() -> &'static str {
        "1.0"
    }
    fn baseurl(&self) -> &str {
        self.baseurl.as_str()
    }
    fn client(&self) -> &reqwest::Client {
        &self.client
    }
    fn inner(&self) -> &() {
        &()
    }
}
impl ClientHooks<()> for &Client {}
impl Client {
    /**Two parameters in one segment, split by the format's enum.

Sends a `GET` request to `/archive/{name}.{format}`

```ignore
let response = client.get_archive()
    .name(name)
    .format(format)
    .send()
    .await;
```*/
    pub fn get_archive(&self) -> builder::GetArchive<'_> {
        builder::GetArchive::new(self)
    }
    /**Sends a `GET` request to `/calls{ext}`

```ignore
let response = client.list_calls()
    .ext(ext)
    .send()
    .await;
```*/
    pub fn list_calls(&self) -> builder::ListCalls<'_> {
        builder::ListCalls::new(self)
    }
    /**Sends a `GET` request to `/events`

```ignore
let response = client.watch_items()
    .count(count)
    .send()
    .await;
```*/
    pub fn watch_items(&self) -> builder::WatchItems<'_> {
        builder::WatchItems::new(self)
    }
    /**Sends a `GET` request to `/exports/{id}.csv`

```ignore
let response = client.get_export_csv()
    .id(id)
    .send()
    .await;
```*/
    pub fn get_export_csv(&self) -> builder::GetExportCsv<'_> {
        builder::GetExportCsv::new(self)
    }
    /**One route with /exports/{id}.csv and /exports/{name}, told apart by the text.

Sends a `GET` request to `/exports/{id}.json`

```ignore
let response = client.get_export_json()
    .id(id)
    .send()
    .await;
```*/
    pub fn get_export_json(&self) -> builder::GetExportJson<'_> {
        builder::GetExportJson::new(self)
    }
    /**Sends a `GET` request to `/exports/{name}`

```ignore
let response = client.get_export()
    .name(name)
    .send()
    .await;
```*/
    pub fn get_export(&self) -> builder::GetExport<'_> {
        builder::GetExport::new(self)
    }
    /**Sends a `POST` request to `/files`

```ignore
let response = client.upload_file()
    .body(body)
    .send()
    .await;
```*/
    pub fn upload_file(&self) -> builder::UploadFile<'_> {
        builder::UploadFile::new(self)
    }
    /**Sends a `GET` request to `/files/{name}`

```ignore
let response = client.download_file()
    .name(name)
    .send()
    .await;
```*/
    pub fn download_file(&self) -> builder::DownloadFile<'_> {
        builder::DownloadFile::new(self)
    }
    /**Sends a `PUT` request to `/files/{name}/content`

```ignore
let response = client.put_file_content()
    .name(name)
    .body(body)
    .send()
    .await;
```*/
    pub fn put_file_content(&self) -> builder::PutFileContent<'_> {
        builder::PutFileContent::new(self)
    }
    /**Sends a `POST` request to `/forms`

```ignore
let response = client.submit_form()
    .body(body)
    .send()
    .await;
```*/
    pub fn submit_form(&self) -> builder::SubmitForm<'_> {
        builder::SubmitForm::new(self)
    }
    /**Two query parameters of one Rust name (rclone's `_group` beside `group`).

Sends a `GET` request to `/groups`

```ignore
let response = client.get_groups()
    .group(group)
    .group_2(group_2)
    .send()
    .await;
```*/
    pub fn get_groups(&self) -> builder::GetGroups<'_> {
        builder::GetGroups::new(self)
    }
    /**The path item's `_group` alone, under its own Rust name.

Sends a `POST` request to `/groups`

```ignore
let response = client.post_groups()
    .group(group)
    .send()
    .await;
```*/
    pub fn post_groups(&self) -> builder::PostGroups<'_> {
        builder::PostGroups::new(self)
    }
    /**Sends a `GET` request to `/items/{id}`

```ignore
let response = client.get_item()
    .id(id)
    .send()
    .await;
```*/
    pub fn get_item(&self) -> builder::GetItem<'_> {
        builder::GetItem::new(self)
    }
    /**The route of /items/{id} with another parameter name. OpenAPI calls such templates one and the same; real-world contracts have them, each method on one of them.


Sends a `DELETE` request to `/items/{item_id}`

```ignore
let response = client.delete_item()
    .item_id(item_id)
    .send()
    .await;
```*/
    pub fn delete_item(&self) -> builder::DeleteItem<'_> {
        builder::DeleteItem::new(self)
    }
    /**OpenAPI 3.1 lets an operation declare no response.

Sends a `POST` request to `/ping`

```ignore
let response = client.ping()
    .send()
    .await;
```*/
    pub fn ping(&self) -> builder::Ping<'_> {
        builder::Ping::new(self)
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
    /**Builder for [`Client::get_archive`]

[`Client::get_archive`]: super::Client::get_archive*/
    #[derive(Debug, Clone)]
    pub struct GetArchive<'a> {
        client: &'a super::Client,
        name: Result<::std::string::String, String>,
        format: Result<types::GetArchiveFormat, String>,
    }
    impl<'a> GetArchive<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                name: Err("name was not initialized".to_string()),
                format: Err("format was not initialized".to_string()),
            }
        }
        pub fn name<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.name = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for name failed"
                        .to_string()
                });
            self
        }
        pub fn format<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::GetArchiveFormat>,
        {
            self.format = value
                .try_into()
                .map_err(|_| {
                    "conversion to `GetArchiveFormat` for format failed".to_string()
                });
            self
        }
        ///Sends a `GET` request to `/archive/{name}.{format}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::GetArchiveResponse>, Error<()>> {
            let Self { client, name, format } = self;
            let name = name.map_err(Error::InvalidRequest)?;
            let format = format.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/archive/{}.{}", client.baseurl, encode_path(& name.to_string()),
                encode_path(& format.to_string()),
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
                operation_id: "get_archive",
            };
            (|request: &mut reqwest::Request| ::taller_trace::inject_current(
                request.headers_mut(),
            ))(&mut request);
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::list_calls`]

[`Client::list_calls`]: super::Client::list_calls*/
    #[derive(Debug, Clone)]
    pub struct ListCalls<'a> {
        client: &'a super::Client,
        ext: Result<types::ListCallsExt, String>,
    }
    impl<'a> ListCalls<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                ext: Err("ext was not initialized".to_string()),
            }
        }
        pub fn ext<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListCallsExt>,
        {
            self.ext = value
                .try_into()
                .map_err(|_| "conversion to `ListCallsExt` for ext failed".to_string());
            self
        }
        ///Sends a `GET` request to `/calls{ext}`
        pub async fn send(self) -> Result<ResponseValue<ByteStream>, Error<()>> {
            let Self { client, ext } = self;
            let ext = ext.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/calls{}", client.baseurl, encode_path(& ext.to_string()),
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
            let mut request = client.client.get(url).headers(header_map).build()?;
            let info = OperationInfo {
                operation_id: "list_calls",
            };
            (|request: &mut reqwest::Request| ::taller_trace::inject_current(
                request.headers_mut(),
            ))(&mut request);
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => Ok(ResponseValue::stream(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::watch_items`]

[`Client::watch_items`]: super::Client::watch_items*/
    #[derive(Debug, Clone)]
    pub struct WatchItems<'a> {
        client: &'a super::Client,
        count: Result<Option<::std::num::NonZeroU64>, String>,
    }
    impl<'a> WatchItems<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                count: Ok(None),
            }
        }
        pub fn count<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.count = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU64` for count failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/events`
        pub async fn send(self) -> Result<ResponseValue<ByteStream>, Error<()>> {
            let Self { client, count } = self;
            let count = count.map_err(Error::InvalidRequest)?;
            let url = format!("{}/events", client.baseurl,);
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
                .query(&progenitor_client::QueryParam::new("count", &count))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "watch_items",
            };
            (|request: &mut reqwest::Request| ::taller_trace::inject_current(
                request.headers_mut(),
            ))(&mut request);
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => Ok(ResponseValue::stream(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_export_csv`]

[`Client::get_export_csv`]: super::Client::get_export_csv*/
    #[derive(Debug, Clone)]
    pub struct GetExportCsv<'a> {
        client: &'a super::Client,
        id: Result<i64, String>,
    }
    impl<'a> GetExportCsv<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for id failed".to_string());
            self
        }
        ///Sends a `GET` request to `/exports/{id}.csv`
        pub async fn send(self) -> Result<ResponseValue<ByteStream>, Error<()>> {
            let Self { client, id } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/exports/{}.csv", client.baseurl, encode_path(& id.to_string()),
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
            let mut request = client.client.get(url).headers(header_map).build()?;
            let info = OperationInfo {
                operation_id: "get_export_csv",
            };
            (|request: &mut reqwest::Request| ::taller_trace::inject_current(
                request.headers_mut(),
            ))(&mut request);
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => Ok(ResponseValue::stream(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_export_json`]

[`Client::get_export_json`]: super::Client::get_export_json*/
    #[derive(Debug, Clone)]
    pub struct GetExportJson<'a> {
        client: &'a super::Client,
        id: Result<i64, String>,
    }
    impl<'a> GetExportJson<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for id failed".to_string());
            self
        }
        ///Sends a `GET` request to `/exports/{id}.json`
        pub async fn send(self) -> Result<ResponseValue<ByteStream>, Error<()>> {
            let Self { client, id } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/exports/{}.json", client.baseurl, encode_path(& id.to_string()),
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
            let mut request = client.client.get(url).headers(header_map).build()?;
            let info = OperationInfo {
                operation_id: "get_export_json",
            };
            (|request: &mut reqwest::Request| ::taller_trace::inject_current(
                request.headers_mut(),
            ))(&mut request);
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => Ok(ResponseValue::stream(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_export`]

[`Client::get_export`]: super::Client::get_export*/
    #[derive(Debug, Clone)]
    pub struct GetExport<'a> {
        client: &'a super::Client,
        name: Result<::std::string::String, String>,
    }
    impl<'a> GetExport<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                name: Err("name was not initialized".to_string()),
            }
        }
        pub fn name<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.name = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for name failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/exports/{name}`
        pub async fn send(self) -> Result<ResponseValue<ByteStream>, Error<()>> {
            let Self { client, name } = self;
            let name = name.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/exports/{}", client.baseurl, encode_path(& name.to_string()),
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
            let mut request = client.client.get(url).headers(header_map).build()?;
            let info = OperationInfo {
                operation_id: "get_export",
            };
            (|request: &mut reqwest::Request| ::taller_trace::inject_current(
                request.headers_mut(),
            ))(&mut request);
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => Ok(ResponseValue::stream(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::upload_file`]

[`Client::upload_file`]: super::Client::upload_file*/
    #[derive(Debug)]
    pub struct UploadFile<'a> {
        client: &'a super::Client,
        body: Result<reqwest::Body, String>,
    }
    impl<'a> UploadFile<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Err("body was not initialized".to_string()),
            }
        }
        pub fn body<B>(mut self, value: B) -> Self
        where
            B: std::convert::TryInto<reqwest::Body>,
        {
            self.body = value
                .try_into()
                .map_err(|_| {
                    "conversion to `reqwest::Body` for body failed".to_string()
                });
            self
        }
        ///Sends a `POST` request to `/files`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::UploadFileResponse>, Error<()>> {
            let Self { client, body } = self;
            let body = body.map_err(Error::InvalidRequest)?;
            let url = format!("{}/files", client.baseurl,);
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
                .header(
                    ::reqwest::header::CONTENT_TYPE,
                    ::reqwest::header::HeaderValue::from_static(
                        "application/octet-stream",
                    ),
                )
                .body(body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "upload_file",
            };
            (|request: &mut reqwest::Request| ::taller_trace::inject_current(
                request.headers_mut(),
            ))(&mut request);
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                201u16 => ResponseValue::from_response(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::download_file`]

[`Client::download_file`]: super::Client::download_file*/
    #[derive(Debug, Clone)]
    pub struct DownloadFile<'a> {
        client: &'a super::Client,
        name: Result<::std::string::String, String>,
    }
    impl<'a> DownloadFile<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                name: Err("name was not initialized".to_string()),
            }
        }
        pub fn name<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.name = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for name failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/files/{name}`
        pub async fn send(self) -> Result<ResponseValue<ByteStream>, Error<ByteStream>> {
            let Self { client, name } = self;
            let name = name.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/files/{}", client.baseurl, encode_path(& name.to_string()),
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
            let mut request = client.client.get(url).headers(header_map).build()?;
            let info = OperationInfo {
                operation_id: "download_file",
            };
            (|request: &mut reqwest::Request| ::taller_trace::inject_current(
                request.headers_mut(),
            ))(&mut request);
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => Ok(ResponseValue::stream(response)),
                404u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::put_file_content`]

[`Client::put_file_content`]: super::Client::put_file_content*/
    #[derive(Debug)]
    pub struct PutFileContent<'a> {
        client: &'a super::Client,
        name: Result<::std::string::String, String>,
        body: Result<reqwest::Body, String>,
    }
    impl<'a> PutFileContent<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                name: Err("name was not initialized".to_string()),
                body: Err("body was not initialized".to_string()),
            }
        }
        pub fn name<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.name = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for name failed"
                        .to_string()
                });
            self
        }
        pub fn body<B>(mut self, value: B) -> Self
        where
            B: std::convert::TryInto<reqwest::Body>,
        {
            self.body = value
                .try_into()
                .map_err(|_| {
                    "conversion to `reqwest::Body` for body failed".to_string()
                });
            self
        }
        ///Sends a `PUT` request to `/files/{name}/content`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::PutFileContentResponse>, Error<()>> {
            let Self { client, name, body } = self;
            let name = name.map_err(Error::InvalidRequest)?;
            let body = body.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/files/{}/content", client.baseurl, encode_path(& name.to_string()),
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
                .put(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .header(
                    ::reqwest::header::CONTENT_TYPE,
                    ::reqwest::header::HeaderValue::from_static(
                        "application/octet-stream",
                    ),
                )
                .body(body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "put_file_content",
            };
            (|request: &mut reqwest::Request| ::taller_trace::inject_current(
                request.headers_mut(),
            ))(&mut request);
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::submit_form`]

[`Client::submit_form`]: super::Client::submit_form*/
    #[derive(Debug, Clone)]
    pub struct SubmitForm<'a> {
        client: &'a super::Client,
        body: Result<types::builder::SubmitFormBody, String>,
    }
    impl<'a> SubmitForm<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::SubmitFormBody>,
            <V as std::convert::TryInto<
                types::SubmitFormBody,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `SubmitFormBody` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::SubmitFormBody,
            ) -> types::builder::SubmitFormBody,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/forms`
        pub async fn send(self) -> Result<ResponseValue<ByteStream>, Error<()>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::SubmitFormBody::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/forms", client.baseurl,);
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
                .form_urlencoded(&body)?
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "submit_form",
            };
            (|request: &mut reqwest::Request| ::taller_trace::inject_current(
                request.headers_mut(),
            ))(&mut request);
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => Ok(ResponseValue::stream(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_groups`]

[`Client::get_groups`]: super::Client::get_groups*/
    #[derive(Debug, Clone)]
    pub struct GetGroups<'a> {
        client: &'a super::Client,
        group: Result<::std::string::String, String>,
        group_2: Result<Option<::std::string::String>, String>,
    }
    impl<'a> GetGroups<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                group: Err("group was not initialized".to_string()),
                group_2: Ok(None),
            }
        }
        pub fn group<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.group = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for group failed"
                        .to_string()
                });
            self
        }
        pub fn group_2<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.group_2 = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for group_2 failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/groups`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<::media_demo_types::Linked>, Error<()>> {
            let Self { client, group, group_2 } = self;
            let group = group.map_err(Error::InvalidRequest)?;
            let group_2 = group_2.map_err(Error::InvalidRequest)?;
            let url = format!("{}/groups", client.baseurl,);
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
                .query(&progenitor_client::QueryParam::new("group", &group))
                .query(&progenitor_client::QueryParam::new("_group", &group_2))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_groups",
            };
            (|request: &mut reqwest::Request| ::taller_trace::inject_current(
                request.headers_mut(),
            ))(&mut request);
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::post_groups`]

[`Client::post_groups`]: super::Client::post_groups*/
    #[derive(Debug, Clone)]
    pub struct PostGroups<'a> {
        client: &'a super::Client,
        group: Result<Option<::std::string::String>, String>,
    }
    impl<'a> PostGroups<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                group: Ok(None),
            }
        }
        pub fn group<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.group = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for group failed"
                        .to_string()
                });
            self
        }
        ///Sends a `POST` request to `/groups`
        pub async fn send(self) -> Result<ResponseValue<ByteStream>, Error<()>> {
            let Self { client, group } = self;
            let group = group.map_err(Error::InvalidRequest)?;
            let url = format!("{}/groups", client.baseurl,);
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
                .query(&progenitor_client::QueryParam::new("_group", &group))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "post_groups",
            };
            (|request: &mut reqwest::Request| ::taller_trace::inject_current(
                request.headers_mut(),
            ))(&mut request);
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => Ok(ResponseValue::stream(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_item`]

[`Client::get_item`]: super::Client::get_item*/
    #[derive(Debug, Clone)]
    pub struct GetItem<'a> {
        client: &'a super::Client,
        id: Result<::std::num::NonZeroU64, String>,
    }
    impl<'a> GetItem<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU64` for id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/items/{id}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<ByteStream>, Error<::media_demo_types::Error>> {
            let Self { client, id } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/items/{}", client.baseurl, encode_path(& id.to_string()),
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
            let mut request = client.client.get(url).headers(header_map).build()?;
            let info = OperationInfo {
                operation_id: "get_item",
            };
            (|request: &mut reqwest::Request| ::taller_trace::inject_current(
                request.headers_mut(),
            ))(&mut request);
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => Ok(ResponseValue::stream(response)),
                202u16 => Ok(ResponseValue::stream(response)),
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
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
    /**Builder for [`Client::delete_item`]

[`Client::delete_item`]: super::Client::delete_item*/
    #[derive(Debug, Clone)]
    pub struct DeleteItem<'a> {
        client: &'a super::Client,
        item_id: Result<::std::num::NonZeroU64, String>,
    }
    impl<'a> DeleteItem<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                item_id: Err("item_id was not initialized".to_string()),
            }
        }
        pub fn item_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.item_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU64` for item_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `DELETE` request to `/items/{item_id}`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<()>> {
            let Self { client, item_id } = self;
            let item_id = item_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/items/{}", client.baseurl, encode_path(& item_id.to_string()),
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
            let mut request = client.client.delete(url).headers(header_map).build()?;
            let info = OperationInfo {
                operation_id: "delete_item",
            };
            (|request: &mut reqwest::Request| ::taller_trace::inject_current(
                request.headers_mut(),
            ))(&mut request);
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                204u16 => Ok(ResponseValue::empty(response)),
                404u16 => Err(Error::ErrorResponse(ResponseValue::empty(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::ping`]

[`Client::ping`]: super::Client::ping*/
    #[derive(Debug, Clone)]
    pub struct Ping<'a> {
        client: &'a super::Client,
    }
    impl<'a> Ping<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `POST` request to `/ping`
        pub async fn send(self) -> Result<ResponseValue<ByteStream>, Error<()>> {
            let Self { client } = self;
            let url = format!("{}/ping", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client.client.post(url).headers(header_map).build()?;
            let info = OperationInfo {
                operation_id: "ping",
            };
            (|request: &mut reqwest::Request| ::taller_trace::inject_current(
                request.headers_mut(),
            ))(&mut request);
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => Ok(ResponseValue::stream(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
}
/// Items consumers will typically use such as the Client.
pub mod prelude {
    pub use self::super::Client;
}
impl<'a> builder::WatchItems<'a> {
    /// Sends the request and reads the `text/event-stream` answer of `watchItems` as typed events (a failed request, or an answer of another status, is `EventError::Transport`).
    pub async fn send_events(
        self,
    ) -> ::std::result::Result<
        impl ::futures::Stream<
            Item = ::std::result::Result<
                ::taller_sse::Event<::media_demo_types::Item>,
                ::taller_sse::EventError,
            >,
        > + Send + 'static,
        ::taller_sse::EventError,
    > {
        let answer = self
            .send()
            .await
            .map_err(|e| ::taller_sse::EventError::Transport(e.to_string().into()))?;
        Ok(::taller_sse::events(answer.into_inner().into_inner()))
    }
}
/// The requests and responses of the operations progenitor cannot express, which
/// [`Client`] sends with its own methods (taller codegen's, over the same models).
pub mod ops {
    /// Parameter and inline body types of those operations.
    #[allow(clippy::all, dead_code, unused_imports)]
    pub mod types {
        ///`AddAttachmentResponse201`
        #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
        pub struct AddAttachmentResponse201 {
            pub bytes: i64,
            pub title: ::std::string::String,
        }
        ///`GetReportHeaders`
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct GetReportHeaders {
            #[serde(
                rename = "X-Trace-Ids",
                default,
                skip_serializing_if = "::std::vec::Vec::is_empty"
            )]
            pub x_trace_ids: ::std::vec::Vec<i64>,
        }
        ///`GetReportQuery`
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct GetReportQuery {
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub filter: ::std::option::Option<GetReportQueryFilter>,
            #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
            pub tags: ::std::vec::Vec<::std::string::String>,
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub window: ::std::option::Option<GetReportQueryWindow>,
        }
        ///`GetReportQueryFilter`
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct GetReportQueryFilter {
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub color: ::std::option::Option<::std::string::String>,
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub size: ::std::option::Option<i64>,
        }
        ///`GetReportQueryWindow`
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct GetReportQueryWindow {
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub from: ::std::option::Option<i64>,
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub to: ::std::option::Option<i64>,
        }
        ///`GetReportResponse200`
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
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
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct GetSessionCookies {
            #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
            pub flags: ::std::vec::Vec<bool>,
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub session: ::std::option::Option<::std::string::String>,
        }
        ///`GetSessionResponse200`
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
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
    /// The request of `addAttachment` (POST /attachments).
    #[derive(Debug, Clone)]
    pub struct AddAttachmentRequest {
        /// The request body and its content type, when sent as multipart/form-data.
        pub raw_body: ::std::option::Option<::taller_client::RawBody>,
    }
    /// Every response `addAttachment` declares, one variant per status.
    #[derive(Debug, Clone)]
    pub enum AddAttachmentResponse {
        /// Stored.
        Created201(types::AddAttachmentResponse201),
        /// Nothing to store.
        NoContent204,
    }
    /// The request of `getReport` (GET /reports).
    #[derive(Debug, Clone)]
    pub struct GetReportRequest {
        /// The query parameters.
        pub query: types::GetReportQuery,
        /// The header parameters.
        pub headers: types::GetReportHeaders,
    }
    /// Every response `getReport` declares, one variant per status.
    #[derive(Debug, Clone)]
    pub enum GetReportResponse {
        /// The parameters as read.
        Ok200(types::GetReportResponse200),
        /// A refused request.
        ClientError4XX(::media_demo_types::Error),
    }
    /// The request of `get_session` (GET /session).
    #[derive(Debug, Clone)]
    pub struct GetSessionRequest {
        /// The cookie parameters.
        pub cookies: types::GetSessionCookies,
    }
    /// Every response `get_session` declares, one variant per status.
    #[derive(Debug, Clone)]
    pub enum GetSessionResponse {
        /// The cookies as read.
        Ok200(types::GetSessionResponse200),
    }
    /// The request of `getShelves` (GET /shelves/{ids}/{spot}).
    #[derive(Debug, Clone)]
    pub struct GetShelvesRequest {
        /// The path parameters.
        pub path: types::GetShelvesPath,
    }
    /// Every response `getShelves` declares, one variant per status.
    #[derive(Debug, Clone)]
    pub enum GetShelvesResponse {
        /// The path as read.
        Ok200(types::GetShelvesResponse200),
    }
}
impl Client {
    /** `POST /attachments`

 Sent by this crate's own code (progenitor cannot express this operation): parameters in their declared styles, bodies other than JSON as [`taller_client::RawBody`].*/
    pub async fn add_attachment(
        &self,
        request: ops::AddAttachmentRequest,
    ) -> ::std::result::Result<
        ResponseValue<ops::AddAttachmentResponse>,
        ::taller_client::Error,
    > {
        let mut url = self.baseurl.clone();
        url.push_str("/attachments");
        let mut query: ::std::vec::Vec<(String, String)> = ::std::vec::Vec::new();
        let mut builder = self
            .client
            .request(::reqwest::Method::POST, url)
            .query(&query);
        if let Some(raw) = request.raw_body {
            builder = builder
                .header(
                    ::reqwest::header::CONTENT_TYPE,
                    ::taller_client::header_value("content-type", &raw.content_type)?,
                )
                .body(raw.bytes);
        }
        let mut http_request = builder
            .build()
            .map_err(|e| ::taller_client::Error::InvalidRequest(e.to_string()))?;
        ::taller_trace::inject_current(http_request.headers_mut());
        let response = ::taller_client::send(&self.client, http_request).await?;
        match response.status().as_u16() {
            201u16 => {
                ::taller_client::read_json(
                        response,
                        ops::AddAttachmentResponse::Created201,
                    )
                    .await
            }
            204u16 => {
                ::taller_client::read_empty(
                    response,
                    ops::AddAttachmentResponse::NoContent204,
                )
            }
            _ => Err(::taller_client::Error::UnexpectedResponse(response)),
        }
    }
    /** `GET /reports`: Parameters in styles progenitor does not write, echoed as read.

 Sent by this crate's own code (progenitor cannot express this operation): parameters in their declared styles, bodies other than JSON as [`taller_client::RawBody`].*/
    pub async fn get_report(
        &self,
        request: ops::GetReportRequest,
    ) -> ::std::result::Result<
        ResponseValue<ops::GetReportResponse>,
        ::taller_client::Error,
    > {
        let mut url = self.baseurl.clone();
        url.push_str("/reports");
        let mut query: ::std::vec::Vec<(String, String)> = ::std::vec::Vec::new();
        {
            let values = ::taller_client::to_value(&request.query)?;
            ::taller_client::params::query(
                "filter",
                ::taller_client::params::Style::DeepObject,
                true,
                &values["filter"],
                &mut query,
            );
            ::taller_client::params::query(
                "tags",
                ::taller_client::params::Style::PipeDelimited,
                false,
                &values["tags"],
                &mut query,
            );
            ::taller_client::params::query(
                "window",
                ::taller_client::params::Style::Form,
                true,
                &values["window"],
                &mut query,
            );
        }
        let mut builder = self.client.request(::reqwest::Method::GET, url).query(&query);
        {
            let values = ::taller_client::to_value(&request.headers)?;
            if let Some(value) = values.get("X-Trace-Ids").filter(|v| !v.is_null()) {
                builder = builder
                    .header(
                        "X-Trace-Ids",
                        ::taller_client::header_value(
                            "X-Trace-Ids",
                            &::taller_client::params::header(value, false),
                        )?,
                    );
            }
        }
        let mut http_request = builder
            .build()
            .map_err(|e| ::taller_client::Error::InvalidRequest(e.to_string()))?;
        ::taller_trace::inject_current(http_request.headers_mut());
        let response = ::taller_client::send(&self.client, http_request).await?;
        match response.status().as_u16() {
            200u16 => {
                ::taller_client::read_json(response, ops::GetReportResponse::Ok200).await
            }
            400u16..=499u16 => {
                ::taller_client::read_json(
                        response,
                        ops::GetReportResponse::ClientError4XX,
                    )
                    .await
            }
            _ => Err(::taller_client::Error::UnexpectedResponse(response)),
        }
    }
    /** `GET /session`

 Sent by this crate's own code (progenitor cannot express this operation): parameters in their declared styles, bodies other than JSON as [`taller_client::RawBody`].*/
    pub async fn get_session(
        &self,
        request: ops::GetSessionRequest,
    ) -> ::std::result::Result<
        ResponseValue<ops::GetSessionResponse>,
        ::taller_client::Error,
    > {
        let mut url = self.baseurl.clone();
        url.push_str("/session");
        let mut query: ::std::vec::Vec<(String, String)> = ::std::vec::Vec::new();
        let mut builder = self.client.request(::reqwest::Method::GET, url).query(&query);
        {
            let values = ::taller_client::to_value(&request.cookies)?;
            let mut pairs: ::std::vec::Vec<(String, String)> = ::std::vec::Vec::new();
            if let Some(value) = values.get("flags").filter(|v| !v.is_null()) {
                pairs
                    .push((
                        "flags".to_owned(),
                        ::taller_client::params::header(value, true),
                    ));
            }
            if let Some(value) = values.get("session").filter(|v| !v.is_null()) {
                pairs
                    .push((
                        "session".to_owned(),
                        ::taller_client::params::header(value, true),
                    ));
            }
            if !pairs.is_empty() {
                let cookie = ::taller_client::params::cookie_header(&pairs)
                    .map_err(::taller_client::Error::InvalidRequest)?;
                builder = builder
                    .header(
                        ::reqwest::header::COOKIE,
                        ::taller_client::header_value("cookie", &cookie)?,
                    );
            }
        }
        let mut http_request = builder
            .build()
            .map_err(|e| ::taller_client::Error::InvalidRequest(e.to_string()))?;
        ::taller_trace::inject_current(http_request.headers_mut());
        let response = ::taller_client::send(&self.client, http_request).await?;
        match response.status().as_u16() {
            200u16 => {
                ::taller_client::read_json(response, ops::GetSessionResponse::Ok200)
                    .await
            }
            _ => Err(::taller_client::Error::UnexpectedResponse(response)),
        }
    }
    /** `GET /shelves/{ids}/{spot}`

 Sent by this crate's own code (progenitor cannot express this operation): parameters in their declared styles, bodies other than JSON as [`taller_client::RawBody`].*/
    pub async fn get_shelves(
        &self,
        request: ops::GetShelvesRequest,
    ) -> ::std::result::Result<
        ResponseValue<ops::GetShelvesResponse>,
        ::taller_client::Error,
    > {
        let path = ::taller_client::to_value(&request.path)?;
        let mut url = self.baseurl.clone();
        url.push_str("/shelves/");
        url.push_str(
            &::taller_client::params::path(
                "ids",
                ::taller_client::params::Style::Matrix,
                true,
                &path["ids"],
            ),
        );
        url.push_str("/");
        url.push_str(
            &::taller_client::params::path(
                "spot",
                ::taller_client::params::Style::Label,
                false,
                &path["spot"],
            ),
        );
        let mut query: ::std::vec::Vec<(String, String)> = ::std::vec::Vec::new();
        let mut builder = self.client.request(::reqwest::Method::GET, url).query(&query);
        let mut http_request = builder
            .build()
            .map_err(|e| ::taller_client::Error::InvalidRequest(e.to_string()))?;
        ::taller_trace::inject_current(http_request.headers_mut());
        let response = ::taller_client::send(&self.client, http_request).await?;
        match response.status().as_u16() {
            200u16 => {
                ::taller_client::read_json(response, ops::GetShelvesResponse::Ok200)
                    .await
            }
            _ => Err(::taller_client::Error::UnexpectedResponse(response)),
        }
    }
}
