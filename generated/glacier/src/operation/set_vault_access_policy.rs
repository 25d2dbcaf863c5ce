//! The `SetVaultAccessPolicy` operation: see [`Client::set_vault_access_policy`](crate::Client::set_vault_access_policy).
const OPERATION: crate::runtime::operation::OperationSpec = crate::runtime::operation::OperationSpec {
    name: "SetVaultAccessPolicy",
    target: "",
    host_prefix: ::std::option::Option::None,
    unsigned: false,
    endpoint_discovery: false,
    api_version_header: ::std::option::Option::None,
    min_attempt_timeout_secs: ::std::option::Option::None,
    partitions: &[],
};
/// Builds and sends a `SetVaultAccessPolicy` request; see [`Client::set_vault_access_policy`](crate::Client::set_vault_access_policy).
#[derive(::std::clone::Clone, ::std::fmt::Debug)]
pub struct SetVaultAccessPolicyFluentBuilder {
    handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    inner: crate::types::builders::SetVaultAccessPolicyInputBuilder,
}
impl SetVaultAccessPolicyFluentBuilder {
    pub(crate) fn new(
        handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    ) -> Self {
        SetVaultAccessPolicyFluentBuilder {
            handle,
            inner: ::std::default::Default::default(),
        }
    }
    /// The input built so far.
    pub fn as_input(&self) -> &crate::types::builders::SetVaultAccessPolicyInputBuilder {
        &self.inner
    }
    /// The `AccountId` value is the AWS account ID of the account that owns the vault.
    /// You can either specify an AWS account ID or optionally a single '`-`' (hyphen),
    /// in which case Amazon S3 Glacier uses the AWS account ID associated with the
    /// credentials used to sign the request. If you use an account ID, do not include
    /// any hyphens ('-') in the ID.
    ///
    /// If not set, `send()` sends `-` (botocore's default).
    pub fn account_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.account_id(input);
        self
    }
    /// Sets or clears [`account_id`](Self::account_id).
    pub fn set_account_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_account_id(input);
        self
    }
    /// The vault access policy as a JSON string.
    pub fn policy(
        mut self,
        input: impl ::std::convert::Into<crate::types::VaultAccessPolicy>,
    ) -> Self {
        self.inner = self.inner.policy(input);
        self
    }
    /// Sets or clears [`policy`](Self::policy).
    pub fn set_policy(
        mut self,
        input: ::std::option::Option<crate::types::VaultAccessPolicy>,
    ) -> Self {
        self.inner = self.inner.set_policy(input);
        self
    }
    /// The name of the vault.
    pub fn vault_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.vault_name(input);
        self
    }
    /// Sets or clears [`vault_name`](Self::vault_name).
    pub fn set_vault_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_vault_name(input);
        self
    }
    /// Sends the request.
    pub async fn send(
        self,
    ) -> ::std::result::Result<(), crate::runtime::SdkError<SetVaultAccessPolicyError>> {
        let input = {
            let mut inner = self.inner;
            if inner.account_id.is_none() {
                inner.account_id = ::std::option::Option::Some("-".to_owned());
            }
            inner.build().map_err(crate::runtime::SdkError::Construction)?
        };
        let parts = request(&input).map_err(crate::runtime::SdkError::Dispatch)?;
        self.handle
            .invoke_rest::<(), SetVaultAccessPolicyError>(&OPERATION, parts, parse)
            .await
    }
}
/// The request: labels, query, headers and body as AWS's model binds them.
fn request(
    input: &crate::types::SetVaultAccessPolicyInput,
) -> ::std::result::Result<
    crate::runtime::operation::RequestParts,
    crate::runtime::DispatchError,
> {
    let account_id: &str = &input.account_id;
    let vault_name: &str = &input.vault_name;
    let query = crate::runtime::rest::QueryParams::new();
    let path_and_query = crate::runtime::rest::build_uri(
            "/{accountId}/vaults/{vaultName}/access-policy",
            &[("accountId", account_id), ("vaultName", vault_name)],
            &query,
        )
        .map_err(|e| {
            crate::runtime::DispatchError::with_source("cannot build the request URI", e)
                .permanent()
        })?;
    let mut headers: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
    let body = match &input.policy {
        ::std::option::Option::Some(v) => {
            ::serde_json::to_vec(v)
                .map_err(|e| {
                    crate::runtime::DispatchError::with_source(
                        "cannot serialize input",
                        e,
                    )
                })?
        }
        ::std::option::Option::None => b"{}".to_vec(),
    };
    headers.push(("content-type".to_owned(), "application/json".to_owned()));
    crate::runtime::rest::default_header(
        &mut headers,
        "x-amz-glacier-version",
        "2012-06-01",
    );
    ::std::result::Result::Ok(crate::runtime::operation::RequestParts {
        method: "PUT",
        path_and_query,
        headers,
        body,
    })
}
/// The output: none (the body is not read).
fn parse(
    _response: &crate::runtime::http::HttpResponse,
) -> ::std::result::Result<(), ::std::string::String> {
    ::std::result::Result::Ok(())
}
/// Errors of `SetVaultAccessPolicy`: one variant per error the spec or AWS's model lists, plus [`Unhandled`](SetVaultAccessPolicyError::Unhandled).
#[derive(::std::fmt::Debug)]
#[non_exhaustive]
pub enum SetVaultAccessPolicyError {
    /// The service returned `InvalidParameterValueException`.
    InvalidParameterValueException(crate::types::error::InvalidParameterValueException),
    /// The service returned `MissingParameterValueException`.
    MissingParameterValueException(crate::types::error::MissingParameterValueException),
    /// The service returned `NoLongerSupportedException`.
    NoLongerSupportedException(crate::types::error::NoLongerSupportedException),
    /// The service returned `ResourceNotFoundException`.
    ResourceNotFoundException(crate::types::error::ResourceNotFoundException),
    /// The service returned `ServiceUnavailableException`.
    ServiceUnavailableException(crate::types::error::ServiceUnavailableException),
    /// An error neither the spec nor AWS's model lists for this
    /// operation (the code, message, HTTP status and request id are kept).
    Unhandled(crate::runtime::Unhandled),
}
impl crate::runtime::OperationError for SetVaultAccessPolicyError {
    fn from_response(meta: crate::runtime::ErrorMetadata, body: &[u8]) -> Self {
        match meta.modelled_code() {
            ::std::option::Option::Some("InvalidParameterValueException") => {
                Self::InvalidParameterValueException(
                    <crate::types::error::InvalidParameterValueException>::from_response(
                        meta,
                        body,
                    ),
                )
            }
            ::std::option::Option::Some("MissingParameterValueException") => {
                Self::MissingParameterValueException(
                    <crate::types::error::MissingParameterValueException>::from_response(
                        meta,
                        body,
                    ),
                )
            }
            ::std::option::Option::Some("NoLongerSupportedException") => {
                Self::NoLongerSupportedException(
                    <crate::types::error::NoLongerSupportedException>::from_response(
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
            Self::InvalidParameterValueException(e) => e.meta(),
            Self::MissingParameterValueException(e) => e.meta(),
            Self::NoLongerSupportedException(e) => e.meta(),
            Self::ResourceNotFoundException(e) => e.meta(),
            Self::ServiceUnavailableException(e) => e.meta(),
            Self::Unhandled(e) => e.meta(),
        }
    }
    fn with_attempts(mut self, attempts: u32) -> Self {
        match &mut self {
            Self::InvalidParameterValueException(e) => e.meta.set_attempts(attempts),
            Self::MissingParameterValueException(e) => e.meta.set_attempts(attempts),
            Self::NoLongerSupportedException(e) => e.meta.set_attempts(attempts),
            Self::ResourceNotFoundException(e) => e.meta.set_attempts(attempts),
            Self::ServiceUnavailableException(e) => e.meta.set_attempts(attempts),
            Self::Unhandled(e) => e.meta_mut().set_attempts(attempts),
        }
        self
    }
}
impl SetVaultAccessPolicyError {
    /// Status, code, message and request id of the response.
    pub fn meta(&self) -> &crate::runtime::ErrorMetadata {
        crate::runtime::OperationError::meta(self)
    }
    /// The error code the service sent, if any.
    pub fn code(&self) -> ::std::option::Option<&str> {
        self.meta().code()
    }
}
impl ::std::fmt::Display for SetVaultAccessPolicyError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::InvalidParameterValueException(e) => ::std::fmt::Display::fmt(e, f),
            Self::MissingParameterValueException(e) => ::std::fmt::Display::fmt(e, f),
            Self::NoLongerSupportedException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ResourceNotFoundException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ServiceUnavailableException(e) => ::std::fmt::Display::fmt(e, f),
            Self::Unhandled(e) => ::std::fmt::Display::fmt(e, f),
        }
    }
}
impl ::std::error::Error for SetVaultAccessPolicyError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::InvalidParameterValueException(e) => ::std::option::Option::Some(e),
            Self::MissingParameterValueException(e) => ::std::option::Option::Some(e),
            Self::NoLongerSupportedException(e) => ::std::option::Option::Some(e),
            Self::ResourceNotFoundException(e) => ::std::option::Option::Some(e),
            Self::ServiceUnavailableException(e) => ::std::option::Option::Some(e),
            Self::Unhandled(e) => ::std::option::Option::Some(e),
        }
    }
}
