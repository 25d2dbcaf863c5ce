//! The `DeleteItem` operation: see [`Client::delete_item`](crate::Client::delete_item).
const OPERATION: crate::runtime::operation::OperationSpec = crate::runtime::operation::OperationSpec {
    name: "DeleteItem",
    target: "DynamoDB_20120810.DeleteItem",
    host_prefix: ::std::option::Option::None,
    unsigned: false,
    endpoint_discovery: false,
    api_version_header: ::std::option::Option::None,
    min_attempt_timeout_secs: ::std::option::Option::None,
    partitions: &[],
};
/// Builds and sends a `DeleteItem` request; see [`Client::delete_item`](crate::Client::delete_item).
#[derive(::std::clone::Clone, ::std::fmt::Debug)]
pub struct DeleteItemFluentBuilder {
    handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    inner: crate::types::builders::DeleteItemInputBuilder,
}
impl DeleteItemFluentBuilder {
    pub(crate) fn new(
        handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    ) -> Self {
        DeleteItemFluentBuilder {
            handle,
            inner: ::std::default::Default::default(),
        }
    }
    /// The input built so far.
    pub fn as_input(&self) -> &crate::types::builders::DeleteItemInputBuilder {
        &self.inner
    }
    /// A condition that must be satisfied in order for a conditional `DeleteItem` to
    /// succeed.
    ///
    /// An expression can contain any of the following:
    ///
    /// - Functions:
    ///   `attribute_exists | attribute_not_exists | attribute_type | contains | begins_with | size`
    ///
    ///   These function names are case-sensitive.
    ///
    /// - Comparison operators: `= | <> | < | > | <= | >= | BETWEEN | IN`
    ///
    /// - Logical operators: `AND | OR | NOT`
    ///
    /// For more information about condition expressions, see [Condition
    /// Expressions](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.SpecifyingConditions.html)
    /// in the *Amazon DynamoDB Developer Guide*.
    pub fn condition_expression(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.condition_expression(input);
        self
    }
    /// Sets or clears [`condition_expression`](Self::condition_expression).
    pub fn set_condition_expression(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_condition_expression(input);
        self
    }
    /// This is a legacy parameter. Use `ConditionExpression` instead. For more
    /// information, see
    /// [ConditionalOperator](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/LegacyConditionalParameters.ConditionalOperator.html)
    /// in the *Amazon DynamoDB Developer Guide*.
    pub fn conditional_operator(
        mut self,
        input: impl ::std::convert::Into<crate::types::ConditionalOperator>,
    ) -> Self {
        self.inner = self.inner.conditional_operator(input);
        self
    }
    /// Sets or clears [`conditional_operator`](Self::conditional_operator).
    pub fn set_conditional_operator(
        mut self,
        input: ::std::option::Option<crate::types::ConditionalOperator>,
    ) -> Self {
        self.inner = self.inner.set_conditional_operator(input);
        self
    }
    /// This is a legacy parameter. Use `ConditionExpression` instead. For more
    /// information, see
    /// [Expected](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/LegacyConditionalParameters.Expected.html)
    /// in the *Amazon DynamoDB Developer Guide*.
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn expected(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<crate::types::ExpectedAttributeValue>,
    ) -> Self {
        self.inner = self.inner.expected(key, value);
        self
    }
    /// Sets or clears [`expected`](Self::expected).
    pub fn set_expected(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<
                ::std::string::String,
                crate::types::ExpectedAttributeValue,
            >,
        >,
    ) -> Self {
        self.inner = self.inner.set_expected(input);
        self
    }
    /// One or more substitution tokens for attribute names in an expression. The
    /// following are some use cases for using `ExpressionAttributeNames`:
    ///
    /// - To access an attribute whose name conflicts with a DynamoDB reserved word.
    /// - To create a placeholder for repeating occurrences of an attribute name in an
    ///   expression.
    /// - To prevent special characters in an attribute name from being misinterpreted
    ///   in an expression.
    ///
    /// Use the **#** character in an expression to dereference an attribute name. For
    /// example, consider the following attribute name:
    ///
    /// - `Percentile`
    ///
    /// The name of this attribute conflicts with a reserved word, so it cannot be used
    /// directly in an expression. (For the complete list of reserved words, see
    /// [Reserved
    /// Words](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ReservedWords.html)
    /// in the *Amazon DynamoDB Developer Guide*). To work around this, you could
    /// specify the following for `ExpressionAttributeNames`:
    ///
    /// - `{"#P":"Percentile"}`
    ///
    /// You could then use this substitution in an expression, as in this example:
    ///
    /// - `#P = :val`
    ///
    /// **Note:** Tokens that begin with the **:** character are *expression attribute
    /// values*, which are placeholders for the actual value at runtime.
    ///
    /// For more information on expression attribute names, see [Specifying Item
    /// Attributes](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.AccessingItemAttributes.html)
    /// in the *Amazon DynamoDB Developer Guide*.
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn expression_attribute_names(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.expression_attribute_names(key, value);
        self
    }
    /// Sets or clears [`expression_attribute_names`](Self::expression_attribute_names).
    pub fn set_expression_attribute_names(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        >,
    ) -> Self {
        self.inner = self.inner.set_expression_attribute_names(input);
        self
    }
    /// One or more values that can be substituted in an expression.
    ///
    /// Use the **:** (colon) character in an expression to dereference an attribute
    /// value. For example, suppose that you wanted to check whether the value of the
    /// *ProductStatus* attribute was one of the following:
    ///
    /// `Available | Backordered | Discontinued`
    ///
    /// You would first need to specify `ExpressionAttributeValues` as follows:
    ///
    /// `{ ":avail":{"S":"Available"}, ":back":{"S":"Backordered"}, ":disc":{"S":"Discontinued"} }`
    ///
    /// You could then use these values in an expression, such as this:
    ///
    /// `ProductStatus IN (:avail, :back, :disc)`
    ///
    /// For more information on expression attribute values, see [Condition
    /// Expressions](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.SpecifyingConditions.html)
    /// in the *Amazon DynamoDB Developer Guide*.
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn expression_attribute_values(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<crate::types::AttributeValue>,
    ) -> Self {
        self.inner = self.inner.expression_attribute_values(key, value);
        self
    }
    /// Sets or clears [`expression_attribute_values`](Self::expression_attribute_values).
    pub fn set_expression_attribute_values(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<
                ::std::string::String,
                crate::types::AttributeValue,
            >,
        >,
    ) -> Self {
        self.inner = self.inner.set_expression_attribute_values(input);
        self
    }
    /// A map of attribute names to `AttributeValue` objects, representing the primary
    /// key of the item to delete.
    ///
    /// For the primary key, you must provide all of the key attributes. For example,
    /// with a simple primary key, you only need to provide a value for the partition
    /// key. For a composite primary key, you must provide values for both the partition
    /// key and the sort key.
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn key(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<crate::types::AttributeValue>,
    ) -> Self {
        self.inner = self.inner.key(key, value);
        self
    }
    /// Sets or clears [`key`](Self::key).
    pub fn set_key(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<
                ::std::string::String,
                crate::types::AttributeValue,
            >,
        >,
    ) -> Self {
        self.inner = self.inner.set_key(input);
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
    /// response includes statistics about item collections, if any, that were modified
    /// during the operation are returned in the response. If set to `NONE` (the
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
    /// Use `ReturnValues` if you want to get the item attributes as they appeared
    /// before they were deleted. For `DeleteItem`, the valid values are:
    ///
    /// - `NONE` - If `ReturnValues` is not specified, or if its value is `NONE`, then
    ///   nothing is returned. (This setting is the default for `ReturnValues`.)
    /// - `ALL_OLD` - The content of the old item is returned.
    ///
    /// There is no additional cost associated with requesting a return value aside from
    /// the small network and processing overhead of receiving a larger response. No
    /// read capacity units are consumed.
    ///
    /// **Note:** The `ReturnValues` parameter is used by several DynamoDB operations;
    /// however, `DeleteItem` does not recognize any values other than `NONE` or
    /// `ALL_OLD`.
    pub fn return_values(
        mut self,
        input: impl ::std::convert::Into<crate::types::ReturnValue>,
    ) -> Self {
        self.inner = self.inner.return_values(input);
        self
    }
    /// Sets or clears [`return_values`](Self::return_values).
    pub fn set_return_values(
        mut self,
        input: ::std::option::Option<crate::types::ReturnValue>,
    ) -> Self {
        self.inner = self.inner.set_return_values(input);
        self
    }
    /// An optional parameter that returns the item attributes for a `DeleteItem`
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
    /// The name of the table from which to delete the item.
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
        crate::types::DeleteItemOutput,
        crate::runtime::SdkError<DeleteItemError>,
    > {
        let input = self.inner.build().map_err(crate::runtime::SdkError::Construction)?;
        self.handle
            .invoke::<
                _,
                crate::types::DeleteItemOutput,
                DeleteItemError,
            >(&OPERATION, &input)
            .await
    }
}
/// Errors of `DeleteItem`: one variant per error the spec or AWS's model lists, plus [`Unhandled`](DeleteItemError::Unhandled).
#[derive(::std::fmt::Debug)]
#[non_exhaustive]
pub enum DeleteItemError {
    /// The service returned `ConditionalCheckFailedException`.
    ConditionalCheckFailedException(
        crate::types::error::ConditionalCheckFailedException,
    ),
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
    /// The service returned `ReplicatedWriteConflictException`.
    ReplicatedWriteConflictException(
        crate::types::error::ReplicatedWriteConflictException,
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
impl crate::runtime::OperationError for DeleteItemError {
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
            ::std::option::Option::Some("ReplicatedWriteConflictException") => {
                Self::ReplicatedWriteConflictException(
                    <crate::types::error::ReplicatedWriteConflictException>::from_response(
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
            Self::InternalServerError(e) => e.meta(),
            Self::ItemCollectionSizeLimitExceededException(e) => e.meta(),
            Self::ProvisionedThroughputExceededException(e) => e.meta(),
            Self::ReplicatedWriteConflictException(e) => e.meta(),
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
            Self::InternalServerError(e) => e.meta.set_attempts(attempts),
            Self::ItemCollectionSizeLimitExceededException(e) => {
                e.meta.set_attempts(attempts)
            }
            Self::ProvisionedThroughputExceededException(e) => {
                e.meta.set_attempts(attempts)
            }
            Self::ReplicatedWriteConflictException(e) => e.meta.set_attempts(attempts),
            Self::RequestLimitExceeded(e) => e.meta.set_attempts(attempts),
            Self::ResourceNotFoundException(e) => e.meta.set_attempts(attempts),
            Self::ThrottlingException(e) => e.meta.set_attempts(attempts),
            Self::TransactionConflictException(e) => e.meta.set_attempts(attempts),
            Self::Unhandled(e) => e.meta_mut().set_attempts(attempts),
        }
        self
    }
}
impl DeleteItemError {
    /// Status, code, message and request id of the response.
    pub fn meta(&self) -> &crate::runtime::ErrorMetadata {
        crate::runtime::OperationError::meta(self)
    }
    /// The error code the service sent, if any.
    pub fn code(&self) -> ::std::option::Option<&str> {
        self.meta().code()
    }
}
impl ::std::fmt::Display for DeleteItemError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::ConditionalCheckFailedException(e) => ::std::fmt::Display::fmt(e, f),
            Self::InternalServerError(e) => ::std::fmt::Display::fmt(e, f),
            Self::ItemCollectionSizeLimitExceededException(e) => {
                ::std::fmt::Display::fmt(e, f)
            }
            Self::ProvisionedThroughputExceededException(e) => {
                ::std::fmt::Display::fmt(e, f)
            }
            Self::ReplicatedWriteConflictException(e) => ::std::fmt::Display::fmt(e, f),
            Self::RequestLimitExceeded(e) => ::std::fmt::Display::fmt(e, f),
            Self::ResourceNotFoundException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ThrottlingException(e) => ::std::fmt::Display::fmt(e, f),
            Self::TransactionConflictException(e) => ::std::fmt::Display::fmt(e, f),
            Self::Unhandled(e) => ::std::fmt::Display::fmt(e, f),
        }
    }
}
impl ::std::error::Error for DeleteItemError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::ConditionalCheckFailedException(e) => ::std::option::Option::Some(e),
            Self::InternalServerError(e) => ::std::option::Option::Some(e),
            Self::ItemCollectionSizeLimitExceededException(e) => {
                ::std::option::Option::Some(e)
            }
            Self::ProvisionedThroughputExceededException(e) => {
                ::std::option::Option::Some(e)
            }
            Self::ReplicatedWriteConflictException(e) => ::std::option::Option::Some(e),
            Self::RequestLimitExceeded(e) => ::std::option::Option::Some(e),
            Self::ResourceNotFoundException(e) => ::std::option::Option::Some(e),
            Self::ThrottlingException(e) => ::std::option::Option::Some(e),
            Self::TransactionConflictException(e) => ::std::option::Option::Some(e),
            Self::Unhandled(e) => ::std::option::Option::Some(e),
        }
    }
}
