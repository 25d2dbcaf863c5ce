//! The `ListCapabilities` operation: see [`Client::list_capabilities`](crate::Client::list_capabilities).
const OPERATION: crate::runtime::operation::OperationSpec = crate::runtime::operation::OperationSpec {
    name: "ListCapabilities",
    target: "",
    host_prefix: ::std::option::Option::None,
    unsigned: false,
    endpoint_discovery: false,
    api_version_header: ::std::option::Option::None,
    min_attempt_timeout_secs: ::std::option::Option::None,
    partitions: &[],
};
/// Builds and sends a `ListCapabilities` request; see [`Client::list_capabilities`](crate::Client::list_capabilities).
#[derive(::std::clone::Clone, ::std::fmt::Debug)]
pub struct ListCapabilitiesFluentBuilder {
    handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    inner: crate::types::builders::ListCapabilitiesRequestBuilder,
}
impl ListCapabilitiesFluentBuilder {
    pub(crate) fn new(
        handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    ) -> Self {
        ListCapabilitiesFluentBuilder {
            handle,
            inner: ::std::default::Default::default(),
        }
    }
    /// The input built so far.
    pub fn as_input(&self) -> &crate::types::builders::ListCapabilitiesRequestBuilder {
        &self.inner
    }
    pub fn cluster_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.cluster_name(input);
        self
    }
    /// Sets or clears [`cluster_name`](Self::cluster_name).
    pub fn set_cluster_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_cluster_name(input);
        self
    }
    pub fn max_results(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.inner = self.inner.max_results(input);
        self
    }
    /// Sets or clears [`max_results`](Self::max_results).
    pub fn set_max_results(mut self, input: ::std::option::Option<i64>) -> Self {
        self.inner = self.inner.set_max_results(input);
        self
    }
    pub fn next_token(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.next_token(input);
        self
    }
    /// Sets or clears [`next_token`](Self::next_token).
    pub fn set_next_token(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_next_token(input);
        self
    }
    /// Sends the request.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::types::ListCapabilitiesResponse,
        crate::runtime::SdkError<ListCapabilitiesError>,
    > {
        let input = self.inner.build().map_err(crate::runtime::SdkError::Construction)?;
        let parts = request(&input).map_err(crate::runtime::SdkError::Dispatch)?;
        self.handle
            .invoke_rest::<
                crate::types::ListCapabilitiesResponse,
                ListCapabilitiesError,
            >(&OPERATION, parts, parse)
            .await
    }
}
/// The request: labels, query, headers and body as AWS's model binds them.
fn request(
    input: &crate::types::ListCapabilitiesRequest,
) -> ::std::result::Result<
    crate::runtime::operation::RequestParts,
    crate::runtime::DispatchError,
> {
    let cluster_name: &str = &input.cluster_name;
    let mut query = crate::runtime::rest::QueryParams::new();
    if let ::std::option::Option::Some(v) = &input.max_results {
        query.push("maxResults", crate::runtime::rest::ToWire::to_wire(v));
    }
    if let ::std::option::Option::Some(v) = &input.next_token {
        query.push("nextToken", v.clone());
    }
    let path_and_query = crate::runtime::rest::build_uri(
            "/clusters/{name}/capabilities",
            &[("name", cluster_name)],
            &query,
        )
        .map_err(|e| {
            crate::runtime::DispatchError::with_source("cannot build the request URI", e)
                .permanent()
        })?;
    let headers = ::std::vec::Vec::new();
    let body = ::std::vec::Vec::new();
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
) -> ::std::result::Result<
    crate::types::ListCapabilitiesResponse,
    ::std::string::String,
> {
    let body: &[u8] = if response.body.iter().all(u8::is_ascii_whitespace) {
        b"{}"
    } else {
        &response.body
    };
    let out: crate::types::ListCapabilitiesResponse = crate::runtime::json::from_slice(
        body,
    )?;
    ::std::result::Result::Ok(out)
}
impl ListCapabilitiesFluentBuilder {
    /// A paginator over every page of `ListCapabilities` (see [`ListCapabilitiesPaginator`]).
    pub fn into_paginator(self) -> ListCapabilitiesPaginator {
        ListCapabilitiesPaginator {
            builder: self,
        }
    }
}
/// Pages through `ListCapabilities`, following `nextToken` → `nextToken`; stops when the token is absent, empty or repeated.
#[derive(::std::clone::Clone, ::std::fmt::Debug)]
pub struct ListCapabilitiesPaginator {
    builder: ListCapabilitiesFluentBuilder,
}
impl ListCapabilitiesPaginator {
    /// Items per page (`maxResults`).
    pub fn page_size(mut self, size: impl ::std::convert::Into<i64>) -> Self {
        self.builder = self.builder.max_results(size);
        self
    }
    /// A stream of pages (the first page starts from the token set on the builder, if any).
    pub fn send(
        self,
    ) -> crate::runtime::paginator::PageStream<
        crate::types::ListCapabilitiesResponse,
        ListCapabilitiesError,
        ::std::string::String,
    > {
        let first = self.builder.inner.next_token.clone();
        let builder = self.builder;
        crate::runtime::paginator::PageStream::new(
            first,
            move |token| builder.clone().set_next_token(token).send(),
            |page: &crate::types::ListCapabilitiesResponse| {
                page.next_token.as_ref().cloned()
            },
        )
    }
    /// A stream of the `capabilities` of every page.
    pub fn items(
        self,
    ) -> crate::runtime::paginator::ItemStream<
        crate::types::ListCapabilitiesResponse,
        ListCapabilitiesError,
        ::std::string::String,
        crate::types::CapabilitySummary,
    > {
        self.send()
            .items(|page: crate::types::ListCapabilitiesResponse| {
                page.capabilities.unwrap_or_default()
            })
    }
}
/// Errors of `ListCapabilities`: one variant per error the spec or AWS's model lists, plus [`Unhandled`](ListCapabilitiesError::Unhandled).
#[derive(::std::fmt::Debug)]
#[non_exhaustive]
pub enum ListCapabilitiesError {
    /// The service returned `InvalidParameterException`.
    InvalidParameterException(crate::types::error::InvalidParameterException),
    /// The service returned `ServerException`.
    ServerException(crate::types::error::ServerException),
    /// An error neither the spec nor AWS's model lists for this
    /// operation (the code, message, HTTP status and request id are kept).
    Unhandled(crate::runtime::Unhandled),
}
impl crate::runtime::OperationError for ListCapabilitiesError {
    fn from_response(meta: crate::runtime::ErrorMetadata, body: &[u8]) -> Self {
        match meta.modelled_code() {
            ::std::option::Option::Some("InvalidParameterException") => {
                Self::InvalidParameterException(
                    <crate::types::error::InvalidParameterException>::from_response(
                        meta,
                        body,
                    ),
                )
            }
            ::std::option::Option::Some("ServerException") => {
                Self::ServerException(
                    <crate::types::error::ServerException>::from_response(meta, body),
                )
            }
            _ => Self::Unhandled(crate::runtime::Unhandled::new(meta)),
        }
    }
    fn meta(&self) -> &crate::runtime::ErrorMetadata {
        match self {
            Self::InvalidParameterException(e) => e.meta(),
            Self::ServerException(e) => e.meta(),
            Self::Unhandled(e) => e.meta(),
        }
    }
    fn with_attempts(mut self, attempts: u32) -> Self {
        match &mut self {
            Self::InvalidParameterException(e) => e.meta.set_attempts(attempts),
            Self::ServerException(e) => e.meta.set_attempts(attempts),
            Self::Unhandled(e) => e.meta_mut().set_attempts(attempts),
        }
        self
    }
}
impl ListCapabilitiesError {
    /// Status, code, message and request id of the response.
    pub fn meta(&self) -> &crate::runtime::ErrorMetadata {
        crate::runtime::OperationError::meta(self)
    }
    /// The error code the service sent, if any.
    pub fn code(&self) -> ::std::option::Option<&str> {
        self.meta().code()
    }
}
impl ::std::fmt::Display for ListCapabilitiesError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::InvalidParameterException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ServerException(e) => ::std::fmt::Display::fmt(e, f),
            Self::Unhandled(e) => ::std::fmt::Display::fmt(e, f),
        }
    }
}
impl ::std::error::Error for ListCapabilitiesError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::InvalidParameterException(e) => ::std::option::Option::Some(e),
            Self::ServerException(e) => ::std::option::Option::Some(e),
            Self::Unhandled(e) => ::std::option::Option::Some(e),
        }
    }
}
