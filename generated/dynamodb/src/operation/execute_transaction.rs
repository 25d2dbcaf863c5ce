//! The `ExecuteTransaction` operation: see [`Client::execute_transaction`](crate::Client::execute_transaction).
const OPERATION: crate::runtime::operation::OperationSpec = crate::runtime::operation::OperationSpec {
    name: "ExecuteTransaction",
    target: "DynamoDB_20120810.ExecuteTransaction",
    host_prefix: ::std::option::Option::None,
    unsigned: false,
    endpoint_discovery: false,
    api_version_header: ::std::option::Option::None,
    min_attempt_timeout_secs: ::std::option::Option::None,
    partitions: &[],
};
/// Builds and sends a `ExecuteTransaction` request; see [`Client::execute_transaction`](crate::Client::execute_transaction).
#[derive(::std::clone::Clone, ::std::fmt::Debug)]
pub struct ExecuteTransactionFluentBuilder {
    handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    inner: crate::types::builders::ExecuteTransactionInputBuilder,
}
impl ExecuteTransactionFluentBuilder {
    pub(crate) fn new(
        handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    ) -> Self {
        ExecuteTransactionFluentBuilder {
            handle,
            inner: ::std::default::Default::default(),
        }
    }
    /// The input built so far.
    pub fn as_input(&self) -> &crate::types::builders::ExecuteTransactionInputBuilder {
        &self.inner
    }
    /// Set this value to get remaining results, if `NextToken` was returned in the
    /// statement response.
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
    /// Determines the level of detail about either provisioned or on-demand throughput
    /// consumption that is returned in the response. For more information, see
    /// [TransactGetItems](https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_TransactGetItems.html)
    /// and
    /// [TransactWriteItems](https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_TransactWriteItems.html).
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
    /// The list of PartiQL statements representing the transaction to run.
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn transact_statements(
        mut self,
        input: impl ::std::convert::Into<crate::types::ParameterizedStatement>,
    ) -> Self {
        self.inner = self.inner.transact_statements(input);
        self
    }
    /// Sets or clears [`transact_statements`](Self::transact_statements).
    pub fn set_transact_statements(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<crate::types::ParameterizedStatement>,
        >,
    ) -> Self {
        self.inner = self.inner.set_transact_statements(input);
        self
    }
    /// Sends the request.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::types::ExecuteTransactionOutput,
        crate::runtime::SdkError<ExecuteTransactionError>,
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
                crate::types::ExecuteTransactionOutput,
                ExecuteTransactionError,
            >(&OPERATION, &input)
            .await
    }
}
/// Errors of `ExecuteTransaction`: one variant per error the spec or AWS's model lists, plus [`Unhandled`](ExecuteTransactionError::Unhandled).
#[derive(::std::fmt::Debug)]
#[non_exhaustive]
pub enum ExecuteTransactionError {
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
impl crate::runtime::OperationError for ExecuteTransactionError {
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
impl ExecuteTransactionError {
    /// Status, code, message and request id of the response.
    pub fn meta(&self) -> &crate::runtime::ErrorMetadata {
        crate::runtime::OperationError::meta(self)
    }
    /// The error code the service sent, if any.
    pub fn code(&self) -> ::std::option::Option<&str> {
        self.meta().code()
    }
}
impl ::std::fmt::Display for ExecuteTransactionError {
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
impl ::std::error::Error for ExecuteTransactionError {
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
