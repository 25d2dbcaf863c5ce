//! The `UpdateContinuousBackups` operation: see [`Client::update_continuous_backups`](crate::Client::update_continuous_backups).
const OPERATION: crate::runtime::operation::OperationSpec = crate::runtime::operation::OperationSpec {
    name: "UpdateContinuousBackups",
    target: "DynamoDB_20120810.UpdateContinuousBackups",
    host_prefix: ::std::option::Option::None,
    unsigned: false,
    endpoint_discovery: false,
    api_version_header: ::std::option::Option::None,
    min_attempt_timeout_secs: ::std::option::Option::None,
    partitions: &[],
};
/// Builds and sends a `UpdateContinuousBackups` request; see [`Client::update_continuous_backups`](crate::Client::update_continuous_backups).
#[derive(::std::clone::Clone, ::std::fmt::Debug)]
pub struct UpdateContinuousBackupsFluentBuilder {
    handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    inner: crate::types::builders::UpdateContinuousBackupsInputBuilder,
}
impl UpdateContinuousBackupsFluentBuilder {
    pub(crate) fn new(
        handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    ) -> Self {
        UpdateContinuousBackupsFluentBuilder {
            handle,
            inner: ::std::default::Default::default(),
        }
    }
    /// The input built so far.
    pub fn as_input(
        &self,
    ) -> &crate::types::builders::UpdateContinuousBackupsInputBuilder {
        &self.inner
    }
    /// Represents the settings used to enable point in time recovery.
    pub fn point_in_time_recovery_specification(
        mut self,
        input: impl ::std::convert::Into<crate::types::PointInTimeRecoverySpecification>,
    ) -> Self {
        self.inner = self.inner.point_in_time_recovery_specification(input);
        self
    }
    /// Sets or clears [`point_in_time_recovery_specification`](Self::point_in_time_recovery_specification).
    pub fn set_point_in_time_recovery_specification(
        mut self,
        input: ::std::option::Option<crate::types::PointInTimeRecoverySpecification>,
    ) -> Self {
        self.inner = self.inner.set_point_in_time_recovery_specification(input);
        self
    }
    /// The name of the table.
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
        crate::types::UpdateContinuousBackupsOutput,
        crate::runtime::SdkError<UpdateContinuousBackupsError>,
    > {
        let input = self.inner.build().map_err(crate::runtime::SdkError::Construction)?;
        self.handle
            .invoke::<
                _,
                crate::types::UpdateContinuousBackupsOutput,
                UpdateContinuousBackupsError,
            >(&OPERATION, &input)
            .await
    }
}
/// Errors of `UpdateContinuousBackups`: one variant per error the spec or AWS's model lists, plus [`Unhandled`](UpdateContinuousBackupsError::Unhandled).
#[derive(::std::fmt::Debug)]
#[non_exhaustive]
pub enum UpdateContinuousBackupsError {
    /// The service returned `ContinuousBackupsUnavailableException`.
    ContinuousBackupsUnavailableException(
        crate::types::error::ContinuousBackupsUnavailableException,
    ),
    /// The service returned `InternalServerError`.
    InternalServerError(crate::types::error::InternalServerError),
    /// The service returned `TableNotFoundException`.
    TableNotFoundException(crate::types::error::TableNotFoundException),
    /// An error neither the spec nor AWS's model lists for this
    /// operation (the code, message, HTTP status and request id are kept).
    Unhandled(crate::runtime::Unhandled),
}
impl crate::runtime::OperationError for UpdateContinuousBackupsError {
    fn from_response(meta: crate::runtime::ErrorMetadata, body: &[u8]) -> Self {
        match meta.modelled_code() {
            ::std::option::Option::Some("ContinuousBackupsUnavailableException") => {
                Self::ContinuousBackupsUnavailableException(
                    <crate::types::error::ContinuousBackupsUnavailableException>::from_response(
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
            Self::ContinuousBackupsUnavailableException(e) => e.meta(),
            Self::InternalServerError(e) => e.meta(),
            Self::TableNotFoundException(e) => e.meta(),
            Self::Unhandled(e) => e.meta(),
        }
    }
    fn with_attempts(mut self, attempts: u32) -> Self {
        match &mut self {
            Self::ContinuousBackupsUnavailableException(e) => {
                e.meta.set_attempts(attempts)
            }
            Self::InternalServerError(e) => e.meta.set_attempts(attempts),
            Self::TableNotFoundException(e) => e.meta.set_attempts(attempts),
            Self::Unhandled(e) => e.meta_mut().set_attempts(attempts),
        }
        self
    }
}
impl UpdateContinuousBackupsError {
    /// Status, code, message and request id of the response.
    pub fn meta(&self) -> &crate::runtime::ErrorMetadata {
        crate::runtime::OperationError::meta(self)
    }
    /// The error code the service sent, if any.
    pub fn code(&self) -> ::std::option::Option<&str> {
        self.meta().code()
    }
}
impl ::std::fmt::Display for UpdateContinuousBackupsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::ContinuousBackupsUnavailableException(e) => {
                ::std::fmt::Display::fmt(e, f)
            }
            Self::InternalServerError(e) => ::std::fmt::Display::fmt(e, f),
            Self::TableNotFoundException(e) => ::std::fmt::Display::fmt(e, f),
            Self::Unhandled(e) => ::std::fmt::Display::fmt(e, f),
        }
    }
}
impl ::std::error::Error for UpdateContinuousBackupsError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::ContinuousBackupsUnavailableException(e) => {
                ::std::option::Option::Some(e)
            }
            Self::InternalServerError(e) => ::std::option::Option::Some(e),
            Self::TableNotFoundException(e) => ::std::option::Option::Some(e),
            Self::Unhandled(e) => ::std::option::Option::Some(e),
        }
    }
}
