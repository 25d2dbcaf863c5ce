//! Modelled service errors (matched by error code, not HTTP status).
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::default::Default,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ActivityAlreadyExists {
    /// The error message from the service.
    #[serde(rename = "message", default, alias = "Message")]
    pub message: ::std::option::Option<::std::string::String>,
    /// Status, code and request id of the response.
    #[serde(skip)]
    pub meta: crate::runtime::ErrorMetadata,
}
impl ActivityAlreadyExists {
    /// The error code, as the service sends it.
    pub const CODE: &'static str = "ActivityAlreadyExists";
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
impl ::std::fmt::Display for ActivityAlreadyExists {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        crate::runtime::error::write_service_error(
            f,
            Self::CODE,
            self.message(),
            &self.meta,
        )
    }
}
impl ::std::error::Error for ActivityAlreadyExists {}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::default::Default,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ActivityDoesNotExist {
    /// The error message from the service.
    #[serde(rename = "message", default, alias = "Message")]
    pub message: ::std::option::Option<::std::string::String>,
    /// Status, code and request id of the response.
    #[serde(skip)]
    pub meta: crate::runtime::ErrorMetadata,
}
impl ActivityDoesNotExist {
    /// The error code, as the service sends it.
    pub const CODE: &'static str = "ActivityDoesNotExist";
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
impl ::std::fmt::Display for ActivityDoesNotExist {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        crate::runtime::error::write_service_error(
            f,
            Self::CODE,
            self.message(),
            &self.meta,
        )
    }
}
impl ::std::error::Error for ActivityDoesNotExist {}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::default::Default,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ActivityLimitExceeded {
    /// The error message from the service.
    #[serde(rename = "message", default, alias = "Message")]
    pub message: ::std::option::Option<::std::string::String>,
    /// Status, code and request id of the response.
    #[serde(skip)]
    pub meta: crate::runtime::ErrorMetadata,
}
impl ActivityLimitExceeded {
    /// The error code, as the service sends it.
    pub const CODE: &'static str = "ActivityLimitExceeded";
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
impl ::std::fmt::Display for ActivityLimitExceeded {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        crate::runtime::error::write_service_error(
            f,
            Self::CODE,
            self.message(),
            &self.meta,
        )
    }
}
impl ::std::error::Error for ActivityLimitExceeded {}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::default::Default,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ActivityWorkerLimitExceeded {
    /// The error message from the service.
    #[serde(rename = "message", default, alias = "Message")]
    pub message: ::std::option::Option<::std::string::String>,
    /// Status, code and request id of the response.
    #[serde(skip)]
    pub meta: crate::runtime::ErrorMetadata,
}
impl ActivityWorkerLimitExceeded {
    /// The error code, as the service sends it.
    pub const CODE: &'static str = "ActivityWorkerLimitExceeded";
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
impl ::std::fmt::Display for ActivityWorkerLimitExceeded {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        crate::runtime::error::write_service_error(
            f,
            Self::CODE,
            self.message(),
            &self.meta,
        )
    }
}
impl ::std::error::Error for ActivityWorkerLimitExceeded {}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::default::Default,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ConflictException {
    /// The error message from the service.
    #[serde(rename = "message", default, alias = "Message")]
    pub message: ::std::option::Option<::std::string::String>,
    /// Status, code and request id of the response.
    #[serde(skip)]
    pub meta: crate::runtime::ErrorMetadata,
}
impl ConflictException {
    /// The error code, as the service sends it.
    pub const CODE: &'static str = "ConflictException";
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
impl ::std::fmt::Display for ConflictException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        crate::runtime::error::write_service_error(
            f,
            Self::CODE,
            self.message(),
            &self.meta,
        )
    }
}
impl ::std::error::Error for ConflictException {}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::default::Default,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ExecutionAlreadyExists {
    /// The error message from the service.
    #[serde(rename = "message", default, alias = "Message")]
    pub message: ::std::option::Option<::std::string::String>,
    /// Status, code and request id of the response.
    #[serde(skip)]
    pub meta: crate::runtime::ErrorMetadata,
}
impl ExecutionAlreadyExists {
    /// The error code, as the service sends it.
    pub const CODE: &'static str = "ExecutionAlreadyExists";
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
impl ::std::fmt::Display for ExecutionAlreadyExists {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        crate::runtime::error::write_service_error(
            f,
            Self::CODE,
            self.message(),
            &self.meta,
        )
    }
}
impl ::std::error::Error for ExecutionAlreadyExists {}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::default::Default,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ExecutionDoesNotExist {
    /// The error message from the service.
    #[serde(rename = "message", default, alias = "Message")]
    pub message: ::std::option::Option<::std::string::String>,
    /// Status, code and request id of the response.
    #[serde(skip)]
    pub meta: crate::runtime::ErrorMetadata,
}
impl ExecutionDoesNotExist {
    /// The error code, as the service sends it.
    pub const CODE: &'static str = "ExecutionDoesNotExist";
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
impl ::std::fmt::Display for ExecutionDoesNotExist {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        crate::runtime::error::write_service_error(
            f,
            Self::CODE,
            self.message(),
            &self.meta,
        )
    }
}
impl ::std::error::Error for ExecutionDoesNotExist {}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::default::Default,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ExecutionLimitExceeded {
    /// The error message from the service.
    #[serde(rename = "message", default, alias = "Message")]
    pub message: ::std::option::Option<::std::string::String>,
    /// Status, code and request id of the response.
    #[serde(skip)]
    pub meta: crate::runtime::ErrorMetadata,
}
impl ExecutionLimitExceeded {
    /// The error code, as the service sends it.
    pub const CODE: &'static str = "ExecutionLimitExceeded";
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
impl ::std::fmt::Display for ExecutionLimitExceeded {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        crate::runtime::error::write_service_error(
            f,
            Self::CODE,
            self.message(),
            &self.meta,
        )
    }
}
impl ::std::error::Error for ExecutionLimitExceeded {}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::default::Default,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ExecutionNotRedrivable {
    /// The error message from the service.
    #[serde(rename = "message", default, alias = "Message")]
    pub message: ::std::option::Option<::std::string::String>,
    /// Status, code and request id of the response.
    #[serde(skip)]
    pub meta: crate::runtime::ErrorMetadata,
}
impl ExecutionNotRedrivable {
    /// The error code, as the service sends it.
    pub const CODE: &'static str = "ExecutionNotRedrivable";
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
impl ::std::fmt::Display for ExecutionNotRedrivable {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        crate::runtime::error::write_service_error(
            f,
            Self::CODE,
            self.message(),
            &self.meta,
        )
    }
}
impl ::std::error::Error for ExecutionNotRedrivable {}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::default::Default,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct InvalidArn {
    /// The error message from the service.
    #[serde(rename = "message", default, alias = "Message")]
    pub message: ::std::option::Option<::std::string::String>,
    /// Status, code and request id of the response.
    #[serde(skip)]
    pub meta: crate::runtime::ErrorMetadata,
}
impl InvalidArn {
    /// The error code, as the service sends it.
    pub const CODE: &'static str = "InvalidArn";
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
impl ::std::fmt::Display for InvalidArn {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        crate::runtime::error::write_service_error(
            f,
            Self::CODE,
            self.message(),
            &self.meta,
        )
    }
}
impl ::std::error::Error for InvalidArn {}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::default::Default,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct InvalidDefinition {
    /// The error message from the service.
    #[serde(rename = "message", default, alias = "Message")]
    pub message: ::std::option::Option<::std::string::String>,
    /// Status, code and request id of the response.
    #[serde(skip)]
    pub meta: crate::runtime::ErrorMetadata,
}
impl InvalidDefinition {
    /// The error code, as the service sends it.
    pub const CODE: &'static str = "InvalidDefinition";
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
impl ::std::fmt::Display for InvalidDefinition {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        crate::runtime::error::write_service_error(
            f,
            Self::CODE,
            self.message(),
            &self.meta,
        )
    }
}
impl ::std::error::Error for InvalidDefinition {}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::default::Default,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct InvalidEncryptionConfiguration {
    /// The error message from the service.
    #[serde(rename = "message", default, alias = "Message")]
    pub message: ::std::option::Option<::std::string::String>,
    /// Status, code and request id of the response.
    #[serde(skip)]
    pub meta: crate::runtime::ErrorMetadata,
}
impl InvalidEncryptionConfiguration {
    /// The error code, as the service sends it.
    pub const CODE: &'static str = "InvalidEncryptionConfiguration";
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
impl ::std::fmt::Display for InvalidEncryptionConfiguration {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        crate::runtime::error::write_service_error(
            f,
            Self::CODE,
            self.message(),
            &self.meta,
        )
    }
}
impl ::std::error::Error for InvalidEncryptionConfiguration {}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::default::Default,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct InvalidExecutionInput {
    /// The error message from the service.
    #[serde(rename = "message", default, alias = "Message")]
    pub message: ::std::option::Option<::std::string::String>,
    /// Status, code and request id of the response.
    #[serde(skip)]
    pub meta: crate::runtime::ErrorMetadata,
}
impl InvalidExecutionInput {
    /// The error code, as the service sends it.
    pub const CODE: &'static str = "InvalidExecutionInput";
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
impl ::std::fmt::Display for InvalidExecutionInput {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        crate::runtime::error::write_service_error(
            f,
            Self::CODE,
            self.message(),
            &self.meta,
        )
    }
}
impl ::std::error::Error for InvalidExecutionInput {}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::default::Default,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct InvalidLoggingConfiguration {
    /// The error message from the service.
    #[serde(rename = "message", default, alias = "Message")]
    pub message: ::std::option::Option<::std::string::String>,
    /// Status, code and request id of the response.
    #[serde(skip)]
    pub meta: crate::runtime::ErrorMetadata,
}
impl InvalidLoggingConfiguration {
    /// The error code, as the service sends it.
    pub const CODE: &'static str = "InvalidLoggingConfiguration";
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
impl ::std::fmt::Display for InvalidLoggingConfiguration {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        crate::runtime::error::write_service_error(
            f,
            Self::CODE,
            self.message(),
            &self.meta,
        )
    }
}
impl ::std::error::Error for InvalidLoggingConfiguration {}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::default::Default,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct InvalidName {
    /// The error message from the service.
    #[serde(rename = "message", default, alias = "Message")]
    pub message: ::std::option::Option<::std::string::String>,
    /// Status, code and request id of the response.
    #[serde(skip)]
    pub meta: crate::runtime::ErrorMetadata,
}
impl InvalidName {
    /// The error code, as the service sends it.
    pub const CODE: &'static str = "InvalidName";
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
impl ::std::fmt::Display for InvalidName {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        crate::runtime::error::write_service_error(
            f,
            Self::CODE,
            self.message(),
            &self.meta,
        )
    }
}
impl ::std::error::Error for InvalidName {}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::default::Default,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct InvalidOutput {
    /// The error message from the service.
    #[serde(rename = "message", default, alias = "Message")]
    pub message: ::std::option::Option<::std::string::String>,
    /// Status, code and request id of the response.
    #[serde(skip)]
    pub meta: crate::runtime::ErrorMetadata,
}
impl InvalidOutput {
    /// The error code, as the service sends it.
    pub const CODE: &'static str = "InvalidOutput";
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
impl ::std::fmt::Display for InvalidOutput {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        crate::runtime::error::write_service_error(
            f,
            Self::CODE,
            self.message(),
            &self.meta,
        )
    }
}
impl ::std::error::Error for InvalidOutput {}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::default::Default,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct InvalidToken {
    /// The error message from the service.
    #[serde(rename = "message", default, alias = "Message")]
    pub message: ::std::option::Option<::std::string::String>,
    /// Status, code and request id of the response.
    #[serde(skip)]
    pub meta: crate::runtime::ErrorMetadata,
}
impl InvalidToken {
    /// The error code, as the service sends it.
    pub const CODE: &'static str = "InvalidToken";
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
impl ::std::fmt::Display for InvalidToken {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        crate::runtime::error::write_service_error(
            f,
            Self::CODE,
            self.message(),
            &self.meta,
        )
    }
}
impl ::std::error::Error for InvalidToken {}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::default::Default,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct InvalidTracingConfiguration {
    /// The error message from the service.
    #[serde(rename = "message", default, alias = "Message")]
    pub message: ::std::option::Option<::std::string::String>,
    /// Status, code and request id of the response.
    #[serde(skip)]
    pub meta: crate::runtime::ErrorMetadata,
}
impl InvalidTracingConfiguration {
    /// The error code, as the service sends it.
    pub const CODE: &'static str = "InvalidTracingConfiguration";
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
impl ::std::fmt::Display for InvalidTracingConfiguration {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        crate::runtime::error::write_service_error(
            f,
            Self::CODE,
            self.message(),
            &self.meta,
        )
    }
}
impl ::std::error::Error for InvalidTracingConfiguration {}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::default::Default,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct KmsAccessDeniedException {
    /// The error message from the service.
    #[serde(rename = "message", default, alias = "Message")]
    pub message: ::std::option::Option<::std::string::String>,
    /// Status, code and request id of the response.
    #[serde(skip)]
    pub meta: crate::runtime::ErrorMetadata,
}
impl KmsAccessDeniedException {
    /// The error code, as the service sends it.
    pub const CODE: &'static str = "KmsAccessDeniedException";
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
impl ::std::fmt::Display for KmsAccessDeniedException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        crate::runtime::error::write_service_error(
            f,
            Self::CODE,
            self.message(),
            &self.meta,
        )
    }
}
impl ::std::error::Error for KmsAccessDeniedException {}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::default::Default,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct KmsInvalidStateException {
    #[serde(rename = "kmsKeyState", default)]
    pub kms_key_state: ::std::option::Option<crate::types::KmsKeyState>,
    /// The error message from the service.
    #[serde(rename = "message", default, alias = "Message")]
    pub message: ::std::option::Option<::std::string::String>,
    /// Status, code and request id of the response.
    #[serde(skip)]
    pub meta: crate::runtime::ErrorMetadata,
}
impl KmsInvalidStateException {
    /// The error code, as the service sends it.
    pub const CODE: &'static str = "KmsInvalidStateException";
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
impl ::std::fmt::Display for KmsInvalidStateException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        crate::runtime::error::write_service_error(
            f,
            Self::CODE,
            self.message(),
            &self.meta,
        )
    }
}
impl ::std::error::Error for KmsInvalidStateException {}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::default::Default,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct KmsThrottlingException {
    /// The error message from the service.
    #[serde(rename = "message", default, alias = "Message")]
    pub message: ::std::option::Option<::std::string::String>,
    /// Status, code and request id of the response.
    #[serde(skip)]
    pub meta: crate::runtime::ErrorMetadata,
}
impl KmsThrottlingException {
    /// The error code, as the service sends it.
    pub const CODE: &'static str = "KmsThrottlingException";
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
impl ::std::fmt::Display for KmsThrottlingException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        crate::runtime::error::write_service_error(
            f,
            Self::CODE,
            self.message(),
            &self.meta,
        )
    }
}
impl ::std::error::Error for KmsThrottlingException {}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::default::Default,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct MissingRequiredParameter {
    /// The error message from the service.
    #[serde(rename = "message", default, alias = "Message")]
    pub message: ::std::option::Option<::std::string::String>,
    /// Status, code and request id of the response.
    #[serde(skip)]
    pub meta: crate::runtime::ErrorMetadata,
}
impl MissingRequiredParameter {
    /// The error code, as the service sends it.
    pub const CODE: &'static str = "MissingRequiredParameter";
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
impl ::std::fmt::Display for MissingRequiredParameter {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        crate::runtime::error::write_service_error(
            f,
            Self::CODE,
            self.message(),
            &self.meta,
        )
    }
}
impl ::std::error::Error for MissingRequiredParameter {}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::default::Default,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ResourceNotFound {
    /// The error message from the service.
    #[serde(rename = "message", default, alias = "Message")]
    pub message: ::std::option::Option<::std::string::String>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "resourceName", default)]
    pub resource_name: ::std::option::Option<::std::string::String>,
    /// Status, code and request id of the response.
    #[serde(skip)]
    pub meta: crate::runtime::ErrorMetadata,
}
impl ResourceNotFound {
    /// The error code, as the service sends it.
    pub const CODE: &'static str = "ResourceNotFound";
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
impl ::std::fmt::Display for ResourceNotFound {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        crate::runtime::error::write_service_error(
            f,
            Self::CODE,
            self.message(),
            &self.meta,
        )
    }
}
impl ::std::error::Error for ResourceNotFound {}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::default::Default,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ServiceQuotaExceededException {
    /// The error message from the service.
    #[serde(rename = "message", default, alias = "Message")]
    pub message: ::std::option::Option<::std::string::String>,
    /// Status, code and request id of the response.
    #[serde(skip)]
    pub meta: crate::runtime::ErrorMetadata,
}
impl ServiceQuotaExceededException {
    /// The error code, as the service sends it.
    pub const CODE: &'static str = "ServiceQuotaExceededException";
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
impl ::std::fmt::Display for ServiceQuotaExceededException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        crate::runtime::error::write_service_error(
            f,
            Self::CODE,
            self.message(),
            &self.meta,
        )
    }
}
impl ::std::error::Error for ServiceQuotaExceededException {}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::default::Default,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct StateMachineAlreadyExists {
    /// The error message from the service.
    #[serde(rename = "message", default, alias = "Message")]
    pub message: ::std::option::Option<::std::string::String>,
    /// Status, code and request id of the response.
    #[serde(skip)]
    pub meta: crate::runtime::ErrorMetadata,
}
impl StateMachineAlreadyExists {
    /// The error code, as the service sends it.
    pub const CODE: &'static str = "StateMachineAlreadyExists";
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
impl ::std::fmt::Display for StateMachineAlreadyExists {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        crate::runtime::error::write_service_error(
            f,
            Self::CODE,
            self.message(),
            &self.meta,
        )
    }
}
impl ::std::error::Error for StateMachineAlreadyExists {}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::default::Default,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct StateMachineDeleting {
    /// The error message from the service.
    #[serde(rename = "message", default, alias = "Message")]
    pub message: ::std::option::Option<::std::string::String>,
    /// Status, code and request id of the response.
    #[serde(skip)]
    pub meta: crate::runtime::ErrorMetadata,
}
impl StateMachineDeleting {
    /// The error code, as the service sends it.
    pub const CODE: &'static str = "StateMachineDeleting";
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
impl ::std::fmt::Display for StateMachineDeleting {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        crate::runtime::error::write_service_error(
            f,
            Self::CODE,
            self.message(),
            &self.meta,
        )
    }
}
impl ::std::error::Error for StateMachineDeleting {}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::default::Default,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct StateMachineDoesNotExist {
    /// The error message from the service.
    #[serde(rename = "message", default, alias = "Message")]
    pub message: ::std::option::Option<::std::string::String>,
    /// Status, code and request id of the response.
    #[serde(skip)]
    pub meta: crate::runtime::ErrorMetadata,
}
impl StateMachineDoesNotExist {
    /// The error code, as the service sends it.
    pub const CODE: &'static str = "StateMachineDoesNotExist";
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
impl ::std::fmt::Display for StateMachineDoesNotExist {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        crate::runtime::error::write_service_error(
            f,
            Self::CODE,
            self.message(),
            &self.meta,
        )
    }
}
impl ::std::error::Error for StateMachineDoesNotExist {}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::default::Default,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct StateMachineLimitExceeded {
    /// The error message from the service.
    #[serde(rename = "message", default, alias = "Message")]
    pub message: ::std::option::Option<::std::string::String>,
    /// Status, code and request id of the response.
    #[serde(skip)]
    pub meta: crate::runtime::ErrorMetadata,
}
impl StateMachineLimitExceeded {
    /// The error code, as the service sends it.
    pub const CODE: &'static str = "StateMachineLimitExceeded";
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
impl ::std::fmt::Display for StateMachineLimitExceeded {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        crate::runtime::error::write_service_error(
            f,
            Self::CODE,
            self.message(),
            &self.meta,
        )
    }
}
impl ::std::error::Error for StateMachineLimitExceeded {}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::default::Default,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct StateMachineTypeNotSupported {
    /// The error message from the service.
    #[serde(rename = "message", default, alias = "Message")]
    pub message: ::std::option::Option<::std::string::String>,
    /// Status, code and request id of the response.
    #[serde(skip)]
    pub meta: crate::runtime::ErrorMetadata,
}
impl StateMachineTypeNotSupported {
    /// The error code, as the service sends it.
    pub const CODE: &'static str = "StateMachineTypeNotSupported";
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
impl ::std::fmt::Display for StateMachineTypeNotSupported {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        crate::runtime::error::write_service_error(
            f,
            Self::CODE,
            self.message(),
            &self.meta,
        )
    }
}
impl ::std::error::Error for StateMachineTypeNotSupported {}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::default::Default,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct TaskDoesNotExist {
    /// The error message from the service.
    #[serde(rename = "message", default, alias = "Message")]
    pub message: ::std::option::Option<::std::string::String>,
    /// Status, code and request id of the response.
    #[serde(skip)]
    pub meta: crate::runtime::ErrorMetadata,
}
impl TaskDoesNotExist {
    /// The error code, as the service sends it.
    pub const CODE: &'static str = "TaskDoesNotExist";
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
impl ::std::fmt::Display for TaskDoesNotExist {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        crate::runtime::error::write_service_error(
            f,
            Self::CODE,
            self.message(),
            &self.meta,
        )
    }
}
impl ::std::error::Error for TaskDoesNotExist {}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::default::Default,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct TaskTimedOut {
    /// The error message from the service.
    #[serde(rename = "message", default, alias = "Message")]
    pub message: ::std::option::Option<::std::string::String>,
    /// Status, code and request id of the response.
    #[serde(skip)]
    pub meta: crate::runtime::ErrorMetadata,
}
impl TaskTimedOut {
    /// The error code, as the service sends it.
    pub const CODE: &'static str = "TaskTimedOut";
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
impl ::std::fmt::Display for TaskTimedOut {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        crate::runtime::error::write_service_error(
            f,
            Self::CODE,
            self.message(),
            &self.meta,
        )
    }
}
impl ::std::error::Error for TaskTimedOut {}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::default::Default,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct TooManyTags {
    /// The error message from the service.
    #[serde(rename = "message", default, alias = "Message")]
    pub message: ::std::option::Option<::std::string::String>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "resourceName", default)]
    pub resource_name: ::std::option::Option<::std::string::String>,
    /// Status, code and request id of the response.
    #[serde(skip)]
    pub meta: crate::runtime::ErrorMetadata,
}
impl TooManyTags {
    /// The error code, as the service sends it.
    pub const CODE: &'static str = "TooManyTags";
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
impl ::std::fmt::Display for TooManyTags {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        crate::runtime::error::write_service_error(
            f,
            Self::CODE,
            self.message(),
            &self.meta,
        )
    }
}
impl ::std::error::Error for TooManyTags {}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::default::Default,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ValidationException {
    /// The error message from the service.
    #[serde(rename = "message", default, alias = "Message")]
    pub message: ::std::option::Option<::std::string::String>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "reason", default)]
    pub reason: ::std::option::Option<crate::types::ValidationExceptionReason>,
    /// Status, code and request id of the response.
    #[serde(skip)]
    pub meta: crate::runtime::ErrorMetadata,
}
impl ValidationException {
    /// The error code, as the service sends it.
    pub const CODE: &'static str = "ValidationException";
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
impl ::std::fmt::Display for ValidationException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        crate::runtime::error::write_service_error(
            f,
            Self::CODE,
            self.message(),
            &self.meta,
        )
    }
}
impl ::std::error::Error for ValidationException {}
