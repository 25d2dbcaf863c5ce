//! The `CreateRestApi` operation: see [`Client::create_rest_api`](crate::Client::create_rest_api).
const OPERATION: crate::runtime::operation::OperationSpec = crate::runtime::operation::OperationSpec {
    name: "CreateRestApi",
    target: "",
    host_prefix: ::std::option::Option::None,
    unsigned: false,
    endpoint_discovery: false,
    api_version_header: ::std::option::Option::None,
    min_attempt_timeout_secs: ::std::option::Option::None,
    partitions: &[],
};
/// Builds and sends a `CreateRestApi` request; see [`Client::create_rest_api`](crate::Client::create_rest_api).
#[derive(::std::clone::Clone, ::std::fmt::Debug)]
pub struct CreateRestApiFluentBuilder {
    handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    inner: crate::types::builders::CreateRestApiRequestBuilder,
}
impl CreateRestApiFluentBuilder {
    pub(crate) fn new(
        handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    ) -> Self {
        CreateRestApiFluentBuilder {
            handle,
            inner: ::std::default::Default::default(),
        }
    }
    /// The input built so far.
    pub fn as_input(&self) -> &crate::types::builders::CreateRestApiRequestBuilder {
        &self.inner
    }
    /// The source of the API key for metering requests according to a usage plan. Valid
    /// values are: >`HEADER` to read the API key from the `X-API-Key` header of a
    /// request. `AUTHORIZER` to read the API key from the `UsageIdentifierKey` from a
    /// custom authorizer.
    pub fn api_key_source(
        mut self,
        input: impl ::std::convert::Into<crate::types::ApiKeySourceType>,
    ) -> Self {
        self.inner = self.inner.api_key_source(input);
        self
    }
    /// Sets or clears [`api_key_source`](Self::api_key_source).
    pub fn set_api_key_source(
        mut self,
        input: ::std::option::Option<crate::types::ApiKeySourceType>,
    ) -> Self {
        self.inner = self.inner.set_api_key_source(input);
        self
    }
    /// The list of binary media types supported by the RestApi. By default, the RestApi
    /// supports only UTF-8-encoded text payloads.
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn binary_media_types(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.binary_media_types(input);
        self
    }
    /// Sets or clears [`binary_media_types`](Self::binary_media_types).
    pub fn set_binary_media_types(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.inner = self.inner.set_binary_media_types(input);
        self
    }
    /// The ID of the RestApi that you want to clone from.
    pub fn clone_from(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.clone_from(input);
        self
    }
    /// Sets or clears [`clone_from`](Self::clone_from).
    pub fn set_clone_from(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_clone_from(input);
        self
    }
    /// The description of the RestApi.
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
    /// Specifies whether clients can invoke your API by using the default `execute-api`
    /// endpoint. By default, clients can invoke your API with the default
    /// `https://{api_id}.execute-api.{region}.amazonaws.com` endpoint. To require that
    /// clients use a custom domain name to invoke your API, disable the default
    /// endpoint
    pub fn disable_execute_api_endpoint(
        mut self,
        input: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.inner = self.inner.disable_execute_api_endpoint(input);
        self
    }
    /// Sets or clears [`disable_execute_api_endpoint`](Self::disable_execute_api_endpoint).
    pub fn set_disable_execute_api_endpoint(
        mut self,
        input: ::std::option::Option<bool>,
    ) -> Self {
        self.inner = self.inner.set_disable_execute_api_endpoint(input);
        self
    }
    /// The endpoint configuration of this RestApi showing the endpoint types of the
    /// API.
    pub fn endpoint_configuration(
        mut self,
        input: impl ::std::convert::Into<crate::types::EndpointConfiguration>,
    ) -> Self {
        self.inner = self.inner.endpoint_configuration(input);
        self
    }
    /// Sets or clears [`endpoint_configuration`](Self::endpoint_configuration).
    pub fn set_endpoint_configuration(
        mut self,
        input: ::std::option::Option<crate::types::EndpointConfiguration>,
    ) -> Self {
        self.inner = self.inner.set_endpoint_configuration(input);
        self
    }
    /// A nullable integer that is used to enable compression (with non-negative between
    /// 0 and 10485760 (10M) bytes, inclusive) or disable compression (with a null
    /// value) on an API. When compression is enabled, compression or decompression is
    /// not applied on the payload if the payload size is smaller than this value.
    /// Setting it to zero allows compression for any payload size.
    pub fn minimum_compression_size(
        mut self,
        input: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.inner = self.inner.minimum_compression_size(input);
        self
    }
    /// Sets or clears [`minimum_compression_size`](Self::minimum_compression_size).
    pub fn set_minimum_compression_size(
        mut self,
        input: ::std::option::Option<i64>,
    ) -> Self {
        self.inner = self.inner.set_minimum_compression_size(input);
        self
    }
    /// The name of the RestApi.
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
    /// A stringified JSON policy document that applies to this RestApi regardless of
    /// the caller and Method configuration.
    pub fn policy(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.policy(input);
        self
    }
    /// Sets or clears [`policy`](Self::policy).
    pub fn set_policy(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_policy(input);
        self
    }
    /// The key-value map of strings. The valid character set is \[a-zA-Z+-=.\_:/\]. The
    /// tag key can be up to 128 characters and must not start with `aws:`. The tag
    /// value can be up to 256 characters.
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn tags(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.tags(key, value);
        self
    }
    /// Sets or clears [`tags`](Self::tags).
    pub fn set_tags(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        >,
    ) -> Self {
        self.inner = self.inner.set_tags(input);
        self
    }
    /// A version identifier for the API.
    pub fn version(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.version(input);
        self
    }
    /// Sets or clears [`version`](Self::version).
    pub fn set_version(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_version(input);
        self
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    pub fn endpoint_access_mode(
        mut self,
        input: impl ::std::convert::Into<crate::types::EndpointAccessMode>,
    ) -> Self {
        self.inner = self.inner.endpoint_access_mode(input);
        self
    }
    /// Sets or clears [`endpoint_access_mode`](Self::endpoint_access_mode).
    pub fn set_endpoint_access_mode(
        mut self,
        input: ::std::option::Option<crate::types::EndpointAccessMode>,
    ) -> Self {
        self.inner = self.inner.set_endpoint_access_mode(input);
        self
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    pub fn security_policy(
        mut self,
        input: impl ::std::convert::Into<crate::types::SecurityPolicy>,
    ) -> Self {
        self.inner = self.inner.security_policy(input);
        self
    }
    /// Sets or clears [`security_policy`](Self::security_policy).
    pub fn set_security_policy(
        mut self,
        input: ::std::option::Option<crate::types::SecurityPolicy>,
    ) -> Self {
        self.inner = self.inner.set_security_policy(input);
        self
    }
    /// Sends the request.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::types::RestApi,
        crate::runtime::SdkError<CreateRestApiError>,
    > {
        let input = self.inner.build().map_err(crate::runtime::SdkError::Construction)?;
        let parts = request(&input).map_err(crate::runtime::SdkError::Dispatch)?;
        self.handle
            .invoke_rest::<
                crate::types::RestApi,
                CreateRestApiError,
            >(&OPERATION, parts, parse)
            .await
    }
}
/// The request: labels, query, headers and body as AWS's model binds them.
fn request(
    input: &crate::types::CreateRestApiRequest,
) -> ::std::result::Result<
    crate::runtime::operation::RequestParts,
    crate::runtime::DispatchError,
> {
    let query = crate::runtime::rest::QueryParams::new();
    let path_and_query = crate::runtime::rest::build_uri("/restapis", &[], &query)
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
) -> ::std::result::Result<crate::types::RestApi, ::std::string::String> {
    let body: &[u8] = if response.body.iter().all(u8::is_ascii_whitespace) {
        b"{}"
    } else {
        &response.body
    };
    let out: crate::types::RestApi = crate::runtime::json::from_slice(body)?;
    ::std::result::Result::Ok(out)
}
/// Errors of `CreateRestApi`: one variant per error the spec or AWS's model lists, plus [`Unhandled`](CreateRestApiError::Unhandled).
#[derive(::std::fmt::Debug)]
#[non_exhaustive]
pub enum CreateRestApiError {
    /// The service returned `BadRequestException`.
    BadRequestException(crate::types::error::BadRequestException),
    /// The service returned `ConflictException`.
    ConflictException(crate::types::error::ConflictException),
    /// The service returned `LimitExceededException`.
    LimitExceededException(crate::types::error::LimitExceededException),
    /// The service returned `TooManyRequestsException`.
    TooManyRequestsException(crate::types::error::TooManyRequestsException),
    /// The service returned `UnauthorizedException`.
    UnauthorizedException(crate::types::error::UnauthorizedException),
    /// An error neither the spec nor AWS's model lists for this
    /// operation (the code, message, HTTP status and request id are kept).
    Unhandled(crate::runtime::Unhandled),
}
impl crate::runtime::OperationError for CreateRestApiError {
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
            Self::TooManyRequestsException(e) => e.meta.set_attempts(attempts),
            Self::UnauthorizedException(e) => e.meta.set_attempts(attempts),
            Self::Unhandled(e) => e.meta_mut().set_attempts(attempts),
        }
        self
    }
}
impl CreateRestApiError {
    /// Status, code, message and request id of the response.
    pub fn meta(&self) -> &crate::runtime::ErrorMetadata {
        crate::runtime::OperationError::meta(self)
    }
    /// The error code the service sent, if any.
    pub fn code(&self) -> ::std::option::Option<&str> {
        self.meta().code()
    }
}
impl ::std::fmt::Display for CreateRestApiError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::BadRequestException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ConflictException(e) => ::std::fmt::Display::fmt(e, f),
            Self::LimitExceededException(e) => ::std::fmt::Display::fmt(e, f),
            Self::TooManyRequestsException(e) => ::std::fmt::Display::fmt(e, f),
            Self::UnauthorizedException(e) => ::std::fmt::Display::fmt(e, f),
            Self::Unhandled(e) => ::std::fmt::Display::fmt(e, f),
        }
    }
}
impl ::std::error::Error for CreateRestApiError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::BadRequestException(e) => ::std::option::Option::Some(e),
            Self::ConflictException(e) => ::std::option::Option::Some(e),
            Self::LimitExceededException(e) => ::std::option::Option::Some(e),
            Self::TooManyRequestsException(e) => ::std::option::Option::Some(e),
            Self::UnauthorizedException(e) => ::std::option::Option::Some(e),
            Self::Unhandled(e) => ::std::option::Option::Some(e),
        }
    }
}
