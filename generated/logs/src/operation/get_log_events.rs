//! The `GetLogEvents` operation: see [`Client::get_log_events`](crate::Client::get_log_events).
const OPERATION: crate::runtime::operation::OperationSpec = crate::runtime::operation::OperationSpec {
    name: "GetLogEvents",
    target: "Logs_20140328.GetLogEvents",
    host_prefix: ::std::option::Option::None,
    unsigned: false,
    endpoint_discovery: false,
    api_version_header: ::std::option::Option::None,
    min_attempt_timeout_secs: ::std::option::Option::None,
    partitions: &[],
};
/// Builds and sends a `GetLogEvents` request; see [`Client::get_log_events`](crate::Client::get_log_events).
#[derive(::std::clone::Clone, ::std::fmt::Debug)]
pub struct GetLogEventsFluentBuilder {
    handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    inner: crate::types::builders::GetLogEventsRequestBuilder,
}
impl GetLogEventsFluentBuilder {
    pub(crate) fn new(
        handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    ) -> Self {
        GetLogEventsFluentBuilder {
            handle,
            inner: ::std::default::Default::default(),
        }
    }
    /// The input built so far.
    pub fn as_input(&self) -> &crate::types::builders::GetLogEventsRequestBuilder {
        &self.inner
    }
    /// The end of the time range, expressed as the number of milliseconds after
    /// `Jan 1, 1970 00:00:00 UTC`. Events with a timestamp equal to or later than this
    /// time are not included.
    pub fn end_time(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.inner = self.inner.end_time(input);
        self
    }
    /// Sets or clears [`end_time`](Self::end_time).
    pub fn set_end_time(mut self, input: ::std::option::Option<i64>) -> Self {
        self.inner = self.inner.set_end_time(input);
        self
    }
    /// The maximum number of log events returned. If you don't specify a limit, the
    /// default is as many log events as can fit in a response size of 1 MB (up to
    /// 10,000 log events).
    pub fn limit(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.inner = self.inner.limit(input);
        self
    }
    /// Sets or clears [`limit`](Self::limit).
    pub fn set_limit(mut self, input: ::std::option::Option<i64>) -> Self {
        self.inner = self.inner.set_limit(input);
        self
    }
    /// Specify either the name or ARN of the log group to view events from. If the log
    /// group is in a source account and you are using a monitoring account, you must
    /// use the log group ARN.
    ///
    /// **Note:** You must include either `logGroupIdentifier` or `logGroupName`, but
    /// not both.
    pub fn log_group_identifier(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.log_group_identifier(input);
        self
    }
    /// Sets or clears [`log_group_identifier`](Self::log_group_identifier).
    pub fn set_log_group_identifier(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_log_group_identifier(input);
        self
    }
    /// The name of the log group.
    ///
    /// **Note:** You must include either `logGroupIdentifier` or `logGroupName`, but
    /// not both.
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
    /// The token for the next set of items to return. (You received this token from a
    /// previous call.)
    pub fn next_token(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.next_token(input);
        self
    }
    /// Sets or clears [`next_token`](Self::next_token).
    pub fn set_next_token(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_next_token(input);
        self
    }
    /// If the value is true, the earliest log events are returned first. If the value
    /// is false, the latest log events are returned first. The default value is false.
    ///
    /// If you are using a previous `nextForwardToken` value as the `nextToken` in this
    /// operation, you must specify `true` for `startFromHead`.
    pub fn start_from_head(mut self, input: impl ::std::convert::Into<bool>) -> Self {
        self.inner = self.inner.start_from_head(input);
        self
    }
    /// Sets or clears [`start_from_head`](Self::start_from_head).
    pub fn set_start_from_head(mut self, input: ::std::option::Option<bool>) -> Self {
        self.inner = self.inner.set_start_from_head(input);
        self
    }
    /// The start of the time range, expressed as the number of milliseconds after
    /// `Jan 1, 1970 00:00:00 UTC`. Events with a timestamp equal to this time or later
    /// than this time are included. Events with a timestamp earlier than this time are
    /// not included.
    pub fn start_time(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.inner = self.inner.start_time(input);
        self
    }
    /// Sets or clears [`start_time`](Self::start_time).
    pub fn set_start_time(mut self, input: ::std::option::Option<i64>) -> Self {
        self.inner = self.inner.set_start_time(input);
        self
    }
    /// Specify `true` to display the log event fields with all sensitive data unmasked
    /// and visible. The default is `false`.
    ///
    /// To use this operation with this parameter, you must be signed into an account
    /// with the `logs:Unmask` permission.
    pub fn unmask(mut self, input: impl ::std::convert::Into<bool>) -> Self {
        self.inner = self.inner.unmask(input);
        self
    }
    /// Sets or clears [`unmask`](Self::unmask).
    pub fn set_unmask(mut self, input: ::std::option::Option<bool>) -> Self {
        self.inner = self.inner.set_unmask(input);
        self
    }
    /// Sends the request.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::types::GetLogEventsResponse,
        crate::runtime::SdkError<GetLogEventsError>,
    > {
        let input = self.inner.build().map_err(crate::runtime::SdkError::Construction)?;
        self.handle
            .invoke::<
                _,
                crate::types::GetLogEventsResponse,
                GetLogEventsError,
            >(&OPERATION, &input)
            .await
    }
}
/// Errors of `GetLogEvents`: one variant per error the spec or AWS's model lists, plus [`Unhandled`](GetLogEventsError::Unhandled).
#[derive(::std::fmt::Debug)]
#[non_exhaustive]
pub enum GetLogEventsError {
    /// The service returned `InvalidParameterException`.
    InvalidParameterException(crate::types::error::InvalidParameterException),
    /// The service returned `ResourceNotFoundException`.
    ResourceNotFoundException(crate::types::error::ResourceNotFoundException),
    /// The service returned `ServiceUnavailableException`.
    ServiceUnavailableException(crate::types::error::ServiceUnavailableException),
    /// An error neither the spec nor AWS's model lists for this
    /// operation (the code, message, HTTP status and request id are kept).
    Unhandled(crate::runtime::Unhandled),
}
impl crate::runtime::OperationError for GetLogEventsError {
    fn from_response(meta: crate::runtime::ErrorMetadata, body: &[u8]) -> Self {
        match meta.modelled_code() {
            ::std::option::Option::Some("InvalidParameterException") => {
                Self::InvalidParameterException(
                    <crate::types::error::InvalidParameterException>::from_response(
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
            _ => Self::Unhandled(crate::runtime::Unhandled::new(meta)),
        }
    }
    fn meta(&self) -> &crate::runtime::ErrorMetadata {
        match self {
            Self::InvalidParameterException(e) => e.meta(),
            Self::ResourceNotFoundException(e) => e.meta(),
            Self::ServiceUnavailableException(e) => e.meta(),
            Self::Unhandled(e) => e.meta(),
        }
    }
    fn with_attempts(mut self, attempts: u32) -> Self {
        match &mut self {
            Self::InvalidParameterException(e) => e.meta.set_attempts(attempts),
            Self::ResourceNotFoundException(e) => e.meta.set_attempts(attempts),
            Self::ServiceUnavailableException(e) => e.meta.set_attempts(attempts),
            Self::Unhandled(e) => e.meta_mut().set_attempts(attempts),
        }
        self
    }
}
impl GetLogEventsError {
    /// Status, code, message and request id of the response.
    pub fn meta(&self) -> &crate::runtime::ErrorMetadata {
        crate::runtime::OperationError::meta(self)
    }
    /// The error code the service sent, if any.
    pub fn code(&self) -> ::std::option::Option<&str> {
        self.meta().code()
    }
}
impl ::std::fmt::Display for GetLogEventsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::InvalidParameterException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ResourceNotFoundException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ServiceUnavailableException(e) => ::std::fmt::Display::fmt(e, f),
            Self::Unhandled(e) => ::std::fmt::Display::fmt(e, f),
        }
    }
}
impl ::std::error::Error for GetLogEventsError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::InvalidParameterException(e) => ::std::option::Option::Some(e),
            Self::ResourceNotFoundException(e) => ::std::option::Option::Some(e),
            Self::ServiceUnavailableException(e) => ::std::option::Option::Some(e),
            Self::Unhandled(e) => ::std::option::Option::Some(e),
        }
    }
}
