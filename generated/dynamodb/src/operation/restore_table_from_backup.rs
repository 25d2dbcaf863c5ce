//! The `RestoreTableFromBackup` operation: see [`Client::restore_table_from_backup`](crate::Client::restore_table_from_backup).
const OPERATION: crate::runtime::operation::OperationSpec = crate::runtime::operation::OperationSpec {
    name: "RestoreTableFromBackup",
    target: "DynamoDB_20120810.RestoreTableFromBackup",
    host_prefix: ::std::option::Option::None,
    unsigned: false,
    endpoint_discovery: false,
    api_version_header: ::std::option::Option::None,
    min_attempt_timeout_secs: ::std::option::Option::None,
    partitions: &[],
};
/// Builds and sends a `RestoreTableFromBackup` request; see [`Client::restore_table_from_backup`](crate::Client::restore_table_from_backup).
#[derive(::std::clone::Clone, ::std::fmt::Debug)]
pub struct RestoreTableFromBackupFluentBuilder {
    handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    inner: crate::types::builders::RestoreTableFromBackupInputBuilder,
}
impl RestoreTableFromBackupFluentBuilder {
    pub(crate) fn new(
        handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    ) -> Self {
        RestoreTableFromBackupFluentBuilder {
            handle,
            inner: ::std::default::Default::default(),
        }
    }
    /// The input built so far.
    pub fn as_input(
        &self,
    ) -> &crate::types::builders::RestoreTableFromBackupInputBuilder {
        &self.inner
    }
    /// The Amazon Resource Name (ARN) associated with the backup.
    pub fn backup_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.backup_arn(input);
        self
    }
    /// Sets or clears [`backup_arn`](Self::backup_arn).
    pub fn set_backup_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_backup_arn(input);
        self
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
    /// The name of the new table to which the backup must be restored.
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
        crate::types::RestoreTableFromBackupOutput,
        crate::runtime::SdkError<RestoreTableFromBackupError>,
    > {
        let input = self.inner.build().map_err(crate::runtime::SdkError::Construction)?;
        self.handle
            .invoke::<
                _,
                crate::types::RestoreTableFromBackupOutput,
                RestoreTableFromBackupError,
            >(&OPERATION, &input)
            .await
    }
}
/// Errors of `RestoreTableFromBackup`: one variant per error the spec or AWS's model lists, plus [`Unhandled`](RestoreTableFromBackupError::Unhandled).
#[derive(::std::fmt::Debug)]
#[non_exhaustive]
pub enum RestoreTableFromBackupError {
    /// The service returned `BackupInUseException`.
    BackupInUseException(crate::types::error::BackupInUseException),
    /// The service returned `BackupNotFoundException`.
    BackupNotFoundException(crate::types::error::BackupNotFoundException),
    /// The service returned `InternalServerError`.
    InternalServerError(crate::types::error::InternalServerError),
    /// The service returned `LimitExceededException`.
    LimitExceededException(crate::types::error::LimitExceededException),
    /// The service returned `TableAlreadyExistsException`.
    TableAlreadyExistsException(crate::types::error::TableAlreadyExistsException),
    /// The service returned `TableInUseException`.
    TableInUseException(crate::types::error::TableInUseException),
    /// An error neither the spec nor AWS's model lists for this
    /// operation (the code, message, HTTP status and request id are kept).
    Unhandled(crate::runtime::Unhandled),
}
impl crate::runtime::OperationError for RestoreTableFromBackupError {
    fn from_response(meta: crate::runtime::ErrorMetadata, body: &[u8]) -> Self {
        match meta.modelled_code() {
            ::std::option::Option::Some("BackupInUseException") => {
                Self::BackupInUseException(
                    <crate::types::error::BackupInUseException>::from_response(
                        meta,
                        body,
                    ),
                )
            }
            ::std::option::Option::Some("BackupNotFoundException") => {
                Self::BackupNotFoundException(
                    <crate::types::error::BackupNotFoundException>::from_response(
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
            ::std::option::Option::Some("LimitExceededException") => {
                Self::LimitExceededException(
                    <crate::types::error::LimitExceededException>::from_response(
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
            _ => Self::Unhandled(crate::runtime::Unhandled::new(meta)),
        }
    }
    fn meta(&self) -> &crate::runtime::ErrorMetadata {
        match self {
            Self::BackupInUseException(e) => e.meta(),
            Self::BackupNotFoundException(e) => e.meta(),
            Self::InternalServerError(e) => e.meta(),
            Self::LimitExceededException(e) => e.meta(),
            Self::TableAlreadyExistsException(e) => e.meta(),
            Self::TableInUseException(e) => e.meta(),
            Self::Unhandled(e) => e.meta(),
        }
    }
    fn with_attempts(mut self, attempts: u32) -> Self {
        match &mut self {
            Self::BackupInUseException(e) => e.meta.set_attempts(attempts),
            Self::BackupNotFoundException(e) => e.meta.set_attempts(attempts),
            Self::InternalServerError(e) => e.meta.set_attempts(attempts),
            Self::LimitExceededException(e) => e.meta.set_attempts(attempts),
            Self::TableAlreadyExistsException(e) => e.meta.set_attempts(attempts),
            Self::TableInUseException(e) => e.meta.set_attempts(attempts),
            Self::Unhandled(e) => e.meta_mut().set_attempts(attempts),
        }
        self
    }
}
impl RestoreTableFromBackupError {
    /// Status, code, message and request id of the response.
    pub fn meta(&self) -> &crate::runtime::ErrorMetadata {
        crate::runtime::OperationError::meta(self)
    }
    /// The error code the service sent, if any.
    pub fn code(&self) -> ::std::option::Option<&str> {
        self.meta().code()
    }
}
impl ::std::fmt::Display for RestoreTableFromBackupError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::BackupInUseException(e) => ::std::fmt::Display::fmt(e, f),
            Self::BackupNotFoundException(e) => ::std::fmt::Display::fmt(e, f),
            Self::InternalServerError(e) => ::std::fmt::Display::fmt(e, f),
            Self::LimitExceededException(e) => ::std::fmt::Display::fmt(e, f),
            Self::TableAlreadyExistsException(e) => ::std::fmt::Display::fmt(e, f),
            Self::TableInUseException(e) => ::std::fmt::Display::fmt(e, f),
            Self::Unhandled(e) => ::std::fmt::Display::fmt(e, f),
        }
    }
}
impl ::std::error::Error for RestoreTableFromBackupError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::BackupInUseException(e) => ::std::option::Option::Some(e),
            Self::BackupNotFoundException(e) => ::std::option::Option::Some(e),
            Self::InternalServerError(e) => ::std::option::Option::Some(e),
            Self::LimitExceededException(e) => ::std::option::Option::Some(e),
            Self::TableAlreadyExistsException(e) => ::std::option::Option::Some(e),
            Self::TableInUseException(e) => ::std::option::Option::Some(e),
            Self::Unhandled(e) => ::std::option::Option::Some(e),
        }
    }
}
