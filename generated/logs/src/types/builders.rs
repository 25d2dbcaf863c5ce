//! Builders for the structures in [`types`](crate::types).
/// A builder for [`AccountPolicy`](crate::types::AccountPolicy).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct AccountPolicyBuilder {
    pub(crate) account_id: ::std::option::Option<::std::string::String>,
    pub(crate) last_updated_time: ::std::option::Option<i64>,
    pub(crate) policy_document: ::std::option::Option<::std::string::String>,
    pub(crate) policy_name: ::std::option::Option<::std::string::String>,
    pub(crate) policy_type: ::std::option::Option<crate::types::PolicyType>,
    pub(crate) scope: ::std::option::Option<crate::types::Scope>,
}
impl ::std::fmt::Debug for AccountPolicyBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("AccountPolicyBuilder").finish_non_exhaustive()
    }
}
impl AccountPolicyBuilder {
    /// See [`AccountPolicy::account_id`](crate::types::AccountPolicy::account_id).
    pub fn account_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.account_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`account_id`](Self::account_id).
    pub fn set_account_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.account_id = input;
        self
    }
    /// See [`AccountPolicy::last_updated_time`](crate::types::AccountPolicy::last_updated_time).
    pub fn last_updated_time(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.last_updated_time = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`last_updated_time`](Self::last_updated_time).
    pub fn set_last_updated_time(mut self, input: ::std::option::Option<i64>) -> Self {
        self.last_updated_time = input;
        self
    }
    /// See [`AccountPolicy::policy_document`](crate::types::AccountPolicy::policy_document).
    pub fn policy_document(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.policy_document = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`policy_document`](Self::policy_document).
    pub fn set_policy_document(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.policy_document = input;
        self
    }
    /// See [`AccountPolicy::policy_name`](crate::types::AccountPolicy::policy_name).
    pub fn policy_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.policy_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`policy_name`](Self::policy_name).
    pub fn set_policy_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.policy_name = input;
        self
    }
    /// See [`AccountPolicy::policy_type`](crate::types::AccountPolicy::policy_type).
    pub fn policy_type(
        mut self,
        input: impl ::std::convert::Into<crate::types::PolicyType>,
    ) -> Self {
        self.policy_type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`policy_type`](Self::policy_type).
    pub fn set_policy_type(
        mut self,
        input: ::std::option::Option<crate::types::PolicyType>,
    ) -> Self {
        self.policy_type = input;
        self
    }
    /// See [`AccountPolicy::scope`](crate::types::AccountPolicy::scope).
    pub fn scope(
        mut self,
        input: impl ::std::convert::Into<crate::types::Scope>,
    ) -> Self {
        self.scope = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`scope`](Self::scope).
    pub fn set_scope(
        mut self,
        input: ::std::option::Option<crate::types::Scope>,
    ) -> Self {
        self.scope = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::AccountPolicy, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::AccountPolicy {
            account_id: self.account_id,
            last_updated_time: self.last_updated_time,
            policy_document: self.policy_document,
            policy_name: self.policy_name,
            policy_type: self.policy_type,
            scope: self.scope,
        })
    }
}
/// A builder for [`AssociateKmsKeyRequest`](crate::types::AssociateKmsKeyRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct AssociateKmsKeyRequestBuilder {
    pub(crate) kms_key_id: ::std::option::Option<::std::string::String>,
    pub(crate) log_group_name: ::std::option::Option<::std::string::String>,
    pub(crate) resource_identifier: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for AssociateKmsKeyRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("AssociateKmsKeyRequestBuilder").finish_non_exhaustive()
    }
}
impl AssociateKmsKeyRequestBuilder {
    /// See [`AssociateKmsKeyRequest::kms_key_id`](crate::types::AssociateKmsKeyRequest::kms_key_id).
    pub fn kms_key_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.kms_key_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`kms_key_id`](Self::kms_key_id).
    pub fn set_kms_key_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.kms_key_id = input;
        self
    }
    /// See [`AssociateKmsKeyRequest::log_group_name`](crate::types::AssociateKmsKeyRequest::log_group_name).
    pub fn log_group_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.log_group_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`log_group_name`](Self::log_group_name).
    pub fn set_log_group_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.log_group_name = input;
        self
    }
    /// See [`AssociateKmsKeyRequest::resource_identifier`](crate::types::AssociateKmsKeyRequest::resource_identifier).
    pub fn resource_identifier(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.resource_identifier = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`resource_identifier`](Self::resource_identifier).
    pub fn set_resource_identifier(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.resource_identifier = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::AssociateKmsKeyRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::AssociateKmsKeyRequest {
            kms_key_id: self
                .kms_key_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "AssociateKmsKeyRequest",
                        "kms_key_id",
                    ),
                )?,
            log_group_name: self.log_group_name,
            resource_identifier: self.resource_identifier,
        })
    }
}
/// A builder for [`CancelExportTaskRequest`](crate::types::CancelExportTaskRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct CancelExportTaskRequestBuilder {
    pub(crate) task_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for CancelExportTaskRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CancelExportTaskRequestBuilder").finish_non_exhaustive()
    }
}
impl CancelExportTaskRequestBuilder {
    /// See [`CancelExportTaskRequest::task_id`](crate::types::CancelExportTaskRequest::task_id).
    pub fn task_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.task_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`task_id`](Self::task_id).
    pub fn set_task_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.task_id = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::CancelExportTaskRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::CancelExportTaskRequest {
            task_id: self
                .task_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CancelExportTaskRequest",
                        "task_id",
                    ),
                )?,
        })
    }
}
/// A builder for [`CreateExportTaskRequest`](crate::types::CreateExportTaskRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct CreateExportTaskRequestBuilder {
    pub(crate) destination: ::std::option::Option<::std::string::String>,
    pub(crate) destination_prefix: ::std::option::Option<::std::string::String>,
    pub(crate) from: ::std::option::Option<i64>,
    pub(crate) log_group_name: ::std::option::Option<::std::string::String>,
    pub(crate) log_stream_name_prefix: ::std::option::Option<::std::string::String>,
    pub(crate) task_name: ::std::option::Option<::std::string::String>,
    pub(crate) to: ::std::option::Option<i64>,
}
impl ::std::fmt::Debug for CreateExportTaskRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateExportTaskRequestBuilder").finish_non_exhaustive()
    }
}
impl CreateExportTaskRequestBuilder {
    /// See [`CreateExportTaskRequest::destination`](crate::types::CreateExportTaskRequest::destination).
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
    /// See [`CreateExportTaskRequest::destination_prefix`](crate::types::CreateExportTaskRequest::destination_prefix).
    pub fn destination_prefix(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.destination_prefix = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`destination_prefix`](Self::destination_prefix).
    pub fn set_destination_prefix(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.destination_prefix = input;
        self
    }
    /// See [`CreateExportTaskRequest::from`](crate::types::CreateExportTaskRequest::from).
    pub fn from(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.from = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`from`](Self::from).
    pub fn set_from(mut self, input: ::std::option::Option<i64>) -> Self {
        self.from = input;
        self
    }
    /// See [`CreateExportTaskRequest::log_group_name`](crate::types::CreateExportTaskRequest::log_group_name).
    pub fn log_group_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.log_group_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`log_group_name`](Self::log_group_name).
    pub fn set_log_group_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.log_group_name = input;
        self
    }
    /// See [`CreateExportTaskRequest::log_stream_name_prefix`](crate::types::CreateExportTaskRequest::log_stream_name_prefix).
    pub fn log_stream_name_prefix(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.log_stream_name_prefix = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`log_stream_name_prefix`](Self::log_stream_name_prefix).
    pub fn set_log_stream_name_prefix(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.log_stream_name_prefix = input;
        self
    }
    /// See [`CreateExportTaskRequest::task_name`](crate::types::CreateExportTaskRequest::task_name).
    pub fn task_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.task_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`task_name`](Self::task_name).
    pub fn set_task_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.task_name = input;
        self
    }
    /// See [`CreateExportTaskRequest::to`](crate::types::CreateExportTaskRequest::to).
    pub fn to(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.to = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`to`](Self::to).
    pub fn set_to(mut self, input: ::std::option::Option<i64>) -> Self {
        self.to = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::CreateExportTaskRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::CreateExportTaskRequest {
            destination: self
                .destination
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CreateExportTaskRequest",
                        "destination",
                    ),
                )?,
            destination_prefix: self.destination_prefix,
            from: self
                .from
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CreateExportTaskRequest",
                        "from",
                    ),
                )?,
            log_group_name: self
                .log_group_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CreateExportTaskRequest",
                        "log_group_name",
                    ),
                )?,
            log_stream_name_prefix: self.log_stream_name_prefix,
            task_name: self.task_name,
            to: self
                .to
                .ok_or(
                    crate::runtime::BuildError::missing("CreateExportTaskRequest", "to"),
                )?,
        })
    }
}
/// A builder for [`CreateExportTaskResponse`](crate::types::CreateExportTaskResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct CreateExportTaskResponseBuilder {
    pub(crate) task_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for CreateExportTaskResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateExportTaskResponseBuilder").finish_non_exhaustive()
    }
}
impl CreateExportTaskResponseBuilder {
    /// See [`CreateExportTaskResponse::task_id`](crate::types::CreateExportTaskResponse::task_id).
    pub fn task_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.task_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`task_id`](Self::task_id).
    pub fn set_task_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.task_id = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::CreateExportTaskResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::CreateExportTaskResponse {
            task_id: self.task_id,
        })
    }
}
/// A builder for [`CreateLogGroupRequest`](crate::types::CreateLogGroupRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct CreateLogGroupRequestBuilder {
    pub(crate) kms_key_id: ::std::option::Option<::std::string::String>,
    pub(crate) log_group_name: ::std::option::Option<::std::string::String>,
    pub(crate) tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
}
impl ::std::fmt::Debug for CreateLogGroupRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateLogGroupRequestBuilder").finish_non_exhaustive()
    }
}
impl CreateLogGroupRequestBuilder {
    /// See [`CreateLogGroupRequest::kms_key_id`](crate::types::CreateLogGroupRequest::kms_key_id).
    pub fn kms_key_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.kms_key_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`kms_key_id`](Self::kms_key_id).
    pub fn set_kms_key_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.kms_key_id = input;
        self
    }
    /// See [`CreateLogGroupRequest::log_group_name`](crate::types::CreateLogGroupRequest::log_group_name).
    pub fn log_group_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.log_group_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`log_group_name`](Self::log_group_name).
    pub fn set_log_group_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.log_group_name = input;
        self
    }
    /// See [`CreateLogGroupRequest::tags`](crate::types::CreateLogGroupRequest::tags).
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
        crate::types::CreateLogGroupRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::CreateLogGroupRequest {
            kms_key_id: self.kms_key_id,
            log_group_name: self
                .log_group_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CreateLogGroupRequest",
                        "log_group_name",
                    ),
                )?,
            tags: self.tags,
        })
    }
}
/// A builder for [`CreateLogStreamRequest`](crate::types::CreateLogStreamRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct CreateLogStreamRequestBuilder {
    pub(crate) log_group_name: ::std::option::Option<::std::string::String>,
    pub(crate) log_stream_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for CreateLogStreamRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateLogStreamRequestBuilder").finish_non_exhaustive()
    }
}
impl CreateLogStreamRequestBuilder {
    /// See [`CreateLogStreamRequest::log_group_name`](crate::types::CreateLogStreamRequest::log_group_name).
    pub fn log_group_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.log_group_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`log_group_name`](Self::log_group_name).
    pub fn set_log_group_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.log_group_name = input;
        self
    }
    /// See [`CreateLogStreamRequest::log_stream_name`](crate::types::CreateLogStreamRequest::log_stream_name).
    pub fn log_stream_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.log_stream_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`log_stream_name`](Self::log_stream_name).
    pub fn set_log_stream_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.log_stream_name = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::CreateLogStreamRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::CreateLogStreamRequest {
            log_group_name: self
                .log_group_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CreateLogStreamRequest",
                        "log_group_name",
                    ),
                )?,
            log_stream_name: self
                .log_stream_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CreateLogStreamRequest",
                        "log_stream_name",
                    ),
                )?,
        })
    }
}
/// A builder for [`DeleteAccountPolicyRequest`](crate::types::DeleteAccountPolicyRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DeleteAccountPolicyRequestBuilder {
    pub(crate) policy_name: ::std::option::Option<::std::string::String>,
    pub(crate) policy_type: ::std::option::Option<crate::types::PolicyType>,
}
impl ::std::fmt::Debug for DeleteAccountPolicyRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeleteAccountPolicyRequestBuilder").finish_non_exhaustive()
    }
}
impl DeleteAccountPolicyRequestBuilder {
    /// See [`DeleteAccountPolicyRequest::policy_name`](crate::types::DeleteAccountPolicyRequest::policy_name).
    pub fn policy_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.policy_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`policy_name`](Self::policy_name).
    pub fn set_policy_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.policy_name = input;
        self
    }
    /// See [`DeleteAccountPolicyRequest::policy_type`](crate::types::DeleteAccountPolicyRequest::policy_type).
    pub fn policy_type(
        mut self,
        input: impl ::std::convert::Into<crate::types::PolicyType>,
    ) -> Self {
        self.policy_type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`policy_type`](Self::policy_type).
    pub fn set_policy_type(
        mut self,
        input: ::std::option::Option<crate::types::PolicyType>,
    ) -> Self {
        self.policy_type = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DeleteAccountPolicyRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DeleteAccountPolicyRequest {
            policy_name: self
                .policy_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DeleteAccountPolicyRequest",
                        "policy_name",
                    ),
                )?,
            policy_type: self
                .policy_type
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DeleteAccountPolicyRequest",
                        "policy_type",
                    ),
                )?,
        })
    }
}
/// A builder for [`DeleteDataProtectionPolicyRequest`](crate::types::DeleteDataProtectionPolicyRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DeleteDataProtectionPolicyRequestBuilder {
    pub(crate) log_group_identifier: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DeleteDataProtectionPolicyRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeleteDataProtectionPolicyRequestBuilder")
            .finish_non_exhaustive()
    }
}
impl DeleteDataProtectionPolicyRequestBuilder {
    /// See [`DeleteDataProtectionPolicyRequest::log_group_identifier`](crate::types::DeleteDataProtectionPolicyRequest::log_group_identifier).
    pub fn log_group_identifier(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.log_group_identifier = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`log_group_identifier`](Self::log_group_identifier).
    pub fn set_log_group_identifier(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.log_group_identifier = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DeleteDataProtectionPolicyRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DeleteDataProtectionPolicyRequest {
            log_group_identifier: self
                .log_group_identifier
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DeleteDataProtectionPolicyRequest",
                        "log_group_identifier",
                    ),
                )?,
        })
    }
}
/// A builder for [`DeleteDestinationRequest`](crate::types::DeleteDestinationRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DeleteDestinationRequestBuilder {
    pub(crate) destination_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DeleteDestinationRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeleteDestinationRequestBuilder").finish_non_exhaustive()
    }
}
impl DeleteDestinationRequestBuilder {
    /// See [`DeleteDestinationRequest::destination_name`](crate::types::DeleteDestinationRequest::destination_name).
    pub fn destination_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.destination_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`destination_name`](Self::destination_name).
    pub fn set_destination_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.destination_name = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DeleteDestinationRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DeleteDestinationRequest {
            destination_name: self
                .destination_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DeleteDestinationRequest",
                        "destination_name",
                    ),
                )?,
        })
    }
}
/// A builder for [`DeleteLogGroupRequest`](crate::types::DeleteLogGroupRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DeleteLogGroupRequestBuilder {
    pub(crate) log_group_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DeleteLogGroupRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeleteLogGroupRequestBuilder").finish_non_exhaustive()
    }
}
impl DeleteLogGroupRequestBuilder {
    /// See [`DeleteLogGroupRequest::log_group_name`](crate::types::DeleteLogGroupRequest::log_group_name).
    pub fn log_group_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.log_group_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`log_group_name`](Self::log_group_name).
    pub fn set_log_group_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.log_group_name = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DeleteLogGroupRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DeleteLogGroupRequest {
            log_group_name: self
                .log_group_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DeleteLogGroupRequest",
                        "log_group_name",
                    ),
                )?,
        })
    }
}
/// A builder for [`DeleteLogStreamRequest`](crate::types::DeleteLogStreamRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DeleteLogStreamRequestBuilder {
    pub(crate) log_group_name: ::std::option::Option<::std::string::String>,
    pub(crate) log_stream_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DeleteLogStreamRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeleteLogStreamRequestBuilder").finish_non_exhaustive()
    }
}
impl DeleteLogStreamRequestBuilder {
    /// See [`DeleteLogStreamRequest::log_group_name`](crate::types::DeleteLogStreamRequest::log_group_name).
    pub fn log_group_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.log_group_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`log_group_name`](Self::log_group_name).
    pub fn set_log_group_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.log_group_name = input;
        self
    }
    /// See [`DeleteLogStreamRequest::log_stream_name`](crate::types::DeleteLogStreamRequest::log_stream_name).
    pub fn log_stream_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.log_stream_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`log_stream_name`](Self::log_stream_name).
    pub fn set_log_stream_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.log_stream_name = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DeleteLogStreamRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DeleteLogStreamRequest {
            log_group_name: self
                .log_group_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DeleteLogStreamRequest",
                        "log_group_name",
                    ),
                )?,
            log_stream_name: self
                .log_stream_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DeleteLogStreamRequest",
                        "log_stream_name",
                    ),
                )?,
        })
    }
}
/// A builder for [`DeleteMetricFilterRequest`](crate::types::DeleteMetricFilterRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DeleteMetricFilterRequestBuilder {
    pub(crate) filter_name: ::std::option::Option<::std::string::String>,
    pub(crate) log_group_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DeleteMetricFilterRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeleteMetricFilterRequestBuilder").finish_non_exhaustive()
    }
}
impl DeleteMetricFilterRequestBuilder {
    /// See [`DeleteMetricFilterRequest::filter_name`](crate::types::DeleteMetricFilterRequest::filter_name).
    pub fn filter_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.filter_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`filter_name`](Self::filter_name).
    pub fn set_filter_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.filter_name = input;
        self
    }
    /// See [`DeleteMetricFilterRequest::log_group_name`](crate::types::DeleteMetricFilterRequest::log_group_name).
    pub fn log_group_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.log_group_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`log_group_name`](Self::log_group_name).
    pub fn set_log_group_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.log_group_name = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DeleteMetricFilterRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DeleteMetricFilterRequest {
            filter_name: self
                .filter_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DeleteMetricFilterRequest",
                        "filter_name",
                    ),
                )?,
            log_group_name: self
                .log_group_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DeleteMetricFilterRequest",
                        "log_group_name",
                    ),
                )?,
        })
    }
}
/// A builder for [`DeleteQueryDefinitionRequest`](crate::types::DeleteQueryDefinitionRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DeleteQueryDefinitionRequestBuilder {
    pub(crate) query_definition_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DeleteQueryDefinitionRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeleteQueryDefinitionRequestBuilder").finish_non_exhaustive()
    }
}
impl DeleteQueryDefinitionRequestBuilder {
    /// See [`DeleteQueryDefinitionRequest::query_definition_id`](crate::types::DeleteQueryDefinitionRequest::query_definition_id).
    pub fn query_definition_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.query_definition_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`query_definition_id`](Self::query_definition_id).
    pub fn set_query_definition_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.query_definition_id = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DeleteQueryDefinitionRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DeleteQueryDefinitionRequest {
            query_definition_id: self
                .query_definition_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DeleteQueryDefinitionRequest",
                        "query_definition_id",
                    ),
                )?,
        })
    }
}
/// A builder for [`DeleteQueryDefinitionResponse`](crate::types::DeleteQueryDefinitionResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DeleteQueryDefinitionResponseBuilder {
    pub(crate) success: ::std::option::Option<bool>,
}
impl ::std::fmt::Debug for DeleteQueryDefinitionResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeleteQueryDefinitionResponseBuilder").finish_non_exhaustive()
    }
}
impl DeleteQueryDefinitionResponseBuilder {
    /// See [`DeleteQueryDefinitionResponse::success`](crate::types::DeleteQueryDefinitionResponse::success).
    pub fn success(mut self, input: impl ::std::convert::Into<bool>) -> Self {
        self.success = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`success`](Self::success).
    pub fn set_success(mut self, input: ::std::option::Option<bool>) -> Self {
        self.success = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DeleteQueryDefinitionResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DeleteQueryDefinitionResponse {
            success: self.success,
        })
    }
}
/// A builder for [`DeleteResourcePolicyRequest`](crate::types::DeleteResourcePolicyRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DeleteResourcePolicyRequestBuilder {
    pub(crate) policy_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DeleteResourcePolicyRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeleteResourcePolicyRequestBuilder").finish_non_exhaustive()
    }
}
impl DeleteResourcePolicyRequestBuilder {
    /// See [`DeleteResourcePolicyRequest::policy_name`](crate::types::DeleteResourcePolicyRequest::policy_name).
    pub fn policy_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.policy_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`policy_name`](Self::policy_name).
    pub fn set_policy_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.policy_name = input;
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
            policy_name: self.policy_name,
        })
    }
}
/// A builder for [`DeleteRetentionPolicyRequest`](crate::types::DeleteRetentionPolicyRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DeleteRetentionPolicyRequestBuilder {
    pub(crate) log_group_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DeleteRetentionPolicyRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeleteRetentionPolicyRequestBuilder").finish_non_exhaustive()
    }
}
impl DeleteRetentionPolicyRequestBuilder {
    /// See [`DeleteRetentionPolicyRequest::log_group_name`](crate::types::DeleteRetentionPolicyRequest::log_group_name).
    pub fn log_group_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.log_group_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`log_group_name`](Self::log_group_name).
    pub fn set_log_group_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.log_group_name = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DeleteRetentionPolicyRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DeleteRetentionPolicyRequest {
            log_group_name: self
                .log_group_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DeleteRetentionPolicyRequest",
                        "log_group_name",
                    ),
                )?,
        })
    }
}
/// A builder for [`DeleteSubscriptionFilterRequest`](crate::types::DeleteSubscriptionFilterRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DeleteSubscriptionFilterRequestBuilder {
    pub(crate) filter_name: ::std::option::Option<::std::string::String>,
    pub(crate) log_group_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DeleteSubscriptionFilterRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeleteSubscriptionFilterRequestBuilder").finish_non_exhaustive()
    }
}
impl DeleteSubscriptionFilterRequestBuilder {
    /// See [`DeleteSubscriptionFilterRequest::filter_name`](crate::types::DeleteSubscriptionFilterRequest::filter_name).
    pub fn filter_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.filter_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`filter_name`](Self::filter_name).
    pub fn set_filter_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.filter_name = input;
        self
    }
    /// See [`DeleteSubscriptionFilterRequest::log_group_name`](crate::types::DeleteSubscriptionFilterRequest::log_group_name).
    pub fn log_group_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.log_group_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`log_group_name`](Self::log_group_name).
    pub fn set_log_group_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.log_group_name = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DeleteSubscriptionFilterRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DeleteSubscriptionFilterRequest {
            filter_name: self
                .filter_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DeleteSubscriptionFilterRequest",
                        "filter_name",
                    ),
                )?,
            log_group_name: self
                .log_group_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DeleteSubscriptionFilterRequest",
                        "log_group_name",
                    ),
                )?,
        })
    }
}
/// A builder for [`DescribeAccountPoliciesRequest`](crate::types::DescribeAccountPoliciesRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DescribeAccountPoliciesRequestBuilder {
    pub(crate) account_identifiers: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    pub(crate) policy_name: ::std::option::Option<::std::string::String>,
    pub(crate) policy_type: ::std::option::Option<crate::types::PolicyType>,
}
impl ::std::fmt::Debug for DescribeAccountPoliciesRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DescribeAccountPoliciesRequestBuilder").finish_non_exhaustive()
    }
}
impl DescribeAccountPoliciesRequestBuilder {
    /// See [`DescribeAccountPoliciesRequest::account_identifiers`](crate::types::DescribeAccountPoliciesRequest::account_identifiers).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn account_identifiers(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.account_identifiers
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`account_identifiers`](Self::account_identifiers).
    pub fn set_account_identifiers(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.account_identifiers = input;
        self
    }
    /// See [`DescribeAccountPoliciesRequest::policy_name`](crate::types::DescribeAccountPoliciesRequest::policy_name).
    pub fn policy_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.policy_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`policy_name`](Self::policy_name).
    pub fn set_policy_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.policy_name = input;
        self
    }
    /// See [`DescribeAccountPoliciesRequest::policy_type`](crate::types::DescribeAccountPoliciesRequest::policy_type).
    pub fn policy_type(
        mut self,
        input: impl ::std::convert::Into<crate::types::PolicyType>,
    ) -> Self {
        self.policy_type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`policy_type`](Self::policy_type).
    pub fn set_policy_type(
        mut self,
        input: ::std::option::Option<crate::types::PolicyType>,
    ) -> Self {
        self.policy_type = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DescribeAccountPoliciesRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DescribeAccountPoliciesRequest {
            account_identifiers: self.account_identifiers,
            policy_name: self.policy_name,
            policy_type: self
                .policy_type
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DescribeAccountPoliciesRequest",
                        "policy_type",
                    ),
                )?,
        })
    }
}
/// A builder for [`DescribeAccountPoliciesResponse`](crate::types::DescribeAccountPoliciesResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DescribeAccountPoliciesResponseBuilder {
    pub(crate) account_policies: ::std::option::Option<
        ::std::vec::Vec<crate::types::AccountPolicy>,
    >,
}
impl ::std::fmt::Debug for DescribeAccountPoliciesResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DescribeAccountPoliciesResponseBuilder").finish_non_exhaustive()
    }
}
impl DescribeAccountPoliciesResponseBuilder {
    /// See [`DescribeAccountPoliciesResponse::account_policies`](crate::types::DescribeAccountPoliciesResponse::account_policies).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn account_policies(
        mut self,
        input: impl ::std::convert::Into<crate::types::AccountPolicy>,
    ) -> Self {
        self.account_policies
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`account_policies`](Self::account_policies).
    pub fn set_account_policies(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::AccountPolicy>>,
    ) -> Self {
        self.account_policies = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DescribeAccountPoliciesResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DescribeAccountPoliciesResponse {
            account_policies: self.account_policies,
        })
    }
}
/// A builder for [`DescribeDestinationsRequest`](crate::types::DescribeDestinationsRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DescribeDestinationsRequestBuilder {
    pub(crate) destination_name_prefix: ::std::option::Option<::std::string::String>,
    pub(crate) limit: ::std::option::Option<i64>,
    pub(crate) next_token: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DescribeDestinationsRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DescribeDestinationsRequestBuilder").finish_non_exhaustive()
    }
}
impl DescribeDestinationsRequestBuilder {
    /// See [`DescribeDestinationsRequest::destination_name_prefix`](crate::types::DescribeDestinationsRequest::destination_name_prefix).
    pub fn destination_name_prefix(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.destination_name_prefix = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`destination_name_prefix`](Self::destination_name_prefix).
    pub fn set_destination_name_prefix(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.destination_name_prefix = input;
        self
    }
    /// See [`DescribeDestinationsRequest::limit`](crate::types::DescribeDestinationsRequest::limit).
    pub fn limit(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.limit = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`limit`](Self::limit).
    pub fn set_limit(mut self, input: ::std::option::Option<i64>) -> Self {
        self.limit = input;
        self
    }
    /// See [`DescribeDestinationsRequest::next_token`](crate::types::DescribeDestinationsRequest::next_token).
    pub fn next_token(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.next_token = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`next_token`](Self::next_token).
    pub fn set_next_token(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.next_token = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DescribeDestinationsRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DescribeDestinationsRequest {
            destination_name_prefix: self.destination_name_prefix,
            limit: self.limit,
            next_token: self.next_token,
        })
    }
}
/// A builder for [`DescribeDestinationsResponse`](crate::types::DescribeDestinationsResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DescribeDestinationsResponseBuilder {
    pub(crate) destinations: ::std::option::Option<
        ::std::vec::Vec<crate::types::Destination>,
    >,
    pub(crate) next_token: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DescribeDestinationsResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DescribeDestinationsResponseBuilder").finish_non_exhaustive()
    }
}
impl DescribeDestinationsResponseBuilder {
    /// See [`DescribeDestinationsResponse::destinations`](crate::types::DescribeDestinationsResponse::destinations).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn destinations(
        mut self,
        input: impl ::std::convert::Into<crate::types::Destination>,
    ) -> Self {
        self.destinations.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`destinations`](Self::destinations).
    pub fn set_destinations(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::Destination>>,
    ) -> Self {
        self.destinations = input;
        self
    }
    /// See [`DescribeDestinationsResponse::next_token`](crate::types::DescribeDestinationsResponse::next_token).
    pub fn next_token(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.next_token = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`next_token`](Self::next_token).
    pub fn set_next_token(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.next_token = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DescribeDestinationsResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DescribeDestinationsResponse {
            destinations: self.destinations,
            next_token: self.next_token,
        })
    }
}
/// A builder for [`DescribeExportTasksRequest`](crate::types::DescribeExportTasksRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DescribeExportTasksRequestBuilder {
    pub(crate) limit: ::std::option::Option<i64>,
    pub(crate) next_token: ::std::option::Option<::std::string::String>,
    pub(crate) status_code: ::std::option::Option<crate::types::ExportTaskStatusCode>,
    pub(crate) task_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DescribeExportTasksRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DescribeExportTasksRequestBuilder").finish_non_exhaustive()
    }
}
impl DescribeExportTasksRequestBuilder {
    /// See [`DescribeExportTasksRequest::limit`](crate::types::DescribeExportTasksRequest::limit).
    pub fn limit(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.limit = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`limit`](Self::limit).
    pub fn set_limit(mut self, input: ::std::option::Option<i64>) -> Self {
        self.limit = input;
        self
    }
    /// See [`DescribeExportTasksRequest::next_token`](crate::types::DescribeExportTasksRequest::next_token).
    pub fn next_token(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.next_token = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`next_token`](Self::next_token).
    pub fn set_next_token(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.next_token = input;
        self
    }
    /// See [`DescribeExportTasksRequest::status_code`](crate::types::DescribeExportTasksRequest::status_code).
    pub fn status_code(
        mut self,
        input: impl ::std::convert::Into<crate::types::ExportTaskStatusCode>,
    ) -> Self {
        self.status_code = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`status_code`](Self::status_code).
    pub fn set_status_code(
        mut self,
        input: ::std::option::Option<crate::types::ExportTaskStatusCode>,
    ) -> Self {
        self.status_code = input;
        self
    }
    /// See [`DescribeExportTasksRequest::task_id`](crate::types::DescribeExportTasksRequest::task_id).
    pub fn task_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.task_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`task_id`](Self::task_id).
    pub fn set_task_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.task_id = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DescribeExportTasksRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DescribeExportTasksRequest {
            limit: self.limit,
            next_token: self.next_token,
            status_code: self.status_code,
            task_id: self.task_id,
        })
    }
}
/// A builder for [`DescribeExportTasksResponse`](crate::types::DescribeExportTasksResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DescribeExportTasksResponseBuilder {
    pub(crate) export_tasks: ::std::option::Option<
        ::std::vec::Vec<crate::types::ExportTask>,
    >,
    pub(crate) next_token: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DescribeExportTasksResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DescribeExportTasksResponseBuilder").finish_non_exhaustive()
    }
}
impl DescribeExportTasksResponseBuilder {
    /// See [`DescribeExportTasksResponse::export_tasks`](crate::types::DescribeExportTasksResponse::export_tasks).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn export_tasks(
        mut self,
        input: impl ::std::convert::Into<crate::types::ExportTask>,
    ) -> Self {
        self.export_tasks.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`export_tasks`](Self::export_tasks).
    pub fn set_export_tasks(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::ExportTask>>,
    ) -> Self {
        self.export_tasks = input;
        self
    }
    /// See [`DescribeExportTasksResponse::next_token`](crate::types::DescribeExportTasksResponse::next_token).
    pub fn next_token(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.next_token = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`next_token`](Self::next_token).
    pub fn set_next_token(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.next_token = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DescribeExportTasksResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DescribeExportTasksResponse {
            export_tasks: self.export_tasks,
            next_token: self.next_token,
        })
    }
}
/// A builder for [`DescribeLogGroupsRequest`](crate::types::DescribeLogGroupsRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DescribeLogGroupsRequestBuilder {
    pub(crate) account_identifiers: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    pub(crate) include_linked_accounts: ::std::option::Option<bool>,
    pub(crate) limit: ::std::option::Option<i64>,
    pub(crate) log_group_name_pattern: ::std::option::Option<::std::string::String>,
    pub(crate) log_group_name_prefix: ::std::option::Option<::std::string::String>,
    pub(crate) next_token: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DescribeLogGroupsRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DescribeLogGroupsRequestBuilder").finish_non_exhaustive()
    }
}
impl DescribeLogGroupsRequestBuilder {
    /// See [`DescribeLogGroupsRequest::account_identifiers`](crate::types::DescribeLogGroupsRequest::account_identifiers).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn account_identifiers(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.account_identifiers
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`account_identifiers`](Self::account_identifiers).
    pub fn set_account_identifiers(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.account_identifiers = input;
        self
    }
    /// See [`DescribeLogGroupsRequest::include_linked_accounts`](crate::types::DescribeLogGroupsRequest::include_linked_accounts).
    pub fn include_linked_accounts(
        mut self,
        input: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.include_linked_accounts = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`include_linked_accounts`](Self::include_linked_accounts).
    pub fn set_include_linked_accounts(
        mut self,
        input: ::std::option::Option<bool>,
    ) -> Self {
        self.include_linked_accounts = input;
        self
    }
    /// See [`DescribeLogGroupsRequest::limit`](crate::types::DescribeLogGroupsRequest::limit).
    pub fn limit(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.limit = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`limit`](Self::limit).
    pub fn set_limit(mut self, input: ::std::option::Option<i64>) -> Self {
        self.limit = input;
        self
    }
    /// See [`DescribeLogGroupsRequest::log_group_name_pattern`](crate::types::DescribeLogGroupsRequest::log_group_name_pattern).
    pub fn log_group_name_pattern(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.log_group_name_pattern = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`log_group_name_pattern`](Self::log_group_name_pattern).
    pub fn set_log_group_name_pattern(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.log_group_name_pattern = input;
        self
    }
    /// See [`DescribeLogGroupsRequest::log_group_name_prefix`](crate::types::DescribeLogGroupsRequest::log_group_name_prefix).
    pub fn log_group_name_prefix(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.log_group_name_prefix = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`log_group_name_prefix`](Self::log_group_name_prefix).
    pub fn set_log_group_name_prefix(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.log_group_name_prefix = input;
        self
    }
    /// See [`DescribeLogGroupsRequest::next_token`](crate::types::DescribeLogGroupsRequest::next_token).
    pub fn next_token(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.next_token = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`next_token`](Self::next_token).
    pub fn set_next_token(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.next_token = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DescribeLogGroupsRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DescribeLogGroupsRequest {
            account_identifiers: self.account_identifiers,
            include_linked_accounts: self.include_linked_accounts,
            limit: self.limit,
            log_group_name_pattern: self.log_group_name_pattern,
            log_group_name_prefix: self.log_group_name_prefix,
            next_token: self.next_token,
        })
    }
}
/// A builder for [`DescribeLogGroupsResponse`](crate::types::DescribeLogGroupsResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DescribeLogGroupsResponseBuilder {
    pub(crate) log_groups: ::std::option::Option<
        ::std::vec::Vec<crate::types::LogGroup>,
    >,
    pub(crate) next_token: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DescribeLogGroupsResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DescribeLogGroupsResponseBuilder").finish_non_exhaustive()
    }
}
impl DescribeLogGroupsResponseBuilder {
    /// See [`DescribeLogGroupsResponse::log_groups`](crate::types::DescribeLogGroupsResponse::log_groups).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn log_groups(
        mut self,
        input: impl ::std::convert::Into<crate::types::LogGroup>,
    ) -> Self {
        self.log_groups.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`log_groups`](Self::log_groups).
    pub fn set_log_groups(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::LogGroup>>,
    ) -> Self {
        self.log_groups = input;
        self
    }
    /// See [`DescribeLogGroupsResponse::next_token`](crate::types::DescribeLogGroupsResponse::next_token).
    pub fn next_token(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.next_token = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`next_token`](Self::next_token).
    pub fn set_next_token(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.next_token = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DescribeLogGroupsResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DescribeLogGroupsResponse {
            log_groups: self.log_groups,
            next_token: self.next_token,
        })
    }
}
/// A builder for [`DescribeLogStreamsRequest`](crate::types::DescribeLogStreamsRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DescribeLogStreamsRequestBuilder {
    pub(crate) descending: ::std::option::Option<bool>,
    pub(crate) limit: ::std::option::Option<i64>,
    pub(crate) log_group_identifier: ::std::option::Option<::std::string::String>,
    pub(crate) log_group_name: ::std::option::Option<::std::string::String>,
    pub(crate) log_stream_name_prefix: ::std::option::Option<::std::string::String>,
    pub(crate) next_token: ::std::option::Option<::std::string::String>,
    pub(crate) order_by: ::std::option::Option<crate::types::OrderBy>,
}
impl ::std::fmt::Debug for DescribeLogStreamsRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DescribeLogStreamsRequestBuilder").finish_non_exhaustive()
    }
}
impl DescribeLogStreamsRequestBuilder {
    /// See [`DescribeLogStreamsRequest::descending`](crate::types::DescribeLogStreamsRequest::descending).
    pub fn descending(mut self, input: impl ::std::convert::Into<bool>) -> Self {
        self.descending = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`descending`](Self::descending).
    pub fn set_descending(mut self, input: ::std::option::Option<bool>) -> Self {
        self.descending = input;
        self
    }
    /// See [`DescribeLogStreamsRequest::limit`](crate::types::DescribeLogStreamsRequest::limit).
    pub fn limit(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.limit = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`limit`](Self::limit).
    pub fn set_limit(mut self, input: ::std::option::Option<i64>) -> Self {
        self.limit = input;
        self
    }
    /// See [`DescribeLogStreamsRequest::log_group_identifier`](crate::types::DescribeLogStreamsRequest::log_group_identifier).
    pub fn log_group_identifier(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.log_group_identifier = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`log_group_identifier`](Self::log_group_identifier).
    pub fn set_log_group_identifier(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.log_group_identifier = input;
        self
    }
    /// See [`DescribeLogStreamsRequest::log_group_name`](crate::types::DescribeLogStreamsRequest::log_group_name).
    pub fn log_group_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.log_group_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`log_group_name`](Self::log_group_name).
    pub fn set_log_group_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.log_group_name = input;
        self
    }
    /// See [`DescribeLogStreamsRequest::log_stream_name_prefix`](crate::types::DescribeLogStreamsRequest::log_stream_name_prefix).
    pub fn log_stream_name_prefix(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.log_stream_name_prefix = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`log_stream_name_prefix`](Self::log_stream_name_prefix).
    pub fn set_log_stream_name_prefix(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.log_stream_name_prefix = input;
        self
    }
    /// See [`DescribeLogStreamsRequest::next_token`](crate::types::DescribeLogStreamsRequest::next_token).
    pub fn next_token(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.next_token = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`next_token`](Self::next_token).
    pub fn set_next_token(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.next_token = input;
        self
    }
    /// See [`DescribeLogStreamsRequest::order_by`](crate::types::DescribeLogStreamsRequest::order_by).
    pub fn order_by(
        mut self,
        input: impl ::std::convert::Into<crate::types::OrderBy>,
    ) -> Self {
        self.order_by = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`order_by`](Self::order_by).
    pub fn set_order_by(
        mut self,
        input: ::std::option::Option<crate::types::OrderBy>,
    ) -> Self {
        self.order_by = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DescribeLogStreamsRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DescribeLogStreamsRequest {
            descending: self.descending,
            limit: self.limit,
            log_group_identifier: self.log_group_identifier,
            log_group_name: self.log_group_name,
            log_stream_name_prefix: self.log_stream_name_prefix,
            next_token: self.next_token,
            order_by: self.order_by,
        })
    }
}
/// A builder for [`DescribeLogStreamsResponse`](crate::types::DescribeLogStreamsResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DescribeLogStreamsResponseBuilder {
    pub(crate) log_streams: ::std::option::Option<
        ::std::vec::Vec<crate::types::LogStream>,
    >,
    pub(crate) next_token: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DescribeLogStreamsResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DescribeLogStreamsResponseBuilder").finish_non_exhaustive()
    }
}
impl DescribeLogStreamsResponseBuilder {
    /// See [`DescribeLogStreamsResponse::log_streams`](crate::types::DescribeLogStreamsResponse::log_streams).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn log_streams(
        mut self,
        input: impl ::std::convert::Into<crate::types::LogStream>,
    ) -> Self {
        self.log_streams.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`log_streams`](Self::log_streams).
    pub fn set_log_streams(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::LogStream>>,
    ) -> Self {
        self.log_streams = input;
        self
    }
    /// See [`DescribeLogStreamsResponse::next_token`](crate::types::DescribeLogStreamsResponse::next_token).
    pub fn next_token(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.next_token = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`next_token`](Self::next_token).
    pub fn set_next_token(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.next_token = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DescribeLogStreamsResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DescribeLogStreamsResponse {
            log_streams: self.log_streams,
            next_token: self.next_token,
        })
    }
}
/// A builder for [`DescribeMetricFiltersRequest`](crate::types::DescribeMetricFiltersRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DescribeMetricFiltersRequestBuilder {
    pub(crate) filter_name_prefix: ::std::option::Option<::std::string::String>,
    pub(crate) limit: ::std::option::Option<i64>,
    pub(crate) log_group_name: ::std::option::Option<::std::string::String>,
    pub(crate) metric_name: ::std::option::Option<::std::string::String>,
    pub(crate) metric_namespace: ::std::option::Option<::std::string::String>,
    pub(crate) next_token: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DescribeMetricFiltersRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DescribeMetricFiltersRequestBuilder").finish_non_exhaustive()
    }
}
impl DescribeMetricFiltersRequestBuilder {
    /// See [`DescribeMetricFiltersRequest::filter_name_prefix`](crate::types::DescribeMetricFiltersRequest::filter_name_prefix).
    pub fn filter_name_prefix(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.filter_name_prefix = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`filter_name_prefix`](Self::filter_name_prefix).
    pub fn set_filter_name_prefix(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.filter_name_prefix = input;
        self
    }
    /// See [`DescribeMetricFiltersRequest::limit`](crate::types::DescribeMetricFiltersRequest::limit).
    pub fn limit(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.limit = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`limit`](Self::limit).
    pub fn set_limit(mut self, input: ::std::option::Option<i64>) -> Self {
        self.limit = input;
        self
    }
    /// See [`DescribeMetricFiltersRequest::log_group_name`](crate::types::DescribeMetricFiltersRequest::log_group_name).
    pub fn log_group_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.log_group_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`log_group_name`](Self::log_group_name).
    pub fn set_log_group_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.log_group_name = input;
        self
    }
    /// See [`DescribeMetricFiltersRequest::metric_name`](crate::types::DescribeMetricFiltersRequest::metric_name).
    pub fn metric_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.metric_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`metric_name`](Self::metric_name).
    pub fn set_metric_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.metric_name = input;
        self
    }
    /// See [`DescribeMetricFiltersRequest::metric_namespace`](crate::types::DescribeMetricFiltersRequest::metric_namespace).
    pub fn metric_namespace(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.metric_namespace = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`metric_namespace`](Self::metric_namespace).
    pub fn set_metric_namespace(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.metric_namespace = input;
        self
    }
    /// See [`DescribeMetricFiltersRequest::next_token`](crate::types::DescribeMetricFiltersRequest::next_token).
    pub fn next_token(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.next_token = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`next_token`](Self::next_token).
    pub fn set_next_token(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.next_token = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DescribeMetricFiltersRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DescribeMetricFiltersRequest {
            filter_name_prefix: self.filter_name_prefix,
            limit: self.limit,
            log_group_name: self.log_group_name,
            metric_name: self.metric_name,
            metric_namespace: self.metric_namespace,
            next_token: self.next_token,
        })
    }
}
/// A builder for [`DescribeMetricFiltersResponse`](crate::types::DescribeMetricFiltersResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DescribeMetricFiltersResponseBuilder {
    pub(crate) metric_filters: ::std::option::Option<
        ::std::vec::Vec<crate::types::MetricFilter>,
    >,
    pub(crate) next_token: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DescribeMetricFiltersResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DescribeMetricFiltersResponseBuilder").finish_non_exhaustive()
    }
}
impl DescribeMetricFiltersResponseBuilder {
    /// See [`DescribeMetricFiltersResponse::metric_filters`](crate::types::DescribeMetricFiltersResponse::metric_filters).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn metric_filters(
        mut self,
        input: impl ::std::convert::Into<crate::types::MetricFilter>,
    ) -> Self {
        self.metric_filters.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`metric_filters`](Self::metric_filters).
    pub fn set_metric_filters(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::MetricFilter>>,
    ) -> Self {
        self.metric_filters = input;
        self
    }
    /// See [`DescribeMetricFiltersResponse::next_token`](crate::types::DescribeMetricFiltersResponse::next_token).
    pub fn next_token(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.next_token = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`next_token`](Self::next_token).
    pub fn set_next_token(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.next_token = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DescribeMetricFiltersResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DescribeMetricFiltersResponse {
            metric_filters: self.metric_filters,
            next_token: self.next_token,
        })
    }
}
/// A builder for [`DescribeQueriesRequest`](crate::types::DescribeQueriesRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DescribeQueriesRequestBuilder {
    pub(crate) log_group_name: ::std::option::Option<::std::string::String>,
    pub(crate) max_results: ::std::option::Option<i64>,
    pub(crate) next_token: ::std::option::Option<::std::string::String>,
    pub(crate) status: ::std::option::Option<crate::types::QueryStatus>,
}
impl ::std::fmt::Debug for DescribeQueriesRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DescribeQueriesRequestBuilder").finish_non_exhaustive()
    }
}
impl DescribeQueriesRequestBuilder {
    /// See [`DescribeQueriesRequest::log_group_name`](crate::types::DescribeQueriesRequest::log_group_name).
    pub fn log_group_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.log_group_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`log_group_name`](Self::log_group_name).
    pub fn set_log_group_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.log_group_name = input;
        self
    }
    /// See [`DescribeQueriesRequest::max_results`](crate::types::DescribeQueriesRequest::max_results).
    pub fn max_results(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.max_results = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`max_results`](Self::max_results).
    pub fn set_max_results(mut self, input: ::std::option::Option<i64>) -> Self {
        self.max_results = input;
        self
    }
    /// See [`DescribeQueriesRequest::next_token`](crate::types::DescribeQueriesRequest::next_token).
    pub fn next_token(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.next_token = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`next_token`](Self::next_token).
    pub fn set_next_token(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.next_token = input;
        self
    }
    /// See [`DescribeQueriesRequest::status`](crate::types::DescribeQueriesRequest::status).
    pub fn status(
        mut self,
        input: impl ::std::convert::Into<crate::types::QueryStatus>,
    ) -> Self {
        self.status = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`status`](Self::status).
    pub fn set_status(
        mut self,
        input: ::std::option::Option<crate::types::QueryStatus>,
    ) -> Self {
        self.status = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DescribeQueriesRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DescribeQueriesRequest {
            log_group_name: self.log_group_name,
            max_results: self.max_results,
            next_token: self.next_token,
            status: self.status,
        })
    }
}
/// A builder for [`DescribeQueriesResponse`](crate::types::DescribeQueriesResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DescribeQueriesResponseBuilder {
    pub(crate) next_token: ::std::option::Option<::std::string::String>,
    pub(crate) queries: ::std::option::Option<::std::vec::Vec<crate::types::QueryInfo>>,
}
impl ::std::fmt::Debug for DescribeQueriesResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DescribeQueriesResponseBuilder").finish_non_exhaustive()
    }
}
impl DescribeQueriesResponseBuilder {
    /// See [`DescribeQueriesResponse::next_token`](crate::types::DescribeQueriesResponse::next_token).
    pub fn next_token(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.next_token = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`next_token`](Self::next_token).
    pub fn set_next_token(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.next_token = input;
        self
    }
    /// See [`DescribeQueriesResponse::queries`](crate::types::DescribeQueriesResponse::queries).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn queries(
        mut self,
        input: impl ::std::convert::Into<crate::types::QueryInfo>,
    ) -> Self {
        self.queries.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`queries`](Self::queries).
    pub fn set_queries(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::QueryInfo>>,
    ) -> Self {
        self.queries = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DescribeQueriesResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DescribeQueriesResponse {
            next_token: self.next_token,
            queries: self.queries,
        })
    }
}
/// A builder for [`DescribeQueryDefinitionsRequest`](crate::types::DescribeQueryDefinitionsRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DescribeQueryDefinitionsRequestBuilder {
    pub(crate) max_results: ::std::option::Option<i64>,
    pub(crate) next_token: ::std::option::Option<::std::string::String>,
    pub(crate) query_definition_name_prefix: ::std::option::Option<
        ::std::string::String,
    >,
}
impl ::std::fmt::Debug for DescribeQueryDefinitionsRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DescribeQueryDefinitionsRequestBuilder").finish_non_exhaustive()
    }
}
impl DescribeQueryDefinitionsRequestBuilder {
    /// See [`DescribeQueryDefinitionsRequest::max_results`](crate::types::DescribeQueryDefinitionsRequest::max_results).
    pub fn max_results(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.max_results = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`max_results`](Self::max_results).
    pub fn set_max_results(mut self, input: ::std::option::Option<i64>) -> Self {
        self.max_results = input;
        self
    }
    /// See [`DescribeQueryDefinitionsRequest::next_token`](crate::types::DescribeQueryDefinitionsRequest::next_token).
    pub fn next_token(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.next_token = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`next_token`](Self::next_token).
    pub fn set_next_token(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.next_token = input;
        self
    }
    /// See [`DescribeQueryDefinitionsRequest::query_definition_name_prefix`](crate::types::DescribeQueryDefinitionsRequest::query_definition_name_prefix).
    pub fn query_definition_name_prefix(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.query_definition_name_prefix = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`query_definition_name_prefix`](Self::query_definition_name_prefix).
    pub fn set_query_definition_name_prefix(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.query_definition_name_prefix = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DescribeQueryDefinitionsRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DescribeQueryDefinitionsRequest {
            max_results: self.max_results,
            next_token: self.next_token,
            query_definition_name_prefix: self.query_definition_name_prefix,
        })
    }
}
/// A builder for [`DescribeQueryDefinitionsResponse`](crate::types::DescribeQueryDefinitionsResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DescribeQueryDefinitionsResponseBuilder {
    pub(crate) next_token: ::std::option::Option<::std::string::String>,
    pub(crate) query_definitions: ::std::option::Option<
        ::std::vec::Vec<crate::types::QueryDefinition>,
    >,
}
impl ::std::fmt::Debug for DescribeQueryDefinitionsResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DescribeQueryDefinitionsResponseBuilder").finish_non_exhaustive()
    }
}
impl DescribeQueryDefinitionsResponseBuilder {
    /// See [`DescribeQueryDefinitionsResponse::next_token`](crate::types::DescribeQueryDefinitionsResponse::next_token).
    pub fn next_token(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.next_token = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`next_token`](Self::next_token).
    pub fn set_next_token(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.next_token = input;
        self
    }
    /// See [`DescribeQueryDefinitionsResponse::query_definitions`](crate::types::DescribeQueryDefinitionsResponse::query_definitions).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn query_definitions(
        mut self,
        input: impl ::std::convert::Into<crate::types::QueryDefinition>,
    ) -> Self {
        self.query_definitions
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`query_definitions`](Self::query_definitions).
    pub fn set_query_definitions(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::QueryDefinition>>,
    ) -> Self {
        self.query_definitions = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DescribeQueryDefinitionsResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DescribeQueryDefinitionsResponse {
            next_token: self.next_token,
            query_definitions: self.query_definitions,
        })
    }
}
/// A builder for [`DescribeResourcePoliciesRequest`](crate::types::DescribeResourcePoliciesRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DescribeResourcePoliciesRequestBuilder {
    pub(crate) limit: ::std::option::Option<i64>,
    pub(crate) next_token: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DescribeResourcePoliciesRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DescribeResourcePoliciesRequestBuilder").finish_non_exhaustive()
    }
}
impl DescribeResourcePoliciesRequestBuilder {
    /// See [`DescribeResourcePoliciesRequest::limit`](crate::types::DescribeResourcePoliciesRequest::limit).
    pub fn limit(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.limit = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`limit`](Self::limit).
    pub fn set_limit(mut self, input: ::std::option::Option<i64>) -> Self {
        self.limit = input;
        self
    }
    /// See [`DescribeResourcePoliciesRequest::next_token`](crate::types::DescribeResourcePoliciesRequest::next_token).
    pub fn next_token(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.next_token = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`next_token`](Self::next_token).
    pub fn set_next_token(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.next_token = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DescribeResourcePoliciesRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DescribeResourcePoliciesRequest {
            limit: self.limit,
            next_token: self.next_token,
        })
    }
}
/// A builder for [`DescribeResourcePoliciesResponse`](crate::types::DescribeResourcePoliciesResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DescribeResourcePoliciesResponseBuilder {
    pub(crate) next_token: ::std::option::Option<::std::string::String>,
    pub(crate) resource_policies: ::std::option::Option<
        ::std::vec::Vec<crate::types::ResourcePolicy>,
    >,
}
impl ::std::fmt::Debug for DescribeResourcePoliciesResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DescribeResourcePoliciesResponseBuilder").finish_non_exhaustive()
    }
}
impl DescribeResourcePoliciesResponseBuilder {
    /// See [`DescribeResourcePoliciesResponse::next_token`](crate::types::DescribeResourcePoliciesResponse::next_token).
    pub fn next_token(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.next_token = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`next_token`](Self::next_token).
    pub fn set_next_token(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.next_token = input;
        self
    }
    /// See [`DescribeResourcePoliciesResponse::resource_policies`](crate::types::DescribeResourcePoliciesResponse::resource_policies).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn resource_policies(
        mut self,
        input: impl ::std::convert::Into<crate::types::ResourcePolicy>,
    ) -> Self {
        self.resource_policies
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`resource_policies`](Self::resource_policies).
    pub fn set_resource_policies(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::ResourcePolicy>>,
    ) -> Self {
        self.resource_policies = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DescribeResourcePoliciesResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DescribeResourcePoliciesResponse {
            next_token: self.next_token,
            resource_policies: self.resource_policies,
        })
    }
}
/// A builder for [`DescribeSubscriptionFiltersRequest`](crate::types::DescribeSubscriptionFiltersRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DescribeSubscriptionFiltersRequestBuilder {
    pub(crate) filter_name_prefix: ::std::option::Option<::std::string::String>,
    pub(crate) limit: ::std::option::Option<i64>,
    pub(crate) log_group_name: ::std::option::Option<::std::string::String>,
    pub(crate) next_token: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DescribeSubscriptionFiltersRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DescribeSubscriptionFiltersRequestBuilder")
            .finish_non_exhaustive()
    }
}
impl DescribeSubscriptionFiltersRequestBuilder {
    /// See [`DescribeSubscriptionFiltersRequest::filter_name_prefix`](crate::types::DescribeSubscriptionFiltersRequest::filter_name_prefix).
    pub fn filter_name_prefix(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.filter_name_prefix = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`filter_name_prefix`](Self::filter_name_prefix).
    pub fn set_filter_name_prefix(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.filter_name_prefix = input;
        self
    }
    /// See [`DescribeSubscriptionFiltersRequest::limit`](crate::types::DescribeSubscriptionFiltersRequest::limit).
    pub fn limit(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.limit = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`limit`](Self::limit).
    pub fn set_limit(mut self, input: ::std::option::Option<i64>) -> Self {
        self.limit = input;
        self
    }
    /// See [`DescribeSubscriptionFiltersRequest::log_group_name`](crate::types::DescribeSubscriptionFiltersRequest::log_group_name).
    pub fn log_group_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.log_group_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`log_group_name`](Self::log_group_name).
    pub fn set_log_group_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.log_group_name = input;
        self
    }
    /// See [`DescribeSubscriptionFiltersRequest::next_token`](crate::types::DescribeSubscriptionFiltersRequest::next_token).
    pub fn next_token(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.next_token = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`next_token`](Self::next_token).
    pub fn set_next_token(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.next_token = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DescribeSubscriptionFiltersRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DescribeSubscriptionFiltersRequest {
            filter_name_prefix: self.filter_name_prefix,
            limit: self.limit,
            log_group_name: self
                .log_group_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DescribeSubscriptionFiltersRequest",
                        "log_group_name",
                    ),
                )?,
            next_token: self.next_token,
        })
    }
}
/// A builder for [`DescribeSubscriptionFiltersResponse`](crate::types::DescribeSubscriptionFiltersResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DescribeSubscriptionFiltersResponseBuilder {
    pub(crate) next_token: ::std::option::Option<::std::string::String>,
    pub(crate) subscription_filters: ::std::option::Option<
        ::std::vec::Vec<crate::types::SubscriptionFilter>,
    >,
}
impl ::std::fmt::Debug for DescribeSubscriptionFiltersResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DescribeSubscriptionFiltersResponseBuilder")
            .finish_non_exhaustive()
    }
}
impl DescribeSubscriptionFiltersResponseBuilder {
    /// See [`DescribeSubscriptionFiltersResponse::next_token`](crate::types::DescribeSubscriptionFiltersResponse::next_token).
    pub fn next_token(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.next_token = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`next_token`](Self::next_token).
    pub fn set_next_token(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.next_token = input;
        self
    }
    /// See [`DescribeSubscriptionFiltersResponse::subscription_filters`](crate::types::DescribeSubscriptionFiltersResponse::subscription_filters).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn subscription_filters(
        mut self,
        input: impl ::std::convert::Into<crate::types::SubscriptionFilter>,
    ) -> Self {
        self.subscription_filters
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`subscription_filters`](Self::subscription_filters).
    pub fn set_subscription_filters(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::SubscriptionFilter>>,
    ) -> Self {
        self.subscription_filters = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DescribeSubscriptionFiltersResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DescribeSubscriptionFiltersResponse {
            next_token: self.next_token,
            subscription_filters: self.subscription_filters,
        })
    }
}
/// A builder for [`Destination`](crate::types::Destination).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DestinationBuilder {
    pub(crate) access_policy: ::std::option::Option<::std::string::String>,
    pub(crate) arn: ::std::option::Option<::std::string::String>,
    pub(crate) creation_time: ::std::option::Option<i64>,
    pub(crate) destination_name: ::std::option::Option<::std::string::String>,
    pub(crate) role_arn: ::std::option::Option<::std::string::String>,
    pub(crate) target_arn: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DestinationBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DestinationBuilder").finish_non_exhaustive()
    }
}
impl DestinationBuilder {
    /// See [`Destination::access_policy`](crate::types::Destination::access_policy).
    pub fn access_policy(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.access_policy = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`access_policy`](Self::access_policy).
    pub fn set_access_policy(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.access_policy = input;
        self
    }
    /// See [`Destination::arn`](crate::types::Destination::arn).
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
    /// See [`Destination::creation_time`](crate::types::Destination::creation_time).
    pub fn creation_time(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.creation_time = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`creation_time`](Self::creation_time).
    pub fn set_creation_time(mut self, input: ::std::option::Option<i64>) -> Self {
        self.creation_time = input;
        self
    }
    /// See [`Destination::destination_name`](crate::types::Destination::destination_name).
    pub fn destination_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.destination_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`destination_name`](Self::destination_name).
    pub fn set_destination_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.destination_name = input;
        self
    }
    /// See [`Destination::role_arn`](crate::types::Destination::role_arn).
    pub fn role_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.role_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`role_arn`](Self::role_arn).
    pub fn set_role_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.role_arn = input;
        self
    }
    /// See [`Destination::target_arn`](crate::types::Destination::target_arn).
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
    ) -> ::std::result::Result<crate::types::Destination, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::Destination {
            access_policy: self.access_policy,
            arn: self.arn,
            creation_time: self.creation_time,
            destination_name: self.destination_name,
            role_arn: self.role_arn,
            target_arn: self.target_arn,
        })
    }
}
/// A builder for [`DisassociateKmsKeyRequest`](crate::types::DisassociateKmsKeyRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DisassociateKmsKeyRequestBuilder {
    pub(crate) log_group_name: ::std::option::Option<::std::string::String>,
    pub(crate) resource_identifier: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DisassociateKmsKeyRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DisassociateKmsKeyRequestBuilder").finish_non_exhaustive()
    }
}
impl DisassociateKmsKeyRequestBuilder {
    /// See [`DisassociateKmsKeyRequest::log_group_name`](crate::types::DisassociateKmsKeyRequest::log_group_name).
    pub fn log_group_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.log_group_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`log_group_name`](Self::log_group_name).
    pub fn set_log_group_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.log_group_name = input;
        self
    }
    /// See [`DisassociateKmsKeyRequest::resource_identifier`](crate::types::DisassociateKmsKeyRequest::resource_identifier).
    pub fn resource_identifier(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.resource_identifier = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`resource_identifier`](Self::resource_identifier).
    pub fn set_resource_identifier(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.resource_identifier = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DisassociateKmsKeyRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DisassociateKmsKeyRequest {
            log_group_name: self.log_group_name,
            resource_identifier: self.resource_identifier,
        })
    }
}
/// A builder for [`ExportTask`](crate::types::ExportTask).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ExportTaskBuilder {
    pub(crate) destination: ::std::option::Option<::std::string::String>,
    pub(crate) destination_prefix: ::std::option::Option<::std::string::String>,
    pub(crate) execution_info: ::std::option::Option<
        crate::types::ExportTaskExecutionInfo,
    >,
    pub(crate) from: ::std::option::Option<i64>,
    pub(crate) log_group_name: ::std::option::Option<::std::string::String>,
    pub(crate) status: ::std::option::Option<crate::types::ExportTaskStatus>,
    pub(crate) task_id: ::std::option::Option<::std::string::String>,
    pub(crate) task_name: ::std::option::Option<::std::string::String>,
    pub(crate) to: ::std::option::Option<i64>,
}
impl ::std::fmt::Debug for ExportTaskBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ExportTaskBuilder").finish_non_exhaustive()
    }
}
impl ExportTaskBuilder {
    /// See [`ExportTask::destination`](crate::types::ExportTask::destination).
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
    /// See [`ExportTask::destination_prefix`](crate::types::ExportTask::destination_prefix).
    pub fn destination_prefix(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.destination_prefix = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`destination_prefix`](Self::destination_prefix).
    pub fn set_destination_prefix(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.destination_prefix = input;
        self
    }
    /// See [`ExportTask::execution_info`](crate::types::ExportTask::execution_info).
    pub fn execution_info(
        mut self,
        input: impl ::std::convert::Into<crate::types::ExportTaskExecutionInfo>,
    ) -> Self {
        self.execution_info = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`execution_info`](Self::execution_info).
    pub fn set_execution_info(
        mut self,
        input: ::std::option::Option<crate::types::ExportTaskExecutionInfo>,
    ) -> Self {
        self.execution_info = input;
        self
    }
    /// See [`ExportTask::from`](crate::types::ExportTask::from).
    pub fn from(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.from = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`from`](Self::from).
    pub fn set_from(mut self, input: ::std::option::Option<i64>) -> Self {
        self.from = input;
        self
    }
    /// See [`ExportTask::log_group_name`](crate::types::ExportTask::log_group_name).
    pub fn log_group_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.log_group_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`log_group_name`](Self::log_group_name).
    pub fn set_log_group_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.log_group_name = input;
        self
    }
    /// See [`ExportTask::status`](crate::types::ExportTask::status).
    pub fn status(
        mut self,
        input: impl ::std::convert::Into<crate::types::ExportTaskStatus>,
    ) -> Self {
        self.status = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`status`](Self::status).
    pub fn set_status(
        mut self,
        input: ::std::option::Option<crate::types::ExportTaskStatus>,
    ) -> Self {
        self.status = input;
        self
    }
    /// See [`ExportTask::task_id`](crate::types::ExportTask::task_id).
    pub fn task_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.task_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`task_id`](Self::task_id).
    pub fn set_task_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.task_id = input;
        self
    }
    /// See [`ExportTask::task_name`](crate::types::ExportTask::task_name).
    pub fn task_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.task_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`task_name`](Self::task_name).
    pub fn set_task_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.task_name = input;
        self
    }
    /// See [`ExportTask::to`](crate::types::ExportTask::to).
    pub fn to(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.to = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`to`](Self::to).
    pub fn set_to(mut self, input: ::std::option::Option<i64>) -> Self {
        self.to = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::ExportTask, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::ExportTask {
            destination: self.destination,
            destination_prefix: self.destination_prefix,
            execution_info: self.execution_info,
            from: self.from,
            log_group_name: self.log_group_name,
            status: self.status,
            task_id: self.task_id,
            task_name: self.task_name,
            to: self.to,
        })
    }
}
/// A builder for [`ExportTaskExecutionInfo`](crate::types::ExportTaskExecutionInfo).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ExportTaskExecutionInfoBuilder {
    pub(crate) completion_time: ::std::option::Option<i64>,
    pub(crate) creation_time: ::std::option::Option<i64>,
}
impl ::std::fmt::Debug for ExportTaskExecutionInfoBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ExportTaskExecutionInfoBuilder").finish_non_exhaustive()
    }
}
impl ExportTaskExecutionInfoBuilder {
    /// See [`ExportTaskExecutionInfo::completion_time`](crate::types::ExportTaskExecutionInfo::completion_time).
    pub fn completion_time(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.completion_time = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`completion_time`](Self::completion_time).
    pub fn set_completion_time(mut self, input: ::std::option::Option<i64>) -> Self {
        self.completion_time = input;
        self
    }
    /// See [`ExportTaskExecutionInfo::creation_time`](crate::types::ExportTaskExecutionInfo::creation_time).
    pub fn creation_time(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.creation_time = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`creation_time`](Self::creation_time).
    pub fn set_creation_time(mut self, input: ::std::option::Option<i64>) -> Self {
        self.creation_time = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ExportTaskExecutionInfo,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ExportTaskExecutionInfo {
            completion_time: self.completion_time,
            creation_time: self.creation_time,
        })
    }
}
/// A builder for [`ExportTaskStatus`](crate::types::ExportTaskStatus).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ExportTaskStatusBuilder {
    pub(crate) code: ::std::option::Option<crate::types::ExportTaskStatusCode>,
    pub(crate) message: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ExportTaskStatusBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ExportTaskStatusBuilder").finish_non_exhaustive()
    }
}
impl ExportTaskStatusBuilder {
    /// See [`ExportTaskStatus::code`](crate::types::ExportTaskStatus::code).
    pub fn code(
        mut self,
        input: impl ::std::convert::Into<crate::types::ExportTaskStatusCode>,
    ) -> Self {
        self.code = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`code`](Self::code).
    pub fn set_code(
        mut self,
        input: ::std::option::Option<crate::types::ExportTaskStatusCode>,
    ) -> Self {
        self.code = input;
        self
    }
    /// See [`ExportTaskStatus::message`](crate::types::ExportTaskStatus::message).
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
        crate::types::ExportTaskStatus,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ExportTaskStatus {
            code: self.code,
            message: self.message,
        })
    }
}
/// A builder for [`FilterLogEventsRequest`](crate::types::FilterLogEventsRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct FilterLogEventsRequestBuilder {
    pub(crate) end_time: ::std::option::Option<i64>,
    pub(crate) filter_pattern: ::std::option::Option<::std::string::String>,
    pub(crate) interleaved: ::std::option::Option<bool>,
    pub(crate) limit: ::std::option::Option<i64>,
    pub(crate) log_group_identifier: ::std::option::Option<::std::string::String>,
    pub(crate) log_group_name: ::std::option::Option<::std::string::String>,
    pub(crate) log_stream_name_prefix: ::std::option::Option<::std::string::String>,
    pub(crate) log_stream_names: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    pub(crate) next_token: ::std::option::Option<::std::string::String>,
    pub(crate) start_time: ::std::option::Option<i64>,
    pub(crate) unmask: ::std::option::Option<bool>,
}
impl ::std::fmt::Debug for FilterLogEventsRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("FilterLogEventsRequestBuilder").finish_non_exhaustive()
    }
}
impl FilterLogEventsRequestBuilder {
    /// See [`FilterLogEventsRequest::end_time`](crate::types::FilterLogEventsRequest::end_time).
    pub fn end_time(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.end_time = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`end_time`](Self::end_time).
    pub fn set_end_time(mut self, input: ::std::option::Option<i64>) -> Self {
        self.end_time = input;
        self
    }
    /// See [`FilterLogEventsRequest::filter_pattern`](crate::types::FilterLogEventsRequest::filter_pattern).
    pub fn filter_pattern(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.filter_pattern = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`filter_pattern`](Self::filter_pattern).
    pub fn set_filter_pattern(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.filter_pattern = input;
        self
    }
    /// See [`FilterLogEventsRequest::interleaved`](crate::types::FilterLogEventsRequest::interleaved).
    pub fn interleaved(mut self, input: impl ::std::convert::Into<bool>) -> Self {
        self.interleaved = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`interleaved`](Self::interleaved).
    pub fn set_interleaved(mut self, input: ::std::option::Option<bool>) -> Self {
        self.interleaved = input;
        self
    }
    /// See [`FilterLogEventsRequest::limit`](crate::types::FilterLogEventsRequest::limit).
    pub fn limit(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.limit = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`limit`](Self::limit).
    pub fn set_limit(mut self, input: ::std::option::Option<i64>) -> Self {
        self.limit = input;
        self
    }
    /// See [`FilterLogEventsRequest::log_group_identifier`](crate::types::FilterLogEventsRequest::log_group_identifier).
    pub fn log_group_identifier(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.log_group_identifier = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`log_group_identifier`](Self::log_group_identifier).
    pub fn set_log_group_identifier(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.log_group_identifier = input;
        self
    }
    /// See [`FilterLogEventsRequest::log_group_name`](crate::types::FilterLogEventsRequest::log_group_name).
    pub fn log_group_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.log_group_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`log_group_name`](Self::log_group_name).
    pub fn set_log_group_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.log_group_name = input;
        self
    }
    /// See [`FilterLogEventsRequest::log_stream_name_prefix`](crate::types::FilterLogEventsRequest::log_stream_name_prefix).
    pub fn log_stream_name_prefix(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.log_stream_name_prefix = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`log_stream_name_prefix`](Self::log_stream_name_prefix).
    pub fn set_log_stream_name_prefix(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.log_stream_name_prefix = input;
        self
    }
    /// See [`FilterLogEventsRequest::log_stream_names`](crate::types::FilterLogEventsRequest::log_stream_names).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn log_stream_names(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.log_stream_names
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`log_stream_names`](Self::log_stream_names).
    pub fn set_log_stream_names(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.log_stream_names = input;
        self
    }
    /// See [`FilterLogEventsRequest::next_token`](crate::types::FilterLogEventsRequest::next_token).
    pub fn next_token(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.next_token = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`next_token`](Self::next_token).
    pub fn set_next_token(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.next_token = input;
        self
    }
    /// See [`FilterLogEventsRequest::start_time`](crate::types::FilterLogEventsRequest::start_time).
    pub fn start_time(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.start_time = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`start_time`](Self::start_time).
    pub fn set_start_time(mut self, input: ::std::option::Option<i64>) -> Self {
        self.start_time = input;
        self
    }
    /// See [`FilterLogEventsRequest::unmask`](crate::types::FilterLogEventsRequest::unmask).
    pub fn unmask(mut self, input: impl ::std::convert::Into<bool>) -> Self {
        self.unmask = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`unmask`](Self::unmask).
    pub fn set_unmask(mut self, input: ::std::option::Option<bool>) -> Self {
        self.unmask = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::FilterLogEventsRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::FilterLogEventsRequest {
            end_time: self.end_time,
            filter_pattern: self.filter_pattern,
            interleaved: self.interleaved,
            limit: self.limit,
            log_group_identifier: self.log_group_identifier,
            log_group_name: self.log_group_name,
            log_stream_name_prefix: self.log_stream_name_prefix,
            log_stream_names: self.log_stream_names,
            next_token: self.next_token,
            start_time: self.start_time,
            unmask: self.unmask,
        })
    }
}
/// A builder for [`FilterLogEventsResponse`](crate::types::FilterLogEventsResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct FilterLogEventsResponseBuilder {
    pub(crate) events: ::std::option::Option<
        ::std::vec::Vec<crate::types::FilteredLogEvent>,
    >,
    pub(crate) next_token: ::std::option::Option<::std::string::String>,
    pub(crate) searched_log_streams: ::std::option::Option<
        ::std::vec::Vec<crate::types::SearchedLogStream>,
    >,
}
impl ::std::fmt::Debug for FilterLogEventsResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("FilterLogEventsResponseBuilder").finish_non_exhaustive()
    }
}
impl FilterLogEventsResponseBuilder {
    /// See [`FilterLogEventsResponse::events`](crate::types::FilterLogEventsResponse::events).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn events(
        mut self,
        input: impl ::std::convert::Into<crate::types::FilteredLogEvent>,
    ) -> Self {
        self.events.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`events`](Self::events).
    pub fn set_events(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::FilteredLogEvent>>,
    ) -> Self {
        self.events = input;
        self
    }
    /// See [`FilterLogEventsResponse::next_token`](crate::types::FilterLogEventsResponse::next_token).
    pub fn next_token(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.next_token = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`next_token`](Self::next_token).
    pub fn set_next_token(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.next_token = input;
        self
    }
    /// See [`FilterLogEventsResponse::searched_log_streams`](crate::types::FilterLogEventsResponse::searched_log_streams).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn searched_log_streams(
        mut self,
        input: impl ::std::convert::Into<crate::types::SearchedLogStream>,
    ) -> Self {
        self.searched_log_streams
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`searched_log_streams`](Self::searched_log_streams).
    pub fn set_searched_log_streams(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::SearchedLogStream>>,
    ) -> Self {
        self.searched_log_streams = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::FilterLogEventsResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::FilterLogEventsResponse {
            events: self.events,
            next_token: self.next_token,
            searched_log_streams: self.searched_log_streams,
        })
    }
}
/// A builder for [`FilteredLogEvent`](crate::types::FilteredLogEvent).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct FilteredLogEventBuilder {
    pub(crate) event_id: ::std::option::Option<::std::string::String>,
    pub(crate) ingestion_time: ::std::option::Option<i64>,
    pub(crate) log_stream_name: ::std::option::Option<::std::string::String>,
    pub(crate) message: ::std::option::Option<::std::string::String>,
    pub(crate) timestamp: ::std::option::Option<i64>,
}
impl ::std::fmt::Debug for FilteredLogEventBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("FilteredLogEventBuilder").finish_non_exhaustive()
    }
}
impl FilteredLogEventBuilder {
    /// See [`FilteredLogEvent::event_id`](crate::types::FilteredLogEvent::event_id).
    pub fn event_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.event_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`event_id`](Self::event_id).
    pub fn set_event_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.event_id = input;
        self
    }
    /// See [`FilteredLogEvent::ingestion_time`](crate::types::FilteredLogEvent::ingestion_time).
    pub fn ingestion_time(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.ingestion_time = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`ingestion_time`](Self::ingestion_time).
    pub fn set_ingestion_time(mut self, input: ::std::option::Option<i64>) -> Self {
        self.ingestion_time = input;
        self
    }
    /// See [`FilteredLogEvent::log_stream_name`](crate::types::FilteredLogEvent::log_stream_name).
    pub fn log_stream_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.log_stream_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`log_stream_name`](Self::log_stream_name).
    pub fn set_log_stream_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.log_stream_name = input;
        self
    }
    /// See [`FilteredLogEvent::message`](crate::types::FilteredLogEvent::message).
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
    /// See [`FilteredLogEvent::timestamp`](crate::types::FilteredLogEvent::timestamp).
    pub fn timestamp(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.timestamp = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`timestamp`](Self::timestamp).
    pub fn set_timestamp(mut self, input: ::std::option::Option<i64>) -> Self {
        self.timestamp = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::FilteredLogEvent,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::FilteredLogEvent {
            event_id: self.event_id,
            ingestion_time: self.ingestion_time,
            log_stream_name: self.log_stream_name,
            message: self.message,
            timestamp: self.timestamp,
        })
    }
}
/// A builder for [`GetDataProtectionPolicyRequest`](crate::types::GetDataProtectionPolicyRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct GetDataProtectionPolicyRequestBuilder {
    pub(crate) log_group_identifier: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for GetDataProtectionPolicyRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetDataProtectionPolicyRequestBuilder").finish_non_exhaustive()
    }
}
impl GetDataProtectionPolicyRequestBuilder {
    /// See [`GetDataProtectionPolicyRequest::log_group_identifier`](crate::types::GetDataProtectionPolicyRequest::log_group_identifier).
    pub fn log_group_identifier(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.log_group_identifier = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`log_group_identifier`](Self::log_group_identifier).
    pub fn set_log_group_identifier(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.log_group_identifier = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::GetDataProtectionPolicyRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::GetDataProtectionPolicyRequest {
            log_group_identifier: self
                .log_group_identifier
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "GetDataProtectionPolicyRequest",
                        "log_group_identifier",
                    ),
                )?,
        })
    }
}
/// A builder for [`GetDataProtectionPolicyResponse`](crate::types::GetDataProtectionPolicyResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct GetDataProtectionPolicyResponseBuilder {
    pub(crate) last_updated_time: ::std::option::Option<i64>,
    pub(crate) log_group_identifier: ::std::option::Option<::std::string::String>,
    pub(crate) policy_document: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for GetDataProtectionPolicyResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetDataProtectionPolicyResponseBuilder").finish_non_exhaustive()
    }
}
impl GetDataProtectionPolicyResponseBuilder {
    /// See [`GetDataProtectionPolicyResponse::last_updated_time`](crate::types::GetDataProtectionPolicyResponse::last_updated_time).
    pub fn last_updated_time(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.last_updated_time = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`last_updated_time`](Self::last_updated_time).
    pub fn set_last_updated_time(mut self, input: ::std::option::Option<i64>) -> Self {
        self.last_updated_time = input;
        self
    }
    /// See [`GetDataProtectionPolicyResponse::log_group_identifier`](crate::types::GetDataProtectionPolicyResponse::log_group_identifier).
    pub fn log_group_identifier(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.log_group_identifier = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`log_group_identifier`](Self::log_group_identifier).
    pub fn set_log_group_identifier(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.log_group_identifier = input;
        self
    }
    /// See [`GetDataProtectionPolicyResponse::policy_document`](crate::types::GetDataProtectionPolicyResponse::policy_document).
    pub fn policy_document(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.policy_document = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`policy_document`](Self::policy_document).
    pub fn set_policy_document(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.policy_document = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::GetDataProtectionPolicyResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::GetDataProtectionPolicyResponse {
            last_updated_time: self.last_updated_time,
            log_group_identifier: self.log_group_identifier,
            policy_document: self.policy_document,
        })
    }
}
/// A builder for [`GetLogEventsRequest`](crate::types::GetLogEventsRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct GetLogEventsRequestBuilder {
    pub(crate) end_time: ::std::option::Option<i64>,
    pub(crate) limit: ::std::option::Option<i64>,
    pub(crate) log_group_identifier: ::std::option::Option<::std::string::String>,
    pub(crate) log_group_name: ::std::option::Option<::std::string::String>,
    pub(crate) log_stream_name: ::std::option::Option<::std::string::String>,
    pub(crate) next_token: ::std::option::Option<::std::string::String>,
    pub(crate) start_from_head: ::std::option::Option<bool>,
    pub(crate) start_time: ::std::option::Option<i64>,
    pub(crate) unmask: ::std::option::Option<bool>,
}
impl ::std::fmt::Debug for GetLogEventsRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetLogEventsRequestBuilder").finish_non_exhaustive()
    }
}
impl GetLogEventsRequestBuilder {
    /// See [`GetLogEventsRequest::end_time`](crate::types::GetLogEventsRequest::end_time).
    pub fn end_time(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.end_time = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`end_time`](Self::end_time).
    pub fn set_end_time(mut self, input: ::std::option::Option<i64>) -> Self {
        self.end_time = input;
        self
    }
    /// See [`GetLogEventsRequest::limit`](crate::types::GetLogEventsRequest::limit).
    pub fn limit(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.limit = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`limit`](Self::limit).
    pub fn set_limit(mut self, input: ::std::option::Option<i64>) -> Self {
        self.limit = input;
        self
    }
    /// See [`GetLogEventsRequest::log_group_identifier`](crate::types::GetLogEventsRequest::log_group_identifier).
    pub fn log_group_identifier(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.log_group_identifier = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`log_group_identifier`](Self::log_group_identifier).
    pub fn set_log_group_identifier(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.log_group_identifier = input;
        self
    }
    /// See [`GetLogEventsRequest::log_group_name`](crate::types::GetLogEventsRequest::log_group_name).
    pub fn log_group_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.log_group_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`log_group_name`](Self::log_group_name).
    pub fn set_log_group_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.log_group_name = input;
        self
    }
    /// See [`GetLogEventsRequest::log_stream_name`](crate::types::GetLogEventsRequest::log_stream_name).
    pub fn log_stream_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.log_stream_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`log_stream_name`](Self::log_stream_name).
    pub fn set_log_stream_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.log_stream_name = input;
        self
    }
    /// See [`GetLogEventsRequest::next_token`](crate::types::GetLogEventsRequest::next_token).
    pub fn next_token(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.next_token = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`next_token`](Self::next_token).
    pub fn set_next_token(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.next_token = input;
        self
    }
    /// See [`GetLogEventsRequest::start_from_head`](crate::types::GetLogEventsRequest::start_from_head).
    pub fn start_from_head(mut self, input: impl ::std::convert::Into<bool>) -> Self {
        self.start_from_head = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`start_from_head`](Self::start_from_head).
    pub fn set_start_from_head(mut self, input: ::std::option::Option<bool>) -> Self {
        self.start_from_head = input;
        self
    }
    /// See [`GetLogEventsRequest::start_time`](crate::types::GetLogEventsRequest::start_time).
    pub fn start_time(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.start_time = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`start_time`](Self::start_time).
    pub fn set_start_time(mut self, input: ::std::option::Option<i64>) -> Self {
        self.start_time = input;
        self
    }
    /// See [`GetLogEventsRequest::unmask`](crate::types::GetLogEventsRequest::unmask).
    pub fn unmask(mut self, input: impl ::std::convert::Into<bool>) -> Self {
        self.unmask = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`unmask`](Self::unmask).
    pub fn set_unmask(mut self, input: ::std::option::Option<bool>) -> Self {
        self.unmask = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::GetLogEventsRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::GetLogEventsRequest {
            end_time: self.end_time,
            limit: self.limit,
            log_group_identifier: self.log_group_identifier,
            log_group_name: self.log_group_name,
            log_stream_name: self
                .log_stream_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "GetLogEventsRequest",
                        "log_stream_name",
                    ),
                )?,
            next_token: self.next_token,
            start_from_head: self.start_from_head,
            start_time: self.start_time,
            unmask: self.unmask,
        })
    }
}
/// A builder for [`GetLogEventsResponse`](crate::types::GetLogEventsResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct GetLogEventsResponseBuilder {
    pub(crate) events: ::std::option::Option<
        ::std::vec::Vec<crate::types::OutputLogEvent>,
    >,
    pub(crate) next_backward_token: ::std::option::Option<::std::string::String>,
    pub(crate) next_forward_token: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for GetLogEventsResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetLogEventsResponseBuilder").finish_non_exhaustive()
    }
}
impl GetLogEventsResponseBuilder {
    /// See [`GetLogEventsResponse::events`](crate::types::GetLogEventsResponse::events).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn events(
        mut self,
        input: impl ::std::convert::Into<crate::types::OutputLogEvent>,
    ) -> Self {
        self.events.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`events`](Self::events).
    pub fn set_events(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::OutputLogEvent>>,
    ) -> Self {
        self.events = input;
        self
    }
    /// See [`GetLogEventsResponse::next_backward_token`](crate::types::GetLogEventsResponse::next_backward_token).
    pub fn next_backward_token(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.next_backward_token = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`next_backward_token`](Self::next_backward_token).
    pub fn set_next_backward_token(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.next_backward_token = input;
        self
    }
    /// See [`GetLogEventsResponse::next_forward_token`](crate::types::GetLogEventsResponse::next_forward_token).
    pub fn next_forward_token(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.next_forward_token = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`next_forward_token`](Self::next_forward_token).
    pub fn set_next_forward_token(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.next_forward_token = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::GetLogEventsResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::GetLogEventsResponse {
            events: self.events,
            next_backward_token: self.next_backward_token,
            next_forward_token: self.next_forward_token,
        })
    }
}
/// A builder for [`GetLogGroupFieldsRequest`](crate::types::GetLogGroupFieldsRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct GetLogGroupFieldsRequestBuilder {
    pub(crate) log_group_identifier: ::std::option::Option<::std::string::String>,
    pub(crate) log_group_name: ::std::option::Option<::std::string::String>,
    pub(crate) time: ::std::option::Option<i64>,
}
impl ::std::fmt::Debug for GetLogGroupFieldsRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetLogGroupFieldsRequestBuilder").finish_non_exhaustive()
    }
}
impl GetLogGroupFieldsRequestBuilder {
    /// See [`GetLogGroupFieldsRequest::log_group_identifier`](crate::types::GetLogGroupFieldsRequest::log_group_identifier).
    pub fn log_group_identifier(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.log_group_identifier = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`log_group_identifier`](Self::log_group_identifier).
    pub fn set_log_group_identifier(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.log_group_identifier = input;
        self
    }
    /// See [`GetLogGroupFieldsRequest::log_group_name`](crate::types::GetLogGroupFieldsRequest::log_group_name).
    pub fn log_group_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.log_group_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`log_group_name`](Self::log_group_name).
    pub fn set_log_group_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.log_group_name = input;
        self
    }
    /// See [`GetLogGroupFieldsRequest::time`](crate::types::GetLogGroupFieldsRequest::time).
    pub fn time(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.time = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`time`](Self::time).
    pub fn set_time(mut self, input: ::std::option::Option<i64>) -> Self {
        self.time = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::GetLogGroupFieldsRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::GetLogGroupFieldsRequest {
            log_group_identifier: self.log_group_identifier,
            log_group_name: self.log_group_name,
            time: self.time,
        })
    }
}
/// A builder for [`GetLogGroupFieldsResponse`](crate::types::GetLogGroupFieldsResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct GetLogGroupFieldsResponseBuilder {
    pub(crate) log_group_fields: ::std::option::Option<
        ::std::vec::Vec<crate::types::LogGroupField>,
    >,
}
impl ::std::fmt::Debug for GetLogGroupFieldsResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetLogGroupFieldsResponseBuilder").finish_non_exhaustive()
    }
}
impl GetLogGroupFieldsResponseBuilder {
    /// See [`GetLogGroupFieldsResponse::log_group_fields`](crate::types::GetLogGroupFieldsResponse::log_group_fields).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn log_group_fields(
        mut self,
        input: impl ::std::convert::Into<crate::types::LogGroupField>,
    ) -> Self {
        self.log_group_fields
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`log_group_fields`](Self::log_group_fields).
    pub fn set_log_group_fields(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::LogGroupField>>,
    ) -> Self {
        self.log_group_fields = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::GetLogGroupFieldsResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::GetLogGroupFieldsResponse {
            log_group_fields: self.log_group_fields,
        })
    }
}
/// A builder for [`GetLogRecordRequest`](crate::types::GetLogRecordRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct GetLogRecordRequestBuilder {
    pub(crate) log_record_pointer: ::std::option::Option<::std::string::String>,
    pub(crate) unmask: ::std::option::Option<bool>,
}
impl ::std::fmt::Debug for GetLogRecordRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetLogRecordRequestBuilder").finish_non_exhaustive()
    }
}
impl GetLogRecordRequestBuilder {
    /// See [`GetLogRecordRequest::log_record_pointer`](crate::types::GetLogRecordRequest::log_record_pointer).
    pub fn log_record_pointer(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.log_record_pointer = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`log_record_pointer`](Self::log_record_pointer).
    pub fn set_log_record_pointer(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.log_record_pointer = input;
        self
    }
    /// See [`GetLogRecordRequest::unmask`](crate::types::GetLogRecordRequest::unmask).
    pub fn unmask(mut self, input: impl ::std::convert::Into<bool>) -> Self {
        self.unmask = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`unmask`](Self::unmask).
    pub fn set_unmask(mut self, input: ::std::option::Option<bool>) -> Self {
        self.unmask = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::GetLogRecordRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::GetLogRecordRequest {
            log_record_pointer: self
                .log_record_pointer
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "GetLogRecordRequest",
                        "log_record_pointer",
                    ),
                )?,
            unmask: self.unmask,
        })
    }
}
/// A builder for [`GetLogRecordResponse`](crate::types::GetLogRecordResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct GetLogRecordResponseBuilder {
    pub(crate) log_record: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
}
impl ::std::fmt::Debug for GetLogRecordResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetLogRecordResponseBuilder").finish_non_exhaustive()
    }
}
impl GetLogRecordResponseBuilder {
    /// See [`GetLogRecordResponse::log_record`](crate::types::GetLogRecordResponse::log_record).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn log_record(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.log_record
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`log_record`](Self::log_record).
    pub fn set_log_record(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        >,
    ) -> Self {
        self.log_record = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::GetLogRecordResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::GetLogRecordResponse {
            log_record: self.log_record,
        })
    }
}
/// A builder for [`GetQueryResultsRequest`](crate::types::GetQueryResultsRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct GetQueryResultsRequestBuilder {
    pub(crate) query_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for GetQueryResultsRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetQueryResultsRequestBuilder").finish_non_exhaustive()
    }
}
impl GetQueryResultsRequestBuilder {
    /// See [`GetQueryResultsRequest::query_id`](crate::types::GetQueryResultsRequest::query_id).
    pub fn query_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.query_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`query_id`](Self::query_id).
    pub fn set_query_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.query_id = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::GetQueryResultsRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::GetQueryResultsRequest {
            query_id: self
                .query_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "GetQueryResultsRequest",
                        "query_id",
                    ),
                )?,
        })
    }
}
/// A builder for [`GetQueryResultsResponse`](crate::types::GetQueryResultsResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct GetQueryResultsResponseBuilder {
    pub(crate) encryption_key: ::std::option::Option<::std::string::String>,
    pub(crate) results: ::std::option::Option<
        ::std::vec::Vec<::std::vec::Vec<crate::types::ResultField>>,
    >,
    pub(crate) statistics: ::std::option::Option<crate::types::QueryStatistics>,
    pub(crate) status: ::std::option::Option<crate::types::QueryStatus>,
}
impl ::std::fmt::Debug for GetQueryResultsResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetQueryResultsResponseBuilder").finish_non_exhaustive()
    }
}
impl GetQueryResultsResponseBuilder {
    /// See [`GetQueryResultsResponse::encryption_key`](crate::types::GetQueryResultsResponse::encryption_key).
    pub fn encryption_key(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.encryption_key = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`encryption_key`](Self::encryption_key).
    pub fn set_encryption_key(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.encryption_key = input;
        self
    }
    /// See [`GetQueryResultsResponse::results`](crate::types::GetQueryResultsResponse::results).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn results(
        mut self,
        input: impl ::std::convert::Into<::std::vec::Vec<crate::types::ResultField>>,
    ) -> Self {
        self.results.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`results`](Self::results).
    pub fn set_results(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<::std::vec::Vec<crate::types::ResultField>>,
        >,
    ) -> Self {
        self.results = input;
        self
    }
    /// See [`GetQueryResultsResponse::statistics`](crate::types::GetQueryResultsResponse::statistics).
    pub fn statistics(
        mut self,
        input: impl ::std::convert::Into<crate::types::QueryStatistics>,
    ) -> Self {
        self.statistics = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`statistics`](Self::statistics).
    pub fn set_statistics(
        mut self,
        input: ::std::option::Option<crate::types::QueryStatistics>,
    ) -> Self {
        self.statistics = input;
        self
    }
    /// See [`GetQueryResultsResponse::status`](crate::types::GetQueryResultsResponse::status).
    pub fn status(
        mut self,
        input: impl ::std::convert::Into<crate::types::QueryStatus>,
    ) -> Self {
        self.status = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`status`](Self::status).
    pub fn set_status(
        mut self,
        input: ::std::option::Option<crate::types::QueryStatus>,
    ) -> Self {
        self.status = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::GetQueryResultsResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::GetQueryResultsResponse {
            encryption_key: self.encryption_key,
            results: self.results,
            statistics: self.statistics,
            status: self.status,
        })
    }
}
/// A builder for [`InputLogEvent`](crate::types::InputLogEvent).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct InputLogEventBuilder {
    pub(crate) message: ::std::option::Option<::std::string::String>,
    pub(crate) timestamp: ::std::option::Option<i64>,
}
impl ::std::fmt::Debug for InputLogEventBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("InputLogEventBuilder").finish_non_exhaustive()
    }
}
impl InputLogEventBuilder {
    /// See [`InputLogEvent::message`](crate::types::InputLogEvent::message).
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
    /// See [`InputLogEvent::timestamp`](crate::types::InputLogEvent::timestamp).
    pub fn timestamp(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.timestamp = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`timestamp`](Self::timestamp).
    pub fn set_timestamp(mut self, input: ::std::option::Option<i64>) -> Self {
        self.timestamp = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::InputLogEvent, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::InputLogEvent {
            message: self
                .message
                .ok_or(crate::runtime::BuildError::missing("InputLogEvent", "message"))?,
            timestamp: self
                .timestamp
                .ok_or(
                    crate::runtime::BuildError::missing("InputLogEvent", "timestamp"),
                )?,
        })
    }
}
/// A builder for [`ListTagsForResourceRequest`](crate::types::ListTagsForResourceRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ListTagsForResourceRequestBuilder {
    pub(crate) resource_arn: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ListTagsForResourceRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListTagsForResourceRequestBuilder").finish_non_exhaustive()
    }
}
impl ListTagsForResourceRequestBuilder {
    /// See [`ListTagsForResourceRequest::resource_arn`](crate::types::ListTagsForResourceRequest::resource_arn).
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
        crate::types::ListTagsForResourceRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ListTagsForResourceRequest {
            resource_arn: self
                .resource_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "ListTagsForResourceRequest",
                        "resource_arn",
                    ),
                )?,
        })
    }
}
/// A builder for [`ListTagsForResourceResponse`](crate::types::ListTagsForResourceResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ListTagsForResourceResponseBuilder {
    pub(crate) tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
}
impl ::std::fmt::Debug for ListTagsForResourceResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListTagsForResourceResponseBuilder").finish_non_exhaustive()
    }
}
impl ListTagsForResourceResponseBuilder {
    /// See [`ListTagsForResourceResponse::tags`](crate::types::ListTagsForResourceResponse::tags).
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
        crate::types::ListTagsForResourceResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ListTagsForResourceResponse {
            tags: self.tags,
        })
    }
}
/// A builder for [`ListTagsLogGroupRequest`](crate::types::ListTagsLogGroupRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ListTagsLogGroupRequestBuilder {
    pub(crate) log_group_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ListTagsLogGroupRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListTagsLogGroupRequestBuilder").finish_non_exhaustive()
    }
}
impl ListTagsLogGroupRequestBuilder {
    /// See [`ListTagsLogGroupRequest::log_group_name`](crate::types::ListTagsLogGroupRequest::log_group_name).
    pub fn log_group_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.log_group_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`log_group_name`](Self::log_group_name).
    pub fn set_log_group_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.log_group_name = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ListTagsLogGroupRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ListTagsLogGroupRequest {
            log_group_name: self
                .log_group_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "ListTagsLogGroupRequest",
                        "log_group_name",
                    ),
                )?,
        })
    }
}
/// A builder for [`ListTagsLogGroupResponse`](crate::types::ListTagsLogGroupResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ListTagsLogGroupResponseBuilder {
    pub(crate) tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
}
impl ::std::fmt::Debug for ListTagsLogGroupResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListTagsLogGroupResponseBuilder").finish_non_exhaustive()
    }
}
impl ListTagsLogGroupResponseBuilder {
    /// See [`ListTagsLogGroupResponse::tags`](crate::types::ListTagsLogGroupResponse::tags).
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
        crate::types::ListTagsLogGroupResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ListTagsLogGroupResponse {
            tags: self.tags,
        })
    }
}
/// A builder for [`LogGroup`](crate::types::LogGroup).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct LogGroupBuilder {
    pub(crate) arn: ::std::option::Option<::std::string::String>,
    pub(crate) creation_time: ::std::option::Option<i64>,
    pub(crate) data_protection_status: ::std::option::Option<
        crate::types::DataProtectionStatus,
    >,
    pub(crate) inherited_properties: ::std::option::Option<
        ::std::vec::Vec<crate::types::InheritedProperty>,
    >,
    pub(crate) kms_key_id: ::std::option::Option<::std::string::String>,
    pub(crate) log_group_name: ::std::option::Option<::std::string::String>,
    pub(crate) metric_filter_count: ::std::option::Option<i64>,
    pub(crate) retention_in_days: ::std::option::Option<i64>,
    pub(crate) stored_bytes: ::std::option::Option<i64>,
}
impl ::std::fmt::Debug for LogGroupBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("LogGroupBuilder").finish_non_exhaustive()
    }
}
impl LogGroupBuilder {
    /// See [`LogGroup::arn`](crate::types::LogGroup::arn).
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
    /// See [`LogGroup::creation_time`](crate::types::LogGroup::creation_time).
    pub fn creation_time(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.creation_time = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`creation_time`](Self::creation_time).
    pub fn set_creation_time(mut self, input: ::std::option::Option<i64>) -> Self {
        self.creation_time = input;
        self
    }
    /// See [`LogGroup::data_protection_status`](crate::types::LogGroup::data_protection_status).
    pub fn data_protection_status(
        mut self,
        input: impl ::std::convert::Into<crate::types::DataProtectionStatus>,
    ) -> Self {
        self.data_protection_status = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`data_protection_status`](Self::data_protection_status).
    pub fn set_data_protection_status(
        mut self,
        input: ::std::option::Option<crate::types::DataProtectionStatus>,
    ) -> Self {
        self.data_protection_status = input;
        self
    }
    /// See [`LogGroup::inherited_properties`](crate::types::LogGroup::inherited_properties).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn inherited_properties(
        mut self,
        input: impl ::std::convert::Into<crate::types::InheritedProperty>,
    ) -> Self {
        self.inherited_properties
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`inherited_properties`](Self::inherited_properties).
    pub fn set_inherited_properties(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::InheritedProperty>>,
    ) -> Self {
        self.inherited_properties = input;
        self
    }
    /// See [`LogGroup::kms_key_id`](crate::types::LogGroup::kms_key_id).
    pub fn kms_key_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.kms_key_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`kms_key_id`](Self::kms_key_id).
    pub fn set_kms_key_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.kms_key_id = input;
        self
    }
    /// See [`LogGroup::log_group_name`](crate::types::LogGroup::log_group_name).
    pub fn log_group_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.log_group_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`log_group_name`](Self::log_group_name).
    pub fn set_log_group_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.log_group_name = input;
        self
    }
    /// See [`LogGroup::metric_filter_count`](crate::types::LogGroup::metric_filter_count).
    pub fn metric_filter_count(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.metric_filter_count = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`metric_filter_count`](Self::metric_filter_count).
    pub fn set_metric_filter_count(mut self, input: ::std::option::Option<i64>) -> Self {
        self.metric_filter_count = input;
        self
    }
    /// See [`LogGroup::retention_in_days`](crate::types::LogGroup::retention_in_days).
    pub fn retention_in_days(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.retention_in_days = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`retention_in_days`](Self::retention_in_days).
    pub fn set_retention_in_days(mut self, input: ::std::option::Option<i64>) -> Self {
        self.retention_in_days = input;
        self
    }
    /// See [`LogGroup::stored_bytes`](crate::types::LogGroup::stored_bytes).
    pub fn stored_bytes(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.stored_bytes = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`stored_bytes`](Self::stored_bytes).
    pub fn set_stored_bytes(mut self, input: ::std::option::Option<i64>) -> Self {
        self.stored_bytes = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::LogGroup, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::LogGroup {
            arn: self.arn,
            creation_time: self.creation_time,
            data_protection_status: self.data_protection_status,
            inherited_properties: self.inherited_properties,
            kms_key_id: self.kms_key_id,
            log_group_name: self.log_group_name,
            metric_filter_count: self.metric_filter_count,
            retention_in_days: self.retention_in_days,
            stored_bytes: self.stored_bytes,
        })
    }
}
/// A builder for [`LogGroupField`](crate::types::LogGroupField).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct LogGroupFieldBuilder {
    pub(crate) name: ::std::option::Option<::std::string::String>,
    pub(crate) percent: ::std::option::Option<i64>,
}
impl ::std::fmt::Debug for LogGroupFieldBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("LogGroupFieldBuilder").finish_non_exhaustive()
    }
}
impl LogGroupFieldBuilder {
    /// See [`LogGroupField::name`](crate::types::LogGroupField::name).
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
    /// See [`LogGroupField::percent`](crate::types::LogGroupField::percent).
    pub fn percent(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.percent = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`percent`](Self::percent).
    pub fn set_percent(mut self, input: ::std::option::Option<i64>) -> Self {
        self.percent = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::LogGroupField, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::LogGroupField {
            name: self.name,
            percent: self.percent,
        })
    }
}
/// A builder for [`LogStream`](crate::types::LogStream).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct LogStreamBuilder {
    pub(crate) arn: ::std::option::Option<::std::string::String>,
    pub(crate) creation_time: ::std::option::Option<i64>,
    pub(crate) first_event_timestamp: ::std::option::Option<i64>,
    pub(crate) last_event_timestamp: ::std::option::Option<i64>,
    pub(crate) last_ingestion_time: ::std::option::Option<i64>,
    pub(crate) log_stream_name: ::std::option::Option<::std::string::String>,
    pub(crate) stored_bytes: ::std::option::Option<i64>,
    pub(crate) upload_sequence_token: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for LogStreamBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("LogStreamBuilder").finish_non_exhaustive()
    }
}
impl LogStreamBuilder {
    /// See [`LogStream::arn`](crate::types::LogStream::arn).
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
    /// See [`LogStream::creation_time`](crate::types::LogStream::creation_time).
    pub fn creation_time(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.creation_time = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`creation_time`](Self::creation_time).
    pub fn set_creation_time(mut self, input: ::std::option::Option<i64>) -> Self {
        self.creation_time = input;
        self
    }
    /// See [`LogStream::first_event_timestamp`](crate::types::LogStream::first_event_timestamp).
    pub fn first_event_timestamp(
        mut self,
        input: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.first_event_timestamp = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`first_event_timestamp`](Self::first_event_timestamp).
    pub fn set_first_event_timestamp(
        mut self,
        input: ::std::option::Option<i64>,
    ) -> Self {
        self.first_event_timestamp = input;
        self
    }
    /// See [`LogStream::last_event_timestamp`](crate::types::LogStream::last_event_timestamp).
    pub fn last_event_timestamp(
        mut self,
        input: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.last_event_timestamp = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`last_event_timestamp`](Self::last_event_timestamp).
    pub fn set_last_event_timestamp(
        mut self,
        input: ::std::option::Option<i64>,
    ) -> Self {
        self.last_event_timestamp = input;
        self
    }
    /// See [`LogStream::last_ingestion_time`](crate::types::LogStream::last_ingestion_time).
    pub fn last_ingestion_time(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.last_ingestion_time = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`last_ingestion_time`](Self::last_ingestion_time).
    pub fn set_last_ingestion_time(mut self, input: ::std::option::Option<i64>) -> Self {
        self.last_ingestion_time = input;
        self
    }
    /// See [`LogStream::log_stream_name`](crate::types::LogStream::log_stream_name).
    pub fn log_stream_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.log_stream_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`log_stream_name`](Self::log_stream_name).
    pub fn set_log_stream_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.log_stream_name = input;
        self
    }
    /// See [`LogStream::stored_bytes`](crate::types::LogStream::stored_bytes).
    pub fn stored_bytes(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.stored_bytes = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`stored_bytes`](Self::stored_bytes).
    pub fn set_stored_bytes(mut self, input: ::std::option::Option<i64>) -> Self {
        self.stored_bytes = input;
        self
    }
    /// See [`LogStream::upload_sequence_token`](crate::types::LogStream::upload_sequence_token).
    pub fn upload_sequence_token(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.upload_sequence_token = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`upload_sequence_token`](Self::upload_sequence_token).
    pub fn set_upload_sequence_token(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.upload_sequence_token = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::LogStream, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::LogStream {
            arn: self.arn,
            creation_time: self.creation_time,
            first_event_timestamp: self.first_event_timestamp,
            last_event_timestamp: self.last_event_timestamp,
            last_ingestion_time: self.last_ingestion_time,
            log_stream_name: self.log_stream_name,
            stored_bytes: self.stored_bytes,
            upload_sequence_token: self.upload_sequence_token,
        })
    }
}
/// A builder for [`MetricFilter`](crate::types::MetricFilter).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct MetricFilterBuilder {
    pub(crate) creation_time: ::std::option::Option<i64>,
    pub(crate) filter_name: ::std::option::Option<::std::string::String>,
    pub(crate) filter_pattern: ::std::option::Option<::std::string::String>,
    pub(crate) log_group_name: ::std::option::Option<::std::string::String>,
    pub(crate) metric_transformations: ::std::option::Option<
        ::std::vec::Vec<crate::types::MetricTransformation>,
    >,
}
impl ::std::fmt::Debug for MetricFilterBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("MetricFilterBuilder").finish_non_exhaustive()
    }
}
impl MetricFilterBuilder {
    /// See [`MetricFilter::creation_time`](crate::types::MetricFilter::creation_time).
    pub fn creation_time(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.creation_time = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`creation_time`](Self::creation_time).
    pub fn set_creation_time(mut self, input: ::std::option::Option<i64>) -> Self {
        self.creation_time = input;
        self
    }
    /// See [`MetricFilter::filter_name`](crate::types::MetricFilter::filter_name).
    pub fn filter_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.filter_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`filter_name`](Self::filter_name).
    pub fn set_filter_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.filter_name = input;
        self
    }
    /// See [`MetricFilter::filter_pattern`](crate::types::MetricFilter::filter_pattern).
    pub fn filter_pattern(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.filter_pattern = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`filter_pattern`](Self::filter_pattern).
    pub fn set_filter_pattern(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.filter_pattern = input;
        self
    }
    /// See [`MetricFilter::log_group_name`](crate::types::MetricFilter::log_group_name).
    pub fn log_group_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.log_group_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`log_group_name`](Self::log_group_name).
    pub fn set_log_group_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.log_group_name = input;
        self
    }
    /// See [`MetricFilter::metric_transformations`](crate::types::MetricFilter::metric_transformations).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn metric_transformations(
        mut self,
        input: impl ::std::convert::Into<crate::types::MetricTransformation>,
    ) -> Self {
        self.metric_transformations
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`metric_transformations`](Self::metric_transformations).
    pub fn set_metric_transformations(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::MetricTransformation>>,
    ) -> Self {
        self.metric_transformations = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::MetricFilter, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::MetricFilter {
            creation_time: self.creation_time,
            filter_name: self.filter_name,
            filter_pattern: self.filter_pattern,
            log_group_name: self.log_group_name,
            metric_transformations: self.metric_transformations,
        })
    }
}
/// A builder for [`MetricFilterMatchRecord`](crate::types::MetricFilterMatchRecord).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct MetricFilterMatchRecordBuilder {
    pub(crate) event_message: ::std::option::Option<::std::string::String>,
    pub(crate) event_number: ::std::option::Option<i64>,
    pub(crate) extracted_values: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
}
impl ::std::fmt::Debug for MetricFilterMatchRecordBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("MetricFilterMatchRecordBuilder").finish_non_exhaustive()
    }
}
impl MetricFilterMatchRecordBuilder {
    /// See [`MetricFilterMatchRecord::event_message`](crate::types::MetricFilterMatchRecord::event_message).
    pub fn event_message(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.event_message = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`event_message`](Self::event_message).
    pub fn set_event_message(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.event_message = input;
        self
    }
    /// See [`MetricFilterMatchRecord::event_number`](crate::types::MetricFilterMatchRecord::event_number).
    pub fn event_number(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.event_number = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`event_number`](Self::event_number).
    pub fn set_event_number(mut self, input: ::std::option::Option<i64>) -> Self {
        self.event_number = input;
        self
    }
    /// See [`MetricFilterMatchRecord::extracted_values`](crate::types::MetricFilterMatchRecord::extracted_values).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn extracted_values(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.extracted_values
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`extracted_values`](Self::extracted_values).
    pub fn set_extracted_values(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        >,
    ) -> Self {
        self.extracted_values = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::MetricFilterMatchRecord,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::MetricFilterMatchRecord {
            event_message: self.event_message,
            event_number: self.event_number,
            extracted_values: self.extracted_values,
        })
    }
}
/// A builder for [`MetricTransformation`](crate::types::MetricTransformation).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct MetricTransformationBuilder {
    pub(crate) default_value: ::std::option::Option<f64>,
    pub(crate) dimensions: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    pub(crate) metric_name: ::std::option::Option<::std::string::String>,
    pub(crate) metric_namespace: ::std::option::Option<::std::string::String>,
    pub(crate) metric_value: ::std::option::Option<::std::string::String>,
    pub(crate) unit: ::std::option::Option<crate::types::StandardUnit>,
}
impl ::std::fmt::Debug for MetricTransformationBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("MetricTransformationBuilder").finish_non_exhaustive()
    }
}
impl MetricTransformationBuilder {
    /// See [`MetricTransformation::default_value`](crate::types::MetricTransformation::default_value).
    pub fn default_value(mut self, input: impl ::std::convert::Into<f64>) -> Self {
        self.default_value = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`default_value`](Self::default_value).
    pub fn set_default_value(mut self, input: ::std::option::Option<f64>) -> Self {
        self.default_value = input;
        self
    }
    /// See [`MetricTransformation::dimensions`](crate::types::MetricTransformation::dimensions).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn dimensions(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.dimensions
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`dimensions`](Self::dimensions).
    pub fn set_dimensions(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        >,
    ) -> Self {
        self.dimensions = input;
        self
    }
    /// See [`MetricTransformation::metric_name`](crate::types::MetricTransformation::metric_name).
    pub fn metric_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.metric_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`metric_name`](Self::metric_name).
    pub fn set_metric_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.metric_name = input;
        self
    }
    /// See [`MetricTransformation::metric_namespace`](crate::types::MetricTransformation::metric_namespace).
    pub fn metric_namespace(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.metric_namespace = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`metric_namespace`](Self::metric_namespace).
    pub fn set_metric_namespace(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.metric_namespace = input;
        self
    }
    /// See [`MetricTransformation::metric_value`](crate::types::MetricTransformation::metric_value).
    pub fn metric_value(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.metric_value = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`metric_value`](Self::metric_value).
    pub fn set_metric_value(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.metric_value = input;
        self
    }
    /// See [`MetricTransformation::unit`](crate::types::MetricTransformation::unit).
    pub fn unit(
        mut self,
        input: impl ::std::convert::Into<crate::types::StandardUnit>,
    ) -> Self {
        self.unit = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`unit`](Self::unit).
    pub fn set_unit(
        mut self,
        input: ::std::option::Option<crate::types::StandardUnit>,
    ) -> Self {
        self.unit = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::MetricTransformation,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::MetricTransformation {
            default_value: self.default_value,
            dimensions: self.dimensions,
            metric_name: self
                .metric_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "MetricTransformation",
                        "metric_name",
                    ),
                )?,
            metric_namespace: self
                .metric_namespace
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "MetricTransformation",
                        "metric_namespace",
                    ),
                )?,
            metric_value: self
                .metric_value
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "MetricTransformation",
                        "metric_value",
                    ),
                )?,
            unit: self.unit,
        })
    }
}
/// A builder for [`OutputLogEvent`](crate::types::OutputLogEvent).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct OutputLogEventBuilder {
    pub(crate) ingestion_time: ::std::option::Option<i64>,
    pub(crate) message: ::std::option::Option<::std::string::String>,
    pub(crate) timestamp: ::std::option::Option<i64>,
}
impl ::std::fmt::Debug for OutputLogEventBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("OutputLogEventBuilder").finish_non_exhaustive()
    }
}
impl OutputLogEventBuilder {
    /// See [`OutputLogEvent::ingestion_time`](crate::types::OutputLogEvent::ingestion_time).
    pub fn ingestion_time(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.ingestion_time = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`ingestion_time`](Self::ingestion_time).
    pub fn set_ingestion_time(mut self, input: ::std::option::Option<i64>) -> Self {
        self.ingestion_time = input;
        self
    }
    /// See [`OutputLogEvent::message`](crate::types::OutputLogEvent::message).
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
    /// See [`OutputLogEvent::timestamp`](crate::types::OutputLogEvent::timestamp).
    pub fn timestamp(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.timestamp = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`timestamp`](Self::timestamp).
    pub fn set_timestamp(mut self, input: ::std::option::Option<i64>) -> Self {
        self.timestamp = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::OutputLogEvent,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::OutputLogEvent {
            ingestion_time: self.ingestion_time,
            message: self.message,
            timestamp: self.timestamp,
        })
    }
}
/// A builder for [`PutAccountPolicyRequest`](crate::types::PutAccountPolicyRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct PutAccountPolicyRequestBuilder {
    pub(crate) policy_document: ::std::option::Option<::std::string::String>,
    pub(crate) policy_name: ::std::option::Option<::std::string::String>,
    pub(crate) policy_type: ::std::option::Option<crate::types::PolicyType>,
    pub(crate) scope: ::std::option::Option<crate::types::Scope>,
}
impl ::std::fmt::Debug for PutAccountPolicyRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("PutAccountPolicyRequestBuilder").finish_non_exhaustive()
    }
}
impl PutAccountPolicyRequestBuilder {
    /// See [`PutAccountPolicyRequest::policy_document`](crate::types::PutAccountPolicyRequest::policy_document).
    pub fn policy_document(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.policy_document = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`policy_document`](Self::policy_document).
    pub fn set_policy_document(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.policy_document = input;
        self
    }
    /// See [`PutAccountPolicyRequest::policy_name`](crate::types::PutAccountPolicyRequest::policy_name).
    pub fn policy_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.policy_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`policy_name`](Self::policy_name).
    pub fn set_policy_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.policy_name = input;
        self
    }
    /// See [`PutAccountPolicyRequest::policy_type`](crate::types::PutAccountPolicyRequest::policy_type).
    pub fn policy_type(
        mut self,
        input: impl ::std::convert::Into<crate::types::PolicyType>,
    ) -> Self {
        self.policy_type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`policy_type`](Self::policy_type).
    pub fn set_policy_type(
        mut self,
        input: ::std::option::Option<crate::types::PolicyType>,
    ) -> Self {
        self.policy_type = input;
        self
    }
    /// See [`PutAccountPolicyRequest::scope`](crate::types::PutAccountPolicyRequest::scope).
    pub fn scope(
        mut self,
        input: impl ::std::convert::Into<crate::types::Scope>,
    ) -> Self {
        self.scope = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`scope`](Self::scope).
    pub fn set_scope(
        mut self,
        input: ::std::option::Option<crate::types::Scope>,
    ) -> Self {
        self.scope = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::PutAccountPolicyRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::PutAccountPolicyRequest {
            policy_document: self
                .policy_document
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "PutAccountPolicyRequest",
                        "policy_document",
                    ),
                )?,
            policy_name: self
                .policy_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "PutAccountPolicyRequest",
                        "policy_name",
                    ),
                )?,
            policy_type: self
                .policy_type
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "PutAccountPolicyRequest",
                        "policy_type",
                    ),
                )?,
            scope: self.scope,
        })
    }
}
/// A builder for [`PutAccountPolicyResponse`](crate::types::PutAccountPolicyResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct PutAccountPolicyResponseBuilder {
    pub(crate) account_policy: ::std::option::Option<crate::types::AccountPolicy>,
}
impl ::std::fmt::Debug for PutAccountPolicyResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("PutAccountPolicyResponseBuilder").finish_non_exhaustive()
    }
}
impl PutAccountPolicyResponseBuilder {
    /// See [`PutAccountPolicyResponse::account_policy`](crate::types::PutAccountPolicyResponse::account_policy).
    pub fn account_policy(
        mut self,
        input: impl ::std::convert::Into<crate::types::AccountPolicy>,
    ) -> Self {
        self.account_policy = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`account_policy`](Self::account_policy).
    pub fn set_account_policy(
        mut self,
        input: ::std::option::Option<crate::types::AccountPolicy>,
    ) -> Self {
        self.account_policy = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::PutAccountPolicyResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::PutAccountPolicyResponse {
            account_policy: self.account_policy,
        })
    }
}
/// A builder for [`PutDataProtectionPolicyRequest`](crate::types::PutDataProtectionPolicyRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct PutDataProtectionPolicyRequestBuilder {
    pub(crate) log_group_identifier: ::std::option::Option<::std::string::String>,
    pub(crate) policy_document: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for PutDataProtectionPolicyRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("PutDataProtectionPolicyRequestBuilder").finish_non_exhaustive()
    }
}
impl PutDataProtectionPolicyRequestBuilder {
    /// See [`PutDataProtectionPolicyRequest::log_group_identifier`](crate::types::PutDataProtectionPolicyRequest::log_group_identifier).
    pub fn log_group_identifier(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.log_group_identifier = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`log_group_identifier`](Self::log_group_identifier).
    pub fn set_log_group_identifier(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.log_group_identifier = input;
        self
    }
    /// See [`PutDataProtectionPolicyRequest::policy_document`](crate::types::PutDataProtectionPolicyRequest::policy_document).
    pub fn policy_document(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.policy_document = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`policy_document`](Self::policy_document).
    pub fn set_policy_document(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.policy_document = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::PutDataProtectionPolicyRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::PutDataProtectionPolicyRequest {
            log_group_identifier: self
                .log_group_identifier
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "PutDataProtectionPolicyRequest",
                        "log_group_identifier",
                    ),
                )?,
            policy_document: self
                .policy_document
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "PutDataProtectionPolicyRequest",
                        "policy_document",
                    ),
                )?,
        })
    }
}
/// A builder for [`PutDataProtectionPolicyResponse`](crate::types::PutDataProtectionPolicyResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct PutDataProtectionPolicyResponseBuilder {
    pub(crate) last_updated_time: ::std::option::Option<i64>,
    pub(crate) log_group_identifier: ::std::option::Option<::std::string::String>,
    pub(crate) policy_document: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for PutDataProtectionPolicyResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("PutDataProtectionPolicyResponseBuilder").finish_non_exhaustive()
    }
}
impl PutDataProtectionPolicyResponseBuilder {
    /// See [`PutDataProtectionPolicyResponse::last_updated_time`](crate::types::PutDataProtectionPolicyResponse::last_updated_time).
    pub fn last_updated_time(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.last_updated_time = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`last_updated_time`](Self::last_updated_time).
    pub fn set_last_updated_time(mut self, input: ::std::option::Option<i64>) -> Self {
        self.last_updated_time = input;
        self
    }
    /// See [`PutDataProtectionPolicyResponse::log_group_identifier`](crate::types::PutDataProtectionPolicyResponse::log_group_identifier).
    pub fn log_group_identifier(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.log_group_identifier = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`log_group_identifier`](Self::log_group_identifier).
    pub fn set_log_group_identifier(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.log_group_identifier = input;
        self
    }
    /// See [`PutDataProtectionPolicyResponse::policy_document`](crate::types::PutDataProtectionPolicyResponse::policy_document).
    pub fn policy_document(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.policy_document = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`policy_document`](Self::policy_document).
    pub fn set_policy_document(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.policy_document = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::PutDataProtectionPolicyResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::PutDataProtectionPolicyResponse {
            last_updated_time: self.last_updated_time,
            log_group_identifier: self.log_group_identifier,
            policy_document: self.policy_document,
        })
    }
}
/// A builder for [`PutDestinationPolicyRequest`](crate::types::PutDestinationPolicyRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct PutDestinationPolicyRequestBuilder {
    pub(crate) access_policy: ::std::option::Option<::std::string::String>,
    pub(crate) destination_name: ::std::option::Option<::std::string::String>,
    pub(crate) force_update: ::std::option::Option<bool>,
}
impl ::std::fmt::Debug for PutDestinationPolicyRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("PutDestinationPolicyRequestBuilder").finish_non_exhaustive()
    }
}
impl PutDestinationPolicyRequestBuilder {
    /// See [`PutDestinationPolicyRequest::access_policy`](crate::types::PutDestinationPolicyRequest::access_policy).
    pub fn access_policy(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.access_policy = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`access_policy`](Self::access_policy).
    pub fn set_access_policy(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.access_policy = input;
        self
    }
    /// See [`PutDestinationPolicyRequest::destination_name`](crate::types::PutDestinationPolicyRequest::destination_name).
    pub fn destination_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.destination_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`destination_name`](Self::destination_name).
    pub fn set_destination_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.destination_name = input;
        self
    }
    /// See [`PutDestinationPolicyRequest::force_update`](crate::types::PutDestinationPolicyRequest::force_update).
    pub fn force_update(mut self, input: impl ::std::convert::Into<bool>) -> Self {
        self.force_update = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`force_update`](Self::force_update).
    pub fn set_force_update(mut self, input: ::std::option::Option<bool>) -> Self {
        self.force_update = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::PutDestinationPolicyRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::PutDestinationPolicyRequest {
            access_policy: self
                .access_policy
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "PutDestinationPolicyRequest",
                        "access_policy",
                    ),
                )?,
            destination_name: self
                .destination_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "PutDestinationPolicyRequest",
                        "destination_name",
                    ),
                )?,
            force_update: self.force_update,
        })
    }
}
/// A builder for [`PutDestinationRequest`](crate::types::PutDestinationRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct PutDestinationRequestBuilder {
    pub(crate) destination_name: ::std::option::Option<::std::string::String>,
    pub(crate) role_arn: ::std::option::Option<::std::string::String>,
    pub(crate) tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    pub(crate) target_arn: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for PutDestinationRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("PutDestinationRequestBuilder").finish_non_exhaustive()
    }
}
impl PutDestinationRequestBuilder {
    /// See [`PutDestinationRequest::destination_name`](crate::types::PutDestinationRequest::destination_name).
    pub fn destination_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.destination_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`destination_name`](Self::destination_name).
    pub fn set_destination_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.destination_name = input;
        self
    }
    /// See [`PutDestinationRequest::role_arn`](crate::types::PutDestinationRequest::role_arn).
    pub fn role_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.role_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`role_arn`](Self::role_arn).
    pub fn set_role_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.role_arn = input;
        self
    }
    /// See [`PutDestinationRequest::tags`](crate::types::PutDestinationRequest::tags).
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
    /// See [`PutDestinationRequest::target_arn`](crate::types::PutDestinationRequest::target_arn).
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
        crate::types::PutDestinationRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::PutDestinationRequest {
            destination_name: self
                .destination_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "PutDestinationRequest",
                        "destination_name",
                    ),
                )?,
            role_arn: self
                .role_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "PutDestinationRequest",
                        "role_arn",
                    ),
                )?,
            tags: self.tags,
            target_arn: self
                .target_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "PutDestinationRequest",
                        "target_arn",
                    ),
                )?,
        })
    }
}
/// A builder for [`PutDestinationResponse`](crate::types::PutDestinationResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct PutDestinationResponseBuilder {
    pub(crate) destination: ::std::option::Option<crate::types::Destination>,
}
impl ::std::fmt::Debug for PutDestinationResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("PutDestinationResponseBuilder").finish_non_exhaustive()
    }
}
impl PutDestinationResponseBuilder {
    /// See [`PutDestinationResponse::destination`](crate::types::PutDestinationResponse::destination).
    pub fn destination(
        mut self,
        input: impl ::std::convert::Into<crate::types::Destination>,
    ) -> Self {
        self.destination = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`destination`](Self::destination).
    pub fn set_destination(
        mut self,
        input: ::std::option::Option<crate::types::Destination>,
    ) -> Self {
        self.destination = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::PutDestinationResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::PutDestinationResponse {
            destination: self.destination,
        })
    }
}
/// A builder for [`PutLogEventsRequest`](crate::types::PutLogEventsRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct PutLogEventsRequestBuilder {
    pub(crate) log_events: ::std::option::Option<
        ::std::vec::Vec<crate::types::InputLogEvent>,
    >,
    pub(crate) log_group_name: ::std::option::Option<::std::string::String>,
    pub(crate) log_stream_name: ::std::option::Option<::std::string::String>,
    pub(crate) sequence_token: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for PutLogEventsRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("PutLogEventsRequestBuilder").finish_non_exhaustive()
    }
}
impl PutLogEventsRequestBuilder {
    /// See [`PutLogEventsRequest::log_events`](crate::types::PutLogEventsRequest::log_events).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn log_events(
        mut self,
        input: impl ::std::convert::Into<crate::types::InputLogEvent>,
    ) -> Self {
        self.log_events.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`log_events`](Self::log_events).
    pub fn set_log_events(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::InputLogEvent>>,
    ) -> Self {
        self.log_events = input;
        self
    }
    /// See [`PutLogEventsRequest::log_group_name`](crate::types::PutLogEventsRequest::log_group_name).
    pub fn log_group_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.log_group_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`log_group_name`](Self::log_group_name).
    pub fn set_log_group_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.log_group_name = input;
        self
    }
    /// See [`PutLogEventsRequest::log_stream_name`](crate::types::PutLogEventsRequest::log_stream_name).
    pub fn log_stream_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.log_stream_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`log_stream_name`](Self::log_stream_name).
    pub fn set_log_stream_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.log_stream_name = input;
        self
    }
    /// See [`PutLogEventsRequest::sequence_token`](crate::types::PutLogEventsRequest::sequence_token).
    pub fn sequence_token(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.sequence_token = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`sequence_token`](Self::sequence_token).
    pub fn set_sequence_token(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.sequence_token = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::PutLogEventsRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::PutLogEventsRequest {
            log_events: self
                .log_events
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "PutLogEventsRequest",
                        "log_events",
                    ),
                )?,
            log_group_name: self
                .log_group_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "PutLogEventsRequest",
                        "log_group_name",
                    ),
                )?,
            log_stream_name: self
                .log_stream_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "PutLogEventsRequest",
                        "log_stream_name",
                    ),
                )?,
            sequence_token: self.sequence_token,
        })
    }
}
/// A builder for [`PutLogEventsResponse`](crate::types::PutLogEventsResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct PutLogEventsResponseBuilder {
    pub(crate) next_sequence_token: ::std::option::Option<::std::string::String>,
    pub(crate) rejected_log_events_info: ::std::option::Option<
        crate::types::RejectedLogEventsInfo,
    >,
}
impl ::std::fmt::Debug for PutLogEventsResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("PutLogEventsResponseBuilder").finish_non_exhaustive()
    }
}
impl PutLogEventsResponseBuilder {
    /// See [`PutLogEventsResponse::next_sequence_token`](crate::types::PutLogEventsResponse::next_sequence_token).
    pub fn next_sequence_token(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.next_sequence_token = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`next_sequence_token`](Self::next_sequence_token).
    pub fn set_next_sequence_token(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.next_sequence_token = input;
        self
    }
    /// See [`PutLogEventsResponse::rejected_log_events_info`](crate::types::PutLogEventsResponse::rejected_log_events_info).
    pub fn rejected_log_events_info(
        mut self,
        input: impl ::std::convert::Into<crate::types::RejectedLogEventsInfo>,
    ) -> Self {
        self.rejected_log_events_info = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`rejected_log_events_info`](Self::rejected_log_events_info).
    pub fn set_rejected_log_events_info(
        mut self,
        input: ::std::option::Option<crate::types::RejectedLogEventsInfo>,
    ) -> Self {
        self.rejected_log_events_info = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::PutLogEventsResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::PutLogEventsResponse {
            next_sequence_token: self.next_sequence_token,
            rejected_log_events_info: self.rejected_log_events_info,
        })
    }
}
/// A builder for [`PutMetricFilterRequest`](crate::types::PutMetricFilterRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct PutMetricFilterRequestBuilder {
    pub(crate) filter_name: ::std::option::Option<::std::string::String>,
    pub(crate) filter_pattern: ::std::option::Option<::std::string::String>,
    pub(crate) log_group_name: ::std::option::Option<::std::string::String>,
    pub(crate) metric_transformations: ::std::option::Option<
        ::std::vec::Vec<crate::types::MetricTransformation>,
    >,
}
impl ::std::fmt::Debug for PutMetricFilterRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("PutMetricFilterRequestBuilder").finish_non_exhaustive()
    }
}
impl PutMetricFilterRequestBuilder {
    /// See [`PutMetricFilterRequest::filter_name`](crate::types::PutMetricFilterRequest::filter_name).
    pub fn filter_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.filter_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`filter_name`](Self::filter_name).
    pub fn set_filter_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.filter_name = input;
        self
    }
    /// See [`PutMetricFilterRequest::filter_pattern`](crate::types::PutMetricFilterRequest::filter_pattern).
    pub fn filter_pattern(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.filter_pattern = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`filter_pattern`](Self::filter_pattern).
    pub fn set_filter_pattern(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.filter_pattern = input;
        self
    }
    /// See [`PutMetricFilterRequest::log_group_name`](crate::types::PutMetricFilterRequest::log_group_name).
    pub fn log_group_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.log_group_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`log_group_name`](Self::log_group_name).
    pub fn set_log_group_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.log_group_name = input;
        self
    }
    /// See [`PutMetricFilterRequest::metric_transformations`](crate::types::PutMetricFilterRequest::metric_transformations).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn metric_transformations(
        mut self,
        input: impl ::std::convert::Into<crate::types::MetricTransformation>,
    ) -> Self {
        self.metric_transformations
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`metric_transformations`](Self::metric_transformations).
    pub fn set_metric_transformations(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::MetricTransformation>>,
    ) -> Self {
        self.metric_transformations = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::PutMetricFilterRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::PutMetricFilterRequest {
            filter_name: self
                .filter_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "PutMetricFilterRequest",
                        "filter_name",
                    ),
                )?,
            filter_pattern: self
                .filter_pattern
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "PutMetricFilterRequest",
                        "filter_pattern",
                    ),
                )?,
            log_group_name: self
                .log_group_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "PutMetricFilterRequest",
                        "log_group_name",
                    ),
                )?,
            metric_transformations: self
                .metric_transformations
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "PutMetricFilterRequest",
                        "metric_transformations",
                    ),
                )?,
        })
    }
}
/// A builder for [`PutQueryDefinitionRequest`](crate::types::PutQueryDefinitionRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct PutQueryDefinitionRequestBuilder {
    pub(crate) log_group_names: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    pub(crate) name: ::std::option::Option<::std::string::String>,
    pub(crate) query_definition_id: ::std::option::Option<::std::string::String>,
    pub(crate) query_string: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for PutQueryDefinitionRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("PutQueryDefinitionRequestBuilder").finish_non_exhaustive()
    }
}
impl PutQueryDefinitionRequestBuilder {
    /// See [`PutQueryDefinitionRequest::log_group_names`](crate::types::PutQueryDefinitionRequest::log_group_names).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn log_group_names(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.log_group_names.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`log_group_names`](Self::log_group_names).
    pub fn set_log_group_names(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.log_group_names = input;
        self
    }
    /// See [`PutQueryDefinitionRequest::name`](crate::types::PutQueryDefinitionRequest::name).
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
    /// See [`PutQueryDefinitionRequest::query_definition_id`](crate::types::PutQueryDefinitionRequest::query_definition_id).
    pub fn query_definition_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.query_definition_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`query_definition_id`](Self::query_definition_id).
    pub fn set_query_definition_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.query_definition_id = input;
        self
    }
    /// See [`PutQueryDefinitionRequest::query_string`](crate::types::PutQueryDefinitionRequest::query_string).
    pub fn query_string(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.query_string = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`query_string`](Self::query_string).
    pub fn set_query_string(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.query_string = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::PutQueryDefinitionRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::PutQueryDefinitionRequest {
            log_group_names: self.log_group_names,
            name: self
                .name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "PutQueryDefinitionRequest",
                        "name",
                    ),
                )?,
            query_definition_id: self.query_definition_id,
            query_string: self
                .query_string
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "PutQueryDefinitionRequest",
                        "query_string",
                    ),
                )?,
        })
    }
}
/// A builder for [`PutQueryDefinitionResponse`](crate::types::PutQueryDefinitionResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct PutQueryDefinitionResponseBuilder {
    pub(crate) query_definition_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for PutQueryDefinitionResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("PutQueryDefinitionResponseBuilder").finish_non_exhaustive()
    }
}
impl PutQueryDefinitionResponseBuilder {
    /// See [`PutQueryDefinitionResponse::query_definition_id`](crate::types::PutQueryDefinitionResponse::query_definition_id).
    pub fn query_definition_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.query_definition_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`query_definition_id`](Self::query_definition_id).
    pub fn set_query_definition_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.query_definition_id = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::PutQueryDefinitionResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::PutQueryDefinitionResponse {
            query_definition_id: self.query_definition_id,
        })
    }
}
/// A builder for [`PutResourcePolicyRequest`](crate::types::PutResourcePolicyRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct PutResourcePolicyRequestBuilder {
    pub(crate) policy_document: ::std::option::Option<::std::string::String>,
    pub(crate) policy_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for PutResourcePolicyRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("PutResourcePolicyRequestBuilder").finish_non_exhaustive()
    }
}
impl PutResourcePolicyRequestBuilder {
    /// See [`PutResourcePolicyRequest::policy_document`](crate::types::PutResourcePolicyRequest::policy_document).
    pub fn policy_document(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.policy_document = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`policy_document`](Self::policy_document).
    pub fn set_policy_document(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.policy_document = input;
        self
    }
    /// See [`PutResourcePolicyRequest::policy_name`](crate::types::PutResourcePolicyRequest::policy_name).
    pub fn policy_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.policy_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`policy_name`](Self::policy_name).
    pub fn set_policy_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.policy_name = input;
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
            policy_document: self.policy_document,
            policy_name: self.policy_name,
        })
    }
}
/// A builder for [`PutResourcePolicyResponse`](crate::types::PutResourcePolicyResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct PutResourcePolicyResponseBuilder {
    pub(crate) resource_policy: ::std::option::Option<crate::types::ResourcePolicy>,
}
impl ::std::fmt::Debug for PutResourcePolicyResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("PutResourcePolicyResponseBuilder").finish_non_exhaustive()
    }
}
impl PutResourcePolicyResponseBuilder {
    /// See [`PutResourcePolicyResponse::resource_policy`](crate::types::PutResourcePolicyResponse::resource_policy).
    pub fn resource_policy(
        mut self,
        input: impl ::std::convert::Into<crate::types::ResourcePolicy>,
    ) -> Self {
        self.resource_policy = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`resource_policy`](Self::resource_policy).
    pub fn set_resource_policy(
        mut self,
        input: ::std::option::Option<crate::types::ResourcePolicy>,
    ) -> Self {
        self.resource_policy = input;
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
            resource_policy: self.resource_policy,
        })
    }
}
/// A builder for [`PutRetentionPolicyRequest`](crate::types::PutRetentionPolicyRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct PutRetentionPolicyRequestBuilder {
    pub(crate) log_group_name: ::std::option::Option<::std::string::String>,
    pub(crate) retention_in_days: ::std::option::Option<i64>,
}
impl ::std::fmt::Debug for PutRetentionPolicyRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("PutRetentionPolicyRequestBuilder").finish_non_exhaustive()
    }
}
impl PutRetentionPolicyRequestBuilder {
    /// See [`PutRetentionPolicyRequest::log_group_name`](crate::types::PutRetentionPolicyRequest::log_group_name).
    pub fn log_group_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.log_group_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`log_group_name`](Self::log_group_name).
    pub fn set_log_group_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.log_group_name = input;
        self
    }
    /// See [`PutRetentionPolicyRequest::retention_in_days`](crate::types::PutRetentionPolicyRequest::retention_in_days).
    pub fn retention_in_days(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.retention_in_days = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`retention_in_days`](Self::retention_in_days).
    pub fn set_retention_in_days(mut self, input: ::std::option::Option<i64>) -> Self {
        self.retention_in_days = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::PutRetentionPolicyRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::PutRetentionPolicyRequest {
            log_group_name: self
                .log_group_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "PutRetentionPolicyRequest",
                        "log_group_name",
                    ),
                )?,
            retention_in_days: self
                .retention_in_days
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "PutRetentionPolicyRequest",
                        "retention_in_days",
                    ),
                )?,
        })
    }
}
/// A builder for [`PutSubscriptionFilterRequest`](crate::types::PutSubscriptionFilterRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct PutSubscriptionFilterRequestBuilder {
    pub(crate) destination_arn: ::std::option::Option<::std::string::String>,
    pub(crate) distribution: ::std::option::Option<crate::types::Distribution>,
    pub(crate) filter_name: ::std::option::Option<::std::string::String>,
    pub(crate) filter_pattern: ::std::option::Option<::std::string::String>,
    pub(crate) log_group_name: ::std::option::Option<::std::string::String>,
    pub(crate) role_arn: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for PutSubscriptionFilterRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("PutSubscriptionFilterRequestBuilder").finish_non_exhaustive()
    }
}
impl PutSubscriptionFilterRequestBuilder {
    /// See [`PutSubscriptionFilterRequest::destination_arn`](crate::types::PutSubscriptionFilterRequest::destination_arn).
    pub fn destination_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.destination_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`destination_arn`](Self::destination_arn).
    pub fn set_destination_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.destination_arn = input;
        self
    }
    /// See [`PutSubscriptionFilterRequest::distribution`](crate::types::PutSubscriptionFilterRequest::distribution).
    pub fn distribution(
        mut self,
        input: impl ::std::convert::Into<crate::types::Distribution>,
    ) -> Self {
        self.distribution = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`distribution`](Self::distribution).
    pub fn set_distribution(
        mut self,
        input: ::std::option::Option<crate::types::Distribution>,
    ) -> Self {
        self.distribution = input;
        self
    }
    /// See [`PutSubscriptionFilterRequest::filter_name`](crate::types::PutSubscriptionFilterRequest::filter_name).
    pub fn filter_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.filter_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`filter_name`](Self::filter_name).
    pub fn set_filter_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.filter_name = input;
        self
    }
    /// See [`PutSubscriptionFilterRequest::filter_pattern`](crate::types::PutSubscriptionFilterRequest::filter_pattern).
    pub fn filter_pattern(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.filter_pattern = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`filter_pattern`](Self::filter_pattern).
    pub fn set_filter_pattern(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.filter_pattern = input;
        self
    }
    /// See [`PutSubscriptionFilterRequest::log_group_name`](crate::types::PutSubscriptionFilterRequest::log_group_name).
    pub fn log_group_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.log_group_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`log_group_name`](Self::log_group_name).
    pub fn set_log_group_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.log_group_name = input;
        self
    }
    /// See [`PutSubscriptionFilterRequest::role_arn`](crate::types::PutSubscriptionFilterRequest::role_arn).
    pub fn role_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.role_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`role_arn`](Self::role_arn).
    pub fn set_role_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.role_arn = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::PutSubscriptionFilterRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::PutSubscriptionFilterRequest {
            destination_arn: self
                .destination_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "PutSubscriptionFilterRequest",
                        "destination_arn",
                    ),
                )?,
            distribution: self.distribution,
            filter_name: self
                .filter_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "PutSubscriptionFilterRequest",
                        "filter_name",
                    ),
                )?,
            filter_pattern: self
                .filter_pattern
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "PutSubscriptionFilterRequest",
                        "filter_pattern",
                    ),
                )?,
            log_group_name: self
                .log_group_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "PutSubscriptionFilterRequest",
                        "log_group_name",
                    ),
                )?,
            role_arn: self.role_arn,
        })
    }
}
/// A builder for [`QueryDefinition`](crate::types::QueryDefinition).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct QueryDefinitionBuilder {
    pub(crate) last_modified: ::std::option::Option<i64>,
    pub(crate) log_group_names: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    pub(crate) name: ::std::option::Option<::std::string::String>,
    pub(crate) query_definition_id: ::std::option::Option<::std::string::String>,
    pub(crate) query_string: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for QueryDefinitionBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("QueryDefinitionBuilder").finish_non_exhaustive()
    }
}
impl QueryDefinitionBuilder {
    /// See [`QueryDefinition::last_modified`](crate::types::QueryDefinition::last_modified).
    pub fn last_modified(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.last_modified = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`last_modified`](Self::last_modified).
    pub fn set_last_modified(mut self, input: ::std::option::Option<i64>) -> Self {
        self.last_modified = input;
        self
    }
    /// See [`QueryDefinition::log_group_names`](crate::types::QueryDefinition::log_group_names).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn log_group_names(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.log_group_names.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`log_group_names`](Self::log_group_names).
    pub fn set_log_group_names(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.log_group_names = input;
        self
    }
    /// See [`QueryDefinition::name`](crate::types::QueryDefinition::name).
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
    /// See [`QueryDefinition::query_definition_id`](crate::types::QueryDefinition::query_definition_id).
    pub fn query_definition_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.query_definition_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`query_definition_id`](Self::query_definition_id).
    pub fn set_query_definition_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.query_definition_id = input;
        self
    }
    /// See [`QueryDefinition::query_string`](crate::types::QueryDefinition::query_string).
    pub fn query_string(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.query_string = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`query_string`](Self::query_string).
    pub fn set_query_string(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.query_string = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::QueryDefinition,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::QueryDefinition {
            last_modified: self.last_modified,
            log_group_names: self.log_group_names,
            name: self.name,
            query_definition_id: self.query_definition_id,
            query_string: self.query_string,
        })
    }
}
/// A builder for [`QueryInfo`](crate::types::QueryInfo).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct QueryInfoBuilder {
    pub(crate) create_time: ::std::option::Option<i64>,
    pub(crate) log_group_name: ::std::option::Option<::std::string::String>,
    pub(crate) query_id: ::std::option::Option<::std::string::String>,
    pub(crate) query_string: ::std::option::Option<::std::string::String>,
    pub(crate) status: ::std::option::Option<crate::types::QueryStatus>,
}
impl ::std::fmt::Debug for QueryInfoBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("QueryInfoBuilder").finish_non_exhaustive()
    }
}
impl QueryInfoBuilder {
    /// See [`QueryInfo::create_time`](crate::types::QueryInfo::create_time).
    pub fn create_time(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.create_time = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`create_time`](Self::create_time).
    pub fn set_create_time(mut self, input: ::std::option::Option<i64>) -> Self {
        self.create_time = input;
        self
    }
    /// See [`QueryInfo::log_group_name`](crate::types::QueryInfo::log_group_name).
    pub fn log_group_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.log_group_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`log_group_name`](Self::log_group_name).
    pub fn set_log_group_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.log_group_name = input;
        self
    }
    /// See [`QueryInfo::query_id`](crate::types::QueryInfo::query_id).
    pub fn query_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.query_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`query_id`](Self::query_id).
    pub fn set_query_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.query_id = input;
        self
    }
    /// See [`QueryInfo::query_string`](crate::types::QueryInfo::query_string).
    pub fn query_string(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.query_string = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`query_string`](Self::query_string).
    pub fn set_query_string(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.query_string = input;
        self
    }
    /// See [`QueryInfo::status`](crate::types::QueryInfo::status).
    pub fn status(
        mut self,
        input: impl ::std::convert::Into<crate::types::QueryStatus>,
    ) -> Self {
        self.status = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`status`](Self::status).
    pub fn set_status(
        mut self,
        input: ::std::option::Option<crate::types::QueryStatus>,
    ) -> Self {
        self.status = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::QueryInfo, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::QueryInfo {
            create_time: self.create_time,
            log_group_name: self.log_group_name,
            query_id: self.query_id,
            query_string: self.query_string,
            status: self.status,
        })
    }
}
/// A builder for [`QueryStatistics`](crate::types::QueryStatistics).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct QueryStatisticsBuilder {
    pub(crate) bytes_scanned: ::std::option::Option<f64>,
    pub(crate) records_matched: ::std::option::Option<f64>,
    pub(crate) records_scanned: ::std::option::Option<f64>,
}
impl ::std::fmt::Debug for QueryStatisticsBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("QueryStatisticsBuilder").finish_non_exhaustive()
    }
}
impl QueryStatisticsBuilder {
    /// See [`QueryStatistics::bytes_scanned`](crate::types::QueryStatistics::bytes_scanned).
    pub fn bytes_scanned(mut self, input: impl ::std::convert::Into<f64>) -> Self {
        self.bytes_scanned = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`bytes_scanned`](Self::bytes_scanned).
    pub fn set_bytes_scanned(mut self, input: ::std::option::Option<f64>) -> Self {
        self.bytes_scanned = input;
        self
    }
    /// See [`QueryStatistics::records_matched`](crate::types::QueryStatistics::records_matched).
    pub fn records_matched(mut self, input: impl ::std::convert::Into<f64>) -> Self {
        self.records_matched = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`records_matched`](Self::records_matched).
    pub fn set_records_matched(mut self, input: ::std::option::Option<f64>) -> Self {
        self.records_matched = input;
        self
    }
    /// See [`QueryStatistics::records_scanned`](crate::types::QueryStatistics::records_scanned).
    pub fn records_scanned(mut self, input: impl ::std::convert::Into<f64>) -> Self {
        self.records_scanned = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`records_scanned`](Self::records_scanned).
    pub fn set_records_scanned(mut self, input: ::std::option::Option<f64>) -> Self {
        self.records_scanned = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::QueryStatistics,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::QueryStatistics {
            bytes_scanned: self.bytes_scanned,
            records_matched: self.records_matched,
            records_scanned: self.records_scanned,
        })
    }
}
/// A builder for [`RejectedLogEventsInfo`](crate::types::RejectedLogEventsInfo).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct RejectedLogEventsInfoBuilder {
    pub(crate) expired_log_event_end_index: ::std::option::Option<i64>,
    pub(crate) too_new_log_event_start_index: ::std::option::Option<i64>,
    pub(crate) too_old_log_event_end_index: ::std::option::Option<i64>,
}
impl ::std::fmt::Debug for RejectedLogEventsInfoBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("RejectedLogEventsInfoBuilder").finish_non_exhaustive()
    }
}
impl RejectedLogEventsInfoBuilder {
    /// See [`RejectedLogEventsInfo::expired_log_event_end_index`](crate::types::RejectedLogEventsInfo::expired_log_event_end_index).
    pub fn expired_log_event_end_index(
        mut self,
        input: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.expired_log_event_end_index = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`expired_log_event_end_index`](Self::expired_log_event_end_index).
    pub fn set_expired_log_event_end_index(
        mut self,
        input: ::std::option::Option<i64>,
    ) -> Self {
        self.expired_log_event_end_index = input;
        self
    }
    /// See [`RejectedLogEventsInfo::too_new_log_event_start_index`](crate::types::RejectedLogEventsInfo::too_new_log_event_start_index).
    pub fn too_new_log_event_start_index(
        mut self,
        input: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.too_new_log_event_start_index = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`too_new_log_event_start_index`](Self::too_new_log_event_start_index).
    pub fn set_too_new_log_event_start_index(
        mut self,
        input: ::std::option::Option<i64>,
    ) -> Self {
        self.too_new_log_event_start_index = input;
        self
    }
    /// See [`RejectedLogEventsInfo::too_old_log_event_end_index`](crate::types::RejectedLogEventsInfo::too_old_log_event_end_index).
    pub fn too_old_log_event_end_index(
        mut self,
        input: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.too_old_log_event_end_index = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`too_old_log_event_end_index`](Self::too_old_log_event_end_index).
    pub fn set_too_old_log_event_end_index(
        mut self,
        input: ::std::option::Option<i64>,
    ) -> Self {
        self.too_old_log_event_end_index = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::RejectedLogEventsInfo,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::RejectedLogEventsInfo {
            expired_log_event_end_index: self.expired_log_event_end_index,
            too_new_log_event_start_index: self.too_new_log_event_start_index,
            too_old_log_event_end_index: self.too_old_log_event_end_index,
        })
    }
}
/// A builder for [`ResourcePolicy`](crate::types::ResourcePolicy).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ResourcePolicyBuilder {
    pub(crate) last_updated_time: ::std::option::Option<i64>,
    pub(crate) policy_document: ::std::option::Option<::std::string::String>,
    pub(crate) policy_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ResourcePolicyBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ResourcePolicyBuilder").finish_non_exhaustive()
    }
}
impl ResourcePolicyBuilder {
    /// See [`ResourcePolicy::last_updated_time`](crate::types::ResourcePolicy::last_updated_time).
    pub fn last_updated_time(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.last_updated_time = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`last_updated_time`](Self::last_updated_time).
    pub fn set_last_updated_time(mut self, input: ::std::option::Option<i64>) -> Self {
        self.last_updated_time = input;
        self
    }
    /// See [`ResourcePolicy::policy_document`](crate::types::ResourcePolicy::policy_document).
    pub fn policy_document(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.policy_document = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`policy_document`](Self::policy_document).
    pub fn set_policy_document(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.policy_document = input;
        self
    }
    /// See [`ResourcePolicy::policy_name`](crate::types::ResourcePolicy::policy_name).
    pub fn policy_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.policy_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`policy_name`](Self::policy_name).
    pub fn set_policy_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.policy_name = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ResourcePolicy,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ResourcePolicy {
            last_updated_time: self.last_updated_time,
            policy_document: self.policy_document,
            policy_name: self.policy_name,
        })
    }
}
/// A builder for [`ResultField`](crate::types::ResultField).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ResultFieldBuilder {
    pub(crate) field: ::std::option::Option<::std::string::String>,
    pub(crate) value: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ResultFieldBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ResultFieldBuilder").finish_non_exhaustive()
    }
}
impl ResultFieldBuilder {
    /// See [`ResultField::field`](crate::types::ResultField::field).
    pub fn field(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.field = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`field`](Self::field).
    pub fn set_field(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.field = input;
        self
    }
    /// See [`ResultField::value`](crate::types::ResultField::value).
    pub fn value(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.value = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`value`](Self::value).
    pub fn set_value(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.value = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::ResultField, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::ResultField {
            field: self.field,
            value: self.value,
        })
    }
}
/// A builder for [`SearchedLogStream`](crate::types::SearchedLogStream).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct SearchedLogStreamBuilder {
    pub(crate) log_stream_name: ::std::option::Option<::std::string::String>,
    pub(crate) searched_completely: ::std::option::Option<bool>,
}
impl ::std::fmt::Debug for SearchedLogStreamBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("SearchedLogStreamBuilder").finish_non_exhaustive()
    }
}
impl SearchedLogStreamBuilder {
    /// See [`SearchedLogStream::log_stream_name`](crate::types::SearchedLogStream::log_stream_name).
    pub fn log_stream_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.log_stream_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`log_stream_name`](Self::log_stream_name).
    pub fn set_log_stream_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.log_stream_name = input;
        self
    }
    /// See [`SearchedLogStream::searched_completely`](crate::types::SearchedLogStream::searched_completely).
    pub fn searched_completely(
        mut self,
        input: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.searched_completely = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`searched_completely`](Self::searched_completely).
    pub fn set_searched_completely(
        mut self,
        input: ::std::option::Option<bool>,
    ) -> Self {
        self.searched_completely = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::SearchedLogStream,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::SearchedLogStream {
            log_stream_name: self.log_stream_name,
            searched_completely: self.searched_completely,
        })
    }
}
/// A builder for [`StartQueryRequest`](crate::types::StartQueryRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct StartQueryRequestBuilder {
    pub(crate) end_time: ::std::option::Option<i64>,
    pub(crate) limit: ::std::option::Option<i64>,
    pub(crate) log_group_identifiers: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    pub(crate) log_group_name: ::std::option::Option<::std::string::String>,
    pub(crate) log_group_names: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    pub(crate) query_string: ::std::option::Option<::std::string::String>,
    pub(crate) start_time: ::std::option::Option<i64>,
}
impl ::std::fmt::Debug for StartQueryRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("StartQueryRequestBuilder").finish_non_exhaustive()
    }
}
impl StartQueryRequestBuilder {
    /// See [`StartQueryRequest::end_time`](crate::types::StartQueryRequest::end_time).
    pub fn end_time(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.end_time = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`end_time`](Self::end_time).
    pub fn set_end_time(mut self, input: ::std::option::Option<i64>) -> Self {
        self.end_time = input;
        self
    }
    /// See [`StartQueryRequest::limit`](crate::types::StartQueryRequest::limit).
    pub fn limit(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.limit = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`limit`](Self::limit).
    pub fn set_limit(mut self, input: ::std::option::Option<i64>) -> Self {
        self.limit = input;
        self
    }
    /// See [`StartQueryRequest::log_group_identifiers`](crate::types::StartQueryRequest::log_group_identifiers).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn log_group_identifiers(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.log_group_identifiers
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`log_group_identifiers`](Self::log_group_identifiers).
    pub fn set_log_group_identifiers(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.log_group_identifiers = input;
        self
    }
    /// See [`StartQueryRequest::log_group_name`](crate::types::StartQueryRequest::log_group_name).
    pub fn log_group_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.log_group_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`log_group_name`](Self::log_group_name).
    pub fn set_log_group_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.log_group_name = input;
        self
    }
    /// See [`StartQueryRequest::log_group_names`](crate::types::StartQueryRequest::log_group_names).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn log_group_names(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.log_group_names.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`log_group_names`](Self::log_group_names).
    pub fn set_log_group_names(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.log_group_names = input;
        self
    }
    /// See [`StartQueryRequest::query_string`](crate::types::StartQueryRequest::query_string).
    pub fn query_string(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.query_string = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`query_string`](Self::query_string).
    pub fn set_query_string(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.query_string = input;
        self
    }
    /// See [`StartQueryRequest::start_time`](crate::types::StartQueryRequest::start_time).
    pub fn start_time(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.start_time = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`start_time`](Self::start_time).
    pub fn set_start_time(mut self, input: ::std::option::Option<i64>) -> Self {
        self.start_time = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::StartQueryRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::StartQueryRequest {
            end_time: self
                .end_time
                .ok_or(
                    crate::runtime::BuildError::missing("StartQueryRequest", "end_time"),
                )?,
            limit: self.limit,
            log_group_identifiers: self.log_group_identifiers,
            log_group_name: self.log_group_name,
            log_group_names: self.log_group_names,
            query_string: self
                .query_string
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "StartQueryRequest",
                        "query_string",
                    ),
                )?,
            start_time: self
                .start_time
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "StartQueryRequest",
                        "start_time",
                    ),
                )?,
        })
    }
}
/// A builder for [`StartQueryResponse`](crate::types::StartQueryResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct StartQueryResponseBuilder {
    pub(crate) query_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for StartQueryResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("StartQueryResponseBuilder").finish_non_exhaustive()
    }
}
impl StartQueryResponseBuilder {
    /// See [`StartQueryResponse::query_id`](crate::types::StartQueryResponse::query_id).
    pub fn query_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.query_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`query_id`](Self::query_id).
    pub fn set_query_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.query_id = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::StartQueryResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::StartQueryResponse {
            query_id: self.query_id,
        })
    }
}
/// A builder for [`StopQueryRequest`](crate::types::StopQueryRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct StopQueryRequestBuilder {
    pub(crate) query_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for StopQueryRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("StopQueryRequestBuilder").finish_non_exhaustive()
    }
}
impl StopQueryRequestBuilder {
    /// See [`StopQueryRequest::query_id`](crate::types::StopQueryRequest::query_id).
    pub fn query_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.query_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`query_id`](Self::query_id).
    pub fn set_query_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.query_id = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::StopQueryRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::StopQueryRequest {
            query_id: self
                .query_id
                .ok_or(
                    crate::runtime::BuildError::missing("StopQueryRequest", "query_id"),
                )?,
        })
    }
}
/// A builder for [`StopQueryResponse`](crate::types::StopQueryResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct StopQueryResponseBuilder {
    pub(crate) success: ::std::option::Option<bool>,
}
impl ::std::fmt::Debug for StopQueryResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("StopQueryResponseBuilder").finish_non_exhaustive()
    }
}
impl StopQueryResponseBuilder {
    /// See [`StopQueryResponse::success`](crate::types::StopQueryResponse::success).
    pub fn success(mut self, input: impl ::std::convert::Into<bool>) -> Self {
        self.success = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`success`](Self::success).
    pub fn set_success(mut self, input: ::std::option::Option<bool>) -> Self {
        self.success = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::StopQueryResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::StopQueryResponse {
            success: self.success,
        })
    }
}
/// A builder for [`SubscriptionFilter`](crate::types::SubscriptionFilter).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct SubscriptionFilterBuilder {
    pub(crate) creation_time: ::std::option::Option<i64>,
    pub(crate) destination_arn: ::std::option::Option<::std::string::String>,
    pub(crate) distribution: ::std::option::Option<crate::types::Distribution>,
    pub(crate) filter_name: ::std::option::Option<::std::string::String>,
    pub(crate) filter_pattern: ::std::option::Option<::std::string::String>,
    pub(crate) log_group_name: ::std::option::Option<::std::string::String>,
    pub(crate) role_arn: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for SubscriptionFilterBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("SubscriptionFilterBuilder").finish_non_exhaustive()
    }
}
impl SubscriptionFilterBuilder {
    /// See [`SubscriptionFilter::creation_time`](crate::types::SubscriptionFilter::creation_time).
    pub fn creation_time(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.creation_time = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`creation_time`](Self::creation_time).
    pub fn set_creation_time(mut self, input: ::std::option::Option<i64>) -> Self {
        self.creation_time = input;
        self
    }
    /// See [`SubscriptionFilter::destination_arn`](crate::types::SubscriptionFilter::destination_arn).
    pub fn destination_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.destination_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`destination_arn`](Self::destination_arn).
    pub fn set_destination_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.destination_arn = input;
        self
    }
    /// See [`SubscriptionFilter::distribution`](crate::types::SubscriptionFilter::distribution).
    pub fn distribution(
        mut self,
        input: impl ::std::convert::Into<crate::types::Distribution>,
    ) -> Self {
        self.distribution = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`distribution`](Self::distribution).
    pub fn set_distribution(
        mut self,
        input: ::std::option::Option<crate::types::Distribution>,
    ) -> Self {
        self.distribution = input;
        self
    }
    /// See [`SubscriptionFilter::filter_name`](crate::types::SubscriptionFilter::filter_name).
    pub fn filter_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.filter_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`filter_name`](Self::filter_name).
    pub fn set_filter_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.filter_name = input;
        self
    }
    /// See [`SubscriptionFilter::filter_pattern`](crate::types::SubscriptionFilter::filter_pattern).
    pub fn filter_pattern(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.filter_pattern = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`filter_pattern`](Self::filter_pattern).
    pub fn set_filter_pattern(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.filter_pattern = input;
        self
    }
    /// See [`SubscriptionFilter::log_group_name`](crate::types::SubscriptionFilter::log_group_name).
    pub fn log_group_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.log_group_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`log_group_name`](Self::log_group_name).
    pub fn set_log_group_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.log_group_name = input;
        self
    }
    /// See [`SubscriptionFilter::role_arn`](crate::types::SubscriptionFilter::role_arn).
    pub fn role_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.role_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`role_arn`](Self::role_arn).
    pub fn set_role_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.role_arn = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::SubscriptionFilter,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::SubscriptionFilter {
            creation_time: self.creation_time,
            destination_arn: self.destination_arn,
            distribution: self.distribution,
            filter_name: self.filter_name,
            filter_pattern: self.filter_pattern,
            log_group_name: self.log_group_name,
            role_arn: self.role_arn,
        })
    }
}
/// A builder for [`TagLogGroupRequest`](crate::types::TagLogGroupRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct TagLogGroupRequestBuilder {
    pub(crate) log_group_name: ::std::option::Option<::std::string::String>,
    pub(crate) tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
}
impl ::std::fmt::Debug for TagLogGroupRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("TagLogGroupRequestBuilder").finish_non_exhaustive()
    }
}
impl TagLogGroupRequestBuilder {
    /// See [`TagLogGroupRequest::log_group_name`](crate::types::TagLogGroupRequest::log_group_name).
    pub fn log_group_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.log_group_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`log_group_name`](Self::log_group_name).
    pub fn set_log_group_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.log_group_name = input;
        self
    }
    /// See [`TagLogGroupRequest::tags`](crate::types::TagLogGroupRequest::tags).
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
        crate::types::TagLogGroupRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::TagLogGroupRequest {
            log_group_name: self
                .log_group_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "TagLogGroupRequest",
                        "log_group_name",
                    ),
                )?,
            tags: self
                .tags
                .ok_or(
                    crate::runtime::BuildError::missing("TagLogGroupRequest", "tags"),
                )?,
        })
    }
}
/// A builder for [`TagResourceRequest`](crate::types::TagResourceRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct TagResourceRequestBuilder {
    pub(crate) resource_arn: ::std::option::Option<::std::string::String>,
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
    /// See [`TagResourceRequest::resource_arn`](crate::types::TagResourceRequest::resource_arn).
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
            resource_arn: self
                .resource_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "TagResourceRequest",
                        "resource_arn",
                    ),
                )?,
            tags: self
                .tags
                .ok_or(
                    crate::runtime::BuildError::missing("TagResourceRequest", "tags"),
                )?,
        })
    }
}
/// A builder for [`TestMetricFilterRequest`](crate::types::TestMetricFilterRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct TestMetricFilterRequestBuilder {
    pub(crate) filter_pattern: ::std::option::Option<::std::string::String>,
    pub(crate) log_event_messages: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
}
impl ::std::fmt::Debug for TestMetricFilterRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("TestMetricFilterRequestBuilder").finish_non_exhaustive()
    }
}
impl TestMetricFilterRequestBuilder {
    /// See [`TestMetricFilterRequest::filter_pattern`](crate::types::TestMetricFilterRequest::filter_pattern).
    pub fn filter_pattern(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.filter_pattern = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`filter_pattern`](Self::filter_pattern).
    pub fn set_filter_pattern(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.filter_pattern = input;
        self
    }
    /// See [`TestMetricFilterRequest::log_event_messages`](crate::types::TestMetricFilterRequest::log_event_messages).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn log_event_messages(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.log_event_messages
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`log_event_messages`](Self::log_event_messages).
    pub fn set_log_event_messages(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.log_event_messages = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::TestMetricFilterRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::TestMetricFilterRequest {
            filter_pattern: self
                .filter_pattern
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "TestMetricFilterRequest",
                        "filter_pattern",
                    ),
                )?,
            log_event_messages: self
                .log_event_messages
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "TestMetricFilterRequest",
                        "log_event_messages",
                    ),
                )?,
        })
    }
}
/// A builder for [`TestMetricFilterResponse`](crate::types::TestMetricFilterResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct TestMetricFilterResponseBuilder {
    pub(crate) matches: ::std::option::Option<
        ::std::vec::Vec<crate::types::MetricFilterMatchRecord>,
    >,
}
impl ::std::fmt::Debug for TestMetricFilterResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("TestMetricFilterResponseBuilder").finish_non_exhaustive()
    }
}
impl TestMetricFilterResponseBuilder {
    /// See [`TestMetricFilterResponse::matches`](crate::types::TestMetricFilterResponse::matches).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn matches(
        mut self,
        input: impl ::std::convert::Into<crate::types::MetricFilterMatchRecord>,
    ) -> Self {
        self.matches.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`matches`](Self::matches).
    pub fn set_matches(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<crate::types::MetricFilterMatchRecord>,
        >,
    ) -> Self {
        self.matches = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::TestMetricFilterResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::TestMetricFilterResponse {
            matches: self.matches,
        })
    }
}
/// A builder for [`UntagLogGroupRequest`](crate::types::UntagLogGroupRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct UntagLogGroupRequestBuilder {
    pub(crate) log_group_name: ::std::option::Option<::std::string::String>,
    pub(crate) tags: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
impl ::std::fmt::Debug for UntagLogGroupRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UntagLogGroupRequestBuilder").finish_non_exhaustive()
    }
}
impl UntagLogGroupRequestBuilder {
    /// See [`UntagLogGroupRequest::log_group_name`](crate::types::UntagLogGroupRequest::log_group_name).
    pub fn log_group_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.log_group_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`log_group_name`](Self::log_group_name).
    pub fn set_log_group_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.log_group_name = input;
        self
    }
    /// See [`UntagLogGroupRequest::tags`](crate::types::UntagLogGroupRequest::tags).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn tags(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.tags.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`tags`](Self::tags).
    pub fn set_tags(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.tags = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::UntagLogGroupRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::UntagLogGroupRequest {
            log_group_name: self
                .log_group_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "UntagLogGroupRequest",
                        "log_group_name",
                    ),
                )?,
            tags: self
                .tags
                .ok_or(
                    crate::runtime::BuildError::missing("UntagLogGroupRequest", "tags"),
                )?,
        })
    }
}
/// A builder for [`UntagResourceRequest`](crate::types::UntagResourceRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct UntagResourceRequestBuilder {
    pub(crate) resource_arn: ::std::option::Option<::std::string::String>,
    pub(crate) tag_keys: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
impl ::std::fmt::Debug for UntagResourceRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UntagResourceRequestBuilder").finish_non_exhaustive()
    }
}
impl UntagResourceRequestBuilder {
    /// See [`UntagResourceRequest::resource_arn`](crate::types::UntagResourceRequest::resource_arn).
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
            resource_arn: self
                .resource_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "UntagResourceRequest",
                        "resource_arn",
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
