//! The `CreateExportTask` operation: see [`Client::create_export_task`](crate::Client::create_export_task).
const OPERATION: crate::runtime::operation::OperationSpec = crate::runtime::operation::OperationSpec {
    name: "CreateExportTask",
    target: "Logs_20140328.CreateExportTask",
    host_prefix: ::std::option::Option::None,
    unsigned: false,
    endpoint_discovery: false,
    api_version_header: ::std::option::Option::None,
    min_attempt_timeout_secs: ::std::option::Option::None,
    partitions: &[],
};
/// Builds and sends a `CreateExportTask` request; see [`Client::create_export_task`](crate::Client::create_export_task).
#[derive(::std::clone::Clone, ::std::fmt::Debug)]
pub struct CreateExportTaskFluentBuilder {
    handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    inner: crate::types::builders::CreateExportTaskRequestBuilder,
}
impl CreateExportTaskFluentBuilder {
    pub(crate) fn new(
        handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    ) -> Self {
        CreateExportTaskFluentBuilder {
            handle,
            inner: ::std::default::Default::default(),
        }
    }
    /// The input built so far.
    pub fn as_input(&self) -> &crate::types::builders::CreateExportTaskRequestBuilder {
        &self.inner
    }
    /// The name of S3 bucket for the exported log data. The bucket must be in the same
    /// Amazon Web Services Region.
    pub fn destination(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.destination(input);
        self
    }
    /// Sets or clears [`destination`](Self::destination).
    pub fn set_destination(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_destination(input);
        self
    }
    /// The prefix used as the start of the key for every object exported. If you don't
    /// specify a value, the default is `exportedlogs`.
    pub fn destination_prefix(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.destination_prefix(input);
        self
    }
    /// Sets or clears [`destination_prefix`](Self::destination_prefix).
    pub fn set_destination_prefix(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_destination_prefix(input);
        self
    }
    /// The start time of the range for the request, expressed as the number of
    /// milliseconds after `Jan 1, 1970 00:00:00 UTC`. Events with a timestamp earlier
    /// than this time are not exported.
    pub fn from(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.inner = self.inner.from(input);
        self
    }
    /// Sets or clears [`from`](Self::from).
    pub fn set_from(mut self, input: ::std::option::Option<i64>) -> Self {
        self.inner = self.inner.set_from(input);
        self
    }
    /// The name of the log group.
    pub fn log_group_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.log_group_name(input);
        self
    }
    /// Sets or clears [`log_group_name`](Self::log_group_name).
    pub fn set_log_group_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_log_group_name(input);
        self
    }
    /// Export only log streams that match the provided prefix. If you don't specify a
    /// value, no prefix filter is applied.
    pub fn log_stream_name_prefix(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.log_stream_name_prefix(input);
        self
    }
    /// Sets or clears [`log_stream_name_prefix`](Self::log_stream_name_prefix).
    pub fn set_log_stream_name_prefix(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_log_stream_name_prefix(input);
        self
    }
    /// The name of the export task.
    pub fn task_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.task_name(input);
        self
    }
    /// Sets or clears [`task_name`](Self::task_name).
    pub fn set_task_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_task_name(input);
        self
    }
    /// The end time of the range for the request, expressed as the number of
    /// milliseconds after `Jan 1, 1970 00:00:00 UTC`. Events with a timestamp later
    /// than this time are not exported.
    ///
    /// You must specify a time that is not earlier than when this log group was
    /// created.
    pub fn to(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.inner = self.inner.to(input);
        self
    }
    /// Sets or clears [`to`](Self::to).
    pub fn set_to(mut self, input: ::std::option::Option<i64>) -> Self {
        self.inner = self.inner.set_to(input);
        self
    }
    /// Sends the request.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::types::CreateExportTaskResponse,
        crate::runtime::SdkError<CreateExportTaskError>,
    > {
        let input = self.inner.build().map_err(crate::runtime::SdkError::Construction)?;
        self.handle
            .invoke::<
                _,
                crate::types::CreateExportTaskResponse,
                CreateExportTaskError,
            >(&OPERATION, &input)
            .await
    }
}
/// Errors of `CreateExportTask`: one variant per error the spec or AWS's model lists, plus [`Unhandled`](CreateExportTaskError::Unhandled).
#[derive(::std::fmt::Debug)]
#[non_exhaustive]
pub enum CreateExportTaskError {
    /// The service returned `InvalidParameterException`.
    InvalidParameterException(crate::types::error::InvalidParameterException),
    /// The service returned `LimitExceededException`.
    LimitExceededException(crate::types::error::LimitExceededException),
    /// The service returned `OperationAbortedException`.
    OperationAbortedException(crate::types::error::OperationAbortedException),
    /// The service returned `ResourceAlreadyExistsException`.
    ResourceAlreadyExistsException(crate::types::error::ResourceAlreadyExistsException),
    /// The service returned `ResourceNotFoundException`.
    ResourceNotFoundException(crate::types::error::ResourceNotFoundException),
    /// The service returned `ServiceUnavailableException`.
    ServiceUnavailableException(crate::types::error::ServiceUnavailableException),
    /// An error neither the spec nor AWS's model lists for this
    /// operation (the code, message, HTTP status and request id are kept).
    Unhandled(crate::runtime::Unhandled),
}
impl crate::runtime::OperationError for CreateExportTaskError {
    fn from_response(meta: crate::runtime::ErrorMetadata, body: &[u8]) -> Self {
        match meta.modelled_code() {
            ::std::option::Option::Some("InvalidParameterException") => {
                Self::InvalidParameterException(
                    <crate::types::error::InvalidParameterException>::from_response(
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
            ::std::option::Option::Some("OperationAbortedException") => {
                Self::OperationAbortedException(
                    <crate::types::error::OperationAbortedException>::from_response(
                        meta,
                        body,
                    ),
                )
            }
            ::std::option::Option::Some("ResourceAlreadyExistsException") => {
                Self::ResourceAlreadyExistsException(
                    <crate::types::error::ResourceAlreadyExistsException>::from_response(
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
            ::std::option::Option::Some("ServiceUnavailableException") => {
                Self::ServiceUnavailableException(
                    <crate::types::error::ServiceUnavailableException>::from_response(
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
            Self::InvalidParameterException(e) => e.meta(),
            Self::LimitExceededException(e) => e.meta(),
            Self::OperationAbortedException(e) => e.meta(),
            Self::ResourceAlreadyExistsException(e) => e.meta(),
            Self::ResourceNotFoundException(e) => e.meta(),
            Self::ServiceUnavailableException(e) => e.meta(),
            Self::Unhandled(e) => e.meta(),
        }
    }
    fn with_attempts(mut self, attempts: u32) -> Self {
        match &mut self {
            Self::InvalidParameterException(e) => e.meta.set_attempts(attempts),
            Self::LimitExceededException(e) => e.meta.set_attempts(attempts),
            Self::OperationAbortedException(e) => e.meta.set_attempts(attempts),
            Self::ResourceAlreadyExistsException(e) => e.meta.set_attempts(attempts),
            Self::ResourceNotFoundException(e) => e.meta.set_attempts(attempts),
            Self::ServiceUnavailableException(e) => e.meta.set_attempts(attempts),
            Self::Unhandled(e) => e.meta_mut().set_attempts(attempts),
        }
        self
    }
}
impl CreateExportTaskError {
    /// Status, code, message and request id of the response.
    pub fn meta(&self) -> &crate::runtime::ErrorMetadata {
        crate::runtime::OperationError::meta(self)
    }
    /// The error code the service sent, if any.
    pub fn code(&self) -> ::std::option::Option<&str> {
        self.meta().code()
    }
}
impl ::std::fmt::Display for CreateExportTaskError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::InvalidParameterException(e) => ::std::fmt::Display::fmt(e, f),
            Self::LimitExceededException(e) => ::std::fmt::Display::fmt(e, f),
            Self::OperationAbortedException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ResourceAlreadyExistsException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ResourceNotFoundException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ServiceUnavailableException(e) => ::std::fmt::Display::fmt(e, f),
            Self::Unhandled(e) => ::std::fmt::Display::fmt(e, f),
        }
    }
}
impl ::std::error::Error for CreateExportTaskError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::InvalidParameterException(e) => ::std::option::Option::Some(e),
            Self::LimitExceededException(e) => ::std::option::Option::Some(e),
            Self::OperationAbortedException(e) => ::std::option::Option::Some(e),
            Self::ResourceAlreadyExistsException(e) => ::std::option::Option::Some(e),
            Self::ResourceNotFoundException(e) => ::std::option::Option::Some(e),
            Self::ServiceUnavailableException(e) => ::std::option::Option::Some(e),
            Self::Unhandled(e) => ::std::option::Option::Some(e),
        }
    }
}
