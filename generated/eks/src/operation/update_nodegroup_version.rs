//! The `UpdateNodegroupVersion` operation: see [`Client::update_nodegroup_version`](crate::Client::update_nodegroup_version).
const OPERATION: crate::runtime::operation::OperationSpec = crate::runtime::operation::OperationSpec {
    name: "UpdateNodegroupVersion",
    target: "",
    host_prefix: ::std::option::Option::None,
    unsigned: false,
    endpoint_discovery: false,
    api_version_header: ::std::option::Option::None,
    min_attempt_timeout_secs: ::std::option::Option::None,
    partitions: &[],
};
/// Builds and sends a `UpdateNodegroupVersion` request; see [`Client::update_nodegroup_version`](crate::Client::update_nodegroup_version).
#[derive(::std::clone::Clone, ::std::fmt::Debug)]
pub struct UpdateNodegroupVersionFluentBuilder {
    handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    inner: crate::types::builders::UpdateNodegroupVersionRequestBuilder,
}
impl UpdateNodegroupVersionFluentBuilder {
    pub(crate) fn new(
        handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    ) -> Self {
        UpdateNodegroupVersionFluentBuilder {
            handle,
            inner: ::std::default::Default::default(),
        }
    }
    /// The input built so far.
    pub fn as_input(
        &self,
    ) -> &crate::types::builders::UpdateNodegroupVersionRequestBuilder {
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
    /// The name of the Amazon EKS cluster that is associated with the managed node
    /// group to update.
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
    /// Force the update if the existing node group's pods are unable to be drained due
    /// to a pod disruption budget issue. If an update fails because pods could not be
    /// drained, you can force the update after it fails to terminate the old node
    /// whether or not any pods are running on the node.
    pub fn force(mut self, input: impl ::std::convert::Into<bool>) -> Self {
        self.inner = self.inner.force(input);
        self
    }
    /// Sets or clears [`force`](Self::force).
    pub fn set_force(mut self, input: ::std::option::Option<bool>) -> Self {
        self.inner = self.inner.set_force(input);
        self
    }
    /// An object representing a node group's launch template specification. You can
    /// only update a node group using a launch template if the node group was
    /// originally deployed with a launch template.
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
    /// The AMI version of the Amazon EKS optimized AMI to use for the update. By
    /// default, the latest available AMI version for the node group's Kubernetes
    /// version is used. For information about Linux versions, see [Amazon EKS optimized
    /// Amazon Linux AMI
    /// versions](https://docs.aws.amazon.com/eks/latest/userguide/eks-linux-ami-versions.html)
    /// in the *Amazon EKS User Guide*. Amazon EKS managed node groups support the
    /// November 2022 and later releases of the Windows AMIs. For information about
    /// Windows versions, see [Amazon EKS optimized Windows AMI
    /// versions](https://docs.aws.amazon.com/eks/latest/userguide/eks-ami-versions-windows.html)
    /// in the *Amazon EKS User Guide*.
    ///
    /// If you specify `launchTemplate`, and your launch template uses a custom AMI,
    /// then don't specify `releaseVersion`, or the node group update will fail. For
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
    /// The Kubernetes version to update to. If no version is specified, then the
    /// Kubernetes version of the node group does not change. You can specify the
    /// Kubernetes version of the cluster to update the node group to the latest AMI
    /// version of the cluster's Kubernetes version. If you specify `launchTemplate`,
    /// and your launch template uses a custom AMI, then don't specify `version`, or the
    /// node group update will fail. For more information about using launch templates
    /// with Amazon EKS, see [Launch template
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
    /// Sends the request.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::types::UpdateNodegroupVersionResponse,
        crate::runtime::SdkError<UpdateNodegroupVersionError>,
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
                crate::types::UpdateNodegroupVersionResponse,
                UpdateNodegroupVersionError,
            >(&OPERATION, parts, parse)
            .await
    }
}
/// The request: labels, query, headers and body as AWS's model binds them.
fn request(
    input: &crate::types::UpdateNodegroupVersionRequest,
) -> ::std::result::Result<
    crate::runtime::operation::RequestParts,
    crate::runtime::DispatchError,
> {
    let cluster_name: &str = &input.cluster_name;
    let nodegroup_name: &str = &input.nodegroup_name;
    let query = crate::runtime::rest::QueryParams::new();
    let path_and_query = crate::runtime::rest::build_uri(
            "/clusters/{name}/node-groups/{nodegroupName}/update-version",
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
    crate::types::UpdateNodegroupVersionResponse,
    ::std::string::String,
> {
    let body: &[u8] = if response.body.iter().all(u8::is_ascii_whitespace) {
        b"{}"
    } else {
        &response.body
    };
    let out: crate::types::UpdateNodegroupVersionResponse = crate::runtime::json::from_slice(
        body,
    )?;
    ::std::result::Result::Ok(out)
}
/// Errors of `UpdateNodegroupVersion`: one variant per error the spec or AWS's model lists, plus [`Unhandled`](UpdateNodegroupVersionError::Unhandled).
#[derive(::std::fmt::Debug)]
#[non_exhaustive]
pub enum UpdateNodegroupVersionError {
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
impl crate::runtime::OperationError for UpdateNodegroupVersionError {
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
impl UpdateNodegroupVersionError {
    /// Status, code, message and request id of the response.
    pub fn meta(&self) -> &crate::runtime::ErrorMetadata {
        crate::runtime::OperationError::meta(self)
    }
    /// The error code the service sent, if any.
    pub fn code(&self) -> ::std::option::Option<&str> {
        self.meta().code()
    }
}
impl ::std::fmt::Display for UpdateNodegroupVersionError {
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
impl ::std::error::Error for UpdateNodegroupVersionError {
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
