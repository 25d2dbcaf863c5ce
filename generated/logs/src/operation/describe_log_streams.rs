//! The `DescribeLogStreams` operation: see [`Client::describe_log_streams`](crate::Client::describe_log_streams).
const OPERATION: crate::runtime::operation::OperationSpec = crate::runtime::operation::OperationSpec {
    name: "DescribeLogStreams",
    target: "Logs_20140328.DescribeLogStreams",
    host_prefix: ::std::option::Option::None,
    unsigned: false,
    endpoint_discovery: false,
    api_version_header: ::std::option::Option::None,
    min_attempt_timeout_secs: ::std::option::Option::None,
    partitions: &[],
};
/// Builds and sends a `DescribeLogStreams` request; see [`Client::describe_log_streams`](crate::Client::describe_log_streams).
#[derive(::std::clone::Clone, ::std::fmt::Debug)]
pub struct DescribeLogStreamsFluentBuilder {
    handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    inner: crate::types::builders::DescribeLogStreamsRequestBuilder,
}
impl DescribeLogStreamsFluentBuilder {
    pub(crate) fn new(
        handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    ) -> Self {
        DescribeLogStreamsFluentBuilder {
            handle,
            inner: ::std::default::Default::default(),
        }
    }
    /// The input built so far.
    pub fn as_input(&self) -> &crate::types::builders::DescribeLogStreamsRequestBuilder {
        &self.inner
    }
    /// If the value is true, results are returned in descending order. If the value is
    /// to false, results are returned in ascending order. The default value is false.
    pub fn descending(mut self, input: impl ::std::convert::Into<bool>) -> Self {
        self.inner = self.inner.descending(input);
        self
    }
    /// Sets or clears [`descending`](Self::descending).
    pub fn set_descending(mut self, input: ::std::option::Option<bool>) -> Self {
        self.inner = self.inner.set_descending(input);
        self
    }
    /// The maximum number of items returned. If you don't specify a value, the default
    /// is up to 50 items.
    pub fn limit(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.inner = self.inner.limit(input);
        self
    }
    /// Sets or clears [`limit`](Self::limit).
    pub fn set_limit(mut self, input: ::std::option::Option<i64>) -> Self {
        self.inner = self.inner.set_limit(input);
        self
    }
    /// Specify either the name or ARN of the log group to view. If the log group is in
    /// a source account and you are using a monitoring account, you must use the log
    /// group ARN.
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
    /// The prefix to match.
    ///
    /// If `orderBy` is `LastEventTime`, you cannot specify this parameter.
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
    /// If the value is `LogStreamName`, the results are ordered by log stream name. If
    /// the value is `LastEventTime`, the results are ordered by the event time. The
    /// default value is `LogStreamName`.
    ///
    /// If you order the results by event time, you cannot specify the
    /// `logStreamNamePrefix` parameter.
    ///
    /// `lastEventTimestamp` represents the time of the most recent log event in the log
    /// stream in CloudWatch Logs. This number is expressed as the number of
    /// milliseconds after `Jan 1, 1970 00:00:00 UTC`. `lastEventTimestamp` updates on
    /// an eventual consistency basis. It typically updates in less than an hour from
    /// ingestion, but in rare situations might take longer.
    pub fn order_by(
        mut self,
        input: impl ::std::convert::Into<crate::types::OrderBy>,
    ) -> Self {
        self.inner = self.inner.order_by(input);
        self
    }
    /// Sets or clears [`order_by`](Self::order_by).
    pub fn set_order_by(
        mut self,
        input: ::std::option::Option<crate::types::OrderBy>,
    ) -> Self {
        self.inner = self.inner.set_order_by(input);
        self
    }
    /// Sends the request.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::types::DescribeLogStreamsResponse,
        crate::runtime::SdkError<DescribeLogStreamsError>,
    > {
        let input = self.inner.build().map_err(crate::runtime::SdkError::Construction)?;
        self.handle
            .invoke::<
                _,
                crate::types::DescribeLogStreamsResponse,
                DescribeLogStreamsError,
            >(&OPERATION, &input)
            .await
    }
}
impl DescribeLogStreamsFluentBuilder {
    /// A paginator over every page of `DescribeLogStreams` (see [`DescribeLogStreamsPaginator`]).
    pub fn into_paginator(self) -> DescribeLogStreamsPaginator {
        DescribeLogStreamsPaginator {
            builder: self,
        }
    }
}
/// Pages through `DescribeLogStreams`, following `nextToken` → `nextToken`; stops when the token is absent, empty or repeated.
#[derive(::std::clone::Clone, ::std::fmt::Debug)]
pub struct DescribeLogStreamsPaginator {
    builder: DescribeLogStreamsFluentBuilder,
}
impl DescribeLogStreamsPaginator {
    /// Items per page (`limit`).
    pub fn page_size(mut self, size: impl ::std::convert::Into<i64>) -> Self {
        self.builder = self.builder.limit(size);
        self
    }
    /// A stream of pages (the first page starts from the token set on the builder, if any).
    pub fn send(
        self,
    ) -> crate::runtime::paginator::PageStream<
        crate::types::DescribeLogStreamsResponse,
        DescribeLogStreamsError,
        ::std::string::String,
    > {
        let first = self.builder.inner.next_token.clone();
        let builder = self.builder;
        crate::runtime::paginator::PageStream::new(
            first,
            move |token| builder.clone().set_next_token(token).send(),
            |page: &crate::types::DescribeLogStreamsResponse| {
                page.next_token.as_ref().cloned()
            },
        )
    }
    /// A stream of the `logStreams` of every page.
    pub fn items(
        self,
    ) -> crate::runtime::paginator::ItemStream<
        crate::types::DescribeLogStreamsResponse,
        DescribeLogStreamsError,
        ::std::string::String,
        crate::types::LogStream,
    > {
        self.send()
            .items(|page: crate::types::DescribeLogStreamsResponse| {
                page.log_streams.unwrap_or_default()
            })
    }
}
/// Errors of `DescribeLogStreams`: one variant per error the spec or AWS's model lists, plus [`Unhandled`](DescribeLogStreamsError::Unhandled).
#[derive(::std::fmt::Debug)]
#[non_exhaustive]
pub enum DescribeLogStreamsError {
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
impl crate::runtime::OperationError for DescribeLogStreamsError {
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
impl DescribeLogStreamsError {
    /// Status, code, message and request id of the response.
    pub fn meta(&self) -> &crate::runtime::ErrorMetadata {
        crate::runtime::OperationError::meta(self)
    }
    /// The error code the service sent, if any.
    pub fn code(&self) -> ::std::option::Option<&str> {
        self.meta().code()
    }
}
impl ::std::fmt::Display for DescribeLogStreamsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::InvalidParameterException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ResourceNotFoundException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ServiceUnavailableException(e) => ::std::fmt::Display::fmt(e, f),
            Self::Unhandled(e) => ::std::fmt::Display::fmt(e, f),
        }
    }
}
impl ::std::error::Error for DescribeLogStreamsError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::InvalidParameterException(e) => ::std::option::Option::Some(e),
            Self::ResourceNotFoundException(e) => ::std::option::Option::Some(e),
            Self::ServiceUnavailableException(e) => ::std::option::Option::Some(e),
            Self::Unhandled(e) => ::std::option::Option::Some(e),
        }
    }
}
