//! The `RegisterJobDefinition` operation: see [`Client::register_job_definition`](crate::Client::register_job_definition).
const OPERATION: crate::runtime::operation::OperationSpec = crate::runtime::operation::OperationSpec {
    name: "RegisterJobDefinition",
    target: "",
    host_prefix: ::std::option::Option::None,
    unsigned: false,
    endpoint_discovery: false,
    api_version_header: ::std::option::Option::None,
    min_attempt_timeout_secs: ::std::option::Option::None,
    partitions: &[],
};
/// Builds and sends a `RegisterJobDefinition` request; see [`Client::register_job_definition`](crate::Client::register_job_definition).
#[derive(::std::clone::Clone, ::std::fmt::Debug)]
pub struct RegisterJobDefinitionFluentBuilder {
    handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    inner: crate::types::builders::RegisterJobDefinitionRequestBuilder,
}
impl RegisterJobDefinitionFluentBuilder {
    pub(crate) fn new(
        handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    ) -> Self {
        RegisterJobDefinitionFluentBuilder {
            handle,
            inner: ::std::default::Default::default(),
        }
    }
    /// The input built so far.
    pub fn as_input(
        &self,
    ) -> &crate::types::builders::RegisterJobDefinitionRequestBuilder {
        &self.inner
    }
    /// An object with various properties specific to Amazon ECS based single-node
    /// container-based jobs. If the job definition's `type` parameter is `container`,
    /// then you must specify either `containerProperties` or `nodeProperties`. This
    /// must not be specified for Amazon EKS based job definitions.
    ///
    /// **Note:** If the job runs on Fargate resources, then you must not specify
    /// `nodeProperties`; use only `containerProperties`.
    pub fn container_properties(
        mut self,
        input: impl ::std::convert::Into<crate::types::ContainerProperties>,
    ) -> Self {
        self.inner = self.inner.container_properties(input);
        self
    }
    /// Sets or clears [`container_properties`](Self::container_properties).
    pub fn set_container_properties(
        mut self,
        input: ::std::option::Option<crate::types::ContainerProperties>,
    ) -> Self {
        self.inner = self.inner.set_container_properties(input);
        self
    }
    /// An object with various properties that are specific to Amazon EKS based jobs.
    /// This must not be specified for Amazon ECS based job definitions.
    pub fn eks_properties(
        mut self,
        input: impl ::std::convert::Into<crate::types::EksProperties>,
    ) -> Self {
        self.inner = self.inner.eks_properties(input);
        self
    }
    /// Sets or clears [`eks_properties`](Self::eks_properties).
    pub fn set_eks_properties(
        mut self,
        input: ::std::option::Option<crate::types::EksProperties>,
    ) -> Self {
        self.inner = self.inner.set_eks_properties(input);
        self
    }
    /// The name of the job definition to register. It can be up to 128 letters long. It
    /// can contain uppercase and lowercase letters, numbers, hyphens (-), and
    /// underscores (\_).
    pub fn job_definition_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.job_definition_name(input);
        self
    }
    /// Sets or clears [`job_definition_name`](Self::job_definition_name).
    pub fn set_job_definition_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_job_definition_name(input);
        self
    }
    /// An object with various properties specific to multi-node parallel jobs. If you
    /// specify node properties for a job, it becomes a multi-node parallel job. For
    /// more information, see [Multi-node Parallel
    /// Jobs](https://docs.aws.amazon.com/batch/latest/userguide/multi-node-parallel-jobs.html)
    /// in the *Batch User Guide*. If the job definition's `type` parameter is
    /// `container`, then you must specify either `containerProperties` or
    /// `nodeProperties`.
    ///
    /// **Note:** If the job runs on Fargate resources, then you must not specify
    /// `nodeProperties`; use `containerProperties` instead.
    ///
    /// **Note:** If the job runs on Amazon EKS resources, then you must not specify
    /// `nodeProperties`.
    pub fn node_properties(
        mut self,
        input: impl ::std::convert::Into<crate::types::NodeProperties>,
    ) -> Self {
        self.inner = self.inner.node_properties(input);
        self
    }
    /// Sets or clears [`node_properties`](Self::node_properties).
    pub fn set_node_properties(
        mut self,
        input: ::std::option::Option<crate::types::NodeProperties>,
    ) -> Self {
        self.inner = self.inner.set_node_properties(input);
        self
    }
    /// Default parameter substitution placeholders to set in the job definition.
    /// Parameters are specified as a key-value pair mapping. Parameters in a
    /// `SubmitJob` request override any corresponding parameter defaults from the job
    /// definition.
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
    /// The platform capabilities required by the job definition. If no value is
    /// specified, it defaults to `EC2`. To run the job on Fargate resources, specify
    /// `FARGATE`.
    ///
    /// **Note:** If the job runs on Amazon EKS resources, then you must not specify
    /// `platformCapabilities`.
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn platform_capabilities(
        mut self,
        input: impl ::std::convert::Into<crate::types::PlatformCapability>,
    ) -> Self {
        self.inner = self.inner.platform_capabilities(input);
        self
    }
    /// Sets or clears [`platform_capabilities`](Self::platform_capabilities).
    pub fn set_platform_capabilities(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::PlatformCapability>>,
    ) -> Self {
        self.inner = self.inner.set_platform_capabilities(input);
        self
    }
    /// Specifies whether to propagate the tags from the job or job definition to the
    /// corresponding Amazon ECS task. If no value is specified, the tags are not
    /// propagated. Tags can only be propagated to the tasks during task creation. For
    /// tags with the same name, job tags are given priority over job definitions tags.
    /// If the total number of combined tags from the job and job definition is over 50,
    /// the job is moved to the `FAILED` state.
    ///
    /// **Note:** If the job runs on Amazon EKS resources, then you must not specify
    /// `propagateTags`.
    pub fn propagate_tags(mut self, input: impl ::std::convert::Into<bool>) -> Self {
        self.inner = self.inner.propagate_tags(input);
        self
    }
    /// Sets or clears [`propagate_tags`](Self::propagate_tags).
    pub fn set_propagate_tags(mut self, input: ::std::option::Option<bool>) -> Self {
        self.inner = self.inner.set_propagate_tags(input);
        self
    }
    /// The retry strategy to use for failed jobs that are submitted with this job
    /// definition. Any retry strategy that's specified during a SubmitJob operation
    /// overrides the retry strategy defined here. If a job is terminated due to a
    /// timeout, it isn't retried.
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
    /// The scheduling priority for jobs that are submitted with this job definition.
    /// This only affects jobs in job queues with a fair share policy. Jobs with a
    /// higher scheduling priority are scheduled before jobs with a lower scheduling
    /// priority.
    ///
    /// The minimum supported value is 0 and the maximum supported value is 9999.
    pub fn scheduling_priority(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.inner = self.inner.scheduling_priority(input);
        self
    }
    /// Sets or clears [`scheduling_priority`](Self::scheduling_priority).
    pub fn set_scheduling_priority(mut self, input: ::std::option::Option<i64>) -> Self {
        self.inner = self.inner.set_scheduling_priority(input);
        self
    }
    /// The tags that you apply to the job definition to help you categorize and
    /// organize your resources. Each tag consists of a key and an optional value. For
    /// more information, see [Tagging Amazon Web Services
    /// Resources](https://docs.aws.amazon.com/batch/latest/userguide/using-tags.html)
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
    /// The timeout configuration for jobs that are submitted with this job definition,
    /// after which Batch terminates your jobs if they have not finished. If a job is
    /// terminated due to a timeout, it isn't retried. The minimum value for the timeout
    /// is 60 seconds. Any timeout configuration that's specified during a SubmitJob
    /// operation overrides the timeout configuration defined here. For more
    /// information, see [Job
    /// Timeouts](https://docs.aws.amazon.com/batch/latest/userguide/job_timeouts.html)
    /// in the *Batch User Guide*.
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
    /// The type of job definition. For more information about multi-node parallel jobs,
    /// see [Creating a multi-node parallel job
    /// definition](https://docs.aws.amazon.com/batch/latest/userguide/multi-node-job-def.html)
    /// in the *Batch User Guide*.
    ///
    /// **Note:** If the job is run on Fargate resources, then `multinode` isn't
    /// supported.
    pub fn r#type(
        mut self,
        input: impl ::std::convert::Into<crate::types::JobDefinitionType>,
    ) -> Self {
        self.inner = self.inner.r#type(input);
        self
    }
    /// Sets or clears [`type`](Self::type).
    pub fn set_type(
        mut self,
        input: ::std::option::Option<crate::types::JobDefinitionType>,
    ) -> Self {
        self.inner = self.inner.set_type(input);
        self
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    pub fn consumable_resource_properties(
        mut self,
        input: impl ::std::convert::Into<crate::types::ConsumableResourceProperties>,
    ) -> Self {
        self.inner = self.inner.consumable_resource_properties(input);
        self
    }
    /// Sets or clears [`consumable_resource_properties`](Self::consumable_resource_properties).
    pub fn set_consumable_resource_properties(
        mut self,
        input: ::std::option::Option<crate::types::ConsumableResourceProperties>,
    ) -> Self {
        self.inner = self.inner.set_consumable_resource_properties(input);
        self
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    pub fn ecs_properties(
        mut self,
        input: impl ::std::convert::Into<crate::types::EcsProperties>,
    ) -> Self {
        self.inner = self.inner.ecs_properties(input);
        self
    }
    /// Sets or clears [`ecs_properties`](Self::ecs_properties).
    pub fn set_ecs_properties(
        mut self,
        input: ::std::option::Option<crate::types::EcsProperties>,
    ) -> Self {
        self.inner = self.inner.set_ecs_properties(input);
        self
    }
    /// Sends the request.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::types::RegisterJobDefinitionResponse,
        crate::runtime::SdkError<RegisterJobDefinitionError>,
    > {
        let input = self.inner.build().map_err(crate::runtime::SdkError::Construction)?;
        let parts = request(&input).map_err(crate::runtime::SdkError::Dispatch)?;
        self.handle
            .invoke_rest::<
                crate::types::RegisterJobDefinitionResponse,
                RegisterJobDefinitionError,
            >(&OPERATION, parts, parse)
            .await
    }
}
/// The request: labels, query, headers and body as AWS's model binds them.
fn request(
    input: &crate::types::RegisterJobDefinitionRequest,
) -> ::std::result::Result<
    crate::runtime::operation::RequestParts,
    crate::runtime::DispatchError,
> {
    let query = crate::runtime::rest::QueryParams::new();
    let path_and_query = crate::runtime::rest::build_uri(
            "/v1/registerjobdefinition",
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
    crate::types::RegisterJobDefinitionResponse,
    ::std::string::String,
> {
    let body: &[u8] = if response.body.iter().all(u8::is_ascii_whitespace) {
        b"{}"
    } else {
        &response.body
    };
    let out: crate::types::RegisterJobDefinitionResponse = crate::runtime::json::from_slice(
        body,
    )?;
    ::std::result::Result::Ok(out)
}
/// Errors of `RegisterJobDefinition`: one variant per error the spec or AWS's model lists, plus [`Unhandled`](RegisterJobDefinitionError::Unhandled).
#[derive(::std::fmt::Debug)]
#[non_exhaustive]
pub enum RegisterJobDefinitionError {
    /// The service returned `ClientException`.
    ClientException(crate::types::error::ClientException),
    /// The service returned `ServerException`.
    ServerException(crate::types::error::ServerException),
    /// An error neither the spec nor AWS's model lists for this
    /// operation (the code, message, HTTP status and request id are kept).
    Unhandled(crate::runtime::Unhandled),
}
impl crate::runtime::OperationError for RegisterJobDefinitionError {
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
impl RegisterJobDefinitionError {
    /// Status, code, message and request id of the response.
    pub fn meta(&self) -> &crate::runtime::ErrorMetadata {
        crate::runtime::OperationError::meta(self)
    }
    /// The error code the service sent, if any.
    pub fn code(&self) -> ::std::option::Option<&str> {
        self.meta().code()
    }
}
impl ::std::fmt::Display for RegisterJobDefinitionError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::ClientException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ServerException(e) => ::std::fmt::Display::fmt(e, f),
            Self::Unhandled(e) => ::std::fmt::Display::fmt(e, f),
        }
    }
}
impl ::std::error::Error for RegisterJobDefinitionError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::ClientException(e) => ::std::option::Option::Some(e),
            Self::ServerException(e) => ::std::option::Option::Some(e),
            Self::Unhandled(e) => ::std::option::Option::Some(e),
        }
    }
}
