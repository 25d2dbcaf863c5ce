//! The `TestState` operation: see [`Client::test_state`](crate::Client::test_state).
const OPERATION: crate::runtime::operation::OperationSpec = crate::runtime::operation::OperationSpec {
    name: "TestState",
    target: "AWSStepFunctions.TestState",
    host_prefix: ::std::option::Option::Some("sync-"),
    unsigned: false,
    endpoint_discovery: false,
    api_version_header: ::std::option::Option::None,
    min_attempt_timeout_secs: ::std::option::Option::None,
    partitions: &[],
};
/// Builds and sends a `TestState` request; see [`Client::test_state`](crate::Client::test_state).
#[derive(::std::clone::Clone, ::std::fmt::Debug)]
pub struct TestStateFluentBuilder {
    handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    inner: crate::types::builders::TestStateInputBuilder,
}
impl TestStateFluentBuilder {
    pub(crate) fn new(
        handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    ) -> Self {
        TestStateFluentBuilder {
            handle,
            inner: ::std::default::Default::default(),
        }
    }
    /// The input built so far.
    pub fn as_input(&self) -> &crate::types::builders::TestStateInputBuilder {
        &self.inner
    }
    pub fn context(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.context(input);
        self
    }
    /// Sets or clears [`context`](Self::context).
    pub fn set_context(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_context(input);
        self
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
    pub fn inspection_level(
        mut self,
        input: impl ::std::convert::Into<crate::types::InspectionLevel>,
    ) -> Self {
        self.inner = self.inner.inspection_level(input);
        self
    }
    /// Sets or clears [`inspection_level`](Self::inspection_level).
    pub fn set_inspection_level(
        mut self,
        input: ::std::option::Option<crate::types::InspectionLevel>,
    ) -> Self {
        self.inner = self.inner.set_inspection_level(input);
        self
    }
    pub fn mock(
        mut self,
        input: impl ::std::convert::Into<crate::types::MockInput>,
    ) -> Self {
        self.inner = self.inner.mock(input);
        self
    }
    /// Sets or clears [`mock`](Self::mock).
    pub fn set_mock(
        mut self,
        input: ::std::option::Option<crate::types::MockInput>,
    ) -> Self {
        self.inner = self.inner.set_mock(input);
        self
    }
    pub fn reveal_secrets(mut self, input: impl ::std::convert::Into<bool>) -> Self {
        self.inner = self.inner.reveal_secrets(input);
        self
    }
    /// Sets or clears [`reveal_secrets`](Self::reveal_secrets).
    pub fn set_reveal_secrets(mut self, input: ::std::option::Option<bool>) -> Self {
        self.inner = self.inner.set_reveal_secrets(input);
        self
    }
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
    pub fn state_configuration(
        mut self,
        input: impl ::std::convert::Into<crate::types::TestStateConfiguration>,
    ) -> Self {
        self.inner = self.inner.state_configuration(input);
        self
    }
    /// Sets or clears [`state_configuration`](Self::state_configuration).
    pub fn set_state_configuration(
        mut self,
        input: ::std::option::Option<crate::types::TestStateConfiguration>,
    ) -> Self {
        self.inner = self.inner.set_state_configuration(input);
        self
    }
    pub fn state_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.state_name(input);
        self
    }
    /// Sets or clears [`state_name`](Self::state_name).
    pub fn set_state_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_state_name(input);
        self
    }
    pub fn variables(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.variables(input);
        self
    }
    /// Sets or clears [`variables`](Self::variables).
    pub fn set_variables(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_variables(input);
        self
    }
    /// Sends the request.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::types::TestStateOutput,
        crate::runtime::SdkError<TestStateError>,
    > {
        let input = self.inner.build().map_err(crate::runtime::SdkError::Construction)?;
        self.handle
            .invoke::<
                _,
                crate::types::TestStateOutput,
                TestStateError,
            >(&OPERATION, &input)
            .await
    }
}
/// Errors of `TestState`: one variant per error the spec or AWS's model lists, plus [`Unhandled`](TestStateError::Unhandled).
#[derive(::std::fmt::Debug)]
#[non_exhaustive]
pub enum TestStateError {
    /// The service returned `InvalidArn`.
    InvalidArn(crate::types::error::InvalidArn),
    /// The service returned `InvalidDefinition`.
    InvalidDefinition(crate::types::error::InvalidDefinition),
    /// The service returned `InvalidExecutionInput`.
    InvalidExecutionInput(crate::types::error::InvalidExecutionInput),
    /// The service returned `ValidationException`.
    ValidationException(crate::types::error::ValidationException),
    /// An error neither the spec nor AWS's model lists for this
    /// operation (the code, message, HTTP status and request id are kept).
    Unhandled(crate::runtime::Unhandled),
}
impl crate::runtime::OperationError for TestStateError {
    fn from_response(meta: crate::runtime::ErrorMetadata, body: &[u8]) -> Self {
        match meta.modelled_code() {
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
            ::std::option::Option::Some("InvalidExecutionInput") => {
                Self::InvalidExecutionInput(
                    <crate::types::error::InvalidExecutionInput>::from_response(
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
            Self::InvalidArn(e) => e.meta(),
            Self::InvalidDefinition(e) => e.meta(),
            Self::InvalidExecutionInput(e) => e.meta(),
            Self::ValidationException(e) => e.meta(),
            Self::Unhandled(e) => e.meta(),
        }
    }
    fn with_attempts(mut self, attempts: u32) -> Self {
        match &mut self {
            Self::InvalidArn(e) => e.meta.set_attempts(attempts),
            Self::InvalidDefinition(e) => e.meta.set_attempts(attempts),
            Self::InvalidExecutionInput(e) => e.meta.set_attempts(attempts),
            Self::ValidationException(e) => e.meta.set_attempts(attempts),
            Self::Unhandled(e) => e.meta_mut().set_attempts(attempts),
        }
        self
    }
}
impl TestStateError {
    /// Status, code, message and request id of the response.
    pub fn meta(&self) -> &crate::runtime::ErrorMetadata {
        crate::runtime::OperationError::meta(self)
    }
    /// The error code the service sent, if any.
    pub fn code(&self) -> ::std::option::Option<&str> {
        self.meta().code()
    }
}
impl ::std::fmt::Display for TestStateError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::InvalidArn(e) => ::std::fmt::Display::fmt(e, f),
            Self::InvalidDefinition(e) => ::std::fmt::Display::fmt(e, f),
            Self::InvalidExecutionInput(e) => ::std::fmt::Display::fmt(e, f),
            Self::ValidationException(e) => ::std::fmt::Display::fmt(e, f),
            Self::Unhandled(e) => ::std::fmt::Display::fmt(e, f),
        }
    }
}
impl ::std::error::Error for TestStateError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::InvalidArn(e) => ::std::option::Option::Some(e),
            Self::InvalidDefinition(e) => ::std::option::Option::Some(e),
            Self::InvalidExecutionInput(e) => ::std::option::Option::Some(e),
            Self::ValidationException(e) => ::std::option::Option::Some(e),
            Self::Unhandled(e) => ::std::option::Option::Some(e),
        }
    }
}
