//! The `GetDurableExecutionHistory` operation: see [`Client::get_durable_execution_history`](crate::Client::get_durable_execution_history).
const OPERATION: crate::runtime::operation::OperationSpec = crate::runtime::operation::OperationSpec {
    name: "GetDurableExecutionHistory",
    target: "",
    host_prefix: ::std::option::Option::None,
    unsigned: false,
    endpoint_discovery: false,
    api_version_header: ::std::option::Option::None,
    min_attempt_timeout_secs: ::std::option::Option::None,
    partitions: &[],
};
/// Builds and sends a `GetDurableExecutionHistory` request; see [`Client::get_durable_execution_history`](crate::Client::get_durable_execution_history).
#[derive(::std::clone::Clone, ::std::fmt::Debug)]
pub struct GetDurableExecutionHistoryFluentBuilder {
    handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    inner: crate::types::builders::GetDurableExecutionHistoryRequestBuilder,
}
impl GetDurableExecutionHistoryFluentBuilder {
    pub(crate) fn new(
        handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    ) -> Self {
        GetDurableExecutionHistoryFluentBuilder {
            handle,
            inner: ::std::default::Default::default(),
        }
    }
    /// The input built so far.
    pub fn as_input(
        &self,
    ) -> &crate::types::builders::GetDurableExecutionHistoryRequestBuilder {
        &self.inner
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
    pub fn include_execution_data(
        mut self,
        input: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.inner = self.inner.include_execution_data(input);
        self
    }
    /// Sets or clears [`include_execution_data`](Self::include_execution_data).
    pub fn set_include_execution_data(
        mut self,
        input: ::std::option::Option<bool>,
    ) -> Self {
        self.inner = self.inner.set_include_execution_data(input);
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
    pub fn reverse_order(mut self, input: impl ::std::convert::Into<bool>) -> Self {
        self.inner = self.inner.reverse_order(input);
        self
    }
    /// Sets or clears [`reverse_order`](Self::reverse_order).
    pub fn set_reverse_order(mut self, input: ::std::option::Option<bool>) -> Self {
        self.inner = self.inner.set_reverse_order(input);
        self
    }
    /// Sends the request.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::types::GetDurableExecutionHistoryResponse,
        crate::runtime::SdkError<GetDurableExecutionHistoryError>,
    > {
        let input = self.inner.build().map_err(crate::runtime::SdkError::Construction)?;
        let parts = request(&input).map_err(crate::runtime::SdkError::Dispatch)?;
        self.handle
            .invoke_rest::<
                crate::types::GetDurableExecutionHistoryResponse,
                GetDurableExecutionHistoryError,
            >(&OPERATION, parts, parse)
            .await
    }
}
/// The request: labels, query, headers and body as AWS's model binds them.
fn request(
    input: &crate::types::GetDurableExecutionHistoryRequest,
) -> ::std::result::Result<
    crate::runtime::operation::RequestParts,
    crate::runtime::DispatchError,
> {
    let durable_execution_arn: &str = &input.durable_execution_arn;
    let mut query = crate::runtime::rest::QueryParams::new();
    if let ::std::option::Option::Some(v) = &input.include_execution_data {
        query.push("IncludeExecutionData", crate::runtime::rest::ToWire::to_wire(v));
    }
    if let ::std::option::Option::Some(v) = &input.marker {
        query.push("Marker", v.clone());
    }
    if let ::std::option::Option::Some(v) = &input.max_items {
        query.push("MaxItems", crate::runtime::rest::ToWire::to_wire(v));
    }
    if let ::std::option::Option::Some(v) = &input.reverse_order {
        query.push("ReverseOrder", crate::runtime::rest::ToWire::to_wire(v));
    }
    let path_and_query = crate::runtime::rest::build_uri(
            "/2025-12-01/durable-executions/{DurableExecutionArn}/history",
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
    crate::types::GetDurableExecutionHistoryResponse,
    ::std::string::String,
> {
    let body: &[u8] = if response.body.iter().all(u8::is_ascii_whitespace) {
        b"{}"
    } else {
        &response.body
    };
    let out: crate::types::GetDurableExecutionHistoryResponse = crate::runtime::json::from_slice(
        body,
    )?;
    ::std::result::Result::Ok(out)
}
impl GetDurableExecutionHistoryFluentBuilder {
    /// A paginator over every page of `GetDurableExecutionHistory` (see [`GetDurableExecutionHistoryPaginator`]).
    pub fn into_paginator(self) -> GetDurableExecutionHistoryPaginator {
        GetDurableExecutionHistoryPaginator {
            builder: self,
        }
    }
}
/// Pages through `GetDurableExecutionHistory`, following `NextMarker` → `Marker`; stops when the token is absent, empty or repeated.
#[derive(::std::clone::Clone, ::std::fmt::Debug)]
pub struct GetDurableExecutionHistoryPaginator {
    builder: GetDurableExecutionHistoryFluentBuilder,
}
impl GetDurableExecutionHistoryPaginator {
    /// Items per page (`MaxItems`).
    pub fn page_size(mut self, size: impl ::std::convert::Into<i64>) -> Self {
        self.builder = self.builder.max_items(size);
        self
    }
    /// A stream of pages (the first page starts from the token set on the builder, if any).
    pub fn send(
        self,
    ) -> crate::runtime::paginator::PageStream<
        crate::types::GetDurableExecutionHistoryResponse,
        GetDurableExecutionHistoryError,
        ::std::string::String,
    > {
        let first = self.builder.inner.marker.clone();
        let builder = self.builder;
        crate::runtime::paginator::PageStream::new(
            first,
            move |token| builder.clone().set_marker(token).send(),
            |page: &crate::types::GetDurableExecutionHistoryResponse| {
                page.next_marker.as_ref().cloned()
            },
        )
    }
    /// A stream of the `Events` of every page.
    pub fn items(
        self,
    ) -> crate::runtime::paginator::ItemStream<
        crate::types::GetDurableExecutionHistoryResponse,
        GetDurableExecutionHistoryError,
        ::std::string::String,
        crate::types::Event,
    > {
        self.send()
            .items(|page: crate::types::GetDurableExecutionHistoryResponse| page.events)
    }
}
/// Errors of `GetDurableExecutionHistory`: one variant per error the spec or AWS's model lists, plus [`Unhandled`](GetDurableExecutionHistoryError::Unhandled).
#[derive(::std::fmt::Debug)]
#[non_exhaustive]
pub enum GetDurableExecutionHistoryError {
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
impl crate::runtime::OperationError for GetDurableExecutionHistoryError {
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
            Self::KmsAccessDeniedException(e) => e.meta(),
            Self::KmsDisabledException(e) => e.meta(),
            Self::KmsInvalidStateException(e) => e.meta(),
            Self::KmsNotFoundException(e) => e.meta(),
            Self::ResourceNotFoundException(e) => e.meta(),
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
            Self::ResourceNotFoundException(e) => e.meta.set_attempts(attempts),
            Self::ServiceException(e) => e.meta.set_attempts(attempts),
            Self::TooManyRequestsException(e) => e.meta.set_attempts(attempts),
            Self::Unhandled(e) => e.meta_mut().set_attempts(attempts),
        }
        self
    }
}
impl GetDurableExecutionHistoryError {
    /// Status, code, message and request id of the response.
    pub fn meta(&self) -> &crate::runtime::ErrorMetadata {
        crate::runtime::OperationError::meta(self)
    }
    /// The error code the service sent, if any.
    pub fn code(&self) -> ::std::option::Option<&str> {
        self.meta().code()
    }
}
impl ::std::fmt::Display for GetDurableExecutionHistoryError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::InvalidParameterValueException(e) => ::std::fmt::Display::fmt(e, f),
            Self::KmsAccessDeniedException(e) => ::std::fmt::Display::fmt(e, f),
            Self::KmsDisabledException(e) => ::std::fmt::Display::fmt(e, f),
            Self::KmsInvalidStateException(e) => ::std::fmt::Display::fmt(e, f),
            Self::KmsNotFoundException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ResourceNotFoundException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ServiceException(e) => ::std::fmt::Display::fmt(e, f),
            Self::TooManyRequestsException(e) => ::std::fmt::Display::fmt(e, f),
            Self::Unhandled(e) => ::std::fmt::Display::fmt(e, f),
        }
    }
}
impl ::std::error::Error for GetDurableExecutionHistoryError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::InvalidParameterValueException(e) => ::std::option::Option::Some(e),
            Self::KmsAccessDeniedException(e) => ::std::option::Option::Some(e),
            Self::KmsDisabledException(e) => ::std::option::Option::Some(e),
            Self::KmsInvalidStateException(e) => ::std::option::Option::Some(e),
            Self::KmsNotFoundException(e) => ::std::option::Option::Some(e),
            Self::ResourceNotFoundException(e) => ::std::option::Option::Some(e),
            Self::ServiceException(e) => ::std::option::Option::Some(e),
            Self::TooManyRequestsException(e) => ::std::option::Option::Some(e),
            Self::Unhandled(e) => ::std::option::Option::Some(e),
        }
    }
}
