//! The `UpdateTable` operation: see [`Client::update_table`](crate::Client::update_table).
const OPERATION: crate::runtime::operation::OperationSpec = crate::runtime::operation::OperationSpec {
    name: "UpdateTable",
    target: "DynamoDB_20120810.UpdateTable",
    host_prefix: ::std::option::Option::None,
    unsigned: false,
    endpoint_discovery: false,
    api_version_header: ::std::option::Option::None,
    min_attempt_timeout_secs: ::std::option::Option::None,
    partitions: &[],
};
/// Builds and sends a `UpdateTable` request; see [`Client::update_table`](crate::Client::update_table).
#[derive(::std::clone::Clone, ::std::fmt::Debug)]
pub struct UpdateTableFluentBuilder {
    handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    inner: crate::types::builders::UpdateTableInputBuilder,
}
impl UpdateTableFluentBuilder {
    pub(crate) fn new(
        handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    ) -> Self {
        UpdateTableFluentBuilder {
            handle,
            inner: ::std::default::Default::default(),
        }
    }
    /// The input built so far.
    pub fn as_input(&self) -> &crate::types::builders::UpdateTableInputBuilder {
        &self.inner
    }
    /// An array of attributes that describe the key schema for the table and indexes.
    /// If you are adding a new global secondary index to the table,
    /// `AttributeDefinitions` must include the key element(s) of the new index.
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
    /// capacity. When switching from pay-per-request to provisioned capacity, initial
    /// provisioned capacity values must be set. The initial provisioned capacity values
    /// are estimated based on the consumed read and write capacity of your table and
    /// global secondary indexes over the past 30 minutes.
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
    /// An array of one or more global secondary indexes for the table. For each index
    /// in the array, you can request one action:
    ///
    /// - `Create` - add a new global secondary index to the table.
    /// - `Update` - modify the provisioned throughput settings of an existing global
    ///   secondary index.
    /// - `Delete` - remove a global secondary index from the table.
    ///
    /// You can create or delete only one global secondary index per `UpdateTable`
    /// operation.
    ///
    /// For more information, see [Managing Global Secondary
    /// Indexes](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/GSI.OnlineOps.html)
    /// in the *Amazon DynamoDB Developer Guide*.
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn global_secondary_index_updates(
        mut self,
        input: impl ::std::convert::Into<crate::types::GlobalSecondaryIndexUpdate>,
    ) -> Self {
        self.inner = self.inner.global_secondary_index_updates(input);
        self
    }
    /// Sets or clears [`global_secondary_index_updates`](Self::global_secondary_index_updates).
    pub fn set_global_secondary_index_updates(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<crate::types::GlobalSecondaryIndexUpdate>,
        >,
    ) -> Self {
        self.inner = self.inner.set_global_secondary_index_updates(input);
        self
    }
    /// The new provisioned throughput settings for the specified table or index.
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
    /// A list of replica update actions (create, delete, or update) for the table.
    ///
    /// **Note:** This property only applies to [Version 2019.11.21
    /// (Current)](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/globaltables.V2.html)
    /// of global tables.
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn replica_updates(
        mut self,
        input: impl ::std::convert::Into<crate::types::ReplicationGroupUpdate>,
    ) -> Self {
        self.inner = self.inner.replica_updates(input);
        self
    }
    /// Sets or clears [`replica_updates`](Self::replica_updates).
    pub fn set_replica_updates(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<crate::types::ReplicationGroupUpdate>,
        >,
    ) -> Self {
        self.inner = self.inner.set_replica_updates(input);
        self
    }
    /// The new server-side encryption settings for the specified table.
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
    /// Represents the DynamoDB Streams configuration for the table.
    ///
    /// **Note:** You receive a `ResourceInUseException` if you try to enable a stream
    /// on a table that already has a stream, or if you try to disable a stream on a
    /// table that doesn't have a stream.
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
    /// The table class of the table to be updated. Valid values are `STANDARD` and
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
    /// The name of the table to be updated.
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
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    pub fn disassociation_protection_enabled(
        mut self,
        input: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.inner = self.inner.disassociation_protection_enabled(input);
        self
    }
    /// Sets or clears [`disassociation_protection_enabled`](Self::disassociation_protection_enabled).
    pub fn set_disassociation_protection_enabled(
        mut self,
        input: ::std::option::Option<bool>,
    ) -> Self {
        self.inner = self.inner.set_disassociation_protection_enabled(input);
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
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn global_table_witness_updates(
        mut self,
        input: impl ::std::convert::Into<crate::types::GlobalTableWitnessGroupUpdate>,
    ) -> Self {
        self.inner = self.inner.global_table_witness_updates(input);
        self
    }
    /// Sets or clears [`global_table_witness_updates`](Self::global_table_witness_updates).
    pub fn set_global_table_witness_updates(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<crate::types::GlobalTableWitnessGroupUpdate>,
        >,
    ) -> Self {
        self.inner = self.inner.set_global_table_witness_updates(input);
        self
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    pub fn multi_region_consistency(
        mut self,
        input: impl ::std::convert::Into<crate::types::MultiRegionConsistency>,
    ) -> Self {
        self.inner = self.inner.multi_region_consistency(input);
        self
    }
    /// Sets or clears [`multi_region_consistency`](Self::multi_region_consistency).
    pub fn set_multi_region_consistency(
        mut self,
        input: ::std::option::Option<crate::types::MultiRegionConsistency>,
    ) -> Self {
        self.inner = self.inner.set_multi_region_consistency(input);
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
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn vector_index_updates(
        mut self,
        input: impl ::std::convert::Into<crate::types::VectorIndexUpdate>,
    ) -> Self {
        self.inner = self.inner.vector_index_updates(input);
        self
    }
    /// Sets or clears [`vector_index_updates`](Self::vector_index_updates).
    pub fn set_vector_index_updates(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::VectorIndexUpdate>>,
    ) -> Self {
        self.inner = self.inner.set_vector_index_updates(input);
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
        crate::types::UpdateTableOutput,
        crate::runtime::SdkError<UpdateTableError>,
    > {
        let input = self.inner.build().map_err(crate::runtime::SdkError::Construction)?;
        self.handle
            .invoke::<
                _,
                crate::types::UpdateTableOutput,
                UpdateTableError,
            >(&OPERATION, &input)
            .await
    }
}
/// Errors of `UpdateTable`: one variant per error the spec or AWS's model lists, plus [`Unhandled`](UpdateTableError::Unhandled).
#[derive(::std::fmt::Debug)]
#[non_exhaustive]
pub enum UpdateTableError {
    /// The service returned `InternalServerError`.
    InternalServerError(crate::types::error::InternalServerError),
    /// The service returned `LimitExceededException`.
    LimitExceededException(crate::types::error::LimitExceededException),
    /// The service returned `ResourceInUseException`.
    ResourceInUseException(crate::types::error::ResourceInUseException),
    /// The service returned `ResourceNotFoundException`.
    ResourceNotFoundException(crate::types::error::ResourceNotFoundException),
    /// An error neither the spec nor AWS's model lists for this
    /// operation (the code, message, HTTP status and request id are kept).
    Unhandled(crate::runtime::Unhandled),
}
impl crate::runtime::OperationError for UpdateTableError {
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
            ::std::option::Option::Some("ResourceNotFoundException") => {
                Self::ResourceNotFoundException(
                    <crate::types::error::ResourceNotFoundException>::from_response(
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
            Self::ResourceNotFoundException(e) => e.meta(),
            Self::Unhandled(e) => e.meta(),
        }
    }
    fn with_attempts(mut self, attempts: u32) -> Self {
        match &mut self {
            Self::InternalServerError(e) => e.meta.set_attempts(attempts),
            Self::LimitExceededException(e) => e.meta.set_attempts(attempts),
            Self::ResourceInUseException(e) => e.meta.set_attempts(attempts),
            Self::ResourceNotFoundException(e) => e.meta.set_attempts(attempts),
            Self::Unhandled(e) => e.meta_mut().set_attempts(attempts),
        }
        self
    }
}
impl UpdateTableError {
    /// Status, code, message and request id of the response.
    pub fn meta(&self) -> &crate::runtime::ErrorMetadata {
        crate::runtime::OperationError::meta(self)
    }
    /// The error code the service sent, if any.
    pub fn code(&self) -> ::std::option::Option<&str> {
        self.meta().code()
    }
}
impl ::std::fmt::Display for UpdateTableError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::InternalServerError(e) => ::std::fmt::Display::fmt(e, f),
            Self::LimitExceededException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ResourceInUseException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ResourceNotFoundException(e) => ::std::fmt::Display::fmt(e, f),
            Self::Unhandled(e) => ::std::fmt::Display::fmt(e, f),
        }
    }
}
impl ::std::error::Error for UpdateTableError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::InternalServerError(e) => ::std::option::Option::Some(e),
            Self::LimitExceededException(e) => ::std::option::Option::Some(e),
            Self::ResourceInUseException(e) => ::std::option::Option::Some(e),
            Self::ResourceNotFoundException(e) => ::std::option::Option::Some(e),
            Self::Unhandled(e) => ::std::option::Option::Some(e),
        }
    }
}
