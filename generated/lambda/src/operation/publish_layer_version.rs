//! The `PublishLayerVersion` operation: see [`Client::publish_layer_version`](crate::Client::publish_layer_version).
const OPERATION: crate::runtime::operation::OperationSpec = crate::runtime::operation::OperationSpec {
    name: "PublishLayerVersion",
    target: "",
    host_prefix: ::std::option::Option::None,
    unsigned: false,
    endpoint_discovery: false,
    api_version_header: ::std::option::Option::None,
    min_attempt_timeout_secs: ::std::option::Option::None,
    partitions: &[],
};
/// Builds and sends a `PublishLayerVersion` request; see [`Client::publish_layer_version`](crate::Client::publish_layer_version).
#[derive(::std::clone::Clone, ::std::fmt::Debug)]
pub struct PublishLayerVersionFluentBuilder {
    handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    inner: crate::types::builders::PublishLayerVersionRequestBuilder,
}
impl PublishLayerVersionFluentBuilder {
    pub(crate) fn new(
        handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    ) -> Self {
        PublishLayerVersionFluentBuilder {
            handle,
            inner: ::std::default::Default::default(),
        }
    }
    /// The input built so far.
    pub fn as_input(
        &self,
    ) -> &crate::types::builders::PublishLayerVersionRequestBuilder {
        &self.inner
    }
    /// A list of compatible [instruction set
    /// architectures](https://docs.aws.amazon.com/lambda/latest/dg/foundation-arch.html).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn compatible_architectures(
        mut self,
        input: impl ::std::convert::Into<crate::types::Architecture>,
    ) -> Self {
        self.inner = self.inner.compatible_architectures(input);
        self
    }
    /// Sets or clears [`compatible_architectures`](Self::compatible_architectures).
    pub fn set_compatible_architectures(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::Architecture>>,
    ) -> Self {
        self.inner = self.inner.set_compatible_architectures(input);
        self
    }
    /// A list of compatible [function
    /// runtimes](https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html).
    /// Used for filtering with ListLayers and ListLayerVersions.
    ///
    /// The following list includes deprecated runtimes. For more information, see
    /// [Runtime deprecation
    /// policy](https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html#runtime-support-policy).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn compatible_runtimes(
        mut self,
        input: impl ::std::convert::Into<crate::types::Runtime>,
    ) -> Self {
        self.inner = self.inner.compatible_runtimes(input);
        self
    }
    /// Sets or clears [`compatible_runtimes`](Self::compatible_runtimes).
    pub fn set_compatible_runtimes(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::Runtime>>,
    ) -> Self {
        self.inner = self.inner.set_compatible_runtimes(input);
        self
    }
    /// The function layer archive.
    pub fn content(
        mut self,
        input: impl ::std::convert::Into<crate::types::LayerVersionContentInput>,
    ) -> Self {
        self.inner = self.inner.content(input);
        self
    }
    /// Sets or clears [`content`](Self::content).
    pub fn set_content(
        mut self,
        input: ::std::option::Option<crate::types::LayerVersionContentInput>,
    ) -> Self {
        self.inner = self.inner.set_content(input);
        self
    }
    /// The description of the version.
    pub fn description(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.description(input);
        self
    }
    /// Sets or clears [`description`](Self::description).
    pub fn set_description(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_description(input);
        self
    }
    /// The name or Amazon Resource Name (ARN) of the layer.
    pub fn layer_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.layer_name(input);
        self
    }
    /// Sets or clears [`layer_name`](Self::layer_name).
    pub fn set_layer_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_layer_name(input);
        self
    }
    /// The layer's software license. It can be any of the following:
    ///
    /// - An [SPDX license identifier](https://spdx.org/licenses/). For example, `MIT`.
    /// - The URL of a license hosted on the internet. For example,
    ///   `https://opensource.org/licenses/MIT`.
    /// - The full text of the license.
    pub fn license_info(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.license_info(input);
        self
    }
    /// Sets or clears [`license_info`](Self::license_info).
    pub fn set_license_info(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_license_info(input);
        self
    }
    /// Sends the request.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::types::PublishLayerVersionResponse,
        crate::runtime::SdkError<PublishLayerVersionError>,
    > {
        let input = self.inner.build().map_err(crate::runtime::SdkError::Construction)?;
        let parts = request(&input).map_err(crate::runtime::SdkError::Dispatch)?;
        self.handle
            .invoke_rest::<
                crate::types::PublishLayerVersionResponse,
                PublishLayerVersionError,
            >(&OPERATION, parts, parse)
            .await
    }
}
/// The request: labels, query, headers and body as AWS's model binds them.
fn request(
    input: &crate::types::PublishLayerVersionRequest,
) -> ::std::result::Result<
    crate::runtime::operation::RequestParts,
    crate::runtime::DispatchError,
> {
    let layer_name: &str = &input.layer_name;
    let query = crate::runtime::rest::QueryParams::new();
    let path_and_query = crate::runtime::rest::build_uri(
            "/2018-10-31/layers/{LayerName}/versions",
            &[("LayerName", layer_name)],
            &query,
        )
        .map_err(|e| {
            crate::runtime::DispatchError::with_source("cannot build the request URI", e)
                .permanent()
        })?;
    let mut headers: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
    let body = ::serde_json::to_vec(input)
        .map_err(|e| {
            crate::runtime::DispatchError::with_source("cannot serialize input", e)
        })?;
    headers.push(("content-type".to_owned(), "application/json".to_owned()));
    ::std::result::Result::Ok(crate::runtime::operation::RequestParts {
        method: "POST",
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
    crate::types::PublishLayerVersionResponse,
    ::std::string::String,
> {
    let body: &[u8] = if response.body.iter().all(u8::is_ascii_whitespace) {
        b"{}"
    } else {
        &response.body
    };
    let out: crate::types::PublishLayerVersionResponse = crate::runtime::json::from_slice(
        body,
    )?;
    ::std::result::Result::Ok(out)
}
/// Errors of `PublishLayerVersion`: one variant per error the spec or AWS's model lists, plus [`Unhandled`](PublishLayerVersionError::Unhandled).
#[derive(::std::fmt::Debug)]
#[non_exhaustive]
pub enum PublishLayerVersionError {
    /// The service returned `CodeStorageExceededException`.
    CodeStorageExceededException(crate::types::error::CodeStorageExceededException),
    /// The service returned `InvalidParameterValueException`.
    InvalidParameterValueException(crate::types::error::InvalidParameterValueException),
    /// The service returned `ResourceNotFoundException`.
    ResourceNotFoundException(crate::types::error::ResourceNotFoundException),
    /// The service returned `ServiceException`.
    ServiceException(crate::types::error::ServiceException),
    /// The service returned `TooManyRequestsException`.
    TooManyRequestsException(crate::types::error::TooManyRequestsException),
    /// An error neither the spec nor AWS's model lists for this
    /// operation (the code, message, HTTP status and request id are kept).
    Unhandled(crate::runtime::Unhandled),
}
impl crate::runtime::OperationError for PublishLayerVersionError {
    fn from_response(meta: crate::runtime::ErrorMetadata, body: &[u8]) -> Self {
        match meta.modelled_code() {
            ::std::option::Option::Some("CodeStorageExceededException") => {
                Self::CodeStorageExceededException(
                    <crate::types::error::CodeStorageExceededException>::from_response(
                        meta,
                        body,
                    ),
                )
            }
            ::std::option::Option::Some("InvalidParameterValueException") => {
                Self::InvalidParameterValueException(
                    <crate::types::error::InvalidParameterValueException>::from_response(
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
            ::std::option::Option::Some("ServiceException") => {
                Self::ServiceException(
                    <crate::types::error::ServiceException>::from_response(meta, body),
                )
            }
            ::std::option::Option::Some("TooManyRequestsException") => {
                Self::TooManyRequestsException(
                    <crate::types::error::TooManyRequestsException>::from_response(
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
            Self::CodeStorageExceededException(e) => e.meta(),
            Self::InvalidParameterValueException(e) => e.meta(),
            Self::ResourceNotFoundException(e) => e.meta(),
            Self::ServiceException(e) => e.meta(),
            Self::TooManyRequestsException(e) => e.meta(),
            Self::Unhandled(e) => e.meta(),
        }
    }
    fn with_attempts(mut self, attempts: u32) -> Self {
        match &mut self {
            Self::CodeStorageExceededException(e) => e.meta.set_attempts(attempts),
            Self::InvalidParameterValueException(e) => e.meta.set_attempts(attempts),
            Self::ResourceNotFoundException(e) => e.meta.set_attempts(attempts),
            Self::ServiceException(e) => e.meta.set_attempts(attempts),
            Self::TooManyRequestsException(e) => e.meta.set_attempts(attempts),
            Self::Unhandled(e) => e.meta_mut().set_attempts(attempts),
        }
        self
    }
}
impl PublishLayerVersionError {
    /// Status, code, message and request id of the response.
    pub fn meta(&self) -> &crate::runtime::ErrorMetadata {
        crate::runtime::OperationError::meta(self)
    }
    /// The error code the service sent, if any.
    pub fn code(&self) -> ::std::option::Option<&str> {
        self.meta().code()
    }
}
impl ::std::fmt::Display for PublishLayerVersionError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::CodeStorageExceededException(e) => ::std::fmt::Display::fmt(e, f),
            Self::InvalidParameterValueException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ResourceNotFoundException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ServiceException(e) => ::std::fmt::Display::fmt(e, f),
            Self::TooManyRequestsException(e) => ::std::fmt::Display::fmt(e, f),
            Self::Unhandled(e) => ::std::fmt::Display::fmt(e, f),
        }
    }
}
impl ::std::error::Error for PublishLayerVersionError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::CodeStorageExceededException(e) => ::std::option::Option::Some(e),
            Self::InvalidParameterValueException(e) => ::std::option::Option::Some(e),
            Self::ResourceNotFoundException(e) => ::std::option::Option::Some(e),
            Self::ServiceException(e) => ::std::option::Option::Some(e),
            Self::TooManyRequestsException(e) => ::std::option::Option::Some(e),
            Self::Unhandled(e) => ::std::option::Option::Some(e),
        }
    }
}
