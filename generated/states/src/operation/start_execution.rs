//! The `StartExecution` operation: see [`Client::start_execution`](crate::Client::start_execution).
const OPERATION: crate::runtime::operation::OperationSpec = crate::runtime::operation::OperationSpec {
    name: "StartExecution",
    target: "AWSStepFunctions.StartExecution",
    host_prefix: ::std::option::Option::None,
    unsigned: false,
    endpoint_discovery: false,
    api_version_header: ::std::option::Option::None,
    min_attempt_timeout_secs: ::std::option::Option::None,
    partitions: &[],
};
/// Builds and sends a `StartExecution` request; see [`Client::start_execution`](crate::Client::start_execution).
#[derive(::std::clone::Clone, ::std::fmt::Debug)]
pub struct StartExecutionFluentBuilder {
    handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    inner: crate::types::builders::StartExecutionInputBuilder,
}
impl StartExecutionFluentBuilder {
    pub(crate) fn new(
        handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    ) -> Self {
        StartExecutionFluentBuilder {
            handle,
            inner: ::std::default::Default::default(),
        }
    }
    /// The input built so far.
    pub fn as_input(&self) -> &crate::types::builders::StartExecutionInputBuilder {
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
    /// Optional name of the execution. This name must be unique for your Amazon Web
    /// Services account, Region, and state machine for 90 days. For more information,
    /// see [Limits Related to State Machine
    /// Executions](https://docs.aws.amazon.com/step-functions/latest/dg/limits.html#service-limits-state-machine-executions)
    /// in the *Step Functions Developer Guide*.
    ///
    /// A name must *not* contain:
    ///
    /// - white space
    /// - brackets `< > { } [ ]`
    /// - wildcard characters `? *`
    /// - special characters `` " # % \ ^ | ~ ` $ & , ; : / ``
    /// - control characters (`U+0000-001F`, `U+007F-009F`)
    ///
    /// To enable logging with CloudWatch Logs, the name should only contain 0-9, A-Z,
    /// a-z, - and \_.
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
    ///
    /// The `stateMachineArn` parameter accepts one of the following inputs:
    ///
    /// - **An unqualified state machine ARN** – Refers to a state machine ARN that
    ///   isn't qualified with a version or alias ARN. The following is an example of an
    ///   unqualified state machine ARN.
    ///
    ///   `arn:<partition>:states:<region>:<account-id>:stateMachine:<myStateMachine>`
    ///
    ///   Step Functions doesn't associate state machine executions that you start with
    ///   an unqualified ARN with a version. This is true even if that version uses the
    ///   same revision that the execution used.
    ///
    /// - **A state machine version ARN** – Refers to a version ARN, which is a
    ///   combination of state machine ARN and the version number separated by a colon
    ///   (:). The following is an example of the ARN for version 10.
    ///
    ///   `arn:<partition>:states:<region>:<account-id>:stateMachine:<myStateMachine>:10`
    ///
    ///   Step Functions doesn't associate executions that you start with a version ARN
    ///   with any aliases that point to that version.
    ///
    /// - **A state machine alias ARN** – Refers to an alias ARN, which is a combination
    ///   of state machine ARN and the alias name separated by a colon (:). The
    ///   following is an example of the ARN for an alias named `PROD`.
    ///
    ///   `arn:<partition>:states:<region>:<account-id>:stateMachine:<myStateMachine:PROD>`
    ///
    ///   Step Functions associates executions that you start with an alias ARN with
    ///   that alias and the state machine version used for that execution.
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
    /// Sends the request.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::types::StartExecutionOutput,
        crate::runtime::SdkError<StartExecutionError>,
    > {
        let input = self.inner.build().map_err(crate::runtime::SdkError::Construction)?;
        self.handle
            .invoke::<
                _,
                crate::types::StartExecutionOutput,
                StartExecutionError,
            >(&OPERATION, &input)
            .await
    }
}
/// Errors of `StartExecution`: one variant per error the spec or AWS's model lists, plus [`Unhandled`](StartExecutionError::Unhandled).
#[derive(::std::fmt::Debug)]
#[non_exhaustive]
pub enum StartExecutionError {
    /// The service returned `ExecutionAlreadyExists`.
    ExecutionAlreadyExists(crate::types::error::ExecutionAlreadyExists),
    /// The service returned `ExecutionLimitExceeded`.
    ExecutionLimitExceeded(crate::types::error::ExecutionLimitExceeded),
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
    /// The service returned `ValidationException`.
    ValidationException(crate::types::error::ValidationException),
    /// An error neither the spec nor AWS's model lists for this
    /// operation (the code, message, HTTP status and request id are kept).
    Unhandled(crate::runtime::Unhandled),
}
impl crate::runtime::OperationError for StartExecutionError {
    fn from_response(meta: crate::runtime::ErrorMetadata, body: &[u8]) -> Self {
        match meta.modelled_code() {
            ::std::option::Option::Some("ExecutionAlreadyExists") => {
                Self::ExecutionAlreadyExists(
                    <crate::types::error::ExecutionAlreadyExists>::from_response(
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
            Self::ExecutionAlreadyExists(e) => e.meta(),
            Self::ExecutionLimitExceeded(e) => e.meta(),
            Self::InvalidArn(e) => e.meta(),
            Self::InvalidExecutionInput(e) => e.meta(),
            Self::InvalidName(e) => e.meta(),
            Self::KmsAccessDeniedException(e) => e.meta(),
            Self::KmsInvalidStateException(e) => e.meta(),
            Self::KmsThrottlingException(e) => e.meta(),
            Self::StateMachineDeleting(e) => e.meta(),
            Self::StateMachineDoesNotExist(e) => e.meta(),
            Self::ValidationException(e) => e.meta(),
            Self::Unhandled(e) => e.meta(),
        }
    }
    fn with_attempts(mut self, attempts: u32) -> Self {
        match &mut self {
            Self::ExecutionAlreadyExists(e) => e.meta.set_attempts(attempts),
            Self::ExecutionLimitExceeded(e) => e.meta.set_attempts(attempts),
            Self::InvalidArn(e) => e.meta.set_attempts(attempts),
            Self::InvalidExecutionInput(e) => e.meta.set_attempts(attempts),
            Self::InvalidName(e) => e.meta.set_attempts(attempts),
            Self::KmsAccessDeniedException(e) => e.meta.set_attempts(attempts),
            Self::KmsInvalidStateException(e) => e.meta.set_attempts(attempts),
            Self::KmsThrottlingException(e) => e.meta.set_attempts(attempts),
            Self::StateMachineDeleting(e) => e.meta.set_attempts(attempts),
            Self::StateMachineDoesNotExist(e) => e.meta.set_attempts(attempts),
            Self::ValidationException(e) => e.meta.set_attempts(attempts),
            Self::Unhandled(e) => e.meta_mut().set_attempts(attempts),
        }
        self
    }
}
impl StartExecutionError {
    /// Status, code, message and request id of the response.
    pub fn meta(&self) -> &crate::runtime::ErrorMetadata {
        crate::runtime::OperationError::meta(self)
    }
    /// The error code the service sent, if any.
    pub fn code(&self) -> ::std::option::Option<&str> {
        self.meta().code()
    }
}
impl ::std::fmt::Display for StartExecutionError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::ExecutionAlreadyExists(e) => ::std::fmt::Display::fmt(e, f),
            Self::ExecutionLimitExceeded(e) => ::std::fmt::Display::fmt(e, f),
            Self::InvalidArn(e) => ::std::fmt::Display::fmt(e, f),
            Self::InvalidExecutionInput(e) => ::std::fmt::Display::fmt(e, f),
            Self::InvalidName(e) => ::std::fmt::Display::fmt(e, f),
            Self::KmsAccessDeniedException(e) => ::std::fmt::Display::fmt(e, f),
            Self::KmsInvalidStateException(e) => ::std::fmt::Display::fmt(e, f),
            Self::KmsThrottlingException(e) => ::std::fmt::Display::fmt(e, f),
            Self::StateMachineDeleting(e) => ::std::fmt::Display::fmt(e, f),
            Self::StateMachineDoesNotExist(e) => ::std::fmt::Display::fmt(e, f),
            Self::ValidationException(e) => ::std::fmt::Display::fmt(e, f),
            Self::Unhandled(e) => ::std::fmt::Display::fmt(e, f),
        }
    }
}
impl ::std::error::Error for StartExecutionError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::ExecutionAlreadyExists(e) => ::std::option::Option::Some(e),
            Self::ExecutionLimitExceeded(e) => ::std::option::Option::Some(e),
            Self::InvalidArn(e) => ::std::option::Option::Some(e),
            Self::InvalidExecutionInput(e) => ::std::option::Option::Some(e),
            Self::InvalidName(e) => ::std::option::Option::Some(e),
            Self::KmsAccessDeniedException(e) => ::std::option::Option::Some(e),
            Self::KmsInvalidStateException(e) => ::std::option::Option::Some(e),
            Self::KmsThrottlingException(e) => ::std::option::Option::Some(e),
            Self::StateMachineDeleting(e) => ::std::option::Option::Some(e),
            Self::StateMachineDoesNotExist(e) => ::std::option::Option::Some(e),
            Self::ValidationException(e) => ::std::option::Option::Some(e),
            Self::Unhandled(e) => ::std::option::Option::Some(e),
        }
    }
}
