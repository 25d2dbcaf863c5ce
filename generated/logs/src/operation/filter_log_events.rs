//! The `FilterLogEvents` operation: see [`Client::filter_log_events`](crate::Client::filter_log_events).
const OPERATION: crate::runtime::operation::OperationSpec = crate::runtime::operation::OperationSpec {
    name: "FilterLogEvents",
    target: "Logs_20140328.FilterLogEvents",
    host_prefix: ::std::option::Option::None,
    unsigned: false,
    endpoint_discovery: false,
    api_version_header: ::std::option::Option::None,
    min_attempt_timeout_secs: ::std::option::Option::None,
    partitions: &[],
};
/// Builds and sends a `FilterLogEvents` request; see [`Client::filter_log_events`](crate::Client::filter_log_events).
#[derive(::std::clone::Clone, ::std::fmt::Debug)]
pub struct FilterLogEventsFluentBuilder {
    handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    inner: crate::types::builders::FilterLogEventsRequestBuilder,
}
impl FilterLogEventsFluentBuilder {
    pub(crate) fn new(
        handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    ) -> Self {
        FilterLogEventsFluentBuilder {
            handle,
            inner: ::std::default::Default::default(),
        }
    }
    /// The input built so far.
    pub fn as_input(&self) -> &crate::types::builders::FilterLogEventsRequestBuilder {
        &self.inner
    }
    /// The end of the time range, expressed as the number of milliseconds after
    /// `Jan 1, 1970 00:00:00 UTC`. Events with a timestamp later than this time are not
    /// returned.
    pub fn end_time(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.inner = self.inner.end_time(input);
        self
    }
    /// Sets or clears [`end_time`](Self::end_time).
    pub fn set_end_time(mut self, input: ::std::option::Option<i64>) -> Self {
        self.inner = self.inner.set_end_time(input);
        self
    }
    /// The filter pattern to use. For more information, see [Filter and Pattern
    /// Syntax](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/FilterAndPatternSyntax.html).
    ///
    /// If not provided, all the events are matched.
    pub fn filter_pattern(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.filter_pattern(input);
        self
    }
    /// Sets or clears [`filter_pattern`](Self::filter_pattern).
    pub fn set_filter_pattern(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_filter_pattern(input);
        self
    }
    /// If the value is true, the operation attempts to provide responses that contain
    /// events from multiple log streams within the log group, interleaved in a single
    /// response. If the value is false, all the matched log events in the first log
    /// stream are searched first, then those in the next log stream, and so on.
    ///
    /// **Important** As of June 17, 2019, this parameter is ignored and the value is
    /// assumed to be true. The response from this operation always interleaves events
    /// from multiple log streams within a log group.
    ///
    /// Starting on June 17, 2019, this parameter will be ignored and the value will be
    /// assumed to be true. The response from this operation will always interleave
    /// events from multiple log streams within a log group.
    pub fn interleaved(mut self, input: impl ::std::convert::Into<bool>) -> Self {
        self.inner = self.inner.interleaved(input);
        self
    }
    /// Sets or clears [`interleaved`](Self::interleaved).
    pub fn set_interleaved(mut self, input: ::std::option::Option<bool>) -> Self {
        self.inner = self.inner.set_interleaved(input);
        self
    }
    /// The maximum number of events to return. The default is 10,000 events.
    pub fn limit(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.inner = self.inner.limit(input);
        self
    }
    /// Sets or clears [`limit`](Self::limit).
    pub fn set_limit(mut self, input: ::std::option::Option<i64>) -> Self {
        self.inner = self.inner.set_limit(input);
        self
    }
    /// Specify either the name or ARN of the log group to view log events from. If the
    /// log group is in a source account and you are using a monitoring account, you
    /// must use the log group ARN.
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
    /// The name of the log group to search.
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
    /// Filters the results to include only events from log streams that have names
    /// starting with this prefix.
    ///
    /// If you specify a value for both `logStreamNamePrefix` and `logStreamNames`, but
    /// the value for `logStreamNamePrefix` does not match any log stream names
    /// specified in `logStreamNames`, the action returns an `InvalidParameterException`
    /// error.
    pub fn log_stream_name_prefix(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.log_stream_name_prefix(input);
        self
    }
    /// Sets or clears [`log_stream_name_prefix`](Self::log_stream_name_prefix).
    pub fn set_log_stream_name_prefix(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_log_stream_name_prefix(input);
        self
    }
    /// Filters the results to only logs from the log streams in this list.
    ///
    /// If you specify a value for both `logStreamNamePrefix` and `logStreamNames`, the
    /// action returns an `InvalidParameterException` error.
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
    /// The token for the next set of events to return. (You received this token from a
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
    /// The start of the time range, expressed as the number of milliseconds after
    /// `Jan 1, 1970 00:00:00 UTC`. Events with a timestamp before this time are not
    /// returned.
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
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    pub fn start_from_head(mut self, input: impl ::std::convert::Into<bool>) -> Self {
        self.inner = self.inner.start_from_head(input);
        self
    }
    /// Sets or clears [`start_from_head`](Self::start_from_head).
    pub fn set_start_from_head(mut self, input: ::std::option::Option<bool>) -> Self {
        self.inner = self.inner.set_start_from_head(input);
        self
    }
    /// Sends the request.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::types::FilterLogEventsResponse,
        crate::runtime::SdkError<FilterLogEventsError>,
    > {
        let input = self.inner.build().map_err(crate::runtime::SdkError::Construction)?;
        self.handle
            .invoke::<
                _,
                crate::types::FilterLogEventsResponse,
                FilterLogEventsError,
            >(&OPERATION, &input)
            .await
    }
}
impl FilterLogEventsFluentBuilder {
    /// A paginator over every page of `FilterLogEvents` (see [`FilterLogEventsPaginator`]).
    pub fn into_paginator(self) -> FilterLogEventsPaginator {
        FilterLogEventsPaginator {
            builder: self,
        }
    }
}
/// Pages through `FilterLogEvents`, following `nextToken` → `nextToken`; stops when the token is absent, empty or repeated.
#[derive(::std::clone::Clone, ::std::fmt::Debug)]
pub struct FilterLogEventsPaginator {
    builder: FilterLogEventsFluentBuilder,
}
impl FilterLogEventsPaginator {
    /// Items per page (`limit`).
    pub fn page_size(mut self, size: impl ::std::convert::Into<i64>) -> Self {
        self.builder = self.builder.limit(size);
        self
    }
    /// A stream of pages (the first page starts from the token set on the builder, if any).
    pub fn send(
        self,
    ) -> crate::runtime::paginator::PageStream<
        crate::types::FilterLogEventsResponse,
        FilterLogEventsError,
        ::std::string::String,
    > {
        let first = self.builder.inner.next_token.clone();
        let builder = self.builder;
        crate::runtime::paginator::PageStream::new(
            first,
            move |token| builder.clone().set_next_token(token).send(),
            |page: &crate::types::FilterLogEventsResponse| {
                page.next_token.as_ref().cloned()
            },
        )
    }
    /// A stream of the `events` of every page.
    pub fn items(
        self,
    ) -> crate::runtime::paginator::ItemStream<
        crate::types::FilterLogEventsResponse,
        FilterLogEventsError,
        ::std::string::String,
        crate::types::FilteredLogEvent,
    > {
        self.send()
            .items(|page: crate::types::FilterLogEventsResponse| {
                page.events.unwrap_or_default()
            })
    }
}
/// Errors of `FilterLogEvents`: one variant per error the spec or AWS's model lists, plus [`Unhandled`](FilterLogEventsError::Unhandled).
#[derive(::std::fmt::Debug)]
#[non_exhaustive]
pub enum FilterLogEventsError {
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
impl crate::runtime::OperationError for FilterLogEventsError {
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
impl FilterLogEventsError {
    /// Status, code, message and request id of the response.
    pub fn meta(&self) -> &crate::runtime::ErrorMetadata {
        crate::runtime::OperationError::meta(self)
    }
    /// The error code the service sent, if any.
    pub fn code(&self) -> ::std::option::Option<&str> {
        self.meta().code()
    }
}
impl ::std::fmt::Display for FilterLogEventsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::InvalidParameterException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ResourceNotFoundException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ServiceUnavailableException(e) => ::std::fmt::Display::fmt(e, f),
            Self::Unhandled(e) => ::std::fmt::Display::fmt(e, f),
        }
    }
}
impl ::std::error::Error for FilterLogEventsError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::InvalidParameterException(e) => ::std::option::Option::Some(e),
            Self::ResourceNotFoundException(e) => ::std::option::Option::Some(e),
            Self::ServiceUnavailableException(e) => ::std::option::Option::Some(e),
            Self::Unhandled(e) => ::std::option::Option::Some(e),
        }
    }
}
