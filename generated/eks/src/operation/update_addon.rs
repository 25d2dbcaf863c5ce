//! The `UpdateAddon` operation: see [`Client::update_addon`](crate::Client::update_addon).
const OPERATION: crate::runtime::operation::OperationSpec = crate::runtime::operation::OperationSpec {
    name: "UpdateAddon",
    target: "",
    host_prefix: ::std::option::Option::None,
    unsigned: false,
    endpoint_discovery: false,
    api_version_header: ::std::option::Option::None,
    min_attempt_timeout_secs: ::std::option::Option::None,
    partitions: &[],
};
/// Builds and sends a `UpdateAddon` request; see [`Client::update_addon`](crate::Client::update_addon).
#[derive(::std::clone::Clone, ::std::fmt::Debug)]
pub struct UpdateAddonFluentBuilder {
    handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    inner: crate::types::builders::UpdateAddonRequestBuilder,
}
impl UpdateAddonFluentBuilder {
    pub(crate) fn new(
        handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    ) -> Self {
        UpdateAddonFluentBuilder {
            handle,
            inner: ::std::default::Default::default(),
        }
    }
    /// The input built so far.
    pub fn as_input(&self) -> &crate::types::builders::UpdateAddonRequestBuilder {
        &self.inner
    }
    /// The name of the add-on. The name must match one of the names returned by
    /// [`ListAddons`](https://docs.aws.amazon.com/eks/latest/APIReference/API_ListAddons.html)
    /// .
    pub fn addon_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.addon_name(input);
        self
    }
    /// Sets or clears [`addon_name`](Self::addon_name).
    pub fn set_addon_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_addon_name(input);
        self
    }
    /// The version of the add-on. The version must match one of the versions returned
    /// by
    /// [`DescribeAddonVersions`](https://docs.aws.amazon.com/eks/latest/APIReference/API_DescribeAddonVersions.html)
    /// .
    pub fn addon_version(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.addon_version(input);
        self
    }
    /// Sets or clears [`addon_version`](Self::addon_version).
    pub fn set_addon_version(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_addon_version(input);
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
    /// The name of the cluster.
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
    /// The set of configuration values for the add-on that's created. The values that
    /// you provide are validated against the schema in
    /// [DescribeAddonConfiguration](https://docs.aws.amazon.com/eks/latest/APIReference/API_DescribeAddonConfiguration.html).
    pub fn configuration_values(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.configuration_values(input);
        self
    }
    /// Sets or clears [`configuration_values`](Self::configuration_values).
    pub fn set_configuration_values(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_configuration_values(input);
        self
    }
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn pod_identity_associations(
        mut self,
        input: impl ::std::convert::Into<crate::types::AddonPodIdentityAssociations>,
    ) -> Self {
        self.inner = self.inner.pod_identity_associations(input);
        self
    }
    /// Sets or clears [`pod_identity_associations`](Self::pod_identity_associations).
    pub fn set_pod_identity_associations(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<crate::types::AddonPodIdentityAssociations>,
        >,
    ) -> Self {
        self.inner = self.inner.set_pod_identity_associations(input);
        self
    }
    /// How to resolve field value conflicts for an Amazon EKS add-on if you've changed
    /// a value from the Amazon EKS default value. Conflicts are handled based on the
    /// option you choose:
    ///
    /// - **None** – Amazon EKS doesn't change the value. The update might fail.
    /// - **Overwrite** – Amazon EKS overwrites the changed value back to the Amazon EKS
    ///   default value.
    /// - **Preserve** – Amazon EKS preserves the value. If you choose this option, we
    ///   recommend that you test any field and value changes on a non-production
    ///   cluster before updating the add-on on your production cluster.
    pub fn resolve_conflicts(
        mut self,
        input: impl ::std::convert::Into<crate::types::ResolveConflicts>,
    ) -> Self {
        self.inner = self.inner.resolve_conflicts(input);
        self
    }
    /// Sets or clears [`resolve_conflicts`](Self::resolve_conflicts).
    pub fn set_resolve_conflicts(
        mut self,
        input: ::std::option::Option<crate::types::ResolveConflicts>,
    ) -> Self {
        self.inner = self.inner.set_resolve_conflicts(input);
        self
    }
    /// The Amazon Resource Name (ARN) of an existing IAM role to bind to the add-on's
    /// service account. The role must be assigned the IAM permissions required by the
    /// add-on. If you don't specify an existing IAM role, then the add-on uses the
    /// permissions assigned to the node IAM role. For more information, see [Amazon EKS
    /// node IAM
    /// role](https://docs.aws.amazon.com/eks/latest/userguide/create-node-role.html) in
    /// the *Amazon EKS User Guide*.
    ///
    /// **Note:** To specify an existing IAM role, you must have an IAM OpenID Connect
    /// (OIDC) provider created for your cluster. For more information, see [Enabling
    /// IAM roles for service accounts on your
    /// cluster](https://docs.aws.amazon.com/eks/latest/userguide/enable-iam-roles-for-service-accounts.html)
    /// in the *Amazon EKS User Guide*.
    pub fn service_account_role_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.service_account_role_arn(input);
        self
    }
    /// Sets or clears [`service_account_role_arn`](Self::service_account_role_arn).
    pub fn set_service_account_role_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_service_account_role_arn(input);
        self
    }
    /// Sends the request.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::types::UpdateAddonResponse,
        crate::runtime::SdkError<UpdateAddonError>,
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
                crate::types::UpdateAddonResponse,
                UpdateAddonError,
            >(&OPERATION, parts, parse)
            .await
    }
}
/// The request: labels, query, headers and body as AWS's model binds them.
fn request(
    input: &crate::types::UpdateAddonRequest,
) -> ::std::result::Result<
    crate::runtime::operation::RequestParts,
    crate::runtime::DispatchError,
> {
    let addon_name: &str = &input.addon_name;
    let cluster_name: &str = &input.cluster_name;
    let query = crate::runtime::rest::QueryParams::new();
    let path_and_query = crate::runtime::rest::build_uri(
            "/clusters/{name}/addons/{addonName}/update",
            &[("addonName", addon_name), ("name", cluster_name)],
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
) -> ::std::result::Result<crate::types::UpdateAddonResponse, ::std::string::String> {
    let body: &[u8] = if response.body.iter().all(u8::is_ascii_whitespace) {
        b"{}"
    } else {
        &response.body
    };
    let out: crate::types::UpdateAddonResponse = crate::runtime::json::from_slice(body)?;
    ::std::result::Result::Ok(out)
}
/// Errors of `UpdateAddon`: one variant per error the spec or AWS's model lists, plus [`Unhandled`](UpdateAddonError::Unhandled).
#[derive(::std::fmt::Debug)]
#[non_exhaustive]
pub enum UpdateAddonError {
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
impl crate::runtime::OperationError for UpdateAddonError {
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
impl UpdateAddonError {
    /// Status, code, message and request id of the response.
    pub fn meta(&self) -> &crate::runtime::ErrorMetadata {
        crate::runtime::OperationError::meta(self)
    }
    /// The error code the service sent, if any.
    pub fn code(&self) -> ::std::option::Option<&str> {
        self.meta().code()
    }
}
impl ::std::fmt::Display for UpdateAddonError {
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
impl ::std::error::Error for UpdateAddonError {
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
