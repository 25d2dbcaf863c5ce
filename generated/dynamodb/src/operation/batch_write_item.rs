//! The `BatchWriteItem` operation: see [`Client::batch_write_item`](crate::Client::batch_write_item).
const OPERATION: crate::runtime::operation::OperationSpec = crate::runtime::operation::OperationSpec {
    name: "BatchWriteItem",
    target: "DynamoDB_20120810.BatchWriteItem",
    host_prefix: ::std::option::Option::None,
    unsigned: false,
    endpoint_discovery: false,
    api_version_header: ::std::option::Option::None,
    min_attempt_timeout_secs: ::std::option::Option::None,
    partitions: &[],
};
/// Builds and sends a `BatchWriteItem` request; see [`Client::batch_write_item`](crate::Client::batch_write_item).
#[derive(::std::clone::Clone, ::std::fmt::Debug)]
pub struct BatchWriteItemFluentBuilder {
    handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    inner: crate::types::builders::BatchWriteItemInputBuilder,
}
impl BatchWriteItemFluentBuilder {
    pub(crate) fn new(
        handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    ) -> Self {
        BatchWriteItemFluentBuilder {
            handle,
            inner: ::std::default::Default::default(),
        }
    }
    /// The input built so far.
    pub fn as_input(&self) -> &crate::types::builders::BatchWriteItemInputBuilder {
        &self.inner
    }
    /// A map of one or more table names and, for each table, a list of operations to be
    /// performed (`DeleteRequest` or `PutRequest`). Each element in the map consists of
    /// the following:
    ///
    /// - `DeleteRequest` - Perform a `DeleteItem` operation on the specified item. The
    ///   item to be deleted is identified by a `Key` subelement:
    ///   - `Key` - A map of primary key attribute values that uniquely identify the
    ///     item. Each entry in this map consists of an attribute name and an attribute
    ///     value. For each primary key, you must provide *all* of the key attributes.
    ///     For example, with a simple primary key, you only need to provide a value for
    ///     the partition key. For a composite primary key, you must provide values for
    ///     *both* the partition key and the sort key.
    /// - `PutRequest` - Perform a `PutItem` operation on the specified item. The item
    ///   to be put is identified by an `Item` subelement:
    ///   - `Item` - A map of attributes and their values. Each entry in this map
    ///     consists of an attribute name and an attribute value. Attribute values must
    ///     not be null; string and binary type attributes must have lengths greater
    ///     than zero; and set type attributes must not be empty. Requests that contain
    ///     empty values are rejected with a `ValidationException` exception.
    ///
    ///     If you specify any attributes that are part of an index key, then the data
    ///     types for those attributes must match those of the schema in the table's
    ///     attribute definition.
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn request_items(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::std::vec::Vec<crate::types::WriteRequest>>,
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
                ::std::vec::Vec<crate::types::WriteRequest>,
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
    /// Sends the request.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::types::BatchWriteItemOutput,
        crate::runtime::SdkError<BatchWriteItemError>,
    > {
        let input = self.inner.build().map_err(crate::runtime::SdkError::Construction)?;
        self.handle
            .invoke::<
                _,
                crate::types::BatchWriteItemOutput,
                BatchWriteItemError,
            >(&OPERATION, &input)
            .await
    }
}
/// Errors of `BatchWriteItem`: one variant per error the spec or AWS's model lists, plus [`Unhandled`](BatchWriteItemError::Unhandled).
#[derive(::std::fmt::Debug)]
#[non_exhaustive]
pub enum BatchWriteItemError {
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
    /// An error neither the spec nor AWS's model lists for this
    /// operation (the code, message, HTTP status and request id are kept).
    Unhandled(crate::runtime::Unhandled),
}
impl crate::runtime::OperationError for BatchWriteItemError {
    fn from_response(meta: crate::runtime::ErrorMetadata, body: &[u8]) -> Self {
        match meta.modelled_code() {
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
            _ => Self::Unhandled(crate::runtime::Unhandled::new(meta)),
        }
    }
    fn meta(&self) -> &crate::runtime::ErrorMetadata {
        match self {
            Self::InternalServerError(e) => e.meta(),
            Self::ItemCollectionSizeLimitExceededException(e) => e.meta(),
            Self::ProvisionedThroughputExceededException(e) => e.meta(),
            Self::ReplicatedWriteConflictException(e) => e.meta(),
            Self::RequestLimitExceeded(e) => e.meta(),
            Self::ResourceNotFoundException(e) => e.meta(),
            Self::ThrottlingException(e) => e.meta(),
            Self::Unhandled(e) => e.meta(),
        }
    }
    fn with_attempts(mut self, attempts: u32) -> Self {
        match &mut self {
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
            Self::Unhandled(e) => e.meta_mut().set_attempts(attempts),
        }
        self
    }
}
impl BatchWriteItemError {
    /// Status, code, message and request id of the response.
    pub fn meta(&self) -> &crate::runtime::ErrorMetadata {
        crate::runtime::OperationError::meta(self)
    }
    /// The error code the service sent, if any.
    pub fn code(&self) -> ::std::option::Option<&str> {
        self.meta().code()
    }
}
impl ::std::fmt::Display for BatchWriteItemError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
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
            Self::Unhandled(e) => ::std::fmt::Display::fmt(e, f),
        }
    }
}
impl ::std::error::Error for BatchWriteItemError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        match self {
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
            Self::Unhandled(e) => ::std::option::Option::Some(e),
        }
    }
}
