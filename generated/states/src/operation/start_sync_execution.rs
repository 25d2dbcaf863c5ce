//! The `StartSyncExecution` operation: see [`Client::start_sync_execution`](crate::Client::start_sync_execution).
const OPERATION: crate::runtime::operation::OperationSpec = crate::runtime::operation::OperationSpec {
    name: "StartSyncExecution",
    target: "AWSStepFunctions.StartSyncExecution",
    host_prefix: ::std::option::Option::Some("sync-"),
    unsigned: false,
    endpoint_discovery: false,
    api_version_header: ::std::option::Option::None,
    min_attempt_timeout_secs: ::std::option::Option::Some(305u64),
    partitions: &[],
};
/// Builds and sends a `StartSyncExecution` request; see [`Client::start_sync_execution`](crate::Client::start_sync_execution).
#[derive(::std::clone::Clone, ::std::fmt::Debug)]
pub struct StartSyncExecutionFluentBuilder {
    handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    inner: crate::types::builders::StartSyncExecutionInputBuilder,
}
impl StartSyncExecutionFluentBuilder {
    pub(crate) fn new(
        handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    ) -> Self {
        StartSyncExecutionFluentBuilder {
            handle,
            inner: ::std::default::Default::default(),
        }
    }
    /// The input built so far.
    pub fn as_input(&self) -> &crate::types::builders::StartSyncExecutionInputBuilder {
        &self.inner
    }
    /// The string that contains the JSON input data for the execution, for example:
    ///
    /// `"input": "{\"first_name\" : \"test\"}"`
    ///
    /// **Note:** If you don't include any JSON input data, you still must include the
    /// two braces, for example: `"input": "{}"`
    ///
    /// Length constraints apply to the payload size, and are expressed as bytes in
    /// UTF-8 encoding.
    pub fn input(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.input(input);
        self
    }
    /// Sets or clears [`input`](Self::input).
    pub fn set_input(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_input(input);
        self
    }
    /// The name of the execution.
    pub fn name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.name(input);
        self
    }
    /// Sets or clears [`name`](Self::name).
    pub fn set_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_name(input);
        self
    }
    /// The Amazon Resource Name (ARN) of the state machine to execute.
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
    /// Passes the X-Ray trace header. The trace header can also be passed in the
    /// request payload.
    pub fn trace_header(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.trace_header(input);
        self
    }
    /// Sets or clears [`trace_header`](Self::trace_header).
    pub fn set_trace_header(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_trace_header(input);
        self
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    pub fn included_data(
        mut self,
        input: impl ::std::convert::Into<crate::types::IncludedData>,
    ) -> Self {
        self.inner = self.inner.included_data(input);
        self
    }
    /// Sets or clears [`included_data`](Self::included_data).
    pub fn set_included_data(
        mut self,
        input: ::std::option::Option<crate::types::IncludedData>,
    ) -> Self {
        self.inner = self.inner.set_included_data(input);
        self
    }
    /// Sends the request.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::types::StartSyncExecutionOutput,
        crate::runtime::SdkError<StartSyncExecutionError>,
    > {
        let input = self.inner.build().map_err(crate::runtime::SdkError::Construction)?;
        self.handle
            .invoke::<
                _,
                crate::types::StartSyncExecutionOutput,
                StartSyncExecutionError,
            >(&OPERATION, &input)
            .await
    }
}
/// Errors of `StartSyncExecution`: one variant per error the spec or AWS's model lists, plus [`Unhandled`](StartSyncExecutionError::Unhandled).
#[derive(::std::fmt::Debug)]
#[non_exhaustive]
pub enum StartSyncExecutionError {
    /// The service returned `InvalidArn`.
    InvalidArn(crate::types::error::InvalidArn),
    /// The service returned `InvalidExecutionInput`.
    InvalidExecutionInput(crate::types::error::InvalidExecutionInput),
    /// The service returned `InvalidName`.
    InvalidName(crate::types::error::InvalidName),
    /// The service returned `KmsAccessDeniedException`.
    KmsAccessDeniedException(crate::types::error::KmsAccessDeniedException),
    /// The service returned `KmsInvalidStateException`.
    KmsInvalidStateException(crate::types::error::KmsInvalidStateException),
    /// The service returned `KmsThrottlingException`.
    KmsThrottlingException(crate::types::error::KmsThrottlingException),
    /// The service returned `StateMachineDeleting`.
    StateMachineDeleting(crate::types::error::StateMachineDeleting),
    /// The service returned `StateMachineDoesNotExist`.
    StateMachineDoesNotExist(crate::types::error::StateMachineDoesNotExist),
    /// The service returned `StateMachineTypeNotSupported`.
    StateMachineTypeNotSupported(crate::types::error::StateMachineTypeNotSupported),
    /// An error neither the spec nor AWS's model lists for this
    /// operation (the code, message, HTTP status and request id are kept).
    Unhandled(crate::runtime::Unhandled),
}
impl crate::runtime::OperationError for StartSyncExecutionError {
    fn from_response(meta: crate::runtime::ErrorMetadata, body: &[u8]) -> Self {
        match meta.modelled_code() {
            ::std::option::Option::Some("InvalidArn") => {
                Self::InvalidArn(
                    <crate::types::error::InvalidArn>::from_response(meta, body),
                )
            }
            ::std::option::Option::Some("InvalidExecutionInput") => {
                Self::InvalidExecutionInput(
                    <crate::types::error::InvalidExecutionInput>::from_response(
                        meta,
                        body,
                    ),
                )
            }
            ::std::option::Option::Some("InvalidName") => {
                Self::InvalidName(
                    <crate::types::error::InvalidName>::from_response(meta, body),
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
            ::std::option::Option::Some("StateMachineDeleting") => {
                Self::StateMachineDeleting(
                    <crate::types::error::StateMachineDeleting>::from_response(
                        meta,
                        body,
                    ),
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
            _ => Self::Unhandled(crate::runtime::Unhandled::new(meta)),
        }
    }
    fn meta(&self) -> &crate::runtime::ErrorMetadata {
        match self {
            Self::InvalidArn(e) => e.meta(),
            Self::InvalidExecutionInput(e) => e.meta(),
            Self::InvalidName(e) => e.meta(),
            Self::KmsAccessDeniedException(e) => e.meta(),
            Self::KmsInvalidStateException(e) => e.meta(),
            Self::KmsThrottlingException(e) => e.meta(),
            Self::StateMachineDeleting(e) => e.meta(),
            Self::StateMachineDoesNotExist(e) => e.meta(),
            Self::StateMachineTypeNotSupported(e) => e.meta(),
            Self::Unhandled(e) => e.meta(),
        }
    }
    fn with_attempts(mut self, attempts: u32) -> Self {
        match &mut self {
            Self::InvalidArn(e) => e.meta.set_attempts(attempts),
            Self::InvalidExecutionInput(e) => e.meta.set_attempts(attempts),
            Self::InvalidName(e) => e.meta.set_attempts(attempts),
            Self::KmsAccessDeniedException(e) => e.meta.set_attempts(attempts),
            Self::KmsInvalidStateException(e) => e.meta.set_attempts(attempts),
            Self::KmsThrottlingException(e) => e.meta.set_attempts(attempts),
            Self::StateMachineDeleting(e) => e.meta.set_attempts(attempts),
            Self::StateMachineDoesNotExist(e) => e.meta.set_attempts(attempts),
            Self::StateMachineTypeNotSupported(e) => e.meta.set_attempts(attempts),
            Self::Unhandled(e) => e.meta_mut().set_attempts(attempts),
        }
        self
    }
}
impl StartSyncExecutionError {
    /// Status, code, message and request id of the response.
    pub fn meta(&self) -> &crate::runtime::ErrorMetadata {
        crate::runtime::OperationError::meta(self)
    }
    /// The error code the service sent, if any.
    pub fn code(&self) -> ::std::option::Option<&str> {
        self.meta().code()
    }
}
impl ::std::fmt::Display for StartSyncExecutionError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::InvalidArn(e) => ::std::fmt::Display::fmt(e, f),
            Self::InvalidExecutionInput(e) => ::std::fmt::Display::fmt(e, f),
            Self::InvalidName(e) => ::std::fmt::Display::fmt(e, f),
            Self::KmsAccessDeniedException(e) => ::std::fmt::Display::fmt(e, f),
            Self::KmsInvalidStateException(e) => ::std::fmt::Display::fmt(e, f),
            Self::KmsThrottlingException(e) => ::std::fmt::Display::fmt(e, f),
            Self::StateMachineDeleting(e) => ::std::fmt::Display::fmt(e, f),
            Self::StateMachineDoesNotExist(e) => ::std::fmt::Display::fmt(e, f),
            Self::StateMachineTypeNotSupported(e) => ::std::fmt::Display::fmt(e, f),
            Self::Unhandled(e) => ::std::fmt::Display::fmt(e, f),
        }
    }
}
impl ::std::error::Error for StartSyncExecutionError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::InvalidArn(e) => ::std::option::Option::Some(e),
            Self::InvalidExecutionInput(e) => ::std::option::Option::Some(e),
            Self::InvalidName(e) => ::std::option::Option::Some(e),
            Self::KmsAccessDeniedException(e) => ::std::option::Option::Some(e),
            Self::KmsInvalidStateException(e) => ::std::option::Option::Some(e),
            Self::KmsThrottlingException(e) => ::std::option::Option::Some(e),
            Self::StateMachineDeleting(e) => ::std::option::Option::Some(e),
            Self::StateMachineDoesNotExist(e) => ::std::option::Option::Some(e),
            Self::StateMachineTypeNotSupported(e) => ::std::option::Option::Some(e),
            Self::Unhandled(e) => ::std::option::Option::Some(e),
        }
    }
}
