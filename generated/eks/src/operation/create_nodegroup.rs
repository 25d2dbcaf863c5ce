//! The `CreateNodegroup` operation: see [`Client::create_nodegroup`](crate::Client::create_nodegroup).
const OPERATION: crate::runtime::operation::OperationSpec = crate::runtime::operation::OperationSpec {
    name: "CreateNodegroup",
    target: "",
    host_prefix: ::std::option::Option::None,
    unsigned: false,
    endpoint_discovery: false,
    api_version_header: ::std::option::Option::None,
    min_attempt_timeout_secs: ::std::option::Option::None,
    partitions: &[],
};
/// Builds and sends a `CreateNodegroup` request; see [`Client::create_nodegroup`](crate::Client::create_nodegroup).
#[derive(::std::clone::Clone, ::std::fmt::Debug)]
pub struct CreateNodegroupFluentBuilder {
    handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    inner: crate::types::builders::CreateNodegroupRequestBuilder,
}
impl CreateNodegroupFluentBuilder {
    pub(crate) fn new(
        handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    ) -> Self {
        CreateNodegroupFluentBuilder {
            handle,
            inner: ::std::default::Default::default(),
        }
    }
    /// The input built so far.
    pub fn as_input(&self) -> &crate::types::builders::CreateNodegroupRequestBuilder {
        &self.inner
    }
    /// The AMI type for your node group. If you specify `launchTemplate`, and your
    /// launch template uses a custom AMI, then don't specify `amiType`, or the node
    /// group deployment will fail. If your launch template uses a Windows custom AMI,
    /// then add `eks:kube-proxy-windows` to your Windows nodes `rolearn` in the
    /// `aws-auth` `ConfigMap`. For more information about using launch templates with
    /// Amazon EKS, see [Launch template
    /// support](https://docs.aws.amazon.com/eks/latest/userguide/launch-templates.html)
    /// in the *Amazon EKS User Guide*.
    pub fn ami_type(
        mut self,
        input: impl ::std::convert::Into<crate::types::AmiTypes>,
    ) -> Self {
        self.inner = self.inner.ami_type(input);
        self
    }
    /// Sets or clears [`ami_type`](Self::ami_type).
    pub fn set_ami_type(
        mut self,
        input: ::std::option::Option<crate::types::AmiTypes>,
    ) -> Self {
        self.inner = self.inner.set_ami_type(input);
        self
    }
    /// The capacity type for your node group.
    pub fn capacity_type(
        mut self,
        input: impl ::std::convert::Into<crate::types::CapacityTypes>,
    ) -> Self {
        self.inner = self.inner.capacity_type(input);
        self
    }
    /// Sets or clears [`capacity_type`](Self::capacity_type).
    pub fn set_capacity_type(
        mut self,
        input: ::std::option::Option<crate::types::CapacityTypes>,
    ) -> Self {
        self.inner = self.inner.set_capacity_type(input);
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
    /// The name of the cluster to create the node group in.
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
    /// The root device disk size (in GiB) for your node group instances. The default
    /// disk size is 20 GiB for Linux and Bottlerocket. The default disk size is 50 GiB
    /// for Windows. If you specify `launchTemplate`, then don't specify `diskSize`, or
    /// the node group deployment will fail. For more information about using launch
    /// templates with Amazon EKS, see [Launch template
    /// support](https://docs.aws.amazon.com/eks/latest/userguide/launch-templates.html)
    /// in the *Amazon EKS User Guide*.
    pub fn disk_size(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.inner = self.inner.disk_size(input);
        self
    }
    /// Sets or clears [`disk_size`](Self::disk_size).
    pub fn set_disk_size(mut self, input: ::std::option::Option<i64>) -> Self {
        self.inner = self.inner.set_disk_size(input);
        self
    }
    /// Specify the instance types for a node group. If you specify a GPU instance type,
    /// make sure to also specify an applicable GPU AMI type with the `amiType`
    /// parameter. If you specify `launchTemplate`, then you can specify zero or one
    /// instance type in your launch template *or* you can specify 0-20 instance types
    /// for `instanceTypes`. If however, you specify an instance type in your launch
    /// template *and* specify any `instanceTypes`, the node group deployment will fail.
    /// If you don't specify an instance type in a launch template or for
    /// `instanceTypes`, then `t3.medium` is used, by default. If you specify `Spot` for
    /// `capacityType`, then we recommend specifying multiple values for
    /// `instanceTypes`. For more information, see [Managed node group capacity
    /// types](https://docs.aws.amazon.com/eks/latest/userguide/managed-node-groups.html#managed-node-group-capacity-types)
    /// and [Launch template
    /// support](https://docs.aws.amazon.com/eks/latest/userguide/launch-templates.html)
    /// in the *Amazon EKS User Guide*.
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn instance_types(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.instance_types(input);
        self
    }
    /// Sets or clears [`instance_types`](Self::instance_types).
    pub fn set_instance_types(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.inner = self.inner.set_instance_types(input);
        self
    }
    /// The Kubernetes labels to be applied to the nodes in the node group when they are
    /// created.
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn labels(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.labels(key, value);
        self
    }
    /// Sets or clears [`labels`](Self::labels).
    pub fn set_labels(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        >,
    ) -> Self {
        self.inner = self.inner.set_labels(input);
        self
    }
    /// An object representing a node group's launch template specification. If
    /// specified, then do not specify `instanceTypes`, `diskSize`, or `remoteAccess`
    /// and make sure that the launch template meets the requirements in
    /// `launchTemplateSpecification`.
    pub fn launch_template(
        mut self,
        input: impl ::std::convert::Into<crate::types::LaunchTemplateSpecification>,
    ) -> Self {
        self.inner = self.inner.launch_template(input);
        self
    }
    /// Sets or clears [`launch_template`](Self::launch_template).
    pub fn set_launch_template(
        mut self,
        input: ::std::option::Option<crate::types::LaunchTemplateSpecification>,
    ) -> Self {
        self.inner = self.inner.set_launch_template(input);
        self
    }
    pub fn node_repair_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::NodeRepairConfig>,
    ) -> Self {
        self.inner = self.inner.node_repair_config(input);
        self
    }
    /// Sets or clears [`node_repair_config`](Self::node_repair_config).
    pub fn set_node_repair_config(
        mut self,
        input: ::std::option::Option<crate::types::NodeRepairConfig>,
    ) -> Self {
        self.inner = self.inner.set_node_repair_config(input);
        self
    }
    /// The Amazon Resource Name (ARN) of the IAM role to associate with your node
    /// group. The Amazon EKS worker node `kubelet` daemon makes calls to Amazon Web
    /// Services APIs on your behalf. Nodes receive permissions for these API calls
    /// through an IAM instance profile and associated policies. Before you can launch
    /// nodes and register them into a cluster, you must create an IAM role for those
    /// nodes to use when they are launched. For more information, see [Amazon EKS node
    /// IAM
    /// role](https://docs.aws.amazon.com/eks/latest/userguide/create-node-role.html) in
    /// the *Amazon EKS User Guide* . If you specify `launchTemplate`, then don't
    /// specify
    /// [`IamInstanceProfile`](https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_IamInstanceProfile.html)
    /// in your launch template, or the node group deployment will fail. For more
    /// information about using launch templates with Amazon EKS, see [Launch template
    /// support](https://docs.aws.amazon.com/eks/latest/userguide/launch-templates.html)
    /// in the *Amazon EKS User Guide*.
    pub fn node_role(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.node_role(input);
        self
    }
    /// Sets or clears [`node_role`](Self::node_role).
    pub fn set_node_role(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_node_role(input);
        self
    }
    /// The unique name to give your node group.
    pub fn nodegroup_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.nodegroup_name(input);
        self
    }
    /// Sets or clears [`nodegroup_name`](Self::nodegroup_name).
    pub fn set_nodegroup_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_nodegroup_name(input);
        self
    }
    /// The AMI version of the Amazon EKS optimized AMI to use with your node group. By
    /// default, the latest available AMI version for the node group's current
    /// Kubernetes version is used. For information about Linux versions, see [Amazon
    /// EKS optimized Amazon Linux AMI
    /// versions](https://docs.aws.amazon.com/eks/latest/userguide/eks-linux-ami-versions.html)
    /// in the *Amazon EKS User Guide*. Amazon EKS managed node groups support the
    /// November 2022 and later releases of the Windows AMIs. For information about
    /// Windows versions, see [Amazon EKS optimized Windows AMI
    /// versions](https://docs.aws.amazon.com/eks/latest/userguide/eks-ami-versions-windows.html)
    /// in the *Amazon EKS User Guide*.
    ///
    /// If you specify `launchTemplate`, and your launch template uses a custom AMI,
    /// then don't specify `releaseVersion`, or the node group deployment will fail. For
    /// more information about using launch templates with Amazon EKS, see [Launch
    /// template
    /// support](https://docs.aws.amazon.com/eks/latest/userguide/launch-templates.html)
    /// in the *Amazon EKS User Guide*.
    pub fn release_version(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.release_version(input);
        self
    }
    /// Sets or clears [`release_version`](Self::release_version).
    pub fn set_release_version(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_release_version(input);
        self
    }
    /// The remote access configuration to use with your node group. For Linux, the
    /// protocol is SSH. For Windows, the protocol is RDP. If you specify
    /// `launchTemplate`, then don't specify `remoteAccess`, or the node group
    /// deployment will fail. For more information about using launch templates with
    /// Amazon EKS, see [Launch template
    /// support](https://docs.aws.amazon.com/eks/latest/userguide/launch-templates.html)
    /// in the *Amazon EKS User Guide*.
    pub fn remote_access(
        mut self,
        input: impl ::std::convert::Into<crate::types::RemoteAccessConfig>,
    ) -> Self {
        self.inner = self.inner.remote_access(input);
        self
    }
    /// Sets or clears [`remote_access`](Self::remote_access).
    pub fn set_remote_access(
        mut self,
        input: ::std::option::Option<crate::types::RemoteAccessConfig>,
    ) -> Self {
        self.inner = self.inner.set_remote_access(input);
        self
    }
    /// The scaling configuration details for the Auto Scaling group that is created for
    /// your node group.
    pub fn scaling_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::NodegroupScalingConfig>,
    ) -> Self {
        self.inner = self.inner.scaling_config(input);
        self
    }
    /// Sets or clears [`scaling_config`](Self::scaling_config).
    pub fn set_scaling_config(
        mut self,
        input: ::std::option::Option<crate::types::NodegroupScalingConfig>,
    ) -> Self {
        self.inner = self.inner.set_scaling_config(input);
        self
    }
    /// The subnets to use for the Auto Scaling group that is created for your node
    /// group. If you specify `launchTemplate`, then don't specify
    /// [`SubnetId`](https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateNetworkInterface.html)
    /// in your launch template, or the node group deployment will fail. For more
    /// information about using launch templates with Amazon EKS, see [Launch template
    /// support](https://docs.aws.amazon.com/eks/latest/userguide/launch-templates.html)
    /// in the *Amazon EKS User Guide*.
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn subnets(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.subnets(input);
        self
    }
    /// Sets or clears [`subnets`](Self::subnets).
    pub fn set_subnets(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.inner = self.inner.set_subnets(input);
        self
    }
    /// The metadata to apply to the node group to assist with categorization and
    /// organization. Each tag consists of a key and an optional value. You define both.
    /// Node group tags do not propagate to any other resources associated with the node
    /// group, such as the Amazon EC2 instances or subnets.
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
    /// The Kubernetes taints to be applied to the nodes in the node group. For more
    /// information, see [Node taints on managed node
    /// groups](https://docs.aws.amazon.com/eks/latest/userguide/node-taints-managed-node-groups.html).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn taints(
        mut self,
        input: impl ::std::convert::Into<crate::types::Taint>,
    ) -> Self {
        self.inner = self.inner.taints(input);
        self
    }
    /// Sets or clears [`taints`](Self::taints).
    pub fn set_taints(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::Taint>>,
    ) -> Self {
        self.inner = self.inner.set_taints(input);
        self
    }
    /// The node group update configuration.
    pub fn update_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::NodegroupUpdateConfig>,
    ) -> Self {
        self.inner = self.inner.update_config(input);
        self
    }
    /// Sets or clears [`update_config`](Self::update_config).
    pub fn set_update_config(
        mut self,
        input: ::std::option::Option<crate::types::NodegroupUpdateConfig>,
    ) -> Self {
        self.inner = self.inner.set_update_config(input);
        self
    }
    /// The Kubernetes version to use for your managed nodes. By default, the Kubernetes
    /// version of the cluster is used, and this is the only accepted specified value.
    /// If you specify `launchTemplate`, and your launch template uses a custom AMI,
    /// then don't specify `version`, or the node group deployment will fail. For more
    /// information about using launch templates with Amazon EKS, see [Launch template
    /// support](https://docs.aws.amazon.com/eks/latest/userguide/launch-templates.html)
    /// in the *Amazon EKS User Guide*.
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
    pub fn warm_pool_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::WarmPoolConfig>,
    ) -> Self {
        self.inner = self.inner.warm_pool_config(input);
        self
    }
    /// Sets or clears [`warm_pool_config`](Self::warm_pool_config).
    pub fn set_warm_pool_config(
        mut self,
        input: ::std::option::Option<crate::types::WarmPoolConfig>,
    ) -> Self {
        self.inner = self.inner.set_warm_pool_config(input);
        self
    }
    /// Sends the request.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::types::CreateNodegroupResponse,
        crate::runtime::SdkError<CreateNodegroupError>,
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
                crate::types::CreateNodegroupResponse,
                CreateNodegroupError,
            >(&OPERATION, parts, parse)
            .await
    }
}
/// The request: labels, query, headers and body as AWS's model binds them.
fn request(
    input: &crate::types::CreateNodegroupRequest,
) -> ::std::result::Result<
    crate::runtime::operation::RequestParts,
    crate::runtime::DispatchError,
> {
    let cluster_name: &str = &input.cluster_name;
    let query = crate::runtime::rest::QueryParams::new();
    let path_and_query = crate::runtime::rest::build_uri(
            "/clusters/{name}/node-groups",
            &[("name", cluster_name)],
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
    crate::types::CreateNodegroupResponse,
    ::std::string::String,
> {
    let body: &[u8] = if response.body.iter().all(u8::is_ascii_whitespace) {
        b"{}"
    } else {
        &response.body
    };
    let out: crate::types::CreateNodegroupResponse = crate::runtime::json::from_slice(
        body,
    )?;
    ::std::result::Result::Ok(out)
}
/// Errors of `CreateNodegroup`: one variant per error the spec or AWS's model lists, plus [`Unhandled`](CreateNodegroupError::Unhandled).
#[derive(::std::fmt::Debug)]
#[non_exhaustive]
pub enum CreateNodegroupError {
    /// The service returned `ClientException`.
    ClientException(crate::types::error::ClientException),
    /// The service returned `InvalidParameterException`.
    InvalidParameterException(crate::types::error::InvalidParameterException),
    /// The service returned `InvalidRequestException`.
    InvalidRequestException(crate::types::error::InvalidRequestException),
    /// The service returned `ResourceInUseException`.
    ResourceInUseException(crate::types::error::ResourceInUseException),
    /// The service returned `ResourceLimitExceededException`.
    ResourceLimitExceededException(crate::types::error::ResourceLimitExceededException),
    /// The service returned `ServerException`.
    ServerException(crate::types::error::ServerException),
    /// The service returned `ServiceUnavailableException`.
    ServiceUnavailableException(crate::types::error::ServiceUnavailableException),
    /// An error neither the spec nor AWS's model lists for this
    /// operation (the code, message, HTTP status and request id are kept).
    Unhandled(crate::runtime::Unhandled),
}
impl crate::runtime::OperationError for CreateNodegroupError {
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
            _ => Self::Unhandled(crate::runtime::Unhandled::new(meta)),
        }
    }
    fn meta(&self) -> &crate::runtime::ErrorMetadata {
        match self {
            Self::ClientException(e) => e.meta(),
            Self::InvalidParameterException(e) => e.meta(),
            Self::InvalidRequestException(e) => e.meta(),
            Self::ResourceInUseException(e) => e.meta(),
            Self::ResourceLimitExceededException(e) => e.meta(),
            Self::ServerException(e) => e.meta(),
            Self::ServiceUnavailableException(e) => e.meta(),
            Self::Unhandled(e) => e.meta(),
        }
    }
    fn with_attempts(mut self, attempts: u32) -> Self {
        match &mut self {
            Self::ClientException(e) => e.meta.set_attempts(attempts),
            Self::InvalidParameterException(e) => e.meta.set_attempts(attempts),
            Self::InvalidRequestException(e) => e.meta.set_attempts(attempts),
            Self::ResourceInUseException(e) => e.meta.set_attempts(attempts),
            Self::ResourceLimitExceededException(e) => e.meta.set_attempts(attempts),
            Self::ServerException(e) => e.meta.set_attempts(attempts),
            Self::ServiceUnavailableException(e) => e.meta.set_attempts(attempts),
            Self::Unhandled(e) => e.meta_mut().set_attempts(attempts),
        }
        self
    }
}
impl CreateNodegroupError {
    /// Status, code, message and request id of the response.
    pub fn meta(&self) -> &crate::runtime::ErrorMetadata {
        crate::runtime::OperationError::meta(self)
    }
    /// The error code the service sent, if any.
    pub fn code(&self) -> ::std::option::Option<&str> {
        self.meta().code()
    }
}
impl ::std::fmt::Display for CreateNodegroupError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::ClientException(e) => ::std::fmt::Display::fmt(e, f),
            Self::InvalidParameterException(e) => ::std::fmt::Display::fmt(e, f),
            Self::InvalidRequestException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ResourceInUseException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ResourceLimitExceededException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ServerException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ServiceUnavailableException(e) => ::std::fmt::Display::fmt(e, f),
            Self::Unhandled(e) => ::std::fmt::Display::fmt(e, f),
        }
    }
}
impl ::std::error::Error for CreateNodegroupError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::ClientException(e) => ::std::option::Option::Some(e),
            Self::InvalidParameterException(e) => ::std::option::Option::Some(e),
            Self::InvalidRequestException(e) => ::std::option::Option::Some(e),
            Self::ResourceInUseException(e) => ::std::option::Option::Some(e),
            Self::ResourceLimitExceededException(e) => ::std::option::Option::Some(e),
            Self::ServerException(e) => ::std::option::Option::Some(e),
            Self::ServiceUnavailableException(e) => ::std::option::Option::Some(e),
            Self::Unhandled(e) => ::std::option::Option::Some(e),
        }
    }
}
