//! The `TransactWriteItems` operation: see [`Client::transact_write_items`](crate::Client::transact_write_items).
const OPERATION: crate::runtime::operation::OperationSpec = crate::runtime::operation::OperationSpec {
    name: "TransactWriteItems",
    target: "DynamoDB_20120810.TransactWriteItems",
    host_prefix: ::std::option::Option::None,
    unsigned: false,
    endpoint_discovery: false,
    api_version_header: ::std::option::Option::None,
    min_attempt_timeout_secs: ::std::option::Option::None,
    partitions: &[],
};
/// Builds and sends a `TransactWriteItems` request; see [`Client::transact_write_items`](crate::Client::transact_write_items).
#[derive(::std::clone::Clone, ::std::fmt::Debug)]
pub struct TransactWriteItemsFluentBuilder {
    handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    inner: crate::types::builders::TransactWriteItemsInputBuilder,
}
impl TransactWriteItemsFluentBuilder {
    pub(crate) fn new(
        handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    ) -> Self {
        TransactWriteItemsFluentBuilder {
            handle,
            inner: ::std::default::Default::default(),
        }
    }
    /// The input built so far.
    pub fn as_input(&self) -> &crate::types::builders::TransactWriteItemsInputBuilder {
        &self.inner
    }
    /// Providing a `ClientRequestToken` makes the call to `TransactWriteItems`
    /// idempotent, meaning that multiple identical calls have the same effect as one
    /// single call.
    ///
    /// Although multiple identical calls using the same client request token produce
    /// the same result on the server (no side effects), the responses to the calls
    /// might not be the same. If the `ReturnConsumedCapacity` parameter is set, then
    /// the initial `TransactWriteItems` call returns the amount of write capacity units
    /// consumed in making the changes. Subsequent `TransactWriteItems` calls with the
    /// same client token return the number of read capacity units consumed in reading
    /// the item.
    ///
    /// A client request token is valid for 10 minutes after the first request that uses
    /// it is completed. After 10 minutes, any request with the same client token is
    /// treated as a new request. Do not resubmit the same request with the same client
    /// token for more than 10 minutes, or the result might not be idempotent.
    ///
    /// If you submit a request with the same client token but a change in other
    /// parameters within the 10-minute idempotency window, DynamoDB returns an
    /// `IdempotentParameterMismatch` exception.
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
    pub fn return_consumed_capacity(
        mut self,
        input: impl ::std::convert::Into<crate::types::ReturnConsumedCapacity>,
    ) -> Self {
        self.inner = self.inner.return_consumed_capacity(input);
        self
    }
    /// Sets or clears [`return_consumed_capacity`](Self::return_consumed_capacity).
    pub fn set_return_consumed_capacity(
        mut self,
        input: ::std::option::Option<crate::types::ReturnConsumedCapacity>,
    ) -> Self {
        self.inner = self.inner.set_return_consumed_capacity(input);
        self
    }
    /// Determines whether item collection metrics are returned. If set to `SIZE`, the
    /// response includes statistics about item collections (if any), that were modified
    /// during the operation and are returned in the response. If set to `NONE` (the
    /// default), no statistics are returned.
    pub fn return_item_collection_metrics(
        mut self,
        input: impl ::std::convert::Into<crate::types::ReturnItemCollectionMetrics>,
    ) -> Self {
        self.inner = self.inner.return_item_collection_metrics(input);
        self
    }
    /// Sets or clears [`return_item_collection_metrics`](Self::return_item_collection_metrics).
    pub fn set_return_item_collection_metrics(
        mut self,
        input: ::std::option::Option<crate::types::ReturnItemCollectionMetrics>,
    ) -> Self {
        self.inner = self.inner.set_return_item_collection_metrics(input);
        self
    }
    /// An ordered array of up to 100 `TransactWriteItem` objects, each of which
    /// contains a `ConditionCheck`, `Put`, `Update`, or `Delete` object. These can
    /// operate on items in different tables, but the tables must reside in the same
    /// Amazon Web Services account and Region, and no two of them can operate on the
    /// same item.
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn transact_items(
        mut self,
        input: impl ::std::convert::Into<crate::types::TransactWriteItem>,
    ) -> Self {
        self.inner = self.inner.transact_items(input);
        self
    }
    /// Sets or clears [`transact_items`](Self::transact_items).
    pub fn set_transact_items(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::TransactWriteItem>>,
    ) -> Self {
        self.inner = self.inner.set_transact_items(input);
        self
    }
    /// Sends the request.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::types::TransactWriteItemsOutput,
        crate::runtime::SdkError<TransactWriteItemsError>,
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
        self.handle
            .invoke::<
                _,
                crate::types::TransactWriteItemsOutput,
                TransactWriteItemsError,
            >(&OPERATION, &input)
            .await
    }
}
/// Errors of `TransactWriteItems`: one variant per error the spec or AWS's model lists, plus [`Unhandled`](TransactWriteItemsError::Unhandled).
#[derive(::std::fmt::Debug)]
#[non_exhaustive]
pub enum TransactWriteItemsError {
    /// The service returned `IdempotentParameterMismatchException`.
    IdempotentParameterMismatchException(
        crate::types::error::IdempotentParameterMismatchException,
    ),
    /// The service returned `InternalServerError`.
    InternalServerError(crate::types::error::InternalServerError),
    /// The service returned `ProvisionedThroughputExceededException`.
    ProvisionedThroughputExceededException(
        crate::types::error::ProvisionedThroughputExceededException,
    ),
    /// The service returned `RequestLimitExceeded`.
    RequestLimitExceeded(crate::types::error::RequestLimitExceeded),
    /// The service returned `ResourceNotFoundException`.
    ResourceNotFoundException(crate::types::error::ResourceNotFoundException),
    /// The service returned `ThrottlingException`.
    ThrottlingException(crate::types::error::ThrottlingException),
    /// The service returned `TransactionCanceledException`.
    TransactionCanceledException(crate::types::error::TransactionCanceledException),
    /// The service returned `TransactionInProgressException`.
    TransactionInProgressException(crate::types::error::TransactionInProgressException),
    /// An error neither the spec nor AWS's model lists for this
    /// operation (the code, message, HTTP status and request id are kept).
    Unhandled(crate::runtime::Unhandled),
}
impl crate::runtime::OperationError for TransactWriteItemsError {
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
            ::std::option::Option::Some("InternalServerError") => {
                Self::InternalServerError(
                    <crate::types::error::InternalServerError>::from_response(meta, body),
                )
            }
            ::std::option::Option::Some("ProvisionedThroughputExceededException") => {
                Self::ProvisionedThroughputExceededException(
                    <crate::types::error::ProvisionedThroughputExceededException>::from_response(
                        meta,
                        body,
                    ),
                )
            }
            ::std::option::Option::Some("RequestLimitExceeded") => {
                Self::RequestLimitExceeded(
                    <crate::types::error::RequestLimitExceeded>::from_response(
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
            ::std::option::Option::Some("ThrottlingException") => {
                Self::ThrottlingException(
                    <crate::types::error::ThrottlingException>::from_response(meta, body),
                )
            }
            ::std::option::Option::Some("TransactionCanceledException") => {
                Self::TransactionCanceledException(
                    <crate::types::error::TransactionCanceledException>::from_response(
                        meta,
                        body,
                    ),
                )
            }
            ::std::option::Option::Some("TransactionInProgressException") => {
                Self::TransactionInProgressException(
                    <crate::types::error::TransactionInProgressException>::from_response(
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
            Self::InternalServerError(e) => e.meta(),
            Self::ProvisionedThroughputExceededException(e) => e.meta(),
            Self::RequestLimitExceeded(e) => e.meta(),
            Self::ResourceNotFoundException(e) => e.meta(),
            Self::ThrottlingException(e) => e.meta(),
            Self::TransactionCanceledException(e) => e.meta(),
            Self::TransactionInProgressException(e) => e.meta(),
            Self::Unhandled(e) => e.meta(),
        }
    }
    fn with_attempts(mut self, attempts: u32) -> Self {
        match &mut self {
            Self::IdempotentParameterMismatchException(e) => {
                e.meta.set_attempts(attempts)
            }
            Self::InternalServerError(e) => e.meta.set_attempts(attempts),
            Self::ProvisionedThroughputExceededException(e) => {
                e.meta.set_attempts(attempts)
            }
            Self::RequestLimitExceeded(e) => e.meta.set_attempts(attempts),
            Self::ResourceNotFoundException(e) => e.meta.set_attempts(attempts),
            Self::ThrottlingException(e) => e.meta.set_attempts(attempts),
            Self::TransactionCanceledException(e) => e.meta.set_attempts(attempts),
            Self::TransactionInProgressException(e) => e.meta.set_attempts(attempts),
            Self::Unhandled(e) => e.meta_mut().set_attempts(attempts),
        }
        self
    }
}
impl TransactWriteItemsError {
    /// Status, code, message and request id of the response.
    pub fn meta(&self) -> &crate::runtime::ErrorMetadata {
        crate::runtime::OperationError::meta(self)
    }
    /// The error code the service sent, if any.
    pub fn code(&self) -> ::std::option::Option<&str> {
        self.meta().code()
    }
}
impl ::std::fmt::Display for TransactWriteItemsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::IdempotentParameterMismatchException(e) => {
                ::std::fmt::Display::fmt(e, f)
            }
            Self::InternalServerError(e) => ::std::fmt::Display::fmt(e, f),
            Self::ProvisionedThroughputExceededException(e) => {
                ::std::fmt::Display::fmt(e, f)
            }
            Self::RequestLimitExceeded(e) => ::std::fmt::Display::fmt(e, f),
            Self::ResourceNotFoundException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ThrottlingException(e) => ::std::fmt::Display::fmt(e, f),
            Self::TransactionCanceledException(e) => ::std::fmt::Display::fmt(e, f),
            Self::TransactionInProgressException(e) => ::std::fmt::Display::fmt(e, f),
            Self::Unhandled(e) => ::std::fmt::Display::fmt(e, f),
        }
    }
}
impl ::std::error::Error for TransactWriteItemsError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::IdempotentParameterMismatchException(e) => {
                ::std::option::Option::Some(e)
            }
            Self::InternalServerError(e) => ::std::option::Option::Some(e),
            Self::ProvisionedThroughputExceededException(e) => {
                ::std::option::Option::Some(e)
            }
            Self::RequestLimitExceeded(e) => ::std::option::Option::Some(e),
            Self::ResourceNotFoundException(e) => ::std::option::Option::Some(e),
            Self::ThrottlingException(e) => ::std::option::Option::Some(e),
            Self::TransactionCanceledException(e) => ::std::option::Option::Some(e),
            Self::TransactionInProgressException(e) => ::std::option::Option::Some(e),
            Self::Unhandled(e) => ::std::option::Option::Some(e),
        }
    }
}
