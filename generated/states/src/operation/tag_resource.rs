//! The `TagResource` operation: see [`Client::tag_resource`](crate::Client::tag_resource).
const OPERATION: crate::runtime::operation::OperationSpec = crate::runtime::operation::OperationSpec {
    name: "TagResource",
    target: "AWSStepFunctions.TagResource",
    host_prefix: ::std::option::Option::None,
    unsigned: false,
    endpoint_discovery: false,
    api_version_header: ::std::option::Option::None,
    min_attempt_timeout_secs: ::std::option::Option::None,
    partitions: &[],
};
/// Builds and sends a `TagResource` request; see [`Client::tag_resource`](crate::Client::tag_resource).
#[derive(::std::clone::Clone, ::std::fmt::Debug)]
pub struct TagResourceFluentBuilder {
    handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    inner: crate::types::builders::TagResourceInputBuilder,
}
impl TagResourceFluentBuilder {
    pub(crate) fn new(
        handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    ) -> Self {
        TagResourceFluentBuilder {
            handle,
            inner: ::std::default::Default::default(),
        }
    }
    /// The input built so far.
    pub fn as_input(&self) -> &crate::types::builders::TagResourceInputBuilder {
        &self.inner
    }
    /// The Amazon Resource Name (ARN) for the Step Functions state machine or activity.
    pub fn resource_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.resource_arn(input);
        self
    }
    /// Sets or clears [`resource_arn`](Self::resource_arn).
    pub fn set_resource_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_resource_arn(input);
        self
    }
    /// The list of tags to add to a resource.
    ///
    /// Tags may only contain Unicode letters, digits, white space, or these symbols:
    /// `_ . : / = + - @`.
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn tags(mut self, input: impl ::std::convert::Into<crate::types::Tag>) -> Self {
        self.inner = self.inner.tags(input);
        self
    }
    /// Sets or clears [`tags`](Self::tags).
    pub fn set_tags(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::Tag>>,
    ) -> Self {
        self.inner = self.inner.set_tags(input);
        self
    }
    /// Sends the request.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::types::TagResourceOutput,
        crate::runtime::SdkError<TagResourceError>,
    > {
        let input = self.inner.build().map_err(crate::runtime::SdkError::Construction)?;
        self.handle
            .invoke::<
                _,
                crate::types::TagResourceOutput,
                TagResourceError,
            >(&OPERATION, &input)
            .await
    }
}
/// Errors of `TagResource`: one variant per error the spec or AWS's model lists, plus [`Unhandled`](TagResourceError::Unhandled).
#[derive(::std::fmt::Debug)]
#[non_exhaustive]
pub enum TagResourceError {
    /// The service returned `InvalidArn`.
    InvalidArn(crate::types::error::InvalidArn),
    /// The service returned `ResourceNotFound`.
    ResourceNotFound(crate::types::error::ResourceNotFound),
    /// The service returned `TooManyTags`.
    TooManyTags(crate::types::error::TooManyTags),
    /// An error neither the spec nor AWS's model lists for this
    /// operation (the code, message, HTTP status and request id are kept).
    Unhandled(crate::runtime::Unhandled),
}
impl crate::runtime::OperationError for TagResourceError {
    fn from_response(meta: crate::runtime::ErrorMetadata, body: &[u8]) -> Self {
        match meta.modelled_code() {
            ::std::option::Option::Some("InvalidArn") => {
                Self::InvalidArn(
                    <crate::types::error::InvalidArn>::from_response(meta, body),
                )
            }
            ::std::option::Option::Some("ResourceNotFound") => {
                Self::ResourceNotFound(
                    <crate::types::error::ResourceNotFound>::from_response(meta, body),
                )
            }
            ::std::option::Option::Some("TooManyTags") => {
                Self::TooManyTags(
                    <crate::types::error::TooManyTags>::from_response(meta, body),
                )
            }
            _ => Self::Unhandled(crate::runtime::Unhandled::new(meta)),
        }
    }
    fn meta(&self) -> &crate::runtime::ErrorMetadata {
        match self {
            Self::InvalidArn(e) => e.meta(),
            Self::ResourceNotFound(e) => e.meta(),
            Self::TooManyTags(e) => e.meta(),
            Self::Unhandled(e) => e.meta(),
        }
    }
    fn with_attempts(mut self, attempts: u32) -> Self {
        match &mut self {
            Self::InvalidArn(e) => e.meta.set_attempts(attempts),
            Self::ResourceNotFound(e) => e.meta.set_attempts(attempts),
            Self::TooManyTags(e) => e.meta.set_attempts(attempts),
            Self::Unhandled(e) => e.meta_mut().set_attempts(attempts),
        }
        self
    }
}
impl TagResourceError {
    /// Status, code, message and request id of the response.
    pub fn meta(&self) -> &crate::runtime::ErrorMetadata {
        crate::runtime::OperationError::meta(self)
    }
    /// The error code the service sent, if any.
    pub fn code(&self) -> ::std::option::Option<&str> {
        self.meta().code()
    }
}
impl ::std::fmt::Display for TagResourceError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::InvalidArn(e) => ::std::fmt::Display::fmt(e, f),
            Self::ResourceNotFound(e) => ::std::fmt::Display::fmt(e, f),
            Self::TooManyTags(e) => ::std::fmt::Display::fmt(e, f),
            Self::Unhandled(e) => ::std::fmt::Display::fmt(e, f),
        }
    }
}
impl ::std::error::Error for TagResourceError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::InvalidArn(e) => ::std::option::Option::Some(e),
            Self::ResourceNotFound(e) => ::std::option::Option::Some(e),
            Self::TooManyTags(e) => ::std::option::Option::Some(e),
            Self::Unhandled(e) => ::std::option::Option::Some(e),
        }
    }
}
