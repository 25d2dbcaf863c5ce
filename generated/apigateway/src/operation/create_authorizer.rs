//! The `CreateAuthorizer` operation: see [`Client::create_authorizer`](crate::Client::create_authorizer).
const OPERATION: crate::runtime::operation::OperationSpec = crate::runtime::operation::OperationSpec {
    name: "CreateAuthorizer",
    target: "",
    host_prefix: ::std::option::Option::None,
    unsigned: false,
    endpoint_discovery: false,
    api_version_header: ::std::option::Option::None,
    min_attempt_timeout_secs: ::std::option::Option::None,
    partitions: &[],
};
/// Builds and sends a `CreateAuthorizer` request; see [`Client::create_authorizer`](crate::Client::create_authorizer).
#[derive(::std::clone::Clone, ::std::fmt::Debug)]
pub struct CreateAuthorizerFluentBuilder {
    handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    inner: crate::types::builders::CreateAuthorizerRequestBuilder,
}
impl CreateAuthorizerFluentBuilder {
    pub(crate) fn new(
        handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    ) -> Self {
        CreateAuthorizerFluentBuilder {
            handle,
            inner: ::std::default::Default::default(),
        }
    }
    /// The input built so far.
    pub fn as_input(&self) -> &crate::types::builders::CreateAuthorizerRequestBuilder {
        &self.inner
    }
    /// Optional customer-defined field, used in OpenAPI imports and exports without
    /// functional impact.
    pub fn auth_type(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.auth_type(input);
        self
    }
    /// Sets or clears [`auth_type`](Self::auth_type).
    pub fn set_auth_type(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_auth_type(input);
        self
    }
    /// Specifies the required credentials as an IAM role for API Gateway to invoke the
    /// authorizer. To specify an IAM role for API Gateway to assume, use the role's
    /// Amazon Resource Name (ARN). To use resource-based permissions on the Lambda
    /// function, specify null.
    pub fn authorizer_credentials(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.authorizer_credentials(input);
        self
    }
    /// Sets or clears [`authorizer_credentials`](Self::authorizer_credentials).
    pub fn set_authorizer_credentials(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_authorizer_credentials(input);
        self
    }
    /// The TTL in seconds of cached authorizer results. If it equals 0, authorization
    /// caching is disabled. If it is greater than 0, API Gateway will cache authorizer
    /// responses. If this field is not set, the default value is 300. The maximum value
    /// is 3600, or 1 hour.
    pub fn authorizer_result_ttl_in_seconds(
        mut self,
        input: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.inner = self.inner.authorizer_result_ttl_in_seconds(input);
        self
    }
    /// Sets or clears [`authorizer_result_ttl_in_seconds`](Self::authorizer_result_ttl_in_seconds).
    pub fn set_authorizer_result_ttl_in_seconds(
        mut self,
        input: ::std::option::Option<i64>,
    ) -> Self {
        self.inner = self.inner.set_authorizer_result_ttl_in_seconds(input);
        self
    }
    /// Specifies the authorizer's Uniform Resource Identifier (URI). For `TOKEN` or
    /// `REQUEST` authorizers, this must be a well-formed Lambda function URI, for
    /// example,
    /// `arn:aws:apigateway:us-west-2:lambda:path/2015-03-31/functions/arn:aws:lambda:us-west-2:{account_id}:function:{lambda_function_name}/invocations`.
    /// In general, the URI has this form
    /// `arn:aws:apigateway:{region}:lambda:path/{service_api}`, where `{region}` is the
    /// same as the region hosting the Lambda function, `path` indicates that the
    /// remaining substring in the URI should be treated as the path to the resource,
    /// including the initial `/`. For Lambda functions, this is usually of the form
    /// `/2015-03-31/functions/[FunctionARN]/invocations`.
    pub fn authorizer_uri(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.authorizer_uri(input);
        self
    }
    /// Sets or clears [`authorizer_uri`](Self::authorizer_uri).
    pub fn set_authorizer_uri(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_authorizer_uri(input);
        self
    }
    /// The identity source for which authorization is requested. For a `TOKEN` or
    /// `COGNITO_USER_POOLS` authorizer, this is required and specifies the request
    /// header mapping expression for the custom header holding the authorization token
    /// submitted by the client. For example, if the token header name is `Auth`, the
    /// header mapping expression is `method.request.header.Auth`. For the `REQUEST`
    /// authorizer, this is required when authorization caching is enabled. The value is
    /// a comma-separated string of one or more mapping expressions of the specified
    /// request parameters. For example, if an `Auth` header, a `Name` query string
    /// parameter are defined as identity sources, this value is
    /// `method.request.header.Auth, method.request.querystring.Name`. These parameters
    /// will be used to derive the authorization caching key and to perform runtime
    /// validation of the `REQUEST` authorizer by verifying all of the identity-related
    /// request parameters are present, not null and non-empty. Only when this is true
    /// does the authorizer invoke the authorizer Lambda function, otherwise, it returns
    /// a 401 Unauthorized response without calling the Lambda function. The valid value
    /// is a string of comma-separated mapping expressions of the specified request
    /// parameters. When the authorization caching is not enabled, this property is
    /// optional.
    pub fn identity_source(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.identity_source(input);
        self
    }
    /// Sets or clears [`identity_source`](Self::identity_source).
    pub fn set_identity_source(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_identity_source(input);
        self
    }
    /// A validation expression for the incoming identity token. For `TOKEN`
    /// authorizers, this value is a regular expression. For `COGNITO_USER_POOLS`
    /// authorizers, API Gateway will match the `aud` field of the incoming token from
    /// the client against the specified regular expression. It will invoke the
    /// authorizer's Lambda function when there is a match. Otherwise, it will return a
    /// 401 Unauthorized response without calling the Lambda function. The validation
    /// expression does not apply to the `REQUEST` authorizer.
    pub fn identity_validation_expression(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.identity_validation_expression(input);
        self
    }
    /// Sets or clears [`identity_validation_expression`](Self::identity_validation_expression).
    pub fn set_identity_validation_expression(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_identity_validation_expression(input);
        self
    }
    pub fn jwt_configuration(
        mut self,
        input: impl ::std::convert::Into<crate::types::JwtConfigurationInput>,
    ) -> Self {
        self.inner = self.inner.jwt_configuration(input);
        self
    }
    /// Sets or clears [`jwt_configuration`](Self::jwt_configuration).
    pub fn set_jwt_configuration(
        mut self,
        input: ::std::option::Option<crate::types::JwtConfigurationInput>,
    ) -> Self {
        self.inner = self.inner.set_jwt_configuration(input);
        self
    }
    /// The name of the authorizer.
    pub fn name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.name(input);
        self
    }
    /// Sets or clears [`name`](Self::name).
    pub fn set_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_name(input);
        self
    }
    /// A list of the Amazon Cognito user pool ARNs for the `COGNITO_USER_POOLS`
    /// authorizer. Each element is of this format:
    /// `arn:aws:cognito-idp:{region}:{account_id}:userpool/{user_pool_id}`. For a
    /// `TOKEN` or `REQUEST` authorizer, this is not defined.
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn provider_ar_ns(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.provider_ar_ns(input);
        self
    }
    /// Sets or clears [`provider_ar_ns`](Self::provider_ar_ns).
    pub fn set_provider_ar_ns(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.inner = self.inner.set_provider_ar_ns(input);
        self
    }
    /// The string identifier of the associated RestApi.
    pub fn rest_api_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.rest_api_id(input);
        self
    }
    /// Sets or clears [`rest_api_id`](Self::rest_api_id).
    pub fn set_rest_api_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_rest_api_id(input);
        self
    }
    /// The authorizer type. Valid values are `TOKEN` for a Lambda function using a
    /// single authorization token submitted in a custom header, `REQUEST` for a Lambda
    /// function using incoming request parameters, and `COGNITO_USER_POOLS` for using
    /// an Amazon Cognito user pool.
    pub fn r#type(
        mut self,
        input: impl ::std::convert::Into<crate::types::AuthorizerType>,
    ) -> Self {
        self.inner = self.inner.r#type(input);
        self
    }
    /// Sets or clears [`type`](Self::type).
    pub fn set_type(
        mut self,
        input: ::std::option::Option<crate::types::AuthorizerType>,
    ) -> Self {
        self.inner = self.inner.set_type(input);
        self
    }
    /// Sends the request.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::types::Authorizer,
        crate::runtime::SdkError<CreateAuthorizerError>,
    > {
        let input = self.inner.build().map_err(crate::runtime::SdkError::Construction)?;
        let parts = request(&input).map_err(crate::runtime::SdkError::Dispatch)?;
        self.handle
            .invoke_rest::<
                crate::types::Authorizer,
                CreateAuthorizerError,
            >(&OPERATION, parts, parse)
            .await
    }
}
/// The request: labels, query, headers and body as AWS's model binds them.
fn request(
    input: &crate::types::CreateAuthorizerRequest,
) -> ::std::result::Result<
    crate::runtime::operation::RequestParts,
    crate::runtime::DispatchError,
> {
    let rest_api_id: &str = &input.rest_api_id;
    let query = crate::runtime::rest::QueryParams::new();
    let path_and_query = crate::runtime::rest::build_uri(
            "/restapis/{restapi_id}/authorizers",
            &[("restapi_id", rest_api_id)],
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
    crate::runtime::rest::default_header(&mut headers, "Accept", "application/json");
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
) -> ::std::result::Result<crate::types::Authorizer, ::std::string::String> {
    let body: &[u8] = if response.body.iter().all(u8::is_ascii_whitespace) {
        b"{}"
    } else {
        &response.body
    };
    let out: crate::types::Authorizer = crate::runtime::json::from_slice(body)?;
    ::std::result::Result::Ok(out)
}
/// Errors of `CreateAuthorizer`: one variant per error the spec or AWS's model lists, plus [`Unhandled`](CreateAuthorizerError::Unhandled).
#[derive(::std::fmt::Debug)]
#[non_exhaustive]
pub enum CreateAuthorizerError {
    /// The service returned `BadRequestException`.
    BadRequestException(crate::types::error::BadRequestException),
    /// The service returned `ConflictException`.
    ConflictException(crate::types::error::ConflictException),
    /// The service returned `LimitExceededException`.
    LimitExceededException(crate::types::error::LimitExceededException),
    /// The service returned `NotFoundException`.
    NotFoundException(crate::types::error::NotFoundException),
    /// The service returned `TooManyRequestsException`.
    TooManyRequestsException(crate::types::error::TooManyRequestsException),
    /// The service returned `UnauthorizedException`.
    UnauthorizedException(crate::types::error::UnauthorizedException),
    /// An error neither the spec nor AWS's model lists for this
    /// operation (the code, message, HTTP status and request id are kept).
    Unhandled(crate::runtime::Unhandled),
}
impl crate::runtime::OperationError for CreateAuthorizerError {
    fn from_response(meta: crate::runtime::ErrorMetadata, body: &[u8]) -> Self {
        match meta.modelled_code() {
            ::std::option::Option::Some("BadRequestException") => {
                Self::BadRequestException(
                    <crate::types::error::BadRequestException>::from_response(meta, body),
                )
            }
            ::std::option::Option::Some("ConflictException") => {
                Self::ConflictException(
                    <crate::types::error::ConflictException>::from_response(meta, body),
                )
            }
            ::std::option::Option::Some("LimitExceededException") => {
                Self::LimitExceededException(
                    <crate::types::error::LimitExceededException>::from_response(
                        meta,
                        body,
                    ),
                )
            }
            ::std::option::Option::Some("NotFoundException") => {
                Self::NotFoundException(
                    <crate::types::error::NotFoundException>::from_response(meta, body),
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
            ::std::option::Option::Some("UnauthorizedException") => {
                Self::UnauthorizedException(
                    <crate::types::error::UnauthorizedException>::from_response(
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
            Self::BadRequestException(e) => e.meta(),
            Self::ConflictException(e) => e.meta(),
            Self::LimitExceededException(e) => e.meta(),
            Self::NotFoundException(e) => e.meta(),
            Self::TooManyRequestsException(e) => e.meta(),
            Self::UnauthorizedException(e) => e.meta(),
            Self::Unhandled(e) => e.meta(),
        }
    }
    fn with_attempts(mut self, attempts: u32) -> Self {
        match &mut self {
            Self::BadRequestException(e) => e.meta.set_attempts(attempts),
            Self::ConflictException(e) => e.meta.set_attempts(attempts),
            Self::LimitExceededException(e) => e.meta.set_attempts(attempts),
            Self::NotFoundException(e) => e.meta.set_attempts(attempts),
            Self::TooManyRequestsException(e) => e.meta.set_attempts(attempts),
            Self::UnauthorizedException(e) => e.meta.set_attempts(attempts),
            Self::Unhandled(e) => e.meta_mut().set_attempts(attempts),
        }
        self
    }
}
impl CreateAuthorizerError {
    /// Status, code, message and request id of the response.
    pub fn meta(&self) -> &crate::runtime::ErrorMetadata {
        crate::runtime::OperationError::meta(self)
    }
    /// The error code the service sent, if any.
    pub fn code(&self) -> ::std::option::Option<&str> {
        self.meta().code()
    }
}
impl ::std::fmt::Display for CreateAuthorizerError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::BadRequestException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ConflictException(e) => ::std::fmt::Display::fmt(e, f),
            Self::LimitExceededException(e) => ::std::fmt::Display::fmt(e, f),
            Self::NotFoundException(e) => ::std::fmt::Display::fmt(e, f),
            Self::TooManyRequestsException(e) => ::std::fmt::Display::fmt(e, f),
            Self::UnauthorizedException(e) => ::std::fmt::Display::fmt(e, f),
            Self::Unhandled(e) => ::std::fmt::Display::fmt(e, f),
        }
    }
}
impl ::std::error::Error for CreateAuthorizerError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::BadRequestException(e) => ::std::option::Option::Some(e),
            Self::ConflictException(e) => ::std::option::Option::Some(e),
            Self::LimitExceededException(e) => ::std::option::Option::Some(e),
            Self::NotFoundException(e) => ::std::option::Option::Some(e),
            Self::TooManyRequestsException(e) => ::std::option::Option::Some(e),
            Self::UnauthorizedException(e) => ::std::option::Option::Some(e),
            Self::Unhandled(e) => ::std::option::Option::Some(e),
        }
    }
}
