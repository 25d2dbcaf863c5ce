//! Data types of the service: one per structure and enum in the spec.
pub mod builders;
pub mod error;
/// Contains details about an activity that failed during an execution.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ActivityFailedEventDetails {
    /// A more detailed explanation of the cause of the failure.
    #[serde(rename = "cause", default)]
    pub cause: ::std::option::Option<::std::string::String>,
    /// The error code of the failure.
    #[serde(rename = "error", default)]
    pub error: ::std::option::Option<::std::string::String>,
}
impl ActivityFailedEventDetails {
    /// A new [`ActivityFailedEventDetailsBuilder`](crate::types::builders::ActivityFailedEventDetailsBuilder).
    pub fn builder() -> crate::types::builders::ActivityFailedEventDetailsBuilder {
        ::std::default::Default::default()
    }
}
impl ::std::fmt::Debug for ActivityFailedEventDetails {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let mut s = f.debug_struct("ActivityFailedEventDetails");
        s.field("cause", &"*** Sensitive Data Redacted ***");
        s.field("error", &"*** Sensitive Data Redacted ***");
        s.finish()
    }
}
/// Contains details about an activity.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ActivityListItem {
    /// The Amazon Resource Name (ARN) that identifies the activity.
    #[serde(rename = "activityArn", default)]
    pub activity_arn: ::std::string::String,
    /// The date the activity is created.
    #[serde(rename = "creationDate", default)]
    pub creation_date: crate::runtime::Timestamp,
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
    #[serde(rename = "name", default)]
    pub name: ::std::string::String,
}
impl ActivityListItem {
    /// A new [`ActivityListItemBuilder`](crate::types::builders::ActivityListItemBuilder).
    pub fn builder() -> crate::types::builders::ActivityListItemBuilder {
        ::std::default::Default::default()
    }
}
/// Contains details about an activity schedule failure that occurred during an
/// execution.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ActivityScheduleFailedEventDetails {
    /// A more detailed explanation of the cause of the failure.
    #[serde(rename = "cause", default)]
    pub cause: ::std::option::Option<::std::string::String>,
    /// The error code of the failure.
    #[serde(rename = "error", default)]
    pub error: ::std::option::Option<::std::string::String>,
}
impl ActivityScheduleFailedEventDetails {
    /// A new [`ActivityScheduleFailedEventDetailsBuilder`](crate::types::builders::ActivityScheduleFailedEventDetailsBuilder).
    pub fn builder() -> crate::types::builders::ActivityScheduleFailedEventDetailsBuilder {
        ::std::default::Default::default()
    }
}
impl ::std::fmt::Debug for ActivityScheduleFailedEventDetails {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let mut s = f.debug_struct("ActivityScheduleFailedEventDetails");
        s.field("cause", &"*** Sensitive Data Redacted ***");
        s.field("error", &"*** Sensitive Data Redacted ***");
        s.finish()
    }
}
/// Contains details about an activity scheduled during an execution.
#[derive(::std::clone::Clone, ::std::cmp::PartialEq, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ActivityScheduledEventDetails {
    /// The maximum allowed duration between two heartbeats for the activity task.
    #[serde(rename = "heartbeatInSeconds", default)]
    pub heartbeat_in_seconds: ::std::option::Option<i64>,
    /// The JSON data input to the activity task. Length constraints apply to the
    /// payload size, and are expressed as bytes in UTF-8 encoding.
    #[serde(rename = "input", default)]
    pub input: ::std::option::Option<::std::string::String>,
    /// Contains details about the input for an execution history event.
    #[serde(rename = "inputDetails", default)]
    pub input_details: ::std::option::Option<
        crate::types::HistoryEventExecutionDataDetails,
    >,
    /// The Amazon Resource Name (ARN) of the scheduled activity.
    #[serde(rename = "resource", default)]
    pub resource: ::std::string::String,
    /// The maximum allowed duration of the activity task.
    #[serde(rename = "timeoutInSeconds", default)]
    pub timeout_in_seconds: ::std::option::Option<i64>,
}
impl ActivityScheduledEventDetails {
    /// A new [`ActivityScheduledEventDetailsBuilder`](crate::types::builders::ActivityScheduledEventDetailsBuilder).
    pub fn builder() -> crate::types::builders::ActivityScheduledEventDetailsBuilder {
        ::std::default::Default::default()
    }
}
impl ::std::fmt::Debug for ActivityScheduledEventDetails {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let mut s = f.debug_struct("ActivityScheduledEventDetails");
        s.field("heartbeat_in_seconds", &self.heartbeat_in_seconds);
        s.field("input", &"*** Sensitive Data Redacted ***");
        s.field("input_details", &self.input_details);
        s.field("resource", &self.resource);
        s.field("timeout_in_seconds", &self.timeout_in_seconds);
        s.finish()
    }
}
/// Contains details about the start of an activity during an execution.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ActivityStartedEventDetails {
    /// The name of the worker that the task is assigned to. These names are provided by
    /// the workers when calling GetActivityTask.
    #[serde(rename = "workerName", default)]
    pub worker_name: ::std::option::Option<::std::string::String>,
}
impl ActivityStartedEventDetails {
    /// A new [`ActivityStartedEventDetailsBuilder`](crate::types::builders::ActivityStartedEventDetailsBuilder).
    pub fn builder() -> crate::types::builders::ActivityStartedEventDetailsBuilder {
        ::std::default::Default::default()
    }
}
/// Contains details about an activity that successfully terminated during an
/// execution.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ActivitySucceededEventDetails {
    /// The JSON data output by the activity task. Length constraints apply to the
    /// payload size, and are expressed as bytes in UTF-8 encoding.
    #[serde(rename = "output", default)]
    pub output: ::std::option::Option<::std::string::String>,
    /// Contains details about the output of an execution history event.
    #[serde(rename = "outputDetails", default)]
    pub output_details: ::std::option::Option<
        crate::types::HistoryEventExecutionDataDetails,
    >,
}
impl ActivitySucceededEventDetails {
    /// A new [`ActivitySucceededEventDetailsBuilder`](crate::types::builders::ActivitySucceededEventDetailsBuilder).
    pub fn builder() -> crate::types::builders::ActivitySucceededEventDetailsBuilder {
        ::std::default::Default::default()
    }
}
impl ::std::fmt::Debug for ActivitySucceededEventDetails {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let mut s = f.debug_struct("ActivitySucceededEventDetails");
        s.field("output", &"*** Sensitive Data Redacted ***");
        s.field("output_details", &self.output_details);
        s.finish()
    }
}
/// Contains details about an activity timeout that occurred during an execution.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ActivityTimedOutEventDetails {
    /// A more detailed explanation of the cause of the timeout.
    #[serde(rename = "cause", default)]
    pub cause: ::std::option::Option<::std::string::String>,
    /// The error code of the failure.
    #[serde(rename = "error", default)]
    pub error: ::std::option::Option<::std::string::String>,
}
impl ActivityTimedOutEventDetails {
    /// A new [`ActivityTimedOutEventDetailsBuilder`](crate::types::builders::ActivityTimedOutEventDetailsBuilder).
    pub fn builder() -> crate::types::builders::ActivityTimedOutEventDetailsBuilder {
        ::std::default::Default::default()
    }
}
impl ::std::fmt::Debug for ActivityTimedOutEventDetails {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let mut s = f.debug_struct("ActivityTimedOutEventDetails");
        s.field("cause", &"*** Sensitive Data Redacted ***");
        s.field("error", &"*** Sensitive Data Redacted ***");
        s.finish()
    }
}
/// From AWS's model: the apis.guru spec lacks it, and the model has no
/// documentation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct AssignedVariablesDetails {
    #[serde(rename = "truncated", default)]
    pub truncated: ::std::option::Option<bool>,
}
impl AssignedVariablesDetails {
    /// A new [`AssignedVariablesDetailsBuilder`](crate::types::builders::AssignedVariablesDetailsBuilder).
    pub fn builder() -> crate::types::builders::AssignedVariablesDetailsBuilder {
        ::std::default::Default::default()
    }
}
/// An object that describes workflow billing details.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct BillingDetails {
    /// Billed duration of your workflow, in milliseconds.
    #[serde(rename = "billedDurationInMilliseconds", default)]
    pub billed_duration_in_milliseconds: ::std::option::Option<i64>,
    /// Billed memory consumption of your workflow, in MB.
    #[serde(rename = "billedMemoryUsedInMB", default)]
    pub billed_memory_used_in_mb: ::std::option::Option<i64>,
}
impl BillingDetails {
    /// A new [`BillingDetailsBuilder`](crate::types::builders::BillingDetailsBuilder).
    pub fn builder() -> crate::types::builders::BillingDetailsBuilder {
        ::std::default::Default::default()
    }
}
/// Provides details about execution input or output.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct CloudWatchEventsExecutionDataDetails {
    /// Indicates whether input or output was included in the response. Always `true`
    /// for API calls.
    #[serde(rename = "included", default)]
    pub included: ::std::option::Option<bool>,
}
impl CloudWatchEventsExecutionDataDetails {
    /// A new [`CloudWatchEventsExecutionDataDetailsBuilder`](crate::types::builders::CloudWatchEventsExecutionDataDetailsBuilder).
    pub fn builder() -> crate::types::builders::CloudWatchEventsExecutionDataDetailsBuilder {
        ::std::default::Default::default()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct CloudWatchLogsLogGroup {
    /// The ARN of the the CloudWatch log group to which you want your logs emitted to.
    /// The ARN must end with `:*`
    #[serde(
        rename = "logGroupArn",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub log_group_arn: ::std::option::Option<::std::string::String>,
}
impl CloudWatchLogsLogGroup {
    /// A new [`CloudWatchLogsLogGroupBuilder`](crate::types::builders::CloudWatchLogsLogGroupBuilder).
    pub fn builder() -> crate::types::builders::CloudWatchLogsLogGroupBuilder {
        ::std::default::Default::default()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct CreateActivityInput {
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
    #[serde(rename = "name")]
    pub name: ::std::string::String,
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
    #[serde(
        rename = "tags",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tags: ::std::option::Option<::std::vec::Vec<crate::types::Tag>>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "encryptionConfiguration",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub encryption_configuration: ::std::option::Option<
        crate::types::EncryptionConfiguration,
    >,
}
impl CreateActivityInput {
    /// A new [`CreateActivityInputBuilder`](crate::types::builders::CreateActivityInputBuilder).
    pub fn builder() -> crate::types::builders::CreateActivityInputBuilder {
        ::std::default::Default::default()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct CreateActivityOutput {
    /// The Amazon Resource Name (ARN) that identifies the created activity.
    #[serde(rename = "activityArn", default)]
    pub activity_arn: ::std::string::String,
    /// The date the activity is created.
    #[serde(rename = "creationDate", default)]
    pub creation_date: crate::runtime::Timestamp,
}
impl CreateActivityOutput {
    /// A new [`CreateActivityOutputBuilder`](crate::types::builders::CreateActivityOutputBuilder).
    pub fn builder() -> crate::types::builders::CreateActivityOutputBuilder {
        ::std::default::Default::default()
    }
}
#[derive(::std::clone::Clone, ::std::cmp::PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct CreateStateMachineAliasInput {
    /// A description for the state machine alias.
    #[serde(
        rename = "description",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
    /// The name of the state machine alias.
    ///
    /// To avoid conflict with version ARNs, don't use an integer in the name of the
    /// alias.
    #[serde(rename = "name")]
    pub name: ::std::string::String,
    /// The routing configuration of a state machine alias. The routing configuration
    /// shifts execution traffic between two state machine versions.
    /// `routingConfiguration` contains an array of `RoutingConfig` objects that specify
    /// up to two state machine versions. Step Functions then randomly choses which
    /// version to run an execution with based on the weight assigned to each
    /// `RoutingConfig`.
    #[serde(rename = "routingConfiguration")]
    pub routing_configuration: ::std::vec::Vec<
        crate::types::RoutingConfigurationListItem,
    >,
}
impl CreateStateMachineAliasInput {
    /// A new [`CreateStateMachineAliasInputBuilder`](crate::types::builders::CreateStateMachineAliasInputBuilder).
    pub fn builder() -> crate::types::builders::CreateStateMachineAliasInputBuilder {
        ::std::default::Default::default()
    }
}
impl ::std::fmt::Debug for CreateStateMachineAliasInput {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let mut s = f.debug_struct("CreateStateMachineAliasInput");
        s.field("description", &"*** Sensitive Data Redacted ***");
        s.field("name", &self.name);
        s.field("routing_configuration", &self.routing_configuration);
        s.finish()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct CreateStateMachineAliasOutput {
    /// The date the state machine alias was created.
    #[serde(rename = "creationDate", default)]
    pub creation_date: crate::runtime::Timestamp,
    /// The Amazon Resource Name (ARN) that identifies the created state machine alias.
    #[serde(rename = "stateMachineAliasArn", default)]
    pub state_machine_alias_arn: ::std::string::String,
}
impl CreateStateMachineAliasOutput {
    /// A new [`CreateStateMachineAliasOutputBuilder`](crate::types::builders::CreateStateMachineAliasOutputBuilder).
    pub fn builder() -> crate::types::builders::CreateStateMachineAliasOutputBuilder {
        ::std::default::Default::default()
    }
}
#[derive(::std::clone::Clone, ::std::cmp::PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct CreateStateMachineInput {
    /// The Amazon States Language definition of the state machine. See [Amazon States
    /// Language](https://docs.aws.amazon.com/step-functions/latest/dg/concepts-amazon-states-language.html).
    #[serde(rename = "definition")]
    pub definition: ::std::string::String,
    /// Defines what execution history events are logged and where they are logged.
    ///
    /// **Note:** By default, the `level` is set to `OFF`. For more information see [Log
    /// Levels](https://docs.aws.amazon.com/step-functions/latest/dg/cloudwatch-log-level.html)
    /// in the Step Functions User Guide.
    #[serde(
        rename = "loggingConfiguration",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub logging_configuration: ::std::option::Option<crate::types::LoggingConfiguration>,
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
    #[serde(rename = "name")]
    pub name: ::std::string::String,
    /// Set to `true` to publish the first version of the state machine during creation.
    /// The default is `false`.
    #[serde(
        rename = "publish",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub publish: ::std::option::Option<bool>,
    /// The Amazon Resource Name (ARN) of the IAM role to use for this state machine.
    #[serde(rename = "roleArn")]
    pub role_arn: ::std::string::String,
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
    #[serde(
        rename = "tags",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tags: ::std::option::Option<::std::vec::Vec<crate::types::Tag>>,
    /// Selects whether X-Ray tracing is enabled.
    #[serde(
        rename = "tracingConfiguration",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tracing_configuration: ::std::option::Option<crate::types::TracingConfiguration>,
    /// Determines whether a Standard or Express state machine is created. The default
    /// is `STANDARD`. You cannot update the `type` of a state machine once it has been
    /// created.
    #[serde(
        rename = "type",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub r#type: ::std::option::Option<crate::types::StateMachineType>,
    /// Sets description about the state machine version. You can only set the
    /// description if the `publish` parameter is set to `true`. Otherwise, if you set
    /// `versionDescription`, but `publish` to `false`, this API action throws
    /// `ValidationException`.
    #[serde(
        rename = "versionDescription",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub version_description: ::std::option::Option<::std::string::String>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "encryptionConfiguration",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub encryption_configuration: ::std::option::Option<
        crate::types::EncryptionConfiguration,
    >,
}
impl CreateStateMachineInput {
    /// A new [`CreateStateMachineInputBuilder`](crate::types::builders::CreateStateMachineInputBuilder).
    pub fn builder() -> crate::types::builders::CreateStateMachineInputBuilder {
        ::std::default::Default::default()
    }
}
impl ::std::fmt::Debug for CreateStateMachineInput {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let mut s = f.debug_struct("CreateStateMachineInput");
        s.field("definition", &"*** Sensitive Data Redacted ***");
        s.field("logging_configuration", &self.logging_configuration);
        s.field("name", &self.name);
        s.field("publish", &self.publish);
        s.field("role_arn", &self.role_arn);
        s.field("tags", &self.tags);
        s.field("tracing_configuration", &self.tracing_configuration);
        s.field("type", &self.r#type);
        s.field("version_description", &"*** Sensitive Data Redacted ***");
        s.field("encryption_configuration", &self.encryption_configuration);
        s.finish()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct CreateStateMachineOutput {
    /// The date the state machine is created.
    #[serde(rename = "creationDate", default)]
    pub creation_date: crate::runtime::Timestamp,
    /// The Amazon Resource Name (ARN) that identifies the created state machine.
    #[serde(rename = "stateMachineArn", default)]
    pub state_machine_arn: ::std::string::String,
    /// The Amazon Resource Name (ARN) that identifies the created state machine
    /// version. If you do not set the `publish` parameter to `true`, this field returns
    /// null value.
    #[serde(rename = "stateMachineVersionArn", default)]
    pub state_machine_version_arn: ::std::option::Option<::std::string::String>,
}
impl CreateStateMachineOutput {
    /// A new [`CreateStateMachineOutputBuilder`](crate::types::builders::CreateStateMachineOutputBuilder).
    pub fn builder() -> crate::types::builders::CreateStateMachineOutputBuilder {
        ::std::default::Default::default()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct DeleteActivityInput {
    /// The Amazon Resource Name (ARN) of the activity to delete.
    #[serde(rename = "activityArn")]
    pub activity_arn: ::std::string::String,
}
impl DeleteActivityInput {
    /// A new [`DeleteActivityInputBuilder`](crate::types::builders::DeleteActivityInputBuilder).
    pub fn builder() -> crate::types::builders::DeleteActivityInputBuilder {
        ::std::default::Default::default()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct DeleteActivityOutput {}
impl DeleteActivityOutput {
    /// A new [`DeleteActivityOutputBuilder`](crate::types::builders::DeleteActivityOutputBuilder).
    pub fn builder() -> crate::types::builders::DeleteActivityOutputBuilder {
        ::std::default::Default::default()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct DeleteStateMachineAliasInput {
    /// The Amazon Resource Name (ARN) of the state machine alias to delete.
    #[serde(rename = "stateMachineAliasArn")]
    pub state_machine_alias_arn: ::std::string::String,
}
impl DeleteStateMachineAliasInput {
    /// A new [`DeleteStateMachineAliasInputBuilder`](crate::types::builders::DeleteStateMachineAliasInputBuilder).
    pub fn builder() -> crate::types::builders::DeleteStateMachineAliasInputBuilder {
        ::std::default::Default::default()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct DeleteStateMachineAliasOutput {}
impl DeleteStateMachineAliasOutput {
    /// A new [`DeleteStateMachineAliasOutputBuilder`](crate::types::builders::DeleteStateMachineAliasOutputBuilder).
    pub fn builder() -> crate::types::builders::DeleteStateMachineAliasOutputBuilder {
        ::std::default::Default::default()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct DeleteStateMachineInput {
    /// The Amazon Resource Name (ARN) of the state machine to delete.
    #[serde(rename = "stateMachineArn")]
    pub state_machine_arn: ::std::string::String,
}
impl DeleteStateMachineInput {
    /// A new [`DeleteStateMachineInputBuilder`](crate::types::builders::DeleteStateMachineInputBuilder).
    pub fn builder() -> crate::types::builders::DeleteStateMachineInputBuilder {
        ::std::default::Default::default()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct DeleteStateMachineOutput {}
impl DeleteStateMachineOutput {
    /// A new [`DeleteStateMachineOutputBuilder`](crate::types::builders::DeleteStateMachineOutputBuilder).
    pub fn builder() -> crate::types::builders::DeleteStateMachineOutputBuilder {
        ::std::default::Default::default()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct DeleteStateMachineVersionInput {
    /// The Amazon Resource Name (ARN) of the state machine version to delete.
    #[serde(rename = "stateMachineVersionArn")]
    pub state_machine_version_arn: ::std::string::String,
}
impl DeleteStateMachineVersionInput {
    /// A new [`DeleteStateMachineVersionInputBuilder`](crate::types::builders::DeleteStateMachineVersionInputBuilder).
    pub fn builder() -> crate::types::builders::DeleteStateMachineVersionInputBuilder {
        ::std::default::Default::default()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct DeleteStateMachineVersionOutput {}
impl DeleteStateMachineVersionOutput {
    /// A new [`DeleteStateMachineVersionOutputBuilder`](crate::types::builders::DeleteStateMachineVersionOutputBuilder).
    pub fn builder() -> crate::types::builders::DeleteStateMachineVersionOutputBuilder {
        ::std::default::Default::default()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct DescribeActivityInput {
    /// The Amazon Resource Name (ARN) of the activity to describe.
    #[serde(rename = "activityArn")]
    pub activity_arn: ::std::string::String,
}
impl DescribeActivityInput {
    /// A new [`DescribeActivityInputBuilder`](crate::types::builders::DescribeActivityInputBuilder).
    pub fn builder() -> crate::types::builders::DescribeActivityInputBuilder {
        ::std::default::Default::default()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct DescribeActivityOutput {
    /// The Amazon Resource Name (ARN) that identifies the activity.
    #[serde(rename = "activityArn", default)]
    pub activity_arn: ::std::string::String,
    /// The date the activity is created.
    #[serde(rename = "creationDate", default)]
    pub creation_date: crate::runtime::Timestamp,
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
    #[serde(rename = "name", default)]
    pub name: ::std::string::String,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "encryptionConfiguration", default)]
    pub encryption_configuration: ::std::option::Option<
        crate::types::EncryptionConfiguration,
    >,
}
impl DescribeActivityOutput {
    /// A new [`DescribeActivityOutputBuilder`](crate::types::builders::DescribeActivityOutputBuilder).
    pub fn builder() -> crate::types::builders::DescribeActivityOutputBuilder {
        ::std::default::Default::default()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct DescribeExecutionInput {
    /// The Amazon Resource Name (ARN) of the execution to describe.
    #[serde(rename = "executionArn")]
    pub execution_arn: ::std::string::String,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "includedData",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub included_data: ::std::option::Option<crate::types::IncludedData>,
}
impl DescribeExecutionInput {
    /// A new [`DescribeExecutionInputBuilder`](crate::types::builders::DescribeExecutionInputBuilder).
    pub fn builder() -> crate::types::builders::DescribeExecutionInputBuilder {
        ::std::default::Default::default()
    }
}
#[derive(::std::clone::Clone, ::std::cmp::PartialEq, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeExecutionOutput {
    /// The cause string if the state machine execution failed.
    #[serde(rename = "cause", default)]
    pub cause: ::std::option::Option<::std::string::String>,
    /// The error string if the state machine execution failed.
    #[serde(rename = "error", default)]
    pub error: ::std::option::Option<::std::string::String>,
    /// The Amazon Resource Name (ARN) that identifies the execution.
    #[serde(rename = "executionArn", default)]
    pub execution_arn: ::std::string::String,
    /// The string that contains the JSON input data of the execution. Length
    /// constraints apply to the payload size, and are expressed as bytes in UTF-8
    /// encoding.
    #[serde(rename = "input", default)]
    pub input: ::std::option::Option<::std::string::String>,
    #[serde(rename = "inputDetails", default)]
    pub input_details: ::std::option::Option<
        crate::types::CloudWatchEventsExecutionDataDetails,
    >,
    /// The Amazon Resource Name (ARN) that identifies a Map Run, which dispatched this
    /// execution.
    #[serde(rename = "mapRunArn", default)]
    pub map_run_arn: ::std::option::Option<::std::string::String>,
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
    #[serde(rename = "name", default)]
    pub name: ::std::option::Option<::std::string::String>,
    /// The JSON output data of the execution. Length constraints apply to the payload
    /// size, and are expressed as bytes in UTF-8 encoding.
    ///
    /// **Note:** This field is set only if the execution succeeds. If the execution
    /// fails, this field is null.
    #[serde(rename = "output", default)]
    pub output: ::std::option::Option<::std::string::String>,
    #[serde(rename = "outputDetails", default)]
    pub output_details: ::std::option::Option<
        crate::types::CloudWatchEventsExecutionDataDetails,
    >,
    /// The date the execution is started.
    #[serde(rename = "startDate", default)]
    pub start_date: crate::runtime::Timestamp,
    /// The Amazon Resource Name (ARN) of the state machine alias associated with the
    /// execution. The alias ARN is a combination of state machine ARN and the alias
    /// name separated by a colon (:). For example, `stateMachineARN:PROD`.
    ///
    /// If you start an execution from a `StartExecution` request with a state machine
    /// version ARN, this field will be null.
    #[serde(rename = "stateMachineAliasArn", default)]
    pub state_machine_alias_arn: ::std::option::Option<::std::string::String>,
    /// The Amazon Resource Name (ARN) of the executed stated machine.
    #[serde(rename = "stateMachineArn", default)]
    pub state_machine_arn: ::std::string::String,
    /// The Amazon Resource Name (ARN) of the state machine version associated with the
    /// execution. The version ARN is a combination of state machine ARN and the version
    /// number separated by a colon (:). For example, `stateMachineARN:1`.
    ///
    /// If you start an execution from a `StartExecution` request without specifying a
    /// state machine version or alias ARN, Step Functions returns a null value.
    #[serde(rename = "stateMachineVersionArn", default)]
    pub state_machine_version_arn: ::std::option::Option<::std::string::String>,
    /// The current status of the execution.
    #[serde(rename = "status")]
    pub status: crate::types::ExecutionStatus,
    /// If the execution ended, the date the execution stopped.
    #[serde(rename = "stopDate", default)]
    pub stop_date: ::std::option::Option<crate::runtime::Timestamp>,
    /// The X-Ray trace header that was passed to the execution.
    #[serde(rename = "traceHeader", default)]
    pub trace_header: ::std::option::Option<::std::string::String>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "redriveCount", default)]
    pub redrive_count: ::std::option::Option<i64>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "redriveDate", default)]
    pub redrive_date: ::std::option::Option<crate::runtime::Timestamp>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "redriveStatus", default)]
    pub redrive_status: ::std::option::Option<crate::types::ExecutionRedriveStatus>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "redriveStatusReason", default)]
    pub redrive_status_reason: ::std::option::Option<::std::string::String>,
}
impl DescribeExecutionOutput {
    /// A new [`DescribeExecutionOutputBuilder`](crate::types::builders::DescribeExecutionOutputBuilder).
    pub fn builder() -> crate::types::builders::DescribeExecutionOutputBuilder {
        ::std::default::Default::default()
    }
}
impl ::std::fmt::Debug for DescribeExecutionOutput {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let mut s = f.debug_struct("DescribeExecutionOutput");
        s.field("cause", &"*** Sensitive Data Redacted ***");
        s.field("error", &"*** Sensitive Data Redacted ***");
        s.field("execution_arn", &self.execution_arn);
        s.field("input", &"*** Sensitive Data Redacted ***");
        s.field("input_details", &self.input_details);
        s.field("map_run_arn", &self.map_run_arn);
        s.field("name", &self.name);
        s.field("output", &"*** Sensitive Data Redacted ***");
        s.field("output_details", &self.output_details);
        s.field("start_date", &self.start_date);
        s.field("state_machine_alias_arn", &self.state_machine_alias_arn);
        s.field("state_machine_arn", &self.state_machine_arn);
        s.field("state_machine_version_arn", &self.state_machine_version_arn);
        s.field("status", &self.status);
        s.field("stop_date", &self.stop_date);
        s.field("trace_header", &self.trace_header);
        s.field("redrive_count", &self.redrive_count);
        s.field("redrive_date", &self.redrive_date);
        s.field("redrive_status", &self.redrive_status);
        s.field("redrive_status_reason", &"*** Sensitive Data Redacted ***");
        s.finish()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct DescribeMapRunInput {
    /// The Amazon Resource Name (ARN) that identifies a Map Run.
    #[serde(rename = "mapRunArn")]
    pub map_run_arn: ::std::string::String,
}
impl DescribeMapRunInput {
    /// A new [`DescribeMapRunInputBuilder`](crate::types::builders::DescribeMapRunInputBuilder).
    pub fn builder() -> crate::types::builders::DescribeMapRunInputBuilder {
        ::std::default::Default::default()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct DescribeMapRunOutput {
    /// The Amazon Resource Name (ARN) that identifies the execution in which the Map
    /// Run was started.
    #[serde(rename = "executionArn", default)]
    pub execution_arn: ::std::string::String,
    /// A JSON object that contains information about the total number of child workflow
    /// executions for the Map Run, and the count of child workflow executions for each
    /// status, such as `failed` and `succeeded`.
    #[serde(rename = "executionCounts")]
    pub execution_counts: crate::types::MapRunExecutionCounts,
    /// A JSON object that contains information about the total number of items, and the
    /// item count for each processing status, such as `pending` and `failed`.
    #[serde(rename = "itemCounts")]
    pub item_counts: crate::types::MapRunItemCounts,
    /// The Amazon Resource Name (ARN) that identifies a Map Run.
    #[serde(rename = "mapRunArn", default)]
    pub map_run_arn: ::std::string::String,
    /// The maximum number of child workflow executions configured to run in parallel
    /// for the Map Run at the same time.
    #[serde(rename = "maxConcurrency", default)]
    pub max_concurrency: i64,
    /// The date when the Map Run was started.
    #[serde(rename = "startDate", default)]
    pub start_date: crate::runtime::Timestamp,
    /// The current status of the Map Run.
    #[serde(rename = "status")]
    pub status: crate::types::MapRunStatus,
    /// The date when the Map Run was stopped.
    #[serde(rename = "stopDate", default)]
    pub stop_date: ::std::option::Option<crate::runtime::Timestamp>,
    /// The maximum number of failed child workflow executions before the Map Run fails.
    #[serde(rename = "toleratedFailureCount", default)]
    pub tolerated_failure_count: i64,
    /// The maximum percentage of failed child workflow executions before the Map Run
    /// fails.
    #[serde(rename = "toleratedFailurePercentage", default)]
    pub tolerated_failure_percentage: f32,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "redriveCount", default)]
    pub redrive_count: ::std::option::Option<i64>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "redriveDate", default)]
    pub redrive_date: ::std::option::Option<crate::runtime::Timestamp>,
}
impl DescribeMapRunOutput {
    /// A new [`DescribeMapRunOutputBuilder`](crate::types::builders::DescribeMapRunOutputBuilder).
    pub fn builder() -> crate::types::builders::DescribeMapRunOutputBuilder {
        ::std::default::Default::default()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct DescribeStateMachineAliasInput {
    /// The Amazon Resource Name (ARN) of the state machine alias.
    #[serde(rename = "stateMachineAliasArn")]
    pub state_machine_alias_arn: ::std::string::String,
}
impl DescribeStateMachineAliasInput {
    /// A new [`DescribeStateMachineAliasInputBuilder`](crate::types::builders::DescribeStateMachineAliasInputBuilder).
    pub fn builder() -> crate::types::builders::DescribeStateMachineAliasInputBuilder {
        ::std::default::Default::default()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct DescribeStateMachineAliasOutput {
    /// The date the state machine alias was created.
    #[serde(rename = "creationDate", default)]
    pub creation_date: ::std::option::Option<crate::runtime::Timestamp>,
    /// A description of the alias.
    #[serde(rename = "description", default)]
    pub description: ::std::option::Option<::std::string::String>,
    /// The name of the state machine alias.
    #[serde(rename = "name", default)]
    pub name: ::std::option::Option<::std::string::String>,
    /// The routing configuration of the alias.
    #[serde(rename = "routingConfiguration", default)]
    pub routing_configuration: ::std::option::Option<
        ::std::vec::Vec<crate::types::RoutingConfigurationListItem>,
    >,
    /// The Amazon Resource Name (ARN) of the state machine alias.
    #[serde(rename = "stateMachineAliasArn", default)]
    pub state_machine_alias_arn: ::std::option::Option<::std::string::String>,
    /// The date the state machine alias was last updated.
    ///
    /// For a newly created state machine, this is the same as the creation date.
    #[serde(rename = "updateDate", default)]
    pub update_date: ::std::option::Option<crate::runtime::Timestamp>,
}
impl DescribeStateMachineAliasOutput {
    /// A new [`DescribeStateMachineAliasOutputBuilder`](crate::types::builders::DescribeStateMachineAliasOutputBuilder).
    pub fn builder() -> crate::types::builders::DescribeStateMachineAliasOutputBuilder {
        ::std::default::Default::default()
    }
}
impl ::std::fmt::Debug for DescribeStateMachineAliasOutput {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let mut s = f.debug_struct("DescribeStateMachineAliasOutput");
        s.field("creation_date", &self.creation_date);
        s.field("description", &"*** Sensitive Data Redacted ***");
        s.field("name", &self.name);
        s.field("routing_configuration", &self.routing_configuration);
        s.field("state_machine_alias_arn", &self.state_machine_alias_arn);
        s.field("update_date", &self.update_date);
        s.finish()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct DescribeStateMachineForExecutionInput {
    /// The Amazon Resource Name (ARN) of the execution you want state machine
    /// information for.
    #[serde(rename = "executionArn")]
    pub execution_arn: ::std::string::String,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "includedData",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub included_data: ::std::option::Option<crate::types::IncludedData>,
}
impl DescribeStateMachineForExecutionInput {
    /// A new [`DescribeStateMachineForExecutionInputBuilder`](crate::types::builders::DescribeStateMachineForExecutionInputBuilder).
    pub fn builder() -> crate::types::builders::DescribeStateMachineForExecutionInputBuilder {
        ::std::default::Default::default()
    }
}
#[derive(::std::clone::Clone, ::std::cmp::PartialEq, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeStateMachineForExecutionOutput {
    /// The Amazon States Language definition of the state machine. See [Amazon States
    /// Language](https://docs.aws.amazon.com/step-functions/latest/dg/concepts-amazon-states-language.html).
    #[serde(rename = "definition", default)]
    pub definition: ::std::string::String,
    /// A user-defined or an auto-generated string that identifies a `Map` state. This
    /// ﬁeld is returned only if the `executionArn` is a child workflow execution that
    /// was started by a Distributed Map state.
    #[serde(rename = "label", default)]
    pub label: ::std::option::Option<::std::string::String>,
    #[serde(rename = "loggingConfiguration", default)]
    pub logging_configuration: ::std::option::Option<crate::types::LoggingConfiguration>,
    /// The Amazon Resource Name (ARN) of the Map Run that started the child workflow
    /// execution. This field is returned only if the `executionArn` is a child workflow
    /// execution that was started by a Distributed Map state.
    #[serde(rename = "mapRunArn", default)]
    pub map_run_arn: ::std::option::Option<::std::string::String>,
    /// The name of the state machine associated with the execution.
    #[serde(rename = "name", default)]
    pub name: ::std::string::String,
    /// The revision identifier for the state machine. The first revision ID when you
    /// create the state machine is null.
    ///
    /// Use the state machine `revisionId` parameter to compare the revision of a state
    /// machine with the configuration of the state machine used for executions without
    /// performing a diff of the properties, such as `definition` and `roleArn`.
    #[serde(rename = "revisionId", default)]
    pub revision_id: ::std::option::Option<::std::string::String>,
    /// The Amazon Resource Name (ARN) of the IAM role of the State Machine for the
    /// execution.
    #[serde(rename = "roleArn", default)]
    pub role_arn: ::std::string::String,
    /// The Amazon Resource Name (ARN) of the state machine associated with the
    /// execution.
    #[serde(rename = "stateMachineArn", default)]
    pub state_machine_arn: ::std::string::String,
    /// Selects whether X-Ray tracing is enabled.
    #[serde(rename = "tracingConfiguration", default)]
    pub tracing_configuration: ::std::option::Option<crate::types::TracingConfiguration>,
    /// The date and time the state machine associated with an execution was updated.
    /// For a newly created state machine, this is the creation date.
    #[serde(rename = "updateDate", default)]
    pub update_date: crate::runtime::Timestamp,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "encryptionConfiguration", default)]
    pub encryption_configuration: ::std::option::Option<
        crate::types::EncryptionConfiguration,
    >,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "variableReferences", default)]
    pub variable_references: ::std::option::Option<
        ::std::collections::HashMap<
            ::std::string::String,
            ::std::vec::Vec<::std::string::String>,
        >,
    >,
}
impl DescribeStateMachineForExecutionOutput {
    /// A new [`DescribeStateMachineForExecutionOutputBuilder`](crate::types::builders::DescribeStateMachineForExecutionOutputBuilder).
    pub fn builder() -> crate::types::builders::DescribeStateMachineForExecutionOutputBuilder {
        ::std::default::Default::default()
    }
}
impl ::std::fmt::Debug for DescribeStateMachineForExecutionOutput {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let mut s = f.debug_struct("DescribeStateMachineForExecutionOutput");
        s.field("definition", &"*** Sensitive Data Redacted ***");
        s.field("label", &self.label);
        s.field("logging_configuration", &self.logging_configuration);
        s.field("map_run_arn", &self.map_run_arn);
        s.field("name", &self.name);
        s.field("revision_id", &self.revision_id);
        s.field("role_arn", &self.role_arn);
        s.field("state_machine_arn", &self.state_machine_arn);
        s.field("tracing_configuration", &self.tracing_configuration);
        s.field("update_date", &self.update_date);
        s.field("encryption_configuration", &self.encryption_configuration);
        s.field("variable_references", &"*** Sensitive Data Redacted ***");
        s.finish()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct DescribeStateMachineInput {
    /// The Amazon Resource Name (ARN) of the state machine for which you want the
    /// information.
    ///
    /// If you specify a state machine version ARN, this API returns details about that
    /// version. The version ARN is a combination of state machine ARN and the version
    /// number separated by a colon (:). For example, `stateMachineARN:1`.
    #[serde(rename = "stateMachineArn")]
    pub state_machine_arn: ::std::string::String,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "includedData",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub included_data: ::std::option::Option<crate::types::IncludedData>,
}
impl DescribeStateMachineInput {
    /// A new [`DescribeStateMachineInputBuilder`](crate::types::builders::DescribeStateMachineInputBuilder).
    pub fn builder() -> crate::types::builders::DescribeStateMachineInputBuilder {
        ::std::default::Default::default()
    }
}
#[derive(::std::clone::Clone, ::std::cmp::PartialEq, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeStateMachineOutput {
    /// The date the state machine is created.
    ///
    /// For a state machine version, `creationDate` is the date the version was created.
    #[serde(rename = "creationDate", default)]
    pub creation_date: crate::runtime::Timestamp,
    /// The Amazon States Language definition of the state machine. See [Amazon States
    /// Language](https://docs.aws.amazon.com/step-functions/latest/dg/concepts-amazon-states-language.html).
    #[serde(rename = "definition", default)]
    pub definition: ::std::string::String,
    /// The description of the state machine version.
    #[serde(rename = "description", default)]
    pub description: ::std::option::Option<::std::string::String>,
    /// A user-defined or an auto-generated string that identifies a `Map` state. This
    /// parameter is present only if the `stateMachineArn` specified in input is a
    /// qualified state machine ARN.
    #[serde(rename = "label", default)]
    pub label: ::std::option::Option<::std::string::String>,
    #[serde(rename = "loggingConfiguration", default)]
    pub logging_configuration: ::std::option::Option<crate::types::LoggingConfiguration>,
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
    #[serde(rename = "name", default)]
    pub name: ::std::string::String,
    /// The revision identifier for the state machine.
    ///
    /// Use the `revisionId` parameter to compare between versions of a state machine
    /// configuration used for executions without performing a diff of the properties,
    /// such as `definition` and `roleArn`.
    #[serde(rename = "revisionId", default)]
    pub revision_id: ::std::option::Option<::std::string::String>,
    /// The Amazon Resource Name (ARN) of the IAM role used when creating this state
    /// machine. (The IAM role maintains security by granting Step Functions access to
    /// Amazon Web Services resources.)
    #[serde(rename = "roleArn", default)]
    pub role_arn: ::std::string::String,
    /// The Amazon Resource Name (ARN) that identifies the state machine.
    ///
    /// If you specified a state machine version ARN in your request, the API returns
    /// the version ARN. The version ARN is a combination of state machine ARN and the
    /// version number separated by a colon (:). For example, `stateMachineARN:1`.
    #[serde(rename = "stateMachineArn", default)]
    pub state_machine_arn: ::std::string::String,
    /// The current status of the state machine.
    #[serde(rename = "status", default)]
    pub status: ::std::option::Option<crate::types::StateMachineStatus>,
    /// Selects whether X-Ray tracing is enabled.
    #[serde(rename = "tracingConfiguration", default)]
    pub tracing_configuration: ::std::option::Option<crate::types::TracingConfiguration>,
    /// The `type` of the state machine (`STANDARD` or `EXPRESS`).
    #[serde(rename = "type")]
    pub r#type: crate::types::StateMachineType,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "encryptionConfiguration", default)]
    pub encryption_configuration: ::std::option::Option<
        crate::types::EncryptionConfiguration,
    >,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "variableReferences", default)]
    pub variable_references: ::std::option::Option<
        ::std::collections::HashMap<
            ::std::string::String,
            ::std::vec::Vec<::std::string::String>,
        >,
    >,
}
impl DescribeStateMachineOutput {
    /// A new [`DescribeStateMachineOutputBuilder`](crate::types::builders::DescribeStateMachineOutputBuilder).
    pub fn builder() -> crate::types::builders::DescribeStateMachineOutputBuilder {
        ::std::default::Default::default()
    }
}
impl ::std::fmt::Debug for DescribeStateMachineOutput {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let mut s = f.debug_struct("DescribeStateMachineOutput");
        s.field("creation_date", &self.creation_date);
        s.field("definition", &"*** Sensitive Data Redacted ***");
        s.field("description", &"*** Sensitive Data Redacted ***");
        s.field("label", &self.label);
        s.field("logging_configuration", &self.logging_configuration);
        s.field("name", &self.name);
        s.field("revision_id", &self.revision_id);
        s.field("role_arn", &self.role_arn);
        s.field("state_machine_arn", &self.state_machine_arn);
        s.field("status", &self.status);
        s.field("tracing_configuration", &self.tracing_configuration);
        s.field("type", &self.r#type);
        s.field("encryption_configuration", &self.encryption_configuration);
        s.field("variable_references", &"*** Sensitive Data Redacted ***");
        s.finish()
    }
}
/// From AWS's model: the apis.guru spec lacks it, and the model has no
/// documentation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct EncryptionConfiguration {
    #[serde(
        rename = "kmsDataKeyReusePeriodSeconds",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub kms_data_key_reuse_period_seconds: ::std::option::Option<i64>,
    #[serde(
        rename = "kmsKeyId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub kms_key_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "type")]
    pub r#type: crate::types::EncryptionType,
}
impl EncryptionConfiguration {
    /// A new [`EncryptionConfigurationBuilder`](crate::types::builders::EncryptionConfigurationBuilder).
    pub fn builder() -> crate::types::builders::EncryptionConfigurationBuilder {
        ::std::default::Default::default()
    }
}
/// From AWS's model: the apis.guru spec lacks it, and the model has no
/// documentation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::cmp::Eq,
    ::std::hash::Hash,
    ::std::cmp::PartialOrd,
    ::std::cmp::Ord,
    ::std::fmt::Debug
)]
#[non_exhaustive]
pub enum EncryptionType {
    /// `AWS_OWNED_KEY`
    AwsOwnedKey,
    /// `CUSTOMER_MANAGED_KMS_KEY`
    CustomerManagedKmsKey,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl EncryptionType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AwsOwnedKey => "AWS_OWNED_KEY",
            Self::CustomerManagedKmsKey => "CUSTOMER_MANAGED_KMS_KEY",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["AWS_OWNED_KEY", "CUSTOMER_MANAGED_KMS_KEY"]
    }
}
impl ::std::convert::From<&str> for EncryptionType {
    fn from(s: &str) -> Self {
        match s {
            "AWS_OWNED_KEY" => Self::AwsOwnedKey,
            "CUSTOMER_MANAGED_KMS_KEY" => Self::CustomerManagedKmsKey,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(EncryptionType);
/// From AWS's model: the apis.guru spec lacks it, and the model has no
/// documentation.
#[derive(::std::clone::Clone, ::std::cmp::PartialEq, ::serde::Deserialize)]
#[non_exhaustive]
pub struct EvaluationFailedEventDetails {
    #[serde(rename = "cause", default)]
    pub cause: ::std::option::Option<::std::string::String>,
    #[serde(rename = "error", default)]
    pub error: ::std::option::Option<::std::string::String>,
    #[serde(rename = "location", default)]
    pub location: ::std::option::Option<::std::string::String>,
    #[serde(rename = "state", default)]
    pub state: ::std::string::String,
}
impl EvaluationFailedEventDetails {
    /// A new [`EvaluationFailedEventDetailsBuilder`](crate::types::builders::EvaluationFailedEventDetailsBuilder).
    pub fn builder() -> crate::types::builders::EvaluationFailedEventDetailsBuilder {
        ::std::default::Default::default()
    }
}
impl ::std::fmt::Debug for EvaluationFailedEventDetails {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let mut s = f.debug_struct("EvaluationFailedEventDetails");
        s.field("cause", &"*** Sensitive Data Redacted ***");
        s.field("error", &"*** Sensitive Data Redacted ***");
        s.field("location", &"*** Sensitive Data Redacted ***");
        s.field("state", &self.state);
        s.finish()
    }
}
/// Contains details about an abort of an execution.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ExecutionAbortedEventDetails {
    /// A more detailed explanation of the cause of the failure.
    #[serde(rename = "cause", default)]
    pub cause: ::std::option::Option<::std::string::String>,
    /// The error code of the failure.
    #[serde(rename = "error", default)]
    pub error: ::std::option::Option<::std::string::String>,
}
impl ExecutionAbortedEventDetails {
    /// A new [`ExecutionAbortedEventDetailsBuilder`](crate::types::builders::ExecutionAbortedEventDetailsBuilder).
    pub fn builder() -> crate::types::builders::ExecutionAbortedEventDetailsBuilder {
        ::std::default::Default::default()
    }
}
impl ::std::fmt::Debug for ExecutionAbortedEventDetails {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let mut s = f.debug_struct("ExecutionAbortedEventDetails");
        s.field("cause", &"*** Sensitive Data Redacted ***");
        s.field("error", &"*** Sensitive Data Redacted ***");
        s.finish()
    }
}
/// Contains details about an execution failure event.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ExecutionFailedEventDetails {
    /// A more detailed explanation of the cause of the failure.
    #[serde(rename = "cause", default)]
    pub cause: ::std::option::Option<::std::string::String>,
    /// The error code of the failure.
    #[serde(rename = "error", default)]
    pub error: ::std::option::Option<::std::string::String>,
}
impl ExecutionFailedEventDetails {
    /// A new [`ExecutionFailedEventDetailsBuilder`](crate::types::builders::ExecutionFailedEventDetailsBuilder).
    pub fn builder() -> crate::types::builders::ExecutionFailedEventDetailsBuilder {
        ::std::default::Default::default()
    }
}
impl ::std::fmt::Debug for ExecutionFailedEventDetails {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let mut s = f.debug_struct("ExecutionFailedEventDetails");
        s.field("cause", &"*** Sensitive Data Redacted ***");
        s.field("error", &"*** Sensitive Data Redacted ***");
        s.finish()
    }
}
/// Contains details about an execution.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ExecutionListItem {
    /// The Amazon Resource Name (ARN) that identifies the execution.
    #[serde(rename = "executionArn", default)]
    pub execution_arn: ::std::string::String,
    /// The total number of items processed in a child workflow execution. This field is
    /// returned only if `mapRunArn` was specified in the `ListExecutions` API action.
    /// If `stateMachineArn` was specified in `ListExecutions`, the `itemCount` field
    /// isn't returned.
    #[serde(rename = "itemCount", default)]
    pub item_count: ::std::option::Option<i64>,
    /// The Amazon Resource Name (ARN) of a Map Run. This field is returned only if
    /// `mapRunArn` was specified in the `ListExecutions` API action. If
    /// `stateMachineArn` was specified in `ListExecutions`, the `mapRunArn` isn't
    /// returned.
    #[serde(rename = "mapRunArn", default)]
    pub map_run_arn: ::std::option::Option<::std::string::String>,
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
    #[serde(rename = "name", default)]
    pub name: ::std::string::String,
    /// The date the execution started.
    #[serde(rename = "startDate", default)]
    pub start_date: crate::runtime::Timestamp,
    /// The Amazon Resource Name (ARN) of the state machine alias used to start an
    /// execution.
    ///
    /// If the state machine execution was started with an unqualified ARN or a version
    /// ARN, it returns null.
    #[serde(rename = "stateMachineAliasArn", default)]
    pub state_machine_alias_arn: ::std::option::Option<::std::string::String>,
    /// The Amazon Resource Name (ARN) of the state machine that ran the execution.
    #[serde(rename = "stateMachineArn", default)]
    pub state_machine_arn: ::std::string::String,
    /// The Amazon Resource Name (ARN) of the state machine version associated with the
    /// execution.
    ///
    /// If the state machine execution was started with an unqualified ARN, it returns
    /// null.
    ///
    /// If the execution was started using a `stateMachineAliasArn`, both the
    /// `stateMachineAliasArn` and `stateMachineVersionArn` parameters contain the
    /// respective values.
    #[serde(rename = "stateMachineVersionArn", default)]
    pub state_machine_version_arn: ::std::option::Option<::std::string::String>,
    /// The current status of the execution.
    #[serde(rename = "status")]
    pub status: crate::types::ExecutionStatus,
    /// If the execution already ended, the date the execution stopped.
    #[serde(rename = "stopDate", default)]
    pub stop_date: ::std::option::Option<crate::runtime::Timestamp>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "redriveCount", default)]
    pub redrive_count: ::std::option::Option<i64>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "redriveDate", default)]
    pub redrive_date: ::std::option::Option<crate::runtime::Timestamp>,
}
impl ExecutionListItem {
    /// A new [`ExecutionListItemBuilder`](crate::types::builders::ExecutionListItemBuilder).
    pub fn builder() -> crate::types::builders::ExecutionListItemBuilder {
        ::std::default::Default::default()
    }
}
/// From AWS's model: the apis.guru spec lacks it, and the model has no
/// documentation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::cmp::Eq,
    ::std::hash::Hash,
    ::std::cmp::PartialOrd,
    ::std::cmp::Ord,
    ::std::fmt::Debug
)]
#[non_exhaustive]
pub enum ExecutionRedriveFilter {
    /// `REDRIVEN`
    Redriven,
    /// `NOT_REDRIVEN`
    NotRedriven,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl ExecutionRedriveFilter {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Redriven => "REDRIVEN",
            Self::NotRedriven => "NOT_REDRIVEN",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["REDRIVEN", "NOT_REDRIVEN"]
    }
}
impl ::std::convert::From<&str> for ExecutionRedriveFilter {
    fn from(s: &str) -> Self {
        match s {
            "REDRIVEN" => Self::Redriven,
            "NOT_REDRIVEN" => Self::NotRedriven,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(ExecutionRedriveFilter);
/// From AWS's model: the apis.guru spec lacks it, and the model has no
/// documentation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::cmp::Eq,
    ::std::hash::Hash,
    ::std::cmp::PartialOrd,
    ::std::cmp::Ord,
    ::std::fmt::Debug
)]
#[non_exhaustive]
pub enum ExecutionRedriveStatus {
    /// `REDRIVABLE`
    Redrivable,
    /// `NOT_REDRIVABLE`
    NotRedrivable,
    /// `REDRIVABLE_BY_MAP_RUN`
    RedrivableByMapRun,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl ExecutionRedriveStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Redrivable => "REDRIVABLE",
            Self::NotRedrivable => "NOT_REDRIVABLE",
            Self::RedrivableByMapRun => "REDRIVABLE_BY_MAP_RUN",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["REDRIVABLE", "NOT_REDRIVABLE", "REDRIVABLE_BY_MAP_RUN"]
    }
}
impl ::std::convert::From<&str> for ExecutionRedriveStatus {
    fn from(s: &str) -> Self {
        match s {
            "REDRIVABLE" => Self::Redrivable,
            "NOT_REDRIVABLE" => Self::NotRedrivable,
            "REDRIVABLE_BY_MAP_RUN" => Self::RedrivableByMapRun,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(ExecutionRedriveStatus);
/// From AWS's model: the apis.guru spec lacks it, and the model has no
/// documentation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ExecutionRedrivenEventDetails {
    #[serde(rename = "redriveCount", default)]
    pub redrive_count: ::std::option::Option<i64>,
}
impl ExecutionRedrivenEventDetails {
    /// A new [`ExecutionRedrivenEventDetailsBuilder`](crate::types::builders::ExecutionRedrivenEventDetailsBuilder).
    pub fn builder() -> crate::types::builders::ExecutionRedrivenEventDetailsBuilder {
        ::std::default::Default::default()
    }
}
/// Contains details about the start of the execution.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ExecutionStartedEventDetails {
    /// The JSON data input to the execution. Length constraints apply to the payload
    /// size, and are expressed as bytes in UTF-8 encoding.
    #[serde(rename = "input", default)]
    pub input: ::std::option::Option<::std::string::String>,
    /// Contains details about the input for an execution history event.
    #[serde(rename = "inputDetails", default)]
    pub input_details: ::std::option::Option<
        crate::types::HistoryEventExecutionDataDetails,
    >,
    /// The Amazon Resource Name (ARN) of the IAM role used for executing Lambda tasks.
    #[serde(rename = "roleArn", default)]
    pub role_arn: ::std::option::Option<::std::string::String>,
    /// The Amazon Resource Name (ARN) that identifies a state machine alias used for
    /// starting the state machine execution.
    #[serde(rename = "stateMachineAliasArn", default)]
    pub state_machine_alias_arn: ::std::option::Option<::std::string::String>,
    /// The Amazon Resource Name (ARN) that identifies a state machine version used for
    /// starting the state machine execution.
    #[serde(rename = "stateMachineVersionArn", default)]
    pub state_machine_version_arn: ::std::option::Option<::std::string::String>,
}
impl ExecutionStartedEventDetails {
    /// A new [`ExecutionStartedEventDetailsBuilder`](crate::types::builders::ExecutionStartedEventDetailsBuilder).
    pub fn builder() -> crate::types::builders::ExecutionStartedEventDetailsBuilder {
        ::std::default::Default::default()
    }
}
impl ::std::fmt::Debug for ExecutionStartedEventDetails {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let mut s = f.debug_struct("ExecutionStartedEventDetails");
        s.field("input", &"*** Sensitive Data Redacted ***");
        s.field("input_details", &self.input_details);
        s.field("role_arn", &self.role_arn);
        s.field("state_machine_alias_arn", &self.state_machine_alias_arn);
        s.field("state_machine_version_arn", &self.state_machine_version_arn);
        s.finish()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::cmp::Eq,
    ::std::hash::Hash,
    ::std::cmp::PartialOrd,
    ::std::cmp::Ord,
    ::std::fmt::Debug
)]
#[non_exhaustive]
pub enum ExecutionStatus {
    /// `RUNNING`
    Running,
    /// `SUCCEEDED`
    Succeeded,
    /// `FAILED`
    Failed,
    /// `TIMED_OUT`
    TimedOut,
    /// `ABORTED`
    Aborted,
    /// `PENDING_REDRIVE`
    PendingRedrive,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl ExecutionStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Running => "RUNNING",
            Self::Succeeded => "SUCCEEDED",
            Self::Failed => "FAILED",
            Self::TimedOut => "TIMED_OUT",
            Self::Aborted => "ABORTED",
            Self::PendingRedrive => "PENDING_REDRIVE",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["RUNNING", "SUCCEEDED", "FAILED", "TIMED_OUT", "ABORTED", "PENDING_REDRIVE"]
    }
}
impl ::std::convert::From<&str> for ExecutionStatus {
    fn from(s: &str) -> Self {
        match s {
            "RUNNING" => Self::Running,
            "SUCCEEDED" => Self::Succeeded,
            "FAILED" => Self::Failed,
            "TIMED_OUT" => Self::TimedOut,
            "ABORTED" => Self::Aborted,
            "PENDING_REDRIVE" => Self::PendingRedrive,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(ExecutionStatus);
/// Contains details about the successful termination of the execution.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ExecutionSucceededEventDetails {
    /// The JSON data output by the execution. Length constraints apply to the payload
    /// size, and are expressed as bytes in UTF-8 encoding.
    #[serde(rename = "output", default)]
    pub output: ::std::option::Option<::std::string::String>,
    /// Contains details about the output of an execution history event.
    #[serde(rename = "outputDetails", default)]
    pub output_details: ::std::option::Option<
        crate::types::HistoryEventExecutionDataDetails,
    >,
}
impl ExecutionSucceededEventDetails {
    /// A new [`ExecutionSucceededEventDetailsBuilder`](crate::types::builders::ExecutionSucceededEventDetailsBuilder).
    pub fn builder() -> crate::types::builders::ExecutionSucceededEventDetailsBuilder {
        ::std::default::Default::default()
    }
}
impl ::std::fmt::Debug for ExecutionSucceededEventDetails {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let mut s = f.debug_struct("ExecutionSucceededEventDetails");
        s.field("output", &"*** Sensitive Data Redacted ***");
        s.field("output_details", &self.output_details);
        s.finish()
    }
}
/// Contains details about the execution timeout that occurred during the execution.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ExecutionTimedOutEventDetails {
    /// A more detailed explanation of the cause of the timeout.
    #[serde(rename = "cause", default)]
    pub cause: ::std::option::Option<::std::string::String>,
    /// The error code of the failure.
    #[serde(rename = "error", default)]
    pub error: ::std::option::Option<::std::string::String>,
}
impl ExecutionTimedOutEventDetails {
    /// A new [`ExecutionTimedOutEventDetailsBuilder`](crate::types::builders::ExecutionTimedOutEventDetailsBuilder).
    pub fn builder() -> crate::types::builders::ExecutionTimedOutEventDetailsBuilder {
        ::std::default::Default::default()
    }
}
impl ::std::fmt::Debug for ExecutionTimedOutEventDetails {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let mut s = f.debug_struct("ExecutionTimedOutEventDetails");
        s.field("cause", &"*** Sensitive Data Redacted ***");
        s.field("error", &"*** Sensitive Data Redacted ***");
        s.finish()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct GetActivityTaskInput {
    /// The Amazon Resource Name (ARN) of the activity to retrieve tasks from (assigned
    /// when you create the task using CreateActivity.)
    #[serde(rename = "activityArn")]
    pub activity_arn: ::std::string::String,
    /// You can provide an arbitrary name in order to identify the worker that the task
    /// is assigned to. This name is used when it is logged in the execution history.
    #[serde(
        rename = "workerName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub worker_name: ::std::option::Option<::std::string::String>,
}
impl GetActivityTaskInput {
    /// A new [`GetActivityTaskInputBuilder`](crate::types::builders::GetActivityTaskInputBuilder).
    pub fn builder() -> crate::types::builders::GetActivityTaskInputBuilder {
        ::std::default::Default::default()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct GetActivityTaskOutput {
    /// The string that contains the JSON input data for the task. Length constraints
    /// apply to the payload size, and are expressed as bytes in UTF-8 encoding.
    #[serde(rename = "input", default)]
    pub input: ::std::option::Option<::std::string::String>,
    /// A token that identifies the scheduled task. This token must be copied and
    /// included in subsequent calls to SendTaskHeartbeat, SendTaskSuccess or
    /// SendTaskFailure in order to report the progress or completion of the task.
    #[serde(rename = "taskToken", default)]
    pub task_token: ::std::option::Option<::std::string::String>,
}
impl GetActivityTaskOutput {
    /// A new [`GetActivityTaskOutputBuilder`](crate::types::builders::GetActivityTaskOutputBuilder).
    pub fn builder() -> crate::types::builders::GetActivityTaskOutputBuilder {
        ::std::default::Default::default()
    }
}
impl ::std::fmt::Debug for GetActivityTaskOutput {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let mut s = f.debug_struct("GetActivityTaskOutput");
        s.field("input", &"*** Sensitive Data Redacted ***");
        s.field("task_token", &"*** Sensitive Data Redacted ***");
        s.finish()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct GetExecutionHistoryInput {
    /// The Amazon Resource Name (ARN) of the execution.
    #[serde(rename = "executionArn")]
    pub execution_arn: ::std::string::String,
    /// You can select whether execution data (input or output of a history event) is
    /// returned. The default is `true`.
    #[serde(
        rename = "includeExecutionData",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub include_execution_data: ::std::option::Option<bool>,
    /// The maximum number of results that are returned per call. You can use
    /// `nextToken` to obtain further pages of results. The default is 100 and the
    /// maximum allowed page size is 1000. A value of 0 uses the default.
    ///
    /// This is only an upper limit. The actual number of results returned per call
    /// might be fewer than the specified maximum.
    #[serde(
        rename = "maxResults",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub max_results: ::std::option::Option<i64>,
    /// If `nextToken` is returned, there are more results available. The value of
    /// `nextToken` is a unique pagination token for each page. Make the call again
    /// using the returned token to retrieve the next page. Keep all other arguments
    /// unchanged. Each pagination token expires after 24 hours. Using an expired
    /// pagination token will return an *HTTP 400 InvalidToken* error.
    #[serde(
        rename = "nextToken",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_token: ::std::option::Option<::std::string::String>,
    /// Lists events in descending order of their `timeStamp`.
    #[serde(
        rename = "reverseOrder",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub reverse_order: ::std::option::Option<bool>,
}
impl GetExecutionHistoryInput {
    /// A new [`GetExecutionHistoryInputBuilder`](crate::types::builders::GetExecutionHistoryInputBuilder).
    pub fn builder() -> crate::types::builders::GetExecutionHistoryInputBuilder {
        ::std::default::Default::default()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct GetExecutionHistoryOutput {
    /// The list of events that occurred in the execution.
    #[serde(rename = "events", default)]
    pub events: ::std::vec::Vec<crate::types::HistoryEvent>,
    /// If `nextToken` is returned, there are more results available. The value of
    /// `nextToken` is a unique pagination token for each page. Make the call again
    /// using the returned token to retrieve the next page. Keep all other arguments
    /// unchanged. Each pagination token expires after 24 hours. Using an expired
    /// pagination token will return an *HTTP 400 InvalidToken* error.
    #[serde(rename = "nextToken", default)]
    pub next_token: ::std::option::Option<::std::string::String>,
}
impl GetExecutionHistoryOutput {
    /// A new [`GetExecutionHistoryOutputBuilder`](crate::types::builders::GetExecutionHistoryOutputBuilder).
    pub fn builder() -> crate::types::builders::GetExecutionHistoryOutputBuilder {
        ::std::default::Default::default()
    }
}
/// Contains details about the events of an execution.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct HistoryEvent {
    #[serde(rename = "activityFailedEventDetails", default)]
    pub activity_failed_event_details: ::std::option::Option<
        crate::types::ActivityFailedEventDetails,
    >,
    /// Contains details about an activity schedule event that failed during an
    /// execution.
    #[serde(rename = "activityScheduleFailedEventDetails", default)]
    pub activity_schedule_failed_event_details: ::std::option::Option<
        crate::types::ActivityScheduleFailedEventDetails,
    >,
    #[serde(rename = "activityScheduledEventDetails", default)]
    pub activity_scheduled_event_details: ::std::option::Option<
        crate::types::ActivityScheduledEventDetails,
    >,
    #[serde(rename = "activityStartedEventDetails", default)]
    pub activity_started_event_details: ::std::option::Option<
        crate::types::ActivityStartedEventDetails,
    >,
    #[serde(rename = "activitySucceededEventDetails", default)]
    pub activity_succeeded_event_details: ::std::option::Option<
        crate::types::ActivitySucceededEventDetails,
    >,
    #[serde(rename = "activityTimedOutEventDetails", default)]
    pub activity_timed_out_event_details: ::std::option::Option<
        crate::types::ActivityTimedOutEventDetails,
    >,
    #[serde(rename = "executionAbortedEventDetails", default)]
    pub execution_aborted_event_details: ::std::option::Option<
        crate::types::ExecutionAbortedEventDetails,
    >,
    #[serde(rename = "executionFailedEventDetails", default)]
    pub execution_failed_event_details: ::std::option::Option<
        crate::types::ExecutionFailedEventDetails,
    >,
    #[serde(rename = "executionStartedEventDetails", default)]
    pub execution_started_event_details: ::std::option::Option<
        crate::types::ExecutionStartedEventDetails,
    >,
    #[serde(rename = "executionSucceededEventDetails", default)]
    pub execution_succeeded_event_details: ::std::option::Option<
        crate::types::ExecutionSucceededEventDetails,
    >,
    #[serde(rename = "executionTimedOutEventDetails", default)]
    pub execution_timed_out_event_details: ::std::option::Option<
        crate::types::ExecutionTimedOutEventDetails,
    >,
    /// The id of the event. Events are numbered sequentially, starting at one.
    #[serde(rename = "id", default)]
    pub id: i64,
    #[serde(rename = "lambdaFunctionFailedEventDetails", default)]
    pub lambda_function_failed_event_details: ::std::option::Option<
        crate::types::LambdaFunctionFailedEventDetails,
    >,
    #[serde(rename = "lambdaFunctionScheduleFailedEventDetails", default)]
    pub lambda_function_schedule_failed_event_details: ::std::option::Option<
        crate::types::LambdaFunctionScheduleFailedEventDetails,
    >,
    #[serde(rename = "lambdaFunctionScheduledEventDetails", default)]
    pub lambda_function_scheduled_event_details: ::std::option::Option<
        crate::types::LambdaFunctionScheduledEventDetails,
    >,
    /// Contains details about a lambda function that failed to start during an
    /// execution.
    #[serde(rename = "lambdaFunctionStartFailedEventDetails", default)]
    pub lambda_function_start_failed_event_details: ::std::option::Option<
        crate::types::LambdaFunctionStartFailedEventDetails,
    >,
    /// Contains details about a Lambda function that terminated successfully during an
    /// execution.
    #[serde(rename = "lambdaFunctionSucceededEventDetails", default)]
    pub lambda_function_succeeded_event_details: ::std::option::Option<
        crate::types::LambdaFunctionSucceededEventDetails,
    >,
    #[serde(rename = "lambdaFunctionTimedOutEventDetails", default)]
    pub lambda_function_timed_out_event_details: ::std::option::Option<
        crate::types::LambdaFunctionTimedOutEventDetails,
    >,
    /// Contains details about an iteration of a Map state that was aborted.
    #[serde(rename = "mapIterationAbortedEventDetails", default)]
    pub map_iteration_aborted_event_details: ::std::option::Option<
        crate::types::MapIterationEventDetails,
    >,
    /// Contains details about an iteration of a Map state that failed.
    #[serde(rename = "mapIterationFailedEventDetails", default)]
    pub map_iteration_failed_event_details: ::std::option::Option<
        crate::types::MapIterationEventDetails,
    >,
    /// Contains details about an iteration of a Map state that was started.
    #[serde(rename = "mapIterationStartedEventDetails", default)]
    pub map_iteration_started_event_details: ::std::option::Option<
        crate::types::MapIterationEventDetails,
    >,
    /// Contains details about an iteration of a Map state that succeeded.
    #[serde(rename = "mapIterationSucceededEventDetails", default)]
    pub map_iteration_succeeded_event_details: ::std::option::Option<
        crate::types::MapIterationEventDetails,
    >,
    /// Contains error and cause details about a Map Run that failed.
    #[serde(rename = "mapRunFailedEventDetails", default)]
    pub map_run_failed_event_details: ::std::option::Option<
        crate::types::MapRunFailedEventDetails,
    >,
    /// Contains details, such as `mapRunArn`, and the start date and time of a Map Run.
    /// `mapRunArn` is the Amazon Resource Name (ARN) of the Map Run that was started.
    #[serde(rename = "mapRunStartedEventDetails", default)]
    pub map_run_started_event_details: ::std::option::Option<
        crate::types::MapRunStartedEventDetails,
    >,
    /// Contains details about Map state that was started.
    #[serde(rename = "mapStateStartedEventDetails", default)]
    pub map_state_started_event_details: ::std::option::Option<
        crate::types::MapStateStartedEventDetails,
    >,
    /// The id of the previous event.
    #[serde(rename = "previousEventId", default)]
    pub previous_event_id: ::std::option::Option<i64>,
    #[serde(rename = "stateEnteredEventDetails", default)]
    pub state_entered_event_details: ::std::option::Option<
        crate::types::StateEnteredEventDetails,
    >,
    #[serde(rename = "stateExitedEventDetails", default)]
    pub state_exited_event_details: ::std::option::Option<
        crate::types::StateExitedEventDetails,
    >,
    /// Contains details about the failure of a task.
    #[serde(rename = "taskFailedEventDetails", default)]
    pub task_failed_event_details: ::std::option::Option<
        crate::types::TaskFailedEventDetails,
    >,
    /// Contains details about a task that was scheduled.
    #[serde(rename = "taskScheduledEventDetails", default)]
    pub task_scheduled_event_details: ::std::option::Option<
        crate::types::TaskScheduledEventDetails,
    >,
    /// Contains details about a task that failed to start.
    #[serde(rename = "taskStartFailedEventDetails", default)]
    pub task_start_failed_event_details: ::std::option::Option<
        crate::types::TaskStartFailedEventDetails,
    >,
    /// Contains details about a task that was started.
    #[serde(rename = "taskStartedEventDetails", default)]
    pub task_started_event_details: ::std::option::Option<
        crate::types::TaskStartedEventDetails,
    >,
    /// Contains details about a task that where the submit failed.
    #[serde(rename = "taskSubmitFailedEventDetails", default)]
    pub task_submit_failed_event_details: ::std::option::Option<
        crate::types::TaskSubmitFailedEventDetails,
    >,
    /// Contains details about a submitted task.
    #[serde(rename = "taskSubmittedEventDetails", default)]
    pub task_submitted_event_details: ::std::option::Option<
        crate::types::TaskSubmittedEventDetails,
    >,
    /// Contains details about a task that succeeded.
    #[serde(rename = "taskSucceededEventDetails", default)]
    pub task_succeeded_event_details: ::std::option::Option<
        crate::types::TaskSucceededEventDetails,
    >,
    /// Contains details about a task that timed out.
    #[serde(rename = "taskTimedOutEventDetails", default)]
    pub task_timed_out_event_details: ::std::option::Option<
        crate::types::TaskTimedOutEventDetails,
    >,
    /// The date and time the event occurred.
    #[serde(rename = "timestamp", default)]
    pub timestamp: crate::runtime::Timestamp,
    /// The type of the event.
    #[serde(rename = "type")]
    pub r#type: crate::types::HistoryEventType,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "evaluationFailedEventDetails", default)]
    pub evaluation_failed_event_details: ::std::option::Option<
        crate::types::EvaluationFailedEventDetails,
    >,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "executionRedrivenEventDetails", default)]
    pub execution_redriven_event_details: ::std::option::Option<
        crate::types::ExecutionRedrivenEventDetails,
    >,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "mapRunRedrivenEventDetails", default)]
    pub map_run_redriven_event_details: ::std::option::Option<
        crate::types::MapRunRedrivenEventDetails,
    >,
}
impl HistoryEvent {
    /// A new [`HistoryEventBuilder`](crate::types::builders::HistoryEventBuilder).
    pub fn builder() -> crate::types::builders::HistoryEventBuilder {
        ::std::default::Default::default()
    }
}
/// Provides details about input or output in an execution history event.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct HistoryEventExecutionDataDetails {
    /// Indicates whether input or output was truncated in the response. Always `false`
    /// for API calls.
    #[serde(rename = "truncated", default)]
    pub truncated: ::std::option::Option<bool>,
}
impl HistoryEventExecutionDataDetails {
    /// A new [`HistoryEventExecutionDataDetailsBuilder`](crate::types::builders::HistoryEventExecutionDataDetailsBuilder).
    pub fn builder() -> crate::types::builders::HistoryEventExecutionDataDetailsBuilder {
        ::std::default::Default::default()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::cmp::Eq,
    ::std::hash::Hash,
    ::std::cmp::PartialOrd,
    ::std::cmp::Ord,
    ::std::fmt::Debug
)]
#[non_exhaustive]
pub enum HistoryEventType {
    /// `ActivityFailed`
    ActivityFailed,
    /// `ActivityScheduled`
    ActivityScheduled,
    /// `ActivityScheduleFailed`
    ActivityScheduleFailed,
    /// `ActivityStarted`
    ActivityStarted,
    /// `ActivitySucceeded`
    ActivitySucceeded,
    /// `ActivityTimedOut`
    ActivityTimedOut,
    /// `ChoiceStateEntered`
    ChoiceStateEntered,
    /// `ChoiceStateExited`
    ChoiceStateExited,
    /// `ExecutionAborted`
    ExecutionAborted,
    /// `ExecutionFailed`
    ExecutionFailed,
    /// `ExecutionStarted`
    ExecutionStarted,
    /// `ExecutionSucceeded`
    ExecutionSucceeded,
    /// `ExecutionTimedOut`
    ExecutionTimedOut,
    /// `FailStateEntered`
    FailStateEntered,
    /// `LambdaFunctionFailed`
    LambdaFunctionFailed,
    /// `LambdaFunctionScheduled`
    LambdaFunctionScheduled,
    /// `LambdaFunctionScheduleFailed`
    LambdaFunctionScheduleFailed,
    /// `LambdaFunctionStarted`
    LambdaFunctionStarted,
    /// `LambdaFunctionStartFailed`
    LambdaFunctionStartFailed,
    /// `LambdaFunctionSucceeded`
    LambdaFunctionSucceeded,
    /// `LambdaFunctionTimedOut`
    LambdaFunctionTimedOut,
    /// `MapIterationAborted`
    MapIterationAborted,
    /// `MapIterationFailed`
    MapIterationFailed,
    /// `MapIterationStarted`
    MapIterationStarted,
    /// `MapIterationSucceeded`
    MapIterationSucceeded,
    /// `MapStateAborted`
    MapStateAborted,
    /// `MapStateEntered`
    MapStateEntered,
    /// `MapStateExited`
    MapStateExited,
    /// `MapStateFailed`
    MapStateFailed,
    /// `MapStateStarted`
    MapStateStarted,
    /// `MapStateSucceeded`
    MapStateSucceeded,
    /// `ParallelStateAborted`
    ParallelStateAborted,
    /// `ParallelStateEntered`
    ParallelStateEntered,
    /// `ParallelStateExited`
    ParallelStateExited,
    /// `ParallelStateFailed`
    ParallelStateFailed,
    /// `ParallelStateStarted`
    ParallelStateStarted,
    /// `ParallelStateSucceeded`
    ParallelStateSucceeded,
    /// `PassStateEntered`
    PassStateEntered,
    /// `PassStateExited`
    PassStateExited,
    /// `SucceedStateEntered`
    SucceedStateEntered,
    /// `SucceedStateExited`
    SucceedStateExited,
    /// `TaskFailed`
    TaskFailed,
    /// `TaskScheduled`
    TaskScheduled,
    /// `TaskStarted`
    TaskStarted,
    /// `TaskStartFailed`
    TaskStartFailed,
    /// `TaskStateAborted`
    TaskStateAborted,
    /// `TaskStateEntered`
    TaskStateEntered,
    /// `TaskStateExited`
    TaskStateExited,
    /// `TaskSubmitFailed`
    TaskSubmitFailed,
    /// `TaskSubmitted`
    TaskSubmitted,
    /// `TaskSucceeded`
    TaskSucceeded,
    /// `TaskTimedOut`
    TaskTimedOut,
    /// `WaitStateAborted`
    WaitStateAborted,
    /// `WaitStateEntered`
    WaitStateEntered,
    /// `WaitStateExited`
    WaitStateExited,
    /// `MapRunAborted`
    MapRunAborted,
    /// `MapRunFailed`
    MapRunFailed,
    /// `MapRunStarted`
    MapRunStarted,
    /// `MapRunSucceeded`
    MapRunSucceeded,
    /// `ExecutionRedriven`
    ExecutionRedriven,
    /// `MapRunRedriven`
    MapRunRedriven,
    /// `EvaluationFailed`
    EvaluationFailed,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl HistoryEventType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ActivityFailed => "ActivityFailed",
            Self::ActivityScheduled => "ActivityScheduled",
            Self::ActivityScheduleFailed => "ActivityScheduleFailed",
            Self::ActivityStarted => "ActivityStarted",
            Self::ActivitySucceeded => "ActivitySucceeded",
            Self::ActivityTimedOut => "ActivityTimedOut",
            Self::ChoiceStateEntered => "ChoiceStateEntered",
            Self::ChoiceStateExited => "ChoiceStateExited",
            Self::ExecutionAborted => "ExecutionAborted",
            Self::ExecutionFailed => "ExecutionFailed",
            Self::ExecutionStarted => "ExecutionStarted",
            Self::ExecutionSucceeded => "ExecutionSucceeded",
            Self::ExecutionTimedOut => "ExecutionTimedOut",
            Self::FailStateEntered => "FailStateEntered",
            Self::LambdaFunctionFailed => "LambdaFunctionFailed",
            Self::LambdaFunctionScheduled => "LambdaFunctionScheduled",
            Self::LambdaFunctionScheduleFailed => "LambdaFunctionScheduleFailed",
            Self::LambdaFunctionStarted => "LambdaFunctionStarted",
            Self::LambdaFunctionStartFailed => "LambdaFunctionStartFailed",
            Self::LambdaFunctionSucceeded => "LambdaFunctionSucceeded",
            Self::LambdaFunctionTimedOut => "LambdaFunctionTimedOut",
            Self::MapIterationAborted => "MapIterationAborted",
            Self::MapIterationFailed => "MapIterationFailed",
            Self::MapIterationStarted => "MapIterationStarted",
            Self::MapIterationSucceeded => "MapIterationSucceeded",
            Self::MapStateAborted => "MapStateAborted",
            Self::MapStateEntered => "MapStateEntered",
            Self::MapStateExited => "MapStateExited",
            Self::MapStateFailed => "MapStateFailed",
            Self::MapStateStarted => "MapStateStarted",
            Self::MapStateSucceeded => "MapStateSucceeded",
            Self::ParallelStateAborted => "ParallelStateAborted",
            Self::ParallelStateEntered => "ParallelStateEntered",
            Self::ParallelStateExited => "ParallelStateExited",
            Self::ParallelStateFailed => "ParallelStateFailed",
            Self::ParallelStateStarted => "ParallelStateStarted",
            Self::ParallelStateSucceeded => "ParallelStateSucceeded",
            Self::PassStateEntered => "PassStateEntered",
            Self::PassStateExited => "PassStateExited",
            Self::SucceedStateEntered => "SucceedStateEntered",
            Self::SucceedStateExited => "SucceedStateExited",
            Self::TaskFailed => "TaskFailed",
            Self::TaskScheduled => "TaskScheduled",
            Self::TaskStarted => "TaskStarted",
            Self::TaskStartFailed => "TaskStartFailed",
            Self::TaskStateAborted => "TaskStateAborted",
            Self::TaskStateEntered => "TaskStateEntered",
            Self::TaskStateExited => "TaskStateExited",
            Self::TaskSubmitFailed => "TaskSubmitFailed",
            Self::TaskSubmitted => "TaskSubmitted",
            Self::TaskSucceeded => "TaskSucceeded",
            Self::TaskTimedOut => "TaskTimedOut",
            Self::WaitStateAborted => "WaitStateAborted",
            Self::WaitStateEntered => "WaitStateEntered",
            Self::WaitStateExited => "WaitStateExited",
            Self::MapRunAborted => "MapRunAborted",
            Self::MapRunFailed => "MapRunFailed",
            Self::MapRunStarted => "MapRunStarted",
            Self::MapRunSucceeded => "MapRunSucceeded",
            Self::ExecutionRedriven => "ExecutionRedriven",
            Self::MapRunRedriven => "MapRunRedriven",
            Self::EvaluationFailed => "EvaluationFailed",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &[
            "ActivityFailed",
            "ActivityScheduled",
            "ActivityScheduleFailed",
            "ActivityStarted",
            "ActivitySucceeded",
            "ActivityTimedOut",
            "ChoiceStateEntered",
            "ChoiceStateExited",
            "ExecutionAborted",
            "ExecutionFailed",
            "ExecutionStarted",
            "ExecutionSucceeded",
            "ExecutionTimedOut",
            "FailStateEntered",
            "LambdaFunctionFailed",
            "LambdaFunctionScheduled",
            "LambdaFunctionScheduleFailed",
            "LambdaFunctionStarted",
            "LambdaFunctionStartFailed",
            "LambdaFunctionSucceeded",
            "LambdaFunctionTimedOut",
            "MapIterationAborted",
            "MapIterationFailed",
            "MapIterationStarted",
            "MapIterationSucceeded",
            "MapStateAborted",
            "MapStateEntered",
            "MapStateExited",
            "MapStateFailed",
            "MapStateStarted",
            "MapStateSucceeded",
            "ParallelStateAborted",
            "ParallelStateEntered",
            "ParallelStateExited",
            "ParallelStateFailed",
            "ParallelStateStarted",
            "ParallelStateSucceeded",
            "PassStateEntered",
            "PassStateExited",
            "SucceedStateEntered",
            "SucceedStateExited",
            "TaskFailed",
            "TaskScheduled",
            "TaskStarted",
            "TaskStartFailed",
            "TaskStateAborted",
            "TaskStateEntered",
            "TaskStateExited",
            "TaskSubmitFailed",
            "TaskSubmitted",
            "TaskSucceeded",
            "TaskTimedOut",
            "WaitStateAborted",
            "WaitStateEntered",
            "WaitStateExited",
            "MapRunAborted",
            "MapRunFailed",
            "MapRunStarted",
            "MapRunSucceeded",
            "ExecutionRedriven",
            "MapRunRedriven",
            "EvaluationFailed",
        ]
    }
}
impl ::std::convert::From<&str> for HistoryEventType {
    fn from(s: &str) -> Self {
        match s {
            "ActivityFailed" => Self::ActivityFailed,
            "ActivityScheduled" => Self::ActivityScheduled,
            "ActivityScheduleFailed" => Self::ActivityScheduleFailed,
            "ActivityStarted" => Self::ActivityStarted,
            "ActivitySucceeded" => Self::ActivitySucceeded,
            "ActivityTimedOut" => Self::ActivityTimedOut,
            "ChoiceStateEntered" => Self::ChoiceStateEntered,
            "ChoiceStateExited" => Self::ChoiceStateExited,
            "ExecutionAborted" => Self::ExecutionAborted,
            "ExecutionFailed" => Self::ExecutionFailed,
            "ExecutionStarted" => Self::ExecutionStarted,
            "ExecutionSucceeded" => Self::ExecutionSucceeded,
            "ExecutionTimedOut" => Self::ExecutionTimedOut,
            "FailStateEntered" => Self::FailStateEntered,
            "LambdaFunctionFailed" => Self::LambdaFunctionFailed,
            "LambdaFunctionScheduled" => Self::LambdaFunctionScheduled,
            "LambdaFunctionScheduleFailed" => Self::LambdaFunctionScheduleFailed,
            "LambdaFunctionStarted" => Self::LambdaFunctionStarted,
            "LambdaFunctionStartFailed" => Self::LambdaFunctionStartFailed,
            "LambdaFunctionSucceeded" => Self::LambdaFunctionSucceeded,
            "LambdaFunctionTimedOut" => Self::LambdaFunctionTimedOut,
            "MapIterationAborted" => Self::MapIterationAborted,
            "MapIterationFailed" => Self::MapIterationFailed,
            "MapIterationStarted" => Self::MapIterationStarted,
            "MapIterationSucceeded" => Self::MapIterationSucceeded,
            "MapStateAborted" => Self::MapStateAborted,
            "MapStateEntered" => Self::MapStateEntered,
            "MapStateExited" => Self::MapStateExited,
            "MapStateFailed" => Self::MapStateFailed,
            "MapStateStarted" => Self::MapStateStarted,
            "MapStateSucceeded" => Self::MapStateSucceeded,
            "ParallelStateAborted" => Self::ParallelStateAborted,
            "ParallelStateEntered" => Self::ParallelStateEntered,
            "ParallelStateExited" => Self::ParallelStateExited,
            "ParallelStateFailed" => Self::ParallelStateFailed,
            "ParallelStateStarted" => Self::ParallelStateStarted,
            "ParallelStateSucceeded" => Self::ParallelStateSucceeded,
            "PassStateEntered" => Self::PassStateEntered,
            "PassStateExited" => Self::PassStateExited,
            "SucceedStateEntered" => Self::SucceedStateEntered,
            "SucceedStateExited" => Self::SucceedStateExited,
            "TaskFailed" => Self::TaskFailed,
            "TaskScheduled" => Self::TaskScheduled,
            "TaskStarted" => Self::TaskStarted,
            "TaskStartFailed" => Self::TaskStartFailed,
            "TaskStateAborted" => Self::TaskStateAborted,
            "TaskStateEntered" => Self::TaskStateEntered,
            "TaskStateExited" => Self::TaskStateExited,
            "TaskSubmitFailed" => Self::TaskSubmitFailed,
            "TaskSubmitted" => Self::TaskSubmitted,
            "TaskSucceeded" => Self::TaskSucceeded,
            "TaskTimedOut" => Self::TaskTimedOut,
            "WaitStateAborted" => Self::WaitStateAborted,
            "WaitStateEntered" => Self::WaitStateEntered,
            "WaitStateExited" => Self::WaitStateExited,
            "MapRunAborted" => Self::MapRunAborted,
            "MapRunFailed" => Self::MapRunFailed,
            "MapRunStarted" => Self::MapRunStarted,
            "MapRunSucceeded" => Self::MapRunSucceeded,
            "ExecutionRedriven" => Self::ExecutionRedriven,
            "MapRunRedriven" => Self::MapRunRedriven,
            "EvaluationFailed" => Self::EvaluationFailed,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(HistoryEventType);
/// From AWS's model: the apis.guru spec lacks it, and the model has no
/// documentation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::cmp::Eq,
    ::std::hash::Hash,
    ::std::cmp::PartialOrd,
    ::std::cmp::Ord,
    ::std::fmt::Debug
)]
#[non_exhaustive]
pub enum IncludedData {
    /// `ALL_DATA`
    AllData,
    /// `METADATA_ONLY`
    MetadataOnly,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl IncludedData {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AllData => "ALL_DATA",
            Self::MetadataOnly => "METADATA_ONLY",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["ALL_DATA", "METADATA_ONLY"]
    }
}
impl ::std::convert::From<&str> for IncludedData {
    fn from(s: &str) -> Self {
        match s {
            "ALL_DATA" => Self::AllData,
            "METADATA_ONLY" => Self::MetadataOnly,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(IncludedData);
/// From AWS's model: the apis.guru spec lacks it, and the model has no
/// documentation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct InspectionData {
    #[serde(rename = "afterArguments", default)]
    pub after_arguments: ::std::option::Option<::std::string::String>,
    #[serde(rename = "afterInputPath", default)]
    pub after_input_path: ::std::option::Option<::std::string::String>,
    #[serde(rename = "afterItemBatcher", default)]
    pub after_item_batcher: ::std::option::Option<::std::string::String>,
    #[serde(rename = "afterItemSelector", default)]
    pub after_item_selector: ::std::option::Option<::std::string::String>,
    #[serde(rename = "afterItemsPath", default)]
    pub after_items_path: ::std::option::Option<::std::string::String>,
    #[serde(rename = "afterItemsPointer", default)]
    pub after_items_pointer: ::std::option::Option<::std::string::String>,
    #[serde(rename = "afterParameters", default)]
    pub after_parameters: ::std::option::Option<::std::string::String>,
    #[serde(rename = "afterResultPath", default)]
    pub after_result_path: ::std::option::Option<::std::string::String>,
    #[serde(rename = "afterResultSelector", default)]
    pub after_result_selector: ::std::option::Option<::std::string::String>,
    #[serde(rename = "errorDetails", default)]
    pub error_details: ::std::option::Option<crate::types::InspectionErrorDetails>,
    #[serde(rename = "input", default)]
    pub input: ::std::option::Option<::std::string::String>,
    #[serde(rename = "maxConcurrency", default)]
    pub max_concurrency: ::std::option::Option<i64>,
    #[serde(rename = "request", default)]
    pub request: ::std::option::Option<crate::types::InspectionDataRequest>,
    #[serde(rename = "response", default)]
    pub response: ::std::option::Option<crate::types::InspectionDataResponse>,
    #[serde(rename = "result", default)]
    pub result: ::std::option::Option<::std::string::String>,
    #[serde(rename = "toleratedFailureCount", default)]
    pub tolerated_failure_count: ::std::option::Option<i64>,
    #[serde(rename = "toleratedFailurePercentage", default)]
    pub tolerated_failure_percentage: ::std::option::Option<f32>,
    #[serde(rename = "variables", default)]
    pub variables: ::std::option::Option<::std::string::String>,
}
impl InspectionData {
    /// A new [`InspectionDataBuilder`](crate::types::builders::InspectionDataBuilder).
    pub fn builder() -> crate::types::builders::InspectionDataBuilder {
        ::std::default::Default::default()
    }
}
impl ::std::fmt::Debug for InspectionData {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let mut s = f.debug_struct("InspectionData");
        s.field("after_arguments", &"*** Sensitive Data Redacted ***");
        s.field("after_input_path", &"*** Sensitive Data Redacted ***");
        s.field("after_item_batcher", &"*** Sensitive Data Redacted ***");
        s.field("after_item_selector", &"*** Sensitive Data Redacted ***");
        s.field("after_items_path", &"*** Sensitive Data Redacted ***");
        s.field("after_items_pointer", &"*** Sensitive Data Redacted ***");
        s.field("after_parameters", &"*** Sensitive Data Redacted ***");
        s.field("after_result_path", &"*** Sensitive Data Redacted ***");
        s.field("after_result_selector", &"*** Sensitive Data Redacted ***");
        s.field("error_details", &"*** Sensitive Data Redacted ***");
        s.field("input", &"*** Sensitive Data Redacted ***");
        s.field("max_concurrency", &"*** Sensitive Data Redacted ***");
        s.field("request", &"*** Sensitive Data Redacted ***");
        s.field("response", &"*** Sensitive Data Redacted ***");
        s.field("result", &"*** Sensitive Data Redacted ***");
        s.field("tolerated_failure_count", &"*** Sensitive Data Redacted ***");
        s.field("tolerated_failure_percentage", &"*** Sensitive Data Redacted ***");
        s.field("variables", &"*** Sensitive Data Redacted ***");
        s.finish()
    }
}
/// From AWS's model: the apis.guru spec lacks it, and the model has no
/// documentation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct InspectionDataRequest {
    #[serde(rename = "body", default)]
    pub body: ::std::option::Option<::std::string::String>,
    #[serde(rename = "headers", default)]
    pub headers: ::std::option::Option<::std::string::String>,
    #[serde(rename = "method", default)]
    pub method: ::std::option::Option<::std::string::String>,
    #[serde(rename = "protocol", default)]
    pub protocol: ::std::option::Option<::std::string::String>,
    #[serde(rename = "url", default)]
    pub url: ::std::option::Option<::std::string::String>,
}
impl InspectionDataRequest {
    /// A new [`InspectionDataRequestBuilder`](crate::types::builders::InspectionDataRequestBuilder).
    pub fn builder() -> crate::types::builders::InspectionDataRequestBuilder {
        ::std::default::Default::default()
    }
}
/// From AWS's model: the apis.guru spec lacks it, and the model has no
/// documentation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct InspectionDataResponse {
    #[serde(rename = "body", default)]
    pub body: ::std::option::Option<::std::string::String>,
    #[serde(rename = "headers", default)]
    pub headers: ::std::option::Option<::std::string::String>,
    #[serde(rename = "protocol", default)]
    pub protocol: ::std::option::Option<::std::string::String>,
    #[serde(rename = "statusCode", default)]
    pub status_code: ::std::option::Option<::std::string::String>,
    #[serde(rename = "statusMessage", default)]
    pub status_message: ::std::option::Option<::std::string::String>,
}
impl InspectionDataResponse {
    /// A new [`InspectionDataResponseBuilder`](crate::types::builders::InspectionDataResponseBuilder).
    pub fn builder() -> crate::types::builders::InspectionDataResponseBuilder {
        ::std::default::Default::default()
    }
}
/// From AWS's model: the apis.guru spec lacks it, and the model has no
/// documentation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct InspectionErrorDetails {
    #[serde(rename = "catchIndex", default)]
    pub catch_index: ::std::option::Option<i64>,
    #[serde(rename = "retryBackoffIntervalSeconds", default)]
    pub retry_backoff_interval_seconds: ::std::option::Option<i64>,
    #[serde(rename = "retryIndex", default)]
    pub retry_index: ::std::option::Option<i64>,
}
impl InspectionErrorDetails {
    /// A new [`InspectionErrorDetailsBuilder`](crate::types::builders::InspectionErrorDetailsBuilder).
    pub fn builder() -> crate::types::builders::InspectionErrorDetailsBuilder {
        ::std::default::Default::default()
    }
}
impl ::std::fmt::Debug for InspectionErrorDetails {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let mut s = f.debug_struct("InspectionErrorDetails");
        s.field("catch_index", &"*** Sensitive Data Redacted ***");
        s.field("retry_backoff_interval_seconds", &"*** Sensitive Data Redacted ***");
        s.field("retry_index", &"*** Sensitive Data Redacted ***");
        s.finish()
    }
}
/// From AWS's model: the apis.guru spec lacks it, and the model has no
/// documentation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::cmp::Eq,
    ::std::hash::Hash,
    ::std::cmp::PartialOrd,
    ::std::cmp::Ord,
    ::std::fmt::Debug
)]
#[non_exhaustive]
pub enum InspectionLevel {
    /// `INFO`
    Info,
    /// `DEBUG`
    Debug,
    /// `TRACE`
    Trace,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl InspectionLevel {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Info => "INFO",
            Self::Debug => "DEBUG",
            Self::Trace => "TRACE",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["INFO", "DEBUG", "TRACE"]
    }
}
impl ::std::convert::From<&str> for InspectionLevel {
    fn from(s: &str) -> Self {
        match s {
            "INFO" => Self::Info,
            "DEBUG" => Self::Debug,
            "TRACE" => Self::Trace,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(InspectionLevel);
/// From AWS's model: the apis.guru spec lacks it, and the model has no
/// documentation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::cmp::Eq,
    ::std::hash::Hash,
    ::std::cmp::PartialOrd,
    ::std::cmp::Ord,
    ::std::fmt::Debug
)]
#[non_exhaustive]
pub enum KmsKeyState {
    /// `DISABLED`
    Disabled,
    /// `PENDING_DELETION`
    PendingDeletion,
    /// `PENDING_IMPORT`
    PendingImport,
    /// `UNAVAILABLE`
    Unavailable,
    /// `CREATING`
    Creating,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl KmsKeyState {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Disabled => "DISABLED",
            Self::PendingDeletion => "PENDING_DELETION",
            Self::PendingImport => "PENDING_IMPORT",
            Self::Unavailable => "UNAVAILABLE",
            Self::Creating => "CREATING",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["DISABLED", "PENDING_DELETION", "PENDING_IMPORT", "UNAVAILABLE", "CREATING"]
    }
}
impl ::std::convert::From<&str> for KmsKeyState {
    fn from(s: &str) -> Self {
        match s {
            "DISABLED" => Self::Disabled,
            "PENDING_DELETION" => Self::PendingDeletion,
            "PENDING_IMPORT" => Self::PendingImport,
            "UNAVAILABLE" => Self::Unavailable,
            "CREATING" => Self::Creating,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(KmsKeyState);
/// Contains details about a Lambda function that failed during an execution.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct LambdaFunctionFailedEventDetails {
    /// A more detailed explanation of the cause of the failure.
    #[serde(rename = "cause", default)]
    pub cause: ::std::option::Option<::std::string::String>,
    /// The error code of the failure.
    #[serde(rename = "error", default)]
    pub error: ::std::option::Option<::std::string::String>,
}
impl LambdaFunctionFailedEventDetails {
    /// A new [`LambdaFunctionFailedEventDetailsBuilder`](crate::types::builders::LambdaFunctionFailedEventDetailsBuilder).
    pub fn builder() -> crate::types::builders::LambdaFunctionFailedEventDetailsBuilder {
        ::std::default::Default::default()
    }
}
impl ::std::fmt::Debug for LambdaFunctionFailedEventDetails {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let mut s = f.debug_struct("LambdaFunctionFailedEventDetails");
        s.field("cause", &"*** Sensitive Data Redacted ***");
        s.field("error", &"*** Sensitive Data Redacted ***");
        s.finish()
    }
}
/// Contains details about a failed Lambda function schedule event that occurred
/// during an execution.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct LambdaFunctionScheduleFailedEventDetails {
    /// A more detailed explanation of the cause of the failure.
    #[serde(rename = "cause", default)]
    pub cause: ::std::option::Option<::std::string::String>,
    /// The error code of the failure.
    #[serde(rename = "error", default)]
    pub error: ::std::option::Option<::std::string::String>,
}
impl LambdaFunctionScheduleFailedEventDetails {
    /// A new [`LambdaFunctionScheduleFailedEventDetailsBuilder`](crate::types::builders::LambdaFunctionScheduleFailedEventDetailsBuilder).
    pub fn builder() -> crate::types::builders::LambdaFunctionScheduleFailedEventDetailsBuilder {
        ::std::default::Default::default()
    }
}
impl ::std::fmt::Debug for LambdaFunctionScheduleFailedEventDetails {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let mut s = f.debug_struct("LambdaFunctionScheduleFailedEventDetails");
        s.field("cause", &"*** Sensitive Data Redacted ***");
        s.field("error", &"*** Sensitive Data Redacted ***");
        s.finish()
    }
}
/// Contains details about a Lambda function scheduled during an execution.
#[derive(::std::clone::Clone, ::std::cmp::PartialEq, ::serde::Deserialize)]
#[non_exhaustive]
pub struct LambdaFunctionScheduledEventDetails {
    /// The JSON data input to the Lambda function. Length constraints apply to the
    /// payload size, and are expressed as bytes in UTF-8 encoding.
    #[serde(rename = "input", default)]
    pub input: ::std::option::Option<::std::string::String>,
    /// Contains details about input for an execution history event.
    #[serde(rename = "inputDetails", default)]
    pub input_details: ::std::option::Option<
        crate::types::HistoryEventExecutionDataDetails,
    >,
    /// The Amazon Resource Name (ARN) of the scheduled Lambda function.
    #[serde(rename = "resource", default)]
    pub resource: ::std::string::String,
    /// The credentials that Step Functions uses for the task.
    #[serde(rename = "taskCredentials", default)]
    pub task_credentials: ::std::option::Option<crate::types::TaskCredentials>,
    /// The maximum allowed duration of the Lambda function.
    #[serde(rename = "timeoutInSeconds", default)]
    pub timeout_in_seconds: ::std::option::Option<i64>,
}
impl LambdaFunctionScheduledEventDetails {
    /// A new [`LambdaFunctionScheduledEventDetailsBuilder`](crate::types::builders::LambdaFunctionScheduledEventDetailsBuilder).
    pub fn builder() -> crate::types::builders::LambdaFunctionScheduledEventDetailsBuilder {
        ::std::default::Default::default()
    }
}
impl ::std::fmt::Debug for LambdaFunctionScheduledEventDetails {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let mut s = f.debug_struct("LambdaFunctionScheduledEventDetails");
        s.field("input", &"*** Sensitive Data Redacted ***");
        s.field("input_details", &self.input_details);
        s.field("resource", &self.resource);
        s.field("task_credentials", &self.task_credentials);
        s.field("timeout_in_seconds", &self.timeout_in_seconds);
        s.finish()
    }
}
/// Contains details about a lambda function that failed to start during an
/// execution.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct LambdaFunctionStartFailedEventDetails {
    /// A more detailed explanation of the cause of the failure.
    #[serde(rename = "cause", default)]
    pub cause: ::std::option::Option<::std::string::String>,
    /// The error code of the failure.
    #[serde(rename = "error", default)]
    pub error: ::std::option::Option<::std::string::String>,
}
impl LambdaFunctionStartFailedEventDetails {
    /// A new [`LambdaFunctionStartFailedEventDetailsBuilder`](crate::types::builders::LambdaFunctionStartFailedEventDetailsBuilder).
    pub fn builder() -> crate::types::builders::LambdaFunctionStartFailedEventDetailsBuilder {
        ::std::default::Default::default()
    }
}
impl ::std::fmt::Debug for LambdaFunctionStartFailedEventDetails {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let mut s = f.debug_struct("LambdaFunctionStartFailedEventDetails");
        s.field("cause", &"*** Sensitive Data Redacted ***");
        s.field("error", &"*** Sensitive Data Redacted ***");
        s.finish()
    }
}
/// Contains details about a Lambda function that successfully terminated during an
/// execution.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct LambdaFunctionSucceededEventDetails {
    /// The JSON data output by the Lambda function. Length constraints apply to the
    /// payload size, and are expressed as bytes in UTF-8 encoding.
    #[serde(rename = "output", default)]
    pub output: ::std::option::Option<::std::string::String>,
    /// Contains details about the output of an execution history event.
    #[serde(rename = "outputDetails", default)]
    pub output_details: ::std::option::Option<
        crate::types::HistoryEventExecutionDataDetails,
    >,
}
impl LambdaFunctionSucceededEventDetails {
    /// A new [`LambdaFunctionSucceededEventDetailsBuilder`](crate::types::builders::LambdaFunctionSucceededEventDetailsBuilder).
    pub fn builder() -> crate::types::builders::LambdaFunctionSucceededEventDetailsBuilder {
        ::std::default::Default::default()
    }
}
impl ::std::fmt::Debug for LambdaFunctionSucceededEventDetails {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let mut s = f.debug_struct("LambdaFunctionSucceededEventDetails");
        s.field("output", &"*** Sensitive Data Redacted ***");
        s.field("output_details", &self.output_details);
        s.finish()
    }
}
/// Contains details about a Lambda function timeout that occurred during an
/// execution.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct LambdaFunctionTimedOutEventDetails {
    /// A more detailed explanation of the cause of the timeout.
    #[serde(rename = "cause", default)]
    pub cause: ::std::option::Option<::std::string::String>,
    /// The error code of the failure.
    #[serde(rename = "error", default)]
    pub error: ::std::option::Option<::std::string::String>,
}
impl LambdaFunctionTimedOutEventDetails {
    /// A new [`LambdaFunctionTimedOutEventDetailsBuilder`](crate::types::builders::LambdaFunctionTimedOutEventDetailsBuilder).
    pub fn builder() -> crate::types::builders::LambdaFunctionTimedOutEventDetailsBuilder {
        ::std::default::Default::default()
    }
}
impl ::std::fmt::Debug for LambdaFunctionTimedOutEventDetails {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let mut s = f.debug_struct("LambdaFunctionTimedOutEventDetails");
        s.field("cause", &"*** Sensitive Data Redacted ***");
        s.field("error", &"*** Sensitive Data Redacted ***");
        s.finish()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct ListActivitiesInput {
    /// The maximum number of results that are returned per call. You can use
    /// `nextToken` to obtain further pages of results. The default is 100 and the
    /// maximum allowed page size is 1000. A value of 0 uses the default.
    ///
    /// This is only an upper limit. The actual number of results returned per call
    /// might be fewer than the specified maximum.
    #[serde(
        rename = "maxResults",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub max_results: ::std::option::Option<i64>,
    /// If `nextToken` is returned, there are more results available. The value of
    /// `nextToken` is a unique pagination token for each page. Make the call again
    /// using the returned token to retrieve the next page. Keep all other arguments
    /// unchanged. Each pagination token expires after 24 hours. Using an expired
    /// pagination token will return an *HTTP 400 InvalidToken* error.
    #[serde(
        rename = "nextToken",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_token: ::std::option::Option<::std::string::String>,
}
impl ListActivitiesInput {
    /// A new [`ListActivitiesInputBuilder`](crate::types::builders::ListActivitiesInputBuilder).
    pub fn builder() -> crate::types::builders::ListActivitiesInputBuilder {
        ::std::default::Default::default()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ListActivitiesOutput {
    /// The list of activities.
    #[serde(rename = "activities", default)]
    pub activities: ::std::vec::Vec<crate::types::ActivityListItem>,
    /// If `nextToken` is returned, there are more results available. The value of
    /// `nextToken` is a unique pagination token for each page. Make the call again
    /// using the returned token to retrieve the next page. Keep all other arguments
    /// unchanged. Each pagination token expires after 24 hours. Using an expired
    /// pagination token will return an *HTTP 400 InvalidToken* error.
    #[serde(rename = "nextToken", default)]
    pub next_token: ::std::option::Option<::std::string::String>,
}
impl ListActivitiesOutput {
    /// A new [`ListActivitiesOutputBuilder`](crate::types::builders::ListActivitiesOutputBuilder).
    pub fn builder() -> crate::types::builders::ListActivitiesOutputBuilder {
        ::std::default::Default::default()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct ListExecutionsInput {
    /// The Amazon Resource Name (ARN) of the Map Run that started the child workflow
    /// executions. If the `mapRunArn` field is specified, a list of all of the child
    /// workflow executions started by a Map Run is returned. For more information, see
    /// [Examining Map
    /// Run](https://docs.aws.amazon.com/step-functions/latest/dg/concepts-examine-map-run.html)
    /// in the *Step Functions Developer Guide*.
    ///
    /// You can specify either a `mapRunArn` or a `stateMachineArn`, but not both.
    #[serde(
        rename = "mapRunArn",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub map_run_arn: ::std::option::Option<::std::string::String>,
    /// The maximum number of results that are returned per call. You can use
    /// `nextToken` to obtain further pages of results. The default is 100 and the
    /// maximum allowed page size is 1000. A value of 0 uses the default.
    ///
    /// This is only an upper limit. The actual number of results returned per call
    /// might be fewer than the specified maximum.
    #[serde(
        rename = "maxResults",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub max_results: ::std::option::Option<i64>,
    /// If `nextToken` is returned, there are more results available. The value of
    /// `nextToken` is a unique pagination token for each page. Make the call again
    /// using the returned token to retrieve the next page. Keep all other arguments
    /// unchanged. Each pagination token expires after 24 hours. Using an expired
    /// pagination token will return an *HTTP 400 InvalidToken* error.
    #[serde(
        rename = "nextToken",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_token: ::std::option::Option<::std::string::String>,
    /// The Amazon Resource Name (ARN) of the state machine whose executions is listed.
    ///
    /// You can specify either a `mapRunArn` or a `stateMachineArn`, but not both.
    ///
    /// You can also return a list of executions associated with a specific
    /// [alias](https://docs.aws.amazon.com/step-functions/latest/dg/concepts-state-machine-alias.html)
    /// or
    /// [version](https://docs.aws.amazon.com/step-functions/latest/dg/concepts-state-machine-version.html),
    /// by specifying an alias ARN or a version ARN in the `stateMachineArn` parameter.
    #[serde(
        rename = "stateMachineArn",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub state_machine_arn: ::std::option::Option<::std::string::String>,
    /// If specified, only list the executions whose current execution status matches
    /// the given filter.
    #[serde(
        rename = "statusFilter",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status_filter: ::std::option::Option<crate::types::ExecutionStatus>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "redriveFilter",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub redrive_filter: ::std::option::Option<crate::types::ExecutionRedriveFilter>,
}
impl ListExecutionsInput {
    /// A new [`ListExecutionsInputBuilder`](crate::types::builders::ListExecutionsInputBuilder).
    pub fn builder() -> crate::types::builders::ListExecutionsInputBuilder {
        ::std::default::Default::default()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ListExecutionsOutput {
    /// The list of matching executions.
    #[serde(rename = "executions", default)]
    pub executions: ::std::vec::Vec<crate::types::ExecutionListItem>,
    /// If `nextToken` is returned, there are more results available. The value of
    /// `nextToken` is a unique pagination token for each page. Make the call again
    /// using the returned token to retrieve the next page. Keep all other arguments
    /// unchanged. Each pagination token expires after 24 hours. Using an expired
    /// pagination token will return an *HTTP 400 InvalidToken* error.
    #[serde(rename = "nextToken", default)]
    pub next_token: ::std::option::Option<::std::string::String>,
}
impl ListExecutionsOutput {
    /// A new [`ListExecutionsOutputBuilder`](crate::types::builders::ListExecutionsOutputBuilder).
    pub fn builder() -> crate::types::builders::ListExecutionsOutputBuilder {
        ::std::default::Default::default()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct ListMapRunsInput {
    /// The Amazon Resource Name (ARN) of the execution for which the Map Runs must be
    /// listed.
    #[serde(rename = "executionArn")]
    pub execution_arn: ::std::string::String,
    /// The maximum number of results that are returned per call. You can use
    /// `nextToken` to obtain further pages of results. The default is 100 and the
    /// maximum allowed page size is 1000. A value of 0 uses the default.
    ///
    /// This is only an upper limit. The actual number of results returned per call
    /// might be fewer than the specified maximum.
    #[serde(
        rename = "maxResults",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub max_results: ::std::option::Option<i64>,
    /// If `nextToken` is returned, there are more results available. The value of
    /// `nextToken` is a unique pagination token for each page. Make the call again
    /// using the returned token to retrieve the next page. Keep all other arguments
    /// unchanged. Each pagination token expires after 24 hours. Using an expired
    /// pagination token will return an *HTTP 400 InvalidToken* error.
    #[serde(
        rename = "nextToken",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_token: ::std::option::Option<::std::string::String>,
}
impl ListMapRunsInput {
    /// A new [`ListMapRunsInputBuilder`](crate::types::builders::ListMapRunsInputBuilder).
    pub fn builder() -> crate::types::builders::ListMapRunsInputBuilder {
        ::std::default::Default::default()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ListMapRunsOutput {
    /// An array that lists information related to a Map Run, such as the Amazon
    /// Resource Name (ARN) of the Map Run and the ARN of the state machine that started
    /// the Map Run.
    #[serde(rename = "mapRuns", default)]
    pub map_runs: ::std::vec::Vec<crate::types::MapRunListItem>,
    /// If `nextToken` is returned, there are more results available. The value of
    /// `nextToken` is a unique pagination token for each page. Make the call again
    /// using the returned token to retrieve the next page. Keep all other arguments
    /// unchanged. Each pagination token expires after 24 hours. Using an expired
    /// pagination token will return an *HTTP 400 InvalidToken* error.
    #[serde(rename = "nextToken", default)]
    pub next_token: ::std::option::Option<::std::string::String>,
}
impl ListMapRunsOutput {
    /// A new [`ListMapRunsOutputBuilder`](crate::types::builders::ListMapRunsOutputBuilder).
    pub fn builder() -> crate::types::builders::ListMapRunsOutputBuilder {
        ::std::default::Default::default()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct ListStateMachineAliasesInput {
    /// The maximum number of results that are returned per call. You can use
    /// `nextToken` to obtain further pages of results. The default is 100 and the
    /// maximum allowed page size is 1000. A value of 0 uses the default.
    ///
    /// This is only an upper limit. The actual number of results returned per call
    /// might be fewer than the specified maximum.
    #[serde(
        rename = "maxResults",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub max_results: ::std::option::Option<i64>,
    /// If `nextToken` is returned, there are more results available. The value of
    /// `nextToken` is a unique pagination token for each page. Make the call again
    /// using the returned token to retrieve the next page. Keep all other arguments
    /// unchanged. Each pagination token expires after 24 hours. Using an expired
    /// pagination token will return an *HTTP 400 InvalidToken* error.
    #[serde(
        rename = "nextToken",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_token: ::std::option::Option<::std::string::String>,
    /// The Amazon Resource Name (ARN) of the state machine for which you want to list
    /// aliases.
    ///
    /// If you specify a state machine version ARN, this API returns a list of aliases
    /// for that version.
    #[serde(rename = "stateMachineArn")]
    pub state_machine_arn: ::std::string::String,
}
impl ListStateMachineAliasesInput {
    /// A new [`ListStateMachineAliasesInputBuilder`](crate::types::builders::ListStateMachineAliasesInputBuilder).
    pub fn builder() -> crate::types::builders::ListStateMachineAliasesInputBuilder {
        ::std::default::Default::default()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ListStateMachineAliasesOutput {
    /// If `nextToken` is returned, there are more results available. The value of
    /// `nextToken` is a unique pagination token for each page. Make the call again
    /// using the returned token to retrieve the next page. Keep all other arguments
    /// unchanged. Each pagination token expires after 24 hours. Using an expired
    /// pagination token will return an *HTTP 400 InvalidToken* error.
    #[serde(rename = "nextToken", default)]
    pub next_token: ::std::option::Option<::std::string::String>,
    /// Aliases for the state machine.
    #[serde(rename = "stateMachineAliases", default)]
    pub state_machine_aliases: ::std::vec::Vec<crate::types::StateMachineAliasListItem>,
}
impl ListStateMachineAliasesOutput {
    /// A new [`ListStateMachineAliasesOutputBuilder`](crate::types::builders::ListStateMachineAliasesOutputBuilder).
    pub fn builder() -> crate::types::builders::ListStateMachineAliasesOutputBuilder {
        ::std::default::Default::default()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct ListStateMachineVersionsInput {
    /// The maximum number of results that are returned per call. You can use
    /// `nextToken` to obtain further pages of results. The default is 100 and the
    /// maximum allowed page size is 1000. A value of 0 uses the default.
    ///
    /// This is only an upper limit. The actual number of results returned per call
    /// might be fewer than the specified maximum.
    #[serde(
        rename = "maxResults",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub max_results: ::std::option::Option<i64>,
    /// If `nextToken` is returned, there are more results available. The value of
    /// `nextToken` is a unique pagination token for each page. Make the call again
    /// using the returned token to retrieve the next page. Keep all other arguments
    /// unchanged. Each pagination token expires after 24 hours. Using an expired
    /// pagination token will return an *HTTP 400 InvalidToken* error.
    #[serde(
        rename = "nextToken",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_token: ::std::option::Option<::std::string::String>,
    /// The Amazon Resource Name (ARN) of the state machine.
    #[serde(rename = "stateMachineArn")]
    pub state_machine_arn: ::std::string::String,
}
impl ListStateMachineVersionsInput {
    /// A new [`ListStateMachineVersionsInputBuilder`](crate::types::builders::ListStateMachineVersionsInputBuilder).
    pub fn builder() -> crate::types::builders::ListStateMachineVersionsInputBuilder {
        ::std::default::Default::default()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ListStateMachineVersionsOutput {
    /// If `nextToken` is returned, there are more results available. The value of
    /// `nextToken` is a unique pagination token for each page. Make the call again
    /// using the returned token to retrieve the next page. Keep all other arguments
    /// unchanged. Each pagination token expires after 24 hours. Using an expired
    /// pagination token will return an *HTTP 400 InvalidToken* error.
    #[serde(rename = "nextToken", default)]
    pub next_token: ::std::option::Option<::std::string::String>,
    /// Versions for the state machine.
    #[serde(rename = "stateMachineVersions", default)]
    pub state_machine_versions: ::std::vec::Vec<
        crate::types::StateMachineVersionListItem,
    >,
}
impl ListStateMachineVersionsOutput {
    /// A new [`ListStateMachineVersionsOutputBuilder`](crate::types::builders::ListStateMachineVersionsOutputBuilder).
    pub fn builder() -> crate::types::builders::ListStateMachineVersionsOutputBuilder {
        ::std::default::Default::default()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct ListStateMachinesInput {
    /// The maximum number of results that are returned per call. You can use
    /// `nextToken` to obtain further pages of results. The default is 100 and the
    /// maximum allowed page size is 1000. A value of 0 uses the default.
    ///
    /// This is only an upper limit. The actual number of results returned per call
    /// might be fewer than the specified maximum.
    #[serde(
        rename = "maxResults",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub max_results: ::std::option::Option<i64>,
    /// If `nextToken` is returned, there are more results available. The value of
    /// `nextToken` is a unique pagination token for each page. Make the call again
    /// using the returned token to retrieve the next page. Keep all other arguments
    /// unchanged. Each pagination token expires after 24 hours. Using an expired
    /// pagination token will return an *HTTP 400 InvalidToken* error.
    #[serde(
        rename = "nextToken",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_token: ::std::option::Option<::std::string::String>,
}
impl ListStateMachinesInput {
    /// A new [`ListStateMachinesInputBuilder`](crate::types::builders::ListStateMachinesInputBuilder).
    pub fn builder() -> crate::types::builders::ListStateMachinesInputBuilder {
        ::std::default::Default::default()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ListStateMachinesOutput {
    /// If `nextToken` is returned, there are more results available. The value of
    /// `nextToken` is a unique pagination token for each page. Make the call again
    /// using the returned token to retrieve the next page. Keep all other arguments
    /// unchanged. Each pagination token expires after 24 hours. Using an expired
    /// pagination token will return an *HTTP 400 InvalidToken* error.
    #[serde(rename = "nextToken", default)]
    pub next_token: ::std::option::Option<::std::string::String>,
    #[serde(rename = "stateMachines", default)]
    pub state_machines: ::std::vec::Vec<crate::types::StateMachineListItem>,
}
impl ListStateMachinesOutput {
    /// A new [`ListStateMachinesOutputBuilder`](crate::types::builders::ListStateMachinesOutputBuilder).
    pub fn builder() -> crate::types::builders::ListStateMachinesOutputBuilder {
        ::std::default::Default::default()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct ListTagsForResourceInput {
    /// The Amazon Resource Name (ARN) for the Step Functions state machine or activity.
    #[serde(rename = "resourceArn")]
    pub resource_arn: ::std::string::String,
}
impl ListTagsForResourceInput {
    /// A new [`ListTagsForResourceInputBuilder`](crate::types::builders::ListTagsForResourceInputBuilder).
    pub fn builder() -> crate::types::builders::ListTagsForResourceInputBuilder {
        ::std::default::Default::default()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ListTagsForResourceOutput {
    /// An array of tags associated with the resource.
    #[serde(rename = "tags", default)]
    pub tags: ::std::option::Option<::std::vec::Vec<crate::types::Tag>>,
}
impl ListTagsForResourceOutput {
    /// A new [`ListTagsForResourceOutputBuilder`](crate::types::builders::ListTagsForResourceOutputBuilder).
    pub fn builder() -> crate::types::builders::ListTagsForResourceOutputBuilder {
        ::std::default::Default::default()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct LogDestination {
    /// An object describing a CloudWatch log group. For more information, see
    /// [AWS::Logs::LogGroup](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-logs-loggroup.html)
    /// in the CloudFormation User Guide.
    #[serde(
        rename = "cloudWatchLogsLogGroup",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cloud_watch_logs_log_group: ::std::option::Option<
        crate::types::CloudWatchLogsLogGroup,
    >,
}
impl LogDestination {
    /// A new [`LogDestinationBuilder`](crate::types::builders::LogDestinationBuilder).
    pub fn builder() -> crate::types::builders::LogDestinationBuilder {
        ::std::default::Default::default()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::cmp::Eq,
    ::std::hash::Hash,
    ::std::cmp::PartialOrd,
    ::std::cmp::Ord,
    ::std::fmt::Debug
)]
#[non_exhaustive]
pub enum LogLevel {
    /// `ALL`
    All,
    /// `ERROR`
    Error,
    /// `FATAL`
    Fatal,
    /// `OFF`
    Off,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl LogLevel {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::All => "ALL",
            Self::Error => "ERROR",
            Self::Fatal => "FATAL",
            Self::Off => "OFF",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["ALL", "ERROR", "FATAL", "OFF"]
    }
}
impl ::std::convert::From<&str> for LogLevel {
    fn from(s: &str) -> Self {
        match s {
            "ALL" => Self::All,
            "ERROR" => Self::Error,
            "FATAL" => Self::Fatal,
            "OFF" => Self::Off,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(LogLevel);
/// The `LoggingConfiguration` data type is used to set CloudWatch Logs options.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct LoggingConfiguration {
    /// An array of objects that describes where your execution history events will be
    /// logged. Limited to size 1. Required, if your log level is not set to `OFF`.
    #[serde(
        rename = "destinations",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub destinations: ::std::option::Option<
        ::std::vec::Vec<crate::types::LogDestination>,
    >,
    /// Determines whether execution data is included in your log. When set to `false`,
    /// data is excluded.
    #[serde(
        rename = "includeExecutionData",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub include_execution_data: ::std::option::Option<bool>,
    /// Defines which category of execution history events are logged.
    #[serde(
        rename = "level",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub level: ::std::option::Option<crate::types::LogLevel>,
}
impl LoggingConfiguration {
    /// A new [`LoggingConfigurationBuilder`](crate::types::builders::LoggingConfigurationBuilder).
    pub fn builder() -> crate::types::builders::LoggingConfigurationBuilder {
        ::std::default::Default::default()
    }
}
/// Contains details about an iteration of a Map state.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct MapIterationEventDetails {
    /// The index of the array belonging to the Map state iteration.
    #[serde(rename = "index", default)]
    pub index: ::std::option::Option<i64>,
    /// The name of the iteration’s parent Map state.
    #[serde(rename = "name", default)]
    pub name: ::std::option::Option<::std::string::String>,
}
impl MapIterationEventDetails {
    /// A new [`MapIterationEventDetailsBuilder`](crate::types::builders::MapIterationEventDetailsBuilder).
    pub fn builder() -> crate::types::builders::MapIterationEventDetailsBuilder {
        ::std::default::Default::default()
    }
}
/// Contains details about all of the child workflow executions started by a Map
/// Run.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct MapRunExecutionCounts {
    /// The total number of child workflow executions that were started by a Map Run and
    /// were running, but were either stopped by the user or by Step Functions because
    /// the Map Run failed.
    #[serde(rename = "aborted", default)]
    pub aborted: i64,
    /// The total number of child workflow executions that were started by a Map Run,
    /// but have failed.
    #[serde(rename = "failed", default)]
    pub failed: i64,
    /// The total number of child workflow executions that were started by a Map Run,
    /// but haven't started executing yet.
    #[serde(rename = "pending", default)]
    pub pending: i64,
    /// Returns the count of child workflow executions whose results were written by
    /// `ResultWriter`. For more information, see
    /// [ResultWriter](https://docs.aws.amazon.com/step-functions/latest/dg/input-output-resultwriter.html)
    /// in the *Step Functions Developer Guide*.
    #[serde(rename = "resultsWritten", default)]
    pub results_written: i64,
    /// The total number of child workflow executions that were started by a Map Run and
    /// are currently in-progress.
    #[serde(rename = "running", default)]
    pub running: i64,
    /// The total number of child workflow executions that were started by a Map Run and
    /// have completed successfully.
    #[serde(rename = "succeeded", default)]
    pub succeeded: i64,
    /// The total number of child workflow executions that were started by a Map Run and
    /// have timed out.
    #[serde(rename = "timedOut", default)]
    pub timed_out: i64,
    /// The total number of child workflow executions that were started by a Map Run.
    #[serde(rename = "total", default)]
    pub total: i64,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "failuresNotRedrivable", default)]
    pub failures_not_redrivable: ::std::option::Option<i64>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "pendingRedrive", default)]
    pub pending_redrive: ::std::option::Option<i64>,
}
impl MapRunExecutionCounts {
    /// A new [`MapRunExecutionCountsBuilder`](crate::types::builders::MapRunExecutionCountsBuilder).
    pub fn builder() -> crate::types::builders::MapRunExecutionCountsBuilder {
        ::std::default::Default::default()
    }
}
/// Contains details about a Map Run failure event that occurred during a state
/// machine execution.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct MapRunFailedEventDetails {
    /// A more detailed explanation of the cause of the failure.
    #[serde(rename = "cause", default)]
    pub cause: ::std::option::Option<::std::string::String>,
    /// The error code of the Map Run failure.
    #[serde(rename = "error", default)]
    pub error: ::std::option::Option<::std::string::String>,
}
impl MapRunFailedEventDetails {
    /// A new [`MapRunFailedEventDetailsBuilder`](crate::types::builders::MapRunFailedEventDetailsBuilder).
    pub fn builder() -> crate::types::builders::MapRunFailedEventDetailsBuilder {
        ::std::default::Default::default()
    }
}
impl ::std::fmt::Debug for MapRunFailedEventDetails {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let mut s = f.debug_struct("MapRunFailedEventDetails");
        s.field("cause", &"*** Sensitive Data Redacted ***");
        s.field("error", &"*** Sensitive Data Redacted ***");
        s.finish()
    }
}
/// Contains details about items that were processed in all of the child workflow
/// executions that were started by a Map Run.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct MapRunItemCounts {
    /// The total number of items processed in child workflow executions that were
    /// either stopped by the user or by Step Functions, because the Map Run failed.
    #[serde(rename = "aborted", default)]
    pub aborted: i64,
    /// The total number of items processed in child workflow executions that have
    /// failed.
    #[serde(rename = "failed", default)]
    pub failed: i64,
    /// The total number of items to process in child workflow executions that haven't
    /// started running yet.
    #[serde(rename = "pending", default)]
    pub pending: i64,
    /// Returns the count of items whose results were written by `ResultWriter`. For
    /// more information, see
    /// [ResultWriter](https://docs.aws.amazon.com/step-functions/latest/dg/input-output-resultwriter.html)
    /// in the *Step Functions Developer Guide*.
    #[serde(rename = "resultsWritten", default)]
    pub results_written: i64,
    /// The total number of items being processed in child workflow executions that are
    /// currently in-progress.
    #[serde(rename = "running", default)]
    pub running: i64,
    /// The total number of items processed in child workflow executions that have
    /// completed successfully.
    #[serde(rename = "succeeded", default)]
    pub succeeded: i64,
    /// The total number of items processed in child workflow executions that have timed
    /// out.
    #[serde(rename = "timedOut", default)]
    pub timed_out: i64,
    /// The total number of items processed in all the child workflow executions started
    /// by a Map Run.
    #[serde(rename = "total", default)]
    pub total: i64,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "failuresNotRedrivable", default)]
    pub failures_not_redrivable: ::std::option::Option<i64>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "pendingRedrive", default)]
    pub pending_redrive: ::std::option::Option<i64>,
}
impl MapRunItemCounts {
    /// A new [`MapRunItemCountsBuilder`](crate::types::builders::MapRunItemCountsBuilder).
    pub fn builder() -> crate::types::builders::MapRunItemCountsBuilder {
        ::std::default::Default::default()
    }
}
/// Contains details about a specific Map Run.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct MapRunListItem {
    /// The `executionArn` of the execution from which the Map Run was started.
    #[serde(rename = "executionArn", default)]
    pub execution_arn: ::std::string::String,
    /// The Amazon Resource Name (ARN) of the Map Run.
    #[serde(rename = "mapRunArn", default)]
    pub map_run_arn: ::std::string::String,
    /// The date on which the Map Run started.
    #[serde(rename = "startDate", default)]
    pub start_date: crate::runtime::Timestamp,
    /// The Amazon Resource Name (ARN) of the executed state machine.
    #[serde(rename = "stateMachineArn", default)]
    pub state_machine_arn: ::std::string::String,
    /// The date on which the Map Run stopped.
    #[serde(rename = "stopDate", default)]
    pub stop_date: ::std::option::Option<crate::runtime::Timestamp>,
}
impl MapRunListItem {
    /// A new [`MapRunListItemBuilder`](crate::types::builders::MapRunListItemBuilder).
    pub fn builder() -> crate::types::builders::MapRunListItemBuilder {
        ::std::default::Default::default()
    }
}
/// From AWS's model: the apis.guru spec lacks it, and the model has no
/// documentation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct MapRunRedrivenEventDetails {
    #[serde(rename = "mapRunArn", default)]
    pub map_run_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "redriveCount", default)]
    pub redrive_count: ::std::option::Option<i64>,
}
impl MapRunRedrivenEventDetails {
    /// A new [`MapRunRedrivenEventDetailsBuilder`](crate::types::builders::MapRunRedrivenEventDetailsBuilder).
    pub fn builder() -> crate::types::builders::MapRunRedrivenEventDetailsBuilder {
        ::std::default::Default::default()
    }
}
/// Contains details about a Map Run that was started during a state machine
/// execution.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct MapRunStartedEventDetails {
    /// The Amazon Resource Name (ARN) of a Map Run that was started.
    #[serde(rename = "mapRunArn", default)]
    pub map_run_arn: ::std::option::Option<::std::string::String>,
}
impl MapRunStartedEventDetails {
    /// A new [`MapRunStartedEventDetailsBuilder`](crate::types::builders::MapRunStartedEventDetailsBuilder).
    pub fn builder() -> crate::types::builders::MapRunStartedEventDetailsBuilder {
        ::std::default::Default::default()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::cmp::Eq,
    ::std::hash::Hash,
    ::std::cmp::PartialOrd,
    ::std::cmp::Ord,
    ::std::fmt::Debug
)]
#[non_exhaustive]
pub enum MapRunStatus {
    /// `RUNNING`
    Running,
    /// `SUCCEEDED`
    Succeeded,
    /// `FAILED`
    Failed,
    /// `ABORTED`
    Aborted,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl MapRunStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Running => "RUNNING",
            Self::Succeeded => "SUCCEEDED",
            Self::Failed => "FAILED",
            Self::Aborted => "ABORTED",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["RUNNING", "SUCCEEDED", "FAILED", "ABORTED"]
    }
}
impl ::std::convert::From<&str> for MapRunStatus {
    fn from(s: &str) -> Self {
        match s {
            "RUNNING" => Self::Running,
            "SUCCEEDED" => Self::Succeeded,
            "FAILED" => Self::Failed,
            "ABORTED" => Self::Aborted,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(MapRunStatus);
/// Details about a Map state that was started.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct MapStateStartedEventDetails {
    /// The size of the array for Map state iterations.
    #[serde(rename = "length", default)]
    pub length: ::std::option::Option<i64>,
}
impl MapStateStartedEventDetails {
    /// A new [`MapStateStartedEventDetailsBuilder`](crate::types::builders::MapStateStartedEventDetailsBuilder).
    pub fn builder() -> crate::types::builders::MapStateStartedEventDetailsBuilder {
        ::std::default::Default::default()
    }
}
/// From AWS's model: the apis.guru spec lacks it, and the model has no
/// documentation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::default::Default,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct MockErrorOutput {
    #[serde(
        rename = "cause",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cause: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "error",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub error: ::std::option::Option<::std::string::String>,
}
impl MockErrorOutput {
    /// A new [`MockErrorOutputBuilder`](crate::types::builders::MockErrorOutputBuilder).
    pub fn builder() -> crate::types::builders::MockErrorOutputBuilder {
        ::std::default::Default::default()
    }
}
impl ::std::fmt::Debug for MockErrorOutput {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let mut s = f.debug_struct("MockErrorOutput");
        s.field("cause", &"*** Sensitive Data Redacted ***");
        s.field("error", &"*** Sensitive Data Redacted ***");
        s.finish()
    }
}
/// From AWS's model: the apis.guru spec lacks it, and the model has no
/// documentation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::default::Default,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct MockInput {
    #[serde(
        rename = "errorOutput",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub error_output: ::std::option::Option<crate::types::MockErrorOutput>,
    #[serde(
        rename = "fieldValidationMode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub field_validation_mode: ::std::option::Option<
        crate::types::MockResponseValidationMode,
    >,
    #[serde(
        rename = "result",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub result: ::std::option::Option<::std::string::String>,
}
impl MockInput {
    /// A new [`MockInputBuilder`](crate::types::builders::MockInputBuilder).
    pub fn builder() -> crate::types::builders::MockInputBuilder {
        ::std::default::Default::default()
    }
}
impl ::std::fmt::Debug for MockInput {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let mut s = f.debug_struct("MockInput");
        s.field("error_output", &self.error_output);
        s.field("field_validation_mode", &self.field_validation_mode);
        s.field("result", &"*** Sensitive Data Redacted ***");
        s.finish()
    }
}
/// From AWS's model: the apis.guru spec lacks it, and the model has no
/// documentation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::cmp::Eq,
    ::std::hash::Hash,
    ::std::cmp::PartialOrd,
    ::std::cmp::Ord,
    ::std::fmt::Debug
)]
#[non_exhaustive]
pub enum MockResponseValidationMode {
    /// `STRICT`
    Strict,
    /// `PRESENT`
    Present,
    /// `NONE`
    None,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl MockResponseValidationMode {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Strict => "STRICT",
            Self::Present => "PRESENT",
            Self::None => "NONE",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["STRICT", "PRESENT", "NONE"]
    }
}
impl ::std::convert::From<&str> for MockResponseValidationMode {
    fn from(s: &str) -> Self {
        match s {
            "STRICT" => Self::Strict,
            "PRESENT" => Self::Present,
            "NONE" => Self::None,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(MockResponseValidationMode);
#[derive(::std::clone::Clone, ::std::cmp::PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct PublishStateMachineVersionInput {
    /// An optional description of the state machine version.
    #[serde(
        rename = "description",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
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
    #[serde(
        rename = "revisionId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub revision_id: ::std::option::Option<::std::string::String>,
    /// The Amazon Resource Name (ARN) of the state machine.
    #[serde(rename = "stateMachineArn")]
    pub state_machine_arn: ::std::string::String,
}
impl PublishStateMachineVersionInput {
    /// A new [`PublishStateMachineVersionInputBuilder`](crate::types::builders::PublishStateMachineVersionInputBuilder).
    pub fn builder() -> crate::types::builders::PublishStateMachineVersionInputBuilder {
        ::std::default::Default::default()
    }
}
impl ::std::fmt::Debug for PublishStateMachineVersionInput {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let mut s = f.debug_struct("PublishStateMachineVersionInput");
        s.field("description", &"*** Sensitive Data Redacted ***");
        s.field("revision_id", &self.revision_id);
        s.field("state_machine_arn", &self.state_machine_arn);
        s.finish()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct PublishStateMachineVersionOutput {
    /// The date the version was created.
    #[serde(rename = "creationDate", default)]
    pub creation_date: crate::runtime::Timestamp,
    /// The Amazon Resource Name (ARN) (ARN) that identifies the state machine version.
    #[serde(rename = "stateMachineVersionArn", default)]
    pub state_machine_version_arn: ::std::string::String,
}
impl PublishStateMachineVersionOutput {
    /// A new [`PublishStateMachineVersionOutputBuilder`](crate::types::builders::PublishStateMachineVersionOutputBuilder).
    pub fn builder() -> crate::types::builders::PublishStateMachineVersionOutputBuilder {
        ::std::default::Default::default()
    }
}
/// From AWS's model: the apis.guru spec lacks it, and the model has no
/// documentation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct RedriveExecutionInput {
    /// If not set, `send()` fills it with a random UUID (version 4), as the AWS SDKs
    /// do; every retry of that call sends the same one.
    #[serde(
        rename = "clientToken",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub client_token: ::std::option::Option<::std::string::String>,
    #[serde(rename = "executionArn")]
    pub execution_arn: ::std::string::String,
}
impl RedriveExecutionInput {
    /// A new [`RedriveExecutionInputBuilder`](crate::types::builders::RedriveExecutionInputBuilder).
    pub fn builder() -> crate::types::builders::RedriveExecutionInputBuilder {
        ::std::default::Default::default()
    }
}
/// From AWS's model: the apis.guru spec lacks it, and the model has no
/// documentation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct RedriveExecutionOutput {
    #[serde(rename = "redriveDate", default)]
    pub redrive_date: crate::runtime::Timestamp,
}
impl RedriveExecutionOutput {
    /// A new [`RedriveExecutionOutputBuilder`](crate::types::builders::RedriveExecutionOutputBuilder).
    pub fn builder() -> crate::types::builders::RedriveExecutionOutputBuilder {
        ::std::default::Default::default()
    }
}
/// Contains details about the routing configuration of a state machine alias. In a
/// routing configuration, you define an array of objects that specify up to two
/// state machine versions. You also specify the percentage of traffic to be routed
/// to each version.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct RoutingConfigurationListItem {
    /// The Amazon Resource Name (ARN) that identifies one or two state machine versions
    /// defined in the routing configuration.
    ///
    /// If you specify the ARN of a second version, it must belong to the same state
    /// machine as the first version.
    #[serde(rename = "stateMachineVersionArn", default)]
    pub state_machine_version_arn: ::std::string::String,
    /// The percentage of traffic you want to route to the second state machine version.
    /// The sum of the weights in the routing configuration must be equal to 100.
    #[serde(rename = "weight", default)]
    pub weight: i64,
}
impl RoutingConfigurationListItem {
    /// A new [`RoutingConfigurationListItemBuilder`](crate::types::builders::RoutingConfigurationListItemBuilder).
    pub fn builder() -> crate::types::builders::RoutingConfigurationListItemBuilder {
        ::std::default::Default::default()
    }
}
#[derive(::std::clone::Clone, ::std::cmp::PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct SendTaskFailureInput {
    /// A more detailed explanation of the cause of the failure.
    #[serde(
        rename = "cause",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cause: ::std::option::Option<::std::string::String>,
    /// The error code of the failure.
    #[serde(
        rename = "error",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub error: ::std::option::Option<::std::string::String>,
    /// The token that represents this task. Task tokens are generated by Step Functions
    /// when tasks are assigned to a worker, or in the [context
    /// object](https://docs.aws.amazon.com/step-functions/latest/dg/input-output-contextobject.html)
    /// when a workflow enters a task state. See GetActivityTaskOutput$taskToken.
    #[serde(rename = "taskToken")]
    pub task_token: ::std::string::String,
}
impl SendTaskFailureInput {
    /// A new [`SendTaskFailureInputBuilder`](crate::types::builders::SendTaskFailureInputBuilder).
    pub fn builder() -> crate::types::builders::SendTaskFailureInputBuilder {
        ::std::default::Default::default()
    }
}
impl ::std::fmt::Debug for SendTaskFailureInput {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let mut s = f.debug_struct("SendTaskFailureInput");
        s.field("cause", &"*** Sensitive Data Redacted ***");
        s.field("error", &"*** Sensitive Data Redacted ***");
        s.field("task_token", &"*** Sensitive Data Redacted ***");
        s.finish()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct SendTaskFailureOutput {}
impl SendTaskFailureOutput {
    /// A new [`SendTaskFailureOutputBuilder`](crate::types::builders::SendTaskFailureOutputBuilder).
    pub fn builder() -> crate::types::builders::SendTaskFailureOutputBuilder {
        ::std::default::Default::default()
    }
}
#[derive(::std::clone::Clone, ::std::cmp::PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct SendTaskHeartbeatInput {
    /// The token that represents this task. Task tokens are generated by Step Functions
    /// when tasks are assigned to a worker, or in the [context
    /// object](https://docs.aws.amazon.com/step-functions/latest/dg/input-output-contextobject.html)
    /// when a workflow enters a task state. See GetActivityTaskOutput$taskToken.
    #[serde(rename = "taskToken")]
    pub task_token: ::std::string::String,
}
impl SendTaskHeartbeatInput {
    /// A new [`SendTaskHeartbeatInputBuilder`](crate::types::builders::SendTaskHeartbeatInputBuilder).
    pub fn builder() -> crate::types::builders::SendTaskHeartbeatInputBuilder {
        ::std::default::Default::default()
    }
}
impl ::std::fmt::Debug for SendTaskHeartbeatInput {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let mut s = f.debug_struct("SendTaskHeartbeatInput");
        s.field("task_token", &"*** Sensitive Data Redacted ***");
        s.finish()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct SendTaskHeartbeatOutput {}
impl SendTaskHeartbeatOutput {
    /// A new [`SendTaskHeartbeatOutputBuilder`](crate::types::builders::SendTaskHeartbeatOutputBuilder).
    pub fn builder() -> crate::types::builders::SendTaskHeartbeatOutputBuilder {
        ::std::default::Default::default()
    }
}
#[derive(::std::clone::Clone, ::std::cmp::PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct SendTaskSuccessInput {
    /// The JSON output of the task. Length constraints apply to the payload size, and
    /// are expressed as bytes in UTF-8 encoding.
    #[serde(rename = "output")]
    pub output: ::std::string::String,
    /// The token that represents this task. Task tokens are generated by Step Functions
    /// when tasks are assigned to a worker, or in the [context
    /// object](https://docs.aws.amazon.com/step-functions/latest/dg/input-output-contextobject.html)
    /// when a workflow enters a task state. See GetActivityTaskOutput$taskToken.
    #[serde(rename = "taskToken")]
    pub task_token: ::std::string::String,
}
impl SendTaskSuccessInput {
    /// A new [`SendTaskSuccessInputBuilder`](crate::types::builders::SendTaskSuccessInputBuilder).
    pub fn builder() -> crate::types::builders::SendTaskSuccessInputBuilder {
        ::std::default::Default::default()
    }
}
impl ::std::fmt::Debug for SendTaskSuccessInput {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let mut s = f.debug_struct("SendTaskSuccessInput");
        s.field("output", &"*** Sensitive Data Redacted ***");
        s.field("task_token", &"*** Sensitive Data Redacted ***");
        s.finish()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct SendTaskSuccessOutput {}
impl SendTaskSuccessOutput {
    /// A new [`SendTaskSuccessOutputBuilder`](crate::types::builders::SendTaskSuccessOutputBuilder).
    pub fn builder() -> crate::types::builders::SendTaskSuccessOutputBuilder {
        ::std::default::Default::default()
    }
}
#[derive(::std::clone::Clone, ::std::cmp::PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct StartExecutionInput {
    /// The string that contains the JSON input data for the execution, for example:
    ///
    /// `"input": "{\"first_name\" : \"test\"}"`
    ///
    /// **Note:** If you don't include any JSON input data, you still must include the
    /// two braces, for example: `"input": "{}"`
    ///
    /// Length constraints apply to the payload size, and are expressed as bytes in
    /// UTF-8 encoding.
    #[serde(
        rename = "input",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub input: ::std::option::Option<::std::string::String>,
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
    #[serde(
        rename = "name",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub name: ::std::option::Option<::std::string::String>,
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
    #[serde(rename = "stateMachineArn")]
    pub state_machine_arn: ::std::string::String,
    /// Passes the X-Ray trace header. The trace header can also be passed in the
    /// request payload.
    #[serde(
        rename = "traceHeader",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub trace_header: ::std::option::Option<::std::string::String>,
}
impl StartExecutionInput {
    /// A new [`StartExecutionInputBuilder`](crate::types::builders::StartExecutionInputBuilder).
    pub fn builder() -> crate::types::builders::StartExecutionInputBuilder {
        ::std::default::Default::default()
    }
}
impl ::std::fmt::Debug for StartExecutionInput {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let mut s = f.debug_struct("StartExecutionInput");
        s.field("input", &"*** Sensitive Data Redacted ***");
        s.field("name", &self.name);
        s.field("state_machine_arn", &self.state_machine_arn);
        s.field("trace_header", &self.trace_header);
        s.finish()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct StartExecutionOutput {
    /// The Amazon Resource Name (ARN) that identifies the execution.
    #[serde(rename = "executionArn", default)]
    pub execution_arn: ::std::string::String,
    /// The date the execution is started.
    #[serde(rename = "startDate", default)]
    pub start_date: crate::runtime::Timestamp,
}
impl StartExecutionOutput {
    /// A new [`StartExecutionOutputBuilder`](crate::types::builders::StartExecutionOutputBuilder).
    pub fn builder() -> crate::types::builders::StartExecutionOutputBuilder {
        ::std::default::Default::default()
    }
}
#[derive(::std::clone::Clone, ::std::cmp::PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct StartSyncExecutionInput {
    /// The string that contains the JSON input data for the execution, for example:
    ///
    /// `"input": "{\"first_name\" : \"test\"}"`
    ///
    /// **Note:** If you don't include any JSON input data, you still must include the
    /// two braces, for example: `"input": "{}"`
    ///
    /// Length constraints apply to the payload size, and are expressed as bytes in
    /// UTF-8 encoding.
    #[serde(
        rename = "input",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub input: ::std::option::Option<::std::string::String>,
    /// The name of the execution.
    #[serde(
        rename = "name",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub name: ::std::option::Option<::std::string::String>,
    /// The Amazon Resource Name (ARN) of the state machine to execute.
    #[serde(rename = "stateMachineArn")]
    pub state_machine_arn: ::std::string::String,
    /// Passes the X-Ray trace header. The trace header can also be passed in the
    /// request payload.
    #[serde(
        rename = "traceHeader",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub trace_header: ::std::option::Option<::std::string::String>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "includedData",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub included_data: ::std::option::Option<crate::types::IncludedData>,
}
impl StartSyncExecutionInput {
    /// A new [`StartSyncExecutionInputBuilder`](crate::types::builders::StartSyncExecutionInputBuilder).
    pub fn builder() -> crate::types::builders::StartSyncExecutionInputBuilder {
        ::std::default::Default::default()
    }
}
impl ::std::fmt::Debug for StartSyncExecutionInput {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let mut s = f.debug_struct("StartSyncExecutionInput");
        s.field("input", &"*** Sensitive Data Redacted ***");
        s.field("name", &self.name);
        s.field("state_machine_arn", &self.state_machine_arn);
        s.field("trace_header", &self.trace_header);
        s.field("included_data", &self.included_data);
        s.finish()
    }
}
#[derive(::std::clone::Clone, ::std::cmp::PartialEq, ::serde::Deserialize)]
#[non_exhaustive]
pub struct StartSyncExecutionOutput {
    /// An object that describes workflow billing details, including billed duration and
    /// memory use.
    #[serde(rename = "billingDetails", default)]
    pub billing_details: ::std::option::Option<crate::types::BillingDetails>,
    /// A more detailed explanation of the cause of the failure.
    #[serde(rename = "cause", default)]
    pub cause: ::std::option::Option<::std::string::String>,
    /// The error code of the failure.
    #[serde(rename = "error", default)]
    pub error: ::std::option::Option<::std::string::String>,
    /// The Amazon Resource Name (ARN) that identifies the execution.
    #[serde(rename = "executionArn", default)]
    pub execution_arn: ::std::string::String,
    /// The string that contains the JSON input data of the execution. Length
    /// constraints apply to the payload size, and are expressed as bytes in UTF-8
    /// encoding.
    #[serde(rename = "input", default)]
    pub input: ::std::option::Option<::std::string::String>,
    #[serde(rename = "inputDetails", default)]
    pub input_details: ::std::option::Option<
        crate::types::CloudWatchEventsExecutionDataDetails,
    >,
    /// The name of the execution.
    #[serde(rename = "name", default)]
    pub name: ::std::option::Option<::std::string::String>,
    /// The JSON output data of the execution. Length constraints apply to the payload
    /// size, and are expressed as bytes in UTF-8 encoding.
    ///
    /// **Note:** This field is set only if the execution succeeds. If the execution
    /// fails, this field is null.
    #[serde(rename = "output", default)]
    pub output: ::std::option::Option<::std::string::String>,
    #[serde(rename = "outputDetails", default)]
    pub output_details: ::std::option::Option<
        crate::types::CloudWatchEventsExecutionDataDetails,
    >,
    /// The date the execution is started.
    #[serde(rename = "startDate", default)]
    pub start_date: crate::runtime::Timestamp,
    /// The Amazon Resource Name (ARN) that identifies the state machine.
    #[serde(rename = "stateMachineArn", default)]
    pub state_machine_arn: ::std::option::Option<::std::string::String>,
    /// The current status of the execution.
    #[serde(rename = "status")]
    pub status: crate::types::SyncExecutionStatus,
    /// If the execution has already ended, the date the execution stopped.
    #[serde(rename = "stopDate", default)]
    pub stop_date: crate::runtime::Timestamp,
    /// The X-Ray trace header that was passed to the execution.
    #[serde(rename = "traceHeader", default)]
    pub trace_header: ::std::option::Option<::std::string::String>,
}
impl StartSyncExecutionOutput {
    /// A new [`StartSyncExecutionOutputBuilder`](crate::types::builders::StartSyncExecutionOutputBuilder).
    pub fn builder() -> crate::types::builders::StartSyncExecutionOutputBuilder {
        ::std::default::Default::default()
    }
}
impl ::std::fmt::Debug for StartSyncExecutionOutput {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let mut s = f.debug_struct("StartSyncExecutionOutput");
        s.field("billing_details", &self.billing_details);
        s.field("cause", &"*** Sensitive Data Redacted ***");
        s.field("error", &"*** Sensitive Data Redacted ***");
        s.field("execution_arn", &self.execution_arn);
        s.field("input", &"*** Sensitive Data Redacted ***");
        s.field("input_details", &self.input_details);
        s.field("name", &self.name);
        s.field("output", &"*** Sensitive Data Redacted ***");
        s.field("output_details", &self.output_details);
        s.field("start_date", &self.start_date);
        s.field("state_machine_arn", &self.state_machine_arn);
        s.field("status", &self.status);
        s.field("stop_date", &self.stop_date);
        s.field("trace_header", &self.trace_header);
        s.finish()
    }
}
/// Contains details about a state entered during an execution.
#[derive(::std::clone::Clone, ::std::cmp::PartialEq, ::serde::Deserialize)]
#[non_exhaustive]
pub struct StateEnteredEventDetails {
    /// The string that contains the JSON input data for the state. Length constraints
    /// apply to the payload size, and are expressed as bytes in UTF-8 encoding.
    #[serde(rename = "input", default)]
    pub input: ::std::option::Option<::std::string::String>,
    /// Contains details about the input for an execution history event.
    #[serde(rename = "inputDetails", default)]
    pub input_details: ::std::option::Option<
        crate::types::HistoryEventExecutionDataDetails,
    >,
    /// The name of the state.
    #[serde(rename = "name", default)]
    pub name: ::std::string::String,
}
impl StateEnteredEventDetails {
    /// A new [`StateEnteredEventDetailsBuilder`](crate::types::builders::StateEnteredEventDetailsBuilder).
    pub fn builder() -> crate::types::builders::StateEnteredEventDetailsBuilder {
        ::std::default::Default::default()
    }
}
impl ::std::fmt::Debug for StateEnteredEventDetails {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let mut s = f.debug_struct("StateEnteredEventDetails");
        s.field("input", &"*** Sensitive Data Redacted ***");
        s.field("input_details", &self.input_details);
        s.field("name", &self.name);
        s.finish()
    }
}
/// Contains details about an exit from a state during an execution.
#[derive(::std::clone::Clone, ::std::cmp::PartialEq, ::serde::Deserialize)]
#[non_exhaustive]
pub struct StateExitedEventDetails {
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
    #[serde(rename = "name", default)]
    pub name: ::std::string::String,
    /// The JSON output data of the state. Length constraints apply to the payload size,
    /// and are expressed as bytes in UTF-8 encoding.
    #[serde(rename = "output", default)]
    pub output: ::std::option::Option<::std::string::String>,
    /// Contains details about the output of an execution history event.
    #[serde(rename = "outputDetails", default)]
    pub output_details: ::std::option::Option<
        crate::types::HistoryEventExecutionDataDetails,
    >,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "assignedVariables", default)]
    pub assigned_variables: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "assignedVariablesDetails", default)]
    pub assigned_variables_details: ::std::option::Option<
        crate::types::AssignedVariablesDetails,
    >,
}
impl StateExitedEventDetails {
    /// A new [`StateExitedEventDetailsBuilder`](crate::types::builders::StateExitedEventDetailsBuilder).
    pub fn builder() -> crate::types::builders::StateExitedEventDetailsBuilder {
        ::std::default::Default::default()
    }
}
impl ::std::fmt::Debug for StateExitedEventDetails {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let mut s = f.debug_struct("StateExitedEventDetails");
        s.field("name", &self.name);
        s.field("output", &"*** Sensitive Data Redacted ***");
        s.field("output_details", &self.output_details);
        s.field("assigned_variables", &"*** Sensitive Data Redacted ***");
        s.field("assigned_variables_details", &self.assigned_variables_details);
        s.finish()
    }
}
/// Contains details about a specific state machine alias.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct StateMachineAliasListItem {
    /// The creation date of a state machine alias.
    #[serde(rename = "creationDate", default)]
    pub creation_date: crate::runtime::Timestamp,
    /// The Amazon Resource Name (ARN) that identifies a state machine alias. The alias
    /// ARN is a combination of state machine ARN and the alias name separated by a
    /// colon (:). For example, `stateMachineARN:PROD`.
    #[serde(rename = "stateMachineAliasArn", default)]
    pub state_machine_alias_arn: ::std::string::String,
}
impl StateMachineAliasListItem {
    /// A new [`StateMachineAliasListItemBuilder`](crate::types::builders::StateMachineAliasListItemBuilder).
    pub fn builder() -> crate::types::builders::StateMachineAliasListItemBuilder {
        ::std::default::Default::default()
    }
}
/// Contains details about the state machine.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct StateMachineListItem {
    /// The date the state machine is created.
    #[serde(rename = "creationDate", default)]
    pub creation_date: crate::runtime::Timestamp,
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
    #[serde(rename = "name", default)]
    pub name: ::std::string::String,
    /// The Amazon Resource Name (ARN) that identifies the state machine.
    #[serde(rename = "stateMachineArn", default)]
    pub state_machine_arn: ::std::string::String,
    #[serde(rename = "type")]
    pub r#type: crate::types::StateMachineType,
}
impl StateMachineListItem {
    /// A new [`StateMachineListItemBuilder`](crate::types::builders::StateMachineListItemBuilder).
    pub fn builder() -> crate::types::builders::StateMachineListItemBuilder {
        ::std::default::Default::default()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::cmp::Eq,
    ::std::hash::Hash,
    ::std::cmp::PartialOrd,
    ::std::cmp::Ord,
    ::std::fmt::Debug
)]
#[non_exhaustive]
pub enum StateMachineStatus {
    /// `ACTIVE`
    Active,
    /// `DELETING`
    Deleting,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl StateMachineStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Active => "ACTIVE",
            Self::Deleting => "DELETING",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["ACTIVE", "DELETING"]
    }
}
impl ::std::convert::From<&str> for StateMachineStatus {
    fn from(s: &str) -> Self {
        match s {
            "ACTIVE" => Self::Active,
            "DELETING" => Self::Deleting,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(StateMachineStatus);
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::cmp::Eq,
    ::std::hash::Hash,
    ::std::cmp::PartialOrd,
    ::std::cmp::Ord,
    ::std::fmt::Debug
)]
#[non_exhaustive]
pub enum StateMachineType {
    /// `STANDARD`
    Standard,
    /// `EXPRESS`
    Express,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl StateMachineType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Standard => "STANDARD",
            Self::Express => "EXPRESS",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["STANDARD", "EXPRESS"]
    }
}
impl ::std::convert::From<&str> for StateMachineType {
    fn from(s: &str) -> Self {
        match s {
            "STANDARD" => Self::Standard,
            "EXPRESS" => Self::Express,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(StateMachineType);
/// Contains details about a specific state machine version.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct StateMachineVersionListItem {
    /// The creation date of a state machine version.
    #[serde(rename = "creationDate", default)]
    pub creation_date: crate::runtime::Timestamp,
    /// The Amazon Resource Name (ARN) that identifies a state machine version. The
    /// version ARN is a combination of state machine ARN and the version number
    /// separated by a colon (:). For example, `stateMachineARN:1`.
    #[serde(rename = "stateMachineVersionArn", default)]
    pub state_machine_version_arn: ::std::string::String,
}
impl StateMachineVersionListItem {
    /// A new [`StateMachineVersionListItemBuilder`](crate::types::builders::StateMachineVersionListItemBuilder).
    pub fn builder() -> crate::types::builders::StateMachineVersionListItemBuilder {
        ::std::default::Default::default()
    }
}
#[derive(::std::clone::Clone, ::std::cmp::PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct StopExecutionInput {
    /// A more detailed explanation of the cause of the failure.
    #[serde(
        rename = "cause",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cause: ::std::option::Option<::std::string::String>,
    /// The error code of the failure.
    #[serde(
        rename = "error",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub error: ::std::option::Option<::std::string::String>,
    /// The Amazon Resource Name (ARN) of the execution to stop.
    #[serde(rename = "executionArn")]
    pub execution_arn: ::std::string::String,
}
impl StopExecutionInput {
    /// A new [`StopExecutionInputBuilder`](crate::types::builders::StopExecutionInputBuilder).
    pub fn builder() -> crate::types::builders::StopExecutionInputBuilder {
        ::std::default::Default::default()
    }
}
impl ::std::fmt::Debug for StopExecutionInput {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let mut s = f.debug_struct("StopExecutionInput");
        s.field("cause", &"*** Sensitive Data Redacted ***");
        s.field("error", &"*** Sensitive Data Redacted ***");
        s.field("execution_arn", &self.execution_arn);
        s.finish()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct StopExecutionOutput {
    /// The date the execution is stopped.
    #[serde(rename = "stopDate", default)]
    pub stop_date: crate::runtime::Timestamp,
}
impl StopExecutionOutput {
    /// A new [`StopExecutionOutputBuilder`](crate::types::builders::StopExecutionOutputBuilder).
    pub fn builder() -> crate::types::builders::StopExecutionOutputBuilder {
        ::std::default::Default::default()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::cmp::Eq,
    ::std::hash::Hash,
    ::std::cmp::PartialOrd,
    ::std::cmp::Ord,
    ::std::fmt::Debug
)]
#[non_exhaustive]
pub enum SyncExecutionStatus {
    /// `SUCCEEDED`
    Succeeded,
    /// `FAILED`
    Failed,
    /// `TIMED_OUT`
    TimedOut,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl SyncExecutionStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Succeeded => "SUCCEEDED",
            Self::Failed => "FAILED",
            Self::TimedOut => "TIMED_OUT",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["SUCCEEDED", "FAILED", "TIMED_OUT"]
    }
}
impl ::std::convert::From<&str> for SyncExecutionStatus {
    fn from(s: &str) -> Self {
        match s {
            "SUCCEEDED" => Self::Succeeded,
            "FAILED" => Self::Failed,
            "TIMED_OUT" => Self::TimedOut,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(SyncExecutionStatus);
/// Tags are key-value pairs that can be associated with Step Functions state
/// machines and activities.
///
/// An array of key-value pairs. For more information, see [Using Cost Allocation
/// Tags](https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/cost-alloc-tags.html)
/// in the *Amazon Web Services Billing and Cost Management User Guide*, and
/// [Controlling Access Using IAM
/// Tags](https://docs.aws.amazon.com/IAM/latest/UserGuide/access_iam-tags.html).
///
/// Tags may only contain Unicode letters, digits, white space, or these symbols:
/// `_ . : / = + - @`.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct Tag {
    /// The key of a tag.
    #[serde(
        rename = "key",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub key: ::std::option::Option<::std::string::String>,
    /// The value of a tag.
    #[serde(
        rename = "value",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub value: ::std::option::Option<::std::string::String>,
}
impl Tag {
    /// A new [`TagBuilder`](crate::types::builders::TagBuilder).
    pub fn builder() -> crate::types::builders::TagBuilder {
        ::std::default::Default::default()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct TagResourceInput {
    /// The Amazon Resource Name (ARN) for the Step Functions state machine or activity.
    #[serde(rename = "resourceArn")]
    pub resource_arn: ::std::string::String,
    /// The list of tags to add to a resource.
    ///
    /// Tags may only contain Unicode letters, digits, white space, or these symbols:
    /// `_ . : / = + - @`.
    #[serde(rename = "tags")]
    pub tags: ::std::vec::Vec<crate::types::Tag>,
}
impl TagResourceInput {
    /// A new [`TagResourceInputBuilder`](crate::types::builders::TagResourceInputBuilder).
    pub fn builder() -> crate::types::builders::TagResourceInputBuilder {
        ::std::default::Default::default()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct TagResourceOutput {}
impl TagResourceOutput {
    /// A new [`TagResourceOutputBuilder`](crate::types::builders::TagResourceOutputBuilder).
    pub fn builder() -> crate::types::builders::TagResourceOutputBuilder {
        ::std::default::Default::default()
    }
}
/// Contains details about the credentials that Step Functions uses for a task.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct TaskCredentials {
    /// The ARN of an IAM role that Step Functions assumes for the task. The role can
    /// allow cross-account access to resources.
    #[serde(rename = "roleArn", default)]
    pub role_arn: ::std::option::Option<::std::string::String>,
}
impl TaskCredentials {
    /// A new [`TaskCredentialsBuilder`](crate::types::builders::TaskCredentialsBuilder).
    pub fn builder() -> crate::types::builders::TaskCredentialsBuilder {
        ::std::default::Default::default()
    }
}
/// Contains details about a task failure event.
#[derive(::std::clone::Clone, ::std::cmp::PartialEq, ::serde::Deserialize)]
#[non_exhaustive]
pub struct TaskFailedEventDetails {
    /// A more detailed explanation of the cause of the failure.
    #[serde(rename = "cause", default)]
    pub cause: ::std::option::Option<::std::string::String>,
    /// The error code of the failure.
    #[serde(rename = "error", default)]
    pub error: ::std::option::Option<::std::string::String>,
    /// The action of the resource called by a task state.
    #[serde(rename = "resource", default)]
    pub resource: ::std::string::String,
    /// The service name of the resource in a task state.
    #[serde(rename = "resourceType", default)]
    pub resource_type: ::std::string::String,
}
impl TaskFailedEventDetails {
    /// A new [`TaskFailedEventDetailsBuilder`](crate::types::builders::TaskFailedEventDetailsBuilder).
    pub fn builder() -> crate::types::builders::TaskFailedEventDetailsBuilder {
        ::std::default::Default::default()
    }
}
impl ::std::fmt::Debug for TaskFailedEventDetails {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let mut s = f.debug_struct("TaskFailedEventDetails");
        s.field("cause", &"*** Sensitive Data Redacted ***");
        s.field("error", &"*** Sensitive Data Redacted ***");
        s.field("resource", &self.resource);
        s.field("resource_type", &self.resource_type);
        s.finish()
    }
}
/// Contains details about a task scheduled during an execution.
#[derive(::std::clone::Clone, ::std::cmp::PartialEq, ::serde::Deserialize)]
#[non_exhaustive]
pub struct TaskScheduledEventDetails {
    /// The maximum allowed duration between two heartbeats for the task.
    #[serde(rename = "heartbeatInSeconds", default)]
    pub heartbeat_in_seconds: ::std::option::Option<i64>,
    /// The JSON data passed to the resource referenced in a task state. Length
    /// constraints apply to the payload size, and are expressed as bytes in UTF-8
    /// encoding.
    #[serde(rename = "parameters", default)]
    pub parameters: ::std::string::String,
    /// The region of the scheduled task
    #[serde(rename = "region", default)]
    pub region: ::std::string::String,
    /// The action of the resource called by a task state.
    #[serde(rename = "resource", default)]
    pub resource: ::std::string::String,
    /// The service name of the resource in a task state.
    #[serde(rename = "resourceType", default)]
    pub resource_type: ::std::string::String,
    /// The credentials that Step Functions uses for the task.
    #[serde(rename = "taskCredentials", default)]
    pub task_credentials: ::std::option::Option<crate::types::TaskCredentials>,
    /// The maximum allowed duration of the task.
    #[serde(rename = "timeoutInSeconds", default)]
    pub timeout_in_seconds: ::std::option::Option<i64>,
}
impl TaskScheduledEventDetails {
    /// A new [`TaskScheduledEventDetailsBuilder`](crate::types::builders::TaskScheduledEventDetailsBuilder).
    pub fn builder() -> crate::types::builders::TaskScheduledEventDetailsBuilder {
        ::std::default::Default::default()
    }
}
impl ::std::fmt::Debug for TaskScheduledEventDetails {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let mut s = f.debug_struct("TaskScheduledEventDetails");
        s.field("heartbeat_in_seconds", &self.heartbeat_in_seconds);
        s.field("parameters", &"*** Sensitive Data Redacted ***");
        s.field("region", &self.region);
        s.field("resource", &self.resource);
        s.field("resource_type", &self.resource_type);
        s.field("task_credentials", &self.task_credentials);
        s.field("timeout_in_seconds", &self.timeout_in_seconds);
        s.finish()
    }
}
/// Contains details about a task that failed to start during an execution.
#[derive(::std::clone::Clone, ::std::cmp::PartialEq, ::serde::Deserialize)]
#[non_exhaustive]
pub struct TaskStartFailedEventDetails {
    /// A more detailed explanation of the cause of the failure.
    #[serde(rename = "cause", default)]
    pub cause: ::std::option::Option<::std::string::String>,
    /// The error code of the failure.
    #[serde(rename = "error", default)]
    pub error: ::std::option::Option<::std::string::String>,
    /// The action of the resource called by a task state.
    #[serde(rename = "resource", default)]
    pub resource: ::std::string::String,
    /// The service name of the resource in a task state.
    #[serde(rename = "resourceType", default)]
    pub resource_type: ::std::string::String,
}
impl TaskStartFailedEventDetails {
    /// A new [`TaskStartFailedEventDetailsBuilder`](crate::types::builders::TaskStartFailedEventDetailsBuilder).
    pub fn builder() -> crate::types::builders::TaskStartFailedEventDetailsBuilder {
        ::std::default::Default::default()
    }
}
impl ::std::fmt::Debug for TaskStartFailedEventDetails {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let mut s = f.debug_struct("TaskStartFailedEventDetails");
        s.field("cause", &"*** Sensitive Data Redacted ***");
        s.field("error", &"*** Sensitive Data Redacted ***");
        s.field("resource", &self.resource);
        s.field("resource_type", &self.resource_type);
        s.finish()
    }
}
/// Contains details about the start of a task during an execution.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct TaskStartedEventDetails {
    /// The action of the resource called by a task state.
    #[serde(rename = "resource", default)]
    pub resource: ::std::string::String,
    /// The service name of the resource in a task state.
    #[serde(rename = "resourceType", default)]
    pub resource_type: ::std::string::String,
}
impl TaskStartedEventDetails {
    /// A new [`TaskStartedEventDetailsBuilder`](crate::types::builders::TaskStartedEventDetailsBuilder).
    pub fn builder() -> crate::types::builders::TaskStartedEventDetailsBuilder {
        ::std::default::Default::default()
    }
}
/// Contains details about a task that failed to submit during an execution.
#[derive(::std::clone::Clone, ::std::cmp::PartialEq, ::serde::Deserialize)]
#[non_exhaustive]
pub struct TaskSubmitFailedEventDetails {
    /// A more detailed explanation of the cause of the failure.
    #[serde(rename = "cause", default)]
    pub cause: ::std::option::Option<::std::string::String>,
    /// The error code of the failure.
    #[serde(rename = "error", default)]
    pub error: ::std::option::Option<::std::string::String>,
    /// The action of the resource called by a task state.
    #[serde(rename = "resource", default)]
    pub resource: ::std::string::String,
    /// The service name of the resource in a task state.
    #[serde(rename = "resourceType", default)]
    pub resource_type: ::std::string::String,
}
impl TaskSubmitFailedEventDetails {
    /// A new [`TaskSubmitFailedEventDetailsBuilder`](crate::types::builders::TaskSubmitFailedEventDetailsBuilder).
    pub fn builder() -> crate::types::builders::TaskSubmitFailedEventDetailsBuilder {
        ::std::default::Default::default()
    }
}
impl ::std::fmt::Debug for TaskSubmitFailedEventDetails {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let mut s = f.debug_struct("TaskSubmitFailedEventDetails");
        s.field("cause", &"*** Sensitive Data Redacted ***");
        s.field("error", &"*** Sensitive Data Redacted ***");
        s.field("resource", &self.resource);
        s.field("resource_type", &self.resource_type);
        s.finish()
    }
}
/// Contains details about a task submitted to a resource .
#[derive(::std::clone::Clone, ::std::cmp::PartialEq, ::serde::Deserialize)]
#[non_exhaustive]
pub struct TaskSubmittedEventDetails {
    /// The response from a resource when a task has started. Length constraints apply
    /// to the payload size, and are expressed as bytes in UTF-8 encoding.
    #[serde(rename = "output", default)]
    pub output: ::std::option::Option<::std::string::String>,
    /// Contains details about the output of an execution history event.
    #[serde(rename = "outputDetails", default)]
    pub output_details: ::std::option::Option<
        crate::types::HistoryEventExecutionDataDetails,
    >,
    /// The action of the resource called by a task state.
    #[serde(rename = "resource", default)]
    pub resource: ::std::string::String,
    /// The service name of the resource in a task state.
    #[serde(rename = "resourceType", default)]
    pub resource_type: ::std::string::String,
}
impl TaskSubmittedEventDetails {
    /// A new [`TaskSubmittedEventDetailsBuilder`](crate::types::builders::TaskSubmittedEventDetailsBuilder).
    pub fn builder() -> crate::types::builders::TaskSubmittedEventDetailsBuilder {
        ::std::default::Default::default()
    }
}
impl ::std::fmt::Debug for TaskSubmittedEventDetails {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let mut s = f.debug_struct("TaskSubmittedEventDetails");
        s.field("output", &"*** Sensitive Data Redacted ***");
        s.field("output_details", &self.output_details);
        s.field("resource", &self.resource);
        s.field("resource_type", &self.resource_type);
        s.finish()
    }
}
/// Contains details about the successful completion of a task state.
#[derive(::std::clone::Clone, ::std::cmp::PartialEq, ::serde::Deserialize)]
#[non_exhaustive]
pub struct TaskSucceededEventDetails {
    /// The full JSON response from a resource when a task has succeeded. This response
    /// becomes the output of the related task. Length constraints apply to the payload
    /// size, and are expressed as bytes in UTF-8 encoding.
    #[serde(rename = "output", default)]
    pub output: ::std::option::Option<::std::string::String>,
    /// Contains details about the output of an execution history event.
    #[serde(rename = "outputDetails", default)]
    pub output_details: ::std::option::Option<
        crate::types::HistoryEventExecutionDataDetails,
    >,
    /// The action of the resource called by a task state.
    #[serde(rename = "resource", default)]
    pub resource: ::std::string::String,
    /// The service name of the resource in a task state.
    #[serde(rename = "resourceType", default)]
    pub resource_type: ::std::string::String,
}
impl TaskSucceededEventDetails {
    /// A new [`TaskSucceededEventDetailsBuilder`](crate::types::builders::TaskSucceededEventDetailsBuilder).
    pub fn builder() -> crate::types::builders::TaskSucceededEventDetailsBuilder {
        ::std::default::Default::default()
    }
}
impl ::std::fmt::Debug for TaskSucceededEventDetails {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let mut s = f.debug_struct("TaskSucceededEventDetails");
        s.field("output", &"*** Sensitive Data Redacted ***");
        s.field("output_details", &self.output_details);
        s.field("resource", &self.resource);
        s.field("resource_type", &self.resource_type);
        s.finish()
    }
}
/// Contains details about a resource timeout that occurred during an execution.
#[derive(::std::clone::Clone, ::std::cmp::PartialEq, ::serde::Deserialize)]
#[non_exhaustive]
pub struct TaskTimedOutEventDetails {
    /// A more detailed explanation of the cause of the failure.
    #[serde(rename = "cause", default)]
    pub cause: ::std::option::Option<::std::string::String>,
    /// The error code of the failure.
    #[serde(rename = "error", default)]
    pub error: ::std::option::Option<::std::string::String>,
    /// The action of the resource called by a task state.
    #[serde(rename = "resource", default)]
    pub resource: ::std::string::String,
    /// The service name of the resource in a task state.
    #[serde(rename = "resourceType", default)]
    pub resource_type: ::std::string::String,
}
impl TaskTimedOutEventDetails {
    /// A new [`TaskTimedOutEventDetailsBuilder`](crate::types::builders::TaskTimedOutEventDetailsBuilder).
    pub fn builder() -> crate::types::builders::TaskTimedOutEventDetailsBuilder {
        ::std::default::Default::default()
    }
}
impl ::std::fmt::Debug for TaskTimedOutEventDetails {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let mut s = f.debug_struct("TaskTimedOutEventDetails");
        s.field("cause", &"*** Sensitive Data Redacted ***");
        s.field("error", &"*** Sensitive Data Redacted ***");
        s.field("resource", &self.resource);
        s.field("resource_type", &self.resource_type);
        s.finish()
    }
}
/// From AWS's model: the apis.guru spec lacks it, and the model has no
/// documentation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::cmp::Eq,
    ::std::hash::Hash,
    ::std::cmp::PartialOrd,
    ::std::cmp::Ord,
    ::std::fmt::Debug
)]
#[non_exhaustive]
pub enum TestExecutionStatus {
    /// `SUCCEEDED`
    Succeeded,
    /// `FAILED`
    Failed,
    /// `RETRIABLE`
    Retriable,
    /// `CAUGHT_ERROR`
    CaughtError,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl TestExecutionStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Succeeded => "SUCCEEDED",
            Self::Failed => "FAILED",
            Self::Retriable => "RETRIABLE",
            Self::CaughtError => "CAUGHT_ERROR",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["SUCCEEDED", "FAILED", "RETRIABLE", "CAUGHT_ERROR"]
    }
}
impl ::std::convert::From<&str> for TestExecutionStatus {
    fn from(s: &str) -> Self {
        match s {
            "SUCCEEDED" => Self::Succeeded,
            "FAILED" => Self::Failed,
            "RETRIABLE" => Self::Retriable,
            "CAUGHT_ERROR" => Self::CaughtError,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(TestExecutionStatus);
/// From AWS's model: the apis.guru spec lacks it, and the model has no
/// documentation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::default::Default,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct TestStateConfiguration {
    #[serde(
        rename = "errorCausedByState",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub error_caused_by_state: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "mapItemReaderData",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub map_item_reader_data: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "mapIterationFailureCount",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub map_iteration_failure_count: ::std::option::Option<i64>,
    #[serde(
        rename = "retrierRetryCount",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub retrier_retry_count: ::std::option::Option<i64>,
}
impl TestStateConfiguration {
    /// A new [`TestStateConfigurationBuilder`](crate::types::builders::TestStateConfigurationBuilder).
    pub fn builder() -> crate::types::builders::TestStateConfigurationBuilder {
        ::std::default::Default::default()
    }
}
impl ::std::fmt::Debug for TestStateConfiguration {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let mut s = f.debug_struct("TestStateConfiguration");
        s.field("error_caused_by_state", &"*** Sensitive Data Redacted ***");
        s.field("map_item_reader_data", &"*** Sensitive Data Redacted ***");
        s.field("map_iteration_failure_count", &self.map_iteration_failure_count);
        s.field("retrier_retry_count", &self.retrier_retry_count);
        s.finish()
    }
}
/// From AWS's model: the apis.guru spec lacks it, and the model has no
/// documentation.
#[derive(::std::clone::Clone, ::std::cmp::PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct TestStateInput {
    #[serde(
        rename = "context",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub context: ::std::option::Option<::std::string::String>,
    #[serde(rename = "definition")]
    pub definition: ::std::string::String,
    #[serde(
        rename = "input",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub input: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "inspectionLevel",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub inspection_level: ::std::option::Option<crate::types::InspectionLevel>,
    #[serde(
        rename = "mock",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub mock: ::std::option::Option<crate::types::MockInput>,
    #[serde(
        rename = "revealSecrets",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub reveal_secrets: ::std::option::Option<bool>,
    #[serde(
        rename = "roleArn",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub role_arn: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "stateConfiguration",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub state_configuration: ::std::option::Option<crate::types::TestStateConfiguration>,
    #[serde(
        rename = "stateName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub state_name: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "variables",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub variables: ::std::option::Option<::std::string::String>,
}
impl TestStateInput {
    /// A new [`TestStateInputBuilder`](crate::types::builders::TestStateInputBuilder).
    pub fn builder() -> crate::types::builders::TestStateInputBuilder {
        ::std::default::Default::default()
    }
}
impl ::std::fmt::Debug for TestStateInput {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let mut s = f.debug_struct("TestStateInput");
        s.field("context", &"*** Sensitive Data Redacted ***");
        s.field("definition", &"*** Sensitive Data Redacted ***");
        s.field("input", &"*** Sensitive Data Redacted ***");
        s.field("inspection_level", &self.inspection_level);
        s.field("mock", &self.mock);
        s.field("reveal_secrets", &self.reveal_secrets);
        s.field("role_arn", &self.role_arn);
        s.field("state_configuration", &self.state_configuration);
        s.field("state_name", &"*** Sensitive Data Redacted ***");
        s.field("variables", &"*** Sensitive Data Redacted ***");
        s.finish()
    }
}
/// From AWS's model: the apis.guru spec lacks it, and the model has no
/// documentation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct TestStateOutput {
    #[serde(rename = "cause", default)]
    pub cause: ::std::option::Option<::std::string::String>,
    #[serde(rename = "error", default)]
    pub error: ::std::option::Option<::std::string::String>,
    #[serde(rename = "inspectionData", default)]
    pub inspection_data: ::std::option::Option<crate::types::InspectionData>,
    #[serde(rename = "nextState", default)]
    pub next_state: ::std::option::Option<::std::string::String>,
    #[serde(rename = "output", default)]
    pub output: ::std::option::Option<::std::string::String>,
    #[serde(rename = "status", default)]
    pub status: ::std::option::Option<crate::types::TestExecutionStatus>,
}
impl TestStateOutput {
    /// A new [`TestStateOutputBuilder`](crate::types::builders::TestStateOutputBuilder).
    pub fn builder() -> crate::types::builders::TestStateOutputBuilder {
        ::std::default::Default::default()
    }
}
impl ::std::fmt::Debug for TestStateOutput {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let mut s = f.debug_struct("TestStateOutput");
        s.field("cause", &"*** Sensitive Data Redacted ***");
        s.field("error", &"*** Sensitive Data Redacted ***");
        s.field("inspection_data", &"*** Sensitive Data Redacted ***");
        s.field("next_state", &self.next_state);
        s.field("output", &"*** Sensitive Data Redacted ***");
        s.field("status", &self.status);
        s.finish()
    }
}
/// Selects whether or not the state machine's X-Ray tracing is enabled. Default is
/// `false`
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct TracingConfiguration {
    /// When set to `true`, X-Ray tracing is enabled.
    #[serde(
        rename = "enabled",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub enabled: ::std::option::Option<bool>,
}
impl TracingConfiguration {
    /// A new [`TracingConfigurationBuilder`](crate::types::builders::TracingConfigurationBuilder).
    pub fn builder() -> crate::types::builders::TracingConfigurationBuilder {
        ::std::default::Default::default()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct UntagResourceInput {
    /// The Amazon Resource Name (ARN) for the Step Functions state machine or activity.
    #[serde(rename = "resourceArn")]
    pub resource_arn: ::std::string::String,
    /// The list of tags to remove from the resource.
    #[serde(rename = "tagKeys")]
    pub tag_keys: ::std::vec::Vec<::std::string::String>,
}
impl UntagResourceInput {
    /// A new [`UntagResourceInputBuilder`](crate::types::builders::UntagResourceInputBuilder).
    pub fn builder() -> crate::types::builders::UntagResourceInputBuilder {
        ::std::default::Default::default()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct UntagResourceOutput {}
impl UntagResourceOutput {
    /// A new [`UntagResourceOutputBuilder`](crate::types::builders::UntagResourceOutputBuilder).
    pub fn builder() -> crate::types::builders::UntagResourceOutputBuilder {
        ::std::default::Default::default()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct UpdateMapRunInput {
    /// The Amazon Resource Name (ARN) of a Map Run.
    #[serde(rename = "mapRunArn")]
    pub map_run_arn: ::std::string::String,
    /// The maximum number of child workflow executions that can be specified to run in
    /// parallel for the Map Run at the same time.
    #[serde(
        rename = "maxConcurrency",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub max_concurrency: ::std::option::Option<i64>,
    /// The maximum number of failed items before the Map Run fails.
    #[serde(
        rename = "toleratedFailureCount",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tolerated_failure_count: ::std::option::Option<i64>,
    /// The maximum percentage of failed items before the Map Run fails.
    #[serde(
        rename = "toleratedFailurePercentage",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tolerated_failure_percentage: ::std::option::Option<f32>,
}
impl UpdateMapRunInput {
    /// A new [`UpdateMapRunInputBuilder`](crate::types::builders::UpdateMapRunInputBuilder).
    pub fn builder() -> crate::types::builders::UpdateMapRunInputBuilder {
        ::std::default::Default::default()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct UpdateMapRunOutput {}
impl UpdateMapRunOutput {
    /// A new [`UpdateMapRunOutputBuilder`](crate::types::builders::UpdateMapRunOutputBuilder).
    pub fn builder() -> crate::types::builders::UpdateMapRunOutputBuilder {
        ::std::default::Default::default()
    }
}
#[derive(::std::clone::Clone, ::std::cmp::PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct UpdateStateMachineAliasInput {
    /// A description of the state machine alias.
    #[serde(
        rename = "description",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
    /// The routing configuration of the state machine alias.
    ///
    /// An array of `RoutingConfig` objects that specifies up to two state machine
    /// versions that the alias starts executions for.
    #[serde(
        rename = "routingConfiguration",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub routing_configuration: ::std::option::Option<
        ::std::vec::Vec<crate::types::RoutingConfigurationListItem>,
    >,
    /// The Amazon Resource Name (ARN) of the state machine alias.
    #[serde(rename = "stateMachineAliasArn")]
    pub state_machine_alias_arn: ::std::string::String,
}
impl UpdateStateMachineAliasInput {
    /// A new [`UpdateStateMachineAliasInputBuilder`](crate::types::builders::UpdateStateMachineAliasInputBuilder).
    pub fn builder() -> crate::types::builders::UpdateStateMachineAliasInputBuilder {
        ::std::default::Default::default()
    }
}
impl ::std::fmt::Debug for UpdateStateMachineAliasInput {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let mut s = f.debug_struct("UpdateStateMachineAliasInput");
        s.field("description", &"*** Sensitive Data Redacted ***");
        s.field("routing_configuration", &self.routing_configuration);
        s.field("state_machine_alias_arn", &self.state_machine_alias_arn);
        s.finish()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct UpdateStateMachineAliasOutput {
    /// The date and time the state machine alias was updated.
    #[serde(rename = "updateDate", default)]
    pub update_date: crate::runtime::Timestamp,
}
impl UpdateStateMachineAliasOutput {
    /// A new [`UpdateStateMachineAliasOutputBuilder`](crate::types::builders::UpdateStateMachineAliasOutputBuilder).
    pub fn builder() -> crate::types::builders::UpdateStateMachineAliasOutputBuilder {
        ::std::default::Default::default()
    }
}
#[derive(::std::clone::Clone, ::std::cmp::PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct UpdateStateMachineInput {
    /// The Amazon States Language definition of the state machine. See [Amazon States
    /// Language](https://docs.aws.amazon.com/step-functions/latest/dg/concepts-amazon-states-language.html).
    #[serde(
        rename = "definition",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub definition: ::std::option::Option<::std::string::String>,
    /// Use the `LoggingConfiguration` data type to set CloudWatch Logs options.
    #[serde(
        rename = "loggingConfiguration",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub logging_configuration: ::std::option::Option<crate::types::LoggingConfiguration>,
    /// Specifies whether the state machine version is published. The default is
    /// `false`. To publish a version after updating the state machine, set `publish` to
    /// `true`.
    #[serde(
        rename = "publish",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub publish: ::std::option::Option<bool>,
    /// The Amazon Resource Name (ARN) of the IAM role of the state machine.
    #[serde(
        rename = "roleArn",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub role_arn: ::std::option::Option<::std::string::String>,
    /// The Amazon Resource Name (ARN) of the state machine.
    #[serde(rename = "stateMachineArn")]
    pub state_machine_arn: ::std::string::String,
    /// Selects whether X-Ray tracing is enabled.
    #[serde(
        rename = "tracingConfiguration",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tracing_configuration: ::std::option::Option<crate::types::TracingConfiguration>,
    /// An optional description of the state machine version to publish.
    ///
    /// You can only specify the `versionDescription` parameter if you've set `publish`
    /// to `true`.
    #[serde(
        rename = "versionDescription",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub version_description: ::std::option::Option<::std::string::String>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "encryptionConfiguration",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub encryption_configuration: ::std::option::Option<
        crate::types::EncryptionConfiguration,
    >,
}
impl UpdateStateMachineInput {
    /// A new [`UpdateStateMachineInputBuilder`](crate::types::builders::UpdateStateMachineInputBuilder).
    pub fn builder() -> crate::types::builders::UpdateStateMachineInputBuilder {
        ::std::default::Default::default()
    }
}
impl ::std::fmt::Debug for UpdateStateMachineInput {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let mut s = f.debug_struct("UpdateStateMachineInput");
        s.field("definition", &"*** Sensitive Data Redacted ***");
        s.field("logging_configuration", &self.logging_configuration);
        s.field("publish", &self.publish);
        s.field("role_arn", &self.role_arn);
        s.field("state_machine_arn", &self.state_machine_arn);
        s.field("tracing_configuration", &self.tracing_configuration);
        s.field("version_description", &"*** Sensitive Data Redacted ***");
        s.field("encryption_configuration", &self.encryption_configuration);
        s.finish()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct UpdateStateMachineOutput {
    /// The revision identifier for the updated state machine.
    #[serde(rename = "revisionId", default)]
    pub revision_id: ::std::option::Option<::std::string::String>,
    /// The Amazon Resource Name (ARN) of the published state machine version.
    ///
    /// If the `publish` parameter isn't set to `true`, this field returns null.
    #[serde(rename = "stateMachineVersionArn", default)]
    pub state_machine_version_arn: ::std::option::Option<::std::string::String>,
    /// The date and time the state machine was updated.
    #[serde(rename = "updateDate", default)]
    pub update_date: crate::runtime::Timestamp,
}
impl UpdateStateMachineOutput {
    /// A new [`UpdateStateMachineOutputBuilder`](crate::types::builders::UpdateStateMachineOutputBuilder).
    pub fn builder() -> crate::types::builders::UpdateStateMachineOutputBuilder {
        ::std::default::Default::default()
    }
}
/// From AWS's model: the apis.guru spec lacks it, and the model has no
/// documentation.
#[derive(::std::clone::Clone, ::std::cmp::PartialEq, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ValidateStateMachineDefinitionDiagnostic {
    #[serde(rename = "code", default)]
    pub code: ::std::string::String,
    #[serde(rename = "location", default)]
    pub location: ::std::option::Option<::std::string::String>,
    #[serde(rename = "message", default, alias = "Message")]
    pub message: ::std::string::String,
    #[serde(rename = "severity")]
    pub severity: crate::types::ValidateStateMachineDefinitionSeverity,
}
impl ValidateStateMachineDefinitionDiagnostic {
    /// A new [`ValidateStateMachineDefinitionDiagnosticBuilder`](crate::types::builders::ValidateStateMachineDefinitionDiagnosticBuilder).
    pub fn builder() -> crate::types::builders::ValidateStateMachineDefinitionDiagnosticBuilder {
        ::std::default::Default::default()
    }
}
impl ::std::fmt::Debug for ValidateStateMachineDefinitionDiagnostic {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let mut s = f.debug_struct("ValidateStateMachineDefinitionDiagnostic");
        s.field("code", &"*** Sensitive Data Redacted ***");
        s.field("location", &"*** Sensitive Data Redacted ***");
        s.field("message", &"*** Sensitive Data Redacted ***");
        s.field("severity", &self.severity);
        s.finish()
    }
}
/// From AWS's model: the apis.guru spec lacks it, and the model has no
/// documentation.
#[derive(::std::clone::Clone, ::std::cmp::PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct ValidateStateMachineDefinitionInput {
    #[serde(rename = "definition")]
    pub definition: ::std::string::String,
    #[serde(
        rename = "maxResults",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub max_results: ::std::option::Option<i64>,
    #[serde(
        rename = "severity",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub severity: ::std::option::Option<
        crate::types::ValidateStateMachineDefinitionSeverity,
    >,
    #[serde(
        rename = "type",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub r#type: ::std::option::Option<crate::types::StateMachineType>,
}
impl ValidateStateMachineDefinitionInput {
    /// A new [`ValidateStateMachineDefinitionInputBuilder`](crate::types::builders::ValidateStateMachineDefinitionInputBuilder).
    pub fn builder() -> crate::types::builders::ValidateStateMachineDefinitionInputBuilder {
        ::std::default::Default::default()
    }
}
impl ::std::fmt::Debug for ValidateStateMachineDefinitionInput {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let mut s = f.debug_struct("ValidateStateMachineDefinitionInput");
        s.field("definition", &"*** Sensitive Data Redacted ***");
        s.field("max_results", &self.max_results);
        s.field("severity", &self.severity);
        s.field("type", &self.r#type);
        s.finish()
    }
}
/// From AWS's model: the apis.guru spec lacks it, and the model has no
/// documentation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ValidateStateMachineDefinitionOutput {
    #[serde(rename = "diagnostics", default)]
    pub diagnostics: ::std::vec::Vec<
        crate::types::ValidateStateMachineDefinitionDiagnostic,
    >,
    #[serde(rename = "result")]
    pub result: crate::types::ValidateStateMachineDefinitionResultCode,
    #[serde(rename = "truncated", default)]
    pub truncated: ::std::option::Option<bool>,
}
impl ValidateStateMachineDefinitionOutput {
    /// A new [`ValidateStateMachineDefinitionOutputBuilder`](crate::types::builders::ValidateStateMachineDefinitionOutputBuilder).
    pub fn builder() -> crate::types::builders::ValidateStateMachineDefinitionOutputBuilder {
        ::std::default::Default::default()
    }
}
/// From AWS's model: the apis.guru spec lacks it, and the model has no
/// documentation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::cmp::Eq,
    ::std::hash::Hash,
    ::std::cmp::PartialOrd,
    ::std::cmp::Ord,
    ::std::fmt::Debug
)]
#[non_exhaustive]
pub enum ValidateStateMachineDefinitionResultCode {
    /// `OK`
    Ok,
    /// `FAIL`
    Fail,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl ValidateStateMachineDefinitionResultCode {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Ok => "OK",
            Self::Fail => "FAIL",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["OK", "FAIL"]
    }
}
impl ::std::convert::From<&str> for ValidateStateMachineDefinitionResultCode {
    fn from(s: &str) -> Self {
        match s {
            "OK" => Self::Ok,
            "FAIL" => Self::Fail,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(ValidateStateMachineDefinitionResultCode);
/// From AWS's model: the apis.guru spec lacks it, and the model has no
/// documentation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::cmp::Eq,
    ::std::hash::Hash,
    ::std::cmp::PartialOrd,
    ::std::cmp::Ord,
    ::std::fmt::Debug
)]
#[non_exhaustive]
pub enum ValidateStateMachineDefinitionSeverity {
    /// `ERROR`
    Error,
    /// `WARNING`
    Warning,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl ValidateStateMachineDefinitionSeverity {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Error => "ERROR",
            Self::Warning => "WARNING",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["ERROR", "WARNING"]
    }
}
impl ::std::convert::From<&str> for ValidateStateMachineDefinitionSeverity {
    fn from(s: &str) -> Self {
        match s {
            "ERROR" => Self::Error,
            "WARNING" => Self::Warning,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(ValidateStateMachineDefinitionSeverity);
/// From AWS's model: the apis.guru spec lacks it, and the model has no
/// documentation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::cmp::Eq,
    ::std::hash::Hash,
    ::std::cmp::PartialOrd,
    ::std::cmp::Ord,
    ::std::fmt::Debug
)]
#[non_exhaustive]
pub enum ValidationExceptionReason {
    /// `API_DOES_NOT_SUPPORT_LABELED_ARNS`
    ApiDoesNotSupportLabeledArns,
    /// `MISSING_REQUIRED_PARAMETER`
    MissingRequiredParameter,
    /// `CANNOT_UPDATE_COMPLETED_MAP_RUN`
    CannotUpdateCompletedMapRun,
    /// `INVALID_ROUTING_CONFIGURATION`
    InvalidRoutingConfiguration,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl ValidationExceptionReason {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ApiDoesNotSupportLabeledArns => "API_DOES_NOT_SUPPORT_LABELED_ARNS",
            Self::MissingRequiredParameter => "MISSING_REQUIRED_PARAMETER",
            Self::CannotUpdateCompletedMapRun => "CANNOT_UPDATE_COMPLETED_MAP_RUN",
            Self::InvalidRoutingConfiguration => "INVALID_ROUTING_CONFIGURATION",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &[
            "API_DOES_NOT_SUPPORT_LABELED_ARNS",
            "MISSING_REQUIRED_PARAMETER",
            "CANNOT_UPDATE_COMPLETED_MAP_RUN",
            "INVALID_ROUTING_CONFIGURATION",
        ]
    }
}
impl ::std::convert::From<&str> for ValidationExceptionReason {
    fn from(s: &str) -> Self {
        match s {
            "API_DOES_NOT_SUPPORT_LABELED_ARNS" => Self::ApiDoesNotSupportLabeledArns,
            "MISSING_REQUIRED_PARAMETER" => Self::MissingRequiredParameter,
            "CANNOT_UPDATE_COMPLETED_MAP_RUN" => Self::CannotUpdateCompletedMapRun,
            "INVALID_ROUTING_CONFIGURATION" => Self::InvalidRoutingConfiguration,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(ValidationExceptionReason);
