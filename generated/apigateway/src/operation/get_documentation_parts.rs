//! The `GetDocumentationParts` operation: see [`Client::get_documentation_parts`](crate::Client::get_documentation_parts).
const OPERATION: crate::runtime::operation::OperationSpec = crate::runtime::operation::OperationSpec {
    name: "GetDocumentationParts",
    target: "",
    host_prefix: ::std::option::Option::None,
    unsigned: false,
    endpoint_discovery: false,
    api_version_header: ::std::option::Option::None,
    min_attempt_timeout_secs: ::std::option::Option::None,
    partitions: &[],
};
/// Builds and sends a `GetDocumentationParts` request; see [`Client::get_documentation_parts`](crate::Client::get_documentation_parts).
#[derive(::std::clone::Clone, ::std::fmt::Debug)]
pub struct GetDocumentationPartsFluentBuilder {
    handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    inner: crate::types::builders::GetDocumentationPartsRequestBuilder,
}
impl GetDocumentationPartsFluentBuilder {
    pub(crate) fn new(
        handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    ) -> Self {
        GetDocumentationPartsFluentBuilder {
            handle,
            inner: ::std::default::Default::default(),
        }
    }
    /// The input built so far.
    pub fn as_input(
        &self,
    ) -> &crate::types::builders::GetDocumentationPartsRequestBuilder {
        &self.inner
    }
    /// The maximum number of returned results per page. The default value is 25 and the
    /// maximum value is 500.
    pub fn limit(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.inner = self.inner.limit(input);
        self
    }
    /// Sets or clears [`limit`](Self::limit).
    pub fn set_limit(mut self, input: ::std::option::Option<i64>) -> Self {
        self.inner = self.inner.set_limit(input);
        self
    }
    /// The status of the API documentation parts to retrieve. Valid values are
    /// `DOCUMENTED` for retrieving DocumentationPart resources with content and
    /// `UNDOCUMENTED` for DocumentationPart resources without content.
    pub fn location_status(
        mut self,
        input: impl ::std::convert::Into<crate::types::LocationStatusType>,
    ) -> Self {
        self.inner = self.inner.location_status(input);
        self
    }
    /// Sets or clears [`location_status`](Self::location_status).
    pub fn set_location_status(
        mut self,
        input: ::std::option::Option<crate::types::LocationStatusType>,
    ) -> Self {
        self.inner = self.inner.set_location_status(input);
        self
    }
    /// The name of API entities of the to-be-retrieved documentation parts.
    pub fn name_query(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.name_query(input);
        self
    }
    /// Sets or clears [`name_query`](Self::name_query).
    pub fn set_name_query(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_name_query(input);
        self
    }
    /// The path of API entities of the to-be-retrieved documentation parts.
    pub fn path(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.path(input);
        self
    }
    /// Sets or clears [`path`](Self::path).
    pub fn set_path(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_path(input);
        self
    }
    /// The current pagination position in the paged result set.
    pub fn position(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.position(input);
        self
    }
    /// Sets or clears [`position`](Self::position).
    pub fn set_position(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_position(input);
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
    /// The type of API entities of the to-be-retrieved documentation parts.
    pub fn r#type(
        mut self,
        input: impl ::std::convert::Into<crate::types::DocumentationPartType>,
    ) -> Self {
        self.inner = self.inner.r#type(input);
        self
    }
    /// Sets or clears [`type`](Self::type).
    pub fn set_type(
        mut self,
        input: ::std::option::Option<crate::types::DocumentationPartType>,
    ) -> Self {
        self.inner = self.inner.set_type(input);
        self
    }
    /// Sends the request.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::types::DocumentationParts,
        crate::runtime::SdkError<GetDocumentationPartsError>,
    > {
        let input = self.inner.build().map_err(crate::runtime::SdkError::Construction)?;
        let parts = request(&input).map_err(crate::runtime::SdkError::Dispatch)?;
        self.handle
            .invoke_rest::<
                crate::types::DocumentationParts,
                GetDocumentationPartsError,
            >(&OPERATION, parts, parse)
            .await
    }
}
/// The request: labels, query, headers and body as AWS's model binds them.
fn request(
    input: &crate::types::GetDocumentationPartsRequest,
) -> ::std::result::Result<
    crate::runtime::operation::RequestParts,
    crate::runtime::DispatchError,
> {
    let rest_api_id: &str = &input.rest_api_id;
    let mut query = crate::runtime::rest::QueryParams::new();
    if let ::std::option::Option::Some(v) = &input.limit {
        query.push("limit", crate::runtime::rest::ToWire::to_wire(v));
    }
    if let ::std::option::Option::Some(v) = &input.location_status {
        query.push("locationStatus", v.as_str().to_owned());
    }
    if let ::std::option::Option::Some(v) = &input.name_query {
        query.push("name", v.clone());
    }
    if let ::std::option::Option::Some(v) = &input.path {
        query.push("path", v.clone());
    }
    if let ::std::option::Option::Some(v) = &input.position {
        query.push("position", v.clone());
    }
    if let ::std::option::Option::Some(v) = &input.r#type {
        query.push("type", v.as_str().to_owned());
    }
    let path_and_query = crate::runtime::rest::build_uri(
            "/restapis/{restapi_id}/documentation/parts",
            &[("restapi_id", rest_api_id)],
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
) -> ::std::result::Result<crate::types::DocumentationParts, ::std::string::String> {
    let body: &[u8] = if response.body.iter().all(u8::is_ascii_whitespace) {
        b"{}"
    } else {
        &response.body
    };
    let out: crate::types::DocumentationParts = crate::runtime::json::from_slice(body)?;
    ::std::result::Result::Ok(out)
}
impl GetDocumentationPartsFluentBuilder {
    /// A paginator over every page of `GetDocumentationParts` (see [`GetDocumentationPartsPaginator`]).
    pub fn into_paginator(self) -> GetDocumentationPartsPaginator {
        GetDocumentationPartsPaginator {
            builder: self,
        }
    }
}
/// Pages through `GetDocumentationParts`, following `position` → `position`; stops when the token is absent, empty or repeated.
#[derive(::std::clone::Clone, ::std::fmt::Debug)]
pub struct GetDocumentationPartsPaginator {
    builder: GetDocumentationPartsFluentBuilder,
}
impl GetDocumentationPartsPaginator {
    /// Items per page (`limit`).
    pub fn page_size(mut self, size: impl ::std::convert::Into<i64>) -> Self {
        self.builder = self.builder.limit(size);
        self
    }
    /// A stream of pages (the first page starts from the token set on the builder, if any).
    pub fn send(
        self,
    ) -> crate::runtime::paginator::PageStream<
        crate::types::DocumentationParts,
        GetDocumentationPartsError,
        ::std::string::String,
    > {
        let first = self.builder.inner.position.clone();
        let builder = self.builder;
        crate::runtime::paginator::PageStream::new(
            first,
            move |token| builder.clone().set_position(token).send(),
            |page: &crate::types::DocumentationParts| { page.position.as_ref().cloned() },
        )
    }
    /// A stream of the `item` of every page.
    pub fn items(
        self,
    ) -> crate::runtime::paginator::ItemStream<
        crate::types::DocumentationParts,
        GetDocumentationPartsError,
        ::std::string::String,
        crate::types::DocumentationPart,
    > {
        self.send()
            .items(|page: crate::types::DocumentationParts| {
                page.items.unwrap_or_default()
            })
    }
}
/// Errors of `GetDocumentationParts`: one variant per error the spec or AWS's model lists, plus [`Unhandled`](GetDocumentationPartsError::Unhandled).
#[derive(::std::fmt::Debug)]
#[non_exhaustive]
pub enum GetDocumentationPartsError {
    /// The service returned `BadRequestException`.
    BadRequestException(crate::types::error::BadRequestException),
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
impl crate::runtime::OperationError for GetDocumentationPartsError {
    fn from_response(meta: crate::runtime::ErrorMetadata, body: &[u8]) -> Self {
        match meta.modelled_code() {
            ::std::option::Option::Some("BadRequestException") => {
                Self::BadRequestException(
                    <crate::types::error::BadRequestException>::from_response(meta, body),
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
            Self::NotFoundException(e) => e.meta(),
            Self::TooManyRequestsException(e) => e.meta(),
            Self::UnauthorizedException(e) => e.meta(),
            Self::Unhandled(e) => e.meta(),
        }
    }
    fn with_attempts(mut self, attempts: u32) -> Self {
        match &mut self {
            Self::BadRequestException(e) => e.meta.set_attempts(attempts),
            Self::NotFoundException(e) => e.meta.set_attempts(attempts),
            Self::TooManyRequestsException(e) => e.meta.set_attempts(attempts),
            Self::UnauthorizedException(e) => e.meta.set_attempts(attempts),
            Self::Unhandled(e) => e.meta_mut().set_attempts(attempts),
        }
        self
    }
}
impl GetDocumentationPartsError {
    /// Status, code, message and request id of the response.
    pub fn meta(&self) -> &crate::runtime::ErrorMetadata {
        crate::runtime::OperationError::meta(self)
    }
    /// The error code the service sent, if any.
    pub fn code(&self) -> ::std::option::Option<&str> {
        self.meta().code()
    }
}
impl ::std::fmt::Display for GetDocumentationPartsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::BadRequestException(e) => ::std::fmt::Display::fmt(e, f),
            Self::NotFoundException(e) => ::std::fmt::Display::fmt(e, f),
            Self::TooManyRequestsException(e) => ::std::fmt::Display::fmt(e, f),
            Self::UnauthorizedException(e) => ::std::fmt::Display::fmt(e, f),
            Self::Unhandled(e) => ::std::fmt::Display::fmt(e, f),
        }
    }
}
impl ::std::error::Error for GetDocumentationPartsError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::BadRequestException(e) => ::std::option::Option::Some(e),
            Self::NotFoundException(e) => ::std::option::Option::Some(e),
            Self::TooManyRequestsException(e) => ::std::option::Option::Some(e),
            Self::UnauthorizedException(e) => ::std::option::Option::Some(e),
            Self::Unhandled(e) => ::std::option::Option::Some(e),
        }
    }
}
