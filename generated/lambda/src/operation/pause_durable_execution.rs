//! The `PauseDurableExecution` operation: see [`Client::pause_durable_execution`](crate::Client::pause_durable_execution).
const OPERATION: crate::runtime::operation::OperationSpec = crate::runtime::operation::OperationSpec {
    name: "PauseDurableExecution",
    target: "",
    host_prefix: ::std::option::Option::None,
    unsigned: false,
    endpoint_discovery: false,
    api_version_header: ::std::option::Option::None,
    min_attempt_timeout_secs: ::std::option::Option::None,
    partitions: &[],
};
/// Builds and sends a `PauseDurableExecution` request; see [`Client::pause_durable_execution`](crate::Client::pause_durable_execution).
#[derive(::std::clone::Clone, ::std::fmt::Debug)]
pub struct PauseDurableExecutionFluentBuilder {
    handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    inner: crate::types::builders::PauseDurableExecutionRequestBuilder,
}
impl PauseDurableExecutionFluentBuilder {
    pub(crate) fn new(
        handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    ) -> Self {
        PauseDurableExecutionFluentBuilder {
            handle,
            inner: ::std::default::Default::default(),
        }
    }
    /// The input built so far.
    pub fn as_input(
        &self,
    ) -> &crate::types::builders::PauseDurableExecutionRequestBuilder {
        &self.inner
    }
    /// If not set, `send()` fills it with a random UUID (version 4), as the AWS SDKs
    /// do; every retry of that call sends the same one.
    pub fn client_token(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.client_token(input);
        self
    }
    /// Sets or clears [`client_token`](Self::client_token).
    pub fn set_client_token(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_client_token(input);
        self
    }
    pub fn durable_execution_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.durable_execution_arn(input);
        self
    }
    /// Sets or clears [`durable_execution_arn`](Self::durable_execution_arn).
    pub fn set_durable_execution_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_durable_execution_arn(input);
        self
    }
    pub fn execution_timeout_paused(
        mut self,
        input: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.inner = self.inner.execution_timeout_paused(input);
        self
    }
    /// Sets or clears [`execution_timeout_paused`](Self::execution_timeout_paused).
    pub fn set_execution_timeout_paused(
        mut self,
        input: ::std::option::Option<bool>,
    ) -> Self {
        self.inner = self.inner.set_execution_timeout_paused(input);
        self
    }
    pub fn reason(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.reason(input);
        self
    }
    /// Sets or clears [`reason`](Self::reason).
    pub fn set_reason(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_reason(input);
        self
    }
    /// Sends the request.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::types::PauseDurableExecutionResponse,
        crate::runtime::SdkError<PauseDurableExecutionError>,
    > {
        let input = {
            let mut inner = self.inner;
            if inner.client_token.is_none() {
                inner.client_token = ::std::option::Option::Some(
                    crate::runtime::idempotency::token(),
                );
            }
            inner.build().map_err(crate::runtime::SdkError::Construction)?
        };
        let parts = request(&input).map_err(crate::runtime::SdkError::Dispatch)?;
        self.handle
            .invoke_rest::<
                crate::types::PauseDurableExecutionResponse,
                PauseDurableExecutionError,
            >(&OPERATION, parts, parse)
            .await
    }
}
/// The request: labels, query, headers and body as AWS's model binds them.
fn request(
    input: &crate::types::PauseDurableExecutionRequest,
) -> ::std::result::Result<
    crate::runtime::operation::RequestParts,
    crate::runtime::DispatchError,
> {
    let durable_execution_arn: &str = &input.durable_execution_arn;
    let query = crate::runtime::rest::QueryParams::new();
    let path_and_query = crate::runtime::rest::build_uri(
            "/2025-12-01/durable-executions/{DurableExecutionArn}/pause",
            &[("DurableExecutionArn", durable_execution_arn)],
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
    _response: &crate::runtime::http::HttpResponse,
) -> ::std::result::Result<
    crate::types::PauseDurableExecutionResponse,
    ::std::string::String,
> {
    let body: &[u8] = b"{}";
    let out: crate::types::PauseDurableExecutionResponse = crate::runtime::json::from_slice(
        body,
    )?;
    ::std::result::Result::Ok(out)
}
/// Errors of `PauseDurableExecution`: one variant per error the spec or AWS's model lists, plus [`Unhandled`](PauseDurableExecutionError::Unhandled).
#[derive(::std::fmt::Debug)]
#[non_exhaustive]
pub enum PauseDurableExecutionError {
    /// The service returned `InvalidParameterValueException`.
    InvalidParameterValueException(crate::types::error::InvalidParameterValueException),
    /// The service returned `KMSAccessDeniedException`.
    KmsAccessDeniedException(crate::types::error::KmsAccessDeniedException),
    /// The service returned `KMSDisabledException`.
    KmsDisabledException(crate::types::error::KmsDisabledException),
    /// The service returned `KMSInvalidStateException`.
    KmsInvalidStateException(crate::types::error::KmsInvalidStateException),
    /// The service returned `KMSNotFoundException`.
    KmsNotFoundException(crate::types::error::KmsNotFoundException),
    /// The service returned `ResourceConflictException`.
    ResourceConflictException(crate::types::error::ResourceConflictException),
    /// The service returned `ResourceNotFoundException`.
    ResourceNotFoundException(crate::types::error::ResourceNotFoundException),
    /// The service returned `ServiceException`.
    ServiceException(crate::types::error::ServiceException),
    /// The service returned `TooManyRequestsException`.
    TooManyRequestsException(crate::types::error::TooManyRequestsException),
    /// An error neither the spec nor AWS's model lists for this
    /// operation (the code, message, HTTP status and request id are kept).
    Unhandled(crate::runtime::Unhandled),
}
impl crate::runtime::OperationError for PauseDurableExecutionError {
    fn from_response(meta: crate::runtime::ErrorMetadata, body: &[u8]) -> Self {
        match meta.modelled_code() {
            ::std::option::Option::Some("InvalidParameterValueException") => {
                Self::InvalidParameterValueException(
                    <crate::types::error::InvalidParameterValueException>::from_response(
                        meta,
                        body,
                    ),
                )
            }
            ::std::option::Option::Some("KMSAccessDeniedException") => {
                Self::KmsAccessDeniedException(
                    <crate::types::error::KmsAccessDeniedException>::from_response(
                        meta,
                        body,
                    ),
                )
            }
            ::std::option::Option::Some("KMSDisabledException") => {
                Self::KmsDisabledException(
                    <crate::types::error::KmsDisabledException>::from_response(
                        meta,
                        body,
                    ),
                )
            }
            ::std::option::Option::Some("KMSInvalidStateException") => {
                Self::KmsInvalidStateException(
                    <crate::types::error::KmsInvalidStateException>::from_response(
                        meta,
                        body,
                    ),
                )
            }
            ::std::option::Option::Some("KMSNotFoundException") => {
                Self::KmsNotFoundException(
                    <crate::types::error::KmsNotFoundException>::from_response(
                        meta,
                        body,
                    ),
                )
            }
            ::std::option::Option::Some("ResourceConflictException") => {
                Self::ResourceConflictException(
                    <crate::types::error::ResourceConflictException>::from_response(
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
            ::std::option::Option::Some("ServiceException") => {
                Self::ServiceException(
                    <crate::types::error::ServiceException>::from_response(meta, body),
                )
            }
            ::std::option::Option::Some("TooManyRequestsException") => {
                Self::TooManyRequestsException(
                    <crate::types::error::TooManyRequestsException>::from_response(
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
            Self::InvalidParameterValueException(e) => e.meta(),
            Self::KmsAccessDeniedException(e) => e.meta(),
            Self::KmsDisabledException(e) => e.meta(),
            Self::KmsInvalidStateException(e) => e.meta(),
            Self::KmsNotFoundException(e) => e.meta(),
            Self::ResourceConflictException(e) => e.meta(),
            Self::ResourceNotFoundException(e) => e.meta(),
            Self::ServiceException(e) => e.meta(),
            Self::TooManyRequestsException(e) => e.meta(),
            Self::Unhandled(e) => e.meta(),
        }
    }
    fn with_attempts(mut self, attempts: u32) -> Self {
        match &mut self {
            Self::InvalidParameterValueException(e) => e.meta.set_attempts(attempts),
            Self::KmsAccessDeniedException(e) => e.meta.set_attempts(attempts),
            Self::KmsDisabledException(e) => e.meta.set_attempts(attempts),
            Self::KmsInvalidStateException(e) => e.meta.set_attempts(attempts),
            Self::KmsNotFoundException(e) => e.meta.set_attempts(attempts),
            Self::ResourceConflictException(e) => e.meta.set_attempts(attempts),
            Self::ResourceNotFoundException(e) => e.meta.set_attempts(attempts),
            Self::ServiceException(e) => e.meta.set_attempts(attempts),
            Self::TooManyRequestsException(e) => e.meta.set_attempts(attempts),
            Self::Unhandled(e) => e.meta_mut().set_attempts(attempts),
        }
        self
    }
}
impl PauseDurableExecutionError {
    /// Status, code, message and request id of the response.
    pub fn meta(&self) -> &crate::runtime::ErrorMetadata {
        crate::runtime::OperationError::meta(self)
    }
    /// The error code the service sent, if any.
    pub fn code(&self) -> ::std::option::Option<&str> {
        self.meta().code()
    }
}
impl ::std::fmt::Display for PauseDurableExecutionError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::InvalidParameterValueException(e) => ::std::fmt::Display::fmt(e, f),
            Self::KmsAccessDeniedException(e) => ::std::fmt::Display::fmt(e, f),
            Self::KmsDisabledException(e) => ::std::fmt::Display::fmt(e, f),
            Self::KmsInvalidStateException(e) => ::std::fmt::Display::fmt(e, f),
            Self::KmsNotFoundException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ResourceConflictException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ResourceNotFoundException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ServiceException(e) => ::std::fmt::Display::fmt(e, f),
            Self::TooManyRequestsException(e) => ::std::fmt::Display::fmt(e, f),
            Self::Unhandled(e) => ::std::fmt::Display::fmt(e, f),
        }
    }
}
impl ::std::error::Error for PauseDurableExecutionError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::InvalidParameterValueException(e) => ::std::option::Option::Some(e),
            Self::KmsAccessDeniedException(e) => ::std::option::Option::Some(e),
            Self::KmsDisabledException(e) => ::std::option::Option::Some(e),
            Self::KmsInvalidStateException(e) => ::std::option::Option::Some(e),
            Self::KmsNotFoundException(e) => ::std::option::Option::Some(e),
            Self::ResourceConflictException(e) => ::std::option::Option::Some(e),
            Self::ResourceNotFoundException(e) => ::std::option::Option::Some(e),
            Self::ServiceException(e) => ::std::option::Option::Some(e),
            Self::TooManyRequestsException(e) => ::std::option::Option::Some(e),
            Self::Unhandled(e) => ::std::option::Option::Some(e),
        }
    }
}
