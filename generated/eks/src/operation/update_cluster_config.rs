//! The `UpdateClusterConfig` operation: see [`Client::update_cluster_config`](crate::Client::update_cluster_config).
const OPERATION: crate::runtime::operation::OperationSpec = crate::runtime::operation::OperationSpec {
    name: "UpdateClusterConfig",
    target: "",
    host_prefix: ::std::option::Option::None,
    unsigned: false,
    endpoint_discovery: false,
    api_version_header: ::std::option::Option::None,
    min_attempt_timeout_secs: ::std::option::Option::None,
    partitions: &[],
};
/// Builds and sends a `UpdateClusterConfig` request; see [`Client::update_cluster_config`](crate::Client::update_cluster_config).
#[derive(::std::clone::Clone, ::std::fmt::Debug)]
pub struct UpdateClusterConfigFluentBuilder {
    handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    inner: crate::types::builders::UpdateClusterConfigRequestBuilder,
}
impl UpdateClusterConfigFluentBuilder {
    pub(crate) fn new(
        handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    ) -> Self {
        UpdateClusterConfigFluentBuilder {
            handle,
            inner: ::std::default::Default::default(),
        }
    }
    /// The input built so far.
    pub fn as_input(
        &self,
    ) -> &crate::types::builders::UpdateClusterConfigRequestBuilder {
        &self.inner
    }
    pub fn access_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::UpdateAccessConfigRequest>,
    ) -> Self {
        self.inner = self.inner.access_config(input);
        self
    }
    /// Sets or clears [`access_config`](Self::access_config).
    pub fn set_access_config(
        mut self,
        input: ::std::option::Option<crate::types::UpdateAccessConfigRequest>,
    ) -> Self {
        self.inner = self.inner.set_access_config(input);
        self
    }
    /// Unique, case-sensitive identifier that you provide to ensure the idempotency of
    /// the request.
    ///
    /// If not set, `send()` fills it with a random UUID (version 4), as the AWS SDKs
    /// do; every retry of that call sends the same one.
    pub fn client_request_token(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.client_request_token(input);
        self
    }
    /// Sets or clears [`client_request_token`](Self::client_request_token).
    pub fn set_client_request_token(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_client_request_token(input);
        self
    }
    pub fn compute_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::ComputeConfigRequest>,
    ) -> Self {
        self.inner = self.inner.compute_config(input);
        self
    }
    /// Sets or clears [`compute_config`](Self::compute_config).
    pub fn set_compute_config(
        mut self,
        input: ::std::option::Option<crate::types::ComputeConfigRequest>,
    ) -> Self {
        self.inner = self.inner.set_compute_config(input);
        self
    }
    pub fn control_plane_scaling_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::ControlPlaneScalingConfig>,
    ) -> Self {
        self.inner = self.inner.control_plane_scaling_config(input);
        self
    }
    /// Sets or clears [`control_plane_scaling_config`](Self::control_plane_scaling_config).
    pub fn set_control_plane_scaling_config(
        mut self,
        input: ::std::option::Option<crate::types::ControlPlaneScalingConfig>,
    ) -> Self {
        self.inner = self.inner.set_control_plane_scaling_config(input);
        self
    }
    pub fn deletion_protection(
        mut self,
        input: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.inner = self.inner.deletion_protection(input);
        self
    }
    /// Sets or clears [`deletion_protection`](Self::deletion_protection).
    pub fn set_deletion_protection(
        mut self,
        input: ::std::option::Option<bool>,
    ) -> Self {
        self.inner = self.inner.set_deletion_protection(input);
        self
    }
    pub fn kube_api_server_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::KubeApiServerConfigRequest>,
    ) -> Self {
        self.inner = self.inner.kube_api_server_config(input);
        self
    }
    /// Sets or clears [`kube_api_server_config`](Self::kube_api_server_config).
    pub fn set_kube_api_server_config(
        mut self,
        input: ::std::option::Option<crate::types::KubeApiServerConfigRequest>,
    ) -> Self {
        self.inner = self.inner.set_kube_api_server_config(input);
        self
    }
    pub fn kube_controller_manager_config(
        mut self,
        input: impl ::std::convert::Into<
            crate::types::KubeControllerManagerConfigRequest,
        >,
    ) -> Self {
        self.inner = self.inner.kube_controller_manager_config(input);
        self
    }
    /// Sets or clears [`kube_controller_manager_config`](Self::kube_controller_manager_config).
    pub fn set_kube_controller_manager_config(
        mut self,
        input: ::std::option::Option<crate::types::KubeControllerManagerConfigRequest>,
    ) -> Self {
        self.inner = self.inner.set_kube_controller_manager_config(input);
        self
    }
    pub fn kube_scheduler_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::KubeSchedulerConfigRequest>,
    ) -> Self {
        self.inner = self.inner.kube_scheduler_config(input);
        self
    }
    /// Sets or clears [`kube_scheduler_config`](Self::kube_scheduler_config).
    pub fn set_kube_scheduler_config(
        mut self,
        input: ::std::option::Option<crate::types::KubeSchedulerConfigRequest>,
    ) -> Self {
        self.inner = self.inner.set_kube_scheduler_config(input);
        self
    }
    pub fn kubernetes_network_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::KubernetesNetworkConfigRequest>,
    ) -> Self {
        self.inner = self.inner.kubernetes_network_config(input);
        self
    }
    /// Sets or clears [`kubernetes_network_config`](Self::kubernetes_network_config).
    pub fn set_kubernetes_network_config(
        mut self,
        input: ::std::option::Option<crate::types::KubernetesNetworkConfigRequest>,
    ) -> Self {
        self.inner = self.inner.set_kubernetes_network_config(input);
        self
    }
    /// Enable or disable exporting the Kubernetes control plane logs for your cluster
    /// to CloudWatch Logs. By default, cluster control plane logs aren't exported to
    /// CloudWatch Logs. For more information, see [Amazon EKS cluster control plane
    /// logs](https://docs.aws.amazon.com/eks/latest/userguide/control-plane-logs.html)
    /// in the *Amazon EKS User Guide* .
    ///
    /// **Note:** CloudWatch Logs ingestion, archive storage, and data scanning rates
    /// apply to exported control plane logs. For more information, see [CloudWatch
    /// Pricing](http://aws.amazon.com/cloudwatch/pricing/).
    pub fn logging(
        mut self,
        input: impl ::std::convert::Into<crate::types::Logging>,
    ) -> Self {
        self.inner = self.inner.logging(input);
        self
    }
    /// Sets or clears [`logging`](Self::logging).
    pub fn set_logging(
        mut self,
        input: ::std::option::Option<crate::types::Logging>,
    ) -> Self {
        self.inner = self.inner.set_logging(input);
        self
    }
    /// The name of the Amazon EKS cluster to update.
    pub fn name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.name(input);
        self
    }
    /// Sets or clears [`name`](Self::name).
    pub fn set_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_name(input);
        self
    }
    pub fn remote_network_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::RemoteNetworkConfigRequest>,
    ) -> Self {
        self.inner = self.inner.remote_network_config(input);
        self
    }
    /// Sets or clears [`remote_network_config`](Self::remote_network_config).
    pub fn set_remote_network_config(
        mut self,
        input: ::std::option::Option<crate::types::RemoteNetworkConfigRequest>,
    ) -> Self {
        self.inner = self.inner.set_remote_network_config(input);
        self
    }
    /// An object representing the VPC configuration to use for an Amazon EKS cluster.
    pub fn resources_vpc_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::VpcConfigRequest>,
    ) -> Self {
        self.inner = self.inner.resources_vpc_config(input);
        self
    }
    /// Sets or clears [`resources_vpc_config`](Self::resources_vpc_config).
    pub fn set_resources_vpc_config(
        mut self,
        input: ::std::option::Option<crate::types::VpcConfigRequest>,
    ) -> Self {
        self.inner = self.inner.set_resources_vpc_config(input);
        self
    }
    pub fn storage_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::StorageConfigRequest>,
    ) -> Self {
        self.inner = self.inner.storage_config(input);
        self
    }
    /// Sets or clears [`storage_config`](Self::storage_config).
    pub fn set_storage_config(
        mut self,
        input: ::std::option::Option<crate::types::StorageConfigRequest>,
    ) -> Self {
        self.inner = self.inner.set_storage_config(input);
        self
    }
    pub fn upgrade_policy(
        mut self,
        input: impl ::std::convert::Into<crate::types::UpgradePolicyRequest>,
    ) -> Self {
        self.inner = self.inner.upgrade_policy(input);
        self
    }
    /// Sets or clears [`upgrade_policy`](Self::upgrade_policy).
    pub fn set_upgrade_policy(
        mut self,
        input: ::std::option::Option<crate::types::UpgradePolicyRequest>,
    ) -> Self {
        self.inner = self.inner.set_upgrade_policy(input);
        self
    }
    pub fn zonal_shift_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::ZonalShiftConfigRequest>,
    ) -> Self {
        self.inner = self.inner.zonal_shift_config(input);
        self
    }
    /// Sets or clears [`zonal_shift_config`](Self::zonal_shift_config).
    pub fn set_zonal_shift_config(
        mut self,
        input: ::std::option::Option<crate::types::ZonalShiftConfigRequest>,
    ) -> Self {
        self.inner = self.inner.set_zonal_shift_config(input);
        self
    }
    /// Sends the request.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::types::UpdateClusterConfigResponse,
        crate::runtime::SdkError<UpdateClusterConfigError>,
    > {
        let input = {
            let mut inner = self.inner;
            if inner.client_request_token.is_none() {
                inner.client_request_token = ::std::option::Option::Some(
                    crate::runtime::idempotency::token(),
                );
            }
            inner.build().map_err(crate::runtime::SdkError::Construction)?
        };
        let parts = request(&input).map_err(crate::runtime::SdkError::Dispatch)?;
        self.handle
            .invoke_rest::<
                crate::types::UpdateClusterConfigResponse,
                UpdateClusterConfigError,
            >(&OPERATION, parts, parse)
            .await
    }
}
/// The request: labels, query, headers and body as AWS's model binds them.
fn request(
    input: &crate::types::UpdateClusterConfigRequest,
) -> ::std::result::Result<
    crate::runtime::operation::RequestParts,
    crate::runtime::DispatchError,
> {
    let name: &str = &input.name;
    let query = crate::runtime::rest::QueryParams::new();
    let path_and_query = crate::runtime::rest::build_uri(
            "/clusters/{name}/update-config",
            &[("name", name)],
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
    crate::types::UpdateClusterConfigResponse,
    ::std::string::String,
> {
    let body: &[u8] = if response.body.iter().all(u8::is_ascii_whitespace) {
        b"{}"
    } else {
        &response.body
    };
    let out: crate::types::UpdateClusterConfigResponse = crate::runtime::json::from_slice(
        body,
    )?;
    ::std::result::Result::Ok(out)
}
/// Errors of `UpdateClusterConfig`: one variant per error the spec or AWS's model lists, plus [`Unhandled`](UpdateClusterConfigError::Unhandled).
#[derive(::std::fmt::Debug)]
#[non_exhaustive]
pub enum UpdateClusterConfigError {
    /// The service returned `ClientException`.
    ClientException(crate::types::error::ClientException),
    /// The service returned `InvalidParameterException`.
    InvalidParameterException(crate::types::error::InvalidParameterException),
    /// The service returned `InvalidRequestException`.
    InvalidRequestException(crate::types::error::InvalidRequestException),
    /// The service returned `ResourceInUseException`.
    ResourceInUseException(crate::types::error::ResourceInUseException),
    /// The service returned `ResourceNotFoundException`.
    ResourceNotFoundException(crate::types::error::ResourceNotFoundException),
    /// The service returned `ServerException`.
    ServerException(crate::types::error::ServerException),
    /// The service returned `ThrottlingException`.
    ThrottlingException(crate::types::error::ThrottlingException),
    /// An error neither the spec nor AWS's model lists for this
    /// operation (the code, message, HTTP status and request id are kept).
    Unhandled(crate::runtime::Unhandled),
}
impl crate::runtime::OperationError for UpdateClusterConfigError {
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
            ::std::option::Option::Some("InvalidRequestException") => {
                Self::InvalidRequestException(
                    <crate::types::error::InvalidRequestException>::from_response(
                        meta,
                        body,
                    ),
                )
            }
            ::std::option::Option::Some("ResourceInUseException") => {
                Self::ResourceInUseException(
                    <crate::types::error::ResourceInUseException>::from_response(
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
            ::std::option::Option::Some("ThrottlingException") => {
                Self::ThrottlingException(
                    <crate::types::error::ThrottlingException>::from_response(meta, body),
                )
            }
            _ => Self::Unhandled(crate::runtime::Unhandled::new(meta)),
        }
    }
    fn meta(&self) -> &crate::runtime::ErrorMetadata {
        match self {
            Self::ClientException(e) => e.meta(),
            Self::InvalidParameterException(e) => e.meta(),
            Self::InvalidRequestException(e) => e.meta(),
            Self::ResourceInUseException(e) => e.meta(),
            Self::ResourceNotFoundException(e) => e.meta(),
            Self::ServerException(e) => e.meta(),
            Self::ThrottlingException(e) => e.meta(),
            Self::Unhandled(e) => e.meta(),
        }
    }
    fn with_attempts(mut self, attempts: u32) -> Self {
        match &mut self {
            Self::ClientException(e) => e.meta.set_attempts(attempts),
            Self::InvalidParameterException(e) => e.meta.set_attempts(attempts),
            Self::InvalidRequestException(e) => e.meta.set_attempts(attempts),
            Self::ResourceInUseException(e) => e.meta.set_attempts(attempts),
            Self::ResourceNotFoundException(e) => e.meta.set_attempts(attempts),
            Self::ServerException(e) => e.meta.set_attempts(attempts),
            Self::ThrottlingException(e) => e.meta.set_attempts(attempts),
            Self::Unhandled(e) => e.meta_mut().set_attempts(attempts),
        }
        self
    }
}
impl UpdateClusterConfigError {
    /// Status, code, message and request id of the response.
    pub fn meta(&self) -> &crate::runtime::ErrorMetadata {
        crate::runtime::OperationError::meta(self)
    }
    /// The error code the service sent, if any.
    pub fn code(&self) -> ::std::option::Option<&str> {
        self.meta().code()
    }
}
impl ::std::fmt::Display for UpdateClusterConfigError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::ClientException(e) => ::std::fmt::Display::fmt(e, f),
            Self::InvalidParameterException(e) => ::std::fmt::Display::fmt(e, f),
            Self::InvalidRequestException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ResourceInUseException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ResourceNotFoundException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ServerException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ThrottlingException(e) => ::std::fmt::Display::fmt(e, f),
            Self::Unhandled(e) => ::std::fmt::Display::fmt(e, f),
        }
    }
}
impl ::std::error::Error for UpdateClusterConfigError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::ClientException(e) => ::std::option::Option::Some(e),
            Self::InvalidParameterException(e) => ::std::option::Option::Some(e),
            Self::InvalidRequestException(e) => ::std::option::Option::Some(e),
            Self::ResourceInUseException(e) => ::std::option::Option::Some(e),
            Self::ResourceNotFoundException(e) => ::std::option::Option::Some(e),
            Self::ServerException(e) => ::std::option::Option::Some(e),
            Self::ThrottlingException(e) => ::std::option::Option::Some(e),
            Self::Unhandled(e) => ::std::option::Option::Some(e),
        }
    }
}
