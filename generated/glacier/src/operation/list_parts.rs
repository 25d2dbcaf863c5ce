//! The `ListParts` operation: see [`Client::list_parts`](crate::Client::list_parts).
const OPERATION: crate::runtime::operation::OperationSpec = crate::runtime::operation::OperationSpec {
    name: "ListParts",
    target: "",
    host_prefix: ::std::option::Option::None,
    unsigned: false,
    endpoint_discovery: false,
    api_version_header: ::std::option::Option::None,
    min_attempt_timeout_secs: ::std::option::Option::None,
    partitions: &[],
};
/// Builds and sends a `ListParts` request; see [`Client::list_parts`](crate::Client::list_parts).
#[derive(::std::clone::Clone, ::std::fmt::Debug)]
pub struct ListPartsFluentBuilder {
    handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    inner: crate::types::builders::ListPartsInputBuilder,
}
impl ListPartsFluentBuilder {
    pub(crate) fn new(
        handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    ) -> Self {
        ListPartsFluentBuilder {
            handle,
            inner: ::std::default::Default::default(),
        }
    }
    /// The input built so far.
    pub fn as_input(&self) -> &crate::types::builders::ListPartsInputBuilder {
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
    /// The maximum number of parts to be returned. The default limit is 50. The number
    /// of parts returned might be fewer than the specified limit, but the number of
    /// returned parts never exceeds the limit.
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
    /// An opaque string used for pagination. This value specifies the part at which the
    /// listing of parts should begin. Get the marker value from the response of a
    /// previous List Parts response. You need only include the marker if you are
    /// continuing the pagination of results started in a previous List Parts request.
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
        crate::types::ListPartsOutput,
        crate::runtime::SdkError<ListPartsError>,
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
                crate::types::ListPartsOutput,
                ListPartsError,
            >(&OPERATION, parts, parse)
            .await
    }
}
/// The request: labels, query, headers and body as AWS's model binds them.
fn request(
    input: &crate::types::ListPartsInput,
) -> ::std::result::Result<
    crate::runtime::operation::RequestParts,
    crate::runtime::DispatchError,
> {
    let account_id: &str = &input.account_id;
    let upload_id: &str = &input.upload_id;
    let vault_name: &str = &input.vault_name;
    let mut query = crate::runtime::rest::QueryParams::new();
    if let ::std::option::Option::Some(v) = &input.limit {
        query.push("limit", v.clone());
    }
    if let ::std::option::Option::Some(v) = &input.marker {
        query.push("marker", v.clone());
    }
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
) -> ::std::result::Result<crate::types::ListPartsOutput, ::std::string::String> {
    let body: &[u8] = if response.body.iter().all(u8::is_ascii_whitespace) {
        b"{}"
    } else {
        &response.body
    };
    let out: crate::types::ListPartsOutput = crate::runtime::json::from_slice(body)?;
    ::std::result::Result::Ok(out)
}
impl ListPartsFluentBuilder {
    /// A paginator over every page of `ListParts` (see [`ListPartsPaginator`]).
    pub fn into_paginator(self) -> ListPartsPaginator {
        ListPartsPaginator {
            builder: self,
        }
    }
}
/// Pages through `ListParts`, following `Marker` → `marker`; stops when the token is absent, empty or repeated.
#[derive(::std::clone::Clone, ::std::fmt::Debug)]
pub struct ListPartsPaginator {
    builder: ListPartsFluentBuilder,
}
impl ListPartsPaginator {
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
        crate::types::ListPartsOutput,
        ListPartsError,
        ::std::string::String,
    > {
        let first = self.builder.inner.marker.clone();
        let builder = self.builder;
        crate::runtime::paginator::PageStream::new(
            first,
            move |token| builder.clone().set_marker(token).send(),
            |page: &crate::types::ListPartsOutput| { page.marker.as_ref().cloned() },
        )
    }
    /// A stream of the `Parts` of every page.
    pub fn items(
        self,
    ) -> crate::runtime::paginator::ItemStream<
        crate::types::ListPartsOutput,
        ListPartsError,
        ::std::string::String,
        crate::types::PartListElement,
    > {
        self.send()
            .items(|page: crate::types::ListPartsOutput| page.parts.unwrap_or_default())
    }
}
/// Errors of `ListParts`: one variant per error the spec or AWS's model lists, plus [`Unhandled`](ListPartsError::Unhandled).
#[derive(::std::fmt::Debug)]
#[non_exhaustive]
pub enum ListPartsError {
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
impl crate::runtime::OperationError for ListPartsError {
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
impl ListPartsError {
    /// Status, code, message and request id of the response.
    pub fn meta(&self) -> &crate::runtime::ErrorMetadata {
        crate::runtime::OperationError::meta(self)
    }
    /// The error code the service sent, if any.
    pub fn code(&self) -> ::std::option::Option<&str> {
        self.meta().code()
    }
}
impl ::std::fmt::Display for ListPartsError {
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
impl ::std::error::Error for ListPartsError {
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
