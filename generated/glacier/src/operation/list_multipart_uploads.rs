//! The `ListMultipartUploads` operation: see [`Client::list_multipart_uploads`](crate::Client::list_multipart_uploads).
const OPERATION: crate::runtime::operation::OperationSpec = crate::runtime::operation::OperationSpec {
    name: "ListMultipartUploads",
    target: "",
    host_prefix: ::std::option::Option::None,
    unsigned: false,
    endpoint_discovery: false,
    api_version_header: ::std::option::Option::None,
    min_attempt_timeout_secs: ::std::option::Option::None,
    partitions: &[],
};
/// Builds and sends a `ListMultipartUploads` request; see [`Client::list_multipart_uploads`](crate::Client::list_multipart_uploads).
#[derive(::std::clone::Clone, ::std::fmt::Debug)]
pub struct ListMultipartUploadsFluentBuilder {
    handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    inner: crate::types::builders::ListMultipartUploadsInputBuilder,
}
impl ListMultipartUploadsFluentBuilder {
    pub(crate) fn new(
        handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    ) -> Self {
        ListMultipartUploadsFluentBuilder {
            handle,
            inner: ::std::default::Default::default(),
        }
    }
    /// The input built so far.
    pub fn as_input(&self) -> &crate::types::builders::ListMultipartUploadsInputBuilder {
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
    /// Specifies the maximum number of uploads returned in the response body. If this
    /// value is not specified, the List Uploads operation returns up to 50 uploads.
    pub fn limit(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.limit(input);
        self
    }
    /// Sets or clears [`limit`](Self::limit).
    pub fn set_limit(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_limit(input);
        self
    }
    /// An opaque string used for pagination. This value specifies the upload at which
    /// the listing of uploads should begin. Get the marker value from a previous List
    /// Uploads response. You need only include the marker if you are continuing the
    /// pagination of results started in a previous List Uploads request.
    pub fn marker(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.marker(input);
        self
    }
    /// Sets or clears [`marker`](Self::marker).
    pub fn set_marker(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_marker(input);
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
        crate::types::ListMultipartUploadsOutput,
        crate::runtime::SdkError<ListMultipartUploadsError>,
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
                crate::types::ListMultipartUploadsOutput,
                ListMultipartUploadsError,
            >(&OPERATION, parts, parse)
            .await
    }
}
/// The request: labels, query, headers and body as AWS's model binds them.
fn request(
    input: &crate::types::ListMultipartUploadsInput,
) -> ::std::result::Result<
    crate::runtime::operation::RequestParts,
    crate::runtime::DispatchError,
> {
    let account_id: &str = &input.account_id;
    let vault_name: &str = &input.vault_name;
    let mut query = crate::runtime::rest::QueryParams::new();
    if let ::std::option::Option::Some(v) = &input.limit {
        query.push("limit", v.clone());
    }
    if let ::std::option::Option::Some(v) = &input.marker {
        query.push("marker", v.clone());
    }
    let path_and_query = crate::runtime::rest::build_uri(
            "/{accountId}/vaults/{vaultName}/multipart-uploads",
            &[("accountId", account_id), ("vaultName", vault_name)],
            &query,
        )
        .map_err(|e| {
            crate::runtime::DispatchError::with_source("cannot build the request URI", e)
                .permanent()
        })?;
    let mut headers: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
    let body = ::std::vec::Vec::new();
    crate::runtime::rest::default_header(
        &mut headers,
        "x-amz-glacier-version",
        "2012-06-01",
    );
    ::std::result::Result::Ok(crate::runtime::operation::RequestParts {
        method: "GET",
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
    crate::types::ListMultipartUploadsOutput,
    ::std::string::String,
> {
    let body: &[u8] = if response.body.iter().all(u8::is_ascii_whitespace) {
        b"{}"
    } else {
        &response.body
    };
    let out: crate::types::ListMultipartUploadsOutput = crate::runtime::json::from_slice(
        body,
    )?;
    ::std::result::Result::Ok(out)
}
impl ListMultipartUploadsFluentBuilder {
    /// A paginator over every page of `ListMultipartUploads` (see [`ListMultipartUploadsPaginator`]).
    pub fn into_paginator(self) -> ListMultipartUploadsPaginator {
        ListMultipartUploadsPaginator {
            builder: self,
        }
    }
}
/// Pages through `ListMultipartUploads`, following `Marker` → `marker`; stops when the token is absent, empty or repeated.
#[derive(::std::clone::Clone, ::std::fmt::Debug)]
pub struct ListMultipartUploadsPaginator {
    builder: ListMultipartUploadsFluentBuilder,
}
impl ListMultipartUploadsPaginator {
    /// Items per page (`limit`).
    pub fn page_size(
        mut self,
        size: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.builder = self.builder.limit(size);
        self
    }
    /// A stream of pages (the first page starts from the token set on the builder, if any).
    pub fn send(
        self,
    ) -> crate::runtime::paginator::PageStream<
        crate::types::ListMultipartUploadsOutput,
        ListMultipartUploadsError,
        ::std::string::String,
    > {
        let first = self.builder.inner.marker.clone();
        let builder = self.builder;
        crate::runtime::paginator::PageStream::new(
            first,
            move |token| builder.clone().set_marker(token).send(),
            |page: &crate::types::ListMultipartUploadsOutput| {
                page.marker.as_ref().cloned()
            },
        )
    }
    /// A stream of the `UploadsList` of every page.
    pub fn items(
        self,
    ) -> crate::runtime::paginator::ItemStream<
        crate::types::ListMultipartUploadsOutput,
        ListMultipartUploadsError,
        ::std::string::String,
        crate::types::UploadListElement,
    > {
        self.send()
            .items(|page: crate::types::ListMultipartUploadsOutput| {
                page.uploads_list.unwrap_or_default()
            })
    }
}
/// Errors of `ListMultipartUploads`: one variant per error the spec or AWS's model lists, plus [`Unhandled`](ListMultipartUploadsError::Unhandled).
#[derive(::std::fmt::Debug)]
#[non_exhaustive]
pub enum ListMultipartUploadsError {
    /// The service returned `InvalidParameterValueException`.
    InvalidParameterValueException(crate::types::error::InvalidParameterValueException),
    /// The service returned `MissingParameterValueException`.
    MissingParameterValueException(crate::types::error::MissingParameterValueException),
    /// The service returned `NoLongerSupportedException`.
    NoLongerSupportedException(crate::types::error::NoLongerSupportedException),
    /// The service returned `ResourceNotFoundException`.
    ResourceNotFoundException(crate::types::error::ResourceNotFoundException),
    /// The service returned `ServiceUnavailableException`.
    ServiceUnavailableException(crate::types::error::ServiceUnavailableException),
    /// An error neither the spec nor AWS's model lists for this
    /// operation (the code, message, HTTP status and request id are kept).
    Unhandled(crate::runtime::Unhandled),
}
impl crate::runtime::OperationError for ListMultipartUploadsError {
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
            Self::ResourceNotFoundException(e) => e.meta.set_attempts(attempts),
            Self::ServiceUnavailableException(e) => e.meta.set_attempts(attempts),
            Self::Unhandled(e) => e.meta_mut().set_attempts(attempts),
        }
        self
    }
}
impl ListMultipartUploadsError {
    /// Status, code, message and request id of the response.
    pub fn meta(&self) -> &crate::runtime::ErrorMetadata {
        crate::runtime::OperationError::meta(self)
    }
    /// The error code the service sent, if any.
    pub fn code(&self) -> ::std::option::Option<&str> {
        self.meta().code()
    }
}
impl ::std::fmt::Display for ListMultipartUploadsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::InvalidParameterValueException(e) => ::std::fmt::Display::fmt(e, f),
            Self::MissingParameterValueException(e) => ::std::fmt::Display::fmt(e, f),
            Self::NoLongerSupportedException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ResourceNotFoundException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ServiceUnavailableException(e) => ::std::fmt::Display::fmt(e, f),
            Self::Unhandled(e) => ::std::fmt::Display::fmt(e, f),
        }
    }
}
impl ::std::error::Error for ListMultipartUploadsError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::InvalidParameterValueException(e) => ::std::option::Option::Some(e),
            Self::MissingParameterValueException(e) => ::std::option::Option::Some(e),
            Self::NoLongerSupportedException(e) => ::std::option::Option::Some(e),
            Self::ResourceNotFoundException(e) => ::std::option::Option::Some(e),
            Self::ServiceUnavailableException(e) => ::std::option::Option::Some(e),
            Self::Unhandled(e) => ::std::option::Option::Some(e),
        }
    }
}
