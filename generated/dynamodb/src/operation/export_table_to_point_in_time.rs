//! The `ExportTableToPointInTime` operation: see [`Client::export_table_to_point_in_time`](crate::Client::export_table_to_point_in_time).
const OPERATION: crate::runtime::operation::OperationSpec = crate::runtime::operation::OperationSpec {
    name: "ExportTableToPointInTime",
    target: "DynamoDB_20120810.ExportTableToPointInTime",
    host_prefix: ::std::option::Option::None,
    unsigned: false,
    endpoint_discovery: false,
    api_version_header: ::std::option::Option::None,
    min_attempt_timeout_secs: ::std::option::Option::None,
    partitions: &[],
};
/// Builds and sends a `ExportTableToPointInTime` request; see [`Client::export_table_to_point_in_time`](crate::Client::export_table_to_point_in_time).
#[derive(::std::clone::Clone, ::std::fmt::Debug)]
pub struct ExportTableToPointInTimeFluentBuilder {
    handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    inner: crate::types::builders::ExportTableToPointInTimeInputBuilder,
}
impl ExportTableToPointInTimeFluentBuilder {
    pub(crate) fn new(
        handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    ) -> Self {
        ExportTableToPointInTimeFluentBuilder {
            handle,
            inner: ::std::default::Default::default(),
        }
    }
    /// The input built so far.
    pub fn as_input(
        &self,
    ) -> &crate::types::builders::ExportTableToPointInTimeInputBuilder {
        &self.inner
    }
    /// Providing a `ClientToken` makes the call to `ExportTableToPointInTimeInput`
    /// idempotent, meaning that multiple identical calls have the same effect as one
    /// single call.
    ///
    /// A client token is valid for 8 hours after the first request that uses it is
    /// completed. After 8 hours, any request with the same client token is treated as a
    /// new request. Do not resubmit the same request with the same client token for
    /// more than 8 hours, or the result might not be idempotent.
    ///
    /// If you submit a request with the same client token but a change in other
    /// parameters within the 8-hour idempotency window, DynamoDB returns an
    /// `ImportConflictException`.
    ///
    /// If not set, `send()` fills it with a random UUID (version 4), as the AWS SDKs
    /// do; every retry of that call sends the same one.
    pub fn client_token(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.client_token(input);
        self
    }
    /// Sets or clears [`client_token`](Self::client_token).
    pub fn set_client_token(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_client_token(input);
        self
    }
    /// The format for the exported data. Valid values for `ExportFormat` are
    /// `DYNAMODB_JSON` or `ION`.
    pub fn export_format(
        mut self,
        input: impl ::std::convert::Into<crate::types::ExportFormat>,
    ) -> Self {
        self.inner = self.inner.export_format(input);
        self
    }
    /// Sets or clears [`export_format`](Self::export_format).
    pub fn set_export_format(
        mut self,
        input: ::std::option::Option<crate::types::ExportFormat>,
    ) -> Self {
        self.inner = self.inner.set_export_format(input);
        self
    }
    /// Time in the past from which to export table data, counted in seconds from the
    /// start of the Unix epoch. The table export will be a snapshot of the table's
    /// state at this point in time.
    pub fn export_time(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.inner = self.inner.export_time(input);
        self
    }
    /// Sets or clears [`export_time`](Self::export_time).
    pub fn set_export_time(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.inner = self.inner.set_export_time(input);
        self
    }
    /// The name of the Amazon S3 bucket to export the snapshot to.
    pub fn s3_bucket(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.s3_bucket(input);
        self
    }
    /// Sets or clears [`s3_bucket`](Self::s3_bucket).
    pub fn set_s3_bucket(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_s3_bucket(input);
        self
    }
    /// The ID of the Amazon Web Services account that owns the bucket the export will
    /// be stored in.
    pub fn s3_bucket_owner(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.s3_bucket_owner(input);
        self
    }
    /// Sets or clears [`s3_bucket_owner`](Self::s3_bucket_owner).
    pub fn set_s3_bucket_owner(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_s3_bucket_owner(input);
        self
    }
    /// The Amazon S3 bucket prefix to use as the file name and path of the exported
    /// snapshot.
    pub fn s3_prefix(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.s3_prefix(input);
        self
    }
    /// Sets or clears [`s3_prefix`](Self::s3_prefix).
    pub fn set_s3_prefix(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_s3_prefix(input);
        self
    }
    /// Type of encryption used on the bucket where export data will be stored. Valid
    /// values for `S3SseAlgorithm` are:
    ///
    /// - `AES256` - server-side encryption with Amazon S3 managed keys
    /// - `KMS` - server-side encryption with KMS managed keys
    pub fn s3_sse_algorithm(
        mut self,
        input: impl ::std::convert::Into<crate::types::S3SseAlgorithm>,
    ) -> Self {
        self.inner = self.inner.s3_sse_algorithm(input);
        self
    }
    /// Sets or clears [`s3_sse_algorithm`](Self::s3_sse_algorithm).
    pub fn set_s3_sse_algorithm(
        mut self,
        input: ::std::option::Option<crate::types::S3SseAlgorithm>,
    ) -> Self {
        self.inner = self.inner.set_s3_sse_algorithm(input);
        self
    }
    /// The ID of the KMS managed key used to encrypt the S3 bucket where export data
    /// will be stored (if applicable).
    pub fn s3_sse_kms_key_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.s3_sse_kms_key_id(input);
        self
    }
    /// Sets or clears [`s3_sse_kms_key_id`](Self::s3_sse_kms_key_id).
    pub fn set_s3_sse_kms_key_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_s3_sse_kms_key_id(input);
        self
    }
    /// The Amazon Resource Name (ARN) associated with the table to export.
    pub fn table_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.table_arn(input);
        self
    }
    /// Sets or clears [`table_arn`](Self::table_arn).
    pub fn set_table_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_table_arn(input);
        self
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    pub fn export_type(
        mut self,
        input: impl ::std::convert::Into<crate::types::ExportType>,
    ) -> Self {
        self.inner = self.inner.export_type(input);
        self
    }
    /// Sets or clears [`export_type`](Self::export_type).
    pub fn set_export_type(
        mut self,
        input: ::std::option::Option<crate::types::ExportType>,
    ) -> Self {
        self.inner = self.inner.set_export_type(input);
        self
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    pub fn filter_specification(
        mut self,
        input: impl ::std::convert::Into<crate::types::FilterSpecification>,
    ) -> Self {
        self.inner = self.inner.filter_specification(input);
        self
    }
    /// Sets or clears [`filter_specification`](Self::filter_specification).
    pub fn set_filter_specification(
        mut self,
        input: ::std::option::Option<crate::types::FilterSpecification>,
    ) -> Self {
        self.inner = self.inner.set_filter_specification(input);
        self
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    pub fn incremental_export_specification(
        mut self,
        input: impl ::std::convert::Into<crate::types::IncrementalExportSpecification>,
    ) -> Self {
        self.inner = self.inner.incremental_export_specification(input);
        self
    }
    /// Sets or clears [`incremental_export_specification`](Self::incremental_export_specification).
    pub fn set_incremental_export_specification(
        mut self,
        input: ::std::option::Option<crate::types::IncrementalExportSpecification>,
    ) -> Self {
        self.inner = self.inner.set_incremental_export_specification(input);
        self
    }
    /// Sends the request.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::types::ExportTableToPointInTimeOutput,
        crate::runtime::SdkError<ExportTableToPointInTimeError>,
    > {
        let input = {
            let mut inner = self.inner;
            if inner.client_token.is_none() {
                inner.client_token = ::std::option::Option::Some(
                    crate::runtime::idempotency::token(),
                );
            }
            inner.build().map_err(crate::runtime::SdkError::Construction)?
        };
        self.handle
            .invoke::<
                _,
                crate::types::ExportTableToPointInTimeOutput,
                ExportTableToPointInTimeError,
            >(&OPERATION, &input)
            .await
    }
}
/// Errors of `ExportTableToPointInTime`: one variant per error the spec or AWS's model lists, plus [`Unhandled`](ExportTableToPointInTimeError::Unhandled).
#[derive(::std::fmt::Debug)]
#[non_exhaustive]
pub enum ExportTableToPointInTimeError {
    /// The service returned `ExportConflictException`.
    ExportConflictException(crate::types::error::ExportConflictException),
    /// The service returned `InternalServerError`.
    InternalServerError(crate::types::error::InternalServerError),
    /// The service returned `InvalidExportTimeException`.
    InvalidExportTimeException(crate::types::error::InvalidExportTimeException),
    /// The service returned `LimitExceededException`.
    LimitExceededException(crate::types::error::LimitExceededException),
    /// The service returned `PointInTimeRecoveryUnavailableException`.
    PointInTimeRecoveryUnavailableException(
        crate::types::error::PointInTimeRecoveryUnavailableException,
    ),
    /// The service returned `TableNotFoundException`.
    TableNotFoundException(crate::types::error::TableNotFoundException),
    /// An error neither the spec nor AWS's model lists for this
    /// operation (the code, message, HTTP status and request id are kept).
    Unhandled(crate::runtime::Unhandled),
}
impl crate::runtime::OperationError for ExportTableToPointInTimeError {
    fn from_response(meta: crate::runtime::ErrorMetadata, body: &[u8]) -> Self {
        match meta.modelled_code() {
            ::std::option::Option::Some("ExportConflictException") => {
                Self::ExportConflictException(
                    <crate::types::error::ExportConflictException>::from_response(
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
            ::std::option::Option::Some("InvalidExportTimeException") => {
                Self::InvalidExportTimeException(
                    <crate::types::error::InvalidExportTimeException>::from_response(
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
            Self::ExportConflictException(e) => e.meta(),
            Self::InternalServerError(e) => e.meta(),
            Self::InvalidExportTimeException(e) => e.meta(),
            Self::LimitExceededException(e) => e.meta(),
            Self::PointInTimeRecoveryUnavailableException(e) => e.meta(),
            Self::TableNotFoundException(e) => e.meta(),
            Self::Unhandled(e) => e.meta(),
        }
    }
    fn with_attempts(mut self, attempts: u32) -> Self {
        match &mut self {
            Self::ExportConflictException(e) => e.meta.set_attempts(attempts),
            Self::InternalServerError(e) => e.meta.set_attempts(attempts),
            Self::InvalidExportTimeException(e) => e.meta.set_attempts(attempts),
            Self::LimitExceededException(e) => e.meta.set_attempts(attempts),
            Self::PointInTimeRecoveryUnavailableException(e) => {
                e.meta.set_attempts(attempts)
            }
            Self::TableNotFoundException(e) => e.meta.set_attempts(attempts),
            Self::Unhandled(e) => e.meta_mut().set_attempts(attempts),
        }
        self
    }
}
impl ExportTableToPointInTimeError {
    /// Status, code, message and request id of the response.
    pub fn meta(&self) -> &crate::runtime::ErrorMetadata {
        crate::runtime::OperationError::meta(self)
    }
    /// The error code the service sent, if any.
    pub fn code(&self) -> ::std::option::Option<&str> {
        self.meta().code()
    }
}
impl ::std::fmt::Display for ExportTableToPointInTimeError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::ExportConflictException(e) => ::std::fmt::Display::fmt(e, f),
            Self::InternalServerError(e) => ::std::fmt::Display::fmt(e, f),
            Self::InvalidExportTimeException(e) => ::std::fmt::Display::fmt(e, f),
            Self::LimitExceededException(e) => ::std::fmt::Display::fmt(e, f),
            Self::PointInTimeRecoveryUnavailableException(e) => {
                ::std::fmt::Display::fmt(e, f)
            }
            Self::TableNotFoundException(e) => ::std::fmt::Display::fmt(e, f),
            Self::Unhandled(e) => ::std::fmt::Display::fmt(e, f),
        }
    }
}
impl ::std::error::Error for ExportTableToPointInTimeError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::ExportConflictException(e) => ::std::option::Option::Some(e),
            Self::InternalServerError(e) => ::std::option::Option::Some(e),
            Self::InvalidExportTimeException(e) => ::std::option::Option::Some(e),
            Self::LimitExceededException(e) => ::std::option::Option::Some(e),
            Self::PointInTimeRecoveryUnavailableException(e) => {
                ::std::option::Option::Some(e)
            }
            Self::TableNotFoundException(e) => ::std::option::Option::Some(e),
            Self::Unhandled(e) => ::std::option::Option::Some(e),
        }
    }
}
