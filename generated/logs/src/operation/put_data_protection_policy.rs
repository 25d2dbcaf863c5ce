//! The `PutDataProtectionPolicy` operation: see [`Client::put_data_protection_policy`](crate::Client::put_data_protection_policy).
const OPERATION: crate::runtime::operation::OperationSpec = crate::runtime::operation::OperationSpec {
    name: "PutDataProtectionPolicy",
    target: "Logs_20140328.PutDataProtectionPolicy",
    host_prefix: ::std::option::Option::None,
    unsigned: false,
    endpoint_discovery: false,
    api_version_header: ::std::option::Option::None,
    min_attempt_timeout_secs: ::std::option::Option::None,
    partitions: &[],
};
/// Builds and sends a `PutDataProtectionPolicy` request; see [`Client::put_data_protection_policy`](crate::Client::put_data_protection_policy).
#[derive(::std::clone::Clone, ::std::fmt::Debug)]
pub struct PutDataProtectionPolicyFluentBuilder {
    handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    inner: crate::types::builders::PutDataProtectionPolicyRequestBuilder,
}
impl PutDataProtectionPolicyFluentBuilder {
    pub(crate) fn new(
        handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    ) -> Self {
        PutDataProtectionPolicyFluentBuilder {
            handle,
            inner: ::std::default::Default::default(),
        }
    }
    /// The input built so far.
    pub fn as_input(
        &self,
    ) -> &crate::types::builders::PutDataProtectionPolicyRequestBuilder {
        &self.inner
    }
    /// Specify either the log group name or log group ARN.
    pub fn log_group_identifier(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.log_group_identifier(input);
        self
    }
    /// Sets or clears [`log_group_identifier`](Self::log_group_identifier).
    pub fn set_log_group_identifier(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_log_group_identifier(input);
        self
    }
    /// Specify the data protection policy, in JSON.
    ///
    /// This policy must include two JSON blocks:
    ///
    /// - The first block must include both a `DataIdentifer` array and an `Operation`
    ///   property with an `Audit` action. The `DataIdentifer` array lists the types of
    ///   sensitive data that you want to mask. For more information about the available
    ///   options, see [Types of data that you can
    ///   mask](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/mask-sensitive-log-data-types.html).
    ///
    ///   The `Operation` property with an `Audit` action is required to find the
    ///   sensitive data terms. This `Audit` action must contain a `FindingsDestination`
    ///   object. You can optionally use that `FindingsDestination` object to list one
    ///   or more destinations to send audit findings to. If you specify destinations
    ///   such as log groups, Kinesis Data Firehose streams, and S3 buckets, they must
    ///   already exist.
    ///
    /// - The second block must include both a `DataIdentifer` array and an `Operation`
    ///   property with an `Deidentify` action. The `DataIdentifer` array must exactly
    ///   match the `DataIdentifer` array in the first block of the policy.
    ///
    ///   The `Operation` property with the `Deidentify` action is what actually masks
    ///   the data, and it must contain the `"MaskConfig": {}` object. The
    ///   `"MaskConfig": {}` object must be empty.
    ///
    /// For an example data protection policy, see the **Examples** section on this
    /// page.
    ///
    /// **Important:** The contents of the two `DataIdentifer` arrays must match
    /// exactly.
    ///
    /// In addition to the two JSON blocks, the `policyDocument` can also include
    /// `Name`, `Description`, and `Version` fields. The `Name` is used as a dimension
    /// when CloudWatch Logs reports audit findings metrics to CloudWatch.
    ///
    /// The JSON specified in `policyDocument` can be up to 30,720 characters.
    pub fn policy_document(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.policy_document(input);
        self
    }
    /// Sets or clears [`policy_document`](Self::policy_document).
    pub fn set_policy_document(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_policy_document(input);
        self
    }
    /// Sends the request.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::types::PutDataProtectionPolicyResponse,
        crate::runtime::SdkError<PutDataProtectionPolicyError>,
    > {
        let input = self.inner.build().map_err(crate::runtime::SdkError::Construction)?;
        self.handle
            .invoke::<
                _,
                crate::types::PutDataProtectionPolicyResponse,
                PutDataProtectionPolicyError,
            >(&OPERATION, &input)
            .await
    }
}
/// Errors of `PutDataProtectionPolicy`: one variant per error the spec or AWS's model lists, plus [`Unhandled`](PutDataProtectionPolicyError::Unhandled).
#[derive(::std::fmt::Debug)]
#[non_exhaustive]
pub enum PutDataProtectionPolicyError {
    /// The service returned `InvalidParameterException`.
    InvalidParameterException(crate::types::error::InvalidParameterException),
    /// The service returned `LimitExceededException`.
    LimitExceededException(crate::types::error::LimitExceededException),
    /// The service returned `OperationAbortedException`.
    OperationAbortedException(crate::types::error::OperationAbortedException),
    /// The service returned `ResourceNotFoundException`.
    ResourceNotFoundException(crate::types::error::ResourceNotFoundException),
    /// The service returned `ServiceUnavailableException`.
    ServiceUnavailableException(crate::types::error::ServiceUnavailableException),
    /// An error neither the spec nor AWS's model lists for this
    /// operation (the code, message, HTTP status and request id are kept).
    Unhandled(crate::runtime::Unhandled),
}
impl crate::runtime::OperationError for PutDataProtectionPolicyError {
    fn from_response(meta: crate::runtime::ErrorMetadata, body: &[u8]) -> Self {
        match meta.modelled_code() {
            ::std::option::Option::Some("InvalidParameterException") => {
                Self::InvalidParameterException(
                    <crate::types::error::InvalidParameterException>::from_response(
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
            ::std::option::Option::Some("OperationAbortedException") => {
                Self::OperationAbortedException(
                    <crate::types::error::OperationAbortedException>::from_response(
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
            Self::InvalidParameterException(e) => e.meta(),
            Self::LimitExceededException(e) => e.meta(),
            Self::OperationAbortedException(e) => e.meta(),
            Self::ResourceNotFoundException(e) => e.meta(),
            Self::ServiceUnavailableException(e) => e.meta(),
            Self::Unhandled(e) => e.meta(),
        }
    }
    fn with_attempts(mut self, attempts: u32) -> Self {
        match &mut self {
            Self::InvalidParameterException(e) => e.meta.set_attempts(attempts),
            Self::LimitExceededException(e) => e.meta.set_attempts(attempts),
            Self::OperationAbortedException(e) => e.meta.set_attempts(attempts),
            Self::ResourceNotFoundException(e) => e.meta.set_attempts(attempts),
            Self::ServiceUnavailableException(e) => e.meta.set_attempts(attempts),
            Self::Unhandled(e) => e.meta_mut().set_attempts(attempts),
        }
        self
    }
}
impl PutDataProtectionPolicyError {
    /// Status, code, message and request id of the response.
    pub fn meta(&self) -> &crate::runtime::ErrorMetadata {
        crate::runtime::OperationError::meta(self)
    }
    /// The error code the service sent, if any.
    pub fn code(&self) -> ::std::option::Option<&str> {
        self.meta().code()
    }
}
impl ::std::fmt::Display for PutDataProtectionPolicyError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::InvalidParameterException(e) => ::std::fmt::Display::fmt(e, f),
            Self::LimitExceededException(e) => ::std::fmt::Display::fmt(e, f),
            Self::OperationAbortedException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ResourceNotFoundException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ServiceUnavailableException(e) => ::std::fmt::Display::fmt(e, f),
            Self::Unhandled(e) => ::std::fmt::Display::fmt(e, f),
        }
    }
}
impl ::std::error::Error for PutDataProtectionPolicyError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::InvalidParameterException(e) => ::std::option::Option::Some(e),
            Self::LimitExceededException(e) => ::std::option::Option::Some(e),
            Self::OperationAbortedException(e) => ::std::option::Option::Some(e),
            Self::ResourceNotFoundException(e) => ::std::option::Option::Some(e),
            Self::ServiceUnavailableException(e) => ::std::option::Option::Some(e),
            Self::Unhandled(e) => ::std::option::Option::Some(e),
        }
    }
}
