//! Modelled service errors (matched by error code, not HTTP status).
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::default::Default,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ClientException {
    /// The error message from the service.
    #[serde(rename = "message", default, alias = "Message")]
    pub message: ::std::option::Option<::std::string::String>,
    /// Status, code and request id of the response.
    #[serde(skip)]
    pub meta: crate::runtime::ErrorMetadata,
}
impl ClientException {
    /// The error code, as the service sends it.
    pub const CODE: &'static str = "ClientException";
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
impl ::std::fmt::Display for ClientException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        crate::runtime::error::write_service_error(
            f,
            Self::CODE,
            self.message(),
            &self.meta,
        )
    }
}
impl ::std::error::Error for ClientException {}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::default::Default,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ServerException {
    /// The error message from the service.
    #[serde(rename = "message", default, alias = "Message")]
    pub message: ::std::option::Option<::std::string::String>,
    /// Status, code and request id of the response.
    #[serde(skip)]
    pub meta: crate::runtime::ErrorMetadata,
}
impl ServerException {
    /// The error code, as the service sends it.
    pub const CODE: &'static str = "ServerException";
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
impl ::std::fmt::Display for ServerException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        crate::runtime::error::write_service_error(
            f,
            Self::CODE,
            self.message(),
            &self.meta,
        )
    }
}
impl ::std::error::Error for ServerException {}
