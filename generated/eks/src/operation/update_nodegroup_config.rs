//! The `UpdateNodegroupConfig` operation: see [`Client::update_nodegroup_config`](crate::Client::update_nodegroup_config).
const OPERATION: crate::runtime::operation::OperationSpec = crate::runtime::operation::OperationSpec {
    name: "UpdateNodegroupConfig",
    target: "",
    host_prefix: ::std::option::Option::None,
    unsigned: false,
    endpoint_discovery: false,
    api_version_header: ::std::option::Option::None,
    min_attempt_timeout_secs: ::std::option::Option::None,
    partitions: &[],
};
/// Builds and sends a `UpdateNodegroupConfig` request; see [`Client::update_nodegroup_config`](crate::Client::update_nodegroup_config).
#[derive(::std::clone::Clone, ::std::fmt::Debug)]
pub struct UpdateNodegroupConfigFluentBuilder {
    handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    inner: crate::types::builders::UpdateNodegroupConfigRequestBuilder,
}
impl UpdateNodegroupConfigFluentBuilder {
    pub(crate) fn new(
        handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    ) -> Self {
        UpdateNodegroupConfigFluentBuilder {
            handle,
            inner: ::std::default::Default::default(),
        }
    }
    /// The input built so far.
    pub fn as_input(
        &self,
    ) -> &crate::types::builders::UpdateNodegroupConfigRequestBuilder {
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
    /// The name of the Amazon EKS cluster that the managed node group resides in.
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
    /// The Kubernetes labels to be applied to the nodes in the node group after the
    /// update.
    pub fn labels(
        mut self,
        input: impl ::std::convert::Into<crate::types::UpdateLabelsPayload>,
    ) -> Self {
        self.inner = self.inner.labels(input);
        self
    }
    /// Sets or clears [`labels`](Self::labels).
    pub fn set_labels(
        mut self,
        input: ::std::option::Option<crate::types::UpdateLabelsPayload>,
    ) -> Self {
        self.inner = self.inner.set_labels(input);
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
    /// The name of the managed node group to update.
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
    /// The scaling configuration details for the Auto Scaling group after the update.
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
    /// The Kubernetes taints to be applied to the nodes in the node group after the
    /// update. For more information, see [Node taints on managed node
    /// groups](https://docs.aws.amazon.com/eks/latest/userguide/node-taints-managed-node-groups.html).
    pub fn taints(
        mut self,
        input: impl ::std::convert::Into<crate::types::UpdateTaintsPayload>,
    ) -> Self {
        self.inner = self.inner.taints(input);
        self
    }
    /// Sets or clears [`taints`](Self::taints).
    pub fn set_taints(
        mut self,
        input: ::std::option::Option<crate::types::UpdateTaintsPayload>,
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
        crate::types::UpdateNodegroupConfigResponse,
        crate::runtime::SdkError<UpdateNodegroupConfigError>,
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
                crate::types::UpdateNodegroupConfigResponse,
                UpdateNodegroupConfigError,
            >(&OPERATION, parts, parse)
            .await
    }
}
/// The request: labels, query, headers and body as AWS's model binds them.
fn request(
    input: &crate::types::UpdateNodegroupConfigRequest,
) -> ::std::result::Result<
    crate::runtime::operation::RequestParts,
    crate::runtime::DispatchError,
> {
    let cluster_name: &str = &input.cluster_name;
    let nodegroup_name: &str = &input.nodegroup_name;
    let query = crate::runtime::rest::QueryParams::new();
    let path_and_query = crate::runtime::rest::build_uri(
            "/clusters/{name}/node-groups/{nodegroupName}/update-config",
            &[("name", cluster_name), ("nodegroupName", nodegroup_name)],
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
    crate::types::UpdateNodegroupConfigResponse,
    ::std::string::String,
> {
    let body: &[u8] = if response.body.iter().all(u8::is_ascii_whitespace) {
        b"{}"
    } else {
        &response.body
    };
    let out: crate::types::UpdateNodegroupConfigResponse = crate::runtime::json::from_slice(
        body,
    )?;
    ::std::result::Result::Ok(out)
}
/// Errors of `UpdateNodegroupConfig`: one variant per error the spec or AWS's model lists, plus [`Unhandled`](UpdateNodegroupConfigError::Unhandled).
#[derive(::std::fmt::Debug)]
#[non_exhaustive]
pub enum UpdateNodegroupConfigError {
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
    /// An error neither the spec nor AWS's model lists for this
    /// operation (the code, message, HTTP status and request id are kept).
    Unhandled(crate::runtime::Unhandled),
}
impl crate::runtime::OperationError for UpdateNodegroupConfigError {
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
            Self::Unhandled(e) => e.meta_mut().set_attempts(attempts),
        }
        self
    }
}
impl UpdateNodegroupConfigError {
    /// Status, code, message and request id of the response.
    pub fn meta(&self) -> &crate::runtime::ErrorMetadata {
        crate::runtime::OperationError::meta(self)
    }
    /// The error code the service sent, if any.
    pub fn code(&self) -> ::std::option::Option<&str> {
        self.meta().code()
    }
}
impl ::std::fmt::Display for UpdateNodegroupConfigError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::ClientException(e) => ::std::fmt::Display::fmt(e, f),
            Self::InvalidParameterException(e) => ::std::fmt::Display::fmt(e, f),
            Self::InvalidRequestException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ResourceInUseException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ResourceNotFoundException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ServerException(e) => ::std::fmt::Display::fmt(e, f),
            Self::Unhandled(e) => ::std::fmt::Display::fmt(e, f),
        }
    }
}
impl ::std::error::Error for UpdateNodegroupConfigError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::ClientException(e) => ::std::option::Option::Some(e),
            Self::InvalidParameterException(e) => ::std::option::Option::Some(e),
            Self::InvalidRequestException(e) => ::std::option::Option::Some(e),
            Self::ResourceInUseException(e) => ::std::option::Option::Some(e),
            Self::ResourceNotFoundException(e) => ::std::option::Option::Some(e),
            Self::ServerException(e) => ::std::option::Option::Some(e),
            Self::Unhandled(e) => ::std::option::Option::Some(e),
        }
    }
}
