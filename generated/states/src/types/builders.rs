//! Builders for the structures in [`types`](crate::types).
/// A builder for [`ActivityFailedEventDetails`](crate::types::ActivityFailedEventDetails).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ActivityFailedEventDetailsBuilder {
    pub(crate) cause: ::std::option::Option<::std::string::String>,
    pub(crate) error: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ActivityFailedEventDetailsBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ActivityFailedEventDetailsBuilder").finish_non_exhaustive()
    }
}
impl ActivityFailedEventDetailsBuilder {
    /// See [`ActivityFailedEventDetails::cause`](crate::types::ActivityFailedEventDetails::cause).
    pub fn cause(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cause = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`cause`](Self::cause).
    pub fn set_cause(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.cause = input;
        self
    }
    /// See [`ActivityFailedEventDetails::error`](crate::types::ActivityFailedEventDetails::error).
    pub fn error(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.error = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`error`](Self::error).
    pub fn set_error(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.error = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ActivityFailedEventDetails,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ActivityFailedEventDetails {
            cause: self.cause,
            error: self.error,
        })
    }
}
/// A builder for [`ActivityListItem`](crate::types::ActivityListItem).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ActivityListItemBuilder {
    pub(crate) activity_arn: ::std::option::Option<::std::string::String>,
    pub(crate) creation_date: ::std::option::Option<crate::runtime::Timestamp>,
    pub(crate) name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ActivityListItemBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ActivityListItemBuilder").finish_non_exhaustive()
    }
}
impl ActivityListItemBuilder {
    /// See [`ActivityListItem::activity_arn`](crate::types::ActivityListItem::activity_arn).
    pub fn activity_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.activity_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`activity_arn`](Self::activity_arn).
    pub fn set_activity_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.activity_arn = input;
        self
    }
    /// See [`ActivityListItem::creation_date`](crate::types::ActivityListItem::creation_date).
    pub fn creation_date(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.creation_date = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`creation_date`](Self::creation_date).
    pub fn set_creation_date(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.creation_date = input;
        self
    }
    /// See [`ActivityListItem::name`](crate::types::ActivityListItem::name).
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
        crate::types::ActivityListItem,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ActivityListItem {
            activity_arn: self
                .activity_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "ActivityListItem",
                        "activity_arn",
                    ),
                )?,
            creation_date: self
                .creation_date
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "ActivityListItem",
                        "creation_date",
                    ),
                )?,
            name: self
                .name
                .ok_or(crate::runtime::BuildError::missing("ActivityListItem", "name"))?,
        })
    }
}
/// A builder for [`ActivityScheduleFailedEventDetails`](crate::types::ActivityScheduleFailedEventDetails).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ActivityScheduleFailedEventDetailsBuilder {
    pub(crate) cause: ::std::option::Option<::std::string::String>,
    pub(crate) error: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ActivityScheduleFailedEventDetailsBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ActivityScheduleFailedEventDetailsBuilder")
            .finish_non_exhaustive()
    }
}
impl ActivityScheduleFailedEventDetailsBuilder {
    /// See [`ActivityScheduleFailedEventDetails::cause`](crate::types::ActivityScheduleFailedEventDetails::cause).
    pub fn cause(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cause = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`cause`](Self::cause).
    pub fn set_cause(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.cause = input;
        self
    }
    /// See [`ActivityScheduleFailedEventDetails::error`](crate::types::ActivityScheduleFailedEventDetails::error).
    pub fn error(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.error = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`error`](Self::error).
    pub fn set_error(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.error = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ActivityScheduleFailedEventDetails,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ActivityScheduleFailedEventDetails {
            cause: self.cause,
            error: self.error,
        })
    }
}
/// A builder for [`ActivityScheduledEventDetails`](crate::types::ActivityScheduledEventDetails).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ActivityScheduledEventDetailsBuilder {
    pub(crate) heartbeat_in_seconds: ::std::option::Option<i64>,
    pub(crate) input: ::std::option::Option<::std::string::String>,
    pub(crate) input_details: ::std::option::Option<
        crate::types::HistoryEventExecutionDataDetails,
    >,
    pub(crate) resource: ::std::option::Option<::std::string::String>,
    pub(crate) timeout_in_seconds: ::std::option::Option<i64>,
}
impl ::std::fmt::Debug for ActivityScheduledEventDetailsBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ActivityScheduledEventDetailsBuilder").finish_non_exhaustive()
    }
}
impl ActivityScheduledEventDetailsBuilder {
    /// See [`ActivityScheduledEventDetails::heartbeat_in_seconds`](crate::types::ActivityScheduledEventDetails::heartbeat_in_seconds).
    pub fn heartbeat_in_seconds(
        mut self,
        input: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.heartbeat_in_seconds = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`heartbeat_in_seconds`](Self::heartbeat_in_seconds).
    pub fn set_heartbeat_in_seconds(
        mut self,
        input: ::std::option::Option<i64>,
    ) -> Self {
        self.heartbeat_in_seconds = input;
        self
    }
    /// See [`ActivityScheduledEventDetails::input`](crate::types::ActivityScheduledEventDetails::input).
    pub fn input(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.input = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`input`](Self::input).
    pub fn set_input(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.input = input;
        self
    }
    /// See [`ActivityScheduledEventDetails::input_details`](crate::types::ActivityScheduledEventDetails::input_details).
    pub fn input_details(
        mut self,
        input: impl ::std::convert::Into<crate::types::HistoryEventExecutionDataDetails>,
    ) -> Self {
        self.input_details = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`input_details`](Self::input_details).
    pub fn set_input_details(
        mut self,
        input: ::std::option::Option<crate::types::HistoryEventExecutionDataDetails>,
    ) -> Self {
        self.input_details = input;
        self
    }
    /// See [`ActivityScheduledEventDetails::resource`](crate::types::ActivityScheduledEventDetails::resource).
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
    /// See [`ActivityScheduledEventDetails::timeout_in_seconds`](crate::types::ActivityScheduledEventDetails::timeout_in_seconds).
    pub fn timeout_in_seconds(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.timeout_in_seconds = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`timeout_in_seconds`](Self::timeout_in_seconds).
    pub fn set_timeout_in_seconds(mut self, input: ::std::option::Option<i64>) -> Self {
        self.timeout_in_seconds = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ActivityScheduledEventDetails,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ActivityScheduledEventDetails {
            heartbeat_in_seconds: self.heartbeat_in_seconds,
            input: self.input,
            input_details: self.input_details,
            resource: self
                .resource
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "ActivityScheduledEventDetails",
                        "resource",
                    ),
                )?,
            timeout_in_seconds: self.timeout_in_seconds,
        })
    }
}
/// A builder for [`ActivityStartedEventDetails`](crate::types::ActivityStartedEventDetails).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ActivityStartedEventDetailsBuilder {
    pub(crate) worker_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ActivityStartedEventDetailsBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ActivityStartedEventDetailsBuilder").finish_non_exhaustive()
    }
}
impl ActivityStartedEventDetailsBuilder {
    /// See [`ActivityStartedEventDetails::worker_name`](crate::types::ActivityStartedEventDetails::worker_name).
    pub fn worker_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.worker_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`worker_name`](Self::worker_name).
    pub fn set_worker_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.worker_name = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ActivityStartedEventDetails,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ActivityStartedEventDetails {
            worker_name: self.worker_name,
        })
    }
}
/// A builder for [`ActivitySucceededEventDetails`](crate::types::ActivitySucceededEventDetails).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ActivitySucceededEventDetailsBuilder {
    pub(crate) output: ::std::option::Option<::std::string::String>,
    pub(crate) output_details: ::std::option::Option<
        crate::types::HistoryEventExecutionDataDetails,
    >,
}
impl ::std::fmt::Debug for ActivitySucceededEventDetailsBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ActivitySucceededEventDetailsBuilder").finish_non_exhaustive()
    }
}
impl ActivitySucceededEventDetailsBuilder {
    /// See [`ActivitySucceededEventDetails::output`](crate::types::ActivitySucceededEventDetails::output).
    pub fn output(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.output = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`output`](Self::output).
    pub fn set_output(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.output = input;
        self
    }
    /// See [`ActivitySucceededEventDetails::output_details`](crate::types::ActivitySucceededEventDetails::output_details).
    pub fn output_details(
        mut self,
        input: impl ::std::convert::Into<crate::types::HistoryEventExecutionDataDetails>,
    ) -> Self {
        self.output_details = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`output_details`](Self::output_details).
    pub fn set_output_details(
        mut self,
        input: ::std::option::Option<crate::types::HistoryEventExecutionDataDetails>,
    ) -> Self {
        self.output_details = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ActivitySucceededEventDetails,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ActivitySucceededEventDetails {
            output: self.output,
            output_details: self.output_details,
        })
    }
}
/// A builder for [`ActivityTimedOutEventDetails`](crate::types::ActivityTimedOutEventDetails).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ActivityTimedOutEventDetailsBuilder {
    pub(crate) cause: ::std::option::Option<::std::string::String>,
    pub(crate) error: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ActivityTimedOutEventDetailsBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ActivityTimedOutEventDetailsBuilder").finish_non_exhaustive()
    }
}
impl ActivityTimedOutEventDetailsBuilder {
    /// See [`ActivityTimedOutEventDetails::cause`](crate::types::ActivityTimedOutEventDetails::cause).
    pub fn cause(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cause = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`cause`](Self::cause).
    pub fn set_cause(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.cause = input;
        self
    }
    /// See [`ActivityTimedOutEventDetails::error`](crate::types::ActivityTimedOutEventDetails::error).
    pub fn error(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.error = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`error`](Self::error).
    pub fn set_error(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.error = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ActivityTimedOutEventDetails,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ActivityTimedOutEventDetails {
            cause: self.cause,
            error: self.error,
        })
    }
}
/// A builder for [`AssignedVariablesDetails`](crate::types::AssignedVariablesDetails).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct AssignedVariablesDetailsBuilder {
    pub(crate) truncated: ::std::option::Option<bool>,
}
impl ::std::fmt::Debug for AssignedVariablesDetailsBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("AssignedVariablesDetailsBuilder").finish_non_exhaustive()
    }
}
impl AssignedVariablesDetailsBuilder {
    /// See [`AssignedVariablesDetails::truncated`](crate::types::AssignedVariablesDetails::truncated).
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
        crate::types::AssignedVariablesDetails,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::AssignedVariablesDetails {
            truncated: self.truncated,
        })
    }
}
/// A builder for [`BillingDetails`](crate::types::BillingDetails).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct BillingDetailsBuilder {
    pub(crate) billed_duration_in_milliseconds: ::std::option::Option<i64>,
    pub(crate) billed_memory_used_in_mb: ::std::option::Option<i64>,
}
impl ::std::fmt::Debug for BillingDetailsBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("BillingDetailsBuilder").finish_non_exhaustive()
    }
}
impl BillingDetailsBuilder {
    /// See [`BillingDetails::billed_duration_in_milliseconds`](crate::types::BillingDetails::billed_duration_in_milliseconds).
    pub fn billed_duration_in_milliseconds(
        mut self,
        input: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.billed_duration_in_milliseconds = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`billed_duration_in_milliseconds`](Self::billed_duration_in_milliseconds).
    pub fn set_billed_duration_in_milliseconds(
        mut self,
        input: ::std::option::Option<i64>,
    ) -> Self {
        self.billed_duration_in_milliseconds = input;
        self
    }
    /// See [`BillingDetails::billed_memory_used_in_mb`](crate::types::BillingDetails::billed_memory_used_in_mb).
    pub fn billed_memory_used_in_mb(
        mut self,
        input: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.billed_memory_used_in_mb = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`billed_memory_used_in_mb`](Self::billed_memory_used_in_mb).
    pub fn set_billed_memory_used_in_mb(
        mut self,
        input: ::std::option::Option<i64>,
    ) -> Self {
        self.billed_memory_used_in_mb = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::BillingDetails,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::BillingDetails {
            billed_duration_in_milliseconds: self.billed_duration_in_milliseconds,
            billed_memory_used_in_mb: self.billed_memory_used_in_mb,
        })
    }
}
/// A builder for [`CloudWatchEventsExecutionDataDetails`](crate::types::CloudWatchEventsExecutionDataDetails).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct CloudWatchEventsExecutionDataDetailsBuilder {
    pub(crate) included: ::std::option::Option<bool>,
}
impl ::std::fmt::Debug for CloudWatchEventsExecutionDataDetailsBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CloudWatchEventsExecutionDataDetailsBuilder")
            .finish_non_exhaustive()
    }
}
impl CloudWatchEventsExecutionDataDetailsBuilder {
    /// See [`CloudWatchEventsExecutionDataDetails::included`](crate::types::CloudWatchEventsExecutionDataDetails::included).
    pub fn included(mut self, input: impl ::std::convert::Into<bool>) -> Self {
        self.included = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`included`](Self::included).
    pub fn set_included(mut self, input: ::std::option::Option<bool>) -> Self {
        self.included = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::CloudWatchEventsExecutionDataDetails,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::CloudWatchEventsExecutionDataDetails {
            included: self.included,
        })
    }
}
/// A builder for [`CloudWatchLogsLogGroup`](crate::types::CloudWatchLogsLogGroup).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct CloudWatchLogsLogGroupBuilder {
    pub(crate) log_group_arn: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for CloudWatchLogsLogGroupBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CloudWatchLogsLogGroupBuilder").finish_non_exhaustive()
    }
}
impl CloudWatchLogsLogGroupBuilder {
    /// See [`CloudWatchLogsLogGroup::log_group_arn`](crate::types::CloudWatchLogsLogGroup::log_group_arn).
    pub fn log_group_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.log_group_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`log_group_arn`](Self::log_group_arn).
    pub fn set_log_group_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.log_group_arn = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::CloudWatchLogsLogGroup,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::CloudWatchLogsLogGroup {
            log_group_arn: self.log_group_arn,
        })
    }
}
/// A builder for [`CreateActivityInput`](crate::types::CreateActivityInput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct CreateActivityInputBuilder {
    pub(crate) name: ::std::option::Option<::std::string::String>,
    pub(crate) tags: ::std::option::Option<::std::vec::Vec<crate::types::Tag>>,
    pub(crate) encryption_configuration: ::std::option::Option<
        crate::types::EncryptionConfiguration,
    >,
}
impl ::std::fmt::Debug for CreateActivityInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateActivityInputBuilder").finish_non_exhaustive()
    }
}
impl CreateActivityInputBuilder {
    /// See [`CreateActivityInput::name`](crate::types::CreateActivityInput::name).
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
    /// See [`CreateActivityInput::tags`](crate::types::CreateActivityInput::tags).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn tags(mut self, input: impl ::std::convert::Into<crate::types::Tag>) -> Self {
        self.tags.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`tags`](Self::tags).
    pub fn set_tags(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::Tag>>,
    ) -> Self {
        self.tags = input;
        self
    }
    /// See [`CreateActivityInput::encryption_configuration`](crate::types::CreateActivityInput::encryption_configuration).
    pub fn encryption_configuration(
        mut self,
        input: impl ::std::convert::Into<crate::types::EncryptionConfiguration>,
    ) -> Self {
        self.encryption_configuration = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`encryption_configuration`](Self::encryption_configuration).
    pub fn set_encryption_configuration(
        mut self,
        input: ::std::option::Option<crate::types::EncryptionConfiguration>,
    ) -> Self {
        self.encryption_configuration = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::CreateActivityInput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::CreateActivityInput {
            name: self
                .name
                .ok_or(
                    crate::runtime::BuildError::missing("CreateActivityInput", "name"),
                )?,
            tags: self.tags,
            encryption_configuration: self.encryption_configuration,
        })
    }
}
/// A builder for [`CreateActivityOutput`](crate::types::CreateActivityOutput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct CreateActivityOutputBuilder {
    pub(crate) activity_arn: ::std::option::Option<::std::string::String>,
    pub(crate) creation_date: ::std::option::Option<crate::runtime::Timestamp>,
}
impl ::std::fmt::Debug for CreateActivityOutputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateActivityOutputBuilder").finish_non_exhaustive()
    }
}
impl CreateActivityOutputBuilder {
    /// See [`CreateActivityOutput::activity_arn`](crate::types::CreateActivityOutput::activity_arn).
    pub fn activity_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.activity_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`activity_arn`](Self::activity_arn).
    pub fn set_activity_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.activity_arn = input;
        self
    }
    /// See [`CreateActivityOutput::creation_date`](crate::types::CreateActivityOutput::creation_date).
    pub fn creation_date(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.creation_date = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`creation_date`](Self::creation_date).
    pub fn set_creation_date(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.creation_date = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::CreateActivityOutput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::CreateActivityOutput {
            activity_arn: self
                .activity_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CreateActivityOutput",
                        "activity_arn",
                    ),
                )?,
            creation_date: self
                .creation_date
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CreateActivityOutput",
                        "creation_date",
                    ),
                )?,
        })
    }
}
/// A builder for [`CreateStateMachineAliasInput`](crate::types::CreateStateMachineAliasInput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct CreateStateMachineAliasInputBuilder {
    pub(crate) description: ::std::option::Option<::std::string::String>,
    pub(crate) name: ::std::option::Option<::std::string::String>,
    pub(crate) routing_configuration: ::std::option::Option<
        ::std::vec::Vec<crate::types::RoutingConfigurationListItem>,
    >,
}
impl ::std::fmt::Debug for CreateStateMachineAliasInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateStateMachineAliasInputBuilder").finish_non_exhaustive()
    }
}
impl CreateStateMachineAliasInputBuilder {
    /// See [`CreateStateMachineAliasInput::description`](crate::types::CreateStateMachineAliasInput::description).
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
    /// See [`CreateStateMachineAliasInput::name`](crate::types::CreateStateMachineAliasInput::name).
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
    /// See [`CreateStateMachineAliasInput::routing_configuration`](crate::types::CreateStateMachineAliasInput::routing_configuration).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn routing_configuration(
        mut self,
        input: impl ::std::convert::Into<crate::types::RoutingConfigurationListItem>,
    ) -> Self {
        self.routing_configuration
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`routing_configuration`](Self::routing_configuration).
    pub fn set_routing_configuration(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<crate::types::RoutingConfigurationListItem>,
        >,
    ) -> Self {
        self.routing_configuration = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::CreateStateMachineAliasInput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::CreateStateMachineAliasInput {
            description: self.description,
            name: self
                .name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CreateStateMachineAliasInput",
                        "name",
                    ),
                )?,
            routing_configuration: self
                .routing_configuration
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CreateStateMachineAliasInput",
                        "routing_configuration",
                    ),
                )?,
        })
    }
}
/// A builder for [`CreateStateMachineAliasOutput`](crate::types::CreateStateMachineAliasOutput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct CreateStateMachineAliasOutputBuilder {
    pub(crate) creation_date: ::std::option::Option<crate::runtime::Timestamp>,
    pub(crate) state_machine_alias_arn: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for CreateStateMachineAliasOutputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateStateMachineAliasOutputBuilder").finish_non_exhaustive()
    }
}
impl CreateStateMachineAliasOutputBuilder {
    /// See [`CreateStateMachineAliasOutput::creation_date`](crate::types::CreateStateMachineAliasOutput::creation_date).
    pub fn creation_date(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.creation_date = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`creation_date`](Self::creation_date).
    pub fn set_creation_date(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.creation_date = input;
        self
    }
    /// See [`CreateStateMachineAliasOutput::state_machine_alias_arn`](crate::types::CreateStateMachineAliasOutput::state_machine_alias_arn).
    pub fn state_machine_alias_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.state_machine_alias_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`state_machine_alias_arn`](Self::state_machine_alias_arn).
    pub fn set_state_machine_alias_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.state_machine_alias_arn = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::CreateStateMachineAliasOutput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::CreateStateMachineAliasOutput {
            creation_date: self
                .creation_date
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CreateStateMachineAliasOutput",
                        "creation_date",
                    ),
                )?,
            state_machine_alias_arn: self
                .state_machine_alias_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CreateStateMachineAliasOutput",
                        "state_machine_alias_arn",
                    ),
                )?,
        })
    }
}
/// A builder for [`CreateStateMachineInput`](crate::types::CreateStateMachineInput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct CreateStateMachineInputBuilder {
    pub(crate) definition: ::std::option::Option<::std::string::String>,
    pub(crate) logging_configuration: ::std::option::Option<
        crate::types::LoggingConfiguration,
    >,
    pub(crate) name: ::std::option::Option<::std::string::String>,
    pub(crate) publish: ::std::option::Option<bool>,
    pub(crate) role_arn: ::std::option::Option<::std::string::String>,
    pub(crate) tags: ::std::option::Option<::std::vec::Vec<crate::types::Tag>>,
    pub(crate) tracing_configuration: ::std::option::Option<
        crate::types::TracingConfiguration,
    >,
    pub(crate) r#type: ::std::option::Option<crate::types::StateMachineType>,
    pub(crate) version_description: ::std::option::Option<::std::string::String>,
    pub(crate) encryption_configuration: ::std::option::Option<
        crate::types::EncryptionConfiguration,
    >,
}
impl ::std::fmt::Debug for CreateStateMachineInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateStateMachineInputBuilder").finish_non_exhaustive()
    }
}
impl CreateStateMachineInputBuilder {
    /// See [`CreateStateMachineInput::definition`](crate::types::CreateStateMachineInput::definition).
    pub fn definition(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.definition = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`definition`](Self::definition).
    pub fn set_definition(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.definition = input;
        self
    }
    /// See [`CreateStateMachineInput::logging_configuration`](crate::types::CreateStateMachineInput::logging_configuration).
    pub fn logging_configuration(
        mut self,
        input: impl ::std::convert::Into<crate::types::LoggingConfiguration>,
    ) -> Self {
        self.logging_configuration = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`logging_configuration`](Self::logging_configuration).
    pub fn set_logging_configuration(
        mut self,
        input: ::std::option::Option<crate::types::LoggingConfiguration>,
    ) -> Self {
        self.logging_configuration = input;
        self
    }
    /// See [`CreateStateMachineInput::name`](crate::types::CreateStateMachineInput::name).
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
    /// See [`CreateStateMachineInput::publish`](crate::types::CreateStateMachineInput::publish).
    pub fn publish(mut self, input: impl ::std::convert::Into<bool>) -> Self {
        self.publish = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`publish`](Self::publish).
    pub fn set_publish(mut self, input: ::std::option::Option<bool>) -> Self {
        self.publish = input;
        self
    }
    /// See [`CreateStateMachineInput::role_arn`](crate::types::CreateStateMachineInput::role_arn).
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
    /// See [`CreateStateMachineInput::tags`](crate::types::CreateStateMachineInput::tags).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn tags(mut self, input: impl ::std::convert::Into<crate::types::Tag>) -> Self {
        self.tags.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`tags`](Self::tags).
    pub fn set_tags(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::Tag>>,
    ) -> Self {
        self.tags = input;
        self
    }
    /// See [`CreateStateMachineInput::tracing_configuration`](crate::types::CreateStateMachineInput::tracing_configuration).
    pub fn tracing_configuration(
        mut self,
        input: impl ::std::convert::Into<crate::types::TracingConfiguration>,
    ) -> Self {
        self.tracing_configuration = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`tracing_configuration`](Self::tracing_configuration).
    pub fn set_tracing_configuration(
        mut self,
        input: ::std::option::Option<crate::types::TracingConfiguration>,
    ) -> Self {
        self.tracing_configuration = input;
        self
    }
    /// See [`CreateStateMachineInput::type`](crate::types::CreateStateMachineInput::type).
    pub fn r#type(
        mut self,
        input: impl ::std::convert::Into<crate::types::StateMachineType>,
    ) -> Self {
        self.r#type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`type`](Self::type).
    pub fn set_type(
        mut self,
        input: ::std::option::Option<crate::types::StateMachineType>,
    ) -> Self {
        self.r#type = input;
        self
    }
    /// See [`CreateStateMachineInput::version_description`](crate::types::CreateStateMachineInput::version_description).
    pub fn version_description(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.version_description = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`version_description`](Self::version_description).
    pub fn set_version_description(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.version_description = input;
        self
    }
    /// See [`CreateStateMachineInput::encryption_configuration`](crate::types::CreateStateMachineInput::encryption_configuration).
    pub fn encryption_configuration(
        mut self,
        input: impl ::std::convert::Into<crate::types::EncryptionConfiguration>,
    ) -> Self {
        self.encryption_configuration = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`encryption_configuration`](Self::encryption_configuration).
    pub fn set_encryption_configuration(
        mut self,
        input: ::std::option::Option<crate::types::EncryptionConfiguration>,
    ) -> Self {
        self.encryption_configuration = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::CreateStateMachineInput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::CreateStateMachineInput {
            definition: self
                .definition
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CreateStateMachineInput",
                        "definition",
                    ),
                )?,
            logging_configuration: self.logging_configuration,
            name: self
                .name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CreateStateMachineInput",
                        "name",
                    ),
                )?,
            publish: self.publish,
            role_arn: self
                .role_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CreateStateMachineInput",
                        "role_arn",
                    ),
                )?,
            tags: self.tags,
            tracing_configuration: self.tracing_configuration,
            r#type: self.r#type,
            version_description: self.version_description,
            encryption_configuration: self.encryption_configuration,
        })
    }
}
/// A builder for [`CreateStateMachineOutput`](crate::types::CreateStateMachineOutput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct CreateStateMachineOutputBuilder {
    pub(crate) creation_date: ::std::option::Option<crate::runtime::Timestamp>,
    pub(crate) state_machine_arn: ::std::option::Option<::std::string::String>,
    pub(crate) state_machine_version_arn: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for CreateStateMachineOutputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateStateMachineOutputBuilder").finish_non_exhaustive()
    }
}
impl CreateStateMachineOutputBuilder {
    /// See [`CreateStateMachineOutput::creation_date`](crate::types::CreateStateMachineOutput::creation_date).
    pub fn creation_date(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.creation_date = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`creation_date`](Self::creation_date).
    pub fn set_creation_date(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.creation_date = input;
        self
    }
    /// See [`CreateStateMachineOutput::state_machine_arn`](crate::types::CreateStateMachineOutput::state_machine_arn).
    pub fn state_machine_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.state_machine_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`state_machine_arn`](Self::state_machine_arn).
    pub fn set_state_machine_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.state_machine_arn = input;
        self
    }
    /// See [`CreateStateMachineOutput::state_machine_version_arn`](crate::types::CreateStateMachineOutput::state_machine_version_arn).
    pub fn state_machine_version_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.state_machine_version_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`state_machine_version_arn`](Self::state_machine_version_arn).
    pub fn set_state_machine_version_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.state_machine_version_arn = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::CreateStateMachineOutput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::CreateStateMachineOutput {
            creation_date: self
                .creation_date
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CreateStateMachineOutput",
                        "creation_date",
                    ),
                )?,
            state_machine_arn: self
                .state_machine_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CreateStateMachineOutput",
                        "state_machine_arn",
                    ),
                )?,
            state_machine_version_arn: self.state_machine_version_arn,
        })
    }
}
/// A builder for [`DeleteActivityInput`](crate::types::DeleteActivityInput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DeleteActivityInputBuilder {
    pub(crate) activity_arn: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DeleteActivityInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeleteActivityInputBuilder").finish_non_exhaustive()
    }
}
impl DeleteActivityInputBuilder {
    /// See [`DeleteActivityInput::activity_arn`](crate::types::DeleteActivityInput::activity_arn).
    pub fn activity_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.activity_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`activity_arn`](Self::activity_arn).
    pub fn set_activity_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.activity_arn = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DeleteActivityInput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DeleteActivityInput {
            activity_arn: self
                .activity_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DeleteActivityInput",
                        "activity_arn",
                    ),
                )?,
        })
    }
}
/// A builder for [`DeleteActivityOutput`](crate::types::DeleteActivityOutput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DeleteActivityOutputBuilder {}
impl ::std::fmt::Debug for DeleteActivityOutputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeleteActivityOutputBuilder").finish_non_exhaustive()
    }
}
impl DeleteActivityOutputBuilder {
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DeleteActivityOutput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DeleteActivityOutput {
        })
    }
}
/// A builder for [`DeleteStateMachineAliasInput`](crate::types::DeleteStateMachineAliasInput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DeleteStateMachineAliasInputBuilder {
    pub(crate) state_machine_alias_arn: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DeleteStateMachineAliasInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeleteStateMachineAliasInputBuilder").finish_non_exhaustive()
    }
}
impl DeleteStateMachineAliasInputBuilder {
    /// See [`DeleteStateMachineAliasInput::state_machine_alias_arn`](crate::types::DeleteStateMachineAliasInput::state_machine_alias_arn).
    pub fn state_machine_alias_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.state_machine_alias_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`state_machine_alias_arn`](Self::state_machine_alias_arn).
    pub fn set_state_machine_alias_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.state_machine_alias_arn = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DeleteStateMachineAliasInput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DeleteStateMachineAliasInput {
            state_machine_alias_arn: self
                .state_machine_alias_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DeleteStateMachineAliasInput",
                        "state_machine_alias_arn",
                    ),
                )?,
        })
    }
}
/// A builder for [`DeleteStateMachineAliasOutput`](crate::types::DeleteStateMachineAliasOutput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DeleteStateMachineAliasOutputBuilder {}
impl ::std::fmt::Debug for DeleteStateMachineAliasOutputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeleteStateMachineAliasOutputBuilder").finish_non_exhaustive()
    }
}
impl DeleteStateMachineAliasOutputBuilder {
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DeleteStateMachineAliasOutput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DeleteStateMachineAliasOutput {
        })
    }
}
/// A builder for [`DeleteStateMachineInput`](crate::types::DeleteStateMachineInput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DeleteStateMachineInputBuilder {
    pub(crate) state_machine_arn: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DeleteStateMachineInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeleteStateMachineInputBuilder").finish_non_exhaustive()
    }
}
impl DeleteStateMachineInputBuilder {
    /// See [`DeleteStateMachineInput::state_machine_arn`](crate::types::DeleteStateMachineInput::state_machine_arn).
    pub fn state_machine_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.state_machine_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`state_machine_arn`](Self::state_machine_arn).
    pub fn set_state_machine_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.state_machine_arn = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DeleteStateMachineInput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DeleteStateMachineInput {
            state_machine_arn: self
                .state_machine_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DeleteStateMachineInput",
                        "state_machine_arn",
                    ),
                )?,
        })
    }
}
/// A builder for [`DeleteStateMachineOutput`](crate::types::DeleteStateMachineOutput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DeleteStateMachineOutputBuilder {}
impl ::std::fmt::Debug for DeleteStateMachineOutputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeleteStateMachineOutputBuilder").finish_non_exhaustive()
    }
}
impl DeleteStateMachineOutputBuilder {
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DeleteStateMachineOutput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DeleteStateMachineOutput {
        })
    }
}
/// A builder for [`DeleteStateMachineVersionInput`](crate::types::DeleteStateMachineVersionInput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DeleteStateMachineVersionInputBuilder {
    pub(crate) state_machine_version_arn: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DeleteStateMachineVersionInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeleteStateMachineVersionInputBuilder").finish_non_exhaustive()
    }
}
impl DeleteStateMachineVersionInputBuilder {
    /// See [`DeleteStateMachineVersionInput::state_machine_version_arn`](crate::types::DeleteStateMachineVersionInput::state_machine_version_arn).
    pub fn state_machine_version_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.state_machine_version_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`state_machine_version_arn`](Self::state_machine_version_arn).
    pub fn set_state_machine_version_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.state_machine_version_arn = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DeleteStateMachineVersionInput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DeleteStateMachineVersionInput {
            state_machine_version_arn: self
                .state_machine_version_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DeleteStateMachineVersionInput",
                        "state_machine_version_arn",
                    ),
                )?,
        })
    }
}
/// A builder for [`DeleteStateMachineVersionOutput`](crate::types::DeleteStateMachineVersionOutput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DeleteStateMachineVersionOutputBuilder {}
impl ::std::fmt::Debug for DeleteStateMachineVersionOutputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeleteStateMachineVersionOutputBuilder").finish_non_exhaustive()
    }
}
impl DeleteStateMachineVersionOutputBuilder {
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DeleteStateMachineVersionOutput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DeleteStateMachineVersionOutput {
        })
    }
}
/// A builder for [`DescribeActivityInput`](crate::types::DescribeActivityInput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DescribeActivityInputBuilder {
    pub(crate) activity_arn: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DescribeActivityInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DescribeActivityInputBuilder").finish_non_exhaustive()
    }
}
impl DescribeActivityInputBuilder {
    /// See [`DescribeActivityInput::activity_arn`](crate::types::DescribeActivityInput::activity_arn).
    pub fn activity_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.activity_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`activity_arn`](Self::activity_arn).
    pub fn set_activity_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.activity_arn = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DescribeActivityInput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DescribeActivityInput {
            activity_arn: self
                .activity_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DescribeActivityInput",
                        "activity_arn",
                    ),
                )?,
        })
    }
}
/// A builder for [`DescribeActivityOutput`](crate::types::DescribeActivityOutput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DescribeActivityOutputBuilder {
    pub(crate) activity_arn: ::std::option::Option<::std::string::String>,
    pub(crate) creation_date: ::std::option::Option<crate::runtime::Timestamp>,
    pub(crate) name: ::std::option::Option<::std::string::String>,
    pub(crate) encryption_configuration: ::std::option::Option<
        crate::types::EncryptionConfiguration,
    >,
}
impl ::std::fmt::Debug for DescribeActivityOutputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DescribeActivityOutputBuilder").finish_non_exhaustive()
    }
}
impl DescribeActivityOutputBuilder {
    /// See [`DescribeActivityOutput::activity_arn`](crate::types::DescribeActivityOutput::activity_arn).
    pub fn activity_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.activity_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`activity_arn`](Self::activity_arn).
    pub fn set_activity_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.activity_arn = input;
        self
    }
    /// See [`DescribeActivityOutput::creation_date`](crate::types::DescribeActivityOutput::creation_date).
    pub fn creation_date(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.creation_date = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`creation_date`](Self::creation_date).
    pub fn set_creation_date(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.creation_date = input;
        self
    }
    /// See [`DescribeActivityOutput::name`](crate::types::DescribeActivityOutput::name).
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
    /// See [`DescribeActivityOutput::encryption_configuration`](crate::types::DescribeActivityOutput::encryption_configuration).
    pub fn encryption_configuration(
        mut self,
        input: impl ::std::convert::Into<crate::types::EncryptionConfiguration>,
    ) -> Self {
        self.encryption_configuration = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`encryption_configuration`](Self::encryption_configuration).
    pub fn set_encryption_configuration(
        mut self,
        input: ::std::option::Option<crate::types::EncryptionConfiguration>,
    ) -> Self {
        self.encryption_configuration = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DescribeActivityOutput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DescribeActivityOutput {
            activity_arn: self
                .activity_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DescribeActivityOutput",
                        "activity_arn",
                    ),
                )?,
            creation_date: self
                .creation_date
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DescribeActivityOutput",
                        "creation_date",
                    ),
                )?,
            name: self
                .name
                .ok_or(
                    crate::runtime::BuildError::missing("DescribeActivityOutput", "name"),
                )?,
            encryption_configuration: self.encryption_configuration,
        })
    }
}
/// A builder for [`DescribeExecutionInput`](crate::types::DescribeExecutionInput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DescribeExecutionInputBuilder {
    pub(crate) execution_arn: ::std::option::Option<::std::string::String>,
    pub(crate) included_data: ::std::option::Option<crate::types::IncludedData>,
}
impl ::std::fmt::Debug for DescribeExecutionInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DescribeExecutionInputBuilder").finish_non_exhaustive()
    }
}
impl DescribeExecutionInputBuilder {
    /// See [`DescribeExecutionInput::execution_arn`](crate::types::DescribeExecutionInput::execution_arn).
    pub fn execution_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.execution_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`execution_arn`](Self::execution_arn).
    pub fn set_execution_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.execution_arn = input;
        self
    }
    /// See [`DescribeExecutionInput::included_data`](crate::types::DescribeExecutionInput::included_data).
    pub fn included_data(
        mut self,
        input: impl ::std::convert::Into<crate::types::IncludedData>,
    ) -> Self {
        self.included_data = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`included_data`](Self::included_data).
    pub fn set_included_data(
        mut self,
        input: ::std::option::Option<crate::types::IncludedData>,
    ) -> Self {
        self.included_data = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DescribeExecutionInput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DescribeExecutionInput {
            execution_arn: self
                .execution_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DescribeExecutionInput",
                        "execution_arn",
                    ),
                )?,
            included_data: self.included_data,
        })
    }
}
/// A builder for [`DescribeExecutionOutput`](crate::types::DescribeExecutionOutput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DescribeExecutionOutputBuilder {
    pub(crate) cause: ::std::option::Option<::std::string::String>,
    pub(crate) error: ::std::option::Option<::std::string::String>,
    pub(crate) execution_arn: ::std::option::Option<::std::string::String>,
    pub(crate) input: ::std::option::Option<::std::string::String>,
    pub(crate) input_details: ::std::option::Option<
        crate::types::CloudWatchEventsExecutionDataDetails,
    >,
    pub(crate) map_run_arn: ::std::option::Option<::std::string::String>,
    pub(crate) name: ::std::option::Option<::std::string::String>,
    pub(crate) output: ::std::option::Option<::std::string::String>,
    pub(crate) output_details: ::std::option::Option<
        crate::types::CloudWatchEventsExecutionDataDetails,
    >,
    pub(crate) start_date: ::std::option::Option<crate::runtime::Timestamp>,
    pub(crate) state_machine_alias_arn: ::std::option::Option<::std::string::String>,
    pub(crate) state_machine_arn: ::std::option::Option<::std::string::String>,
    pub(crate) state_machine_version_arn: ::std::option::Option<::std::string::String>,
    pub(crate) status: ::std::option::Option<crate::types::ExecutionStatus>,
    pub(crate) stop_date: ::std::option::Option<crate::runtime::Timestamp>,
    pub(crate) trace_header: ::std::option::Option<::std::string::String>,
    pub(crate) redrive_count: ::std::option::Option<i64>,
    pub(crate) redrive_date: ::std::option::Option<crate::runtime::Timestamp>,
    pub(crate) redrive_status: ::std::option::Option<
        crate::types::ExecutionRedriveStatus,
    >,
    pub(crate) redrive_status_reason: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DescribeExecutionOutputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DescribeExecutionOutputBuilder").finish_non_exhaustive()
    }
}
impl DescribeExecutionOutputBuilder {
    /// See [`DescribeExecutionOutput::cause`](crate::types::DescribeExecutionOutput::cause).
    pub fn cause(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cause = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`cause`](Self::cause).
    pub fn set_cause(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.cause = input;
        self
    }
    /// See [`DescribeExecutionOutput::error`](crate::types::DescribeExecutionOutput::error).
    pub fn error(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.error = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`error`](Self::error).
    pub fn set_error(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.error = input;
        self
    }
    /// See [`DescribeExecutionOutput::execution_arn`](crate::types::DescribeExecutionOutput::execution_arn).
    pub fn execution_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.execution_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`execution_arn`](Self::execution_arn).
    pub fn set_execution_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.execution_arn = input;
        self
    }
    /// See [`DescribeExecutionOutput::input`](crate::types::DescribeExecutionOutput::input).
    pub fn input(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.input = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`input`](Self::input).
    pub fn set_input(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.input = input;
        self
    }
    /// See [`DescribeExecutionOutput::input_details`](crate::types::DescribeExecutionOutput::input_details).
    pub fn input_details(
        mut self,
        input: impl ::std::convert::Into<
            crate::types::CloudWatchEventsExecutionDataDetails,
        >,
    ) -> Self {
        self.input_details = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`input_details`](Self::input_details).
    pub fn set_input_details(
        mut self,
        input: ::std::option::Option<crate::types::CloudWatchEventsExecutionDataDetails>,
    ) -> Self {
        self.input_details = input;
        self
    }
    /// See [`DescribeExecutionOutput::map_run_arn`](crate::types::DescribeExecutionOutput::map_run_arn).
    pub fn map_run_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.map_run_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`map_run_arn`](Self::map_run_arn).
    pub fn set_map_run_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.map_run_arn = input;
        self
    }
    /// See [`DescribeExecutionOutput::name`](crate::types::DescribeExecutionOutput::name).
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
    /// See [`DescribeExecutionOutput::output`](crate::types::DescribeExecutionOutput::output).
    pub fn output(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.output = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`output`](Self::output).
    pub fn set_output(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.output = input;
        self
    }
    /// See [`DescribeExecutionOutput::output_details`](crate::types::DescribeExecutionOutput::output_details).
    pub fn output_details(
        mut self,
        input: impl ::std::convert::Into<
            crate::types::CloudWatchEventsExecutionDataDetails,
        >,
    ) -> Self {
        self.output_details = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`output_details`](Self::output_details).
    pub fn set_output_details(
        mut self,
        input: ::std::option::Option<crate::types::CloudWatchEventsExecutionDataDetails>,
    ) -> Self {
        self.output_details = input;
        self
    }
    /// See [`DescribeExecutionOutput::start_date`](crate::types::DescribeExecutionOutput::start_date).
    pub fn start_date(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.start_date = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`start_date`](Self::start_date).
    pub fn set_start_date(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.start_date = input;
        self
    }
    /// See [`DescribeExecutionOutput::state_machine_alias_arn`](crate::types::DescribeExecutionOutput::state_machine_alias_arn).
    pub fn state_machine_alias_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.state_machine_alias_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`state_machine_alias_arn`](Self::state_machine_alias_arn).
    pub fn set_state_machine_alias_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.state_machine_alias_arn = input;
        self
    }
    /// See [`DescribeExecutionOutput::state_machine_arn`](crate::types::DescribeExecutionOutput::state_machine_arn).
    pub fn state_machine_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.state_machine_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`state_machine_arn`](Self::state_machine_arn).
    pub fn set_state_machine_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.state_machine_arn = input;
        self
    }
    /// See [`DescribeExecutionOutput::state_machine_version_arn`](crate::types::DescribeExecutionOutput::state_machine_version_arn).
    pub fn state_machine_version_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.state_machine_version_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`state_machine_version_arn`](Self::state_machine_version_arn).
    pub fn set_state_machine_version_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.state_machine_version_arn = input;
        self
    }
    /// See [`DescribeExecutionOutput::status`](crate::types::DescribeExecutionOutput::status).
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
    /// See [`DescribeExecutionOutput::stop_date`](crate::types::DescribeExecutionOutput::stop_date).
    pub fn stop_date(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.stop_date = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`stop_date`](Self::stop_date).
    pub fn set_stop_date(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.stop_date = input;
        self
    }
    /// See [`DescribeExecutionOutput::trace_header`](crate::types::DescribeExecutionOutput::trace_header).
    pub fn trace_header(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.trace_header = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`trace_header`](Self::trace_header).
    pub fn set_trace_header(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.trace_header = input;
        self
    }
    /// See [`DescribeExecutionOutput::redrive_count`](crate::types::DescribeExecutionOutput::redrive_count).
    pub fn redrive_count(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.redrive_count = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`redrive_count`](Self::redrive_count).
    pub fn set_redrive_count(mut self, input: ::std::option::Option<i64>) -> Self {
        self.redrive_count = input;
        self
    }
    /// See [`DescribeExecutionOutput::redrive_date`](crate::types::DescribeExecutionOutput::redrive_date).
    pub fn redrive_date(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.redrive_date = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`redrive_date`](Self::redrive_date).
    pub fn set_redrive_date(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.redrive_date = input;
        self
    }
    /// See [`DescribeExecutionOutput::redrive_status`](crate::types::DescribeExecutionOutput::redrive_status).
    pub fn redrive_status(
        mut self,
        input: impl ::std::convert::Into<crate::types::ExecutionRedriveStatus>,
    ) -> Self {
        self.redrive_status = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`redrive_status`](Self::redrive_status).
    pub fn set_redrive_status(
        mut self,
        input: ::std::option::Option<crate::types::ExecutionRedriveStatus>,
    ) -> Self {
        self.redrive_status = input;
        self
    }
    /// See [`DescribeExecutionOutput::redrive_status_reason`](crate::types::DescribeExecutionOutput::redrive_status_reason).
    pub fn redrive_status_reason(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.redrive_status_reason = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`redrive_status_reason`](Self::redrive_status_reason).
    pub fn set_redrive_status_reason(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.redrive_status_reason = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DescribeExecutionOutput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DescribeExecutionOutput {
            cause: self.cause,
            error: self.error,
            execution_arn: self
                .execution_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DescribeExecutionOutput",
                        "execution_arn",
                    ),
                )?,
            input: self.input,
            input_details: self.input_details,
            map_run_arn: self.map_run_arn,
            name: self.name,
            output: self.output,
            output_details: self.output_details,
            start_date: self
                .start_date
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DescribeExecutionOutput",
                        "start_date",
                    ),
                )?,
            state_machine_alias_arn: self.state_machine_alias_arn,
            state_machine_arn: self
                .state_machine_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DescribeExecutionOutput",
                        "state_machine_arn",
                    ),
                )?,
            state_machine_version_arn: self.state_machine_version_arn,
            status: self
                .status
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DescribeExecutionOutput",
                        "status",
                    ),
                )?,
            stop_date: self.stop_date,
            trace_header: self.trace_header,
            redrive_count: self.redrive_count,
            redrive_date: self.redrive_date,
            redrive_status: self.redrive_status,
            redrive_status_reason: self.redrive_status_reason,
        })
    }
}
/// A builder for [`DescribeMapRunInput`](crate::types::DescribeMapRunInput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DescribeMapRunInputBuilder {
    pub(crate) map_run_arn: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DescribeMapRunInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DescribeMapRunInputBuilder").finish_non_exhaustive()
    }
}
impl DescribeMapRunInputBuilder {
    /// See [`DescribeMapRunInput::map_run_arn`](crate::types::DescribeMapRunInput::map_run_arn).
    pub fn map_run_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.map_run_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`map_run_arn`](Self::map_run_arn).
    pub fn set_map_run_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.map_run_arn = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DescribeMapRunInput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DescribeMapRunInput {
            map_run_arn: self
                .map_run_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DescribeMapRunInput",
                        "map_run_arn",
                    ),
                )?,
        })
    }
}
/// A builder for [`DescribeMapRunOutput`](crate::types::DescribeMapRunOutput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DescribeMapRunOutputBuilder {
    pub(crate) execution_arn: ::std::option::Option<::std::string::String>,
    pub(crate) execution_counts: ::std::option::Option<
        crate::types::MapRunExecutionCounts,
    >,
    pub(crate) item_counts: ::std::option::Option<crate::types::MapRunItemCounts>,
    pub(crate) map_run_arn: ::std::option::Option<::std::string::String>,
    pub(crate) max_concurrency: ::std::option::Option<i64>,
    pub(crate) start_date: ::std::option::Option<crate::runtime::Timestamp>,
    pub(crate) status: ::std::option::Option<crate::types::MapRunStatus>,
    pub(crate) stop_date: ::std::option::Option<crate::runtime::Timestamp>,
    pub(crate) tolerated_failure_count: ::std::option::Option<i64>,
    pub(crate) tolerated_failure_percentage: ::std::option::Option<f32>,
    pub(crate) redrive_count: ::std::option::Option<i64>,
    pub(crate) redrive_date: ::std::option::Option<crate::runtime::Timestamp>,
}
impl ::std::fmt::Debug for DescribeMapRunOutputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DescribeMapRunOutputBuilder").finish_non_exhaustive()
    }
}
impl DescribeMapRunOutputBuilder {
    /// See [`DescribeMapRunOutput::execution_arn`](crate::types::DescribeMapRunOutput::execution_arn).
    pub fn execution_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.execution_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`execution_arn`](Self::execution_arn).
    pub fn set_execution_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.execution_arn = input;
        self
    }
    /// See [`DescribeMapRunOutput::execution_counts`](crate::types::DescribeMapRunOutput::execution_counts).
    pub fn execution_counts(
        mut self,
        input: impl ::std::convert::Into<crate::types::MapRunExecutionCounts>,
    ) -> Self {
        self.execution_counts = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`execution_counts`](Self::execution_counts).
    pub fn set_execution_counts(
        mut self,
        input: ::std::option::Option<crate::types::MapRunExecutionCounts>,
    ) -> Self {
        self.execution_counts = input;
        self
    }
    /// See [`DescribeMapRunOutput::item_counts`](crate::types::DescribeMapRunOutput::item_counts).
    pub fn item_counts(
        mut self,
        input: impl ::std::convert::Into<crate::types::MapRunItemCounts>,
    ) -> Self {
        self.item_counts = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`item_counts`](Self::item_counts).
    pub fn set_item_counts(
        mut self,
        input: ::std::option::Option<crate::types::MapRunItemCounts>,
    ) -> Self {
        self.item_counts = input;
        self
    }
    /// See [`DescribeMapRunOutput::map_run_arn`](crate::types::DescribeMapRunOutput::map_run_arn).
    pub fn map_run_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.map_run_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`map_run_arn`](Self::map_run_arn).
    pub fn set_map_run_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.map_run_arn = input;
        self
    }
    /// See [`DescribeMapRunOutput::max_concurrency`](crate::types::DescribeMapRunOutput::max_concurrency).
    pub fn max_concurrency(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.max_concurrency = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`max_concurrency`](Self::max_concurrency).
    pub fn set_max_concurrency(mut self, input: ::std::option::Option<i64>) -> Self {
        self.max_concurrency = input;
        self
    }
    /// See [`DescribeMapRunOutput::start_date`](crate::types::DescribeMapRunOutput::start_date).
    pub fn start_date(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.start_date = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`start_date`](Self::start_date).
    pub fn set_start_date(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.start_date = input;
        self
    }
    /// See [`DescribeMapRunOutput::status`](crate::types::DescribeMapRunOutput::status).
    pub fn status(
        mut self,
        input: impl ::std::convert::Into<crate::types::MapRunStatus>,
    ) -> Self {
        self.status = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`status`](Self::status).
    pub fn set_status(
        mut self,
        input: ::std::option::Option<crate::types::MapRunStatus>,
    ) -> Self {
        self.status = input;
        self
    }
    /// See [`DescribeMapRunOutput::stop_date`](crate::types::DescribeMapRunOutput::stop_date).
    pub fn stop_date(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.stop_date = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`stop_date`](Self::stop_date).
    pub fn set_stop_date(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.stop_date = input;
        self
    }
    /// See [`DescribeMapRunOutput::tolerated_failure_count`](crate::types::DescribeMapRunOutput::tolerated_failure_count).
    pub fn tolerated_failure_count(
        mut self,
        input: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.tolerated_failure_count = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`tolerated_failure_count`](Self::tolerated_failure_count).
    pub fn set_tolerated_failure_count(
        mut self,
        input: ::std::option::Option<i64>,
    ) -> Self {
        self.tolerated_failure_count = input;
        self
    }
    /// See [`DescribeMapRunOutput::tolerated_failure_percentage`](crate::types::DescribeMapRunOutput::tolerated_failure_percentage).
    pub fn tolerated_failure_percentage(
        mut self,
        input: impl ::std::convert::Into<f32>,
    ) -> Self {
        self.tolerated_failure_percentage = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`tolerated_failure_percentage`](Self::tolerated_failure_percentage).
    pub fn set_tolerated_failure_percentage(
        mut self,
        input: ::std::option::Option<f32>,
    ) -> Self {
        self.tolerated_failure_percentage = input;
        self
    }
    /// See [`DescribeMapRunOutput::redrive_count`](crate::types::DescribeMapRunOutput::redrive_count).
    pub fn redrive_count(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.redrive_count = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`redrive_count`](Self::redrive_count).
    pub fn set_redrive_count(mut self, input: ::std::option::Option<i64>) -> Self {
        self.redrive_count = input;
        self
    }
    /// See [`DescribeMapRunOutput::redrive_date`](crate::types::DescribeMapRunOutput::redrive_date).
    pub fn redrive_date(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.redrive_date = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`redrive_date`](Self::redrive_date).
    pub fn set_redrive_date(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.redrive_date = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DescribeMapRunOutput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DescribeMapRunOutput {
            execution_arn: self
                .execution_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DescribeMapRunOutput",
                        "execution_arn",
                    ),
                )?,
            execution_counts: self
                .execution_counts
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DescribeMapRunOutput",
                        "execution_counts",
                    ),
                )?,
            item_counts: self
                .item_counts
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DescribeMapRunOutput",
                        "item_counts",
                    ),
                )?,
            map_run_arn: self
                .map_run_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DescribeMapRunOutput",
                        "map_run_arn",
                    ),
                )?,
            max_concurrency: self
                .max_concurrency
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DescribeMapRunOutput",
                        "max_concurrency",
                    ),
                )?,
            start_date: self
                .start_date
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DescribeMapRunOutput",
                        "start_date",
                    ),
                )?,
            status: self
                .status
                .ok_or(
                    crate::runtime::BuildError::missing("DescribeMapRunOutput", "status"),
                )?,
            stop_date: self.stop_date,
            tolerated_failure_count: self
                .tolerated_failure_count
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DescribeMapRunOutput",
                        "tolerated_failure_count",
                    ),
                )?,
            tolerated_failure_percentage: self
                .tolerated_failure_percentage
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DescribeMapRunOutput",
                        "tolerated_failure_percentage",
                    ),
                )?,
            redrive_count: self.redrive_count,
            redrive_date: self.redrive_date,
        })
    }
}
/// A builder for [`DescribeStateMachineAliasInput`](crate::types::DescribeStateMachineAliasInput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DescribeStateMachineAliasInputBuilder {
    pub(crate) state_machine_alias_arn: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DescribeStateMachineAliasInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DescribeStateMachineAliasInputBuilder").finish_non_exhaustive()
    }
}
impl DescribeStateMachineAliasInputBuilder {
    /// See [`DescribeStateMachineAliasInput::state_machine_alias_arn`](crate::types::DescribeStateMachineAliasInput::state_machine_alias_arn).
    pub fn state_machine_alias_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.state_machine_alias_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`state_machine_alias_arn`](Self::state_machine_alias_arn).
    pub fn set_state_machine_alias_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.state_machine_alias_arn = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DescribeStateMachineAliasInput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DescribeStateMachineAliasInput {
            state_machine_alias_arn: self
                .state_machine_alias_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DescribeStateMachineAliasInput",
                        "state_machine_alias_arn",
                    ),
                )?,
        })
    }
}
/// A builder for [`DescribeStateMachineAliasOutput`](crate::types::DescribeStateMachineAliasOutput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DescribeStateMachineAliasOutputBuilder {
    pub(crate) creation_date: ::std::option::Option<crate::runtime::Timestamp>,
    pub(crate) description: ::std::option::Option<::std::string::String>,
    pub(crate) name: ::std::option::Option<::std::string::String>,
    pub(crate) routing_configuration: ::std::option::Option<
        ::std::vec::Vec<crate::types::RoutingConfigurationListItem>,
    >,
    pub(crate) state_machine_alias_arn: ::std::option::Option<::std::string::String>,
    pub(crate) update_date: ::std::option::Option<crate::runtime::Timestamp>,
}
impl ::std::fmt::Debug for DescribeStateMachineAliasOutputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DescribeStateMachineAliasOutputBuilder").finish_non_exhaustive()
    }
}
impl DescribeStateMachineAliasOutputBuilder {
    /// See [`DescribeStateMachineAliasOutput::creation_date`](crate::types::DescribeStateMachineAliasOutput::creation_date).
    pub fn creation_date(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.creation_date = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`creation_date`](Self::creation_date).
    pub fn set_creation_date(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.creation_date = input;
        self
    }
    /// See [`DescribeStateMachineAliasOutput::description`](crate::types::DescribeStateMachineAliasOutput::description).
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
    /// See [`DescribeStateMachineAliasOutput::name`](crate::types::DescribeStateMachineAliasOutput::name).
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
    /// See [`DescribeStateMachineAliasOutput::routing_configuration`](crate::types::DescribeStateMachineAliasOutput::routing_configuration).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn routing_configuration(
        mut self,
        input: impl ::std::convert::Into<crate::types::RoutingConfigurationListItem>,
    ) -> Self {
        self.routing_configuration
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`routing_configuration`](Self::routing_configuration).
    pub fn set_routing_configuration(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<crate::types::RoutingConfigurationListItem>,
        >,
    ) -> Self {
        self.routing_configuration = input;
        self
    }
    /// See [`DescribeStateMachineAliasOutput::state_machine_alias_arn`](crate::types::DescribeStateMachineAliasOutput::state_machine_alias_arn).
    pub fn state_machine_alias_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.state_machine_alias_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`state_machine_alias_arn`](Self::state_machine_alias_arn).
    pub fn set_state_machine_alias_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.state_machine_alias_arn = input;
        self
    }
    /// See [`DescribeStateMachineAliasOutput::update_date`](crate::types::DescribeStateMachineAliasOutput::update_date).
    pub fn update_date(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.update_date = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`update_date`](Self::update_date).
    pub fn set_update_date(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.update_date = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DescribeStateMachineAliasOutput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DescribeStateMachineAliasOutput {
            creation_date: self.creation_date,
            description: self.description,
            name: self.name,
            routing_configuration: self.routing_configuration,
            state_machine_alias_arn: self.state_machine_alias_arn,
            update_date: self.update_date,
        })
    }
}
/// A builder for [`DescribeStateMachineForExecutionInput`](crate::types::DescribeStateMachineForExecutionInput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DescribeStateMachineForExecutionInputBuilder {
    pub(crate) execution_arn: ::std::option::Option<::std::string::String>,
    pub(crate) included_data: ::std::option::Option<crate::types::IncludedData>,
}
impl ::std::fmt::Debug for DescribeStateMachineForExecutionInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DescribeStateMachineForExecutionInputBuilder")
            .finish_non_exhaustive()
    }
}
impl DescribeStateMachineForExecutionInputBuilder {
    /// See [`DescribeStateMachineForExecutionInput::execution_arn`](crate::types::DescribeStateMachineForExecutionInput::execution_arn).
    pub fn execution_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.execution_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`execution_arn`](Self::execution_arn).
    pub fn set_execution_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.execution_arn = input;
        self
    }
    /// See [`DescribeStateMachineForExecutionInput::included_data`](crate::types::DescribeStateMachineForExecutionInput::included_data).
    pub fn included_data(
        mut self,
        input: impl ::std::convert::Into<crate::types::IncludedData>,
    ) -> Self {
        self.included_data = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`included_data`](Self::included_data).
    pub fn set_included_data(
        mut self,
        input: ::std::option::Option<crate::types::IncludedData>,
    ) -> Self {
        self.included_data = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DescribeStateMachineForExecutionInput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DescribeStateMachineForExecutionInput {
            execution_arn: self
                .execution_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DescribeStateMachineForExecutionInput",
                        "execution_arn",
                    ),
                )?,
            included_data: self.included_data,
        })
    }
}
/// A builder for [`DescribeStateMachineForExecutionOutput`](crate::types::DescribeStateMachineForExecutionOutput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DescribeStateMachineForExecutionOutputBuilder {
    pub(crate) definition: ::std::option::Option<::std::string::String>,
    pub(crate) label: ::std::option::Option<::std::string::String>,
    pub(crate) logging_configuration: ::std::option::Option<
        crate::types::LoggingConfiguration,
    >,
    pub(crate) map_run_arn: ::std::option::Option<::std::string::String>,
    pub(crate) name: ::std::option::Option<::std::string::String>,
    pub(crate) revision_id: ::std::option::Option<::std::string::String>,
    pub(crate) role_arn: ::std::option::Option<::std::string::String>,
    pub(crate) state_machine_arn: ::std::option::Option<::std::string::String>,
    pub(crate) tracing_configuration: ::std::option::Option<
        crate::types::TracingConfiguration,
    >,
    pub(crate) update_date: ::std::option::Option<crate::runtime::Timestamp>,
    pub(crate) encryption_configuration: ::std::option::Option<
        crate::types::EncryptionConfiguration,
    >,
    pub(crate) variable_references: ::std::option::Option<
        ::std::collections::HashMap<
            ::std::string::String,
            ::std::vec::Vec<::std::string::String>,
        >,
    >,
}
impl ::std::fmt::Debug for DescribeStateMachineForExecutionOutputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DescribeStateMachineForExecutionOutputBuilder")
            .finish_non_exhaustive()
    }
}
impl DescribeStateMachineForExecutionOutputBuilder {
    /// See [`DescribeStateMachineForExecutionOutput::definition`](crate::types::DescribeStateMachineForExecutionOutput::definition).
    pub fn definition(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.definition = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`definition`](Self::definition).
    pub fn set_definition(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.definition = input;
        self
    }
    /// See [`DescribeStateMachineForExecutionOutput::label`](crate::types::DescribeStateMachineForExecutionOutput::label).
    pub fn label(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.label = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`label`](Self::label).
    pub fn set_label(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.label = input;
        self
    }
    /// See [`DescribeStateMachineForExecutionOutput::logging_configuration`](crate::types::DescribeStateMachineForExecutionOutput::logging_configuration).
    pub fn logging_configuration(
        mut self,
        input: impl ::std::convert::Into<crate::types::LoggingConfiguration>,
    ) -> Self {
        self.logging_configuration = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`logging_configuration`](Self::logging_configuration).
    pub fn set_logging_configuration(
        mut self,
        input: ::std::option::Option<crate::types::LoggingConfiguration>,
    ) -> Self {
        self.logging_configuration = input;
        self
    }
    /// See [`DescribeStateMachineForExecutionOutput::map_run_arn`](crate::types::DescribeStateMachineForExecutionOutput::map_run_arn).
    pub fn map_run_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.map_run_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`map_run_arn`](Self::map_run_arn).
    pub fn set_map_run_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.map_run_arn = input;
        self
    }
    /// See [`DescribeStateMachineForExecutionOutput::name`](crate::types::DescribeStateMachineForExecutionOutput::name).
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
    /// See [`DescribeStateMachineForExecutionOutput::revision_id`](crate::types::DescribeStateMachineForExecutionOutput::revision_id).
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
    /// See [`DescribeStateMachineForExecutionOutput::role_arn`](crate::types::DescribeStateMachineForExecutionOutput::role_arn).
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
    /// See [`DescribeStateMachineForExecutionOutput::state_machine_arn`](crate::types::DescribeStateMachineForExecutionOutput::state_machine_arn).
    pub fn state_machine_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.state_machine_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`state_machine_arn`](Self::state_machine_arn).
    pub fn set_state_machine_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.state_machine_arn = input;
        self
    }
    /// See [`DescribeStateMachineForExecutionOutput::tracing_configuration`](crate::types::DescribeStateMachineForExecutionOutput::tracing_configuration).
    pub fn tracing_configuration(
        mut self,
        input: impl ::std::convert::Into<crate::types::TracingConfiguration>,
    ) -> Self {
        self.tracing_configuration = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`tracing_configuration`](Self::tracing_configuration).
    pub fn set_tracing_configuration(
        mut self,
        input: ::std::option::Option<crate::types::TracingConfiguration>,
    ) -> Self {
        self.tracing_configuration = input;
        self
    }
    /// See [`DescribeStateMachineForExecutionOutput::update_date`](crate::types::DescribeStateMachineForExecutionOutput::update_date).
    pub fn update_date(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.update_date = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`update_date`](Self::update_date).
    pub fn set_update_date(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.update_date = input;
        self
    }
    /// See [`DescribeStateMachineForExecutionOutput::encryption_configuration`](crate::types::DescribeStateMachineForExecutionOutput::encryption_configuration).
    pub fn encryption_configuration(
        mut self,
        input: impl ::std::convert::Into<crate::types::EncryptionConfiguration>,
    ) -> Self {
        self.encryption_configuration = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`encryption_configuration`](Self::encryption_configuration).
    pub fn set_encryption_configuration(
        mut self,
        input: ::std::option::Option<crate::types::EncryptionConfiguration>,
    ) -> Self {
        self.encryption_configuration = input;
        self
    }
    /// See [`DescribeStateMachineForExecutionOutput::variable_references`](crate::types::DescribeStateMachineForExecutionOutput::variable_references).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn variable_references(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.variable_references
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`variable_references`](Self::variable_references).
    pub fn set_variable_references(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<
                ::std::string::String,
                ::std::vec::Vec<::std::string::String>,
            >,
        >,
    ) -> Self {
        self.variable_references = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DescribeStateMachineForExecutionOutput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DescribeStateMachineForExecutionOutput {
            definition: self
                .definition
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DescribeStateMachineForExecutionOutput",
                        "definition",
                    ),
                )?,
            label: self.label,
            logging_configuration: self.logging_configuration,
            map_run_arn: self.map_run_arn,
            name: self
                .name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DescribeStateMachineForExecutionOutput",
                        "name",
                    ),
                )?,
            revision_id: self.revision_id,
            role_arn: self
                .role_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DescribeStateMachineForExecutionOutput",
                        "role_arn",
                    ),
                )?,
            state_machine_arn: self
                .state_machine_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DescribeStateMachineForExecutionOutput",
                        "state_machine_arn",
                    ),
                )?,
            tracing_configuration: self.tracing_configuration,
            update_date: self
                .update_date
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DescribeStateMachineForExecutionOutput",
                        "update_date",
                    ),
                )?,
            encryption_configuration: self.encryption_configuration,
            variable_references: self.variable_references,
        })
    }
}
/// A builder for [`DescribeStateMachineInput`](crate::types::DescribeStateMachineInput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DescribeStateMachineInputBuilder {
    pub(crate) state_machine_arn: ::std::option::Option<::std::string::String>,
    pub(crate) included_data: ::std::option::Option<crate::types::IncludedData>,
}
impl ::std::fmt::Debug for DescribeStateMachineInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DescribeStateMachineInputBuilder").finish_non_exhaustive()
    }
}
impl DescribeStateMachineInputBuilder {
    /// See [`DescribeStateMachineInput::state_machine_arn`](crate::types::DescribeStateMachineInput::state_machine_arn).
    pub fn state_machine_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.state_machine_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`state_machine_arn`](Self::state_machine_arn).
    pub fn set_state_machine_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.state_machine_arn = input;
        self
    }
    /// See [`DescribeStateMachineInput::included_data`](crate::types::DescribeStateMachineInput::included_data).
    pub fn included_data(
        mut self,
        input: impl ::std::convert::Into<crate::types::IncludedData>,
    ) -> Self {
        self.included_data = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`included_data`](Self::included_data).
    pub fn set_included_data(
        mut self,
        input: ::std::option::Option<crate::types::IncludedData>,
    ) -> Self {
        self.included_data = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DescribeStateMachineInput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DescribeStateMachineInput {
            state_machine_arn: self
                .state_machine_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DescribeStateMachineInput",
                        "state_machine_arn",
                    ),
                )?,
            included_data: self.included_data,
        })
    }
}
/// A builder for [`DescribeStateMachineOutput`](crate::types::DescribeStateMachineOutput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DescribeStateMachineOutputBuilder {
    pub(crate) creation_date: ::std::option::Option<crate::runtime::Timestamp>,
    pub(crate) definition: ::std::option::Option<::std::string::String>,
    pub(crate) description: ::std::option::Option<::std::string::String>,
    pub(crate) label: ::std::option::Option<::std::string::String>,
    pub(crate) logging_configuration: ::std::option::Option<
        crate::types::LoggingConfiguration,
    >,
    pub(crate) name: ::std::option::Option<::std::string::String>,
    pub(crate) revision_id: ::std::option::Option<::std::string::String>,
    pub(crate) role_arn: ::std::option::Option<::std::string::String>,
    pub(crate) state_machine_arn: ::std::option::Option<::std::string::String>,
    pub(crate) status: ::std::option::Option<crate::types::StateMachineStatus>,
    pub(crate) tracing_configuration: ::std::option::Option<
        crate::types::TracingConfiguration,
    >,
    pub(crate) r#type: ::std::option::Option<crate::types::StateMachineType>,
    pub(crate) encryption_configuration: ::std::option::Option<
        crate::types::EncryptionConfiguration,
    >,
    pub(crate) variable_references: ::std::option::Option<
        ::std::collections::HashMap<
            ::std::string::String,
            ::std::vec::Vec<::std::string::String>,
        >,
    >,
}
impl ::std::fmt::Debug for DescribeStateMachineOutputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DescribeStateMachineOutputBuilder").finish_non_exhaustive()
    }
}
impl DescribeStateMachineOutputBuilder {
    /// See [`DescribeStateMachineOutput::creation_date`](crate::types::DescribeStateMachineOutput::creation_date).
    pub fn creation_date(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.creation_date = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`creation_date`](Self::creation_date).
    pub fn set_creation_date(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.creation_date = input;
        self
    }
    /// See [`DescribeStateMachineOutput::definition`](crate::types::DescribeStateMachineOutput::definition).
    pub fn definition(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.definition = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`definition`](Self::definition).
    pub fn set_definition(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.definition = input;
        self
    }
    /// See [`DescribeStateMachineOutput::description`](crate::types::DescribeStateMachineOutput::description).
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
    /// See [`DescribeStateMachineOutput::label`](crate::types::DescribeStateMachineOutput::label).
    pub fn label(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.label = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`label`](Self::label).
    pub fn set_label(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.label = input;
        self
    }
    /// See [`DescribeStateMachineOutput::logging_configuration`](crate::types::DescribeStateMachineOutput::logging_configuration).
    pub fn logging_configuration(
        mut self,
        input: impl ::std::convert::Into<crate::types::LoggingConfiguration>,
    ) -> Self {
        self.logging_configuration = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`logging_configuration`](Self::logging_configuration).
    pub fn set_logging_configuration(
        mut self,
        input: ::std::option::Option<crate::types::LoggingConfiguration>,
    ) -> Self {
        self.logging_configuration = input;
        self
    }
    /// See [`DescribeStateMachineOutput::name`](crate::types::DescribeStateMachineOutput::name).
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
    /// See [`DescribeStateMachineOutput::revision_id`](crate::types::DescribeStateMachineOutput::revision_id).
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
    /// See [`DescribeStateMachineOutput::role_arn`](crate::types::DescribeStateMachineOutput::role_arn).
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
    /// See [`DescribeStateMachineOutput::state_machine_arn`](crate::types::DescribeStateMachineOutput::state_machine_arn).
    pub fn state_machine_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.state_machine_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`state_machine_arn`](Self::state_machine_arn).
    pub fn set_state_machine_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.state_machine_arn = input;
        self
    }
    /// See [`DescribeStateMachineOutput::status`](crate::types::DescribeStateMachineOutput::status).
    pub fn status(
        mut self,
        input: impl ::std::convert::Into<crate::types::StateMachineStatus>,
    ) -> Self {
        self.status = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`status`](Self::status).
    pub fn set_status(
        mut self,
        input: ::std::option::Option<crate::types::StateMachineStatus>,
    ) -> Self {
        self.status = input;
        self
    }
    /// See [`DescribeStateMachineOutput::tracing_configuration`](crate::types::DescribeStateMachineOutput::tracing_configuration).
    pub fn tracing_configuration(
        mut self,
        input: impl ::std::convert::Into<crate::types::TracingConfiguration>,
    ) -> Self {
        self.tracing_configuration = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`tracing_configuration`](Self::tracing_configuration).
    pub fn set_tracing_configuration(
        mut self,
        input: ::std::option::Option<crate::types::TracingConfiguration>,
    ) -> Self {
        self.tracing_configuration = input;
        self
    }
    /// See [`DescribeStateMachineOutput::type`](crate::types::DescribeStateMachineOutput::type).
    pub fn r#type(
        mut self,
        input: impl ::std::convert::Into<crate::types::StateMachineType>,
    ) -> Self {
        self.r#type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`type`](Self::type).
    pub fn set_type(
        mut self,
        input: ::std::option::Option<crate::types::StateMachineType>,
    ) -> Self {
        self.r#type = input;
        self
    }
    /// See [`DescribeStateMachineOutput::encryption_configuration`](crate::types::DescribeStateMachineOutput::encryption_configuration).
    pub fn encryption_configuration(
        mut self,
        input: impl ::std::convert::Into<crate::types::EncryptionConfiguration>,
    ) -> Self {
        self.encryption_configuration = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`encryption_configuration`](Self::encryption_configuration).
    pub fn set_encryption_configuration(
        mut self,
        input: ::std::option::Option<crate::types::EncryptionConfiguration>,
    ) -> Self {
        self.encryption_configuration = input;
        self
    }
    /// See [`DescribeStateMachineOutput::variable_references`](crate::types::DescribeStateMachineOutput::variable_references).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn variable_references(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.variable_references
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`variable_references`](Self::variable_references).
    pub fn set_variable_references(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<
                ::std::string::String,
                ::std::vec::Vec<::std::string::String>,
            >,
        >,
    ) -> Self {
        self.variable_references = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DescribeStateMachineOutput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DescribeStateMachineOutput {
            creation_date: self
                .creation_date
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DescribeStateMachineOutput",
                        "creation_date",
                    ),
                )?,
            definition: self
                .definition
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DescribeStateMachineOutput",
                        "definition",
                    ),
                )?,
            description: self.description,
            label: self.label,
            logging_configuration: self.logging_configuration,
            name: self
                .name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DescribeStateMachineOutput",
                        "name",
                    ),
                )?,
            revision_id: self.revision_id,
            role_arn: self
                .role_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DescribeStateMachineOutput",
                        "role_arn",
                    ),
                )?,
            state_machine_arn: self
                .state_machine_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DescribeStateMachineOutput",
                        "state_machine_arn",
                    ),
                )?,
            status: self.status,
            tracing_configuration: self.tracing_configuration,
            r#type: self
                .r#type
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DescribeStateMachineOutput",
                        "type",
                    ),
                )?,
            encryption_configuration: self.encryption_configuration,
            variable_references: self.variable_references,
        })
    }
}
/// A builder for [`EncryptionConfiguration`](crate::types::EncryptionConfiguration).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct EncryptionConfigurationBuilder {
    pub(crate) kms_data_key_reuse_period_seconds: ::std::option::Option<i64>,
    pub(crate) kms_key_id: ::std::option::Option<::std::string::String>,
    pub(crate) r#type: ::std::option::Option<crate::types::EncryptionType>,
}
impl ::std::fmt::Debug for EncryptionConfigurationBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("EncryptionConfigurationBuilder").finish_non_exhaustive()
    }
}
impl EncryptionConfigurationBuilder {
    /// See [`EncryptionConfiguration::kms_data_key_reuse_period_seconds`](crate::types::EncryptionConfiguration::kms_data_key_reuse_period_seconds).
    pub fn kms_data_key_reuse_period_seconds(
        mut self,
        input: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.kms_data_key_reuse_period_seconds = ::std::option::Option::Some(
            input.into(),
        );
        self
    }
    /// Sets or clears [`kms_data_key_reuse_period_seconds`](Self::kms_data_key_reuse_period_seconds).
    pub fn set_kms_data_key_reuse_period_seconds(
        mut self,
        input: ::std::option::Option<i64>,
    ) -> Self {
        self.kms_data_key_reuse_period_seconds = input;
        self
    }
    /// See [`EncryptionConfiguration::kms_key_id`](crate::types::EncryptionConfiguration::kms_key_id).
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
    /// See [`EncryptionConfiguration::type`](crate::types::EncryptionConfiguration::type).
    pub fn r#type(
        mut self,
        input: impl ::std::convert::Into<crate::types::EncryptionType>,
    ) -> Self {
        self.r#type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`type`](Self::type).
    pub fn set_type(
        mut self,
        input: ::std::option::Option<crate::types::EncryptionType>,
    ) -> Self {
        self.r#type = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::EncryptionConfiguration,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::EncryptionConfiguration {
            kms_data_key_reuse_period_seconds: self.kms_data_key_reuse_period_seconds,
            kms_key_id: self.kms_key_id,
            r#type: self
                .r#type
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "EncryptionConfiguration",
                        "type",
                    ),
                )?,
        })
    }
}
/// A builder for [`EvaluationFailedEventDetails`](crate::types::EvaluationFailedEventDetails).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct EvaluationFailedEventDetailsBuilder {
    pub(crate) cause: ::std::option::Option<::std::string::String>,
    pub(crate) error: ::std::option::Option<::std::string::String>,
    pub(crate) location: ::std::option::Option<::std::string::String>,
    pub(crate) state: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for EvaluationFailedEventDetailsBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("EvaluationFailedEventDetailsBuilder").finish_non_exhaustive()
    }
}
impl EvaluationFailedEventDetailsBuilder {
    /// See [`EvaluationFailedEventDetails::cause`](crate::types::EvaluationFailedEventDetails::cause).
    pub fn cause(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cause = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`cause`](Self::cause).
    pub fn set_cause(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.cause = input;
        self
    }
    /// See [`EvaluationFailedEventDetails::error`](crate::types::EvaluationFailedEventDetails::error).
    pub fn error(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.error = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`error`](Self::error).
    pub fn set_error(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.error = input;
        self
    }
    /// See [`EvaluationFailedEventDetails::location`](crate::types::EvaluationFailedEventDetails::location).
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
    /// See [`EvaluationFailedEventDetails::state`](crate::types::EvaluationFailedEventDetails::state).
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
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::EvaluationFailedEventDetails,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::EvaluationFailedEventDetails {
            cause: self.cause,
            error: self.error,
            location: self.location,
            state: self
                .state
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "EvaluationFailedEventDetails",
                        "state",
                    ),
                )?,
        })
    }
}
/// A builder for [`ExecutionAbortedEventDetails`](crate::types::ExecutionAbortedEventDetails).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ExecutionAbortedEventDetailsBuilder {
    pub(crate) cause: ::std::option::Option<::std::string::String>,
    pub(crate) error: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ExecutionAbortedEventDetailsBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ExecutionAbortedEventDetailsBuilder").finish_non_exhaustive()
    }
}
impl ExecutionAbortedEventDetailsBuilder {
    /// See [`ExecutionAbortedEventDetails::cause`](crate::types::ExecutionAbortedEventDetails::cause).
    pub fn cause(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cause = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`cause`](Self::cause).
    pub fn set_cause(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.cause = input;
        self
    }
    /// See [`ExecutionAbortedEventDetails::error`](crate::types::ExecutionAbortedEventDetails::error).
    pub fn error(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.error = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`error`](Self::error).
    pub fn set_error(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.error = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ExecutionAbortedEventDetails,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ExecutionAbortedEventDetails {
            cause: self.cause,
            error: self.error,
        })
    }
}
/// A builder for [`ExecutionFailedEventDetails`](crate::types::ExecutionFailedEventDetails).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ExecutionFailedEventDetailsBuilder {
    pub(crate) cause: ::std::option::Option<::std::string::String>,
    pub(crate) error: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ExecutionFailedEventDetailsBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ExecutionFailedEventDetailsBuilder").finish_non_exhaustive()
    }
}
impl ExecutionFailedEventDetailsBuilder {
    /// See [`ExecutionFailedEventDetails::cause`](crate::types::ExecutionFailedEventDetails::cause).
    pub fn cause(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cause = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`cause`](Self::cause).
    pub fn set_cause(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.cause = input;
        self
    }
    /// See [`ExecutionFailedEventDetails::error`](crate::types::ExecutionFailedEventDetails::error).
    pub fn error(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.error = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`error`](Self::error).
    pub fn set_error(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.error = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ExecutionFailedEventDetails,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ExecutionFailedEventDetails {
            cause: self.cause,
            error: self.error,
        })
    }
}
/// A builder for [`ExecutionListItem`](crate::types::ExecutionListItem).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ExecutionListItemBuilder {
    pub(crate) execution_arn: ::std::option::Option<::std::string::String>,
    pub(crate) item_count: ::std::option::Option<i64>,
    pub(crate) map_run_arn: ::std::option::Option<::std::string::String>,
    pub(crate) name: ::std::option::Option<::std::string::String>,
    pub(crate) start_date: ::std::option::Option<crate::runtime::Timestamp>,
    pub(crate) state_machine_alias_arn: ::std::option::Option<::std::string::String>,
    pub(crate) state_machine_arn: ::std::option::Option<::std::string::String>,
    pub(crate) state_machine_version_arn: ::std::option::Option<::std::string::String>,
    pub(crate) status: ::std::option::Option<crate::types::ExecutionStatus>,
    pub(crate) stop_date: ::std::option::Option<crate::runtime::Timestamp>,
    pub(crate) redrive_count: ::std::option::Option<i64>,
    pub(crate) redrive_date: ::std::option::Option<crate::runtime::Timestamp>,
}
impl ::std::fmt::Debug for ExecutionListItemBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ExecutionListItemBuilder").finish_non_exhaustive()
    }
}
impl ExecutionListItemBuilder {
    /// See [`ExecutionListItem::execution_arn`](crate::types::ExecutionListItem::execution_arn).
    pub fn execution_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.execution_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`execution_arn`](Self::execution_arn).
    pub fn set_execution_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.execution_arn = input;
        self
    }
    /// See [`ExecutionListItem::item_count`](crate::types::ExecutionListItem::item_count).
    pub fn item_count(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.item_count = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`item_count`](Self::item_count).
    pub fn set_item_count(mut self, input: ::std::option::Option<i64>) -> Self {
        self.item_count = input;
        self
    }
    /// See [`ExecutionListItem::map_run_arn`](crate::types::ExecutionListItem::map_run_arn).
    pub fn map_run_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.map_run_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`map_run_arn`](Self::map_run_arn).
    pub fn set_map_run_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.map_run_arn = input;
        self
    }
    /// See [`ExecutionListItem::name`](crate::types::ExecutionListItem::name).
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
    /// See [`ExecutionListItem::start_date`](crate::types::ExecutionListItem::start_date).
    pub fn start_date(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.start_date = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`start_date`](Self::start_date).
    pub fn set_start_date(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.start_date = input;
        self
    }
    /// See [`ExecutionListItem::state_machine_alias_arn`](crate::types::ExecutionListItem::state_machine_alias_arn).
    pub fn state_machine_alias_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.state_machine_alias_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`state_machine_alias_arn`](Self::state_machine_alias_arn).
    pub fn set_state_machine_alias_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.state_machine_alias_arn = input;
        self
    }
    /// See [`ExecutionListItem::state_machine_arn`](crate::types::ExecutionListItem::state_machine_arn).
    pub fn state_machine_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.state_machine_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`state_machine_arn`](Self::state_machine_arn).
    pub fn set_state_machine_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.state_machine_arn = input;
        self
    }
    /// See [`ExecutionListItem::state_machine_version_arn`](crate::types::ExecutionListItem::state_machine_version_arn).
    pub fn state_machine_version_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.state_machine_version_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`state_machine_version_arn`](Self::state_machine_version_arn).
    pub fn set_state_machine_version_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.state_machine_version_arn = input;
        self
    }
    /// See [`ExecutionListItem::status`](crate::types::ExecutionListItem::status).
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
    /// See [`ExecutionListItem::stop_date`](crate::types::ExecutionListItem::stop_date).
    pub fn stop_date(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.stop_date = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`stop_date`](Self::stop_date).
    pub fn set_stop_date(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.stop_date = input;
        self
    }
    /// See [`ExecutionListItem::redrive_count`](crate::types::ExecutionListItem::redrive_count).
    pub fn redrive_count(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.redrive_count = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`redrive_count`](Self::redrive_count).
    pub fn set_redrive_count(mut self, input: ::std::option::Option<i64>) -> Self {
        self.redrive_count = input;
        self
    }
    /// See [`ExecutionListItem::redrive_date`](crate::types::ExecutionListItem::redrive_date).
    pub fn redrive_date(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.redrive_date = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`redrive_date`](Self::redrive_date).
    pub fn set_redrive_date(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.redrive_date = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ExecutionListItem,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ExecutionListItem {
            execution_arn: self
                .execution_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "ExecutionListItem",
                        "execution_arn",
                    ),
                )?,
            item_count: self.item_count,
            map_run_arn: self.map_run_arn,
            name: self
                .name
                .ok_or(
                    crate::runtime::BuildError::missing("ExecutionListItem", "name"),
                )?,
            start_date: self
                .start_date
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "ExecutionListItem",
                        "start_date",
                    ),
                )?,
            state_machine_alias_arn: self.state_machine_alias_arn,
            state_machine_arn: self
                .state_machine_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "ExecutionListItem",
                        "state_machine_arn",
                    ),
                )?,
            state_machine_version_arn: self.state_machine_version_arn,
            status: self
                .status
                .ok_or(
                    crate::runtime::BuildError::missing("ExecutionListItem", "status"),
                )?,
            stop_date: self.stop_date,
            redrive_count: self.redrive_count,
            redrive_date: self.redrive_date,
        })
    }
}
/// A builder for [`ExecutionRedrivenEventDetails`](crate::types::ExecutionRedrivenEventDetails).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ExecutionRedrivenEventDetailsBuilder {
    pub(crate) redrive_count: ::std::option::Option<i64>,
}
impl ::std::fmt::Debug for ExecutionRedrivenEventDetailsBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ExecutionRedrivenEventDetailsBuilder").finish_non_exhaustive()
    }
}
impl ExecutionRedrivenEventDetailsBuilder {
    /// See [`ExecutionRedrivenEventDetails::redrive_count`](crate::types::ExecutionRedrivenEventDetails::redrive_count).
    pub fn redrive_count(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.redrive_count = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`redrive_count`](Self::redrive_count).
    pub fn set_redrive_count(mut self, input: ::std::option::Option<i64>) -> Self {
        self.redrive_count = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ExecutionRedrivenEventDetails,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ExecutionRedrivenEventDetails {
            redrive_count: self.redrive_count,
        })
    }
}
/// A builder for [`ExecutionStartedEventDetails`](crate::types::ExecutionStartedEventDetails).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ExecutionStartedEventDetailsBuilder {
    pub(crate) input: ::std::option::Option<::std::string::String>,
    pub(crate) input_details: ::std::option::Option<
        crate::types::HistoryEventExecutionDataDetails,
    >,
    pub(crate) role_arn: ::std::option::Option<::std::string::String>,
    pub(crate) state_machine_alias_arn: ::std::option::Option<::std::string::String>,
    pub(crate) state_machine_version_arn: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ExecutionStartedEventDetailsBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ExecutionStartedEventDetailsBuilder").finish_non_exhaustive()
    }
}
impl ExecutionStartedEventDetailsBuilder {
    /// See [`ExecutionStartedEventDetails::input`](crate::types::ExecutionStartedEventDetails::input).
    pub fn input(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.input = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`input`](Self::input).
    pub fn set_input(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.input = input;
        self
    }
    /// See [`ExecutionStartedEventDetails::input_details`](crate::types::ExecutionStartedEventDetails::input_details).
    pub fn input_details(
        mut self,
        input: impl ::std::convert::Into<crate::types::HistoryEventExecutionDataDetails>,
    ) -> Self {
        self.input_details = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`input_details`](Self::input_details).
    pub fn set_input_details(
        mut self,
        input: ::std::option::Option<crate::types::HistoryEventExecutionDataDetails>,
    ) -> Self {
        self.input_details = input;
        self
    }
    /// See [`ExecutionStartedEventDetails::role_arn`](crate::types::ExecutionStartedEventDetails::role_arn).
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
    /// See [`ExecutionStartedEventDetails::state_machine_alias_arn`](crate::types::ExecutionStartedEventDetails::state_machine_alias_arn).
    pub fn state_machine_alias_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.state_machine_alias_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`state_machine_alias_arn`](Self::state_machine_alias_arn).
    pub fn set_state_machine_alias_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.state_machine_alias_arn = input;
        self
    }
    /// See [`ExecutionStartedEventDetails::state_machine_version_arn`](crate::types::ExecutionStartedEventDetails::state_machine_version_arn).
    pub fn state_machine_version_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.state_machine_version_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`state_machine_version_arn`](Self::state_machine_version_arn).
    pub fn set_state_machine_version_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.state_machine_version_arn = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ExecutionStartedEventDetails,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ExecutionStartedEventDetails {
            input: self.input,
            input_details: self.input_details,
            role_arn: self.role_arn,
            state_machine_alias_arn: self.state_machine_alias_arn,
            state_machine_version_arn: self.state_machine_version_arn,
        })
    }
}
/// A builder for [`ExecutionSucceededEventDetails`](crate::types::ExecutionSucceededEventDetails).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ExecutionSucceededEventDetailsBuilder {
    pub(crate) output: ::std::option::Option<::std::string::String>,
    pub(crate) output_details: ::std::option::Option<
        crate::types::HistoryEventExecutionDataDetails,
    >,
}
impl ::std::fmt::Debug for ExecutionSucceededEventDetailsBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ExecutionSucceededEventDetailsBuilder").finish_non_exhaustive()
    }
}
impl ExecutionSucceededEventDetailsBuilder {
    /// See [`ExecutionSucceededEventDetails::output`](crate::types::ExecutionSucceededEventDetails::output).
    pub fn output(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.output = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`output`](Self::output).
    pub fn set_output(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.output = input;
        self
    }
    /// See [`ExecutionSucceededEventDetails::output_details`](crate::types::ExecutionSucceededEventDetails::output_details).
    pub fn output_details(
        mut self,
        input: impl ::std::convert::Into<crate::types::HistoryEventExecutionDataDetails>,
    ) -> Self {
        self.output_details = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`output_details`](Self::output_details).
    pub fn set_output_details(
        mut self,
        input: ::std::option::Option<crate::types::HistoryEventExecutionDataDetails>,
    ) -> Self {
        self.output_details = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ExecutionSucceededEventDetails,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ExecutionSucceededEventDetails {
            output: self.output,
            output_details: self.output_details,
        })
    }
}
/// A builder for [`ExecutionTimedOutEventDetails`](crate::types::ExecutionTimedOutEventDetails).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ExecutionTimedOutEventDetailsBuilder {
    pub(crate) cause: ::std::option::Option<::std::string::String>,
    pub(crate) error: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ExecutionTimedOutEventDetailsBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ExecutionTimedOutEventDetailsBuilder").finish_non_exhaustive()
    }
}
impl ExecutionTimedOutEventDetailsBuilder {
    /// See [`ExecutionTimedOutEventDetails::cause`](crate::types::ExecutionTimedOutEventDetails::cause).
    pub fn cause(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cause = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`cause`](Self::cause).
    pub fn set_cause(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.cause = input;
        self
    }
    /// See [`ExecutionTimedOutEventDetails::error`](crate::types::ExecutionTimedOutEventDetails::error).
    pub fn error(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.error = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`error`](Self::error).
    pub fn set_error(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.error = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ExecutionTimedOutEventDetails,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ExecutionTimedOutEventDetails {
            cause: self.cause,
            error: self.error,
        })
    }
}
/// A builder for [`GetActivityTaskInput`](crate::types::GetActivityTaskInput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct GetActivityTaskInputBuilder {
    pub(crate) activity_arn: ::std::option::Option<::std::string::String>,
    pub(crate) worker_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for GetActivityTaskInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetActivityTaskInputBuilder").finish_non_exhaustive()
    }
}
impl GetActivityTaskInputBuilder {
    /// See [`GetActivityTaskInput::activity_arn`](crate::types::GetActivityTaskInput::activity_arn).
    pub fn activity_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.activity_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`activity_arn`](Self::activity_arn).
    pub fn set_activity_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.activity_arn = input;
        self
    }
    /// See [`GetActivityTaskInput::worker_name`](crate::types::GetActivityTaskInput::worker_name).
    pub fn worker_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.worker_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`worker_name`](Self::worker_name).
    pub fn set_worker_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.worker_name = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::GetActivityTaskInput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::GetActivityTaskInput {
            activity_arn: self
                .activity_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "GetActivityTaskInput",
                        "activity_arn",
                    ),
                )?,
            worker_name: self.worker_name,
        })
    }
}
/// A builder for [`GetActivityTaskOutput`](crate::types::GetActivityTaskOutput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct GetActivityTaskOutputBuilder {
    pub(crate) input: ::std::option::Option<::std::string::String>,
    pub(crate) task_token: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for GetActivityTaskOutputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetActivityTaskOutputBuilder").finish_non_exhaustive()
    }
}
impl GetActivityTaskOutputBuilder {
    /// See [`GetActivityTaskOutput::input`](crate::types::GetActivityTaskOutput::input).
    pub fn input(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.input = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`input`](Self::input).
    pub fn set_input(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.input = input;
        self
    }
    /// See [`GetActivityTaskOutput::task_token`](crate::types::GetActivityTaskOutput::task_token).
    pub fn task_token(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.task_token = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`task_token`](Self::task_token).
    pub fn set_task_token(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.task_token = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::GetActivityTaskOutput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::GetActivityTaskOutput {
            input: self.input,
            task_token: self.task_token,
        })
    }
}
/// A builder for [`GetExecutionHistoryInput`](crate::types::GetExecutionHistoryInput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct GetExecutionHistoryInputBuilder {
    pub(crate) execution_arn: ::std::option::Option<::std::string::String>,
    pub(crate) include_execution_data: ::std::option::Option<bool>,
    pub(crate) max_results: ::std::option::Option<i64>,
    pub(crate) next_token: ::std::option::Option<::std::string::String>,
    pub(crate) reverse_order: ::std::option::Option<bool>,
}
impl ::std::fmt::Debug for GetExecutionHistoryInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetExecutionHistoryInputBuilder").finish_non_exhaustive()
    }
}
impl GetExecutionHistoryInputBuilder {
    /// See [`GetExecutionHistoryInput::execution_arn`](crate::types::GetExecutionHistoryInput::execution_arn).
    pub fn execution_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.execution_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`execution_arn`](Self::execution_arn).
    pub fn set_execution_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.execution_arn = input;
        self
    }
    /// See [`GetExecutionHistoryInput::include_execution_data`](crate::types::GetExecutionHistoryInput::include_execution_data).
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
    /// See [`GetExecutionHistoryInput::max_results`](crate::types::GetExecutionHistoryInput::max_results).
    pub fn max_results(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.max_results = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`max_results`](Self::max_results).
    pub fn set_max_results(mut self, input: ::std::option::Option<i64>) -> Self {
        self.max_results = input;
        self
    }
    /// See [`GetExecutionHistoryInput::next_token`](crate::types::GetExecutionHistoryInput::next_token).
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
    /// See [`GetExecutionHistoryInput::reverse_order`](crate::types::GetExecutionHistoryInput::reverse_order).
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
        crate::types::GetExecutionHistoryInput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::GetExecutionHistoryInput {
            execution_arn: self
                .execution_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "GetExecutionHistoryInput",
                        "execution_arn",
                    ),
                )?,
            include_execution_data: self.include_execution_data,
            max_results: self.max_results,
            next_token: self.next_token,
            reverse_order: self.reverse_order,
        })
    }
}
/// A builder for [`GetExecutionHistoryOutput`](crate::types::GetExecutionHistoryOutput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct GetExecutionHistoryOutputBuilder {
    pub(crate) events: ::std::option::Option<
        ::std::vec::Vec<crate::types::HistoryEvent>,
    >,
    pub(crate) next_token: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for GetExecutionHistoryOutputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetExecutionHistoryOutputBuilder").finish_non_exhaustive()
    }
}
impl GetExecutionHistoryOutputBuilder {
    /// See [`GetExecutionHistoryOutput::events`](crate::types::GetExecutionHistoryOutput::events).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn events(
        mut self,
        input: impl ::std::convert::Into<crate::types::HistoryEvent>,
    ) -> Self {
        self.events.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`events`](Self::events).
    pub fn set_events(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::HistoryEvent>>,
    ) -> Self {
        self.events = input;
        self
    }
    /// See [`GetExecutionHistoryOutput::next_token`](crate::types::GetExecutionHistoryOutput::next_token).
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
        crate::types::GetExecutionHistoryOutput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::GetExecutionHistoryOutput {
            events: self
                .events
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "GetExecutionHistoryOutput",
                        "events",
                    ),
                )?,
            next_token: self.next_token,
        })
    }
}
/// A builder for [`HistoryEvent`](crate::types::HistoryEvent).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct HistoryEventBuilder {
    pub(crate) activity_failed_event_details: ::std::option::Option<
        crate::types::ActivityFailedEventDetails,
    >,
    pub(crate) activity_schedule_failed_event_details: ::std::option::Option<
        crate::types::ActivityScheduleFailedEventDetails,
    >,
    pub(crate) activity_scheduled_event_details: ::std::option::Option<
        crate::types::ActivityScheduledEventDetails,
    >,
    pub(crate) activity_started_event_details: ::std::option::Option<
        crate::types::ActivityStartedEventDetails,
    >,
    pub(crate) activity_succeeded_event_details: ::std::option::Option<
        crate::types::ActivitySucceededEventDetails,
    >,
    pub(crate) activity_timed_out_event_details: ::std::option::Option<
        crate::types::ActivityTimedOutEventDetails,
    >,
    pub(crate) execution_aborted_event_details: ::std::option::Option<
        crate::types::ExecutionAbortedEventDetails,
    >,
    pub(crate) execution_failed_event_details: ::std::option::Option<
        crate::types::ExecutionFailedEventDetails,
    >,
    pub(crate) execution_started_event_details: ::std::option::Option<
        crate::types::ExecutionStartedEventDetails,
    >,
    pub(crate) execution_succeeded_event_details: ::std::option::Option<
        crate::types::ExecutionSucceededEventDetails,
    >,
    pub(crate) execution_timed_out_event_details: ::std::option::Option<
        crate::types::ExecutionTimedOutEventDetails,
    >,
    pub(crate) id: ::std::option::Option<i64>,
    pub(crate) lambda_function_failed_event_details: ::std::option::Option<
        crate::types::LambdaFunctionFailedEventDetails,
    >,
    pub(crate) lambda_function_schedule_failed_event_details: ::std::option::Option<
        crate::types::LambdaFunctionScheduleFailedEventDetails,
    >,
    pub(crate) lambda_function_scheduled_event_details: ::std::option::Option<
        crate::types::LambdaFunctionScheduledEventDetails,
    >,
    pub(crate) lambda_function_start_failed_event_details: ::std::option::Option<
        crate::types::LambdaFunctionStartFailedEventDetails,
    >,
    pub(crate) lambda_function_succeeded_event_details: ::std::option::Option<
        crate::types::LambdaFunctionSucceededEventDetails,
    >,
    pub(crate) lambda_function_timed_out_event_details: ::std::option::Option<
        crate::types::LambdaFunctionTimedOutEventDetails,
    >,
    pub(crate) map_iteration_aborted_event_details: ::std::option::Option<
        crate::types::MapIterationEventDetails,
    >,
    pub(crate) map_iteration_failed_event_details: ::std::option::Option<
        crate::types::MapIterationEventDetails,
    >,
    pub(crate) map_iteration_started_event_details: ::std::option::Option<
        crate::types::MapIterationEventDetails,
    >,
    pub(crate) map_iteration_succeeded_event_details: ::std::option::Option<
        crate::types::MapIterationEventDetails,
    >,
    pub(crate) map_run_failed_event_details: ::std::option::Option<
        crate::types::MapRunFailedEventDetails,
    >,
    pub(crate) map_run_started_event_details: ::std::option::Option<
        crate::types::MapRunStartedEventDetails,
    >,
    pub(crate) map_state_started_event_details: ::std::option::Option<
        crate::types::MapStateStartedEventDetails,
    >,
    pub(crate) previous_event_id: ::std::option::Option<i64>,
    pub(crate) state_entered_event_details: ::std::option::Option<
        crate::types::StateEnteredEventDetails,
    >,
    pub(crate) state_exited_event_details: ::std::option::Option<
        crate::types::StateExitedEventDetails,
    >,
    pub(crate) task_failed_event_details: ::std::option::Option<
        crate::types::TaskFailedEventDetails,
    >,
    pub(crate) task_scheduled_event_details: ::std::option::Option<
        crate::types::TaskScheduledEventDetails,
    >,
    pub(crate) task_start_failed_event_details: ::std::option::Option<
        crate::types::TaskStartFailedEventDetails,
    >,
    pub(crate) task_started_event_details: ::std::option::Option<
        crate::types::TaskStartedEventDetails,
    >,
    pub(crate) task_submit_failed_event_details: ::std::option::Option<
        crate::types::TaskSubmitFailedEventDetails,
    >,
    pub(crate) task_submitted_event_details: ::std::option::Option<
        crate::types::TaskSubmittedEventDetails,
    >,
    pub(crate) task_succeeded_event_details: ::std::option::Option<
        crate::types::TaskSucceededEventDetails,
    >,
    pub(crate) task_timed_out_event_details: ::std::option::Option<
        crate::types::TaskTimedOutEventDetails,
    >,
    pub(crate) timestamp: ::std::option::Option<crate::runtime::Timestamp>,
    pub(crate) r#type: ::std::option::Option<crate::types::HistoryEventType>,
    pub(crate) evaluation_failed_event_details: ::std::option::Option<
        crate::types::EvaluationFailedEventDetails,
    >,
    pub(crate) execution_redriven_event_details: ::std::option::Option<
        crate::types::ExecutionRedrivenEventDetails,
    >,
    pub(crate) map_run_redriven_event_details: ::std::option::Option<
        crate::types::MapRunRedrivenEventDetails,
    >,
}
impl ::std::fmt::Debug for HistoryEventBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("HistoryEventBuilder").finish_non_exhaustive()
    }
}
impl HistoryEventBuilder {
    /// See [`HistoryEvent::activity_failed_event_details`](crate::types::HistoryEvent::activity_failed_event_details).
    pub fn activity_failed_event_details(
        mut self,
        input: impl ::std::convert::Into<crate::types::ActivityFailedEventDetails>,
    ) -> Self {
        self.activity_failed_event_details = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`activity_failed_event_details`](Self::activity_failed_event_details).
    pub fn set_activity_failed_event_details(
        mut self,
        input: ::std::option::Option<crate::types::ActivityFailedEventDetails>,
    ) -> Self {
        self.activity_failed_event_details = input;
        self
    }
    /// See [`HistoryEvent::activity_schedule_failed_event_details`](crate::types::HistoryEvent::activity_schedule_failed_event_details).
    pub fn activity_schedule_failed_event_details(
        mut self,
        input: impl ::std::convert::Into<
            crate::types::ActivityScheduleFailedEventDetails,
        >,
    ) -> Self {
        self.activity_schedule_failed_event_details = ::std::option::Option::Some(
            input.into(),
        );
        self
    }
    /// Sets or clears [`activity_schedule_failed_event_details`](Self::activity_schedule_failed_event_details).
    pub fn set_activity_schedule_failed_event_details(
        mut self,
        input: ::std::option::Option<crate::types::ActivityScheduleFailedEventDetails>,
    ) -> Self {
        self.activity_schedule_failed_event_details = input;
        self
    }
    /// See [`HistoryEvent::activity_scheduled_event_details`](crate::types::HistoryEvent::activity_scheduled_event_details).
    pub fn activity_scheduled_event_details(
        mut self,
        input: impl ::std::convert::Into<crate::types::ActivityScheduledEventDetails>,
    ) -> Self {
        self.activity_scheduled_event_details = ::std::option::Option::Some(
            input.into(),
        );
        self
    }
    /// Sets or clears [`activity_scheduled_event_details`](Self::activity_scheduled_event_details).
    pub fn set_activity_scheduled_event_details(
        mut self,
        input: ::std::option::Option<crate::types::ActivityScheduledEventDetails>,
    ) -> Self {
        self.activity_scheduled_event_details = input;
        self
    }
    /// See [`HistoryEvent::activity_started_event_details`](crate::types::HistoryEvent::activity_started_event_details).
    pub fn activity_started_event_details(
        mut self,
        input: impl ::std::convert::Into<crate::types::ActivityStartedEventDetails>,
    ) -> Self {
        self.activity_started_event_details = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`activity_started_event_details`](Self::activity_started_event_details).
    pub fn set_activity_started_event_details(
        mut self,
        input: ::std::option::Option<crate::types::ActivityStartedEventDetails>,
    ) -> Self {
        self.activity_started_event_details = input;
        self
    }
    /// See [`HistoryEvent::activity_succeeded_event_details`](crate::types::HistoryEvent::activity_succeeded_event_details).
    pub fn activity_succeeded_event_details(
        mut self,
        input: impl ::std::convert::Into<crate::types::ActivitySucceededEventDetails>,
    ) -> Self {
        self.activity_succeeded_event_details = ::std::option::Option::Some(
            input.into(),
        );
        self
    }
    /// Sets or clears [`activity_succeeded_event_details`](Self::activity_succeeded_event_details).
    pub fn set_activity_succeeded_event_details(
        mut self,
        input: ::std::option::Option<crate::types::ActivitySucceededEventDetails>,
    ) -> Self {
        self.activity_succeeded_event_details = input;
        self
    }
    /// See [`HistoryEvent::activity_timed_out_event_details`](crate::types::HistoryEvent::activity_timed_out_event_details).
    pub fn activity_timed_out_event_details(
        mut self,
        input: impl ::std::convert::Into<crate::types::ActivityTimedOutEventDetails>,
    ) -> Self {
        self.activity_timed_out_event_details = ::std::option::Option::Some(
            input.into(),
        );
        self
    }
    /// Sets or clears [`activity_timed_out_event_details`](Self::activity_timed_out_event_details).
    pub fn set_activity_timed_out_event_details(
        mut self,
        input: ::std::option::Option<crate::types::ActivityTimedOutEventDetails>,
    ) -> Self {
        self.activity_timed_out_event_details = input;
        self
    }
    /// See [`HistoryEvent::execution_aborted_event_details`](crate::types::HistoryEvent::execution_aborted_event_details).
    pub fn execution_aborted_event_details(
        mut self,
        input: impl ::std::convert::Into<crate::types::ExecutionAbortedEventDetails>,
    ) -> Self {
        self.execution_aborted_event_details = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`execution_aborted_event_details`](Self::execution_aborted_event_details).
    pub fn set_execution_aborted_event_details(
        mut self,
        input: ::std::option::Option<crate::types::ExecutionAbortedEventDetails>,
    ) -> Self {
        self.execution_aborted_event_details = input;
        self
    }
    /// See [`HistoryEvent::execution_failed_event_details`](crate::types::HistoryEvent::execution_failed_event_details).
    pub fn execution_failed_event_details(
        mut self,
        input: impl ::std::convert::Into<crate::types::ExecutionFailedEventDetails>,
    ) -> Self {
        self.execution_failed_event_details = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`execution_failed_event_details`](Self::execution_failed_event_details).
    pub fn set_execution_failed_event_details(
        mut self,
        input: ::std::option::Option<crate::types::ExecutionFailedEventDetails>,
    ) -> Self {
        self.execution_failed_event_details = input;
        self
    }
    /// See [`HistoryEvent::execution_started_event_details`](crate::types::HistoryEvent::execution_started_event_details).
    pub fn execution_started_event_details(
        mut self,
        input: impl ::std::convert::Into<crate::types::ExecutionStartedEventDetails>,
    ) -> Self {
        self.execution_started_event_details = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`execution_started_event_details`](Self::execution_started_event_details).
    pub fn set_execution_started_event_details(
        mut self,
        input: ::std::option::Option<crate::types::ExecutionStartedEventDetails>,
    ) -> Self {
        self.execution_started_event_details = input;
        self
    }
    /// See [`HistoryEvent::execution_succeeded_event_details`](crate::types::HistoryEvent::execution_succeeded_event_details).
    pub fn execution_succeeded_event_details(
        mut self,
        input: impl ::std::convert::Into<crate::types::ExecutionSucceededEventDetails>,
    ) -> Self {
        self.execution_succeeded_event_details = ::std::option::Option::Some(
            input.into(),
        );
        self
    }
    /// Sets or clears [`execution_succeeded_event_details`](Self::execution_succeeded_event_details).
    pub fn set_execution_succeeded_event_details(
        mut self,
        input: ::std::option::Option<crate::types::ExecutionSucceededEventDetails>,
    ) -> Self {
        self.execution_succeeded_event_details = input;
        self
    }
    /// See [`HistoryEvent::execution_timed_out_event_details`](crate::types::HistoryEvent::execution_timed_out_event_details).
    pub fn execution_timed_out_event_details(
        mut self,
        input: impl ::std::convert::Into<crate::types::ExecutionTimedOutEventDetails>,
    ) -> Self {
        self.execution_timed_out_event_details = ::std::option::Option::Some(
            input.into(),
        );
        self
    }
    /// Sets or clears [`execution_timed_out_event_details`](Self::execution_timed_out_event_details).
    pub fn set_execution_timed_out_event_details(
        mut self,
        input: ::std::option::Option<crate::types::ExecutionTimedOutEventDetails>,
    ) -> Self {
        self.execution_timed_out_event_details = input;
        self
    }
    /// See [`HistoryEvent::id`](crate::types::HistoryEvent::id).
    pub fn id(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`id`](Self::id).
    pub fn set_id(mut self, input: ::std::option::Option<i64>) -> Self {
        self.id = input;
        self
    }
    /// See [`HistoryEvent::lambda_function_failed_event_details`](crate::types::HistoryEvent::lambda_function_failed_event_details).
    pub fn lambda_function_failed_event_details(
        mut self,
        input: impl ::std::convert::Into<crate::types::LambdaFunctionFailedEventDetails>,
    ) -> Self {
        self.lambda_function_failed_event_details = ::std::option::Option::Some(
            input.into(),
        );
        self
    }
    /// Sets or clears [`lambda_function_failed_event_details`](Self::lambda_function_failed_event_details).
    pub fn set_lambda_function_failed_event_details(
        mut self,
        input: ::std::option::Option<crate::types::LambdaFunctionFailedEventDetails>,
    ) -> Self {
        self.lambda_function_failed_event_details = input;
        self
    }
    /// See [`HistoryEvent::lambda_function_schedule_failed_event_details`](crate::types::HistoryEvent::lambda_function_schedule_failed_event_details).
    pub fn lambda_function_schedule_failed_event_details(
        mut self,
        input: impl ::std::convert::Into<
            crate::types::LambdaFunctionScheduleFailedEventDetails,
        >,
    ) -> Self {
        self.lambda_function_schedule_failed_event_details = ::std::option::Option::Some(
            input.into(),
        );
        self
    }
    /// Sets or clears [`lambda_function_schedule_failed_event_details`](Self::lambda_function_schedule_failed_event_details).
    pub fn set_lambda_function_schedule_failed_event_details(
        mut self,
        input: ::std::option::Option<
            crate::types::LambdaFunctionScheduleFailedEventDetails,
        >,
    ) -> Self {
        self.lambda_function_schedule_failed_event_details = input;
        self
    }
    /// See [`HistoryEvent::lambda_function_scheduled_event_details`](crate::types::HistoryEvent::lambda_function_scheduled_event_details).
    pub fn lambda_function_scheduled_event_details(
        mut self,
        input: impl ::std::convert::Into<
            crate::types::LambdaFunctionScheduledEventDetails,
        >,
    ) -> Self {
        self.lambda_function_scheduled_event_details = ::std::option::Option::Some(
            input.into(),
        );
        self
    }
    /// Sets or clears [`lambda_function_scheduled_event_details`](Self::lambda_function_scheduled_event_details).
    pub fn set_lambda_function_scheduled_event_details(
        mut self,
        input: ::std::option::Option<crate::types::LambdaFunctionScheduledEventDetails>,
    ) -> Self {
        self.lambda_function_scheduled_event_details = input;
        self
    }
    /// See [`HistoryEvent::lambda_function_start_failed_event_details`](crate::types::HistoryEvent::lambda_function_start_failed_event_details).
    pub fn lambda_function_start_failed_event_details(
        mut self,
        input: impl ::std::convert::Into<
            crate::types::LambdaFunctionStartFailedEventDetails,
        >,
    ) -> Self {
        self.lambda_function_start_failed_event_details = ::std::option::Option::Some(
            input.into(),
        );
        self
    }
    /// Sets or clears [`lambda_function_start_failed_event_details`](Self::lambda_function_start_failed_event_details).
    pub fn set_lambda_function_start_failed_event_details(
        mut self,
        input: ::std::option::Option<crate::types::LambdaFunctionStartFailedEventDetails>,
    ) -> Self {
        self.lambda_function_start_failed_event_details = input;
        self
    }
    /// See [`HistoryEvent::lambda_function_succeeded_event_details`](crate::types::HistoryEvent::lambda_function_succeeded_event_details).
    pub fn lambda_function_succeeded_event_details(
        mut self,
        input: impl ::std::convert::Into<
            crate::types::LambdaFunctionSucceededEventDetails,
        >,
    ) -> Self {
        self.lambda_function_succeeded_event_details = ::std::option::Option::Some(
            input.into(),
        );
        self
    }
    /// Sets or clears [`lambda_function_succeeded_event_details`](Self::lambda_function_succeeded_event_details).
    pub fn set_lambda_function_succeeded_event_details(
        mut self,
        input: ::std::option::Option<crate::types::LambdaFunctionSucceededEventDetails>,
    ) -> Self {
        self.lambda_function_succeeded_event_details = input;
        self
    }
    /// See [`HistoryEvent::lambda_function_timed_out_event_details`](crate::types::HistoryEvent::lambda_function_timed_out_event_details).
    pub fn lambda_function_timed_out_event_details(
        mut self,
        input: impl ::std::convert::Into<
            crate::types::LambdaFunctionTimedOutEventDetails,
        >,
    ) -> Self {
        self.lambda_function_timed_out_event_details = ::std::option::Option::Some(
            input.into(),
        );
        self
    }
    /// Sets or clears [`lambda_function_timed_out_event_details`](Self::lambda_function_timed_out_event_details).
    pub fn set_lambda_function_timed_out_event_details(
        mut self,
        input: ::std::option::Option<crate::types::LambdaFunctionTimedOutEventDetails>,
    ) -> Self {
        self.lambda_function_timed_out_event_details = input;
        self
    }
    /// See [`HistoryEvent::map_iteration_aborted_event_details`](crate::types::HistoryEvent::map_iteration_aborted_event_details).
    pub fn map_iteration_aborted_event_details(
        mut self,
        input: impl ::std::convert::Into<crate::types::MapIterationEventDetails>,
    ) -> Self {
        self.map_iteration_aborted_event_details = ::std::option::Option::Some(
            input.into(),
        );
        self
    }
    /// Sets or clears [`map_iteration_aborted_event_details`](Self::map_iteration_aborted_event_details).
    pub fn set_map_iteration_aborted_event_details(
        mut self,
        input: ::std::option::Option<crate::types::MapIterationEventDetails>,
    ) -> Self {
        self.map_iteration_aborted_event_details = input;
        self
    }
    /// See [`HistoryEvent::map_iteration_failed_event_details`](crate::types::HistoryEvent::map_iteration_failed_event_details).
    pub fn map_iteration_failed_event_details(
        mut self,
        input: impl ::std::convert::Into<crate::types::MapIterationEventDetails>,
    ) -> Self {
        self.map_iteration_failed_event_details = ::std::option::Option::Some(
            input.into(),
        );
        self
    }
    /// Sets or clears [`map_iteration_failed_event_details`](Self::map_iteration_failed_event_details).
    pub fn set_map_iteration_failed_event_details(
        mut self,
        input: ::std::option::Option<crate::types::MapIterationEventDetails>,
    ) -> Self {
        self.map_iteration_failed_event_details = input;
        self
    }
    /// See [`HistoryEvent::map_iteration_started_event_details`](crate::types::HistoryEvent::map_iteration_started_event_details).
    pub fn map_iteration_started_event_details(
        mut self,
        input: impl ::std::convert::Into<crate::types::MapIterationEventDetails>,
    ) -> Self {
        self.map_iteration_started_event_details = ::std::option::Option::Some(
            input.into(),
        );
        self
    }
    /// Sets or clears [`map_iteration_started_event_details`](Self::map_iteration_started_event_details).
    pub fn set_map_iteration_started_event_details(
        mut self,
        input: ::std::option::Option<crate::types::MapIterationEventDetails>,
    ) -> Self {
        self.map_iteration_started_event_details = input;
        self
    }
    /// See [`HistoryEvent::map_iteration_succeeded_event_details`](crate::types::HistoryEvent::map_iteration_succeeded_event_details).
    pub fn map_iteration_succeeded_event_details(
        mut self,
        input: impl ::std::convert::Into<crate::types::MapIterationEventDetails>,
    ) -> Self {
        self.map_iteration_succeeded_event_details = ::std::option::Option::Some(
            input.into(),
        );
        self
    }
    /// Sets or clears [`map_iteration_succeeded_event_details`](Self::map_iteration_succeeded_event_details).
    pub fn set_map_iteration_succeeded_event_details(
        mut self,
        input: ::std::option::Option<crate::types::MapIterationEventDetails>,
    ) -> Self {
        self.map_iteration_succeeded_event_details = input;
        self
    }
    /// See [`HistoryEvent::map_run_failed_event_details`](crate::types::HistoryEvent::map_run_failed_event_details).
    pub fn map_run_failed_event_details(
        mut self,
        input: impl ::std::convert::Into<crate::types::MapRunFailedEventDetails>,
    ) -> Self {
        self.map_run_failed_event_details = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`map_run_failed_event_details`](Self::map_run_failed_event_details).
    pub fn set_map_run_failed_event_details(
        mut self,
        input: ::std::option::Option<crate::types::MapRunFailedEventDetails>,
    ) -> Self {
        self.map_run_failed_event_details = input;
        self
    }
    /// See [`HistoryEvent::map_run_started_event_details`](crate::types::HistoryEvent::map_run_started_event_details).
    pub fn map_run_started_event_details(
        mut self,
        input: impl ::std::convert::Into<crate::types::MapRunStartedEventDetails>,
    ) -> Self {
        self.map_run_started_event_details = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`map_run_started_event_details`](Self::map_run_started_event_details).
    pub fn set_map_run_started_event_details(
        mut self,
        input: ::std::option::Option<crate::types::MapRunStartedEventDetails>,
    ) -> Self {
        self.map_run_started_event_details = input;
        self
    }
    /// See [`HistoryEvent::map_state_started_event_details`](crate::types::HistoryEvent::map_state_started_event_details).
    pub fn map_state_started_event_details(
        mut self,
        input: impl ::std::convert::Into<crate::types::MapStateStartedEventDetails>,
    ) -> Self {
        self.map_state_started_event_details = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`map_state_started_event_details`](Self::map_state_started_event_details).
    pub fn set_map_state_started_event_details(
        mut self,
        input: ::std::option::Option<crate::types::MapStateStartedEventDetails>,
    ) -> Self {
        self.map_state_started_event_details = input;
        self
    }
    /// See [`HistoryEvent::previous_event_id`](crate::types::HistoryEvent::previous_event_id).
    pub fn previous_event_id(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.previous_event_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`previous_event_id`](Self::previous_event_id).
    pub fn set_previous_event_id(mut self, input: ::std::option::Option<i64>) -> Self {
        self.previous_event_id = input;
        self
    }
    /// See [`HistoryEvent::state_entered_event_details`](crate::types::HistoryEvent::state_entered_event_details).
    pub fn state_entered_event_details(
        mut self,
        input: impl ::std::convert::Into<crate::types::StateEnteredEventDetails>,
    ) -> Self {
        self.state_entered_event_details = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`state_entered_event_details`](Self::state_entered_event_details).
    pub fn set_state_entered_event_details(
        mut self,
        input: ::std::option::Option<crate::types::StateEnteredEventDetails>,
    ) -> Self {
        self.state_entered_event_details = input;
        self
    }
    /// See [`HistoryEvent::state_exited_event_details`](crate::types::HistoryEvent::state_exited_event_details).
    pub fn state_exited_event_details(
        mut self,
        input: impl ::std::convert::Into<crate::types::StateExitedEventDetails>,
    ) -> Self {
        self.state_exited_event_details = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`state_exited_event_details`](Self::state_exited_event_details).
    pub fn set_state_exited_event_details(
        mut self,
        input: ::std::option::Option<crate::types::StateExitedEventDetails>,
    ) -> Self {
        self.state_exited_event_details = input;
        self
    }
    /// See [`HistoryEvent::task_failed_event_details`](crate::types::HistoryEvent::task_failed_event_details).
    pub fn task_failed_event_details(
        mut self,
        input: impl ::std::convert::Into<crate::types::TaskFailedEventDetails>,
    ) -> Self {
        self.task_failed_event_details = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`task_failed_event_details`](Self::task_failed_event_details).
    pub fn set_task_failed_event_details(
        mut self,
        input: ::std::option::Option<crate::types::TaskFailedEventDetails>,
    ) -> Self {
        self.task_failed_event_details = input;
        self
    }
    /// See [`HistoryEvent::task_scheduled_event_details`](crate::types::HistoryEvent::task_scheduled_event_details).
    pub fn task_scheduled_event_details(
        mut self,
        input: impl ::std::convert::Into<crate::types::TaskScheduledEventDetails>,
    ) -> Self {
        self.task_scheduled_event_details = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`task_scheduled_event_details`](Self::task_scheduled_event_details).
    pub fn set_task_scheduled_event_details(
        mut self,
        input: ::std::option::Option<crate::types::TaskScheduledEventDetails>,
    ) -> Self {
        self.task_scheduled_event_details = input;
        self
    }
    /// See [`HistoryEvent::task_start_failed_event_details`](crate::types::HistoryEvent::task_start_failed_event_details).
    pub fn task_start_failed_event_details(
        mut self,
        input: impl ::std::convert::Into<crate::types::TaskStartFailedEventDetails>,
    ) -> Self {
        self.task_start_failed_event_details = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`task_start_failed_event_details`](Self::task_start_failed_event_details).
    pub fn set_task_start_failed_event_details(
        mut self,
        input: ::std::option::Option<crate::types::TaskStartFailedEventDetails>,
    ) -> Self {
        self.task_start_failed_event_details = input;
        self
    }
    /// See [`HistoryEvent::task_started_event_details`](crate::types::HistoryEvent::task_started_event_details).
    pub fn task_started_event_details(
        mut self,
        input: impl ::std::convert::Into<crate::types::TaskStartedEventDetails>,
    ) -> Self {
        self.task_started_event_details = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`task_started_event_details`](Self::task_started_event_details).
    pub fn set_task_started_event_details(
        mut self,
        input: ::std::option::Option<crate::types::TaskStartedEventDetails>,
    ) -> Self {
        self.task_started_event_details = input;
        self
    }
    /// See [`HistoryEvent::task_submit_failed_event_details`](crate::types::HistoryEvent::task_submit_failed_event_details).
    pub fn task_submit_failed_event_details(
        mut self,
        input: impl ::std::convert::Into<crate::types::TaskSubmitFailedEventDetails>,
    ) -> Self {
        self.task_submit_failed_event_details = ::std::option::Option::Some(
            input.into(),
        );
        self
    }
    /// Sets or clears [`task_submit_failed_event_details`](Self::task_submit_failed_event_details).
    pub fn set_task_submit_failed_event_details(
        mut self,
        input: ::std::option::Option<crate::types::TaskSubmitFailedEventDetails>,
    ) -> Self {
        self.task_submit_failed_event_details = input;
        self
    }
    /// See [`HistoryEvent::task_submitted_event_details`](crate::types::HistoryEvent::task_submitted_event_details).
    pub fn task_submitted_event_details(
        mut self,
        input: impl ::std::convert::Into<crate::types::TaskSubmittedEventDetails>,
    ) -> Self {
        self.task_submitted_event_details = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`task_submitted_event_details`](Self::task_submitted_event_details).
    pub fn set_task_submitted_event_details(
        mut self,
        input: ::std::option::Option<crate::types::TaskSubmittedEventDetails>,
    ) -> Self {
        self.task_submitted_event_details = input;
        self
    }
    /// See [`HistoryEvent::task_succeeded_event_details`](crate::types::HistoryEvent::task_succeeded_event_details).
    pub fn task_succeeded_event_details(
        mut self,
        input: impl ::std::convert::Into<crate::types::TaskSucceededEventDetails>,
    ) -> Self {
        self.task_succeeded_event_details = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`task_succeeded_event_details`](Self::task_succeeded_event_details).
    pub fn set_task_succeeded_event_details(
        mut self,
        input: ::std::option::Option<crate::types::TaskSucceededEventDetails>,
    ) -> Self {
        self.task_succeeded_event_details = input;
        self
    }
    /// See [`HistoryEvent::task_timed_out_event_details`](crate::types::HistoryEvent::task_timed_out_event_details).
    pub fn task_timed_out_event_details(
        mut self,
        input: impl ::std::convert::Into<crate::types::TaskTimedOutEventDetails>,
    ) -> Self {
        self.task_timed_out_event_details = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`task_timed_out_event_details`](Self::task_timed_out_event_details).
    pub fn set_task_timed_out_event_details(
        mut self,
        input: ::std::option::Option<crate::types::TaskTimedOutEventDetails>,
    ) -> Self {
        self.task_timed_out_event_details = input;
        self
    }
    /// See [`HistoryEvent::timestamp`](crate::types::HistoryEvent::timestamp).
    pub fn timestamp(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.timestamp = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`timestamp`](Self::timestamp).
    pub fn set_timestamp(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.timestamp = input;
        self
    }
    /// See [`HistoryEvent::type`](crate::types::HistoryEvent::type).
    pub fn r#type(
        mut self,
        input: impl ::std::convert::Into<crate::types::HistoryEventType>,
    ) -> Self {
        self.r#type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`type`](Self::type).
    pub fn set_type(
        mut self,
        input: ::std::option::Option<crate::types::HistoryEventType>,
    ) -> Self {
        self.r#type = input;
        self
    }
    /// See [`HistoryEvent::evaluation_failed_event_details`](crate::types::HistoryEvent::evaluation_failed_event_details).
    pub fn evaluation_failed_event_details(
        mut self,
        input: impl ::std::convert::Into<crate::types::EvaluationFailedEventDetails>,
    ) -> Self {
        self.evaluation_failed_event_details = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`evaluation_failed_event_details`](Self::evaluation_failed_event_details).
    pub fn set_evaluation_failed_event_details(
        mut self,
        input: ::std::option::Option<crate::types::EvaluationFailedEventDetails>,
    ) -> Self {
        self.evaluation_failed_event_details = input;
        self
    }
    /// See [`HistoryEvent::execution_redriven_event_details`](crate::types::HistoryEvent::execution_redriven_event_details).
    pub fn execution_redriven_event_details(
        mut self,
        input: impl ::std::convert::Into<crate::types::ExecutionRedrivenEventDetails>,
    ) -> Self {
        self.execution_redriven_event_details = ::std::option::Option::Some(
            input.into(),
        );
        self
    }
    /// Sets or clears [`execution_redriven_event_details`](Self::execution_redriven_event_details).
    pub fn set_execution_redriven_event_details(
        mut self,
        input: ::std::option::Option<crate::types::ExecutionRedrivenEventDetails>,
    ) -> Self {
        self.execution_redriven_event_details = input;
        self
    }
    /// See [`HistoryEvent::map_run_redriven_event_details`](crate::types::HistoryEvent::map_run_redriven_event_details).
    pub fn map_run_redriven_event_details(
        mut self,
        input: impl ::std::convert::Into<crate::types::MapRunRedrivenEventDetails>,
    ) -> Self {
        self.map_run_redriven_event_details = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`map_run_redriven_event_details`](Self::map_run_redriven_event_details).
    pub fn set_map_run_redriven_event_details(
        mut self,
        input: ::std::option::Option<crate::types::MapRunRedrivenEventDetails>,
    ) -> Self {
        self.map_run_redriven_event_details = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::HistoryEvent, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::HistoryEvent {
            activity_failed_event_details: self.activity_failed_event_details,
            activity_schedule_failed_event_details: self
                .activity_schedule_failed_event_details,
            activity_scheduled_event_details: self.activity_scheduled_event_details,
            activity_started_event_details: self.activity_started_event_details,
            activity_succeeded_event_details: self.activity_succeeded_event_details,
            activity_timed_out_event_details: self.activity_timed_out_event_details,
            execution_aborted_event_details: self.execution_aborted_event_details,
            execution_failed_event_details: self.execution_failed_event_details,
            execution_started_event_details: self.execution_started_event_details,
            execution_succeeded_event_details: self.execution_succeeded_event_details,
            execution_timed_out_event_details: self.execution_timed_out_event_details,
            id: self
                .id
                .ok_or(crate::runtime::BuildError::missing("HistoryEvent", "id"))?,
            lambda_function_failed_event_details: self
                .lambda_function_failed_event_details,
            lambda_function_schedule_failed_event_details: self
                .lambda_function_schedule_failed_event_details,
            lambda_function_scheduled_event_details: self
                .lambda_function_scheduled_event_details,
            lambda_function_start_failed_event_details: self
                .lambda_function_start_failed_event_details,
            lambda_function_succeeded_event_details: self
                .lambda_function_succeeded_event_details,
            lambda_function_timed_out_event_details: self
                .lambda_function_timed_out_event_details,
            map_iteration_aborted_event_details: self
                .map_iteration_aborted_event_details,
            map_iteration_failed_event_details: self.map_iteration_failed_event_details,
            map_iteration_started_event_details: self
                .map_iteration_started_event_details,
            map_iteration_succeeded_event_details: self
                .map_iteration_succeeded_event_details,
            map_run_failed_event_details: self.map_run_failed_event_details,
            map_run_started_event_details: self.map_run_started_event_details,
            map_state_started_event_details: self.map_state_started_event_details,
            previous_event_id: self.previous_event_id,
            state_entered_event_details: self.state_entered_event_details,
            state_exited_event_details: self.state_exited_event_details,
            task_failed_event_details: self.task_failed_event_details,
            task_scheduled_event_details: self.task_scheduled_event_details,
            task_start_failed_event_details: self.task_start_failed_event_details,
            task_started_event_details: self.task_started_event_details,
            task_submit_failed_event_details: self.task_submit_failed_event_details,
            task_submitted_event_details: self.task_submitted_event_details,
            task_succeeded_event_details: self.task_succeeded_event_details,
            task_timed_out_event_details: self.task_timed_out_event_details,
            timestamp: self
                .timestamp
                .ok_or(
                    crate::runtime::BuildError::missing("HistoryEvent", "timestamp"),
                )?,
            r#type: self
                .r#type
                .ok_or(crate::runtime::BuildError::missing("HistoryEvent", "type"))?,
            evaluation_failed_event_details: self.evaluation_failed_event_details,
            execution_redriven_event_details: self.execution_redriven_event_details,
            map_run_redriven_event_details: self.map_run_redriven_event_details,
        })
    }
}
/// A builder for [`HistoryEventExecutionDataDetails`](crate::types::HistoryEventExecutionDataDetails).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct HistoryEventExecutionDataDetailsBuilder {
    pub(crate) truncated: ::std::option::Option<bool>,
}
impl ::std::fmt::Debug for HistoryEventExecutionDataDetailsBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("HistoryEventExecutionDataDetailsBuilder").finish_non_exhaustive()
    }
}
impl HistoryEventExecutionDataDetailsBuilder {
    /// See [`HistoryEventExecutionDataDetails::truncated`](crate::types::HistoryEventExecutionDataDetails::truncated).
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
        crate::types::HistoryEventExecutionDataDetails,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::HistoryEventExecutionDataDetails {
            truncated: self.truncated,
        })
    }
}
/// A builder for [`InspectionData`](crate::types::InspectionData).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct InspectionDataBuilder {
    pub(crate) after_arguments: ::std::option::Option<::std::string::String>,
    pub(crate) after_input_path: ::std::option::Option<::std::string::String>,
    pub(crate) after_item_batcher: ::std::option::Option<::std::string::String>,
    pub(crate) after_item_selector: ::std::option::Option<::std::string::String>,
    pub(crate) after_items_path: ::std::option::Option<::std::string::String>,
    pub(crate) after_items_pointer: ::std::option::Option<::std::string::String>,
    pub(crate) after_parameters: ::std::option::Option<::std::string::String>,
    pub(crate) after_result_path: ::std::option::Option<::std::string::String>,
    pub(crate) after_result_selector: ::std::option::Option<::std::string::String>,
    pub(crate) error_details: ::std::option::Option<
        crate::types::InspectionErrorDetails,
    >,
    pub(crate) input: ::std::option::Option<::std::string::String>,
    pub(crate) max_concurrency: ::std::option::Option<i64>,
    pub(crate) request: ::std::option::Option<crate::types::InspectionDataRequest>,
    pub(crate) response: ::std::option::Option<crate::types::InspectionDataResponse>,
    pub(crate) result: ::std::option::Option<::std::string::String>,
    pub(crate) tolerated_failure_count: ::std::option::Option<i64>,
    pub(crate) tolerated_failure_percentage: ::std::option::Option<f32>,
    pub(crate) variables: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for InspectionDataBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("InspectionDataBuilder").finish_non_exhaustive()
    }
}
impl InspectionDataBuilder {
    /// See [`InspectionData::after_arguments`](crate::types::InspectionData::after_arguments).
    pub fn after_arguments(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.after_arguments = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`after_arguments`](Self::after_arguments).
    pub fn set_after_arguments(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.after_arguments = input;
        self
    }
    /// See [`InspectionData::after_input_path`](crate::types::InspectionData::after_input_path).
    pub fn after_input_path(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.after_input_path = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`after_input_path`](Self::after_input_path).
    pub fn set_after_input_path(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.after_input_path = input;
        self
    }
    /// See [`InspectionData::after_item_batcher`](crate::types::InspectionData::after_item_batcher).
    pub fn after_item_batcher(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.after_item_batcher = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`after_item_batcher`](Self::after_item_batcher).
    pub fn set_after_item_batcher(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.after_item_batcher = input;
        self
    }
    /// See [`InspectionData::after_item_selector`](crate::types::InspectionData::after_item_selector).
    pub fn after_item_selector(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.after_item_selector = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`after_item_selector`](Self::after_item_selector).
    pub fn set_after_item_selector(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.after_item_selector = input;
        self
    }
    /// See [`InspectionData::after_items_path`](crate::types::InspectionData::after_items_path).
    pub fn after_items_path(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.after_items_path = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`after_items_path`](Self::after_items_path).
    pub fn set_after_items_path(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.after_items_path = input;
        self
    }
    /// See [`InspectionData::after_items_pointer`](crate::types::InspectionData::after_items_pointer).
    pub fn after_items_pointer(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.after_items_pointer = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`after_items_pointer`](Self::after_items_pointer).
    pub fn set_after_items_pointer(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.after_items_pointer = input;
        self
    }
    /// See [`InspectionData::after_parameters`](crate::types::InspectionData::after_parameters).
    pub fn after_parameters(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.after_parameters = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`after_parameters`](Self::after_parameters).
    pub fn set_after_parameters(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.after_parameters = input;
        self
    }
    /// See [`InspectionData::after_result_path`](crate::types::InspectionData::after_result_path).
    pub fn after_result_path(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.after_result_path = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`after_result_path`](Self::after_result_path).
    pub fn set_after_result_path(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.after_result_path = input;
        self
    }
    /// See [`InspectionData::after_result_selector`](crate::types::InspectionData::after_result_selector).
    pub fn after_result_selector(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.after_result_selector = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`after_result_selector`](Self::after_result_selector).
    pub fn set_after_result_selector(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.after_result_selector = input;
        self
    }
    /// See [`InspectionData::error_details`](crate::types::InspectionData::error_details).
    pub fn error_details(
        mut self,
        input: impl ::std::convert::Into<crate::types::InspectionErrorDetails>,
    ) -> Self {
        self.error_details = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`error_details`](Self::error_details).
    pub fn set_error_details(
        mut self,
        input: ::std::option::Option<crate::types::InspectionErrorDetails>,
    ) -> Self {
        self.error_details = input;
        self
    }
    /// See [`InspectionData::input`](crate::types::InspectionData::input).
    pub fn input(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.input = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`input`](Self::input).
    pub fn set_input(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.input = input;
        self
    }
    /// See [`InspectionData::max_concurrency`](crate::types::InspectionData::max_concurrency).
    pub fn max_concurrency(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.max_concurrency = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`max_concurrency`](Self::max_concurrency).
    pub fn set_max_concurrency(mut self, input: ::std::option::Option<i64>) -> Self {
        self.max_concurrency = input;
        self
    }
    /// See [`InspectionData::request`](crate::types::InspectionData::request).
    pub fn request(
        mut self,
        input: impl ::std::convert::Into<crate::types::InspectionDataRequest>,
    ) -> Self {
        self.request = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`request`](Self::request).
    pub fn set_request(
        mut self,
        input: ::std::option::Option<crate::types::InspectionDataRequest>,
    ) -> Self {
        self.request = input;
        self
    }
    /// See [`InspectionData::response`](crate::types::InspectionData::response).
    pub fn response(
        mut self,
        input: impl ::std::convert::Into<crate::types::InspectionDataResponse>,
    ) -> Self {
        self.response = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`response`](Self::response).
    pub fn set_response(
        mut self,
        input: ::std::option::Option<crate::types::InspectionDataResponse>,
    ) -> Self {
        self.response = input;
        self
    }
    /// See [`InspectionData::result`](crate::types::InspectionData::result).
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
    /// See [`InspectionData::tolerated_failure_count`](crate::types::InspectionData::tolerated_failure_count).
    pub fn tolerated_failure_count(
        mut self,
        input: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.tolerated_failure_count = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`tolerated_failure_count`](Self::tolerated_failure_count).
    pub fn set_tolerated_failure_count(
        mut self,
        input: ::std::option::Option<i64>,
    ) -> Self {
        self.tolerated_failure_count = input;
        self
    }
    /// See [`InspectionData::tolerated_failure_percentage`](crate::types::InspectionData::tolerated_failure_percentage).
    pub fn tolerated_failure_percentage(
        mut self,
        input: impl ::std::convert::Into<f32>,
    ) -> Self {
        self.tolerated_failure_percentage = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`tolerated_failure_percentage`](Self::tolerated_failure_percentage).
    pub fn set_tolerated_failure_percentage(
        mut self,
        input: ::std::option::Option<f32>,
    ) -> Self {
        self.tolerated_failure_percentage = input;
        self
    }
    /// See [`InspectionData::variables`](crate::types::InspectionData::variables).
    pub fn variables(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.variables = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`variables`](Self::variables).
    pub fn set_variables(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.variables = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::InspectionData,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::InspectionData {
            after_arguments: self.after_arguments,
            after_input_path: self.after_input_path,
            after_item_batcher: self.after_item_batcher,
            after_item_selector: self.after_item_selector,
            after_items_path: self.after_items_path,
            after_items_pointer: self.after_items_pointer,
            after_parameters: self.after_parameters,
            after_result_path: self.after_result_path,
            after_result_selector: self.after_result_selector,
            error_details: self.error_details,
            input: self.input,
            max_concurrency: self.max_concurrency,
            request: self.request,
            response: self.response,
            result: self.result,
            tolerated_failure_count: self.tolerated_failure_count,
            tolerated_failure_percentage: self.tolerated_failure_percentage,
            variables: self.variables,
        })
    }
}
/// A builder for [`InspectionDataRequest`](crate::types::InspectionDataRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct InspectionDataRequestBuilder {
    pub(crate) body: ::std::option::Option<::std::string::String>,
    pub(crate) headers: ::std::option::Option<::std::string::String>,
    pub(crate) method: ::std::option::Option<::std::string::String>,
    pub(crate) protocol: ::std::option::Option<::std::string::String>,
    pub(crate) url: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for InspectionDataRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("InspectionDataRequestBuilder").finish_non_exhaustive()
    }
}
impl InspectionDataRequestBuilder {
    /// See [`InspectionDataRequest::body`](crate::types::InspectionDataRequest::body).
    pub fn body(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.body = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`body`](Self::body).
    pub fn set_body(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.body = input;
        self
    }
    /// See [`InspectionDataRequest::headers`](crate::types::InspectionDataRequest::headers).
    pub fn headers(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.headers = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`headers`](Self::headers).
    pub fn set_headers(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.headers = input;
        self
    }
    /// See [`InspectionDataRequest::method`](crate::types::InspectionDataRequest::method).
    pub fn method(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.method = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`method`](Self::method).
    pub fn set_method(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.method = input;
        self
    }
    /// See [`InspectionDataRequest::protocol`](crate::types::InspectionDataRequest::protocol).
    pub fn protocol(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.protocol = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`protocol`](Self::protocol).
    pub fn set_protocol(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.protocol = input;
        self
    }
    /// See [`InspectionDataRequest::url`](crate::types::InspectionDataRequest::url).
    pub fn url(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.url = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`url`](Self::url).
    pub fn set_url(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.url = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::InspectionDataRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::InspectionDataRequest {
            body: self.body,
            headers: self.headers,
            method: self.method,
            protocol: self.protocol,
            url: self.url,
        })
    }
}
/// A builder for [`InspectionDataResponse`](crate::types::InspectionDataResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct InspectionDataResponseBuilder {
    pub(crate) body: ::std::option::Option<::std::string::String>,
    pub(crate) headers: ::std::option::Option<::std::string::String>,
    pub(crate) protocol: ::std::option::Option<::std::string::String>,
    pub(crate) status_code: ::std::option::Option<::std::string::String>,
    pub(crate) status_message: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for InspectionDataResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("InspectionDataResponseBuilder").finish_non_exhaustive()
    }
}
impl InspectionDataResponseBuilder {
    /// See [`InspectionDataResponse::body`](crate::types::InspectionDataResponse::body).
    pub fn body(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.body = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`body`](Self::body).
    pub fn set_body(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.body = input;
        self
    }
    /// See [`InspectionDataResponse::headers`](crate::types::InspectionDataResponse::headers).
    pub fn headers(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.headers = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`headers`](Self::headers).
    pub fn set_headers(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.headers = input;
        self
    }
    /// See [`InspectionDataResponse::protocol`](crate::types::InspectionDataResponse::protocol).
    pub fn protocol(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.protocol = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`protocol`](Self::protocol).
    pub fn set_protocol(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.protocol = input;
        self
    }
    /// See [`InspectionDataResponse::status_code`](crate::types::InspectionDataResponse::status_code).
    pub fn status_code(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.status_code = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`status_code`](Self::status_code).
    pub fn set_status_code(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.status_code = input;
        self
    }
    /// See [`InspectionDataResponse::status_message`](crate::types::InspectionDataResponse::status_message).
    pub fn status_message(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.status_message = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`status_message`](Self::status_message).
    pub fn set_status_message(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.status_message = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::InspectionDataResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::InspectionDataResponse {
            body: self.body,
            headers: self.headers,
            protocol: self.protocol,
            status_code: self.status_code,
            status_message: self.status_message,
        })
    }
}
/// A builder for [`InspectionErrorDetails`](crate::types::InspectionErrorDetails).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct InspectionErrorDetailsBuilder {
    pub(crate) catch_index: ::std::option::Option<i64>,
    pub(crate) retry_backoff_interval_seconds: ::std::option::Option<i64>,
    pub(crate) retry_index: ::std::option::Option<i64>,
}
impl ::std::fmt::Debug for InspectionErrorDetailsBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("InspectionErrorDetailsBuilder").finish_non_exhaustive()
    }
}
impl InspectionErrorDetailsBuilder {
    /// See [`InspectionErrorDetails::catch_index`](crate::types::InspectionErrorDetails::catch_index).
    pub fn catch_index(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.catch_index = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`catch_index`](Self::catch_index).
    pub fn set_catch_index(mut self, input: ::std::option::Option<i64>) -> Self {
        self.catch_index = input;
        self
    }
    /// See [`InspectionErrorDetails::retry_backoff_interval_seconds`](crate::types::InspectionErrorDetails::retry_backoff_interval_seconds).
    pub fn retry_backoff_interval_seconds(
        mut self,
        input: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.retry_backoff_interval_seconds = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`retry_backoff_interval_seconds`](Self::retry_backoff_interval_seconds).
    pub fn set_retry_backoff_interval_seconds(
        mut self,
        input: ::std::option::Option<i64>,
    ) -> Self {
        self.retry_backoff_interval_seconds = input;
        self
    }
    /// See [`InspectionErrorDetails::retry_index`](crate::types::InspectionErrorDetails::retry_index).
    pub fn retry_index(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.retry_index = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`retry_index`](Self::retry_index).
    pub fn set_retry_index(mut self, input: ::std::option::Option<i64>) -> Self {
        self.retry_index = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::InspectionErrorDetails,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::InspectionErrorDetails {
            catch_index: self.catch_index,
            retry_backoff_interval_seconds: self.retry_backoff_interval_seconds,
            retry_index: self.retry_index,
        })
    }
}
/// A builder for [`LambdaFunctionFailedEventDetails`](crate::types::LambdaFunctionFailedEventDetails).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct LambdaFunctionFailedEventDetailsBuilder {
    pub(crate) cause: ::std::option::Option<::std::string::String>,
    pub(crate) error: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for LambdaFunctionFailedEventDetailsBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("LambdaFunctionFailedEventDetailsBuilder").finish_non_exhaustive()
    }
}
impl LambdaFunctionFailedEventDetailsBuilder {
    /// See [`LambdaFunctionFailedEventDetails::cause`](crate::types::LambdaFunctionFailedEventDetails::cause).
    pub fn cause(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cause = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`cause`](Self::cause).
    pub fn set_cause(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.cause = input;
        self
    }
    /// See [`LambdaFunctionFailedEventDetails::error`](crate::types::LambdaFunctionFailedEventDetails::error).
    pub fn error(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.error = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`error`](Self::error).
    pub fn set_error(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.error = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::LambdaFunctionFailedEventDetails,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::LambdaFunctionFailedEventDetails {
            cause: self.cause,
            error: self.error,
        })
    }
}
/// A builder for [`LambdaFunctionScheduleFailedEventDetails`](crate::types::LambdaFunctionScheduleFailedEventDetails).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct LambdaFunctionScheduleFailedEventDetailsBuilder {
    pub(crate) cause: ::std::option::Option<::std::string::String>,
    pub(crate) error: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for LambdaFunctionScheduleFailedEventDetailsBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("LambdaFunctionScheduleFailedEventDetailsBuilder")
            .finish_non_exhaustive()
    }
}
impl LambdaFunctionScheduleFailedEventDetailsBuilder {
    /// See [`LambdaFunctionScheduleFailedEventDetails::cause`](crate::types::LambdaFunctionScheduleFailedEventDetails::cause).
    pub fn cause(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cause = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`cause`](Self::cause).
    pub fn set_cause(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.cause = input;
        self
    }
    /// See [`LambdaFunctionScheduleFailedEventDetails::error`](crate::types::LambdaFunctionScheduleFailedEventDetails::error).
    pub fn error(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.error = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`error`](Self::error).
    pub fn set_error(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.error = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::LambdaFunctionScheduleFailedEventDetails,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::LambdaFunctionScheduleFailedEventDetails {
            cause: self.cause,
            error: self.error,
        })
    }
}
/// A builder for [`LambdaFunctionScheduledEventDetails`](crate::types::LambdaFunctionScheduledEventDetails).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct LambdaFunctionScheduledEventDetailsBuilder {
    pub(crate) input: ::std::option::Option<::std::string::String>,
    pub(crate) input_details: ::std::option::Option<
        crate::types::HistoryEventExecutionDataDetails,
    >,
    pub(crate) resource: ::std::option::Option<::std::string::String>,
    pub(crate) task_credentials: ::std::option::Option<crate::types::TaskCredentials>,
    pub(crate) timeout_in_seconds: ::std::option::Option<i64>,
}
impl ::std::fmt::Debug for LambdaFunctionScheduledEventDetailsBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("LambdaFunctionScheduledEventDetailsBuilder")
            .finish_non_exhaustive()
    }
}
impl LambdaFunctionScheduledEventDetailsBuilder {
    /// See [`LambdaFunctionScheduledEventDetails::input`](crate::types::LambdaFunctionScheduledEventDetails::input).
    pub fn input(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.input = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`input`](Self::input).
    pub fn set_input(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.input = input;
        self
    }
    /// See [`LambdaFunctionScheduledEventDetails::input_details`](crate::types::LambdaFunctionScheduledEventDetails::input_details).
    pub fn input_details(
        mut self,
        input: impl ::std::convert::Into<crate::types::HistoryEventExecutionDataDetails>,
    ) -> Self {
        self.input_details = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`input_details`](Self::input_details).
    pub fn set_input_details(
        mut self,
        input: ::std::option::Option<crate::types::HistoryEventExecutionDataDetails>,
    ) -> Self {
        self.input_details = input;
        self
    }
    /// See [`LambdaFunctionScheduledEventDetails::resource`](crate::types::LambdaFunctionScheduledEventDetails::resource).
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
    /// See [`LambdaFunctionScheduledEventDetails::task_credentials`](crate::types::LambdaFunctionScheduledEventDetails::task_credentials).
    pub fn task_credentials(
        mut self,
        input: impl ::std::convert::Into<crate::types::TaskCredentials>,
    ) -> Self {
        self.task_credentials = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`task_credentials`](Self::task_credentials).
    pub fn set_task_credentials(
        mut self,
        input: ::std::option::Option<crate::types::TaskCredentials>,
    ) -> Self {
        self.task_credentials = input;
        self
    }
    /// See [`LambdaFunctionScheduledEventDetails::timeout_in_seconds`](crate::types::LambdaFunctionScheduledEventDetails::timeout_in_seconds).
    pub fn timeout_in_seconds(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.timeout_in_seconds = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`timeout_in_seconds`](Self::timeout_in_seconds).
    pub fn set_timeout_in_seconds(mut self, input: ::std::option::Option<i64>) -> Self {
        self.timeout_in_seconds = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::LambdaFunctionScheduledEventDetails,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::LambdaFunctionScheduledEventDetails {
            input: self.input,
            input_details: self.input_details,
            resource: self
                .resource
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "LambdaFunctionScheduledEventDetails",
                        "resource",
                    ),
                )?,
            task_credentials: self.task_credentials,
            timeout_in_seconds: self.timeout_in_seconds,
        })
    }
}
/// A builder for [`LambdaFunctionStartFailedEventDetails`](crate::types::LambdaFunctionStartFailedEventDetails).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct LambdaFunctionStartFailedEventDetailsBuilder {
    pub(crate) cause: ::std::option::Option<::std::string::String>,
    pub(crate) error: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for LambdaFunctionStartFailedEventDetailsBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("LambdaFunctionStartFailedEventDetailsBuilder")
            .finish_non_exhaustive()
    }
}
impl LambdaFunctionStartFailedEventDetailsBuilder {
    /// See [`LambdaFunctionStartFailedEventDetails::cause`](crate::types::LambdaFunctionStartFailedEventDetails::cause).
    pub fn cause(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cause = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`cause`](Self::cause).
    pub fn set_cause(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.cause = input;
        self
    }
    /// See [`LambdaFunctionStartFailedEventDetails::error`](crate::types::LambdaFunctionStartFailedEventDetails::error).
    pub fn error(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.error = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`error`](Self::error).
    pub fn set_error(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.error = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::LambdaFunctionStartFailedEventDetails,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::LambdaFunctionStartFailedEventDetails {
            cause: self.cause,
            error: self.error,
        })
    }
}
/// A builder for [`LambdaFunctionSucceededEventDetails`](crate::types::LambdaFunctionSucceededEventDetails).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct LambdaFunctionSucceededEventDetailsBuilder {
    pub(crate) output: ::std::option::Option<::std::string::String>,
    pub(crate) output_details: ::std::option::Option<
        crate::types::HistoryEventExecutionDataDetails,
    >,
}
impl ::std::fmt::Debug for LambdaFunctionSucceededEventDetailsBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("LambdaFunctionSucceededEventDetailsBuilder")
            .finish_non_exhaustive()
    }
}
impl LambdaFunctionSucceededEventDetailsBuilder {
    /// See [`LambdaFunctionSucceededEventDetails::output`](crate::types::LambdaFunctionSucceededEventDetails::output).
    pub fn output(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.output = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`output`](Self::output).
    pub fn set_output(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.output = input;
        self
    }
    /// See [`LambdaFunctionSucceededEventDetails::output_details`](crate::types::LambdaFunctionSucceededEventDetails::output_details).
    pub fn output_details(
        mut self,
        input: impl ::std::convert::Into<crate::types::HistoryEventExecutionDataDetails>,
    ) -> Self {
        self.output_details = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`output_details`](Self::output_details).
    pub fn set_output_details(
        mut self,
        input: ::std::option::Option<crate::types::HistoryEventExecutionDataDetails>,
    ) -> Self {
        self.output_details = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::LambdaFunctionSucceededEventDetails,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::LambdaFunctionSucceededEventDetails {
            output: self.output,
            output_details: self.output_details,
        })
    }
}
/// A builder for [`LambdaFunctionTimedOutEventDetails`](crate::types::LambdaFunctionTimedOutEventDetails).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct LambdaFunctionTimedOutEventDetailsBuilder {
    pub(crate) cause: ::std::option::Option<::std::string::String>,
    pub(crate) error: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for LambdaFunctionTimedOutEventDetailsBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("LambdaFunctionTimedOutEventDetailsBuilder")
            .finish_non_exhaustive()
    }
}
impl LambdaFunctionTimedOutEventDetailsBuilder {
    /// See [`LambdaFunctionTimedOutEventDetails::cause`](crate::types::LambdaFunctionTimedOutEventDetails::cause).
    pub fn cause(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cause = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`cause`](Self::cause).
    pub fn set_cause(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.cause = input;
        self
    }
    /// See [`LambdaFunctionTimedOutEventDetails::error`](crate::types::LambdaFunctionTimedOutEventDetails::error).
    pub fn error(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.error = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`error`](Self::error).
    pub fn set_error(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.error = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::LambdaFunctionTimedOutEventDetails,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::LambdaFunctionTimedOutEventDetails {
            cause: self.cause,
            error: self.error,
        })
    }
}
/// A builder for [`ListActivitiesInput`](crate::types::ListActivitiesInput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ListActivitiesInputBuilder {
    pub(crate) max_results: ::std::option::Option<i64>,
    pub(crate) next_token: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ListActivitiesInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListActivitiesInputBuilder").finish_non_exhaustive()
    }
}
impl ListActivitiesInputBuilder {
    /// See [`ListActivitiesInput::max_results`](crate::types::ListActivitiesInput::max_results).
    pub fn max_results(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.max_results = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`max_results`](Self::max_results).
    pub fn set_max_results(mut self, input: ::std::option::Option<i64>) -> Self {
        self.max_results = input;
        self
    }
    /// See [`ListActivitiesInput::next_token`](crate::types::ListActivitiesInput::next_token).
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
        crate::types::ListActivitiesInput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ListActivitiesInput {
            max_results: self.max_results,
            next_token: self.next_token,
        })
    }
}
/// A builder for [`ListActivitiesOutput`](crate::types::ListActivitiesOutput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ListActivitiesOutputBuilder {
    pub(crate) activities: ::std::option::Option<
        ::std::vec::Vec<crate::types::ActivityListItem>,
    >,
    pub(crate) next_token: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ListActivitiesOutputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListActivitiesOutputBuilder").finish_non_exhaustive()
    }
}
impl ListActivitiesOutputBuilder {
    /// See [`ListActivitiesOutput::activities`](crate::types::ListActivitiesOutput::activities).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn activities(
        mut self,
        input: impl ::std::convert::Into<crate::types::ActivityListItem>,
    ) -> Self {
        self.activities.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`activities`](Self::activities).
    pub fn set_activities(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::ActivityListItem>>,
    ) -> Self {
        self.activities = input;
        self
    }
    /// See [`ListActivitiesOutput::next_token`](crate::types::ListActivitiesOutput::next_token).
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
        crate::types::ListActivitiesOutput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ListActivitiesOutput {
            activities: self
                .activities
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "ListActivitiesOutput",
                        "activities",
                    ),
                )?,
            next_token: self.next_token,
        })
    }
}
/// A builder for [`ListExecutionsInput`](crate::types::ListExecutionsInput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ListExecutionsInputBuilder {
    pub(crate) map_run_arn: ::std::option::Option<::std::string::String>,
    pub(crate) max_results: ::std::option::Option<i64>,
    pub(crate) next_token: ::std::option::Option<::std::string::String>,
    pub(crate) state_machine_arn: ::std::option::Option<::std::string::String>,
    pub(crate) status_filter: ::std::option::Option<crate::types::ExecutionStatus>,
    pub(crate) redrive_filter: ::std::option::Option<
        crate::types::ExecutionRedriveFilter,
    >,
}
impl ::std::fmt::Debug for ListExecutionsInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListExecutionsInputBuilder").finish_non_exhaustive()
    }
}
impl ListExecutionsInputBuilder {
    /// See [`ListExecutionsInput::map_run_arn`](crate::types::ListExecutionsInput::map_run_arn).
    pub fn map_run_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.map_run_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`map_run_arn`](Self::map_run_arn).
    pub fn set_map_run_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.map_run_arn = input;
        self
    }
    /// See [`ListExecutionsInput::max_results`](crate::types::ListExecutionsInput::max_results).
    pub fn max_results(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.max_results = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`max_results`](Self::max_results).
    pub fn set_max_results(mut self, input: ::std::option::Option<i64>) -> Self {
        self.max_results = input;
        self
    }
    /// See [`ListExecutionsInput::next_token`](crate::types::ListExecutionsInput::next_token).
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
    /// See [`ListExecutionsInput::state_machine_arn`](crate::types::ListExecutionsInput::state_machine_arn).
    pub fn state_machine_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.state_machine_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`state_machine_arn`](Self::state_machine_arn).
    pub fn set_state_machine_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.state_machine_arn = input;
        self
    }
    /// See [`ListExecutionsInput::status_filter`](crate::types::ListExecutionsInput::status_filter).
    pub fn status_filter(
        mut self,
        input: impl ::std::convert::Into<crate::types::ExecutionStatus>,
    ) -> Self {
        self.status_filter = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`status_filter`](Self::status_filter).
    pub fn set_status_filter(
        mut self,
        input: ::std::option::Option<crate::types::ExecutionStatus>,
    ) -> Self {
        self.status_filter = input;
        self
    }
    /// See [`ListExecutionsInput::redrive_filter`](crate::types::ListExecutionsInput::redrive_filter).
    pub fn redrive_filter(
        mut self,
        input: impl ::std::convert::Into<crate::types::ExecutionRedriveFilter>,
    ) -> Self {
        self.redrive_filter = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`redrive_filter`](Self::redrive_filter).
    pub fn set_redrive_filter(
        mut self,
        input: ::std::option::Option<crate::types::ExecutionRedriveFilter>,
    ) -> Self {
        self.redrive_filter = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ListExecutionsInput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ListExecutionsInput {
            map_run_arn: self.map_run_arn,
            max_results: self.max_results,
            next_token: self.next_token,
            state_machine_arn: self.state_machine_arn,
            status_filter: self.status_filter,
            redrive_filter: self.redrive_filter,
        })
    }
}
/// A builder for [`ListExecutionsOutput`](crate::types::ListExecutionsOutput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ListExecutionsOutputBuilder {
    pub(crate) executions: ::std::option::Option<
        ::std::vec::Vec<crate::types::ExecutionListItem>,
    >,
    pub(crate) next_token: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ListExecutionsOutputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListExecutionsOutputBuilder").finish_non_exhaustive()
    }
}
impl ListExecutionsOutputBuilder {
    /// See [`ListExecutionsOutput::executions`](crate::types::ListExecutionsOutput::executions).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn executions(
        mut self,
        input: impl ::std::convert::Into<crate::types::ExecutionListItem>,
    ) -> Self {
        self.executions.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`executions`](Self::executions).
    pub fn set_executions(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::ExecutionListItem>>,
    ) -> Self {
        self.executions = input;
        self
    }
    /// See [`ListExecutionsOutput::next_token`](crate::types::ListExecutionsOutput::next_token).
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
        crate::types::ListExecutionsOutput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ListExecutionsOutput {
            executions: self
                .executions
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "ListExecutionsOutput",
                        "executions",
                    ),
                )?,
            next_token: self.next_token,
        })
    }
}
/// A builder for [`ListMapRunsInput`](crate::types::ListMapRunsInput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ListMapRunsInputBuilder {
    pub(crate) execution_arn: ::std::option::Option<::std::string::String>,
    pub(crate) max_results: ::std::option::Option<i64>,
    pub(crate) next_token: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ListMapRunsInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListMapRunsInputBuilder").finish_non_exhaustive()
    }
}
impl ListMapRunsInputBuilder {
    /// See [`ListMapRunsInput::execution_arn`](crate::types::ListMapRunsInput::execution_arn).
    pub fn execution_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.execution_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`execution_arn`](Self::execution_arn).
    pub fn set_execution_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.execution_arn = input;
        self
    }
    /// See [`ListMapRunsInput::max_results`](crate::types::ListMapRunsInput::max_results).
    pub fn max_results(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.max_results = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`max_results`](Self::max_results).
    pub fn set_max_results(mut self, input: ::std::option::Option<i64>) -> Self {
        self.max_results = input;
        self
    }
    /// See [`ListMapRunsInput::next_token`](crate::types::ListMapRunsInput::next_token).
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
        crate::types::ListMapRunsInput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ListMapRunsInput {
            execution_arn: self
                .execution_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "ListMapRunsInput",
                        "execution_arn",
                    ),
                )?,
            max_results: self.max_results,
            next_token: self.next_token,
        })
    }
}
/// A builder for [`ListMapRunsOutput`](crate::types::ListMapRunsOutput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ListMapRunsOutputBuilder {
    pub(crate) map_runs: ::std::option::Option<
        ::std::vec::Vec<crate::types::MapRunListItem>,
    >,
    pub(crate) next_token: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ListMapRunsOutputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListMapRunsOutputBuilder").finish_non_exhaustive()
    }
}
impl ListMapRunsOutputBuilder {
    /// See [`ListMapRunsOutput::map_runs`](crate::types::ListMapRunsOutput::map_runs).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn map_runs(
        mut self,
        input: impl ::std::convert::Into<crate::types::MapRunListItem>,
    ) -> Self {
        self.map_runs.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`map_runs`](Self::map_runs).
    pub fn set_map_runs(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::MapRunListItem>>,
    ) -> Self {
        self.map_runs = input;
        self
    }
    /// See [`ListMapRunsOutput::next_token`](crate::types::ListMapRunsOutput::next_token).
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
        crate::types::ListMapRunsOutput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ListMapRunsOutput {
            map_runs: self
                .map_runs
                .ok_or(
                    crate::runtime::BuildError::missing("ListMapRunsOutput", "map_runs"),
                )?,
            next_token: self.next_token,
        })
    }
}
/// A builder for [`ListStateMachineAliasesInput`](crate::types::ListStateMachineAliasesInput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ListStateMachineAliasesInputBuilder {
    pub(crate) max_results: ::std::option::Option<i64>,
    pub(crate) next_token: ::std::option::Option<::std::string::String>,
    pub(crate) state_machine_arn: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ListStateMachineAliasesInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListStateMachineAliasesInputBuilder").finish_non_exhaustive()
    }
}
impl ListStateMachineAliasesInputBuilder {
    /// See [`ListStateMachineAliasesInput::max_results`](crate::types::ListStateMachineAliasesInput::max_results).
    pub fn max_results(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.max_results = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`max_results`](Self::max_results).
    pub fn set_max_results(mut self, input: ::std::option::Option<i64>) -> Self {
        self.max_results = input;
        self
    }
    /// See [`ListStateMachineAliasesInput::next_token`](crate::types::ListStateMachineAliasesInput::next_token).
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
    /// See [`ListStateMachineAliasesInput::state_machine_arn`](crate::types::ListStateMachineAliasesInput::state_machine_arn).
    pub fn state_machine_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.state_machine_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`state_machine_arn`](Self::state_machine_arn).
    pub fn set_state_machine_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.state_machine_arn = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ListStateMachineAliasesInput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ListStateMachineAliasesInput {
            max_results: self.max_results,
            next_token: self.next_token,
            state_machine_arn: self
                .state_machine_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "ListStateMachineAliasesInput",
                        "state_machine_arn",
                    ),
                )?,
        })
    }
}
/// A builder for [`ListStateMachineAliasesOutput`](crate::types::ListStateMachineAliasesOutput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ListStateMachineAliasesOutputBuilder {
    pub(crate) next_token: ::std::option::Option<::std::string::String>,
    pub(crate) state_machine_aliases: ::std::option::Option<
        ::std::vec::Vec<crate::types::StateMachineAliasListItem>,
    >,
}
impl ::std::fmt::Debug for ListStateMachineAliasesOutputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListStateMachineAliasesOutputBuilder").finish_non_exhaustive()
    }
}
impl ListStateMachineAliasesOutputBuilder {
    /// See [`ListStateMachineAliasesOutput::next_token`](crate::types::ListStateMachineAliasesOutput::next_token).
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
    /// See [`ListStateMachineAliasesOutput::state_machine_aliases`](crate::types::ListStateMachineAliasesOutput::state_machine_aliases).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn state_machine_aliases(
        mut self,
        input: impl ::std::convert::Into<crate::types::StateMachineAliasListItem>,
    ) -> Self {
        self.state_machine_aliases
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`state_machine_aliases`](Self::state_machine_aliases).
    pub fn set_state_machine_aliases(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<crate::types::StateMachineAliasListItem>,
        >,
    ) -> Self {
        self.state_machine_aliases = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ListStateMachineAliasesOutput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ListStateMachineAliasesOutput {
            next_token: self.next_token,
            state_machine_aliases: self
                .state_machine_aliases
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "ListStateMachineAliasesOutput",
                        "state_machine_aliases",
                    ),
                )?,
        })
    }
}
/// A builder for [`ListStateMachineVersionsInput`](crate::types::ListStateMachineVersionsInput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ListStateMachineVersionsInputBuilder {
    pub(crate) max_results: ::std::option::Option<i64>,
    pub(crate) next_token: ::std::option::Option<::std::string::String>,
    pub(crate) state_machine_arn: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ListStateMachineVersionsInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListStateMachineVersionsInputBuilder").finish_non_exhaustive()
    }
}
impl ListStateMachineVersionsInputBuilder {
    /// See [`ListStateMachineVersionsInput::max_results`](crate::types::ListStateMachineVersionsInput::max_results).
    pub fn max_results(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.max_results = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`max_results`](Self::max_results).
    pub fn set_max_results(mut self, input: ::std::option::Option<i64>) -> Self {
        self.max_results = input;
        self
    }
    /// See [`ListStateMachineVersionsInput::next_token`](crate::types::ListStateMachineVersionsInput::next_token).
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
    /// See [`ListStateMachineVersionsInput::state_machine_arn`](crate::types::ListStateMachineVersionsInput::state_machine_arn).
    pub fn state_machine_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.state_machine_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`state_machine_arn`](Self::state_machine_arn).
    pub fn set_state_machine_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.state_machine_arn = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ListStateMachineVersionsInput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ListStateMachineVersionsInput {
            max_results: self.max_results,
            next_token: self.next_token,
            state_machine_arn: self
                .state_machine_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "ListStateMachineVersionsInput",
                        "state_machine_arn",
                    ),
                )?,
        })
    }
}
/// A builder for [`ListStateMachineVersionsOutput`](crate::types::ListStateMachineVersionsOutput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ListStateMachineVersionsOutputBuilder {
    pub(crate) next_token: ::std::option::Option<::std::string::String>,
    pub(crate) state_machine_versions: ::std::option::Option<
        ::std::vec::Vec<crate::types::StateMachineVersionListItem>,
    >,
}
impl ::std::fmt::Debug for ListStateMachineVersionsOutputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListStateMachineVersionsOutputBuilder").finish_non_exhaustive()
    }
}
impl ListStateMachineVersionsOutputBuilder {
    /// See [`ListStateMachineVersionsOutput::next_token`](crate::types::ListStateMachineVersionsOutput::next_token).
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
    /// See [`ListStateMachineVersionsOutput::state_machine_versions`](crate::types::ListStateMachineVersionsOutput::state_machine_versions).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn state_machine_versions(
        mut self,
        input: impl ::std::convert::Into<crate::types::StateMachineVersionListItem>,
    ) -> Self {
        self.state_machine_versions
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`state_machine_versions`](Self::state_machine_versions).
    pub fn set_state_machine_versions(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<crate::types::StateMachineVersionListItem>,
        >,
    ) -> Self {
        self.state_machine_versions = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ListStateMachineVersionsOutput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ListStateMachineVersionsOutput {
            next_token: self.next_token,
            state_machine_versions: self
                .state_machine_versions
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "ListStateMachineVersionsOutput",
                        "state_machine_versions",
                    ),
                )?,
        })
    }
}
/// A builder for [`ListStateMachinesInput`](crate::types::ListStateMachinesInput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ListStateMachinesInputBuilder {
    pub(crate) max_results: ::std::option::Option<i64>,
    pub(crate) next_token: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ListStateMachinesInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListStateMachinesInputBuilder").finish_non_exhaustive()
    }
}
impl ListStateMachinesInputBuilder {
    /// See [`ListStateMachinesInput::max_results`](crate::types::ListStateMachinesInput::max_results).
    pub fn max_results(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.max_results = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`max_results`](Self::max_results).
    pub fn set_max_results(mut self, input: ::std::option::Option<i64>) -> Self {
        self.max_results = input;
        self
    }
    /// See [`ListStateMachinesInput::next_token`](crate::types::ListStateMachinesInput::next_token).
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
        crate::types::ListStateMachinesInput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ListStateMachinesInput {
            max_results: self.max_results,
            next_token: self.next_token,
        })
    }
}
/// A builder for [`ListStateMachinesOutput`](crate::types::ListStateMachinesOutput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ListStateMachinesOutputBuilder {
    pub(crate) next_token: ::std::option::Option<::std::string::String>,
    pub(crate) state_machines: ::std::option::Option<
        ::std::vec::Vec<crate::types::StateMachineListItem>,
    >,
}
impl ::std::fmt::Debug for ListStateMachinesOutputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListStateMachinesOutputBuilder").finish_non_exhaustive()
    }
}
impl ListStateMachinesOutputBuilder {
    /// See [`ListStateMachinesOutput::next_token`](crate::types::ListStateMachinesOutput::next_token).
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
    /// See [`ListStateMachinesOutput::state_machines`](crate::types::ListStateMachinesOutput::state_machines).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn state_machines(
        mut self,
        input: impl ::std::convert::Into<crate::types::StateMachineListItem>,
    ) -> Self {
        self.state_machines.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`state_machines`](Self::state_machines).
    pub fn set_state_machines(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::StateMachineListItem>>,
    ) -> Self {
        self.state_machines = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ListStateMachinesOutput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ListStateMachinesOutput {
            next_token: self.next_token,
            state_machines: self
                .state_machines
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "ListStateMachinesOutput",
                        "state_machines",
                    ),
                )?,
        })
    }
}
/// A builder for [`ListTagsForResourceInput`](crate::types::ListTagsForResourceInput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ListTagsForResourceInputBuilder {
    pub(crate) resource_arn: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ListTagsForResourceInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListTagsForResourceInputBuilder").finish_non_exhaustive()
    }
}
impl ListTagsForResourceInputBuilder {
    /// See [`ListTagsForResourceInput::resource_arn`](crate::types::ListTagsForResourceInput::resource_arn).
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
        crate::types::ListTagsForResourceInput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ListTagsForResourceInput {
            resource_arn: self
                .resource_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "ListTagsForResourceInput",
                        "resource_arn",
                    ),
                )?,
        })
    }
}
/// A builder for [`ListTagsForResourceOutput`](crate::types::ListTagsForResourceOutput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ListTagsForResourceOutputBuilder {
    pub(crate) tags: ::std::option::Option<::std::vec::Vec<crate::types::Tag>>,
}
impl ::std::fmt::Debug for ListTagsForResourceOutputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListTagsForResourceOutputBuilder").finish_non_exhaustive()
    }
}
impl ListTagsForResourceOutputBuilder {
    /// See [`ListTagsForResourceOutput::tags`](crate::types::ListTagsForResourceOutput::tags).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn tags(mut self, input: impl ::std::convert::Into<crate::types::Tag>) -> Self {
        self.tags.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`tags`](Self::tags).
    pub fn set_tags(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::Tag>>,
    ) -> Self {
        self.tags = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ListTagsForResourceOutput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ListTagsForResourceOutput {
            tags: self.tags,
        })
    }
}
/// A builder for [`LogDestination`](crate::types::LogDestination).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct LogDestinationBuilder {
    pub(crate) cloud_watch_logs_log_group: ::std::option::Option<
        crate::types::CloudWatchLogsLogGroup,
    >,
}
impl ::std::fmt::Debug for LogDestinationBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("LogDestinationBuilder").finish_non_exhaustive()
    }
}
impl LogDestinationBuilder {
    /// See [`LogDestination::cloud_watch_logs_log_group`](crate::types::LogDestination::cloud_watch_logs_log_group).
    pub fn cloud_watch_logs_log_group(
        mut self,
        input: impl ::std::convert::Into<crate::types::CloudWatchLogsLogGroup>,
    ) -> Self {
        self.cloud_watch_logs_log_group = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`cloud_watch_logs_log_group`](Self::cloud_watch_logs_log_group).
    pub fn set_cloud_watch_logs_log_group(
        mut self,
        input: ::std::option::Option<crate::types::CloudWatchLogsLogGroup>,
    ) -> Self {
        self.cloud_watch_logs_log_group = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::LogDestination,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::LogDestination {
            cloud_watch_logs_log_group: self.cloud_watch_logs_log_group,
        })
    }
}
/// A builder for [`LoggingConfiguration`](crate::types::LoggingConfiguration).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct LoggingConfigurationBuilder {
    pub(crate) destinations: ::std::option::Option<
        ::std::vec::Vec<crate::types::LogDestination>,
    >,
    pub(crate) include_execution_data: ::std::option::Option<bool>,
    pub(crate) level: ::std::option::Option<crate::types::LogLevel>,
}
impl ::std::fmt::Debug for LoggingConfigurationBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("LoggingConfigurationBuilder").finish_non_exhaustive()
    }
}
impl LoggingConfigurationBuilder {
    /// See [`LoggingConfiguration::destinations`](crate::types::LoggingConfiguration::destinations).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn destinations(
        mut self,
        input: impl ::std::convert::Into<crate::types::LogDestination>,
    ) -> Self {
        self.destinations.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`destinations`](Self::destinations).
    pub fn set_destinations(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::LogDestination>>,
    ) -> Self {
        self.destinations = input;
        self
    }
    /// See [`LoggingConfiguration::include_execution_data`](crate::types::LoggingConfiguration::include_execution_data).
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
    /// See [`LoggingConfiguration::level`](crate::types::LoggingConfiguration::level).
    pub fn level(
        mut self,
        input: impl ::std::convert::Into<crate::types::LogLevel>,
    ) -> Self {
        self.level = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`level`](Self::level).
    pub fn set_level(
        mut self,
        input: ::std::option::Option<crate::types::LogLevel>,
    ) -> Self {
        self.level = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::LoggingConfiguration,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::LoggingConfiguration {
            destinations: self.destinations,
            include_execution_data: self.include_execution_data,
            level: self.level,
        })
    }
}
/// A builder for [`MapIterationEventDetails`](crate::types::MapIterationEventDetails).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct MapIterationEventDetailsBuilder {
    pub(crate) index: ::std::option::Option<i64>,
    pub(crate) name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for MapIterationEventDetailsBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("MapIterationEventDetailsBuilder").finish_non_exhaustive()
    }
}
impl MapIterationEventDetailsBuilder {
    /// See [`MapIterationEventDetails::index`](crate::types::MapIterationEventDetails::index).
    pub fn index(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.index = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`index`](Self::index).
    pub fn set_index(mut self, input: ::std::option::Option<i64>) -> Self {
        self.index = input;
        self
    }
    /// See [`MapIterationEventDetails::name`](crate::types::MapIterationEventDetails::name).
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
        crate::types::MapIterationEventDetails,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::MapIterationEventDetails {
            index: self.index,
            name: self.name,
        })
    }
}
/// A builder for [`MapRunExecutionCounts`](crate::types::MapRunExecutionCounts).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct MapRunExecutionCountsBuilder {
    pub(crate) aborted: ::std::option::Option<i64>,
    pub(crate) failed: ::std::option::Option<i64>,
    pub(crate) pending: ::std::option::Option<i64>,
    pub(crate) results_written: ::std::option::Option<i64>,
    pub(crate) running: ::std::option::Option<i64>,
    pub(crate) succeeded: ::std::option::Option<i64>,
    pub(crate) timed_out: ::std::option::Option<i64>,
    pub(crate) total: ::std::option::Option<i64>,
    pub(crate) failures_not_redrivable: ::std::option::Option<i64>,
    pub(crate) pending_redrive: ::std::option::Option<i64>,
}
impl ::std::fmt::Debug for MapRunExecutionCountsBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("MapRunExecutionCountsBuilder").finish_non_exhaustive()
    }
}
impl MapRunExecutionCountsBuilder {
    /// See [`MapRunExecutionCounts::aborted`](crate::types::MapRunExecutionCounts::aborted).
    pub fn aborted(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.aborted = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`aborted`](Self::aborted).
    pub fn set_aborted(mut self, input: ::std::option::Option<i64>) -> Self {
        self.aborted = input;
        self
    }
    /// See [`MapRunExecutionCounts::failed`](crate::types::MapRunExecutionCounts::failed).
    pub fn failed(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.failed = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`failed`](Self::failed).
    pub fn set_failed(mut self, input: ::std::option::Option<i64>) -> Self {
        self.failed = input;
        self
    }
    /// See [`MapRunExecutionCounts::pending`](crate::types::MapRunExecutionCounts::pending).
    pub fn pending(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.pending = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`pending`](Self::pending).
    pub fn set_pending(mut self, input: ::std::option::Option<i64>) -> Self {
        self.pending = input;
        self
    }
    /// See [`MapRunExecutionCounts::results_written`](crate::types::MapRunExecutionCounts::results_written).
    pub fn results_written(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.results_written = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`results_written`](Self::results_written).
    pub fn set_results_written(mut self, input: ::std::option::Option<i64>) -> Self {
        self.results_written = input;
        self
    }
    /// See [`MapRunExecutionCounts::running`](crate::types::MapRunExecutionCounts::running).
    pub fn running(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.running = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`running`](Self::running).
    pub fn set_running(mut self, input: ::std::option::Option<i64>) -> Self {
        self.running = input;
        self
    }
    /// See [`MapRunExecutionCounts::succeeded`](crate::types::MapRunExecutionCounts::succeeded).
    pub fn succeeded(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.succeeded = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`succeeded`](Self::succeeded).
    pub fn set_succeeded(mut self, input: ::std::option::Option<i64>) -> Self {
        self.succeeded = input;
        self
    }
    /// See [`MapRunExecutionCounts::timed_out`](crate::types::MapRunExecutionCounts::timed_out).
    pub fn timed_out(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.timed_out = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`timed_out`](Self::timed_out).
    pub fn set_timed_out(mut self, input: ::std::option::Option<i64>) -> Self {
        self.timed_out = input;
        self
    }
    /// See [`MapRunExecutionCounts::total`](crate::types::MapRunExecutionCounts::total).
    pub fn total(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.total = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`total`](Self::total).
    pub fn set_total(mut self, input: ::std::option::Option<i64>) -> Self {
        self.total = input;
        self
    }
    /// See [`MapRunExecutionCounts::failures_not_redrivable`](crate::types::MapRunExecutionCounts::failures_not_redrivable).
    pub fn failures_not_redrivable(
        mut self,
        input: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.failures_not_redrivable = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`failures_not_redrivable`](Self::failures_not_redrivable).
    pub fn set_failures_not_redrivable(
        mut self,
        input: ::std::option::Option<i64>,
    ) -> Self {
        self.failures_not_redrivable = input;
        self
    }
    /// See [`MapRunExecutionCounts::pending_redrive`](crate::types::MapRunExecutionCounts::pending_redrive).
    pub fn pending_redrive(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.pending_redrive = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`pending_redrive`](Self::pending_redrive).
    pub fn set_pending_redrive(mut self, input: ::std::option::Option<i64>) -> Self {
        self.pending_redrive = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::MapRunExecutionCounts,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::MapRunExecutionCounts {
            aborted: self
                .aborted
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "MapRunExecutionCounts",
                        "aborted",
                    ),
                )?,
            failed: self
                .failed
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "MapRunExecutionCounts",
                        "failed",
                    ),
                )?,
            pending: self
                .pending
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "MapRunExecutionCounts",
                        "pending",
                    ),
                )?,
            results_written: self
                .results_written
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "MapRunExecutionCounts",
                        "results_written",
                    ),
                )?,
            running: self
                .running
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "MapRunExecutionCounts",
                        "running",
                    ),
                )?,
            succeeded: self
                .succeeded
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "MapRunExecutionCounts",
                        "succeeded",
                    ),
                )?,
            timed_out: self
                .timed_out
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "MapRunExecutionCounts",
                        "timed_out",
                    ),
                )?,
            total: self
                .total
                .ok_or(
                    crate::runtime::BuildError::missing("MapRunExecutionCounts", "total"),
                )?,
            failures_not_redrivable: self.failures_not_redrivable,
            pending_redrive: self.pending_redrive,
        })
    }
}
/// A builder for [`MapRunFailedEventDetails`](crate::types::MapRunFailedEventDetails).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct MapRunFailedEventDetailsBuilder {
    pub(crate) cause: ::std::option::Option<::std::string::String>,
    pub(crate) error: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for MapRunFailedEventDetailsBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("MapRunFailedEventDetailsBuilder").finish_non_exhaustive()
    }
}
impl MapRunFailedEventDetailsBuilder {
    /// See [`MapRunFailedEventDetails::cause`](crate::types::MapRunFailedEventDetails::cause).
    pub fn cause(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cause = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`cause`](Self::cause).
    pub fn set_cause(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.cause = input;
        self
    }
    /// See [`MapRunFailedEventDetails::error`](crate::types::MapRunFailedEventDetails::error).
    pub fn error(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.error = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`error`](Self::error).
    pub fn set_error(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.error = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::MapRunFailedEventDetails,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::MapRunFailedEventDetails {
            cause: self.cause,
            error: self.error,
        })
    }
}
/// A builder for [`MapRunItemCounts`](crate::types::MapRunItemCounts).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct MapRunItemCountsBuilder {
    pub(crate) aborted: ::std::option::Option<i64>,
    pub(crate) failed: ::std::option::Option<i64>,
    pub(crate) pending: ::std::option::Option<i64>,
    pub(crate) results_written: ::std::option::Option<i64>,
    pub(crate) running: ::std::option::Option<i64>,
    pub(crate) succeeded: ::std::option::Option<i64>,
    pub(crate) timed_out: ::std::option::Option<i64>,
    pub(crate) total: ::std::option::Option<i64>,
    pub(crate) failures_not_redrivable: ::std::option::Option<i64>,
    pub(crate) pending_redrive: ::std::option::Option<i64>,
}
impl ::std::fmt::Debug for MapRunItemCountsBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("MapRunItemCountsBuilder").finish_non_exhaustive()
    }
}
impl MapRunItemCountsBuilder {
    /// See [`MapRunItemCounts::aborted`](crate::types::MapRunItemCounts::aborted).
    pub fn aborted(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.aborted = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`aborted`](Self::aborted).
    pub fn set_aborted(mut self, input: ::std::option::Option<i64>) -> Self {
        self.aborted = input;
        self
    }
    /// See [`MapRunItemCounts::failed`](crate::types::MapRunItemCounts::failed).
    pub fn failed(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.failed = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`failed`](Self::failed).
    pub fn set_failed(mut self, input: ::std::option::Option<i64>) -> Self {
        self.failed = input;
        self
    }
    /// See [`MapRunItemCounts::pending`](crate::types::MapRunItemCounts::pending).
    pub fn pending(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.pending = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`pending`](Self::pending).
    pub fn set_pending(mut self, input: ::std::option::Option<i64>) -> Self {
        self.pending = input;
        self
    }
    /// See [`MapRunItemCounts::results_written`](crate::types::MapRunItemCounts::results_written).
    pub fn results_written(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.results_written = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`results_written`](Self::results_written).
    pub fn set_results_written(mut self, input: ::std::option::Option<i64>) -> Self {
        self.results_written = input;
        self
    }
    /// See [`MapRunItemCounts::running`](crate::types::MapRunItemCounts::running).
    pub fn running(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.running = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`running`](Self::running).
    pub fn set_running(mut self, input: ::std::option::Option<i64>) -> Self {
        self.running = input;
        self
    }
    /// See [`MapRunItemCounts::succeeded`](crate::types::MapRunItemCounts::succeeded).
    pub fn succeeded(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.succeeded = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`succeeded`](Self::succeeded).
    pub fn set_succeeded(mut self, input: ::std::option::Option<i64>) -> Self {
        self.succeeded = input;
        self
    }
    /// See [`MapRunItemCounts::timed_out`](crate::types::MapRunItemCounts::timed_out).
    pub fn timed_out(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.timed_out = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`timed_out`](Self::timed_out).
    pub fn set_timed_out(mut self, input: ::std::option::Option<i64>) -> Self {
        self.timed_out = input;
        self
    }
    /// See [`MapRunItemCounts::total`](crate::types::MapRunItemCounts::total).
    pub fn total(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.total = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`total`](Self::total).
    pub fn set_total(mut self, input: ::std::option::Option<i64>) -> Self {
        self.total = input;
        self
    }
    /// See [`MapRunItemCounts::failures_not_redrivable`](crate::types::MapRunItemCounts::failures_not_redrivable).
    pub fn failures_not_redrivable(
        mut self,
        input: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.failures_not_redrivable = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`failures_not_redrivable`](Self::failures_not_redrivable).
    pub fn set_failures_not_redrivable(
        mut self,
        input: ::std::option::Option<i64>,
    ) -> Self {
        self.failures_not_redrivable = input;
        self
    }
    /// See [`MapRunItemCounts::pending_redrive`](crate::types::MapRunItemCounts::pending_redrive).
    pub fn pending_redrive(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.pending_redrive = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`pending_redrive`](Self::pending_redrive).
    pub fn set_pending_redrive(mut self, input: ::std::option::Option<i64>) -> Self {
        self.pending_redrive = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::MapRunItemCounts,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::MapRunItemCounts {
            aborted: self
                .aborted
                .ok_or(
                    crate::runtime::BuildError::missing("MapRunItemCounts", "aborted"),
                )?,
            failed: self
                .failed
                .ok_or(
                    crate::runtime::BuildError::missing("MapRunItemCounts", "failed"),
                )?,
            pending: self
                .pending
                .ok_or(
                    crate::runtime::BuildError::missing("MapRunItemCounts", "pending"),
                )?,
            results_written: self
                .results_written
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "MapRunItemCounts",
                        "results_written",
                    ),
                )?,
            running: self
                .running
                .ok_or(
                    crate::runtime::BuildError::missing("MapRunItemCounts", "running"),
                )?,
            succeeded: self
                .succeeded
                .ok_or(
                    crate::runtime::BuildError::missing("MapRunItemCounts", "succeeded"),
                )?,
            timed_out: self
                .timed_out
                .ok_or(
                    crate::runtime::BuildError::missing("MapRunItemCounts", "timed_out"),
                )?,
            total: self
                .total
                .ok_or(
                    crate::runtime::BuildError::missing("MapRunItemCounts", "total"),
                )?,
            failures_not_redrivable: self.failures_not_redrivable,
            pending_redrive: self.pending_redrive,
        })
    }
}
/// A builder for [`MapRunListItem`](crate::types::MapRunListItem).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct MapRunListItemBuilder {
    pub(crate) execution_arn: ::std::option::Option<::std::string::String>,
    pub(crate) map_run_arn: ::std::option::Option<::std::string::String>,
    pub(crate) start_date: ::std::option::Option<crate::runtime::Timestamp>,
    pub(crate) state_machine_arn: ::std::option::Option<::std::string::String>,
    pub(crate) stop_date: ::std::option::Option<crate::runtime::Timestamp>,
}
impl ::std::fmt::Debug for MapRunListItemBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("MapRunListItemBuilder").finish_non_exhaustive()
    }
}
impl MapRunListItemBuilder {
    /// See [`MapRunListItem::execution_arn`](crate::types::MapRunListItem::execution_arn).
    pub fn execution_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.execution_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`execution_arn`](Self::execution_arn).
    pub fn set_execution_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.execution_arn = input;
        self
    }
    /// See [`MapRunListItem::map_run_arn`](crate::types::MapRunListItem::map_run_arn).
    pub fn map_run_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.map_run_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`map_run_arn`](Self::map_run_arn).
    pub fn set_map_run_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.map_run_arn = input;
        self
    }
    /// See [`MapRunListItem::start_date`](crate::types::MapRunListItem::start_date).
    pub fn start_date(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.start_date = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`start_date`](Self::start_date).
    pub fn set_start_date(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.start_date = input;
        self
    }
    /// See [`MapRunListItem::state_machine_arn`](crate::types::MapRunListItem::state_machine_arn).
    pub fn state_machine_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.state_machine_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`state_machine_arn`](Self::state_machine_arn).
    pub fn set_state_machine_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.state_machine_arn = input;
        self
    }
    /// See [`MapRunListItem::stop_date`](crate::types::MapRunListItem::stop_date).
    pub fn stop_date(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.stop_date = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`stop_date`](Self::stop_date).
    pub fn set_stop_date(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.stop_date = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::MapRunListItem,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::MapRunListItem {
            execution_arn: self
                .execution_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "MapRunListItem",
                        "execution_arn",
                    ),
                )?,
            map_run_arn: self
                .map_run_arn
                .ok_or(
                    crate::runtime::BuildError::missing("MapRunListItem", "map_run_arn"),
                )?,
            start_date: self
                .start_date
                .ok_or(
                    crate::runtime::BuildError::missing("MapRunListItem", "start_date"),
                )?,
            state_machine_arn: self
                .state_machine_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "MapRunListItem",
                        "state_machine_arn",
                    ),
                )?,
            stop_date: self.stop_date,
        })
    }
}
/// A builder for [`MapRunRedrivenEventDetails`](crate::types::MapRunRedrivenEventDetails).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct MapRunRedrivenEventDetailsBuilder {
    pub(crate) map_run_arn: ::std::option::Option<::std::string::String>,
    pub(crate) redrive_count: ::std::option::Option<i64>,
}
impl ::std::fmt::Debug for MapRunRedrivenEventDetailsBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("MapRunRedrivenEventDetailsBuilder").finish_non_exhaustive()
    }
}
impl MapRunRedrivenEventDetailsBuilder {
    /// See [`MapRunRedrivenEventDetails::map_run_arn`](crate::types::MapRunRedrivenEventDetails::map_run_arn).
    pub fn map_run_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.map_run_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`map_run_arn`](Self::map_run_arn).
    pub fn set_map_run_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.map_run_arn = input;
        self
    }
    /// See [`MapRunRedrivenEventDetails::redrive_count`](crate::types::MapRunRedrivenEventDetails::redrive_count).
    pub fn redrive_count(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.redrive_count = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`redrive_count`](Self::redrive_count).
    pub fn set_redrive_count(mut self, input: ::std::option::Option<i64>) -> Self {
        self.redrive_count = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::MapRunRedrivenEventDetails,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::MapRunRedrivenEventDetails {
            map_run_arn: self.map_run_arn,
            redrive_count: self.redrive_count,
        })
    }
}
/// A builder for [`MapRunStartedEventDetails`](crate::types::MapRunStartedEventDetails).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct MapRunStartedEventDetailsBuilder {
    pub(crate) map_run_arn: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for MapRunStartedEventDetailsBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("MapRunStartedEventDetailsBuilder").finish_non_exhaustive()
    }
}
impl MapRunStartedEventDetailsBuilder {
    /// See [`MapRunStartedEventDetails::map_run_arn`](crate::types::MapRunStartedEventDetails::map_run_arn).
    pub fn map_run_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.map_run_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`map_run_arn`](Self::map_run_arn).
    pub fn set_map_run_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.map_run_arn = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::MapRunStartedEventDetails,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::MapRunStartedEventDetails {
            map_run_arn: self.map_run_arn,
        })
    }
}
/// A builder for [`MapStateStartedEventDetails`](crate::types::MapStateStartedEventDetails).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct MapStateStartedEventDetailsBuilder {
    pub(crate) length: ::std::option::Option<i64>,
}
impl ::std::fmt::Debug for MapStateStartedEventDetailsBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("MapStateStartedEventDetailsBuilder").finish_non_exhaustive()
    }
}
impl MapStateStartedEventDetailsBuilder {
    /// See [`MapStateStartedEventDetails::length`](crate::types::MapStateStartedEventDetails::length).
    pub fn length(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.length = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`length`](Self::length).
    pub fn set_length(mut self, input: ::std::option::Option<i64>) -> Self {
        self.length = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::MapStateStartedEventDetails,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::MapStateStartedEventDetails {
            length: self.length,
        })
    }
}
/// A builder for [`MockErrorOutput`](crate::types::MockErrorOutput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct MockErrorOutputBuilder {
    pub(crate) cause: ::std::option::Option<::std::string::String>,
    pub(crate) error: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for MockErrorOutputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("MockErrorOutputBuilder").finish_non_exhaustive()
    }
}
impl MockErrorOutputBuilder {
    /// See [`MockErrorOutput::cause`](crate::types::MockErrorOutput::cause).
    pub fn cause(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cause = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`cause`](Self::cause).
    pub fn set_cause(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.cause = input;
        self
    }
    /// See [`MockErrorOutput::error`](crate::types::MockErrorOutput::error).
    pub fn error(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.error = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`error`](Self::error).
    pub fn set_error(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.error = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::MockErrorOutput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::MockErrorOutput {
            cause: self.cause,
            error: self.error,
        })
    }
}
/// A builder for [`MockInput`](crate::types::MockInput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct MockInputBuilder {
    pub(crate) error_output: ::std::option::Option<crate::types::MockErrorOutput>,
    pub(crate) field_validation_mode: ::std::option::Option<
        crate::types::MockResponseValidationMode,
    >,
    pub(crate) result: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for MockInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("MockInputBuilder").finish_non_exhaustive()
    }
}
impl MockInputBuilder {
    /// See [`MockInput::error_output`](crate::types::MockInput::error_output).
    pub fn error_output(
        mut self,
        input: impl ::std::convert::Into<crate::types::MockErrorOutput>,
    ) -> Self {
        self.error_output = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`error_output`](Self::error_output).
    pub fn set_error_output(
        mut self,
        input: ::std::option::Option<crate::types::MockErrorOutput>,
    ) -> Self {
        self.error_output = input;
        self
    }
    /// See [`MockInput::field_validation_mode`](crate::types::MockInput::field_validation_mode).
    pub fn field_validation_mode(
        mut self,
        input: impl ::std::convert::Into<crate::types::MockResponseValidationMode>,
    ) -> Self {
        self.field_validation_mode = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`field_validation_mode`](Self::field_validation_mode).
    pub fn set_field_validation_mode(
        mut self,
        input: ::std::option::Option<crate::types::MockResponseValidationMode>,
    ) -> Self {
        self.field_validation_mode = input;
        self
    }
    /// See [`MockInput::result`](crate::types::MockInput::result).
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
    ) -> ::std::result::Result<crate::types::MockInput, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::MockInput {
            error_output: self.error_output,
            field_validation_mode: self.field_validation_mode,
            result: self.result,
        })
    }
}
/// A builder for [`PublishStateMachineVersionInput`](crate::types::PublishStateMachineVersionInput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct PublishStateMachineVersionInputBuilder {
    pub(crate) description: ::std::option::Option<::std::string::String>,
    pub(crate) revision_id: ::std::option::Option<::std::string::String>,
    pub(crate) state_machine_arn: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for PublishStateMachineVersionInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("PublishStateMachineVersionInputBuilder").finish_non_exhaustive()
    }
}
impl PublishStateMachineVersionInputBuilder {
    /// See [`PublishStateMachineVersionInput::description`](crate::types::PublishStateMachineVersionInput::description).
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
    /// See [`PublishStateMachineVersionInput::revision_id`](crate::types::PublishStateMachineVersionInput::revision_id).
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
    /// See [`PublishStateMachineVersionInput::state_machine_arn`](crate::types::PublishStateMachineVersionInput::state_machine_arn).
    pub fn state_machine_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.state_machine_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`state_machine_arn`](Self::state_machine_arn).
    pub fn set_state_machine_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.state_machine_arn = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::PublishStateMachineVersionInput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::PublishStateMachineVersionInput {
            description: self.description,
            revision_id: self.revision_id,
            state_machine_arn: self
                .state_machine_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "PublishStateMachineVersionInput",
                        "state_machine_arn",
                    ),
                )?,
        })
    }
}
/// A builder for [`PublishStateMachineVersionOutput`](crate::types::PublishStateMachineVersionOutput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct PublishStateMachineVersionOutputBuilder {
    pub(crate) creation_date: ::std::option::Option<crate::runtime::Timestamp>,
    pub(crate) state_machine_version_arn: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for PublishStateMachineVersionOutputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("PublishStateMachineVersionOutputBuilder").finish_non_exhaustive()
    }
}
impl PublishStateMachineVersionOutputBuilder {
    /// See [`PublishStateMachineVersionOutput::creation_date`](crate::types::PublishStateMachineVersionOutput::creation_date).
    pub fn creation_date(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.creation_date = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`creation_date`](Self::creation_date).
    pub fn set_creation_date(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.creation_date = input;
        self
    }
    /// See [`PublishStateMachineVersionOutput::state_machine_version_arn`](crate::types::PublishStateMachineVersionOutput::state_machine_version_arn).
    pub fn state_machine_version_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.state_machine_version_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`state_machine_version_arn`](Self::state_machine_version_arn).
    pub fn set_state_machine_version_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.state_machine_version_arn = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::PublishStateMachineVersionOutput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::PublishStateMachineVersionOutput {
            creation_date: self
                .creation_date
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "PublishStateMachineVersionOutput",
                        "creation_date",
                    ),
                )?,
            state_machine_version_arn: self
                .state_machine_version_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "PublishStateMachineVersionOutput",
                        "state_machine_version_arn",
                    ),
                )?,
        })
    }
}
/// A builder for [`RedriveExecutionInput`](crate::types::RedriveExecutionInput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct RedriveExecutionInputBuilder {
    pub(crate) client_token: ::std::option::Option<::std::string::String>,
    pub(crate) execution_arn: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for RedriveExecutionInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("RedriveExecutionInputBuilder").finish_non_exhaustive()
    }
}
impl RedriveExecutionInputBuilder {
    /// See [`RedriveExecutionInput::client_token`](crate::types::RedriveExecutionInput::client_token).
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
    /// See [`RedriveExecutionInput::execution_arn`](crate::types::RedriveExecutionInput::execution_arn).
    pub fn execution_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.execution_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`execution_arn`](Self::execution_arn).
    pub fn set_execution_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.execution_arn = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::RedriveExecutionInput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::RedriveExecutionInput {
            client_token: self.client_token,
            execution_arn: self
                .execution_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "RedriveExecutionInput",
                        "execution_arn",
                    ),
                )?,
        })
    }
}
/// A builder for [`RedriveExecutionOutput`](crate::types::RedriveExecutionOutput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct RedriveExecutionOutputBuilder {
    pub(crate) redrive_date: ::std::option::Option<crate::runtime::Timestamp>,
}
impl ::std::fmt::Debug for RedriveExecutionOutputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("RedriveExecutionOutputBuilder").finish_non_exhaustive()
    }
}
impl RedriveExecutionOutputBuilder {
    /// See [`RedriveExecutionOutput::redrive_date`](crate::types::RedriveExecutionOutput::redrive_date).
    pub fn redrive_date(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.redrive_date = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`redrive_date`](Self::redrive_date).
    pub fn set_redrive_date(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.redrive_date = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::RedriveExecutionOutput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::RedriveExecutionOutput {
            redrive_date: self
                .redrive_date
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "RedriveExecutionOutput",
                        "redrive_date",
                    ),
                )?,
        })
    }
}
/// A builder for [`RoutingConfigurationListItem`](crate::types::RoutingConfigurationListItem).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct RoutingConfigurationListItemBuilder {
    pub(crate) state_machine_version_arn: ::std::option::Option<::std::string::String>,
    pub(crate) weight: ::std::option::Option<i64>,
}
impl ::std::fmt::Debug for RoutingConfigurationListItemBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("RoutingConfigurationListItemBuilder").finish_non_exhaustive()
    }
}
impl RoutingConfigurationListItemBuilder {
    /// See [`RoutingConfigurationListItem::state_machine_version_arn`](crate::types::RoutingConfigurationListItem::state_machine_version_arn).
    pub fn state_machine_version_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.state_machine_version_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`state_machine_version_arn`](Self::state_machine_version_arn).
    pub fn set_state_machine_version_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.state_machine_version_arn = input;
        self
    }
    /// See [`RoutingConfigurationListItem::weight`](crate::types::RoutingConfigurationListItem::weight).
    pub fn weight(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.weight = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`weight`](Self::weight).
    pub fn set_weight(mut self, input: ::std::option::Option<i64>) -> Self {
        self.weight = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::RoutingConfigurationListItem,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::RoutingConfigurationListItem {
            state_machine_version_arn: self
                .state_machine_version_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "RoutingConfigurationListItem",
                        "state_machine_version_arn",
                    ),
                )?,
            weight: self
                .weight
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "RoutingConfigurationListItem",
                        "weight",
                    ),
                )?,
        })
    }
}
/// A builder for [`SendTaskFailureInput`](crate::types::SendTaskFailureInput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct SendTaskFailureInputBuilder {
    pub(crate) cause: ::std::option::Option<::std::string::String>,
    pub(crate) error: ::std::option::Option<::std::string::String>,
    pub(crate) task_token: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for SendTaskFailureInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("SendTaskFailureInputBuilder").finish_non_exhaustive()
    }
}
impl SendTaskFailureInputBuilder {
    /// See [`SendTaskFailureInput::cause`](crate::types::SendTaskFailureInput::cause).
    pub fn cause(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cause = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`cause`](Self::cause).
    pub fn set_cause(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.cause = input;
        self
    }
    /// See [`SendTaskFailureInput::error`](crate::types::SendTaskFailureInput::error).
    pub fn error(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.error = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`error`](Self::error).
    pub fn set_error(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.error = input;
        self
    }
    /// See [`SendTaskFailureInput::task_token`](crate::types::SendTaskFailureInput::task_token).
    pub fn task_token(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.task_token = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`task_token`](Self::task_token).
    pub fn set_task_token(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.task_token = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::SendTaskFailureInput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::SendTaskFailureInput {
            cause: self.cause,
            error: self.error,
            task_token: self
                .task_token
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "SendTaskFailureInput",
                        "task_token",
                    ),
                )?,
        })
    }
}
/// A builder for [`SendTaskFailureOutput`](crate::types::SendTaskFailureOutput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct SendTaskFailureOutputBuilder {}
impl ::std::fmt::Debug for SendTaskFailureOutputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("SendTaskFailureOutputBuilder").finish_non_exhaustive()
    }
}
impl SendTaskFailureOutputBuilder {
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::SendTaskFailureOutput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::SendTaskFailureOutput {
        })
    }
}
/// A builder for [`SendTaskHeartbeatInput`](crate::types::SendTaskHeartbeatInput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct SendTaskHeartbeatInputBuilder {
    pub(crate) task_token: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for SendTaskHeartbeatInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("SendTaskHeartbeatInputBuilder").finish_non_exhaustive()
    }
}
impl SendTaskHeartbeatInputBuilder {
    /// See [`SendTaskHeartbeatInput::task_token`](crate::types::SendTaskHeartbeatInput::task_token).
    pub fn task_token(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.task_token = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`task_token`](Self::task_token).
    pub fn set_task_token(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.task_token = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::SendTaskHeartbeatInput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::SendTaskHeartbeatInput {
            task_token: self
                .task_token
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "SendTaskHeartbeatInput",
                        "task_token",
                    ),
                )?,
        })
    }
}
/// A builder for [`SendTaskHeartbeatOutput`](crate::types::SendTaskHeartbeatOutput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct SendTaskHeartbeatOutputBuilder {}
impl ::std::fmt::Debug for SendTaskHeartbeatOutputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("SendTaskHeartbeatOutputBuilder").finish_non_exhaustive()
    }
}
impl SendTaskHeartbeatOutputBuilder {
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::SendTaskHeartbeatOutput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::SendTaskHeartbeatOutput {
        })
    }
}
/// A builder for [`SendTaskSuccessInput`](crate::types::SendTaskSuccessInput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct SendTaskSuccessInputBuilder {
    pub(crate) output: ::std::option::Option<::std::string::String>,
    pub(crate) task_token: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for SendTaskSuccessInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("SendTaskSuccessInputBuilder").finish_non_exhaustive()
    }
}
impl SendTaskSuccessInputBuilder {
    /// See [`SendTaskSuccessInput::output`](crate::types::SendTaskSuccessInput::output).
    pub fn output(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.output = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`output`](Self::output).
    pub fn set_output(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.output = input;
        self
    }
    /// See [`SendTaskSuccessInput::task_token`](crate::types::SendTaskSuccessInput::task_token).
    pub fn task_token(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.task_token = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`task_token`](Self::task_token).
    pub fn set_task_token(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.task_token = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::SendTaskSuccessInput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::SendTaskSuccessInput {
            output: self
                .output
                .ok_or(
                    crate::runtime::BuildError::missing("SendTaskSuccessInput", "output"),
                )?,
            task_token: self
                .task_token
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "SendTaskSuccessInput",
                        "task_token",
                    ),
                )?,
        })
    }
}
/// A builder for [`SendTaskSuccessOutput`](crate::types::SendTaskSuccessOutput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct SendTaskSuccessOutputBuilder {}
impl ::std::fmt::Debug for SendTaskSuccessOutputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("SendTaskSuccessOutputBuilder").finish_non_exhaustive()
    }
}
impl SendTaskSuccessOutputBuilder {
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::SendTaskSuccessOutput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::SendTaskSuccessOutput {
        })
    }
}
/// A builder for [`StartExecutionInput`](crate::types::StartExecutionInput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct StartExecutionInputBuilder {
    pub(crate) input: ::std::option::Option<::std::string::String>,
    pub(crate) name: ::std::option::Option<::std::string::String>,
    pub(crate) state_machine_arn: ::std::option::Option<::std::string::String>,
    pub(crate) trace_header: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for StartExecutionInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("StartExecutionInputBuilder").finish_non_exhaustive()
    }
}
impl StartExecutionInputBuilder {
    /// See [`StartExecutionInput::input`](crate::types::StartExecutionInput::input).
    pub fn input(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.input = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`input`](Self::input).
    pub fn set_input(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.input = input;
        self
    }
    /// See [`StartExecutionInput::name`](crate::types::StartExecutionInput::name).
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
    /// See [`StartExecutionInput::state_machine_arn`](crate::types::StartExecutionInput::state_machine_arn).
    pub fn state_machine_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.state_machine_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`state_machine_arn`](Self::state_machine_arn).
    pub fn set_state_machine_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.state_machine_arn = input;
        self
    }
    /// See [`StartExecutionInput::trace_header`](crate::types::StartExecutionInput::trace_header).
    pub fn trace_header(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.trace_header = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`trace_header`](Self::trace_header).
    pub fn set_trace_header(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.trace_header = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::StartExecutionInput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::StartExecutionInput {
            input: self.input,
            name: self.name,
            state_machine_arn: self
                .state_machine_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "StartExecutionInput",
                        "state_machine_arn",
                    ),
                )?,
            trace_header: self.trace_header,
        })
    }
}
/// A builder for [`StartExecutionOutput`](crate::types::StartExecutionOutput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct StartExecutionOutputBuilder {
    pub(crate) execution_arn: ::std::option::Option<::std::string::String>,
    pub(crate) start_date: ::std::option::Option<crate::runtime::Timestamp>,
}
impl ::std::fmt::Debug for StartExecutionOutputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("StartExecutionOutputBuilder").finish_non_exhaustive()
    }
}
impl StartExecutionOutputBuilder {
    /// See [`StartExecutionOutput::execution_arn`](crate::types::StartExecutionOutput::execution_arn).
    pub fn execution_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.execution_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`execution_arn`](Self::execution_arn).
    pub fn set_execution_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.execution_arn = input;
        self
    }
    /// See [`StartExecutionOutput::start_date`](crate::types::StartExecutionOutput::start_date).
    pub fn start_date(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.start_date = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`start_date`](Self::start_date).
    pub fn set_start_date(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.start_date = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::StartExecutionOutput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::StartExecutionOutput {
            execution_arn: self
                .execution_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "StartExecutionOutput",
                        "execution_arn",
                    ),
                )?,
            start_date: self
                .start_date
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "StartExecutionOutput",
                        "start_date",
                    ),
                )?,
        })
    }
}
/// A builder for [`StartSyncExecutionInput`](crate::types::StartSyncExecutionInput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct StartSyncExecutionInputBuilder {
    pub(crate) input: ::std::option::Option<::std::string::String>,
    pub(crate) name: ::std::option::Option<::std::string::String>,
    pub(crate) state_machine_arn: ::std::option::Option<::std::string::String>,
    pub(crate) trace_header: ::std::option::Option<::std::string::String>,
    pub(crate) included_data: ::std::option::Option<crate::types::IncludedData>,
}
impl ::std::fmt::Debug for StartSyncExecutionInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("StartSyncExecutionInputBuilder").finish_non_exhaustive()
    }
}
impl StartSyncExecutionInputBuilder {
    /// See [`StartSyncExecutionInput::input`](crate::types::StartSyncExecutionInput::input).
    pub fn input(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.input = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`input`](Self::input).
    pub fn set_input(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.input = input;
        self
    }
    /// See [`StartSyncExecutionInput::name`](crate::types::StartSyncExecutionInput::name).
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
    /// See [`StartSyncExecutionInput::state_machine_arn`](crate::types::StartSyncExecutionInput::state_machine_arn).
    pub fn state_machine_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.state_machine_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`state_machine_arn`](Self::state_machine_arn).
    pub fn set_state_machine_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.state_machine_arn = input;
        self
    }
    /// See [`StartSyncExecutionInput::trace_header`](crate::types::StartSyncExecutionInput::trace_header).
    pub fn trace_header(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.trace_header = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`trace_header`](Self::trace_header).
    pub fn set_trace_header(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.trace_header = input;
        self
    }
    /// See [`StartSyncExecutionInput::included_data`](crate::types::StartSyncExecutionInput::included_data).
    pub fn included_data(
        mut self,
        input: impl ::std::convert::Into<crate::types::IncludedData>,
    ) -> Self {
        self.included_data = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`included_data`](Self::included_data).
    pub fn set_included_data(
        mut self,
        input: ::std::option::Option<crate::types::IncludedData>,
    ) -> Self {
        self.included_data = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::StartSyncExecutionInput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::StartSyncExecutionInput {
            input: self.input,
            name: self.name,
            state_machine_arn: self
                .state_machine_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "StartSyncExecutionInput",
                        "state_machine_arn",
                    ),
                )?,
            trace_header: self.trace_header,
            included_data: self.included_data,
        })
    }
}
/// A builder for [`StartSyncExecutionOutput`](crate::types::StartSyncExecutionOutput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct StartSyncExecutionOutputBuilder {
    pub(crate) billing_details: ::std::option::Option<crate::types::BillingDetails>,
    pub(crate) cause: ::std::option::Option<::std::string::String>,
    pub(crate) error: ::std::option::Option<::std::string::String>,
    pub(crate) execution_arn: ::std::option::Option<::std::string::String>,
    pub(crate) input: ::std::option::Option<::std::string::String>,
    pub(crate) input_details: ::std::option::Option<
        crate::types::CloudWatchEventsExecutionDataDetails,
    >,
    pub(crate) name: ::std::option::Option<::std::string::String>,
    pub(crate) output: ::std::option::Option<::std::string::String>,
    pub(crate) output_details: ::std::option::Option<
        crate::types::CloudWatchEventsExecutionDataDetails,
    >,
    pub(crate) start_date: ::std::option::Option<crate::runtime::Timestamp>,
    pub(crate) state_machine_arn: ::std::option::Option<::std::string::String>,
    pub(crate) status: ::std::option::Option<crate::types::SyncExecutionStatus>,
    pub(crate) stop_date: ::std::option::Option<crate::runtime::Timestamp>,
    pub(crate) trace_header: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for StartSyncExecutionOutputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("StartSyncExecutionOutputBuilder").finish_non_exhaustive()
    }
}
impl StartSyncExecutionOutputBuilder {
    /// See [`StartSyncExecutionOutput::billing_details`](crate::types::StartSyncExecutionOutput::billing_details).
    pub fn billing_details(
        mut self,
        input: impl ::std::convert::Into<crate::types::BillingDetails>,
    ) -> Self {
        self.billing_details = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`billing_details`](Self::billing_details).
    pub fn set_billing_details(
        mut self,
        input: ::std::option::Option<crate::types::BillingDetails>,
    ) -> Self {
        self.billing_details = input;
        self
    }
    /// See [`StartSyncExecutionOutput::cause`](crate::types::StartSyncExecutionOutput::cause).
    pub fn cause(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cause = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`cause`](Self::cause).
    pub fn set_cause(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.cause = input;
        self
    }
    /// See [`StartSyncExecutionOutput::error`](crate::types::StartSyncExecutionOutput::error).
    pub fn error(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.error = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`error`](Self::error).
    pub fn set_error(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.error = input;
        self
    }
    /// See [`StartSyncExecutionOutput::execution_arn`](crate::types::StartSyncExecutionOutput::execution_arn).
    pub fn execution_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.execution_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`execution_arn`](Self::execution_arn).
    pub fn set_execution_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.execution_arn = input;
        self
    }
    /// See [`StartSyncExecutionOutput::input`](crate::types::StartSyncExecutionOutput::input).
    pub fn input(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.input = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`input`](Self::input).
    pub fn set_input(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.input = input;
        self
    }
    /// See [`StartSyncExecutionOutput::input_details`](crate::types::StartSyncExecutionOutput::input_details).
    pub fn input_details(
        mut self,
        input: impl ::std::convert::Into<
            crate::types::CloudWatchEventsExecutionDataDetails,
        >,
    ) -> Self {
        self.input_details = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`input_details`](Self::input_details).
    pub fn set_input_details(
        mut self,
        input: ::std::option::Option<crate::types::CloudWatchEventsExecutionDataDetails>,
    ) -> Self {
        self.input_details = input;
        self
    }
    /// See [`StartSyncExecutionOutput::name`](crate::types::StartSyncExecutionOutput::name).
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
    /// See [`StartSyncExecutionOutput::output`](crate::types::StartSyncExecutionOutput::output).
    pub fn output(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.output = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`output`](Self::output).
    pub fn set_output(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.output = input;
        self
    }
    /// See [`StartSyncExecutionOutput::output_details`](crate::types::StartSyncExecutionOutput::output_details).
    pub fn output_details(
        mut self,
        input: impl ::std::convert::Into<
            crate::types::CloudWatchEventsExecutionDataDetails,
        >,
    ) -> Self {
        self.output_details = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`output_details`](Self::output_details).
    pub fn set_output_details(
        mut self,
        input: ::std::option::Option<crate::types::CloudWatchEventsExecutionDataDetails>,
    ) -> Self {
        self.output_details = input;
        self
    }
    /// See [`StartSyncExecutionOutput::start_date`](crate::types::StartSyncExecutionOutput::start_date).
    pub fn start_date(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.start_date = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`start_date`](Self::start_date).
    pub fn set_start_date(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.start_date = input;
        self
    }
    /// See [`StartSyncExecutionOutput::state_machine_arn`](crate::types::StartSyncExecutionOutput::state_machine_arn).
    pub fn state_machine_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.state_machine_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`state_machine_arn`](Self::state_machine_arn).
    pub fn set_state_machine_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.state_machine_arn = input;
        self
    }
    /// See [`StartSyncExecutionOutput::status`](crate::types::StartSyncExecutionOutput::status).
    pub fn status(
        mut self,
        input: impl ::std::convert::Into<crate::types::SyncExecutionStatus>,
    ) -> Self {
        self.status = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`status`](Self::status).
    pub fn set_status(
        mut self,
        input: ::std::option::Option<crate::types::SyncExecutionStatus>,
    ) -> Self {
        self.status = input;
        self
    }
    /// See [`StartSyncExecutionOutput::stop_date`](crate::types::StartSyncExecutionOutput::stop_date).
    pub fn stop_date(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.stop_date = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`stop_date`](Self::stop_date).
    pub fn set_stop_date(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.stop_date = input;
        self
    }
    /// See [`StartSyncExecutionOutput::trace_header`](crate::types::StartSyncExecutionOutput::trace_header).
    pub fn trace_header(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.trace_header = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`trace_header`](Self::trace_header).
    pub fn set_trace_header(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.trace_header = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::StartSyncExecutionOutput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::StartSyncExecutionOutput {
            billing_details: self.billing_details,
            cause: self.cause,
            error: self.error,
            execution_arn: self
                .execution_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "StartSyncExecutionOutput",
                        "execution_arn",
                    ),
                )?,
            input: self.input,
            input_details: self.input_details,
            name: self.name,
            output: self.output,
            output_details: self.output_details,
            start_date: self
                .start_date
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "StartSyncExecutionOutput",
                        "start_date",
                    ),
                )?,
            state_machine_arn: self.state_machine_arn,
            status: self
                .status
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "StartSyncExecutionOutput",
                        "status",
                    ),
                )?,
            stop_date: self
                .stop_date
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "StartSyncExecutionOutput",
                        "stop_date",
                    ),
                )?,
            trace_header: self.trace_header,
        })
    }
}
/// A builder for [`StateEnteredEventDetails`](crate::types::StateEnteredEventDetails).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct StateEnteredEventDetailsBuilder {
    pub(crate) input: ::std::option::Option<::std::string::String>,
    pub(crate) input_details: ::std::option::Option<
        crate::types::HistoryEventExecutionDataDetails,
    >,
    pub(crate) name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for StateEnteredEventDetailsBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("StateEnteredEventDetailsBuilder").finish_non_exhaustive()
    }
}
impl StateEnteredEventDetailsBuilder {
    /// See [`StateEnteredEventDetails::input`](crate::types::StateEnteredEventDetails::input).
    pub fn input(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.input = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`input`](Self::input).
    pub fn set_input(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.input = input;
        self
    }
    /// See [`StateEnteredEventDetails::input_details`](crate::types::StateEnteredEventDetails::input_details).
    pub fn input_details(
        mut self,
        input: impl ::std::convert::Into<crate::types::HistoryEventExecutionDataDetails>,
    ) -> Self {
        self.input_details = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`input_details`](Self::input_details).
    pub fn set_input_details(
        mut self,
        input: ::std::option::Option<crate::types::HistoryEventExecutionDataDetails>,
    ) -> Self {
        self.input_details = input;
        self
    }
    /// See [`StateEnteredEventDetails::name`](crate::types::StateEnteredEventDetails::name).
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
        crate::types::StateEnteredEventDetails,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::StateEnteredEventDetails {
            input: self.input,
            input_details: self.input_details,
            name: self
                .name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "StateEnteredEventDetails",
                        "name",
                    ),
                )?,
        })
    }
}
/// A builder for [`StateExitedEventDetails`](crate::types::StateExitedEventDetails).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct StateExitedEventDetailsBuilder {
    pub(crate) name: ::std::option::Option<::std::string::String>,
    pub(crate) output: ::std::option::Option<::std::string::String>,
    pub(crate) output_details: ::std::option::Option<
        crate::types::HistoryEventExecutionDataDetails,
    >,
    pub(crate) assigned_variables: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    pub(crate) assigned_variables_details: ::std::option::Option<
        crate::types::AssignedVariablesDetails,
    >,
}
impl ::std::fmt::Debug for StateExitedEventDetailsBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("StateExitedEventDetailsBuilder").finish_non_exhaustive()
    }
}
impl StateExitedEventDetailsBuilder {
    /// See [`StateExitedEventDetails::name`](crate::types::StateExitedEventDetails::name).
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
    /// See [`StateExitedEventDetails::output`](crate::types::StateExitedEventDetails::output).
    pub fn output(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.output = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`output`](Self::output).
    pub fn set_output(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.output = input;
        self
    }
    /// See [`StateExitedEventDetails::output_details`](crate::types::StateExitedEventDetails::output_details).
    pub fn output_details(
        mut self,
        input: impl ::std::convert::Into<crate::types::HistoryEventExecutionDataDetails>,
    ) -> Self {
        self.output_details = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`output_details`](Self::output_details).
    pub fn set_output_details(
        mut self,
        input: ::std::option::Option<crate::types::HistoryEventExecutionDataDetails>,
    ) -> Self {
        self.output_details = input;
        self
    }
    /// See [`StateExitedEventDetails::assigned_variables`](crate::types::StateExitedEventDetails::assigned_variables).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn assigned_variables(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.assigned_variables
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`assigned_variables`](Self::assigned_variables).
    pub fn set_assigned_variables(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        >,
    ) -> Self {
        self.assigned_variables = input;
        self
    }
    /// See [`StateExitedEventDetails::assigned_variables_details`](crate::types::StateExitedEventDetails::assigned_variables_details).
    pub fn assigned_variables_details(
        mut self,
        input: impl ::std::convert::Into<crate::types::AssignedVariablesDetails>,
    ) -> Self {
        self.assigned_variables_details = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`assigned_variables_details`](Self::assigned_variables_details).
    pub fn set_assigned_variables_details(
        mut self,
        input: ::std::option::Option<crate::types::AssignedVariablesDetails>,
    ) -> Self {
        self.assigned_variables_details = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::StateExitedEventDetails,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::StateExitedEventDetails {
            name: self
                .name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "StateExitedEventDetails",
                        "name",
                    ),
                )?,
            output: self.output,
            output_details: self.output_details,
            assigned_variables: self.assigned_variables,
            assigned_variables_details: self.assigned_variables_details,
        })
    }
}
/// A builder for [`StateMachineAliasListItem`](crate::types::StateMachineAliasListItem).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct StateMachineAliasListItemBuilder {
    pub(crate) creation_date: ::std::option::Option<crate::runtime::Timestamp>,
    pub(crate) state_machine_alias_arn: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for StateMachineAliasListItemBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("StateMachineAliasListItemBuilder").finish_non_exhaustive()
    }
}
impl StateMachineAliasListItemBuilder {
    /// See [`StateMachineAliasListItem::creation_date`](crate::types::StateMachineAliasListItem::creation_date).
    pub fn creation_date(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.creation_date = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`creation_date`](Self::creation_date).
    pub fn set_creation_date(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.creation_date = input;
        self
    }
    /// See [`StateMachineAliasListItem::state_machine_alias_arn`](crate::types::StateMachineAliasListItem::state_machine_alias_arn).
    pub fn state_machine_alias_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.state_machine_alias_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`state_machine_alias_arn`](Self::state_machine_alias_arn).
    pub fn set_state_machine_alias_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.state_machine_alias_arn = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::StateMachineAliasListItem,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::StateMachineAliasListItem {
            creation_date: self
                .creation_date
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "StateMachineAliasListItem",
                        "creation_date",
                    ),
                )?,
            state_machine_alias_arn: self
                .state_machine_alias_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "StateMachineAliasListItem",
                        "state_machine_alias_arn",
                    ),
                )?,
        })
    }
}
/// A builder for [`StateMachineListItem`](crate::types::StateMachineListItem).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct StateMachineListItemBuilder {
    pub(crate) creation_date: ::std::option::Option<crate::runtime::Timestamp>,
    pub(crate) name: ::std::option::Option<::std::string::String>,
    pub(crate) state_machine_arn: ::std::option::Option<::std::string::String>,
    pub(crate) r#type: ::std::option::Option<crate::types::StateMachineType>,
}
impl ::std::fmt::Debug for StateMachineListItemBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("StateMachineListItemBuilder").finish_non_exhaustive()
    }
}
impl StateMachineListItemBuilder {
    /// See [`StateMachineListItem::creation_date`](crate::types::StateMachineListItem::creation_date).
    pub fn creation_date(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.creation_date = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`creation_date`](Self::creation_date).
    pub fn set_creation_date(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.creation_date = input;
        self
    }
    /// See [`StateMachineListItem::name`](crate::types::StateMachineListItem::name).
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
    /// See [`StateMachineListItem::state_machine_arn`](crate::types::StateMachineListItem::state_machine_arn).
    pub fn state_machine_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.state_machine_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`state_machine_arn`](Self::state_machine_arn).
    pub fn set_state_machine_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.state_machine_arn = input;
        self
    }
    /// See [`StateMachineListItem::type`](crate::types::StateMachineListItem::type).
    pub fn r#type(
        mut self,
        input: impl ::std::convert::Into<crate::types::StateMachineType>,
    ) -> Self {
        self.r#type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`type`](Self::type).
    pub fn set_type(
        mut self,
        input: ::std::option::Option<crate::types::StateMachineType>,
    ) -> Self {
        self.r#type = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::StateMachineListItem,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::StateMachineListItem {
            creation_date: self
                .creation_date
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "StateMachineListItem",
                        "creation_date",
                    ),
                )?,
            name: self
                .name
                .ok_or(
                    crate::runtime::BuildError::missing("StateMachineListItem", "name"),
                )?,
            state_machine_arn: self
                .state_machine_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "StateMachineListItem",
                        "state_machine_arn",
                    ),
                )?,
            r#type: self
                .r#type
                .ok_or(
                    crate::runtime::BuildError::missing("StateMachineListItem", "type"),
                )?,
        })
    }
}
/// A builder for [`StateMachineVersionListItem`](crate::types::StateMachineVersionListItem).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct StateMachineVersionListItemBuilder {
    pub(crate) creation_date: ::std::option::Option<crate::runtime::Timestamp>,
    pub(crate) state_machine_version_arn: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for StateMachineVersionListItemBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("StateMachineVersionListItemBuilder").finish_non_exhaustive()
    }
}
impl StateMachineVersionListItemBuilder {
    /// See [`StateMachineVersionListItem::creation_date`](crate::types::StateMachineVersionListItem::creation_date).
    pub fn creation_date(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.creation_date = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`creation_date`](Self::creation_date).
    pub fn set_creation_date(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.creation_date = input;
        self
    }
    /// See [`StateMachineVersionListItem::state_machine_version_arn`](crate::types::StateMachineVersionListItem::state_machine_version_arn).
    pub fn state_machine_version_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.state_machine_version_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`state_machine_version_arn`](Self::state_machine_version_arn).
    pub fn set_state_machine_version_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.state_machine_version_arn = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::StateMachineVersionListItem,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::StateMachineVersionListItem {
            creation_date: self
                .creation_date
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "StateMachineVersionListItem",
                        "creation_date",
                    ),
                )?,
            state_machine_version_arn: self
                .state_machine_version_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "StateMachineVersionListItem",
                        "state_machine_version_arn",
                    ),
                )?,
        })
    }
}
/// A builder for [`StopExecutionInput`](crate::types::StopExecutionInput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct StopExecutionInputBuilder {
    pub(crate) cause: ::std::option::Option<::std::string::String>,
    pub(crate) error: ::std::option::Option<::std::string::String>,
    pub(crate) execution_arn: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for StopExecutionInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("StopExecutionInputBuilder").finish_non_exhaustive()
    }
}
impl StopExecutionInputBuilder {
    /// See [`StopExecutionInput::cause`](crate::types::StopExecutionInput::cause).
    pub fn cause(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cause = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`cause`](Self::cause).
    pub fn set_cause(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.cause = input;
        self
    }
    /// See [`StopExecutionInput::error`](crate::types::StopExecutionInput::error).
    pub fn error(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.error = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`error`](Self::error).
    pub fn set_error(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.error = input;
        self
    }
    /// See [`StopExecutionInput::execution_arn`](crate::types::StopExecutionInput::execution_arn).
    pub fn execution_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.execution_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`execution_arn`](Self::execution_arn).
    pub fn set_execution_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.execution_arn = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::StopExecutionInput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::StopExecutionInput {
            cause: self.cause,
            error: self.error,
            execution_arn: self
                .execution_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "StopExecutionInput",
                        "execution_arn",
                    ),
                )?,
        })
    }
}
/// A builder for [`StopExecutionOutput`](crate::types::StopExecutionOutput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct StopExecutionOutputBuilder {
    pub(crate) stop_date: ::std::option::Option<crate::runtime::Timestamp>,
}
impl ::std::fmt::Debug for StopExecutionOutputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("StopExecutionOutputBuilder").finish_non_exhaustive()
    }
}
impl StopExecutionOutputBuilder {
    /// See [`StopExecutionOutput::stop_date`](crate::types::StopExecutionOutput::stop_date).
    pub fn stop_date(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.stop_date = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`stop_date`](Self::stop_date).
    pub fn set_stop_date(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.stop_date = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::StopExecutionOutput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::StopExecutionOutput {
            stop_date: self
                .stop_date
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "StopExecutionOutput",
                        "stop_date",
                    ),
                )?,
        })
    }
}
/// A builder for [`Tag`](crate::types::Tag).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct TagBuilder {
    pub(crate) key: ::std::option::Option<::std::string::String>,
    pub(crate) value: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for TagBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("TagBuilder").finish_non_exhaustive()
    }
}
impl TagBuilder {
    /// See [`Tag::key`](crate::types::Tag::key).
    pub fn key(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.key = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`key`](Self::key).
    pub fn set_key(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.key = input;
        self
    }
    /// See [`Tag::value`](crate::types::Tag::value).
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
    ) -> ::std::result::Result<crate::types::Tag, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::Tag {
            key: self.key,
            value: self.value,
        })
    }
}
/// A builder for [`TagResourceInput`](crate::types::TagResourceInput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct TagResourceInputBuilder {
    pub(crate) resource_arn: ::std::option::Option<::std::string::String>,
    pub(crate) tags: ::std::option::Option<::std::vec::Vec<crate::types::Tag>>,
}
impl ::std::fmt::Debug for TagResourceInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("TagResourceInputBuilder").finish_non_exhaustive()
    }
}
impl TagResourceInputBuilder {
    /// See [`TagResourceInput::resource_arn`](crate::types::TagResourceInput::resource_arn).
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
    /// See [`TagResourceInput::tags`](crate::types::TagResourceInput::tags).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn tags(mut self, input: impl ::std::convert::Into<crate::types::Tag>) -> Self {
        self.tags.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`tags`](Self::tags).
    pub fn set_tags(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::Tag>>,
    ) -> Self {
        self.tags = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::TagResourceInput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::TagResourceInput {
            resource_arn: self
                .resource_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "TagResourceInput",
                        "resource_arn",
                    ),
                )?,
            tags: self
                .tags
                .ok_or(crate::runtime::BuildError::missing("TagResourceInput", "tags"))?,
        })
    }
}
/// A builder for [`TagResourceOutput`](crate::types::TagResourceOutput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct TagResourceOutputBuilder {}
impl ::std::fmt::Debug for TagResourceOutputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("TagResourceOutputBuilder").finish_non_exhaustive()
    }
}
impl TagResourceOutputBuilder {
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::TagResourceOutput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::TagResourceOutput {})
    }
}
/// A builder for [`TaskCredentials`](crate::types::TaskCredentials).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct TaskCredentialsBuilder {
    pub(crate) role_arn: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for TaskCredentialsBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("TaskCredentialsBuilder").finish_non_exhaustive()
    }
}
impl TaskCredentialsBuilder {
    /// See [`TaskCredentials::role_arn`](crate::types::TaskCredentials::role_arn).
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
        crate::types::TaskCredentials,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::TaskCredentials {
            role_arn: self.role_arn,
        })
    }
}
/// A builder for [`TaskFailedEventDetails`](crate::types::TaskFailedEventDetails).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct TaskFailedEventDetailsBuilder {
    pub(crate) cause: ::std::option::Option<::std::string::String>,
    pub(crate) error: ::std::option::Option<::std::string::String>,
    pub(crate) resource: ::std::option::Option<::std::string::String>,
    pub(crate) resource_type: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for TaskFailedEventDetailsBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("TaskFailedEventDetailsBuilder").finish_non_exhaustive()
    }
}
impl TaskFailedEventDetailsBuilder {
    /// See [`TaskFailedEventDetails::cause`](crate::types::TaskFailedEventDetails::cause).
    pub fn cause(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cause = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`cause`](Self::cause).
    pub fn set_cause(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.cause = input;
        self
    }
    /// See [`TaskFailedEventDetails::error`](crate::types::TaskFailedEventDetails::error).
    pub fn error(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.error = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`error`](Self::error).
    pub fn set_error(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.error = input;
        self
    }
    /// See [`TaskFailedEventDetails::resource`](crate::types::TaskFailedEventDetails::resource).
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
    /// See [`TaskFailedEventDetails::resource_type`](crate::types::TaskFailedEventDetails::resource_type).
    pub fn resource_type(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.resource_type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`resource_type`](Self::resource_type).
    pub fn set_resource_type(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.resource_type = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::TaskFailedEventDetails,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::TaskFailedEventDetails {
            cause: self.cause,
            error: self.error,
            resource: self
                .resource
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "TaskFailedEventDetails",
                        "resource",
                    ),
                )?,
            resource_type: self
                .resource_type
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "TaskFailedEventDetails",
                        "resource_type",
                    ),
                )?,
        })
    }
}
/// A builder for [`TaskScheduledEventDetails`](crate::types::TaskScheduledEventDetails).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct TaskScheduledEventDetailsBuilder {
    pub(crate) heartbeat_in_seconds: ::std::option::Option<i64>,
    pub(crate) parameters: ::std::option::Option<::std::string::String>,
    pub(crate) region: ::std::option::Option<::std::string::String>,
    pub(crate) resource: ::std::option::Option<::std::string::String>,
    pub(crate) resource_type: ::std::option::Option<::std::string::String>,
    pub(crate) task_credentials: ::std::option::Option<crate::types::TaskCredentials>,
    pub(crate) timeout_in_seconds: ::std::option::Option<i64>,
}
impl ::std::fmt::Debug for TaskScheduledEventDetailsBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("TaskScheduledEventDetailsBuilder").finish_non_exhaustive()
    }
}
impl TaskScheduledEventDetailsBuilder {
    /// See [`TaskScheduledEventDetails::heartbeat_in_seconds`](crate::types::TaskScheduledEventDetails::heartbeat_in_seconds).
    pub fn heartbeat_in_seconds(
        mut self,
        input: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.heartbeat_in_seconds = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`heartbeat_in_seconds`](Self::heartbeat_in_seconds).
    pub fn set_heartbeat_in_seconds(
        mut self,
        input: ::std::option::Option<i64>,
    ) -> Self {
        self.heartbeat_in_seconds = input;
        self
    }
    /// See [`TaskScheduledEventDetails::parameters`](crate::types::TaskScheduledEventDetails::parameters).
    pub fn parameters(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.parameters = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`parameters`](Self::parameters).
    pub fn set_parameters(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.parameters = input;
        self
    }
    /// See [`TaskScheduledEventDetails::region`](crate::types::TaskScheduledEventDetails::region).
    pub fn region(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`region`](Self::region).
    pub fn set_region(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.region = input;
        self
    }
    /// See [`TaskScheduledEventDetails::resource`](crate::types::TaskScheduledEventDetails::resource).
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
    /// See [`TaskScheduledEventDetails::resource_type`](crate::types::TaskScheduledEventDetails::resource_type).
    pub fn resource_type(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.resource_type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`resource_type`](Self::resource_type).
    pub fn set_resource_type(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.resource_type = input;
        self
    }
    /// See [`TaskScheduledEventDetails::task_credentials`](crate::types::TaskScheduledEventDetails::task_credentials).
    pub fn task_credentials(
        mut self,
        input: impl ::std::convert::Into<crate::types::TaskCredentials>,
    ) -> Self {
        self.task_credentials = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`task_credentials`](Self::task_credentials).
    pub fn set_task_credentials(
        mut self,
        input: ::std::option::Option<crate::types::TaskCredentials>,
    ) -> Self {
        self.task_credentials = input;
        self
    }
    /// See [`TaskScheduledEventDetails::timeout_in_seconds`](crate::types::TaskScheduledEventDetails::timeout_in_seconds).
    pub fn timeout_in_seconds(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.timeout_in_seconds = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`timeout_in_seconds`](Self::timeout_in_seconds).
    pub fn set_timeout_in_seconds(mut self, input: ::std::option::Option<i64>) -> Self {
        self.timeout_in_seconds = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::TaskScheduledEventDetails,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::TaskScheduledEventDetails {
            heartbeat_in_seconds: self.heartbeat_in_seconds,
            parameters: self
                .parameters
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "TaskScheduledEventDetails",
                        "parameters",
                    ),
                )?,
            region: self
                .region
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "TaskScheduledEventDetails",
                        "region",
                    ),
                )?,
            resource: self
                .resource
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "TaskScheduledEventDetails",
                        "resource",
                    ),
                )?,
            resource_type: self
                .resource_type
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "TaskScheduledEventDetails",
                        "resource_type",
                    ),
                )?,
            task_credentials: self.task_credentials,
            timeout_in_seconds: self.timeout_in_seconds,
        })
    }
}
/// A builder for [`TaskStartFailedEventDetails`](crate::types::TaskStartFailedEventDetails).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct TaskStartFailedEventDetailsBuilder {
    pub(crate) cause: ::std::option::Option<::std::string::String>,
    pub(crate) error: ::std::option::Option<::std::string::String>,
    pub(crate) resource: ::std::option::Option<::std::string::String>,
    pub(crate) resource_type: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for TaskStartFailedEventDetailsBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("TaskStartFailedEventDetailsBuilder").finish_non_exhaustive()
    }
}
impl TaskStartFailedEventDetailsBuilder {
    /// See [`TaskStartFailedEventDetails::cause`](crate::types::TaskStartFailedEventDetails::cause).
    pub fn cause(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cause = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`cause`](Self::cause).
    pub fn set_cause(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.cause = input;
        self
    }
    /// See [`TaskStartFailedEventDetails::error`](crate::types::TaskStartFailedEventDetails::error).
    pub fn error(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.error = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`error`](Self::error).
    pub fn set_error(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.error = input;
        self
    }
    /// See [`TaskStartFailedEventDetails::resource`](crate::types::TaskStartFailedEventDetails::resource).
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
    /// See [`TaskStartFailedEventDetails::resource_type`](crate::types::TaskStartFailedEventDetails::resource_type).
    pub fn resource_type(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.resource_type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`resource_type`](Self::resource_type).
    pub fn set_resource_type(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.resource_type = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::TaskStartFailedEventDetails,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::TaskStartFailedEventDetails {
            cause: self.cause,
            error: self.error,
            resource: self
                .resource
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "TaskStartFailedEventDetails",
                        "resource",
                    ),
                )?,
            resource_type: self
                .resource_type
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "TaskStartFailedEventDetails",
                        "resource_type",
                    ),
                )?,
        })
    }
}
/// A builder for [`TaskStartedEventDetails`](crate::types::TaskStartedEventDetails).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct TaskStartedEventDetailsBuilder {
    pub(crate) resource: ::std::option::Option<::std::string::String>,
    pub(crate) resource_type: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for TaskStartedEventDetailsBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("TaskStartedEventDetailsBuilder").finish_non_exhaustive()
    }
}
impl TaskStartedEventDetailsBuilder {
    /// See [`TaskStartedEventDetails::resource`](crate::types::TaskStartedEventDetails::resource).
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
    /// See [`TaskStartedEventDetails::resource_type`](crate::types::TaskStartedEventDetails::resource_type).
    pub fn resource_type(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.resource_type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`resource_type`](Self::resource_type).
    pub fn set_resource_type(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.resource_type = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::TaskStartedEventDetails,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::TaskStartedEventDetails {
            resource: self
                .resource
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "TaskStartedEventDetails",
                        "resource",
                    ),
                )?,
            resource_type: self
                .resource_type
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "TaskStartedEventDetails",
                        "resource_type",
                    ),
                )?,
        })
    }
}
/// A builder for [`TaskSubmitFailedEventDetails`](crate::types::TaskSubmitFailedEventDetails).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct TaskSubmitFailedEventDetailsBuilder {
    pub(crate) cause: ::std::option::Option<::std::string::String>,
    pub(crate) error: ::std::option::Option<::std::string::String>,
    pub(crate) resource: ::std::option::Option<::std::string::String>,
    pub(crate) resource_type: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for TaskSubmitFailedEventDetailsBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("TaskSubmitFailedEventDetailsBuilder").finish_non_exhaustive()
    }
}
impl TaskSubmitFailedEventDetailsBuilder {
    /// See [`TaskSubmitFailedEventDetails::cause`](crate::types::TaskSubmitFailedEventDetails::cause).
    pub fn cause(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cause = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`cause`](Self::cause).
    pub fn set_cause(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.cause = input;
        self
    }
    /// See [`TaskSubmitFailedEventDetails::error`](crate::types::TaskSubmitFailedEventDetails::error).
    pub fn error(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.error = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`error`](Self::error).
    pub fn set_error(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.error = input;
        self
    }
    /// See [`TaskSubmitFailedEventDetails::resource`](crate::types::TaskSubmitFailedEventDetails::resource).
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
    /// See [`TaskSubmitFailedEventDetails::resource_type`](crate::types::TaskSubmitFailedEventDetails::resource_type).
    pub fn resource_type(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.resource_type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`resource_type`](Self::resource_type).
    pub fn set_resource_type(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.resource_type = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::TaskSubmitFailedEventDetails,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::TaskSubmitFailedEventDetails {
            cause: self.cause,
            error: self.error,
            resource: self
                .resource
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "TaskSubmitFailedEventDetails",
                        "resource",
                    ),
                )?,
            resource_type: self
                .resource_type
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "TaskSubmitFailedEventDetails",
                        "resource_type",
                    ),
                )?,
        })
    }
}
/// A builder for [`TaskSubmittedEventDetails`](crate::types::TaskSubmittedEventDetails).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct TaskSubmittedEventDetailsBuilder {
    pub(crate) output: ::std::option::Option<::std::string::String>,
    pub(crate) output_details: ::std::option::Option<
        crate::types::HistoryEventExecutionDataDetails,
    >,
    pub(crate) resource: ::std::option::Option<::std::string::String>,
    pub(crate) resource_type: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for TaskSubmittedEventDetailsBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("TaskSubmittedEventDetailsBuilder").finish_non_exhaustive()
    }
}
impl TaskSubmittedEventDetailsBuilder {
    /// See [`TaskSubmittedEventDetails::output`](crate::types::TaskSubmittedEventDetails::output).
    pub fn output(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.output = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`output`](Self::output).
    pub fn set_output(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.output = input;
        self
    }
    /// See [`TaskSubmittedEventDetails::output_details`](crate::types::TaskSubmittedEventDetails::output_details).
    pub fn output_details(
        mut self,
        input: impl ::std::convert::Into<crate::types::HistoryEventExecutionDataDetails>,
    ) -> Self {
        self.output_details = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`output_details`](Self::output_details).
    pub fn set_output_details(
        mut self,
        input: ::std::option::Option<crate::types::HistoryEventExecutionDataDetails>,
    ) -> Self {
        self.output_details = input;
        self
    }
    /// See [`TaskSubmittedEventDetails::resource`](crate::types::TaskSubmittedEventDetails::resource).
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
    /// See [`TaskSubmittedEventDetails::resource_type`](crate::types::TaskSubmittedEventDetails::resource_type).
    pub fn resource_type(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.resource_type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`resource_type`](Self::resource_type).
    pub fn set_resource_type(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.resource_type = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::TaskSubmittedEventDetails,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::TaskSubmittedEventDetails {
            output: self.output,
            output_details: self.output_details,
            resource: self
                .resource
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "TaskSubmittedEventDetails",
                        "resource",
                    ),
                )?,
            resource_type: self
                .resource_type
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "TaskSubmittedEventDetails",
                        "resource_type",
                    ),
                )?,
        })
    }
}
/// A builder for [`TaskSucceededEventDetails`](crate::types::TaskSucceededEventDetails).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct TaskSucceededEventDetailsBuilder {
    pub(crate) output: ::std::option::Option<::std::string::String>,
    pub(crate) output_details: ::std::option::Option<
        crate::types::HistoryEventExecutionDataDetails,
    >,
    pub(crate) resource: ::std::option::Option<::std::string::String>,
    pub(crate) resource_type: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for TaskSucceededEventDetailsBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("TaskSucceededEventDetailsBuilder").finish_non_exhaustive()
    }
}
impl TaskSucceededEventDetailsBuilder {
    /// See [`TaskSucceededEventDetails::output`](crate::types::TaskSucceededEventDetails::output).
    pub fn output(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.output = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`output`](Self::output).
    pub fn set_output(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.output = input;
        self
    }
    /// See [`TaskSucceededEventDetails::output_details`](crate::types::TaskSucceededEventDetails::output_details).
    pub fn output_details(
        mut self,
        input: impl ::std::convert::Into<crate::types::HistoryEventExecutionDataDetails>,
    ) -> Self {
        self.output_details = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`output_details`](Self::output_details).
    pub fn set_output_details(
        mut self,
        input: ::std::option::Option<crate::types::HistoryEventExecutionDataDetails>,
    ) -> Self {
        self.output_details = input;
        self
    }
    /// See [`TaskSucceededEventDetails::resource`](crate::types::TaskSucceededEventDetails::resource).
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
    /// See [`TaskSucceededEventDetails::resource_type`](crate::types::TaskSucceededEventDetails::resource_type).
    pub fn resource_type(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.resource_type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`resource_type`](Self::resource_type).
    pub fn set_resource_type(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.resource_type = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::TaskSucceededEventDetails,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::TaskSucceededEventDetails {
            output: self.output,
            output_details: self.output_details,
            resource: self
                .resource
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "TaskSucceededEventDetails",
                        "resource",
                    ),
                )?,
            resource_type: self
                .resource_type
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "TaskSucceededEventDetails",
                        "resource_type",
                    ),
                )?,
        })
    }
}
/// A builder for [`TaskTimedOutEventDetails`](crate::types::TaskTimedOutEventDetails).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct TaskTimedOutEventDetailsBuilder {
    pub(crate) cause: ::std::option::Option<::std::string::String>,
    pub(crate) error: ::std::option::Option<::std::string::String>,
    pub(crate) resource: ::std::option::Option<::std::string::String>,
    pub(crate) resource_type: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for TaskTimedOutEventDetailsBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("TaskTimedOutEventDetailsBuilder").finish_non_exhaustive()
    }
}
impl TaskTimedOutEventDetailsBuilder {
    /// See [`TaskTimedOutEventDetails::cause`](crate::types::TaskTimedOutEventDetails::cause).
    pub fn cause(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cause = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`cause`](Self::cause).
    pub fn set_cause(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.cause = input;
        self
    }
    /// See [`TaskTimedOutEventDetails::error`](crate::types::TaskTimedOutEventDetails::error).
    pub fn error(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.error = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`error`](Self::error).
    pub fn set_error(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.error = input;
        self
    }
    /// See [`TaskTimedOutEventDetails::resource`](crate::types::TaskTimedOutEventDetails::resource).
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
    /// See [`TaskTimedOutEventDetails::resource_type`](crate::types::TaskTimedOutEventDetails::resource_type).
    pub fn resource_type(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.resource_type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`resource_type`](Self::resource_type).
    pub fn set_resource_type(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.resource_type = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::TaskTimedOutEventDetails,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::TaskTimedOutEventDetails {
            cause: self.cause,
            error: self.error,
            resource: self
                .resource
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "TaskTimedOutEventDetails",
                        "resource",
                    ),
                )?,
            resource_type: self
                .resource_type
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "TaskTimedOutEventDetails",
                        "resource_type",
                    ),
                )?,
        })
    }
}
/// A builder for [`TestStateConfiguration`](crate::types::TestStateConfiguration).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct TestStateConfigurationBuilder {
    pub(crate) error_caused_by_state: ::std::option::Option<::std::string::String>,
    pub(crate) map_item_reader_data: ::std::option::Option<::std::string::String>,
    pub(crate) map_iteration_failure_count: ::std::option::Option<i64>,
    pub(crate) retrier_retry_count: ::std::option::Option<i64>,
}
impl ::std::fmt::Debug for TestStateConfigurationBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("TestStateConfigurationBuilder").finish_non_exhaustive()
    }
}
impl TestStateConfigurationBuilder {
    /// See [`TestStateConfiguration::error_caused_by_state`](crate::types::TestStateConfiguration::error_caused_by_state).
    pub fn error_caused_by_state(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.error_caused_by_state = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`error_caused_by_state`](Self::error_caused_by_state).
    pub fn set_error_caused_by_state(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.error_caused_by_state = input;
        self
    }
    /// See [`TestStateConfiguration::map_item_reader_data`](crate::types::TestStateConfiguration::map_item_reader_data).
    pub fn map_item_reader_data(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.map_item_reader_data = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`map_item_reader_data`](Self::map_item_reader_data).
    pub fn set_map_item_reader_data(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.map_item_reader_data = input;
        self
    }
    /// See [`TestStateConfiguration::map_iteration_failure_count`](crate::types::TestStateConfiguration::map_iteration_failure_count).
    pub fn map_iteration_failure_count(
        mut self,
        input: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.map_iteration_failure_count = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`map_iteration_failure_count`](Self::map_iteration_failure_count).
    pub fn set_map_iteration_failure_count(
        mut self,
        input: ::std::option::Option<i64>,
    ) -> Self {
        self.map_iteration_failure_count = input;
        self
    }
    /// See [`TestStateConfiguration::retrier_retry_count`](crate::types::TestStateConfiguration::retrier_retry_count).
    pub fn retrier_retry_count(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.retrier_retry_count = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`retrier_retry_count`](Self::retrier_retry_count).
    pub fn set_retrier_retry_count(mut self, input: ::std::option::Option<i64>) -> Self {
        self.retrier_retry_count = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::TestStateConfiguration,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::TestStateConfiguration {
            error_caused_by_state: self.error_caused_by_state,
            map_item_reader_data: self.map_item_reader_data,
            map_iteration_failure_count: self.map_iteration_failure_count,
            retrier_retry_count: self.retrier_retry_count,
        })
    }
}
/// A builder for [`TestStateInput`](crate::types::TestStateInput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct TestStateInputBuilder {
    pub(crate) context: ::std::option::Option<::std::string::String>,
    pub(crate) definition: ::std::option::Option<::std::string::String>,
    pub(crate) input: ::std::option::Option<::std::string::String>,
    pub(crate) inspection_level: ::std::option::Option<crate::types::InspectionLevel>,
    pub(crate) mock: ::std::option::Option<crate::types::MockInput>,
    pub(crate) reveal_secrets: ::std::option::Option<bool>,
    pub(crate) role_arn: ::std::option::Option<::std::string::String>,
    pub(crate) state_configuration: ::std::option::Option<
        crate::types::TestStateConfiguration,
    >,
    pub(crate) state_name: ::std::option::Option<::std::string::String>,
    pub(crate) variables: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for TestStateInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("TestStateInputBuilder").finish_non_exhaustive()
    }
}
impl TestStateInputBuilder {
    /// See [`TestStateInput::context`](crate::types::TestStateInput::context).
    pub fn context(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.context = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`context`](Self::context).
    pub fn set_context(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.context = input;
        self
    }
    /// See [`TestStateInput::definition`](crate::types::TestStateInput::definition).
    pub fn definition(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.definition = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`definition`](Self::definition).
    pub fn set_definition(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.definition = input;
        self
    }
    /// See [`TestStateInput::input`](crate::types::TestStateInput::input).
    pub fn input(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.input = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`input`](Self::input).
    pub fn set_input(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.input = input;
        self
    }
    /// See [`TestStateInput::inspection_level`](crate::types::TestStateInput::inspection_level).
    pub fn inspection_level(
        mut self,
        input: impl ::std::convert::Into<crate::types::InspectionLevel>,
    ) -> Self {
        self.inspection_level = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`inspection_level`](Self::inspection_level).
    pub fn set_inspection_level(
        mut self,
        input: ::std::option::Option<crate::types::InspectionLevel>,
    ) -> Self {
        self.inspection_level = input;
        self
    }
    /// See [`TestStateInput::mock`](crate::types::TestStateInput::mock).
    pub fn mock(
        mut self,
        input: impl ::std::convert::Into<crate::types::MockInput>,
    ) -> Self {
        self.mock = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`mock`](Self::mock).
    pub fn set_mock(
        mut self,
        input: ::std::option::Option<crate::types::MockInput>,
    ) -> Self {
        self.mock = input;
        self
    }
    /// See [`TestStateInput::reveal_secrets`](crate::types::TestStateInput::reveal_secrets).
    pub fn reveal_secrets(mut self, input: impl ::std::convert::Into<bool>) -> Self {
        self.reveal_secrets = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`reveal_secrets`](Self::reveal_secrets).
    pub fn set_reveal_secrets(mut self, input: ::std::option::Option<bool>) -> Self {
        self.reveal_secrets = input;
        self
    }
    /// See [`TestStateInput::role_arn`](crate::types::TestStateInput::role_arn).
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
    /// See [`TestStateInput::state_configuration`](crate::types::TestStateInput::state_configuration).
    pub fn state_configuration(
        mut self,
        input: impl ::std::convert::Into<crate::types::TestStateConfiguration>,
    ) -> Self {
        self.state_configuration = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`state_configuration`](Self::state_configuration).
    pub fn set_state_configuration(
        mut self,
        input: ::std::option::Option<crate::types::TestStateConfiguration>,
    ) -> Self {
        self.state_configuration = input;
        self
    }
    /// See [`TestStateInput::state_name`](crate::types::TestStateInput::state_name).
    pub fn state_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.state_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`state_name`](Self::state_name).
    pub fn set_state_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.state_name = input;
        self
    }
    /// See [`TestStateInput::variables`](crate::types::TestStateInput::variables).
    pub fn variables(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.variables = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`variables`](Self::variables).
    pub fn set_variables(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.variables = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::TestStateInput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::TestStateInput {
            context: self.context,
            definition: self
                .definition
                .ok_or(
                    crate::runtime::BuildError::missing("TestStateInput", "definition"),
                )?,
            input: self.input,
            inspection_level: self.inspection_level,
            mock: self.mock,
            reveal_secrets: self.reveal_secrets,
            role_arn: self.role_arn,
            state_configuration: self.state_configuration,
            state_name: self.state_name,
            variables: self.variables,
        })
    }
}
/// A builder for [`TestStateOutput`](crate::types::TestStateOutput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct TestStateOutputBuilder {
    pub(crate) cause: ::std::option::Option<::std::string::String>,
    pub(crate) error: ::std::option::Option<::std::string::String>,
    pub(crate) inspection_data: ::std::option::Option<crate::types::InspectionData>,
    pub(crate) next_state: ::std::option::Option<::std::string::String>,
    pub(crate) output: ::std::option::Option<::std::string::String>,
    pub(crate) status: ::std::option::Option<crate::types::TestExecutionStatus>,
}
impl ::std::fmt::Debug for TestStateOutputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("TestStateOutputBuilder").finish_non_exhaustive()
    }
}
impl TestStateOutputBuilder {
    /// See [`TestStateOutput::cause`](crate::types::TestStateOutput::cause).
    pub fn cause(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cause = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`cause`](Self::cause).
    pub fn set_cause(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.cause = input;
        self
    }
    /// See [`TestStateOutput::error`](crate::types::TestStateOutput::error).
    pub fn error(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.error = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`error`](Self::error).
    pub fn set_error(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.error = input;
        self
    }
    /// See [`TestStateOutput::inspection_data`](crate::types::TestStateOutput::inspection_data).
    pub fn inspection_data(
        mut self,
        input: impl ::std::convert::Into<crate::types::InspectionData>,
    ) -> Self {
        self.inspection_data = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`inspection_data`](Self::inspection_data).
    pub fn set_inspection_data(
        mut self,
        input: ::std::option::Option<crate::types::InspectionData>,
    ) -> Self {
        self.inspection_data = input;
        self
    }
    /// See [`TestStateOutput::next_state`](crate::types::TestStateOutput::next_state).
    pub fn next_state(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.next_state = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`next_state`](Self::next_state).
    pub fn set_next_state(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.next_state = input;
        self
    }
    /// See [`TestStateOutput::output`](crate::types::TestStateOutput::output).
    pub fn output(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.output = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`output`](Self::output).
    pub fn set_output(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.output = input;
        self
    }
    /// See [`TestStateOutput::status`](crate::types::TestStateOutput::status).
    pub fn status(
        mut self,
        input: impl ::std::convert::Into<crate::types::TestExecutionStatus>,
    ) -> Self {
        self.status = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`status`](Self::status).
    pub fn set_status(
        mut self,
        input: ::std::option::Option<crate::types::TestExecutionStatus>,
    ) -> Self {
        self.status = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::TestStateOutput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::TestStateOutput {
            cause: self.cause,
            error: self.error,
            inspection_data: self.inspection_data,
            next_state: self.next_state,
            output: self.output,
            status: self.status,
        })
    }
}
/// A builder for [`TracingConfiguration`](crate::types::TracingConfiguration).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct TracingConfigurationBuilder {
    pub(crate) enabled: ::std::option::Option<bool>,
}
impl ::std::fmt::Debug for TracingConfigurationBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("TracingConfigurationBuilder").finish_non_exhaustive()
    }
}
impl TracingConfigurationBuilder {
    /// See [`TracingConfiguration::enabled`](crate::types::TracingConfiguration::enabled).
    pub fn enabled(mut self, input: impl ::std::convert::Into<bool>) -> Self {
        self.enabled = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`enabled`](Self::enabled).
    pub fn set_enabled(mut self, input: ::std::option::Option<bool>) -> Self {
        self.enabled = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::TracingConfiguration,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::TracingConfiguration {
            enabled: self.enabled,
        })
    }
}
/// A builder for [`UntagResourceInput`](crate::types::UntagResourceInput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct UntagResourceInputBuilder {
    pub(crate) resource_arn: ::std::option::Option<::std::string::String>,
    pub(crate) tag_keys: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
impl ::std::fmt::Debug for UntagResourceInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UntagResourceInputBuilder").finish_non_exhaustive()
    }
}
impl UntagResourceInputBuilder {
    /// See [`UntagResourceInput::resource_arn`](crate::types::UntagResourceInput::resource_arn).
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
    /// See [`UntagResourceInput::tag_keys`](crate::types::UntagResourceInput::tag_keys).
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
        crate::types::UntagResourceInput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::UntagResourceInput {
            resource_arn: self
                .resource_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "UntagResourceInput",
                        "resource_arn",
                    ),
                )?,
            tag_keys: self
                .tag_keys
                .ok_or(
                    crate::runtime::BuildError::missing("UntagResourceInput", "tag_keys"),
                )?,
        })
    }
}
/// A builder for [`UntagResourceOutput`](crate::types::UntagResourceOutput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct UntagResourceOutputBuilder {}
impl ::std::fmt::Debug for UntagResourceOutputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UntagResourceOutputBuilder").finish_non_exhaustive()
    }
}
impl UntagResourceOutputBuilder {
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::UntagResourceOutput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::UntagResourceOutput {
        })
    }
}
/// A builder for [`UpdateMapRunInput`](crate::types::UpdateMapRunInput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct UpdateMapRunInputBuilder {
    pub(crate) map_run_arn: ::std::option::Option<::std::string::String>,
    pub(crate) max_concurrency: ::std::option::Option<i64>,
    pub(crate) tolerated_failure_count: ::std::option::Option<i64>,
    pub(crate) tolerated_failure_percentage: ::std::option::Option<f32>,
}
impl ::std::fmt::Debug for UpdateMapRunInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdateMapRunInputBuilder").finish_non_exhaustive()
    }
}
impl UpdateMapRunInputBuilder {
    /// See [`UpdateMapRunInput::map_run_arn`](crate::types::UpdateMapRunInput::map_run_arn).
    pub fn map_run_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.map_run_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`map_run_arn`](Self::map_run_arn).
    pub fn set_map_run_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.map_run_arn = input;
        self
    }
    /// See [`UpdateMapRunInput::max_concurrency`](crate::types::UpdateMapRunInput::max_concurrency).
    pub fn max_concurrency(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.max_concurrency = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`max_concurrency`](Self::max_concurrency).
    pub fn set_max_concurrency(mut self, input: ::std::option::Option<i64>) -> Self {
        self.max_concurrency = input;
        self
    }
    /// See [`UpdateMapRunInput::tolerated_failure_count`](crate::types::UpdateMapRunInput::tolerated_failure_count).
    pub fn tolerated_failure_count(
        mut self,
        input: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.tolerated_failure_count = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`tolerated_failure_count`](Self::tolerated_failure_count).
    pub fn set_tolerated_failure_count(
        mut self,
        input: ::std::option::Option<i64>,
    ) -> Self {
        self.tolerated_failure_count = input;
        self
    }
    /// See [`UpdateMapRunInput::tolerated_failure_percentage`](crate::types::UpdateMapRunInput::tolerated_failure_percentage).
    pub fn tolerated_failure_percentage(
        mut self,
        input: impl ::std::convert::Into<f32>,
    ) -> Self {
        self.tolerated_failure_percentage = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`tolerated_failure_percentage`](Self::tolerated_failure_percentage).
    pub fn set_tolerated_failure_percentage(
        mut self,
        input: ::std::option::Option<f32>,
    ) -> Self {
        self.tolerated_failure_percentage = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::UpdateMapRunInput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::UpdateMapRunInput {
            map_run_arn: self
                .map_run_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "UpdateMapRunInput",
                        "map_run_arn",
                    ),
                )?,
            max_concurrency: self.max_concurrency,
            tolerated_failure_count: self.tolerated_failure_count,
            tolerated_failure_percentage: self.tolerated_failure_percentage,
        })
    }
}
/// A builder for [`UpdateMapRunOutput`](crate::types::UpdateMapRunOutput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct UpdateMapRunOutputBuilder {}
impl ::std::fmt::Debug for UpdateMapRunOutputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdateMapRunOutputBuilder").finish_non_exhaustive()
    }
}
impl UpdateMapRunOutputBuilder {
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::UpdateMapRunOutput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::UpdateMapRunOutput {
        })
    }
}
/// A builder for [`UpdateStateMachineAliasInput`](crate::types::UpdateStateMachineAliasInput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct UpdateStateMachineAliasInputBuilder {
    pub(crate) description: ::std::option::Option<::std::string::String>,
    pub(crate) routing_configuration: ::std::option::Option<
        ::std::vec::Vec<crate::types::RoutingConfigurationListItem>,
    >,
    pub(crate) state_machine_alias_arn: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for UpdateStateMachineAliasInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdateStateMachineAliasInputBuilder").finish_non_exhaustive()
    }
}
impl UpdateStateMachineAliasInputBuilder {
    /// See [`UpdateStateMachineAliasInput::description`](crate::types::UpdateStateMachineAliasInput::description).
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
    /// See [`UpdateStateMachineAliasInput::routing_configuration`](crate::types::UpdateStateMachineAliasInput::routing_configuration).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn routing_configuration(
        mut self,
        input: impl ::std::convert::Into<crate::types::RoutingConfigurationListItem>,
    ) -> Self {
        self.routing_configuration
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`routing_configuration`](Self::routing_configuration).
    pub fn set_routing_configuration(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<crate::types::RoutingConfigurationListItem>,
        >,
    ) -> Self {
        self.routing_configuration = input;
        self
    }
    /// See [`UpdateStateMachineAliasInput::state_machine_alias_arn`](crate::types::UpdateStateMachineAliasInput::state_machine_alias_arn).
    pub fn state_machine_alias_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.state_machine_alias_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`state_machine_alias_arn`](Self::state_machine_alias_arn).
    pub fn set_state_machine_alias_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.state_machine_alias_arn = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::UpdateStateMachineAliasInput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::UpdateStateMachineAliasInput {
            description: self.description,
            routing_configuration: self.routing_configuration,
            state_machine_alias_arn: self
                .state_machine_alias_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "UpdateStateMachineAliasInput",
                        "state_machine_alias_arn",
                    ),
                )?,
        })
    }
}
/// A builder for [`UpdateStateMachineAliasOutput`](crate::types::UpdateStateMachineAliasOutput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct UpdateStateMachineAliasOutputBuilder {
    pub(crate) update_date: ::std::option::Option<crate::runtime::Timestamp>,
}
impl ::std::fmt::Debug for UpdateStateMachineAliasOutputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdateStateMachineAliasOutputBuilder").finish_non_exhaustive()
    }
}
impl UpdateStateMachineAliasOutputBuilder {
    /// See [`UpdateStateMachineAliasOutput::update_date`](crate::types::UpdateStateMachineAliasOutput::update_date).
    pub fn update_date(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.update_date = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`update_date`](Self::update_date).
    pub fn set_update_date(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.update_date = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::UpdateStateMachineAliasOutput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::UpdateStateMachineAliasOutput {
            update_date: self
                .update_date
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "UpdateStateMachineAliasOutput",
                        "update_date",
                    ),
                )?,
        })
    }
}
/// A builder for [`UpdateStateMachineInput`](crate::types::UpdateStateMachineInput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct UpdateStateMachineInputBuilder {
    pub(crate) definition: ::std::option::Option<::std::string::String>,
    pub(crate) logging_configuration: ::std::option::Option<
        crate::types::LoggingConfiguration,
    >,
    pub(crate) publish: ::std::option::Option<bool>,
    pub(crate) role_arn: ::std::option::Option<::std::string::String>,
    pub(crate) state_machine_arn: ::std::option::Option<::std::string::String>,
    pub(crate) tracing_configuration: ::std::option::Option<
        crate::types::TracingConfiguration,
    >,
    pub(crate) version_description: ::std::option::Option<::std::string::String>,
    pub(crate) encryption_configuration: ::std::option::Option<
        crate::types::EncryptionConfiguration,
    >,
}
impl ::std::fmt::Debug for UpdateStateMachineInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdateStateMachineInputBuilder").finish_non_exhaustive()
    }
}
impl UpdateStateMachineInputBuilder {
    /// See [`UpdateStateMachineInput::definition`](crate::types::UpdateStateMachineInput::definition).
    pub fn definition(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.definition = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`definition`](Self::definition).
    pub fn set_definition(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.definition = input;
        self
    }
    /// See [`UpdateStateMachineInput::logging_configuration`](crate::types::UpdateStateMachineInput::logging_configuration).
    pub fn logging_configuration(
        mut self,
        input: impl ::std::convert::Into<crate::types::LoggingConfiguration>,
    ) -> Self {
        self.logging_configuration = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`logging_configuration`](Self::logging_configuration).
    pub fn set_logging_configuration(
        mut self,
        input: ::std::option::Option<crate::types::LoggingConfiguration>,
    ) -> Self {
        self.logging_configuration = input;
        self
    }
    /// See [`UpdateStateMachineInput::publish`](crate::types::UpdateStateMachineInput::publish).
    pub fn publish(mut self, input: impl ::std::convert::Into<bool>) -> Self {
        self.publish = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`publish`](Self::publish).
    pub fn set_publish(mut self, input: ::std::option::Option<bool>) -> Self {
        self.publish = input;
        self
    }
    /// See [`UpdateStateMachineInput::role_arn`](crate::types::UpdateStateMachineInput::role_arn).
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
    /// See [`UpdateStateMachineInput::state_machine_arn`](crate::types::UpdateStateMachineInput::state_machine_arn).
    pub fn state_machine_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.state_machine_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`state_machine_arn`](Self::state_machine_arn).
    pub fn set_state_machine_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.state_machine_arn = input;
        self
    }
    /// See [`UpdateStateMachineInput::tracing_configuration`](crate::types::UpdateStateMachineInput::tracing_configuration).
    pub fn tracing_configuration(
        mut self,
        input: impl ::std::convert::Into<crate::types::TracingConfiguration>,
    ) -> Self {
        self.tracing_configuration = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`tracing_configuration`](Self::tracing_configuration).
    pub fn set_tracing_configuration(
        mut self,
        input: ::std::option::Option<crate::types::TracingConfiguration>,
    ) -> Self {
        self.tracing_configuration = input;
        self
    }
    /// See [`UpdateStateMachineInput::version_description`](crate::types::UpdateStateMachineInput::version_description).
    pub fn version_description(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.version_description = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`version_description`](Self::version_description).
    pub fn set_version_description(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.version_description = input;
        self
    }
    /// See [`UpdateStateMachineInput::encryption_configuration`](crate::types::UpdateStateMachineInput::encryption_configuration).
    pub fn encryption_configuration(
        mut self,
        input: impl ::std::convert::Into<crate::types::EncryptionConfiguration>,
    ) -> Self {
        self.encryption_configuration = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`encryption_configuration`](Self::encryption_configuration).
    pub fn set_encryption_configuration(
        mut self,
        input: ::std::option::Option<crate::types::EncryptionConfiguration>,
    ) -> Self {
        self.encryption_configuration = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::UpdateStateMachineInput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::UpdateStateMachineInput {
            definition: self.definition,
            logging_configuration: self.logging_configuration,
            publish: self.publish,
            role_arn: self.role_arn,
            state_machine_arn: self
                .state_machine_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "UpdateStateMachineInput",
                        "state_machine_arn",
                    ),
                )?,
            tracing_configuration: self.tracing_configuration,
            version_description: self.version_description,
            encryption_configuration: self.encryption_configuration,
        })
    }
}
/// A builder for [`UpdateStateMachineOutput`](crate::types::UpdateStateMachineOutput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct UpdateStateMachineOutputBuilder {
    pub(crate) revision_id: ::std::option::Option<::std::string::String>,
    pub(crate) state_machine_version_arn: ::std::option::Option<::std::string::String>,
    pub(crate) update_date: ::std::option::Option<crate::runtime::Timestamp>,
}
impl ::std::fmt::Debug for UpdateStateMachineOutputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdateStateMachineOutputBuilder").finish_non_exhaustive()
    }
}
impl UpdateStateMachineOutputBuilder {
    /// See [`UpdateStateMachineOutput::revision_id`](crate::types::UpdateStateMachineOutput::revision_id).
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
    /// See [`UpdateStateMachineOutput::state_machine_version_arn`](crate::types::UpdateStateMachineOutput::state_machine_version_arn).
    pub fn state_machine_version_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.state_machine_version_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`state_machine_version_arn`](Self::state_machine_version_arn).
    pub fn set_state_machine_version_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.state_machine_version_arn = input;
        self
    }
    /// See [`UpdateStateMachineOutput::update_date`](crate::types::UpdateStateMachineOutput::update_date).
    pub fn update_date(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.update_date = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`update_date`](Self::update_date).
    pub fn set_update_date(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.update_date = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::UpdateStateMachineOutput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::UpdateStateMachineOutput {
            revision_id: self.revision_id,
            state_machine_version_arn: self.state_machine_version_arn,
            update_date: self
                .update_date
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "UpdateStateMachineOutput",
                        "update_date",
                    ),
                )?,
        })
    }
}
/// A builder for [`ValidateStateMachineDefinitionDiagnostic`](crate::types::ValidateStateMachineDefinitionDiagnostic).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ValidateStateMachineDefinitionDiagnosticBuilder {
    pub(crate) code: ::std::option::Option<::std::string::String>,
    pub(crate) location: ::std::option::Option<::std::string::String>,
    pub(crate) message: ::std::option::Option<::std::string::String>,
    pub(crate) severity: ::std::option::Option<
        crate::types::ValidateStateMachineDefinitionSeverity,
    >,
}
impl ::std::fmt::Debug for ValidateStateMachineDefinitionDiagnosticBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ValidateStateMachineDefinitionDiagnosticBuilder")
            .finish_non_exhaustive()
    }
}
impl ValidateStateMachineDefinitionDiagnosticBuilder {
    /// See [`ValidateStateMachineDefinitionDiagnostic::code`](crate::types::ValidateStateMachineDefinitionDiagnostic::code).
    pub fn code(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.code = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`code`](Self::code).
    pub fn set_code(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.code = input;
        self
    }
    /// See [`ValidateStateMachineDefinitionDiagnostic::location`](crate::types::ValidateStateMachineDefinitionDiagnostic::location).
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
    /// See [`ValidateStateMachineDefinitionDiagnostic::message`](crate::types::ValidateStateMachineDefinitionDiagnostic::message).
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
    /// See [`ValidateStateMachineDefinitionDiagnostic::severity`](crate::types::ValidateStateMachineDefinitionDiagnostic::severity).
    pub fn severity(
        mut self,
        input: impl ::std::convert::Into<
            crate::types::ValidateStateMachineDefinitionSeverity,
        >,
    ) -> Self {
        self.severity = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`severity`](Self::severity).
    pub fn set_severity(
        mut self,
        input: ::std::option::Option<
            crate::types::ValidateStateMachineDefinitionSeverity,
        >,
    ) -> Self {
        self.severity = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ValidateStateMachineDefinitionDiagnostic,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ValidateStateMachineDefinitionDiagnostic {
            code: self
                .code
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "ValidateStateMachineDefinitionDiagnostic",
                        "code",
                    ),
                )?,
            location: self.location,
            message: self
                .message
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "ValidateStateMachineDefinitionDiagnostic",
                        "message",
                    ),
                )?,
            severity: self
                .severity
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "ValidateStateMachineDefinitionDiagnostic",
                        "severity",
                    ),
                )?,
        })
    }
}
/// A builder for [`ValidateStateMachineDefinitionInput`](crate::types::ValidateStateMachineDefinitionInput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ValidateStateMachineDefinitionInputBuilder {
    pub(crate) definition: ::std::option::Option<::std::string::String>,
    pub(crate) max_results: ::std::option::Option<i64>,
    pub(crate) severity: ::std::option::Option<
        crate::types::ValidateStateMachineDefinitionSeverity,
    >,
    pub(crate) r#type: ::std::option::Option<crate::types::StateMachineType>,
}
impl ::std::fmt::Debug for ValidateStateMachineDefinitionInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ValidateStateMachineDefinitionInputBuilder")
            .finish_non_exhaustive()
    }
}
impl ValidateStateMachineDefinitionInputBuilder {
    /// See [`ValidateStateMachineDefinitionInput::definition`](crate::types::ValidateStateMachineDefinitionInput::definition).
    pub fn definition(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.definition = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`definition`](Self::definition).
    pub fn set_definition(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.definition = input;
        self
    }
    /// See [`ValidateStateMachineDefinitionInput::max_results`](crate::types::ValidateStateMachineDefinitionInput::max_results).
    pub fn max_results(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.max_results = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`max_results`](Self::max_results).
    pub fn set_max_results(mut self, input: ::std::option::Option<i64>) -> Self {
        self.max_results = input;
        self
    }
    /// See [`ValidateStateMachineDefinitionInput::severity`](crate::types::ValidateStateMachineDefinitionInput::severity).
    pub fn severity(
        mut self,
        input: impl ::std::convert::Into<
            crate::types::ValidateStateMachineDefinitionSeverity,
        >,
    ) -> Self {
        self.severity = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`severity`](Self::severity).
    pub fn set_severity(
        mut self,
        input: ::std::option::Option<
            crate::types::ValidateStateMachineDefinitionSeverity,
        >,
    ) -> Self {
        self.severity = input;
        self
    }
    /// See [`ValidateStateMachineDefinitionInput::type`](crate::types::ValidateStateMachineDefinitionInput::type).
    pub fn r#type(
        mut self,
        input: impl ::std::convert::Into<crate::types::StateMachineType>,
    ) -> Self {
        self.r#type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`type`](Self::type).
    pub fn set_type(
        mut self,
        input: ::std::option::Option<crate::types::StateMachineType>,
    ) -> Self {
        self.r#type = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ValidateStateMachineDefinitionInput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ValidateStateMachineDefinitionInput {
            definition: self
                .definition
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "ValidateStateMachineDefinitionInput",
                        "definition",
                    ),
                )?,
            max_results: self.max_results,
            severity: self.severity,
            r#type: self.r#type,
        })
    }
}
/// A builder for [`ValidateStateMachineDefinitionOutput`](crate::types::ValidateStateMachineDefinitionOutput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ValidateStateMachineDefinitionOutputBuilder {
    pub(crate) diagnostics: ::std::option::Option<
        ::std::vec::Vec<crate::types::ValidateStateMachineDefinitionDiagnostic>,
    >,
    pub(crate) result: ::std::option::Option<
        crate::types::ValidateStateMachineDefinitionResultCode,
    >,
    pub(crate) truncated: ::std::option::Option<bool>,
}
impl ::std::fmt::Debug for ValidateStateMachineDefinitionOutputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ValidateStateMachineDefinitionOutputBuilder")
            .finish_non_exhaustive()
    }
}
impl ValidateStateMachineDefinitionOutputBuilder {
    /// See [`ValidateStateMachineDefinitionOutput::diagnostics`](crate::types::ValidateStateMachineDefinitionOutput::diagnostics).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn diagnostics(
        mut self,
        input: impl ::std::convert::Into<
            crate::types::ValidateStateMachineDefinitionDiagnostic,
        >,
    ) -> Self {
        self.diagnostics.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`diagnostics`](Self::diagnostics).
    pub fn set_diagnostics(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<crate::types::ValidateStateMachineDefinitionDiagnostic>,
        >,
    ) -> Self {
        self.diagnostics = input;
        self
    }
    /// See [`ValidateStateMachineDefinitionOutput::result`](crate::types::ValidateStateMachineDefinitionOutput::result).
    pub fn result(
        mut self,
        input: impl ::std::convert::Into<
            crate::types::ValidateStateMachineDefinitionResultCode,
        >,
    ) -> Self {
        self.result = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`result`](Self::result).
    pub fn set_result(
        mut self,
        input: ::std::option::Option<
            crate::types::ValidateStateMachineDefinitionResultCode,
        >,
    ) -> Self {
        self.result = input;
        self
    }
    /// See [`ValidateStateMachineDefinitionOutput::truncated`](crate::types::ValidateStateMachineDefinitionOutput::truncated).
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
        crate::types::ValidateStateMachineDefinitionOutput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ValidateStateMachineDefinitionOutput {
            diagnostics: self
                .diagnostics
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "ValidateStateMachineDefinitionOutput",
                        "diagnostics",
                    ),
                )?,
            result: self
                .result
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "ValidateStateMachineDefinitionOutput",
                        "result",
                    ),
                )?,
            truncated: self.truncated,
        })
    }
}
