//! The `ListBackups` operation: see [`Client::list_backups`](crate::Client::list_backups).
const OPERATION: crate::runtime::operation::OperationSpec = crate::runtime::operation::OperationSpec {
    name: "ListBackups",
    target: "DynamoDB_20120810.ListBackups",
    host_prefix: ::std::option::Option::None,
    unsigned: false,
    endpoint_discovery: false,
    api_version_header: ::std::option::Option::None,
    min_attempt_timeout_secs: ::std::option::Option::None,
    partitions: &[],
};
/// Builds and sends a `ListBackups` request; see [`Client::list_backups`](crate::Client::list_backups).
#[derive(::std::clone::Clone, ::std::fmt::Debug)]
pub struct ListBackupsFluentBuilder {
    handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    inner: crate::types::builders::ListBackupsInputBuilder,
}
impl ListBackupsFluentBuilder {
    pub(crate) fn new(
        handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    ) -> Self {
        ListBackupsFluentBuilder {
            handle,
            inner: ::std::default::Default::default(),
        }
    }
    /// The input built so far.
    pub fn as_input(&self) -> &crate::types::builders::ListBackupsInputBuilder {
        &self.inner
    }
    /// The backups from the table specified by `BackupType` are listed.
    ///
    /// Where `BackupType` can be:
    ///
    /// - `USER` - On-demand backup created by you. (The default setting if no other
    ///   backup types are specified.)
    /// - `SYSTEM` - On-demand backup automatically created by DynamoDB.
    /// - `ALL` - All types of on-demand backups (USER and SYSTEM).
    pub fn backup_type(
        mut self,
        input: impl ::std::convert::Into<crate::types::BackupTypeFilter>,
    ) -> Self {
        self.inner = self.inner.backup_type(input);
        self
    }
    /// Sets or clears [`backup_type`](Self::backup_type).
    pub fn set_backup_type(
        mut self,
        input: ::std::option::Option<crate::types::BackupTypeFilter>,
    ) -> Self {
        self.inner = self.inner.set_backup_type(input);
        self
    }
    /// `LastEvaluatedBackupArn` is the Amazon Resource Name (ARN) of the backup last
    /// evaluated when the current page of results was returned, inclusive of the
    /// current page of results. This value may be specified as the
    /// `ExclusiveStartBackupArn` of a new `ListBackups` operation in order to fetch the
    /// next page of results.
    pub fn exclusive_start_backup_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.exclusive_start_backup_arn(input);
        self
    }
    /// Sets or clears [`exclusive_start_backup_arn`](Self::exclusive_start_backup_arn).
    pub fn set_exclusive_start_backup_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_exclusive_start_backup_arn(input);
        self
    }
    /// Maximum number of backups to return at once.
    pub fn limit(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.inner = self.inner.limit(input);
        self
    }
    /// Sets or clears [`limit`](Self::limit).
    pub fn set_limit(mut self, input: ::std::option::Option<i64>) -> Self {
        self.inner = self.inner.set_limit(input);
        self
    }
    /// The backups from the table specified by `TableName` are listed.
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
    /// Only backups created after this time are listed. `TimeRangeLowerBound` is
    /// inclusive.
    pub fn time_range_lower_bound(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.inner = self.inner.time_range_lower_bound(input);
        self
    }
    /// Sets or clears [`time_range_lower_bound`](Self::time_range_lower_bound).
    pub fn set_time_range_lower_bound(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.inner = self.inner.set_time_range_lower_bound(input);
        self
    }
    /// Only backups created before this time are listed. `TimeRangeUpperBound` is
    /// exclusive.
    pub fn time_range_upper_bound(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.inner = self.inner.time_range_upper_bound(input);
        self
    }
    /// Sets or clears [`time_range_upper_bound`](Self::time_range_upper_bound).
    pub fn set_time_range_upper_bound(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.inner = self.inner.set_time_range_upper_bound(input);
        self
    }
    /// Sends the request.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::types::ListBackupsOutput,
        crate::runtime::SdkError<ListBackupsError>,
    > {
        let input = self.inner.build().map_err(crate::runtime::SdkError::Construction)?;
        self.handle
            .invoke::<
                _,
                crate::types::ListBackupsOutput,
                ListBackupsError,
            >(&OPERATION, &input)
            .await
    }
}
impl ListBackupsFluentBuilder {
    /// A paginator over every page of `ListBackups` (see [`ListBackupsPaginator`]).
    pub fn into_paginator(self) -> ListBackupsPaginator {
        ListBackupsPaginator {
            builder: self,
        }
    }
}
/// Pages through `ListBackups`, following `LastEvaluatedBackupArn` → `ExclusiveStartBackupArn`; stops when the token is absent, empty or repeated.
#[derive(::std::clone::Clone, ::std::fmt::Debug)]
pub struct ListBackupsPaginator {
    builder: ListBackupsFluentBuilder,
}
impl ListBackupsPaginator {
    /// Items per page (`Limit`).
    pub fn page_size(mut self, size: impl ::std::convert::Into<i64>) -> Self {
        self.builder = self.builder.limit(size);
        self
    }
    /// A stream of pages (the first page starts from the token set on the builder, if any).
    pub fn send(
        self,
    ) -> crate::runtime::paginator::PageStream<
        crate::types::ListBackupsOutput,
        ListBackupsError,
        ::std::string::String,
    > {
        let first = self.builder.inner.exclusive_start_backup_arn.clone();
        let builder = self.builder;
        crate::runtime::paginator::PageStream::new(
            first,
            move |token| builder.clone().set_exclusive_start_backup_arn(token).send(),
            |page: &crate::types::ListBackupsOutput| {
                page.last_evaluated_backup_arn.as_ref().cloned()
            },
        )
    }
    /// A stream of the `BackupSummaries` of every page.
    pub fn items(
        self,
    ) -> crate::runtime::paginator::ItemStream<
        crate::types::ListBackupsOutput,
        ListBackupsError,
        ::std::string::String,
        crate::types::BackupSummary,
    > {
        self.send()
            .items(|page: crate::types::ListBackupsOutput| {
                page.backup_summaries.unwrap_or_default()
            })
    }
}
/// Errors of `ListBackups`: one variant per error the spec or AWS's model lists, plus [`Unhandled`](ListBackupsError::Unhandled).
#[derive(::std::fmt::Debug)]
#[non_exhaustive]
pub enum ListBackupsError {
    /// The service returned `InternalServerError`.
    InternalServerError(crate::types::error::InternalServerError),
    /// An error neither the spec nor AWS's model lists for this
    /// operation (the code, message, HTTP status and request id are kept).
    Unhandled(crate::runtime::Unhandled),
}
impl crate::runtime::OperationError for ListBackupsError {
    fn from_response(meta: crate::runtime::ErrorMetadata, body: &[u8]) -> Self {
        match meta.modelled_code() {
            ::std::option::Option::Some("InternalServerError") => {
                Self::InternalServerError(
                    <crate::types::error::InternalServerError>::from_response(meta, body),
                )
            }
            _ => Self::Unhandled(crate::runtime::Unhandled::new(meta)),
        }
    }
    fn meta(&self) -> &crate::runtime::ErrorMetadata {
        match self {
            Self::InternalServerError(e) => e.meta(),
            Self::Unhandled(e) => e.meta(),
        }
    }
    fn with_attempts(mut self, attempts: u32) -> Self {
        match &mut self {
            Self::InternalServerError(e) => e.meta.set_attempts(attempts),
            Self::Unhandled(e) => e.meta_mut().set_attempts(attempts),
        }
        self
    }
}
impl ListBackupsError {
    /// Status, code, message and request id of the response.
    pub fn meta(&self) -> &crate::runtime::ErrorMetadata {
        crate::runtime::OperationError::meta(self)
    }
    /// The error code the service sent, if any.
    pub fn code(&self) -> ::std::option::Option<&str> {
        self.meta().code()
    }
}
impl ::std::fmt::Display for ListBackupsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::InternalServerError(e) => ::std::fmt::Display::fmt(e, f),
            Self::Unhandled(e) => ::std::fmt::Display::fmt(e, f),
        }
    }
}
impl ::std::error::Error for ListBackupsError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::InternalServerError(e) => ::std::option::Option::Some(e),
            Self::Unhandled(e) => ::std::option::Option::Some(e),
        }
    }
}
