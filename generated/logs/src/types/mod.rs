//! Data types of the service: one per structure and enum in the spec.
pub mod builders;
pub mod error;
/// A structure that contains information about one CloudWatch Logs account policy.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct AccountPolicy {
    /// The Amazon Web Services account ID that the policy applies to.
    #[serde(rename = "accountId", default)]
    pub account_id: ::std::option::Option<::std::string::String>,
    /// The date and time that this policy was most recently updated.
    #[serde(rename = "lastUpdatedTime", default)]
    pub last_updated_time: ::std::option::Option<i64>,
    /// The policy document for this account policy.
    ///
    /// The JSON specified in `policyDocument` can be up to 30,720 characters.
    #[serde(rename = "policyDocument", default)]
    pub policy_document: ::std::option::Option<::std::string::String>,
    /// The name of the account policy.
    #[serde(rename = "policyName", default)]
    pub policy_name: ::std::option::Option<::std::string::String>,
    /// The type of policy for this account policy.
    #[serde(rename = "policyType", default)]
    pub policy_type: ::std::option::Option<crate::types::PolicyType>,
    /// The scope of the account policy.
    #[serde(rename = "scope", default)]
    pub scope: ::std::option::Option<crate::types::Scope>,
}
impl AccountPolicy {
    /// A new [`AccountPolicyBuilder`](crate::types::builders::AccountPolicyBuilder).
    pub fn builder() -> crate::types::builders::AccountPolicyBuilder {
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
pub struct AssociateKmsKeyRequest {
    /// The Amazon Resource Name (ARN) of the KMS key to use when encrypting log data.
    /// This must be a symmetric KMS key. For more information, see [Amazon Resource
    /// Names](https://docs.aws.amazon.com/general/latest/gr/aws-arns-and-namespaces.html#arn-syntax-kms)
    /// and [Using Symmetric and Asymmetric
    /// Keys](https://docs.aws.amazon.com/kms/latest/developerguide/symmetric-asymmetric.html).
    #[serde(rename = "kmsKeyId")]
    pub kms_key_id: ::std::string::String,
    /// The name of the log group.
    ///
    /// In your `AssociateKmsKey` operation, you must specify either the
    /// `resourceIdentifier` parameter or the `logGroup` parameter, but you can't
    /// specify both.
    #[serde(
        rename = "logGroupName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub log_group_name: ::std::option::Option<::std::string::String>,
    /// Specifies the target for this operation. You must specify one of the following:
    ///
    /// - Specify the following ARN to have future
    ///   [GetQueryResults](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_GetQueryResults.html)
    ///   operations in this account encrypt the results with the specified KMS key.
    ///   Replace *REGION* and *ACCOUNT_ID* with your Region and account ID.
    ///
    ///   `arn:aws:logs:REGION:ACCOUNT_ID:query-result:*`
    ///
    /// - Specify the ARN of a log group to have CloudWatch Logs use the KMS key to
    ///   encrypt log events that are ingested and stored by that log group. The log
    ///   group ARN must be in the following format. Replace *REGION* and *ACCOUNT_ID*
    ///   with your Region and account ID.
    ///
    ///   `arn:aws:logs:REGION:ACCOUNT_ID:log-group:LOG_GROUP_NAME`
    ///
    /// In your `AssociateKmsKey` operation, you must specify either the
    /// `resourceIdentifier` parameter or the `logGroup` parameter, but you can't
    /// specify both.
    #[serde(
        rename = "resourceIdentifier",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_identifier: ::std::option::Option<::std::string::String>,
}
impl AssociateKmsKeyRequest {
    /// A new [`AssociateKmsKeyRequestBuilder`](crate::types::builders::AssociateKmsKeyRequestBuilder).
    pub fn builder() -> crate::types::builders::AssociateKmsKeyRequestBuilder {
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
pub struct CancelExportTaskRequest {
    /// The ID of the export task.
    #[serde(rename = "taskId")]
    pub task_id: ::std::string::String,
}
impl CancelExportTaskRequest {
    /// A new [`CancelExportTaskRequestBuilder`](crate::types::builders::CancelExportTaskRequestBuilder).
    pub fn builder() -> crate::types::builders::CancelExportTaskRequestBuilder {
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
pub struct CreateExportTaskRequest {
    /// The name of S3 bucket for the exported log data. The bucket must be in the same
    /// Amazon Web Services Region.
    #[serde(rename = "destination")]
    pub destination: ::std::string::String,
    /// The prefix used as the start of the key for every object exported. If you don't
    /// specify a value, the default is `exportedlogs`.
    #[serde(
        rename = "destinationPrefix",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub destination_prefix: ::std::option::Option<::std::string::String>,
    /// The start time of the range for the request, expressed as the number of
    /// milliseconds after `Jan 1, 1970 00:00:00 UTC`. Events with a timestamp earlier
    /// than this time are not exported.
    #[serde(rename = "from")]
    pub from: i64,
    /// The name of the log group.
    #[serde(rename = "logGroupName")]
    pub log_group_name: ::std::string::String,
    /// Export only log streams that match the provided prefix. If you don't specify a
    /// value, no prefix filter is applied.
    #[serde(
        rename = "logStreamNamePrefix",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub log_stream_name_prefix: ::std::option::Option<::std::string::String>,
    /// The name of the export task.
    #[serde(
        rename = "taskName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub task_name: ::std::option::Option<::std::string::String>,
    /// The end time of the range for the request, expressed as the number of
    /// milliseconds after `Jan 1, 1970 00:00:00 UTC`. Events with a timestamp later
    /// than this time are not exported.
    ///
    /// You must specify a time that is not earlier than when this log group was
    /// created.
    #[serde(rename = "to")]
    pub to: i64,
}
impl CreateExportTaskRequest {
    /// A new [`CreateExportTaskRequestBuilder`](crate::types::builders::CreateExportTaskRequestBuilder).
    pub fn builder() -> crate::types::builders::CreateExportTaskRequestBuilder {
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
pub struct CreateExportTaskResponse {
    /// The ID of the export task.
    #[serde(rename = "taskId", default)]
    pub task_id: ::std::option::Option<::std::string::String>,
}
impl CreateExportTaskResponse {
    /// A new [`CreateExportTaskResponseBuilder`](crate::types::builders::CreateExportTaskResponseBuilder).
    pub fn builder() -> crate::types::builders::CreateExportTaskResponseBuilder {
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
pub struct CreateLogGroupRequest {
    /// The Amazon Resource Name (ARN) of the KMS key to use when encrypting log data.
    /// For more information, see [Amazon Resource
    /// Names](https://docs.aws.amazon.com/general/latest/gr/aws-arns-and-namespaces.html#arn-syntax-kms).
    #[serde(
        rename = "kmsKeyId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub kms_key_id: ::std::option::Option<::std::string::String>,
    /// The name of the log group.
    #[serde(rename = "logGroupName")]
    pub log_group_name: ::std::string::String,
    /// The key-value pairs to use for the tags.
    ///
    /// You can grant users access to certain log groups while preventing them from
    /// accessing other log groups. To do so, tag your groups and use IAM policies that
    /// refer to those tags. To assign tags when you create a log group, you must have
    /// either the `logs:TagResource` or `logs:TagLogGroup` permission. For more
    /// information about tagging, see [Tagging Amazon Web Services
    /// resources](https://docs.aws.amazon.com/general/latest/gr/aws_tagging.html). For
    /// more information about using tags to control access, see [Controlling access to
    /// Amazon Web Services resources using
    /// tags](https://docs.aws.amazon.com/IAM/latest/UserGuide/access_tags.html).
    #[serde(
        rename = "tags",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
}
impl CreateLogGroupRequest {
    /// A new [`CreateLogGroupRequestBuilder`](crate::types::builders::CreateLogGroupRequestBuilder).
    pub fn builder() -> crate::types::builders::CreateLogGroupRequestBuilder {
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
pub struct CreateLogStreamRequest {
    /// The name of the log group.
    #[serde(rename = "logGroupName")]
    pub log_group_name: ::std::string::String,
    /// The name of the log stream.
    #[serde(rename = "logStreamName")]
    pub log_stream_name: ::std::string::String,
}
impl CreateLogStreamRequest {
    /// A new [`CreateLogStreamRequestBuilder`](crate::types::builders::CreateLogStreamRequestBuilder).
    pub fn builder() -> crate::types::builders::CreateLogStreamRequestBuilder {
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
pub enum DataProtectionStatus {
    /// `ACTIVATED`
    Activated,
    /// `DELETED`
    Deleted,
    /// `ARCHIVED`
    Archived,
    /// `DISABLED`
    Disabled,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl DataProtectionStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Activated => "ACTIVATED",
            Self::Deleted => "DELETED",
            Self::Archived => "ARCHIVED",
            Self::Disabled => "DISABLED",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["ACTIVATED", "DELETED", "ARCHIVED", "DISABLED"]
    }
}
impl ::std::convert::From<&str> for DataProtectionStatus {
    fn from(s: &str) -> Self {
        match s {
            "ACTIVATED" => Self::Activated,
            "DELETED" => Self::Deleted,
            "ARCHIVED" => Self::Archived,
            "DISABLED" => Self::Disabled,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(DataProtectionStatus);
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct DeleteAccountPolicyRequest {
    /// The name of the policy to delete.
    #[serde(rename = "policyName")]
    pub policy_name: ::std::string::String,
    /// The type of policy to delete. Currently, the only valid value is
    /// `DATA_PROTECTION_POLICY`.
    #[serde(rename = "policyType")]
    pub policy_type: crate::types::PolicyType,
}
impl DeleteAccountPolicyRequest {
    /// A new [`DeleteAccountPolicyRequestBuilder`](crate::types::builders::DeleteAccountPolicyRequestBuilder).
    pub fn builder() -> crate::types::builders::DeleteAccountPolicyRequestBuilder {
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
pub struct DeleteDataProtectionPolicyRequest {
    /// The name or ARN of the log group that you want to delete the data protection
    /// policy for.
    #[serde(rename = "logGroupIdentifier")]
    pub log_group_identifier: ::std::string::String,
}
impl DeleteDataProtectionPolicyRequest {
    /// A new [`DeleteDataProtectionPolicyRequestBuilder`](crate::types::builders::DeleteDataProtectionPolicyRequestBuilder).
    pub fn builder() -> crate::types::builders::DeleteDataProtectionPolicyRequestBuilder {
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
pub struct DeleteDestinationRequest {
    /// The name of the destination.
    #[serde(rename = "destinationName")]
    pub destination_name: ::std::string::String,
}
impl DeleteDestinationRequest {
    /// A new [`DeleteDestinationRequestBuilder`](crate::types::builders::DeleteDestinationRequestBuilder).
    pub fn builder() -> crate::types::builders::DeleteDestinationRequestBuilder {
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
pub struct DeleteLogGroupRequest {
    /// The name of the log group.
    #[serde(rename = "logGroupName")]
    pub log_group_name: ::std::string::String,
}
impl DeleteLogGroupRequest {
    /// A new [`DeleteLogGroupRequestBuilder`](crate::types::builders::DeleteLogGroupRequestBuilder).
    pub fn builder() -> crate::types::builders::DeleteLogGroupRequestBuilder {
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
pub struct DeleteLogStreamRequest {
    /// The name of the log group.
    #[serde(rename = "logGroupName")]
    pub log_group_name: ::std::string::String,
    /// The name of the log stream.
    #[serde(rename = "logStreamName")]
    pub log_stream_name: ::std::string::String,
}
impl DeleteLogStreamRequest {
    /// A new [`DeleteLogStreamRequestBuilder`](crate::types::builders::DeleteLogStreamRequestBuilder).
    pub fn builder() -> crate::types::builders::DeleteLogStreamRequestBuilder {
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
pub struct DeleteMetricFilterRequest {
    /// The name of the metric filter.
    #[serde(rename = "filterName")]
    pub filter_name: ::std::string::String,
    /// The name of the log group.
    #[serde(rename = "logGroupName")]
    pub log_group_name: ::std::string::String,
}
impl DeleteMetricFilterRequest {
    /// A new [`DeleteMetricFilterRequestBuilder`](crate::types::builders::DeleteMetricFilterRequestBuilder).
    pub fn builder() -> crate::types::builders::DeleteMetricFilterRequestBuilder {
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
pub struct DeleteQueryDefinitionRequest {
    /// The ID of the query definition that you want to delete. You can use
    /// [DescribeQueryDefinitions](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_DescribeQueryDefinitions.html)
    /// to retrieve the IDs of your saved query definitions.
    #[serde(rename = "queryDefinitionId")]
    pub query_definition_id: ::std::string::String,
}
impl DeleteQueryDefinitionRequest {
    /// A new [`DeleteQueryDefinitionRequestBuilder`](crate::types::builders::DeleteQueryDefinitionRequestBuilder).
    pub fn builder() -> crate::types::builders::DeleteQueryDefinitionRequestBuilder {
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
pub struct DeleteQueryDefinitionResponse {
    /// A value of TRUE indicates that the operation succeeded. FALSE indicates that the
    /// operation failed.
    #[serde(rename = "success", default)]
    pub success: ::std::option::Option<bool>,
}
impl DeleteQueryDefinitionResponse {
    /// A new [`DeleteQueryDefinitionResponseBuilder`](crate::types::builders::DeleteQueryDefinitionResponseBuilder).
    pub fn builder() -> crate::types::builders::DeleteQueryDefinitionResponseBuilder {
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
pub struct DeleteResourcePolicyRequest {
    /// The name of the policy to be revoked. This parameter is required.
    #[serde(
        rename = "policyName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub policy_name: ::std::option::Option<::std::string::String>,
}
impl DeleteResourcePolicyRequest {
    /// A new [`DeleteResourcePolicyRequestBuilder`](crate::types::builders::DeleteResourcePolicyRequestBuilder).
    pub fn builder() -> crate::types::builders::DeleteResourcePolicyRequestBuilder {
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
pub struct DeleteRetentionPolicyRequest {
    /// The name of the log group.
    #[serde(rename = "logGroupName")]
    pub log_group_name: ::std::string::String,
}
impl DeleteRetentionPolicyRequest {
    /// A new [`DeleteRetentionPolicyRequestBuilder`](crate::types::builders::DeleteRetentionPolicyRequestBuilder).
    pub fn builder() -> crate::types::builders::DeleteRetentionPolicyRequestBuilder {
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
pub struct DeleteSubscriptionFilterRequest {
    /// The name of the subscription filter.
    #[serde(rename = "filterName")]
    pub filter_name: ::std::string::String,
    /// The name of the log group.
    #[serde(rename = "logGroupName")]
    pub log_group_name: ::std::string::String,
}
impl DeleteSubscriptionFilterRequest {
    /// A new [`DeleteSubscriptionFilterRequestBuilder`](crate::types::builders::DeleteSubscriptionFilterRequestBuilder).
    pub fn builder() -> crate::types::builders::DeleteSubscriptionFilterRequestBuilder {
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
pub struct DescribeAccountPoliciesRequest {
    /// If you are using an account that is set up as a monitoring account for
    /// CloudWatch unified cross-account observability, you can use this to specify the
    /// account ID of a source account. If you do, the operation returns the account
    /// policy for the specified account. Currently, you can specify only one account ID
    /// in this parameter.
    ///
    /// If you omit this parameter, only the policy in the current account is returned.
    #[serde(
        rename = "accountIdentifiers",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub account_identifiers: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    /// Use this parameter to limit the returned policies to only the policy with the
    /// name that you specify.
    #[serde(
        rename = "policyName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub policy_name: ::std::option::Option<::std::string::String>,
    /// Use this parameter to limit the returned policies to only the policies that
    /// match the policy type that you specify. Currently, the only valid value is
    /// `DATA_PROTECTION_POLICY`.
    #[serde(rename = "policyType")]
    pub policy_type: crate::types::PolicyType,
}
impl DescribeAccountPoliciesRequest {
    /// A new [`DescribeAccountPoliciesRequestBuilder`](crate::types::builders::DescribeAccountPoliciesRequestBuilder).
    pub fn builder() -> crate::types::builders::DescribeAccountPoliciesRequestBuilder {
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
pub struct DescribeAccountPoliciesResponse {
    /// An array of structures that contain information about the CloudWatch Logs
    /// account policies that match the specified filters.
    #[serde(rename = "accountPolicies", default)]
    pub account_policies: ::std::option::Option<
        ::std::vec::Vec<crate::types::AccountPolicy>,
    >,
}
impl DescribeAccountPoliciesResponse {
    /// A new [`DescribeAccountPoliciesResponseBuilder`](crate::types::builders::DescribeAccountPoliciesResponseBuilder).
    pub fn builder() -> crate::types::builders::DescribeAccountPoliciesResponseBuilder {
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
pub struct DescribeDestinationsRequest {
    /// The prefix to match. If you don't specify a value, no prefix filter is applied.
    #[serde(
        rename = "DestinationNamePrefix",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub destination_name_prefix: ::std::option::Option<::std::string::String>,
    /// The maximum number of items returned. If you don't specify a value, the default
    /// maximum value of 50 items is used.
    #[serde(
        rename = "limit",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub limit: ::std::option::Option<i64>,
    /// The token for the next set of items to return. (You received this token from a
    /// previous call.)
    #[serde(
        rename = "nextToken",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_token: ::std::option::Option<::std::string::String>,
}
impl DescribeDestinationsRequest {
    /// A new [`DescribeDestinationsRequestBuilder`](crate::types::builders::DescribeDestinationsRequestBuilder).
    pub fn builder() -> crate::types::builders::DescribeDestinationsRequestBuilder {
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
pub struct DescribeDestinationsResponse {
    /// The destinations.
    #[serde(rename = "destinations", default)]
    pub destinations: ::std::option::Option<::std::vec::Vec<crate::types::Destination>>,
    #[serde(rename = "nextToken", default)]
    pub next_token: ::std::option::Option<::std::string::String>,
}
impl DescribeDestinationsResponse {
    /// A new [`DescribeDestinationsResponseBuilder`](crate::types::builders::DescribeDestinationsResponseBuilder).
    pub fn builder() -> crate::types::builders::DescribeDestinationsResponseBuilder {
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
pub struct DescribeExportTasksRequest {
    /// The maximum number of items returned. If you don't specify a value, the default
    /// is up to 50 items.
    #[serde(
        rename = "limit",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub limit: ::std::option::Option<i64>,
    /// The token for the next set of items to return. (You received this token from a
    /// previous call.)
    #[serde(
        rename = "nextToken",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_token: ::std::option::Option<::std::string::String>,
    /// The status code of the export task. Specifying a status code filters the results
    /// to zero or more export tasks.
    #[serde(
        rename = "statusCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status_code: ::std::option::Option<crate::types::ExportTaskStatusCode>,
    /// The ID of the export task. Specifying a task ID filters the results to one or
    /// zero export tasks.
    #[serde(
        rename = "taskId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub task_id: ::std::option::Option<::std::string::String>,
}
impl DescribeExportTasksRequest {
    /// A new [`DescribeExportTasksRequestBuilder`](crate::types::builders::DescribeExportTasksRequestBuilder).
    pub fn builder() -> crate::types::builders::DescribeExportTasksRequestBuilder {
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
pub struct DescribeExportTasksResponse {
    /// The export tasks.
    #[serde(rename = "exportTasks", default)]
    pub export_tasks: ::std::option::Option<::std::vec::Vec<crate::types::ExportTask>>,
    #[serde(rename = "nextToken", default)]
    pub next_token: ::std::option::Option<::std::string::String>,
}
impl DescribeExportTasksResponse {
    /// A new [`DescribeExportTasksResponseBuilder`](crate::types::builders::DescribeExportTasksResponseBuilder).
    pub fn builder() -> crate::types::builders::DescribeExportTasksResponseBuilder {
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
pub struct DescribeLogGroupsRequest {
    /// When `includeLinkedAccounts` is set to `True`, use this parameter to specify the
    /// list of accounts to search. You can specify as many as 20 account IDs in the
    /// array.
    #[serde(
        rename = "accountIdentifiers",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub account_identifiers: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    /// If you are using a monitoring account, set this to `True` to have the operation
    /// return log groups in the accounts listed in `accountIdentifiers`.
    ///
    /// If this parameter is set to `true` and `accountIdentifiers` contains a null
    /// value, the operation returns all log groups in the monitoring account and all
    /// log groups in all source accounts that are linked to the monitoring account.
    #[serde(
        rename = "includeLinkedAccounts",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub include_linked_accounts: ::std::option::Option<bool>,
    /// The maximum number of items returned. If you don't specify a value, the default
    /// is up to 50 items.
    #[serde(
        rename = "limit",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub limit: ::std::option::Option<i64>,
    /// If you specify a string for this parameter, the operation returns only log
    /// groups that have names that match the string based on a case-sensitive substring
    /// search. For example, if you specify `Foo`, log groups named `FooBar`, `aws/Foo`,
    /// and `GroupFoo` would match, but `foo`, `F/o/o` and `Froo` would not match.
    ///
    /// If you specify `logGroupNamePattern` in your request, then only `arn`,
    /// `creationTime`, and `logGroupName` are included in the response.
    ///
    /// **Note:** `logGroupNamePattern` and `logGroupNamePrefix` are mutually exclusive.
    /// Only one of these parameters can be passed.
    #[serde(
        rename = "logGroupNamePattern",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub log_group_name_pattern: ::std::option::Option<::std::string::String>,
    /// The prefix to match.
    ///
    /// **Note:** `logGroupNamePrefix` and `logGroupNamePattern` are mutually exclusive.
    /// Only one of these parameters can be passed.
    #[serde(
        rename = "logGroupNamePrefix",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub log_group_name_prefix: ::std::option::Option<::std::string::String>,
    /// The token for the next set of items to return. (You received this token from a
    /// previous call.)
    #[serde(
        rename = "nextToken",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_token: ::std::option::Option<::std::string::String>,
}
impl DescribeLogGroupsRequest {
    /// A new [`DescribeLogGroupsRequestBuilder`](crate::types::builders::DescribeLogGroupsRequestBuilder).
    pub fn builder() -> crate::types::builders::DescribeLogGroupsRequestBuilder {
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
pub struct DescribeLogGroupsResponse {
    /// The log groups.
    ///
    /// If the `retentionInDays` value is not included for a log group, then that log
    /// group's events do not expire.
    #[serde(rename = "logGroups", default)]
    pub log_groups: ::std::option::Option<::std::vec::Vec<crate::types::LogGroup>>,
    #[serde(rename = "nextToken", default)]
    pub next_token: ::std::option::Option<::std::string::String>,
}
impl DescribeLogGroupsResponse {
    /// A new [`DescribeLogGroupsResponseBuilder`](crate::types::builders::DescribeLogGroupsResponseBuilder).
    pub fn builder() -> crate::types::builders::DescribeLogGroupsResponseBuilder {
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
pub struct DescribeLogStreamsRequest {
    /// If the value is true, results are returned in descending order. If the value is
    /// to false, results are returned in ascending order. The default value is false.
    #[serde(
        rename = "descending",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub descending: ::std::option::Option<bool>,
    /// The maximum number of items returned. If you don't specify a value, the default
    /// is up to 50 items.
    #[serde(
        rename = "limit",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub limit: ::std::option::Option<i64>,
    /// Specify either the name or ARN of the log group to view. If the log group is in
    /// a source account and you are using a monitoring account, you must use the log
    /// group ARN.
    ///
    /// **Note:** You must include either `logGroupIdentifier` or `logGroupName`, but
    /// not both.
    #[serde(
        rename = "logGroupIdentifier",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub log_group_identifier: ::std::option::Option<::std::string::String>,
    /// The name of the log group.
    ///
    /// **Note:** You must include either `logGroupIdentifier` or `logGroupName`, but
    /// not both.
    #[serde(
        rename = "logGroupName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub log_group_name: ::std::option::Option<::std::string::String>,
    /// The prefix to match.
    ///
    /// If `orderBy` is `LastEventTime`, you cannot specify this parameter.
    #[serde(
        rename = "logStreamNamePrefix",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub log_stream_name_prefix: ::std::option::Option<::std::string::String>,
    /// The token for the next set of items to return. (You received this token from a
    /// previous call.)
    #[serde(
        rename = "nextToken",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_token: ::std::option::Option<::std::string::String>,
    /// If the value is `LogStreamName`, the results are ordered by log stream name. If
    /// the value is `LastEventTime`, the results are ordered by the event time. The
    /// default value is `LogStreamName`.
    ///
    /// If you order the results by event time, you cannot specify the
    /// `logStreamNamePrefix` parameter.
    ///
    /// `lastEventTimestamp` represents the time of the most recent log event in the log
    /// stream in CloudWatch Logs. This number is expressed as the number of
    /// milliseconds after `Jan 1, 1970 00:00:00 UTC`. `lastEventTimestamp` updates on
    /// an eventual consistency basis. It typically updates in less than an hour from
    /// ingestion, but in rare situations might take longer.
    #[serde(
        rename = "orderBy",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub order_by: ::std::option::Option<crate::types::OrderBy>,
}
impl DescribeLogStreamsRequest {
    /// A new [`DescribeLogStreamsRequestBuilder`](crate::types::builders::DescribeLogStreamsRequestBuilder).
    pub fn builder() -> crate::types::builders::DescribeLogStreamsRequestBuilder {
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
pub struct DescribeLogStreamsResponse {
    /// The log streams.
    #[serde(rename = "logStreams", default)]
    pub log_streams: ::std::option::Option<::std::vec::Vec<crate::types::LogStream>>,
    #[serde(rename = "nextToken", default)]
    pub next_token: ::std::option::Option<::std::string::String>,
}
impl DescribeLogStreamsResponse {
    /// A new [`DescribeLogStreamsResponseBuilder`](crate::types::builders::DescribeLogStreamsResponseBuilder).
    pub fn builder() -> crate::types::builders::DescribeLogStreamsResponseBuilder {
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
pub struct DescribeMetricFiltersRequest {
    /// The prefix to match. CloudWatch Logs uses the value that you set here only if
    /// you also include the `logGroupName` parameter in your request.
    #[serde(
        rename = "filterNamePrefix",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub filter_name_prefix: ::std::option::Option<::std::string::String>,
    /// The maximum number of items returned. If you don't specify a value, the default
    /// is up to 50 items.
    #[serde(
        rename = "limit",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub limit: ::std::option::Option<i64>,
    /// The name of the log group.
    #[serde(
        rename = "logGroupName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub log_group_name: ::std::option::Option<::std::string::String>,
    /// Filters results to include only those with the specified metric name. If you
    /// include this parameter in your request, you must also include the
    /// `metricNamespace` parameter.
    #[serde(
        rename = "metricName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub metric_name: ::std::option::Option<::std::string::String>,
    /// Filters results to include only those in the specified namespace. If you include
    /// this parameter in your request, you must also include the `metricName`
    /// parameter.
    #[serde(
        rename = "metricNamespace",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub metric_namespace: ::std::option::Option<::std::string::String>,
    /// The token for the next set of items to return. (You received this token from a
    /// previous call.)
    #[serde(
        rename = "nextToken",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_token: ::std::option::Option<::std::string::String>,
}
impl DescribeMetricFiltersRequest {
    /// A new [`DescribeMetricFiltersRequestBuilder`](crate::types::builders::DescribeMetricFiltersRequestBuilder).
    pub fn builder() -> crate::types::builders::DescribeMetricFiltersRequestBuilder {
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
pub struct DescribeMetricFiltersResponse {
    /// The metric filters.
    #[serde(rename = "metricFilters", default)]
    pub metric_filters: ::std::option::Option<
        ::std::vec::Vec<crate::types::MetricFilter>,
    >,
    #[serde(rename = "nextToken", default)]
    pub next_token: ::std::option::Option<::std::string::String>,
}
impl DescribeMetricFiltersResponse {
    /// A new [`DescribeMetricFiltersResponseBuilder`](crate::types::builders::DescribeMetricFiltersResponseBuilder).
    pub fn builder() -> crate::types::builders::DescribeMetricFiltersResponseBuilder {
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
pub struct DescribeQueriesRequest {
    /// Limits the returned queries to only those for the specified log group.
    #[serde(
        rename = "logGroupName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub log_group_name: ::std::option::Option<::std::string::String>,
    /// Limits the number of returned queries to the specified number.
    #[serde(
        rename = "maxResults",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub max_results: ::std::option::Option<i64>,
    #[serde(
        rename = "nextToken",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_token: ::std::option::Option<::std::string::String>,
    /// Limits the returned queries to only those that have the specified status. Valid
    /// values are `Cancelled`, `Complete`, `Failed`, `Running`, and `Scheduled`.
    #[serde(
        rename = "status",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<crate::types::QueryStatus>,
}
impl DescribeQueriesRequest {
    /// A new [`DescribeQueriesRequestBuilder`](crate::types::builders::DescribeQueriesRequestBuilder).
    pub fn builder() -> crate::types::builders::DescribeQueriesRequestBuilder {
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
pub struct DescribeQueriesResponse {
    #[serde(rename = "nextToken", default)]
    pub next_token: ::std::option::Option<::std::string::String>,
    /// The list of queries that match the request.
    #[serde(rename = "queries", default)]
    pub queries: ::std::option::Option<::std::vec::Vec<crate::types::QueryInfo>>,
}
impl DescribeQueriesResponse {
    /// A new [`DescribeQueriesResponseBuilder`](crate::types::builders::DescribeQueriesResponseBuilder).
    pub fn builder() -> crate::types::builders::DescribeQueriesResponseBuilder {
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
pub struct DescribeQueryDefinitionsRequest {
    /// Limits the number of returned query definitions to the specified number.
    #[serde(
        rename = "maxResults",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub max_results: ::std::option::Option<i64>,
    #[serde(
        rename = "nextToken",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_token: ::std::option::Option<::std::string::String>,
    /// Use this parameter to filter your results to only the query definitions that
    /// have names that start with the prefix you specify.
    #[serde(
        rename = "queryDefinitionNamePrefix",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub query_definition_name_prefix: ::std::option::Option<::std::string::String>,
}
impl DescribeQueryDefinitionsRequest {
    /// A new [`DescribeQueryDefinitionsRequestBuilder`](crate::types::builders::DescribeQueryDefinitionsRequestBuilder).
    pub fn builder() -> crate::types::builders::DescribeQueryDefinitionsRequestBuilder {
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
pub struct DescribeQueryDefinitionsResponse {
    #[serde(rename = "nextToken", default)]
    pub next_token: ::std::option::Option<::std::string::String>,
    /// The list of query definitions that match your request.
    #[serde(rename = "queryDefinitions", default)]
    pub query_definitions: ::std::option::Option<
        ::std::vec::Vec<crate::types::QueryDefinition>,
    >,
}
impl DescribeQueryDefinitionsResponse {
    /// A new [`DescribeQueryDefinitionsResponseBuilder`](crate::types::builders::DescribeQueryDefinitionsResponseBuilder).
    pub fn builder() -> crate::types::builders::DescribeQueryDefinitionsResponseBuilder {
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
pub struct DescribeResourcePoliciesRequest {
    /// The maximum number of resource policies to be displayed with one call of this
    /// API.
    #[serde(
        rename = "limit",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub limit: ::std::option::Option<i64>,
    #[serde(
        rename = "nextToken",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_token: ::std::option::Option<::std::string::String>,
}
impl DescribeResourcePoliciesRequest {
    /// A new [`DescribeResourcePoliciesRequestBuilder`](crate::types::builders::DescribeResourcePoliciesRequestBuilder).
    pub fn builder() -> crate::types::builders::DescribeResourcePoliciesRequestBuilder {
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
pub struct DescribeResourcePoliciesResponse {
    #[serde(rename = "nextToken", default)]
    pub next_token: ::std::option::Option<::std::string::String>,
    /// The resource policies that exist in this account.
    #[serde(rename = "resourcePolicies", default)]
    pub resource_policies: ::std::option::Option<
        ::std::vec::Vec<crate::types::ResourcePolicy>,
    >,
}
impl DescribeResourcePoliciesResponse {
    /// A new [`DescribeResourcePoliciesResponseBuilder`](crate::types::builders::DescribeResourcePoliciesResponseBuilder).
    pub fn builder() -> crate::types::builders::DescribeResourcePoliciesResponseBuilder {
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
pub struct DescribeSubscriptionFiltersRequest {
    /// The prefix to match. If you don't specify a value, no prefix filter is applied.
    #[serde(
        rename = "filterNamePrefix",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub filter_name_prefix: ::std::option::Option<::std::string::String>,
    /// The maximum number of items returned. If you don't specify a value, the default
    /// is up to 50 items.
    #[serde(
        rename = "limit",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub limit: ::std::option::Option<i64>,
    /// The name of the log group.
    #[serde(rename = "logGroupName")]
    pub log_group_name: ::std::string::String,
    /// The token for the next set of items to return. (You received this token from a
    /// previous call.)
    #[serde(
        rename = "nextToken",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_token: ::std::option::Option<::std::string::String>,
}
impl DescribeSubscriptionFiltersRequest {
    /// A new [`DescribeSubscriptionFiltersRequestBuilder`](crate::types::builders::DescribeSubscriptionFiltersRequestBuilder).
    pub fn builder() -> crate::types::builders::DescribeSubscriptionFiltersRequestBuilder {
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
pub struct DescribeSubscriptionFiltersResponse {
    #[serde(rename = "nextToken", default)]
    pub next_token: ::std::option::Option<::std::string::String>,
    /// The subscription filters.
    #[serde(rename = "subscriptionFilters", default)]
    pub subscription_filters: ::std::option::Option<
        ::std::vec::Vec<crate::types::SubscriptionFilter>,
    >,
}
impl DescribeSubscriptionFiltersResponse {
    /// A new [`DescribeSubscriptionFiltersResponseBuilder`](crate::types::builders::DescribeSubscriptionFiltersResponseBuilder).
    pub fn builder() -> crate::types::builders::DescribeSubscriptionFiltersResponseBuilder {
        ::std::default::Default::default()
    }
}
/// Represents a cross-account destination that receives subscription log events.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct Destination {
    /// An IAM policy document that governs which Amazon Web Services accounts can
    /// create subscription filters against this destination.
    #[serde(rename = "accessPolicy", default)]
    pub access_policy: ::std::option::Option<::std::string::String>,
    /// The ARN of this destination.
    #[serde(rename = "arn", default)]
    pub arn: ::std::option::Option<::std::string::String>,
    /// The creation time of the destination, expressed as the number of milliseconds
    /// after Jan 1, 1970 00:00:00 UTC.
    #[serde(rename = "creationTime", default)]
    pub creation_time: ::std::option::Option<i64>,
    /// The name of the destination.
    #[serde(rename = "destinationName", default)]
    pub destination_name: ::std::option::Option<::std::string::String>,
    /// A role for impersonation, used when delivering log events to the target.
    #[serde(rename = "roleArn", default)]
    pub role_arn: ::std::option::Option<::std::string::String>,
    /// The Amazon Resource Name (ARN) of the physical target where the log events are
    /// delivered (for example, a Kinesis stream).
    #[serde(rename = "targetArn", default)]
    pub target_arn: ::std::option::Option<::std::string::String>,
}
impl Destination {
    /// A new [`DestinationBuilder`](crate::types::builders::DestinationBuilder).
    pub fn builder() -> crate::types::builders::DestinationBuilder {
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
pub struct DisassociateKmsKeyRequest {
    /// The name of the log group.
    ///
    /// In your `DisassociateKmsKey` operation, you must specify either the
    /// `resourceIdentifier` parameter or the `logGroup` parameter, but you can't
    /// specify both.
    #[serde(
        rename = "logGroupName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub log_group_name: ::std::option::Option<::std::string::String>,
    /// Specifies the target for this operation. You must specify one of the following:
    ///
    /// - Specify the ARN of a log group to stop having CloudWatch Logs use the KMS key
    ///   to encrypt log events that are ingested and stored by that log group. After
    ///   you run this operation, CloudWatch Logs encrypts ingested log events with the
    ///   default CloudWatch Logs method. The log group ARN must be in the following
    ///   format. Replace *REGION* and *ACCOUNT_ID* with your Region and account ID.
    ///
    ///   `arn:aws:logs:REGION:ACCOUNT_ID:log-group:LOG_GROUP_NAME`
    ///
    /// - Specify the following ARN to stop using this key to encrypt the results of
    ///   future
    ///   [StartQuery](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_StartQuery.html)
    ///   operations in this account. Replace *REGION* and *ACCOUNT_ID* with your Region
    ///   and account ID.
    ///
    ///   `arn:aws:logs:REGION:ACCOUNT_ID:query-result:*`
    ///
    /// In your `DisssociateKmsKey` operation, you must specify either the
    /// `resourceIdentifier` parameter or the `logGroup` parameter, but you can't
    /// specify both.
    #[serde(
        rename = "resourceIdentifier",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_identifier: ::std::option::Option<::std::string::String>,
}
impl DisassociateKmsKeyRequest {
    /// A new [`DisassociateKmsKeyRequestBuilder`](crate::types::builders::DisassociateKmsKeyRequestBuilder).
    pub fn builder() -> crate::types::builders::DisassociateKmsKeyRequestBuilder {
        ::std::default::Default::default()
    }
}
/// The method used to distribute log data to the destination, which can be either
/// random or grouped by log stream.
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
pub enum Distribution {
    /// `Random`
    Random,
    /// `ByLogStream`
    ByLogStream,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl Distribution {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Random => "Random",
            Self::ByLogStream => "ByLogStream",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["Random", "ByLogStream"]
    }
}
impl ::std::convert::From<&str> for Distribution {
    fn from(s: &str) -> Self {
        match s {
            "Random" => Self::Random,
            "ByLogStream" => Self::ByLogStream,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(Distribution);
/// Represents an export task.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ExportTask {
    /// The name of the S3 bucket to which the log data was exported.
    #[serde(rename = "destination", default)]
    pub destination: ::std::option::Option<::std::string::String>,
    /// The prefix that was used as the start of Amazon S3 key for every object
    /// exported.
    #[serde(rename = "destinationPrefix", default)]
    pub destination_prefix: ::std::option::Option<::std::string::String>,
    /// Execution information about the export task.
    #[serde(rename = "executionInfo", default)]
    pub execution_info: ::std::option::Option<crate::types::ExportTaskExecutionInfo>,
    /// The start time, expressed as the number of milliseconds after
    /// `Jan 1, 1970 00:00:00 UTC`. Events with a timestamp before this time are not
    /// exported.
    #[serde(rename = "from", default)]
    pub from: ::std::option::Option<i64>,
    /// The name of the log group from which logs data was exported.
    #[serde(rename = "logGroupName", default)]
    pub log_group_name: ::std::option::Option<::std::string::String>,
    /// The status of the export task.
    #[serde(rename = "status", default)]
    pub status: ::std::option::Option<crate::types::ExportTaskStatus>,
    /// The ID of the export task.
    #[serde(rename = "taskId", default)]
    pub task_id: ::std::option::Option<::std::string::String>,
    /// The name of the export task.
    #[serde(rename = "taskName", default)]
    pub task_name: ::std::option::Option<::std::string::String>,
    /// The end time, expressed as the number of milliseconds after
    /// `Jan 1, 1970 00:00:00 UTC`. Events with a timestamp later than this time are not
    /// exported.
    #[serde(rename = "to", default)]
    pub to: ::std::option::Option<i64>,
}
impl ExportTask {
    /// A new [`ExportTaskBuilder`](crate::types::builders::ExportTaskBuilder).
    pub fn builder() -> crate::types::builders::ExportTaskBuilder {
        ::std::default::Default::default()
    }
}
/// Represents the status of an export task.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ExportTaskExecutionInfo {
    /// The completion time of the export task, expressed as the number of milliseconds
    /// after `Jan 1, 1970 00:00:00 UTC`.
    #[serde(rename = "completionTime", default)]
    pub completion_time: ::std::option::Option<i64>,
    /// The creation time of the export task, expressed as the number of milliseconds
    /// after `Jan 1, 1970 00:00:00 UTC`.
    #[serde(rename = "creationTime", default)]
    pub creation_time: ::std::option::Option<i64>,
}
impl ExportTaskExecutionInfo {
    /// A new [`ExportTaskExecutionInfoBuilder`](crate::types::builders::ExportTaskExecutionInfoBuilder).
    pub fn builder() -> crate::types::builders::ExportTaskExecutionInfoBuilder {
        ::std::default::Default::default()
    }
}
/// Represents the status of an export task.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ExportTaskStatus {
    /// The status code of the export task.
    #[serde(rename = "code", default)]
    pub code: ::std::option::Option<crate::types::ExportTaskStatusCode>,
    /// The status message related to the status code.
    #[serde(rename = "message", default, alias = "Message")]
    pub message: ::std::option::Option<::std::string::String>,
}
impl ExportTaskStatus {
    /// A new [`ExportTaskStatusBuilder`](crate::types::builders::ExportTaskStatusBuilder).
    pub fn builder() -> crate::types::builders::ExportTaskStatusBuilder {
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
pub enum ExportTaskStatusCode {
    /// `CANCELLED`
    Cancelled,
    /// `COMPLETED`
    Completed,
    /// `FAILED`
    Failed,
    /// `PENDING`
    Pending,
    /// `PENDING_CANCEL`
    PendingCancel,
    /// `RUNNING`
    Running,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl ExportTaskStatusCode {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Cancelled => "CANCELLED",
            Self::Completed => "COMPLETED",
            Self::Failed => "FAILED",
            Self::Pending => "PENDING",
            Self::PendingCancel => "PENDING_CANCEL",
            Self::Running => "RUNNING",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["CANCELLED", "COMPLETED", "FAILED", "PENDING", "PENDING_CANCEL", "RUNNING"]
    }
}
impl ::std::convert::From<&str> for ExportTaskStatusCode {
    fn from(s: &str) -> Self {
        match s {
            "CANCELLED" => Self::Cancelled,
            "COMPLETED" => Self::Completed,
            "FAILED" => Self::Failed,
            "PENDING" => Self::Pending,
            "PENDING_CANCEL" => Self::PendingCancel,
            "RUNNING" => Self::Running,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(ExportTaskStatusCode);
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct FilterLogEventsRequest {
    /// The end of the time range, expressed as the number of milliseconds after
    /// `Jan 1, 1970 00:00:00 UTC`. Events with a timestamp later than this time are not
    /// returned.
    #[serde(
        rename = "endTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub end_time: ::std::option::Option<i64>,
    /// The filter pattern to use. For more information, see [Filter and Pattern
    /// Syntax](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/FilterAndPatternSyntax.html).
    ///
    /// If not provided, all the events are matched.
    #[serde(
        rename = "filterPattern",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub filter_pattern: ::std::option::Option<::std::string::String>,
    /// If the value is true, the operation attempts to provide responses that contain
    /// events from multiple log streams within the log group, interleaved in a single
    /// response. If the value is false, all the matched log events in the first log
    /// stream are searched first, then those in the next log stream, and so on.
    ///
    /// **Important** As of June 17, 2019, this parameter is ignored and the value is
    /// assumed to be true. The response from this operation always interleaves events
    /// from multiple log streams within a log group.
    ///
    /// Starting on June 17, 2019, this parameter will be ignored and the value will be
    /// assumed to be true. The response from this operation will always interleave
    /// events from multiple log streams within a log group.
    #[serde(
        rename = "interleaved",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub interleaved: ::std::option::Option<bool>,
    /// The maximum number of events to return. The default is 10,000 events.
    #[serde(
        rename = "limit",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub limit: ::std::option::Option<i64>,
    /// Specify either the name or ARN of the log group to view log events from. If the
    /// log group is in a source account and you are using a monitoring account, you
    /// must use the log group ARN.
    ///
    /// **Note:** You must include either `logGroupIdentifier` or `logGroupName`, but
    /// not both.
    #[serde(
        rename = "logGroupIdentifier",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub log_group_identifier: ::std::option::Option<::std::string::String>,
    /// The name of the log group to search.
    ///
    /// **Note:** You must include either `logGroupIdentifier` or `logGroupName`, but
    /// not both.
    #[serde(
        rename = "logGroupName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub log_group_name: ::std::option::Option<::std::string::String>,
    /// Filters the results to include only events from log streams that have names
    /// starting with this prefix.
    ///
    /// If you specify a value for both `logStreamNamePrefix` and `logStreamNames`, but
    /// the value for `logStreamNamePrefix` does not match any log stream names
    /// specified in `logStreamNames`, the action returns an `InvalidParameterException`
    /// error.
    #[serde(
        rename = "logStreamNamePrefix",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub log_stream_name_prefix: ::std::option::Option<::std::string::String>,
    /// Filters the results to only logs from the log streams in this list.
    ///
    /// If you specify a value for both `logStreamNamePrefix` and `logStreamNames`, the
    /// action returns an `InvalidParameterException` error.
    #[serde(
        rename = "logStreamNames",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub log_stream_names: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// The token for the next set of events to return. (You received this token from a
    /// previous call.)
    #[serde(
        rename = "nextToken",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_token: ::std::option::Option<::std::string::String>,
    /// The start of the time range, expressed as the number of milliseconds after
    /// `Jan 1, 1970 00:00:00 UTC`. Events with a timestamp before this time are not
    /// returned.
    #[serde(
        rename = "startTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub start_time: ::std::option::Option<i64>,
    /// Specify `true` to display the log event fields with all sensitive data unmasked
    /// and visible. The default is `false`.
    ///
    /// To use this operation with this parameter, you must be signed into an account
    /// with the `logs:Unmask` permission.
    #[serde(
        rename = "unmask",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub unmask: ::std::option::Option<bool>,
}
impl FilterLogEventsRequest {
    /// A new [`FilterLogEventsRequestBuilder`](crate::types::builders::FilterLogEventsRequestBuilder).
    pub fn builder() -> crate::types::builders::FilterLogEventsRequestBuilder {
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
pub struct FilterLogEventsResponse {
    /// The matched events.
    #[serde(rename = "events", default)]
    pub events: ::std::option::Option<::std::vec::Vec<crate::types::FilteredLogEvent>>,
    /// The token to use when requesting the next set of items. The token expires after
    /// 24 hours.
    #[serde(rename = "nextToken", default)]
    pub next_token: ::std::option::Option<::std::string::String>,
    /// **Important** As of May 15, 2020, this parameter is no longer supported. This
    /// parameter returns an empty list.
    ///
    /// Indicates which log streams have been searched and whether each has been
    /// searched completely.
    #[serde(rename = "searchedLogStreams", default)]
    pub searched_log_streams: ::std::option::Option<
        ::std::vec::Vec<crate::types::SearchedLogStream>,
    >,
}
impl FilterLogEventsResponse {
    /// A new [`FilterLogEventsResponseBuilder`](crate::types::builders::FilterLogEventsResponseBuilder).
    pub fn builder() -> crate::types::builders::FilterLogEventsResponseBuilder {
        ::std::default::Default::default()
    }
}
/// Represents a matched event.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct FilteredLogEvent {
    /// The ID of the event.
    #[serde(rename = "eventId", default)]
    pub event_id: ::std::option::Option<::std::string::String>,
    /// The time the event was ingested, expressed as the number of milliseconds after
    /// `Jan 1, 1970 00:00:00 UTC`.
    #[serde(rename = "ingestionTime", default)]
    pub ingestion_time: ::std::option::Option<i64>,
    /// The name of the log stream to which this event belongs.
    #[serde(rename = "logStreamName", default)]
    pub log_stream_name: ::std::option::Option<::std::string::String>,
    /// The data contained in the log event.
    #[serde(rename = "message", default, alias = "Message")]
    pub message: ::std::option::Option<::std::string::String>,
    /// The time the event occurred, expressed as the number of milliseconds after
    /// `Jan 1, 1970 00:00:00 UTC`.
    #[serde(rename = "timestamp", default)]
    pub timestamp: ::std::option::Option<i64>,
}
impl FilteredLogEvent {
    /// A new [`FilteredLogEventBuilder`](crate::types::builders::FilteredLogEventBuilder).
    pub fn builder() -> crate::types::builders::FilteredLogEventBuilder {
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
pub struct GetDataProtectionPolicyRequest {
    /// The name or ARN of the log group that contains the data protection policy that
    /// you want to see.
    #[serde(rename = "logGroupIdentifier")]
    pub log_group_identifier: ::std::string::String,
}
impl GetDataProtectionPolicyRequest {
    /// A new [`GetDataProtectionPolicyRequestBuilder`](crate::types::builders::GetDataProtectionPolicyRequestBuilder).
    pub fn builder() -> crate::types::builders::GetDataProtectionPolicyRequestBuilder {
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
pub struct GetDataProtectionPolicyResponse {
    /// The date and time that this policy was most recently updated.
    #[serde(rename = "lastUpdatedTime", default)]
    pub last_updated_time: ::std::option::Option<i64>,
    /// The log group name or ARN that you specified in your request.
    #[serde(rename = "logGroupIdentifier", default)]
    pub log_group_identifier: ::std::option::Option<::std::string::String>,
    /// The data protection policy document for this log group.
    #[serde(rename = "policyDocument", default)]
    pub policy_document: ::std::option::Option<::std::string::String>,
}
impl GetDataProtectionPolicyResponse {
    /// A new [`GetDataProtectionPolicyResponseBuilder`](crate::types::builders::GetDataProtectionPolicyResponseBuilder).
    pub fn builder() -> crate::types::builders::GetDataProtectionPolicyResponseBuilder {
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
pub struct GetLogEventsRequest {
    /// The end of the time range, expressed as the number of milliseconds after
    /// `Jan 1, 1970 00:00:00 UTC`. Events with a timestamp equal to or later than this
    /// time are not included.
    #[serde(
        rename = "endTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub end_time: ::std::option::Option<i64>,
    /// The maximum number of log events returned. If you don't specify a limit, the
    /// default is as many log events as can fit in a response size of 1 MB (up to
    /// 10,000 log events).
    #[serde(
        rename = "limit",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub limit: ::std::option::Option<i64>,
    /// Specify either the name or ARN of the log group to view events from. If the log
    /// group is in a source account and you are using a monitoring account, you must
    /// use the log group ARN.
    ///
    /// **Note:** You must include either `logGroupIdentifier` or `logGroupName`, but
    /// not both.
    #[serde(
        rename = "logGroupIdentifier",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub log_group_identifier: ::std::option::Option<::std::string::String>,
    /// The name of the log group.
    ///
    /// **Note:** You must include either `logGroupIdentifier` or `logGroupName`, but
    /// not both.
    #[serde(
        rename = "logGroupName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub log_group_name: ::std::option::Option<::std::string::String>,
    /// The name of the log stream.
    #[serde(rename = "logStreamName")]
    pub log_stream_name: ::std::string::String,
    /// The token for the next set of items to return. (You received this token from a
    /// previous call.)
    #[serde(
        rename = "nextToken",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_token: ::std::option::Option<::std::string::String>,
    /// If the value is true, the earliest log events are returned first. If the value
    /// is false, the latest log events are returned first. The default value is false.
    ///
    /// If you are using a previous `nextForwardToken` value as the `nextToken` in this
    /// operation, you must specify `true` for `startFromHead`.
    #[serde(
        rename = "startFromHead",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub start_from_head: ::std::option::Option<bool>,
    /// The start of the time range, expressed as the number of milliseconds after
    /// `Jan 1, 1970 00:00:00 UTC`. Events with a timestamp equal to this time or later
    /// than this time are included. Events with a timestamp earlier than this time are
    /// not included.
    #[serde(
        rename = "startTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub start_time: ::std::option::Option<i64>,
    /// Specify `true` to display the log event fields with all sensitive data unmasked
    /// and visible. The default is `false`.
    ///
    /// To use this operation with this parameter, you must be signed into an account
    /// with the `logs:Unmask` permission.
    #[serde(
        rename = "unmask",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub unmask: ::std::option::Option<bool>,
}
impl GetLogEventsRequest {
    /// A new [`GetLogEventsRequestBuilder`](crate::types::builders::GetLogEventsRequestBuilder).
    pub fn builder() -> crate::types::builders::GetLogEventsRequestBuilder {
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
pub struct GetLogEventsResponse {
    /// The events.
    #[serde(rename = "events", default)]
    pub events: ::std::option::Option<::std::vec::Vec<crate::types::OutputLogEvent>>,
    /// The token for the next set of items in the backward direction. The token expires
    /// after 24 hours. This token is not null. If you have reached the end of the
    /// stream, it returns the same token you passed in.
    #[serde(rename = "nextBackwardToken", default)]
    pub next_backward_token: ::std::option::Option<::std::string::String>,
    /// The token for the next set of items in the forward direction. The token expires
    /// after 24 hours. If you have reached the end of the stream, it returns the same
    /// token you passed in.
    #[serde(rename = "nextForwardToken", default)]
    pub next_forward_token: ::std::option::Option<::std::string::String>,
}
impl GetLogEventsResponse {
    /// A new [`GetLogEventsResponseBuilder`](crate::types::builders::GetLogEventsResponseBuilder).
    pub fn builder() -> crate::types::builders::GetLogEventsResponseBuilder {
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
pub struct GetLogGroupFieldsRequest {
    /// Specify either the name or ARN of the log group to view. If the log group is in
    /// a source account and you are using a monitoring account, you must specify the
    /// ARN.
    ///
    /// **Note:** You must include either `logGroupIdentifier` or `logGroupName`, but
    /// not both.
    #[serde(
        rename = "logGroupIdentifier",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub log_group_identifier: ::std::option::Option<::std::string::String>,
    /// The name of the log group to search.
    ///
    /// **Note:** You must include either `logGroupIdentifier` or `logGroupName`, but
    /// not both.
    #[serde(
        rename = "logGroupName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub log_group_name: ::std::option::Option<::std::string::String>,
    /// The time to set as the center of the query. If you specify `time`, the 8 minutes
    /// before and 8 minutes after this time are searched. If you omit `time`, the most
    /// recent 15 minutes up to the current time are searched.
    ///
    /// The `time` value is specified as epoch time, which is the number of seconds
    /// since `January 1, 1970, 00:00:00 UTC`.
    #[serde(
        rename = "time",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub time: ::std::option::Option<i64>,
}
impl GetLogGroupFieldsRequest {
    /// A new [`GetLogGroupFieldsRequestBuilder`](crate::types::builders::GetLogGroupFieldsRequestBuilder).
    pub fn builder() -> crate::types::builders::GetLogGroupFieldsRequestBuilder {
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
pub struct GetLogGroupFieldsResponse {
    /// The array of fields found in the query. Each object in the array contains the
    /// name of the field, along with the percentage of time it appeared in the log
    /// events that were queried.
    #[serde(rename = "logGroupFields", default)]
    pub log_group_fields: ::std::option::Option<
        ::std::vec::Vec<crate::types::LogGroupField>,
    >,
}
impl GetLogGroupFieldsResponse {
    /// A new [`GetLogGroupFieldsResponseBuilder`](crate::types::builders::GetLogGroupFieldsResponseBuilder).
    pub fn builder() -> crate::types::builders::GetLogGroupFieldsResponseBuilder {
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
pub struct GetLogRecordRequest {
    /// The pointer corresponding to the log event record you want to retrieve. You get
    /// this from the response of a `GetQueryResults` operation. In that response, the
    /// value of the `@ptr` field for a log event is the value to use as
    /// `logRecordPointer` to retrieve that complete log event record.
    #[serde(rename = "logRecordPointer")]
    pub log_record_pointer: ::std::string::String,
    /// Specify `true` to display the log event fields with all sensitive data unmasked
    /// and visible. The default is `false`.
    ///
    /// To use this operation with this parameter, you must be signed into an account
    /// with the `logs:Unmask` permission.
    #[serde(
        rename = "unmask",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub unmask: ::std::option::Option<bool>,
}
impl GetLogRecordRequest {
    /// A new [`GetLogRecordRequestBuilder`](crate::types::builders::GetLogRecordRequestBuilder).
    pub fn builder() -> crate::types::builders::GetLogRecordRequestBuilder {
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
pub struct GetLogRecordResponse {
    /// The requested log event, as a JSON string.
    #[serde(rename = "logRecord", default)]
    pub log_record: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
}
impl GetLogRecordResponse {
    /// A new [`GetLogRecordResponseBuilder`](crate::types::builders::GetLogRecordResponseBuilder).
    pub fn builder() -> crate::types::builders::GetLogRecordResponseBuilder {
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
pub struct GetQueryResultsRequest {
    /// The ID number of the query.
    #[serde(rename = "queryId")]
    pub query_id: ::std::string::String,
}
impl GetQueryResultsRequest {
    /// A new [`GetQueryResultsRequestBuilder`](crate::types::builders::GetQueryResultsRequestBuilder).
    pub fn builder() -> crate::types::builders::GetQueryResultsRequestBuilder {
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
pub struct GetQueryResultsResponse {
    /// If you associated an KMS key with the CloudWatch Logs Insights query results in
    /// this account, this field displays the ARN of the key that's used to encrypt the
    /// query results when
    /// [StartQuery](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_StartQuery.html)
    /// stores them.
    #[serde(rename = "encryptionKey", default)]
    pub encryption_key: ::std::option::Option<::std::string::String>,
    /// The log events that matched the query criteria during the most recent time it
    /// ran.
    ///
    /// The `results` value is an array of arrays. Each log event is one object in the
    /// top-level array. Each of these log event objects is an array of `field`/`value`
    /// pairs.
    #[serde(rename = "results", default)]
    pub results: ::std::option::Option<
        ::std::vec::Vec<::std::vec::Vec<crate::types::ResultField>>,
    >,
    /// Includes the number of log events scanned by the query, the number of log events
    /// that matched the query criteria, and the total number of bytes in the scanned
    /// log events. These values reflect the full raw results of the query.
    #[serde(rename = "statistics", default)]
    pub statistics: ::std::option::Option<crate::types::QueryStatistics>,
    /// The status of the most recent running of the query. Possible values are
    /// `Cancelled`, `Complete`, `Failed`, `Running`, `Scheduled`, `Timeout`, and
    /// `Unknown`.
    ///
    /// Queries time out after 60 minutes of runtime. To avoid having your queries time
    /// out, reduce the time range being searched or partition your query into a number
    /// of queries.
    #[serde(rename = "status", default)]
    pub status: ::std::option::Option<crate::types::QueryStatus>,
}
impl GetQueryResultsResponse {
    /// A new [`GetQueryResultsResponseBuilder`](crate::types::builders::GetQueryResultsResponseBuilder).
    pub fn builder() -> crate::types::builders::GetQueryResultsResponseBuilder {
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
pub enum InheritedProperty {
    /// `ACCOUNT_DATA_PROTECTION`
    AccountDataProtection,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl InheritedProperty {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AccountDataProtection => "ACCOUNT_DATA_PROTECTION",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["ACCOUNT_DATA_PROTECTION"]
    }
}
impl ::std::convert::From<&str> for InheritedProperty {
    fn from(s: &str) -> Self {
        match s {
            "ACCOUNT_DATA_PROTECTION" => Self::AccountDataProtection,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(InheritedProperty);
/// Represents a log event, which is a record of activity that was recorded by the
/// application or resource being monitored.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct InputLogEvent {
    /// The raw event message. Each log event can be no larger than 256 KB.
    #[serde(rename = "message", alias = "Message")]
    pub message: ::std::string::String,
    /// The time the event occurred, expressed as the number of milliseconds after
    /// `Jan 1, 1970 00:00:00 UTC`.
    #[serde(rename = "timestamp")]
    pub timestamp: i64,
}
impl InputLogEvent {
    /// A new [`InputLogEventBuilder`](crate::types::builders::InputLogEventBuilder).
    pub fn builder() -> crate::types::builders::InputLogEventBuilder {
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
pub struct ListTagsForResourceRequest {
    /// The ARN of the resource that you want to view tags for.
    ///
    /// The ARN format of a log group is
    /// `arn:aws:logs:Region:account-id:log-group:log-group-name`
    ///
    /// The ARN format of a destination is
    /// `arn:aws:logs:Region:account-id:destination:destination-name`
    ///
    /// For more information about ARN format, see [CloudWatch Logs resources and
    /// operations](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/iam-access-control-overview-cwl.html).
    #[serde(rename = "resourceArn")]
    pub resource_arn: ::std::string::String,
}
impl ListTagsForResourceRequest {
    /// A new [`ListTagsForResourceRequestBuilder`](crate::types::builders::ListTagsForResourceRequestBuilder).
    pub fn builder() -> crate::types::builders::ListTagsForResourceRequestBuilder {
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
pub struct ListTagsForResourceResponse {
    /// The list of tags associated with the requested resource.>
    #[serde(rename = "tags", default)]
    pub tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
}
impl ListTagsForResourceResponse {
    /// A new [`ListTagsForResourceResponseBuilder`](crate::types::builders::ListTagsForResourceResponseBuilder).
    pub fn builder() -> crate::types::builders::ListTagsForResourceResponseBuilder {
        ::std::default::Default::default()
    }
}
/// Please use the generic tagging API model ListTagsForResourceRequest and
/// ListTagsForResourceResponse
#[deprecated]
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct ListTagsLogGroupRequest {
    /// The name of the log group.
    #[serde(rename = "logGroupName")]
    pub log_group_name: ::std::string::String,
}
impl ListTagsLogGroupRequest {
    /// A new [`ListTagsLogGroupRequestBuilder`](crate::types::builders::ListTagsLogGroupRequestBuilder).
    pub fn builder() -> crate::types::builders::ListTagsLogGroupRequestBuilder {
        ::std::default::Default::default()
    }
}
/// Please use the generic tagging API model ListTagsForResourceRequest and
/// ListTagsForResourceResponse
#[deprecated]
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ListTagsLogGroupResponse {
    /// The tags for the log group.
    #[serde(rename = "tags", default)]
    pub tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
}
impl ListTagsLogGroupResponse {
    /// A new [`ListTagsLogGroupResponseBuilder`](crate::types::builders::ListTagsLogGroupResponseBuilder).
    pub fn builder() -> crate::types::builders::ListTagsLogGroupResponseBuilder {
        ::std::default::Default::default()
    }
}
/// Represents a log group.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct LogGroup {
    /// The Amazon Resource Name (ARN) of the log group.
    #[serde(rename = "arn", default)]
    pub arn: ::std::option::Option<::std::string::String>,
    /// The creation time of the log group, expressed as the number of milliseconds
    /// after Jan 1, 1970 00:00:00 UTC.
    #[serde(rename = "creationTime", default)]
    pub creation_time: ::std::option::Option<i64>,
    /// Displays whether this log group has a protection policy, or whether it had one
    /// in the past. For more information, see
    /// [PutDataProtectionPolicy](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutDataProtectionPolicy.html).
    #[serde(rename = "dataProtectionStatus", default)]
    pub data_protection_status: ::std::option::Option<
        crate::types::DataProtectionStatus,
    >,
    /// Displays all the properties that this log group has inherited from account-level
    /// settings.
    #[serde(rename = "inheritedProperties", default)]
    pub inherited_properties: ::std::option::Option<
        ::std::vec::Vec<crate::types::InheritedProperty>,
    >,
    /// The Amazon Resource Name (ARN) of the KMS key to use when encrypting log data.
    #[serde(rename = "kmsKeyId", default)]
    pub kms_key_id: ::std::option::Option<::std::string::String>,
    /// The name of the log group.
    #[serde(rename = "logGroupName", default)]
    pub log_group_name: ::std::option::Option<::std::string::String>,
    /// The number of metric filters.
    #[serde(rename = "metricFilterCount", default)]
    pub metric_filter_count: ::std::option::Option<i64>,
    #[serde(rename = "retentionInDays", default)]
    pub retention_in_days: ::std::option::Option<i64>,
    /// The number of bytes stored.
    #[serde(rename = "storedBytes", default)]
    pub stored_bytes: ::std::option::Option<i64>,
}
impl LogGroup {
    /// A new [`LogGroupBuilder`](crate::types::builders::LogGroupBuilder).
    pub fn builder() -> crate::types::builders::LogGroupBuilder {
        ::std::default::Default::default()
    }
}
/// The fields contained in log events found by a `GetLogGroupFields` operation,
/// along with the percentage of queried log events in which each field appears.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct LogGroupField {
    /// The name of a log field.
    #[serde(rename = "name", default)]
    pub name: ::std::option::Option<::std::string::String>,
    /// The percentage of log events queried that contained the field.
    #[serde(rename = "percent", default)]
    pub percent: ::std::option::Option<i64>,
}
impl LogGroupField {
    /// A new [`LogGroupFieldBuilder`](crate::types::builders::LogGroupFieldBuilder).
    pub fn builder() -> crate::types::builders::LogGroupFieldBuilder {
        ::std::default::Default::default()
    }
}
/// Represents a log stream, which is a sequence of log events from a single emitter
/// of logs.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct LogStream {
    /// The Amazon Resource Name (ARN) of the log stream.
    #[serde(rename = "arn", default)]
    pub arn: ::std::option::Option<::std::string::String>,
    /// The creation time of the stream, expressed as the number of milliseconds after
    /// `Jan 1, 1970 00:00:00 UTC`.
    #[serde(rename = "creationTime", default)]
    pub creation_time: ::std::option::Option<i64>,
    /// The time of the first event, expressed as the number of milliseconds after
    /// `Jan 1, 1970 00:00:00 UTC`.
    #[serde(rename = "firstEventTimestamp", default)]
    pub first_event_timestamp: ::std::option::Option<i64>,
    /// The time of the most recent log event in the log stream in CloudWatch Logs. This
    /// number is expressed as the number of milliseconds after
    /// `Jan 1, 1970 00:00:00 UTC`. The `lastEventTime` value updates on an eventual
    /// consistency basis. It typically updates in less than an hour from ingestion, but
    /// in rare situations might take longer.
    #[serde(rename = "lastEventTimestamp", default)]
    pub last_event_timestamp: ::std::option::Option<i64>,
    /// The ingestion time, expressed as the number of milliseconds after
    /// `Jan 1, 1970 00:00:00 UTC` The `lastIngestionTime` value updates on an eventual
    /// consistency basis. It typically updates in less than an hour after ingestion,
    /// but in rare situations might take longer.
    #[serde(rename = "lastIngestionTime", default)]
    pub last_ingestion_time: ::std::option::Option<i64>,
    /// The name of the log stream.
    #[serde(rename = "logStreamName", default)]
    pub log_stream_name: ::std::option::Option<::std::string::String>,
    /// The number of bytes stored.
    ///
    /// **Important:** As of June 17, 2019, this parameter is no longer supported for
    /// log streams, and is always reported as zero. This change applies only to log
    /// streams. The `storedBytes` parameter for log groups is not affected.
    ///
    /// Starting on June 17, 2019, this parameter will be deprecated for log streams,
    /// and will be reported as zero. This change applies only to log streams. The
    /// storedBytes parameter for log groups is not affected.
    #[serde(rename = "storedBytes", default)]
    pub stored_bytes: ::std::option::Option<i64>,
    /// The sequence token.
    ///
    /// **Important:** The sequence token is now ignored in `PutLogEvents` actions.
    /// `PutLogEvents` actions are always accepted regardless of receiving an invalid
    /// sequence token. You don't need to obtain `uploadSequenceToken` to use a
    /// `PutLogEvents` action.
    #[serde(rename = "uploadSequenceToken", default)]
    pub upload_sequence_token: ::std::option::Option<::std::string::String>,
}
impl LogStream {
    /// A new [`LogStreamBuilder`](crate::types::builders::LogStreamBuilder).
    pub fn builder() -> crate::types::builders::LogStreamBuilder {
        ::std::default::Default::default()
    }
}
/// Metric filters express how CloudWatch Logs would extract metric observations
/// from ingested log events and transform them into metric data in a CloudWatch
/// metric.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct MetricFilter {
    /// The creation time of the metric filter, expressed as the number of milliseconds
    /// after `Jan 1, 1970 00:00:00 UTC`.
    #[serde(rename = "creationTime", default)]
    pub creation_time: ::std::option::Option<i64>,
    /// The name of the metric filter.
    #[serde(rename = "filterName", default)]
    pub filter_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "filterPattern", default)]
    pub filter_pattern: ::std::option::Option<::std::string::String>,
    /// The name of the log group.
    #[serde(rename = "logGroupName", default)]
    pub log_group_name: ::std::option::Option<::std::string::String>,
    /// The metric transformations.
    #[serde(rename = "metricTransformations", default)]
    pub metric_transformations: ::std::option::Option<
        ::std::vec::Vec<crate::types::MetricTransformation>,
    >,
}
impl MetricFilter {
    /// A new [`MetricFilterBuilder`](crate::types::builders::MetricFilterBuilder).
    pub fn builder() -> crate::types::builders::MetricFilterBuilder {
        ::std::default::Default::default()
    }
}
/// Represents a matched event.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct MetricFilterMatchRecord {
    /// The raw event data.
    #[serde(rename = "eventMessage", default)]
    pub event_message: ::std::option::Option<::std::string::String>,
    /// The event number.
    #[serde(rename = "eventNumber", default)]
    pub event_number: ::std::option::Option<i64>,
    /// The values extracted from the event data by the filter.
    #[serde(rename = "extractedValues", default)]
    pub extracted_values: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
}
impl MetricFilterMatchRecord {
    /// A new [`MetricFilterMatchRecordBuilder`](crate::types::builders::MetricFilterMatchRecordBuilder).
    pub fn builder() -> crate::types::builders::MetricFilterMatchRecordBuilder {
        ::std::default::Default::default()
    }
}
/// Indicates how to transform ingested log events to metric data in a CloudWatch
/// metric.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct MetricTransformation {
    /// (Optional) The value to emit when a filter pattern does not match a log event.
    /// This value can be null.
    #[serde(
        rename = "defaultValue",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub default_value: ::std::option::Option<f64>,
    /// The fields to use as dimensions for the metric. One metric filter can include as
    /// many as three dimensions.
    ///
    /// **Important:** Metrics extracted from log events are charged as custom metrics.
    /// To prevent unexpected high charges, do not specify high-cardinality fields such
    /// as `IPAddress` or `requestID` as dimensions. Each different value found for a
    /// dimension is treated as a separate metric and accrues charges as a separate
    /// custom metric.
    ///
    /// CloudWatch Logs disables a metric filter if it generates 1000 different
    /// name/value pairs for your specified dimensions within a certain amount of time.
    /// This helps to prevent accidental high charges.
    ///
    /// You can also set up a billing alarm to alert you if your charges are higher than
    /// expected. For more information, see [Creating a Billing Alarm to Monitor Your
    /// Estimated Amazon Web Services
    /// Charges](https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/monitor_estimated_charges_with_cloudwatch.html).
    #[serde(
        rename = "dimensions",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dimensions: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    /// The name of the CloudWatch metric.
    #[serde(rename = "metricName", default)]
    pub metric_name: ::std::string::String,
    /// A custom namespace to contain your metric in CloudWatch. Use namespaces to group
    /// together metrics that are similar. For more information, see
    /// [Namespaces](https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/cloudwatch_concepts.html#Namespace).
    #[serde(rename = "metricNamespace", default)]
    pub metric_namespace: ::std::string::String,
    /// The value to publish to the CloudWatch metric when a filter pattern matches a
    /// log event.
    #[serde(rename = "metricValue", default)]
    pub metric_value: ::std::string::String,
    /// The unit to assign to the metric. If you omit this, the unit is set as `None`.
    #[serde(
        rename = "unit",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub unit: ::std::option::Option<crate::types::StandardUnit>,
}
impl MetricTransformation {
    /// A new [`MetricTransformationBuilder`](crate::types::builders::MetricTransformationBuilder).
    pub fn builder() -> crate::types::builders::MetricTransformationBuilder {
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
pub enum OrderBy {
    /// `LogStreamName`
    LogStreamName,
    /// `LastEventTime`
    LastEventTime,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl OrderBy {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::LogStreamName => "LogStreamName",
            Self::LastEventTime => "LastEventTime",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["LogStreamName", "LastEventTime"]
    }
}
impl ::std::convert::From<&str> for OrderBy {
    fn from(s: &str) -> Self {
        match s {
            "LogStreamName" => Self::LogStreamName,
            "LastEventTime" => Self::LastEventTime,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(OrderBy);
/// Represents a log event.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct OutputLogEvent {
    /// The time the event was ingested, expressed as the number of milliseconds after
    /// `Jan 1, 1970 00:00:00 UTC`.
    #[serde(rename = "ingestionTime", default)]
    pub ingestion_time: ::std::option::Option<i64>,
    /// The data contained in the log event.
    #[serde(rename = "message", default, alias = "Message")]
    pub message: ::std::option::Option<::std::string::String>,
    /// The time the event occurred, expressed as the number of milliseconds after
    /// `Jan 1, 1970 00:00:00 UTC`.
    #[serde(rename = "timestamp", default)]
    pub timestamp: ::std::option::Option<i64>,
}
impl OutputLogEvent {
    /// A new [`OutputLogEventBuilder`](crate::types::builders::OutputLogEventBuilder).
    pub fn builder() -> crate::types::builders::OutputLogEventBuilder {
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
pub enum PolicyType {
    /// `DATA_PROTECTION_POLICY`
    DataProtectionPolicy,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl PolicyType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::DataProtectionPolicy => "DATA_PROTECTION_POLICY",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["DATA_PROTECTION_POLICY"]
    }
}
impl ::std::convert::From<&str> for PolicyType {
    fn from(s: &str) -> Self {
        match s {
            "DATA_PROTECTION_POLICY" => Self::DataProtectionPolicy,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(PolicyType);
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct PutAccountPolicyRequest {
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
    /// `Name`, `Description`, and `Version` fields. The `Name` is different than the
    /// operation's `policyName` parameter, and is used as a dimension when CloudWatch
    /// Logs reports audit findings metrics to CloudWatch.
    ///
    /// The JSON specified in `policyDocument` can be up to 30,720 characters.
    #[serde(rename = "policyDocument")]
    pub policy_document: ::std::string::String,
    /// A name for the policy. This must be unique within the account.
    #[serde(rename = "policyName")]
    pub policy_name: ::std::string::String,
    /// Currently the only valid value for this parameter is `DATA_PROTECTION_POLICY`.
    #[serde(rename = "policyType")]
    pub policy_type: crate::types::PolicyType,
    /// Currently the only valid value for this parameter is `ALL`, which specifies that
    /// the data protection policy applies to all log groups in the account. If you omit
    /// this parameter, the default of `ALL` is used.
    #[serde(
        rename = "scope",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub scope: ::std::option::Option<crate::types::Scope>,
}
impl PutAccountPolicyRequest {
    /// A new [`PutAccountPolicyRequestBuilder`](crate::types::builders::PutAccountPolicyRequestBuilder).
    pub fn builder() -> crate::types::builders::PutAccountPolicyRequestBuilder {
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
pub struct PutAccountPolicyResponse {
    /// The account policy that you created.
    #[serde(rename = "accountPolicy", default)]
    pub account_policy: ::std::option::Option<crate::types::AccountPolicy>,
}
impl PutAccountPolicyResponse {
    /// A new [`PutAccountPolicyResponseBuilder`](crate::types::builders::PutAccountPolicyResponseBuilder).
    pub fn builder() -> crate::types::builders::PutAccountPolicyResponseBuilder {
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
pub struct PutDataProtectionPolicyRequest {
    /// Specify either the log group name or log group ARN.
    #[serde(rename = "logGroupIdentifier")]
    pub log_group_identifier: ::std::string::String,
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
    #[serde(rename = "policyDocument")]
    pub policy_document: ::std::string::String,
}
impl PutDataProtectionPolicyRequest {
    /// A new [`PutDataProtectionPolicyRequestBuilder`](crate::types::builders::PutDataProtectionPolicyRequestBuilder).
    pub fn builder() -> crate::types::builders::PutDataProtectionPolicyRequestBuilder {
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
pub struct PutDataProtectionPolicyResponse {
    /// The date and time that this policy was most recently updated.
    #[serde(rename = "lastUpdatedTime", default)]
    pub last_updated_time: ::std::option::Option<i64>,
    /// The log group name or ARN that you specified in your request.
    #[serde(rename = "logGroupIdentifier", default)]
    pub log_group_identifier: ::std::option::Option<::std::string::String>,
    /// The data protection policy used for this log group.
    #[serde(rename = "policyDocument", default)]
    pub policy_document: ::std::option::Option<::std::string::String>,
}
impl PutDataProtectionPolicyResponse {
    /// A new [`PutDataProtectionPolicyResponseBuilder`](crate::types::builders::PutDataProtectionPolicyResponseBuilder).
    pub fn builder() -> crate::types::builders::PutDataProtectionPolicyResponseBuilder {
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
pub struct PutDestinationPolicyRequest {
    /// An IAM policy document that authorizes cross-account users to deliver their log
    /// events to the associated destination. This can be up to 5120 bytes.
    #[serde(rename = "accessPolicy")]
    pub access_policy: ::std::string::String,
    /// A name for an existing destination.
    #[serde(rename = "destinationName")]
    pub destination_name: ::std::string::String,
    /// Specify true if you are updating an existing destination policy to grant
    /// permission to an organization ID instead of granting permission to individual
    /// Amazon Web Services accounts. Before you update a destination policy this way,
    /// you must first update the subscription filters in the accounts that send logs to
    /// this destination. If you do not, the subscription filters might stop working. By
    /// specifying `true` for `forceUpdate`, you are affirming that you have already
    /// updated the subscription filters. For more information, see [Updating an
    /// existing cross-account
    /// subscription](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/Cross-Account-Log_Subscription-Update.html)
    ///
    /// If you omit this parameter, the default of `false` is used.
    #[serde(
        rename = "forceUpdate",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub force_update: ::std::option::Option<bool>,
}
impl PutDestinationPolicyRequest {
    /// A new [`PutDestinationPolicyRequestBuilder`](crate::types::builders::PutDestinationPolicyRequestBuilder).
    pub fn builder() -> crate::types::builders::PutDestinationPolicyRequestBuilder {
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
pub struct PutDestinationRequest {
    /// A name for the destination.
    #[serde(rename = "destinationName")]
    pub destination_name: ::std::string::String,
    /// The ARN of an IAM role that grants CloudWatch Logs permissions to call the
    /// Amazon Kinesis `PutRecord` operation on the destination stream.
    #[serde(rename = "roleArn")]
    pub role_arn: ::std::string::String,
    /// An optional list of key-value pairs to associate with the resource.
    ///
    /// For more information about tagging, see [Tagging Amazon Web Services
    /// resources](https://docs.aws.amazon.com/general/latest/gr/aws_tagging.html)
    #[serde(
        rename = "tags",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    /// The ARN of an Amazon Kinesis stream to which to deliver matching log events.
    #[serde(rename = "targetArn")]
    pub target_arn: ::std::string::String,
}
impl PutDestinationRequest {
    /// A new [`PutDestinationRequestBuilder`](crate::types::builders::PutDestinationRequestBuilder).
    pub fn builder() -> crate::types::builders::PutDestinationRequestBuilder {
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
pub struct PutDestinationResponse {
    /// The destination.
    #[serde(rename = "destination", default)]
    pub destination: ::std::option::Option<crate::types::Destination>,
}
impl PutDestinationResponse {
    /// A new [`PutDestinationResponseBuilder`](crate::types::builders::PutDestinationResponseBuilder).
    pub fn builder() -> crate::types::builders::PutDestinationResponseBuilder {
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
pub struct PutLogEventsRequest {
    /// The log events.
    #[serde(rename = "logEvents")]
    pub log_events: ::std::vec::Vec<crate::types::InputLogEvent>,
    /// The name of the log group.
    #[serde(rename = "logGroupName")]
    pub log_group_name: ::std::string::String,
    /// The name of the log stream.
    #[serde(rename = "logStreamName")]
    pub log_stream_name: ::std::string::String,
    /// The sequence token obtained from the response of the previous `PutLogEvents`
    /// call.
    ///
    /// **Important:** The `sequenceToken` parameter is now ignored in `PutLogEvents`
    /// actions. `PutLogEvents` actions are now accepted and never return
    /// `InvalidSequenceTokenException` or `DataAlreadyAcceptedException` even if the
    /// sequence token is not valid.
    #[serde(
        rename = "sequenceToken",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub sequence_token: ::std::option::Option<::std::string::String>,
}
impl PutLogEventsRequest {
    /// A new [`PutLogEventsRequestBuilder`](crate::types::builders::PutLogEventsRequestBuilder).
    pub fn builder() -> crate::types::builders::PutLogEventsRequestBuilder {
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
pub struct PutLogEventsResponse {
    /// The next sequence token.
    ///
    /// **Important:** This field has been deprecated.
    ///
    /// The sequence token is now ignored in `PutLogEvents` actions. `PutLogEvents`
    /// actions are always accepted even if the sequence token is not valid. You can use
    /// parallel `PutLogEvents` actions on the same log stream and you do not need to
    /// wait for the response of a previous `PutLogEvents` action to obtain the
    /// `nextSequenceToken` value.
    #[serde(rename = "nextSequenceToken", default)]
    pub next_sequence_token: ::std::option::Option<::std::string::String>,
    /// The rejected events.
    #[serde(rename = "rejectedLogEventsInfo", default)]
    pub rejected_log_events_info: ::std::option::Option<
        crate::types::RejectedLogEventsInfo,
    >,
}
impl PutLogEventsResponse {
    /// A new [`PutLogEventsResponseBuilder`](crate::types::builders::PutLogEventsResponseBuilder).
    pub fn builder() -> crate::types::builders::PutLogEventsResponseBuilder {
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
pub struct PutMetricFilterRequest {
    /// A name for the metric filter.
    #[serde(rename = "filterName")]
    pub filter_name: ::std::string::String,
    /// A filter pattern for extracting metric data out of ingested log events.
    #[serde(rename = "filterPattern")]
    pub filter_pattern: ::std::string::String,
    /// The name of the log group.
    #[serde(rename = "logGroupName")]
    pub log_group_name: ::std::string::String,
    /// A collection of information that defines how metric data gets emitted.
    #[serde(rename = "metricTransformations")]
    pub metric_transformations: ::std::vec::Vec<crate::types::MetricTransformation>,
}
impl PutMetricFilterRequest {
    /// A new [`PutMetricFilterRequestBuilder`](crate::types::builders::PutMetricFilterRequestBuilder).
    pub fn builder() -> crate::types::builders::PutMetricFilterRequestBuilder {
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
pub struct PutQueryDefinitionRequest {
    /// Use this parameter to include specific log groups as part of your query
    /// definition.
    ///
    /// If you are updating a query definition and you omit this parameter, then the
    /// updated definition will contain no log groups.
    #[serde(
        rename = "logGroupNames",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub log_group_names: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// A name for the query definition. If you are saving numerous query definitions,
    /// we recommend that you name them. This way, you can find the ones you want by
    /// using the first part of the name as a filter in the `queryDefinitionNamePrefix`
    /// parameter of
    /// [DescribeQueryDefinitions](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_DescribeQueryDefinitions.html).
    #[serde(rename = "name")]
    pub name: ::std::string::String,
    /// If you are updating a query definition, use this parameter to specify the ID of
    /// the query definition that you want to update. You can use
    /// [DescribeQueryDefinitions](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_DescribeQueryDefinitions.html)
    /// to retrieve the IDs of your saved query definitions.
    ///
    /// If you are creating a query definition, do not specify this parameter.
    /// CloudWatch generates a unique ID for the new query definition and include it in
    /// the response to this operation.
    #[serde(
        rename = "queryDefinitionId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub query_definition_id: ::std::option::Option<::std::string::String>,
    /// The query string to use for this definition. For more information, see
    /// [CloudWatch Logs Insights Query
    /// Syntax](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CWL_QuerySyntax.html).
    #[serde(rename = "queryString")]
    pub query_string: ::std::string::String,
}
impl PutQueryDefinitionRequest {
    /// A new [`PutQueryDefinitionRequestBuilder`](crate::types::builders::PutQueryDefinitionRequestBuilder).
    pub fn builder() -> crate::types::builders::PutQueryDefinitionRequestBuilder {
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
pub struct PutQueryDefinitionResponse {
    /// The ID of the query definition.
    #[serde(rename = "queryDefinitionId", default)]
    pub query_definition_id: ::std::option::Option<::std::string::String>,
}
impl PutQueryDefinitionResponse {
    /// A new [`PutQueryDefinitionResponseBuilder`](crate::types::builders::PutQueryDefinitionResponseBuilder).
    pub fn builder() -> crate::types::builders::PutQueryDefinitionResponseBuilder {
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
pub struct PutResourcePolicyRequest {
    /// Details of the new policy, including the identity of the principal that is
    /// enabled to put logs to this account. This is formatted as a JSON string. This
    /// parameter is required.
    ///
    /// The following example creates a resource policy enabling the Route 53 service to
    /// put DNS query logs in to the specified log group. Replace `"logArn"` with the
    /// ARN of your CloudWatch Logs resource, such as a log group or log stream.
    ///
    /// CloudWatch Logs also supports
    /// [aws:SourceArn](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-sourcearn)
    /// and
    /// [aws:SourceAccount](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-sourceaccount)
    /// condition context keys.
    ///
    /// In the example resource policy, you would replace the value of `SourceArn` with
    /// the resource making the call from Route 53 to CloudWatch Logs. You would also
    /// replace the value of `SourceAccount` with the Amazon Web Services account ID
    /// making that call.
    ///
    /// `{ "Version": "2012-10-17", "Statement": [ { "Sid": "Route53LogsToCloudWatchLogs", "Effect": "Allow", "Principal": { "Service": [ "route53.amazonaws.com" ] }, "Action": "logs:PutLogEvents", "Resource": "logArn", "Condition": { "ArnLike": { "aws:SourceArn": "myRoute53ResourceArn" }, "StringEquals": { "aws:SourceAccount": "myAwsAccountId" } } } ] }`
    #[serde(
        rename = "policyDocument",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub policy_document: ::std::option::Option<::std::string::String>,
    /// Name of the new policy. This parameter is required.
    #[serde(
        rename = "policyName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub policy_name: ::std::option::Option<::std::string::String>,
}
impl PutResourcePolicyRequest {
    /// A new [`PutResourcePolicyRequestBuilder`](crate::types::builders::PutResourcePolicyRequestBuilder).
    pub fn builder() -> crate::types::builders::PutResourcePolicyRequestBuilder {
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
pub struct PutResourcePolicyResponse {
    /// The new policy.
    #[serde(rename = "resourcePolicy", default)]
    pub resource_policy: ::std::option::Option<crate::types::ResourcePolicy>,
}
impl PutResourcePolicyResponse {
    /// A new [`PutResourcePolicyResponseBuilder`](crate::types::builders::PutResourcePolicyResponseBuilder).
    pub fn builder() -> crate::types::builders::PutResourcePolicyResponseBuilder {
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
pub struct PutRetentionPolicyRequest {
    /// The name of the log group.
    #[serde(rename = "logGroupName")]
    pub log_group_name: ::std::string::String,
    #[serde(rename = "retentionInDays")]
    pub retention_in_days: i64,
}
impl PutRetentionPolicyRequest {
    /// A new [`PutRetentionPolicyRequestBuilder`](crate::types::builders::PutRetentionPolicyRequestBuilder).
    pub fn builder() -> crate::types::builders::PutRetentionPolicyRequestBuilder {
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
pub struct PutSubscriptionFilterRequest {
    /// The ARN of the destination to deliver matching log events to. Currently, the
    /// supported destinations are:
    ///
    /// - An Amazon Kinesis stream belonging to the same account as the subscription
    ///   filter, for same-account delivery.
    ///
    /// - A logical destination (specified using an ARN) belonging to a different
    ///   account, for cross-account delivery.
    ///
    ///   If you're setting up a cross-account subscription, the destination must have
    ///   an IAM policy associated with it. The IAM policy must allow the sender to send
    ///   logs to the destination. For more information, see
    ///   [PutDestinationPolicy](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutDestinationPolicy.html).
    ///
    /// - A Kinesis Data Firehose delivery stream belonging to the same account as the
    ///   subscription filter, for same-account delivery.
    ///
    /// - A Lambda function belonging to the same account as the subscription filter,
    ///   for same-account delivery.
    #[serde(rename = "destinationArn")]
    pub destination_arn: ::std::string::String,
    /// The method used to distribute log data to the destination. By default, log data
    /// is grouped by log stream, but the grouping can be set to random for a more even
    /// distribution. This property is only applicable when the destination is an Amazon
    /// Kinesis data stream.
    #[serde(
        rename = "distribution",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub distribution: ::std::option::Option<crate::types::Distribution>,
    /// A name for the subscription filter. If you are updating an existing filter, you
    /// must specify the correct name in `filterName`. To find the name of the filter
    /// currently associated with a log group, use
    /// [DescribeSubscriptionFilters](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_DescribeSubscriptionFilters.html).
    #[serde(rename = "filterName")]
    pub filter_name: ::std::string::String,
    /// A filter pattern for subscribing to a filtered stream of log events.
    #[serde(rename = "filterPattern")]
    pub filter_pattern: ::std::string::String,
    /// The name of the log group.
    #[serde(rename = "logGroupName")]
    pub log_group_name: ::std::string::String,
    /// The ARN of an IAM role that grants CloudWatch Logs permissions to deliver
    /// ingested log events to the destination stream. You don't need to provide the ARN
    /// when you are working with a logical destination for cross-account delivery.
    #[serde(
        rename = "roleArn",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub role_arn: ::std::option::Option<::std::string::String>,
}
impl PutSubscriptionFilterRequest {
    /// A new [`PutSubscriptionFilterRequestBuilder`](crate::types::builders::PutSubscriptionFilterRequestBuilder).
    pub fn builder() -> crate::types::builders::PutSubscriptionFilterRequestBuilder {
        ::std::default::Default::default()
    }
}
/// This structure contains details about a saved CloudWatch Logs Insights query
/// definition.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct QueryDefinition {
    /// The date that the query definition was most recently modified.
    #[serde(rename = "lastModified", default)]
    pub last_modified: ::std::option::Option<i64>,
    /// If this query definition contains a list of log groups that it is limited to,
    /// that list appears here.
    #[serde(rename = "logGroupNames", default)]
    pub log_group_names: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// The name of the query definition.
    #[serde(rename = "name", default)]
    pub name: ::std::option::Option<::std::string::String>,
    /// The unique ID of the query definition.
    #[serde(rename = "queryDefinitionId", default)]
    pub query_definition_id: ::std::option::Option<::std::string::String>,
    /// The query string to use for this definition. For more information, see
    /// [CloudWatch Logs Insights Query
    /// Syntax](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CWL_QuerySyntax.html).
    #[serde(rename = "queryString", default)]
    pub query_string: ::std::option::Option<::std::string::String>,
}
impl QueryDefinition {
    /// A new [`QueryDefinitionBuilder`](crate::types::builders::QueryDefinitionBuilder).
    pub fn builder() -> crate::types::builders::QueryDefinitionBuilder {
        ::std::default::Default::default()
    }
}
/// Information about one CloudWatch Logs Insights query that matches the request in
/// a `DescribeQueries` operation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct QueryInfo {
    /// The date and time that this query was created.
    #[serde(rename = "createTime", default)]
    pub create_time: ::std::option::Option<i64>,
    /// The name of the log group scanned by this query.
    #[serde(rename = "logGroupName", default)]
    pub log_group_name: ::std::option::Option<::std::string::String>,
    /// The unique ID number of this query.
    #[serde(rename = "queryId", default)]
    pub query_id: ::std::option::Option<::std::string::String>,
    /// The query string used in this query.
    #[serde(rename = "queryString", default)]
    pub query_string: ::std::option::Option<::std::string::String>,
    /// The status of this query. Possible values are `Cancelled`, `Complete`, `Failed`,
    /// `Running`, `Scheduled`, and `Unknown`.
    #[serde(rename = "status", default)]
    pub status: ::std::option::Option<crate::types::QueryStatus>,
}
impl QueryInfo {
    /// A new [`QueryInfoBuilder`](crate::types::builders::QueryInfoBuilder).
    pub fn builder() -> crate::types::builders::QueryInfoBuilder {
        ::std::default::Default::default()
    }
}
/// Contains the number of log events scanned by the query, the number of log events
/// that matched the query criteria, and the total number of bytes in the log events
/// that were scanned.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct QueryStatistics {
    /// The total number of bytes in the log events scanned during the query.
    #[serde(rename = "bytesScanned", default)]
    pub bytes_scanned: ::std::option::Option<f64>,
    /// The number of log events that matched the query string.
    #[serde(rename = "recordsMatched", default)]
    pub records_matched: ::std::option::Option<f64>,
    /// The total number of log events scanned during the query.
    #[serde(rename = "recordsScanned", default)]
    pub records_scanned: ::std::option::Option<f64>,
}
impl QueryStatistics {
    /// A new [`QueryStatisticsBuilder`](crate::types::builders::QueryStatisticsBuilder).
    pub fn builder() -> crate::types::builders::QueryStatisticsBuilder {
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
pub enum QueryStatus {
    /// `Scheduled`
    Scheduled,
    /// `Running`
    Running,
    /// `Complete`
    Complete,
    /// `Failed`
    Failed,
    /// `Cancelled`
    Cancelled,
    /// `Timeout`
    Timeout,
    /// `Unknown`
    Unknown2,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl QueryStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Scheduled => "Scheduled",
            Self::Running => "Running",
            Self::Complete => "Complete",
            Self::Failed => "Failed",
            Self::Cancelled => "Cancelled",
            Self::Timeout => "Timeout",
            Self::Unknown2 => "Unknown",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &[
            "Scheduled",
            "Running",
            "Complete",
            "Failed",
            "Cancelled",
            "Timeout",
            "Unknown",
        ]
    }
}
impl ::std::convert::From<&str> for QueryStatus {
    fn from(s: &str) -> Self {
        match s {
            "Scheduled" => Self::Scheduled,
            "Running" => Self::Running,
            "Complete" => Self::Complete,
            "Failed" => Self::Failed,
            "Cancelled" => Self::Cancelled,
            "Timeout" => Self::Timeout,
            "Unknown" => Self::Unknown2,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(QueryStatus);
/// Represents the rejected events.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct RejectedLogEventsInfo {
    /// The expired log events.
    #[serde(rename = "expiredLogEventEndIndex", default)]
    pub expired_log_event_end_index: ::std::option::Option<i64>,
    /// The log events that are too new.
    #[serde(rename = "tooNewLogEventStartIndex", default)]
    pub too_new_log_event_start_index: ::std::option::Option<i64>,
    /// The log events that are dated too far in the past.
    #[serde(rename = "tooOldLogEventEndIndex", default)]
    pub too_old_log_event_end_index: ::std::option::Option<i64>,
}
impl RejectedLogEventsInfo {
    /// A new [`RejectedLogEventsInfoBuilder`](crate::types::builders::RejectedLogEventsInfoBuilder).
    pub fn builder() -> crate::types::builders::RejectedLogEventsInfoBuilder {
        ::std::default::Default::default()
    }
}
/// A policy enabling one or more entities to put logs to a log group in this
/// account.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ResourcePolicy {
    /// Timestamp showing when this policy was last updated, expressed as the number of
    /// milliseconds after `Jan 1, 1970 00:00:00 UTC`.
    #[serde(rename = "lastUpdatedTime", default)]
    pub last_updated_time: ::std::option::Option<i64>,
    /// The details of the policy.
    #[serde(rename = "policyDocument", default)]
    pub policy_document: ::std::option::Option<::std::string::String>,
    /// The name of the resource policy.
    #[serde(rename = "policyName", default)]
    pub policy_name: ::std::option::Option<::std::string::String>,
}
impl ResourcePolicy {
    /// A new [`ResourcePolicyBuilder`](crate::types::builders::ResourcePolicyBuilder).
    pub fn builder() -> crate::types::builders::ResourcePolicyBuilder {
        ::std::default::Default::default()
    }
}
/// Contains one field from one log event returned by a CloudWatch Logs Insights
/// query, along with the value of that field.
///
/// For more information about the fields that are generated by CloudWatch logs, see
/// [Supported Logs and Discovered
/// Fields](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CWL_AnalyzeLogData-discoverable-fields.html).
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ResultField {
    /// The log event field.
    #[serde(rename = "field", default)]
    pub field: ::std::option::Option<::std::string::String>,
    /// The value of this field.
    #[serde(rename = "value", default)]
    pub value: ::std::option::Option<::std::string::String>,
}
impl ResultField {
    /// A new [`ResultFieldBuilder`](crate::types::builders::ResultFieldBuilder).
    pub fn builder() -> crate::types::builders::ResultFieldBuilder {
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
pub enum Scope {
    /// `ALL`
    All,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl Scope {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::All => "ALL",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["ALL"]
    }
}
impl ::std::convert::From<&str> for Scope {
    fn from(s: &str) -> Self {
        match s {
            "ALL" => Self::All,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(Scope);
/// Represents the search status of a log stream.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct SearchedLogStream {
    /// The name of the log stream.
    #[serde(rename = "logStreamName", default)]
    pub log_stream_name: ::std::option::Option<::std::string::String>,
    /// Indicates whether all the events in this log stream were searched.
    #[serde(rename = "searchedCompletely", default)]
    pub searched_completely: ::std::option::Option<bool>,
}
impl SearchedLogStream {
    /// A new [`SearchedLogStreamBuilder`](crate::types::builders::SearchedLogStreamBuilder).
    pub fn builder() -> crate::types::builders::SearchedLogStreamBuilder {
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
pub enum StandardUnit {
    /// `Seconds`
    Seconds,
    /// `Microseconds`
    Microseconds,
    /// `Milliseconds`
    Milliseconds,
    /// `Bytes`
    Bytes,
    /// `Kilobytes`
    Kilobytes,
    /// `Megabytes`
    Megabytes,
    /// `Gigabytes`
    Gigabytes,
    /// `Terabytes`
    Terabytes,
    /// `Bits`
    Bits,
    /// `Kilobits`
    Kilobits,
    /// `Megabits`
    Megabits,
    /// `Gigabits`
    Gigabits,
    /// `Terabits`
    Terabits,
    /// `Percent`
    Percent,
    /// `Count`
    Count,
    /// `Bytes/Second`
    BytesSecond,
    /// `Kilobytes/Second`
    KilobytesSecond,
    /// `Megabytes/Second`
    MegabytesSecond,
    /// `Gigabytes/Second`
    GigabytesSecond,
    /// `Terabytes/Second`
    TerabytesSecond,
    /// `Bits/Second`
    BitsSecond,
    /// `Kilobits/Second`
    KilobitsSecond,
    /// `Megabits/Second`
    MegabitsSecond,
    /// `Gigabits/Second`
    GigabitsSecond,
    /// `Terabits/Second`
    TerabitsSecond,
    /// `Count/Second`
    CountSecond,
    /// `None`
    None,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl StandardUnit {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Seconds => "Seconds",
            Self::Microseconds => "Microseconds",
            Self::Milliseconds => "Milliseconds",
            Self::Bytes => "Bytes",
            Self::Kilobytes => "Kilobytes",
            Self::Megabytes => "Megabytes",
            Self::Gigabytes => "Gigabytes",
            Self::Terabytes => "Terabytes",
            Self::Bits => "Bits",
            Self::Kilobits => "Kilobits",
            Self::Megabits => "Megabits",
            Self::Gigabits => "Gigabits",
            Self::Terabits => "Terabits",
            Self::Percent => "Percent",
            Self::Count => "Count",
            Self::BytesSecond => "Bytes/Second",
            Self::KilobytesSecond => "Kilobytes/Second",
            Self::MegabytesSecond => "Megabytes/Second",
            Self::GigabytesSecond => "Gigabytes/Second",
            Self::TerabytesSecond => "Terabytes/Second",
            Self::BitsSecond => "Bits/Second",
            Self::KilobitsSecond => "Kilobits/Second",
            Self::MegabitsSecond => "Megabits/Second",
            Self::GigabitsSecond => "Gigabits/Second",
            Self::TerabitsSecond => "Terabits/Second",
            Self::CountSecond => "Count/Second",
            Self::None => "None",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &[
            "Seconds",
            "Microseconds",
            "Milliseconds",
            "Bytes",
            "Kilobytes",
            "Megabytes",
            "Gigabytes",
            "Terabytes",
            "Bits",
            "Kilobits",
            "Megabits",
            "Gigabits",
            "Terabits",
            "Percent",
            "Count",
            "Bytes/Second",
            "Kilobytes/Second",
            "Megabytes/Second",
            "Gigabytes/Second",
            "Terabytes/Second",
            "Bits/Second",
            "Kilobits/Second",
            "Megabits/Second",
            "Gigabits/Second",
            "Terabits/Second",
            "Count/Second",
            "None",
        ]
    }
}
impl ::std::convert::From<&str> for StandardUnit {
    fn from(s: &str) -> Self {
        match s {
            "Seconds" => Self::Seconds,
            "Microseconds" => Self::Microseconds,
            "Milliseconds" => Self::Milliseconds,
            "Bytes" => Self::Bytes,
            "Kilobytes" => Self::Kilobytes,
            "Megabytes" => Self::Megabytes,
            "Gigabytes" => Self::Gigabytes,
            "Terabytes" => Self::Terabytes,
            "Bits" => Self::Bits,
            "Kilobits" => Self::Kilobits,
            "Megabits" => Self::Megabits,
            "Gigabits" => Self::Gigabits,
            "Terabits" => Self::Terabits,
            "Percent" => Self::Percent,
            "Count" => Self::Count,
            "Bytes/Second" => Self::BytesSecond,
            "Kilobytes/Second" => Self::KilobytesSecond,
            "Megabytes/Second" => Self::MegabytesSecond,
            "Gigabytes/Second" => Self::GigabytesSecond,
            "Terabytes/Second" => Self::TerabytesSecond,
            "Bits/Second" => Self::BitsSecond,
            "Kilobits/Second" => Self::KilobitsSecond,
            "Megabits/Second" => Self::MegabitsSecond,
            "Gigabits/Second" => Self::GigabitsSecond,
            "Terabits/Second" => Self::TerabitsSecond,
            "Count/Second" => Self::CountSecond,
            "None" => Self::None,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(StandardUnit);
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct StartQueryRequest {
    /// The end of the time range to query. The range is inclusive, so the specified end
    /// time is included in the query. Specified as epoch time, the number of seconds
    /// since `January 1, 1970, 00:00:00 UTC`.
    #[serde(rename = "endTime")]
    pub end_time: i64,
    /// The maximum number of log events to return in the query. If the query string
    /// uses the `fields` command, only the specified fields and their values are
    /// returned. The default is 1000.
    #[serde(
        rename = "limit",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub limit: ::std::option::Option<i64>,
    /// The list of log groups to query. You can include up to 50 log groups.
    ///
    /// You can specify them by the log group name or ARN. If a log group that you're
    /// querying is in a source account and you're using a monitoring account, you must
    /// specify the ARN of the log group here. The query definition must also be defined
    /// in the monitoring account.
    ///
    /// If you specify an ARN, the ARN can't end with an asterisk (\*).
    ///
    /// A `StartQuery` operation must include exactly one of the following parameters:
    /// `logGroupName`, `logGroupNames`, or `logGroupIdentifiers`.
    #[serde(
        rename = "logGroupIdentifiers",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub log_group_identifiers: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    /// The log group on which to perform the query.
    ///
    /// **Note:** A `StartQuery` operation must include exactly one of the following
    /// parameters: `logGroupName`, `logGroupNames`, or `logGroupIdentifiers`.
    #[serde(
        rename = "logGroupName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub log_group_name: ::std::option::Option<::std::string::String>,
    /// The list of log groups to be queried. You can include up to 50 log groups.
    ///
    /// **Note:** A `StartQuery` operation must include exactly one of the following
    /// parameters: `logGroupName`, `logGroupNames`, or `logGroupIdentifiers`.
    #[serde(
        rename = "logGroupNames",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub log_group_names: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// The query string to use. For more information, see [CloudWatch Logs Insights
    /// Query
    /// Syntax](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CWL_QuerySyntax.html).
    #[serde(rename = "queryString")]
    pub query_string: ::std::string::String,
    /// The beginning of the time range to query. The range is inclusive, so the
    /// specified start time is included in the query. Specified as epoch time, the
    /// number of seconds since `January 1, 1970, 00:00:00 UTC`.
    #[serde(rename = "startTime")]
    pub start_time: i64,
}
impl StartQueryRequest {
    /// A new [`StartQueryRequestBuilder`](crate::types::builders::StartQueryRequestBuilder).
    pub fn builder() -> crate::types::builders::StartQueryRequestBuilder {
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
pub struct StartQueryResponse {
    /// The unique ID of the query.
    #[serde(rename = "queryId", default)]
    pub query_id: ::std::option::Option<::std::string::String>,
}
impl StartQueryResponse {
    /// A new [`StartQueryResponseBuilder`](crate::types::builders::StartQueryResponseBuilder).
    pub fn builder() -> crate::types::builders::StartQueryResponseBuilder {
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
pub struct StopQueryRequest {
    /// The ID number of the query to stop. To find this ID number, use
    /// `DescribeQueries`.
    #[serde(rename = "queryId")]
    pub query_id: ::std::string::String,
}
impl StopQueryRequest {
    /// A new [`StopQueryRequestBuilder`](crate::types::builders::StopQueryRequestBuilder).
    pub fn builder() -> crate::types::builders::StopQueryRequestBuilder {
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
pub struct StopQueryResponse {
    /// This is true if the query was stopped by the `StopQuery` operation.
    #[serde(rename = "success", default)]
    pub success: ::std::option::Option<bool>,
}
impl StopQueryResponse {
    /// A new [`StopQueryResponseBuilder`](crate::types::builders::StopQueryResponseBuilder).
    pub fn builder() -> crate::types::builders::StopQueryResponseBuilder {
        ::std::default::Default::default()
    }
}
/// Represents a subscription filter.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct SubscriptionFilter {
    /// The creation time of the subscription filter, expressed as the number of
    /// milliseconds after `Jan 1, 1970 00:00:00 UTC`.
    #[serde(rename = "creationTime", default)]
    pub creation_time: ::std::option::Option<i64>,
    /// The Amazon Resource Name (ARN) of the destination.
    #[serde(rename = "destinationArn", default)]
    pub destination_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "distribution", default)]
    pub distribution: ::std::option::Option<crate::types::Distribution>,
    /// The name of the subscription filter.
    #[serde(rename = "filterName", default)]
    pub filter_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "filterPattern", default)]
    pub filter_pattern: ::std::option::Option<::std::string::String>,
    /// The name of the log group.
    #[serde(rename = "logGroupName", default)]
    pub log_group_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "roleArn", default)]
    pub role_arn: ::std::option::Option<::std::string::String>,
}
impl SubscriptionFilter {
    /// A new [`SubscriptionFilterBuilder`](crate::types::builders::SubscriptionFilterBuilder).
    pub fn builder() -> crate::types::builders::SubscriptionFilterBuilder {
        ::std::default::Default::default()
    }
}
/// Please use the generic tagging API model TagResourceRequest
#[deprecated]
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct TagLogGroupRequest {
    /// The name of the log group.
    #[serde(rename = "logGroupName")]
    pub log_group_name: ::std::string::String,
    /// The key-value pairs to use for the tags.
    #[serde(rename = "tags")]
    pub tags: ::std::collections::HashMap<::std::string::String, ::std::string::String>,
}
impl TagLogGroupRequest {
    /// A new [`TagLogGroupRequestBuilder`](crate::types::builders::TagLogGroupRequestBuilder).
    pub fn builder() -> crate::types::builders::TagLogGroupRequestBuilder {
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
pub struct TagResourceRequest {
    /// The ARN of the resource that you're adding tags to.
    ///
    /// The ARN format of a log group is
    /// `arn:aws:logs:Region:account-id:log-group:log-group-name`
    ///
    /// The ARN format of a destination is
    /// `arn:aws:logs:Region:account-id:destination:destination-name`
    ///
    /// For more information about ARN format, see [CloudWatch Logs resources and
    /// operations](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/iam-access-control-overview-cwl.html).
    #[serde(rename = "resourceArn")]
    pub resource_arn: ::std::string::String,
    /// The list of key-value pairs to associate with the resource.
    #[serde(rename = "tags")]
    pub tags: ::std::collections::HashMap<::std::string::String, ::std::string::String>,
}
impl TagResourceRequest {
    /// A new [`TagResourceRequestBuilder`](crate::types::builders::TagResourceRequestBuilder).
    pub fn builder() -> crate::types::builders::TagResourceRequestBuilder {
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
pub struct TestMetricFilterRequest {
    #[serde(rename = "filterPattern")]
    pub filter_pattern: ::std::string::String,
    /// The log event messages to test.
    #[serde(rename = "logEventMessages")]
    pub log_event_messages: ::std::vec::Vec<::std::string::String>,
}
impl TestMetricFilterRequest {
    /// A new [`TestMetricFilterRequestBuilder`](crate::types::builders::TestMetricFilterRequestBuilder).
    pub fn builder() -> crate::types::builders::TestMetricFilterRequestBuilder {
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
pub struct TestMetricFilterResponse {
    /// The matched events.
    #[serde(rename = "matches", default)]
    pub matches: ::std::option::Option<
        ::std::vec::Vec<crate::types::MetricFilterMatchRecord>,
    >,
}
impl TestMetricFilterResponse {
    /// A new [`TestMetricFilterResponseBuilder`](crate::types::builders::TestMetricFilterResponseBuilder).
    pub fn builder() -> crate::types::builders::TestMetricFilterResponseBuilder {
        ::std::default::Default::default()
    }
}
/// Please use the generic tagging API model UntagResourceRequest
#[deprecated]
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct UntagLogGroupRequest {
    /// The name of the log group.
    #[serde(rename = "logGroupName")]
    pub log_group_name: ::std::string::String,
    /// The tag keys. The corresponding tags are removed from the log group.
    #[serde(rename = "tags")]
    pub tags: ::std::vec::Vec<::std::string::String>,
}
impl UntagLogGroupRequest {
    /// A new [`UntagLogGroupRequestBuilder`](crate::types::builders::UntagLogGroupRequestBuilder).
    pub fn builder() -> crate::types::builders::UntagLogGroupRequestBuilder {
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
pub struct UntagResourceRequest {
    /// The ARN of the CloudWatch Logs resource that you're removing tags from.
    ///
    /// The ARN format of a log group is
    /// `arn:aws:logs:Region:account-id:log-group:log-group-name`
    ///
    /// The ARN format of a destination is
    /// `arn:aws:logs:Region:account-id:destination:destination-name`
    ///
    /// For more information about ARN format, see [CloudWatch Logs resources and
    /// operations](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/iam-access-control-overview-cwl.html).
    #[serde(rename = "resourceArn")]
    pub resource_arn: ::std::string::String,
    /// The list of tag keys to remove from the resource.
    #[serde(rename = "tagKeys")]
    pub tag_keys: ::std::vec::Vec<::std::string::String>,
}
impl UntagResourceRequest {
    /// A new [`UntagResourceRequestBuilder`](crate::types::builders::UntagResourceRequestBuilder).
    pub fn builder() -> crate::types::builders::UntagResourceRequestBuilder {
        ::std::default::Default::default()
    }
}
