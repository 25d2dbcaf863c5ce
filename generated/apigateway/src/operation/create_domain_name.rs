//! The `CreateDomainName` operation: see [`Client::create_domain_name`](crate::Client::create_domain_name).
const OPERATION: crate::runtime::operation::OperationSpec = crate::runtime::operation::OperationSpec {
    name: "CreateDomainName",
    target: "",
    host_prefix: ::std::option::Option::None,
    unsigned: false,
    endpoint_discovery: false,
    api_version_header: ::std::option::Option::None,
    min_attempt_timeout_secs: ::std::option::Option::None,
    partitions: &[],
};
/// Builds and sends a `CreateDomainName` request; see [`Client::create_domain_name`](crate::Client::create_domain_name).
#[derive(::std::clone::Clone, ::std::fmt::Debug)]
pub struct CreateDomainNameFluentBuilder {
    handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    inner: crate::types::builders::CreateDomainNameRequestBuilder,
}
impl CreateDomainNameFluentBuilder {
    pub(crate) fn new(
        handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    ) -> Self {
        CreateDomainNameFluentBuilder {
            handle,
            inner: ::std::default::Default::default(),
        }
    }
    /// The input built so far.
    pub fn as_input(&self) -> &crate::types::builders::CreateDomainNameRequestBuilder {
        &self.inner
    }
    /// The reference to an AWS-managed certificate that will be used by edge-optimized
    /// endpoint for this domain name. AWS Certificate Manager is the only supported
    /// source.
    pub fn certificate_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.certificate_arn(input);
        self
    }
    /// Sets or clears [`certificate_arn`](Self::certificate_arn).
    pub fn set_certificate_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_certificate_arn(input);
        self
    }
    /// \[Deprecated\] The body of the server certificate that will be used by
    /// edge-optimized endpoint for this domain name provided by your certificate
    /// authority.
    pub fn certificate_body(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.certificate_body(input);
        self
    }
    /// Sets or clears [`certificate_body`](Self::certificate_body).
    pub fn set_certificate_body(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_certificate_body(input);
        self
    }
    /// \[Deprecated\] The intermediate certificates and optionally the root
    /// certificate, one after the other without any blank lines, used by an
    /// edge-optimized endpoint for this domain name. If you include the root
    /// certificate, your certificate chain must start with intermediate certificates
    /// and end with the root certificate. Use the intermediate certificates that were
    /// provided by your certificate authority. Do not include any intermediaries that
    /// are not in the chain of trust path.
    pub fn certificate_chain(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.certificate_chain(input);
        self
    }
    /// Sets or clears [`certificate_chain`](Self::certificate_chain).
    pub fn set_certificate_chain(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_certificate_chain(input);
        self
    }
    /// The user-friendly name of the certificate that will be used by edge-optimized
    /// endpoint for this domain name.
    pub fn certificate_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.certificate_name(input);
        self
    }
    /// Sets or clears [`certificate_name`](Self::certificate_name).
    pub fn set_certificate_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_certificate_name(input);
        self
    }
    /// \[Deprecated\] Your edge-optimized endpoint's domain name certificate's private
    /// key.
    pub fn certificate_private_key(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.certificate_private_key(input);
        self
    }
    /// Sets or clears [`certificate_private_key`](Self::certificate_private_key).
    pub fn set_certificate_private_key(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_certificate_private_key(input);
        self
    }
    /// The name of the DomainName resource.
    pub fn domain_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.domain_name(input);
        self
    }
    /// Sets or clears [`domain_name`](Self::domain_name).
    pub fn set_domain_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_domain_name(input);
        self
    }
    /// The endpoint configuration of this DomainName showing the endpoint types of the
    /// domain name.
    pub fn endpoint_configuration(
        mut self,
        input: impl ::std::convert::Into<crate::types::EndpointConfiguration>,
    ) -> Self {
        self.inner = self.inner.endpoint_configuration(input);
        self
    }
    /// Sets or clears [`endpoint_configuration`](Self::endpoint_configuration).
    pub fn set_endpoint_configuration(
        mut self,
        input: ::std::option::Option<crate::types::EndpointConfiguration>,
    ) -> Self {
        self.inner = self.inner.set_endpoint_configuration(input);
        self
    }
    pub fn mutual_tls_authentication(
        mut self,
        input: impl ::std::convert::Into<crate::types::MutualTlsAuthenticationInput>,
    ) -> Self {
        self.inner = self.inner.mutual_tls_authentication(input);
        self
    }
    /// Sets or clears [`mutual_tls_authentication`](Self::mutual_tls_authentication).
    pub fn set_mutual_tls_authentication(
        mut self,
        input: ::std::option::Option<crate::types::MutualTlsAuthenticationInput>,
    ) -> Self {
        self.inner = self.inner.set_mutual_tls_authentication(input);
        self
    }
    /// The ARN of the public certificate issued by ACM to validate ownership of your
    /// custom domain. Only required when configuring mutual TLS and using an ACM
    /// imported or private CA certificate ARN as the regionalCertificateArn.
    pub fn ownership_verification_certificate_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.ownership_verification_certificate_arn(input);
        self
    }
    /// Sets or clears [`ownership_verification_certificate_arn`](Self::ownership_verification_certificate_arn).
    pub fn set_ownership_verification_certificate_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_ownership_verification_certificate_arn(input);
        self
    }
    /// The reference to an AWS-managed certificate that will be used by regional
    /// endpoint for this domain name. AWS Certificate Manager is the only supported
    /// source.
    pub fn regional_certificate_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.regional_certificate_arn(input);
        self
    }
    /// Sets or clears [`regional_certificate_arn`](Self::regional_certificate_arn).
    pub fn set_regional_certificate_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_regional_certificate_arn(input);
        self
    }
    /// The user-friendly name of the certificate that will be used by regional endpoint
    /// for this domain name.
    pub fn regional_certificate_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.regional_certificate_name(input);
        self
    }
    /// Sets or clears [`regional_certificate_name`](Self::regional_certificate_name).
    pub fn set_regional_certificate_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_regional_certificate_name(input);
        self
    }
    /// The Transport Layer Security (TLS) version + cipher suite for this DomainName.
    /// The valid values are `TLS_1_0` and `TLS_1_2`.
    pub fn security_policy(
        mut self,
        input: impl ::std::convert::Into<crate::types::SecurityPolicy>,
    ) -> Self {
        self.inner = self.inner.security_policy(input);
        self
    }
    /// Sets or clears [`security_policy`](Self::security_policy).
    pub fn set_security_policy(
        mut self,
        input: ::std::option::Option<crate::types::SecurityPolicy>,
    ) -> Self {
        self.inner = self.inner.set_security_policy(input);
        self
    }
    /// The key-value map of strings. The valid character set is \[a-zA-Z+-=.\_:/\]. The
    /// tag key can be up to 128 characters and must not start with `aws:`. The tag
    /// value can be up to 256 characters.
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
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    pub fn endpoint_access_mode(
        mut self,
        input: impl ::std::convert::Into<crate::types::EndpointAccessMode>,
    ) -> Self {
        self.inner = self.inner.endpoint_access_mode(input);
        self
    }
    /// Sets or clears [`endpoint_access_mode`](Self::endpoint_access_mode).
    pub fn set_endpoint_access_mode(
        mut self,
        input: ::std::option::Option<crate::types::EndpointAccessMode>,
    ) -> Self {
        self.inner = self.inner.set_endpoint_access_mode(input);
        self
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    pub fn policy(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.policy(input);
        self
    }
    /// Sets or clears [`policy`](Self::policy).
    pub fn set_policy(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_policy(input);
        self
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    pub fn routing_mode(
        mut self,
        input: impl ::std::convert::Into<crate::types::RoutingMode>,
    ) -> Self {
        self.inner = self.inner.routing_mode(input);
        self
    }
    /// Sets or clears [`routing_mode`](Self::routing_mode).
    pub fn set_routing_mode(
        mut self,
        input: ::std::option::Option<crate::types::RoutingMode>,
    ) -> Self {
        self.inner = self.inner.set_routing_mode(input);
        self
    }
    /// Sends the request.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::types::DomainName,
        crate::runtime::SdkError<CreateDomainNameError>,
    > {
        let input = self.inner.build().map_err(crate::runtime::SdkError::Construction)?;
        let parts = request(&input).map_err(crate::runtime::SdkError::Dispatch)?;
        self.handle
            .invoke_rest::<
                crate::types::DomainName,
                CreateDomainNameError,
            >(&OPERATION, parts, parse)
            .await
    }
}
/// The request: labels, query, headers and body as AWS's model binds them.
fn request(
    input: &crate::types::CreateDomainNameRequest,
) -> ::std::result::Result<
    crate::runtime::operation::RequestParts,
    crate::runtime::DispatchError,
> {
    let query = crate::runtime::rest::QueryParams::new();
    let path_and_query = crate::runtime::rest::build_uri("/domainnames", &[], &query)
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
    crate::runtime::rest::default_header(&mut headers, "Accept", "application/json");
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
) -> ::std::result::Result<crate::types::DomainName, ::std::string::String> {
    let body: &[u8] = if response.body.iter().all(u8::is_ascii_whitespace) {
        b"{}"
    } else {
        &response.body
    };
    let out: crate::types::DomainName = crate::runtime::json::from_slice(body)?;
    ::std::result::Result::Ok(out)
}
/// Errors of `CreateDomainName`: one variant per error the spec or AWS's model lists, plus [`Unhandled`](CreateDomainNameError::Unhandled).
#[derive(::std::fmt::Debug)]
#[non_exhaustive]
pub enum CreateDomainNameError {
    /// The service returned `BadRequestException`.
    BadRequestException(crate::types::error::BadRequestException),
    /// The service returned `ConflictException`.
    ConflictException(crate::types::error::ConflictException),
    /// The service returned `LimitExceededException`.
    LimitExceededException(crate::types::error::LimitExceededException),
    /// The service returned `TooManyRequestsException`.
    TooManyRequestsException(crate::types::error::TooManyRequestsException),
    /// The service returned `UnauthorizedException`.
    UnauthorizedException(crate::types::error::UnauthorizedException),
    /// An error neither the spec nor AWS's model lists for this
    /// operation (the code, message, HTTP status and request id are kept).
    Unhandled(crate::runtime::Unhandled),
}
impl crate::runtime::OperationError for CreateDomainNameError {
    fn from_response(meta: crate::runtime::ErrorMetadata, body: &[u8]) -> Self {
        match meta.modelled_code() {
            ::std::option::Option::Some("BadRequestException") => {
                Self::BadRequestException(
                    <crate::types::error::BadRequestException>::from_response(meta, body),
                )
            }
            ::std::option::Option::Some("ConflictException") => {
                Self::ConflictException(
                    <crate::types::error::ConflictException>::from_response(meta, body),
                )
            }
            ::std::option::Option::Some("LimitExceededException") => {
                Self::LimitExceededException(
                    <crate::types::error::LimitExceededException>::from_response(
                        meta,
                        body,
                    ),
                )
            }
            ::std::option::Option::Some("TooManyRequestsException") => {
                Self::TooManyRequestsException(
                    <crate::types::error::TooManyRequestsException>::from_response(
                        meta,
                        body,
                    ),
                )
            }
            ::std::option::Option::Some("UnauthorizedException") => {
                Self::UnauthorizedException(
                    <crate::types::error::UnauthorizedException>::from_response(
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
            Self::BadRequestException(e) => e.meta(),
            Self::ConflictException(e) => e.meta(),
            Self::LimitExceededException(e) => e.meta(),
            Self::TooManyRequestsException(e) => e.meta(),
            Self::UnauthorizedException(e) => e.meta(),
            Self::Unhandled(e) => e.meta(),
        }
    }
    fn with_attempts(mut self, attempts: u32) -> Self {
        match &mut self {
            Self::BadRequestException(e) => e.meta.set_attempts(attempts),
            Self::ConflictException(e) => e.meta.set_attempts(attempts),
            Self::LimitExceededException(e) => e.meta.set_attempts(attempts),
            Self::TooManyRequestsException(e) => e.meta.set_attempts(attempts),
            Self::UnauthorizedException(e) => e.meta.set_attempts(attempts),
            Self::Unhandled(e) => e.meta_mut().set_attempts(attempts),
        }
        self
    }
}
impl CreateDomainNameError {
    /// Status, code, message and request id of the response.
    pub fn meta(&self) -> &crate::runtime::ErrorMetadata {
        crate::runtime::OperationError::meta(self)
    }
    /// The error code the service sent, if any.
    pub fn code(&self) -> ::std::option::Option<&str> {
        self.meta().code()
    }
}
impl ::std::fmt::Display for CreateDomainNameError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::BadRequestException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ConflictException(e) => ::std::fmt::Display::fmt(e, f),
            Self::LimitExceededException(e) => ::std::fmt::Display::fmt(e, f),
            Self::TooManyRequestsException(e) => ::std::fmt::Display::fmt(e, f),
            Self::UnauthorizedException(e) => ::std::fmt::Display::fmt(e, f),
            Self::Unhandled(e) => ::std::fmt::Display::fmt(e, f),
        }
    }
}
impl ::std::error::Error for CreateDomainNameError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::BadRequestException(e) => ::std::option::Option::Some(e),
            Self::ConflictException(e) => ::std::option::Option::Some(e),
            Self::LimitExceededException(e) => ::std::option::Option::Some(e),
            Self::TooManyRequestsException(e) => ::std::option::Option::Some(e),
            Self::UnauthorizedException(e) => ::std::option::Option::Some(e),
            Self::Unhandled(e) => ::std::option::Option::Some(e),
        }
    }
}
