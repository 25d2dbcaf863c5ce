//! The `RedriveExecution` operation: see [`Client::redrive_execution`](crate::Client::redrive_execution).
const OPERATION: crate::runtime::operation::OperationSpec = crate::runtime::operation::OperationSpec {
    name: "RedriveExecution",
    target: "AWSStepFunctions.RedriveExecution",
    host_prefix: ::std::option::Option::None,
    unsigned: false,
    endpoint_discovery: false,
    api_version_header: ::std::option::Option::None,
    min_attempt_timeout_secs: ::std::option::Option::None,
    partitions: &[],
};
/// Builds and sends a `RedriveExecution` request; see [`Client::redrive_execution`](crate::Client::redrive_execution).
#[derive(::std::clone::Clone, ::std::fmt::Debug)]
pub struct RedriveExecutionFluentBuilder {
    handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    inner: crate::types::builders::RedriveExecutionInputBuilder,
}
impl RedriveExecutionFluentBuilder {
    pub(crate) fn new(
        handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    ) -> Self {
        RedriveExecutionFluentBuilder {
            handle,
            inner: ::std::default::Default::default(),
        }
    }
    /// The input built so far.
    pub fn as_input(&self) -> &crate::types::builders::RedriveExecutionInputBuilder {
        &self.inner
    }
    /// If not set, `send()` fills it with a random UUID (version 4), as the AWS SDKs
    /// do; every retry of that call sends the same one.
    pub fn client_token(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.client_token(input);
        self
    }
    /// Sets or clears [`client_token`](Self::client_token).
    pub fn set_client_token(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_client_token(input);
        self
    }
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
    /// Sends the request.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::types::RedriveExecutionOutput,
        crate::runtime::SdkError<RedriveExecutionError>,
    > {
        let input = {
            let mut inner = self.inner;
            if inner.client_token.is_none() {
                inner.client_token = ::std::option::Option::Some(
                    crate::runtime::idempotency::token(),
                );
            }
            inner.build().map_err(crate::runtime::SdkError::Construction)?
        };
        self.handle
            .invoke::<
                _,
                crate::types::RedriveExecutionOutput,
                RedriveExecutionError,
            >(&OPERATION, &input)
            .await
    }
}
/// Errors of `RedriveExecution`: one variant per error the spec or AWS's model lists, plus [`Unhandled`](RedriveExecutionError::Unhandled).
#[derive(::std::fmt::Debug)]
#[non_exhaustive]
pub enum RedriveExecutionError {
    /// The service returned `ExecutionDoesNotExist`.
    ExecutionDoesNotExist(crate::types::error::ExecutionDoesNotExist),
    /// The service returned `ExecutionLimitExceeded`.
    ExecutionLimitExceeded(crate::types::error::ExecutionLimitExceeded),
    /// The service returned `ExecutionNotRedrivable`.
    ExecutionNotRedrivable(crate::types::error::ExecutionNotRedrivable),
    /// The service returned `InvalidArn`.
    InvalidArn(crate::types::error::InvalidArn),
    /// The service returned `ValidationException`.
    ValidationException(crate::types::error::ValidationException),
    /// An error neither the spec nor AWS's model lists for this
    /// operation (the code, message, HTTP status and request id are kept).
    Unhandled(crate::runtime::Unhandled),
}
impl crate::runtime::OperationError for RedriveExecutionError {
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
            ::std::option::Option::Some("ExecutionLimitExceeded") => {
                Self::ExecutionLimitExceeded(
                    <crate::types::error::ExecutionLimitExceeded>::from_response(
                        meta,
                        body,
                    ),
                )
            }
            ::std::option::Option::Some("ExecutionNotRedrivable") => {
                Self::ExecutionNotRedrivable(
                    <crate::types::error::ExecutionNotRedrivable>::from_response(
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
            Self::ExecutionDoesNotExist(e) => e.meta(),
            Self::ExecutionLimitExceeded(e) => e.meta(),
            Self::ExecutionNotRedrivable(e) => e.meta(),
            Self::InvalidArn(e) => e.meta(),
            Self::ValidationException(e) => e.meta(),
            Self::Unhandled(e) => e.meta(),
        }
    }
    fn with_attempts(mut self, attempts: u32) -> Self {
        match &mut self {
            Self::ExecutionDoesNotExist(e) => e.meta.set_attempts(attempts),
            Self::ExecutionLimitExceeded(e) => e.meta.set_attempts(attempts),
            Self::ExecutionNotRedrivable(e) => e.meta.set_attempts(attempts),
            Self::InvalidArn(e) => e.meta.set_attempts(attempts),
            Self::ValidationException(e) => e.meta.set_attempts(attempts),
            Self::Unhandled(e) => e.meta_mut().set_attempts(attempts),
        }
        self
    }
}
impl RedriveExecutionError {
    /// Status, code, message and request id of the response.
    pub fn meta(&self) -> &crate::runtime::ErrorMetadata {
        crate::runtime::OperationError::meta(self)
    }
    /// The error code the service sent, if any.
    pub fn code(&self) -> ::std::option::Option<&str> {
        self.meta().code()
    }
}
impl ::std::fmt::Display for RedriveExecutionError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::ExecutionDoesNotExist(e) => ::std::fmt::Display::fmt(e, f),
            Self::ExecutionLimitExceeded(e) => ::std::fmt::Display::fmt(e, f),
            Self::ExecutionNotRedrivable(e) => ::std::fmt::Display::fmt(e, f),
            Self::InvalidArn(e) => ::std::fmt::Display::fmt(e, f),
            Self::ValidationException(e) => ::std::fmt::Display::fmt(e, f),
            Self::Unhandled(e) => ::std::fmt::Display::fmt(e, f),
        }
    }
}
impl ::std::error::Error for RedriveExecutionError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::ExecutionDoesNotExist(e) => ::std::option::Option::Some(e),
            Self::ExecutionLimitExceeded(e) => ::std::option::Option::Some(e),
            Self::ExecutionNotRedrivable(e) => ::std::option::Option::Some(e),
            Self::InvalidArn(e) => ::std::option::Option::Some(e),
            Self::ValidationException(e) => ::std::option::Option::Some(e),
            Self::Unhandled(e) => ::std::option::Option::Some(e),
        }
    }
}
