//! The `BatchGetItem` operation: see [`Client::batch_get_item`](crate::Client::batch_get_item).
const OPERATION: crate::runtime::operation::OperationSpec = crate::runtime::operation::OperationSpec {
    name: "BatchGetItem",
    target: "DynamoDB_20120810.BatchGetItem",
    host_prefix: ::std::option::Option::None,
    unsigned: false,
    endpoint_discovery: false,
    api_version_header: ::std::option::Option::None,
    min_attempt_timeout_secs: ::std::option::Option::None,
    partitions: &[],
};
/// Builds and sends a `BatchGetItem` request; see [`Client::batch_get_item`](crate::Client::batch_get_item).
#[derive(::std::clone::Clone, ::std::fmt::Debug)]
pub struct BatchGetItemFluentBuilder {
    handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    inner: crate::types::builders::BatchGetItemInputBuilder,
}
impl BatchGetItemFluentBuilder {
    pub(crate) fn new(
        handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    ) -> Self {
        BatchGetItemFluentBuilder {
            handle,
            inner: ::std::default::Default::default(),
        }
    }
    /// The input built so far.
    pub fn as_input(&self) -> &crate::types::builders::BatchGetItemInputBuilder {
        &self.inner
    }
    /// A map of one or more table names and, for each table, a map that describes one
    /// or more items to retrieve from that table. Each table name can be used only once
    /// per `BatchGetItem` request.
    ///
    /// Each element in the map of items to retrieve consists of the following:
    ///
    /// - `ConsistentRead` - If `true`, a strongly consistent read is used; if `false`
    ///   (the default), an eventually consistent read is used.
    ///
    /// - `ExpressionAttributeNames` - One or more substitution tokens for attribute
    ///   names in the `ProjectionExpression` parameter. The following are some use
    ///   cases for using `ExpressionAttributeNames`:
    ///   - To access an attribute whose name conflicts with a DynamoDB reserved word.
    ///   - To create a placeholder for repeating occurrences of an attribute name in an
    ///     expression.
    ///   - To prevent special characters in an attribute name from being misinterpreted
    ///     in an expression.
    ///
    ///   Use the **#** character in an expression to dereference an attribute name. For
    ///   example, consider the following attribute name:
    ///   - `Percentile`
    ///
    ///   The name of this attribute conflicts with a reserved word, so it cannot be
    ///   used directly in an expression. (For the complete list of reserved words, see
    ///   [Reserved
    ///   Words](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ReservedWords.html)
    ///   in the *Amazon DynamoDB Developer Guide*). To work around this, you could
    ///   specify the following for `ExpressionAttributeNames`:
    ///   - `{"#P":"Percentile"}`
    ///
    ///   You could then use this substitution in an expression, as in this example:
    ///   - `#P = :val`
    ///
    ///   **Note:** Tokens that begin with the **:** character are *expression attribute
    ///   values*, which are placeholders for the actual value at runtime.
    ///
    ///   For more information about expression attribute names, see [Accessing Item
    ///   Attributes](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.AccessingItemAttributes.html)
    ///   in the *Amazon DynamoDB Developer Guide*.
    ///
    /// - `Keys` - An array of primary key attribute values that define specific items
    ///   in the table. For each primary key, you must provide *all* of the key
    ///   attributes. For example, with a simple primary key, you only need to provide
    ///   the partition key value. For a composite key, you must provide *both* the
    ///   partition key value and the sort key value.
    ///
    /// - `ProjectionExpression` - A string that identifies one or more attributes to
    ///   retrieve from the table. These attributes can include scalars, sets, or
    ///   elements of a JSON document. The attributes in the expression must be
    ///   separated by commas.
    ///
    ///   If no attribute names are specified, then all attributes are returned. If any
    ///   of the requested attributes are not found, they do not appear in the result.
    ///
    ///   For more information, see [Accessing Item
    ///   Attributes](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.AccessingItemAttributes.html)
    ///   in the *Amazon DynamoDB Developer Guide*.
    ///
    /// - `AttributesToGet` - This is a legacy parameter. Use `ProjectionExpression`
    ///   instead. For more information, see
    ///   [AttributesToGet](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/LegacyConditionalParameters.AttributesToGet.html)
    ///   in the *Amazon DynamoDB Developer Guide*.
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn request_items(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<crate::types::KeysAndAttributes>,
    ) -> Self {
        self.inner = self.inner.request_items(key, value);
        self
    }
    /// Sets or clears [`request_items`](Self::request_items).
    pub fn set_request_items(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<
                ::std::string::String,
                crate::types::KeysAndAttributes,
            >,
        >,
    ) -> Self {
        self.inner = self.inner.set_request_items(input);
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
    /// Sends the request.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::types::BatchGetItemOutput,
        crate::runtime::SdkError<BatchGetItemError>,
    > {
        let input = self.inner.build().map_err(crate::runtime::SdkError::Construction)?;
        self.handle
            .invoke::<
                _,
                crate::types::BatchGetItemOutput,
                BatchGetItemError,
            >(&OPERATION, &input)
            .await
    }
}
/// Errors of `BatchGetItem`: one variant per error the spec or AWS's model lists, plus [`Unhandled`](BatchGetItemError::Unhandled).
#[derive(::std::fmt::Debug)]
#[non_exhaustive]
pub enum BatchGetItemError {
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
impl crate::runtime::OperationError for BatchGetItemError {
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
impl BatchGetItemError {
    /// Status, code, message and request id of the response.
    pub fn meta(&self) -> &crate::runtime::ErrorMetadata {
        crate::runtime::OperationError::meta(self)
    }
    /// The error code the service sent, if any.
    pub fn code(&self) -> ::std::option::Option<&str> {
        self.meta().code()
    }
}
impl ::std::fmt::Display for BatchGetItemError {
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
impl ::std::error::Error for BatchGetItemError {
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
