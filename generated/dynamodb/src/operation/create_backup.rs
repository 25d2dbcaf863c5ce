//! The `CreateBackup` operation: see [`Client::create_backup`](crate::Client::create_backup).
const OPERATION: crate::runtime::operation::OperationSpec = crate::runtime::operation::OperationSpec {
    name: "CreateBackup",
    target: "DynamoDB_20120810.CreateBackup",
    host_prefix: ::std::option::Option::None,
    unsigned: false,
    endpoint_discovery: false,
    api_version_header: ::std::option::Option::None,
    min_attempt_timeout_secs: ::std::option::Option::None,
    partitions: &[],
};
/// Builds and sends a `CreateBackup` request; see [`Client::create_backup`](crate::Client::create_backup).
#[derive(::std::clone::Clone, ::std::fmt::Debug)]
pub struct CreateBackupFluentBuilder {
    handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    inner: crate::types::builders::CreateBackupInputBuilder,
}
impl CreateBackupFluentBuilder {
    pub(crate) fn new(
        handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    ) -> Self {
        CreateBackupFluentBuilder {
            handle,
            inner: ::std::default::Default::default(),
        }
    }
    /// The input built so far.
    pub fn as_input(&self) -> &crate::types::builders::CreateBackupInputBuilder {
        &self.inner
    }
    /// Specified name for the backup.
    pub fn backup_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.backup_name(input);
        self
    }
    /// Sets or clears [`backup_name`](Self::backup_name).
    pub fn set_backup_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_backup_name(input);
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
        crate::types::CreateBackupOutput,
        crate::runtime::SdkError<CreateBackupError>,
    > {
        let input = self.inner.build().map_err(crate::runtime::SdkError::Construction)?;
        self.handle
            .invoke::<
                _,
                crate::types::CreateBackupOutput,
                CreateBackupError,
            >(&OPERATION, &input)
            .await
    }
}
/// Errors of `CreateBackup`: one variant per error the spec or AWS's model lists, plus [`Unhandled`](CreateBackupError::Unhandled).
#[derive(::std::fmt::Debug)]
#[non_exhaustive]
pub enum CreateBackupError {
    /// The service returned `BackupInUseException`.
    BackupInUseException(crate::types::error::BackupInUseException),
    /// The service returned `ContinuousBackupsUnavailableException`.
    ContinuousBackupsUnavailableException(
        crate::types::error::ContinuousBackupsUnavailableException,
    ),
    /// The service returned `InternalServerError`.
    InternalServerError(crate::types::error::InternalServerError),
    /// The service returned `LimitExceededException`.
    LimitExceededException(crate::types::error::LimitExceededException),
    /// The service returned `TableInUseException`.
    TableInUseException(crate::types::error::TableInUseException),
    /// The service returned `TableNotFoundException`.
    TableNotFoundException(crate::types::error::TableNotFoundException),
    /// An error neither the spec nor AWS's model lists for this
    /// operation (the code, message, HTTP status and request id are kept).
    Unhandled(crate::runtime::Unhandled),
}
impl crate::runtime::OperationError for CreateBackupError {
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
            ::std::option::Option::Some("LimitExceededException") => {
                Self::LimitExceededException(
                    <crate::types::error::LimitExceededException>::from_response(
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
            Self::BackupInUseException(e) => e.meta(),
            Self::ContinuousBackupsUnavailableException(e) => e.meta(),
            Self::InternalServerError(e) => e.meta(),
            Self::LimitExceededException(e) => e.meta(),
            Self::TableInUseException(e) => e.meta(),
            Self::TableNotFoundException(e) => e.meta(),
            Self::Unhandled(e) => e.meta(),
        }
    }
    fn with_attempts(mut self, attempts: u32) -> Self {
        match &mut self {
            Self::BackupInUseException(e) => e.meta.set_attempts(attempts),
            Self::ContinuousBackupsUnavailableException(e) => {
                e.meta.set_attempts(attempts)
            }
            Self::InternalServerError(e) => e.meta.set_attempts(attempts),
            Self::LimitExceededException(e) => e.meta.set_attempts(attempts),
            Self::TableInUseException(e) => e.meta.set_attempts(attempts),
            Self::TableNotFoundException(e) => e.meta.set_attempts(attempts),
            Self::Unhandled(e) => e.meta_mut().set_attempts(attempts),
        }
        self
    }
}
impl CreateBackupError {
    /// Status, code, message and request id of the response.
    pub fn meta(&self) -> &crate::runtime::ErrorMetadata {
        crate::runtime::OperationError::meta(self)
    }
    /// The error code the service sent, if any.
    pub fn code(&self) -> ::std::option::Option<&str> {
        self.meta().code()
    }
}
impl ::std::fmt::Display for CreateBackupError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::BackupInUseException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ContinuousBackupsUnavailableException(e) => {
                ::std::fmt::Display::fmt(e, f)
            }
            Self::InternalServerError(e) => ::std::fmt::Display::fmt(e, f),
            Self::LimitExceededException(e) => ::std::fmt::Display::fmt(e, f),
            Self::TableInUseException(e) => ::std::fmt::Display::fmt(e, f),
            Self::TableNotFoundException(e) => ::std::fmt::Display::fmt(e, f),
            Self::Unhandled(e) => ::std::fmt::Display::fmt(e, f),
        }
    }
}
impl ::std::error::Error for CreateBackupError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::BackupInUseException(e) => ::std::option::Option::Some(e),
            Self::ContinuousBackupsUnavailableException(e) => {
                ::std::option::Option::Some(e)
            }
            Self::InternalServerError(e) => ::std::option::Option::Some(e),
            Self::LimitExceededException(e) => ::std::option::Option::Some(e),
            Self::TableInUseException(e) => ::std::option::Option::Some(e),
            Self::TableNotFoundException(e) => ::std::option::Option::Some(e),
            Self::Unhandled(e) => ::std::option::Option::Some(e),
        }
    }
}
