//! The `UpdateGlobalTable` operation: see [`Client::update_global_table`](crate::Client::update_global_table).
const OPERATION: crate::runtime::operation::OperationSpec = crate::runtime::operation::OperationSpec {
    name: "UpdateGlobalTable",
    target: "DynamoDB_20120810.UpdateGlobalTable",
    host_prefix: ::std::option::Option::None,
    unsigned: false,
    endpoint_discovery: false,
    api_version_header: ::std::option::Option::None,
    min_attempt_timeout_secs: ::std::option::Option::None,
    partitions: &[],
};
/// Builds and sends a `UpdateGlobalTable` request; see [`Client::update_global_table`](crate::Client::update_global_table).
#[derive(::std::clone::Clone, ::std::fmt::Debug)]
pub struct UpdateGlobalTableFluentBuilder {
    handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    inner: crate::types::builders::UpdateGlobalTableInputBuilder,
}
impl UpdateGlobalTableFluentBuilder {
    pub(crate) fn new(
        handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    ) -> Self {
        UpdateGlobalTableFluentBuilder {
            handle,
            inner: ::std::default::Default::default(),
        }
    }
    /// The input built so far.
    pub fn as_input(&self) -> &crate::types::builders::UpdateGlobalTableInputBuilder {
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
    /// A list of Regions that should be added or removed from the global table.
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn replica_updates(
        mut self,
        input: impl ::std::convert::Into<crate::types::ReplicaUpdate>,
    ) -> Self {
        self.inner = self.inner.replica_updates(input);
        self
    }
    /// Sets or clears [`replica_updates`](Self::replica_updates).
    pub fn set_replica_updates(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::ReplicaUpdate>>,
    ) -> Self {
        self.inner = self.inner.set_replica_updates(input);
        self
    }
    /// Sends the request.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::types::UpdateGlobalTableOutput,
        crate::runtime::SdkError<UpdateGlobalTableError>,
    > {
        let input = self.inner.build().map_err(crate::runtime::SdkError::Construction)?;
        self.handle
            .invoke::<
                _,
                crate::types::UpdateGlobalTableOutput,
                UpdateGlobalTableError,
            >(&OPERATION, &input)
            .await
    }
}
/// Errors of `UpdateGlobalTable`: one variant per error the spec or AWS's model lists, plus [`Unhandled`](UpdateGlobalTableError::Unhandled).
#[derive(::std::fmt::Debug)]
#[non_exhaustive]
pub enum UpdateGlobalTableError {
    /// The service returned `GlobalTableNotFoundException`.
    GlobalTableNotFoundException(crate::types::error::GlobalTableNotFoundException),
    /// The service returned `InternalServerError`.
    InternalServerError(crate::types::error::InternalServerError),
    /// The service returned `ReplicaAlreadyExistsException`.
    ReplicaAlreadyExistsException(crate::types::error::ReplicaAlreadyExistsException),
    /// The service returned `ReplicaNotFoundException`.
    ReplicaNotFoundException(crate::types::error::ReplicaNotFoundException),
    /// The service returned `TableNotFoundException`.
    TableNotFoundException(crate::types::error::TableNotFoundException),
    /// An error neither the spec nor AWS's model lists for this
    /// operation (the code, message, HTTP status and request id are kept).
    Unhandled(crate::runtime::Unhandled),
}
impl crate::runtime::OperationError for UpdateGlobalTableError {
    fn from_response(meta: crate::runtime::ErrorMetadata, body: &[u8]) -> Self {
        match meta.modelled_code() {
            ::std::option::Option::Some("GlobalTableNotFoundException") => {
                Self::GlobalTableNotFoundException(
                    <crate::types::error::GlobalTableNotFoundException>::from_response(
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
            ::std::option::Option::Some("ReplicaAlreadyExistsException") => {
                Self::ReplicaAlreadyExistsException(
                    <crate::types::error::ReplicaAlreadyExistsException>::from_response(
                        meta,
                        body,
                    ),
                )
            }
            ::std::option::Option::Some("ReplicaNotFoundException") => {
                Self::ReplicaNotFoundException(
                    <crate::types::error::ReplicaNotFoundException>::from_response(
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
            Self::GlobalTableNotFoundException(e) => e.meta(),
            Self::InternalServerError(e) => e.meta(),
            Self::ReplicaAlreadyExistsException(e) => e.meta(),
            Self::ReplicaNotFoundException(e) => e.meta(),
            Self::TableNotFoundException(e) => e.meta(),
            Self::Unhandled(e) => e.meta(),
        }
    }
    fn with_attempts(mut self, attempts: u32) -> Self {
        match &mut self {
            Self::GlobalTableNotFoundException(e) => e.meta.set_attempts(attempts),
            Self::InternalServerError(e) => e.meta.set_attempts(attempts),
            Self::ReplicaAlreadyExistsException(e) => e.meta.set_attempts(attempts),
            Self::ReplicaNotFoundException(e) => e.meta.set_attempts(attempts),
            Self::TableNotFoundException(e) => e.meta.set_attempts(attempts),
            Self::Unhandled(e) => e.meta_mut().set_attempts(attempts),
        }
        self
    }
}
impl UpdateGlobalTableError {
    /// Status, code, message and request id of the response.
    pub fn meta(&self) -> &crate::runtime::ErrorMetadata {
        crate::runtime::OperationError::meta(self)
    }
    /// The error code the service sent, if any.
    pub fn code(&self) -> ::std::option::Option<&str> {
        self.meta().code()
    }
}
impl ::std::fmt::Display for UpdateGlobalTableError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::GlobalTableNotFoundException(e) => ::std::fmt::Display::fmt(e, f),
            Self::InternalServerError(e) => ::std::fmt::Display::fmt(e, f),
            Self::ReplicaAlreadyExistsException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ReplicaNotFoundException(e) => ::std::fmt::Display::fmt(e, f),
            Self::TableNotFoundException(e) => ::std::fmt::Display::fmt(e, f),
            Self::Unhandled(e) => ::std::fmt::Display::fmt(e, f),
        }
    }
}
impl ::std::error::Error for UpdateGlobalTableError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::GlobalTableNotFoundException(e) => ::std::option::Option::Some(e),
            Self::InternalServerError(e) => ::std::option::Option::Some(e),
            Self::ReplicaAlreadyExistsException(e) => ::std::option::Option::Some(e),
            Self::ReplicaNotFoundException(e) => ::std::option::Option::Some(e),
            Self::TableNotFoundException(e) => ::std::option::Option::Some(e),
            Self::Unhandled(e) => ::std::option::Option::Some(e),
        }
    }
}
