//! The `ListIntegrations` operation: see [`Client::list_integrations`](crate::Client::list_integrations).
const OPERATION: crate::runtime::operation::OperationSpec = crate::runtime::operation::OperationSpec {
    name: "ListIntegrations",
    target: "Logs_20140328.ListIntegrations",
    host_prefix: ::std::option::Option::None,
    unsigned: false,
    endpoint_discovery: false,
    api_version_header: ::std::option::Option::None,
    min_attempt_timeout_secs: ::std::option::Option::None,
    partitions: &[],
};
/// Builds and sends a `ListIntegrations` request; see [`Client::list_integrations`](crate::Client::list_integrations).
#[derive(::std::clone::Clone, ::std::fmt::Debug)]
pub struct ListIntegrationsFluentBuilder {
    handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    inner: crate::types::builders::ListIntegrationsRequestBuilder,
}
impl ListIntegrationsFluentBuilder {
    pub(crate) fn new(
        handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    ) -> Self {
        ListIntegrationsFluentBuilder {
            handle,
            inner: ::std::default::Default::default(),
        }
    }
    /// The input built so far.
    pub fn as_input(&self) -> &crate::types::builders::ListIntegrationsRequestBuilder {
        &self.inner
    }
    pub fn integration_name_prefix(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.integration_name_prefix(input);
        self
    }
    /// Sets or clears [`integration_name_prefix`](Self::integration_name_prefix).
    pub fn set_integration_name_prefix(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_integration_name_prefix(input);
        self
    }
    pub fn integration_status(
        mut self,
        input: impl ::std::convert::Into<crate::types::IntegrationStatus>,
    ) -> Self {
        self.inner = self.inner.integration_status(input);
        self
    }
    /// Sets or clears [`integration_status`](Self::integration_status).
    pub fn set_integration_status(
        mut self,
        input: ::std::option::Option<crate::types::IntegrationStatus>,
    ) -> Self {
        self.inner = self.inner.set_integration_status(input);
        self
    }
    pub fn integration_type(
        mut self,
        input: impl ::std::convert::Into<crate::types::IntegrationType>,
    ) -> Self {
        self.inner = self.inner.integration_type(input);
        self
    }
    /// Sets or clears [`integration_type`](Self::integration_type).
    pub fn set_integration_type(
        mut self,
        input: ::std::option::Option<crate::types::IntegrationType>,
    ) -> Self {
        self.inner = self.inner.set_integration_type(input);
        self
    }
    /// Sends the request.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::types::ListIntegrationsResponse,
        crate::runtime::SdkError<ListIntegrationsError>,
    > {
        let input = self.inner.build().map_err(crate::runtime::SdkError::Construction)?;
        self.handle
            .invoke::<
                _,
                crate::types::ListIntegrationsResponse,
                ListIntegrationsError,
            >(&OPERATION, &input)
            .await
    }
}
/// Errors of `ListIntegrations`: one variant per error the spec or AWS's model lists, plus [`Unhandled`](ListIntegrationsError::Unhandled).
#[derive(::std::fmt::Debug)]
#[non_exhaustive]
pub enum ListIntegrationsError {
    /// The service returned `InvalidParameterException`.
    InvalidParameterException(crate::types::error::InvalidParameterException),
    /// The service returned `ServiceUnavailableException`.
    ServiceUnavailableException(crate::types::error::ServiceUnavailableException),
    /// An error neither the spec nor AWS's model lists for this
    /// operation (the code, message, HTTP status and request id are kept).
    Unhandled(crate::runtime::Unhandled),
}
impl crate::runtime::OperationError for ListIntegrationsError {
    fn from_response(meta: crate::runtime::ErrorMetadata, body: &[u8]) -> Self {
        match meta.modelled_code() {
            ::std::option::Option::Some("InvalidParameterException") => {
                Self::InvalidParameterException(
                    <crate::types::error::InvalidParameterException>::from_response(
                        meta,
                        body,
                    ),
                )
            }
            ::std::option::Option::Some("ServiceUnavailableException") => {
                Self::ServiceUnavailableException(
                    <crate::types::error::ServiceUnavailableException>::from_response(
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
            Self::InvalidParameterException(e) => e.meta(),
            Self::ServiceUnavailableException(e) => e.meta(),
            Self::Unhandled(e) => e.meta(),
        }
    }
    fn with_attempts(mut self, attempts: u32) -> Self {
        match &mut self {
            Self::InvalidParameterException(e) => e.meta.set_attempts(attempts),
            Self::ServiceUnavailableException(e) => e.meta.set_attempts(attempts),
            Self::Unhandled(e) => e.meta_mut().set_attempts(attempts),
        }
        self
    }
}
impl ListIntegrationsError {
    /// Status, code, message and request id of the response.
    pub fn meta(&self) -> &crate::runtime::ErrorMetadata {
        crate::runtime::OperationError::meta(self)
    }
    /// The error code the service sent, if any.
    pub fn code(&self) -> ::std::option::Option<&str> {
        self.meta().code()
    }
}
impl ::std::fmt::Display for ListIntegrationsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::InvalidParameterException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ServiceUnavailableException(e) => ::std::fmt::Display::fmt(e, f),
            Self::Unhandled(e) => ::std::fmt::Display::fmt(e, f),
        }
    }
}
impl ::std::error::Error for ListIntegrationsError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::InvalidParameterException(e) => ::std::option::Option::Some(e),
            Self::ServiceUnavailableException(e) => ::std::option::Option::Some(e),
            Self::Unhandled(e) => ::std::option::Option::Some(e),
        }
    }
}
