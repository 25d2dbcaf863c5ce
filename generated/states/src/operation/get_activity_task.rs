//! The `GetActivityTask` operation: see [`Client::get_activity_task`](crate::Client::get_activity_task).
const OPERATION: crate::runtime::operation::OperationSpec = crate::runtime::operation::OperationSpec {
    name: "GetActivityTask",
    target: "AWSStepFunctions.GetActivityTask",
    host_prefix: ::std::option::Option::None,
    unsigned: false,
    endpoint_discovery: false,
    api_version_header: ::std::option::Option::None,
    min_attempt_timeout_secs: ::std::option::Option::Some(65u64),
    partitions: &[],
};
/// Builds and sends a `GetActivityTask` request; see [`Client::get_activity_task`](crate::Client::get_activity_task).
#[derive(::std::clone::Clone, ::std::fmt::Debug)]
pub struct GetActivityTaskFluentBuilder {
    handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    inner: crate::types::builders::GetActivityTaskInputBuilder,
}
impl GetActivityTaskFluentBuilder {
    pub(crate) fn new(
        handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    ) -> Self {
        GetActivityTaskFluentBuilder {
            handle,
            inner: ::std::default::Default::default(),
        }
    }
    /// The input built so far.
    pub fn as_input(&self) -> &crate::types::builders::GetActivityTaskInputBuilder {
        &self.inner
    }
    /// The Amazon Resource Name (ARN) of the activity to retrieve tasks from (assigned
    /// when you create the task using CreateActivity.)
    pub fn activity_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.activity_arn(input);
        self
    }
    /// Sets or clears [`activity_arn`](Self::activity_arn).
    pub fn set_activity_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_activity_arn(input);
        self
    }
    /// You can provide an arbitrary name in order to identify the worker that the task
    /// is assigned to. This name is used when it is logged in the execution history.
    pub fn worker_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.worker_name(input);
        self
    }
    /// Sets or clears [`worker_name`](Self::worker_name).
    pub fn set_worker_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_worker_name(input);
        self
    }
    /// Sends the request.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::types::GetActivityTaskOutput,
        crate::runtime::SdkError<GetActivityTaskError>,
    > {
        let input = self.inner.build().map_err(crate::runtime::SdkError::Construction)?;
        self.handle
            .invoke::<
                _,
                crate::types::GetActivityTaskOutput,
                GetActivityTaskError,
            >(&OPERATION, &input)
            .await
    }
}
/// Errors of `GetActivityTask`: one variant per error the spec or AWS's model lists, plus [`Unhandled`](GetActivityTaskError::Unhandled).
#[derive(::std::fmt::Debug)]
#[non_exhaustive]
pub enum GetActivityTaskError {
    /// The service returned `ActivityDoesNotExist`.
    ActivityDoesNotExist(crate::types::error::ActivityDoesNotExist),
    /// The service returned `ActivityWorkerLimitExceeded`.
    ActivityWorkerLimitExceeded(crate::types::error::ActivityWorkerLimitExceeded),
    /// The service returned `InvalidArn`.
    InvalidArn(crate::types::error::InvalidArn),
    /// The service returned `KmsAccessDeniedException`.
    KmsAccessDeniedException(crate::types::error::KmsAccessDeniedException),
    /// The service returned `KmsInvalidStateException`.
    KmsInvalidStateException(crate::types::error::KmsInvalidStateException),
    /// The service returned `KmsThrottlingException`.
    KmsThrottlingException(crate::types::error::KmsThrottlingException),
    /// An error neither the spec nor AWS's model lists for this
    /// operation (the code, message, HTTP status and request id are kept).
    Unhandled(crate::runtime::Unhandled),
}
impl crate::runtime::OperationError for GetActivityTaskError {
    fn from_response(meta: crate::runtime::ErrorMetadata, body: &[u8]) -> Self {
        match meta.modelled_code() {
            ::std::option::Option::Some("ActivityDoesNotExist") => {
                Self::ActivityDoesNotExist(
                    <crate::types::error::ActivityDoesNotExist>::from_response(
                        meta,
                        body,
                    ),
                )
            }
            ::std::option::Option::Some("ActivityWorkerLimitExceeded") => {
                Self::ActivityWorkerLimitExceeded(
                    <crate::types::error::ActivityWorkerLimitExceeded>::from_response(
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
            ::std::option::Option::Some("KmsAccessDeniedException") => {
                Self::KmsAccessDeniedException(
                    <crate::types::error::KmsAccessDeniedException>::from_response(
                        meta,
                        body,
                    ),
                )
            }
            ::std::option::Option::Some("KmsInvalidStateException") => {
                Self::KmsInvalidStateException(
                    <crate::types::error::KmsInvalidStateException>::from_response(
                        meta,
                        body,
                    ),
                )
            }
            ::std::option::Option::Some("KmsThrottlingException") => {
                Self::KmsThrottlingException(
                    <crate::types::error::KmsThrottlingException>::from_response(
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
            Self::ActivityDoesNotExist(e) => e.meta(),
            Self::ActivityWorkerLimitExceeded(e) => e.meta(),
            Self::InvalidArn(e) => e.meta(),
            Self::KmsAccessDeniedException(e) => e.meta(),
            Self::KmsInvalidStateException(e) => e.meta(),
            Self::KmsThrottlingException(e) => e.meta(),
            Self::Unhandled(e) => e.meta(),
        }
    }
    fn with_attempts(mut self, attempts: u32) -> Self {
        match &mut self {
            Self::ActivityDoesNotExist(e) => e.meta.set_attempts(attempts),
            Self::ActivityWorkerLimitExceeded(e) => e.meta.set_attempts(attempts),
            Self::InvalidArn(e) => e.meta.set_attempts(attempts),
            Self::KmsAccessDeniedException(e) => e.meta.set_attempts(attempts),
            Self::KmsInvalidStateException(e) => e.meta.set_attempts(attempts),
            Self::KmsThrottlingException(e) => e.meta.set_attempts(attempts),
            Self::Unhandled(e) => e.meta_mut().set_attempts(attempts),
        }
        self
    }
}
impl GetActivityTaskError {
    /// Status, code, message and request id of the response.
    pub fn meta(&self) -> &crate::runtime::ErrorMetadata {
        crate::runtime::OperationError::meta(self)
    }
    /// The error code the service sent, if any.
    pub fn code(&self) -> ::std::option::Option<&str> {
        self.meta().code()
    }
}
impl ::std::fmt::Display for GetActivityTaskError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::ActivityDoesNotExist(e) => ::std::fmt::Display::fmt(e, f),
            Self::ActivityWorkerLimitExceeded(e) => ::std::fmt::Display::fmt(e, f),
            Self::InvalidArn(e) => ::std::fmt::Display::fmt(e, f),
            Self::KmsAccessDeniedException(e) => ::std::fmt::Display::fmt(e, f),
            Self::KmsInvalidStateException(e) => ::std::fmt::Display::fmt(e, f),
            Self::KmsThrottlingException(e) => ::std::fmt::Display::fmt(e, f),
            Self::Unhandled(e) => ::std::fmt::Display::fmt(e, f),
        }
    }
}
impl ::std::error::Error for GetActivityTaskError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::ActivityDoesNotExist(e) => ::std::option::Option::Some(e),
            Self::ActivityWorkerLimitExceeded(e) => ::std::option::Option::Some(e),
            Self::InvalidArn(e) => ::std::option::Option::Some(e),
            Self::KmsAccessDeniedException(e) => ::std::option::Option::Some(e),
            Self::KmsInvalidStateException(e) => ::std::option::Option::Some(e),
            Self::KmsThrottlingException(e) => ::std::option::Option::Some(e),
            Self::Unhandled(e) => ::std::option::Option::Some(e),
        }
    }
}
