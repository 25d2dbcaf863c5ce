//! The `UpdateTableReplicaAutoScaling` operation: see [`Client::update_table_replica_auto_scaling`](crate::Client::update_table_replica_auto_scaling).
const OPERATION: crate::runtime::operation::OperationSpec = crate::runtime::operation::OperationSpec {
    name: "UpdateTableReplicaAutoScaling",
    target: "DynamoDB_20120810.UpdateTableReplicaAutoScaling",
    host_prefix: ::std::option::Option::None,
    unsigned: false,
    endpoint_discovery: false,
    api_version_header: ::std::option::Option::None,
    min_attempt_timeout_secs: ::std::option::Option::None,
    partitions: &[],
};
/// Builds and sends a `UpdateTableReplicaAutoScaling` request; see [`Client::update_table_replica_auto_scaling`](crate::Client::update_table_replica_auto_scaling).
#[derive(::std::clone::Clone, ::std::fmt::Debug)]
pub struct UpdateTableReplicaAutoScalingFluentBuilder {
    handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    inner: crate::types::builders::UpdateTableReplicaAutoScalingInputBuilder,
}
impl UpdateTableReplicaAutoScalingFluentBuilder {
    pub(crate) fn new(
        handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    ) -> Self {
        UpdateTableReplicaAutoScalingFluentBuilder {
            handle,
            inner: ::std::default::Default::default(),
        }
    }
    /// The input built so far.
    pub fn as_input(
        &self,
    ) -> &crate::types::builders::UpdateTableReplicaAutoScalingInputBuilder {
        &self.inner
    }
    /// Represents the auto scaling settings of the global secondary indexes of the
    /// replica to be updated.
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn global_secondary_index_updates(
        mut self,
        input: impl ::std::convert::Into<
            crate::types::GlobalSecondaryIndexAutoScalingUpdate,
        >,
    ) -> Self {
        self.inner = self.inner.global_secondary_index_updates(input);
        self
    }
    /// Sets or clears [`global_secondary_index_updates`](Self::global_secondary_index_updates).
    pub fn set_global_secondary_index_updates(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<crate::types::GlobalSecondaryIndexAutoScalingUpdate>,
        >,
    ) -> Self {
        self.inner = self.inner.set_global_secondary_index_updates(input);
        self
    }
    pub fn provisioned_write_capacity_auto_scaling_update(
        mut self,
        input: impl ::std::convert::Into<crate::types::AutoScalingSettingsUpdate>,
    ) -> Self {
        self.inner = self.inner.provisioned_write_capacity_auto_scaling_update(input);
        self
    }
    /// Sets or clears [`provisioned_write_capacity_auto_scaling_update`](Self::provisioned_write_capacity_auto_scaling_update).
    pub fn set_provisioned_write_capacity_auto_scaling_update(
        mut self,
        input: ::std::option::Option<crate::types::AutoScalingSettingsUpdate>,
    ) -> Self {
        self.inner = self
            .inner
            .set_provisioned_write_capacity_auto_scaling_update(input);
        self
    }
    /// Represents the auto scaling settings of replicas of the table that will be
    /// modified.
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn replica_updates(
        mut self,
        input: impl ::std::convert::Into<crate::types::ReplicaAutoScalingUpdate>,
    ) -> Self {
        self.inner = self.inner.replica_updates(input);
        self
    }
    /// Sets or clears [`replica_updates`](Self::replica_updates).
    pub fn set_replica_updates(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<crate::types::ReplicaAutoScalingUpdate>,
        >,
    ) -> Self {
        self.inner = self.inner.set_replica_updates(input);
        self
    }
    /// The name of the global table to be updated.
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
        crate::types::UpdateTableReplicaAutoScalingOutput,
        crate::runtime::SdkError<UpdateTableReplicaAutoScalingError>,
    > {
        let input = self.inner.build().map_err(crate::runtime::SdkError::Construction)?;
        self.handle
            .invoke::<
                _,
                crate::types::UpdateTableReplicaAutoScalingOutput,
                UpdateTableReplicaAutoScalingError,
            >(&OPERATION, &input)
            .await
    }
}
/// Errors of `UpdateTableReplicaAutoScaling`: one variant per error the spec or AWS's model lists, plus [`Unhandled`](UpdateTableReplicaAutoScalingError::Unhandled).
#[derive(::std::fmt::Debug)]
#[non_exhaustive]
pub enum UpdateTableReplicaAutoScalingError {
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
impl crate::runtime::OperationError for UpdateTableReplicaAutoScalingError {
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
impl UpdateTableReplicaAutoScalingError {
    /// Status, code, message and request id of the response.
    pub fn meta(&self) -> &crate::runtime::ErrorMetadata {
        crate::runtime::OperationError::meta(self)
    }
    /// The error code the service sent, if any.
    pub fn code(&self) -> ::std::option::Option<&str> {
        self.meta().code()
    }
}
impl ::std::fmt::Display for UpdateTableReplicaAutoScalingError {
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
impl ::std::error::Error for UpdateTableReplicaAutoScalingError {
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
