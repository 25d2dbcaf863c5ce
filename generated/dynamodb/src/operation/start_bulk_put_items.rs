//! The `StartBulkPutItems` operation: see [`Client::start_bulk_put_items`](crate::Client::start_bulk_put_items).
const OPERATION: crate::runtime::operation::OperationSpec = crate::runtime::operation::OperationSpec {
    name: "StartBulkPutItems",
    target: "DynamoDB_20120810.StartBulkPutItems",
    host_prefix: ::std::option::Option::None,
    unsigned: false,
    endpoint_discovery: false,
    api_version_header: ::std::option::Option::None,
    min_attempt_timeout_secs: ::std::option::Option::None,
    partitions: &[],
};
/// Builds and sends a `StartBulkPutItems` request; see [`Client::start_bulk_put_items`](crate::Client::start_bulk_put_items).
#[derive(::std::clone::Clone, ::std::fmt::Debug)]
pub struct StartBulkPutItemsFluentBuilder {
    handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    inner: crate::types::builders::StartBulkPutItemsInputBuilder,
}
impl StartBulkPutItemsFluentBuilder {
    pub(crate) fn new(
        handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    ) -> Self {
        StartBulkPutItemsFluentBuilder {
            handle,
            inner: ::std::default::Default::default(),
        }
    }
    /// The input built so far.
    pub fn as_input(&self) -> &crate::types::builders::StartBulkPutItemsInputBuilder {
        &self.inner
    }
    /// If not set, `send()` fills it with a random UUID (version 4), as the AWS SDKs
    /// do; every retry of that call sends the same one.
    pub fn client_token(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.client_token(input);
        self
    }
    /// Sets or clears [`client_token`](Self::client_token).
    pub fn set_client_token(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_client_token(input);
        self
    }
    pub fn input_s3_configuration(
        mut self,
        input: impl ::std::convert::Into<crate::types::InputS3Configuration>,
    ) -> Self {
        self.inner = self.inner.input_s3_configuration(input);
        self
    }
    /// Sets or clears [`input_s3_configuration`](Self::input_s3_configuration).
    pub fn set_input_s3_configuration(
        mut self,
        input: ::std::option::Option<crate::types::InputS3Configuration>,
    ) -> Self {
        self.inner = self.inner.set_input_s3_configuration(input);
        self
    }
    pub fn max_write_request_units(
        mut self,
        input: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.inner = self.inner.max_write_request_units(input);
        self
    }
    /// Sets or clears [`max_write_request_units`](Self::max_write_request_units).
    pub fn set_max_write_request_units(
        mut self,
        input: ::std::option::Option<i64>,
    ) -> Self {
        self.inner = self.inner.set_max_write_request_units(input);
        self
    }
    pub fn output_s3_configuration(
        mut self,
        input: impl ::std::convert::Into<crate::types::OutputS3Configuration>,
    ) -> Self {
        self.inner = self.inner.output_s3_configuration(input);
        self
    }
    /// Sets or clears [`output_s3_configuration`](Self::output_s3_configuration).
    pub fn set_output_s3_configuration(
        mut self,
        input: ::std::option::Option<crate::types::OutputS3Configuration>,
    ) -> Self {
        self.inner = self.inner.set_output_s3_configuration(input);
        self
    }
    pub fn performance_tier(
        mut self,
        input: impl ::std::convert::Into<crate::types::BulkOperationPerformanceTier>,
    ) -> Self {
        self.inner = self.inner.performance_tier(input);
        self
    }
    /// Sets or clears [`performance_tier`](Self::performance_tier).
    pub fn set_performance_tier(
        mut self,
        input: ::std::option::Option<crate::types::BulkOperationPerformanceTier>,
    ) -> Self {
        self.inner = self.inner.set_performance_tier(input);
        self
    }
    pub fn table_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.table_name(input);
        self
    }
    /// Sets or clears [`table_name`](Self::table_name).
    pub fn set_table_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_table_name(input);
        self
    }
    /// Sends the request.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::types::StartBulkPutItemsOutput,
        crate::runtime::SdkError<StartBulkPutItemsError>,
    > {
        let input = {
            let mut inner = self.inner;
            if inner.client_token.is_none() {
                inner.client_token = ::std::option::Option::Some(
                    crate::runtime::idempotency::token(),
                );
            }
            inner.build().map_err(crate::runtime::SdkError::Construction)?
        };
        self.handle
            .invoke::<
                _,
                crate::types::StartBulkPutItemsOutput,
                StartBulkPutItemsError,
            >(&OPERATION, &input)
            .await
    }
}
/// Errors of `StartBulkPutItems`: one variant per error the spec or AWS's model lists, plus [`Unhandled`](StartBulkPutItemsError::Unhandled).
#[derive(::std::fmt::Debug)]
#[non_exhaustive]
pub enum StartBulkPutItemsError {
    /// The service returned `IdempotentParameterMismatchException`.
    IdempotentParameterMismatchException(
        crate::types::error::IdempotentParameterMismatchException,
    ),
    /// The service returned `LimitExceededException`.
    LimitExceededException(crate::types::error::LimitExceededException),
    /// The service returned `ResourceInUseException`.
    ResourceInUseException(crate::types::error::ResourceInUseException),
    /// The service returned `ResourceNotFoundException`.
    ResourceNotFoundException(crate::types::error::ResourceNotFoundException),
    /// An error neither the spec nor AWS's model lists for this
    /// operation (the code, message, HTTP status and request id are kept).
    Unhandled(crate::runtime::Unhandled),
}
impl crate::runtime::OperationError for StartBulkPutItemsError {
    fn from_response(meta: crate::runtime::ErrorMetadata, body: &[u8]) -> Self {
        match meta.modelled_code() {
            ::std::option::Option::Some("IdempotentParameterMismatchException") => {
                Self::IdempotentParameterMismatchException(
                    <crate::types::error::IdempotentParameterMismatchException>::from_response(
                        meta,
                        body,
                    ),
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
            _ => Self::Unhandled(crate::runtime::Unhandled::new(meta)),
        }
    }
    fn meta(&self) -> &crate::runtime::ErrorMetadata {
        match self {
            Self::IdempotentParameterMismatchException(e) => e.meta(),
            Self::LimitExceededException(e) => e.meta(),
            Self::ResourceInUseException(e) => e.meta(),
            Self::ResourceNotFoundException(e) => e.meta(),
            Self::Unhandled(e) => e.meta(),
        }
    }
    fn with_attempts(mut self, attempts: u32) -> Self {
        match &mut self {
            Self::IdempotentParameterMismatchException(e) => {
                e.meta.set_attempts(attempts)
            }
            Self::LimitExceededException(e) => e.meta.set_attempts(attempts),
            Self::ResourceInUseException(e) => e.meta.set_attempts(attempts),
            Self::ResourceNotFoundException(e) => e.meta.set_attempts(attempts),
            Self::Unhandled(e) => e.meta_mut().set_attempts(attempts),
        }
        self
    }
}
impl StartBulkPutItemsError {
    /// Status, code, message and request id of the response.
    pub fn meta(&self) -> &crate::runtime::ErrorMetadata {
        crate::runtime::OperationError::meta(self)
    }
    /// The error code the service sent, if any.
    pub fn code(&self) -> ::std::option::Option<&str> {
        self.meta().code()
    }
}
impl ::std::fmt::Display for StartBulkPutItemsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::IdempotentParameterMismatchException(e) => {
                ::std::fmt::Display::fmt(e, f)
            }
            Self::LimitExceededException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ResourceInUseException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ResourceNotFoundException(e) => ::std::fmt::Display::fmt(e, f),
            Self::Unhandled(e) => ::std::fmt::Display::fmt(e, f),
        }
    }
}
impl ::std::error::Error for StartBulkPutItemsError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::IdempotentParameterMismatchException(e) => {
                ::std::option::Option::Some(e)
            }
            Self::LimitExceededException(e) => ::std::option::Option::Some(e),
            Self::ResourceInUseException(e) => ::std::option::Option::Some(e),
            Self::ResourceNotFoundException(e) => ::std::option::Option::Some(e),
            Self::Unhandled(e) => ::std::option::Option::Some(e),
        }
    }
}
