//! The `ListLogGroups` operation: see [`Client::list_log_groups`](crate::Client::list_log_groups).
const OPERATION: crate::runtime::operation::OperationSpec = crate::runtime::operation::OperationSpec {
    name: "ListLogGroups",
    target: "Logs_20140328.ListLogGroups",
    host_prefix: ::std::option::Option::None,
    unsigned: false,
    endpoint_discovery: false,
    api_version_header: ::std::option::Option::None,
    min_attempt_timeout_secs: ::std::option::Option::None,
    partitions: &[],
};
/// Builds and sends a `ListLogGroups` request; see [`Client::list_log_groups`](crate::Client::list_log_groups).
#[derive(::std::clone::Clone, ::std::fmt::Debug)]
pub struct ListLogGroupsFluentBuilder {
    handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    inner: crate::types::builders::ListLogGroupsRequestBuilder,
}
impl ListLogGroupsFluentBuilder {
    pub(crate) fn new(
        handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    ) -> Self {
        ListLogGroupsFluentBuilder {
            handle,
            inner: ::std::default::Default::default(),
        }
    }
    /// The input built so far.
    pub fn as_input(&self) -> &crate::types::builders::ListLogGroupsRequestBuilder {
        &self.inner
    }
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn account_identifiers(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.account_identifiers(input);
        self
    }
    /// Sets or clears [`account_identifiers`](Self::account_identifiers).
    pub fn set_account_identifiers(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.inner = self.inner.set_account_identifiers(input);
        self
    }
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn data_sources(
        mut self,
        input: impl ::std::convert::Into<crate::types::DataSourceFilter>,
    ) -> Self {
        self.inner = self.inner.data_sources(input);
        self
    }
    /// Sets or clears [`data_sources`](Self::data_sources).
    pub fn set_data_sources(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::DataSourceFilter>>,
    ) -> Self {
        self.inner = self.inner.set_data_sources(input);
        self
    }
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn field_index_names(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.field_index_names(input);
        self
    }
    /// Sets or clears [`field_index_names`](Self::field_index_names).
    pub fn set_field_index_names(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.inner = self.inner.set_field_index_names(input);
        self
    }
    pub fn include_linked_accounts(
        mut self,
        input: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.inner = self.inner.include_linked_accounts(input);
        self
    }
    /// Sets or clears [`include_linked_accounts`](Self::include_linked_accounts).
    pub fn set_include_linked_accounts(
        mut self,
        input: ::std::option::Option<bool>,
    ) -> Self {
        self.inner = self.inner.set_include_linked_accounts(input);
        self
    }
    pub fn limit(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.inner = self.inner.limit(input);
        self
    }
    /// Sets or clears [`limit`](Self::limit).
    pub fn set_limit(mut self, input: ::std::option::Option<i64>) -> Self {
        self.inner = self.inner.set_limit(input);
        self
    }
    pub fn log_group_class(
        mut self,
        input: impl ::std::convert::Into<crate::types::LogGroupClass>,
    ) -> Self {
        self.inner = self.inner.log_group_class(input);
        self
    }
    /// Sets or clears [`log_group_class`](Self::log_group_class).
    pub fn set_log_group_class(
        mut self,
        input: ::std::option::Option<crate::types::LogGroupClass>,
    ) -> Self {
        self.inner = self.inner.set_log_group_class(input);
        self
    }
    pub fn log_group_name_pattern(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.log_group_name_pattern(input);
        self
    }
    /// Sets or clears [`log_group_name_pattern`](Self::log_group_name_pattern).
    pub fn set_log_group_name_pattern(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_log_group_name_pattern(input);
        self
    }
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn log_group_tags(
        mut self,
        input: impl ::std::convert::Into<crate::types::TagFilter>,
    ) -> Self {
        self.inner = self.inner.log_group_tags(input);
        self
    }
    /// Sets or clears [`log_group_tags`](Self::log_group_tags).
    pub fn set_log_group_tags(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::TagFilter>>,
    ) -> Self {
        self.inner = self.inner.set_log_group_tags(input);
        self
    }
    pub fn next_token(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.next_token(input);
        self
    }
    /// Sets or clears [`next_token`](Self::next_token).
    pub fn set_next_token(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_next_token(input);
        self
    }
    /// Sends the request.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::types::ListLogGroupsResponse,
        crate::runtime::SdkError<ListLogGroupsError>,
    > {
        let input = self.inner.build().map_err(crate::runtime::SdkError::Construction)?;
        self.handle
            .invoke::<
                _,
                crate::types::ListLogGroupsResponse,
                ListLogGroupsError,
            >(&OPERATION, &input)
            .await
    }
}
/// Errors of `ListLogGroups`: one variant per error the spec or AWS's model lists, plus [`Unhandled`](ListLogGroupsError::Unhandled).
#[derive(::std::fmt::Debug)]
#[non_exhaustive]
pub enum ListLogGroupsError {
    /// The service returned `InvalidParameterException`.
    InvalidParameterException(crate::types::error::InvalidParameterException),
    /// The service returned `ServiceUnavailableException`.
    ServiceUnavailableException(crate::types::error::ServiceUnavailableException),
    /// An error neither the spec nor AWS's model lists for this
    /// operation (the code, message, HTTP status and request id are kept).
    Unhandled(crate::runtime::Unhandled),
}
impl crate::runtime::OperationError for ListLogGroupsError {
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
            Self::ServiceUnavailableException(e) => e.meta(),
            Self::Unhandled(e) => e.meta(),
        }
    }
    fn with_attempts(mut self, attempts: u32) -> Self {
        match &mut self {
            Self::InvalidParameterException(e) => e.meta.set_attempts(attempts),
            Self::ServiceUnavailableException(e) => e.meta.set_attempts(attempts),
            Self::Unhandled(e) => e.meta_mut().set_attempts(attempts),
        }
        self
    }
}
impl ListLogGroupsError {
    /// Status, code, message and request id of the response.
    pub fn meta(&self) -> &crate::runtime::ErrorMetadata {
        crate::runtime::OperationError::meta(self)
    }
    /// The error code the service sent, if any.
    pub fn code(&self) -> ::std::option::Option<&str> {
        self.meta().code()
    }
}
impl ::std::fmt::Display for ListLogGroupsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::InvalidParameterException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ServiceUnavailableException(e) => ::std::fmt::Display::fmt(e, f),
            Self::Unhandled(e) => ::std::fmt::Display::fmt(e, f),
        }
    }
}
impl ::std::error::Error for ListLogGroupsError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::InvalidParameterException(e) => ::std::option::Option::Some(e),
            Self::ServiceUnavailableException(e) => ::std::option::Option::Some(e),
            Self::Unhandled(e) => ::std::option::Option::Some(e),
        }
    }
}
