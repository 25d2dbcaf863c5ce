//! The `DescribeEndpoints` operation: see [`Client::describe_endpoints`](crate::Client::describe_endpoints).
const OPERATION: crate::runtime::operation::OperationSpec = crate::runtime::operation::OperationSpec {
    name: "DescribeEndpoints",
    target: "DynamoDB_20120810.DescribeEndpoints",
    host_prefix: ::std::option::Option::None,
    unsigned: false,
    endpoint_discovery: false,
    api_version_header: ::std::option::Option::Some("2012-08-10"),
    min_attempt_timeout_secs: ::std::option::Option::None,
    partitions: &[],
};
/// Builds and sends a `DescribeEndpoints` request; see [`Client::describe_endpoints`](crate::Client::describe_endpoints).
#[derive(::std::clone::Clone, ::std::fmt::Debug)]
pub struct DescribeEndpointsFluentBuilder {
    handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    inner: crate::types::builders::DescribeEndpointsRequestBuilder,
}
impl DescribeEndpointsFluentBuilder {
    pub(crate) fn new(
        handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    ) -> Self {
        DescribeEndpointsFluentBuilder {
            handle,
            inner: ::std::default::Default::default(),
        }
    }
    /// The input built so far.
    pub fn as_input(&self) -> &crate::types::builders::DescribeEndpointsRequestBuilder {
        &self.inner
    }
    /// Sends the request.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::types::DescribeEndpointsResponse,
        crate::runtime::SdkError<DescribeEndpointsError>,
    > {
        let input = self.inner.build().map_err(crate::runtime::SdkError::Construction)?;
        self.handle
            .invoke::<
                _,
                crate::types::DescribeEndpointsResponse,
                DescribeEndpointsError,
            >(&OPERATION, &input)
            .await
    }
}
/// Errors of `DescribeEndpoints`: one variant per error the spec or AWS's model lists, plus [`Unhandled`](DescribeEndpointsError::Unhandled).
#[derive(::std::fmt::Debug)]
#[non_exhaustive]
pub enum DescribeEndpointsError {
    /// An error neither the spec nor AWS's model lists for this
    /// operation (the code, message, HTTP status and request id are kept).
    Unhandled(crate::runtime::Unhandled),
}
impl crate::runtime::OperationError for DescribeEndpointsError {
    fn from_response(meta: crate::runtime::ErrorMetadata, body: &[u8]) -> Self {
        let _ = body;
        Self::Unhandled(crate::runtime::Unhandled::new(meta))
    }
    fn meta(&self) -> &crate::runtime::ErrorMetadata {
        match self {
            Self::Unhandled(e) => e.meta(),
        }
    }
    fn with_attempts(mut self, attempts: u32) -> Self {
        match &mut self {
            Self::Unhandled(e) => e.meta_mut().set_attempts(attempts),
        }
        self
    }
}
impl DescribeEndpointsError {
    /// Status, code, message and request id of the response.
    pub fn meta(&self) -> &crate::runtime::ErrorMetadata {
        crate::runtime::OperationError::meta(self)
    }
    /// The error code the service sent, if any.
    pub fn code(&self) -> ::std::option::Option<&str> {
        self.meta().code()
    }
}
impl ::std::fmt::Display for DescribeEndpointsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Unhandled(e) => ::std::fmt::Display::fmt(e, f),
        }
    }
}
impl ::std::error::Error for DescribeEndpointsError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::Unhandled(e) => ::std::option::Option::Some(e),
        }
    }
}
