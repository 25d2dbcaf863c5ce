//! The `CreateAddon` operation: see [`Client::create_addon`](crate::Client::create_addon).
const OPERATION: crate::runtime::operation::OperationSpec = crate::runtime::operation::OperationSpec {
    name: "CreateAddon",
    target: "",
    host_prefix: ::std::option::Option::None,
    unsigned: false,
    endpoint_discovery: false,
    api_version_header: ::std::option::Option::None,
    min_attempt_timeout_secs: ::std::option::Option::None,
    partitions: &[],
};
/// Builds and sends a `CreateAddon` request; see [`Client::create_addon`](crate::Client::create_addon).
#[derive(::std::clone::Clone, ::std::fmt::Debug)]
pub struct CreateAddonFluentBuilder {
    handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    inner: crate::types::builders::CreateAddonRequestBuilder,
}
impl CreateAddonFluentBuilder {
    pub(crate) fn new(
        handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    ) -> Self {
        CreateAddonFluentBuilder {
            handle,
            inner: ::std::default::Default::default(),
        }
    }
    /// The input built so far.
    pub fn as_input(&self) -> &crate::types::builders::CreateAddonRequestBuilder {
        &self.inner
    }
    /// The name of the add-on. The name must match one of the names that
    /// [`DescribeAddonVersions`](https://docs.aws.amazon.com/eks/latest/APIReference/API_DescribeAddonVersions.html)
    /// returns.
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
    /// A unique, case-sensitive identifier that you provide to ensure the idempotency
    /// of the request.
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
    /// The name of the cluster to create the add-on for.
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
    /// [`DescribeAddonConfiguration`](https://docs.aws.amazon.com/eks/latest/APIReference/API_DescribeAddonConfiguration.html)
    /// .
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
    pub fn namespace_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::AddonNamespaceConfigRequest>,
    ) -> Self {
        self.inner = self.inner.namespace_config(input);
        self
    }
    /// Sets or clears [`namespace_config`](Self::namespace_config).
    pub fn set_namespace_config(
        mut self,
        input: ::std::option::Option<crate::types::AddonNamespaceConfigRequest>,
    ) -> Self {
        self.inner = self.inner.set_namespace_config(input);
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
    /// How to resolve field value conflicts for an Amazon EKS add-on. Conflicts are
    /// handled based on the value you choose:
    ///
    /// - **None** – If the self-managed version of the add-on is installed on your
    ///   cluster, Amazon EKS doesn't change the value. Creation of the add-on might
    ///   fail.
    /// - **Overwrite** – If the self-managed version of the add-on is installed on your
    ///   cluster and the Amazon EKS default value is different than the existing value,
    ///   Amazon EKS changes the value to the Amazon EKS default value.
    /// - **Preserve** – Not supported. You can set this value when updating an add-on
    ///   though. For more information, see
    ///   [UpdateAddon](https://docs.aws.amazon.com/eks/latest/APIReference/API_UpdateAddon.html).
    ///
    /// If you don't currently have the self-managed version of the add-on installed on
    /// your cluster, the Amazon EKS add-on is installed. Amazon EKS sets all values to
    /// default values, regardless of the option that you specify.
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
    /// Sends the request.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::types::CreateAddonResponse,
        crate::runtime::SdkError<CreateAddonError>,
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
                crate::types::CreateAddonResponse,
                CreateAddonError,
            >(&OPERATION, parts, parse)
            .await
    }
}
/// The request: labels, query, headers and body as AWS's model binds them.
fn request(
    input: &crate::types::CreateAddonRequest,
) -> ::std::result::Result<
    crate::runtime::operation::RequestParts,
    crate::runtime::DispatchError,
> {
    let cluster_name: &str = &input.cluster_name;
    let query = crate::runtime::rest::QueryParams::new();
    let path_and_query = crate::runtime::rest::build_uri(
            "/clusters/{name}/addons",
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
) -> ::std::result::Result<crate::types::CreateAddonResponse, ::std::string::String> {
    let body: &[u8] = if response.body.iter().all(u8::is_ascii_whitespace) {
        b"{}"
    } else {
        &response.body
    };
    let out: crate::types::CreateAddonResponse = crate::runtime::json::from_slice(body)?;
    ::std::result::Result::Ok(out)
}
/// Errors of `CreateAddon`: one variant per error the spec or AWS's model lists, plus [`Unhandled`](CreateAddonError::Unhandled).
#[derive(::std::fmt::Debug)]
#[non_exhaustive]
pub enum CreateAddonError {
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
impl crate::runtime::OperationError for CreateAddonError {
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
impl CreateAddonError {
    /// Status, code, message and request id of the response.
    pub fn meta(&self) -> &crate::runtime::ErrorMetadata {
        crate::runtime::OperationError::meta(self)
    }
    /// The error code the service sent, if any.
    pub fn code(&self) -> ::std::option::Option<&str> {
        self.meta().code()
    }
}
impl ::std::fmt::Display for CreateAddonError {
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
impl ::std::error::Error for CreateAddonError {
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
