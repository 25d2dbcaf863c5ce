//! The `Invoke` operation: see [`Client::invoke`](crate::Client::invoke).
const OPERATION: crate::runtime::operation::OperationSpec = crate::runtime::operation::OperationSpec {
    name: "Invoke",
    target: "",
    host_prefix: ::std::option::Option::None,
    unsigned: false,
    endpoint_discovery: false,
    api_version_header: ::std::option::Option::None,
    min_attempt_timeout_secs: ::std::option::Option::None,
    partitions: &[],
};
/// Builds and sends a `Invoke` request; see [`Client::invoke`](crate::Client::invoke).
#[derive(::std::clone::Clone, ::std::fmt::Debug)]
pub struct InvokeFluentBuilder {
    handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    inner: crate::types::builders::InvocationRequestBuilder,
}
impl InvokeFluentBuilder {
    pub(crate) fn new(
        handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    ) -> Self {
        InvokeFluentBuilder {
            handle,
            inner: ::std::default::Default::default(),
        }
    }
    /// The input built so far.
    pub fn as_input(&self) -> &crate::types::builders::InvocationRequestBuilder {
        &self.inner
    }
    /// Up to 3,583 bytes of base64-encoded data about the invoking client to pass to
    /// the function in the context object.
    pub fn client_context(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.client_context(input);
        self
    }
    /// Sets or clears [`client_context`](Self::client_context).
    pub fn set_client_context(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_client_context(input);
        self
    }
    pub fn durable_execution_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.durable_execution_name(input);
        self
    }
    /// Sets or clears [`durable_execution_name`](Self::durable_execution_name).
    pub fn set_durable_execution_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_durable_execution_name(input);
        self
    }
    /// The name of the Lambda function, version, or alias.
    ///
    /// **Name formats**
    ///
    /// - **Function name** – `my-function` (name-only), `my-function:v1` (with alias).
    /// - **Function ARN** –
    ///   `arn:aws:lambda:us-west-2:123456789012:function:my-function`.
    /// - **Partial ARN** – `123456789012:function:my-function`.
    ///
    /// You can append a version number or alias to any of the formats. The length
    /// constraint applies only to the full ARN. If you specify only the function name,
    /// it is limited to 64 characters in length.
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
    /// Choose from the following options.
    ///
    /// - `RequestResponse` (default) – Invoke the function synchronously. Keep the
    ///   connection open until the function returns a response or times out. The API
    ///   response includes the function response and additional data.
    /// - `Event` – Invoke the function asynchronously. Send events that fail multiple
    ///   times to the function's dead-letter queue (if one is configured). The API
    ///   response only includes a status code.
    /// - `DryRun` – Validate parameter values and verify that the user or role has
    ///   permission to invoke the function.
    pub fn invocation_type(
        mut self,
        input: impl ::std::convert::Into<crate::types::InvocationType>,
    ) -> Self {
        self.inner = self.inner.invocation_type(input);
        self
    }
    /// Sets or clears [`invocation_type`](Self::invocation_type).
    pub fn set_invocation_type(
        mut self,
        input: ::std::option::Option<crate::types::InvocationType>,
    ) -> Self {
        self.inner = self.inner.set_invocation_type(input);
        self
    }
    /// Set to `Tail` to include the execution log in the response. Applies to
    /// synchronously invoked functions only.
    pub fn log_type(
        mut self,
        input: impl ::std::convert::Into<crate::types::LogType>,
    ) -> Self {
        self.inner = self.inner.log_type(input);
        self
    }
    /// Sets or clears [`log_type`](Self::log_type).
    pub fn set_log_type(
        mut self,
        input: ::std::option::Option<crate::types::LogType>,
    ) -> Self {
        self.inner = self.inner.set_log_type(input);
        self
    }
    /// The JSON that you want to provide to your Lambda function as input.
    ///
    /// You can enter the JSON directly. For example, `--payload '{ "key": "value" }'`.
    /// You can also specify a file path. For example, `--payload file://payload.json`.
    pub fn payload(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Blob>,
    ) -> Self {
        self.inner = self.inner.payload(input);
        self
    }
    /// Sets or clears [`payload`](Self::payload).
    pub fn set_payload(
        mut self,
        input: ::std::option::Option<crate::runtime::Blob>,
    ) -> Self {
        self.inner = self.inner.set_payload(input);
        self
    }
    /// Specify a version or alias to invoke a published version of the function.
    pub fn qualifier(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.qualifier(input);
        self
    }
    /// Sets or clears [`qualifier`](Self::qualifier).
    pub fn set_qualifier(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_qualifier(input);
        self
    }
    pub fn tenant_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.tenant_id(input);
        self
    }
    /// Sets or clears [`tenant_id`](Self::tenant_id).
    pub fn set_tenant_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_tenant_id(input);
        self
    }
    /// Sends the request.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::types::InvocationResponse,
        crate::runtime::SdkError<InvokeError>,
    > {
        let input = self.inner.build().map_err(crate::runtime::SdkError::Construction)?;
        let parts = request(&input).map_err(crate::runtime::SdkError::Dispatch)?;
        self.handle
            .invoke_rest::<
                crate::types::InvocationResponse,
                InvokeError,
            >(&OPERATION, parts, parse)
            .await
    }
}
/// The request: labels, query, headers and body as AWS's model binds them.
fn request(
    input: &crate::types::InvocationRequest,
) -> ::std::result::Result<
    crate::runtime::operation::RequestParts,
    crate::runtime::DispatchError,
> {
    let function_name: &str = &input.function_name;
    let mut query = crate::runtime::rest::QueryParams::new();
    if let ::std::option::Option::Some(v) = &input.qualifier {
        query.push("Qualifier", v.clone());
    }
    let path_and_query = crate::runtime::rest::build_uri(
            "/2015-03-31/functions/{FunctionName}/invocations",
            &[("FunctionName", function_name)],
            &query,
        )
        .map_err(|e| {
            crate::runtime::DispatchError::with_source("cannot build the request URI", e)
                .permanent()
        })?;
    let mut headers: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
    if let ::std::option::Option::Some(v) = &input.client_context {
        headers.push(("X-Amz-Client-Context".to_owned(), v.clone()));
    }
    if let ::std::option::Option::Some(v) = &input.durable_execution_name {
        headers.push(("X-Amz-Durable-Execution-Name".to_owned(), v.clone()));
    }
    if let ::std::option::Option::Some(v) = &input.invocation_type {
        headers.push(("X-Amz-Invocation-Type".to_owned(), v.as_str().to_owned()));
    }
    if let ::std::option::Option::Some(v) = &input.log_type {
        headers.push(("X-Amz-Log-Type".to_owned(), v.as_str().to_owned()));
    }
    if let ::std::option::Option::Some(v) = &input.tenant_id {
        headers.push(("X-Amz-Tenant-Id".to_owned(), v.clone()));
    }
    let body = input.payload.as_ref().map(|b| b.as_bytes().to_vec()).unwrap_or_default();
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
) -> ::std::result::Result<crate::types::InvocationResponse, ::std::string::String> {
    let body: &[u8] = b"{}";
    let mut out: crate::types::InvocationResponse = crate::runtime::json::from_slice(
        body,
    )?;
    out.durable_execution_arn = crate::runtime::rest::read_header::<
        ::std::string::String,
    >(&response.headers, "X-Amz-Durable-Execution-Arn")
        .map_err(|e| e.to_string())?;
    out.executed_version = crate::runtime::rest::read_header::<
        ::std::string::String,
    >(&response.headers, "X-Amz-Executed-Version")
        .map_err(|e| e.to_string())?;
    out.function_error = crate::runtime::rest::read_header::<
        ::std::string::String,
    >(&response.headers, "X-Amz-Function-Error")
        .map_err(|e| e.to_string())?;
    out.log_result = crate::runtime::rest::read_header::<
        ::std::string::String,
    >(&response.headers, "X-Amz-Log-Result")
        .map_err(|e| e.to_string())?;
    out.payload = ::std::option::Option::Some(
        crate::runtime::Blob::new(response.body.clone()),
    );
    out.status_code = ::std::option::Option::Some(
        ::std::convert::From::from(response.status),
    );
    ::std::result::Result::Ok(out)
}
/// Errors of `Invoke`: one variant per error the spec or AWS's model lists, plus [`Unhandled`](InvokeError::Unhandled).
#[derive(::std::fmt::Debug)]
#[non_exhaustive]
pub enum InvokeError {
    /// The service returned `CodeArtifactUserDeletedException`.
    CodeArtifactUserDeletedException(
        crate::types::error::CodeArtifactUserDeletedException,
    ),
    /// The service returned `CodeArtifactUserFailedException`.
    CodeArtifactUserFailedException(
        crate::types::error::CodeArtifactUserFailedException,
    ),
    /// The service returned `CodeArtifactUserPendingException`.
    CodeArtifactUserPendingException(
        crate::types::error::CodeArtifactUserPendingException,
    ),
    /// The service returned `DurableExecutionAlreadyStartedException`.
    DurableExecutionAlreadyStartedException(
        crate::types::error::DurableExecutionAlreadyStartedException,
    ),
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
    /// The service returned `ENINotReadyException`.
    EniNotReadyException(crate::types::error::EniNotReadyException),
    /// The service returned `InvalidParameterValueException`.
    InvalidParameterValueException(crate::types::error::InvalidParameterValueException),
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
    /// The service returned `InvalidZipFileException`.
    InvalidZipFileException(crate::types::error::InvalidZipFileException),
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
    /// The service returned `NoPublishedVersionException`.
    NoPublishedVersionException(crate::types::error::NoPublishedVersionException),
    /// The service returned `RecursiveInvocationException`.
    RecursiveInvocationException(crate::types::error::RecursiveInvocationException),
    /// The service returned `RequestTooLargeException`.
    RequestTooLargeException(crate::types::error::RequestTooLargeException),
    /// The service returned `ResourceConflictException`.
    ResourceConflictException(crate::types::error::ResourceConflictException),
    /// The service returned `ResourceNotFoundException`.
    ResourceNotFoundException(crate::types::error::ResourceNotFoundException),
    /// The service returned `ResourceNotReadyException`.
    ResourceNotReadyException(crate::types::error::ResourceNotReadyException),
    /// The service returned `RuntimeAliasDeletedException`.
    RuntimeAliasDeletedException(crate::types::error::RuntimeAliasDeletedException),
    /// The service returned `RuntimeVersionDeletedException`.
    RuntimeVersionDeletedException(crate::types::error::RuntimeVersionDeletedException),
    /// The service returned `S3FilesMountConnectivityException`.
    S3FilesMountConnectivityException(
        crate::types::error::S3FilesMountConnectivityException,
    ),
    /// The service returned `S3FilesMountFailureException`.
    S3FilesMountFailureException(crate::types::error::S3FilesMountFailureException),
    /// The service returned `S3FilesMountTimeoutException`.
    S3FilesMountTimeoutException(crate::types::error::S3FilesMountTimeoutException),
    /// The service returned `SerializedRequestEntityTooLargeException`.
    SerializedRequestEntityTooLargeException(
        crate::types::error::SerializedRequestEntityTooLargeException,
    ),
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
    /// The service returned `TooManyRequestsException`.
    TooManyRequestsException(crate::types::error::TooManyRequestsException),
    /// The service returned `UnsupportedMediaTypeException`.
    UnsupportedMediaTypeException(crate::types::error::UnsupportedMediaTypeException),
    /// An error neither the spec nor AWS's model lists for this
    /// operation (the code, message, HTTP status and request id are kept).
    Unhandled(crate::runtime::Unhandled),
}
impl crate::runtime::OperationError for InvokeError {
    fn from_response(meta: crate::runtime::ErrorMetadata, body: &[u8]) -> Self {
        match meta.modelled_code() {
            ::std::option::Option::Some("CodeArtifactUserDeletedException") => {
                Self::CodeArtifactUserDeletedException(
                    <crate::types::error::CodeArtifactUserDeletedException>::from_response(
                        meta,
                        body,
                    ),
                )
            }
            ::std::option::Option::Some("CodeArtifactUserFailedException") => {
                Self::CodeArtifactUserFailedException(
                    <crate::types::error::CodeArtifactUserFailedException>::from_response(
                        meta,
                        body,
                    ),
                )
            }
            ::std::option::Option::Some("CodeArtifactUserPendingException") => {
                Self::CodeArtifactUserPendingException(
                    <crate::types::error::CodeArtifactUserPendingException>::from_response(
                        meta,
                        body,
                    ),
                )
            }
            ::std::option::Option::Some("DurableExecutionAlreadyStartedException") => {
                Self::DurableExecutionAlreadyStartedException(
                    <crate::types::error::DurableExecutionAlreadyStartedException>::from_response(
                        meta,
                        body,
                    ),
                )
            }
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
            ::std::option::Option::Some("ENINotReadyException") => {
                Self::EniNotReadyException(
                    <crate::types::error::EniNotReadyException>::from_response(
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
            ::std::option::Option::Some("InvalidZipFileException") => {
                Self::InvalidZipFileException(
                    <crate::types::error::InvalidZipFileException>::from_response(
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
            ::std::option::Option::Some("NoPublishedVersionException") => {
                Self::NoPublishedVersionException(
                    <crate::types::error::NoPublishedVersionException>::from_response(
                        meta,
                        body,
                    ),
                )
            }
            ::std::option::Option::Some("RecursiveInvocationException") => {
                Self::RecursiveInvocationException(
                    <crate::types::error::RecursiveInvocationException>::from_response(
                        meta,
                        body,
                    ),
                )
            }
            ::std::option::Option::Some("RequestTooLargeException") => {
                Self::RequestTooLargeException(
                    <crate::types::error::RequestTooLargeException>::from_response(
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
            ::std::option::Option::Some("ResourceNotReadyException") => {
                Self::ResourceNotReadyException(
                    <crate::types::error::ResourceNotReadyException>::from_response(
                        meta,
                        body,
                    ),
                )
            }
            ::std::option::Option::Some("RuntimeAliasDeletedException") => {
                Self::RuntimeAliasDeletedException(
                    <crate::types::error::RuntimeAliasDeletedException>::from_response(
                        meta,
                        body,
                    ),
                )
            }
            ::std::option::Option::Some("RuntimeVersionDeletedException") => {
                Self::RuntimeVersionDeletedException(
                    <crate::types::error::RuntimeVersionDeletedException>::from_response(
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
            ::std::option::Option::Some("SerializedRequestEntityTooLargeException") => {
                Self::SerializedRequestEntityTooLargeException(
                    <crate::types::error::SerializedRequestEntityTooLargeException>::from_response(
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
            ::std::option::Option::Some("TooManyRequestsException") => {
                Self::TooManyRequestsException(
                    <crate::types::error::TooManyRequestsException>::from_response(
                        meta,
                        body,
                    ),
                )
            }
            ::std::option::Option::Some("UnsupportedMediaTypeException") => {
                Self::UnsupportedMediaTypeException(
                    <crate::types::error::UnsupportedMediaTypeException>::from_response(
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
            Self::CodeArtifactUserDeletedException(e) => e.meta(),
            Self::CodeArtifactUserFailedException(e) => e.meta(),
            Self::CodeArtifactUserPendingException(e) => e.meta(),
            Self::DurableExecutionAlreadyStartedException(e) => e.meta(),
            Self::Ec2AccessDeniedException(e) => e.meta(),
            Self::Ec2ThrottledException(e) => e.meta(),
            Self::Ec2UnexpectedException(e) => e.meta(),
            Self::EfsioException(e) => e.meta(),
            Self::EfsMountConnectivityException(e) => e.meta(),
            Self::EfsMountFailureException(e) => e.meta(),
            Self::EfsMountTimeoutException(e) => e.meta(),
            Self::EniLimitReachedException(e) => e.meta(),
            Self::EniNotReadyException(e) => e.meta(),
            Self::InvalidParameterValueException(e) => e.meta(),
            Self::InvalidRequestContentException(e) => e.meta(),
            Self::InvalidRuntimeException(e) => e.meta(),
            Self::InvalidSecurityGroupIdException(e) => e.meta(),
            Self::InvalidSubnetIdException(e) => e.meta(),
            Self::InvalidZipFileException(e) => e.meta(),
            Self::KmsAccessDeniedException(e) => e.meta(),
            Self::KmsDisabledException(e) => e.meta(),
            Self::KmsInvalidStateException(e) => e.meta(),
            Self::KmsNotFoundException(e) => e.meta(),
            Self::ModeNotSupportedException(e) => e.meta(),
            Self::NoPublishedVersionException(e) => e.meta(),
            Self::RecursiveInvocationException(e) => e.meta(),
            Self::RequestTooLargeException(e) => e.meta(),
            Self::ResourceConflictException(e) => e.meta(),
            Self::ResourceNotFoundException(e) => e.meta(),
            Self::ResourceNotReadyException(e) => e.meta(),
            Self::RuntimeAliasDeletedException(e) => e.meta(),
            Self::RuntimeVersionDeletedException(e) => e.meta(),
            Self::S3FilesMountConnectivityException(e) => e.meta(),
            Self::S3FilesMountFailureException(e) => e.meta(),
            Self::S3FilesMountTimeoutException(e) => e.meta(),
            Self::SerializedRequestEntityTooLargeException(e) => e.meta(),
            Self::ServiceException(e) => e.meta(),
            Self::ServiceQuotaExceededException(e) => e.meta(),
            Self::SnapStartException(e) => e.meta(),
            Self::SnapStartNotReadyException(e) => e.meta(),
            Self::SnapStartRegenerationFailureException(e) => e.meta(),
            Self::SnapStartTimeoutException(e) => e.meta(),
            Self::SubnetIpAddressLimitReachedException(e) => e.meta(),
            Self::TooManyRequestsException(e) => e.meta(),
            Self::UnsupportedMediaTypeException(e) => e.meta(),
            Self::Unhandled(e) => e.meta(),
        }
    }
    fn with_attempts(mut self, attempts: u32) -> Self {
        match &mut self {
            Self::CodeArtifactUserDeletedException(e) => e.meta.set_attempts(attempts),
            Self::CodeArtifactUserFailedException(e) => e.meta.set_attempts(attempts),
            Self::CodeArtifactUserPendingException(e) => e.meta.set_attempts(attempts),
            Self::DurableExecutionAlreadyStartedException(e) => {
                e.meta.set_attempts(attempts)
            }
            Self::Ec2AccessDeniedException(e) => e.meta.set_attempts(attempts),
            Self::Ec2ThrottledException(e) => e.meta.set_attempts(attempts),
            Self::Ec2UnexpectedException(e) => e.meta.set_attempts(attempts),
            Self::EfsioException(e) => e.meta.set_attempts(attempts),
            Self::EfsMountConnectivityException(e) => e.meta.set_attempts(attempts),
            Self::EfsMountFailureException(e) => e.meta.set_attempts(attempts),
            Self::EfsMountTimeoutException(e) => e.meta.set_attempts(attempts),
            Self::EniLimitReachedException(e) => e.meta.set_attempts(attempts),
            Self::EniNotReadyException(e) => e.meta.set_attempts(attempts),
            Self::InvalidParameterValueException(e) => e.meta.set_attempts(attempts),
            Self::InvalidRequestContentException(e) => e.meta.set_attempts(attempts),
            Self::InvalidRuntimeException(e) => e.meta.set_attempts(attempts),
            Self::InvalidSecurityGroupIdException(e) => e.meta.set_attempts(attempts),
            Self::InvalidSubnetIdException(e) => e.meta.set_attempts(attempts),
            Self::InvalidZipFileException(e) => e.meta.set_attempts(attempts),
            Self::KmsAccessDeniedException(e) => e.meta.set_attempts(attempts),
            Self::KmsDisabledException(e) => e.meta.set_attempts(attempts),
            Self::KmsInvalidStateException(e) => e.meta.set_attempts(attempts),
            Self::KmsNotFoundException(e) => e.meta.set_attempts(attempts),
            Self::ModeNotSupportedException(e) => e.meta.set_attempts(attempts),
            Self::NoPublishedVersionException(e) => e.meta.set_attempts(attempts),
            Self::RecursiveInvocationException(e) => e.meta.set_attempts(attempts),
            Self::RequestTooLargeException(e) => e.meta.set_attempts(attempts),
            Self::ResourceConflictException(e) => e.meta.set_attempts(attempts),
            Self::ResourceNotFoundException(e) => e.meta.set_attempts(attempts),
            Self::ResourceNotReadyException(e) => e.meta.set_attempts(attempts),
            Self::RuntimeAliasDeletedException(e) => e.meta.set_attempts(attempts),
            Self::RuntimeVersionDeletedException(e) => e.meta.set_attempts(attempts),
            Self::S3FilesMountConnectivityException(e) => e.meta.set_attempts(attempts),
            Self::S3FilesMountFailureException(e) => e.meta.set_attempts(attempts),
            Self::S3FilesMountTimeoutException(e) => e.meta.set_attempts(attempts),
            Self::SerializedRequestEntityTooLargeException(e) => {
                e.meta.set_attempts(attempts)
            }
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
            Self::TooManyRequestsException(e) => e.meta.set_attempts(attempts),
            Self::UnsupportedMediaTypeException(e) => e.meta.set_attempts(attempts),
            Self::Unhandled(e) => e.meta_mut().set_attempts(attempts),
        }
        self
    }
}
impl InvokeError {
    /// Status, code, message and request id of the response.
    pub fn meta(&self) -> &crate::runtime::ErrorMetadata {
        crate::runtime::OperationError::meta(self)
    }
    /// The error code the service sent, if any.
    pub fn code(&self) -> ::std::option::Option<&str> {
        self.meta().code()
    }
}
impl ::std::fmt::Display for InvokeError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::CodeArtifactUserDeletedException(e) => ::std::fmt::Display::fmt(e, f),
            Self::CodeArtifactUserFailedException(e) => ::std::fmt::Display::fmt(e, f),
            Self::CodeArtifactUserPendingException(e) => ::std::fmt::Display::fmt(e, f),
            Self::DurableExecutionAlreadyStartedException(e) => {
                ::std::fmt::Display::fmt(e, f)
            }
            Self::Ec2AccessDeniedException(e) => ::std::fmt::Display::fmt(e, f),
            Self::Ec2ThrottledException(e) => ::std::fmt::Display::fmt(e, f),
            Self::Ec2UnexpectedException(e) => ::std::fmt::Display::fmt(e, f),
            Self::EfsioException(e) => ::std::fmt::Display::fmt(e, f),
            Self::EfsMountConnectivityException(e) => ::std::fmt::Display::fmt(e, f),
            Self::EfsMountFailureException(e) => ::std::fmt::Display::fmt(e, f),
            Self::EfsMountTimeoutException(e) => ::std::fmt::Display::fmt(e, f),
            Self::EniLimitReachedException(e) => ::std::fmt::Display::fmt(e, f),
            Self::EniNotReadyException(e) => ::std::fmt::Display::fmt(e, f),
            Self::InvalidParameterValueException(e) => ::std::fmt::Display::fmt(e, f),
            Self::InvalidRequestContentException(e) => ::std::fmt::Display::fmt(e, f),
            Self::InvalidRuntimeException(e) => ::std::fmt::Display::fmt(e, f),
            Self::InvalidSecurityGroupIdException(e) => ::std::fmt::Display::fmt(e, f),
            Self::InvalidSubnetIdException(e) => ::std::fmt::Display::fmt(e, f),
            Self::InvalidZipFileException(e) => ::std::fmt::Display::fmt(e, f),
            Self::KmsAccessDeniedException(e) => ::std::fmt::Display::fmt(e, f),
            Self::KmsDisabledException(e) => ::std::fmt::Display::fmt(e, f),
            Self::KmsInvalidStateException(e) => ::std::fmt::Display::fmt(e, f),
            Self::KmsNotFoundException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ModeNotSupportedException(e) => ::std::fmt::Display::fmt(e, f),
            Self::NoPublishedVersionException(e) => ::std::fmt::Display::fmt(e, f),
            Self::RecursiveInvocationException(e) => ::std::fmt::Display::fmt(e, f),
            Self::RequestTooLargeException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ResourceConflictException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ResourceNotFoundException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ResourceNotReadyException(e) => ::std::fmt::Display::fmt(e, f),
            Self::RuntimeAliasDeletedException(e) => ::std::fmt::Display::fmt(e, f),
            Self::RuntimeVersionDeletedException(e) => ::std::fmt::Display::fmt(e, f),
            Self::S3FilesMountConnectivityException(e) => ::std::fmt::Display::fmt(e, f),
            Self::S3FilesMountFailureException(e) => ::std::fmt::Display::fmt(e, f),
            Self::S3FilesMountTimeoutException(e) => ::std::fmt::Display::fmt(e, f),
            Self::SerializedRequestEntityTooLargeException(e) => {
                ::std::fmt::Display::fmt(e, f)
            }
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
            Self::TooManyRequestsException(e) => ::std::fmt::Display::fmt(e, f),
            Self::UnsupportedMediaTypeException(e) => ::std::fmt::Display::fmt(e, f),
            Self::Unhandled(e) => ::std::fmt::Display::fmt(e, f),
        }
    }
}
impl ::std::error::Error for InvokeError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::CodeArtifactUserDeletedException(e) => ::std::option::Option::Some(e),
            Self::CodeArtifactUserFailedException(e) => ::std::option::Option::Some(e),
            Self::CodeArtifactUserPendingException(e) => ::std::option::Option::Some(e),
            Self::DurableExecutionAlreadyStartedException(e) => {
                ::std::option::Option::Some(e)
            }
            Self::Ec2AccessDeniedException(e) => ::std::option::Option::Some(e),
            Self::Ec2ThrottledException(e) => ::std::option::Option::Some(e),
            Self::Ec2UnexpectedException(e) => ::std::option::Option::Some(e),
            Self::EfsioException(e) => ::std::option::Option::Some(e),
            Self::EfsMountConnectivityException(e) => ::std::option::Option::Some(e),
            Self::EfsMountFailureException(e) => ::std::option::Option::Some(e),
            Self::EfsMountTimeoutException(e) => ::std::option::Option::Some(e),
            Self::EniLimitReachedException(e) => ::std::option::Option::Some(e),
            Self::EniNotReadyException(e) => ::std::option::Option::Some(e),
            Self::InvalidParameterValueException(e) => ::std::option::Option::Some(e),
            Self::InvalidRequestContentException(e) => ::std::option::Option::Some(e),
            Self::InvalidRuntimeException(e) => ::std::option::Option::Some(e),
            Self::InvalidSecurityGroupIdException(e) => ::std::option::Option::Some(e),
            Self::InvalidSubnetIdException(e) => ::std::option::Option::Some(e),
            Self::InvalidZipFileException(e) => ::std::option::Option::Some(e),
            Self::KmsAccessDeniedException(e) => ::std::option::Option::Some(e),
            Self::KmsDisabledException(e) => ::std::option::Option::Some(e),
            Self::KmsInvalidStateException(e) => ::std::option::Option::Some(e),
            Self::KmsNotFoundException(e) => ::std::option::Option::Some(e),
            Self::ModeNotSupportedException(e) => ::std::option::Option::Some(e),
            Self::NoPublishedVersionException(e) => ::std::option::Option::Some(e),
            Self::RecursiveInvocationException(e) => ::std::option::Option::Some(e),
            Self::RequestTooLargeException(e) => ::std::option::Option::Some(e),
            Self::ResourceConflictException(e) => ::std::option::Option::Some(e),
            Self::ResourceNotFoundException(e) => ::std::option::Option::Some(e),
            Self::ResourceNotReadyException(e) => ::std::option::Option::Some(e),
            Self::RuntimeAliasDeletedException(e) => ::std::option::Option::Some(e),
            Self::RuntimeVersionDeletedException(e) => ::std::option::Option::Some(e),
            Self::S3FilesMountConnectivityException(e) => ::std::option::Option::Some(e),
            Self::S3FilesMountFailureException(e) => ::std::option::Option::Some(e),
            Self::S3FilesMountTimeoutException(e) => ::std::option::Option::Some(e),
            Self::SerializedRequestEntityTooLargeException(e) => {
                ::std::option::Option::Some(e)
            }
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
            Self::TooManyRequestsException(e) => ::std::option::Option::Some(e),
            Self::UnsupportedMediaTypeException(e) => ::std::option::Option::Some(e),
            Self::Unhandled(e) => ::std::option::Option::Some(e),
        }
    }
}
