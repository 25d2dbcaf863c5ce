//! The `CreateJobQueue` operation: see [`Client::create_job_queue`](crate::Client::create_job_queue).
const OPERATION: crate::runtime::operation::OperationSpec = crate::runtime::operation::OperationSpec {
    name: "CreateJobQueue",
    target: "",
    host_prefix: ::std::option::Option::None,
    unsigned: false,
    endpoint_discovery: false,
    api_version_header: ::std::option::Option::None,
    min_attempt_timeout_secs: ::std::option::Option::None,
    partitions: &[],
};
/// Builds and sends a `CreateJobQueue` request; see [`Client::create_job_queue`](crate::Client::create_job_queue).
#[derive(::std::clone::Clone, ::std::fmt::Debug)]
pub struct CreateJobQueueFluentBuilder {
    handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    inner: crate::types::builders::CreateJobQueueRequestBuilder,
}
impl CreateJobQueueFluentBuilder {
    pub(crate) fn new(
        handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    ) -> Self {
        CreateJobQueueFluentBuilder {
            handle,
            inner: ::std::default::Default::default(),
        }
    }
    /// The input built so far.
    pub fn as_input(&self) -> &crate::types::builders::CreateJobQueueRequestBuilder {
        &self.inner
    }
    /// The set of compute environments mapped to a job queue and their order relative
    /// to each other. The job scheduler uses this parameter to determine which compute
    /// environment runs a specific job. Compute environments must be in the `VALID`
    /// state before you can associate them with a job queue. You can associate up to
    /// three compute environments with a job queue. All of the compute environments
    /// must be either EC2 (`EC2` or `SPOT`) or Fargate (`FARGATE` or `FARGATE_SPOT`);
    /// EC2 and Fargate compute environments can't be mixed.
    ///
    /// **Note:** All compute environments that are associated with a job queue must
    /// share the same architecture. Batch doesn't support mixing compute environment
    /// architecture types in a single job queue.
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn compute_environment_order(
        mut self,
        input: impl ::std::convert::Into<crate::types::ComputeEnvironmentOrder>,
    ) -> Self {
        self.inner = self.inner.compute_environment_order(input);
        self
    }
    /// Sets or clears [`compute_environment_order`](Self::compute_environment_order).
    pub fn set_compute_environment_order(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<crate::types::ComputeEnvironmentOrder>,
        >,
    ) -> Self {
        self.inner = self.inner.set_compute_environment_order(input);
        self
    }
    /// The name of the job queue. It can be up to 128 letters long. It can contain
    /// uppercase and lowercase letters, numbers, hyphens (-), and underscores (\_).
    pub fn job_queue_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.job_queue_name(input);
        self
    }
    /// Sets or clears [`job_queue_name`](Self::job_queue_name).
    pub fn set_job_queue_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_job_queue_name(input);
        self
    }
    /// The priority of the job queue. Job queues with a higher priority (or a higher
    /// integer value for the `priority` parameter) are evaluated first when associated
    /// with the same compute environment. Priority is determined in descending order.
    /// For example, a job queue with a priority value of `10` is given scheduling
    /// preference over a job queue with a priority value of `1`. All of the compute
    /// environments must be either EC2 (`EC2` or `SPOT`) or Fargate (`FARGATE` or
    /// `FARGATE_SPOT`); EC2 and Fargate compute environments can't be mixed.
    pub fn priority(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.inner = self.inner.priority(input);
        self
    }
    /// Sets or clears [`priority`](Self::priority).
    pub fn set_priority(mut self, input: ::std::option::Option<i64>) -> Self {
        self.inner = self.inner.set_priority(input);
        self
    }
    /// The Amazon Resource Name (ARN) of the fair share scheduling policy. If this
    /// parameter is specified, the job queue uses a fair share scheduling policy. If
    /// this parameter isn't specified, the job queue uses a first in, first out (FIFO)
    /// scheduling policy. After a job queue is created, you can replace but can't
    /// remove the fair share scheduling policy. The format is
    /// `aws:Partition:batch:Region:Account:scheduling-policy/Name`. An example is
    /// `aws:aws:batch:us-west-2:123456789012:scheduling-policy/MySchedulingPolicy`.
    pub fn scheduling_policy_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.scheduling_policy_arn(input);
        self
    }
    /// Sets or clears [`scheduling_policy_arn`](Self::scheduling_policy_arn).
    pub fn set_scheduling_policy_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_scheduling_policy_arn(input);
        self
    }
    /// The state of the job queue. If the job queue state is `ENABLED`, it is able to
    /// accept jobs. If the job queue state is `DISABLED`, new jobs can't be added to
    /// the queue, but jobs already in the queue can finish.
    pub fn state(
        mut self,
        input: impl ::std::convert::Into<crate::types::JqState>,
    ) -> Self {
        self.inner = self.inner.state(input);
        self
    }
    /// Sets or clears [`state`](Self::state).
    pub fn set_state(
        mut self,
        input: ::std::option::Option<crate::types::JqState>,
    ) -> Self {
        self.inner = self.inner.set_state(input);
        self
    }
    /// The tags that you apply to the job queue to help you categorize and organize
    /// your resources. Each tag consists of a key and an optional value. For more
    /// information, see [Tagging your Batch
    /// resources](https://docs.aws.amazon.com/batch/latest/userguide/using-tags.html)
    /// in *Batch User Guide*.
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
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    pub fn job_queue_type(
        mut self,
        input: impl ::std::convert::Into<crate::types::JobQueueType>,
    ) -> Self {
        self.inner = self.inner.job_queue_type(input);
        self
    }
    /// Sets or clears [`job_queue_type`](Self::job_queue_type).
    pub fn set_job_queue_type(
        mut self,
        input: ::std::option::Option<crate::types::JobQueueType>,
    ) -> Self {
        self.inner = self.inner.set_job_queue_type(input);
        self
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn job_state_time_limit_actions(
        mut self,
        input: impl ::std::convert::Into<crate::types::JobStateTimeLimitAction>,
    ) -> Self {
        self.inner = self.inner.job_state_time_limit_actions(input);
        self
    }
    /// Sets or clears [`job_state_time_limit_actions`](Self::job_state_time_limit_actions).
    pub fn set_job_state_time_limit_actions(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<crate::types::JobStateTimeLimitAction>,
        >,
    ) -> Self {
        self.inner = self.inner.set_job_state_time_limit_actions(input);
        self
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn service_environment_order(
        mut self,
        input: impl ::std::convert::Into<crate::types::ServiceEnvironmentOrder>,
    ) -> Self {
        self.inner = self.inner.service_environment_order(input);
        self
    }
    /// Sets or clears [`service_environment_order`](Self::service_environment_order).
    pub fn set_service_environment_order(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<crate::types::ServiceEnvironmentOrder>,
        >,
    ) -> Self {
        self.inner = self.inner.set_service_environment_order(input);
        self
    }
    /// Sends the request.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::types::CreateJobQueueResponse,
        crate::runtime::SdkError<CreateJobQueueError>,
    > {
        let input = self.inner.build().map_err(crate::runtime::SdkError::Construction)?;
        let parts = request(&input).map_err(crate::runtime::SdkError::Dispatch)?;
        self.handle
            .invoke_rest::<
                crate::types::CreateJobQueueResponse,
                CreateJobQueueError,
            >(&OPERATION, parts, parse)
            .await
    }
}
/// The request: labels, query, headers and body as AWS's model binds them.
fn request(
    input: &crate::types::CreateJobQueueRequest,
) -> ::std::result::Result<
    crate::runtime::operation::RequestParts,
    crate::runtime::DispatchError,
> {
    let query = crate::runtime::rest::QueryParams::new();
    let path_and_query = crate::runtime::rest::build_uri(
            "/v1/createjobqueue",
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
) -> ::std::result::Result<crate::types::CreateJobQueueResponse, ::std::string::String> {
    let body: &[u8] = if response.body.iter().all(u8::is_ascii_whitespace) {
        b"{}"
    } else {
        &response.body
    };
    let out: crate::types::CreateJobQueueResponse = crate::runtime::json::from_slice(
        body,
    )?;
    ::std::result::Result::Ok(out)
}
/// Errors of `CreateJobQueue`: one variant per error the spec or AWS's model lists, plus [`Unhandled`](CreateJobQueueError::Unhandled).
#[derive(::std::fmt::Debug)]
#[non_exhaustive]
pub enum CreateJobQueueError {
    /// The service returned `ClientException`.
    ClientException(crate::types::error::ClientException),
    /// The service returned `ServerException`.
    ServerException(crate::types::error::ServerException),
    /// An error neither the spec nor AWS's model lists for this
    /// operation (the code, message, HTTP status and request id are kept).
    Unhandled(crate::runtime::Unhandled),
}
impl crate::runtime::OperationError for CreateJobQueueError {
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
impl CreateJobQueueError {
    /// Status, code, message and request id of the response.
    pub fn meta(&self) -> &crate::runtime::ErrorMetadata {
        crate::runtime::OperationError::meta(self)
    }
    /// The error code the service sent, if any.
    pub fn code(&self) -> ::std::option::Option<&str> {
        self.meta().code()
    }
}
impl ::std::fmt::Display for CreateJobQueueError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::ClientException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ServerException(e) => ::std::fmt::Display::fmt(e, f),
            Self::Unhandled(e) => ::std::fmt::Display::fmt(e, f),
        }
    }
}
impl ::std::error::Error for CreateJobQueueError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::ClientException(e) => ::std::option::Option::Some(e),
            Self::ServerException(e) => ::std::option::Option::Some(e),
            Self::Unhandled(e) => ::std::option::Option::Some(e),
        }
    }
}
