//! The `StartLiveTail` operation: see [`Client::start_live_tail`](crate::Client::start_live_tail).
const OPERATION: crate::runtime::operation::OperationSpec = crate::runtime::operation::OperationSpec {
    name: "StartLiveTail",
    target: "Logs_20140328.StartLiveTail",
    host_prefix: ::std::option::Option::Some("stream-"),
    unsigned: false,
    endpoint_discovery: false,
    api_version_header: ::std::option::Option::None,
    min_attempt_timeout_secs: ::std::option::Option::None,
    partitions: &[],
};
/// Builds and sends a `StartLiveTail` request; see [`Client::start_live_tail`](crate::Client::start_live_tail).
#[derive(::std::clone::Clone, ::std::fmt::Debug)]
pub struct StartLiveTailFluentBuilder {
    handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    inner: crate::types::builders::StartLiveTailRequestBuilder,
}
impl StartLiveTailFluentBuilder {
    pub(crate) fn new(
        handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    ) -> Self {
        StartLiveTailFluentBuilder {
            handle,
            inner: ::std::default::Default::default(),
        }
    }
    /// The input built so far.
    pub fn as_input(&self) -> &crate::types::builders::StartLiveTailRequestBuilder {
        &self.inner
    }
    pub fn log_event_filter_pattern(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.log_event_filter_pattern(input);
        self
    }
    /// Sets or clears [`log_event_filter_pattern`](Self::log_event_filter_pattern).
    pub fn set_log_event_filter_pattern(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_log_event_filter_pattern(input);
        self
    }
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn log_group_identifiers(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.log_group_identifiers(input);
        self
    }
    /// Sets or clears [`log_group_identifiers`](Self::log_group_identifiers).
    pub fn set_log_group_identifiers(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.inner = self.inner.set_log_group_identifiers(input);
        self
    }
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn log_stream_name_prefixes(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.log_stream_name_prefixes(input);
        self
    }
    /// Sets or clears [`log_stream_name_prefixes`](Self::log_stream_name_prefixes).
    pub fn set_log_stream_name_prefixes(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.inner = self.inner.set_log_stream_name_prefixes(input);
        self
    }
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn log_stream_names(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.log_stream_names(input);
        self
    }
    /// Sets or clears [`log_stream_names`](Self::log_stream_names).
    pub fn set_log_stream_names(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.inner = self.inner.set_log_stream_names(input);
        self
    }
    /// Sends the request.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::types::StartLiveTailResponse,
        crate::runtime::SdkError<StartLiveTailError>,
    > {
        let input = self.inner.build().map_err(crate::runtime::SdkError::Construction)?;
        self.handle
            .invoke::<
                _,
                crate::types::StartLiveTailResponse,
                StartLiveTailError,
            >(&OPERATION, &input)
            .await
    }
}
/// Errors of `StartLiveTail`: one variant per error the spec or AWS's model lists, plus [`Unhandled`](StartLiveTailError::Unhandled).
#[derive(::std::fmt::Debug)]
#[non_exhaustive]
pub enum StartLiveTailError {
    /// The service returned `AccessDeniedException`.
    AccessDeniedException(crate::types::error::AccessDeniedException),
    /// The service returned `InvalidOperationException`.
    InvalidOperationException(crate::types::error::InvalidOperationException),
    /// The service returned `InvalidParameterException`.
    InvalidParameterException(crate::types::error::InvalidParameterException),
    /// The service returned `LimitExceededException`.
    LimitExceededException(crate::types::error::LimitExceededException),
    /// The service returned `ResourceNotFoundException`.
    ResourceNotFoundException(crate::types::error::ResourceNotFoundException),
    /// An error neither the spec nor AWS's model lists for this
    /// operation (the code, message, HTTP status and request id are kept).
    Unhandled(crate::runtime::Unhandled),
}
impl crate::runtime::OperationError for StartLiveTailError {
    fn from_response(meta: crate::runtime::ErrorMetadata, body: &[u8]) -> Self {
        match meta.modelled_code() {
            ::std::option::Option::Some("AccessDeniedException") => {
                Self::AccessDeniedException(
                    <crate::types::error::AccessDeniedException>::from_response(
                        meta,
                        body,
                    ),
                )
            }
            ::std::option::Option::Some("InvalidOperationException") => {
                Self::InvalidOperationException(
                    <crate::types::error::InvalidOperationException>::from_response(
                        meta,
                        body,
                    ),
                )
            }
            ::std::option::Option::Some("InvalidParameterException") => {
                Self::InvalidParameterException(
                    <crate::types::error::InvalidParameterException>::from_response(
                        meta,
                        body,
                    ),
                )
            }
            ::std::option::Option::Some("LimitExceededException") => {
                Self::LimitExceededException(
                    <crate::types::error::LimitExceededException>::from_response(
                        meta,
                        body,
                    ),
                )
            }
            ::std::option::Option::Some("ResourceNotFoundException") => {
                Self::ResourceNotFoundException(
                    <crate::types::error::ResourceNotFoundException>::from_response(
                        meta,
                        body,
                    ),
                )
            }
            _ => Self::Unhandled(crate::runtime::Unhandled::new(meta)),
        }
    }
    fn meta(&self) -> &crate::runtime::ErrorMetadata {
        match self {
            Self::AccessDeniedException(e) => e.meta(),
            Self::InvalidOperationException(e) => e.meta(),
            Self::InvalidParameterException(e) => e.meta(),
            Self::LimitExceededException(e) => e.meta(),
            Self::ResourceNotFoundException(e) => e.meta(),
            Self::Unhandled(e) => e.meta(),
        }
    }
    fn with_attempts(mut self, attempts: u32) -> Self {
        match &mut self {
            Self::AccessDeniedException(e) => e.meta.set_attempts(attempts),
            Self::InvalidOperationException(e) => e.meta.set_attempts(attempts),
            Self::InvalidParameterException(e) => e.meta.set_attempts(attempts),
            Self::LimitExceededException(e) => e.meta.set_attempts(attempts),
            Self::ResourceNotFoundException(e) => e.meta.set_attempts(attempts),
            Self::Unhandled(e) => e.meta_mut().set_attempts(attempts),
        }
        self
    }
}
impl StartLiveTailError {
    /// Status, code, message and request id of the response.
    pub fn meta(&self) -> &crate::runtime::ErrorMetadata {
        crate::runtime::OperationError::meta(self)
    }
    /// The error code the service sent, if any.
    pub fn code(&self) -> ::std::option::Option<&str> {
        self.meta().code()
    }
}
impl ::std::fmt::Display for StartLiveTailError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::AccessDeniedException(e) => ::std::fmt::Display::fmt(e, f),
            Self::InvalidOperationException(e) => ::std::fmt::Display::fmt(e, f),
            Self::InvalidParameterException(e) => ::std::fmt::Display::fmt(e, f),
            Self::LimitExceededException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ResourceNotFoundException(e) => ::std::fmt::Display::fmt(e, f),
            Self::Unhandled(e) => ::std::fmt::Display::fmt(e, f),
        }
    }
}
impl ::std::error::Error for StartLiveTailError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::AccessDeniedException(e) => ::std::option::Option::Some(e),
            Self::InvalidOperationException(e) => ::std::option::Option::Some(e),
            Self::InvalidParameterException(e) => ::std::option::Option::Some(e),
            Self::LimitExceededException(e) => ::std::option::Option::Some(e),
            Self::ResourceNotFoundException(e) => ::std::option::Option::Some(e),
            Self::Unhandled(e) => ::std::option::Option::Some(e),
        }
    }
}
