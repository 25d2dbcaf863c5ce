//! The `DescribeComputeEnvironments` operation: see [`Client::describe_compute_environments`](crate::Client::describe_compute_environments).
const OPERATION: crate::runtime::operation::OperationSpec = crate::runtime::operation::OperationSpec {
    name: "DescribeComputeEnvironments",
    target: "",
    host_prefix: ::std::option::Option::None,
    unsigned: false,
    endpoint_discovery: false,
    api_version_header: ::std::option::Option::None,
    min_attempt_timeout_secs: ::std::option::Option::None,
    partitions: &[],
};
/// Builds and sends a `DescribeComputeEnvironments` request; see [`Client::describe_compute_environments`](crate::Client::describe_compute_environments).
#[derive(::std::clone::Clone, ::std::fmt::Debug)]
pub struct DescribeComputeEnvironmentsFluentBuilder {
    handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    inner: crate::types::builders::DescribeComputeEnvironmentsRequestBuilder,
}
impl DescribeComputeEnvironmentsFluentBuilder {
    pub(crate) fn new(
        handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    ) -> Self {
        DescribeComputeEnvironmentsFluentBuilder {
            handle,
            inner: ::std::default::Default::default(),
        }
    }
    /// The input built so far.
    pub fn as_input(
        &self,
    ) -> &crate::types::builders::DescribeComputeEnvironmentsRequestBuilder {
        &self.inner
    }
    /// A list of up to 100 compute environment names or full Amazon Resource Name (ARN)
    /// entries.
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn compute_environments(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.compute_environments(input);
        self
    }
    /// Sets or clears [`compute_environments`](Self::compute_environments).
    pub fn set_compute_environments(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.inner = self.inner.set_compute_environments(input);
        self
    }
    /// The maximum number of cluster results returned by `DescribeComputeEnvironments`
    /// in paginated output. When this parameter is used, `DescribeComputeEnvironments`
    /// only returns `maxResults` results in a single page along with a `nextToken`
    /// response element. The remaining results of the initial request can be seen by
    /// sending another `DescribeComputeEnvironments` request with the returned
    /// `nextToken` value. This value can be between 1 and 100. If this parameter isn't
    /// used, then `DescribeComputeEnvironments` returns up to 100 results and a
    /// `nextToken` value if applicable.
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
    /// `DescribeComputeEnvironments` request where `maxResults` was used and the
    /// results exceeded the value of that parameter. Pagination continues from the end
    /// of the previous results that returned the `nextToken` value. This value is
    /// `null` when there are no more results to return.
    ///
    /// **Note:** Treat this token as an opaque identifier that's only used to retrieve
    /// the next items in a list and not for other programmatic purposes.
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
        crate::types::DescribeComputeEnvironmentsResponse,
        crate::runtime::SdkError<DescribeComputeEnvironmentsError>,
    > {
        let input = self.inner.build().map_err(crate::runtime::SdkError::Construction)?;
        let parts = request(&input).map_err(crate::runtime::SdkError::Dispatch)?;
        self.handle
            .invoke_rest::<
                crate::types::DescribeComputeEnvironmentsResponse,
                DescribeComputeEnvironmentsError,
            >(&OPERATION, parts, parse)
            .await
    }
}
/// The request: labels, query, headers and body as AWS's model binds them.
fn request(
    input: &crate::types::DescribeComputeEnvironmentsRequest,
) -> ::std::result::Result<
    crate::runtime::operation::RequestParts,
    crate::runtime::DispatchError,
> {
    let query = crate::runtime::rest::QueryParams::new();
    let path_and_query = crate::runtime::rest::build_uri(
            "/v1/describecomputeenvironments",
            &[],
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
) -> ::std::result::Result<
    crate::types::DescribeComputeEnvironmentsResponse,
    ::std::string::String,
> {
    let body: &[u8] = if response.body.iter().all(u8::is_ascii_whitespace) {
        b"{}"
    } else {
        &response.body
    };
    let out: crate::types::DescribeComputeEnvironmentsResponse = crate::runtime::json::from_slice(
        body,
    )?;
    ::std::result::Result::Ok(out)
}
impl DescribeComputeEnvironmentsFluentBuilder {
    /// A paginator over every page of `DescribeComputeEnvironments` (see [`DescribeComputeEnvironmentsPaginator`]).
    pub fn into_paginator(self) -> DescribeComputeEnvironmentsPaginator {
        DescribeComputeEnvironmentsPaginator {
            builder: self,
        }
    }
}
/// Pages through `DescribeComputeEnvironments`, following `nextToken` → `nextToken`; stops when the token is absent, empty or repeated.
#[derive(::std::clone::Clone, ::std::fmt::Debug)]
pub struct DescribeComputeEnvironmentsPaginator {
    builder: DescribeComputeEnvironmentsFluentBuilder,
}
impl DescribeComputeEnvironmentsPaginator {
    /// Items per page (`maxResults`).
    pub fn page_size(mut self, size: impl ::std::convert::Into<i64>) -> Self {
        self.builder = self.builder.max_results(size);
        self
    }
    /// A stream of pages (the first page starts from the token set on the builder, if any).
    pub fn send(
        self,
    ) -> crate::runtime::paginator::PageStream<
        crate::types::DescribeComputeEnvironmentsResponse,
        DescribeComputeEnvironmentsError,
        ::std::string::String,
    > {
        let first = self.builder.inner.next_token.clone();
        let builder = self.builder;
        crate::runtime::paginator::PageStream::new(
            first,
            move |token| builder.clone().set_next_token(token).send(),
            |page: &crate::types::DescribeComputeEnvironmentsResponse| {
                page.next_token.as_ref().cloned()
            },
        )
    }
    /// A stream of the `computeEnvironments` of every page.
    pub fn items(
        self,
    ) -> crate::runtime::paginator::ItemStream<
        crate::types::DescribeComputeEnvironmentsResponse,
        DescribeComputeEnvironmentsError,
        ::std::string::String,
        crate::types::ComputeEnvironmentDetail,
    > {
        self.send()
            .items(|page: crate::types::DescribeComputeEnvironmentsResponse| {
                page.compute_environments.unwrap_or_default()
            })
    }
}
/// Errors of `DescribeComputeEnvironments`: one variant per error the spec or AWS's model lists, plus [`Unhandled`](DescribeComputeEnvironmentsError::Unhandled).
#[derive(::std::fmt::Debug)]
#[non_exhaustive]
pub enum DescribeComputeEnvironmentsError {
    /// The service returned `ClientException`.
    ClientException(crate::types::error::ClientException),
    /// The service returned `ServerException`.
    ServerException(crate::types::error::ServerException),
    /// An error neither the spec nor AWS's model lists for this
    /// operation (the code, message, HTTP status and request id are kept).
    Unhandled(crate::runtime::Unhandled),
}
impl crate::runtime::OperationError for DescribeComputeEnvironmentsError {
    fn from_response(meta: crate::runtime::ErrorMetadata, body: &[u8]) -> Self {
        match meta.modelled_code() {
            ::std::option::Option::Some("ClientException") => {
                Self::ClientException(
                    <crate::types::error::ClientException>::from_response(meta, body),
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
            Self::ServerException(e) => e.meta(),
            Self::Unhandled(e) => e.meta(),
        }
    }
    fn with_attempts(mut self, attempts: u32) -> Self {
        match &mut self {
            Self::ClientException(e) => e.meta.set_attempts(attempts),
            Self::ServerException(e) => e.meta.set_attempts(attempts),
            Self::Unhandled(e) => e.meta_mut().set_attempts(attempts),
        }
        self
    }
}
impl DescribeComputeEnvironmentsError {
    /// Status, code, message and request id of the response.
    pub fn meta(&self) -> &crate::runtime::ErrorMetadata {
        crate::runtime::OperationError::meta(self)
    }
    /// The error code the service sent, if any.
    pub fn code(&self) -> ::std::option::Option<&str> {
        self.meta().code()
    }
}
impl ::std::fmt::Display for DescribeComputeEnvironmentsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::ClientException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ServerException(e) => ::std::fmt::Display::fmt(e, f),
            Self::Unhandled(e) => ::std::fmt::Display::fmt(e, f),
        }
    }
}
impl ::std::error::Error for DescribeComputeEnvironmentsError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::ClientException(e) => ::std::option::Option::Some(e),
            Self::ServerException(e) => ::std::option::Option::Some(e),
            Self::Unhandled(e) => ::std::option::Option::Some(e),
        }
    }
}
