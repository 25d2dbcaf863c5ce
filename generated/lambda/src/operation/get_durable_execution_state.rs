//! The `GetDurableExecutionState` operation: see [`Client::get_durable_execution_state`](crate::Client::get_durable_execution_state).
const OPERATION: crate::runtime::operation::OperationSpec = crate::runtime::operation::OperationSpec {
    name: "GetDurableExecutionState",
    target: "",
    host_prefix: ::std::option::Option::None,
    unsigned: false,
    endpoint_discovery: false,
    api_version_header: ::std::option::Option::None,
    min_attempt_timeout_secs: ::std::option::Option::None,
    partitions: &[],
};
/// Builds and sends a `GetDurableExecutionState` request; see [`Client::get_durable_execution_state`](crate::Client::get_durable_execution_state).
#[derive(::std::clone::Clone, ::std::fmt::Debug)]
pub struct GetDurableExecutionStateFluentBuilder {
    handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    inner: crate::types::builders::GetDurableExecutionStateRequestBuilder,
}
impl GetDurableExecutionStateFluentBuilder {
    pub(crate) fn new(
        handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    ) -> Self {
        GetDurableExecutionStateFluentBuilder {
            handle,
            inner: ::std::default::Default::default(),
        }
    }
    /// The input built so far.
    pub fn as_input(
        &self,
    ) -> &crate::types::builders::GetDurableExecutionStateRequestBuilder {
        &self.inner
    }
    pub fn checkpoint_token(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.checkpoint_token(input);
        self
    }
    /// Sets or clears [`checkpoint_token`](Self::checkpoint_token).
    pub fn set_checkpoint_token(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_checkpoint_token(input);
        self
    }
    pub fn durable_execution_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.durable_execution_arn(input);
        self
    }
    /// Sets or clears [`durable_execution_arn`](Self::durable_execution_arn).
    pub fn set_durable_execution_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_durable_execution_arn(input);
        self
    }
    pub fn marker(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.marker(input);
        self
    }
    /// Sets or clears [`marker`](Self::marker).
    pub fn set_marker(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_marker(input);
        self
    }
    pub fn max_items(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.inner = self.inner.max_items(input);
        self
    }
    /// Sets or clears [`max_items`](Self::max_items).
    pub fn set_max_items(mut self, input: ::std::option::Option<i64>) -> Self {
        self.inner = self.inner.set_max_items(input);
        self
    }
    /// Sends the request.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::types::GetDurableExecutionStateResponse,
        crate::runtime::SdkError<GetDurableExecutionStateError>,
    > {
        let input = self.inner.build().map_err(crate::runtime::SdkError::Construction)?;
        let parts = request(&input).map_err(crate::runtime::SdkError::Dispatch)?;
        self.handle
            .invoke_rest::<
                crate::types::GetDurableExecutionStateResponse,
                GetDurableExecutionStateError,
            >(&OPERATION, parts, parse)
            .await
    }
}
/// The request: labels, query, headers and body as AWS's model binds them.
fn request(
    input: &crate::types::GetDurableExecutionStateRequest,
) -> ::std::result::Result<
    crate::runtime::operation::RequestParts,
    crate::runtime::DispatchError,
> {
    let durable_execution_arn: &str = &input.durable_execution_arn;
    let mut query = crate::runtime::rest::QueryParams::new();
    {
        let v = &input.checkpoint_token;
        query.push("CheckpointToken", v.clone());
    }
    if let ::std::option::Option::Some(v) = &input.marker {
        query.push("Marker", v.clone());
    }
    if let ::std::option::Option::Some(v) = &input.max_items {
        query.push("MaxItems", crate::runtime::rest::ToWire::to_wire(v));
    }
    let path_and_query = crate::runtime::rest::build_uri(
            "/2025-12-01/durable-executions/{DurableExecutionArn}/state",
            &[("DurableExecutionArn", durable_execution_arn)],
            &query,
        )
        .map_err(|e| {
            crate::runtime::DispatchError::with_source("cannot build the request URI", e)
                .permanent()
        })?;
    let headers = ::std::vec::Vec::new();
    let body = ::std::vec::Vec::new();
    ::std::result::Result::Ok(crate::runtime::operation::RequestParts {
        method: "GET",
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
    crate::types::GetDurableExecutionStateResponse,
    ::std::string::String,
> {
    let body: &[u8] = if response.body.iter().all(u8::is_ascii_whitespace) {
        b"{}"
    } else {
        &response.body
    };
    let out: crate::types::GetDurableExecutionStateResponse = crate::runtime::json::from_slice(
        body,
    )?;
    ::std::result::Result::Ok(out)
}
impl GetDurableExecutionStateFluentBuilder {
    /// A paginator over every page of `GetDurableExecutionState` (see [`GetDurableExecutionStatePaginator`]).
    pub fn into_paginator(self) -> GetDurableExecutionStatePaginator {
        GetDurableExecutionStatePaginator {
            builder: self,
        }
    }
}
/// Pages through `GetDurableExecutionState`, following `NextMarker` → `Marker`; stops when the token is absent, empty or repeated.
#[derive(::std::clone::Clone, ::std::fmt::Debug)]
pub struct GetDurableExecutionStatePaginator {
    builder: GetDurableExecutionStateFluentBuilder,
}
impl GetDurableExecutionStatePaginator {
    /// Items per page (`MaxItems`).
    pub fn page_size(mut self, size: impl ::std::convert::Into<i64>) -> Self {
        self.builder = self.builder.max_items(size);
        self
    }
    /// A stream of pages (the first page starts from the token set on the builder, if any).
    pub fn send(
        self,
    ) -> crate::runtime::paginator::PageStream<
        crate::types::GetDurableExecutionStateResponse,
        GetDurableExecutionStateError,
        ::std::string::String,
    > {
        let first = self.builder.inner.marker.clone();
        let builder = self.builder;
        crate::runtime::paginator::PageStream::new(
            first,
            move |token| builder.clone().set_marker(token).send(),
            |page: &crate::types::GetDurableExecutionStateResponse| {
                page.next_marker.as_ref().cloned()
            },
        )
    }
    /// A stream of the `Operations` of every page.
    pub fn items(
        self,
    ) -> crate::runtime::paginator::ItemStream<
        crate::types::GetDurableExecutionStateResponse,
        GetDurableExecutionStateError,
        ::std::string::String,
        crate::types::Operation,
    > {
        self.send()
            .items(|page: crate::types::GetDurableExecutionStateResponse| {
                page.operations
            })
    }
}
/// Errors of `GetDurableExecutionState`: one variant per error the spec or AWS's model lists, plus [`Unhandled`](GetDurableExecutionStateError::Unhandled).
#[derive(::std::fmt::Debug)]
#[non_exhaustive]
pub enum GetDurableExecutionStateError {
    /// The service returned `InvalidParameterValueException`.
    InvalidParameterValueException(crate::types::error::InvalidParameterValueException),
    /// The service returned `KMSAccessDeniedException`.
    KmsAccessDeniedException(crate::types::error::KmsAccessDeniedException),
    /// The service returned `KMSDisabledException`.
    KmsDisabledException(crate::types::error::KmsDisabledException),
    /// The service returned `KMSInvalidStateException`.
    KmsInvalidStateException(crate::types::error::KmsInvalidStateException),
    /// The service returned `KMSNotFoundException`.
    KmsNotFoundException(crate::types::error::KmsNotFoundException),
    /// The service returned `ServiceException`.
    ServiceException(crate::types::error::ServiceException),
    /// The service returned `TooManyRequestsException`.
    TooManyRequestsException(crate::types::error::TooManyRequestsException),
    /// An error neither the spec nor AWS's model lists for this
    /// operation (the code, message, HTTP status and request id are kept).
    Unhandled(crate::runtime::Unhandled),
}
impl crate::runtime::OperationError for GetDurableExecutionStateError {
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
            ::std::option::Option::Some("KMSAccessDeniedException") => {
                Self::KmsAccessDeniedException(
                    <crate::types::error::KmsAccessDeniedException>::from_response(
                        meta,
                        body,
                    ),
                )
            }
            ::std::option::Option::Some("KMSDisabledException") => {
                Self::KmsDisabledException(
                    <crate::types::error::KmsDisabledException>::from_response(
                        meta,
                        body,
                    ),
                )
            }
            ::std::option::Option::Some("KMSInvalidStateException") => {
                Self::KmsInvalidStateException(
                    <crate::types::error::KmsInvalidStateException>::from_response(
                        meta,
                        body,
                    ),
                )
            }
            ::std::option::Option::Some("KMSNotFoundException") => {
                Self::KmsNotFoundException(
                    <crate::types::error::KmsNotFoundException>::from_response(
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
            Self::KmsAccessDeniedException(e) => e.meta(),
            Self::KmsDisabledException(e) => e.meta(),
            Self::KmsInvalidStateException(e) => e.meta(),
            Self::KmsNotFoundException(e) => e.meta(),
            Self::ServiceException(e) => e.meta(),
            Self::TooManyRequestsException(e) => e.meta(),
            Self::Unhandled(e) => e.meta(),
        }
    }
    fn with_attempts(mut self, attempts: u32) -> Self {
        match &mut self {
            Self::InvalidParameterValueException(e) => e.meta.set_attempts(attempts),
            Self::KmsAccessDeniedException(e) => e.meta.set_attempts(attempts),
            Self::KmsDisabledException(e) => e.meta.set_attempts(attempts),
            Self::KmsInvalidStateException(e) => e.meta.set_attempts(attempts),
            Self::KmsNotFoundException(e) => e.meta.set_attempts(attempts),
            Self::ServiceException(e) => e.meta.set_attempts(attempts),
            Self::TooManyRequestsException(e) => e.meta.set_attempts(attempts),
            Self::Unhandled(e) => e.meta_mut().set_attempts(attempts),
        }
        self
    }
}
impl GetDurableExecutionStateError {
    /// Status, code, message and request id of the response.
    pub fn meta(&self) -> &crate::runtime::ErrorMetadata {
        crate::runtime::OperationError::meta(self)
    }
    /// The error code the service sent, if any.
    pub fn code(&self) -> ::std::option::Option<&str> {
        self.meta().code()
    }
}
impl ::std::fmt::Display for GetDurableExecutionStateError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::InvalidParameterValueException(e) => ::std::fmt::Display::fmt(e, f),
            Self::KmsAccessDeniedException(e) => ::std::fmt::Display::fmt(e, f),
            Self::KmsDisabledException(e) => ::std::fmt::Display::fmt(e, f),
            Self::KmsInvalidStateException(e) => ::std::fmt::Display::fmt(e, f),
            Self::KmsNotFoundException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ServiceException(e) => ::std::fmt::Display::fmt(e, f),
            Self::TooManyRequestsException(e) => ::std::fmt::Display::fmt(e, f),
            Self::Unhandled(e) => ::std::fmt::Display::fmt(e, f),
        }
    }
}
impl ::std::error::Error for GetDurableExecutionStateError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::InvalidParameterValueException(e) => ::std::option::Option::Some(e),
            Self::KmsAccessDeniedException(e) => ::std::option::Option::Some(e),
            Self::KmsDisabledException(e) => ::std::option::Option::Some(e),
            Self::KmsInvalidStateException(e) => ::std::option::Option::Some(e),
            Self::KmsNotFoundException(e) => ::std::option::Option::Some(e),
            Self::ServiceException(e) => ::std::option::Option::Some(e),
            Self::TooManyRequestsException(e) => ::std::option::Option::Some(e),
            Self::Unhandled(e) => ::std::option::Option::Some(e),
        }
    }
}
