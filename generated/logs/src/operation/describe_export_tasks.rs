//! The `DescribeExportTasks` operation: see [`Client::describe_export_tasks`](crate::Client::describe_export_tasks).
const OPERATION: crate::runtime::operation::OperationSpec = crate::runtime::operation::OperationSpec {
    name: "DescribeExportTasks",
    target: "Logs_20140328.DescribeExportTasks",
    host_prefix: ::std::option::Option::None,
    unsigned: false,
    endpoint_discovery: false,
    api_version_header: ::std::option::Option::None,
    min_attempt_timeout_secs: ::std::option::Option::None,
    partitions: &[],
};
/// Builds and sends a `DescribeExportTasks` request; see [`Client::describe_export_tasks`](crate::Client::describe_export_tasks).
#[derive(::std::clone::Clone, ::std::fmt::Debug)]
pub struct DescribeExportTasksFluentBuilder {
    handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    inner: crate::types::builders::DescribeExportTasksRequestBuilder,
}
impl DescribeExportTasksFluentBuilder {
    pub(crate) fn new(
        handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    ) -> Self {
        DescribeExportTasksFluentBuilder {
            handle,
            inner: ::std::default::Default::default(),
        }
    }
    /// The input built so far.
    pub fn as_input(
        &self,
    ) -> &crate::types::builders::DescribeExportTasksRequestBuilder {
        &self.inner
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
    /// The status code of the export task. Specifying a status code filters the results
    /// to zero or more export tasks.
    pub fn status_code(
        mut self,
        input: impl ::std::convert::Into<crate::types::ExportTaskStatusCode>,
    ) -> Self {
        self.inner = self.inner.status_code(input);
        self
    }
    /// Sets or clears [`status_code`](Self::status_code).
    pub fn set_status_code(
        mut self,
        input: ::std::option::Option<crate::types::ExportTaskStatusCode>,
    ) -> Self {
        self.inner = self.inner.set_status_code(input);
        self
    }
    /// The ID of the export task. Specifying a task ID filters the results to one or
    /// zero export tasks.
    pub fn task_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.task_id(input);
        self
    }
    /// Sets or clears [`task_id`](Self::task_id).
    pub fn set_task_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_task_id(input);
        self
    }
    /// Sends the request.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::types::DescribeExportTasksResponse,
        crate::runtime::SdkError<DescribeExportTasksError>,
    > {
        let input = self.inner.build().map_err(crate::runtime::SdkError::Construction)?;
        self.handle
            .invoke::<
                _,
                crate::types::DescribeExportTasksResponse,
                DescribeExportTasksError,
            >(&OPERATION, &input)
            .await
    }
}
impl DescribeExportTasksFluentBuilder {
    /// A paginator over every page of `DescribeExportTasks` (see [`DescribeExportTasksPaginator`]).
    pub fn into_paginator(self) -> DescribeExportTasksPaginator {
        DescribeExportTasksPaginator {
            builder: self,
        }
    }
}
/// Pages through `DescribeExportTasks`, following `nextToken` → `nextToken`; stops when the token is absent, empty or repeated.
#[derive(::std::clone::Clone, ::std::fmt::Debug)]
pub struct DescribeExportTasksPaginator {
    builder: DescribeExportTasksFluentBuilder,
}
impl DescribeExportTasksPaginator {
    /// Items per page (`limit`).
    pub fn page_size(mut self, size: impl ::std::convert::Into<i64>) -> Self {
        self.builder = self.builder.limit(size);
        self
    }
    /// A stream of pages (the first page starts from the token set on the builder, if any).
    pub fn send(
        self,
    ) -> crate::runtime::paginator::PageStream<
        crate::types::DescribeExportTasksResponse,
        DescribeExportTasksError,
        ::std::string::String,
    > {
        let first = self.builder.inner.next_token.clone();
        let builder = self.builder;
        crate::runtime::paginator::PageStream::new(
            first,
            move |token| builder.clone().set_next_token(token).send(),
            |page: &crate::types::DescribeExportTasksResponse| {
                page.next_token.as_ref().cloned()
            },
        )
    }
    /// A stream of the `exportTasks` of every page.
    pub fn items(
        self,
    ) -> crate::runtime::paginator::ItemStream<
        crate::types::DescribeExportTasksResponse,
        DescribeExportTasksError,
        ::std::string::String,
        crate::types::ExportTask,
    > {
        self.send()
            .items(|page: crate::types::DescribeExportTasksResponse| {
                page.export_tasks.unwrap_or_default()
            })
    }
}
/// Errors of `DescribeExportTasks`: one variant per error the spec or AWS's model lists, plus [`Unhandled`](DescribeExportTasksError::Unhandled).
#[derive(::std::fmt::Debug)]
#[non_exhaustive]
pub enum DescribeExportTasksError {
    /// The service returned `InvalidParameterException`.
    InvalidParameterException(crate::types::error::InvalidParameterException),
    /// The service returned `ServiceUnavailableException`.
    ServiceUnavailableException(crate::types::error::ServiceUnavailableException),
    /// An error neither the spec nor AWS's model lists for this
    /// operation (the code, message, HTTP status and request id are kept).
    Unhandled(crate::runtime::Unhandled),
}
impl crate::runtime::OperationError for DescribeExportTasksError {
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
            _ => Self::Unhandled(crate::runtime::Unhandled::new(meta)),
        }
    }
    fn meta(&self) -> &crate::runtime::ErrorMetadata {
        match self {
            Self::InvalidParameterException(e) => e.meta(),
            Self::ServiceUnavailableException(e) => e.meta(),
            Self::Unhandled(e) => e.meta(),
        }
    }
    fn with_attempts(mut self, attempts: u32) -> Self {
        match &mut self {
            Self::InvalidParameterException(e) => e.meta.set_attempts(attempts),
            Self::ServiceUnavailableException(e) => e.meta.set_attempts(attempts),
            Self::Unhandled(e) => e.meta_mut().set_attempts(attempts),
        }
        self
    }
}
impl DescribeExportTasksError {
    /// Status, code, message and request id of the response.
    pub fn meta(&self) -> &crate::runtime::ErrorMetadata {
        crate::runtime::OperationError::meta(self)
    }
    /// The error code the service sent, if any.
    pub fn code(&self) -> ::std::option::Option<&str> {
        self.meta().code()
    }
}
impl ::std::fmt::Display for DescribeExportTasksError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::InvalidParameterException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ServiceUnavailableException(e) => ::std::fmt::Display::fmt(e, f),
            Self::Unhandled(e) => ::std::fmt::Display::fmt(e, f),
        }
    }
}
impl ::std::error::Error for DescribeExportTasksError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::InvalidParameterException(e) => ::std::option::Option::Some(e),
            Self::ServiceUnavailableException(e) => ::std::option::Option::Some(e),
            Self::Unhandled(e) => ::std::option::Option::Some(e),
        }
    }
}
