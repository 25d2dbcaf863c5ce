//! The `InvokeAsync` operation: see [`Client::invoke_async`](crate::Client::invoke_async).
const OPERATION: crate::runtime::operation::OperationSpec = crate::runtime::operation::OperationSpec {
    name: "InvokeAsync",
    target: "",
    host_prefix: ::std::option::Option::None,
    unsigned: false,
    endpoint_discovery: false,
    api_version_header: ::std::option::Option::None,
    min_attempt_timeout_secs: ::std::option::Option::None,
    partitions: &[],
};
/// Builds and sends a `InvokeAsync` request; see [`Client::invoke_async`](crate::Client::invoke_async).
#[derive(::std::clone::Clone, ::std::fmt::Debug)]
pub struct InvokeAsyncFluentBuilder {
    handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    inner: crate::types::builders::InvokeAsyncRequestBuilder,
}
impl InvokeAsyncFluentBuilder {
    pub(crate) fn new(
        handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    ) -> Self {
        InvokeAsyncFluentBuilder {
            handle,
            inner: ::std::default::Default::default(),
        }
    }
    /// The input built so far.
    pub fn as_input(&self) -> &crate::types::builders::InvokeAsyncRequestBuilder {
        &self.inner
    }
    /// The name of the Lambda function.
    ///
    /// **Name formats**
    ///
    /// - **Function name** – `my-function`.
    /// - **Function ARN** –
    ///   `arn:aws:lambda:us-west-2:123456789012:function:my-function`.
    /// - **Partial ARN** – `123456789012:function:my-function`.
    ///
    /// The length constraint applies only to the full ARN. If you specify only the
    /// function name, it is limited to 64 characters in length.
    pub fn function_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.function_name(input);
        self
    }
    /// Sets or clears [`function_name`](Self::function_name).
    pub fn set_function_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_function_name(input);
        self
    }
    /// The JSON that you want to provide to your Lambda function as input.
    pub fn invoke_args(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Blob>,
    ) -> Self {
        self.inner = self.inner.invoke_args(input);
        self
    }
    /// Sets or clears [`invoke_args`](Self::invoke_args).
    pub fn set_invoke_args(
        mut self,
        input: ::std::option::Option<crate::runtime::Blob>,
    ) -> Self {
        self.inner = self.inner.set_invoke_args(input);
        self
    }
    /// Sends the request.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::types::InvokeAsyncResponse,
        crate::runtime::SdkError<InvokeAsyncError>,
    > {
        let input = self.inner.build().map_err(crate::runtime::SdkError::Construction)?;
        let parts = request(&input).map_err(crate::runtime::SdkError::Dispatch)?;
        self.handle
            .invoke_rest::<
                crate::types::InvokeAsyncResponse,
                InvokeAsyncError,
            >(&OPERATION, parts, parse)
            .await
    }
}
/// The request: labels, query, headers and body as AWS's model binds them.
fn request(
    input: &crate::types::InvokeAsyncRequest,
) -> ::std::result::Result<
    crate::runtime::operation::RequestParts,
    crate::runtime::DispatchError,
> {
    let function_name: &str = &input.function_name;
    let query = crate::runtime::rest::QueryParams::new();
    let path_and_query = crate::runtime::rest::build_uri(
            "/2014-11-13/functions/{FunctionName}/invoke-async",
            &[("FunctionName", function_name)],
            &query,
        )
        .map_err(|e| {
            crate::runtime::DispatchError::with_source("cannot build the request URI", e)
                .permanent()
        })?;
    let headers = ::std::vec::Vec::new();
    let body = input.invoke_args.as_bytes().to_vec();
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
) -> ::std::result::Result<crate::types::InvokeAsyncResponse, ::std::string::String> {
    let body: &[u8] = b"{}";
    let mut out: crate::types::InvokeAsyncResponse = crate::runtime::json::from_slice(
        body,
    )?;
    out.status = ::std::option::Option::Some(
        ::std::convert::From::from(response.status),
    );
    ::std::result::Result::Ok(out)
}
/// Errors of `InvokeAsync`: one variant per error the spec or AWS's model lists, plus [`Unhandled`](InvokeAsyncError::Unhandled).
#[derive(::std::fmt::Debug)]
#[non_exhaustive]
pub enum InvokeAsyncError {
    /// The service returned `EC2AccessDeniedException`.
    Ec2AccessDeniedException(crate::types::error::Ec2AccessDeniedException),
    /// The service returned `EC2ThrottledException`.
    Ec2ThrottledException(crate::types::error::Ec2ThrottledException),
    /// The service returned `EC2UnexpectedException`.
    Ec2UnexpectedException(crate::types::error::Ec2UnexpectedException),
    /// The service returned `EFSIOException`.
    EfsioException(crate::types::error::EfsioException),
    /// The service returned `EFSMountConnectivityException`.
    EfsMountConnectivityException(crate::types::error::EfsMountConnectivityException),
    /// The service returned `EFSMountFailureException`.
    EfsMountFailureException(crate::types::error::EfsMountFailureException),
    /// The service returned `EFSMountTimeoutException`.
    EfsMountTimeoutException(crate::types::error::EfsMountTimeoutException),
    /// The service returned `ENILimitReachedException`.
    EniLimitReachedException(crate::types::error::EniLimitReachedException),
    /// The service returned `InvalidRequestContentException`.
    InvalidRequestContentException(crate::types::error::InvalidRequestContentException),
    /// The service returned `InvalidRuntimeException`.
    InvalidRuntimeException(crate::types::error::InvalidRuntimeException),
    /// The service returned `InvalidSecurityGroupIDException`.
    InvalidSecurityGroupIdException(
        crate::types::error::InvalidSecurityGroupIdException,
    ),
    /// The service returned `InvalidSubnetIDException`.
    InvalidSubnetIdException(crate::types::error::InvalidSubnetIdException),
    /// The service returned `KMSAccessDeniedException`.
    KmsAccessDeniedException(crate::types::error::KmsAccessDeniedException),
    /// The service returned `KMSDisabledException`.
    KmsDisabledException(crate::types::error::KmsDisabledException),
    /// The service returned `KMSInvalidStateException`.
    KmsInvalidStateException(crate::types::error::KmsInvalidStateException),
    /// The service returned `KMSNotFoundException`.
    KmsNotFoundException(crate::types::error::KmsNotFoundException),
    /// The service returned `ModeNotSupportedException`.
    ModeNotSupportedException(crate::types::error::ModeNotSupportedException),
    /// The service returned `ResourceConflictException`.
    ResourceConflictException(crate::types::error::ResourceConflictException),
    /// The service returned `ResourceNotFoundException`.
    ResourceNotFoundException(crate::types::error::ResourceNotFoundException),
    /// The service returned `S3FilesMountConnectivityException`.
    S3FilesMountConnectivityException(
        crate::types::error::S3FilesMountConnectivityException,
    ),
    /// The service returned `S3FilesMountFailureException`.
    S3FilesMountFailureException(crate::types::error::S3FilesMountFailureException),
    /// The service returned `S3FilesMountTimeoutException`.
    S3FilesMountTimeoutException(crate::types::error::S3FilesMountTimeoutException),
    /// The service returned `ServiceException`.
    ServiceException(crate::types::error::ServiceException),
    /// The service returned `ServiceQuotaExceededException`.
    ServiceQuotaExceededException(crate::types::error::ServiceQuotaExceededException),
    /// The service returned `SnapStartException`.
    SnapStartException(crate::types::error::SnapStartException),
    /// The service returned `SnapStartNotReadyException`.
    SnapStartNotReadyException(crate::types::error::SnapStartNotReadyException),
    /// The service returned `SnapStartRegenerationFailureException`.
    SnapStartRegenerationFailureException(
        crate::types::error::SnapStartRegenerationFailureException,
    ),
    /// The service returned `SnapStartTimeoutException`.
    SnapStartTimeoutException(crate::types::error::SnapStartTimeoutException),
    /// The service returned `SubnetIPAddressLimitReachedException`.
    SubnetIpAddressLimitReachedException(
        crate::types::error::SubnetIpAddressLimitReachedException,
    ),
    /// An error neither the spec nor AWS's model lists for this
    /// operation (the code, message, HTTP status and request id are kept).
    Unhandled(crate::runtime::Unhandled),
}
impl crate::runtime::OperationError for InvokeAsyncError {
    fn from_response(meta: crate::runtime::ErrorMetadata, body: &[u8]) -> Self {
        match meta.modelled_code() {
            ::std::option::Option::Some("EC2AccessDeniedException") => {
                Self::Ec2AccessDeniedException(
                    <crate::types::error::Ec2AccessDeniedException>::from_response(
                        meta,
                        body,
                    ),
                )
            }
            ::std::option::Option::Some("EC2ThrottledException") => {
                Self::Ec2ThrottledException(
                    <crate::types::error::Ec2ThrottledException>::from_response(
                        meta,
                        body,
                    ),
                )
            }
            ::std::option::Option::Some("EC2UnexpectedException") => {
                Self::Ec2UnexpectedException(
                    <crate::types::error::Ec2UnexpectedException>::from_response(
                        meta,
                        body,
                    ),
                )
            }
            ::std::option::Option::Some("EFSIOException") => {
                Self::EfsioException(
                    <crate::types::error::EfsioException>::from_response(meta, body),
                )
            }
            ::std::option::Option::Some("EFSMountConnectivityException") => {
                Self::EfsMountConnectivityException(
                    <crate::types::error::EfsMountConnectivityException>::from_response(
                        meta,
                        body,
                    ),
                )
            }
            ::std::option::Option::Some("EFSMountFailureException") => {
                Self::EfsMountFailureException(
                    <crate::types::error::EfsMountFailureException>::from_response(
                        meta,
                        body,
                    ),
                )
            }
            ::std::option::Option::Some("EFSMountTimeoutException") => {
                Self::EfsMountTimeoutException(
                    <crate::types::error::EfsMountTimeoutException>::from_response(
                        meta,
                        body,
                    ),
                )
            }
            ::std::option::Option::Some("ENILimitReachedException") => {
                Self::EniLimitReachedException(
                    <crate::types::error::EniLimitReachedException>::from_response(
                        meta,
                        body,
                    ),
                )
            }
            ::std::option::Option::Some("InvalidRequestContentException") => {
                Self::InvalidRequestContentException(
                    <crate::types::error::InvalidRequestContentException>::from_response(
                        meta,
                        body,
                    ),
                )
            }
            ::std::option::Option::Some("InvalidRuntimeException") => {
                Self::InvalidRuntimeException(
                    <crate::types::error::InvalidRuntimeException>::from_response(
                        meta,
                        body,
                    ),
                )
            }
            ::std::option::Option::Some("InvalidSecurityGroupIDException") => {
                Self::InvalidSecurityGroupIdException(
                    <crate::types::error::InvalidSecurityGroupIdException>::from_response(
                        meta,
                        body,
                    ),
                )
            }
            ::std::option::Option::Some("InvalidSubnetIDException") => {
                Self::InvalidSubnetIdException(
                    <crate::types::error::InvalidSubnetIdException>::from_response(
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
            ::std::option::Option::Some("ModeNotSupportedException") => {
                Self::ModeNotSupportedException(
                    <crate::types::error::ModeNotSupportedException>::from_response(
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
            ::std::option::Option::Some("S3FilesMountConnectivityException") => {
                Self::S3FilesMountConnectivityException(
                    <crate::types::error::S3FilesMountConnectivityException>::from_response(
                        meta,
                        body,
                    ),
                )
            }
            ::std::option::Option::Some("S3FilesMountFailureException") => {
                Self::S3FilesMountFailureException(
                    <crate::types::error::S3FilesMountFailureException>::from_response(
                        meta,
                        body,
                    ),
                )
            }
            ::std::option::Option::Some("S3FilesMountTimeoutException") => {
                Self::S3FilesMountTimeoutException(
                    <crate::types::error::S3FilesMountTimeoutException>::from_response(
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
            ::std::option::Option::Some("ServiceQuotaExceededException") => {
                Self::ServiceQuotaExceededException(
                    <crate::types::error::ServiceQuotaExceededException>::from_response(
                        meta,
                        body,
                    ),
                )
            }
            ::std::option::Option::Some("SnapStartException") => {
                Self::SnapStartException(
                    <crate::types::error::SnapStartException>::from_response(meta, body),
                )
            }
            ::std::option::Option::Some("SnapStartNotReadyException") => {
                Self::SnapStartNotReadyException(
                    <crate::types::error::SnapStartNotReadyException>::from_response(
                        meta,
                        body,
                    ),
                )
            }
            ::std::option::Option::Some("SnapStartRegenerationFailureException") => {
                Self::SnapStartRegenerationFailureException(
                    <crate::types::error::SnapStartRegenerationFailureException>::from_response(
                        meta,
                        body,
                    ),
                )
            }
            ::std::option::Option::Some("SnapStartTimeoutException") => {
                Self::SnapStartTimeoutException(
                    <crate::types::error::SnapStartTimeoutException>::from_response(
                        meta,
                        body,
                    ),
                )
            }
            ::std::option::Option::Some("SubnetIPAddressLimitReachedException") => {
                Self::SubnetIpAddressLimitReachedException(
                    <crate::types::error::SubnetIpAddressLimitReachedException>::from_response(
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
            Self::Ec2AccessDeniedException(e) => e.meta(),
            Self::Ec2ThrottledException(e) => e.meta(),
            Self::Ec2UnexpectedException(e) => e.meta(),
            Self::EfsioException(e) => e.meta(),
            Self::EfsMountConnectivityException(e) => e.meta(),
            Self::EfsMountFailureException(e) => e.meta(),
            Self::EfsMountTimeoutException(e) => e.meta(),
            Self::EniLimitReachedException(e) => e.meta(),
            Self::InvalidRequestContentException(e) => e.meta(),
            Self::InvalidRuntimeException(e) => e.meta(),
            Self::InvalidSecurityGroupIdException(e) => e.meta(),
            Self::InvalidSubnetIdException(e) => e.meta(),
            Self::KmsAccessDeniedException(e) => e.meta(),
            Self::KmsDisabledException(e) => e.meta(),
            Self::KmsInvalidStateException(e) => e.meta(),
            Self::KmsNotFoundException(e) => e.meta(),
            Self::ModeNotSupportedException(e) => e.meta(),
            Self::ResourceConflictException(e) => e.meta(),
            Self::ResourceNotFoundException(e) => e.meta(),
            Self::S3FilesMountConnectivityException(e) => e.meta(),
            Self::S3FilesMountFailureException(e) => e.meta(),
            Self::S3FilesMountTimeoutException(e) => e.meta(),
            Self::ServiceException(e) => e.meta(),
            Self::ServiceQuotaExceededException(e) => e.meta(),
            Self::SnapStartException(e) => e.meta(),
            Self::SnapStartNotReadyException(e) => e.meta(),
            Self::SnapStartRegenerationFailureException(e) => e.meta(),
            Self::SnapStartTimeoutException(e) => e.meta(),
            Self::SubnetIpAddressLimitReachedException(e) => e.meta(),
            Self::Unhandled(e) => e.meta(),
        }
    }
    fn with_attempts(mut self, attempts: u32) -> Self {
        match &mut self {
            Self::Ec2AccessDeniedException(e) => e.meta.set_attempts(attempts),
            Self::Ec2ThrottledException(e) => e.meta.set_attempts(attempts),
            Self::Ec2UnexpectedException(e) => e.meta.set_attempts(attempts),
            Self::EfsioException(e) => e.meta.set_attempts(attempts),
            Self::EfsMountConnectivityException(e) => e.meta.set_attempts(attempts),
            Self::EfsMountFailureException(e) => e.meta.set_attempts(attempts),
            Self::EfsMountTimeoutException(e) => e.meta.set_attempts(attempts),
            Self::EniLimitReachedException(e) => e.meta.set_attempts(attempts),
            Self::InvalidRequestContentException(e) => e.meta.set_attempts(attempts),
            Self::InvalidRuntimeException(e) => e.meta.set_attempts(attempts),
            Self::InvalidSecurityGroupIdException(e) => e.meta.set_attempts(attempts),
            Self::InvalidSubnetIdException(e) => e.meta.set_attempts(attempts),
            Self::KmsAccessDeniedException(e) => e.meta.set_attempts(attempts),
            Self::KmsDisabledException(e) => e.meta.set_attempts(attempts),
            Self::KmsInvalidStateException(e) => e.meta.set_attempts(attempts),
            Self::KmsNotFoundException(e) => e.meta.set_attempts(attempts),
            Self::ModeNotSupportedException(e) => e.meta.set_attempts(attempts),
            Self::ResourceConflictException(e) => e.meta.set_attempts(attempts),
            Self::ResourceNotFoundException(e) => e.meta.set_attempts(attempts),
            Self::S3FilesMountConnectivityException(e) => e.meta.set_attempts(attempts),
            Self::S3FilesMountFailureException(e) => e.meta.set_attempts(attempts),
            Self::S3FilesMountTimeoutException(e) => e.meta.set_attempts(attempts),
            Self::ServiceException(e) => e.meta.set_attempts(attempts),
            Self::ServiceQuotaExceededException(e) => e.meta.set_attempts(attempts),
            Self::SnapStartException(e) => e.meta.set_attempts(attempts),
            Self::SnapStartNotReadyException(e) => e.meta.set_attempts(attempts),
            Self::SnapStartRegenerationFailureException(e) => {
                e.meta.set_attempts(attempts)
            }
            Self::SnapStartTimeoutException(e) => e.meta.set_attempts(attempts),
            Self::SubnetIpAddressLimitReachedException(e) => {
                e.meta.set_attempts(attempts)
            }
            Self::Unhandled(e) => e.meta_mut().set_attempts(attempts),
        }
        self
    }
}
impl InvokeAsyncError {
    /// Status, code, message and request id of the response.
    pub fn meta(&self) -> &crate::runtime::ErrorMetadata {
        crate::runtime::OperationError::meta(self)
    }
    /// The error code the service sent, if any.
    pub fn code(&self) -> ::std::option::Option<&str> {
        self.meta().code()
    }
}
impl ::std::fmt::Display for InvokeAsyncError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Ec2AccessDeniedException(e) => ::std::fmt::Display::fmt(e, f),
            Self::Ec2ThrottledException(e) => ::std::fmt::Display::fmt(e, f),
            Self::Ec2UnexpectedException(e) => ::std::fmt::Display::fmt(e, f),
            Self::EfsioException(e) => ::std::fmt::Display::fmt(e, f),
            Self::EfsMountConnectivityException(e) => ::std::fmt::Display::fmt(e, f),
            Self::EfsMountFailureException(e) => ::std::fmt::Display::fmt(e, f),
            Self::EfsMountTimeoutException(e) => ::std::fmt::Display::fmt(e, f),
            Self::EniLimitReachedException(e) => ::std::fmt::Display::fmt(e, f),
            Self::InvalidRequestContentException(e) => ::std::fmt::Display::fmt(e, f),
            Self::InvalidRuntimeException(e) => ::std::fmt::Display::fmt(e, f),
            Self::InvalidSecurityGroupIdException(e) => ::std::fmt::Display::fmt(e, f),
            Self::InvalidSubnetIdException(e) => ::std::fmt::Display::fmt(e, f),
            Self::KmsAccessDeniedException(e) => ::std::fmt::Display::fmt(e, f),
            Self::KmsDisabledException(e) => ::std::fmt::Display::fmt(e, f),
            Self::KmsInvalidStateException(e) => ::std::fmt::Display::fmt(e, f),
            Self::KmsNotFoundException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ModeNotSupportedException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ResourceConflictException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ResourceNotFoundException(e) => ::std::fmt::Display::fmt(e, f),
            Self::S3FilesMountConnectivityException(e) => ::std::fmt::Display::fmt(e, f),
            Self::S3FilesMountFailureException(e) => ::std::fmt::Display::fmt(e, f),
            Self::S3FilesMountTimeoutException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ServiceException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ServiceQuotaExceededException(e) => ::std::fmt::Display::fmt(e, f),
            Self::SnapStartException(e) => ::std::fmt::Display::fmt(e, f),
            Self::SnapStartNotReadyException(e) => ::std::fmt::Display::fmt(e, f),
            Self::SnapStartRegenerationFailureException(e) => {
                ::std::fmt::Display::fmt(e, f)
            }
            Self::SnapStartTimeoutException(e) => ::std::fmt::Display::fmt(e, f),
            Self::SubnetIpAddressLimitReachedException(e) => {
                ::std::fmt::Display::fmt(e, f)
            }
            Self::Unhandled(e) => ::std::fmt::Display::fmt(e, f),
        }
    }
}
impl ::std::error::Error for InvokeAsyncError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::Ec2AccessDeniedException(e) => ::std::option::Option::Some(e),
            Self::Ec2ThrottledException(e) => ::std::option::Option::Some(e),
            Self::Ec2UnexpectedException(e) => ::std::option::Option::Some(e),
            Self::EfsioException(e) => ::std::option::Option::Some(e),
            Self::EfsMountConnectivityException(e) => ::std::option::Option::Some(e),
            Self::EfsMountFailureException(e) => ::std::option::Option::Some(e),
            Self::EfsMountTimeoutException(e) => ::std::option::Option::Some(e),
            Self::EniLimitReachedException(e) => ::std::option::Option::Some(e),
            Self::InvalidRequestContentException(e) => ::std::option::Option::Some(e),
            Self::InvalidRuntimeException(e) => ::std::option::Option::Some(e),
            Self::InvalidSecurityGroupIdException(e) => ::std::option::Option::Some(e),
            Self::InvalidSubnetIdException(e) => ::std::option::Option::Some(e),
            Self::KmsAccessDeniedException(e) => ::std::option::Option::Some(e),
            Self::KmsDisabledException(e) => ::std::option::Option::Some(e),
            Self::KmsInvalidStateException(e) => ::std::option::Option::Some(e),
            Self::KmsNotFoundException(e) => ::std::option::Option::Some(e),
            Self::ModeNotSupportedException(e) => ::std::option::Option::Some(e),
            Self::ResourceConflictException(e) => ::std::option::Option::Some(e),
            Self::ResourceNotFoundException(e) => ::std::option::Option::Some(e),
            Self::S3FilesMountConnectivityException(e) => ::std::option::Option::Some(e),
            Self::S3FilesMountFailureException(e) => ::std::option::Option::Some(e),
            Self::S3FilesMountTimeoutException(e) => ::std::option::Option::Some(e),
            Self::ServiceException(e) => ::std::option::Option::Some(e),
            Self::ServiceQuotaExceededException(e) => ::std::option::Option::Some(e),
            Self::SnapStartException(e) => ::std::option::Option::Some(e),
            Self::SnapStartNotReadyException(e) => ::std::option::Option::Some(e),
            Self::SnapStartRegenerationFailureException(e) => {
                ::std::option::Option::Some(e)
            }
            Self::SnapStartTimeoutException(e) => ::std::option::Option::Some(e),
            Self::SubnetIpAddressLimitReachedException(e) => {
                ::std::option::Option::Some(e)
            }
            Self::Unhandled(e) => ::std::option::Option::Some(e),
        }
    }
}
