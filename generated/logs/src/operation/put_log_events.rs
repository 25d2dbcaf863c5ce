//! The `PutLogEvents` operation: see [`Client::put_log_events`](crate::Client::put_log_events).
const OPERATION: crate::runtime::operation::OperationSpec = crate::runtime::operation::OperationSpec {
    name: "PutLogEvents",
    target: "Logs_20140328.PutLogEvents",
    host_prefix: ::std::option::Option::None,
    unsigned: false,
    endpoint_discovery: false,
    api_version_header: ::std::option::Option::None,
    min_attempt_timeout_secs: ::std::option::Option::None,
    partitions: &[],
};
/// Builds and sends a `PutLogEvents` request; see [`Client::put_log_events`](crate::Client::put_log_events).
#[derive(::std::clone::Clone, ::std::fmt::Debug)]
pub struct PutLogEventsFluentBuilder {
    handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    inner: crate::types::builders::PutLogEventsRequestBuilder,
}
impl PutLogEventsFluentBuilder {
    pub(crate) fn new(
        handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    ) -> Self {
        PutLogEventsFluentBuilder {
            handle,
            inner: ::std::default::Default::default(),
        }
    }
    /// The input built so far.
    pub fn as_input(&self) -> &crate::types::builders::PutLogEventsRequestBuilder {
        &self.inner
    }
    /// The log events.
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn log_events(
        mut self,
        input: impl ::std::convert::Into<crate::types::InputLogEvent>,
    ) -> Self {
        self.inner = self.inner.log_events(input);
        self
    }
    /// Sets or clears [`log_events`](Self::log_events).
    pub fn set_log_events(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::InputLogEvent>>,
    ) -> Self {
        self.inner = self.inner.set_log_events(input);
        self
    }
    /// The name of the log group.
    pub fn log_group_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.log_group_name(input);
        self
    }
    /// Sets or clears [`log_group_name`](Self::log_group_name).
    pub fn set_log_group_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_log_group_name(input);
        self
    }
    /// The name of the log stream.
    pub fn log_stream_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.log_stream_name(input);
        self
    }
    /// Sets or clears [`log_stream_name`](Self::log_stream_name).
    pub fn set_log_stream_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_log_stream_name(input);
        self
    }
    /// The sequence token obtained from the response of the previous `PutLogEvents`
    /// call.
    ///
    /// **Important:** The `sequenceToken` parameter is now ignored in `PutLogEvents`
    /// actions. `PutLogEvents` actions are now accepted and never return
    /// `InvalidSequenceTokenException` or `DataAlreadyAcceptedException` even if the
    /// sequence token is not valid.
    pub fn sequence_token(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.sequence_token(input);
        self
    }
    /// Sets or clears [`sequence_token`](Self::sequence_token).
    pub fn set_sequence_token(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_sequence_token(input);
        self
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    pub fn entity(
        mut self,
        input: impl ::std::convert::Into<crate::types::Entity>,
    ) -> Self {
        self.inner = self.inner.entity(input);
        self
    }
    /// Sets or clears [`entity`](Self::entity).
    pub fn set_entity(
        mut self,
        input: ::std::option::Option<crate::types::Entity>,
    ) -> Self {
        self.inner = self.inner.set_entity(input);
        self
    }
    /// Sends the request.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::types::PutLogEventsResponse,
        crate::runtime::SdkError<PutLogEventsError>,
    > {
        let input = self.inner.build().map_err(crate::runtime::SdkError::Construction)?;
        self.handle
            .invoke::<
                _,
                crate::types::PutLogEventsResponse,
                PutLogEventsError,
            >(&OPERATION, &input)
            .await
    }
}
/// Errors of `PutLogEvents`: one variant per error the spec or AWS's model lists, plus [`Unhandled`](PutLogEventsError::Unhandled).
#[derive(::std::fmt::Debug)]
#[non_exhaustive]
pub enum PutLogEventsError {
    /// The service returned `DataAlreadyAcceptedException`.
    DataAlreadyAcceptedException(crate::types::error::DataAlreadyAcceptedException),
    /// The service returned `InvalidParameterException`.
    InvalidParameterException(crate::types::error::InvalidParameterException),
    /// The service returned `InvalidSequenceTokenException`.
    InvalidSequenceTokenException(crate::types::error::InvalidSequenceTokenException),
    /// The service returned `ResourceNotFoundException`.
    ResourceNotFoundException(crate::types::error::ResourceNotFoundException),
    /// The service returned `ServiceUnavailableException`.
    ServiceUnavailableException(crate::types::error::ServiceUnavailableException),
    /// The service returned `UnrecognizedClientException`.
    UnrecognizedClientException(crate::types::error::UnrecognizedClientException),
    /// An error neither the spec nor AWS's model lists for this
    /// operation (the code, message, HTTP status and request id are kept).
    Unhandled(crate::runtime::Unhandled),
}
impl crate::runtime::OperationError for PutLogEventsError {
    fn from_response(meta: crate::runtime::ErrorMetadata, body: &[u8]) -> Self {
        match meta.modelled_code() {
            ::std::option::Option::Some("DataAlreadyAcceptedException") => {
                Self::DataAlreadyAcceptedException(
                    <crate::types::error::DataAlreadyAcceptedException>::from_response(
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
            ::std::option::Option::Some("InvalidSequenceTokenException") => {
                Self::InvalidSequenceTokenException(
                    <crate::types::error::InvalidSequenceTokenException>::from_response(
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
            ::std::option::Option::Some("ServiceUnavailableException") => {
                Self::ServiceUnavailableException(
                    <crate::types::error::ServiceUnavailableException>::from_response(
                        meta,
                        body,
                    ),
                )
            }
            ::std::option::Option::Some("UnrecognizedClientException") => {
                Self::UnrecognizedClientException(
                    <crate::types::error::UnrecognizedClientException>::from_response(
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
            Self::DataAlreadyAcceptedException(e) => e.meta(),
            Self::InvalidParameterException(e) => e.meta(),
            Self::InvalidSequenceTokenException(e) => e.meta(),
            Self::ResourceNotFoundException(e) => e.meta(),
            Self::ServiceUnavailableException(e) => e.meta(),
            Self::UnrecognizedClientException(e) => e.meta(),
            Self::Unhandled(e) => e.meta(),
        }
    }
    fn with_attempts(mut self, attempts: u32) -> Self {
        match &mut self {
            Self::DataAlreadyAcceptedException(e) => e.meta.set_attempts(attempts),
            Self::InvalidParameterException(e) => e.meta.set_attempts(attempts),
            Self::InvalidSequenceTokenException(e) => e.meta.set_attempts(attempts),
            Self::ResourceNotFoundException(e) => e.meta.set_attempts(attempts),
            Self::ServiceUnavailableException(e) => e.meta.set_attempts(attempts),
            Self::UnrecognizedClientException(e) => e.meta.set_attempts(attempts),
            Self::Unhandled(e) => e.meta_mut().set_attempts(attempts),
        }
        self
    }
}
impl PutLogEventsError {
    /// Status, code, message and request id of the response.
    pub fn meta(&self) -> &crate::runtime::ErrorMetadata {
        crate::runtime::OperationError::meta(self)
    }
    /// The error code the service sent, if any.
    pub fn code(&self) -> ::std::option::Option<&str> {
        self.meta().code()
    }
}
impl ::std::fmt::Display for PutLogEventsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::DataAlreadyAcceptedException(e) => ::std::fmt::Display::fmt(e, f),
            Self::InvalidParameterException(e) => ::std::fmt::Display::fmt(e, f),
            Self::InvalidSequenceTokenException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ResourceNotFoundException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ServiceUnavailableException(e) => ::std::fmt::Display::fmt(e, f),
            Self::UnrecognizedClientException(e) => ::std::fmt::Display::fmt(e, f),
            Self::Unhandled(e) => ::std::fmt::Display::fmt(e, f),
        }
    }
}
impl ::std::error::Error for PutLogEventsError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::DataAlreadyAcceptedException(e) => ::std::option::Option::Some(e),
            Self::InvalidParameterException(e) => ::std::option::Option::Some(e),
            Self::InvalidSequenceTokenException(e) => ::std::option::Option::Some(e),
            Self::ResourceNotFoundException(e) => ::std::option::Option::Some(e),
            Self::ServiceUnavailableException(e) => ::std::option::Option::Some(e),
            Self::UnrecognizedClientException(e) => ::std::option::Option::Some(e),
            Self::Unhandled(e) => ::std::option::Option::Some(e),
        }
    }
}
