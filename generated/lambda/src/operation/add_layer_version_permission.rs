//! The `AddLayerVersionPermission` operation: see [`Client::add_layer_version_permission`](crate::Client::add_layer_version_permission).
const OPERATION: crate::runtime::operation::OperationSpec = crate::runtime::operation::OperationSpec {
    name: "AddLayerVersionPermission",
    target: "",
    host_prefix: ::std::option::Option::None,
    unsigned: false,
    endpoint_discovery: false,
    api_version_header: ::std::option::Option::None,
    min_attempt_timeout_secs: ::std::option::Option::None,
    partitions: &[],
};
/// Builds and sends a `AddLayerVersionPermission` request; see [`Client::add_layer_version_permission`](crate::Client::add_layer_version_permission).
#[derive(::std::clone::Clone, ::std::fmt::Debug)]
pub struct AddLayerVersionPermissionFluentBuilder {
    handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    inner: crate::types::builders::AddLayerVersionPermissionRequestBuilder,
}
impl AddLayerVersionPermissionFluentBuilder {
    pub(crate) fn new(
        handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    ) -> Self {
        AddLayerVersionPermissionFluentBuilder {
            handle,
            inner: ::std::default::Default::default(),
        }
    }
    /// The input built so far.
    pub fn as_input(
        &self,
    ) -> &crate::types::builders::AddLayerVersionPermissionRequestBuilder {
        &self.inner
    }
    /// The API action that grants access to the layer. For example,
    /// `lambda:GetLayerVersion`.
    pub fn action(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.action(input);
        self
    }
    /// Sets or clears [`action`](Self::action).
    pub fn set_action(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_action(input);
        self
    }
    /// The name or Amazon Resource Name (ARN) of the layer.
    pub fn layer_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.layer_name(input);
        self
    }
    /// Sets or clears [`layer_name`](Self::layer_name).
    pub fn set_layer_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_layer_name(input);
        self
    }
    /// With the principal set to `*`, grant permission to all accounts in the specified
    /// organization.
    pub fn organization_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.organization_id(input);
        self
    }
    /// Sets or clears [`organization_id`](Self::organization_id).
    pub fn set_organization_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_organization_id(input);
        self
    }
    /// An account ID, or `*` to grant layer usage permission to all accounts in an
    /// organization, or all Amazon Web Services accounts (if `organizationId` is not
    /// specified). For the last case, make sure that you really do want all Amazon Web
    /// Services accounts to have usage permission to this layer.
    pub fn principal(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.principal(input);
        self
    }
    /// Sets or clears [`principal`](Self::principal).
    pub fn set_principal(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_principal(input);
        self
    }
    /// Only update the policy if the revision ID matches the ID specified. Use this
    /// option to avoid modifying a policy that has changed since you last read it.
    pub fn revision_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.revision_id(input);
        self
    }
    /// Sets or clears [`revision_id`](Self::revision_id).
    pub fn set_revision_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_revision_id(input);
        self
    }
    /// An identifier that distinguishes the policy from others on the same layer
    /// version.
    pub fn statement_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.statement_id(input);
        self
    }
    /// Sets or clears [`statement_id`](Self::statement_id).
    pub fn set_statement_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_statement_id(input);
        self
    }
    /// The version number.
    pub fn version_number(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.inner = self.inner.version_number(input);
        self
    }
    /// Sets or clears [`version_number`](Self::version_number).
    pub fn set_version_number(mut self, input: ::std::option::Option<i64>) -> Self {
        self.inner = self.inner.set_version_number(input);
        self
    }
    /// Sends the request.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::types::AddLayerVersionPermissionResponse,
        crate::runtime::SdkError<AddLayerVersionPermissionError>,
    > {
        let input = self.inner.build().map_err(crate::runtime::SdkError::Construction)?;
        let parts = request(&input).map_err(crate::runtime::SdkError::Dispatch)?;
        self.handle
            .invoke_rest::<
                crate::types::AddLayerVersionPermissionResponse,
                AddLayerVersionPermissionError,
            >(&OPERATION, parts, parse)
            .await
    }
}
/// The request: labels, query, headers and body as AWS's model binds them.
fn request(
    input: &crate::types::AddLayerVersionPermissionRequest,
) -> ::std::result::Result<
    crate::runtime::operation::RequestParts,
    crate::runtime::DispatchError,
> {
    let layer_name: &str = &input.layer_name;
    let version_number = {
        let v = &input.version_number;
        crate::runtime::rest::ToWire::to_wire(v)
    };
    let mut query = crate::runtime::rest::QueryParams::new();
    if let ::std::option::Option::Some(v) = &input.revision_id {
        query.push("RevisionId", v.clone());
    }
    let path_and_query = crate::runtime::rest::build_uri(
            "/2018-10-31/layers/{LayerName}/versions/{VersionNumber}/policy",
            &[("LayerName", layer_name), ("VersionNumber", version_number.as_str())],
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
    crate::types::AddLayerVersionPermissionResponse,
    ::std::string::String,
> {
    let body: &[u8] = if response.body.iter().all(u8::is_ascii_whitespace) {
        b"{}"
    } else {
        &response.body
    };
    let out: crate::types::AddLayerVersionPermissionResponse = crate::runtime::json::from_slice(
        body,
    )?;
    ::std::result::Result::Ok(out)
}
/// Errors of `AddLayerVersionPermission`: one variant per error the spec or AWS's model lists, plus [`Unhandled`](AddLayerVersionPermissionError::Unhandled).
#[derive(::std::fmt::Debug)]
#[non_exhaustive]
pub enum AddLayerVersionPermissionError {
    /// The service returned `InvalidParameterValueException`.
    InvalidParameterValueException(crate::types::error::InvalidParameterValueException),
    /// The service returned `PolicyLengthExceededException`.
    PolicyLengthExceededException(crate::types::error::PolicyLengthExceededException),
    /// The service returned `PreconditionFailedException`.
    PreconditionFailedException(crate::types::error::PreconditionFailedException),
    /// The service returned `ResourceConflictException`.
    ResourceConflictException(crate::types::error::ResourceConflictException),
    /// The service returned `ResourceNotFoundException`.
    ResourceNotFoundException(crate::types::error::ResourceNotFoundException),
    /// The service returned `ServiceException`.
    ServiceException(crate::types::error::ServiceException),
    /// The service returned `TooManyRequestsException`.
    TooManyRequestsException(crate::types::error::TooManyRequestsException),
    /// An error neither the spec nor AWS's model lists for this
    /// operation (the code, message, HTTP status and request id are kept).
    Unhandled(crate::runtime::Unhandled),
}
impl crate::runtime::OperationError for AddLayerVersionPermissionError {
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
            ::std::option::Option::Some("PolicyLengthExceededException") => {
                Self::PolicyLengthExceededException(
                    <crate::types::error::PolicyLengthExceededException>::from_response(
                        meta,
                        body,
                    ),
                )
            }
            ::std::option::Option::Some("PreconditionFailedException") => {
                Self::PreconditionFailedException(
                    <crate::types::error::PreconditionFailedException>::from_response(
                        meta,
                        body,
                    ),
                )
            }
            ::std::option::Option::Some("ResourceConflictException") => {
                Self::ResourceConflictException(
                    <crate::types::error::ResourceConflictException>::from_response(
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
            ::std::option::Option::Some("ServiceException") => {
                Self::ServiceException(
                    <crate::types::error::ServiceException>::from_response(meta, body),
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
            _ => Self::Unhandled(crate::runtime::Unhandled::new(meta)),
        }
    }
    fn meta(&self) -> &crate::runtime::ErrorMetadata {
        match self {
            Self::InvalidParameterValueException(e) => e.meta(),
            Self::PolicyLengthExceededException(e) => e.meta(),
            Self::PreconditionFailedException(e) => e.meta(),
            Self::ResourceConflictException(e) => e.meta(),
            Self::ResourceNotFoundException(e) => e.meta(),
            Self::ServiceException(e) => e.meta(),
            Self::TooManyRequestsException(e) => e.meta(),
            Self::Unhandled(e) => e.meta(),
        }
    }
    fn with_attempts(mut self, attempts: u32) -> Self {
        match &mut self {
            Self::InvalidParameterValueException(e) => e.meta.set_attempts(attempts),
            Self::PolicyLengthExceededException(e) => e.meta.set_attempts(attempts),
            Self::PreconditionFailedException(e) => e.meta.set_attempts(attempts),
            Self::ResourceConflictException(e) => e.meta.set_attempts(attempts),
            Self::ResourceNotFoundException(e) => e.meta.set_attempts(attempts),
            Self::ServiceException(e) => e.meta.set_attempts(attempts),
            Self::TooManyRequestsException(e) => e.meta.set_attempts(attempts),
            Self::Unhandled(e) => e.meta_mut().set_attempts(attempts),
        }
        self
    }
}
impl AddLayerVersionPermissionError {
    /// Status, code, message and request id of the response.
    pub fn meta(&self) -> &crate::runtime::ErrorMetadata {
        crate::runtime::OperationError::meta(self)
    }
    /// The error code the service sent, if any.
    pub fn code(&self) -> ::std::option::Option<&str> {
        self.meta().code()
    }
}
impl ::std::fmt::Display for AddLayerVersionPermissionError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::InvalidParameterValueException(e) => ::std::fmt::Display::fmt(e, f),
            Self::PolicyLengthExceededException(e) => ::std::fmt::Display::fmt(e, f),
            Self::PreconditionFailedException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ResourceConflictException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ResourceNotFoundException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ServiceException(e) => ::std::fmt::Display::fmt(e, f),
            Self::TooManyRequestsException(e) => ::std::fmt::Display::fmt(e, f),
            Self::Unhandled(e) => ::std::fmt::Display::fmt(e, f),
        }
    }
}
impl ::std::error::Error for AddLayerVersionPermissionError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::InvalidParameterValueException(e) => ::std::option::Option::Some(e),
            Self::PolicyLengthExceededException(e) => ::std::option::Option::Some(e),
            Self::PreconditionFailedException(e) => ::std::option::Option::Some(e),
            Self::ResourceConflictException(e) => ::std::option::Option::Some(e),
            Self::ResourceNotFoundException(e) => ::std::option::Option::Some(e),
            Self::ServiceException(e) => ::std::option::Option::Some(e),
            Self::TooManyRequestsException(e) => ::std::option::Option::Some(e),
            Self::Unhandled(e) => ::std::option::Option::Some(e),
        }
    }
}
