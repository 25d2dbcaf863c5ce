//! The `CreateStateMachine` operation: see [`Client::create_state_machine`](crate::Client::create_state_machine).
const OPERATION: crate::runtime::operation::OperationSpec = crate::runtime::operation::OperationSpec {
    name: "CreateStateMachine",
    target: "AWSStepFunctions.CreateStateMachine",
    host_prefix: ::std::option::Option::None,
    unsigned: false,
    endpoint_discovery: false,
    api_version_header: ::std::option::Option::None,
    min_attempt_timeout_secs: ::std::option::Option::None,
    partitions: &[],
};
/// Builds and sends a `CreateStateMachine` request; see [`Client::create_state_machine`](crate::Client::create_state_machine).
#[derive(::std::clone::Clone, ::std::fmt::Debug)]
pub struct CreateStateMachineFluentBuilder {
    handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    inner: crate::types::builders::CreateStateMachineInputBuilder,
}
impl CreateStateMachineFluentBuilder {
    pub(crate) fn new(
        handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    ) -> Self {
        CreateStateMachineFluentBuilder {
            handle,
            inner: ::std::default::Default::default(),
        }
    }
    /// The input built so far.
    pub fn as_input(&self) -> &crate::types::builders::CreateStateMachineInputBuilder {
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
    /// Defines what execution history events are logged and where they are logged.
    ///
    /// **Note:** By default, the `level` is set to `OFF`. For more information see [Log
    /// Levels](https://docs.aws.amazon.com/step-functions/latest/dg/cloudwatch-log-level.html)
    /// in the Step Functions User Guide.
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
    /// The name of the state machine.
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
    /// Set to `true` to publish the first version of the state machine during creation.
    /// The default is `false`.
    pub fn publish(mut self, input: impl ::std::convert::Into<bool>) -> Self {
        self.inner = self.inner.publish(input);
        self
    }
    /// Sets or clears [`publish`](Self::publish).
    pub fn set_publish(mut self, input: ::std::option::Option<bool>) -> Self {
        self.inner = self.inner.set_publish(input);
        self
    }
    /// The Amazon Resource Name (ARN) of the IAM role to use for this state machine.
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
    /// Tags to be added when creating a state machine.
    ///
    /// An array of key-value pairs. For more information, see [Using Cost Allocation
    /// Tags](https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/cost-alloc-tags.html)
    /// in the *Amazon Web Services Billing and Cost Management User Guide*, and
    /// [Controlling Access Using IAM
    /// Tags](https://docs.aws.amazon.com/IAM/latest/UserGuide/access_iam-tags.html).
    ///
    /// Tags may only contain Unicode letters, digits, white space, or these symbols:
    /// `_ . : / = + - @`.
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn tags(mut self, input: impl ::std::convert::Into<crate::types::Tag>) -> Self {
        self.inner = self.inner.tags(input);
        self
    }
    /// Sets or clears [`tags`](Self::tags).
    pub fn set_tags(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::Tag>>,
    ) -> Self {
        self.inner = self.inner.set_tags(input);
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
    /// Determines whether a Standard or Express state machine is created. The default
    /// is `STANDARD`. You cannot update the `type` of a state machine once it has been
    /// created.
    pub fn r#type(
        mut self,
        input: impl ::std::convert::Into<crate::types::StateMachineType>,
    ) -> Self {
        self.inner = self.inner.r#type(input);
        self
    }
    /// Sets or clears [`type`](Self::type).
    pub fn set_type(
        mut self,
        input: ::std::option::Option<crate::types::StateMachineType>,
    ) -> Self {
        self.inner = self.inner.set_type(input);
        self
    }
    /// Sets description about the state machine version. You can only set the
    /// description if the `publish` parameter is set to `true`. Otherwise, if you set
    /// `versionDescription`, but `publish` to `false`, this API action throws
    /// `ValidationException`.
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
        crate::types::CreateStateMachineOutput,
        crate::runtime::SdkError<CreateStateMachineError>,
    > {
        let input = self.inner.build().map_err(crate::runtime::SdkError::Construction)?;
        self.handle
            .invoke::<
                _,
                crate::types::CreateStateMachineOutput,
                CreateStateMachineError,
            >(&OPERATION, &input)
            .await
    }
}
/// Errors of `CreateStateMachine`: one variant per error the spec or AWS's model lists, plus [`Unhandled`](CreateStateMachineError::Unhandled).
#[derive(::std::fmt::Debug)]
#[non_exhaustive]
pub enum CreateStateMachineError {
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
    /// The service returned `InvalidName`.
    InvalidName(crate::types::error::InvalidName),
    /// The service returned `InvalidTracingConfiguration`.
    InvalidTracingConfiguration(crate::types::error::InvalidTracingConfiguration),
    /// The service returned `KmsAccessDeniedException`.
    KmsAccessDeniedException(crate::types::error::KmsAccessDeniedException),
    /// The service returned `KmsThrottlingException`.
    KmsThrottlingException(crate::types::error::KmsThrottlingException),
    /// The service returned `StateMachineAlreadyExists`.
    StateMachineAlreadyExists(crate::types::error::StateMachineAlreadyExists),
    /// The service returned `StateMachineDeleting`.
    StateMachineDeleting(crate::types::error::StateMachineDeleting),
    /// The service returned `StateMachineLimitExceeded`.
    StateMachineLimitExceeded(crate::types::error::StateMachineLimitExceeded),
    /// The service returned `StateMachineTypeNotSupported`.
    StateMachineTypeNotSupported(crate::types::error::StateMachineTypeNotSupported),
    /// The service returned `TooManyTags`.
    TooManyTags(crate::types::error::TooManyTags),
    /// The service returned `ValidationException`.
    ValidationException(crate::types::error::ValidationException),
    /// An error neither the spec nor AWS's model lists for this
    /// operation (the code, message, HTTP status and request id are kept).
    Unhandled(crate::runtime::Unhandled),
}
impl crate::runtime::OperationError for CreateStateMachineError {
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
            ::std::option::Option::Some("InvalidName") => {
                Self::InvalidName(
                    <crate::types::error::InvalidName>::from_response(meta, body),
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
            ::std::option::Option::Some("StateMachineAlreadyExists") => {
                Self::StateMachineAlreadyExists(
                    <crate::types::error::StateMachineAlreadyExists>::from_response(
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
            ::std::option::Option::Some("StateMachineLimitExceeded") => {
                Self::StateMachineLimitExceeded(
                    <crate::types::error::StateMachineLimitExceeded>::from_response(
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
            ::std::option::Option::Some("TooManyTags") => {
                Self::TooManyTags(
                    <crate::types::error::TooManyTags>::from_response(meta, body),
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
            Self::InvalidName(e) => e.meta(),
            Self::InvalidTracingConfiguration(e) => e.meta(),
            Self::KmsAccessDeniedException(e) => e.meta(),
            Self::KmsThrottlingException(e) => e.meta(),
            Self::StateMachineAlreadyExists(e) => e.meta(),
            Self::StateMachineDeleting(e) => e.meta(),
            Self::StateMachineLimitExceeded(e) => e.meta(),
            Self::StateMachineTypeNotSupported(e) => e.meta(),
            Self::TooManyTags(e) => e.meta(),
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
            Self::InvalidName(e) => e.meta.set_attempts(attempts),
            Self::InvalidTracingConfiguration(e) => e.meta.set_attempts(attempts),
            Self::KmsAccessDeniedException(e) => e.meta.set_attempts(attempts),
            Self::KmsThrottlingException(e) => e.meta.set_attempts(attempts),
            Self::StateMachineAlreadyExists(e) => e.meta.set_attempts(attempts),
            Self::StateMachineDeleting(e) => e.meta.set_attempts(attempts),
            Self::StateMachineLimitExceeded(e) => e.meta.set_attempts(attempts),
            Self::StateMachineTypeNotSupported(e) => e.meta.set_attempts(attempts),
            Self::TooManyTags(e) => e.meta.set_attempts(attempts),
            Self::ValidationException(e) => e.meta.set_attempts(attempts),
            Self::Unhandled(e) => e.meta_mut().set_attempts(attempts),
        }
        self
    }
}
impl CreateStateMachineError {
    /// Status, code, message and request id of the response.
    pub fn meta(&self) -> &crate::runtime::ErrorMetadata {
        crate::runtime::OperationError::meta(self)
    }
    /// The error code the service sent, if any.
    pub fn code(&self) -> ::std::option::Option<&str> {
        self.meta().code()
    }
}
impl ::std::fmt::Display for CreateStateMachineError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::ConflictException(e) => ::std::fmt::Display::fmt(e, f),
            Self::InvalidArn(e) => ::std::fmt::Display::fmt(e, f),
            Self::InvalidDefinition(e) => ::std::fmt::Display::fmt(e, f),
            Self::InvalidEncryptionConfiguration(e) => ::std::fmt::Display::fmt(e, f),
            Self::InvalidLoggingConfiguration(e) => ::std::fmt::Display::fmt(e, f),
            Self::InvalidName(e) => ::std::fmt::Display::fmt(e, f),
            Self::InvalidTracingConfiguration(e) => ::std::fmt::Display::fmt(e, f),
            Self::KmsAccessDeniedException(e) => ::std::fmt::Display::fmt(e, f),
            Self::KmsThrottlingException(e) => ::std::fmt::Display::fmt(e, f),
            Self::StateMachineAlreadyExists(e) => ::std::fmt::Display::fmt(e, f),
            Self::StateMachineDeleting(e) => ::std::fmt::Display::fmt(e, f),
            Self::StateMachineLimitExceeded(e) => ::std::fmt::Display::fmt(e, f),
            Self::StateMachineTypeNotSupported(e) => ::std::fmt::Display::fmt(e, f),
            Self::TooManyTags(e) => ::std::fmt::Display::fmt(e, f),
            Self::ValidationException(e) => ::std::fmt::Display::fmt(e, f),
            Self::Unhandled(e) => ::std::fmt::Display::fmt(e, f),
        }
    }
}
impl ::std::error::Error for CreateStateMachineError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::ConflictException(e) => ::std::option::Option::Some(e),
            Self::InvalidArn(e) => ::std::option::Option::Some(e),
            Self::InvalidDefinition(e) => ::std::option::Option::Some(e),
            Self::InvalidEncryptionConfiguration(e) => ::std::option::Option::Some(e),
            Self::InvalidLoggingConfiguration(e) => ::std::option::Option::Some(e),
            Self::InvalidName(e) => ::std::option::Option::Some(e),
            Self::InvalidTracingConfiguration(e) => ::std::option::Option::Some(e),
            Self::KmsAccessDeniedException(e) => ::std::option::Option::Some(e),
            Self::KmsThrottlingException(e) => ::std::option::Option::Some(e),
            Self::StateMachineAlreadyExists(e) => ::std::option::Option::Some(e),
            Self::StateMachineDeleting(e) => ::std::option::Option::Some(e),
            Self::StateMachineLimitExceeded(e) => ::std::option::Option::Some(e),
            Self::StateMachineTypeNotSupported(e) => ::std::option::Option::Some(e),
            Self::TooManyTags(e) => ::std::option::Option::Some(e),
            Self::ValidationException(e) => ::std::option::Option::Some(e),
            Self::Unhandled(e) => ::std::option::Option::Some(e),
        }
    }
}
