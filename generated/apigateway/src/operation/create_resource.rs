//! The `CreateResource` operation: see [`Client::create_resource`](crate::Client::create_resource).
const OPERATION: crate::runtime::operation::OperationSpec = crate::runtime::operation::OperationSpec {
    name: "CreateResource",
    target: "",
    host_prefix: ::std::option::Option::None,
    unsigned: false,
    endpoint_discovery: false,
    api_version_header: ::std::option::Option::None,
    min_attempt_timeout_secs: ::std::option::Option::None,
    partitions: &[],
};
/// Builds and sends a `CreateResource` request; see [`Client::create_resource`](crate::Client::create_resource).
#[derive(::std::clone::Clone, ::std::fmt::Debug)]
pub struct CreateResourceFluentBuilder {
    handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    inner: crate::types::builders::CreateResourceRequestBuilder,
}
impl CreateResourceFluentBuilder {
    pub(crate) fn new(
        handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    ) -> Self {
        CreateResourceFluentBuilder {
            handle,
            inner: ::std::default::Default::default(),
        }
    }
    /// The input built so far.
    pub fn as_input(&self) -> &crate::types::builders::CreateResourceRequestBuilder {
        &self.inner
    }
    /// The parent resource's identifier.
    pub fn parent_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.parent_id(input);
        self
    }
    /// Sets or clears [`parent_id`](Self::parent_id).
    pub fn set_parent_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_parent_id(input);
        self
    }
    /// The last path segment for this resource.
    pub fn path_part(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.path_part(input);
        self
    }
    /// Sets or clears [`path_part`](Self::path_part).
    pub fn set_path_part(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_path_part(input);
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
    /// Sends the request.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::types::Resource,
        crate::runtime::SdkError<CreateResourceError>,
    > {
        let input = self.inner.build().map_err(crate::runtime::SdkError::Construction)?;
        let parts = request(&input).map_err(crate::runtime::SdkError::Dispatch)?;
        self.handle
            .invoke_rest::<
                crate::types::Resource,
                CreateResourceError,
            >(&OPERATION, parts, parse)
            .await
    }
}
/// The request: labels, query, headers and body as AWS's model binds them.
fn request(
    input: &crate::types::CreateResourceRequest,
) -> ::std::result::Result<
    crate::runtime::operation::RequestParts,
    crate::runtime::DispatchError,
> {
    let parent_id: &str = &input.parent_id;
    let rest_api_id: &str = &input.rest_api_id;
    let query = crate::runtime::rest::QueryParams::new();
    let path_and_query = crate::runtime::rest::build_uri(
            "/restapis/{restapi_id}/resources/{parent_id}",
            &[("parent_id", parent_id), ("restapi_id", rest_api_id)],
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
) -> ::std::result::Result<crate::types::Resource, ::std::string::String> {
    let body: &[u8] = if response.body.iter().all(u8::is_ascii_whitespace) {
        b"{}"
    } else {
        &response.body
    };
    let out: crate::types::Resource = crate::runtime::json::from_slice(body)?;
    ::std::result::Result::Ok(out)
}
/// Errors of `CreateResource`: one variant per error the spec or AWS's model lists, plus [`Unhandled`](CreateResourceError::Unhandled).
#[derive(::std::fmt::Debug)]
#[non_exhaustive]
pub enum CreateResourceError {
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
impl crate::runtime::OperationError for CreateResourceError {
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
impl CreateResourceError {
    /// Status, code, message and request id of the response.
    pub fn meta(&self) -> &crate::runtime::ErrorMetadata {
        crate::runtime::OperationError::meta(self)
    }
    /// The error code the service sent, if any.
    pub fn code(&self) -> ::std::option::Option<&str> {
        self.meta().code()
    }
}
impl ::std::fmt::Display for CreateResourceError {
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
impl ::std::error::Error for CreateResourceError {
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
