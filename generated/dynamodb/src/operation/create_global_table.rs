//! The `CreateGlobalTable` operation: see [`Client::create_global_table`](crate::Client::create_global_table).
const OPERATION: crate::runtime::operation::OperationSpec = crate::runtime::operation::OperationSpec {
    name: "CreateGlobalTable",
    target: "DynamoDB_20120810.CreateGlobalTable",
    host_prefix: ::std::option::Option::None,
    unsigned: false,
    endpoint_discovery: false,
    api_version_header: ::std::option::Option::None,
    min_attempt_timeout_secs: ::std::option::Option::None,
    partitions: &[],
};
/// Builds and sends a `CreateGlobalTable` request; see [`Client::create_global_table`](crate::Client::create_global_table).
#[derive(::std::clone::Clone, ::std::fmt::Debug)]
pub struct CreateGlobalTableFluentBuilder {
    handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    inner: crate::types::builders::CreateGlobalTableInputBuilder,
}
impl CreateGlobalTableFluentBuilder {
    pub(crate) fn new(
        handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    ) -> Self {
        CreateGlobalTableFluentBuilder {
            handle,
            inner: ::std::default::Default::default(),
        }
    }
    /// The input built so far.
    pub fn as_input(&self) -> &crate::types::builders::CreateGlobalTableInputBuilder {
        &self.inner
    }
    /// The global table name.
    pub fn global_table_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.global_table_name(input);
        self
    }
    /// Sets or clears [`global_table_name`](Self::global_table_name).
    pub fn set_global_table_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_global_table_name(input);
        self
    }
    /// The Regions where the global table needs to be created.
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn replication_group(
        mut self,
        input: impl ::std::convert::Into<crate::types::Replica>,
    ) -> Self {
        self.inner = self.inner.replication_group(input);
        self
    }
    /// Sets or clears [`replication_group`](Self::replication_group).
    pub fn set_replication_group(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::Replica>>,
    ) -> Self {
        self.inner = self.inner.set_replication_group(input);
        self
    }
    /// Sends the request.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::types::CreateGlobalTableOutput,
        crate::runtime::SdkError<CreateGlobalTableError>,
    > {
        let input = self.inner.build().map_err(crate::runtime::SdkError::Construction)?;
        self.handle
            .invoke::<
                _,
                crate::types::CreateGlobalTableOutput,
                CreateGlobalTableError,
            >(&OPERATION, &input)
            .await
    }
}
/// Errors of `CreateGlobalTable`: one variant per error the spec or AWS's model lists, plus [`Unhandled`](CreateGlobalTableError::Unhandled).
#[derive(::std::fmt::Debug)]
#[non_exhaustive]
pub enum CreateGlobalTableError {
    /// The service returned `GlobalTableAlreadyExistsException`.
    GlobalTableAlreadyExistsException(
        crate::types::error::GlobalTableAlreadyExistsException,
    ),
    /// The service returned `InternalServerError`.
    InternalServerError(crate::types::error::InternalServerError),
    /// The service returned `LimitExceededException`.
    LimitExceededException(crate::types::error::LimitExceededException),
    /// The service returned `TableNotFoundException`.
    TableNotFoundException(crate::types::error::TableNotFoundException),
    /// An error neither the spec nor AWS's model lists for this
    /// operation (the code, message, HTTP status and request id are kept).
    Unhandled(crate::runtime::Unhandled),
}
impl crate::runtime::OperationError for CreateGlobalTableError {
    fn from_response(meta: crate::runtime::ErrorMetadata, body: &[u8]) -> Self {
        match meta.modelled_code() {
            ::std::option::Option::Some("GlobalTableAlreadyExistsException") => {
                Self::GlobalTableAlreadyExistsException(
                    <crate::types::error::GlobalTableAlreadyExistsException>::from_response(
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
            Self::GlobalTableAlreadyExistsException(e) => e.meta(),
            Self::InternalServerError(e) => e.meta(),
            Self::LimitExceededException(e) => e.meta(),
            Self::TableNotFoundException(e) => e.meta(),
            Self::Unhandled(e) => e.meta(),
        }
    }
    fn with_attempts(mut self, attempts: u32) -> Self {
        match &mut self {
            Self::GlobalTableAlreadyExistsException(e) => e.meta.set_attempts(attempts),
            Self::InternalServerError(e) => e.meta.set_attempts(attempts),
            Self::LimitExceededException(e) => e.meta.set_attempts(attempts),
            Self::TableNotFoundException(e) => e.meta.set_attempts(attempts),
            Self::Unhandled(e) => e.meta_mut().set_attempts(attempts),
        }
        self
    }
}
impl CreateGlobalTableError {
    /// Status, code, message and request id of the response.
    pub fn meta(&self) -> &crate::runtime::ErrorMetadata {
        crate::runtime::OperationError::meta(self)
    }
    /// The error code the service sent, if any.
    pub fn code(&self) -> ::std::option::Option<&str> {
        self.meta().code()
    }
}
impl ::std::fmt::Display for CreateGlobalTableError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::GlobalTableAlreadyExistsException(e) => ::std::fmt::Display::fmt(e, f),
            Self::InternalServerError(e) => ::std::fmt::Display::fmt(e, f),
            Self::LimitExceededException(e) => ::std::fmt::Display::fmt(e, f),
            Self::TableNotFoundException(e) => ::std::fmt::Display::fmt(e, f),
            Self::Unhandled(e) => ::std::fmt::Display::fmt(e, f),
        }
    }
}
impl ::std::error::Error for CreateGlobalTableError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::GlobalTableAlreadyExistsException(e) => ::std::option::Option::Some(e),
            Self::InternalServerError(e) => ::std::option::Option::Some(e),
            Self::LimitExceededException(e) => ::std::option::Option::Some(e),
            Self::TableNotFoundException(e) => ::std::option::Option::Some(e),
            Self::Unhandled(e) => ::std::option::Option::Some(e),
        }
    }
}
