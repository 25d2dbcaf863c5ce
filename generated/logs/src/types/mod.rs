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
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "selectionCriteria", default)]
    pub selection_criteria: ::std::option::Option<::std::string::String>,
}
impl AccountPolicy {
    /// A new [`AccountPolicyBuilder`](crate::types::builders::AccountPolicyBuilder).
    pub fn builder() -> crate::types::builders::AccountPolicyBuilder {
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
pub enum ActionStatus {
    /// `IN_PROGRESS`
    InProgress,
    /// `CLIENT_ERROR`
    ClientError,
    /// `FAILED`
    Failed,
    /// `COMPLETE`
    Complete,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl ActionStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::InProgress => "IN_PROGRESS",
            Self::ClientError => "CLIENT_ERROR",
            Self::Failed => "FAILED",
            Self::Complete => "COMPLETE",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["IN_PROGRESS", "CLIENT_ERROR", "FAILED", "COMPLETE"]
    }
}
impl ::std::convert::From<&str> for ActionStatus {
    fn from(s: &str) -> Self {
        match s {
            "IN_PROGRESS" => Self::InProgress,
            "CLIENT_ERROR" => Self::ClientError,
            "FAILED" => Self::Failed,
            "COMPLETE" => Self::Complete,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(ActionStatus);
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
pub struct AddKeyEntry {
    #[serde(rename = "key", default)]
    pub key: ::std::string::String,
    #[serde(
        rename = "overwriteIfExists",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub overwrite_if_exists: ::std::option::Option<bool>,
    #[serde(rename = "value", default)]
    pub value: ::std::string::String,
}
impl AddKeyEntry {
    /// A new [`AddKeyEntryBuilder`](crate::types::builders::AddKeyEntryBuilder).
    pub fn builder() -> crate::types::builders::AddKeyEntryBuilder {
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
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct AddKeys {
    #[serde(rename = "entries", default)]
    pub entries: ::std::vec::Vec<crate::types::AddKeyEntry>,
}
impl AddKeys {
    /// A new [`AddKeysBuilder`](crate::types::builders::AddKeysBuilder).
    pub fn builder() -> crate::types::builders::AddKeysBuilder {
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
pub struct AggregateLogGroupSummary {
    #[serde(rename = "groupingIdentifiers", default)]
    pub grouping_identifiers: ::std::option::Option<
        ::std::vec::Vec<crate::types::GroupingIdentifier>,
    >,
    #[serde(rename = "logGroupCount", default)]
    pub log_group_count: ::std::option::Option<i64>,
}
impl AggregateLogGroupSummary {
    /// A new [`AggregateLogGroupSummaryBuilder`](crate::types::builders::AggregateLogGroupSummaryBuilder).
    pub fn builder() -> crate::types::builders::AggregateLogGroupSummaryBuilder {
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
pub struct Anomaly {
    #[serde(rename = "active", default)]
    pub active: bool,
    #[serde(rename = "anomalyDetectorArn", default)]
    pub anomaly_detector_arn: ::std::string::String,
    #[serde(rename = "anomalyId", default)]
    pub anomaly_id: ::std::string::String,
    #[serde(rename = "description", default)]
    pub description: ::std::string::String,
    #[serde(rename = "firstSeen", default)]
    pub first_seen: i64,
    #[serde(rename = "histogram", default)]
    pub histogram: ::std::collections::HashMap<::std::string::String, i64>,
    #[serde(rename = "isPatternLevelSuppression", default)]
    pub is_pattern_level_suppression: ::std::option::Option<bool>,
    #[serde(rename = "lastSeen", default)]
    pub last_seen: i64,
    #[serde(rename = "logGroupArnList", default)]
    pub log_group_arn_list: ::std::vec::Vec<::std::string::String>,
    #[serde(rename = "logSamples", default)]
    pub log_samples: ::std::vec::Vec<crate::types::LogEvent>,
    #[serde(rename = "patternId", default)]
    pub pattern_id: ::std::string::String,
    #[serde(rename = "patternRegex", default)]
    pub pattern_regex: ::std::option::Option<::std::string::String>,
    #[serde(rename = "patternString", default)]
    pub pattern_string: ::std::string::String,
    #[serde(rename = "patternTokens", default)]
    pub pattern_tokens: ::std::vec::Vec<crate::types::PatternToken>,
    #[serde(rename = "priority", default)]
    pub priority: ::std::option::Option<::std::string::String>,
    #[serde(rename = "state")]
    pub state: crate::types::State,
    #[serde(rename = "suppressed", default)]
    pub suppressed: ::std::option::Option<bool>,
    #[serde(rename = "suppressedDate", default)]
    pub suppressed_date: ::std::option::Option<i64>,
    #[serde(rename = "suppressedUntil", default)]
    pub suppressed_until: ::std::option::Option<i64>,
}
impl Anomaly {
    /// A new [`AnomalyBuilder`](crate::types::builders::AnomalyBuilder).
    pub fn builder() -> crate::types::builders::AnomalyBuilder {
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
pub struct AnomalyDetector {
    #[serde(rename = "anomalyDetectorArn", default)]
    pub anomaly_detector_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "anomalyDetectorStatus", default)]
    pub anomaly_detector_status: ::std::option::Option<
        crate::types::AnomalyDetectorStatus,
    >,
    #[serde(rename = "anomalyVisibilityTime", default)]
    pub anomaly_visibility_time: ::std::option::Option<i64>,
    #[serde(rename = "creationTimeStamp", default)]
    pub creation_time_stamp: ::std::option::Option<i64>,
    #[serde(rename = "detectorName", default)]
    pub detector_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "evaluationFrequency", default)]
    pub evaluation_frequency: ::std::option::Option<crate::types::EvaluationFrequency>,
    #[serde(rename = "filterPattern", default)]
    pub filter_pattern: ::std::option::Option<::std::string::String>,
    #[serde(rename = "kmsKeyId", default)]
    pub kms_key_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "lastModifiedTimeStamp", default)]
    pub last_modified_time_stamp: ::std::option::Option<i64>,
    #[serde(rename = "logGroupArnList", default)]
    pub log_group_arn_list: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
}
impl AnomalyDetector {
    /// A new [`AnomalyDetectorBuilder`](crate::types::builders::AnomalyDetectorBuilder).
    pub fn builder() -> crate::types::builders::AnomalyDetectorBuilder {
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
pub enum AnomalyDetectorStatus {
    /// `INITIALIZING`
    Initializing,
    /// `TRAINING`
    Training,
    /// `ANALYZING`
    Analyzing,
    /// `FAILED`
    Failed,
    /// `DELETED`
    Deleted,
    /// `PAUSED`
    Paused,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl AnomalyDetectorStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Initializing => "INITIALIZING",
            Self::Training => "TRAINING",
            Self::Analyzing => "ANALYZING",
            Self::Failed => "FAILED",
            Self::Deleted => "DELETED",
            Self::Paused => "PAUSED",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["INITIALIZING", "TRAINING", "ANALYZING", "FAILED", "DELETED", "PAUSED"]
    }
}
impl ::std::convert::From<&str> for AnomalyDetectorStatus {
    fn from(s: &str) -> Self {
        match s {
            "INITIALIZING" => Self::Initializing,
            "TRAINING" => Self::Training,
            "ANALYZING" => Self::Analyzing,
            "FAILED" => Self::Failed,
            "DELETED" => Self::Deleted,
            "PAUSED" => Self::Paused,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(AnomalyDetectorStatus);
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
/// From AWS's model: the apis.guru spec lacks it, and the model has no
/// documentation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct AssociateSourceToS3TableIntegrationRequest {
    #[serde(rename = "dataSource")]
    pub data_source: crate::types::DataSource,
    #[serde(rename = "integrationArn")]
    pub integration_arn: ::std::string::String,
}
impl AssociateSourceToS3TableIntegrationRequest {
    /// A new [`AssociateSourceToS3TableIntegrationRequestBuilder`](crate::types::builders::AssociateSourceToS3TableIntegrationRequestBuilder).
    pub fn builder() -> crate::types::builders::AssociateSourceToS3TableIntegrationRequestBuilder {
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
pub struct AssociateSourceToS3TableIntegrationResponse {
    #[serde(rename = "identifier", default)]
    pub identifier: ::std::option::Option<::std::string::String>,
}
impl AssociateSourceToS3TableIntegrationResponse {
    /// A new [`AssociateSourceToS3TableIntegrationResponseBuilder`](crate::types::builders::AssociateSourceToS3TableIntegrationResponseBuilder).
    pub fn builder() -> crate::types::builders::AssociateSourceToS3TableIntegrationResponseBuilder {
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
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct Csv {
    #[serde(
        rename = "columns",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub columns: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(
        rename = "delimiter",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub delimiter: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "destination",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub destination: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "quoteCharacter",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub quote_character: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "source",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub source: ::std::option::Option<::std::string::String>,
}
impl Csv {
    /// A new [`CsvBuilder`](crate::types::builders::CsvBuilder).
    pub fn builder() -> crate::types::builders::CsvBuilder {
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
/// From AWS's model: the apis.guru spec lacks it, and the model has no
/// documentation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct CancelImportTaskRequest {
    #[serde(rename = "importId")]
    pub import_id: ::std::string::String,
}
impl CancelImportTaskRequest {
    /// A new [`CancelImportTaskRequestBuilder`](crate::types::builders::CancelImportTaskRequestBuilder).
    pub fn builder() -> crate::types::builders::CancelImportTaskRequestBuilder {
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
pub struct CancelImportTaskResponse {
    #[serde(rename = "creationTime", default)]
    pub creation_time: ::std::option::Option<i64>,
    #[serde(rename = "importId", default)]
    pub import_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "importStatistics", default)]
    pub import_statistics: ::std::option::Option<crate::types::ImportStatistics>,
    #[serde(rename = "importStatus", default)]
    pub import_status: ::std::option::Option<crate::types::ImportStatus>,
    #[serde(rename = "lastUpdatedTime", default)]
    pub last_updated_time: ::std::option::Option<i64>,
}
impl CancelImportTaskResponse {
    /// A new [`CancelImportTaskResponseBuilder`](crate::types::builders::CancelImportTaskResponseBuilder).
    pub fn builder() -> crate::types::builders::CancelImportTaskResponseBuilder {
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
pub struct ConfigurationTemplate {
    #[serde(rename = "allowedActionForAllowVendedLogsDeliveryForResource", default)]
    pub allowed_action_for_allow_vended_logs_delivery_for_resource: ::std::option::Option<
        ::std::string::String,
    >,
    #[serde(rename = "allowedFieldDelimiters", default)]
    pub allowed_field_delimiters: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    #[serde(rename = "allowedFields", default)]
    pub allowed_fields: ::std::option::Option<
        ::std::vec::Vec<crate::types::RecordField>,
    >,
    #[serde(rename = "allowedOutputFormats", default)]
    pub allowed_output_formats: ::std::option::Option<
        ::std::vec::Vec<crate::types::OutputFormat>,
    >,
    #[serde(rename = "allowedSuffixPathFields", default)]
    pub allowed_suffix_path_fields: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    #[serde(rename = "defaultDeliveryConfigValues", default)]
    pub default_delivery_config_values: ::std::option::Option<
        crate::types::ConfigurationTemplateDeliveryConfigValues,
    >,
    #[serde(rename = "deliveryDestinationType", default)]
    pub delivery_destination_type: ::std::option::Option<
        crate::types::DeliveryDestinationType,
    >,
    #[serde(rename = "deliverySourceConfiguration", default)]
    pub delivery_source_configuration: ::std::option::Option<
        ::std::vec::Vec<crate::types::DeliverySourceConfigurationSchema>,
    >,
    #[serde(rename = "logType", default)]
    pub log_type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "resourceType", default)]
    pub resource_type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "s3TablesIntegration", default)]
    pub s3_tables_integration: ::std::option::Option<crate::types::S3TablesIntegration>,
    #[serde(rename = "service", default)]
    pub service: ::std::option::Option<::std::string::String>,
}
impl ConfigurationTemplate {
    /// A new [`ConfigurationTemplateBuilder`](crate::types::builders::ConfigurationTemplateBuilder).
    pub fn builder() -> crate::types::builders::ConfigurationTemplateBuilder {
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
pub struct ConfigurationTemplateDeliveryConfigValues {
    #[serde(rename = "fieldDelimiter", default)]
    pub field_delimiter: ::std::option::Option<::std::string::String>,
    #[serde(rename = "recordFields", default)]
    pub record_fields: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "s3DeliveryConfiguration", default)]
    pub s3_delivery_configuration: ::std::option::Option<
        crate::types::S3DeliveryConfiguration,
    >,
}
impl ConfigurationTemplateDeliveryConfigValues {
    /// A new [`ConfigurationTemplateDeliveryConfigValuesBuilder`](crate::types::builders::ConfigurationTemplateDeliveryConfigValuesBuilder).
    pub fn builder() -> crate::types::builders::ConfigurationTemplateDeliveryConfigValuesBuilder {
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
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct CopyValue {
    #[serde(rename = "entries", default)]
    pub entries: ::std::vec::Vec<crate::types::CopyValueEntry>,
}
impl CopyValue {
    /// A new [`CopyValueBuilder`](crate::types::builders::CopyValueBuilder).
    pub fn builder() -> crate::types::builders::CopyValueBuilder {
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
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct CopyValueEntry {
    #[serde(
        rename = "overwriteIfExists",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub overwrite_if_exists: ::std::option::Option<bool>,
    #[serde(rename = "source", default)]
    pub source: ::std::string::String,
    #[serde(rename = "target", default)]
    pub target: ::std::string::String,
}
impl CopyValueEntry {
    /// A new [`CopyValueEntryBuilder`](crate::types::builders::CopyValueEntryBuilder).
    pub fn builder() -> crate::types::builders::CopyValueEntryBuilder {
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
pub struct CreateDeliveryRequest {
    #[serde(rename = "deliveryDestinationArn")]
    pub delivery_destination_arn: ::std::string::String,
    #[serde(rename = "deliverySourceName")]
    pub delivery_source_name: ::std::string::String,
    #[serde(
        rename = "fieldDelimiter",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub field_delimiter: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "recordFields",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub record_fields: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(
        rename = "s3DeliveryConfiguration",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub s3_delivery_configuration: ::std::option::Option<
        crate::types::S3DeliveryConfiguration,
    >,
    #[serde(
        rename = "tags",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
}
impl CreateDeliveryRequest {
    /// A new [`CreateDeliveryRequestBuilder`](crate::types::builders::CreateDeliveryRequestBuilder).
    pub fn builder() -> crate::types::builders::CreateDeliveryRequestBuilder {
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
pub struct CreateDeliveryResponse {
    #[serde(rename = "delivery", default)]
    pub delivery: ::std::option::Option<crate::types::Delivery>,
}
impl CreateDeliveryResponse {
    /// A new [`CreateDeliveryResponseBuilder`](crate::types::builders::CreateDeliveryResponseBuilder).
    pub fn builder() -> crate::types::builders::CreateDeliveryResponseBuilder {
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
/// From AWS's model: the apis.guru spec lacks it, and the model has no
/// documentation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct CreateImportTaskRequest {
    #[serde(
        rename = "importFilter",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub import_filter: ::std::option::Option<crate::types::ImportFilter>,
    #[serde(rename = "importRoleArn")]
    pub import_role_arn: ::std::string::String,
    #[serde(rename = "importSourceArn")]
    pub import_source_arn: ::std::string::String,
}
impl CreateImportTaskRequest {
    /// A new [`CreateImportTaskRequestBuilder`](crate::types::builders::CreateImportTaskRequestBuilder).
    pub fn builder() -> crate::types::builders::CreateImportTaskRequestBuilder {
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
pub struct CreateImportTaskResponse {
    #[serde(rename = "creationTime", default)]
    pub creation_time: ::std::option::Option<i64>,
    #[serde(rename = "importDestinationArn", default)]
    pub import_destination_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "importId", default)]
    pub import_id: ::std::option::Option<::std::string::String>,
}
impl CreateImportTaskResponse {
    /// A new [`CreateImportTaskResponseBuilder`](crate::types::builders::CreateImportTaskResponseBuilder).
    pub fn builder() -> crate::types::builders::CreateImportTaskResponseBuilder {
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
pub struct CreateLogAnomalyDetectorRequest {
    #[serde(
        rename = "anomalyVisibilityTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub anomaly_visibility_time: ::std::option::Option<i64>,
    #[serde(
        rename = "detectorName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub detector_name: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "evaluationFrequency",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub evaluation_frequency: ::std::option::Option<crate::types::EvaluationFrequency>,
    #[serde(
        rename = "filterPattern",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub filter_pattern: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "kmsKeyId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub kms_key_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "logGroupArnList")]
    pub log_group_arn_list: ::std::vec::Vec<::std::string::String>,
    #[serde(
        rename = "tags",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
}
impl CreateLogAnomalyDetectorRequest {
    /// A new [`CreateLogAnomalyDetectorRequestBuilder`](crate::types::builders::CreateLogAnomalyDetectorRequestBuilder).
    pub fn builder() -> crate::types::builders::CreateLogAnomalyDetectorRequestBuilder {
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
pub struct CreateLogAnomalyDetectorResponse {
    #[serde(rename = "anomalyDetectorArn", default)]
    pub anomaly_detector_arn: ::std::option::Option<::std::string::String>,
}
impl CreateLogAnomalyDetectorResponse {
    /// A new [`CreateLogAnomalyDetectorResponseBuilder`](crate::types::builders::CreateLogAnomalyDetectorResponseBuilder).
    pub fn builder() -> crate::types::builders::CreateLogAnomalyDetectorResponseBuilder {
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
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "deletionProtectionEnabled",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub deletion_protection_enabled: ::std::option::Option<bool>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "logGroupClass",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub log_group_class: ::std::option::Option<crate::types::LogGroupClass>,
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
/// From AWS's model: the apis.guru spec lacks it, and the model has no
/// documentation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct CreateLookupTableRequest {
    #[serde(
        rename = "description",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "kmsKeyId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub kms_key_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "lookupTableName")]
    pub lookup_table_name: ::std::string::String,
    #[serde(
        rename = "queryId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub query_id: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "tableBody",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub table_body: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "tags",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
}
impl CreateLookupTableRequest {
    /// A new [`CreateLookupTableRequestBuilder`](crate::types::builders::CreateLookupTableRequestBuilder).
    pub fn builder() -> crate::types::builders::CreateLookupTableRequestBuilder {
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
pub struct CreateLookupTableResponse {
    #[serde(rename = "createdAt", default)]
    pub created_at: ::std::option::Option<i64>,
    #[serde(rename = "lookupTableArn", default)]
    pub lookup_table_arn: ::std::option::Option<::std::string::String>,
}
impl CreateLookupTableResponse {
    /// A new [`CreateLookupTableResponseBuilder`](crate::types::builders::CreateLookupTableResponseBuilder).
    pub fn builder() -> crate::types::builders::CreateLookupTableResponseBuilder {
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
pub struct CreateScheduledQueryRequest {
    #[serde(
        rename = "description",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "destinationConfiguration",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub destination_configuration: ::std::option::Option<
        crate::types::DestinationConfiguration,
    >,
    #[serde(
        rename = "endTimeOffset",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub end_time_offset: ::std::option::Option<i64>,
    #[serde(rename = "executionRoleArn")]
    pub execution_role_arn: ::std::string::String,
    #[serde(
        rename = "logGroupIdentifiers",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub log_group_identifiers: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    #[serde(rename = "name")]
    pub name: ::std::string::String,
    #[serde(rename = "queryLanguage")]
    pub query_language: crate::types::QueryLanguage,
    #[serde(rename = "queryString")]
    pub query_string: ::std::string::String,
    #[serde(
        rename = "scheduleEndTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub schedule_end_time: ::std::option::Option<i64>,
    #[serde(rename = "scheduleExpression")]
    pub schedule_expression: ::std::string::String,
    #[serde(
        rename = "scheduleStartTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub schedule_start_time: ::std::option::Option<i64>,
    #[serde(
        rename = "startTimeOffset",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub start_time_offset: ::std::option::Option<i64>,
    #[serde(
        rename = "state",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub state: ::std::option::Option<crate::types::ScheduledQueryState>,
    #[serde(
        rename = "tags",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    #[serde(
        rename = "timezone",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub timezone: ::std::option::Option<::std::string::String>,
}
impl CreateScheduledQueryRequest {
    /// A new [`CreateScheduledQueryRequestBuilder`](crate::types::builders::CreateScheduledQueryRequestBuilder).
    pub fn builder() -> crate::types::builders::CreateScheduledQueryRequestBuilder {
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
pub struct CreateScheduledQueryResponse {
    #[serde(rename = "scheduledQueryArn", default)]
    pub scheduled_query_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "state", default)]
    pub state: ::std::option::Option<crate::types::ScheduledQueryState>,
}
impl CreateScheduledQueryResponse {
    /// A new [`CreateScheduledQueryResponseBuilder`](crate::types::builders::CreateScheduledQueryResponseBuilder).
    pub fn builder() -> crate::types::builders::CreateScheduledQueryResponseBuilder {
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
pub struct DataSource {
    #[serde(rename = "name", default)]
    pub name: ::std::string::String,
    #[serde(
        rename = "type",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub r#type: ::std::option::Option<::std::string::String>,
}
impl DataSource {
    /// A new [`DataSourceBuilder`](crate::types::builders::DataSourceBuilder).
    pub fn builder() -> crate::types::builders::DataSourceBuilder {
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
pub struct DataSourceFilter {
    #[serde(rename = "name")]
    pub name: ::std::string::String,
    #[serde(
        rename = "type",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub r#type: ::std::option::Option<::std::string::String>,
}
impl DataSourceFilter {
    /// A new [`DataSourceFilterBuilder`](crate::types::builders::DataSourceFilterBuilder).
    pub fn builder() -> crate::types::builders::DataSourceFilterBuilder {
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
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct DateTimeConverter {
    #[serde(
        rename = "locale",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub locale: ::std::option::Option<::std::string::String>,
    #[serde(rename = "matchPatterns", default)]
    pub match_patterns: ::std::vec::Vec<::std::string::String>,
    #[serde(rename = "source", default)]
    pub source: ::std::string::String,
    #[serde(
        rename = "sourceTimezone",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub source_timezone: ::std::option::Option<::std::string::String>,
    #[serde(rename = "target", default)]
    pub target: ::std::string::String,
    #[serde(
        rename = "targetFormat",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub target_format: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "targetTimezone",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub target_timezone: ::std::option::Option<::std::string::String>,
}
impl DateTimeConverter {
    /// A new [`DateTimeConverterBuilder`](crate::types::builders::DateTimeConverterBuilder).
    pub fn builder() -> crate::types::builders::DateTimeConverterBuilder {
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
pub struct DeleteAccountPolicyRequest {
    /// The name of the policy to delete.
    #[serde(rename = "policyName")]
    pub policy_name: ::std::string::String,
    /// The type of policy to delete. Currently, the only valid value is
    /// `DATA_PROTECTION_POLICY`.
    #[serde(rename = "policyType")]
    pub policy_type: crate::types::PolicyType,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "dryRun",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dry_run: ::std::option::Option<bool>,
}
impl DeleteAccountPolicyRequest {
    /// A new [`DeleteAccountPolicyRequestBuilder`](crate::types::builders::DeleteAccountPolicyRequestBuilder).
    pub fn builder() -> crate::types::builders::DeleteAccountPolicyRequestBuilder {
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
pub struct DeleteAccountPolicyResponse {
    #[serde(rename = "dryRunResult", default)]
    pub dry_run_result: ::std::option::Option<crate::types::DryRunResult>,
}
impl DeleteAccountPolicyResponse {
    /// A new [`DeleteAccountPolicyResponseBuilder`](crate::types::builders::DeleteAccountPolicyResponseBuilder).
    pub fn builder() -> crate::types::builders::DeleteAccountPolicyResponseBuilder {
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
/// From AWS's model: the apis.guru spec lacks it, and the model has no
/// documentation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct DeleteDeliveryDestinationPolicyRequest {
    #[serde(rename = "deliveryDestinationName")]
    pub delivery_destination_name: ::std::string::String,
}
impl DeleteDeliveryDestinationPolicyRequest {
    /// A new [`DeleteDeliveryDestinationPolicyRequestBuilder`](crate::types::builders::DeleteDeliveryDestinationPolicyRequestBuilder).
    pub fn builder() -> crate::types::builders::DeleteDeliveryDestinationPolicyRequestBuilder {
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
pub struct DeleteDeliveryDestinationRequest {
    #[serde(rename = "name")]
    pub name: ::std::string::String,
}
impl DeleteDeliveryDestinationRequest {
    /// A new [`DeleteDeliveryDestinationRequestBuilder`](crate::types::builders::DeleteDeliveryDestinationRequestBuilder).
    pub fn builder() -> crate::types::builders::DeleteDeliveryDestinationRequestBuilder {
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
pub struct DeleteDeliveryRequest {
    #[serde(rename = "id")]
    pub id: ::std::string::String,
}
impl DeleteDeliveryRequest {
    /// A new [`DeleteDeliveryRequestBuilder`](crate::types::builders::DeleteDeliveryRequestBuilder).
    pub fn builder() -> crate::types::builders::DeleteDeliveryRequestBuilder {
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
pub struct DeleteDeliverySourceRequest {
    #[serde(rename = "name")]
    pub name: ::std::string::String,
}
impl DeleteDeliverySourceRequest {
    /// A new [`DeleteDeliverySourceRequestBuilder`](crate::types::builders::DeleteDeliverySourceRequestBuilder).
    pub fn builder() -> crate::types::builders::DeleteDeliverySourceRequestBuilder {
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
/// From AWS's model: the apis.guru spec lacks it, and the model has no
/// documentation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct DeleteIndexPolicyRequest {
    #[serde(rename = "logGroupIdentifier")]
    pub log_group_identifier: ::std::string::String,
}
impl DeleteIndexPolicyRequest {
    /// A new [`DeleteIndexPolicyRequestBuilder`](crate::types::builders::DeleteIndexPolicyRequestBuilder).
    pub fn builder() -> crate::types::builders::DeleteIndexPolicyRequestBuilder {
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
pub struct DeleteIndexPolicyResponse {}
impl DeleteIndexPolicyResponse {
    /// A new [`DeleteIndexPolicyResponseBuilder`](crate::types::builders::DeleteIndexPolicyResponseBuilder).
    pub fn builder() -> crate::types::builders::DeleteIndexPolicyResponseBuilder {
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
pub struct DeleteIntegrationRequest {
    #[serde(
        rename = "force",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub force: ::std::option::Option<bool>,
    #[serde(rename = "integrationName")]
    pub integration_name: ::std::string::String,
}
impl DeleteIntegrationRequest {
    /// A new [`DeleteIntegrationRequestBuilder`](crate::types::builders::DeleteIntegrationRequestBuilder).
    pub fn builder() -> crate::types::builders::DeleteIntegrationRequestBuilder {
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
pub struct DeleteIntegrationResponse {}
impl DeleteIntegrationResponse {
    /// A new [`DeleteIntegrationResponseBuilder`](crate::types::builders::DeleteIntegrationResponseBuilder).
    pub fn builder() -> crate::types::builders::DeleteIntegrationResponseBuilder {
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
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct DeleteKeys {
    #[serde(rename = "withKeys", default)]
    pub with_keys: ::std::vec::Vec<::std::string::String>,
}
impl DeleteKeys {
    /// A new [`DeleteKeysBuilder`](crate::types::builders::DeleteKeysBuilder).
    pub fn builder() -> crate::types::builders::DeleteKeysBuilder {
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
pub struct DeleteLogAnomalyDetectorRequest {
    #[serde(rename = "anomalyDetectorArn")]
    pub anomaly_detector_arn: ::std::string::String,
}
impl DeleteLogAnomalyDetectorRequest {
    /// A new [`DeleteLogAnomalyDetectorRequestBuilder`](crate::types::builders::DeleteLogAnomalyDetectorRequestBuilder).
    pub fn builder() -> crate::types::builders::DeleteLogAnomalyDetectorRequestBuilder {
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
/// From AWS's model: the apis.guru spec lacks it, and the model has no
/// documentation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct DeleteLookupTableRequest {
    #[serde(rename = "lookupTableArn")]
    pub lookup_table_arn: ::std::string::String,
}
impl DeleteLookupTableRequest {
    /// A new [`DeleteLookupTableRequestBuilder`](crate::types::builders::DeleteLookupTableRequestBuilder).
    pub fn builder() -> crate::types::builders::DeleteLookupTableRequestBuilder {
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
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "expectedRevisionId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub expected_revision_id: ::std::option::Option<::std::string::String>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "resourceArn",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_arn: ::std::option::Option<::std::string::String>,
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
/// From AWS's model: the apis.guru spec lacks it, and the model has no
/// documentation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct DeleteScheduledQueryRequest {
    #[serde(rename = "identifier")]
    pub identifier: ::std::string::String,
}
impl DeleteScheduledQueryRequest {
    /// A new [`DeleteScheduledQueryRequestBuilder`](crate::types::builders::DeleteScheduledQueryRequestBuilder).
    pub fn builder() -> crate::types::builders::DeleteScheduledQueryRequestBuilder {
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
pub struct DeleteScheduledQueryResponse {}
impl DeleteScheduledQueryResponse {
    /// A new [`DeleteScheduledQueryResponseBuilder`](crate::types::builders::DeleteScheduledQueryResponseBuilder).
    pub fn builder() -> crate::types::builders::DeleteScheduledQueryResponseBuilder {
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
/// From AWS's model: the apis.guru spec lacks it, and the model has no
/// documentation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct DeleteSyslogConfigurationRequest {
    #[serde(rename = "logGroupIdentifier")]
    pub log_group_identifier: ::std::string::String,
    #[serde(
        rename = "vpcEndpointId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub vpc_endpoint_id: ::std::option::Option<::std::string::String>,
}
impl DeleteSyslogConfigurationRequest {
    /// A new [`DeleteSyslogConfigurationRequestBuilder`](crate::types::builders::DeleteSyslogConfigurationRequestBuilder).
    pub fn builder() -> crate::types::builders::DeleteSyslogConfigurationRequestBuilder {
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
pub struct DeleteTransformerRequest {
    #[serde(rename = "logGroupIdentifier")]
    pub log_group_identifier: ::std::string::String,
}
impl DeleteTransformerRequest {
    /// A new [`DeleteTransformerRequestBuilder`](crate::types::builders::DeleteTransformerRequestBuilder).
    pub fn builder() -> crate::types::builders::DeleteTransformerRequestBuilder {
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
pub struct Delivery {
    #[serde(rename = "arn", default)]
    pub arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "deliveryDestinationArn", default)]
    pub delivery_destination_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "deliveryDestinationType", default)]
    pub delivery_destination_type: ::std::option::Option<
        crate::types::DeliveryDestinationType,
    >,
    #[serde(rename = "deliverySourceName", default)]
    pub delivery_source_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "fieldDelimiter", default)]
    pub field_delimiter: ::std::option::Option<::std::string::String>,
    #[serde(rename = "id", default)]
    pub id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "recordFields", default)]
    pub record_fields: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "s3DeliveryConfiguration", default)]
    pub s3_delivery_configuration: ::std::option::Option<
        crate::types::S3DeliveryConfiguration,
    >,
    #[serde(rename = "tags", default)]
    pub tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
}
impl Delivery {
    /// A new [`DeliveryBuilder`](crate::types::builders::DeliveryBuilder).
    pub fn builder() -> crate::types::builders::DeliveryBuilder {
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
pub struct DeliveryDestination {
    #[serde(rename = "arn", default)]
    pub arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "deliveryDestinationConfiguration", default)]
    pub delivery_destination_configuration: ::std::option::Option<
        crate::types::DeliveryDestinationConfiguration,
    >,
    #[serde(rename = "deliveryDestinationType", default)]
    pub delivery_destination_type: ::std::option::Option<
        crate::types::DeliveryDestinationType,
    >,
    #[serde(rename = "name", default)]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "outputFormat", default)]
    pub output_format: ::std::option::Option<crate::types::OutputFormat>,
    #[serde(rename = "roleArn", default)]
    pub role_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "tags", default)]
    pub tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
}
impl DeliveryDestination {
    /// A new [`DeliveryDestinationBuilder`](crate::types::builders::DeliveryDestinationBuilder).
    pub fn builder() -> crate::types::builders::DeliveryDestinationBuilder {
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
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct DeliveryDestinationConfiguration {
    #[serde(rename = "destinationResourceArn", default)]
    pub destination_resource_arn: ::std::string::String,
}
impl DeliveryDestinationConfiguration {
    /// A new [`DeliveryDestinationConfigurationBuilder`](crate::types::builders::DeliveryDestinationConfigurationBuilder).
    pub fn builder() -> crate::types::builders::DeliveryDestinationConfigurationBuilder {
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
pub enum DeliveryDestinationType {
    /// `S3`
    S3,
    /// `CWL`
    Cwl,
    /// `FH`
    Fh,
    /// `XRAY`
    Xray,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl DeliveryDestinationType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::S3 => "S3",
            Self::Cwl => "CWL",
            Self::Fh => "FH",
            Self::Xray => "XRAY",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["S3", "CWL", "FH", "XRAY"]
    }
}
impl ::std::convert::From<&str> for DeliveryDestinationType {
    fn from(s: &str) -> Self {
        match s {
            "S3" => Self::S3,
            "CWL" => Self::Cwl,
            "FH" => Self::Fh,
            "XRAY" => Self::Xray,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(DeliveryDestinationType);
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
pub struct DeliverySource {
    #[serde(rename = "arn", default)]
    pub arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "deliverySourceConfiguration", default)]
    pub delivery_source_configuration: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    #[serde(rename = "logType", default)]
    pub log_type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "name", default)]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "resourceArns", default)]
    pub resource_arns: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "service", default)]
    pub service: ::std::option::Option<::std::string::String>,
    #[serde(rename = "status", default)]
    pub status: ::std::option::Option<crate::types::DeliverySourceStatus>,
    #[serde(rename = "statusReason", default)]
    pub status_reason: ::std::option::Option<crate::types::DeliverySourceStatusReason>,
    #[serde(rename = "tags", default)]
    pub tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
}
impl DeliverySource {
    /// A new [`DeliverySourceBuilder`](crate::types::builders::DeliverySourceBuilder).
    pub fn builder() -> crate::types::builders::DeliverySourceBuilder {
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
pub struct DeliverySourceConfigurationSchema {
    #[serde(rename = "defaultValue", default)]
    pub default_value: ::std::string::String,
    #[serde(rename = "keyName", default)]
    pub key_name: ::std::string::String,
    #[serde(rename = "maxValue", default)]
    pub max_value: ::std::option::Option<f64>,
    #[serde(rename = "minValue", default)]
    pub min_value: ::std::option::Option<f64>,
    #[serde(rename = "supportedValues", default)]
    pub supported_values: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "valueType")]
    pub value_type: crate::types::DeliverySourceConfigurationSchemaValueType,
}
impl DeliverySourceConfigurationSchema {
    /// A new [`DeliverySourceConfigurationSchemaBuilder`](crate::types::builders::DeliverySourceConfigurationSchemaBuilder).
    pub fn builder() -> crate::types::builders::DeliverySourceConfigurationSchemaBuilder {
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
pub enum DeliverySourceConfigurationSchemaValueType {
    /// `string`
    String,
    /// `boolean`
    Boolean,
    /// `int`
    Int,
    /// `double`
    Double,
    /// `long`
    Long,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl DeliverySourceConfigurationSchemaValueType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::String => "string",
            Self::Boolean => "boolean",
            Self::Int => "int",
            Self::Double => "double",
            Self::Long => "long",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["string", "boolean", "int", "double", "long"]
    }
}
impl ::std::convert::From<&str> for DeliverySourceConfigurationSchemaValueType {
    fn from(s: &str) -> Self {
        match s {
            "string" => Self::String,
            "boolean" => Self::Boolean,
            "int" => Self::Int,
            "double" => Self::Double,
            "long" => Self::Long,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(DeliverySourceConfigurationSchemaValueType);
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
pub enum DeliverySourceStatus {
    /// `ACTIVE`
    Active,
    /// `INACTIVE`
    Inactive,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl DeliverySourceStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Active => "ACTIVE",
            Self::Inactive => "INACTIVE",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["ACTIVE", "INACTIVE"]
    }
}
impl ::std::convert::From<&str> for DeliverySourceStatus {
    fn from(s: &str) -> Self {
        match s {
            "ACTIVE" => Self::Active,
            "INACTIVE" => Self::Inactive,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(DeliverySourceStatus);
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
pub enum DeliverySourceStatusReason {
    /// `RESOURCE_DELETED`
    ResourceDeleted,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl DeliverySourceStatusReason {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ResourceDeleted => "RESOURCE_DELETED",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["RESOURCE_DELETED"]
    }
}
impl ::std::convert::From<&str> for DeliverySourceStatusReason {
    fn from(s: &str) -> Self {
        match s {
            "RESOURCE_DELETED" => Self::ResourceDeleted,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(DeliverySourceStatusReason);
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
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "nextToken",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_token: ::std::option::Option<::std::string::String>,
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
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "nextToken", default)]
    pub next_token: ::std::option::Option<::std::string::String>,
}
impl DescribeAccountPoliciesResponse {
    /// A new [`DescribeAccountPoliciesResponseBuilder`](crate::types::builders::DescribeAccountPoliciesResponseBuilder).
    pub fn builder() -> crate::types::builders::DescribeAccountPoliciesResponseBuilder {
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
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct DescribeConfigurationTemplatesRequest {
    #[serde(
        rename = "deliveryDestinationTypes",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub delivery_destination_types: ::std::option::Option<
        ::std::vec::Vec<crate::types::DeliveryDestinationType>,
    >,
    #[serde(
        rename = "limit",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub limit: ::std::option::Option<i64>,
    #[serde(
        rename = "logTypes",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub log_types: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(
        rename = "nextToken",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_token: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "resourceTypes",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_types: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(
        rename = "service",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub service: ::std::option::Option<::std::string::String>,
}
impl DescribeConfigurationTemplatesRequest {
    /// A new [`DescribeConfigurationTemplatesRequestBuilder`](crate::types::builders::DescribeConfigurationTemplatesRequestBuilder).
    pub fn builder() -> crate::types::builders::DescribeConfigurationTemplatesRequestBuilder {
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
pub struct DescribeConfigurationTemplatesResponse {
    #[serde(rename = "configurationTemplates", default)]
    pub configuration_templates: ::std::option::Option<
        ::std::vec::Vec<crate::types::ConfigurationTemplate>,
    >,
    #[serde(rename = "nextToken", default)]
    pub next_token: ::std::option::Option<::std::string::String>,
}
impl DescribeConfigurationTemplatesResponse {
    /// A new [`DescribeConfigurationTemplatesResponseBuilder`](crate::types::builders::DescribeConfigurationTemplatesResponseBuilder).
    pub fn builder() -> crate::types::builders::DescribeConfigurationTemplatesResponseBuilder {
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
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct DescribeDeliveriesRequest {
    #[serde(
        rename = "deliverySourceNames",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub delivery_source_names: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
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
impl DescribeDeliveriesRequest {
    /// A new [`DescribeDeliveriesRequestBuilder`](crate::types::builders::DescribeDeliveriesRequestBuilder).
    pub fn builder() -> crate::types::builders::DescribeDeliveriesRequestBuilder {
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
pub struct DescribeDeliveriesResponse {
    #[serde(rename = "deliveries", default)]
    pub deliveries: ::std::option::Option<::std::vec::Vec<crate::types::Delivery>>,
    #[serde(rename = "nextToken", default)]
    pub next_token: ::std::option::Option<::std::string::String>,
}
impl DescribeDeliveriesResponse {
    /// A new [`DescribeDeliveriesResponseBuilder`](crate::types::builders::DescribeDeliveriesResponseBuilder).
    pub fn builder() -> crate::types::builders::DescribeDeliveriesResponseBuilder {
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
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct DescribeDeliveryDestinationsRequest {
    #[serde(
        rename = "limit",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub limit: ::std::option::Option<i64>,
    #[serde(
        rename = "names",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub names: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(
        rename = "nextToken",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_token: ::std::option::Option<::std::string::String>,
}
impl DescribeDeliveryDestinationsRequest {
    /// A new [`DescribeDeliveryDestinationsRequestBuilder`](crate::types::builders::DescribeDeliveryDestinationsRequestBuilder).
    pub fn builder() -> crate::types::builders::DescribeDeliveryDestinationsRequestBuilder {
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
pub struct DescribeDeliveryDestinationsResponse {
    #[serde(rename = "deliveryDestinations", default)]
    pub delivery_destinations: ::std::option::Option<
        ::std::vec::Vec<crate::types::DeliveryDestination>,
    >,
    #[serde(rename = "nextToken", default)]
    pub next_token: ::std::option::Option<::std::string::String>,
}
impl DescribeDeliveryDestinationsResponse {
    /// A new [`DescribeDeliveryDestinationsResponseBuilder`](crate::types::builders::DescribeDeliveryDestinationsResponseBuilder).
    pub fn builder() -> crate::types::builders::DescribeDeliveryDestinationsResponseBuilder {
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
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct DescribeDeliverySourcesRequest {
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
    #[serde(
        rename = "resourceArns",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_arns: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
impl DescribeDeliverySourcesRequest {
    /// A new [`DescribeDeliverySourcesRequestBuilder`](crate::types::builders::DescribeDeliverySourcesRequestBuilder).
    pub fn builder() -> crate::types::builders::DescribeDeliverySourcesRequestBuilder {
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
pub struct DescribeDeliverySourcesResponse {
    #[serde(rename = "deliverySources", default)]
    pub delivery_sources: ::std::option::Option<
        ::std::vec::Vec<crate::types::DeliverySource>,
    >,
    #[serde(rename = "nextToken", default)]
    pub next_token: ::std::option::Option<::std::string::String>,
}
impl DescribeDeliverySourcesResponse {
    /// A new [`DescribeDeliverySourcesResponseBuilder`](crate::types::builders::DescribeDeliverySourcesResponseBuilder).
    pub fn builder() -> crate::types::builders::DescribeDeliverySourcesResponseBuilder {
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
/// From AWS's model: the apis.guru spec lacks it, and the model has no
/// documentation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct DescribeFieldIndexesRequest {
    #[serde(
        rename = "indexCategories",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub index_categories: ::std::option::Option<
        ::std::vec::Vec<crate::types::IndexCategory>,
    >,
    #[serde(rename = "logGroupIdentifiers")]
    pub log_group_identifiers: ::std::vec::Vec<::std::string::String>,
    #[serde(
        rename = "nextToken",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_token: ::std::option::Option<::std::string::String>,
}
impl DescribeFieldIndexesRequest {
    /// A new [`DescribeFieldIndexesRequestBuilder`](crate::types::builders::DescribeFieldIndexesRequestBuilder).
    pub fn builder() -> crate::types::builders::DescribeFieldIndexesRequestBuilder {
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
pub struct DescribeFieldIndexesResponse {
    #[serde(rename = "fieldIndexes", default)]
    pub field_indexes: ::std::option::Option<::std::vec::Vec<crate::types::FieldIndex>>,
    #[serde(rename = "nextToken", default)]
    pub next_token: ::std::option::Option<::std::string::String>,
}
impl DescribeFieldIndexesResponse {
    /// A new [`DescribeFieldIndexesResponseBuilder`](crate::types::builders::DescribeFieldIndexesResponseBuilder).
    pub fn builder() -> crate::types::builders::DescribeFieldIndexesResponseBuilder {
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
pub struct DescribeImportTaskBatchesRequest {
    #[serde(
        rename = "batchImportStatus",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub batch_import_status: ::std::option::Option<
        ::std::vec::Vec<crate::types::ImportStatus>,
    >,
    #[serde(rename = "importId")]
    pub import_id: ::std::string::String,
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
impl DescribeImportTaskBatchesRequest {
    /// A new [`DescribeImportTaskBatchesRequestBuilder`](crate::types::builders::DescribeImportTaskBatchesRequestBuilder).
    pub fn builder() -> crate::types::builders::DescribeImportTaskBatchesRequestBuilder {
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
pub struct DescribeImportTaskBatchesResponse {
    #[serde(rename = "importBatches", default)]
    pub import_batches: ::std::option::Option<
        ::std::vec::Vec<crate::types::ImportBatch>,
    >,
    #[serde(rename = "importId", default)]
    pub import_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "importSourceArn", default)]
    pub import_source_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "nextToken", default)]
    pub next_token: ::std::option::Option<::std::string::String>,
}
impl DescribeImportTaskBatchesResponse {
    /// A new [`DescribeImportTaskBatchesResponseBuilder`](crate::types::builders::DescribeImportTaskBatchesResponseBuilder).
    pub fn builder() -> crate::types::builders::DescribeImportTaskBatchesResponseBuilder {
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
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct DescribeImportTasksRequest {
    #[serde(
        rename = "importId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub import_id: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "importSourceArn",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub import_source_arn: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "importStatus",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub import_status: ::std::option::Option<crate::types::ImportStatus>,
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
impl DescribeImportTasksRequest {
    /// A new [`DescribeImportTasksRequestBuilder`](crate::types::builders::DescribeImportTasksRequestBuilder).
    pub fn builder() -> crate::types::builders::DescribeImportTasksRequestBuilder {
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
pub struct DescribeImportTasksResponse {
    #[serde(rename = "imports", default)]
    pub imports: ::std::option::Option<::std::vec::Vec<crate::types::Import>>,
    #[serde(rename = "nextToken", default)]
    pub next_token: ::std::option::Option<::std::string::String>,
}
impl DescribeImportTasksResponse {
    /// A new [`DescribeImportTasksResponseBuilder`](crate::types::builders::DescribeImportTasksResponseBuilder).
    pub fn builder() -> crate::types::builders::DescribeImportTasksResponseBuilder {
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
pub struct DescribeIndexPoliciesRequest {
    #[serde(rename = "logGroupIdentifiers")]
    pub log_group_identifiers: ::std::vec::Vec<::std::string::String>,
    #[serde(
        rename = "nextToken",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_token: ::std::option::Option<::std::string::String>,
}
impl DescribeIndexPoliciesRequest {
    /// A new [`DescribeIndexPoliciesRequestBuilder`](crate::types::builders::DescribeIndexPoliciesRequestBuilder).
    pub fn builder() -> crate::types::builders::DescribeIndexPoliciesRequestBuilder {
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
pub struct DescribeIndexPoliciesResponse {
    #[serde(rename = "indexPolicies", default)]
    pub index_policies: ::std::option::Option<
        ::std::vec::Vec<crate::types::IndexPolicy>,
    >,
    #[serde(rename = "nextToken", default)]
    pub next_token: ::std::option::Option<::std::string::String>,
}
impl DescribeIndexPoliciesResponse {
    /// A new [`DescribeIndexPoliciesResponseBuilder`](crate::types::builders::DescribeIndexPoliciesResponseBuilder).
    pub fn builder() -> crate::types::builders::DescribeIndexPoliciesResponseBuilder {
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
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "logGroupClass",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub log_group_class: ::std::option::Option<crate::types::LogGroupClass>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "logGroupIdentifiers",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub log_group_identifiers: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
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
/// From AWS's model: the apis.guru spec lacks it, and the model has no
/// documentation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct DescribeLookupTablesRequest {
    #[serde(
        rename = "lookupTableNamePrefix",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub lookup_table_name_prefix: ::std::option::Option<::std::string::String>,
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
}
impl DescribeLookupTablesRequest {
    /// A new [`DescribeLookupTablesRequestBuilder`](crate::types::builders::DescribeLookupTablesRequestBuilder).
    pub fn builder() -> crate::types::builders::DescribeLookupTablesRequestBuilder {
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
pub struct DescribeLookupTablesResponse {
    #[serde(rename = "lookupTables", default)]
    pub lookup_tables: ::std::option::Option<::std::vec::Vec<crate::types::LookupTable>>,
    #[serde(rename = "nextToken", default)]
    pub next_token: ::std::option::Option<::std::string::String>,
}
impl DescribeLookupTablesResponse {
    /// A new [`DescribeLookupTablesResponseBuilder`](crate::types::builders::DescribeLookupTablesResponseBuilder).
    pub fn builder() -> crate::types::builders::DescribeLookupTablesResponseBuilder {
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
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "queryLanguage",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub query_language: ::std::option::Option<crate::types::QueryLanguage>,
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
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "queryLanguage",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub query_language: ::std::option::Option<crate::types::QueryLanguage>,
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
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "policyScope",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub policy_scope: ::std::option::Option<crate::types::PolicyScope>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "resourceArn",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_arn: ::std::option::Option<::std::string::String>,
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
/// From AWS's model: the apis.guru spec lacks it, and the model has no
/// documentation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct DestinationConfiguration {
    #[serde(
        rename = "lookupTableConfiguration",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub lookup_table_configuration: ::std::option::Option<
        crate::types::LookupTableConfiguration,
    >,
    #[serde(
        rename = "s3Configuration",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub s3_configuration: ::std::option::Option<crate::types::S3Configuration>,
}
impl DestinationConfiguration {
    /// A new [`DestinationConfigurationBuilder`](crate::types::builders::DestinationConfigurationBuilder).
    pub fn builder() -> crate::types::builders::DestinationConfigurationBuilder {
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
/// From AWS's model: the apis.guru spec lacks it, and the model has no
/// documentation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct DisassociateSourceFromS3TableIntegrationRequest {
    #[serde(rename = "identifier")]
    pub identifier: ::std::string::String,
}
impl DisassociateSourceFromS3TableIntegrationRequest {
    /// A new [`DisassociateSourceFromS3TableIntegrationRequestBuilder`](crate::types::builders::DisassociateSourceFromS3TableIntegrationRequestBuilder).
    pub fn builder() -> crate::types::builders::DisassociateSourceFromS3TableIntegrationRequestBuilder {
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
pub struct DisassociateSourceFromS3TableIntegrationResponse {
    #[serde(rename = "identifier", default)]
    pub identifier: ::std::option::Option<::std::string::String>,
}
impl DisassociateSourceFromS3TableIntegrationResponse {
    /// A new [`DisassociateSourceFromS3TableIntegrationResponseBuilder`](crate::types::builders::DisassociateSourceFromS3TableIntegrationResponseBuilder).
    pub fn builder() -> crate::types::builders::DisassociateSourceFromS3TableIntegrationResponseBuilder {
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
pub struct DryRunResult {
    #[serde(rename = "decreasedRetentionLogGroupCount", default)]
    pub decreased_retention_log_group_count: ::std::option::Option<i64>,
    #[serde(rename = "failedAnalysisCount", default)]
    pub failed_analysis_count: ::std::option::Option<i64>,
    #[serde(rename = "increasedRetentionLogGroupCount", default)]
    pub increased_retention_log_group_count: ::std::option::Option<i64>,
    #[serde(rename = "topLogGroupsImpacted", default)]
    pub top_log_groups_impacted: ::std::option::Option<
        ::std::vec::Vec<crate::types::LogGroupImpact>,
    >,
    #[serde(rename = "totalMatchedLogGroups", default)]
    pub total_matched_log_groups: ::std::option::Option<i64>,
    #[serde(rename = "unchangedRetentionLogGroupCount", default)]
    pub unchanged_retention_log_group_count: ::std::option::Option<i64>,
}
impl DryRunResult {
    /// A new [`DryRunResultBuilder`](crate::types::builders::DryRunResultBuilder).
    pub fn builder() -> crate::types::builders::DryRunResultBuilder {
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
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct Entity {
    #[serde(
        rename = "attributes",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub attributes: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    #[serde(
        rename = "keyAttributes",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub key_attributes: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
}
impl Entity {
    /// A new [`EntityBuilder`](crate::types::builders::EntityBuilder).
    pub fn builder() -> crate::types::builders::EntityBuilder {
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
pub enum EntityRejectionErrorType {
    /// `InvalidEntity`
    InvalidEntity,
    /// `InvalidTypeValue`
    InvalidTypeValue,
    /// `InvalidKeyAttributes`
    InvalidKeyAttributes,
    /// `InvalidAttributes`
    InvalidAttributes,
    /// `EntitySizeTooLarge`
    EntitySizeTooLarge,
    /// `UnsupportedLogGroupType`
    UnsupportedLogGroupType,
    /// `MissingRequiredFields`
    MissingRequiredFields,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl EntityRejectionErrorType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::InvalidEntity => "InvalidEntity",
            Self::InvalidTypeValue => "InvalidTypeValue",
            Self::InvalidKeyAttributes => "InvalidKeyAttributes",
            Self::InvalidAttributes => "InvalidAttributes",
            Self::EntitySizeTooLarge => "EntitySizeTooLarge",
            Self::UnsupportedLogGroupType => "UnsupportedLogGroupType",
            Self::MissingRequiredFields => "MissingRequiredFields",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &[
            "InvalidEntity",
            "InvalidTypeValue",
            "InvalidKeyAttributes",
            "InvalidAttributes",
            "EntitySizeTooLarge",
            "UnsupportedLogGroupType",
            "MissingRequiredFields",
        ]
    }
}
impl ::std::convert::From<&str> for EntityRejectionErrorType {
    fn from(s: &str) -> Self {
        match s {
            "InvalidEntity" => Self::InvalidEntity,
            "InvalidTypeValue" => Self::InvalidTypeValue,
            "InvalidKeyAttributes" => Self::InvalidKeyAttributes,
            "InvalidAttributes" => Self::InvalidAttributes,
            "EntitySizeTooLarge" => Self::EntitySizeTooLarge,
            "UnsupportedLogGroupType" => Self::UnsupportedLogGroupType,
            "MissingRequiredFields" => Self::MissingRequiredFields,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(EntityRejectionErrorType);
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
pub enum EvaluationFrequency {
    /// `ONE_MIN`
    OneMin,
    /// `FIVE_MIN`
    FiveMin,
    /// `TEN_MIN`
    TenMin,
    /// `FIFTEEN_MIN`
    FifteenMin,
    /// `THIRTY_MIN`
    ThirtyMin,
    /// `ONE_HOUR`
    OneHour,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl EvaluationFrequency {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::OneMin => "ONE_MIN",
            Self::FiveMin => "FIVE_MIN",
            Self::TenMin => "TEN_MIN",
            Self::FifteenMin => "FIFTEEN_MIN",
            Self::ThirtyMin => "THIRTY_MIN",
            Self::OneHour => "ONE_HOUR",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["ONE_MIN", "FIVE_MIN", "TEN_MIN", "FIFTEEN_MIN", "THIRTY_MIN", "ONE_HOUR"]
    }
}
impl ::std::convert::From<&str> for EvaluationFrequency {
    fn from(s: &str) -> Self {
        match s {
            "ONE_MIN" => Self::OneMin,
            "FIVE_MIN" => Self::FiveMin,
            "TEN_MIN" => Self::TenMin,
            "FIFTEEN_MIN" => Self::FifteenMin,
            "THIRTY_MIN" => Self::ThirtyMin,
            "ONE_HOUR" => Self::OneHour,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(EvaluationFrequency);
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
pub enum EventSource {
    /// `CloudTrail`
    CloudTrail,
    /// `Route53Resolver`
    Route53Resolver,
    /// `VPCFlow`
    VpcFlow,
    /// `EKSAudit`
    EksAudit,
    /// `AWSWAF`
    Awswaf,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl EventSource {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CloudTrail => "CloudTrail",
            Self::Route53Resolver => "Route53Resolver",
            Self::VpcFlow => "VPCFlow",
            Self::EksAudit => "EKSAudit",
            Self::Awswaf => "AWSWAF",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["CloudTrail", "Route53Resolver", "VPCFlow", "EKSAudit", "AWSWAF"]
    }
}
impl ::std::convert::From<&str> for EventSource {
    fn from(s: &str) -> Self {
        match s {
            "CloudTrail" => Self::CloudTrail,
            "Route53Resolver" => Self::Route53Resolver,
            "VPCFlow" => Self::VpcFlow,
            "EKSAudit" => Self::EksAudit,
            "AWSWAF" => Self::Awswaf,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(EventSource);
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
pub enum ExecutionStatus {
    /// `Running`
    Running,
    /// `InvalidQuery`
    InvalidQuery,
    /// `Complete`
    Complete,
    /// `Failed`
    Failed,
    /// `Timeout`
    Timeout,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl ExecutionStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Running => "Running",
            Self::InvalidQuery => "InvalidQuery",
            Self::Complete => "Complete",
            Self::Failed => "Failed",
            Self::Timeout => "Timeout",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["Running", "InvalidQuery", "Complete", "Failed", "Timeout"]
    }
}
impl ::std::convert::From<&str> for ExecutionStatus {
    fn from(s: &str) -> Self {
        match s {
            "Running" => Self::Running,
            "InvalidQuery" => Self::InvalidQuery,
            "Complete" => Self::Complete,
            "Failed" => Self::Failed,
            "Timeout" => Self::Timeout,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(ExecutionStatus);
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
pub struct FieldIndex {
    #[serde(rename = "fieldIndexName", default)]
    pub field_index_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "firstEventTime", default)]
    pub first_event_time: ::std::option::Option<i64>,
    #[serde(rename = "indexCategory", default)]
    pub index_category: ::std::option::Option<crate::types::IndexCategory>,
    #[serde(rename = "lastEventTime", default)]
    pub last_event_time: ::std::option::Option<i64>,
    #[serde(rename = "lastScanTime", default)]
    pub last_scan_time: ::std::option::Option<i64>,
    #[serde(rename = "logGroupIdentifier", default)]
    pub log_group_identifier: ::std::option::Option<::std::string::String>,
    #[serde(rename = "type", default)]
    pub r#type: ::std::option::Option<crate::types::IndexType>,
}
impl FieldIndex {
    /// A new [`FieldIndexBuilder`](crate::types::builders::FieldIndexBuilder).
    pub fn builder() -> crate::types::builders::FieldIndexBuilder {
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
pub struct FieldsData {
    #[serde(rename = "data", default)]
    pub data: ::std::option::Option<crate::runtime::Blob>,
}
impl FieldsData {
    /// A new [`FieldsDataBuilder`](crate::types::builders::FieldsDataBuilder).
    pub fn builder() -> crate::types::builders::FieldsDataBuilder {
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
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "startFromHead",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub start_from_head: ::std::option::Option<bool>,
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
pub enum FlattenedElement {
    /// `first`
    First,
    /// `last`
    Last,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl FlattenedElement {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::First => "first",
            Self::Last => "last",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["first", "last"]
    }
}
impl ::std::convert::From<&str> for FlattenedElement {
    fn from(s: &str) -> Self {
        match s {
            "first" => Self::First,
            "last" => Self::Last,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(FlattenedElement);
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
/// From AWS's model: the apis.guru spec lacks it, and the model has no
/// documentation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct GetDeliveryDestinationPolicyRequest {
    #[serde(rename = "deliveryDestinationName")]
    pub delivery_destination_name: ::std::string::String,
}
impl GetDeliveryDestinationPolicyRequest {
    /// A new [`GetDeliveryDestinationPolicyRequestBuilder`](crate::types::builders::GetDeliveryDestinationPolicyRequestBuilder).
    pub fn builder() -> crate::types::builders::GetDeliveryDestinationPolicyRequestBuilder {
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
pub struct GetDeliveryDestinationPolicyResponse {
    #[serde(rename = "policy", default)]
    pub policy: ::std::option::Option<crate::types::Policy>,
}
impl GetDeliveryDestinationPolicyResponse {
    /// A new [`GetDeliveryDestinationPolicyResponseBuilder`](crate::types::builders::GetDeliveryDestinationPolicyResponseBuilder).
    pub fn builder() -> crate::types::builders::GetDeliveryDestinationPolicyResponseBuilder {
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
pub struct GetDeliveryDestinationRequest {
    #[serde(rename = "name")]
    pub name: ::std::string::String,
}
impl GetDeliveryDestinationRequest {
    /// A new [`GetDeliveryDestinationRequestBuilder`](crate::types::builders::GetDeliveryDestinationRequestBuilder).
    pub fn builder() -> crate::types::builders::GetDeliveryDestinationRequestBuilder {
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
pub struct GetDeliveryDestinationResponse {
    #[serde(rename = "deliveryDestination", default)]
    pub delivery_destination: ::std::option::Option<crate::types::DeliveryDestination>,
}
impl GetDeliveryDestinationResponse {
    /// A new [`GetDeliveryDestinationResponseBuilder`](crate::types::builders::GetDeliveryDestinationResponseBuilder).
    pub fn builder() -> crate::types::builders::GetDeliveryDestinationResponseBuilder {
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
pub struct GetDeliveryRequest {
    #[serde(rename = "id")]
    pub id: ::std::string::String,
}
impl GetDeliveryRequest {
    /// A new [`GetDeliveryRequestBuilder`](crate::types::builders::GetDeliveryRequestBuilder).
    pub fn builder() -> crate::types::builders::GetDeliveryRequestBuilder {
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
pub struct GetDeliveryResponse {
    #[serde(rename = "delivery", default)]
    pub delivery: ::std::option::Option<crate::types::Delivery>,
}
impl GetDeliveryResponse {
    /// A new [`GetDeliveryResponseBuilder`](crate::types::builders::GetDeliveryResponseBuilder).
    pub fn builder() -> crate::types::builders::GetDeliveryResponseBuilder {
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
pub struct GetDeliverySourceRequest {
    #[serde(rename = "name")]
    pub name: ::std::string::String,
}
impl GetDeliverySourceRequest {
    /// A new [`GetDeliverySourceRequestBuilder`](crate::types::builders::GetDeliverySourceRequestBuilder).
    pub fn builder() -> crate::types::builders::GetDeliverySourceRequestBuilder {
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
pub struct GetDeliverySourceResponse {
    #[serde(rename = "deliverySource", default)]
    pub delivery_source: ::std::option::Option<crate::types::DeliverySource>,
}
impl GetDeliverySourceResponse {
    /// A new [`GetDeliverySourceResponseBuilder`](crate::types::builders::GetDeliverySourceResponseBuilder).
    pub fn builder() -> crate::types::builders::GetDeliverySourceResponseBuilder {
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
pub struct GetIntegrationRequest {
    #[serde(rename = "integrationName")]
    pub integration_name: ::std::string::String,
}
impl GetIntegrationRequest {
    /// A new [`GetIntegrationRequestBuilder`](crate::types::builders::GetIntegrationRequestBuilder).
    pub fn builder() -> crate::types::builders::GetIntegrationRequestBuilder {
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
pub struct GetIntegrationResponse {
    #[serde(rename = "integrationDetails", default)]
    pub integration_details: ::std::option::Option<crate::types::IntegrationDetails>,
    #[serde(rename = "integrationName", default)]
    pub integration_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "integrationStatus", default)]
    pub integration_status: ::std::option::Option<crate::types::IntegrationStatus>,
    #[serde(rename = "integrationType", default)]
    pub integration_type: ::std::option::Option<crate::types::IntegrationType>,
}
impl GetIntegrationResponse {
    /// A new [`GetIntegrationResponseBuilder`](crate::types::builders::GetIntegrationResponseBuilder).
    pub fn builder() -> crate::types::builders::GetIntegrationResponseBuilder {
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
pub struct GetLogAnomalyDetectorRequest {
    #[serde(rename = "anomalyDetectorArn")]
    pub anomaly_detector_arn: ::std::string::String,
}
impl GetLogAnomalyDetectorRequest {
    /// A new [`GetLogAnomalyDetectorRequestBuilder`](crate::types::builders::GetLogAnomalyDetectorRequestBuilder).
    pub fn builder() -> crate::types::builders::GetLogAnomalyDetectorRequestBuilder {
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
pub struct GetLogAnomalyDetectorResponse {
    #[serde(rename = "anomalyDetectorStatus", default)]
    pub anomaly_detector_status: ::std::option::Option<
        crate::types::AnomalyDetectorStatus,
    >,
    #[serde(rename = "anomalyVisibilityTime", default)]
    pub anomaly_visibility_time: ::std::option::Option<i64>,
    #[serde(rename = "creationTimeStamp", default)]
    pub creation_time_stamp: ::std::option::Option<i64>,
    #[serde(rename = "detectorName", default)]
    pub detector_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "evaluationFrequency", default)]
    pub evaluation_frequency: ::std::option::Option<crate::types::EvaluationFrequency>,
    #[serde(rename = "filterPattern", default)]
    pub filter_pattern: ::std::option::Option<::std::string::String>,
    #[serde(rename = "kmsKeyId", default)]
    pub kms_key_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "lastModifiedTimeStamp", default)]
    pub last_modified_time_stamp: ::std::option::Option<i64>,
    #[serde(rename = "logGroupArnList", default)]
    pub log_group_arn_list: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
}
impl GetLogAnomalyDetectorResponse {
    /// A new [`GetLogAnomalyDetectorResponseBuilder`](crate::types::builders::GetLogAnomalyDetectorResponseBuilder).
    pub fn builder() -> crate::types::builders::GetLogAnomalyDetectorResponseBuilder {
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
/// From AWS's model: the apis.guru spec lacks it, and the model has no
/// documentation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct GetLogFieldsRequest {
    #[serde(rename = "dataSourceName")]
    pub data_source_name: ::std::string::String,
    #[serde(rename = "dataSourceType")]
    pub data_source_type: ::std::string::String,
}
impl GetLogFieldsRequest {
    /// A new [`GetLogFieldsRequestBuilder`](crate::types::builders::GetLogFieldsRequestBuilder).
    pub fn builder() -> crate::types::builders::GetLogFieldsRequestBuilder {
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
pub struct GetLogFieldsResponse {
    #[serde(rename = "logFields", default)]
    pub log_fields: ::std::option::Option<
        ::std::vec::Vec<crate::types::LogFieldsListItem>,
    >,
}
impl GetLogFieldsResponse {
    /// A new [`GetLogFieldsResponseBuilder`](crate::types::builders::GetLogFieldsResponseBuilder).
    pub fn builder() -> crate::types::builders::GetLogFieldsResponseBuilder {
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
/// From AWS's model: the apis.guru spec lacks it, and the model has no
/// documentation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct GetLogObjectRequest {
    #[serde(rename = "logObjectPointer")]
    pub log_object_pointer: ::std::string::String,
    #[serde(
        rename = "unmask",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub unmask: ::std::option::Option<bool>,
}
impl GetLogObjectRequest {
    /// A new [`GetLogObjectRequestBuilder`](crate::types::builders::GetLogObjectRequestBuilder).
    pub fn builder() -> crate::types::builders::GetLogObjectRequestBuilder {
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
pub struct GetLogObjectResponse {
    #[serde(rename = "fieldStream", default)]
    pub field_stream: ::std::option::Option<crate::types::GetLogObjectResponseStream>,
}
impl GetLogObjectResponse {
    /// A new [`GetLogObjectResponseBuilder`](crate::types::builders::GetLogObjectResponseBuilder).
    pub fn builder() -> crate::types::builders::GetLogObjectResponseBuilder {
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
pub struct GetLogObjectResponseStream {
    #[serde(rename = "InternalStreamingException", default)]
    pub internal_streaming_exception: ::std::option::Option<
        crate::types::InternalStreamingException,
    >,
    #[serde(rename = "fields", default)]
    pub fields: ::std::option::Option<crate::types::FieldsData>,
}
impl GetLogObjectResponseStream {
    /// A new [`GetLogObjectResponseStreamBuilder`](crate::types::builders::GetLogObjectResponseStreamBuilder).
    pub fn builder() -> crate::types::builders::GetLogObjectResponseStreamBuilder {
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
/// From AWS's model: the apis.guru spec lacks it, and the model has no
/// documentation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct GetLookupTableRequest {
    #[serde(rename = "lookupTableArn")]
    pub lookup_table_arn: ::std::string::String,
}
impl GetLookupTableRequest {
    /// A new [`GetLookupTableRequestBuilder`](crate::types::builders::GetLookupTableRequestBuilder).
    pub fn builder() -> crate::types::builders::GetLookupTableRequestBuilder {
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
pub struct GetLookupTableResponse {
    #[serde(rename = "description", default)]
    pub description: ::std::option::Option<::std::string::String>,
    #[serde(rename = "kmsKeyId", default)]
    pub kms_key_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "lastUpdatedTime", default)]
    pub last_updated_time: ::std::option::Option<i64>,
    #[serde(rename = "lookupTableArn", default)]
    pub lookup_table_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "lookupTableName", default)]
    pub lookup_table_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "sizeBytes", default)]
    pub size_bytes: ::std::option::Option<i64>,
    #[serde(rename = "tableBody", default)]
    pub table_body: ::std::option::Option<::std::string::String>,
}
impl GetLookupTableResponse {
    /// A new [`GetLookupTableResponseBuilder`](crate::types::builders::GetLookupTableResponseBuilder).
    pub fn builder() -> crate::types::builders::GetLookupTableResponseBuilder {
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
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "maxItems",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub max_items: ::std::option::Option<i64>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "nextToken",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_token: ::std::option::Option<::std::string::String>,
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
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "nextToken", default)]
    pub next_token: ::std::option::Option<::std::string::String>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "queryLanguage", default)]
    pub query_language: ::std::option::Option<crate::types::QueryLanguage>,
}
impl GetQueryResultsResponse {
    /// A new [`GetQueryResultsResponseBuilder`](crate::types::builders::GetQueryResultsResponseBuilder).
    pub fn builder() -> crate::types::builders::GetQueryResultsResponseBuilder {
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
pub struct GetScheduledQueryHistoryRequest {
    #[serde(rename = "endTime")]
    pub end_time: i64,
    #[serde(
        rename = "executionStatuses",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub execution_statuses: ::std::option::Option<
        ::std::vec::Vec<crate::types::ExecutionStatus>,
    >,
    #[serde(rename = "identifier")]
    pub identifier: ::std::string::String,
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
    #[serde(rename = "startTime")]
    pub start_time: i64,
}
impl GetScheduledQueryHistoryRequest {
    /// A new [`GetScheduledQueryHistoryRequestBuilder`](crate::types::builders::GetScheduledQueryHistoryRequestBuilder).
    pub fn builder() -> crate::types::builders::GetScheduledQueryHistoryRequestBuilder {
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
pub struct GetScheduledQueryHistoryResponse {
    #[serde(rename = "name", default)]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "nextToken", default)]
    pub next_token: ::std::option::Option<::std::string::String>,
    #[serde(rename = "scheduledQueryArn", default)]
    pub scheduled_query_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "triggerHistory", default)]
    pub trigger_history: ::std::option::Option<
        ::std::vec::Vec<crate::types::TriggerHistoryRecord>,
    >,
}
impl GetScheduledQueryHistoryResponse {
    /// A new [`GetScheduledQueryHistoryResponseBuilder`](crate::types::builders::GetScheduledQueryHistoryResponseBuilder).
    pub fn builder() -> crate::types::builders::GetScheduledQueryHistoryResponseBuilder {
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
pub struct GetScheduledQueryRequest {
    #[serde(rename = "identifier")]
    pub identifier: ::std::string::String,
}
impl GetScheduledQueryRequest {
    /// A new [`GetScheduledQueryRequestBuilder`](crate::types::builders::GetScheduledQueryRequestBuilder).
    pub fn builder() -> crate::types::builders::GetScheduledQueryRequestBuilder {
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
pub struct GetScheduledQueryResponse {
    #[serde(rename = "creationTime", default)]
    pub creation_time: ::std::option::Option<i64>,
    #[serde(rename = "description", default)]
    pub description: ::std::option::Option<::std::string::String>,
    #[serde(rename = "destinationConfiguration", default)]
    pub destination_configuration: ::std::option::Option<
        crate::types::DestinationConfiguration,
    >,
    #[serde(rename = "endTimeOffset", default)]
    pub end_time_offset: ::std::option::Option<i64>,
    #[serde(rename = "executionRoleArn", default)]
    pub execution_role_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "lastExecutionStatus", default)]
    pub last_execution_status: ::std::option::Option<crate::types::ExecutionStatus>,
    #[serde(rename = "lastTriggeredTime", default)]
    pub last_triggered_time: ::std::option::Option<i64>,
    #[serde(rename = "lastUpdatedTime", default)]
    pub last_updated_time: ::std::option::Option<i64>,
    #[serde(rename = "logGroupIdentifiers", default)]
    pub log_group_identifiers: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    #[serde(rename = "name", default)]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "queryLanguage", default)]
    pub query_language: ::std::option::Option<crate::types::QueryLanguage>,
    #[serde(rename = "queryString", default)]
    pub query_string: ::std::option::Option<::std::string::String>,
    #[serde(rename = "scheduleEndTime", default)]
    pub schedule_end_time: ::std::option::Option<i64>,
    #[serde(rename = "scheduleExpression", default)]
    pub schedule_expression: ::std::option::Option<::std::string::String>,
    #[serde(rename = "scheduleStartTime", default)]
    pub schedule_start_time: ::std::option::Option<i64>,
    #[serde(rename = "scheduleType", default)]
    pub schedule_type: ::std::option::Option<crate::types::ScheduleType>,
    #[serde(rename = "scheduledQueryArn", default)]
    pub scheduled_query_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "startTimeOffset", default)]
    pub start_time_offset: ::std::option::Option<i64>,
    #[serde(rename = "state", default)]
    pub state: ::std::option::Option<crate::types::ScheduledQueryState>,
    #[serde(rename = "timezone", default)]
    pub timezone: ::std::option::Option<::std::string::String>,
}
impl GetScheduledQueryResponse {
    /// A new [`GetScheduledQueryResponseBuilder`](crate::types::builders::GetScheduledQueryResponseBuilder).
    pub fn builder() -> crate::types::builders::GetScheduledQueryResponseBuilder {
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
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct GetStorageTierPolicyRequest {}
impl GetStorageTierPolicyRequest {
    /// A new [`GetStorageTierPolicyRequestBuilder`](crate::types::builders::GetStorageTierPolicyRequestBuilder).
    pub fn builder() -> crate::types::builders::GetStorageTierPolicyRequestBuilder {
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
pub struct GetStorageTierPolicyResponse {
    #[serde(rename = "lastUpdatedTime", default)]
    pub last_updated_time: ::std::option::Option<i64>,
    #[serde(rename = "storageTier", default)]
    pub storage_tier: ::std::option::Option<crate::types::StorageTier>,
}
impl GetStorageTierPolicyResponse {
    /// A new [`GetStorageTierPolicyResponseBuilder`](crate::types::builders::GetStorageTierPolicyResponseBuilder).
    pub fn builder() -> crate::types::builders::GetStorageTierPolicyResponseBuilder {
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
pub struct GetTransformerRequest {
    #[serde(rename = "logGroupIdentifier")]
    pub log_group_identifier: ::std::string::String,
}
impl GetTransformerRequest {
    /// A new [`GetTransformerRequestBuilder`](crate::types::builders::GetTransformerRequestBuilder).
    pub fn builder() -> crate::types::builders::GetTransformerRequestBuilder {
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
pub struct GetTransformerResponse {
    #[serde(rename = "creationTime", default)]
    pub creation_time: ::std::option::Option<i64>,
    #[serde(rename = "lastModifiedTime", default)]
    pub last_modified_time: ::std::option::Option<i64>,
    #[serde(rename = "logGroupIdentifier", default)]
    pub log_group_identifier: ::std::option::Option<::std::string::String>,
    #[serde(rename = "transformerConfig", default)]
    pub transformer_config: ::std::option::Option<
        ::std::vec::Vec<crate::types::Processor>,
    >,
}
impl GetTransformerResponse {
    /// A new [`GetTransformerResponseBuilder`](crate::types::builders::GetTransformerResponseBuilder).
    pub fn builder() -> crate::types::builders::GetTransformerResponseBuilder {
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
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct Grok {
    #[serde(rename = "match", default)]
    pub r#match: ::std::string::String,
    #[serde(
        rename = "source",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub source: ::std::option::Option<::std::string::String>,
}
impl Grok {
    /// A new [`GrokBuilder`](crate::types::builders::GrokBuilder).
    pub fn builder() -> crate::types::builders::GrokBuilder {
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
pub struct GroupingIdentifier {
    #[serde(rename = "key", default)]
    pub key: ::std::option::Option<::std::string::String>,
    #[serde(rename = "value", default)]
    pub value: ::std::option::Option<::std::string::String>,
}
impl GroupingIdentifier {
    /// A new [`GroupingIdentifierBuilder`](crate::types::builders::GroupingIdentifierBuilder).
    pub fn builder() -> crate::types::builders::GroupingIdentifierBuilder {
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
pub struct Import {
    #[serde(rename = "creationTime", default)]
    pub creation_time: ::std::option::Option<i64>,
    #[serde(rename = "errorMessage", default)]
    pub error_message: ::std::option::Option<::std::string::String>,
    #[serde(rename = "importDestinationArn", default)]
    pub import_destination_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "importFilter", default)]
    pub import_filter: ::std::option::Option<crate::types::ImportFilter>,
    #[serde(rename = "importId", default)]
    pub import_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "importSourceArn", default)]
    pub import_source_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "importStatistics", default)]
    pub import_statistics: ::std::option::Option<crate::types::ImportStatistics>,
    #[serde(rename = "importStatus", default)]
    pub import_status: ::std::option::Option<crate::types::ImportStatus>,
    #[serde(rename = "lastUpdatedTime", default)]
    pub last_updated_time: ::std::option::Option<i64>,
}
impl Import {
    /// A new [`ImportBuilder`](crate::types::builders::ImportBuilder).
    pub fn builder() -> crate::types::builders::ImportBuilder {
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
pub struct ImportBatch {
    #[serde(rename = "batchId", default)]
    pub batch_id: ::std::string::String,
    #[serde(rename = "errorMessage", default)]
    pub error_message: ::std::option::Option<::std::string::String>,
    #[serde(rename = "status")]
    pub status: crate::types::ImportStatus,
}
impl ImportBatch {
    /// A new [`ImportBatchBuilder`](crate::types::builders::ImportBatchBuilder).
    pub fn builder() -> crate::types::builders::ImportBatchBuilder {
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
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ImportFilter {
    #[serde(
        rename = "endEventTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub end_event_time: ::std::option::Option<i64>,
    #[serde(
        rename = "startEventTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub start_event_time: ::std::option::Option<i64>,
}
impl ImportFilter {
    /// A new [`ImportFilterBuilder`](crate::types::builders::ImportFilterBuilder).
    pub fn builder() -> crate::types::builders::ImportFilterBuilder {
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
pub struct ImportStatistics {
    #[serde(rename = "bytesImported", default)]
    pub bytes_imported: ::std::option::Option<i64>,
}
impl ImportStatistics {
    /// A new [`ImportStatisticsBuilder`](crate::types::builders::ImportStatisticsBuilder).
    pub fn builder() -> crate::types::builders::ImportStatisticsBuilder {
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
pub enum ImportStatus {
    /// `IN_PROGRESS`
    InProgress,
    /// `CANCELLED`
    Cancelled,
    /// `COMPLETED`
    Completed,
    /// `FAILED`
    Failed,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl ImportStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::InProgress => "IN_PROGRESS",
            Self::Cancelled => "CANCELLED",
            Self::Completed => "COMPLETED",
            Self::Failed => "FAILED",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["IN_PROGRESS", "CANCELLED", "COMPLETED", "FAILED"]
    }
}
impl ::std::convert::From<&str> for ImportStatus {
    fn from(s: &str) -> Self {
        match s {
            "IN_PROGRESS" => Self::InProgress,
            "CANCELLED" => Self::Cancelled,
            "COMPLETED" => Self::Completed,
            "FAILED" => Self::Failed,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(ImportStatus);
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
pub enum IndexCategory {
    /// `DEFAULT`
    Default,
    /// `CUSTOM`
    Custom,
    /// `AUTO`
    Auto,
    /// `INACTIVE`
    Inactive,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl IndexCategory {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Default => "DEFAULT",
            Self::Custom => "CUSTOM",
            Self::Auto => "AUTO",
            Self::Inactive => "INACTIVE",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["DEFAULT", "CUSTOM", "AUTO", "INACTIVE"]
    }
}
impl ::std::convert::From<&str> for IndexCategory {
    fn from(s: &str) -> Self {
        match s {
            "DEFAULT" => Self::Default,
            "CUSTOM" => Self::Custom,
            "AUTO" => Self::Auto,
            "INACTIVE" => Self::Inactive,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(IndexCategory);
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
pub struct IndexPolicy {
    #[serde(rename = "lastUpdateTime", default)]
    pub last_update_time: ::std::option::Option<i64>,
    #[serde(rename = "logGroupIdentifier", default)]
    pub log_group_identifier: ::std::option::Option<::std::string::String>,
    #[serde(rename = "policyDocument", default)]
    pub policy_document: ::std::option::Option<::std::string::String>,
    #[serde(rename = "policyName", default)]
    pub policy_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "source", default)]
    pub source: ::std::option::Option<crate::types::IndexSource>,
}
impl IndexPolicy {
    /// A new [`IndexPolicyBuilder`](crate::types::builders::IndexPolicyBuilder).
    pub fn builder() -> crate::types::builders::IndexPolicyBuilder {
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
pub enum IndexSource {
    /// `ACCOUNT`
    Account,
    /// `LOG_GROUP`
    LogGroup,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl IndexSource {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Account => "ACCOUNT",
            Self::LogGroup => "LOG_GROUP",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["ACCOUNT", "LOG_GROUP"]
    }
}
impl ::std::convert::From<&str> for IndexSource {
    fn from(s: &str) -> Self {
        match s {
            "ACCOUNT" => Self::Account,
            "LOG_GROUP" => Self::LogGroup,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(IndexSource);
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
pub enum IndexType {
    /// `FACET`
    Facet,
    /// `FIELD_INDEX`
    FieldIndex,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl IndexType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Facet => "FACET",
            Self::FieldIndex => "FIELD_INDEX",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["FACET", "FIELD_INDEX"]
    }
}
impl ::std::convert::From<&str> for IndexType {
    fn from(s: &str) -> Self {
        match s {
            "FACET" => Self::Facet,
            "FIELD_INDEX" => Self::FieldIndex,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(IndexType);
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
pub struct IntegrationDetails {
    #[serde(rename = "openSearchIntegrationDetails", default)]
    pub open_search_integration_details: ::std::option::Option<
        crate::types::OpenSearchIntegrationDetails,
    >,
}
impl IntegrationDetails {
    /// A new [`IntegrationDetailsBuilder`](crate::types::builders::IntegrationDetailsBuilder).
    pub fn builder() -> crate::types::builders::IntegrationDetailsBuilder {
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
pub enum IntegrationStatus {
    /// `PROVISIONING`
    Provisioning,
    /// `ACTIVE`
    Active,
    /// `FAILED`
    Failed,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl IntegrationStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Provisioning => "PROVISIONING",
            Self::Active => "ACTIVE",
            Self::Failed => "FAILED",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["PROVISIONING", "ACTIVE", "FAILED"]
    }
}
impl ::std::convert::From<&str> for IntegrationStatus {
    fn from(s: &str) -> Self {
        match s {
            "PROVISIONING" => Self::Provisioning,
            "ACTIVE" => Self::Active,
            "FAILED" => Self::Failed,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(IntegrationStatus);
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
pub struct IntegrationSummary {
    #[serde(rename = "integrationName", default)]
    pub integration_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "integrationStatus", default)]
    pub integration_status: ::std::option::Option<crate::types::IntegrationStatus>,
    #[serde(rename = "integrationType", default)]
    pub integration_type: ::std::option::Option<crate::types::IntegrationType>,
}
impl IntegrationSummary {
    /// A new [`IntegrationSummaryBuilder`](crate::types::builders::IntegrationSummaryBuilder).
    pub fn builder() -> crate::types::builders::IntegrationSummaryBuilder {
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
pub enum IntegrationType {
    /// `OPENSEARCH`
    Opensearch,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl IntegrationType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Opensearch => "OPENSEARCH",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["OPENSEARCH"]
    }
}
impl ::std::convert::From<&str> for IntegrationType {
    fn from(s: &str) -> Self {
        match s {
            "OPENSEARCH" => Self::Opensearch,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(IntegrationType);
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
pub struct InternalStreamingException {
    /// The error message from the service.
    #[serde(rename = "message", default, alias = "Message")]
    pub message: ::std::option::Option<::std::string::String>,
}
impl InternalStreamingException {
    /// A new [`InternalStreamingExceptionBuilder`](crate::types::builders::InternalStreamingExceptionBuilder).
    pub fn builder() -> crate::types::builders::InternalStreamingExceptionBuilder {
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
pub enum ListAggregateLogGroupSummariesGroupBy {
    /// `DATA_SOURCE_NAME_TYPE_AND_FORMAT`
    DataSourceNameTypeAndFormat,
    /// `DATA_SOURCE_NAME_AND_TYPE`
    DataSourceNameAndType,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl ListAggregateLogGroupSummariesGroupBy {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::DataSourceNameTypeAndFormat => "DATA_SOURCE_NAME_TYPE_AND_FORMAT",
            Self::DataSourceNameAndType => "DATA_SOURCE_NAME_AND_TYPE",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["DATA_SOURCE_NAME_TYPE_AND_FORMAT", "DATA_SOURCE_NAME_AND_TYPE"]
    }
}
impl ::std::convert::From<&str> for ListAggregateLogGroupSummariesGroupBy {
    fn from(s: &str) -> Self {
        match s {
            "DATA_SOURCE_NAME_TYPE_AND_FORMAT" => Self::DataSourceNameTypeAndFormat,
            "DATA_SOURCE_NAME_AND_TYPE" => Self::DataSourceNameAndType,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(ListAggregateLogGroupSummariesGroupBy);
/// From AWS's model: the apis.guru spec lacks it, and the model has no
/// documentation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct ListAggregateLogGroupSummariesRequest {
    #[serde(
        rename = "accountIdentifiers",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub account_identifiers: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    #[serde(
        rename = "dataSources",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub data_sources: ::std::option::Option<
        ::std::vec::Vec<crate::types::DataSourceFilter>,
    >,
    #[serde(rename = "groupBy")]
    pub group_by: crate::types::ListAggregateLogGroupSummariesGroupBy,
    #[serde(
        rename = "includeLinkedAccounts",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub include_linked_accounts: ::std::option::Option<bool>,
    #[serde(
        rename = "limit",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub limit: ::std::option::Option<i64>,
    #[serde(
        rename = "logGroupClass",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub log_group_class: ::std::option::Option<crate::types::LogGroupClass>,
    #[serde(
        rename = "logGroupNamePattern",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub log_group_name_pattern: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "nextToken",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_token: ::std::option::Option<::std::string::String>,
}
impl ListAggregateLogGroupSummariesRequest {
    /// A new [`ListAggregateLogGroupSummariesRequestBuilder`](crate::types::builders::ListAggregateLogGroupSummariesRequestBuilder).
    pub fn builder() -> crate::types::builders::ListAggregateLogGroupSummariesRequestBuilder {
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
pub struct ListAggregateLogGroupSummariesResponse {
    #[serde(rename = "aggregateLogGroupSummaries", default)]
    pub aggregate_log_group_summaries: ::std::option::Option<
        ::std::vec::Vec<crate::types::AggregateLogGroupSummary>,
    >,
    #[serde(rename = "nextToken", default)]
    pub next_token: ::std::option::Option<::std::string::String>,
}
impl ListAggregateLogGroupSummariesResponse {
    /// A new [`ListAggregateLogGroupSummariesResponseBuilder`](crate::types::builders::ListAggregateLogGroupSummariesResponseBuilder).
    pub fn builder() -> crate::types::builders::ListAggregateLogGroupSummariesResponseBuilder {
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
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct ListAnomaliesRequest {
    #[serde(
        rename = "anomalyDetectorArn",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub anomaly_detector_arn: ::std::option::Option<::std::string::String>,
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
    #[serde(
        rename = "suppressionState",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub suppression_state: ::std::option::Option<crate::types::SuppressionState>,
}
impl ListAnomaliesRequest {
    /// A new [`ListAnomaliesRequestBuilder`](crate::types::builders::ListAnomaliesRequestBuilder).
    pub fn builder() -> crate::types::builders::ListAnomaliesRequestBuilder {
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
pub struct ListAnomaliesResponse {
    #[serde(rename = "anomalies", default)]
    pub anomalies: ::std::option::Option<::std::vec::Vec<crate::types::Anomaly>>,
    #[serde(rename = "nextToken", default)]
    pub next_token: ::std::option::Option<::std::string::String>,
}
impl ListAnomaliesResponse {
    /// A new [`ListAnomaliesResponseBuilder`](crate::types::builders::ListAnomaliesResponseBuilder).
    pub fn builder() -> crate::types::builders::ListAnomaliesResponseBuilder {
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
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct ListIntegrationsRequest {
    #[serde(
        rename = "integrationNamePrefix",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub integration_name_prefix: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "integrationStatus",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub integration_status: ::std::option::Option<crate::types::IntegrationStatus>,
    #[serde(
        rename = "integrationType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub integration_type: ::std::option::Option<crate::types::IntegrationType>,
}
impl ListIntegrationsRequest {
    /// A new [`ListIntegrationsRequestBuilder`](crate::types::builders::ListIntegrationsRequestBuilder).
    pub fn builder() -> crate::types::builders::ListIntegrationsRequestBuilder {
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
pub struct ListIntegrationsResponse {
    #[serde(rename = "integrationSummaries", default)]
    pub integration_summaries: ::std::option::Option<
        ::std::vec::Vec<crate::types::IntegrationSummary>,
    >,
}
impl ListIntegrationsResponse {
    /// A new [`ListIntegrationsResponseBuilder`](crate::types::builders::ListIntegrationsResponseBuilder).
    pub fn builder() -> crate::types::builders::ListIntegrationsResponseBuilder {
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
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct ListLogAnomalyDetectorsRequest {
    #[serde(
        rename = "filterLogGroupArn",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub filter_log_group_arn: ::std::option::Option<::std::string::String>,
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
impl ListLogAnomalyDetectorsRequest {
    /// A new [`ListLogAnomalyDetectorsRequestBuilder`](crate::types::builders::ListLogAnomalyDetectorsRequestBuilder).
    pub fn builder() -> crate::types::builders::ListLogAnomalyDetectorsRequestBuilder {
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
pub struct ListLogAnomalyDetectorsResponse {
    #[serde(rename = "anomalyDetectors", default)]
    pub anomaly_detectors: ::std::option::Option<
        ::std::vec::Vec<crate::types::AnomalyDetector>,
    >,
    #[serde(rename = "nextToken", default)]
    pub next_token: ::std::option::Option<::std::string::String>,
}
impl ListLogAnomalyDetectorsResponse {
    /// A new [`ListLogAnomalyDetectorsResponseBuilder`](crate::types::builders::ListLogAnomalyDetectorsResponseBuilder).
    pub fn builder() -> crate::types::builders::ListLogAnomalyDetectorsResponseBuilder {
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
pub struct ListLogGroupsForQueryRequest {
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
    #[serde(rename = "queryId")]
    pub query_id: ::std::string::String,
}
impl ListLogGroupsForQueryRequest {
    /// A new [`ListLogGroupsForQueryRequestBuilder`](crate::types::builders::ListLogGroupsForQueryRequestBuilder).
    pub fn builder() -> crate::types::builders::ListLogGroupsForQueryRequestBuilder {
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
pub struct ListLogGroupsForQueryResponse {
    #[serde(rename = "logGroupIdentifiers", default)]
    pub log_group_identifiers: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    #[serde(rename = "nextToken", default)]
    pub next_token: ::std::option::Option<::std::string::String>,
}
impl ListLogGroupsForQueryResponse {
    /// A new [`ListLogGroupsForQueryResponseBuilder`](crate::types::builders::ListLogGroupsForQueryResponseBuilder).
    pub fn builder() -> crate::types::builders::ListLogGroupsForQueryResponseBuilder {
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
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct ListLogGroupsRequest {
    #[serde(
        rename = "accountIdentifiers",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub account_identifiers: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    #[serde(
        rename = "dataSources",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub data_sources: ::std::option::Option<
        ::std::vec::Vec<crate::types::DataSourceFilter>,
    >,
    #[serde(
        rename = "fieldIndexNames",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub field_index_names: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(
        rename = "includeLinkedAccounts",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub include_linked_accounts: ::std::option::Option<bool>,
    #[serde(
        rename = "limit",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub limit: ::std::option::Option<i64>,
    #[serde(
        rename = "logGroupClass",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub log_group_class: ::std::option::Option<crate::types::LogGroupClass>,
    #[serde(
        rename = "logGroupNamePattern",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub log_group_name_pattern: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "logGroupTags",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub log_group_tags: ::std::option::Option<::std::vec::Vec<crate::types::TagFilter>>,
    #[serde(
        rename = "nextToken",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_token: ::std::option::Option<::std::string::String>,
}
impl ListLogGroupsRequest {
    /// A new [`ListLogGroupsRequestBuilder`](crate::types::builders::ListLogGroupsRequestBuilder).
    pub fn builder() -> crate::types::builders::ListLogGroupsRequestBuilder {
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
pub struct ListLogGroupsResponse {
    #[serde(rename = "logGroups", default)]
    pub log_groups: ::std::option::Option<
        ::std::vec::Vec<crate::types::LogGroupSummary>,
    >,
    #[serde(rename = "nextToken", default)]
    pub next_token: ::std::option::Option<::std::string::String>,
}
impl ListLogGroupsResponse {
    /// A new [`ListLogGroupsResponseBuilder`](crate::types::builders::ListLogGroupsResponseBuilder).
    pub fn builder() -> crate::types::builders::ListLogGroupsResponseBuilder {
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
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct ListScheduledQueriesRequest {
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
    #[serde(
        rename = "scheduleType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub schedule_type: ::std::option::Option<crate::types::ScheduleType>,
    #[serde(
        rename = "state",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub state: ::std::option::Option<crate::types::ScheduledQueryState>,
}
impl ListScheduledQueriesRequest {
    /// A new [`ListScheduledQueriesRequestBuilder`](crate::types::builders::ListScheduledQueriesRequestBuilder).
    pub fn builder() -> crate::types::builders::ListScheduledQueriesRequestBuilder {
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
pub struct ListScheduledQueriesResponse {
    #[serde(rename = "nextToken", default)]
    pub next_token: ::std::option::Option<::std::string::String>,
    #[serde(rename = "scheduledQueries", default)]
    pub scheduled_queries: ::std::option::Option<
        ::std::vec::Vec<crate::types::ScheduledQuerySummary>,
    >,
}
impl ListScheduledQueriesResponse {
    /// A new [`ListScheduledQueriesResponseBuilder`](crate::types::builders::ListScheduledQueriesResponseBuilder).
    pub fn builder() -> crate::types::builders::ListScheduledQueriesResponseBuilder {
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
pub struct ListSourcesForS3TableIntegrationRequest {
    #[serde(rename = "integrationArn")]
    pub integration_arn: ::std::string::String,
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
}
impl ListSourcesForS3TableIntegrationRequest {
    /// A new [`ListSourcesForS3TableIntegrationRequestBuilder`](crate::types::builders::ListSourcesForS3TableIntegrationRequestBuilder).
    pub fn builder() -> crate::types::builders::ListSourcesForS3TableIntegrationRequestBuilder {
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
pub struct ListSourcesForS3TableIntegrationResponse {
    #[serde(rename = "nextToken", default)]
    pub next_token: ::std::option::Option<::std::string::String>,
    #[serde(rename = "sources", default)]
    pub sources: ::std::option::Option<
        ::std::vec::Vec<crate::types::S3TableIntegrationSource>,
    >,
}
impl ListSourcesForS3TableIntegrationResponse {
    /// A new [`ListSourcesForS3TableIntegrationResponseBuilder`](crate::types::builders::ListSourcesForS3TableIntegrationResponseBuilder).
    pub fn builder() -> crate::types::builders::ListSourcesForS3TableIntegrationResponseBuilder {
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
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct ListSyslogConfigurationsRequest {
    #[serde(
        rename = "logGroupIdentifier",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub log_group_identifier: ::std::option::Option<::std::string::String>,
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
    #[serde(
        rename = "vpcEndpointId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub vpc_endpoint_id: ::std::option::Option<::std::string::String>,
}
impl ListSyslogConfigurationsRequest {
    /// A new [`ListSyslogConfigurationsRequestBuilder`](crate::types::builders::ListSyslogConfigurationsRequestBuilder).
    pub fn builder() -> crate::types::builders::ListSyslogConfigurationsRequestBuilder {
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
pub struct ListSyslogConfigurationsResponse {
    #[serde(rename = "nextToken", default)]
    pub next_token: ::std::option::Option<::std::string::String>,
    #[serde(rename = "syslogConfigurations", default)]
    pub syslog_configurations: ::std::option::Option<
        ::std::vec::Vec<crate::types::SyslogConfiguration>,
    >,
}
impl ListSyslogConfigurationsResponse {
    /// A new [`ListSyslogConfigurationsResponseBuilder`](crate::types::builders::ListSyslogConfigurationsResponseBuilder).
    pub fn builder() -> crate::types::builders::ListSyslogConfigurationsResponseBuilder {
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
pub struct ListToMap {
    #[serde(
        rename = "flatten",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub flatten: ::std::option::Option<bool>,
    #[serde(
        rename = "flattenedElement",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub flattened_element: ::std::option::Option<crate::types::FlattenedElement>,
    #[serde(rename = "key", default)]
    pub key: ::std::string::String,
    #[serde(rename = "source", default)]
    pub source: ::std::string::String,
    #[serde(
        rename = "target",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub target: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "valueKey",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub value_key: ::std::option::Option<::std::string::String>,
}
impl ListToMap {
    /// A new [`ListToMapBuilder`](crate::types::builders::ListToMapBuilder).
    pub fn builder() -> crate::types::builders::ListToMapBuilder {
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
pub struct LiveTailSessionLogEvent {
    #[serde(rename = "ingestionTime", default)]
    pub ingestion_time: ::std::option::Option<i64>,
    #[serde(rename = "logGroupIdentifier", default)]
    pub log_group_identifier: ::std::option::Option<::std::string::String>,
    #[serde(rename = "logStreamName", default)]
    pub log_stream_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "message", default, alias = "Message")]
    pub message: ::std::option::Option<::std::string::String>,
    #[serde(rename = "timestamp", default)]
    pub timestamp: ::std::option::Option<i64>,
}
impl LiveTailSessionLogEvent {
    /// A new [`LiveTailSessionLogEventBuilder`](crate::types::builders::LiveTailSessionLogEventBuilder).
    pub fn builder() -> crate::types::builders::LiveTailSessionLogEventBuilder {
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
pub struct LiveTailSessionMetadata {
    #[serde(rename = "sampled", default)]
    pub sampled: ::std::option::Option<bool>,
}
impl LiveTailSessionMetadata {
    /// A new [`LiveTailSessionMetadataBuilder`](crate::types::builders::LiveTailSessionMetadataBuilder).
    pub fn builder() -> crate::types::builders::LiveTailSessionMetadataBuilder {
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
pub struct LiveTailSessionStart {
    #[serde(rename = "logEventFilterPattern", default)]
    pub log_event_filter_pattern: ::std::option::Option<::std::string::String>,
    #[serde(rename = "logGroupIdentifiers", default)]
    pub log_group_identifiers: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    #[serde(rename = "logStreamNamePrefixes", default)]
    pub log_stream_name_prefixes: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    #[serde(rename = "logStreamNames", default)]
    pub log_stream_names: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "requestId", default)]
    pub request_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "sessionId", default)]
    pub session_id: ::std::option::Option<::std::string::String>,
}
impl LiveTailSessionStart {
    /// A new [`LiveTailSessionStartBuilder`](crate::types::builders::LiveTailSessionStartBuilder).
    pub fn builder() -> crate::types::builders::LiveTailSessionStartBuilder {
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
pub struct LiveTailSessionUpdate {
    #[serde(rename = "sessionMetadata", default)]
    pub session_metadata: ::std::option::Option<crate::types::LiveTailSessionMetadata>,
    #[serde(rename = "sessionResults", default)]
    pub session_results: ::std::option::Option<
        ::std::vec::Vec<crate::types::LiveTailSessionLogEvent>,
    >,
}
impl LiveTailSessionUpdate {
    /// A new [`LiveTailSessionUpdateBuilder`](crate::types::builders::LiveTailSessionUpdateBuilder).
    pub fn builder() -> crate::types::builders::LiveTailSessionUpdateBuilder {
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
pub struct LogEvent {
    #[serde(rename = "message", default, alias = "Message")]
    pub message: ::std::option::Option<::std::string::String>,
    #[serde(rename = "timestamp", default)]
    pub timestamp: ::std::option::Option<i64>,
}
impl LogEvent {
    /// A new [`LogEventBuilder`](crate::types::builders::LogEventBuilder).
    pub fn builder() -> crate::types::builders::LogEventBuilder {
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
pub struct LogFieldType {
    #[serde(rename = "element", default)]
    pub element: ::std::option::Option<::std::boxed::Box<crate::types::LogFieldType>>,
    #[serde(rename = "fields", default)]
    pub fields: ::std::option::Option<::std::vec::Vec<crate::types::LogFieldsListItem>>,
    #[serde(rename = "type", default)]
    pub r#type: ::std::option::Option<::std::string::String>,
}
impl LogFieldType {
    /// A new [`LogFieldTypeBuilder`](crate::types::builders::LogFieldTypeBuilder).
    pub fn builder() -> crate::types::builders::LogFieldTypeBuilder {
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
pub struct LogFieldsListItem {
    #[serde(rename = "logFieldName", default)]
    pub log_field_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "logFieldType", default)]
    pub log_field_type: ::std::option::Option<crate::types::LogFieldType>,
}
impl LogFieldsListItem {
    /// A new [`LogFieldsListItemBuilder`](crate::types::builders::LogFieldsListItemBuilder).
    pub fn builder() -> crate::types::builders::LogFieldsListItemBuilder {
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
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "bearerTokenAuthenticationEnabled", default)]
    pub bearer_token_authentication_enabled: ::std::option::Option<bool>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "deletionProtectionEnabled", default)]
    pub deletion_protection_enabled: ::std::option::Option<bool>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "logGroupArn", default)]
    pub log_group_arn: ::std::option::Option<::std::string::String>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "logGroupClass", default)]
    pub log_group_class: ::std::option::Option<crate::types::LogGroupClass>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "retentionPolicyName", default)]
    pub retention_policy_name: ::std::option::Option<::std::string::String>,
}
impl LogGroup {
    /// A new [`LogGroupBuilder`](crate::types::builders::LogGroupBuilder).
    pub fn builder() -> crate::types::builders::LogGroupBuilder {
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
pub enum LogGroupClass {
    /// `STANDARD`
    Standard,
    /// `INFREQUENT_ACCESS`
    InfrequentAccess,
    /// `DELIVERY`
    Delivery,
    /// `ESSENTIALS`
    Essentials,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl LogGroupClass {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Standard => "STANDARD",
            Self::InfrequentAccess => "INFREQUENT_ACCESS",
            Self::Delivery => "DELIVERY",
            Self::Essentials => "ESSENTIALS",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["STANDARD", "INFREQUENT_ACCESS", "DELIVERY", "ESSENTIALS"]
    }
}
impl ::std::convert::From<&str> for LogGroupClass {
    fn from(s: &str) -> Self {
        match s {
            "STANDARD" => Self::Standard,
            "INFREQUENT_ACCESS" => Self::InfrequentAccess,
            "DELIVERY" => Self::Delivery,
            "ESSENTIALS" => Self::Essentials,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(LogGroupClass);
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
pub struct LogGroupImpact {
    #[serde(rename = "currentRetention", default)]
    pub current_retention: ::std::option::Option<::std::string::String>,
    #[serde(rename = "logGroupName", default)]
    pub log_group_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "proposedRetention", default)]
    pub proposed_retention: ::std::option::Option<::std::string::String>,
    #[serde(rename = "storedBytes", default)]
    pub stored_bytes: ::std::option::Option<i64>,
}
impl LogGroupImpact {
    /// A new [`LogGroupImpactBuilder`](crate::types::builders::LogGroupImpactBuilder).
    pub fn builder() -> crate::types::builders::LogGroupImpactBuilder {
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
pub struct LogGroupSummary {
    #[serde(rename = "logGroupArn", default)]
    pub log_group_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "logGroupClass", default)]
    pub log_group_class: ::std::option::Option<crate::types::LogGroupClass>,
    #[serde(rename = "logGroupName", default)]
    pub log_group_name: ::std::option::Option<::std::string::String>,
}
impl LogGroupSummary {
    /// A new [`LogGroupSummaryBuilder`](crate::types::builders::LogGroupSummaryBuilder).
    pub fn builder() -> crate::types::builders::LogGroupSummaryBuilder {
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
pub struct LookupTable {
    #[serde(rename = "description", default)]
    pub description: ::std::option::Option<::std::string::String>,
    #[serde(rename = "kmsKeyId", default)]
    pub kms_key_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "lastUpdatedTime", default)]
    pub last_updated_time: ::std::option::Option<i64>,
    #[serde(rename = "lookupTableArn", default)]
    pub lookup_table_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "lookupTableName", default)]
    pub lookup_table_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "recordsCount", default)]
    pub records_count: ::std::option::Option<i64>,
    #[serde(rename = "sizeBytes", default)]
    pub size_bytes: ::std::option::Option<i64>,
    #[serde(rename = "tableFields", default)]
    pub table_fields: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
impl LookupTable {
    /// A new [`LookupTableBuilder`](crate::types::builders::LookupTableBuilder).
    pub fn builder() -> crate::types::builders::LookupTableBuilder {
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
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct LookupTableConfiguration {
    #[serde(
        rename = "description",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "kmsKeyId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub kms_key_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "roleArn", default)]
    pub role_arn: ::std::string::String,
    #[serde(rename = "tableName", default)]
    pub table_name: ::std::string::String,
    #[serde(
        rename = "tags",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
}
impl LookupTableConfiguration {
    /// A new [`LookupTableConfigurationBuilder`](crate::types::builders::LookupTableConfigurationBuilder).
    pub fn builder() -> crate::types::builders::LookupTableConfigurationBuilder {
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
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct LowerCaseString {
    #[serde(rename = "withKeys", default)]
    pub with_keys: ::std::vec::Vec<::std::string::String>,
}
impl LowerCaseString {
    /// A new [`LowerCaseStringBuilder`](crate::types::builders::LowerCaseStringBuilder).
    pub fn builder() -> crate::types::builders::LowerCaseStringBuilder {
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
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "applyOnTransformedLogs", default)]
    pub apply_on_transformed_logs: ::std::option::Option<bool>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "emitSystemFieldDimensions", default)]
    pub emit_system_field_dimensions: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "fieldSelectionCriteria", default)]
    pub field_selection_criteria: ::std::option::Option<::std::string::String>,
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
pub struct MoveKeyEntry {
    #[serde(
        rename = "overwriteIfExists",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub overwrite_if_exists: ::std::option::Option<bool>,
    #[serde(rename = "source", default)]
    pub source: ::std::string::String,
    #[serde(rename = "target", default)]
    pub target: ::std::string::String,
}
impl MoveKeyEntry {
    /// A new [`MoveKeyEntryBuilder`](crate::types::builders::MoveKeyEntryBuilder).
    pub fn builder() -> crate::types::builders::MoveKeyEntryBuilder {
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
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct MoveKeys {
    #[serde(rename = "entries", default)]
    pub entries: ::std::vec::Vec<crate::types::MoveKeyEntry>,
}
impl MoveKeys {
    /// A new [`MoveKeysBuilder`](crate::types::builders::MoveKeysBuilder).
    pub fn builder() -> crate::types::builders::MoveKeysBuilder {
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
pub enum OcsfVersion {
    /// `V1.1`
    V11,
    /// `V1.5`
    V15,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl OcsfVersion {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::V11 => "V1.1",
            Self::V15 => "V1.5",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["V1.1", "V1.5"]
    }
}
impl ::std::convert::From<&str> for OcsfVersion {
    fn from(s: &str) -> Self {
        match s {
            "V1.1" => Self::V11,
            "V1.5" => Self::V15,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(OcsfVersion);
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
pub struct OpenSearchApplication {
    #[serde(rename = "applicationArn", default)]
    pub application_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "applicationEndpoint", default)]
    pub application_endpoint: ::std::option::Option<::std::string::String>,
    #[serde(rename = "applicationId", default)]
    pub application_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "status", default)]
    pub status: ::std::option::Option<crate::types::OpenSearchResourceStatus>,
}
impl OpenSearchApplication {
    /// A new [`OpenSearchApplicationBuilder`](crate::types::builders::OpenSearchApplicationBuilder).
    pub fn builder() -> crate::types::builders::OpenSearchApplicationBuilder {
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
pub struct OpenSearchCollection {
    #[serde(rename = "collectionArn", default)]
    pub collection_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "collectionEndpoint", default)]
    pub collection_endpoint: ::std::option::Option<::std::string::String>,
    #[serde(rename = "status", default)]
    pub status: ::std::option::Option<crate::types::OpenSearchResourceStatus>,
}
impl OpenSearchCollection {
    /// A new [`OpenSearchCollectionBuilder`](crate::types::builders::OpenSearchCollectionBuilder).
    pub fn builder() -> crate::types::builders::OpenSearchCollectionBuilder {
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
pub struct OpenSearchDataAccessPolicy {
    #[serde(rename = "policyName", default)]
    pub policy_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "status", default)]
    pub status: ::std::option::Option<crate::types::OpenSearchResourceStatus>,
}
impl OpenSearchDataAccessPolicy {
    /// A new [`OpenSearchDataAccessPolicyBuilder`](crate::types::builders::OpenSearchDataAccessPolicyBuilder).
    pub fn builder() -> crate::types::builders::OpenSearchDataAccessPolicyBuilder {
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
pub struct OpenSearchDataSource {
    #[serde(rename = "dataSourceName", default)]
    pub data_source_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "status", default)]
    pub status: ::std::option::Option<crate::types::OpenSearchResourceStatus>,
}
impl OpenSearchDataSource {
    /// A new [`OpenSearchDataSourceBuilder`](crate::types::builders::OpenSearchDataSourceBuilder).
    pub fn builder() -> crate::types::builders::OpenSearchDataSourceBuilder {
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
pub struct OpenSearchEncryptionPolicy {
    #[serde(rename = "policyName", default)]
    pub policy_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "status", default)]
    pub status: ::std::option::Option<crate::types::OpenSearchResourceStatus>,
}
impl OpenSearchEncryptionPolicy {
    /// A new [`OpenSearchEncryptionPolicyBuilder`](crate::types::builders::OpenSearchEncryptionPolicyBuilder).
    pub fn builder() -> crate::types::builders::OpenSearchEncryptionPolicyBuilder {
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
pub struct OpenSearchIntegrationDetails {
    #[serde(rename = "accessPolicy", default)]
    pub access_policy: ::std::option::Option<crate::types::OpenSearchDataAccessPolicy>,
    #[serde(rename = "application", default)]
    pub application: ::std::option::Option<crate::types::OpenSearchApplication>,
    #[serde(rename = "collection", default)]
    pub collection: ::std::option::Option<crate::types::OpenSearchCollection>,
    #[serde(rename = "dataSource", default)]
    pub data_source: ::std::option::Option<crate::types::OpenSearchDataSource>,
    #[serde(rename = "encryptionPolicy", default)]
    pub encryption_policy: ::std::option::Option<
        crate::types::OpenSearchEncryptionPolicy,
    >,
    #[serde(rename = "lifecyclePolicy", default)]
    pub lifecycle_policy: ::std::option::Option<crate::types::OpenSearchLifecyclePolicy>,
    #[serde(rename = "networkPolicy", default)]
    pub network_policy: ::std::option::Option<crate::types::OpenSearchNetworkPolicy>,
    #[serde(rename = "workspace", default)]
    pub workspace: ::std::option::Option<crate::types::OpenSearchWorkspace>,
}
impl OpenSearchIntegrationDetails {
    /// A new [`OpenSearchIntegrationDetailsBuilder`](crate::types::builders::OpenSearchIntegrationDetailsBuilder).
    pub fn builder() -> crate::types::builders::OpenSearchIntegrationDetailsBuilder {
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
pub struct OpenSearchLifecyclePolicy {
    #[serde(rename = "policyName", default)]
    pub policy_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "status", default)]
    pub status: ::std::option::Option<crate::types::OpenSearchResourceStatus>,
}
impl OpenSearchLifecyclePolicy {
    /// A new [`OpenSearchLifecyclePolicyBuilder`](crate::types::builders::OpenSearchLifecyclePolicyBuilder).
    pub fn builder() -> crate::types::builders::OpenSearchLifecyclePolicyBuilder {
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
pub struct OpenSearchNetworkPolicy {
    #[serde(rename = "policyName", default)]
    pub policy_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "status", default)]
    pub status: ::std::option::Option<crate::types::OpenSearchResourceStatus>,
}
impl OpenSearchNetworkPolicy {
    /// A new [`OpenSearchNetworkPolicyBuilder`](crate::types::builders::OpenSearchNetworkPolicyBuilder).
    pub fn builder() -> crate::types::builders::OpenSearchNetworkPolicyBuilder {
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
pub struct OpenSearchResourceConfig {
    #[serde(
        rename = "applicationArn",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub application_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "dashboardViewerPrincipals")]
    pub dashboard_viewer_principals: ::std::vec::Vec<::std::string::String>,
    #[serde(rename = "dataSourceRoleArn")]
    pub data_source_role_arn: ::std::string::String,
    #[serde(
        rename = "kmsKeyArn",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub kms_key_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "retentionDays")]
    pub retention_days: i64,
}
impl OpenSearchResourceConfig {
    /// A new [`OpenSearchResourceConfigBuilder`](crate::types::builders::OpenSearchResourceConfigBuilder).
    pub fn builder() -> crate::types::builders::OpenSearchResourceConfigBuilder {
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
pub struct OpenSearchResourceStatus {
    #[serde(rename = "status", default)]
    pub status: ::std::option::Option<crate::types::OpenSearchResourceStatusType>,
    #[serde(rename = "statusMessage", default)]
    pub status_message: ::std::option::Option<::std::string::String>,
}
impl OpenSearchResourceStatus {
    /// A new [`OpenSearchResourceStatusBuilder`](crate::types::builders::OpenSearchResourceStatusBuilder).
    pub fn builder() -> crate::types::builders::OpenSearchResourceStatusBuilder {
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
pub enum OpenSearchResourceStatusType {
    /// `ACTIVE`
    Active,
    /// `NOT_FOUND`
    NotFound,
    /// `ERROR`
    Error,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl OpenSearchResourceStatusType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Active => "ACTIVE",
            Self::NotFound => "NOT_FOUND",
            Self::Error => "ERROR",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["ACTIVE", "NOT_FOUND", "ERROR"]
    }
}
impl ::std::convert::From<&str> for OpenSearchResourceStatusType {
    fn from(s: &str) -> Self {
        match s {
            "ACTIVE" => Self::Active,
            "NOT_FOUND" => Self::NotFound,
            "ERROR" => Self::Error,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(OpenSearchResourceStatusType);
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
pub struct OpenSearchWorkspace {
    #[serde(rename = "status", default)]
    pub status: ::std::option::Option<crate::types::OpenSearchResourceStatus>,
    #[serde(rename = "workspaceId", default)]
    pub workspace_id: ::std::option::Option<::std::string::String>,
}
impl OpenSearchWorkspace {
    /// A new [`OpenSearchWorkspaceBuilder`](crate::types::builders::OpenSearchWorkspaceBuilder).
    pub fn builder() -> crate::types::builders::OpenSearchWorkspaceBuilder {
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
pub enum OutputFormat {
    /// `json`
    Json,
    /// `plain`
    Plain,
    /// `w3c`
    W3c,
    /// `raw`
    Raw,
    /// `parquet`
    Parquet,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl OutputFormat {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Json => "json",
            Self::Plain => "plain",
            Self::W3c => "w3c",
            Self::Raw => "raw",
            Self::Parquet => "parquet",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["json", "plain", "w3c", "raw", "parquet"]
    }
}
impl ::std::convert::From<&str> for OutputFormat {
    fn from(s: &str) -> Self {
        match s {
            "json" => Self::Json,
            "plain" => Self::Plain,
            "w3c" => Self::W3c,
            "raw" => Self::Raw,
            "parquet" => Self::Parquet,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(OutputFormat);
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
/// From AWS's model: the apis.guru spec lacks it, and the model has no
/// documentation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ParseCloudfront {
    #[serde(
        rename = "source",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub source: ::std::option::Option<::std::string::String>,
}
impl ParseCloudfront {
    /// A new [`ParseCloudfrontBuilder`](crate::types::builders::ParseCloudfrontBuilder).
    pub fn builder() -> crate::types::builders::ParseCloudfrontBuilder {
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
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ParseJson {
    #[serde(
        rename = "destination",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub destination: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "source",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub source: ::std::option::Option<::std::string::String>,
}
impl ParseJson {
    /// A new [`ParseJsonBuilder`](crate::types::builders::ParseJsonBuilder).
    pub fn builder() -> crate::types::builders::ParseJsonBuilder {
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
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ParseKeyValue {
    #[serde(
        rename = "destination",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub destination: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "fieldDelimiter",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub field_delimiter: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "keyPrefix",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub key_prefix: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "keyValueDelimiter",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub key_value_delimiter: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "nonMatchValue",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub non_match_value: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "overwriteIfExists",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub overwrite_if_exists: ::std::option::Option<bool>,
    #[serde(
        rename = "source",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub source: ::std::option::Option<::std::string::String>,
}
impl ParseKeyValue {
    /// A new [`ParseKeyValueBuilder`](crate::types::builders::ParseKeyValueBuilder).
    pub fn builder() -> crate::types::builders::ParseKeyValueBuilder {
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
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ParsePostgres {
    #[serde(
        rename = "source",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub source: ::std::option::Option<::std::string::String>,
}
impl ParsePostgres {
    /// A new [`ParsePostgresBuilder`](crate::types::builders::ParsePostgresBuilder).
    pub fn builder() -> crate::types::builders::ParsePostgresBuilder {
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
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ParseRoute53 {
    #[serde(
        rename = "source",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub source: ::std::option::Option<::std::string::String>,
}
impl ParseRoute53 {
    /// A new [`ParseRoute53Builder`](crate::types::builders::ParseRoute53Builder).
    pub fn builder() -> crate::types::builders::ParseRoute53Builder {
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
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ParseToOcsf {
    #[serde(rename = "eventSource")]
    pub event_source: crate::types::EventSource,
    #[serde(
        rename = "mappingVersion",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub mapping_version: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ocsfVersion")]
    pub ocsf_version: crate::types::OcsfVersion,
    #[serde(
        rename = "source",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub source: ::std::option::Option<::std::string::String>,
}
impl ParseToOcsf {
    /// A new [`ParseToOcsfBuilder`](crate::types::builders::ParseToOcsfBuilder).
    pub fn builder() -> crate::types::builders::ParseToOcsfBuilder {
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
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ParseVpc {
    #[serde(
        rename = "source",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub source: ::std::option::Option<::std::string::String>,
}
impl ParseVpc {
    /// A new [`ParseVpcBuilder`](crate::types::builders::ParseVpcBuilder).
    pub fn builder() -> crate::types::builders::ParseVpcBuilder {
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
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ParseWaf {
    #[serde(
        rename = "source",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub source: ::std::option::Option<::std::string::String>,
}
impl ParseWaf {
    /// A new [`ParseWafBuilder`](crate::types::builders::ParseWafBuilder).
    pub fn builder() -> crate::types::builders::ParseWafBuilder {
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
pub struct PatternToken {
    #[serde(rename = "dynamicTokenPosition", default)]
    pub dynamic_token_position: ::std::option::Option<i64>,
    #[serde(rename = "enumerations", default)]
    pub enumerations: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, i64>,
    >,
    #[serde(rename = "inferredTokenName", default)]
    pub inferred_token_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "isDynamic", default)]
    pub is_dynamic: ::std::option::Option<bool>,
    #[serde(rename = "tokenString", default)]
    pub token_string: ::std::option::Option<::std::string::String>,
}
impl PatternToken {
    /// A new [`PatternTokenBuilder`](crate::types::builders::PatternTokenBuilder).
    pub fn builder() -> crate::types::builders::PatternTokenBuilder {
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
pub struct Policy {
    #[serde(rename = "deliveryDestinationPolicy", default)]
    pub delivery_destination_policy: ::std::option::Option<::std::string::String>,
}
impl Policy {
    /// A new [`PolicyBuilder`](crate::types::builders::PolicyBuilder).
    pub fn builder() -> crate::types::builders::PolicyBuilder {
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
pub enum PolicyScope {
    /// `ACCOUNT`
    Account,
    /// `RESOURCE`
    Resource,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl PolicyScope {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Account => "ACCOUNT",
            Self::Resource => "RESOURCE",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["ACCOUNT", "RESOURCE"]
    }
}
impl ::std::convert::From<&str> for PolicyScope {
    fn from(s: &str) -> Self {
        match s {
            "ACCOUNT" => Self::Account,
            "RESOURCE" => Self::Resource,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(PolicyScope);
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
    /// `SUBSCRIPTION_FILTER_POLICY`
    SubscriptionFilterPolicy,
    /// `FIELD_INDEX_POLICY`
    FieldIndexPolicy,
    /// `TRANSFORMER_POLICY`
    TransformerPolicy,
    /// `METRIC_EXTRACTION_POLICY`
    MetricExtractionPolicy,
    /// `RETENTION_POLICY`
    RetentionPolicy,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl PolicyType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::DataProtectionPolicy => "DATA_PROTECTION_POLICY",
            Self::SubscriptionFilterPolicy => "SUBSCRIPTION_FILTER_POLICY",
            Self::FieldIndexPolicy => "FIELD_INDEX_POLICY",
            Self::TransformerPolicy => "TRANSFORMER_POLICY",
            Self::MetricExtractionPolicy => "METRIC_EXTRACTION_POLICY",
            Self::RetentionPolicy => "RETENTION_POLICY",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &[
            "DATA_PROTECTION_POLICY",
            "SUBSCRIPTION_FILTER_POLICY",
            "FIELD_INDEX_POLICY",
            "TRANSFORMER_POLICY",
            "METRIC_EXTRACTION_POLICY",
            "RETENTION_POLICY",
        ]
    }
}
impl ::std::convert::From<&str> for PolicyType {
    fn from(s: &str) -> Self {
        match s {
            "DATA_PROTECTION_POLICY" => Self::DataProtectionPolicy,
            "SUBSCRIPTION_FILTER_POLICY" => Self::SubscriptionFilterPolicy,
            "FIELD_INDEX_POLICY" => Self::FieldIndexPolicy,
            "TRANSFORMER_POLICY" => Self::TransformerPolicy,
            "METRIC_EXTRACTION_POLICY" => Self::MetricExtractionPolicy,
            "RETENTION_POLICY" => Self::RetentionPolicy,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(PolicyType);
/// From AWS's model: the apis.guru spec lacks it, and the model has no
/// documentation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct Processor {
    #[serde(
        rename = "addKeys",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub add_keys: ::std::option::Option<crate::types::AddKeys>,
    #[serde(
        rename = "copyValue",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub copy_value: ::std::option::Option<crate::types::CopyValue>,
    #[serde(
        rename = "csv",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub csv: ::std::option::Option<crate::types::Csv>,
    #[serde(
        rename = "dateTimeConverter",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub date_time_converter: ::std::option::Option<crate::types::DateTimeConverter>,
    #[serde(
        rename = "deleteKeys",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub delete_keys: ::std::option::Option<crate::types::DeleteKeys>,
    #[serde(
        rename = "grok",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub grok: ::std::option::Option<crate::types::Grok>,
    #[serde(
        rename = "listToMap",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub list_to_map: ::std::option::Option<crate::types::ListToMap>,
    #[serde(
        rename = "lowerCaseString",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub lower_case_string: ::std::option::Option<crate::types::LowerCaseString>,
    #[serde(
        rename = "moveKeys",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub move_keys: ::std::option::Option<crate::types::MoveKeys>,
    #[serde(
        rename = "parseCloudfront",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub parse_cloudfront: ::std::option::Option<crate::types::ParseCloudfront>,
    #[serde(
        rename = "parseJSON",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub parse_json: ::std::option::Option<crate::types::ParseJson>,
    #[serde(
        rename = "parseKeyValue",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub parse_key_value: ::std::option::Option<crate::types::ParseKeyValue>,
    #[serde(
        rename = "parsePostgres",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub parse_postgres: ::std::option::Option<crate::types::ParsePostgres>,
    #[serde(
        rename = "parseRoute53",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub parse_route53: ::std::option::Option<crate::types::ParseRoute53>,
    #[serde(
        rename = "parseToOCSF",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub parse_to_ocsf: ::std::option::Option<crate::types::ParseToOcsf>,
    #[serde(
        rename = "parseVPC",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub parse_vpc: ::std::option::Option<crate::types::ParseVpc>,
    #[serde(
        rename = "parseWAF",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub parse_waf: ::std::option::Option<crate::types::ParseWaf>,
    #[serde(
        rename = "renameKeys",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub rename_keys: ::std::option::Option<crate::types::RenameKeys>,
    #[serde(
        rename = "splitString",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub split_string: ::std::option::Option<crate::types::SplitString>,
    #[serde(
        rename = "substituteString",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub substitute_string: ::std::option::Option<crate::types::SubstituteString>,
    #[serde(
        rename = "trimString",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub trim_string: ::std::option::Option<crate::types::TrimString>,
    #[serde(
        rename = "typeConverter",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub type_converter: ::std::option::Option<crate::types::TypeConverter>,
    #[serde(
        rename = "upperCaseString",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub upper_case_string: ::std::option::Option<crate::types::UpperCaseString>,
}
impl Processor {
    /// A new [`ProcessorBuilder`](crate::types::builders::ProcessorBuilder).
    pub fn builder() -> crate::types::builders::ProcessorBuilder {
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
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "dryRun",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dry_run: ::std::option::Option<bool>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "selectionCriteria",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub selection_criteria: ::std::option::Option<::std::string::String>,
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
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "dryRunResult", default)]
    pub dry_run_result: ::std::option::Option<crate::types::DryRunResult>,
}
impl PutAccountPolicyResponse {
    /// A new [`PutAccountPolicyResponseBuilder`](crate::types::builders::PutAccountPolicyResponseBuilder).
    pub fn builder() -> crate::types::builders::PutAccountPolicyResponseBuilder {
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
pub struct PutBearerTokenAuthenticationRequest {
    #[serde(rename = "bearerTokenAuthenticationEnabled")]
    pub bearer_token_authentication_enabled: bool,
    #[serde(rename = "logGroupIdentifier")]
    pub log_group_identifier: ::std::string::String,
}
impl PutBearerTokenAuthenticationRequest {
    /// A new [`PutBearerTokenAuthenticationRequestBuilder`](crate::types::builders::PutBearerTokenAuthenticationRequestBuilder).
    pub fn builder() -> crate::types::builders::PutBearerTokenAuthenticationRequestBuilder {
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
/// From AWS's model: the apis.guru spec lacks it, and the model has no
/// documentation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct PutDeliveryDestinationPolicyRequest {
    #[serde(rename = "deliveryDestinationName")]
    pub delivery_destination_name: ::std::string::String,
    #[serde(rename = "deliveryDestinationPolicy")]
    pub delivery_destination_policy: ::std::string::String,
}
impl PutDeliveryDestinationPolicyRequest {
    /// A new [`PutDeliveryDestinationPolicyRequestBuilder`](crate::types::builders::PutDeliveryDestinationPolicyRequestBuilder).
    pub fn builder() -> crate::types::builders::PutDeliveryDestinationPolicyRequestBuilder {
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
pub struct PutDeliveryDestinationPolicyResponse {
    #[serde(rename = "policy", default)]
    pub policy: ::std::option::Option<crate::types::Policy>,
}
impl PutDeliveryDestinationPolicyResponse {
    /// A new [`PutDeliveryDestinationPolicyResponseBuilder`](crate::types::builders::PutDeliveryDestinationPolicyResponseBuilder).
    pub fn builder() -> crate::types::builders::PutDeliveryDestinationPolicyResponseBuilder {
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
pub struct PutDeliveryDestinationRequest {
    #[serde(
        rename = "deliveryDestinationConfiguration",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub delivery_destination_configuration: ::std::option::Option<
        crate::types::DeliveryDestinationConfiguration,
    >,
    #[serde(
        rename = "deliveryDestinationType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub delivery_destination_type: ::std::option::Option<
        crate::types::DeliveryDestinationType,
    >,
    #[serde(rename = "name")]
    pub name: ::std::string::String,
    #[serde(
        rename = "outputFormat",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub output_format: ::std::option::Option<crate::types::OutputFormat>,
    #[serde(
        rename = "roleArn",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub role_arn: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "tags",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
}
impl PutDeliveryDestinationRequest {
    /// A new [`PutDeliveryDestinationRequestBuilder`](crate::types::builders::PutDeliveryDestinationRequestBuilder).
    pub fn builder() -> crate::types::builders::PutDeliveryDestinationRequestBuilder {
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
pub struct PutDeliveryDestinationResponse {
    #[serde(rename = "deliveryDestination", default)]
    pub delivery_destination: ::std::option::Option<crate::types::DeliveryDestination>,
}
impl PutDeliveryDestinationResponse {
    /// A new [`PutDeliveryDestinationResponseBuilder`](crate::types::builders::PutDeliveryDestinationResponseBuilder).
    pub fn builder() -> crate::types::builders::PutDeliveryDestinationResponseBuilder {
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
pub struct PutDeliverySourceRequest {
    #[serde(
        rename = "deliverySourceConfiguration",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub delivery_source_configuration: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    #[serde(rename = "logType")]
    pub log_type: ::std::string::String,
    #[serde(rename = "name")]
    pub name: ::std::string::String,
    #[serde(rename = "resourceArn")]
    pub resource_arn: ::std::string::String,
    #[serde(
        rename = "tags",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
}
impl PutDeliverySourceRequest {
    /// A new [`PutDeliverySourceRequestBuilder`](crate::types::builders::PutDeliverySourceRequestBuilder).
    pub fn builder() -> crate::types::builders::PutDeliverySourceRequestBuilder {
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
pub struct PutDeliverySourceResponse {
    #[serde(rename = "deliverySource", default)]
    pub delivery_source: ::std::option::Option<crate::types::DeliverySource>,
}
impl PutDeliverySourceResponse {
    /// A new [`PutDeliverySourceResponseBuilder`](crate::types::builders::PutDeliverySourceResponseBuilder).
    pub fn builder() -> crate::types::builders::PutDeliverySourceResponseBuilder {
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
/// From AWS's model: the apis.guru spec lacks it, and the model has no
/// documentation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct PutIndexPolicyRequest {
    #[serde(rename = "logGroupIdentifier")]
    pub log_group_identifier: ::std::string::String,
    #[serde(rename = "policyDocument")]
    pub policy_document: ::std::string::String,
}
impl PutIndexPolicyRequest {
    /// A new [`PutIndexPolicyRequestBuilder`](crate::types::builders::PutIndexPolicyRequestBuilder).
    pub fn builder() -> crate::types::builders::PutIndexPolicyRequestBuilder {
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
pub struct PutIndexPolicyResponse {
    #[serde(rename = "indexPolicy", default)]
    pub index_policy: ::std::option::Option<crate::types::IndexPolicy>,
}
impl PutIndexPolicyResponse {
    /// A new [`PutIndexPolicyResponseBuilder`](crate::types::builders::PutIndexPolicyResponseBuilder).
    pub fn builder() -> crate::types::builders::PutIndexPolicyResponseBuilder {
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
pub struct PutIntegrationRequest {
    #[serde(rename = "integrationName")]
    pub integration_name: ::std::string::String,
    #[serde(rename = "integrationType")]
    pub integration_type: crate::types::IntegrationType,
    #[serde(rename = "resourceConfig")]
    pub resource_config: crate::types::ResourceConfig,
}
impl PutIntegrationRequest {
    /// A new [`PutIntegrationRequestBuilder`](crate::types::builders::PutIntegrationRequestBuilder).
    pub fn builder() -> crate::types::builders::PutIntegrationRequestBuilder {
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
pub struct PutIntegrationResponse {
    #[serde(rename = "integrationName", default)]
    pub integration_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "integrationStatus", default)]
    pub integration_status: ::std::option::Option<crate::types::IntegrationStatus>,
}
impl PutIntegrationResponse {
    /// A new [`PutIntegrationResponseBuilder`](crate::types::builders::PutIntegrationResponseBuilder).
    pub fn builder() -> crate::types::builders::PutIntegrationResponseBuilder {
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
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "entity",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub entity: ::std::option::Option<crate::types::Entity>,
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
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "rejectedEntityInfo", default)]
    pub rejected_entity_info: ::std::option::Option<crate::types::RejectedEntityInfo>,
}
impl PutLogEventsResponse {
    /// A new [`PutLogEventsResponseBuilder`](crate::types::builders::PutLogEventsResponseBuilder).
    pub fn builder() -> crate::types::builders::PutLogEventsResponseBuilder {
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
pub struct PutLogGroupDeletionProtectionRequest {
    #[serde(rename = "deletionProtectionEnabled")]
    pub deletion_protection_enabled: bool,
    #[serde(rename = "logGroupIdentifier")]
    pub log_group_identifier: ::std::string::String,
}
impl PutLogGroupDeletionProtectionRequest {
    /// A new [`PutLogGroupDeletionProtectionRequestBuilder`](crate::types::builders::PutLogGroupDeletionProtectionRequestBuilder).
    pub fn builder() -> crate::types::builders::PutLogGroupDeletionProtectionRequestBuilder {
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
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "applyOnTransformedLogs",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub apply_on_transformed_logs: ::std::option::Option<bool>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "emitSystemFieldDimensions",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub emit_system_field_dimensions: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "fieldSelectionCriteria",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub field_selection_criteria: ::std::option::Option<::std::string::String>,
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
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// If not set, `send()` fills it with a random UUID (version 4), as the AWS SDKs
    /// do; every retry of that call sends the same one.
    #[serde(
        rename = "clientToken",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub client_token: ::std::option::Option<::std::string::String>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "parameters",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub parameters: ::std::option::Option<::std::vec::Vec<crate::types::QueryParameter>>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "queryLanguage",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub query_language: ::std::option::Option<crate::types::QueryLanguage>,
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
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "expectedRevisionId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub expected_revision_id: ::std::option::Option<::std::string::String>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "resourceArn",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_arn: ::std::option::Option<::std::string::String>,
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
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "revisionId", default)]
    pub revision_id: ::std::option::Option<::std::string::String>,
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
/// From AWS's model: the apis.guru spec lacks it, and the model has no
/// documentation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct PutStorageTierPolicyRequest {
    #[serde(rename = "storageTier")]
    pub storage_tier: crate::types::StorageTier,
}
impl PutStorageTierPolicyRequest {
    /// A new [`PutStorageTierPolicyRequestBuilder`](crate::types::builders::PutStorageTierPolicyRequestBuilder).
    pub fn builder() -> crate::types::builders::PutStorageTierPolicyRequestBuilder {
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
pub struct PutStorageTierPolicyResponse {
    #[serde(rename = "lastUpdatedTime", default)]
    pub last_updated_time: ::std::option::Option<i64>,
    #[serde(rename = "storageTier", default)]
    pub storage_tier: ::std::option::Option<crate::types::StorageTier>,
}
impl PutStorageTierPolicyResponse {
    /// A new [`PutStorageTierPolicyResponseBuilder`](crate::types::builders::PutStorageTierPolicyResponseBuilder).
    pub fn builder() -> crate::types::builders::PutStorageTierPolicyResponseBuilder {
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
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "applyOnTransformedLogs",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub apply_on_transformed_logs: ::std::option::Option<bool>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "emitSystemFields",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub emit_system_fields: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "fieldSelectionCriteria",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub field_selection_criteria: ::std::option::Option<::std::string::String>,
}
impl PutSubscriptionFilterRequest {
    /// A new [`PutSubscriptionFilterRequestBuilder`](crate::types::builders::PutSubscriptionFilterRequestBuilder).
    pub fn builder() -> crate::types::builders::PutSubscriptionFilterRequestBuilder {
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
pub struct PutSyslogConfigurationRequest {
    #[serde(rename = "logGroupIdentifier")]
    pub log_group_identifier: ::std::string::String,
    #[serde(
        rename = "vpcEndpointId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub vpc_endpoint_id: ::std::option::Option<::std::string::String>,
}
impl PutSyslogConfigurationRequest {
    /// A new [`PutSyslogConfigurationRequestBuilder`](crate::types::builders::PutSyslogConfigurationRequestBuilder).
    pub fn builder() -> crate::types::builders::PutSyslogConfigurationRequestBuilder {
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
pub struct PutTransformerRequest {
    #[serde(rename = "logGroupIdentifier")]
    pub log_group_identifier: ::std::string::String,
    #[serde(rename = "transformerConfig")]
    pub transformer_config: ::std::vec::Vec<crate::types::Processor>,
}
impl PutTransformerRequest {
    /// A new [`PutTransformerRequestBuilder`](crate::types::builders::PutTransformerRequestBuilder).
    pub fn builder() -> crate::types::builders::PutTransformerRequestBuilder {
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
pub struct QueryCompileError {
    #[serde(rename = "location", default)]
    pub location: ::std::option::Option<crate::types::QueryCompileErrorLocation>,
    #[serde(rename = "message", default, alias = "Message")]
    pub message: ::std::option::Option<::std::string::String>,
}
impl QueryCompileError {
    /// A new [`QueryCompileErrorBuilder`](crate::types::builders::QueryCompileErrorBuilder).
    pub fn builder() -> crate::types::builders::QueryCompileErrorBuilder {
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
pub struct QueryCompileErrorLocation {
    #[serde(rename = "endCharOffset", default)]
    pub end_char_offset: ::std::option::Option<i64>,
    #[serde(rename = "startCharOffset", default)]
    pub start_char_offset: ::std::option::Option<i64>,
}
impl QueryCompileErrorLocation {
    /// A new [`QueryCompileErrorLocationBuilder`](crate::types::builders::QueryCompileErrorLocationBuilder).
    pub fn builder() -> crate::types::builders::QueryCompileErrorLocationBuilder {
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
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "parameters", default)]
    pub parameters: ::std::option::Option<::std::vec::Vec<crate::types::QueryParameter>>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "queryLanguage", default)]
    pub query_language: ::std::option::Option<crate::types::QueryLanguage>,
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
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "bytesScanned", default)]
    pub bytes_scanned: ::std::option::Option<f64>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "queryDuration", default)]
    pub query_duration: ::std::option::Option<i64>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "queryLanguage", default)]
    pub query_language: ::std::option::Option<crate::types::QueryLanguage>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "userIdentity", default)]
    pub user_identity: ::std::option::Option<::std::string::String>,
}
impl QueryInfo {
    /// A new [`QueryInfoBuilder`](crate::types::builders::QueryInfoBuilder).
    pub fn builder() -> crate::types::builders::QueryInfoBuilder {
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
pub enum QueryLanguage {
    /// `CWLI`
    Cwli,
    /// `SQL`
    Sql,
    /// `PPL`
    Ppl,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl QueryLanguage {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Cwli => "CWLI",
            Self::Sql => "SQL",
            Self::Ppl => "PPL",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["CWLI", "SQL", "PPL"]
    }
}
impl ::std::convert::From<&str> for QueryLanguage {
    fn from(s: &str) -> Self {
        match s {
            "CWLI" => Self::Cwli,
            "SQL" => Self::Sql,
            "PPL" => Self::Ppl,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(QueryLanguage);
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
pub struct QueryParameter {
    #[serde(
        rename = "defaultValue",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub default_value: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "description",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
    #[serde(rename = "name", default)]
    pub name: ::std::string::String,
}
impl QueryParameter {
    /// A new [`QueryParameterBuilder`](crate::types::builders::QueryParameterBuilder).
    pub fn builder() -> crate::types::builders::QueryParameterBuilder {
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
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "estimatedBytesSkipped", default)]
    pub estimated_bytes_skipped: ::std::option::Option<f64>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "estimatedRecordsSkipped", default)]
    pub estimated_records_skipped: ::std::option::Option<f64>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "logGroupsScanned", default)]
    pub log_groups_scanned: ::std::option::Option<f64>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "resultCount", default)]
    pub result_count: ::std::option::Option<f64>,
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
pub struct RecordField {
    #[serde(rename = "mandatory", default)]
    pub mandatory: ::std::option::Option<bool>,
    #[serde(rename = "name", default)]
    pub name: ::std::option::Option<::std::string::String>,
}
impl RecordField {
    /// A new [`RecordFieldBuilder`](crate::types::builders::RecordFieldBuilder).
    pub fn builder() -> crate::types::builders::RecordFieldBuilder {
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
pub struct RejectedEntityInfo {
    #[serde(rename = "errorType")]
    pub error_type: crate::types::EntityRejectionErrorType,
}
impl RejectedEntityInfo {
    /// A new [`RejectedEntityInfoBuilder`](crate::types::builders::RejectedEntityInfoBuilder).
    pub fn builder() -> crate::types::builders::RejectedEntityInfoBuilder {
        ::std::default::Default::default()
    }
}
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
pub struct RenameKeyEntry {
    #[serde(rename = "key", default)]
    pub key: ::std::string::String,
    #[serde(
        rename = "overwriteIfExists",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub overwrite_if_exists: ::std::option::Option<bool>,
    #[serde(rename = "renameTo", default)]
    pub rename_to: ::std::string::String,
}
impl RenameKeyEntry {
    /// A new [`RenameKeyEntryBuilder`](crate::types::builders::RenameKeyEntryBuilder).
    pub fn builder() -> crate::types::builders::RenameKeyEntryBuilder {
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
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct RenameKeys {
    #[serde(rename = "entries", default)]
    pub entries: ::std::vec::Vec<crate::types::RenameKeyEntry>,
}
impl RenameKeys {
    /// A new [`RenameKeysBuilder`](crate::types::builders::RenameKeysBuilder).
    pub fn builder() -> crate::types::builders::RenameKeysBuilder {
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
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct ResourceConfig {
    #[serde(
        rename = "openSearchResourceConfig",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub open_search_resource_config: ::std::option::Option<
        crate::types::OpenSearchResourceConfig,
    >,
}
impl ResourceConfig {
    /// A new [`ResourceConfigBuilder`](crate::types::builders::ResourceConfigBuilder).
    pub fn builder() -> crate::types::builders::ResourceConfigBuilder {
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
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "policyScope", default)]
    pub policy_scope: ::std::option::Option<crate::types::PolicyScope>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "resourceArn", default)]
    pub resource_arn: ::std::option::Option<::std::string::String>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "revisionId", default)]
    pub revision_id: ::std::option::Option<::std::string::String>,
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
pub struct S3Configuration {
    #[serde(rename = "destinationIdentifier", default)]
    pub destination_identifier: ::std::string::String,
    #[serde(
        rename = "kmsKeyId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub kms_key_id: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "ownerAccountId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub owner_account_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "roleArn", default)]
    pub role_arn: ::std::string::String,
}
impl S3Configuration {
    /// A new [`S3ConfigurationBuilder`](crate::types::builders::S3ConfigurationBuilder).
    pub fn builder() -> crate::types::builders::S3ConfigurationBuilder {
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
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct S3DeliveryConfiguration {
    #[serde(
        rename = "enableHiveCompatiblePath",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub enable_hive_compatible_path: ::std::option::Option<bool>,
    #[serde(
        rename = "suffixPath",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub suffix_path: ::std::option::Option<::std::string::String>,
}
impl S3DeliveryConfiguration {
    /// A new [`S3DeliveryConfigurationBuilder`](crate::types::builders::S3DeliveryConfigurationBuilder).
    pub fn builder() -> crate::types::builders::S3DeliveryConfigurationBuilder {
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
pub struct S3TableIntegrationSource {
    #[serde(rename = "createdTimeStamp", default)]
    pub created_time_stamp: ::std::option::Option<i64>,
    #[serde(rename = "dataSource", default)]
    pub data_source: ::std::option::Option<crate::types::DataSource>,
    #[serde(rename = "identifier", default)]
    pub identifier: ::std::option::Option<::std::string::String>,
    #[serde(rename = "parentSourceIdentifier", default)]
    pub parent_source_identifier: ::std::option::Option<::std::string::String>,
    #[serde(rename = "status", default)]
    pub status: ::std::option::Option<crate::types::S3TableIntegrationSourceStatus>,
    #[serde(rename = "statusReason", default)]
    pub status_reason: ::std::option::Option<::std::string::String>,
}
impl S3TableIntegrationSource {
    /// A new [`S3TableIntegrationSourceBuilder`](crate::types::builders::S3TableIntegrationSourceBuilder).
    pub fn builder() -> crate::types::builders::S3TableIntegrationSourceBuilder {
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
pub enum S3TableIntegrationSourceStatus {
    /// `ACTIVE`
    Active,
    /// `UNHEALTHY`
    Unhealthy,
    /// `FAILED`
    Failed,
    /// `DATA_SOURCE_DELETE_IN_PROGRESS`
    DataSourceDeleteInProgress,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl S3TableIntegrationSourceStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Active => "ACTIVE",
            Self::Unhealthy => "UNHEALTHY",
            Self::Failed => "FAILED",
            Self::DataSourceDeleteInProgress => "DATA_SOURCE_DELETE_IN_PROGRESS",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["ACTIVE", "UNHEALTHY", "FAILED", "DATA_SOURCE_DELETE_IN_PROGRESS"]
    }
}
impl ::std::convert::From<&str> for S3TableIntegrationSourceStatus {
    fn from(s: &str) -> Self {
        match s {
            "ACTIVE" => Self::Active,
            "UNHEALTHY" => Self::Unhealthy,
            "FAILED" => Self::Failed,
            "DATA_SOURCE_DELETE_IN_PROGRESS" => Self::DataSourceDeleteInProgress,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(S3TableIntegrationSourceStatus);
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
pub struct S3TablesIntegration {
    #[serde(rename = "datasourceName", default)]
    pub datasource_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "datasourceType", default)]
    pub datasource_type: ::std::option::Option<::std::string::String>,
}
impl S3TablesIntegration {
    /// A new [`S3TablesIntegrationBuilder`](crate::types::builders::S3TablesIntegrationBuilder).
    pub fn builder() -> crate::types::builders::S3TablesIntegrationBuilder {
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
pub enum ScheduleType {
    /// `CUSTOMER_MANAGED`
    CustomerManaged,
    /// `AWS_MANAGED`
    AwsManaged,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl ScheduleType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CustomerManaged => "CUSTOMER_MANAGED",
            Self::AwsManaged => "AWS_MANAGED",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["CUSTOMER_MANAGED", "AWS_MANAGED"]
    }
}
impl ::std::convert::From<&str> for ScheduleType {
    fn from(s: &str) -> Self {
        match s {
            "CUSTOMER_MANAGED" => Self::CustomerManaged,
            "AWS_MANAGED" => Self::AwsManaged,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(ScheduleType);
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
pub struct ScheduledQueryDestination {
    #[serde(rename = "destinationIdentifier", default)]
    pub destination_identifier: ::std::option::Option<::std::string::String>,
    #[serde(rename = "destinationType", default)]
    pub destination_type: ::std::option::Option<
        crate::types::ScheduledQueryDestinationType,
    >,
    #[serde(rename = "errorMessage", default)]
    pub error_message: ::std::option::Option<::std::string::String>,
    #[serde(rename = "processedIdentifier", default)]
    pub processed_identifier: ::std::option::Option<::std::string::String>,
    #[serde(rename = "status", default)]
    pub status: ::std::option::Option<crate::types::ActionStatus>,
}
impl ScheduledQueryDestination {
    /// A new [`ScheduledQueryDestinationBuilder`](crate::types::builders::ScheduledQueryDestinationBuilder).
    pub fn builder() -> crate::types::builders::ScheduledQueryDestinationBuilder {
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
pub enum ScheduledQueryDestinationType {
    /// `S3`
    S3,
    /// `LOOKUP_TABLE`
    LookupTable,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl ScheduledQueryDestinationType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::S3 => "S3",
            Self::LookupTable => "LOOKUP_TABLE",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["S3", "LOOKUP_TABLE"]
    }
}
impl ::std::convert::From<&str> for ScheduledQueryDestinationType {
    fn from(s: &str) -> Self {
        match s {
            "S3" => Self::S3,
            "LOOKUP_TABLE" => Self::LookupTable,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(ScheduledQueryDestinationType);
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
pub enum ScheduledQueryState {
    /// `ENABLED`
    Enabled,
    /// `DISABLED`
    Disabled,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl ScheduledQueryState {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Enabled => "ENABLED",
            Self::Disabled => "DISABLED",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["ENABLED", "DISABLED"]
    }
}
impl ::std::convert::From<&str> for ScheduledQueryState {
    fn from(s: &str) -> Self {
        match s {
            "ENABLED" => Self::Enabled,
            "DISABLED" => Self::Disabled,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(ScheduledQueryState);
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
pub struct ScheduledQuerySummary {
    #[serde(rename = "creationTime", default)]
    pub creation_time: ::std::option::Option<i64>,
    #[serde(rename = "destinationConfiguration", default)]
    pub destination_configuration: ::std::option::Option<
        crate::types::DestinationConfiguration,
    >,
    #[serde(rename = "lastExecutionStatus", default)]
    pub last_execution_status: ::std::option::Option<crate::types::ExecutionStatus>,
    #[serde(rename = "lastTriggeredTime", default)]
    pub last_triggered_time: ::std::option::Option<i64>,
    #[serde(rename = "lastUpdatedTime", default)]
    pub last_updated_time: ::std::option::Option<i64>,
    #[serde(rename = "name", default)]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "scheduleExpression", default)]
    pub schedule_expression: ::std::option::Option<::std::string::String>,
    #[serde(rename = "scheduleType", default)]
    pub schedule_type: ::std::option::Option<crate::types::ScheduleType>,
    #[serde(rename = "scheduledQueryArn", default)]
    pub scheduled_query_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "state", default)]
    pub state: ::std::option::Option<crate::types::ScheduledQueryState>,
    #[serde(rename = "timezone", default)]
    pub timezone: ::std::option::Option<::std::string::String>,
}
impl ScheduledQuerySummary {
    /// A new [`ScheduledQuerySummaryBuilder`](crate::types::builders::ScheduledQuerySummaryBuilder).
    pub fn builder() -> crate::types::builders::ScheduledQuerySummaryBuilder {
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
pub struct SessionStreamingException {
    /// The error message from the service.
    #[serde(rename = "message", default, alias = "Message")]
    pub message: ::std::option::Option<::std::string::String>,
}
impl SessionStreamingException {
    /// A new [`SessionStreamingExceptionBuilder`](crate::types::builders::SessionStreamingExceptionBuilder).
    pub fn builder() -> crate::types::builders::SessionStreamingExceptionBuilder {
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
pub struct SessionTimeoutException {
    /// The error message from the service.
    #[serde(rename = "message", default, alias = "Message")]
    pub message: ::std::option::Option<::std::string::String>,
}
impl SessionTimeoutException {
    /// A new [`SessionTimeoutExceptionBuilder`](crate::types::builders::SessionTimeoutExceptionBuilder).
    pub fn builder() -> crate::types::builders::SessionTimeoutExceptionBuilder {
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
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct SplitString {
    #[serde(rename = "entries", default)]
    pub entries: ::std::vec::Vec<crate::types::SplitStringEntry>,
}
impl SplitString {
    /// A new [`SplitStringBuilder`](crate::types::builders::SplitStringBuilder).
    pub fn builder() -> crate::types::builders::SplitStringBuilder {
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
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct SplitStringEntry {
    #[serde(rename = "delimiter", default)]
    pub delimiter: ::std::string::String,
    #[serde(rename = "source", default)]
    pub source: ::std::string::String,
}
impl SplitStringEntry {
    /// A new [`SplitStringEntryBuilder`](crate::types::builders::SplitStringEntryBuilder).
    pub fn builder() -> crate::types::builders::SplitStringEntryBuilder {
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
/// From AWS's model: the apis.guru spec lacks it, and the model has no
/// documentation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct StartLiveTailRequest {
    #[serde(
        rename = "logEventFilterPattern",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub log_event_filter_pattern: ::std::option::Option<::std::string::String>,
    #[serde(rename = "logGroupIdentifiers")]
    pub log_group_identifiers: ::std::vec::Vec<::std::string::String>,
    #[serde(
        rename = "logStreamNamePrefixes",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub log_stream_name_prefixes: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    #[serde(
        rename = "logStreamNames",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub log_stream_names: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
impl StartLiveTailRequest {
    /// A new [`StartLiveTailRequestBuilder`](crate::types::builders::StartLiveTailRequestBuilder).
    pub fn builder() -> crate::types::builders::StartLiveTailRequestBuilder {
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
pub struct StartLiveTailResponse {
    #[serde(rename = "responseStream", default)]
    pub response_stream: ::std::option::Option<
        crate::types::StartLiveTailResponseStream,
    >,
}
impl StartLiveTailResponse {
    /// A new [`StartLiveTailResponseBuilder`](crate::types::builders::StartLiveTailResponseBuilder).
    pub fn builder() -> crate::types::builders::StartLiveTailResponseBuilder {
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
pub struct StartLiveTailResponseStream {
    #[serde(rename = "SessionStreamingException", default)]
    pub session_streaming_exception: ::std::option::Option<
        crate::types::SessionStreamingException,
    >,
    #[serde(rename = "SessionTimeoutException", default)]
    pub session_timeout_exception: ::std::option::Option<
        crate::types::SessionTimeoutException,
    >,
    #[serde(rename = "sessionStart", default)]
    pub session_start: ::std::option::Option<crate::types::LiveTailSessionStart>,
    #[serde(rename = "sessionUpdate", default)]
    pub session_update: ::std::option::Option<crate::types::LiveTailSessionUpdate>,
}
impl StartLiveTailResponseStream {
    /// A new [`StartLiveTailResponseStreamBuilder`](crate::types::builders::StartLiveTailResponseStreamBuilder).
    pub fn builder() -> crate::types::builders::StartLiveTailResponseStreamBuilder {
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
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "queryLanguage",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub query_language: ::std::option::Option<crate::types::QueryLanguage>,
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
pub enum State {
    /// `Active`
    Active,
    /// `Suppressed`
    Suppressed,
    /// `Baseline`
    Baseline,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl State {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Active => "Active",
            Self::Suppressed => "Suppressed",
            Self::Baseline => "Baseline",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["Active", "Suppressed", "Baseline"]
    }
}
impl ::std::convert::From<&str> for State {
    fn from(s: &str) -> Self {
        match s {
            "Active" => Self::Active,
            "Suppressed" => Self::Suppressed,
            "Baseline" => Self::Baseline,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(State);
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
pub enum StorageTier {
    /// `STANDARD`
    Standard,
    /// `INTELLIGENT_TIERING`
    IntelligentTiering,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl StorageTier {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Standard => "STANDARD",
            Self::IntelligentTiering => "INTELLIGENT_TIERING",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["STANDARD", "INTELLIGENT_TIERING"]
    }
}
impl ::std::convert::From<&str> for StorageTier {
    fn from(s: &str) -> Self {
        match s {
            "STANDARD" => Self::Standard,
            "INTELLIGENT_TIERING" => Self::IntelligentTiering,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(StorageTier);
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
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "applyOnTransformedLogs", default)]
    pub apply_on_transformed_logs: ::std::option::Option<bool>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "emitSystemFields", default)]
    pub emit_system_fields: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "fieldSelectionCriteria", default)]
    pub field_selection_criteria: ::std::option::Option<::std::string::String>,
}
impl SubscriptionFilter {
    /// A new [`SubscriptionFilterBuilder`](crate::types::builders::SubscriptionFilterBuilder).
    pub fn builder() -> crate::types::builders::SubscriptionFilterBuilder {
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
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct SubstituteString {
    #[serde(rename = "entries", default)]
    pub entries: ::std::vec::Vec<crate::types::SubstituteStringEntry>,
}
impl SubstituteString {
    /// A new [`SubstituteStringBuilder`](crate::types::builders::SubstituteStringBuilder).
    pub fn builder() -> crate::types::builders::SubstituteStringBuilder {
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
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct SubstituteStringEntry {
    #[serde(rename = "from", default)]
    pub from: ::std::string::String,
    #[serde(rename = "source", default)]
    pub source: ::std::string::String,
    #[serde(rename = "to", default)]
    pub to: ::std::string::String,
}
impl SubstituteStringEntry {
    /// A new [`SubstituteStringEntryBuilder`](crate::types::builders::SubstituteStringEntryBuilder).
    pub fn builder() -> crate::types::builders::SubstituteStringEntryBuilder {
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
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct SuppressionPeriod {
    #[serde(
        rename = "suppressionUnit",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub suppression_unit: ::std::option::Option<crate::types::SuppressionUnit>,
    #[serde(
        rename = "value",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub value: ::std::option::Option<i64>,
}
impl SuppressionPeriod {
    /// A new [`SuppressionPeriodBuilder`](crate::types::builders::SuppressionPeriodBuilder).
    pub fn builder() -> crate::types::builders::SuppressionPeriodBuilder {
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
pub enum SuppressionState {
    /// `SUPPRESSED`
    Suppressed,
    /// `UNSUPPRESSED`
    Unsuppressed,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl SuppressionState {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Suppressed => "SUPPRESSED",
            Self::Unsuppressed => "UNSUPPRESSED",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["SUPPRESSED", "UNSUPPRESSED"]
    }
}
impl ::std::convert::From<&str> for SuppressionState {
    fn from(s: &str) -> Self {
        match s {
            "SUPPRESSED" => Self::Suppressed,
            "UNSUPPRESSED" => Self::Unsuppressed,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(SuppressionState);
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
pub enum SuppressionType {
    /// `LIMITED`
    Limited,
    /// `INFINITE`
    Infinite,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl SuppressionType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Limited => "LIMITED",
            Self::Infinite => "INFINITE",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["LIMITED", "INFINITE"]
    }
}
impl ::std::convert::From<&str> for SuppressionType {
    fn from(s: &str) -> Self {
        match s {
            "LIMITED" => Self::Limited,
            "INFINITE" => Self::Infinite,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(SuppressionType);
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
pub enum SuppressionUnit {
    /// `SECONDS`
    Seconds,
    /// `MINUTES`
    Minutes,
    /// `HOURS`
    Hours,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl SuppressionUnit {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Seconds => "SECONDS",
            Self::Minutes => "MINUTES",
            Self::Hours => "HOURS",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["SECONDS", "MINUTES", "HOURS"]
    }
}
impl ::std::convert::From<&str> for SuppressionUnit {
    fn from(s: &str) -> Self {
        match s {
            "SECONDS" => Self::Seconds,
            "MINUTES" => Self::Minutes,
            "HOURS" => Self::Hours,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(SuppressionUnit);
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
pub struct SyslogConfiguration {
    #[serde(rename = "createdAt", default)]
    pub created_at: ::std::option::Option<i64>,
    #[serde(rename = "logGroupArn", default)]
    pub log_group_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "sourceType", default)]
    pub source_type: ::std::option::Option<crate::types::SyslogSourceType>,
    #[serde(rename = "vpcEndpointId", default)]
    pub vpc_endpoint_id: ::std::option::Option<::std::string::String>,
}
impl SyslogConfiguration {
    /// A new [`SyslogConfigurationBuilder`](crate::types::builders::SyslogConfigurationBuilder).
    pub fn builder() -> crate::types::builders::SyslogConfigurationBuilder {
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
pub enum SyslogSourceType {
    /// `VPCE`
    Vpce,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl SyslogSourceType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Vpce => "VPCE",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["VPCE"]
    }
}
impl ::std::convert::From<&str> for SyslogSourceType {
    fn from(s: &str) -> Self {
        match s {
            "VPCE" => Self::Vpce,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(SyslogSourceType);
/// From AWS's model: the apis.guru spec lacks it, and the model has no
/// documentation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct TagFilter {
    #[serde(rename = "key")]
    pub key: ::std::string::String,
    #[serde(
        rename = "values",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub values: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
impl TagFilter {
    /// A new [`TagFilterBuilder`](crate::types::builders::TagFilterBuilder).
    pub fn builder() -> crate::types::builders::TagFilterBuilder {
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
/// From AWS's model: the apis.guru spec lacks it, and the model has no
/// documentation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct TestTransformerRequest {
    #[serde(rename = "logEventMessages")]
    pub log_event_messages: ::std::vec::Vec<::std::string::String>,
    #[serde(rename = "transformerConfig")]
    pub transformer_config: ::std::vec::Vec<crate::types::Processor>,
}
impl TestTransformerRequest {
    /// A new [`TestTransformerRequestBuilder`](crate::types::builders::TestTransformerRequestBuilder).
    pub fn builder() -> crate::types::builders::TestTransformerRequestBuilder {
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
pub struct TestTransformerResponse {
    #[serde(rename = "transformedLogs", default)]
    pub transformed_logs: ::std::option::Option<
        ::std::vec::Vec<crate::types::TransformedLogRecord>,
    >,
}
impl TestTransformerResponse {
    /// A new [`TestTransformerResponseBuilder`](crate::types::builders::TestTransformerResponseBuilder).
    pub fn builder() -> crate::types::builders::TestTransformerResponseBuilder {
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
pub struct TransformedLogRecord {
    #[serde(rename = "eventMessage", default)]
    pub event_message: ::std::option::Option<::std::string::String>,
    #[serde(rename = "eventNumber", default)]
    pub event_number: ::std::option::Option<i64>,
    #[serde(rename = "transformedEventMessage", default)]
    pub transformed_event_message: ::std::option::Option<::std::string::String>,
}
impl TransformedLogRecord {
    /// A new [`TransformedLogRecordBuilder`](crate::types::builders::TransformedLogRecordBuilder).
    pub fn builder() -> crate::types::builders::TransformedLogRecordBuilder {
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
pub struct TriggerHistoryRecord {
    #[serde(rename = "destinations", default)]
    pub destinations: ::std::option::Option<
        ::std::vec::Vec<crate::types::ScheduledQueryDestination>,
    >,
    #[serde(rename = "errorMessage", default)]
    pub error_message: ::std::option::Option<::std::string::String>,
    #[serde(rename = "executionStatus", default)]
    pub execution_status: ::std::option::Option<crate::types::ExecutionStatus>,
    #[serde(rename = "queryId", default)]
    pub query_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "triggeredTimestamp", default)]
    pub triggered_timestamp: ::std::option::Option<i64>,
}
impl TriggerHistoryRecord {
    /// A new [`TriggerHistoryRecordBuilder`](crate::types::builders::TriggerHistoryRecordBuilder).
    pub fn builder() -> crate::types::builders::TriggerHistoryRecordBuilder {
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
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct TrimString {
    #[serde(rename = "withKeys", default)]
    pub with_keys: ::std::vec::Vec<::std::string::String>,
}
impl TrimString {
    /// A new [`TrimStringBuilder`](crate::types::builders::TrimStringBuilder).
    pub fn builder() -> crate::types::builders::TrimStringBuilder {
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
pub enum Type {
    /// `boolean`
    Boolean,
    /// `integer`
    Integer,
    /// `double`
    Double,
    /// `string`
    String,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl Type {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Boolean => "boolean",
            Self::Integer => "integer",
            Self::Double => "double",
            Self::String => "string",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["boolean", "integer", "double", "string"]
    }
}
impl ::std::convert::From<&str> for Type {
    fn from(s: &str) -> Self {
        match s {
            "boolean" => Self::Boolean,
            "integer" => Self::Integer,
            "double" => Self::Double,
            "string" => Self::String,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(Type);
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
pub struct TypeConverter {
    #[serde(rename = "entries", default)]
    pub entries: ::std::vec::Vec<crate::types::TypeConverterEntry>,
}
impl TypeConverter {
    /// A new [`TypeConverterBuilder`](crate::types::builders::TypeConverterBuilder).
    pub fn builder() -> crate::types::builders::TypeConverterBuilder {
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
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct TypeConverterEntry {
    #[serde(rename = "key", default)]
    pub key: ::std::string::String,
    #[serde(rename = "type")]
    pub r#type: crate::types::Type,
}
impl TypeConverterEntry {
    /// A new [`TypeConverterEntryBuilder`](crate::types::builders::TypeConverterEntryBuilder).
    pub fn builder() -> crate::types::builders::TypeConverterEntryBuilder {
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
/// From AWS's model: the apis.guru spec lacks it, and the model has no
/// documentation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct UpdateAnomalyRequest {
    #[serde(rename = "anomalyDetectorArn")]
    pub anomaly_detector_arn: ::std::string::String,
    #[serde(
        rename = "anomalyId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub anomaly_id: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "baseline",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub baseline: ::std::option::Option<bool>,
    #[serde(
        rename = "patternId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub pattern_id: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "suppressionPeriod",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub suppression_period: ::std::option::Option<crate::types::SuppressionPeriod>,
    #[serde(
        rename = "suppressionType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub suppression_type: ::std::option::Option<crate::types::SuppressionType>,
}
impl UpdateAnomalyRequest {
    /// A new [`UpdateAnomalyRequestBuilder`](crate::types::builders::UpdateAnomalyRequestBuilder).
    pub fn builder() -> crate::types::builders::UpdateAnomalyRequestBuilder {
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
pub struct UpdateDeliveryConfigurationRequest {
    #[serde(
        rename = "fieldDelimiter",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub field_delimiter: ::std::option::Option<::std::string::String>,
    #[serde(rename = "id")]
    pub id: ::std::string::String,
    #[serde(
        rename = "recordFields",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub record_fields: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(
        rename = "s3DeliveryConfiguration",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub s3_delivery_configuration: ::std::option::Option<
        crate::types::S3DeliveryConfiguration,
    >,
}
impl UpdateDeliveryConfigurationRequest {
    /// A new [`UpdateDeliveryConfigurationRequestBuilder`](crate::types::builders::UpdateDeliveryConfigurationRequestBuilder).
    pub fn builder() -> crate::types::builders::UpdateDeliveryConfigurationRequestBuilder {
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
pub struct UpdateDeliveryConfigurationResponse {}
impl UpdateDeliveryConfigurationResponse {
    /// A new [`UpdateDeliveryConfigurationResponseBuilder`](crate::types::builders::UpdateDeliveryConfigurationResponseBuilder).
    pub fn builder() -> crate::types::builders::UpdateDeliveryConfigurationResponseBuilder {
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
pub struct UpdateLogAnomalyDetectorRequest {
    #[serde(rename = "anomalyDetectorArn")]
    pub anomaly_detector_arn: ::std::string::String,
    #[serde(
        rename = "anomalyVisibilityTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub anomaly_visibility_time: ::std::option::Option<i64>,
    #[serde(rename = "enabled")]
    pub enabled: bool,
    #[serde(
        rename = "evaluationFrequency",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub evaluation_frequency: ::std::option::Option<crate::types::EvaluationFrequency>,
    #[serde(
        rename = "filterPattern",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub filter_pattern: ::std::option::Option<::std::string::String>,
}
impl UpdateLogAnomalyDetectorRequest {
    /// A new [`UpdateLogAnomalyDetectorRequestBuilder`](crate::types::builders::UpdateLogAnomalyDetectorRequestBuilder).
    pub fn builder() -> crate::types::builders::UpdateLogAnomalyDetectorRequestBuilder {
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
pub struct UpdateLookupTableRequest {
    #[serde(
        rename = "description",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "kmsKeyId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub kms_key_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "lookupTableArn")]
    pub lookup_table_arn: ::std::string::String,
    #[serde(
        rename = "queryId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub query_id: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "tableBody",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub table_body: ::std::option::Option<::std::string::String>,
}
impl UpdateLookupTableRequest {
    /// A new [`UpdateLookupTableRequestBuilder`](crate::types::builders::UpdateLookupTableRequestBuilder).
    pub fn builder() -> crate::types::builders::UpdateLookupTableRequestBuilder {
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
pub struct UpdateLookupTableResponse {
    #[serde(rename = "lastUpdatedTime", default)]
    pub last_updated_time: ::std::option::Option<i64>,
    #[serde(rename = "lookupTableArn", default)]
    pub lookup_table_arn: ::std::option::Option<::std::string::String>,
}
impl UpdateLookupTableResponse {
    /// A new [`UpdateLookupTableResponseBuilder`](crate::types::builders::UpdateLookupTableResponseBuilder).
    pub fn builder() -> crate::types::builders::UpdateLookupTableResponseBuilder {
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
pub struct UpdateScheduledQueryRequest {
    #[serde(
        rename = "description",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "destinationConfiguration",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub destination_configuration: ::std::option::Option<
        crate::types::DestinationConfiguration,
    >,
    #[serde(
        rename = "endTimeOffset",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub end_time_offset: ::std::option::Option<i64>,
    #[serde(rename = "executionRoleArn")]
    pub execution_role_arn: ::std::string::String,
    #[serde(rename = "identifier")]
    pub identifier: ::std::string::String,
    #[serde(
        rename = "logGroupIdentifiers",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub log_group_identifiers: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    #[serde(rename = "queryLanguage")]
    pub query_language: crate::types::QueryLanguage,
    #[serde(rename = "queryString")]
    pub query_string: ::std::string::String,
    #[serde(
        rename = "scheduleEndTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub schedule_end_time: ::std::option::Option<i64>,
    #[serde(rename = "scheduleExpression")]
    pub schedule_expression: ::std::string::String,
    #[serde(
        rename = "scheduleStartTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub schedule_start_time: ::std::option::Option<i64>,
    #[serde(
        rename = "startTimeOffset",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub start_time_offset: ::std::option::Option<i64>,
    #[serde(
        rename = "state",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub state: ::std::option::Option<crate::types::ScheduledQueryState>,
    #[serde(
        rename = "timezone",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub timezone: ::std::option::Option<::std::string::String>,
}
impl UpdateScheduledQueryRequest {
    /// A new [`UpdateScheduledQueryRequestBuilder`](crate::types::builders::UpdateScheduledQueryRequestBuilder).
    pub fn builder() -> crate::types::builders::UpdateScheduledQueryRequestBuilder {
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
pub struct UpdateScheduledQueryResponse {
    #[serde(rename = "creationTime", default)]
    pub creation_time: ::std::option::Option<i64>,
    #[serde(rename = "description", default)]
    pub description: ::std::option::Option<::std::string::String>,
    #[serde(rename = "destinationConfiguration", default)]
    pub destination_configuration: ::std::option::Option<
        crate::types::DestinationConfiguration,
    >,
    #[serde(rename = "endTimeOffset", default)]
    pub end_time_offset: ::std::option::Option<i64>,
    #[serde(rename = "executionRoleArn", default)]
    pub execution_role_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "lastExecutionStatus", default)]
    pub last_execution_status: ::std::option::Option<crate::types::ExecutionStatus>,
    #[serde(rename = "lastTriggeredTime", default)]
    pub last_triggered_time: ::std::option::Option<i64>,
    #[serde(rename = "lastUpdatedTime", default)]
    pub last_updated_time: ::std::option::Option<i64>,
    #[serde(rename = "logGroupIdentifiers", default)]
    pub log_group_identifiers: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    #[serde(rename = "name", default)]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "queryLanguage", default)]
    pub query_language: ::std::option::Option<crate::types::QueryLanguage>,
    #[serde(rename = "queryString", default)]
    pub query_string: ::std::option::Option<::std::string::String>,
    #[serde(rename = "scheduleEndTime", default)]
    pub schedule_end_time: ::std::option::Option<i64>,
    #[serde(rename = "scheduleExpression", default)]
    pub schedule_expression: ::std::option::Option<::std::string::String>,
    #[serde(rename = "scheduleStartTime", default)]
    pub schedule_start_time: ::std::option::Option<i64>,
    #[serde(rename = "scheduleType", default)]
    pub schedule_type: ::std::option::Option<crate::types::ScheduleType>,
    #[serde(rename = "scheduledQueryArn", default)]
    pub scheduled_query_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "startTimeOffset", default)]
    pub start_time_offset: ::std::option::Option<i64>,
    #[serde(rename = "state", default)]
    pub state: ::std::option::Option<crate::types::ScheduledQueryState>,
    #[serde(rename = "timezone", default)]
    pub timezone: ::std::option::Option<::std::string::String>,
}
impl UpdateScheduledQueryResponse {
    /// A new [`UpdateScheduledQueryResponseBuilder`](crate::types::builders::UpdateScheduledQueryResponseBuilder).
    pub fn builder() -> crate::types::builders::UpdateScheduledQueryResponseBuilder {
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
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct UpperCaseString {
    #[serde(rename = "withKeys", default)]
    pub with_keys: ::std::vec::Vec<::std::string::String>,
}
impl UpperCaseString {
    /// A new [`UpperCaseStringBuilder`](crate::types::builders::UpperCaseStringBuilder).
    pub fn builder() -> crate::types::builders::UpperCaseStringBuilder {
        ::std::default::Default::default()
    }
}
