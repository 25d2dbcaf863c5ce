//! Modelled service errors (matched by error code, not HTTP status).
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::default::Default,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct BackupInUseException {
    /// The error message from the service.
    #[serde(rename = "message", default, alias = "Message")]
    pub message: ::std::option::Option<::std::string::String>,
    /// Status, code and request id of the response.
    #[serde(skip)]
    pub meta: crate::runtime::ErrorMetadata,
}
impl BackupInUseException {
    /// The error code, as the service sends it.
    pub const CODE: &'static str = "BackupInUseException";
    /// The error message, from the body or the response metadata.
    pub fn message(&self) -> ::std::option::Option<&str> {
        self.message.as_deref().or(self.meta.message())
    }
    /// Status, code and request id of the response.
    pub fn meta(&self) -> &crate::runtime::ErrorMetadata {
        &self.meta
    }
    /// Parses the error from a response body (an unparseable body
    /// keeps the defaults: the code alone identifies the error).
    #[doc(hidden)]
    #[inline(never)]
    pub fn from_response(meta: crate::runtime::ErrorMetadata, body: &[u8]) -> Self {
        let mut e: Self = crate::runtime::error::parse_error_body(body);
        e.meta = meta;
        e
    }
}
impl ::std::fmt::Display for BackupInUseException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        crate::runtime::error::write_service_error(
            f,
            Self::CODE,
            self.message(),
            &self.meta,
        )
    }
}
impl ::std::error::Error for BackupInUseException {}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::default::Default,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct BackupNotFoundException {
    /// The error message from the service.
    #[serde(rename = "message", default, alias = "Message")]
    pub message: ::std::option::Option<::std::string::String>,
    /// Status, code and request id of the response.
    #[serde(skip)]
    pub meta: crate::runtime::ErrorMetadata,
}
impl BackupNotFoundException {
    /// The error code, as the service sends it.
    pub const CODE: &'static str = "BackupNotFoundException";
    /// The error message, from the body or the response metadata.
    pub fn message(&self) -> ::std::option::Option<&str> {
        self.message.as_deref().or(self.meta.message())
    }
    /// Status, code and request id of the response.
    pub fn meta(&self) -> &crate::runtime::ErrorMetadata {
        &self.meta
    }
    /// Parses the error from a response body (an unparseable body
    /// keeps the defaults: the code alone identifies the error).
    #[doc(hidden)]
    #[inline(never)]
    pub fn from_response(meta: crate::runtime::ErrorMetadata, body: &[u8]) -> Self {
        let mut e: Self = crate::runtime::error::parse_error_body(body);
        e.meta = meta;
        e
    }
}
impl ::std::fmt::Display for BackupNotFoundException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        crate::runtime::error::write_service_error(
            f,
            Self::CODE,
            self.message(),
            &self.meta,
        )
    }
}
impl ::std::error::Error for BackupNotFoundException {}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::default::Default,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ConditionalCheckFailedException {
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "Item", default)]
    pub item: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, crate::types::AttributeValue>,
    >,
    /// The error message from the service.
    #[serde(rename = "message", default, alias = "Message")]
    pub message: ::std::option::Option<::std::string::String>,
    /// Status, code and request id of the response.
    #[serde(skip)]
    pub meta: crate::runtime::ErrorMetadata,
}
impl ConditionalCheckFailedException {
    /// The error code, as the service sends it.
    pub const CODE: &'static str = "ConditionalCheckFailedException";
    /// The error message, from the body or the response metadata.
    pub fn message(&self) -> ::std::option::Option<&str> {
        self.message.as_deref().or(self.meta.message())
    }
    /// Status, code and request id of the response.
    pub fn meta(&self) -> &crate::runtime::ErrorMetadata {
        &self.meta
    }
    /// Parses the error from a response body (an unparseable body
    /// keeps the defaults: the code alone identifies the error).
    #[doc(hidden)]
    #[inline(never)]
    pub fn from_response(meta: crate::runtime::ErrorMetadata, body: &[u8]) -> Self {
        let mut e: Self = crate::runtime::error::parse_error_body(body);
        e.meta = meta;
        e
    }
}
impl ::std::fmt::Display for ConditionalCheckFailedException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        crate::runtime::error::write_service_error(
            f,
            Self::CODE,
            self.message(),
            &self.meta,
        )
    }
}
impl ::std::error::Error for ConditionalCheckFailedException {}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::default::Default,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ContinuousBackupsUnavailableException {
    /// The error message from the service.
    #[serde(rename = "message", default, alias = "Message")]
    pub message: ::std::option::Option<::std::string::String>,
    /// Status, code and request id of the response.
    #[serde(skip)]
    pub meta: crate::runtime::ErrorMetadata,
}
impl ContinuousBackupsUnavailableException {
    /// The error code, as the service sends it.
    pub const CODE: &'static str = "ContinuousBackupsUnavailableException";
    /// The error message, from the body or the response metadata.
    pub fn message(&self) -> ::std::option::Option<&str> {
        self.message.as_deref().or(self.meta.message())
    }
    /// Status, code and request id of the response.
    pub fn meta(&self) -> &crate::runtime::ErrorMetadata {
        &self.meta
    }
    /// Parses the error from a response body (an unparseable body
    /// keeps the defaults: the code alone identifies the error).
    #[doc(hidden)]
    #[inline(never)]
    pub fn from_response(meta: crate::runtime::ErrorMetadata, body: &[u8]) -> Self {
        let mut e: Self = crate::runtime::error::parse_error_body(body);
        e.meta = meta;
        e
    }
}
impl ::std::fmt::Display for ContinuousBackupsUnavailableException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        crate::runtime::error::write_service_error(
            f,
            Self::CODE,
            self.message(),
            &self.meta,
        )
    }
}
impl ::std::error::Error for ContinuousBackupsUnavailableException {}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::default::Default,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct DuplicateItemException {
    /// The error message from the service.
    #[serde(rename = "message", default, alias = "Message")]
    pub message: ::std::option::Option<::std::string::String>,
    /// Status, code and request id of the response.
    #[serde(skip)]
    pub meta: crate::runtime::ErrorMetadata,
}
impl DuplicateItemException {
    /// The error code, as the service sends it.
    pub const CODE: &'static str = "DuplicateItemException";
    /// The error message, from the body or the response metadata.
    pub fn message(&self) -> ::std::option::Option<&str> {
        self.message.as_deref().or(self.meta.message())
    }
    /// Status, code and request id of the response.
    pub fn meta(&self) -> &crate::runtime::ErrorMetadata {
        &self.meta
    }
    /// Parses the error from a response body (an unparseable body
    /// keeps the defaults: the code alone identifies the error).
    #[doc(hidden)]
    #[inline(never)]
    pub fn from_response(meta: crate::runtime::ErrorMetadata, body: &[u8]) -> Self {
        let mut e: Self = crate::runtime::error::parse_error_body(body);
        e.meta = meta;
        e
    }
}
impl ::std::fmt::Display for DuplicateItemException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        crate::runtime::error::write_service_error(
            f,
            Self::CODE,
            self.message(),
            &self.meta,
        )
    }
}
impl ::std::error::Error for DuplicateItemException {}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::default::Default,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ExportConflictException {
    /// The error message from the service.
    #[serde(rename = "message", default, alias = "Message")]
    pub message: ::std::option::Option<::std::string::String>,
    /// Status, code and request id of the response.
    #[serde(skip)]
    pub meta: crate::runtime::ErrorMetadata,
}
impl ExportConflictException {
    /// The error code, as the service sends it.
    pub const CODE: &'static str = "ExportConflictException";
    /// The error message, from the body or the response metadata.
    pub fn message(&self) -> ::std::option::Option<&str> {
        self.message.as_deref().or(self.meta.message())
    }
    /// Status, code and request id of the response.
    pub fn meta(&self) -> &crate::runtime::ErrorMetadata {
        &self.meta
    }
    /// Parses the error from a response body (an unparseable body
    /// keeps the defaults: the code alone identifies the error).
    #[doc(hidden)]
    #[inline(never)]
    pub fn from_response(meta: crate::runtime::ErrorMetadata, body: &[u8]) -> Self {
        let mut e: Self = crate::runtime::error::parse_error_body(body);
        e.meta = meta;
        e
    }
}
impl ::std::fmt::Display for ExportConflictException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        crate::runtime::error::write_service_error(
            f,
            Self::CODE,
            self.message(),
            &self.meta,
        )
    }
}
impl ::std::error::Error for ExportConflictException {}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::default::Default,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ExportNotFoundException {
    /// The error message from the service.
    #[serde(rename = "message", default, alias = "Message")]
    pub message: ::std::option::Option<::std::string::String>,
    /// Status, code and request id of the response.
    #[serde(skip)]
    pub meta: crate::runtime::ErrorMetadata,
}
impl ExportNotFoundException {
    /// The error code, as the service sends it.
    pub const CODE: &'static str = "ExportNotFoundException";
    /// The error message, from the body or the response metadata.
    pub fn message(&self) -> ::std::option::Option<&str> {
        self.message.as_deref().or(self.meta.message())
    }
    /// Status, code and request id of the response.
    pub fn meta(&self) -> &crate::runtime::ErrorMetadata {
        &self.meta
    }
    /// Parses the error from a response body (an unparseable body
    /// keeps the defaults: the code alone identifies the error).
    #[doc(hidden)]
    #[inline(never)]
    pub fn from_response(meta: crate::runtime::ErrorMetadata, body: &[u8]) -> Self {
        let mut e: Self = crate::runtime::error::parse_error_body(body);
        e.meta = meta;
        e
    }
}
impl ::std::fmt::Display for ExportNotFoundException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        crate::runtime::error::write_service_error(
            f,
            Self::CODE,
            self.message(),
            &self.meta,
        )
    }
}
impl ::std::error::Error for ExportNotFoundException {}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::default::Default,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct GlobalTableAlreadyExistsException {
    /// The error message from the service.
    #[serde(rename = "message", default, alias = "Message")]
    pub message: ::std::option::Option<::std::string::String>,
    /// Status, code and request id of the response.
    #[serde(skip)]
    pub meta: crate::runtime::ErrorMetadata,
}
impl GlobalTableAlreadyExistsException {
    /// The error code, as the service sends it.
    pub const CODE: &'static str = "GlobalTableAlreadyExistsException";
    /// The error message, from the body or the response metadata.
    pub fn message(&self) -> ::std::option::Option<&str> {
        self.message.as_deref().or(self.meta.message())
    }
    /// Status, code and request id of the response.
    pub fn meta(&self) -> &crate::runtime::ErrorMetadata {
        &self.meta
    }
    /// Parses the error from a response body (an unparseable body
    /// keeps the defaults: the code alone identifies the error).
    #[doc(hidden)]
    #[inline(never)]
    pub fn from_response(meta: crate::runtime::ErrorMetadata, body: &[u8]) -> Self {
        let mut e: Self = crate::runtime::error::parse_error_body(body);
        e.meta = meta;
        e
    }
}
impl ::std::fmt::Display for GlobalTableAlreadyExistsException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        crate::runtime::error::write_service_error(
            f,
            Self::CODE,
            self.message(),
            &self.meta,
        )
    }
}
impl ::std::error::Error for GlobalTableAlreadyExistsException {}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::default::Default,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct GlobalTableNotFoundException {
    /// The error message from the service.
    #[serde(rename = "message", default, alias = "Message")]
    pub message: ::std::option::Option<::std::string::String>,
    /// Status, code and request id of the response.
    #[serde(skip)]
    pub meta: crate::runtime::ErrorMetadata,
}
impl GlobalTableNotFoundException {
    /// The error code, as the service sends it.
    pub const CODE: &'static str = "GlobalTableNotFoundException";
    /// The error message, from the body or the response metadata.
    pub fn message(&self) -> ::std::option::Option<&str> {
        self.message.as_deref().or(self.meta.message())
    }
    /// Status, code and request id of the response.
    pub fn meta(&self) -> &crate::runtime::ErrorMetadata {
        &self.meta
    }
    /// Parses the error from a response body (an unparseable body
    /// keeps the defaults: the code alone identifies the error).
    #[doc(hidden)]
    #[inline(never)]
    pub fn from_response(meta: crate::runtime::ErrorMetadata, body: &[u8]) -> Self {
        let mut e: Self = crate::runtime::error::parse_error_body(body);
        e.meta = meta;
        e
    }
}
impl ::std::fmt::Display for GlobalTableNotFoundException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        crate::runtime::error::write_service_error(
            f,
            Self::CODE,
            self.message(),
            &self.meta,
        )
    }
}
impl ::std::error::Error for GlobalTableNotFoundException {}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::default::Default,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct IdempotentParameterMismatchException {
    /// The error message from the service.
    #[serde(rename = "Message", default, alias = "message")]
    pub message: ::std::option::Option<::std::string::String>,
    /// Status, code and request id of the response.
    #[serde(skip)]
    pub meta: crate::runtime::ErrorMetadata,
}
impl IdempotentParameterMismatchException {
    /// The error code, as the service sends it.
    pub const CODE: &'static str = "IdempotentParameterMismatchException";
    /// The error message, from the body or the response metadata.
    pub fn message(&self) -> ::std::option::Option<&str> {
        self.message.as_deref().or(self.meta.message())
    }
    /// Status, code and request id of the response.
    pub fn meta(&self) -> &crate::runtime::ErrorMetadata {
        &self.meta
    }
    /// Parses the error from a response body (an unparseable body
    /// keeps the defaults: the code alone identifies the error).
    #[doc(hidden)]
    #[inline(never)]
    pub fn from_response(meta: crate::runtime::ErrorMetadata, body: &[u8]) -> Self {
        let mut e: Self = crate::runtime::error::parse_error_body(body);
        e.meta = meta;
        e
    }
}
impl ::std::fmt::Display for IdempotentParameterMismatchException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        crate::runtime::error::write_service_error(
            f,
            Self::CODE,
            self.message(),
            &self.meta,
        )
    }
}
impl ::std::error::Error for IdempotentParameterMismatchException {}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::default::Default,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ImportConflictException {
    /// The error message from the service.
    #[serde(rename = "message", default, alias = "Message")]
    pub message: ::std::option::Option<::std::string::String>,
    /// Status, code and request id of the response.
    #[serde(skip)]
    pub meta: crate::runtime::ErrorMetadata,
}
impl ImportConflictException {
    /// The error code, as the service sends it.
    pub const CODE: &'static str = "ImportConflictException";
    /// The error message, from the body or the response metadata.
    pub fn message(&self) -> ::std::option::Option<&str> {
        self.message.as_deref().or(self.meta.message())
    }
    /// Status, code and request id of the response.
    pub fn meta(&self) -> &crate::runtime::ErrorMetadata {
        &self.meta
    }
    /// Parses the error from a response body (an unparseable body
    /// keeps the defaults: the code alone identifies the error).
    #[doc(hidden)]
    #[inline(never)]
    pub fn from_response(meta: crate::runtime::ErrorMetadata, body: &[u8]) -> Self {
        let mut e: Self = crate::runtime::error::parse_error_body(body);
        e.meta = meta;
        e
    }
}
impl ::std::fmt::Display for ImportConflictException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        crate::runtime::error::write_service_error(
            f,
            Self::CODE,
            self.message(),
            &self.meta,
        )
    }
}
impl ::std::error::Error for ImportConflictException {}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::default::Default,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ImportNotFoundException {
    /// The error message from the service.
    #[serde(rename = "message", default, alias = "Message")]
    pub message: ::std::option::Option<::std::string::String>,
    /// Status, code and request id of the response.
    #[serde(skip)]
    pub meta: crate::runtime::ErrorMetadata,
}
impl ImportNotFoundException {
    /// The error code, as the service sends it.
    pub const CODE: &'static str = "ImportNotFoundException";
    /// The error message, from the body or the response metadata.
    pub fn message(&self) -> ::std::option::Option<&str> {
        self.message.as_deref().or(self.meta.message())
    }
    /// Status, code and request id of the response.
    pub fn meta(&self) -> &crate::runtime::ErrorMetadata {
        &self.meta
    }
    /// Parses the error from a response body (an unparseable body
    /// keeps the defaults: the code alone identifies the error).
    #[doc(hidden)]
    #[inline(never)]
    pub fn from_response(meta: crate::runtime::ErrorMetadata, body: &[u8]) -> Self {
        let mut e: Self = crate::runtime::error::parse_error_body(body);
        e.meta = meta;
        e
    }
}
impl ::std::fmt::Display for ImportNotFoundException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        crate::runtime::error::write_service_error(
            f,
            Self::CODE,
            self.message(),
            &self.meta,
        )
    }
}
impl ::std::error::Error for ImportNotFoundException {}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::default::Default,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct IndexNotFoundException {
    /// The error message from the service.
    #[serde(rename = "message", default, alias = "Message")]
    pub message: ::std::option::Option<::std::string::String>,
    /// Status, code and request id of the response.
    #[serde(skip)]
    pub meta: crate::runtime::ErrorMetadata,
}
impl IndexNotFoundException {
    /// The error code, as the service sends it.
    pub const CODE: &'static str = "IndexNotFoundException";
    /// The error message, from the body or the response metadata.
    pub fn message(&self) -> ::std::option::Option<&str> {
        self.message.as_deref().or(self.meta.message())
    }
    /// Status, code and request id of the response.
    pub fn meta(&self) -> &crate::runtime::ErrorMetadata {
        &self.meta
    }
    /// Parses the error from a response body (an unparseable body
    /// keeps the defaults: the code alone identifies the error).
    #[doc(hidden)]
    #[inline(never)]
    pub fn from_response(meta: crate::runtime::ErrorMetadata, body: &[u8]) -> Self {
        let mut e: Self = crate::runtime::error::parse_error_body(body);
        e.meta = meta;
        e
    }
}
impl ::std::fmt::Display for IndexNotFoundException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        crate::runtime::error::write_service_error(
            f,
            Self::CODE,
            self.message(),
            &self.meta,
        )
    }
}
impl ::std::error::Error for IndexNotFoundException {}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::default::Default,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct InternalServerError {
    /// The error message from the service.
    #[serde(rename = "message", default, alias = "Message")]
    pub message: ::std::option::Option<::std::string::String>,
    /// Status, code and request id of the response.
    #[serde(skip)]
    pub meta: crate::runtime::ErrorMetadata,
}
impl InternalServerError {
    /// The error code, as the service sends it.
    pub const CODE: &'static str = "InternalServerError";
    /// The error message, from the body or the response metadata.
    pub fn message(&self) -> ::std::option::Option<&str> {
        self.message.as_deref().or(self.meta.message())
    }
    /// Status, code and request id of the response.
    pub fn meta(&self) -> &crate::runtime::ErrorMetadata {
        &self.meta
    }
    /// Parses the error from a response body (an unparseable body
    /// keeps the defaults: the code alone identifies the error).
    #[doc(hidden)]
    #[inline(never)]
    pub fn from_response(meta: crate::runtime::ErrorMetadata, body: &[u8]) -> Self {
        let mut e: Self = crate::runtime::error::parse_error_body(body);
        e.meta = meta;
        e
    }
}
impl ::std::fmt::Display for InternalServerError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        crate::runtime::error::write_service_error(
            f,
            Self::CODE,
            self.message(),
            &self.meta,
        )
    }
}
impl ::std::error::Error for InternalServerError {}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::default::Default,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct InvalidExportTimeException {
    /// The error message from the service.
    #[serde(rename = "message", default, alias = "Message")]
    pub message: ::std::option::Option<::std::string::String>,
    /// Status, code and request id of the response.
    #[serde(skip)]
    pub meta: crate::runtime::ErrorMetadata,
}
impl InvalidExportTimeException {
    /// The error code, as the service sends it.
    pub const CODE: &'static str = "InvalidExportTimeException";
    /// The error message, from the body or the response metadata.
    pub fn message(&self) -> ::std::option::Option<&str> {
        self.message.as_deref().or(self.meta.message())
    }
    /// Status, code and request id of the response.
    pub fn meta(&self) -> &crate::runtime::ErrorMetadata {
        &self.meta
    }
    /// Parses the error from a response body (an unparseable body
    /// keeps the defaults: the code alone identifies the error).
    #[doc(hidden)]
    #[inline(never)]
    pub fn from_response(meta: crate::runtime::ErrorMetadata, body: &[u8]) -> Self {
        let mut e: Self = crate::runtime::error::parse_error_body(body);
        e.meta = meta;
        e
    }
}
impl ::std::fmt::Display for InvalidExportTimeException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        crate::runtime::error::write_service_error(
            f,
            Self::CODE,
            self.message(),
            &self.meta,
        )
    }
}
impl ::std::error::Error for InvalidExportTimeException {}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::default::Default,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct InvalidRestoreTimeException {
    /// The error message from the service.
    #[serde(rename = "message", default, alias = "Message")]
    pub message: ::std::option::Option<::std::string::String>,
    /// Status, code and request id of the response.
    #[serde(skip)]
    pub meta: crate::runtime::ErrorMetadata,
}
impl InvalidRestoreTimeException {
    /// The error code, as the service sends it.
    pub const CODE: &'static str = "InvalidRestoreTimeException";
    /// The error message, from the body or the response metadata.
    pub fn message(&self) -> ::std::option::Option<&str> {
        self.message.as_deref().or(self.meta.message())
    }
    /// Status, code and request id of the response.
    pub fn meta(&self) -> &crate::runtime::ErrorMetadata {
        &self.meta
    }
    /// Parses the error from a response body (an unparseable body
    /// keeps the defaults: the code alone identifies the error).
    #[doc(hidden)]
    #[inline(never)]
    pub fn from_response(meta: crate::runtime::ErrorMetadata, body: &[u8]) -> Self {
        let mut e: Self = crate::runtime::error::parse_error_body(body);
        e.meta = meta;
        e
    }
}
impl ::std::fmt::Display for InvalidRestoreTimeException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        crate::runtime::error::write_service_error(
            f,
            Self::CODE,
            self.message(),
            &self.meta,
        )
    }
}
impl ::std::error::Error for InvalidRestoreTimeException {}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::default::Default,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ItemCollectionSizeLimitExceededException {
    /// The error message from the service.
    #[serde(rename = "message", default, alias = "Message")]
    pub message: ::std::option::Option<::std::string::String>,
    /// Status, code and request id of the response.
    #[serde(skip)]
    pub meta: crate::runtime::ErrorMetadata,
}
impl ItemCollectionSizeLimitExceededException {
    /// The error code, as the service sends it.
    pub const CODE: &'static str = "ItemCollectionSizeLimitExceededException";
    /// The error message, from the body or the response metadata.
    pub fn message(&self) -> ::std::option::Option<&str> {
        self.message.as_deref().or(self.meta.message())
    }
    /// Status, code and request id of the response.
    pub fn meta(&self) -> &crate::runtime::ErrorMetadata {
        &self.meta
    }
    /// Parses the error from a response body (an unparseable body
    /// keeps the defaults: the code alone identifies the error).
    #[doc(hidden)]
    #[inline(never)]
    pub fn from_response(meta: crate::runtime::ErrorMetadata, body: &[u8]) -> Self {
        let mut e: Self = crate::runtime::error::parse_error_body(body);
        e.meta = meta;
        e
    }
}
impl ::std::fmt::Display for ItemCollectionSizeLimitExceededException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        crate::runtime::error::write_service_error(
            f,
            Self::CODE,
            self.message(),
            &self.meta,
        )
    }
}
impl ::std::error::Error for ItemCollectionSizeLimitExceededException {}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::default::Default,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct LimitExceededException {
    /// The error message from the service.
    #[serde(rename = "message", default, alias = "Message")]
    pub message: ::std::option::Option<::std::string::String>,
    /// Status, code and request id of the response.
    #[serde(skip)]
    pub meta: crate::runtime::ErrorMetadata,
}
impl LimitExceededException {
    /// The error code, as the service sends it.
    pub const CODE: &'static str = "LimitExceededException";
    /// The error message, from the body or the response metadata.
    pub fn message(&self) -> ::std::option::Option<&str> {
        self.message.as_deref().or(self.meta.message())
    }
    /// Status, code and request id of the response.
    pub fn meta(&self) -> &crate::runtime::ErrorMetadata {
        &self.meta
    }
    /// Parses the error from a response body (an unparseable body
    /// keeps the defaults: the code alone identifies the error).
    #[doc(hidden)]
    #[inline(never)]
    pub fn from_response(meta: crate::runtime::ErrorMetadata, body: &[u8]) -> Self {
        let mut e: Self = crate::runtime::error::parse_error_body(body);
        e.meta = meta;
        e
    }
}
impl ::std::fmt::Display for LimitExceededException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        crate::runtime::error::write_service_error(
            f,
            Self::CODE,
            self.message(),
            &self.meta,
        )
    }
}
impl ::std::error::Error for LimitExceededException {}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::default::Default,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct PointInTimeRecoveryUnavailableException {
    /// The error message from the service.
    #[serde(rename = "message", default, alias = "Message")]
    pub message: ::std::option::Option<::std::string::String>,
    /// Status, code and request id of the response.
    #[serde(skip)]
    pub meta: crate::runtime::ErrorMetadata,
}
impl PointInTimeRecoveryUnavailableException {
    /// The error code, as the service sends it.
    pub const CODE: &'static str = "PointInTimeRecoveryUnavailableException";
    /// The error message, from the body or the response metadata.
    pub fn message(&self) -> ::std::option::Option<&str> {
        self.message.as_deref().or(self.meta.message())
    }
    /// Status, code and request id of the response.
    pub fn meta(&self) -> &crate::runtime::ErrorMetadata {
        &self.meta
    }
    /// Parses the error from a response body (an unparseable body
    /// keeps the defaults: the code alone identifies the error).
    #[doc(hidden)]
    #[inline(never)]
    pub fn from_response(meta: crate::runtime::ErrorMetadata, body: &[u8]) -> Self {
        let mut e: Self = crate::runtime::error::parse_error_body(body);
        e.meta = meta;
        e
    }
}
impl ::std::fmt::Display for PointInTimeRecoveryUnavailableException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        crate::runtime::error::write_service_error(
            f,
            Self::CODE,
            self.message(),
            &self.meta,
        )
    }
}
impl ::std::error::Error for PointInTimeRecoveryUnavailableException {}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::default::Default,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct PolicyNotFoundException {
    /// The error message from the service.
    #[serde(rename = "message", default, alias = "Message")]
    pub message: ::std::option::Option<::std::string::String>,
    /// Status, code and request id of the response.
    #[serde(skip)]
    pub meta: crate::runtime::ErrorMetadata,
}
impl PolicyNotFoundException {
    /// The error code, as the service sends it.
    pub const CODE: &'static str = "PolicyNotFoundException";
    /// The error message, from the body or the response metadata.
    pub fn message(&self) -> ::std::option::Option<&str> {
        self.message.as_deref().or(self.meta.message())
    }
    /// Status, code and request id of the response.
    pub fn meta(&self) -> &crate::runtime::ErrorMetadata {
        &self.meta
    }
    /// Parses the error from a response body (an unparseable body
    /// keeps the defaults: the code alone identifies the error).
    #[doc(hidden)]
    #[inline(never)]
    pub fn from_response(meta: crate::runtime::ErrorMetadata, body: &[u8]) -> Self {
        let mut e: Self = crate::runtime::error::parse_error_body(body);
        e.meta = meta;
        e
    }
}
impl ::std::fmt::Display for PolicyNotFoundException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        crate::runtime::error::write_service_error(
            f,
            Self::CODE,
            self.message(),
            &self.meta,
        )
    }
}
impl ::std::error::Error for PolicyNotFoundException {}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::default::Default,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ProvisionedThroughputExceededException {
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "ThrottlingReasons", default)]
    pub throttling_reasons: ::std::option::Option<
        ::std::vec::Vec<crate::types::ThrottlingReason>,
    >,
    /// The error message from the service.
    #[serde(rename = "message", default, alias = "Message")]
    pub message: ::std::option::Option<::std::string::String>,
    /// Status, code and request id of the response.
    #[serde(skip)]
    pub meta: crate::runtime::ErrorMetadata,
}
impl ProvisionedThroughputExceededException {
    /// The error code, as the service sends it.
    pub const CODE: &'static str = "ProvisionedThroughputExceededException";
    /// The error message, from the body or the response metadata.
    pub fn message(&self) -> ::std::option::Option<&str> {
        self.message.as_deref().or(self.meta.message())
    }
    /// Status, code and request id of the response.
    pub fn meta(&self) -> &crate::runtime::ErrorMetadata {
        &self.meta
    }
    /// Parses the error from a response body (an unparseable body
    /// keeps the defaults: the code alone identifies the error).
    #[doc(hidden)]
    #[inline(never)]
    pub fn from_response(meta: crate::runtime::ErrorMetadata, body: &[u8]) -> Self {
        let mut e: Self = crate::runtime::error::parse_error_body(body);
        e.meta = meta;
        e
    }
}
impl ::std::fmt::Display for ProvisionedThroughputExceededException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        crate::runtime::error::write_service_error(
            f,
            Self::CODE,
            self.message(),
            &self.meta,
        )
    }
}
impl ::std::error::Error for ProvisionedThroughputExceededException {}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::default::Default,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ReplicaAlreadyExistsException {
    /// The error message from the service.
    #[serde(rename = "message", default, alias = "Message")]
    pub message: ::std::option::Option<::std::string::String>,
    /// Status, code and request id of the response.
    #[serde(skip)]
    pub meta: crate::runtime::ErrorMetadata,
}
impl ReplicaAlreadyExistsException {
    /// The error code, as the service sends it.
    pub const CODE: &'static str = "ReplicaAlreadyExistsException";
    /// The error message, from the body or the response metadata.
    pub fn message(&self) -> ::std::option::Option<&str> {
        self.message.as_deref().or(self.meta.message())
    }
    /// Status, code and request id of the response.
    pub fn meta(&self) -> &crate::runtime::ErrorMetadata {
        &self.meta
    }
    /// Parses the error from a response body (an unparseable body
    /// keeps the defaults: the code alone identifies the error).
    #[doc(hidden)]
    #[inline(never)]
    pub fn from_response(meta: crate::runtime::ErrorMetadata, body: &[u8]) -> Self {
        let mut e: Self = crate::runtime::error::parse_error_body(body);
        e.meta = meta;
        e
    }
}
impl ::std::fmt::Display for ReplicaAlreadyExistsException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        crate::runtime::error::write_service_error(
            f,
            Self::CODE,
            self.message(),
            &self.meta,
        )
    }
}
impl ::std::error::Error for ReplicaAlreadyExistsException {}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::default::Default,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ReplicaNotFoundException {
    /// The error message from the service.
    #[serde(rename = "message", default, alias = "Message")]
    pub message: ::std::option::Option<::std::string::String>,
    /// Status, code and request id of the response.
    #[serde(skip)]
    pub meta: crate::runtime::ErrorMetadata,
}
impl ReplicaNotFoundException {
    /// The error code, as the service sends it.
    pub const CODE: &'static str = "ReplicaNotFoundException";
    /// The error message, from the body or the response metadata.
    pub fn message(&self) -> ::std::option::Option<&str> {
        self.message.as_deref().or(self.meta.message())
    }
    /// Status, code and request id of the response.
    pub fn meta(&self) -> &crate::runtime::ErrorMetadata {
        &self.meta
    }
    /// Parses the error from a response body (an unparseable body
    /// keeps the defaults: the code alone identifies the error).
    #[doc(hidden)]
    #[inline(never)]
    pub fn from_response(meta: crate::runtime::ErrorMetadata, body: &[u8]) -> Self {
        let mut e: Self = crate::runtime::error::parse_error_body(body);
        e.meta = meta;
        e
    }
}
impl ::std::fmt::Display for ReplicaNotFoundException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        crate::runtime::error::write_service_error(
            f,
            Self::CODE,
            self.message(),
            &self.meta,
        )
    }
}
impl ::std::error::Error for ReplicaNotFoundException {}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::default::Default,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ReplicatedWriteConflictException {
    /// The error message from the service.
    #[serde(rename = "message", default, alias = "Message")]
    pub message: ::std::option::Option<::std::string::String>,
    /// Status, code and request id of the response.
    #[serde(skip)]
    pub meta: crate::runtime::ErrorMetadata,
}
impl ReplicatedWriteConflictException {
    /// The error code, as the service sends it.
    pub const CODE: &'static str = "ReplicatedWriteConflictException";
    /// The error message, from the body or the response metadata.
    pub fn message(&self) -> ::std::option::Option<&str> {
        self.message.as_deref().or(self.meta.message())
    }
    /// Status, code and request id of the response.
    pub fn meta(&self) -> &crate::runtime::ErrorMetadata {
        &self.meta
    }
    /// Parses the error from a response body (an unparseable body
    /// keeps the defaults: the code alone identifies the error).
    #[doc(hidden)]
    #[inline(never)]
    pub fn from_response(meta: crate::runtime::ErrorMetadata, body: &[u8]) -> Self {
        let mut e: Self = crate::runtime::error::parse_error_body(body);
        e.meta = meta;
        e
    }
}
impl ::std::fmt::Display for ReplicatedWriteConflictException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        crate::runtime::error::write_service_error(
            f,
            Self::CODE,
            self.message(),
            &self.meta,
        )
    }
}
impl ::std::error::Error for ReplicatedWriteConflictException {}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::default::Default,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct RequestLimitExceeded {
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "ThrottlingReasons", default)]
    pub throttling_reasons: ::std::option::Option<
        ::std::vec::Vec<crate::types::ThrottlingReason>,
    >,
    /// The error message from the service.
    #[serde(rename = "message", default, alias = "Message")]
    pub message: ::std::option::Option<::std::string::String>,
    /// Status, code and request id of the response.
    #[serde(skip)]
    pub meta: crate::runtime::ErrorMetadata,
}
impl RequestLimitExceeded {
    /// The error code, as the service sends it.
    pub const CODE: &'static str = "RequestLimitExceeded";
    /// The error message, from the body or the response metadata.
    pub fn message(&self) -> ::std::option::Option<&str> {
        self.message.as_deref().or(self.meta.message())
    }
    /// Status, code and request id of the response.
    pub fn meta(&self) -> &crate::runtime::ErrorMetadata {
        &self.meta
    }
    /// Parses the error from a response body (an unparseable body
    /// keeps the defaults: the code alone identifies the error).
    #[doc(hidden)]
    #[inline(never)]
    pub fn from_response(meta: crate::runtime::ErrorMetadata, body: &[u8]) -> Self {
        let mut e: Self = crate::runtime::error::parse_error_body(body);
        e.meta = meta;
        e
    }
}
impl ::std::fmt::Display for RequestLimitExceeded {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        crate::runtime::error::write_service_error(
            f,
            Self::CODE,
            self.message(),
            &self.meta,
        )
    }
}
impl ::std::error::Error for RequestLimitExceeded {}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::default::Default,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ResourceInUseException {
    /// The error message from the service.
    #[serde(rename = "message", default, alias = "Message")]
    pub message: ::std::option::Option<::std::string::String>,
    /// Status, code and request id of the response.
    #[serde(skip)]
    pub meta: crate::runtime::ErrorMetadata,
}
impl ResourceInUseException {
    /// The error code, as the service sends it.
    pub const CODE: &'static str = "ResourceInUseException";
    /// The error message, from the body or the response metadata.
    pub fn message(&self) -> ::std::option::Option<&str> {
        self.message.as_deref().or(self.meta.message())
    }
    /// Status, code and request id of the response.
    pub fn meta(&self) -> &crate::runtime::ErrorMetadata {
        &self.meta
    }
    /// Parses the error from a response body (an unparseable body
    /// keeps the defaults: the code alone identifies the error).
    #[doc(hidden)]
    #[inline(never)]
    pub fn from_response(meta: crate::runtime::ErrorMetadata, body: &[u8]) -> Self {
        let mut e: Self = crate::runtime::error::parse_error_body(body);
        e.meta = meta;
        e
    }
}
impl ::std::fmt::Display for ResourceInUseException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        crate::runtime::error::write_service_error(
            f,
            Self::CODE,
            self.message(),
            &self.meta,
        )
    }
}
impl ::std::error::Error for ResourceInUseException {}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::default::Default,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ResourceNotFoundException {
    /// The error message from the service.
    #[serde(rename = "message", default, alias = "Message")]
    pub message: ::std::option::Option<::std::string::String>,
    /// Status, code and request id of the response.
    #[serde(skip)]
    pub meta: crate::runtime::ErrorMetadata,
}
impl ResourceNotFoundException {
    /// The error code, as the service sends it.
    pub const CODE: &'static str = "ResourceNotFoundException";
    /// The error message, from the body or the response metadata.
    pub fn message(&self) -> ::std::option::Option<&str> {
        self.message.as_deref().or(self.meta.message())
    }
    /// Status, code and request id of the response.
    pub fn meta(&self) -> &crate::runtime::ErrorMetadata {
        &self.meta
    }
    /// Parses the error from a response body (an unparseable body
    /// keeps the defaults: the code alone identifies the error).
    #[doc(hidden)]
    #[inline(never)]
    pub fn from_response(meta: crate::runtime::ErrorMetadata, body: &[u8]) -> Self {
        let mut e: Self = crate::runtime::error::parse_error_body(body);
        e.meta = meta;
        e
    }
}
impl ::std::fmt::Display for ResourceNotFoundException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        crate::runtime::error::write_service_error(
            f,
            Self::CODE,
            self.message(),
            &self.meta,
        )
    }
}
impl ::std::error::Error for ResourceNotFoundException {}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::default::Default,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct TableAlreadyExistsException {
    /// The error message from the service.
    #[serde(rename = "message", default, alias = "Message")]
    pub message: ::std::option::Option<::std::string::String>,
    /// Status, code and request id of the response.
    #[serde(skip)]
    pub meta: crate::runtime::ErrorMetadata,
}
impl TableAlreadyExistsException {
    /// The error code, as the service sends it.
    pub const CODE: &'static str = "TableAlreadyExistsException";
    /// The error message, from the body or the response metadata.
    pub fn message(&self) -> ::std::option::Option<&str> {
        self.message.as_deref().or(self.meta.message())
    }
    /// Status, code and request id of the response.
    pub fn meta(&self) -> &crate::runtime::ErrorMetadata {
        &self.meta
    }
    /// Parses the error from a response body (an unparseable body
    /// keeps the defaults: the code alone identifies the error).
    #[doc(hidden)]
    #[inline(never)]
    pub fn from_response(meta: crate::runtime::ErrorMetadata, body: &[u8]) -> Self {
        let mut e: Self = crate::runtime::error::parse_error_body(body);
        e.meta = meta;
        e
    }
}
impl ::std::fmt::Display for TableAlreadyExistsException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        crate::runtime::error::write_service_error(
            f,
            Self::CODE,
            self.message(),
            &self.meta,
        )
    }
}
impl ::std::error::Error for TableAlreadyExistsException {}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::default::Default,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct TableInUseException {
    /// The error message from the service.
    #[serde(rename = "message", default, alias = "Message")]
    pub message: ::std::option::Option<::std::string::String>,
    /// Status, code and request id of the response.
    #[serde(skip)]
    pub meta: crate::runtime::ErrorMetadata,
}
impl TableInUseException {
    /// The error code, as the service sends it.
    pub const CODE: &'static str = "TableInUseException";
    /// The error message, from the body or the response metadata.
    pub fn message(&self) -> ::std::option::Option<&str> {
        self.message.as_deref().or(self.meta.message())
    }
    /// Status, code and request id of the response.
    pub fn meta(&self) -> &crate::runtime::ErrorMetadata {
        &self.meta
    }
    /// Parses the error from a response body (an unparseable body
    /// keeps the defaults: the code alone identifies the error).
    #[doc(hidden)]
    #[inline(never)]
    pub fn from_response(meta: crate::runtime::ErrorMetadata, body: &[u8]) -> Self {
        let mut e: Self = crate::runtime::error::parse_error_body(body);
        e.meta = meta;
        e
    }
}
impl ::std::fmt::Display for TableInUseException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        crate::runtime::error::write_service_error(
            f,
            Self::CODE,
            self.message(),
            &self.meta,
        )
    }
}
impl ::std::error::Error for TableInUseException {}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::default::Default,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct TableNotFoundException {
    /// The error message from the service.
    #[serde(rename = "message", default, alias = "Message")]
    pub message: ::std::option::Option<::std::string::String>,
    /// Status, code and request id of the response.
    #[serde(skip)]
    pub meta: crate::runtime::ErrorMetadata,
}
impl TableNotFoundException {
    /// The error code, as the service sends it.
    pub const CODE: &'static str = "TableNotFoundException";
    /// The error message, from the body or the response metadata.
    pub fn message(&self) -> ::std::option::Option<&str> {
        self.message.as_deref().or(self.meta.message())
    }
    /// Status, code and request id of the response.
    pub fn meta(&self) -> &crate::runtime::ErrorMetadata {
        &self.meta
    }
    /// Parses the error from a response body (an unparseable body
    /// keeps the defaults: the code alone identifies the error).
    #[doc(hidden)]
    #[inline(never)]
    pub fn from_response(meta: crate::runtime::ErrorMetadata, body: &[u8]) -> Self {
        let mut e: Self = crate::runtime::error::parse_error_body(body);
        e.meta = meta;
        e
    }
}
impl ::std::fmt::Display for TableNotFoundException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        crate::runtime::error::write_service_error(
            f,
            Self::CODE,
            self.message(),
            &self.meta,
        )
    }
}
impl ::std::error::Error for TableNotFoundException {}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::default::Default,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ThrottlingException {
    /// The error message from the service.
    #[serde(rename = "message", default, alias = "Message")]
    pub message: ::std::option::Option<::std::string::String>,
    #[serde(rename = "throttlingReasons", default)]
    pub throttling_reasons: ::std::option::Option<
        ::std::vec::Vec<crate::types::ThrottlingReason>,
    >,
    /// Status, code and request id of the response.
    #[serde(skip)]
    pub meta: crate::runtime::ErrorMetadata,
}
impl ThrottlingException {
    /// The error code, as the service sends it.
    pub const CODE: &'static str = "ThrottlingException";
    /// The error message, from the body or the response metadata.
    pub fn message(&self) -> ::std::option::Option<&str> {
        self.message.as_deref().or(self.meta.message())
    }
    /// Status, code and request id of the response.
    pub fn meta(&self) -> &crate::runtime::ErrorMetadata {
        &self.meta
    }
    /// Parses the error from a response body (an unparseable body
    /// keeps the defaults: the code alone identifies the error).
    #[doc(hidden)]
    #[inline(never)]
    pub fn from_response(meta: crate::runtime::ErrorMetadata, body: &[u8]) -> Self {
        let mut e: Self = crate::runtime::error::parse_error_body(body);
        e.meta = meta;
        e
    }
}
impl ::std::fmt::Display for ThrottlingException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        crate::runtime::error::write_service_error(
            f,
            Self::CODE,
            self.message(),
            &self.meta,
        )
    }
}
impl ::std::error::Error for ThrottlingException {}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::default::Default,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct TransactionCanceledException {
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "CancellationReasons", default)]
    pub cancellation_reasons: ::std::option::Option<
        ::std::vec::Vec<crate::types::CancellationReason>,
    >,
    /// The error message from the service.
    #[serde(rename = "Message", default, alias = "message")]
    pub message: ::std::option::Option<::std::string::String>,
    /// Status, code and request id of the response.
    #[serde(skip)]
    pub meta: crate::runtime::ErrorMetadata,
}
impl TransactionCanceledException {
    /// The error code, as the service sends it.
    pub const CODE: &'static str = "TransactionCanceledException";
    /// The error message, from the body or the response metadata.
    pub fn message(&self) -> ::std::option::Option<&str> {
        self.message.as_deref().or(self.meta.message())
    }
    /// Status, code and request id of the response.
    pub fn meta(&self) -> &crate::runtime::ErrorMetadata {
        &self.meta
    }
    /// Parses the error from a response body (an unparseable body
    /// keeps the defaults: the code alone identifies the error).
    #[doc(hidden)]
    #[inline(never)]
    pub fn from_response(meta: crate::runtime::ErrorMetadata, body: &[u8]) -> Self {
        let mut e: Self = crate::runtime::error::parse_error_body(body);
        e.meta = meta;
        e
    }
}
impl ::std::fmt::Display for TransactionCanceledException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        crate::runtime::error::write_service_error(
            f,
            Self::CODE,
            self.message(),
            &self.meta,
        )
    }
}
impl ::std::error::Error for TransactionCanceledException {}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::default::Default,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct TransactionConflictException {
    /// The error message from the service.
    #[serde(rename = "message", default, alias = "Message")]
    pub message: ::std::option::Option<::std::string::String>,
    /// Status, code and request id of the response.
    #[serde(skip)]
    pub meta: crate::runtime::ErrorMetadata,
}
impl TransactionConflictException {
    /// The error code, as the service sends it.
    pub const CODE: &'static str = "TransactionConflictException";
    /// The error message, from the body or the response metadata.
    pub fn message(&self) -> ::std::option::Option<&str> {
        self.message.as_deref().or(self.meta.message())
    }
    /// Status, code and request id of the response.
    pub fn meta(&self) -> &crate::runtime::ErrorMetadata {
        &self.meta
    }
    /// Parses the error from a response body (an unparseable body
    /// keeps the defaults: the code alone identifies the error).
    #[doc(hidden)]
    #[inline(never)]
    pub fn from_response(meta: crate::runtime::ErrorMetadata, body: &[u8]) -> Self {
        let mut e: Self = crate::runtime::error::parse_error_body(body);
        e.meta = meta;
        e
    }
}
impl ::std::fmt::Display for TransactionConflictException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        crate::runtime::error::write_service_error(
            f,
            Self::CODE,
            self.message(),
            &self.meta,
        )
    }
}
impl ::std::error::Error for TransactionConflictException {}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::default::Default,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct TransactionInProgressException {
    /// The error message from the service.
    #[serde(rename = "Message", default, alias = "message")]
    pub message: ::std::option::Option<::std::string::String>,
    /// Status, code and request id of the response.
    #[serde(skip)]
    pub meta: crate::runtime::ErrorMetadata,
}
impl TransactionInProgressException {
    /// The error code, as the service sends it.
    pub const CODE: &'static str = "TransactionInProgressException";
    /// The error message, from the body or the response metadata.
    pub fn message(&self) -> ::std::option::Option<&str> {
        self.message.as_deref().or(self.meta.message())
    }
    /// Status, code and request id of the response.
    pub fn meta(&self) -> &crate::runtime::ErrorMetadata {
        &self.meta
    }
    /// Parses the error from a response body (an unparseable body
    /// keeps the defaults: the code alone identifies the error).
    #[doc(hidden)]
    #[inline(never)]
    pub fn from_response(meta: crate::runtime::ErrorMetadata, body: &[u8]) -> Self {
        let mut e: Self = crate::runtime::error::parse_error_body(body);
        e.meta = meta;
        e
    }
}
impl ::std::fmt::Display for TransactionInProgressException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        crate::runtime::error::write_service_error(
            f,
            Self::CODE,
            self.message(),
            &self.meta,
        )
    }
}
impl ::std::error::Error for TransactionInProgressException {}
