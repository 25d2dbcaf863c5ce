//! The `UpdateGlobalTableSettings` operation: see [`Client::update_global_table_settings`](crate::Client::update_global_table_settings).
const OPERATION: crate::runtime::operation::OperationSpec = crate::runtime::operation::OperationSpec {
    name: "UpdateGlobalTableSettings",
    target: "DynamoDB_20120810.UpdateGlobalTableSettings",
    host_prefix: ::std::option::Option::None,
    unsigned: false,
    endpoint_discovery: false,
    api_version_header: ::std::option::Option::None,
    min_attempt_timeout_secs: ::std::option::Option::None,
    partitions: &[],
};
/// Builds and sends a `UpdateGlobalTableSettings` request; see [`Client::update_global_table_settings`](crate::Client::update_global_table_settings).
#[derive(::std::clone::Clone, ::std::fmt::Debug)]
pub struct UpdateGlobalTableSettingsFluentBuilder {
    handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    inner: crate::types::builders::UpdateGlobalTableSettingsInputBuilder,
}
impl UpdateGlobalTableSettingsFluentBuilder {
    pub(crate) fn new(
        handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    ) -> Self {
        UpdateGlobalTableSettingsFluentBuilder {
            handle,
            inner: ::std::default::Default::default(),
        }
    }
    /// The input built so far.
    pub fn as_input(
        &self,
    ) -> &crate::types::builders::UpdateGlobalTableSettingsInputBuilder {
        &self.inner
    }
    /// The billing mode of the global table. If `GlobalTableBillingMode` is not
    /// specified, the global table defaults to `PROVISIONED` capacity billing mode.
    ///
    /// - `PROVISIONED` - We recommend using `PROVISIONED` for predictable workloads.
    ///   `PROVISIONED` sets the billing mode to [Provisioned
    ///   Mode](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/HowItWorks.ReadWriteCapacityMode.html#HowItWorks.ProvisionedThroughput.Manual).
    /// - `PAY_PER_REQUEST` - We recommend using `PAY_PER_REQUEST` for unpredictable
    ///   workloads. `PAY_PER_REQUEST` sets the billing mode to [On-Demand
    ///   Mode](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/HowItWorks.ReadWriteCapacityMode.html#HowItWorks.OnDemand).
    pub fn global_table_billing_mode(
        mut self,
        input: impl ::std::convert::Into<crate::types::BillingMode>,
    ) -> Self {
        self.inner = self.inner.global_table_billing_mode(input);
        self
    }
    /// Sets or clears [`global_table_billing_mode`](Self::global_table_billing_mode).
    pub fn set_global_table_billing_mode(
        mut self,
        input: ::std::option::Option<crate::types::BillingMode>,
    ) -> Self {
        self.inner = self.inner.set_global_table_billing_mode(input);
        self
    }
    /// Represents the settings of a global secondary index for a global table that will
    /// be modified.
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn global_table_global_secondary_index_settings_update(
        mut self,
        input: impl ::std::convert::Into<
            crate::types::GlobalTableGlobalSecondaryIndexSettingsUpdate,
        >,
    ) -> Self {
        self.inner = self
            .inner
            .global_table_global_secondary_index_settings_update(input);
        self
    }
    /// Sets or clears [`global_table_global_secondary_index_settings_update`](Self::global_table_global_secondary_index_settings_update).
    pub fn set_global_table_global_secondary_index_settings_update(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<crate::types::GlobalTableGlobalSecondaryIndexSettingsUpdate>,
        >,
    ) -> Self {
        self.inner = self
            .inner
            .set_global_table_global_secondary_index_settings_update(input);
        self
    }
    /// The name of the global table
    pub fn global_table_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.global_table_name(input);
        self
    }
    /// Sets or clears [`global_table_name`](Self::global_table_name).
    pub fn set_global_table_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_global_table_name(input);
        self
    }
    /// Auto scaling settings for managing provisioned write capacity for the global
    /// table.
    pub fn global_table_provisioned_write_capacity_auto_scaling_settings_update(
        mut self,
        input: impl ::std::convert::Into<crate::types::AutoScalingSettingsUpdate>,
    ) -> Self {
        self.inner = self
            .inner
            .global_table_provisioned_write_capacity_auto_scaling_settings_update(input);
        self
    }
    /// Sets or clears [`global_table_provisioned_write_capacity_auto_scaling_settings_update`](Self::global_table_provisioned_write_capacity_auto_scaling_settings_update).
    pub fn set_global_table_provisioned_write_capacity_auto_scaling_settings_update(
        mut self,
        input: ::std::option::Option<crate::types::AutoScalingSettingsUpdate>,
    ) -> Self {
        self.inner = self
            .inner
            .set_global_table_provisioned_write_capacity_auto_scaling_settings_update(
                input,
            );
        self
    }
    /// The maximum number of writes consumed per second before DynamoDB returns a
    /// `ThrottlingException.`
    pub fn global_table_provisioned_write_capacity_units(
        mut self,
        input: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.inner = self.inner.global_table_provisioned_write_capacity_units(input);
        self
    }
    /// Sets or clears [`global_table_provisioned_write_capacity_units`](Self::global_table_provisioned_write_capacity_units).
    pub fn set_global_table_provisioned_write_capacity_units(
        mut self,
        input: ::std::option::Option<i64>,
    ) -> Self {
        self.inner = self.inner.set_global_table_provisioned_write_capacity_units(input);
        self
    }
    /// Represents the settings for a global table in a Region that will be modified.
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn replica_settings_update(
        mut self,
        input: impl ::std::convert::Into<crate::types::ReplicaSettingsUpdate>,
    ) -> Self {
        self.inner = self.inner.replica_settings_update(input);
        self
    }
    /// Sets or clears [`replica_settings_update`](Self::replica_settings_update).
    pub fn set_replica_settings_update(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<crate::types::ReplicaSettingsUpdate>,
        >,
    ) -> Self {
        self.inner = self.inner.set_replica_settings_update(input);
        self
    }
    /// Sends the request.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::types::UpdateGlobalTableSettingsOutput,
        crate::runtime::SdkError<UpdateGlobalTableSettingsError>,
    > {
        let input = self.inner.build().map_err(crate::runtime::SdkError::Construction)?;
        self.handle
            .invoke::<
                _,
                crate::types::UpdateGlobalTableSettingsOutput,
                UpdateGlobalTableSettingsError,
            >(&OPERATION, &input)
            .await
    }
}
/// Errors of `UpdateGlobalTableSettings`: one variant per error the spec or AWS's model lists, plus [`Unhandled`](UpdateGlobalTableSettingsError::Unhandled).
#[derive(::std::fmt::Debug)]
#[non_exhaustive]
pub enum UpdateGlobalTableSettingsError {
    /// The service returned `GlobalTableNotFoundException`.
    GlobalTableNotFoundException(crate::types::error::GlobalTableNotFoundException),
    /// The service returned `IndexNotFoundException`.
    IndexNotFoundException(crate::types::error::IndexNotFoundException),
    /// The service returned `InternalServerError`.
    InternalServerError(crate::types::error::InternalServerError),
    /// The service returned `LimitExceededException`.
    LimitExceededException(crate::types::error::LimitExceededException),
    /// The service returned `ReplicaNotFoundException`.
    ReplicaNotFoundException(crate::types::error::ReplicaNotFoundException),
    /// The service returned `ResourceInUseException`.
    ResourceInUseException(crate::types::error::ResourceInUseException),
    /// An error neither the spec nor AWS's model lists for this
    /// operation (the code, message, HTTP status and request id are kept).
    Unhandled(crate::runtime::Unhandled),
}
impl crate::runtime::OperationError for UpdateGlobalTableSettingsError {
    fn from_response(meta: crate::runtime::ErrorMetadata, body: &[u8]) -> Self {
        match meta.modelled_code() {
            ::std::option::Option::Some("GlobalTableNotFoundException") => {
                Self::GlobalTableNotFoundException(
                    <crate::types::error::GlobalTableNotFoundException>::from_response(
                        meta,
                        body,
                    ),
                )
            }
            ::std::option::Option::Some("IndexNotFoundException") => {
                Self::IndexNotFoundException(
                    <crate::types::error::IndexNotFoundException>::from_response(
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
            ::std::option::Option::Some("ReplicaNotFoundException") => {
                Self::ReplicaNotFoundException(
                    <crate::types::error::ReplicaNotFoundException>::from_response(
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
            Self::GlobalTableNotFoundException(e) => e.meta(),
            Self::IndexNotFoundException(e) => e.meta(),
            Self::InternalServerError(e) => e.meta(),
            Self::LimitExceededException(e) => e.meta(),
            Self::ReplicaNotFoundException(e) => e.meta(),
            Self::ResourceInUseException(e) => e.meta(),
            Self::Unhandled(e) => e.meta(),
        }
    }
    fn with_attempts(mut self, attempts: u32) -> Self {
        match &mut self {
            Self::GlobalTableNotFoundException(e) => e.meta.set_attempts(attempts),
            Self::IndexNotFoundException(e) => e.meta.set_attempts(attempts),
            Self::InternalServerError(e) => e.meta.set_attempts(attempts),
            Self::LimitExceededException(e) => e.meta.set_attempts(attempts),
            Self::ReplicaNotFoundException(e) => e.meta.set_attempts(attempts),
            Self::ResourceInUseException(e) => e.meta.set_attempts(attempts),
            Self::Unhandled(e) => e.meta_mut().set_attempts(attempts),
        }
        self
    }
}
impl UpdateGlobalTableSettingsError {
    /// Status, code, message and request id of the response.
    pub fn meta(&self) -> &crate::runtime::ErrorMetadata {
        crate::runtime::OperationError::meta(self)
    }
    /// The error code the service sent, if any.
    pub fn code(&self) -> ::std::option::Option<&str> {
        self.meta().code()
    }
}
impl ::std::fmt::Display for UpdateGlobalTableSettingsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::GlobalTableNotFoundException(e) => ::std::fmt::Display::fmt(e, f),
            Self::IndexNotFoundException(e) => ::std::fmt::Display::fmt(e, f),
            Self::InternalServerError(e) => ::std::fmt::Display::fmt(e, f),
            Self::LimitExceededException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ReplicaNotFoundException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ResourceInUseException(e) => ::std::fmt::Display::fmt(e, f),
            Self::Unhandled(e) => ::std::fmt::Display::fmt(e, f),
        }
    }
}
impl ::std::error::Error for UpdateGlobalTableSettingsError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::GlobalTableNotFoundException(e) => ::std::option::Option::Some(e),
            Self::IndexNotFoundException(e) => ::std::option::Option::Some(e),
            Self::InternalServerError(e) => ::std::option::Option::Some(e),
            Self::LimitExceededException(e) => ::std::option::Option::Some(e),
            Self::ReplicaNotFoundException(e) => ::std::option::Option::Some(e),
            Self::ResourceInUseException(e) => ::std::option::Option::Some(e),
            Self::Unhandled(e) => ::std::option::Option::Some(e),
        }
    }
}
