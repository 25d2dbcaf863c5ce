//! The `ImportTable` operation: see [`Client::import_table`](crate::Client::import_table).
const OPERATION: crate::runtime::operation::OperationSpec = crate::runtime::operation::OperationSpec {
    name: "ImportTable",
    target: "DynamoDB_20120810.ImportTable",
    host_prefix: ::std::option::Option::None,
    unsigned: false,
    endpoint_discovery: false,
    api_version_header: ::std::option::Option::None,
    min_attempt_timeout_secs: ::std::option::Option::None,
    partitions: &[],
};
/// Builds and sends a `ImportTable` request; see [`Client::import_table`](crate::Client::import_table).
#[derive(::std::clone::Clone, ::std::fmt::Debug)]
pub struct ImportTableFluentBuilder {
    handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    inner: crate::types::builders::ImportTableInputBuilder,
}
impl ImportTableFluentBuilder {
    pub(crate) fn new(
        handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    ) -> Self {
        ImportTableFluentBuilder {
            handle,
            inner: ::std::default::Default::default(),
        }
    }
    /// The input built so far.
    pub fn as_input(&self) -> &crate::types::builders::ImportTableInputBuilder {
        &self.inner
    }
    /// Providing a `ClientToken` makes the call to `ImportTableInput` idempotent,
    /// meaning that multiple identical calls have the same effect as one single call.
    ///
    /// A client token is valid for 8 hours after the first request that uses it is
    /// completed. After 8 hours, any request with the same client token is treated as a
    /// new request. Do not resubmit the same request with the same client token for
    /// more than 8 hours, or the result might not be idempotent.
    ///
    /// If you submit a request with the same client token but a change in other
    /// parameters within the 8-hour idempotency window, DynamoDB returns an
    /// `IdempotentParameterMismatch` exception.
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
    /// Type of compression to be used on the input coming from the imported table.
    pub fn input_compression_type(
        mut self,
        input: impl ::std::convert::Into<crate::types::InputCompressionType>,
    ) -> Self {
        self.inner = self.inner.input_compression_type(input);
        self
    }
    /// Sets or clears [`input_compression_type`](Self::input_compression_type).
    pub fn set_input_compression_type(
        mut self,
        input: ::std::option::Option<crate::types::InputCompressionType>,
    ) -> Self {
        self.inner = self.inner.set_input_compression_type(input);
        self
    }
    /// The format of the source data. Valid values for `ImportFormat` are `CSV`,
    /// `DYNAMODB_JSON` or `ION`.
    pub fn input_format(
        mut self,
        input: impl ::std::convert::Into<crate::types::InputFormat>,
    ) -> Self {
        self.inner = self.inner.input_format(input);
        self
    }
    /// Sets or clears [`input_format`](Self::input_format).
    pub fn set_input_format(
        mut self,
        input: ::std::option::Option<crate::types::InputFormat>,
    ) -> Self {
        self.inner = self.inner.set_input_format(input);
        self
    }
    /// Additional properties that specify how the input is formatted,
    pub fn input_format_options(
        mut self,
        input: impl ::std::convert::Into<crate::types::InputFormatOptions>,
    ) -> Self {
        self.inner = self.inner.input_format_options(input);
        self
    }
    /// Sets or clears [`input_format_options`](Self::input_format_options).
    pub fn set_input_format_options(
        mut self,
        input: ::std::option::Option<crate::types::InputFormatOptions>,
    ) -> Self {
        self.inner = self.inner.set_input_format_options(input);
        self
    }
    /// The S3 bucket that provides the source for the import.
    pub fn s3_bucket_source(
        mut self,
        input: impl ::std::convert::Into<crate::types::S3BucketSource>,
    ) -> Self {
        self.inner = self.inner.s3_bucket_source(input);
        self
    }
    /// Sets or clears [`s3_bucket_source`](Self::s3_bucket_source).
    pub fn set_s3_bucket_source(
        mut self,
        input: ::std::option::Option<crate::types::S3BucketSource>,
    ) -> Self {
        self.inner = self.inner.set_s3_bucket_source(input);
        self
    }
    /// Parameters for the table to import the data into.
    pub fn table_creation_parameters(
        mut self,
        input: impl ::std::convert::Into<crate::types::TableCreationParameters>,
    ) -> Self {
        self.inner = self.inner.table_creation_parameters(input);
        self
    }
    /// Sets or clears [`table_creation_parameters`](Self::table_creation_parameters).
    pub fn set_table_creation_parameters(
        mut self,
        input: ::std::option::Option<crate::types::TableCreationParameters>,
    ) -> Self {
        self.inner = self.inner.set_table_creation_parameters(input);
        self
    }
    /// Sends the request.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::types::ImportTableOutput,
        crate::runtime::SdkError<ImportTableError>,
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
                crate::types::ImportTableOutput,
                ImportTableError,
            >(&OPERATION, &input)
            .await
    }
}
/// Errors of `ImportTable`: one variant per error the spec or AWS's model lists, plus [`Unhandled`](ImportTableError::Unhandled).
#[derive(::std::fmt::Debug)]
#[non_exhaustive]
pub enum ImportTableError {
    /// The service returned `ImportConflictException`.
    ImportConflictException(crate::types::error::ImportConflictException),
    /// The service returned `LimitExceededException`.
    LimitExceededException(crate::types::error::LimitExceededException),
    /// The service returned `ResourceInUseException`.
    ResourceInUseException(crate::types::error::ResourceInUseException),
    /// An error neither the spec nor AWS's model lists for this
    /// operation (the code, message, HTTP status and request id are kept).
    Unhandled(crate::runtime::Unhandled),
}
impl crate::runtime::OperationError for ImportTableError {
    fn from_response(meta: crate::runtime::ErrorMetadata, body: &[u8]) -> Self {
        match meta.modelled_code() {
            ::std::option::Option::Some("ImportConflictException") => {
                Self::ImportConflictException(
                    <crate::types::error::ImportConflictException>::from_response(
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
            ::std::option::Option::Some("ResourceInUseException") => {
                Self::ResourceInUseException(
                    <crate::types::error::ResourceInUseException>::from_response(
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
            Self::ImportConflictException(e) => e.meta(),
            Self::LimitExceededException(e) => e.meta(),
            Self::ResourceInUseException(e) => e.meta(),
            Self::Unhandled(e) => e.meta(),
        }
    }
    fn with_attempts(mut self, attempts: u32) -> Self {
        match &mut self {
            Self::ImportConflictException(e) => e.meta.set_attempts(attempts),
            Self::LimitExceededException(e) => e.meta.set_attempts(attempts),
            Self::ResourceInUseException(e) => e.meta.set_attempts(attempts),
            Self::Unhandled(e) => e.meta_mut().set_attempts(attempts),
        }
        self
    }
}
impl ImportTableError {
    /// Status, code, message and request id of the response.
    pub fn meta(&self) -> &crate::runtime::ErrorMetadata {
        crate::runtime::OperationError::meta(self)
    }
    /// The error code the service sent, if any.
    pub fn code(&self) -> ::std::option::Option<&str> {
        self.meta().code()
    }
}
impl ::std::fmt::Display for ImportTableError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::ImportConflictException(e) => ::std::fmt::Display::fmt(e, f),
            Self::LimitExceededException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ResourceInUseException(e) => ::std::fmt::Display::fmt(e, f),
            Self::Unhandled(e) => ::std::fmt::Display::fmt(e, f),
        }
    }
}
impl ::std::error::Error for ImportTableError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::ImportConflictException(e) => ::std::option::Option::Some(e),
            Self::LimitExceededException(e) => ::std::option::Option::Some(e),
            Self::ResourceInUseException(e) => ::std::option::Option::Some(e),
            Self::Unhandled(e) => ::std::option::Option::Some(e),
        }
    }
}
