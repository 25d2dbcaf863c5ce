//! The `UpdateStateMachineAlias` operation: see [`Client::update_state_machine_alias`](crate::Client::update_state_machine_alias).
const OPERATION: crate::runtime::operation::OperationSpec = crate::runtime::operation::OperationSpec {
    name: "UpdateStateMachineAlias",
    target: "AWSStepFunctions.UpdateStateMachineAlias",
    host_prefix: ::std::option::Option::None,
    unsigned: false,
    endpoint_discovery: false,
    api_version_header: ::std::option::Option::None,
    min_attempt_timeout_secs: ::std::option::Option::None,
    partitions: &[],
};
/// Builds and sends a `UpdateStateMachineAlias` request; see [`Client::update_state_machine_alias`](crate::Client::update_state_machine_alias).
#[derive(::std::clone::Clone, ::std::fmt::Debug)]
pub struct UpdateStateMachineAliasFluentBuilder {
    handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    inner: crate::types::builders::UpdateStateMachineAliasInputBuilder,
}
impl UpdateStateMachineAliasFluentBuilder {
    pub(crate) fn new(
        handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    ) -> Self {
        UpdateStateMachineAliasFluentBuilder {
            handle,
            inner: ::std::default::Default::default(),
        }
    }
    /// The input built so far.
    pub fn as_input(
        &self,
    ) -> &crate::types::builders::UpdateStateMachineAliasInputBuilder {
        &self.inner
    }
    /// A description of the state machine alias.
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
    /// The routing configuration of the state machine alias.
    ///
    /// An array of `RoutingConfig` objects that specifies up to two state machine
    /// versions that the alias starts executions for.
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
    /// The Amazon Resource Name (ARN) of the state machine alias.
    pub fn state_machine_alias_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.state_machine_alias_arn(input);
        self
    }
    /// Sets or clears [`state_machine_alias_arn`](Self::state_machine_alias_arn).
    pub fn set_state_machine_alias_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_state_machine_alias_arn(input);
        self
    }
    /// Sends the request.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::types::UpdateStateMachineAliasOutput,
        crate::runtime::SdkError<UpdateStateMachineAliasError>,
    > {
        let input = self.inner.build().map_err(crate::runtime::SdkError::Construction)?;
        self.handle
            .invoke::<
                _,
                crate::types::UpdateStateMachineAliasOutput,
                UpdateStateMachineAliasError,
            >(&OPERATION, &input)
            .await
    }
}
/// Errors of `UpdateStateMachineAlias`: one variant per error the spec or AWS's model lists, plus [`Unhandled`](UpdateStateMachineAliasError::Unhandled).
#[derive(::std::fmt::Debug)]
#[non_exhaustive]
pub enum UpdateStateMachineAliasError {
    /// The service returned `ConflictException`.
    ConflictException(crate::types::error::ConflictException),
    /// The service returned `InvalidArn`.
    InvalidArn(crate::types::error::InvalidArn),
    /// The service returned `ResourceNotFound`.
    ResourceNotFound(crate::types::error::ResourceNotFound),
    /// The service returned `StateMachineDeleting`.
    StateMachineDeleting(crate::types::error::StateMachineDeleting),
    /// The service returned `ValidationException`.
    ValidationException(crate::types::error::ValidationException),
    /// An error neither the spec nor AWS's model lists for this
    /// operation (the code, message, HTTP status and request id are kept).
    Unhandled(crate::runtime::Unhandled),
}
impl crate::runtime::OperationError for UpdateStateMachineAliasError {
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
            ::std::option::Option::Some("ResourceNotFound") => {
                Self::ResourceNotFound(
                    <crate::types::error::ResourceNotFound>::from_response(meta, body),
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
            Self::ResourceNotFound(e) => e.meta(),
            Self::StateMachineDeleting(e) => e.meta(),
            Self::ValidationException(e) => e.meta(),
            Self::Unhandled(e) => e.meta(),
        }
    }
    fn with_attempts(mut self, attempts: u32) -> Self {
        match &mut self {
            Self::ConflictException(e) => e.meta.set_attempts(attempts),
            Self::InvalidArn(e) => e.meta.set_attempts(attempts),
            Self::ResourceNotFound(e) => e.meta.set_attempts(attempts),
            Self::StateMachineDeleting(e) => e.meta.set_attempts(attempts),
            Self::ValidationException(e) => e.meta.set_attempts(attempts),
            Self::Unhandled(e) => e.meta_mut().set_attempts(attempts),
        }
        self
    }
}
impl UpdateStateMachineAliasError {
    /// Status, code, message and request id of the response.
    pub fn meta(&self) -> &crate::runtime::ErrorMetadata {
        crate::runtime::OperationError::meta(self)
    }
    /// The error code the service sent, if any.
    pub fn code(&self) -> ::std::option::Option<&str> {
        self.meta().code()
    }
}
impl ::std::fmt::Display for UpdateStateMachineAliasError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::ConflictException(e) => ::std::fmt::Display::fmt(e, f),
            Self::InvalidArn(e) => ::std::fmt::Display::fmt(e, f),
            Self::ResourceNotFound(e) => ::std::fmt::Display::fmt(e, f),
            Self::StateMachineDeleting(e) => ::std::fmt::Display::fmt(e, f),
            Self::ValidationException(e) => ::std::fmt::Display::fmt(e, f),
            Self::Unhandled(e) => ::std::fmt::Display::fmt(e, f),
        }
    }
}
impl ::std::error::Error for UpdateStateMachineAliasError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::ConflictException(e) => ::std::option::Option::Some(e),
            Self::InvalidArn(e) => ::std::option::Option::Some(e),
            Self::ResourceNotFound(e) => ::std::option::Option::Some(e),
            Self::StateMachineDeleting(e) => ::std::option::Option::Some(e),
            Self::ValidationException(e) => ::std::option::Option::Some(e),
            Self::Unhandled(e) => ::std::option::Option::Some(e),
        }
    }
}
