//! The `GetJobOutput` operation: see [`Client::get_job_output`](crate::Client::get_job_output).
const OPERATION: crate::runtime::operation::OperationSpec = crate::runtime::operation::OperationSpec {
    name: "GetJobOutput",
    target: "",
    host_prefix: ::std::option::Option::None,
    unsigned: false,
    endpoint_discovery: false,
    api_version_header: ::std::option::Option::None,
    min_attempt_timeout_secs: ::std::option::Option::None,
    partitions: &[],
};
/// Builds and sends a `GetJobOutput` request; see [`Client::get_job_output`](crate::Client::get_job_output).
#[derive(::std::clone::Clone, ::std::fmt::Debug)]
pub struct GetJobOutputFluentBuilder {
    handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    inner: crate::types::builders::GetJobOutputInputBuilder,
}
impl GetJobOutputFluentBuilder {
    pub(crate) fn new(
        handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    ) -> Self {
        GetJobOutputFluentBuilder {
            handle,
            inner: ::std::default::Default::default(),
        }
    }
    /// The input built so far.
    pub fn as_input(&self) -> &crate::types::builders::GetJobOutputInputBuilder {
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
    /// The job ID whose data is downloaded.
    pub fn job_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.job_id(input);
        self
    }
    /// Sets or clears [`job_id`](Self::job_id).
    pub fn set_job_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_job_id(input);
        self
    }
    /// The range of bytes to retrieve from the output. For example, if you want to
    /// download the first 1,048,576 bytes, specify the range as `bytes=0-1048575`. By
    /// default, this operation downloads the entire output.
    ///
    /// If the job output is large, then you can use a range to retrieve a portion of
    /// the output. This allows you to download the entire output in smaller chunks of
    /// bytes. For example, suppose you have 1 GB of job output you want to download and
    /// you decide to download 128 MB chunks of data at a time, which is a total of
    /// eight Get Job Output requests. You use the following process to download the job
    /// output:
    ///
    /// 1. Download a 128 MB chunk of output by specifying the appropriate byte range.
    ///    Verify that all 128 MB of data was received.
    /// 2. Along with the data, the response includes a SHA256 tree hash of the payload.
    ///    You compute the checksum of the payload on the client and compare it with the
    ///    checksum you received in the response to ensure you received all the expected
    ///    data.
    /// 3. Repeat steps 1 and 2 for all the eight 128 MB chunks of output data, each
    ///    time specifying the appropriate byte range.
    /// 4. After downloading all the parts of the job output, you have a list of eight
    ///    checksum values. Compute the tree hash of these values to find the checksum
    ///    of the entire output. Using the DescribeJob API, obtain job information of
    ///    the job that provided you the output. The response includes the checksum of
    ///    the entire archive stored in Amazon S3 Glacier. You compare this value with
    ///    the checksum you computed to ensure you have downloaded the entire archive
    ///    content with no errors.
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
        crate::types::GetJobOutputOutput,
        crate::runtime::SdkError<GetJobOutputError>,
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
            .invoke_rest_streaming::<
                crate::types::GetJobOutputOutput,
                GetJobOutputError,
            >(&OPERATION, parts, parse)
            .await
    }
}
/// The request: labels, query, headers and body as AWS's model binds them.
fn request(
    input: &crate::types::GetJobOutputInput,
) -> ::std::result::Result<
    crate::runtime::operation::RequestParts,
    crate::runtime::DispatchError,
> {
    let account_id: &str = &input.account_id;
    let job_id: &str = &input.job_id;
    let vault_name: &str = &input.vault_name;
    let query = crate::runtime::rest::QueryParams::new();
    let path_and_query = crate::runtime::rest::build_uri(
            "/{accountId}/vaults/{vaultName}/jobs/{jobId}/output",
            &[("accountId", account_id), ("jobId", job_id), ("vaultName", vault_name)],
            &query,
        )
        .map_err(|e| {
            crate::runtime::DispatchError::with_source("cannot build the request URI", e)
                .permanent()
        })?;
    let mut headers: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
    if let ::std::option::Option::Some(v) = &input.range {
        headers.push(("Range".to_owned(), v.clone()));
    }
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
    stream: crate::runtime::ByteStream,
) -> ::std::result::Result<crate::types::GetJobOutputOutput, ::std::string::String> {
    let body: &[u8] = b"{}";
    let mut out: crate::types::GetJobOutputOutput = crate::runtime::json::from_slice(
        body,
    )?;
    out.accept_ranges = crate::runtime::rest::read_header::<
        ::std::string::String,
    >(&response.headers, "Accept-Ranges")
        .map_err(|e| e.to_string())?;
    out.archive_description = crate::runtime::rest::read_header::<
        ::std::string::String,
    >(&response.headers, "x-amz-archive-description")
        .map_err(|e| e.to_string())?;
    out.body = stream;
    out.checksum = crate::runtime::rest::read_header::<
        ::std::string::String,
    >(&response.headers, "x-amz-sha256-tree-hash")
        .map_err(|e| e.to_string())?;
    out.content_range = crate::runtime::rest::read_header::<
        ::std::string::String,
    >(&response.headers, "Content-Range")
        .map_err(|e| e.to_string())?;
    out.content_type = crate::runtime::rest::read_header::<
        ::std::string::String,
    >(&response.headers, "Content-Type")
        .map_err(|e| e.to_string())?;
    out.status = ::std::option::Option::Some(
        ::std::convert::From::from(response.status),
    );
    ::std::result::Result::Ok(out)
}
/// Errors of `GetJobOutput`: one variant per error the spec or AWS's model lists, plus [`Unhandled`](GetJobOutputError::Unhandled).
#[derive(::std::fmt::Debug)]
#[non_exhaustive]
pub enum GetJobOutputError {
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
impl crate::runtime::OperationError for GetJobOutputError {
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
impl GetJobOutputError {
    /// Status, code, message and request id of the response.
    pub fn meta(&self) -> &crate::runtime::ErrorMetadata {
        crate::runtime::OperationError::meta(self)
    }
    /// The error code the service sent, if any.
    pub fn code(&self) -> ::std::option::Option<&str> {
        self.meta().code()
    }
}
impl ::std::fmt::Display for GetJobOutputError {
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
impl ::std::error::Error for GetJobOutputError {
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
