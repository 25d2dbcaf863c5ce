//! The `AddPermission` operation: see [`Client::add_permission`](crate::Client::add_permission).
const OPERATION: crate::runtime::operation::OperationSpec = crate::runtime::operation::OperationSpec {
    name: "AddPermission",
    target: "",
    host_prefix: ::std::option::Option::None,
    unsigned: false,
    endpoint_discovery: false,
    api_version_header: ::std::option::Option::None,
    min_attempt_timeout_secs: ::std::option::Option::None,
    partitions: &[],
};
/// Builds and sends a `AddPermission` request; see [`Client::add_permission`](crate::Client::add_permission).
#[derive(::std::clone::Clone, ::std::fmt::Debug)]
pub struct AddPermissionFluentBuilder {
    handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    inner: crate::types::builders::AddPermissionRequestBuilder,
}
impl AddPermissionFluentBuilder {
    pub(crate) fn new(
        handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    ) -> Self {
        AddPermissionFluentBuilder {
            handle,
            inner: ::std::default::Default::default(),
        }
    }
    /// The input built so far.
    pub fn as_input(&self) -> &crate::types::builders::AddPermissionRequestBuilder {
        &self.inner
    }
    /// The action that the principal can use on the function. For example,
    /// `lambda:InvokeFunction` or `lambda:GetFunction`.
    pub fn action(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.action(input);
        self
    }
    /// Sets or clears [`action`](Self::action).
    pub fn set_action(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_action(input);
        self
    }
    /// For Alexa Smart Home functions, a token that the invoker must supply.
    pub fn event_source_token(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.event_source_token(input);
        self
    }
    /// Sets or clears [`event_source_token`](Self::event_source_token).
    pub fn set_event_source_token(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_event_source_token(input);
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
    /// The type of authentication that your function URL uses. Set to `AWS_IAM` if you
    /// want to restrict access to authenticated users only. Set to `NONE` if you want
    /// to bypass IAM authentication to create a public endpoint. For more information,
    /// see [Security and auth model for Lambda function
    /// URLs](https://docs.aws.amazon.com/lambda/latest/dg/urls-auth.html).
    pub fn function_url_auth_type(
        mut self,
        input: impl ::std::convert::Into<crate::types::FunctionUrlAuthType>,
    ) -> Self {
        self.inner = self.inner.function_url_auth_type(input);
        self
    }
    /// Sets or clears [`function_url_auth_type`](Self::function_url_auth_type).
    pub fn set_function_url_auth_type(
        mut self,
        input: ::std::option::Option<crate::types::FunctionUrlAuthType>,
    ) -> Self {
        self.inner = self.inner.set_function_url_auth_type(input);
        self
    }
    pub fn invoked_via_function_url(
        mut self,
        input: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.inner = self.inner.invoked_via_function_url(input);
        self
    }
    /// Sets or clears [`invoked_via_function_url`](Self::invoked_via_function_url).
    pub fn set_invoked_via_function_url(
        mut self,
        input: ::std::option::Option<bool>,
    ) -> Self {
        self.inner = self.inner.set_invoked_via_function_url(input);
        self
    }
    /// The Amazon Web Service or Amazon Web Services account that invokes the function.
    /// If you specify a service, use `SourceArn` or `SourceAccount` to limit who can
    /// invoke the function through that service.
    pub fn principal(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.principal(input);
        self
    }
    /// Sets or clears [`principal`](Self::principal).
    pub fn set_principal(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_principal(input);
        self
    }
    /// The identifier for your organization in Organizations. Use this to grant
    /// permissions to all the Amazon Web Services accounts under this organization.
    pub fn principal_org_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.principal_org_id(input);
        self
    }
    /// Sets or clears [`principal_org_id`](Self::principal_org_id).
    pub fn set_principal_org_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_principal_org_id(input);
        self
    }
    /// Specify a version or alias to add permissions to a published version of the
    /// function.
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
    /// Update the policy only if the revision ID matches the ID that's specified. Use
    /// this option to avoid modifying a policy that has changed since you last read it.
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
    /// For Amazon Web Service, the ID of the Amazon Web Services account that owns the
    /// resource. Use this together with `SourceArn` to ensure that the specified
    /// account owns the resource. It is possible for an Amazon S3 bucket to be deleted
    /// by its owner and recreated by another account.
    pub fn source_account(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.source_account(input);
        self
    }
    /// Sets or clears [`source_account`](Self::source_account).
    pub fn set_source_account(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_source_account(input);
        self
    }
    /// For Amazon Web Services, the ARN of the Amazon Web Services resource that
    /// invokes the function. For example, an Amazon S3 bucket or Amazon SNS topic.
    ///
    /// Note that Lambda configures the comparison using the `StringLike` operator.
    pub fn source_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.source_arn(input);
        self
    }
    /// Sets or clears [`source_arn`](Self::source_arn).
    pub fn set_source_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_source_arn(input);
        self
    }
    /// A statement identifier that differentiates the statement from others in the same
    /// policy.
    pub fn statement_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.statement_id(input);
        self
    }
    /// Sets or clears [`statement_id`](Self::statement_id).
    pub fn set_statement_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_statement_id(input);
        self
    }
    /// Sends the request.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::types::AddPermissionResponse,
        crate::runtime::SdkError<AddPermissionError>,
    > {
        let input = self.inner.build().map_err(crate::runtime::SdkError::Construction)?;
        let parts = request(&input).map_err(crate::runtime::SdkError::Dispatch)?;
        self.handle
            .invoke_rest::<
                crate::types::AddPermissionResponse,
                AddPermissionError,
            >(&OPERATION, parts, parse)
            .await
    }
}
/// The request: labels, query, headers and body as AWS's model binds them.
fn request(
    input: &crate::types::AddPermissionRequest,
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
            "/2015-03-31/functions/{FunctionName}/policy",
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
) -> ::std::result::Result<crate::types::AddPermissionResponse, ::std::string::String> {
    let body: &[u8] = if response.body.iter().all(u8::is_ascii_whitespace) {
        b"{}"
    } else {
        &response.body
    };
    let out: crate::types::AddPermissionResponse = crate::runtime::json::from_slice(
        body,
    )?;
    ::std::result::Result::Ok(out)
}
/// Errors of `AddPermission`: one variant per error the spec or AWS's model lists, plus [`Unhandled`](AddPermissionError::Unhandled).
#[derive(::std::fmt::Debug)]
#[non_exhaustive]
pub enum AddPermissionError {
    /// The service returned `InvalidParameterValueException`.
    InvalidParameterValueException(crate::types::error::InvalidParameterValueException),
    /// The service returned `PolicyLengthExceededException`.
    PolicyLengthExceededException(crate::types::error::PolicyLengthExceededException),
    /// The service returned `PreconditionFailedException`.
    PreconditionFailedException(crate::types::error::PreconditionFailedException),
    /// The service returned `PublicPolicyException`.
    PublicPolicyException(crate::types::error::PublicPolicyException),
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
impl crate::runtime::OperationError for AddPermissionError {
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
            ::std::option::Option::Some("PolicyLengthExceededException") => {
                Self::PolicyLengthExceededException(
                    <crate::types::error::PolicyLengthExceededException>::from_response(
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
            ::std::option::Option::Some("PublicPolicyException") => {
                Self::PublicPolicyException(
                    <crate::types::error::PublicPolicyException>::from_response(
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
            Self::PolicyLengthExceededException(e) => e.meta(),
            Self::PreconditionFailedException(e) => e.meta(),
            Self::PublicPolicyException(e) => e.meta(),
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
            Self::PolicyLengthExceededException(e) => e.meta.set_attempts(attempts),
            Self::PreconditionFailedException(e) => e.meta.set_attempts(attempts),
            Self::PublicPolicyException(e) => e.meta.set_attempts(attempts),
            Self::ResourceConflictException(e) => e.meta.set_attempts(attempts),
            Self::ResourceNotFoundException(e) => e.meta.set_attempts(attempts),
            Self::ServiceException(e) => e.meta.set_attempts(attempts),
            Self::TooManyRequestsException(e) => e.meta.set_attempts(attempts),
            Self::Unhandled(e) => e.meta_mut().set_attempts(attempts),
        }
        self
    }
}
impl AddPermissionError {
    /// Status, code, message and request id of the response.
    pub fn meta(&self) -> &crate::runtime::ErrorMetadata {
        crate::runtime::OperationError::meta(self)
    }
    /// The error code the service sent, if any.
    pub fn code(&self) -> ::std::option::Option<&str> {
        self.meta().code()
    }
}
impl ::std::fmt::Display for AddPermissionError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::InvalidParameterValueException(e) => ::std::fmt::Display::fmt(e, f),
            Self::PolicyLengthExceededException(e) => ::std::fmt::Display::fmt(e, f),
            Self::PreconditionFailedException(e) => ::std::fmt::Display::fmt(e, f),
            Self::PublicPolicyException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ResourceConflictException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ResourceNotFoundException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ServiceException(e) => ::std::fmt::Display::fmt(e, f),
            Self::TooManyRequestsException(e) => ::std::fmt::Display::fmt(e, f),
            Self::Unhandled(e) => ::std::fmt::Display::fmt(e, f),
        }
    }
}
impl ::std::error::Error for AddPermissionError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::InvalidParameterValueException(e) => ::std::option::Option::Some(e),
            Self::PolicyLengthExceededException(e) => ::std::option::Option::Some(e),
            Self::PreconditionFailedException(e) => ::std::option::Option::Some(e),
            Self::PublicPolicyException(e) => ::std::option::Option::Some(e),
            Self::ResourceConflictException(e) => ::std::option::Option::Some(e),
            Self::ResourceNotFoundException(e) => ::std::option::Option::Some(e),
            Self::ServiceException(e) => ::std::option::Option::Some(e),
            Self::TooManyRequestsException(e) => ::std::option::Option::Some(e),
            Self::Unhandled(e) => ::std::option::Option::Some(e),
        }
    }
}
