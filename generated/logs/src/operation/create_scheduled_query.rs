//! The `CreateScheduledQuery` operation: see [`Client::create_scheduled_query`](crate::Client::create_scheduled_query).
const OPERATION: crate::runtime::operation::OperationSpec = crate::runtime::operation::OperationSpec {
    name: "CreateScheduledQuery",
    target: "Logs_20140328.CreateScheduledQuery",
    host_prefix: ::std::option::Option::None,
    unsigned: false,
    endpoint_discovery: false,
    api_version_header: ::std::option::Option::None,
    min_attempt_timeout_secs: ::std::option::Option::None,
    partitions: &[],
};
/// Builds and sends a `CreateScheduledQuery` request; see [`Client::create_scheduled_query`](crate::Client::create_scheduled_query).
#[derive(::std::clone::Clone, ::std::fmt::Debug)]
pub struct CreateScheduledQueryFluentBuilder {
    handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    inner: crate::types::builders::CreateScheduledQueryRequestBuilder,
}
impl CreateScheduledQueryFluentBuilder {
    pub(crate) fn new(
        handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    ) -> Self {
        CreateScheduledQueryFluentBuilder {
            handle,
            inner: ::std::default::Default::default(),
        }
    }
    /// The input built so far.
    pub fn as_input(
        &self,
    ) -> &crate::types::builders::CreateScheduledQueryRequestBuilder {
        &self.inner
    }
    pub fn description(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.description(input);
        self
    }
    /// Sets or clears [`description`](Self::description).
    pub fn set_description(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_description(input);
        self
    }
    pub fn destination_configuration(
        mut self,
        input: impl ::std::convert::Into<crate::types::DestinationConfiguration>,
    ) -> Self {
        self.inner = self.inner.destination_configuration(input);
        self
    }
    /// Sets or clears [`destination_configuration`](Self::destination_configuration).
    pub fn set_destination_configuration(
        mut self,
        input: ::std::option::Option<crate::types::DestinationConfiguration>,
    ) -> Self {
        self.inner = self.inner.set_destination_configuration(input);
        self
    }
    pub fn end_time_offset(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.inner = self.inner.end_time_offset(input);
        self
    }
    /// Sets or clears [`end_time_offset`](Self::end_time_offset).
    pub fn set_end_time_offset(mut self, input: ::std::option::Option<i64>) -> Self {
        self.inner = self.inner.set_end_time_offset(input);
        self
    }
    pub fn execution_role_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.execution_role_arn(input);
        self
    }
    /// Sets or clears [`execution_role_arn`](Self::execution_role_arn).
    pub fn set_execution_role_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_execution_role_arn(input);
        self
    }
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn log_group_identifiers(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.log_group_identifiers(input);
        self
    }
    /// Sets or clears [`log_group_identifiers`](Self::log_group_identifiers).
    pub fn set_log_group_identifiers(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.inner = self.inner.set_log_group_identifiers(input);
        self
    }
    pub fn name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.name(input);
        self
    }
    /// Sets or clears [`name`](Self::name).
    pub fn set_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_name(input);
        self
    }
    pub fn query_language(
        mut self,
        input: impl ::std::convert::Into<crate::types::QueryLanguage>,
    ) -> Self {
        self.inner = self.inner.query_language(input);
        self
    }
    /// Sets or clears [`query_language`](Self::query_language).
    pub fn set_query_language(
        mut self,
        input: ::std::option::Option<crate::types::QueryLanguage>,
    ) -> Self {
        self.inner = self.inner.set_query_language(input);
        self
    }
    pub fn query_string(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.query_string(input);
        self
    }
    /// Sets or clears [`query_string`](Self::query_string).
    pub fn set_query_string(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_query_string(input);
        self
    }
    pub fn schedule_end_time(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.inner = self.inner.schedule_end_time(input);
        self
    }
    /// Sets or clears [`schedule_end_time`](Self::schedule_end_time).
    pub fn set_schedule_end_time(mut self, input: ::std::option::Option<i64>) -> Self {
        self.inner = self.inner.set_schedule_end_time(input);
        self
    }
    pub fn schedule_expression(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.schedule_expression(input);
        self
    }
    /// Sets or clears [`schedule_expression`](Self::schedule_expression).
    pub fn set_schedule_expression(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_schedule_expression(input);
        self
    }
    pub fn schedule_start_time(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.inner = self.inner.schedule_start_time(input);
        self
    }
    /// Sets or clears [`schedule_start_time`](Self::schedule_start_time).
    pub fn set_schedule_start_time(mut self, input: ::std::option::Option<i64>) -> Self {
        self.inner = self.inner.set_schedule_start_time(input);
        self
    }
    pub fn start_time_offset(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.inner = self.inner.start_time_offset(input);
        self
    }
    /// Sets or clears [`start_time_offset`](Self::start_time_offset).
    pub fn set_start_time_offset(mut self, input: ::std::option::Option<i64>) -> Self {
        self.inner = self.inner.set_start_time_offset(input);
        self
    }
    pub fn state(
        mut self,
        input: impl ::std::convert::Into<crate::types::ScheduledQueryState>,
    ) -> Self {
        self.inner = self.inner.state(input);
        self
    }
    /// Sets or clears [`state`](Self::state).
    pub fn set_state(
        mut self,
        input: ::std::option::Option<crate::types::ScheduledQueryState>,
    ) -> Self {
        self.inner = self.inner.set_state(input);
        self
    }
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn tags(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.tags(key, value);
        self
    }
    /// Sets or clears [`tags`](Self::tags).
    pub fn set_tags(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        >,
    ) -> Self {
        self.inner = self.inner.set_tags(input);
        self
    }
    pub fn timezone(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.timezone(input);
        self
    }
    /// Sets or clears [`timezone`](Self::timezone).
    pub fn set_timezone(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_timezone(input);
        self
    }
    /// Sends the request.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::types::CreateScheduledQueryResponse,
        crate::runtime::SdkError<CreateScheduledQueryError>,
    > {
        let input = self.inner.build().map_err(crate::runtime::SdkError::Construction)?;
        self.handle
            .invoke::<
                _,
                crate::types::CreateScheduledQueryResponse,
                CreateScheduledQueryError,
            >(&OPERATION, &input)
            .await
    }
}
/// Errors of `CreateScheduledQuery`: one variant per error the spec or AWS's model lists, plus [`Unhandled`](CreateScheduledQueryError::Unhandled).
#[derive(::std::fmt::Debug)]
#[non_exhaustive]
pub enum CreateScheduledQueryError {
    /// The service returned `AccessDeniedException`.
    AccessDeniedException(crate::types::error::AccessDeniedException),
    /// The service returned `ConflictException`.
    ConflictException(crate::types::error::ConflictException),
    /// The service returned `InternalServerException`.
    InternalServerException(crate::types::error::InternalServerException),
    /// The service returned `ResourceNotFoundException`.
    ResourceNotFoundException(crate::types::error::ResourceNotFoundException),
    /// The service returned `ServiceQuotaExceededException`.
    ServiceQuotaExceededException(crate::types::error::ServiceQuotaExceededException),
    /// The service returned `ThrottlingException`.
    ThrottlingException(crate::types::error::ThrottlingException),
    /// The service returned `ValidationException`.
    ValidationException(crate::types::error::ValidationException),
    /// An error neither the spec nor AWS's model lists for this
    /// operation (the code, message, HTTP status and request id are kept).
    Unhandled(crate::runtime::Unhandled),
}
impl crate::runtime::OperationError for CreateScheduledQueryError {
    fn from_response(meta: crate::runtime::ErrorMetadata, body: &[u8]) -> Self {
        match meta.modelled_code() {
            ::std::option::Option::Some("AccessDeniedException") => {
                Self::AccessDeniedException(
                    <crate::types::error::AccessDeniedException>::from_response(
                        meta,
                        body,
                    ),
                )
            }
            ::std::option::Option::Some("ConflictException") => {
                Self::ConflictException(
                    <crate::types::error::ConflictException>::from_response(meta, body),
                )
            }
            ::std::option::Option::Some("InternalServerException") => {
                Self::InternalServerException(
                    <crate::types::error::InternalServerException>::from_response(
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
            ::std::option::Option::Some("ServiceQuotaExceededException") => {
                Self::ServiceQuotaExceededException(
                    <crate::types::error::ServiceQuotaExceededException>::from_response(
                        meta,
                        body,
                    ),
                )
            }
            ::std::option::Option::Some("ThrottlingException") => {
                Self::ThrottlingException(
                    <crate::types::error::ThrottlingException>::from_response(meta, body),
                )
            }
            ::std::option::Option::Some("ValidationException") => {
                Self::ValidationException(
                    <crate::types::error::ValidationException>::from_response(meta, body),
                )
            }
            _ => Self::Unhandled(crate::runtime::Unhandled::new(meta)),
        }
    }
    fn meta(&self) -> &crate::runtime::ErrorMetadata {
        match self {
            Self::AccessDeniedException(e) => e.meta(),
            Self::ConflictException(e) => e.meta(),
            Self::InternalServerException(e) => e.meta(),
            Self::ResourceNotFoundException(e) => e.meta(),
            Self::ServiceQuotaExceededException(e) => e.meta(),
            Self::ThrottlingException(e) => e.meta(),
            Self::ValidationException(e) => e.meta(),
            Self::Unhandled(e) => e.meta(),
        }
    }
    fn with_attempts(mut self, attempts: u32) -> Self {
        match &mut self {
            Self::AccessDeniedException(e) => e.meta.set_attempts(attempts),
            Self::ConflictException(e) => e.meta.set_attempts(attempts),
            Self::InternalServerException(e) => e.meta.set_attempts(attempts),
            Self::ResourceNotFoundException(e) => e.meta.set_attempts(attempts),
            Self::ServiceQuotaExceededException(e) => e.meta.set_attempts(attempts),
            Self::ThrottlingException(e) => e.meta.set_attempts(attempts),
            Self::ValidationException(e) => e.meta.set_attempts(attempts),
            Self::Unhandled(e) => e.meta_mut().set_attempts(attempts),
        }
        self
    }
}
impl CreateScheduledQueryError {
    /// Status, code, message and request id of the response.
    pub fn meta(&self) -> &crate::runtime::ErrorMetadata {
        crate::runtime::OperationError::meta(self)
    }
    /// The error code the service sent, if any.
    pub fn code(&self) -> ::std::option::Option<&str> {
        self.meta().code()
    }
}
impl ::std::fmt::Display for CreateScheduledQueryError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::AccessDeniedException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ConflictException(e) => ::std::fmt::Display::fmt(e, f),
            Self::InternalServerException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ResourceNotFoundException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ServiceQuotaExceededException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ThrottlingException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ValidationException(e) => ::std::fmt::Display::fmt(e, f),
            Self::Unhandled(e) => ::std::fmt::Display::fmt(e, f),
        }
    }
}
impl ::std::error::Error for CreateScheduledQueryError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::AccessDeniedException(e) => ::std::option::Option::Some(e),
            Self::ConflictException(e) => ::std::option::Option::Some(e),
            Self::InternalServerException(e) => ::std::option::Option::Some(e),
            Self::ResourceNotFoundException(e) => ::std::option::Option::Some(e),
            Self::ServiceQuotaExceededException(e) => ::std::option::Option::Some(e),
            Self::ThrottlingException(e) => ::std::option::Option::Some(e),
            Self::ValidationException(e) => ::std::option::Option::Some(e),
            Self::Unhandled(e) => ::std::option::Option::Some(e),
        }
    }
}
