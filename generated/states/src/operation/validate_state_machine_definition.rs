//! The `ValidateStateMachineDefinition` operation: see [`Client::validate_state_machine_definition`](crate::Client::validate_state_machine_definition).
const OPERATION: crate::runtime::operation::OperationSpec = crate::runtime::operation::OperationSpec {
    name: "ValidateStateMachineDefinition",
    target: "AWSStepFunctions.ValidateStateMachineDefinition",
    host_prefix: ::std::option::Option::None,
    unsigned: false,
    endpoint_discovery: false,
    api_version_header: ::std::option::Option::None,
    min_attempt_timeout_secs: ::std::option::Option::None,
    partitions: &[],
};
/// Builds and sends a `ValidateStateMachineDefinition` request; see [`Client::validate_state_machine_definition`](crate::Client::validate_state_machine_definition).
#[derive(::std::clone::Clone, ::std::fmt::Debug)]
pub struct ValidateStateMachineDefinitionFluentBuilder {
    handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    inner: crate::types::builders::ValidateStateMachineDefinitionInputBuilder,
}
impl ValidateStateMachineDefinitionFluentBuilder {
    pub(crate) fn new(
        handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    ) -> Self {
        ValidateStateMachineDefinitionFluentBuilder {
            handle,
            inner: ::std::default::Default::default(),
        }
    }
    /// The input built so far.
    pub fn as_input(
        &self,
    ) -> &crate::types::builders::ValidateStateMachineDefinitionInputBuilder {
        &self.inner
    }
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
    pub fn max_results(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.inner = self.inner.max_results(input);
        self
    }
    /// Sets or clears [`max_results`](Self::max_results).
    pub fn set_max_results(mut self, input: ::std::option::Option<i64>) -> Self {
        self.inner = self.inner.set_max_results(input);
        self
    }
    pub fn severity(
        mut self,
        input: impl ::std::convert::Into<
            crate::types::ValidateStateMachineDefinitionSeverity,
        >,
    ) -> Self {
        self.inner = self.inner.severity(input);
        self
    }
    /// Sets or clears [`severity`](Self::severity).
    pub fn set_severity(
        mut self,
        input: ::std::option::Option<
            crate::types::ValidateStateMachineDefinitionSeverity,
        >,
    ) -> Self {
        self.inner = self.inner.set_severity(input);
        self
    }
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
    /// Sends the request.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::types::ValidateStateMachineDefinitionOutput,
        crate::runtime::SdkError<ValidateStateMachineDefinitionError>,
    > {
        let input = self.inner.build().map_err(crate::runtime::SdkError::Construction)?;
        self.handle
            .invoke::<
                _,
                crate::types::ValidateStateMachineDefinitionOutput,
                ValidateStateMachineDefinitionError,
            >(&OPERATION, &input)
            .await
    }
}
/// Errors of `ValidateStateMachineDefinition`: one variant per error the spec or AWS's model lists, plus [`Unhandled`](ValidateStateMachineDefinitionError::Unhandled).
#[derive(::std::fmt::Debug)]
#[non_exhaustive]
pub enum ValidateStateMachineDefinitionError {
    /// The service returned `ValidationException`.
    ValidationException(crate::types::error::ValidationException),
    /// An error neither the spec nor AWS's model lists for this
    /// operation (the code, message, HTTP status and request id are kept).
    Unhandled(crate::runtime::Unhandled),
}
impl crate::runtime::OperationError for ValidateStateMachineDefinitionError {
    fn from_response(meta: crate::runtime::ErrorMetadata, body: &[u8]) -> Self {
        match meta.modelled_code() {
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
            Self::ValidationException(e) => e.meta(),
            Self::Unhandled(e) => e.meta(),
        }
    }
    fn with_attempts(mut self, attempts: u32) -> Self {
        match &mut self {
            Self::ValidationException(e) => e.meta.set_attempts(attempts),
            Self::Unhandled(e) => e.meta_mut().set_attempts(attempts),
        }
        self
    }
}
impl ValidateStateMachineDefinitionError {
    /// Status, code, message and request id of the response.
    pub fn meta(&self) -> &crate::runtime::ErrorMetadata {
        crate::runtime::OperationError::meta(self)
    }
    /// The error code the service sent, if any.
    pub fn code(&self) -> ::std::option::Option<&str> {
        self.meta().code()
    }
}
impl ::std::fmt::Display for ValidateStateMachineDefinitionError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::ValidationException(e) => ::std::fmt::Display::fmt(e, f),
            Self::Unhandled(e) => ::std::fmt::Display::fmt(e, f),
        }
    }
}
impl ::std::error::Error for ValidateStateMachineDefinitionError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::ValidationException(e) => ::std::option::Option::Some(e),
            Self::Unhandled(e) => ::std::option::Option::Some(e),
        }
    }
}
