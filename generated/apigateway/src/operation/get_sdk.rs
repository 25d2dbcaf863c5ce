//! The `GetSdk` operation: see [`Client::get_sdk`](crate::Client::get_sdk).
const OPERATION: crate::runtime::operation::OperationSpec = crate::runtime::operation::OperationSpec {
    name: "GetSdk",
    target: "",
    host_prefix: ::std::option::Option::None,
    unsigned: false,
    endpoint_discovery: false,
    api_version_header: ::std::option::Option::None,
    min_attempt_timeout_secs: ::std::option::Option::None,
    partitions: &[],
};
/// Builds and sends a `GetSdk` request; see [`Client::get_sdk`](crate::Client::get_sdk).
#[derive(::std::clone::Clone, ::std::fmt::Debug)]
pub struct GetSdkFluentBuilder {
    handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    inner: crate::types::builders::GetSdkRequestBuilder,
}
impl GetSdkFluentBuilder {
    pub(crate) fn new(
        handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    ) -> Self {
        GetSdkFluentBuilder {
            handle,
            inner: ::std::default::Default::default(),
        }
    }
    /// The input built so far.
    pub fn as_input(&self) -> &crate::types::builders::GetSdkRequestBuilder {
        &self.inner
    }
    /// A string-to-string key-value map of query parameters `sdkType`-dependent
    /// properties of the SDK. For `sdkType` of `objectivec` or `swift`, a parameter
    /// named `classPrefix` is required. For `sdkType` of `android`, parameters named
    /// `groupId`, `artifactId`, `artifactVersion`, and `invokerPackage` are required.
    /// For `sdkType` of `java`, parameters named `serviceName` and `javaPackageName`
    /// are required.
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn parameters(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.parameters(key, value);
        self
    }
    /// Sets or clears [`parameters`](Self::parameters).
    pub fn set_parameters(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        >,
    ) -> Self {
        self.inner = self.inner.set_parameters(input);
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
    /// The language for the generated SDK. Currently `java`, `javascript`, `android`,
    /// `objectivec` (for iOS), `swift` (for iOS), and `ruby` are supported.
    pub fn sdk_type(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.sdk_type(input);
        self
    }
    /// Sets or clears [`sdk_type`](Self::sdk_type).
    pub fn set_sdk_type(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_sdk_type(input);
        self
    }
    /// The name of the Stage that the SDK will use.
    pub fn stage_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.stage_name(input);
        self
    }
    /// Sets or clears [`stage_name`](Self::stage_name).
    pub fn set_stage_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_stage_name(input);
        self
    }
    /// Sends the request.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::types::SdkResponse,
        crate::runtime::SdkError<GetSdkError>,
    > {
        let input = self.inner.build().map_err(crate::runtime::SdkError::Construction)?;
        let parts = request(&input).map_err(crate::runtime::SdkError::Dispatch)?;
        self.handle
            .invoke_rest::<
                crate::types::SdkResponse,
                GetSdkError,
            >(&OPERATION, parts, parse)
            .await
    }
}
/// The request: labels, query, headers and body as AWS's model binds them.
fn request(
    input: &crate::types::GetSdkRequest,
) -> ::std::result::Result<
    crate::runtime::operation::RequestParts,
    crate::runtime::DispatchError,
> {
    let rest_api_id: &str = &input.rest_api_id;
    let sdk_type: &str = &input.sdk_type;
    let stage_name: &str = &input.stage_name;
    let mut query = crate::runtime::rest::QueryParams::new();
    if let ::std::option::Option::Some(v) = &input.parameters {
        query.push_map(v.iter());
    }
    let path_and_query = crate::runtime::rest::build_uri(
            "/restapis/{restapi_id}/stages/{stage_name}/sdks/{sdk_type}",
            &[
                ("restapi_id", rest_api_id),
                ("sdk_type", sdk_type),
                ("stage_name", stage_name),
            ],
            &query,
        )
        .map_err(|e| {
            crate::runtime::DispatchError::with_source("cannot build the request URI", e)
                .permanent()
        })?;
    let mut headers: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
    let body = ::std::vec::Vec::new();
    crate::runtime::rest::default_header(&mut headers, "Accept", "application/json");
    ::std::result::Result::Ok(crate::runtime::operation::RequestParts {
        method: "GET",
        path_and_query,
        headers,
        body,
    })
}
/// The output: body members from the JSON body, the others from
/// the headers, the status or the raw body as AWS's model binds them.
fn parse(
    response: &crate::runtime::http::HttpResponse,
) -> ::std::result::Result<crate::types::SdkResponse, ::std::string::String> {
    let body: &[u8] = b"{}";
    let mut out: crate::types::SdkResponse = crate::runtime::json::from_slice(body)?;
    out.body = ::std::option::Option::Some(
        crate::runtime::Blob::new(response.body.clone()),
    );
    out.content_disposition = crate::runtime::rest::read_header::<
        ::std::string::String,
    >(&response.headers, "Content-Disposition")
        .map_err(|e| e.to_string())?;
    out.content_type = crate::runtime::rest::read_header::<
        ::std::string::String,
    >(&response.headers, "Content-Type")
        .map_err(|e| e.to_string())?;
    ::std::result::Result::Ok(out)
}
/// Errors of `GetSdk`: one variant per error the spec or AWS's model lists, plus [`Unhandled`](GetSdkError::Unhandled).
#[derive(::std::fmt::Debug)]
#[non_exhaustive]
pub enum GetSdkError {
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
impl crate::runtime::OperationError for GetSdkError {
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
impl GetSdkError {
    /// Status, code, message and request id of the response.
    pub fn meta(&self) -> &crate::runtime::ErrorMetadata {
        crate::runtime::OperationError::meta(self)
    }
    /// The error code the service sent, if any.
    pub fn code(&self) -> ::std::option::Option<&str> {
        self.meta().code()
    }
}
impl ::std::fmt::Display for GetSdkError {
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
impl ::std::error::Error for GetSdkError {
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
