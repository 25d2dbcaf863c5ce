//! The `PublishStateMachineVersion` operation: see [`Client::publish_state_machine_version`](crate::Client::publish_state_machine_version).
const OPERATION: crate::runtime::operation::OperationSpec = crate::runtime::operation::OperationSpec {
    name: "PublishStateMachineVersion",
    target: "AWSStepFunctions.PublishStateMachineVersion",
    host_prefix: ::std::option::Option::None,
    unsigned: false,
    endpoint_discovery: false,
    api_version_header: ::std::option::Option::None,
    min_attempt_timeout_secs: ::std::option::Option::None,
    partitions: &[],
};
/// Builds and sends a `PublishStateMachineVersion` request; see [`Client::publish_state_machine_version`](crate::Client::publish_state_machine_version).
#[derive(::std::clone::Clone, ::std::fmt::Debug)]
pub struct PublishStateMachineVersionFluentBuilder {
    handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    inner: crate::types::builders::PublishStateMachineVersionInputBuilder,
}
impl PublishStateMachineVersionFluentBuilder {
    pub(crate) fn new(
        handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    ) -> Self {
        PublishStateMachineVersionFluentBuilder {
            handle,
            inner: ::std::default::Default::default(),
        }
    }
    /// The input built so far.
    pub fn as_input(
        &self,
    ) -> &crate::types::builders::PublishStateMachineVersionInputBuilder {
        &self.inner
    }
    /// An optional description of the state machine version.
    pub fn description(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.description(input);
        self
    }
    /// Sets or clears [`description`](Self::description).
    pub fn set_description(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_description(input);
        self
    }
    /// Only publish the state machine version if the current state machine's revision
    /// ID matches the specified ID.
    ///
    /// Use this option to avoid publishing a version if the state machine changed since
    /// you last updated it. If the specified revision ID doesn't match the state
    /// machine's current revision ID, the API returns `ConflictException`.
    ///
    /// **Note:** To specify an initial revision ID for a state machine with no revision
    /// ID assigned, specify the string `INITIAL` for the `revisionId` parameter. For
    /// example, you can specify a `revisionID` of `INITIAL` when you create a state
    /// machine using the CreateStateMachine API action.
    pub fn revision_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.revision_id(input);
        self
    }
    /// Sets or clears [`revision_id`](Self::revision_id).
    pub fn set_revision_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_revision_id(input);
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
    /// Sends the request.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::types::PublishStateMachineVersionOutput,
        crate::runtime::SdkError<PublishStateMachineVersionError>,
    > {
        let input = self.inner.build().map_err(crate::runtime::SdkError::Construction)?;
        self.handle
            .invoke::<
                _,
                crate::types::PublishStateMachineVersionOutput,
                PublishStateMachineVersionError,
            >(&OPERATION, &input)
            .await
    }
}
/// Errors of `PublishStateMachineVersion`: one variant per error the spec or AWS's model lists, plus [`Unhandled`](PublishStateMachineVersionError::Unhandled).
#[derive(::std::fmt::Debug)]
#[non_exhaustive]
pub enum PublishStateMachineVersionError {
    /// The service returned `ConflictException`.
    ConflictException(crate::types::error::ConflictException),
    /// The service returned `InvalidArn`.
    InvalidArn(crate::types::error::InvalidArn),
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
impl crate::runtime::OperationError for PublishStateMachineVersionError {
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
            Self::ServiceQuotaExceededException(e) => e.meta.set_attempts(attempts),
            Self::StateMachineDeleting(e) => e.meta.set_attempts(attempts),
            Self::StateMachineDoesNotExist(e) => e.meta.set_attempts(attempts),
            Self::ValidationException(e) => e.meta.set_attempts(attempts),
            Self::Unhandled(e) => e.meta_mut().set_attempts(attempts),
        }
        self
    }
}
impl PublishStateMachineVersionError {
    /// Status, code, message and request id of the response.
    pub fn meta(&self) -> &crate::runtime::ErrorMetadata {
        crate::runtime::OperationError::meta(self)
    }
    /// The error code the service sent, if any.
    pub fn code(&self) -> ::std::option::Option<&str> {
        self.meta().code()
    }
}
impl ::std::fmt::Display for PublishStateMachineVersionError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::ConflictException(e) => ::std::fmt::Display::fmt(e, f),
            Self::InvalidArn(e) => ::std::fmt::Display::fmt(e, f),
            Self::ServiceQuotaExceededException(e) => ::std::fmt::Display::fmt(e, f),
            Self::StateMachineDeleting(e) => ::std::fmt::Display::fmt(e, f),
            Self::StateMachineDoesNotExist(e) => ::std::fmt::Display::fmt(e, f),
            Self::ValidationException(e) => ::std::fmt::Display::fmt(e, f),
            Self::Unhandled(e) => ::std::fmt::Display::fmt(e, f),
        }
    }
}
impl ::std::error::Error for PublishStateMachineVersionError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::ConflictException(e) => ::std::option::Option::Some(e),
            Self::InvalidArn(e) => ::std::option::Option::Some(e),
            Self::ServiceQuotaExceededException(e) => ::std::option::Option::Some(e),
            Self::StateMachineDeleting(e) => ::std::option::Option::Some(e),
            Self::StateMachineDoesNotExist(e) => ::std::option::Option::Some(e),
            Self::ValidationException(e) => ::std::option::Option::Some(e),
            Self::Unhandled(e) => ::std::option::Option::Some(e),
        }
    }
}
