//! The `GetScheduledQueryHistory` operation: see [`Client::get_scheduled_query_history`](crate::Client::get_scheduled_query_history).
const OPERATION: crate::runtime::operation::OperationSpec = crate::runtime::operation::OperationSpec {
    name: "GetScheduledQueryHistory",
    target: "Logs_20140328.GetScheduledQueryHistory",
    host_prefix: ::std::option::Option::None,
    unsigned: false,
    endpoint_discovery: false,
    api_version_header: ::std::option::Option::None,
    min_attempt_timeout_secs: ::std::option::Option::None,
    partitions: &[],
};
/// Builds and sends a `GetScheduledQueryHistory` request; see [`Client::get_scheduled_query_history`](crate::Client::get_scheduled_query_history).
#[derive(::std::clone::Clone, ::std::fmt::Debug)]
pub struct GetScheduledQueryHistoryFluentBuilder {
    handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    inner: crate::types::builders::GetScheduledQueryHistoryRequestBuilder,
}
impl GetScheduledQueryHistoryFluentBuilder {
    pub(crate) fn new(
        handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    ) -> Self {
        GetScheduledQueryHistoryFluentBuilder {
            handle,
            inner: ::std::default::Default::default(),
        }
    }
    /// The input built so far.
    pub fn as_input(
        &self,
    ) -> &crate::types::builders::GetScheduledQueryHistoryRequestBuilder {
        &self.inner
    }
    pub fn end_time(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.inner = self.inner.end_time(input);
        self
    }
    /// Sets or clears [`end_time`](Self::end_time).
    pub fn set_end_time(mut self, input: ::std::option::Option<i64>) -> Self {
        self.inner = self.inner.set_end_time(input);
        self
    }
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn execution_statuses(
        mut self,
        input: impl ::std::convert::Into<crate::types::ExecutionStatus>,
    ) -> Self {
        self.inner = self.inner.execution_statuses(input);
        self
    }
    /// Sets or clears [`execution_statuses`](Self::execution_statuses).
    pub fn set_execution_statuses(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::ExecutionStatus>>,
    ) -> Self {
        self.inner = self.inner.set_execution_statuses(input);
        self
    }
    pub fn identifier(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.identifier(input);
        self
    }
    /// Sets or clears [`identifier`](Self::identifier).
    pub fn set_identifier(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_identifier(input);
        self
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
    pub fn start_time(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.inner = self.inner.start_time(input);
        self
    }
    /// Sets or clears [`start_time`](Self::start_time).
    pub fn set_start_time(mut self, input: ::std::option::Option<i64>) -> Self {
        self.inner = self.inner.set_start_time(input);
        self
    }
    /// Sends the request.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::types::GetScheduledQueryHistoryResponse,
        crate::runtime::SdkError<GetScheduledQueryHistoryError>,
    > {
        let input = self.inner.build().map_err(crate::runtime::SdkError::Construction)?;
        self.handle
            .invoke::<
                _,
                crate::types::GetScheduledQueryHistoryResponse,
                GetScheduledQueryHistoryError,
            >(&OPERATION, &input)
            .await
    }
}
impl GetScheduledQueryHistoryFluentBuilder {
    /// A paginator over every page of `GetScheduledQueryHistory` (see [`GetScheduledQueryHistoryPaginator`]).
    pub fn into_paginator(self) -> GetScheduledQueryHistoryPaginator {
        GetScheduledQueryHistoryPaginator {
            builder: self,
        }
    }
}
/// Pages through `GetScheduledQueryHistory`, following `nextToken` → `nextToken`; stops when the token is absent, empty or repeated.
#[derive(::std::clone::Clone, ::std::fmt::Debug)]
pub struct GetScheduledQueryHistoryPaginator {
    builder: GetScheduledQueryHistoryFluentBuilder,
}
impl GetScheduledQueryHistoryPaginator {
    /// Items per page (`maxResults`).
    pub fn page_size(mut self, size: impl ::std::convert::Into<i64>) -> Self {
        self.builder = self.builder.max_results(size);
        self
    }
    /// A stream of pages (the first page starts from the token set on the builder, if any).
    pub fn send(
        self,
    ) -> crate::runtime::paginator::PageStream<
        crate::types::GetScheduledQueryHistoryResponse,
        GetScheduledQueryHistoryError,
        ::std::string::String,
    > {
        let first = self.builder.inner.next_token.clone();
        let builder = self.builder;
        crate::runtime::paginator::PageStream::new(
            first,
            move |token| builder.clone().set_next_token(token).send(),
            |page: &crate::types::GetScheduledQueryHistoryResponse| {
                page.next_token.as_ref().cloned()
            },
        )
    }
    /// A stream of the `triggerHistory` of every page.
    pub fn items(
        self,
    ) -> crate::runtime::paginator::ItemStream<
        crate::types::GetScheduledQueryHistoryResponse,
        GetScheduledQueryHistoryError,
        ::std::string::String,
        crate::types::TriggerHistoryRecord,
    > {
        self.send()
            .items(|page: crate::types::GetScheduledQueryHistoryResponse| {
                page.trigger_history.unwrap_or_default()
            })
    }
}
/// Errors of `GetScheduledQueryHistory`: one variant per error the spec or AWS's model lists, plus [`Unhandled`](GetScheduledQueryHistoryError::Unhandled).
#[derive(::std::fmt::Debug)]
#[non_exhaustive]
pub enum GetScheduledQueryHistoryError {
    /// The service returned `AccessDeniedException`.
    AccessDeniedException(crate::types::error::AccessDeniedException),
    /// The service returned `InternalServerException`.
    InternalServerException(crate::types::error::InternalServerException),
    /// The service returned `ResourceNotFoundException`.
    ResourceNotFoundException(crate::types::error::ResourceNotFoundException),
    /// The service returned `ThrottlingException`.
    ThrottlingException(crate::types::error::ThrottlingException),
    /// The service returned `ValidationException`.
    ValidationException(crate::types::error::ValidationException),
    /// An error neither the spec nor AWS's model lists for this
    /// operation (the code, message, HTTP status and request id are kept).
    Unhandled(crate::runtime::Unhandled),
}
impl crate::runtime::OperationError for GetScheduledQueryHistoryError {
    fn from_response(meta: crate::runtime::ErrorMetadata, body: &[u8]) -> Self {
        match meta.modelled_code() {
            ::std::option::Option::Some("AccessDeniedException") => {
                Self::AccessDeniedException(
                    <crate::types::error::AccessDeniedException>::from_response(
                        meta,
                        body,
                    ),
                )
            }
            ::std::option::Option::Some("InternalServerException") => {
                Self::InternalServerException(
                    <crate::types::error::InternalServerException>::from_response(
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
            ::std::option::Option::Some("ThrottlingException") => {
                Self::ThrottlingException(
                    <crate::types::error::ThrottlingException>::from_response(meta, body),
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
            Self::AccessDeniedException(e) => e.meta(),
            Self::InternalServerException(e) => e.meta(),
            Self::ResourceNotFoundException(e) => e.meta(),
            Self::ThrottlingException(e) => e.meta(),
            Self::ValidationException(e) => e.meta(),
            Self::Unhandled(e) => e.meta(),
        }
    }
    fn with_attempts(mut self, attempts: u32) -> Self {
        match &mut self {
            Self::AccessDeniedException(e) => e.meta.set_attempts(attempts),
            Self::InternalServerException(e) => e.meta.set_attempts(attempts),
            Self::ResourceNotFoundException(e) => e.meta.set_attempts(attempts),
            Self::ThrottlingException(e) => e.meta.set_attempts(attempts),
            Self::ValidationException(e) => e.meta.set_attempts(attempts),
            Self::Unhandled(e) => e.meta_mut().set_attempts(attempts),
        }
        self
    }
}
impl GetScheduledQueryHistoryError {
    /// Status, code, message and request id of the response.
    pub fn meta(&self) -> &crate::runtime::ErrorMetadata {
        crate::runtime::OperationError::meta(self)
    }
    /// The error code the service sent, if any.
    pub fn code(&self) -> ::std::option::Option<&str> {
        self.meta().code()
    }
}
impl ::std::fmt::Display for GetScheduledQueryHistoryError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::AccessDeniedException(e) => ::std::fmt::Display::fmt(e, f),
            Self::InternalServerException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ResourceNotFoundException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ThrottlingException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ValidationException(e) => ::std::fmt::Display::fmt(e, f),
            Self::Unhandled(e) => ::std::fmt::Display::fmt(e, f),
        }
    }
}
impl ::std::error::Error for GetScheduledQueryHistoryError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::AccessDeniedException(e) => ::std::option::Option::Some(e),
            Self::InternalServerException(e) => ::std::option::Option::Some(e),
            Self::ResourceNotFoundException(e) => ::std::option::Option::Some(e),
            Self::ThrottlingException(e) => ::std::option::Option::Some(e),
            Self::ValidationException(e) => ::std::option::Option::Some(e),
            Self::Unhandled(e) => ::std::option::Option::Some(e),
        }
    }
}
