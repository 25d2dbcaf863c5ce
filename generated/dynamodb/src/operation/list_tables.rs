//! The `ListTables` operation: see [`Client::list_tables`](crate::Client::list_tables).
const OPERATION: crate::runtime::operation::OperationSpec = crate::runtime::operation::OperationSpec {
    name: "ListTables",
    target: "DynamoDB_20120810.ListTables",
    host_prefix: ::std::option::Option::None,
    unsigned: false,
    endpoint_discovery: false,
    api_version_header: ::std::option::Option::None,
    min_attempt_timeout_secs: ::std::option::Option::None,
    partitions: &[],
};
/// Builds and sends a `ListTables` request; see [`Client::list_tables`](crate::Client::list_tables).
#[derive(::std::clone::Clone, ::std::fmt::Debug)]
pub struct ListTablesFluentBuilder {
    handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    inner: crate::types::builders::ListTablesInputBuilder,
}
impl ListTablesFluentBuilder {
    pub(crate) fn new(
        handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    ) -> Self {
        ListTablesFluentBuilder {
            handle,
            inner: ::std::default::Default::default(),
        }
    }
    /// The input built so far.
    pub fn as_input(&self) -> &crate::types::builders::ListTablesInputBuilder {
        &self.inner
    }
    /// The first table name that this operation will evaluate. Use the value that was
    /// returned for `LastEvaluatedTableName` in a previous operation, so that you can
    /// obtain the next page of results.
    pub fn exclusive_start_table_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.exclusive_start_table_name(input);
        self
    }
    /// Sets or clears [`exclusive_start_table_name`](Self::exclusive_start_table_name).
    pub fn set_exclusive_start_table_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_exclusive_start_table_name(input);
        self
    }
    /// A maximum number of table names to return. If this parameter is not specified,
    /// the limit is 100.
    pub fn limit(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.inner = self.inner.limit(input);
        self
    }
    /// Sets or clears [`limit`](Self::limit).
    pub fn set_limit(mut self, input: ::std::option::Option<i64>) -> Self {
        self.inner = self.inner.set_limit(input);
        self
    }
    /// Sends the request.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::types::ListTablesOutput,
        crate::runtime::SdkError<ListTablesError>,
    > {
        let input = self.inner.build().map_err(crate::runtime::SdkError::Construction)?;
        self.handle
            .invoke::<
                _,
                crate::types::ListTablesOutput,
                ListTablesError,
            >(&OPERATION, &input)
            .await
    }
}
impl ListTablesFluentBuilder {
    /// A paginator over every page of `ListTables` (see [`ListTablesPaginator`]).
    pub fn into_paginator(self) -> ListTablesPaginator {
        ListTablesPaginator {
            builder: self,
        }
    }
}
/// Pages through `ListTables`, following `LastEvaluatedTableName` → `ExclusiveStartTableName`; stops when the token is absent, empty or repeated.
#[derive(::std::clone::Clone, ::std::fmt::Debug)]
pub struct ListTablesPaginator {
    builder: ListTablesFluentBuilder,
}
impl ListTablesPaginator {
    /// Items per page (`Limit`).
    pub fn page_size(mut self, size: impl ::std::convert::Into<i64>) -> Self {
        self.builder = self.builder.limit(size);
        self
    }
    /// A stream of pages (the first page starts from the token set on the builder, if any).
    pub fn send(
        self,
    ) -> crate::runtime::paginator::PageStream<
        crate::types::ListTablesOutput,
        ListTablesError,
        ::std::string::String,
    > {
        let first = self.builder.inner.exclusive_start_table_name.clone();
        let builder = self.builder;
        crate::runtime::paginator::PageStream::new(
            first,
            move |token| builder.clone().set_exclusive_start_table_name(token).send(),
            |page: &crate::types::ListTablesOutput| {
                page.last_evaluated_table_name.as_ref().cloned()
            },
        )
    }
    /// A stream of the `TableNames` of every page.
    pub fn items(
        self,
    ) -> crate::runtime::paginator::ItemStream<
        crate::types::ListTablesOutput,
        ListTablesError,
        ::std::string::String,
        ::std::string::String,
    > {
        self.send()
            .items(|page: crate::types::ListTablesOutput| {
                page.table_names.unwrap_or_default()
            })
    }
}
/// Errors of `ListTables`: one variant per error the spec or AWS's model lists, plus [`Unhandled`](ListTablesError::Unhandled).
#[derive(::std::fmt::Debug)]
#[non_exhaustive]
pub enum ListTablesError {
    /// The service returned `InternalServerError`.
    InternalServerError(crate::types::error::InternalServerError),
    /// An error neither the spec nor AWS's model lists for this
    /// operation (the code, message, HTTP status and request id are kept).
    Unhandled(crate::runtime::Unhandled),
}
impl crate::runtime::OperationError for ListTablesError {
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
impl ListTablesError {
    /// Status, code, message and request id of the response.
    pub fn meta(&self) -> &crate::runtime::ErrorMetadata {
        crate::runtime::OperationError::meta(self)
    }
    /// The error code the service sent, if any.
    pub fn code(&self) -> ::std::option::Option<&str> {
        self.meta().code()
    }
}
impl ::std::fmt::Display for ListTablesError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::InternalServerError(e) => ::std::fmt::Display::fmt(e, f),
            Self::Unhandled(e) => ::std::fmt::Display::fmt(e, f),
        }
    }
}
impl ::std::error::Error for ListTablesError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::InternalServerError(e) => ::std::option::Option::Some(e),
            Self::Unhandled(e) => ::std::option::Option::Some(e),
        }
    }
}
