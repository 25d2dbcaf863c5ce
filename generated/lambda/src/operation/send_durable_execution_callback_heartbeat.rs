//! The `SendDurableExecutionCallbackHeartbeat` operation: see [`Client::send_durable_execution_callback_heartbeat`](crate::Client::send_durable_execution_callback_heartbeat).
const OPERATION: crate::runtime::operation::OperationSpec = crate::runtime::operation::OperationSpec {
    name: "SendDurableExecutionCallbackHeartbeat",
    target: "",
    host_prefix: ::std::option::Option::None,
    unsigned: false,
    endpoint_discovery: false,
    api_version_header: ::std::option::Option::None,
    min_attempt_timeout_secs: ::std::option::Option::None,
    partitions: &[],
};
/// Builds and sends a `SendDurableExecutionCallbackHeartbeat` request; see [`Client::send_durable_execution_callback_heartbeat`](crate::Client::send_durable_execution_callback_heartbeat).
#[derive(::std::clone::Clone, ::std::fmt::Debug)]
pub struct SendDurableExecutionCallbackHeartbeatFluentBuilder {
    handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    inner: crate::types::builders::SendDurableExecutionCallbackHeartbeatRequestBuilder,
}
impl SendDurableExecutionCallbackHeartbeatFluentBuilder {
    pub(crate) fn new(
        handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    ) -> Self {
        SendDurableExecutionCallbackHeartbeatFluentBuilder {
            handle,
            inner: ::std::default::Default::default(),
        }
    }
    /// The input built so far.
    pub fn as_input(
        &self,
    ) -> &crate::types::builders::SendDurableExecutionCallbackHeartbeatRequestBuilder {
        &self.inner
    }
    pub fn callback_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.callback_id(input);
        self
    }
    /// Sets or clears [`callback_id`](Self::callback_id).
    pub fn set_callback_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_callback_id(input);
        self
    }
    /// Sends the request.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::types::SendDurableExecutionCallbackHeartbeatResponse,
        crate::runtime::SdkError<SendDurableExecutionCallbackHeartbeatError>,
    > {
        let input = self.inner.build().map_err(crate::runtime::SdkError::Construction)?;
        let parts = request(&input).map_err(crate::runtime::SdkError::Dispatch)?;
        self.handle
            .invoke_rest::<
                crate::types::SendDurableExecutionCallbackHeartbeatResponse,
                SendDurableExecutionCallbackHeartbeatError,
            >(&OPERATION, parts, parse)
            .await
    }
}
/// The request: labels, query, headers and body as AWS's model binds them.
fn request(
    input: &crate::types::SendDurableExecutionCallbackHeartbeatRequest,
) -> ::std::result::Result<
    crate::runtime::operation::RequestParts,
    crate::runtime::DispatchError,
> {
    let callback_id: &str = &input.callback_id;
    let query = crate::runtime::rest::QueryParams::new();
    let path_and_query = crate::runtime::rest::build_uri(
            "/2025-12-01/durable-execution-callbacks/{CallbackId}/heartbeat",
            &[("CallbackId", callback_id)],
            &query,
        )
        .map_err(|e| {
            crate::runtime::DispatchError::with_source("cannot build the request URI", e)
                .permanent()
        })?;
    let headers = ::std::vec::Vec::new();
    let body = ::std::vec::Vec::new();
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
    crate::types::SendDurableExecutionCallbackHeartbeatResponse,
    ::std::string::String,
> {
    let body: &[u8] = b"{}";
    let out: crate::types::SendDurableExecutionCallbackHeartbeatResponse = crate::runtime::json::from_slice(
        body,
    )?;
    ::std::result::Result::Ok(out)
}
/// Errors of `SendDurableExecutionCallbackHeartbeat`: one variant per error the spec or AWS's model lists, plus [`Unhandled`](SendDurableExecutionCallbackHeartbeatError::Unhandled).
#[derive(::std::fmt::Debug)]
#[non_exhaustive]
pub enum SendDurableExecutionCallbackHeartbeatError {
    /// The service returned `CallbackTimeoutException`.
    CallbackTimeoutException(crate::types::error::CallbackTimeoutException),
    /// The service returned `InvalidParameterValueException`.
    InvalidParameterValueException(crate::types::error::InvalidParameterValueException),
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
impl crate::runtime::OperationError for SendDurableExecutionCallbackHeartbeatError {
    fn from_response(meta: crate::runtime::ErrorMetadata, body: &[u8]) -> Self {
        match meta.modelled_code() {
            ::std::option::Option::Some("CallbackTimeoutException") => {
                Self::CallbackTimeoutException(
                    <crate::types::error::CallbackTimeoutException>::from_response(
                        meta,
                        body,
                    ),
                )
            }
            ::std::option::Option::Some("InvalidParameterValueException") => {
                Self::InvalidParameterValueException(
                    <crate::types::error::InvalidParameterValueException>::from_response(
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
            Self::CallbackTimeoutException(e) => e.meta(),
            Self::InvalidParameterValueException(e) => e.meta(),
            Self::ResourceNotFoundException(e) => e.meta(),
            Self::ServiceException(e) => e.meta(),
            Self::TooManyRequestsException(e) => e.meta(),
            Self::Unhandled(e) => e.meta(),
        }
    }
    fn with_attempts(mut self, attempts: u32) -> Self {
        match &mut self {
            Self::CallbackTimeoutException(e) => e.meta.set_attempts(attempts),
            Self::InvalidParameterValueException(e) => e.meta.set_attempts(attempts),
            Self::ResourceNotFoundException(e) => e.meta.set_attempts(attempts),
            Self::ServiceException(e) => e.meta.set_attempts(attempts),
            Self::TooManyRequestsException(e) => e.meta.set_attempts(attempts),
            Self::Unhandled(e) => e.meta_mut().set_attempts(attempts),
        }
        self
    }
}
impl SendDurableExecutionCallbackHeartbeatError {
    /// Status, code, message and request id of the response.
    pub fn meta(&self) -> &crate::runtime::ErrorMetadata {
        crate::runtime::OperationError::meta(self)
    }
    /// The error code the service sent, if any.
    pub fn code(&self) -> ::std::option::Option<&str> {
        self.meta().code()
    }
}
impl ::std::fmt::Display for SendDurableExecutionCallbackHeartbeatError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::CallbackTimeoutException(e) => ::std::fmt::Display::fmt(e, f),
            Self::InvalidParameterValueException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ResourceNotFoundException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ServiceException(e) => ::std::fmt::Display::fmt(e, f),
            Self::TooManyRequestsException(e) => ::std::fmt::Display::fmt(e, f),
            Self::Unhandled(e) => ::std::fmt::Display::fmt(e, f),
        }
    }
}
impl ::std::error::Error for SendDurableExecutionCallbackHeartbeatError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::CallbackTimeoutException(e) => ::std::option::Option::Some(e),
            Self::InvalidParameterValueException(e) => ::std::option::Option::Some(e),
            Self::ResourceNotFoundException(e) => ::std::option::Option::Some(e),
            Self::ServiceException(e) => ::std::option::Option::Some(e),
            Self::TooManyRequestsException(e) => ::std::option::Option::Some(e),
            Self::Unhandled(e) => ::std::option::Option::Some(e),
        }
    }
}
