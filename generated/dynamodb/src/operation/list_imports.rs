//! The `ListImports` operation: see [`Client::list_imports`](crate::Client::list_imports).
const OPERATION: crate::runtime::operation::OperationSpec = crate::runtime::operation::OperationSpec {
    name: "ListImports",
    target: "DynamoDB_20120810.ListImports",
    host_prefix: ::std::option::Option::None,
    unsigned: false,
    endpoint_discovery: false,
    api_version_header: ::std::option::Option::None,
    min_attempt_timeout_secs: ::std::option::Option::None,
    partitions: &[],
};
/// Builds and sends a `ListImports` request; see [`Client::list_imports`](crate::Client::list_imports).
#[derive(::std::clone::Clone, ::std::fmt::Debug)]
pub struct ListImportsFluentBuilder {
    handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    inner: crate::types::builders::ListImportsInputBuilder,
}
impl ListImportsFluentBuilder {
    pub(crate) fn new(
        handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    ) -> Self {
        ListImportsFluentBuilder {
            handle,
            inner: ::std::default::Default::default(),
        }
    }
    /// The input built so far.
    pub fn as_input(&self) -> &crate::types::builders::ListImportsInputBuilder {
        &self.inner
    }
    /// An optional string that, if supplied, must be copied from the output of a
    /// previous call to `ListImports`. When provided in this manner, the API fetches
    /// the next page of results.
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
    /// The number of `ImportSummary` objects returned in a single page.
    pub fn page_size(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.inner = self.inner.page_size(input);
        self
    }
    /// Sets or clears [`page_size`](Self::page_size).
    pub fn set_page_size(mut self, input: ::std::option::Option<i64>) -> Self {
        self.inner = self.inner.set_page_size(input);
        self
    }
    /// The Amazon Resource Name (ARN) associated with the table that was imported to.
    pub fn table_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.table_arn(input);
        self
    }
    /// Sets or clears [`table_arn`](Self::table_arn).
    pub fn set_table_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_table_arn(input);
        self
    }
    /// Sends the request.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::types::ListImportsOutput,
        crate::runtime::SdkError<ListImportsError>,
    > {
        let input = self.inner.build().map_err(crate::runtime::SdkError::Construction)?;
        self.handle
            .invoke::<
                _,
                crate::types::ListImportsOutput,
                ListImportsError,
            >(&OPERATION, &input)
            .await
    }
}
impl ListImportsFluentBuilder {
    /// A paginator over every page of `ListImports` (see [`ListImportsPaginator`]).
    pub fn into_paginator(self) -> ListImportsPaginator {
        ListImportsPaginator {
            builder: self,
        }
    }
}
/// Pages through `ListImports`, following `NextToken` → `NextToken`; stops when the token is absent, empty or repeated.
#[derive(::std::clone::Clone, ::std::fmt::Debug)]
pub struct ListImportsPaginator {
    builder: ListImportsFluentBuilder,
}
impl ListImportsPaginator {
    /// Items per page (`PageSize`).
    pub fn page_size(mut self, size: impl ::std::convert::Into<i64>) -> Self {
        self.builder = self.builder.page_size(size);
        self
    }
    /// A stream of pages (the first page starts from the token set on the builder, if any).
    pub fn send(
        self,
    ) -> crate::runtime::paginator::PageStream<
        crate::types::ListImportsOutput,
        ListImportsError,
        ::std::string::String,
    > {
        let first = self.builder.inner.next_token.clone();
        let builder = self.builder;
        crate::runtime::paginator::PageStream::new(
            first,
            move |token| builder.clone().set_next_token(token).send(),
            |page: &crate::types::ListImportsOutput| {
                page.next_token.as_ref().cloned()
            },
        )
    }
    /// A stream of the `ImportSummaryList` of every page.
    pub fn items(
        self,
    ) -> crate::runtime::paginator::ItemStream<
        crate::types::ListImportsOutput,
        ListImportsError,
        ::std::string::String,
        crate::types::ImportSummary,
    > {
        self.send()
            .items(|page: crate::types::ListImportsOutput| {
                page.import_summary_list.unwrap_or_default()
            })
    }
}
/// Errors of `ListImports`: one variant per error the spec or AWS's model lists, plus [`Unhandled`](ListImportsError::Unhandled).
#[derive(::std::fmt::Debug)]
#[non_exhaustive]
pub enum ListImportsError {
    /// The service returned `LimitExceededException`.
    LimitExceededException(crate::types::error::LimitExceededException),
    /// An error neither the spec nor AWS's model lists for this
    /// operation (the code, message, HTTP status and request id are kept).
    Unhandled(crate::runtime::Unhandled),
}
impl crate::runtime::OperationError for ListImportsError {
    fn from_response(meta: crate::runtime::ErrorMetadata, body: &[u8]) -> Self {
        match meta.modelled_code() {
            ::std::option::Option::Some("LimitExceededException") => {
                Self::LimitExceededException(
                    <crate::types::error::LimitExceededException>::from_response(
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
            Self::LimitExceededException(e) => e.meta(),
            Self::Unhandled(e) => e.meta(),
        }
    }
    fn with_attempts(mut self, attempts: u32) -> Self {
        match &mut self {
            Self::LimitExceededException(e) => e.meta.set_attempts(attempts),
            Self::Unhandled(e) => e.meta_mut().set_attempts(attempts),
        }
        self
    }
}
impl ListImportsError {
    /// Status, code, message and request id of the response.
    pub fn meta(&self) -> &crate::runtime::ErrorMetadata {
        crate::runtime::OperationError::meta(self)
    }
    /// The error code the service sent, if any.
    pub fn code(&self) -> ::std::option::Option<&str> {
        self.meta().code()
    }
}
impl ::std::fmt::Display for ListImportsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::LimitExceededException(e) => ::std::fmt::Display::fmt(e, f),
            Self::Unhandled(e) => ::std::fmt::Display::fmt(e, f),
        }
    }
}
impl ::std::error::Error for ListImportsError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::LimitExceededException(e) => ::std::option::Option::Some(e),
            Self::Unhandled(e) => ::std::option::Option::Some(e),
        }
    }
}
