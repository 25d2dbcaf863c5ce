//! The `Query` operation: see [`Client::query`](crate::Client::query).
const OPERATION: crate::runtime::operation::OperationSpec = crate::runtime::operation::OperationSpec {
    name: "Query",
    target: "DynamoDB_20120810.Query",
    host_prefix: ::std::option::Option::None,
    unsigned: false,
    endpoint_discovery: false,
    api_version_header: ::std::option::Option::None,
    min_attempt_timeout_secs: ::std::option::Option::None,
    partitions: &[],
};
/// Builds and sends a `Query` request; see [`Client::query`](crate::Client::query).
#[derive(::std::clone::Clone, ::std::fmt::Debug)]
pub struct QueryFluentBuilder {
    handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    inner: crate::types::builders::QueryInputBuilder,
}
impl QueryFluentBuilder {
    pub(crate) fn new(
        handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    ) -> Self {
        QueryFluentBuilder {
            handle,
            inner: ::std::default::Default::default(),
        }
    }
    /// The input built so far.
    pub fn as_input(&self) -> &crate::types::builders::QueryInputBuilder {
        &self.inner
    }
    /// This is a legacy parameter. Use `ProjectionExpression` instead. For more
    /// information, see
    /// [AttributesToGet](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/LegacyConditionalParameters.AttributesToGet.html)
    /// in the *Amazon DynamoDB Developer Guide*.
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn attributes_to_get(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.attributes_to_get(input);
        self
    }
    /// Sets or clears [`attributes_to_get`](Self::attributes_to_get).
    pub fn set_attributes_to_get(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.inner = self.inner.set_attributes_to_get(input);
        self
    }
    /// This is a legacy parameter. Use `FilterExpression` instead. For more
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
    /// Determines the read consistency model: If set to `true`, then the operation uses
    /// strongly consistent reads; otherwise, the operation uses eventually consistent
    /// reads.
    ///
    /// Strongly consistent reads are not supported on global secondary indexes. If you
    /// query a global secondary index with `ConsistentRead` set to `true`, you will
    /// receive a `ValidationException`.
    pub fn consistent_read(mut self, input: impl ::std::convert::Into<bool>) -> Self {
        self.inner = self.inner.consistent_read(input);
        self
    }
    /// Sets or clears [`consistent_read`](Self::consistent_read).
    pub fn set_consistent_read(mut self, input: ::std::option::Option<bool>) -> Self {
        self.inner = self.inner.set_consistent_read(input);
        self
    }
    /// The primary key of the first item that this operation will evaluate. Use the
    /// value that was returned for `LastEvaluatedKey` in the previous operation.
    ///
    /// The data type for `ExclusiveStartKey` must be String, Number, or Binary. No set
    /// data types are allowed.
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn exclusive_start_key(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<crate::types::AttributeValue>,
    ) -> Self {
        self.inner = self.inner.exclusive_start_key(key, value);
        self
    }
    /// Sets or clears [`exclusive_start_key`](Self::exclusive_start_key).
    pub fn set_exclusive_start_key(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<
                ::std::string::String,
                crate::types::AttributeValue,
            >,
        >,
    ) -> Self {
        self.inner = self.inner.set_exclusive_start_key(input);
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
    /// For more information on expression attribute values, see [Specifying
    /// Conditions](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.SpecifyingConditions.html)
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
    /// A string that contains conditions that DynamoDB applies after the `Query`
    /// operation, but before the data is returned to you. Items that do not satisfy the
    /// `FilterExpression` criteria are not returned.
    ///
    /// A `FilterExpression` does not allow key attributes. You cannot define a filter
    /// expression based on a partition key or a sort key.
    ///
    /// **Note:** A `FilterExpression` is applied after the items have already been
    /// read; the process of filtering does not consume any additional read capacity
    /// units.
    ///
    /// For more information, see [Filter
    /// Expressions](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/QueryAndScan.html#Query.FilterExpression)
    /// in the *Amazon DynamoDB Developer Guide*.
    pub fn filter_expression(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.filter_expression(input);
        self
    }
    /// Sets or clears [`filter_expression`](Self::filter_expression).
    pub fn set_filter_expression(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_filter_expression(input);
        self
    }
    /// The name of an index to query. This index can be any local secondary index or
    /// global secondary index on the table. Note that if you use the `IndexName`
    /// parameter, you must also provide `TableName.`
    pub fn index_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.index_name(input);
        self
    }
    /// Sets or clears [`index_name`](Self::index_name).
    pub fn set_index_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_index_name(input);
        self
    }
    /// The condition that specifies the key values for items to be retrieved by the
    /// `Query` action.
    ///
    /// The condition must perform an equality test on a single partition key value.
    ///
    /// The condition can optionally perform one of several comparison tests on a single
    /// sort key value. This allows `Query` to retrieve one item with a given partition
    /// key value and sort key value, or several items that have the same partition key
    /// value but different sort key values.
    ///
    /// The partition key equality test is required, and must be specified in the
    /// following format:
    ///
    /// `partitionKeyName` *=* `:partitionkeyval`
    ///
    /// If you also want to provide a condition for the sort key, it must be combined
    /// using `AND` with the condition for the sort key. Following is an example, using
    /// the **=** comparison operator for the sort key:
    ///
    /// `partitionKeyName` `=` `:partitionkeyval` `AND` `sortKeyName` `=` `:sortkeyval`
    ///
    /// Valid comparisons for the sort key condition are as follows:
    ///
    /// - `sortKeyName` `=` `:sortkeyval` - true if the sort key value is equal to
    ///   `:sortkeyval`.
    /// - `sortKeyName` `<` `:sortkeyval` - true if the sort key value is less than
    ///   `:sortkeyval`.
    /// - `sortKeyName` `<=` `:sortkeyval` - true if the sort key value is less than or
    ///   equal to `:sortkeyval`.
    /// - `sortKeyName` `>` `:sortkeyval` - true if the sort key value is greater than
    ///   `:sortkeyval`.
    /// - `sortKeyName` `>=` `:sortkeyval` - true if the sort key value is greater than
    ///   or equal to `:sortkeyval`.
    /// - `sortKeyName` `BETWEEN` `:sortkeyval1` `AND` `:sortkeyval2` - true if the sort
    ///   key value is greater than or equal to `:sortkeyval1`, and less than or equal
    ///   to `:sortkeyval2`.
    /// - `begins_with (` `sortKeyName`, `:sortkeyval` `)` - true if the sort key value
    ///   begins with a particular operand. (You cannot use this function with a sort
    ///   key that is of type Number.) Note that the function name `begins_with` is
    ///   case-sensitive.
    ///
    /// Use the `ExpressionAttributeValues` parameter to replace tokens such as
    /// `:partitionval` and `:sortval` with actual values at runtime.
    ///
    /// You can optionally use the `ExpressionAttributeNames` parameter to replace the
    /// names of the partition key and sort key with placeholder tokens. This option
    /// might be necessary if an attribute name conflicts with a DynamoDB reserved word.
    /// For example, the following `KeyConditionExpression` parameter causes an error
    /// because *Size* is a reserved word:
    ///
    /// - `Size = :myval`
    ///
    /// To work around this, define a placeholder (such a `#S`) to represent the
    /// attribute name *Size*. `KeyConditionExpression` then is as follows:
    ///
    /// - `#S = :myval`
    ///
    /// For a list of reserved words, see [Reserved
    /// Words](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ReservedWords.html)
    /// in the *Amazon DynamoDB Developer Guide*.
    ///
    /// For more information on `ExpressionAttributeNames` and
    /// `ExpressionAttributeValues`, see [Using Placeholders for Attribute Names and
    /// Values](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ExpressionPlaceholders.html)
    /// in the *Amazon DynamoDB Developer Guide*.
    pub fn key_condition_expression(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.key_condition_expression(input);
        self
    }
    /// Sets or clears [`key_condition_expression`](Self::key_condition_expression).
    pub fn set_key_condition_expression(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_key_condition_expression(input);
        self
    }
    /// This is a legacy parameter. Use `KeyConditionExpression` instead. For more
    /// information, see
    /// [KeyConditions](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/LegacyConditionalParameters.KeyConditions.html)
    /// in the *Amazon DynamoDB Developer Guide*.
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn key_conditions(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<crate::types::Condition>,
    ) -> Self {
        self.inner = self.inner.key_conditions(key, value);
        self
    }
    /// Sets or clears [`key_conditions`](Self::key_conditions).
    pub fn set_key_conditions(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, crate::types::Condition>,
        >,
    ) -> Self {
        self.inner = self.inner.set_key_conditions(input);
        self
    }
    /// The maximum number of items to evaluate (not necessarily the number of matching
    /// items). If DynamoDB processes the number of items up to the limit while
    /// processing the results, it stops the operation and returns the matching values
    /// up to that point, and a key in `LastEvaluatedKey` to apply in a subsequent
    /// operation, so that you can pick up where you left off. Also, if the processed
    /// dataset size exceeds 1 MB before DynamoDB reaches this limit, it stops the
    /// operation and returns the matching values up to the limit, and a key in
    /// `LastEvaluatedKey` to apply in a subsequent operation to continue the operation.
    /// For more information, see [Query and
    /// Scan](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/QueryAndScan.html)
    /// in the *Amazon DynamoDB Developer Guide*.
    pub fn limit(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.inner = self.inner.limit(input);
        self
    }
    /// Sets or clears [`limit`](Self::limit).
    pub fn set_limit(mut self, input: ::std::option::Option<i64>) -> Self {
        self.inner = self.inner.set_limit(input);
        self
    }
    /// A string that identifies one or more attributes to retrieve from the table.
    /// These attributes can include scalars, sets, or elements of a JSON document. The
    /// attributes in the expression must be separated by commas.
    ///
    /// If no attribute names are specified, then all attributes will be returned. If
    /// any of the requested attributes are not found, they will not appear in the
    /// result.
    ///
    /// For more information, see [Accessing Item
    /// Attributes](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.AccessingItemAttributes.html)
    /// in the *Amazon DynamoDB Developer Guide*.
    pub fn projection_expression(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.projection_expression(input);
        self
    }
    /// Sets or clears [`projection_expression`](Self::projection_expression).
    pub fn set_projection_expression(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_projection_expression(input);
        self
    }
    /// This is a legacy parameter. Use `FilterExpression` instead. For more
    /// information, see
    /// [QueryFilter](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/LegacyConditionalParameters.QueryFilter.html)
    /// in the *Amazon DynamoDB Developer Guide*.
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn query_filter(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<crate::types::Condition>,
    ) -> Self {
        self.inner = self.inner.query_filter(key, value);
        self
    }
    /// Sets or clears [`query_filter`](Self::query_filter).
    pub fn set_query_filter(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, crate::types::Condition>,
        >,
    ) -> Self {
        self.inner = self.inner.set_query_filter(input);
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
    /// Specifies the order for index traversal: If `true` (default), the traversal is
    /// performed in ascending order; if `false`, the traversal is performed in
    /// descending order.
    ///
    /// Items with the same partition key value are stored in sorted order by sort key.
    /// If the sort key data type is Number, the results are stored in numeric order.
    /// For type String, the results are stored in order of UTF-8 bytes. For type
    /// Binary, DynamoDB treats each byte of the binary data as unsigned.
    ///
    /// If `ScanIndexForward` is `true`, DynamoDB returns the results in the order in
    /// which they are stored (by sort key value). This is the default behavior. If
    /// `ScanIndexForward` is `false`, DynamoDB reads the results in reverse order by
    /// sort key value, and then returns the results to the client.
    pub fn scan_index_forward(mut self, input: impl ::std::convert::Into<bool>) -> Self {
        self.inner = self.inner.scan_index_forward(input);
        self
    }
    /// Sets or clears [`scan_index_forward`](Self::scan_index_forward).
    pub fn set_scan_index_forward(mut self, input: ::std::option::Option<bool>) -> Self {
        self.inner = self.inner.set_scan_index_forward(input);
        self
    }
    /// The attributes to be returned in the result. You can retrieve all item
    /// attributes, specific item attributes, the count of matching items, or in the
    /// case of an index, some or all of the attributes projected into the index.
    ///
    /// - `ALL_ATTRIBUTES` - Returns all of the item attributes from the specified table
    ///   or index. If you query a local secondary index, then for each matching item in
    ///   the index, DynamoDB fetches the entire item from the parent table. If the
    ///   index is configured to project all item attributes, then all of the data can
    ///   be obtained from the local secondary index, and no fetching is required.
    ///
    /// - `ALL_PROJECTED_ATTRIBUTES` - Allowed only when querying an index. Retrieves
    ///   all attributes that have been projected into the index. If the index is
    ///   configured to project all attributes, this return value is equivalent to
    ///   specifying `ALL_ATTRIBUTES`.
    ///
    /// - `COUNT` - Returns the number of matching items, rather than the matching items
    ///   themselves. Note that this uses the same quantity of read capacity units as
    ///   getting the items, and is subject to the same item size calculations.
    ///
    /// - `SPECIFIC_ATTRIBUTES` - Returns only the attributes listed in
    ///   `ProjectionExpression`. This return value is equivalent to specifying
    ///   `ProjectionExpression` without specifying any value for `Select`.
    ///
    ///   If you query or scan a local secondary index and request only attributes that
    ///   are projected into that index, the operation will read only the index and not
    ///   the table. If any of the requested attributes are not projected into the local
    ///   secondary index, DynamoDB fetches each of these attributes from the parent
    ///   table. This extra fetching incurs additional throughput cost and latency.
    ///
    ///   If you query or scan a global secondary index, you can only request attributes
    ///   that are projected into the index. Global secondary index queries cannot fetch
    ///   attributes from the parent table.
    ///
    /// If neither `Select` nor `ProjectionExpression` are specified, DynamoDB defaults
    /// to `ALL_ATTRIBUTES` when accessing a table, and `ALL_PROJECTED_ATTRIBUTES` when
    /// accessing an index. You cannot use both `Select` and `ProjectionExpression`
    /// together in a single request, unless the value for `Select` is
    /// `SPECIFIC_ATTRIBUTES`. (This usage is equivalent to specifying
    /// `ProjectionExpression` without any value for `Select`.)
    ///
    /// **Note:** If you use the `ProjectionExpression` parameter, then the value for
    /// `Select` can only be `SPECIFIC_ATTRIBUTES`. Any other value for `Select` will
    /// return an error.
    pub fn select(
        mut self,
        input: impl ::std::convert::Into<crate::types::Select>,
    ) -> Self {
        self.inner = self.inner.select(input);
        self
    }
    /// Sets or clears [`select`](Self::select).
    pub fn set_select(
        mut self,
        input: ::std::option::Option<crate::types::Select>,
    ) -> Self {
        self.inner = self.inner.set_select(input);
        self
    }
    /// The name of the table containing the requested items.
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
        crate::types::QueryOutput,
        crate::runtime::SdkError<QueryError>,
    > {
        let input = self.inner.build().map_err(crate::runtime::SdkError::Construction)?;
        self.handle
            .invoke::<_, crate::types::QueryOutput, QueryError>(&OPERATION, &input)
            .await
    }
}
impl QueryFluentBuilder {
    /// A paginator over every page of `Query` (see [`QueryPaginator`]).
    pub fn into_paginator(self) -> QueryPaginator {
        QueryPaginator { builder: self }
    }
}
/// Pages through `Query`, following `LastEvaluatedKey` → `ExclusiveStartKey`; stops when the token is absent, empty or repeated.
#[derive(::std::clone::Clone, ::std::fmt::Debug)]
pub struct QueryPaginator {
    builder: QueryFluentBuilder,
}
impl QueryPaginator {
    /// Items per page (`Limit`).
    pub fn page_size(mut self, size: impl ::std::convert::Into<i64>) -> Self {
        self.builder = self.builder.limit(size);
        self
    }
    /// A stream of pages (the first page starts from the token set on the builder, if any).
    pub fn send(
        self,
    ) -> crate::runtime::paginator::PageStream<
        crate::types::QueryOutput,
        QueryError,
        ::std::collections::HashMap<::std::string::String, crate::types::AttributeValue>,
    > {
        let first = self.builder.inner.exclusive_start_key.clone();
        let builder = self.builder;
        crate::runtime::paginator::PageStream::new(
            first,
            move |token| builder.clone().set_exclusive_start_key(token).send(),
            |page: &crate::types::QueryOutput| {
                page.last_evaluated_key.as_ref().cloned()
            },
        )
    }
    /// A stream of the `Items` of every page.
    pub fn items(
        self,
    ) -> crate::runtime::paginator::ItemStream<
        crate::types::QueryOutput,
        QueryError,
        ::std::collections::HashMap<::std::string::String, crate::types::AttributeValue>,
        ::std::collections::HashMap<::std::string::String, crate::types::AttributeValue>,
    > {
        self.send()
            .items(|page: crate::types::QueryOutput| page.items.unwrap_or_default())
    }
}
/// Errors of `Query`: one variant per error the spec or AWS's model lists, plus [`Unhandled`](QueryError::Unhandled).
#[derive(::std::fmt::Debug)]
#[non_exhaustive]
pub enum QueryError {
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
    /// An error neither the spec nor AWS's model lists for this
    /// operation (the code, message, HTTP status and request id are kept).
    Unhandled(crate::runtime::Unhandled),
}
impl crate::runtime::OperationError for QueryError {
    fn from_response(meta: crate::runtime::ErrorMetadata, body: &[u8]) -> Self {
        match meta.modelled_code() {
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
            _ => Self::Unhandled(crate::runtime::Unhandled::new(meta)),
        }
    }
    fn meta(&self) -> &crate::runtime::ErrorMetadata {
        match self {
            Self::InternalServerError(e) => e.meta(),
            Self::ProvisionedThroughputExceededException(e) => e.meta(),
            Self::RequestLimitExceeded(e) => e.meta(),
            Self::ResourceNotFoundException(e) => e.meta(),
            Self::ThrottlingException(e) => e.meta(),
            Self::Unhandled(e) => e.meta(),
        }
    }
    fn with_attempts(mut self, attempts: u32) -> Self {
        match &mut self {
            Self::InternalServerError(e) => e.meta.set_attempts(attempts),
            Self::ProvisionedThroughputExceededException(e) => {
                e.meta.set_attempts(attempts)
            }
            Self::RequestLimitExceeded(e) => e.meta.set_attempts(attempts),
            Self::ResourceNotFoundException(e) => e.meta.set_attempts(attempts),
            Self::ThrottlingException(e) => e.meta.set_attempts(attempts),
            Self::Unhandled(e) => e.meta_mut().set_attempts(attempts),
        }
        self
    }
}
impl QueryError {
    /// Status, code, message and request id of the response.
    pub fn meta(&self) -> &crate::runtime::ErrorMetadata {
        crate::runtime::OperationError::meta(self)
    }
    /// The error code the service sent, if any.
    pub fn code(&self) -> ::std::option::Option<&str> {
        self.meta().code()
    }
}
impl ::std::fmt::Display for QueryError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::InternalServerError(e) => ::std::fmt::Display::fmt(e, f),
            Self::ProvisionedThroughputExceededException(e) => {
                ::std::fmt::Display::fmt(e, f)
            }
            Self::RequestLimitExceeded(e) => ::std::fmt::Display::fmt(e, f),
            Self::ResourceNotFoundException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ThrottlingException(e) => ::std::fmt::Display::fmt(e, f),
            Self::Unhandled(e) => ::std::fmt::Display::fmt(e, f),
        }
    }
}
impl ::std::error::Error for QueryError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::InternalServerError(e) => ::std::option::Option::Some(e),
            Self::ProvisionedThroughputExceededException(e) => {
                ::std::option::Option::Some(e)
            }
            Self::RequestLimitExceeded(e) => ::std::option::Option::Some(e),
            Self::ResourceNotFoundException(e) => ::std::option::Option::Some(e),
            Self::ThrottlingException(e) => ::std::option::Option::Some(e),
            Self::Unhandled(e) => ::std::option::Option::Some(e),
        }
    }
}
