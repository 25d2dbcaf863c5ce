//! Data types of the service: one per structure and enum in the spec.
pub mod builders;
pub mod error;
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
pub enum ArrayJobDependency {
    /// `N_TO_N`
    NToN,
    /// `SEQUENTIAL`
    Sequential,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl ArrayJobDependency {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::NToN => "N_TO_N",
            Self::Sequential => "SEQUENTIAL",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["N_TO_N", "SEQUENTIAL"]
    }
}
impl ::std::convert::From<&str> for ArrayJobDependency {
    fn from(s: &str) -> Self {
        match s {
            "N_TO_N" => Self::NToN,
            "SEQUENTIAL" => Self::Sequential,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(ArrayJobDependency);
/// An object that represents an Batch array job.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct ArrayProperties {
    /// The size of the array job.
    #[serde(
        rename = "size",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub size: ::std::option::Option<i64>,
}
impl ArrayProperties {
    /// A new [`ArrayPropertiesBuilder`](crate::types::builders::ArrayPropertiesBuilder).
    pub fn builder() -> crate::types::builders::ArrayPropertiesBuilder {
        ::std::default::Default::default()
    }
}
/// An object that represents the array properties of a job.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ArrayPropertiesDetail {
    /// The job index within the array that's associated with this job. This parameter
    /// is returned for array job children.
    #[serde(rename = "index", default)]
    pub index: ::std::option::Option<i64>,
    /// The size of the array job. This parameter is returned for parent array jobs.
    #[serde(rename = "size", default)]
    pub size: ::std::option::Option<i64>,
    /// A summary of the number of array job children in each available job status. This
    /// parameter is returned for parent array jobs.
    #[serde(rename = "statusSummary", default)]
    pub status_summary: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, i64>,
    >,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "statusSummaryLastUpdatedAt", default)]
    pub status_summary_last_updated_at: ::std::option::Option<i64>,
}
impl ArrayPropertiesDetail {
    /// A new [`ArrayPropertiesDetailBuilder`](crate::types::builders::ArrayPropertiesDetailBuilder).
    pub fn builder() -> crate::types::builders::ArrayPropertiesDetailBuilder {
        ::std::default::Default::default()
    }
}
/// An object that represents the array properties of a job.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ArrayPropertiesSummary {
    /// The job index within the array that's associated with this job. This parameter
    /// is returned for children of array jobs.
    #[serde(rename = "index", default)]
    pub index: ::std::option::Option<i64>,
    /// The size of the array job. This parameter is returned for parent array jobs.
    #[serde(rename = "size", default)]
    pub size: ::std::option::Option<i64>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "statusSummary", default)]
    pub status_summary: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, i64>,
    >,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "statusSummaryLastUpdatedAt", default)]
    pub status_summary_last_updated_at: ::std::option::Option<i64>,
}
impl ArrayPropertiesSummary {
    /// A new [`ArrayPropertiesSummaryBuilder`](crate::types::builders::ArrayPropertiesSummaryBuilder).
    pub fn builder() -> crate::types::builders::ArrayPropertiesSummaryBuilder {
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
pub enum AssignPublicIp {
    /// `ENABLED`
    Enabled,
    /// `DISABLED`
    Disabled,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl AssignPublicIp {
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
impl ::std::convert::From<&str> for AssignPublicIp {
    fn from(s: &str) -> Self {
        match s {
            "ENABLED" => Self::Enabled,
            "DISABLED" => Self::Disabled,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(AssignPublicIp);
/// An object that represents the details of a container that's part of a job
/// attempt.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct AttemptContainerDetail {
    /// The Amazon Resource Name (ARN) of the Amazon ECS container instance that hosts
    /// the job attempt.
    #[serde(rename = "containerInstanceArn", default)]
    pub container_instance_arn: ::std::option::Option<::std::string::String>,
    /// The exit code for the job attempt. A non-zero exit code is considered failed.
    #[serde(rename = "exitCode", default)]
    pub exit_code: ::std::option::Option<i64>,
    /// The name of the CloudWatch Logs log stream that's associated with the container.
    /// The log group for Batch jobs is `/aws/batch/job`. Each container attempt
    /// receives a log stream name when they reach the `RUNNING` status.
    #[serde(rename = "logStreamName", default)]
    pub log_stream_name: ::std::option::Option<::std::string::String>,
    /// The network interfaces that are associated with the job attempt.
    #[serde(rename = "networkInterfaces", default)]
    pub network_interfaces: ::std::option::Option<
        ::std::vec::Vec<crate::types::NetworkInterface>,
    >,
    /// A short (255 max characters) human-readable string to provide additional details
    /// for a running or stopped container.
    #[serde(rename = "reason", default)]
    pub reason: ::std::option::Option<::std::string::String>,
    /// The Amazon Resource Name (ARN) of the Amazon ECS task that's associated with the
    /// job attempt. Each container attempt receives a task ARN when they reach the
    /// `STARTING` status.
    #[serde(rename = "taskArn", default)]
    pub task_arn: ::std::option::Option<::std::string::String>,
}
impl AttemptContainerDetail {
    /// A new [`AttemptContainerDetailBuilder`](crate::types::builders::AttemptContainerDetailBuilder).
    pub fn builder() -> crate::types::builders::AttemptContainerDetailBuilder {
        ::std::default::Default::default()
    }
}
/// An object that represents a job attempt.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct AttemptDetail {
    /// The details for the container in this job attempt.
    #[serde(rename = "container", default)]
    pub container: ::std::option::Option<crate::types::AttemptContainerDetail>,
    /// The Unix timestamp (in milliseconds) for when the attempt was started (when the
    /// attempt transitioned from the `STARTING` state to the `RUNNING` state).
    #[serde(rename = "startedAt", default)]
    pub started_at: ::std::option::Option<i64>,
    /// A short, human-readable string to provide additional details for the current
    /// status of the job attempt.
    #[serde(rename = "statusReason", default)]
    pub status_reason: ::std::option::Option<::std::string::String>,
    /// The Unix timestamp (in milliseconds) for when the attempt was stopped (when the
    /// attempt transitioned from the `RUNNING` state to a terminal state, such as
    /// `SUCCEEDED` or `FAILED`).
    #[serde(rename = "stoppedAt", default)]
    pub stopped_at: ::std::option::Option<i64>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "taskProperties", default)]
    pub task_properties: ::std::option::Option<
        ::std::vec::Vec<crate::types::AttemptEcsTaskDetails>,
    >,
}
impl AttemptDetail {
    /// A new [`AttemptDetailBuilder`](crate::types::builders::AttemptDetailBuilder).
    pub fn builder() -> crate::types::builders::AttemptDetailBuilder {
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
pub struct AttemptEcsTaskDetails {
    #[serde(rename = "containerInstanceArn", default)]
    pub container_instance_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "containers", default)]
    pub containers: ::std::option::Option<
        ::std::vec::Vec<crate::types::AttemptTaskContainerDetails>,
    >,
    #[serde(rename = "taskArn", default)]
    pub task_arn: ::std::option::Option<::std::string::String>,
}
impl AttemptEcsTaskDetails {
    /// A new [`AttemptEcsTaskDetailsBuilder`](crate::types::builders::AttemptEcsTaskDetailsBuilder).
    pub fn builder() -> crate::types::builders::AttemptEcsTaskDetailsBuilder {
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
pub struct AttemptTaskContainerDetails {
    #[serde(rename = "exitCode", default)]
    pub exit_code: ::std::option::Option<i64>,
    #[serde(rename = "logStreamName", default)]
    pub log_stream_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "name", default)]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "networkInterfaces", default)]
    pub network_interfaces: ::std::option::Option<
        ::std::vec::Vec<crate::types::NetworkInterface>,
    >,
    #[serde(rename = "reason", default)]
    pub reason: ::std::option::Option<::std::string::String>,
}
impl AttemptTaskContainerDetails {
    /// A new [`AttemptTaskContainerDetailsBuilder`](crate::types::builders::AttemptTaskContainerDetailsBuilder).
    pub fn builder() -> crate::types::builders::AttemptTaskContainerDetailsBuilder {
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
pub enum CeState {
    /// `ENABLED`
    Enabled,
    /// `DISABLED`
    Disabled,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl CeState {
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
impl ::std::convert::From<&str> for CeState {
    fn from(s: &str) -> Self {
        match s {
            "ENABLED" => Self::Enabled,
            "DISABLED" => Self::Disabled,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(CeState);
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
pub enum CeStatus {
    /// `CREATING`
    Creating,
    /// `UPDATING`
    Updating,
    /// `DELETING`
    Deleting,
    /// `DELETED`
    Deleted,
    /// `VALID`
    Valid,
    /// `INVALID`
    Invalid,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl CeStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Creating => "CREATING",
            Self::Updating => "UPDATING",
            Self::Deleting => "DELETING",
            Self::Deleted => "DELETED",
            Self::Valid => "VALID",
            Self::Invalid => "INVALID",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["CREATING", "UPDATING", "DELETING", "DELETED", "VALID", "INVALID"]
    }
}
impl ::std::convert::From<&str> for CeStatus {
    fn from(s: &str) -> Self {
        match s {
            "CREATING" => Self::Creating,
            "UPDATING" => Self::Updating,
            "DELETING" => Self::Deleting,
            "DELETED" => Self::Deleted,
            "VALID" => Self::Valid,
            "INVALID" => Self::Invalid,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(CeStatus);
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
pub enum CeType {
    /// `MANAGED`
    Managed,
    /// `UNMANAGED`
    Unmanaged,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl CeType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Managed => "MANAGED",
            Self::Unmanaged => "UNMANAGED",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["MANAGED", "UNMANAGED"]
    }
}
impl ::std::convert::From<&str> for CeType {
    fn from(s: &str) -> Self {
        match s {
            "MANAGED" => Self::Managed,
            "UNMANAGED" => Self::Unmanaged,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(CeType);
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
pub enum CrAllocationStrategy {
    /// `BEST_FIT`
    BestFit,
    /// `BEST_FIT_PROGRESSIVE`
    BestFitProgressive,
    /// `SPOT_CAPACITY_OPTIMIZED`
    SpotCapacityOptimized,
    /// `SPOT_PRICE_CAPACITY_OPTIMIZED`
    SpotPriceCapacityOptimized,
    /// `BEST_FIT_PROGRESSIVE_ORDERED`
    BestFitProgressiveOrdered,
    /// `SPOT_CAPACITY_OPTIMIZED_PRIORITIZED`
    SpotCapacityOptimizedPrioritized,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl CrAllocationStrategy {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::BestFit => "BEST_FIT",
            Self::BestFitProgressive => "BEST_FIT_PROGRESSIVE",
            Self::SpotCapacityOptimized => "SPOT_CAPACITY_OPTIMIZED",
            Self::SpotPriceCapacityOptimized => "SPOT_PRICE_CAPACITY_OPTIMIZED",
            Self::BestFitProgressiveOrdered => "BEST_FIT_PROGRESSIVE_ORDERED",
            Self::SpotCapacityOptimizedPrioritized => {
                "SPOT_CAPACITY_OPTIMIZED_PRIORITIZED"
            }
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &[
            "BEST_FIT",
            "BEST_FIT_PROGRESSIVE",
            "SPOT_CAPACITY_OPTIMIZED",
            "SPOT_PRICE_CAPACITY_OPTIMIZED",
            "BEST_FIT_PROGRESSIVE_ORDERED",
            "SPOT_CAPACITY_OPTIMIZED_PRIORITIZED",
        ]
    }
}
impl ::std::convert::From<&str> for CrAllocationStrategy {
    fn from(s: &str) -> Self {
        match s {
            "BEST_FIT" => Self::BestFit,
            "BEST_FIT_PROGRESSIVE" => Self::BestFitProgressive,
            "SPOT_CAPACITY_OPTIMIZED" => Self::SpotCapacityOptimized,
            "SPOT_PRICE_CAPACITY_OPTIMIZED" => Self::SpotPriceCapacityOptimized,
            "BEST_FIT_PROGRESSIVE_ORDERED" => Self::BestFitProgressiveOrdered,
            "SPOT_CAPACITY_OPTIMIZED_PRIORITIZED" => {
                Self::SpotCapacityOptimizedPrioritized
            }
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(CrAllocationStrategy);
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
pub enum CrType {
    /// `EC2`
    Ec2,
    /// `SPOT`
    Spot,
    /// `FARGATE`
    Fargate,
    /// `FARGATE_SPOT`
    FargateSpot,
    /// `ECS_MANAGED_INSTANCES`
    EcsManagedInstances,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl CrType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Ec2 => "EC2",
            Self::Spot => "SPOT",
            Self::Fargate => "FARGATE",
            Self::FargateSpot => "FARGATE_SPOT",
            Self::EcsManagedInstances => "ECS_MANAGED_INSTANCES",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["EC2", "SPOT", "FARGATE", "FARGATE_SPOT", "ECS_MANAGED_INSTANCES"]
    }
}
impl ::std::convert::From<&str> for CrType {
    fn from(s: &str) -> Self {
        match s {
            "EC2" => Self::Ec2,
            "SPOT" => Self::Spot,
            "FARGATE" => Self::Fargate,
            "FARGATE_SPOT" => Self::FargateSpot,
            "ECS_MANAGED_INSTANCES" => Self::EcsManagedInstances,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(CrType);
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
pub enum CrUpdateAllocationStrategy {
    /// `BEST_FIT_PROGRESSIVE`
    BestFitProgressive,
    /// `SPOT_CAPACITY_OPTIMIZED`
    SpotCapacityOptimized,
    /// `SPOT_PRICE_CAPACITY_OPTIMIZED`
    SpotPriceCapacityOptimized,
    /// `BEST_FIT_PROGRESSIVE_ORDERED`
    BestFitProgressiveOrdered,
    /// `SPOT_CAPACITY_OPTIMIZED_PRIORITIZED`
    SpotCapacityOptimizedPrioritized,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl CrUpdateAllocationStrategy {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::BestFitProgressive => "BEST_FIT_PROGRESSIVE",
            Self::SpotCapacityOptimized => "SPOT_CAPACITY_OPTIMIZED",
            Self::SpotPriceCapacityOptimized => "SPOT_PRICE_CAPACITY_OPTIMIZED",
            Self::BestFitProgressiveOrdered => "BEST_FIT_PROGRESSIVE_ORDERED",
            Self::SpotCapacityOptimizedPrioritized => {
                "SPOT_CAPACITY_OPTIMIZED_PRIORITIZED"
            }
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &[
            "BEST_FIT_PROGRESSIVE",
            "SPOT_CAPACITY_OPTIMIZED",
            "SPOT_PRICE_CAPACITY_OPTIMIZED",
            "BEST_FIT_PROGRESSIVE_ORDERED",
            "SPOT_CAPACITY_OPTIMIZED_PRIORITIZED",
        ]
    }
}
impl ::std::convert::From<&str> for CrUpdateAllocationStrategy {
    fn from(s: &str) -> Self {
        match s {
            "BEST_FIT_PROGRESSIVE" => Self::BestFitProgressive,
            "SPOT_CAPACITY_OPTIMIZED" => Self::SpotCapacityOptimized,
            "SPOT_PRICE_CAPACITY_OPTIMIZED" => Self::SpotPriceCapacityOptimized,
            "BEST_FIT_PROGRESSIVE_ORDERED" => Self::BestFitProgressiveOrdered,
            "SPOT_CAPACITY_OPTIMIZED_PRIORITIZED" => {
                Self::SpotCapacityOptimizedPrioritized
            }
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(CrUpdateAllocationStrategy);
/// Contains the parameters for `CancelJob`.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct CancelJobRequest {
    /// The Batch job ID of the job to cancel.
    #[serde(rename = "jobId")]
    pub job_id: ::std::string::String,
    /// A message to attach to the job that explains the reason for canceling it. This
    /// message is returned by future DescribeJobs operations on the job. This message
    /// is also recorded in the Batch activity logs.
    #[serde(rename = "reason")]
    pub reason: ::std::string::String,
}
impl CancelJobRequest {
    /// A new [`CancelJobRequestBuilder`](crate::types::builders::CancelJobRequestBuilder).
    pub fn builder() -> crate::types::builders::CancelJobRequestBuilder {
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
pub struct CancelJobResponse {}
impl CancelJobResponse {
    /// A new [`CancelJobResponseBuilder`](crate::types::builders::CancelJobResponseBuilder).
    pub fn builder() -> crate::types::builders::CancelJobResponseBuilder {
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
pub struct CancelJobsErrorDetail {
    #[serde(rename = "code", default)]
    pub code: ::std::string::String,
    #[serde(rename = "job", default)]
    pub job: ::std::string::String,
    #[serde(rename = "message", default, alias = "Message")]
    pub message: ::std::string::String,
}
impl CancelJobsErrorDetail {
    /// A new [`CancelJobsErrorDetailBuilder`](crate::types::builders::CancelJobsErrorDetailBuilder).
    pub fn builder() -> crate::types::builders::CancelJobsErrorDetailBuilder {
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
pub struct CancelJobsRequest {
    #[serde(rename = "jobs")]
    pub jobs: ::std::vec::Vec<::std::string::String>,
    #[serde(rename = "reason")]
    pub reason: ::std::string::String,
}
impl CancelJobsRequest {
    /// A new [`CancelJobsRequestBuilder`](crate::types::builders::CancelJobsRequestBuilder).
    pub fn builder() -> crate::types::builders::CancelJobsRequestBuilder {
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
pub struct CancelJobsResponse {
    #[serde(rename = "errors", default)]
    pub errors: ::std::vec::Vec<crate::types::CancelJobsErrorDetail>,
    #[serde(rename = "successful", default)]
    pub successful: ::std::vec::Vec<::std::string::String>,
}
impl CancelJobsResponse {
    /// A new [`CancelJobsResponseBuilder`](crate::types::builders::CancelJobsResponseBuilder).
    pub fn builder() -> crate::types::builders::CancelJobsResponseBuilder {
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
pub struct CapacityLimit {
    #[serde(
        rename = "capacityUnit",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub capacity_unit: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "maxCapacity",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub max_capacity: ::std::option::Option<i64>,
}
impl CapacityLimit {
    /// A new [`CapacityLimitBuilder`](crate::types::builders::CapacityLimitBuilder).
    pub fn builder() -> crate::types::builders::CapacityLimitBuilder {
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
pub struct CapacityReservationRequest {
    #[serde(
        rename = "reservationGroupArn",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub reservation_group_arn: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "reservationPreference",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub reservation_preference: ::std::option::Option<::std::string::String>,
}
impl CapacityReservationRequest {
    /// A new [`CapacityReservationRequestBuilder`](crate::types::builders::CapacityReservationRequestBuilder).
    pub fn builder() -> crate::types::builders::CapacityReservationRequestBuilder {
        ::std::default::Default::default()
    }
}
/// An object that represents an Batch compute environment.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ComputeEnvironmentDetail {
    /// The Amazon Resource Name (ARN) of the compute environment.
    #[serde(rename = "computeEnvironmentArn", default)]
    pub compute_environment_arn: ::std::string::String,
    /// The name of the compute environment. It can be up to 128 characters long. It can
    /// contain uppercase and lowercase letters, numbers, hyphens (-), and underscores
    /// (\_).
    #[serde(rename = "computeEnvironmentName", default)]
    pub compute_environment_name: ::std::string::String,
    /// The compute resources defined for the compute environment. For more information,
    /// see [Compute
    /// environments](https://docs.aws.amazon.com/batch/latest/userguide/compute_environments.html)
    /// in the *Batch User Guide*.
    #[serde(rename = "computeResources", default)]
    pub compute_resources: ::std::option::Option<crate::types::ComputeResource>,
    /// The orchestration type of the compute environment. The valid values are `ECS`
    /// (default) or `EKS`.
    #[serde(rename = "containerOrchestrationType", default)]
    pub container_orchestration_type: ::std::option::Option<
        crate::types::OrchestrationType,
    >,
    /// The Amazon Resource Name (ARN) of the underlying Amazon ECS cluster that the
    /// compute environment uses.
    #[serde(rename = "ecsClusterArn", default)]
    pub ecs_cluster_arn: ::std::option::Option<::std::string::String>,
    /// The configuration for the Amazon EKS cluster that supports the Batch compute
    /// environment. Only specify this parameter if the `containerOrchestrationType` is
    /// `EKS`.
    #[serde(rename = "eksConfiguration", default)]
    pub eks_configuration: ::std::option::Option<crate::types::EksConfiguration>,
    /// The service role that's associated with the compute environment that allows
    /// Batch to make calls to Amazon Web Services API operations on your behalf. For
    /// more information, see [Batch service IAM
    /// role](https://docs.aws.amazon.com/batch/latest/userguide/service_IAM_role.html)
    /// in the *Batch User Guide*.
    #[serde(rename = "serviceRole", default)]
    pub service_role: ::std::option::Option<::std::string::String>,
    /// The state of the compute environment. The valid values are `ENABLED` or
    /// `DISABLED`.
    ///
    /// If the state is `ENABLED`, then the Batch scheduler can attempt to place jobs
    /// from an associated job queue on the compute resources within the environment. If
    /// the compute environment is managed, then it can scale its instances out or in
    /// automatically based on the job queue demand.
    ///
    /// If the state is `DISABLED`, then the Batch scheduler doesn't attempt to place
    /// jobs within the environment. Jobs in a `STARTING` or `RUNNING` state continue to
    /// progress normally. Managed compute environments in the `DISABLED` state don't
    /// scale out.
    ///
    /// **Note:** Compute environments in a `DISABLED` state may continue to incur
    /// billing charges. To prevent additional charges, turn off and then delete the
    /// compute environment. For more information, see
    /// [State](https://docs.aws.amazon.com/batch/latest/userguide/compute_environment_parameters.html#compute_environment_state)
    /// in the *Batch User Guide*.
    ///
    /// When an instance is idle, the instance scales down to the `minvCpus` value.
    /// However, the instance size doesn't change. For example, consider a `c5.8xlarge`
    /// instance with a `minvCpus` value of `4` and a `desiredvCpus` value of `36`. This
    /// instance doesn't scale down to a `c5.large` instance.
    #[serde(rename = "state", default)]
    pub state: ::std::option::Option<crate::types::CeState>,
    /// The current status of the compute environment (for example, `CREATING` or
    /// `VALID`).
    #[serde(rename = "status", default)]
    pub status: ::std::option::Option<crate::types::CeStatus>,
    /// A short, human-readable string to provide additional details for the current
    /// status of the compute environment.
    #[serde(rename = "statusReason", default)]
    pub status_reason: ::std::option::Option<::std::string::String>,
    /// The tags applied to the compute environment.
    #[serde(rename = "tags", default)]
    pub tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    /// The type of the compute environment: `MANAGED` or `UNMANAGED`. For more
    /// information, see [Compute
    /// environments](https://docs.aws.amazon.com/batch/latest/userguide/compute_environments.html)
    /// in the *Batch User Guide*.
    #[serde(rename = "type", default)]
    pub r#type: ::std::option::Option<crate::types::CeType>,
    /// The maximum number of VCPUs expected to be used for an unmanaged compute
    /// environment.
    #[serde(rename = "unmanagedvCpus", default)]
    pub unmanagedv_cpus: ::std::option::Option<i64>,
    /// Specifies the infrastructure update policy for the compute environment. For more
    /// information about infrastructure updates, see [Updating compute
    /// environments](https://docs.aws.amazon.com/batch/latest/userguide/updating-compute-environments.html)
    /// in the *Batch User Guide*.
    #[serde(rename = "updatePolicy", default)]
    pub update_policy: ::std::option::Option<crate::types::UpdatePolicy>,
    /// Unique identifier for the compute environment.
    #[serde(rename = "uuid", default)]
    pub uuid: ::std::option::Option<::std::string::String>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "context", default)]
    pub context: ::std::option::Option<::std::string::String>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "ecsSettings", default)]
    pub ecs_settings: ::std::option::Option<crate::types::EcsSettings>,
}
impl ComputeEnvironmentDetail {
    /// A new [`ComputeEnvironmentDetailBuilder`](crate::types::builders::ComputeEnvironmentDetailBuilder).
    pub fn builder() -> crate::types::builders::ComputeEnvironmentDetailBuilder {
        ::std::default::Default::default()
    }
}
/// The order that compute environments are tried in for job placement within a
/// queue. Compute environments are tried in ascending order. For example, if two
/// compute environments are associated with a job queue, the compute environment
/// with a lower order integer value is tried for job placement first. Compute
/// environments must be in the `VALID` state before you can associate them with a
/// job queue. All of the compute environments must be either EC2 (`EC2` or `SPOT`)
/// or Fargate (`FARGATE` or `FARGATE_SPOT`); EC2 and Fargate compute environments
/// can't be mixed.
///
/// **Note:** All compute environments that are associated with a job queue must
/// share the same architecture. Batch doesn't support mixing compute environment
/// architecture types in a single job queue.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ComputeEnvironmentOrder {
    /// The Amazon Resource Name (ARN) of the compute environment.
    #[serde(rename = "computeEnvironment", default)]
    pub compute_environment: ::std::string::String,
    /// The order of the compute environment. Compute environments are tried in
    /// ascending order. For example, if two compute environments are associated with a
    /// job queue, the compute environment with a lower `order` integer value is tried
    /// for job placement first.
    #[serde(rename = "order", default)]
    pub order: i64,
}
impl ComputeEnvironmentOrder {
    /// A new [`ComputeEnvironmentOrderBuilder`](crate::types::builders::ComputeEnvironmentOrderBuilder).
    pub fn builder() -> crate::types::builders::ComputeEnvironmentOrderBuilder {
        ::std::default::Default::default()
    }
}
/// An object that represents an Batch compute resource. For more information, see
/// [Compute
/// environments](https://docs.aws.amazon.com/batch/latest/userguide/compute_environments.html)
/// in the *Batch User Guide*.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ComputeResource {
    /// The allocation strategy to use for the compute resource if not enough instances
    /// of the best fitting instance type can be allocated. This might be because of
    /// availability of the instance type in the Region or [Amazon EC2 service
    /// limits](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-resource-limits.html).
    /// For more information, see [Allocation
    /// strategies](https://docs.aws.amazon.com/batch/latest/userguide/allocation-strategies.html)
    /// in the *Batch User Guide*.
    ///
    /// **Note:** This parameter isn't applicable to jobs that are running on Fargate
    /// resources. Don't specify it.
    ///
    /// - **BEST_FIT (default)**: Batch selects an instance type that best fits the
    ///   needs of the jobs with a preference for the lowest-cost instance type. If
    ///   additional instances of the selected instance type aren't available, Batch
    ///   waits for the additional instances to be available. If there aren't enough
    ///   instances available or the user is reaching [Amazon EC2 service
    ///   limits](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-resource-limits.html),
    ///   additional jobs aren't run until the currently running jobs are completed.
    ///   This allocation strategy keeps costs lower but can limit scaling. If you're
    ///   using Spot Fleets with `BEST_FIT`, the Spot Fleet IAM Role must be specified.
    ///   Compute resources that use a `BEST_FIT` allocation strategy don't support
    ///   infrastructure updates and can't update some parameters. For more information,
    ///   see [Updating compute
    ///   environments](https://docs.aws.amazon.com/batch/latest/userguide/updating-compute-environments.html)
    ///   in the *Batch User Guide*.
    /// - **BEST_FIT_PROGRESSIVE**: Batch selects additional instance types that are
    ///   large enough to meet the requirements of the jobs in the queue. Its preference
    ///   is for instance types with lower cost vCPUs. If additional instances of the
    ///   previously selected instance types aren't available, Batch selects new
    ///   instance types.
    /// - **SPOT_CAPACITY_OPTIMIZED**: Batch selects one or more instance types that are
    ///   large enough to meet the requirements of the jobs in the queue. Its preference
    ///   is for instance types that are less likely to be interrupted. This allocation
    ///   strategy is only available for Spot Instance compute resources.
    /// - **SPOT_PRICE_CAPACITY_OPTIMIZED**: The price and capacity optimized allocation
    ///   strategy looks at both price and capacity to select the Spot Instance pools
    ///   that are the least likely to be interrupted and have the lowest possible
    ///   price. This allocation strategy is only available for Spot Instance compute
    ///   resources.
    ///
    /// With `BEST_FIT_PROGRESSIVE`,`SPOT_CAPACITY_OPTIMIZED` and
    /// `SPOT_PRICE_CAPACITY_OPTIMIZED` strategies using On-Demand or Spot Instances,
    /// and the `BEST_FIT` strategy using Spot Instances, Batch might need to exceed
    /// `maxvCpus` to meet your capacity requirements. In this event, Batch never
    /// exceeds `maxvCpus` by more than a single instance.
    #[serde(
        rename = "allocationStrategy",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub allocation_strategy: ::std::option::Option<crate::types::CrAllocationStrategy>,
    /// The maximum percentage that a Spot Instance price can be when compared with the
    /// On-Demand price for that instance type before instances are launched. For
    /// example, if your maximum percentage is 20%, then the Spot price must be less
    /// than 20% of the current On-Demand price for that Amazon EC2 instance. You always
    /// pay the lowest (market) price and never more than your maximum percentage. If
    /// you leave this field empty, the default value is 100% of the On-Demand price.
    /// For most use cases, we recommend leaving this field empty.
    ///
    /// **Note:** This parameter isn't applicable to jobs that are running on Fargate
    /// resources. Don't specify it.
    #[serde(
        rename = "bidPercentage",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub bid_percentage: ::std::option::Option<i64>,
    /// The desired number of vCPUS in the compute environment. Batch modifies this
    /// value between the minimum and maximum values based on job queue demand.
    ///
    /// **Note:** This parameter isn't applicable to jobs that are running on Fargate
    /// resources. Don't specify it.
    #[serde(
        rename = "desiredvCpus",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub desiredv_cpus: ::std::option::Option<i64>,
    /// Provides information that's used to select Amazon Machine Images (AMIs) for EC2
    /// instances in the compute environment. If `Ec2Configuration` isn't specified, the
    /// default is `ECS_AL2`.
    ///
    /// One or two values can be provided.
    ///
    /// **Note:** This parameter isn't applicable to jobs that are running on Fargate
    /// resources. Don't specify it.
    #[serde(
        rename = "ec2Configuration",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ec2_configuration: ::std::option::Option<
        ::std::vec::Vec<crate::types::Ec2Configuration>,
    >,
    /// The Amazon EC2 key pair that's used for instances launched in the compute
    /// environment. You can use this key pair to log in to your instances with SSH.
    ///
    /// **Note:** This parameter isn't applicable to jobs that are running on Fargate
    /// resources. Don't specify it.
    #[serde(
        rename = "ec2KeyPair",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ec2_key_pair: ::std::option::Option<::std::string::String>,
    /// The Amazon Machine Image (AMI) ID used for instances launched in the compute
    /// environment. This parameter is overridden by the `imageIdOverride` member of the
    /// `Ec2Configuration` structure.
    ///
    /// **Note:** This parameter isn't applicable to jobs that are running on Fargate
    /// resources. Don't specify it.
    ///
    /// **Note:** The AMI that you choose for a compute environment must match the
    /// architecture of the instance types that you intend to use for that compute
    /// environment. For example, if your compute environment uses A1 instance types,
    /// the compute resource AMI that you choose must support ARM instances. Amazon ECS
    /// vends both x86 and ARM versions of the Amazon ECS-optimized Amazon Linux 2 AMI.
    /// For more information, see [Amazon ECS-optimized Amazon Linux 2
    /// AMI](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-optimized_AMI.html#ecs-optimized-ami-linux-variants.html)
    /// in the *Amazon Elastic Container Service Developer Guide*.
    ///
    /// This field is deprecated, use ec2Configuration\[\].imageIdOverride instead.
    #[serde(
        rename = "imageId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_id: ::std::option::Option<::std::string::String>,
    /// The Amazon ECS instance profile applied to Amazon EC2 instances in a compute
    /// environment. You can specify the short name or full Amazon Resource Name (ARN)
    /// of an instance profile. For example, `ecsInstanceRole` or
    /// `arn:aws:iam::<aws_account_id>:instance-profile/ecsInstanceRole`. For more
    /// information, see [Amazon ECS instance
    /// role](https://docs.aws.amazon.com/batch/latest/userguide/instance_IAM_role.html)
    /// in the *Batch User Guide*.
    ///
    /// **Note:** This parameter isn't applicable to jobs that are running on Fargate
    /// resources. Don't specify it.
    #[serde(
        rename = "instanceRole",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_role: ::std::option::Option<::std::string::String>,
    /// The instances types that can be launched. You can specify instance families to
    /// launch any instance type within those families (for example, `c5` or `p3`), or
    /// you can specify specific sizes within a family (such as `c5.8xlarge`). You can
    /// also choose `optimal` to select instance types (from the C4, M4, and R4 instance
    /// families) that match the demand of your job queues.
    ///
    /// **Note:** This parameter isn't applicable to jobs that are running on Fargate
    /// resources. Don't specify it.
    ///
    /// **Note:** When you create a compute environment, the instance types that you
    /// select for the compute environment must share the same architecture. For
    /// example, you can't mix x86 and ARM instances in the same compute environment.
    ///
    /// **Note:** Currently, `optimal` uses instance types from the C4, M4, and R4
    /// instance families. In Regions that don't have instance types from those instance
    /// families, instance types from the C5, M5, and R5 instance families are used.
    #[serde(
        rename = "instanceTypes",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_types: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// The launch template to use for your compute resources. Any other compute
    /// resource parameters that you specify in a CreateComputeEnvironment API operation
    /// override the same parameters in the launch template. You must specify either the
    /// launch template ID or launch template name in the request, but not both. For
    /// more information, see [Launch template
    /// support](https://docs.aws.amazon.com/batch/latest/userguide/launch-templates.html)
    /// in the *Batch User Guide*.
    ///
    /// **Note:** This parameter isn't applicable to jobs that are running on Fargate
    /// resources. Don't specify it.
    #[serde(
        rename = "launchTemplate",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub launch_template: ::std::option::Option<
        crate::types::LaunchTemplateSpecification,
    >,
    /// The maximum number of vCPUs that a compute environment can support.
    ///
    /// **Note:** With `BEST_FIT_PROGRESSIVE`, `SPOT_CAPACITY_OPTIMIZED` and
    /// `SPOT_PRICE_CAPACITY_OPTIMIZED` allocation strategies using On-Demand or Spot
    /// Instances, and the `BEST_FIT` strategy using Spot Instances, Batch might need to
    /// exceed `maxvCpus` to meet your capacity requirements. In this event, Batch never
    /// exceeds `maxvCpus` by more than a single instance. For example, no more than a
    /// single instance from among those specified in your compute environment is
    /// allocated.
    #[serde(rename = "maxvCpus", default)]
    pub maxv_cpus: i64,
    /// The minimum number of vCPUs that a compute environment should maintain (even if
    /// the compute environment is `DISABLED`).
    ///
    /// **Note:** This parameter isn't applicable to jobs that are running on Fargate
    /// resources. Don't specify it.
    #[serde(
        rename = "minvCpus",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub minv_cpus: ::std::option::Option<i64>,
    /// The Amazon EC2 placement group to associate with your compute resources. If you
    /// intend to submit multi-node parallel jobs to your compute environment, you
    /// should consider creating a cluster placement group and associate it with your
    /// compute resources. This keeps your multi-node parallel job on a logical grouping
    /// of instances within a single Availability Zone with high network flow potential.
    /// For more information, see [Placement
    /// groups](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/placement-groups.html)
    /// in the *Amazon EC2 User Guide for Linux Instances*.
    ///
    /// **Note:** This parameter isn't applicable to jobs that are running on Fargate
    /// resources. Don't specify it.
    #[serde(
        rename = "placementGroup",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub placement_group: ::std::option::Option<::std::string::String>,
    /// The Amazon EC2 security groups that are associated with instances launched in
    /// the compute environment. One or more security groups must be specified, either
    /// in `securityGroupIds` or using a launch template referenced in `launchTemplate`.
    /// This parameter is required for jobs that are running on Fargate resources and
    /// must contain at least one security group. Fargate doesn't support launch
    /// templates. If security groups are specified using both `securityGroupIds` and
    /// `launchTemplate`, the values in `securityGroupIds` are used.
    #[serde(
        rename = "securityGroupIds",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub security_group_ids: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    /// The Amazon Resource Name (ARN) of the Amazon EC2 Spot Fleet IAM role applied to
    /// a `SPOT` compute environment. This role is required if the allocation strategy
    /// set to `BEST_FIT` or if the allocation strategy isn't specified. For more
    /// information, see [Amazon EC2 spot fleet
    /// role](https://docs.aws.amazon.com/batch/latest/userguide/spot_fleet_IAM_role.html)
    /// in the *Batch User Guide*.
    ///
    /// **Note:** This parameter isn't applicable to jobs that are running on Fargate
    /// resources. Don't specify it.
    ///
    /// **Important:** To tag your Spot Instances on creation, the Spot Fleet IAM role
    /// specified here must use the newer **AmazonEC2SpotFleetTaggingRole** managed
    /// policy. The previously recommended **AmazonEC2SpotFleetRole** managed policy
    /// doesn't have the required permissions to tag Spot Instances. For more
    /// information, see [Spot instances not tagged on
    /// creation](https://docs.aws.amazon.com/batch/latest/userguide/troubleshooting.html#spot-instance-no-tag)
    /// in the *Batch User Guide*.
    #[serde(
        rename = "spotIamFleetRole",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub spot_iam_fleet_role: ::std::option::Option<::std::string::String>,
    /// The VPC subnets where the compute resources are launched. These subnets must be
    /// within the same VPC. Fargate compute resources can contain up to 16 subnets. For
    /// more information, see [VPCs and
    /// subnets](https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Subnets.html) in
    /// the *Amazon VPC User Guide*.
    ///
    /// **Note:** Batch on Amazon EC2 and Batch on Amazon EKS support Local Zones. For
    /// more information, see [Local
    /// Zones](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/using-regions-availability-zones.html#concepts-local-zones)
    /// in the *Amazon EC2 User Guide for Linux Instances*, [Amazon EKS and Amazon Web
    /// Services Local
    /// Zones](https://docs.aws.amazon.com/eks/latest/userguide/local-zones.html) in the
    /// *Amazon EKS User Guide* and [Amazon ECS clusters in Local Zones, Wavelength
    /// Zones, and Amazon Web Services
    /// Outposts](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/cluster-regions-zones.html#clusters-local-zones)
    /// in the *Amazon ECS Developer Guide*.
    ///
    /// Batch on Fargate doesn't currently support Local Zones.
    #[serde(
        rename = "subnets",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub subnets: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Key-value pair tags to be applied to EC2 resources that are launched in the
    /// compute environment. For Batch, these take the form of `"String1": "String2"`,
    /// where `String1` is the tag key and `String2` is the tag value-for example,
    /// `{ "Name": "Batch Instance - C4OnDemand" }`. This is helpful for recognizing
    /// your Batch instances in the Amazon EC2 console. Updating these tags requires an
    /// infrastructure update to the compute environment. For more information, see
    /// [Updating compute
    /// environments](https://docs.aws.amazon.com/batch/latest/userguide/updating-compute-environments.html)
    /// in the *Batch User Guide*. These tags aren't seen when using the Batch
    /// `ListTagsForResource` API operation.
    ///
    /// **Note:** This parameter isn't applicable to jobs that are running on Fargate
    /// resources. Don't specify it.
    #[serde(
        rename = "tags",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    /// The type of compute environment: `EC2`, `SPOT`, `FARGATE`, or `FARGATE_SPOT`.
    /// For more information, see [Compute
    /// environments](https://docs.aws.amazon.com/batch/latest/userguide/compute_environments.html)
    /// in the *Batch User Guide*.
    ///
    /// If you choose `SPOT`, you must also specify an Amazon EC2 Spot Fleet role with
    /// the `spotIamFleetRole` parameter. For more information, see [Amazon EC2 spot
    /// fleet
    /// role](https://docs.aws.amazon.com/batch/latest/userguide/spot_fleet_IAM_role.html)
    /// in the *Batch User Guide*.
    #[serde(rename = "type")]
    pub r#type: crate::types::CrType,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "capacityTags",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub capacity_tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "managedInstancesProvider",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub managed_instances_provider: ::std::option::Option<
        crate::types::ManagedInstancesProvider,
    >,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "scalingPolicy",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub scaling_policy: ::std::option::Option<crate::types::ComputeScalingPolicy>,
}
impl ComputeResource {
    /// A new [`ComputeResourceBuilder`](crate::types::builders::ComputeResourceBuilder).
    pub fn builder() -> crate::types::builders::ComputeResourceBuilder {
        ::std::default::Default::default()
    }
}
/// An object that represents the attributes of a compute environment that can be
/// updated. For more information, see [Updating compute
/// environments](https://docs.aws.amazon.com/batch/latest/userguide/updating-compute-environments.html)
/// in the *Batch User Guide*.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct ComputeResourceUpdate {
    /// The allocation strategy to use for the compute resource if there's not enough
    /// instances of the best fitting instance type that can be allocated. This might be
    /// because of availability of the instance type in the Region or [Amazon EC2
    /// service
    /// limits](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-resource-limits.html).
    /// For more information, see [Allocation
    /// strategies](https://docs.aws.amazon.com/batch/latest/userguide/allocation-strategies.html)
    /// in the *Batch User Guide*.
    ///
    /// When updating a compute environment, changing the allocation strategy requires
    /// an infrastructure update of the compute environment. For more information, see
    /// [Updating compute
    /// environments](https://docs.aws.amazon.com/batch/latest/userguide/updating-compute-environments.html)
    /// in the *Batch User Guide*. `BEST_FIT` isn't supported when updating a compute
    /// environment.
    ///
    /// **Note:** This parameter isn't applicable to jobs that are running on Fargate
    /// resources. Don't specify it.
    ///
    /// - **BEST_FIT_PROGRESSIVE**: Batch selects additional instance types that are
    ///   large enough to meet the requirements of the jobs in the queue. Its preference
    ///   is for instance types with lower cost vCPUs. If additional instances of the
    ///   previously selected instance types aren't available, Batch selects new
    ///   instance types.
    /// - **SPOT_CAPACITY_OPTIMIZED**: Batch selects one or more instance types that are
    ///   large enough to meet the requirements of the jobs in the queue. Its preference
    ///   is for instance types that are less likely to be interrupted. This allocation
    ///   strategy is only available for Spot Instance compute resources.
    /// - **SPOT_PRICE_CAPACITY_OPTIMIZED**: The price and capacity optimized allocation
    ///   strategy looks at both price and capacity to select the Spot Instance pools
    ///   that are the least likely to be interrupted and have the lowest possible
    ///   price. This allocation strategy is only available for Spot Instance compute
    ///   resources.
    ///
    /// With both `BEST_FIT_PROGRESSIVE`, `SPOT_CAPACITY_OPTIMIZED`, and
    /// `SPOT_PRICE_CAPACITY_OPTIMIZED` strategies using On-Demand or Spot Instances,
    /// and the `BEST_FIT` strategy using Spot Instances, Batch might need to exceed
    /// `maxvCpus` to meet your capacity requirements. In this event, Batch never
    /// exceeds `maxvCpus` by more than a single instance.
    #[serde(
        rename = "allocationStrategy",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub allocation_strategy: ::std::option::Option<
        crate::types::CrUpdateAllocationStrategy,
    >,
    /// The maximum percentage that a Spot Instance price can be when compared with the
    /// On-Demand price for that instance type before instances are launched. For
    /// example, if your maximum percentage is 20%, the Spot price must be less than 20%
    /// of the current On-Demand price for that Amazon EC2 instance. You always pay the
    /// lowest (market) price and never more than your maximum percentage. For most use
    /// cases, we recommend leaving this field empty.
    ///
    /// When updating a compute environment, changing the bid percentage requires an
    /// infrastructure update of the compute environment. For more information, see
    /// [Updating compute
    /// environments](https://docs.aws.amazon.com/batch/latest/userguide/updating-compute-environments.html)
    /// in the *Batch User Guide*.
    ///
    /// **Note:** This parameter isn't applicable to jobs that are running on Fargate
    /// resources. Don't specify it.
    #[serde(
        rename = "bidPercentage",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub bid_percentage: ::std::option::Option<i64>,
    /// The desired number of vCPUS in the compute environment. Batch modifies this
    /// value between the minimum and maximum values based on job queue demand.
    ///
    /// **Note:** This parameter isn't applicable to jobs that are running on Fargate
    /// resources. Don't specify it.
    ///
    /// **Note:** Batch doesn't support changing the desired number of vCPUs of an
    /// existing compute environment. Don't specify this parameter for compute
    /// environments using Amazon EKS clusters.
    ///
    /// **Note:** When you update the `desiredvCpus` setting, the value must be between
    /// the `minvCpus` and `maxvCpus` values.
    ///
    /// Additionally, the updated `desiredvCpus` value must be greater than or equal to
    /// the current `desiredvCpus` value. For more information, see [Troubleshooting
    /// Batch](https://docs.aws.amazon.com/batch/latest/userguide/troubleshooting.html#error-desired-vcpus-update)
    /// in the *Batch User Guide*.
    #[serde(
        rename = "desiredvCpus",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub desiredv_cpus: ::std::option::Option<i64>,
    /// Provides information used to select Amazon Machine Images (AMIs) for EC2
    /// instances in the compute environment. If `Ec2Configuration` isn't specified, the
    /// default is `ECS_AL2`.
    ///
    /// When updating a compute environment, changing this setting requires an
    /// infrastructure update of the compute environment. For more information, see
    /// [Updating compute
    /// environments](https://docs.aws.amazon.com/batch/latest/userguide/updating-compute-environments.html)
    /// in the *Batch User Guide*. To remove the EC2 configuration and any custom AMI ID
    /// specified in `imageIdOverride`, set this value to an empty string.
    ///
    /// One or two values can be provided.
    ///
    /// **Note:** This parameter isn't applicable to jobs that are running on Fargate
    /// resources. Don't specify it.
    #[serde(
        rename = "ec2Configuration",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ec2_configuration: ::std::option::Option<
        ::std::vec::Vec<crate::types::Ec2Configuration>,
    >,
    /// The Amazon EC2 key pair that's used for instances launched in the compute
    /// environment. You can use this key pair to log in to your instances with SSH. To
    /// remove the Amazon EC2 key pair, set this value to an empty string.
    ///
    /// When updating a compute environment, changing the EC2 key pair requires an
    /// infrastructure update of the compute environment. For more information, see
    /// [Updating compute
    /// environments](https://docs.aws.amazon.com/batch/latest/userguide/updating-compute-environments.html)
    /// in the *Batch User Guide*.
    ///
    /// **Note:** This parameter isn't applicable to jobs that are running on Fargate
    /// resources. Don't specify it.
    #[serde(
        rename = "ec2KeyPair",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ec2_key_pair: ::std::option::Option<::std::string::String>,
    /// The Amazon Machine Image (AMI) ID used for instances launched in the compute
    /// environment. This parameter is overridden by the `imageIdOverride` member of the
    /// `Ec2Configuration` structure. To remove the custom AMI ID and use the default
    /// AMI ID, set this value to an empty string.
    ///
    /// When updating a compute environment, changing the AMI ID requires an
    /// infrastructure update of the compute environment. For more information, see
    /// [Updating compute
    /// environments](https://docs.aws.amazon.com/batch/latest/userguide/updating-compute-environments.html)
    /// in the *Batch User Guide*.
    ///
    /// **Note:** This parameter isn't applicable to jobs that are running on Fargate
    /// resources. Don't specify it.
    ///
    /// **Note:** The AMI that you choose for a compute environment must match the
    /// architecture of the instance types that you intend to use for that compute
    /// environment. For example, if your compute environment uses A1 instance types,
    /// the compute resource AMI that you choose must support ARM instances. Amazon ECS
    /// vends both x86 and ARM versions of the Amazon ECS-optimized Amazon Linux 2 AMI.
    /// For more information, see [Amazon ECS-optimized Amazon Linux 2
    /// AMI](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-optimized_AMI.html#ecs-optimized-ami-linux-variants.html)
    /// in the *Amazon Elastic Container Service Developer Guide*.
    #[serde(
        rename = "imageId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_id: ::std::option::Option<::std::string::String>,
    /// The Amazon ECS instance profile applied to Amazon EC2 instances in a compute
    /// environment. You can specify the short name or full Amazon Resource Name (ARN)
    /// of an instance profile. For example, `ecsInstanceRole` or
    /// `arn:aws:iam::<aws_account_id>:instance-profile/ecsInstanceRole`. For more
    /// information, see [Amazon ECS instance
    /// role](https://docs.aws.amazon.com/batch/latest/userguide/instance_IAM_role.html)
    /// in the *Batch User Guide*.
    ///
    /// When updating a compute environment, changing this setting requires an
    /// infrastructure update of the compute environment. For more information, see
    /// [Updating compute
    /// environments](https://docs.aws.amazon.com/batch/latest/userguide/updating-compute-environments.html)
    /// in the *Batch User Guide*.
    ///
    /// **Note:** This parameter isn't applicable to jobs that are running on Fargate
    /// resources. Don't specify it.
    #[serde(
        rename = "instanceRole",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_role: ::std::option::Option<::std::string::String>,
    /// The instances types that can be launched. You can specify instance families to
    /// launch any instance type within those families (for example, `c5` or `p3`), or
    /// you can specify specific sizes within a family (such as `c5.8xlarge`). You can
    /// also choose `optimal` to select instance types (from the C4, M4, and R4 instance
    /// families) that match the demand of your job queues.
    ///
    /// When updating a compute environment, changing this setting requires an
    /// infrastructure update of the compute environment. For more information, see
    /// [Updating compute
    /// environments](https://docs.aws.amazon.com/batch/latest/userguide/updating-compute-environments.html)
    /// in the *Batch User Guide*.
    ///
    /// **Note:** This parameter isn't applicable to jobs that are running on Fargate
    /// resources. Don't specify it.
    ///
    /// **Note:** When you create a compute environment, the instance types that you
    /// select for the compute environment must share the same architecture. For
    /// example, you can't mix x86 and ARM instances in the same compute environment.
    ///
    /// **Note:** Currently, `optimal` uses instance types from the C4, M4, and R4
    /// instance families. In Regions that don't have instance types from those instance
    /// families, instance types from the C5, M5, and R5 instance families are used.
    #[serde(
        rename = "instanceTypes",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_types: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// The updated launch template to use for your compute resources. You must specify
    /// either the launch template ID or launch template name in the request, but not
    /// both. For more information, see [Launch template
    /// support](https://docs.aws.amazon.com/batch/latest/userguide/launch-templates.html)
    /// in the *Batch User Guide*. To remove the custom launch template and use the
    /// default launch template, set `launchTemplateId` or `launchTemplateName` member
    /// of the launch template specification to an empty string. Removing the launch
    /// template from a compute environment will not remove the AMI specified in the
    /// launch template. In order to update the AMI specified in a launch template, the
    /// `updateToLatestImageVersion` parameter must be set to `true`.
    ///
    /// When updating a compute environment, changing the launch template requires an
    /// infrastructure update of the compute environment. For more information, see
    /// [Updating compute
    /// environments](https://docs.aws.amazon.com/batch/latest/userguide/updating-compute-environments.html)
    /// in the *Batch User Guide*.
    ///
    /// **Note:** This parameter isn't applicable to jobs that are running on Fargate
    /// resources. Don't specify it.
    #[serde(
        rename = "launchTemplate",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub launch_template: ::std::option::Option<
        crate::types::LaunchTemplateSpecification,
    >,
    /// The maximum number of Amazon EC2 vCPUs that an environment can reach.
    ///
    /// **Note:** With `BEST_FIT_PROGRESSIVE`, `SPOT_CAPACITY_OPTIMIZED`, and
    /// `SPOT_PRICE_CAPACITY_OPTIMIZED` allocation strategies using On-Demand or Spot
    /// Instances, and the `BEST_FIT` strategy using Spot Instances, Batch might need to
    /// exceed `maxvCpus` to meet your capacity requirements. In this event, Batch never
    /// exceeds `maxvCpus` by more than a single instance. That is, no more than a
    /// single instance from among those specified in your compute environment.
    #[serde(
        rename = "maxvCpus",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub maxv_cpus: ::std::option::Option<i64>,
    /// The minimum number of vCPUs that an environment should maintain (even if the
    /// compute environment is `DISABLED`).
    ///
    /// **Note:** This parameter isn't applicable to jobs that are running on Fargate
    /// resources. Don't specify it.
    #[serde(
        rename = "minvCpus",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub minv_cpus: ::std::option::Option<i64>,
    /// The Amazon EC2 placement group to associate with your compute resources. If you
    /// intend to submit multi-node parallel jobs to your compute environment, you
    /// should consider creating a cluster placement group and associate it with your
    /// compute resources. This keeps your multi-node parallel job on a logical grouping
    /// of instances within a single Availability Zone with high network flow potential.
    /// For more information, see [Placement
    /// groups](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/placement-groups.html)
    /// in the *Amazon EC2 User Guide for Linux Instances*.
    ///
    /// When updating a compute environment, changing the placement group requires an
    /// infrastructure update of the compute environment. For more information, see
    /// [Updating compute
    /// environments](https://docs.aws.amazon.com/batch/latest/userguide/updating-compute-environments.html)
    /// in the *Batch User Guide*.
    ///
    /// **Note:** This parameter isn't applicable to jobs that are running on Fargate
    /// resources. Don't specify it.
    #[serde(
        rename = "placementGroup",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub placement_group: ::std::option::Option<::std::string::String>,
    /// The Amazon EC2 security groups that are associated with instances launched in
    /// the compute environment. This parameter is required for Fargate compute
    /// resources, where it can contain up to 5 security groups. For Fargate compute
    /// resources, providing an empty list is handled as if this parameter wasn't
    /// specified and no change is made. For EC2 compute resources, providing an empty
    /// list removes the security groups from the compute resource.
    ///
    /// When updating a compute environment, changing the EC2 security groups requires
    /// an infrastructure update of the compute environment. For more information, see
    /// [Updating compute
    /// environments](https://docs.aws.amazon.com/batch/latest/userguide/updating-compute-environments.html)
    /// in the *Batch User Guide*.
    #[serde(
        rename = "securityGroupIds",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub security_group_ids: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    /// The VPC subnets where the compute resources are launched. Fargate compute
    /// resources can contain up to 16 subnets. For Fargate compute resources, providing
    /// an empty list will be handled as if this parameter wasn't specified and no
    /// change is made. For EC2 compute resources, providing an empty list removes the
    /// VPC subnets from the compute resource. For more information, see [VPCs and
    /// subnets](https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Subnets.html) in
    /// the *Amazon VPC User Guide*.
    ///
    /// When updating a compute environment, changing the VPC subnets requires an
    /// infrastructure update of the compute environment. For more information, see
    /// [Updating compute
    /// environments](https://docs.aws.amazon.com/batch/latest/userguide/updating-compute-environments.html)
    /// in the *Batch User Guide*.
    ///
    /// **Note:** Batch on Amazon EC2 and Batch on Amazon EKS support Local Zones. For
    /// more information, see [Local
    /// Zones](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/using-regions-availability-zones.html#concepts-local-zones)
    /// in the *Amazon EC2 User Guide for Linux Instances*, [Amazon EKS and Amazon Web
    /// Services Local
    /// Zones](https://docs.aws.amazon.com/eks/latest/userguide/local-zones.html) in the
    /// *Amazon EKS User Guide* and [Amazon ECS clusters in Local Zones, Wavelength
    /// Zones, and Amazon Web Services
    /// Outposts](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/cluster-regions-zones.html#clusters-local-zones)
    /// in the *Amazon ECS Developer Guide*.
    ///
    /// Batch on Fargate doesn't currently support Local Zones.
    #[serde(
        rename = "subnets",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub subnets: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Key-value pair tags to be applied to EC2 resources that are launched in the
    /// compute environment. For Batch, these take the form of `"String1": "String2"`,
    /// where `String1` is the tag key and `String2` is the tag value-for example,
    /// `{ "Name": "Batch Instance - C4OnDemand" }`. This is helpful for recognizing
    /// your Batch instances in the Amazon EC2 console. These tags aren't seen when
    /// using the Batch `ListTagsForResource` API operation.
    ///
    /// When updating a compute environment, changing this setting requires an
    /// infrastructure update of the compute environment. For more information, see
    /// [Updating compute
    /// environments](https://docs.aws.amazon.com/batch/latest/userguide/updating-compute-environments.html)
    /// in the *Batch User Guide*.
    ///
    /// **Note:** This parameter isn't applicable to jobs that are running on Fargate
    /// resources. Don't specify it.
    #[serde(
        rename = "tags",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    /// The type of compute environment: `EC2`, `SPOT`, `FARGATE`, or `FARGATE_SPOT`.
    /// For more information, see [Compute
    /// environments](https://docs.aws.amazon.com/batch/latest/userguide/compute_environments.html)
    /// in the *Batch User Guide*.
    ///
    /// If you choose `SPOT`, you must also specify an Amazon EC2 Spot Fleet role with
    /// the `spotIamFleetRole` parameter. For more information, see [Amazon EC2 spot
    /// fleet
    /// role](https://docs.aws.amazon.com/batch/latest/userguide/spot_fleet_IAM_role.html)
    /// in the *Batch User Guide*.
    ///
    /// When updating a compute environment, changing the type of a compute environment
    /// requires an infrastructure update of the compute environment. For more
    /// information, see [Updating compute
    /// environments](https://docs.aws.amazon.com/batch/latest/userguide/updating-compute-environments.html)
    /// in the *Batch User Guide*.
    #[serde(
        rename = "type",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub r#type: ::std::option::Option<crate::types::CrType>,
    /// Specifies whether the AMI ID is updated to the latest one that's supported by
    /// Batch when the compute environment has an infrastructure update. The default
    /// value is `false`.
    ///
    /// **Note:** An AMI ID can either be specified in the `imageId` or
    /// `imageIdOverride` parameters or be determined by the launch template that's
    /// specified in the `launchTemplate` parameter. If an AMI ID is specified any of
    /// these ways, this parameter is ignored. For more information about to update AMI
    /// IDs during an infrastructure update, see [Updating the AMI
    /// ID](https://docs.aws.amazon.com/batch/latest/userguide/updating-compute-environments.html#updating-compute-environments-ami)
    /// in the *Batch User Guide*.
    ///
    /// When updating a compute environment, changing this setting requires an
    /// infrastructure update of the compute environment. For more information, see
    /// [Updating compute
    /// environments](https://docs.aws.amazon.com/batch/latest/userguide/updating-compute-environments.html)
    /// in the *Batch User Guide*.
    #[serde(
        rename = "updateToLatestImageVersion",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub update_to_latest_image_version: ::std::option::Option<bool>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "capacityTags",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub capacity_tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "managedInstancesProvider",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub managed_instances_provider: ::std::option::Option<
        crate::types::UpdateManagedInstancesProviderConfiguration,
    >,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "scalingPolicy",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub scaling_policy: ::std::option::Option<crate::types::ComputeScalingPolicy>,
}
impl ComputeResourceUpdate {
    /// A new [`ComputeResourceUpdateBuilder`](crate::types::builders::ComputeResourceUpdateBuilder).
    pub fn builder() -> crate::types::builders::ComputeResourceUpdateBuilder {
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
pub struct ComputeScalingPolicy {
    #[serde(
        rename = "minScaleDownDelayMinutes",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub min_scale_down_delay_minutes: ::std::option::Option<i64>,
}
impl ComputeScalingPolicy {
    /// A new [`ComputeScalingPolicyBuilder`](crate::types::builders::ComputeScalingPolicyBuilder).
    pub fn builder() -> crate::types::builders::ComputeScalingPolicyBuilder {
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
pub struct ConsumableResourceProperties {
    #[serde(
        rename = "consumableResourceList",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub consumable_resource_list: ::std::option::Option<
        ::std::vec::Vec<crate::types::ConsumableResourceRequirement>,
    >,
}
impl ConsumableResourceProperties {
    /// A new [`ConsumableResourcePropertiesBuilder`](crate::types::builders::ConsumableResourcePropertiesBuilder).
    pub fn builder() -> crate::types::builders::ConsumableResourcePropertiesBuilder {
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
pub struct ConsumableResourceRequirement {
    #[serde(
        rename = "consumableResource",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub consumable_resource: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "quantity",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub quantity: ::std::option::Option<i64>,
}
impl ConsumableResourceRequirement {
    /// A new [`ConsumableResourceRequirementBuilder`](crate::types::builders::ConsumableResourceRequirementBuilder).
    pub fn builder() -> crate::types::builders::ConsumableResourceRequirementBuilder {
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
pub struct ConsumableResourceSummary {
    #[serde(rename = "consumableResourceArn", default)]
    pub consumable_resource_arn: ::std::string::String,
    #[serde(rename = "consumableResourceName", default)]
    pub consumable_resource_name: ::std::string::String,
    #[serde(rename = "inUseQuantity", default)]
    pub in_use_quantity: ::std::option::Option<i64>,
    #[serde(rename = "resourceType", default)]
    pub resource_type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "totalQuantity", default)]
    pub total_quantity: ::std::option::Option<i64>,
}
impl ConsumableResourceSummary {
    /// A new [`ConsumableResourceSummaryBuilder`](crate::types::builders::ConsumableResourceSummaryBuilder).
    pub fn builder() -> crate::types::builders::ConsumableResourceSummaryBuilder {
        ::std::default::Default::default()
    }
}
/// An object that represents the details of a container that's part of a job.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ContainerDetail {
    /// The command that's passed to the container.
    #[serde(rename = "command", default)]
    pub command: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// The Amazon Resource Name (ARN) of the container instance that the container is
    /// running on.
    #[serde(rename = "containerInstanceArn", default)]
    pub container_instance_arn: ::std::option::Option<::std::string::String>,
    /// The environment variables to pass to a container.
    ///
    /// **Note:** Environment variables cannot start with "`AWS_BATCH`". This naming
    /// convention is reserved for variables that Batch sets.
    #[serde(rename = "environment", default)]
    pub environment: ::std::option::Option<::std::vec::Vec<crate::types::KeyValuePair>>,
    /// The amount of ephemeral storage allocated for the task. This parameter is used
    /// to expand the total amount of ephemeral storage available, beyond the default
    /// amount, for tasks hosted on Fargate.
    #[serde(rename = "ephemeralStorage", default)]
    pub ephemeral_storage: ::std::option::Option<crate::types::EphemeralStorage>,
    /// The Amazon Resource Name (ARN) of the execution role that Batch can assume. For
    /// more information, see [Batch execution IAM
    /// role](https://docs.aws.amazon.com/batch/latest/userguide/execution-IAM-role.html)
    /// in the *Batch User Guide*.
    #[serde(rename = "executionRoleArn", default)]
    pub execution_role_arn: ::std::option::Option<::std::string::String>,
    /// The exit code to return upon completion.
    #[serde(rename = "exitCode", default)]
    pub exit_code: ::std::option::Option<i64>,
    /// The platform configuration for jobs that are running on Fargate resources. Jobs
    /// that are running on EC2 resources must not specify this parameter.
    #[serde(rename = "fargatePlatformConfiguration", default)]
    pub fargate_platform_configuration: ::std::option::Option<
        crate::types::FargatePlatformConfiguration,
    >,
    /// The image used to start the container.
    #[serde(rename = "image", default)]
    pub image: ::std::option::Option<::std::string::String>,
    /// The instance type of the underlying host infrastructure of a multi-node parallel
    /// job.
    ///
    /// **Note:** This parameter isn't applicable to jobs that are running on Fargate
    /// resources.
    #[serde(rename = "instanceType", default)]
    pub instance_type: ::std::option::Option<::std::string::String>,
    /// The Amazon Resource Name (ARN) that's associated with the job when run.
    #[serde(rename = "jobRoleArn", default)]
    pub job_role_arn: ::std::option::Option<::std::string::String>,
    /// Linux-specific modifications that are applied to the container, such as details
    /// for device mappings.
    #[serde(rename = "linuxParameters", default)]
    pub linux_parameters: ::std::option::Option<crate::types::LinuxParameters>,
    /// The log configuration specification for the container.
    ///
    /// This parameter maps to `LogConfig` in the [Create a
    /// container](https://docs.docker.com/engine/api/v1.23/#create-a-container) section
    /// of the [Docker Remote API](https://docs.docker.com/engine/api/v1.23/) and the
    /// `--log-driver` option to [docker
    /// run](https://docs.docker.com/engine/reference/run/). By default, containers use
    /// the same logging driver that the Docker daemon uses. However, the container
    /// might use a different logging driver than the Docker daemon by specifying a log
    /// driver with this parameter in the container definition. To use a different
    /// logging driver for a container, the log system must be configured properly on
    /// the container instance. Or, alternatively, it must be configured on a different
    /// log server for remote logging options. For more information on the options for
    /// different supported log drivers, see [Configure logging
    /// drivers](https://docs.docker.com/engine/admin/logging/overview/) in the Docker
    /// documentation.
    ///
    /// **Note:** Batch currently supports a subset of the logging drivers available to
    /// the Docker daemon (shown in the LogConfiguration data type). Additional log
    /// drivers might be available in future releases of the Amazon ECS container agent.
    ///
    /// This parameter requires version 1.18 of the Docker Remote API or greater on your
    /// container instance. To check the Docker Remote API version on your container
    /// instance, log in to your container instance and run the following command:
    /// `sudo docker version | grep "Server API version"`
    ///
    /// **Note:** The Amazon ECS container agent running on a container instance must
    /// register the logging drivers available on that instance with the
    /// `ECS_AVAILABLE_LOGGING_DRIVERS` environment variable before containers placed on
    /// that instance can use these log configuration options. For more information, see
    /// [Amazon ECS container agent
    /// configuration](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-agent-config.html)
    /// in the *Amazon Elastic Container Service Developer Guide*.
    #[serde(rename = "logConfiguration", default)]
    pub log_configuration: ::std::option::Option<crate::types::LogConfiguration>,
    /// The name of the Amazon CloudWatch Logs log stream that's associated with the
    /// container. The log group for Batch jobs is `/aws/batch/job`. Each container
    /// attempt receives a log stream name when they reach the `RUNNING` status.
    #[serde(rename = "logStreamName", default)]
    pub log_stream_name: ::std::option::Option<::std::string::String>,
    /// For jobs running on EC2 resources that didn't specify memory requirements using
    /// `resourceRequirements`, the number of MiB of memory reserved for the job. For
    /// other jobs, including all run on Fargate resources, see `resourceRequirements`.
    #[serde(rename = "memory", default)]
    pub memory: ::std::option::Option<i64>,
    /// The mount points for data volumes in your container.
    #[serde(rename = "mountPoints", default)]
    pub mount_points: ::std::option::Option<::std::vec::Vec<crate::types::MountPoint>>,
    /// The network configuration for jobs that are running on Fargate resources. Jobs
    /// that are running on EC2 resources must not specify this parameter.
    #[serde(rename = "networkConfiguration", default)]
    pub network_configuration: ::std::option::Option<crate::types::NetworkConfiguration>,
    /// The network interfaces that are associated with the job.
    #[serde(rename = "networkInterfaces", default)]
    pub network_interfaces: ::std::option::Option<
        ::std::vec::Vec<crate::types::NetworkInterface>,
    >,
    /// When this parameter is true, the container is given elevated permissions on the
    /// host container instance (similar to the `root` user). The default value is
    /// `false`.
    ///
    /// **Note:** This parameter isn't applicable to jobs that are running on Fargate
    /// resources and shouldn't be provided, or specified as `false`.
    #[serde(rename = "privileged", default)]
    pub privileged: ::std::option::Option<bool>,
    /// When this parameter is true, the container is given read-only access to its root
    /// file system. This parameter maps to `ReadonlyRootfs` in the [Create a
    /// container](https://docs.docker.com/engine/api/v1.23/#create-a-container) section
    /// of the [Docker Remote API](https://docs.docker.com/engine/api/v1.23/) and the
    /// `--read-only` option to
    /// [`docker run`](https://docs.docker.com/engine/reference/commandline/run/) .
    #[serde(rename = "readonlyRootFilesystem", default)]
    pub readonly_root_filesystem: ::std::option::Option<bool>,
    /// A short (255 max characters) human-readable string to provide additional details
    /// for a running or stopped container.
    #[serde(rename = "reason", default)]
    pub reason: ::std::option::Option<::std::string::String>,
    /// The type and amount of resources to assign to a container. The supported
    /// resources include `GPU`, `MEMORY`, and `VCPU`.
    #[serde(rename = "resourceRequirements", default)]
    pub resource_requirements: ::std::option::Option<
        ::std::vec::Vec<crate::types::ResourceRequirement>,
    >,
    #[serde(rename = "runtimePlatform", default)]
    pub runtime_platform: ::std::option::Option<crate::types::RuntimePlatform>,
    /// The secrets to pass to the container. For more information, see [Specifying
    /// sensitive
    /// data](https://docs.aws.amazon.com/batch/latest/userguide/specifying-sensitive-data.html)
    /// in the *Batch User Guide*.
    #[serde(rename = "secrets", default)]
    pub secrets: ::std::option::Option<::std::vec::Vec<crate::types::Secret>>,
    /// The Amazon Resource Name (ARN) of the Amazon ECS task that's associated with the
    /// container job. Each container attempt receives a task ARN when they reach the
    /// `STARTING` status.
    #[serde(rename = "taskArn", default)]
    pub task_arn: ::std::option::Option<::std::string::String>,
    /// A list of `ulimit` values to set in the container. This parameter maps to
    /// `Ulimits` in the [Create a
    /// container](https://docs.docker.com/engine/api/v1.23/#create-a-container) section
    /// of the [Docker Remote API](https://docs.docker.com/engine/api/v1.23/) and the
    /// `--ulimit` option to [docker
    /// run](https://docs.docker.com/engine/reference/run/).
    ///
    /// **Note:** This parameter isn't applicable to jobs that are running on Fargate
    /// resources.
    #[serde(rename = "ulimits", default)]
    pub ulimits: ::std::option::Option<::std::vec::Vec<crate::types::Ulimit>>,
    /// The user name to use inside the container. This parameter maps to `User` in the
    /// [Create a
    /// container](https://docs.docker.com/engine/api/v1.23/#create-a-container) section
    /// of the [Docker Remote API](https://docs.docker.com/engine/api/v1.23/) and the
    /// `--user` option to [docker run](https://docs.docker.com/engine/reference/run/).
    #[serde(rename = "user", default)]
    pub user: ::std::option::Option<::std::string::String>,
    /// The number of vCPUs reserved for the container. For jobs that run on EC2
    /// resources, you can specify the vCPU requirement for the job using
    /// `resourceRequirements`, but you can't specify the vCPU requirements in both the
    /// `vcpus` and `resourceRequirements` object. This parameter maps to `CpuShares` in
    /// the [Create a
    /// container](https://docs.docker.com/engine/api/v1.23/#create-a-container) section
    /// of the [Docker Remote API](https://docs.docker.com/engine/api/v1.23/) and the
    /// `--cpu-shares` option to [docker
    /// run](https://docs.docker.com/engine/reference/run/). Each vCPU is equivalent to
    /// 1,024 CPU shares. You must specify at least one vCPU. This is required but can
    /// be specified in several places. It must be specified for each node at least
    /// once.
    ///
    /// **Note:** This parameter isn't applicable to jobs that run on Fargate resources.
    /// For jobs that run on Fargate resources, you must specify the vCPU requirement
    /// for the job using `resourceRequirements`.
    #[serde(rename = "vcpus", default)]
    pub vcpus: ::std::option::Option<i64>,
    /// A list of volumes that are associated with the job.
    #[serde(rename = "volumes", default)]
    pub volumes: ::std::option::Option<::std::vec::Vec<crate::types::Volume>>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "enableExecuteCommand", default)]
    pub enable_execute_command: ::std::option::Option<bool>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "repositoryCredentials", default)]
    pub repository_credentials: ::std::option::Option<
        crate::types::RepositoryCredentials,
    >,
}
impl ContainerDetail {
    /// A new [`ContainerDetailBuilder`](crate::types::builders::ContainerDetailBuilder).
    pub fn builder() -> crate::types::builders::ContainerDetailBuilder {
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
pub enum ContainerInsights {
    /// `ENABLED`
    Enabled,
    /// `ENHANCED`
    Enhanced,
    /// `DISABLED`
    Disabled,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl ContainerInsights {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Enabled => "ENABLED",
            Self::Enhanced => "ENHANCED",
            Self::Disabled => "DISABLED",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["ENABLED", "ENHANCED", "DISABLED"]
    }
}
impl ::std::convert::From<&str> for ContainerInsights {
    fn from(s: &str) -> Self {
        match s {
            "ENABLED" => Self::Enabled,
            "ENHANCED" => Self::Enhanced,
            "DISABLED" => Self::Disabled,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(ContainerInsights);
/// The overrides that should be sent to a container.
///
/// For information about using Batch overrides when you connect event sources to
/// targets, see
/// [BatchContainerOverrides](https://docs.aws.amazon.com/eventbridge/latest/pipes-reference/API_BatchContainerOverrides.html).
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct ContainerOverrides {
    /// The command to send to the container that overrides the default command from the
    /// Docker image or the job definition.
    ///
    /// **Note:** This parameter can't contain an empty string.
    #[serde(
        rename = "command",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub command: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// The environment variables to send to the container. You can add new environment
    /// variables, which are added to the container at launch, or you can override the
    /// existing environment variables from the Docker image or the job definition.
    ///
    /// **Note:** Environment variables cannot start with "`AWS_BATCH`". This naming
    /// convention is reserved for variables that Batch sets.
    #[serde(
        rename = "environment",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub environment: ::std::option::Option<::std::vec::Vec<crate::types::KeyValuePair>>,
    /// The instance type to use for a multi-node parallel job.
    ///
    /// **Note:** This parameter isn't applicable to single-node container jobs or jobs
    /// that run on Fargate resources, and shouldn't be provided.
    #[serde(
        rename = "instanceType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_type: ::std::option::Option<::std::string::String>,
    /// This parameter is deprecated, use `resourceRequirements` to override the memory
    /// requirements specified in the job definition. It's not supported for jobs
    /// running on Fargate resources. For jobs that run on EC2 resources, it overrides
    /// the `memory` parameter set in the job definition, but doesn't override any
    /// memory requirement that's specified in the `resourceRequirements` structure in
    /// the job definition. To override memory requirements that are specified in the
    /// `resourceRequirements` structure in the job definition, `resourceRequirements`
    /// must be specified in the `SubmitJob` request, with `type` set to `MEMORY` and
    /// `value` set to the new value. For more information, see [Can't override job
    /// definition resource
    /// requirements](https://docs.aws.amazon.com/batch/latest/userguide/troubleshooting.html#override-resource-requirements)
    /// in the *Batch User Guide*.This field is deprecated, use resourceRequirements
    /// instead.
    #[serde(
        rename = "memory",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub memory: ::std::option::Option<i64>,
    /// The type and amount of resources to assign to a container. This overrides the
    /// settings in the job definition. The supported resources include `GPU`, `MEMORY`,
    /// and `VCPU`.
    #[serde(
        rename = "resourceRequirements",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_requirements: ::std::option::Option<
        ::std::vec::Vec<crate::types::ResourceRequirement>,
    >,
    /// This parameter is deprecated, use `resourceRequirements` to override the `vcpus`
    /// parameter that's set in the job definition. It's not supported for jobs running
    /// on Fargate resources. For jobs that run on EC2 resources, it overrides the
    /// `vcpus` parameter set in the job definition, but doesn't override any vCPU
    /// requirement specified in the `resourceRequirements` structure in the job
    /// definition. To override vCPU requirements that are specified in the
    /// `resourceRequirements` structure in the job definition, `resourceRequirements`
    /// must be specified in the `SubmitJob` request, with `type` set to `VCPU` and
    /// `value` set to the new value. For more information, see [Can't override job
    /// definition resource
    /// requirements](https://docs.aws.amazon.com/batch/latest/userguide/troubleshooting.html#override-resource-requirements)
    /// in the *Batch User Guide*.This field is deprecated, use resourceRequirements
    /// instead.
    #[serde(
        rename = "vcpus",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub vcpus: ::std::option::Option<i64>,
}
impl ContainerOverrides {
    /// A new [`ContainerOverridesBuilder`](crate::types::builders::ContainerOverridesBuilder).
    pub fn builder() -> crate::types::builders::ContainerOverridesBuilder {
        ::std::default::Default::default()
    }
}
/// Container properties are used for Amazon ECS based job definitions. These
/// properties to describe the container that's launched as part of a job.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ContainerProperties {
    /// The command that's passed to the container. This parameter maps to `Cmd` in the
    /// [Create a
    /// container](https://docs.docker.com/engine/api/v1.23/#create-a-container) section
    /// of the [Docker Remote API](https://docs.docker.com/engine/api/v1.23/) and the
    /// `COMMAND` parameter to [docker
    /// run](https://docs.docker.com/engine/reference/run/). For more information, see
    /// <https://docs.docker.com/engine/reference/builder/#cmd>.
    #[serde(
        rename = "command",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub command: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// The environment variables to pass to a container. This parameter maps to `Env`
    /// in the [Create a
    /// container](https://docs.docker.com/engine/api/v1.23/#create-a-container) section
    /// of the [Docker Remote API](https://docs.docker.com/engine/api/v1.23/) and the
    /// `--env` option to [docker run](https://docs.docker.com/engine/reference/run/).
    ///
    /// **Important:** We don't recommend using plaintext environment variables for
    /// sensitive information, such as credential data.
    ///
    /// **Note:** Environment variables cannot start with "`AWS_BATCH`". This naming
    /// convention is reserved for variables that Batch sets.
    #[serde(
        rename = "environment",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub environment: ::std::option::Option<::std::vec::Vec<crate::types::KeyValuePair>>,
    /// The amount of ephemeral storage to allocate for the task. This parameter is used
    /// to expand the total amount of ephemeral storage available, beyond the default
    /// amount, for tasks hosted on Fargate.
    #[serde(
        rename = "ephemeralStorage",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ephemeral_storage: ::std::option::Option<crate::types::EphemeralStorage>,
    /// The Amazon Resource Name (ARN) of the execution role that Batch can assume. For
    /// jobs that run on Fargate resources, you must provide an execution role. For more
    /// information, see [Batch execution IAM
    /// role](https://docs.aws.amazon.com/batch/latest/userguide/execution-IAM-role.html)
    /// in the *Batch User Guide*.
    #[serde(
        rename = "executionRoleArn",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub execution_role_arn: ::std::option::Option<::std::string::String>,
    /// The platform configuration for jobs that are running on Fargate resources. Jobs
    /// that are running on EC2 resources must not specify this parameter.
    #[serde(
        rename = "fargatePlatformConfiguration",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub fargate_platform_configuration: ::std::option::Option<
        crate::types::FargatePlatformConfiguration,
    >,
    /// The image used to start a container. This string is passed directly to the
    /// Docker daemon. Images in the Docker Hub registry are available by default. Other
    /// repositories are specified with `repository-url/image:tag`. It can be 255
    /// characters long. It can contain uppercase and lowercase letters, numbers,
    /// hyphens (-), underscores (\_), colons (:), periods (.), forward slashes (/), and
    /// number signs (#). This parameter maps to `Image` in the [Create a
    /// container](https://docs.docker.com/engine/api/v1.23/#create-a-container) section
    /// of the [Docker Remote API](https://docs.docker.com/engine/api/v1.23/) and the
    /// `IMAGE` parameter of [docker
    /// run](https://docs.docker.com/engine/reference/run/).
    ///
    /// **Note:** Docker image architecture must match the processor architecture of the
    /// compute resources that they're scheduled on. For example, ARM-based Docker
    /// images can only run on ARM-based compute resources.
    ///
    /// - Images in Amazon ECR Public repositories use the full
    ///   `registry/repository[:tag]` or `registry/repository[@digest]` naming
    ///   conventions. For example, `public.ecr.aws/registry_alias/my-web-app:latest`.
    /// - Images in Amazon ECR repositories use the full registry and repository URI
    ///   (for example,
    ///   `123456789012.dkr.ecr.<region-name>.amazonaws.com/<repository-name>`).
    /// - Images in official repositories on Docker Hub use a single name (for example,
    ///   `ubuntu` or `mongo`).
    /// - Images in other repositories on Docker Hub are qualified with an organization
    ///   name (for example, `amazon/amazon-ecs-agent`).
    /// - Images in other online repositories are qualified further by a domain name
    ///   (for example, `quay.io/assemblyline/ubuntu`).
    #[serde(
        rename = "image",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image: ::std::option::Option<::std::string::String>,
    /// The instance type to use for a multi-node parallel job. All node groups in a
    /// multi-node parallel job must use the same instance type.
    ///
    /// **Note:** This parameter isn't applicable to single-node container jobs or jobs
    /// that run on Fargate resources, and shouldn't be provided.
    #[serde(
        rename = "instanceType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_type: ::std::option::Option<::std::string::String>,
    /// The Amazon Resource Name (ARN) of the IAM role that the container can assume for
    /// Amazon Web Services permissions. For more information, see [IAM roles for
    /// tasks](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-iam-roles.html)
    /// in the *Amazon Elastic Container Service Developer Guide*.
    #[serde(
        rename = "jobRoleArn",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub job_role_arn: ::std::option::Option<::std::string::String>,
    /// Linux-specific modifications that are applied to the container, such as details
    /// for device mappings.
    #[serde(
        rename = "linuxParameters",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub linux_parameters: ::std::option::Option<crate::types::LinuxParameters>,
    /// The log configuration specification for the container.
    ///
    /// This parameter maps to `LogConfig` in the [Create a
    /// container](https://docs.docker.com/engine/api/v1.23/#create-a-container) section
    /// of the [Docker Remote API](https://docs.docker.com/engine/api/v1.23/) and the
    /// `--log-driver` option to [docker
    /// run](https://docs.docker.com/engine/reference/run/). By default, containers use
    /// the same logging driver that the Docker daemon uses. However the container might
    /// use a different logging driver than the Docker daemon by specifying a log driver
    /// with this parameter in the container definition. To use a different logging
    /// driver for a container, the log system must be configured properly on the
    /// container instance (or on a different log server for remote logging options).
    /// For more information on the options for different supported log drivers, see
    /// [Configure logging
    /// drivers](https://docs.docker.com/engine/admin/logging/overview/) in the Docker
    /// documentation.
    ///
    /// **Note:** Batch currently supports a subset of the logging drivers available to
    /// the Docker daemon (shown in the LogConfiguration data type).
    ///
    /// This parameter requires version 1.18 of the Docker Remote API or greater on your
    /// container instance. To check the Docker Remote API version on your container
    /// instance, log in to your container instance and run the following command:
    /// `sudo docker version | grep "Server API version"`
    ///
    /// **Note:** The Amazon ECS container agent running on a container instance must
    /// register the logging drivers available on that instance with the
    /// `ECS_AVAILABLE_LOGGING_DRIVERS` environment variable before containers placed on
    /// that instance can use these log configuration options. For more information, see
    /// [Amazon ECS container agent
    /// configuration](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-agent-config.html)
    /// in the *Amazon Elastic Container Service Developer Guide*.
    #[serde(
        rename = "logConfiguration",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub log_configuration: ::std::option::Option<crate::types::LogConfiguration>,
    /// This parameter is deprecated, use `resourceRequirements` to specify the memory
    /// requirements for the job definition. It's not supported for jobs running on
    /// Fargate resources. For jobs that run on EC2 resources, it specifies the memory
    /// hard limit (in MiB) for a container. If your container attempts to exceed the
    /// specified number, it's terminated. You must specify at least 4 MiB of memory for
    /// a job using this parameter. The memory hard limit can be specified in several
    /// places. It must be specified for each node at least once.This field is
    /// deprecated, use resourceRequirements instead.
    #[serde(
        rename = "memory",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub memory: ::std::option::Option<i64>,
    /// The mount points for data volumes in your container. This parameter maps to
    /// `Volumes` in the [Create a
    /// container](https://docs.docker.com/engine/api/v1.23/#create-a-container) section
    /// of the [Docker Remote API](https://docs.docker.com/engine/api/v1.23/) and the
    /// `--volume` option to [docker
    /// run](https://docs.docker.com/engine/reference/run/).
    #[serde(
        rename = "mountPoints",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub mount_points: ::std::option::Option<::std::vec::Vec<crate::types::MountPoint>>,
    /// The network configuration for jobs that are running on Fargate resources. Jobs
    /// that are running on EC2 resources must not specify this parameter.
    #[serde(
        rename = "networkConfiguration",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub network_configuration: ::std::option::Option<crate::types::NetworkConfiguration>,
    /// When this parameter is true, the container is given elevated permissions on the
    /// host container instance (similar to the `root` user). This parameter maps to
    /// `Privileged` in the [Create a
    /// container](https://docs.docker.com/engine/api/v1.23/#create-a-container) section
    /// of the [Docker Remote API](https://docs.docker.com/engine/api/v1.23/) and the
    /// `--privileged` option to [docker
    /// run](https://docs.docker.com/engine/reference/run/). The default value is false.
    ///
    /// **Note:** This parameter isn't applicable to jobs that are running on Fargate
    /// resources and shouldn't be provided, or specified as false.
    #[serde(
        rename = "privileged",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub privileged: ::std::option::Option<bool>,
    /// When this parameter is true, the container is given read-only access to its root
    /// file system. This parameter maps to `ReadonlyRootfs` in the [Create a
    /// container](https://docs.docker.com/engine/api/v1.23/#create-a-container) section
    /// of the [Docker Remote API](https://docs.docker.com/engine/api/v1.23/) and the
    /// `--read-only` option to `docker run`.
    #[serde(
        rename = "readonlyRootFilesystem",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub readonly_root_filesystem: ::std::option::Option<bool>,
    /// The type and amount of resources to assign to a container. The supported
    /// resources include `GPU`, `MEMORY`, and `VCPU`.
    #[serde(
        rename = "resourceRequirements",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_requirements: ::std::option::Option<
        ::std::vec::Vec<crate::types::ResourceRequirement>,
    >,
    #[serde(
        rename = "runtimePlatform",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub runtime_platform: ::std::option::Option<crate::types::RuntimePlatform>,
    /// The secrets for the container. For more information, see [Specifying sensitive
    /// data](https://docs.aws.amazon.com/batch/latest/userguide/specifying-sensitive-data.html)
    /// in the *Batch User Guide*.
    #[serde(
        rename = "secrets",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub secrets: ::std::option::Option<::std::vec::Vec<crate::types::Secret>>,
    /// A list of `ulimits` to set in the container. This parameter maps to `Ulimits` in
    /// the [Create a
    /// container](https://docs.docker.com/engine/api/v1.23/#create-a-container) section
    /// of the [Docker Remote API](https://docs.docker.com/engine/api/v1.23/) and the
    /// `--ulimit` option to [docker
    /// run](https://docs.docker.com/engine/reference/run/).
    ///
    /// **Note:** This parameter isn't applicable to jobs that are running on Fargate
    /// resources and shouldn't be provided.
    #[serde(
        rename = "ulimits",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ulimits: ::std::option::Option<::std::vec::Vec<crate::types::Ulimit>>,
    /// The user name to use inside the container. This parameter maps to `User` in the
    /// [Create a
    /// container](https://docs.docker.com/engine/api/v1.23/#create-a-container) section
    /// of the [Docker Remote API](https://docs.docker.com/engine/api/v1.23/) and the
    /// `--user` option to [docker run](https://docs.docker.com/engine/reference/run/).
    #[serde(
        rename = "user",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub user: ::std::option::Option<::std::string::String>,
    /// This parameter is deprecated, use `resourceRequirements` to specify the vCPU
    /// requirements for the job definition. It's not supported for jobs running on
    /// Fargate resources. For jobs running on EC2 resources, it specifies the number of
    /// vCPUs reserved for the job.
    ///
    /// Each vCPU is equivalent to 1,024 CPU shares. This parameter maps to `CpuShares`
    /// in the [Create a
    /// container](https://docs.docker.com/engine/api/v1.23/#create-a-container) section
    /// of the [Docker Remote API](https://docs.docker.com/engine/api/v1.23/) and the
    /// `--cpu-shares` option to [docker
    /// run](https://docs.docker.com/engine/reference/run/). The number of vCPUs must be
    /// specified but can be specified in several places. You must specify it at least
    /// once for each node.
    ///
    /// This field is deprecated, use resourceRequirements instead.
    #[serde(
        rename = "vcpus",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub vcpus: ::std::option::Option<i64>,
    /// A list of data volumes used in a job.
    #[serde(
        rename = "volumes",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub volumes: ::std::option::Option<::std::vec::Vec<crate::types::Volume>>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "enableExecuteCommand",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub enable_execute_command: ::std::option::Option<bool>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "repositoryCredentials",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub repository_credentials: ::std::option::Option<
        crate::types::RepositoryCredentials,
    >,
}
impl ContainerProperties {
    /// A new [`ContainerPropertiesBuilder`](crate::types::builders::ContainerPropertiesBuilder).
    pub fn builder() -> crate::types::builders::ContainerPropertiesBuilder {
        ::std::default::Default::default()
    }
}
/// An object that represents summary details of a container within a job.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ContainerSummary {
    /// The exit code to return upon completion.
    #[serde(rename = "exitCode", default)]
    pub exit_code: ::std::option::Option<i64>,
    /// A short (255 max characters) human-readable string to provide additional details
    /// for a running or stopped container.
    #[serde(rename = "reason", default)]
    pub reason: ::std::option::Option<::std::string::String>,
}
impl ContainerSummary {
    /// A new [`ContainerSummaryBuilder`](crate::types::builders::ContainerSummaryBuilder).
    pub fn builder() -> crate::types::builders::ContainerSummaryBuilder {
        ::std::default::Default::default()
    }
}
/// Contains the parameters for `CreateComputeEnvironment`.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct CreateComputeEnvironmentRequest {
    /// The name for your compute environment. It can be up to 128 characters long. It
    /// can contain uppercase and lowercase letters, numbers, hyphens (-), and
    /// underscores (\_).
    #[serde(rename = "computeEnvironmentName")]
    pub compute_environment_name: ::std::string::String,
    /// Details about the compute resources managed by the compute environment. This
    /// parameter is required for managed compute environments. For more information,
    /// see [Compute
    /// Environments](https://docs.aws.amazon.com/batch/latest/userguide/compute_environments.html)
    /// in the *Batch User Guide*.
    #[serde(
        rename = "computeResources",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub compute_resources: ::std::option::Option<crate::types::ComputeResource>,
    /// The details for the Amazon EKS cluster that supports the compute environment.
    #[serde(
        rename = "eksConfiguration",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub eks_configuration: ::std::option::Option<crate::types::EksConfiguration>,
    /// The full Amazon Resource Name (ARN) of the IAM role that allows Batch to make
    /// calls to other Amazon Web Services services on your behalf. For more
    /// information, see [Batch service IAM
    /// role](https://docs.aws.amazon.com/batch/latest/userguide/service_IAM_role.html)
    /// in the *Batch User Guide*.
    ///
    /// **Important:** If your account already created the Batch service-linked role,
    /// that role is used by default for your compute environment unless you specify a
    /// different role here. If the Batch service-linked role doesn't exist in your
    /// account, and no role is specified here, the service attempts to create the Batch
    /// service-linked role in your account.
    ///
    /// If your specified role has a path other than `/`, then you must specify either
    /// the full role ARN (recommended) or prefix the role name with the path. For
    /// example, if a role with the name `bar` has a path of `/foo/`, specify `/foo/bar`
    /// as the role name. For more information, see [Friendly names and
    /// paths](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html#identifiers-friendly-names)
    /// in the *IAM User Guide*.
    ///
    /// **Note:** Depending on how you created your Batch service role, its ARN might
    /// contain the `service-role` path prefix. When you only specify the name of the
    /// service role, Batch assumes that your ARN doesn't use the `service-role` path
    /// prefix. Because of this, we recommend that you specify the full ARN of your
    /// service role when you create compute environments.
    #[serde(
        rename = "serviceRole",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub service_role: ::std::option::Option<::std::string::String>,
    /// The state of the compute environment. If the state is `ENABLED`, then the
    /// compute environment accepts jobs from a queue and can scale out automatically
    /// based on queues.
    ///
    /// If the state is `ENABLED`, then the Batch scheduler can attempt to place jobs
    /// from an associated job queue on the compute resources within the environment. If
    /// the compute environment is managed, then it can scale its instances out or in
    /// automatically, based on the job queue demand.
    ///
    /// If the state is `DISABLED`, then the Batch scheduler doesn't attempt to place
    /// jobs within the environment. Jobs in a `STARTING` or `RUNNING` state continue to
    /// progress normally. Managed compute environments in the `DISABLED` state don't
    /// scale out.
    ///
    /// **Note:** Compute environments in a `DISABLED` state may continue to incur
    /// billing charges. To prevent additional charges, turn off and then delete the
    /// compute environment. For more information, see
    /// [State](https://docs.aws.amazon.com/batch/latest/userguide/compute_environment_parameters.html#compute_environment_state)
    /// in the *Batch User Guide*.
    ///
    /// When an instance is idle, the instance scales down to the `minvCpus` value.
    /// However, the instance size doesn't change. For example, consider a `c5.8xlarge`
    /// instance with a `minvCpus` value of `4` and a `desiredvCpus` value of `36`. This
    /// instance doesn't scale down to a `c5.large` instance.
    #[serde(
        rename = "state",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub state: ::std::option::Option<crate::types::CeState>,
    /// The tags that you apply to the compute environment to help you categorize and
    /// organize your resources. Each tag consists of a key and an optional value. For
    /// more information, see [Tagging Amazon Web Services
    /// Resources](https://docs.aws.amazon.com/general/latest/gr/aws_tagging.html) in
    /// *Amazon Web Services General Reference*.
    ///
    /// These tags can be updated or removed using the
    /// [TagResource](https://docs.aws.amazon.com/batch/latest/APIReference/API_TagResource.html)
    /// and
    /// [UntagResource](https://docs.aws.amazon.com/batch/latest/APIReference/API_UntagResource.html)
    /// API operations. These tags don't propagate to the underlying compute resources.
    #[serde(
        rename = "tags",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    /// The type of the compute environment: `MANAGED` or `UNMANAGED`. For more
    /// information, see [Compute
    /// Environments](https://docs.aws.amazon.com/batch/latest/userguide/compute_environments.html)
    /// in the *Batch User Guide*.
    #[serde(rename = "type")]
    pub r#type: crate::types::CeType,
    /// The maximum number of vCPUs for an unmanaged compute environment. This parameter
    /// is only used for fair share scheduling to reserve vCPU capacity for new share
    /// identifiers. If this parameter isn't provided for a fair share job queue, no
    /// vCPU capacity is reserved.
    ///
    /// **Note:** This parameter is only supported when the `type` parameter is set to
    /// `UNMANAGED`.
    #[serde(
        rename = "unmanagedvCpus",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub unmanagedv_cpus: ::std::option::Option<i64>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "context",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub context: ::std::option::Option<::std::string::String>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "ecsSettings",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ecs_settings: ::std::option::Option<crate::types::EcsSettings>,
}
impl CreateComputeEnvironmentRequest {
    /// A new [`CreateComputeEnvironmentRequestBuilder`](crate::types::builders::CreateComputeEnvironmentRequestBuilder).
    pub fn builder() -> crate::types::builders::CreateComputeEnvironmentRequestBuilder {
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
pub struct CreateComputeEnvironmentResponse {
    /// The Amazon Resource Name (ARN) of the compute environment.
    #[serde(rename = "computeEnvironmentArn", default)]
    pub compute_environment_arn: ::std::option::Option<::std::string::String>,
    /// The name of the compute environment. It can be up to 128 characters long. It can
    /// contain uppercase and lowercase letters, numbers, hyphens (-), and underscores
    /// (\_).
    #[serde(rename = "computeEnvironmentName", default)]
    pub compute_environment_name: ::std::option::Option<::std::string::String>,
}
impl CreateComputeEnvironmentResponse {
    /// A new [`CreateComputeEnvironmentResponseBuilder`](crate::types::builders::CreateComputeEnvironmentResponseBuilder).
    pub fn builder() -> crate::types::builders::CreateComputeEnvironmentResponseBuilder {
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
pub struct CreateConsumableResourceRequest {
    #[serde(rename = "consumableResourceName")]
    pub consumable_resource_name: ::std::string::String,
    #[serde(
        rename = "resourceType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_type: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "tags",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    #[serde(
        rename = "totalQuantity",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_quantity: ::std::option::Option<i64>,
}
impl CreateConsumableResourceRequest {
    /// A new [`CreateConsumableResourceRequestBuilder`](crate::types::builders::CreateConsumableResourceRequestBuilder).
    pub fn builder() -> crate::types::builders::CreateConsumableResourceRequestBuilder {
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
pub struct CreateConsumableResourceResponse {
    #[serde(rename = "consumableResourceArn", default)]
    pub consumable_resource_arn: ::std::string::String,
    #[serde(rename = "consumableResourceName", default)]
    pub consumable_resource_name: ::std::string::String,
}
impl CreateConsumableResourceResponse {
    /// A new [`CreateConsumableResourceResponseBuilder`](crate::types::builders::CreateConsumableResourceResponseBuilder).
    pub fn builder() -> crate::types::builders::CreateConsumableResourceResponseBuilder {
        ::std::default::Default::default()
    }
}
/// Contains the parameters for `CreateJobQueue`.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct CreateJobQueueRequest {
    /// The set of compute environments mapped to a job queue and their order relative
    /// to each other. The job scheduler uses this parameter to determine which compute
    /// environment runs a specific job. Compute environments must be in the `VALID`
    /// state before you can associate them with a job queue. You can associate up to
    /// three compute environments with a job queue. All of the compute environments
    /// must be either EC2 (`EC2` or `SPOT`) or Fargate (`FARGATE` or `FARGATE_SPOT`);
    /// EC2 and Fargate compute environments can't be mixed.
    ///
    /// **Note:** All compute environments that are associated with a job queue must
    /// share the same architecture. Batch doesn't support mixing compute environment
    /// architecture types in a single job queue.
    #[serde(
        rename = "computeEnvironmentOrder",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub compute_environment_order: ::std::option::Option<
        ::std::vec::Vec<crate::types::ComputeEnvironmentOrder>,
    >,
    /// The name of the job queue. It can be up to 128 letters long. It can contain
    /// uppercase and lowercase letters, numbers, hyphens (-), and underscores (\_).
    #[serde(rename = "jobQueueName")]
    pub job_queue_name: ::std::string::String,
    /// The priority of the job queue. Job queues with a higher priority (or a higher
    /// integer value for the `priority` parameter) are evaluated first when associated
    /// with the same compute environment. Priority is determined in descending order.
    /// For example, a job queue with a priority value of `10` is given scheduling
    /// preference over a job queue with a priority value of `1`. All of the compute
    /// environments must be either EC2 (`EC2` or `SPOT`) or Fargate (`FARGATE` or
    /// `FARGATE_SPOT`); EC2 and Fargate compute environments can't be mixed.
    #[serde(rename = "priority")]
    pub priority: i64,
    /// The Amazon Resource Name (ARN) of the fair share scheduling policy. If this
    /// parameter is specified, the job queue uses a fair share scheduling policy. If
    /// this parameter isn't specified, the job queue uses a first in, first out (FIFO)
    /// scheduling policy. After a job queue is created, you can replace but can't
    /// remove the fair share scheduling policy. The format is
    /// `aws:Partition:batch:Region:Account:scheduling-policy/Name`. An example is
    /// `aws:aws:batch:us-west-2:123456789012:scheduling-policy/MySchedulingPolicy`.
    #[serde(
        rename = "schedulingPolicyArn",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub scheduling_policy_arn: ::std::option::Option<::std::string::String>,
    /// The state of the job queue. If the job queue state is `ENABLED`, it is able to
    /// accept jobs. If the job queue state is `DISABLED`, new jobs can't be added to
    /// the queue, but jobs already in the queue can finish.
    #[serde(
        rename = "state",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub state: ::std::option::Option<crate::types::JqState>,
    /// The tags that you apply to the job queue to help you categorize and organize
    /// your resources. Each tag consists of a key and an optional value. For more
    /// information, see [Tagging your Batch
    /// resources](https://docs.aws.amazon.com/batch/latest/userguide/using-tags.html)
    /// in *Batch User Guide*.
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
        rename = "jobQueueType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub job_queue_type: ::std::option::Option<crate::types::JobQueueType>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "jobStateTimeLimitActions",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub job_state_time_limit_actions: ::std::option::Option<
        ::std::vec::Vec<crate::types::JobStateTimeLimitAction>,
    >,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "serviceEnvironmentOrder",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub service_environment_order: ::std::option::Option<
        ::std::vec::Vec<crate::types::ServiceEnvironmentOrder>,
    >,
}
impl CreateJobQueueRequest {
    /// A new [`CreateJobQueueRequestBuilder`](crate::types::builders::CreateJobQueueRequestBuilder).
    pub fn builder() -> crate::types::builders::CreateJobQueueRequestBuilder {
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
pub struct CreateJobQueueResponse {
    /// The Amazon Resource Name (ARN) of the job queue.
    #[serde(rename = "jobQueueArn", default)]
    pub job_queue_arn: ::std::string::String,
    /// The name of the job queue.
    #[serde(rename = "jobQueueName", default)]
    pub job_queue_name: ::std::string::String,
}
impl CreateJobQueueResponse {
    /// A new [`CreateJobQueueResponseBuilder`](crate::types::builders::CreateJobQueueResponseBuilder).
    pub fn builder() -> crate::types::builders::CreateJobQueueResponseBuilder {
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
pub struct CreateQuotaShareRequest {
    #[serde(rename = "capacityLimits")]
    pub capacity_limits: ::std::vec::Vec<crate::types::QuotaShareCapacityLimit>,
    #[serde(rename = "jobQueue")]
    pub job_queue: ::std::string::String,
    #[serde(rename = "preemptionConfiguration")]
    pub preemption_configuration: crate::types::QuotaSharePreemptionConfiguration,
    #[serde(rename = "quotaShareName")]
    pub quota_share_name: ::std::string::String,
    #[serde(rename = "resourceSharingConfiguration")]
    pub resource_sharing_configuration: crate::types::QuotaShareResourceSharingConfiguration,
    #[serde(
        rename = "state",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub state: ::std::option::Option<crate::types::QuotaShareState>,
    #[serde(
        rename = "tags",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
}
impl CreateQuotaShareRequest {
    /// A new [`CreateQuotaShareRequestBuilder`](crate::types::builders::CreateQuotaShareRequestBuilder).
    pub fn builder() -> crate::types::builders::CreateQuotaShareRequestBuilder {
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
pub struct CreateQuotaShareResponse {
    #[serde(rename = "quotaShareArn", default)]
    pub quota_share_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "quotaShareName", default)]
    pub quota_share_name: ::std::option::Option<::std::string::String>,
}
impl CreateQuotaShareResponse {
    /// A new [`CreateQuotaShareResponseBuilder`](crate::types::builders::CreateQuotaShareResponseBuilder).
    pub fn builder() -> crate::types::builders::CreateQuotaShareResponseBuilder {
        ::std::default::Default::default()
    }
}
/// Contains the parameters for `CreateSchedulingPolicy`.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct CreateSchedulingPolicyRequest {
    /// The fair share policy of the scheduling policy.
    #[serde(
        rename = "fairsharePolicy",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub fairshare_policy: ::std::option::Option<crate::types::FairsharePolicy>,
    /// The name of the scheduling policy. It can be up to 128 letters long. It can
    /// contain uppercase and lowercase letters, numbers, hyphens (-), and underscores
    /// (\_).
    #[serde(rename = "name")]
    pub name: ::std::string::String,
    /// The tags that you apply to the scheduling policy to help you categorize and
    /// organize your resources. Each tag consists of a key and an optional value. For
    /// more information, see [Tagging Amazon Web Services
    /// Resources](https://docs.aws.amazon.com/general/latest/gr/aws_tagging.html) in
    /// *Amazon Web Services General Reference*.
    ///
    /// These tags can be updated or removed using the
    /// [TagResource](https://docs.aws.amazon.com/batch/latest/APIReference/API_TagResource.html)
    /// and
    /// [UntagResource](https://docs.aws.amazon.com/batch/latest/APIReference/API_UntagResource.html)
    /// API operations.
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
        rename = "quotaSharePolicy",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub quota_share_policy: ::std::option::Option<crate::types::QuotaSharePolicy>,
}
impl CreateSchedulingPolicyRequest {
    /// A new [`CreateSchedulingPolicyRequestBuilder`](crate::types::builders::CreateSchedulingPolicyRequestBuilder).
    pub fn builder() -> crate::types::builders::CreateSchedulingPolicyRequestBuilder {
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
pub struct CreateSchedulingPolicyResponse {
    /// The Amazon Resource Name (ARN) of the scheduling policy. The format is
    /// `aws:Partition:batch:Region:Account:scheduling-policy/Name`. For example,
    /// `aws:aws:batch:us-west-2:123456789012:scheduling-policy/MySchedulingPolicy`.
    #[serde(rename = "arn", default)]
    pub arn: ::std::string::String,
    /// The name of the scheduling policy.
    #[serde(rename = "name", default)]
    pub name: ::std::string::String,
}
impl CreateSchedulingPolicyResponse {
    /// A new [`CreateSchedulingPolicyResponseBuilder`](crate::types::builders::CreateSchedulingPolicyResponseBuilder).
    pub fn builder() -> crate::types::builders::CreateSchedulingPolicyResponseBuilder {
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
pub struct CreateServiceEnvironmentRequest {
    #[serde(rename = "capacityLimits")]
    pub capacity_limits: ::std::vec::Vec<crate::types::CapacityLimit>,
    #[serde(rename = "serviceEnvironmentName")]
    pub service_environment_name: ::std::string::String,
    #[serde(rename = "serviceEnvironmentType")]
    pub service_environment_type: crate::types::ServiceEnvironmentType,
    #[serde(
        rename = "state",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub state: ::std::option::Option<crate::types::ServiceEnvironmentState>,
    #[serde(
        rename = "tags",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
}
impl CreateServiceEnvironmentRequest {
    /// A new [`CreateServiceEnvironmentRequestBuilder`](crate::types::builders::CreateServiceEnvironmentRequestBuilder).
    pub fn builder() -> crate::types::builders::CreateServiceEnvironmentRequestBuilder {
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
pub struct CreateServiceEnvironmentResponse {
    #[serde(rename = "serviceEnvironmentArn", default)]
    pub service_environment_arn: ::std::string::String,
    #[serde(rename = "serviceEnvironmentName", default)]
    pub service_environment_name: ::std::string::String,
}
impl CreateServiceEnvironmentResponse {
    /// A new [`CreateServiceEnvironmentResponseBuilder`](crate::types::builders::CreateServiceEnvironmentResponseBuilder).
    pub fn builder() -> crate::types::builders::CreateServiceEnvironmentResponseBuilder {
        ::std::default::Default::default()
    }
}
/// Contains the parameters for `DeleteComputeEnvironment`.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct DeleteComputeEnvironmentRequest {
    /// The name or Amazon Resource Name (ARN) of the compute environment to delete.
    #[serde(rename = "computeEnvironment")]
    pub compute_environment: ::std::string::String,
}
impl DeleteComputeEnvironmentRequest {
    /// A new [`DeleteComputeEnvironmentRequestBuilder`](crate::types::builders::DeleteComputeEnvironmentRequestBuilder).
    pub fn builder() -> crate::types::builders::DeleteComputeEnvironmentRequestBuilder {
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
pub struct DeleteComputeEnvironmentResponse {}
impl DeleteComputeEnvironmentResponse {
    /// A new [`DeleteComputeEnvironmentResponseBuilder`](crate::types::builders::DeleteComputeEnvironmentResponseBuilder).
    pub fn builder() -> crate::types::builders::DeleteComputeEnvironmentResponseBuilder {
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
pub struct DeleteConsumableResourceRequest {
    #[serde(rename = "consumableResource")]
    pub consumable_resource: ::std::string::String,
}
impl DeleteConsumableResourceRequest {
    /// A new [`DeleteConsumableResourceRequestBuilder`](crate::types::builders::DeleteConsumableResourceRequestBuilder).
    pub fn builder() -> crate::types::builders::DeleteConsumableResourceRequestBuilder {
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
pub struct DeleteConsumableResourceResponse {}
impl DeleteConsumableResourceResponse {
    /// A new [`DeleteConsumableResourceResponseBuilder`](crate::types::builders::DeleteConsumableResourceResponseBuilder).
    pub fn builder() -> crate::types::builders::DeleteConsumableResourceResponseBuilder {
        ::std::default::Default::default()
    }
}
/// Contains the parameters for `DeleteJobQueue`.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct DeleteJobQueueRequest {
    /// The short name or full Amazon Resource Name (ARN) of the queue to delete.
    #[serde(rename = "jobQueue")]
    pub job_queue: ::std::string::String,
}
impl DeleteJobQueueRequest {
    /// A new [`DeleteJobQueueRequestBuilder`](crate::types::builders::DeleteJobQueueRequestBuilder).
    pub fn builder() -> crate::types::builders::DeleteJobQueueRequestBuilder {
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
pub struct DeleteJobQueueResponse {}
impl DeleteJobQueueResponse {
    /// A new [`DeleteJobQueueResponseBuilder`](crate::types::builders::DeleteJobQueueResponseBuilder).
    pub fn builder() -> crate::types::builders::DeleteJobQueueResponseBuilder {
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
pub struct DeleteQuotaShareRequest {
    #[serde(rename = "quotaShareArn")]
    pub quota_share_arn: ::std::string::String,
}
impl DeleteQuotaShareRequest {
    /// A new [`DeleteQuotaShareRequestBuilder`](crate::types::builders::DeleteQuotaShareRequestBuilder).
    pub fn builder() -> crate::types::builders::DeleteQuotaShareRequestBuilder {
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
pub struct DeleteQuotaShareResponse {}
impl DeleteQuotaShareResponse {
    /// A new [`DeleteQuotaShareResponseBuilder`](crate::types::builders::DeleteQuotaShareResponseBuilder).
    pub fn builder() -> crate::types::builders::DeleteQuotaShareResponseBuilder {
        ::std::default::Default::default()
    }
}
/// Contains the parameters for `DeleteSchedulingPolicy`.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct DeleteSchedulingPolicyRequest {
    /// The Amazon Resource Name (ARN) of the scheduling policy to delete.
    #[serde(rename = "arn")]
    pub arn: ::std::string::String,
}
impl DeleteSchedulingPolicyRequest {
    /// A new [`DeleteSchedulingPolicyRequestBuilder`](crate::types::builders::DeleteSchedulingPolicyRequestBuilder).
    pub fn builder() -> crate::types::builders::DeleteSchedulingPolicyRequestBuilder {
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
pub struct DeleteSchedulingPolicyResponse {}
impl DeleteSchedulingPolicyResponse {
    /// A new [`DeleteSchedulingPolicyResponseBuilder`](crate::types::builders::DeleteSchedulingPolicyResponseBuilder).
    pub fn builder() -> crate::types::builders::DeleteSchedulingPolicyResponseBuilder {
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
pub struct DeleteServiceEnvironmentRequest {
    #[serde(rename = "serviceEnvironment")]
    pub service_environment: ::std::string::String,
}
impl DeleteServiceEnvironmentRequest {
    /// A new [`DeleteServiceEnvironmentRequestBuilder`](crate::types::builders::DeleteServiceEnvironmentRequestBuilder).
    pub fn builder() -> crate::types::builders::DeleteServiceEnvironmentRequestBuilder {
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
pub struct DeleteServiceEnvironmentResponse {}
impl DeleteServiceEnvironmentResponse {
    /// A new [`DeleteServiceEnvironmentResponseBuilder`](crate::types::builders::DeleteServiceEnvironmentResponseBuilder).
    pub fn builder() -> crate::types::builders::DeleteServiceEnvironmentResponseBuilder {
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
pub struct DeregisterJobDefinitionRequest {
    /// The name and revision (`name:revision`) or full Amazon Resource Name (ARN) of
    /// the job definition to deregister.
    #[serde(rename = "jobDefinition")]
    pub job_definition: ::std::string::String,
}
impl DeregisterJobDefinitionRequest {
    /// A new [`DeregisterJobDefinitionRequestBuilder`](crate::types::builders::DeregisterJobDefinitionRequestBuilder).
    pub fn builder() -> crate::types::builders::DeregisterJobDefinitionRequestBuilder {
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
pub struct DeregisterJobDefinitionResponse {}
impl DeregisterJobDefinitionResponse {
    /// A new [`DeregisterJobDefinitionResponseBuilder`](crate::types::builders::DeregisterJobDefinitionResponseBuilder).
    pub fn builder() -> crate::types::builders::DeregisterJobDefinitionResponseBuilder {
        ::std::default::Default::default()
    }
}
/// Contains the parameters for `DescribeComputeEnvironments`.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct DescribeComputeEnvironmentsRequest {
    /// A list of up to 100 compute environment names or full Amazon Resource Name (ARN)
    /// entries.
    #[serde(
        rename = "computeEnvironments",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub compute_environments: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    /// The maximum number of cluster results returned by `DescribeComputeEnvironments`
    /// in paginated output. When this parameter is used, `DescribeComputeEnvironments`
    /// only returns `maxResults` results in a single page along with a `nextToken`
    /// response element. The remaining results of the initial request can be seen by
    /// sending another `DescribeComputeEnvironments` request with the returned
    /// `nextToken` value. This value can be between 1 and 100. If this parameter isn't
    /// used, then `DescribeComputeEnvironments` returns up to 100 results and a
    /// `nextToken` value if applicable.
    #[serde(
        rename = "maxResults",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub max_results: ::std::option::Option<i64>,
    /// The `nextToken` value returned from a previous paginated
    /// `DescribeComputeEnvironments` request where `maxResults` was used and the
    /// results exceeded the value of that parameter. Pagination continues from the end
    /// of the previous results that returned the `nextToken` value. This value is
    /// `null` when there are no more results to return.
    ///
    /// **Note:** Treat this token as an opaque identifier that's only used to retrieve
    /// the next items in a list and not for other programmatic purposes.
    #[serde(
        rename = "nextToken",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_token: ::std::option::Option<::std::string::String>,
}
impl DescribeComputeEnvironmentsRequest {
    /// A new [`DescribeComputeEnvironmentsRequestBuilder`](crate::types::builders::DescribeComputeEnvironmentsRequestBuilder).
    pub fn builder() -> crate::types::builders::DescribeComputeEnvironmentsRequestBuilder {
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
pub struct DescribeComputeEnvironmentsResponse {
    /// The list of compute environments.
    #[serde(rename = "computeEnvironments", default)]
    pub compute_environments: ::std::option::Option<
        ::std::vec::Vec<crate::types::ComputeEnvironmentDetail>,
    >,
    /// The `nextToken` value to include in a future `DescribeComputeEnvironments`
    /// request. When the results of a `DescribeComputeEnvironments` request exceed
    /// `maxResults`, this value can be used to retrieve the next page of results. This
    /// value is `null` when there are no more results to return.
    #[serde(rename = "nextToken", default)]
    pub next_token: ::std::option::Option<::std::string::String>,
}
impl DescribeComputeEnvironmentsResponse {
    /// A new [`DescribeComputeEnvironmentsResponseBuilder`](crate::types::builders::DescribeComputeEnvironmentsResponseBuilder).
    pub fn builder() -> crate::types::builders::DescribeComputeEnvironmentsResponseBuilder {
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
pub struct DescribeConsumableResourceRequest {
    #[serde(rename = "consumableResource")]
    pub consumable_resource: ::std::string::String,
}
impl DescribeConsumableResourceRequest {
    /// A new [`DescribeConsumableResourceRequestBuilder`](crate::types::builders::DescribeConsumableResourceRequestBuilder).
    pub fn builder() -> crate::types::builders::DescribeConsumableResourceRequestBuilder {
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
pub struct DescribeConsumableResourceResponse {
    #[serde(rename = "availableQuantity", default)]
    pub available_quantity: ::std::option::Option<i64>,
    #[serde(rename = "consumableResourceArn", default)]
    pub consumable_resource_arn: ::std::string::String,
    #[serde(rename = "consumableResourceName", default)]
    pub consumable_resource_name: ::std::string::String,
    #[serde(rename = "createdAt", default)]
    pub created_at: ::std::option::Option<i64>,
    #[serde(rename = "inUseQuantity", default)]
    pub in_use_quantity: ::std::option::Option<i64>,
    #[serde(rename = "resourceType", default)]
    pub resource_type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "tags", default)]
    pub tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    #[serde(rename = "totalQuantity", default)]
    pub total_quantity: ::std::option::Option<i64>,
}
impl DescribeConsumableResourceResponse {
    /// A new [`DescribeConsumableResourceResponseBuilder`](crate::types::builders::DescribeConsumableResourceResponseBuilder).
    pub fn builder() -> crate::types::builders::DescribeConsumableResourceResponseBuilder {
        ::std::default::Default::default()
    }
}
/// Contains the parameters for `DescribeJobDefinitions`.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct DescribeJobDefinitionsRequest {
    /// The name of the job definition to describe.
    #[serde(
        rename = "jobDefinitionName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub job_definition_name: ::std::option::Option<::std::string::String>,
    /// A list of up to 100 job definitions. Each entry in the list can either be an ARN
    /// in the format
    /// `arn:aws:batch:${Region}:${Account}:job-definition/${JobDefinitionName}:${Revision}`
    /// or a short version using the form `${JobDefinitionName}:${Revision}`.
    #[serde(
        rename = "jobDefinitions",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub job_definitions: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// The maximum number of results returned by `DescribeJobDefinitions` in paginated
    /// output. When this parameter is used, `DescribeJobDefinitions` only returns
    /// `maxResults` results in a single page and a `nextToken` response element. The
    /// remaining results of the initial request can be seen by sending another
    /// `DescribeJobDefinitions` request with the returned `nextToken` value. This value
    /// can be between 1 and 100. If this parameter isn't used, then
    /// `DescribeJobDefinitions` returns up to 100 results and a `nextToken` value if
    /// applicable.
    #[serde(
        rename = "maxResults",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub max_results: ::std::option::Option<i64>,
    /// The `nextToken` value returned from a previous paginated
    /// `DescribeJobDefinitions` request where `maxResults` was used and the results
    /// exceeded the value of that parameter. Pagination continues from the end of the
    /// previous results that returned the `nextToken` value. This value is `null` when
    /// there are no more results to return.
    ///
    /// **Note:** Treat this token as an opaque identifier that's only used to retrieve
    /// the next items in a list and not for other programmatic purposes.
    #[serde(
        rename = "nextToken",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_token: ::std::option::Option<::std::string::String>,
    /// The status used to filter job definitions.
    #[serde(
        rename = "status",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<::std::string::String>,
}
impl DescribeJobDefinitionsRequest {
    /// A new [`DescribeJobDefinitionsRequestBuilder`](crate::types::builders::DescribeJobDefinitionsRequestBuilder).
    pub fn builder() -> crate::types::builders::DescribeJobDefinitionsRequestBuilder {
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
pub struct DescribeJobDefinitionsResponse {
    /// The list of job definitions.
    #[serde(rename = "jobDefinitions", default)]
    pub job_definitions: ::std::option::Option<
        ::std::vec::Vec<crate::types::JobDefinition>,
    >,
    /// The `nextToken` value to include in a future `DescribeJobDefinitions` request.
    /// When the results of a `DescribeJobDefinitions` request exceed `maxResults`, this
    /// value can be used to retrieve the next page of results. This value is `null`
    /// when there are no more results to return.
    #[serde(rename = "nextToken", default)]
    pub next_token: ::std::option::Option<::std::string::String>,
}
impl DescribeJobDefinitionsResponse {
    /// A new [`DescribeJobDefinitionsResponseBuilder`](crate::types::builders::DescribeJobDefinitionsResponseBuilder).
    pub fn builder() -> crate::types::builders::DescribeJobDefinitionsResponseBuilder {
        ::std::default::Default::default()
    }
}
/// Contains the parameters for `DescribeJobQueues`.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct DescribeJobQueuesRequest {
    /// A list of up to 100 queue names or full queue Amazon Resource Name (ARN)
    /// entries.
    #[serde(
        rename = "jobQueues",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub job_queues: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// The maximum number of results returned by `DescribeJobQueues` in paginated
    /// output. When this parameter is used, `DescribeJobQueues` only returns
    /// `maxResults` results in a single page and a `nextToken` response element. The
    /// remaining results of the initial request can be seen by sending another
    /// `DescribeJobQueues` request with the returned `nextToken` value. This value can
    /// be between 1 and 100. If this parameter isn't used, then `DescribeJobQueues`
    /// returns up to 100 results and a `nextToken` value if applicable.
    #[serde(
        rename = "maxResults",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub max_results: ::std::option::Option<i64>,
    /// The `nextToken` value returned from a previous paginated `DescribeJobQueues`
    /// request where `maxResults` was used and the results exceeded the value of that
    /// parameter. Pagination continues from the end of the previous results that
    /// returned the `nextToken` value. This value is `null` when there are no more
    /// results to return.
    ///
    /// **Note:** Treat this token as an opaque identifier that's only used to retrieve
    /// the next items in a list and not for other programmatic purposes.
    #[serde(
        rename = "nextToken",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_token: ::std::option::Option<::std::string::String>,
}
impl DescribeJobQueuesRequest {
    /// A new [`DescribeJobQueuesRequestBuilder`](crate::types::builders::DescribeJobQueuesRequestBuilder).
    pub fn builder() -> crate::types::builders::DescribeJobQueuesRequestBuilder {
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
pub struct DescribeJobQueuesResponse {
    /// The list of job queues.
    #[serde(rename = "jobQueues", default)]
    pub job_queues: ::std::option::Option<::std::vec::Vec<crate::types::JobQueueDetail>>,
    /// The `nextToken` value to include in a future `DescribeJobQueues` request. When
    /// the results of a `DescribeJobQueues` request exceed `maxResults`, this value can
    /// be used to retrieve the next page of results. This value is `null` when there
    /// are no more results to return.
    #[serde(rename = "nextToken", default)]
    pub next_token: ::std::option::Option<::std::string::String>,
}
impl DescribeJobQueuesResponse {
    /// A new [`DescribeJobQueuesResponseBuilder`](crate::types::builders::DescribeJobQueuesResponseBuilder).
    pub fn builder() -> crate::types::builders::DescribeJobQueuesResponseBuilder {
        ::std::default::Default::default()
    }
}
/// Contains the parameters for `DescribeJobs`.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct DescribeJobsRequest {
    /// A list of up to 100 job IDs.
    #[serde(rename = "jobs")]
    pub jobs: ::std::vec::Vec<::std::string::String>,
}
impl DescribeJobsRequest {
    /// A new [`DescribeJobsRequestBuilder`](crate::types::builders::DescribeJobsRequestBuilder).
    pub fn builder() -> crate::types::builders::DescribeJobsRequestBuilder {
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
pub struct DescribeJobsResponse {
    /// The list of jobs.
    #[serde(rename = "jobs", default)]
    pub jobs: ::std::option::Option<::std::vec::Vec<crate::types::JobDetail>>,
}
impl DescribeJobsResponse {
    /// A new [`DescribeJobsResponseBuilder`](crate::types::builders::DescribeJobsResponseBuilder).
    pub fn builder() -> crate::types::builders::DescribeJobsResponseBuilder {
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
pub struct DescribeQuotaShareRequest {
    #[serde(rename = "quotaShareArn")]
    pub quota_share_arn: ::std::string::String,
}
impl DescribeQuotaShareRequest {
    /// A new [`DescribeQuotaShareRequestBuilder`](crate::types::builders::DescribeQuotaShareRequestBuilder).
    pub fn builder() -> crate::types::builders::DescribeQuotaShareRequestBuilder {
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
pub struct DescribeQuotaShareResponse {
    #[serde(rename = "capacityLimits", default)]
    pub capacity_limits: ::std::option::Option<
        ::std::vec::Vec<crate::types::QuotaShareCapacityLimit>,
    >,
    #[serde(rename = "jobQueueArn", default)]
    pub job_queue_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "preemptionConfiguration", default)]
    pub preemption_configuration: ::std::option::Option<
        crate::types::QuotaSharePreemptionConfiguration,
    >,
    #[serde(rename = "quotaShareArn", default)]
    pub quota_share_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "quotaShareName", default)]
    pub quota_share_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "resourceSharingConfiguration", default)]
    pub resource_sharing_configuration: ::std::option::Option<
        crate::types::QuotaShareResourceSharingConfiguration,
    >,
    #[serde(rename = "state", default)]
    pub state: ::std::option::Option<crate::types::QuotaShareState>,
    #[serde(rename = "status", default)]
    pub status: ::std::option::Option<crate::types::QuotaShareStatus>,
    #[serde(rename = "tags", default)]
    pub tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
}
impl DescribeQuotaShareResponse {
    /// A new [`DescribeQuotaShareResponseBuilder`](crate::types::builders::DescribeQuotaShareResponseBuilder).
    pub fn builder() -> crate::types::builders::DescribeQuotaShareResponseBuilder {
        ::std::default::Default::default()
    }
}
/// Contains the parameters for `DescribeSchedulingPolicies`.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct DescribeSchedulingPoliciesRequest {
    /// A list of up to 100 scheduling policy Amazon Resource Name (ARN) entries.
    #[serde(rename = "arns")]
    pub arns: ::std::vec::Vec<::std::string::String>,
}
impl DescribeSchedulingPoliciesRequest {
    /// A new [`DescribeSchedulingPoliciesRequestBuilder`](crate::types::builders::DescribeSchedulingPoliciesRequestBuilder).
    pub fn builder() -> crate::types::builders::DescribeSchedulingPoliciesRequestBuilder {
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
pub struct DescribeSchedulingPoliciesResponse {
    /// The list of scheduling policies.
    #[serde(rename = "schedulingPolicies", default)]
    pub scheduling_policies: ::std::option::Option<
        ::std::vec::Vec<crate::types::SchedulingPolicyDetail>,
    >,
}
impl DescribeSchedulingPoliciesResponse {
    /// A new [`DescribeSchedulingPoliciesResponseBuilder`](crate::types::builders::DescribeSchedulingPoliciesResponseBuilder).
    pub fn builder() -> crate::types::builders::DescribeSchedulingPoliciesResponseBuilder {
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
pub struct DescribeServiceEnvironmentsRequest {
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
        rename = "serviceEnvironments",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub service_environments: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
}
impl DescribeServiceEnvironmentsRequest {
    /// A new [`DescribeServiceEnvironmentsRequestBuilder`](crate::types::builders::DescribeServiceEnvironmentsRequestBuilder).
    pub fn builder() -> crate::types::builders::DescribeServiceEnvironmentsRequestBuilder {
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
pub struct DescribeServiceEnvironmentsResponse {
    #[serde(rename = "nextToken", default)]
    pub next_token: ::std::option::Option<::std::string::String>,
    #[serde(rename = "serviceEnvironments", default)]
    pub service_environments: ::std::option::Option<
        ::std::vec::Vec<crate::types::ServiceEnvironmentDetail>,
    >,
}
impl DescribeServiceEnvironmentsResponse {
    /// A new [`DescribeServiceEnvironmentsResponseBuilder`](crate::types::builders::DescribeServiceEnvironmentsResponseBuilder).
    pub fn builder() -> crate::types::builders::DescribeServiceEnvironmentsResponseBuilder {
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
pub struct DescribeServiceJobRequest {
    #[serde(rename = "jobId")]
    pub job_id: ::std::string::String,
}
impl DescribeServiceJobRequest {
    /// A new [`DescribeServiceJobRequestBuilder`](crate::types::builders::DescribeServiceJobRequestBuilder).
    pub fn builder() -> crate::types::builders::DescribeServiceJobRequestBuilder {
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
pub struct DescribeServiceJobResponse {
    #[serde(rename = "attempts", default)]
    pub attempts: ::std::option::Option<
        ::std::vec::Vec<crate::types::ServiceJobAttemptDetail>,
    >,
    #[serde(rename = "capacityUsage", default)]
    pub capacity_usage: ::std::option::Option<
        ::std::vec::Vec<crate::types::ServiceJobCapacityUsageDetail>,
    >,
    #[serde(rename = "createdAt", default)]
    pub created_at: ::std::option::Option<i64>,
    #[serde(rename = "isTerminated", default)]
    pub is_terminated: ::std::option::Option<bool>,
    #[serde(rename = "jobArn", default)]
    pub job_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "jobId", default)]
    pub job_id: ::std::string::String,
    #[serde(rename = "jobName", default)]
    pub job_name: ::std::string::String,
    #[serde(rename = "jobQueue", default)]
    pub job_queue: ::std::string::String,
    #[serde(rename = "latestAttempt", default)]
    pub latest_attempt: ::std::option::Option<crate::types::LatestServiceJobAttempt>,
    #[serde(rename = "preemptionConfiguration", default)]
    pub preemption_configuration: ::std::option::Option<
        crate::types::ServiceJobPreemptionConfiguration,
    >,
    #[serde(rename = "preemptionSummary", default)]
    pub preemption_summary: ::std::option::Option<
        crate::types::ServiceJobPreemptionSummary,
    >,
    #[serde(rename = "quotaShareName", default)]
    pub quota_share_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "retryStrategy", default)]
    pub retry_strategy: ::std::option::Option<crate::types::ServiceJobRetryStrategy>,
    #[serde(rename = "scheduledAt", default)]
    pub scheduled_at: ::std::option::Option<i64>,
    #[serde(rename = "schedulingPriority", default)]
    pub scheduling_priority: ::std::option::Option<i64>,
    #[serde(rename = "serviceJobType")]
    pub service_job_type: crate::types::ServiceJobType,
    #[serde(rename = "serviceRequestPayload", default)]
    pub service_request_payload: ::std::option::Option<::std::string::String>,
    #[serde(rename = "shareIdentifier", default)]
    pub share_identifier: ::std::option::Option<::std::string::String>,
    #[serde(rename = "startedAt", default)]
    pub started_at: i64,
    #[serde(rename = "status")]
    pub status: crate::types::ServiceJobStatus,
    #[serde(rename = "statusReason", default)]
    pub status_reason: ::std::option::Option<::std::string::String>,
    #[serde(rename = "stoppedAt", default)]
    pub stopped_at: ::std::option::Option<i64>,
    #[serde(rename = "tags", default)]
    pub tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    #[serde(rename = "timeoutConfig", default)]
    pub timeout_config: ::std::option::Option<crate::types::ServiceJobTimeout>,
}
impl DescribeServiceJobResponse {
    /// A new [`DescribeServiceJobResponseBuilder`](crate::types::builders::DescribeServiceJobResponseBuilder).
    pub fn builder() -> crate::types::builders::DescribeServiceJobResponseBuilder {
        ::std::default::Default::default()
    }
}
/// An object that represents a container instance host device.
///
/// **Note:** This object isn't applicable to jobs that are running on Fargate
/// resources and shouldn't be provided.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct Device {
    /// The path inside the container that's used to expose the host device. By default,
    /// the `hostPath` value is used.
    #[serde(
        rename = "containerPath",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub container_path: ::std::option::Option<::std::string::String>,
    /// The path for the device on the host container instance.
    #[serde(rename = "hostPath", default)]
    pub host_path: ::std::string::String,
    /// The explicit permissions to provide to the container for the device. By default,
    /// the container has permissions for `read`, `write`, and `mknod` for the device.
    #[serde(
        rename = "permissions",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub permissions: ::std::option::Option<
        ::std::vec::Vec<crate::types::DeviceCgroupPermission>,
    >,
}
impl Device {
    /// A new [`DeviceBuilder`](crate::types::builders::DeviceBuilder).
    pub fn builder() -> crate::types::builders::DeviceBuilder {
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
pub enum DeviceCgroupPermission {
    /// `READ`
    Read,
    /// `WRITE`
    Write,
    /// `MKNOD`
    Mknod,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl DeviceCgroupPermission {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Read => "READ",
            Self::Write => "WRITE",
            Self::Mknod => "MKNOD",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["READ", "WRITE", "MKNOD"]
    }
}
impl ::std::convert::From<&str> for DeviceCgroupPermission {
    fn from(s: &str) -> Self {
        match s {
            "READ" => Self::Read,
            "WRITE" => Self::Write,
            "MKNOD" => Self::Mknod,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(DeviceCgroupPermission);
/// The authorization configuration details for the Amazon EFS file system.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct EfsAuthorizationConfig {
    /// The Amazon EFS access point ID to use. If an access point is specified, the root
    /// directory value specified in the `EFSVolumeConfiguration` must either be omitted
    /// or set to `/` which enforces the path set on the EFS access point. If an access
    /// point is used, transit encryption must be enabled in the
    /// `EFSVolumeConfiguration`. For more information, see [Working with Amazon EFS
    /// access points](https://docs.aws.amazon.com/efs/latest/ug/efs-access-points.html)
    /// in the *Amazon Elastic File System User Guide*.
    #[serde(
        rename = "accessPointId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub access_point_id: ::std::option::Option<::std::string::String>,
    /// Whether or not to use the Batch job IAM role defined in a job definition when
    /// mounting the Amazon EFS file system. If enabled, transit encryption must be
    /// enabled in the `EFSVolumeConfiguration`. If this parameter is omitted, the
    /// default value of `DISABLED` is used. For more information, see [Using Amazon EFS
    /// access
    /// points](https://docs.aws.amazon.com/batch/latest/userguide/efs-volumes.html#efs-volume-accesspoints)
    /// in the *Batch User Guide*. EFS IAM authorization requires that
    /// `TransitEncryption` be `ENABLED` and that a `JobRoleArn` is specified.
    #[serde(
        rename = "iam",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub iam: ::std::option::Option<crate::types::EfsAuthorizationConfigIam>,
}
impl EfsAuthorizationConfig {
    /// A new [`EfsAuthorizationConfigBuilder`](crate::types::builders::EfsAuthorizationConfigBuilder).
    pub fn builder() -> crate::types::builders::EfsAuthorizationConfigBuilder {
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
pub enum EfsAuthorizationConfigIam {
    /// `ENABLED`
    Enabled,
    /// `DISABLED`
    Disabled,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl EfsAuthorizationConfigIam {
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
impl ::std::convert::From<&str> for EfsAuthorizationConfigIam {
    fn from(s: &str) -> Self {
        match s {
            "ENABLED" => Self::Enabled,
            "DISABLED" => Self::Disabled,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(EfsAuthorizationConfigIam);
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
pub enum EfsTransitEncryption {
    /// `ENABLED`
    Enabled,
    /// `DISABLED`
    Disabled,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl EfsTransitEncryption {
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
impl ::std::convert::From<&str> for EfsTransitEncryption {
    fn from(s: &str) -> Self {
        match s {
            "ENABLED" => Self::Enabled,
            "DISABLED" => Self::Disabled,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(EfsTransitEncryption);
/// This is used when you're using an Amazon Elastic File System file system for job
/// storage. For more information, see [Amazon EFS
/// Volumes](https://docs.aws.amazon.com/batch/latest/userguide/efs-volumes.html) in
/// the *Batch User Guide*.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct EfsVolumeConfiguration {
    /// The authorization configuration details for the Amazon EFS file system.
    #[serde(
        rename = "authorizationConfig",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub authorization_config: ::std::option::Option<
        crate::types::EfsAuthorizationConfig,
    >,
    /// The Amazon EFS file system ID to use.
    #[serde(rename = "fileSystemId", default)]
    pub file_system_id: ::std::string::String,
    /// The directory within the Amazon EFS file system to mount as the root directory
    /// inside the host. If this parameter is omitted, the root of the Amazon EFS volume
    /// is used instead. Specifying `/` has the same effect as omitting this parameter.
    /// The maximum length is 4,096 characters.
    ///
    /// **Important:** If an EFS access point is specified in the `authorizationConfig`,
    /// the root directory parameter must either be omitted or set to `/`, which
    /// enforces the path set on the Amazon EFS access point.
    #[serde(
        rename = "rootDirectory",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub root_directory: ::std::option::Option<::std::string::String>,
    /// Determines whether to enable encryption for Amazon EFS data in transit between
    /// the Amazon ECS host and the Amazon EFS server. Transit encryption must be
    /// enabled if Amazon EFS IAM authorization is used. If this parameter is omitted,
    /// the default value of `DISABLED` is used. For more information, see [Encrypting
    /// data in
    /// transit](https://docs.aws.amazon.com/efs/latest/ug/encryption-in-transit.html)
    /// in the *Amazon Elastic File System User Guide*.
    #[serde(
        rename = "transitEncryption",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub transit_encryption: ::std::option::Option<crate::types::EfsTransitEncryption>,
    /// The port to use when sending encrypted data between the Amazon ECS host and the
    /// Amazon EFS server. If you don't specify a transit encryption port, it uses the
    /// port selection strategy that the Amazon EFS mount helper uses. The value must be
    /// between 0 and 65,535. For more information, see [EFS mount
    /// helper](https://docs.aws.amazon.com/efs/latest/ug/efs-mount-helper.html) in the
    /// *Amazon Elastic File System User Guide*.
    #[serde(
        rename = "transitEncryptionPort",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub transit_encryption_port: ::std::option::Option<i64>,
}
impl EfsVolumeConfiguration {
    /// A new [`EfsVolumeConfigurationBuilder`](crate::types::builders::EfsVolumeConfigurationBuilder).
    pub fn builder() -> crate::types::builders::EfsVolumeConfigurationBuilder {
        ::std::default::Default::default()
    }
}
/// Provides information used to select Amazon Machine Images (AMIs) for instances
/// in the compute environment. If `Ec2Configuration` isn't specified, the default
/// is `ECS_AL2` ([Amazon Linux
/// 2](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-optimized_AMI.html#al2ami)).
///
/// **Note:** This object isn't applicable to jobs that are running on Fargate
/// resources.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct Ec2Configuration {
    /// The AMI ID used for instances launched in the compute environment that match the
    /// image type. This setting overrides the `imageId` set in the `computeResource`
    /// object.
    ///
    /// **Note:** The AMI that you choose for a compute environment must match the
    /// architecture of the instance types that you intend to use for that compute
    /// environment. For example, if your compute environment uses A1 instance types,
    /// the compute resource AMI that you choose must support ARM instances. Amazon ECS
    /// vends both x86 and ARM versions of the Amazon ECS-optimized Amazon Linux 2 AMI.
    /// For more information, see [Amazon ECS-optimized Amazon Linux 2
    /// AMI](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-optimized_AMI.html#ecs-optimized-ami-linux-variants.html)
    /// in the *Amazon Elastic Container Service Developer Guide*.
    #[serde(
        rename = "imageIdOverride",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_id_override: ::std::option::Option<::std::string::String>,
    /// The Kubernetes version for the compute environment. If you don't specify a
    /// value, the latest version that Batch supports is used.
    #[serde(
        rename = "imageKubernetesVersion",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_kubernetes_version: ::std::option::Option<::std::string::String>,
    /// The image type to match with the instance type to select an AMI. The supported
    /// values are different for `ECS` and `EKS` resources.
    ///
    /// - **ECS**: If the `imageIdOverride` parameter isn't specified, then a recent
    ///   [Amazon ECS-optimized Amazon Linux 2
    ///   AMI](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-optimized_AMI.html#al2ami)
    ///   (`ECS_AL2`) is used. If a new image type is specified in an update, but
    ///   neither an `imageId` nor a `imageIdOverride` parameter is specified, then the
    ///   latest Amazon ECS optimized AMI for that image type that's supported by Batch
    ///   is used.
    ///   - **ECS_AL2**: [Amazon Linux
    ///     2](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-optimized_AMI.html#al2ami):
    ///     Default for all non-GPU instance families.
    ///   - **ECS_AL2_NVIDIA**: [Amazon Linux 2
    ///     (GPU)](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-optimized_AMI.html#gpuami):
    ///     Default for all GPU instance families (for example `P4` and `G4`) and can be
    ///     used for all non Amazon Web Services Graviton-based instance types.
    ///   - **ECS_AL1**: [Amazon
    ///     Linux](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-optimized_AMI.html#alami).
    ///     Amazon Linux has reached the end-of-life of standard support. For more
    ///     information, see [Amazon Linux
    ///     AMI](http://aws.amazon.com/amazon-linux-ami/).
    /// - **EKS**: If the `imageIdOverride` parameter isn't specified, then a recent
    ///   [Amazon EKS-optimized Amazon Linux
    ///   AMI](https://docs.aws.amazon.com/eks/latest/userguide/eks-optimized-ami.html)
    ///   (`EKS_AL2`) is used. If a new image type is specified in an update, but
    ///   neither an `imageId` nor a `imageIdOverride` parameter is specified, then the
    ///   latest Amazon EKS optimized AMI for that image type that Batch supports is
    ///   used.
    ///   - **EKS_AL2**: [Amazon Linux
    ///     2](https://docs.aws.amazon.com/eks/latest/userguide/eks-optimized-ami.html):
    ///     Default for all non-GPU instance families.
    ///   - **EKS_AL2_NVIDIA**: [Amazon Linux 2
    ///     (accelerated)](https://docs.aws.amazon.com/eks/latest/userguide/eks-optimized-ami.html):
    ///     Default for all GPU instance families (for example, `P4` and `G4`) and can
    ///     be used for all non Amazon Web Services Graviton-based instance types.
    #[serde(rename = "imageType", default)]
    pub image_type: ::std::string::String,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "batchImageStatus",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub batch_image_status: ::std::option::Option<::std::string::String>,
}
impl Ec2Configuration {
    /// A new [`Ec2ConfigurationBuilder`](crate::types::builders::Ec2ConfigurationBuilder).
    pub fn builder() -> crate::types::builders::Ec2ConfigurationBuilder {
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
pub struct EcsProperties {
    #[serde(rename = "taskProperties", default)]
    pub task_properties: ::std::vec::Vec<crate::types::EcsTaskProperties>,
}
impl EcsProperties {
    /// A new [`EcsPropertiesBuilder`](crate::types::builders::EcsPropertiesBuilder).
    pub fn builder() -> crate::types::builders::EcsPropertiesBuilder {
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
pub struct EcsPropertiesDetail {
    #[serde(rename = "taskProperties", default)]
    pub task_properties: ::std::option::Option<
        ::std::vec::Vec<crate::types::EcsTaskDetails>,
    >,
}
impl EcsPropertiesDetail {
    /// A new [`EcsPropertiesDetailBuilder`](crate::types::builders::EcsPropertiesDetailBuilder).
    pub fn builder() -> crate::types::builders::EcsPropertiesDetailBuilder {
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
pub struct EcsPropertiesOverride {
    #[serde(
        rename = "taskProperties",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub task_properties: ::std::option::Option<
        ::std::vec::Vec<crate::types::TaskPropertiesOverride>,
    >,
}
impl EcsPropertiesOverride {
    /// A new [`EcsPropertiesOverrideBuilder`](crate::types::builders::EcsPropertiesOverrideBuilder).
    pub fn builder() -> crate::types::builders::EcsPropertiesOverrideBuilder {
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
pub struct EcsSettings {
    #[serde(
        rename = "containerInsights",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub container_insights: ::std::option::Option<crate::types::ContainerInsights>,
}
impl EcsSettings {
    /// A new [`EcsSettingsBuilder`](crate::types::builders::EcsSettingsBuilder).
    pub fn builder() -> crate::types::builders::EcsSettingsBuilder {
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
pub struct EcsTaskDetails {
    #[serde(rename = "containerInstanceArn", default)]
    pub container_instance_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "containers", default)]
    pub containers: ::std::option::Option<
        ::std::vec::Vec<crate::types::TaskContainerDetails>,
    >,
    #[serde(rename = "enableExecuteCommand", default)]
    pub enable_execute_command: ::std::option::Option<bool>,
    #[serde(rename = "ephemeralStorage", default)]
    pub ephemeral_storage: ::std::option::Option<crate::types::EphemeralStorage>,
    #[serde(rename = "executionRoleArn", default)]
    pub execution_role_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ipcMode", default)]
    pub ipc_mode: ::std::option::Option<::std::string::String>,
    #[serde(rename = "networkConfiguration", default)]
    pub network_configuration: ::std::option::Option<crate::types::NetworkConfiguration>,
    #[serde(rename = "networkMode", default)]
    pub network_mode: ::std::option::Option<::std::string::String>,
    #[serde(rename = "pidMode", default)]
    pub pid_mode: ::std::option::Option<::std::string::String>,
    #[serde(rename = "platformVersion", default)]
    pub platform_version: ::std::option::Option<::std::string::String>,
    #[serde(rename = "runtimePlatform", default)]
    pub runtime_platform: ::std::option::Option<crate::types::RuntimePlatform>,
    #[serde(rename = "taskArn", default)]
    pub task_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "taskRoleArn", default)]
    pub task_role_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "volumes", default)]
    pub volumes: ::std::option::Option<::std::vec::Vec<crate::types::Volume>>,
}
impl EcsTaskDetails {
    /// A new [`EcsTaskDetailsBuilder`](crate::types::builders::EcsTaskDetailsBuilder).
    pub fn builder() -> crate::types::builders::EcsTaskDetailsBuilder {
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
pub struct EcsTaskProperties {
    #[serde(rename = "containers", default)]
    pub containers: ::std::vec::Vec<crate::types::TaskContainerProperties>,
    #[serde(
        rename = "enableExecuteCommand",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub enable_execute_command: ::std::option::Option<bool>,
    #[serde(
        rename = "ephemeralStorage",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ephemeral_storage: ::std::option::Option<crate::types::EphemeralStorage>,
    #[serde(
        rename = "executionRoleArn",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub execution_role_arn: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "ipcMode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ipc_mode: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "networkConfiguration",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub network_configuration: ::std::option::Option<crate::types::NetworkConfiguration>,
    #[serde(
        rename = "networkMode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub network_mode: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "pidMode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub pid_mode: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "platformVersion",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub platform_version: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "runtimePlatform",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub runtime_platform: ::std::option::Option<crate::types::RuntimePlatform>,
    #[serde(
        rename = "taskRoleArn",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub task_role_arn: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "volumes",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub volumes: ::std::option::Option<::std::vec::Vec<crate::types::Volume>>,
}
impl EcsTaskProperties {
    /// A new [`EcsTaskPropertiesBuilder`](crate::types::builders::EcsTaskPropertiesBuilder).
    pub fn builder() -> crate::types::builders::EcsTaskPropertiesBuilder {
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
pub struct EksAccessEntry {
    #[serde(rename = "desiredState")]
    pub desired_state: crate::types::EksAccessEntryDesiredState,
    #[serde(
        rename = "status",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<crate::types::EksAccessEntryStatus>,
}
impl EksAccessEntry {
    /// A new [`EksAccessEntryBuilder`](crate::types::builders::EksAccessEntryBuilder).
    pub fn builder() -> crate::types::builders::EksAccessEntryBuilder {
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
pub enum EksAccessEntryDesiredState {
    /// `ENABLED`
    Enabled,
    /// `DISABLED`
    Disabled,
    /// `INHERIT_FROM_CLUSTER`
    InheritFromCluster,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl EksAccessEntryDesiredState {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Enabled => "ENABLED",
            Self::Disabled => "DISABLED",
            Self::InheritFromCluster => "INHERIT_FROM_CLUSTER",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["ENABLED", "DISABLED", "INHERIT_FROM_CLUSTER"]
    }
}
impl ::std::convert::From<&str> for EksAccessEntryDesiredState {
    fn from(s: &str) -> Self {
        match s {
            "ENABLED" => Self::Enabled,
            "DISABLED" => Self::Disabled,
            "INHERIT_FROM_CLUSTER" => Self::InheritFromCluster,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(EksAccessEntryDesiredState);
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
pub enum EksAccessEntryStatus {
    /// `ACTIVE`
    Active,
    /// `INACTIVE`
    Inactive,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl EksAccessEntryStatus {
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
impl ::std::convert::From<&str> for EksAccessEntryStatus {
    fn from(s: &str) -> Self {
        match s {
            "ACTIVE" => Self::Active,
            "INACTIVE" => Self::Inactive,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(EksAccessEntryStatus);
/// An object that represents the details for an attempt for a job attempt that an
/// Amazon EKS container runs.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct EksAttemptContainerDetail {
    /// The exit code for the job attempt. A non-zero exit code is considered failed.
    #[serde(rename = "exitCode", default)]
    pub exit_code: ::std::option::Option<i64>,
    /// A short (255 max characters) human-readable string to provide additional details
    /// for a running or stopped container.
    #[serde(rename = "reason", default)]
    pub reason: ::std::option::Option<::std::string::String>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "containerID", default)]
    pub container_id: ::std::option::Option<::std::string::String>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "name", default)]
    pub name: ::std::option::Option<::std::string::String>,
}
impl EksAttemptContainerDetail {
    /// A new [`EksAttemptContainerDetailBuilder`](crate::types::builders::EksAttemptContainerDetailBuilder).
    pub fn builder() -> crate::types::builders::EksAttemptContainerDetailBuilder {
        ::std::default::Default::default()
    }
}
/// An object that represents the details of a job attempt for a job attempt by an
/// Amazon EKS container.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct EksAttemptDetail {
    /// The details for the final status of the containers for this job attempt.
    #[serde(rename = "containers", default)]
    pub containers: ::std::option::Option<
        ::std::vec::Vec<crate::types::EksAttemptContainerDetail>,
    >,
    /// The name of the node for this job attempt.
    #[serde(rename = "nodeName", default)]
    pub node_name: ::std::option::Option<::std::string::String>,
    /// The name of the pod for this job attempt.
    #[serde(rename = "podName", default)]
    pub pod_name: ::std::option::Option<::std::string::String>,
    /// The Unix timestamp (in milliseconds) for when the attempt was started (when the
    /// attempt transitioned from the `STARTING` state to the `RUNNING` state).
    #[serde(rename = "startedAt", default)]
    pub started_at: ::std::option::Option<i64>,
    /// A short, human-readable string to provide additional details for the current
    /// status of the job attempt.
    #[serde(rename = "statusReason", default)]
    pub status_reason: ::std::option::Option<::std::string::String>,
    /// The Unix timestamp (in milliseconds) for when the attempt was stopped. This
    /// happens when the attempt transitioned from the `RUNNING` state to a terminal
    /// state, such as `SUCCEEDED` or `FAILED`.
    #[serde(rename = "stoppedAt", default)]
    pub stopped_at: ::std::option::Option<i64>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "eksClusterArn", default)]
    pub eks_cluster_arn: ::std::option::Option<::std::string::String>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "initContainers", default)]
    pub init_containers: ::std::option::Option<
        ::std::vec::Vec<crate::types::EksAttemptContainerDetail>,
    >,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "podNamespace", default)]
    pub pod_namespace: ::std::option::Option<::std::string::String>,
}
impl EksAttemptDetail {
    /// A new [`EksAttemptDetailBuilder`](crate::types::builders::EksAttemptDetailBuilder).
    pub fn builder() -> crate::types::builders::EksAttemptDetailBuilder {
        ::std::default::Default::default()
    }
}
/// Configuration for the Amazon EKS cluster that supports the Batch compute
/// environment. The cluster must exist before the compute environment can be
/// created.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct EksConfiguration {
    /// The Amazon Resource Name (ARN) of the Amazon EKS cluster. An example is
    /// `arn:aws:eks:us-east-1:123456789012:cluster/ClusterForBatch`.
    #[serde(rename = "eksClusterArn", default)]
    pub eks_cluster_arn: ::std::string::String,
    /// The namespace of the Amazon EKS cluster. Batch manages pods in this namespace.
    /// The value can't left empty or null. It must be fewer than 64 characters long,
    /// can't be set to `default`, can't start with "`kube-`," and must match this
    /// regular expression: `^[a-z0-9]([-a-z0-9]*[a-z0-9])?$`. For more information, see
    /// [Namespaces](https://kubernetes.io/docs/concepts/overview/working-with-objects/namespaces/)
    /// in the Kubernetes documentation.
    #[serde(rename = "kubernetesNamespace", default)]
    pub kubernetes_namespace: ::std::string::String,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "accessEntry",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub access_entry: ::std::option::Option<crate::types::EksAccessEntry>,
}
impl EksConfiguration {
    /// A new [`EksConfigurationBuilder`](crate::types::builders::EksConfigurationBuilder).
    pub fn builder() -> crate::types::builders::EksConfigurationBuilder {
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
pub struct EksConfigurationUpdate {
    #[serde(
        rename = "accessEntry",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub access_entry: ::std::option::Option<crate::types::EksAccessEntry>,
}
impl EksConfigurationUpdate {
    /// A new [`EksConfigurationUpdateBuilder`](crate::types::builders::EksConfigurationUpdateBuilder).
    pub fn builder() -> crate::types::builders::EksConfigurationUpdateBuilder {
        ::std::default::Default::default()
    }
}
/// EKS container properties are used in job definitions for Amazon EKS based job
/// definitions to describe the properties for a container node in the pod that's
/// launched as part of a job. This can't be specified for Amazon ECS based job
/// definitions.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct EksContainer {
    /// An array of arguments to the entrypoint. If this isn't specified, the `CMD` of
    /// the container image is used. This corresponds to the `args` member in the
    /// [Entrypoint](https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/#entrypoint)
    /// portion of the
    /// [Pod](https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/)
    /// in Kubernetes. Environment variable references are expanded using the
    /// container's environment.
    ///
    /// If the referenced environment variable doesn't exist, the reference in the
    /// command isn't changed. For example, if the reference is to "`$(NAME1)`" and the
    /// `NAME1` environment variable doesn't exist, the command string will remain
    /// "`$(NAME1)`." `$$` is replaced with `$`, and the resulting string isn't
    /// expanded. For example, `$$(VAR_NAME)` is passed as `$(VAR_NAME)` whether or not
    /// the `VAR_NAME` environment variable exists. For more information, see
    /// [CMD](https://docs.docker.com/engine/reference/builder/#cmd) in the *Dockerfile
    /// reference* and [Define a command and arguments for a
    /// pod](https://kubernetes.io/docs/tasks/inject-data-application/define-command-argument-container/)
    /// in the *Kubernetes documentation*.
    #[serde(
        rename = "args",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub args: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// The entrypoint for the container. This isn't run within a shell. If this isn't
    /// specified, the `ENTRYPOINT` of the container image is used. Environment variable
    /// references are expanded using the container's environment.
    ///
    /// If the referenced environment variable doesn't exist, the reference in the
    /// command isn't changed. For example, if the reference is to "`$(NAME1)`" and the
    /// `NAME1` environment variable doesn't exist, the command string will remain
    /// "`$(NAME1)`." `$$` is replaced with `$` and the resulting string isn't expanded.
    /// For example, `$$(VAR_NAME)` will be passed as `$(VAR_NAME)` whether or not the
    /// `VAR_NAME` environment variable exists. The entrypoint can't be updated. For
    /// more information, see
    /// [ENTRYPOINT](https://docs.docker.com/engine/reference/builder/#entrypoint) in
    /// the *Dockerfile reference* and [Define a command and arguments for a
    /// container](https://kubernetes.io/docs/tasks/inject-data-application/define-command-argument-container/)
    /// and
    /// [Entrypoint](https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/#entrypoint)
    /// in the *Kubernetes documentation*.
    #[serde(
        rename = "command",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub command: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// The environment variables to pass to a container.
    ///
    /// **Note:** Environment variables cannot start with "`AWS_BATCH`". This naming
    /// convention is reserved for variables that Batch sets.
    #[serde(
        rename = "env",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub env: ::std::option::Option<
        ::std::vec::Vec<crate::types::EksContainerEnvironmentVariable>,
    >,
    /// The Docker image used to start the container.
    #[serde(rename = "image", default)]
    pub image: ::std::string::String,
    /// The image pull policy for the container. Supported values are `Always`,
    /// `IfNotPresent`, and `Never`. This parameter defaults to `IfNotPresent`. However,
    /// if the `:latest` tag is specified, it defaults to `Always`. For more
    /// information, see [Updating
    /// images](https://kubernetes.io/docs/concepts/containers/images/#updating-images)
    /// in the *Kubernetes documentation*.
    #[serde(
        rename = "imagePullPolicy",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_pull_policy: ::std::option::Option<::std::string::String>,
    /// The name of the container. If the name isn't specified, the default name
    /// "`Default`" is used. Each container in a pod must have a unique name.
    #[serde(
        rename = "name",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub name: ::std::option::Option<::std::string::String>,
    /// The type and amount of resources to assign to a container. The supported
    /// resources include `memory`, `cpu`, and `nvidia.com/gpu`. For more information,
    /// see [Resource management for pods and
    /// containers](https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/)
    /// in the *Kubernetes documentation*.
    #[serde(
        rename = "resources",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resources: ::std::option::Option<crate::types::EksContainerResourceRequirements>,
    /// The security context for a job. For more information, see [Configure a security
    /// context for a pod or
    /// container](https://kubernetes.io/docs/tasks/configure-pod-container/security-context/)
    /// in the *Kubernetes documentation*.
    #[serde(
        rename = "securityContext",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub security_context: ::std::option::Option<
        crate::types::EksContainerSecurityContext,
    >,
    /// The volume mounts for the container. Batch supports `emptyDir`, `hostPath`, and
    /// `secret` volume types. For more information about volumes and volume mounts in
    /// Kubernetes, see [Volumes](https://kubernetes.io/docs/concepts/storage/volumes/)
    /// in the *Kubernetes documentation*.
    #[serde(
        rename = "volumeMounts",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub volume_mounts: ::std::option::Option<
        ::std::vec::Vec<crate::types::EksContainerVolumeMount>,
    >,
}
impl EksContainer {
    /// A new [`EksContainerBuilder`](crate::types::builders::EksContainerBuilder).
    pub fn builder() -> crate::types::builders::EksContainerBuilder {
        ::std::default::Default::default()
    }
}
/// The details for container properties that are returned by `DescribeJobs` for
/// jobs that use Amazon EKS.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct EksContainerDetail {
    /// An array of arguments to the entrypoint. If this isn't specified, the `CMD` of
    /// the container image is used. This corresponds to the `args` member in the
    /// [Entrypoint](https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/#entrypoint)
    /// portion of the
    /// [Pod](https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/)
    /// in Kubernetes. Environment variable references are expanded using the
    /// container's environment.
    ///
    /// If the referenced environment variable doesn't exist, the reference in the
    /// command isn't changed. For example, if the reference is to "`$(NAME1)`" and the
    /// `NAME1` environment variable doesn't exist, the command string will remain
    /// "`$(NAME1)`". `$$` is replaced with `$` and the resulting string isn't expanded.
    /// For example, `$$(VAR_NAME)` is passed as `$(VAR_NAME)` whether or not the
    /// `VAR_NAME` environment variable exists. For more information, see
    /// [CMD](https://docs.docker.com/engine/reference/builder/#cmd) in the *Dockerfile
    /// reference* and [Define a command and arguments for a
    /// pod](https://kubernetes.io/docs/tasks/inject-data-application/define-command-argument-container/)
    /// in the *Kubernetes documentation*.
    #[serde(rename = "args", default)]
    pub args: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// The entrypoint for the container. For more information, see
    /// [Entrypoint](https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/#entrypoint)
    /// in the *Kubernetes documentation*.
    #[serde(rename = "command", default)]
    pub command: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// The environment variables to pass to a container.
    ///
    /// **Note:** Environment variables cannot start with "`AWS_BATCH`". This naming
    /// convention is reserved for variables that Batch sets.
    #[serde(rename = "env", default)]
    pub env: ::std::option::Option<
        ::std::vec::Vec<crate::types::EksContainerEnvironmentVariable>,
    >,
    /// The exit code for the job attempt. A non-zero exit code is considered failed.
    #[serde(rename = "exitCode", default)]
    pub exit_code: ::std::option::Option<i64>,
    /// The Docker image used to start the container.
    #[serde(rename = "image", default)]
    pub image: ::std::option::Option<::std::string::String>,
    /// The image pull policy for the container. Supported values are `Always`,
    /// `IfNotPresent`, and `Never`. This parameter defaults to `Always` if the
    /// `:latest` tag is specified, `IfNotPresent` otherwise. For more information, see
    /// [Updating
    /// images](https://kubernetes.io/docs/concepts/containers/images/#updating-images)
    /// in the *Kubernetes documentation*.
    #[serde(rename = "imagePullPolicy", default)]
    pub image_pull_policy: ::std::option::Option<::std::string::String>,
    /// The name of the container. If the name isn't specified, the default name
    /// "`Default`" is used. Each container in a pod must have a unique name.
    #[serde(rename = "name", default)]
    pub name: ::std::option::Option<::std::string::String>,
    /// A short human-readable string to provide additional details for a running or
    /// stopped container. It can be up to 255 characters long.
    #[serde(rename = "reason", default)]
    pub reason: ::std::option::Option<::std::string::String>,
    /// The type and amount of resources to assign to a container. The supported
    /// resources include `memory`, `cpu`, and `nvidia.com/gpu`. For more information,
    /// see [Resource management for pods and
    /// containers](https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/)
    /// in the *Kubernetes documentation*.
    #[serde(rename = "resources", default)]
    pub resources: ::std::option::Option<crate::types::EksContainerResourceRequirements>,
    /// The security context for a job. For more information, see [Configure a security
    /// context for a pod or
    /// container](https://kubernetes.io/docs/tasks/configure-pod-container/security-context/)
    /// in the *Kubernetes documentation*.
    #[serde(rename = "securityContext", default)]
    pub security_context: ::std::option::Option<
        crate::types::EksContainerSecurityContext,
    >,
    /// The volume mounts for the container. Batch supports `emptyDir`, `hostPath`, and
    /// `secret` volume types. For more information about volumes and volume mounts in
    /// Kubernetes, see [Volumes](https://kubernetes.io/docs/concepts/storage/volumes/)
    /// in the *Kubernetes documentation*.
    #[serde(rename = "volumeMounts", default)]
    pub volume_mounts: ::std::option::Option<
        ::std::vec::Vec<crate::types::EksContainerVolumeMount>,
    >,
}
impl EksContainerDetail {
    /// A new [`EksContainerDetailBuilder`](crate::types::builders::EksContainerDetailBuilder).
    pub fn builder() -> crate::types::builders::EksContainerDetailBuilder {
        ::std::default::Default::default()
    }
}
/// An environment variable.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct EksContainerEnvironmentVariable {
    /// The name of the environment variable.
    #[serde(rename = "name", default)]
    pub name: ::std::string::String,
    /// The value of the environment variable.
    #[serde(
        rename = "value",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub value: ::std::option::Option<::std::string::String>,
}
impl EksContainerEnvironmentVariable {
    /// A new [`EksContainerEnvironmentVariableBuilder`](crate::types::builders::EksContainerEnvironmentVariableBuilder).
    pub fn builder() -> crate::types::builders::EksContainerEnvironmentVariableBuilder {
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
pub struct EksContainerLinuxCapabilities {
    #[serde(
        rename = "add",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub add: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(
        rename = "drop",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub drop: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
impl EksContainerLinuxCapabilities {
    /// A new [`EksContainerLinuxCapabilitiesBuilder`](crate::types::builders::EksContainerLinuxCapabilitiesBuilder).
    pub fn builder() -> crate::types::builders::EksContainerLinuxCapabilitiesBuilder {
        ::std::default::Default::default()
    }
}
/// Object representing any Kubernetes overrides to a job definition that's used in
/// a SubmitJob API operation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct EksContainerOverride {
    /// The arguments to the entrypoint to send to the container that overrides the
    /// default arguments from the Docker image or the job definition. For more
    /// information, see [CMD](https://docs.docker.com/engine/reference/builder/#cmd) in
    /// the *Dockerfile reference* and [Define a command an arguments for a
    /// pod](https://kubernetes.io/docs/tasks/inject-data-application/define-command-argument-container/)
    /// in the *Kubernetes documentation*.
    #[serde(
        rename = "args",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub args: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// The command to send to the container that overrides the default command from the
    /// Docker image or the job definition.
    #[serde(
        rename = "command",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub command: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// The environment variables to send to the container. You can add new environment
    /// variables, which are added to the container at launch. Or, you can override the
    /// existing environment variables from the Docker image or the job definition.
    ///
    /// **Note:** Environment variables cannot start with "`AWS_BATCH`". This naming
    /// convention is reserved for variables that Batch sets.
    #[serde(
        rename = "env",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub env: ::std::option::Option<
        ::std::vec::Vec<crate::types::EksContainerEnvironmentVariable>,
    >,
    /// The override of the Docker image that's used to start the container.
    #[serde(
        rename = "image",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image: ::std::option::Option<::std::string::String>,
    /// The type and amount of resources to assign to a container. These override the
    /// settings in the job definition. The supported resources include `memory`, `cpu`,
    /// and `nvidia.com/gpu`. For more information, see [Resource management for pods
    /// and
    /// containers](https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/)
    /// in the *Kubernetes documentation*.
    #[serde(
        rename = "resources",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resources: ::std::option::Option<crate::types::EksContainerResourceRequirements>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "name",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub name: ::std::option::Option<::std::string::String>,
}
impl EksContainerOverride {
    /// A new [`EksContainerOverrideBuilder`](crate::types::builders::EksContainerOverrideBuilder).
    pub fn builder() -> crate::types::builders::EksContainerOverrideBuilder {
        ::std::default::Default::default()
    }
}
/// The type and amount of resources to assign to a container. The supported
/// resources include `memory`, `cpu`, and `nvidia.com/gpu`. For more information,
/// see [Resource management for pods and
/// containers](https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/)
/// in the *Kubernetes documentation*.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct EksContainerResourceRequirements {
    /// The type and quantity of the resources to reserve for the container. The values
    /// vary based on the `name` that's specified. Resources can be requested using
    /// either the `limits` or the `requests` objects.
    ///
    /// - **memory**: The memory hard limit (in MiB) for the container, using whole
    ///   integers, with a "Mi" suffix. If your container attempts to exceed the memory
    ///   specified, the container is terminated. You must specify at least 4 MiB of
    ///   memory for a job. `memory` can be specified in `limits`, `requests`, or both.
    ///   If `memory` is specified in both places, then the value that's specified in
    ///   `limits` must be equal to the value that's specified in `requests`.
    ///
    ///   **Note:** To maximize your resource utilization, provide your jobs with as
    ///   much memory as possible for the specific instance type that you are using. To
    ///   learn how, see [Memory
    ///   management](https://docs.aws.amazon.com/batch/latest/userguide/memory-management.html)
    ///   in the *Batch User Guide*.
    ///
    /// - **cpu**: The number of CPUs that's reserved for the container. Values must be
    ///   an even multiple of `0.25`. `cpu` can be specified in `limits`, `requests`, or
    ///   both. If `cpu` is specified in both places, then the value that's specified in
    ///   `limits` must be at least as large as the value that's specified in
    ///   `requests`.
    ///
    /// - **nvidia.com/gpu**: The number of GPUs that's reserved for the container.
    ///   Values must be a whole integer. `memory` can be specified in `limits`,
    ///   `requests`, or both. If `memory` is specified in both places, then the value
    ///   that's specified in `limits` must be equal to the value that's specified in
    ///   `requests`.
    #[serde(
        rename = "limits",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub limits: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    /// The type and quantity of the resources to request for the container. The values
    /// vary based on the `name` that's specified. Resources can be requested by using
    /// either the `limits` or the `requests` objects.
    ///
    /// - **memory**: The memory hard limit (in MiB) for the container, using whole
    ///   integers, with a "Mi" suffix. If your container attempts to exceed the memory
    ///   specified, the container is terminated. You must specify at least 4 MiB of
    ///   memory for a job. `memory` can be specified in `limits`, `requests`, or both.
    ///   If `memory` is specified in both, then the value that's specified in `limits`
    ///   must be equal to the value that's specified in `requests`.
    ///
    ///   **Note:** If you're trying to maximize your resource utilization by providing
    ///   your jobs as much memory as possible for a particular instance type, see
    ///   [Memory
    ///   management](https://docs.aws.amazon.com/batch/latest/userguide/memory-management.html)
    ///   in the *Batch User Guide*.
    ///
    /// - **cpu**: The number of CPUs that are reserved for the container. Values must
    ///   be an even multiple of `0.25`. `cpu` can be specified in `limits`, `requests`,
    ///   or both. If `cpu` is specified in both, then the value that's specified in
    ///   `limits` must be at least as large as the value that's specified in
    ///   `requests`.
    ///
    /// - **nvidia.com/gpu**: The number of GPUs that are reserved for the container.
    ///   Values must be a whole integer. `nvidia.com/gpu` can be specified in `limits`,
    ///   `requests`, or both. If `nvidia.com/gpu` is specified in both, then the value
    ///   that's specified in `limits` must be equal to the value that's specified in
    ///   `requests`.
    #[serde(
        rename = "requests",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub requests: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
}
impl EksContainerResourceRequirements {
    /// A new [`EksContainerResourceRequirementsBuilder`](crate::types::builders::EksContainerResourceRequirementsBuilder).
    pub fn builder() -> crate::types::builders::EksContainerResourceRequirementsBuilder {
        ::std::default::Default::default()
    }
}
/// The security context for a job. For more information, see [Configure a security
/// context for a pod or
/// container](https://kubernetes.io/docs/tasks/configure-pod-container/security-context/)
/// in the *Kubernetes documentation*.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct EksContainerSecurityContext {
    /// When this parameter is `true`, the container is given elevated permissions on
    /// the host container instance. The level of permissions are similar to the `root`
    /// user permissions. The default value is `false`. This parameter maps to
    /// `privileged` policy in the [Privileged pod security
    /// policies](https://kubernetes.io/docs/concepts/security/pod-security-policy/#privileged)
    /// in the *Kubernetes documentation*.
    #[serde(
        rename = "privileged",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub privileged: ::std::option::Option<bool>,
    /// When this parameter is `true`, the container is given read-only access to its
    /// root file system. The default value is `false`. This parameter maps to
    /// `ReadOnlyRootFilesystem` policy in the [Volumes and file systems pod security
    /// policies](https://kubernetes.io/docs/concepts/security/pod-security-policy/#volumes-and-file-systems)
    /// in the *Kubernetes documentation*.
    #[serde(
        rename = "readOnlyRootFilesystem",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub read_only_root_filesystem: ::std::option::Option<bool>,
    /// When this parameter is specified, the container is run as the specified group ID
    /// (`gid`). If this parameter isn't specified, the default is the group that's
    /// specified in the image metadata. This parameter maps to `RunAsGroup` and
    /// `MustRunAs` policy in the [Users and groups pod security
    /// policies](https://kubernetes.io/docs/concepts/security/pod-security-policy/#users-and-groups)
    /// in the *Kubernetes documentation*.
    #[serde(
        rename = "runAsGroup",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub run_as_group: ::std::option::Option<i64>,
    /// When this parameter is specified, the container is run as a user with a `uid`
    /// other than 0. If this parameter isn't specified, so such rule is enforced. This
    /// parameter maps to `RunAsUser` and `MustRunAsNonRoot` policy in the [Users and
    /// groups pod security
    /// policies](https://kubernetes.io/docs/concepts/security/pod-security-policy/#users-and-groups)
    /// in the *Kubernetes documentation*.
    #[serde(
        rename = "runAsNonRoot",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub run_as_non_root: ::std::option::Option<bool>,
    /// When this parameter is specified, the container is run as the specified user ID
    /// (`uid`). If this parameter isn't specified, the default is the user that's
    /// specified in the image metadata. This parameter maps to `RunAsUser` and
    /// `MustRanAs` policy in the [Users and groups pod security
    /// policies](https://kubernetes.io/docs/concepts/security/pod-security-policy/#users-and-groups)
    /// in the *Kubernetes documentation*.
    #[serde(
        rename = "runAsUser",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub run_as_user: ::std::option::Option<i64>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "allowPrivilegeEscalation",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub allow_privilege_escalation: ::std::option::Option<bool>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "capabilities",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub capabilities: ::std::option::Option<crate::types::EksContainerLinuxCapabilities>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "seccompProfile",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub seccomp_profile: ::std::option::Option<crate::types::EksSeccompProfile>,
}
impl EksContainerSecurityContext {
    /// A new [`EksContainerSecurityContextBuilder`](crate::types::builders::EksContainerSecurityContextBuilder).
    pub fn builder() -> crate::types::builders::EksContainerSecurityContextBuilder {
        ::std::default::Default::default()
    }
}
/// The volume mounts for a container for an Amazon EKS job. For more information
/// about volumes and volume mounts in Kubernetes, see
/// [Volumes](https://kubernetes.io/docs/concepts/storage/volumes/) in the
/// *Kubernetes documentation*.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct EksContainerVolumeMount {
    /// The path on the container where the volume is mounted.
    #[serde(
        rename = "mountPath",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub mount_path: ::std::option::Option<::std::string::String>,
    /// The name the volume mount. This must match the name of one of the volumes in the
    /// pod.
    #[serde(
        rename = "name",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub name: ::std::option::Option<::std::string::String>,
    /// If this value is `true`, the container has read-only access to the volume.
    /// Otherwise, the container can write to the volume. The default value is `false`.
    #[serde(
        rename = "readOnly",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub read_only: ::std::option::Option<bool>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "subPath",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub sub_path: ::std::option::Option<::std::string::String>,
}
impl EksContainerVolumeMount {
    /// A new [`EksContainerVolumeMountBuilder`](crate::types::builders::EksContainerVolumeMountBuilder).
    pub fn builder() -> crate::types::builders::EksContainerVolumeMountBuilder {
        ::std::default::Default::default()
    }
}
/// Specifies the configuration of a Kubernetes `emptyDir` volume. An `emptyDir`
/// volume is first created when a pod is assigned to a node. It exists as long as
/// that pod is running on that node. The `emptyDir` volume is initially empty. All
/// containers in the pod can read and write the files in the `emptyDir` volume.
/// However, the `emptyDir` volume can be mounted at the same or different paths in
/// each container. When a pod is removed from a node for any reason, the data in
/// the `emptyDir` is deleted permanently. For more information, see
/// [emptyDir](https://kubernetes.io/docs/concepts/storage/volumes/#emptydir) in the
/// *Kubernetes documentation*.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct EksEmptyDir {
    /// The medium to store the volume. The default value is an empty string, which uses
    /// the storage of the node.
    ///
    /// - **""**: **(Default)** Use the disk storage of the node.
    /// - **"Memory"**: Use the `tmpfs` volume that's backed by the RAM of the node.
    ///   Contents of the volume are lost when the node reboots, and any storage on the
    ///   volume counts against the container's memory limit.
    #[serde(
        rename = "medium",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub medium: ::std::option::Option<::std::string::String>,
    /// The maximum size of the volume. By default, there's no maximum size defined.
    #[serde(
        rename = "sizeLimit",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub size_limit: ::std::option::Option<::std::string::String>,
}
impl EksEmptyDir {
    /// A new [`EksEmptyDirBuilder`](crate::types::builders::EksEmptyDirBuilder).
    pub fn builder() -> crate::types::builders::EksEmptyDirBuilder {
        ::std::default::Default::default()
    }
}
/// Specifies the configuration of a Kubernetes `hostPath` volume. A `hostPath`
/// volume mounts an existing file or directory from the host node's filesystem into
/// your pod. For more information, see
/// [hostPath](https://kubernetes.io/docs/concepts/storage/volumes/#hostpath) in the
/// *Kubernetes documentation*.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct EksHostPath {
    /// The path of the file or directory on the host to mount into containers on the
    /// pod.
    #[serde(
        rename = "path",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub path: ::std::option::Option<::std::string::String>,
}
impl EksHostPath {
    /// A new [`EksHostPathBuilder`](crate::types::builders::EksHostPathBuilder).
    pub fn builder() -> crate::types::builders::EksHostPathBuilder {
        ::std::default::Default::default()
    }
}
/// Describes and uniquely identifies Kubernetes resources. For example, the compute
/// environment that a pod runs in or the `jobID` for a job running in the pod. For
/// more information, see [Understanding Kubernetes
/// Objects](https://kubernetes.io/docs/concepts/overview/working-with-objects/kubernetes-objects/)
/// in the *Kubernetes documentation*.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct EksMetadata {
    /// Key-value pairs used to identify, sort, and organize cube resources. Can contain
    /// up to 63 uppercase letters, lowercase letters, numbers, hyphens (-), and
    /// underscores (\_). Labels can be added or modified at any time. Each resource can
    /// have multiple labels, but each key must be unique for a given object.
    #[serde(
        rename = "labels",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub labels: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "annotations",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub annotations: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "namespace",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub namespace: ::std::option::Option<::std::string::String>,
}
impl EksMetadata {
    /// A new [`EksMetadataBuilder`](crate::types::builders::EksMetadataBuilder).
    pub fn builder() -> crate::types::builders::EksMetadataBuilder {
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
pub struct EksPersistentVolumeClaim {
    #[serde(rename = "claimName", default)]
    pub claim_name: ::std::string::String,
    #[serde(
        rename = "readOnly",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub read_only: ::std::option::Option<bool>,
}
impl EksPersistentVolumeClaim {
    /// A new [`EksPersistentVolumeClaimBuilder`](crate::types::builders::EksPersistentVolumeClaimBuilder).
    pub fn builder() -> crate::types::builders::EksPersistentVolumeClaimBuilder {
        ::std::default::Default::default()
    }
}
/// The properties for the pod.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct EksPodProperties {
    /// The properties of the container that's used on the Amazon EKS pod.
    #[serde(
        rename = "containers",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub containers: ::std::option::Option<::std::vec::Vec<crate::types::EksContainer>>,
    /// The DNS policy for the pod. The default value is `ClusterFirst`. If the
    /// `hostNetwork` parameter is not specified, the default is
    /// `ClusterFirstWithHostNet`. `ClusterFirst` indicates that any DNS query that does
    /// not match the configured cluster domain suffix is forwarded to the upstream
    /// nameserver inherited from the node. For more information, see [Pod's DNS
    /// policy](https://kubernetes.io/docs/concepts/services-networking/dns-pod-service/#pod-s-dns-policy)
    /// in the *Kubernetes documentation*.
    ///
    /// Valid values: `Default` \| `ClusterFirst` \| `ClusterFirstWithHostNet`
    #[serde(
        rename = "dnsPolicy",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dns_policy: ::std::option::Option<::std::string::String>,
    /// Indicates if the pod uses the hosts' network IP address. The default value is
    /// `true`. Setting this to `false` enables the Kubernetes pod networking model.
    /// Most Batch workloads are egress-only and don't require the overhead of IP
    /// allocation for each pod for incoming connections. For more information, see
    /// [Host
    /// namespaces](https://kubernetes.io/docs/concepts/security/pod-security-policy/#host-namespaces)
    /// and [Pod
    /// networking](https://kubernetes.io/docs/concepts/workloads/pods/#pod-networking)
    /// in the *Kubernetes documentation*.
    #[serde(
        rename = "hostNetwork",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub host_network: ::std::option::Option<bool>,
    /// Metadata about the Kubernetes pod. For more information, see [Understanding
    /// Kubernetes
    /// Objects](https://kubernetes.io/docs/concepts/overview/working-with-objects/kubernetes-objects/)
    /// in the *Kubernetes documentation*.
    #[serde(
        rename = "metadata",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub metadata: ::std::option::Option<crate::types::EksMetadata>,
    /// The name of the service account that's used to run the pod. For more
    /// information, see [Kubernetes service
    /// accounts](https://docs.aws.amazon.com/eks/latest/userguide/service-accounts.html)
    /// and [Configure a Kubernetes service account to assume an IAM
    /// role](https://docs.aws.amazon.com/eks/latest/userguide/associate-service-account-role.html)
    /// in the *Amazon EKS User Guide* and [Configure service accounts for
    /// pods](https://kubernetes.io/docs/tasks/configure-pod-container/configure-service-account/)
    /// in the *Kubernetes documentation*.
    #[serde(
        rename = "serviceAccountName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub service_account_name: ::std::option::Option<::std::string::String>,
    /// Specifies the volumes for a job definition that uses Amazon EKS resources.
    #[serde(
        rename = "volumes",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub volumes: ::std::option::Option<::std::vec::Vec<crate::types::EksVolume>>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "imagePullSecrets",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_pull_secrets: ::std::option::Option<
        ::std::vec::Vec<crate::types::ImagePullSecret>,
    >,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "initContainers",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub init_containers: ::std::option::Option<
        ::std::vec::Vec<crate::types::EksContainer>,
    >,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "securityContext",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub security_context: ::std::option::Option<crate::types::EksPodSecurityContext>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "shareProcessNamespace",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub share_process_namespace: ::std::option::Option<bool>,
}
impl EksPodProperties {
    /// A new [`EksPodPropertiesBuilder`](crate::types::builders::EksPodPropertiesBuilder).
    pub fn builder() -> crate::types::builders::EksPodPropertiesBuilder {
        ::std::default::Default::default()
    }
}
/// The details for the pod.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct EksPodPropertiesDetail {
    /// The properties of the container that's used on the Amazon EKS pod.
    #[serde(rename = "containers", default)]
    pub containers: ::std::option::Option<
        ::std::vec::Vec<crate::types::EksContainerDetail>,
    >,
    /// The DNS policy for the pod. The default value is `ClusterFirst`. If the
    /// `hostNetwork` parameter is not specified, the default is
    /// `ClusterFirstWithHostNet`. `ClusterFirst` indicates that any DNS query that does
    /// not match the configured cluster domain suffix is forwarded to the upstream
    /// nameserver inherited from the node. If no value was specified for `dnsPolicy` in
    /// the
    /// [RegisterJobDefinition](https://docs.aws.amazon.com/batch/latest/APIReference/API_RegisterJobDefinition.html)
    /// API operation, then no value will be returned for `dnsPolicy` by either of
    /// [DescribeJobDefinitions](https://docs.aws.amazon.com/batch/latest/APIReference/API_DescribeJobDefinitions.html)
    /// or
    /// [DescribeJobs](https://docs.aws.amazon.com/batch/latest/APIReference/API_DescribeJobs.html)
    /// API operations. The pod spec setting will contain either `ClusterFirst` or
    /// `ClusterFirstWithHostNet`, depending on the value of the `hostNetwork`
    /// parameter. For more information, see [Pod's DNS
    /// policy](https://kubernetes.io/docs/concepts/services-networking/dns-pod-service/#pod-s-dns-policy)
    /// in the *Kubernetes documentation*.
    ///
    /// Valid values: `Default` \| `ClusterFirst` \| `ClusterFirstWithHostNet`
    #[serde(rename = "dnsPolicy", default)]
    pub dns_policy: ::std::option::Option<::std::string::String>,
    /// Indicates if the pod uses the hosts' network IP address. The default value is
    /// `true`. Setting this to `false` enables the Kubernetes pod networking model.
    /// Most Batch workloads are egress-only and don't require the overhead of IP
    /// allocation for each pod for incoming connections. For more information, see
    /// [Host
    /// namespaces](https://kubernetes.io/docs/concepts/security/pod-security-policy/#host-namespaces)
    /// and [Pod
    /// networking](https://kubernetes.io/docs/concepts/workloads/pods/#pod-networking)
    /// in the *Kubernetes documentation*.
    #[serde(rename = "hostNetwork", default)]
    pub host_network: ::std::option::Option<bool>,
    #[serde(rename = "metadata", default)]
    pub metadata: ::std::option::Option<crate::types::EksMetadata>,
    /// The name of the node for this job.
    #[serde(rename = "nodeName", default)]
    pub node_name: ::std::option::Option<::std::string::String>,
    /// The name of the pod for this job.
    #[serde(rename = "podName", default)]
    pub pod_name: ::std::option::Option<::std::string::String>,
    /// The name of the service account that's used to run the pod. For more
    /// information, see [Kubernetes service
    /// accounts](https://docs.aws.amazon.com/eks/latest/userguide/service-accounts.html)
    /// and [Configure a Kubernetes service account to assume an IAM
    /// role](https://docs.aws.amazon.com/eks/latest/userguide/associate-service-account-role.html)
    /// in the *Amazon EKS User Guide* and [Configure service accounts for
    /// pods](https://kubernetes.io/docs/tasks/configure-pod-container/configure-service-account/)
    /// in the *Kubernetes documentation*.
    #[serde(rename = "serviceAccountName", default)]
    pub service_account_name: ::std::option::Option<::std::string::String>,
    /// Specifies the volumes for a job definition using Amazon EKS resources.
    #[serde(rename = "volumes", default)]
    pub volumes: ::std::option::Option<::std::vec::Vec<crate::types::EksVolume>>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "imagePullSecrets", default)]
    pub image_pull_secrets: ::std::option::Option<
        ::std::vec::Vec<crate::types::ImagePullSecret>,
    >,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "initContainers", default)]
    pub init_containers: ::std::option::Option<
        ::std::vec::Vec<crate::types::EksContainerDetail>,
    >,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "securityContext", default)]
    pub security_context: ::std::option::Option<crate::types::EksPodSecurityContext>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "shareProcessNamespace", default)]
    pub share_process_namespace: ::std::option::Option<bool>,
}
impl EksPodPropertiesDetail {
    /// A new [`EksPodPropertiesDetailBuilder`](crate::types::builders::EksPodPropertiesDetailBuilder).
    pub fn builder() -> crate::types::builders::EksPodPropertiesDetailBuilder {
        ::std::default::Default::default()
    }
}
/// An object that contains overrides for the Kubernetes pod properties of a job.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct EksPodPropertiesOverride {
    /// The overrides for the container that's used on the Amazon EKS pod.
    #[serde(
        rename = "containers",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub containers: ::std::option::Option<
        ::std::vec::Vec<crate::types::EksContainerOverride>,
    >,
    /// Metadata about the overrides for the container that's used on the Amazon EKS
    /// pod.
    #[serde(
        rename = "metadata",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub metadata: ::std::option::Option<crate::types::EksMetadata>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "initContainers",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub init_containers: ::std::option::Option<
        ::std::vec::Vec<crate::types::EksContainerOverride>,
    >,
}
impl EksPodPropertiesOverride {
    /// A new [`EksPodPropertiesOverrideBuilder`](crate::types::builders::EksPodPropertiesOverrideBuilder).
    pub fn builder() -> crate::types::builders::EksPodPropertiesOverrideBuilder {
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
pub struct EksPodSecurityContext {
    #[serde(
        rename = "fsGroup",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub fs_group: ::std::option::Option<i64>,
    #[serde(
        rename = "runAsGroup",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub run_as_group: ::std::option::Option<i64>,
    #[serde(
        rename = "runAsNonRoot",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub run_as_non_root: ::std::option::Option<bool>,
    #[serde(
        rename = "runAsUser",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub run_as_user: ::std::option::Option<i64>,
    #[serde(
        rename = "seccompProfile",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub seccomp_profile: ::std::option::Option<crate::types::EksSeccompProfile>,
}
impl EksPodSecurityContext {
    /// A new [`EksPodSecurityContextBuilder`](crate::types::builders::EksPodSecurityContextBuilder).
    pub fn builder() -> crate::types::builders::EksPodSecurityContextBuilder {
        ::std::default::Default::default()
    }
}
/// An object that contains the properties for the Kubernetes resources of a job.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct EksProperties {
    /// The properties for the Kubernetes pod resources of a job.
    #[serde(
        rename = "podProperties",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub pod_properties: ::std::option::Option<crate::types::EksPodProperties>,
}
impl EksProperties {
    /// A new [`EksPropertiesBuilder`](crate::types::builders::EksPropertiesBuilder).
    pub fn builder() -> crate::types::builders::EksPropertiesBuilder {
        ::std::default::Default::default()
    }
}
/// An object that contains the details for the Kubernetes resources of a job.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct EksPropertiesDetail {
    /// The properties for the Kubernetes pod resources of a job.
    #[serde(rename = "podProperties", default)]
    pub pod_properties: ::std::option::Option<crate::types::EksPodPropertiesDetail>,
}
impl EksPropertiesDetail {
    /// A new [`EksPropertiesDetailBuilder`](crate::types::builders::EksPropertiesDetailBuilder).
    pub fn builder() -> crate::types::builders::EksPropertiesDetailBuilder {
        ::std::default::Default::default()
    }
}
/// An object that contains overrides for the Kubernetes resources of a job.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct EksPropertiesOverride {
    /// The overrides for the Kubernetes pod resources of a job.
    #[serde(
        rename = "podProperties",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub pod_properties: ::std::option::Option<crate::types::EksPodPropertiesOverride>,
}
impl EksPropertiesOverride {
    /// A new [`EksPropertiesOverrideBuilder`](crate::types::builders::EksPropertiesOverrideBuilder).
    pub fn builder() -> crate::types::builders::EksPropertiesOverrideBuilder {
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
pub struct EksSeccompProfile {
    #[serde(
        rename = "localhostProfile",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub localhost_profile: ::std::option::Option<::std::string::String>,
    #[serde(rename = "type")]
    pub r#type: crate::types::EksSeccompProfileType,
}
impl EksSeccompProfile {
    /// A new [`EksSeccompProfileBuilder`](crate::types::builders::EksSeccompProfileBuilder).
    pub fn builder() -> crate::types::builders::EksSeccompProfileBuilder {
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
pub enum EksSeccompProfileType {
    /// `RuntimeDefault`
    RuntimeDefault,
    /// `Localhost`
    Localhost,
    /// `Unconfined`
    Unconfined,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl EksSeccompProfileType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::RuntimeDefault => "RuntimeDefault",
            Self::Localhost => "Localhost",
            Self::Unconfined => "Unconfined",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["RuntimeDefault", "Localhost", "Unconfined"]
    }
}
impl ::std::convert::From<&str> for EksSeccompProfileType {
    fn from(s: &str) -> Self {
        match s {
            "RuntimeDefault" => Self::RuntimeDefault,
            "Localhost" => Self::Localhost,
            "Unconfined" => Self::Unconfined,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(EksSeccompProfileType);
/// Specifies the configuration of a Kubernetes `secret` volume. For more
/// information, see
/// [secret](https://kubernetes.io/docs/concepts/storage/volumes/#secret) in the
/// *Kubernetes documentation*.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct EksSecret {
    /// Specifies whether the secret or the secret's keys must be defined.
    #[serde(
        rename = "optional",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub optional: ::std::option::Option<bool>,
    /// The name of the secret. The name must be allowed as a DNS subdomain name. For
    /// more information, see [DNS subdomain
    /// names](https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#dns-subdomain-names)
    /// in the *Kubernetes documentation*.
    #[serde(rename = "secretName", default)]
    pub secret_name: ::std::string::String,
}
impl EksSecret {
    /// A new [`EksSecretBuilder`](crate::types::builders::EksSecretBuilder).
    pub fn builder() -> crate::types::builders::EksSecretBuilder {
        ::std::default::Default::default()
    }
}
/// Specifies an Amazon EKS volume for a job definition.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct EksVolume {
    /// Specifies the configuration of a Kubernetes `emptyDir` volume. For more
    /// information, see
    /// [emptyDir](https://kubernetes.io/docs/concepts/storage/volumes/#emptydir) in the
    /// *Kubernetes documentation*.
    #[serde(
        rename = "emptyDir",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub empty_dir: ::std::option::Option<crate::types::EksEmptyDir>,
    /// Specifies the configuration of a Kubernetes `hostPath` volume. For more
    /// information, see
    /// [hostPath](https://kubernetes.io/docs/concepts/storage/volumes/#hostpath) in the
    /// *Kubernetes documentation*.
    #[serde(
        rename = "hostPath",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub host_path: ::std::option::Option<crate::types::EksHostPath>,
    /// The name of the volume. The name must be allowed as a DNS subdomain name. For
    /// more information, see [DNS subdomain
    /// names](https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#dns-subdomain-names)
    /// in the *Kubernetes documentation*.
    #[serde(rename = "name", default)]
    pub name: ::std::string::String,
    /// Specifies the configuration of a Kubernetes `secret` volume. For more
    /// information, see
    /// [secret](https://kubernetes.io/docs/concepts/storage/volumes/#secret) in the
    /// *Kubernetes documentation*.
    #[serde(
        rename = "secret",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub secret: ::std::option::Option<crate::types::EksSecret>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "persistentVolumeClaim",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub persistent_volume_claim: ::std::option::Option<
        crate::types::EksPersistentVolumeClaim,
    >,
}
impl EksVolume {
    /// A new [`EksVolumeBuilder`](crate::types::builders::EksVolumeBuilder).
    pub fn builder() -> crate::types::builders::EksVolumeBuilder {
        ::std::default::Default::default()
    }
}
/// The amount of ephemeral storage to allocate for the task. This parameter is used
/// to expand the total amount of ephemeral storage available, beyond the default
/// amount, for tasks hosted on Fargate.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct EphemeralStorage {
    /// The total amount, in GiB, of ephemeral storage to set for the task. The minimum
    /// supported value is `21` GiB and the maximum supported value is `200` GiB.
    #[serde(rename = "sizeInGiB", default)]
    pub size_in_gi_b: i64,
}
impl EphemeralStorage {
    /// A new [`EphemeralStorageBuilder`](crate::types::builders::EphemeralStorageBuilder).
    pub fn builder() -> crate::types::builders::EphemeralStorageBuilder {
        ::std::default::Default::default()
    }
}
/// Specifies an array of up to 5 conditions to be met, and an action to take
/// (`RETRY` or `EXIT`) if all conditions are met. If none of the `EvaluateOnExit`
/// conditions in a `RetryStrategy` match, then the job is retried.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct EvaluateOnExit {
    /// Specifies the action to take if all of the specified conditions
    /// (`onStatusReason`, `onReason`, and `onExitCode`) are met. The values aren't case
    /// sensitive.
    #[serde(rename = "action")]
    pub action: crate::types::RetryAction,
    /// Contains a glob pattern to match against the decimal representation of the
    /// `ExitCode` returned for a job. The pattern can be up to 512 characters long. It
    /// can contain only numbers, and can end with an asterisk (\*) so that only the
    /// start of the string needs to be an exact match.
    ///
    /// The string can contain up to 512 characters.
    #[serde(
        rename = "onExitCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub on_exit_code: ::std::option::Option<::std::string::String>,
    /// Contains a glob pattern to match against the `Reason` returned for a job. The
    /// pattern can contain up to 512 characters. It can contain letters, numbers,
    /// periods (.), colons (:), and white space (including spaces and tabs). It can
    /// optionally end with an asterisk (\*) so that only the start of the string needs
    /// to be an exact match.
    #[serde(
        rename = "onReason",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub on_reason: ::std::option::Option<::std::string::String>,
    /// Contains a glob pattern to match against the `StatusReason` returned for a job.
    /// The pattern can contain up to 512 characters. It can contain letters, numbers,
    /// periods (.), colons (:), and white spaces (including spaces or tabs). It can
    /// optionally end with an asterisk (\*) so that only the start of the string needs
    /// to be an exact match.
    #[serde(
        rename = "onStatusReason",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub on_status_reason: ::std::option::Option<::std::string::String>,
}
impl EvaluateOnExit {
    /// A new [`EvaluateOnExitBuilder`](crate::types::builders::EvaluateOnExitBuilder).
    pub fn builder() -> crate::types::builders::EvaluateOnExitBuilder {
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
pub struct FairshareCapacityUsage {
    #[serde(rename = "capacityUnit", default)]
    pub capacity_unit: ::std::option::Option<::std::string::String>,
    #[serde(rename = "quantity", default)]
    pub quantity: ::std::option::Option<f64>,
}
impl FairshareCapacityUsage {
    /// A new [`FairshareCapacityUsageBuilder`](crate::types::builders::FairshareCapacityUsageBuilder).
    pub fn builder() -> crate::types::builders::FairshareCapacityUsageBuilder {
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
pub struct FairshareCapacityUtilization {
    #[serde(rename = "capacityUsage", default)]
    pub capacity_usage: ::std::option::Option<
        ::std::vec::Vec<crate::types::FairshareCapacityUsage>,
    >,
    #[serde(rename = "shareIdentifier", default)]
    pub share_identifier: ::std::option::Option<::std::string::String>,
}
impl FairshareCapacityUtilization {
    /// A new [`FairshareCapacityUtilizationBuilder`](crate::types::builders::FairshareCapacityUtilizationBuilder).
    pub fn builder() -> crate::types::builders::FairshareCapacityUtilizationBuilder {
        ::std::default::Default::default()
    }
}
/// The fair share policy for a scheduling policy.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct FairsharePolicy {
    /// A value used to reserve some of the available maximum vCPU for fair share
    /// identifiers that aren't already used.
    ///
    /// The reserved ratio is `(computeReservation/100)^ActiveFairShares` where
    /// `ActiveFairShares` is the number of active fair share identifiers.
    ///
    /// For example, a `computeReservation` value of 50 indicates that Batchreserves 50%
    /// of the maximum available vCPU if there's only one fair share identifier. It
    /// reserves 25% if there are two fair share identifiers. It reserves 12.5% if there
    /// are three fair share identifiers. A `computeReservation` value of 25 indicates
    /// that Batch should reserve 25% of the maximum available vCPU if there's only one
    /// fair share identifier, 6.25% if there are two fair share identifiers, and 1.56%
    /// if there are three fair share identifiers.
    ///
    /// The minimum value is 0 and the maximum value is 99.
    #[serde(
        rename = "computeReservation",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub compute_reservation: ::std::option::Option<i64>,
    /// The amount of time (in seconds) to use to calculate a fair share percentage for
    /// each fair share identifier in use. A value of zero (0) indicates that only
    /// current usage is measured. The decay allows for more recently run jobs to have
    /// more weight than jobs that ran earlier. The maximum supported value is 604800 (1
    /// week).
    #[serde(
        rename = "shareDecaySeconds",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub share_decay_seconds: ::std::option::Option<i64>,
    /// An array of `SharedIdentifier` objects that contain the weights for the fair
    /// share identifiers for the fair share policy. Fair share identifiers that aren't
    /// included have a default weight of `1.0`.
    #[serde(
        rename = "shareDistribution",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub share_distribution: ::std::option::Option<
        ::std::vec::Vec<crate::types::ShareAttributes>,
    >,
}
impl FairsharePolicy {
    /// A new [`FairsharePolicyBuilder`](crate::types::builders::FairsharePolicyBuilder).
    pub fn builder() -> crate::types::builders::FairsharePolicyBuilder {
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
pub struct FairshareUtilizationDetail {
    #[serde(rename = "activeShareCount", default)]
    pub active_share_count: ::std::option::Option<i64>,
    #[serde(rename = "topCapacityUtilization", default)]
    pub top_capacity_utilization: ::std::option::Option<
        ::std::vec::Vec<crate::types::FairshareCapacityUtilization>,
    >,
}
impl FairshareUtilizationDetail {
    /// A new [`FairshareUtilizationDetailBuilder`](crate::types::builders::FairshareUtilizationDetailBuilder).
    pub fn builder() -> crate::types::builders::FairshareUtilizationDetailBuilder {
        ::std::default::Default::default()
    }
}
/// The platform configuration for jobs that are running on Fargate resources. Jobs
/// that run on EC2 resources must not specify this parameter.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct FargatePlatformConfiguration {
    /// The Fargate platform version where the jobs are running. A platform version is
    /// specified only for jobs that are running on Fargate resources. If one isn't
    /// specified, the `LATEST` platform version is used by default. This uses a recent,
    /// approved version of the Fargate platform for compute resources. For more
    /// information, see [Fargate platform
    /// versions](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/platform_versions.html)
    /// in the *Amazon Elastic Container Service Developer Guide*.
    #[serde(
        rename = "platformVersion",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub platform_version: ::std::option::Option<::std::string::String>,
}
impl FargatePlatformConfiguration {
    /// A new [`FargatePlatformConfigurationBuilder`](crate::types::builders::FargatePlatformConfigurationBuilder).
    pub fn builder() -> crate::types::builders::FargatePlatformConfigurationBuilder {
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
pub struct FirelensConfiguration {
    #[serde(
        rename = "options",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub options: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    #[serde(rename = "type")]
    pub r#type: crate::types::FirelensConfigurationType,
}
impl FirelensConfiguration {
    /// A new [`FirelensConfigurationBuilder`](crate::types::builders::FirelensConfigurationBuilder).
    pub fn builder() -> crate::types::builders::FirelensConfigurationBuilder {
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
pub enum FirelensConfigurationType {
    /// `fluentd`
    Fluentd,
    /// `fluentbit`
    Fluentbit,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl FirelensConfigurationType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Fluentd => "fluentd",
            Self::Fluentbit => "fluentbit",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["fluentd", "fluentbit"]
    }
}
impl ::std::convert::From<&str> for FirelensConfigurationType {
    fn from(s: &str) -> Self {
        match s {
            "fluentd" => Self::Fluentd,
            "fluentbit" => Self::Fluentbit,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(FirelensConfigurationType);
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
pub struct FrontOfQueueDetail {
    #[serde(rename = "jobs", default)]
    pub jobs: ::std::option::Option<
        ::std::vec::Vec<crate::types::FrontOfQueueJobSummary>,
    >,
    #[serde(rename = "lastUpdatedAt", default)]
    pub last_updated_at: ::std::option::Option<i64>,
}
impl FrontOfQueueDetail {
    /// A new [`FrontOfQueueDetailBuilder`](crate::types::builders::FrontOfQueueDetailBuilder).
    pub fn builder() -> crate::types::builders::FrontOfQueueDetailBuilder {
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
pub struct FrontOfQueueJobSummary {
    #[serde(rename = "earliestTimeAtPosition", default)]
    pub earliest_time_at_position: ::std::option::Option<i64>,
    #[serde(rename = "jobArn", default)]
    pub job_arn: ::std::option::Option<::std::string::String>,
}
impl FrontOfQueueJobSummary {
    /// A new [`FrontOfQueueJobSummaryBuilder`](crate::types::builders::FrontOfQueueJobSummaryBuilder).
    pub fn builder() -> crate::types::builders::FrontOfQueueJobSummaryBuilder {
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
pub struct FrontOfQuotaShareJobSummary {
    #[serde(rename = "earliestTimeAtPosition", default)]
    pub earliest_time_at_position: ::std::option::Option<i64>,
    #[serde(rename = "jobArn", default)]
    pub job_arn: ::std::option::Option<::std::string::String>,
}
impl FrontOfQuotaShareJobSummary {
    /// A new [`FrontOfQuotaShareJobSummaryBuilder`](crate::types::builders::FrontOfQuotaShareJobSummaryBuilder).
    pub fn builder() -> crate::types::builders::FrontOfQuotaShareJobSummaryBuilder {
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
pub struct FrontOfQuotaSharesDetail {
    #[serde(rename = "lastUpdatedAt", default)]
    pub last_updated_at: ::std::option::Option<i64>,
    #[serde(rename = "quotaShares", default)]
    pub quota_shares: ::std::option::Option<
        ::std::collections::HashMap<
            ::std::string::String,
            ::std::vec::Vec<crate::types::FrontOfQuotaShareJobSummary>,
        >,
    >,
}
impl FrontOfQuotaSharesDetail {
    /// A new [`FrontOfQuotaSharesDetailBuilder`](crate::types::builders::FrontOfQuotaSharesDetailBuilder).
    pub fn builder() -> crate::types::builders::FrontOfQuotaSharesDetailBuilder {
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
pub struct GetJobQueueSnapshotRequest {
    #[serde(rename = "jobQueue")]
    pub job_queue: ::std::string::String,
}
impl GetJobQueueSnapshotRequest {
    /// A new [`GetJobQueueSnapshotRequestBuilder`](crate::types::builders::GetJobQueueSnapshotRequestBuilder).
    pub fn builder() -> crate::types::builders::GetJobQueueSnapshotRequestBuilder {
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
pub struct GetJobQueueSnapshotResponse {
    #[serde(rename = "frontOfQueue", default)]
    pub front_of_queue: ::std::option::Option<crate::types::FrontOfQueueDetail>,
    #[serde(rename = "frontOfQuotaShares", default)]
    pub front_of_quota_shares: ::std::option::Option<
        crate::types::FrontOfQuotaSharesDetail,
    >,
    #[serde(rename = "queueUtilization", default)]
    pub queue_utilization: ::std::option::Option<
        crate::types::QueueSnapshotUtilizationDetail,
    >,
}
impl GetJobQueueSnapshotResponse {
    /// A new [`GetJobQueueSnapshotResponseBuilder`](crate::types::builders::GetJobQueueSnapshotResponseBuilder).
    pub fn builder() -> crate::types::builders::GetJobQueueSnapshotResponseBuilder {
        ::std::default::Default::default()
    }
}
/// Determine whether your data volume persists on the host container instance and
/// where it's stored. If this parameter is empty, then the Docker daemon assigns a
/// host path for your data volume. However, the data isn't guaranteed to persist
/// after the containers that are associated with it stop running.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct Host {
    /// The path on the host container instance that's presented to the container. If
    /// this parameter is empty, then the Docker daemon has assigned a host path for
    /// you. If this parameter contains a file location, then the data volume persists
    /// at the specified location on the host container instance until you delete it
    /// manually. If the source path location doesn't exist on the host container
    /// instance, the Docker daemon creates it. If the location does exist, the contents
    /// of the source path folder are exported.
    ///
    /// **Note:** This parameter isn't applicable to jobs that run on Fargate resources.
    /// Don't provide this for these jobs.
    #[serde(
        rename = "sourcePath",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub source_path: ::std::option::Option<::std::string::String>,
}
impl Host {
    /// A new [`HostBuilder`](crate::types::builders::HostBuilder).
    pub fn builder() -> crate::types::builders::HostBuilder {
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
pub struct ImagePullSecret {
    #[serde(rename = "name", default)]
    pub name: ::std::string::String,
}
impl ImagePullSecret {
    /// A new [`ImagePullSecretBuilder`](crate::types::builders::ImagePullSecretBuilder).
    pub fn builder() -> crate::types::builders::ImagePullSecretBuilder {
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
pub struct InfrastructureOptimization {
    #[serde(
        rename = "scaleInAfter",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub scale_in_after: ::std::option::Option<i64>,
}
impl InfrastructureOptimization {
    /// A new [`InfrastructureOptimizationBuilder`](crate::types::builders::InfrastructureOptimizationBuilder).
    pub fn builder() -> crate::types::builders::InfrastructureOptimizationBuilder {
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
pub struct InstanceLaunchTemplate {
    #[serde(
        rename = "capacityOptionType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub capacity_option_type: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "capacityReservations",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub capacity_reservations: ::std::option::Option<
        crate::types::CapacityReservationRequest,
    >,
    #[serde(rename = "ec2InstanceProfileArn", default)]
    pub ec2_instance_profile_arn: ::std::string::String,
    #[serde(
        rename = "fipsEnabled",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub fips_enabled: ::std::option::Option<bool>,
    #[serde(
        rename = "instanceMetadataTagsPropagation",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_metadata_tags_propagation: ::std::option::Option<bool>,
    #[serde(
        rename = "instanceRequirements",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_requirements: ::std::option::Option<
        crate::types::InstanceRequirementsRequest,
    >,
    #[serde(
        rename = "localStorageConfiguration",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub local_storage_configuration: ::std::option::Option<
        crate::types::ManagedInstancesLocalStorageConfiguration,
    >,
    #[serde(
        rename = "monitoring",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub monitoring: ::std::option::Option<::std::string::String>,
    #[serde(rename = "networkConfiguration")]
    pub network_configuration: crate::types::ManagedInstancesNetworkConfiguration,
    #[serde(
        rename = "storageConfiguration",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub storage_configuration: ::std::option::Option<
        crate::types::ManagedInstancesStorageConfiguration,
    >,
}
impl InstanceLaunchTemplate {
    /// A new [`InstanceLaunchTemplateBuilder`](crate::types::builders::InstanceLaunchTemplateBuilder).
    pub fn builder() -> crate::types::builders::InstanceLaunchTemplateBuilder {
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
pub struct InstanceLaunchTemplateUpdate {
    #[serde(
        rename = "capacityReservations",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub capacity_reservations: ::std::option::Option<
        crate::types::CapacityReservationRequest,
    >,
    #[serde(
        rename = "ec2InstanceProfileArn",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ec2_instance_profile_arn: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "instanceMetadataTagsPropagation",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_metadata_tags_propagation: ::std::option::Option<bool>,
    #[serde(
        rename = "instanceRequirements",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_requirements: ::std::option::Option<
        crate::types::InstanceRequirementsRequest,
    >,
    #[serde(
        rename = "localStorageConfiguration",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub local_storage_configuration: ::std::option::Option<
        crate::types::ManagedInstancesLocalStorageConfiguration,
    >,
    #[serde(
        rename = "monitoring",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub monitoring: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "networkConfiguration",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub network_configuration: ::std::option::Option<
        crate::types::ManagedInstancesNetworkConfiguration,
    >,
    #[serde(
        rename = "storageConfiguration",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub storage_configuration: ::std::option::Option<
        crate::types::ManagedInstancesStorageConfiguration,
    >,
}
impl InstanceLaunchTemplateUpdate {
    /// A new [`InstanceLaunchTemplateUpdateBuilder`](crate::types::builders::InstanceLaunchTemplateUpdateBuilder).
    pub fn builder() -> crate::types::builders::InstanceLaunchTemplateUpdateBuilder {
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
pub struct InstanceRequirementsRequest {
    #[serde(
        rename = "allowedInstanceTypes",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub allowed_instance_types: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
}
impl InstanceRequirementsRequest {
    /// A new [`InstanceRequirementsRequestBuilder`](crate::types::builders::InstanceRequirementsRequestBuilder).
    pub fn builder() -> crate::types::builders::InstanceRequirementsRequestBuilder {
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
pub enum JqState {
    /// `ENABLED`
    Enabled,
    /// `DISABLED`
    Disabled,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl JqState {
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
impl ::std::convert::From<&str> for JqState {
    fn from(s: &str) -> Self {
        match s {
            "ENABLED" => Self::Enabled,
            "DISABLED" => Self::Disabled,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(JqState);
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
pub enum JqStatus {
    /// `CREATING`
    Creating,
    /// `UPDATING`
    Updating,
    /// `DELETING`
    Deleting,
    /// `DELETED`
    Deleted,
    /// `VALID`
    Valid,
    /// `INVALID`
    Invalid,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl JqStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Creating => "CREATING",
            Self::Updating => "UPDATING",
            Self::Deleting => "DELETING",
            Self::Deleted => "DELETED",
            Self::Valid => "VALID",
            Self::Invalid => "INVALID",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["CREATING", "UPDATING", "DELETING", "DELETED", "VALID", "INVALID"]
    }
}
impl ::std::convert::From<&str> for JqStatus {
    fn from(s: &str) -> Self {
        match s {
            "CREATING" => Self::Creating,
            "UPDATING" => Self::Updating,
            "DELETING" => Self::Deleting,
            "DELETED" => Self::Deleted,
            "VALID" => Self::Valid,
            "INVALID" => Self::Invalid,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(JqStatus);
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
pub struct JobCapacityUsageSummary {
    #[serde(rename = "capacityUnit", default)]
    pub capacity_unit: ::std::option::Option<::std::string::String>,
    #[serde(rename = "quantity", default)]
    pub quantity: ::std::option::Option<f64>,
}
impl JobCapacityUsageSummary {
    /// A new [`JobCapacityUsageSummaryBuilder`](crate::types::builders::JobCapacityUsageSummaryBuilder).
    pub fn builder() -> crate::types::builders::JobCapacityUsageSummaryBuilder {
        ::std::default::Default::default()
    }
}
/// An object that represents an Batch job definition.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct JobDefinition {
    /// The orchestration type of the compute environment. The valid values are `ECS`
    /// (default) or `EKS`.
    #[serde(rename = "containerOrchestrationType", default)]
    pub container_orchestration_type: ::std::option::Option<
        crate::types::OrchestrationType,
    >,
    /// An object with various properties specific to Amazon ECS based jobs. Valid
    /// values are `containerProperties`, `eksProperties`, and `nodeProperties`. Only
    /// one can be specified.
    #[serde(rename = "containerProperties", default)]
    pub container_properties: ::std::option::Option<crate::types::ContainerProperties>,
    /// An object with various properties that are specific to Amazon EKS based jobs.
    /// Valid values are `containerProperties`, `eksProperties`, and `nodeProperties`.
    /// Only one can be specified.
    #[serde(rename = "eksProperties", default)]
    pub eks_properties: ::std::option::Option<crate::types::EksProperties>,
    /// The Amazon Resource Name (ARN) for the job definition.
    #[serde(rename = "jobDefinitionArn", default)]
    pub job_definition_arn: ::std::string::String,
    /// The name of the job definition.
    #[serde(rename = "jobDefinitionName", default)]
    pub job_definition_name: ::std::string::String,
    /// An object with various properties that are specific to multi-node parallel jobs.
    /// Valid values are `containerProperties`, `eksProperties`, and `nodeProperties`.
    /// Only one can be specified.
    ///
    /// **Note:** If the job runs on Fargate resources, don't specify `nodeProperties`.
    /// Use `containerProperties` instead.
    #[serde(rename = "nodeProperties", default)]
    pub node_properties: ::std::option::Option<crate::types::NodeProperties>,
    /// Default parameters or parameter substitution placeholders that are set in the
    /// job definition. Parameters are specified as a key-value pair mapping. Parameters
    /// in a `SubmitJob` request override any corresponding parameter defaults from the
    /// job definition. For more information about specifying parameters, see [Job
    /// definition
    /// parameters](https://docs.aws.amazon.com/batch/latest/userguide/job_definition_parameters.html)
    /// in the *Batch User Guide*.
    #[serde(rename = "parameters", default)]
    pub parameters: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    /// The platform capabilities required by the job definition. If no value is
    /// specified, it defaults to `EC2`. Jobs run on Fargate resources specify
    /// `FARGATE`.
    #[serde(rename = "platformCapabilities", default)]
    pub platform_capabilities: ::std::option::Option<
        ::std::vec::Vec<crate::types::PlatformCapability>,
    >,
    /// Specifies whether to propagate the tags from the job or job definition to the
    /// corresponding Amazon ECS task. If no value is specified, the tags aren't
    /// propagated. Tags can only be propagated to the tasks when the tasks are created.
    /// For tags with the same name, job tags are given priority over job definitions
    /// tags. If the total number of combined tags from the job and job definition is
    /// over 50, the job is moved to the `FAILED` state.
    #[serde(rename = "propagateTags", default)]
    pub propagate_tags: ::std::option::Option<bool>,
    /// The retry strategy to use for failed jobs that are submitted with this job
    /// definition.
    #[serde(rename = "retryStrategy", default)]
    pub retry_strategy: ::std::option::Option<crate::types::RetryStrategy>,
    /// The revision of the job definition.
    #[serde(rename = "revision", default)]
    pub revision: i64,
    /// The scheduling priority of the job definition. This only affects jobs in job
    /// queues with a fair share policy. Jobs with a higher scheduling priority are
    /// scheduled before jobs with a lower scheduling priority.
    #[serde(rename = "schedulingPriority", default)]
    pub scheduling_priority: ::std::option::Option<i64>,
    /// The status of the job definition.
    #[serde(rename = "status", default)]
    pub status: ::std::option::Option<::std::string::String>,
    /// The tags that are applied to the job definition.
    #[serde(rename = "tags", default)]
    pub tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    /// The timeout time for jobs that are submitted with this job definition. After the
    /// amount of time you specify passes, Batch terminates your jobs if they aren't
    /// finished.
    #[serde(rename = "timeout", default)]
    pub timeout: ::std::option::Option<crate::types::JobTimeout>,
    /// The type of job definition. It's either `container` or `multinode`. If the job
    /// is run on Fargate resources, then `multinode` isn't supported. For more
    /// information about multi-node parallel jobs, see [Creating a multi-node parallel
    /// job
    /// definition](https://docs.aws.amazon.com/batch/latest/userguide/multi-node-job-def.html)
    /// in the *Batch User Guide*.
    #[serde(rename = "type", default)]
    pub r#type: ::std::string::String,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "consumableResourceProperties", default)]
    pub consumable_resource_properties: ::std::option::Option<
        crate::types::ConsumableResourceProperties,
    >,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "ecsProperties", default)]
    pub ecs_properties: ::std::option::Option<crate::types::EcsProperties>,
}
impl JobDefinition {
    /// A new [`JobDefinitionBuilder`](crate::types::builders::JobDefinitionBuilder).
    pub fn builder() -> crate::types::builders::JobDefinitionBuilder {
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
pub enum JobDefinitionType {
    /// `container`
    Container,
    /// `multinode`
    Multinode,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl JobDefinitionType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Container => "container",
            Self::Multinode => "multinode",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["container", "multinode"]
    }
}
impl ::std::convert::From<&str> for JobDefinitionType {
    fn from(s: &str) -> Self {
        match s {
            "container" => Self::Container,
            "multinode" => Self::Multinode,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(JobDefinitionType);
/// An object that represents an Batch job dependency.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct JobDependency {
    /// The job ID of the Batch job that's associated with this dependency.
    #[serde(
        rename = "jobId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub job_id: ::std::option::Option<::std::string::String>,
    /// The type of the job dependency.
    #[serde(
        rename = "type",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub r#type: ::std::option::Option<crate::types::ArrayJobDependency>,
}
impl JobDependency {
    /// A new [`JobDependencyBuilder`](crate::types::builders::JobDependencyBuilder).
    pub fn builder() -> crate::types::builders::JobDependencyBuilder {
        ::std::default::Default::default()
    }
}
/// An object that represents an Batch job.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct JobDetail {
    /// The array properties of the job, if it's an array job.
    #[serde(rename = "arrayProperties", default)]
    pub array_properties: ::std::option::Option<crate::types::ArrayPropertiesDetail>,
    /// A list of job attempts that are associated with this job.
    #[serde(rename = "attempts", default)]
    pub attempts: ::std::option::Option<::std::vec::Vec<crate::types::AttemptDetail>>,
    /// An object that represents the details for the container that's associated with
    /// the job.
    #[serde(rename = "container", default)]
    pub container: ::std::option::Option<crate::types::ContainerDetail>,
    /// The Unix timestamp (in milliseconds) for when the job was created. For non-array
    /// jobs and parent array jobs, this is when the job entered the `SUBMITTED` state.
    /// This is specifically at the time SubmitJob was called. For array child jobs,
    /// this is when the child job was spawned by its parent and entered the `PENDING`
    /// state.
    #[serde(rename = "createdAt", default)]
    pub created_at: ::std::option::Option<i64>,
    /// A list of job IDs that this job depends on.
    #[serde(rename = "dependsOn", default)]
    pub depends_on: ::std::option::Option<::std::vec::Vec<crate::types::JobDependency>>,
    /// A list of job attempts that are associated with this job.
    #[serde(rename = "eksAttempts", default)]
    pub eks_attempts: ::std::option::Option<
        ::std::vec::Vec<crate::types::EksAttemptDetail>,
    >,
    /// An object with various properties that are specific to Amazon EKS based jobs.
    /// Only one of `container`, `eksProperties`, or `nodeDetails` is specified.
    #[serde(rename = "eksProperties", default)]
    pub eks_properties: ::std::option::Option<crate::types::EksPropertiesDetail>,
    /// Indicates whether the job is canceled.
    #[serde(rename = "isCancelled", default)]
    pub is_cancelled: ::std::option::Option<bool>,
    /// Indicates whether the job is terminated.
    #[serde(rename = "isTerminated", default)]
    pub is_terminated: ::std::option::Option<bool>,
    /// The Amazon Resource Name (ARN) of the job.
    #[serde(rename = "jobArn", default)]
    pub job_arn: ::std::option::Option<::std::string::String>,
    /// The Amazon Resource Name (ARN) of the job definition that this job uses.
    #[serde(rename = "jobDefinition", default)]
    pub job_definition: ::std::string::String,
    /// The job ID.
    #[serde(rename = "jobId", default)]
    pub job_id: ::std::string::String,
    /// The job name.
    #[serde(rename = "jobName", default)]
    pub job_name: ::std::string::String,
    /// The Amazon Resource Name (ARN) of the job queue that the job is associated with.
    #[serde(rename = "jobQueue", default)]
    pub job_queue: ::std::string::String,
    /// An object that represents the details of a node that's associated with a
    /// multi-node parallel job.
    #[serde(rename = "nodeDetails", default)]
    pub node_details: ::std::option::Option<crate::types::NodeDetails>,
    /// An object that represents the node properties of a multi-node parallel job.
    ///
    /// **Note:** This isn't applicable to jobs that are running on Fargate resources.
    #[serde(rename = "nodeProperties", default)]
    pub node_properties: ::std::option::Option<crate::types::NodeProperties>,
    /// Additional parameters that are passed to the job that replace parameter
    /// substitution placeholders or override any corresponding parameter defaults from
    /// the job definition.
    #[serde(rename = "parameters", default)]
    pub parameters: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    /// The platform capabilities required by the job definition. If no value is
    /// specified, it defaults to `EC2`. Jobs run on Fargate resources specify
    /// `FARGATE`.
    #[serde(rename = "platformCapabilities", default)]
    pub platform_capabilities: ::std::option::Option<
        ::std::vec::Vec<crate::types::PlatformCapability>,
    >,
    /// Specifies whether to propagate the tags from the job or job definition to the
    /// corresponding Amazon ECS task. If no value is specified, the tags aren't
    /// propagated. Tags can only be propagated to the tasks when the tasks are created.
    /// For tags with the same name, job tags are given priority over job definitions
    /// tags. If the total number of combined tags from the job and job definition is
    /// over 50, the job is moved to the `FAILED` state.
    #[serde(rename = "propagateTags", default)]
    pub propagate_tags: ::std::option::Option<bool>,
    /// The retry strategy to use for this job if an attempt fails.
    #[serde(rename = "retryStrategy", default)]
    pub retry_strategy: ::std::option::Option<crate::types::RetryStrategy>,
    /// The scheduling policy of the job definition. This only affects jobs in job
    /// queues with a fair share policy. Jobs with a higher scheduling priority are
    /// scheduled before jobs with a lower scheduling priority.
    #[serde(rename = "schedulingPriority", default)]
    pub scheduling_priority: ::std::option::Option<i64>,
    /// The share identifier for the job.
    #[serde(rename = "shareIdentifier", default)]
    pub share_identifier: ::std::option::Option<::std::string::String>,
    /// The Unix timestamp (in milliseconds) for when the job was started. More
    /// specifically, it's when the job transitioned from the `STARTING` state to the
    /// `RUNNING` state. This parameter isn't provided for child jobs of array jobs or
    /// multi-node parallel jobs.
    #[serde(rename = "startedAt", default)]
    pub started_at: i64,
    /// The current status for the job.
    ///
    /// **Note:** If your jobs don't progress to `STARTING`, see [Jobs stuck in RUNNABLE
    /// status](https://docs.aws.amazon.com/batch/latest/userguide/troubleshooting.html#job_stuck_in_runnable)
    /// in the troubleshooting section of the *Batch User Guide*.
    #[serde(rename = "status")]
    pub status: crate::types::JobStatus,
    /// A short, human-readable string to provide more details for the current status of
    /// the job.
    #[serde(rename = "statusReason", default)]
    pub status_reason: ::std::option::Option<::std::string::String>,
    /// The Unix timestamp (in milliseconds) for when the job was stopped. More
    /// specifically, it's when the job transitioned from the `RUNNING` state to a
    /// terminal state, such as `SUCCEEDED` or `FAILED`.
    #[serde(rename = "stoppedAt", default)]
    pub stopped_at: ::std::option::Option<i64>,
    /// The tags that are applied to the job.
    #[serde(rename = "tags", default)]
    pub tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    /// The timeout configuration for the job.
    #[serde(rename = "timeout", default)]
    pub timeout: ::std::option::Option<crate::types::JobTimeout>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "consumableResourceProperties", default)]
    pub consumable_resource_properties: ::std::option::Option<
        crate::types::ConsumableResourceProperties,
    >,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "ecsProperties", default)]
    pub ecs_properties: ::std::option::Option<crate::types::EcsPropertiesDetail>,
}
impl JobDetail {
    /// A new [`JobDetailBuilder`](crate::types::builders::JobDetailBuilder).
    pub fn builder() -> crate::types::builders::JobDetailBuilder {
        ::std::default::Default::default()
    }
}
/// An object that represents the details for an Batch job queue.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct JobQueueDetail {
    /// The compute environments that are attached to the job queue and the order that
    /// job placement is preferred. Compute environments are selected for job placement
    /// in ascending order.
    #[serde(rename = "computeEnvironmentOrder", default)]
    pub compute_environment_order: ::std::vec::Vec<
        crate::types::ComputeEnvironmentOrder,
    >,
    /// The Amazon Resource Name (ARN) of the job queue.
    #[serde(rename = "jobQueueArn", default)]
    pub job_queue_arn: ::std::string::String,
    /// The job queue name.
    #[serde(rename = "jobQueueName", default)]
    pub job_queue_name: ::std::string::String,
    /// The priority of the job queue. Job queues with a higher priority (or a higher
    /// integer value for the `priority` parameter) are evaluated first when associated
    /// with the same compute environment. Priority is determined in descending order.
    /// For example, a job queue with a priority value of `10` is given scheduling
    /// preference over a job queue with a priority value of `1`. All of the compute
    /// environments must be either EC2 (`EC2` or `SPOT`) or Fargate (`FARGATE` or
    /// `FARGATE_SPOT`). EC2 and Fargate compute environments can't be mixed.
    #[serde(rename = "priority", default)]
    pub priority: i64,
    /// The Amazon Resource Name (ARN) of the scheduling policy. The format is
    /// `aws:Partition:batch:Region:Account:scheduling-policy/Name`. For example,
    /// `aws:aws:batch:us-west-2:123456789012:scheduling-policy/MySchedulingPolicy`.
    #[serde(rename = "schedulingPolicyArn", default)]
    pub scheduling_policy_arn: ::std::option::Option<::std::string::String>,
    /// Describes the ability of the queue to accept new jobs. If the job queue state is
    /// `ENABLED`, it can accept jobs. If the job queue state is `DISABLED`, new jobs
    /// can't be added to the queue, but jobs already in the queue can finish.
    #[serde(rename = "state")]
    pub state: crate::types::JqState,
    /// The status of the job queue (for example, `CREATING` or `VALID`).
    #[serde(rename = "status", default)]
    pub status: ::std::option::Option<crate::types::JqStatus>,
    /// A short, human-readable string to provide additional details for the current
    /// status of the job queue.
    #[serde(rename = "statusReason", default)]
    pub status_reason: ::std::option::Option<::std::string::String>,
    /// The tags that are applied to the job queue. For more information, see [Tagging
    /// your Batch
    /// resources](https://docs.aws.amazon.com/batch/latest/userguide/using-tags.html)
    /// in *Batch User Guide*.
    #[serde(rename = "tags", default)]
    pub tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "jobQueueType", default)]
    pub job_queue_type: ::std::option::Option<crate::types::JobQueueType>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "jobStateTimeLimitActions", default)]
    pub job_state_time_limit_actions: ::std::option::Option<
        ::std::vec::Vec<crate::types::JobStateTimeLimitAction>,
    >,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "serviceEnvironmentOrder", default)]
    pub service_environment_order: ::std::option::Option<
        ::std::vec::Vec<crate::types::ServiceEnvironmentOrder>,
    >,
}
impl JobQueueDetail {
    /// A new [`JobQueueDetailBuilder`](crate::types::builders::JobQueueDetailBuilder).
    pub fn builder() -> crate::types::builders::JobQueueDetailBuilder {
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
pub enum JobQueueType {
    /// `EKS`
    Eks,
    /// `ECS`
    Ecs,
    /// `ECS_FARGATE`
    EcsFargate,
    /// `SAGEMAKER_TRAINING`
    SagemakerTraining,
    /// `ECS_MANAGED_INSTANCES`
    EcsManagedInstances,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl JobQueueType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Eks => "EKS",
            Self::Ecs => "ECS",
            Self::EcsFargate => "ECS_FARGATE",
            Self::SagemakerTraining => "SAGEMAKER_TRAINING",
            Self::EcsManagedInstances => "ECS_MANAGED_INSTANCES",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["EKS", "ECS", "ECS_FARGATE", "SAGEMAKER_TRAINING", "ECS_MANAGED_INSTANCES"]
    }
}
impl ::std::convert::From<&str> for JobQueueType {
    fn from(s: &str) -> Self {
        match s {
            "EKS" => Self::Eks,
            "ECS" => Self::Ecs,
            "ECS_FARGATE" => Self::EcsFargate,
            "SAGEMAKER_TRAINING" => Self::SagemakerTraining,
            "ECS_MANAGED_INSTANCES" => Self::EcsManagedInstances,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(JobQueueType);
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
pub struct JobStateTimeLimitAction {
    #[serde(rename = "action")]
    pub action: crate::types::JobStateTimeLimitActionsAction,
    #[serde(rename = "maxTimeSeconds", default)]
    pub max_time_seconds: i64,
    #[serde(rename = "reason", default)]
    pub reason: ::std::string::String,
    #[serde(rename = "state")]
    pub state: crate::types::JobStateTimeLimitActionsState,
}
impl JobStateTimeLimitAction {
    /// A new [`JobStateTimeLimitActionBuilder`](crate::types::builders::JobStateTimeLimitActionBuilder).
    pub fn builder() -> crate::types::builders::JobStateTimeLimitActionBuilder {
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
pub enum JobStateTimeLimitActionsAction {
    /// `CANCEL`
    Cancel,
    /// `TERMINATE`
    Terminate,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl JobStateTimeLimitActionsAction {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Cancel => "CANCEL",
            Self::Terminate => "TERMINATE",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["CANCEL", "TERMINATE"]
    }
}
impl ::std::convert::From<&str> for JobStateTimeLimitActionsAction {
    fn from(s: &str) -> Self {
        match s {
            "CANCEL" => Self::Cancel,
            "TERMINATE" => Self::Terminate,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(JobStateTimeLimitActionsAction);
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
pub enum JobStateTimeLimitActionsState {
    /// `RUNNABLE`
    Runnable,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl JobStateTimeLimitActionsState {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Runnable => "RUNNABLE",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["RUNNABLE"]
    }
}
impl ::std::convert::From<&str> for JobStateTimeLimitActionsState {
    fn from(s: &str) -> Self {
        match s {
            "RUNNABLE" => Self::Runnable,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(JobStateTimeLimitActionsState);
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
pub enum JobStatus {
    /// `SUBMITTED`
    Submitted,
    /// `PENDING`
    Pending,
    /// `RUNNABLE`
    Runnable,
    /// `STARTING`
    Starting,
    /// `RUNNING`
    Running,
    /// `SUCCEEDED`
    Succeeded,
    /// `FAILED`
    Failed,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl JobStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Submitted => "SUBMITTED",
            Self::Pending => "PENDING",
            Self::Runnable => "RUNNABLE",
            Self::Starting => "STARTING",
            Self::Running => "RUNNING",
            Self::Succeeded => "SUCCEEDED",
            Self::Failed => "FAILED",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &[
            "SUBMITTED",
            "PENDING",
            "RUNNABLE",
            "STARTING",
            "RUNNING",
            "SUCCEEDED",
            "FAILED",
        ]
    }
}
impl ::std::convert::From<&str> for JobStatus {
    fn from(s: &str) -> Self {
        match s {
            "SUBMITTED" => Self::Submitted,
            "PENDING" => Self::Pending,
            "RUNNABLE" => Self::Runnable,
            "STARTING" => Self::Starting,
            "RUNNING" => Self::Running,
            "SUCCEEDED" => Self::Succeeded,
            "FAILED" => Self::Failed,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(JobStatus);
/// An object that represents summary details of a job.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct JobSummary {
    /// The array properties of the job, if it's an array job.
    #[serde(rename = "arrayProperties", default)]
    pub array_properties: ::std::option::Option<crate::types::ArrayPropertiesSummary>,
    /// An object that represents the details of the container that's associated with
    /// the job.
    #[serde(rename = "container", default)]
    pub container: ::std::option::Option<crate::types::ContainerSummary>,
    /// The Unix timestamp (in milliseconds) for when the job was created. For non-array
    /// jobs and parent array jobs, this is when the job entered the `SUBMITTED` state
    /// (at the time SubmitJob was called). For array child jobs, this is when the child
    /// job was spawned by its parent and entered the `PENDING` state.
    #[serde(rename = "createdAt", default)]
    pub created_at: ::std::option::Option<i64>,
    /// The Amazon Resource Name (ARN) of the job.
    #[serde(rename = "jobArn", default)]
    pub job_arn: ::std::option::Option<::std::string::String>,
    /// The Amazon Resource Name (ARN) of the job definition.
    #[serde(rename = "jobDefinition", default)]
    pub job_definition: ::std::option::Option<::std::string::String>,
    /// The job ID.
    #[serde(rename = "jobId", default)]
    pub job_id: ::std::string::String,
    /// The job name.
    #[serde(rename = "jobName", default)]
    pub job_name: ::std::string::String,
    /// The node properties for a single node in a job summary list.
    ///
    /// **Note:** This isn't applicable to jobs that are running on Fargate resources.
    #[serde(rename = "nodeProperties", default)]
    pub node_properties: ::std::option::Option<crate::types::NodePropertiesSummary>,
    /// The Unix timestamp for when the job was started. More specifically, it's when
    /// the job transitioned from the `STARTING` state to the `RUNNING` state.
    #[serde(rename = "startedAt", default)]
    pub started_at: ::std::option::Option<i64>,
    /// The current status for the job.
    #[serde(rename = "status", default)]
    pub status: ::std::option::Option<crate::types::JobStatus>,
    /// A short, human-readable string to provide more details for the current status of
    /// the job.
    #[serde(rename = "statusReason", default)]
    pub status_reason: ::std::option::Option<::std::string::String>,
    /// The Unix timestamp for when the job was stopped. More specifically, it's when
    /// the job transitioned from the `RUNNING` state to a terminal state, such as
    /// `SUCCEEDED` or `FAILED`.
    #[serde(rename = "stoppedAt", default)]
    pub stopped_at: ::std::option::Option<i64>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "capacityUsage", default)]
    pub capacity_usage: ::std::option::Option<
        ::std::vec::Vec<crate::types::JobCapacityUsageSummary>,
    >,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "isCancelled", default)]
    pub is_cancelled: ::std::option::Option<bool>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "isTerminated", default)]
    pub is_terminated: ::std::option::Option<bool>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "scheduledAt", default)]
    pub scheduled_at: ::std::option::Option<i64>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "shareIdentifier", default)]
    pub share_identifier: ::std::option::Option<::std::string::String>,
}
impl JobSummary {
    /// A new [`JobSummaryBuilder`](crate::types::builders::JobSummaryBuilder).
    pub fn builder() -> crate::types::builders::JobSummaryBuilder {
        ::std::default::Default::default()
    }
}
/// An object that represents a job timeout configuration.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct JobTimeout {
    /// The job timeout time (in seconds) that's measured from the job attempt's
    /// `startedAt` timestamp. After this time passes, Batch terminates your jobs if
    /// they aren't finished. The minimum value for the timeout is 60 seconds.
    ///
    /// For array jobs, the timeout applies to the child jobs, not to the parent array
    /// job.
    ///
    /// For multi-node parallel (MNP) jobs, the timeout applies to the whole job, not to
    /// the individual nodes.
    #[serde(
        rename = "attemptDurationSeconds",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub attempt_duration_seconds: ::std::option::Option<i64>,
}
impl JobTimeout {
    /// A new [`JobTimeoutBuilder`](crate::types::builders::JobTimeoutBuilder).
    pub fn builder() -> crate::types::builders::JobTimeoutBuilder {
        ::std::default::Default::default()
    }
}
/// A key-value pair object.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct KeyValuePair {
    /// The name of the key-value pair. For environment variables, this is the name of
    /// the environment variable.
    #[serde(
        rename = "name",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub name: ::std::option::Option<::std::string::String>,
    /// The value of the key-value pair. For environment variables, this is the value of
    /// the environment variable.
    #[serde(
        rename = "value",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub value: ::std::option::Option<::std::string::String>,
}
impl KeyValuePair {
    /// A new [`KeyValuePairBuilder`](crate::types::builders::KeyValuePairBuilder).
    pub fn builder() -> crate::types::builders::KeyValuePairBuilder {
        ::std::default::Default::default()
    }
}
/// A filter name and value pair that's used to return a more specific list of
/// results from a `ListJobs` API operation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct KeyValuesPair {
    /// The name of the filter. Filter names are case sensitive.
    #[serde(
        rename = "name",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub name: ::std::option::Option<::std::string::String>,
    /// The filter values.
    #[serde(
        rename = "values",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub values: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
impl KeyValuesPair {
    /// A new [`KeyValuesPairBuilder`](crate::types::builders::KeyValuesPairBuilder).
    pub fn builder() -> crate::types::builders::KeyValuesPairBuilder {
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
pub struct LatestServiceJobAttempt {
    #[serde(rename = "serviceResourceId", default)]
    pub service_resource_id: ::std::option::Option<crate::types::ServiceResourceId>,
}
impl LatestServiceJobAttempt {
    /// A new [`LatestServiceJobAttemptBuilder`](crate::types::builders::LatestServiceJobAttemptBuilder).
    pub fn builder() -> crate::types::builders::LatestServiceJobAttemptBuilder {
        ::std::default::Default::default()
    }
}
/// An object that represents a launch template that's associated with a compute
/// resource. You must specify either the launch template ID or launch template name
/// in the request, but not both.
///
/// If security groups are specified using both the `securityGroupIds` parameter of
/// `CreateComputeEnvironment` and the launch template, the values in the
/// `securityGroupIds` parameter of `CreateComputeEnvironment` will be used.
///
/// **Note:** This object isn't applicable to jobs that are running on Fargate
/// resources.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct LaunchTemplateSpecification {
    /// The ID of the launch template.
    #[serde(
        rename = "launchTemplateId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub launch_template_id: ::std::option::Option<::std::string::String>,
    /// The name of the launch template.
    #[serde(
        rename = "launchTemplateName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub launch_template_name: ::std::option::Option<::std::string::String>,
    /// The version number of the launch template, `$Latest`, or `$Default`.
    ///
    /// If the value is `$Latest`, the latest version of the launch template is used. If
    /// the value is `$Default`, the default version of the launch template is used.
    ///
    /// **Important:** If the AMI ID that's used in a compute environment is from the
    /// launch template, the AMI isn't changed when the compute environment is updated.
    /// It's only changed if the `updateToLatestImageVersion` parameter for the compute
    /// environment is set to `true`. During an infrastructure update, if either
    /// `$Latest` or `$Default` is specified, Batch re-evaluates the launch template
    /// version, and it might use a different version of the launch template. This is
    /// the case even if the launch template isn't specified in the update. When
    /// updating a compute environment, changing the launch template requires an
    /// infrastructure update of the compute environment. For more information, see
    /// [Updating compute
    /// environments](https://docs.aws.amazon.com/batch/latest/userguide/updating-compute-environments.html)
    /// in the *Batch User Guide*.
    ///
    /// Default: `$Default`.
    #[serde(
        rename = "version",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub version: ::std::option::Option<::std::string::String>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "overrides",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub overrides: ::std::option::Option<
        ::std::vec::Vec<crate::types::LaunchTemplateSpecificationOverride>,
    >,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "userdataType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub userdata_type: ::std::option::Option<crate::types::UserdataType>,
}
impl LaunchTemplateSpecification {
    /// A new [`LaunchTemplateSpecificationBuilder`](crate::types::builders::LaunchTemplateSpecificationBuilder).
    pub fn builder() -> crate::types::builders::LaunchTemplateSpecificationBuilder {
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
pub struct LaunchTemplateSpecificationOverride {
    #[serde(
        rename = "launchTemplateId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub launch_template_id: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "launchTemplateName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub launch_template_name: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "targetInstanceTypes",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub target_instance_types: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    #[serde(
        rename = "userdataType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub userdata_type: ::std::option::Option<crate::types::UserdataType>,
    #[serde(
        rename = "version",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub version: ::std::option::Option<::std::string::String>,
}
impl LaunchTemplateSpecificationOverride {
    /// A new [`LaunchTemplateSpecificationOverrideBuilder`](crate::types::builders::LaunchTemplateSpecificationOverrideBuilder).
    pub fn builder() -> crate::types::builders::LaunchTemplateSpecificationOverrideBuilder {
        ::std::default::Default::default()
    }
}
/// Linux-specific modifications that are applied to the container, such as details
/// for device mappings.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct LinuxParameters {
    /// Any of the host devices to expose to the container. This parameter maps to
    /// `Devices` in the [Create a
    /// container](https://docs.docker.com/engine/api/v1.23/#create-a-container) section
    /// of the [Docker Remote API](https://docs.docker.com/engine/api/v1.23/) and the
    /// `--device` option to [docker
    /// run](https://docs.docker.com/engine/reference/run/).
    ///
    /// **Note:** This parameter isn't applicable to jobs that are running on Fargate
    /// resources. Don't provide it for these jobs.
    #[serde(
        rename = "devices",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub devices: ::std::option::Option<::std::vec::Vec<crate::types::Device>>,
    /// If true, run an `init` process inside the container that forwards signals and
    /// reaps processes. This parameter maps to the `--init` option to [docker
    /// run](https://docs.docker.com/engine/reference/run/). This parameter requires
    /// version 1.25 of the Docker Remote API or greater on your container instance. To
    /// check the Docker Remote API version on your container instance, log in to your
    /// container instance and run the following command:
    /// `sudo docker version | grep "Server API version"`
    #[serde(
        rename = "initProcessEnabled",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub init_process_enabled: ::std::option::Option<bool>,
    /// The total amount of swap memory (in MiB) a container can use. This parameter is
    /// translated to the `--memory-swap` option to [docker
    /// run](https://docs.docker.com/engine/reference/run/) where the value is the sum
    /// of the container memory plus the `maxSwap` value. For more information, see
    /// [`--memory-swap`
    /// details](https://docs.docker.com/config/containers/resource_constraints/#--memory-swap-details)
    /// in the Docker documentation.
    ///
    /// If a `maxSwap` value of `0` is specified, the container doesn't use swap.
    /// Accepted values are `0` or any positive integer. If the `maxSwap` parameter is
    /// omitted, the container doesn't use the swap configuration for the container
    /// instance that it's running on. A `maxSwap` value must be set for the
    /// `swappiness` parameter to be used.
    ///
    /// **Note:** This parameter isn't applicable to jobs that are running on Fargate
    /// resources. Don't provide it for these jobs.
    #[serde(
        rename = "maxSwap",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub max_swap: ::std::option::Option<i64>,
    /// The value for the size (in MiB) of the `/dev/shm` volume. This parameter maps to
    /// the `--shm-size` option to [docker
    /// run](https://docs.docker.com/engine/reference/run/).
    ///
    /// **Note:** This parameter isn't applicable to jobs that are running on Fargate
    /// resources. Don't provide it for these jobs.
    #[serde(
        rename = "sharedMemorySize",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub shared_memory_size: ::std::option::Option<i64>,
    /// You can use this parameter to tune a container's memory swappiness behavior. A
    /// `swappiness` value of `0` causes swapping to not occur unless absolutely
    /// necessary. A `swappiness` value of `100` causes pages to be swapped
    /// aggressively. Valid values are whole numbers between `0` and `100`. If the
    /// `swappiness` parameter isn't specified, a default value of `60` is used. If a
    /// value isn't specified for `maxSwap`, then this parameter is ignored. If
    /// `maxSwap` is set to 0, the container doesn't use swap. This parameter maps to
    /// the `--memory-swappiness` option to [docker
    /// run](https://docs.docker.com/engine/reference/run/).
    ///
    /// Consider the following when you use a per-container swap configuration.
    ///
    /// - Swap space must be enabled and allocated on the container instance for the
    ///   containers to use.
    ///
    ///   **Note:** By default, the Amazon ECS optimized AMIs don't have swap enabled.
    ///   You must enable swap on the instance to use this feature. For more
    ///   information, see [Instance store swap
    ///   volumes](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instance-store-swap-volumes.html)
    ///   in the *Amazon EC2 User Guide for Linux Instances* or [How do I allocate
    ///   memory to work as swap space in an Amazon EC2 instance by using a swap
    ///   file?](http://aws.amazon.com/premiumsupport/knowledge-center/ec2-memory-swap-file/)
    ///
    /// - The swap space parameters are only supported for job definitions using EC2
    ///   resources.
    ///
    /// - If the `maxSwap` and `swappiness` parameters are omitted from a job
    ///   definition, each container has a default `swappiness` value of 60. Moreover,
    ///   the total swap usage is limited to two times the memory reservation of the
    ///   container.
    ///
    /// **Note:** This parameter isn't applicable to jobs that are running on Fargate
    /// resources. Don't provide it for these jobs.
    #[serde(
        rename = "swappiness",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub swappiness: ::std::option::Option<i64>,
    /// The container path, mount options, and size (in MiB) of the `tmpfs` mount. This
    /// parameter maps to the `--tmpfs` option to [docker
    /// run](https://docs.docker.com/engine/reference/run/).
    ///
    /// **Note:** This parameter isn't applicable to jobs that are running on Fargate
    /// resources. Don't provide this parameter for this resource type.
    #[serde(
        rename = "tmpfs",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tmpfs: ::std::option::Option<::std::vec::Vec<crate::types::Tmpfs>>,
}
impl LinuxParameters {
    /// A new [`LinuxParametersBuilder`](crate::types::builders::LinuxParametersBuilder).
    pub fn builder() -> crate::types::builders::LinuxParametersBuilder {
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
pub struct ListConsumableResourcesRequest {
    #[serde(
        rename = "filters",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub filters: ::std::option::Option<::std::vec::Vec<crate::types::KeyValuesPair>>,
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
impl ListConsumableResourcesRequest {
    /// A new [`ListConsumableResourcesRequestBuilder`](crate::types::builders::ListConsumableResourcesRequestBuilder).
    pub fn builder() -> crate::types::builders::ListConsumableResourcesRequestBuilder {
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
pub struct ListConsumableResourcesResponse {
    #[serde(rename = "consumableResources", default)]
    pub consumable_resources: ::std::vec::Vec<crate::types::ConsumableResourceSummary>,
    #[serde(rename = "nextToken", default)]
    pub next_token: ::std::option::Option<::std::string::String>,
}
impl ListConsumableResourcesResponse {
    /// A new [`ListConsumableResourcesResponseBuilder`](crate::types::builders::ListConsumableResourcesResponseBuilder).
    pub fn builder() -> crate::types::builders::ListConsumableResourcesResponseBuilder {
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
pub struct ListJobsByConsumableResourceRequest {
    #[serde(rename = "consumableResource")]
    pub consumable_resource: ::std::string::String,
    #[serde(
        rename = "filters",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub filters: ::std::option::Option<::std::vec::Vec<crate::types::KeyValuesPair>>,
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
impl ListJobsByConsumableResourceRequest {
    /// A new [`ListJobsByConsumableResourceRequestBuilder`](crate::types::builders::ListJobsByConsumableResourceRequestBuilder).
    pub fn builder() -> crate::types::builders::ListJobsByConsumableResourceRequestBuilder {
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
pub struct ListJobsByConsumableResourceResponse {
    #[serde(rename = "jobs", default)]
    pub jobs: ::std::vec::Vec<crate::types::ListJobsByConsumableResourceSummary>,
    #[serde(rename = "nextToken", default)]
    pub next_token: ::std::option::Option<::std::string::String>,
}
impl ListJobsByConsumableResourceResponse {
    /// A new [`ListJobsByConsumableResourceResponseBuilder`](crate::types::builders::ListJobsByConsumableResourceResponseBuilder).
    pub fn builder() -> crate::types::builders::ListJobsByConsumableResourceResponseBuilder {
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
pub struct ListJobsByConsumableResourceSummary {
    #[serde(rename = "consumableResourceProperties", default)]
    pub consumable_resource_properties: crate::types::ConsumableResourceProperties,
    #[serde(rename = "createdAt", default)]
    pub created_at: i64,
    #[serde(rename = "jobArn", default)]
    pub job_arn: ::std::string::String,
    #[serde(rename = "jobDefinitionArn", default)]
    pub job_definition_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "jobName", default)]
    pub job_name: ::std::string::String,
    #[serde(rename = "jobQueueArn", default)]
    pub job_queue_arn: ::std::string::String,
    #[serde(rename = "jobStatus", default)]
    pub job_status: ::std::string::String,
    #[serde(rename = "quantity", default)]
    pub quantity: i64,
    #[serde(rename = "shareIdentifier", default)]
    pub share_identifier: ::std::option::Option<::std::string::String>,
    #[serde(rename = "startedAt", default)]
    pub started_at: ::std::option::Option<i64>,
    #[serde(rename = "statusReason", default)]
    pub status_reason: ::std::option::Option<::std::string::String>,
}
impl ListJobsByConsumableResourceSummary {
    /// A new [`ListJobsByConsumableResourceSummaryBuilder`](crate::types::builders::ListJobsByConsumableResourceSummaryBuilder).
    pub fn builder() -> crate::types::builders::ListJobsByConsumableResourceSummaryBuilder {
        ::std::default::Default::default()
    }
}
/// Contains the parameters for `ListJobs`.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct ListJobsRequest {
    /// The job ID for an array job. Specifying an array job ID with this parameter
    /// lists all child jobs from within the specified array.
    #[serde(
        rename = "arrayJobId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub array_job_id: ::std::option::Option<::std::string::String>,
    /// The filter to apply to the query. Only one filter can be used at a time. When
    /// the filter is used, `jobStatus` is ignored. The filter doesn't apply to child
    /// jobs in an array or multi-node parallel (MNP) jobs. The results are sorted by
    /// the `createdAt` field, with the most recent jobs being first.
    ///
    /// - **JOB_NAME**: The value of the filter is a case-insensitive match for the job
    ///   name. If the value ends with an asterisk (\*), the filter matches any job name
    ///   that begins with the string before the '\*'. This corresponds to the `jobName`
    ///   value. For example, `test1` matches both `Test1` and `test1`, and `test1*`
    ///   matches both `test1` and `Test10`. When the `JOB_NAME` filter is used, the
    ///   results are grouped by the job name and version.
    /// - **JOB_DEFINITION**: The value for the filter is the name or Amazon Resource
    ///   Name (ARN) of the job definition. This corresponds to the `jobDefinition`
    ///   value. The value is case sensitive. When the value for the filter is the job
    ///   definition name, the results include all the jobs that used any revision of
    ///   that job definition name. If the value ends with an asterisk (\*), the filter
    ///   matches any job definition name that begins with the string before the '\*'.
    ///   For example, `jd1` matches only `jd1`, and `jd1*` matches both `jd1` and
    ///   `jd1A`. The version of the job definition that's used doesn't affect the sort
    ///   order. When the `JOB_DEFINITION` filter is used and the ARN is used (which is
    ///   in the form
    ///   `arn:${Partition}:batch:${Region}:${Account}:job-definition/${JobDefinitionName}:${Revision}`),
    ///   the results include jobs that used the specified revision of the job
    ///   definition. Asterisk (\*) isn't supported when the ARN is used.
    /// - **BEFORE_CREATED_AT**: The value for the filter is the time that's before the
    ///   job was created. This corresponds to the `createdAt` value. The value is a
    ///   string representation of the number of milliseconds since 00:00:00 UTC
    ///   (midnight) on January 1, 1970.
    /// - **AFTER_CREATED_AT**: The value for the filter is the time that's after the
    ///   job was created. This corresponds to the `createdAt` value. The value is a
    ///   string representation of the number of milliseconds since 00:00:00 UTC
    ///   (midnight) on January 1, 1970.
    #[serde(
        rename = "filters",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub filters: ::std::option::Option<::std::vec::Vec<crate::types::KeyValuesPair>>,
    /// The name or full Amazon Resource Name (ARN) of the job queue used to list jobs.
    #[serde(
        rename = "jobQueue",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub job_queue: ::std::option::Option<::std::string::String>,
    /// The job status used to filter jobs in the specified queue. If the `filters`
    /// parameter is specified, the `jobStatus` parameter is ignored and jobs with any
    /// status are returned. If you don't specify a status, only `RUNNING` jobs are
    /// returned.
    #[serde(
        rename = "jobStatus",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub job_status: ::std::option::Option<crate::types::JobStatus>,
    /// The maximum number of results returned by `ListJobs` in paginated output. When
    /// this parameter is used, `ListJobs` only returns `maxResults` results in a single
    /// page and a `nextToken` response element. The remaining results of the initial
    /// request can be seen by sending another `ListJobs` request with the returned
    /// `nextToken` value. This value can be between 1 and 100. If this parameter isn't
    /// used, then `ListJobs` returns up to 100 results and a `nextToken` value if
    /// applicable.
    #[serde(
        rename = "maxResults",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub max_results: ::std::option::Option<i64>,
    /// The job ID for a multi-node parallel job. Specifying a multi-node parallel job
    /// ID with this parameter lists all nodes that are associated with the specified
    /// job.
    #[serde(
        rename = "multiNodeJobId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub multi_node_job_id: ::std::option::Option<::std::string::String>,
    /// The `nextToken` value returned from a previous paginated `ListJobs` request
    /// where `maxResults` was used and the results exceeded the value of that
    /// parameter. Pagination continues from the end of the previous results that
    /// returned the `nextToken` value. This value is `null` when there are no more
    /// results to return.
    ///
    /// **Note:** Treat this token as an opaque identifier that's only used to retrieve
    /// the next items in a list and not for other programmatic purposes.
    #[serde(
        rename = "nextToken",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_token: ::std::option::Option<::std::string::String>,
}
impl ListJobsRequest {
    /// A new [`ListJobsRequestBuilder`](crate::types::builders::ListJobsRequestBuilder).
    pub fn builder() -> crate::types::builders::ListJobsRequestBuilder {
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
pub struct ListJobsResponse {
    /// A list of job summaries that match the request.
    #[serde(rename = "jobSummaryList", default)]
    pub job_summary_list: ::std::vec::Vec<crate::types::JobSummary>,
    /// The `nextToken` value to include in a future `ListJobs` request. When the
    /// results of a `ListJobs` request exceed `maxResults`, this value can be used to
    /// retrieve the next page of results. This value is `null` when there are no more
    /// results to return.
    #[serde(rename = "nextToken", default)]
    pub next_token: ::std::option::Option<::std::string::String>,
}
impl ListJobsResponse {
    /// A new [`ListJobsResponseBuilder`](crate::types::builders::ListJobsResponseBuilder).
    pub fn builder() -> crate::types::builders::ListJobsResponseBuilder {
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
pub struct ListQuotaSharesRequest {
    #[serde(rename = "jobQueue")]
    pub job_queue: ::std::string::String,
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
impl ListQuotaSharesRequest {
    /// A new [`ListQuotaSharesRequestBuilder`](crate::types::builders::ListQuotaSharesRequestBuilder).
    pub fn builder() -> crate::types::builders::ListQuotaSharesRequestBuilder {
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
pub struct ListQuotaSharesResponse {
    #[serde(rename = "nextToken", default)]
    pub next_token: ::std::option::Option<::std::string::String>,
    #[serde(rename = "quotaShares", default)]
    pub quota_shares: ::std::option::Option<
        ::std::vec::Vec<crate::types::QuotaShareDetail>,
    >,
}
impl ListQuotaSharesResponse {
    /// A new [`ListQuotaSharesResponseBuilder`](crate::types::builders::ListQuotaSharesResponseBuilder).
    pub fn builder() -> crate::types::builders::ListQuotaSharesResponseBuilder {
        ::std::default::Default::default()
    }
}
/// Contains the parameters for `ListSchedulingPolicies`.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct ListSchedulingPoliciesRequest {
    /// The maximum number of results that's returned by `ListSchedulingPolicies` in
    /// paginated output. When this parameter is used, `ListSchedulingPolicies` only
    /// returns `maxResults` results in a single page and a `nextToken` response
    /// element. You can see the remaining results of the initial request by sending
    /// another `ListSchedulingPolicies` request with the returned `nextToken` value.
    /// This value can be between 1 and 100. If this parameter isn't used,
    /// `ListSchedulingPolicies` returns up to 100 results and a `nextToken` value if
    /// applicable.
    #[serde(
        rename = "maxResults",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub max_results: ::std::option::Option<i64>,
    /// The `nextToken` value that's returned from a previous paginated
    /// `ListSchedulingPolicies` request where `maxResults` was used and the results
    /// exceeded the value of that parameter. Pagination continues from the end of the
    /// previous results that returned the `nextToken` value. This value is `null` when
    /// there are no more results to return.
    ///
    /// **Note:** Treat this token as an opaque identifier that's only used to retrieve
    /// the next items in a list and not for other programmatic purposes.
    #[serde(
        rename = "nextToken",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_token: ::std::option::Option<::std::string::String>,
}
impl ListSchedulingPoliciesRequest {
    /// A new [`ListSchedulingPoliciesRequestBuilder`](crate::types::builders::ListSchedulingPoliciesRequestBuilder).
    pub fn builder() -> crate::types::builders::ListSchedulingPoliciesRequestBuilder {
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
pub struct ListSchedulingPoliciesResponse {
    /// The `nextToken` value to include in a future `ListSchedulingPolicies` request.
    /// When the results of a `ListSchedulingPolicies` request exceed `maxResults`, this
    /// value can be used to retrieve the next page of results. This value is `null`
    /// when there are no more results to return.
    #[serde(rename = "nextToken", default)]
    pub next_token: ::std::option::Option<::std::string::String>,
    /// A list of scheduling policies that match the request.
    #[serde(rename = "schedulingPolicies", default)]
    pub scheduling_policies: ::std::option::Option<
        ::std::vec::Vec<crate::types::SchedulingPolicyListingDetail>,
    >,
}
impl ListSchedulingPoliciesResponse {
    /// A new [`ListSchedulingPoliciesResponseBuilder`](crate::types::builders::ListSchedulingPoliciesResponseBuilder).
    pub fn builder() -> crate::types::builders::ListSchedulingPoliciesResponseBuilder {
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
pub struct ListServiceJobsRequest {
    #[serde(
        rename = "filters",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub filters: ::std::option::Option<::std::vec::Vec<crate::types::KeyValuesPair>>,
    #[serde(
        rename = "jobQueue",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub job_queue: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "jobStatus",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub job_status: ::std::option::Option<crate::types::ServiceJobStatus>,
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
impl ListServiceJobsRequest {
    /// A new [`ListServiceJobsRequestBuilder`](crate::types::builders::ListServiceJobsRequestBuilder).
    pub fn builder() -> crate::types::builders::ListServiceJobsRequestBuilder {
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
pub struct ListServiceJobsResponse {
    #[serde(rename = "jobSummaryList", default)]
    pub job_summary_list: ::std::vec::Vec<crate::types::ServiceJobSummary>,
    #[serde(rename = "nextToken", default)]
    pub next_token: ::std::option::Option<::std::string::String>,
}
impl ListServiceJobsResponse {
    /// A new [`ListServiceJobsResponseBuilder`](crate::types::builders::ListServiceJobsResponseBuilder).
    pub fn builder() -> crate::types::builders::ListServiceJobsResponseBuilder {
        ::std::default::Default::default()
    }
}
/// Contains the parameters for `ListTagsForResource`.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct ListTagsForResourceRequest {
    /// The Amazon Resource Name (ARN) that identifies the resource that tags are listed
    /// for. Batch resources that support tags are compute environments, jobs, job
    /// definitions, job queues, and scheduling policies. ARNs for child jobs of array
    /// and multi-node parallel (MNP) jobs aren't supported.
    #[serde(skip)]
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
    /// The tags for the resource.
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
/// Log configuration options to send to a custom log driver for the container.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct LogConfiguration {
    /// The log driver to use for the container. The valid values that are listed for
    /// this parameter are log drivers that the Amazon ECS container agent can
    /// communicate with by default.
    ///
    /// The supported log drivers are `awslogs`, `fluentd`, `gelf`, `json-file`,
    /// `journald`, `logentries`, `syslog`, and `splunk`.
    ///
    /// **Note:** Jobs that are running on Fargate resources are restricted to the
    /// `awslogs` and `splunk` log drivers.
    ///
    /// - **awslogs**: Specifies the Amazon CloudWatch Logs logging driver. For more
    ///   information, see [Using the awslogs log
    ///   driver](https://docs.aws.amazon.com/batch/latest/userguide/using_awslogs.html)
    ///   in the *Batch User Guide* and [Amazon CloudWatch Logs logging
    ///   driver](https://docs.docker.com/config/containers/logging/awslogs/) in the
    ///   Docker documentation.
    /// - **fluentd**: Specifies the Fluentd logging driver. For more information
    ///   including usage and options, see [Fluentd logging
    ///   driver](https://docs.docker.com/config/containers/logging/fluentd/) in the
    ///   *Docker documentation*.
    /// - **gelf**: Specifies the Graylog Extended Format (GELF) logging driver. For
    ///   more information including usage and options, see [Graylog Extended Format
    ///   logging driver](https://docs.docker.com/config/containers/logging/gelf/) in
    ///   the *Docker documentation*.
    /// - **journald**: Specifies the journald logging driver. For more information
    ///   including usage and options, see [Journald logging
    ///   driver](https://docs.docker.com/config/containers/logging/journald/) in the
    ///   *Docker documentation*.
    /// - **json-file**: Specifies the JSON file logging driver. For more information
    ///   including usage and options, see [JSON File logging
    ///   driver](https://docs.docker.com/config/containers/logging/json-file/) in the
    ///   *Docker documentation*.
    /// - **splunk**: Specifies the Splunk logging driver. For more information
    ///   including usage and options, see [Splunk logging
    ///   driver](https://docs.docker.com/config/containers/logging/splunk/) in the
    ///   *Docker documentation*.
    /// - **syslog**: Specifies the syslog logging driver. For more information
    ///   including usage and options, see [Syslog logging
    ///   driver](https://docs.docker.com/config/containers/logging/syslog/) in the
    ///   *Docker documentation*.
    ///
    /// **Note:** If you have a custom driver that's not listed earlier that you want to
    /// work with the Amazon ECS container agent, you can fork the Amazon ECS container
    /// agent project that's [available on
    /// GitHub](https://github.com/aws/amazon-ecs-agent) and customize it to work with
    /// that driver. We encourage you to submit pull requests for changes that you want
    /// to have included. However, Amazon Web Services doesn't currently support running
    /// modified copies of this software.
    ///
    /// This parameter requires version 1.18 of the Docker Remote API or greater on your
    /// container instance. To check the Docker Remote API version on your container
    /// instance, log in to your container instance and run the following command:
    /// `sudo docker version | grep "Server API version"`
    #[serde(rename = "logDriver")]
    pub log_driver: crate::types::LogDriver,
    /// The configuration options to send to the log driver. This parameter requires
    /// version 1.19 of the Docker Remote API or greater on your container instance. To
    /// check the Docker Remote API version on your container instance, log in to your
    /// container instance and run the following command:
    /// `sudo docker version | grep "Server API version"`
    #[serde(
        rename = "options",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub options: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    /// The secrets to pass to the log configuration. For more information, see
    /// [Specifying sensitive
    /// data](https://docs.aws.amazon.com/batch/latest/userguide/specifying-sensitive-data.html)
    /// in the *Batch User Guide*.
    #[serde(
        rename = "secretOptions",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub secret_options: ::std::option::Option<::std::vec::Vec<crate::types::Secret>>,
}
impl LogConfiguration {
    /// A new [`LogConfigurationBuilder`](crate::types::builders::LogConfigurationBuilder).
    pub fn builder() -> crate::types::builders::LogConfigurationBuilder {
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
pub enum LogDriver {
    /// `json-file`
    JsonFile,
    /// `syslog`
    Syslog,
    /// `journald`
    Journald,
    /// `gelf`
    Gelf,
    /// `fluentd`
    Fluentd,
    /// `awslogs`
    Awslogs,
    /// `splunk`
    Splunk,
    /// `awsfirelens`
    Awsfirelens,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl LogDriver {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::JsonFile => "json-file",
            Self::Syslog => "syslog",
            Self::Journald => "journald",
            Self::Gelf => "gelf",
            Self::Fluentd => "fluentd",
            Self::Awslogs => "awslogs",
            Self::Splunk => "splunk",
            Self::Awsfirelens => "awsfirelens",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &[
            "json-file",
            "syslog",
            "journald",
            "gelf",
            "fluentd",
            "awslogs",
            "splunk",
            "awsfirelens",
        ]
    }
}
impl ::std::convert::From<&str> for LogDriver {
    fn from(s: &str) -> Self {
        match s {
            "json-file" => Self::JsonFile,
            "syslog" => Self::Syslog,
            "journald" => Self::Journald,
            "gelf" => Self::Gelf,
            "fluentd" => Self::Fluentd,
            "awslogs" => Self::Awslogs,
            "splunk" => Self::Splunk,
            "awsfirelens" => Self::Awsfirelens,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(LogDriver);
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
pub struct ManagedInstancesLocalStorageConfiguration {
    #[serde(
        rename = "useLocalStorage",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub use_local_storage: ::std::option::Option<bool>,
}
impl ManagedInstancesLocalStorageConfiguration {
    /// A new [`ManagedInstancesLocalStorageConfigurationBuilder`](crate::types::builders::ManagedInstancesLocalStorageConfigurationBuilder).
    pub fn builder() -> crate::types::builders::ManagedInstancesLocalStorageConfigurationBuilder {
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
pub struct ManagedInstancesNetworkConfiguration {
    #[serde(rename = "securityGroups", default)]
    pub security_groups: ::std::vec::Vec<::std::string::String>,
    #[serde(rename = "subnets", default)]
    pub subnets: ::std::vec::Vec<::std::string::String>,
}
impl ManagedInstancesNetworkConfiguration {
    /// A new [`ManagedInstancesNetworkConfigurationBuilder`](crate::types::builders::ManagedInstancesNetworkConfigurationBuilder).
    pub fn builder() -> crate::types::builders::ManagedInstancesNetworkConfigurationBuilder {
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
pub struct ManagedInstancesProvider {
    #[serde(
        rename = "infrastructureOptimization",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub infrastructure_optimization: ::std::option::Option<
        crate::types::InfrastructureOptimization,
    >,
    #[serde(rename = "infrastructureRoleArn", default)]
    pub infrastructure_role_arn: ::std::string::String,
    #[serde(rename = "instanceLaunchTemplate")]
    pub instance_launch_template: crate::types::InstanceLaunchTemplate,
    #[serde(
        rename = "propagateTags",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub propagate_tags: ::std::option::Option<::std::string::String>,
}
impl ManagedInstancesProvider {
    /// A new [`ManagedInstancesProviderBuilder`](crate::types::builders::ManagedInstancesProviderBuilder).
    pub fn builder() -> crate::types::builders::ManagedInstancesProviderBuilder {
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
pub struct ManagedInstancesStorageConfiguration {
    #[serde(
        rename = "storageSizeGiB",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub storage_size_gi_b: ::std::option::Option<i64>,
}
impl ManagedInstancesStorageConfiguration {
    /// A new [`ManagedInstancesStorageConfigurationBuilder`](crate::types::builders::ManagedInstancesStorageConfigurationBuilder).
    pub fn builder() -> crate::types::builders::ManagedInstancesStorageConfigurationBuilder {
        ::std::default::Default::default()
    }
}
/// Details for a Docker volume mount point that's used in a job's container
/// properties. This parameter maps to `Volumes` in the [Create a
/// container](https://docs.docker.com/engine/reference/api/docker_remote_api_v1.19/#create-a-container)
/// section of the *Docker Remote API* and the `--volume` option to docker run.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct MountPoint {
    /// The path on the container where the host volume is mounted.
    #[serde(
        rename = "containerPath",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub container_path: ::std::option::Option<::std::string::String>,
    /// If this value is `true`, the container has read-only access to the volume.
    /// Otherwise, the container can write to the volume. The default value is `false`.
    #[serde(
        rename = "readOnly",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub read_only: ::std::option::Option<bool>,
    /// The name of the volume to mount.
    #[serde(
        rename = "sourceVolume",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub source_volume: ::std::option::Option<::std::string::String>,
}
impl MountPoint {
    /// A new [`MountPointBuilder`](crate::types::builders::MountPointBuilder).
    pub fn builder() -> crate::types::builders::MountPointBuilder {
        ::std::default::Default::default()
    }
}
/// The network configuration for jobs that are running on Fargate resources. Jobs
/// that are running on EC2 resources must not specify this parameter.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct NetworkConfiguration {
    /// Indicates whether the job has a public IP address. For a job that's running on
    /// Fargate resources in a private subnet to send outbound traffic to the internet
    /// (for example, to pull container images), the private subnet requires a NAT
    /// gateway be attached to route requests to the internet. For more information, see
    /// [Amazon ECS task
    /// networking](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-networking.html)
    /// in the *Amazon Elastic Container Service Developer Guide*. The default value is
    /// "`DISABLED`".
    #[serde(
        rename = "assignPublicIp",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub assign_public_ip: ::std::option::Option<crate::types::AssignPublicIp>,
}
impl NetworkConfiguration {
    /// A new [`NetworkConfigurationBuilder`](crate::types::builders::NetworkConfigurationBuilder).
    pub fn builder() -> crate::types::builders::NetworkConfigurationBuilder {
        ::std::default::Default::default()
    }
}
/// An object that represents the elastic network interface for a multi-node
/// parallel job node.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct NetworkInterface {
    /// The attachment ID for the network interface.
    #[serde(rename = "attachmentId", default)]
    pub attachment_id: ::std::option::Option<::std::string::String>,
    /// The private IPv6 address for the network interface.
    #[serde(rename = "ipv6Address", default)]
    pub ipv6_address: ::std::option::Option<::std::string::String>,
    /// The private IPv4 address for the network interface.
    #[serde(rename = "privateIpv4Address", default)]
    pub private_ipv4_address: ::std::option::Option<::std::string::String>,
}
impl NetworkInterface {
    /// A new [`NetworkInterfaceBuilder`](crate::types::builders::NetworkInterfaceBuilder).
    pub fn builder() -> crate::types::builders::NetworkInterfaceBuilder {
        ::std::default::Default::default()
    }
}
/// An object that represents the details of a multi-node parallel job node.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct NodeDetails {
    /// Specifies whether the current node is the main node for a multi-node parallel
    /// job.
    #[serde(rename = "isMainNode", default)]
    pub is_main_node: ::std::option::Option<bool>,
    /// The node index for the node. Node index numbering starts at zero. This index is
    /// also available on the node with the `AWS_BATCH_JOB_NODE_INDEX` environment
    /// variable.
    #[serde(rename = "nodeIndex", default)]
    pub node_index: ::std::option::Option<i64>,
}
impl NodeDetails {
    /// A new [`NodeDetailsBuilder`](crate::types::builders::NodeDetailsBuilder).
    pub fn builder() -> crate::types::builders::NodeDetailsBuilder {
        ::std::default::Default::default()
    }
}
/// An object that represents any node overrides to a job definition that's used in
/// a SubmitJob API operation.
///
/// **Note:** This parameter isn't applicable to jobs that are running on Fargate
/// resources. Don't provide it for these jobs. Rather, use `containerOverrides`
/// instead.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct NodeOverrides {
    /// The node property overrides for the job.
    #[serde(
        rename = "nodePropertyOverrides",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub node_property_overrides: ::std::option::Option<
        ::std::vec::Vec<crate::types::NodePropertyOverride>,
    >,
    /// The number of nodes to use with a multi-node parallel job. This value overrides
    /// the number of nodes that are specified in the job definition. To use this
    /// override, you must meet the following conditions:
    ///
    /// - There must be at least one node range in your job definition that has an open
    ///   upper boundary, such as `:` or `n:`.
    /// - The lower boundary of the node range that's specified in the job definition
    ///   must be fewer than the number of nodes specified in the override.
    /// - The main node index that's specified in the job definition must be fewer than
    ///   the number of nodes specified in the override.
    #[serde(
        rename = "numNodes",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub num_nodes: ::std::option::Option<i64>,
}
impl NodeOverrides {
    /// A new [`NodeOverridesBuilder`](crate::types::builders::NodeOverridesBuilder).
    pub fn builder() -> crate::types::builders::NodeOverridesBuilder {
        ::std::default::Default::default()
    }
}
/// An object that represents the node properties of a multi-node parallel job.
///
/// **Note:** Node properties can't be specified for Amazon EKS based job
/// definitions.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct NodeProperties {
    /// Specifies the node index for the main node of a multi-node parallel job. This
    /// node index value must be fewer than the number of nodes.
    #[serde(rename = "mainNode", default)]
    pub main_node: i64,
    /// A list of node ranges and their properties that are associated with a multi-node
    /// parallel job.
    #[serde(rename = "nodeRangeProperties", default)]
    pub node_range_properties: ::std::vec::Vec<crate::types::NodeRangeProperty>,
    /// The number of nodes that are associated with a multi-node parallel job.
    #[serde(rename = "numNodes", default)]
    pub num_nodes: i64,
}
impl NodeProperties {
    /// A new [`NodePropertiesBuilder`](crate::types::builders::NodePropertiesBuilder).
    pub fn builder() -> crate::types::builders::NodePropertiesBuilder {
        ::std::default::Default::default()
    }
}
/// An object that represents the properties of a node that's associated with a
/// multi-node parallel job.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct NodePropertiesSummary {
    /// Specifies whether the current node is the main node for a multi-node parallel
    /// job.
    #[serde(rename = "isMainNode", default)]
    pub is_main_node: ::std::option::Option<bool>,
    /// The node index for the node. Node index numbering begins at zero. This index is
    /// also available on the node with the `AWS_BATCH_JOB_NODE_INDEX` environment
    /// variable.
    #[serde(rename = "nodeIndex", default)]
    pub node_index: ::std::option::Option<i64>,
    /// The number of nodes that are associated with a multi-node parallel job.
    #[serde(rename = "numNodes", default)]
    pub num_nodes: ::std::option::Option<i64>,
}
impl NodePropertiesSummary {
    /// A new [`NodePropertiesSummaryBuilder`](crate::types::builders::NodePropertiesSummaryBuilder).
    pub fn builder() -> crate::types::builders::NodePropertiesSummaryBuilder {
        ::std::default::Default::default()
    }
}
/// The object that represents any node overrides to a job definition that's used in
/// a SubmitJob API operation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct NodePropertyOverride {
    /// The overrides that are sent to a node range.
    #[serde(
        rename = "containerOverrides",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub container_overrides: ::std::option::Option<crate::types::ContainerOverrides>,
    /// The range of nodes, using node index values, that's used to override. A range of
    /// `0:3` indicates nodes with index values of `0` through `3`. If the starting
    /// range value is omitted (`:n`), then `0` is used to start the range. If the
    /// ending range value is omitted (`n:`), then the highest possible node index is
    /// used to end the range.
    #[serde(rename = "targetNodes")]
    pub target_nodes: ::std::string::String,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "consumableResourcePropertiesOverride",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub consumable_resource_properties_override: ::std::option::Option<
        crate::types::ConsumableResourceProperties,
    >,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "ecsPropertiesOverride",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ecs_properties_override: ::std::option::Option<
        crate::types::EcsPropertiesOverride,
    >,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "eksPropertiesOverride",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub eks_properties_override: ::std::option::Option<
        crate::types::EksPropertiesOverride,
    >,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "instanceTypes",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_types: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
impl NodePropertyOverride {
    /// A new [`NodePropertyOverrideBuilder`](crate::types::builders::NodePropertyOverrideBuilder).
    pub fn builder() -> crate::types::builders::NodePropertyOverrideBuilder {
        ::std::default::Default::default()
    }
}
/// An object that represents the properties of the node range for a multi-node
/// parallel job.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct NodeRangeProperty {
    /// The container details for the node range.
    #[serde(
        rename = "container",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub container: ::std::option::Option<crate::types::ContainerProperties>,
    /// The range of nodes, using node index values. A range of `0:3` indicates nodes
    /// with index values of `0` through `3`. If the starting range value is omitted
    /// (`:n`), then `0` is used to start the range. If the ending range value is
    /// omitted (`n:`), then the highest possible node index is used to end the range.
    /// Your accumulative node ranges must account for all nodes (`0:n`). You can nest
    /// node ranges (for example, `0:10` and `4:5`). In this case, the `4:5` range
    /// properties override the `0:10` properties.
    #[serde(rename = "targetNodes", default)]
    pub target_nodes: ::std::string::String,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "consumableResourceProperties",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub consumable_resource_properties: ::std::option::Option<
        crate::types::ConsumableResourceProperties,
    >,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "ecsProperties",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ecs_properties: ::std::option::Option<crate::types::EcsProperties>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "eksProperties",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub eks_properties: ::std::option::Option<crate::types::EksProperties>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "instanceTypes",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_types: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
impl NodeRangeProperty {
    /// A new [`NodeRangePropertyBuilder`](crate::types::builders::NodeRangePropertyBuilder).
    pub fn builder() -> crate::types::builders::NodeRangePropertyBuilder {
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
pub enum OrchestrationType {
    /// `ECS`
    Ecs,
    /// `EKS`
    Eks,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl OrchestrationType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Ecs => "ECS",
            Self::Eks => "EKS",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["ECS", "EKS"]
    }
}
impl ::std::convert::From<&str> for OrchestrationType {
    fn from(s: &str) -> Self {
        match s {
            "ECS" => Self::Ecs,
            "EKS" => Self::Eks,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(OrchestrationType);
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
pub enum PlatformCapability {
    /// `EC2`
    Ec2,
    /// `FARGATE`
    Fargate,
    /// `MANAGED_INSTANCES`
    ManagedInstances,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl PlatformCapability {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Ec2 => "EC2",
            Self::Fargate => "FARGATE",
            Self::ManagedInstances => "MANAGED_INSTANCES",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["EC2", "FARGATE", "MANAGED_INSTANCES"]
    }
}
impl ::std::convert::From<&str> for PlatformCapability {
    fn from(s: &str) -> Self {
        match s {
            "EC2" => Self::Ec2,
            "FARGATE" => Self::Fargate,
            "MANAGED_INSTANCES" => Self::ManagedInstances,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(PlatformCapability);
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
pub struct QueueSnapshotCapacityUsage {
    #[serde(rename = "capacityUnit", default)]
    pub capacity_unit: ::std::option::Option<::std::string::String>,
    #[serde(rename = "quantity", default)]
    pub quantity: ::std::option::Option<f64>,
}
impl QueueSnapshotCapacityUsage {
    /// A new [`QueueSnapshotCapacityUsageBuilder`](crate::types::builders::QueueSnapshotCapacityUsageBuilder).
    pub fn builder() -> crate::types::builders::QueueSnapshotCapacityUsageBuilder {
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
pub struct QueueSnapshotUtilizationDetail {
    #[serde(rename = "fairshareUtilization", default)]
    pub fairshare_utilization: ::std::option::Option<
        crate::types::FairshareUtilizationDetail,
    >,
    #[serde(rename = "lastUpdatedAt", default)]
    pub last_updated_at: ::std::option::Option<i64>,
    #[serde(rename = "quotaShareUtilization", default)]
    pub quota_share_utilization: ::std::option::Option<
        crate::types::QuotaShareUtilizationDetail,
    >,
    #[serde(rename = "totalCapacityUsage", default)]
    pub total_capacity_usage: ::std::option::Option<
        ::std::vec::Vec<crate::types::QueueSnapshotCapacityUsage>,
    >,
}
impl QueueSnapshotUtilizationDetail {
    /// A new [`QueueSnapshotUtilizationDetailBuilder`](crate::types::builders::QueueSnapshotUtilizationDetailBuilder).
    pub fn builder() -> crate::types::builders::QueueSnapshotUtilizationDetailBuilder {
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
pub struct QuotaShareCapacityLimit {
    #[serde(rename = "capacityUnit", default)]
    pub capacity_unit: ::std::string::String,
    #[serde(rename = "maxCapacity", default)]
    pub max_capacity: i64,
}
impl QuotaShareCapacityLimit {
    /// A new [`QuotaShareCapacityLimitBuilder`](crate::types::builders::QuotaShareCapacityLimitBuilder).
    pub fn builder() -> crate::types::builders::QuotaShareCapacityLimitBuilder {
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
pub struct QuotaShareCapacityUsage {
    #[serde(rename = "capacityUnit", default)]
    pub capacity_unit: ::std::option::Option<::std::string::String>,
    #[serde(rename = "quantity", default)]
    pub quantity: ::std::option::Option<f64>,
}
impl QuotaShareCapacityUsage {
    /// A new [`QuotaShareCapacityUsageBuilder`](crate::types::builders::QuotaShareCapacityUsageBuilder).
    pub fn builder() -> crate::types::builders::QuotaShareCapacityUsageBuilder {
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
pub struct QuotaShareCapacityUtilization {
    #[serde(rename = "capacityUsage", default)]
    pub capacity_usage: ::std::option::Option<
        ::std::vec::Vec<crate::types::QuotaShareCapacityUsage>,
    >,
    #[serde(rename = "quotaShareName", default)]
    pub quota_share_name: ::std::option::Option<::std::string::String>,
}
impl QuotaShareCapacityUtilization {
    /// A new [`QuotaShareCapacityUtilizationBuilder`](crate::types::builders::QuotaShareCapacityUtilizationBuilder).
    pub fn builder() -> crate::types::builders::QuotaShareCapacityUtilizationBuilder {
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
pub struct QuotaShareDetail {
    #[serde(rename = "capacityLimits", default)]
    pub capacity_limits: ::std::option::Option<
        ::std::vec::Vec<crate::types::QuotaShareCapacityLimit>,
    >,
    #[serde(rename = "jobQueueArn", default)]
    pub job_queue_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "preemptionConfiguration", default)]
    pub preemption_configuration: ::std::option::Option<
        crate::types::QuotaSharePreemptionConfiguration,
    >,
    #[serde(rename = "quotaShareArn", default)]
    pub quota_share_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "quotaShareName", default)]
    pub quota_share_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "resourceSharingConfiguration", default)]
    pub resource_sharing_configuration: ::std::option::Option<
        crate::types::QuotaShareResourceSharingConfiguration,
    >,
    #[serde(rename = "state", default)]
    pub state: ::std::option::Option<crate::types::QuotaShareState>,
    #[serde(rename = "status", default)]
    pub status: ::std::option::Option<crate::types::QuotaShareStatus>,
}
impl QuotaShareDetail {
    /// A new [`QuotaShareDetailBuilder`](crate::types::builders::QuotaShareDetailBuilder).
    pub fn builder() -> crate::types::builders::QuotaShareDetailBuilder {
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
pub enum QuotaShareIdleResourceAssignmentStrategy {
    /// `FIFO`
    Fifo,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl QuotaShareIdleResourceAssignmentStrategy {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Fifo => "FIFO",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["FIFO"]
    }
}
impl ::std::convert::From<&str> for QuotaShareIdleResourceAssignmentStrategy {
    fn from(s: &str) -> Self {
        match s {
            "FIFO" => Self::Fifo,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(QuotaShareIdleResourceAssignmentStrategy);
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
pub enum QuotaShareInSharePreemptionState {
    /// `ENABLED`
    Enabled,
    /// `DISABLED`
    Disabled,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl QuotaShareInSharePreemptionState {
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
impl ::std::convert::From<&str> for QuotaShareInSharePreemptionState {
    fn from(s: &str) -> Self {
        match s {
            "ENABLED" => Self::Enabled,
            "DISABLED" => Self::Disabled,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(QuotaShareInSharePreemptionState);
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
pub struct QuotaSharePolicy {
    #[serde(rename = "idleResourceAssignmentStrategy")]
    pub idle_resource_assignment_strategy: crate::types::QuotaShareIdleResourceAssignmentStrategy,
}
impl QuotaSharePolicy {
    /// A new [`QuotaSharePolicyBuilder`](crate::types::builders::QuotaSharePolicyBuilder).
    pub fn builder() -> crate::types::builders::QuotaSharePolicyBuilder {
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
pub struct QuotaSharePreemptionConfiguration {
    #[serde(rename = "inSharePreemption")]
    pub in_share_preemption: crate::types::QuotaShareInSharePreemptionState,
}
impl QuotaSharePreemptionConfiguration {
    /// A new [`QuotaSharePreemptionConfigurationBuilder`](crate::types::builders::QuotaSharePreemptionConfigurationBuilder).
    pub fn builder() -> crate::types::builders::QuotaSharePreemptionConfigurationBuilder {
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
pub struct QuotaShareResourceSharingConfiguration {
    #[serde(
        rename = "borrowLimit",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub borrow_limit: ::std::option::Option<i64>,
    #[serde(rename = "strategy")]
    pub strategy: crate::types::QuotaShareResourceSharingStrategy,
}
impl QuotaShareResourceSharingConfiguration {
    /// A new [`QuotaShareResourceSharingConfigurationBuilder`](crate::types::builders::QuotaShareResourceSharingConfigurationBuilder).
    pub fn builder() -> crate::types::builders::QuotaShareResourceSharingConfigurationBuilder {
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
pub enum QuotaShareResourceSharingStrategy {
    /// `RESERVE`
    Reserve,
    /// `LEND`
    Lend,
    /// `LEND_AND_BORROW`
    LendAndBorrow,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl QuotaShareResourceSharingStrategy {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Reserve => "RESERVE",
            Self::Lend => "LEND",
            Self::LendAndBorrow => "LEND_AND_BORROW",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["RESERVE", "LEND", "LEND_AND_BORROW"]
    }
}
impl ::std::convert::From<&str> for QuotaShareResourceSharingStrategy {
    fn from(s: &str) -> Self {
        match s {
            "RESERVE" => Self::Reserve,
            "LEND" => Self::Lend,
            "LEND_AND_BORROW" => Self::LendAndBorrow,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(QuotaShareResourceSharingStrategy);
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
pub enum QuotaShareState {
    /// `ENABLED`
    Enabled,
    /// `DISABLED`
    Disabled,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl QuotaShareState {
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
impl ::std::convert::From<&str> for QuotaShareState {
    fn from(s: &str) -> Self {
        match s {
            "ENABLED" => Self::Enabled,
            "DISABLED" => Self::Disabled,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(QuotaShareState);
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
pub enum QuotaShareStatus {
    /// `CREATING`
    Creating,
    /// `VALID`
    Valid,
    /// `INVALID`
    Invalid,
    /// `UPDATING`
    Updating,
    /// `DELETING`
    Deleting,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl QuotaShareStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Creating => "CREATING",
            Self::Valid => "VALID",
            Self::Invalid => "INVALID",
            Self::Updating => "UPDATING",
            Self::Deleting => "DELETING",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["CREATING", "VALID", "INVALID", "UPDATING", "DELETING"]
    }
}
impl ::std::convert::From<&str> for QuotaShareStatus {
    fn from(s: &str) -> Self {
        match s {
            "CREATING" => Self::Creating,
            "VALID" => Self::Valid,
            "INVALID" => Self::Invalid,
            "UPDATING" => Self::Updating,
            "DELETING" => Self::Deleting,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(QuotaShareStatus);
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
pub struct QuotaShareUtilizationDetail {
    #[serde(rename = "topCapacityUtilization", default)]
    pub top_capacity_utilization: ::std::option::Option<
        ::std::vec::Vec<crate::types::QuotaShareCapacityUtilization>,
    >,
}
impl QuotaShareUtilizationDetail {
    /// A new [`QuotaShareUtilizationDetailBuilder`](crate::types::builders::QuotaShareUtilizationDetailBuilder).
    pub fn builder() -> crate::types::builders::QuotaShareUtilizationDetailBuilder {
        ::std::default::Default::default()
    }
}
/// Contains the parameters for `RegisterJobDefinition`.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct RegisterJobDefinitionRequest {
    /// An object with various properties specific to Amazon ECS based single-node
    /// container-based jobs. If the job definition's `type` parameter is `container`,
    /// then you must specify either `containerProperties` or `nodeProperties`. This
    /// must not be specified for Amazon EKS based job definitions.
    ///
    /// **Note:** If the job runs on Fargate resources, then you must not specify
    /// `nodeProperties`; use only `containerProperties`.
    #[serde(
        rename = "containerProperties",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub container_properties: ::std::option::Option<crate::types::ContainerProperties>,
    /// An object with various properties that are specific to Amazon EKS based jobs.
    /// This must not be specified for Amazon ECS based job definitions.
    #[serde(
        rename = "eksProperties",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub eks_properties: ::std::option::Option<crate::types::EksProperties>,
    /// The name of the job definition to register. It can be up to 128 letters long. It
    /// can contain uppercase and lowercase letters, numbers, hyphens (-), and
    /// underscores (\_).
    #[serde(rename = "jobDefinitionName")]
    pub job_definition_name: ::std::string::String,
    /// An object with various properties specific to multi-node parallel jobs. If you
    /// specify node properties for a job, it becomes a multi-node parallel job. For
    /// more information, see [Multi-node Parallel
    /// Jobs](https://docs.aws.amazon.com/batch/latest/userguide/multi-node-parallel-jobs.html)
    /// in the *Batch User Guide*. If the job definition's `type` parameter is
    /// `container`, then you must specify either `containerProperties` or
    /// `nodeProperties`.
    ///
    /// **Note:** If the job runs on Fargate resources, then you must not specify
    /// `nodeProperties`; use `containerProperties` instead.
    ///
    /// **Note:** If the job runs on Amazon EKS resources, then you must not specify
    /// `nodeProperties`.
    #[serde(
        rename = "nodeProperties",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub node_properties: ::std::option::Option<crate::types::NodeProperties>,
    /// Default parameter substitution placeholders to set in the job definition.
    /// Parameters are specified as a key-value pair mapping. Parameters in a
    /// `SubmitJob` request override any corresponding parameter defaults from the job
    /// definition.
    #[serde(
        rename = "parameters",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub parameters: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    /// The platform capabilities required by the job definition. If no value is
    /// specified, it defaults to `EC2`. To run the job on Fargate resources, specify
    /// `FARGATE`.
    ///
    /// **Note:** If the job runs on Amazon EKS resources, then you must not specify
    /// `platformCapabilities`.
    #[serde(
        rename = "platformCapabilities",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub platform_capabilities: ::std::option::Option<
        ::std::vec::Vec<crate::types::PlatformCapability>,
    >,
    /// Specifies whether to propagate the tags from the job or job definition to the
    /// corresponding Amazon ECS task. If no value is specified, the tags are not
    /// propagated. Tags can only be propagated to the tasks during task creation. For
    /// tags with the same name, job tags are given priority over job definitions tags.
    /// If the total number of combined tags from the job and job definition is over 50,
    /// the job is moved to the `FAILED` state.
    ///
    /// **Note:** If the job runs on Amazon EKS resources, then you must not specify
    /// `propagateTags`.
    #[serde(
        rename = "propagateTags",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub propagate_tags: ::std::option::Option<bool>,
    /// The retry strategy to use for failed jobs that are submitted with this job
    /// definition. Any retry strategy that's specified during a SubmitJob operation
    /// overrides the retry strategy defined here. If a job is terminated due to a
    /// timeout, it isn't retried.
    #[serde(
        rename = "retryStrategy",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub retry_strategy: ::std::option::Option<crate::types::RetryStrategy>,
    /// The scheduling priority for jobs that are submitted with this job definition.
    /// This only affects jobs in job queues with a fair share policy. Jobs with a
    /// higher scheduling priority are scheduled before jobs with a lower scheduling
    /// priority.
    ///
    /// The minimum supported value is 0 and the maximum supported value is 9999.
    #[serde(
        rename = "schedulingPriority",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub scheduling_priority: ::std::option::Option<i64>,
    /// The tags that you apply to the job definition to help you categorize and
    /// organize your resources. Each tag consists of a key and an optional value. For
    /// more information, see [Tagging Amazon Web Services
    /// Resources](https://docs.aws.amazon.com/batch/latest/userguide/using-tags.html)
    /// in *Batch User Guide*.
    #[serde(
        rename = "tags",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    /// The timeout configuration for jobs that are submitted with this job definition,
    /// after which Batch terminates your jobs if they have not finished. If a job is
    /// terminated due to a timeout, it isn't retried. The minimum value for the timeout
    /// is 60 seconds. Any timeout configuration that's specified during a SubmitJob
    /// operation overrides the timeout configuration defined here. For more
    /// information, see [Job
    /// Timeouts](https://docs.aws.amazon.com/batch/latest/userguide/job_timeouts.html)
    /// in the *Batch User Guide*.
    #[serde(
        rename = "timeout",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub timeout: ::std::option::Option<crate::types::JobTimeout>,
    /// The type of job definition. For more information about multi-node parallel jobs,
    /// see [Creating a multi-node parallel job
    /// definition](https://docs.aws.amazon.com/batch/latest/userguide/multi-node-job-def.html)
    /// in the *Batch User Guide*.
    ///
    /// **Note:** If the job is run on Fargate resources, then `multinode` isn't
    /// supported.
    #[serde(rename = "type")]
    pub r#type: crate::types::JobDefinitionType,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "consumableResourceProperties",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub consumable_resource_properties: ::std::option::Option<
        crate::types::ConsumableResourceProperties,
    >,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "ecsProperties",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ecs_properties: ::std::option::Option<crate::types::EcsProperties>,
}
impl RegisterJobDefinitionRequest {
    /// A new [`RegisterJobDefinitionRequestBuilder`](crate::types::builders::RegisterJobDefinitionRequestBuilder).
    pub fn builder() -> crate::types::builders::RegisterJobDefinitionRequestBuilder {
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
pub struct RegisterJobDefinitionResponse {
    /// The Amazon Resource Name (ARN) of the job definition.
    #[serde(rename = "jobDefinitionArn", default)]
    pub job_definition_arn: ::std::string::String,
    /// The name of the job definition.
    #[serde(rename = "jobDefinitionName", default)]
    pub job_definition_name: ::std::string::String,
    /// The revision of the job definition.
    #[serde(rename = "revision", default)]
    pub revision: i64,
}
impl RegisterJobDefinitionResponse {
    /// A new [`RegisterJobDefinitionResponseBuilder`](crate::types::builders::RegisterJobDefinitionResponseBuilder).
    pub fn builder() -> crate::types::builders::RegisterJobDefinitionResponseBuilder {
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
pub struct RepositoryCredentials {
    #[serde(rename = "credentialsParameter", default)]
    pub credentials_parameter: ::std::string::String,
}
impl RepositoryCredentials {
    /// A new [`RepositoryCredentialsBuilder`](crate::types::builders::RepositoryCredentialsBuilder).
    pub fn builder() -> crate::types::builders::RepositoryCredentialsBuilder {
        ::std::default::Default::default()
    }
}
/// The type and amount of a resource to assign to a container. The supported
/// resources include `GPU`, `MEMORY`, and `VCPU`.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ResourceRequirement {
    /// The type of resource to assign to a container. The supported resources include
    /// `GPU`, `MEMORY`, and `VCPU`.
    #[serde(rename = "type")]
    pub r#type: crate::types::ResourceType,
    /// The quantity of the specified resource to reserve for the container. The values
    /// vary based on the `type` specified.
    ///
    /// - **type="GPU"**: The number of physical GPUs to reserve for the container. Make
    ///   sure that the number of GPUs reserved for all containers in a job doesn't
    ///   exceed the number of available GPUs on the compute resource that the job is
    ///   launched on.
    ///
    ///   **Note:** GPUs aren't available for jobs that are running on Fargate
    ///   resources.
    ///
    /// - **type="MEMORY"**: The memory hard limit (in MiB) present to the container.
    ///   This parameter is supported for jobs that are running on EC2 resources. If
    ///   your container attempts to exceed the memory specified, the container is
    ///   terminated. This parameter maps to `Memory` in the [Create a
    ///   container](https://docs.docker.com/engine/api/v1.23/#create-a-container)
    ///   section of the [Docker Remote API](https://docs.docker.com/engine/api/v1.23/)
    ///   and the `--memory` option to [docker
    ///   run](https://docs.docker.com/engine/reference/run/). You must specify at least
    ///   4 MiB of memory for a job. This is required but can be specified in several
    ///   places for multi-node parallel (MNP) jobs. It must be specified for each node
    ///   at least once. This parameter maps to `Memory` in the [Create a
    ///   container](https://docs.docker.com/engine/api/v1.23/#create-a-container)
    ///   section of the [Docker Remote API](https://docs.docker.com/engine/api/v1.23/)
    ///   and the `--memory` option to [docker
    ///   run](https://docs.docker.com/engine/reference/run/).
    ///
    ///   **Note:** If you're trying to maximize your resource utilization by providing
    ///   your jobs as much memory as possible for a particular instance type, see
    ///   [Memory
    ///   management](https://docs.aws.amazon.com/batch/latest/userguide/memory-management.html)
    ///   in the *Batch User Guide*.
    ///
    ///   For jobs that are running on Fargate resources, then `value` is the hard limit
    ///   (in MiB), and must match one of the supported values and the `VCPU` values
    ///   must be one of the values supported for that memory value.
    ///   - **value = 512**: `VCPU` = 0.25
    ///   - **value = 1024**: `VCPU` = 0.25 or 0.5
    ///   - **value = 2048**: `VCPU` = 0.25, 0.5, or 1
    ///   - **value = 3072**: `VCPU` = 0.5, or 1
    ///   - **value = 4096**: `VCPU` = 0.5, 1, or 2
    ///   - **value = 5120, 6144, or 7168**: `VCPU` = 1 or 2
    ///   - **value = 8192**: `VCPU` = 1, 2, or 4
    ///   - **value = 9216, 10240, 11264, 12288, 13312, 14336, or 15360**: `VCPU` = 2 or
    ///     4
    ///   - **value = 16384**: `VCPU` = 2, 4, or 8
    ///   - **value = 17408, 18432, 19456, 21504, 22528, 23552, 25600, 26624, 27648,
    ///     29696, or 30720**: `VCPU` = 4
    ///   - **value = 20480, 24576, or 28672**: `VCPU` = 4 or 8
    ///   - **value = 36864, 45056, 53248, or 61440**: `VCPU` = 8
    ///   - **value = 32768, 40960, 49152, or 57344**: `VCPU` = 8 or 16
    ///   - **value = 65536, 73728, 81920, 90112, 98304, 106496, 114688, or 122880**:
    ///     `VCPU` = 16
    ///
    /// - **type="VCPU"**: The number of vCPUs reserved for the container. This
    ///   parameter maps to `CpuShares` in the [Create a
    ///   container](https://docs.docker.com/engine/api/v1.23/#create-a-container)
    ///   section of the [Docker Remote API](https://docs.docker.com/engine/api/v1.23/)
    ///   and the `--cpu-shares` option to [docker
    ///   run](https://docs.docker.com/engine/reference/run/). Each vCPU is equivalent
    ///   to 1,024 CPU shares. For EC2 resources, you must specify at least one vCPU.
    ///   This is required but can be specified in several places; it must be specified
    ///   for each node at least once.
    ///
    ///   The default for the Fargate On-Demand vCPU resource count quota is 6 vCPUs.
    ///   For more information about Fargate quotas, see [Fargate
    ///   quotas](https://docs.aws.amazon.com/general/latest/gr/ecs-service.html#service-quotas-fargate)
    ///   in the *Amazon Web Services General Reference*.
    ///
    ///   For jobs that are running on Fargate resources, then `value` must match one of
    ///   the supported values and the `MEMORY` values must be one of the values
    ///   supported for that `VCPU` value. The supported values are 0.25, 0.5, 1, 2, 4,
    ///   8, and 16
    ///   - **value = 0.25**: `MEMORY` = 512, 1024, or 2048
    ///   - **value = 0.5**: `MEMORY` = 1024, 2048, 3072, or 4096
    ///   - **value = 1**: `MEMORY` = 2048, 3072, 4096, 5120, 6144, 7168, or 8192
    ///   - **value = 2**: `MEMORY` = 4096, 5120, 6144, 7168, 8192, 9216, 10240, 11264,
    ///     12288, 13312, 14336, 15360, or 16384
    ///   - **value = 4**: `MEMORY` = 8192, 9216, 10240, 11264, 12288, 13312, 14336,
    ///     15360, 16384, 17408, 18432, 19456, 20480, 21504, 22528, 23552, 24576, 25600,
    ///     26624, 27648, 28672, 29696, or 30720
    ///   - **value = 8**: `MEMORY` = 16384, 20480, 24576, 28672, 32768, 36864, 40960,
    ///     45056, 49152, 53248, 57344, or 61440
    ///   - **value = 16**: `MEMORY` = 32768, 40960, 49152, 57344, 65536, 73728, 81920,
    ///     90112, 98304, 106496, 114688, or 122880
    #[serde(rename = "value", default)]
    pub value: ::std::string::String,
}
impl ResourceRequirement {
    /// A new [`ResourceRequirementBuilder`](crate::types::builders::ResourceRequirementBuilder).
    pub fn builder() -> crate::types::builders::ResourceRequirementBuilder {
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
pub enum ResourceType {
    /// `GPU`
    Gpu,
    /// `VCPU`
    Vcpu,
    /// `MEMORY`
    Memory,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl ResourceType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Gpu => "GPU",
            Self::Vcpu => "VCPU",
            Self::Memory => "MEMORY",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["GPU", "VCPU", "MEMORY"]
    }
}
impl ::std::convert::From<&str> for ResourceType {
    fn from(s: &str) -> Self {
        match s {
            "GPU" => Self::Gpu,
            "VCPU" => Self::Vcpu,
            "MEMORY" => Self::Memory,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(ResourceType);
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
pub enum RetryAction {
    /// `RETRY`
    Retry,
    /// `EXIT`
    Exit,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl RetryAction {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Retry => "RETRY",
            Self::Exit => "EXIT",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["RETRY", "EXIT"]
    }
}
impl ::std::convert::From<&str> for RetryAction {
    fn from(s: &str) -> Self {
        match s {
            "RETRY" => Self::Retry,
            "EXIT" => Self::Exit,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(RetryAction);
/// The retry strategy that's associated with a job. For more information, see
/// [Automated job
/// retries](https://docs.aws.amazon.com/batch/latest/userguide/job_retries.html) in
/// the *Batch User Guide*.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct RetryStrategy {
    /// The number of times to move a job to the `RUNNABLE` status. You can specify
    /// between 1 and 10 attempts. If the value of `attempts` is greater than one, the
    /// job is retried on failure the same number of attempts as the value.
    #[serde(
        rename = "attempts",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub attempts: ::std::option::Option<i64>,
    /// Array of up to 5 objects that specify the conditions where jobs are retried or
    /// failed. If this parameter is specified, then the `attempts` parameter must also
    /// be specified. If none of the listed conditions match, then the job is retried.
    #[serde(
        rename = "evaluateOnExit",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub evaluate_on_exit: ::std::option::Option<
        ::std::vec::Vec<crate::types::EvaluateOnExit>,
    >,
}
impl RetryStrategy {
    /// A new [`RetryStrategyBuilder`](crate::types::builders::RetryStrategyBuilder).
    pub fn builder() -> crate::types::builders::RetryStrategyBuilder {
        ::std::default::Default::default()
    }
}
/// An object that represents the compute environment architecture for Batch jobs on
/// Fargate.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct RuntimePlatform {
    /// The vCPU architecture. The default value is `X86_64`. Valid values are `X86_64`
    /// and `ARM64`.
    ///
    /// **Note:** This parameter must be set to `X86_64` for Windows containers.
    #[serde(
        rename = "cpuArchitecture",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cpu_architecture: ::std::option::Option<::std::string::String>,
    /// The operating system for the compute environment. Valid values are: `LINUX`
    /// (default), `WINDOWS_SERVER_2019_CORE`, `WINDOWS_SERVER_2019_FULL`,
    /// `WINDOWS_SERVER_2022_CORE`, and `WINDOWS_SERVER_2022_FULL`.
    ///
    /// **Note:** The following parameters can’t be set for Windows containers:
    /// `linuxParameters`, `privileged`, `user`, `ulimits`, `readonlyRootFilesystem`,
    /// and `efsVolumeConfiguration`.
    ///
    /// **Note:** The Batch Scheduler checks before registering a task definition with
    /// Fargate. If the job requires a Windows container and the first compute
    /// environment is `LINUX`, the compute environment is skipped and the next is
    /// checked until a Windows-based compute environment is found.
    ///
    /// **Note:** Fargate Spot is not supported for Windows-based containers on Fargate.
    /// A job queue will be blocked if a Fargate Windows job is submitted to a job queue
    /// with only Fargate Spot compute environments. However, you can attach both
    /// `FARGATE` and `FARGATE_SPOT` compute environments to the same job queue.
    #[serde(
        rename = "operatingSystemFamily",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub operating_system_family: ::std::option::Option<::std::string::String>,
}
impl RuntimePlatform {
    /// A new [`RuntimePlatformBuilder`](crate::types::builders::RuntimePlatformBuilder).
    pub fn builder() -> crate::types::builders::RuntimePlatformBuilder {
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
pub struct S3FilesVolumeConfiguration {
    #[serde(
        rename = "accessPointArn",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub access_point_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "fileSystemArn", default)]
    pub file_system_arn: ::std::string::String,
    #[serde(
        rename = "rootDirectory",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub root_directory: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "transitEncryptionPort",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub transit_encryption_port: ::std::option::Option<i64>,
}
impl S3FilesVolumeConfiguration {
    /// A new [`S3FilesVolumeConfigurationBuilder`](crate::types::builders::S3FilesVolumeConfigurationBuilder).
    pub fn builder() -> crate::types::builders::S3FilesVolumeConfigurationBuilder {
        ::std::default::Default::default()
    }
}
/// An object that represents a scheduling policy.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct SchedulingPolicyDetail {
    /// The Amazon Resource Name (ARN) of the scheduling policy. An example is
    /// `arn:aws:batch:us-east-1:123456789012:scheduling-policy/HighPriority`.
    #[serde(rename = "arn", default)]
    pub arn: ::std::string::String,
    /// The fair share policy for the scheduling policy.
    #[serde(rename = "fairsharePolicy", default)]
    pub fairshare_policy: ::std::option::Option<crate::types::FairsharePolicy>,
    /// The name of the scheduling policy.
    #[serde(rename = "name", default)]
    pub name: ::std::string::String,
    /// The tags that you apply to the scheduling policy to categorize and organize your
    /// resources. Each tag consists of a key and an optional value. For more
    /// information, see [Tagging Amazon Web Services
    /// resources](https://docs.aws.amazon.com/general/latest/gr/aws_tagging.html) in
    /// *Amazon Web Services General Reference*.
    #[serde(rename = "tags", default)]
    pub tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "quotaSharePolicy", default)]
    pub quota_share_policy: ::std::option::Option<crate::types::QuotaSharePolicy>,
}
impl SchedulingPolicyDetail {
    /// A new [`SchedulingPolicyDetailBuilder`](crate::types::builders::SchedulingPolicyDetailBuilder).
    pub fn builder() -> crate::types::builders::SchedulingPolicyDetailBuilder {
        ::std::default::Default::default()
    }
}
/// An object that contains the details of a scheduling policy that's returned in a
/// `ListSchedulingPolicy` action.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct SchedulingPolicyListingDetail {
    /// Amazon Resource Name (ARN) of the scheduling policy.
    #[serde(rename = "arn", default)]
    pub arn: ::std::string::String,
}
impl SchedulingPolicyListingDetail {
    /// A new [`SchedulingPolicyListingDetailBuilder`](crate::types::builders::SchedulingPolicyListingDetailBuilder).
    pub fn builder() -> crate::types::builders::SchedulingPolicyListingDetailBuilder {
        ::std::default::Default::default()
    }
}
/// An object that represents the secret to expose to your container. Secrets can be
/// exposed to a container in the following ways:
///
/// - To inject sensitive data into your containers as environment variables, use
///   the `secrets` container definition parameter.
/// - To reference sensitive information in the log configuration of a container,
///   use the `secretOptions` container definition parameter.
///
/// For more information, see [Specifying sensitive
/// data](https://docs.aws.amazon.com/batch/latest/userguide/specifying-sensitive-data.html)
/// in the *Batch User Guide*.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct Secret {
    /// The name of the secret.
    #[serde(rename = "name", default)]
    pub name: ::std::string::String,
    /// The secret to expose to the container. The supported values are either the full
    /// Amazon Resource Name (ARN) of the Secrets Manager secret or the full ARN of the
    /// parameter in the Amazon Web Services Systems Manager Parameter Store.
    ///
    /// **Note:** If the Amazon Web Services Systems Manager Parameter Store parameter
    /// exists in the same Region as the job you're launching, then you can use either
    /// the full Amazon Resource Name (ARN) or name of the parameter. If the parameter
    /// exists in a different Region, then the full ARN must be specified.
    #[serde(rename = "valueFrom", default)]
    pub value_from: ::std::string::String,
}
impl Secret {
    /// A new [`SecretBuilder`](crate::types::builders::SecretBuilder).
    pub fn builder() -> crate::types::builders::SecretBuilder {
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
pub struct ServiceEnvironmentDetail {
    #[serde(rename = "capacityLimits", default)]
    pub capacity_limits: ::std::vec::Vec<crate::types::CapacityLimit>,
    #[serde(rename = "serviceEnvironmentArn", default)]
    pub service_environment_arn: ::std::string::String,
    #[serde(rename = "serviceEnvironmentName", default)]
    pub service_environment_name: ::std::string::String,
    #[serde(rename = "serviceEnvironmentType")]
    pub service_environment_type: crate::types::ServiceEnvironmentType,
    #[serde(rename = "state", default)]
    pub state: ::std::option::Option<crate::types::ServiceEnvironmentState>,
    #[serde(rename = "status", default)]
    pub status: ::std::option::Option<crate::types::ServiceEnvironmentStatus>,
    #[serde(rename = "tags", default)]
    pub tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
}
impl ServiceEnvironmentDetail {
    /// A new [`ServiceEnvironmentDetailBuilder`](crate::types::builders::ServiceEnvironmentDetailBuilder).
    pub fn builder() -> crate::types::builders::ServiceEnvironmentDetailBuilder {
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
pub struct ServiceEnvironmentOrder {
    #[serde(rename = "order", default)]
    pub order: i64,
    #[serde(rename = "serviceEnvironment", default)]
    pub service_environment: ::std::string::String,
}
impl ServiceEnvironmentOrder {
    /// A new [`ServiceEnvironmentOrderBuilder`](crate::types::builders::ServiceEnvironmentOrderBuilder).
    pub fn builder() -> crate::types::builders::ServiceEnvironmentOrderBuilder {
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
pub enum ServiceEnvironmentState {
    /// `ENABLED`
    Enabled,
    /// `DISABLED`
    Disabled,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl ServiceEnvironmentState {
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
impl ::std::convert::From<&str> for ServiceEnvironmentState {
    fn from(s: &str) -> Self {
        match s {
            "ENABLED" => Self::Enabled,
            "DISABLED" => Self::Disabled,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(ServiceEnvironmentState);
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
pub enum ServiceEnvironmentStatus {
    /// `CREATING`
    Creating,
    /// `UPDATING`
    Updating,
    /// `DELETING`
    Deleting,
    /// `DELETED`
    Deleted,
    /// `VALID`
    Valid,
    /// `INVALID`
    Invalid,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl ServiceEnvironmentStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Creating => "CREATING",
            Self::Updating => "UPDATING",
            Self::Deleting => "DELETING",
            Self::Deleted => "DELETED",
            Self::Valid => "VALID",
            Self::Invalid => "INVALID",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["CREATING", "UPDATING", "DELETING", "DELETED", "VALID", "INVALID"]
    }
}
impl ::std::convert::From<&str> for ServiceEnvironmentStatus {
    fn from(s: &str) -> Self {
        match s {
            "CREATING" => Self::Creating,
            "UPDATING" => Self::Updating,
            "DELETING" => Self::Deleting,
            "DELETED" => Self::Deleted,
            "VALID" => Self::Valid,
            "INVALID" => Self::Invalid,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(ServiceEnvironmentStatus);
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
pub enum ServiceEnvironmentType {
    /// `SAGEMAKER_TRAINING`
    SagemakerTraining,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl ServiceEnvironmentType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::SagemakerTraining => "SAGEMAKER_TRAINING",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["SAGEMAKER_TRAINING"]
    }
}
impl ::std::convert::From<&str> for ServiceEnvironmentType {
    fn from(s: &str) -> Self {
        match s {
            "SAGEMAKER_TRAINING" => Self::SagemakerTraining,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(ServiceEnvironmentType);
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
pub struct ServiceJobAttemptDetail {
    #[serde(rename = "serviceResourceId", default)]
    pub service_resource_id: ::std::option::Option<crate::types::ServiceResourceId>,
    #[serde(rename = "startedAt", default)]
    pub started_at: ::std::option::Option<i64>,
    #[serde(rename = "statusReason", default)]
    pub status_reason: ::std::option::Option<::std::string::String>,
    #[serde(rename = "stoppedAt", default)]
    pub stopped_at: ::std::option::Option<i64>,
}
impl ServiceJobAttemptDetail {
    /// A new [`ServiceJobAttemptDetailBuilder`](crate::types::builders::ServiceJobAttemptDetailBuilder).
    pub fn builder() -> crate::types::builders::ServiceJobAttemptDetailBuilder {
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
pub struct ServiceJobCapacityUsageDetail {
    #[serde(rename = "capacityUnit", default)]
    pub capacity_unit: ::std::option::Option<::std::string::String>,
    #[serde(rename = "quantity", default)]
    pub quantity: ::std::option::Option<f64>,
}
impl ServiceJobCapacityUsageDetail {
    /// A new [`ServiceJobCapacityUsageDetailBuilder`](crate::types::builders::ServiceJobCapacityUsageDetailBuilder).
    pub fn builder() -> crate::types::builders::ServiceJobCapacityUsageDetailBuilder {
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
pub struct ServiceJobCapacityUsageSummary {
    #[serde(rename = "capacityUnit", default)]
    pub capacity_unit: ::std::option::Option<::std::string::String>,
    #[serde(rename = "quantity", default)]
    pub quantity: ::std::option::Option<f64>,
}
impl ServiceJobCapacityUsageSummary {
    /// A new [`ServiceJobCapacityUsageSummaryBuilder`](crate::types::builders::ServiceJobCapacityUsageSummaryBuilder).
    pub fn builder() -> crate::types::builders::ServiceJobCapacityUsageSummaryBuilder {
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
pub struct ServiceJobEvaluateOnExit {
    #[serde(
        rename = "action",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub action: ::std::option::Option<crate::types::ServiceJobRetryAction>,
    #[serde(
        rename = "onStatusReason",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub on_status_reason: ::std::option::Option<::std::string::String>,
}
impl ServiceJobEvaluateOnExit {
    /// A new [`ServiceJobEvaluateOnExitBuilder`](crate::types::builders::ServiceJobEvaluateOnExitBuilder).
    pub fn builder() -> crate::types::builders::ServiceJobEvaluateOnExitBuilder {
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
pub struct ServiceJobPreemptedAttempt {
    #[serde(rename = "serviceResourceId", default)]
    pub service_resource_id: ::std::option::Option<crate::types::ServiceResourceId>,
    #[serde(rename = "startedAt", default)]
    pub started_at: ::std::option::Option<i64>,
    #[serde(rename = "statusReason", default)]
    pub status_reason: ::std::option::Option<::std::string::String>,
    #[serde(rename = "stoppedAt", default)]
    pub stopped_at: ::std::option::Option<i64>,
}
impl ServiceJobPreemptedAttempt {
    /// A new [`ServiceJobPreemptedAttemptBuilder`](crate::types::builders::ServiceJobPreemptedAttemptBuilder).
    pub fn builder() -> crate::types::builders::ServiceJobPreemptedAttemptBuilder {
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
pub struct ServiceJobPreemptionConfiguration {
    #[serde(
        rename = "preemptionRetriesBeforeTermination",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub preemption_retries_before_termination: ::std::option::Option<i64>,
}
impl ServiceJobPreemptionConfiguration {
    /// A new [`ServiceJobPreemptionConfigurationBuilder`](crate::types::builders::ServiceJobPreemptionConfigurationBuilder).
    pub fn builder() -> crate::types::builders::ServiceJobPreemptionConfigurationBuilder {
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
pub struct ServiceJobPreemptionSummary {
    #[serde(rename = "preemptedAttemptCount", default)]
    pub preempted_attempt_count: ::std::option::Option<i64>,
    #[serde(rename = "recentPreemptedAttempts", default)]
    pub recent_preempted_attempts: ::std::option::Option<
        ::std::vec::Vec<crate::types::ServiceJobPreemptedAttempt>,
    >,
}
impl ServiceJobPreemptionSummary {
    /// A new [`ServiceJobPreemptionSummaryBuilder`](crate::types::builders::ServiceJobPreemptionSummaryBuilder).
    pub fn builder() -> crate::types::builders::ServiceJobPreemptionSummaryBuilder {
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
pub enum ServiceJobRetryAction {
    /// `RETRY`
    Retry,
    /// `EXIT`
    Exit,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl ServiceJobRetryAction {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Retry => "RETRY",
            Self::Exit => "EXIT",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["RETRY", "EXIT"]
    }
}
impl ::std::convert::From<&str> for ServiceJobRetryAction {
    fn from(s: &str) -> Self {
        match s {
            "RETRY" => Self::Retry,
            "EXIT" => Self::Exit,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(ServiceJobRetryAction);
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
pub struct ServiceJobRetryStrategy {
    #[serde(rename = "attempts", default)]
    pub attempts: i64,
    #[serde(
        rename = "evaluateOnExit",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub evaluate_on_exit: ::std::option::Option<
        ::std::vec::Vec<crate::types::ServiceJobEvaluateOnExit>,
    >,
}
impl ServiceJobRetryStrategy {
    /// A new [`ServiceJobRetryStrategyBuilder`](crate::types::builders::ServiceJobRetryStrategyBuilder).
    pub fn builder() -> crate::types::builders::ServiceJobRetryStrategyBuilder {
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
pub enum ServiceJobStatus {
    /// `SUBMITTED`
    Submitted,
    /// `PENDING`
    Pending,
    /// `RUNNABLE`
    Runnable,
    /// `SCHEDULED`
    Scheduled,
    /// `STARTING`
    Starting,
    /// `RUNNING`
    Running,
    /// `SUCCEEDED`
    Succeeded,
    /// `FAILED`
    Failed,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl ServiceJobStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Submitted => "SUBMITTED",
            Self::Pending => "PENDING",
            Self::Runnable => "RUNNABLE",
            Self::Scheduled => "SCHEDULED",
            Self::Starting => "STARTING",
            Self::Running => "RUNNING",
            Self::Succeeded => "SUCCEEDED",
            Self::Failed => "FAILED",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &[
            "SUBMITTED",
            "PENDING",
            "RUNNABLE",
            "SCHEDULED",
            "STARTING",
            "RUNNING",
            "SUCCEEDED",
            "FAILED",
        ]
    }
}
impl ::std::convert::From<&str> for ServiceJobStatus {
    fn from(s: &str) -> Self {
        match s {
            "SUBMITTED" => Self::Submitted,
            "PENDING" => Self::Pending,
            "RUNNABLE" => Self::Runnable,
            "SCHEDULED" => Self::Scheduled,
            "STARTING" => Self::Starting,
            "RUNNING" => Self::Running,
            "SUCCEEDED" => Self::Succeeded,
            "FAILED" => Self::Failed,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(ServiceJobStatus);
/// From AWS's model: the apis.guru spec lacks it, and the model has no
/// documentation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ServiceJobSummary {
    #[serde(rename = "capacityUsage", default)]
    pub capacity_usage: ::std::option::Option<
        ::std::vec::Vec<crate::types::ServiceJobCapacityUsageSummary>,
    >,
    #[serde(rename = "createdAt", default)]
    pub created_at: ::std::option::Option<i64>,
    #[serde(rename = "isTerminated", default)]
    pub is_terminated: ::std::option::Option<bool>,
    #[serde(rename = "jobArn", default)]
    pub job_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "jobId", default)]
    pub job_id: ::std::string::String,
    #[serde(rename = "jobName", default)]
    pub job_name: ::std::string::String,
    #[serde(rename = "latestAttempt", default)]
    pub latest_attempt: ::std::option::Option<crate::types::LatestServiceJobAttempt>,
    #[serde(rename = "quotaShareName", default)]
    pub quota_share_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "scheduledAt", default)]
    pub scheduled_at: ::std::option::Option<i64>,
    #[serde(rename = "serviceJobType")]
    pub service_job_type: crate::types::ServiceJobType,
    #[serde(rename = "shareIdentifier", default)]
    pub share_identifier: ::std::option::Option<::std::string::String>,
    #[serde(rename = "startedAt", default)]
    pub started_at: ::std::option::Option<i64>,
    #[serde(rename = "status", default)]
    pub status: ::std::option::Option<crate::types::ServiceJobStatus>,
    #[serde(rename = "statusReason", default)]
    pub status_reason: ::std::option::Option<::std::string::String>,
    #[serde(rename = "stoppedAt", default)]
    pub stopped_at: ::std::option::Option<i64>,
}
impl ServiceJobSummary {
    /// A new [`ServiceJobSummaryBuilder`](crate::types::builders::ServiceJobSummaryBuilder).
    pub fn builder() -> crate::types::builders::ServiceJobSummaryBuilder {
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
pub struct ServiceJobTimeout {
    #[serde(
        rename = "attemptDurationSeconds",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub attempt_duration_seconds: ::std::option::Option<i64>,
}
impl ServiceJobTimeout {
    /// A new [`ServiceJobTimeoutBuilder`](crate::types::builders::ServiceJobTimeoutBuilder).
    pub fn builder() -> crate::types::builders::ServiceJobTimeoutBuilder {
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
pub enum ServiceJobType {
    /// `SAGEMAKER_TRAINING`
    SagemakerTraining,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl ServiceJobType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::SagemakerTraining => "SAGEMAKER_TRAINING",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["SAGEMAKER_TRAINING"]
    }
}
impl ::std::convert::From<&str> for ServiceJobType {
    fn from(s: &str) -> Self {
        match s {
            "SAGEMAKER_TRAINING" => Self::SagemakerTraining,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(ServiceJobType);
/// From AWS's model: the apis.guru spec lacks it, and the model has no
/// documentation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ServiceResourceId {
    #[serde(rename = "name")]
    pub name: crate::types::ServiceResourceIdName,
    #[serde(rename = "value", default)]
    pub value: ::std::string::String,
}
impl ServiceResourceId {
    /// A new [`ServiceResourceIdBuilder`](crate::types::builders::ServiceResourceIdBuilder).
    pub fn builder() -> crate::types::builders::ServiceResourceIdBuilder {
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
pub enum ServiceResourceIdName {
    /// `TrainingJobArn`
    TrainingJobArn,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl ServiceResourceIdName {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::TrainingJobArn => "TrainingJobArn",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["TrainingJobArn"]
    }
}
impl ::std::convert::From<&str> for ServiceResourceIdName {
    fn from(s: &str) -> Self {
        match s {
            "TrainingJobArn" => Self::TrainingJobArn,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(ServiceResourceIdName);
/// Specifies the weights for the fair share identifiers for the fair share policy.
/// Fair share identifiers that aren't included have a default weight of `1.0`.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ShareAttributes {
    /// A fair share identifier or fair share identifier prefix. If the string ends with
    /// an asterisk (\*), this entry specifies the weight factor to use for fair share
    /// identifiers that start with that prefix. The list of fair share identifiers in a
    /// fair share policy can't overlap. For example, you can't have one that specifies
    /// a `shareIdentifier` of `UserA*` and another that specifies a `shareIdentifier`
    /// of `UserA-1`.
    ///
    /// There can be no more than 500 fair share identifiers active in a job queue.
    ///
    /// The string is limited to 255 alphanumeric characters, and can be followed by an
    /// asterisk (\*).
    #[serde(rename = "shareIdentifier", default)]
    pub share_identifier: ::std::string::String,
    /// The weight factor for the fair share identifier. The default value is 1.0. A
    /// lower value has a higher priority for compute resources. For example, jobs that
    /// use a share identifier with a weight factor of 0.125 (1/8) get 8 times the
    /// compute resources of jobs that use a share identifier with a weight factor of 1.
    ///
    /// The smallest supported value is 0.0001, and the largest supported value is
    /// 999.9999.
    #[serde(
        rename = "weightFactor",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub weight_factor: ::std::option::Option<f32>,
}
impl ShareAttributes {
    /// A new [`ShareAttributesBuilder`](crate::types::builders::ShareAttributesBuilder).
    pub fn builder() -> crate::types::builders::ShareAttributesBuilder {
        ::std::default::Default::default()
    }
}
/// Contains the parameters for `SubmitJob`.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct SubmitJobRequest {
    /// The array properties for the submitted job, such as the size of the array. The
    /// array size can be between 2 and 10,000. If you specify array properties for a
    /// job, it becomes an array job. For more information, see [Array
    /// Jobs](https://docs.aws.amazon.com/batch/latest/userguide/array_jobs.html) in the
    /// *Batch User Guide*.
    #[serde(
        rename = "arrayProperties",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub array_properties: ::std::option::Option<crate::types::ArrayProperties>,
    /// An object with various properties that override the defaults for the job
    /// definition that specify the name of a container in the specified job definition
    /// and the overrides it should receive. You can override the default command for a
    /// container, which is specified in the job definition or the Docker image, with a
    /// `command` override. You can also override existing environment variables on a
    /// container or add new environment variables to it with an `environment` override.
    #[serde(
        rename = "containerOverrides",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub container_overrides: ::std::option::Option<crate::types::ContainerOverrides>,
    /// A list of dependencies for the job. A job can depend upon a maximum of 20 jobs.
    /// You can specify a `SEQUENTIAL` type dependency without specifying a job ID for
    /// array jobs so that each child array job completes sequentially, starting at
    /// index 0. You can also specify an `N_TO_N` type dependency with a job ID for
    /// array jobs. In that case, each index child of this job must wait for the
    /// corresponding index child of each dependency to complete before it can begin.
    #[serde(
        rename = "dependsOn",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub depends_on: ::std::option::Option<::std::vec::Vec<crate::types::JobDependency>>,
    /// An object that can only be specified for jobs that are run on Amazon EKS
    /// resources with various properties that override defaults for the job definition.
    #[serde(
        rename = "eksPropertiesOverride",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub eks_properties_override: ::std::option::Option<
        crate::types::EksPropertiesOverride,
    >,
    /// The job definition used by this job. This value can be one of `definition-name`,
    /// `definition-name:revision`, or the Amazon Resource Name (ARN) for the job
    /// definition, with or without the revision
    /// (`arn:aws:batch:region:account:job-definition/definition-name:revision`, or
    /// `arn:aws:batch:region:account:job-definition/definition-name`).
    ///
    /// If the revision is not specified, then the latest active revision is used.
    #[serde(rename = "jobDefinition")]
    pub job_definition: ::std::string::String,
    /// The name of the job. It can be up to 128 letters long. The first character must
    /// be alphanumeric, can contain uppercase and lowercase letters, numbers, hyphens
    /// (-), and underscores (\_).
    #[serde(rename = "jobName")]
    pub job_name: ::std::string::String,
    /// The job queue where the job is submitted. You can specify either the name or the
    /// Amazon Resource Name (ARN) of the queue.
    #[serde(rename = "jobQueue")]
    pub job_queue: ::std::string::String,
    /// A list of node overrides in JSON format that specify the node range to target
    /// and the container overrides for that node range.
    ///
    /// **Note:** This parameter isn't applicable to jobs that are running on Fargate
    /// resources; use `containerOverrides` instead.
    #[serde(
        rename = "nodeOverrides",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub node_overrides: ::std::option::Option<crate::types::NodeOverrides>,
    /// Additional parameters passed to the job that replace parameter substitution
    /// placeholders that are set in the job definition. Parameters are specified as a
    /// key and value pair mapping. Parameters in a `SubmitJob` request override any
    /// corresponding parameter defaults from the job definition.
    #[serde(
        rename = "parameters",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub parameters: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    /// Specifies whether to propagate the tags from the job or job definition to the
    /// corresponding Amazon ECS task. If no value is specified, the tags aren't
    /// propagated. Tags can only be propagated to the tasks during task creation. For
    /// tags with the same name, job tags are given priority over job definitions tags.
    /// If the total number of combined tags from the job and job definition is over 50,
    /// the job is moved to the `FAILED` state. When specified, this overrides the tag
    /// propagation setting in the job definition.
    #[serde(
        rename = "propagateTags",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub propagate_tags: ::std::option::Option<bool>,
    /// The retry strategy to use for failed jobs from this SubmitJob operation. When a
    /// retry strategy is specified here, it overrides the retry strategy defined in the
    /// job definition.
    #[serde(
        rename = "retryStrategy",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub retry_strategy: ::std::option::Option<crate::types::RetryStrategy>,
    /// The scheduling priority for the job. This only affects jobs in job queues with a
    /// fair share policy. Jobs with a higher scheduling priority are scheduled before
    /// jobs with a lower scheduling priority. This overrides any scheduling priority in
    /// the job definition.
    ///
    /// The minimum supported value is 0 and the maximum supported value is 9999.
    #[serde(
        rename = "schedulingPriorityOverride",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub scheduling_priority_override: ::std::option::Option<i64>,
    /// The share identifier for the job. Don't specify this parameter if the job queue
    /// doesn't have a scheduling policy. If the job queue has a scheduling policy, then
    /// this parameter must be specified.
    ///
    /// This string is limited to 255 alphanumeric characters, and can be followed by an
    /// asterisk (\*).
    #[serde(
        rename = "shareIdentifier",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub share_identifier: ::std::option::Option<::std::string::String>,
    /// The tags that you apply to the job request to help you categorize and organize
    /// your resources. Each tag consists of a key and an optional value. For more
    /// information, see [Tagging Amazon Web Services
    /// Resources](https://docs.aws.amazon.com/general/latest/gr/aws_tagging.html) in
    /// *Amazon Web Services General Reference*.
    #[serde(
        rename = "tags",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    /// The timeout configuration for this SubmitJob operation. You can specify a
    /// timeout duration after which Batch terminates your jobs if they haven't
    /// finished. If a job is terminated due to a timeout, it isn't retried. The minimum
    /// value for the timeout is 60 seconds. This configuration overrides any timeout
    /// configuration specified in the job definition. For array jobs, child jobs have
    /// the same timeout configuration as the parent job. For more information, see [Job
    /// Timeouts](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/job_timeouts.html)
    /// in the *Amazon Elastic Container Service Developer Guide*.
    #[serde(
        rename = "timeout",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub timeout: ::std::option::Option<crate::types::JobTimeout>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "consumableResourcePropertiesOverride",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub consumable_resource_properties_override: ::std::option::Option<
        crate::types::ConsumableResourceProperties,
    >,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "ecsPropertiesOverride",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ecs_properties_override: ::std::option::Option<
        crate::types::EcsPropertiesOverride,
    >,
}
impl SubmitJobRequest {
    /// A new [`SubmitJobRequestBuilder`](crate::types::builders::SubmitJobRequestBuilder).
    pub fn builder() -> crate::types::builders::SubmitJobRequestBuilder {
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
pub struct SubmitJobResponse {
    /// The Amazon Resource Name (ARN) for the job.
    #[serde(rename = "jobArn", default)]
    pub job_arn: ::std::option::Option<::std::string::String>,
    /// The unique identifier for the job.
    #[serde(rename = "jobId", default)]
    pub job_id: ::std::string::String,
    /// The name of the job.
    #[serde(rename = "jobName", default)]
    pub job_name: ::std::string::String,
}
impl SubmitJobResponse {
    /// A new [`SubmitJobResponseBuilder`](crate::types::builders::SubmitJobResponseBuilder).
    pub fn builder() -> crate::types::builders::SubmitJobResponseBuilder {
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
pub struct SubmitServiceJobRequest {
    /// If not set, `send()` fills it with a random UUID (version 4), as the AWS SDKs
    /// do; every retry of that call sends the same one.
    #[serde(
        rename = "clientToken",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub client_token: ::std::option::Option<::std::string::String>,
    #[serde(rename = "jobName")]
    pub job_name: ::std::string::String,
    #[serde(rename = "jobQueue")]
    pub job_queue: ::std::string::String,
    #[serde(
        rename = "preemptionConfiguration",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub preemption_configuration: ::std::option::Option<
        crate::types::ServiceJobPreemptionConfiguration,
    >,
    #[serde(
        rename = "quotaShareName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub quota_share_name: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "retryStrategy",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub retry_strategy: ::std::option::Option<crate::types::ServiceJobRetryStrategy>,
    #[serde(
        rename = "schedulingPriority",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub scheduling_priority: ::std::option::Option<i64>,
    #[serde(rename = "serviceJobType")]
    pub service_job_type: crate::types::ServiceJobType,
    #[serde(rename = "serviceRequestPayload")]
    pub service_request_payload: ::std::string::String,
    #[serde(
        rename = "shareIdentifier",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub share_identifier: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "tags",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    #[serde(
        rename = "timeoutConfig",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub timeout_config: ::std::option::Option<crate::types::ServiceJobTimeout>,
}
impl SubmitServiceJobRequest {
    /// A new [`SubmitServiceJobRequestBuilder`](crate::types::builders::SubmitServiceJobRequestBuilder).
    pub fn builder() -> crate::types::builders::SubmitServiceJobRequestBuilder {
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
pub struct SubmitServiceJobResponse {
    #[serde(rename = "jobArn", default)]
    pub job_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "jobId", default)]
    pub job_id: ::std::string::String,
    #[serde(rename = "jobName", default)]
    pub job_name: ::std::string::String,
}
impl SubmitServiceJobResponse {
    /// A new [`SubmitServiceJobResponseBuilder`](crate::types::builders::SubmitServiceJobResponseBuilder).
    pub fn builder() -> crate::types::builders::SubmitServiceJobResponseBuilder {
        ::std::default::Default::default()
    }
}
/// Contains the parameters for `TagResource`.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct TagResourceRequest {
    /// The Amazon Resource Name (ARN) of the resource that tags are added to. Batch
    /// resources that support tags are compute environments, jobs, job definitions, job
    /// queues, and scheduling policies. ARNs for child jobs of array and multi-node
    /// parallel (MNP) jobs aren't supported.
    #[serde(skip)]
    pub resource_arn: ::std::string::String,
    /// The tags that you apply to the resource to help you categorize and organize your
    /// resources. Each tag consists of a key and an optional value. For more
    /// information, see [Tagging Amazon Web Services
    /// Resources](https://docs.aws.amazon.com/general/latest/gr/aws_tagging.html) in
    /// *Amazon Web Services General Reference*.
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
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct TagResourceResponse {}
impl TagResourceResponse {
    /// A new [`TagResourceResponseBuilder`](crate::types::builders::TagResourceResponseBuilder).
    pub fn builder() -> crate::types::builders::TagResourceResponseBuilder {
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
pub struct TaskContainerDependency {
    #[serde(
        rename = "condition",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub condition: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "containerName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub container_name: ::std::option::Option<::std::string::String>,
}
impl TaskContainerDependency {
    /// A new [`TaskContainerDependencyBuilder`](crate::types::builders::TaskContainerDependencyBuilder).
    pub fn builder() -> crate::types::builders::TaskContainerDependencyBuilder {
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
pub struct TaskContainerDetails {
    #[serde(rename = "command", default)]
    pub command: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "dependsOn", default)]
    pub depends_on: ::std::option::Option<
        ::std::vec::Vec<crate::types::TaskContainerDependency>,
    >,
    #[serde(rename = "environment", default)]
    pub environment: ::std::option::Option<::std::vec::Vec<crate::types::KeyValuePair>>,
    #[serde(rename = "essential", default)]
    pub essential: ::std::option::Option<bool>,
    #[serde(rename = "exitCode", default)]
    pub exit_code: ::std::option::Option<i64>,
    #[serde(rename = "firelensConfiguration", default)]
    pub firelens_configuration: ::std::option::Option<
        crate::types::FirelensConfiguration,
    >,
    #[serde(rename = "image", default)]
    pub image: ::std::option::Option<::std::string::String>,
    #[serde(rename = "linuxParameters", default)]
    pub linux_parameters: ::std::option::Option<crate::types::LinuxParameters>,
    #[serde(rename = "logConfiguration", default)]
    pub log_configuration: ::std::option::Option<crate::types::LogConfiguration>,
    #[serde(rename = "logStreamName", default)]
    pub log_stream_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "mountPoints", default)]
    pub mount_points: ::std::option::Option<::std::vec::Vec<crate::types::MountPoint>>,
    #[serde(rename = "name", default)]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "networkInterfaces", default)]
    pub network_interfaces: ::std::option::Option<
        ::std::vec::Vec<crate::types::NetworkInterface>,
    >,
    #[serde(rename = "privileged", default)]
    pub privileged: ::std::option::Option<bool>,
    #[serde(rename = "readonlyRootFilesystem", default)]
    pub readonly_root_filesystem: ::std::option::Option<bool>,
    #[serde(rename = "reason", default)]
    pub reason: ::std::option::Option<::std::string::String>,
    #[serde(rename = "repositoryCredentials", default)]
    pub repository_credentials: ::std::option::Option<
        crate::types::RepositoryCredentials,
    >,
    #[serde(rename = "resourceRequirements", default)]
    pub resource_requirements: ::std::option::Option<
        ::std::vec::Vec<crate::types::ResourceRequirement>,
    >,
    #[serde(rename = "secrets", default)]
    pub secrets: ::std::option::Option<::std::vec::Vec<crate::types::Secret>>,
    #[serde(rename = "startTimeout", default)]
    pub start_timeout: ::std::option::Option<i64>,
    #[serde(rename = "stopTimeout", default)]
    pub stop_timeout: ::std::option::Option<i64>,
    #[serde(rename = "ulimits", default)]
    pub ulimits: ::std::option::Option<::std::vec::Vec<crate::types::Ulimit>>,
    #[serde(rename = "user", default)]
    pub user: ::std::option::Option<::std::string::String>,
}
impl TaskContainerDetails {
    /// A new [`TaskContainerDetailsBuilder`](crate::types::builders::TaskContainerDetailsBuilder).
    pub fn builder() -> crate::types::builders::TaskContainerDetailsBuilder {
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
pub struct TaskContainerOverrides {
    #[serde(
        rename = "command",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub command: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(
        rename = "environment",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub environment: ::std::option::Option<::std::vec::Vec<crate::types::KeyValuePair>>,
    #[serde(
        rename = "name",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "resourceRequirements",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_requirements: ::std::option::Option<
        ::std::vec::Vec<crate::types::ResourceRequirement>,
    >,
}
impl TaskContainerOverrides {
    /// A new [`TaskContainerOverridesBuilder`](crate::types::builders::TaskContainerOverridesBuilder).
    pub fn builder() -> crate::types::builders::TaskContainerOverridesBuilder {
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
pub struct TaskContainerProperties {
    #[serde(
        rename = "command",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub command: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(
        rename = "dependsOn",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub depends_on: ::std::option::Option<
        ::std::vec::Vec<crate::types::TaskContainerDependency>,
    >,
    #[serde(
        rename = "environment",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub environment: ::std::option::Option<::std::vec::Vec<crate::types::KeyValuePair>>,
    #[serde(
        rename = "essential",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub essential: ::std::option::Option<bool>,
    #[serde(
        rename = "firelensConfiguration",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub firelens_configuration: ::std::option::Option<
        crate::types::FirelensConfiguration,
    >,
    #[serde(rename = "image", default)]
    pub image: ::std::string::String,
    #[serde(
        rename = "linuxParameters",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub linux_parameters: ::std::option::Option<crate::types::LinuxParameters>,
    #[serde(
        rename = "logConfiguration",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub log_configuration: ::std::option::Option<crate::types::LogConfiguration>,
    #[serde(
        rename = "mountPoints",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub mount_points: ::std::option::Option<::std::vec::Vec<crate::types::MountPoint>>,
    #[serde(
        rename = "name",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "privileged",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub privileged: ::std::option::Option<bool>,
    #[serde(
        rename = "readonlyRootFilesystem",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub readonly_root_filesystem: ::std::option::Option<bool>,
    #[serde(
        rename = "repositoryCredentials",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub repository_credentials: ::std::option::Option<
        crate::types::RepositoryCredentials,
    >,
    #[serde(
        rename = "resourceRequirements",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_requirements: ::std::option::Option<
        ::std::vec::Vec<crate::types::ResourceRequirement>,
    >,
    #[serde(
        rename = "secrets",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub secrets: ::std::option::Option<::std::vec::Vec<crate::types::Secret>>,
    #[serde(
        rename = "startTimeout",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub start_timeout: ::std::option::Option<i64>,
    #[serde(
        rename = "stopTimeout",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub stop_timeout: ::std::option::Option<i64>,
    #[serde(
        rename = "ulimits",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ulimits: ::std::option::Option<::std::vec::Vec<crate::types::Ulimit>>,
    #[serde(
        rename = "user",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub user: ::std::option::Option<::std::string::String>,
}
impl TaskContainerProperties {
    /// A new [`TaskContainerPropertiesBuilder`](crate::types::builders::TaskContainerPropertiesBuilder).
    pub fn builder() -> crate::types::builders::TaskContainerPropertiesBuilder {
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
pub struct TaskPropertiesOverride {
    #[serde(
        rename = "containers",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub containers: ::std::option::Option<
        ::std::vec::Vec<crate::types::TaskContainerOverrides>,
    >,
}
impl TaskPropertiesOverride {
    /// A new [`TaskPropertiesOverrideBuilder`](crate::types::builders::TaskPropertiesOverrideBuilder).
    pub fn builder() -> crate::types::builders::TaskPropertiesOverrideBuilder {
        ::std::default::Default::default()
    }
}
/// Contains the parameters for `TerminateJob`.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct TerminateJobRequest {
    /// The Batch job ID of the job to terminate.
    #[serde(rename = "jobId")]
    pub job_id: ::std::string::String,
    /// A message to attach to the job that explains the reason for canceling it. This
    /// message is returned by future DescribeJobs operations on the job. This message
    /// is also recorded in the Batch activity logs.
    #[serde(rename = "reason")]
    pub reason: ::std::string::String,
}
impl TerminateJobRequest {
    /// A new [`TerminateJobRequestBuilder`](crate::types::builders::TerminateJobRequestBuilder).
    pub fn builder() -> crate::types::builders::TerminateJobRequestBuilder {
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
pub struct TerminateJobResponse {}
impl TerminateJobResponse {
    /// A new [`TerminateJobResponseBuilder`](crate::types::builders::TerminateJobResponseBuilder).
    pub fn builder() -> crate::types::builders::TerminateJobResponseBuilder {
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
pub struct TerminateJobsErrorDetail {
    #[serde(rename = "code", default)]
    pub code: ::std::string::String,
    #[serde(rename = "job", default)]
    pub job: ::std::string::String,
    #[serde(rename = "message", default, alias = "Message")]
    pub message: ::std::string::String,
}
impl TerminateJobsErrorDetail {
    /// A new [`TerminateJobsErrorDetailBuilder`](crate::types::builders::TerminateJobsErrorDetailBuilder).
    pub fn builder() -> crate::types::builders::TerminateJobsErrorDetailBuilder {
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
pub struct TerminateJobsRequest {
    #[serde(rename = "jobs")]
    pub jobs: ::std::vec::Vec<::std::string::String>,
    #[serde(rename = "reason")]
    pub reason: ::std::string::String,
}
impl TerminateJobsRequest {
    /// A new [`TerminateJobsRequestBuilder`](crate::types::builders::TerminateJobsRequestBuilder).
    pub fn builder() -> crate::types::builders::TerminateJobsRequestBuilder {
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
pub struct TerminateJobsResponse {
    #[serde(rename = "errors", default)]
    pub errors: ::std::vec::Vec<crate::types::TerminateJobsErrorDetail>,
    #[serde(rename = "successful", default)]
    pub successful: ::std::vec::Vec<::std::string::String>,
}
impl TerminateJobsResponse {
    /// A new [`TerminateJobsResponseBuilder`](crate::types::builders::TerminateJobsResponseBuilder).
    pub fn builder() -> crate::types::builders::TerminateJobsResponseBuilder {
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
pub struct TerminateServiceJobRequest {
    #[serde(rename = "jobId")]
    pub job_id: ::std::string::String,
    #[serde(rename = "reason")]
    pub reason: ::std::string::String,
}
impl TerminateServiceJobRequest {
    /// A new [`TerminateServiceJobRequestBuilder`](crate::types::builders::TerminateServiceJobRequestBuilder).
    pub fn builder() -> crate::types::builders::TerminateServiceJobRequestBuilder {
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
pub struct TerminateServiceJobResponse {}
impl TerminateServiceJobResponse {
    /// A new [`TerminateServiceJobResponseBuilder`](crate::types::builders::TerminateServiceJobResponseBuilder).
    pub fn builder() -> crate::types::builders::TerminateServiceJobResponseBuilder {
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
pub struct TerminateServiceJobsErrorDetail {
    #[serde(rename = "code", default)]
    pub code: ::std::string::String,
    #[serde(rename = "job", default)]
    pub job: ::std::string::String,
    #[serde(rename = "message", default, alias = "Message")]
    pub message: ::std::string::String,
}
impl TerminateServiceJobsErrorDetail {
    /// A new [`TerminateServiceJobsErrorDetailBuilder`](crate::types::builders::TerminateServiceJobsErrorDetailBuilder).
    pub fn builder() -> crate::types::builders::TerminateServiceJobsErrorDetailBuilder {
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
pub struct TerminateServiceJobsRequest {
    #[serde(rename = "jobs")]
    pub jobs: ::std::vec::Vec<::std::string::String>,
    #[serde(rename = "reason")]
    pub reason: ::std::string::String,
}
impl TerminateServiceJobsRequest {
    /// A new [`TerminateServiceJobsRequestBuilder`](crate::types::builders::TerminateServiceJobsRequestBuilder).
    pub fn builder() -> crate::types::builders::TerminateServiceJobsRequestBuilder {
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
pub struct TerminateServiceJobsResponse {
    #[serde(rename = "errors", default)]
    pub errors: ::std::vec::Vec<crate::types::TerminateServiceJobsErrorDetail>,
    #[serde(rename = "successful", default)]
    pub successful: ::std::vec::Vec<::std::string::String>,
}
impl TerminateServiceJobsResponse {
    /// A new [`TerminateServiceJobsResponseBuilder`](crate::types::builders::TerminateServiceJobsResponseBuilder).
    pub fn builder() -> crate::types::builders::TerminateServiceJobsResponseBuilder {
        ::std::default::Default::default()
    }
}
/// The container path, mount options, and size of the `tmpfs` mount.
///
/// **Note:** This object isn't applicable to jobs that are running on Fargate
/// resources.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct Tmpfs {
    /// The absolute file path in the container where the `tmpfs` volume is mounted.
    #[serde(rename = "containerPath", default)]
    pub container_path: ::std::string::String,
    /// The list of `tmpfs` volume mount options.
    ///
    /// Valid values: "`defaults`" \| "`ro`" \| "`rw`" \| "`suid`" \| "`nosuid`" \|
    /// "`dev`" \| "`nodev`" \| "`exec`" \| "`noexec`" \| "`sync`" \| "`async`" \|
    /// "`dirsync`" \| "`remount`" \| "`mand`" \| "`nomand`" \| "`atime`" \| "`noatime`"
    /// \| "`diratime`" \| "`nodiratime`" \| "`bind`" \|
    /// "`rbind" | "unbindable" | "runbindable" | "private" | "rprivate" | "shared" | "rshared" | "slave" | "rslave" | "relatime`"
    /// \| "`norelatime`" \| "`strictatime`" \| "`nostrictatime`" \| "`mode`" \| "`uid`"
    /// \| "`gid`" \| "`nr_inodes`" \| "`nr_blocks`" \| "`mpol`"
    #[serde(
        rename = "mountOptions",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub mount_options: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// The size (in MiB) of the `tmpfs` volume.
    #[serde(rename = "size", default)]
    pub size: i64,
}
impl Tmpfs {
    /// A new [`TmpfsBuilder`](crate::types::builders::TmpfsBuilder).
    pub fn builder() -> crate::types::builders::TmpfsBuilder {
        ::std::default::Default::default()
    }
}
/// The `ulimit` settings to pass to the container.
///
/// **Note:** This object isn't applicable to jobs that are running on Fargate
/// resources.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct Ulimit {
    /// The hard limit for the `ulimit` type.
    #[serde(rename = "hardLimit", default)]
    pub hard_limit: i64,
    /// The `type` of the `ulimit`.
    #[serde(rename = "name", default)]
    pub name: ::std::string::String,
    /// The soft limit for the `ulimit` type.
    #[serde(rename = "softLimit", default)]
    pub soft_limit: i64,
}
impl Ulimit {
    /// A new [`UlimitBuilder`](crate::types::builders::UlimitBuilder).
    pub fn builder() -> crate::types::builders::UlimitBuilder {
        ::std::default::Default::default()
    }
}
/// Contains the parameters for `UntagResource`.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct UntagResourceRequest {
    /// The Amazon Resource Name (ARN) of the resource from which to delete tags. Batch
    /// resources that support tags are compute environments, jobs, job definitions, job
    /// queues, and scheduling policies. ARNs for child jobs of array and multi-node
    /// parallel (MNP) jobs aren't supported.
    #[serde(skip)]
    pub resource_arn: ::std::string::String,
    /// The keys of the tags to be removed.
    #[serde(skip)]
    pub tag_keys: ::std::vec::Vec<::std::string::String>,
}
impl UntagResourceRequest {
    /// A new [`UntagResourceRequestBuilder`](crate::types::builders::UntagResourceRequestBuilder).
    pub fn builder() -> crate::types::builders::UntagResourceRequestBuilder {
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
pub struct UntagResourceResponse {}
impl UntagResourceResponse {
    /// A new [`UntagResourceResponseBuilder`](crate::types::builders::UntagResourceResponseBuilder).
    pub fn builder() -> crate::types::builders::UntagResourceResponseBuilder {
        ::std::default::Default::default()
    }
}
/// Contains the parameters for `UpdateComputeEnvironment`.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct UpdateComputeEnvironmentRequest {
    /// The name or full Amazon Resource Name (ARN) of the compute environment to
    /// update.
    #[serde(rename = "computeEnvironment")]
    pub compute_environment: ::std::string::String,
    /// Details of the compute resources managed by the compute environment. Required
    /// for a managed compute environment. For more information, see [Compute
    /// Environments](https://docs.aws.amazon.com/batch/latest/userguide/compute_environments.html)
    /// in the *Batch User Guide*.
    #[serde(
        rename = "computeResources",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub compute_resources: ::std::option::Option<crate::types::ComputeResourceUpdate>,
    /// The full Amazon Resource Name (ARN) of the IAM role that allows Batch to make
    /// calls to other Amazon Web Services services on your behalf. For more
    /// information, see [Batch service IAM
    /// role](https://docs.aws.amazon.com/batch/latest/userguide/service_IAM_role.html)
    /// in the *Batch User Guide*.
    ///
    /// **Important:** If the compute environment has a service-linked role, it can't be
    /// changed to use a regular IAM role. Likewise, if the compute environment has a
    /// regular IAM role, it can't be changed to use a service-linked role. To update
    /// the parameters for the compute environment that require an infrastructure update
    /// to change, the **AWSServiceRoleForBatch** service-linked role must be used. For
    /// more information, see [Updating compute
    /// environments](https://docs.aws.amazon.com/batch/latest/userguide/updating-compute-environments.html)
    /// in the *Batch User Guide*.
    ///
    /// If your specified role has a path other than `/`, then you must either specify
    /// the full role ARN (recommended) or prefix the role name with the path.
    ///
    /// **Note:** Depending on how you created your Batch service role, its ARN might
    /// contain the `service-role` path prefix. When you only specify the name of the
    /// service role, Batch assumes that your ARN doesn't use the `service-role` path
    /// prefix. Because of this, we recommend that you specify the full ARN of your
    /// service role when you create compute environments.
    #[serde(
        rename = "serviceRole",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub service_role: ::std::option::Option<::std::string::String>,
    /// The state of the compute environment. Compute environments in the `ENABLED`
    /// state can accept jobs from a queue and scale in or out automatically based on
    /// the workload demand of its associated queues.
    ///
    /// If the state is `ENABLED`, then the Batch scheduler can attempt to place jobs
    /// from an associated job queue on the compute resources within the environment. If
    /// the compute environment is managed, then it can scale its instances out or in
    /// automatically, based on the job queue demand.
    ///
    /// If the state is `DISABLED`, then the Batch scheduler doesn't attempt to place
    /// jobs within the environment. Jobs in a `STARTING` or `RUNNING` state continue to
    /// progress normally. Managed compute environments in the `DISABLED` state don't
    /// scale out.
    ///
    /// **Note:** Compute environments in a `DISABLED` state may continue to incur
    /// billing charges. To prevent additional charges, turn off and then delete the
    /// compute environment. For more information, see
    /// [State](https://docs.aws.amazon.com/batch/latest/userguide/compute_environment_parameters.html#compute_environment_state)
    /// in the *Batch User Guide*.
    ///
    /// When an instance is idle, the instance scales down to the `minvCpus` value.
    /// However, the instance size doesn't change. For example, consider a `c5.8xlarge`
    /// instance with a `minvCpus` value of `4` and a `desiredvCpus` value of `36`. This
    /// instance doesn't scale down to a `c5.large` instance.
    #[serde(
        rename = "state",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub state: ::std::option::Option<crate::types::CeState>,
    /// The maximum number of vCPUs expected to be used for an unmanaged compute
    /// environment. Don't specify this parameter for a managed compute environment.
    /// This parameter is only used for fair share scheduling to reserve vCPU capacity
    /// for new share identifiers. If this parameter isn't provided for a fair share job
    /// queue, no vCPU capacity is reserved.
    #[serde(
        rename = "unmanagedvCpus",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub unmanagedv_cpus: ::std::option::Option<i64>,
    /// Specifies the updated infrastructure update policy for the compute environment.
    /// For more information about infrastructure updates, see [Updating compute
    /// environments](https://docs.aws.amazon.com/batch/latest/userguide/updating-compute-environments.html)
    /// in the *Batch User Guide*.
    #[serde(
        rename = "updatePolicy",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub update_policy: ::std::option::Option<crate::types::UpdatePolicy>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "context",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub context: ::std::option::Option<::std::string::String>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "ecsSettings",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ecs_settings: ::std::option::Option<crate::types::EcsSettings>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "eksConfiguration",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub eks_configuration: ::std::option::Option<crate::types::EksConfigurationUpdate>,
}
impl UpdateComputeEnvironmentRequest {
    /// A new [`UpdateComputeEnvironmentRequestBuilder`](crate::types::builders::UpdateComputeEnvironmentRequestBuilder).
    pub fn builder() -> crate::types::builders::UpdateComputeEnvironmentRequestBuilder {
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
pub struct UpdateComputeEnvironmentResponse {
    /// The Amazon Resource Name (ARN) of the compute environment.
    #[serde(rename = "computeEnvironmentArn", default)]
    pub compute_environment_arn: ::std::option::Option<::std::string::String>,
    /// The name of the compute environment. It can be up to 128 characters long. It can
    /// contain uppercase and lowercase letters, numbers, hyphens (-), and underscores
    /// (\_).
    #[serde(rename = "computeEnvironmentName", default)]
    pub compute_environment_name: ::std::option::Option<::std::string::String>,
}
impl UpdateComputeEnvironmentResponse {
    /// A new [`UpdateComputeEnvironmentResponseBuilder`](crate::types::builders::UpdateComputeEnvironmentResponseBuilder).
    pub fn builder() -> crate::types::builders::UpdateComputeEnvironmentResponseBuilder {
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
pub struct UpdateConsumableResourceRequest {
    /// If not set, `send()` fills it with a random UUID (version 4), as the AWS SDKs
    /// do; every retry of that call sends the same one.
    #[serde(
        rename = "clientToken",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub client_token: ::std::option::Option<::std::string::String>,
    #[serde(rename = "consumableResource")]
    pub consumable_resource: ::std::string::String,
    #[serde(
        rename = "operation",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub operation: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "quantity",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub quantity: ::std::option::Option<i64>,
}
impl UpdateConsumableResourceRequest {
    /// A new [`UpdateConsumableResourceRequestBuilder`](crate::types::builders::UpdateConsumableResourceRequestBuilder).
    pub fn builder() -> crate::types::builders::UpdateConsumableResourceRequestBuilder {
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
pub struct UpdateConsumableResourceResponse {
    #[serde(rename = "consumableResourceArn", default)]
    pub consumable_resource_arn: ::std::string::String,
    #[serde(rename = "consumableResourceName", default)]
    pub consumable_resource_name: ::std::string::String,
    #[serde(rename = "totalQuantity", default)]
    pub total_quantity: ::std::option::Option<i64>,
}
impl UpdateConsumableResourceResponse {
    /// A new [`UpdateConsumableResourceResponseBuilder`](crate::types::builders::UpdateConsumableResourceResponseBuilder).
    pub fn builder() -> crate::types::builders::UpdateConsumableResourceResponseBuilder {
        ::std::default::Default::default()
    }
}
/// Contains the parameters for `UpdateJobQueue`.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct UpdateJobQueueRequest {
    /// Details the set of compute environments mapped to a job queue and their order
    /// relative to each other. This is one of the parameters used by the job scheduler
    /// to determine which compute environment runs a given job. Compute environments
    /// must be in the `VALID` state before you can associate them with a job queue. All
    /// of the compute environments must be either EC2 (`EC2` or `SPOT`) or Fargate
    /// (`FARGATE` or `FARGATE_SPOT`). EC2 and Fargate compute environments can't be
    /// mixed.
    ///
    /// **Note:** All compute environments that are associated with a job queue must
    /// share the same architecture. Batch doesn't support mixing compute environment
    /// architecture types in a single job queue.
    #[serde(
        rename = "computeEnvironmentOrder",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub compute_environment_order: ::std::option::Option<
        ::std::vec::Vec<crate::types::ComputeEnvironmentOrder>,
    >,
    /// The name or the Amazon Resource Name (ARN) of the job queue.
    #[serde(rename = "jobQueue")]
    pub job_queue: ::std::string::String,
    /// The priority of the job queue. Job queues with a higher priority (or a higher
    /// integer value for the `priority` parameter) are evaluated first when associated
    /// with the same compute environment. Priority is determined in descending order.
    /// For example, a job queue with a priority value of `10` is given scheduling
    /// preference over a job queue with a priority value of `1`. All of the compute
    /// environments must be either EC2 (`EC2` or `SPOT`) or Fargate (`FARGATE` or
    /// `FARGATE_SPOT`). EC2 and Fargate compute environments can't be mixed.
    #[serde(
        rename = "priority",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub priority: ::std::option::Option<i64>,
    /// Amazon Resource Name (ARN) of the fair share scheduling policy. Once a job queue
    /// is created, the fair share scheduling policy can be replaced but not removed.
    /// The format is `aws:Partition:batch:Region:Account:scheduling-policy/Name`. For
    /// example,
    /// `aws:aws:batch:us-west-2:123456789012:scheduling-policy/MySchedulingPolicy`.
    #[serde(
        rename = "schedulingPolicyArn",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub scheduling_policy_arn: ::std::option::Option<::std::string::String>,
    /// Describes the queue's ability to accept new jobs. If the job queue state is
    /// `ENABLED`, it can accept jobs. If the job queue state is `DISABLED`, new jobs
    /// can't be added to the queue, but jobs already in the queue can finish.
    #[serde(
        rename = "state",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub state: ::std::option::Option<crate::types::JqState>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "jobStateTimeLimitActions",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub job_state_time_limit_actions: ::std::option::Option<
        ::std::vec::Vec<crate::types::JobStateTimeLimitAction>,
    >,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "serviceEnvironmentOrder",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub service_environment_order: ::std::option::Option<
        ::std::vec::Vec<crate::types::ServiceEnvironmentOrder>,
    >,
}
impl UpdateJobQueueRequest {
    /// A new [`UpdateJobQueueRequestBuilder`](crate::types::builders::UpdateJobQueueRequestBuilder).
    pub fn builder() -> crate::types::builders::UpdateJobQueueRequestBuilder {
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
pub struct UpdateJobQueueResponse {
    /// The Amazon Resource Name (ARN) of the job queue.
    #[serde(rename = "jobQueueArn", default)]
    pub job_queue_arn: ::std::option::Option<::std::string::String>,
    /// The name of the job queue.
    #[serde(rename = "jobQueueName", default)]
    pub job_queue_name: ::std::option::Option<::std::string::String>,
}
impl UpdateJobQueueResponse {
    /// A new [`UpdateJobQueueResponseBuilder`](crate::types::builders::UpdateJobQueueResponseBuilder).
    pub fn builder() -> crate::types::builders::UpdateJobQueueResponseBuilder {
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
pub struct UpdateManagedInstancesProviderConfiguration {
    #[serde(
        rename = "infrastructureOptimization",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub infrastructure_optimization: ::std::option::Option<
        crate::types::InfrastructureOptimization,
    >,
    #[serde(
        rename = "infrastructureRoleArn",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub infrastructure_role_arn: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "instanceLaunchTemplate",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_launch_template: ::std::option::Option<
        crate::types::InstanceLaunchTemplateUpdate,
    >,
    #[serde(
        rename = "propagateTags",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub propagate_tags: ::std::option::Option<::std::string::String>,
}
impl UpdateManagedInstancesProviderConfiguration {
    /// A new [`UpdateManagedInstancesProviderConfigurationBuilder`](crate::types::builders::UpdateManagedInstancesProviderConfigurationBuilder).
    pub fn builder() -> crate::types::builders::UpdateManagedInstancesProviderConfigurationBuilder {
        ::std::default::Default::default()
    }
}
/// Specifies the infrastructure update policy for the compute environment. For more
/// information about infrastructure updates, see [Updating compute
/// environments](https://docs.aws.amazon.com/batch/latest/userguide/updating-compute-environments.html)
/// in the *Batch User Guide*.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct UpdatePolicy {
    /// Specifies the job timeout (in minutes) when the compute environment
    /// infrastructure is updated. The default value is 30.
    #[serde(
        rename = "jobExecutionTimeoutMinutes",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub job_execution_timeout_minutes: ::std::option::Option<i64>,
    /// Specifies whether jobs are automatically terminated when the computer
    /// environment infrastructure is updated. The default value is `false`.
    #[serde(
        rename = "terminateJobsOnUpdate",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub terminate_jobs_on_update: ::std::option::Option<bool>,
}
impl UpdatePolicy {
    /// A new [`UpdatePolicyBuilder`](crate::types::builders::UpdatePolicyBuilder).
    pub fn builder() -> crate::types::builders::UpdatePolicyBuilder {
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
pub struct UpdateQuotaShareRequest {
    #[serde(
        rename = "capacityLimits",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub capacity_limits: ::std::option::Option<
        ::std::vec::Vec<crate::types::QuotaShareCapacityLimit>,
    >,
    #[serde(
        rename = "preemptionConfiguration",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub preemption_configuration: ::std::option::Option<
        crate::types::QuotaSharePreemptionConfiguration,
    >,
    #[serde(rename = "quotaShareArn")]
    pub quota_share_arn: ::std::string::String,
    #[serde(
        rename = "resourceSharingConfiguration",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_sharing_configuration: ::std::option::Option<
        crate::types::QuotaShareResourceSharingConfiguration,
    >,
    #[serde(
        rename = "state",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub state: ::std::option::Option<crate::types::QuotaShareState>,
}
impl UpdateQuotaShareRequest {
    /// A new [`UpdateQuotaShareRequestBuilder`](crate::types::builders::UpdateQuotaShareRequestBuilder).
    pub fn builder() -> crate::types::builders::UpdateQuotaShareRequestBuilder {
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
pub struct UpdateQuotaShareResponse {
    #[serde(rename = "quotaShareArn", default)]
    pub quota_share_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "quotaShareName", default)]
    pub quota_share_name: ::std::option::Option<::std::string::String>,
}
impl UpdateQuotaShareResponse {
    /// A new [`UpdateQuotaShareResponseBuilder`](crate::types::builders::UpdateQuotaShareResponseBuilder).
    pub fn builder() -> crate::types::builders::UpdateQuotaShareResponseBuilder {
        ::std::default::Default::default()
    }
}
/// Contains the parameters for `UpdateSchedulingPolicy`.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct UpdateSchedulingPolicyRequest {
    /// The Amazon Resource Name (ARN) of the scheduling policy to update.
    #[serde(rename = "arn")]
    pub arn: ::std::string::String,
    /// The fair share policy.
    #[serde(
        rename = "fairsharePolicy",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub fairshare_policy: ::std::option::Option<crate::types::FairsharePolicy>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "quotaSharePolicy",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub quota_share_policy: ::std::option::Option<crate::types::QuotaSharePolicy>,
}
impl UpdateSchedulingPolicyRequest {
    /// A new [`UpdateSchedulingPolicyRequestBuilder`](crate::types::builders::UpdateSchedulingPolicyRequestBuilder).
    pub fn builder() -> crate::types::builders::UpdateSchedulingPolicyRequestBuilder {
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
pub struct UpdateSchedulingPolicyResponse {}
impl UpdateSchedulingPolicyResponse {
    /// A new [`UpdateSchedulingPolicyResponseBuilder`](crate::types::builders::UpdateSchedulingPolicyResponseBuilder).
    pub fn builder() -> crate::types::builders::UpdateSchedulingPolicyResponseBuilder {
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
pub struct UpdateServiceEnvironmentRequest {
    #[serde(
        rename = "capacityLimits",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub capacity_limits: ::std::option::Option<
        ::std::vec::Vec<crate::types::CapacityLimit>,
    >,
    #[serde(rename = "serviceEnvironment")]
    pub service_environment: ::std::string::String,
    #[serde(
        rename = "state",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub state: ::std::option::Option<crate::types::ServiceEnvironmentState>,
}
impl UpdateServiceEnvironmentRequest {
    /// A new [`UpdateServiceEnvironmentRequestBuilder`](crate::types::builders::UpdateServiceEnvironmentRequestBuilder).
    pub fn builder() -> crate::types::builders::UpdateServiceEnvironmentRequestBuilder {
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
pub struct UpdateServiceEnvironmentResponse {
    #[serde(rename = "serviceEnvironmentArn", default)]
    pub service_environment_arn: ::std::string::String,
    #[serde(rename = "serviceEnvironmentName", default)]
    pub service_environment_name: ::std::string::String,
}
impl UpdateServiceEnvironmentResponse {
    /// A new [`UpdateServiceEnvironmentResponseBuilder`](crate::types::builders::UpdateServiceEnvironmentResponseBuilder).
    pub fn builder() -> crate::types::builders::UpdateServiceEnvironmentResponseBuilder {
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
pub struct UpdateServiceJobRequest {
    #[serde(rename = "jobId")]
    pub job_id: ::std::string::String,
    #[serde(rename = "schedulingPriority")]
    pub scheduling_priority: i64,
}
impl UpdateServiceJobRequest {
    /// A new [`UpdateServiceJobRequestBuilder`](crate::types::builders::UpdateServiceJobRequestBuilder).
    pub fn builder() -> crate::types::builders::UpdateServiceJobRequestBuilder {
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
pub struct UpdateServiceJobResponse {
    #[serde(rename = "jobArn", default)]
    pub job_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "jobId", default)]
    pub job_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "jobName", default)]
    pub job_name: ::std::option::Option<::std::string::String>,
}
impl UpdateServiceJobResponse {
    /// A new [`UpdateServiceJobResponseBuilder`](crate::types::builders::UpdateServiceJobResponseBuilder).
    pub fn builder() -> crate::types::builders::UpdateServiceJobResponseBuilder {
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
pub enum UserdataType {
    /// `EKS_BOOTSTRAP_SH`
    EksBootstrapSh,
    /// `EKS_NODEADM`
    EksNodeadm,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl UserdataType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::EksBootstrapSh => "EKS_BOOTSTRAP_SH",
            Self::EksNodeadm => "EKS_NODEADM",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["EKS_BOOTSTRAP_SH", "EKS_NODEADM"]
    }
}
impl ::std::convert::From<&str> for UserdataType {
    fn from(s: &str) -> Self {
        match s {
            "EKS_BOOTSTRAP_SH" => Self::EksBootstrapSh,
            "EKS_NODEADM" => Self::EksNodeadm,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(UserdataType);
/// A data volume that's used in a job's container properties.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct Volume {
    /// This parameter is specified when you're using an Amazon Elastic File System file
    /// system for job storage. Jobs that are running on Fargate resources must specify
    /// a `platformVersion` of at least `1.4.0`.
    #[serde(
        rename = "efsVolumeConfiguration",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub efs_volume_configuration: ::std::option::Option<
        crate::types::EfsVolumeConfiguration,
    >,
    /// The contents of the `host` parameter determine whether your data volume persists
    /// on the host container instance and where it's stored. If the host parameter is
    /// empty, then the Docker daemon assigns a host path for your data volume. However,
    /// the data isn't guaranteed to persist after the containers that are associated
    /// with it stop running.
    ///
    /// **Note:** This parameter isn't applicable to jobs that are running on Fargate
    /// resources and shouldn't be provided.
    #[serde(
        rename = "host",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub host: ::std::option::Option<crate::types::Host>,
    /// The name of the volume. It can be up to 255 characters long. It can contain
    /// uppercase and lowercase letters, numbers, hyphens (-), and underscores (\_).
    /// This name is referenced in the `sourceVolume` parameter of container definition
    /// `mountPoints`.
    #[serde(
        rename = "name",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub name: ::std::option::Option<::std::string::String>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "s3filesVolumeConfiguration",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub s3files_volume_configuration: ::std::option::Option<
        crate::types::S3FilesVolumeConfiguration,
    >,
}
impl Volume {
    /// A new [`VolumeBuilder`](crate::types::builders::VolumeBuilder).
    pub fn builder() -> crate::types::builders::VolumeBuilder {
        ::std::default::Default::default()
    }
}
