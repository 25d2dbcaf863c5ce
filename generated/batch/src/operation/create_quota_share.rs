//! The `CreateQuotaShare` operation: see [`Client::create_quota_share`](crate::Client::create_quota_share).
const OPERATION: crate::runtime::operation::OperationSpec = crate::runtime::operation::OperationSpec {
    name: "CreateQuotaShare",
    target: "",
    host_prefix: ::std::option::Option::None,
    unsigned: false,
    endpoint_discovery: false,
    api_version_header: ::std::option::Option::None,
    min_attempt_timeout_secs: ::std::option::Option::None,
    partitions: &[],
};
/// Builds and sends a `CreateQuotaShare` request; see [`Client::create_quota_share`](crate::Client::create_quota_share).
#[derive(::std::clone::Clone, ::std::fmt::Debug)]
pub struct CreateQuotaShareFluentBuilder {
    handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    inner: crate::types::builders::CreateQuotaShareRequestBuilder,
}
impl CreateQuotaShareFluentBuilder {
    pub(crate) fn new(
        handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    ) -> Self {
        CreateQuotaShareFluentBuilder {
            handle,
            inner: ::std::default::Default::default(),
        }
    }
    /// The input built so far.
    pub fn as_input(&self) -> &crate::types::builders::CreateQuotaShareRequestBuilder {
        &self.inner
    }
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn capacity_limits(
        mut self,
        input: impl ::std::convert::Into<crate::types::QuotaShareCapacityLimit>,
    ) -> Self {
        self.inner = self.inner.capacity_limits(input);
        self
    }
    /// Sets or clears [`capacity_limits`](Self::capacity_limits).
    pub fn set_capacity_limits(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<crate::types::QuotaShareCapacityLimit>,
        >,
    ) -> Self {
        self.inner = self.inner.set_capacity_limits(input);
        self
    }
    pub fn job_queue(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.job_queue(input);
        self
    }
    /// Sets or clears [`job_queue`](Self::job_queue).
    pub fn set_job_queue(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_job_queue(input);
        self
    }
    pub fn preemption_configuration(
        mut self,
        input: impl ::std::convert::Into<crate::types::QuotaSharePreemptionConfiguration>,
    ) -> Self {
        self.inner = self.inner.preemption_configuration(input);
        self
    }
    /// Sets or clears [`preemption_configuration`](Self::preemption_configuration).
    pub fn set_preemption_configuration(
        mut self,
        input: ::std::option::Option<crate::types::QuotaSharePreemptionConfiguration>,
    ) -> Self {
        self.inner = self.inner.set_preemption_configuration(input);
        self
    }
    pub fn quota_share_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.quota_share_name(input);
        self
    }
    /// Sets or clears [`quota_share_name`](Self::quota_share_name).
    pub fn set_quota_share_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_quota_share_name(input);
        self
    }
    pub fn resource_sharing_configuration(
        mut self,
        input: impl ::std::convert::Into<
            crate::types::QuotaShareResourceSharingConfiguration,
        >,
    ) -> Self {
        self.inner = self.inner.resource_sharing_configuration(input);
        self
    }
    /// Sets or clears [`resource_sharing_configuration`](Self::resource_sharing_configuration).
    pub fn set_resource_sharing_configuration(
        mut self,
        input: ::std::option::Option<
            crate::types::QuotaShareResourceSharingConfiguration,
        >,
    ) -> Self {
        self.inner = self.inner.set_resource_sharing_configuration(input);
        self
    }
    pub fn state(
        mut self,
        input: impl ::std::convert::Into<crate::types::QuotaShareState>,
    ) -> Self {
        self.inner = self.inner.state(input);
        self
    }
    /// Sets or clears [`state`](Self::state).
    pub fn set_state(
        mut self,
        input: ::std::option::Option<crate::types::QuotaShareState>,
    ) -> Self {
        self.inner = self.inner.set_state(input);
        self
    }
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
        crate::types::CreateQuotaShareResponse,
        crate::runtime::SdkError<CreateQuotaShareError>,
    > {
        let input = self.inner.build().map_err(crate::runtime::SdkError::Construction)?;
        let parts = request(&input).map_err(crate::runtime::SdkError::Dispatch)?;
        self.handle
            .invoke_rest::<
                crate::types::CreateQuotaShareResponse,
                CreateQuotaShareError,
            >(&OPERATION, parts, parse)
            .await
    }
}
/// The request: labels, query, headers and body as AWS's model binds them.
fn request(
    input: &crate::types::CreateQuotaShareRequest,
) -> ::std::result::Result<
    crate::runtime::operation::RequestParts,
    crate::runtime::DispatchError,
> {
    let query = crate::runtime::rest::QueryParams::new();
    let path_and_query = crate::runtime::rest::build_uri(
            "/v1/createquotashare",
            &[],
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
    crate::types::CreateQuotaShareResponse,
    ::std::string::String,
> {
    let body: &[u8] = if response.body.iter().all(u8::is_ascii_whitespace) {
        b"{}"
    } else {
        &response.body
    };
    let out: crate::types::CreateQuotaShareResponse = crate::runtime::json::from_slice(
        body,
    )?;
    ::std::result::Result::Ok(out)
}
/// Errors of `CreateQuotaShare`: one variant per error the spec or AWS's model lists, plus [`Unhandled`](CreateQuotaShareError::Unhandled).
#[derive(::std::fmt::Debug)]
#[non_exhaustive]
pub enum CreateQuotaShareError {
    /// The service returned `ClientException`.
    ClientException(crate::types::error::ClientException),
    /// The service returned `ServerException`.
    ServerException(crate::types::error::ServerException),
    /// An error neither the spec nor AWS's model lists for this
    /// operation (the code, message, HTTP status and request id are kept).
    Unhandled(crate::runtime::Unhandled),
}
impl crate::runtime::OperationError for CreateQuotaShareError {
    fn from_response(meta: crate::runtime::ErrorMetadata, body: &[u8]) -> Self {
        match meta.modelled_code() {
            ::std::option::Option::Some("ClientException") => {
                Self::ClientException(
                    <crate::types::error::ClientException>::from_response(meta, body),
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
            Self::ServerException(e) => e.meta(),
            Self::Unhandled(e) => e.meta(),
        }
    }
    fn with_attempts(mut self, attempts: u32) -> Self {
        match &mut self {
            Self::ClientException(e) => e.meta.set_attempts(attempts),
            Self::ServerException(e) => e.meta.set_attempts(attempts),
            Self::Unhandled(e) => e.meta_mut().set_attempts(attempts),
        }
        self
    }
}
impl CreateQuotaShareError {
    /// Status, code, message and request id of the response.
    pub fn meta(&self) -> &crate::runtime::ErrorMetadata {
        crate::runtime::OperationError::meta(self)
    }
    /// The error code the service sent, if any.
    pub fn code(&self) -> ::std::option::Option<&str> {
        self.meta().code()
    }
}
impl ::std::fmt::Display for CreateQuotaShareError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::ClientException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ServerException(e) => ::std::fmt::Display::fmt(e, f),
            Self::Unhandled(e) => ::std::fmt::Display::fmt(e, f),
        }
    }
}
impl ::std::error::Error for CreateQuotaShareError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::ClientException(e) => ::std::option::Option::Some(e),
            Self::ServerException(e) => ::std::option::Option::Some(e),
            Self::Unhandled(e) => ::std::option::Option::Some(e),
        }
    }
}
