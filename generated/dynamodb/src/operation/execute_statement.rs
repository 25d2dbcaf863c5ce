//! The `ExecuteStatement` operation: see [`Client::execute_statement`](crate::Client::execute_statement).
const OPERATION: crate::runtime::operation::OperationSpec = crate::runtime::operation::OperationSpec {
    name: "ExecuteStatement",
    target: "DynamoDB_20120810.ExecuteStatement",
    host_prefix: ::std::option::Option::None,
    unsigned: false,
    endpoint_discovery: false,
    api_version_header: ::std::option::Option::None,
    min_attempt_timeout_secs: ::std::option::Option::None,
    partitions: &[],
};
/// Builds and sends a `ExecuteStatement` request; see [`Client::execute_statement`](crate::Client::execute_statement).
#[derive(::std::clone::Clone, ::std::fmt::Debug)]
pub struct ExecuteStatementFluentBuilder {
    handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    inner: crate::types::builders::ExecuteStatementInputBuilder,
}
impl ExecuteStatementFluentBuilder {
    pub(crate) fn new(
        handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    ) -> Self {
        ExecuteStatementFluentBuilder {
            handle,
            inner: ::std::default::Default::default(),
        }
    }
    /// The input built so far.
    pub fn as_input(&self) -> &crate::types::builders::ExecuteStatementInputBuilder {
        &self.inner
    }
    /// The consistency of a read operation. If set to `true`, then a strongly
    /// consistent read is used; otherwise, an eventually consistent read is used.
    pub fn consistent_read(mut self, input: impl ::std::convert::Into<bool>) -> Self {
        self.inner = self.inner.consistent_read(input);
        self
    }
    /// Sets or clears [`consistent_read`](Self::consistent_read).
    pub fn set_consistent_read(mut self, input: ::std::option::Option<bool>) -> Self {
        self.inner = self.inner.set_consistent_read(input);
        self
    }
    /// The maximum number of items to evaluate (not necessarily the number of matching
    /// items). If DynamoDB processes the number of items up to the limit while
    /// processing the results, it stops the operation and returns the matching values
    /// up to that point, along with a key in `LastEvaluatedKey` to apply in a
    /// subsequent operation so you can pick up where you left off. Also, if the
    /// processed dataset size exceeds 1 MB before DynamoDB reaches this limit, it stops
    /// the operation and returns the matching values up to the limit, and a key in
    /// `LastEvaluatedKey` to apply in a subsequent operation to continue the operation.
    pub fn limit(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.inner = self.inner.limit(input);
        self
    }
    /// Sets or clears [`limit`](Self::limit).
    pub fn set_limit(mut self, input: ::std::option::Option<i64>) -> Self {
        self.inner = self.inner.set_limit(input);
        self
    }
    /// Set this value to get remaining results, if `NextToken` was returned in the
    /// statement response.
    pub fn next_token(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.next_token(input);
        self
    }
    /// Sets or clears [`next_token`](Self::next_token).
    pub fn set_next_token(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_next_token(input);
        self
    }
    /// The parameters for the PartiQL statement, if any.
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn parameters(
        mut self,
        input: impl ::std::convert::Into<crate::types::AttributeValue>,
    ) -> Self {
        self.inner = self.inner.parameters(input);
        self
    }
    /// Sets or clears [`parameters`](Self::parameters).
    pub fn set_parameters(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::AttributeValue>>,
    ) -> Self {
        self.inner = self.inner.set_parameters(input);
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
    /// An optional parameter that returns the item attributes for an `ExecuteStatement`
    /// operation that failed a condition check.
    ///
    /// There is no additional cost associated with requesting a return value aside from
    /// the small network and processing overhead of receiving a larger response. No
    /// read capacity units are consumed.
    pub fn return_values_on_condition_check_failure(
        mut self,
        input: impl ::std::convert::Into<
            crate::types::ReturnValuesOnConditionCheckFailure,
        >,
    ) -> Self {
        self.inner = self.inner.return_values_on_condition_check_failure(input);
        self
    }
    /// Sets or clears [`return_values_on_condition_check_failure`](Self::return_values_on_condition_check_failure).
    pub fn set_return_values_on_condition_check_failure(
        mut self,
        input: ::std::option::Option<crate::types::ReturnValuesOnConditionCheckFailure>,
    ) -> Self {
        self.inner = self.inner.set_return_values_on_condition_check_failure(input);
        self
    }
    /// The PartiQL statement representing the operation to run.
    pub fn statement(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.statement(input);
        self
    }
    /// Sets or clears [`statement`](Self::statement).
    pub fn set_statement(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_statement(input);
        self
    }
    /// Sends the request.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::types::ExecuteStatementOutput,
        crate::runtime::SdkError<ExecuteStatementError>,
    > {
        let input = self.inner.build().map_err(crate::runtime::SdkError::Construction)?;
        self.handle
            .invoke::<
                _,
                crate::types::ExecuteStatementOutput,
                ExecuteStatementError,
            >(&OPERATION, &input)
            .await
    }
}
/// Errors of `ExecuteStatement`: one variant per error the spec or AWS's model lists, plus [`Unhandled`](ExecuteStatementError::Unhandled).
#[derive(::std::fmt::Debug)]
#[non_exhaustive]
pub enum ExecuteStatementError {
    /// The service returned `ConditionalCheckFailedException`.
    ConditionalCheckFailedException(
        crate::types::error::ConditionalCheckFailedException,
    ),
    /// The service returned `DuplicateItemException`.
    DuplicateItemException(crate::types::error::DuplicateItemException),
    /// The service returned `InternalServerError`.
    InternalServerError(crate::types::error::InternalServerError),
    /// The service returned `ItemCollectionSizeLimitExceededException`.
    ItemCollectionSizeLimitExceededException(
        crate::types::error::ItemCollectionSizeLimitExceededException,
    ),
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
    /// The service returned `TransactionConflictException`.
    TransactionConflictException(crate::types::error::TransactionConflictException),
    /// An error neither the spec nor AWS's model lists for this
    /// operation (the code, message, HTTP status and request id are kept).
    Unhandled(crate::runtime::Unhandled),
}
impl crate::runtime::OperationError for ExecuteStatementError {
    fn from_response(meta: crate::runtime::ErrorMetadata, body: &[u8]) -> Self {
        match meta.modelled_code() {
            ::std::option::Option::Some("ConditionalCheckFailedException") => {
                Self::ConditionalCheckFailedException(
                    <crate::types::error::ConditionalCheckFailedException>::from_response(
                        meta,
                        body,
                    ),
                )
            }
            ::std::option::Option::Some("DuplicateItemException") => {
                Self::DuplicateItemException(
                    <crate::types::error::DuplicateItemException>::from_response(
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
            ::std::option::Option::Some("ItemCollectionSizeLimitExceededException") => {
                Self::ItemCollectionSizeLimitExceededException(
                    <crate::types::error::ItemCollectionSizeLimitExceededException>::from_response(
                        meta,
                        body,
                    ),
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
            ::std::option::Option::Some("TransactionConflictException") => {
                Self::TransactionConflictException(
                    <crate::types::error::TransactionConflictException>::from_response(
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
            Self::ConditionalCheckFailedException(e) => e.meta(),
            Self::DuplicateItemException(e) => e.meta(),
            Self::InternalServerError(e) => e.meta(),
            Self::ItemCollectionSizeLimitExceededException(e) => e.meta(),
            Self::ProvisionedThroughputExceededException(e) => e.meta(),
            Self::RequestLimitExceeded(e) => e.meta(),
            Self::ResourceNotFoundException(e) => e.meta(),
            Self::ThrottlingException(e) => e.meta(),
            Self::TransactionConflictException(e) => e.meta(),
            Self::Unhandled(e) => e.meta(),
        }
    }
    fn with_attempts(mut self, attempts: u32) -> Self {
        match &mut self {
            Self::ConditionalCheckFailedException(e) => e.meta.set_attempts(attempts),
            Self::DuplicateItemException(e) => e.meta.set_attempts(attempts),
            Self::InternalServerError(e) => e.meta.set_attempts(attempts),
            Self::ItemCollectionSizeLimitExceededException(e) => {
                e.meta.set_attempts(attempts)
            }
            Self::ProvisionedThroughputExceededException(e) => {
                e.meta.set_attempts(attempts)
            }
            Self::RequestLimitExceeded(e) => e.meta.set_attempts(attempts),
            Self::ResourceNotFoundException(e) => e.meta.set_attempts(attempts),
            Self::ThrottlingException(e) => e.meta.set_attempts(attempts),
            Self::TransactionConflictException(e) => e.meta.set_attempts(attempts),
            Self::Unhandled(e) => e.meta_mut().set_attempts(attempts),
        }
        self
    }
}
impl ExecuteStatementError {
    /// Status, code, message and request id of the response.
    pub fn meta(&self) -> &crate::runtime::ErrorMetadata {
        crate::runtime::OperationError::meta(self)
    }
    /// The error code the service sent, if any.
    pub fn code(&self) -> ::std::option::Option<&str> {
        self.meta().code()
    }
}
impl ::std::fmt::Display for ExecuteStatementError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::ConditionalCheckFailedException(e) => ::std::fmt::Display::fmt(e, f),
            Self::DuplicateItemException(e) => ::std::fmt::Display::fmt(e, f),
            Self::InternalServerError(e) => ::std::fmt::Display::fmt(e, f),
            Self::ItemCollectionSizeLimitExceededException(e) => {
                ::std::fmt::Display::fmt(e, f)
            }
            Self::ProvisionedThroughputExceededException(e) => {
                ::std::fmt::Display::fmt(e, f)
            }
            Self::RequestLimitExceeded(e) => ::std::fmt::Display::fmt(e, f),
            Self::ResourceNotFoundException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ThrottlingException(e) => ::std::fmt::Display::fmt(e, f),
            Self::TransactionConflictException(e) => ::std::fmt::Display::fmt(e, f),
            Self::Unhandled(e) => ::std::fmt::Display::fmt(e, f),
        }
    }
}
impl ::std::error::Error for ExecuteStatementError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::ConditionalCheckFailedException(e) => ::std::option::Option::Some(e),
            Self::DuplicateItemException(e) => ::std::option::Option::Some(e),
            Self::InternalServerError(e) => ::std::option::Option::Some(e),
            Self::ItemCollectionSizeLimitExceededException(e) => {
                ::std::option::Option::Some(e)
            }
            Self::ProvisionedThroughputExceededException(e) => {
                ::std::option::Option::Some(e)
            }
            Self::RequestLimitExceeded(e) => ::std::option::Option::Some(e),
            Self::ResourceNotFoundException(e) => ::std::option::Option::Some(e),
            Self::ThrottlingException(e) => ::std::option::Option::Some(e),
            Self::TransactionConflictException(e) => ::std::option::Option::Some(e),
            Self::Unhandled(e) => ::std::option::Option::Some(e),
        }
    }
}
