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
    /// A more detailed explanation of the cause of the failure.
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
    /// The error code of the failure.
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
    /// The Amazon Resource Name (ARN) that identifies the activity.
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
    /// The date the activity is created.
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
    /// The name of the activity.
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
    /// A more detailed explanation of the cause of the failure.
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
    /// The error code of the failure.
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
    /// The maximum allowed duration between two heartbeats for the activity task.
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
    /// The JSON data input to the activity task. Length constraints apply to the
    /// payload size, and are expressed as bytes in UTF-8 encoding.
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
    /// Contains details about the input for an execution history event.
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
    /// The Amazon Resource Name (ARN) of the scheduled activity.
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
    /// The maximum allowed duration of the activity task.
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
    /// The name of the worker that the task is assigned to. These names are provided by
    /// the workers when calling GetActivityTask.
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
    /// The JSON data output by the activity task. Length constraints apply to the
    /// payload size, and are expressed as bytes in UTF-8 encoding.
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
    /// Contains details about the output of an execution history event.
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
    /// A more detailed explanation of the cause of the timeout.
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
    /// The error code of the failure.
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
    /// Billed duration of your workflow, in milliseconds.
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
    /// Billed memory consumption of your workflow, in MB.
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
    /// Indicates whether input or output was included in the response. Always `true`
    /// for API calls.
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
    /// The ARN of the the CloudWatch log group to which you want your logs emitted to.
    /// The ARN must end with `:*`
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
}
impl ::std::fmt::Debug for CreateActivityInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateActivityInputBuilder").finish_non_exhaustive()
    }
}
impl CreateActivityInputBuilder {
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
    /// The Amazon Resource Name (ARN) that identifies the created activity.
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
    /// The date the activity is created.
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
    /// A description for the state machine alias.
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
    /// The name of the state machine alias.
    ///
    /// To avoid conflict with version ARNs, don't use an integer in the name of the
    /// alias.
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
    /// The routing configuration of a state machine alias. The routing configuration
    /// shifts execution traffic between two state machine versions.
    /// `routingConfiguration` contains an array of `RoutingConfig` objects that specify
    /// up to two state machine versions. Step Functions then randomly choses which
    /// version to run an execution with based on the weight assigned to each
    /// `RoutingConfig`.
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
    /// The date the state machine alias was created.
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
    /// The Amazon Resource Name (ARN) that identifies the created state machine alias.
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
}
impl ::std::fmt::Debug for CreateStateMachineInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateStateMachineInputBuilder").finish_non_exhaustive()
    }
}
impl CreateStateMachineInputBuilder {
    /// The Amazon States Language definition of the state machine. See [Amazon States
    /// Language](https://docs.aws.amazon.com/step-functions/latest/dg/concepts-amazon-states-language.html).
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
    /// Defines what execution history events are logged and where they are logged.
    ///
    /// **Note:** By default, the `level` is set to `OFF`. For more information see [Log
    /// Levels](https://docs.aws.amazon.com/step-functions/latest/dg/cloudwatch-log-level.html)
    /// in the Step Functions User Guide.
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
    /// The name of the state machine.
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
    /// Set to `true` to publish the first version of the state machine during creation.
    /// The default is `false`.
    pub fn publish(mut self, input: impl ::std::convert::Into<bool>) -> Self {
        self.publish = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`publish`](Self::publish).
    pub fn set_publish(mut self, input: ::std::option::Option<bool>) -> Self {
        self.publish = input;
        self
    }
    /// The Amazon Resource Name (ARN) of the IAM role to use for this state machine.
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
    /// Tags to be added when creating a state machine.
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
    /// Selects whether X-Ray tracing is enabled.
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
    /// Determines whether a Standard or Express state machine is created. The default
    /// is `STANDARD`. You cannot update the `type` of a state machine once it has been
    /// created.
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
    /// Sets description about the state machine version. You can only set the
    /// description if the `publish` parameter is set to `true`. Otherwise, if you set
    /// `versionDescription`, but `publish` to `false`, this API action throws
    /// `ValidationException`.
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
    /// The date the state machine is created.
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
    /// The Amazon Resource Name (ARN) that identifies the created state machine.
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
    /// The Amazon Resource Name (ARN) that identifies the created state machine
    /// version. If you do not set the `publish` parameter to `true`, this field returns
    /// null value.
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
    /// The Amazon Resource Name (ARN) of the activity to delete.
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
    /// The Amazon Resource Name (ARN) of the state machine alias to delete.
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
    /// The Amazon Resource Name (ARN) of the state machine to delete.
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
    /// The Amazon Resource Name (ARN) of the state machine version to delete.
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
    /// The Amazon Resource Name (ARN) of the activity to describe.
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
}
impl ::std::fmt::Debug for DescribeActivityOutputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DescribeActivityOutputBuilder").finish_non_exhaustive()
    }
}
impl DescribeActivityOutputBuilder {
    /// The Amazon Resource Name (ARN) that identifies the activity.
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
    /// The date the activity is created.
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
    /// The name of the activity.
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
        })
    }
}
/// A builder for [`DescribeExecutionInput`](crate::types::DescribeExecutionInput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DescribeExecutionInputBuilder {
    pub(crate) execution_arn: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DescribeExecutionInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DescribeExecutionInputBuilder").finish_non_exhaustive()
    }
}
impl DescribeExecutionInputBuilder {
    /// The Amazon Resource Name (ARN) of the execution to describe.
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
}
impl ::std::fmt::Debug for DescribeExecutionOutputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DescribeExecutionOutputBuilder").finish_non_exhaustive()
    }
}
impl DescribeExecutionOutputBuilder {
    /// The cause string if the state machine execution failed.
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
    /// The error string if the state machine execution failed.
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
    /// The Amazon Resource Name (ARN) that identifies the execution.
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
    /// The string that contains the JSON input data of the execution. Length
    /// constraints apply to the payload size, and are expressed as bytes in UTF-8
    /// encoding.
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
    /// The Amazon Resource Name (ARN) that identifies a Map Run, which dispatched this
    /// execution.
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
    /// The name of the execution.
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
    /// The JSON output data of the execution. Length constraints apply to the payload
    /// size, and are expressed as bytes in UTF-8 encoding.
    ///
    /// **Note:** This field is set only if the execution succeeds. If the execution
    /// fails, this field is null.
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
    /// The date the execution is started.
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
    /// The Amazon Resource Name (ARN) of the state machine alias associated with the
    /// execution. The alias ARN is a combination of state machine ARN and the alias
    /// name separated by a colon (:). For example, `stateMachineARN:PROD`.
    ///
    /// If you start an execution from a `StartExecution` request with a state machine
    /// version ARN, this field will be null.
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
    /// The Amazon Resource Name (ARN) of the executed stated machine.
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
    /// The Amazon Resource Name (ARN) of the state machine version associated with the
    /// execution. The version ARN is a combination of state machine ARN and the version
    /// number separated by a colon (:). For example, `stateMachineARN:1`.
    ///
    /// If you start an execution from a `StartExecution` request without specifying a
    /// state machine version or alias ARN, Step Functions returns a null value.
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
    /// The current status of the execution.
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
    /// If the execution ended, the date the execution stopped.
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
    /// The X-Ray trace header that was passed to the execution.
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
    /// The Amazon Resource Name (ARN) that identifies a Map Run.
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
}
impl ::std::fmt::Debug for DescribeMapRunOutputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DescribeMapRunOutputBuilder").finish_non_exhaustive()
    }
}
impl DescribeMapRunOutputBuilder {
    /// The Amazon Resource Name (ARN) that identifies the execution in which the Map
    /// Run was started.
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
    /// A JSON object that contains information about the total number of child workflow
    /// executions for the Map Run, and the count of child workflow executions for each
    /// status, such as `failed` and `succeeded`.
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
    /// A JSON object that contains information about the total number of items, and the
    /// item count for each processing status, such as `pending` and `failed`.
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
    /// The Amazon Resource Name (ARN) that identifies a Map Run.
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
    /// The maximum number of child workflow executions configured to run in parallel
    /// for the Map Run at the same time.
    pub fn max_concurrency(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.max_concurrency = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`max_concurrency`](Self::max_concurrency).
    pub fn set_max_concurrency(mut self, input: ::std::option::Option<i64>) -> Self {
        self.max_concurrency = input;
        self
    }
    /// The date when the Map Run was started.
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
    /// The current status of the Map Run.
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
    /// The date when the Map Run was stopped.
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
    /// The maximum number of failed child workflow executions before the Map Run fails.
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
    /// The maximum percentage of failed child workflow executions before the Map Run
    /// fails.
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
    /// The Amazon Resource Name (ARN) of the state machine alias.
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
    /// The date the state machine alias was created.
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
    /// A description of the alias.
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
    /// The name of the state machine alias.
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
    /// The routing configuration of the alias.
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
    /// The Amazon Resource Name (ARN) of the state machine alias.
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
    /// The date the state machine alias was last updated.
    ///
    /// For a newly created state machine, this is the same as the creation date.
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
}
impl ::std::fmt::Debug for DescribeStateMachineForExecutionInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DescribeStateMachineForExecutionInputBuilder")
            .finish_non_exhaustive()
    }
}
impl DescribeStateMachineForExecutionInputBuilder {
    /// The Amazon Resource Name (ARN) of the execution you want state machine
    /// information for.
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
}
impl ::std::fmt::Debug for DescribeStateMachineForExecutionOutputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DescribeStateMachineForExecutionOutputBuilder")
            .finish_non_exhaustive()
    }
}
impl DescribeStateMachineForExecutionOutputBuilder {
    /// The Amazon States Language definition of the state machine. See [Amazon States
    /// Language](https://docs.aws.amazon.com/step-functions/latest/dg/concepts-amazon-states-language.html).
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
    /// A user-defined or an auto-generated string that identifies a `Map` state. This
    /// ﬁeld is returned only if the `executionArn` is a child workflow execution that
    /// was started by a Distributed Map state.
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
    /// The Amazon Resource Name (ARN) of the Map Run that started the child workflow
    /// execution. This field is returned only if the `executionArn` is a child workflow
    /// execution that was started by a Distributed Map state.
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
    /// The name of the state machine associated with the execution.
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
    /// The revision identifier for the state machine. The first revision ID when you
    /// create the state machine is null.
    ///
    /// Use the state machine `revisionId` parameter to compare the revision of a state
    /// machine with the configuration of the state machine used for executions without
    /// performing a diff of the properties, such as `definition` and `roleArn`.
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
    /// The Amazon Resource Name (ARN) of the IAM role of the State Machine for the
    /// execution.
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
    /// The Amazon Resource Name (ARN) of the state machine associated with the
    /// execution.
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
    /// Selects whether X-Ray tracing is enabled.
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
    /// The date and time the state machine associated with an execution was updated.
    /// For a newly created state machine, this is the creation date.
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
        })
    }
}
/// A builder for [`DescribeStateMachineInput`](crate::types::DescribeStateMachineInput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DescribeStateMachineInputBuilder {
    pub(crate) state_machine_arn: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DescribeStateMachineInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DescribeStateMachineInputBuilder").finish_non_exhaustive()
    }
}
impl DescribeStateMachineInputBuilder {
    /// The Amazon Resource Name (ARN) of the state machine for which you want the
    /// information.
    ///
    /// If you specify a state machine version ARN, this API returns details about that
    /// version. The version ARN is a combination of state machine ARN and the version
    /// number separated by a colon (:). For example, `stateMachineARN:1`.
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
}
impl ::std::fmt::Debug for DescribeStateMachineOutputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DescribeStateMachineOutputBuilder").finish_non_exhaustive()
    }
}
impl DescribeStateMachineOutputBuilder {
    /// The date the state machine is created.
    ///
    /// For a state machine version, `creationDate` is the date the version was created.
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
    /// The Amazon States Language definition of the state machine. See [Amazon States
    /// Language](https://docs.aws.amazon.com/step-functions/latest/dg/concepts-amazon-states-language.html).
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
    /// The description of the state machine version.
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
    /// A user-defined or an auto-generated string that identifies a `Map` state. This
    /// parameter is present only if the `stateMachineArn` specified in input is a
    /// qualified state machine ARN.
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
    /// The name of the state machine.
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
    /// The revision identifier for the state machine.
    ///
    /// Use the `revisionId` parameter to compare between versions of a state machine
    /// configuration used for executions without performing a diff of the properties,
    /// such as `definition` and `roleArn`.
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
    /// The Amazon Resource Name (ARN) of the IAM role used when creating this state
    /// machine. (The IAM role maintains security by granting Step Functions access to
    /// Amazon Web Services resources.)
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
    /// The Amazon Resource Name (ARN) that identifies the state machine.
    ///
    /// If you specified a state machine version ARN in your request, the API returns
    /// the version ARN. The version ARN is a combination of state machine ARN and the
    /// version number separated by a colon (:). For example, `stateMachineARN:1`.
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
    /// The current status of the state machine.
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
    /// Selects whether X-Ray tracing is enabled.
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
    /// The `type` of the state machine (`STANDARD` or `EXPRESS`).
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
    /// A more detailed explanation of the cause of the failure.
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
    /// The error code of the failure.
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
    /// A more detailed explanation of the cause of the failure.
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
    /// The error code of the failure.
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
}
impl ::std::fmt::Debug for ExecutionListItemBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ExecutionListItemBuilder").finish_non_exhaustive()
    }
}
impl ExecutionListItemBuilder {
    /// The Amazon Resource Name (ARN) that identifies the execution.
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
    /// The total number of items processed in a child workflow execution. This field is
    /// returned only if `mapRunArn` was specified in the `ListExecutions` API action.
    /// If `stateMachineArn` was specified in `ListExecutions`, the `itemCount` field
    /// isn't returned.
    pub fn item_count(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.item_count = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`item_count`](Self::item_count).
    pub fn set_item_count(mut self, input: ::std::option::Option<i64>) -> Self {
        self.item_count = input;
        self
    }
    /// The Amazon Resource Name (ARN) of a Map Run. This field is returned only if
    /// `mapRunArn` was specified in the `ListExecutions` API action. If
    /// `stateMachineArn` was specified in `ListExecutions`, the `mapRunArn` isn't
    /// returned.
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
    /// The name of the execution.
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
    /// The date the execution started.
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
    /// The Amazon Resource Name (ARN) of the state machine alias used to start an
    /// execution.
    ///
    /// If the state machine execution was started with an unqualified ARN or a version
    /// ARN, it returns null.
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
    /// The Amazon Resource Name (ARN) of the state machine that ran the execution.
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
    /// The Amazon Resource Name (ARN) of the state machine version associated with the
    /// execution.
    ///
    /// If the state machine execution was started with an unqualified ARN, it returns
    /// null.
    ///
    /// If the execution was started using a `stateMachineAliasArn`, both the
    /// `stateMachineAliasArn` and `stateMachineVersionArn` parameters contain the
    /// respective values.
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
    /// The current status of the execution.
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
    /// If the execution already ended, the date the execution stopped.
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
    /// The JSON data input to the execution. Length constraints apply to the payload
    /// size, and are expressed as bytes in UTF-8 encoding.
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
    /// Contains details about the input for an execution history event.
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
    /// The Amazon Resource Name (ARN) of the IAM role used for executing Lambda tasks.
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
    /// The Amazon Resource Name (ARN) that identifies a state machine alias used for
    /// starting the state machine execution.
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
    /// The Amazon Resource Name (ARN) that identifies a state machine version used for
    /// starting the state machine execution.
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
    /// The JSON data output by the execution. Length constraints apply to the payload
    /// size, and are expressed as bytes in UTF-8 encoding.
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
    /// Contains details about the output of an execution history event.
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
    /// A more detailed explanation of the cause of the timeout.
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
    /// The error code of the failure.
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
    /// The Amazon Resource Name (ARN) of the activity to retrieve tasks from (assigned
    /// when you create the task using CreateActivity.)
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
    /// You can provide an arbitrary name in order to identify the worker that the task
    /// is assigned to. This name is used when it is logged in the execution history.
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
    /// The string that contains the JSON input data for the task. Length constraints
    /// apply to the payload size, and are expressed as bytes in UTF-8 encoding.
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
    /// A token that identifies the scheduled task. This token must be copied and
    /// included in subsequent calls to SendTaskHeartbeat, SendTaskSuccess or
    /// SendTaskFailure in order to report the progress or completion of the task.
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
    /// The Amazon Resource Name (ARN) of the execution.
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
    /// You can select whether execution data (input or output of a history event) is
    /// returned. The default is `true`.
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
    /// The maximum number of results that are returned per call. You can use
    /// `nextToken` to obtain further pages of results. The default is 100 and the
    /// maximum allowed page size is 1000. A value of 0 uses the default.
    ///
    /// This is only an upper limit. The actual number of results returned per call
    /// might be fewer than the specified maximum.
    pub fn max_results(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.max_results = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`max_results`](Self::max_results).
    pub fn set_max_results(mut self, input: ::std::option::Option<i64>) -> Self {
        self.max_results = input;
        self
    }
    /// If `nextToken` is returned, there are more results available. The value of
    /// `nextToken` is a unique pagination token for each page. Make the call again
    /// using the returned token to retrieve the next page. Keep all other arguments
    /// unchanged. Each pagination token expires after 24 hours. Using an expired
    /// pagination token will return an *HTTP 400 InvalidToken* error.
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
    /// Lists events in descending order of their `timeStamp`.
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
    /// The list of events that occurred in the execution.
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
    /// If `nextToken` is returned, there are more results available. The value of
    /// `nextToken` is a unique pagination token for each page. Make the call again
    /// using the returned token to retrieve the next page. Keep all other arguments
    /// unchanged. Each pagination token expires after 24 hours. Using an expired
    /// pagination token will return an *HTTP 400 InvalidToken* error.
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
}
impl ::std::fmt::Debug for HistoryEventBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("HistoryEventBuilder").finish_non_exhaustive()
    }
}
impl HistoryEventBuilder {
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
    /// Contains details about an activity schedule event that failed during an
    /// execution.
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
    /// The id of the event. Events are numbered sequentially, starting at one.
    pub fn id(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`id`](Self::id).
    pub fn set_id(mut self, input: ::std::option::Option<i64>) -> Self {
        self.id = input;
        self
    }
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
    /// Contains details about a lambda function that failed to start during an
    /// execution.
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
    /// Contains details about a Lambda function that terminated successfully during an
    /// execution.
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
    /// Contains details about an iteration of a Map state that was aborted.
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
    /// Contains details about an iteration of a Map state that failed.
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
    /// Contains details about an iteration of a Map state that was started.
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
    /// Contains details about an iteration of a Map state that succeeded.
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
    /// Contains error and cause details about a Map Run that failed.
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
    /// Contains details, such as `mapRunArn`, and the start date and time of a Map Run.
    /// `mapRunArn` is the Amazon Resource Name (ARN) of the Map Run that was started.
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
    /// Contains details about Map state that was started.
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
    /// The id of the previous event.
    pub fn previous_event_id(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.previous_event_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`previous_event_id`](Self::previous_event_id).
    pub fn set_previous_event_id(mut self, input: ::std::option::Option<i64>) -> Self {
        self.previous_event_id = input;
        self
    }
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
    /// Contains details about the failure of a task.
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
    /// Contains details about a task that was scheduled.
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
    /// Contains details about a task that failed to start.
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
    /// Contains details about a task that was started.
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
    /// Contains details about a task that where the submit failed.
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
    /// Contains details about a submitted task.
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
    /// Contains details about a task that succeeded.
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
    /// Contains details about a task that timed out.
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
    /// The date and time the event occurred.
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
    /// The type of the event.
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
    /// Indicates whether input or output was truncated in the response. Always `false`
    /// for API calls.
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
    /// A more detailed explanation of the cause of the failure.
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
    /// The error code of the failure.
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
    /// A more detailed explanation of the cause of the failure.
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
    /// The error code of the failure.
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
    /// The JSON data input to the Lambda function. Length constraints apply to the
    /// payload size, and are expressed as bytes in UTF-8 encoding.
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
    /// Contains details about input for an execution history event.
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
    /// The Amazon Resource Name (ARN) of the scheduled Lambda function.
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
    /// The credentials that Step Functions uses for the task.
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
    /// The maximum allowed duration of the Lambda function.
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
    /// A more detailed explanation of the cause of the failure.
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
    /// The error code of the failure.
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
    /// The JSON data output by the Lambda function. Length constraints apply to the
    /// payload size, and are expressed as bytes in UTF-8 encoding.
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
    /// Contains details about the output of an execution history event.
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
    /// A more detailed explanation of the cause of the timeout.
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
    /// The error code of the failure.
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
    /// The maximum number of results that are returned per call. You can use
    /// `nextToken` to obtain further pages of results. The default is 100 and the
    /// maximum allowed page size is 1000. A value of 0 uses the default.
    ///
    /// This is only an upper limit. The actual number of results returned per call
    /// might be fewer than the specified maximum.
    pub fn max_results(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.max_results = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`max_results`](Self::max_results).
    pub fn set_max_results(mut self, input: ::std::option::Option<i64>) -> Self {
        self.max_results = input;
        self
    }
    /// If `nextToken` is returned, there are more results available. The value of
    /// `nextToken` is a unique pagination token for each page. Make the call again
    /// using the returned token to retrieve the next page. Keep all other arguments
    /// unchanged. Each pagination token expires after 24 hours. Using an expired
    /// pagination token will return an *HTTP 400 InvalidToken* error.
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
    /// The list of activities.
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
    /// If `nextToken` is returned, there are more results available. The value of
    /// `nextToken` is a unique pagination token for each page. Make the call again
    /// using the returned token to retrieve the next page. Keep all other arguments
    /// unchanged. Each pagination token expires after 24 hours. Using an expired
    /// pagination token will return an *HTTP 400 InvalidToken* error.
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
}
impl ::std::fmt::Debug for ListExecutionsInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListExecutionsInputBuilder").finish_non_exhaustive()
    }
}
impl ListExecutionsInputBuilder {
    /// The Amazon Resource Name (ARN) of the Map Run that started the child workflow
    /// executions. If the `mapRunArn` field is specified, a list of all of the child
    /// workflow executions started by a Map Run is returned. For more information, see
    /// [Examining Map
    /// Run](https://docs.aws.amazon.com/step-functions/latest/dg/concepts-examine-map-run.html)
    /// in the *Step Functions Developer Guide*.
    ///
    /// You can specify either a `mapRunArn` or a `stateMachineArn`, but not both.
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
    /// The maximum number of results that are returned per call. You can use
    /// `nextToken` to obtain further pages of results. The default is 100 and the
    /// maximum allowed page size is 1000. A value of 0 uses the default.
    ///
    /// This is only an upper limit. The actual number of results returned per call
    /// might be fewer than the specified maximum.
    pub fn max_results(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.max_results = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`max_results`](Self::max_results).
    pub fn set_max_results(mut self, input: ::std::option::Option<i64>) -> Self {
        self.max_results = input;
        self
    }
    /// If `nextToken` is returned, there are more results available. The value of
    /// `nextToken` is a unique pagination token for each page. Make the call again
    /// using the returned token to retrieve the next page. Keep all other arguments
    /// unchanged. Each pagination token expires after 24 hours. Using an expired
    /// pagination token will return an *HTTP 400 InvalidToken* error.
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
    /// The Amazon Resource Name (ARN) of the state machine whose executions is listed.
    ///
    /// You can specify either a `mapRunArn` or a `stateMachineArn`, but not both.
    ///
    /// You can also return a list of executions associated with a specific
    /// [alias](https://docs.aws.amazon.com/step-functions/latest/dg/concepts-state-machine-alias.html)
    /// or
    /// [version](https://docs.aws.amazon.com/step-functions/latest/dg/concepts-state-machine-version.html),
    /// by specifying an alias ARN or a version ARN in the `stateMachineArn` parameter.
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
    /// If specified, only list the executions whose current execution status matches
    /// the given filter.
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
    /// The list of matching executions.
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
    /// If `nextToken` is returned, there are more results available. The value of
    /// `nextToken` is a unique pagination token for each page. Make the call again
    /// using the returned token to retrieve the next page. Keep all other arguments
    /// unchanged. Each pagination token expires after 24 hours. Using an expired
    /// pagination token will return an *HTTP 400 InvalidToken* error.
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
    /// The Amazon Resource Name (ARN) of the execution for which the Map Runs must be
    /// listed.
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
    /// The maximum number of results that are returned per call. You can use
    /// `nextToken` to obtain further pages of results. The default is 100 and the
    /// maximum allowed page size is 1000. A value of 0 uses the default.
    ///
    /// This is only an upper limit. The actual number of results returned per call
    /// might be fewer than the specified maximum.
    pub fn max_results(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.max_results = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`max_results`](Self::max_results).
    pub fn set_max_results(mut self, input: ::std::option::Option<i64>) -> Self {
        self.max_results = input;
        self
    }
    /// If `nextToken` is returned, there are more results available. The value of
    /// `nextToken` is a unique pagination token for each page. Make the call again
    /// using the returned token to retrieve the next page. Keep all other arguments
    /// unchanged. Each pagination token expires after 24 hours. Using an expired
    /// pagination token will return an *HTTP 400 InvalidToken* error.
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
    /// An array that lists information related to a Map Run, such as the Amazon
    /// Resource Name (ARN) of the Map Run and the ARN of the state machine that started
    /// the Map Run.
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
    /// If `nextToken` is returned, there are more results available. The value of
    /// `nextToken` is a unique pagination token for each page. Make the call again
    /// using the returned token to retrieve the next page. Keep all other arguments
    /// unchanged. Each pagination token expires after 24 hours. Using an expired
    /// pagination token will return an *HTTP 400 InvalidToken* error.
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
    /// The maximum number of results that are returned per call. You can use
    /// `nextToken` to obtain further pages of results. The default is 100 and the
    /// maximum allowed page size is 1000. A value of 0 uses the default.
    ///
    /// This is only an upper limit. The actual number of results returned per call
    /// might be fewer than the specified maximum.
    pub fn max_results(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.max_results = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`max_results`](Self::max_results).
    pub fn set_max_results(mut self, input: ::std::option::Option<i64>) -> Self {
        self.max_results = input;
        self
    }
    /// If `nextToken` is returned, there are more results available. The value of
    /// `nextToken` is a unique pagination token for each page. Make the call again
    /// using the returned token to retrieve the next page. Keep all other arguments
    /// unchanged. Each pagination token expires after 24 hours. Using an expired
    /// pagination token will return an *HTTP 400 InvalidToken* error.
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
    /// The Amazon Resource Name (ARN) of the state machine for which you want to list
    /// aliases.
    ///
    /// If you specify a state machine version ARN, this API returns a list of aliases
    /// for that version.
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
    /// If `nextToken` is returned, there are more results available. The value of
    /// `nextToken` is a unique pagination token for each page. Make the call again
    /// using the returned token to retrieve the next page. Keep all other arguments
    /// unchanged. Each pagination token expires after 24 hours. Using an expired
    /// pagination token will return an *HTTP 400 InvalidToken* error.
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
    /// Aliases for the state machine.
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
    /// The maximum number of results that are returned per call. You can use
    /// `nextToken` to obtain further pages of results. The default is 100 and the
    /// maximum allowed page size is 1000. A value of 0 uses the default.
    ///
    /// This is only an upper limit. The actual number of results returned per call
    /// might be fewer than the specified maximum.
    pub fn max_results(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.max_results = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`max_results`](Self::max_results).
    pub fn set_max_results(mut self, input: ::std::option::Option<i64>) -> Self {
        self.max_results = input;
        self
    }
    /// If `nextToken` is returned, there are more results available. The value of
    /// `nextToken` is a unique pagination token for each page. Make the call again
    /// using the returned token to retrieve the next page. Keep all other arguments
    /// unchanged. Each pagination token expires after 24 hours. Using an expired
    /// pagination token will return an *HTTP 400 InvalidToken* error.
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
    /// The Amazon Resource Name (ARN) of the state machine.
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
    /// If `nextToken` is returned, there are more results available. The value of
    /// `nextToken` is a unique pagination token for each page. Make the call again
    /// using the returned token to retrieve the next page. Keep all other arguments
    /// unchanged. Each pagination token expires after 24 hours. Using an expired
    /// pagination token will return an *HTTP 400 InvalidToken* error.
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
    /// Versions for the state machine.
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
    /// The maximum number of results that are returned per call. You can use
    /// `nextToken` to obtain further pages of results. The default is 100 and the
    /// maximum allowed page size is 1000. A value of 0 uses the default.
    ///
    /// This is only an upper limit. The actual number of results returned per call
    /// might be fewer than the specified maximum.
    pub fn max_results(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.max_results = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`max_results`](Self::max_results).
    pub fn set_max_results(mut self, input: ::std::option::Option<i64>) -> Self {
        self.max_results = input;
        self
    }
    /// If `nextToken` is returned, there are more results available. The value of
    /// `nextToken` is a unique pagination token for each page. Make the call again
    /// using the returned token to retrieve the next page. Keep all other arguments
    /// unchanged. Each pagination token expires after 24 hours. Using an expired
    /// pagination token will return an *HTTP 400 InvalidToken* error.
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
    /// If `nextToken` is returned, there are more results available. The value of
    /// `nextToken` is a unique pagination token for each page. Make the call again
    /// using the returned token to retrieve the next page. Keep all other arguments
    /// unchanged. Each pagination token expires after 24 hours. Using an expired
    /// pagination token will return an *HTTP 400 InvalidToken* error.
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
    /// The Amazon Resource Name (ARN) for the Step Functions state machine or activity.
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
    /// An array of tags associated with the resource.
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
    /// An object describing a CloudWatch log group. For more information, see
    /// [AWS::Logs::LogGroup](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-logs-loggroup.html)
    /// in the CloudFormation User Guide.
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
    /// An array of objects that describes where your execution history events will be
    /// logged. Limited to size 1. Required, if your log level is not set to `OFF`.
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
    /// Determines whether execution data is included in your log. When set to `false`,
    /// data is excluded.
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
    /// Defines which category of execution history events are logged.
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
    /// The index of the array belonging to the Map state iteration.
    pub fn index(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.index = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`index`](Self::index).
    pub fn set_index(mut self, input: ::std::option::Option<i64>) -> Self {
        self.index = input;
        self
    }
    /// The name of the iteration’s parent Map state.
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
}
impl ::std::fmt::Debug for MapRunExecutionCountsBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("MapRunExecutionCountsBuilder").finish_non_exhaustive()
    }
}
impl MapRunExecutionCountsBuilder {
    /// The total number of child workflow executions that were started by a Map Run and
    /// were running, but were either stopped by the user or by Step Functions because
    /// the Map Run failed.
    pub fn aborted(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.aborted = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`aborted`](Self::aborted).
    pub fn set_aborted(mut self, input: ::std::option::Option<i64>) -> Self {
        self.aborted = input;
        self
    }
    /// The total number of child workflow executions that were started by a Map Run,
    /// but have failed.
    pub fn failed(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.failed = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`failed`](Self::failed).
    pub fn set_failed(mut self, input: ::std::option::Option<i64>) -> Self {
        self.failed = input;
        self
    }
    /// The total number of child workflow executions that were started by a Map Run,
    /// but haven't started executing yet.
    pub fn pending(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.pending = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`pending`](Self::pending).
    pub fn set_pending(mut self, input: ::std::option::Option<i64>) -> Self {
        self.pending = input;
        self
    }
    /// Returns the count of child workflow executions whose results were written by
    /// `ResultWriter`. For more information, see
    /// [ResultWriter](https://docs.aws.amazon.com/step-functions/latest/dg/input-output-resultwriter.html)
    /// in the *Step Functions Developer Guide*.
    pub fn results_written(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.results_written = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`results_written`](Self::results_written).
    pub fn set_results_written(mut self, input: ::std::option::Option<i64>) -> Self {
        self.results_written = input;
        self
    }
    /// The total number of child workflow executions that were started by a Map Run and
    /// are currently in-progress.
    pub fn running(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.running = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`running`](Self::running).
    pub fn set_running(mut self, input: ::std::option::Option<i64>) -> Self {
        self.running = input;
        self
    }
    /// The total number of child workflow executions that were started by a Map Run and
    /// have completed successfully.
    pub fn succeeded(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.succeeded = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`succeeded`](Self::succeeded).
    pub fn set_succeeded(mut self, input: ::std::option::Option<i64>) -> Self {
        self.succeeded = input;
        self
    }
    /// The total number of child workflow executions that were started by a Map Run and
    /// have timed out.
    pub fn timed_out(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.timed_out = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`timed_out`](Self::timed_out).
    pub fn set_timed_out(mut self, input: ::std::option::Option<i64>) -> Self {
        self.timed_out = input;
        self
    }
    /// The total number of child workflow executions that were started by a Map Run.
    pub fn total(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.total = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`total`](Self::total).
    pub fn set_total(mut self, input: ::std::option::Option<i64>) -> Self {
        self.total = input;
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
    /// A more detailed explanation of the cause of the failure.
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
    /// The error code of the Map Run failure.
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
}
impl ::std::fmt::Debug for MapRunItemCountsBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("MapRunItemCountsBuilder").finish_non_exhaustive()
    }
}
impl MapRunItemCountsBuilder {
    /// The total number of items processed in child workflow executions that were
    /// either stopped by the user or by Step Functions, because the Map Run failed.
    pub fn aborted(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.aborted = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`aborted`](Self::aborted).
    pub fn set_aborted(mut self, input: ::std::option::Option<i64>) -> Self {
        self.aborted = input;
        self
    }
    /// The total number of items processed in child workflow executions that have
    /// failed.
    pub fn failed(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.failed = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`failed`](Self::failed).
    pub fn set_failed(mut self, input: ::std::option::Option<i64>) -> Self {
        self.failed = input;
        self
    }
    /// The total number of items to process in child workflow executions that haven't
    /// started running yet.
    pub fn pending(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.pending = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`pending`](Self::pending).
    pub fn set_pending(mut self, input: ::std::option::Option<i64>) -> Self {
        self.pending = input;
        self
    }
    /// Returns the count of items whose results were written by `ResultWriter`. For
    /// more information, see
    /// [ResultWriter](https://docs.aws.amazon.com/step-functions/latest/dg/input-output-resultwriter.html)
    /// in the *Step Functions Developer Guide*.
    pub fn results_written(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.results_written = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`results_written`](Self::results_written).
    pub fn set_results_written(mut self, input: ::std::option::Option<i64>) -> Self {
        self.results_written = input;
        self
    }
    /// The total number of items being processed in child workflow executions that are
    /// currently in-progress.
    pub fn running(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.running = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`running`](Self::running).
    pub fn set_running(mut self, input: ::std::option::Option<i64>) -> Self {
        self.running = input;
        self
    }
    /// The total number of items processed in child workflow executions that have
    /// completed successfully.
    pub fn succeeded(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.succeeded = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`succeeded`](Self::succeeded).
    pub fn set_succeeded(mut self, input: ::std::option::Option<i64>) -> Self {
        self.succeeded = input;
        self
    }
    /// The total number of items processed in child workflow executions that have timed
    /// out.
    pub fn timed_out(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.timed_out = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`timed_out`](Self::timed_out).
    pub fn set_timed_out(mut self, input: ::std::option::Option<i64>) -> Self {
        self.timed_out = input;
        self
    }
    /// The total number of items processed in all the child workflow executions started
    /// by a Map Run.
    pub fn total(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.total = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`total`](Self::total).
    pub fn set_total(mut self, input: ::std::option::Option<i64>) -> Self {
        self.total = input;
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
                .ok_or(crate::runtime::BuildError::missing("MapRunItemCounts", "total"))?,
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
    /// The `executionArn` of the execution from which the Map Run was started.
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
    /// The Amazon Resource Name (ARN) of the Map Run.
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
    /// The date on which the Map Run started.
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
    /// The Amazon Resource Name (ARN) of the executed state machine.
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
    /// The date on which the Map Run stopped.
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
    /// The Amazon Resource Name (ARN) of a Map Run that was started.
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
    /// The size of the array for Map state iterations.
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
    /// An optional description of the state machine version.
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
    /// Only publish the state machine version if the current state machine's revision
    /// ID matches the specified ID.
    ///
    /// Use this option to avoid publishing a version if the state machine changed since
    /// you last updated it. If the specified revision ID doesn't match the state
    /// machine's current revision ID, the API returns `ConflictException`.
    ///
    /// **Note:** To specify an initial revision ID for a state machine with no revision
    /// ID assigned, specify the string `INITIAL` for the `revisionId` parameter. For
    /// example, you can specify a `revisionID` of `INITIAL` when you create a state
    /// machine using the CreateStateMachine API action.
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
    /// The Amazon Resource Name (ARN) of the state machine.
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
    /// The date the version was created.
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
    /// The Amazon Resource Name (ARN) (ARN) that identifies the state machine version.
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
    /// The Amazon Resource Name (ARN) that identifies one or two state machine versions
    /// defined in the routing configuration.
    ///
    /// If you specify the ARN of a second version, it must belong to the same state
    /// machine as the first version.
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
    /// The percentage of traffic you want to route to the second state machine version.
    /// The sum of the weights in the routing configuration must be equal to 100.
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
    /// A more detailed explanation of the cause of the failure.
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
    /// The error code of the failure.
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
    /// The token that represents this task. Task tokens are generated by Step Functions
    /// when tasks are assigned to a worker, or in the [context
    /// object](https://docs.aws.amazon.com/step-functions/latest/dg/input-output-contextobject.html)
    /// when a workflow enters a task state. See GetActivityTaskOutput$taskToken.
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
    /// The token that represents this task. Task tokens are generated by Step Functions
    /// when tasks are assigned to a worker, or in the [context
    /// object](https://docs.aws.amazon.com/step-functions/latest/dg/input-output-contextobject.html)
    /// when a workflow enters a task state. See GetActivityTaskOutput$taskToken.
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
    /// The JSON output of the task. Length constraints apply to the payload size, and
    /// are expressed as bytes in UTF-8 encoding.
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
    /// The token that represents this task. Task tokens are generated by Step Functions
    /// when tasks are assigned to a worker, or in the [context
    /// object](https://docs.aws.amazon.com/step-functions/latest/dg/input-output-contextobject.html)
    /// when a workflow enters a task state. See GetActivityTaskOutput$taskToken.
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
    /// The string that contains the JSON input data for the execution, for example:
    ///
    /// `"input": "{\"first_name\" : \"test\"}"`
    ///
    /// **Note:** If you don't include any JSON input data, you still must include the
    /// two braces, for example: `"input": "{}"`
    ///
    /// Length constraints apply to the payload size, and are expressed as bytes in
    /// UTF-8 encoding.
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
    /// Optional name of the execution. This name must be unique for your Amazon Web
    /// Services account, Region, and state machine for 90 days. For more information,
    /// see [Limits Related to State Machine
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
    /// The Amazon Resource Name (ARN) of the state machine to execute.
    ///
    /// The `stateMachineArn` parameter accepts one of the following inputs:
    ///
    /// - **An unqualified state machine ARN** – Refers to a state machine ARN that
    ///   isn't qualified with a version or alias ARN. The following is an example of an
    ///   unqualified state machine ARN.
    ///
    ///   `arn:<partition>:states:<region>:<account-id>:stateMachine:<myStateMachine>`
    ///
    ///   Step Functions doesn't associate state machine executions that you start with
    ///   an unqualified ARN with a version. This is true even if that version uses the
    ///   same revision that the execution used.
    ///
    /// - **A state machine version ARN** – Refers to a version ARN, which is a
    ///   combination of state machine ARN and the version number separated by a colon
    ///   (:). The following is an example of the ARN for version 10.
    ///
    ///   `arn:<partition>:states:<region>:<account-id>:stateMachine:<myStateMachine>:10`
    ///
    ///   Step Functions doesn't associate executions that you start with a version ARN
    ///   with any aliases that point to that version.
    ///
    /// - **A state machine alias ARN** – Refers to an alias ARN, which is a combination
    ///   of state machine ARN and the alias name separated by a colon (:). The
    ///   following is an example of the ARN for an alias named `PROD`.
    ///
    ///   `arn:<partition>:states:<region>:<account-id>:stateMachine:<myStateMachine:PROD>`
    ///
    ///   Step Functions associates executions that you start with an alias ARN with
    ///   that alias and the state machine version used for that execution.
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
    /// Passes the X-Ray trace header. The trace header can also be passed in the
    /// request payload.
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
    /// The Amazon Resource Name (ARN) that identifies the execution.
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
    /// The date the execution is started.
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
}
impl ::std::fmt::Debug for StartSyncExecutionInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("StartSyncExecutionInputBuilder").finish_non_exhaustive()
    }
}
impl StartSyncExecutionInputBuilder {
    /// The string that contains the JSON input data for the execution, for example:
    ///
    /// `"input": "{\"first_name\" : \"test\"}"`
    ///
    /// **Note:** If you don't include any JSON input data, you still must include the
    /// two braces, for example: `"input": "{}"`
    ///
    /// Length constraints apply to the payload size, and are expressed as bytes in
    /// UTF-8 encoding.
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
    /// The name of the execution.
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
    /// The Amazon Resource Name (ARN) of the state machine to execute.
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
    /// Passes the X-Ray trace header. The trace header can also be passed in the
    /// request payload.
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
    /// An object that describes workflow billing details, including billed duration and
    /// memory use.
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
    /// A more detailed explanation of the cause of the failure.
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
    /// The error code of the failure.
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
    /// The Amazon Resource Name (ARN) that identifies the execution.
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
    /// The string that contains the JSON input data of the execution. Length
    /// constraints apply to the payload size, and are expressed as bytes in UTF-8
    /// encoding.
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
    /// The name of the execution.
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
    /// The JSON output data of the execution. Length constraints apply to the payload
    /// size, and are expressed as bytes in UTF-8 encoding.
    ///
    /// **Note:** This field is set only if the execution succeeds. If the execution
    /// fails, this field is null.
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
    /// The date the execution is started.
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
    /// The Amazon Resource Name (ARN) that identifies the state machine.
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
    /// The current status of the execution.
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
    /// If the execution has already ended, the date the execution stopped.
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
    /// The X-Ray trace header that was passed to the execution.
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
    /// The string that contains the JSON input data for the state. Length constraints
    /// apply to the payload size, and are expressed as bytes in UTF-8 encoding.
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
    /// Contains details about the input for an execution history event.
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
    /// The name of the state.
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
}
impl ::std::fmt::Debug for StateExitedEventDetailsBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("StateExitedEventDetailsBuilder").finish_non_exhaustive()
    }
}
impl StateExitedEventDetailsBuilder {
    /// The name of the state.
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
    /// The JSON output data of the state. Length constraints apply to the payload size,
    /// and are expressed as bytes in UTF-8 encoding.
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
    /// Contains details about the output of an execution history event.
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
    /// The creation date of a state machine alias.
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
    /// The Amazon Resource Name (ARN) that identifies a state machine alias. The alias
    /// ARN is a combination of state machine ARN and the alias name separated by a
    /// colon (:). For example, `stateMachineARN:PROD`.
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
    /// The date the state machine is created.
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
    /// The name of the state machine.
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
    /// The Amazon Resource Name (ARN) that identifies the state machine.
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
    /// The creation date of a state machine version.
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
    /// The Amazon Resource Name (ARN) that identifies a state machine version. The
    /// version ARN is a combination of state machine ARN and the version number
    /// separated by a colon (:). For example, `stateMachineARN:1`.
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
    /// A more detailed explanation of the cause of the failure.
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
    /// The error code of the failure.
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
    /// The Amazon Resource Name (ARN) of the execution to stop.
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
    /// The date the execution is stopped.
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
    /// The key of a tag.
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
    /// The value of a tag.
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
    /// The Amazon Resource Name (ARN) for the Step Functions state machine or activity.
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
    /// The list of tags to add to a resource.
    ///
    /// Tags may only contain Unicode letters, digits, white space, or these symbols:
    /// `_ . : / = + - @`.
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
    /// The ARN of an IAM role that Step Functions assumes for the task. The role can
    /// allow cross-account access to resources.
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
    /// A more detailed explanation of the cause of the failure.
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
    /// The error code of the failure.
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
    /// The action of the resource called by a task state.
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
    /// The service name of the resource in a task state.
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
    /// The maximum allowed duration between two heartbeats for the task.
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
    /// The JSON data passed to the resource referenced in a task state. Length
    /// constraints apply to the payload size, and are expressed as bytes in UTF-8
    /// encoding.
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
    /// The region of the scheduled task
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
    /// The action of the resource called by a task state.
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
    /// The service name of the resource in a task state.
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
    /// The credentials that Step Functions uses for the task.
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
    /// The maximum allowed duration of the task.
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
    /// A more detailed explanation of the cause of the failure.
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
    /// The error code of the failure.
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
    /// The action of the resource called by a task state.
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
    /// The service name of the resource in a task state.
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
    /// The action of the resource called by a task state.
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
    /// The service name of the resource in a task state.
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
    /// A more detailed explanation of the cause of the failure.
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
    /// The error code of the failure.
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
    /// The action of the resource called by a task state.
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
    /// The service name of the resource in a task state.
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
    /// The response from a resource when a task has started. Length constraints apply
    /// to the payload size, and are expressed as bytes in UTF-8 encoding.
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
    /// Contains details about the output of an execution history event.
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
    /// The action of the resource called by a task state.
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
    /// The service name of the resource in a task state.
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
    /// The full JSON response from a resource when a task has succeeded. This response
    /// becomes the output of the related task. Length constraints apply to the payload
    /// size, and are expressed as bytes in UTF-8 encoding.
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
    /// Contains details about the output of an execution history event.
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
    /// The action of the resource called by a task state.
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
    /// The service name of the resource in a task state.
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
    /// A more detailed explanation of the cause of the failure.
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
    /// The error code of the failure.
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
    /// The action of the resource called by a task state.
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
    /// The service name of the resource in a task state.
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
    /// When set to `true`, X-Ray tracing is enabled.
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
    /// The Amazon Resource Name (ARN) for the Step Functions state machine or activity.
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
    /// The list of tags to remove from the resource.
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
    /// The Amazon Resource Name (ARN) of a Map Run.
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
    /// The maximum number of child workflow executions that can be specified to run in
    /// parallel for the Map Run at the same time.
    pub fn max_concurrency(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.max_concurrency = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`max_concurrency`](Self::max_concurrency).
    pub fn set_max_concurrency(mut self, input: ::std::option::Option<i64>) -> Self {
        self.max_concurrency = input;
        self
    }
    /// The maximum number of failed items before the Map Run fails.
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
    /// The maximum percentage of failed items before the Map Run fails.
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
    /// A description of the state machine alias.
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
    /// The routing configuration of the state machine alias.
    ///
    /// An array of `RoutingConfig` objects that specifies up to two state machine
    /// versions that the alias starts executions for.
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
    /// The Amazon Resource Name (ARN) of the state machine alias.
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
    /// The date and time the state machine alias was updated.
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
}
impl ::std::fmt::Debug for UpdateStateMachineInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdateStateMachineInputBuilder").finish_non_exhaustive()
    }
}
impl UpdateStateMachineInputBuilder {
    /// The Amazon States Language definition of the state machine. See [Amazon States
    /// Language](https://docs.aws.amazon.com/step-functions/latest/dg/concepts-amazon-states-language.html).
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
    /// Use the `LoggingConfiguration` data type to set CloudWatch Logs options.
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
    /// Specifies whether the state machine version is published. The default is
    /// `false`. To publish a version after updating the state machine, set `publish` to
    /// `true`.
    pub fn publish(mut self, input: impl ::std::convert::Into<bool>) -> Self {
        self.publish = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`publish`](Self::publish).
    pub fn set_publish(mut self, input: ::std::option::Option<bool>) -> Self {
        self.publish = input;
        self
    }
    /// The Amazon Resource Name (ARN) of the IAM role of the state machine.
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
    /// The Amazon Resource Name (ARN) of the state machine.
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
    /// Selects whether X-Ray tracing is enabled.
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
    /// An optional description of the state machine version to publish.
    ///
    /// You can only specify the `versionDescription` parameter if you've set `publish`
    /// to `true`.
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
    /// The revision identifier for the updated state machine.
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
    /// The Amazon Resource Name (ARN) of the published state machine version.
    ///
    /// If the `publish` parameter isn't set to `true`, this field returns null.
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
    /// The date and time the state machine was updated.
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
