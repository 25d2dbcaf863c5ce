//! The `UpdateContributorInsights` operation: see [`Client::update_contributor_insights`](crate::Client::update_contributor_insights).
const OPERATION: crate::runtime::operation::OperationSpec = crate::runtime::operation::OperationSpec {
    name: "UpdateContributorInsights",
    target: "DynamoDB_20120810.UpdateContributorInsights",
    host_prefix: ::std::option::Option::None,
    unsigned: false,
    endpoint_discovery: false,
    api_version_header: ::std::option::Option::None,
    min_attempt_timeout_secs: ::std::option::Option::None,
    partitions: &[],
};
/// Builds and sends a `UpdateContributorInsights` request; see [`Client::update_contributor_insights`](crate::Client::update_contributor_insights).
#[derive(::std::clone::Clone, ::std::fmt::Debug)]
pub struct UpdateContributorInsightsFluentBuilder {
    handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    inner: crate::types::builders::UpdateContributorInsightsInputBuilder,
}
impl UpdateContributorInsightsFluentBuilder {
    pub(crate) fn new(
        handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    ) -> Self {
        UpdateContributorInsightsFluentBuilder {
            handle,
            inner: ::std::default::Default::default(),
        }
    }
    /// The input built so far.
    pub fn as_input(
        &self,
    ) -> &crate::types::builders::UpdateContributorInsightsInputBuilder {
        &self.inner
    }
    /// Represents the contributor insights action.
    pub fn contributor_insights_action(
        mut self,
        input: impl ::std::convert::Into<crate::types::ContributorInsightsAction>,
    ) -> Self {
        self.inner = self.inner.contributor_insights_action(input);
        self
    }
    /// Sets or clears [`contributor_insights_action`](Self::contributor_insights_action).
    pub fn set_contributor_insights_action(
        mut self,
        input: ::std::option::Option<crate::types::ContributorInsightsAction>,
    ) -> Self {
        self.inner = self.inner.set_contributor_insights_action(input);
        self
    }
    /// The global secondary index name, if applicable.
    pub fn index_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.index_name(input);
        self
    }
    /// Sets or clears [`index_name`](Self::index_name).
    pub fn set_index_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_index_name(input);
        self
    }
    /// The name of the table.
    pub fn table_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.table_name(input);
        self
    }
    /// Sets or clears [`table_name`](Self::table_name).
    pub fn set_table_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_table_name(input);
        self
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    pub fn contributor_insights_mode(
        mut self,
        input: impl ::std::convert::Into<crate::types::ContributorInsightsMode>,
    ) -> Self {
        self.inner = self.inner.contributor_insights_mode(input);
        self
    }
    /// Sets or clears [`contributor_insights_mode`](Self::contributor_insights_mode).
    pub fn set_contributor_insights_mode(
        mut self,
        input: ::std::option::Option<crate::types::ContributorInsightsMode>,
    ) -> Self {
        self.inner = self.inner.set_contributor_insights_mode(input);
        self
    }
    /// Sends the request.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::types::UpdateContributorInsightsOutput,
        crate::runtime::SdkError<UpdateContributorInsightsError>,
    > {
        let input = self.inner.build().map_err(crate::runtime::SdkError::Construction)?;
        self.handle
            .invoke::<
                _,
                crate::types::UpdateContributorInsightsOutput,
                UpdateContributorInsightsError,
            >(&OPERATION, &input)
            .await
    }
}
/// Errors of `UpdateContributorInsights`: one variant per error the spec or AWS's model lists, plus [`Unhandled`](UpdateContributorInsightsError::Unhandled).
#[derive(::std::fmt::Debug)]
#[non_exhaustive]
pub enum UpdateContributorInsightsError {
    /// The service returned `InternalServerError`.
    InternalServerError(crate::types::error::InternalServerError),
    /// The service returned `ResourceNotFoundException`.
    ResourceNotFoundException(crate::types::error::ResourceNotFoundException),
    /// An error neither the spec nor AWS's model lists for this
    /// operation (the code, message, HTTP status and request id are kept).
    Unhandled(crate::runtime::Unhandled),
}
impl crate::runtime::OperationError for UpdateContributorInsightsError {
    fn from_response(meta: crate::runtime::ErrorMetadata, body: &[u8]) -> Self {
        match meta.modelled_code() {
            ::std::option::Option::Some("InternalServerError") => {
                Self::InternalServerError(
                    <crate::types::error::InternalServerError>::from_response(meta, body),
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
            _ => Self::Unhandled(crate::runtime::Unhandled::new(meta)),
        }
    }
    fn meta(&self) -> &crate::runtime::ErrorMetadata {
        match self {
            Self::InternalServerError(e) => e.meta(),
            Self::ResourceNotFoundException(e) => e.meta(),
            Self::Unhandled(e) => e.meta(),
        }
    }
    fn with_attempts(mut self, attempts: u32) -> Self {
        match &mut self {
            Self::InternalServerError(e) => e.meta.set_attempts(attempts),
            Self::ResourceNotFoundException(e) => e.meta.set_attempts(attempts),
            Self::Unhandled(e) => e.meta_mut().set_attempts(attempts),
        }
        self
    }
}
impl UpdateContributorInsightsError {
    /// Status, code, message and request id of the response.
    pub fn meta(&self) -> &crate::runtime::ErrorMetadata {
        crate::runtime::OperationError::meta(self)
    }
    /// The error code the service sent, if any.
    pub fn code(&self) -> ::std::option::Option<&str> {
        self.meta().code()
    }
}
impl ::std::fmt::Display for UpdateContributorInsightsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::InternalServerError(e) => ::std::fmt::Display::fmt(e, f),
            Self::ResourceNotFoundException(e) => ::std::fmt::Display::fmt(e, f),
            Self::Unhandled(e) => ::std::fmt::Display::fmt(e, f),
        }
    }
}
impl ::std::error::Error for UpdateContributorInsightsError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::InternalServerError(e) => ::std::option::Option::Some(e),
            Self::ResourceNotFoundException(e) => ::std::option::Option::Some(e),
            Self::Unhandled(e) => ::std::option::Option::Some(e),
        }
    }
}
