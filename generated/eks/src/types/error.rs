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
pub struct BadRequestException {
    /// The error message from the service.
    #[serde(rename = "message", default, alias = "Message")]
    pub message: ::std::option::Option<::std::string::String>,
    /// Status, code and request id of the response.
    #[serde(skip)]
    pub meta: crate::runtime::ErrorMetadata,
}
impl BadRequestException {
    /// The error code, as the service sends it.
    pub const CODE: &'static str = "BadRequestException";
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
impl ::std::fmt::Display for BadRequestException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        crate::runtime::error::write_service_error(
            f,
            Self::CODE,
            self.message(),
            &self.meta,
        )
    }
}
impl ::std::error::Error for BadRequestException {}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::default::Default,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ClientException {
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "addonName", default)]
    pub addon_name: ::std::option::Option<::std::string::String>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "clusterName", default)]
    pub cluster_name: ::std::option::Option<::std::string::String>,
    /// The error message from the service.
    #[serde(rename = "message", default, alias = "Message")]
    pub message: ::std::option::Option<::std::string::String>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "nodegroupName", default)]
    pub nodegroup_name: ::std::option::Option<::std::string::String>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "subscriptionId", default)]
    pub subscription_id: ::std::option::Option<::std::string::String>,
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
pub struct InvalidParameterException {
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "addonName", default)]
    pub addon_name: ::std::option::Option<::std::string::String>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "clusterName", default)]
    pub cluster_name: ::std::option::Option<::std::string::String>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "fargateProfileName", default)]
    pub fargate_profile_name: ::std::option::Option<::std::string::String>,
    /// The error message from the service.
    #[serde(rename = "message", default, alias = "Message")]
    pub message: ::std::option::Option<::std::string::String>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "nodegroupName", default)]
    pub nodegroup_name: ::std::option::Option<::std::string::String>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "subscriptionId", default)]
    pub subscription_id: ::std::option::Option<::std::string::String>,
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
pub struct InvalidRequestException {
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "addonName", default)]
    pub addon_name: ::std::option::Option<::std::string::String>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "clusterName", default)]
    pub cluster_name: ::std::option::Option<::std::string::String>,
    /// The error message from the service.
    #[serde(rename = "message", default, alias = "Message")]
    pub message: ::std::option::Option<::std::string::String>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "nodegroupName", default)]
    pub nodegroup_name: ::std::option::Option<::std::string::String>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "subscriptionId", default)]
    pub subscription_id: ::std::option::Option<::std::string::String>,
    /// Status, code and request id of the response.
    #[serde(skip)]
    pub meta: crate::runtime::ErrorMetadata,
}
impl InvalidRequestException {
    /// The error code, as the service sends it.
    pub const CODE: &'static str = "InvalidRequestException";
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
impl ::std::fmt::Display for InvalidRequestException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        crate::runtime::error::write_service_error(
            f,
            Self::CODE,
            self.message(),
            &self.meta,
        )
    }
}
impl ::std::error::Error for InvalidRequestException {}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::default::Default,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct InvalidStateException {
    #[serde(rename = "clusterName", default)]
    pub cluster_name: ::std::option::Option<::std::string::String>,
    /// The error message from the service.
    #[serde(rename = "message", default, alias = "Message")]
    pub message: ::std::option::Option<::std::string::String>,
    /// Status, code and request id of the response.
    #[serde(skip)]
    pub meta: crate::runtime::ErrorMetadata,
}
impl InvalidStateException {
    /// The error code, as the service sends it.
    pub const CODE: &'static str = "InvalidStateException";
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
impl ::std::fmt::Display for InvalidStateException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        crate::runtime::error::write_service_error(
            f,
            Self::CODE,
            self.message(),
            &self.meta,
        )
    }
}
impl ::std::error::Error for InvalidStateException {}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::default::Default,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct NotFoundException {
    /// The error message from the service.
    #[serde(rename = "message", default, alias = "Message")]
    pub message: ::std::option::Option<::std::string::String>,
    /// Status, code and request id of the response.
    #[serde(skip)]
    pub meta: crate::runtime::ErrorMetadata,
}
impl NotFoundException {
    /// The error code, as the service sends it.
    pub const CODE: &'static str = "NotFoundException";
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
impl ::std::fmt::Display for NotFoundException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        crate::runtime::error::write_service_error(
            f,
            Self::CODE,
            self.message(),
            &self.meta,
        )
    }
}
impl ::std::error::Error for NotFoundException {}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::default::Default,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ResourceInUseException {
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "addonName", default)]
    pub addon_name: ::std::option::Option<::std::string::String>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "clusterName", default)]
    pub cluster_name: ::std::option::Option<::std::string::String>,
    /// The error message from the service.
    #[serde(rename = "message", default, alias = "Message")]
    pub message: ::std::option::Option<::std::string::String>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "nodegroupName", default)]
    pub nodegroup_name: ::std::option::Option<::std::string::String>,
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
pub struct ResourceLimitExceededException {
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "clusterName", default)]
    pub cluster_name: ::std::option::Option<::std::string::String>,
    /// The error message from the service.
    #[serde(rename = "message", default, alias = "Message")]
    pub message: ::std::option::Option<::std::string::String>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "nodegroupName", default)]
    pub nodegroup_name: ::std::option::Option<::std::string::String>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "subscriptionId", default)]
    pub subscription_id: ::std::option::Option<::std::string::String>,
    /// Status, code and request id of the response.
    #[serde(skip)]
    pub meta: crate::runtime::ErrorMetadata,
}
impl ResourceLimitExceededException {
    /// The error code, as the service sends it.
    pub const CODE: &'static str = "ResourceLimitExceededException";
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
impl ::std::fmt::Display for ResourceLimitExceededException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        crate::runtime::error::write_service_error(
            f,
            Self::CODE,
            self.message(),
            &self.meta,
        )
    }
}
impl ::std::error::Error for ResourceLimitExceededException {}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::default::Default,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ResourceNotFoundException {
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "addonName", default)]
    pub addon_name: ::std::option::Option<::std::string::String>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "clusterName", default)]
    pub cluster_name: ::std::option::Option<::std::string::String>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "fargateProfileName", default)]
    pub fargate_profile_name: ::std::option::Option<::std::string::String>,
    /// The error message from the service.
    #[serde(rename = "message", default, alias = "Message")]
    pub message: ::std::option::Option<::std::string::String>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "nodegroupName", default)]
    pub nodegroup_name: ::std::option::Option<::std::string::String>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "subscriptionId", default)]
    pub subscription_id: ::std::option::Option<::std::string::String>,
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
pub struct ResourcePropagationDelayException {
    /// The error message from the service.
    #[serde(rename = "message", default, alias = "Message")]
    pub message: ::std::option::Option<::std::string::String>,
    /// Status, code and request id of the response.
    #[serde(skip)]
    pub meta: crate::runtime::ErrorMetadata,
}
impl ResourcePropagationDelayException {
    /// The error code, as the service sends it.
    pub const CODE: &'static str = "ResourcePropagationDelayException";
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
impl ::std::fmt::Display for ResourcePropagationDelayException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        crate::runtime::error::write_service_error(
            f,
            Self::CODE,
            self.message(),
            &self.meta,
        )
    }
}
impl ::std::error::Error for ResourcePropagationDelayException {}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::default::Default,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ServerException {
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "addonName", default)]
    pub addon_name: ::std::option::Option<::std::string::String>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "clusterName", default)]
    pub cluster_name: ::std::option::Option<::std::string::String>,
    /// The error message from the service.
    #[serde(rename = "message", default, alias = "Message")]
    pub message: ::std::option::Option<::std::string::String>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "nodegroupName", default)]
    pub nodegroup_name: ::std::option::Option<::std::string::String>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "subscriptionId", default)]
    pub subscription_id: ::std::option::Option<::std::string::String>,
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
    #[serde(rename = "clusterName", default)]
    pub cluster_name: ::std::option::Option<::std::string::String>,
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
pub struct UnsupportedAvailabilityZoneException {
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "clusterName", default)]
    pub cluster_name: ::std::option::Option<::std::string::String>,
    /// The error message from the service.
    #[serde(rename = "message", default, alias = "Message")]
    pub message: ::std::option::Option<::std::string::String>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "nodegroupName", default)]
    pub nodegroup_name: ::std::option::Option<::std::string::String>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "validZones", default)]
    pub valid_zones: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Status, code and request id of the response.
    #[serde(skip)]
    pub meta: crate::runtime::ErrorMetadata,
}
impl UnsupportedAvailabilityZoneException {
    /// The error code, as the service sends it.
    pub const CODE: &'static str = "UnsupportedAvailabilityZoneException";
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
impl ::std::fmt::Display for UnsupportedAvailabilityZoneException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        crate::runtime::error::write_service_error(
            f,
            Self::CODE,
            self.message(),
            &self.meta,
        )
    }
}
impl ::std::error::Error for UnsupportedAvailabilityZoneException {}
