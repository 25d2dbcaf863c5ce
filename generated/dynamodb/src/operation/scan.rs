//! The `Scan` operation: see [`Client::scan`](crate::Client::scan).
const OPERATION: crate::runtime::operation::OperationSpec = crate::runtime::operation::OperationSpec {
    name: "Scan",
    target: "DynamoDB_20120810.Scan",
    host_prefix: ::std::option::Option::None,
    unsigned: false,
    endpoint_discovery: false,
    api_version_header: ::std::option::Option::None,
    min_attempt_timeout_secs: ::std::option::Option::None,
    partitions: &[],
};
/// Builds and sends a `Scan` request; see [`Client::scan`](crate::Client::scan).
#[derive(::std::clone::Clone, ::std::fmt::Debug)]
pub struct ScanFluentBuilder {
    handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    inner: crate::types::builders::ScanInputBuilder,
}
impl ScanFluentBuilder {
    pub(crate) fn new(
        handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    ) -> Self {
        ScanFluentBuilder {
            handle,
            inner: ::std::default::Default::default(),
        }
    }
    /// The input built so far.
    pub fn as_input(&self) -> &crate::types::builders::ScanInputBuilder {
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
    /// A Boolean value that determines the read consistency model during the scan:
    ///
    /// - If `ConsistentRead` is `false`, then the data returned from `Scan` might not
    ///   contain the results from other recently completed write operations (`PutItem`,
    ///   `UpdateItem`, or `DeleteItem`).
    /// - If `ConsistentRead` is `true`, then all of the write operations that completed
    ///   before the `Scan` began are guaranteed to be contained in the `Scan` response.
    ///
    /// The default setting for `ConsistentRead` is `false`.
    ///
    /// The `ConsistentRead` parameter is not supported on global secondary indexes. If
    /// you scan a global secondary index with `ConsistentRead` set to true, you will
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
    /// The data type for `ExclusiveStartKey` must be String, Number or Binary. No set
    /// data types are allowed.
    ///
    /// In a parallel scan, a `Scan` request that includes `ExclusiveStartKey` must
    /// specify the same segment whose previous `Scan` returned the corresponding value
    /// of `LastEvaluatedKey`.
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
    /// A string that contains conditions that DynamoDB applies after the `Scan`
    /// operation, but before the data is returned to you. Items that do not satisfy the
    /// `FilterExpression` criteria are not returned.
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
    /// The name of a secondary index to scan. This index can be any local secondary
    /// index or global secondary index. Note that if you use the `IndexName` parameter,
    /// you must also provide `TableName`.
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
    /// The maximum number of items to evaluate (not necessarily the number of matching
    /// items). If DynamoDB processes the number of items up to the limit while
    /// processing the results, it stops the operation and returns the matching values
    /// up to that point, and a key in `LastEvaluatedKey` to apply in a subsequent
    /// operation, so that you can pick up where you left off. Also, if the processed
    /// dataset size exceeds 1 MB before DynamoDB reaches this limit, it stops the
    /// operation and returns the matching values up to the limit, and a key in
    /// `LastEvaluatedKey` to apply in a subsequent operation to continue the operation.
    /// For more information, see [Working with
    /// Queries](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/QueryAndScan.html)
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
    /// A string that identifies one or more attributes to retrieve from the specified
    /// table or index. These attributes can include scalars, sets, or elements of a
    /// JSON document. The attributes in the expression must be separated by commas.
    ///
    /// If no attribute names are specified, then all attributes will be returned. If
    /// any of the requested attributes are not found, they will not appear in the
    /// result.
    ///
    /// For more information, see [Specifying Item
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
    /// This is a legacy parameter. Use `FilterExpression` instead. For more
    /// information, see
    /// [ScanFilter](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/LegacyConditionalParameters.ScanFilter.html)
    /// in the *Amazon DynamoDB Developer Guide*.
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn scan_filter(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<crate::types::Condition>,
    ) -> Self {
        self.inner = self.inner.scan_filter(key, value);
        self
    }
    /// Sets or clears [`scan_filter`](Self::scan_filter).
    pub fn set_scan_filter(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, crate::types::Condition>,
        >,
    ) -> Self {
        self.inner = self.inner.set_scan_filter(input);
        self
    }
    /// For a parallel `Scan` request, `Segment` identifies an individual segment to be
    /// scanned by an application worker.
    ///
    /// Segment IDs are zero-based, so the first segment is always 0. For example, if
    /// you want to use four application threads to scan a table or an index, then the
    /// first thread specifies a `Segment` value of 0, the second thread specifies 1,
    /// and so on.
    ///
    /// The value of `LastEvaluatedKey` returned from a parallel `Scan` request must be
    /// used as `ExclusiveStartKey` with the same segment ID in a subsequent `Scan`
    /// operation.
    ///
    /// The value for `Segment` must be greater than or equal to 0, and less than the
    /// value provided for `TotalSegments`.
    ///
    /// If you provide `Segment`, you must also provide `TotalSegments`.
    pub fn segment(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.inner = self.inner.segment(input);
        self
    }
    /// Sets or clears [`segment`](Self::segment).
    pub fn set_segment(mut self, input: ::std::option::Option<i64>) -> Self {
        self.inner = self.inner.set_segment(input);
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
    ///   are projected into that index, the operation reads only the index and not the
    ///   table. If any of the requested attributes are not projected into the local
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
    /// The name of the table containing the requested items; or, if you provide
    /// `IndexName`, the name of the table to which that index belongs.
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
    /// For a parallel `Scan` request, `TotalSegments` represents the total number of
    /// segments into which the `Scan` operation will be divided. The value of
    /// `TotalSegments` corresponds to the number of application workers that will
    /// perform the parallel scan. For example, if you want to use four application
    /// threads to scan a table or an index, specify a `TotalSegments` value of 4.
    ///
    /// The value for `TotalSegments` must be greater than or equal to 1, and less than
    /// or equal to 1000000. If you specify a `TotalSegments` value of 1, the `Scan`
    /// operation will be sequential rather than parallel.
    ///
    /// If you specify `TotalSegments`, you must also specify `Segment`.
    pub fn total_segments(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.inner = self.inner.total_segments(input);
        self
    }
    /// Sets or clears [`total_segments`](Self::total_segments).
    pub fn set_total_segments(mut self, input: ::std::option::Option<i64>) -> Self {
        self.inner = self.inner.set_total_segments(input);
        self
    }
    /// Sends the request.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::types::ScanOutput,
        crate::runtime::SdkError<ScanError>,
    > {
        let input = self.inner.build().map_err(crate::runtime::SdkError::Construction)?;
        self.handle
            .invoke::<_, crate::types::ScanOutput, ScanError>(&OPERATION, &input)
            .await
    }
}
impl ScanFluentBuilder {
    /// A paginator over every page of `Scan` (see [`ScanPaginator`]).
    pub fn into_paginator(self) -> ScanPaginator {
        ScanPaginator { builder: self }
    }
}
/// Pages through `Scan`, following `LastEvaluatedKey` → `ExclusiveStartKey`; stops when the token is absent, empty or repeated.
#[derive(::std::clone::Clone, ::std::fmt::Debug)]
pub struct ScanPaginator {
    builder: ScanFluentBuilder,
}
impl ScanPaginator {
    /// Items per page (`Limit`).
    pub fn page_size(mut self, size: impl ::std::convert::Into<i64>) -> Self {
        self.builder = self.builder.limit(size);
        self
    }
    /// A stream of pages (the first page starts from the token set on the builder, if any).
    pub fn send(
        self,
    ) -> crate::runtime::paginator::PageStream<
        crate::types::ScanOutput,
        ScanError,
        ::std::collections::HashMap<::std::string::String, crate::types::AttributeValue>,
    > {
        let first = self.builder.inner.exclusive_start_key.clone();
        let builder = self.builder;
        crate::runtime::paginator::PageStream::new(
            first,
            move |token| builder.clone().set_exclusive_start_key(token).send(),
            |page: &crate::types::ScanOutput| {
                page.last_evaluated_key.as_ref().cloned()
            },
        )
    }
    /// A stream of the `Items` of every page.
    pub fn items(
        self,
    ) -> crate::runtime::paginator::ItemStream<
        crate::types::ScanOutput,
        ScanError,
        ::std::collections::HashMap<::std::string::String, crate::types::AttributeValue>,
        ::std::collections::HashMap<::std::string::String, crate::types::AttributeValue>,
    > {
        self.send()
            .items(|page: crate::types::ScanOutput| page.items.unwrap_or_default())
    }
}
/// Errors of `Scan`: one variant per error the spec or AWS's model lists, plus [`Unhandled`](ScanError::Unhandled).
#[derive(::std::fmt::Debug)]
#[non_exhaustive]
pub enum ScanError {
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
impl crate::runtime::OperationError for ScanError {
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
impl ScanError {
    /// Status, code, message and request id of the response.
    pub fn meta(&self) -> &crate::runtime::ErrorMetadata {
        crate::runtime::OperationError::meta(self)
    }
    /// The error code the service sent, if any.
    pub fn code(&self) -> ::std::option::Option<&str> {
        self.meta().code()
    }
}
impl ::std::fmt::Display for ScanError {
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
impl ::std::error::Error for ScanError {
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
