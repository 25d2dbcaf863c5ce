//! The `CreateStateMachineAlias` operation: see [`Client::create_state_machine_alias`](crate::Client::create_state_machine_alias).
const OPERATION: crate::runtime::operation::OperationSpec = crate::runtime::operation::OperationSpec {
    name: "CreateStateMachineAlias",
    target: "AWSStepFunctions.CreateStateMachineAlias",
    host_prefix: ::std::option::Option::None,
    unsigned: false,
    endpoint_discovery: false,
    api_version_header: ::std::option::Option::None,
    min_attempt_timeout_secs: ::std::option::Option::None,
    partitions: &[],
};
/// Builds and sends a `CreateStateMachineAlias` request; see [`Client::create_state_machine_alias`](crate::Client::create_state_machine_alias).
#[derive(::std::clone::Clone, ::std::fmt::Debug)]
pub struct CreateStateMachineAliasFluentBuilder {
    handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    inner: crate::types::builders::CreateStateMachineAliasInputBuilder,
}
impl CreateStateMachineAliasFluentBuilder {
    pub(crate) fn new(
        handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    ) -> Self {
        CreateStateMachineAliasFluentBuilder {
            handle,
            inner: ::std::default::Default::default(),
        }
    }
    /// The input built so far.
    pub fn as_input(
        &self,
    ) -> &crate::types::builders::CreateStateMachineAliasInputBuilder {
        &self.inner
    }
    /// A description for the state machine alias.
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
    /// The name of the state machine alias.
    ///
    /// To avoid conflict with version ARNs, don't use an integer in the name of the
    /// alias.
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
    /// The routing configuration of a state machine alias. The routing configuration
    /// shifts execution traffic between two state machine versions.
    /// `routingConfiguration` contains an array of `RoutingConfig` objects that specify
    /// up to two state machine versions. Step Functions then randomly choses which
    /// version to run an execution with based on the weight assigned to each
    /// `RoutingConfig`.
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn routing_configuration(
        mut self,
        input: impl ::std::convert::Into<crate::types::RoutingConfigurationListItem>,
    ) -> Self {
        self.inner = self.inner.routing_configuration(input);
        self
    }
    /// Sets or clears [`routing_configuration`](Self::routing_configuration).
    pub fn set_routing_configuration(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<crate::types::RoutingConfigurationListItem>,
        >,
    ) -> Self {
        self.inner = self.inner.set_routing_configuration(input);
        self
    }
    /// Sends the request.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::types::CreateStateMachineAliasOutput,
        crate::runtime::SdkError<CreateStateMachineAliasError>,
    > {
        let input = self.inner.build().map_err(crate::runtime::SdkError::Construction)?;
        self.handle
            .invoke::<
                _,
                crate::types::CreateStateMachineAliasOutput,
                CreateStateMachineAliasError,
            >(&OPERATION, &input)
            .await
    }
}
/// Errors of `CreateStateMachineAlias`: one variant per error the spec or AWS's model lists, plus [`Unhandled`](CreateStateMachineAliasError::Unhandled).
#[derive(::std::fmt::Debug)]
#[non_exhaustive]
pub enum CreateStateMachineAliasError {
    /// The service returned `ConflictException`.
    ConflictException(crate::types::error::ConflictException),
    /// The service returned `InvalidArn`.
    InvalidArn(crate::types::error::InvalidArn),
    /// The service returned `InvalidName`.
    InvalidName(crate::types::error::InvalidName),
    /// The service returned `ResourceNotFound`.
    ResourceNotFound(crate::types::error::ResourceNotFound),
    /// The service returned `ServiceQuotaExceededException`.
    ServiceQuotaExceededException(crate::types::error::ServiceQuotaExceededException),
    /// The service returned `StateMachineDeleting`.
    StateMachineDeleting(crate::types::error::StateMachineDeleting),
    /// The service returned `ValidationException`.
    ValidationException(crate::types::error::ValidationException),
    /// An error neither the spec nor AWS's model lists for this
    /// operation (the code, message, HTTP status and request id are kept).
    Unhandled(crate::runtime::Unhandled),
}
impl crate::runtime::OperationError for CreateStateMachineAliasError {
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
            ::std::option::Option::Some("InvalidName") => {
                Self::InvalidName(
                    <crate::types::error::InvalidName>::from_response(meta, body),
                )
            }
            ::std::option::Option::Some("ResourceNotFound") => {
                Self::ResourceNotFound(
                    <crate::types::error::ResourceNotFound>::from_response(meta, body),
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
            Self::InvalidName(e) => e.meta(),
            Self::ResourceNotFound(e) => e.meta(),
            Self::ServiceQuotaExceededException(e) => e.meta(),
            Self::StateMachineDeleting(e) => e.meta(),
            Self::ValidationException(e) => e.meta(),
            Self::Unhandled(e) => e.meta(),
        }
    }
    fn with_attempts(mut self, attempts: u32) -> Self {
        match &mut self {
            Self::ConflictException(e) => e.meta.set_attempts(attempts),
            Self::InvalidArn(e) => e.meta.set_attempts(attempts),
            Self::InvalidName(e) => e.meta.set_attempts(attempts),
            Self::ResourceNotFound(e) => e.meta.set_attempts(attempts),
            Self::ServiceQuotaExceededException(e) => e.meta.set_attempts(attempts),
            Self::StateMachineDeleting(e) => e.meta.set_attempts(attempts),
            Self::ValidationException(e) => e.meta.set_attempts(attempts),
            Self::Unhandled(e) => e.meta_mut().set_attempts(attempts),
        }
        self
    }
}
impl CreateStateMachineAliasError {
    /// Status, code, message and request id of the response.
    pub fn meta(&self) -> &crate::runtime::ErrorMetadata {
        crate::runtime::OperationError::meta(self)
    }
    /// The error code the service sent, if any.
    pub fn code(&self) -> ::std::option::Option<&str> {
        self.meta().code()
    }
}
impl ::std::fmt::Display for CreateStateMachineAliasError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::ConflictException(e) => ::std::fmt::Display::fmt(e, f),
            Self::InvalidArn(e) => ::std::fmt::Display::fmt(e, f),
            Self::InvalidName(e) => ::std::fmt::Display::fmt(e, f),
            Self::ResourceNotFound(e) => ::std::fmt::Display::fmt(e, f),
            Self::ServiceQuotaExceededException(e) => ::std::fmt::Display::fmt(e, f),
            Self::StateMachineDeleting(e) => ::std::fmt::Display::fmt(e, f),
            Self::ValidationException(e) => ::std::fmt::Display::fmt(e, f),
            Self::Unhandled(e) => ::std::fmt::Display::fmt(e, f),
        }
    }
}
impl ::std::error::Error for CreateStateMachineAliasError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::ConflictException(e) => ::std::option::Option::Some(e),
            Self::InvalidArn(e) => ::std::option::Option::Some(e),
            Self::InvalidName(e) => ::std::option::Option::Some(e),
            Self::ResourceNotFound(e) => ::std::option::Option::Some(e),
            Self::ServiceQuotaExceededException(e) => ::std::option::Option::Some(e),
            Self::StateMachineDeleting(e) => ::std::option::Option::Some(e),
            Self::ValidationException(e) => ::std::option::Option::Some(e),
            Self::Unhandled(e) => ::std::option::Option::Some(e),
        }
    }
}
