//! The `CreateCluster` operation: see [`Client::create_cluster`](crate::Client::create_cluster).
const OPERATION: crate::runtime::operation::OperationSpec = crate::runtime::operation::OperationSpec {
    name: "CreateCluster",
    target: "",
    host_prefix: ::std::option::Option::None,
    unsigned: false,
    endpoint_discovery: false,
    api_version_header: ::std::option::Option::None,
    min_attempt_timeout_secs: ::std::option::Option::None,
    partitions: &[],
};
/// Builds and sends a `CreateCluster` request; see [`Client::create_cluster`](crate::Client::create_cluster).
#[derive(::std::clone::Clone, ::std::fmt::Debug)]
pub struct CreateClusterFluentBuilder {
    handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    inner: crate::types::builders::CreateClusterRequestBuilder,
}
impl CreateClusterFluentBuilder {
    pub(crate) fn new(
        handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    ) -> Self {
        CreateClusterFluentBuilder {
            handle,
            inner: ::std::default::Default::default(),
        }
    }
    /// The input built so far.
    pub fn as_input(&self) -> &crate::types::builders::CreateClusterRequestBuilder {
        &self.inner
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
    /// The encryption configuration for the cluster.
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn encryption_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::EncryptionConfig>,
    ) -> Self {
        self.inner = self.inner.encryption_config(input);
        self
    }
    /// Sets or clears [`encryption_config`](Self::encryption_config).
    pub fn set_encryption_config(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::EncryptionConfig>>,
    ) -> Self {
        self.inner = self.inner.set_encryption_config(input);
        self
    }
    /// The Kubernetes network configuration for the cluster.
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
    /// CloudWatch Logs. For more information, see [Amazon EKS Cluster control plane
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
    /// The unique name to give to your cluster.
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
    /// An object representing the configuration of your local Amazon EKS cluster on an
    /// Amazon Web Services Outpost. Before creating a local cluster on an Outpost,
    /// review [Local clusters for Amazon EKS on Amazon Web Services
    /// Outposts](https://docs.aws.amazon.com/eks/latest/userguide/eks-outposts-local-cluster-overview.html)
    /// in the *Amazon EKS User Guide*. This object isn't available for creating Amazon
    /// EKS clusters on the Amazon Web Services cloud.
    pub fn outpost_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::OutpostConfigRequest>,
    ) -> Self {
        self.inner = self.inner.outpost_config(input);
        self
    }
    /// Sets or clears [`outpost_config`](Self::outpost_config).
    pub fn set_outpost_config(
        mut self,
        input: ::std::option::Option<crate::types::OutpostConfigRequest>,
    ) -> Self {
        self.inner = self.inner.set_outpost_config(input);
        self
    }
    /// The VPC configuration that's used by the cluster control plane. Amazon EKS VPC
    /// resources have specific requirements to work properly with Kubernetes. For more
    /// information, see [Cluster VPC
    /// Considerations](https://docs.aws.amazon.com/eks/latest/userguide/network_reqs.html)
    /// and [Cluster Security Group
    /// Considerations](https://docs.aws.amazon.com/eks/latest/userguide/sec-group-reqs.html)
    /// in the *Amazon EKS User Guide*. You must specify at least two subnets. You can
    /// specify up to five security groups. However, we recommend that you use a
    /// dedicated security group for your cluster control plane.
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
    /// The Amazon Resource Name (ARN) of the IAM role that provides permissions for the
    /// Kubernetes control plane to make calls to Amazon Web Services API operations on
    /// your behalf. For more information, see [Amazon EKS Service IAM
    /// Role](https://docs.aws.amazon.com/eks/latest/userguide/service_IAM_role.html) in
    /// the *Amazon EKS User Guide* .
    pub fn role_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.role_arn(input);
        self
    }
    /// Sets or clears [`role_arn`](Self::role_arn).
    pub fn set_role_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_role_arn(input);
        self
    }
    /// The metadata to apply to the cluster to assist with categorization and
    /// organization. Each tag consists of a key and an optional value. You define both.
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
    /// The desired Kubernetes version for your cluster. If you don't specify a value
    /// here, the default version available in Amazon EKS is used.
    ///
    /// **Note:** The default version might not be the latest version available.
    pub fn version(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.version(input);
        self
    }
    /// Sets or clears [`version`](Self::version).
    pub fn set_version(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_version(input);
        self
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    pub fn access_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::CreateAccessConfigRequest>,
    ) -> Self {
        self.inner = self.inner.access_config(input);
        self
    }
    /// Sets or clears [`access_config`](Self::access_config).
    pub fn set_access_config(
        mut self,
        input: ::std::option::Option<crate::types::CreateAccessConfigRequest>,
    ) -> Self {
        self.inner = self.inner.set_access_config(input);
        self
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    pub fn bootstrap_self_managed_addons(
        mut self,
        input: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.inner = self.inner.bootstrap_self_managed_addons(input);
        self
    }
    /// Sets or clears [`bootstrap_self_managed_addons`](Self::bootstrap_self_managed_addons).
    pub fn set_bootstrap_self_managed_addons(
        mut self,
        input: ::std::option::Option<bool>,
    ) -> Self {
        self.inner = self.inner.set_bootstrap_self_managed_addons(input);
        self
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
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
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
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
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
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
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
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
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
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
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
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
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
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
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
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
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
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
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
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
        crate::types::CreateClusterResponse,
        crate::runtime::SdkError<CreateClusterError>,
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
                crate::types::CreateClusterResponse,
                CreateClusterError,
            >(&OPERATION, parts, parse)
            .await
    }
}
/// The request: labels, query, headers and body as AWS's model binds them.
fn request(
    input: &crate::types::CreateClusterRequest,
) -> ::std::result::Result<
    crate::runtime::operation::RequestParts,
    crate::runtime::DispatchError,
> {
    let query = crate::runtime::rest::QueryParams::new();
    let path_and_query = crate::runtime::rest::build_uri("/clusters", &[], &query)
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
) -> ::std::result::Result<crate::types::CreateClusterResponse, ::std::string::String> {
    let body: &[u8] = if response.body.iter().all(u8::is_ascii_whitespace) {
        b"{}"
    } else {
        &response.body
    };
    let out: crate::types::CreateClusterResponse = crate::runtime::json::from_slice(
        body,
    )?;
    ::std::result::Result::Ok(out)
}
/// Errors of `CreateCluster`: one variant per error the spec or AWS's model lists, plus [`Unhandled`](CreateClusterError::Unhandled).
#[derive(::std::fmt::Debug)]
#[non_exhaustive]
pub enum CreateClusterError {
    /// The service returned `ClientException`.
    ClientException(crate::types::error::ClientException),
    /// The service returned `InvalidParameterException`.
    InvalidParameterException(crate::types::error::InvalidParameterException),
    /// The service returned `ResourceInUseException`.
    ResourceInUseException(crate::types::error::ResourceInUseException),
    /// The service returned `ResourceLimitExceededException`.
    ResourceLimitExceededException(crate::types::error::ResourceLimitExceededException),
    /// The service returned `ServerException`.
    ServerException(crate::types::error::ServerException),
    /// The service returned `ServiceUnavailableException`.
    ServiceUnavailableException(crate::types::error::ServiceUnavailableException),
    /// The service returned `UnsupportedAvailabilityZoneException`.
    UnsupportedAvailabilityZoneException(
        crate::types::error::UnsupportedAvailabilityZoneException,
    ),
    /// An error neither the spec nor AWS's model lists for this
    /// operation (the code, message, HTTP status and request id are kept).
    Unhandled(crate::runtime::Unhandled),
}
impl crate::runtime::OperationError for CreateClusterError {
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
            ::std::option::Option::Some("ResourceInUseException") => {
                Self::ResourceInUseException(
                    <crate::types::error::ResourceInUseException>::from_response(
                        meta,
                        body,
                    ),
                )
            }
            ::std::option::Option::Some("ResourceLimitExceededException") => {
                Self::ResourceLimitExceededException(
                    <crate::types::error::ResourceLimitExceededException>::from_response(
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
            ::std::option::Option::Some("ServiceUnavailableException") => {
                Self::ServiceUnavailableException(
                    <crate::types::error::ServiceUnavailableException>::from_response(
                        meta,
                        body,
                    ),
                )
            }
            ::std::option::Option::Some("UnsupportedAvailabilityZoneException") => {
                Self::UnsupportedAvailabilityZoneException(
                    <crate::types::error::UnsupportedAvailabilityZoneException>::from_response(
                        meta,
                        body,
                    ),
                )
            }
            _ => Self::Unhandled(crate::runtime::Unhandled::new(meta)),
        }
    }
    fn meta(&self) -> &crate::runtime::ErrorMetadata {
        match self {
            Self::ClientException(e) => e.meta(),
            Self::InvalidParameterException(e) => e.meta(),
            Self::ResourceInUseException(e) => e.meta(),
            Self::ResourceLimitExceededException(e) => e.meta(),
            Self::ServerException(e) => e.meta(),
            Self::ServiceUnavailableException(e) => e.meta(),
            Self::UnsupportedAvailabilityZoneException(e) => e.meta(),
            Self::Unhandled(e) => e.meta(),
        }
    }
    fn with_attempts(mut self, attempts: u32) -> Self {
        match &mut self {
            Self::ClientException(e) => e.meta.set_attempts(attempts),
            Self::InvalidParameterException(e) => e.meta.set_attempts(attempts),
            Self::ResourceInUseException(e) => e.meta.set_attempts(attempts),
            Self::ResourceLimitExceededException(e) => e.meta.set_attempts(attempts),
            Self::ServerException(e) => e.meta.set_attempts(attempts),
            Self::ServiceUnavailableException(e) => e.meta.set_attempts(attempts),
            Self::UnsupportedAvailabilityZoneException(e) => {
                e.meta.set_attempts(attempts)
            }
            Self::Unhandled(e) => e.meta_mut().set_attempts(attempts),
        }
        self
    }
}
impl CreateClusterError {
    /// Status, code, message and request id of the response.
    pub fn meta(&self) -> &crate::runtime::ErrorMetadata {
        crate::runtime::OperationError::meta(self)
    }
    /// The error code the service sent, if any.
    pub fn code(&self) -> ::std::option::Option<&str> {
        self.meta().code()
    }
}
impl ::std::fmt::Display for CreateClusterError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::ClientException(e) => ::std::fmt::Display::fmt(e, f),
            Self::InvalidParameterException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ResourceInUseException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ResourceLimitExceededException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ServerException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ServiceUnavailableException(e) => ::std::fmt::Display::fmt(e, f),
            Self::UnsupportedAvailabilityZoneException(e) => {
                ::std::fmt::Display::fmt(e, f)
            }
            Self::Unhandled(e) => ::std::fmt::Display::fmt(e, f),
        }
    }
}
impl ::std::error::Error for CreateClusterError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::ClientException(e) => ::std::option::Option::Some(e),
            Self::InvalidParameterException(e) => ::std::option::Option::Some(e),
            Self::ResourceInUseException(e) => ::std::option::Option::Some(e),
            Self::ResourceLimitExceededException(e) => ::std::option::Option::Some(e),
            Self::ServerException(e) => ::std::option::Option::Some(e),
            Self::ServiceUnavailableException(e) => ::std::option::Option::Some(e),
            Self::UnsupportedAvailabilityZoneException(e) => {
                ::std::option::Option::Some(e)
            }
            Self::Unhandled(e) => ::std::option::Option::Some(e),
        }
    }
}
