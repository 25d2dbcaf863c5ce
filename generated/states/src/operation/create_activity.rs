//! The `CreateActivity` operation: see [`Client::create_activity`](crate::Client::create_activity).
const OPERATION: crate::runtime::operation::OperationSpec = crate::runtime::operation::OperationSpec {
    name: "CreateActivity",
    target: "AWSStepFunctions.CreateActivity",
    host_prefix: ::std::option::Option::None,
    unsigned: false,
    endpoint_discovery: false,
    api_version_header: ::std::option::Option::None,
    min_attempt_timeout_secs: ::std::option::Option::None,
    partitions: &[],
};
/// Builds and sends a `CreateActivity` request; see [`Client::create_activity`](crate::Client::create_activity).
#[derive(::std::clone::Clone, ::std::fmt::Debug)]
pub struct CreateActivityFluentBuilder {
    handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    inner: crate::types::builders::CreateActivityInputBuilder,
}
impl CreateActivityFluentBuilder {
    pub(crate) fn new(
        handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    ) -> Self {
        CreateActivityFluentBuilder {
            handle,
            inner: ::std::default::Default::default(),
        }
    }
    /// The input built so far.
    pub fn as_input(&self) -> &crate::types::builders::CreateActivityInputBuilder {
        &self.inner
    }
    /// The name of the activity to create. This name must be unique for your Amazon Web
    /// Services account and region for 90 days. For more information, see [Limits
    /// Related to State Machine
    /// Executions](https://docs.aws.amazon.com/step-functions/latest/dg/limits.html#service-limits-state-machine-executions)
    /// in the *Step Functions Developer Guide*.
    ///
    /// A name must *not* contain:
    ///
    /// - white space
    /// - brackets `< > { } [ ]`
    /// - wildcard characters `? *`
    /// - special characters `` " # % \ ^ | ~ ` $ & , ; : / ``
    /// - control characters (`U+0000-001F`, `U+007F-009F`)
    ///
    /// To enable logging with CloudWatch Logs, the name should only contain 0-9, A-Z,
    /// a-z, - and \_.
    pub fn name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.name(input);
        self
    }
    /// Sets or clears [`name`](Self::name).
    pub fn set_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_name(input);
        self
    }
    /// The list of tags to add to a resource.
    ///
    /// An array of key-value pairs. For more information, see [Using Cost Allocation
    /// Tags](https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/cost-alloc-tags.html)
    /// in the *Amazon Web Services Billing and Cost Management User Guide*, and
    /// [Controlling Access Using IAM
    /// Tags](https://docs.aws.amazon.com/IAM/latest/UserGuide/access_iam-tags.html).
    ///
    /// Tags may only contain Unicode letters, digits, white space, or these symbols:
    /// `_ . : / = + - @`.
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn tags(mut self, input: impl ::std::convert::Into<crate::types::Tag>) -> Self {
        self.inner = self.inner.tags(input);
        self
    }
    /// Sets or clears [`tags`](Self::tags).
    pub fn set_tags(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::Tag>>,
    ) -> Self {
        self.inner = self.inner.set_tags(input);
        self
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    pub fn encryption_configuration(
        mut self,
        input: impl ::std::convert::Into<crate::types::EncryptionConfiguration>,
    ) -> Self {
        self.inner = self.inner.encryption_configuration(input);
        self
    }
    /// Sets or clears [`encryption_configuration`](Self::encryption_configuration).
    pub fn set_encryption_configuration(
        mut self,
        input: ::std::option::Option<crate::types::EncryptionConfiguration>,
    ) -> Self {
        self.inner = self.inner.set_encryption_configuration(input);
        self
    }
    /// Sends the request.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::types::CreateActivityOutput,
        crate::runtime::SdkError<CreateActivityError>,
    > {
        let input = self.inner.build().map_err(crate::runtime::SdkError::Construction)?;
        self.handle
            .invoke::<
                _,
                crate::types::CreateActivityOutput,
                CreateActivityError,
            >(&OPERATION, &input)
            .await
    }
}
/// Errors of `CreateActivity`: one variant per error the spec or AWS's model lists, plus [`Unhandled`](CreateActivityError::Unhandled).
#[derive(::std::fmt::Debug)]
#[non_exhaustive]
pub enum CreateActivityError {
    /// The service returned `ActivityAlreadyExists`.
    ActivityAlreadyExists(crate::types::error::ActivityAlreadyExists),
    /// The service returned `ActivityLimitExceeded`.
    ActivityLimitExceeded(crate::types::error::ActivityLimitExceeded),
    /// The service returned `InvalidEncryptionConfiguration`.
    InvalidEncryptionConfiguration(crate::types::error::InvalidEncryptionConfiguration),
    /// The service returned `InvalidName`.
    InvalidName(crate::types::error::InvalidName),
    /// The service returned `KmsAccessDeniedException`.
    KmsAccessDeniedException(crate::types::error::KmsAccessDeniedException),
    /// The service returned `KmsThrottlingException`.
    KmsThrottlingException(crate::types::error::KmsThrottlingException),
    /// The service returned `TooManyTags`.
    TooManyTags(crate::types::error::TooManyTags),
    /// An error neither the spec nor AWS's model lists for this
    /// operation (the code, message, HTTP status and request id are kept).
    Unhandled(crate::runtime::Unhandled),
}
impl crate::runtime::OperationError for CreateActivityError {
    fn from_response(meta: crate::runtime::ErrorMetadata, body: &[u8]) -> Self {
        match meta.modelled_code() {
            ::std::option::Option::Some("ActivityAlreadyExists") => {
                Self::ActivityAlreadyExists(
                    <crate::types::error::ActivityAlreadyExists>::from_response(
                        meta,
                        body,
                    ),
                )
            }
            ::std::option::Option::Some("ActivityLimitExceeded") => {
                Self::ActivityLimitExceeded(
                    <crate::types::error::ActivityLimitExceeded>::from_response(
                        meta,
                        body,
                    ),
                )
            }
            ::std::option::Option::Some("InvalidEncryptionConfiguration") => {
                Self::InvalidEncryptionConfiguration(
                    <crate::types::error::InvalidEncryptionConfiguration>::from_response(
                        meta,
                        body,
                    ),
                )
            }
            ::std::option::Option::Some("InvalidName") => {
                Self::InvalidName(
                    <crate::types::error::InvalidName>::from_response(meta, body),
                )
            }
            ::std::option::Option::Some("KmsAccessDeniedException") => {
                Self::KmsAccessDeniedException(
                    <crate::types::error::KmsAccessDeniedException>::from_response(
                        meta,
                        body,
                    ),
                )
            }
            ::std::option::Option::Some("KmsThrottlingException") => {
                Self::KmsThrottlingException(
                    <crate::types::error::KmsThrottlingException>::from_response(
                        meta,
                        body,
                    ),
                )
            }
            ::std::option::Option::Some("TooManyTags") => {
                Self::TooManyTags(
                    <crate::types::error::TooManyTags>::from_response(meta, body),
                )
            }
            _ => Self::Unhandled(crate::runtime::Unhandled::new(meta)),
        }
    }
    fn meta(&self) -> &crate::runtime::ErrorMetadata {
        match self {
            Self::ActivityAlreadyExists(e) => e.meta(),
            Self::ActivityLimitExceeded(e) => e.meta(),
            Self::InvalidEncryptionConfiguration(e) => e.meta(),
            Self::InvalidName(e) => e.meta(),
            Self::KmsAccessDeniedException(e) => e.meta(),
            Self::KmsThrottlingException(e) => e.meta(),
            Self::TooManyTags(e) => e.meta(),
            Self::Unhandled(e) => e.meta(),
        }
    }
    fn with_attempts(mut self, attempts: u32) -> Self {
        match &mut self {
            Self::ActivityAlreadyExists(e) => e.meta.set_attempts(attempts),
            Self::ActivityLimitExceeded(e) => e.meta.set_attempts(attempts),
            Self::InvalidEncryptionConfiguration(e) => e.meta.set_attempts(attempts),
            Self::InvalidName(e) => e.meta.set_attempts(attempts),
            Self::KmsAccessDeniedException(e) => e.meta.set_attempts(attempts),
            Self::KmsThrottlingException(e) => e.meta.set_attempts(attempts),
            Self::TooManyTags(e) => e.meta.set_attempts(attempts),
            Self::Unhandled(e) => e.meta_mut().set_attempts(attempts),
        }
        self
    }
}
impl CreateActivityError {
    /// Status, code, message and request id of the response.
    pub fn meta(&self) -> &crate::runtime::ErrorMetadata {
        crate::runtime::OperationError::meta(self)
    }
    /// The error code the service sent, if any.
    pub fn code(&self) -> ::std::option::Option<&str> {
        self.meta().code()
    }
}
impl ::std::fmt::Display for CreateActivityError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::ActivityAlreadyExists(e) => ::std::fmt::Display::fmt(e, f),
            Self::ActivityLimitExceeded(e) => ::std::fmt::Display::fmt(e, f),
            Self::InvalidEncryptionConfiguration(e) => ::std::fmt::Display::fmt(e, f),
            Self::InvalidName(e) => ::std::fmt::Display::fmt(e, f),
            Self::KmsAccessDeniedException(e) => ::std::fmt::Display::fmt(e, f),
            Self::KmsThrottlingException(e) => ::std::fmt::Display::fmt(e, f),
            Self::TooManyTags(e) => ::std::fmt::Display::fmt(e, f),
            Self::Unhandled(e) => ::std::fmt::Display::fmt(e, f),
        }
    }
}
impl ::std::error::Error for CreateActivityError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::ActivityAlreadyExists(e) => ::std::option::Option::Some(e),
            Self::ActivityLimitExceeded(e) => ::std::option::Option::Some(e),
            Self::InvalidEncryptionConfiguration(e) => ::std::option::Option::Some(e),
            Self::InvalidName(e) => ::std::option::Option::Some(e),
            Self::KmsAccessDeniedException(e) => ::std::option::Option::Some(e),
            Self::KmsThrottlingException(e) => ::std::option::Option::Some(e),
            Self::TooManyTags(e) => ::std::option::Option::Some(e),
            Self::Unhandled(e) => ::std::option::Option::Some(e),
        }
    }
}
