//! Modelled service errors (matched by error code, not HTTP status).
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::default::Default,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct AccessDeniedException {
    /// The error message from the service.
    #[serde(rename = "message", default, alias = "Message")]
    pub message: ::std::option::Option<::std::string::String>,
    /// Status, code and request id of the response.
    #[serde(skip)]
    pub meta: crate::runtime::ErrorMetadata,
}
impl AccessDeniedException {
    /// The error code, as the service sends it.
    pub const CODE: &'static str = "AccessDeniedException";
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
impl ::std::fmt::Display for AccessDeniedException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        crate::runtime::error::write_service_error(
            f,
            Self::CODE,
            self.message(),
            &self.meta,
        )
    }
}
impl ::std::error::Error for AccessDeniedException {}
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
pub struct DataAlreadyAcceptedException {
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "expectedSequenceToken", default)]
    pub expected_sequence_token: ::std::option::Option<::std::string::String>,
    /// The error message from the service.
    #[serde(rename = "message", default, alias = "Message")]
    pub message: ::std::option::Option<::std::string::String>,
    /// Status, code and request id of the response.
    #[serde(skip)]
    pub meta: crate::runtime::ErrorMetadata,
}
impl DataAlreadyAcceptedException {
    /// The error code, as the service sends it.
    pub const CODE: &'static str = "DataAlreadyAcceptedException";
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
impl ::std::fmt::Display for DataAlreadyAcceptedException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        crate::runtime::error::write_service_error(
            f,
            Self::CODE,
            self.message(),
            &self.meta,
        )
    }
}
impl ::std::error::Error for DataAlreadyAcceptedException {}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::default::Default,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct InternalServerException {
    /// The error message from the service.
    #[serde(rename = "message", default, alias = "Message")]
    pub message: ::std::option::Option<::std::string::String>,
    /// Status, code and request id of the response.
    #[serde(skip)]
    pub meta: crate::runtime::ErrorMetadata,
}
impl InternalServerException {
    /// The error code, as the service sends it.
    pub const CODE: &'static str = "InternalServerException";
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
impl ::std::fmt::Display for InternalServerException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        crate::runtime::error::write_service_error(
            f,
            Self::CODE,
            self.message(),
            &self.meta,
        )
    }
}
impl ::std::error::Error for InternalServerException {}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::default::Default,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct InvalidOperationException {
    /// The error message from the service.
    #[serde(rename = "message", default, alias = "Message")]
    pub message: ::std::option::Option<::std::string::String>,
    /// Status, code and request id of the response.
    #[serde(skip)]
    pub meta: crate::runtime::ErrorMetadata,
}
impl InvalidOperationException {
    /// The error code, as the service sends it.
    pub const CODE: &'static str = "InvalidOperationException";
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
impl ::std::fmt::Display for InvalidOperationException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        crate::runtime::error::write_service_error(
            f,
            Self::CODE,
            self.message(),
            &self.meta,
        )
    }
}
impl ::std::error::Error for InvalidOperationException {}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::default::Default,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct InvalidParameterException {
    /// The error message from the service.
    #[serde(rename = "message", default, alias = "Message")]
    pub message: ::std::option::Option<::std::string::String>,
    /// Status, code and request id of the response.
    #[serde(skip)]
    pub meta: crate::runtime::ErrorMetadata,
}
impl InvalidParameterException {
    /// The error code, as the service sends it.
    pub const CODE: &'static str = "InvalidParameterException";
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
impl ::std::fmt::Display for InvalidParameterException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        crate::runtime::error::write_service_error(
            f,
            Self::CODE,
            self.message(),
            &self.meta,
        )
    }
}
impl ::std::error::Error for InvalidParameterException {}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::default::Default,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct InvalidSequenceTokenException {
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "expectedSequenceToken", default)]
    pub expected_sequence_token: ::std::option::Option<::std::string::String>,
    /// The error message from the service.
    #[serde(rename = "message", default, alias = "Message")]
    pub message: ::std::option::Option<::std::string::String>,
    /// Status, code and request id of the response.
    #[serde(skip)]
    pub meta: crate::runtime::ErrorMetadata,
}
impl InvalidSequenceTokenException {
    /// The error code, as the service sends it.
    pub const CODE: &'static str = "InvalidSequenceTokenException";
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
impl ::std::fmt::Display for InvalidSequenceTokenException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        crate::runtime::error::write_service_error(
            f,
            Self::CODE,
            self.message(),
            &self.meta,
        )
    }
}
impl ::std::error::Error for InvalidSequenceTokenException {}
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
pub struct MalformedQueryException {
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "queryCompileError", default)]
    pub query_compile_error: ::std::option::Option<crate::types::QueryCompileError>,
    /// The error message from the service.
    #[serde(rename = "message", default, alias = "Message")]
    pub message: ::std::option::Option<::std::string::String>,
    /// Status, code and request id of the response.
    #[serde(skip)]
    pub meta: crate::runtime::ErrorMetadata,
}
impl MalformedQueryException {
    /// The error code, as the service sends it.
    pub const CODE: &'static str = "MalformedQueryException";
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
impl ::std::fmt::Display for MalformedQueryException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        crate::runtime::error::write_service_error(
            f,
            Self::CODE,
            self.message(),
            &self.meta,
        )
    }
}
impl ::std::error::Error for MalformedQueryException {}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::default::Default,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct OperationAbortedException {
    /// The error message from the service.
    #[serde(rename = "message", default, alias = "Message")]
    pub message: ::std::option::Option<::std::string::String>,
    /// Status, code and request id of the response.
    #[serde(skip)]
    pub meta: crate::runtime::ErrorMetadata,
}
impl OperationAbortedException {
    /// The error code, as the service sends it.
    pub const CODE: &'static str = "OperationAbortedException";
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
impl ::std::fmt::Display for OperationAbortedException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        crate::runtime::error::write_service_error(
            f,
            Self::CODE,
            self.message(),
            &self.meta,
        )
    }
}
impl ::std::error::Error for OperationAbortedException {}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::default::Default,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ResourceAlreadyExistsException {
    /// The error message from the service.
    #[serde(rename = "message", default, alias = "Message")]
    pub message: ::std::option::Option<::std::string::String>,
    /// Status, code and request id of the response.
    #[serde(skip)]
    pub meta: crate::runtime::ErrorMetadata,
}
impl ResourceAlreadyExistsException {
    /// The error code, as the service sends it.
    pub const CODE: &'static str = "ResourceAlreadyExistsException";
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
impl ::std::fmt::Display for ResourceAlreadyExistsException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        crate::runtime::error::write_service_error(
            f,
            Self::CODE,
            self.message(),
            &self.meta,
        )
    }
}
impl ::std::error::Error for ResourceAlreadyExistsException {}
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
pub struct ServiceUnavailableException {
    /// The error message from the service.
    #[serde(rename = "message", default, alias = "Message")]
    pub message: ::std::option::Option<::std::string::String>,
    /// Status, code and request id of the response.
    #[serde(skip)]
    pub meta: crate::runtime::ErrorMetadata,
}
impl ServiceUnavailableException {
    /// The error code, as the service sends it.
    pub const CODE: &'static str = "ServiceUnavailableException";
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
impl ::std::fmt::Display for ServiceUnavailableException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        crate::runtime::error::write_service_error(
            f,
            Self::CODE,
            self.message(),
            &self.meta,
        )
    }
}
impl ::std::error::Error for ServiceUnavailableException {}
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
pub struct TooManyTagsException {
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
impl TooManyTagsException {
    /// The error code, as the service sends it.
    pub const CODE: &'static str = "TooManyTagsException";
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
impl ::std::fmt::Display for TooManyTagsException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        crate::runtime::error::write_service_error(
            f,
            Self::CODE,
            self.message(),
            &self.meta,
        )
    }
}
impl ::std::error::Error for TooManyTagsException {}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::default::Default,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct UnrecognizedClientException {
    /// The error message from the service.
    #[serde(rename = "message", default, alias = "Message")]
    pub message: ::std::option::Option<::std::string::String>,
    /// Status, code and request id of the response.
    #[serde(skip)]
    pub meta: crate::runtime::ErrorMetadata,
}
impl UnrecognizedClientException {
    /// The error code, as the service sends it.
    pub const CODE: &'static str = "UnrecognizedClientException";
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
impl ::std::fmt::Display for UnrecognizedClientException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        crate::runtime::error::write_service_error(
            f,
            Self::CODE,
            self.message(),
            &self.meta,
        )
    }
}
impl ::std::error::Error for UnrecognizedClientException {}
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
