//! The `UpdateFunctionConfiguration` operation: see [`Client::update_function_configuration`](crate::Client::update_function_configuration).
const OPERATION: crate::runtime::operation::OperationSpec = crate::runtime::operation::OperationSpec {
    name: "UpdateFunctionConfiguration",
    target: "",
    host_prefix: ::std::option::Option::None,
    unsigned: false,
    endpoint_discovery: false,
    api_version_header: ::std::option::Option::None,
    min_attempt_timeout_secs: ::std::option::Option::None,
    partitions: &[],
};
/// Builds and sends a `UpdateFunctionConfiguration` request; see [`Client::update_function_configuration`](crate::Client::update_function_configuration).
#[derive(::std::clone::Clone, ::std::fmt::Debug)]
pub struct UpdateFunctionConfigurationFluentBuilder {
    handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    inner: crate::types::builders::UpdateFunctionConfigurationRequestBuilder,
}
impl UpdateFunctionConfigurationFluentBuilder {
    pub(crate) fn new(
        handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    ) -> Self {
        UpdateFunctionConfigurationFluentBuilder {
            handle,
            inner: ::std::default::Default::default(),
        }
    }
    /// The input built so far.
    pub fn as_input(
        &self,
    ) -> &crate::types::builders::UpdateFunctionConfigurationRequestBuilder {
        &self.inner
    }
    pub fn accelerator_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::AcceleratorConfig>,
    ) -> Self {
        self.inner = self.inner.accelerator_config(input);
        self
    }
    /// Sets or clears [`accelerator_config`](Self::accelerator_config).
    pub fn set_accelerator_config(
        mut self,
        input: ::std::option::Option<crate::types::AcceleratorConfig>,
    ) -> Self {
        self.inner = self.inner.set_accelerator_config(input);
        self
    }
    pub fn capacity_provider_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::CapacityProviderConfig>,
    ) -> Self {
        self.inner = self.inner.capacity_provider_config(input);
        self
    }
    /// Sets or clears [`capacity_provider_config`](Self::capacity_provider_config).
    pub fn set_capacity_provider_config(
        mut self,
        input: ::std::option::Option<crate::types::CapacityProviderConfig>,
    ) -> Self {
        self.inner = self.inner.set_capacity_provider_config(input);
        self
    }
    /// A dead-letter queue configuration that specifies the queue or topic where Lambda
    /// sends asynchronous events when they fail processing. For more information, see
    /// [Dead-letter
    /// queues](https://docs.aws.amazon.com/lambda/latest/dg/invocation-async.html#invocation-dlq).
    pub fn dead_letter_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::DeadLetterConfig>,
    ) -> Self {
        self.inner = self.inner.dead_letter_config(input);
        self
    }
    /// Sets or clears [`dead_letter_config`](Self::dead_letter_config).
    pub fn set_dead_letter_config(
        mut self,
        input: ::std::option::Option<crate::types::DeadLetterConfig>,
    ) -> Self {
        self.inner = self.inner.set_dead_letter_config(input);
        self
    }
    /// A description of the function.
    pub fn description(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.description(input);
        self
    }
    /// Sets or clears [`description`](Self::description).
    pub fn set_description(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_description(input);
        self
    }
    pub fn durable_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::DurableConfig>,
    ) -> Self {
        self.inner = self.inner.durable_config(input);
        self
    }
    /// Sets or clears [`durable_config`](Self::durable_config).
    pub fn set_durable_config(
        mut self,
        input: ::std::option::Option<crate::types::DurableConfig>,
    ) -> Self {
        self.inner = self.inner.set_durable_config(input);
        self
    }
    /// Environment variables that are accessible from function code during execution.
    pub fn environment(
        mut self,
        input: impl ::std::convert::Into<crate::types::Environment>,
    ) -> Self {
        self.inner = self.inner.environment(input);
        self
    }
    /// Sets or clears [`environment`](Self::environment).
    pub fn set_environment(
        mut self,
        input: ::std::option::Option<crate::types::Environment>,
    ) -> Self {
        self.inner = self.inner.set_environment(input);
        self
    }
    /// The size of the function's `/tmp` directory in MB. The default value is 512, but
    /// can be any whole number between 512 and 10,240 MB.
    pub fn ephemeral_storage(
        mut self,
        input: impl ::std::convert::Into<crate::types::EphemeralStorage>,
    ) -> Self {
        self.inner = self.inner.ephemeral_storage(input);
        self
    }
    /// Sets or clears [`ephemeral_storage`](Self::ephemeral_storage).
    pub fn set_ephemeral_storage(
        mut self,
        input: ::std::option::Option<crate::types::EphemeralStorage>,
    ) -> Self {
        self.inner = self.inner.set_ephemeral_storage(input);
        self
    }
    /// Connection settings for an Amazon EFS file system.
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn file_system_configs(
        mut self,
        input: impl ::std::convert::Into<crate::types::FileSystemConfig>,
    ) -> Self {
        self.inner = self.inner.file_system_configs(input);
        self
    }
    /// Sets or clears [`file_system_configs`](Self::file_system_configs).
    pub fn set_file_system_configs(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::FileSystemConfig>>,
    ) -> Self {
        self.inner = self.inner.set_file_system_configs(input);
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
    /// The name of the method within your code that Lambda calls to run your function.
    /// Handler is required if the deployment package is a .zip file archive. The format
    /// includes the file name. It can also include namespaces and other qualifiers,
    /// depending on the runtime. For more information, see [Lambda programming
    /// model](https://docs.aws.amazon.com/lambda/latest/dg/foundation-progmodel.html).
    pub fn handler(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.handler(input);
        self
    }
    /// Sets or clears [`handler`](Self::handler).
    pub fn set_handler(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_handler(input);
        self
    }
    /// [Container image configuration
    /// values](https://docs.aws.amazon.com/lambda/latest/dg/images-parms.html) that
    /// override the values in the container image Docker file.
    pub fn image_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::ImageConfig>,
    ) -> Self {
        self.inner = self.inner.image_config(input);
        self
    }
    /// Sets or clears [`image_config`](Self::image_config).
    pub fn set_image_config(
        mut self,
        input: ::std::option::Option<crate::types::ImageConfig>,
    ) -> Self {
        self.inner = self.inner.set_image_config(input);
        self
    }
    /// The ARN of the Key Management Service (KMS) customer managed key that's used to
    /// encrypt your function's [environment
    /// variables](https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html#configuration-envvars-encryption).
    /// When [Lambda
    /// SnapStart](https://docs.aws.amazon.com/lambda/latest/dg/snapstart-security.html)
    /// is activated, Lambda also uses this key is to encrypt your function's snapshot.
    /// If you deploy your function using a container image, Lambda also uses this key
    /// to encrypt your function when it's deployed. Note that this is not the same key
    /// that's used to protect your container image in the Amazon Elastic Container
    /// Registry (Amazon ECR). If you don't provide a customer managed key, Lambda uses
    /// a default service key.
    pub fn kms_key_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.kms_key_arn(input);
        self
    }
    /// Sets or clears [`kms_key_arn`](Self::kms_key_arn).
    pub fn set_kms_key_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_kms_key_arn(input);
        self
    }
    /// A list of [function
    /// layers](https://docs.aws.amazon.com/lambda/latest/dg/configuration-layers.html)
    /// to add to the function's execution environment. Specify each layer by its ARN,
    /// including the version.
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn layers(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.layers(input);
        self
    }
    /// Sets or clears [`layers`](Self::layers).
    pub fn set_layers(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.inner = self.inner.set_layers(input);
        self
    }
    pub fn logging_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::LoggingConfig>,
    ) -> Self {
        self.inner = self.inner.logging_config(input);
        self
    }
    /// Sets or clears [`logging_config`](Self::logging_config).
    pub fn set_logging_config(
        mut self,
        input: ::std::option::Option<crate::types::LoggingConfig>,
    ) -> Self {
        self.inner = self.inner.set_logging_config(input);
        self
    }
    /// The amount of [memory available to the
    /// function](https://docs.aws.amazon.com/lambda/latest/dg/configuration-function-common.html#configuration-memory-console)
    /// at runtime. Increasing the function memory also increases its CPU allocation.
    /// The default value is 128 MB. The value can be any multiple of 1 MB.
    pub fn memory_size(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.inner = self.inner.memory_size(input);
        self
    }
    /// Sets or clears [`memory_size`](Self::memory_size).
    pub fn set_memory_size(mut self, input: ::std::option::Option<i64>) -> Self {
        self.inner = self.inner.set_memory_size(input);
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
    /// The Amazon Resource Name (ARN) of the function's execution role.
    pub fn role(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.role(input);
        self
    }
    /// Sets or clears [`role`](Self::role).
    pub fn set_role(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_role(input);
        self
    }
    /// The identifier of the function's
    /// [runtime](https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html).
    /// Runtime is required if the deployment package is a .zip file archive.
    ///
    /// The following list includes deprecated runtimes. For more information, see
    /// [Runtime deprecation
    /// policy](https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html#runtime-support-policy).
    pub fn runtime(
        mut self,
        input: impl ::std::convert::Into<crate::types::Runtime>,
    ) -> Self {
        self.inner = self.inner.runtime(input);
        self
    }
    /// Sets or clears [`runtime`](Self::runtime).
    pub fn set_runtime(
        mut self,
        input: ::std::option::Option<crate::types::Runtime>,
    ) -> Self {
        self.inner = self.inner.set_runtime(input);
        self
    }
    pub fn runtime_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::FunctionRuntimeConfig>,
    ) -> Self {
        self.inner = self.inner.runtime_config(input);
        self
    }
    /// Sets or clears [`runtime_config`](Self::runtime_config).
    pub fn set_runtime_config(
        mut self,
        input: ::std::option::Option<crate::types::FunctionRuntimeConfig>,
    ) -> Self {
        self.inner = self.inner.set_runtime_config(input);
        self
    }
    /// The function's
    /// [SnapStart](https://docs.aws.amazon.com/lambda/latest/dg/snapstart.html)
    /// setting.
    pub fn snap_start(
        mut self,
        input: impl ::std::convert::Into<crate::types::SnapStart>,
    ) -> Self {
        self.inner = self.inner.snap_start(input);
        self
    }
    /// Sets or clears [`snap_start`](Self::snap_start).
    pub fn set_snap_start(
        mut self,
        input: ::std::option::Option<crate::types::SnapStart>,
    ) -> Self {
        self.inner = self.inner.set_snap_start(input);
        self
    }
    /// The amount of time (in seconds) that Lambda allows a function to run before
    /// stopping it. The default is 3 seconds. The maximum allowed value is 900 seconds.
    /// For more information, see [Lambda execution
    /// environment](https://docs.aws.amazon.com/lambda/latest/dg/runtimes-context.html).
    pub fn timeout(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.inner = self.inner.timeout(input);
        self
    }
    /// Sets or clears [`timeout`](Self::timeout).
    pub fn set_timeout(mut self, input: ::std::option::Option<i64>) -> Self {
        self.inner = self.inner.set_timeout(input);
        self
    }
    /// Set `Mode` to `Active` to sample and trace a subset of incoming requests with
    /// [X-Ray](https://docs.aws.amazon.com/lambda/latest/dg/services-xray.html).
    pub fn tracing_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::TracingConfig>,
    ) -> Self {
        self.inner = self.inner.tracing_config(input);
        self
    }
    /// Sets or clears [`tracing_config`](Self::tracing_config).
    pub fn set_tracing_config(
        mut self,
        input: ::std::option::Option<crate::types::TracingConfig>,
    ) -> Self {
        self.inner = self.inner.set_tracing_config(input);
        self
    }
    /// For network connectivity to Amazon Web Services resources in a VPC, specify a
    /// list of security groups and subnets in the VPC. When you connect a function to a
    /// VPC, it can access resources and the internet only through that VPC. For more
    /// information, see [Configuring a Lambda function to access resources in a
    /// VPC](https://docs.aws.amazon.com/lambda/latest/dg/configuration-vpc.html).
    pub fn vpc_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::VpcConfig>,
    ) -> Self {
        self.inner = self.inner.vpc_config(input);
        self
    }
    /// Sets or clears [`vpc_config`](Self::vpc_config).
    pub fn set_vpc_config(
        mut self,
        input: ::std::option::Option<crate::types::VpcConfig>,
    ) -> Self {
        self.inner = self.inner.set_vpc_config(input);
        self
    }
    /// Sends the request.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::types::FunctionConfiguration,
        crate::runtime::SdkError<UpdateFunctionConfigurationError>,
    > {
        let input = self.inner.build().map_err(crate::runtime::SdkError::Construction)?;
        let parts = request(&input).map_err(crate::runtime::SdkError::Dispatch)?;
        self.handle
            .invoke_rest::<
                crate::types::FunctionConfiguration,
                UpdateFunctionConfigurationError,
            >(&OPERATION, parts, parse)
            .await
    }
}
/// The request: labels, query, headers and body as AWS's model binds them.
fn request(
    input: &crate::types::UpdateFunctionConfigurationRequest,
) -> ::std::result::Result<
    crate::runtime::operation::RequestParts,
    crate::runtime::DispatchError,
> {
    let function_name: &str = &input.function_name;
    let query = crate::runtime::rest::QueryParams::new();
    let path_and_query = crate::runtime::rest::build_uri(
            "/2015-03-31/functions/{FunctionName}/configuration",
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
/// Errors of `UpdateFunctionConfiguration`: one variant per error the spec or AWS's model lists, plus [`Unhandled`](UpdateFunctionConfigurationError::Unhandled).
#[derive(::std::fmt::Debug)]
#[non_exhaustive]
pub enum UpdateFunctionConfigurationError {
    /// The service returned `CodeSigningConfigNotFoundException`.
    CodeSigningConfigNotFoundException(
        crate::types::error::CodeSigningConfigNotFoundException,
    ),
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
impl crate::runtime::OperationError for UpdateFunctionConfigurationError {
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
impl UpdateFunctionConfigurationError {
    /// Status, code, message and request id of the response.
    pub fn meta(&self) -> &crate::runtime::ErrorMetadata {
        crate::runtime::OperationError::meta(self)
    }
    /// The error code the service sent, if any.
    pub fn code(&self) -> ::std::option::Option<&str> {
        self.meta().code()
    }
}
impl ::std::fmt::Display for UpdateFunctionConfigurationError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::CodeSigningConfigNotFoundException(e) => ::std::fmt::Display::fmt(e, f),
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
impl ::std::error::Error for UpdateFunctionConfigurationError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::CodeSigningConfigNotFoundException(e) => ::std::option::Option::Some(e),
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
