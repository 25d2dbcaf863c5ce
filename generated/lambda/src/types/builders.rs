//! Builders for the structures in [`types`](crate::types).
/// A builder for [`AcceleratorConfig`](crate::types::AcceleratorConfig).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct AcceleratorConfigBuilder {
    pub(crate) accelerator_memory_size: ::std::option::Option<i64>,
}
impl ::std::fmt::Debug for AcceleratorConfigBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("AcceleratorConfigBuilder").finish_non_exhaustive()
    }
}
impl AcceleratorConfigBuilder {
    /// See [`AcceleratorConfig::accelerator_memory_size`](crate::types::AcceleratorConfig::accelerator_memory_size).
    pub fn accelerator_memory_size(
        mut self,
        input: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.accelerator_memory_size = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`accelerator_memory_size`](Self::accelerator_memory_size).
    pub fn set_accelerator_memory_size(
        mut self,
        input: ::std::option::Option<i64>,
    ) -> Self {
        self.accelerator_memory_size = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::AcceleratorConfig,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::AcceleratorConfig {
            accelerator_memory_size: self
                .accelerator_memory_size
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "AcceleratorConfig",
                        "accelerator_memory_size",
                    ),
                )?,
        })
    }
}
/// A builder for [`AccountLimit`](crate::types::AccountLimit).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct AccountLimitBuilder {
    pub(crate) code_size_unzipped: ::std::option::Option<i64>,
    pub(crate) code_size_zipped: ::std::option::Option<i64>,
    pub(crate) concurrent_executions: ::std::option::Option<i64>,
    pub(crate) total_code_size: ::std::option::Option<i64>,
    pub(crate) unreserved_concurrent_executions: ::std::option::Option<i64>,
}
impl ::std::fmt::Debug for AccountLimitBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("AccountLimitBuilder").finish_non_exhaustive()
    }
}
impl AccountLimitBuilder {
    /// See [`AccountLimit::code_size_unzipped`](crate::types::AccountLimit::code_size_unzipped).
    pub fn code_size_unzipped(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.code_size_unzipped = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`code_size_unzipped`](Self::code_size_unzipped).
    pub fn set_code_size_unzipped(mut self, input: ::std::option::Option<i64>) -> Self {
        self.code_size_unzipped = input;
        self
    }
    /// See [`AccountLimit::code_size_zipped`](crate::types::AccountLimit::code_size_zipped).
    pub fn code_size_zipped(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.code_size_zipped = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`code_size_zipped`](Self::code_size_zipped).
    pub fn set_code_size_zipped(mut self, input: ::std::option::Option<i64>) -> Self {
        self.code_size_zipped = input;
        self
    }
    /// See [`AccountLimit::concurrent_executions`](crate::types::AccountLimit::concurrent_executions).
    pub fn concurrent_executions(
        mut self,
        input: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.concurrent_executions = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`concurrent_executions`](Self::concurrent_executions).
    pub fn set_concurrent_executions(
        mut self,
        input: ::std::option::Option<i64>,
    ) -> Self {
        self.concurrent_executions = input;
        self
    }
    /// See [`AccountLimit::total_code_size`](crate::types::AccountLimit::total_code_size).
    pub fn total_code_size(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.total_code_size = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`total_code_size`](Self::total_code_size).
    pub fn set_total_code_size(mut self, input: ::std::option::Option<i64>) -> Self {
        self.total_code_size = input;
        self
    }
    /// See [`AccountLimit::unreserved_concurrent_executions`](crate::types::AccountLimit::unreserved_concurrent_executions).
    pub fn unreserved_concurrent_executions(
        mut self,
        input: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.unreserved_concurrent_executions = ::std::option::Option::Some(
            input.into(),
        );
        self
    }
    /// Sets or clears [`unreserved_concurrent_executions`](Self::unreserved_concurrent_executions).
    pub fn set_unreserved_concurrent_executions(
        mut self,
        input: ::std::option::Option<i64>,
    ) -> Self {
        self.unreserved_concurrent_executions = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::AccountLimit, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::AccountLimit {
            code_size_unzipped: self.code_size_unzipped,
            code_size_zipped: self.code_size_zipped,
            concurrent_executions: self.concurrent_executions,
            total_code_size: self.total_code_size,
            unreserved_concurrent_executions: self.unreserved_concurrent_executions,
        })
    }
}
/// A builder for [`AccountUsage`](crate::types::AccountUsage).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct AccountUsageBuilder {
    pub(crate) function_count: ::std::option::Option<i64>,
    pub(crate) total_code_size: ::std::option::Option<i64>,
}
impl ::std::fmt::Debug for AccountUsageBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("AccountUsageBuilder").finish_non_exhaustive()
    }
}
impl AccountUsageBuilder {
    /// See [`AccountUsage::function_count`](crate::types::AccountUsage::function_count).
    pub fn function_count(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.function_count = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`function_count`](Self::function_count).
    pub fn set_function_count(mut self, input: ::std::option::Option<i64>) -> Self {
        self.function_count = input;
        self
    }
    /// See [`AccountUsage::total_code_size`](crate::types::AccountUsage::total_code_size).
    pub fn total_code_size(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.total_code_size = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`total_code_size`](Self::total_code_size).
    pub fn set_total_code_size(mut self, input: ::std::option::Option<i64>) -> Self {
        self.total_code_size = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::AccountUsage, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::AccountUsage {
            function_count: self.function_count,
            total_code_size: self.total_code_size,
        })
    }
}
/// A builder for [`AddLayerVersionPermissionRequest`](crate::types::AddLayerVersionPermissionRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct AddLayerVersionPermissionRequestBuilder {
    pub(crate) action: ::std::option::Option<::std::string::String>,
    pub(crate) layer_name: ::std::option::Option<::std::string::String>,
    pub(crate) organization_id: ::std::option::Option<::std::string::String>,
    pub(crate) principal: ::std::option::Option<::std::string::String>,
    pub(crate) revision_id: ::std::option::Option<::std::string::String>,
    pub(crate) statement_id: ::std::option::Option<::std::string::String>,
    pub(crate) version_number: ::std::option::Option<i64>,
}
impl ::std::fmt::Debug for AddLayerVersionPermissionRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("AddLayerVersionPermissionRequestBuilder").finish_non_exhaustive()
    }
}
impl AddLayerVersionPermissionRequestBuilder {
    /// See [`AddLayerVersionPermissionRequest::action`](crate::types::AddLayerVersionPermissionRequest::action).
    pub fn action(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.action = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`action`](Self::action).
    pub fn set_action(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.action = input;
        self
    }
    /// See [`AddLayerVersionPermissionRequest::layer_name`](crate::types::AddLayerVersionPermissionRequest::layer_name).
    pub fn layer_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.layer_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`layer_name`](Self::layer_name).
    pub fn set_layer_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.layer_name = input;
        self
    }
    /// See [`AddLayerVersionPermissionRequest::organization_id`](crate::types::AddLayerVersionPermissionRequest::organization_id).
    pub fn organization_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.organization_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`organization_id`](Self::organization_id).
    pub fn set_organization_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.organization_id = input;
        self
    }
    /// See [`AddLayerVersionPermissionRequest::principal`](crate::types::AddLayerVersionPermissionRequest::principal).
    pub fn principal(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.principal = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`principal`](Self::principal).
    pub fn set_principal(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.principal = input;
        self
    }
    /// See [`AddLayerVersionPermissionRequest::revision_id`](crate::types::AddLayerVersionPermissionRequest::revision_id).
    pub fn revision_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.revision_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`revision_id`](Self::revision_id).
    pub fn set_revision_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.revision_id = input;
        self
    }
    /// See [`AddLayerVersionPermissionRequest::statement_id`](crate::types::AddLayerVersionPermissionRequest::statement_id).
    pub fn statement_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.statement_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`statement_id`](Self::statement_id).
    pub fn set_statement_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.statement_id = input;
        self
    }
    /// See [`AddLayerVersionPermissionRequest::version_number`](crate::types::AddLayerVersionPermissionRequest::version_number).
    pub fn version_number(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.version_number = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`version_number`](Self::version_number).
    pub fn set_version_number(mut self, input: ::std::option::Option<i64>) -> Self {
        self.version_number = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::AddLayerVersionPermissionRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::AddLayerVersionPermissionRequest {
            action: self
                .action
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "AddLayerVersionPermissionRequest",
                        "action",
                    ),
                )?,
            layer_name: self
                .layer_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "AddLayerVersionPermissionRequest",
                        "layer_name",
                    ),
                )?,
            organization_id: self.organization_id,
            principal: self
                .principal
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "AddLayerVersionPermissionRequest",
                        "principal",
                    ),
                )?,
            revision_id: self.revision_id,
            statement_id: self
                .statement_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "AddLayerVersionPermissionRequest",
                        "statement_id",
                    ),
                )?,
            version_number: self
                .version_number
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "AddLayerVersionPermissionRequest",
                        "version_number",
                    ),
                )?,
        })
    }
}
/// A builder for [`AddLayerVersionPermissionResponse`](crate::types::AddLayerVersionPermissionResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct AddLayerVersionPermissionResponseBuilder {
    pub(crate) revision_id: ::std::option::Option<::std::string::String>,
    pub(crate) statement: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for AddLayerVersionPermissionResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("AddLayerVersionPermissionResponseBuilder")
            .finish_non_exhaustive()
    }
}
impl AddLayerVersionPermissionResponseBuilder {
    /// See [`AddLayerVersionPermissionResponse::revision_id`](crate::types::AddLayerVersionPermissionResponse::revision_id).
    pub fn revision_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.revision_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`revision_id`](Self::revision_id).
    pub fn set_revision_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.revision_id = input;
        self
    }
    /// See [`AddLayerVersionPermissionResponse::statement`](crate::types::AddLayerVersionPermissionResponse::statement).
    pub fn statement(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.statement = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`statement`](Self::statement).
    pub fn set_statement(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.statement = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::AddLayerVersionPermissionResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::AddLayerVersionPermissionResponse {
            revision_id: self.revision_id,
            statement: self.statement,
        })
    }
}
/// A builder for [`AddPermissionRequest`](crate::types::AddPermissionRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct AddPermissionRequestBuilder {
    pub(crate) action: ::std::option::Option<::std::string::String>,
    pub(crate) event_source_token: ::std::option::Option<::std::string::String>,
    pub(crate) function_name: ::std::option::Option<::std::string::String>,
    pub(crate) function_url_auth_type: ::std::option::Option<
        crate::types::FunctionUrlAuthType,
    >,
    pub(crate) invoked_via_function_url: ::std::option::Option<bool>,
    pub(crate) principal: ::std::option::Option<::std::string::String>,
    pub(crate) principal_org_id: ::std::option::Option<::std::string::String>,
    pub(crate) qualifier: ::std::option::Option<::std::string::String>,
    pub(crate) revision_id: ::std::option::Option<::std::string::String>,
    pub(crate) source_account: ::std::option::Option<::std::string::String>,
    pub(crate) source_arn: ::std::option::Option<::std::string::String>,
    pub(crate) statement_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for AddPermissionRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("AddPermissionRequestBuilder").finish_non_exhaustive()
    }
}
impl AddPermissionRequestBuilder {
    /// See [`AddPermissionRequest::action`](crate::types::AddPermissionRequest::action).
    pub fn action(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.action = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`action`](Self::action).
    pub fn set_action(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.action = input;
        self
    }
    /// See [`AddPermissionRequest::event_source_token`](crate::types::AddPermissionRequest::event_source_token).
    pub fn event_source_token(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.event_source_token = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`event_source_token`](Self::event_source_token).
    pub fn set_event_source_token(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.event_source_token = input;
        self
    }
    /// See [`AddPermissionRequest::function_name`](crate::types::AddPermissionRequest::function_name).
    pub fn function_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.function_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`function_name`](Self::function_name).
    pub fn set_function_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.function_name = input;
        self
    }
    /// See [`AddPermissionRequest::function_url_auth_type`](crate::types::AddPermissionRequest::function_url_auth_type).
    pub fn function_url_auth_type(
        mut self,
        input: impl ::std::convert::Into<crate::types::FunctionUrlAuthType>,
    ) -> Self {
        self.function_url_auth_type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`function_url_auth_type`](Self::function_url_auth_type).
    pub fn set_function_url_auth_type(
        mut self,
        input: ::std::option::Option<crate::types::FunctionUrlAuthType>,
    ) -> Self {
        self.function_url_auth_type = input;
        self
    }
    /// See [`AddPermissionRequest::invoked_via_function_url`](crate::types::AddPermissionRequest::invoked_via_function_url).
    pub fn invoked_via_function_url(
        mut self,
        input: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.invoked_via_function_url = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`invoked_via_function_url`](Self::invoked_via_function_url).
    pub fn set_invoked_via_function_url(
        mut self,
        input: ::std::option::Option<bool>,
    ) -> Self {
        self.invoked_via_function_url = input;
        self
    }
    /// See [`AddPermissionRequest::principal`](crate::types::AddPermissionRequest::principal).
    pub fn principal(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.principal = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`principal`](Self::principal).
    pub fn set_principal(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.principal = input;
        self
    }
    /// See [`AddPermissionRequest::principal_org_id`](crate::types::AddPermissionRequest::principal_org_id).
    pub fn principal_org_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.principal_org_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`principal_org_id`](Self::principal_org_id).
    pub fn set_principal_org_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.principal_org_id = input;
        self
    }
    /// See [`AddPermissionRequest::qualifier`](crate::types::AddPermissionRequest::qualifier).
    pub fn qualifier(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.qualifier = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`qualifier`](Self::qualifier).
    pub fn set_qualifier(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.qualifier = input;
        self
    }
    /// See [`AddPermissionRequest::revision_id`](crate::types::AddPermissionRequest::revision_id).
    pub fn revision_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.revision_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`revision_id`](Self::revision_id).
    pub fn set_revision_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.revision_id = input;
        self
    }
    /// See [`AddPermissionRequest::source_account`](crate::types::AddPermissionRequest::source_account).
    pub fn source_account(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.source_account = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`source_account`](Self::source_account).
    pub fn set_source_account(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.source_account = input;
        self
    }
    /// See [`AddPermissionRequest::source_arn`](crate::types::AddPermissionRequest::source_arn).
    pub fn source_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.source_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`source_arn`](Self::source_arn).
    pub fn set_source_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.source_arn = input;
        self
    }
    /// See [`AddPermissionRequest::statement_id`](crate::types::AddPermissionRequest::statement_id).
    pub fn statement_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.statement_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`statement_id`](Self::statement_id).
    pub fn set_statement_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.statement_id = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::AddPermissionRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::AddPermissionRequest {
            action: self
                .action
                .ok_or(
                    crate::runtime::BuildError::missing("AddPermissionRequest", "action"),
                )?,
            event_source_token: self.event_source_token,
            function_name: self
                .function_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "AddPermissionRequest",
                        "function_name",
                    ),
                )?,
            function_url_auth_type: self.function_url_auth_type,
            invoked_via_function_url: self.invoked_via_function_url,
            principal: self
                .principal
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "AddPermissionRequest",
                        "principal",
                    ),
                )?,
            principal_org_id: self.principal_org_id,
            qualifier: self.qualifier,
            revision_id: self.revision_id,
            source_account: self.source_account,
            source_arn: self.source_arn,
            statement_id: self
                .statement_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "AddPermissionRequest",
                        "statement_id",
                    ),
                )?,
        })
    }
}
/// A builder for [`AddPermissionResponse`](crate::types::AddPermissionResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct AddPermissionResponseBuilder {
    pub(crate) statement: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for AddPermissionResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("AddPermissionResponseBuilder").finish_non_exhaustive()
    }
}
impl AddPermissionResponseBuilder {
    /// See [`AddPermissionResponse::statement`](crate::types::AddPermissionResponse::statement).
    pub fn statement(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.statement = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`statement`](Self::statement).
    pub fn set_statement(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.statement = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::AddPermissionResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::AddPermissionResponse {
            statement: self.statement,
        })
    }
}
/// A builder for [`AliasConfiguration`](crate::types::AliasConfiguration).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct AliasConfigurationBuilder {
    pub(crate) alias_arn: ::std::option::Option<::std::string::String>,
    pub(crate) description: ::std::option::Option<::std::string::String>,
    pub(crate) function_version: ::std::option::Option<::std::string::String>,
    pub(crate) name: ::std::option::Option<::std::string::String>,
    pub(crate) revision_id: ::std::option::Option<::std::string::String>,
    pub(crate) routing_config: ::std::option::Option<
        crate::types::AliasRoutingConfiguration,
    >,
}
impl ::std::fmt::Debug for AliasConfigurationBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("AliasConfigurationBuilder").finish_non_exhaustive()
    }
}
impl AliasConfigurationBuilder {
    /// See [`AliasConfiguration::alias_arn`](crate::types::AliasConfiguration::alias_arn).
    pub fn alias_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.alias_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`alias_arn`](Self::alias_arn).
    pub fn set_alias_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.alias_arn = input;
        self
    }
    /// See [`AliasConfiguration::description`](crate::types::AliasConfiguration::description).
    pub fn description(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.description = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`description`](Self::description).
    pub fn set_description(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.description = input;
        self
    }
    /// See [`AliasConfiguration::function_version`](crate::types::AliasConfiguration::function_version).
    pub fn function_version(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.function_version = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`function_version`](Self::function_version).
    pub fn set_function_version(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.function_version = input;
        self
    }
    /// See [`AliasConfiguration::name`](crate::types::AliasConfiguration::name).
    pub fn name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`name`](Self::name).
    pub fn set_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.name = input;
        self
    }
    /// See [`AliasConfiguration::revision_id`](crate::types::AliasConfiguration::revision_id).
    pub fn revision_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.revision_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`revision_id`](Self::revision_id).
    pub fn set_revision_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.revision_id = input;
        self
    }
    /// See [`AliasConfiguration::routing_config`](crate::types::AliasConfiguration::routing_config).
    pub fn routing_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::AliasRoutingConfiguration>,
    ) -> Self {
        self.routing_config = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`routing_config`](Self::routing_config).
    pub fn set_routing_config(
        mut self,
        input: ::std::option::Option<crate::types::AliasRoutingConfiguration>,
    ) -> Self {
        self.routing_config = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::AliasConfiguration,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::AliasConfiguration {
            alias_arn: self.alias_arn,
            description: self.description,
            function_version: self.function_version,
            name: self.name,
            revision_id: self.revision_id,
            routing_config: self.routing_config,
        })
    }
}
/// A builder for [`AliasRoutingConfiguration`](crate::types::AliasRoutingConfiguration).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct AliasRoutingConfigurationBuilder {
    pub(crate) additional_version_weights: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, f64>,
    >,
}
impl ::std::fmt::Debug for AliasRoutingConfigurationBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("AliasRoutingConfigurationBuilder").finish_non_exhaustive()
    }
}
impl AliasRoutingConfigurationBuilder {
    /// See [`AliasRoutingConfiguration::additional_version_weights`](crate::types::AliasRoutingConfiguration::additional_version_weights).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn additional_version_weights(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<f64>,
    ) -> Self {
        self.additional_version_weights
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`additional_version_weights`](Self::additional_version_weights).
    pub fn set_additional_version_weights(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, f64>,
        >,
    ) -> Self {
        self.additional_version_weights = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::AliasRoutingConfiguration,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::AliasRoutingConfiguration {
            additional_version_weights: self.additional_version_weights,
        })
    }
}
/// A builder for [`AllowedPublishers`](crate::types::AllowedPublishers).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct AllowedPublishersBuilder {
    pub(crate) signing_profile_version_arns: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
}
impl ::std::fmt::Debug for AllowedPublishersBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("AllowedPublishersBuilder").finish_non_exhaustive()
    }
}
impl AllowedPublishersBuilder {
    /// See [`AllowedPublishers::signing_profile_version_arns`](crate::types::AllowedPublishers::signing_profile_version_arns).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn signing_profile_version_arns(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.signing_profile_version_arns
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`signing_profile_version_arns`](Self::signing_profile_version_arns).
    pub fn set_signing_profile_version_arns(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.signing_profile_version_arns = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::AllowedPublishers,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::AllowedPublishers {
            signing_profile_version_arns: self
                .signing_profile_version_arns
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "AllowedPublishers",
                        "signing_profile_version_arns",
                    ),
                )?,
        })
    }
}
/// A builder for [`AmazonManagedKafkaEventSourceConfig`](crate::types::AmazonManagedKafkaEventSourceConfig).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct AmazonManagedKafkaEventSourceConfigBuilder {
    pub(crate) consumer_group_id: ::std::option::Option<::std::string::String>,
    pub(crate) schema_registry_config: ::std::option::Option<
        crate::types::KafkaSchemaRegistryConfig,
    >,
}
impl ::std::fmt::Debug for AmazonManagedKafkaEventSourceConfigBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("AmazonManagedKafkaEventSourceConfigBuilder")
            .finish_non_exhaustive()
    }
}
impl AmazonManagedKafkaEventSourceConfigBuilder {
    /// See [`AmazonManagedKafkaEventSourceConfig::consumer_group_id`](crate::types::AmazonManagedKafkaEventSourceConfig::consumer_group_id).
    pub fn consumer_group_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.consumer_group_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`consumer_group_id`](Self::consumer_group_id).
    pub fn set_consumer_group_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.consumer_group_id = input;
        self
    }
    /// See [`AmazonManagedKafkaEventSourceConfig::schema_registry_config`](crate::types::AmazonManagedKafkaEventSourceConfig::schema_registry_config).
    pub fn schema_registry_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::KafkaSchemaRegistryConfig>,
    ) -> Self {
        self.schema_registry_config = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`schema_registry_config`](Self::schema_registry_config).
    pub fn set_schema_registry_config(
        mut self,
        input: ::std::option::Option<crate::types::KafkaSchemaRegistryConfig>,
    ) -> Self {
        self.schema_registry_config = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::AmazonManagedKafkaEventSourceConfig,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::AmazonManagedKafkaEventSourceConfig {
            consumer_group_id: self.consumer_group_id,
            schema_registry_config: self.schema_registry_config,
        })
    }
}
/// A builder for [`CallbackDetails`](crate::types::CallbackDetails).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct CallbackDetailsBuilder {
    pub(crate) callback_id: ::std::option::Option<::std::string::String>,
    pub(crate) error: ::std::option::Option<crate::types::ErrorObject>,
    pub(crate) result: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for CallbackDetailsBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CallbackDetailsBuilder").finish_non_exhaustive()
    }
}
impl CallbackDetailsBuilder {
    /// See [`CallbackDetails::callback_id`](crate::types::CallbackDetails::callback_id).
    pub fn callback_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.callback_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`callback_id`](Self::callback_id).
    pub fn set_callback_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.callback_id = input;
        self
    }
    /// See [`CallbackDetails::error`](crate::types::CallbackDetails::error).
    pub fn error(
        mut self,
        input: impl ::std::convert::Into<crate::types::ErrorObject>,
    ) -> Self {
        self.error = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`error`](Self::error).
    pub fn set_error(
        mut self,
        input: ::std::option::Option<crate::types::ErrorObject>,
    ) -> Self {
        self.error = input;
        self
    }
    /// See [`CallbackDetails::result`](crate::types::CallbackDetails::result).
    pub fn result(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.result = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`result`](Self::result).
    pub fn set_result(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.result = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::CallbackDetails,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::CallbackDetails {
            callback_id: self.callback_id,
            error: self.error,
            result: self.result,
        })
    }
}
/// A builder for [`CallbackFailedDetails`](crate::types::CallbackFailedDetails).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct CallbackFailedDetailsBuilder {
    pub(crate) error: ::std::option::Option<crate::types::EventError>,
}
impl ::std::fmt::Debug for CallbackFailedDetailsBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CallbackFailedDetailsBuilder").finish_non_exhaustive()
    }
}
impl CallbackFailedDetailsBuilder {
    /// See [`CallbackFailedDetails::error`](crate::types::CallbackFailedDetails::error).
    pub fn error(
        mut self,
        input: impl ::std::convert::Into<crate::types::EventError>,
    ) -> Self {
        self.error = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`error`](Self::error).
    pub fn set_error(
        mut self,
        input: ::std::option::Option<crate::types::EventError>,
    ) -> Self {
        self.error = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::CallbackFailedDetails,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::CallbackFailedDetails {
            error: self
                .error
                .ok_or(
                    crate::runtime::BuildError::missing("CallbackFailedDetails", "error"),
                )?,
        })
    }
}
/// A builder for [`CallbackOptions`](crate::types::CallbackOptions).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct CallbackOptionsBuilder {
    pub(crate) heartbeat_timeout_seconds: ::std::option::Option<i64>,
    pub(crate) timeout_seconds: ::std::option::Option<i64>,
}
impl ::std::fmt::Debug for CallbackOptionsBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CallbackOptionsBuilder").finish_non_exhaustive()
    }
}
impl CallbackOptionsBuilder {
    /// See [`CallbackOptions::heartbeat_timeout_seconds`](crate::types::CallbackOptions::heartbeat_timeout_seconds).
    pub fn heartbeat_timeout_seconds(
        mut self,
        input: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.heartbeat_timeout_seconds = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`heartbeat_timeout_seconds`](Self::heartbeat_timeout_seconds).
    pub fn set_heartbeat_timeout_seconds(
        mut self,
        input: ::std::option::Option<i64>,
    ) -> Self {
        self.heartbeat_timeout_seconds = input;
        self
    }
    /// See [`CallbackOptions::timeout_seconds`](crate::types::CallbackOptions::timeout_seconds).
    pub fn timeout_seconds(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.timeout_seconds = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`timeout_seconds`](Self::timeout_seconds).
    pub fn set_timeout_seconds(mut self, input: ::std::option::Option<i64>) -> Self {
        self.timeout_seconds = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::CallbackOptions,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::CallbackOptions {
            heartbeat_timeout_seconds: self.heartbeat_timeout_seconds,
            timeout_seconds: self.timeout_seconds,
        })
    }
}
/// A builder for [`CallbackStartedDetails`](crate::types::CallbackStartedDetails).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct CallbackStartedDetailsBuilder {
    pub(crate) callback_id: ::std::option::Option<::std::string::String>,
    pub(crate) heartbeat_timeout: ::std::option::Option<i64>,
    pub(crate) timeout: ::std::option::Option<i64>,
}
impl ::std::fmt::Debug for CallbackStartedDetailsBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CallbackStartedDetailsBuilder").finish_non_exhaustive()
    }
}
impl CallbackStartedDetailsBuilder {
    /// See [`CallbackStartedDetails::callback_id`](crate::types::CallbackStartedDetails::callback_id).
    pub fn callback_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.callback_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`callback_id`](Self::callback_id).
    pub fn set_callback_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.callback_id = input;
        self
    }
    /// See [`CallbackStartedDetails::heartbeat_timeout`](crate::types::CallbackStartedDetails::heartbeat_timeout).
    pub fn heartbeat_timeout(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.heartbeat_timeout = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`heartbeat_timeout`](Self::heartbeat_timeout).
    pub fn set_heartbeat_timeout(mut self, input: ::std::option::Option<i64>) -> Self {
        self.heartbeat_timeout = input;
        self
    }
    /// See [`CallbackStartedDetails::timeout`](crate::types::CallbackStartedDetails::timeout).
    pub fn timeout(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.timeout = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`timeout`](Self::timeout).
    pub fn set_timeout(mut self, input: ::std::option::Option<i64>) -> Self {
        self.timeout = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::CallbackStartedDetails,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::CallbackStartedDetails {
            callback_id: self
                .callback_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CallbackStartedDetails",
                        "callback_id",
                    ),
                )?,
            heartbeat_timeout: self.heartbeat_timeout,
            timeout: self.timeout,
        })
    }
}
/// A builder for [`CallbackSucceededDetails`](crate::types::CallbackSucceededDetails).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct CallbackSucceededDetailsBuilder {
    pub(crate) result: ::std::option::Option<crate::types::EventResult>,
}
impl ::std::fmt::Debug for CallbackSucceededDetailsBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CallbackSucceededDetailsBuilder").finish_non_exhaustive()
    }
}
impl CallbackSucceededDetailsBuilder {
    /// See [`CallbackSucceededDetails::result`](crate::types::CallbackSucceededDetails::result).
    pub fn result(
        mut self,
        input: impl ::std::convert::Into<crate::types::EventResult>,
    ) -> Self {
        self.result = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`result`](Self::result).
    pub fn set_result(
        mut self,
        input: ::std::option::Option<crate::types::EventResult>,
    ) -> Self {
        self.result = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::CallbackSucceededDetails,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::CallbackSucceededDetails {
            result: self
                .result
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CallbackSucceededDetails",
                        "result",
                    ),
                )?,
        })
    }
}
/// A builder for [`CallbackTimedOutDetails`](crate::types::CallbackTimedOutDetails).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct CallbackTimedOutDetailsBuilder {
    pub(crate) error: ::std::option::Option<crate::types::EventError>,
}
impl ::std::fmt::Debug for CallbackTimedOutDetailsBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CallbackTimedOutDetailsBuilder").finish_non_exhaustive()
    }
}
impl CallbackTimedOutDetailsBuilder {
    /// See [`CallbackTimedOutDetails::error`](crate::types::CallbackTimedOutDetails::error).
    pub fn error(
        mut self,
        input: impl ::std::convert::Into<crate::types::EventError>,
    ) -> Self {
        self.error = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`error`](Self::error).
    pub fn set_error(
        mut self,
        input: ::std::option::Option<crate::types::EventError>,
    ) -> Self {
        self.error = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::CallbackTimedOutDetails,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::CallbackTimedOutDetails {
            error: self
                .error
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CallbackTimedOutDetails",
                        "error",
                    ),
                )?,
        })
    }
}
/// A builder for [`CapacityProvider`](crate::types::CapacityProvider).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct CapacityProviderBuilder {
    pub(crate) capacity_provider_arn: ::std::option::Option<::std::string::String>,
    pub(crate) capacity_provider_scaling_config: ::std::option::Option<
        crate::types::CapacityProviderScalingConfig,
    >,
    pub(crate) instance_requirements: ::std::option::Option<
        crate::types::InstanceRequirements,
    >,
    pub(crate) kms_key_arn: ::std::option::Option<::std::string::String>,
    pub(crate) last_modified: ::std::option::Option<::std::string::String>,
    pub(crate) permissions_config: ::std::option::Option<
        crate::types::CapacityProviderPermissionsConfig,
    >,
    pub(crate) propagate_tags: ::std::option::Option<crate::types::PropagateTags>,
    pub(crate) state: ::std::option::Option<crate::types::CapacityProviderState>,
    pub(crate) telemetry_config: ::std::option::Option<
        crate::types::CapacityProviderTelemetryConfig,
    >,
    pub(crate) vpc_config: ::std::option::Option<
        crate::types::CapacityProviderVpcConfig,
    >,
}
impl ::std::fmt::Debug for CapacityProviderBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CapacityProviderBuilder").finish_non_exhaustive()
    }
}
impl CapacityProviderBuilder {
    /// See [`CapacityProvider::capacity_provider_arn`](crate::types::CapacityProvider::capacity_provider_arn).
    pub fn capacity_provider_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.capacity_provider_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`capacity_provider_arn`](Self::capacity_provider_arn).
    pub fn set_capacity_provider_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.capacity_provider_arn = input;
        self
    }
    /// See [`CapacityProvider::capacity_provider_scaling_config`](crate::types::CapacityProvider::capacity_provider_scaling_config).
    pub fn capacity_provider_scaling_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::CapacityProviderScalingConfig>,
    ) -> Self {
        self.capacity_provider_scaling_config = ::std::option::Option::Some(
            input.into(),
        );
        self
    }
    /// Sets or clears [`capacity_provider_scaling_config`](Self::capacity_provider_scaling_config).
    pub fn set_capacity_provider_scaling_config(
        mut self,
        input: ::std::option::Option<crate::types::CapacityProviderScalingConfig>,
    ) -> Self {
        self.capacity_provider_scaling_config = input;
        self
    }
    /// See [`CapacityProvider::instance_requirements`](crate::types::CapacityProvider::instance_requirements).
    pub fn instance_requirements(
        mut self,
        input: impl ::std::convert::Into<crate::types::InstanceRequirements>,
    ) -> Self {
        self.instance_requirements = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`instance_requirements`](Self::instance_requirements).
    pub fn set_instance_requirements(
        mut self,
        input: ::std::option::Option<crate::types::InstanceRequirements>,
    ) -> Self {
        self.instance_requirements = input;
        self
    }
    /// See [`CapacityProvider::kms_key_arn`](crate::types::CapacityProvider::kms_key_arn).
    pub fn kms_key_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.kms_key_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`kms_key_arn`](Self::kms_key_arn).
    pub fn set_kms_key_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.kms_key_arn = input;
        self
    }
    /// See [`CapacityProvider::last_modified`](crate::types::CapacityProvider::last_modified).
    pub fn last_modified(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.last_modified = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`last_modified`](Self::last_modified).
    pub fn set_last_modified(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.last_modified = input;
        self
    }
    /// See [`CapacityProvider::permissions_config`](crate::types::CapacityProvider::permissions_config).
    pub fn permissions_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::CapacityProviderPermissionsConfig>,
    ) -> Self {
        self.permissions_config = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`permissions_config`](Self::permissions_config).
    pub fn set_permissions_config(
        mut self,
        input: ::std::option::Option<crate::types::CapacityProviderPermissionsConfig>,
    ) -> Self {
        self.permissions_config = input;
        self
    }
    /// See [`CapacityProvider::propagate_tags`](crate::types::CapacityProvider::propagate_tags).
    pub fn propagate_tags(
        mut self,
        input: impl ::std::convert::Into<crate::types::PropagateTags>,
    ) -> Self {
        self.propagate_tags = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`propagate_tags`](Self::propagate_tags).
    pub fn set_propagate_tags(
        mut self,
        input: ::std::option::Option<crate::types::PropagateTags>,
    ) -> Self {
        self.propagate_tags = input;
        self
    }
    /// See [`CapacityProvider::state`](crate::types::CapacityProvider::state).
    pub fn state(
        mut self,
        input: impl ::std::convert::Into<crate::types::CapacityProviderState>,
    ) -> Self {
        self.state = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`state`](Self::state).
    pub fn set_state(
        mut self,
        input: ::std::option::Option<crate::types::CapacityProviderState>,
    ) -> Self {
        self.state = input;
        self
    }
    /// See [`CapacityProvider::telemetry_config`](crate::types::CapacityProvider::telemetry_config).
    pub fn telemetry_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::CapacityProviderTelemetryConfig>,
    ) -> Self {
        self.telemetry_config = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`telemetry_config`](Self::telemetry_config).
    pub fn set_telemetry_config(
        mut self,
        input: ::std::option::Option<crate::types::CapacityProviderTelemetryConfig>,
    ) -> Self {
        self.telemetry_config = input;
        self
    }
    /// See [`CapacityProvider::vpc_config`](crate::types::CapacityProvider::vpc_config).
    pub fn vpc_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::CapacityProviderVpcConfig>,
    ) -> Self {
        self.vpc_config = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`vpc_config`](Self::vpc_config).
    pub fn set_vpc_config(
        mut self,
        input: ::std::option::Option<crate::types::CapacityProviderVpcConfig>,
    ) -> Self {
        self.vpc_config = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::CapacityProvider,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::CapacityProvider {
            capacity_provider_arn: self
                .capacity_provider_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CapacityProvider",
                        "capacity_provider_arn",
                    ),
                )?,
            capacity_provider_scaling_config: self.capacity_provider_scaling_config,
            instance_requirements: self.instance_requirements,
            kms_key_arn: self.kms_key_arn,
            last_modified: self.last_modified,
            permissions_config: self
                .permissions_config
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CapacityProvider",
                        "permissions_config",
                    ),
                )?,
            propagate_tags: self.propagate_tags,
            state: self
                .state
                .ok_or(
                    crate::runtime::BuildError::missing("CapacityProvider", "state"),
                )?,
            telemetry_config: self.telemetry_config,
            vpc_config: self
                .vpc_config
                .ok_or(
                    crate::runtime::BuildError::missing("CapacityProvider", "vpc_config"),
                )?,
        })
    }
}
/// A builder for [`CapacityProviderConfig`](crate::types::CapacityProviderConfig).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct CapacityProviderConfigBuilder {
    pub(crate) lambda_managed_instances_capacity_provider_config: ::std::option::Option<
        crate::types::LambdaManagedInstancesCapacityProviderConfig,
    >,
}
impl ::std::fmt::Debug for CapacityProviderConfigBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CapacityProviderConfigBuilder").finish_non_exhaustive()
    }
}
impl CapacityProviderConfigBuilder {
    /// See [`CapacityProviderConfig::lambda_managed_instances_capacity_provider_config`](crate::types::CapacityProviderConfig::lambda_managed_instances_capacity_provider_config).
    pub fn lambda_managed_instances_capacity_provider_config(
        mut self,
        input: impl ::std::convert::Into<
            crate::types::LambdaManagedInstancesCapacityProviderConfig,
        >,
    ) -> Self {
        self.lambda_managed_instances_capacity_provider_config = ::std::option::Option::Some(
            input.into(),
        );
        self
    }
    /// Sets or clears [`lambda_managed_instances_capacity_provider_config`](Self::lambda_managed_instances_capacity_provider_config).
    pub fn set_lambda_managed_instances_capacity_provider_config(
        mut self,
        input: ::std::option::Option<
            crate::types::LambdaManagedInstancesCapacityProviderConfig,
        >,
    ) -> Self {
        self.lambda_managed_instances_capacity_provider_config = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::CapacityProviderConfig,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::CapacityProviderConfig {
            lambda_managed_instances_capacity_provider_config: self
                .lambda_managed_instances_capacity_provider_config
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CapacityProviderConfig",
                        "lambda_managed_instances_capacity_provider_config",
                    ),
                )?,
        })
    }
}
/// A builder for [`CapacityProviderLoggingConfig`](crate::types::CapacityProviderLoggingConfig).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct CapacityProviderLoggingConfigBuilder {
    pub(crate) log_group: ::std::option::Option<::std::string::String>,
    pub(crate) system_log_level: ::std::option::Option<crate::types::SystemLogLevel>,
}
impl ::std::fmt::Debug for CapacityProviderLoggingConfigBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CapacityProviderLoggingConfigBuilder").finish_non_exhaustive()
    }
}
impl CapacityProviderLoggingConfigBuilder {
    /// See [`CapacityProviderLoggingConfig::log_group`](crate::types::CapacityProviderLoggingConfig::log_group).
    pub fn log_group(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.log_group = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`log_group`](Self::log_group).
    pub fn set_log_group(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.log_group = input;
        self
    }
    /// See [`CapacityProviderLoggingConfig::system_log_level`](crate::types::CapacityProviderLoggingConfig::system_log_level).
    pub fn system_log_level(
        mut self,
        input: impl ::std::convert::Into<crate::types::SystemLogLevel>,
    ) -> Self {
        self.system_log_level = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`system_log_level`](Self::system_log_level).
    pub fn set_system_log_level(
        mut self,
        input: ::std::option::Option<crate::types::SystemLogLevel>,
    ) -> Self {
        self.system_log_level = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::CapacityProviderLoggingConfig,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::CapacityProviderLoggingConfig {
            log_group: self.log_group,
            system_log_level: self.system_log_level,
        })
    }
}
/// A builder for [`CapacityProviderPermissionsConfig`](crate::types::CapacityProviderPermissionsConfig).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct CapacityProviderPermissionsConfigBuilder {
    pub(crate) capacity_provider_operator_role_arn: ::std::option::Option<
        ::std::string::String,
    >,
}
impl ::std::fmt::Debug for CapacityProviderPermissionsConfigBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CapacityProviderPermissionsConfigBuilder")
            .finish_non_exhaustive()
    }
}
impl CapacityProviderPermissionsConfigBuilder {
    /// See [`CapacityProviderPermissionsConfig::capacity_provider_operator_role_arn`](crate::types::CapacityProviderPermissionsConfig::capacity_provider_operator_role_arn).
    pub fn capacity_provider_operator_role_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.capacity_provider_operator_role_arn = ::std::option::Option::Some(
            input.into(),
        );
        self
    }
    /// Sets or clears [`capacity_provider_operator_role_arn`](Self::capacity_provider_operator_role_arn).
    pub fn set_capacity_provider_operator_role_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.capacity_provider_operator_role_arn = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::CapacityProviderPermissionsConfig,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::CapacityProviderPermissionsConfig {
            capacity_provider_operator_role_arn: self
                .capacity_provider_operator_role_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CapacityProviderPermissionsConfig",
                        "capacity_provider_operator_role_arn",
                    ),
                )?,
        })
    }
}
/// A builder for [`CapacityProviderScalingConfig`](crate::types::CapacityProviderScalingConfig).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct CapacityProviderScalingConfigBuilder {
    pub(crate) max_v_cpu_count: ::std::option::Option<i64>,
    pub(crate) scaling_mode: ::std::option::Option<
        crate::types::CapacityProviderScalingMode,
    >,
    pub(crate) scaling_policies: ::std::option::Option<
        ::std::vec::Vec<crate::types::TargetTrackingScalingPolicy>,
    >,
}
impl ::std::fmt::Debug for CapacityProviderScalingConfigBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CapacityProviderScalingConfigBuilder").finish_non_exhaustive()
    }
}
impl CapacityProviderScalingConfigBuilder {
    /// See [`CapacityProviderScalingConfig::max_v_cpu_count`](crate::types::CapacityProviderScalingConfig::max_v_cpu_count).
    pub fn max_v_cpu_count(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.max_v_cpu_count = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`max_v_cpu_count`](Self::max_v_cpu_count).
    pub fn set_max_v_cpu_count(mut self, input: ::std::option::Option<i64>) -> Self {
        self.max_v_cpu_count = input;
        self
    }
    /// See [`CapacityProviderScalingConfig::scaling_mode`](crate::types::CapacityProviderScalingConfig::scaling_mode).
    pub fn scaling_mode(
        mut self,
        input: impl ::std::convert::Into<crate::types::CapacityProviderScalingMode>,
    ) -> Self {
        self.scaling_mode = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`scaling_mode`](Self::scaling_mode).
    pub fn set_scaling_mode(
        mut self,
        input: ::std::option::Option<crate::types::CapacityProviderScalingMode>,
    ) -> Self {
        self.scaling_mode = input;
        self
    }
    /// See [`CapacityProviderScalingConfig::scaling_policies`](crate::types::CapacityProviderScalingConfig::scaling_policies).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn scaling_policies(
        mut self,
        input: impl ::std::convert::Into<crate::types::TargetTrackingScalingPolicy>,
    ) -> Self {
        self.scaling_policies
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`scaling_policies`](Self::scaling_policies).
    pub fn set_scaling_policies(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<crate::types::TargetTrackingScalingPolicy>,
        >,
    ) -> Self {
        self.scaling_policies = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::CapacityProviderScalingConfig,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::CapacityProviderScalingConfig {
            max_v_cpu_count: self.max_v_cpu_count,
            scaling_mode: self.scaling_mode,
            scaling_policies: self.scaling_policies,
        })
    }
}
/// A builder for [`CapacityProviderTelemetryConfig`](crate::types::CapacityProviderTelemetryConfig).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct CapacityProviderTelemetryConfigBuilder {
    pub(crate) logging_config: ::std::option::Option<
        crate::types::CapacityProviderLoggingConfig,
    >,
}
impl ::std::fmt::Debug for CapacityProviderTelemetryConfigBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CapacityProviderTelemetryConfigBuilder").finish_non_exhaustive()
    }
}
impl CapacityProviderTelemetryConfigBuilder {
    /// See [`CapacityProviderTelemetryConfig::logging_config`](crate::types::CapacityProviderTelemetryConfig::logging_config).
    pub fn logging_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::CapacityProviderLoggingConfig>,
    ) -> Self {
        self.logging_config = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`logging_config`](Self::logging_config).
    pub fn set_logging_config(
        mut self,
        input: ::std::option::Option<crate::types::CapacityProviderLoggingConfig>,
    ) -> Self {
        self.logging_config = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::CapacityProviderTelemetryConfig,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::CapacityProviderTelemetryConfig {
            logging_config: self.logging_config,
        })
    }
}
/// A builder for [`CapacityProviderVpcConfig`](crate::types::CapacityProviderVpcConfig).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct CapacityProviderVpcConfigBuilder {
    pub(crate) security_group_ids: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    pub(crate) subnet_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
impl ::std::fmt::Debug for CapacityProviderVpcConfigBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CapacityProviderVpcConfigBuilder").finish_non_exhaustive()
    }
}
impl CapacityProviderVpcConfigBuilder {
    /// See [`CapacityProviderVpcConfig::security_group_ids`](crate::types::CapacityProviderVpcConfig::security_group_ids).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn security_group_ids(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.security_group_ids
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`security_group_ids`](Self::security_group_ids).
    pub fn set_security_group_ids(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.security_group_ids = input;
        self
    }
    /// See [`CapacityProviderVpcConfig::subnet_ids`](crate::types::CapacityProviderVpcConfig::subnet_ids).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn subnet_ids(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.subnet_ids.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`subnet_ids`](Self::subnet_ids).
    pub fn set_subnet_ids(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.subnet_ids = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::CapacityProviderVpcConfig,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::CapacityProviderVpcConfig {
            security_group_ids: self
                .security_group_ids
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CapacityProviderVpcConfig",
                        "security_group_ids",
                    ),
                )?,
            subnet_ids: self
                .subnet_ids
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CapacityProviderVpcConfig",
                        "subnet_ids",
                    ),
                )?,
        })
    }
}
/// A builder for [`ChainedInvokeDetails`](crate::types::ChainedInvokeDetails).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ChainedInvokeDetailsBuilder {
    pub(crate) error: ::std::option::Option<crate::types::ErrorObject>,
    pub(crate) result: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ChainedInvokeDetailsBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ChainedInvokeDetailsBuilder").finish_non_exhaustive()
    }
}
impl ChainedInvokeDetailsBuilder {
    /// See [`ChainedInvokeDetails::error`](crate::types::ChainedInvokeDetails::error).
    pub fn error(
        mut self,
        input: impl ::std::convert::Into<crate::types::ErrorObject>,
    ) -> Self {
        self.error = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`error`](Self::error).
    pub fn set_error(
        mut self,
        input: ::std::option::Option<crate::types::ErrorObject>,
    ) -> Self {
        self.error = input;
        self
    }
    /// See [`ChainedInvokeDetails::result`](crate::types::ChainedInvokeDetails::result).
    pub fn result(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.result = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`result`](Self::result).
    pub fn set_result(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.result = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ChainedInvokeDetails,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ChainedInvokeDetails {
            error: self.error,
            result: self.result,
        })
    }
}
/// A builder for [`ChainedInvokeFailedDetails`](crate::types::ChainedInvokeFailedDetails).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ChainedInvokeFailedDetailsBuilder {
    pub(crate) error: ::std::option::Option<crate::types::EventError>,
}
impl ::std::fmt::Debug for ChainedInvokeFailedDetailsBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ChainedInvokeFailedDetailsBuilder").finish_non_exhaustive()
    }
}
impl ChainedInvokeFailedDetailsBuilder {
    /// See [`ChainedInvokeFailedDetails::error`](crate::types::ChainedInvokeFailedDetails::error).
    pub fn error(
        mut self,
        input: impl ::std::convert::Into<crate::types::EventError>,
    ) -> Self {
        self.error = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`error`](Self::error).
    pub fn set_error(
        mut self,
        input: ::std::option::Option<crate::types::EventError>,
    ) -> Self {
        self.error = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ChainedInvokeFailedDetails,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ChainedInvokeFailedDetails {
            error: self
                .error
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "ChainedInvokeFailedDetails",
                        "error",
                    ),
                )?,
        })
    }
}
/// A builder for [`ChainedInvokeOptions`](crate::types::ChainedInvokeOptions).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ChainedInvokeOptionsBuilder {
    pub(crate) function_name: ::std::option::Option<::std::string::String>,
    pub(crate) tenant_id: ::std::option::Option<::std::string::String>,
    pub(crate) x_amzn_trace_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ChainedInvokeOptionsBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ChainedInvokeOptionsBuilder").finish_non_exhaustive()
    }
}
impl ChainedInvokeOptionsBuilder {
    /// See [`ChainedInvokeOptions::function_name`](crate::types::ChainedInvokeOptions::function_name).
    pub fn function_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.function_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`function_name`](Self::function_name).
    pub fn set_function_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.function_name = input;
        self
    }
    /// See [`ChainedInvokeOptions::tenant_id`](crate::types::ChainedInvokeOptions::tenant_id).
    pub fn tenant_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.tenant_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`tenant_id`](Self::tenant_id).
    pub fn set_tenant_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.tenant_id = input;
        self
    }
    /// See [`ChainedInvokeOptions::x_amzn_trace_id`](crate::types::ChainedInvokeOptions::x_amzn_trace_id).
    pub fn x_amzn_trace_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.x_amzn_trace_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`x_amzn_trace_id`](Self::x_amzn_trace_id).
    pub fn set_x_amzn_trace_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.x_amzn_trace_id = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ChainedInvokeOptions,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ChainedInvokeOptions {
            function_name: self
                .function_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "ChainedInvokeOptions",
                        "function_name",
                    ),
                )?,
            tenant_id: self.tenant_id,
            x_amzn_trace_id: self.x_amzn_trace_id,
        })
    }
}
/// A builder for [`ChainedInvokeStartedDetails`](crate::types::ChainedInvokeStartedDetails).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ChainedInvokeStartedDetailsBuilder {
    pub(crate) durable_execution_arn: ::std::option::Option<::std::string::String>,
    pub(crate) executed_version: ::std::option::Option<::std::string::String>,
    pub(crate) function_name: ::std::option::Option<::std::string::String>,
    pub(crate) input: ::std::option::Option<crate::types::EventInput>,
    pub(crate) tenant_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ChainedInvokeStartedDetailsBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ChainedInvokeStartedDetailsBuilder").finish_non_exhaustive()
    }
}
impl ChainedInvokeStartedDetailsBuilder {
    /// See [`ChainedInvokeStartedDetails::durable_execution_arn`](crate::types::ChainedInvokeStartedDetails::durable_execution_arn).
    pub fn durable_execution_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.durable_execution_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`durable_execution_arn`](Self::durable_execution_arn).
    pub fn set_durable_execution_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.durable_execution_arn = input;
        self
    }
    /// See [`ChainedInvokeStartedDetails::executed_version`](crate::types::ChainedInvokeStartedDetails::executed_version).
    pub fn executed_version(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.executed_version = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`executed_version`](Self::executed_version).
    pub fn set_executed_version(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.executed_version = input;
        self
    }
    /// See [`ChainedInvokeStartedDetails::function_name`](crate::types::ChainedInvokeStartedDetails::function_name).
    pub fn function_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.function_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`function_name`](Self::function_name).
    pub fn set_function_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.function_name = input;
        self
    }
    /// See [`ChainedInvokeStartedDetails::input`](crate::types::ChainedInvokeStartedDetails::input).
    pub fn input(
        mut self,
        input: impl ::std::convert::Into<crate::types::EventInput>,
    ) -> Self {
        self.input = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`input`](Self::input).
    pub fn set_input(
        mut self,
        input: ::std::option::Option<crate::types::EventInput>,
    ) -> Self {
        self.input = input;
        self
    }
    /// See [`ChainedInvokeStartedDetails::tenant_id`](crate::types::ChainedInvokeStartedDetails::tenant_id).
    pub fn tenant_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.tenant_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`tenant_id`](Self::tenant_id).
    pub fn set_tenant_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.tenant_id = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ChainedInvokeStartedDetails,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ChainedInvokeStartedDetails {
            durable_execution_arn: self.durable_execution_arn,
            executed_version: self.executed_version,
            function_name: self
                .function_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "ChainedInvokeStartedDetails",
                        "function_name",
                    ),
                )?,
            input: self.input,
            tenant_id: self.tenant_id,
        })
    }
}
/// A builder for [`ChainedInvokeStoppedDetails`](crate::types::ChainedInvokeStoppedDetails).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ChainedInvokeStoppedDetailsBuilder {
    pub(crate) error: ::std::option::Option<crate::types::EventError>,
}
impl ::std::fmt::Debug for ChainedInvokeStoppedDetailsBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ChainedInvokeStoppedDetailsBuilder").finish_non_exhaustive()
    }
}
impl ChainedInvokeStoppedDetailsBuilder {
    /// See [`ChainedInvokeStoppedDetails::error`](crate::types::ChainedInvokeStoppedDetails::error).
    pub fn error(
        mut self,
        input: impl ::std::convert::Into<crate::types::EventError>,
    ) -> Self {
        self.error = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`error`](Self::error).
    pub fn set_error(
        mut self,
        input: ::std::option::Option<crate::types::EventError>,
    ) -> Self {
        self.error = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ChainedInvokeStoppedDetails,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ChainedInvokeStoppedDetails {
            error: self
                .error
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "ChainedInvokeStoppedDetails",
                        "error",
                    ),
                )?,
        })
    }
}
/// A builder for [`ChainedInvokeSucceededDetails`](crate::types::ChainedInvokeSucceededDetails).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ChainedInvokeSucceededDetailsBuilder {
    pub(crate) result: ::std::option::Option<crate::types::EventResult>,
}
impl ::std::fmt::Debug for ChainedInvokeSucceededDetailsBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ChainedInvokeSucceededDetailsBuilder").finish_non_exhaustive()
    }
}
impl ChainedInvokeSucceededDetailsBuilder {
    /// See [`ChainedInvokeSucceededDetails::result`](crate::types::ChainedInvokeSucceededDetails::result).
    pub fn result(
        mut self,
        input: impl ::std::convert::Into<crate::types::EventResult>,
    ) -> Self {
        self.result = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`result`](Self::result).
    pub fn set_result(
        mut self,
        input: ::std::option::Option<crate::types::EventResult>,
    ) -> Self {
        self.result = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ChainedInvokeSucceededDetails,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ChainedInvokeSucceededDetails {
            result: self
                .result
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "ChainedInvokeSucceededDetails",
                        "result",
                    ),
                )?,
        })
    }
}
/// A builder for [`ChainedInvokeTimedOutDetails`](crate::types::ChainedInvokeTimedOutDetails).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ChainedInvokeTimedOutDetailsBuilder {
    pub(crate) error: ::std::option::Option<crate::types::EventError>,
}
impl ::std::fmt::Debug for ChainedInvokeTimedOutDetailsBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ChainedInvokeTimedOutDetailsBuilder").finish_non_exhaustive()
    }
}
impl ChainedInvokeTimedOutDetailsBuilder {
    /// See [`ChainedInvokeTimedOutDetails::error`](crate::types::ChainedInvokeTimedOutDetails::error).
    pub fn error(
        mut self,
        input: impl ::std::convert::Into<crate::types::EventError>,
    ) -> Self {
        self.error = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`error`](Self::error).
    pub fn set_error(
        mut self,
        input: ::std::option::Option<crate::types::EventError>,
    ) -> Self {
        self.error = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ChainedInvokeTimedOutDetails,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ChainedInvokeTimedOutDetails {
            error: self
                .error
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "ChainedInvokeTimedOutDetails",
                        "error",
                    ),
                )?,
        })
    }
}
/// A builder for [`CheckpointDurableExecutionRequest`](crate::types::CheckpointDurableExecutionRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct CheckpointDurableExecutionRequestBuilder {
    pub(crate) checkpoint_token: ::std::option::Option<::std::string::String>,
    pub(crate) client_token: ::std::option::Option<::std::string::String>,
    pub(crate) durable_execution_arn: ::std::option::Option<::std::string::String>,
    pub(crate) updates: ::std::option::Option<
        ::std::vec::Vec<crate::types::OperationUpdate>,
    >,
}
impl ::std::fmt::Debug for CheckpointDurableExecutionRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CheckpointDurableExecutionRequestBuilder")
            .finish_non_exhaustive()
    }
}
impl CheckpointDurableExecutionRequestBuilder {
    /// See [`CheckpointDurableExecutionRequest::checkpoint_token`](crate::types::CheckpointDurableExecutionRequest::checkpoint_token).
    pub fn checkpoint_token(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.checkpoint_token = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`checkpoint_token`](Self::checkpoint_token).
    pub fn set_checkpoint_token(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.checkpoint_token = input;
        self
    }
    /// See [`CheckpointDurableExecutionRequest::client_token`](crate::types::CheckpointDurableExecutionRequest::client_token).
    pub fn client_token(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.client_token = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`client_token`](Self::client_token).
    pub fn set_client_token(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.client_token = input;
        self
    }
    /// See [`CheckpointDurableExecutionRequest::durable_execution_arn`](crate::types::CheckpointDurableExecutionRequest::durable_execution_arn).
    pub fn durable_execution_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.durable_execution_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`durable_execution_arn`](Self::durable_execution_arn).
    pub fn set_durable_execution_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.durable_execution_arn = input;
        self
    }
    /// See [`CheckpointDurableExecutionRequest::updates`](crate::types::CheckpointDurableExecutionRequest::updates).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn updates(
        mut self,
        input: impl ::std::convert::Into<crate::types::OperationUpdate>,
    ) -> Self {
        self.updates.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`updates`](Self::updates).
    pub fn set_updates(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::OperationUpdate>>,
    ) -> Self {
        self.updates = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::CheckpointDurableExecutionRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::CheckpointDurableExecutionRequest {
            checkpoint_token: self
                .checkpoint_token
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CheckpointDurableExecutionRequest",
                        "checkpoint_token",
                    ),
                )?,
            client_token: self.client_token,
            durable_execution_arn: self
                .durable_execution_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CheckpointDurableExecutionRequest",
                        "durable_execution_arn",
                    ),
                )?,
            updates: self.updates,
        })
    }
}
/// A builder for [`CheckpointDurableExecutionResponse`](crate::types::CheckpointDurableExecutionResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct CheckpointDurableExecutionResponseBuilder {
    pub(crate) checkpoint_token: ::std::option::Option<::std::string::String>,
    pub(crate) new_execution_state: ::std::option::Option<
        crate::types::CheckpointUpdatedExecutionState,
    >,
}
impl ::std::fmt::Debug for CheckpointDurableExecutionResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CheckpointDurableExecutionResponseBuilder")
            .finish_non_exhaustive()
    }
}
impl CheckpointDurableExecutionResponseBuilder {
    /// See [`CheckpointDurableExecutionResponse::checkpoint_token`](crate::types::CheckpointDurableExecutionResponse::checkpoint_token).
    pub fn checkpoint_token(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.checkpoint_token = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`checkpoint_token`](Self::checkpoint_token).
    pub fn set_checkpoint_token(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.checkpoint_token = input;
        self
    }
    /// See [`CheckpointDurableExecutionResponse::new_execution_state`](crate::types::CheckpointDurableExecutionResponse::new_execution_state).
    pub fn new_execution_state(
        mut self,
        input: impl ::std::convert::Into<crate::types::CheckpointUpdatedExecutionState>,
    ) -> Self {
        self.new_execution_state = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`new_execution_state`](Self::new_execution_state).
    pub fn set_new_execution_state(
        mut self,
        input: ::std::option::Option<crate::types::CheckpointUpdatedExecutionState>,
    ) -> Self {
        self.new_execution_state = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::CheckpointDurableExecutionResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::CheckpointDurableExecutionResponse {
            checkpoint_token: self.checkpoint_token,
            new_execution_state: self
                .new_execution_state
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CheckpointDurableExecutionResponse",
                        "new_execution_state",
                    ),
                )?,
        })
    }
}
/// A builder for [`CheckpointUpdatedExecutionState`](crate::types::CheckpointUpdatedExecutionState).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct CheckpointUpdatedExecutionStateBuilder {
    pub(crate) next_marker: ::std::option::Option<::std::string::String>,
    pub(crate) operations: ::std::option::Option<
        ::std::vec::Vec<crate::types::Operation>,
    >,
}
impl ::std::fmt::Debug for CheckpointUpdatedExecutionStateBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CheckpointUpdatedExecutionStateBuilder").finish_non_exhaustive()
    }
}
impl CheckpointUpdatedExecutionStateBuilder {
    /// See [`CheckpointUpdatedExecutionState::next_marker`](crate::types::CheckpointUpdatedExecutionState::next_marker).
    pub fn next_marker(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.next_marker = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`next_marker`](Self::next_marker).
    pub fn set_next_marker(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.next_marker = input;
        self
    }
    /// See [`CheckpointUpdatedExecutionState::operations`](crate::types::CheckpointUpdatedExecutionState::operations).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn operations(
        mut self,
        input: impl ::std::convert::Into<crate::types::Operation>,
    ) -> Self {
        self.operations.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`operations`](Self::operations).
    pub fn set_operations(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::Operation>>,
    ) -> Self {
        self.operations = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::CheckpointUpdatedExecutionState,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::CheckpointUpdatedExecutionState {
            next_marker: self.next_marker,
            operations: self.operations,
        })
    }
}
/// A builder for [`CodeSigningConfig`](crate::types::CodeSigningConfig).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct CodeSigningConfigBuilder {
    pub(crate) allowed_publishers: ::std::option::Option<
        crate::types::AllowedPublishers,
    >,
    pub(crate) code_signing_config_arn: ::std::option::Option<::std::string::String>,
    pub(crate) code_signing_config_id: ::std::option::Option<::std::string::String>,
    pub(crate) code_signing_policies: ::std::option::Option<
        crate::types::CodeSigningPolicies,
    >,
    pub(crate) description: ::std::option::Option<::std::string::String>,
    pub(crate) last_modified: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for CodeSigningConfigBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CodeSigningConfigBuilder").finish_non_exhaustive()
    }
}
impl CodeSigningConfigBuilder {
    /// See [`CodeSigningConfig::allowed_publishers`](crate::types::CodeSigningConfig::allowed_publishers).
    pub fn allowed_publishers(
        mut self,
        input: impl ::std::convert::Into<crate::types::AllowedPublishers>,
    ) -> Self {
        self.allowed_publishers = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`allowed_publishers`](Self::allowed_publishers).
    pub fn set_allowed_publishers(
        mut self,
        input: ::std::option::Option<crate::types::AllowedPublishers>,
    ) -> Self {
        self.allowed_publishers = input;
        self
    }
    /// See [`CodeSigningConfig::code_signing_config_arn`](crate::types::CodeSigningConfig::code_signing_config_arn).
    pub fn code_signing_config_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.code_signing_config_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`code_signing_config_arn`](Self::code_signing_config_arn).
    pub fn set_code_signing_config_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.code_signing_config_arn = input;
        self
    }
    /// See [`CodeSigningConfig::code_signing_config_id`](crate::types::CodeSigningConfig::code_signing_config_id).
    pub fn code_signing_config_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.code_signing_config_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`code_signing_config_id`](Self::code_signing_config_id).
    pub fn set_code_signing_config_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.code_signing_config_id = input;
        self
    }
    /// See [`CodeSigningConfig::code_signing_policies`](crate::types::CodeSigningConfig::code_signing_policies).
    pub fn code_signing_policies(
        mut self,
        input: impl ::std::convert::Into<crate::types::CodeSigningPolicies>,
    ) -> Self {
        self.code_signing_policies = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`code_signing_policies`](Self::code_signing_policies).
    pub fn set_code_signing_policies(
        mut self,
        input: ::std::option::Option<crate::types::CodeSigningPolicies>,
    ) -> Self {
        self.code_signing_policies = input;
        self
    }
    /// See [`CodeSigningConfig::description`](crate::types::CodeSigningConfig::description).
    pub fn description(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.description = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`description`](Self::description).
    pub fn set_description(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.description = input;
        self
    }
    /// See [`CodeSigningConfig::last_modified`](crate::types::CodeSigningConfig::last_modified).
    pub fn last_modified(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.last_modified = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`last_modified`](Self::last_modified).
    pub fn set_last_modified(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.last_modified = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::CodeSigningConfig,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::CodeSigningConfig {
            allowed_publishers: self
                .allowed_publishers
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CodeSigningConfig",
                        "allowed_publishers",
                    ),
                )?,
            code_signing_config_arn: self
                .code_signing_config_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CodeSigningConfig",
                        "code_signing_config_arn",
                    ),
                )?,
            code_signing_config_id: self
                .code_signing_config_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CodeSigningConfig",
                        "code_signing_config_id",
                    ),
                )?,
            code_signing_policies: self
                .code_signing_policies
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CodeSigningConfig",
                        "code_signing_policies",
                    ),
                )?,
            description: self.description,
            last_modified: self
                .last_modified
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CodeSigningConfig",
                        "last_modified",
                    ),
                )?,
        })
    }
}
/// A builder for [`CodeSigningPolicies`](crate::types::CodeSigningPolicies).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct CodeSigningPoliciesBuilder {
    pub(crate) untrusted_artifact_on_deployment: ::std::option::Option<
        crate::types::CodeSigningPolicy,
    >,
}
impl ::std::fmt::Debug for CodeSigningPoliciesBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CodeSigningPoliciesBuilder").finish_non_exhaustive()
    }
}
impl CodeSigningPoliciesBuilder {
    /// See [`CodeSigningPolicies::untrusted_artifact_on_deployment`](crate::types::CodeSigningPolicies::untrusted_artifact_on_deployment).
    pub fn untrusted_artifact_on_deployment(
        mut self,
        input: impl ::std::convert::Into<crate::types::CodeSigningPolicy>,
    ) -> Self {
        self.untrusted_artifact_on_deployment = ::std::option::Option::Some(
            input.into(),
        );
        self
    }
    /// Sets or clears [`untrusted_artifact_on_deployment`](Self::untrusted_artifact_on_deployment).
    pub fn set_untrusted_artifact_on_deployment(
        mut self,
        input: ::std::option::Option<crate::types::CodeSigningPolicy>,
    ) -> Self {
        self.untrusted_artifact_on_deployment = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::CodeSigningPolicies,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::CodeSigningPolicies {
            untrusted_artifact_on_deployment: self.untrusted_artifact_on_deployment,
        })
    }
}
/// A builder for [`Concurrency`](crate::types::Concurrency).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ConcurrencyBuilder {
    pub(crate) reserved_concurrent_executions: ::std::option::Option<i64>,
}
impl ::std::fmt::Debug for ConcurrencyBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ConcurrencyBuilder").finish_non_exhaustive()
    }
}
impl ConcurrencyBuilder {
    /// See [`Concurrency::reserved_concurrent_executions`](crate::types::Concurrency::reserved_concurrent_executions).
    pub fn reserved_concurrent_executions(
        mut self,
        input: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.reserved_concurrent_executions = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`reserved_concurrent_executions`](Self::reserved_concurrent_executions).
    pub fn set_reserved_concurrent_executions(
        mut self,
        input: ::std::option::Option<i64>,
    ) -> Self {
        self.reserved_concurrent_executions = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::Concurrency, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::Concurrency {
            reserved_concurrent_executions: self.reserved_concurrent_executions,
        })
    }
}
/// A builder for [`ContextDetails`](crate::types::ContextDetails).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ContextDetailsBuilder {
    pub(crate) error: ::std::option::Option<crate::types::ErrorObject>,
    pub(crate) replay_children: ::std::option::Option<bool>,
    pub(crate) result: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ContextDetailsBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ContextDetailsBuilder").finish_non_exhaustive()
    }
}
impl ContextDetailsBuilder {
    /// See [`ContextDetails::error`](crate::types::ContextDetails::error).
    pub fn error(
        mut self,
        input: impl ::std::convert::Into<crate::types::ErrorObject>,
    ) -> Self {
        self.error = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`error`](Self::error).
    pub fn set_error(
        mut self,
        input: ::std::option::Option<crate::types::ErrorObject>,
    ) -> Self {
        self.error = input;
        self
    }
    /// See [`ContextDetails::replay_children`](crate::types::ContextDetails::replay_children).
    pub fn replay_children(mut self, input: impl ::std::convert::Into<bool>) -> Self {
        self.replay_children = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`replay_children`](Self::replay_children).
    pub fn set_replay_children(mut self, input: ::std::option::Option<bool>) -> Self {
        self.replay_children = input;
        self
    }
    /// See [`ContextDetails::result`](crate::types::ContextDetails::result).
    pub fn result(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.result = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`result`](Self::result).
    pub fn set_result(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.result = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ContextDetails,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ContextDetails {
            error: self.error,
            replay_children: self.replay_children,
            result: self.result,
        })
    }
}
/// A builder for [`ContextFailedDetails`](crate::types::ContextFailedDetails).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ContextFailedDetailsBuilder {
    pub(crate) error: ::std::option::Option<crate::types::EventError>,
}
impl ::std::fmt::Debug for ContextFailedDetailsBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ContextFailedDetailsBuilder").finish_non_exhaustive()
    }
}
impl ContextFailedDetailsBuilder {
    /// See [`ContextFailedDetails::error`](crate::types::ContextFailedDetails::error).
    pub fn error(
        mut self,
        input: impl ::std::convert::Into<crate::types::EventError>,
    ) -> Self {
        self.error = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`error`](Self::error).
    pub fn set_error(
        mut self,
        input: ::std::option::Option<crate::types::EventError>,
    ) -> Self {
        self.error = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ContextFailedDetails,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ContextFailedDetails {
            error: self
                .error
                .ok_or(
                    crate::runtime::BuildError::missing("ContextFailedDetails", "error"),
                )?,
        })
    }
}
/// A builder for [`ContextOptions`](crate::types::ContextOptions).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ContextOptionsBuilder {
    pub(crate) replay_children: ::std::option::Option<bool>,
}
impl ::std::fmt::Debug for ContextOptionsBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ContextOptionsBuilder").finish_non_exhaustive()
    }
}
impl ContextOptionsBuilder {
    /// See [`ContextOptions::replay_children`](crate::types::ContextOptions::replay_children).
    pub fn replay_children(mut self, input: impl ::std::convert::Into<bool>) -> Self {
        self.replay_children = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`replay_children`](Self::replay_children).
    pub fn set_replay_children(mut self, input: ::std::option::Option<bool>) -> Self {
        self.replay_children = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ContextOptions,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ContextOptions {
            replay_children: self.replay_children,
        })
    }
}
/// A builder for [`ContextStartedDetails`](crate::types::ContextStartedDetails).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ContextStartedDetailsBuilder {}
impl ::std::fmt::Debug for ContextStartedDetailsBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ContextStartedDetailsBuilder").finish_non_exhaustive()
    }
}
impl ContextStartedDetailsBuilder {
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ContextStartedDetails,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ContextStartedDetails {
        })
    }
}
/// A builder for [`ContextSucceededDetails`](crate::types::ContextSucceededDetails).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ContextSucceededDetailsBuilder {
    pub(crate) result: ::std::option::Option<crate::types::EventResult>,
}
impl ::std::fmt::Debug for ContextSucceededDetailsBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ContextSucceededDetailsBuilder").finish_non_exhaustive()
    }
}
impl ContextSucceededDetailsBuilder {
    /// See [`ContextSucceededDetails::result`](crate::types::ContextSucceededDetails::result).
    pub fn result(
        mut self,
        input: impl ::std::convert::Into<crate::types::EventResult>,
    ) -> Self {
        self.result = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`result`](Self::result).
    pub fn set_result(
        mut self,
        input: ::std::option::Option<crate::types::EventResult>,
    ) -> Self {
        self.result = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ContextSucceededDetails,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ContextSucceededDetails {
            result: self
                .result
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "ContextSucceededDetails",
                        "result",
                    ),
                )?,
        })
    }
}
/// A builder for [`Cors`](crate::types::Cors).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct CorsBuilder {
    pub(crate) allow_credentials: ::std::option::Option<bool>,
    pub(crate) allow_headers: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    pub(crate) allow_methods: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    pub(crate) allow_origins: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    pub(crate) expose_headers: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    pub(crate) max_age: ::std::option::Option<i64>,
}
impl ::std::fmt::Debug for CorsBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CorsBuilder").finish_non_exhaustive()
    }
}
impl CorsBuilder {
    /// See [`Cors::allow_credentials`](crate::types::Cors::allow_credentials).
    pub fn allow_credentials(mut self, input: impl ::std::convert::Into<bool>) -> Self {
        self.allow_credentials = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`allow_credentials`](Self::allow_credentials).
    pub fn set_allow_credentials(mut self, input: ::std::option::Option<bool>) -> Self {
        self.allow_credentials = input;
        self
    }
    /// See [`Cors::allow_headers`](crate::types::Cors::allow_headers).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn allow_headers(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.allow_headers.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`allow_headers`](Self::allow_headers).
    pub fn set_allow_headers(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.allow_headers = input;
        self
    }
    /// See [`Cors::allow_methods`](crate::types::Cors::allow_methods).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn allow_methods(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.allow_methods.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`allow_methods`](Self::allow_methods).
    pub fn set_allow_methods(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.allow_methods = input;
        self
    }
    /// See [`Cors::allow_origins`](crate::types::Cors::allow_origins).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn allow_origins(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.allow_origins.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`allow_origins`](Self::allow_origins).
    pub fn set_allow_origins(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.allow_origins = input;
        self
    }
    /// See [`Cors::expose_headers`](crate::types::Cors::expose_headers).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn expose_headers(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.expose_headers.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`expose_headers`](Self::expose_headers).
    pub fn set_expose_headers(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.expose_headers = input;
        self
    }
    /// See [`Cors::max_age`](crate::types::Cors::max_age).
    pub fn max_age(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.max_age = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`max_age`](Self::max_age).
    pub fn set_max_age(mut self, input: ::std::option::Option<i64>) -> Self {
        self.max_age = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::Cors, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::Cors {
            allow_credentials: self.allow_credentials,
            allow_headers: self.allow_headers,
            allow_methods: self.allow_methods,
            allow_origins: self.allow_origins,
            expose_headers: self.expose_headers,
            max_age: self.max_age,
        })
    }
}
/// A builder for [`CreateAliasRequest`](crate::types::CreateAliasRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct CreateAliasRequestBuilder {
    pub(crate) description: ::std::option::Option<::std::string::String>,
    pub(crate) function_name: ::std::option::Option<::std::string::String>,
    pub(crate) function_version: ::std::option::Option<::std::string::String>,
    pub(crate) name: ::std::option::Option<::std::string::String>,
    pub(crate) routing_config: ::std::option::Option<
        crate::types::AliasRoutingConfiguration,
    >,
}
impl ::std::fmt::Debug for CreateAliasRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateAliasRequestBuilder").finish_non_exhaustive()
    }
}
impl CreateAliasRequestBuilder {
    /// See [`CreateAliasRequest::description`](crate::types::CreateAliasRequest::description).
    pub fn description(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.description = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`description`](Self::description).
    pub fn set_description(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.description = input;
        self
    }
    /// See [`CreateAliasRequest::function_name`](crate::types::CreateAliasRequest::function_name).
    pub fn function_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.function_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`function_name`](Self::function_name).
    pub fn set_function_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.function_name = input;
        self
    }
    /// See [`CreateAliasRequest::function_version`](crate::types::CreateAliasRequest::function_version).
    pub fn function_version(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.function_version = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`function_version`](Self::function_version).
    pub fn set_function_version(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.function_version = input;
        self
    }
    /// See [`CreateAliasRequest::name`](crate::types::CreateAliasRequest::name).
    pub fn name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`name`](Self::name).
    pub fn set_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.name = input;
        self
    }
    /// See [`CreateAliasRequest::routing_config`](crate::types::CreateAliasRequest::routing_config).
    pub fn routing_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::AliasRoutingConfiguration>,
    ) -> Self {
        self.routing_config = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`routing_config`](Self::routing_config).
    pub fn set_routing_config(
        mut self,
        input: ::std::option::Option<crate::types::AliasRoutingConfiguration>,
    ) -> Self {
        self.routing_config = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::CreateAliasRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::CreateAliasRequest {
            description: self.description,
            function_name: self
                .function_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CreateAliasRequest",
                        "function_name",
                    ),
                )?,
            function_version: self
                .function_version
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CreateAliasRequest",
                        "function_version",
                    ),
                )?,
            name: self
                .name
                .ok_or(
                    crate::runtime::BuildError::missing("CreateAliasRequest", "name"),
                )?,
            routing_config: self.routing_config,
        })
    }
}
/// A builder for [`CreateCapacityProviderRequest`](crate::types::CreateCapacityProviderRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct CreateCapacityProviderRequestBuilder {
    pub(crate) capacity_provider_name: ::std::option::Option<::std::string::String>,
    pub(crate) capacity_provider_scaling_config: ::std::option::Option<
        crate::types::CapacityProviderScalingConfig,
    >,
    pub(crate) instance_requirements: ::std::option::Option<
        crate::types::InstanceRequirements,
    >,
    pub(crate) kms_key_arn: ::std::option::Option<::std::string::String>,
    pub(crate) permissions_config: ::std::option::Option<
        crate::types::CapacityProviderPermissionsConfig,
    >,
    pub(crate) propagate_tags: ::std::option::Option<crate::types::PropagateTags>,
    pub(crate) tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    pub(crate) telemetry_config: ::std::option::Option<
        crate::types::CapacityProviderTelemetryConfig,
    >,
    pub(crate) vpc_config: ::std::option::Option<
        crate::types::CapacityProviderVpcConfig,
    >,
}
impl ::std::fmt::Debug for CreateCapacityProviderRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateCapacityProviderRequestBuilder").finish_non_exhaustive()
    }
}
impl CreateCapacityProviderRequestBuilder {
    /// See [`CreateCapacityProviderRequest::capacity_provider_name`](crate::types::CreateCapacityProviderRequest::capacity_provider_name).
    pub fn capacity_provider_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.capacity_provider_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`capacity_provider_name`](Self::capacity_provider_name).
    pub fn set_capacity_provider_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.capacity_provider_name = input;
        self
    }
    /// See [`CreateCapacityProviderRequest::capacity_provider_scaling_config`](crate::types::CreateCapacityProviderRequest::capacity_provider_scaling_config).
    pub fn capacity_provider_scaling_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::CapacityProviderScalingConfig>,
    ) -> Self {
        self.capacity_provider_scaling_config = ::std::option::Option::Some(
            input.into(),
        );
        self
    }
    /// Sets or clears [`capacity_provider_scaling_config`](Self::capacity_provider_scaling_config).
    pub fn set_capacity_provider_scaling_config(
        mut self,
        input: ::std::option::Option<crate::types::CapacityProviderScalingConfig>,
    ) -> Self {
        self.capacity_provider_scaling_config = input;
        self
    }
    /// See [`CreateCapacityProviderRequest::instance_requirements`](crate::types::CreateCapacityProviderRequest::instance_requirements).
    pub fn instance_requirements(
        mut self,
        input: impl ::std::convert::Into<crate::types::InstanceRequirements>,
    ) -> Self {
        self.instance_requirements = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`instance_requirements`](Self::instance_requirements).
    pub fn set_instance_requirements(
        mut self,
        input: ::std::option::Option<crate::types::InstanceRequirements>,
    ) -> Self {
        self.instance_requirements = input;
        self
    }
    /// See [`CreateCapacityProviderRequest::kms_key_arn`](crate::types::CreateCapacityProviderRequest::kms_key_arn).
    pub fn kms_key_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.kms_key_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`kms_key_arn`](Self::kms_key_arn).
    pub fn set_kms_key_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.kms_key_arn = input;
        self
    }
    /// See [`CreateCapacityProviderRequest::permissions_config`](crate::types::CreateCapacityProviderRequest::permissions_config).
    pub fn permissions_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::CapacityProviderPermissionsConfig>,
    ) -> Self {
        self.permissions_config = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`permissions_config`](Self::permissions_config).
    pub fn set_permissions_config(
        mut self,
        input: ::std::option::Option<crate::types::CapacityProviderPermissionsConfig>,
    ) -> Self {
        self.permissions_config = input;
        self
    }
    /// See [`CreateCapacityProviderRequest::propagate_tags`](crate::types::CreateCapacityProviderRequest::propagate_tags).
    pub fn propagate_tags(
        mut self,
        input: impl ::std::convert::Into<crate::types::PropagateTags>,
    ) -> Self {
        self.propagate_tags = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`propagate_tags`](Self::propagate_tags).
    pub fn set_propagate_tags(
        mut self,
        input: ::std::option::Option<crate::types::PropagateTags>,
    ) -> Self {
        self.propagate_tags = input;
        self
    }
    /// See [`CreateCapacityProviderRequest::tags`](crate::types::CreateCapacityProviderRequest::tags).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn tags(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.tags
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`tags`](Self::tags).
    pub fn set_tags(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        >,
    ) -> Self {
        self.tags = input;
        self
    }
    /// See [`CreateCapacityProviderRequest::telemetry_config`](crate::types::CreateCapacityProviderRequest::telemetry_config).
    pub fn telemetry_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::CapacityProviderTelemetryConfig>,
    ) -> Self {
        self.telemetry_config = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`telemetry_config`](Self::telemetry_config).
    pub fn set_telemetry_config(
        mut self,
        input: ::std::option::Option<crate::types::CapacityProviderTelemetryConfig>,
    ) -> Self {
        self.telemetry_config = input;
        self
    }
    /// See [`CreateCapacityProviderRequest::vpc_config`](crate::types::CreateCapacityProviderRequest::vpc_config).
    pub fn vpc_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::CapacityProviderVpcConfig>,
    ) -> Self {
        self.vpc_config = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`vpc_config`](Self::vpc_config).
    pub fn set_vpc_config(
        mut self,
        input: ::std::option::Option<crate::types::CapacityProviderVpcConfig>,
    ) -> Self {
        self.vpc_config = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::CreateCapacityProviderRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::CreateCapacityProviderRequest {
            capacity_provider_name: self
                .capacity_provider_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CreateCapacityProviderRequest",
                        "capacity_provider_name",
                    ),
                )?,
            capacity_provider_scaling_config: self.capacity_provider_scaling_config,
            instance_requirements: self.instance_requirements,
            kms_key_arn: self.kms_key_arn,
            permissions_config: self
                .permissions_config
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CreateCapacityProviderRequest",
                        "permissions_config",
                    ),
                )?,
            propagate_tags: self.propagate_tags,
            tags: self.tags,
            telemetry_config: self.telemetry_config,
            vpc_config: self
                .vpc_config
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CreateCapacityProviderRequest",
                        "vpc_config",
                    ),
                )?,
        })
    }
}
/// A builder for [`CreateCapacityProviderResponse`](crate::types::CreateCapacityProviderResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct CreateCapacityProviderResponseBuilder {
    pub(crate) capacity_provider: ::std::option::Option<crate::types::CapacityProvider>,
}
impl ::std::fmt::Debug for CreateCapacityProviderResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateCapacityProviderResponseBuilder").finish_non_exhaustive()
    }
}
impl CreateCapacityProviderResponseBuilder {
    /// See [`CreateCapacityProviderResponse::capacity_provider`](crate::types::CreateCapacityProviderResponse::capacity_provider).
    pub fn capacity_provider(
        mut self,
        input: impl ::std::convert::Into<crate::types::CapacityProvider>,
    ) -> Self {
        self.capacity_provider = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`capacity_provider`](Self::capacity_provider).
    pub fn set_capacity_provider(
        mut self,
        input: ::std::option::Option<crate::types::CapacityProvider>,
    ) -> Self {
        self.capacity_provider = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::CreateCapacityProviderResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::CreateCapacityProviderResponse {
            capacity_provider: self
                .capacity_provider
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CreateCapacityProviderResponse",
                        "capacity_provider",
                    ),
                )?,
        })
    }
}
/// A builder for [`CreateCodeSigningConfigRequest`](crate::types::CreateCodeSigningConfigRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct CreateCodeSigningConfigRequestBuilder {
    pub(crate) allowed_publishers: ::std::option::Option<
        crate::types::AllowedPublishers,
    >,
    pub(crate) code_signing_policies: ::std::option::Option<
        crate::types::CodeSigningPolicies,
    >,
    pub(crate) description: ::std::option::Option<::std::string::String>,
    pub(crate) tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
}
impl ::std::fmt::Debug for CreateCodeSigningConfigRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateCodeSigningConfigRequestBuilder").finish_non_exhaustive()
    }
}
impl CreateCodeSigningConfigRequestBuilder {
    /// See [`CreateCodeSigningConfigRequest::allowed_publishers`](crate::types::CreateCodeSigningConfigRequest::allowed_publishers).
    pub fn allowed_publishers(
        mut self,
        input: impl ::std::convert::Into<crate::types::AllowedPublishers>,
    ) -> Self {
        self.allowed_publishers = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`allowed_publishers`](Self::allowed_publishers).
    pub fn set_allowed_publishers(
        mut self,
        input: ::std::option::Option<crate::types::AllowedPublishers>,
    ) -> Self {
        self.allowed_publishers = input;
        self
    }
    /// See [`CreateCodeSigningConfigRequest::code_signing_policies`](crate::types::CreateCodeSigningConfigRequest::code_signing_policies).
    pub fn code_signing_policies(
        mut self,
        input: impl ::std::convert::Into<crate::types::CodeSigningPolicies>,
    ) -> Self {
        self.code_signing_policies = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`code_signing_policies`](Self::code_signing_policies).
    pub fn set_code_signing_policies(
        mut self,
        input: ::std::option::Option<crate::types::CodeSigningPolicies>,
    ) -> Self {
        self.code_signing_policies = input;
        self
    }
    /// See [`CreateCodeSigningConfigRequest::description`](crate::types::CreateCodeSigningConfigRequest::description).
    pub fn description(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.description = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`description`](Self::description).
    pub fn set_description(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.description = input;
        self
    }
    /// See [`CreateCodeSigningConfigRequest::tags`](crate::types::CreateCodeSigningConfigRequest::tags).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn tags(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.tags
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`tags`](Self::tags).
    pub fn set_tags(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        >,
    ) -> Self {
        self.tags = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::CreateCodeSigningConfigRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::CreateCodeSigningConfigRequest {
            allowed_publishers: self
                .allowed_publishers
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CreateCodeSigningConfigRequest",
                        "allowed_publishers",
                    ),
                )?,
            code_signing_policies: self.code_signing_policies,
            description: self.description,
            tags: self.tags,
        })
    }
}
/// A builder for [`CreateCodeSigningConfigResponse`](crate::types::CreateCodeSigningConfigResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct CreateCodeSigningConfigResponseBuilder {
    pub(crate) code_signing_config: ::std::option::Option<
        crate::types::CodeSigningConfig,
    >,
}
impl ::std::fmt::Debug for CreateCodeSigningConfigResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateCodeSigningConfigResponseBuilder").finish_non_exhaustive()
    }
}
impl CreateCodeSigningConfigResponseBuilder {
    /// See [`CreateCodeSigningConfigResponse::code_signing_config`](crate::types::CreateCodeSigningConfigResponse::code_signing_config).
    pub fn code_signing_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::CodeSigningConfig>,
    ) -> Self {
        self.code_signing_config = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`code_signing_config`](Self::code_signing_config).
    pub fn set_code_signing_config(
        mut self,
        input: ::std::option::Option<crate::types::CodeSigningConfig>,
    ) -> Self {
        self.code_signing_config = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::CreateCodeSigningConfigResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::CreateCodeSigningConfigResponse {
            code_signing_config: self
                .code_signing_config
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CreateCodeSigningConfigResponse",
                        "code_signing_config",
                    ),
                )?,
        })
    }
}
/// A builder for [`CreateEventSourceMappingRequest`](crate::types::CreateEventSourceMappingRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct CreateEventSourceMappingRequestBuilder {
    pub(crate) amazon_managed_kafka_event_source_config: ::std::option::Option<
        crate::types::AmazonManagedKafkaEventSourceConfig,
    >,
    pub(crate) batch_size: ::std::option::Option<i64>,
    pub(crate) bisect_batch_on_function_error: ::std::option::Option<bool>,
    pub(crate) destination_config: ::std::option::Option<
        crate::types::DestinationConfig,
    >,
    pub(crate) document_db_event_source_config: ::std::option::Option<
        crate::types::DocumentDbEventSourceConfig,
    >,
    pub(crate) enabled: ::std::option::Option<bool>,
    pub(crate) event_source_arn: ::std::option::Option<::std::string::String>,
    pub(crate) filter_criteria: ::std::option::Option<crate::types::FilterCriteria>,
    pub(crate) function_name: ::std::option::Option<::std::string::String>,
    pub(crate) function_response_types: ::std::option::Option<
        ::std::vec::Vec<crate::types::FunctionResponseType>,
    >,
    pub(crate) maximum_batching_window_in_seconds: ::std::option::Option<i64>,
    pub(crate) maximum_record_age_in_seconds: ::std::option::Option<i64>,
    pub(crate) maximum_retry_attempts: ::std::option::Option<i64>,
    pub(crate) parallelization_factor: ::std::option::Option<i64>,
    pub(crate) queues: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub(crate) scaling_config: ::std::option::Option<crate::types::ScalingConfig>,
    pub(crate) self_managed_event_source: ::std::option::Option<
        crate::types::SelfManagedEventSource,
    >,
    pub(crate) self_managed_kafka_event_source_config: ::std::option::Option<
        crate::types::SelfManagedKafkaEventSourceConfig,
    >,
    pub(crate) source_access_configurations: ::std::option::Option<
        ::std::vec::Vec<crate::types::SourceAccessConfiguration>,
    >,
    pub(crate) starting_position: ::std::option::Option<
        crate::types::EventSourcePosition,
    >,
    pub(crate) starting_position_timestamp: ::std::option::Option<
        crate::runtime::Timestamp,
    >,
    pub(crate) topics: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub(crate) tumbling_window_in_seconds: ::std::option::Option<i64>,
    pub(crate) kms_key_arn: ::std::option::Option<::std::string::String>,
    pub(crate) logging_config: ::std::option::Option<
        crate::types::EventSourceMappingLoggingConfig,
    >,
    pub(crate) metrics_config: ::std::option::Option<
        crate::types::EventSourceMappingMetricsConfig,
    >,
    pub(crate) provisioned_poller_config: ::std::option::Option<
        crate::types::ProvisionedPollerConfig,
    >,
    pub(crate) tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
}
impl ::std::fmt::Debug for CreateEventSourceMappingRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateEventSourceMappingRequestBuilder").finish_non_exhaustive()
    }
}
impl CreateEventSourceMappingRequestBuilder {
    /// See [`CreateEventSourceMappingRequest::amazon_managed_kafka_event_source_config`](crate::types::CreateEventSourceMappingRequest::amazon_managed_kafka_event_source_config).
    pub fn amazon_managed_kafka_event_source_config(
        mut self,
        input: impl ::std::convert::Into<
            crate::types::AmazonManagedKafkaEventSourceConfig,
        >,
    ) -> Self {
        self.amazon_managed_kafka_event_source_config = ::std::option::Option::Some(
            input.into(),
        );
        self
    }
    /// Sets or clears [`amazon_managed_kafka_event_source_config`](Self::amazon_managed_kafka_event_source_config).
    pub fn set_amazon_managed_kafka_event_source_config(
        mut self,
        input: ::std::option::Option<crate::types::AmazonManagedKafkaEventSourceConfig>,
    ) -> Self {
        self.amazon_managed_kafka_event_source_config = input;
        self
    }
    /// See [`CreateEventSourceMappingRequest::batch_size`](crate::types::CreateEventSourceMappingRequest::batch_size).
    pub fn batch_size(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.batch_size = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`batch_size`](Self::batch_size).
    pub fn set_batch_size(mut self, input: ::std::option::Option<i64>) -> Self {
        self.batch_size = input;
        self
    }
    /// See [`CreateEventSourceMappingRequest::bisect_batch_on_function_error`](crate::types::CreateEventSourceMappingRequest::bisect_batch_on_function_error).
    pub fn bisect_batch_on_function_error(
        mut self,
        input: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.bisect_batch_on_function_error = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`bisect_batch_on_function_error`](Self::bisect_batch_on_function_error).
    pub fn set_bisect_batch_on_function_error(
        mut self,
        input: ::std::option::Option<bool>,
    ) -> Self {
        self.bisect_batch_on_function_error = input;
        self
    }
    /// See [`CreateEventSourceMappingRequest::destination_config`](crate::types::CreateEventSourceMappingRequest::destination_config).
    pub fn destination_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::DestinationConfig>,
    ) -> Self {
        self.destination_config = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`destination_config`](Self::destination_config).
    pub fn set_destination_config(
        mut self,
        input: ::std::option::Option<crate::types::DestinationConfig>,
    ) -> Self {
        self.destination_config = input;
        self
    }
    /// See [`CreateEventSourceMappingRequest::document_db_event_source_config`](crate::types::CreateEventSourceMappingRequest::document_db_event_source_config).
    pub fn document_db_event_source_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::DocumentDbEventSourceConfig>,
    ) -> Self {
        self.document_db_event_source_config = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`document_db_event_source_config`](Self::document_db_event_source_config).
    pub fn set_document_db_event_source_config(
        mut self,
        input: ::std::option::Option<crate::types::DocumentDbEventSourceConfig>,
    ) -> Self {
        self.document_db_event_source_config = input;
        self
    }
    /// See [`CreateEventSourceMappingRequest::enabled`](crate::types::CreateEventSourceMappingRequest::enabled).
    pub fn enabled(mut self, input: impl ::std::convert::Into<bool>) -> Self {
        self.enabled = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`enabled`](Self::enabled).
    pub fn set_enabled(mut self, input: ::std::option::Option<bool>) -> Self {
        self.enabled = input;
        self
    }
    /// See [`CreateEventSourceMappingRequest::event_source_arn`](crate::types::CreateEventSourceMappingRequest::event_source_arn).
    pub fn event_source_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.event_source_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`event_source_arn`](Self::event_source_arn).
    pub fn set_event_source_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.event_source_arn = input;
        self
    }
    /// See [`CreateEventSourceMappingRequest::filter_criteria`](crate::types::CreateEventSourceMappingRequest::filter_criteria).
    pub fn filter_criteria(
        mut self,
        input: impl ::std::convert::Into<crate::types::FilterCriteria>,
    ) -> Self {
        self.filter_criteria = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`filter_criteria`](Self::filter_criteria).
    pub fn set_filter_criteria(
        mut self,
        input: ::std::option::Option<crate::types::FilterCriteria>,
    ) -> Self {
        self.filter_criteria = input;
        self
    }
    /// See [`CreateEventSourceMappingRequest::function_name`](crate::types::CreateEventSourceMappingRequest::function_name).
    pub fn function_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.function_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`function_name`](Self::function_name).
    pub fn set_function_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.function_name = input;
        self
    }
    /// See [`CreateEventSourceMappingRequest::function_response_types`](crate::types::CreateEventSourceMappingRequest::function_response_types).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn function_response_types(
        mut self,
        input: impl ::std::convert::Into<crate::types::FunctionResponseType>,
    ) -> Self {
        self.function_response_types
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`function_response_types`](Self::function_response_types).
    pub fn set_function_response_types(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::FunctionResponseType>>,
    ) -> Self {
        self.function_response_types = input;
        self
    }
    /// See [`CreateEventSourceMappingRequest::maximum_batching_window_in_seconds`](crate::types::CreateEventSourceMappingRequest::maximum_batching_window_in_seconds).
    pub fn maximum_batching_window_in_seconds(
        mut self,
        input: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.maximum_batching_window_in_seconds = ::std::option::Option::Some(
            input.into(),
        );
        self
    }
    /// Sets or clears [`maximum_batching_window_in_seconds`](Self::maximum_batching_window_in_seconds).
    pub fn set_maximum_batching_window_in_seconds(
        mut self,
        input: ::std::option::Option<i64>,
    ) -> Self {
        self.maximum_batching_window_in_seconds = input;
        self
    }
    /// See [`CreateEventSourceMappingRequest::maximum_record_age_in_seconds`](crate::types::CreateEventSourceMappingRequest::maximum_record_age_in_seconds).
    pub fn maximum_record_age_in_seconds(
        mut self,
        input: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.maximum_record_age_in_seconds = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`maximum_record_age_in_seconds`](Self::maximum_record_age_in_seconds).
    pub fn set_maximum_record_age_in_seconds(
        mut self,
        input: ::std::option::Option<i64>,
    ) -> Self {
        self.maximum_record_age_in_seconds = input;
        self
    }
    /// See [`CreateEventSourceMappingRequest::maximum_retry_attempts`](crate::types::CreateEventSourceMappingRequest::maximum_retry_attempts).
    pub fn maximum_retry_attempts(
        mut self,
        input: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.maximum_retry_attempts = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`maximum_retry_attempts`](Self::maximum_retry_attempts).
    pub fn set_maximum_retry_attempts(
        mut self,
        input: ::std::option::Option<i64>,
    ) -> Self {
        self.maximum_retry_attempts = input;
        self
    }
    /// See [`CreateEventSourceMappingRequest::parallelization_factor`](crate::types::CreateEventSourceMappingRequest::parallelization_factor).
    pub fn parallelization_factor(
        mut self,
        input: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.parallelization_factor = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`parallelization_factor`](Self::parallelization_factor).
    pub fn set_parallelization_factor(
        mut self,
        input: ::std::option::Option<i64>,
    ) -> Self {
        self.parallelization_factor = input;
        self
    }
    /// See [`CreateEventSourceMappingRequest::queues`](crate::types::CreateEventSourceMappingRequest::queues).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn queues(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.queues.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`queues`](Self::queues).
    pub fn set_queues(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.queues = input;
        self
    }
    /// See [`CreateEventSourceMappingRequest::scaling_config`](crate::types::CreateEventSourceMappingRequest::scaling_config).
    pub fn scaling_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::ScalingConfig>,
    ) -> Self {
        self.scaling_config = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`scaling_config`](Self::scaling_config).
    pub fn set_scaling_config(
        mut self,
        input: ::std::option::Option<crate::types::ScalingConfig>,
    ) -> Self {
        self.scaling_config = input;
        self
    }
    /// See [`CreateEventSourceMappingRequest::self_managed_event_source`](crate::types::CreateEventSourceMappingRequest::self_managed_event_source).
    pub fn self_managed_event_source(
        mut self,
        input: impl ::std::convert::Into<crate::types::SelfManagedEventSource>,
    ) -> Self {
        self.self_managed_event_source = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`self_managed_event_source`](Self::self_managed_event_source).
    pub fn set_self_managed_event_source(
        mut self,
        input: ::std::option::Option<crate::types::SelfManagedEventSource>,
    ) -> Self {
        self.self_managed_event_source = input;
        self
    }
    /// See [`CreateEventSourceMappingRequest::self_managed_kafka_event_source_config`](crate::types::CreateEventSourceMappingRequest::self_managed_kafka_event_source_config).
    pub fn self_managed_kafka_event_source_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::SelfManagedKafkaEventSourceConfig>,
    ) -> Self {
        self.self_managed_kafka_event_source_config = ::std::option::Option::Some(
            input.into(),
        );
        self
    }
    /// Sets or clears [`self_managed_kafka_event_source_config`](Self::self_managed_kafka_event_source_config).
    pub fn set_self_managed_kafka_event_source_config(
        mut self,
        input: ::std::option::Option<crate::types::SelfManagedKafkaEventSourceConfig>,
    ) -> Self {
        self.self_managed_kafka_event_source_config = input;
        self
    }
    /// See [`CreateEventSourceMappingRequest::source_access_configurations`](crate::types::CreateEventSourceMappingRequest::source_access_configurations).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn source_access_configurations(
        mut self,
        input: impl ::std::convert::Into<crate::types::SourceAccessConfiguration>,
    ) -> Self {
        self.source_access_configurations
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`source_access_configurations`](Self::source_access_configurations).
    pub fn set_source_access_configurations(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<crate::types::SourceAccessConfiguration>,
        >,
    ) -> Self {
        self.source_access_configurations = input;
        self
    }
    /// See [`CreateEventSourceMappingRequest::starting_position`](crate::types::CreateEventSourceMappingRequest::starting_position).
    pub fn starting_position(
        mut self,
        input: impl ::std::convert::Into<crate::types::EventSourcePosition>,
    ) -> Self {
        self.starting_position = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`starting_position`](Self::starting_position).
    pub fn set_starting_position(
        mut self,
        input: ::std::option::Option<crate::types::EventSourcePosition>,
    ) -> Self {
        self.starting_position = input;
        self
    }
    /// See [`CreateEventSourceMappingRequest::starting_position_timestamp`](crate::types::CreateEventSourceMappingRequest::starting_position_timestamp).
    pub fn starting_position_timestamp(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.starting_position_timestamp = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`starting_position_timestamp`](Self::starting_position_timestamp).
    pub fn set_starting_position_timestamp(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.starting_position_timestamp = input;
        self
    }
    /// See [`CreateEventSourceMappingRequest::topics`](crate::types::CreateEventSourceMappingRequest::topics).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn topics(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.topics.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`topics`](Self::topics).
    pub fn set_topics(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.topics = input;
        self
    }
    /// See [`CreateEventSourceMappingRequest::tumbling_window_in_seconds`](crate::types::CreateEventSourceMappingRequest::tumbling_window_in_seconds).
    pub fn tumbling_window_in_seconds(
        mut self,
        input: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.tumbling_window_in_seconds = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`tumbling_window_in_seconds`](Self::tumbling_window_in_seconds).
    pub fn set_tumbling_window_in_seconds(
        mut self,
        input: ::std::option::Option<i64>,
    ) -> Self {
        self.tumbling_window_in_seconds = input;
        self
    }
    /// See [`CreateEventSourceMappingRequest::kms_key_arn`](crate::types::CreateEventSourceMappingRequest::kms_key_arn).
    pub fn kms_key_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.kms_key_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`kms_key_arn`](Self::kms_key_arn).
    pub fn set_kms_key_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.kms_key_arn = input;
        self
    }
    /// See [`CreateEventSourceMappingRequest::logging_config`](crate::types::CreateEventSourceMappingRequest::logging_config).
    pub fn logging_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::EventSourceMappingLoggingConfig>,
    ) -> Self {
        self.logging_config = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`logging_config`](Self::logging_config).
    pub fn set_logging_config(
        mut self,
        input: ::std::option::Option<crate::types::EventSourceMappingLoggingConfig>,
    ) -> Self {
        self.logging_config = input;
        self
    }
    /// See [`CreateEventSourceMappingRequest::metrics_config`](crate::types::CreateEventSourceMappingRequest::metrics_config).
    pub fn metrics_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::EventSourceMappingMetricsConfig>,
    ) -> Self {
        self.metrics_config = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`metrics_config`](Self::metrics_config).
    pub fn set_metrics_config(
        mut self,
        input: ::std::option::Option<crate::types::EventSourceMappingMetricsConfig>,
    ) -> Self {
        self.metrics_config = input;
        self
    }
    /// See [`CreateEventSourceMappingRequest::provisioned_poller_config`](crate::types::CreateEventSourceMappingRequest::provisioned_poller_config).
    pub fn provisioned_poller_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::ProvisionedPollerConfig>,
    ) -> Self {
        self.provisioned_poller_config = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`provisioned_poller_config`](Self::provisioned_poller_config).
    pub fn set_provisioned_poller_config(
        mut self,
        input: ::std::option::Option<crate::types::ProvisionedPollerConfig>,
    ) -> Self {
        self.provisioned_poller_config = input;
        self
    }
    /// See [`CreateEventSourceMappingRequest::tags`](crate::types::CreateEventSourceMappingRequest::tags).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn tags(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.tags
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`tags`](Self::tags).
    pub fn set_tags(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        >,
    ) -> Self {
        self.tags = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::CreateEventSourceMappingRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::CreateEventSourceMappingRequest {
            amazon_managed_kafka_event_source_config: self
                .amazon_managed_kafka_event_source_config,
            batch_size: self.batch_size,
            bisect_batch_on_function_error: self.bisect_batch_on_function_error,
            destination_config: self.destination_config,
            document_db_event_source_config: self.document_db_event_source_config,
            enabled: self.enabled,
            event_source_arn: self.event_source_arn,
            filter_criteria: self.filter_criteria,
            function_name: self
                .function_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CreateEventSourceMappingRequest",
                        "function_name",
                    ),
                )?,
            function_response_types: self.function_response_types,
            maximum_batching_window_in_seconds: self.maximum_batching_window_in_seconds,
            maximum_record_age_in_seconds: self.maximum_record_age_in_seconds,
            maximum_retry_attempts: self.maximum_retry_attempts,
            parallelization_factor: self.parallelization_factor,
            queues: self.queues,
            scaling_config: self.scaling_config,
            self_managed_event_source: self.self_managed_event_source,
            self_managed_kafka_event_source_config: self
                .self_managed_kafka_event_source_config,
            source_access_configurations: self.source_access_configurations,
            starting_position: self.starting_position,
            starting_position_timestamp: self.starting_position_timestamp,
            topics: self.topics,
            tumbling_window_in_seconds: self.tumbling_window_in_seconds,
            kms_key_arn: self.kms_key_arn,
            logging_config: self.logging_config,
            metrics_config: self.metrics_config,
            provisioned_poller_config: self.provisioned_poller_config,
            tags: self.tags,
        })
    }
}
/// A builder for [`CreateFunctionRequest`](crate::types::CreateFunctionRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct CreateFunctionRequestBuilder {
    pub(crate) architectures: ::std::option::Option<
        ::std::vec::Vec<crate::types::Architecture>,
    >,
    pub(crate) code: ::std::option::Option<crate::types::FunctionCode>,
    pub(crate) code_signing_config_arn: ::std::option::Option<::std::string::String>,
    pub(crate) dead_letter_config: ::std::option::Option<crate::types::DeadLetterConfig>,
    pub(crate) description: ::std::option::Option<::std::string::String>,
    pub(crate) environment: ::std::option::Option<crate::types::Environment>,
    pub(crate) ephemeral_storage: ::std::option::Option<crate::types::EphemeralStorage>,
    pub(crate) file_system_configs: ::std::option::Option<
        ::std::vec::Vec<crate::types::FileSystemConfig>,
    >,
    pub(crate) function_name: ::std::option::Option<::std::string::String>,
    pub(crate) handler: ::std::option::Option<::std::string::String>,
    pub(crate) image_config: ::std::option::Option<crate::types::ImageConfig>,
    pub(crate) kms_key_arn: ::std::option::Option<::std::string::String>,
    pub(crate) layers: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub(crate) memory_size: ::std::option::Option<i64>,
    pub(crate) package_type: ::std::option::Option<crate::types::PackageType>,
    pub(crate) publish: ::std::option::Option<bool>,
    pub(crate) role: ::std::option::Option<::std::string::String>,
    pub(crate) runtime: ::std::option::Option<crate::types::Runtime>,
    pub(crate) snap_start: ::std::option::Option<crate::types::SnapStart>,
    pub(crate) tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    pub(crate) timeout: ::std::option::Option<i64>,
    pub(crate) tracing_config: ::std::option::Option<crate::types::TracingConfig>,
    pub(crate) vpc_config: ::std::option::Option<crate::types::VpcConfig>,
    pub(crate) accelerator_config: ::std::option::Option<
        crate::types::AcceleratorConfig,
    >,
    pub(crate) capacity_provider_config: ::std::option::Option<
        crate::types::CapacityProviderConfig,
    >,
    pub(crate) durable_config: ::std::option::Option<crate::types::DurableConfig>,
    pub(crate) logging_config: ::std::option::Option<crate::types::LoggingConfig>,
    pub(crate) publish_to: ::std::option::Option<
        crate::types::FunctionVersionLatestPublished,
    >,
    pub(crate) runtime_config: ::std::option::Option<
        crate::types::FunctionRuntimeConfig,
    >,
    pub(crate) tenancy_config: ::std::option::Option<crate::types::TenancyConfig>,
}
impl ::std::fmt::Debug for CreateFunctionRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateFunctionRequestBuilder").finish_non_exhaustive()
    }
}
impl CreateFunctionRequestBuilder {
    /// See [`CreateFunctionRequest::architectures`](crate::types::CreateFunctionRequest::architectures).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn architectures(
        mut self,
        input: impl ::std::convert::Into<crate::types::Architecture>,
    ) -> Self {
        self.architectures.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`architectures`](Self::architectures).
    pub fn set_architectures(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::Architecture>>,
    ) -> Self {
        self.architectures = input;
        self
    }
    /// See [`CreateFunctionRequest::code`](crate::types::CreateFunctionRequest::code).
    pub fn code(
        mut self,
        input: impl ::std::convert::Into<crate::types::FunctionCode>,
    ) -> Self {
        self.code = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`code`](Self::code).
    pub fn set_code(
        mut self,
        input: ::std::option::Option<crate::types::FunctionCode>,
    ) -> Self {
        self.code = input;
        self
    }
    /// See [`CreateFunctionRequest::code_signing_config_arn`](crate::types::CreateFunctionRequest::code_signing_config_arn).
    pub fn code_signing_config_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.code_signing_config_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`code_signing_config_arn`](Self::code_signing_config_arn).
    pub fn set_code_signing_config_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.code_signing_config_arn = input;
        self
    }
    /// See [`CreateFunctionRequest::dead_letter_config`](crate::types::CreateFunctionRequest::dead_letter_config).
    pub fn dead_letter_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::DeadLetterConfig>,
    ) -> Self {
        self.dead_letter_config = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`dead_letter_config`](Self::dead_letter_config).
    pub fn set_dead_letter_config(
        mut self,
        input: ::std::option::Option<crate::types::DeadLetterConfig>,
    ) -> Self {
        self.dead_letter_config = input;
        self
    }
    /// See [`CreateFunctionRequest::description`](crate::types::CreateFunctionRequest::description).
    pub fn description(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.description = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`description`](Self::description).
    pub fn set_description(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.description = input;
        self
    }
    /// See [`CreateFunctionRequest::environment`](crate::types::CreateFunctionRequest::environment).
    pub fn environment(
        mut self,
        input: impl ::std::convert::Into<crate::types::Environment>,
    ) -> Self {
        self.environment = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`environment`](Self::environment).
    pub fn set_environment(
        mut self,
        input: ::std::option::Option<crate::types::Environment>,
    ) -> Self {
        self.environment = input;
        self
    }
    /// See [`CreateFunctionRequest::ephemeral_storage`](crate::types::CreateFunctionRequest::ephemeral_storage).
    pub fn ephemeral_storage(
        mut self,
        input: impl ::std::convert::Into<crate::types::EphemeralStorage>,
    ) -> Self {
        self.ephemeral_storage = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`ephemeral_storage`](Self::ephemeral_storage).
    pub fn set_ephemeral_storage(
        mut self,
        input: ::std::option::Option<crate::types::EphemeralStorage>,
    ) -> Self {
        self.ephemeral_storage = input;
        self
    }
    /// See [`CreateFunctionRequest::file_system_configs`](crate::types::CreateFunctionRequest::file_system_configs).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn file_system_configs(
        mut self,
        input: impl ::std::convert::Into<crate::types::FileSystemConfig>,
    ) -> Self {
        self.file_system_configs
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`file_system_configs`](Self::file_system_configs).
    pub fn set_file_system_configs(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::FileSystemConfig>>,
    ) -> Self {
        self.file_system_configs = input;
        self
    }
    /// See [`CreateFunctionRequest::function_name`](crate::types::CreateFunctionRequest::function_name).
    pub fn function_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.function_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`function_name`](Self::function_name).
    pub fn set_function_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.function_name = input;
        self
    }
    /// See [`CreateFunctionRequest::handler`](crate::types::CreateFunctionRequest::handler).
    pub fn handler(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.handler = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`handler`](Self::handler).
    pub fn set_handler(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.handler = input;
        self
    }
    /// See [`CreateFunctionRequest::image_config`](crate::types::CreateFunctionRequest::image_config).
    pub fn image_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::ImageConfig>,
    ) -> Self {
        self.image_config = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`image_config`](Self::image_config).
    pub fn set_image_config(
        mut self,
        input: ::std::option::Option<crate::types::ImageConfig>,
    ) -> Self {
        self.image_config = input;
        self
    }
    /// See [`CreateFunctionRequest::kms_key_arn`](crate::types::CreateFunctionRequest::kms_key_arn).
    pub fn kms_key_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.kms_key_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`kms_key_arn`](Self::kms_key_arn).
    pub fn set_kms_key_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.kms_key_arn = input;
        self
    }
    /// See [`CreateFunctionRequest::layers`](crate::types::CreateFunctionRequest::layers).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn layers(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.layers.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`layers`](Self::layers).
    pub fn set_layers(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.layers = input;
        self
    }
    /// See [`CreateFunctionRequest::memory_size`](crate::types::CreateFunctionRequest::memory_size).
    pub fn memory_size(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.memory_size = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`memory_size`](Self::memory_size).
    pub fn set_memory_size(mut self, input: ::std::option::Option<i64>) -> Self {
        self.memory_size = input;
        self
    }
    /// See [`CreateFunctionRequest::package_type`](crate::types::CreateFunctionRequest::package_type).
    pub fn package_type(
        mut self,
        input: impl ::std::convert::Into<crate::types::PackageType>,
    ) -> Self {
        self.package_type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`package_type`](Self::package_type).
    pub fn set_package_type(
        mut self,
        input: ::std::option::Option<crate::types::PackageType>,
    ) -> Self {
        self.package_type = input;
        self
    }
    /// See [`CreateFunctionRequest::publish`](crate::types::CreateFunctionRequest::publish).
    pub fn publish(mut self, input: impl ::std::convert::Into<bool>) -> Self {
        self.publish = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`publish`](Self::publish).
    pub fn set_publish(mut self, input: ::std::option::Option<bool>) -> Self {
        self.publish = input;
        self
    }
    /// See [`CreateFunctionRequest::role`](crate::types::CreateFunctionRequest::role).
    pub fn role(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.role = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`role`](Self::role).
    pub fn set_role(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.role = input;
        self
    }
    /// See [`CreateFunctionRequest::runtime`](crate::types::CreateFunctionRequest::runtime).
    pub fn runtime(
        mut self,
        input: impl ::std::convert::Into<crate::types::Runtime>,
    ) -> Self {
        self.runtime = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`runtime`](Self::runtime).
    pub fn set_runtime(
        mut self,
        input: ::std::option::Option<crate::types::Runtime>,
    ) -> Self {
        self.runtime = input;
        self
    }
    /// See [`CreateFunctionRequest::snap_start`](crate::types::CreateFunctionRequest::snap_start).
    pub fn snap_start(
        mut self,
        input: impl ::std::convert::Into<crate::types::SnapStart>,
    ) -> Self {
        self.snap_start = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`snap_start`](Self::snap_start).
    pub fn set_snap_start(
        mut self,
        input: ::std::option::Option<crate::types::SnapStart>,
    ) -> Self {
        self.snap_start = input;
        self
    }
    /// See [`CreateFunctionRequest::tags`](crate::types::CreateFunctionRequest::tags).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn tags(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.tags
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`tags`](Self::tags).
    pub fn set_tags(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        >,
    ) -> Self {
        self.tags = input;
        self
    }
    /// See [`CreateFunctionRequest::timeout`](crate::types::CreateFunctionRequest::timeout).
    pub fn timeout(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.timeout = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`timeout`](Self::timeout).
    pub fn set_timeout(mut self, input: ::std::option::Option<i64>) -> Self {
        self.timeout = input;
        self
    }
    /// See [`CreateFunctionRequest::tracing_config`](crate::types::CreateFunctionRequest::tracing_config).
    pub fn tracing_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::TracingConfig>,
    ) -> Self {
        self.tracing_config = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`tracing_config`](Self::tracing_config).
    pub fn set_tracing_config(
        mut self,
        input: ::std::option::Option<crate::types::TracingConfig>,
    ) -> Self {
        self.tracing_config = input;
        self
    }
    /// See [`CreateFunctionRequest::vpc_config`](crate::types::CreateFunctionRequest::vpc_config).
    pub fn vpc_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::VpcConfig>,
    ) -> Self {
        self.vpc_config = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`vpc_config`](Self::vpc_config).
    pub fn set_vpc_config(
        mut self,
        input: ::std::option::Option<crate::types::VpcConfig>,
    ) -> Self {
        self.vpc_config = input;
        self
    }
    /// See [`CreateFunctionRequest::accelerator_config`](crate::types::CreateFunctionRequest::accelerator_config).
    pub fn accelerator_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::AcceleratorConfig>,
    ) -> Self {
        self.accelerator_config = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`accelerator_config`](Self::accelerator_config).
    pub fn set_accelerator_config(
        mut self,
        input: ::std::option::Option<crate::types::AcceleratorConfig>,
    ) -> Self {
        self.accelerator_config = input;
        self
    }
    /// See [`CreateFunctionRequest::capacity_provider_config`](crate::types::CreateFunctionRequest::capacity_provider_config).
    pub fn capacity_provider_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::CapacityProviderConfig>,
    ) -> Self {
        self.capacity_provider_config = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`capacity_provider_config`](Self::capacity_provider_config).
    pub fn set_capacity_provider_config(
        mut self,
        input: ::std::option::Option<crate::types::CapacityProviderConfig>,
    ) -> Self {
        self.capacity_provider_config = input;
        self
    }
    /// See [`CreateFunctionRequest::durable_config`](crate::types::CreateFunctionRequest::durable_config).
    pub fn durable_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::DurableConfig>,
    ) -> Self {
        self.durable_config = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`durable_config`](Self::durable_config).
    pub fn set_durable_config(
        mut self,
        input: ::std::option::Option<crate::types::DurableConfig>,
    ) -> Self {
        self.durable_config = input;
        self
    }
    /// See [`CreateFunctionRequest::logging_config`](crate::types::CreateFunctionRequest::logging_config).
    pub fn logging_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::LoggingConfig>,
    ) -> Self {
        self.logging_config = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`logging_config`](Self::logging_config).
    pub fn set_logging_config(
        mut self,
        input: ::std::option::Option<crate::types::LoggingConfig>,
    ) -> Self {
        self.logging_config = input;
        self
    }
    /// See [`CreateFunctionRequest::publish_to`](crate::types::CreateFunctionRequest::publish_to).
    pub fn publish_to(
        mut self,
        input: impl ::std::convert::Into<crate::types::FunctionVersionLatestPublished>,
    ) -> Self {
        self.publish_to = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`publish_to`](Self::publish_to).
    pub fn set_publish_to(
        mut self,
        input: ::std::option::Option<crate::types::FunctionVersionLatestPublished>,
    ) -> Self {
        self.publish_to = input;
        self
    }
    /// See [`CreateFunctionRequest::runtime_config`](crate::types::CreateFunctionRequest::runtime_config).
    pub fn runtime_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::FunctionRuntimeConfig>,
    ) -> Self {
        self.runtime_config = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`runtime_config`](Self::runtime_config).
    pub fn set_runtime_config(
        mut self,
        input: ::std::option::Option<crate::types::FunctionRuntimeConfig>,
    ) -> Self {
        self.runtime_config = input;
        self
    }
    /// See [`CreateFunctionRequest::tenancy_config`](crate::types::CreateFunctionRequest::tenancy_config).
    pub fn tenancy_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::TenancyConfig>,
    ) -> Self {
        self.tenancy_config = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`tenancy_config`](Self::tenancy_config).
    pub fn set_tenancy_config(
        mut self,
        input: ::std::option::Option<crate::types::TenancyConfig>,
    ) -> Self {
        self.tenancy_config = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::CreateFunctionRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::CreateFunctionRequest {
            architectures: self.architectures,
            code: self
                .code
                .ok_or(
                    crate::runtime::BuildError::missing("CreateFunctionRequest", "code"),
                )?,
            code_signing_config_arn: self.code_signing_config_arn,
            dead_letter_config: self.dead_letter_config,
            description: self.description,
            environment: self.environment,
            ephemeral_storage: self.ephemeral_storage,
            file_system_configs: self.file_system_configs,
            function_name: self
                .function_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CreateFunctionRequest",
                        "function_name",
                    ),
                )?,
            handler: self.handler,
            image_config: self.image_config,
            kms_key_arn: self.kms_key_arn,
            layers: self.layers,
            memory_size: self.memory_size,
            package_type: self.package_type,
            publish: self.publish,
            role: self
                .role
                .ok_or(
                    crate::runtime::BuildError::missing("CreateFunctionRequest", "role"),
                )?,
            runtime: self.runtime,
            snap_start: self.snap_start,
            tags: self.tags,
            timeout: self.timeout,
            tracing_config: self.tracing_config,
            vpc_config: self.vpc_config,
            accelerator_config: self.accelerator_config,
            capacity_provider_config: self.capacity_provider_config,
            durable_config: self.durable_config,
            logging_config: self.logging_config,
            publish_to: self.publish_to,
            runtime_config: self.runtime_config,
            tenancy_config: self.tenancy_config,
        })
    }
}
/// A builder for [`CreateFunctionUrlConfigRequest`](crate::types::CreateFunctionUrlConfigRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct CreateFunctionUrlConfigRequestBuilder {
    pub(crate) auth_type: ::std::option::Option<crate::types::FunctionUrlAuthType>,
    pub(crate) cors: ::std::option::Option<crate::types::Cors>,
    pub(crate) function_name: ::std::option::Option<::std::string::String>,
    pub(crate) invoke_mode: ::std::option::Option<crate::types::InvokeMode>,
    pub(crate) qualifier: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for CreateFunctionUrlConfigRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateFunctionUrlConfigRequestBuilder").finish_non_exhaustive()
    }
}
impl CreateFunctionUrlConfigRequestBuilder {
    /// See [`CreateFunctionUrlConfigRequest::auth_type`](crate::types::CreateFunctionUrlConfigRequest::auth_type).
    pub fn auth_type(
        mut self,
        input: impl ::std::convert::Into<crate::types::FunctionUrlAuthType>,
    ) -> Self {
        self.auth_type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`auth_type`](Self::auth_type).
    pub fn set_auth_type(
        mut self,
        input: ::std::option::Option<crate::types::FunctionUrlAuthType>,
    ) -> Self {
        self.auth_type = input;
        self
    }
    /// See [`CreateFunctionUrlConfigRequest::cors`](crate::types::CreateFunctionUrlConfigRequest::cors).
    pub fn cors(mut self, input: impl ::std::convert::Into<crate::types::Cors>) -> Self {
        self.cors = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`cors`](Self::cors).
    pub fn set_cors(mut self, input: ::std::option::Option<crate::types::Cors>) -> Self {
        self.cors = input;
        self
    }
    /// See [`CreateFunctionUrlConfigRequest::function_name`](crate::types::CreateFunctionUrlConfigRequest::function_name).
    pub fn function_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.function_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`function_name`](Self::function_name).
    pub fn set_function_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.function_name = input;
        self
    }
    /// See [`CreateFunctionUrlConfigRequest::invoke_mode`](crate::types::CreateFunctionUrlConfigRequest::invoke_mode).
    pub fn invoke_mode(
        mut self,
        input: impl ::std::convert::Into<crate::types::InvokeMode>,
    ) -> Self {
        self.invoke_mode = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`invoke_mode`](Self::invoke_mode).
    pub fn set_invoke_mode(
        mut self,
        input: ::std::option::Option<crate::types::InvokeMode>,
    ) -> Self {
        self.invoke_mode = input;
        self
    }
    /// See [`CreateFunctionUrlConfigRequest::qualifier`](crate::types::CreateFunctionUrlConfigRequest::qualifier).
    pub fn qualifier(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.qualifier = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`qualifier`](Self::qualifier).
    pub fn set_qualifier(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.qualifier = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::CreateFunctionUrlConfigRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::CreateFunctionUrlConfigRequest {
            auth_type: self
                .auth_type
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CreateFunctionUrlConfigRequest",
                        "auth_type",
                    ),
                )?,
            cors: self.cors,
            function_name: self
                .function_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CreateFunctionUrlConfigRequest",
                        "function_name",
                    ),
                )?,
            invoke_mode: self.invoke_mode,
            qualifier: self.qualifier,
        })
    }
}
/// A builder for [`CreateFunctionUrlConfigResponse`](crate::types::CreateFunctionUrlConfigResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct CreateFunctionUrlConfigResponseBuilder {
    pub(crate) auth_type: ::std::option::Option<crate::types::FunctionUrlAuthType>,
    pub(crate) cors: ::std::option::Option<crate::types::Cors>,
    pub(crate) creation_time: ::std::option::Option<::std::string::String>,
    pub(crate) function_arn: ::std::option::Option<::std::string::String>,
    pub(crate) function_url: ::std::option::Option<::std::string::String>,
    pub(crate) invoke_mode: ::std::option::Option<crate::types::InvokeMode>,
}
impl ::std::fmt::Debug for CreateFunctionUrlConfigResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateFunctionUrlConfigResponseBuilder").finish_non_exhaustive()
    }
}
impl CreateFunctionUrlConfigResponseBuilder {
    /// See [`CreateFunctionUrlConfigResponse::auth_type`](crate::types::CreateFunctionUrlConfigResponse::auth_type).
    pub fn auth_type(
        mut self,
        input: impl ::std::convert::Into<crate::types::FunctionUrlAuthType>,
    ) -> Self {
        self.auth_type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`auth_type`](Self::auth_type).
    pub fn set_auth_type(
        mut self,
        input: ::std::option::Option<crate::types::FunctionUrlAuthType>,
    ) -> Self {
        self.auth_type = input;
        self
    }
    /// See [`CreateFunctionUrlConfigResponse::cors`](crate::types::CreateFunctionUrlConfigResponse::cors).
    pub fn cors(mut self, input: impl ::std::convert::Into<crate::types::Cors>) -> Self {
        self.cors = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`cors`](Self::cors).
    pub fn set_cors(mut self, input: ::std::option::Option<crate::types::Cors>) -> Self {
        self.cors = input;
        self
    }
    /// See [`CreateFunctionUrlConfigResponse::creation_time`](crate::types::CreateFunctionUrlConfigResponse::creation_time).
    pub fn creation_time(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.creation_time = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`creation_time`](Self::creation_time).
    pub fn set_creation_time(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.creation_time = input;
        self
    }
    /// See [`CreateFunctionUrlConfigResponse::function_arn`](crate::types::CreateFunctionUrlConfigResponse::function_arn).
    pub fn function_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.function_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`function_arn`](Self::function_arn).
    pub fn set_function_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.function_arn = input;
        self
    }
    /// See [`CreateFunctionUrlConfigResponse::function_url`](crate::types::CreateFunctionUrlConfigResponse::function_url).
    pub fn function_url(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.function_url = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`function_url`](Self::function_url).
    pub fn set_function_url(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.function_url = input;
        self
    }
    /// See [`CreateFunctionUrlConfigResponse::invoke_mode`](crate::types::CreateFunctionUrlConfigResponse::invoke_mode).
    pub fn invoke_mode(
        mut self,
        input: impl ::std::convert::Into<crate::types::InvokeMode>,
    ) -> Self {
        self.invoke_mode = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`invoke_mode`](Self::invoke_mode).
    pub fn set_invoke_mode(
        mut self,
        input: ::std::option::Option<crate::types::InvokeMode>,
    ) -> Self {
        self.invoke_mode = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::CreateFunctionUrlConfigResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::CreateFunctionUrlConfigResponse {
            auth_type: self
                .auth_type
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CreateFunctionUrlConfigResponse",
                        "auth_type",
                    ),
                )?,
            cors: self.cors,
            creation_time: self
                .creation_time
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CreateFunctionUrlConfigResponse",
                        "creation_time",
                    ),
                )?,
            function_arn: self
                .function_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CreateFunctionUrlConfigResponse",
                        "function_arn",
                    ),
                )?,
            function_url: self
                .function_url
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CreateFunctionUrlConfigResponse",
                        "function_url",
                    ),
                )?,
            invoke_mode: self.invoke_mode,
        })
    }
}
/// A builder for [`DeadLetterConfig`](crate::types::DeadLetterConfig).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DeadLetterConfigBuilder {
    pub(crate) target_arn: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DeadLetterConfigBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeadLetterConfigBuilder").finish_non_exhaustive()
    }
}
impl DeadLetterConfigBuilder {
    /// See [`DeadLetterConfig::target_arn`](crate::types::DeadLetterConfig::target_arn).
    pub fn target_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.target_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`target_arn`](Self::target_arn).
    pub fn set_target_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.target_arn = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DeadLetterConfig,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DeadLetterConfig {
            target_arn: self.target_arn,
        })
    }
}
/// A builder for [`DeleteAliasRequest`](crate::types::DeleteAliasRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DeleteAliasRequestBuilder {
    pub(crate) function_name: ::std::option::Option<::std::string::String>,
    pub(crate) name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DeleteAliasRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeleteAliasRequestBuilder").finish_non_exhaustive()
    }
}
impl DeleteAliasRequestBuilder {
    /// See [`DeleteAliasRequest::function_name`](crate::types::DeleteAliasRequest::function_name).
    pub fn function_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.function_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`function_name`](Self::function_name).
    pub fn set_function_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.function_name = input;
        self
    }
    /// See [`DeleteAliasRequest::name`](crate::types::DeleteAliasRequest::name).
    pub fn name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`name`](Self::name).
    pub fn set_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.name = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DeleteAliasRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DeleteAliasRequest {
            function_name: self
                .function_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DeleteAliasRequest",
                        "function_name",
                    ),
                )?,
            name: self
                .name
                .ok_or(
                    crate::runtime::BuildError::missing("DeleteAliasRequest", "name"),
                )?,
        })
    }
}
/// A builder for [`DeleteCapacityProviderRequest`](crate::types::DeleteCapacityProviderRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DeleteCapacityProviderRequestBuilder {
    pub(crate) capacity_provider_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DeleteCapacityProviderRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeleteCapacityProviderRequestBuilder").finish_non_exhaustive()
    }
}
impl DeleteCapacityProviderRequestBuilder {
    /// See [`DeleteCapacityProviderRequest::capacity_provider_name`](crate::types::DeleteCapacityProviderRequest::capacity_provider_name).
    pub fn capacity_provider_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.capacity_provider_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`capacity_provider_name`](Self::capacity_provider_name).
    pub fn set_capacity_provider_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.capacity_provider_name = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DeleteCapacityProviderRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DeleteCapacityProviderRequest {
            capacity_provider_name: self
                .capacity_provider_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DeleteCapacityProviderRequest",
                        "capacity_provider_name",
                    ),
                )?,
        })
    }
}
/// A builder for [`DeleteCapacityProviderResponse`](crate::types::DeleteCapacityProviderResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DeleteCapacityProviderResponseBuilder {
    pub(crate) capacity_provider: ::std::option::Option<crate::types::CapacityProvider>,
}
impl ::std::fmt::Debug for DeleteCapacityProviderResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeleteCapacityProviderResponseBuilder").finish_non_exhaustive()
    }
}
impl DeleteCapacityProviderResponseBuilder {
    /// See [`DeleteCapacityProviderResponse::capacity_provider`](crate::types::DeleteCapacityProviderResponse::capacity_provider).
    pub fn capacity_provider(
        mut self,
        input: impl ::std::convert::Into<crate::types::CapacityProvider>,
    ) -> Self {
        self.capacity_provider = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`capacity_provider`](Self::capacity_provider).
    pub fn set_capacity_provider(
        mut self,
        input: ::std::option::Option<crate::types::CapacityProvider>,
    ) -> Self {
        self.capacity_provider = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DeleteCapacityProviderResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DeleteCapacityProviderResponse {
            capacity_provider: self
                .capacity_provider
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DeleteCapacityProviderResponse",
                        "capacity_provider",
                    ),
                )?,
        })
    }
}
/// A builder for [`DeleteCodeSigningConfigRequest`](crate::types::DeleteCodeSigningConfigRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DeleteCodeSigningConfigRequestBuilder {
    pub(crate) code_signing_config_arn: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DeleteCodeSigningConfigRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeleteCodeSigningConfigRequestBuilder").finish_non_exhaustive()
    }
}
impl DeleteCodeSigningConfigRequestBuilder {
    /// See [`DeleteCodeSigningConfigRequest::code_signing_config_arn`](crate::types::DeleteCodeSigningConfigRequest::code_signing_config_arn).
    pub fn code_signing_config_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.code_signing_config_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`code_signing_config_arn`](Self::code_signing_config_arn).
    pub fn set_code_signing_config_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.code_signing_config_arn = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DeleteCodeSigningConfigRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DeleteCodeSigningConfigRequest {
            code_signing_config_arn: self
                .code_signing_config_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DeleteCodeSigningConfigRequest",
                        "code_signing_config_arn",
                    ),
                )?,
        })
    }
}
/// A builder for [`DeleteCodeSigningConfigResponse`](crate::types::DeleteCodeSigningConfigResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DeleteCodeSigningConfigResponseBuilder {}
impl ::std::fmt::Debug for DeleteCodeSigningConfigResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeleteCodeSigningConfigResponseBuilder").finish_non_exhaustive()
    }
}
impl DeleteCodeSigningConfigResponseBuilder {
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DeleteCodeSigningConfigResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DeleteCodeSigningConfigResponse {
        })
    }
}
/// A builder for [`DeleteDurableExecutionRequest`](crate::types::DeleteDurableExecutionRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DeleteDurableExecutionRequestBuilder {
    pub(crate) durable_execution_arn: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DeleteDurableExecutionRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeleteDurableExecutionRequestBuilder").finish_non_exhaustive()
    }
}
impl DeleteDurableExecutionRequestBuilder {
    /// See [`DeleteDurableExecutionRequest::durable_execution_arn`](crate::types::DeleteDurableExecutionRequest::durable_execution_arn).
    pub fn durable_execution_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.durable_execution_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`durable_execution_arn`](Self::durable_execution_arn).
    pub fn set_durable_execution_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.durable_execution_arn = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DeleteDurableExecutionRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DeleteDurableExecutionRequest {
            durable_execution_arn: self
                .durable_execution_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DeleteDurableExecutionRequest",
                        "durable_execution_arn",
                    ),
                )?,
        })
    }
}
/// A builder for [`DeleteDurableExecutionResponse`](crate::types::DeleteDurableExecutionResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DeleteDurableExecutionResponseBuilder {
    pub(crate) deletion_request_timestamp: ::std::option::Option<
        crate::runtime::Timestamp,
    >,
}
impl ::std::fmt::Debug for DeleteDurableExecutionResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeleteDurableExecutionResponseBuilder").finish_non_exhaustive()
    }
}
impl DeleteDurableExecutionResponseBuilder {
    /// See [`DeleteDurableExecutionResponse::deletion_request_timestamp`](crate::types::DeleteDurableExecutionResponse::deletion_request_timestamp).
    pub fn deletion_request_timestamp(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.deletion_request_timestamp = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`deletion_request_timestamp`](Self::deletion_request_timestamp).
    pub fn set_deletion_request_timestamp(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.deletion_request_timestamp = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DeleteDurableExecutionResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DeleteDurableExecutionResponse {
            deletion_request_timestamp: self
                .deletion_request_timestamp
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DeleteDurableExecutionResponse",
                        "deletion_request_timestamp",
                    ),
                )?,
        })
    }
}
/// A builder for [`DeleteEventSourceMappingRequest`](crate::types::DeleteEventSourceMappingRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DeleteEventSourceMappingRequestBuilder {
    pub(crate) uuid: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DeleteEventSourceMappingRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeleteEventSourceMappingRequestBuilder").finish_non_exhaustive()
    }
}
impl DeleteEventSourceMappingRequestBuilder {
    /// See [`DeleteEventSourceMappingRequest::uuid`](crate::types::DeleteEventSourceMappingRequest::uuid).
    pub fn uuid(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.uuid = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`uuid`](Self::uuid).
    pub fn set_uuid(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.uuid = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DeleteEventSourceMappingRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DeleteEventSourceMappingRequest {
            uuid: self
                .uuid
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DeleteEventSourceMappingRequest",
                        "uuid",
                    ),
                )?,
        })
    }
}
/// A builder for [`DeleteFunctionCodeSigningConfigRequest`](crate::types::DeleteFunctionCodeSigningConfigRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DeleteFunctionCodeSigningConfigRequestBuilder {
    pub(crate) function_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DeleteFunctionCodeSigningConfigRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeleteFunctionCodeSigningConfigRequestBuilder")
            .finish_non_exhaustive()
    }
}
impl DeleteFunctionCodeSigningConfigRequestBuilder {
    /// See [`DeleteFunctionCodeSigningConfigRequest::function_name`](crate::types::DeleteFunctionCodeSigningConfigRequest::function_name).
    pub fn function_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.function_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`function_name`](Self::function_name).
    pub fn set_function_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.function_name = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DeleteFunctionCodeSigningConfigRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DeleteFunctionCodeSigningConfigRequest {
            function_name: self
                .function_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DeleteFunctionCodeSigningConfigRequest",
                        "function_name",
                    ),
                )?,
        })
    }
}
/// A builder for [`DeleteFunctionConcurrencyRequest`](crate::types::DeleteFunctionConcurrencyRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DeleteFunctionConcurrencyRequestBuilder {
    pub(crate) function_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DeleteFunctionConcurrencyRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeleteFunctionConcurrencyRequestBuilder").finish_non_exhaustive()
    }
}
impl DeleteFunctionConcurrencyRequestBuilder {
    /// See [`DeleteFunctionConcurrencyRequest::function_name`](crate::types::DeleteFunctionConcurrencyRequest::function_name).
    pub fn function_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.function_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`function_name`](Self::function_name).
    pub fn set_function_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.function_name = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DeleteFunctionConcurrencyRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DeleteFunctionConcurrencyRequest {
            function_name: self
                .function_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DeleteFunctionConcurrencyRequest",
                        "function_name",
                    ),
                )?,
        })
    }
}
/// A builder for [`DeleteFunctionEventInvokeConfigRequest`](crate::types::DeleteFunctionEventInvokeConfigRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DeleteFunctionEventInvokeConfigRequestBuilder {
    pub(crate) function_name: ::std::option::Option<::std::string::String>,
    pub(crate) qualifier: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DeleteFunctionEventInvokeConfigRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeleteFunctionEventInvokeConfigRequestBuilder")
            .finish_non_exhaustive()
    }
}
impl DeleteFunctionEventInvokeConfigRequestBuilder {
    /// See [`DeleteFunctionEventInvokeConfigRequest::function_name`](crate::types::DeleteFunctionEventInvokeConfigRequest::function_name).
    pub fn function_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.function_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`function_name`](Self::function_name).
    pub fn set_function_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.function_name = input;
        self
    }
    /// See [`DeleteFunctionEventInvokeConfigRequest::qualifier`](crate::types::DeleteFunctionEventInvokeConfigRequest::qualifier).
    pub fn qualifier(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.qualifier = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`qualifier`](Self::qualifier).
    pub fn set_qualifier(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.qualifier = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DeleteFunctionEventInvokeConfigRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DeleteFunctionEventInvokeConfigRequest {
            function_name: self
                .function_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DeleteFunctionEventInvokeConfigRequest",
                        "function_name",
                    ),
                )?,
            qualifier: self.qualifier,
        })
    }
}
/// A builder for [`DeleteFunctionRequest`](crate::types::DeleteFunctionRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DeleteFunctionRequestBuilder {
    pub(crate) function_name: ::std::option::Option<::std::string::String>,
    pub(crate) qualifier: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DeleteFunctionRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeleteFunctionRequestBuilder").finish_non_exhaustive()
    }
}
impl DeleteFunctionRequestBuilder {
    /// See [`DeleteFunctionRequest::function_name`](crate::types::DeleteFunctionRequest::function_name).
    pub fn function_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.function_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`function_name`](Self::function_name).
    pub fn set_function_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.function_name = input;
        self
    }
    /// See [`DeleteFunctionRequest::qualifier`](crate::types::DeleteFunctionRequest::qualifier).
    pub fn qualifier(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.qualifier = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`qualifier`](Self::qualifier).
    pub fn set_qualifier(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.qualifier = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DeleteFunctionRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DeleteFunctionRequest {
            function_name: self
                .function_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DeleteFunctionRequest",
                        "function_name",
                    ),
                )?,
            qualifier: self.qualifier,
        })
    }
}
/// A builder for [`DeleteFunctionResponse`](crate::types::DeleteFunctionResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DeleteFunctionResponseBuilder {
    pub(crate) status_code: ::std::option::Option<i64>,
}
impl ::std::fmt::Debug for DeleteFunctionResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeleteFunctionResponseBuilder").finish_non_exhaustive()
    }
}
impl DeleteFunctionResponseBuilder {
    /// See [`DeleteFunctionResponse::status_code`](crate::types::DeleteFunctionResponse::status_code).
    pub fn status_code(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.status_code = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`status_code`](Self::status_code).
    pub fn set_status_code(mut self, input: ::std::option::Option<i64>) -> Self {
        self.status_code = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DeleteFunctionResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DeleteFunctionResponse {
            status_code: self.status_code,
        })
    }
}
/// A builder for [`DeleteFunctionUrlConfigRequest`](crate::types::DeleteFunctionUrlConfigRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DeleteFunctionUrlConfigRequestBuilder {
    pub(crate) function_name: ::std::option::Option<::std::string::String>,
    pub(crate) qualifier: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DeleteFunctionUrlConfigRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeleteFunctionUrlConfigRequestBuilder").finish_non_exhaustive()
    }
}
impl DeleteFunctionUrlConfigRequestBuilder {
    /// See [`DeleteFunctionUrlConfigRequest::function_name`](crate::types::DeleteFunctionUrlConfigRequest::function_name).
    pub fn function_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.function_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`function_name`](Self::function_name).
    pub fn set_function_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.function_name = input;
        self
    }
    /// See [`DeleteFunctionUrlConfigRequest::qualifier`](crate::types::DeleteFunctionUrlConfigRequest::qualifier).
    pub fn qualifier(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.qualifier = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`qualifier`](Self::qualifier).
    pub fn set_qualifier(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.qualifier = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DeleteFunctionUrlConfigRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DeleteFunctionUrlConfigRequest {
            function_name: self
                .function_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DeleteFunctionUrlConfigRequest",
                        "function_name",
                    ),
                )?,
            qualifier: self.qualifier,
        })
    }
}
/// A builder for [`DeleteLayerVersionRequest`](crate::types::DeleteLayerVersionRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DeleteLayerVersionRequestBuilder {
    pub(crate) layer_name: ::std::option::Option<::std::string::String>,
    pub(crate) version_number: ::std::option::Option<i64>,
}
impl ::std::fmt::Debug for DeleteLayerVersionRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeleteLayerVersionRequestBuilder").finish_non_exhaustive()
    }
}
impl DeleteLayerVersionRequestBuilder {
    /// See [`DeleteLayerVersionRequest::layer_name`](crate::types::DeleteLayerVersionRequest::layer_name).
    pub fn layer_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.layer_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`layer_name`](Self::layer_name).
    pub fn set_layer_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.layer_name = input;
        self
    }
    /// See [`DeleteLayerVersionRequest::version_number`](crate::types::DeleteLayerVersionRequest::version_number).
    pub fn version_number(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.version_number = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`version_number`](Self::version_number).
    pub fn set_version_number(mut self, input: ::std::option::Option<i64>) -> Self {
        self.version_number = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DeleteLayerVersionRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DeleteLayerVersionRequest {
            layer_name: self
                .layer_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DeleteLayerVersionRequest",
                        "layer_name",
                    ),
                )?,
            version_number: self
                .version_number
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DeleteLayerVersionRequest",
                        "version_number",
                    ),
                )?,
        })
    }
}
/// A builder for [`DeleteProvisionedConcurrencyConfigRequest`](crate::types::DeleteProvisionedConcurrencyConfigRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DeleteProvisionedConcurrencyConfigRequestBuilder {
    pub(crate) function_name: ::std::option::Option<::std::string::String>,
    pub(crate) qualifier: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DeleteProvisionedConcurrencyConfigRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeleteProvisionedConcurrencyConfigRequestBuilder")
            .finish_non_exhaustive()
    }
}
impl DeleteProvisionedConcurrencyConfigRequestBuilder {
    /// See [`DeleteProvisionedConcurrencyConfigRequest::function_name`](crate::types::DeleteProvisionedConcurrencyConfigRequest::function_name).
    pub fn function_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.function_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`function_name`](Self::function_name).
    pub fn set_function_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.function_name = input;
        self
    }
    /// See [`DeleteProvisionedConcurrencyConfigRequest::qualifier`](crate::types::DeleteProvisionedConcurrencyConfigRequest::qualifier).
    pub fn qualifier(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.qualifier = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`qualifier`](Self::qualifier).
    pub fn set_qualifier(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.qualifier = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DeleteProvisionedConcurrencyConfigRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DeleteProvisionedConcurrencyConfigRequest {
            function_name: self
                .function_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DeleteProvisionedConcurrencyConfigRequest",
                        "function_name",
                    ),
                )?,
            qualifier: self
                .qualifier
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DeleteProvisionedConcurrencyConfigRequest",
                        "qualifier",
                    ),
                )?,
        })
    }
}
/// A builder for [`DeleteResourcePolicyRequest`](crate::types::DeleteResourcePolicyRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DeleteResourcePolicyRequestBuilder {
    pub(crate) resource_arn: ::std::option::Option<::std::string::String>,
    pub(crate) revision_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DeleteResourcePolicyRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeleteResourcePolicyRequestBuilder").finish_non_exhaustive()
    }
}
impl DeleteResourcePolicyRequestBuilder {
    /// See [`DeleteResourcePolicyRequest::resource_arn`](crate::types::DeleteResourcePolicyRequest::resource_arn).
    pub fn resource_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.resource_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`resource_arn`](Self::resource_arn).
    pub fn set_resource_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.resource_arn = input;
        self
    }
    /// See [`DeleteResourcePolicyRequest::revision_id`](crate::types::DeleteResourcePolicyRequest::revision_id).
    pub fn revision_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.revision_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`revision_id`](Self::revision_id).
    pub fn set_revision_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.revision_id = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DeleteResourcePolicyRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DeleteResourcePolicyRequest {
            resource_arn: self
                .resource_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DeleteResourcePolicyRequest",
                        "resource_arn",
                    ),
                )?,
            revision_id: self.revision_id,
        })
    }
}
/// A builder for [`DestinationConfig`](crate::types::DestinationConfig).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DestinationConfigBuilder {
    pub(crate) on_failure: ::std::option::Option<crate::types::OnFailure>,
    pub(crate) on_success: ::std::option::Option<crate::types::OnSuccess>,
}
impl ::std::fmt::Debug for DestinationConfigBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DestinationConfigBuilder").finish_non_exhaustive()
    }
}
impl DestinationConfigBuilder {
    /// See [`DestinationConfig::on_failure`](crate::types::DestinationConfig::on_failure).
    pub fn on_failure(
        mut self,
        input: impl ::std::convert::Into<crate::types::OnFailure>,
    ) -> Self {
        self.on_failure = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`on_failure`](Self::on_failure).
    pub fn set_on_failure(
        mut self,
        input: ::std::option::Option<crate::types::OnFailure>,
    ) -> Self {
        self.on_failure = input;
        self
    }
    /// See [`DestinationConfig::on_success`](crate::types::DestinationConfig::on_success).
    pub fn on_success(
        mut self,
        input: impl ::std::convert::Into<crate::types::OnSuccess>,
    ) -> Self {
        self.on_success = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`on_success`](Self::on_success).
    pub fn set_on_success(
        mut self,
        input: ::std::option::Option<crate::types::OnSuccess>,
    ) -> Self {
        self.on_success = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DestinationConfig,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DestinationConfig {
            on_failure: self.on_failure,
            on_success: self.on_success,
        })
    }
}
/// A builder for [`DocumentDbEventSourceConfig`](crate::types::DocumentDbEventSourceConfig).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DocumentDbEventSourceConfigBuilder {
    pub(crate) collection_name: ::std::option::Option<::std::string::String>,
    pub(crate) database_name: ::std::option::Option<::std::string::String>,
    pub(crate) full_document: ::std::option::Option<crate::types::FullDocument>,
}
impl ::std::fmt::Debug for DocumentDbEventSourceConfigBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DocumentDbEventSourceConfigBuilder").finish_non_exhaustive()
    }
}
impl DocumentDbEventSourceConfigBuilder {
    /// See [`DocumentDbEventSourceConfig::collection_name`](crate::types::DocumentDbEventSourceConfig::collection_name).
    pub fn collection_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.collection_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`collection_name`](Self::collection_name).
    pub fn set_collection_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.collection_name = input;
        self
    }
    /// See [`DocumentDbEventSourceConfig::database_name`](crate::types::DocumentDbEventSourceConfig::database_name).
    pub fn database_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.database_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`database_name`](Self::database_name).
    pub fn set_database_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.database_name = input;
        self
    }
    /// See [`DocumentDbEventSourceConfig::full_document`](crate::types::DocumentDbEventSourceConfig::full_document).
    pub fn full_document(
        mut self,
        input: impl ::std::convert::Into<crate::types::FullDocument>,
    ) -> Self {
        self.full_document = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`full_document`](Self::full_document).
    pub fn set_full_document(
        mut self,
        input: ::std::option::Option<crate::types::FullDocument>,
    ) -> Self {
        self.full_document = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DocumentDbEventSourceConfig,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DocumentDbEventSourceConfig {
            collection_name: self.collection_name,
            database_name: self.database_name,
            full_document: self.full_document,
        })
    }
}
/// A builder for [`DurableConfig`](crate::types::DurableConfig).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DurableConfigBuilder {
    pub(crate) execution_timeout: ::std::option::Option<i64>,
    pub(crate) kms_key_arn: ::std::option::Option<::std::string::String>,
    pub(crate) retention_period_in_days: ::std::option::Option<i64>,
}
impl ::std::fmt::Debug for DurableConfigBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DurableConfigBuilder").finish_non_exhaustive()
    }
}
impl DurableConfigBuilder {
    /// See [`DurableConfig::execution_timeout`](crate::types::DurableConfig::execution_timeout).
    pub fn execution_timeout(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.execution_timeout = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`execution_timeout`](Self::execution_timeout).
    pub fn set_execution_timeout(mut self, input: ::std::option::Option<i64>) -> Self {
        self.execution_timeout = input;
        self
    }
    /// See [`DurableConfig::kms_key_arn`](crate::types::DurableConfig::kms_key_arn).
    pub fn kms_key_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.kms_key_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`kms_key_arn`](Self::kms_key_arn).
    pub fn set_kms_key_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.kms_key_arn = input;
        self
    }
    /// See [`DurableConfig::retention_period_in_days`](crate::types::DurableConfig::retention_period_in_days).
    pub fn retention_period_in_days(
        mut self,
        input: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.retention_period_in_days = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`retention_period_in_days`](Self::retention_period_in_days).
    pub fn set_retention_period_in_days(
        mut self,
        input: ::std::option::Option<i64>,
    ) -> Self {
        self.retention_period_in_days = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::DurableConfig, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::DurableConfig {
            execution_timeout: self.execution_timeout,
            kms_key_arn: self.kms_key_arn,
            retention_period_in_days: self.retention_period_in_days,
        })
    }
}
/// A builder for [`Environment`](crate::types::Environment).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct EnvironmentBuilder {
    pub(crate) variables: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
}
impl ::std::fmt::Debug for EnvironmentBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("EnvironmentBuilder").finish_non_exhaustive()
    }
}
impl EnvironmentBuilder {
    /// See [`Environment::variables`](crate::types::Environment::variables).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn variables(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.variables
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`variables`](Self::variables).
    pub fn set_variables(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        >,
    ) -> Self {
        self.variables = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::Environment, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::Environment {
            variables: self.variables,
        })
    }
}
/// A builder for [`EnvironmentError`](crate::types::EnvironmentError).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct EnvironmentErrorBuilder {
    pub(crate) error_code: ::std::option::Option<::std::string::String>,
    pub(crate) message: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for EnvironmentErrorBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("EnvironmentErrorBuilder").finish_non_exhaustive()
    }
}
impl EnvironmentErrorBuilder {
    /// See [`EnvironmentError::error_code`](crate::types::EnvironmentError::error_code).
    pub fn error_code(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.error_code = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`error_code`](Self::error_code).
    pub fn set_error_code(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.error_code = input;
        self
    }
    /// See [`EnvironmentError::message`](crate::types::EnvironmentError::message).
    pub fn message(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.message = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`message`](Self::message).
    pub fn set_message(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.message = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::EnvironmentError,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::EnvironmentError {
            error_code: self.error_code,
            message: self.message,
        })
    }
}
/// A builder for [`EnvironmentResponse`](crate::types::EnvironmentResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct EnvironmentResponseBuilder {
    pub(crate) error: ::std::option::Option<crate::types::EnvironmentError>,
    pub(crate) variables: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
}
impl ::std::fmt::Debug for EnvironmentResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("EnvironmentResponseBuilder").finish_non_exhaustive()
    }
}
impl EnvironmentResponseBuilder {
    /// See [`EnvironmentResponse::error`](crate::types::EnvironmentResponse::error).
    pub fn error(
        mut self,
        input: impl ::std::convert::Into<crate::types::EnvironmentError>,
    ) -> Self {
        self.error = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`error`](Self::error).
    pub fn set_error(
        mut self,
        input: ::std::option::Option<crate::types::EnvironmentError>,
    ) -> Self {
        self.error = input;
        self
    }
    /// See [`EnvironmentResponse::variables`](crate::types::EnvironmentResponse::variables).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn variables(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.variables
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`variables`](Self::variables).
    pub fn set_variables(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        >,
    ) -> Self {
        self.variables = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::EnvironmentResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::EnvironmentResponse {
            error: self.error,
            variables: self.variables,
        })
    }
}
/// A builder for [`EphemeralStorage`](crate::types::EphemeralStorage).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct EphemeralStorageBuilder {
    pub(crate) size: ::std::option::Option<i64>,
}
impl ::std::fmt::Debug for EphemeralStorageBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("EphemeralStorageBuilder").finish_non_exhaustive()
    }
}
impl EphemeralStorageBuilder {
    /// See [`EphemeralStorage::size`](crate::types::EphemeralStorage::size).
    pub fn size(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.size = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`size`](Self::size).
    pub fn set_size(mut self, input: ::std::option::Option<i64>) -> Self {
        self.size = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::EphemeralStorage,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::EphemeralStorage {
            size: self
                .size
                .ok_or(crate::runtime::BuildError::missing("EphemeralStorage", "size"))?,
        })
    }
}
/// A builder for [`ErrorObject`](crate::types::ErrorObject).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ErrorObjectBuilder {
    pub(crate) error_data: ::std::option::Option<::std::string::String>,
    pub(crate) error_message: ::std::option::Option<::std::string::String>,
    pub(crate) error_type: ::std::option::Option<::std::string::String>,
    pub(crate) stack_trace: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
}
impl ::std::fmt::Debug for ErrorObjectBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ErrorObjectBuilder").finish_non_exhaustive()
    }
}
impl ErrorObjectBuilder {
    /// See [`ErrorObject::error_data`](crate::types::ErrorObject::error_data).
    pub fn error_data(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.error_data = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`error_data`](Self::error_data).
    pub fn set_error_data(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.error_data = input;
        self
    }
    /// See [`ErrorObject::error_message`](crate::types::ErrorObject::error_message).
    pub fn error_message(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.error_message = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`error_message`](Self::error_message).
    pub fn set_error_message(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.error_message = input;
        self
    }
    /// See [`ErrorObject::error_type`](crate::types::ErrorObject::error_type).
    pub fn error_type(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.error_type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`error_type`](Self::error_type).
    pub fn set_error_type(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.error_type = input;
        self
    }
    /// See [`ErrorObject::stack_trace`](crate::types::ErrorObject::stack_trace).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn stack_trace(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.stack_trace.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`stack_trace`](Self::stack_trace).
    pub fn set_stack_trace(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.stack_trace = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::ErrorObject, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::ErrorObject {
            error_data: self.error_data,
            error_message: self.error_message,
            error_type: self.error_type,
            stack_trace: self.stack_trace,
        })
    }
}
/// A builder for [`Event`](crate::types::Event).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct EventBuilder {
    pub(crate) callback_failed_details: ::std::option::Option<
        crate::types::CallbackFailedDetails,
    >,
    pub(crate) callback_started_details: ::std::option::Option<
        crate::types::CallbackStartedDetails,
    >,
    pub(crate) callback_succeeded_details: ::std::option::Option<
        crate::types::CallbackSucceededDetails,
    >,
    pub(crate) callback_timed_out_details: ::std::option::Option<
        crate::types::CallbackTimedOutDetails,
    >,
    pub(crate) chained_invoke_failed_details: ::std::option::Option<
        crate::types::ChainedInvokeFailedDetails,
    >,
    pub(crate) chained_invoke_started_details: ::std::option::Option<
        crate::types::ChainedInvokeStartedDetails,
    >,
    pub(crate) chained_invoke_stopped_details: ::std::option::Option<
        crate::types::ChainedInvokeStoppedDetails,
    >,
    pub(crate) chained_invoke_succeeded_details: ::std::option::Option<
        crate::types::ChainedInvokeSucceededDetails,
    >,
    pub(crate) chained_invoke_timed_out_details: ::std::option::Option<
        crate::types::ChainedInvokeTimedOutDetails,
    >,
    pub(crate) context_failed_details: ::std::option::Option<
        crate::types::ContextFailedDetails,
    >,
    pub(crate) context_started_details: ::std::option::Option<
        crate::types::ContextStartedDetails,
    >,
    pub(crate) context_succeeded_details: ::std::option::Option<
        crate::types::ContextSucceededDetails,
    >,
    pub(crate) event_id: ::std::option::Option<i64>,
    pub(crate) event_timestamp: ::std::option::Option<crate::runtime::Timestamp>,
    pub(crate) event_type: ::std::option::Option<crate::types::EventType>,
    pub(crate) execution_failed_details: ::std::option::Option<
        crate::types::ExecutionFailedDetails,
    >,
    pub(crate) execution_paused_details: ::std::option::Option<
        crate::types::ExecutionPausedDetails,
    >,
    pub(crate) execution_resumed_details: ::std::option::Option<
        crate::types::ExecutionResumedDetails,
    >,
    pub(crate) execution_started_details: ::std::option::Option<
        crate::types::ExecutionStartedDetails,
    >,
    pub(crate) execution_stopped_details: ::std::option::Option<
        crate::types::ExecutionStoppedDetails,
    >,
    pub(crate) execution_succeeded_details: ::std::option::Option<
        crate::types::ExecutionSucceededDetails,
    >,
    pub(crate) execution_timed_out_details: ::std::option::Option<
        crate::types::ExecutionTimedOutDetails,
    >,
    pub(crate) id: ::std::option::Option<::std::string::String>,
    pub(crate) invocation_completed_details: ::std::option::Option<
        crate::types::InvocationCompletedDetails,
    >,
    pub(crate) name: ::std::option::Option<::std::string::String>,
    pub(crate) parent_id: ::std::option::Option<::std::string::String>,
    pub(crate) step_failed_details: ::std::option::Option<
        crate::types::StepFailedDetails,
    >,
    pub(crate) step_started_details: ::std::option::Option<
        crate::types::StepStartedDetails,
    >,
    pub(crate) step_succeeded_details: ::std::option::Option<
        crate::types::StepSucceededDetails,
    >,
    pub(crate) sub_type: ::std::option::Option<::std::string::String>,
    pub(crate) wait_cancelled_details: ::std::option::Option<
        crate::types::WaitCancelledDetails,
    >,
    pub(crate) wait_started_details: ::std::option::Option<
        crate::types::WaitStartedDetails,
    >,
    pub(crate) wait_succeeded_details: ::std::option::Option<
        crate::types::WaitSucceededDetails,
    >,
}
impl ::std::fmt::Debug for EventBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("EventBuilder").finish_non_exhaustive()
    }
}
impl EventBuilder {
    /// See [`Event::callback_failed_details`](crate::types::Event::callback_failed_details).
    pub fn callback_failed_details(
        mut self,
        input: impl ::std::convert::Into<crate::types::CallbackFailedDetails>,
    ) -> Self {
        self.callback_failed_details = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`callback_failed_details`](Self::callback_failed_details).
    pub fn set_callback_failed_details(
        mut self,
        input: ::std::option::Option<crate::types::CallbackFailedDetails>,
    ) -> Self {
        self.callback_failed_details = input;
        self
    }
    /// See [`Event::callback_started_details`](crate::types::Event::callback_started_details).
    pub fn callback_started_details(
        mut self,
        input: impl ::std::convert::Into<crate::types::CallbackStartedDetails>,
    ) -> Self {
        self.callback_started_details = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`callback_started_details`](Self::callback_started_details).
    pub fn set_callback_started_details(
        mut self,
        input: ::std::option::Option<crate::types::CallbackStartedDetails>,
    ) -> Self {
        self.callback_started_details = input;
        self
    }
    /// See [`Event::callback_succeeded_details`](crate::types::Event::callback_succeeded_details).
    pub fn callback_succeeded_details(
        mut self,
        input: impl ::std::convert::Into<crate::types::CallbackSucceededDetails>,
    ) -> Self {
        self.callback_succeeded_details = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`callback_succeeded_details`](Self::callback_succeeded_details).
    pub fn set_callback_succeeded_details(
        mut self,
        input: ::std::option::Option<crate::types::CallbackSucceededDetails>,
    ) -> Self {
        self.callback_succeeded_details = input;
        self
    }
    /// See [`Event::callback_timed_out_details`](crate::types::Event::callback_timed_out_details).
    pub fn callback_timed_out_details(
        mut self,
        input: impl ::std::convert::Into<crate::types::CallbackTimedOutDetails>,
    ) -> Self {
        self.callback_timed_out_details = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`callback_timed_out_details`](Self::callback_timed_out_details).
    pub fn set_callback_timed_out_details(
        mut self,
        input: ::std::option::Option<crate::types::CallbackTimedOutDetails>,
    ) -> Self {
        self.callback_timed_out_details = input;
        self
    }
    /// See [`Event::chained_invoke_failed_details`](crate::types::Event::chained_invoke_failed_details).
    pub fn chained_invoke_failed_details(
        mut self,
        input: impl ::std::convert::Into<crate::types::ChainedInvokeFailedDetails>,
    ) -> Self {
        self.chained_invoke_failed_details = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`chained_invoke_failed_details`](Self::chained_invoke_failed_details).
    pub fn set_chained_invoke_failed_details(
        mut self,
        input: ::std::option::Option<crate::types::ChainedInvokeFailedDetails>,
    ) -> Self {
        self.chained_invoke_failed_details = input;
        self
    }
    /// See [`Event::chained_invoke_started_details`](crate::types::Event::chained_invoke_started_details).
    pub fn chained_invoke_started_details(
        mut self,
        input: impl ::std::convert::Into<crate::types::ChainedInvokeStartedDetails>,
    ) -> Self {
        self.chained_invoke_started_details = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`chained_invoke_started_details`](Self::chained_invoke_started_details).
    pub fn set_chained_invoke_started_details(
        mut self,
        input: ::std::option::Option<crate::types::ChainedInvokeStartedDetails>,
    ) -> Self {
        self.chained_invoke_started_details = input;
        self
    }
    /// See [`Event::chained_invoke_stopped_details`](crate::types::Event::chained_invoke_stopped_details).
    pub fn chained_invoke_stopped_details(
        mut self,
        input: impl ::std::convert::Into<crate::types::ChainedInvokeStoppedDetails>,
    ) -> Self {
        self.chained_invoke_stopped_details = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`chained_invoke_stopped_details`](Self::chained_invoke_stopped_details).
    pub fn set_chained_invoke_stopped_details(
        mut self,
        input: ::std::option::Option<crate::types::ChainedInvokeStoppedDetails>,
    ) -> Self {
        self.chained_invoke_stopped_details = input;
        self
    }
    /// See [`Event::chained_invoke_succeeded_details`](crate::types::Event::chained_invoke_succeeded_details).
    pub fn chained_invoke_succeeded_details(
        mut self,
        input: impl ::std::convert::Into<crate::types::ChainedInvokeSucceededDetails>,
    ) -> Self {
        self.chained_invoke_succeeded_details = ::std::option::Option::Some(
            input.into(),
        );
        self
    }
    /// Sets or clears [`chained_invoke_succeeded_details`](Self::chained_invoke_succeeded_details).
    pub fn set_chained_invoke_succeeded_details(
        mut self,
        input: ::std::option::Option<crate::types::ChainedInvokeSucceededDetails>,
    ) -> Self {
        self.chained_invoke_succeeded_details = input;
        self
    }
    /// See [`Event::chained_invoke_timed_out_details`](crate::types::Event::chained_invoke_timed_out_details).
    pub fn chained_invoke_timed_out_details(
        mut self,
        input: impl ::std::convert::Into<crate::types::ChainedInvokeTimedOutDetails>,
    ) -> Self {
        self.chained_invoke_timed_out_details = ::std::option::Option::Some(
            input.into(),
        );
        self
    }
    /// Sets or clears [`chained_invoke_timed_out_details`](Self::chained_invoke_timed_out_details).
    pub fn set_chained_invoke_timed_out_details(
        mut self,
        input: ::std::option::Option<crate::types::ChainedInvokeTimedOutDetails>,
    ) -> Self {
        self.chained_invoke_timed_out_details = input;
        self
    }
    /// See [`Event::context_failed_details`](crate::types::Event::context_failed_details).
    pub fn context_failed_details(
        mut self,
        input: impl ::std::convert::Into<crate::types::ContextFailedDetails>,
    ) -> Self {
        self.context_failed_details = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`context_failed_details`](Self::context_failed_details).
    pub fn set_context_failed_details(
        mut self,
        input: ::std::option::Option<crate::types::ContextFailedDetails>,
    ) -> Self {
        self.context_failed_details = input;
        self
    }
    /// See [`Event::context_started_details`](crate::types::Event::context_started_details).
    pub fn context_started_details(
        mut self,
        input: impl ::std::convert::Into<crate::types::ContextStartedDetails>,
    ) -> Self {
        self.context_started_details = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`context_started_details`](Self::context_started_details).
    pub fn set_context_started_details(
        mut self,
        input: ::std::option::Option<crate::types::ContextStartedDetails>,
    ) -> Self {
        self.context_started_details = input;
        self
    }
    /// See [`Event::context_succeeded_details`](crate::types::Event::context_succeeded_details).
    pub fn context_succeeded_details(
        mut self,
        input: impl ::std::convert::Into<crate::types::ContextSucceededDetails>,
    ) -> Self {
        self.context_succeeded_details = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`context_succeeded_details`](Self::context_succeeded_details).
    pub fn set_context_succeeded_details(
        mut self,
        input: ::std::option::Option<crate::types::ContextSucceededDetails>,
    ) -> Self {
        self.context_succeeded_details = input;
        self
    }
    /// See [`Event::event_id`](crate::types::Event::event_id).
    pub fn event_id(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.event_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`event_id`](Self::event_id).
    pub fn set_event_id(mut self, input: ::std::option::Option<i64>) -> Self {
        self.event_id = input;
        self
    }
    /// See [`Event::event_timestamp`](crate::types::Event::event_timestamp).
    pub fn event_timestamp(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.event_timestamp = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`event_timestamp`](Self::event_timestamp).
    pub fn set_event_timestamp(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.event_timestamp = input;
        self
    }
    /// See [`Event::event_type`](crate::types::Event::event_type).
    pub fn event_type(
        mut self,
        input: impl ::std::convert::Into<crate::types::EventType>,
    ) -> Self {
        self.event_type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`event_type`](Self::event_type).
    pub fn set_event_type(
        mut self,
        input: ::std::option::Option<crate::types::EventType>,
    ) -> Self {
        self.event_type = input;
        self
    }
    /// See [`Event::execution_failed_details`](crate::types::Event::execution_failed_details).
    pub fn execution_failed_details(
        mut self,
        input: impl ::std::convert::Into<crate::types::ExecutionFailedDetails>,
    ) -> Self {
        self.execution_failed_details = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`execution_failed_details`](Self::execution_failed_details).
    pub fn set_execution_failed_details(
        mut self,
        input: ::std::option::Option<crate::types::ExecutionFailedDetails>,
    ) -> Self {
        self.execution_failed_details = input;
        self
    }
    /// See [`Event::execution_paused_details`](crate::types::Event::execution_paused_details).
    pub fn execution_paused_details(
        mut self,
        input: impl ::std::convert::Into<crate::types::ExecutionPausedDetails>,
    ) -> Self {
        self.execution_paused_details = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`execution_paused_details`](Self::execution_paused_details).
    pub fn set_execution_paused_details(
        mut self,
        input: ::std::option::Option<crate::types::ExecutionPausedDetails>,
    ) -> Self {
        self.execution_paused_details = input;
        self
    }
    /// See [`Event::execution_resumed_details`](crate::types::Event::execution_resumed_details).
    pub fn execution_resumed_details(
        mut self,
        input: impl ::std::convert::Into<crate::types::ExecutionResumedDetails>,
    ) -> Self {
        self.execution_resumed_details = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`execution_resumed_details`](Self::execution_resumed_details).
    pub fn set_execution_resumed_details(
        mut self,
        input: ::std::option::Option<crate::types::ExecutionResumedDetails>,
    ) -> Self {
        self.execution_resumed_details = input;
        self
    }
    /// See [`Event::execution_started_details`](crate::types::Event::execution_started_details).
    pub fn execution_started_details(
        mut self,
        input: impl ::std::convert::Into<crate::types::ExecutionStartedDetails>,
    ) -> Self {
        self.execution_started_details = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`execution_started_details`](Self::execution_started_details).
    pub fn set_execution_started_details(
        mut self,
        input: ::std::option::Option<crate::types::ExecutionStartedDetails>,
    ) -> Self {
        self.execution_started_details = input;
        self
    }
    /// See [`Event::execution_stopped_details`](crate::types::Event::execution_stopped_details).
    pub fn execution_stopped_details(
        mut self,
        input: impl ::std::convert::Into<crate::types::ExecutionStoppedDetails>,
    ) -> Self {
        self.execution_stopped_details = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`execution_stopped_details`](Self::execution_stopped_details).
    pub fn set_execution_stopped_details(
        mut self,
        input: ::std::option::Option<crate::types::ExecutionStoppedDetails>,
    ) -> Self {
        self.execution_stopped_details = input;
        self
    }
    /// See [`Event::execution_succeeded_details`](crate::types::Event::execution_succeeded_details).
    pub fn execution_succeeded_details(
        mut self,
        input: impl ::std::convert::Into<crate::types::ExecutionSucceededDetails>,
    ) -> Self {
        self.execution_succeeded_details = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`execution_succeeded_details`](Self::execution_succeeded_details).
    pub fn set_execution_succeeded_details(
        mut self,
        input: ::std::option::Option<crate::types::ExecutionSucceededDetails>,
    ) -> Self {
        self.execution_succeeded_details = input;
        self
    }
    /// See [`Event::execution_timed_out_details`](crate::types::Event::execution_timed_out_details).
    pub fn execution_timed_out_details(
        mut self,
        input: impl ::std::convert::Into<crate::types::ExecutionTimedOutDetails>,
    ) -> Self {
        self.execution_timed_out_details = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`execution_timed_out_details`](Self::execution_timed_out_details).
    pub fn set_execution_timed_out_details(
        mut self,
        input: ::std::option::Option<crate::types::ExecutionTimedOutDetails>,
    ) -> Self {
        self.execution_timed_out_details = input;
        self
    }
    /// See [`Event::id`](crate::types::Event::id).
    pub fn id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`id`](Self::id).
    pub fn set_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.id = input;
        self
    }
    /// See [`Event::invocation_completed_details`](crate::types::Event::invocation_completed_details).
    pub fn invocation_completed_details(
        mut self,
        input: impl ::std::convert::Into<crate::types::InvocationCompletedDetails>,
    ) -> Self {
        self.invocation_completed_details = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`invocation_completed_details`](Self::invocation_completed_details).
    pub fn set_invocation_completed_details(
        mut self,
        input: ::std::option::Option<crate::types::InvocationCompletedDetails>,
    ) -> Self {
        self.invocation_completed_details = input;
        self
    }
    /// See [`Event::name`](crate::types::Event::name).
    pub fn name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`name`](Self::name).
    pub fn set_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.name = input;
        self
    }
    /// See [`Event::parent_id`](crate::types::Event::parent_id).
    pub fn parent_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.parent_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`parent_id`](Self::parent_id).
    pub fn set_parent_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.parent_id = input;
        self
    }
    /// See [`Event::step_failed_details`](crate::types::Event::step_failed_details).
    pub fn step_failed_details(
        mut self,
        input: impl ::std::convert::Into<crate::types::StepFailedDetails>,
    ) -> Self {
        self.step_failed_details = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`step_failed_details`](Self::step_failed_details).
    pub fn set_step_failed_details(
        mut self,
        input: ::std::option::Option<crate::types::StepFailedDetails>,
    ) -> Self {
        self.step_failed_details = input;
        self
    }
    /// See [`Event::step_started_details`](crate::types::Event::step_started_details).
    pub fn step_started_details(
        mut self,
        input: impl ::std::convert::Into<crate::types::StepStartedDetails>,
    ) -> Self {
        self.step_started_details = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`step_started_details`](Self::step_started_details).
    pub fn set_step_started_details(
        mut self,
        input: ::std::option::Option<crate::types::StepStartedDetails>,
    ) -> Self {
        self.step_started_details = input;
        self
    }
    /// See [`Event::step_succeeded_details`](crate::types::Event::step_succeeded_details).
    pub fn step_succeeded_details(
        mut self,
        input: impl ::std::convert::Into<crate::types::StepSucceededDetails>,
    ) -> Self {
        self.step_succeeded_details = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`step_succeeded_details`](Self::step_succeeded_details).
    pub fn set_step_succeeded_details(
        mut self,
        input: ::std::option::Option<crate::types::StepSucceededDetails>,
    ) -> Self {
        self.step_succeeded_details = input;
        self
    }
    /// See [`Event::sub_type`](crate::types::Event::sub_type).
    pub fn sub_type(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.sub_type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`sub_type`](Self::sub_type).
    pub fn set_sub_type(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.sub_type = input;
        self
    }
    /// See [`Event::wait_cancelled_details`](crate::types::Event::wait_cancelled_details).
    pub fn wait_cancelled_details(
        mut self,
        input: impl ::std::convert::Into<crate::types::WaitCancelledDetails>,
    ) -> Self {
        self.wait_cancelled_details = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`wait_cancelled_details`](Self::wait_cancelled_details).
    pub fn set_wait_cancelled_details(
        mut self,
        input: ::std::option::Option<crate::types::WaitCancelledDetails>,
    ) -> Self {
        self.wait_cancelled_details = input;
        self
    }
    /// See [`Event::wait_started_details`](crate::types::Event::wait_started_details).
    pub fn wait_started_details(
        mut self,
        input: impl ::std::convert::Into<crate::types::WaitStartedDetails>,
    ) -> Self {
        self.wait_started_details = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`wait_started_details`](Self::wait_started_details).
    pub fn set_wait_started_details(
        mut self,
        input: ::std::option::Option<crate::types::WaitStartedDetails>,
    ) -> Self {
        self.wait_started_details = input;
        self
    }
    /// See [`Event::wait_succeeded_details`](crate::types::Event::wait_succeeded_details).
    pub fn wait_succeeded_details(
        mut self,
        input: impl ::std::convert::Into<crate::types::WaitSucceededDetails>,
    ) -> Self {
        self.wait_succeeded_details = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`wait_succeeded_details`](Self::wait_succeeded_details).
    pub fn set_wait_succeeded_details(
        mut self,
        input: ::std::option::Option<crate::types::WaitSucceededDetails>,
    ) -> Self {
        self.wait_succeeded_details = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::Event, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::Event {
            callback_failed_details: self.callback_failed_details,
            callback_started_details: self.callback_started_details,
            callback_succeeded_details: self.callback_succeeded_details,
            callback_timed_out_details: self.callback_timed_out_details,
            chained_invoke_failed_details: self.chained_invoke_failed_details,
            chained_invoke_started_details: self.chained_invoke_started_details,
            chained_invoke_stopped_details: self.chained_invoke_stopped_details,
            chained_invoke_succeeded_details: self.chained_invoke_succeeded_details,
            chained_invoke_timed_out_details: self.chained_invoke_timed_out_details,
            context_failed_details: self.context_failed_details,
            context_started_details: self.context_started_details,
            context_succeeded_details: self.context_succeeded_details,
            event_id: self.event_id,
            event_timestamp: self.event_timestamp,
            event_type: self.event_type,
            execution_failed_details: self.execution_failed_details,
            execution_paused_details: self.execution_paused_details,
            execution_resumed_details: self.execution_resumed_details,
            execution_started_details: self.execution_started_details,
            execution_stopped_details: self.execution_stopped_details,
            execution_succeeded_details: self.execution_succeeded_details,
            execution_timed_out_details: self.execution_timed_out_details,
            id: self.id,
            invocation_completed_details: self.invocation_completed_details,
            name: self.name,
            parent_id: self.parent_id,
            step_failed_details: self.step_failed_details,
            step_started_details: self.step_started_details,
            step_succeeded_details: self.step_succeeded_details,
            sub_type: self.sub_type,
            wait_cancelled_details: self.wait_cancelled_details,
            wait_started_details: self.wait_started_details,
            wait_succeeded_details: self.wait_succeeded_details,
        })
    }
}
/// A builder for [`EventError`](crate::types::EventError).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct EventErrorBuilder {
    pub(crate) payload: ::std::option::Option<crate::types::ErrorObject>,
    pub(crate) truncated: ::std::option::Option<bool>,
}
impl ::std::fmt::Debug for EventErrorBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("EventErrorBuilder").finish_non_exhaustive()
    }
}
impl EventErrorBuilder {
    /// See [`EventError::payload`](crate::types::EventError::payload).
    pub fn payload(
        mut self,
        input: impl ::std::convert::Into<crate::types::ErrorObject>,
    ) -> Self {
        self.payload = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`payload`](Self::payload).
    pub fn set_payload(
        mut self,
        input: ::std::option::Option<crate::types::ErrorObject>,
    ) -> Self {
        self.payload = input;
        self
    }
    /// See [`EventError::truncated`](crate::types::EventError::truncated).
    pub fn truncated(mut self, input: impl ::std::convert::Into<bool>) -> Self {
        self.truncated = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`truncated`](Self::truncated).
    pub fn set_truncated(mut self, input: ::std::option::Option<bool>) -> Self {
        self.truncated = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::EventError, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::EventError {
            payload: self.payload,
            truncated: self.truncated,
        })
    }
}
/// A builder for [`EventInput`](crate::types::EventInput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct EventInputBuilder {
    pub(crate) payload: ::std::option::Option<::std::string::String>,
    pub(crate) truncated: ::std::option::Option<bool>,
}
impl ::std::fmt::Debug for EventInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("EventInputBuilder").finish_non_exhaustive()
    }
}
impl EventInputBuilder {
    /// See [`EventInput::payload`](crate::types::EventInput::payload).
    pub fn payload(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.payload = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`payload`](Self::payload).
    pub fn set_payload(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.payload = input;
        self
    }
    /// See [`EventInput::truncated`](crate::types::EventInput::truncated).
    pub fn truncated(mut self, input: impl ::std::convert::Into<bool>) -> Self {
        self.truncated = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`truncated`](Self::truncated).
    pub fn set_truncated(mut self, input: ::std::option::Option<bool>) -> Self {
        self.truncated = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::EventInput, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::EventInput {
            payload: self.payload,
            truncated: self.truncated,
        })
    }
}
/// A builder for [`EventPauseReason`](crate::types::EventPauseReason).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct EventPauseReasonBuilder {
    pub(crate) payload: ::std::option::Option<::std::string::String>,
    pub(crate) truncated: ::std::option::Option<bool>,
}
impl ::std::fmt::Debug for EventPauseReasonBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("EventPauseReasonBuilder").finish_non_exhaustive()
    }
}
impl EventPauseReasonBuilder {
    /// See [`EventPauseReason::payload`](crate::types::EventPauseReason::payload).
    pub fn payload(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.payload = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`payload`](Self::payload).
    pub fn set_payload(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.payload = input;
        self
    }
    /// See [`EventPauseReason::truncated`](crate::types::EventPauseReason::truncated).
    pub fn truncated(mut self, input: impl ::std::convert::Into<bool>) -> Self {
        self.truncated = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`truncated`](Self::truncated).
    pub fn set_truncated(mut self, input: ::std::option::Option<bool>) -> Self {
        self.truncated = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::EventPauseReason,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::EventPauseReason {
            payload: self.payload,
            truncated: self.truncated,
        })
    }
}
/// A builder for [`EventResult`](crate::types::EventResult).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct EventResultBuilder {
    pub(crate) payload: ::std::option::Option<::std::string::String>,
    pub(crate) truncated: ::std::option::Option<bool>,
}
impl ::std::fmt::Debug for EventResultBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("EventResultBuilder").finish_non_exhaustive()
    }
}
impl EventResultBuilder {
    /// See [`EventResult::payload`](crate::types::EventResult::payload).
    pub fn payload(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.payload = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`payload`](Self::payload).
    pub fn set_payload(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.payload = input;
        self
    }
    /// See [`EventResult::truncated`](crate::types::EventResult::truncated).
    pub fn truncated(mut self, input: impl ::std::convert::Into<bool>) -> Self {
        self.truncated = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`truncated`](Self::truncated).
    pub fn set_truncated(mut self, input: ::std::option::Option<bool>) -> Self {
        self.truncated = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::EventResult, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::EventResult {
            payload: self.payload,
            truncated: self.truncated,
        })
    }
}
/// A builder for [`EventResumeReason`](crate::types::EventResumeReason).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct EventResumeReasonBuilder {
    pub(crate) payload: ::std::option::Option<::std::string::String>,
    pub(crate) truncated: ::std::option::Option<bool>,
}
impl ::std::fmt::Debug for EventResumeReasonBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("EventResumeReasonBuilder").finish_non_exhaustive()
    }
}
impl EventResumeReasonBuilder {
    /// See [`EventResumeReason::payload`](crate::types::EventResumeReason::payload).
    pub fn payload(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.payload = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`payload`](Self::payload).
    pub fn set_payload(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.payload = input;
        self
    }
    /// See [`EventResumeReason::truncated`](crate::types::EventResumeReason::truncated).
    pub fn truncated(mut self, input: impl ::std::convert::Into<bool>) -> Self {
        self.truncated = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`truncated`](Self::truncated).
    pub fn set_truncated(mut self, input: ::std::option::Option<bool>) -> Self {
        self.truncated = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::EventResumeReason,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::EventResumeReason {
            payload: self.payload,
            truncated: self.truncated,
        })
    }
}
/// A builder for [`EventSourceMappingConfiguration`](crate::types::EventSourceMappingConfiguration).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct EventSourceMappingConfigurationBuilder {
    pub(crate) amazon_managed_kafka_event_source_config: ::std::option::Option<
        crate::types::AmazonManagedKafkaEventSourceConfig,
    >,
    pub(crate) batch_size: ::std::option::Option<i64>,
    pub(crate) bisect_batch_on_function_error: ::std::option::Option<bool>,
    pub(crate) destination_config: ::std::option::Option<
        crate::types::DestinationConfig,
    >,
    pub(crate) document_db_event_source_config: ::std::option::Option<
        crate::types::DocumentDbEventSourceConfig,
    >,
    pub(crate) event_source_arn: ::std::option::Option<::std::string::String>,
    pub(crate) filter_criteria: ::std::option::Option<crate::types::FilterCriteria>,
    pub(crate) function_arn: ::std::option::Option<::std::string::String>,
    pub(crate) function_response_types: ::std::option::Option<
        ::std::vec::Vec<crate::types::FunctionResponseType>,
    >,
    pub(crate) last_modified: ::std::option::Option<crate::runtime::Timestamp>,
    pub(crate) last_processing_result: ::std::option::Option<::std::string::String>,
    pub(crate) maximum_batching_window_in_seconds: ::std::option::Option<i64>,
    pub(crate) maximum_record_age_in_seconds: ::std::option::Option<i64>,
    pub(crate) maximum_retry_attempts: ::std::option::Option<i64>,
    pub(crate) parallelization_factor: ::std::option::Option<i64>,
    pub(crate) queues: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub(crate) scaling_config: ::std::option::Option<crate::types::ScalingConfig>,
    pub(crate) self_managed_event_source: ::std::option::Option<
        crate::types::SelfManagedEventSource,
    >,
    pub(crate) self_managed_kafka_event_source_config: ::std::option::Option<
        crate::types::SelfManagedKafkaEventSourceConfig,
    >,
    pub(crate) source_access_configurations: ::std::option::Option<
        ::std::vec::Vec<crate::types::SourceAccessConfiguration>,
    >,
    pub(crate) starting_position: ::std::option::Option<
        crate::types::EventSourcePosition,
    >,
    pub(crate) starting_position_timestamp: ::std::option::Option<
        crate::runtime::Timestamp,
    >,
    pub(crate) state: ::std::option::Option<::std::string::String>,
    pub(crate) state_transition_reason: ::std::option::Option<::std::string::String>,
    pub(crate) topics: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub(crate) tumbling_window_in_seconds: ::std::option::Option<i64>,
    pub(crate) uuid: ::std::option::Option<::std::string::String>,
    pub(crate) event_source_mapping_arn: ::std::option::Option<::std::string::String>,
    pub(crate) filter_criteria_error: ::std::option::Option<
        crate::types::FilterCriteriaError,
    >,
    pub(crate) kms_key_arn: ::std::option::Option<::std::string::String>,
    pub(crate) logging_config: ::std::option::Option<
        crate::types::EventSourceMappingLoggingConfig,
    >,
    pub(crate) metrics_config: ::std::option::Option<
        crate::types::EventSourceMappingMetricsConfig,
    >,
    pub(crate) provisioned_poller_config: ::std::option::Option<
        crate::types::ProvisionedPollerConfig,
    >,
}
impl ::std::fmt::Debug for EventSourceMappingConfigurationBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("EventSourceMappingConfigurationBuilder").finish_non_exhaustive()
    }
}
impl EventSourceMappingConfigurationBuilder {
    /// See [`EventSourceMappingConfiguration::amazon_managed_kafka_event_source_config`](crate::types::EventSourceMappingConfiguration::amazon_managed_kafka_event_source_config).
    pub fn amazon_managed_kafka_event_source_config(
        mut self,
        input: impl ::std::convert::Into<
            crate::types::AmazonManagedKafkaEventSourceConfig,
        >,
    ) -> Self {
        self.amazon_managed_kafka_event_source_config = ::std::option::Option::Some(
            input.into(),
        );
        self
    }
    /// Sets or clears [`amazon_managed_kafka_event_source_config`](Self::amazon_managed_kafka_event_source_config).
    pub fn set_amazon_managed_kafka_event_source_config(
        mut self,
        input: ::std::option::Option<crate::types::AmazonManagedKafkaEventSourceConfig>,
    ) -> Self {
        self.amazon_managed_kafka_event_source_config = input;
        self
    }
    /// See [`EventSourceMappingConfiguration::batch_size`](crate::types::EventSourceMappingConfiguration::batch_size).
    pub fn batch_size(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.batch_size = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`batch_size`](Self::batch_size).
    pub fn set_batch_size(mut self, input: ::std::option::Option<i64>) -> Self {
        self.batch_size = input;
        self
    }
    /// See [`EventSourceMappingConfiguration::bisect_batch_on_function_error`](crate::types::EventSourceMappingConfiguration::bisect_batch_on_function_error).
    pub fn bisect_batch_on_function_error(
        mut self,
        input: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.bisect_batch_on_function_error = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`bisect_batch_on_function_error`](Self::bisect_batch_on_function_error).
    pub fn set_bisect_batch_on_function_error(
        mut self,
        input: ::std::option::Option<bool>,
    ) -> Self {
        self.bisect_batch_on_function_error = input;
        self
    }
    /// See [`EventSourceMappingConfiguration::destination_config`](crate::types::EventSourceMappingConfiguration::destination_config).
    pub fn destination_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::DestinationConfig>,
    ) -> Self {
        self.destination_config = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`destination_config`](Self::destination_config).
    pub fn set_destination_config(
        mut self,
        input: ::std::option::Option<crate::types::DestinationConfig>,
    ) -> Self {
        self.destination_config = input;
        self
    }
    /// See [`EventSourceMappingConfiguration::document_db_event_source_config`](crate::types::EventSourceMappingConfiguration::document_db_event_source_config).
    pub fn document_db_event_source_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::DocumentDbEventSourceConfig>,
    ) -> Self {
        self.document_db_event_source_config = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`document_db_event_source_config`](Self::document_db_event_source_config).
    pub fn set_document_db_event_source_config(
        mut self,
        input: ::std::option::Option<crate::types::DocumentDbEventSourceConfig>,
    ) -> Self {
        self.document_db_event_source_config = input;
        self
    }
    /// See [`EventSourceMappingConfiguration::event_source_arn`](crate::types::EventSourceMappingConfiguration::event_source_arn).
    pub fn event_source_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.event_source_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`event_source_arn`](Self::event_source_arn).
    pub fn set_event_source_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.event_source_arn = input;
        self
    }
    /// See [`EventSourceMappingConfiguration::filter_criteria`](crate::types::EventSourceMappingConfiguration::filter_criteria).
    pub fn filter_criteria(
        mut self,
        input: impl ::std::convert::Into<crate::types::FilterCriteria>,
    ) -> Self {
        self.filter_criteria = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`filter_criteria`](Self::filter_criteria).
    pub fn set_filter_criteria(
        mut self,
        input: ::std::option::Option<crate::types::FilterCriteria>,
    ) -> Self {
        self.filter_criteria = input;
        self
    }
    /// See [`EventSourceMappingConfiguration::function_arn`](crate::types::EventSourceMappingConfiguration::function_arn).
    pub fn function_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.function_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`function_arn`](Self::function_arn).
    pub fn set_function_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.function_arn = input;
        self
    }
    /// See [`EventSourceMappingConfiguration::function_response_types`](crate::types::EventSourceMappingConfiguration::function_response_types).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn function_response_types(
        mut self,
        input: impl ::std::convert::Into<crate::types::FunctionResponseType>,
    ) -> Self {
        self.function_response_types
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`function_response_types`](Self::function_response_types).
    pub fn set_function_response_types(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::FunctionResponseType>>,
    ) -> Self {
        self.function_response_types = input;
        self
    }
    /// See [`EventSourceMappingConfiguration::last_modified`](crate::types::EventSourceMappingConfiguration::last_modified).
    pub fn last_modified(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.last_modified = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`last_modified`](Self::last_modified).
    pub fn set_last_modified(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.last_modified = input;
        self
    }
    /// See [`EventSourceMappingConfiguration::last_processing_result`](crate::types::EventSourceMappingConfiguration::last_processing_result).
    pub fn last_processing_result(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.last_processing_result = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`last_processing_result`](Self::last_processing_result).
    pub fn set_last_processing_result(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.last_processing_result = input;
        self
    }
    /// See [`EventSourceMappingConfiguration::maximum_batching_window_in_seconds`](crate::types::EventSourceMappingConfiguration::maximum_batching_window_in_seconds).
    pub fn maximum_batching_window_in_seconds(
        mut self,
        input: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.maximum_batching_window_in_seconds = ::std::option::Option::Some(
            input.into(),
        );
        self
    }
    /// Sets or clears [`maximum_batching_window_in_seconds`](Self::maximum_batching_window_in_seconds).
    pub fn set_maximum_batching_window_in_seconds(
        mut self,
        input: ::std::option::Option<i64>,
    ) -> Self {
        self.maximum_batching_window_in_seconds = input;
        self
    }
    /// See [`EventSourceMappingConfiguration::maximum_record_age_in_seconds`](crate::types::EventSourceMappingConfiguration::maximum_record_age_in_seconds).
    pub fn maximum_record_age_in_seconds(
        mut self,
        input: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.maximum_record_age_in_seconds = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`maximum_record_age_in_seconds`](Self::maximum_record_age_in_seconds).
    pub fn set_maximum_record_age_in_seconds(
        mut self,
        input: ::std::option::Option<i64>,
    ) -> Self {
        self.maximum_record_age_in_seconds = input;
        self
    }
    /// See [`EventSourceMappingConfiguration::maximum_retry_attempts`](crate::types::EventSourceMappingConfiguration::maximum_retry_attempts).
    pub fn maximum_retry_attempts(
        mut self,
        input: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.maximum_retry_attempts = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`maximum_retry_attempts`](Self::maximum_retry_attempts).
    pub fn set_maximum_retry_attempts(
        mut self,
        input: ::std::option::Option<i64>,
    ) -> Self {
        self.maximum_retry_attempts = input;
        self
    }
    /// See [`EventSourceMappingConfiguration::parallelization_factor`](crate::types::EventSourceMappingConfiguration::parallelization_factor).
    pub fn parallelization_factor(
        mut self,
        input: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.parallelization_factor = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`parallelization_factor`](Self::parallelization_factor).
    pub fn set_parallelization_factor(
        mut self,
        input: ::std::option::Option<i64>,
    ) -> Self {
        self.parallelization_factor = input;
        self
    }
    /// See [`EventSourceMappingConfiguration::queues`](crate::types::EventSourceMappingConfiguration::queues).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn queues(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.queues.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`queues`](Self::queues).
    pub fn set_queues(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.queues = input;
        self
    }
    /// See [`EventSourceMappingConfiguration::scaling_config`](crate::types::EventSourceMappingConfiguration::scaling_config).
    pub fn scaling_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::ScalingConfig>,
    ) -> Self {
        self.scaling_config = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`scaling_config`](Self::scaling_config).
    pub fn set_scaling_config(
        mut self,
        input: ::std::option::Option<crate::types::ScalingConfig>,
    ) -> Self {
        self.scaling_config = input;
        self
    }
    /// See [`EventSourceMappingConfiguration::self_managed_event_source`](crate::types::EventSourceMappingConfiguration::self_managed_event_source).
    pub fn self_managed_event_source(
        mut self,
        input: impl ::std::convert::Into<crate::types::SelfManagedEventSource>,
    ) -> Self {
        self.self_managed_event_source = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`self_managed_event_source`](Self::self_managed_event_source).
    pub fn set_self_managed_event_source(
        mut self,
        input: ::std::option::Option<crate::types::SelfManagedEventSource>,
    ) -> Self {
        self.self_managed_event_source = input;
        self
    }
    /// See [`EventSourceMappingConfiguration::self_managed_kafka_event_source_config`](crate::types::EventSourceMappingConfiguration::self_managed_kafka_event_source_config).
    pub fn self_managed_kafka_event_source_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::SelfManagedKafkaEventSourceConfig>,
    ) -> Self {
        self.self_managed_kafka_event_source_config = ::std::option::Option::Some(
            input.into(),
        );
        self
    }
    /// Sets or clears [`self_managed_kafka_event_source_config`](Self::self_managed_kafka_event_source_config).
    pub fn set_self_managed_kafka_event_source_config(
        mut self,
        input: ::std::option::Option<crate::types::SelfManagedKafkaEventSourceConfig>,
    ) -> Self {
        self.self_managed_kafka_event_source_config = input;
        self
    }
    /// See [`EventSourceMappingConfiguration::source_access_configurations`](crate::types::EventSourceMappingConfiguration::source_access_configurations).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn source_access_configurations(
        mut self,
        input: impl ::std::convert::Into<crate::types::SourceAccessConfiguration>,
    ) -> Self {
        self.source_access_configurations
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`source_access_configurations`](Self::source_access_configurations).
    pub fn set_source_access_configurations(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<crate::types::SourceAccessConfiguration>,
        >,
    ) -> Self {
        self.source_access_configurations = input;
        self
    }
    /// See [`EventSourceMappingConfiguration::starting_position`](crate::types::EventSourceMappingConfiguration::starting_position).
    pub fn starting_position(
        mut self,
        input: impl ::std::convert::Into<crate::types::EventSourcePosition>,
    ) -> Self {
        self.starting_position = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`starting_position`](Self::starting_position).
    pub fn set_starting_position(
        mut self,
        input: ::std::option::Option<crate::types::EventSourcePosition>,
    ) -> Self {
        self.starting_position = input;
        self
    }
    /// See [`EventSourceMappingConfiguration::starting_position_timestamp`](crate::types::EventSourceMappingConfiguration::starting_position_timestamp).
    pub fn starting_position_timestamp(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.starting_position_timestamp = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`starting_position_timestamp`](Self::starting_position_timestamp).
    pub fn set_starting_position_timestamp(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.starting_position_timestamp = input;
        self
    }
    /// See [`EventSourceMappingConfiguration::state`](crate::types::EventSourceMappingConfiguration::state).
    pub fn state(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.state = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`state`](Self::state).
    pub fn set_state(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.state = input;
        self
    }
    /// See [`EventSourceMappingConfiguration::state_transition_reason`](crate::types::EventSourceMappingConfiguration::state_transition_reason).
    pub fn state_transition_reason(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.state_transition_reason = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`state_transition_reason`](Self::state_transition_reason).
    pub fn set_state_transition_reason(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.state_transition_reason = input;
        self
    }
    /// See [`EventSourceMappingConfiguration::topics`](crate::types::EventSourceMappingConfiguration::topics).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn topics(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.topics.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`topics`](Self::topics).
    pub fn set_topics(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.topics = input;
        self
    }
    /// See [`EventSourceMappingConfiguration::tumbling_window_in_seconds`](crate::types::EventSourceMappingConfiguration::tumbling_window_in_seconds).
    pub fn tumbling_window_in_seconds(
        mut self,
        input: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.tumbling_window_in_seconds = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`tumbling_window_in_seconds`](Self::tumbling_window_in_seconds).
    pub fn set_tumbling_window_in_seconds(
        mut self,
        input: ::std::option::Option<i64>,
    ) -> Self {
        self.tumbling_window_in_seconds = input;
        self
    }
    /// See [`EventSourceMappingConfiguration::uuid`](crate::types::EventSourceMappingConfiguration::uuid).
    pub fn uuid(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.uuid = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`uuid`](Self::uuid).
    pub fn set_uuid(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.uuid = input;
        self
    }
    /// See [`EventSourceMappingConfiguration::event_source_mapping_arn`](crate::types::EventSourceMappingConfiguration::event_source_mapping_arn).
    pub fn event_source_mapping_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.event_source_mapping_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`event_source_mapping_arn`](Self::event_source_mapping_arn).
    pub fn set_event_source_mapping_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.event_source_mapping_arn = input;
        self
    }
    /// See [`EventSourceMappingConfiguration::filter_criteria_error`](crate::types::EventSourceMappingConfiguration::filter_criteria_error).
    pub fn filter_criteria_error(
        mut self,
        input: impl ::std::convert::Into<crate::types::FilterCriteriaError>,
    ) -> Self {
        self.filter_criteria_error = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`filter_criteria_error`](Self::filter_criteria_error).
    pub fn set_filter_criteria_error(
        mut self,
        input: ::std::option::Option<crate::types::FilterCriteriaError>,
    ) -> Self {
        self.filter_criteria_error = input;
        self
    }
    /// See [`EventSourceMappingConfiguration::kms_key_arn`](crate::types::EventSourceMappingConfiguration::kms_key_arn).
    pub fn kms_key_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.kms_key_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`kms_key_arn`](Self::kms_key_arn).
    pub fn set_kms_key_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.kms_key_arn = input;
        self
    }
    /// See [`EventSourceMappingConfiguration::logging_config`](crate::types::EventSourceMappingConfiguration::logging_config).
    pub fn logging_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::EventSourceMappingLoggingConfig>,
    ) -> Self {
        self.logging_config = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`logging_config`](Self::logging_config).
    pub fn set_logging_config(
        mut self,
        input: ::std::option::Option<crate::types::EventSourceMappingLoggingConfig>,
    ) -> Self {
        self.logging_config = input;
        self
    }
    /// See [`EventSourceMappingConfiguration::metrics_config`](crate::types::EventSourceMappingConfiguration::metrics_config).
    pub fn metrics_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::EventSourceMappingMetricsConfig>,
    ) -> Self {
        self.metrics_config = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`metrics_config`](Self::metrics_config).
    pub fn set_metrics_config(
        mut self,
        input: ::std::option::Option<crate::types::EventSourceMappingMetricsConfig>,
    ) -> Self {
        self.metrics_config = input;
        self
    }
    /// See [`EventSourceMappingConfiguration::provisioned_poller_config`](crate::types::EventSourceMappingConfiguration::provisioned_poller_config).
    pub fn provisioned_poller_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::ProvisionedPollerConfig>,
    ) -> Self {
        self.provisioned_poller_config = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`provisioned_poller_config`](Self::provisioned_poller_config).
    pub fn set_provisioned_poller_config(
        mut self,
        input: ::std::option::Option<crate::types::ProvisionedPollerConfig>,
    ) -> Self {
        self.provisioned_poller_config = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::EventSourceMappingConfiguration,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::EventSourceMappingConfiguration {
            amazon_managed_kafka_event_source_config: self
                .amazon_managed_kafka_event_source_config,
            batch_size: self.batch_size,
            bisect_batch_on_function_error: self.bisect_batch_on_function_error,
            destination_config: self.destination_config,
            document_db_event_source_config: self.document_db_event_source_config,
            event_source_arn: self.event_source_arn,
            filter_criteria: self.filter_criteria,
            function_arn: self.function_arn,
            function_response_types: self.function_response_types,
            last_modified: self.last_modified,
            last_processing_result: self.last_processing_result,
            maximum_batching_window_in_seconds: self.maximum_batching_window_in_seconds,
            maximum_record_age_in_seconds: self.maximum_record_age_in_seconds,
            maximum_retry_attempts: self.maximum_retry_attempts,
            parallelization_factor: self.parallelization_factor,
            queues: self.queues,
            scaling_config: self.scaling_config,
            self_managed_event_source: self.self_managed_event_source,
            self_managed_kafka_event_source_config: self
                .self_managed_kafka_event_source_config,
            source_access_configurations: self.source_access_configurations,
            starting_position: self.starting_position,
            starting_position_timestamp: self.starting_position_timestamp,
            state: self.state,
            state_transition_reason: self.state_transition_reason,
            topics: self.topics,
            tumbling_window_in_seconds: self.tumbling_window_in_seconds,
            uuid: self.uuid,
            event_source_mapping_arn: self.event_source_mapping_arn,
            filter_criteria_error: self.filter_criteria_error,
            kms_key_arn: self.kms_key_arn,
            logging_config: self.logging_config,
            metrics_config: self.metrics_config,
            provisioned_poller_config: self.provisioned_poller_config,
        })
    }
}
/// A builder for [`EventSourceMappingLoggingConfig`](crate::types::EventSourceMappingLoggingConfig).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct EventSourceMappingLoggingConfigBuilder {
    pub(crate) system_log_level: ::std::option::Option<
        crate::types::EventSourceMappingSystemLogLevel,
    >,
}
impl ::std::fmt::Debug for EventSourceMappingLoggingConfigBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("EventSourceMappingLoggingConfigBuilder").finish_non_exhaustive()
    }
}
impl EventSourceMappingLoggingConfigBuilder {
    /// See [`EventSourceMappingLoggingConfig::system_log_level`](crate::types::EventSourceMappingLoggingConfig::system_log_level).
    pub fn system_log_level(
        mut self,
        input: impl ::std::convert::Into<crate::types::EventSourceMappingSystemLogLevel>,
    ) -> Self {
        self.system_log_level = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`system_log_level`](Self::system_log_level).
    pub fn set_system_log_level(
        mut self,
        input: ::std::option::Option<crate::types::EventSourceMappingSystemLogLevel>,
    ) -> Self {
        self.system_log_level = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::EventSourceMappingLoggingConfig,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::EventSourceMappingLoggingConfig {
            system_log_level: self.system_log_level,
        })
    }
}
/// A builder for [`EventSourceMappingMetricsConfig`](crate::types::EventSourceMappingMetricsConfig).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct EventSourceMappingMetricsConfigBuilder {
    pub(crate) metrics: ::std::option::Option<
        ::std::vec::Vec<crate::types::EventSourceMappingMetric>,
    >,
}
impl ::std::fmt::Debug for EventSourceMappingMetricsConfigBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("EventSourceMappingMetricsConfigBuilder").finish_non_exhaustive()
    }
}
impl EventSourceMappingMetricsConfigBuilder {
    /// See [`EventSourceMappingMetricsConfig::metrics`](crate::types::EventSourceMappingMetricsConfig::metrics).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn metrics(
        mut self,
        input: impl ::std::convert::Into<crate::types::EventSourceMappingMetric>,
    ) -> Self {
        self.metrics.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`metrics`](Self::metrics).
    pub fn set_metrics(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<crate::types::EventSourceMappingMetric>,
        >,
    ) -> Self {
        self.metrics = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::EventSourceMappingMetricsConfig,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::EventSourceMappingMetricsConfig {
            metrics: self.metrics,
        })
    }
}
/// A builder for [`Execution`](crate::types::Execution).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ExecutionBuilder {
    pub(crate) durable_execution_arn: ::std::option::Option<::std::string::String>,
    pub(crate) durable_execution_name: ::std::option::Option<::std::string::String>,
    pub(crate) end_timestamp: ::std::option::Option<crate::runtime::Timestamp>,
    pub(crate) function_arn: ::std::option::Option<::std::string::String>,
    pub(crate) kms_key_arn: ::std::option::Option<::std::string::String>,
    pub(crate) start_timestamp: ::std::option::Option<crate::runtime::Timestamp>,
    pub(crate) status: ::std::option::Option<crate::types::ExecutionStatus>,
}
impl ::std::fmt::Debug for ExecutionBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ExecutionBuilder").finish_non_exhaustive()
    }
}
impl ExecutionBuilder {
    /// See [`Execution::durable_execution_arn`](crate::types::Execution::durable_execution_arn).
    pub fn durable_execution_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.durable_execution_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`durable_execution_arn`](Self::durable_execution_arn).
    pub fn set_durable_execution_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.durable_execution_arn = input;
        self
    }
    /// See [`Execution::durable_execution_name`](crate::types::Execution::durable_execution_name).
    pub fn durable_execution_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.durable_execution_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`durable_execution_name`](Self::durable_execution_name).
    pub fn set_durable_execution_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.durable_execution_name = input;
        self
    }
    /// See [`Execution::end_timestamp`](crate::types::Execution::end_timestamp).
    pub fn end_timestamp(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.end_timestamp = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`end_timestamp`](Self::end_timestamp).
    pub fn set_end_timestamp(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.end_timestamp = input;
        self
    }
    /// See [`Execution::function_arn`](crate::types::Execution::function_arn).
    pub fn function_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.function_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`function_arn`](Self::function_arn).
    pub fn set_function_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.function_arn = input;
        self
    }
    /// See [`Execution::kms_key_arn`](crate::types::Execution::kms_key_arn).
    pub fn kms_key_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.kms_key_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`kms_key_arn`](Self::kms_key_arn).
    pub fn set_kms_key_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.kms_key_arn = input;
        self
    }
    /// See [`Execution::start_timestamp`](crate::types::Execution::start_timestamp).
    pub fn start_timestamp(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.start_timestamp = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`start_timestamp`](Self::start_timestamp).
    pub fn set_start_timestamp(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.start_timestamp = input;
        self
    }
    /// See [`Execution::status`](crate::types::Execution::status).
    pub fn status(
        mut self,
        input: impl ::std::convert::Into<crate::types::ExecutionStatus>,
    ) -> Self {
        self.status = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`status`](Self::status).
    pub fn set_status(
        mut self,
        input: ::std::option::Option<crate::types::ExecutionStatus>,
    ) -> Self {
        self.status = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::Execution, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::Execution {
            durable_execution_arn: self
                .durable_execution_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "Execution",
                        "durable_execution_arn",
                    ),
                )?,
            durable_execution_name: self
                .durable_execution_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "Execution",
                        "durable_execution_name",
                    ),
                )?,
            end_timestamp: self.end_timestamp,
            function_arn: self
                .function_arn
                .ok_or(
                    crate::runtime::BuildError::missing("Execution", "function_arn"),
                )?,
            kms_key_arn: self.kms_key_arn,
            start_timestamp: self
                .start_timestamp
                .ok_or(
                    crate::runtime::BuildError::missing("Execution", "start_timestamp"),
                )?,
            status: self
                .status
                .ok_or(crate::runtime::BuildError::missing("Execution", "status"))?,
        })
    }
}
/// A builder for [`ExecutionDetails`](crate::types::ExecutionDetails).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ExecutionDetailsBuilder {
    pub(crate) input_payload: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ExecutionDetailsBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ExecutionDetailsBuilder").finish_non_exhaustive()
    }
}
impl ExecutionDetailsBuilder {
    /// See [`ExecutionDetails::input_payload`](crate::types::ExecutionDetails::input_payload).
    pub fn input_payload(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.input_payload = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`input_payload`](Self::input_payload).
    pub fn set_input_payload(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.input_payload = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ExecutionDetails,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ExecutionDetails {
            input_payload: self.input_payload,
        })
    }
}
/// A builder for [`ExecutionFailedDetails`](crate::types::ExecutionFailedDetails).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ExecutionFailedDetailsBuilder {
    pub(crate) error: ::std::option::Option<crate::types::EventError>,
}
impl ::std::fmt::Debug for ExecutionFailedDetailsBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ExecutionFailedDetailsBuilder").finish_non_exhaustive()
    }
}
impl ExecutionFailedDetailsBuilder {
    /// See [`ExecutionFailedDetails::error`](crate::types::ExecutionFailedDetails::error).
    pub fn error(
        mut self,
        input: impl ::std::convert::Into<crate::types::EventError>,
    ) -> Self {
        self.error = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`error`](Self::error).
    pub fn set_error(
        mut self,
        input: ::std::option::Option<crate::types::EventError>,
    ) -> Self {
        self.error = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ExecutionFailedDetails,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ExecutionFailedDetails {
            error: self
                .error
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "ExecutionFailedDetails",
                        "error",
                    ),
                )?,
        })
    }
}
/// A builder for [`ExecutionPausedDetails`](crate::types::ExecutionPausedDetails).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ExecutionPausedDetailsBuilder {
    pub(crate) execution_timeout_paused: ::std::option::Option<bool>,
    pub(crate) pause_request_timestamp: ::std::option::Option<crate::runtime::Timestamp>,
    pub(crate) reason: ::std::option::Option<crate::types::EventPauseReason>,
}
impl ::std::fmt::Debug for ExecutionPausedDetailsBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ExecutionPausedDetailsBuilder").finish_non_exhaustive()
    }
}
impl ExecutionPausedDetailsBuilder {
    /// See [`ExecutionPausedDetails::execution_timeout_paused`](crate::types::ExecutionPausedDetails::execution_timeout_paused).
    pub fn execution_timeout_paused(
        mut self,
        input: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.execution_timeout_paused = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`execution_timeout_paused`](Self::execution_timeout_paused).
    pub fn set_execution_timeout_paused(
        mut self,
        input: ::std::option::Option<bool>,
    ) -> Self {
        self.execution_timeout_paused = input;
        self
    }
    /// See [`ExecutionPausedDetails::pause_request_timestamp`](crate::types::ExecutionPausedDetails::pause_request_timestamp).
    pub fn pause_request_timestamp(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.pause_request_timestamp = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`pause_request_timestamp`](Self::pause_request_timestamp).
    pub fn set_pause_request_timestamp(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.pause_request_timestamp = input;
        self
    }
    /// See [`ExecutionPausedDetails::reason`](crate::types::ExecutionPausedDetails::reason).
    pub fn reason(
        mut self,
        input: impl ::std::convert::Into<crate::types::EventPauseReason>,
    ) -> Self {
        self.reason = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`reason`](Self::reason).
    pub fn set_reason(
        mut self,
        input: ::std::option::Option<crate::types::EventPauseReason>,
    ) -> Self {
        self.reason = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ExecutionPausedDetails,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ExecutionPausedDetails {
            execution_timeout_paused: self
                .execution_timeout_paused
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "ExecutionPausedDetails",
                        "execution_timeout_paused",
                    ),
                )?,
            pause_request_timestamp: self
                .pause_request_timestamp
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "ExecutionPausedDetails",
                        "pause_request_timestamp",
                    ),
                )?,
            reason: self.reason,
        })
    }
}
/// A builder for [`ExecutionResumedDetails`](crate::types::ExecutionResumedDetails).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ExecutionResumedDetailsBuilder {
    pub(crate) reason: ::std::option::Option<crate::types::EventResumeReason>,
    pub(crate) resume_request_timestamp: ::std::option::Option<
        crate::runtime::Timestamp,
    >,
}
impl ::std::fmt::Debug for ExecutionResumedDetailsBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ExecutionResumedDetailsBuilder").finish_non_exhaustive()
    }
}
impl ExecutionResumedDetailsBuilder {
    /// See [`ExecutionResumedDetails::reason`](crate::types::ExecutionResumedDetails::reason).
    pub fn reason(
        mut self,
        input: impl ::std::convert::Into<crate::types::EventResumeReason>,
    ) -> Self {
        self.reason = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`reason`](Self::reason).
    pub fn set_reason(
        mut self,
        input: ::std::option::Option<crate::types::EventResumeReason>,
    ) -> Self {
        self.reason = input;
        self
    }
    /// See [`ExecutionResumedDetails::resume_request_timestamp`](crate::types::ExecutionResumedDetails::resume_request_timestamp).
    pub fn resume_request_timestamp(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.resume_request_timestamp = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`resume_request_timestamp`](Self::resume_request_timestamp).
    pub fn set_resume_request_timestamp(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.resume_request_timestamp = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ExecutionResumedDetails,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ExecutionResumedDetails {
            reason: self.reason,
            resume_request_timestamp: self
                .resume_request_timestamp
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "ExecutionResumedDetails",
                        "resume_request_timestamp",
                    ),
                )?,
        })
    }
}
/// A builder for [`ExecutionStartedDetails`](crate::types::ExecutionStartedDetails).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ExecutionStartedDetailsBuilder {
    pub(crate) execution_timeout: ::std::option::Option<i64>,
    pub(crate) input: ::std::option::Option<crate::types::EventInput>,
}
impl ::std::fmt::Debug for ExecutionStartedDetailsBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ExecutionStartedDetailsBuilder").finish_non_exhaustive()
    }
}
impl ExecutionStartedDetailsBuilder {
    /// See [`ExecutionStartedDetails::execution_timeout`](crate::types::ExecutionStartedDetails::execution_timeout).
    pub fn execution_timeout(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.execution_timeout = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`execution_timeout`](Self::execution_timeout).
    pub fn set_execution_timeout(mut self, input: ::std::option::Option<i64>) -> Self {
        self.execution_timeout = input;
        self
    }
    /// See [`ExecutionStartedDetails::input`](crate::types::ExecutionStartedDetails::input).
    pub fn input(
        mut self,
        input: impl ::std::convert::Into<crate::types::EventInput>,
    ) -> Self {
        self.input = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`input`](Self::input).
    pub fn set_input(
        mut self,
        input: ::std::option::Option<crate::types::EventInput>,
    ) -> Self {
        self.input = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ExecutionStartedDetails,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ExecutionStartedDetails {
            execution_timeout: self
                .execution_timeout
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "ExecutionStartedDetails",
                        "execution_timeout",
                    ),
                )?,
            input: self
                .input
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "ExecutionStartedDetails",
                        "input",
                    ),
                )?,
        })
    }
}
/// A builder for [`ExecutionStoppedDetails`](crate::types::ExecutionStoppedDetails).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ExecutionStoppedDetailsBuilder {
    pub(crate) error: ::std::option::Option<crate::types::EventError>,
}
impl ::std::fmt::Debug for ExecutionStoppedDetailsBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ExecutionStoppedDetailsBuilder").finish_non_exhaustive()
    }
}
impl ExecutionStoppedDetailsBuilder {
    /// See [`ExecutionStoppedDetails::error`](crate::types::ExecutionStoppedDetails::error).
    pub fn error(
        mut self,
        input: impl ::std::convert::Into<crate::types::EventError>,
    ) -> Self {
        self.error = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`error`](Self::error).
    pub fn set_error(
        mut self,
        input: ::std::option::Option<crate::types::EventError>,
    ) -> Self {
        self.error = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ExecutionStoppedDetails,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ExecutionStoppedDetails {
            error: self
                .error
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "ExecutionStoppedDetails",
                        "error",
                    ),
                )?,
        })
    }
}
/// A builder for [`ExecutionSucceededDetails`](crate::types::ExecutionSucceededDetails).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ExecutionSucceededDetailsBuilder {
    pub(crate) result: ::std::option::Option<crate::types::EventResult>,
}
impl ::std::fmt::Debug for ExecutionSucceededDetailsBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ExecutionSucceededDetailsBuilder").finish_non_exhaustive()
    }
}
impl ExecutionSucceededDetailsBuilder {
    /// See [`ExecutionSucceededDetails::result`](crate::types::ExecutionSucceededDetails::result).
    pub fn result(
        mut self,
        input: impl ::std::convert::Into<crate::types::EventResult>,
    ) -> Self {
        self.result = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`result`](Self::result).
    pub fn set_result(
        mut self,
        input: ::std::option::Option<crate::types::EventResult>,
    ) -> Self {
        self.result = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ExecutionSucceededDetails,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ExecutionSucceededDetails {
            result: self
                .result
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "ExecutionSucceededDetails",
                        "result",
                    ),
                )?,
        })
    }
}
/// A builder for [`ExecutionTimedOutDetails`](crate::types::ExecutionTimedOutDetails).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ExecutionTimedOutDetailsBuilder {
    pub(crate) error: ::std::option::Option<crate::types::EventError>,
}
impl ::std::fmt::Debug for ExecutionTimedOutDetailsBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ExecutionTimedOutDetailsBuilder").finish_non_exhaustive()
    }
}
impl ExecutionTimedOutDetailsBuilder {
    /// See [`ExecutionTimedOutDetails::error`](crate::types::ExecutionTimedOutDetails::error).
    pub fn error(
        mut self,
        input: impl ::std::convert::Into<crate::types::EventError>,
    ) -> Self {
        self.error = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`error`](Self::error).
    pub fn set_error(
        mut self,
        input: ::std::option::Option<crate::types::EventError>,
    ) -> Self {
        self.error = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ExecutionTimedOutDetails,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ExecutionTimedOutDetails {
            error: self.error,
        })
    }
}
/// A builder for [`FileSystemConfig`](crate::types::FileSystemConfig).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct FileSystemConfigBuilder {
    pub(crate) arn: ::std::option::Option<::std::string::String>,
    pub(crate) local_mount_path: ::std::option::Option<::std::string::String>,
    pub(crate) s3_files_config: ::std::option::Option<crate::types::S3FilesConfig>,
}
impl ::std::fmt::Debug for FileSystemConfigBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("FileSystemConfigBuilder").finish_non_exhaustive()
    }
}
impl FileSystemConfigBuilder {
    /// See [`FileSystemConfig::arn`](crate::types::FileSystemConfig::arn).
    pub fn arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`arn`](Self::arn).
    pub fn set_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.arn = input;
        self
    }
    /// See [`FileSystemConfig::local_mount_path`](crate::types::FileSystemConfig::local_mount_path).
    pub fn local_mount_path(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.local_mount_path = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`local_mount_path`](Self::local_mount_path).
    pub fn set_local_mount_path(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.local_mount_path = input;
        self
    }
    /// See [`FileSystemConfig::s3_files_config`](crate::types::FileSystemConfig::s3_files_config).
    pub fn s3_files_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::S3FilesConfig>,
    ) -> Self {
        self.s3_files_config = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`s3_files_config`](Self::s3_files_config).
    pub fn set_s3_files_config(
        mut self,
        input: ::std::option::Option<crate::types::S3FilesConfig>,
    ) -> Self {
        self.s3_files_config = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::FileSystemConfig,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::FileSystemConfig {
            arn: self
                .arn
                .ok_or(crate::runtime::BuildError::missing("FileSystemConfig", "arn"))?,
            local_mount_path: self
                .local_mount_path
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "FileSystemConfig",
                        "local_mount_path",
                    ),
                )?,
            s3_files_config: self.s3_files_config,
        })
    }
}
/// A builder for [`Filter`](crate::types::Filter).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct FilterBuilder {
    pub(crate) pattern: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for FilterBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("FilterBuilder").finish_non_exhaustive()
    }
}
impl FilterBuilder {
    /// See [`Filter::pattern`](crate::types::Filter::pattern).
    pub fn pattern(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.pattern = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`pattern`](Self::pattern).
    pub fn set_pattern(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.pattern = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::Filter, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::Filter {
            pattern: self.pattern,
        })
    }
}
/// A builder for [`FilterCriteria`](crate::types::FilterCriteria).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct FilterCriteriaBuilder {
    pub(crate) filters: ::std::option::Option<::std::vec::Vec<crate::types::Filter>>,
}
impl ::std::fmt::Debug for FilterCriteriaBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("FilterCriteriaBuilder").finish_non_exhaustive()
    }
}
impl FilterCriteriaBuilder {
    /// See [`FilterCriteria::filters`](crate::types::FilterCriteria::filters).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn filters(
        mut self,
        input: impl ::std::convert::Into<crate::types::Filter>,
    ) -> Self {
        self.filters.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`filters`](Self::filters).
    pub fn set_filters(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::Filter>>,
    ) -> Self {
        self.filters = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::FilterCriteria,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::FilterCriteria {
            filters: self.filters,
        })
    }
}
/// A builder for [`FilterCriteriaError`](crate::types::FilterCriteriaError).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct FilterCriteriaErrorBuilder {
    pub(crate) error_code: ::std::option::Option<::std::string::String>,
    pub(crate) message: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for FilterCriteriaErrorBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("FilterCriteriaErrorBuilder").finish_non_exhaustive()
    }
}
impl FilterCriteriaErrorBuilder {
    /// See [`FilterCriteriaError::error_code`](crate::types::FilterCriteriaError::error_code).
    pub fn error_code(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.error_code = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`error_code`](Self::error_code).
    pub fn set_error_code(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.error_code = input;
        self
    }
    /// See [`FilterCriteriaError::message`](crate::types::FilterCriteriaError::message).
    pub fn message(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.message = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`message`](Self::message).
    pub fn set_message(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.message = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::FilterCriteriaError,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::FilterCriteriaError {
            error_code: self.error_code,
            message: self.message,
        })
    }
}
/// A builder for [`FunctionCode`](crate::types::FunctionCode).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct FunctionCodeBuilder {
    pub(crate) image_uri: ::std::option::Option<::std::string::String>,
    pub(crate) s3_bucket: ::std::option::Option<::std::string::String>,
    pub(crate) s3_key: ::std::option::Option<::std::string::String>,
    pub(crate) s3_object_version: ::std::option::Option<::std::string::String>,
    pub(crate) zip_file: ::std::option::Option<crate::runtime::Blob>,
    pub(crate) s3_object_storage_mode: ::std::option::Option<
        crate::types::S3ObjectStorageMode,
    >,
    pub(crate) source_kms_key_arn: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for FunctionCodeBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("FunctionCodeBuilder").finish_non_exhaustive()
    }
}
impl FunctionCodeBuilder {
    /// See [`FunctionCode::image_uri`](crate::types::FunctionCode::image_uri).
    pub fn image_uri(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.image_uri = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`image_uri`](Self::image_uri).
    pub fn set_image_uri(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.image_uri = input;
        self
    }
    /// See [`FunctionCode::s3_bucket`](crate::types::FunctionCode::s3_bucket).
    pub fn s3_bucket(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.s3_bucket = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`s3_bucket`](Self::s3_bucket).
    pub fn set_s3_bucket(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.s3_bucket = input;
        self
    }
    /// See [`FunctionCode::s3_key`](crate::types::FunctionCode::s3_key).
    pub fn s3_key(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.s3_key = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`s3_key`](Self::s3_key).
    pub fn set_s3_key(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.s3_key = input;
        self
    }
    /// See [`FunctionCode::s3_object_version`](crate::types::FunctionCode::s3_object_version).
    pub fn s3_object_version(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.s3_object_version = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`s3_object_version`](Self::s3_object_version).
    pub fn set_s3_object_version(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.s3_object_version = input;
        self
    }
    /// See [`FunctionCode::zip_file`](crate::types::FunctionCode::zip_file).
    pub fn zip_file(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Blob>,
    ) -> Self {
        self.zip_file = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`zip_file`](Self::zip_file).
    pub fn set_zip_file(
        mut self,
        input: ::std::option::Option<crate::runtime::Blob>,
    ) -> Self {
        self.zip_file = input;
        self
    }
    /// See [`FunctionCode::s3_object_storage_mode`](crate::types::FunctionCode::s3_object_storage_mode).
    pub fn s3_object_storage_mode(
        mut self,
        input: impl ::std::convert::Into<crate::types::S3ObjectStorageMode>,
    ) -> Self {
        self.s3_object_storage_mode = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`s3_object_storage_mode`](Self::s3_object_storage_mode).
    pub fn set_s3_object_storage_mode(
        mut self,
        input: ::std::option::Option<crate::types::S3ObjectStorageMode>,
    ) -> Self {
        self.s3_object_storage_mode = input;
        self
    }
    /// See [`FunctionCode::source_kms_key_arn`](crate::types::FunctionCode::source_kms_key_arn).
    pub fn source_kms_key_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.source_kms_key_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`source_kms_key_arn`](Self::source_kms_key_arn).
    pub fn set_source_kms_key_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.source_kms_key_arn = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::FunctionCode, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::FunctionCode {
            image_uri: self.image_uri,
            s3_bucket: self.s3_bucket,
            s3_key: self.s3_key,
            s3_object_version: self.s3_object_version,
            zip_file: self.zip_file,
            s3_object_storage_mode: self.s3_object_storage_mode,
            source_kms_key_arn: self.source_kms_key_arn,
        })
    }
}
/// A builder for [`FunctionCodeLocation`](crate::types::FunctionCodeLocation).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct FunctionCodeLocationBuilder {
    pub(crate) image_uri: ::std::option::Option<::std::string::String>,
    pub(crate) location: ::std::option::Option<::std::string::String>,
    pub(crate) repository_type: ::std::option::Option<::std::string::String>,
    pub(crate) resolved_image_uri: ::std::option::Option<::std::string::String>,
    pub(crate) error: ::std::option::Option<crate::types::FunctionCodeLocationError>,
    pub(crate) resolved_s3_object: ::std::option::Option<crate::types::ResolvedS3Object>,
    pub(crate) source_kms_key_arn: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for FunctionCodeLocationBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("FunctionCodeLocationBuilder").finish_non_exhaustive()
    }
}
impl FunctionCodeLocationBuilder {
    /// See [`FunctionCodeLocation::image_uri`](crate::types::FunctionCodeLocation::image_uri).
    pub fn image_uri(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.image_uri = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`image_uri`](Self::image_uri).
    pub fn set_image_uri(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.image_uri = input;
        self
    }
    /// See [`FunctionCodeLocation::location`](crate::types::FunctionCodeLocation::location).
    pub fn location(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.location = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`location`](Self::location).
    pub fn set_location(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.location = input;
        self
    }
    /// See [`FunctionCodeLocation::repository_type`](crate::types::FunctionCodeLocation::repository_type).
    pub fn repository_type(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.repository_type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`repository_type`](Self::repository_type).
    pub fn set_repository_type(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.repository_type = input;
        self
    }
    /// See [`FunctionCodeLocation::resolved_image_uri`](crate::types::FunctionCodeLocation::resolved_image_uri).
    pub fn resolved_image_uri(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.resolved_image_uri = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`resolved_image_uri`](Self::resolved_image_uri).
    pub fn set_resolved_image_uri(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.resolved_image_uri = input;
        self
    }
    /// See [`FunctionCodeLocation::error`](crate::types::FunctionCodeLocation::error).
    pub fn error(
        mut self,
        input: impl ::std::convert::Into<crate::types::FunctionCodeLocationError>,
    ) -> Self {
        self.error = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`error`](Self::error).
    pub fn set_error(
        mut self,
        input: ::std::option::Option<crate::types::FunctionCodeLocationError>,
    ) -> Self {
        self.error = input;
        self
    }
    /// See [`FunctionCodeLocation::resolved_s3_object`](crate::types::FunctionCodeLocation::resolved_s3_object).
    pub fn resolved_s3_object(
        mut self,
        input: impl ::std::convert::Into<crate::types::ResolvedS3Object>,
    ) -> Self {
        self.resolved_s3_object = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`resolved_s3_object`](Self::resolved_s3_object).
    pub fn set_resolved_s3_object(
        mut self,
        input: ::std::option::Option<crate::types::ResolvedS3Object>,
    ) -> Self {
        self.resolved_s3_object = input;
        self
    }
    /// See [`FunctionCodeLocation::source_kms_key_arn`](crate::types::FunctionCodeLocation::source_kms_key_arn).
    pub fn source_kms_key_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.source_kms_key_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`source_kms_key_arn`](Self::source_kms_key_arn).
    pub fn set_source_kms_key_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.source_kms_key_arn = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::FunctionCodeLocation,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::FunctionCodeLocation {
            image_uri: self.image_uri,
            location: self.location,
            repository_type: self.repository_type,
            resolved_image_uri: self.resolved_image_uri,
            error: self.error,
            resolved_s3_object: self.resolved_s3_object,
            source_kms_key_arn: self.source_kms_key_arn,
        })
    }
}
/// A builder for [`FunctionCodeLocationError`](crate::types::FunctionCodeLocationError).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct FunctionCodeLocationErrorBuilder {
    pub(crate) error_code: ::std::option::Option<::std::string::String>,
    pub(crate) message: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for FunctionCodeLocationErrorBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("FunctionCodeLocationErrorBuilder").finish_non_exhaustive()
    }
}
impl FunctionCodeLocationErrorBuilder {
    /// See [`FunctionCodeLocationError::error_code`](crate::types::FunctionCodeLocationError::error_code).
    pub fn error_code(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.error_code = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`error_code`](Self::error_code).
    pub fn set_error_code(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.error_code = input;
        self
    }
    /// See [`FunctionCodeLocationError::message`](crate::types::FunctionCodeLocationError::message).
    pub fn message(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.message = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`message`](Self::message).
    pub fn set_message(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.message = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::FunctionCodeLocationError,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::FunctionCodeLocationError {
            error_code: self.error_code,
            message: self.message,
        })
    }
}
/// A builder for [`FunctionConfiguration`](crate::types::FunctionConfiguration).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct FunctionConfigurationBuilder {
    pub(crate) architectures: ::std::option::Option<
        ::std::vec::Vec<crate::types::Architecture>,
    >,
    pub(crate) code_sha256: ::std::option::Option<::std::string::String>,
    pub(crate) code_size: ::std::option::Option<i64>,
    pub(crate) dead_letter_config: ::std::option::Option<crate::types::DeadLetterConfig>,
    pub(crate) description: ::std::option::Option<::std::string::String>,
    pub(crate) environment: ::std::option::Option<crate::types::EnvironmentResponse>,
    pub(crate) ephemeral_storage: ::std::option::Option<crate::types::EphemeralStorage>,
    pub(crate) file_system_configs: ::std::option::Option<
        ::std::vec::Vec<crate::types::FileSystemConfig>,
    >,
    pub(crate) function_arn: ::std::option::Option<::std::string::String>,
    pub(crate) function_name: ::std::option::Option<::std::string::String>,
    pub(crate) handler: ::std::option::Option<::std::string::String>,
    pub(crate) image_config_response: ::std::option::Option<
        crate::types::ImageConfigResponse,
    >,
    pub(crate) kms_key_arn: ::std::option::Option<::std::string::String>,
    pub(crate) last_modified: ::std::option::Option<::std::string::String>,
    pub(crate) last_update_status: ::std::option::Option<crate::types::LastUpdateStatus>,
    pub(crate) last_update_status_reason: ::std::option::Option<::std::string::String>,
    pub(crate) last_update_status_reason_code: ::std::option::Option<
        crate::types::LastUpdateStatusReasonCode,
    >,
    pub(crate) layers: ::std::option::Option<::std::vec::Vec<crate::types::Layer>>,
    pub(crate) master_arn: ::std::option::Option<::std::string::String>,
    pub(crate) memory_size: ::std::option::Option<i64>,
    pub(crate) package_type: ::std::option::Option<crate::types::PackageType>,
    pub(crate) revision_id: ::std::option::Option<::std::string::String>,
    pub(crate) role: ::std::option::Option<::std::string::String>,
    pub(crate) runtime: ::std::option::Option<crate::types::Runtime>,
    pub(crate) runtime_version_config: ::std::option::Option<
        crate::types::RuntimeVersionConfig,
    >,
    pub(crate) signing_job_arn: ::std::option::Option<::std::string::String>,
    pub(crate) signing_profile_version_arn: ::std::option::Option<::std::string::String>,
    pub(crate) snap_start: ::std::option::Option<crate::types::SnapStartResponse>,
    pub(crate) state: ::std::option::Option<crate::types::State>,
    pub(crate) state_reason: ::std::option::Option<::std::string::String>,
    pub(crate) state_reason_code: ::std::option::Option<crate::types::StateReasonCode>,
    pub(crate) timeout: ::std::option::Option<i64>,
    pub(crate) tracing_config: ::std::option::Option<
        crate::types::TracingConfigResponse,
    >,
    pub(crate) version: ::std::option::Option<::std::string::String>,
    pub(crate) vpc_config: ::std::option::Option<crate::types::VpcConfigResponse>,
    pub(crate) accelerator_config: ::std::option::Option<
        crate::types::AcceleratorConfig,
    >,
    pub(crate) capacity_provider_config: ::std::option::Option<
        crate::types::CapacityProviderConfig,
    >,
    pub(crate) config_sha256: ::std::option::Option<::std::string::String>,
    pub(crate) durable_config: ::std::option::Option<crate::types::DurableConfig>,
    pub(crate) logging_config: ::std::option::Option<crate::types::LoggingConfig>,
    pub(crate) runtime_config: ::std::option::Option<
        crate::types::FunctionRuntimeConfig,
    >,
    pub(crate) tenancy_config: ::std::option::Option<crate::types::TenancyConfig>,
}
impl ::std::fmt::Debug for FunctionConfigurationBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("FunctionConfigurationBuilder").finish_non_exhaustive()
    }
}
impl FunctionConfigurationBuilder {
    /// See [`FunctionConfiguration::architectures`](crate::types::FunctionConfiguration::architectures).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn architectures(
        mut self,
        input: impl ::std::convert::Into<crate::types::Architecture>,
    ) -> Self {
        self.architectures.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`architectures`](Self::architectures).
    pub fn set_architectures(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::Architecture>>,
    ) -> Self {
        self.architectures = input;
        self
    }
    /// See [`FunctionConfiguration::code_sha256`](crate::types::FunctionConfiguration::code_sha256).
    pub fn code_sha256(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.code_sha256 = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`code_sha256`](Self::code_sha256).
    pub fn set_code_sha256(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.code_sha256 = input;
        self
    }
    /// See [`FunctionConfiguration::code_size`](crate::types::FunctionConfiguration::code_size).
    pub fn code_size(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.code_size = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`code_size`](Self::code_size).
    pub fn set_code_size(mut self, input: ::std::option::Option<i64>) -> Self {
        self.code_size = input;
        self
    }
    /// See [`FunctionConfiguration::dead_letter_config`](crate::types::FunctionConfiguration::dead_letter_config).
    pub fn dead_letter_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::DeadLetterConfig>,
    ) -> Self {
        self.dead_letter_config = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`dead_letter_config`](Self::dead_letter_config).
    pub fn set_dead_letter_config(
        mut self,
        input: ::std::option::Option<crate::types::DeadLetterConfig>,
    ) -> Self {
        self.dead_letter_config = input;
        self
    }
    /// See [`FunctionConfiguration::description`](crate::types::FunctionConfiguration::description).
    pub fn description(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.description = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`description`](Self::description).
    pub fn set_description(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.description = input;
        self
    }
    /// See [`FunctionConfiguration::environment`](crate::types::FunctionConfiguration::environment).
    pub fn environment(
        mut self,
        input: impl ::std::convert::Into<crate::types::EnvironmentResponse>,
    ) -> Self {
        self.environment = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`environment`](Self::environment).
    pub fn set_environment(
        mut self,
        input: ::std::option::Option<crate::types::EnvironmentResponse>,
    ) -> Self {
        self.environment = input;
        self
    }
    /// See [`FunctionConfiguration::ephemeral_storage`](crate::types::FunctionConfiguration::ephemeral_storage).
    pub fn ephemeral_storage(
        mut self,
        input: impl ::std::convert::Into<crate::types::EphemeralStorage>,
    ) -> Self {
        self.ephemeral_storage = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`ephemeral_storage`](Self::ephemeral_storage).
    pub fn set_ephemeral_storage(
        mut self,
        input: ::std::option::Option<crate::types::EphemeralStorage>,
    ) -> Self {
        self.ephemeral_storage = input;
        self
    }
    /// See [`FunctionConfiguration::file_system_configs`](crate::types::FunctionConfiguration::file_system_configs).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn file_system_configs(
        mut self,
        input: impl ::std::convert::Into<crate::types::FileSystemConfig>,
    ) -> Self {
        self.file_system_configs
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`file_system_configs`](Self::file_system_configs).
    pub fn set_file_system_configs(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::FileSystemConfig>>,
    ) -> Self {
        self.file_system_configs = input;
        self
    }
    /// See [`FunctionConfiguration::function_arn`](crate::types::FunctionConfiguration::function_arn).
    pub fn function_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.function_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`function_arn`](Self::function_arn).
    pub fn set_function_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.function_arn = input;
        self
    }
    /// See [`FunctionConfiguration::function_name`](crate::types::FunctionConfiguration::function_name).
    pub fn function_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.function_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`function_name`](Self::function_name).
    pub fn set_function_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.function_name = input;
        self
    }
    /// See [`FunctionConfiguration::handler`](crate::types::FunctionConfiguration::handler).
    pub fn handler(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.handler = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`handler`](Self::handler).
    pub fn set_handler(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.handler = input;
        self
    }
    /// See [`FunctionConfiguration::image_config_response`](crate::types::FunctionConfiguration::image_config_response).
    pub fn image_config_response(
        mut self,
        input: impl ::std::convert::Into<crate::types::ImageConfigResponse>,
    ) -> Self {
        self.image_config_response = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`image_config_response`](Self::image_config_response).
    pub fn set_image_config_response(
        mut self,
        input: ::std::option::Option<crate::types::ImageConfigResponse>,
    ) -> Self {
        self.image_config_response = input;
        self
    }
    /// See [`FunctionConfiguration::kms_key_arn`](crate::types::FunctionConfiguration::kms_key_arn).
    pub fn kms_key_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.kms_key_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`kms_key_arn`](Self::kms_key_arn).
    pub fn set_kms_key_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.kms_key_arn = input;
        self
    }
    /// See [`FunctionConfiguration::last_modified`](crate::types::FunctionConfiguration::last_modified).
    pub fn last_modified(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.last_modified = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`last_modified`](Self::last_modified).
    pub fn set_last_modified(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.last_modified = input;
        self
    }
    /// See [`FunctionConfiguration::last_update_status`](crate::types::FunctionConfiguration::last_update_status).
    pub fn last_update_status(
        mut self,
        input: impl ::std::convert::Into<crate::types::LastUpdateStatus>,
    ) -> Self {
        self.last_update_status = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`last_update_status`](Self::last_update_status).
    pub fn set_last_update_status(
        mut self,
        input: ::std::option::Option<crate::types::LastUpdateStatus>,
    ) -> Self {
        self.last_update_status = input;
        self
    }
    /// See [`FunctionConfiguration::last_update_status_reason`](crate::types::FunctionConfiguration::last_update_status_reason).
    pub fn last_update_status_reason(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.last_update_status_reason = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`last_update_status_reason`](Self::last_update_status_reason).
    pub fn set_last_update_status_reason(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.last_update_status_reason = input;
        self
    }
    /// See [`FunctionConfiguration::last_update_status_reason_code`](crate::types::FunctionConfiguration::last_update_status_reason_code).
    pub fn last_update_status_reason_code(
        mut self,
        input: impl ::std::convert::Into<crate::types::LastUpdateStatusReasonCode>,
    ) -> Self {
        self.last_update_status_reason_code = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`last_update_status_reason_code`](Self::last_update_status_reason_code).
    pub fn set_last_update_status_reason_code(
        mut self,
        input: ::std::option::Option<crate::types::LastUpdateStatusReasonCode>,
    ) -> Self {
        self.last_update_status_reason_code = input;
        self
    }
    /// See [`FunctionConfiguration::layers`](crate::types::FunctionConfiguration::layers).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn layers(
        mut self,
        input: impl ::std::convert::Into<crate::types::Layer>,
    ) -> Self {
        self.layers.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`layers`](Self::layers).
    pub fn set_layers(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::Layer>>,
    ) -> Self {
        self.layers = input;
        self
    }
    /// See [`FunctionConfiguration::master_arn`](crate::types::FunctionConfiguration::master_arn).
    pub fn master_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.master_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`master_arn`](Self::master_arn).
    pub fn set_master_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.master_arn = input;
        self
    }
    /// See [`FunctionConfiguration::memory_size`](crate::types::FunctionConfiguration::memory_size).
    pub fn memory_size(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.memory_size = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`memory_size`](Self::memory_size).
    pub fn set_memory_size(mut self, input: ::std::option::Option<i64>) -> Self {
        self.memory_size = input;
        self
    }
    /// See [`FunctionConfiguration::package_type`](crate::types::FunctionConfiguration::package_type).
    pub fn package_type(
        mut self,
        input: impl ::std::convert::Into<crate::types::PackageType>,
    ) -> Self {
        self.package_type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`package_type`](Self::package_type).
    pub fn set_package_type(
        mut self,
        input: ::std::option::Option<crate::types::PackageType>,
    ) -> Self {
        self.package_type = input;
        self
    }
    /// See [`FunctionConfiguration::revision_id`](crate::types::FunctionConfiguration::revision_id).
    pub fn revision_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.revision_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`revision_id`](Self::revision_id).
    pub fn set_revision_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.revision_id = input;
        self
    }
    /// See [`FunctionConfiguration::role`](crate::types::FunctionConfiguration::role).
    pub fn role(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.role = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`role`](Self::role).
    pub fn set_role(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.role = input;
        self
    }
    /// See [`FunctionConfiguration::runtime`](crate::types::FunctionConfiguration::runtime).
    pub fn runtime(
        mut self,
        input: impl ::std::convert::Into<crate::types::Runtime>,
    ) -> Self {
        self.runtime = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`runtime`](Self::runtime).
    pub fn set_runtime(
        mut self,
        input: ::std::option::Option<crate::types::Runtime>,
    ) -> Self {
        self.runtime = input;
        self
    }
    /// See [`FunctionConfiguration::runtime_version_config`](crate::types::FunctionConfiguration::runtime_version_config).
    pub fn runtime_version_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::RuntimeVersionConfig>,
    ) -> Self {
        self.runtime_version_config = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`runtime_version_config`](Self::runtime_version_config).
    pub fn set_runtime_version_config(
        mut self,
        input: ::std::option::Option<crate::types::RuntimeVersionConfig>,
    ) -> Self {
        self.runtime_version_config = input;
        self
    }
    /// See [`FunctionConfiguration::signing_job_arn`](crate::types::FunctionConfiguration::signing_job_arn).
    pub fn signing_job_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.signing_job_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`signing_job_arn`](Self::signing_job_arn).
    pub fn set_signing_job_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.signing_job_arn = input;
        self
    }
    /// See [`FunctionConfiguration::signing_profile_version_arn`](crate::types::FunctionConfiguration::signing_profile_version_arn).
    pub fn signing_profile_version_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.signing_profile_version_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`signing_profile_version_arn`](Self::signing_profile_version_arn).
    pub fn set_signing_profile_version_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.signing_profile_version_arn = input;
        self
    }
    /// See [`FunctionConfiguration::snap_start`](crate::types::FunctionConfiguration::snap_start).
    pub fn snap_start(
        mut self,
        input: impl ::std::convert::Into<crate::types::SnapStartResponse>,
    ) -> Self {
        self.snap_start = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`snap_start`](Self::snap_start).
    pub fn set_snap_start(
        mut self,
        input: ::std::option::Option<crate::types::SnapStartResponse>,
    ) -> Self {
        self.snap_start = input;
        self
    }
    /// See [`FunctionConfiguration::state`](crate::types::FunctionConfiguration::state).
    pub fn state(
        mut self,
        input: impl ::std::convert::Into<crate::types::State>,
    ) -> Self {
        self.state = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`state`](Self::state).
    pub fn set_state(
        mut self,
        input: ::std::option::Option<crate::types::State>,
    ) -> Self {
        self.state = input;
        self
    }
    /// See [`FunctionConfiguration::state_reason`](crate::types::FunctionConfiguration::state_reason).
    pub fn state_reason(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.state_reason = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`state_reason`](Self::state_reason).
    pub fn set_state_reason(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.state_reason = input;
        self
    }
    /// See [`FunctionConfiguration::state_reason_code`](crate::types::FunctionConfiguration::state_reason_code).
    pub fn state_reason_code(
        mut self,
        input: impl ::std::convert::Into<crate::types::StateReasonCode>,
    ) -> Self {
        self.state_reason_code = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`state_reason_code`](Self::state_reason_code).
    pub fn set_state_reason_code(
        mut self,
        input: ::std::option::Option<crate::types::StateReasonCode>,
    ) -> Self {
        self.state_reason_code = input;
        self
    }
    /// See [`FunctionConfiguration::timeout`](crate::types::FunctionConfiguration::timeout).
    pub fn timeout(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.timeout = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`timeout`](Self::timeout).
    pub fn set_timeout(mut self, input: ::std::option::Option<i64>) -> Self {
        self.timeout = input;
        self
    }
    /// See [`FunctionConfiguration::tracing_config`](crate::types::FunctionConfiguration::tracing_config).
    pub fn tracing_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::TracingConfigResponse>,
    ) -> Self {
        self.tracing_config = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`tracing_config`](Self::tracing_config).
    pub fn set_tracing_config(
        mut self,
        input: ::std::option::Option<crate::types::TracingConfigResponse>,
    ) -> Self {
        self.tracing_config = input;
        self
    }
    /// See [`FunctionConfiguration::version`](crate::types::FunctionConfiguration::version).
    pub fn version(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.version = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`version`](Self::version).
    pub fn set_version(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.version = input;
        self
    }
    /// See [`FunctionConfiguration::vpc_config`](crate::types::FunctionConfiguration::vpc_config).
    pub fn vpc_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::VpcConfigResponse>,
    ) -> Self {
        self.vpc_config = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`vpc_config`](Self::vpc_config).
    pub fn set_vpc_config(
        mut self,
        input: ::std::option::Option<crate::types::VpcConfigResponse>,
    ) -> Self {
        self.vpc_config = input;
        self
    }
    /// See [`FunctionConfiguration::accelerator_config`](crate::types::FunctionConfiguration::accelerator_config).
    pub fn accelerator_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::AcceleratorConfig>,
    ) -> Self {
        self.accelerator_config = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`accelerator_config`](Self::accelerator_config).
    pub fn set_accelerator_config(
        mut self,
        input: ::std::option::Option<crate::types::AcceleratorConfig>,
    ) -> Self {
        self.accelerator_config = input;
        self
    }
    /// See [`FunctionConfiguration::capacity_provider_config`](crate::types::FunctionConfiguration::capacity_provider_config).
    pub fn capacity_provider_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::CapacityProviderConfig>,
    ) -> Self {
        self.capacity_provider_config = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`capacity_provider_config`](Self::capacity_provider_config).
    pub fn set_capacity_provider_config(
        mut self,
        input: ::std::option::Option<crate::types::CapacityProviderConfig>,
    ) -> Self {
        self.capacity_provider_config = input;
        self
    }
    /// See [`FunctionConfiguration::config_sha256`](crate::types::FunctionConfiguration::config_sha256).
    pub fn config_sha256(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.config_sha256 = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`config_sha256`](Self::config_sha256).
    pub fn set_config_sha256(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.config_sha256 = input;
        self
    }
    /// See [`FunctionConfiguration::durable_config`](crate::types::FunctionConfiguration::durable_config).
    pub fn durable_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::DurableConfig>,
    ) -> Self {
        self.durable_config = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`durable_config`](Self::durable_config).
    pub fn set_durable_config(
        mut self,
        input: ::std::option::Option<crate::types::DurableConfig>,
    ) -> Self {
        self.durable_config = input;
        self
    }
    /// See [`FunctionConfiguration::logging_config`](crate::types::FunctionConfiguration::logging_config).
    pub fn logging_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::LoggingConfig>,
    ) -> Self {
        self.logging_config = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`logging_config`](Self::logging_config).
    pub fn set_logging_config(
        mut self,
        input: ::std::option::Option<crate::types::LoggingConfig>,
    ) -> Self {
        self.logging_config = input;
        self
    }
    /// See [`FunctionConfiguration::runtime_config`](crate::types::FunctionConfiguration::runtime_config).
    pub fn runtime_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::FunctionRuntimeConfig>,
    ) -> Self {
        self.runtime_config = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`runtime_config`](Self::runtime_config).
    pub fn set_runtime_config(
        mut self,
        input: ::std::option::Option<crate::types::FunctionRuntimeConfig>,
    ) -> Self {
        self.runtime_config = input;
        self
    }
    /// See [`FunctionConfiguration::tenancy_config`](crate::types::FunctionConfiguration::tenancy_config).
    pub fn tenancy_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::TenancyConfig>,
    ) -> Self {
        self.tenancy_config = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`tenancy_config`](Self::tenancy_config).
    pub fn set_tenancy_config(
        mut self,
        input: ::std::option::Option<crate::types::TenancyConfig>,
    ) -> Self {
        self.tenancy_config = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::FunctionConfiguration,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::FunctionConfiguration {
            architectures: self.architectures,
            code_sha256: self.code_sha256,
            code_size: self.code_size,
            dead_letter_config: self.dead_letter_config,
            description: self.description,
            environment: self.environment,
            ephemeral_storage: self.ephemeral_storage,
            file_system_configs: self.file_system_configs,
            function_arn: self.function_arn,
            function_name: self.function_name,
            handler: self.handler,
            image_config_response: self.image_config_response,
            kms_key_arn: self.kms_key_arn,
            last_modified: self.last_modified,
            last_update_status: self.last_update_status,
            last_update_status_reason: self.last_update_status_reason,
            last_update_status_reason_code: self.last_update_status_reason_code,
            layers: self.layers,
            master_arn: self.master_arn,
            memory_size: self.memory_size,
            package_type: self.package_type,
            revision_id: self.revision_id,
            role: self.role,
            runtime: self.runtime,
            runtime_version_config: self.runtime_version_config,
            signing_job_arn: self.signing_job_arn,
            signing_profile_version_arn: self.signing_profile_version_arn,
            snap_start: self.snap_start,
            state: self.state,
            state_reason: self.state_reason,
            state_reason_code: self.state_reason_code,
            timeout: self.timeout,
            tracing_config: self.tracing_config,
            version: self.version,
            vpc_config: self.vpc_config,
            accelerator_config: self.accelerator_config,
            capacity_provider_config: self.capacity_provider_config,
            config_sha256: self.config_sha256,
            durable_config: self.durable_config,
            logging_config: self.logging_config,
            runtime_config: self.runtime_config,
            tenancy_config: self.tenancy_config,
        })
    }
}
/// A builder for [`FunctionEventInvokeConfig`](crate::types::FunctionEventInvokeConfig).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct FunctionEventInvokeConfigBuilder {
    pub(crate) destination_config: ::std::option::Option<
        crate::types::DestinationConfig,
    >,
    pub(crate) function_arn: ::std::option::Option<::std::string::String>,
    pub(crate) last_modified: ::std::option::Option<crate::runtime::Timestamp>,
    pub(crate) maximum_event_age_in_seconds: ::std::option::Option<i64>,
    pub(crate) maximum_retry_attempts: ::std::option::Option<i64>,
}
impl ::std::fmt::Debug for FunctionEventInvokeConfigBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("FunctionEventInvokeConfigBuilder").finish_non_exhaustive()
    }
}
impl FunctionEventInvokeConfigBuilder {
    /// See [`FunctionEventInvokeConfig::destination_config`](crate::types::FunctionEventInvokeConfig::destination_config).
    pub fn destination_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::DestinationConfig>,
    ) -> Self {
        self.destination_config = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`destination_config`](Self::destination_config).
    pub fn set_destination_config(
        mut self,
        input: ::std::option::Option<crate::types::DestinationConfig>,
    ) -> Self {
        self.destination_config = input;
        self
    }
    /// See [`FunctionEventInvokeConfig::function_arn`](crate::types::FunctionEventInvokeConfig::function_arn).
    pub fn function_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.function_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`function_arn`](Self::function_arn).
    pub fn set_function_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.function_arn = input;
        self
    }
    /// See [`FunctionEventInvokeConfig::last_modified`](crate::types::FunctionEventInvokeConfig::last_modified).
    pub fn last_modified(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.last_modified = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`last_modified`](Self::last_modified).
    pub fn set_last_modified(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.last_modified = input;
        self
    }
    /// See [`FunctionEventInvokeConfig::maximum_event_age_in_seconds`](crate::types::FunctionEventInvokeConfig::maximum_event_age_in_seconds).
    pub fn maximum_event_age_in_seconds(
        mut self,
        input: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.maximum_event_age_in_seconds = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`maximum_event_age_in_seconds`](Self::maximum_event_age_in_seconds).
    pub fn set_maximum_event_age_in_seconds(
        mut self,
        input: ::std::option::Option<i64>,
    ) -> Self {
        self.maximum_event_age_in_seconds = input;
        self
    }
    /// See [`FunctionEventInvokeConfig::maximum_retry_attempts`](crate::types::FunctionEventInvokeConfig::maximum_retry_attempts).
    pub fn maximum_retry_attempts(
        mut self,
        input: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.maximum_retry_attempts = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`maximum_retry_attempts`](Self::maximum_retry_attempts).
    pub fn set_maximum_retry_attempts(
        mut self,
        input: ::std::option::Option<i64>,
    ) -> Self {
        self.maximum_retry_attempts = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::FunctionEventInvokeConfig,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::FunctionEventInvokeConfig {
            destination_config: self.destination_config,
            function_arn: self.function_arn,
            last_modified: self.last_modified,
            maximum_event_age_in_seconds: self.maximum_event_age_in_seconds,
            maximum_retry_attempts: self.maximum_retry_attempts,
        })
    }
}
/// A builder for [`FunctionRuntimeConfig`](crate::types::FunctionRuntimeConfig).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct FunctionRuntimeConfigBuilder {
    pub(crate) runtime_alias: ::std::option::Option<::std::string::String>,
    pub(crate) runtime_arn: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for FunctionRuntimeConfigBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("FunctionRuntimeConfigBuilder").finish_non_exhaustive()
    }
}
impl FunctionRuntimeConfigBuilder {
    /// See [`FunctionRuntimeConfig::runtime_alias`](crate::types::FunctionRuntimeConfig::runtime_alias).
    pub fn runtime_alias(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.runtime_alias = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`runtime_alias`](Self::runtime_alias).
    pub fn set_runtime_alias(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.runtime_alias = input;
        self
    }
    /// See [`FunctionRuntimeConfig::runtime_arn`](crate::types::FunctionRuntimeConfig::runtime_arn).
    pub fn runtime_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.runtime_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`runtime_arn`](Self::runtime_arn).
    pub fn set_runtime_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.runtime_arn = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::FunctionRuntimeConfig,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::FunctionRuntimeConfig {
            runtime_alias: self
                .runtime_alias
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "FunctionRuntimeConfig",
                        "runtime_alias",
                    ),
                )?,
            runtime_arn: self
                .runtime_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "FunctionRuntimeConfig",
                        "runtime_arn",
                    ),
                )?,
        })
    }
}
/// A builder for [`FunctionScalingConfig`](crate::types::FunctionScalingConfig).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct FunctionScalingConfigBuilder {
    pub(crate) max_execution_environments: ::std::option::Option<i64>,
    pub(crate) min_execution_environments: ::std::option::Option<i64>,
}
impl ::std::fmt::Debug for FunctionScalingConfigBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("FunctionScalingConfigBuilder").finish_non_exhaustive()
    }
}
impl FunctionScalingConfigBuilder {
    /// See [`FunctionScalingConfig::max_execution_environments`](crate::types::FunctionScalingConfig::max_execution_environments).
    pub fn max_execution_environments(
        mut self,
        input: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.max_execution_environments = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`max_execution_environments`](Self::max_execution_environments).
    pub fn set_max_execution_environments(
        mut self,
        input: ::std::option::Option<i64>,
    ) -> Self {
        self.max_execution_environments = input;
        self
    }
    /// See [`FunctionScalingConfig::min_execution_environments`](crate::types::FunctionScalingConfig::min_execution_environments).
    pub fn min_execution_environments(
        mut self,
        input: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.min_execution_environments = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`min_execution_environments`](Self::min_execution_environments).
    pub fn set_min_execution_environments(
        mut self,
        input: ::std::option::Option<i64>,
    ) -> Self {
        self.min_execution_environments = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::FunctionScalingConfig,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::FunctionScalingConfig {
            max_execution_environments: self.max_execution_environments,
            min_execution_environments: self.min_execution_environments,
        })
    }
}
/// A builder for [`FunctionUrlConfig`](crate::types::FunctionUrlConfig).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct FunctionUrlConfigBuilder {
    pub(crate) auth_type: ::std::option::Option<crate::types::FunctionUrlAuthType>,
    pub(crate) cors: ::std::option::Option<crate::types::Cors>,
    pub(crate) creation_time: ::std::option::Option<::std::string::String>,
    pub(crate) function_arn: ::std::option::Option<::std::string::String>,
    pub(crate) function_url: ::std::option::Option<::std::string::String>,
    pub(crate) invoke_mode: ::std::option::Option<crate::types::InvokeMode>,
    pub(crate) last_modified_time: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for FunctionUrlConfigBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("FunctionUrlConfigBuilder").finish_non_exhaustive()
    }
}
impl FunctionUrlConfigBuilder {
    /// See [`FunctionUrlConfig::auth_type`](crate::types::FunctionUrlConfig::auth_type).
    pub fn auth_type(
        mut self,
        input: impl ::std::convert::Into<crate::types::FunctionUrlAuthType>,
    ) -> Self {
        self.auth_type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`auth_type`](Self::auth_type).
    pub fn set_auth_type(
        mut self,
        input: ::std::option::Option<crate::types::FunctionUrlAuthType>,
    ) -> Self {
        self.auth_type = input;
        self
    }
    /// See [`FunctionUrlConfig::cors`](crate::types::FunctionUrlConfig::cors).
    pub fn cors(mut self, input: impl ::std::convert::Into<crate::types::Cors>) -> Self {
        self.cors = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`cors`](Self::cors).
    pub fn set_cors(mut self, input: ::std::option::Option<crate::types::Cors>) -> Self {
        self.cors = input;
        self
    }
    /// See [`FunctionUrlConfig::creation_time`](crate::types::FunctionUrlConfig::creation_time).
    pub fn creation_time(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.creation_time = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`creation_time`](Self::creation_time).
    pub fn set_creation_time(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.creation_time = input;
        self
    }
    /// See [`FunctionUrlConfig::function_arn`](crate::types::FunctionUrlConfig::function_arn).
    pub fn function_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.function_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`function_arn`](Self::function_arn).
    pub fn set_function_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.function_arn = input;
        self
    }
    /// See [`FunctionUrlConfig::function_url`](crate::types::FunctionUrlConfig::function_url).
    pub fn function_url(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.function_url = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`function_url`](Self::function_url).
    pub fn set_function_url(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.function_url = input;
        self
    }
    /// See [`FunctionUrlConfig::invoke_mode`](crate::types::FunctionUrlConfig::invoke_mode).
    pub fn invoke_mode(
        mut self,
        input: impl ::std::convert::Into<crate::types::InvokeMode>,
    ) -> Self {
        self.invoke_mode = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`invoke_mode`](Self::invoke_mode).
    pub fn set_invoke_mode(
        mut self,
        input: ::std::option::Option<crate::types::InvokeMode>,
    ) -> Self {
        self.invoke_mode = input;
        self
    }
    /// See [`FunctionUrlConfig::last_modified_time`](crate::types::FunctionUrlConfig::last_modified_time).
    pub fn last_modified_time(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.last_modified_time = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`last_modified_time`](Self::last_modified_time).
    pub fn set_last_modified_time(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.last_modified_time = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::FunctionUrlConfig,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::FunctionUrlConfig {
            auth_type: self
                .auth_type
                .ok_or(
                    crate::runtime::BuildError::missing("FunctionUrlConfig", "auth_type"),
                )?,
            cors: self.cors,
            creation_time: self
                .creation_time
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "FunctionUrlConfig",
                        "creation_time",
                    ),
                )?,
            function_arn: self
                .function_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "FunctionUrlConfig",
                        "function_arn",
                    ),
                )?,
            function_url: self
                .function_url
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "FunctionUrlConfig",
                        "function_url",
                    ),
                )?,
            invoke_mode: self.invoke_mode,
            last_modified_time: self
                .last_modified_time
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "FunctionUrlConfig",
                        "last_modified_time",
                    ),
                )?,
        })
    }
}
/// A builder for [`FunctionVersionsByCapacityProviderListItem`](crate::types::FunctionVersionsByCapacityProviderListItem).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct FunctionVersionsByCapacityProviderListItemBuilder {
    pub(crate) function_arn: ::std::option::Option<::std::string::String>,
    pub(crate) state: ::std::option::Option<crate::types::State>,
}
impl ::std::fmt::Debug for FunctionVersionsByCapacityProviderListItemBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("FunctionVersionsByCapacityProviderListItemBuilder")
            .finish_non_exhaustive()
    }
}
impl FunctionVersionsByCapacityProviderListItemBuilder {
    /// See [`FunctionVersionsByCapacityProviderListItem::function_arn`](crate::types::FunctionVersionsByCapacityProviderListItem::function_arn).
    pub fn function_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.function_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`function_arn`](Self::function_arn).
    pub fn set_function_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.function_arn = input;
        self
    }
    /// See [`FunctionVersionsByCapacityProviderListItem::state`](crate::types::FunctionVersionsByCapacityProviderListItem::state).
    pub fn state(
        mut self,
        input: impl ::std::convert::Into<crate::types::State>,
    ) -> Self {
        self.state = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`state`](Self::state).
    pub fn set_state(
        mut self,
        input: ::std::option::Option<crate::types::State>,
    ) -> Self {
        self.state = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::FunctionVersionsByCapacityProviderListItem,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::FunctionVersionsByCapacityProviderListItem {
            function_arn: self
                .function_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "FunctionVersionsByCapacityProviderListItem",
                        "function_arn",
                    ),
                )?,
            state: self
                .state
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "FunctionVersionsByCapacityProviderListItem",
                        "state",
                    ),
                )?,
        })
    }
}
/// A builder for [`GetAccountSettingsRequest`](crate::types::GetAccountSettingsRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct GetAccountSettingsRequestBuilder {}
impl ::std::fmt::Debug for GetAccountSettingsRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetAccountSettingsRequestBuilder").finish_non_exhaustive()
    }
}
impl GetAccountSettingsRequestBuilder {
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::GetAccountSettingsRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::GetAccountSettingsRequest {
        })
    }
}
/// A builder for [`GetAccountSettingsResponse`](crate::types::GetAccountSettingsResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct GetAccountSettingsResponseBuilder {
    pub(crate) account_limit: ::std::option::Option<crate::types::AccountLimit>,
    pub(crate) account_usage: ::std::option::Option<crate::types::AccountUsage>,
}
impl ::std::fmt::Debug for GetAccountSettingsResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetAccountSettingsResponseBuilder").finish_non_exhaustive()
    }
}
impl GetAccountSettingsResponseBuilder {
    /// See [`GetAccountSettingsResponse::account_limit`](crate::types::GetAccountSettingsResponse::account_limit).
    pub fn account_limit(
        mut self,
        input: impl ::std::convert::Into<crate::types::AccountLimit>,
    ) -> Self {
        self.account_limit = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`account_limit`](Self::account_limit).
    pub fn set_account_limit(
        mut self,
        input: ::std::option::Option<crate::types::AccountLimit>,
    ) -> Self {
        self.account_limit = input;
        self
    }
    /// See [`GetAccountSettingsResponse::account_usage`](crate::types::GetAccountSettingsResponse::account_usage).
    pub fn account_usage(
        mut self,
        input: impl ::std::convert::Into<crate::types::AccountUsage>,
    ) -> Self {
        self.account_usage = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`account_usage`](Self::account_usage).
    pub fn set_account_usage(
        mut self,
        input: ::std::option::Option<crate::types::AccountUsage>,
    ) -> Self {
        self.account_usage = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::GetAccountSettingsResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::GetAccountSettingsResponse {
            account_limit: self.account_limit,
            account_usage: self.account_usage,
        })
    }
}
/// A builder for [`GetAliasRequest`](crate::types::GetAliasRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct GetAliasRequestBuilder {
    pub(crate) function_name: ::std::option::Option<::std::string::String>,
    pub(crate) name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for GetAliasRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetAliasRequestBuilder").finish_non_exhaustive()
    }
}
impl GetAliasRequestBuilder {
    /// See [`GetAliasRequest::function_name`](crate::types::GetAliasRequest::function_name).
    pub fn function_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.function_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`function_name`](Self::function_name).
    pub fn set_function_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.function_name = input;
        self
    }
    /// See [`GetAliasRequest::name`](crate::types::GetAliasRequest::name).
    pub fn name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`name`](Self::name).
    pub fn set_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.name = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::GetAliasRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::GetAliasRequest {
            function_name: self
                .function_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "GetAliasRequest",
                        "function_name",
                    ),
                )?,
            name: self
                .name
                .ok_or(crate::runtime::BuildError::missing("GetAliasRequest", "name"))?,
        })
    }
}
/// A builder for [`GetCapacityProviderRequest`](crate::types::GetCapacityProviderRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct GetCapacityProviderRequestBuilder {
    pub(crate) capacity_provider_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for GetCapacityProviderRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetCapacityProviderRequestBuilder").finish_non_exhaustive()
    }
}
impl GetCapacityProviderRequestBuilder {
    /// See [`GetCapacityProviderRequest::capacity_provider_name`](crate::types::GetCapacityProviderRequest::capacity_provider_name).
    pub fn capacity_provider_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.capacity_provider_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`capacity_provider_name`](Self::capacity_provider_name).
    pub fn set_capacity_provider_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.capacity_provider_name = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::GetCapacityProviderRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::GetCapacityProviderRequest {
            capacity_provider_name: self
                .capacity_provider_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "GetCapacityProviderRequest",
                        "capacity_provider_name",
                    ),
                )?,
        })
    }
}
/// A builder for [`GetCapacityProviderResponse`](crate::types::GetCapacityProviderResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct GetCapacityProviderResponseBuilder {
    pub(crate) capacity_provider: ::std::option::Option<crate::types::CapacityProvider>,
}
impl ::std::fmt::Debug for GetCapacityProviderResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetCapacityProviderResponseBuilder").finish_non_exhaustive()
    }
}
impl GetCapacityProviderResponseBuilder {
    /// See [`GetCapacityProviderResponse::capacity_provider`](crate::types::GetCapacityProviderResponse::capacity_provider).
    pub fn capacity_provider(
        mut self,
        input: impl ::std::convert::Into<crate::types::CapacityProvider>,
    ) -> Self {
        self.capacity_provider = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`capacity_provider`](Self::capacity_provider).
    pub fn set_capacity_provider(
        mut self,
        input: ::std::option::Option<crate::types::CapacityProvider>,
    ) -> Self {
        self.capacity_provider = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::GetCapacityProviderResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::GetCapacityProviderResponse {
            capacity_provider: self
                .capacity_provider
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "GetCapacityProviderResponse",
                        "capacity_provider",
                    ),
                )?,
        })
    }
}
/// A builder for [`GetCodeSigningConfigRequest`](crate::types::GetCodeSigningConfigRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct GetCodeSigningConfigRequestBuilder {
    pub(crate) code_signing_config_arn: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for GetCodeSigningConfigRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetCodeSigningConfigRequestBuilder").finish_non_exhaustive()
    }
}
impl GetCodeSigningConfigRequestBuilder {
    /// See [`GetCodeSigningConfigRequest::code_signing_config_arn`](crate::types::GetCodeSigningConfigRequest::code_signing_config_arn).
    pub fn code_signing_config_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.code_signing_config_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`code_signing_config_arn`](Self::code_signing_config_arn).
    pub fn set_code_signing_config_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.code_signing_config_arn = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::GetCodeSigningConfigRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::GetCodeSigningConfigRequest {
            code_signing_config_arn: self
                .code_signing_config_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "GetCodeSigningConfigRequest",
                        "code_signing_config_arn",
                    ),
                )?,
        })
    }
}
/// A builder for [`GetCodeSigningConfigResponse`](crate::types::GetCodeSigningConfigResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct GetCodeSigningConfigResponseBuilder {
    pub(crate) code_signing_config: ::std::option::Option<
        crate::types::CodeSigningConfig,
    >,
}
impl ::std::fmt::Debug for GetCodeSigningConfigResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetCodeSigningConfigResponseBuilder").finish_non_exhaustive()
    }
}
impl GetCodeSigningConfigResponseBuilder {
    /// See [`GetCodeSigningConfigResponse::code_signing_config`](crate::types::GetCodeSigningConfigResponse::code_signing_config).
    pub fn code_signing_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::CodeSigningConfig>,
    ) -> Self {
        self.code_signing_config = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`code_signing_config`](Self::code_signing_config).
    pub fn set_code_signing_config(
        mut self,
        input: ::std::option::Option<crate::types::CodeSigningConfig>,
    ) -> Self {
        self.code_signing_config = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::GetCodeSigningConfigResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::GetCodeSigningConfigResponse {
            code_signing_config: self
                .code_signing_config
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "GetCodeSigningConfigResponse",
                        "code_signing_config",
                    ),
                )?,
        })
    }
}
/// A builder for [`GetDurableExecutionHistoryRequest`](crate::types::GetDurableExecutionHistoryRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct GetDurableExecutionHistoryRequestBuilder {
    pub(crate) durable_execution_arn: ::std::option::Option<::std::string::String>,
    pub(crate) include_execution_data: ::std::option::Option<bool>,
    pub(crate) marker: ::std::option::Option<::std::string::String>,
    pub(crate) max_items: ::std::option::Option<i64>,
    pub(crate) reverse_order: ::std::option::Option<bool>,
}
impl ::std::fmt::Debug for GetDurableExecutionHistoryRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetDurableExecutionHistoryRequestBuilder")
            .finish_non_exhaustive()
    }
}
impl GetDurableExecutionHistoryRequestBuilder {
    /// See [`GetDurableExecutionHistoryRequest::durable_execution_arn`](crate::types::GetDurableExecutionHistoryRequest::durable_execution_arn).
    pub fn durable_execution_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.durable_execution_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`durable_execution_arn`](Self::durable_execution_arn).
    pub fn set_durable_execution_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.durable_execution_arn = input;
        self
    }
    /// See [`GetDurableExecutionHistoryRequest::include_execution_data`](crate::types::GetDurableExecutionHistoryRequest::include_execution_data).
    pub fn include_execution_data(
        mut self,
        input: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.include_execution_data = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`include_execution_data`](Self::include_execution_data).
    pub fn set_include_execution_data(
        mut self,
        input: ::std::option::Option<bool>,
    ) -> Self {
        self.include_execution_data = input;
        self
    }
    /// See [`GetDurableExecutionHistoryRequest::marker`](crate::types::GetDurableExecutionHistoryRequest::marker).
    pub fn marker(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.marker = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`marker`](Self::marker).
    pub fn set_marker(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.marker = input;
        self
    }
    /// See [`GetDurableExecutionHistoryRequest::max_items`](crate::types::GetDurableExecutionHistoryRequest::max_items).
    pub fn max_items(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.max_items = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`max_items`](Self::max_items).
    pub fn set_max_items(mut self, input: ::std::option::Option<i64>) -> Self {
        self.max_items = input;
        self
    }
    /// See [`GetDurableExecutionHistoryRequest::reverse_order`](crate::types::GetDurableExecutionHistoryRequest::reverse_order).
    pub fn reverse_order(mut self, input: impl ::std::convert::Into<bool>) -> Self {
        self.reverse_order = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`reverse_order`](Self::reverse_order).
    pub fn set_reverse_order(mut self, input: ::std::option::Option<bool>) -> Self {
        self.reverse_order = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::GetDurableExecutionHistoryRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::GetDurableExecutionHistoryRequest {
            durable_execution_arn: self
                .durable_execution_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "GetDurableExecutionHistoryRequest",
                        "durable_execution_arn",
                    ),
                )?,
            include_execution_data: self.include_execution_data,
            marker: self.marker,
            max_items: self.max_items,
            reverse_order: self.reverse_order,
        })
    }
}
/// A builder for [`GetDurableExecutionHistoryResponse`](crate::types::GetDurableExecutionHistoryResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct GetDurableExecutionHistoryResponseBuilder {
    pub(crate) events: ::std::option::Option<::std::vec::Vec<crate::types::Event>>,
    pub(crate) next_marker: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for GetDurableExecutionHistoryResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetDurableExecutionHistoryResponseBuilder")
            .finish_non_exhaustive()
    }
}
impl GetDurableExecutionHistoryResponseBuilder {
    /// See [`GetDurableExecutionHistoryResponse::events`](crate::types::GetDurableExecutionHistoryResponse::events).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn events(
        mut self,
        input: impl ::std::convert::Into<crate::types::Event>,
    ) -> Self {
        self.events.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`events`](Self::events).
    pub fn set_events(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::Event>>,
    ) -> Self {
        self.events = input;
        self
    }
    /// See [`GetDurableExecutionHistoryResponse::next_marker`](crate::types::GetDurableExecutionHistoryResponse::next_marker).
    pub fn next_marker(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.next_marker = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`next_marker`](Self::next_marker).
    pub fn set_next_marker(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.next_marker = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::GetDurableExecutionHistoryResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::GetDurableExecutionHistoryResponse {
            events: self
                .events
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "GetDurableExecutionHistoryResponse",
                        "events",
                    ),
                )?,
            next_marker: self.next_marker,
        })
    }
}
/// A builder for [`GetDurableExecutionRequest`](crate::types::GetDurableExecutionRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct GetDurableExecutionRequestBuilder {
    pub(crate) durable_execution_arn: ::std::option::Option<::std::string::String>,
    pub(crate) include_execution_data: ::std::option::Option<bool>,
}
impl ::std::fmt::Debug for GetDurableExecutionRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetDurableExecutionRequestBuilder").finish_non_exhaustive()
    }
}
impl GetDurableExecutionRequestBuilder {
    /// See [`GetDurableExecutionRequest::durable_execution_arn`](crate::types::GetDurableExecutionRequest::durable_execution_arn).
    pub fn durable_execution_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.durable_execution_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`durable_execution_arn`](Self::durable_execution_arn).
    pub fn set_durable_execution_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.durable_execution_arn = input;
        self
    }
    /// See [`GetDurableExecutionRequest::include_execution_data`](crate::types::GetDurableExecutionRequest::include_execution_data).
    pub fn include_execution_data(
        mut self,
        input: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.include_execution_data = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`include_execution_data`](Self::include_execution_data).
    pub fn set_include_execution_data(
        mut self,
        input: ::std::option::Option<bool>,
    ) -> Self {
        self.include_execution_data = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::GetDurableExecutionRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::GetDurableExecutionRequest {
            durable_execution_arn: self
                .durable_execution_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "GetDurableExecutionRequest",
                        "durable_execution_arn",
                    ),
                )?,
            include_execution_data: self.include_execution_data,
        })
    }
}
/// A builder for [`GetDurableExecutionResponse`](crate::types::GetDurableExecutionResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct GetDurableExecutionResponseBuilder {
    pub(crate) durable_config: ::std::option::Option<crate::types::DurableConfig>,
    pub(crate) durable_execution_arn: ::std::option::Option<::std::string::String>,
    pub(crate) durable_execution_name: ::std::option::Option<::std::string::String>,
    pub(crate) end_timestamp: ::std::option::Option<crate::runtime::Timestamp>,
    pub(crate) error: ::std::option::Option<crate::types::ErrorObject>,
    pub(crate) execution_data_included: ::std::option::Option<bool>,
    pub(crate) expected_execution_timeout_timestamp: ::std::option::Option<
        crate::runtime::Timestamp,
    >,
    pub(crate) function_arn: ::std::option::Option<::std::string::String>,
    pub(crate) input_payload: ::std::option::Option<::std::string::String>,
    pub(crate) pause_details: ::std::option::Option<crate::types::PauseDetails>,
    pub(crate) result: ::std::option::Option<::std::string::String>,
    pub(crate) start_timestamp: ::std::option::Option<crate::runtime::Timestamp>,
    pub(crate) status: ::std::option::Option<crate::types::ExecutionStatus>,
    pub(crate) trace_header: ::std::option::Option<crate::types::TraceHeader>,
    pub(crate) version: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for GetDurableExecutionResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetDurableExecutionResponseBuilder").finish_non_exhaustive()
    }
}
impl GetDurableExecutionResponseBuilder {
    /// See [`GetDurableExecutionResponse::durable_config`](crate::types::GetDurableExecutionResponse::durable_config).
    pub fn durable_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::DurableConfig>,
    ) -> Self {
        self.durable_config = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`durable_config`](Self::durable_config).
    pub fn set_durable_config(
        mut self,
        input: ::std::option::Option<crate::types::DurableConfig>,
    ) -> Self {
        self.durable_config = input;
        self
    }
    /// See [`GetDurableExecutionResponse::durable_execution_arn`](crate::types::GetDurableExecutionResponse::durable_execution_arn).
    pub fn durable_execution_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.durable_execution_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`durable_execution_arn`](Self::durable_execution_arn).
    pub fn set_durable_execution_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.durable_execution_arn = input;
        self
    }
    /// See [`GetDurableExecutionResponse::durable_execution_name`](crate::types::GetDurableExecutionResponse::durable_execution_name).
    pub fn durable_execution_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.durable_execution_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`durable_execution_name`](Self::durable_execution_name).
    pub fn set_durable_execution_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.durable_execution_name = input;
        self
    }
    /// See [`GetDurableExecutionResponse::end_timestamp`](crate::types::GetDurableExecutionResponse::end_timestamp).
    pub fn end_timestamp(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.end_timestamp = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`end_timestamp`](Self::end_timestamp).
    pub fn set_end_timestamp(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.end_timestamp = input;
        self
    }
    /// See [`GetDurableExecutionResponse::error`](crate::types::GetDurableExecutionResponse::error).
    pub fn error(
        mut self,
        input: impl ::std::convert::Into<crate::types::ErrorObject>,
    ) -> Self {
        self.error = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`error`](Self::error).
    pub fn set_error(
        mut self,
        input: ::std::option::Option<crate::types::ErrorObject>,
    ) -> Self {
        self.error = input;
        self
    }
    /// See [`GetDurableExecutionResponse::execution_data_included`](crate::types::GetDurableExecutionResponse::execution_data_included).
    pub fn execution_data_included(
        mut self,
        input: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.execution_data_included = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`execution_data_included`](Self::execution_data_included).
    pub fn set_execution_data_included(
        mut self,
        input: ::std::option::Option<bool>,
    ) -> Self {
        self.execution_data_included = input;
        self
    }
    /// See [`GetDurableExecutionResponse::expected_execution_timeout_timestamp`](crate::types::GetDurableExecutionResponse::expected_execution_timeout_timestamp).
    pub fn expected_execution_timeout_timestamp(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.expected_execution_timeout_timestamp = ::std::option::Option::Some(
            input.into(),
        );
        self
    }
    /// Sets or clears [`expected_execution_timeout_timestamp`](Self::expected_execution_timeout_timestamp).
    pub fn set_expected_execution_timeout_timestamp(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.expected_execution_timeout_timestamp = input;
        self
    }
    /// See [`GetDurableExecutionResponse::function_arn`](crate::types::GetDurableExecutionResponse::function_arn).
    pub fn function_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.function_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`function_arn`](Self::function_arn).
    pub fn set_function_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.function_arn = input;
        self
    }
    /// See [`GetDurableExecutionResponse::input_payload`](crate::types::GetDurableExecutionResponse::input_payload).
    pub fn input_payload(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.input_payload = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`input_payload`](Self::input_payload).
    pub fn set_input_payload(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.input_payload = input;
        self
    }
    /// See [`GetDurableExecutionResponse::pause_details`](crate::types::GetDurableExecutionResponse::pause_details).
    pub fn pause_details(
        mut self,
        input: impl ::std::convert::Into<crate::types::PauseDetails>,
    ) -> Self {
        self.pause_details = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`pause_details`](Self::pause_details).
    pub fn set_pause_details(
        mut self,
        input: ::std::option::Option<crate::types::PauseDetails>,
    ) -> Self {
        self.pause_details = input;
        self
    }
    /// See [`GetDurableExecutionResponse::result`](crate::types::GetDurableExecutionResponse::result).
    pub fn result(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.result = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`result`](Self::result).
    pub fn set_result(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.result = input;
        self
    }
    /// See [`GetDurableExecutionResponse::start_timestamp`](crate::types::GetDurableExecutionResponse::start_timestamp).
    pub fn start_timestamp(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.start_timestamp = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`start_timestamp`](Self::start_timestamp).
    pub fn set_start_timestamp(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.start_timestamp = input;
        self
    }
    /// See [`GetDurableExecutionResponse::status`](crate::types::GetDurableExecutionResponse::status).
    pub fn status(
        mut self,
        input: impl ::std::convert::Into<crate::types::ExecutionStatus>,
    ) -> Self {
        self.status = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`status`](Self::status).
    pub fn set_status(
        mut self,
        input: ::std::option::Option<crate::types::ExecutionStatus>,
    ) -> Self {
        self.status = input;
        self
    }
    /// See [`GetDurableExecutionResponse::trace_header`](crate::types::GetDurableExecutionResponse::trace_header).
    pub fn trace_header(
        mut self,
        input: impl ::std::convert::Into<crate::types::TraceHeader>,
    ) -> Self {
        self.trace_header = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`trace_header`](Self::trace_header).
    pub fn set_trace_header(
        mut self,
        input: ::std::option::Option<crate::types::TraceHeader>,
    ) -> Self {
        self.trace_header = input;
        self
    }
    /// See [`GetDurableExecutionResponse::version`](crate::types::GetDurableExecutionResponse::version).
    pub fn version(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.version = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`version`](Self::version).
    pub fn set_version(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.version = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::GetDurableExecutionResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::GetDurableExecutionResponse {
            durable_config: self.durable_config,
            durable_execution_arn: self
                .durable_execution_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "GetDurableExecutionResponse",
                        "durable_execution_arn",
                    ),
                )?,
            durable_execution_name: self
                .durable_execution_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "GetDurableExecutionResponse",
                        "durable_execution_name",
                    ),
                )?,
            end_timestamp: self.end_timestamp,
            error: self.error,
            execution_data_included: self.execution_data_included,
            expected_execution_timeout_timestamp: self
                .expected_execution_timeout_timestamp,
            function_arn: self
                .function_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "GetDurableExecutionResponse",
                        "function_arn",
                    ),
                )?,
            input_payload: self.input_payload,
            pause_details: self.pause_details,
            result: self.result,
            start_timestamp: self
                .start_timestamp
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "GetDurableExecutionResponse",
                        "start_timestamp",
                    ),
                )?,
            status: self
                .status
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "GetDurableExecutionResponse",
                        "status",
                    ),
                )?,
            trace_header: self.trace_header,
            version: self.version,
        })
    }
}
/// A builder for [`GetDurableExecutionStateRequest`](crate::types::GetDurableExecutionStateRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct GetDurableExecutionStateRequestBuilder {
    pub(crate) checkpoint_token: ::std::option::Option<::std::string::String>,
    pub(crate) durable_execution_arn: ::std::option::Option<::std::string::String>,
    pub(crate) marker: ::std::option::Option<::std::string::String>,
    pub(crate) max_items: ::std::option::Option<i64>,
}
impl ::std::fmt::Debug for GetDurableExecutionStateRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetDurableExecutionStateRequestBuilder").finish_non_exhaustive()
    }
}
impl GetDurableExecutionStateRequestBuilder {
    /// See [`GetDurableExecutionStateRequest::checkpoint_token`](crate::types::GetDurableExecutionStateRequest::checkpoint_token).
    pub fn checkpoint_token(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.checkpoint_token = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`checkpoint_token`](Self::checkpoint_token).
    pub fn set_checkpoint_token(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.checkpoint_token = input;
        self
    }
    /// See [`GetDurableExecutionStateRequest::durable_execution_arn`](crate::types::GetDurableExecutionStateRequest::durable_execution_arn).
    pub fn durable_execution_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.durable_execution_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`durable_execution_arn`](Self::durable_execution_arn).
    pub fn set_durable_execution_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.durable_execution_arn = input;
        self
    }
    /// See [`GetDurableExecutionStateRequest::marker`](crate::types::GetDurableExecutionStateRequest::marker).
    pub fn marker(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.marker = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`marker`](Self::marker).
    pub fn set_marker(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.marker = input;
        self
    }
    /// See [`GetDurableExecutionStateRequest::max_items`](crate::types::GetDurableExecutionStateRequest::max_items).
    pub fn max_items(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.max_items = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`max_items`](Self::max_items).
    pub fn set_max_items(mut self, input: ::std::option::Option<i64>) -> Self {
        self.max_items = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::GetDurableExecutionStateRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::GetDurableExecutionStateRequest {
            checkpoint_token: self
                .checkpoint_token
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "GetDurableExecutionStateRequest",
                        "checkpoint_token",
                    ),
                )?,
            durable_execution_arn: self
                .durable_execution_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "GetDurableExecutionStateRequest",
                        "durable_execution_arn",
                    ),
                )?,
            marker: self.marker,
            max_items: self.max_items,
        })
    }
}
/// A builder for [`GetDurableExecutionStateResponse`](crate::types::GetDurableExecutionStateResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct GetDurableExecutionStateResponseBuilder {
    pub(crate) next_marker: ::std::option::Option<::std::string::String>,
    pub(crate) operations: ::std::option::Option<
        ::std::vec::Vec<crate::types::Operation>,
    >,
}
impl ::std::fmt::Debug for GetDurableExecutionStateResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetDurableExecutionStateResponseBuilder").finish_non_exhaustive()
    }
}
impl GetDurableExecutionStateResponseBuilder {
    /// See [`GetDurableExecutionStateResponse::next_marker`](crate::types::GetDurableExecutionStateResponse::next_marker).
    pub fn next_marker(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.next_marker = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`next_marker`](Self::next_marker).
    pub fn set_next_marker(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.next_marker = input;
        self
    }
    /// See [`GetDurableExecutionStateResponse::operations`](crate::types::GetDurableExecutionStateResponse::operations).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn operations(
        mut self,
        input: impl ::std::convert::Into<crate::types::Operation>,
    ) -> Self {
        self.operations.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`operations`](Self::operations).
    pub fn set_operations(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::Operation>>,
    ) -> Self {
        self.operations = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::GetDurableExecutionStateResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::GetDurableExecutionStateResponse {
            next_marker: self.next_marker,
            operations: self
                .operations
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "GetDurableExecutionStateResponse",
                        "operations",
                    ),
                )?,
        })
    }
}
/// A builder for [`GetEventSourceMappingRequest`](crate::types::GetEventSourceMappingRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct GetEventSourceMappingRequestBuilder {
    pub(crate) uuid: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for GetEventSourceMappingRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetEventSourceMappingRequestBuilder").finish_non_exhaustive()
    }
}
impl GetEventSourceMappingRequestBuilder {
    /// See [`GetEventSourceMappingRequest::uuid`](crate::types::GetEventSourceMappingRequest::uuid).
    pub fn uuid(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.uuid = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`uuid`](Self::uuid).
    pub fn set_uuid(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.uuid = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::GetEventSourceMappingRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::GetEventSourceMappingRequest {
            uuid: self
                .uuid
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "GetEventSourceMappingRequest",
                        "uuid",
                    ),
                )?,
        })
    }
}
/// A builder for [`GetFunctionCodeSigningConfigRequest`](crate::types::GetFunctionCodeSigningConfigRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct GetFunctionCodeSigningConfigRequestBuilder {
    pub(crate) function_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for GetFunctionCodeSigningConfigRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetFunctionCodeSigningConfigRequestBuilder")
            .finish_non_exhaustive()
    }
}
impl GetFunctionCodeSigningConfigRequestBuilder {
    /// See [`GetFunctionCodeSigningConfigRequest::function_name`](crate::types::GetFunctionCodeSigningConfigRequest::function_name).
    pub fn function_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.function_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`function_name`](Self::function_name).
    pub fn set_function_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.function_name = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::GetFunctionCodeSigningConfigRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::GetFunctionCodeSigningConfigRequest {
            function_name: self
                .function_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "GetFunctionCodeSigningConfigRequest",
                        "function_name",
                    ),
                )?,
        })
    }
}
/// A builder for [`GetFunctionCodeSigningConfigResponse`](crate::types::GetFunctionCodeSigningConfigResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct GetFunctionCodeSigningConfigResponseBuilder {
    pub(crate) code_signing_config_arn: ::std::option::Option<::std::string::String>,
    pub(crate) function_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for GetFunctionCodeSigningConfigResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetFunctionCodeSigningConfigResponseBuilder")
            .finish_non_exhaustive()
    }
}
impl GetFunctionCodeSigningConfigResponseBuilder {
    /// See [`GetFunctionCodeSigningConfigResponse::code_signing_config_arn`](crate::types::GetFunctionCodeSigningConfigResponse::code_signing_config_arn).
    pub fn code_signing_config_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.code_signing_config_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`code_signing_config_arn`](Self::code_signing_config_arn).
    pub fn set_code_signing_config_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.code_signing_config_arn = input;
        self
    }
    /// See [`GetFunctionCodeSigningConfigResponse::function_name`](crate::types::GetFunctionCodeSigningConfigResponse::function_name).
    pub fn function_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.function_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`function_name`](Self::function_name).
    pub fn set_function_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.function_name = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::GetFunctionCodeSigningConfigResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::GetFunctionCodeSigningConfigResponse {
            code_signing_config_arn: self
                .code_signing_config_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "GetFunctionCodeSigningConfigResponse",
                        "code_signing_config_arn",
                    ),
                )?,
            function_name: self
                .function_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "GetFunctionCodeSigningConfigResponse",
                        "function_name",
                    ),
                )?,
        })
    }
}
/// A builder for [`GetFunctionConcurrencyRequest`](crate::types::GetFunctionConcurrencyRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct GetFunctionConcurrencyRequestBuilder {
    pub(crate) function_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for GetFunctionConcurrencyRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetFunctionConcurrencyRequestBuilder").finish_non_exhaustive()
    }
}
impl GetFunctionConcurrencyRequestBuilder {
    /// See [`GetFunctionConcurrencyRequest::function_name`](crate::types::GetFunctionConcurrencyRequest::function_name).
    pub fn function_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.function_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`function_name`](Self::function_name).
    pub fn set_function_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.function_name = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::GetFunctionConcurrencyRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::GetFunctionConcurrencyRequest {
            function_name: self
                .function_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "GetFunctionConcurrencyRequest",
                        "function_name",
                    ),
                )?,
        })
    }
}
/// A builder for [`GetFunctionConcurrencyResponse`](crate::types::GetFunctionConcurrencyResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct GetFunctionConcurrencyResponseBuilder {
    pub(crate) reserved_concurrent_executions: ::std::option::Option<i64>,
}
impl ::std::fmt::Debug for GetFunctionConcurrencyResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetFunctionConcurrencyResponseBuilder").finish_non_exhaustive()
    }
}
impl GetFunctionConcurrencyResponseBuilder {
    /// See [`GetFunctionConcurrencyResponse::reserved_concurrent_executions`](crate::types::GetFunctionConcurrencyResponse::reserved_concurrent_executions).
    pub fn reserved_concurrent_executions(
        mut self,
        input: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.reserved_concurrent_executions = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`reserved_concurrent_executions`](Self::reserved_concurrent_executions).
    pub fn set_reserved_concurrent_executions(
        mut self,
        input: ::std::option::Option<i64>,
    ) -> Self {
        self.reserved_concurrent_executions = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::GetFunctionConcurrencyResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::GetFunctionConcurrencyResponse {
            reserved_concurrent_executions: self.reserved_concurrent_executions,
        })
    }
}
/// A builder for [`GetFunctionConfigurationRequest`](crate::types::GetFunctionConfigurationRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct GetFunctionConfigurationRequestBuilder {
    pub(crate) function_name: ::std::option::Option<::std::string::String>,
    pub(crate) qualifier: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for GetFunctionConfigurationRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetFunctionConfigurationRequestBuilder").finish_non_exhaustive()
    }
}
impl GetFunctionConfigurationRequestBuilder {
    /// See [`GetFunctionConfigurationRequest::function_name`](crate::types::GetFunctionConfigurationRequest::function_name).
    pub fn function_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.function_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`function_name`](Self::function_name).
    pub fn set_function_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.function_name = input;
        self
    }
    /// See [`GetFunctionConfigurationRequest::qualifier`](crate::types::GetFunctionConfigurationRequest::qualifier).
    pub fn qualifier(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.qualifier = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`qualifier`](Self::qualifier).
    pub fn set_qualifier(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.qualifier = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::GetFunctionConfigurationRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::GetFunctionConfigurationRequest {
            function_name: self
                .function_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "GetFunctionConfigurationRequest",
                        "function_name",
                    ),
                )?,
            qualifier: self.qualifier,
        })
    }
}
/// A builder for [`GetFunctionEventInvokeConfigRequest`](crate::types::GetFunctionEventInvokeConfigRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct GetFunctionEventInvokeConfigRequestBuilder {
    pub(crate) function_name: ::std::option::Option<::std::string::String>,
    pub(crate) qualifier: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for GetFunctionEventInvokeConfigRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetFunctionEventInvokeConfigRequestBuilder")
            .finish_non_exhaustive()
    }
}
impl GetFunctionEventInvokeConfigRequestBuilder {
    /// See [`GetFunctionEventInvokeConfigRequest::function_name`](crate::types::GetFunctionEventInvokeConfigRequest::function_name).
    pub fn function_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.function_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`function_name`](Self::function_name).
    pub fn set_function_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.function_name = input;
        self
    }
    /// See [`GetFunctionEventInvokeConfigRequest::qualifier`](crate::types::GetFunctionEventInvokeConfigRequest::qualifier).
    pub fn qualifier(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.qualifier = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`qualifier`](Self::qualifier).
    pub fn set_qualifier(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.qualifier = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::GetFunctionEventInvokeConfigRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::GetFunctionEventInvokeConfigRequest {
            function_name: self
                .function_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "GetFunctionEventInvokeConfigRequest",
                        "function_name",
                    ),
                )?,
            qualifier: self.qualifier,
        })
    }
}
/// A builder for [`GetFunctionRecursionConfigRequest`](crate::types::GetFunctionRecursionConfigRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct GetFunctionRecursionConfigRequestBuilder {
    pub(crate) function_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for GetFunctionRecursionConfigRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetFunctionRecursionConfigRequestBuilder")
            .finish_non_exhaustive()
    }
}
impl GetFunctionRecursionConfigRequestBuilder {
    /// See [`GetFunctionRecursionConfigRequest::function_name`](crate::types::GetFunctionRecursionConfigRequest::function_name).
    pub fn function_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.function_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`function_name`](Self::function_name).
    pub fn set_function_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.function_name = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::GetFunctionRecursionConfigRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::GetFunctionRecursionConfigRequest {
            function_name: self
                .function_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "GetFunctionRecursionConfigRequest",
                        "function_name",
                    ),
                )?,
        })
    }
}
/// A builder for [`GetFunctionRecursionConfigResponse`](crate::types::GetFunctionRecursionConfigResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct GetFunctionRecursionConfigResponseBuilder {
    pub(crate) recursive_loop: ::std::option::Option<crate::types::RecursiveLoop>,
}
impl ::std::fmt::Debug for GetFunctionRecursionConfigResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetFunctionRecursionConfigResponseBuilder")
            .finish_non_exhaustive()
    }
}
impl GetFunctionRecursionConfigResponseBuilder {
    /// See [`GetFunctionRecursionConfigResponse::recursive_loop`](crate::types::GetFunctionRecursionConfigResponse::recursive_loop).
    pub fn recursive_loop(
        mut self,
        input: impl ::std::convert::Into<crate::types::RecursiveLoop>,
    ) -> Self {
        self.recursive_loop = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`recursive_loop`](Self::recursive_loop).
    pub fn set_recursive_loop(
        mut self,
        input: ::std::option::Option<crate::types::RecursiveLoop>,
    ) -> Self {
        self.recursive_loop = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::GetFunctionRecursionConfigResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::GetFunctionRecursionConfigResponse {
            recursive_loop: self.recursive_loop,
        })
    }
}
/// A builder for [`GetFunctionRequest`](crate::types::GetFunctionRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct GetFunctionRequestBuilder {
    pub(crate) function_name: ::std::option::Option<::std::string::String>,
    pub(crate) qualifier: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for GetFunctionRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetFunctionRequestBuilder").finish_non_exhaustive()
    }
}
impl GetFunctionRequestBuilder {
    /// See [`GetFunctionRequest::function_name`](crate::types::GetFunctionRequest::function_name).
    pub fn function_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.function_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`function_name`](Self::function_name).
    pub fn set_function_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.function_name = input;
        self
    }
    /// See [`GetFunctionRequest::qualifier`](crate::types::GetFunctionRequest::qualifier).
    pub fn qualifier(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.qualifier = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`qualifier`](Self::qualifier).
    pub fn set_qualifier(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.qualifier = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::GetFunctionRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::GetFunctionRequest {
            function_name: self
                .function_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "GetFunctionRequest",
                        "function_name",
                    ),
                )?,
            qualifier: self.qualifier,
        })
    }
}
/// A builder for [`GetFunctionResponse`](crate::types::GetFunctionResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct GetFunctionResponseBuilder {
    pub(crate) code: ::std::option::Option<crate::types::FunctionCodeLocation>,
    pub(crate) concurrency: ::std::option::Option<crate::types::Concurrency>,
    pub(crate) configuration: ::std::option::Option<crate::types::FunctionConfiguration>,
    pub(crate) tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    pub(crate) tags_error: ::std::option::Option<crate::types::TagsError>,
}
impl ::std::fmt::Debug for GetFunctionResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetFunctionResponseBuilder").finish_non_exhaustive()
    }
}
impl GetFunctionResponseBuilder {
    /// See [`GetFunctionResponse::code`](crate::types::GetFunctionResponse::code).
    pub fn code(
        mut self,
        input: impl ::std::convert::Into<crate::types::FunctionCodeLocation>,
    ) -> Self {
        self.code = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`code`](Self::code).
    pub fn set_code(
        mut self,
        input: ::std::option::Option<crate::types::FunctionCodeLocation>,
    ) -> Self {
        self.code = input;
        self
    }
    /// See [`GetFunctionResponse::concurrency`](crate::types::GetFunctionResponse::concurrency).
    pub fn concurrency(
        mut self,
        input: impl ::std::convert::Into<crate::types::Concurrency>,
    ) -> Self {
        self.concurrency = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`concurrency`](Self::concurrency).
    pub fn set_concurrency(
        mut self,
        input: ::std::option::Option<crate::types::Concurrency>,
    ) -> Self {
        self.concurrency = input;
        self
    }
    /// See [`GetFunctionResponse::configuration`](crate::types::GetFunctionResponse::configuration).
    pub fn configuration(
        mut self,
        input: impl ::std::convert::Into<crate::types::FunctionConfiguration>,
    ) -> Self {
        self.configuration = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`configuration`](Self::configuration).
    pub fn set_configuration(
        mut self,
        input: ::std::option::Option<crate::types::FunctionConfiguration>,
    ) -> Self {
        self.configuration = input;
        self
    }
    /// See [`GetFunctionResponse::tags`](crate::types::GetFunctionResponse::tags).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn tags(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.tags
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`tags`](Self::tags).
    pub fn set_tags(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        >,
    ) -> Self {
        self.tags = input;
        self
    }
    /// See [`GetFunctionResponse::tags_error`](crate::types::GetFunctionResponse::tags_error).
    pub fn tags_error(
        mut self,
        input: impl ::std::convert::Into<crate::types::TagsError>,
    ) -> Self {
        self.tags_error = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`tags_error`](Self::tags_error).
    pub fn set_tags_error(
        mut self,
        input: ::std::option::Option<crate::types::TagsError>,
    ) -> Self {
        self.tags_error = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::GetFunctionResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::GetFunctionResponse {
            code: self.code,
            concurrency: self.concurrency,
            configuration: self.configuration,
            tags: self.tags,
            tags_error: self.tags_error,
        })
    }
}
/// A builder for [`GetFunctionScalingConfigRequest`](crate::types::GetFunctionScalingConfigRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct GetFunctionScalingConfigRequestBuilder {
    pub(crate) function_name: ::std::option::Option<::std::string::String>,
    pub(crate) qualifier: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for GetFunctionScalingConfigRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetFunctionScalingConfigRequestBuilder").finish_non_exhaustive()
    }
}
impl GetFunctionScalingConfigRequestBuilder {
    /// See [`GetFunctionScalingConfigRequest::function_name`](crate::types::GetFunctionScalingConfigRequest::function_name).
    pub fn function_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.function_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`function_name`](Self::function_name).
    pub fn set_function_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.function_name = input;
        self
    }
    /// See [`GetFunctionScalingConfigRequest::qualifier`](crate::types::GetFunctionScalingConfigRequest::qualifier).
    pub fn qualifier(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.qualifier = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`qualifier`](Self::qualifier).
    pub fn set_qualifier(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.qualifier = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::GetFunctionScalingConfigRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::GetFunctionScalingConfigRequest {
            function_name: self
                .function_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "GetFunctionScalingConfigRequest",
                        "function_name",
                    ),
                )?,
            qualifier: self
                .qualifier
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "GetFunctionScalingConfigRequest",
                        "qualifier",
                    ),
                )?,
        })
    }
}
/// A builder for [`GetFunctionScalingConfigResponse`](crate::types::GetFunctionScalingConfigResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct GetFunctionScalingConfigResponseBuilder {
    pub(crate) applied_function_scaling_config: ::std::option::Option<
        crate::types::FunctionScalingConfig,
    >,
    pub(crate) function_arn: ::std::option::Option<::std::string::String>,
    pub(crate) requested_function_scaling_config: ::std::option::Option<
        crate::types::FunctionScalingConfig,
    >,
}
impl ::std::fmt::Debug for GetFunctionScalingConfigResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetFunctionScalingConfigResponseBuilder").finish_non_exhaustive()
    }
}
impl GetFunctionScalingConfigResponseBuilder {
    /// See [`GetFunctionScalingConfigResponse::applied_function_scaling_config`](crate::types::GetFunctionScalingConfigResponse::applied_function_scaling_config).
    pub fn applied_function_scaling_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::FunctionScalingConfig>,
    ) -> Self {
        self.applied_function_scaling_config = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`applied_function_scaling_config`](Self::applied_function_scaling_config).
    pub fn set_applied_function_scaling_config(
        mut self,
        input: ::std::option::Option<crate::types::FunctionScalingConfig>,
    ) -> Self {
        self.applied_function_scaling_config = input;
        self
    }
    /// See [`GetFunctionScalingConfigResponse::function_arn`](crate::types::GetFunctionScalingConfigResponse::function_arn).
    pub fn function_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.function_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`function_arn`](Self::function_arn).
    pub fn set_function_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.function_arn = input;
        self
    }
    /// See [`GetFunctionScalingConfigResponse::requested_function_scaling_config`](crate::types::GetFunctionScalingConfigResponse::requested_function_scaling_config).
    pub fn requested_function_scaling_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::FunctionScalingConfig>,
    ) -> Self {
        self.requested_function_scaling_config = ::std::option::Option::Some(
            input.into(),
        );
        self
    }
    /// Sets or clears [`requested_function_scaling_config`](Self::requested_function_scaling_config).
    pub fn set_requested_function_scaling_config(
        mut self,
        input: ::std::option::Option<crate::types::FunctionScalingConfig>,
    ) -> Self {
        self.requested_function_scaling_config = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::GetFunctionScalingConfigResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::GetFunctionScalingConfigResponse {
            applied_function_scaling_config: self.applied_function_scaling_config,
            function_arn: self.function_arn,
            requested_function_scaling_config: self.requested_function_scaling_config,
        })
    }
}
/// A builder for [`GetFunctionUrlConfigRequest`](crate::types::GetFunctionUrlConfigRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct GetFunctionUrlConfigRequestBuilder {
    pub(crate) function_name: ::std::option::Option<::std::string::String>,
    pub(crate) qualifier: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for GetFunctionUrlConfigRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetFunctionUrlConfigRequestBuilder").finish_non_exhaustive()
    }
}
impl GetFunctionUrlConfigRequestBuilder {
    /// See [`GetFunctionUrlConfigRequest::function_name`](crate::types::GetFunctionUrlConfigRequest::function_name).
    pub fn function_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.function_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`function_name`](Self::function_name).
    pub fn set_function_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.function_name = input;
        self
    }
    /// See [`GetFunctionUrlConfigRequest::qualifier`](crate::types::GetFunctionUrlConfigRequest::qualifier).
    pub fn qualifier(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.qualifier = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`qualifier`](Self::qualifier).
    pub fn set_qualifier(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.qualifier = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::GetFunctionUrlConfigRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::GetFunctionUrlConfigRequest {
            function_name: self
                .function_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "GetFunctionUrlConfigRequest",
                        "function_name",
                    ),
                )?,
            qualifier: self.qualifier,
        })
    }
}
/// A builder for [`GetFunctionUrlConfigResponse`](crate::types::GetFunctionUrlConfigResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct GetFunctionUrlConfigResponseBuilder {
    pub(crate) auth_type: ::std::option::Option<crate::types::FunctionUrlAuthType>,
    pub(crate) cors: ::std::option::Option<crate::types::Cors>,
    pub(crate) creation_time: ::std::option::Option<::std::string::String>,
    pub(crate) function_arn: ::std::option::Option<::std::string::String>,
    pub(crate) function_url: ::std::option::Option<::std::string::String>,
    pub(crate) invoke_mode: ::std::option::Option<crate::types::InvokeMode>,
    pub(crate) last_modified_time: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for GetFunctionUrlConfigResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetFunctionUrlConfigResponseBuilder").finish_non_exhaustive()
    }
}
impl GetFunctionUrlConfigResponseBuilder {
    /// See [`GetFunctionUrlConfigResponse::auth_type`](crate::types::GetFunctionUrlConfigResponse::auth_type).
    pub fn auth_type(
        mut self,
        input: impl ::std::convert::Into<crate::types::FunctionUrlAuthType>,
    ) -> Self {
        self.auth_type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`auth_type`](Self::auth_type).
    pub fn set_auth_type(
        mut self,
        input: ::std::option::Option<crate::types::FunctionUrlAuthType>,
    ) -> Self {
        self.auth_type = input;
        self
    }
    /// See [`GetFunctionUrlConfigResponse::cors`](crate::types::GetFunctionUrlConfigResponse::cors).
    pub fn cors(mut self, input: impl ::std::convert::Into<crate::types::Cors>) -> Self {
        self.cors = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`cors`](Self::cors).
    pub fn set_cors(mut self, input: ::std::option::Option<crate::types::Cors>) -> Self {
        self.cors = input;
        self
    }
    /// See [`GetFunctionUrlConfigResponse::creation_time`](crate::types::GetFunctionUrlConfigResponse::creation_time).
    pub fn creation_time(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.creation_time = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`creation_time`](Self::creation_time).
    pub fn set_creation_time(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.creation_time = input;
        self
    }
    /// See [`GetFunctionUrlConfigResponse::function_arn`](crate::types::GetFunctionUrlConfigResponse::function_arn).
    pub fn function_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.function_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`function_arn`](Self::function_arn).
    pub fn set_function_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.function_arn = input;
        self
    }
    /// See [`GetFunctionUrlConfigResponse::function_url`](crate::types::GetFunctionUrlConfigResponse::function_url).
    pub fn function_url(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.function_url = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`function_url`](Self::function_url).
    pub fn set_function_url(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.function_url = input;
        self
    }
    /// See [`GetFunctionUrlConfigResponse::invoke_mode`](crate::types::GetFunctionUrlConfigResponse::invoke_mode).
    pub fn invoke_mode(
        mut self,
        input: impl ::std::convert::Into<crate::types::InvokeMode>,
    ) -> Self {
        self.invoke_mode = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`invoke_mode`](Self::invoke_mode).
    pub fn set_invoke_mode(
        mut self,
        input: ::std::option::Option<crate::types::InvokeMode>,
    ) -> Self {
        self.invoke_mode = input;
        self
    }
    /// See [`GetFunctionUrlConfigResponse::last_modified_time`](crate::types::GetFunctionUrlConfigResponse::last_modified_time).
    pub fn last_modified_time(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.last_modified_time = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`last_modified_time`](Self::last_modified_time).
    pub fn set_last_modified_time(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.last_modified_time = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::GetFunctionUrlConfigResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::GetFunctionUrlConfigResponse {
            auth_type: self
                .auth_type
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "GetFunctionUrlConfigResponse",
                        "auth_type",
                    ),
                )?,
            cors: self.cors,
            creation_time: self
                .creation_time
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "GetFunctionUrlConfigResponse",
                        "creation_time",
                    ),
                )?,
            function_arn: self
                .function_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "GetFunctionUrlConfigResponse",
                        "function_arn",
                    ),
                )?,
            function_url: self
                .function_url
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "GetFunctionUrlConfigResponse",
                        "function_url",
                    ),
                )?,
            invoke_mode: self.invoke_mode,
            last_modified_time: self
                .last_modified_time
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "GetFunctionUrlConfigResponse",
                        "last_modified_time",
                    ),
                )?,
        })
    }
}
/// A builder for [`GetLayerVersionByArnRequest`](crate::types::GetLayerVersionByArnRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct GetLayerVersionByArnRequestBuilder {
    pub(crate) arn: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for GetLayerVersionByArnRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetLayerVersionByArnRequestBuilder").finish_non_exhaustive()
    }
}
impl GetLayerVersionByArnRequestBuilder {
    /// See [`GetLayerVersionByArnRequest::arn`](crate::types::GetLayerVersionByArnRequest::arn).
    pub fn arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`arn`](Self::arn).
    pub fn set_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.arn = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::GetLayerVersionByArnRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::GetLayerVersionByArnRequest {
            arn: self
                .arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "GetLayerVersionByArnRequest",
                        "arn",
                    ),
                )?,
        })
    }
}
/// A builder for [`GetLayerVersionPolicyRequest`](crate::types::GetLayerVersionPolicyRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct GetLayerVersionPolicyRequestBuilder {
    pub(crate) layer_name: ::std::option::Option<::std::string::String>,
    pub(crate) version_number: ::std::option::Option<i64>,
}
impl ::std::fmt::Debug for GetLayerVersionPolicyRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetLayerVersionPolicyRequestBuilder").finish_non_exhaustive()
    }
}
impl GetLayerVersionPolicyRequestBuilder {
    /// See [`GetLayerVersionPolicyRequest::layer_name`](crate::types::GetLayerVersionPolicyRequest::layer_name).
    pub fn layer_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.layer_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`layer_name`](Self::layer_name).
    pub fn set_layer_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.layer_name = input;
        self
    }
    /// See [`GetLayerVersionPolicyRequest::version_number`](crate::types::GetLayerVersionPolicyRequest::version_number).
    pub fn version_number(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.version_number = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`version_number`](Self::version_number).
    pub fn set_version_number(mut self, input: ::std::option::Option<i64>) -> Self {
        self.version_number = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::GetLayerVersionPolicyRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::GetLayerVersionPolicyRequest {
            layer_name: self
                .layer_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "GetLayerVersionPolicyRequest",
                        "layer_name",
                    ),
                )?,
            version_number: self
                .version_number
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "GetLayerVersionPolicyRequest",
                        "version_number",
                    ),
                )?,
        })
    }
}
/// A builder for [`GetLayerVersionPolicyResponse`](crate::types::GetLayerVersionPolicyResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct GetLayerVersionPolicyResponseBuilder {
    pub(crate) policy: ::std::option::Option<::std::string::String>,
    pub(crate) revision_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for GetLayerVersionPolicyResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetLayerVersionPolicyResponseBuilder").finish_non_exhaustive()
    }
}
impl GetLayerVersionPolicyResponseBuilder {
    /// See [`GetLayerVersionPolicyResponse::policy`](crate::types::GetLayerVersionPolicyResponse::policy).
    pub fn policy(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.policy = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`policy`](Self::policy).
    pub fn set_policy(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.policy = input;
        self
    }
    /// See [`GetLayerVersionPolicyResponse::revision_id`](crate::types::GetLayerVersionPolicyResponse::revision_id).
    pub fn revision_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.revision_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`revision_id`](Self::revision_id).
    pub fn set_revision_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.revision_id = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::GetLayerVersionPolicyResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::GetLayerVersionPolicyResponse {
            policy: self.policy,
            revision_id: self.revision_id,
        })
    }
}
/// A builder for [`GetLayerVersionRequest`](crate::types::GetLayerVersionRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct GetLayerVersionRequestBuilder {
    pub(crate) layer_name: ::std::option::Option<::std::string::String>,
    pub(crate) version_number: ::std::option::Option<i64>,
}
impl ::std::fmt::Debug for GetLayerVersionRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetLayerVersionRequestBuilder").finish_non_exhaustive()
    }
}
impl GetLayerVersionRequestBuilder {
    /// See [`GetLayerVersionRequest::layer_name`](crate::types::GetLayerVersionRequest::layer_name).
    pub fn layer_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.layer_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`layer_name`](Self::layer_name).
    pub fn set_layer_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.layer_name = input;
        self
    }
    /// See [`GetLayerVersionRequest::version_number`](crate::types::GetLayerVersionRequest::version_number).
    pub fn version_number(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.version_number = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`version_number`](Self::version_number).
    pub fn set_version_number(mut self, input: ::std::option::Option<i64>) -> Self {
        self.version_number = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::GetLayerVersionRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::GetLayerVersionRequest {
            layer_name: self
                .layer_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "GetLayerVersionRequest",
                        "layer_name",
                    ),
                )?,
            version_number: self
                .version_number
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "GetLayerVersionRequest",
                        "version_number",
                    ),
                )?,
        })
    }
}
/// A builder for [`GetLayerVersionResponse`](crate::types::GetLayerVersionResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct GetLayerVersionResponseBuilder {
    pub(crate) compatible_architectures: ::std::option::Option<
        ::std::vec::Vec<crate::types::Architecture>,
    >,
    pub(crate) compatible_runtimes: ::std::option::Option<
        ::std::vec::Vec<crate::types::Runtime>,
    >,
    pub(crate) content: ::std::option::Option<crate::types::LayerVersionContentOutput>,
    pub(crate) created_date: ::std::option::Option<::std::string::String>,
    pub(crate) description: ::std::option::Option<::std::string::String>,
    pub(crate) layer_arn: ::std::option::Option<::std::string::String>,
    pub(crate) layer_version_arn: ::std::option::Option<::std::string::String>,
    pub(crate) license_info: ::std::option::Option<::std::string::String>,
    pub(crate) version: ::std::option::Option<i64>,
}
impl ::std::fmt::Debug for GetLayerVersionResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetLayerVersionResponseBuilder").finish_non_exhaustive()
    }
}
impl GetLayerVersionResponseBuilder {
    /// See [`GetLayerVersionResponse::compatible_architectures`](crate::types::GetLayerVersionResponse::compatible_architectures).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn compatible_architectures(
        mut self,
        input: impl ::std::convert::Into<crate::types::Architecture>,
    ) -> Self {
        self.compatible_architectures
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`compatible_architectures`](Self::compatible_architectures).
    pub fn set_compatible_architectures(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::Architecture>>,
    ) -> Self {
        self.compatible_architectures = input;
        self
    }
    /// See [`GetLayerVersionResponse::compatible_runtimes`](crate::types::GetLayerVersionResponse::compatible_runtimes).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn compatible_runtimes(
        mut self,
        input: impl ::std::convert::Into<crate::types::Runtime>,
    ) -> Self {
        self.compatible_runtimes
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`compatible_runtimes`](Self::compatible_runtimes).
    pub fn set_compatible_runtimes(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::Runtime>>,
    ) -> Self {
        self.compatible_runtimes = input;
        self
    }
    /// See [`GetLayerVersionResponse::content`](crate::types::GetLayerVersionResponse::content).
    pub fn content(
        mut self,
        input: impl ::std::convert::Into<crate::types::LayerVersionContentOutput>,
    ) -> Self {
        self.content = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`content`](Self::content).
    pub fn set_content(
        mut self,
        input: ::std::option::Option<crate::types::LayerVersionContentOutput>,
    ) -> Self {
        self.content = input;
        self
    }
    /// See [`GetLayerVersionResponse::created_date`](crate::types::GetLayerVersionResponse::created_date).
    pub fn created_date(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.created_date = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`created_date`](Self::created_date).
    pub fn set_created_date(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.created_date = input;
        self
    }
    /// See [`GetLayerVersionResponse::description`](crate::types::GetLayerVersionResponse::description).
    pub fn description(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.description = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`description`](Self::description).
    pub fn set_description(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.description = input;
        self
    }
    /// See [`GetLayerVersionResponse::layer_arn`](crate::types::GetLayerVersionResponse::layer_arn).
    pub fn layer_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.layer_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`layer_arn`](Self::layer_arn).
    pub fn set_layer_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.layer_arn = input;
        self
    }
    /// See [`GetLayerVersionResponse::layer_version_arn`](crate::types::GetLayerVersionResponse::layer_version_arn).
    pub fn layer_version_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.layer_version_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`layer_version_arn`](Self::layer_version_arn).
    pub fn set_layer_version_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.layer_version_arn = input;
        self
    }
    /// See [`GetLayerVersionResponse::license_info`](crate::types::GetLayerVersionResponse::license_info).
    pub fn license_info(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.license_info = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`license_info`](Self::license_info).
    pub fn set_license_info(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.license_info = input;
        self
    }
    /// See [`GetLayerVersionResponse::version`](crate::types::GetLayerVersionResponse::version).
    pub fn version(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.version = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`version`](Self::version).
    pub fn set_version(mut self, input: ::std::option::Option<i64>) -> Self {
        self.version = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::GetLayerVersionResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::GetLayerVersionResponse {
            compatible_architectures: self.compatible_architectures,
            compatible_runtimes: self.compatible_runtimes,
            content: self.content,
            created_date: self.created_date,
            description: self.description,
            layer_arn: self.layer_arn,
            layer_version_arn: self.layer_version_arn,
            license_info: self.license_info,
            version: self.version,
        })
    }
}
/// A builder for [`GetPolicyRequest`](crate::types::GetPolicyRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct GetPolicyRequestBuilder {
    pub(crate) function_name: ::std::option::Option<::std::string::String>,
    pub(crate) qualifier: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for GetPolicyRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetPolicyRequestBuilder").finish_non_exhaustive()
    }
}
impl GetPolicyRequestBuilder {
    /// See [`GetPolicyRequest::function_name`](crate::types::GetPolicyRequest::function_name).
    pub fn function_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.function_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`function_name`](Self::function_name).
    pub fn set_function_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.function_name = input;
        self
    }
    /// See [`GetPolicyRequest::qualifier`](crate::types::GetPolicyRequest::qualifier).
    pub fn qualifier(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.qualifier = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`qualifier`](Self::qualifier).
    pub fn set_qualifier(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.qualifier = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::GetPolicyRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::GetPolicyRequest {
            function_name: self
                .function_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "GetPolicyRequest",
                        "function_name",
                    ),
                )?,
            qualifier: self.qualifier,
        })
    }
}
/// A builder for [`GetPolicyResponse`](crate::types::GetPolicyResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct GetPolicyResponseBuilder {
    pub(crate) policy: ::std::option::Option<::std::string::String>,
    pub(crate) revision_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for GetPolicyResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetPolicyResponseBuilder").finish_non_exhaustive()
    }
}
impl GetPolicyResponseBuilder {
    /// See [`GetPolicyResponse::policy`](crate::types::GetPolicyResponse::policy).
    pub fn policy(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.policy = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`policy`](Self::policy).
    pub fn set_policy(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.policy = input;
        self
    }
    /// See [`GetPolicyResponse::revision_id`](crate::types::GetPolicyResponse::revision_id).
    pub fn revision_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.revision_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`revision_id`](Self::revision_id).
    pub fn set_revision_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.revision_id = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::GetPolicyResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::GetPolicyResponse {
            policy: self.policy,
            revision_id: self.revision_id,
        })
    }
}
/// A builder for [`GetProvisionedConcurrencyConfigRequest`](crate::types::GetProvisionedConcurrencyConfigRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct GetProvisionedConcurrencyConfigRequestBuilder {
    pub(crate) function_name: ::std::option::Option<::std::string::String>,
    pub(crate) qualifier: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for GetProvisionedConcurrencyConfigRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetProvisionedConcurrencyConfigRequestBuilder")
            .finish_non_exhaustive()
    }
}
impl GetProvisionedConcurrencyConfigRequestBuilder {
    /// See [`GetProvisionedConcurrencyConfigRequest::function_name`](crate::types::GetProvisionedConcurrencyConfigRequest::function_name).
    pub fn function_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.function_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`function_name`](Self::function_name).
    pub fn set_function_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.function_name = input;
        self
    }
    /// See [`GetProvisionedConcurrencyConfigRequest::qualifier`](crate::types::GetProvisionedConcurrencyConfigRequest::qualifier).
    pub fn qualifier(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.qualifier = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`qualifier`](Self::qualifier).
    pub fn set_qualifier(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.qualifier = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::GetProvisionedConcurrencyConfigRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::GetProvisionedConcurrencyConfigRequest {
            function_name: self
                .function_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "GetProvisionedConcurrencyConfigRequest",
                        "function_name",
                    ),
                )?,
            qualifier: self
                .qualifier
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "GetProvisionedConcurrencyConfigRequest",
                        "qualifier",
                    ),
                )?,
        })
    }
}
/// A builder for [`GetProvisionedConcurrencyConfigResponse`](crate::types::GetProvisionedConcurrencyConfigResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct GetProvisionedConcurrencyConfigResponseBuilder {
    pub(crate) allocated_provisioned_concurrent_executions: ::std::option::Option<i64>,
    pub(crate) available_provisioned_concurrent_executions: ::std::option::Option<i64>,
    pub(crate) last_modified: ::std::option::Option<::std::string::String>,
    pub(crate) requested_provisioned_concurrent_executions: ::std::option::Option<i64>,
    pub(crate) status: ::std::option::Option<
        crate::types::ProvisionedConcurrencyStatusEnum,
    >,
    pub(crate) status_reason: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for GetProvisionedConcurrencyConfigResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetProvisionedConcurrencyConfigResponseBuilder")
            .finish_non_exhaustive()
    }
}
impl GetProvisionedConcurrencyConfigResponseBuilder {
    /// See [`GetProvisionedConcurrencyConfigResponse::allocated_provisioned_concurrent_executions`](crate::types::GetProvisionedConcurrencyConfigResponse::allocated_provisioned_concurrent_executions).
    pub fn allocated_provisioned_concurrent_executions(
        mut self,
        input: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.allocated_provisioned_concurrent_executions = ::std::option::Option::Some(
            input.into(),
        );
        self
    }
    /// Sets or clears [`allocated_provisioned_concurrent_executions`](Self::allocated_provisioned_concurrent_executions).
    pub fn set_allocated_provisioned_concurrent_executions(
        mut self,
        input: ::std::option::Option<i64>,
    ) -> Self {
        self.allocated_provisioned_concurrent_executions = input;
        self
    }
    /// See [`GetProvisionedConcurrencyConfigResponse::available_provisioned_concurrent_executions`](crate::types::GetProvisionedConcurrencyConfigResponse::available_provisioned_concurrent_executions).
    pub fn available_provisioned_concurrent_executions(
        mut self,
        input: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.available_provisioned_concurrent_executions = ::std::option::Option::Some(
            input.into(),
        );
        self
    }
    /// Sets or clears [`available_provisioned_concurrent_executions`](Self::available_provisioned_concurrent_executions).
    pub fn set_available_provisioned_concurrent_executions(
        mut self,
        input: ::std::option::Option<i64>,
    ) -> Self {
        self.available_provisioned_concurrent_executions = input;
        self
    }
    /// See [`GetProvisionedConcurrencyConfigResponse::last_modified`](crate::types::GetProvisionedConcurrencyConfigResponse::last_modified).
    pub fn last_modified(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.last_modified = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`last_modified`](Self::last_modified).
    pub fn set_last_modified(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.last_modified = input;
        self
    }
    /// See [`GetProvisionedConcurrencyConfigResponse::requested_provisioned_concurrent_executions`](crate::types::GetProvisionedConcurrencyConfigResponse::requested_provisioned_concurrent_executions).
    pub fn requested_provisioned_concurrent_executions(
        mut self,
        input: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.requested_provisioned_concurrent_executions = ::std::option::Option::Some(
            input.into(),
        );
        self
    }
    /// Sets or clears [`requested_provisioned_concurrent_executions`](Self::requested_provisioned_concurrent_executions).
    pub fn set_requested_provisioned_concurrent_executions(
        mut self,
        input: ::std::option::Option<i64>,
    ) -> Self {
        self.requested_provisioned_concurrent_executions = input;
        self
    }
    /// See [`GetProvisionedConcurrencyConfigResponse::status`](crate::types::GetProvisionedConcurrencyConfigResponse::status).
    pub fn status(
        mut self,
        input: impl ::std::convert::Into<crate::types::ProvisionedConcurrencyStatusEnum>,
    ) -> Self {
        self.status = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`status`](Self::status).
    pub fn set_status(
        mut self,
        input: ::std::option::Option<crate::types::ProvisionedConcurrencyStatusEnum>,
    ) -> Self {
        self.status = input;
        self
    }
    /// See [`GetProvisionedConcurrencyConfigResponse::status_reason`](crate::types::GetProvisionedConcurrencyConfigResponse::status_reason).
    pub fn status_reason(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.status_reason = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`status_reason`](Self::status_reason).
    pub fn set_status_reason(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.status_reason = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::GetProvisionedConcurrencyConfigResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::GetProvisionedConcurrencyConfigResponse {
            allocated_provisioned_concurrent_executions: self
                .allocated_provisioned_concurrent_executions,
            available_provisioned_concurrent_executions: self
                .available_provisioned_concurrent_executions,
            last_modified: self.last_modified,
            requested_provisioned_concurrent_executions: self
                .requested_provisioned_concurrent_executions,
            status: self.status,
            status_reason: self.status_reason,
        })
    }
}
/// A builder for [`GetResourcePolicyRequest`](crate::types::GetResourcePolicyRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct GetResourcePolicyRequestBuilder {
    pub(crate) resource_arn: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for GetResourcePolicyRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetResourcePolicyRequestBuilder").finish_non_exhaustive()
    }
}
impl GetResourcePolicyRequestBuilder {
    /// See [`GetResourcePolicyRequest::resource_arn`](crate::types::GetResourcePolicyRequest::resource_arn).
    pub fn resource_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.resource_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`resource_arn`](Self::resource_arn).
    pub fn set_resource_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.resource_arn = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::GetResourcePolicyRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::GetResourcePolicyRequest {
            resource_arn: self
                .resource_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "GetResourcePolicyRequest",
                        "resource_arn",
                    ),
                )?,
        })
    }
}
/// A builder for [`GetResourcePolicyResponse`](crate::types::GetResourcePolicyResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct GetResourcePolicyResponseBuilder {
    pub(crate) policy: ::std::option::Option<::std::string::String>,
    pub(crate) revision_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for GetResourcePolicyResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetResourcePolicyResponseBuilder").finish_non_exhaustive()
    }
}
impl GetResourcePolicyResponseBuilder {
    /// See [`GetResourcePolicyResponse::policy`](crate::types::GetResourcePolicyResponse::policy).
    pub fn policy(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.policy = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`policy`](Self::policy).
    pub fn set_policy(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.policy = input;
        self
    }
    /// See [`GetResourcePolicyResponse::revision_id`](crate::types::GetResourcePolicyResponse::revision_id).
    pub fn revision_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.revision_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`revision_id`](Self::revision_id).
    pub fn set_revision_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.revision_id = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::GetResourcePolicyResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::GetResourcePolicyResponse {
            policy: self.policy,
            revision_id: self.revision_id,
        })
    }
}
/// A builder for [`GetRuntimeManagementConfigRequest`](crate::types::GetRuntimeManagementConfigRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct GetRuntimeManagementConfigRequestBuilder {
    pub(crate) function_name: ::std::option::Option<::std::string::String>,
    pub(crate) qualifier: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for GetRuntimeManagementConfigRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetRuntimeManagementConfigRequestBuilder")
            .finish_non_exhaustive()
    }
}
impl GetRuntimeManagementConfigRequestBuilder {
    /// See [`GetRuntimeManagementConfigRequest::function_name`](crate::types::GetRuntimeManagementConfigRequest::function_name).
    pub fn function_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.function_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`function_name`](Self::function_name).
    pub fn set_function_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.function_name = input;
        self
    }
    /// See [`GetRuntimeManagementConfigRequest::qualifier`](crate::types::GetRuntimeManagementConfigRequest::qualifier).
    pub fn qualifier(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.qualifier = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`qualifier`](Self::qualifier).
    pub fn set_qualifier(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.qualifier = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::GetRuntimeManagementConfigRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::GetRuntimeManagementConfigRequest {
            function_name: self
                .function_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "GetRuntimeManagementConfigRequest",
                        "function_name",
                    ),
                )?,
            qualifier: self.qualifier,
        })
    }
}
/// A builder for [`GetRuntimeManagementConfigResponse`](crate::types::GetRuntimeManagementConfigResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct GetRuntimeManagementConfigResponseBuilder {
    pub(crate) function_arn: ::std::option::Option<::std::string::String>,
    pub(crate) runtime_version_arn: ::std::option::Option<::std::string::String>,
    pub(crate) update_runtime_on: ::std::option::Option<crate::types::UpdateRuntimeOn>,
}
impl ::std::fmt::Debug for GetRuntimeManagementConfigResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetRuntimeManagementConfigResponseBuilder")
            .finish_non_exhaustive()
    }
}
impl GetRuntimeManagementConfigResponseBuilder {
    /// See [`GetRuntimeManagementConfigResponse::function_arn`](crate::types::GetRuntimeManagementConfigResponse::function_arn).
    pub fn function_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.function_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`function_arn`](Self::function_arn).
    pub fn set_function_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.function_arn = input;
        self
    }
    /// See [`GetRuntimeManagementConfigResponse::runtime_version_arn`](crate::types::GetRuntimeManagementConfigResponse::runtime_version_arn).
    pub fn runtime_version_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.runtime_version_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`runtime_version_arn`](Self::runtime_version_arn).
    pub fn set_runtime_version_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.runtime_version_arn = input;
        self
    }
    /// See [`GetRuntimeManagementConfigResponse::update_runtime_on`](crate::types::GetRuntimeManagementConfigResponse::update_runtime_on).
    pub fn update_runtime_on(
        mut self,
        input: impl ::std::convert::Into<crate::types::UpdateRuntimeOn>,
    ) -> Self {
        self.update_runtime_on = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`update_runtime_on`](Self::update_runtime_on).
    pub fn set_update_runtime_on(
        mut self,
        input: ::std::option::Option<crate::types::UpdateRuntimeOn>,
    ) -> Self {
        self.update_runtime_on = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::GetRuntimeManagementConfigResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::GetRuntimeManagementConfigResponse {
            function_arn: self.function_arn,
            runtime_version_arn: self.runtime_version_arn,
            update_runtime_on: self.update_runtime_on,
        })
    }
}
/// A builder for [`ImageConfig`](crate::types::ImageConfig).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ImageConfigBuilder {
    pub(crate) command: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub(crate) entry_point: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    pub(crate) working_directory: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ImageConfigBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ImageConfigBuilder").finish_non_exhaustive()
    }
}
impl ImageConfigBuilder {
    /// See [`ImageConfig::command`](crate::types::ImageConfig::command).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn command(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.command.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`command`](Self::command).
    pub fn set_command(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.command = input;
        self
    }
    /// See [`ImageConfig::entry_point`](crate::types::ImageConfig::entry_point).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn entry_point(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.entry_point.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`entry_point`](Self::entry_point).
    pub fn set_entry_point(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.entry_point = input;
        self
    }
    /// See [`ImageConfig::working_directory`](crate::types::ImageConfig::working_directory).
    pub fn working_directory(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.working_directory = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`working_directory`](Self::working_directory).
    pub fn set_working_directory(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.working_directory = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::ImageConfig, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::ImageConfig {
            command: self.command,
            entry_point: self.entry_point,
            working_directory: self.working_directory,
        })
    }
}
/// A builder for [`ImageConfigError`](crate::types::ImageConfigError).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ImageConfigErrorBuilder {
    pub(crate) error_code: ::std::option::Option<::std::string::String>,
    pub(crate) message: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ImageConfigErrorBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ImageConfigErrorBuilder").finish_non_exhaustive()
    }
}
impl ImageConfigErrorBuilder {
    /// See [`ImageConfigError::error_code`](crate::types::ImageConfigError::error_code).
    pub fn error_code(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.error_code = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`error_code`](Self::error_code).
    pub fn set_error_code(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.error_code = input;
        self
    }
    /// See [`ImageConfigError::message`](crate::types::ImageConfigError::message).
    pub fn message(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.message = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`message`](Self::message).
    pub fn set_message(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.message = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ImageConfigError,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ImageConfigError {
            error_code: self.error_code,
            message: self.message,
        })
    }
}
/// A builder for [`ImageConfigResponse`](crate::types::ImageConfigResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ImageConfigResponseBuilder {
    pub(crate) error: ::std::option::Option<crate::types::ImageConfigError>,
    pub(crate) image_config: ::std::option::Option<crate::types::ImageConfig>,
}
impl ::std::fmt::Debug for ImageConfigResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ImageConfigResponseBuilder").finish_non_exhaustive()
    }
}
impl ImageConfigResponseBuilder {
    /// See [`ImageConfigResponse::error`](crate::types::ImageConfigResponse::error).
    pub fn error(
        mut self,
        input: impl ::std::convert::Into<crate::types::ImageConfigError>,
    ) -> Self {
        self.error = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`error`](Self::error).
    pub fn set_error(
        mut self,
        input: ::std::option::Option<crate::types::ImageConfigError>,
    ) -> Self {
        self.error = input;
        self
    }
    /// See [`ImageConfigResponse::image_config`](crate::types::ImageConfigResponse::image_config).
    pub fn image_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::ImageConfig>,
    ) -> Self {
        self.image_config = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`image_config`](Self::image_config).
    pub fn set_image_config(
        mut self,
        input: ::std::option::Option<crate::types::ImageConfig>,
    ) -> Self {
        self.image_config = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ImageConfigResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ImageConfigResponse {
            error: self.error,
            image_config: self.image_config,
        })
    }
}
/// A builder for [`InstanceRequirements`](crate::types::InstanceRequirements).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct InstanceRequirementsBuilder {
    pub(crate) allowed_instance_types: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    pub(crate) architectures: ::std::option::Option<
        ::std::vec::Vec<crate::types::Architecture>,
    >,
    pub(crate) excluded_instance_types: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
}
impl ::std::fmt::Debug for InstanceRequirementsBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("InstanceRequirementsBuilder").finish_non_exhaustive()
    }
}
impl InstanceRequirementsBuilder {
    /// See [`InstanceRequirements::allowed_instance_types`](crate::types::InstanceRequirements::allowed_instance_types).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn allowed_instance_types(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.allowed_instance_types
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`allowed_instance_types`](Self::allowed_instance_types).
    pub fn set_allowed_instance_types(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.allowed_instance_types = input;
        self
    }
    /// See [`InstanceRequirements::architectures`](crate::types::InstanceRequirements::architectures).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn architectures(
        mut self,
        input: impl ::std::convert::Into<crate::types::Architecture>,
    ) -> Self {
        self.architectures.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`architectures`](Self::architectures).
    pub fn set_architectures(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::Architecture>>,
    ) -> Self {
        self.architectures = input;
        self
    }
    /// See [`InstanceRequirements::excluded_instance_types`](crate::types::InstanceRequirements::excluded_instance_types).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn excluded_instance_types(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.excluded_instance_types
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`excluded_instance_types`](Self::excluded_instance_types).
    pub fn set_excluded_instance_types(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.excluded_instance_types = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::InstanceRequirements,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::InstanceRequirements {
            allowed_instance_types: self.allowed_instance_types,
            architectures: self.architectures,
            excluded_instance_types: self.excluded_instance_types,
        })
    }
}
/// A builder for [`InvocationCompletedDetails`](crate::types::InvocationCompletedDetails).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct InvocationCompletedDetailsBuilder {
    pub(crate) end_timestamp: ::std::option::Option<crate::runtime::Timestamp>,
    pub(crate) error: ::std::option::Option<crate::types::EventError>,
    pub(crate) request_id: ::std::option::Option<::std::string::String>,
    pub(crate) start_timestamp: ::std::option::Option<crate::runtime::Timestamp>,
}
impl ::std::fmt::Debug for InvocationCompletedDetailsBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("InvocationCompletedDetailsBuilder").finish_non_exhaustive()
    }
}
impl InvocationCompletedDetailsBuilder {
    /// See [`InvocationCompletedDetails::end_timestamp`](crate::types::InvocationCompletedDetails::end_timestamp).
    pub fn end_timestamp(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.end_timestamp = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`end_timestamp`](Self::end_timestamp).
    pub fn set_end_timestamp(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.end_timestamp = input;
        self
    }
    /// See [`InvocationCompletedDetails::error`](crate::types::InvocationCompletedDetails::error).
    pub fn error(
        mut self,
        input: impl ::std::convert::Into<crate::types::EventError>,
    ) -> Self {
        self.error = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`error`](Self::error).
    pub fn set_error(
        mut self,
        input: ::std::option::Option<crate::types::EventError>,
    ) -> Self {
        self.error = input;
        self
    }
    /// See [`InvocationCompletedDetails::request_id`](crate::types::InvocationCompletedDetails::request_id).
    pub fn request_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.request_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`request_id`](Self::request_id).
    pub fn set_request_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.request_id = input;
        self
    }
    /// See [`InvocationCompletedDetails::start_timestamp`](crate::types::InvocationCompletedDetails::start_timestamp).
    pub fn start_timestamp(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.start_timestamp = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`start_timestamp`](Self::start_timestamp).
    pub fn set_start_timestamp(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.start_timestamp = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::InvocationCompletedDetails,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::InvocationCompletedDetails {
            end_timestamp: self
                .end_timestamp
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "InvocationCompletedDetails",
                        "end_timestamp",
                    ),
                )?,
            error: self.error,
            request_id: self
                .request_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "InvocationCompletedDetails",
                        "request_id",
                    ),
                )?,
            start_timestamp: self
                .start_timestamp
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "InvocationCompletedDetails",
                        "start_timestamp",
                    ),
                )?,
        })
    }
}
/// A builder for [`InvocationRequest`](crate::types::InvocationRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct InvocationRequestBuilder {
    pub(crate) client_context: ::std::option::Option<::std::string::String>,
    pub(crate) durable_execution_name: ::std::option::Option<::std::string::String>,
    pub(crate) function_name: ::std::option::Option<::std::string::String>,
    pub(crate) invocation_type: ::std::option::Option<crate::types::InvocationType>,
    pub(crate) log_type: ::std::option::Option<crate::types::LogType>,
    pub(crate) payload: ::std::option::Option<crate::runtime::Blob>,
    pub(crate) qualifier: ::std::option::Option<::std::string::String>,
    pub(crate) tenant_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for InvocationRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("InvocationRequestBuilder").finish_non_exhaustive()
    }
}
impl InvocationRequestBuilder {
    /// See [`InvocationRequest::client_context`](crate::types::InvocationRequest::client_context).
    pub fn client_context(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.client_context = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`client_context`](Self::client_context).
    pub fn set_client_context(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.client_context = input;
        self
    }
    /// See [`InvocationRequest::durable_execution_name`](crate::types::InvocationRequest::durable_execution_name).
    pub fn durable_execution_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.durable_execution_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`durable_execution_name`](Self::durable_execution_name).
    pub fn set_durable_execution_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.durable_execution_name = input;
        self
    }
    /// See [`InvocationRequest::function_name`](crate::types::InvocationRequest::function_name).
    pub fn function_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.function_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`function_name`](Self::function_name).
    pub fn set_function_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.function_name = input;
        self
    }
    /// See [`InvocationRequest::invocation_type`](crate::types::InvocationRequest::invocation_type).
    pub fn invocation_type(
        mut self,
        input: impl ::std::convert::Into<crate::types::InvocationType>,
    ) -> Self {
        self.invocation_type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`invocation_type`](Self::invocation_type).
    pub fn set_invocation_type(
        mut self,
        input: ::std::option::Option<crate::types::InvocationType>,
    ) -> Self {
        self.invocation_type = input;
        self
    }
    /// See [`InvocationRequest::log_type`](crate::types::InvocationRequest::log_type).
    pub fn log_type(
        mut self,
        input: impl ::std::convert::Into<crate::types::LogType>,
    ) -> Self {
        self.log_type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`log_type`](Self::log_type).
    pub fn set_log_type(
        mut self,
        input: ::std::option::Option<crate::types::LogType>,
    ) -> Self {
        self.log_type = input;
        self
    }
    /// See [`InvocationRequest::payload`](crate::types::InvocationRequest::payload).
    pub fn payload(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Blob>,
    ) -> Self {
        self.payload = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`payload`](Self::payload).
    pub fn set_payload(
        mut self,
        input: ::std::option::Option<crate::runtime::Blob>,
    ) -> Self {
        self.payload = input;
        self
    }
    /// See [`InvocationRequest::qualifier`](crate::types::InvocationRequest::qualifier).
    pub fn qualifier(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.qualifier = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`qualifier`](Self::qualifier).
    pub fn set_qualifier(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.qualifier = input;
        self
    }
    /// See [`InvocationRequest::tenant_id`](crate::types::InvocationRequest::tenant_id).
    pub fn tenant_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.tenant_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`tenant_id`](Self::tenant_id).
    pub fn set_tenant_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.tenant_id = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::InvocationRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::InvocationRequest {
            client_context: self.client_context,
            durable_execution_name: self.durable_execution_name,
            function_name: self
                .function_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "InvocationRequest",
                        "function_name",
                    ),
                )?,
            invocation_type: self.invocation_type,
            log_type: self.log_type,
            payload: self.payload,
            qualifier: self.qualifier,
            tenant_id: self.tenant_id,
        })
    }
}
/// A builder for [`InvocationResponse`](crate::types::InvocationResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct InvocationResponseBuilder {
    pub(crate) durable_execution_arn: ::std::option::Option<::std::string::String>,
    pub(crate) executed_version: ::std::option::Option<::std::string::String>,
    pub(crate) function_error: ::std::option::Option<::std::string::String>,
    pub(crate) log_result: ::std::option::Option<::std::string::String>,
    pub(crate) payload: ::std::option::Option<crate::runtime::Blob>,
    pub(crate) status_code: ::std::option::Option<i64>,
}
impl ::std::fmt::Debug for InvocationResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("InvocationResponseBuilder").finish_non_exhaustive()
    }
}
impl InvocationResponseBuilder {
    /// See [`InvocationResponse::durable_execution_arn`](crate::types::InvocationResponse::durable_execution_arn).
    pub fn durable_execution_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.durable_execution_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`durable_execution_arn`](Self::durable_execution_arn).
    pub fn set_durable_execution_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.durable_execution_arn = input;
        self
    }
    /// See [`InvocationResponse::executed_version`](crate::types::InvocationResponse::executed_version).
    pub fn executed_version(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.executed_version = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`executed_version`](Self::executed_version).
    pub fn set_executed_version(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.executed_version = input;
        self
    }
    /// See [`InvocationResponse::function_error`](crate::types::InvocationResponse::function_error).
    pub fn function_error(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.function_error = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`function_error`](Self::function_error).
    pub fn set_function_error(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.function_error = input;
        self
    }
    /// See [`InvocationResponse::log_result`](crate::types::InvocationResponse::log_result).
    pub fn log_result(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.log_result = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`log_result`](Self::log_result).
    pub fn set_log_result(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.log_result = input;
        self
    }
    /// See [`InvocationResponse::payload`](crate::types::InvocationResponse::payload).
    pub fn payload(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Blob>,
    ) -> Self {
        self.payload = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`payload`](Self::payload).
    pub fn set_payload(
        mut self,
        input: ::std::option::Option<crate::runtime::Blob>,
    ) -> Self {
        self.payload = input;
        self
    }
    /// See [`InvocationResponse::status_code`](crate::types::InvocationResponse::status_code).
    pub fn status_code(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.status_code = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`status_code`](Self::status_code).
    pub fn set_status_code(mut self, input: ::std::option::Option<i64>) -> Self {
        self.status_code = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::InvocationResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::InvocationResponse {
            durable_execution_arn: self.durable_execution_arn,
            executed_version: self.executed_version,
            function_error: self.function_error,
            log_result: self.log_result,
            payload: self.payload,
            status_code: self.status_code,
        })
    }
}
/// A builder for [`InvokeAsyncRequest`](crate::types::InvokeAsyncRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct InvokeAsyncRequestBuilder {
    pub(crate) function_name: ::std::option::Option<::std::string::String>,
    pub(crate) invoke_args: ::std::option::Option<crate::runtime::Blob>,
}
impl ::std::fmt::Debug for InvokeAsyncRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("InvokeAsyncRequestBuilder").finish_non_exhaustive()
    }
}
impl InvokeAsyncRequestBuilder {
    /// See [`InvokeAsyncRequest::function_name`](crate::types::InvokeAsyncRequest::function_name).
    pub fn function_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.function_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`function_name`](Self::function_name).
    pub fn set_function_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.function_name = input;
        self
    }
    /// See [`InvokeAsyncRequest::invoke_args`](crate::types::InvokeAsyncRequest::invoke_args).
    pub fn invoke_args(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Blob>,
    ) -> Self {
        self.invoke_args = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`invoke_args`](Self::invoke_args).
    pub fn set_invoke_args(
        mut self,
        input: ::std::option::Option<crate::runtime::Blob>,
    ) -> Self {
        self.invoke_args = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::InvokeAsyncRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::InvokeAsyncRequest {
            function_name: self
                .function_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "InvokeAsyncRequest",
                        "function_name",
                    ),
                )?,
            invoke_args: self
                .invoke_args
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "InvokeAsyncRequest",
                        "invoke_args",
                    ),
                )?,
        })
    }
}
/// A builder for [`InvokeAsyncResponse`](crate::types::InvokeAsyncResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct InvokeAsyncResponseBuilder {
    pub(crate) status: ::std::option::Option<i64>,
}
impl ::std::fmt::Debug for InvokeAsyncResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("InvokeAsyncResponseBuilder").finish_non_exhaustive()
    }
}
impl InvokeAsyncResponseBuilder {
    /// See [`InvokeAsyncResponse::status`](crate::types::InvokeAsyncResponse::status).
    pub fn status(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.status = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`status`](Self::status).
    pub fn set_status(mut self, input: ::std::option::Option<i64>) -> Self {
        self.status = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::InvokeAsyncResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::InvokeAsyncResponse {
            status: self.status,
        })
    }
}
/// A builder for [`InvokeResponseStreamUpdate`](crate::types::InvokeResponseStreamUpdate).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct InvokeResponseStreamUpdateBuilder {
    pub(crate) payload: ::std::option::Option<crate::runtime::Blob>,
}
impl ::std::fmt::Debug for InvokeResponseStreamUpdateBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("InvokeResponseStreamUpdateBuilder").finish_non_exhaustive()
    }
}
impl InvokeResponseStreamUpdateBuilder {
    /// See [`InvokeResponseStreamUpdate::payload`](crate::types::InvokeResponseStreamUpdate::payload).
    pub fn payload(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Blob>,
    ) -> Self {
        self.payload = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`payload`](Self::payload).
    pub fn set_payload(
        mut self,
        input: ::std::option::Option<crate::runtime::Blob>,
    ) -> Self {
        self.payload = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::InvokeResponseStreamUpdate,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::InvokeResponseStreamUpdate {
            payload: self.payload,
        })
    }
}
/// A builder for [`InvokeWithResponseStreamCompleteEvent`](crate::types::InvokeWithResponseStreamCompleteEvent).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct InvokeWithResponseStreamCompleteEventBuilder {
    pub(crate) error_code: ::std::option::Option<::std::string::String>,
    pub(crate) error_details: ::std::option::Option<::std::string::String>,
    pub(crate) log_result: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for InvokeWithResponseStreamCompleteEventBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("InvokeWithResponseStreamCompleteEventBuilder")
            .finish_non_exhaustive()
    }
}
impl InvokeWithResponseStreamCompleteEventBuilder {
    /// See [`InvokeWithResponseStreamCompleteEvent::error_code`](crate::types::InvokeWithResponseStreamCompleteEvent::error_code).
    pub fn error_code(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.error_code = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`error_code`](Self::error_code).
    pub fn set_error_code(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.error_code = input;
        self
    }
    /// See [`InvokeWithResponseStreamCompleteEvent::error_details`](crate::types::InvokeWithResponseStreamCompleteEvent::error_details).
    pub fn error_details(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.error_details = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`error_details`](Self::error_details).
    pub fn set_error_details(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.error_details = input;
        self
    }
    /// See [`InvokeWithResponseStreamCompleteEvent::log_result`](crate::types::InvokeWithResponseStreamCompleteEvent::log_result).
    pub fn log_result(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.log_result = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`log_result`](Self::log_result).
    pub fn set_log_result(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.log_result = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::InvokeWithResponseStreamCompleteEvent,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::InvokeWithResponseStreamCompleteEvent {
            error_code: self.error_code,
            error_details: self.error_details,
            log_result: self.log_result,
        })
    }
}
/// A builder for [`InvokeWithResponseStreamRequest`](crate::types::InvokeWithResponseStreamRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct InvokeWithResponseStreamRequestBuilder {
    pub(crate) payload: ::std::option::Option<crate::runtime::Blob>,
    pub(crate) x_amz_client_context: ::std::option::Option<::std::string::String>,
    pub(crate) function_name: ::std::option::Option<::std::string::String>,
    pub(crate) x_amz_invocation_type: ::std::option::Option<
        crate::types::ResponseStreamingInvocationType,
    >,
    pub(crate) x_amz_log_type: ::std::option::Option<crate::types::LogType>,
    pub(crate) qualifier: ::std::option::Option<::std::string::String>,
    pub(crate) x_amz_tenant_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for InvokeWithResponseStreamRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("InvokeWithResponseStreamRequestBuilder").finish_non_exhaustive()
    }
}
impl InvokeWithResponseStreamRequestBuilder {
    /// See [`InvokeWithResponseStreamRequest::payload`](crate::types::InvokeWithResponseStreamRequest::payload).
    pub fn payload(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Blob>,
    ) -> Self {
        self.payload = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`payload`](Self::payload).
    pub fn set_payload(
        mut self,
        input: ::std::option::Option<crate::runtime::Blob>,
    ) -> Self {
        self.payload = input;
        self
    }
    /// See [`InvokeWithResponseStreamRequest::x_amz_client_context`](crate::types::InvokeWithResponseStreamRequest::x_amz_client_context).
    pub fn x_amz_client_context(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.x_amz_client_context = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`x_amz_client_context`](Self::x_amz_client_context).
    pub fn set_x_amz_client_context(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.x_amz_client_context = input;
        self
    }
    /// See [`InvokeWithResponseStreamRequest::function_name`](crate::types::InvokeWithResponseStreamRequest::function_name).
    pub fn function_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.function_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`function_name`](Self::function_name).
    pub fn set_function_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.function_name = input;
        self
    }
    /// See [`InvokeWithResponseStreamRequest::x_amz_invocation_type`](crate::types::InvokeWithResponseStreamRequest::x_amz_invocation_type).
    pub fn x_amz_invocation_type(
        mut self,
        input: impl ::std::convert::Into<crate::types::ResponseStreamingInvocationType>,
    ) -> Self {
        self.x_amz_invocation_type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`x_amz_invocation_type`](Self::x_amz_invocation_type).
    pub fn set_x_amz_invocation_type(
        mut self,
        input: ::std::option::Option<crate::types::ResponseStreamingInvocationType>,
    ) -> Self {
        self.x_amz_invocation_type = input;
        self
    }
    /// See [`InvokeWithResponseStreamRequest::x_amz_log_type`](crate::types::InvokeWithResponseStreamRequest::x_amz_log_type).
    pub fn x_amz_log_type(
        mut self,
        input: impl ::std::convert::Into<crate::types::LogType>,
    ) -> Self {
        self.x_amz_log_type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`x_amz_log_type`](Self::x_amz_log_type).
    pub fn set_x_amz_log_type(
        mut self,
        input: ::std::option::Option<crate::types::LogType>,
    ) -> Self {
        self.x_amz_log_type = input;
        self
    }
    /// See [`InvokeWithResponseStreamRequest::qualifier`](crate::types::InvokeWithResponseStreamRequest::qualifier).
    pub fn qualifier(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.qualifier = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`qualifier`](Self::qualifier).
    pub fn set_qualifier(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.qualifier = input;
        self
    }
    /// See [`InvokeWithResponseStreamRequest::x_amz_tenant_id`](crate::types::InvokeWithResponseStreamRequest::x_amz_tenant_id).
    pub fn x_amz_tenant_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.x_amz_tenant_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`x_amz_tenant_id`](Self::x_amz_tenant_id).
    pub fn set_x_amz_tenant_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.x_amz_tenant_id = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::InvokeWithResponseStreamRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::InvokeWithResponseStreamRequest {
            payload: self.payload,
            x_amz_client_context: self.x_amz_client_context,
            function_name: self
                .function_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "InvokeWithResponseStreamRequest",
                        "function_name",
                    ),
                )?,
            x_amz_invocation_type: self.x_amz_invocation_type,
            x_amz_log_type: self.x_amz_log_type,
            qualifier: self.qualifier,
            x_amz_tenant_id: self.x_amz_tenant_id,
        })
    }
}
/// A builder for [`InvokeWithResponseStreamResponse`](crate::types::InvokeWithResponseStreamResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct InvokeWithResponseStreamResponseBuilder {
    pub(crate) event_stream: ::std::option::Option<
        crate::types::InvokeWithResponseStreamResponseEvent,
    >,
    pub(crate) status_code: ::std::option::Option<i64>,
    pub(crate) x_amz_executed_version: ::std::option::Option<::std::string::String>,
    pub(crate) content_type: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for InvokeWithResponseStreamResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("InvokeWithResponseStreamResponseBuilder").finish_non_exhaustive()
    }
}
impl InvokeWithResponseStreamResponseBuilder {
    /// See [`InvokeWithResponseStreamResponse::event_stream`](crate::types::InvokeWithResponseStreamResponse::event_stream).
    pub fn event_stream(
        mut self,
        input: impl ::std::convert::Into<
            crate::types::InvokeWithResponseStreamResponseEvent,
        >,
    ) -> Self {
        self.event_stream = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`event_stream`](Self::event_stream).
    pub fn set_event_stream(
        mut self,
        input: ::std::option::Option<crate::types::InvokeWithResponseStreamResponseEvent>,
    ) -> Self {
        self.event_stream = input;
        self
    }
    /// See [`InvokeWithResponseStreamResponse::status_code`](crate::types::InvokeWithResponseStreamResponse::status_code).
    pub fn status_code(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.status_code = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`status_code`](Self::status_code).
    pub fn set_status_code(mut self, input: ::std::option::Option<i64>) -> Self {
        self.status_code = input;
        self
    }
    /// See [`InvokeWithResponseStreamResponse::x_amz_executed_version`](crate::types::InvokeWithResponseStreamResponse::x_amz_executed_version).
    pub fn x_amz_executed_version(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.x_amz_executed_version = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`x_amz_executed_version`](Self::x_amz_executed_version).
    pub fn set_x_amz_executed_version(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.x_amz_executed_version = input;
        self
    }
    /// See [`InvokeWithResponseStreamResponse::content_type`](crate::types::InvokeWithResponseStreamResponse::content_type).
    pub fn content_type(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.content_type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`content_type`](Self::content_type).
    pub fn set_content_type(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.content_type = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::InvokeWithResponseStreamResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::InvokeWithResponseStreamResponse {
            event_stream: self.event_stream,
            status_code: self.status_code,
            x_amz_executed_version: self.x_amz_executed_version,
            content_type: self.content_type,
        })
    }
}
/// A builder for [`InvokeWithResponseStreamResponseEvent`](crate::types::InvokeWithResponseStreamResponseEvent).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct InvokeWithResponseStreamResponseEventBuilder {
    pub(crate) invoke_complete: ::std::option::Option<
        crate::types::InvokeWithResponseStreamCompleteEvent,
    >,
    pub(crate) payload_chunk: ::std::option::Option<
        crate::types::InvokeResponseStreamUpdate,
    >,
}
impl ::std::fmt::Debug for InvokeWithResponseStreamResponseEventBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("InvokeWithResponseStreamResponseEventBuilder")
            .finish_non_exhaustive()
    }
}
impl InvokeWithResponseStreamResponseEventBuilder {
    /// See [`InvokeWithResponseStreamResponseEvent::invoke_complete`](crate::types::InvokeWithResponseStreamResponseEvent::invoke_complete).
    pub fn invoke_complete(
        mut self,
        input: impl ::std::convert::Into<
            crate::types::InvokeWithResponseStreamCompleteEvent,
        >,
    ) -> Self {
        self.invoke_complete = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`invoke_complete`](Self::invoke_complete).
    pub fn set_invoke_complete(
        mut self,
        input: ::std::option::Option<crate::types::InvokeWithResponseStreamCompleteEvent>,
    ) -> Self {
        self.invoke_complete = input;
        self
    }
    /// See [`InvokeWithResponseStreamResponseEvent::payload_chunk`](crate::types::InvokeWithResponseStreamResponseEvent::payload_chunk).
    pub fn payload_chunk(
        mut self,
        input: impl ::std::convert::Into<crate::types::InvokeResponseStreamUpdate>,
    ) -> Self {
        self.payload_chunk = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`payload_chunk`](Self::payload_chunk).
    pub fn set_payload_chunk(
        mut self,
        input: ::std::option::Option<crate::types::InvokeResponseStreamUpdate>,
    ) -> Self {
        self.payload_chunk = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::InvokeWithResponseStreamResponseEvent,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::InvokeWithResponseStreamResponseEvent {
            invoke_complete: self.invoke_complete,
            payload_chunk: self.payload_chunk,
        })
    }
}
/// A builder for [`KafkaSchemaRegistryAccessConfig`](crate::types::KafkaSchemaRegistryAccessConfig).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct KafkaSchemaRegistryAccessConfigBuilder {
    pub(crate) r#type: ::std::option::Option<crate::types::KafkaSchemaRegistryAuthType>,
    pub(crate) uri: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for KafkaSchemaRegistryAccessConfigBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("KafkaSchemaRegistryAccessConfigBuilder").finish_non_exhaustive()
    }
}
impl KafkaSchemaRegistryAccessConfigBuilder {
    /// See [`KafkaSchemaRegistryAccessConfig::type`](crate::types::KafkaSchemaRegistryAccessConfig::type).
    pub fn r#type(
        mut self,
        input: impl ::std::convert::Into<crate::types::KafkaSchemaRegistryAuthType>,
    ) -> Self {
        self.r#type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`type`](Self::type).
    pub fn set_type(
        mut self,
        input: ::std::option::Option<crate::types::KafkaSchemaRegistryAuthType>,
    ) -> Self {
        self.r#type = input;
        self
    }
    /// See [`KafkaSchemaRegistryAccessConfig::uri`](crate::types::KafkaSchemaRegistryAccessConfig::uri).
    pub fn uri(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.uri = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`uri`](Self::uri).
    pub fn set_uri(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.uri = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::KafkaSchemaRegistryAccessConfig,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::KafkaSchemaRegistryAccessConfig {
            r#type: self.r#type,
            uri: self.uri,
        })
    }
}
/// A builder for [`KafkaSchemaRegistryConfig`](crate::types::KafkaSchemaRegistryConfig).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct KafkaSchemaRegistryConfigBuilder {
    pub(crate) access_configs: ::std::option::Option<
        ::std::vec::Vec<crate::types::KafkaSchemaRegistryAccessConfig>,
    >,
    pub(crate) event_record_format: ::std::option::Option<
        crate::types::SchemaRegistryEventRecordFormat,
    >,
    pub(crate) schema_registry_uri: ::std::option::Option<::std::string::String>,
    pub(crate) schema_validation_configs: ::std::option::Option<
        ::std::vec::Vec<crate::types::KafkaSchemaValidationConfig>,
    >,
}
impl ::std::fmt::Debug for KafkaSchemaRegistryConfigBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("KafkaSchemaRegistryConfigBuilder").finish_non_exhaustive()
    }
}
impl KafkaSchemaRegistryConfigBuilder {
    /// See [`KafkaSchemaRegistryConfig::access_configs`](crate::types::KafkaSchemaRegistryConfig::access_configs).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn access_configs(
        mut self,
        input: impl ::std::convert::Into<crate::types::KafkaSchemaRegistryAccessConfig>,
    ) -> Self {
        self.access_configs.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`access_configs`](Self::access_configs).
    pub fn set_access_configs(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<crate::types::KafkaSchemaRegistryAccessConfig>,
        >,
    ) -> Self {
        self.access_configs = input;
        self
    }
    /// See [`KafkaSchemaRegistryConfig::event_record_format`](crate::types::KafkaSchemaRegistryConfig::event_record_format).
    pub fn event_record_format(
        mut self,
        input: impl ::std::convert::Into<crate::types::SchemaRegistryEventRecordFormat>,
    ) -> Self {
        self.event_record_format = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`event_record_format`](Self::event_record_format).
    pub fn set_event_record_format(
        mut self,
        input: ::std::option::Option<crate::types::SchemaRegistryEventRecordFormat>,
    ) -> Self {
        self.event_record_format = input;
        self
    }
    /// See [`KafkaSchemaRegistryConfig::schema_registry_uri`](crate::types::KafkaSchemaRegistryConfig::schema_registry_uri).
    pub fn schema_registry_uri(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.schema_registry_uri = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`schema_registry_uri`](Self::schema_registry_uri).
    pub fn set_schema_registry_uri(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.schema_registry_uri = input;
        self
    }
    /// See [`KafkaSchemaRegistryConfig::schema_validation_configs`](crate::types::KafkaSchemaRegistryConfig::schema_validation_configs).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn schema_validation_configs(
        mut self,
        input: impl ::std::convert::Into<crate::types::KafkaSchemaValidationConfig>,
    ) -> Self {
        self.schema_validation_configs
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`schema_validation_configs`](Self::schema_validation_configs).
    pub fn set_schema_validation_configs(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<crate::types::KafkaSchemaValidationConfig>,
        >,
    ) -> Self {
        self.schema_validation_configs = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::KafkaSchemaRegistryConfig,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::KafkaSchemaRegistryConfig {
            access_configs: self.access_configs,
            event_record_format: self.event_record_format,
            schema_registry_uri: self.schema_registry_uri,
            schema_validation_configs: self.schema_validation_configs,
        })
    }
}
/// A builder for [`KafkaSchemaValidationConfig`](crate::types::KafkaSchemaValidationConfig).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct KafkaSchemaValidationConfigBuilder {
    pub(crate) attribute: ::std::option::Option<
        crate::types::KafkaSchemaValidationAttribute,
    >,
}
impl ::std::fmt::Debug for KafkaSchemaValidationConfigBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("KafkaSchemaValidationConfigBuilder").finish_non_exhaustive()
    }
}
impl KafkaSchemaValidationConfigBuilder {
    /// See [`KafkaSchemaValidationConfig::attribute`](crate::types::KafkaSchemaValidationConfig::attribute).
    pub fn attribute(
        mut self,
        input: impl ::std::convert::Into<crate::types::KafkaSchemaValidationAttribute>,
    ) -> Self {
        self.attribute = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`attribute`](Self::attribute).
    pub fn set_attribute(
        mut self,
        input: ::std::option::Option<crate::types::KafkaSchemaValidationAttribute>,
    ) -> Self {
        self.attribute = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::KafkaSchemaValidationConfig,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::KafkaSchemaValidationConfig {
            attribute: self.attribute,
        })
    }
}
/// A builder for [`LambdaManagedInstancesCapacityProviderConfig`](crate::types::LambdaManagedInstancesCapacityProviderConfig).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct LambdaManagedInstancesCapacityProviderConfigBuilder {
    pub(crate) capacity_provider_arn: ::std::option::Option<::std::string::String>,
    pub(crate) execution_environment_memory_gi_b_per_v_cpu: ::std::option::Option<f64>,
    pub(crate) per_execution_environment_max_concurrency: ::std::option::Option<i64>,
}
impl ::std::fmt::Debug for LambdaManagedInstancesCapacityProviderConfigBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("LambdaManagedInstancesCapacityProviderConfigBuilder")
            .finish_non_exhaustive()
    }
}
impl LambdaManagedInstancesCapacityProviderConfigBuilder {
    /// See [`LambdaManagedInstancesCapacityProviderConfig::capacity_provider_arn`](crate::types::LambdaManagedInstancesCapacityProviderConfig::capacity_provider_arn).
    pub fn capacity_provider_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.capacity_provider_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`capacity_provider_arn`](Self::capacity_provider_arn).
    pub fn set_capacity_provider_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.capacity_provider_arn = input;
        self
    }
    /// See [`LambdaManagedInstancesCapacityProviderConfig::execution_environment_memory_gi_b_per_v_cpu`](crate::types::LambdaManagedInstancesCapacityProviderConfig::execution_environment_memory_gi_b_per_v_cpu).
    pub fn execution_environment_memory_gi_b_per_v_cpu(
        mut self,
        input: impl ::std::convert::Into<f64>,
    ) -> Self {
        self.execution_environment_memory_gi_b_per_v_cpu = ::std::option::Option::Some(
            input.into(),
        );
        self
    }
    /// Sets or clears [`execution_environment_memory_gi_b_per_v_cpu`](Self::execution_environment_memory_gi_b_per_v_cpu).
    pub fn set_execution_environment_memory_gi_b_per_v_cpu(
        mut self,
        input: ::std::option::Option<f64>,
    ) -> Self {
        self.execution_environment_memory_gi_b_per_v_cpu = input;
        self
    }
    /// See [`LambdaManagedInstancesCapacityProviderConfig::per_execution_environment_max_concurrency`](crate::types::LambdaManagedInstancesCapacityProviderConfig::per_execution_environment_max_concurrency).
    pub fn per_execution_environment_max_concurrency(
        mut self,
        input: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.per_execution_environment_max_concurrency = ::std::option::Option::Some(
            input.into(),
        );
        self
    }
    /// Sets or clears [`per_execution_environment_max_concurrency`](Self::per_execution_environment_max_concurrency).
    pub fn set_per_execution_environment_max_concurrency(
        mut self,
        input: ::std::option::Option<i64>,
    ) -> Self {
        self.per_execution_environment_max_concurrency = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::LambdaManagedInstancesCapacityProviderConfig,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::LambdaManagedInstancesCapacityProviderConfig {
            capacity_provider_arn: self
                .capacity_provider_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "LambdaManagedInstancesCapacityProviderConfig",
                        "capacity_provider_arn",
                    ),
                )?,
            execution_environment_memory_gi_b_per_v_cpu: self
                .execution_environment_memory_gi_b_per_v_cpu,
            per_execution_environment_max_concurrency: self
                .per_execution_environment_max_concurrency,
        })
    }
}
/// A builder for [`Layer`](crate::types::Layer).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct LayerBuilder {
    pub(crate) arn: ::std::option::Option<::std::string::String>,
    pub(crate) code_size: ::std::option::Option<i64>,
    pub(crate) signing_job_arn: ::std::option::Option<::std::string::String>,
    pub(crate) signing_profile_version_arn: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for LayerBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("LayerBuilder").finish_non_exhaustive()
    }
}
impl LayerBuilder {
    /// See [`Layer::arn`](crate::types::Layer::arn).
    pub fn arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`arn`](Self::arn).
    pub fn set_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.arn = input;
        self
    }
    /// See [`Layer::code_size`](crate::types::Layer::code_size).
    pub fn code_size(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.code_size = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`code_size`](Self::code_size).
    pub fn set_code_size(mut self, input: ::std::option::Option<i64>) -> Self {
        self.code_size = input;
        self
    }
    /// See [`Layer::signing_job_arn`](crate::types::Layer::signing_job_arn).
    pub fn signing_job_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.signing_job_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`signing_job_arn`](Self::signing_job_arn).
    pub fn set_signing_job_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.signing_job_arn = input;
        self
    }
    /// See [`Layer::signing_profile_version_arn`](crate::types::Layer::signing_profile_version_arn).
    pub fn signing_profile_version_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.signing_profile_version_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`signing_profile_version_arn`](Self::signing_profile_version_arn).
    pub fn set_signing_profile_version_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.signing_profile_version_arn = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::Layer, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::Layer {
            arn: self.arn,
            code_size: self.code_size,
            signing_job_arn: self.signing_job_arn,
            signing_profile_version_arn: self.signing_profile_version_arn,
        })
    }
}
/// A builder for [`LayerVersionContentInput`](crate::types::LayerVersionContentInput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct LayerVersionContentInputBuilder {
    pub(crate) s3_bucket: ::std::option::Option<::std::string::String>,
    pub(crate) s3_key: ::std::option::Option<::std::string::String>,
    pub(crate) s3_object_version: ::std::option::Option<::std::string::String>,
    pub(crate) zip_file: ::std::option::Option<crate::runtime::Blob>,
    pub(crate) s3_object_storage_mode: ::std::option::Option<
        crate::types::S3ObjectStorageMode,
    >,
}
impl ::std::fmt::Debug for LayerVersionContentInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("LayerVersionContentInputBuilder").finish_non_exhaustive()
    }
}
impl LayerVersionContentInputBuilder {
    /// See [`LayerVersionContentInput::s3_bucket`](crate::types::LayerVersionContentInput::s3_bucket).
    pub fn s3_bucket(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.s3_bucket = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`s3_bucket`](Self::s3_bucket).
    pub fn set_s3_bucket(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.s3_bucket = input;
        self
    }
    /// See [`LayerVersionContentInput::s3_key`](crate::types::LayerVersionContentInput::s3_key).
    pub fn s3_key(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.s3_key = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`s3_key`](Self::s3_key).
    pub fn set_s3_key(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.s3_key = input;
        self
    }
    /// See [`LayerVersionContentInput::s3_object_version`](crate::types::LayerVersionContentInput::s3_object_version).
    pub fn s3_object_version(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.s3_object_version = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`s3_object_version`](Self::s3_object_version).
    pub fn set_s3_object_version(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.s3_object_version = input;
        self
    }
    /// See [`LayerVersionContentInput::zip_file`](crate::types::LayerVersionContentInput::zip_file).
    pub fn zip_file(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Blob>,
    ) -> Self {
        self.zip_file = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`zip_file`](Self::zip_file).
    pub fn set_zip_file(
        mut self,
        input: ::std::option::Option<crate::runtime::Blob>,
    ) -> Self {
        self.zip_file = input;
        self
    }
    /// See [`LayerVersionContentInput::s3_object_storage_mode`](crate::types::LayerVersionContentInput::s3_object_storage_mode).
    pub fn s3_object_storage_mode(
        mut self,
        input: impl ::std::convert::Into<crate::types::S3ObjectStorageMode>,
    ) -> Self {
        self.s3_object_storage_mode = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`s3_object_storage_mode`](Self::s3_object_storage_mode).
    pub fn set_s3_object_storage_mode(
        mut self,
        input: ::std::option::Option<crate::types::S3ObjectStorageMode>,
    ) -> Self {
        self.s3_object_storage_mode = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::LayerVersionContentInput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::LayerVersionContentInput {
            s3_bucket: self.s3_bucket,
            s3_key: self.s3_key,
            s3_object_version: self.s3_object_version,
            zip_file: self.zip_file,
            s3_object_storage_mode: self.s3_object_storage_mode,
        })
    }
}
/// A builder for [`LayerVersionContentOutput`](crate::types::LayerVersionContentOutput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct LayerVersionContentOutputBuilder {
    pub(crate) code_sha256: ::std::option::Option<::std::string::String>,
    pub(crate) code_size: ::std::option::Option<i64>,
    pub(crate) location: ::std::option::Option<::std::string::String>,
    pub(crate) signing_job_arn: ::std::option::Option<::std::string::String>,
    pub(crate) signing_profile_version_arn: ::std::option::Option<::std::string::String>,
    pub(crate) resolved_s3_object: ::std::option::Option<crate::types::ResolvedS3Object>,
}
impl ::std::fmt::Debug for LayerVersionContentOutputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("LayerVersionContentOutputBuilder").finish_non_exhaustive()
    }
}
impl LayerVersionContentOutputBuilder {
    /// See [`LayerVersionContentOutput::code_sha256`](crate::types::LayerVersionContentOutput::code_sha256).
    pub fn code_sha256(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.code_sha256 = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`code_sha256`](Self::code_sha256).
    pub fn set_code_sha256(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.code_sha256 = input;
        self
    }
    /// See [`LayerVersionContentOutput::code_size`](crate::types::LayerVersionContentOutput::code_size).
    pub fn code_size(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.code_size = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`code_size`](Self::code_size).
    pub fn set_code_size(mut self, input: ::std::option::Option<i64>) -> Self {
        self.code_size = input;
        self
    }
    /// See [`LayerVersionContentOutput::location`](crate::types::LayerVersionContentOutput::location).
    pub fn location(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.location = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`location`](Self::location).
    pub fn set_location(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.location = input;
        self
    }
    /// See [`LayerVersionContentOutput::signing_job_arn`](crate::types::LayerVersionContentOutput::signing_job_arn).
    pub fn signing_job_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.signing_job_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`signing_job_arn`](Self::signing_job_arn).
    pub fn set_signing_job_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.signing_job_arn = input;
        self
    }
    /// See [`LayerVersionContentOutput::signing_profile_version_arn`](crate::types::LayerVersionContentOutput::signing_profile_version_arn).
    pub fn signing_profile_version_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.signing_profile_version_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`signing_profile_version_arn`](Self::signing_profile_version_arn).
    pub fn set_signing_profile_version_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.signing_profile_version_arn = input;
        self
    }
    /// See [`LayerVersionContentOutput::resolved_s3_object`](crate::types::LayerVersionContentOutput::resolved_s3_object).
    pub fn resolved_s3_object(
        mut self,
        input: impl ::std::convert::Into<crate::types::ResolvedS3Object>,
    ) -> Self {
        self.resolved_s3_object = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`resolved_s3_object`](Self::resolved_s3_object).
    pub fn set_resolved_s3_object(
        mut self,
        input: ::std::option::Option<crate::types::ResolvedS3Object>,
    ) -> Self {
        self.resolved_s3_object = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::LayerVersionContentOutput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::LayerVersionContentOutput {
            code_sha256: self.code_sha256,
            code_size: self.code_size,
            location: self.location,
            signing_job_arn: self.signing_job_arn,
            signing_profile_version_arn: self.signing_profile_version_arn,
            resolved_s3_object: self.resolved_s3_object,
        })
    }
}
/// A builder for [`LayerVersionsListItem`](crate::types::LayerVersionsListItem).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct LayerVersionsListItemBuilder {
    pub(crate) compatible_architectures: ::std::option::Option<
        ::std::vec::Vec<crate::types::Architecture>,
    >,
    pub(crate) compatible_runtimes: ::std::option::Option<
        ::std::vec::Vec<crate::types::Runtime>,
    >,
    pub(crate) created_date: ::std::option::Option<::std::string::String>,
    pub(crate) description: ::std::option::Option<::std::string::String>,
    pub(crate) layer_version_arn: ::std::option::Option<::std::string::String>,
    pub(crate) license_info: ::std::option::Option<::std::string::String>,
    pub(crate) version: ::std::option::Option<i64>,
}
impl ::std::fmt::Debug for LayerVersionsListItemBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("LayerVersionsListItemBuilder").finish_non_exhaustive()
    }
}
impl LayerVersionsListItemBuilder {
    /// See [`LayerVersionsListItem::compatible_architectures`](crate::types::LayerVersionsListItem::compatible_architectures).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn compatible_architectures(
        mut self,
        input: impl ::std::convert::Into<crate::types::Architecture>,
    ) -> Self {
        self.compatible_architectures
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`compatible_architectures`](Self::compatible_architectures).
    pub fn set_compatible_architectures(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::Architecture>>,
    ) -> Self {
        self.compatible_architectures = input;
        self
    }
    /// See [`LayerVersionsListItem::compatible_runtimes`](crate::types::LayerVersionsListItem::compatible_runtimes).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn compatible_runtimes(
        mut self,
        input: impl ::std::convert::Into<crate::types::Runtime>,
    ) -> Self {
        self.compatible_runtimes
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`compatible_runtimes`](Self::compatible_runtimes).
    pub fn set_compatible_runtimes(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::Runtime>>,
    ) -> Self {
        self.compatible_runtimes = input;
        self
    }
    /// See [`LayerVersionsListItem::created_date`](crate::types::LayerVersionsListItem::created_date).
    pub fn created_date(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.created_date = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`created_date`](Self::created_date).
    pub fn set_created_date(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.created_date = input;
        self
    }
    /// See [`LayerVersionsListItem::description`](crate::types::LayerVersionsListItem::description).
    pub fn description(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.description = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`description`](Self::description).
    pub fn set_description(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.description = input;
        self
    }
    /// See [`LayerVersionsListItem::layer_version_arn`](crate::types::LayerVersionsListItem::layer_version_arn).
    pub fn layer_version_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.layer_version_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`layer_version_arn`](Self::layer_version_arn).
    pub fn set_layer_version_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.layer_version_arn = input;
        self
    }
    /// See [`LayerVersionsListItem::license_info`](crate::types::LayerVersionsListItem::license_info).
    pub fn license_info(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.license_info = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`license_info`](Self::license_info).
    pub fn set_license_info(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.license_info = input;
        self
    }
    /// See [`LayerVersionsListItem::version`](crate::types::LayerVersionsListItem::version).
    pub fn version(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.version = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`version`](Self::version).
    pub fn set_version(mut self, input: ::std::option::Option<i64>) -> Self {
        self.version = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::LayerVersionsListItem,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::LayerVersionsListItem {
            compatible_architectures: self.compatible_architectures,
            compatible_runtimes: self.compatible_runtimes,
            created_date: self.created_date,
            description: self.description,
            layer_version_arn: self.layer_version_arn,
            license_info: self.license_info,
            version: self.version,
        })
    }
}
/// A builder for [`LayersListItem`](crate::types::LayersListItem).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct LayersListItemBuilder {
    pub(crate) latest_matching_version: ::std::option::Option<
        crate::types::LayerVersionsListItem,
    >,
    pub(crate) layer_arn: ::std::option::Option<::std::string::String>,
    pub(crate) layer_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for LayersListItemBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("LayersListItemBuilder").finish_non_exhaustive()
    }
}
impl LayersListItemBuilder {
    /// See [`LayersListItem::latest_matching_version`](crate::types::LayersListItem::latest_matching_version).
    pub fn latest_matching_version(
        mut self,
        input: impl ::std::convert::Into<crate::types::LayerVersionsListItem>,
    ) -> Self {
        self.latest_matching_version = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`latest_matching_version`](Self::latest_matching_version).
    pub fn set_latest_matching_version(
        mut self,
        input: ::std::option::Option<crate::types::LayerVersionsListItem>,
    ) -> Self {
        self.latest_matching_version = input;
        self
    }
    /// See [`LayersListItem::layer_arn`](crate::types::LayersListItem::layer_arn).
    pub fn layer_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.layer_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`layer_arn`](Self::layer_arn).
    pub fn set_layer_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.layer_arn = input;
        self
    }
    /// See [`LayersListItem::layer_name`](crate::types::LayersListItem::layer_name).
    pub fn layer_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.layer_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`layer_name`](Self::layer_name).
    pub fn set_layer_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.layer_name = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::LayersListItem,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::LayersListItem {
            latest_matching_version: self.latest_matching_version,
            layer_arn: self.layer_arn,
            layer_name: self.layer_name,
        })
    }
}
/// A builder for [`ListAliasesRequest`](crate::types::ListAliasesRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ListAliasesRequestBuilder {
    pub(crate) function_name: ::std::option::Option<::std::string::String>,
    pub(crate) function_version: ::std::option::Option<::std::string::String>,
    pub(crate) marker: ::std::option::Option<::std::string::String>,
    pub(crate) max_items: ::std::option::Option<i64>,
}
impl ::std::fmt::Debug for ListAliasesRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListAliasesRequestBuilder").finish_non_exhaustive()
    }
}
impl ListAliasesRequestBuilder {
    /// See [`ListAliasesRequest::function_name`](crate::types::ListAliasesRequest::function_name).
    pub fn function_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.function_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`function_name`](Self::function_name).
    pub fn set_function_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.function_name = input;
        self
    }
    /// See [`ListAliasesRequest::function_version`](crate::types::ListAliasesRequest::function_version).
    pub fn function_version(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.function_version = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`function_version`](Self::function_version).
    pub fn set_function_version(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.function_version = input;
        self
    }
    /// See [`ListAliasesRequest::marker`](crate::types::ListAliasesRequest::marker).
    pub fn marker(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.marker = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`marker`](Self::marker).
    pub fn set_marker(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.marker = input;
        self
    }
    /// See [`ListAliasesRequest::max_items`](crate::types::ListAliasesRequest::max_items).
    pub fn max_items(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.max_items = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`max_items`](Self::max_items).
    pub fn set_max_items(mut self, input: ::std::option::Option<i64>) -> Self {
        self.max_items = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ListAliasesRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ListAliasesRequest {
            function_name: self
                .function_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "ListAliasesRequest",
                        "function_name",
                    ),
                )?,
            function_version: self.function_version,
            marker: self.marker,
            max_items: self.max_items,
        })
    }
}
/// A builder for [`ListAliasesResponse`](crate::types::ListAliasesResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ListAliasesResponseBuilder {
    pub(crate) aliases: ::std::option::Option<
        ::std::vec::Vec<crate::types::AliasConfiguration>,
    >,
    pub(crate) next_marker: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ListAliasesResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListAliasesResponseBuilder").finish_non_exhaustive()
    }
}
impl ListAliasesResponseBuilder {
    /// See [`ListAliasesResponse::aliases`](crate::types::ListAliasesResponse::aliases).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn aliases(
        mut self,
        input: impl ::std::convert::Into<crate::types::AliasConfiguration>,
    ) -> Self {
        self.aliases.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`aliases`](Self::aliases).
    pub fn set_aliases(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::AliasConfiguration>>,
    ) -> Self {
        self.aliases = input;
        self
    }
    /// See [`ListAliasesResponse::next_marker`](crate::types::ListAliasesResponse::next_marker).
    pub fn next_marker(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.next_marker = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`next_marker`](Self::next_marker).
    pub fn set_next_marker(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.next_marker = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ListAliasesResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ListAliasesResponse {
            aliases: self.aliases,
            next_marker: self.next_marker,
        })
    }
}
/// A builder for [`ListCapacityProvidersRequest`](crate::types::ListCapacityProvidersRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ListCapacityProvidersRequestBuilder {
    pub(crate) marker: ::std::option::Option<::std::string::String>,
    pub(crate) max_items: ::std::option::Option<i64>,
    pub(crate) state: ::std::option::Option<crate::types::CapacityProviderState>,
}
impl ::std::fmt::Debug for ListCapacityProvidersRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListCapacityProvidersRequestBuilder").finish_non_exhaustive()
    }
}
impl ListCapacityProvidersRequestBuilder {
    /// See [`ListCapacityProvidersRequest::marker`](crate::types::ListCapacityProvidersRequest::marker).
    pub fn marker(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.marker = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`marker`](Self::marker).
    pub fn set_marker(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.marker = input;
        self
    }
    /// See [`ListCapacityProvidersRequest::max_items`](crate::types::ListCapacityProvidersRequest::max_items).
    pub fn max_items(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.max_items = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`max_items`](Self::max_items).
    pub fn set_max_items(mut self, input: ::std::option::Option<i64>) -> Self {
        self.max_items = input;
        self
    }
    /// See [`ListCapacityProvidersRequest::state`](crate::types::ListCapacityProvidersRequest::state).
    pub fn state(
        mut self,
        input: impl ::std::convert::Into<crate::types::CapacityProviderState>,
    ) -> Self {
        self.state = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`state`](Self::state).
    pub fn set_state(
        mut self,
        input: ::std::option::Option<crate::types::CapacityProviderState>,
    ) -> Self {
        self.state = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ListCapacityProvidersRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ListCapacityProvidersRequest {
            marker: self.marker,
            max_items: self.max_items,
            state: self.state,
        })
    }
}
/// A builder for [`ListCapacityProvidersResponse`](crate::types::ListCapacityProvidersResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ListCapacityProvidersResponseBuilder {
    pub(crate) capacity_providers: ::std::option::Option<
        ::std::vec::Vec<crate::types::CapacityProvider>,
    >,
    pub(crate) next_marker: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ListCapacityProvidersResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListCapacityProvidersResponseBuilder").finish_non_exhaustive()
    }
}
impl ListCapacityProvidersResponseBuilder {
    /// See [`ListCapacityProvidersResponse::capacity_providers`](crate::types::ListCapacityProvidersResponse::capacity_providers).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn capacity_providers(
        mut self,
        input: impl ::std::convert::Into<crate::types::CapacityProvider>,
    ) -> Self {
        self.capacity_providers
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`capacity_providers`](Self::capacity_providers).
    pub fn set_capacity_providers(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::CapacityProvider>>,
    ) -> Self {
        self.capacity_providers = input;
        self
    }
    /// See [`ListCapacityProvidersResponse::next_marker`](crate::types::ListCapacityProvidersResponse::next_marker).
    pub fn next_marker(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.next_marker = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`next_marker`](Self::next_marker).
    pub fn set_next_marker(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.next_marker = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ListCapacityProvidersResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ListCapacityProvidersResponse {
            capacity_providers: self
                .capacity_providers
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "ListCapacityProvidersResponse",
                        "capacity_providers",
                    ),
                )?,
            next_marker: self.next_marker,
        })
    }
}
/// A builder for [`ListCodeSigningConfigsRequest`](crate::types::ListCodeSigningConfigsRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ListCodeSigningConfigsRequestBuilder {
    pub(crate) marker: ::std::option::Option<::std::string::String>,
    pub(crate) max_items: ::std::option::Option<i64>,
}
impl ::std::fmt::Debug for ListCodeSigningConfigsRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListCodeSigningConfigsRequestBuilder").finish_non_exhaustive()
    }
}
impl ListCodeSigningConfigsRequestBuilder {
    /// See [`ListCodeSigningConfigsRequest::marker`](crate::types::ListCodeSigningConfigsRequest::marker).
    pub fn marker(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.marker = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`marker`](Self::marker).
    pub fn set_marker(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.marker = input;
        self
    }
    /// See [`ListCodeSigningConfigsRequest::max_items`](crate::types::ListCodeSigningConfigsRequest::max_items).
    pub fn max_items(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.max_items = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`max_items`](Self::max_items).
    pub fn set_max_items(mut self, input: ::std::option::Option<i64>) -> Self {
        self.max_items = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ListCodeSigningConfigsRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ListCodeSigningConfigsRequest {
            marker: self.marker,
            max_items: self.max_items,
        })
    }
}
/// A builder for [`ListCodeSigningConfigsResponse`](crate::types::ListCodeSigningConfigsResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ListCodeSigningConfigsResponseBuilder {
    pub(crate) code_signing_configs: ::std::option::Option<
        ::std::vec::Vec<crate::types::CodeSigningConfig>,
    >,
    pub(crate) next_marker: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ListCodeSigningConfigsResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListCodeSigningConfigsResponseBuilder").finish_non_exhaustive()
    }
}
impl ListCodeSigningConfigsResponseBuilder {
    /// See [`ListCodeSigningConfigsResponse::code_signing_configs`](crate::types::ListCodeSigningConfigsResponse::code_signing_configs).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn code_signing_configs(
        mut self,
        input: impl ::std::convert::Into<crate::types::CodeSigningConfig>,
    ) -> Self {
        self.code_signing_configs
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`code_signing_configs`](Self::code_signing_configs).
    pub fn set_code_signing_configs(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::CodeSigningConfig>>,
    ) -> Self {
        self.code_signing_configs = input;
        self
    }
    /// See [`ListCodeSigningConfigsResponse::next_marker`](crate::types::ListCodeSigningConfigsResponse::next_marker).
    pub fn next_marker(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.next_marker = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`next_marker`](Self::next_marker).
    pub fn set_next_marker(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.next_marker = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ListCodeSigningConfigsResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ListCodeSigningConfigsResponse {
            code_signing_configs: self.code_signing_configs,
            next_marker: self.next_marker,
        })
    }
}
/// A builder for [`ListDurableExecutionsByFunctionRequest`](crate::types::ListDurableExecutionsByFunctionRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ListDurableExecutionsByFunctionRequestBuilder {
    pub(crate) durable_execution_name: ::std::option::Option<::std::string::String>,
    pub(crate) function_name: ::std::option::Option<::std::string::String>,
    pub(crate) marker: ::std::option::Option<::std::string::String>,
    pub(crate) max_items: ::std::option::Option<i64>,
    pub(crate) qualifier: ::std::option::Option<::std::string::String>,
    pub(crate) reverse_order: ::std::option::Option<bool>,
    pub(crate) started_after: ::std::option::Option<crate::runtime::Timestamp>,
    pub(crate) started_before: ::std::option::Option<crate::runtime::Timestamp>,
    pub(crate) statuses: ::std::option::Option<
        ::std::vec::Vec<crate::types::ExecutionStatus>,
    >,
}
impl ::std::fmt::Debug for ListDurableExecutionsByFunctionRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListDurableExecutionsByFunctionRequestBuilder")
            .finish_non_exhaustive()
    }
}
impl ListDurableExecutionsByFunctionRequestBuilder {
    /// See [`ListDurableExecutionsByFunctionRequest::durable_execution_name`](crate::types::ListDurableExecutionsByFunctionRequest::durable_execution_name).
    pub fn durable_execution_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.durable_execution_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`durable_execution_name`](Self::durable_execution_name).
    pub fn set_durable_execution_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.durable_execution_name = input;
        self
    }
    /// See [`ListDurableExecutionsByFunctionRequest::function_name`](crate::types::ListDurableExecutionsByFunctionRequest::function_name).
    pub fn function_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.function_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`function_name`](Self::function_name).
    pub fn set_function_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.function_name = input;
        self
    }
    /// See [`ListDurableExecutionsByFunctionRequest::marker`](crate::types::ListDurableExecutionsByFunctionRequest::marker).
    pub fn marker(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.marker = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`marker`](Self::marker).
    pub fn set_marker(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.marker = input;
        self
    }
    /// See [`ListDurableExecutionsByFunctionRequest::max_items`](crate::types::ListDurableExecutionsByFunctionRequest::max_items).
    pub fn max_items(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.max_items = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`max_items`](Self::max_items).
    pub fn set_max_items(mut self, input: ::std::option::Option<i64>) -> Self {
        self.max_items = input;
        self
    }
    /// See [`ListDurableExecutionsByFunctionRequest::qualifier`](crate::types::ListDurableExecutionsByFunctionRequest::qualifier).
    pub fn qualifier(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.qualifier = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`qualifier`](Self::qualifier).
    pub fn set_qualifier(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.qualifier = input;
        self
    }
    /// See [`ListDurableExecutionsByFunctionRequest::reverse_order`](crate::types::ListDurableExecutionsByFunctionRequest::reverse_order).
    pub fn reverse_order(mut self, input: impl ::std::convert::Into<bool>) -> Self {
        self.reverse_order = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`reverse_order`](Self::reverse_order).
    pub fn set_reverse_order(mut self, input: ::std::option::Option<bool>) -> Self {
        self.reverse_order = input;
        self
    }
    /// See [`ListDurableExecutionsByFunctionRequest::started_after`](crate::types::ListDurableExecutionsByFunctionRequest::started_after).
    pub fn started_after(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.started_after = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`started_after`](Self::started_after).
    pub fn set_started_after(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.started_after = input;
        self
    }
    /// See [`ListDurableExecutionsByFunctionRequest::started_before`](crate::types::ListDurableExecutionsByFunctionRequest::started_before).
    pub fn started_before(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.started_before = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`started_before`](Self::started_before).
    pub fn set_started_before(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.started_before = input;
        self
    }
    /// See [`ListDurableExecutionsByFunctionRequest::statuses`](crate::types::ListDurableExecutionsByFunctionRequest::statuses).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn statuses(
        mut self,
        input: impl ::std::convert::Into<crate::types::ExecutionStatus>,
    ) -> Self {
        self.statuses.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`statuses`](Self::statuses).
    pub fn set_statuses(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::ExecutionStatus>>,
    ) -> Self {
        self.statuses = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ListDurableExecutionsByFunctionRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ListDurableExecutionsByFunctionRequest {
            durable_execution_name: self.durable_execution_name,
            function_name: self
                .function_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "ListDurableExecutionsByFunctionRequest",
                        "function_name",
                    ),
                )?,
            marker: self.marker,
            max_items: self.max_items,
            qualifier: self.qualifier,
            reverse_order: self.reverse_order,
            started_after: self.started_after,
            started_before: self.started_before,
            statuses: self.statuses,
        })
    }
}
/// A builder for [`ListDurableExecutionsByFunctionResponse`](crate::types::ListDurableExecutionsByFunctionResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ListDurableExecutionsByFunctionResponseBuilder {
    pub(crate) durable_executions: ::std::option::Option<
        ::std::vec::Vec<crate::types::Execution>,
    >,
    pub(crate) next_marker: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ListDurableExecutionsByFunctionResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListDurableExecutionsByFunctionResponseBuilder")
            .finish_non_exhaustive()
    }
}
impl ListDurableExecutionsByFunctionResponseBuilder {
    /// See [`ListDurableExecutionsByFunctionResponse::durable_executions`](crate::types::ListDurableExecutionsByFunctionResponse::durable_executions).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn durable_executions(
        mut self,
        input: impl ::std::convert::Into<crate::types::Execution>,
    ) -> Self {
        self.durable_executions
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`durable_executions`](Self::durable_executions).
    pub fn set_durable_executions(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::Execution>>,
    ) -> Self {
        self.durable_executions = input;
        self
    }
    /// See [`ListDurableExecutionsByFunctionResponse::next_marker`](crate::types::ListDurableExecutionsByFunctionResponse::next_marker).
    pub fn next_marker(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.next_marker = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`next_marker`](Self::next_marker).
    pub fn set_next_marker(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.next_marker = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ListDurableExecutionsByFunctionResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ListDurableExecutionsByFunctionResponse {
            durable_executions: self.durable_executions,
            next_marker: self.next_marker,
        })
    }
}
/// A builder for [`ListEventSourceMappingsRequest`](crate::types::ListEventSourceMappingsRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ListEventSourceMappingsRequestBuilder {
    pub(crate) event_source_arn: ::std::option::Option<::std::string::String>,
    pub(crate) function_name: ::std::option::Option<::std::string::String>,
    pub(crate) marker: ::std::option::Option<::std::string::String>,
    pub(crate) max_items: ::std::option::Option<i64>,
}
impl ::std::fmt::Debug for ListEventSourceMappingsRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListEventSourceMappingsRequestBuilder").finish_non_exhaustive()
    }
}
impl ListEventSourceMappingsRequestBuilder {
    /// See [`ListEventSourceMappingsRequest::event_source_arn`](crate::types::ListEventSourceMappingsRequest::event_source_arn).
    pub fn event_source_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.event_source_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`event_source_arn`](Self::event_source_arn).
    pub fn set_event_source_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.event_source_arn = input;
        self
    }
    /// See [`ListEventSourceMappingsRequest::function_name`](crate::types::ListEventSourceMappingsRequest::function_name).
    pub fn function_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.function_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`function_name`](Self::function_name).
    pub fn set_function_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.function_name = input;
        self
    }
    /// See [`ListEventSourceMappingsRequest::marker`](crate::types::ListEventSourceMappingsRequest::marker).
    pub fn marker(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.marker = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`marker`](Self::marker).
    pub fn set_marker(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.marker = input;
        self
    }
    /// See [`ListEventSourceMappingsRequest::max_items`](crate::types::ListEventSourceMappingsRequest::max_items).
    pub fn max_items(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.max_items = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`max_items`](Self::max_items).
    pub fn set_max_items(mut self, input: ::std::option::Option<i64>) -> Self {
        self.max_items = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ListEventSourceMappingsRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ListEventSourceMappingsRequest {
            event_source_arn: self.event_source_arn,
            function_name: self.function_name,
            marker: self.marker,
            max_items: self.max_items,
        })
    }
}
/// A builder for [`ListEventSourceMappingsResponse`](crate::types::ListEventSourceMappingsResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ListEventSourceMappingsResponseBuilder {
    pub(crate) event_source_mappings: ::std::option::Option<
        ::std::vec::Vec<crate::types::EventSourceMappingConfiguration>,
    >,
    pub(crate) next_marker: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ListEventSourceMappingsResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListEventSourceMappingsResponseBuilder").finish_non_exhaustive()
    }
}
impl ListEventSourceMappingsResponseBuilder {
    /// See [`ListEventSourceMappingsResponse::event_source_mappings`](crate::types::ListEventSourceMappingsResponse::event_source_mappings).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn event_source_mappings(
        mut self,
        input: impl ::std::convert::Into<crate::types::EventSourceMappingConfiguration>,
    ) -> Self {
        self.event_source_mappings
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`event_source_mappings`](Self::event_source_mappings).
    pub fn set_event_source_mappings(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<crate::types::EventSourceMappingConfiguration>,
        >,
    ) -> Self {
        self.event_source_mappings = input;
        self
    }
    /// See [`ListEventSourceMappingsResponse::next_marker`](crate::types::ListEventSourceMappingsResponse::next_marker).
    pub fn next_marker(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.next_marker = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`next_marker`](Self::next_marker).
    pub fn set_next_marker(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.next_marker = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ListEventSourceMappingsResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ListEventSourceMappingsResponse {
            event_source_mappings: self.event_source_mappings,
            next_marker: self.next_marker,
        })
    }
}
/// A builder for [`ListFunctionEventInvokeConfigsRequest`](crate::types::ListFunctionEventInvokeConfigsRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ListFunctionEventInvokeConfigsRequestBuilder {
    pub(crate) function_name: ::std::option::Option<::std::string::String>,
    pub(crate) marker: ::std::option::Option<::std::string::String>,
    pub(crate) max_items: ::std::option::Option<i64>,
}
impl ::std::fmt::Debug for ListFunctionEventInvokeConfigsRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListFunctionEventInvokeConfigsRequestBuilder")
            .finish_non_exhaustive()
    }
}
impl ListFunctionEventInvokeConfigsRequestBuilder {
    /// See [`ListFunctionEventInvokeConfigsRequest::function_name`](crate::types::ListFunctionEventInvokeConfigsRequest::function_name).
    pub fn function_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.function_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`function_name`](Self::function_name).
    pub fn set_function_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.function_name = input;
        self
    }
    /// See [`ListFunctionEventInvokeConfigsRequest::marker`](crate::types::ListFunctionEventInvokeConfigsRequest::marker).
    pub fn marker(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.marker = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`marker`](Self::marker).
    pub fn set_marker(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.marker = input;
        self
    }
    /// See [`ListFunctionEventInvokeConfigsRequest::max_items`](crate::types::ListFunctionEventInvokeConfigsRequest::max_items).
    pub fn max_items(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.max_items = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`max_items`](Self::max_items).
    pub fn set_max_items(mut self, input: ::std::option::Option<i64>) -> Self {
        self.max_items = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ListFunctionEventInvokeConfigsRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ListFunctionEventInvokeConfigsRequest {
            function_name: self
                .function_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "ListFunctionEventInvokeConfigsRequest",
                        "function_name",
                    ),
                )?,
            marker: self.marker,
            max_items: self.max_items,
        })
    }
}
/// A builder for [`ListFunctionEventInvokeConfigsResponse`](crate::types::ListFunctionEventInvokeConfigsResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ListFunctionEventInvokeConfigsResponseBuilder {
    pub(crate) function_event_invoke_configs: ::std::option::Option<
        ::std::vec::Vec<crate::types::FunctionEventInvokeConfig>,
    >,
    pub(crate) next_marker: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ListFunctionEventInvokeConfigsResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListFunctionEventInvokeConfigsResponseBuilder")
            .finish_non_exhaustive()
    }
}
impl ListFunctionEventInvokeConfigsResponseBuilder {
    /// See [`ListFunctionEventInvokeConfigsResponse::function_event_invoke_configs`](crate::types::ListFunctionEventInvokeConfigsResponse::function_event_invoke_configs).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn function_event_invoke_configs(
        mut self,
        input: impl ::std::convert::Into<crate::types::FunctionEventInvokeConfig>,
    ) -> Self {
        self.function_event_invoke_configs
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`function_event_invoke_configs`](Self::function_event_invoke_configs).
    pub fn set_function_event_invoke_configs(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<crate::types::FunctionEventInvokeConfig>,
        >,
    ) -> Self {
        self.function_event_invoke_configs = input;
        self
    }
    /// See [`ListFunctionEventInvokeConfigsResponse::next_marker`](crate::types::ListFunctionEventInvokeConfigsResponse::next_marker).
    pub fn next_marker(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.next_marker = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`next_marker`](Self::next_marker).
    pub fn set_next_marker(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.next_marker = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ListFunctionEventInvokeConfigsResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ListFunctionEventInvokeConfigsResponse {
            function_event_invoke_configs: self.function_event_invoke_configs,
            next_marker: self.next_marker,
        })
    }
}
/// A builder for [`ListFunctionUrlConfigsRequest`](crate::types::ListFunctionUrlConfigsRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ListFunctionUrlConfigsRequestBuilder {
    pub(crate) function_name: ::std::option::Option<::std::string::String>,
    pub(crate) marker: ::std::option::Option<::std::string::String>,
    pub(crate) max_items: ::std::option::Option<i64>,
}
impl ::std::fmt::Debug for ListFunctionUrlConfigsRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListFunctionUrlConfigsRequestBuilder").finish_non_exhaustive()
    }
}
impl ListFunctionUrlConfigsRequestBuilder {
    /// See [`ListFunctionUrlConfigsRequest::function_name`](crate::types::ListFunctionUrlConfigsRequest::function_name).
    pub fn function_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.function_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`function_name`](Self::function_name).
    pub fn set_function_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.function_name = input;
        self
    }
    /// See [`ListFunctionUrlConfigsRequest::marker`](crate::types::ListFunctionUrlConfigsRequest::marker).
    pub fn marker(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.marker = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`marker`](Self::marker).
    pub fn set_marker(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.marker = input;
        self
    }
    /// See [`ListFunctionUrlConfigsRequest::max_items`](crate::types::ListFunctionUrlConfigsRequest::max_items).
    pub fn max_items(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.max_items = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`max_items`](Self::max_items).
    pub fn set_max_items(mut self, input: ::std::option::Option<i64>) -> Self {
        self.max_items = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ListFunctionUrlConfigsRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ListFunctionUrlConfigsRequest {
            function_name: self
                .function_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "ListFunctionUrlConfigsRequest",
                        "function_name",
                    ),
                )?,
            marker: self.marker,
            max_items: self.max_items,
        })
    }
}
/// A builder for [`ListFunctionUrlConfigsResponse`](crate::types::ListFunctionUrlConfigsResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ListFunctionUrlConfigsResponseBuilder {
    pub(crate) function_url_configs: ::std::option::Option<
        ::std::vec::Vec<crate::types::FunctionUrlConfig>,
    >,
    pub(crate) next_marker: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ListFunctionUrlConfigsResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListFunctionUrlConfigsResponseBuilder").finish_non_exhaustive()
    }
}
impl ListFunctionUrlConfigsResponseBuilder {
    /// See [`ListFunctionUrlConfigsResponse::function_url_configs`](crate::types::ListFunctionUrlConfigsResponse::function_url_configs).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn function_url_configs(
        mut self,
        input: impl ::std::convert::Into<crate::types::FunctionUrlConfig>,
    ) -> Self {
        self.function_url_configs
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`function_url_configs`](Self::function_url_configs).
    pub fn set_function_url_configs(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::FunctionUrlConfig>>,
    ) -> Self {
        self.function_url_configs = input;
        self
    }
    /// See [`ListFunctionUrlConfigsResponse::next_marker`](crate::types::ListFunctionUrlConfigsResponse::next_marker).
    pub fn next_marker(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.next_marker = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`next_marker`](Self::next_marker).
    pub fn set_next_marker(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.next_marker = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ListFunctionUrlConfigsResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ListFunctionUrlConfigsResponse {
            function_url_configs: self
                .function_url_configs
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "ListFunctionUrlConfigsResponse",
                        "function_url_configs",
                    ),
                )?,
            next_marker: self.next_marker,
        })
    }
}
/// A builder for [`ListFunctionVersionsByCapacityProviderRequest`](crate::types::ListFunctionVersionsByCapacityProviderRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ListFunctionVersionsByCapacityProviderRequestBuilder {
    pub(crate) capacity_provider_name: ::std::option::Option<::std::string::String>,
    pub(crate) marker: ::std::option::Option<::std::string::String>,
    pub(crate) max_items: ::std::option::Option<i64>,
}
impl ::std::fmt::Debug for ListFunctionVersionsByCapacityProviderRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListFunctionVersionsByCapacityProviderRequestBuilder")
            .finish_non_exhaustive()
    }
}
impl ListFunctionVersionsByCapacityProviderRequestBuilder {
    /// See [`ListFunctionVersionsByCapacityProviderRequest::capacity_provider_name`](crate::types::ListFunctionVersionsByCapacityProviderRequest::capacity_provider_name).
    pub fn capacity_provider_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.capacity_provider_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`capacity_provider_name`](Self::capacity_provider_name).
    pub fn set_capacity_provider_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.capacity_provider_name = input;
        self
    }
    /// See [`ListFunctionVersionsByCapacityProviderRequest::marker`](crate::types::ListFunctionVersionsByCapacityProviderRequest::marker).
    pub fn marker(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.marker = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`marker`](Self::marker).
    pub fn set_marker(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.marker = input;
        self
    }
    /// See [`ListFunctionVersionsByCapacityProviderRequest::max_items`](crate::types::ListFunctionVersionsByCapacityProviderRequest::max_items).
    pub fn max_items(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.max_items = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`max_items`](Self::max_items).
    pub fn set_max_items(mut self, input: ::std::option::Option<i64>) -> Self {
        self.max_items = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ListFunctionVersionsByCapacityProviderRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ListFunctionVersionsByCapacityProviderRequest {
            capacity_provider_name: self
                .capacity_provider_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "ListFunctionVersionsByCapacityProviderRequest",
                        "capacity_provider_name",
                    ),
                )?,
            marker: self.marker,
            max_items: self.max_items,
        })
    }
}
/// A builder for [`ListFunctionVersionsByCapacityProviderResponse`](crate::types::ListFunctionVersionsByCapacityProviderResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ListFunctionVersionsByCapacityProviderResponseBuilder {
    pub(crate) capacity_provider_arn: ::std::option::Option<::std::string::String>,
    pub(crate) function_versions: ::std::option::Option<
        ::std::vec::Vec<crate::types::FunctionVersionsByCapacityProviderListItem>,
    >,
    pub(crate) next_marker: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ListFunctionVersionsByCapacityProviderResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListFunctionVersionsByCapacityProviderResponseBuilder")
            .finish_non_exhaustive()
    }
}
impl ListFunctionVersionsByCapacityProviderResponseBuilder {
    /// See [`ListFunctionVersionsByCapacityProviderResponse::capacity_provider_arn`](crate::types::ListFunctionVersionsByCapacityProviderResponse::capacity_provider_arn).
    pub fn capacity_provider_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.capacity_provider_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`capacity_provider_arn`](Self::capacity_provider_arn).
    pub fn set_capacity_provider_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.capacity_provider_arn = input;
        self
    }
    /// See [`ListFunctionVersionsByCapacityProviderResponse::function_versions`](crate::types::ListFunctionVersionsByCapacityProviderResponse::function_versions).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn function_versions(
        mut self,
        input: impl ::std::convert::Into<
            crate::types::FunctionVersionsByCapacityProviderListItem,
        >,
    ) -> Self {
        self.function_versions
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`function_versions`](Self::function_versions).
    pub fn set_function_versions(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<crate::types::FunctionVersionsByCapacityProviderListItem>,
        >,
    ) -> Self {
        self.function_versions = input;
        self
    }
    /// See [`ListFunctionVersionsByCapacityProviderResponse::next_marker`](crate::types::ListFunctionVersionsByCapacityProviderResponse::next_marker).
    pub fn next_marker(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.next_marker = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`next_marker`](Self::next_marker).
    pub fn set_next_marker(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.next_marker = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ListFunctionVersionsByCapacityProviderResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ListFunctionVersionsByCapacityProviderResponse {
            capacity_provider_arn: self
                .capacity_provider_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "ListFunctionVersionsByCapacityProviderResponse",
                        "capacity_provider_arn",
                    ),
                )?,
            function_versions: self
                .function_versions
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "ListFunctionVersionsByCapacityProviderResponse",
                        "function_versions",
                    ),
                )?,
            next_marker: self.next_marker,
        })
    }
}
/// A builder for [`ListFunctionsByCodeSigningConfigRequest`](crate::types::ListFunctionsByCodeSigningConfigRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ListFunctionsByCodeSigningConfigRequestBuilder {
    pub(crate) code_signing_config_arn: ::std::option::Option<::std::string::String>,
    pub(crate) marker: ::std::option::Option<::std::string::String>,
    pub(crate) max_items: ::std::option::Option<i64>,
}
impl ::std::fmt::Debug for ListFunctionsByCodeSigningConfigRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListFunctionsByCodeSigningConfigRequestBuilder")
            .finish_non_exhaustive()
    }
}
impl ListFunctionsByCodeSigningConfigRequestBuilder {
    /// See [`ListFunctionsByCodeSigningConfigRequest::code_signing_config_arn`](crate::types::ListFunctionsByCodeSigningConfigRequest::code_signing_config_arn).
    pub fn code_signing_config_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.code_signing_config_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`code_signing_config_arn`](Self::code_signing_config_arn).
    pub fn set_code_signing_config_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.code_signing_config_arn = input;
        self
    }
    /// See [`ListFunctionsByCodeSigningConfigRequest::marker`](crate::types::ListFunctionsByCodeSigningConfigRequest::marker).
    pub fn marker(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.marker = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`marker`](Self::marker).
    pub fn set_marker(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.marker = input;
        self
    }
    /// See [`ListFunctionsByCodeSigningConfigRequest::max_items`](crate::types::ListFunctionsByCodeSigningConfigRequest::max_items).
    pub fn max_items(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.max_items = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`max_items`](Self::max_items).
    pub fn set_max_items(mut self, input: ::std::option::Option<i64>) -> Self {
        self.max_items = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ListFunctionsByCodeSigningConfigRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ListFunctionsByCodeSigningConfigRequest {
            code_signing_config_arn: self
                .code_signing_config_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "ListFunctionsByCodeSigningConfigRequest",
                        "code_signing_config_arn",
                    ),
                )?,
            marker: self.marker,
            max_items: self.max_items,
        })
    }
}
/// A builder for [`ListFunctionsByCodeSigningConfigResponse`](crate::types::ListFunctionsByCodeSigningConfigResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ListFunctionsByCodeSigningConfigResponseBuilder {
    pub(crate) function_arns: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    pub(crate) next_marker: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ListFunctionsByCodeSigningConfigResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListFunctionsByCodeSigningConfigResponseBuilder")
            .finish_non_exhaustive()
    }
}
impl ListFunctionsByCodeSigningConfigResponseBuilder {
    /// See [`ListFunctionsByCodeSigningConfigResponse::function_arns`](crate::types::ListFunctionsByCodeSigningConfigResponse::function_arns).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn function_arns(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.function_arns.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`function_arns`](Self::function_arns).
    pub fn set_function_arns(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.function_arns = input;
        self
    }
    /// See [`ListFunctionsByCodeSigningConfigResponse::next_marker`](crate::types::ListFunctionsByCodeSigningConfigResponse::next_marker).
    pub fn next_marker(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.next_marker = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`next_marker`](Self::next_marker).
    pub fn set_next_marker(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.next_marker = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ListFunctionsByCodeSigningConfigResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ListFunctionsByCodeSigningConfigResponse {
            function_arns: self.function_arns,
            next_marker: self.next_marker,
        })
    }
}
/// A builder for [`ListFunctionsRequest`](crate::types::ListFunctionsRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ListFunctionsRequestBuilder {
    pub(crate) function_version: ::std::option::Option<crate::types::FunctionVersion>,
    pub(crate) marker: ::std::option::Option<::std::string::String>,
    pub(crate) master_region: ::std::option::Option<::std::string::String>,
    pub(crate) max_items: ::std::option::Option<i64>,
}
impl ::std::fmt::Debug for ListFunctionsRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListFunctionsRequestBuilder").finish_non_exhaustive()
    }
}
impl ListFunctionsRequestBuilder {
    /// See [`ListFunctionsRequest::function_version`](crate::types::ListFunctionsRequest::function_version).
    pub fn function_version(
        mut self,
        input: impl ::std::convert::Into<crate::types::FunctionVersion>,
    ) -> Self {
        self.function_version = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`function_version`](Self::function_version).
    pub fn set_function_version(
        mut self,
        input: ::std::option::Option<crate::types::FunctionVersion>,
    ) -> Self {
        self.function_version = input;
        self
    }
    /// See [`ListFunctionsRequest::marker`](crate::types::ListFunctionsRequest::marker).
    pub fn marker(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.marker = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`marker`](Self::marker).
    pub fn set_marker(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.marker = input;
        self
    }
    /// See [`ListFunctionsRequest::master_region`](crate::types::ListFunctionsRequest::master_region).
    pub fn master_region(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.master_region = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`master_region`](Self::master_region).
    pub fn set_master_region(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.master_region = input;
        self
    }
    /// See [`ListFunctionsRequest::max_items`](crate::types::ListFunctionsRequest::max_items).
    pub fn max_items(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.max_items = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`max_items`](Self::max_items).
    pub fn set_max_items(mut self, input: ::std::option::Option<i64>) -> Self {
        self.max_items = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ListFunctionsRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ListFunctionsRequest {
            function_version: self.function_version,
            marker: self.marker,
            master_region: self.master_region,
            max_items: self.max_items,
        })
    }
}
/// A builder for [`ListFunctionsResponse`](crate::types::ListFunctionsResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ListFunctionsResponseBuilder {
    pub(crate) functions: ::std::option::Option<
        ::std::vec::Vec<crate::types::FunctionConfiguration>,
    >,
    pub(crate) next_marker: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ListFunctionsResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListFunctionsResponseBuilder").finish_non_exhaustive()
    }
}
impl ListFunctionsResponseBuilder {
    /// See [`ListFunctionsResponse::functions`](crate::types::ListFunctionsResponse::functions).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn functions(
        mut self,
        input: impl ::std::convert::Into<crate::types::FunctionConfiguration>,
    ) -> Self {
        self.functions.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`functions`](Self::functions).
    pub fn set_functions(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<crate::types::FunctionConfiguration>,
        >,
    ) -> Self {
        self.functions = input;
        self
    }
    /// See [`ListFunctionsResponse::next_marker`](crate::types::ListFunctionsResponse::next_marker).
    pub fn next_marker(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.next_marker = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`next_marker`](Self::next_marker).
    pub fn set_next_marker(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.next_marker = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ListFunctionsResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ListFunctionsResponse {
            functions: self.functions,
            next_marker: self.next_marker,
        })
    }
}
/// A builder for [`ListLayerVersionsRequest`](crate::types::ListLayerVersionsRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ListLayerVersionsRequestBuilder {
    pub(crate) compatible_architecture: ::std::option::Option<
        crate::types::Architecture,
    >,
    pub(crate) compatible_runtime: ::std::option::Option<crate::types::Runtime>,
    pub(crate) layer_name: ::std::option::Option<::std::string::String>,
    pub(crate) marker: ::std::option::Option<::std::string::String>,
    pub(crate) max_items: ::std::option::Option<i64>,
}
impl ::std::fmt::Debug for ListLayerVersionsRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListLayerVersionsRequestBuilder").finish_non_exhaustive()
    }
}
impl ListLayerVersionsRequestBuilder {
    /// See [`ListLayerVersionsRequest::compatible_architecture`](crate::types::ListLayerVersionsRequest::compatible_architecture).
    pub fn compatible_architecture(
        mut self,
        input: impl ::std::convert::Into<crate::types::Architecture>,
    ) -> Self {
        self.compatible_architecture = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`compatible_architecture`](Self::compatible_architecture).
    pub fn set_compatible_architecture(
        mut self,
        input: ::std::option::Option<crate::types::Architecture>,
    ) -> Self {
        self.compatible_architecture = input;
        self
    }
    /// See [`ListLayerVersionsRequest::compatible_runtime`](crate::types::ListLayerVersionsRequest::compatible_runtime).
    pub fn compatible_runtime(
        mut self,
        input: impl ::std::convert::Into<crate::types::Runtime>,
    ) -> Self {
        self.compatible_runtime = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`compatible_runtime`](Self::compatible_runtime).
    pub fn set_compatible_runtime(
        mut self,
        input: ::std::option::Option<crate::types::Runtime>,
    ) -> Self {
        self.compatible_runtime = input;
        self
    }
    /// See [`ListLayerVersionsRequest::layer_name`](crate::types::ListLayerVersionsRequest::layer_name).
    pub fn layer_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.layer_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`layer_name`](Self::layer_name).
    pub fn set_layer_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.layer_name = input;
        self
    }
    /// See [`ListLayerVersionsRequest::marker`](crate::types::ListLayerVersionsRequest::marker).
    pub fn marker(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.marker = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`marker`](Self::marker).
    pub fn set_marker(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.marker = input;
        self
    }
    /// See [`ListLayerVersionsRequest::max_items`](crate::types::ListLayerVersionsRequest::max_items).
    pub fn max_items(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.max_items = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`max_items`](Self::max_items).
    pub fn set_max_items(mut self, input: ::std::option::Option<i64>) -> Self {
        self.max_items = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ListLayerVersionsRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ListLayerVersionsRequest {
            compatible_architecture: self.compatible_architecture,
            compatible_runtime: self.compatible_runtime,
            layer_name: self
                .layer_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "ListLayerVersionsRequest",
                        "layer_name",
                    ),
                )?,
            marker: self.marker,
            max_items: self.max_items,
        })
    }
}
/// A builder for [`ListLayerVersionsResponse`](crate::types::ListLayerVersionsResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ListLayerVersionsResponseBuilder {
    pub(crate) layer_versions: ::std::option::Option<
        ::std::vec::Vec<crate::types::LayerVersionsListItem>,
    >,
    pub(crate) next_marker: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ListLayerVersionsResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListLayerVersionsResponseBuilder").finish_non_exhaustive()
    }
}
impl ListLayerVersionsResponseBuilder {
    /// See [`ListLayerVersionsResponse::layer_versions`](crate::types::ListLayerVersionsResponse::layer_versions).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn layer_versions(
        mut self,
        input: impl ::std::convert::Into<crate::types::LayerVersionsListItem>,
    ) -> Self {
        self.layer_versions.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`layer_versions`](Self::layer_versions).
    pub fn set_layer_versions(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<crate::types::LayerVersionsListItem>,
        >,
    ) -> Self {
        self.layer_versions = input;
        self
    }
    /// See [`ListLayerVersionsResponse::next_marker`](crate::types::ListLayerVersionsResponse::next_marker).
    pub fn next_marker(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.next_marker = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`next_marker`](Self::next_marker).
    pub fn set_next_marker(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.next_marker = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ListLayerVersionsResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ListLayerVersionsResponse {
            layer_versions: self.layer_versions,
            next_marker: self.next_marker,
        })
    }
}
/// A builder for [`ListLayersRequest`](crate::types::ListLayersRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ListLayersRequestBuilder {
    pub(crate) compatible_architecture: ::std::option::Option<
        crate::types::Architecture,
    >,
    pub(crate) compatible_runtime: ::std::option::Option<crate::types::Runtime>,
    pub(crate) marker: ::std::option::Option<::std::string::String>,
    pub(crate) max_items: ::std::option::Option<i64>,
}
impl ::std::fmt::Debug for ListLayersRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListLayersRequestBuilder").finish_non_exhaustive()
    }
}
impl ListLayersRequestBuilder {
    /// See [`ListLayersRequest::compatible_architecture`](crate::types::ListLayersRequest::compatible_architecture).
    pub fn compatible_architecture(
        mut self,
        input: impl ::std::convert::Into<crate::types::Architecture>,
    ) -> Self {
        self.compatible_architecture = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`compatible_architecture`](Self::compatible_architecture).
    pub fn set_compatible_architecture(
        mut self,
        input: ::std::option::Option<crate::types::Architecture>,
    ) -> Self {
        self.compatible_architecture = input;
        self
    }
    /// See [`ListLayersRequest::compatible_runtime`](crate::types::ListLayersRequest::compatible_runtime).
    pub fn compatible_runtime(
        mut self,
        input: impl ::std::convert::Into<crate::types::Runtime>,
    ) -> Self {
        self.compatible_runtime = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`compatible_runtime`](Self::compatible_runtime).
    pub fn set_compatible_runtime(
        mut self,
        input: ::std::option::Option<crate::types::Runtime>,
    ) -> Self {
        self.compatible_runtime = input;
        self
    }
    /// See [`ListLayersRequest::marker`](crate::types::ListLayersRequest::marker).
    pub fn marker(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.marker = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`marker`](Self::marker).
    pub fn set_marker(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.marker = input;
        self
    }
    /// See [`ListLayersRequest::max_items`](crate::types::ListLayersRequest::max_items).
    pub fn max_items(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.max_items = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`max_items`](Self::max_items).
    pub fn set_max_items(mut self, input: ::std::option::Option<i64>) -> Self {
        self.max_items = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ListLayersRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ListLayersRequest {
            compatible_architecture: self.compatible_architecture,
            compatible_runtime: self.compatible_runtime,
            marker: self.marker,
            max_items: self.max_items,
        })
    }
}
/// A builder for [`ListLayersResponse`](crate::types::ListLayersResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ListLayersResponseBuilder {
    pub(crate) layers: ::std::option::Option<
        ::std::vec::Vec<crate::types::LayersListItem>,
    >,
    pub(crate) next_marker: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ListLayersResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListLayersResponseBuilder").finish_non_exhaustive()
    }
}
impl ListLayersResponseBuilder {
    /// See [`ListLayersResponse::layers`](crate::types::ListLayersResponse::layers).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn layers(
        mut self,
        input: impl ::std::convert::Into<crate::types::LayersListItem>,
    ) -> Self {
        self.layers.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`layers`](Self::layers).
    pub fn set_layers(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::LayersListItem>>,
    ) -> Self {
        self.layers = input;
        self
    }
    /// See [`ListLayersResponse::next_marker`](crate::types::ListLayersResponse::next_marker).
    pub fn next_marker(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.next_marker = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`next_marker`](Self::next_marker).
    pub fn set_next_marker(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.next_marker = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ListLayersResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ListLayersResponse {
            layers: self.layers,
            next_marker: self.next_marker,
        })
    }
}
/// A builder for [`ListProvisionedConcurrencyConfigsRequest`](crate::types::ListProvisionedConcurrencyConfigsRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ListProvisionedConcurrencyConfigsRequestBuilder {
    pub(crate) function_name: ::std::option::Option<::std::string::String>,
    pub(crate) marker: ::std::option::Option<::std::string::String>,
    pub(crate) max_items: ::std::option::Option<i64>,
}
impl ::std::fmt::Debug for ListProvisionedConcurrencyConfigsRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListProvisionedConcurrencyConfigsRequestBuilder")
            .finish_non_exhaustive()
    }
}
impl ListProvisionedConcurrencyConfigsRequestBuilder {
    /// See [`ListProvisionedConcurrencyConfigsRequest::function_name`](crate::types::ListProvisionedConcurrencyConfigsRequest::function_name).
    pub fn function_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.function_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`function_name`](Self::function_name).
    pub fn set_function_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.function_name = input;
        self
    }
    /// See [`ListProvisionedConcurrencyConfigsRequest::marker`](crate::types::ListProvisionedConcurrencyConfigsRequest::marker).
    pub fn marker(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.marker = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`marker`](Self::marker).
    pub fn set_marker(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.marker = input;
        self
    }
    /// See [`ListProvisionedConcurrencyConfigsRequest::max_items`](crate::types::ListProvisionedConcurrencyConfigsRequest::max_items).
    pub fn max_items(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.max_items = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`max_items`](Self::max_items).
    pub fn set_max_items(mut self, input: ::std::option::Option<i64>) -> Self {
        self.max_items = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ListProvisionedConcurrencyConfigsRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ListProvisionedConcurrencyConfigsRequest {
            function_name: self
                .function_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "ListProvisionedConcurrencyConfigsRequest",
                        "function_name",
                    ),
                )?,
            marker: self.marker,
            max_items: self.max_items,
        })
    }
}
/// A builder for [`ListProvisionedConcurrencyConfigsResponse`](crate::types::ListProvisionedConcurrencyConfigsResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ListProvisionedConcurrencyConfigsResponseBuilder {
    pub(crate) next_marker: ::std::option::Option<::std::string::String>,
    pub(crate) provisioned_concurrency_configs: ::std::option::Option<
        ::std::vec::Vec<crate::types::ProvisionedConcurrencyConfigListItem>,
    >,
}
impl ::std::fmt::Debug for ListProvisionedConcurrencyConfigsResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListProvisionedConcurrencyConfigsResponseBuilder")
            .finish_non_exhaustive()
    }
}
impl ListProvisionedConcurrencyConfigsResponseBuilder {
    /// See [`ListProvisionedConcurrencyConfigsResponse::next_marker`](crate::types::ListProvisionedConcurrencyConfigsResponse::next_marker).
    pub fn next_marker(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.next_marker = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`next_marker`](Self::next_marker).
    pub fn set_next_marker(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.next_marker = input;
        self
    }
    /// See [`ListProvisionedConcurrencyConfigsResponse::provisioned_concurrency_configs`](crate::types::ListProvisionedConcurrencyConfigsResponse::provisioned_concurrency_configs).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn provisioned_concurrency_configs(
        mut self,
        input: impl ::std::convert::Into<
            crate::types::ProvisionedConcurrencyConfigListItem,
        >,
    ) -> Self {
        self.provisioned_concurrency_configs
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`provisioned_concurrency_configs`](Self::provisioned_concurrency_configs).
    pub fn set_provisioned_concurrency_configs(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<crate::types::ProvisionedConcurrencyConfigListItem>,
        >,
    ) -> Self {
        self.provisioned_concurrency_configs = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ListProvisionedConcurrencyConfigsResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ListProvisionedConcurrencyConfigsResponse {
            next_marker: self.next_marker,
            provisioned_concurrency_configs: self.provisioned_concurrency_configs,
        })
    }
}
/// A builder for [`ListTagsRequest`](crate::types::ListTagsRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ListTagsRequestBuilder {
    pub(crate) resource: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ListTagsRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListTagsRequestBuilder").finish_non_exhaustive()
    }
}
impl ListTagsRequestBuilder {
    /// See [`ListTagsRequest::resource`](crate::types::ListTagsRequest::resource).
    pub fn resource(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.resource = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`resource`](Self::resource).
    pub fn set_resource(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.resource = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ListTagsRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ListTagsRequest {
            resource: self
                .resource
                .ok_or(
                    crate::runtime::BuildError::missing("ListTagsRequest", "resource"),
                )?,
        })
    }
}
/// A builder for [`ListTagsResponse`](crate::types::ListTagsResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ListTagsResponseBuilder {
    pub(crate) tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
}
impl ::std::fmt::Debug for ListTagsResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListTagsResponseBuilder").finish_non_exhaustive()
    }
}
impl ListTagsResponseBuilder {
    /// See [`ListTagsResponse::tags`](crate::types::ListTagsResponse::tags).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn tags(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.tags
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`tags`](Self::tags).
    pub fn set_tags(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        >,
    ) -> Self {
        self.tags = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ListTagsResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ListTagsResponse {
            tags: self.tags,
        })
    }
}
/// A builder for [`ListVersionsByFunctionRequest`](crate::types::ListVersionsByFunctionRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ListVersionsByFunctionRequestBuilder {
    pub(crate) function_name: ::std::option::Option<::std::string::String>,
    pub(crate) marker: ::std::option::Option<::std::string::String>,
    pub(crate) max_items: ::std::option::Option<i64>,
}
impl ::std::fmt::Debug for ListVersionsByFunctionRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListVersionsByFunctionRequestBuilder").finish_non_exhaustive()
    }
}
impl ListVersionsByFunctionRequestBuilder {
    /// See [`ListVersionsByFunctionRequest::function_name`](crate::types::ListVersionsByFunctionRequest::function_name).
    pub fn function_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.function_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`function_name`](Self::function_name).
    pub fn set_function_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.function_name = input;
        self
    }
    /// See [`ListVersionsByFunctionRequest::marker`](crate::types::ListVersionsByFunctionRequest::marker).
    pub fn marker(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.marker = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`marker`](Self::marker).
    pub fn set_marker(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.marker = input;
        self
    }
    /// See [`ListVersionsByFunctionRequest::max_items`](crate::types::ListVersionsByFunctionRequest::max_items).
    pub fn max_items(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.max_items = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`max_items`](Self::max_items).
    pub fn set_max_items(mut self, input: ::std::option::Option<i64>) -> Self {
        self.max_items = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ListVersionsByFunctionRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ListVersionsByFunctionRequest {
            function_name: self
                .function_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "ListVersionsByFunctionRequest",
                        "function_name",
                    ),
                )?,
            marker: self.marker,
            max_items: self.max_items,
        })
    }
}
/// A builder for [`ListVersionsByFunctionResponse`](crate::types::ListVersionsByFunctionResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ListVersionsByFunctionResponseBuilder {
    pub(crate) next_marker: ::std::option::Option<::std::string::String>,
    pub(crate) versions: ::std::option::Option<
        ::std::vec::Vec<crate::types::FunctionConfiguration>,
    >,
}
impl ::std::fmt::Debug for ListVersionsByFunctionResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListVersionsByFunctionResponseBuilder").finish_non_exhaustive()
    }
}
impl ListVersionsByFunctionResponseBuilder {
    /// See [`ListVersionsByFunctionResponse::next_marker`](crate::types::ListVersionsByFunctionResponse::next_marker).
    pub fn next_marker(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.next_marker = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`next_marker`](Self::next_marker).
    pub fn set_next_marker(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.next_marker = input;
        self
    }
    /// See [`ListVersionsByFunctionResponse::versions`](crate::types::ListVersionsByFunctionResponse::versions).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn versions(
        mut self,
        input: impl ::std::convert::Into<crate::types::FunctionConfiguration>,
    ) -> Self {
        self.versions.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`versions`](Self::versions).
    pub fn set_versions(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<crate::types::FunctionConfiguration>,
        >,
    ) -> Self {
        self.versions = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ListVersionsByFunctionResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ListVersionsByFunctionResponse {
            next_marker: self.next_marker,
            versions: self.versions,
        })
    }
}
/// A builder for [`LoggingConfig`](crate::types::LoggingConfig).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct LoggingConfigBuilder {
    pub(crate) application_log_level: ::std::option::Option<
        crate::types::ApplicationLogLevel,
    >,
    pub(crate) log_format: ::std::option::Option<crate::types::LogFormat>,
    pub(crate) log_group: ::std::option::Option<::std::string::String>,
    pub(crate) system_log_level: ::std::option::Option<crate::types::SystemLogLevel>,
}
impl ::std::fmt::Debug for LoggingConfigBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("LoggingConfigBuilder").finish_non_exhaustive()
    }
}
impl LoggingConfigBuilder {
    /// See [`LoggingConfig::application_log_level`](crate::types::LoggingConfig::application_log_level).
    pub fn application_log_level(
        mut self,
        input: impl ::std::convert::Into<crate::types::ApplicationLogLevel>,
    ) -> Self {
        self.application_log_level = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`application_log_level`](Self::application_log_level).
    pub fn set_application_log_level(
        mut self,
        input: ::std::option::Option<crate::types::ApplicationLogLevel>,
    ) -> Self {
        self.application_log_level = input;
        self
    }
    /// See [`LoggingConfig::log_format`](crate::types::LoggingConfig::log_format).
    pub fn log_format(
        mut self,
        input: impl ::std::convert::Into<crate::types::LogFormat>,
    ) -> Self {
        self.log_format = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`log_format`](Self::log_format).
    pub fn set_log_format(
        mut self,
        input: ::std::option::Option<crate::types::LogFormat>,
    ) -> Self {
        self.log_format = input;
        self
    }
    /// See [`LoggingConfig::log_group`](crate::types::LoggingConfig::log_group).
    pub fn log_group(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.log_group = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`log_group`](Self::log_group).
    pub fn set_log_group(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.log_group = input;
        self
    }
    /// See [`LoggingConfig::system_log_level`](crate::types::LoggingConfig::system_log_level).
    pub fn system_log_level(
        mut self,
        input: impl ::std::convert::Into<crate::types::SystemLogLevel>,
    ) -> Self {
        self.system_log_level = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`system_log_level`](Self::system_log_level).
    pub fn set_system_log_level(
        mut self,
        input: ::std::option::Option<crate::types::SystemLogLevel>,
    ) -> Self {
        self.system_log_level = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::LoggingConfig, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::LoggingConfig {
            application_log_level: self.application_log_level,
            log_format: self.log_format,
            log_group: self.log_group,
            system_log_level: self.system_log_level,
        })
    }
}
/// A builder for [`OnFailure`](crate::types::OnFailure).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct OnFailureBuilder {
    pub(crate) destination: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for OnFailureBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("OnFailureBuilder").finish_non_exhaustive()
    }
}
impl OnFailureBuilder {
    /// See [`OnFailure::destination`](crate::types::OnFailure::destination).
    pub fn destination(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.destination = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`destination`](Self::destination).
    pub fn set_destination(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.destination = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::OnFailure, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::OnFailure {
            destination: self.destination,
        })
    }
}
/// A builder for [`OnSuccess`](crate::types::OnSuccess).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct OnSuccessBuilder {
    pub(crate) destination: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for OnSuccessBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("OnSuccessBuilder").finish_non_exhaustive()
    }
}
impl OnSuccessBuilder {
    /// See [`OnSuccess::destination`](crate::types::OnSuccess::destination).
    pub fn destination(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.destination = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`destination`](Self::destination).
    pub fn set_destination(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.destination = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::OnSuccess, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::OnSuccess {
            destination: self.destination,
        })
    }
}
/// A builder for [`Operation`](crate::types::Operation).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct OperationBuilder {
    pub(crate) callback_details: ::std::option::Option<crate::types::CallbackDetails>,
    pub(crate) chained_invoke_details: ::std::option::Option<
        crate::types::ChainedInvokeDetails,
    >,
    pub(crate) context_details: ::std::option::Option<crate::types::ContextDetails>,
    pub(crate) end_timestamp: ::std::option::Option<crate::runtime::Timestamp>,
    pub(crate) execution_details: ::std::option::Option<crate::types::ExecutionDetails>,
    pub(crate) id: ::std::option::Option<::std::string::String>,
    pub(crate) name: ::std::option::Option<::std::string::String>,
    pub(crate) parent_id: ::std::option::Option<::std::string::String>,
    pub(crate) start_timestamp: ::std::option::Option<crate::runtime::Timestamp>,
    pub(crate) status: ::std::option::Option<crate::types::OperationStatus>,
    pub(crate) step_details: ::std::option::Option<crate::types::StepDetails>,
    pub(crate) sub_type: ::std::option::Option<::std::string::String>,
    pub(crate) r#type: ::std::option::Option<crate::types::OperationType>,
    pub(crate) wait_details: ::std::option::Option<crate::types::WaitDetails>,
}
impl ::std::fmt::Debug for OperationBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("OperationBuilder").finish_non_exhaustive()
    }
}
impl OperationBuilder {
    /// See [`Operation::callback_details`](crate::types::Operation::callback_details).
    pub fn callback_details(
        mut self,
        input: impl ::std::convert::Into<crate::types::CallbackDetails>,
    ) -> Self {
        self.callback_details = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`callback_details`](Self::callback_details).
    pub fn set_callback_details(
        mut self,
        input: ::std::option::Option<crate::types::CallbackDetails>,
    ) -> Self {
        self.callback_details = input;
        self
    }
    /// See [`Operation::chained_invoke_details`](crate::types::Operation::chained_invoke_details).
    pub fn chained_invoke_details(
        mut self,
        input: impl ::std::convert::Into<crate::types::ChainedInvokeDetails>,
    ) -> Self {
        self.chained_invoke_details = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`chained_invoke_details`](Self::chained_invoke_details).
    pub fn set_chained_invoke_details(
        mut self,
        input: ::std::option::Option<crate::types::ChainedInvokeDetails>,
    ) -> Self {
        self.chained_invoke_details = input;
        self
    }
    /// See [`Operation::context_details`](crate::types::Operation::context_details).
    pub fn context_details(
        mut self,
        input: impl ::std::convert::Into<crate::types::ContextDetails>,
    ) -> Self {
        self.context_details = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`context_details`](Self::context_details).
    pub fn set_context_details(
        mut self,
        input: ::std::option::Option<crate::types::ContextDetails>,
    ) -> Self {
        self.context_details = input;
        self
    }
    /// See [`Operation::end_timestamp`](crate::types::Operation::end_timestamp).
    pub fn end_timestamp(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.end_timestamp = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`end_timestamp`](Self::end_timestamp).
    pub fn set_end_timestamp(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.end_timestamp = input;
        self
    }
    /// See [`Operation::execution_details`](crate::types::Operation::execution_details).
    pub fn execution_details(
        mut self,
        input: impl ::std::convert::Into<crate::types::ExecutionDetails>,
    ) -> Self {
        self.execution_details = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`execution_details`](Self::execution_details).
    pub fn set_execution_details(
        mut self,
        input: ::std::option::Option<crate::types::ExecutionDetails>,
    ) -> Self {
        self.execution_details = input;
        self
    }
    /// See [`Operation::id`](crate::types::Operation::id).
    pub fn id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`id`](Self::id).
    pub fn set_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.id = input;
        self
    }
    /// See [`Operation::name`](crate::types::Operation::name).
    pub fn name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`name`](Self::name).
    pub fn set_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.name = input;
        self
    }
    /// See [`Operation::parent_id`](crate::types::Operation::parent_id).
    pub fn parent_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.parent_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`parent_id`](Self::parent_id).
    pub fn set_parent_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.parent_id = input;
        self
    }
    /// See [`Operation::start_timestamp`](crate::types::Operation::start_timestamp).
    pub fn start_timestamp(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.start_timestamp = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`start_timestamp`](Self::start_timestamp).
    pub fn set_start_timestamp(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.start_timestamp = input;
        self
    }
    /// See [`Operation::status`](crate::types::Operation::status).
    pub fn status(
        mut self,
        input: impl ::std::convert::Into<crate::types::OperationStatus>,
    ) -> Self {
        self.status = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`status`](Self::status).
    pub fn set_status(
        mut self,
        input: ::std::option::Option<crate::types::OperationStatus>,
    ) -> Self {
        self.status = input;
        self
    }
    /// See [`Operation::step_details`](crate::types::Operation::step_details).
    pub fn step_details(
        mut self,
        input: impl ::std::convert::Into<crate::types::StepDetails>,
    ) -> Self {
        self.step_details = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`step_details`](Self::step_details).
    pub fn set_step_details(
        mut self,
        input: ::std::option::Option<crate::types::StepDetails>,
    ) -> Self {
        self.step_details = input;
        self
    }
    /// See [`Operation::sub_type`](crate::types::Operation::sub_type).
    pub fn sub_type(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.sub_type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`sub_type`](Self::sub_type).
    pub fn set_sub_type(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.sub_type = input;
        self
    }
    /// See [`Operation::type`](crate::types::Operation::type).
    pub fn r#type(
        mut self,
        input: impl ::std::convert::Into<crate::types::OperationType>,
    ) -> Self {
        self.r#type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`type`](Self::type).
    pub fn set_type(
        mut self,
        input: ::std::option::Option<crate::types::OperationType>,
    ) -> Self {
        self.r#type = input;
        self
    }
    /// See [`Operation::wait_details`](crate::types::Operation::wait_details).
    pub fn wait_details(
        mut self,
        input: impl ::std::convert::Into<crate::types::WaitDetails>,
    ) -> Self {
        self.wait_details = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`wait_details`](Self::wait_details).
    pub fn set_wait_details(
        mut self,
        input: ::std::option::Option<crate::types::WaitDetails>,
    ) -> Self {
        self.wait_details = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::Operation, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::Operation {
            callback_details: self.callback_details,
            chained_invoke_details: self.chained_invoke_details,
            context_details: self.context_details,
            end_timestamp: self.end_timestamp,
            execution_details: self.execution_details,
            id: self.id.ok_or(crate::runtime::BuildError::missing("Operation", "id"))?,
            name: self.name,
            parent_id: self.parent_id,
            start_timestamp: self
                .start_timestamp
                .ok_or(
                    crate::runtime::BuildError::missing("Operation", "start_timestamp"),
                )?,
            status: self
                .status
                .ok_or(crate::runtime::BuildError::missing("Operation", "status"))?,
            step_details: self.step_details,
            sub_type: self.sub_type,
            r#type: self
                .r#type
                .ok_or(crate::runtime::BuildError::missing("Operation", "type"))?,
            wait_details: self.wait_details,
        })
    }
}
/// A builder for [`OperationUpdate`](crate::types::OperationUpdate).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct OperationUpdateBuilder {
    pub(crate) action: ::std::option::Option<crate::types::OperationAction>,
    pub(crate) callback_options: ::std::option::Option<crate::types::CallbackOptions>,
    pub(crate) chained_invoke_options: ::std::option::Option<
        crate::types::ChainedInvokeOptions,
    >,
    pub(crate) context_options: ::std::option::Option<crate::types::ContextOptions>,
    pub(crate) error: ::std::option::Option<crate::types::ErrorObject>,
    pub(crate) id: ::std::option::Option<::std::string::String>,
    pub(crate) name: ::std::option::Option<::std::string::String>,
    pub(crate) parent_id: ::std::option::Option<::std::string::String>,
    pub(crate) payload: ::std::option::Option<::std::string::String>,
    pub(crate) step_options: ::std::option::Option<crate::types::StepOptions>,
    pub(crate) sub_type: ::std::option::Option<::std::string::String>,
    pub(crate) r#type: ::std::option::Option<crate::types::OperationType>,
    pub(crate) wait_options: ::std::option::Option<crate::types::WaitOptions>,
}
impl ::std::fmt::Debug for OperationUpdateBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("OperationUpdateBuilder").finish_non_exhaustive()
    }
}
impl OperationUpdateBuilder {
    /// See [`OperationUpdate::action`](crate::types::OperationUpdate::action).
    pub fn action(
        mut self,
        input: impl ::std::convert::Into<crate::types::OperationAction>,
    ) -> Self {
        self.action = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`action`](Self::action).
    pub fn set_action(
        mut self,
        input: ::std::option::Option<crate::types::OperationAction>,
    ) -> Self {
        self.action = input;
        self
    }
    /// See [`OperationUpdate::callback_options`](crate::types::OperationUpdate::callback_options).
    pub fn callback_options(
        mut self,
        input: impl ::std::convert::Into<crate::types::CallbackOptions>,
    ) -> Self {
        self.callback_options = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`callback_options`](Self::callback_options).
    pub fn set_callback_options(
        mut self,
        input: ::std::option::Option<crate::types::CallbackOptions>,
    ) -> Self {
        self.callback_options = input;
        self
    }
    /// See [`OperationUpdate::chained_invoke_options`](crate::types::OperationUpdate::chained_invoke_options).
    pub fn chained_invoke_options(
        mut self,
        input: impl ::std::convert::Into<crate::types::ChainedInvokeOptions>,
    ) -> Self {
        self.chained_invoke_options = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`chained_invoke_options`](Self::chained_invoke_options).
    pub fn set_chained_invoke_options(
        mut self,
        input: ::std::option::Option<crate::types::ChainedInvokeOptions>,
    ) -> Self {
        self.chained_invoke_options = input;
        self
    }
    /// See [`OperationUpdate::context_options`](crate::types::OperationUpdate::context_options).
    pub fn context_options(
        mut self,
        input: impl ::std::convert::Into<crate::types::ContextOptions>,
    ) -> Self {
        self.context_options = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`context_options`](Self::context_options).
    pub fn set_context_options(
        mut self,
        input: ::std::option::Option<crate::types::ContextOptions>,
    ) -> Self {
        self.context_options = input;
        self
    }
    /// See [`OperationUpdate::error`](crate::types::OperationUpdate::error).
    pub fn error(
        mut self,
        input: impl ::std::convert::Into<crate::types::ErrorObject>,
    ) -> Self {
        self.error = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`error`](Self::error).
    pub fn set_error(
        mut self,
        input: ::std::option::Option<crate::types::ErrorObject>,
    ) -> Self {
        self.error = input;
        self
    }
    /// See [`OperationUpdate::id`](crate::types::OperationUpdate::id).
    pub fn id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`id`](Self::id).
    pub fn set_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.id = input;
        self
    }
    /// See [`OperationUpdate::name`](crate::types::OperationUpdate::name).
    pub fn name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`name`](Self::name).
    pub fn set_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.name = input;
        self
    }
    /// See [`OperationUpdate::parent_id`](crate::types::OperationUpdate::parent_id).
    pub fn parent_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.parent_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`parent_id`](Self::parent_id).
    pub fn set_parent_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.parent_id = input;
        self
    }
    /// See [`OperationUpdate::payload`](crate::types::OperationUpdate::payload).
    pub fn payload(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.payload = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`payload`](Self::payload).
    pub fn set_payload(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.payload = input;
        self
    }
    /// See [`OperationUpdate::step_options`](crate::types::OperationUpdate::step_options).
    pub fn step_options(
        mut self,
        input: impl ::std::convert::Into<crate::types::StepOptions>,
    ) -> Self {
        self.step_options = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`step_options`](Self::step_options).
    pub fn set_step_options(
        mut self,
        input: ::std::option::Option<crate::types::StepOptions>,
    ) -> Self {
        self.step_options = input;
        self
    }
    /// See [`OperationUpdate::sub_type`](crate::types::OperationUpdate::sub_type).
    pub fn sub_type(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.sub_type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`sub_type`](Self::sub_type).
    pub fn set_sub_type(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.sub_type = input;
        self
    }
    /// See [`OperationUpdate::type`](crate::types::OperationUpdate::type).
    pub fn r#type(
        mut self,
        input: impl ::std::convert::Into<crate::types::OperationType>,
    ) -> Self {
        self.r#type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`type`](Self::type).
    pub fn set_type(
        mut self,
        input: ::std::option::Option<crate::types::OperationType>,
    ) -> Self {
        self.r#type = input;
        self
    }
    /// See [`OperationUpdate::wait_options`](crate::types::OperationUpdate::wait_options).
    pub fn wait_options(
        mut self,
        input: impl ::std::convert::Into<crate::types::WaitOptions>,
    ) -> Self {
        self.wait_options = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`wait_options`](Self::wait_options).
    pub fn set_wait_options(
        mut self,
        input: ::std::option::Option<crate::types::WaitOptions>,
    ) -> Self {
        self.wait_options = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::OperationUpdate,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::OperationUpdate {
            action: self
                .action
                .ok_or(
                    crate::runtime::BuildError::missing("OperationUpdate", "action"),
                )?,
            callback_options: self.callback_options,
            chained_invoke_options: self.chained_invoke_options,
            context_options: self.context_options,
            error: self.error,
            id: self
                .id
                .ok_or(crate::runtime::BuildError::missing("OperationUpdate", "id"))?,
            name: self.name,
            parent_id: self.parent_id,
            payload: self.payload,
            step_options: self.step_options,
            sub_type: self.sub_type,
            r#type: self
                .r#type
                .ok_or(crate::runtime::BuildError::missing("OperationUpdate", "type"))?,
            wait_options: self.wait_options,
        })
    }
}
/// A builder for [`PauseDetails`](crate::types::PauseDetails).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct PauseDetailsBuilder {
    pub(crate) execution_timeout_paused: ::std::option::Option<bool>,
    pub(crate) pause_request_timestamp: ::std::option::Option<crate::runtime::Timestamp>,
    pub(crate) reason: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for PauseDetailsBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("PauseDetailsBuilder").finish_non_exhaustive()
    }
}
impl PauseDetailsBuilder {
    /// See [`PauseDetails::execution_timeout_paused`](crate::types::PauseDetails::execution_timeout_paused).
    pub fn execution_timeout_paused(
        mut self,
        input: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.execution_timeout_paused = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`execution_timeout_paused`](Self::execution_timeout_paused).
    pub fn set_execution_timeout_paused(
        mut self,
        input: ::std::option::Option<bool>,
    ) -> Self {
        self.execution_timeout_paused = input;
        self
    }
    /// See [`PauseDetails::pause_request_timestamp`](crate::types::PauseDetails::pause_request_timestamp).
    pub fn pause_request_timestamp(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.pause_request_timestamp = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`pause_request_timestamp`](Self::pause_request_timestamp).
    pub fn set_pause_request_timestamp(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.pause_request_timestamp = input;
        self
    }
    /// See [`PauseDetails::reason`](crate::types::PauseDetails::reason).
    pub fn reason(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.reason = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`reason`](Self::reason).
    pub fn set_reason(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.reason = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::PauseDetails, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::PauseDetails {
            execution_timeout_paused: self
                .execution_timeout_paused
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "PauseDetails",
                        "execution_timeout_paused",
                    ),
                )?,
            pause_request_timestamp: self
                .pause_request_timestamp
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "PauseDetails",
                        "pause_request_timestamp",
                    ),
                )?,
            reason: self.reason,
        })
    }
}
/// A builder for [`PauseDurableExecutionRequest`](crate::types::PauseDurableExecutionRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct PauseDurableExecutionRequestBuilder {
    pub(crate) client_token: ::std::option::Option<::std::string::String>,
    pub(crate) durable_execution_arn: ::std::option::Option<::std::string::String>,
    pub(crate) execution_timeout_paused: ::std::option::Option<bool>,
    pub(crate) reason: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for PauseDurableExecutionRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("PauseDurableExecutionRequestBuilder").finish_non_exhaustive()
    }
}
impl PauseDurableExecutionRequestBuilder {
    /// See [`PauseDurableExecutionRequest::client_token`](crate::types::PauseDurableExecutionRequest::client_token).
    pub fn client_token(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.client_token = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`client_token`](Self::client_token).
    pub fn set_client_token(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.client_token = input;
        self
    }
    /// See [`PauseDurableExecutionRequest::durable_execution_arn`](crate::types::PauseDurableExecutionRequest::durable_execution_arn).
    pub fn durable_execution_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.durable_execution_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`durable_execution_arn`](Self::durable_execution_arn).
    pub fn set_durable_execution_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.durable_execution_arn = input;
        self
    }
    /// See [`PauseDurableExecutionRequest::execution_timeout_paused`](crate::types::PauseDurableExecutionRequest::execution_timeout_paused).
    pub fn execution_timeout_paused(
        mut self,
        input: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.execution_timeout_paused = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`execution_timeout_paused`](Self::execution_timeout_paused).
    pub fn set_execution_timeout_paused(
        mut self,
        input: ::std::option::Option<bool>,
    ) -> Self {
        self.execution_timeout_paused = input;
        self
    }
    /// See [`PauseDurableExecutionRequest::reason`](crate::types::PauseDurableExecutionRequest::reason).
    pub fn reason(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.reason = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`reason`](Self::reason).
    pub fn set_reason(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.reason = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::PauseDurableExecutionRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::PauseDurableExecutionRequest {
            client_token: self.client_token,
            durable_execution_arn: self
                .durable_execution_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "PauseDurableExecutionRequest",
                        "durable_execution_arn",
                    ),
                )?,
            execution_timeout_paused: self.execution_timeout_paused,
            reason: self.reason,
        })
    }
}
/// A builder for [`PauseDurableExecutionResponse`](crate::types::PauseDurableExecutionResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct PauseDurableExecutionResponseBuilder {}
impl ::std::fmt::Debug for PauseDurableExecutionResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("PauseDurableExecutionResponseBuilder").finish_non_exhaustive()
    }
}
impl PauseDurableExecutionResponseBuilder {
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::PauseDurableExecutionResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::PauseDurableExecutionResponse {
        })
    }
}
/// A builder for [`PropagateTags`](crate::types::PropagateTags).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct PropagateTagsBuilder {
    pub(crate) explicit_tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    pub(crate) mode: ::std::option::Option<crate::types::PropagateTagsMode>,
}
impl ::std::fmt::Debug for PropagateTagsBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("PropagateTagsBuilder").finish_non_exhaustive()
    }
}
impl PropagateTagsBuilder {
    /// See [`PropagateTags::explicit_tags`](crate::types::PropagateTags::explicit_tags).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn explicit_tags(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.explicit_tags
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`explicit_tags`](Self::explicit_tags).
    pub fn set_explicit_tags(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        >,
    ) -> Self {
        self.explicit_tags = input;
        self
    }
    /// See [`PropagateTags::mode`](crate::types::PropagateTags::mode).
    pub fn mode(
        mut self,
        input: impl ::std::convert::Into<crate::types::PropagateTagsMode>,
    ) -> Self {
        self.mode = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`mode`](Self::mode).
    pub fn set_mode(
        mut self,
        input: ::std::option::Option<crate::types::PropagateTagsMode>,
    ) -> Self {
        self.mode = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::PropagateTags, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::PropagateTags {
            explicit_tags: self.explicit_tags,
            mode: self.mode,
        })
    }
}
/// A builder for [`ProvisionedConcurrencyConfigListItem`](crate::types::ProvisionedConcurrencyConfigListItem).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ProvisionedConcurrencyConfigListItemBuilder {
    pub(crate) allocated_provisioned_concurrent_executions: ::std::option::Option<i64>,
    pub(crate) available_provisioned_concurrent_executions: ::std::option::Option<i64>,
    pub(crate) function_arn: ::std::option::Option<::std::string::String>,
    pub(crate) last_modified: ::std::option::Option<::std::string::String>,
    pub(crate) requested_provisioned_concurrent_executions: ::std::option::Option<i64>,
    pub(crate) status: ::std::option::Option<
        crate::types::ProvisionedConcurrencyStatusEnum,
    >,
    pub(crate) status_reason: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ProvisionedConcurrencyConfigListItemBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ProvisionedConcurrencyConfigListItemBuilder")
            .finish_non_exhaustive()
    }
}
impl ProvisionedConcurrencyConfigListItemBuilder {
    /// See [`ProvisionedConcurrencyConfigListItem::allocated_provisioned_concurrent_executions`](crate::types::ProvisionedConcurrencyConfigListItem::allocated_provisioned_concurrent_executions).
    pub fn allocated_provisioned_concurrent_executions(
        mut self,
        input: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.allocated_provisioned_concurrent_executions = ::std::option::Option::Some(
            input.into(),
        );
        self
    }
    /// Sets or clears [`allocated_provisioned_concurrent_executions`](Self::allocated_provisioned_concurrent_executions).
    pub fn set_allocated_provisioned_concurrent_executions(
        mut self,
        input: ::std::option::Option<i64>,
    ) -> Self {
        self.allocated_provisioned_concurrent_executions = input;
        self
    }
    /// See [`ProvisionedConcurrencyConfigListItem::available_provisioned_concurrent_executions`](crate::types::ProvisionedConcurrencyConfigListItem::available_provisioned_concurrent_executions).
    pub fn available_provisioned_concurrent_executions(
        mut self,
        input: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.available_provisioned_concurrent_executions = ::std::option::Option::Some(
            input.into(),
        );
        self
    }
    /// Sets or clears [`available_provisioned_concurrent_executions`](Self::available_provisioned_concurrent_executions).
    pub fn set_available_provisioned_concurrent_executions(
        mut self,
        input: ::std::option::Option<i64>,
    ) -> Self {
        self.available_provisioned_concurrent_executions = input;
        self
    }
    /// See [`ProvisionedConcurrencyConfigListItem::function_arn`](crate::types::ProvisionedConcurrencyConfigListItem::function_arn).
    pub fn function_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.function_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`function_arn`](Self::function_arn).
    pub fn set_function_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.function_arn = input;
        self
    }
    /// See [`ProvisionedConcurrencyConfigListItem::last_modified`](crate::types::ProvisionedConcurrencyConfigListItem::last_modified).
    pub fn last_modified(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.last_modified = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`last_modified`](Self::last_modified).
    pub fn set_last_modified(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.last_modified = input;
        self
    }
    /// See [`ProvisionedConcurrencyConfigListItem::requested_provisioned_concurrent_executions`](crate::types::ProvisionedConcurrencyConfigListItem::requested_provisioned_concurrent_executions).
    pub fn requested_provisioned_concurrent_executions(
        mut self,
        input: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.requested_provisioned_concurrent_executions = ::std::option::Option::Some(
            input.into(),
        );
        self
    }
    /// Sets or clears [`requested_provisioned_concurrent_executions`](Self::requested_provisioned_concurrent_executions).
    pub fn set_requested_provisioned_concurrent_executions(
        mut self,
        input: ::std::option::Option<i64>,
    ) -> Self {
        self.requested_provisioned_concurrent_executions = input;
        self
    }
    /// See [`ProvisionedConcurrencyConfigListItem::status`](crate::types::ProvisionedConcurrencyConfigListItem::status).
    pub fn status(
        mut self,
        input: impl ::std::convert::Into<crate::types::ProvisionedConcurrencyStatusEnum>,
    ) -> Self {
        self.status = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`status`](Self::status).
    pub fn set_status(
        mut self,
        input: ::std::option::Option<crate::types::ProvisionedConcurrencyStatusEnum>,
    ) -> Self {
        self.status = input;
        self
    }
    /// See [`ProvisionedConcurrencyConfigListItem::status_reason`](crate::types::ProvisionedConcurrencyConfigListItem::status_reason).
    pub fn status_reason(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.status_reason = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`status_reason`](Self::status_reason).
    pub fn set_status_reason(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.status_reason = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ProvisionedConcurrencyConfigListItem,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ProvisionedConcurrencyConfigListItem {
            allocated_provisioned_concurrent_executions: self
                .allocated_provisioned_concurrent_executions,
            available_provisioned_concurrent_executions: self
                .available_provisioned_concurrent_executions,
            function_arn: self.function_arn,
            last_modified: self.last_modified,
            requested_provisioned_concurrent_executions: self
                .requested_provisioned_concurrent_executions,
            status: self.status,
            status_reason: self.status_reason,
        })
    }
}
/// A builder for [`ProvisionedPollerConfig`](crate::types::ProvisionedPollerConfig).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ProvisionedPollerConfigBuilder {
    pub(crate) maximum_pollers: ::std::option::Option<i64>,
    pub(crate) minimum_pollers: ::std::option::Option<i64>,
    pub(crate) poller_group_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ProvisionedPollerConfigBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ProvisionedPollerConfigBuilder").finish_non_exhaustive()
    }
}
impl ProvisionedPollerConfigBuilder {
    /// See [`ProvisionedPollerConfig::maximum_pollers`](crate::types::ProvisionedPollerConfig::maximum_pollers).
    pub fn maximum_pollers(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.maximum_pollers = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`maximum_pollers`](Self::maximum_pollers).
    pub fn set_maximum_pollers(mut self, input: ::std::option::Option<i64>) -> Self {
        self.maximum_pollers = input;
        self
    }
    /// See [`ProvisionedPollerConfig::minimum_pollers`](crate::types::ProvisionedPollerConfig::minimum_pollers).
    pub fn minimum_pollers(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.minimum_pollers = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`minimum_pollers`](Self::minimum_pollers).
    pub fn set_minimum_pollers(mut self, input: ::std::option::Option<i64>) -> Self {
        self.minimum_pollers = input;
        self
    }
    /// See [`ProvisionedPollerConfig::poller_group_name`](crate::types::ProvisionedPollerConfig::poller_group_name).
    pub fn poller_group_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.poller_group_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`poller_group_name`](Self::poller_group_name).
    pub fn set_poller_group_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.poller_group_name = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ProvisionedPollerConfig,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ProvisionedPollerConfig {
            maximum_pollers: self.maximum_pollers,
            minimum_pollers: self.minimum_pollers,
            poller_group_name: self.poller_group_name,
        })
    }
}
/// A builder for [`PublishLayerVersionRequest`](crate::types::PublishLayerVersionRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct PublishLayerVersionRequestBuilder {
    pub(crate) compatible_architectures: ::std::option::Option<
        ::std::vec::Vec<crate::types::Architecture>,
    >,
    pub(crate) compatible_runtimes: ::std::option::Option<
        ::std::vec::Vec<crate::types::Runtime>,
    >,
    pub(crate) content: ::std::option::Option<crate::types::LayerVersionContentInput>,
    pub(crate) description: ::std::option::Option<::std::string::String>,
    pub(crate) layer_name: ::std::option::Option<::std::string::String>,
    pub(crate) license_info: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for PublishLayerVersionRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("PublishLayerVersionRequestBuilder").finish_non_exhaustive()
    }
}
impl PublishLayerVersionRequestBuilder {
    /// See [`PublishLayerVersionRequest::compatible_architectures`](crate::types::PublishLayerVersionRequest::compatible_architectures).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn compatible_architectures(
        mut self,
        input: impl ::std::convert::Into<crate::types::Architecture>,
    ) -> Self {
        self.compatible_architectures
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`compatible_architectures`](Self::compatible_architectures).
    pub fn set_compatible_architectures(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::Architecture>>,
    ) -> Self {
        self.compatible_architectures = input;
        self
    }
    /// See [`PublishLayerVersionRequest::compatible_runtimes`](crate::types::PublishLayerVersionRequest::compatible_runtimes).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn compatible_runtimes(
        mut self,
        input: impl ::std::convert::Into<crate::types::Runtime>,
    ) -> Self {
        self.compatible_runtimes
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`compatible_runtimes`](Self::compatible_runtimes).
    pub fn set_compatible_runtimes(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::Runtime>>,
    ) -> Self {
        self.compatible_runtimes = input;
        self
    }
    /// See [`PublishLayerVersionRequest::content`](crate::types::PublishLayerVersionRequest::content).
    pub fn content(
        mut self,
        input: impl ::std::convert::Into<crate::types::LayerVersionContentInput>,
    ) -> Self {
        self.content = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`content`](Self::content).
    pub fn set_content(
        mut self,
        input: ::std::option::Option<crate::types::LayerVersionContentInput>,
    ) -> Self {
        self.content = input;
        self
    }
    /// See [`PublishLayerVersionRequest::description`](crate::types::PublishLayerVersionRequest::description).
    pub fn description(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.description = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`description`](Self::description).
    pub fn set_description(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.description = input;
        self
    }
    /// See [`PublishLayerVersionRequest::layer_name`](crate::types::PublishLayerVersionRequest::layer_name).
    pub fn layer_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.layer_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`layer_name`](Self::layer_name).
    pub fn set_layer_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.layer_name = input;
        self
    }
    /// See [`PublishLayerVersionRequest::license_info`](crate::types::PublishLayerVersionRequest::license_info).
    pub fn license_info(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.license_info = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`license_info`](Self::license_info).
    pub fn set_license_info(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.license_info = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::PublishLayerVersionRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::PublishLayerVersionRequest {
            compatible_architectures: self.compatible_architectures,
            compatible_runtimes: self.compatible_runtimes,
            content: self
                .content
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "PublishLayerVersionRequest",
                        "content",
                    ),
                )?,
            description: self.description,
            layer_name: self
                .layer_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "PublishLayerVersionRequest",
                        "layer_name",
                    ),
                )?,
            license_info: self.license_info,
        })
    }
}
/// A builder for [`PublishLayerVersionResponse`](crate::types::PublishLayerVersionResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct PublishLayerVersionResponseBuilder {
    pub(crate) compatible_architectures: ::std::option::Option<
        ::std::vec::Vec<crate::types::Architecture>,
    >,
    pub(crate) compatible_runtimes: ::std::option::Option<
        ::std::vec::Vec<crate::types::Runtime>,
    >,
    pub(crate) content: ::std::option::Option<crate::types::LayerVersionContentOutput>,
    pub(crate) created_date: ::std::option::Option<::std::string::String>,
    pub(crate) description: ::std::option::Option<::std::string::String>,
    pub(crate) layer_arn: ::std::option::Option<::std::string::String>,
    pub(crate) layer_version_arn: ::std::option::Option<::std::string::String>,
    pub(crate) license_info: ::std::option::Option<::std::string::String>,
    pub(crate) version: ::std::option::Option<i64>,
}
impl ::std::fmt::Debug for PublishLayerVersionResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("PublishLayerVersionResponseBuilder").finish_non_exhaustive()
    }
}
impl PublishLayerVersionResponseBuilder {
    /// See [`PublishLayerVersionResponse::compatible_architectures`](crate::types::PublishLayerVersionResponse::compatible_architectures).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn compatible_architectures(
        mut self,
        input: impl ::std::convert::Into<crate::types::Architecture>,
    ) -> Self {
        self.compatible_architectures
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`compatible_architectures`](Self::compatible_architectures).
    pub fn set_compatible_architectures(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::Architecture>>,
    ) -> Self {
        self.compatible_architectures = input;
        self
    }
    /// See [`PublishLayerVersionResponse::compatible_runtimes`](crate::types::PublishLayerVersionResponse::compatible_runtimes).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn compatible_runtimes(
        mut self,
        input: impl ::std::convert::Into<crate::types::Runtime>,
    ) -> Self {
        self.compatible_runtimes
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`compatible_runtimes`](Self::compatible_runtimes).
    pub fn set_compatible_runtimes(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::Runtime>>,
    ) -> Self {
        self.compatible_runtimes = input;
        self
    }
    /// See [`PublishLayerVersionResponse::content`](crate::types::PublishLayerVersionResponse::content).
    pub fn content(
        mut self,
        input: impl ::std::convert::Into<crate::types::LayerVersionContentOutput>,
    ) -> Self {
        self.content = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`content`](Self::content).
    pub fn set_content(
        mut self,
        input: ::std::option::Option<crate::types::LayerVersionContentOutput>,
    ) -> Self {
        self.content = input;
        self
    }
    /// See [`PublishLayerVersionResponse::created_date`](crate::types::PublishLayerVersionResponse::created_date).
    pub fn created_date(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.created_date = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`created_date`](Self::created_date).
    pub fn set_created_date(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.created_date = input;
        self
    }
    /// See [`PublishLayerVersionResponse::description`](crate::types::PublishLayerVersionResponse::description).
    pub fn description(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.description = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`description`](Self::description).
    pub fn set_description(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.description = input;
        self
    }
    /// See [`PublishLayerVersionResponse::layer_arn`](crate::types::PublishLayerVersionResponse::layer_arn).
    pub fn layer_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.layer_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`layer_arn`](Self::layer_arn).
    pub fn set_layer_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.layer_arn = input;
        self
    }
    /// See [`PublishLayerVersionResponse::layer_version_arn`](crate::types::PublishLayerVersionResponse::layer_version_arn).
    pub fn layer_version_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.layer_version_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`layer_version_arn`](Self::layer_version_arn).
    pub fn set_layer_version_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.layer_version_arn = input;
        self
    }
    /// See [`PublishLayerVersionResponse::license_info`](crate::types::PublishLayerVersionResponse::license_info).
    pub fn license_info(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.license_info = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`license_info`](Self::license_info).
    pub fn set_license_info(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.license_info = input;
        self
    }
    /// See [`PublishLayerVersionResponse::version`](crate::types::PublishLayerVersionResponse::version).
    pub fn version(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.version = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`version`](Self::version).
    pub fn set_version(mut self, input: ::std::option::Option<i64>) -> Self {
        self.version = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::PublishLayerVersionResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::PublishLayerVersionResponse {
            compatible_architectures: self.compatible_architectures,
            compatible_runtimes: self.compatible_runtimes,
            content: self.content,
            created_date: self.created_date,
            description: self.description,
            layer_arn: self.layer_arn,
            layer_version_arn: self.layer_version_arn,
            license_info: self.license_info,
            version: self.version,
        })
    }
}
/// A builder for [`PublishVersionRequest`](crate::types::PublishVersionRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct PublishVersionRequestBuilder {
    pub(crate) code_sha256: ::std::option::Option<::std::string::String>,
    pub(crate) description: ::std::option::Option<::std::string::String>,
    pub(crate) function_name: ::std::option::Option<::std::string::String>,
    pub(crate) publish_to: ::std::option::Option<
        crate::types::FunctionVersionLatestPublished,
    >,
    pub(crate) revision_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for PublishVersionRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("PublishVersionRequestBuilder").finish_non_exhaustive()
    }
}
impl PublishVersionRequestBuilder {
    /// See [`PublishVersionRequest::code_sha256`](crate::types::PublishVersionRequest::code_sha256).
    pub fn code_sha256(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.code_sha256 = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`code_sha256`](Self::code_sha256).
    pub fn set_code_sha256(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.code_sha256 = input;
        self
    }
    /// See [`PublishVersionRequest::description`](crate::types::PublishVersionRequest::description).
    pub fn description(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.description = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`description`](Self::description).
    pub fn set_description(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.description = input;
        self
    }
    /// See [`PublishVersionRequest::function_name`](crate::types::PublishVersionRequest::function_name).
    pub fn function_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.function_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`function_name`](Self::function_name).
    pub fn set_function_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.function_name = input;
        self
    }
    /// See [`PublishVersionRequest::publish_to`](crate::types::PublishVersionRequest::publish_to).
    pub fn publish_to(
        mut self,
        input: impl ::std::convert::Into<crate::types::FunctionVersionLatestPublished>,
    ) -> Self {
        self.publish_to = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`publish_to`](Self::publish_to).
    pub fn set_publish_to(
        mut self,
        input: ::std::option::Option<crate::types::FunctionVersionLatestPublished>,
    ) -> Self {
        self.publish_to = input;
        self
    }
    /// See [`PublishVersionRequest::revision_id`](crate::types::PublishVersionRequest::revision_id).
    pub fn revision_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.revision_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`revision_id`](Self::revision_id).
    pub fn set_revision_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.revision_id = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::PublishVersionRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::PublishVersionRequest {
            code_sha256: self.code_sha256,
            description: self.description,
            function_name: self
                .function_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "PublishVersionRequest",
                        "function_name",
                    ),
                )?,
            publish_to: self.publish_to,
            revision_id: self.revision_id,
        })
    }
}
/// A builder for [`PutFunctionCodeSigningConfigRequest`](crate::types::PutFunctionCodeSigningConfigRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct PutFunctionCodeSigningConfigRequestBuilder {
    pub(crate) code_signing_config_arn: ::std::option::Option<::std::string::String>,
    pub(crate) function_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for PutFunctionCodeSigningConfigRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("PutFunctionCodeSigningConfigRequestBuilder")
            .finish_non_exhaustive()
    }
}
impl PutFunctionCodeSigningConfigRequestBuilder {
    /// See [`PutFunctionCodeSigningConfigRequest::code_signing_config_arn`](crate::types::PutFunctionCodeSigningConfigRequest::code_signing_config_arn).
    pub fn code_signing_config_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.code_signing_config_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`code_signing_config_arn`](Self::code_signing_config_arn).
    pub fn set_code_signing_config_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.code_signing_config_arn = input;
        self
    }
    /// See [`PutFunctionCodeSigningConfigRequest::function_name`](crate::types::PutFunctionCodeSigningConfigRequest::function_name).
    pub fn function_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.function_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`function_name`](Self::function_name).
    pub fn set_function_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.function_name = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::PutFunctionCodeSigningConfigRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::PutFunctionCodeSigningConfigRequest {
            code_signing_config_arn: self
                .code_signing_config_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "PutFunctionCodeSigningConfigRequest",
                        "code_signing_config_arn",
                    ),
                )?,
            function_name: self
                .function_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "PutFunctionCodeSigningConfigRequest",
                        "function_name",
                    ),
                )?,
        })
    }
}
/// A builder for [`PutFunctionCodeSigningConfigResponse`](crate::types::PutFunctionCodeSigningConfigResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct PutFunctionCodeSigningConfigResponseBuilder {
    pub(crate) code_signing_config_arn: ::std::option::Option<::std::string::String>,
    pub(crate) function_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for PutFunctionCodeSigningConfigResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("PutFunctionCodeSigningConfigResponseBuilder")
            .finish_non_exhaustive()
    }
}
impl PutFunctionCodeSigningConfigResponseBuilder {
    /// See [`PutFunctionCodeSigningConfigResponse::code_signing_config_arn`](crate::types::PutFunctionCodeSigningConfigResponse::code_signing_config_arn).
    pub fn code_signing_config_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.code_signing_config_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`code_signing_config_arn`](Self::code_signing_config_arn).
    pub fn set_code_signing_config_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.code_signing_config_arn = input;
        self
    }
    /// See [`PutFunctionCodeSigningConfigResponse::function_name`](crate::types::PutFunctionCodeSigningConfigResponse::function_name).
    pub fn function_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.function_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`function_name`](Self::function_name).
    pub fn set_function_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.function_name = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::PutFunctionCodeSigningConfigResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::PutFunctionCodeSigningConfigResponse {
            code_signing_config_arn: self
                .code_signing_config_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "PutFunctionCodeSigningConfigResponse",
                        "code_signing_config_arn",
                    ),
                )?,
            function_name: self
                .function_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "PutFunctionCodeSigningConfigResponse",
                        "function_name",
                    ),
                )?,
        })
    }
}
/// A builder for [`PutFunctionConcurrencyRequest`](crate::types::PutFunctionConcurrencyRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct PutFunctionConcurrencyRequestBuilder {
    pub(crate) function_name: ::std::option::Option<::std::string::String>,
    pub(crate) reserved_concurrent_executions: ::std::option::Option<i64>,
}
impl ::std::fmt::Debug for PutFunctionConcurrencyRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("PutFunctionConcurrencyRequestBuilder").finish_non_exhaustive()
    }
}
impl PutFunctionConcurrencyRequestBuilder {
    /// See [`PutFunctionConcurrencyRequest::function_name`](crate::types::PutFunctionConcurrencyRequest::function_name).
    pub fn function_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.function_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`function_name`](Self::function_name).
    pub fn set_function_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.function_name = input;
        self
    }
    /// See [`PutFunctionConcurrencyRequest::reserved_concurrent_executions`](crate::types::PutFunctionConcurrencyRequest::reserved_concurrent_executions).
    pub fn reserved_concurrent_executions(
        mut self,
        input: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.reserved_concurrent_executions = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`reserved_concurrent_executions`](Self::reserved_concurrent_executions).
    pub fn set_reserved_concurrent_executions(
        mut self,
        input: ::std::option::Option<i64>,
    ) -> Self {
        self.reserved_concurrent_executions = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::PutFunctionConcurrencyRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::PutFunctionConcurrencyRequest {
            function_name: self
                .function_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "PutFunctionConcurrencyRequest",
                        "function_name",
                    ),
                )?,
            reserved_concurrent_executions: self
                .reserved_concurrent_executions
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "PutFunctionConcurrencyRequest",
                        "reserved_concurrent_executions",
                    ),
                )?,
        })
    }
}
/// A builder for [`PutFunctionEventInvokeConfigRequest`](crate::types::PutFunctionEventInvokeConfigRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct PutFunctionEventInvokeConfigRequestBuilder {
    pub(crate) destination_config: ::std::option::Option<
        crate::types::DestinationConfig,
    >,
    pub(crate) function_name: ::std::option::Option<::std::string::String>,
    pub(crate) maximum_event_age_in_seconds: ::std::option::Option<i64>,
    pub(crate) maximum_retry_attempts: ::std::option::Option<i64>,
    pub(crate) qualifier: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for PutFunctionEventInvokeConfigRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("PutFunctionEventInvokeConfigRequestBuilder")
            .finish_non_exhaustive()
    }
}
impl PutFunctionEventInvokeConfigRequestBuilder {
    /// See [`PutFunctionEventInvokeConfigRequest::destination_config`](crate::types::PutFunctionEventInvokeConfigRequest::destination_config).
    pub fn destination_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::DestinationConfig>,
    ) -> Self {
        self.destination_config = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`destination_config`](Self::destination_config).
    pub fn set_destination_config(
        mut self,
        input: ::std::option::Option<crate::types::DestinationConfig>,
    ) -> Self {
        self.destination_config = input;
        self
    }
    /// See [`PutFunctionEventInvokeConfigRequest::function_name`](crate::types::PutFunctionEventInvokeConfigRequest::function_name).
    pub fn function_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.function_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`function_name`](Self::function_name).
    pub fn set_function_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.function_name = input;
        self
    }
    /// See [`PutFunctionEventInvokeConfigRequest::maximum_event_age_in_seconds`](crate::types::PutFunctionEventInvokeConfigRequest::maximum_event_age_in_seconds).
    pub fn maximum_event_age_in_seconds(
        mut self,
        input: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.maximum_event_age_in_seconds = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`maximum_event_age_in_seconds`](Self::maximum_event_age_in_seconds).
    pub fn set_maximum_event_age_in_seconds(
        mut self,
        input: ::std::option::Option<i64>,
    ) -> Self {
        self.maximum_event_age_in_seconds = input;
        self
    }
    /// See [`PutFunctionEventInvokeConfigRequest::maximum_retry_attempts`](crate::types::PutFunctionEventInvokeConfigRequest::maximum_retry_attempts).
    pub fn maximum_retry_attempts(
        mut self,
        input: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.maximum_retry_attempts = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`maximum_retry_attempts`](Self::maximum_retry_attempts).
    pub fn set_maximum_retry_attempts(
        mut self,
        input: ::std::option::Option<i64>,
    ) -> Self {
        self.maximum_retry_attempts = input;
        self
    }
    /// See [`PutFunctionEventInvokeConfigRequest::qualifier`](crate::types::PutFunctionEventInvokeConfigRequest::qualifier).
    pub fn qualifier(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.qualifier = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`qualifier`](Self::qualifier).
    pub fn set_qualifier(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.qualifier = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::PutFunctionEventInvokeConfigRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::PutFunctionEventInvokeConfigRequest {
            destination_config: self.destination_config,
            function_name: self
                .function_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "PutFunctionEventInvokeConfigRequest",
                        "function_name",
                    ),
                )?,
            maximum_event_age_in_seconds: self.maximum_event_age_in_seconds,
            maximum_retry_attempts: self.maximum_retry_attempts,
            qualifier: self.qualifier,
        })
    }
}
/// A builder for [`PutFunctionRecursionConfigRequest`](crate::types::PutFunctionRecursionConfigRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct PutFunctionRecursionConfigRequestBuilder {
    pub(crate) function_name: ::std::option::Option<::std::string::String>,
    pub(crate) recursive_loop: ::std::option::Option<crate::types::RecursiveLoop>,
}
impl ::std::fmt::Debug for PutFunctionRecursionConfigRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("PutFunctionRecursionConfigRequestBuilder")
            .finish_non_exhaustive()
    }
}
impl PutFunctionRecursionConfigRequestBuilder {
    /// See [`PutFunctionRecursionConfigRequest::function_name`](crate::types::PutFunctionRecursionConfigRequest::function_name).
    pub fn function_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.function_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`function_name`](Self::function_name).
    pub fn set_function_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.function_name = input;
        self
    }
    /// See [`PutFunctionRecursionConfigRequest::recursive_loop`](crate::types::PutFunctionRecursionConfigRequest::recursive_loop).
    pub fn recursive_loop(
        mut self,
        input: impl ::std::convert::Into<crate::types::RecursiveLoop>,
    ) -> Self {
        self.recursive_loop = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`recursive_loop`](Self::recursive_loop).
    pub fn set_recursive_loop(
        mut self,
        input: ::std::option::Option<crate::types::RecursiveLoop>,
    ) -> Self {
        self.recursive_loop = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::PutFunctionRecursionConfigRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::PutFunctionRecursionConfigRequest {
            function_name: self
                .function_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "PutFunctionRecursionConfigRequest",
                        "function_name",
                    ),
                )?,
            recursive_loop: self
                .recursive_loop
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "PutFunctionRecursionConfigRequest",
                        "recursive_loop",
                    ),
                )?,
        })
    }
}
/// A builder for [`PutFunctionRecursionConfigResponse`](crate::types::PutFunctionRecursionConfigResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct PutFunctionRecursionConfigResponseBuilder {
    pub(crate) recursive_loop: ::std::option::Option<crate::types::RecursiveLoop>,
}
impl ::std::fmt::Debug for PutFunctionRecursionConfigResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("PutFunctionRecursionConfigResponseBuilder")
            .finish_non_exhaustive()
    }
}
impl PutFunctionRecursionConfigResponseBuilder {
    /// See [`PutFunctionRecursionConfigResponse::recursive_loop`](crate::types::PutFunctionRecursionConfigResponse::recursive_loop).
    pub fn recursive_loop(
        mut self,
        input: impl ::std::convert::Into<crate::types::RecursiveLoop>,
    ) -> Self {
        self.recursive_loop = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`recursive_loop`](Self::recursive_loop).
    pub fn set_recursive_loop(
        mut self,
        input: ::std::option::Option<crate::types::RecursiveLoop>,
    ) -> Self {
        self.recursive_loop = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::PutFunctionRecursionConfigResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::PutFunctionRecursionConfigResponse {
            recursive_loop: self.recursive_loop,
        })
    }
}
/// A builder for [`PutFunctionScalingConfigRequest`](crate::types::PutFunctionScalingConfigRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct PutFunctionScalingConfigRequestBuilder {
    pub(crate) function_name: ::std::option::Option<::std::string::String>,
    pub(crate) function_scaling_config: ::std::option::Option<
        crate::types::FunctionScalingConfig,
    >,
    pub(crate) qualifier: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for PutFunctionScalingConfigRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("PutFunctionScalingConfigRequestBuilder").finish_non_exhaustive()
    }
}
impl PutFunctionScalingConfigRequestBuilder {
    /// See [`PutFunctionScalingConfigRequest::function_name`](crate::types::PutFunctionScalingConfigRequest::function_name).
    pub fn function_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.function_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`function_name`](Self::function_name).
    pub fn set_function_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.function_name = input;
        self
    }
    /// See [`PutFunctionScalingConfigRequest::function_scaling_config`](crate::types::PutFunctionScalingConfigRequest::function_scaling_config).
    pub fn function_scaling_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::FunctionScalingConfig>,
    ) -> Self {
        self.function_scaling_config = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`function_scaling_config`](Self::function_scaling_config).
    pub fn set_function_scaling_config(
        mut self,
        input: ::std::option::Option<crate::types::FunctionScalingConfig>,
    ) -> Self {
        self.function_scaling_config = input;
        self
    }
    /// See [`PutFunctionScalingConfigRequest::qualifier`](crate::types::PutFunctionScalingConfigRequest::qualifier).
    pub fn qualifier(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.qualifier = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`qualifier`](Self::qualifier).
    pub fn set_qualifier(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.qualifier = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::PutFunctionScalingConfigRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::PutFunctionScalingConfigRequest {
            function_name: self
                .function_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "PutFunctionScalingConfigRequest",
                        "function_name",
                    ),
                )?,
            function_scaling_config: self.function_scaling_config,
            qualifier: self
                .qualifier
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "PutFunctionScalingConfigRequest",
                        "qualifier",
                    ),
                )?,
        })
    }
}
/// A builder for [`PutFunctionScalingConfigResponse`](crate::types::PutFunctionScalingConfigResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct PutFunctionScalingConfigResponseBuilder {
    pub(crate) function_state: ::std::option::Option<crate::types::State>,
}
impl ::std::fmt::Debug for PutFunctionScalingConfigResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("PutFunctionScalingConfigResponseBuilder").finish_non_exhaustive()
    }
}
impl PutFunctionScalingConfigResponseBuilder {
    /// See [`PutFunctionScalingConfigResponse::function_state`](crate::types::PutFunctionScalingConfigResponse::function_state).
    pub fn function_state(
        mut self,
        input: impl ::std::convert::Into<crate::types::State>,
    ) -> Self {
        self.function_state = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`function_state`](Self::function_state).
    pub fn set_function_state(
        mut self,
        input: ::std::option::Option<crate::types::State>,
    ) -> Self {
        self.function_state = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::PutFunctionScalingConfigResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::PutFunctionScalingConfigResponse {
            function_state: self.function_state,
        })
    }
}
/// A builder for [`PutProvisionedConcurrencyConfigRequest`](crate::types::PutProvisionedConcurrencyConfigRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct PutProvisionedConcurrencyConfigRequestBuilder {
    pub(crate) function_name: ::std::option::Option<::std::string::String>,
    pub(crate) provisioned_concurrent_executions: ::std::option::Option<i64>,
    pub(crate) qualifier: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for PutProvisionedConcurrencyConfigRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("PutProvisionedConcurrencyConfigRequestBuilder")
            .finish_non_exhaustive()
    }
}
impl PutProvisionedConcurrencyConfigRequestBuilder {
    /// See [`PutProvisionedConcurrencyConfigRequest::function_name`](crate::types::PutProvisionedConcurrencyConfigRequest::function_name).
    pub fn function_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.function_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`function_name`](Self::function_name).
    pub fn set_function_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.function_name = input;
        self
    }
    /// See [`PutProvisionedConcurrencyConfigRequest::provisioned_concurrent_executions`](crate::types::PutProvisionedConcurrencyConfigRequest::provisioned_concurrent_executions).
    pub fn provisioned_concurrent_executions(
        mut self,
        input: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.provisioned_concurrent_executions = ::std::option::Option::Some(
            input.into(),
        );
        self
    }
    /// Sets or clears [`provisioned_concurrent_executions`](Self::provisioned_concurrent_executions).
    pub fn set_provisioned_concurrent_executions(
        mut self,
        input: ::std::option::Option<i64>,
    ) -> Self {
        self.provisioned_concurrent_executions = input;
        self
    }
    /// See [`PutProvisionedConcurrencyConfigRequest::qualifier`](crate::types::PutProvisionedConcurrencyConfigRequest::qualifier).
    pub fn qualifier(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.qualifier = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`qualifier`](Self::qualifier).
    pub fn set_qualifier(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.qualifier = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::PutProvisionedConcurrencyConfigRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::PutProvisionedConcurrencyConfigRequest {
            function_name: self
                .function_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "PutProvisionedConcurrencyConfigRequest",
                        "function_name",
                    ),
                )?,
            provisioned_concurrent_executions: self
                .provisioned_concurrent_executions
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "PutProvisionedConcurrencyConfigRequest",
                        "provisioned_concurrent_executions",
                    ),
                )?,
            qualifier: self
                .qualifier
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "PutProvisionedConcurrencyConfigRequest",
                        "qualifier",
                    ),
                )?,
        })
    }
}
/// A builder for [`PutProvisionedConcurrencyConfigResponse`](crate::types::PutProvisionedConcurrencyConfigResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct PutProvisionedConcurrencyConfigResponseBuilder {
    pub(crate) allocated_provisioned_concurrent_executions: ::std::option::Option<i64>,
    pub(crate) available_provisioned_concurrent_executions: ::std::option::Option<i64>,
    pub(crate) last_modified: ::std::option::Option<::std::string::String>,
    pub(crate) requested_provisioned_concurrent_executions: ::std::option::Option<i64>,
    pub(crate) status: ::std::option::Option<
        crate::types::ProvisionedConcurrencyStatusEnum,
    >,
    pub(crate) status_reason: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for PutProvisionedConcurrencyConfigResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("PutProvisionedConcurrencyConfigResponseBuilder")
            .finish_non_exhaustive()
    }
}
impl PutProvisionedConcurrencyConfigResponseBuilder {
    /// See [`PutProvisionedConcurrencyConfigResponse::allocated_provisioned_concurrent_executions`](crate::types::PutProvisionedConcurrencyConfigResponse::allocated_provisioned_concurrent_executions).
    pub fn allocated_provisioned_concurrent_executions(
        mut self,
        input: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.allocated_provisioned_concurrent_executions = ::std::option::Option::Some(
            input.into(),
        );
        self
    }
    /// Sets or clears [`allocated_provisioned_concurrent_executions`](Self::allocated_provisioned_concurrent_executions).
    pub fn set_allocated_provisioned_concurrent_executions(
        mut self,
        input: ::std::option::Option<i64>,
    ) -> Self {
        self.allocated_provisioned_concurrent_executions = input;
        self
    }
    /// See [`PutProvisionedConcurrencyConfigResponse::available_provisioned_concurrent_executions`](crate::types::PutProvisionedConcurrencyConfigResponse::available_provisioned_concurrent_executions).
    pub fn available_provisioned_concurrent_executions(
        mut self,
        input: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.available_provisioned_concurrent_executions = ::std::option::Option::Some(
            input.into(),
        );
        self
    }
    /// Sets or clears [`available_provisioned_concurrent_executions`](Self::available_provisioned_concurrent_executions).
    pub fn set_available_provisioned_concurrent_executions(
        mut self,
        input: ::std::option::Option<i64>,
    ) -> Self {
        self.available_provisioned_concurrent_executions = input;
        self
    }
    /// See [`PutProvisionedConcurrencyConfigResponse::last_modified`](crate::types::PutProvisionedConcurrencyConfigResponse::last_modified).
    pub fn last_modified(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.last_modified = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`last_modified`](Self::last_modified).
    pub fn set_last_modified(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.last_modified = input;
        self
    }
    /// See [`PutProvisionedConcurrencyConfigResponse::requested_provisioned_concurrent_executions`](crate::types::PutProvisionedConcurrencyConfigResponse::requested_provisioned_concurrent_executions).
    pub fn requested_provisioned_concurrent_executions(
        mut self,
        input: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.requested_provisioned_concurrent_executions = ::std::option::Option::Some(
            input.into(),
        );
        self
    }
    /// Sets or clears [`requested_provisioned_concurrent_executions`](Self::requested_provisioned_concurrent_executions).
    pub fn set_requested_provisioned_concurrent_executions(
        mut self,
        input: ::std::option::Option<i64>,
    ) -> Self {
        self.requested_provisioned_concurrent_executions = input;
        self
    }
    /// See [`PutProvisionedConcurrencyConfigResponse::status`](crate::types::PutProvisionedConcurrencyConfigResponse::status).
    pub fn status(
        mut self,
        input: impl ::std::convert::Into<crate::types::ProvisionedConcurrencyStatusEnum>,
    ) -> Self {
        self.status = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`status`](Self::status).
    pub fn set_status(
        mut self,
        input: ::std::option::Option<crate::types::ProvisionedConcurrencyStatusEnum>,
    ) -> Self {
        self.status = input;
        self
    }
    /// See [`PutProvisionedConcurrencyConfigResponse::status_reason`](crate::types::PutProvisionedConcurrencyConfigResponse::status_reason).
    pub fn status_reason(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.status_reason = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`status_reason`](Self::status_reason).
    pub fn set_status_reason(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.status_reason = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::PutProvisionedConcurrencyConfigResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::PutProvisionedConcurrencyConfigResponse {
            allocated_provisioned_concurrent_executions: self
                .allocated_provisioned_concurrent_executions,
            available_provisioned_concurrent_executions: self
                .available_provisioned_concurrent_executions,
            last_modified: self.last_modified,
            requested_provisioned_concurrent_executions: self
                .requested_provisioned_concurrent_executions,
            status: self.status,
            status_reason: self.status_reason,
        })
    }
}
/// A builder for [`PutResourcePolicyRequest`](crate::types::PutResourcePolicyRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct PutResourcePolicyRequestBuilder {
    pub(crate) policy: ::std::option::Option<::std::string::String>,
    pub(crate) resource_arn: ::std::option::Option<::std::string::String>,
    pub(crate) revision_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for PutResourcePolicyRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("PutResourcePolicyRequestBuilder").finish_non_exhaustive()
    }
}
impl PutResourcePolicyRequestBuilder {
    /// See [`PutResourcePolicyRequest::policy`](crate::types::PutResourcePolicyRequest::policy).
    pub fn policy(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.policy = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`policy`](Self::policy).
    pub fn set_policy(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.policy = input;
        self
    }
    /// See [`PutResourcePolicyRequest::resource_arn`](crate::types::PutResourcePolicyRequest::resource_arn).
    pub fn resource_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.resource_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`resource_arn`](Self::resource_arn).
    pub fn set_resource_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.resource_arn = input;
        self
    }
    /// See [`PutResourcePolicyRequest::revision_id`](crate::types::PutResourcePolicyRequest::revision_id).
    pub fn revision_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.revision_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`revision_id`](Self::revision_id).
    pub fn set_revision_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.revision_id = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::PutResourcePolicyRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::PutResourcePolicyRequest {
            policy: self
                .policy
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "PutResourcePolicyRequest",
                        "policy",
                    ),
                )?,
            resource_arn: self
                .resource_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "PutResourcePolicyRequest",
                        "resource_arn",
                    ),
                )?,
            revision_id: self.revision_id,
        })
    }
}
/// A builder for [`PutResourcePolicyResponse`](crate::types::PutResourcePolicyResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct PutResourcePolicyResponseBuilder {
    pub(crate) policy: ::std::option::Option<::std::string::String>,
    pub(crate) revision_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for PutResourcePolicyResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("PutResourcePolicyResponseBuilder").finish_non_exhaustive()
    }
}
impl PutResourcePolicyResponseBuilder {
    /// See [`PutResourcePolicyResponse::policy`](crate::types::PutResourcePolicyResponse::policy).
    pub fn policy(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.policy = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`policy`](Self::policy).
    pub fn set_policy(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.policy = input;
        self
    }
    /// See [`PutResourcePolicyResponse::revision_id`](crate::types::PutResourcePolicyResponse::revision_id).
    pub fn revision_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.revision_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`revision_id`](Self::revision_id).
    pub fn set_revision_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.revision_id = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::PutResourcePolicyResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::PutResourcePolicyResponse {
            policy: self.policy,
            revision_id: self.revision_id,
        })
    }
}
/// A builder for [`PutRuntimeManagementConfigRequest`](crate::types::PutRuntimeManagementConfigRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct PutRuntimeManagementConfigRequestBuilder {
    pub(crate) function_name: ::std::option::Option<::std::string::String>,
    pub(crate) qualifier: ::std::option::Option<::std::string::String>,
    pub(crate) runtime_version_arn: ::std::option::Option<::std::string::String>,
    pub(crate) update_runtime_on: ::std::option::Option<crate::types::UpdateRuntimeOn>,
}
impl ::std::fmt::Debug for PutRuntimeManagementConfigRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("PutRuntimeManagementConfigRequestBuilder")
            .finish_non_exhaustive()
    }
}
impl PutRuntimeManagementConfigRequestBuilder {
    /// See [`PutRuntimeManagementConfigRequest::function_name`](crate::types::PutRuntimeManagementConfigRequest::function_name).
    pub fn function_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.function_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`function_name`](Self::function_name).
    pub fn set_function_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.function_name = input;
        self
    }
    /// See [`PutRuntimeManagementConfigRequest::qualifier`](crate::types::PutRuntimeManagementConfigRequest::qualifier).
    pub fn qualifier(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.qualifier = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`qualifier`](Self::qualifier).
    pub fn set_qualifier(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.qualifier = input;
        self
    }
    /// See [`PutRuntimeManagementConfigRequest::runtime_version_arn`](crate::types::PutRuntimeManagementConfigRequest::runtime_version_arn).
    pub fn runtime_version_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.runtime_version_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`runtime_version_arn`](Self::runtime_version_arn).
    pub fn set_runtime_version_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.runtime_version_arn = input;
        self
    }
    /// See [`PutRuntimeManagementConfigRequest::update_runtime_on`](crate::types::PutRuntimeManagementConfigRequest::update_runtime_on).
    pub fn update_runtime_on(
        mut self,
        input: impl ::std::convert::Into<crate::types::UpdateRuntimeOn>,
    ) -> Self {
        self.update_runtime_on = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`update_runtime_on`](Self::update_runtime_on).
    pub fn set_update_runtime_on(
        mut self,
        input: ::std::option::Option<crate::types::UpdateRuntimeOn>,
    ) -> Self {
        self.update_runtime_on = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::PutRuntimeManagementConfigRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::PutRuntimeManagementConfigRequest {
            function_name: self
                .function_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "PutRuntimeManagementConfigRequest",
                        "function_name",
                    ),
                )?,
            qualifier: self.qualifier,
            runtime_version_arn: self.runtime_version_arn,
            update_runtime_on: self
                .update_runtime_on
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "PutRuntimeManagementConfigRequest",
                        "update_runtime_on",
                    ),
                )?,
        })
    }
}
/// A builder for [`PutRuntimeManagementConfigResponse`](crate::types::PutRuntimeManagementConfigResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct PutRuntimeManagementConfigResponseBuilder {
    pub(crate) function_arn: ::std::option::Option<::std::string::String>,
    pub(crate) runtime_version_arn: ::std::option::Option<::std::string::String>,
    pub(crate) update_runtime_on: ::std::option::Option<crate::types::UpdateRuntimeOn>,
}
impl ::std::fmt::Debug for PutRuntimeManagementConfigResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("PutRuntimeManagementConfigResponseBuilder")
            .finish_non_exhaustive()
    }
}
impl PutRuntimeManagementConfigResponseBuilder {
    /// See [`PutRuntimeManagementConfigResponse::function_arn`](crate::types::PutRuntimeManagementConfigResponse::function_arn).
    pub fn function_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.function_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`function_arn`](Self::function_arn).
    pub fn set_function_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.function_arn = input;
        self
    }
    /// See [`PutRuntimeManagementConfigResponse::runtime_version_arn`](crate::types::PutRuntimeManagementConfigResponse::runtime_version_arn).
    pub fn runtime_version_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.runtime_version_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`runtime_version_arn`](Self::runtime_version_arn).
    pub fn set_runtime_version_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.runtime_version_arn = input;
        self
    }
    /// See [`PutRuntimeManagementConfigResponse::update_runtime_on`](crate::types::PutRuntimeManagementConfigResponse::update_runtime_on).
    pub fn update_runtime_on(
        mut self,
        input: impl ::std::convert::Into<crate::types::UpdateRuntimeOn>,
    ) -> Self {
        self.update_runtime_on = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`update_runtime_on`](Self::update_runtime_on).
    pub fn set_update_runtime_on(
        mut self,
        input: ::std::option::Option<crate::types::UpdateRuntimeOn>,
    ) -> Self {
        self.update_runtime_on = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::PutRuntimeManagementConfigResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::PutRuntimeManagementConfigResponse {
            function_arn: self
                .function_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "PutRuntimeManagementConfigResponse",
                        "function_arn",
                    ),
                )?,
            runtime_version_arn: self.runtime_version_arn,
            update_runtime_on: self
                .update_runtime_on
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "PutRuntimeManagementConfigResponse",
                        "update_runtime_on",
                    ),
                )?,
        })
    }
}
/// A builder for [`RemoveLayerVersionPermissionRequest`](crate::types::RemoveLayerVersionPermissionRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct RemoveLayerVersionPermissionRequestBuilder {
    pub(crate) layer_name: ::std::option::Option<::std::string::String>,
    pub(crate) revision_id: ::std::option::Option<::std::string::String>,
    pub(crate) statement_id: ::std::option::Option<::std::string::String>,
    pub(crate) version_number: ::std::option::Option<i64>,
}
impl ::std::fmt::Debug for RemoveLayerVersionPermissionRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("RemoveLayerVersionPermissionRequestBuilder")
            .finish_non_exhaustive()
    }
}
impl RemoveLayerVersionPermissionRequestBuilder {
    /// See [`RemoveLayerVersionPermissionRequest::layer_name`](crate::types::RemoveLayerVersionPermissionRequest::layer_name).
    pub fn layer_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.layer_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`layer_name`](Self::layer_name).
    pub fn set_layer_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.layer_name = input;
        self
    }
    /// See [`RemoveLayerVersionPermissionRequest::revision_id`](crate::types::RemoveLayerVersionPermissionRequest::revision_id).
    pub fn revision_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.revision_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`revision_id`](Self::revision_id).
    pub fn set_revision_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.revision_id = input;
        self
    }
    /// See [`RemoveLayerVersionPermissionRequest::statement_id`](crate::types::RemoveLayerVersionPermissionRequest::statement_id).
    pub fn statement_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.statement_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`statement_id`](Self::statement_id).
    pub fn set_statement_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.statement_id = input;
        self
    }
    /// See [`RemoveLayerVersionPermissionRequest::version_number`](crate::types::RemoveLayerVersionPermissionRequest::version_number).
    pub fn version_number(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.version_number = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`version_number`](Self::version_number).
    pub fn set_version_number(mut self, input: ::std::option::Option<i64>) -> Self {
        self.version_number = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::RemoveLayerVersionPermissionRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::RemoveLayerVersionPermissionRequest {
            layer_name: self
                .layer_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "RemoveLayerVersionPermissionRequest",
                        "layer_name",
                    ),
                )?,
            revision_id: self.revision_id,
            statement_id: self
                .statement_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "RemoveLayerVersionPermissionRequest",
                        "statement_id",
                    ),
                )?,
            version_number: self
                .version_number
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "RemoveLayerVersionPermissionRequest",
                        "version_number",
                    ),
                )?,
        })
    }
}
/// A builder for [`RemovePermissionRequest`](crate::types::RemovePermissionRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct RemovePermissionRequestBuilder {
    pub(crate) function_name: ::std::option::Option<::std::string::String>,
    pub(crate) qualifier: ::std::option::Option<::std::string::String>,
    pub(crate) revision_id: ::std::option::Option<::std::string::String>,
    pub(crate) statement_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for RemovePermissionRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("RemovePermissionRequestBuilder").finish_non_exhaustive()
    }
}
impl RemovePermissionRequestBuilder {
    /// See [`RemovePermissionRequest::function_name`](crate::types::RemovePermissionRequest::function_name).
    pub fn function_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.function_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`function_name`](Self::function_name).
    pub fn set_function_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.function_name = input;
        self
    }
    /// See [`RemovePermissionRequest::qualifier`](crate::types::RemovePermissionRequest::qualifier).
    pub fn qualifier(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.qualifier = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`qualifier`](Self::qualifier).
    pub fn set_qualifier(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.qualifier = input;
        self
    }
    /// See [`RemovePermissionRequest::revision_id`](crate::types::RemovePermissionRequest::revision_id).
    pub fn revision_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.revision_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`revision_id`](Self::revision_id).
    pub fn set_revision_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.revision_id = input;
        self
    }
    /// See [`RemovePermissionRequest::statement_id`](crate::types::RemovePermissionRequest::statement_id).
    pub fn statement_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.statement_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`statement_id`](Self::statement_id).
    pub fn set_statement_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.statement_id = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::RemovePermissionRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::RemovePermissionRequest {
            function_name: self
                .function_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "RemovePermissionRequest",
                        "function_name",
                    ),
                )?,
            qualifier: self.qualifier,
            revision_id: self.revision_id,
            statement_id: self
                .statement_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "RemovePermissionRequest",
                        "statement_id",
                    ),
                )?,
        })
    }
}
/// A builder for [`ResolvedS3Object`](crate::types::ResolvedS3Object).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ResolvedS3ObjectBuilder {
    pub(crate) s3_bucket: ::std::option::Option<::std::string::String>,
    pub(crate) s3_key: ::std::option::Option<::std::string::String>,
    pub(crate) s3_object_version: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ResolvedS3ObjectBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ResolvedS3ObjectBuilder").finish_non_exhaustive()
    }
}
impl ResolvedS3ObjectBuilder {
    /// See [`ResolvedS3Object::s3_bucket`](crate::types::ResolvedS3Object::s3_bucket).
    pub fn s3_bucket(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.s3_bucket = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`s3_bucket`](Self::s3_bucket).
    pub fn set_s3_bucket(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.s3_bucket = input;
        self
    }
    /// See [`ResolvedS3Object::s3_key`](crate::types::ResolvedS3Object::s3_key).
    pub fn s3_key(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.s3_key = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`s3_key`](Self::s3_key).
    pub fn set_s3_key(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.s3_key = input;
        self
    }
    /// See [`ResolvedS3Object::s3_object_version`](crate::types::ResolvedS3Object::s3_object_version).
    pub fn s3_object_version(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.s3_object_version = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`s3_object_version`](Self::s3_object_version).
    pub fn set_s3_object_version(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.s3_object_version = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ResolvedS3Object,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ResolvedS3Object {
            s3_bucket: self.s3_bucket,
            s3_key: self.s3_key,
            s3_object_version: self.s3_object_version,
        })
    }
}
/// A builder for [`ResumeDurableExecutionRequest`](crate::types::ResumeDurableExecutionRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ResumeDurableExecutionRequestBuilder {
    pub(crate) client_token: ::std::option::Option<::std::string::String>,
    pub(crate) durable_execution_arn: ::std::option::Option<::std::string::String>,
    pub(crate) reason: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ResumeDurableExecutionRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ResumeDurableExecutionRequestBuilder").finish_non_exhaustive()
    }
}
impl ResumeDurableExecutionRequestBuilder {
    /// See [`ResumeDurableExecutionRequest::client_token`](crate::types::ResumeDurableExecutionRequest::client_token).
    pub fn client_token(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.client_token = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`client_token`](Self::client_token).
    pub fn set_client_token(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.client_token = input;
        self
    }
    /// See [`ResumeDurableExecutionRequest::durable_execution_arn`](crate::types::ResumeDurableExecutionRequest::durable_execution_arn).
    pub fn durable_execution_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.durable_execution_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`durable_execution_arn`](Self::durable_execution_arn).
    pub fn set_durable_execution_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.durable_execution_arn = input;
        self
    }
    /// See [`ResumeDurableExecutionRequest::reason`](crate::types::ResumeDurableExecutionRequest::reason).
    pub fn reason(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.reason = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`reason`](Self::reason).
    pub fn set_reason(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.reason = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ResumeDurableExecutionRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ResumeDurableExecutionRequest {
            client_token: self.client_token,
            durable_execution_arn: self
                .durable_execution_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "ResumeDurableExecutionRequest",
                        "durable_execution_arn",
                    ),
                )?,
            reason: self.reason,
        })
    }
}
/// A builder for [`ResumeDurableExecutionResponse`](crate::types::ResumeDurableExecutionResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ResumeDurableExecutionResponseBuilder {}
impl ::std::fmt::Debug for ResumeDurableExecutionResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ResumeDurableExecutionResponseBuilder").finish_non_exhaustive()
    }
}
impl ResumeDurableExecutionResponseBuilder {
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ResumeDurableExecutionResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ResumeDurableExecutionResponse {
        })
    }
}
/// A builder for [`RetryDetails`](crate::types::RetryDetails).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct RetryDetailsBuilder {
    pub(crate) current_attempt: ::std::option::Option<i64>,
    pub(crate) next_attempt_delay_seconds: ::std::option::Option<i64>,
}
impl ::std::fmt::Debug for RetryDetailsBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("RetryDetailsBuilder").finish_non_exhaustive()
    }
}
impl RetryDetailsBuilder {
    /// See [`RetryDetails::current_attempt`](crate::types::RetryDetails::current_attempt).
    pub fn current_attempt(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.current_attempt = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`current_attempt`](Self::current_attempt).
    pub fn set_current_attempt(mut self, input: ::std::option::Option<i64>) -> Self {
        self.current_attempt = input;
        self
    }
    /// See [`RetryDetails::next_attempt_delay_seconds`](crate::types::RetryDetails::next_attempt_delay_seconds).
    pub fn next_attempt_delay_seconds(
        mut self,
        input: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.next_attempt_delay_seconds = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`next_attempt_delay_seconds`](Self::next_attempt_delay_seconds).
    pub fn set_next_attempt_delay_seconds(
        mut self,
        input: ::std::option::Option<i64>,
    ) -> Self {
        self.next_attempt_delay_seconds = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::RetryDetails, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::RetryDetails {
            current_attempt: self.current_attempt,
            next_attempt_delay_seconds: self.next_attempt_delay_seconds,
        })
    }
}
/// A builder for [`RuntimeVersionConfig`](crate::types::RuntimeVersionConfig).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct RuntimeVersionConfigBuilder {
    pub(crate) error: ::std::option::Option<crate::types::RuntimeVersionError>,
    pub(crate) runtime_version_arn: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for RuntimeVersionConfigBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("RuntimeVersionConfigBuilder").finish_non_exhaustive()
    }
}
impl RuntimeVersionConfigBuilder {
    /// See [`RuntimeVersionConfig::error`](crate::types::RuntimeVersionConfig::error).
    pub fn error(
        mut self,
        input: impl ::std::convert::Into<crate::types::RuntimeVersionError>,
    ) -> Self {
        self.error = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`error`](Self::error).
    pub fn set_error(
        mut self,
        input: ::std::option::Option<crate::types::RuntimeVersionError>,
    ) -> Self {
        self.error = input;
        self
    }
    /// See [`RuntimeVersionConfig::runtime_version_arn`](crate::types::RuntimeVersionConfig::runtime_version_arn).
    pub fn runtime_version_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.runtime_version_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`runtime_version_arn`](Self::runtime_version_arn).
    pub fn set_runtime_version_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.runtime_version_arn = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::RuntimeVersionConfig,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::RuntimeVersionConfig {
            error: self.error,
            runtime_version_arn: self.runtime_version_arn,
        })
    }
}
/// A builder for [`RuntimeVersionError`](crate::types::RuntimeVersionError).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct RuntimeVersionErrorBuilder {
    pub(crate) error_code: ::std::option::Option<::std::string::String>,
    pub(crate) message: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for RuntimeVersionErrorBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("RuntimeVersionErrorBuilder").finish_non_exhaustive()
    }
}
impl RuntimeVersionErrorBuilder {
    /// See [`RuntimeVersionError::error_code`](crate::types::RuntimeVersionError::error_code).
    pub fn error_code(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.error_code = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`error_code`](Self::error_code).
    pub fn set_error_code(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.error_code = input;
        self
    }
    /// See [`RuntimeVersionError::message`](crate::types::RuntimeVersionError::message).
    pub fn message(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.message = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`message`](Self::message).
    pub fn set_message(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.message = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::RuntimeVersionError,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::RuntimeVersionError {
            error_code: self.error_code,
            message: self.message,
        })
    }
}
/// A builder for [`S3FilesConfig`](crate::types::S3FilesConfig).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct S3FilesConfigBuilder {
    pub(crate) direct_s3_read: ::std::option::Option<crate::types::DirectS3Read>,
}
impl ::std::fmt::Debug for S3FilesConfigBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("S3FilesConfigBuilder").finish_non_exhaustive()
    }
}
impl S3FilesConfigBuilder {
    /// See [`S3FilesConfig::direct_s3_read`](crate::types::S3FilesConfig::direct_s3_read).
    pub fn direct_s3_read(
        mut self,
        input: impl ::std::convert::Into<crate::types::DirectS3Read>,
    ) -> Self {
        self.direct_s3_read = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`direct_s3_read`](Self::direct_s3_read).
    pub fn set_direct_s3_read(
        mut self,
        input: ::std::option::Option<crate::types::DirectS3Read>,
    ) -> Self {
        self.direct_s3_read = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::S3FilesConfig, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::S3FilesConfig {
            direct_s3_read: self.direct_s3_read,
        })
    }
}
/// A builder for [`ScalingConfig`](crate::types::ScalingConfig).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ScalingConfigBuilder {
    pub(crate) maximum_concurrency: ::std::option::Option<i64>,
}
impl ::std::fmt::Debug for ScalingConfigBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ScalingConfigBuilder").finish_non_exhaustive()
    }
}
impl ScalingConfigBuilder {
    /// See [`ScalingConfig::maximum_concurrency`](crate::types::ScalingConfig::maximum_concurrency).
    pub fn maximum_concurrency(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.maximum_concurrency = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`maximum_concurrency`](Self::maximum_concurrency).
    pub fn set_maximum_concurrency(mut self, input: ::std::option::Option<i64>) -> Self {
        self.maximum_concurrency = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::ScalingConfig, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::ScalingConfig {
            maximum_concurrency: self.maximum_concurrency,
        })
    }
}
/// A builder for [`SelfManagedEventSource`](crate::types::SelfManagedEventSource).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct SelfManagedEventSourceBuilder {
    pub(crate) endpoints: ::std::option::Option<
        ::std::collections::HashMap<
            ::std::string::String,
            ::std::vec::Vec<::std::string::String>,
        >,
    >,
}
impl ::std::fmt::Debug for SelfManagedEventSourceBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("SelfManagedEventSourceBuilder").finish_non_exhaustive()
    }
}
impl SelfManagedEventSourceBuilder {
    /// See [`SelfManagedEventSource::endpoints`](crate::types::SelfManagedEventSource::endpoints).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn endpoints(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.endpoints
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`endpoints`](Self::endpoints).
    pub fn set_endpoints(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<
                ::std::string::String,
                ::std::vec::Vec<::std::string::String>,
            >,
        >,
    ) -> Self {
        self.endpoints = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::SelfManagedEventSource,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::SelfManagedEventSource {
            endpoints: self.endpoints,
        })
    }
}
/// A builder for [`SelfManagedKafkaEventSourceConfig`](crate::types::SelfManagedKafkaEventSourceConfig).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct SelfManagedKafkaEventSourceConfigBuilder {
    pub(crate) consumer_group_id: ::std::option::Option<::std::string::String>,
    pub(crate) consumption_mode: ::std::option::Option<
        crate::types::KafkaEventSourceMappingConsumptionMode,
    >,
    pub(crate) schema_registry_config: ::std::option::Option<
        crate::types::KafkaSchemaRegistryConfig,
    >,
}
impl ::std::fmt::Debug for SelfManagedKafkaEventSourceConfigBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("SelfManagedKafkaEventSourceConfigBuilder")
            .finish_non_exhaustive()
    }
}
impl SelfManagedKafkaEventSourceConfigBuilder {
    /// See [`SelfManagedKafkaEventSourceConfig::consumer_group_id`](crate::types::SelfManagedKafkaEventSourceConfig::consumer_group_id).
    pub fn consumer_group_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.consumer_group_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`consumer_group_id`](Self::consumer_group_id).
    pub fn set_consumer_group_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.consumer_group_id = input;
        self
    }
    /// See [`SelfManagedKafkaEventSourceConfig::consumption_mode`](crate::types::SelfManagedKafkaEventSourceConfig::consumption_mode).
    pub fn consumption_mode(
        mut self,
        input: impl ::std::convert::Into<
            crate::types::KafkaEventSourceMappingConsumptionMode,
        >,
    ) -> Self {
        self.consumption_mode = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`consumption_mode`](Self::consumption_mode).
    pub fn set_consumption_mode(
        mut self,
        input: ::std::option::Option<
            crate::types::KafkaEventSourceMappingConsumptionMode,
        >,
    ) -> Self {
        self.consumption_mode = input;
        self
    }
    /// See [`SelfManagedKafkaEventSourceConfig::schema_registry_config`](crate::types::SelfManagedKafkaEventSourceConfig::schema_registry_config).
    pub fn schema_registry_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::KafkaSchemaRegistryConfig>,
    ) -> Self {
        self.schema_registry_config = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`schema_registry_config`](Self::schema_registry_config).
    pub fn set_schema_registry_config(
        mut self,
        input: ::std::option::Option<crate::types::KafkaSchemaRegistryConfig>,
    ) -> Self {
        self.schema_registry_config = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::SelfManagedKafkaEventSourceConfig,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::SelfManagedKafkaEventSourceConfig {
            consumer_group_id: self.consumer_group_id,
            consumption_mode: self.consumption_mode,
            schema_registry_config: self.schema_registry_config,
        })
    }
}
/// A builder for [`SendDurableExecutionCallbackFailureRequest`](crate::types::SendDurableExecutionCallbackFailureRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct SendDurableExecutionCallbackFailureRequestBuilder {
    pub(crate) callback_id: ::std::option::Option<::std::string::String>,
    pub(crate) error: ::std::option::Option<crate::types::ErrorObject>,
}
impl ::std::fmt::Debug for SendDurableExecutionCallbackFailureRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("SendDurableExecutionCallbackFailureRequestBuilder")
            .finish_non_exhaustive()
    }
}
impl SendDurableExecutionCallbackFailureRequestBuilder {
    /// See [`SendDurableExecutionCallbackFailureRequest::callback_id`](crate::types::SendDurableExecutionCallbackFailureRequest::callback_id).
    pub fn callback_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.callback_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`callback_id`](Self::callback_id).
    pub fn set_callback_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.callback_id = input;
        self
    }
    /// See [`SendDurableExecutionCallbackFailureRequest::error`](crate::types::SendDurableExecutionCallbackFailureRequest::error).
    pub fn error(
        mut self,
        input: impl ::std::convert::Into<crate::types::ErrorObject>,
    ) -> Self {
        self.error = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`error`](Self::error).
    pub fn set_error(
        mut self,
        input: ::std::option::Option<crate::types::ErrorObject>,
    ) -> Self {
        self.error = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::SendDurableExecutionCallbackFailureRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::SendDurableExecutionCallbackFailureRequest {
            callback_id: self
                .callback_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "SendDurableExecutionCallbackFailureRequest",
                        "callback_id",
                    ),
                )?,
            error: self.error,
        })
    }
}
/// A builder for [`SendDurableExecutionCallbackFailureResponse`](crate::types::SendDurableExecutionCallbackFailureResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct SendDurableExecutionCallbackFailureResponseBuilder {}
impl ::std::fmt::Debug for SendDurableExecutionCallbackFailureResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("SendDurableExecutionCallbackFailureResponseBuilder")
            .finish_non_exhaustive()
    }
}
impl SendDurableExecutionCallbackFailureResponseBuilder {
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::SendDurableExecutionCallbackFailureResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::SendDurableExecutionCallbackFailureResponse {})
    }
}
/// A builder for [`SendDurableExecutionCallbackHeartbeatRequest`](crate::types::SendDurableExecutionCallbackHeartbeatRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct SendDurableExecutionCallbackHeartbeatRequestBuilder {
    pub(crate) callback_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for SendDurableExecutionCallbackHeartbeatRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("SendDurableExecutionCallbackHeartbeatRequestBuilder")
            .finish_non_exhaustive()
    }
}
impl SendDurableExecutionCallbackHeartbeatRequestBuilder {
    /// See [`SendDurableExecutionCallbackHeartbeatRequest::callback_id`](crate::types::SendDurableExecutionCallbackHeartbeatRequest::callback_id).
    pub fn callback_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.callback_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`callback_id`](Self::callback_id).
    pub fn set_callback_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.callback_id = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::SendDurableExecutionCallbackHeartbeatRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::SendDurableExecutionCallbackHeartbeatRequest {
            callback_id: self
                .callback_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "SendDurableExecutionCallbackHeartbeatRequest",
                        "callback_id",
                    ),
                )?,
        })
    }
}
/// A builder for [`SendDurableExecutionCallbackHeartbeatResponse`](crate::types::SendDurableExecutionCallbackHeartbeatResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct SendDurableExecutionCallbackHeartbeatResponseBuilder {}
impl ::std::fmt::Debug for SendDurableExecutionCallbackHeartbeatResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("SendDurableExecutionCallbackHeartbeatResponseBuilder")
            .finish_non_exhaustive()
    }
}
impl SendDurableExecutionCallbackHeartbeatResponseBuilder {
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::SendDurableExecutionCallbackHeartbeatResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::SendDurableExecutionCallbackHeartbeatResponse {})
    }
}
/// A builder for [`SendDurableExecutionCallbackSuccessRequest`](crate::types::SendDurableExecutionCallbackSuccessRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct SendDurableExecutionCallbackSuccessRequestBuilder {
    pub(crate) callback_id: ::std::option::Option<::std::string::String>,
    pub(crate) result: ::std::option::Option<crate::runtime::Blob>,
}
impl ::std::fmt::Debug for SendDurableExecutionCallbackSuccessRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("SendDurableExecutionCallbackSuccessRequestBuilder")
            .finish_non_exhaustive()
    }
}
impl SendDurableExecutionCallbackSuccessRequestBuilder {
    /// See [`SendDurableExecutionCallbackSuccessRequest::callback_id`](crate::types::SendDurableExecutionCallbackSuccessRequest::callback_id).
    pub fn callback_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.callback_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`callback_id`](Self::callback_id).
    pub fn set_callback_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.callback_id = input;
        self
    }
    /// See [`SendDurableExecutionCallbackSuccessRequest::result`](crate::types::SendDurableExecutionCallbackSuccessRequest::result).
    pub fn result(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Blob>,
    ) -> Self {
        self.result = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`result`](Self::result).
    pub fn set_result(
        mut self,
        input: ::std::option::Option<crate::runtime::Blob>,
    ) -> Self {
        self.result = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::SendDurableExecutionCallbackSuccessRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::SendDurableExecutionCallbackSuccessRequest {
            callback_id: self
                .callback_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "SendDurableExecutionCallbackSuccessRequest",
                        "callback_id",
                    ),
                )?,
            result: self.result,
        })
    }
}
/// A builder for [`SendDurableExecutionCallbackSuccessResponse`](crate::types::SendDurableExecutionCallbackSuccessResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct SendDurableExecutionCallbackSuccessResponseBuilder {}
impl ::std::fmt::Debug for SendDurableExecutionCallbackSuccessResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("SendDurableExecutionCallbackSuccessResponseBuilder")
            .finish_non_exhaustive()
    }
}
impl SendDurableExecutionCallbackSuccessResponseBuilder {
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::SendDurableExecutionCallbackSuccessResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::SendDurableExecutionCallbackSuccessResponse {})
    }
}
/// A builder for [`SnapStart`](crate::types::SnapStart).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct SnapStartBuilder {
    pub(crate) apply_on: ::std::option::Option<crate::types::SnapStartApplyOn>,
}
impl ::std::fmt::Debug for SnapStartBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("SnapStartBuilder").finish_non_exhaustive()
    }
}
impl SnapStartBuilder {
    /// See [`SnapStart::apply_on`](crate::types::SnapStart::apply_on).
    pub fn apply_on(
        mut self,
        input: impl ::std::convert::Into<crate::types::SnapStartApplyOn>,
    ) -> Self {
        self.apply_on = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`apply_on`](Self::apply_on).
    pub fn set_apply_on(
        mut self,
        input: ::std::option::Option<crate::types::SnapStartApplyOn>,
    ) -> Self {
        self.apply_on = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::SnapStart, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::SnapStart {
            apply_on: self.apply_on,
        })
    }
}
/// A builder for [`SnapStartResponse`](crate::types::SnapStartResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct SnapStartResponseBuilder {
    pub(crate) apply_on: ::std::option::Option<crate::types::SnapStartApplyOn>,
    pub(crate) optimization_status: ::std::option::Option<
        crate::types::SnapStartOptimizationStatus,
    >,
}
impl ::std::fmt::Debug for SnapStartResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("SnapStartResponseBuilder").finish_non_exhaustive()
    }
}
impl SnapStartResponseBuilder {
    /// See [`SnapStartResponse::apply_on`](crate::types::SnapStartResponse::apply_on).
    pub fn apply_on(
        mut self,
        input: impl ::std::convert::Into<crate::types::SnapStartApplyOn>,
    ) -> Self {
        self.apply_on = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`apply_on`](Self::apply_on).
    pub fn set_apply_on(
        mut self,
        input: ::std::option::Option<crate::types::SnapStartApplyOn>,
    ) -> Self {
        self.apply_on = input;
        self
    }
    /// See [`SnapStartResponse::optimization_status`](crate::types::SnapStartResponse::optimization_status).
    pub fn optimization_status(
        mut self,
        input: impl ::std::convert::Into<crate::types::SnapStartOptimizationStatus>,
    ) -> Self {
        self.optimization_status = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`optimization_status`](Self::optimization_status).
    pub fn set_optimization_status(
        mut self,
        input: ::std::option::Option<crate::types::SnapStartOptimizationStatus>,
    ) -> Self {
        self.optimization_status = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::SnapStartResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::SnapStartResponse {
            apply_on: self.apply_on,
            optimization_status: self.optimization_status,
        })
    }
}
/// A builder for [`SourceAccessConfiguration`](crate::types::SourceAccessConfiguration).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct SourceAccessConfigurationBuilder {
    pub(crate) r#type: ::std::option::Option<crate::types::SourceAccessType>,
    pub(crate) uri: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for SourceAccessConfigurationBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("SourceAccessConfigurationBuilder").finish_non_exhaustive()
    }
}
impl SourceAccessConfigurationBuilder {
    /// See [`SourceAccessConfiguration::type`](crate::types::SourceAccessConfiguration::type).
    pub fn r#type(
        mut self,
        input: impl ::std::convert::Into<crate::types::SourceAccessType>,
    ) -> Self {
        self.r#type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`type`](Self::type).
    pub fn set_type(
        mut self,
        input: ::std::option::Option<crate::types::SourceAccessType>,
    ) -> Self {
        self.r#type = input;
        self
    }
    /// See [`SourceAccessConfiguration::uri`](crate::types::SourceAccessConfiguration::uri).
    pub fn uri(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.uri = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`uri`](Self::uri).
    pub fn set_uri(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.uri = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::SourceAccessConfiguration,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::SourceAccessConfiguration {
            r#type: self.r#type,
            uri: self.uri,
        })
    }
}
/// A builder for [`StepDetails`](crate::types::StepDetails).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct StepDetailsBuilder {
    pub(crate) attempt: ::std::option::Option<i64>,
    pub(crate) error: ::std::option::Option<crate::types::ErrorObject>,
    pub(crate) next_attempt_timestamp: ::std::option::Option<crate::runtime::Timestamp>,
    pub(crate) result: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for StepDetailsBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("StepDetailsBuilder").finish_non_exhaustive()
    }
}
impl StepDetailsBuilder {
    /// See [`StepDetails::attempt`](crate::types::StepDetails::attempt).
    pub fn attempt(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.attempt = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`attempt`](Self::attempt).
    pub fn set_attempt(mut self, input: ::std::option::Option<i64>) -> Self {
        self.attempt = input;
        self
    }
    /// See [`StepDetails::error`](crate::types::StepDetails::error).
    pub fn error(
        mut self,
        input: impl ::std::convert::Into<crate::types::ErrorObject>,
    ) -> Self {
        self.error = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`error`](Self::error).
    pub fn set_error(
        mut self,
        input: ::std::option::Option<crate::types::ErrorObject>,
    ) -> Self {
        self.error = input;
        self
    }
    /// See [`StepDetails::next_attempt_timestamp`](crate::types::StepDetails::next_attempt_timestamp).
    pub fn next_attempt_timestamp(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.next_attempt_timestamp = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`next_attempt_timestamp`](Self::next_attempt_timestamp).
    pub fn set_next_attempt_timestamp(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.next_attempt_timestamp = input;
        self
    }
    /// See [`StepDetails::result`](crate::types::StepDetails::result).
    pub fn result(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.result = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`result`](Self::result).
    pub fn set_result(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.result = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::StepDetails, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::StepDetails {
            attempt: self.attempt,
            error: self.error,
            next_attempt_timestamp: self.next_attempt_timestamp,
            result: self.result,
        })
    }
}
/// A builder for [`StepFailedDetails`](crate::types::StepFailedDetails).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct StepFailedDetailsBuilder {
    pub(crate) error: ::std::option::Option<crate::types::EventError>,
    pub(crate) retry_details: ::std::option::Option<crate::types::RetryDetails>,
}
impl ::std::fmt::Debug for StepFailedDetailsBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("StepFailedDetailsBuilder").finish_non_exhaustive()
    }
}
impl StepFailedDetailsBuilder {
    /// See [`StepFailedDetails::error`](crate::types::StepFailedDetails::error).
    pub fn error(
        mut self,
        input: impl ::std::convert::Into<crate::types::EventError>,
    ) -> Self {
        self.error = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`error`](Self::error).
    pub fn set_error(
        mut self,
        input: ::std::option::Option<crate::types::EventError>,
    ) -> Self {
        self.error = input;
        self
    }
    /// See [`StepFailedDetails::retry_details`](crate::types::StepFailedDetails::retry_details).
    pub fn retry_details(
        mut self,
        input: impl ::std::convert::Into<crate::types::RetryDetails>,
    ) -> Self {
        self.retry_details = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`retry_details`](Self::retry_details).
    pub fn set_retry_details(
        mut self,
        input: ::std::option::Option<crate::types::RetryDetails>,
    ) -> Self {
        self.retry_details = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::StepFailedDetails,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::StepFailedDetails {
            error: self
                .error
                .ok_or(
                    crate::runtime::BuildError::missing("StepFailedDetails", "error"),
                )?,
            retry_details: self
                .retry_details
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "StepFailedDetails",
                        "retry_details",
                    ),
                )?,
        })
    }
}
/// A builder for [`StepOptions`](crate::types::StepOptions).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct StepOptionsBuilder {
    pub(crate) next_attempt_delay_seconds: ::std::option::Option<i64>,
}
impl ::std::fmt::Debug for StepOptionsBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("StepOptionsBuilder").finish_non_exhaustive()
    }
}
impl StepOptionsBuilder {
    /// See [`StepOptions::next_attempt_delay_seconds`](crate::types::StepOptions::next_attempt_delay_seconds).
    pub fn next_attempt_delay_seconds(
        mut self,
        input: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.next_attempt_delay_seconds = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`next_attempt_delay_seconds`](Self::next_attempt_delay_seconds).
    pub fn set_next_attempt_delay_seconds(
        mut self,
        input: ::std::option::Option<i64>,
    ) -> Self {
        self.next_attempt_delay_seconds = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::StepOptions, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::StepOptions {
            next_attempt_delay_seconds: self.next_attempt_delay_seconds,
        })
    }
}
/// A builder for [`StepStartedDetails`](crate::types::StepStartedDetails).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct StepStartedDetailsBuilder {}
impl ::std::fmt::Debug for StepStartedDetailsBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("StepStartedDetailsBuilder").finish_non_exhaustive()
    }
}
impl StepStartedDetailsBuilder {
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::StepStartedDetails,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::StepStartedDetails {
        })
    }
}
/// A builder for [`StepSucceededDetails`](crate::types::StepSucceededDetails).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct StepSucceededDetailsBuilder {
    pub(crate) result: ::std::option::Option<crate::types::EventResult>,
    pub(crate) retry_details: ::std::option::Option<crate::types::RetryDetails>,
}
impl ::std::fmt::Debug for StepSucceededDetailsBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("StepSucceededDetailsBuilder").finish_non_exhaustive()
    }
}
impl StepSucceededDetailsBuilder {
    /// See [`StepSucceededDetails::result`](crate::types::StepSucceededDetails::result).
    pub fn result(
        mut self,
        input: impl ::std::convert::Into<crate::types::EventResult>,
    ) -> Self {
        self.result = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`result`](Self::result).
    pub fn set_result(
        mut self,
        input: ::std::option::Option<crate::types::EventResult>,
    ) -> Self {
        self.result = input;
        self
    }
    /// See [`StepSucceededDetails::retry_details`](crate::types::StepSucceededDetails::retry_details).
    pub fn retry_details(
        mut self,
        input: impl ::std::convert::Into<crate::types::RetryDetails>,
    ) -> Self {
        self.retry_details = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`retry_details`](Self::retry_details).
    pub fn set_retry_details(
        mut self,
        input: ::std::option::Option<crate::types::RetryDetails>,
    ) -> Self {
        self.retry_details = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::StepSucceededDetails,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::StepSucceededDetails {
            result: self
                .result
                .ok_or(
                    crate::runtime::BuildError::missing("StepSucceededDetails", "result"),
                )?,
            retry_details: self
                .retry_details
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "StepSucceededDetails",
                        "retry_details",
                    ),
                )?,
        })
    }
}
/// A builder for [`StopDurableExecutionRequest`](crate::types::StopDurableExecutionRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct StopDurableExecutionRequestBuilder {
    pub(crate) durable_execution_arn: ::std::option::Option<::std::string::String>,
    pub(crate) error: ::std::option::Option<crate::types::ErrorObject>,
}
impl ::std::fmt::Debug for StopDurableExecutionRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("StopDurableExecutionRequestBuilder").finish_non_exhaustive()
    }
}
impl StopDurableExecutionRequestBuilder {
    /// See [`StopDurableExecutionRequest::durable_execution_arn`](crate::types::StopDurableExecutionRequest::durable_execution_arn).
    pub fn durable_execution_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.durable_execution_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`durable_execution_arn`](Self::durable_execution_arn).
    pub fn set_durable_execution_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.durable_execution_arn = input;
        self
    }
    /// See [`StopDurableExecutionRequest::error`](crate::types::StopDurableExecutionRequest::error).
    pub fn error(
        mut self,
        input: impl ::std::convert::Into<crate::types::ErrorObject>,
    ) -> Self {
        self.error = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`error`](Self::error).
    pub fn set_error(
        mut self,
        input: ::std::option::Option<crate::types::ErrorObject>,
    ) -> Self {
        self.error = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::StopDurableExecutionRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::StopDurableExecutionRequest {
            durable_execution_arn: self
                .durable_execution_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "StopDurableExecutionRequest",
                        "durable_execution_arn",
                    ),
                )?,
            error: self.error,
        })
    }
}
/// A builder for [`StopDurableExecutionResponse`](crate::types::StopDurableExecutionResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct StopDurableExecutionResponseBuilder {
    pub(crate) stop_timestamp: ::std::option::Option<crate::runtime::Timestamp>,
}
impl ::std::fmt::Debug for StopDurableExecutionResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("StopDurableExecutionResponseBuilder").finish_non_exhaustive()
    }
}
impl StopDurableExecutionResponseBuilder {
    /// See [`StopDurableExecutionResponse::stop_timestamp`](crate::types::StopDurableExecutionResponse::stop_timestamp).
    pub fn stop_timestamp(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.stop_timestamp = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`stop_timestamp`](Self::stop_timestamp).
    pub fn set_stop_timestamp(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.stop_timestamp = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::StopDurableExecutionResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::StopDurableExecutionResponse {
            stop_timestamp: self
                .stop_timestamp
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "StopDurableExecutionResponse",
                        "stop_timestamp",
                    ),
                )?,
        })
    }
}
/// A builder for [`TagResourceRequest`](crate::types::TagResourceRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct TagResourceRequestBuilder {
    pub(crate) resource: ::std::option::Option<::std::string::String>,
    pub(crate) tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
}
impl ::std::fmt::Debug for TagResourceRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("TagResourceRequestBuilder").finish_non_exhaustive()
    }
}
impl TagResourceRequestBuilder {
    /// See [`TagResourceRequest::resource`](crate::types::TagResourceRequest::resource).
    pub fn resource(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.resource = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`resource`](Self::resource).
    pub fn set_resource(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.resource = input;
        self
    }
    /// See [`TagResourceRequest::tags`](crate::types::TagResourceRequest::tags).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn tags(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.tags
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`tags`](Self::tags).
    pub fn set_tags(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        >,
    ) -> Self {
        self.tags = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::TagResourceRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::TagResourceRequest {
            resource: self
                .resource
                .ok_or(
                    crate::runtime::BuildError::missing("TagResourceRequest", "resource"),
                )?,
            tags: self
                .tags
                .ok_or(
                    crate::runtime::BuildError::missing("TagResourceRequest", "tags"),
                )?,
        })
    }
}
/// A builder for [`TagsError`](crate::types::TagsError).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct TagsErrorBuilder {
    pub(crate) error_code: ::std::option::Option<::std::string::String>,
    pub(crate) message: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for TagsErrorBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("TagsErrorBuilder").finish_non_exhaustive()
    }
}
impl TagsErrorBuilder {
    /// See [`TagsError::error_code`](crate::types::TagsError::error_code).
    pub fn error_code(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.error_code = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`error_code`](Self::error_code).
    pub fn set_error_code(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.error_code = input;
        self
    }
    /// See [`TagsError::message`](crate::types::TagsError::message).
    pub fn message(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.message = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`message`](Self::message).
    pub fn set_message(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.message = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::TagsError, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::TagsError {
            error_code: self
                .error_code
                .ok_or(crate::runtime::BuildError::missing("TagsError", "error_code"))?,
            message: self
                .message
                .ok_or(crate::runtime::BuildError::missing("TagsError", "message"))?,
        })
    }
}
/// A builder for [`TargetTrackingScalingPolicy`](crate::types::TargetTrackingScalingPolicy).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct TargetTrackingScalingPolicyBuilder {
    pub(crate) predefined_metric_type: ::std::option::Option<
        crate::types::CapacityProviderPredefinedMetricType,
    >,
    pub(crate) target_value: ::std::option::Option<f64>,
}
impl ::std::fmt::Debug for TargetTrackingScalingPolicyBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("TargetTrackingScalingPolicyBuilder").finish_non_exhaustive()
    }
}
impl TargetTrackingScalingPolicyBuilder {
    /// See [`TargetTrackingScalingPolicy::predefined_metric_type`](crate::types::TargetTrackingScalingPolicy::predefined_metric_type).
    pub fn predefined_metric_type(
        mut self,
        input: impl ::std::convert::Into<
            crate::types::CapacityProviderPredefinedMetricType,
        >,
    ) -> Self {
        self.predefined_metric_type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`predefined_metric_type`](Self::predefined_metric_type).
    pub fn set_predefined_metric_type(
        mut self,
        input: ::std::option::Option<crate::types::CapacityProviderPredefinedMetricType>,
    ) -> Self {
        self.predefined_metric_type = input;
        self
    }
    /// See [`TargetTrackingScalingPolicy::target_value`](crate::types::TargetTrackingScalingPolicy::target_value).
    pub fn target_value(mut self, input: impl ::std::convert::Into<f64>) -> Self {
        self.target_value = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`target_value`](Self::target_value).
    pub fn set_target_value(mut self, input: ::std::option::Option<f64>) -> Self {
        self.target_value = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::TargetTrackingScalingPolicy,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::TargetTrackingScalingPolicy {
            predefined_metric_type: self
                .predefined_metric_type
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "TargetTrackingScalingPolicy",
                        "predefined_metric_type",
                    ),
                )?,
            target_value: self
                .target_value
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "TargetTrackingScalingPolicy",
                        "target_value",
                    ),
                )?,
        })
    }
}
/// A builder for [`TenancyConfig`](crate::types::TenancyConfig).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct TenancyConfigBuilder {
    pub(crate) tenant_isolation_mode: ::std::option::Option<
        crate::types::TenantIsolationMode,
    >,
}
impl ::std::fmt::Debug for TenancyConfigBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("TenancyConfigBuilder").finish_non_exhaustive()
    }
}
impl TenancyConfigBuilder {
    /// See [`TenancyConfig::tenant_isolation_mode`](crate::types::TenancyConfig::tenant_isolation_mode).
    pub fn tenant_isolation_mode(
        mut self,
        input: impl ::std::convert::Into<crate::types::TenantIsolationMode>,
    ) -> Self {
        self.tenant_isolation_mode = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`tenant_isolation_mode`](Self::tenant_isolation_mode).
    pub fn set_tenant_isolation_mode(
        mut self,
        input: ::std::option::Option<crate::types::TenantIsolationMode>,
    ) -> Self {
        self.tenant_isolation_mode = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::TenancyConfig, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::TenancyConfig {
            tenant_isolation_mode: self
                .tenant_isolation_mode
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "TenancyConfig",
                        "tenant_isolation_mode",
                    ),
                )?,
        })
    }
}
/// A builder for [`TraceHeader`](crate::types::TraceHeader).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct TraceHeaderBuilder {
    pub(crate) x_amzn_trace_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for TraceHeaderBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("TraceHeaderBuilder").finish_non_exhaustive()
    }
}
impl TraceHeaderBuilder {
    /// See [`TraceHeader::x_amzn_trace_id`](crate::types::TraceHeader::x_amzn_trace_id).
    pub fn x_amzn_trace_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.x_amzn_trace_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`x_amzn_trace_id`](Self::x_amzn_trace_id).
    pub fn set_x_amzn_trace_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.x_amzn_trace_id = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::TraceHeader, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::TraceHeader {
            x_amzn_trace_id: self.x_amzn_trace_id,
        })
    }
}
/// A builder for [`TracingConfig`](crate::types::TracingConfig).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct TracingConfigBuilder {
    pub(crate) mode: ::std::option::Option<crate::types::TracingMode>,
}
impl ::std::fmt::Debug for TracingConfigBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("TracingConfigBuilder").finish_non_exhaustive()
    }
}
impl TracingConfigBuilder {
    /// See [`TracingConfig::mode`](crate::types::TracingConfig::mode).
    pub fn mode(
        mut self,
        input: impl ::std::convert::Into<crate::types::TracingMode>,
    ) -> Self {
        self.mode = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`mode`](Self::mode).
    pub fn set_mode(
        mut self,
        input: ::std::option::Option<crate::types::TracingMode>,
    ) -> Self {
        self.mode = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::TracingConfig, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::TracingConfig {
            mode: self.mode,
        })
    }
}
/// A builder for [`TracingConfigResponse`](crate::types::TracingConfigResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct TracingConfigResponseBuilder {
    pub(crate) mode: ::std::option::Option<crate::types::TracingMode>,
}
impl ::std::fmt::Debug for TracingConfigResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("TracingConfigResponseBuilder").finish_non_exhaustive()
    }
}
impl TracingConfigResponseBuilder {
    /// See [`TracingConfigResponse::mode`](crate::types::TracingConfigResponse::mode).
    pub fn mode(
        mut self,
        input: impl ::std::convert::Into<crate::types::TracingMode>,
    ) -> Self {
        self.mode = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`mode`](Self::mode).
    pub fn set_mode(
        mut self,
        input: ::std::option::Option<crate::types::TracingMode>,
    ) -> Self {
        self.mode = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::TracingConfigResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::TracingConfigResponse {
            mode: self.mode,
        })
    }
}
/// A builder for [`UntagResourceRequest`](crate::types::UntagResourceRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct UntagResourceRequestBuilder {
    pub(crate) resource: ::std::option::Option<::std::string::String>,
    pub(crate) tag_keys: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
impl ::std::fmt::Debug for UntagResourceRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UntagResourceRequestBuilder").finish_non_exhaustive()
    }
}
impl UntagResourceRequestBuilder {
    /// See [`UntagResourceRequest::resource`](crate::types::UntagResourceRequest::resource).
    pub fn resource(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.resource = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`resource`](Self::resource).
    pub fn set_resource(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.resource = input;
        self
    }
    /// See [`UntagResourceRequest::tag_keys`](crate::types::UntagResourceRequest::tag_keys).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn tag_keys(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.tag_keys.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`tag_keys`](Self::tag_keys).
    pub fn set_tag_keys(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.tag_keys = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::UntagResourceRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::UntagResourceRequest {
            resource: self
                .resource
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "UntagResourceRequest",
                        "resource",
                    ),
                )?,
            tag_keys: self
                .tag_keys
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "UntagResourceRequest",
                        "tag_keys",
                    ),
                )?,
        })
    }
}
/// A builder for [`UpdateAliasRequest`](crate::types::UpdateAliasRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct UpdateAliasRequestBuilder {
    pub(crate) description: ::std::option::Option<::std::string::String>,
    pub(crate) function_name: ::std::option::Option<::std::string::String>,
    pub(crate) function_version: ::std::option::Option<::std::string::String>,
    pub(crate) name: ::std::option::Option<::std::string::String>,
    pub(crate) revision_id: ::std::option::Option<::std::string::String>,
    pub(crate) routing_config: ::std::option::Option<
        crate::types::AliasRoutingConfiguration,
    >,
}
impl ::std::fmt::Debug for UpdateAliasRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdateAliasRequestBuilder").finish_non_exhaustive()
    }
}
impl UpdateAliasRequestBuilder {
    /// See [`UpdateAliasRequest::description`](crate::types::UpdateAliasRequest::description).
    pub fn description(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.description = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`description`](Self::description).
    pub fn set_description(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.description = input;
        self
    }
    /// See [`UpdateAliasRequest::function_name`](crate::types::UpdateAliasRequest::function_name).
    pub fn function_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.function_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`function_name`](Self::function_name).
    pub fn set_function_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.function_name = input;
        self
    }
    /// See [`UpdateAliasRequest::function_version`](crate::types::UpdateAliasRequest::function_version).
    pub fn function_version(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.function_version = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`function_version`](Self::function_version).
    pub fn set_function_version(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.function_version = input;
        self
    }
    /// See [`UpdateAliasRequest::name`](crate::types::UpdateAliasRequest::name).
    pub fn name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`name`](Self::name).
    pub fn set_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.name = input;
        self
    }
    /// See [`UpdateAliasRequest::revision_id`](crate::types::UpdateAliasRequest::revision_id).
    pub fn revision_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.revision_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`revision_id`](Self::revision_id).
    pub fn set_revision_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.revision_id = input;
        self
    }
    /// See [`UpdateAliasRequest::routing_config`](crate::types::UpdateAliasRequest::routing_config).
    pub fn routing_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::AliasRoutingConfiguration>,
    ) -> Self {
        self.routing_config = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`routing_config`](Self::routing_config).
    pub fn set_routing_config(
        mut self,
        input: ::std::option::Option<crate::types::AliasRoutingConfiguration>,
    ) -> Self {
        self.routing_config = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::UpdateAliasRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::UpdateAliasRequest {
            description: self.description,
            function_name: self
                .function_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "UpdateAliasRequest",
                        "function_name",
                    ),
                )?,
            function_version: self.function_version,
            name: self
                .name
                .ok_or(
                    crate::runtime::BuildError::missing("UpdateAliasRequest", "name"),
                )?,
            revision_id: self.revision_id,
            routing_config: self.routing_config,
        })
    }
}
/// A builder for [`UpdateCapacityProviderRequest`](crate::types::UpdateCapacityProviderRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct UpdateCapacityProviderRequestBuilder {
    pub(crate) capacity_provider_name: ::std::option::Option<::std::string::String>,
    pub(crate) capacity_provider_scaling_config: ::std::option::Option<
        crate::types::CapacityProviderScalingConfig,
    >,
    pub(crate) propagate_tags: ::std::option::Option<crate::types::PropagateTags>,
    pub(crate) telemetry_config: ::std::option::Option<
        crate::types::CapacityProviderTelemetryConfig,
    >,
}
impl ::std::fmt::Debug for UpdateCapacityProviderRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdateCapacityProviderRequestBuilder").finish_non_exhaustive()
    }
}
impl UpdateCapacityProviderRequestBuilder {
    /// See [`UpdateCapacityProviderRequest::capacity_provider_name`](crate::types::UpdateCapacityProviderRequest::capacity_provider_name).
    pub fn capacity_provider_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.capacity_provider_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`capacity_provider_name`](Self::capacity_provider_name).
    pub fn set_capacity_provider_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.capacity_provider_name = input;
        self
    }
    /// See [`UpdateCapacityProviderRequest::capacity_provider_scaling_config`](crate::types::UpdateCapacityProviderRequest::capacity_provider_scaling_config).
    pub fn capacity_provider_scaling_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::CapacityProviderScalingConfig>,
    ) -> Self {
        self.capacity_provider_scaling_config = ::std::option::Option::Some(
            input.into(),
        );
        self
    }
    /// Sets or clears [`capacity_provider_scaling_config`](Self::capacity_provider_scaling_config).
    pub fn set_capacity_provider_scaling_config(
        mut self,
        input: ::std::option::Option<crate::types::CapacityProviderScalingConfig>,
    ) -> Self {
        self.capacity_provider_scaling_config = input;
        self
    }
    /// See [`UpdateCapacityProviderRequest::propagate_tags`](crate::types::UpdateCapacityProviderRequest::propagate_tags).
    pub fn propagate_tags(
        mut self,
        input: impl ::std::convert::Into<crate::types::PropagateTags>,
    ) -> Self {
        self.propagate_tags = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`propagate_tags`](Self::propagate_tags).
    pub fn set_propagate_tags(
        mut self,
        input: ::std::option::Option<crate::types::PropagateTags>,
    ) -> Self {
        self.propagate_tags = input;
        self
    }
    /// See [`UpdateCapacityProviderRequest::telemetry_config`](crate::types::UpdateCapacityProviderRequest::telemetry_config).
    pub fn telemetry_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::CapacityProviderTelemetryConfig>,
    ) -> Self {
        self.telemetry_config = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`telemetry_config`](Self::telemetry_config).
    pub fn set_telemetry_config(
        mut self,
        input: ::std::option::Option<crate::types::CapacityProviderTelemetryConfig>,
    ) -> Self {
        self.telemetry_config = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::UpdateCapacityProviderRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::UpdateCapacityProviderRequest {
            capacity_provider_name: self
                .capacity_provider_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "UpdateCapacityProviderRequest",
                        "capacity_provider_name",
                    ),
                )?,
            capacity_provider_scaling_config: self.capacity_provider_scaling_config,
            propagate_tags: self.propagate_tags,
            telemetry_config: self.telemetry_config,
        })
    }
}
/// A builder for [`UpdateCapacityProviderResponse`](crate::types::UpdateCapacityProviderResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct UpdateCapacityProviderResponseBuilder {
    pub(crate) capacity_provider: ::std::option::Option<crate::types::CapacityProvider>,
}
impl ::std::fmt::Debug for UpdateCapacityProviderResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdateCapacityProviderResponseBuilder").finish_non_exhaustive()
    }
}
impl UpdateCapacityProviderResponseBuilder {
    /// See [`UpdateCapacityProviderResponse::capacity_provider`](crate::types::UpdateCapacityProviderResponse::capacity_provider).
    pub fn capacity_provider(
        mut self,
        input: impl ::std::convert::Into<crate::types::CapacityProvider>,
    ) -> Self {
        self.capacity_provider = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`capacity_provider`](Self::capacity_provider).
    pub fn set_capacity_provider(
        mut self,
        input: ::std::option::Option<crate::types::CapacityProvider>,
    ) -> Self {
        self.capacity_provider = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::UpdateCapacityProviderResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::UpdateCapacityProviderResponse {
            capacity_provider: self
                .capacity_provider
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "UpdateCapacityProviderResponse",
                        "capacity_provider",
                    ),
                )?,
        })
    }
}
/// A builder for [`UpdateCodeSigningConfigRequest`](crate::types::UpdateCodeSigningConfigRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct UpdateCodeSigningConfigRequestBuilder {
    pub(crate) allowed_publishers: ::std::option::Option<
        crate::types::AllowedPublishers,
    >,
    pub(crate) code_signing_config_arn: ::std::option::Option<::std::string::String>,
    pub(crate) code_signing_policies: ::std::option::Option<
        crate::types::CodeSigningPolicies,
    >,
    pub(crate) description: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for UpdateCodeSigningConfigRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdateCodeSigningConfigRequestBuilder").finish_non_exhaustive()
    }
}
impl UpdateCodeSigningConfigRequestBuilder {
    /// See [`UpdateCodeSigningConfigRequest::allowed_publishers`](crate::types::UpdateCodeSigningConfigRequest::allowed_publishers).
    pub fn allowed_publishers(
        mut self,
        input: impl ::std::convert::Into<crate::types::AllowedPublishers>,
    ) -> Self {
        self.allowed_publishers = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`allowed_publishers`](Self::allowed_publishers).
    pub fn set_allowed_publishers(
        mut self,
        input: ::std::option::Option<crate::types::AllowedPublishers>,
    ) -> Self {
        self.allowed_publishers = input;
        self
    }
    /// See [`UpdateCodeSigningConfigRequest::code_signing_config_arn`](crate::types::UpdateCodeSigningConfigRequest::code_signing_config_arn).
    pub fn code_signing_config_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.code_signing_config_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`code_signing_config_arn`](Self::code_signing_config_arn).
    pub fn set_code_signing_config_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.code_signing_config_arn = input;
        self
    }
    /// See [`UpdateCodeSigningConfigRequest::code_signing_policies`](crate::types::UpdateCodeSigningConfigRequest::code_signing_policies).
    pub fn code_signing_policies(
        mut self,
        input: impl ::std::convert::Into<crate::types::CodeSigningPolicies>,
    ) -> Self {
        self.code_signing_policies = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`code_signing_policies`](Self::code_signing_policies).
    pub fn set_code_signing_policies(
        mut self,
        input: ::std::option::Option<crate::types::CodeSigningPolicies>,
    ) -> Self {
        self.code_signing_policies = input;
        self
    }
    /// See [`UpdateCodeSigningConfigRequest::description`](crate::types::UpdateCodeSigningConfigRequest::description).
    pub fn description(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.description = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`description`](Self::description).
    pub fn set_description(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.description = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::UpdateCodeSigningConfigRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::UpdateCodeSigningConfigRequest {
            allowed_publishers: self.allowed_publishers,
            code_signing_config_arn: self
                .code_signing_config_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "UpdateCodeSigningConfigRequest",
                        "code_signing_config_arn",
                    ),
                )?,
            code_signing_policies: self.code_signing_policies,
            description: self.description,
        })
    }
}
/// A builder for [`UpdateCodeSigningConfigResponse`](crate::types::UpdateCodeSigningConfigResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct UpdateCodeSigningConfigResponseBuilder {
    pub(crate) code_signing_config: ::std::option::Option<
        crate::types::CodeSigningConfig,
    >,
}
impl ::std::fmt::Debug for UpdateCodeSigningConfigResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdateCodeSigningConfigResponseBuilder").finish_non_exhaustive()
    }
}
impl UpdateCodeSigningConfigResponseBuilder {
    /// See [`UpdateCodeSigningConfigResponse::code_signing_config`](crate::types::UpdateCodeSigningConfigResponse::code_signing_config).
    pub fn code_signing_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::CodeSigningConfig>,
    ) -> Self {
        self.code_signing_config = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`code_signing_config`](Self::code_signing_config).
    pub fn set_code_signing_config(
        mut self,
        input: ::std::option::Option<crate::types::CodeSigningConfig>,
    ) -> Self {
        self.code_signing_config = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::UpdateCodeSigningConfigResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::UpdateCodeSigningConfigResponse {
            code_signing_config: self
                .code_signing_config
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "UpdateCodeSigningConfigResponse",
                        "code_signing_config",
                    ),
                )?,
        })
    }
}
/// A builder for [`UpdateEventSourceMappingRequest`](crate::types::UpdateEventSourceMappingRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct UpdateEventSourceMappingRequestBuilder {
    pub(crate) amazon_managed_kafka_event_source_config: ::std::option::Option<
        crate::types::AmazonManagedKafkaEventSourceConfig,
    >,
    pub(crate) batch_size: ::std::option::Option<i64>,
    pub(crate) bisect_batch_on_function_error: ::std::option::Option<bool>,
    pub(crate) destination_config: ::std::option::Option<
        crate::types::DestinationConfig,
    >,
    pub(crate) document_db_event_source_config: ::std::option::Option<
        crate::types::DocumentDbEventSourceConfig,
    >,
    pub(crate) enabled: ::std::option::Option<bool>,
    pub(crate) filter_criteria: ::std::option::Option<crate::types::FilterCriteria>,
    pub(crate) function_name: ::std::option::Option<::std::string::String>,
    pub(crate) function_response_types: ::std::option::Option<
        ::std::vec::Vec<crate::types::FunctionResponseType>,
    >,
    pub(crate) kms_key_arn: ::std::option::Option<::std::string::String>,
    pub(crate) logging_config: ::std::option::Option<
        crate::types::EventSourceMappingLoggingConfig,
    >,
    pub(crate) maximum_batching_window_in_seconds: ::std::option::Option<i64>,
    pub(crate) maximum_record_age_in_seconds: ::std::option::Option<i64>,
    pub(crate) maximum_retry_attempts: ::std::option::Option<i64>,
    pub(crate) metrics_config: ::std::option::Option<
        crate::types::EventSourceMappingMetricsConfig,
    >,
    pub(crate) parallelization_factor: ::std::option::Option<i64>,
    pub(crate) provisioned_poller_config: ::std::option::Option<
        crate::types::ProvisionedPollerConfig,
    >,
    pub(crate) scaling_config: ::std::option::Option<crate::types::ScalingConfig>,
    pub(crate) self_managed_kafka_event_source_config: ::std::option::Option<
        crate::types::SelfManagedKafkaEventSourceConfig,
    >,
    pub(crate) source_access_configurations: ::std::option::Option<
        ::std::vec::Vec<crate::types::SourceAccessConfiguration>,
    >,
    pub(crate) tumbling_window_in_seconds: ::std::option::Option<i64>,
    pub(crate) uuid: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for UpdateEventSourceMappingRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdateEventSourceMappingRequestBuilder").finish_non_exhaustive()
    }
}
impl UpdateEventSourceMappingRequestBuilder {
    /// See [`UpdateEventSourceMappingRequest::amazon_managed_kafka_event_source_config`](crate::types::UpdateEventSourceMappingRequest::amazon_managed_kafka_event_source_config).
    pub fn amazon_managed_kafka_event_source_config(
        mut self,
        input: impl ::std::convert::Into<
            crate::types::AmazonManagedKafkaEventSourceConfig,
        >,
    ) -> Self {
        self.amazon_managed_kafka_event_source_config = ::std::option::Option::Some(
            input.into(),
        );
        self
    }
    /// Sets or clears [`amazon_managed_kafka_event_source_config`](Self::amazon_managed_kafka_event_source_config).
    pub fn set_amazon_managed_kafka_event_source_config(
        mut self,
        input: ::std::option::Option<crate::types::AmazonManagedKafkaEventSourceConfig>,
    ) -> Self {
        self.amazon_managed_kafka_event_source_config = input;
        self
    }
    /// See [`UpdateEventSourceMappingRequest::batch_size`](crate::types::UpdateEventSourceMappingRequest::batch_size).
    pub fn batch_size(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.batch_size = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`batch_size`](Self::batch_size).
    pub fn set_batch_size(mut self, input: ::std::option::Option<i64>) -> Self {
        self.batch_size = input;
        self
    }
    /// See [`UpdateEventSourceMappingRequest::bisect_batch_on_function_error`](crate::types::UpdateEventSourceMappingRequest::bisect_batch_on_function_error).
    pub fn bisect_batch_on_function_error(
        mut self,
        input: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.bisect_batch_on_function_error = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`bisect_batch_on_function_error`](Self::bisect_batch_on_function_error).
    pub fn set_bisect_batch_on_function_error(
        mut self,
        input: ::std::option::Option<bool>,
    ) -> Self {
        self.bisect_batch_on_function_error = input;
        self
    }
    /// See [`UpdateEventSourceMappingRequest::destination_config`](crate::types::UpdateEventSourceMappingRequest::destination_config).
    pub fn destination_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::DestinationConfig>,
    ) -> Self {
        self.destination_config = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`destination_config`](Self::destination_config).
    pub fn set_destination_config(
        mut self,
        input: ::std::option::Option<crate::types::DestinationConfig>,
    ) -> Self {
        self.destination_config = input;
        self
    }
    /// See [`UpdateEventSourceMappingRequest::document_db_event_source_config`](crate::types::UpdateEventSourceMappingRequest::document_db_event_source_config).
    pub fn document_db_event_source_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::DocumentDbEventSourceConfig>,
    ) -> Self {
        self.document_db_event_source_config = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`document_db_event_source_config`](Self::document_db_event_source_config).
    pub fn set_document_db_event_source_config(
        mut self,
        input: ::std::option::Option<crate::types::DocumentDbEventSourceConfig>,
    ) -> Self {
        self.document_db_event_source_config = input;
        self
    }
    /// See [`UpdateEventSourceMappingRequest::enabled`](crate::types::UpdateEventSourceMappingRequest::enabled).
    pub fn enabled(mut self, input: impl ::std::convert::Into<bool>) -> Self {
        self.enabled = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`enabled`](Self::enabled).
    pub fn set_enabled(mut self, input: ::std::option::Option<bool>) -> Self {
        self.enabled = input;
        self
    }
    /// See [`UpdateEventSourceMappingRequest::filter_criteria`](crate::types::UpdateEventSourceMappingRequest::filter_criteria).
    pub fn filter_criteria(
        mut self,
        input: impl ::std::convert::Into<crate::types::FilterCriteria>,
    ) -> Self {
        self.filter_criteria = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`filter_criteria`](Self::filter_criteria).
    pub fn set_filter_criteria(
        mut self,
        input: ::std::option::Option<crate::types::FilterCriteria>,
    ) -> Self {
        self.filter_criteria = input;
        self
    }
    /// See [`UpdateEventSourceMappingRequest::function_name`](crate::types::UpdateEventSourceMappingRequest::function_name).
    pub fn function_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.function_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`function_name`](Self::function_name).
    pub fn set_function_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.function_name = input;
        self
    }
    /// See [`UpdateEventSourceMappingRequest::function_response_types`](crate::types::UpdateEventSourceMappingRequest::function_response_types).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn function_response_types(
        mut self,
        input: impl ::std::convert::Into<crate::types::FunctionResponseType>,
    ) -> Self {
        self.function_response_types
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`function_response_types`](Self::function_response_types).
    pub fn set_function_response_types(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::FunctionResponseType>>,
    ) -> Self {
        self.function_response_types = input;
        self
    }
    /// See [`UpdateEventSourceMappingRequest::kms_key_arn`](crate::types::UpdateEventSourceMappingRequest::kms_key_arn).
    pub fn kms_key_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.kms_key_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`kms_key_arn`](Self::kms_key_arn).
    pub fn set_kms_key_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.kms_key_arn = input;
        self
    }
    /// See [`UpdateEventSourceMappingRequest::logging_config`](crate::types::UpdateEventSourceMappingRequest::logging_config).
    pub fn logging_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::EventSourceMappingLoggingConfig>,
    ) -> Self {
        self.logging_config = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`logging_config`](Self::logging_config).
    pub fn set_logging_config(
        mut self,
        input: ::std::option::Option<crate::types::EventSourceMappingLoggingConfig>,
    ) -> Self {
        self.logging_config = input;
        self
    }
    /// See [`UpdateEventSourceMappingRequest::maximum_batching_window_in_seconds`](crate::types::UpdateEventSourceMappingRequest::maximum_batching_window_in_seconds).
    pub fn maximum_batching_window_in_seconds(
        mut self,
        input: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.maximum_batching_window_in_seconds = ::std::option::Option::Some(
            input.into(),
        );
        self
    }
    /// Sets or clears [`maximum_batching_window_in_seconds`](Self::maximum_batching_window_in_seconds).
    pub fn set_maximum_batching_window_in_seconds(
        mut self,
        input: ::std::option::Option<i64>,
    ) -> Self {
        self.maximum_batching_window_in_seconds = input;
        self
    }
    /// See [`UpdateEventSourceMappingRequest::maximum_record_age_in_seconds`](crate::types::UpdateEventSourceMappingRequest::maximum_record_age_in_seconds).
    pub fn maximum_record_age_in_seconds(
        mut self,
        input: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.maximum_record_age_in_seconds = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`maximum_record_age_in_seconds`](Self::maximum_record_age_in_seconds).
    pub fn set_maximum_record_age_in_seconds(
        mut self,
        input: ::std::option::Option<i64>,
    ) -> Self {
        self.maximum_record_age_in_seconds = input;
        self
    }
    /// See [`UpdateEventSourceMappingRequest::maximum_retry_attempts`](crate::types::UpdateEventSourceMappingRequest::maximum_retry_attempts).
    pub fn maximum_retry_attempts(
        mut self,
        input: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.maximum_retry_attempts = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`maximum_retry_attempts`](Self::maximum_retry_attempts).
    pub fn set_maximum_retry_attempts(
        mut self,
        input: ::std::option::Option<i64>,
    ) -> Self {
        self.maximum_retry_attempts = input;
        self
    }
    /// See [`UpdateEventSourceMappingRequest::metrics_config`](crate::types::UpdateEventSourceMappingRequest::metrics_config).
    pub fn metrics_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::EventSourceMappingMetricsConfig>,
    ) -> Self {
        self.metrics_config = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`metrics_config`](Self::metrics_config).
    pub fn set_metrics_config(
        mut self,
        input: ::std::option::Option<crate::types::EventSourceMappingMetricsConfig>,
    ) -> Self {
        self.metrics_config = input;
        self
    }
    /// See [`UpdateEventSourceMappingRequest::parallelization_factor`](crate::types::UpdateEventSourceMappingRequest::parallelization_factor).
    pub fn parallelization_factor(
        mut self,
        input: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.parallelization_factor = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`parallelization_factor`](Self::parallelization_factor).
    pub fn set_parallelization_factor(
        mut self,
        input: ::std::option::Option<i64>,
    ) -> Self {
        self.parallelization_factor = input;
        self
    }
    /// See [`UpdateEventSourceMappingRequest::provisioned_poller_config`](crate::types::UpdateEventSourceMappingRequest::provisioned_poller_config).
    pub fn provisioned_poller_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::ProvisionedPollerConfig>,
    ) -> Self {
        self.provisioned_poller_config = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`provisioned_poller_config`](Self::provisioned_poller_config).
    pub fn set_provisioned_poller_config(
        mut self,
        input: ::std::option::Option<crate::types::ProvisionedPollerConfig>,
    ) -> Self {
        self.provisioned_poller_config = input;
        self
    }
    /// See [`UpdateEventSourceMappingRequest::scaling_config`](crate::types::UpdateEventSourceMappingRequest::scaling_config).
    pub fn scaling_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::ScalingConfig>,
    ) -> Self {
        self.scaling_config = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`scaling_config`](Self::scaling_config).
    pub fn set_scaling_config(
        mut self,
        input: ::std::option::Option<crate::types::ScalingConfig>,
    ) -> Self {
        self.scaling_config = input;
        self
    }
    /// See [`UpdateEventSourceMappingRequest::self_managed_kafka_event_source_config`](crate::types::UpdateEventSourceMappingRequest::self_managed_kafka_event_source_config).
    pub fn self_managed_kafka_event_source_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::SelfManagedKafkaEventSourceConfig>,
    ) -> Self {
        self.self_managed_kafka_event_source_config = ::std::option::Option::Some(
            input.into(),
        );
        self
    }
    /// Sets or clears [`self_managed_kafka_event_source_config`](Self::self_managed_kafka_event_source_config).
    pub fn set_self_managed_kafka_event_source_config(
        mut self,
        input: ::std::option::Option<crate::types::SelfManagedKafkaEventSourceConfig>,
    ) -> Self {
        self.self_managed_kafka_event_source_config = input;
        self
    }
    /// See [`UpdateEventSourceMappingRequest::source_access_configurations`](crate::types::UpdateEventSourceMappingRequest::source_access_configurations).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn source_access_configurations(
        mut self,
        input: impl ::std::convert::Into<crate::types::SourceAccessConfiguration>,
    ) -> Self {
        self.source_access_configurations
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`source_access_configurations`](Self::source_access_configurations).
    pub fn set_source_access_configurations(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<crate::types::SourceAccessConfiguration>,
        >,
    ) -> Self {
        self.source_access_configurations = input;
        self
    }
    /// See [`UpdateEventSourceMappingRequest::tumbling_window_in_seconds`](crate::types::UpdateEventSourceMappingRequest::tumbling_window_in_seconds).
    pub fn tumbling_window_in_seconds(
        mut self,
        input: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.tumbling_window_in_seconds = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`tumbling_window_in_seconds`](Self::tumbling_window_in_seconds).
    pub fn set_tumbling_window_in_seconds(
        mut self,
        input: ::std::option::Option<i64>,
    ) -> Self {
        self.tumbling_window_in_seconds = input;
        self
    }
    /// See [`UpdateEventSourceMappingRequest::uuid`](crate::types::UpdateEventSourceMappingRequest::uuid).
    pub fn uuid(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.uuid = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`uuid`](Self::uuid).
    pub fn set_uuid(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.uuid = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::UpdateEventSourceMappingRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::UpdateEventSourceMappingRequest {
            amazon_managed_kafka_event_source_config: self
                .amazon_managed_kafka_event_source_config,
            batch_size: self.batch_size,
            bisect_batch_on_function_error: self.bisect_batch_on_function_error,
            destination_config: self.destination_config,
            document_db_event_source_config: self.document_db_event_source_config,
            enabled: self.enabled,
            filter_criteria: self.filter_criteria,
            function_name: self.function_name,
            function_response_types: self.function_response_types,
            kms_key_arn: self.kms_key_arn,
            logging_config: self.logging_config,
            maximum_batching_window_in_seconds: self.maximum_batching_window_in_seconds,
            maximum_record_age_in_seconds: self.maximum_record_age_in_seconds,
            maximum_retry_attempts: self.maximum_retry_attempts,
            metrics_config: self.metrics_config,
            parallelization_factor: self.parallelization_factor,
            provisioned_poller_config: self.provisioned_poller_config,
            scaling_config: self.scaling_config,
            self_managed_kafka_event_source_config: self
                .self_managed_kafka_event_source_config,
            source_access_configurations: self.source_access_configurations,
            tumbling_window_in_seconds: self.tumbling_window_in_seconds,
            uuid: self
                .uuid
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "UpdateEventSourceMappingRequest",
                        "uuid",
                    ),
                )?,
        })
    }
}
/// A builder for [`UpdateFunctionCodeRequest`](crate::types::UpdateFunctionCodeRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct UpdateFunctionCodeRequestBuilder {
    pub(crate) architectures: ::std::option::Option<
        ::std::vec::Vec<crate::types::Architecture>,
    >,
    pub(crate) dry_run: ::std::option::Option<bool>,
    pub(crate) function_name: ::std::option::Option<::std::string::String>,
    pub(crate) image_uri: ::std::option::Option<::std::string::String>,
    pub(crate) publish: ::std::option::Option<bool>,
    pub(crate) publish_to: ::std::option::Option<
        crate::types::FunctionVersionLatestPublished,
    >,
    pub(crate) revision_id: ::std::option::Option<::std::string::String>,
    pub(crate) s3_bucket: ::std::option::Option<::std::string::String>,
    pub(crate) s3_key: ::std::option::Option<::std::string::String>,
    pub(crate) s3_object_storage_mode: ::std::option::Option<
        crate::types::S3ObjectStorageMode,
    >,
    pub(crate) s3_object_version: ::std::option::Option<::std::string::String>,
    pub(crate) source_kms_key_arn: ::std::option::Option<::std::string::String>,
    pub(crate) zip_file: ::std::option::Option<crate::runtime::Blob>,
}
impl ::std::fmt::Debug for UpdateFunctionCodeRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdateFunctionCodeRequestBuilder").finish_non_exhaustive()
    }
}
impl UpdateFunctionCodeRequestBuilder {
    /// See [`UpdateFunctionCodeRequest::architectures`](crate::types::UpdateFunctionCodeRequest::architectures).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn architectures(
        mut self,
        input: impl ::std::convert::Into<crate::types::Architecture>,
    ) -> Self {
        self.architectures.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`architectures`](Self::architectures).
    pub fn set_architectures(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::Architecture>>,
    ) -> Self {
        self.architectures = input;
        self
    }
    /// See [`UpdateFunctionCodeRequest::dry_run`](crate::types::UpdateFunctionCodeRequest::dry_run).
    pub fn dry_run(mut self, input: impl ::std::convert::Into<bool>) -> Self {
        self.dry_run = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`dry_run`](Self::dry_run).
    pub fn set_dry_run(mut self, input: ::std::option::Option<bool>) -> Self {
        self.dry_run = input;
        self
    }
    /// See [`UpdateFunctionCodeRequest::function_name`](crate::types::UpdateFunctionCodeRequest::function_name).
    pub fn function_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.function_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`function_name`](Self::function_name).
    pub fn set_function_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.function_name = input;
        self
    }
    /// See [`UpdateFunctionCodeRequest::image_uri`](crate::types::UpdateFunctionCodeRequest::image_uri).
    pub fn image_uri(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.image_uri = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`image_uri`](Self::image_uri).
    pub fn set_image_uri(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.image_uri = input;
        self
    }
    /// See [`UpdateFunctionCodeRequest::publish`](crate::types::UpdateFunctionCodeRequest::publish).
    pub fn publish(mut self, input: impl ::std::convert::Into<bool>) -> Self {
        self.publish = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`publish`](Self::publish).
    pub fn set_publish(mut self, input: ::std::option::Option<bool>) -> Self {
        self.publish = input;
        self
    }
    /// See [`UpdateFunctionCodeRequest::publish_to`](crate::types::UpdateFunctionCodeRequest::publish_to).
    pub fn publish_to(
        mut self,
        input: impl ::std::convert::Into<crate::types::FunctionVersionLatestPublished>,
    ) -> Self {
        self.publish_to = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`publish_to`](Self::publish_to).
    pub fn set_publish_to(
        mut self,
        input: ::std::option::Option<crate::types::FunctionVersionLatestPublished>,
    ) -> Self {
        self.publish_to = input;
        self
    }
    /// See [`UpdateFunctionCodeRequest::revision_id`](crate::types::UpdateFunctionCodeRequest::revision_id).
    pub fn revision_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.revision_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`revision_id`](Self::revision_id).
    pub fn set_revision_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.revision_id = input;
        self
    }
    /// See [`UpdateFunctionCodeRequest::s3_bucket`](crate::types::UpdateFunctionCodeRequest::s3_bucket).
    pub fn s3_bucket(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.s3_bucket = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`s3_bucket`](Self::s3_bucket).
    pub fn set_s3_bucket(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.s3_bucket = input;
        self
    }
    /// See [`UpdateFunctionCodeRequest::s3_key`](crate::types::UpdateFunctionCodeRequest::s3_key).
    pub fn s3_key(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.s3_key = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`s3_key`](Self::s3_key).
    pub fn set_s3_key(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.s3_key = input;
        self
    }
    /// See [`UpdateFunctionCodeRequest::s3_object_storage_mode`](crate::types::UpdateFunctionCodeRequest::s3_object_storage_mode).
    pub fn s3_object_storage_mode(
        mut self,
        input: impl ::std::convert::Into<crate::types::S3ObjectStorageMode>,
    ) -> Self {
        self.s3_object_storage_mode = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`s3_object_storage_mode`](Self::s3_object_storage_mode).
    pub fn set_s3_object_storage_mode(
        mut self,
        input: ::std::option::Option<crate::types::S3ObjectStorageMode>,
    ) -> Self {
        self.s3_object_storage_mode = input;
        self
    }
    /// See [`UpdateFunctionCodeRequest::s3_object_version`](crate::types::UpdateFunctionCodeRequest::s3_object_version).
    pub fn s3_object_version(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.s3_object_version = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`s3_object_version`](Self::s3_object_version).
    pub fn set_s3_object_version(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.s3_object_version = input;
        self
    }
    /// See [`UpdateFunctionCodeRequest::source_kms_key_arn`](crate::types::UpdateFunctionCodeRequest::source_kms_key_arn).
    pub fn source_kms_key_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.source_kms_key_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`source_kms_key_arn`](Self::source_kms_key_arn).
    pub fn set_source_kms_key_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.source_kms_key_arn = input;
        self
    }
    /// See [`UpdateFunctionCodeRequest::zip_file`](crate::types::UpdateFunctionCodeRequest::zip_file).
    pub fn zip_file(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Blob>,
    ) -> Self {
        self.zip_file = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`zip_file`](Self::zip_file).
    pub fn set_zip_file(
        mut self,
        input: ::std::option::Option<crate::runtime::Blob>,
    ) -> Self {
        self.zip_file = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::UpdateFunctionCodeRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::UpdateFunctionCodeRequest {
            architectures: self.architectures,
            dry_run: self.dry_run,
            function_name: self
                .function_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "UpdateFunctionCodeRequest",
                        "function_name",
                    ),
                )?,
            image_uri: self.image_uri,
            publish: self.publish,
            publish_to: self.publish_to,
            revision_id: self.revision_id,
            s3_bucket: self.s3_bucket,
            s3_key: self.s3_key,
            s3_object_storage_mode: self.s3_object_storage_mode,
            s3_object_version: self.s3_object_version,
            source_kms_key_arn: self.source_kms_key_arn,
            zip_file: self.zip_file,
        })
    }
}
/// A builder for [`UpdateFunctionConfigurationRequest`](crate::types::UpdateFunctionConfigurationRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct UpdateFunctionConfigurationRequestBuilder {
    pub(crate) accelerator_config: ::std::option::Option<
        crate::types::AcceleratorConfig,
    >,
    pub(crate) capacity_provider_config: ::std::option::Option<
        crate::types::CapacityProviderConfig,
    >,
    pub(crate) dead_letter_config: ::std::option::Option<crate::types::DeadLetterConfig>,
    pub(crate) description: ::std::option::Option<::std::string::String>,
    pub(crate) durable_config: ::std::option::Option<crate::types::DurableConfig>,
    pub(crate) environment: ::std::option::Option<crate::types::Environment>,
    pub(crate) ephemeral_storage: ::std::option::Option<crate::types::EphemeralStorage>,
    pub(crate) file_system_configs: ::std::option::Option<
        ::std::vec::Vec<crate::types::FileSystemConfig>,
    >,
    pub(crate) function_name: ::std::option::Option<::std::string::String>,
    pub(crate) handler: ::std::option::Option<::std::string::String>,
    pub(crate) image_config: ::std::option::Option<crate::types::ImageConfig>,
    pub(crate) kms_key_arn: ::std::option::Option<::std::string::String>,
    pub(crate) layers: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub(crate) logging_config: ::std::option::Option<crate::types::LoggingConfig>,
    pub(crate) memory_size: ::std::option::Option<i64>,
    pub(crate) revision_id: ::std::option::Option<::std::string::String>,
    pub(crate) role: ::std::option::Option<::std::string::String>,
    pub(crate) runtime: ::std::option::Option<crate::types::Runtime>,
    pub(crate) runtime_config: ::std::option::Option<
        crate::types::FunctionRuntimeConfig,
    >,
    pub(crate) snap_start: ::std::option::Option<crate::types::SnapStart>,
    pub(crate) timeout: ::std::option::Option<i64>,
    pub(crate) tracing_config: ::std::option::Option<crate::types::TracingConfig>,
    pub(crate) vpc_config: ::std::option::Option<crate::types::VpcConfig>,
}
impl ::std::fmt::Debug for UpdateFunctionConfigurationRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdateFunctionConfigurationRequestBuilder")
            .finish_non_exhaustive()
    }
}
impl UpdateFunctionConfigurationRequestBuilder {
    /// See [`UpdateFunctionConfigurationRequest::accelerator_config`](crate::types::UpdateFunctionConfigurationRequest::accelerator_config).
    pub fn accelerator_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::AcceleratorConfig>,
    ) -> Self {
        self.accelerator_config = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`accelerator_config`](Self::accelerator_config).
    pub fn set_accelerator_config(
        mut self,
        input: ::std::option::Option<crate::types::AcceleratorConfig>,
    ) -> Self {
        self.accelerator_config = input;
        self
    }
    /// See [`UpdateFunctionConfigurationRequest::capacity_provider_config`](crate::types::UpdateFunctionConfigurationRequest::capacity_provider_config).
    pub fn capacity_provider_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::CapacityProviderConfig>,
    ) -> Self {
        self.capacity_provider_config = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`capacity_provider_config`](Self::capacity_provider_config).
    pub fn set_capacity_provider_config(
        mut self,
        input: ::std::option::Option<crate::types::CapacityProviderConfig>,
    ) -> Self {
        self.capacity_provider_config = input;
        self
    }
    /// See [`UpdateFunctionConfigurationRequest::dead_letter_config`](crate::types::UpdateFunctionConfigurationRequest::dead_letter_config).
    pub fn dead_letter_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::DeadLetterConfig>,
    ) -> Self {
        self.dead_letter_config = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`dead_letter_config`](Self::dead_letter_config).
    pub fn set_dead_letter_config(
        mut self,
        input: ::std::option::Option<crate::types::DeadLetterConfig>,
    ) -> Self {
        self.dead_letter_config = input;
        self
    }
    /// See [`UpdateFunctionConfigurationRequest::description`](crate::types::UpdateFunctionConfigurationRequest::description).
    pub fn description(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.description = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`description`](Self::description).
    pub fn set_description(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.description = input;
        self
    }
    /// See [`UpdateFunctionConfigurationRequest::durable_config`](crate::types::UpdateFunctionConfigurationRequest::durable_config).
    pub fn durable_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::DurableConfig>,
    ) -> Self {
        self.durable_config = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`durable_config`](Self::durable_config).
    pub fn set_durable_config(
        mut self,
        input: ::std::option::Option<crate::types::DurableConfig>,
    ) -> Self {
        self.durable_config = input;
        self
    }
    /// See [`UpdateFunctionConfigurationRequest::environment`](crate::types::UpdateFunctionConfigurationRequest::environment).
    pub fn environment(
        mut self,
        input: impl ::std::convert::Into<crate::types::Environment>,
    ) -> Self {
        self.environment = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`environment`](Self::environment).
    pub fn set_environment(
        mut self,
        input: ::std::option::Option<crate::types::Environment>,
    ) -> Self {
        self.environment = input;
        self
    }
    /// See [`UpdateFunctionConfigurationRequest::ephemeral_storage`](crate::types::UpdateFunctionConfigurationRequest::ephemeral_storage).
    pub fn ephemeral_storage(
        mut self,
        input: impl ::std::convert::Into<crate::types::EphemeralStorage>,
    ) -> Self {
        self.ephemeral_storage = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`ephemeral_storage`](Self::ephemeral_storage).
    pub fn set_ephemeral_storage(
        mut self,
        input: ::std::option::Option<crate::types::EphemeralStorage>,
    ) -> Self {
        self.ephemeral_storage = input;
        self
    }
    /// See [`UpdateFunctionConfigurationRequest::file_system_configs`](crate::types::UpdateFunctionConfigurationRequest::file_system_configs).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn file_system_configs(
        mut self,
        input: impl ::std::convert::Into<crate::types::FileSystemConfig>,
    ) -> Self {
        self.file_system_configs
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`file_system_configs`](Self::file_system_configs).
    pub fn set_file_system_configs(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::FileSystemConfig>>,
    ) -> Self {
        self.file_system_configs = input;
        self
    }
    /// See [`UpdateFunctionConfigurationRequest::function_name`](crate::types::UpdateFunctionConfigurationRequest::function_name).
    pub fn function_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.function_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`function_name`](Self::function_name).
    pub fn set_function_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.function_name = input;
        self
    }
    /// See [`UpdateFunctionConfigurationRequest::handler`](crate::types::UpdateFunctionConfigurationRequest::handler).
    pub fn handler(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.handler = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`handler`](Self::handler).
    pub fn set_handler(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.handler = input;
        self
    }
    /// See [`UpdateFunctionConfigurationRequest::image_config`](crate::types::UpdateFunctionConfigurationRequest::image_config).
    pub fn image_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::ImageConfig>,
    ) -> Self {
        self.image_config = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`image_config`](Self::image_config).
    pub fn set_image_config(
        mut self,
        input: ::std::option::Option<crate::types::ImageConfig>,
    ) -> Self {
        self.image_config = input;
        self
    }
    /// See [`UpdateFunctionConfigurationRequest::kms_key_arn`](crate::types::UpdateFunctionConfigurationRequest::kms_key_arn).
    pub fn kms_key_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.kms_key_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`kms_key_arn`](Self::kms_key_arn).
    pub fn set_kms_key_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.kms_key_arn = input;
        self
    }
    /// See [`UpdateFunctionConfigurationRequest::layers`](crate::types::UpdateFunctionConfigurationRequest::layers).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn layers(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.layers.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`layers`](Self::layers).
    pub fn set_layers(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.layers = input;
        self
    }
    /// See [`UpdateFunctionConfigurationRequest::logging_config`](crate::types::UpdateFunctionConfigurationRequest::logging_config).
    pub fn logging_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::LoggingConfig>,
    ) -> Self {
        self.logging_config = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`logging_config`](Self::logging_config).
    pub fn set_logging_config(
        mut self,
        input: ::std::option::Option<crate::types::LoggingConfig>,
    ) -> Self {
        self.logging_config = input;
        self
    }
    /// See [`UpdateFunctionConfigurationRequest::memory_size`](crate::types::UpdateFunctionConfigurationRequest::memory_size).
    pub fn memory_size(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.memory_size = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`memory_size`](Self::memory_size).
    pub fn set_memory_size(mut self, input: ::std::option::Option<i64>) -> Self {
        self.memory_size = input;
        self
    }
    /// See [`UpdateFunctionConfigurationRequest::revision_id`](crate::types::UpdateFunctionConfigurationRequest::revision_id).
    pub fn revision_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.revision_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`revision_id`](Self::revision_id).
    pub fn set_revision_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.revision_id = input;
        self
    }
    /// See [`UpdateFunctionConfigurationRequest::role`](crate::types::UpdateFunctionConfigurationRequest::role).
    pub fn role(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.role = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`role`](Self::role).
    pub fn set_role(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.role = input;
        self
    }
    /// See [`UpdateFunctionConfigurationRequest::runtime`](crate::types::UpdateFunctionConfigurationRequest::runtime).
    pub fn runtime(
        mut self,
        input: impl ::std::convert::Into<crate::types::Runtime>,
    ) -> Self {
        self.runtime = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`runtime`](Self::runtime).
    pub fn set_runtime(
        mut self,
        input: ::std::option::Option<crate::types::Runtime>,
    ) -> Self {
        self.runtime = input;
        self
    }
    /// See [`UpdateFunctionConfigurationRequest::runtime_config`](crate::types::UpdateFunctionConfigurationRequest::runtime_config).
    pub fn runtime_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::FunctionRuntimeConfig>,
    ) -> Self {
        self.runtime_config = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`runtime_config`](Self::runtime_config).
    pub fn set_runtime_config(
        mut self,
        input: ::std::option::Option<crate::types::FunctionRuntimeConfig>,
    ) -> Self {
        self.runtime_config = input;
        self
    }
    /// See [`UpdateFunctionConfigurationRequest::snap_start`](crate::types::UpdateFunctionConfigurationRequest::snap_start).
    pub fn snap_start(
        mut self,
        input: impl ::std::convert::Into<crate::types::SnapStart>,
    ) -> Self {
        self.snap_start = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`snap_start`](Self::snap_start).
    pub fn set_snap_start(
        mut self,
        input: ::std::option::Option<crate::types::SnapStart>,
    ) -> Self {
        self.snap_start = input;
        self
    }
    /// See [`UpdateFunctionConfigurationRequest::timeout`](crate::types::UpdateFunctionConfigurationRequest::timeout).
    pub fn timeout(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.timeout = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`timeout`](Self::timeout).
    pub fn set_timeout(mut self, input: ::std::option::Option<i64>) -> Self {
        self.timeout = input;
        self
    }
    /// See [`UpdateFunctionConfigurationRequest::tracing_config`](crate::types::UpdateFunctionConfigurationRequest::tracing_config).
    pub fn tracing_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::TracingConfig>,
    ) -> Self {
        self.tracing_config = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`tracing_config`](Self::tracing_config).
    pub fn set_tracing_config(
        mut self,
        input: ::std::option::Option<crate::types::TracingConfig>,
    ) -> Self {
        self.tracing_config = input;
        self
    }
    /// See [`UpdateFunctionConfigurationRequest::vpc_config`](crate::types::UpdateFunctionConfigurationRequest::vpc_config).
    pub fn vpc_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::VpcConfig>,
    ) -> Self {
        self.vpc_config = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`vpc_config`](Self::vpc_config).
    pub fn set_vpc_config(
        mut self,
        input: ::std::option::Option<crate::types::VpcConfig>,
    ) -> Self {
        self.vpc_config = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::UpdateFunctionConfigurationRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::UpdateFunctionConfigurationRequest {
            accelerator_config: self.accelerator_config,
            capacity_provider_config: self.capacity_provider_config,
            dead_letter_config: self.dead_letter_config,
            description: self.description,
            durable_config: self.durable_config,
            environment: self.environment,
            ephemeral_storage: self.ephemeral_storage,
            file_system_configs: self.file_system_configs,
            function_name: self
                .function_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "UpdateFunctionConfigurationRequest",
                        "function_name",
                    ),
                )?,
            handler: self.handler,
            image_config: self.image_config,
            kms_key_arn: self.kms_key_arn,
            layers: self.layers,
            logging_config: self.logging_config,
            memory_size: self.memory_size,
            revision_id: self.revision_id,
            role: self.role,
            runtime: self.runtime,
            runtime_config: self.runtime_config,
            snap_start: self.snap_start,
            timeout: self.timeout,
            tracing_config: self.tracing_config,
            vpc_config: self.vpc_config,
        })
    }
}
/// A builder for [`UpdateFunctionEventInvokeConfigRequest`](crate::types::UpdateFunctionEventInvokeConfigRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct UpdateFunctionEventInvokeConfigRequestBuilder {
    pub(crate) destination_config: ::std::option::Option<
        crate::types::DestinationConfig,
    >,
    pub(crate) function_name: ::std::option::Option<::std::string::String>,
    pub(crate) maximum_event_age_in_seconds: ::std::option::Option<i64>,
    pub(crate) maximum_retry_attempts: ::std::option::Option<i64>,
    pub(crate) qualifier: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for UpdateFunctionEventInvokeConfigRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdateFunctionEventInvokeConfigRequestBuilder")
            .finish_non_exhaustive()
    }
}
impl UpdateFunctionEventInvokeConfigRequestBuilder {
    /// See [`UpdateFunctionEventInvokeConfigRequest::destination_config`](crate::types::UpdateFunctionEventInvokeConfigRequest::destination_config).
    pub fn destination_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::DestinationConfig>,
    ) -> Self {
        self.destination_config = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`destination_config`](Self::destination_config).
    pub fn set_destination_config(
        mut self,
        input: ::std::option::Option<crate::types::DestinationConfig>,
    ) -> Self {
        self.destination_config = input;
        self
    }
    /// See [`UpdateFunctionEventInvokeConfigRequest::function_name`](crate::types::UpdateFunctionEventInvokeConfigRequest::function_name).
    pub fn function_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.function_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`function_name`](Self::function_name).
    pub fn set_function_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.function_name = input;
        self
    }
    /// See [`UpdateFunctionEventInvokeConfigRequest::maximum_event_age_in_seconds`](crate::types::UpdateFunctionEventInvokeConfigRequest::maximum_event_age_in_seconds).
    pub fn maximum_event_age_in_seconds(
        mut self,
        input: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.maximum_event_age_in_seconds = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`maximum_event_age_in_seconds`](Self::maximum_event_age_in_seconds).
    pub fn set_maximum_event_age_in_seconds(
        mut self,
        input: ::std::option::Option<i64>,
    ) -> Self {
        self.maximum_event_age_in_seconds = input;
        self
    }
    /// See [`UpdateFunctionEventInvokeConfigRequest::maximum_retry_attempts`](crate::types::UpdateFunctionEventInvokeConfigRequest::maximum_retry_attempts).
    pub fn maximum_retry_attempts(
        mut self,
        input: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.maximum_retry_attempts = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`maximum_retry_attempts`](Self::maximum_retry_attempts).
    pub fn set_maximum_retry_attempts(
        mut self,
        input: ::std::option::Option<i64>,
    ) -> Self {
        self.maximum_retry_attempts = input;
        self
    }
    /// See [`UpdateFunctionEventInvokeConfigRequest::qualifier`](crate::types::UpdateFunctionEventInvokeConfigRequest::qualifier).
    pub fn qualifier(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.qualifier = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`qualifier`](Self::qualifier).
    pub fn set_qualifier(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.qualifier = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::UpdateFunctionEventInvokeConfigRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::UpdateFunctionEventInvokeConfigRequest {
            destination_config: self.destination_config,
            function_name: self
                .function_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "UpdateFunctionEventInvokeConfigRequest",
                        "function_name",
                    ),
                )?,
            maximum_event_age_in_seconds: self.maximum_event_age_in_seconds,
            maximum_retry_attempts: self.maximum_retry_attempts,
            qualifier: self.qualifier,
        })
    }
}
/// A builder for [`UpdateFunctionUrlConfigRequest`](crate::types::UpdateFunctionUrlConfigRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct UpdateFunctionUrlConfigRequestBuilder {
    pub(crate) auth_type: ::std::option::Option<crate::types::FunctionUrlAuthType>,
    pub(crate) cors: ::std::option::Option<crate::types::Cors>,
    pub(crate) function_name: ::std::option::Option<::std::string::String>,
    pub(crate) invoke_mode: ::std::option::Option<crate::types::InvokeMode>,
    pub(crate) qualifier: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for UpdateFunctionUrlConfigRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdateFunctionUrlConfigRequestBuilder").finish_non_exhaustive()
    }
}
impl UpdateFunctionUrlConfigRequestBuilder {
    /// See [`UpdateFunctionUrlConfigRequest::auth_type`](crate::types::UpdateFunctionUrlConfigRequest::auth_type).
    pub fn auth_type(
        mut self,
        input: impl ::std::convert::Into<crate::types::FunctionUrlAuthType>,
    ) -> Self {
        self.auth_type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`auth_type`](Self::auth_type).
    pub fn set_auth_type(
        mut self,
        input: ::std::option::Option<crate::types::FunctionUrlAuthType>,
    ) -> Self {
        self.auth_type = input;
        self
    }
    /// See [`UpdateFunctionUrlConfigRequest::cors`](crate::types::UpdateFunctionUrlConfigRequest::cors).
    pub fn cors(mut self, input: impl ::std::convert::Into<crate::types::Cors>) -> Self {
        self.cors = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`cors`](Self::cors).
    pub fn set_cors(mut self, input: ::std::option::Option<crate::types::Cors>) -> Self {
        self.cors = input;
        self
    }
    /// See [`UpdateFunctionUrlConfigRequest::function_name`](crate::types::UpdateFunctionUrlConfigRequest::function_name).
    pub fn function_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.function_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`function_name`](Self::function_name).
    pub fn set_function_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.function_name = input;
        self
    }
    /// See [`UpdateFunctionUrlConfigRequest::invoke_mode`](crate::types::UpdateFunctionUrlConfigRequest::invoke_mode).
    pub fn invoke_mode(
        mut self,
        input: impl ::std::convert::Into<crate::types::InvokeMode>,
    ) -> Self {
        self.invoke_mode = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`invoke_mode`](Self::invoke_mode).
    pub fn set_invoke_mode(
        mut self,
        input: ::std::option::Option<crate::types::InvokeMode>,
    ) -> Self {
        self.invoke_mode = input;
        self
    }
    /// See [`UpdateFunctionUrlConfigRequest::qualifier`](crate::types::UpdateFunctionUrlConfigRequest::qualifier).
    pub fn qualifier(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.qualifier = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`qualifier`](Self::qualifier).
    pub fn set_qualifier(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.qualifier = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::UpdateFunctionUrlConfigRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::UpdateFunctionUrlConfigRequest {
            auth_type: self.auth_type,
            cors: self.cors,
            function_name: self
                .function_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "UpdateFunctionUrlConfigRequest",
                        "function_name",
                    ),
                )?,
            invoke_mode: self.invoke_mode,
            qualifier: self.qualifier,
        })
    }
}
/// A builder for [`UpdateFunctionUrlConfigResponse`](crate::types::UpdateFunctionUrlConfigResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct UpdateFunctionUrlConfigResponseBuilder {
    pub(crate) auth_type: ::std::option::Option<crate::types::FunctionUrlAuthType>,
    pub(crate) cors: ::std::option::Option<crate::types::Cors>,
    pub(crate) creation_time: ::std::option::Option<::std::string::String>,
    pub(crate) function_arn: ::std::option::Option<::std::string::String>,
    pub(crate) function_url: ::std::option::Option<::std::string::String>,
    pub(crate) invoke_mode: ::std::option::Option<crate::types::InvokeMode>,
    pub(crate) last_modified_time: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for UpdateFunctionUrlConfigResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdateFunctionUrlConfigResponseBuilder").finish_non_exhaustive()
    }
}
impl UpdateFunctionUrlConfigResponseBuilder {
    /// See [`UpdateFunctionUrlConfigResponse::auth_type`](crate::types::UpdateFunctionUrlConfigResponse::auth_type).
    pub fn auth_type(
        mut self,
        input: impl ::std::convert::Into<crate::types::FunctionUrlAuthType>,
    ) -> Self {
        self.auth_type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`auth_type`](Self::auth_type).
    pub fn set_auth_type(
        mut self,
        input: ::std::option::Option<crate::types::FunctionUrlAuthType>,
    ) -> Self {
        self.auth_type = input;
        self
    }
    /// See [`UpdateFunctionUrlConfigResponse::cors`](crate::types::UpdateFunctionUrlConfigResponse::cors).
    pub fn cors(mut self, input: impl ::std::convert::Into<crate::types::Cors>) -> Self {
        self.cors = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`cors`](Self::cors).
    pub fn set_cors(mut self, input: ::std::option::Option<crate::types::Cors>) -> Self {
        self.cors = input;
        self
    }
    /// See [`UpdateFunctionUrlConfigResponse::creation_time`](crate::types::UpdateFunctionUrlConfigResponse::creation_time).
    pub fn creation_time(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.creation_time = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`creation_time`](Self::creation_time).
    pub fn set_creation_time(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.creation_time = input;
        self
    }
    /// See [`UpdateFunctionUrlConfigResponse::function_arn`](crate::types::UpdateFunctionUrlConfigResponse::function_arn).
    pub fn function_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.function_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`function_arn`](Self::function_arn).
    pub fn set_function_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.function_arn = input;
        self
    }
    /// See [`UpdateFunctionUrlConfigResponse::function_url`](crate::types::UpdateFunctionUrlConfigResponse::function_url).
    pub fn function_url(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.function_url = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`function_url`](Self::function_url).
    pub fn set_function_url(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.function_url = input;
        self
    }
    /// See [`UpdateFunctionUrlConfigResponse::invoke_mode`](crate::types::UpdateFunctionUrlConfigResponse::invoke_mode).
    pub fn invoke_mode(
        mut self,
        input: impl ::std::convert::Into<crate::types::InvokeMode>,
    ) -> Self {
        self.invoke_mode = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`invoke_mode`](Self::invoke_mode).
    pub fn set_invoke_mode(
        mut self,
        input: ::std::option::Option<crate::types::InvokeMode>,
    ) -> Self {
        self.invoke_mode = input;
        self
    }
    /// See [`UpdateFunctionUrlConfigResponse::last_modified_time`](crate::types::UpdateFunctionUrlConfigResponse::last_modified_time).
    pub fn last_modified_time(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.last_modified_time = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`last_modified_time`](Self::last_modified_time).
    pub fn set_last_modified_time(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.last_modified_time = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::UpdateFunctionUrlConfigResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::UpdateFunctionUrlConfigResponse {
            auth_type: self
                .auth_type
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "UpdateFunctionUrlConfigResponse",
                        "auth_type",
                    ),
                )?,
            cors: self.cors,
            creation_time: self
                .creation_time
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "UpdateFunctionUrlConfigResponse",
                        "creation_time",
                    ),
                )?,
            function_arn: self
                .function_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "UpdateFunctionUrlConfigResponse",
                        "function_arn",
                    ),
                )?,
            function_url: self
                .function_url
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "UpdateFunctionUrlConfigResponse",
                        "function_url",
                    ),
                )?,
            invoke_mode: self.invoke_mode,
            last_modified_time: self
                .last_modified_time
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "UpdateFunctionUrlConfigResponse",
                        "last_modified_time",
                    ),
                )?,
        })
    }
}
/// A builder for [`VpcConfig`](crate::types::VpcConfig).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct VpcConfigBuilder {
    pub(crate) security_group_ids: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    pub(crate) subnet_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub(crate) ipv6_allowed_for_dual_stack: ::std::option::Option<bool>,
}
impl ::std::fmt::Debug for VpcConfigBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("VpcConfigBuilder").finish_non_exhaustive()
    }
}
impl VpcConfigBuilder {
    /// See [`VpcConfig::security_group_ids`](crate::types::VpcConfig::security_group_ids).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn security_group_ids(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.security_group_ids
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`security_group_ids`](Self::security_group_ids).
    pub fn set_security_group_ids(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.security_group_ids = input;
        self
    }
    /// See [`VpcConfig::subnet_ids`](crate::types::VpcConfig::subnet_ids).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn subnet_ids(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.subnet_ids.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`subnet_ids`](Self::subnet_ids).
    pub fn set_subnet_ids(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.subnet_ids = input;
        self
    }
    /// See [`VpcConfig::ipv6_allowed_for_dual_stack`](crate::types::VpcConfig::ipv6_allowed_for_dual_stack).
    pub fn ipv6_allowed_for_dual_stack(
        mut self,
        input: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.ipv6_allowed_for_dual_stack = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`ipv6_allowed_for_dual_stack`](Self::ipv6_allowed_for_dual_stack).
    pub fn set_ipv6_allowed_for_dual_stack(
        mut self,
        input: ::std::option::Option<bool>,
    ) -> Self {
        self.ipv6_allowed_for_dual_stack = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::VpcConfig, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::VpcConfig {
            security_group_ids: self.security_group_ids,
            subnet_ids: self.subnet_ids,
            ipv6_allowed_for_dual_stack: self.ipv6_allowed_for_dual_stack,
        })
    }
}
/// A builder for [`VpcConfigResponse`](crate::types::VpcConfigResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct VpcConfigResponseBuilder {
    pub(crate) security_group_ids: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    pub(crate) subnet_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub(crate) vpc_id: ::std::option::Option<::std::string::String>,
    pub(crate) ipv6_allowed_for_dual_stack: ::std::option::Option<bool>,
}
impl ::std::fmt::Debug for VpcConfigResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("VpcConfigResponseBuilder").finish_non_exhaustive()
    }
}
impl VpcConfigResponseBuilder {
    /// See [`VpcConfigResponse::security_group_ids`](crate::types::VpcConfigResponse::security_group_ids).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn security_group_ids(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.security_group_ids
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`security_group_ids`](Self::security_group_ids).
    pub fn set_security_group_ids(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.security_group_ids = input;
        self
    }
    /// See [`VpcConfigResponse::subnet_ids`](crate::types::VpcConfigResponse::subnet_ids).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn subnet_ids(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.subnet_ids.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`subnet_ids`](Self::subnet_ids).
    pub fn set_subnet_ids(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.subnet_ids = input;
        self
    }
    /// See [`VpcConfigResponse::vpc_id`](crate::types::VpcConfigResponse::vpc_id).
    pub fn vpc_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.vpc_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`vpc_id`](Self::vpc_id).
    pub fn set_vpc_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.vpc_id = input;
        self
    }
    /// See [`VpcConfigResponse::ipv6_allowed_for_dual_stack`](crate::types::VpcConfigResponse::ipv6_allowed_for_dual_stack).
    pub fn ipv6_allowed_for_dual_stack(
        mut self,
        input: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.ipv6_allowed_for_dual_stack = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`ipv6_allowed_for_dual_stack`](Self::ipv6_allowed_for_dual_stack).
    pub fn set_ipv6_allowed_for_dual_stack(
        mut self,
        input: ::std::option::Option<bool>,
    ) -> Self {
        self.ipv6_allowed_for_dual_stack = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::VpcConfigResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::VpcConfigResponse {
            security_group_ids: self.security_group_ids,
            subnet_ids: self.subnet_ids,
            vpc_id: self.vpc_id,
            ipv6_allowed_for_dual_stack: self.ipv6_allowed_for_dual_stack,
        })
    }
}
/// A builder for [`WaitCancelledDetails`](crate::types::WaitCancelledDetails).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct WaitCancelledDetailsBuilder {
    pub(crate) error: ::std::option::Option<crate::types::EventError>,
}
impl ::std::fmt::Debug for WaitCancelledDetailsBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("WaitCancelledDetailsBuilder").finish_non_exhaustive()
    }
}
impl WaitCancelledDetailsBuilder {
    /// See [`WaitCancelledDetails::error`](crate::types::WaitCancelledDetails::error).
    pub fn error(
        mut self,
        input: impl ::std::convert::Into<crate::types::EventError>,
    ) -> Self {
        self.error = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`error`](Self::error).
    pub fn set_error(
        mut self,
        input: ::std::option::Option<crate::types::EventError>,
    ) -> Self {
        self.error = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::WaitCancelledDetails,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::WaitCancelledDetails {
            error: self.error,
        })
    }
}
/// A builder for [`WaitDetails`](crate::types::WaitDetails).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct WaitDetailsBuilder {
    pub(crate) scheduled_end_timestamp: ::std::option::Option<crate::runtime::Timestamp>,
}
impl ::std::fmt::Debug for WaitDetailsBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("WaitDetailsBuilder").finish_non_exhaustive()
    }
}
impl WaitDetailsBuilder {
    /// See [`WaitDetails::scheduled_end_timestamp`](crate::types::WaitDetails::scheduled_end_timestamp).
    pub fn scheduled_end_timestamp(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.scheduled_end_timestamp = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`scheduled_end_timestamp`](Self::scheduled_end_timestamp).
    pub fn set_scheduled_end_timestamp(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.scheduled_end_timestamp = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::WaitDetails, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::WaitDetails {
            scheduled_end_timestamp: self.scheduled_end_timestamp,
        })
    }
}
/// A builder for [`WaitOptions`](crate::types::WaitOptions).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct WaitOptionsBuilder {
    pub(crate) wait_seconds: ::std::option::Option<i64>,
}
impl ::std::fmt::Debug for WaitOptionsBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("WaitOptionsBuilder").finish_non_exhaustive()
    }
}
impl WaitOptionsBuilder {
    /// See [`WaitOptions::wait_seconds`](crate::types::WaitOptions::wait_seconds).
    pub fn wait_seconds(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.wait_seconds = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`wait_seconds`](Self::wait_seconds).
    pub fn set_wait_seconds(mut self, input: ::std::option::Option<i64>) -> Self {
        self.wait_seconds = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::WaitOptions, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::WaitOptions {
            wait_seconds: self.wait_seconds,
        })
    }
}
/// A builder for [`WaitStartedDetails`](crate::types::WaitStartedDetails).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct WaitStartedDetailsBuilder {
    pub(crate) duration: ::std::option::Option<i64>,
    pub(crate) scheduled_end_timestamp: ::std::option::Option<crate::runtime::Timestamp>,
}
impl ::std::fmt::Debug for WaitStartedDetailsBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("WaitStartedDetailsBuilder").finish_non_exhaustive()
    }
}
impl WaitStartedDetailsBuilder {
    /// See [`WaitStartedDetails::duration`](crate::types::WaitStartedDetails::duration).
    pub fn duration(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.duration = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`duration`](Self::duration).
    pub fn set_duration(mut self, input: ::std::option::Option<i64>) -> Self {
        self.duration = input;
        self
    }
    /// See [`WaitStartedDetails::scheduled_end_timestamp`](crate::types::WaitStartedDetails::scheduled_end_timestamp).
    pub fn scheduled_end_timestamp(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.scheduled_end_timestamp = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`scheduled_end_timestamp`](Self::scheduled_end_timestamp).
    pub fn set_scheduled_end_timestamp(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.scheduled_end_timestamp = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::WaitStartedDetails,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::WaitStartedDetails {
            duration: self
                .duration
                .ok_or(
                    crate::runtime::BuildError::missing("WaitStartedDetails", "duration"),
                )?,
            scheduled_end_timestamp: self
                .scheduled_end_timestamp
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "WaitStartedDetails",
                        "scheduled_end_timestamp",
                    ),
                )?,
        })
    }
}
/// A builder for [`WaitSucceededDetails`](crate::types::WaitSucceededDetails).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct WaitSucceededDetailsBuilder {
    pub(crate) duration: ::std::option::Option<i64>,
}
impl ::std::fmt::Debug for WaitSucceededDetailsBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("WaitSucceededDetailsBuilder").finish_non_exhaustive()
    }
}
impl WaitSucceededDetailsBuilder {
    /// See [`WaitSucceededDetails::duration`](crate::types::WaitSucceededDetails::duration).
    pub fn duration(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.duration = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`duration`](Self::duration).
    pub fn set_duration(mut self, input: ::std::option::Option<i64>) -> Self {
        self.duration = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::WaitSucceededDetails,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::WaitSucceededDetails {
            duration: self.duration,
        })
    }
}
