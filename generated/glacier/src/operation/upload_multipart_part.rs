//! The `UploadMultipartPart` operation: see [`Client::upload_multipart_part`](crate::Client::upload_multipart_part).
const OPERATION: crate::runtime::operation::OperationSpec = crate::runtime::operation::OperationSpec {
    name: "UploadMultipartPart",
    target: "",
    host_prefix: ::std::option::Option::None,
    unsigned: false,
    endpoint_discovery: false,
    api_version_header: ::std::option::Option::None,
    min_attempt_timeout_secs: ::std::option::Option::None,
    partitions: &[],
};
/// Builds and sends a `UploadMultipartPart` request; see [`Client::upload_multipart_part`](crate::Client::upload_multipart_part).
#[derive(::std::clone::Clone, ::std::fmt::Debug)]
pub struct UploadMultipartPartFluentBuilder {
    handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    inner: crate::types::builders::UploadMultipartPartInputBuilder,
}
impl UploadMultipartPartFluentBuilder {
    pub(crate) fn new(
        handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    ) -> Self {
        UploadMultipartPartFluentBuilder {
            handle,
            inner: ::std::default::Default::default(),
        }
    }
    /// The input built so far.
    pub fn as_input(&self) -> &crate::types::builders::UploadMultipartPartInputBuilder {
        &self.inner
    }
    /// The `AccountId` value is the AWS account ID of the account that owns the vault.
    /// You can either specify an AWS account ID or optionally a single '`-`' (hyphen),
    /// in which case Amazon S3 Glacier uses the AWS account ID associated with the
    /// credentials used to sign the request. If you use an account ID, do not include
    /// any hyphens ('-') in the ID.
    ///
    /// If not set, `send()` sends `-` (botocore's default).
    pub fn account_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.account_id(input);
        self
    }
    /// Sets or clears [`account_id`](Self::account_id).
    pub fn set_account_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_account_id(input);
        self
    }
    /// The data to upload.
    pub fn body(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Blob>,
    ) -> Self {
        self.inner = self.inner.body(input);
        self
    }
    /// Sets or clears [`body`](Self::body).
    pub fn set_body(
        mut self,
        input: ::std::option::Option<crate::runtime::Blob>,
    ) -> Self {
        self.inner = self.inner.set_body(input);
        self
    }
    /// The SHA256 tree hash of the data being uploaded.
    pub fn checksum(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.checksum(input);
        self
    }
    /// Sets or clears [`checksum`](Self::checksum).
    pub fn set_checksum(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_checksum(input);
        self
    }
    /// Identifies the range of bytes in the assembled archive that will be uploaded in
    /// this part. Amazon S3 Glacier uses this information to assemble the archive in
    /// the proper sequence. The format of this header follows RFC 2616. An example
    /// header is Content-Range:bytes 0-4194303/\*.
    pub fn range(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.range(input);
        self
    }
    /// Sets or clears [`range`](Self::range).
    pub fn set_range(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_range(input);
        self
    }
    /// The upload ID of the multipart upload.
    pub fn upload_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.upload_id(input);
        self
    }
    /// Sets or clears [`upload_id`](Self::upload_id).
    pub fn set_upload_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_upload_id(input);
        self
    }
    /// The name of the vault.
    pub fn vault_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.vault_name(input);
        self
    }
    /// Sets or clears [`vault_name`](Self::vault_name).
    pub fn set_vault_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_vault_name(input);
        self
    }
    /// Sends the request.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::types::UploadMultipartPartOutput,
        crate::runtime::SdkError<UploadMultipartPartError>,
    > {
        let input = {
            let mut inner = self.inner;
            if inner.account_id.is_none() {
                inner.account_id = ::std::option::Option::Some("-".to_owned());
            }
            inner.build().map_err(crate::runtime::SdkError::Construction)?
        };
        let parts = request(&input).map_err(crate::runtime::SdkError::Dispatch)?;
        self.handle
            .invoke_rest::<
                crate::types::UploadMultipartPartOutput,
                UploadMultipartPartError,
            >(&OPERATION, parts, parse)
            .await
    }
}
/// The request: labels, query, headers and body as AWS's model binds them.
fn request(
    input: &crate::types::UploadMultipartPartInput,
) -> ::std::result::Result<
    crate::runtime::operation::RequestParts,
    crate::runtime::DispatchError,
> {
    let account_id: &str = &input.account_id;
    let upload_id: &str = &input.upload_id;
    let vault_name: &str = &input.vault_name;
    let query = crate::runtime::rest::QueryParams::new();
    let path_and_query = crate::runtime::rest::build_uri(
            "/{accountId}/vaults/{vaultName}/multipart-uploads/{uploadId}",
            &[
                ("accountId", account_id),
                ("uploadId", upload_id),
                ("vaultName", vault_name),
            ],
            &query,
        )
        .map_err(|e| {
            crate::runtime::DispatchError::with_source("cannot build the request URI", e)
                .permanent()
        })?;
    let mut headers: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
    if let ::std::option::Option::Some(v) = &input.checksum {
        headers.push(("x-amz-sha256-tree-hash".to_owned(), v.clone()));
    }
    if let ::std::option::Option::Some(v) = &input.range {
        headers.push(("Content-Range".to_owned(), v.clone()));
    }
    let body = input.body.as_ref().map(|b| b.as_bytes().to_vec()).unwrap_or_default();
    crate::runtime::rest::body_digest_header(
        &mut headers,
        "x-amz-content-sha256",
        crate::runtime::rest::BodyDigest::Sha256,
        &body,
    );
    crate::runtime::rest::body_digest_header(
        &mut headers,
        "x-amz-sha256-tree-hash",
        crate::runtime::rest::BodyDigest::Sha256TreeHash,
        &body,
    );
    crate::runtime::rest::default_header(
        &mut headers,
        "x-amz-glacier-version",
        "2012-06-01",
    );
    ::std::result::Result::Ok(crate::runtime::operation::RequestParts {
        method: "PUT",
        path_and_query,
        headers,
        body,
    })
}
/// The output: body members from the JSON body, the others from
/// the headers, the status or the raw body as AWS's model binds them.
fn parse(
    response: &crate::runtime::http::HttpResponse,
) -> ::std::result::Result<
    crate::types::UploadMultipartPartOutput,
    ::std::string::String,
> {
    let body: &[u8] = b"{}";
    let mut out: crate::types::UploadMultipartPartOutput = crate::runtime::json::from_slice(
        body,
    )?;
    out.checksum = crate::runtime::rest::read_header::<
        ::std::string::String,
    >(&response.headers, "x-amz-sha256-tree-hash")
        .map_err(|e| e.to_string())?;
    ::std::result::Result::Ok(out)
}
/// Errors of `UploadMultipartPart`: one variant per error the spec or AWS's model lists, plus [`Unhandled`](UploadMultipartPartError::Unhandled).
#[derive(::std::fmt::Debug)]
#[non_exhaustive]
pub enum UploadMultipartPartError {
    /// The service returned `InvalidParameterValueException`.
    InvalidParameterValueException(crate::types::error::InvalidParameterValueException),
    /// The service returned `MissingParameterValueException`.
    MissingParameterValueException(crate::types::error::MissingParameterValueException),
    /// The service returned `NoLongerSupportedException`.
    NoLongerSupportedException(crate::types::error::NoLongerSupportedException),
    /// The service returned `RequestTimeoutException`.
    RequestTimeoutException(crate::types::error::RequestTimeoutException),
    /// The service returned `ResourceNotFoundException`.
    ResourceNotFoundException(crate::types::error::ResourceNotFoundException),
    /// The service returned `ServiceUnavailableException`.
    ServiceUnavailableException(crate::types::error::ServiceUnavailableException),
    /// An error neither the spec nor AWS's model lists for this
    /// operation (the code, message, HTTP status and request id are kept).
    Unhandled(crate::runtime::Unhandled),
}
impl crate::runtime::OperationError for UploadMultipartPartError {
    fn from_response(meta: crate::runtime::ErrorMetadata, body: &[u8]) -> Self {
        match meta.modelled_code() {
            ::std::option::Option::Some("InvalidParameterValueException") => {
                Self::InvalidParameterValueException(
                    <crate::types::error::InvalidParameterValueException>::from_response(
                        meta,
                        body,
                    ),
                )
            }
            ::std::option::Option::Some("MissingParameterValueException") => {
                Self::MissingParameterValueException(
                    <crate::types::error::MissingParameterValueException>::from_response(
                        meta,
                        body,
                    ),
                )
            }
            ::std::option::Option::Some("NoLongerSupportedException") => {
                Self::NoLongerSupportedException(
                    <crate::types::error::NoLongerSupportedException>::from_response(
                        meta,
                        body,
                    ),
                )
            }
            ::std::option::Option::Some("RequestTimeoutException") => {
                Self::RequestTimeoutException(
                    <crate::types::error::RequestTimeoutException>::from_response(
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
            Self::InvalidParameterValueException(e) => e.meta(),
            Self::MissingParameterValueException(e) => e.meta(),
            Self::NoLongerSupportedException(e) => e.meta(),
            Self::RequestTimeoutException(e) => e.meta(),
            Self::ResourceNotFoundException(e) => e.meta(),
            Self::ServiceUnavailableException(e) => e.meta(),
            Self::Unhandled(e) => e.meta(),
        }
    }
    fn with_attempts(mut self, attempts: u32) -> Self {
        match &mut self {
            Self::InvalidParameterValueException(e) => e.meta.set_attempts(attempts),
            Self::MissingParameterValueException(e) => e.meta.set_attempts(attempts),
            Self::NoLongerSupportedException(e) => e.meta.set_attempts(attempts),
            Self::RequestTimeoutException(e) => e.meta.set_attempts(attempts),
            Self::ResourceNotFoundException(e) => e.meta.set_attempts(attempts),
            Self::ServiceUnavailableException(e) => e.meta.set_attempts(attempts),
            Self::Unhandled(e) => e.meta_mut().set_attempts(attempts),
        }
        self
    }
}
impl UploadMultipartPartError {
    /// Status, code, message and request id of the response.
    pub fn meta(&self) -> &crate::runtime::ErrorMetadata {
        crate::runtime::OperationError::meta(self)
    }
    /// The error code the service sent, if any.
    pub fn code(&self) -> ::std::option::Option<&str> {
        self.meta().code()
    }
}
impl ::std::fmt::Display for UploadMultipartPartError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::InvalidParameterValueException(e) => ::std::fmt::Display::fmt(e, f),
            Self::MissingParameterValueException(e) => ::std::fmt::Display::fmt(e, f),
            Self::NoLongerSupportedException(e) => ::std::fmt::Display::fmt(e, f),
            Self::RequestTimeoutException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ResourceNotFoundException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ServiceUnavailableException(e) => ::std::fmt::Display::fmt(e, f),
            Self::Unhandled(e) => ::std::fmt::Display::fmt(e, f),
        }
    }
}
impl ::std::error::Error for UploadMultipartPartError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::InvalidParameterValueException(e) => ::std::option::Option::Some(e),
            Self::MissingParameterValueException(e) => ::std::option::Option::Some(e),
            Self::NoLongerSupportedException(e) => ::std::option::Option::Some(e),
            Self::RequestTimeoutException(e) => ::std::option::Option::Some(e),
            Self::ResourceNotFoundException(e) => ::std::option::Option::Some(e),
            Self::ServiceUnavailableException(e) => ::std::option::Option::Some(e),
            Self::Unhandled(e) => ::std::option::Option::Some(e),
        }
    }
}
