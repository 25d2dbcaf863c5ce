//! The `DescribeAddonVersions` operation: see [`Client::describe_addon_versions`](crate::Client::describe_addon_versions).
const OPERATION: crate::runtime::operation::OperationSpec = crate::runtime::operation::OperationSpec {
    name: "DescribeAddonVersions",
    target: "",
    host_prefix: ::std::option::Option::None,
    unsigned: false,
    endpoint_discovery: false,
    api_version_header: ::std::option::Option::None,
    min_attempt_timeout_secs: ::std::option::Option::None,
    partitions: &[],
};
/// Builds and sends a `DescribeAddonVersions` request; see [`Client::describe_addon_versions`](crate::Client::describe_addon_versions).
#[derive(::std::clone::Clone, ::std::fmt::Debug)]
pub struct DescribeAddonVersionsFluentBuilder {
    handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    inner: crate::types::builders::DescribeAddonVersionsRequestBuilder,
}
impl DescribeAddonVersionsFluentBuilder {
    pub(crate) fn new(
        handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    ) -> Self {
        DescribeAddonVersionsFluentBuilder {
            handle,
            inner: ::std::default::Default::default(),
        }
    }
    /// The input built so far.
    pub fn as_input(
        &self,
    ) -> &crate::types::builders::DescribeAddonVersionsRequestBuilder {
        &self.inner
    }
    /// The name of the add-on. The name must match one of the names returned by
    /// [`ListAddons`](https://docs.aws.amazon.com/eks/latest/APIReference/API_ListAddons.html)
    /// .
    pub fn addon_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.addon_name(input);
        self
    }
    /// Sets or clears [`addon_name`](Self::addon_name).
    pub fn set_addon_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_addon_name(input);
        self
    }
    /// The Kubernetes versions that you can use the add-on with.
    pub fn kubernetes_version(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.kubernetes_version(input);
        self
    }
    /// Sets or clears [`kubernetes_version`](Self::kubernetes_version).
    pub fn set_kubernetes_version(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_kubernetes_version(input);
        self
    }
    /// The maximum number of results to return.
    pub fn max_results(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.inner = self.inner.max_results(input);
        self
    }
    /// Sets or clears [`max_results`](Self::max_results).
    pub fn set_max_results(mut self, input: ::std::option::Option<i64>) -> Self {
        self.inner = self.inner.set_max_results(input);
        self
    }
    /// The `nextToken` value returned from a previous paginated
    /// `DescribeAddonVersionsRequest` where `maxResults` was used and the results
    /// exceeded the value of that parameter. Pagination continues from the end of the
    /// previous results that returned the `nextToken` value.
    ///
    /// **Note:** This token should be treated as an opaque identifier that is used only
    /// to retrieve the next items in a list and not for other programmatic purposes.
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
    /// The owner of the add-on. For valid `owners`, don't specify a value for this
    /// property.
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn owners(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.owners(input);
        self
    }
    /// Sets or clears [`owners`](Self::owners).
    pub fn set_owners(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.inner = self.inner.set_owners(input);
        self
    }
    /// The publisher of the add-on. For valid `publishers`, don't specify a value for
    /// this property.
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn publishers(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.publishers(input);
        self
    }
    /// Sets or clears [`publishers`](Self::publishers).
    pub fn set_publishers(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.inner = self.inner.set_publishers(input);
        self
    }
    /// The type of the add-on. For valid `types`, don't specify a value for this
    /// property.
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn types(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.types(input);
        self
    }
    /// Sets or clears [`types`](Self::types).
    pub fn set_types(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.inner = self.inner.set_types(input);
        self
    }
    /// Sends the request.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::types::DescribeAddonVersionsResponse,
        crate::runtime::SdkError<DescribeAddonVersionsError>,
    > {
        let input = self.inner.build().map_err(crate::runtime::SdkError::Construction)?;
        let parts = request(&input).map_err(crate::runtime::SdkError::Dispatch)?;
        self.handle
            .invoke_rest::<
                crate::types::DescribeAddonVersionsResponse,
                DescribeAddonVersionsError,
            >(&OPERATION, parts, parse)
            .await
    }
}
/// The request: labels, query, headers and body as AWS's model binds them.
fn request(
    input: &crate::types::DescribeAddonVersionsRequest,
) -> ::std::result::Result<
    crate::runtime::operation::RequestParts,
    crate::runtime::DispatchError,
> {
    let mut query = crate::runtime::rest::QueryParams::new();
    if let ::std::option::Option::Some(v) = &input.addon_name {
        query.push("addonName", v.clone());
    }
    if let ::std::option::Option::Some(v) = &input.kubernetes_version {
        query.push("kubernetesVersion", v.clone());
    }
    if let ::std::option::Option::Some(v) = &input.max_results {
        query.push("maxResults", crate::runtime::rest::ToWire::to_wire(v));
    }
    if let ::std::option::Option::Some(v) = &input.next_token {
        query.push("nextToken", v.clone());
    }
    if let ::std::option::Option::Some(v) = &input.owners {
        query.push_list("owners", v.iter());
    }
    if let ::std::option::Option::Some(v) = &input.publishers {
        query.push_list("publishers", v.iter());
    }
    if let ::std::option::Option::Some(v) = &input.types {
        query.push_list("types", v.iter());
    }
    let path_and_query = crate::runtime::rest::build_uri(
            "/addons/supported-versions",
            &[],
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
    crate::types::DescribeAddonVersionsResponse,
    ::std::string::String,
> {
    let body: &[u8] = if response.body.iter().all(u8::is_ascii_whitespace) {
        b"{}"
    } else {
        &response.body
    };
    let out: crate::types::DescribeAddonVersionsResponse = crate::runtime::json::from_slice(
        body,
    )?;
    ::std::result::Result::Ok(out)
}
impl DescribeAddonVersionsFluentBuilder {
    /// A paginator over every page of `DescribeAddonVersions` (see [`DescribeAddonVersionsPaginator`]).
    pub fn into_paginator(self) -> DescribeAddonVersionsPaginator {
        DescribeAddonVersionsPaginator {
            builder: self,
        }
    }
}
/// Pages through `DescribeAddonVersions`, following `nextToken` → `nextToken`; stops when the token is absent, empty or repeated.
#[derive(::std::clone::Clone, ::std::fmt::Debug)]
pub struct DescribeAddonVersionsPaginator {
    builder: DescribeAddonVersionsFluentBuilder,
}
impl DescribeAddonVersionsPaginator {
    /// Items per page (`maxResults`).
    pub fn page_size(mut self, size: impl ::std::convert::Into<i64>) -> Self {
        self.builder = self.builder.max_results(size);
        self
    }
    /// A stream of pages (the first page starts from the token set on the builder, if any).
    pub fn send(
        self,
    ) -> crate::runtime::paginator::PageStream<
        crate::types::DescribeAddonVersionsResponse,
        DescribeAddonVersionsError,
        ::std::string::String,
    > {
        let first = self.builder.inner.next_token.clone();
        let builder = self.builder;
        crate::runtime::paginator::PageStream::new(
            first,
            move |token| builder.clone().set_next_token(token).send(),
            |page: &crate::types::DescribeAddonVersionsResponse| {
                page.next_token.as_ref().cloned()
            },
        )
    }
    /// A stream of the `addons` of every page.
    pub fn items(
        self,
    ) -> crate::runtime::paginator::ItemStream<
        crate::types::DescribeAddonVersionsResponse,
        DescribeAddonVersionsError,
        ::std::string::String,
        crate::types::AddonInfo,
    > {
        self.send()
            .items(|page: crate::types::DescribeAddonVersionsResponse| {
                page.addons.unwrap_or_default()
            })
    }
}
/// Errors of `DescribeAddonVersions`: one variant per error the spec or AWS's model lists, plus [`Unhandled`](DescribeAddonVersionsError::Unhandled).
#[derive(::std::fmt::Debug)]
#[non_exhaustive]
pub enum DescribeAddonVersionsError {
    /// The service returned `InvalidParameterException`.
    InvalidParameterException(crate::types::error::InvalidParameterException),
    /// The service returned `ResourceNotFoundException`.
    ResourceNotFoundException(crate::types::error::ResourceNotFoundException),
    /// The service returned `ServerException`.
    ServerException(crate::types::error::ServerException),
    /// An error neither the spec nor AWS's model lists for this
    /// operation (the code, message, HTTP status and request id are kept).
    Unhandled(crate::runtime::Unhandled),
}
impl crate::runtime::OperationError for DescribeAddonVersionsError {
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
            ::std::option::Option::Some("ResourceNotFoundException") => {
                Self::ResourceNotFoundException(
                    <crate::types::error::ResourceNotFoundException>::from_response(
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
            Self::ResourceNotFoundException(e) => e.meta(),
            Self::ServerException(e) => e.meta(),
            Self::Unhandled(e) => e.meta(),
        }
    }
    fn with_attempts(mut self, attempts: u32) -> Self {
        match &mut self {
            Self::InvalidParameterException(e) => e.meta.set_attempts(attempts),
            Self::ResourceNotFoundException(e) => e.meta.set_attempts(attempts),
            Self::ServerException(e) => e.meta.set_attempts(attempts),
            Self::Unhandled(e) => e.meta_mut().set_attempts(attempts),
        }
        self
    }
}
impl DescribeAddonVersionsError {
    /// Status, code, message and request id of the response.
    pub fn meta(&self) -> &crate::runtime::ErrorMetadata {
        crate::runtime::OperationError::meta(self)
    }
    /// The error code the service sent, if any.
    pub fn code(&self) -> ::std::option::Option<&str> {
        self.meta().code()
    }
}
impl ::std::fmt::Display for DescribeAddonVersionsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::InvalidParameterException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ResourceNotFoundException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ServerException(e) => ::std::fmt::Display::fmt(e, f),
            Self::Unhandled(e) => ::std::fmt::Display::fmt(e, f),
        }
    }
}
impl ::std::error::Error for DescribeAddonVersionsError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::InvalidParameterException(e) => ::std::option::Option::Some(e),
            Self::ResourceNotFoundException(e) => ::std::option::Option::Some(e),
            Self::ServerException(e) => ::std::option::Option::Some(e),
            Self::Unhandled(e) => ::std::option::Option::Some(e),
        }
    }
}
