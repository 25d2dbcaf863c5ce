//! The `StartQuery` operation: see [`Client::start_query`](crate::Client::start_query).
const OPERATION: crate::runtime::operation::OperationSpec = crate::runtime::operation::OperationSpec {
    name: "StartQuery",
    target: "Logs_20140328.StartQuery",
    host_prefix: ::std::option::Option::None,
    unsigned: false,
    endpoint_discovery: false,
    api_version_header: ::std::option::Option::None,
    min_attempt_timeout_secs: ::std::option::Option::None,
    partitions: &[],
};
/// Builds and sends a `StartQuery` request; see [`Client::start_query`](crate::Client::start_query).
#[derive(::std::clone::Clone, ::std::fmt::Debug)]
pub struct StartQueryFluentBuilder {
    handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    inner: crate::types::builders::StartQueryRequestBuilder,
}
impl StartQueryFluentBuilder {
    pub(crate) fn new(
        handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    ) -> Self {
        StartQueryFluentBuilder {
            handle,
            inner: ::std::default::Default::default(),
        }
    }
    /// The input built so far.
    pub fn as_input(&self) -> &crate::types::builders::StartQueryRequestBuilder {
        &self.inner
    }
    /// The end of the time range to query. The range is inclusive, so the specified end
    /// time is included in the query. Specified as epoch time, the number of seconds
    /// since `January 1, 1970, 00:00:00 UTC`.
    pub fn end_time(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.inner = self.inner.end_time(input);
        self
    }
    /// Sets or clears [`end_time`](Self::end_time).
    pub fn set_end_time(mut self, input: ::std::option::Option<i64>) -> Self {
        self.inner = self.inner.set_end_time(input);
        self
    }
    /// The maximum number of log events to return in the query. If the query string
    /// uses the `fields` command, only the specified fields and their values are
    /// returned. The default is 1000.
    pub fn limit(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.inner = self.inner.limit(input);
        self
    }
    /// Sets or clears [`limit`](Self::limit).
    pub fn set_limit(mut self, input: ::std::option::Option<i64>) -> Self {
        self.inner = self.inner.set_limit(input);
        self
    }
    /// The list of log groups to query. You can include up to 50 log groups.
    ///
    /// You can specify them by the log group name or ARN. If a log group that you're
    /// querying is in a source account and you're using a monitoring account, you must
    /// specify the ARN of the log group here. The query definition must also be defined
    /// in the monitoring account.
    ///
    /// If you specify an ARN, the ARN can't end with an asterisk (\*).
    ///
    /// A `StartQuery` operation must include exactly one of the following parameters:
    /// `logGroupName`, `logGroupNames`, or `logGroupIdentifiers`.
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
    /// The log group on which to perform the query.
    ///
    /// **Note:** A `StartQuery` operation must include exactly one of the following
    /// parameters: `logGroupName`, `logGroupNames`, or `logGroupIdentifiers`.
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
    /// The list of log groups to be queried. You can include up to 50 log groups.
    ///
    /// **Note:** A `StartQuery` operation must include exactly one of the following
    /// parameters: `logGroupName`, `logGroupNames`, or `logGroupIdentifiers`.
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn log_group_names(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.log_group_names(input);
        self
    }
    /// Sets or clears [`log_group_names`](Self::log_group_names).
    pub fn set_log_group_names(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.inner = self.inner.set_log_group_names(input);
        self
    }
    /// The query string to use. For more information, see [CloudWatch Logs Insights
    /// Query
    /// Syntax](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CWL_QuerySyntax.html).
    pub fn query_string(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.query_string(input);
        self
    }
    /// Sets or clears [`query_string`](Self::query_string).
    pub fn set_query_string(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_query_string(input);
        self
    }
    /// The beginning of the time range to query. The range is inclusive, so the
    /// specified start time is included in the query. Specified as epoch time, the
    /// number of seconds since `January 1, 1970, 00:00:00 UTC`.
    pub fn start_time(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.inner = self.inner.start_time(input);
        self
    }
    /// Sets or clears [`start_time`](Self::start_time).
    pub fn set_start_time(mut self, input: ::std::option::Option<i64>) -> Self {
        self.inner = self.inner.set_start_time(input);
        self
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    pub fn query_language(
        mut self,
        input: impl ::std::convert::Into<crate::types::QueryLanguage>,
    ) -> Self {
        self.inner = self.inner.query_language(input);
        self
    }
    /// Sets or clears [`query_language`](Self::query_language).
    pub fn set_query_language(
        mut self,
        input: ::std::option::Option<crate::types::QueryLanguage>,
    ) -> Self {
        self.inner = self.inner.set_query_language(input);
        self
    }
    /// Sends the request.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::types::StartQueryResponse,
        crate::runtime::SdkError<StartQueryError>,
    > {
        let input = self.inner.build().map_err(crate::runtime::SdkError::Construction)?;
        self.handle
            .invoke::<
                _,
                crate::types::StartQueryResponse,
                StartQueryError,
            >(&OPERATION, &input)
            .await
    }
}
/// Errors of `StartQuery`: one variant per error the spec or AWS's model lists, plus [`Unhandled`](StartQueryError::Unhandled).
#[derive(::std::fmt::Debug)]
#[non_exhaustive]
pub enum StartQueryError {
    /// The service returned `InvalidParameterException`.
    InvalidParameterException(crate::types::error::InvalidParameterException),
    /// The service returned `LimitExceededException`.
    LimitExceededException(crate::types::error::LimitExceededException),
    /// The service returned `MalformedQueryException`.
    MalformedQueryException(crate::types::error::MalformedQueryException),
    /// The service returned `ResourceNotFoundException`.
    ResourceNotFoundException(crate::types::error::ResourceNotFoundException),
    /// The service returned `ServiceUnavailableException`.
    ServiceUnavailableException(crate::types::error::ServiceUnavailableException),
    /// An error neither the spec nor AWS's model lists for this
    /// operation (the code, message, HTTP status and request id are kept).
    Unhandled(crate::runtime::Unhandled),
}
impl crate::runtime::OperationError for StartQueryError {
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
            ::std::option::Option::Some("LimitExceededException") => {
                Self::LimitExceededException(
                    <crate::types::error::LimitExceededException>::from_response(
                        meta,
                        body,
                    ),
                )
            }
            ::std::option::Option::Some("MalformedQueryException") => {
                Self::MalformedQueryException(
                    <crate::types::error::MalformedQueryException>::from_response(
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
            Self::LimitExceededException(e) => e.meta(),
            Self::MalformedQueryException(e) => e.meta(),
            Self::ResourceNotFoundException(e) => e.meta(),
            Self::ServiceUnavailableException(e) => e.meta(),
            Self::Unhandled(e) => e.meta(),
        }
    }
    fn with_attempts(mut self, attempts: u32) -> Self {
        match &mut self {
            Self::InvalidParameterException(e) => e.meta.set_attempts(attempts),
            Self::LimitExceededException(e) => e.meta.set_attempts(attempts),
            Self::MalformedQueryException(e) => e.meta.set_attempts(attempts),
            Self::ResourceNotFoundException(e) => e.meta.set_attempts(attempts),
            Self::ServiceUnavailableException(e) => e.meta.set_attempts(attempts),
            Self::Unhandled(e) => e.meta_mut().set_attempts(attempts),
        }
        self
    }
}
impl StartQueryError {
    /// Status, code, message and request id of the response.
    pub fn meta(&self) -> &crate::runtime::ErrorMetadata {
        crate::runtime::OperationError::meta(self)
    }
    /// The error code the service sent, if any.
    pub fn code(&self) -> ::std::option::Option<&str> {
        self.meta().code()
    }
}
impl ::std::fmt::Display for StartQueryError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::InvalidParameterException(e) => ::std::fmt::Display::fmt(e, f),
            Self::LimitExceededException(e) => ::std::fmt::Display::fmt(e, f),
            Self::MalformedQueryException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ResourceNotFoundException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ServiceUnavailableException(e) => ::std::fmt::Display::fmt(e, f),
            Self::Unhandled(e) => ::std::fmt::Display::fmt(e, f),
        }
    }
}
impl ::std::error::Error for StartQueryError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::InvalidParameterException(e) => ::std::option::Option::Some(e),
            Self::LimitExceededException(e) => ::std::option::Option::Some(e),
            Self::MalformedQueryException(e) => ::std::option::Option::Some(e),
            Self::ResourceNotFoundException(e) => ::std::option::Option::Some(e),
            Self::ServiceUnavailableException(e) => ::std::option::Option::Some(e),
            Self::Unhandled(e) => ::std::option::Option::Some(e),
        }
    }
}
