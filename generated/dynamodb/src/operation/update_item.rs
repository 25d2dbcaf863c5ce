//! The `UpdateItem` operation: see [`Client::update_item`](crate::Client::update_item).
const OPERATION: crate::runtime::operation::OperationSpec = crate::runtime::operation::OperationSpec {
    name: "UpdateItem",
    target: "DynamoDB_20120810.UpdateItem",
    host_prefix: ::std::option::Option::None,
    unsigned: false,
    endpoint_discovery: false,
    api_version_header: ::std::option::Option::None,
    min_attempt_timeout_secs: ::std::option::Option::None,
    partitions: &[],
};
/// Builds and sends a `UpdateItem` request; see [`Client::update_item`](crate::Client::update_item).
#[derive(::std::clone::Clone, ::std::fmt::Debug)]
pub struct UpdateItemFluentBuilder {
    handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    inner: crate::types::builders::UpdateItemInputBuilder,
}
impl UpdateItemFluentBuilder {
    pub(crate) fn new(
        handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    ) -> Self {
        UpdateItemFluentBuilder {
            handle,
            inner: ::std::default::Default::default(),
        }
    }
    /// The input built so far.
    pub fn as_input(&self) -> &crate::types::builders::UpdateItemInputBuilder {
        &self.inner
    }
    /// This is a legacy parameter. Use `UpdateExpression` instead. For more
    /// information, see
    /// [AttributeUpdates](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/LegacyConditionalParameters.AttributeUpdates.html)
    /// in the *Amazon DynamoDB Developer Guide*.
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn attribute_updates(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<crate::types::AttributeValueUpdate>,
    ) -> Self {
        self.inner = self.inner.attribute_updates(key, value);
        self
    }
    /// Sets or clears [`attribute_updates`](Self::attribute_updates).
    pub fn set_attribute_updates(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<
                ::std::string::String,
                crate::types::AttributeValueUpdate,
            >,
        >,
    ) -> Self {
        self.inner = self.inner.set_attribute_updates(input);
        self
    }
    /// A condition that must be satisfied in order for a conditional update to succeed.
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
    /// For more information about condition expressions, see [Specifying
    /// Conditions](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.SpecifyingConditions.html)
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
    /// in the *Amazon DynamoDB Developer Guide*.) To work around this, you could
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
    /// For more information about expression attribute names, see [Specifying Item
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
    /// `ProductStatus` attribute was one of the following:
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
    /// The primary key of the item to be updated. Each element consists of an attribute
    /// name and a value for that attribute.
    ///
    /// For the primary key, you must provide all of the attributes. For example, with a
    /// simple primary key, you only need to provide a value for the partition key. For
    /// a composite primary key, you must provide values for both the partition key and
    /// the sort key.
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
    /// Use `ReturnValues` if you want to get the item attributes as they appear before
    /// or after they are successfully updated. For `UpdateItem`, the valid values are:
    ///
    /// - `NONE` - If `ReturnValues` is not specified, or if its value is `NONE`, then
    ///   nothing is returned. (This setting is the default for `ReturnValues`.)
    /// - `ALL_OLD` - Returns all of the attributes of the item, as they appeared before
    ///   the UpdateItem operation.
    /// - `UPDATED_OLD` - Returns only the updated attributes, as they appeared before
    ///   the UpdateItem operation.
    /// - `ALL_NEW` - Returns all of the attributes of the item, as they appear after
    ///   the UpdateItem operation.
    /// - `UPDATED_NEW` - Returns only the updated attributes, as they appear after the
    ///   UpdateItem operation.
    ///
    /// There is no additional cost associated with requesting a return value aside from
    /// the small network and processing overhead of receiving a larger response. No
    /// read capacity units are consumed.
    ///
    /// The values returned are strongly consistent.
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
    /// An optional parameter that returns the item attributes for an `UpdateItem`
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
    /// The name of the table containing the item to update.
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
    /// An expression that defines one or more attributes to be updated, the action to
    /// be performed on them, and new values for them.
    ///
    /// The following action values are available for `UpdateExpression`.
    ///
    /// - `SET` - Adds one or more attributes and values to an item. If any of these
    ///   attributes already exist, they are replaced by the new values. You can also
    ///   use `SET` to add or subtract from an attribute that is of type Number. For
    ///   example: `SET myNum = myNum + :val`
    ///
    ///   `SET` supports the following functions:
    ///   - `if_not_exists (path, operand)` - if the item does not contain an attribute
    ///     at the specified path, then `if_not_exists` evaluates to operand; otherwise,
    ///     it evaluates to path. You can use this function to avoid overwriting an
    ///     attribute that may already be present in the item.
    ///   - `list_append (operand, operand)` - evaluates to a list with a new element
    ///     added to it. You can append the new element to the start or the end of the
    ///     list by reversing the order of the operands.
    ///
    ///   These function names are case-sensitive.
    ///
    /// - `REMOVE` - Removes one or more attributes from an item.
    ///
    /// - `ADD` - Adds the specified value to the item, if the attribute does not
    ///   already exist. If the attribute does exist, then the behavior of `ADD` depends
    ///   on the data type of the attribute:
    ///   - If the existing attribute is a number, and if `Value` is also a number, then
    ///     `Value` is mathematically added to the existing attribute. If `Value` is a
    ///     negative number, then it is subtracted from the existing attribute.
    ///
    ///     **Note:** If you use `ADD` to increment or decrement a number value for an
    ///     item that doesn't exist before the update, DynamoDB uses `0` as the initial
    ///     value.
    ///
    ///     Similarly, if you use `ADD` for an existing item to increment or decrement
    ///     an attribute value that doesn't exist before the update, DynamoDB uses `0`
    ///     as the initial value. For example, suppose that the item you want to update
    ///     doesn't have an attribute named `itemcount`, but you decide to `ADD` the
    ///     number `3` to this attribute anyway. DynamoDB will create the `itemcount`
    ///     attribute, set its initial value to `0`, and finally add `3` to it. The
    ///     result will be a new `itemcount` attribute in the item, with a value of `3`.
    ///
    ///   - If the existing data type is a set and if `Value` is also a set, then
    ///     `Value` is added to the existing set. For example, if the attribute value is
    ///     the set `[1,2]`, and the `ADD` action specified `[3]`, then the final
    ///     attribute value is `[1,2,3]`. An error occurs if an `ADD` action is
    ///     specified for a set attribute and the attribute type specified does not
    ///     match the existing set type.
    ///
    ///     Both sets must have the same primitive data type. For example, if the
    ///     existing data type is a set of strings, the `Value` must also be a set of
    ///     strings.
    ///
    ///   **Important:** The `ADD` action only supports Number and set data types. In
    ///   addition, `ADD` can only be used on top-level attributes, not nested
    ///   attributes.
    ///
    /// - `DELETE` - Deletes an element from a set.
    ///
    ///   If a set of values is specified, then those values are subtracted from the old
    ///   set. For example, if the attribute value was the set `[a,b,c]` and the
    ///   `DELETE` action specifies `[a,c]`, then the final attribute value is `[b]`.
    ///   Specifying an empty set is an error.
    ///
    ///   **Important:** The `DELETE` action only supports set data types. In addition,
    ///   `DELETE` can only be used on top-level attributes, not nested attributes.
    ///
    /// You can have many actions in a single expression, such as the following:
    /// `SET a=:value1, b=:value2 DELETE :value3, :value4, :value5`
    ///
    /// For more information on update expressions, see [Modifying Items and
    /// Attributes](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.Modifying.html)
    /// in the *Amazon DynamoDB Developer Guide*.
    pub fn update_expression(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.update_expression(input);
        self
    }
    /// Sets or clears [`update_expression`](Self::update_expression).
    pub fn set_update_expression(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_update_expression(input);
        self
    }
    /// Sends the request.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::types::UpdateItemOutput,
        crate::runtime::SdkError<UpdateItemError>,
    > {
        let input = self.inner.build().map_err(crate::runtime::SdkError::Construction)?;
        self.handle
            .invoke::<
                _,
                crate::types::UpdateItemOutput,
                UpdateItemError,
            >(&OPERATION, &input)
            .await
    }
}
/// Errors of `UpdateItem`: one variant per error the spec or AWS's model lists, plus [`Unhandled`](UpdateItemError::Unhandled).
#[derive(::std::fmt::Debug)]
#[non_exhaustive]
pub enum UpdateItemError {
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
impl crate::runtime::OperationError for UpdateItemError {
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
impl UpdateItemError {
    /// Status, code, message and request id of the response.
    pub fn meta(&self) -> &crate::runtime::ErrorMetadata {
        crate::runtime::OperationError::meta(self)
    }
    /// The error code the service sent, if any.
    pub fn code(&self) -> ::std::option::Option<&str> {
        self.meta().code()
    }
}
impl ::std::fmt::Display for UpdateItemError {
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
impl ::std::error::Error for UpdateItemError {
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
