//! The `SendDurableExecutionCallbackFailure` operation: see [`Client::send_durable_execution_callback_failure`](crate::Client::send_durable_execution_callback_failure).
const OPERATION: crate::runtime::operation::OperationSpec = crate::runtime::operation::OperationSpec {
    name: "SendDurableExecutionCallbackFailure",
    target: "",
    host_prefix: ::std::option::Option::None,
    unsigned: false,
    endpoint_discovery: false,
    api_version_header: ::std::option::Option::None,
    min_attempt_timeout_secs: ::std::option::Option::None,
    partitions: &[],
};
/// Builds and sends a `SendDurableExecutionCallbackFailure` request; see [`Client::send_durable_execution_callback_failure`](crate::Client::send_durable_execution_callback_failure).
#[derive(::std::clone::Clone, ::std::fmt::Debug)]
pub struct SendDurableExecutionCallbackFailureFluentBuilder {
    handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    inner: crate::types::builders::SendDurableExecutionCallbackFailureRequestBuilder,
}
impl SendDurableExecutionCallbackFailureFluentBuilder {
    pub(crate) fn new(
        handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    ) -> Self {
        SendDurableExecutionCallbackFailureFluentBuilder {
            handle,
            inner: ::std::default::Default::default(),
        }
    }
    /// The input built so far.
    pub fn as_input(
        &self,
    ) -> &crate::types::builders::SendDurableExecutionCallbackFailureRequestBuilder {
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
    pub fn error(
        mut self,
        input: impl ::std::convert::Into<crate::types::ErrorObject>,
    ) -> Self {
        self.inner = self.inner.error(input);
        self
    }
    /// Sets or clears [`error`](Self::error).
    pub fn set_error(
        mut self,
        input: ::std::option::Option<crate::types::ErrorObject>,
    ) -> Self {
        self.inner = self.inner.set_error(input);
        self
    }
    /// Sends the request.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::types::SendDurableExecutionCallbackFailureResponse,
        crate::runtime::SdkError<SendDurableExecutionCallbackFailureError>,
    > {
        let input = self.inner.build().map_err(crate::runtime::SdkError::Construction)?;
        let parts = request(&input).map_err(crate::runtime::SdkError::Dispatch)?;
        self.handle
            .invoke_rest::<
                crate::types::SendDurableExecutionCallbackFailureResponse,
                SendDurableExecutionCallbackFailureError,
            >(&OPERATION, parts, parse)
            .await
    }
}
/// The request: labels, query, headers and body as AWS's model binds them.
fn request(
    input: &crate::types::SendDurableExecutionCallbackFailureRequest,
) -> ::std::result::Result<
    crate::runtime::operation::RequestParts,
    crate::runtime::DispatchError,
> {
    let callback_id: &str = &input.callback_id;
    let query = crate::runtime::rest::QueryParams::new();
    let path_and_query = crate::runtime::rest::build_uri(
            "/2025-12-01/durable-execution-callbacks/{CallbackId}/fail",
            &[("CallbackId", callback_id)],
            &query,
        )
        .map_err(|e| {
            crate::runtime::DispatchError::with_source("cannot build the request URI", e)
                .permanent()
        })?;
    let mut headers: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
    let body = match &input.error {
        ::std::option::Option::Some(v) => {
            ::serde_json::to_vec(v)
                .map_err(|e| {
                    crate::runtime::DispatchError::with_source(
                        "cannot serialize input",
                        e,
                    )
                })?
        }
        ::std::option::Option::None => b"{}".to_vec(),
    };
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
    crate::types::SendDurableExecutionCallbackFailureResponse,
    ::std::string::String,
> {
    let body: &[u8] = b"{}";
    let out: crate::types::SendDurableExecutionCallbackFailureResponse = crate::runtime::json::from_slice(
        body,
    )?;
    ::std::result::Result::Ok(out)
}
/// Errors of `SendDurableExecutionCallbackFailure`: one variant per error the spec or AWS's model lists, plus [`Unhandled`](SendDurableExecutionCallbackFailureError::Unhandled).
#[derive(::std::fmt::Debug)]
#[non_exhaustive]
pub enum SendDurableExecutionCallbackFailureError {
    /// The service returned `CallbackTimeoutException`.
    CallbackTimeoutException(crate::types::error::CallbackTimeoutException),
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
impl crate::runtime::OperationError for SendDurableExecutionCallbackFailureError {
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
            Self::KmsAccessDeniedException(e) => e.meta(),
            Self::KmsDisabledException(e) => e.meta(),
            Self::KmsInvalidStateException(e) => e.meta(),
            Self::KmsNotFoundException(e) => e.meta(),
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
            Self::KmsAccessDeniedException(e) => e.meta.set_attempts(attempts),
            Self::KmsDisabledException(e) => e.meta.set_attempts(attempts),
            Self::KmsInvalidStateException(e) => e.meta.set_attempts(attempts),
            Self::KmsNotFoundException(e) => e.meta.set_attempts(attempts),
            Self::ResourceNotFoundException(e) => e.meta.set_attempts(attempts),
            Self::ServiceException(e) => e.meta.set_attempts(attempts),
            Self::TooManyRequestsException(e) => e.meta.set_attempts(attempts),
            Self::Unhandled(e) => e.meta_mut().set_attempts(attempts),
        }
        self
    }
}
impl SendDurableExecutionCallbackFailureError {
    /// Status, code, message and request id of the response.
    pub fn meta(&self) -> &crate::runtime::ErrorMetadata {
        crate::runtime::OperationError::meta(self)
    }
    /// The error code the service sent, if any.
    pub fn code(&self) -> ::std::option::Option<&str> {
        self.meta().code()
    }
}
impl ::std::fmt::Display for SendDurableExecutionCallbackFailureError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::CallbackTimeoutException(e) => ::std::fmt::Display::fmt(e, f),
            Self::InvalidParameterValueException(e) => ::std::fmt::Display::fmt(e, f),
            Self::KmsAccessDeniedException(e) => ::std::fmt::Display::fmt(e, f),
            Self::KmsDisabledException(e) => ::std::fmt::Display::fmt(e, f),
            Self::KmsInvalidStateException(e) => ::std::fmt::Display::fmt(e, f),
            Self::KmsNotFoundException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ResourceNotFoundException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ServiceException(e) => ::std::fmt::Display::fmt(e, f),
            Self::TooManyRequestsException(e) => ::std::fmt::Display::fmt(e, f),
            Self::Unhandled(e) => ::std::fmt::Display::fmt(e, f),
        }
    }
}
impl ::std::error::Error for SendDurableExecutionCallbackFailureError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::CallbackTimeoutException(e) => ::std::option::Option::Some(e),
            Self::InvalidParameterValueException(e) => ::std::option::Option::Some(e),
            Self::KmsAccessDeniedException(e) => ::std::option::Option::Some(e),
            Self::KmsDisabledException(e) => ::std::option::Option::Some(e),
            Self::KmsInvalidStateException(e) => ::std::option::Option::Some(e),
            Self::KmsNotFoundException(e) => ::std::option::Option::Some(e),
            Self::ResourceNotFoundException(e) => ::std::option::Option::Some(e),
            Self::ServiceException(e) => ::std::option::Option::Some(e),
            Self::TooManyRequestsException(e) => ::std::option::Option::Some(e),
            Self::Unhandled(e) => ::std::option::Option::Some(e),
        }
    }
}
