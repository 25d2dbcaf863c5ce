//! The `UpdateComputeEnvironment` operation: see [`Client::update_compute_environment`](crate::Client::update_compute_environment).
const OPERATION: crate::runtime::operation::OperationSpec = crate::runtime::operation::OperationSpec {
    name: "UpdateComputeEnvironment",
    target: "",
    host_prefix: ::std::option::Option::None,
    unsigned: false,
    endpoint_discovery: false,
    api_version_header: ::std::option::Option::None,
    min_attempt_timeout_secs: ::std::option::Option::None,
    partitions: &[],
};
/// Builds and sends a `UpdateComputeEnvironment` request; see [`Client::update_compute_environment`](crate::Client::update_compute_environment).
#[derive(::std::clone::Clone, ::std::fmt::Debug)]
pub struct UpdateComputeEnvironmentFluentBuilder {
    handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    inner: crate::types::builders::UpdateComputeEnvironmentRequestBuilder,
}
impl UpdateComputeEnvironmentFluentBuilder {
    pub(crate) fn new(
        handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    ) -> Self {
        UpdateComputeEnvironmentFluentBuilder {
            handle,
            inner: ::std::default::Default::default(),
        }
    }
    /// The input built so far.
    pub fn as_input(
        &self,
    ) -> &crate::types::builders::UpdateComputeEnvironmentRequestBuilder {
        &self.inner
    }
    /// The name or full Amazon Resource Name (ARN) of the compute environment to
    /// update.
    pub fn compute_environment(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.compute_environment(input);
        self
    }
    /// Sets or clears [`compute_environment`](Self::compute_environment).
    pub fn set_compute_environment(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_compute_environment(input);
        self
    }
    /// Details of the compute resources managed by the compute environment. Required
    /// for a managed compute environment. For more information, see [Compute
    /// Environments](https://docs.aws.amazon.com/batch/latest/userguide/compute_environments.html)
    /// in the *Batch User Guide*.
    pub fn compute_resources(
        mut self,
        input: impl ::std::convert::Into<crate::types::ComputeResourceUpdate>,
    ) -> Self {
        self.inner = self.inner.compute_resources(input);
        self
    }
    /// Sets or clears [`compute_resources`](Self::compute_resources).
    pub fn set_compute_resources(
        mut self,
        input: ::std::option::Option<crate::types::ComputeResourceUpdate>,
    ) -> Self {
        self.inner = self.inner.set_compute_resources(input);
        self
    }
    /// The full Amazon Resource Name (ARN) of the IAM role that allows Batch to make
    /// calls to other Amazon Web Services services on your behalf. For more
    /// information, see [Batch service IAM
    /// role](https://docs.aws.amazon.com/batch/latest/userguide/service_IAM_role.html)
    /// in the *Batch User Guide*.
    ///
    /// **Important:** If the compute environment has a service-linked role, it can't be
    /// changed to use a regular IAM role. Likewise, if the compute environment has a
    /// regular IAM role, it can't be changed to use a service-linked role. To update
    /// the parameters for the compute environment that require an infrastructure update
    /// to change, the **AWSServiceRoleForBatch** service-linked role must be used. For
    /// more information, see [Updating compute
    /// environments](https://docs.aws.amazon.com/batch/latest/userguide/updating-compute-environments.html)
    /// in the *Batch User Guide*.
    ///
    /// If your specified role has a path other than `/`, then you must either specify
    /// the full role ARN (recommended) or prefix the role name with the path.
    ///
    /// **Note:** Depending on how you created your Batch service role, its ARN might
    /// contain the `service-role` path prefix. When you only specify the name of the
    /// service role, Batch assumes that your ARN doesn't use the `service-role` path
    /// prefix. Because of this, we recommend that you specify the full ARN of your
    /// service role when you create compute environments.
    pub fn service_role(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.service_role(input);
        self
    }
    /// Sets or clears [`service_role`](Self::service_role).
    pub fn set_service_role(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_service_role(input);
        self
    }
    /// The state of the compute environment. Compute environments in the `ENABLED`
    /// state can accept jobs from a queue and scale in or out automatically based on
    /// the workload demand of its associated queues.
    ///
    /// If the state is `ENABLED`, then the Batch scheduler can attempt to place jobs
    /// from an associated job queue on the compute resources within the environment. If
    /// the compute environment is managed, then it can scale its instances out or in
    /// automatically, based on the job queue demand.
    ///
    /// If the state is `DISABLED`, then the Batch scheduler doesn't attempt to place
    /// jobs within the environment. Jobs in a `STARTING` or `RUNNING` state continue to
    /// progress normally. Managed compute environments in the `DISABLED` state don't
    /// scale out.
    ///
    /// **Note:** Compute environments in a `DISABLED` state may continue to incur
    /// billing charges. To prevent additional charges, turn off and then delete the
    /// compute environment. For more information, see
    /// [State](https://docs.aws.amazon.com/batch/latest/userguide/compute_environment_parameters.html#compute_environment_state)
    /// in the *Batch User Guide*.
    ///
    /// When an instance is idle, the instance scales down to the `minvCpus` value.
    /// However, the instance size doesn't change. For example, consider a `c5.8xlarge`
    /// instance with a `minvCpus` value of `4` and a `desiredvCpus` value of `36`. This
    /// instance doesn't scale down to a `c5.large` instance.
    pub fn state(
        mut self,
        input: impl ::std::convert::Into<crate::types::CeState>,
    ) -> Self {
        self.inner = self.inner.state(input);
        self
    }
    /// Sets or clears [`state`](Self::state).
    pub fn set_state(
        mut self,
        input: ::std::option::Option<crate::types::CeState>,
    ) -> Self {
        self.inner = self.inner.set_state(input);
        self
    }
    /// The maximum number of vCPUs expected to be used for an unmanaged compute
    /// environment. Don't specify this parameter for a managed compute environment.
    /// This parameter is only used for fair share scheduling to reserve vCPU capacity
    /// for new share identifiers. If this parameter isn't provided for a fair share job
    /// queue, no vCPU capacity is reserved.
    pub fn unmanagedv_cpus(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.inner = self.inner.unmanagedv_cpus(input);
        self
    }
    /// Sets or clears [`unmanagedv_cpus`](Self::unmanagedv_cpus).
    pub fn set_unmanagedv_cpus(mut self, input: ::std::option::Option<i64>) -> Self {
        self.inner = self.inner.set_unmanagedv_cpus(input);
        self
    }
    /// Specifies the updated infrastructure update policy for the compute environment.
    /// For more information about infrastructure updates, see [Updating compute
    /// environments](https://docs.aws.amazon.com/batch/latest/userguide/updating-compute-environments.html)
    /// in the *Batch User Guide*.
    pub fn update_policy(
        mut self,
        input: impl ::std::convert::Into<crate::types::UpdatePolicy>,
    ) -> Self {
        self.inner = self.inner.update_policy(input);
        self
    }
    /// Sets or clears [`update_policy`](Self::update_policy).
    pub fn set_update_policy(
        mut self,
        input: ::std::option::Option<crate::types::UpdatePolicy>,
    ) -> Self {
        self.inner = self.inner.set_update_policy(input);
        self
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    pub fn context(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.context(input);
        self
    }
    /// Sets or clears [`context`](Self::context).
    pub fn set_context(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_context(input);
        self
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    pub fn ecs_settings(
        mut self,
        input: impl ::std::convert::Into<crate::types::EcsSettings>,
    ) -> Self {
        self.inner = self.inner.ecs_settings(input);
        self
    }
    /// Sets or clears [`ecs_settings`](Self::ecs_settings).
    pub fn set_ecs_settings(
        mut self,
        input: ::std::option::Option<crate::types::EcsSettings>,
    ) -> Self {
        self.inner = self.inner.set_ecs_settings(input);
        self
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    pub fn eks_configuration(
        mut self,
        input: impl ::std::convert::Into<crate::types::EksConfigurationUpdate>,
    ) -> Self {
        self.inner = self.inner.eks_configuration(input);
        self
    }
    /// Sets or clears [`eks_configuration`](Self::eks_configuration).
    pub fn set_eks_configuration(
        mut self,
        input: ::std::option::Option<crate::types::EksConfigurationUpdate>,
    ) -> Self {
        self.inner = self.inner.set_eks_configuration(input);
        self
    }
    /// Sends the request.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::types::UpdateComputeEnvironmentResponse,
        crate::runtime::SdkError<UpdateComputeEnvironmentError>,
    > {
        let input = self.inner.build().map_err(crate::runtime::SdkError::Construction)?;
        let parts = request(&input).map_err(crate::runtime::SdkError::Dispatch)?;
        self.handle
            .invoke_rest::<
                crate::types::UpdateComputeEnvironmentResponse,
                UpdateComputeEnvironmentError,
            >(&OPERATION, parts, parse)
            .await
    }
}
/// The request: labels, query, headers and body as AWS's model binds them.
fn request(
    input: &crate::types::UpdateComputeEnvironmentRequest,
) -> ::std::result::Result<
    crate::runtime::operation::RequestParts,
    crate::runtime::DispatchError,
> {
    let query = crate::runtime::rest::QueryParams::new();
    let path_and_query = crate::runtime::rest::build_uri(
            "/v1/updatecomputeenvironment",
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
    crate::types::UpdateComputeEnvironmentResponse,
    ::std::string::String,
> {
    let body: &[u8] = if response.body.iter().all(u8::is_ascii_whitespace) {
        b"{}"
    } else {
        &response.body
    };
    let out: crate::types::UpdateComputeEnvironmentResponse = crate::runtime::json::from_slice(
        body,
    )?;
    ::std::result::Result::Ok(out)
}
/// Errors of `UpdateComputeEnvironment`: one variant per error the spec or AWS's model lists, plus [`Unhandled`](UpdateComputeEnvironmentError::Unhandled).
#[derive(::std::fmt::Debug)]
#[non_exhaustive]
pub enum UpdateComputeEnvironmentError {
    /// The service returned `ClientException`.
    ClientException(crate::types::error::ClientException),
    /// The service returned `ServerException`.
    ServerException(crate::types::error::ServerException),
    /// An error neither the spec nor AWS's model lists for this
    /// operation (the code, message, HTTP status and request id are kept).
    Unhandled(crate::runtime::Unhandled),
}
impl crate::runtime::OperationError for UpdateComputeEnvironmentError {
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
impl UpdateComputeEnvironmentError {
    /// Status, code, message and request id of the response.
    pub fn meta(&self) -> &crate::runtime::ErrorMetadata {
        crate::runtime::OperationError::meta(self)
    }
    /// The error code the service sent, if any.
    pub fn code(&self) -> ::std::option::Option<&str> {
        self.meta().code()
    }
}
impl ::std::fmt::Display for UpdateComputeEnvironmentError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::ClientException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ServerException(e) => ::std::fmt::Display::fmt(e, f),
            Self::Unhandled(e) => ::std::fmt::Display::fmt(e, f),
        }
    }
}
impl ::std::error::Error for UpdateComputeEnvironmentError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::ClientException(e) => ::std::option::Option::Some(e),
            Self::ServerException(e) => ::std::option::Option::Some(e),
            Self::Unhandled(e) => ::std::option::Option::Some(e),
        }
    }
}
