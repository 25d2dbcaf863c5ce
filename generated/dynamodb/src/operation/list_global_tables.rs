//! The `ListGlobalTables` operation: see [`Client::list_global_tables`](crate::Client::list_global_tables).
const OPERATION: crate::runtime::operation::OperationSpec = crate::runtime::operation::OperationSpec {
    name: "ListGlobalTables",
    target: "DynamoDB_20120810.ListGlobalTables",
    host_prefix: ::std::option::Option::None,
    unsigned: false,
    endpoint_discovery: false,
    api_version_header: ::std::option::Option::None,
    min_attempt_timeout_secs: ::std::option::Option::None,
    partitions: &[],
};
/// Builds and sends a `ListGlobalTables` request; see [`Client::list_global_tables`](crate::Client::list_global_tables).
#[derive(::std::clone::Clone, ::std::fmt::Debug)]
pub struct ListGlobalTablesFluentBuilder {
    handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    inner: crate::types::builders::ListGlobalTablesInputBuilder,
}
impl ListGlobalTablesFluentBuilder {
    pub(crate) fn new(
        handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    ) -> Self {
        ListGlobalTablesFluentBuilder {
            handle,
            inner: ::std::default::Default::default(),
        }
    }
    /// The input built so far.
    pub fn as_input(&self) -> &crate::types::builders::ListGlobalTablesInputBuilder {
        &self.inner
    }
    /// The first global table name that this operation will evaluate.
    pub fn exclusive_start_global_table_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.exclusive_start_global_table_name(input);
        self
    }
    /// Sets or clears [`exclusive_start_global_table_name`](Self::exclusive_start_global_table_name).
    pub fn set_exclusive_start_global_table_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_exclusive_start_global_table_name(input);
        self
    }
    /// The maximum number of table names to return, if the parameter is not specified
    /// DynamoDB defaults to 100.
    ///
    /// If the number of global tables DynamoDB finds reaches this limit, it stops the
    /// operation and returns the table names collected up to that point, with a table
    /// name in the `LastEvaluatedGlobalTableName` to apply in a subsequent operation to
    /// the `ExclusiveStartGlobalTableName` parameter.
    pub fn limit(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.inner = self.inner.limit(input);
        self
    }
    /// Sets or clears [`limit`](Self::limit).
    pub fn set_limit(mut self, input: ::std::option::Option<i64>) -> Self {
        self.inner = self.inner.set_limit(input);
        self
    }
    /// Lists the global tables in a specific Region.
    pub fn region_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.region_name(input);
        self
    }
    /// Sets or clears [`region_name`](Self::region_name).
    pub fn set_region_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_region_name(input);
        self
    }
    /// Sends the request.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::types::ListGlobalTablesOutput,
        crate::runtime::SdkError<ListGlobalTablesError>,
    > {
        let input = self.inner.build().map_err(crate::runtime::SdkError::Construction)?;
        self.handle
            .invoke::<
                _,
                crate::types::ListGlobalTablesOutput,
                ListGlobalTablesError,
            >(&OPERATION, &input)
            .await
    }
}
/// Errors of `ListGlobalTables`: one variant per error the spec or AWS's model lists, plus [`Unhandled`](ListGlobalTablesError::Unhandled).
#[derive(::std::fmt::Debug)]
#[non_exhaustive]
pub enum ListGlobalTablesError {
    /// The service returned `InternalServerError`.
    InternalServerError(crate::types::error::InternalServerError),
    /// An error neither the spec nor AWS's model lists for this
    /// operation (the code, message, HTTP status and request id are kept).
    Unhandled(crate::runtime::Unhandled),
}
impl crate::runtime::OperationError for ListGlobalTablesError {
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
impl ListGlobalTablesError {
    /// Status, code, message and request id of the response.
    pub fn meta(&self) -> &crate::runtime::ErrorMetadata {
        crate::runtime::OperationError::meta(self)
    }
    /// The error code the service sent, if any.
    pub fn code(&self) -> ::std::option::Option<&str> {
        self.meta().code()
    }
}
impl ::std::fmt::Display for ListGlobalTablesError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::InternalServerError(e) => ::std::fmt::Display::fmt(e, f),
            Self::Unhandled(e) => ::std::fmt::Display::fmt(e, f),
        }
    }
}
impl ::std::error::Error for ListGlobalTablesError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::InternalServerError(e) => ::std::option::Option::Some(e),
            Self::Unhandled(e) => ::std::option::Option::Some(e),
        }
    }
}
