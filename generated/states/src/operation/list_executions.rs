//! The `ListExecutions` operation: see [`Client::list_executions`](crate::Client::list_executions).
const OPERATION: crate::runtime::operation::OperationSpec = crate::runtime::operation::OperationSpec {
    name: "ListExecutions",
    target: "AWSStepFunctions.ListExecutions",
    host_prefix: ::std::option::Option::None,
    unsigned: false,
    endpoint_discovery: false,
    api_version_header: ::std::option::Option::None,
    min_attempt_timeout_secs: ::std::option::Option::None,
    partitions: &[],
};
/// Builds and sends a `ListExecutions` request; see [`Client::list_executions`](crate::Client::list_executions).
#[derive(::std::clone::Clone, ::std::fmt::Debug)]
pub struct ListExecutionsFluentBuilder {
    handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    inner: crate::types::builders::ListExecutionsInputBuilder,
}
impl ListExecutionsFluentBuilder {
    pub(crate) fn new(
        handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    ) -> Self {
        ListExecutionsFluentBuilder {
            handle,
            inner: ::std::default::Default::default(),
        }
    }
    /// The input built so far.
    pub fn as_input(&self) -> &crate::types::builders::ListExecutionsInputBuilder {
        &self.inner
    }
    /// The Amazon Resource Name (ARN) of the Map Run that started the child workflow
    /// executions. If the `mapRunArn` field is specified, a list of all of the child
    /// workflow executions started by a Map Run is returned. For more information, see
    /// [Examining Map
    /// Run](https://docs.aws.amazon.com/step-functions/latest/dg/concepts-examine-map-run.html)
    /// in the *Step Functions Developer Guide*.
    ///
    /// You can specify either a `mapRunArn` or a `stateMachineArn`, but not both.
    pub fn map_run_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.map_run_arn(input);
        self
    }
    /// Sets or clears [`map_run_arn`](Self::map_run_arn).
    pub fn set_map_run_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_map_run_arn(input);
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
    /// The Amazon Resource Name (ARN) of the state machine whose executions is listed.
    ///
    /// You can specify either a `mapRunArn` or a `stateMachineArn`, but not both.
    ///
    /// You can also return a list of executions associated with a specific
    /// [alias](https://docs.aws.amazon.com/step-functions/latest/dg/concepts-state-machine-alias.html)
    /// or
    /// [version](https://docs.aws.amazon.com/step-functions/latest/dg/concepts-state-machine-version.html),
    /// by specifying an alias ARN or a version ARN in the `stateMachineArn` parameter.
    pub fn state_machine_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.state_machine_arn(input);
        self
    }
    /// Sets or clears [`state_machine_arn`](Self::state_machine_arn).
    pub fn set_state_machine_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_state_machine_arn(input);
        self
    }
    /// If specified, only list the executions whose current execution status matches
    /// the given filter.
    pub fn status_filter(
        mut self,
        input: impl ::std::convert::Into<crate::types::ExecutionStatus>,
    ) -> Self {
        self.inner = self.inner.status_filter(input);
        self
    }
    /// Sets or clears [`status_filter`](Self::status_filter).
    pub fn set_status_filter(
        mut self,
        input: ::std::option::Option<crate::types::ExecutionStatus>,
    ) -> Self {
        self.inner = self.inner.set_status_filter(input);
        self
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    pub fn redrive_filter(
        mut self,
        input: impl ::std::convert::Into<crate::types::ExecutionRedriveFilter>,
    ) -> Self {
        self.inner = self.inner.redrive_filter(input);
        self
    }
    /// Sets or clears [`redrive_filter`](Self::redrive_filter).
    pub fn set_redrive_filter(
        mut self,
        input: ::std::option::Option<crate::types::ExecutionRedriveFilter>,
    ) -> Self {
        self.inner = self.inner.set_redrive_filter(input);
        self
    }
    /// Sends the request.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::types::ListExecutionsOutput,
        crate::runtime::SdkError<ListExecutionsError>,
    > {
        let input = self.inner.build().map_err(crate::runtime::SdkError::Construction)?;
        self.handle
            .invoke::<
                _,
                crate::types::ListExecutionsOutput,
                ListExecutionsError,
            >(&OPERATION, &input)
            .await
    }
}
impl ListExecutionsFluentBuilder {
    /// A paginator over every page of `ListExecutions` (see [`ListExecutionsPaginator`]).
    pub fn into_paginator(self) -> ListExecutionsPaginator {
        ListExecutionsPaginator {
            builder: self,
        }
    }
}
/// Pages through `ListExecutions`, following `nextToken` → `nextToken`; stops when the token is absent, empty or repeated.
#[derive(::std::clone::Clone, ::std::fmt::Debug)]
pub struct ListExecutionsPaginator {
    builder: ListExecutionsFluentBuilder,
}
impl ListExecutionsPaginator {
    /// Items per page (`maxResults`).
    pub fn page_size(mut self, size: impl ::std::convert::Into<i64>) -> Self {
        self.builder = self.builder.max_results(size);
        self
    }
    /// A stream of pages (the first page starts from the token set on the builder, if any).
    pub fn send(
        self,
    ) -> crate::runtime::paginator::PageStream<
        crate::types::ListExecutionsOutput,
        ListExecutionsError,
        ::std::string::String,
    > {
        let first = self.builder.inner.next_token.clone();
        let builder = self.builder;
        crate::runtime::paginator::PageStream::new(
            first,
            move |token| builder.clone().set_next_token(token).send(),
            |page: &crate::types::ListExecutionsOutput| {
                page.next_token.as_ref().cloned()
            },
        )
    }
    /// A stream of the `executions` of every page.
    pub fn items(
        self,
    ) -> crate::runtime::paginator::ItemStream<
        crate::types::ListExecutionsOutput,
        ListExecutionsError,
        ::std::string::String,
        crate::types::ExecutionListItem,
    > {
        self.send().items(|page: crate::types::ListExecutionsOutput| page.executions)
    }
}
/// Errors of `ListExecutions`: one variant per error the spec or AWS's model lists, plus [`Unhandled`](ListExecutionsError::Unhandled).
#[derive(::std::fmt::Debug)]
#[non_exhaustive]
pub enum ListExecutionsError {
    /// The service returned `InvalidArn`.
    InvalidArn(crate::types::error::InvalidArn),
    /// The service returned `InvalidToken`.
    InvalidToken(crate::types::error::InvalidToken),
    /// The service returned `ResourceNotFound`.
    ResourceNotFound(crate::types::error::ResourceNotFound),
    /// The service returned `StateMachineDoesNotExist`.
    StateMachineDoesNotExist(crate::types::error::StateMachineDoesNotExist),
    /// The service returned `StateMachineTypeNotSupported`.
    StateMachineTypeNotSupported(crate::types::error::StateMachineTypeNotSupported),
    /// The service returned `ValidationException`.
    ValidationException(crate::types::error::ValidationException),
    /// An error neither the spec nor AWS's model lists for this
    /// operation (the code, message, HTTP status and request id are kept).
    Unhandled(crate::runtime::Unhandled),
}
impl crate::runtime::OperationError for ListExecutionsError {
    fn from_response(meta: crate::runtime::ErrorMetadata, body: &[u8]) -> Self {
        match meta.modelled_code() {
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
            ::std::option::Option::Some("ResourceNotFound") => {
                Self::ResourceNotFound(
                    <crate::types::error::ResourceNotFound>::from_response(meta, body),
                )
            }
            ::std::option::Option::Some("StateMachineDoesNotExist") => {
                Self::StateMachineDoesNotExist(
                    <crate::types::error::StateMachineDoesNotExist>::from_response(
                        meta,
                        body,
                    ),
                )
            }
            ::std::option::Option::Some("StateMachineTypeNotSupported") => {
                Self::StateMachineTypeNotSupported(
                    <crate::types::error::StateMachineTypeNotSupported>::from_response(
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
            Self::InvalidArn(e) => e.meta(),
            Self::InvalidToken(e) => e.meta(),
            Self::ResourceNotFound(e) => e.meta(),
            Self::StateMachineDoesNotExist(e) => e.meta(),
            Self::StateMachineTypeNotSupported(e) => e.meta(),
            Self::ValidationException(e) => e.meta(),
            Self::Unhandled(e) => e.meta(),
        }
    }
    fn with_attempts(mut self, attempts: u32) -> Self {
        match &mut self {
            Self::InvalidArn(e) => e.meta.set_attempts(attempts),
            Self::InvalidToken(e) => e.meta.set_attempts(attempts),
            Self::ResourceNotFound(e) => e.meta.set_attempts(attempts),
            Self::StateMachineDoesNotExist(e) => e.meta.set_attempts(attempts),
            Self::StateMachineTypeNotSupported(e) => e.meta.set_attempts(attempts),
            Self::ValidationException(e) => e.meta.set_attempts(attempts),
            Self::Unhandled(e) => e.meta_mut().set_attempts(attempts),
        }
        self
    }
}
impl ListExecutionsError {
    /// Status, code, message and request id of the response.
    pub fn meta(&self) -> &crate::runtime::ErrorMetadata {
        crate::runtime::OperationError::meta(self)
    }
    /// The error code the service sent, if any.
    pub fn code(&self) -> ::std::option::Option<&str> {
        self.meta().code()
    }
}
impl ::std::fmt::Display for ListExecutionsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::InvalidArn(e) => ::std::fmt::Display::fmt(e, f),
            Self::InvalidToken(e) => ::std::fmt::Display::fmt(e, f),
            Self::ResourceNotFound(e) => ::std::fmt::Display::fmt(e, f),
            Self::StateMachineDoesNotExist(e) => ::std::fmt::Display::fmt(e, f),
            Self::StateMachineTypeNotSupported(e) => ::std::fmt::Display::fmt(e, f),
            Self::ValidationException(e) => ::std::fmt::Display::fmt(e, f),
            Self::Unhandled(e) => ::std::fmt::Display::fmt(e, f),
        }
    }
}
impl ::std::error::Error for ListExecutionsError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::InvalidArn(e) => ::std::option::Option::Some(e),
            Self::InvalidToken(e) => ::std::option::Option::Some(e),
            Self::ResourceNotFound(e) => ::std::option::Option::Some(e),
            Self::StateMachineDoesNotExist(e) => ::std::option::Option::Some(e),
            Self::StateMachineTypeNotSupported(e) => ::std::option::Option::Some(e),
            Self::ValidationException(e) => ::std::option::Option::Some(e),
            Self::Unhandled(e) => ::std::option::Option::Some(e),
        }
    }
}
