//! The `CreateFargateProfile` operation: see [`Client::create_fargate_profile`](crate::Client::create_fargate_profile).
const OPERATION: crate::runtime::operation::OperationSpec = crate::runtime::operation::OperationSpec {
    name: "CreateFargateProfile",
    target: "",
    host_prefix: ::std::option::Option::None,
    unsigned: false,
    endpoint_discovery: false,
    api_version_header: ::std::option::Option::None,
    min_attempt_timeout_secs: ::std::option::Option::None,
    partitions: &[],
};
/// Builds and sends a `CreateFargateProfile` request; see [`Client::create_fargate_profile`](crate::Client::create_fargate_profile).
#[derive(::std::clone::Clone, ::std::fmt::Debug)]
pub struct CreateFargateProfileFluentBuilder {
    handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    inner: crate::types::builders::CreateFargateProfileRequestBuilder,
}
impl CreateFargateProfileFluentBuilder {
    pub(crate) fn new(
        handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    ) -> Self {
        CreateFargateProfileFluentBuilder {
            handle,
            inner: ::std::default::Default::default(),
        }
    }
    /// The input built so far.
    pub fn as_input(
        &self,
    ) -> &crate::types::builders::CreateFargateProfileRequestBuilder {
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
    /// The name of the Amazon EKS cluster to apply the Fargate profile to.
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
    /// The name of the Fargate profile.
    pub fn fargate_profile_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.fargate_profile_name(input);
        self
    }
    /// Sets or clears [`fargate_profile_name`](Self::fargate_profile_name).
    pub fn set_fargate_profile_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_fargate_profile_name(input);
        self
    }
    /// The Amazon Resource Name (ARN) of the pod execution role to use for pods that
    /// match the selectors in the Fargate profile. The pod execution role allows
    /// Fargate infrastructure to register with your cluster as a node, and it provides
    /// read access to Amazon ECR image repositories. For more information, see [Pod
    /// Execution
    /// Role](https://docs.aws.amazon.com/eks/latest/userguide/pod-execution-role.html)
    /// in the *Amazon EKS User Guide*.
    pub fn pod_execution_role_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.pod_execution_role_arn(input);
        self
    }
    /// Sets or clears [`pod_execution_role_arn`](Self::pod_execution_role_arn).
    pub fn set_pod_execution_role_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_pod_execution_role_arn(input);
        self
    }
    /// The selectors to match for pods to use this Fargate profile. Each selector must
    /// have an associated namespace. Optionally, you can also specify labels for a
    /// namespace. You may specify up to five selectors in a Fargate profile.
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn selectors(
        mut self,
        input: impl ::std::convert::Into<crate::types::FargateProfileSelector>,
    ) -> Self {
        self.inner = self.inner.selectors(input);
        self
    }
    /// Sets or clears [`selectors`](Self::selectors).
    pub fn set_selectors(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<crate::types::FargateProfileSelector>,
        >,
    ) -> Self {
        self.inner = self.inner.set_selectors(input);
        self
    }
    /// The IDs of subnets to launch your pods into. At this time, pods running on
    /// Fargate are not assigned public IP addresses, so only private subnets (with no
    /// direct route to an Internet Gateway) are accepted for this parameter.
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
    /// The metadata to apply to the Fargate profile to assist with categorization and
    /// organization. Each tag consists of a key and an optional value. You define both.
    /// Fargate profile tags do not propagate to any other resources associated with the
    /// Fargate profile, such as the pods that are scheduled with it.
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
        crate::types::CreateFargateProfileResponse,
        crate::runtime::SdkError<CreateFargateProfileError>,
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
                crate::types::CreateFargateProfileResponse,
                CreateFargateProfileError,
            >(&OPERATION, parts, parse)
            .await
    }
}
/// The request: labels, query, headers and body as AWS's model binds them.
fn request(
    input: &crate::types::CreateFargateProfileRequest,
) -> ::std::result::Result<
    crate::runtime::operation::RequestParts,
    crate::runtime::DispatchError,
> {
    let cluster_name: &str = &input.cluster_name;
    let query = crate::runtime::rest::QueryParams::new();
    let path_and_query = crate::runtime::rest::build_uri(
            "/clusters/{name}/fargate-profiles",
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
    crate::types::CreateFargateProfileResponse,
    ::std::string::String,
> {
    let body: &[u8] = if response.body.iter().all(u8::is_ascii_whitespace) {
        b"{}"
    } else {
        &response.body
    };
    let out: crate::types::CreateFargateProfileResponse = crate::runtime::json::from_slice(
        body,
    )?;
    ::std::result::Result::Ok(out)
}
/// Errors of `CreateFargateProfile`: one variant per error the spec or AWS's model lists, plus [`Unhandled`](CreateFargateProfileError::Unhandled).
#[derive(::std::fmt::Debug)]
#[non_exhaustive]
pub enum CreateFargateProfileError {
    /// The service returned `ClientException`.
    ClientException(crate::types::error::ClientException),
    /// The service returned `InvalidParameterException`.
    InvalidParameterException(crate::types::error::InvalidParameterException),
    /// The service returned `InvalidRequestException`.
    InvalidRequestException(crate::types::error::InvalidRequestException),
    /// The service returned `ResourceLimitExceededException`.
    ResourceLimitExceededException(crate::types::error::ResourceLimitExceededException),
    /// The service returned `ServerException`.
    ServerException(crate::types::error::ServerException),
    /// The service returned `UnsupportedAvailabilityZoneException`.
    UnsupportedAvailabilityZoneException(
        crate::types::error::UnsupportedAvailabilityZoneException,
    ),
    /// An error neither the spec nor AWS's model lists for this
    /// operation (the code, message, HTTP status and request id are kept).
    Unhandled(crate::runtime::Unhandled),
}
impl crate::runtime::OperationError for CreateFargateProfileError {
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
            Self::InvalidRequestException(e) => e.meta(),
            Self::ResourceLimitExceededException(e) => e.meta(),
            Self::ServerException(e) => e.meta(),
            Self::UnsupportedAvailabilityZoneException(e) => e.meta(),
            Self::Unhandled(e) => e.meta(),
        }
    }
    fn with_attempts(mut self, attempts: u32) -> Self {
        match &mut self {
            Self::ClientException(e) => e.meta.set_attempts(attempts),
            Self::InvalidParameterException(e) => e.meta.set_attempts(attempts),
            Self::InvalidRequestException(e) => e.meta.set_attempts(attempts),
            Self::ResourceLimitExceededException(e) => e.meta.set_attempts(attempts),
            Self::ServerException(e) => e.meta.set_attempts(attempts),
            Self::UnsupportedAvailabilityZoneException(e) => {
                e.meta.set_attempts(attempts)
            }
            Self::Unhandled(e) => e.meta_mut().set_attempts(attempts),
        }
        self
    }
}
impl CreateFargateProfileError {
    /// Status, code, message and request id of the response.
    pub fn meta(&self) -> &crate::runtime::ErrorMetadata {
        crate::runtime::OperationError::meta(self)
    }
    /// The error code the service sent, if any.
    pub fn code(&self) -> ::std::option::Option<&str> {
        self.meta().code()
    }
}
impl ::std::fmt::Display for CreateFargateProfileError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::ClientException(e) => ::std::fmt::Display::fmt(e, f),
            Self::InvalidParameterException(e) => ::std::fmt::Display::fmt(e, f),
            Self::InvalidRequestException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ResourceLimitExceededException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ServerException(e) => ::std::fmt::Display::fmt(e, f),
            Self::UnsupportedAvailabilityZoneException(e) => {
                ::std::fmt::Display::fmt(e, f)
            }
            Self::Unhandled(e) => ::std::fmt::Display::fmt(e, f),
        }
    }
}
impl ::std::error::Error for CreateFargateProfileError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::ClientException(e) => ::std::option::Option::Some(e),
            Self::InvalidParameterException(e) => ::std::option::Option::Some(e),
            Self::InvalidRequestException(e) => ::std::option::Option::Some(e),
            Self::ResourceLimitExceededException(e) => ::std::option::Option::Some(e),
            Self::ServerException(e) => ::std::option::Option::Some(e),
            Self::UnsupportedAvailabilityZoneException(e) => {
                ::std::option::Option::Some(e)
            }
            Self::Unhandled(e) => ::std::option::Option::Some(e),
        }
    }
}
