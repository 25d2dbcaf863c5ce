//! The `UpdateCapability` operation: see [`Client::update_capability`](crate::Client::update_capability).
const OPERATION: crate::runtime::operation::OperationSpec = crate::runtime::operation::OperationSpec {
    name: "UpdateCapability",
    target: "",
    host_prefix: ::std::option::Option::None,
    unsigned: false,
    endpoint_discovery: false,
    api_version_header: ::std::option::Option::None,
    min_attempt_timeout_secs: ::std::option::Option::None,
    partitions: &[],
};
/// Builds and sends a `UpdateCapability` request; see [`Client::update_capability`](crate::Client::update_capability).
#[derive(::std::clone::Clone, ::std::fmt::Debug)]
pub struct UpdateCapabilityFluentBuilder {
    handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    inner: crate::types::builders::UpdateCapabilityRequestBuilder,
}
impl UpdateCapabilityFluentBuilder {
    pub(crate) fn new(
        handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    ) -> Self {
        UpdateCapabilityFluentBuilder {
            handle,
            inner: ::std::default::Default::default(),
        }
    }
    /// The input built so far.
    pub fn as_input(&self) -> &crate::types::builders::UpdateCapabilityRequestBuilder {
        &self.inner
    }
    pub fn capability_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.capability_name(input);
        self
    }
    /// Sets or clears [`capability_name`](Self::capability_name).
    pub fn set_capability_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_capability_name(input);
        self
    }
    /// If not set, `send()` fills it with a random UUID (version 4), as the AWS SDKs
    /// do; every retry of that call sends the same one.
    pub fn client_request_token(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.client_request_token(input);
        self
    }
    /// Sets or clears [`client_request_token`](Self::client_request_token).
    pub fn set_client_request_token(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_client_request_token(input);
        self
    }
    pub fn cluster_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.cluster_name(input);
        self
    }
    /// Sets or clears [`cluster_name`](Self::cluster_name).
    pub fn set_cluster_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_cluster_name(input);
        self
    }
    pub fn configuration(
        mut self,
        input: impl ::std::convert::Into<crate::types::UpdateCapabilityConfiguration>,
    ) -> Self {
        self.inner = self.inner.configuration(input);
        self
    }
    /// Sets or clears [`configuration`](Self::configuration).
    pub fn set_configuration(
        mut self,
        input: ::std::option::Option<crate::types::UpdateCapabilityConfiguration>,
    ) -> Self {
        self.inner = self.inner.set_configuration(input);
        self
    }
    pub fn delete_propagation_policy(
        mut self,
        input: impl ::std::convert::Into<crate::types::CapabilityDeletePropagationPolicy>,
    ) -> Self {
        self.inner = self.inner.delete_propagation_policy(input);
        self
    }
    /// Sets or clears [`delete_propagation_policy`](Self::delete_propagation_policy).
    pub fn set_delete_propagation_policy(
        mut self,
        input: ::std::option::Option<crate::types::CapabilityDeletePropagationPolicy>,
    ) -> Self {
        self.inner = self.inner.set_delete_propagation_policy(input);
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
    /// Sends the request.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::types::UpdateCapabilityResponse,
        crate::runtime::SdkError<UpdateCapabilityError>,
    > {
        let input = {
            let mut inner = self.inner;
            if inner.client_request_token.is_none() {
                inner.client_request_token = ::std::option::Option::Some(
                    crate::runtime::idempotency::token(),
                );
            }
            inner.build().map_err(crate::runtime::SdkError::Construction)?
        };
        let parts = request(&input).map_err(crate::runtime::SdkError::Dispatch)?;
        self.handle
            .invoke_rest::<
                crate::types::UpdateCapabilityResponse,
                UpdateCapabilityError,
            >(&OPERATION, parts, parse)
            .await
    }
}
/// The request: labels, query, headers and body as AWS's model binds them.
fn request(
    input: &crate::types::UpdateCapabilityRequest,
) -> ::std::result::Result<
    crate::runtime::operation::RequestParts,
    crate::runtime::DispatchError,
> {
    let capability_name: &str = &input.capability_name;
    let cluster_name: &str = &input.cluster_name;
    let query = crate::runtime::rest::QueryParams::new();
    let path_and_query = crate::runtime::rest::build_uri(
            "/clusters/{name}/capabilities/{capabilityName}",
            &[("capabilityName", capability_name), ("name", cluster_name)],
            &query,
        )
        .map_err(|e| {
            crate::runtime::DispatchError::with_source("cannot build the request URI", e)
                .permanent()
        })?;
    let mut headers: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
    let body = ::serde_json::to_vec(input)
        .map_err(|e| {
            crate::runtime::DispatchError::with_source("cannot serialize input", e)
        })?;
    headers.push(("content-type".to_owned(), "application/json".to_owned()));
    ::std::result::Result::Ok(crate::runtime::operation::RequestParts {
        method: "POST",
        path_and_query,
        headers,
        body,
    })
}
/// The output: body members from the JSON body, the others from
/// the headers, the status or the raw body as AWS's model binds them.
fn parse(
    response: &crate::runtime::http::HttpResponse,
) -> ::std::result::Result<
    crate::types::UpdateCapabilityResponse,
    ::std::string::String,
> {
    let body: &[u8] = if response.body.iter().all(u8::is_ascii_whitespace) {
        b"{}"
    } else {
        &response.body
    };
    let out: crate::types::UpdateCapabilityResponse = crate::runtime::json::from_slice(
        body,
    )?;
    ::std::result::Result::Ok(out)
}
/// Errors of `UpdateCapability`: one variant per error the spec or AWS's model lists, plus [`Unhandled`](UpdateCapabilityError::Unhandled).
#[derive(::std::fmt::Debug)]
#[non_exhaustive]
pub enum UpdateCapabilityError {
    /// The service returned `AccessDeniedException`.
    AccessDeniedException(crate::types::error::AccessDeniedException),
    /// The service returned `InvalidParameterException`.
    InvalidParameterException(crate::types::error::InvalidParameterException),
    /// The service returned `ResourceInUseException`.
    ResourceInUseException(crate::types::error::ResourceInUseException),
    /// The service returned `ResourceNotFoundException`.
    ResourceNotFoundException(crate::types::error::ResourceNotFoundException),
    /// The service returned `ServerException`.
    ServerException(crate::types::error::ServerException),
    /// An error neither the spec nor AWS's model lists for this
    /// operation (the code, message, HTTP status and request id are kept).
    Unhandled(crate::runtime::Unhandled),
}
impl crate::runtime::OperationError for UpdateCapabilityError {
    fn from_response(meta: crate::runtime::ErrorMetadata, body: &[u8]) -> Self {
        match meta.modelled_code() {
            ::std::option::Option::Some("AccessDeniedException") => {
                Self::AccessDeniedException(
                    <crate::types::error::AccessDeniedException>::from_response(
                        meta,
                        body,
                    ),
                )
            }
            ::std::option::Option::Some("InvalidParameterException") => {
                Self::InvalidParameterException(
                    <crate::types::error::InvalidParameterException>::from_response(
                        meta,
                        body,
                    ),
                )
            }
            ::std::option::Option::Some("ResourceInUseException") => {
                Self::ResourceInUseException(
                    <crate::types::error::ResourceInUseException>::from_response(
                        meta,
                        body,
                    ),
                )
            }
            ::std::option::Option::Some("ResourceNotFoundException") => {
                Self::ResourceNotFoundException(
                    <crate::types::error::ResourceNotFoundException>::from_response(
                        meta,
                        body,
                    ),
                )
            }
            ::std::option::Option::Some("ServerException") => {
                Self::ServerException(
                    <crate::types::error::ServerException>::from_response(meta, body),
                )
            }
            _ => Self::Unhandled(crate::runtime::Unhandled::new(meta)),
        }
    }
    fn meta(&self) -> &crate::runtime::ErrorMetadata {
        match self {
            Self::AccessDeniedException(e) => e.meta(),
            Self::InvalidParameterException(e) => e.meta(),
            Self::ResourceInUseException(e) => e.meta(),
            Self::ResourceNotFoundException(e) => e.meta(),
            Self::ServerException(e) => e.meta(),
            Self::Unhandled(e) => e.meta(),
        }
    }
    fn with_attempts(mut self, attempts: u32) -> Self {
        match &mut self {
            Self::AccessDeniedException(e) => e.meta.set_attempts(attempts),
            Self::InvalidParameterException(e) => e.meta.set_attempts(attempts),
            Self::ResourceInUseException(e) => e.meta.set_attempts(attempts),
            Self::ResourceNotFoundException(e) => e.meta.set_attempts(attempts),
            Self::ServerException(e) => e.meta.set_attempts(attempts),
            Self::Unhandled(e) => e.meta_mut().set_attempts(attempts),
        }
        self
    }
}
impl UpdateCapabilityError {
    /// Status, code, message and request id of the response.
    pub fn meta(&self) -> &crate::runtime::ErrorMetadata {
        crate::runtime::OperationError::meta(self)
    }
    /// The error code the service sent, if any.
    pub fn code(&self) -> ::std::option::Option<&str> {
        self.meta().code()
    }
}
impl ::std::fmt::Display for UpdateCapabilityError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::AccessDeniedException(e) => ::std::fmt::Display::fmt(e, f),
            Self::InvalidParameterException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ResourceInUseException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ResourceNotFoundException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ServerException(e) => ::std::fmt::Display::fmt(e, f),
            Self::Unhandled(e) => ::std::fmt::Display::fmt(e, f),
        }
    }
}
impl ::std::error::Error for UpdateCapabilityError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::AccessDeniedException(e) => ::std::option::Option::Some(e),
            Self::InvalidParameterException(e) => ::std::option::Option::Some(e),
            Self::ResourceInUseException(e) => ::std::option::Option::Some(e),
            Self::ResourceNotFoundException(e) => ::std::option::Option::Some(e),
            Self::ServerException(e) => ::std::option::Option::Some(e),
            Self::Unhandled(e) => ::std::option::Option::Some(e),
        }
    }
}
