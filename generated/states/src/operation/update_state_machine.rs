//! The `UpdateStateMachine` operation: see [`Client::update_state_machine`](crate::Client::update_state_machine).
const OPERATION: crate::runtime::operation::OperationSpec = crate::runtime::operation::OperationSpec {
    name: "UpdateStateMachine",
    target: "AWSStepFunctions.UpdateStateMachine",
    host_prefix: ::std::option::Option::None,
    unsigned: false,
    endpoint_discovery: false,
    api_version_header: ::std::option::Option::None,
    min_attempt_timeout_secs: ::std::option::Option::None,
    partitions: &[],
};
/// Builds and sends a `UpdateStateMachine` request; see [`Client::update_state_machine`](crate::Client::update_state_machine).
#[derive(::std::clone::Clone, ::std::fmt::Debug)]
pub struct UpdateStateMachineFluentBuilder {
    handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    inner: crate::types::builders::UpdateStateMachineInputBuilder,
}
impl UpdateStateMachineFluentBuilder {
    pub(crate) fn new(
        handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    ) -> Self {
        UpdateStateMachineFluentBuilder {
            handle,
            inner: ::std::default::Default::default(),
        }
    }
    /// The input built so far.
    pub fn as_input(&self) -> &crate::types::builders::UpdateStateMachineInputBuilder {
        &self.inner
    }
    /// The Amazon States Language definition of the state machine. See [Amazon States
    /// Language](https://docs.aws.amazon.com/step-functions/latest/dg/concepts-amazon-states-language.html).
    pub fn definition(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.definition(input);
        self
    }
    /// Sets or clears [`definition`](Self::definition).
    pub fn set_definition(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_definition(input);
        self
    }
    /// Use the `LoggingConfiguration` data type to set CloudWatch Logs options.
    pub fn logging_configuration(
        mut self,
        input: impl ::std::convert::Into<crate::types::LoggingConfiguration>,
    ) -> Self {
        self.inner = self.inner.logging_configuration(input);
        self
    }
    /// Sets or clears [`logging_configuration`](Self::logging_configuration).
    pub fn set_logging_configuration(
        mut self,
        input: ::std::option::Option<crate::types::LoggingConfiguration>,
    ) -> Self {
        self.inner = self.inner.set_logging_configuration(input);
        self
    }
    /// Specifies whether the state machine version is published. The default is
    /// `false`. To publish a version after updating the state machine, set `publish` to
    /// `true`.
    pub fn publish(mut self, input: impl ::std::convert::Into<bool>) -> Self {
        self.inner = self.inner.publish(input);
        self
    }
    /// Sets or clears [`publish`](Self::publish).
    pub fn set_publish(mut self, input: ::std::option::Option<bool>) -> Self {
        self.inner = self.inner.set_publish(input);
        self
    }
    /// The Amazon Resource Name (ARN) of the IAM role of the state machine.
    pub fn role_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.role_arn(input);
        self
    }
    /// Sets or clears [`role_arn`](Self::role_arn).
    pub fn set_role_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_role_arn(input);
        self
    }
    /// The Amazon Resource Name (ARN) of the state machine.
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
    /// Selects whether X-Ray tracing is enabled.
    pub fn tracing_configuration(
        mut self,
        input: impl ::std::convert::Into<crate::types::TracingConfiguration>,
    ) -> Self {
        self.inner = self.inner.tracing_configuration(input);
        self
    }
    /// Sets or clears [`tracing_configuration`](Self::tracing_configuration).
    pub fn set_tracing_configuration(
        mut self,
        input: ::std::option::Option<crate::types::TracingConfiguration>,
    ) -> Self {
        self.inner = self.inner.set_tracing_configuration(input);
        self
    }
    /// An optional description of the state machine version to publish.
    ///
    /// You can only specify the `versionDescription` parameter if you've set `publish`
    /// to `true`.
    pub fn version_description(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.version_description(input);
        self
    }
    /// Sets or clears [`version_description`](Self::version_description).
    pub fn set_version_description(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_version_description(input);
        self
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    pub fn encryption_configuration(
        mut self,
        input: impl ::std::convert::Into<crate::types::EncryptionConfiguration>,
    ) -> Self {
        self.inner = self.inner.encryption_configuration(input);
        self
    }
    /// Sets or clears [`encryption_configuration`](Self::encryption_configuration).
    pub fn set_encryption_configuration(
        mut self,
        input: ::std::option::Option<crate::types::EncryptionConfiguration>,
    ) -> Self {
        self.inner = self.inner.set_encryption_configuration(input);
        self
    }
    /// Sends the request.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::types::UpdateStateMachineOutput,
        crate::runtime::SdkError<UpdateStateMachineError>,
    > {
        let input = self.inner.build().map_err(crate::runtime::SdkError::Construction)?;
        self.handle
            .invoke::<
                _,
                crate::types::UpdateStateMachineOutput,
                UpdateStateMachineError,
            >(&OPERATION, &input)
            .await
    }
}
/// Errors of `UpdateStateMachine`: one variant per error the spec or AWS's model lists, plus [`Unhandled`](UpdateStateMachineError::Unhandled).
#[derive(::std::fmt::Debug)]
#[non_exhaustive]
pub enum UpdateStateMachineError {
    /// The service returned `ConflictException`.
    ConflictException(crate::types::error::ConflictException),
    /// The service returned `InvalidArn`.
    InvalidArn(crate::types::error::InvalidArn),
    /// The service returned `InvalidDefinition`.
    InvalidDefinition(crate::types::error::InvalidDefinition),
    /// The service returned `InvalidEncryptionConfiguration`.
    InvalidEncryptionConfiguration(crate::types::error::InvalidEncryptionConfiguration),
    /// The service returned `InvalidLoggingConfiguration`.
    InvalidLoggingConfiguration(crate::types::error::InvalidLoggingConfiguration),
    /// The service returned `InvalidTracingConfiguration`.
    InvalidTracingConfiguration(crate::types::error::InvalidTracingConfiguration),
    /// The service returned `KmsAccessDeniedException`.
    KmsAccessDeniedException(crate::types::error::KmsAccessDeniedException),
    /// The service returned `KmsThrottlingException`.
    KmsThrottlingException(crate::types::error::KmsThrottlingException),
    /// The service returned `MissingRequiredParameter`.
    MissingRequiredParameter(crate::types::error::MissingRequiredParameter),
    /// The service returned `ServiceQuotaExceededException`.
    ServiceQuotaExceededException(crate::types::error::ServiceQuotaExceededException),
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
impl crate::runtime::OperationError for UpdateStateMachineError {
    fn from_response(meta: crate::runtime::ErrorMetadata, body: &[u8]) -> Self {
        match meta.modelled_code() {
            ::std::option::Option::Some("ConflictException") => {
                Self::ConflictException(
                    <crate::types::error::ConflictException>::from_response(meta, body),
                )
            }
            ::std::option::Option::Some("InvalidArn") => {
                Self::InvalidArn(
                    <crate::types::error::InvalidArn>::from_response(meta, body),
                )
            }
            ::std::option::Option::Some("InvalidDefinition") => {
                Self::InvalidDefinition(
                    <crate::types::error::InvalidDefinition>::from_response(meta, body),
                )
            }
            ::std::option::Option::Some("InvalidEncryptionConfiguration") => {
                Self::InvalidEncryptionConfiguration(
                    <crate::types::error::InvalidEncryptionConfiguration>::from_response(
                        meta,
                        body,
                    ),
                )
            }
            ::std::option::Option::Some("InvalidLoggingConfiguration") => {
                Self::InvalidLoggingConfiguration(
                    <crate::types::error::InvalidLoggingConfiguration>::from_response(
                        meta,
                        body,
                    ),
                )
            }
            ::std::option::Option::Some("InvalidTracingConfiguration") => {
                Self::InvalidTracingConfiguration(
                    <crate::types::error::InvalidTracingConfiguration>::from_response(
                        meta,
                        body,
                    ),
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
            ::std::option::Option::Some("KmsThrottlingException") => {
                Self::KmsThrottlingException(
                    <crate::types::error::KmsThrottlingException>::from_response(
                        meta,
                        body,
                    ),
                )
            }
            ::std::option::Option::Some("MissingRequiredParameter") => {
                Self::MissingRequiredParameter(
                    <crate::types::error::MissingRequiredParameter>::from_response(
                        meta,
                        body,
                    ),
                )
            }
            ::std::option::Option::Some("ServiceQuotaExceededException") => {
                Self::ServiceQuotaExceededException(
                    <crate::types::error::ServiceQuotaExceededException>::from_response(
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
            Self::ConflictException(e) => e.meta(),
            Self::InvalidArn(e) => e.meta(),
            Self::InvalidDefinition(e) => e.meta(),
            Self::InvalidEncryptionConfiguration(e) => e.meta(),
            Self::InvalidLoggingConfiguration(e) => e.meta(),
            Self::InvalidTracingConfiguration(e) => e.meta(),
            Self::KmsAccessDeniedException(e) => e.meta(),
            Self::KmsThrottlingException(e) => e.meta(),
            Self::MissingRequiredParameter(e) => e.meta(),
            Self::ServiceQuotaExceededException(e) => e.meta(),
            Self::StateMachineDeleting(e) => e.meta(),
            Self::StateMachineDoesNotExist(e) => e.meta(),
            Self::ValidationException(e) => e.meta(),
            Self::Unhandled(e) => e.meta(),
        }
    }
    fn with_attempts(mut self, attempts: u32) -> Self {
        match &mut self {
            Self::ConflictException(e) => e.meta.set_attempts(attempts),
            Self::InvalidArn(e) => e.meta.set_attempts(attempts),
            Self::InvalidDefinition(e) => e.meta.set_attempts(attempts),
            Self::InvalidEncryptionConfiguration(e) => e.meta.set_attempts(attempts),
            Self::InvalidLoggingConfiguration(e) => e.meta.set_attempts(attempts),
            Self::InvalidTracingConfiguration(e) => e.meta.set_attempts(attempts),
            Self::KmsAccessDeniedException(e) => e.meta.set_attempts(attempts),
            Self::KmsThrottlingException(e) => e.meta.set_attempts(attempts),
            Self::MissingRequiredParameter(e) => e.meta.set_attempts(attempts),
            Self::ServiceQuotaExceededException(e) => e.meta.set_attempts(attempts),
            Self::StateMachineDeleting(e) => e.meta.set_attempts(attempts),
            Self::StateMachineDoesNotExist(e) => e.meta.set_attempts(attempts),
            Self::ValidationException(e) => e.meta.set_attempts(attempts),
            Self::Unhandled(e) => e.meta_mut().set_attempts(attempts),
        }
        self
    }
}
impl UpdateStateMachineError {
    /// Status, code, message and request id of the response.
    pub fn meta(&self) -> &crate::runtime::ErrorMetadata {
        crate::runtime::OperationError::meta(self)
    }
    /// The error code the service sent, if any.
    pub fn code(&self) -> ::std::option::Option<&str> {
        self.meta().code()
    }
}
impl ::std::fmt::Display for UpdateStateMachineError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::ConflictException(e) => ::std::fmt::Display::fmt(e, f),
            Self::InvalidArn(e) => ::std::fmt::Display::fmt(e, f),
            Self::InvalidDefinition(e) => ::std::fmt::Display::fmt(e, f),
            Self::InvalidEncryptionConfiguration(e) => ::std::fmt::Display::fmt(e, f),
            Self::InvalidLoggingConfiguration(e) => ::std::fmt::Display::fmt(e, f),
            Self::InvalidTracingConfiguration(e) => ::std::fmt::Display::fmt(e, f),
            Self::KmsAccessDeniedException(e) => ::std::fmt::Display::fmt(e, f),
            Self::KmsThrottlingException(e) => ::std::fmt::Display::fmt(e, f),
            Self::MissingRequiredParameter(e) => ::std::fmt::Display::fmt(e, f),
            Self::ServiceQuotaExceededException(e) => ::std::fmt::Display::fmt(e, f),
            Self::StateMachineDeleting(e) => ::std::fmt::Display::fmt(e, f),
            Self::StateMachineDoesNotExist(e) => ::std::fmt::Display::fmt(e, f),
            Self::ValidationException(e) => ::std::fmt::Display::fmt(e, f),
            Self::Unhandled(e) => ::std::fmt::Display::fmt(e, f),
        }
    }
}
impl ::std::error::Error for UpdateStateMachineError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::ConflictException(e) => ::std::option::Option::Some(e),
            Self::InvalidArn(e) => ::std::option::Option::Some(e),
            Self::InvalidDefinition(e) => ::std::option::Option::Some(e),
            Self::InvalidEncryptionConfiguration(e) => ::std::option::Option::Some(e),
            Self::InvalidLoggingConfiguration(e) => ::std::option::Option::Some(e),
            Self::InvalidTracingConfiguration(e) => ::std::option::Option::Some(e),
            Self::KmsAccessDeniedException(e) => ::std::option::Option::Some(e),
            Self::KmsThrottlingException(e) => ::std::option::Option::Some(e),
            Self::MissingRequiredParameter(e) => ::std::option::Option::Some(e),
            Self::ServiceQuotaExceededException(e) => ::std::option::Option::Some(e),
            Self::StateMachineDeleting(e) => ::std::option::Option::Some(e),
            Self::StateMachineDoesNotExist(e) => ::std::option::Option::Some(e),
            Self::ValidationException(e) => ::std::option::Option::Some(e),
            Self::Unhandled(e) => ::std::option::Option::Some(e),
        }
    }
}
