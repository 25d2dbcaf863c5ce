//! The `ListAggregateLogGroupSummaries` operation: see [`Client::list_aggregate_log_group_summaries`](crate::Client::list_aggregate_log_group_summaries).
const OPERATION: crate::runtime::operation::OperationSpec = crate::runtime::operation::OperationSpec {
    name: "ListAggregateLogGroupSummaries",
    target: "Logs_20140328.ListAggregateLogGroupSummaries",
    host_prefix: ::std::option::Option::None,
    unsigned: false,
    endpoint_discovery: false,
    api_version_header: ::std::option::Option::None,
    min_attempt_timeout_secs: ::std::option::Option::None,
    partitions: &[],
};
/// Builds and sends a `ListAggregateLogGroupSummaries` request; see [`Client::list_aggregate_log_group_summaries`](crate::Client::list_aggregate_log_group_summaries).
#[derive(::std::clone::Clone, ::std::fmt::Debug)]
pub struct ListAggregateLogGroupSummariesFluentBuilder {
    handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    inner: crate::types::builders::ListAggregateLogGroupSummariesRequestBuilder,
}
impl ListAggregateLogGroupSummariesFluentBuilder {
    pub(crate) fn new(
        handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    ) -> Self {
        ListAggregateLogGroupSummariesFluentBuilder {
            handle,
            inner: ::std::default::Default::default(),
        }
    }
    /// The input built so far.
    pub fn as_input(
        &self,
    ) -> &crate::types::builders::ListAggregateLogGroupSummariesRequestBuilder {
        &self.inner
    }
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn account_identifiers(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.account_identifiers(input);
        self
    }
    /// Sets or clears [`account_identifiers`](Self::account_identifiers).
    pub fn set_account_identifiers(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.inner = self.inner.set_account_identifiers(input);
        self
    }
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn data_sources(
        mut self,
        input: impl ::std::convert::Into<crate::types::DataSourceFilter>,
    ) -> Self {
        self.inner = self.inner.data_sources(input);
        self
    }
    /// Sets or clears [`data_sources`](Self::data_sources).
    pub fn set_data_sources(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::DataSourceFilter>>,
    ) -> Self {
        self.inner = self.inner.set_data_sources(input);
        self
    }
    pub fn group_by(
        mut self,
        input: impl ::std::convert::Into<
            crate::types::ListAggregateLogGroupSummariesGroupBy,
        >,
    ) -> Self {
        self.inner = self.inner.group_by(input);
        self
    }
    /// Sets or clears [`group_by`](Self::group_by).
    pub fn set_group_by(
        mut self,
        input: ::std::option::Option<crate::types::ListAggregateLogGroupSummariesGroupBy>,
    ) -> Self {
        self.inner = self.inner.set_group_by(input);
        self
    }
    pub fn include_linked_accounts(
        mut self,
        input: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.inner = self.inner.include_linked_accounts(input);
        self
    }
    /// Sets or clears [`include_linked_accounts`](Self::include_linked_accounts).
    pub fn set_include_linked_accounts(
        mut self,
        input: ::std::option::Option<bool>,
    ) -> Self {
        self.inner = self.inner.set_include_linked_accounts(input);
        self
    }
    pub fn limit(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.inner = self.inner.limit(input);
        self
    }
    /// Sets or clears [`limit`](Self::limit).
    pub fn set_limit(mut self, input: ::std::option::Option<i64>) -> Self {
        self.inner = self.inner.set_limit(input);
        self
    }
    pub fn log_group_class(
        mut self,
        input: impl ::std::convert::Into<crate::types::LogGroupClass>,
    ) -> Self {
        self.inner = self.inner.log_group_class(input);
        self
    }
    /// Sets or clears [`log_group_class`](Self::log_group_class).
    pub fn set_log_group_class(
        mut self,
        input: ::std::option::Option<crate::types::LogGroupClass>,
    ) -> Self {
        self.inner = self.inner.set_log_group_class(input);
        self
    }
    pub fn log_group_name_pattern(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.log_group_name_pattern(input);
        self
    }
    /// Sets or clears [`log_group_name_pattern`](Self::log_group_name_pattern).
    pub fn set_log_group_name_pattern(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_log_group_name_pattern(input);
        self
    }
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
    /// Sends the request.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::types::ListAggregateLogGroupSummariesResponse,
        crate::runtime::SdkError<ListAggregateLogGroupSummariesError>,
    > {
        let input = self.inner.build().map_err(crate::runtime::SdkError::Construction)?;
        self.handle
            .invoke::<
                _,
                crate::types::ListAggregateLogGroupSummariesResponse,
                ListAggregateLogGroupSummariesError,
            >(&OPERATION, &input)
            .await
    }
}
impl ListAggregateLogGroupSummariesFluentBuilder {
    /// A paginator over every page of `ListAggregateLogGroupSummaries` (see [`ListAggregateLogGroupSummariesPaginator`]).
    pub fn into_paginator(self) -> ListAggregateLogGroupSummariesPaginator {
        ListAggregateLogGroupSummariesPaginator {
            builder: self,
        }
    }
}
/// Pages through `ListAggregateLogGroupSummaries`, following `nextToken` → `nextToken`; stops when the token is absent, empty or repeated.
#[derive(::std::clone::Clone, ::std::fmt::Debug)]
pub struct ListAggregateLogGroupSummariesPaginator {
    builder: ListAggregateLogGroupSummariesFluentBuilder,
}
impl ListAggregateLogGroupSummariesPaginator {
    /// Items per page (`limit`).
    pub fn page_size(mut self, size: impl ::std::convert::Into<i64>) -> Self {
        self.builder = self.builder.limit(size);
        self
    }
    /// A stream of pages (the first page starts from the token set on the builder, if any).
    pub fn send(
        self,
    ) -> crate::runtime::paginator::PageStream<
        crate::types::ListAggregateLogGroupSummariesResponse,
        ListAggregateLogGroupSummariesError,
        ::std::string::String,
    > {
        let first = self.builder.inner.next_token.clone();
        let builder = self.builder;
        crate::runtime::paginator::PageStream::new(
            first,
            move |token| builder.clone().set_next_token(token).send(),
            |page: &crate::types::ListAggregateLogGroupSummariesResponse| {
                page.next_token.as_ref().cloned()
            },
        )
    }
    /// A stream of the `aggregateLogGroupSummaries` of every page.
    pub fn items(
        self,
    ) -> crate::runtime::paginator::ItemStream<
        crate::types::ListAggregateLogGroupSummariesResponse,
        ListAggregateLogGroupSummariesError,
        ::std::string::String,
        crate::types::AggregateLogGroupSummary,
    > {
        self.send()
            .items(|page: crate::types::ListAggregateLogGroupSummariesResponse| {
                page.aggregate_log_group_summaries.unwrap_or_default()
            })
    }
}
/// Errors of `ListAggregateLogGroupSummaries`: one variant per error the spec or AWS's model lists, plus [`Unhandled`](ListAggregateLogGroupSummariesError::Unhandled).
#[derive(::std::fmt::Debug)]
#[non_exhaustive]
pub enum ListAggregateLogGroupSummariesError {
    /// The service returned `InvalidParameterException`.
    InvalidParameterException(crate::types::error::InvalidParameterException),
    /// The service returned `ServiceUnavailableException`.
    ServiceUnavailableException(crate::types::error::ServiceUnavailableException),
    /// The service returned `ValidationException`.
    ValidationException(crate::types::error::ValidationException),
    /// An error neither the spec nor AWS's model lists for this
    /// operation (the code, message, HTTP status and request id are kept).
    Unhandled(crate::runtime::Unhandled),
}
impl crate::runtime::OperationError for ListAggregateLogGroupSummariesError {
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
            ::std::option::Option::Some("ServiceUnavailableException") => {
                Self::ServiceUnavailableException(
                    <crate::types::error::ServiceUnavailableException>::from_response(
                        meta,
                        body,
                    ),
                )
            }
            ::std::option::Option::Some("ValidationException") => {
                Self::ValidationException(
                    <crate::types::error::ValidationException>::from_response(meta, body),
                )
            }
            _ => Self::Unhandled(crate::runtime::Unhandled::new(meta)),
        }
    }
    fn meta(&self) -> &crate::runtime::ErrorMetadata {
        match self {
            Self::InvalidParameterException(e) => e.meta(),
            Self::ServiceUnavailableException(e) => e.meta(),
            Self::ValidationException(e) => e.meta(),
            Self::Unhandled(e) => e.meta(),
        }
    }
    fn with_attempts(mut self, attempts: u32) -> Self {
        match &mut self {
            Self::InvalidParameterException(e) => e.meta.set_attempts(attempts),
            Self::ServiceUnavailableException(e) => e.meta.set_attempts(attempts),
            Self::ValidationException(e) => e.meta.set_attempts(attempts),
            Self::Unhandled(e) => e.meta_mut().set_attempts(attempts),
        }
        self
    }
}
impl ListAggregateLogGroupSummariesError {
    /// Status, code, message and request id of the response.
    pub fn meta(&self) -> &crate::runtime::ErrorMetadata {
        crate::runtime::OperationError::meta(self)
    }
    /// The error code the service sent, if any.
    pub fn code(&self) -> ::std::option::Option<&str> {
        self.meta().code()
    }
}
impl ::std::fmt::Display for ListAggregateLogGroupSummariesError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::InvalidParameterException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ServiceUnavailableException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ValidationException(e) => ::std::fmt::Display::fmt(e, f),
            Self::Unhandled(e) => ::std::fmt::Display::fmt(e, f),
        }
    }
}
impl ::std::error::Error for ListAggregateLogGroupSummariesError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::InvalidParameterException(e) => ::std::option::Option::Some(e),
            Self::ServiceUnavailableException(e) => ::std::option::Option::Some(e),
            Self::ValidationException(e) => ::std::option::Option::Some(e),
            Self::Unhandled(e) => ::std::option::Option::Some(e),
        }
    }
}
