//! The `UpdateFunctionCode` operation: see [`Client::update_function_code`](crate::Client::update_function_code).
const OPERATION: crate::runtime::operation::OperationSpec = crate::runtime::operation::OperationSpec {
    name: "UpdateFunctionCode",
    target: "",
    host_prefix: ::std::option::Option::None,
    unsigned: false,
    endpoint_discovery: false,
    api_version_header: ::std::option::Option::None,
    min_attempt_timeout_secs: ::std::option::Option::None,
    partitions: &[],
};
/// Builds and sends a `UpdateFunctionCode` request; see [`Client::update_function_code`](crate::Client::update_function_code).
#[derive(::std::clone::Clone, ::std::fmt::Debug)]
pub struct UpdateFunctionCodeFluentBuilder {
    handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    inner: crate::types::builders::UpdateFunctionCodeRequestBuilder,
}
impl UpdateFunctionCodeFluentBuilder {
    pub(crate) fn new(
        handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    ) -> Self {
        UpdateFunctionCodeFluentBuilder {
            handle,
            inner: ::std::default::Default::default(),
        }
    }
    /// The input built so far.
    pub fn as_input(&self) -> &crate::types::builders::UpdateFunctionCodeRequestBuilder {
        &self.inner
    }
    /// The instruction set architecture that the function supports. Enter a string
    /// array with one of the valid values (arm64 or x86_64). The default value is
    /// `x86_64`.
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn architectures(
        mut self,
        input: impl ::std::convert::Into<crate::types::Architecture>,
    ) -> Self {
        self.inner = self.inner.architectures(input);
        self
    }
    /// Sets or clears [`architectures`](Self::architectures).
    pub fn set_architectures(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::Architecture>>,
    ) -> Self {
        self.inner = self.inner.set_architectures(input);
        self
    }
    /// Set to true to validate the request parameters and access permissions without
    /// modifying the function code.
    pub fn dry_run(mut self, input: impl ::std::convert::Into<bool>) -> Self {
        self.inner = self.inner.dry_run(input);
        self
    }
    /// Sets or clears [`dry_run`](Self::dry_run).
    pub fn set_dry_run(mut self, input: ::std::option::Option<bool>) -> Self {
        self.inner = self.inner.set_dry_run(input);
        self
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
    /// URI of a container image in the Amazon ECR registry. Do not use for a function
    /// defined with a .zip file archive.
    pub fn image_uri(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.image_uri(input);
        self
    }
    /// Sets or clears [`image_uri`](Self::image_uri).
    pub fn set_image_uri(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_image_uri(input);
        self
    }
    /// Set to true to publish a new version of the function after updating the code.
    /// This has the same effect as calling PublishVersion separately.
    pub fn publish(mut self, input: impl ::std::convert::Into<bool>) -> Self {
        self.inner = self.inner.publish(input);
        self
    }
    /// Sets or clears [`publish`](Self::publish).
    pub fn set_publish(mut self, input: ::std::option::Option<bool>) -> Self {
        self.inner = self.inner.set_publish(input);
        self
    }
    pub fn publish_to(
        mut self,
        input: impl ::std::convert::Into<crate::types::FunctionVersionLatestPublished>,
    ) -> Self {
        self.inner = self.inner.publish_to(input);
        self
    }
    /// Sets or clears [`publish_to`](Self::publish_to).
    pub fn set_publish_to(
        mut self,
        input: ::std::option::Option<crate::types::FunctionVersionLatestPublished>,
    ) -> Self {
        self.inner = self.inner.set_publish_to(input);
        self
    }
    /// Update the function only if the revision ID matches the ID that's specified. Use
    /// this option to avoid modifying a function that has changed since you last read
    /// it.
    pub fn revision_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.revision_id(input);
        self
    }
    /// Sets or clears [`revision_id`](Self::revision_id).
    pub fn set_revision_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_revision_id(input);
        self
    }
    /// An Amazon S3 bucket in the same Amazon Web Services Region as your function. The
    /// bucket can be in a different Amazon Web Services account. Use only with a
    /// function defined with a .zip file archive deployment package.
    pub fn s3_bucket(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.s3_bucket(input);
        self
    }
    /// Sets or clears [`s3_bucket`](Self::s3_bucket).
    pub fn set_s3_bucket(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_s3_bucket(input);
        self
    }
    /// The Amazon S3 key of the deployment package. Use only with a function defined
    /// with a .zip file archive deployment package.
    pub fn s3_key(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.s3_key(input);
        self
    }
    /// Sets or clears [`s3_key`](Self::s3_key).
    pub fn set_s3_key(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_s3_key(input);
        self
    }
    pub fn s3_object_storage_mode(
        mut self,
        input: impl ::std::convert::Into<crate::types::S3ObjectStorageMode>,
    ) -> Self {
        self.inner = self.inner.s3_object_storage_mode(input);
        self
    }
    /// Sets or clears [`s3_object_storage_mode`](Self::s3_object_storage_mode).
    pub fn set_s3_object_storage_mode(
        mut self,
        input: ::std::option::Option<crate::types::S3ObjectStorageMode>,
    ) -> Self {
        self.inner = self.inner.set_s3_object_storage_mode(input);
        self
    }
    /// For versioned objects, the version of the deployment package object to use.
    pub fn s3_object_version(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.s3_object_version(input);
        self
    }
    /// Sets or clears [`s3_object_version`](Self::s3_object_version).
    pub fn set_s3_object_version(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_s3_object_version(input);
        self
    }
    pub fn source_kms_key_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.source_kms_key_arn(input);
        self
    }
    /// Sets or clears [`source_kms_key_arn`](Self::source_kms_key_arn).
    pub fn set_source_kms_key_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_source_kms_key_arn(input);
        self
    }
    /// The base64-encoded contents of the deployment package. Amazon Web Services SDK
    /// and CLI clients handle the encoding for you. Use only with a function defined
    /// with a .zip file archive deployment package.
    pub fn zip_file(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Blob>,
    ) -> Self {
        self.inner = self.inner.zip_file(input);
        self
    }
    /// Sets or clears [`zip_file`](Self::zip_file).
    pub fn set_zip_file(
        mut self,
        input: ::std::option::Option<crate::runtime::Blob>,
    ) -> Self {
        self.inner = self.inner.set_zip_file(input);
        self
    }
    /// Sends the request.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::types::FunctionConfiguration,
        crate::runtime::SdkError<UpdateFunctionCodeError>,
    > {
        let input = self.inner.build().map_err(crate::runtime::SdkError::Construction)?;
        let parts = request(&input).map_err(crate::runtime::SdkError::Dispatch)?;
        self.handle
            .invoke_rest::<
                crate::types::FunctionConfiguration,
                UpdateFunctionCodeError,
            >(&OPERATION, parts, parse)
            .await
    }
}
/// The request: labels, query, headers and body as AWS's model binds them.
fn request(
    input: &crate::types::UpdateFunctionCodeRequest,
) -> ::std::result::Result<
    crate::runtime::operation::RequestParts,
    crate::runtime::DispatchError,
> {
    let function_name: &str = &input.function_name;
    let query = crate::runtime::rest::QueryParams::new();
    let path_and_query = crate::runtime::rest::build_uri(
            "/2015-03-31/functions/{FunctionName}/code",
            &[("FunctionName", function_name)],
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
        method: "PUT",
        path_and_query,
        headers,
        body,
    })
}
/// The output: body members from the JSON body, the others from
/// the headers, the status or the raw body as AWS's model binds them.
fn parse(
    response: &crate::runtime::http::HttpResponse,
) -> ::std::result::Result<crate::types::FunctionConfiguration, ::std::string::String> {
    let body: &[u8] = if response.body.iter().all(u8::is_ascii_whitespace) {
        b"{}"
    } else {
        &response.body
    };
    let out: crate::types::FunctionConfiguration = crate::runtime::json::from_slice(
        body,
    )?;
    ::std::result::Result::Ok(out)
}
/// Errors of `UpdateFunctionCode`: one variant per error the spec or AWS's model lists, plus [`Unhandled`](UpdateFunctionCodeError::Unhandled).
#[derive(::std::fmt::Debug)]
#[non_exhaustive]
pub enum UpdateFunctionCodeError {
    /// The service returned `CodeSigningConfigNotFoundException`.
    CodeSigningConfigNotFoundException(
        crate::types::error::CodeSigningConfigNotFoundException,
    ),
    /// The service returned `CodeStorageExceededException`.
    CodeStorageExceededException(crate::types::error::CodeStorageExceededException),
    /// The service returned `CodeVerificationFailedException`.
    CodeVerificationFailedException(
        crate::types::error::CodeVerificationFailedException,
    ),
    /// The service returned `InvalidCodeSignatureException`.
    InvalidCodeSignatureException(crate::types::error::InvalidCodeSignatureException),
    /// The service returned `InvalidParameterValueException`.
    InvalidParameterValueException(crate::types::error::InvalidParameterValueException),
    /// The service returned `PreconditionFailedException`.
    PreconditionFailedException(crate::types::error::PreconditionFailedException),
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
impl crate::runtime::OperationError for UpdateFunctionCodeError {
    fn from_response(meta: crate::runtime::ErrorMetadata, body: &[u8]) -> Self {
        match meta.modelled_code() {
            ::std::option::Option::Some("CodeSigningConfigNotFoundException") => {
                Self::CodeSigningConfigNotFoundException(
                    <crate::types::error::CodeSigningConfigNotFoundException>::from_response(
                        meta,
                        body,
                    ),
                )
            }
            ::std::option::Option::Some("CodeStorageExceededException") => {
                Self::CodeStorageExceededException(
                    <crate::types::error::CodeStorageExceededException>::from_response(
                        meta,
                        body,
                    ),
                )
            }
            ::std::option::Option::Some("CodeVerificationFailedException") => {
                Self::CodeVerificationFailedException(
                    <crate::types::error::CodeVerificationFailedException>::from_response(
                        meta,
                        body,
                    ),
                )
            }
            ::std::option::Option::Some("InvalidCodeSignatureException") => {
                Self::InvalidCodeSignatureException(
                    <crate::types::error::InvalidCodeSignatureException>::from_response(
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
            ::std::option::Option::Some("PreconditionFailedException") => {
                Self::PreconditionFailedException(
                    <crate::types::error::PreconditionFailedException>::from_response(
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
            Self::CodeSigningConfigNotFoundException(e) => e.meta(),
            Self::CodeStorageExceededException(e) => e.meta(),
            Self::CodeVerificationFailedException(e) => e.meta(),
            Self::InvalidCodeSignatureException(e) => e.meta(),
            Self::InvalidParameterValueException(e) => e.meta(),
            Self::PreconditionFailedException(e) => e.meta(),
            Self::ResourceConflictException(e) => e.meta(),
            Self::ResourceNotFoundException(e) => e.meta(),
            Self::ServiceException(e) => e.meta(),
            Self::TooManyRequestsException(e) => e.meta(),
            Self::Unhandled(e) => e.meta(),
        }
    }
    fn with_attempts(mut self, attempts: u32) -> Self {
        match &mut self {
            Self::CodeSigningConfigNotFoundException(e) => e.meta.set_attempts(attempts),
            Self::CodeStorageExceededException(e) => e.meta.set_attempts(attempts),
            Self::CodeVerificationFailedException(e) => e.meta.set_attempts(attempts),
            Self::InvalidCodeSignatureException(e) => e.meta.set_attempts(attempts),
            Self::InvalidParameterValueException(e) => e.meta.set_attempts(attempts),
            Self::PreconditionFailedException(e) => e.meta.set_attempts(attempts),
            Self::ResourceConflictException(e) => e.meta.set_attempts(attempts),
            Self::ResourceNotFoundException(e) => e.meta.set_attempts(attempts),
            Self::ServiceException(e) => e.meta.set_attempts(attempts),
            Self::TooManyRequestsException(e) => e.meta.set_attempts(attempts),
            Self::Unhandled(e) => e.meta_mut().set_attempts(attempts),
        }
        self
    }
}
impl UpdateFunctionCodeError {
    /// Status, code, message and request id of the response.
    pub fn meta(&self) -> &crate::runtime::ErrorMetadata {
        crate::runtime::OperationError::meta(self)
    }
    /// The error code the service sent, if any.
    pub fn code(&self) -> ::std::option::Option<&str> {
        self.meta().code()
    }
}
impl ::std::fmt::Display for UpdateFunctionCodeError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::CodeSigningConfigNotFoundException(e) => ::std::fmt::Display::fmt(e, f),
            Self::CodeStorageExceededException(e) => ::std::fmt::Display::fmt(e, f),
            Self::CodeVerificationFailedException(e) => ::std::fmt::Display::fmt(e, f),
            Self::InvalidCodeSignatureException(e) => ::std::fmt::Display::fmt(e, f),
            Self::InvalidParameterValueException(e) => ::std::fmt::Display::fmt(e, f),
            Self::PreconditionFailedException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ResourceConflictException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ResourceNotFoundException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ServiceException(e) => ::std::fmt::Display::fmt(e, f),
            Self::TooManyRequestsException(e) => ::std::fmt::Display::fmt(e, f),
            Self::Unhandled(e) => ::std::fmt::Display::fmt(e, f),
        }
    }
}
impl ::std::error::Error for UpdateFunctionCodeError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::CodeSigningConfigNotFoundException(e) => ::std::option::Option::Some(e),
            Self::CodeStorageExceededException(e) => ::std::option::Option::Some(e),
            Self::CodeVerificationFailedException(e) => ::std::option::Option::Some(e),
            Self::InvalidCodeSignatureException(e) => ::std::option::Option::Some(e),
            Self::InvalidParameterValueException(e) => ::std::option::Option::Some(e),
            Self::PreconditionFailedException(e) => ::std::option::Option::Some(e),
            Self::ResourceConflictException(e) => ::std::option::Option::Some(e),
            Self::ResourceNotFoundException(e) => ::std::option::Option::Some(e),
            Self::ServiceException(e) => ::std::option::Option::Some(e),
            Self::TooManyRequestsException(e) => ::std::option::Option::Some(e),
            Self::Unhandled(e) => ::std::option::Option::Some(e),
        }
    }
}
