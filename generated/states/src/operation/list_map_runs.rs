//! The `ListMapRuns` operation: see [`Client::list_map_runs`](crate::Client::list_map_runs).
const OPERATION: crate::runtime::operation::OperationSpec = crate::runtime::operation::OperationSpec {
    name: "ListMapRuns",
    target: "AWSStepFunctions.ListMapRuns",
    host_prefix: ::std::option::Option::None,
    unsigned: false,
    endpoint_discovery: false,
    api_version_header: ::std::option::Option::None,
    min_attempt_timeout_secs: ::std::option::Option::None,
    partitions: &[],
};
/// Builds and sends a `ListMapRuns` request; see [`Client::list_map_runs`](crate::Client::list_map_runs).
#[derive(::std::clone::Clone, ::std::fmt::Debug)]
pub struct ListMapRunsFluentBuilder {
    handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    inner: crate::types::builders::ListMapRunsInputBuilder,
}
impl ListMapRunsFluentBuilder {
    pub(crate) fn new(
        handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    ) -> Self {
        ListMapRunsFluentBuilder {
            handle,
            inner: ::std::default::Default::default(),
        }
    }
    /// The input built so far.
    pub fn as_input(&self) -> &crate::types::builders::ListMapRunsInputBuilder {
        &self.inner
    }
    /// The Amazon Resource Name (ARN) of the execution for which the Map Runs must be
    /// listed.
    pub fn execution_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.execution_arn(input);
        self
    }
    /// Sets or clears [`execution_arn`](Self::execution_arn).
    pub fn set_execution_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_execution_arn(input);
        self
    }
    /// The maximum number of results that are returned per call. You can use
    /// `nextToken` to obtain further pages of results. The default is 100 and the
    /// maximum allowed page size is 1000. A value of 0 uses the default.
    ///
    /// This is only an upper limit. The actual number of results returned per call
    /// might be fewer than the specified maximum.
    pub fn max_results(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.inner = self.inner.max_results(input);
        self
    }
    /// Sets or clears [`max_results`](Self::max_results).
    pub fn set_max_results(mut self, input: ::std::option::Option<i64>) -> Self {
        self.inner = self.inner.set_max_results(input);
        self
    }
    /// If `nextToken` is returned, there are more results available. The value of
    /// `nextToken` is a unique pagination token for each page. Make the call again
    /// using the returned token to retrieve the next page. Keep all other arguments
    /// unchanged. Each pagination token expires after 24 hours. Using an expired
    /// pagination token will return an *HTTP 400 InvalidToken* error.
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
        crate::types::ListMapRunsOutput,
        crate::runtime::SdkError<ListMapRunsError>,
    > {
        let input = self.inner.build().map_err(crate::runtime::SdkError::Construction)?;
        self.handle
            .invoke::<
                _,
                crate::types::ListMapRunsOutput,
                ListMapRunsError,
            >(&OPERATION, &input)
            .await
    }
}
impl ListMapRunsFluentBuilder {
    /// A paginator over every page of `ListMapRuns` (see [`ListMapRunsPaginator`]).
    pub fn into_paginator(self) -> ListMapRunsPaginator {
        ListMapRunsPaginator {
            builder: self,
        }
    }
}
/// Pages through `ListMapRuns`, following `nextToken` → `nextToken`; stops when the token is absent, empty or repeated.
#[derive(::std::clone::Clone, ::std::fmt::Debug)]
pub struct ListMapRunsPaginator {
    builder: ListMapRunsFluentBuilder,
}
impl ListMapRunsPaginator {
    /// Items per page (`maxResults`).
    pub fn page_size(mut self, size: impl ::std::convert::Into<i64>) -> Self {
        self.builder = self.builder.max_results(size);
        self
    }
    /// A stream of pages (the first page starts from the token set on the builder, if any).
    pub fn send(
        self,
    ) -> crate::runtime::paginator::PageStream<
        crate::types::ListMapRunsOutput,
        ListMapRunsError,
        ::std::string::String,
    > {
        let first = self.builder.inner.next_token.clone();
        let builder = self.builder;
        crate::runtime::paginator::PageStream::new(
            first,
            move |token| builder.clone().set_next_token(token).send(),
            |page: &crate::types::ListMapRunsOutput| {
                page.next_token.as_ref().cloned()
            },
        )
    }
    /// A stream of the `mapRuns` of every page.
    pub fn items(
        self,
    ) -> crate::runtime::paginator::ItemStream<
        crate::types::ListMapRunsOutput,
        ListMapRunsError,
        ::std::string::String,
        crate::types::MapRunListItem,
    > {
        self.send().items(|page: crate::types::ListMapRunsOutput| page.map_runs)
    }
}
/// Errors of `ListMapRuns`: one variant per error the spec or AWS's model lists, plus [`Unhandled`](ListMapRunsError::Unhandled).
#[derive(::std::fmt::Debug)]
#[non_exhaustive]
pub enum ListMapRunsError {
    /// The service returned `ExecutionDoesNotExist`.
    ExecutionDoesNotExist(crate::types::error::ExecutionDoesNotExist),
    /// The service returned `InvalidArn`.
    InvalidArn(crate::types::error::InvalidArn),
    /// The service returned `InvalidToken`.
    InvalidToken(crate::types::error::InvalidToken),
    /// An error neither the spec nor AWS's model lists for this
    /// operation (the code, message, HTTP status and request id are kept).
    Unhandled(crate::runtime::Unhandled),
}
impl crate::runtime::OperationError for ListMapRunsError {
    fn from_response(meta: crate::runtime::ErrorMetadata, body: &[u8]) -> Self {
        match meta.modelled_code() {
            ::std::option::Option::Some("ExecutionDoesNotExist") => {
                Self::ExecutionDoesNotExist(
                    <crate::types::error::ExecutionDoesNotExist>::from_response(
                        meta,
                        body,
                    ),
                )
            }
            ::std::option::Option::Some("InvalidArn") => {
                Self::InvalidArn(
                    <crate::types::error::InvalidArn>::from_response(meta, body),
                )
            }
            ::std::option::Option::Some("InvalidToken") => {
                Self::InvalidToken(
                    <crate::types::error::InvalidToken>::from_response(meta, body),
                )
            }
            _ => Self::Unhandled(crate::runtime::Unhandled::new(meta)),
        }
    }
    fn meta(&self) -> &crate::runtime::ErrorMetadata {
        match self {
            Self::ExecutionDoesNotExist(e) => e.meta(),
            Self::InvalidArn(e) => e.meta(),
            Self::InvalidToken(e) => e.meta(),
            Self::Unhandled(e) => e.meta(),
        }
    }
    fn with_attempts(mut self, attempts: u32) -> Self {
        match &mut self {
            Self::ExecutionDoesNotExist(e) => e.meta.set_attempts(attempts),
            Self::InvalidArn(e) => e.meta.set_attempts(attempts),
            Self::InvalidToken(e) => e.meta.set_attempts(attempts),
            Self::Unhandled(e) => e.meta_mut().set_attempts(attempts),
        }
        self
    }
}
impl ListMapRunsError {
    /// Status, code, message and request id of the response.
    pub fn meta(&self) -> &crate::runtime::ErrorMetadata {
        crate::runtime::OperationError::meta(self)
    }
    /// The error code the service sent, if any.
    pub fn code(&self) -> ::std::option::Option<&str> {
        self.meta().code()
    }
}
impl ::std::fmt::Display for ListMapRunsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::ExecutionDoesNotExist(e) => ::std::fmt::Display::fmt(e, f),
            Self::InvalidArn(e) => ::std::fmt::Display::fmt(e, f),
            Self::InvalidToken(e) => ::std::fmt::Display::fmt(e, f),
            Self::Unhandled(e) => ::std::fmt::Display::fmt(e, f),
        }
    }
}
impl ::std::error::Error for ListMapRunsError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::ExecutionDoesNotExist(e) => ::std::option::Option::Some(e),
            Self::InvalidArn(e) => ::std::option::Option::Some(e),
            Self::InvalidToken(e) => ::std::option::Option::Some(e),
            Self::Unhandled(e) => ::std::option::Option::Some(e),
        }
    }
}
