//! The `SubmitJob` operation: see [`Client::submit_job`](crate::Client::submit_job).
const OPERATION: crate::runtime::operation::OperationSpec = crate::runtime::operation::OperationSpec {
    name: "SubmitJob",
    target: "",
    host_prefix: ::std::option::Option::None,
    unsigned: false,
    endpoint_discovery: false,
    api_version_header: ::std::option::Option::None,
    min_attempt_timeout_secs: ::std::option::Option::None,
    partitions: &[],
};
/// Builds and sends a `SubmitJob` request; see [`Client::submit_job`](crate::Client::submit_job).
#[derive(::std::clone::Clone, ::std::fmt::Debug)]
pub struct SubmitJobFluentBuilder {
    handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    inner: crate::types::builders::SubmitJobRequestBuilder,
}
impl SubmitJobFluentBuilder {
    pub(crate) fn new(
        handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    ) -> Self {
        SubmitJobFluentBuilder {
            handle,
            inner: ::std::default::Default::default(),
        }
    }
    /// The input built so far.
    pub fn as_input(&self) -> &crate::types::builders::SubmitJobRequestBuilder {
        &self.inner
    }
    /// The array properties for the submitted job, such as the size of the array. The
    /// array size can be between 2 and 10,000. If you specify array properties for a
    /// job, it becomes an array job. For more information, see [Array
    /// Jobs](https://docs.aws.amazon.com/batch/latest/userguide/array_jobs.html) in the
    /// *Batch User Guide*.
    pub fn array_properties(
        mut self,
        input: impl ::std::convert::Into<crate::types::ArrayProperties>,
    ) -> Self {
        self.inner = self.inner.array_properties(input);
        self
    }
    /// Sets or clears [`array_properties`](Self::array_properties).
    pub fn set_array_properties(
        mut self,
        input: ::std::option::Option<crate::types::ArrayProperties>,
    ) -> Self {
        self.inner = self.inner.set_array_properties(input);
        self
    }
    /// An object with various properties that override the defaults for the job
    /// definition that specify the name of a container in the specified job definition
    /// and the overrides it should receive. You can override the default command for a
    /// container, which is specified in the job definition or the Docker image, with a
    /// `command` override. You can also override existing environment variables on a
    /// container or add new environment variables to it with an `environment` override.
    pub fn container_overrides(
        mut self,
        input: impl ::std::convert::Into<crate::types::ContainerOverrides>,
    ) -> Self {
        self.inner = self.inner.container_overrides(input);
        self
    }
    /// Sets or clears [`container_overrides`](Self::container_overrides).
    pub fn set_container_overrides(
        mut self,
        input: ::std::option::Option<crate::types::ContainerOverrides>,
    ) -> Self {
        self.inner = self.inner.set_container_overrides(input);
        self
    }
    /// A list of dependencies for the job. A job can depend upon a maximum of 20 jobs.
    /// You can specify a `SEQUENTIAL` type dependency without specifying a job ID for
    /// array jobs so that each child array job completes sequentially, starting at
    /// index 0. You can also specify an `N_TO_N` type dependency with a job ID for
    /// array jobs. In that case, each index child of this job must wait for the
    /// corresponding index child of each dependency to complete before it can begin.
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn depends_on(
        mut self,
        input: impl ::std::convert::Into<crate::types::JobDependency>,
    ) -> Self {
        self.inner = self.inner.depends_on(input);
        self
    }
    /// Sets or clears [`depends_on`](Self::depends_on).
    pub fn set_depends_on(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::JobDependency>>,
    ) -> Self {
        self.inner = self.inner.set_depends_on(input);
        self
    }
    /// An object that can only be specified for jobs that are run on Amazon EKS
    /// resources with various properties that override defaults for the job definition.
    pub fn eks_properties_override(
        mut self,
        input: impl ::std::convert::Into<crate::types::EksPropertiesOverride>,
    ) -> Self {
        self.inner = self.inner.eks_properties_override(input);
        self
    }
    /// Sets or clears [`eks_properties_override`](Self::eks_properties_override).
    pub fn set_eks_properties_override(
        mut self,
        input: ::std::option::Option<crate::types::EksPropertiesOverride>,
    ) -> Self {
        self.inner = self.inner.set_eks_properties_override(input);
        self
    }
    /// The job definition used by this job. This value can be one of `definition-name`,
    /// `definition-name:revision`, or the Amazon Resource Name (ARN) for the job
    /// definition, with or without the revision
    /// (`arn:aws:batch:region:account:job-definition/definition-name:revision`, or
    /// `arn:aws:batch:region:account:job-definition/definition-name`).
    ///
    /// If the revision is not specified, then the latest active revision is used.
    pub fn job_definition(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.job_definition(input);
        self
    }
    /// Sets or clears [`job_definition`](Self::job_definition).
    pub fn set_job_definition(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_job_definition(input);
        self
    }
    /// The name of the job. It can be up to 128 letters long. The first character must
    /// be alphanumeric, can contain uppercase and lowercase letters, numbers, hyphens
    /// (-), and underscores (\_).
    pub fn job_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.job_name(input);
        self
    }
    /// Sets or clears [`job_name`](Self::job_name).
    pub fn set_job_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_job_name(input);
        self
    }
    /// The job queue where the job is submitted. You can specify either the name or the
    /// Amazon Resource Name (ARN) of the queue.
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
    /// A list of node overrides in JSON format that specify the node range to target
    /// and the container overrides for that node range.
    ///
    /// **Note:** This parameter isn't applicable to jobs that are running on Fargate
    /// resources; use `containerOverrides` instead.
    pub fn node_overrides(
        mut self,
        input: impl ::std::convert::Into<crate::types::NodeOverrides>,
    ) -> Self {
        self.inner = self.inner.node_overrides(input);
        self
    }
    /// Sets or clears [`node_overrides`](Self::node_overrides).
    pub fn set_node_overrides(
        mut self,
        input: ::std::option::Option<crate::types::NodeOverrides>,
    ) -> Self {
        self.inner = self.inner.set_node_overrides(input);
        self
    }
    /// Additional parameters passed to the job that replace parameter substitution
    /// placeholders that are set in the job definition. Parameters are specified as a
    /// key and value pair mapping. Parameters in a `SubmitJob` request override any
    /// corresponding parameter defaults from the job definition.
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
    /// Specifies whether to propagate the tags from the job or job definition to the
    /// corresponding Amazon ECS task. If no value is specified, the tags aren't
    /// propagated. Tags can only be propagated to the tasks during task creation. For
    /// tags with the same name, job tags are given priority over job definitions tags.
    /// If the total number of combined tags from the job and job definition is over 50,
    /// the job is moved to the `FAILED` state. When specified, this overrides the tag
    /// propagation setting in the job definition.
    pub fn propagate_tags(mut self, input: impl ::std::convert::Into<bool>) -> Self {
        self.inner = self.inner.propagate_tags(input);
        self
    }
    /// Sets or clears [`propagate_tags`](Self::propagate_tags).
    pub fn set_propagate_tags(mut self, input: ::std::option::Option<bool>) -> Self {
        self.inner = self.inner.set_propagate_tags(input);
        self
    }
    /// The retry strategy to use for failed jobs from this SubmitJob operation. When a
    /// retry strategy is specified here, it overrides the retry strategy defined in the
    /// job definition.
    pub fn retry_strategy(
        mut self,
        input: impl ::std::convert::Into<crate::types::RetryStrategy>,
    ) -> Self {
        self.inner = self.inner.retry_strategy(input);
        self
    }
    /// Sets or clears [`retry_strategy`](Self::retry_strategy).
    pub fn set_retry_strategy(
        mut self,
        input: ::std::option::Option<crate::types::RetryStrategy>,
    ) -> Self {
        self.inner = self.inner.set_retry_strategy(input);
        self
    }
    /// The scheduling priority for the job. This only affects jobs in job queues with a
    /// fair share policy. Jobs with a higher scheduling priority are scheduled before
    /// jobs with a lower scheduling priority. This overrides any scheduling priority in
    /// the job definition.
    ///
    /// The minimum supported value is 0 and the maximum supported value is 9999.
    pub fn scheduling_priority_override(
        mut self,
        input: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.inner = self.inner.scheduling_priority_override(input);
        self
    }
    /// Sets or clears [`scheduling_priority_override`](Self::scheduling_priority_override).
    pub fn set_scheduling_priority_override(
        mut self,
        input: ::std::option::Option<i64>,
    ) -> Self {
        self.inner = self.inner.set_scheduling_priority_override(input);
        self
    }
    /// The share identifier for the job. Don't specify this parameter if the job queue
    /// doesn't have a scheduling policy. If the job queue has a scheduling policy, then
    /// this parameter must be specified.
    ///
    /// This string is limited to 255 alphanumeric characters, and can be followed by an
    /// asterisk (\*).
    pub fn share_identifier(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.share_identifier(input);
        self
    }
    /// Sets or clears [`share_identifier`](Self::share_identifier).
    pub fn set_share_identifier(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_share_identifier(input);
        self
    }
    /// The tags that you apply to the job request to help you categorize and organize
    /// your resources. Each tag consists of a key and an optional value. For more
    /// information, see [Tagging Amazon Web Services
    /// Resources](https://docs.aws.amazon.com/general/latest/gr/aws_tagging.html) in
    /// *Amazon Web Services General Reference*.
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
    /// The timeout configuration for this SubmitJob operation. You can specify a
    /// timeout duration after which Batch terminates your jobs if they haven't
    /// finished. If a job is terminated due to a timeout, it isn't retried. The minimum
    /// value for the timeout is 60 seconds. This configuration overrides any timeout
    /// configuration specified in the job definition. For array jobs, child jobs have
    /// the same timeout configuration as the parent job. For more information, see [Job
    /// Timeouts](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/job_timeouts.html)
    /// in the *Amazon Elastic Container Service Developer Guide*.
    pub fn timeout(
        mut self,
        input: impl ::std::convert::Into<crate::types::JobTimeout>,
    ) -> Self {
        self.inner = self.inner.timeout(input);
        self
    }
    /// Sets or clears [`timeout`](Self::timeout).
    pub fn set_timeout(
        mut self,
        input: ::std::option::Option<crate::types::JobTimeout>,
    ) -> Self {
        self.inner = self.inner.set_timeout(input);
        self
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    pub fn consumable_resource_properties_override(
        mut self,
        input: impl ::std::convert::Into<crate::types::ConsumableResourceProperties>,
    ) -> Self {
        self.inner = self.inner.consumable_resource_properties_override(input);
        self
    }
    /// Sets or clears [`consumable_resource_properties_override`](Self::consumable_resource_properties_override).
    pub fn set_consumable_resource_properties_override(
        mut self,
        input: ::std::option::Option<crate::types::ConsumableResourceProperties>,
    ) -> Self {
        self.inner = self.inner.set_consumable_resource_properties_override(input);
        self
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    pub fn ecs_properties_override(
        mut self,
        input: impl ::std::convert::Into<crate::types::EcsPropertiesOverride>,
    ) -> Self {
        self.inner = self.inner.ecs_properties_override(input);
        self
    }
    /// Sets or clears [`ecs_properties_override`](Self::ecs_properties_override).
    pub fn set_ecs_properties_override(
        mut self,
        input: ::std::option::Option<crate::types::EcsPropertiesOverride>,
    ) -> Self {
        self.inner = self.inner.set_ecs_properties_override(input);
        self
    }
    /// Sends the request.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::types::SubmitJobResponse,
        crate::runtime::SdkError<SubmitJobError>,
    > {
        let input = self.inner.build().map_err(crate::runtime::SdkError::Construction)?;
        let parts = request(&input).map_err(crate::runtime::SdkError::Dispatch)?;
        self.handle
            .invoke_rest::<
                crate::types::SubmitJobResponse,
                SubmitJobError,
            >(&OPERATION, parts, parse)
            .await
    }
}
/// The request: labels, query, headers and body as AWS's model binds them.
fn request(
    input: &crate::types::SubmitJobRequest,
) -> ::std::result::Result<
    crate::runtime::operation::RequestParts,
    crate::runtime::DispatchError,
> {
    let query = crate::runtime::rest::QueryParams::new();
    let path_and_query = crate::runtime::rest::build_uri("/v1/submitjob", &[], &query)
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
) -> ::std::result::Result<crate::types::SubmitJobResponse, ::std::string::String> {
    let body: &[u8] = if response.body.iter().all(u8::is_ascii_whitespace) {
        b"{}"
    } else {
        &response.body
    };
    let out: crate::types::SubmitJobResponse = crate::runtime::json::from_slice(body)?;
    ::std::result::Result::Ok(out)
}
/// Errors of `SubmitJob`: one variant per error the spec or AWS's model lists, plus [`Unhandled`](SubmitJobError::Unhandled).
#[derive(::std::fmt::Debug)]
#[non_exhaustive]
pub enum SubmitJobError {
    /// The service returned `ClientException`.
    ClientException(crate::types::error::ClientException),
    /// The service returned `ServerException`.
    ServerException(crate::types::error::ServerException),
    /// An error neither the spec nor AWS's model lists for this
    /// operation (the code, message, HTTP status and request id are kept).
    Unhandled(crate::runtime::Unhandled),
}
impl crate::runtime::OperationError for SubmitJobError {
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
impl SubmitJobError {
    /// Status, code, message and request id of the response.
    pub fn meta(&self) -> &crate::runtime::ErrorMetadata {
        crate::runtime::OperationError::meta(self)
    }
    /// The error code the service sent, if any.
    pub fn code(&self) -> ::std::option::Option<&str> {
        self.meta().code()
    }
}
impl ::std::fmt::Display for SubmitJobError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::ClientException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ServerException(e) => ::std::fmt::Display::fmt(e, f),
            Self::Unhandled(e) => ::std::fmt::Display::fmt(e, f),
        }
    }
}
impl ::std::error::Error for SubmitJobError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::ClientException(e) => ::std::option::Option::Some(e),
            Self::ServerException(e) => ::std::option::Option::Some(e),
            Self::Unhandled(e) => ::std::option::Option::Some(e),
        }
    }
}
