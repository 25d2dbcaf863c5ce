//! The `PutIntegration` operation: see [`Client::put_integration`](crate::Client::put_integration).
const OPERATION: crate::runtime::operation::OperationSpec = crate::runtime::operation::OperationSpec {
    name: "PutIntegration",
    target: "",
    host_prefix: ::std::option::Option::None,
    unsigned: false,
    endpoint_discovery: false,
    api_version_header: ::std::option::Option::None,
    min_attempt_timeout_secs: ::std::option::Option::None,
    partitions: &[],
};
/// Builds and sends a `PutIntegration` request; see [`Client::put_integration`](crate::Client::put_integration).
#[derive(::std::clone::Clone, ::std::fmt::Debug)]
pub struct PutIntegrationFluentBuilder {
    handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    inner: crate::types::builders::PutIntegrationRequestBuilder,
}
impl PutIntegrationFluentBuilder {
    pub(crate) fn new(
        handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    ) -> Self {
        PutIntegrationFluentBuilder {
            handle,
            inner: ::std::default::Default::default(),
        }
    }
    /// The input built so far.
    pub fn as_input(&self) -> &crate::types::builders::PutIntegrationRequestBuilder {
        &self.inner
    }
    /// A list of request parameters whose values API Gateway caches. To be valid values
    /// for `cacheKeyParameters`, these parameters must also be specified for Method
    /// `requestParameters`.
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn cache_key_parameters(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.cache_key_parameters(input);
        self
    }
    /// Sets or clears [`cache_key_parameters`](Self::cache_key_parameters).
    pub fn set_cache_key_parameters(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.inner = self.inner.set_cache_key_parameters(input);
        self
    }
    /// Specifies a group of related cached parameters. By default, API Gateway uses the
    /// resource ID as the `cacheNamespace`. You can specify the same `cacheNamespace`
    /// across resources to return the same cached data for requests to different
    /// resources.
    pub fn cache_namespace(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.cache_namespace(input);
        self
    }
    /// Sets or clears [`cache_namespace`](Self::cache_namespace).
    pub fn set_cache_namespace(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_cache_namespace(input);
        self
    }
    /// The ID of the VpcLink used for the integration. Specify this value only if you
    /// specify `VPC_LINK` as the connection type.
    pub fn connection_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.connection_id(input);
        self
    }
    /// Sets or clears [`connection_id`](Self::connection_id).
    pub fn set_connection_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_connection_id(input);
        self
    }
    /// The type of the network connection to the integration endpoint. The valid value
    /// is `INTERNET` for connections through the public routable internet or `VPC_LINK`
    /// for private connections between API Gateway and a network load balancer in a
    /// VPC. The default value is `INTERNET`.
    pub fn connection_type(
        mut self,
        input: impl ::std::convert::Into<crate::types::ConnectionType>,
    ) -> Self {
        self.inner = self.inner.connection_type(input);
        self
    }
    /// Sets or clears [`connection_type`](Self::connection_type).
    pub fn set_connection_type(
        mut self,
        input: ::std::option::Option<crate::types::ConnectionType>,
    ) -> Self {
        self.inner = self.inner.set_connection_type(input);
        self
    }
    /// Specifies how to handle request payload content type conversions. Supported
    /// values are `CONVERT_TO_BINARY` and `CONVERT_TO_TEXT`, with the following
    /// behaviors:
    ///
    /// If this property is not defined, the request payload will be passed through from
    /// the method request to integration request without modification, provided that
    /// the `passthroughBehavior` is configured to support payload pass-through.
    pub fn content_handling(
        mut self,
        input: impl ::std::convert::Into<crate::types::ContentHandlingStrategy>,
    ) -> Self {
        self.inner = self.inner.content_handling(input);
        self
    }
    /// Sets or clears [`content_handling`](Self::content_handling).
    pub fn set_content_handling(
        mut self,
        input: ::std::option::Option<crate::types::ContentHandlingStrategy>,
    ) -> Self {
        self.inner = self.inner.set_content_handling(input);
        self
    }
    /// Specifies whether credentials are required for a put integration.
    pub fn credentials(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.credentials(input);
        self
    }
    /// Sets or clears [`credentials`](Self::credentials).
    pub fn set_credentials(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_credentials(input);
        self
    }
    /// Specifies the HTTP method for the integration.
    pub fn http_method(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.http_method(input);
        self
    }
    /// Sets or clears [`http_method`](Self::http_method).
    pub fn set_http_method(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_http_method(input);
        self
    }
    /// The HTTP method for the integration.
    pub fn integration_http_method(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.integration_http_method(input);
        self
    }
    /// Sets or clears [`integration_http_method`](Self::integration_http_method).
    pub fn set_integration_http_method(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_integration_http_method(input);
        self
    }
    pub fn integration_target(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.integration_target(input);
        self
    }
    /// Sets or clears [`integration_target`](Self::integration_target).
    pub fn set_integration_target(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_integration_target(input);
        self
    }
    /// Specifies the pass-through behavior for incoming requests based on the
    /// Content-Type header in the request, and the available mapping templates
    /// specified as the `requestTemplates` property on the Integration resource. There
    /// are three valid values: `WHEN_NO_MATCH`, `WHEN_NO_TEMPLATES`, and `NEVER`.
    pub fn passthrough_behavior(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.passthrough_behavior(input);
        self
    }
    /// Sets or clears [`passthrough_behavior`](Self::passthrough_behavior).
    pub fn set_passthrough_behavior(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_passthrough_behavior(input);
        self
    }
    /// A key-value map specifying request parameters that are passed from the method
    /// request to the back end. The key is an integration request parameter name and
    /// the associated value is a method request parameter value or static value that
    /// must be enclosed within single quotes and pre-encoded as required by the back
    /// end. The method request parameter value must match the pattern of
    /// `method.request.{location}.{name}`, where `location` is `querystring`, `path`,
    /// or `header` and `name` must be a valid and unique method request parameter name.
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn request_parameters(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.request_parameters(key, value);
        self
    }
    /// Sets or clears [`request_parameters`](Self::request_parameters).
    pub fn set_request_parameters(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        >,
    ) -> Self {
        self.inner = self.inner.set_request_parameters(input);
        self
    }
    /// Represents a map of Velocity templates that are applied on the request payload
    /// based on the value of the Content-Type header sent by the client. The content
    /// type value is the key in this map, and the template (as a String) is the value.
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn request_templates(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.request_templates(key, value);
        self
    }
    /// Sets or clears [`request_templates`](Self::request_templates).
    pub fn set_request_templates(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        >,
    ) -> Self {
        self.inner = self.inner.set_request_templates(input);
        self
    }
    /// Specifies a put integration request's resource ID.
    pub fn resource_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.resource_id(input);
        self
    }
    /// Sets or clears [`resource_id`](Self::resource_id).
    pub fn set_resource_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_resource_id(input);
        self
    }
    pub fn response_transfer_mode(
        mut self,
        input: impl ::std::convert::Into<crate::types::ResponseTransferMode>,
    ) -> Self {
        self.inner = self.inner.response_transfer_mode(input);
        self
    }
    /// Sets or clears [`response_transfer_mode`](Self::response_transfer_mode).
    pub fn set_response_transfer_mode(
        mut self,
        input: ::std::option::Option<crate::types::ResponseTransferMode>,
    ) -> Self {
        self.inner = self.inner.set_response_transfer_mode(input);
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
    /// Custom timeout between 50 and 29,000 milliseconds. The default value is 29,000
    /// milliseconds or 29 seconds.
    pub fn timeout_in_millis(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.inner = self.inner.timeout_in_millis(input);
        self
    }
    /// Sets or clears [`timeout_in_millis`](Self::timeout_in_millis).
    pub fn set_timeout_in_millis(mut self, input: ::std::option::Option<i64>) -> Self {
        self.inner = self.inner.set_timeout_in_millis(input);
        self
    }
    /// Specifies the TLS configuration for an integration.
    pub fn tls_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::TlsConfig>,
    ) -> Self {
        self.inner = self.inner.tls_config(input);
        self
    }
    /// Sets or clears [`tls_config`](Self::tls_config).
    pub fn set_tls_config(
        mut self,
        input: ::std::option::Option<crate::types::TlsConfig>,
    ) -> Self {
        self.inner = self.inner.set_tls_config(input);
        self
    }
    /// Specifies a put integration input's type.
    pub fn r#type(
        mut self,
        input: impl ::std::convert::Into<crate::types::IntegrationType>,
    ) -> Self {
        self.inner = self.inner.r#type(input);
        self
    }
    /// Sets or clears [`type`](Self::type).
    pub fn set_type(
        mut self,
        input: ::std::option::Option<crate::types::IntegrationType>,
    ) -> Self {
        self.inner = self.inner.set_type(input);
        self
    }
    /// Specifies Uniform Resource Identifier (URI) of the integration endpoint. For
    /// HTTP or `HTTP_PROXY` integrations, the URI must be a fully formed, encoded
    /// HTTP(S) URL according to the RFC-3986 specification, for either standard
    /// integration, where `connectionType` is not `VPC_LINK`, or private integration,
    /// where `connectionType` is `VPC_LINK`. For a private HTTP integration, the URI is
    /// not used for routing. For `AWS` or `AWS_PROXY` integrations, the URI is of the
    /// form
    /// `arn:aws:apigateway:{region}:{subdomain.service|service}:path|action/{service_api`}.
    /// Here, {Region} is the API Gateway region (e.g., us-east-1); {service} is the
    /// name of the integrated Amazon Web Services service (e.g., s3); and {subdomain}
    /// is a designated subdomain supported by certain Amazon Web Services service for
    /// fast host-name lookup. action can be used for an Amazon Web Services service
    /// action-based API, using an Action={name}&{p1}={v1}&p2={v2}... query string. The
    /// ensuing {service_api} refers to a supported action {name} plus any required
    /// input parameters. Alternatively, path can be used for an Amazon Web Services
    /// service path-based API. The ensuing service_api refers to the path to an Amazon
    /// Web Services service resource, including the region of the integrated Amazon Web
    /// Services service, if applicable. For example, for integration with the S3 API of
    /// `GetObject`, the `uri` can be either
    /// `arn:aws:apigateway:us-west-2:s3:action/GetObject&Bucket={bucket}&Key={key}` or
    /// `arn:aws:apigateway:us-west-2:s3:path/{bucket}/{key}`.
    pub fn uri(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.uri(input);
        self
    }
    /// Sets or clears [`uri`](Self::uri).
    pub fn set_uri(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_uri(input);
        self
    }
    /// Sends the request.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::types::Integration,
        crate::runtime::SdkError<PutIntegrationError>,
    > {
        let input = self.inner.build().map_err(crate::runtime::SdkError::Construction)?;
        let parts = request(&input).map_err(crate::runtime::SdkError::Dispatch)?;
        self.handle
            .invoke_rest::<
                crate::types::Integration,
                PutIntegrationError,
            >(&OPERATION, parts, parse)
            .await
    }
}
/// The request: labels, query, headers and body as AWS's model binds them.
fn request(
    input: &crate::types::PutIntegrationRequest,
) -> ::std::result::Result<
    crate::runtime::operation::RequestParts,
    crate::runtime::DispatchError,
> {
    let http_method: &str = &input.http_method;
    let resource_id: &str = &input.resource_id;
    let rest_api_id: &str = &input.rest_api_id;
    let query = crate::runtime::rest::QueryParams::new();
    let path_and_query = crate::runtime::rest::build_uri(
            "/restapis/{restapi_id}/resources/{resource_id}/methods/{http_method}/integration",
            &[
                ("http_method", http_method),
                ("resource_id", resource_id),
                ("restapi_id", rest_api_id),
            ],
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
) -> ::std::result::Result<crate::types::Integration, ::std::string::String> {
    let body: &[u8] = if response.body.iter().all(u8::is_ascii_whitespace) {
        b"{}"
    } else {
        &response.body
    };
    let out: crate::types::Integration = crate::runtime::json::from_slice(body)?;
    ::std::result::Result::Ok(out)
}
/// Errors of `PutIntegration`: one variant per error the spec or AWS's model lists, plus [`Unhandled`](PutIntegrationError::Unhandled).
#[derive(::std::fmt::Debug)]
#[non_exhaustive]
pub enum PutIntegrationError {
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
impl crate::runtime::OperationError for PutIntegrationError {
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
impl PutIntegrationError {
    /// Status, code, message and request id of the response.
    pub fn meta(&self) -> &crate::runtime::ErrorMetadata {
        crate::runtime::OperationError::meta(self)
    }
    /// The error code the service sent, if any.
    pub fn code(&self) -> ::std::option::Option<&str> {
        self.meta().code()
    }
}
impl ::std::fmt::Display for PutIntegrationError {
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
impl ::std::error::Error for PutIntegrationError {
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
