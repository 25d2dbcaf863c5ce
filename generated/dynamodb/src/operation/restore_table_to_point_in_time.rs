//! The `RestoreTableToPointInTime` operation: see [`Client::restore_table_to_point_in_time`](crate::Client::restore_table_to_point_in_time).
const OPERATION: crate::runtime::operation::OperationSpec = crate::runtime::operation::OperationSpec {
    name: "RestoreTableToPointInTime",
    target: "DynamoDB_20120810.RestoreTableToPointInTime",
    host_prefix: ::std::option::Option::None,
    unsigned: false,
    endpoint_discovery: false,
    api_version_header: ::std::option::Option::None,
    min_attempt_timeout_secs: ::std::option::Option::None,
    partitions: &[],
};
/// Builds and sends a `RestoreTableToPointInTime` request; see [`Client::restore_table_to_point_in_time`](crate::Client::restore_table_to_point_in_time).
#[derive(::std::clone::Clone, ::std::fmt::Debug)]
pub struct RestoreTableToPointInTimeFluentBuilder {
    handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    inner: crate::types::builders::RestoreTableToPointInTimeInputBuilder,
}
impl RestoreTableToPointInTimeFluentBuilder {
    pub(crate) fn new(
        handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    ) -> Self {
        RestoreTableToPointInTimeFluentBuilder {
            handle,
            inner: ::std::default::Default::default(),
        }
    }
    /// The input built so far.
    pub fn as_input(
        &self,
    ) -> &crate::types::builders::RestoreTableToPointInTimeInputBuilder {
        &self.inner
    }
    /// The billing mode of the restored table.
    pub fn billing_mode_override(
        mut self,
        input: impl ::std::convert::Into<crate::types::BillingMode>,
    ) -> Self {
        self.inner = self.inner.billing_mode_override(input);
        self
    }
    /// Sets or clears [`billing_mode_override`](Self::billing_mode_override).
    pub fn set_billing_mode_override(
        mut self,
        input: ::std::option::Option<crate::types::BillingMode>,
    ) -> Self {
        self.inner = self.inner.set_billing_mode_override(input);
        self
    }
    /// List of global secondary indexes for the restored table. The indexes provided
    /// should match existing secondary indexes. You can choose to exclude some or all
    /// of the indexes at the time of restore.
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn global_secondary_index_override(
        mut self,
        input: impl ::std::convert::Into<crate::types::GlobalSecondaryIndex>,
    ) -> Self {
        self.inner = self.inner.global_secondary_index_override(input);
        self
    }
    /// Sets or clears [`global_secondary_index_override`](Self::global_secondary_index_override).
    pub fn set_global_secondary_index_override(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::GlobalSecondaryIndex>>,
    ) -> Self {
        self.inner = self.inner.set_global_secondary_index_override(input);
        self
    }
    /// List of local secondary indexes for the restored table. The indexes provided
    /// should match existing secondary indexes. You can choose to exclude some or all
    /// of the indexes at the time of restore.
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn local_secondary_index_override(
        mut self,
        input: impl ::std::convert::Into<crate::types::LocalSecondaryIndex>,
    ) -> Self {
        self.inner = self.inner.local_secondary_index_override(input);
        self
    }
    /// Sets or clears [`local_secondary_index_override`](Self::local_secondary_index_override).
    pub fn set_local_secondary_index_override(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::LocalSecondaryIndex>>,
    ) -> Self {
        self.inner = self.inner.set_local_secondary_index_override(input);
        self
    }
    /// Provisioned throughput settings for the restored table.
    pub fn provisioned_throughput_override(
        mut self,
        input: impl ::std::convert::Into<crate::types::ProvisionedThroughput>,
    ) -> Self {
        self.inner = self.inner.provisioned_throughput_override(input);
        self
    }
    /// Sets or clears [`provisioned_throughput_override`](Self::provisioned_throughput_override).
    pub fn set_provisioned_throughput_override(
        mut self,
        input: ::std::option::Option<crate::types::ProvisionedThroughput>,
    ) -> Self {
        self.inner = self.inner.set_provisioned_throughput_override(input);
        self
    }
    /// Time in the past to restore the table to.
    pub fn restore_date_time(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.inner = self.inner.restore_date_time(input);
        self
    }
    /// Sets or clears [`restore_date_time`](Self::restore_date_time).
    pub fn set_restore_date_time(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.inner = self.inner.set_restore_date_time(input);
        self
    }
    /// The new server-side encryption settings for the restored table.
    pub fn sse_specification_override(
        mut self,
        input: impl ::std::convert::Into<crate::types::SseSpecification>,
    ) -> Self {
        self.inner = self.inner.sse_specification_override(input);
        self
    }
    /// Sets or clears [`sse_specification_override`](Self::sse_specification_override).
    pub fn set_sse_specification_override(
        mut self,
        input: ::std::option::Option<crate::types::SseSpecification>,
    ) -> Self {
        self.inner = self.inner.set_sse_specification_override(input);
        self
    }
    /// The DynamoDB table that will be restored. This value is an Amazon Resource Name
    /// (ARN).
    pub fn source_table_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.source_table_arn(input);
        self
    }
    /// Sets or clears [`source_table_arn`](Self::source_table_arn).
    pub fn set_source_table_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_source_table_arn(input);
        self
    }
    /// Name of the source table that is being restored.
    pub fn source_table_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.source_table_name(input);
        self
    }
    /// Sets or clears [`source_table_name`](Self::source_table_name).
    pub fn set_source_table_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_source_table_name(input);
        self
    }
    /// The name of the new table to which it must be restored to.
    pub fn target_table_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.target_table_name(input);
        self
    }
    /// Sets or clears [`target_table_name`](Self::target_table_name).
    pub fn set_target_table_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_target_table_name(input);
        self
    }
    /// Restore the table to the latest possible time. `LatestRestorableDateTime` is
    /// typically 5 minutes before the current time.
    pub fn use_latest_restorable_time(
        mut self,
        input: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.inner = self.inner.use_latest_restorable_time(input);
        self
    }
    /// Sets or clears [`use_latest_restorable_time`](Self::use_latest_restorable_time).
    pub fn set_use_latest_restorable_time(
        mut self,
        input: ::std::option::Option<bool>,
    ) -> Self {
        self.inner = self.inner.set_use_latest_restorable_time(input);
        self
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    pub fn on_demand_throughput_override(
        mut self,
        input: impl ::std::convert::Into<crate::types::OnDemandThroughput>,
    ) -> Self {
        self.inner = self.inner.on_demand_throughput_override(input);
        self
    }
    /// Sets or clears [`on_demand_throughput_override`](Self::on_demand_throughput_override).
    pub fn set_on_demand_throughput_override(
        mut self,
        input: ::std::option::Option<crate::types::OnDemandThroughput>,
    ) -> Self {
        self.inner = self.inner.set_on_demand_throughput_override(input);
        self
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn vector_index_override(
        mut self,
        input: impl ::std::convert::Into<crate::types::VectorIndex>,
    ) -> Self {
        self.inner = self.inner.vector_index_override(input);
        self
    }
    /// Sets or clears [`vector_index_override`](Self::vector_index_override).
    pub fn set_vector_index_override(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::VectorIndex>>,
    ) -> Self {
        self.inner = self.inner.set_vector_index_override(input);
        self
    }
    /// Sends the request.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::types::RestoreTableToPointInTimeOutput,
        crate::runtime::SdkError<RestoreTableToPointInTimeError>,
    > {
        let input = self.inner.build().map_err(crate::runtime::SdkError::Construction)?;
        self.handle
            .invoke::<
                _,
                crate::types::RestoreTableToPointInTimeOutput,
                RestoreTableToPointInTimeError,
            >(&OPERATION, &input)
            .await
    }
}
/// Errors of `RestoreTableToPointInTime`: one variant per error the spec or AWS's model lists, plus [`Unhandled`](RestoreTableToPointInTimeError::Unhandled).
#[derive(::std::fmt::Debug)]
#[non_exhaustive]
pub enum RestoreTableToPointInTimeError {
    /// The service returned `InternalServerError`.
    InternalServerError(crate::types::error::InternalServerError),
    /// The service returned `InvalidRestoreTimeException`.
    InvalidRestoreTimeException(crate::types::error::InvalidRestoreTimeException),
    /// The service returned `LimitExceededException`.
    LimitExceededException(crate::types::error::LimitExceededException),
    /// The service returned `PointInTimeRecoveryUnavailableException`.
    PointInTimeRecoveryUnavailableException(
        crate::types::error::PointInTimeRecoveryUnavailableException,
    ),
    /// The service returned `TableAlreadyExistsException`.
    TableAlreadyExistsException(crate::types::error::TableAlreadyExistsException),
    /// The service returned `TableInUseException`.
    TableInUseException(crate::types::error::TableInUseException),
    /// The service returned `TableNotFoundException`.
    TableNotFoundException(crate::types::error::TableNotFoundException),
    /// An error neither the spec nor AWS's model lists for this
    /// operation (the code, message, HTTP status and request id are kept).
    Unhandled(crate::runtime::Unhandled),
}
impl crate::runtime::OperationError for RestoreTableToPointInTimeError {
    fn from_response(meta: crate::runtime::ErrorMetadata, body: &[u8]) -> Self {
        match meta.modelled_code() {
            ::std::option::Option::Some("InternalServerError") => {
                Self::InternalServerError(
                    <crate::types::error::InternalServerError>::from_response(meta, body),
                )
            }
            ::std::option::Option::Some("InvalidRestoreTimeException") => {
                Self::InvalidRestoreTimeException(
                    <crate::types::error::InvalidRestoreTimeException>::from_response(
                        meta,
                        body,
                    ),
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
            ::std::option::Option::Some("PointInTimeRecoveryUnavailableException") => {
                Self::PointInTimeRecoveryUnavailableException(
                    <crate::types::error::PointInTimeRecoveryUnavailableException>::from_response(
                        meta,
                        body,
                    ),
                )
            }
            ::std::option::Option::Some("TableAlreadyExistsException") => {
                Self::TableAlreadyExistsException(
                    <crate::types::error::TableAlreadyExistsException>::from_response(
                        meta,
                        body,
                    ),
                )
            }
            ::std::option::Option::Some("TableInUseException") => {
                Self::TableInUseException(
                    <crate::types::error::TableInUseException>::from_response(meta, body),
                )
            }
            ::std::option::Option::Some("TableNotFoundException") => {
                Self::TableNotFoundException(
                    <crate::types::error::TableNotFoundException>::from_response(
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
            Self::InvalidRestoreTimeException(e) => e.meta(),
            Self::LimitExceededException(e) => e.meta(),
            Self::PointInTimeRecoveryUnavailableException(e) => e.meta(),
            Self::TableAlreadyExistsException(e) => e.meta(),
            Self::TableInUseException(e) => e.meta(),
            Self::TableNotFoundException(e) => e.meta(),
            Self::Unhandled(e) => e.meta(),
        }
    }
    fn with_attempts(mut self, attempts: u32) -> Self {
        match &mut self {
            Self::InternalServerError(e) => e.meta.set_attempts(attempts),
            Self::InvalidRestoreTimeException(e) => e.meta.set_attempts(attempts),
            Self::LimitExceededException(e) => e.meta.set_attempts(attempts),
            Self::PointInTimeRecoveryUnavailableException(e) => {
                e.meta.set_attempts(attempts)
            }
            Self::TableAlreadyExistsException(e) => e.meta.set_attempts(attempts),
            Self::TableInUseException(e) => e.meta.set_attempts(attempts),
            Self::TableNotFoundException(e) => e.meta.set_attempts(attempts),
            Self::Unhandled(e) => e.meta_mut().set_attempts(attempts),
        }
        self
    }
}
impl RestoreTableToPointInTimeError {
    /// Status, code, message and request id of the response.
    pub fn meta(&self) -> &crate::runtime::ErrorMetadata {
        crate::runtime::OperationError::meta(self)
    }
    /// The error code the service sent, if any.
    pub fn code(&self) -> ::std::option::Option<&str> {
        self.meta().code()
    }
}
impl ::std::fmt::Display for RestoreTableToPointInTimeError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::InternalServerError(e) => ::std::fmt::Display::fmt(e, f),
            Self::InvalidRestoreTimeException(e) => ::std::fmt::Display::fmt(e, f),
            Self::LimitExceededException(e) => ::std::fmt::Display::fmt(e, f),
            Self::PointInTimeRecoveryUnavailableException(e) => {
                ::std::fmt::Display::fmt(e, f)
            }
            Self::TableAlreadyExistsException(e) => ::std::fmt::Display::fmt(e, f),
            Self::TableInUseException(e) => ::std::fmt::Display::fmt(e, f),
            Self::TableNotFoundException(e) => ::std::fmt::Display::fmt(e, f),
            Self::Unhandled(e) => ::std::fmt::Display::fmt(e, f),
        }
    }
}
impl ::std::error::Error for RestoreTableToPointInTimeError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::InternalServerError(e) => ::std::option::Option::Some(e),
            Self::InvalidRestoreTimeException(e) => ::std::option::Option::Some(e),
            Self::LimitExceededException(e) => ::std::option::Option::Some(e),
            Self::PointInTimeRecoveryUnavailableException(e) => {
                ::std::option::Option::Some(e)
            }
            Self::TableAlreadyExistsException(e) => ::std::option::Option::Some(e),
            Self::TableInUseException(e) => ::std::option::Option::Some(e),
            Self::TableNotFoundException(e) => ::std::option::Option::Some(e),
            Self::Unhandled(e) => ::std::option::Option::Some(e),
        }
    }
}
