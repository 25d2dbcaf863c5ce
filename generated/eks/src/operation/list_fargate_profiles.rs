//! The `ListFargateProfiles` operation: see [`Client::list_fargate_profiles`](crate::Client::list_fargate_profiles).
const OPERATION: crate::runtime::operation::OperationSpec = crate::runtime::operation::OperationSpec {
    name: "ListFargateProfiles",
    target: "",
    host_prefix: ::std::option::Option::None,
    unsigned: false,
    endpoint_discovery: false,
    api_version_header: ::std::option::Option::None,
    min_attempt_timeout_secs: ::std::option::Option::None,
    partitions: &[],
};
/// Builds and sends a `ListFargateProfiles` request; see [`Client::list_fargate_profiles`](crate::Client::list_fargate_profiles).
#[derive(::std::clone::Clone, ::std::fmt::Debug)]
pub struct ListFargateProfilesFluentBuilder {
    handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    inner: crate::types::builders::ListFargateProfilesRequestBuilder,
}
impl ListFargateProfilesFluentBuilder {
    pub(crate) fn new(
        handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    ) -> Self {
        ListFargateProfilesFluentBuilder {
            handle,
            inner: ::std::default::Default::default(),
        }
    }
    /// The input built so far.
    pub fn as_input(
        &self,
    ) -> &crate::types::builders::ListFargateProfilesRequestBuilder {
        &self.inner
    }
    /// The name of the Amazon EKS cluster that you would like to list Fargate profiles
    /// in.
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
    /// The maximum number of Fargate profile results returned by `ListFargateProfiles`
    /// in paginated output. When you use this parameter, `ListFargateProfiles` returns
    /// only `maxResults` results in a single page along with a `nextToken` response
    /// element. You can see the remaining results of the initial request by sending
    /// another `ListFargateProfiles` request with the returned `nextToken` value. This
    /// value can be between 1 and 100. If you don't use this parameter,
    /// `ListFargateProfiles` returns up to 100 results and a `nextToken` value if
    /// applicable.
    pub fn max_results(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.inner = self.inner.max_results(input);
        self
    }
    /// Sets or clears [`max_results`](Self::max_results).
    pub fn set_max_results(mut self, input: ::std::option::Option<i64>) -> Self {
        self.inner = self.inner.set_max_results(input);
        self
    }
    /// The `nextToken` value returned from a previous paginated `ListFargateProfiles`
    /// request where `maxResults` was used and the results exceeded the value of that
    /// parameter. Pagination continues from the end of the previous results that
    /// returned the `nextToken` value.
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
        crate::types::ListFargateProfilesResponse,
        crate::runtime::SdkError<ListFargateProfilesError>,
    > {
        let input = self.inner.build().map_err(crate::runtime::SdkError::Construction)?;
        let parts = request(&input).map_err(crate::runtime::SdkError::Dispatch)?;
        self.handle
            .invoke_rest::<
                crate::types::ListFargateProfilesResponse,
                ListFargateProfilesError,
            >(&OPERATION, parts, parse)
            .await
    }
}
/// The request: labels, query, headers and body as AWS's model binds them.
fn request(
    input: &crate::types::ListFargateProfilesRequest,
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
            "/clusters/{name}/fargate-profiles",
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
    crate::types::ListFargateProfilesResponse,
    ::std::string::String,
> {
    let body: &[u8] = if response.body.iter().all(u8::is_ascii_whitespace) {
        b"{}"
    } else {
        &response.body
    };
    let out: crate::types::ListFargateProfilesResponse = crate::runtime::json::from_slice(
        body,
    )?;
    ::std::result::Result::Ok(out)
}
impl ListFargateProfilesFluentBuilder {
    /// A paginator over every page of `ListFargateProfiles` (see [`ListFargateProfilesPaginator`]).
    pub fn into_paginator(self) -> ListFargateProfilesPaginator {
        ListFargateProfilesPaginator {
            builder: self,
        }
    }
}
/// Pages through `ListFargateProfiles`, following `nextToken` → `nextToken`; stops when the token is absent, empty or repeated.
#[derive(::std::clone::Clone, ::std::fmt::Debug)]
pub struct ListFargateProfilesPaginator {
    builder: ListFargateProfilesFluentBuilder,
}
impl ListFargateProfilesPaginator {
    /// Items per page (`maxResults`).
    pub fn page_size(mut self, size: impl ::std::convert::Into<i64>) -> Self {
        self.builder = self.builder.max_results(size);
        self
    }
    /// A stream of pages (the first page starts from the token set on the builder, if any).
    pub fn send(
        self,
    ) -> crate::runtime::paginator::PageStream<
        crate::types::ListFargateProfilesResponse,
        ListFargateProfilesError,
        ::std::string::String,
    > {
        let first = self.builder.inner.next_token.clone();
        let builder = self.builder;
        crate::runtime::paginator::PageStream::new(
            first,
            move |token| builder.clone().set_next_token(token).send(),
            |page: &crate::types::ListFargateProfilesResponse| {
                page.next_token.as_ref().cloned()
            },
        )
    }
    /// A stream of the `fargateProfileNames` of every page.
    pub fn items(
        self,
    ) -> crate::runtime::paginator::ItemStream<
        crate::types::ListFargateProfilesResponse,
        ListFargateProfilesError,
        ::std::string::String,
        ::std::string::String,
    > {
        self.send()
            .items(|page: crate::types::ListFargateProfilesResponse| {
                page.fargate_profile_names.unwrap_or_default()
            })
    }
}
/// Errors of `ListFargateProfiles`: one variant per error the spec or AWS's model lists, plus [`Unhandled`](ListFargateProfilesError::Unhandled).
#[derive(::std::fmt::Debug)]
#[non_exhaustive]
pub enum ListFargateProfilesError {
    /// The service returned `ClientException`.
    ClientException(crate::types::error::ClientException),
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
impl crate::runtime::OperationError for ListFargateProfilesError {
    fn from_response(meta: crate::runtime::ErrorMetadata, body: &[u8]) -> Self {
        match meta.modelled_code() {
            ::std::option::Option::Some("ClientException") => {
                Self::ClientException(
                    <crate::types::error::ClientException>::from_response(meta, body),
                )
            }
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
            Self::ClientException(e) => e.meta(),
            Self::InvalidParameterException(e) => e.meta(),
            Self::ResourceNotFoundException(e) => e.meta(),
            Self::ServerException(e) => e.meta(),
            Self::Unhandled(e) => e.meta(),
        }
    }
    fn with_attempts(mut self, attempts: u32) -> Self {
        match &mut self {
            Self::ClientException(e) => e.meta.set_attempts(attempts),
            Self::InvalidParameterException(e) => e.meta.set_attempts(attempts),
            Self::ResourceNotFoundException(e) => e.meta.set_attempts(attempts),
            Self::ServerException(e) => e.meta.set_attempts(attempts),
            Self::Unhandled(e) => e.meta_mut().set_attempts(attempts),
        }
        self
    }
}
impl ListFargateProfilesError {
    /// Status, code, message and request id of the response.
    pub fn meta(&self) -> &crate::runtime::ErrorMetadata {
        crate::runtime::OperationError::meta(self)
    }
    /// The error code the service sent, if any.
    pub fn code(&self) -> ::std::option::Option<&str> {
        self.meta().code()
    }
}
impl ::std::fmt::Display for ListFargateProfilesError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::ClientException(e) => ::std::fmt::Display::fmt(e, f),
            Self::InvalidParameterException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ResourceNotFoundException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ServerException(e) => ::std::fmt::Display::fmt(e, f),
            Self::Unhandled(e) => ::std::fmt::Display::fmt(e, f),
        }
    }
}
impl ::std::error::Error for ListFargateProfilesError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::ClientException(e) => ::std::option::Option::Some(e),
            Self::InvalidParameterException(e) => ::std::option::Option::Some(e),
            Self::ResourceNotFoundException(e) => ::std::option::Option::Some(e),
            Self::ServerException(e) => ::std::option::Option::Some(e),
            Self::Unhandled(e) => ::std::option::Option::Some(e),
        }
    }
}
