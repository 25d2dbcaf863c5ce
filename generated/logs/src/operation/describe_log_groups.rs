//! The `DescribeLogGroups` operation: see [`Client::describe_log_groups`](crate::Client::describe_log_groups).
const OPERATION: crate::runtime::operation::OperationSpec = crate::runtime::operation::OperationSpec {
    name: "DescribeLogGroups",
    target: "Logs_20140328.DescribeLogGroups",
    host_prefix: ::std::option::Option::None,
    unsigned: false,
    endpoint_discovery: false,
    api_version_header: ::std::option::Option::None,
    min_attempt_timeout_secs: ::std::option::Option::None,
    partitions: &[],
};
/// Builds and sends a `DescribeLogGroups` request; see [`Client::describe_log_groups`](crate::Client::describe_log_groups).
#[derive(::std::clone::Clone, ::std::fmt::Debug)]
pub struct DescribeLogGroupsFluentBuilder {
    handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    inner: crate::types::builders::DescribeLogGroupsRequestBuilder,
}
impl DescribeLogGroupsFluentBuilder {
    pub(crate) fn new(
        handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    ) -> Self {
        DescribeLogGroupsFluentBuilder {
            handle,
            inner: ::std::default::Default::default(),
        }
    }
    /// The input built so far.
    pub fn as_input(&self) -> &crate::types::builders::DescribeLogGroupsRequestBuilder {
        &self.inner
    }
    /// When `includeLinkedAccounts` is set to `True`, use this parameter to specify the
    /// list of accounts to search. You can specify as many as 20 account IDs in the
    /// array.
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
    /// If you are using a monitoring account, set this to `True` to have the operation
    /// return log groups in the accounts listed in `accountIdentifiers`.
    ///
    /// If this parameter is set to `true` and `accountIdentifiers` contains a null
    /// value, the operation returns all log groups in the monitoring account and all
    /// log groups in all source accounts that are linked to the monitoring account.
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
    /// The maximum number of items returned. If you don't specify a value, the default
    /// is up to 50 items.
    pub fn limit(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.inner = self.inner.limit(input);
        self
    }
    /// Sets or clears [`limit`](Self::limit).
    pub fn set_limit(mut self, input: ::std::option::Option<i64>) -> Self {
        self.inner = self.inner.set_limit(input);
        self
    }
    /// If you specify a string for this parameter, the operation returns only log
    /// groups that have names that match the string based on a case-sensitive substring
    /// search. For example, if you specify `Foo`, log groups named `FooBar`, `aws/Foo`,
    /// and `GroupFoo` would match, but `foo`, `F/o/o` and `Froo` would not match.
    ///
    /// If you specify `logGroupNamePattern` in your request, then only `arn`,
    /// `creationTime`, and `logGroupName` are included in the response.
    ///
    /// **Note:** `logGroupNamePattern` and `logGroupNamePrefix` are mutually exclusive.
    /// Only one of these parameters can be passed.
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
    /// The prefix to match.
    ///
    /// **Note:** `logGroupNamePrefix` and `logGroupNamePattern` are mutually exclusive.
    /// Only one of these parameters can be passed.
    pub fn log_group_name_prefix(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.log_group_name_prefix(input);
        self
    }
    /// Sets or clears [`log_group_name_prefix`](Self::log_group_name_prefix).
    pub fn set_log_group_name_prefix(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_log_group_name_prefix(input);
        self
    }
    /// The token for the next set of items to return. (You received this token from a
    /// previous call.)
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
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
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
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
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
    /// Sends the request.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::types::DescribeLogGroupsResponse,
        crate::runtime::SdkError<DescribeLogGroupsError>,
    > {
        let input = self.inner.build().map_err(crate::runtime::SdkError::Construction)?;
        self.handle
            .invoke::<
                _,
                crate::types::DescribeLogGroupsResponse,
                DescribeLogGroupsError,
            >(&OPERATION, &input)
            .await
    }
}
impl DescribeLogGroupsFluentBuilder {
    /// A paginator over every page of `DescribeLogGroups` (see [`DescribeLogGroupsPaginator`]).
    pub fn into_paginator(self) -> DescribeLogGroupsPaginator {
        DescribeLogGroupsPaginator {
            builder: self,
        }
    }
}
/// Pages through `DescribeLogGroups`, following `nextToken` → `nextToken`; stops when the token is absent, empty or repeated.
#[derive(::std::clone::Clone, ::std::fmt::Debug)]
pub struct DescribeLogGroupsPaginator {
    builder: DescribeLogGroupsFluentBuilder,
}
impl DescribeLogGroupsPaginator {
    /// Items per page (`limit`).
    pub fn page_size(mut self, size: impl ::std::convert::Into<i64>) -> Self {
        self.builder = self.builder.limit(size);
        self
    }
    /// A stream of pages (the first page starts from the token set on the builder, if any).
    pub fn send(
        self,
    ) -> crate::runtime::paginator::PageStream<
        crate::types::DescribeLogGroupsResponse,
        DescribeLogGroupsError,
        ::std::string::String,
    > {
        let first = self.builder.inner.next_token.clone();
        let builder = self.builder;
        crate::runtime::paginator::PageStream::new(
            first,
            move |token| builder.clone().set_next_token(token).send(),
            |page: &crate::types::DescribeLogGroupsResponse| {
                page.next_token.as_ref().cloned()
            },
        )
    }
    /// A stream of the `logGroups` of every page.
    pub fn items(
        self,
    ) -> crate::runtime::paginator::ItemStream<
        crate::types::DescribeLogGroupsResponse,
        DescribeLogGroupsError,
        ::std::string::String,
        crate::types::LogGroup,
    > {
        self.send()
            .items(|page: crate::types::DescribeLogGroupsResponse| {
                page.log_groups.unwrap_or_default()
            })
    }
}
/// Errors of `DescribeLogGroups`: one variant per error the spec or AWS's model lists, plus [`Unhandled`](DescribeLogGroupsError::Unhandled).
#[derive(::std::fmt::Debug)]
#[non_exhaustive]
pub enum DescribeLogGroupsError {
    /// The service returned `InvalidParameterException`.
    InvalidParameterException(crate::types::error::InvalidParameterException),
    /// The service returned `ServiceUnavailableException`.
    ServiceUnavailableException(crate::types::error::ServiceUnavailableException),
    /// An error neither the spec nor AWS's model lists for this
    /// operation (the code, message, HTTP status and request id are kept).
    Unhandled(crate::runtime::Unhandled),
}
impl crate::runtime::OperationError for DescribeLogGroupsError {
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
impl DescribeLogGroupsError {
    /// Status, code, message and request id of the response.
    pub fn meta(&self) -> &crate::runtime::ErrorMetadata {
        crate::runtime::OperationError::meta(self)
    }
    /// The error code the service sent, if any.
    pub fn code(&self) -> ::std::option::Option<&str> {
        self.meta().code()
    }
}
impl ::std::fmt::Display for DescribeLogGroupsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::InvalidParameterException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ServiceUnavailableException(e) => ::std::fmt::Display::fmt(e, f),
            Self::Unhandled(e) => ::std::fmt::Display::fmt(e, f),
        }
    }
}
impl ::std::error::Error for DescribeLogGroupsError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::InvalidParameterException(e) => ::std::option::Option::Some(e),
            Self::ServiceUnavailableException(e) => ::std::option::Option::Some(e),
            Self::Unhandled(e) => ::std::option::Option::Some(e),
        }
    }
}
