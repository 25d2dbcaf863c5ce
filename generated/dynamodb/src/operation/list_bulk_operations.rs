//! The `ListBulkOperations` operation: see [`Client::list_bulk_operations`](crate::Client::list_bulk_operations).
const OPERATION: crate::runtime::operation::OperationSpec = crate::runtime::operation::OperationSpec {
    name: "ListBulkOperations",
    target: "DynamoDB_20120810.ListBulkOperations",
    host_prefix: ::std::option::Option::None,
    unsigned: false,
    endpoint_discovery: false,
    api_version_header: ::std::option::Option::None,
    min_attempt_timeout_secs: ::std::option::Option::None,
    partitions: &[],
};
/// Builds and sends a `ListBulkOperations` request; see [`Client::list_bulk_operations`](crate::Client::list_bulk_operations).
#[derive(::std::clone::Clone, ::std::fmt::Debug)]
pub struct ListBulkOperationsFluentBuilder {
    handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    inner: crate::types::builders::ListBulkOperationsInputBuilder,
}
impl ListBulkOperationsFluentBuilder {
    pub(crate) fn new(
        handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    ) -> Self {
        ListBulkOperationsFluentBuilder {
            handle,
            inner: ::std::default::Default::default(),
        }
    }
    /// The input built so far.
    pub fn as_input(&self) -> &crate::types::builders::ListBulkOperationsInputBuilder {
        &self.inner
    }
    pub fn max_results(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.inner = self.inner.max_results(input);
        self
    }
    /// Sets or clears [`max_results`](Self::max_results).
    pub fn set_max_results(mut self, input: ::std::option::Option<i64>) -> Self {
        self.inner = self.inner.set_max_results(input);
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
        crate::types::ListBulkOperationsOutput,
        crate::runtime::SdkError<ListBulkOperationsError>,
    > {
        let input = self.inner.build().map_err(crate::runtime::SdkError::Construction)?;
        self.handle
            .invoke::<
                _,
                crate::types::ListBulkOperationsOutput,
                ListBulkOperationsError,
            >(&OPERATION, &input)
            .await
    }
}
impl ListBulkOperationsFluentBuilder {
    /// A paginator over every page of `ListBulkOperations` (see [`ListBulkOperationsPaginator`]).
    pub fn into_paginator(self) -> ListBulkOperationsPaginator {
        ListBulkOperationsPaginator {
            builder: self,
        }
    }
}
/// Pages through `ListBulkOperations`, following `NextToken` → `NextToken`; stops when the token is absent, empty or repeated.
#[derive(::std::clone::Clone, ::std::fmt::Debug)]
pub struct ListBulkOperationsPaginator {
    builder: ListBulkOperationsFluentBuilder,
}
impl ListBulkOperationsPaginator {
    /// Items per page (`MaxResults`).
    pub fn page_size(mut self, size: impl ::std::convert::Into<i64>) -> Self {
        self.builder = self.builder.max_results(size);
        self
    }
    /// A stream of pages (the first page starts from the token set on the builder, if any).
    pub fn send(
        self,
    ) -> crate::runtime::paginator::PageStream<
        crate::types::ListBulkOperationsOutput,
        ListBulkOperationsError,
        ::std::string::String,
    > {
        let first = self.builder.inner.next_token.clone();
        let builder = self.builder;
        crate::runtime::paginator::PageStream::new(
            first,
            move |token| builder.clone().set_next_token(token).send(),
            |page: &crate::types::ListBulkOperationsOutput| {
                page.next_token.as_ref().cloned()
            },
        )
    }
    /// A stream of the `BulkOperationsSummaryList` of every page.
    pub fn items(
        self,
    ) -> crate::runtime::paginator::ItemStream<
        crate::types::ListBulkOperationsOutput,
        ListBulkOperationsError,
        ::std::string::String,
        crate::types::BulkOperationSummary,
    > {
        self.send()
            .items(|page: crate::types::ListBulkOperationsOutput| {
                page.bulk_operations_summary_list.unwrap_or_default()
            })
    }
}
/// Errors of `ListBulkOperations`: one variant per error the spec or AWS's model lists, plus [`Unhandled`](ListBulkOperationsError::Unhandled).
#[derive(::std::fmt::Debug)]
#[non_exhaustive]
pub enum ListBulkOperationsError {
    /// An error neither the spec nor AWS's model lists for this
    /// operation (the code, message, HTTP status and request id are kept).
    Unhandled(crate::runtime::Unhandled),
}
impl crate::runtime::OperationError for ListBulkOperationsError {
    fn from_response(meta: crate::runtime::ErrorMetadata, body: &[u8]) -> Self {
        let _ = body;
        Self::Unhandled(crate::runtime::Unhandled::new(meta))
    }
    fn meta(&self) -> &crate::runtime::ErrorMetadata {
        match self {
            Self::Unhandled(e) => e.meta(),
        }
    }
    fn with_attempts(mut self, attempts: u32) -> Self {
        match &mut self {
            Self::Unhandled(e) => e.meta_mut().set_attempts(attempts),
        }
        self
    }
}
impl ListBulkOperationsError {
    /// Status, code, message and request id of the response.
    pub fn meta(&self) -> &crate::runtime::ErrorMetadata {
        crate::runtime::OperationError::meta(self)
    }
    /// The error code the service sent, if any.
    pub fn code(&self) -> ::std::option::Option<&str> {
        self.meta().code()
    }
}
impl ::std::fmt::Display for ListBulkOperationsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Unhandled(e) => ::std::fmt::Display::fmt(e, f),
        }
    }
}
impl ::std::error::Error for ListBulkOperationsError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::Unhandled(e) => ::std::option::Option::Some(e),
        }
    }
}
