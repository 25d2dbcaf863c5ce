//! The `ListJobs` operation: see [`Client::list_jobs`](crate::Client::list_jobs).
const OPERATION: crate::runtime::operation::OperationSpec = crate::runtime::operation::OperationSpec {
    name: "ListJobs",
    target: "",
    host_prefix: ::std::option::Option::None,
    unsigned: false,
    endpoint_discovery: false,
    api_version_header: ::std::option::Option::None,
    min_attempt_timeout_secs: ::std::option::Option::None,
    partitions: &[],
};
/// Builds and sends a `ListJobs` request; see [`Client::list_jobs`](crate::Client::list_jobs).
#[derive(::std::clone::Clone, ::std::fmt::Debug)]
pub struct ListJobsFluentBuilder {
    handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    inner: crate::types::builders::ListJobsRequestBuilder,
}
impl ListJobsFluentBuilder {
    pub(crate) fn new(
        handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    ) -> Self {
        ListJobsFluentBuilder {
            handle,
            inner: ::std::default::Default::default(),
        }
    }
    /// The input built so far.
    pub fn as_input(&self) -> &crate::types::builders::ListJobsRequestBuilder {
        &self.inner
    }
    /// The job ID for an array job. Specifying an array job ID with this parameter
    /// lists all child jobs from within the specified array.
    pub fn array_job_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.array_job_id(input);
        self
    }
    /// Sets or clears [`array_job_id`](Self::array_job_id).
    pub fn set_array_job_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_array_job_id(input);
        self
    }
    /// The filter to apply to the query. Only one filter can be used at a time. When
    /// the filter is used, `jobStatus` is ignored. The filter doesn't apply to child
    /// jobs in an array or multi-node parallel (MNP) jobs. The results are sorted by
    /// the `createdAt` field, with the most recent jobs being first.
    ///
    /// - **JOB_NAME**: The value of the filter is a case-insensitive match for the job
    ///   name. If the value ends with an asterisk (\*), the filter matches any job name
    ///   that begins with the string before the '\*'. This corresponds to the `jobName`
    ///   value. For example, `test1` matches both `Test1` and `test1`, and `test1*`
    ///   matches both `test1` and `Test10`. When the `JOB_NAME` filter is used, the
    ///   results are grouped by the job name and version.
    /// - **JOB_DEFINITION**: The value for the filter is the name or Amazon Resource
    ///   Name (ARN) of the job definition. This corresponds to the `jobDefinition`
    ///   value. The value is case sensitive. When the value for the filter is the job
    ///   definition name, the results include all the jobs that used any revision of
    ///   that job definition name. If the value ends with an asterisk (\*), the filter
    ///   matches any job definition name that begins with the string before the '\*'.
    ///   For example, `jd1` matches only `jd1`, and `jd1*` matches both `jd1` and
    ///   `jd1A`. The version of the job definition that's used doesn't affect the sort
    ///   order. When the `JOB_DEFINITION` filter is used and the ARN is used (which is
    ///   in the form
    ///   `arn:${Partition}:batch:${Region}:${Account}:job-definition/${JobDefinitionName}:${Revision}`),
    ///   the results include jobs that used the specified revision of the job
    ///   definition. Asterisk (\*) isn't supported when the ARN is used.
    /// - **BEFORE_CREATED_AT**: The value for the filter is the time that's before the
    ///   job was created. This corresponds to the `createdAt` value. The value is a
    ///   string representation of the number of milliseconds since 00:00:00 UTC
    ///   (midnight) on January 1, 1970.
    /// - **AFTER_CREATED_AT**: The value for the filter is the time that's after the
    ///   job was created. This corresponds to the `createdAt` value. The value is a
    ///   string representation of the number of milliseconds since 00:00:00 UTC
    ///   (midnight) on January 1, 1970.
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn filters(
        mut self,
        input: impl ::std::convert::Into<crate::types::KeyValuesPair>,
    ) -> Self {
        self.inner = self.inner.filters(input);
        self
    }
    /// Sets or clears [`filters`](Self::filters).
    pub fn set_filters(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::KeyValuesPair>>,
    ) -> Self {
        self.inner = self.inner.set_filters(input);
        self
    }
    /// The name or full Amazon Resource Name (ARN) of the job queue used to list jobs.
    pub fn job_queue(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.job_queue(input);
        self
    }
    /// Sets or clears [`job_queue`](Self::job_queue).
    pub fn set_job_queue(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_job_queue(input);
        self
    }
    /// The job status used to filter jobs in the specified queue. If the `filters`
    /// parameter is specified, the `jobStatus` parameter is ignored and jobs with any
    /// status are returned. If you don't specify a status, only `RUNNING` jobs are
    /// returned.
    pub fn job_status(
        mut self,
        input: impl ::std::convert::Into<crate::types::JobStatus>,
    ) -> Self {
        self.inner = self.inner.job_status(input);
        self
    }
    /// Sets or clears [`job_status`](Self::job_status).
    pub fn set_job_status(
        mut self,
        input: ::std::option::Option<crate::types::JobStatus>,
    ) -> Self {
        self.inner = self.inner.set_job_status(input);
        self
    }
    /// The maximum number of results returned by `ListJobs` in paginated output. When
    /// this parameter is used, `ListJobs` only returns `maxResults` results in a single
    /// page and a `nextToken` response element. The remaining results of the initial
    /// request can be seen by sending another `ListJobs` request with the returned
    /// `nextToken` value. This value can be between 1 and 100. If this parameter isn't
    /// used, then `ListJobs` returns up to 100 results and a `nextToken` value if
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
    /// The job ID for a multi-node parallel job. Specifying a multi-node parallel job
    /// ID with this parameter lists all nodes that are associated with the specified
    /// job.
    pub fn multi_node_job_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.multi_node_job_id(input);
        self
    }
    /// Sets or clears [`multi_node_job_id`](Self::multi_node_job_id).
    pub fn set_multi_node_job_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_multi_node_job_id(input);
        self
    }
    /// The `nextToken` value returned from a previous paginated `ListJobs` request
    /// where `maxResults` was used and the results exceeded the value of that
    /// parameter. Pagination continues from the end of the previous results that
    /// returned the `nextToken` value. This value is `null` when there are no more
    /// results to return.
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
        crate::types::ListJobsResponse,
        crate::runtime::SdkError<ListJobsError>,
    > {
        let input = self.inner.build().map_err(crate::runtime::SdkError::Construction)?;
        let parts = request(&input).map_err(crate::runtime::SdkError::Dispatch)?;
        self.handle
            .invoke_rest::<
                crate::types::ListJobsResponse,
                ListJobsError,
            >(&OPERATION, parts, parse)
            .await
    }
}
/// The request: labels, query, headers and body as AWS's model binds them.
fn request(
    input: &crate::types::ListJobsRequest,
) -> ::std::result::Result<
    crate::runtime::operation::RequestParts,
    crate::runtime::DispatchError,
> {
    let query = crate::runtime::rest::QueryParams::new();
    let path_and_query = crate::runtime::rest::build_uri("/v1/listjobs", &[], &query)
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
) -> ::std::result::Result<crate::types::ListJobsResponse, ::std::string::String> {
    let body: &[u8] = if response.body.iter().all(u8::is_ascii_whitespace) {
        b"{}"
    } else {
        &response.body
    };
    let out: crate::types::ListJobsResponse = crate::runtime::json::from_slice(body)?;
    ::std::result::Result::Ok(out)
}
impl ListJobsFluentBuilder {
    /// A paginator over every page of `ListJobs` (see [`ListJobsPaginator`]).
    pub fn into_paginator(self) -> ListJobsPaginator {
        ListJobsPaginator { builder: self }
    }
}
/// Pages through `ListJobs`, following `nextToken` → `nextToken`; stops when the token is absent, empty or repeated.
#[derive(::std::clone::Clone, ::std::fmt::Debug)]
pub struct ListJobsPaginator {
    builder: ListJobsFluentBuilder,
}
impl ListJobsPaginator {
    /// Items per page (`maxResults`).
    pub fn page_size(mut self, size: impl ::std::convert::Into<i64>) -> Self {
        self.builder = self.builder.max_results(size);
        self
    }
    /// A stream of pages (the first page starts from the token set on the builder, if any).
    pub fn send(
        self,
    ) -> crate::runtime::paginator::PageStream<
        crate::types::ListJobsResponse,
        ListJobsError,
        ::std::string::String,
    > {
        let first = self.builder.inner.next_token.clone();
        let builder = self.builder;
        crate::runtime::paginator::PageStream::new(
            first,
            move |token| builder.clone().set_next_token(token).send(),
            |page: &crate::types::ListJobsResponse| { page.next_token.as_ref().cloned() },
        )
    }
    /// A stream of the `jobSummaryList` of every page.
    pub fn items(
        self,
    ) -> crate::runtime::paginator::ItemStream<
        crate::types::ListJobsResponse,
        ListJobsError,
        ::std::string::String,
        crate::types::JobSummary,
    > {
        self.send().items(|page: crate::types::ListJobsResponse| page.job_summary_list)
    }
}
/// Errors of `ListJobs`: one variant per error the spec or AWS's model lists, plus [`Unhandled`](ListJobsError::Unhandled).
#[derive(::std::fmt::Debug)]
#[non_exhaustive]
pub enum ListJobsError {
    /// The service returned `ClientException`.
    ClientException(crate::types::error::ClientException),
    /// The service returned `ServerException`.
    ServerException(crate::types::error::ServerException),
    /// An error neither the spec nor AWS's model lists for this
    /// operation (the code, message, HTTP status and request id are kept).
    Unhandled(crate::runtime::Unhandled),
}
impl crate::runtime::OperationError for ListJobsError {
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
impl ListJobsError {
    /// Status, code, message and request id of the response.
    pub fn meta(&self) -> &crate::runtime::ErrorMetadata {
        crate::runtime::OperationError::meta(self)
    }
    /// The error code the service sent, if any.
    pub fn code(&self) -> ::std::option::Option<&str> {
        self.meta().code()
    }
}
impl ::std::fmt::Display for ListJobsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::ClientException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ServerException(e) => ::std::fmt::Display::fmt(e, f),
            Self::Unhandled(e) => ::std::fmt::Display::fmt(e, f),
        }
    }
}
impl ::std::error::Error for ListJobsError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::ClientException(e) => ::std::option::Option::Some(e),
            Self::ServerException(e) => ::std::option::Option::Some(e),
            Self::Unhandled(e) => ::std::option::Option::Some(e),
        }
    }
}
