//! The `CreateTable` operation: see [`Client::create_table`](crate::Client::create_table).
const OPERATION: crate::runtime::operation::OperationSpec = crate::runtime::operation::OperationSpec {
    name: "CreateTable",
    target: "DynamoDB_20120810.CreateTable",
    host_prefix: ::std::option::Option::None,
    unsigned: false,
    endpoint_discovery: false,
    api_version_header: ::std::option::Option::None,
    min_attempt_timeout_secs: ::std::option::Option::None,
    partitions: &[],
};
/// Builds and sends a `CreateTable` request; see [`Client::create_table`](crate::Client::create_table).
#[derive(::std::clone::Clone, ::std::fmt::Debug)]
pub struct CreateTableFluentBuilder {
    handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    inner: crate::types::builders::CreateTableInputBuilder,
}
impl CreateTableFluentBuilder {
    pub(crate) fn new(
        handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    ) -> Self {
        CreateTableFluentBuilder {
            handle,
            inner: ::std::default::Default::default(),
        }
    }
    /// The input built so far.
    pub fn as_input(&self) -> &crate::types::builders::CreateTableInputBuilder {
        &self.inner
    }
    /// An array of attributes that describe the key schema for the table and indexes.
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn attribute_definitions(
        mut self,
        input: impl ::std::convert::Into<crate::types::AttributeDefinition>,
    ) -> Self {
        self.inner = self.inner.attribute_definitions(input);
        self
    }
    /// Sets or clears [`attribute_definitions`](Self::attribute_definitions).
    pub fn set_attribute_definitions(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::AttributeDefinition>>,
    ) -> Self {
        self.inner = self.inner.set_attribute_definitions(input);
        self
    }
    /// Controls how you are charged for read and write throughput and how you manage
    /// capacity. This setting can be changed later.
    ///
    /// - `PROVISIONED` - We recommend using `PROVISIONED` for predictable workloads.
    ///   `PROVISIONED` sets the billing mode to [Provisioned
    ///   Mode](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/HowItWorks.ReadWriteCapacityMode.html#HowItWorks.ProvisionedThroughput.Manual).
    /// - `PAY_PER_REQUEST` - We recommend using `PAY_PER_REQUEST` for unpredictable
    ///   workloads. `PAY_PER_REQUEST` sets the billing mode to [On-Demand
    ///   Mode](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/HowItWorks.ReadWriteCapacityMode.html#HowItWorks.OnDemand).
    pub fn billing_mode(
        mut self,
        input: impl ::std::convert::Into<crate::types::BillingMode>,
    ) -> Self {
        self.inner = self.inner.billing_mode(input);
        self
    }
    /// Sets or clears [`billing_mode`](Self::billing_mode).
    pub fn set_billing_mode(
        mut self,
        input: ::std::option::Option<crate::types::BillingMode>,
    ) -> Self {
        self.inner = self.inner.set_billing_mode(input);
        self
    }
    /// Indicates whether deletion protection is to be enabled (true) or disabled
    /// (false) on the table.
    pub fn deletion_protection_enabled(
        mut self,
        input: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.inner = self.inner.deletion_protection_enabled(input);
        self
    }
    /// Sets or clears [`deletion_protection_enabled`](Self::deletion_protection_enabled).
    pub fn set_deletion_protection_enabled(
        mut self,
        input: ::std::option::Option<bool>,
    ) -> Self {
        self.inner = self.inner.set_deletion_protection_enabled(input);
        self
    }
    /// One or more global secondary indexes (the maximum is 20) to be created on the
    /// table. Each global secondary index in the array includes the following:
    ///
    /// - `IndexName` - The name of the global secondary index. Must be unique only for
    ///   this table.
    /// - `KeySchema` - Specifies the key schema for the global secondary index.
    /// - `Projection` - Specifies attributes that are copied (projected) from the table
    ///   into the index. These are in addition to the primary key attributes and index
    ///   key attributes, which are automatically projected. Each attribute
    ///   specification is composed of:
    ///   - `ProjectionType` - One of the following:
    ///     - `KEYS_ONLY` - Only the index and primary keys are projected into the
    ///       index.
    ///     - `INCLUDE` - Only the specified table attributes are projected into the
    ///       index. The list of projected attributes is in `NonKeyAttributes`.
    ///     - `ALL` - All of the table attributes are projected into the index.
    ///   - `NonKeyAttributes` - A list of one or more non-key attribute names that are
    ///     projected into the secondary index. The total count of attributes provided
    ///     in `NonKeyAttributes`, summed across all of the secondary indexes, must not
    ///     exceed 100. If you project the same attribute into two different indexes,
    ///     this counts as two distinct attributes when determining the total.
    /// - `ProvisionedThroughput` - The provisioned throughput settings for the global
    ///   secondary index, consisting of read and write capacity units.
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn global_secondary_indexes(
        mut self,
        input: impl ::std::convert::Into<crate::types::GlobalSecondaryIndex>,
    ) -> Self {
        self.inner = self.inner.global_secondary_indexes(input);
        self
    }
    /// Sets or clears [`global_secondary_indexes`](Self::global_secondary_indexes).
    pub fn set_global_secondary_indexes(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::GlobalSecondaryIndex>>,
    ) -> Self {
        self.inner = self.inner.set_global_secondary_indexes(input);
        self
    }
    /// Specifies the attributes that make up the primary key for a table or an index.
    /// The attributes in `KeySchema` must also be defined in the `AttributeDefinitions`
    /// array. For more information, see [Data
    /// Model](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/DataModel.html)
    /// in the *Amazon DynamoDB Developer Guide*.
    ///
    /// Each `KeySchemaElement` in the array is composed of:
    ///
    /// - `AttributeName` - The name of this key attribute.
    /// - `KeyType` - The role that the key attribute will assume:
    ///   - `HASH` - partition key
    ///   - `RANGE` - sort key
    ///
    /// **Note:** The partition key of an item is also known as its *hash attribute*.
    /// The term "hash attribute" derives from the DynamoDB usage of an internal hash
    /// function to evenly distribute data items across partitions, based on their
    /// partition key values.
    ///
    /// The sort key of an item is also known as its *range attribute*. The term "range
    /// attribute" derives from the way DynamoDB stores items with the same partition
    /// key physically close together, in sorted order by the sort key value.
    ///
    /// For a simple primary key (partition key), you must provide exactly one element
    /// with a `KeyType` of `HASH`.
    ///
    /// For a composite primary key (partition key and sort key), you must provide
    /// exactly two elements, in this order: The first element must have a `KeyType` of
    /// `HASH`, and the second element must have a `KeyType` of `RANGE`.
    ///
    /// For more information, see [Working with
    /// Tables](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/WorkingWithTables.html#WorkingWithTables.primary.key)
    /// in the *Amazon DynamoDB Developer Guide*.
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn key_schema(
        mut self,
        input: impl ::std::convert::Into<crate::types::KeySchemaElement>,
    ) -> Self {
        self.inner = self.inner.key_schema(input);
        self
    }
    /// Sets or clears [`key_schema`](Self::key_schema).
    pub fn set_key_schema(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::KeySchemaElement>>,
    ) -> Self {
        self.inner = self.inner.set_key_schema(input);
        self
    }
    /// One or more local secondary indexes (the maximum is 5) to be created on the
    /// table. Each index is scoped to a given partition key value. There is a 10 GB
    /// size limit per partition key value; otherwise, the size of a local secondary
    /// index is unconstrained.
    ///
    /// Each local secondary index in the array includes the following:
    ///
    /// - `IndexName` - The name of the local secondary index. Must be unique only for
    ///   this table.
    /// - `KeySchema` - Specifies the key schema for the local secondary index. The key
    ///   schema must begin with the same partition key as the table.
    /// - `Projection` - Specifies attributes that are copied (projected) from the table
    ///   into the index. These are in addition to the primary key attributes and index
    ///   key attributes, which are automatically projected. Each attribute
    ///   specification is composed of:
    ///   - `ProjectionType` - One of the following:
    ///     - `KEYS_ONLY` - Only the index and primary keys are projected into the
    ///       index.
    ///     - `INCLUDE` - Only the specified table attributes are projected into the
    ///       index. The list of projected attributes is in `NonKeyAttributes`.
    ///     - `ALL` - All of the table attributes are projected into the index.
    ///   - `NonKeyAttributes` - A list of one or more non-key attribute names that are
    ///     projected into the secondary index. The total count of attributes provided
    ///     in `NonKeyAttributes`, summed across all of the secondary indexes, must not
    ///     exceed 100. If you project the same attribute into two different indexes,
    ///     this counts as two distinct attributes when determining the total.
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn local_secondary_indexes(
        mut self,
        input: impl ::std::convert::Into<crate::types::LocalSecondaryIndex>,
    ) -> Self {
        self.inner = self.inner.local_secondary_indexes(input);
        self
    }
    /// Sets or clears [`local_secondary_indexes`](Self::local_secondary_indexes).
    pub fn set_local_secondary_indexes(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::LocalSecondaryIndex>>,
    ) -> Self {
        self.inner = self.inner.set_local_secondary_indexes(input);
        self
    }
    /// Represents the provisioned throughput settings for a specified table or index.
    /// The settings can be modified using the `UpdateTable` operation.
    ///
    /// If you set BillingMode as `PROVISIONED`, you must specify this property. If you
    /// set BillingMode as `PAY_PER_REQUEST`, you cannot specify this property.
    ///
    /// For current minimum and maximum provisioned throughput values, see [Service,
    /// Account, and Table
    /// Quotas](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Limits.html)
    /// in the *Amazon DynamoDB Developer Guide*.
    pub fn provisioned_throughput(
        mut self,
        input: impl ::std::convert::Into<crate::types::ProvisionedThroughput>,
    ) -> Self {
        self.inner = self.inner.provisioned_throughput(input);
        self
    }
    /// Sets or clears [`provisioned_throughput`](Self::provisioned_throughput).
    pub fn set_provisioned_throughput(
        mut self,
        input: ::std::option::Option<crate::types::ProvisionedThroughput>,
    ) -> Self {
        self.inner = self.inner.set_provisioned_throughput(input);
        self
    }
    /// Represents the settings used to enable server-side encryption.
    pub fn sse_specification(
        mut self,
        input: impl ::std::convert::Into<crate::types::SseSpecification>,
    ) -> Self {
        self.inner = self.inner.sse_specification(input);
        self
    }
    /// Sets or clears [`sse_specification`](Self::sse_specification).
    pub fn set_sse_specification(
        mut self,
        input: ::std::option::Option<crate::types::SseSpecification>,
    ) -> Self {
        self.inner = self.inner.set_sse_specification(input);
        self
    }
    /// The settings for DynamoDB Streams on the table. These settings consist of:
    ///
    /// - `StreamEnabled` - Indicates whether DynamoDB Streams is to be enabled (true)
    ///   or disabled (false).
    /// - `StreamViewType` - When an item in the table is modified, `StreamViewType`
    ///   determines what information is written to the table's stream. Valid values for
    ///   `StreamViewType` are:
    ///   - `KEYS_ONLY` - Only the key attributes of the modified item are written to
    ///     the stream.
    ///   - `NEW_IMAGE` - The entire item, as it appears after it was modified, is
    ///     written to the stream.
    ///   - `OLD_IMAGE` - The entire item, as it appeared before it was modified, is
    ///     written to the stream.
    ///   - `NEW_AND_OLD_IMAGES` - Both the new and the old item images of the item are
    ///     written to the stream.
    pub fn stream_specification(
        mut self,
        input: impl ::std::convert::Into<crate::types::StreamSpecification>,
    ) -> Self {
        self.inner = self.inner.stream_specification(input);
        self
    }
    /// Sets or clears [`stream_specification`](Self::stream_specification).
    pub fn set_stream_specification(
        mut self,
        input: ::std::option::Option<crate::types::StreamSpecification>,
    ) -> Self {
        self.inner = self.inner.set_stream_specification(input);
        self
    }
    /// The table class of the new table. Valid values are `STANDARD` and
    /// `STANDARD_INFREQUENT_ACCESS`.
    pub fn table_class(
        mut self,
        input: impl ::std::convert::Into<crate::types::TableClass>,
    ) -> Self {
        self.inner = self.inner.table_class(input);
        self
    }
    /// Sets or clears [`table_class`](Self::table_class).
    pub fn set_table_class(
        mut self,
        input: ::std::option::Option<crate::types::TableClass>,
    ) -> Self {
        self.inner = self.inner.set_table_class(input);
        self
    }
    /// The name of the table to create.
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
    /// A list of key-value pairs to label the table. For more information, see [Tagging
    /// for
    /// DynamoDB](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Tagging.html).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn tags(mut self, input: impl ::std::convert::Into<crate::types::Tag>) -> Self {
        self.inner = self.inner.tags(input);
        self
    }
    /// Sets or clears [`tags`](Self::tags).
    pub fn set_tags(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::Tag>>,
    ) -> Self {
        self.inner = self.inner.set_tags(input);
        self
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    pub fn global_table_settings_replication_mode(
        mut self,
        input: impl ::std::convert::Into<
            crate::types::GlobalTableSettingsReplicationMode,
        >,
    ) -> Self {
        self.inner = self.inner.global_table_settings_replication_mode(input);
        self
    }
    /// Sets or clears [`global_table_settings_replication_mode`](Self::global_table_settings_replication_mode).
    pub fn set_global_table_settings_replication_mode(
        mut self,
        input: ::std::option::Option<crate::types::GlobalTableSettingsReplicationMode>,
    ) -> Self {
        self.inner = self.inner.set_global_table_settings_replication_mode(input);
        self
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    pub fn global_table_source_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.global_table_source_arn(input);
        self
    }
    /// Sets or clears [`global_table_source_arn`](Self::global_table_source_arn).
    pub fn set_global_table_source_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_global_table_source_arn(input);
        self
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    pub fn on_demand_throughput(
        mut self,
        input: impl ::std::convert::Into<crate::types::OnDemandThroughput>,
    ) -> Self {
        self.inner = self.inner.on_demand_throughput(input);
        self
    }
    /// Sets or clears [`on_demand_throughput`](Self::on_demand_throughput).
    pub fn set_on_demand_throughput(
        mut self,
        input: ::std::option::Option<crate::types::OnDemandThroughput>,
    ) -> Self {
        self.inner = self.inner.set_on_demand_throughput(input);
        self
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    pub fn resource_policy(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.resource_policy(input);
        self
    }
    /// Sets or clears [`resource_policy`](Self::resource_policy).
    pub fn set_resource_policy(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_resource_policy(input);
        self
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn vector_indexes(
        mut self,
        input: impl ::std::convert::Into<crate::types::VectorIndex>,
    ) -> Self {
        self.inner = self.inner.vector_indexes(input);
        self
    }
    /// Sets or clears [`vector_indexes`](Self::vector_indexes).
    pub fn set_vector_indexes(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::VectorIndex>>,
    ) -> Self {
        self.inner = self.inner.set_vector_indexes(input);
        self
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    pub fn warm_throughput(
        mut self,
        input: impl ::std::convert::Into<crate::types::WarmThroughput>,
    ) -> Self {
        self.inner = self.inner.warm_throughput(input);
        self
    }
    /// Sets or clears [`warm_throughput`](Self::warm_throughput).
    pub fn set_warm_throughput(
        mut self,
        input: ::std::option::Option<crate::types::WarmThroughput>,
    ) -> Self {
        self.inner = self.inner.set_warm_throughput(input);
        self
    }
    /// Sends the request.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::types::CreateTableOutput,
        crate::runtime::SdkError<CreateTableError>,
    > {
        let input = self.inner.build().map_err(crate::runtime::SdkError::Construction)?;
        self.handle
            .invoke::<
                _,
                crate::types::CreateTableOutput,
                CreateTableError,
            >(&OPERATION, &input)
            .await
    }
}
/// Errors of `CreateTable`: one variant per error the spec or AWS's model lists, plus [`Unhandled`](CreateTableError::Unhandled).
#[derive(::std::fmt::Debug)]
#[non_exhaustive]
pub enum CreateTableError {
    /// The service returned `InternalServerError`.
    InternalServerError(crate::types::error::InternalServerError),
    /// The service returned `LimitExceededException`.
    LimitExceededException(crate::types::error::LimitExceededException),
    /// The service returned `ResourceInUseException`.
    ResourceInUseException(crate::types::error::ResourceInUseException),
    /// An error neither the spec nor AWS's model lists for this
    /// operation (the code, message, HTTP status and request id are kept).
    Unhandled(crate::runtime::Unhandled),
}
impl crate::runtime::OperationError for CreateTableError {
    fn from_response(meta: crate::runtime::ErrorMetadata, body: &[u8]) -> Self {
        match meta.modelled_code() {
            ::std::option::Option::Some("InternalServerError") => {
                Self::InternalServerError(
                    <crate::types::error::InternalServerError>::from_response(meta, body),
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
            _ => Self::Unhandled(crate::runtime::Unhandled::new(meta)),
        }
    }
    fn meta(&self) -> &crate::runtime::ErrorMetadata {
        match self {
            Self::InternalServerError(e) => e.meta(),
            Self::LimitExceededException(e) => e.meta(),
            Self::ResourceInUseException(e) => e.meta(),
            Self::Unhandled(e) => e.meta(),
        }
    }
    fn with_attempts(mut self, attempts: u32) -> Self {
        match &mut self {
            Self::InternalServerError(e) => e.meta.set_attempts(attempts),
            Self::LimitExceededException(e) => e.meta.set_attempts(attempts),
            Self::ResourceInUseException(e) => e.meta.set_attempts(attempts),
            Self::Unhandled(e) => e.meta_mut().set_attempts(attempts),
        }
        self
    }
}
impl CreateTableError {
    /// Status, code, message and request id of the response.
    pub fn meta(&self) -> &crate::runtime::ErrorMetadata {
        crate::runtime::OperationError::meta(self)
    }
    /// The error code the service sent, if any.
    pub fn code(&self) -> ::std::option::Option<&str> {
        self.meta().code()
    }
}
impl ::std::fmt::Display for CreateTableError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::InternalServerError(e) => ::std::fmt::Display::fmt(e, f),
            Self::LimitExceededException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ResourceInUseException(e) => ::std::fmt::Display::fmt(e, f),
            Self::Unhandled(e) => ::std::fmt::Display::fmt(e, f),
        }
    }
}
impl ::std::error::Error for CreateTableError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::InternalServerError(e) => ::std::option::Option::Some(e),
            Self::LimitExceededException(e) => ::std::option::Option::Some(e),
            Self::ResourceInUseException(e) => ::std::option::Option::Some(e),
            Self::Unhandled(e) => ::std::option::Option::Some(e),
        }
    }
}
