//! Data types of the service: one per structure and enum in the spec.
pub mod builders;
pub mod error;
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
pub struct AcceleratorConfig {
    #[serde(rename = "AcceleratorMemorySize", default)]
    pub accelerator_memory_size: i64,
}
impl AcceleratorConfig {
    /// A new [`AcceleratorConfigBuilder`](crate::types::builders::AcceleratorConfigBuilder).
    pub fn builder() -> crate::types::builders::AcceleratorConfigBuilder {
        ::std::default::Default::default()
    }
}
/// Limits that are related to concurrency and storage. All file and storage sizes
/// are in bytes.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct AccountLimit {
    /// The maximum size of a function's deployment package and layers when they're
    /// extracted.
    #[serde(rename = "CodeSizeUnzipped", default)]
    pub code_size_unzipped: ::std::option::Option<i64>,
    /// The maximum size of a deployment package when it's uploaded directly to Lambda.
    /// Use Amazon S3 for larger files.
    #[serde(rename = "CodeSizeZipped", default)]
    pub code_size_zipped: ::std::option::Option<i64>,
    /// The maximum number of simultaneous function executions.
    #[serde(rename = "ConcurrentExecutions", default)]
    pub concurrent_executions: ::std::option::Option<i64>,
    /// The amount of storage space that you can use for all deployment packages and
    /// layer archives.
    #[serde(rename = "TotalCodeSize", default)]
    pub total_code_size: ::std::option::Option<i64>,
    /// The maximum number of simultaneous function executions, minus the capacity
    /// that's reserved for individual functions with PutFunctionConcurrency.
    #[serde(rename = "UnreservedConcurrentExecutions", default)]
    pub unreserved_concurrent_executions: ::std::option::Option<i64>,
}
impl AccountLimit {
    /// A new [`AccountLimitBuilder`](crate::types::builders::AccountLimitBuilder).
    pub fn builder() -> crate::types::builders::AccountLimitBuilder {
        ::std::default::Default::default()
    }
}
/// The number of functions and amount of storage in use.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct AccountUsage {
    /// The number of Lambda functions.
    #[serde(rename = "FunctionCount", default)]
    pub function_count: ::std::option::Option<i64>,
    /// The amount of storage space, in bytes, that's being used by deployment packages
    /// and layer archives.
    #[serde(rename = "TotalCodeSize", default)]
    pub total_code_size: ::std::option::Option<i64>,
}
impl AccountUsage {
    /// A new [`AccountUsageBuilder`](crate::types::builders::AccountUsageBuilder).
    pub fn builder() -> crate::types::builders::AccountUsageBuilder {
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
pub struct AddLayerVersionPermissionRequest {
    /// The API action that grants access to the layer. For example,
    /// `lambda:GetLayerVersion`.
    #[serde(rename = "Action")]
    pub action: ::std::string::String,
    /// The name or Amazon Resource Name (ARN) of the layer.
    #[serde(skip)]
    pub layer_name: ::std::string::String,
    /// With the principal set to `*`, grant permission to all accounts in the specified
    /// organization.
    #[serde(
        rename = "OrganizationId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub organization_id: ::std::option::Option<::std::string::String>,
    /// An account ID, or `*` to grant layer usage permission to all accounts in an
    /// organization, or all Amazon Web Services accounts (if `organizationId` is not
    /// specified). For the last case, make sure that you really do want all Amazon Web
    /// Services accounts to have usage permission to this layer.
    #[serde(rename = "Principal")]
    pub principal: ::std::string::String,
    /// Only update the policy if the revision ID matches the ID specified. Use this
    /// option to avoid modifying a policy that has changed since you last read it.
    #[serde(skip)]
    pub revision_id: ::std::option::Option<::std::string::String>,
    /// An identifier that distinguishes the policy from others on the same layer
    /// version.
    #[serde(rename = "StatementId")]
    pub statement_id: ::std::string::String,
    /// The version number.
    #[serde(skip)]
    pub version_number: i64,
}
impl AddLayerVersionPermissionRequest {
    /// A new [`AddLayerVersionPermissionRequestBuilder`](crate::types::builders::AddLayerVersionPermissionRequestBuilder).
    pub fn builder() -> crate::types::builders::AddLayerVersionPermissionRequestBuilder {
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
pub struct AddLayerVersionPermissionResponse {
    /// A unique identifier for the current revision of the policy.
    #[serde(rename = "RevisionId", default)]
    pub revision_id: ::std::option::Option<::std::string::String>,
    /// The permission statement.
    #[serde(rename = "Statement", default)]
    pub statement: ::std::option::Option<::std::string::String>,
}
impl AddLayerVersionPermissionResponse {
    /// A new [`AddLayerVersionPermissionResponseBuilder`](crate::types::builders::AddLayerVersionPermissionResponseBuilder).
    pub fn builder() -> crate::types::builders::AddLayerVersionPermissionResponseBuilder {
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
pub struct AddPermissionRequest {
    /// The action that the principal can use on the function. For example,
    /// `lambda:InvokeFunction` or `lambda:GetFunction`.
    #[serde(rename = "Action")]
    pub action: ::std::string::String,
    /// For Alexa Smart Home functions, a token that the invoker must supply.
    #[serde(
        rename = "EventSourceToken",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_source_token: ::std::option::Option<::std::string::String>,
    /// The name of the Lambda function, version, or alias.
    ///
    /// **Name formats**
    ///
    /// - **Function name** – `my-function` (name-only), `my-function:v1` (with alias).
    /// - **Function ARN** –
    ///   `arn:aws:lambda:us-west-2:123456789012:function:my-function`.
    /// - **Partial ARN** – `123456789012:function:my-function`.
    ///
    /// You can append a version number or alias to any of the formats. The length
    /// constraint applies only to the full ARN. If you specify only the function name,
    /// it is limited to 64 characters in length.
    #[serde(skip)]
    pub function_name: ::std::string::String,
    /// The type of authentication that your function URL uses. Set to `AWS_IAM` if you
    /// want to restrict access to authenticated users only. Set to `NONE` if you want
    /// to bypass IAM authentication to create a public endpoint. For more information,
    /// see [Security and auth model for Lambda function
    /// URLs](https://docs.aws.amazon.com/lambda/latest/dg/urls-auth.html).
    #[serde(
        rename = "FunctionUrlAuthType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub function_url_auth_type: ::std::option::Option<crate::types::FunctionUrlAuthType>,
    #[serde(
        rename = "InvokedViaFunctionUrl",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub invoked_via_function_url: ::std::option::Option<bool>,
    /// The Amazon Web Service or Amazon Web Services account that invokes the function.
    /// If you specify a service, use `SourceArn` or `SourceAccount` to limit who can
    /// invoke the function through that service.
    #[serde(rename = "Principal")]
    pub principal: ::std::string::String,
    /// The identifier for your organization in Organizations. Use this to grant
    /// permissions to all the Amazon Web Services accounts under this organization.
    #[serde(
        rename = "PrincipalOrgID",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub principal_org_id: ::std::option::Option<::std::string::String>,
    /// Specify a version or alias to add permissions to a published version of the
    /// function.
    #[serde(skip)]
    pub qualifier: ::std::option::Option<::std::string::String>,
    /// Update the policy only if the revision ID matches the ID that's specified. Use
    /// this option to avoid modifying a policy that has changed since you last read it.
    #[serde(
        rename = "RevisionId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub revision_id: ::std::option::Option<::std::string::String>,
    /// For Amazon Web Service, the ID of the Amazon Web Services account that owns the
    /// resource. Use this together with `SourceArn` to ensure that the specified
    /// account owns the resource. It is possible for an Amazon S3 bucket to be deleted
    /// by its owner and recreated by another account.
    #[serde(
        rename = "SourceAccount",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub source_account: ::std::option::Option<::std::string::String>,
    /// For Amazon Web Services, the ARN of the Amazon Web Services resource that
    /// invokes the function. For example, an Amazon S3 bucket or Amazon SNS topic.
    ///
    /// Note that Lambda configures the comparison using the `StringLike` operator.
    #[serde(
        rename = "SourceArn",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub source_arn: ::std::option::Option<::std::string::String>,
    /// A statement identifier that differentiates the statement from others in the same
    /// policy.
    #[serde(rename = "StatementId")]
    pub statement_id: ::std::string::String,
}
impl AddPermissionRequest {
    /// A new [`AddPermissionRequestBuilder`](crate::types::builders::AddPermissionRequestBuilder).
    pub fn builder() -> crate::types::builders::AddPermissionRequestBuilder {
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
pub struct AddPermissionResponse {
    /// The permission statement that's added to the function policy.
    #[serde(rename = "Statement", default)]
    pub statement: ::std::option::Option<::std::string::String>,
}
impl AddPermissionResponse {
    /// A new [`AddPermissionResponseBuilder`](crate::types::builders::AddPermissionResponseBuilder).
    pub fn builder() -> crate::types::builders::AddPermissionResponseBuilder {
        ::std::default::Default::default()
    }
}
/// Provides configuration information about a Lambda function
/// [alias](https://docs.aws.amazon.com/lambda/latest/dg/configuration-aliases.html).
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct AliasConfiguration {
    /// The Amazon Resource Name (ARN) of the alias.
    #[serde(rename = "AliasArn", default)]
    pub alias_arn: ::std::option::Option<::std::string::String>,
    /// A description of the alias.
    #[serde(rename = "Description", default)]
    pub description: ::std::option::Option<::std::string::String>,
    /// The function version that the alias invokes.
    #[serde(rename = "FunctionVersion", default)]
    pub function_version: ::std::option::Option<::std::string::String>,
    /// The name of the alias.
    #[serde(rename = "Name", default)]
    pub name: ::std::option::Option<::std::string::String>,
    /// A unique identifier that changes when you update the alias.
    #[serde(rename = "RevisionId", default)]
    pub revision_id: ::std::option::Option<::std::string::String>,
    /// The [routing
    /// configuration](https://docs.aws.amazon.com/lambda/latest/dg/lambda-traffic-shifting-using-aliases.html)
    /// of the alias.
    #[serde(rename = "RoutingConfig", default)]
    pub routing_config: ::std::option::Option<crate::types::AliasRoutingConfiguration>,
}
impl AliasConfiguration {
    /// A new [`AliasConfigurationBuilder`](crate::types::builders::AliasConfigurationBuilder).
    pub fn builder() -> crate::types::builders::AliasConfigurationBuilder {
        ::std::default::Default::default()
    }
}
/// The
/// [traffic-shifting](https://docs.aws.amazon.com/lambda/latest/dg/lambda-traffic-shifting-using-aliases.html)
/// configuration of a Lambda function alias.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct AliasRoutingConfiguration {
    /// The second version, and the percentage of traffic that's routed to it.
    #[serde(
        rename = "AdditionalVersionWeights",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub additional_version_weights: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, f64>,
    >,
}
impl AliasRoutingConfiguration {
    /// A new [`AliasRoutingConfigurationBuilder`](crate::types::builders::AliasRoutingConfigurationBuilder).
    pub fn builder() -> crate::types::builders::AliasRoutingConfigurationBuilder {
        ::std::default::Default::default()
    }
}
/// List of signing profiles that can sign a code package.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct AllowedPublishers {
    /// The Amazon Resource Name (ARN) for each of the signing profiles. A signing
    /// profile defines a trusted user who can sign a code package.
    #[serde(rename = "SigningProfileVersionArns", default)]
    pub signing_profile_version_arns: ::std::vec::Vec<::std::string::String>,
}
impl AllowedPublishers {
    /// A new [`AllowedPublishersBuilder`](crate::types::builders::AllowedPublishersBuilder).
    pub fn builder() -> crate::types::builders::AllowedPublishersBuilder {
        ::std::default::Default::default()
    }
}
/// Specific configuration settings for an Amazon Managed Streaming for Apache Kafka
/// (Amazon MSK) event source.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct AmazonManagedKafkaEventSourceConfig {
    /// The identifier for the Kafka consumer group to join. The consumer group ID must
    /// be unique among all your Kafka event sources. After creating a Kafka event
    /// source mapping with the consumer group ID specified, you cannot update this
    /// value. For more information, see [Customizable consumer group
    /// ID](https://docs.aws.amazon.com/lambda/latest/dg/with-msk.html#services-msk-consumer-group-id).
    #[serde(
        rename = "ConsumerGroupId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub consumer_group_id: ::std::option::Option<::std::string::String>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "SchemaRegistryConfig",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub schema_registry_config: ::std::option::Option<
        crate::types::KafkaSchemaRegistryConfig,
    >,
}
impl AmazonManagedKafkaEventSourceConfig {
    /// A new [`AmazonManagedKafkaEventSourceConfigBuilder`](crate::types::builders::AmazonManagedKafkaEventSourceConfigBuilder).
    pub fn builder() -> crate::types::builders::AmazonManagedKafkaEventSourceConfigBuilder {
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
pub enum ApplicationLogLevel {
    /// `TRACE`
    Trace,
    /// `DEBUG`
    Debug,
    /// `INFO`
    Info,
    /// `WARN`
    Warn,
    /// `ERROR`
    Error,
    /// `FATAL`
    Fatal,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl ApplicationLogLevel {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Trace => "TRACE",
            Self::Debug => "DEBUG",
            Self::Info => "INFO",
            Self::Warn => "WARN",
            Self::Error => "ERROR",
            Self::Fatal => "FATAL",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["TRACE", "DEBUG", "INFO", "WARN", "ERROR", "FATAL"]
    }
}
impl ::std::convert::From<&str> for ApplicationLogLevel {
    fn from(s: &str) -> Self {
        match s {
            "TRACE" => Self::Trace,
            "DEBUG" => Self::Debug,
            "INFO" => Self::Info,
            "WARN" => Self::Warn,
            "ERROR" => Self::Error,
            "FATAL" => Self::Fatal,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(ApplicationLogLevel);
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
pub enum Architecture {
    /// `x86_64`
    X8664,
    /// `arm64`
    Arm64,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl Architecture {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::X8664 => "x86_64",
            Self::Arm64 => "arm64",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["x86_64", "arm64"]
    }
}
impl ::std::convert::From<&str> for Architecture {
    fn from(s: &str) -> Self {
        match s {
            "x86_64" => Self::X8664,
            "arm64" => Self::Arm64,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(Architecture);
/// From AWS's model: the apis.guru spec lacks it, and the model has no
/// documentation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct CallbackDetails {
    #[serde(rename = "CallbackId", default)]
    pub callback_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Error", default)]
    pub error: ::std::option::Option<crate::types::ErrorObject>,
    #[serde(rename = "Result", default)]
    pub result: ::std::option::Option<::std::string::String>,
}
impl CallbackDetails {
    /// A new [`CallbackDetailsBuilder`](crate::types::builders::CallbackDetailsBuilder).
    pub fn builder() -> crate::types::builders::CallbackDetailsBuilder {
        ::std::default::Default::default()
    }
}
impl ::std::fmt::Debug for CallbackDetails {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let mut s = f.debug_struct("CallbackDetails");
        s.field("callback_id", &self.callback_id);
        s.field("error", &self.error);
        s.field("result", &"*** Sensitive Data Redacted ***");
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
pub struct CallbackFailedDetails {
    #[serde(rename = "Error", default)]
    pub error: crate::types::EventError,
}
impl CallbackFailedDetails {
    /// A new [`CallbackFailedDetailsBuilder`](crate::types::builders::CallbackFailedDetailsBuilder).
    pub fn builder() -> crate::types::builders::CallbackFailedDetailsBuilder {
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
pub struct CallbackOptions {
    #[serde(
        rename = "HeartbeatTimeoutSeconds",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub heartbeat_timeout_seconds: ::std::option::Option<i64>,
    #[serde(
        rename = "TimeoutSeconds",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub timeout_seconds: ::std::option::Option<i64>,
}
impl CallbackOptions {
    /// A new [`CallbackOptionsBuilder`](crate::types::builders::CallbackOptionsBuilder).
    pub fn builder() -> crate::types::builders::CallbackOptionsBuilder {
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
pub struct CallbackStartedDetails {
    #[serde(rename = "CallbackId", default)]
    pub callback_id: ::std::string::String,
    #[serde(rename = "HeartbeatTimeout", default)]
    pub heartbeat_timeout: ::std::option::Option<i64>,
    #[serde(rename = "Timeout", default)]
    pub timeout: ::std::option::Option<i64>,
}
impl CallbackStartedDetails {
    /// A new [`CallbackStartedDetailsBuilder`](crate::types::builders::CallbackStartedDetailsBuilder).
    pub fn builder() -> crate::types::builders::CallbackStartedDetailsBuilder {
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
pub struct CallbackSucceededDetails {
    #[serde(rename = "Result", default)]
    pub result: crate::types::EventResult,
}
impl CallbackSucceededDetails {
    /// A new [`CallbackSucceededDetailsBuilder`](crate::types::builders::CallbackSucceededDetailsBuilder).
    pub fn builder() -> crate::types::builders::CallbackSucceededDetailsBuilder {
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
pub struct CallbackTimedOutDetails {
    #[serde(rename = "Error", default)]
    pub error: crate::types::EventError,
}
impl CallbackTimedOutDetails {
    /// A new [`CallbackTimedOutDetailsBuilder`](crate::types::builders::CallbackTimedOutDetailsBuilder).
    pub fn builder() -> crate::types::builders::CallbackTimedOutDetailsBuilder {
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
pub struct CapacityProvider {
    #[serde(rename = "CapacityProviderArn", default)]
    pub capacity_provider_arn: ::std::string::String,
    #[serde(rename = "CapacityProviderScalingConfig", default)]
    pub capacity_provider_scaling_config: ::std::option::Option<
        crate::types::CapacityProviderScalingConfig,
    >,
    #[serde(rename = "InstanceRequirements", default)]
    pub instance_requirements: ::std::option::Option<crate::types::InstanceRequirements>,
    #[serde(rename = "KmsKeyArn", default)]
    pub kms_key_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "LastModified", default)]
    pub last_modified: ::std::option::Option<::std::string::String>,
    #[serde(rename = "PermissionsConfig")]
    pub permissions_config: crate::types::CapacityProviderPermissionsConfig,
    #[serde(rename = "PropagateTags", default)]
    pub propagate_tags: ::std::option::Option<crate::types::PropagateTags>,
    #[serde(rename = "State")]
    pub state: crate::types::CapacityProviderState,
    #[serde(rename = "TelemetryConfig", default)]
    pub telemetry_config: ::std::option::Option<
        crate::types::CapacityProviderTelemetryConfig,
    >,
    #[serde(rename = "VpcConfig")]
    pub vpc_config: crate::types::CapacityProviderVpcConfig,
}
impl CapacityProvider {
    /// A new [`CapacityProviderBuilder`](crate::types::builders::CapacityProviderBuilder).
    pub fn builder() -> crate::types::builders::CapacityProviderBuilder {
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
pub struct CapacityProviderConfig {
    #[serde(rename = "LambdaManagedInstancesCapacityProviderConfig")]
    pub lambda_managed_instances_capacity_provider_config: crate::types::LambdaManagedInstancesCapacityProviderConfig,
}
impl CapacityProviderConfig {
    /// A new [`CapacityProviderConfigBuilder`](crate::types::builders::CapacityProviderConfigBuilder).
    pub fn builder() -> crate::types::builders::CapacityProviderConfigBuilder {
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
pub struct CapacityProviderLoggingConfig {
    #[serde(
        rename = "LogGroup",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub log_group: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "SystemLogLevel",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub system_log_level: ::std::option::Option<crate::types::SystemLogLevel>,
}
impl CapacityProviderLoggingConfig {
    /// A new [`CapacityProviderLoggingConfigBuilder`](crate::types::builders::CapacityProviderLoggingConfigBuilder).
    pub fn builder() -> crate::types::builders::CapacityProviderLoggingConfigBuilder {
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
pub struct CapacityProviderPermissionsConfig {
    #[serde(rename = "CapacityProviderOperatorRoleArn", default)]
    pub capacity_provider_operator_role_arn: ::std::string::String,
}
impl CapacityProviderPermissionsConfig {
    /// A new [`CapacityProviderPermissionsConfigBuilder`](crate::types::builders::CapacityProviderPermissionsConfigBuilder).
    pub fn builder() -> crate::types::builders::CapacityProviderPermissionsConfigBuilder {
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
pub enum CapacityProviderPredefinedMetricType {
    /// `LambdaCapacityProviderAverageCPUUtilization`
    LambdaCapacityProviderAverageCpuUtilization,
    /// `LambdaCapacityProviderAverageGPUUtilization`
    LambdaCapacityProviderAverageGpuUtilization,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl CapacityProviderPredefinedMetricType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::LambdaCapacityProviderAverageCpuUtilization => {
                "LambdaCapacityProviderAverageCPUUtilization"
            }
            Self::LambdaCapacityProviderAverageGpuUtilization => {
                "LambdaCapacityProviderAverageGPUUtilization"
            }
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &[
            "LambdaCapacityProviderAverageCPUUtilization",
            "LambdaCapacityProviderAverageGPUUtilization",
        ]
    }
}
impl ::std::convert::From<&str> for CapacityProviderPredefinedMetricType {
    fn from(s: &str) -> Self {
        match s {
            "LambdaCapacityProviderAverageCPUUtilization" => {
                Self::LambdaCapacityProviderAverageCpuUtilization
            }
            "LambdaCapacityProviderAverageGPUUtilization" => {
                Self::LambdaCapacityProviderAverageGpuUtilization
            }
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(CapacityProviderPredefinedMetricType);
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
pub struct CapacityProviderScalingConfig {
    #[serde(
        rename = "MaxVCpuCount",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub max_v_cpu_count: ::std::option::Option<i64>,
    #[serde(
        rename = "ScalingMode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub scaling_mode: ::std::option::Option<crate::types::CapacityProviderScalingMode>,
    #[serde(
        rename = "ScalingPolicies",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub scaling_policies: ::std::option::Option<
        ::std::vec::Vec<crate::types::TargetTrackingScalingPolicy>,
    >,
}
impl CapacityProviderScalingConfig {
    /// A new [`CapacityProviderScalingConfigBuilder`](crate::types::builders::CapacityProviderScalingConfigBuilder).
    pub fn builder() -> crate::types::builders::CapacityProviderScalingConfigBuilder {
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
pub enum CapacityProviderScalingMode {
    /// `Auto`
    Auto,
    /// `Manual`
    Manual,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl CapacityProviderScalingMode {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Auto => "Auto",
            Self::Manual => "Manual",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["Auto", "Manual"]
    }
}
impl ::std::convert::From<&str> for CapacityProviderScalingMode {
    fn from(s: &str) -> Self {
        match s {
            "Auto" => Self::Auto,
            "Manual" => Self::Manual,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(CapacityProviderScalingMode);
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
pub enum CapacityProviderState {
    /// `Pending`
    Pending,
    /// `Active`
    Active,
    /// `Failed`
    Failed,
    /// `Deleting`
    Deleting,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl CapacityProviderState {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Pending => "Pending",
            Self::Active => "Active",
            Self::Failed => "Failed",
            Self::Deleting => "Deleting",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["Pending", "Active", "Failed", "Deleting"]
    }
}
impl ::std::convert::From<&str> for CapacityProviderState {
    fn from(s: &str) -> Self {
        match s {
            "Pending" => Self::Pending,
            "Active" => Self::Active,
            "Failed" => Self::Failed,
            "Deleting" => Self::Deleting,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(CapacityProviderState);
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
pub struct CapacityProviderTelemetryConfig {
    #[serde(
        rename = "LoggingConfig",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub logging_config: ::std::option::Option<
        crate::types::CapacityProviderLoggingConfig,
    >,
}
impl CapacityProviderTelemetryConfig {
    /// A new [`CapacityProviderTelemetryConfigBuilder`](crate::types::builders::CapacityProviderTelemetryConfigBuilder).
    pub fn builder() -> crate::types::builders::CapacityProviderTelemetryConfigBuilder {
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
pub struct CapacityProviderVpcConfig {
    #[serde(rename = "SecurityGroupIds", default)]
    pub security_group_ids: ::std::vec::Vec<::std::string::String>,
    #[serde(rename = "SubnetIds", default)]
    pub subnet_ids: ::std::vec::Vec<::std::string::String>,
}
impl CapacityProviderVpcConfig {
    /// A new [`CapacityProviderVpcConfigBuilder`](crate::types::builders::CapacityProviderVpcConfigBuilder).
    pub fn builder() -> crate::types::builders::CapacityProviderVpcConfigBuilder {
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
pub struct ChainedInvokeDetails {
    #[serde(rename = "Error", default)]
    pub error: ::std::option::Option<crate::types::ErrorObject>,
    #[serde(rename = "Result", default)]
    pub result: ::std::option::Option<::std::string::String>,
}
impl ChainedInvokeDetails {
    /// A new [`ChainedInvokeDetailsBuilder`](crate::types::builders::ChainedInvokeDetailsBuilder).
    pub fn builder() -> crate::types::builders::ChainedInvokeDetailsBuilder {
        ::std::default::Default::default()
    }
}
impl ::std::fmt::Debug for ChainedInvokeDetails {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let mut s = f.debug_struct("ChainedInvokeDetails");
        s.field("error", &self.error);
        s.field("result", &"*** Sensitive Data Redacted ***");
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
pub struct ChainedInvokeFailedDetails {
    #[serde(rename = "Error", default)]
    pub error: crate::types::EventError,
}
impl ChainedInvokeFailedDetails {
    /// A new [`ChainedInvokeFailedDetailsBuilder`](crate::types::builders::ChainedInvokeFailedDetailsBuilder).
    pub fn builder() -> crate::types::builders::ChainedInvokeFailedDetailsBuilder {
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
pub struct ChainedInvokeOptions {
    #[serde(rename = "FunctionName")]
    pub function_name: ::std::string::String,
    #[serde(
        rename = "TenantId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tenant_id: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "XAmznTraceId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub x_amzn_trace_id: ::std::option::Option<::std::string::String>,
}
impl ChainedInvokeOptions {
    /// A new [`ChainedInvokeOptionsBuilder`](crate::types::builders::ChainedInvokeOptionsBuilder).
    pub fn builder() -> crate::types::builders::ChainedInvokeOptionsBuilder {
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
pub struct ChainedInvokeStartedDetails {
    #[serde(rename = "DurableExecutionArn", default)]
    pub durable_execution_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ExecutedVersion", default)]
    pub executed_version: ::std::option::Option<::std::string::String>,
    #[serde(rename = "FunctionName", default)]
    pub function_name: ::std::string::String,
    #[serde(rename = "Input", default)]
    pub input: ::std::option::Option<crate::types::EventInput>,
    #[serde(rename = "TenantId", default)]
    pub tenant_id: ::std::option::Option<::std::string::String>,
}
impl ChainedInvokeStartedDetails {
    /// A new [`ChainedInvokeStartedDetailsBuilder`](crate::types::builders::ChainedInvokeStartedDetailsBuilder).
    pub fn builder() -> crate::types::builders::ChainedInvokeStartedDetailsBuilder {
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
pub struct ChainedInvokeStoppedDetails {
    #[serde(rename = "Error", default)]
    pub error: crate::types::EventError,
}
impl ChainedInvokeStoppedDetails {
    /// A new [`ChainedInvokeStoppedDetailsBuilder`](crate::types::builders::ChainedInvokeStoppedDetailsBuilder).
    pub fn builder() -> crate::types::builders::ChainedInvokeStoppedDetailsBuilder {
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
pub struct ChainedInvokeSucceededDetails {
    #[serde(rename = "Result", default)]
    pub result: crate::types::EventResult,
}
impl ChainedInvokeSucceededDetails {
    /// A new [`ChainedInvokeSucceededDetailsBuilder`](crate::types::builders::ChainedInvokeSucceededDetailsBuilder).
    pub fn builder() -> crate::types::builders::ChainedInvokeSucceededDetailsBuilder {
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
pub struct ChainedInvokeTimedOutDetails {
    #[serde(rename = "Error", default)]
    pub error: crate::types::EventError,
}
impl ChainedInvokeTimedOutDetails {
    /// A new [`ChainedInvokeTimedOutDetailsBuilder`](crate::types::builders::ChainedInvokeTimedOutDetailsBuilder).
    pub fn builder() -> crate::types::builders::ChainedInvokeTimedOutDetailsBuilder {
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
pub struct CheckpointDurableExecutionRequest {
    #[serde(rename = "CheckpointToken")]
    pub checkpoint_token: ::std::string::String,
    /// If not set, `send()` fills it with a random UUID (version 4), as the AWS SDKs
    /// do; every retry of that call sends the same one.
    #[serde(
        rename = "ClientToken",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub client_token: ::std::option::Option<::std::string::String>,
    #[serde(skip)]
    pub durable_execution_arn: ::std::string::String,
    #[serde(
        rename = "Updates",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub updates: ::std::option::Option<::std::vec::Vec<crate::types::OperationUpdate>>,
}
impl CheckpointDurableExecutionRequest {
    /// A new [`CheckpointDurableExecutionRequestBuilder`](crate::types::builders::CheckpointDurableExecutionRequestBuilder).
    pub fn builder() -> crate::types::builders::CheckpointDurableExecutionRequestBuilder {
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
pub struct CheckpointDurableExecutionResponse {
    #[serde(rename = "CheckpointToken", default)]
    pub checkpoint_token: ::std::option::Option<::std::string::String>,
    #[serde(rename = "NewExecutionState", default)]
    pub new_execution_state: crate::types::CheckpointUpdatedExecutionState,
}
impl CheckpointDurableExecutionResponse {
    /// A new [`CheckpointDurableExecutionResponseBuilder`](crate::types::builders::CheckpointDurableExecutionResponseBuilder).
    pub fn builder() -> crate::types::builders::CheckpointDurableExecutionResponseBuilder {
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
pub struct CheckpointUpdatedExecutionState {
    #[serde(rename = "NextMarker", default)]
    pub next_marker: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Operations", default)]
    pub operations: ::std::option::Option<::std::vec::Vec<crate::types::Operation>>,
}
impl CheckpointUpdatedExecutionState {
    /// A new [`CheckpointUpdatedExecutionStateBuilder`](crate::types::builders::CheckpointUpdatedExecutionStateBuilder).
    pub fn builder() -> crate::types::builders::CheckpointUpdatedExecutionStateBuilder {
        ::std::default::Default::default()
    }
}
/// Details about a [Code signing
/// configuration](https://docs.aws.amazon.com/lambda/latest/dg/configuration-codesigning.html).
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct CodeSigningConfig {
    /// List of allowed publishers.
    #[serde(rename = "AllowedPublishers")]
    pub allowed_publishers: crate::types::AllowedPublishers,
    /// The Amazon Resource Name (ARN) of the Code signing configuration.
    #[serde(rename = "CodeSigningConfigArn", default)]
    pub code_signing_config_arn: ::std::string::String,
    /// Unique identifer for the Code signing configuration.
    #[serde(rename = "CodeSigningConfigId", default)]
    pub code_signing_config_id: ::std::string::String,
    /// The code signing policy controls the validation failure action for signature
    /// mismatch or expiry.
    #[serde(rename = "CodeSigningPolicies", default)]
    pub code_signing_policies: crate::types::CodeSigningPolicies,
    /// Code signing configuration description.
    #[serde(rename = "Description", default)]
    pub description: ::std::option::Option<::std::string::String>,
    /// The date and time that the Code signing configuration was last modified, in
    /// ISO-8601 format (YYYY-MM-DDThh:mm:ss.sTZD).
    #[serde(rename = "LastModified", default)]
    pub last_modified: ::std::string::String,
}
impl CodeSigningConfig {
    /// A new [`CodeSigningConfigBuilder`](crate::types::builders::CodeSigningConfigBuilder).
    pub fn builder() -> crate::types::builders::CodeSigningConfigBuilder {
        ::std::default::Default::default()
    }
}
/// Code signing configuration
/// [policies](https://docs.aws.amazon.com/lambda/latest/dg/configuration-codesigning.html#config-codesigning-policies)
/// specify the validation failure action for signature mismatch or expiry.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct CodeSigningPolicies {
    /// Code signing configuration policy for deployment validation failure. If you set
    /// the policy to `Enforce`, Lambda blocks the deployment request if signature
    /// validation checks fail. If you set the policy to `Warn`, Lambda allows the
    /// deployment and creates a CloudWatch log.
    ///
    /// Default value: `Warn`
    #[serde(
        rename = "UntrustedArtifactOnDeployment",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub untrusted_artifact_on_deployment: ::std::option::Option<
        crate::types::CodeSigningPolicy,
    >,
}
impl CodeSigningPolicies {
    /// A new [`CodeSigningPoliciesBuilder`](crate::types::builders::CodeSigningPoliciesBuilder).
    pub fn builder() -> crate::types::builders::CodeSigningPoliciesBuilder {
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
pub enum CodeSigningPolicy {
    /// `Warn`
    Warn,
    /// `Enforce`
    Enforce,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl CodeSigningPolicy {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Warn => "Warn",
            Self::Enforce => "Enforce",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["Warn", "Enforce"]
    }
}
impl ::std::convert::From<&str> for CodeSigningPolicy {
    fn from(s: &str) -> Self {
        match s {
            "Warn" => Self::Warn,
            "Enforce" => Self::Enforce,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(CodeSigningPolicy);
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct Concurrency {
    /// The number of concurrent executions that are reserved for this function. For
    /// more information, see [Managing Lambda reserved
    /// concurrency](https://docs.aws.amazon.com/lambda/latest/dg/configuration-concurrency.html).
    #[serde(rename = "ReservedConcurrentExecutions", default)]
    pub reserved_concurrent_executions: ::std::option::Option<i64>,
}
impl Concurrency {
    /// A new [`ConcurrencyBuilder`](crate::types::builders::ConcurrencyBuilder).
    pub fn builder() -> crate::types::builders::ConcurrencyBuilder {
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
pub struct ContextDetails {
    #[serde(rename = "Error", default)]
    pub error: ::std::option::Option<crate::types::ErrorObject>,
    #[serde(rename = "ReplayChildren", default)]
    pub replay_children: ::std::option::Option<bool>,
    #[serde(rename = "Result", default)]
    pub result: ::std::option::Option<::std::string::String>,
}
impl ContextDetails {
    /// A new [`ContextDetailsBuilder`](crate::types::builders::ContextDetailsBuilder).
    pub fn builder() -> crate::types::builders::ContextDetailsBuilder {
        ::std::default::Default::default()
    }
}
impl ::std::fmt::Debug for ContextDetails {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let mut s = f.debug_struct("ContextDetails");
        s.field("error", &self.error);
        s.field("replay_children", &self.replay_children);
        s.field("result", &"*** Sensitive Data Redacted ***");
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
pub struct ContextFailedDetails {
    #[serde(rename = "Error", default)]
    pub error: crate::types::EventError,
}
impl ContextFailedDetails {
    /// A new [`ContextFailedDetailsBuilder`](crate::types::builders::ContextFailedDetailsBuilder).
    pub fn builder() -> crate::types::builders::ContextFailedDetailsBuilder {
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
pub struct ContextOptions {
    #[serde(
        rename = "ReplayChildren",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub replay_children: ::std::option::Option<bool>,
}
impl ContextOptions {
    /// A new [`ContextOptionsBuilder`](crate::types::builders::ContextOptionsBuilder).
    pub fn builder() -> crate::types::builders::ContextOptionsBuilder {
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
pub struct ContextStartedDetails {}
impl ContextStartedDetails {
    /// A new [`ContextStartedDetailsBuilder`](crate::types::builders::ContextStartedDetailsBuilder).
    pub fn builder() -> crate::types::builders::ContextStartedDetailsBuilder {
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
pub struct ContextSucceededDetails {
    #[serde(rename = "Result", default)]
    pub result: crate::types::EventResult,
}
impl ContextSucceededDetails {
    /// A new [`ContextSucceededDetailsBuilder`](crate::types::builders::ContextSucceededDetailsBuilder).
    pub fn builder() -> crate::types::builders::ContextSucceededDetailsBuilder {
        ::std::default::Default::default()
    }
}
/// The [cross-origin resource sharing
/// (CORS)](https://developer.mozilla.org/en-US/docs/Web/HTTP/CORS) settings for
/// your Lambda function URL. Use CORS to grant access to your function URL from any
/// origin. You can also use CORS to control access for specific HTTP headers and
/// methods in requests to your function URL.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct Cors {
    /// Whether to allow cookies or other credentials in requests to your function URL.
    /// The default is `false`.
    #[serde(
        rename = "AllowCredentials",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub allow_credentials: ::std::option::Option<bool>,
    /// The HTTP headers that origins can include in requests to your function URL. For
    /// example: `Date`, `Keep-Alive`, `X-Custom-Header`.
    #[serde(
        rename = "AllowHeaders",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub allow_headers: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// The HTTP methods that are allowed when calling your function URL. For example:
    /// `GET`, `POST`, `DELETE`, or the wildcard character (`*`).
    #[serde(
        rename = "AllowMethods",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub allow_methods: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// The origins that can access your function URL. You can list any number of
    /// specific origins, separated by a comma. For example: `https://www.example.com`,
    /// `http://localhost:60905`.
    ///
    /// Alternatively, you can grant access to all origins using the wildcard character
    /// (`*`).
    #[serde(
        rename = "AllowOrigins",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub allow_origins: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// The HTTP headers in your function response that you want to expose to origins
    /// that call your function URL. For example: `Date`, `Keep-Alive`,
    /// `X-Custom-Header`.
    #[serde(
        rename = "ExposeHeaders",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub expose_headers: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// The maximum amount of time, in seconds, that web browsers can cache results of a
    /// preflight request. By default, this is set to `0`, which means that the browser
    /// doesn't cache results.
    #[serde(
        rename = "MaxAge",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub max_age: ::std::option::Option<i64>,
}
impl Cors {
    /// A new [`CorsBuilder`](crate::types::builders::CorsBuilder).
    pub fn builder() -> crate::types::builders::CorsBuilder {
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
pub struct CreateAliasRequest {
    /// A description of the alias.
    #[serde(
        rename = "Description",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
    /// The name of the Lambda function.
    ///
    /// **Name formats**
    ///
    /// - **Function name** - `MyFunction`.
    /// - **Function ARN** -
    ///   `arn:aws:lambda:us-west-2:123456789012:function:MyFunction`.
    /// - **Partial ARN** - `123456789012:function:MyFunction`.
    ///
    /// The length constraint applies only to the full ARN. If you specify only the
    /// function name, it is limited to 64 characters in length.
    #[serde(skip)]
    pub function_name: ::std::string::String,
    /// The function version that the alias invokes.
    #[serde(rename = "FunctionVersion")]
    pub function_version: ::std::string::String,
    /// The name of the alias.
    #[serde(rename = "Name")]
    pub name: ::std::string::String,
    /// The [routing
    /// configuration](https://docs.aws.amazon.com/lambda/latest/dg/configuration-aliases.html#configuring-alias-routing)
    /// of the alias.
    #[serde(
        rename = "RoutingConfig",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub routing_config: ::std::option::Option<crate::types::AliasRoutingConfiguration>,
}
impl CreateAliasRequest {
    /// A new [`CreateAliasRequestBuilder`](crate::types::builders::CreateAliasRequestBuilder).
    pub fn builder() -> crate::types::builders::CreateAliasRequestBuilder {
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
pub struct CreateCapacityProviderRequest {
    #[serde(rename = "CapacityProviderName")]
    pub capacity_provider_name: ::std::string::String,
    #[serde(
        rename = "CapacityProviderScalingConfig",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub capacity_provider_scaling_config: ::std::option::Option<
        crate::types::CapacityProviderScalingConfig,
    >,
    #[serde(
        rename = "InstanceRequirements",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_requirements: ::std::option::Option<crate::types::InstanceRequirements>,
    #[serde(
        rename = "KmsKeyArn",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub kms_key_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "PermissionsConfig")]
    pub permissions_config: crate::types::CapacityProviderPermissionsConfig,
    #[serde(
        rename = "PropagateTags",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub propagate_tags: ::std::option::Option<crate::types::PropagateTags>,
    #[serde(
        rename = "Tags",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    #[serde(
        rename = "TelemetryConfig",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub telemetry_config: ::std::option::Option<
        crate::types::CapacityProviderTelemetryConfig,
    >,
    #[serde(rename = "VpcConfig")]
    pub vpc_config: crate::types::CapacityProviderVpcConfig,
}
impl CreateCapacityProviderRequest {
    /// A new [`CreateCapacityProviderRequestBuilder`](crate::types::builders::CreateCapacityProviderRequestBuilder).
    pub fn builder() -> crate::types::builders::CreateCapacityProviderRequestBuilder {
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
pub struct CreateCapacityProviderResponse {
    #[serde(rename = "CapacityProvider")]
    pub capacity_provider: crate::types::CapacityProvider,
}
impl CreateCapacityProviderResponse {
    /// A new [`CreateCapacityProviderResponseBuilder`](crate::types::builders::CreateCapacityProviderResponseBuilder).
    pub fn builder() -> crate::types::builders::CreateCapacityProviderResponseBuilder {
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
pub struct CreateCodeSigningConfigRequest {
    /// Signing profiles for this code signing configuration.
    #[serde(rename = "AllowedPublishers")]
    pub allowed_publishers: crate::types::AllowedPublishers,
    /// The code signing policies define the actions to take if the validation checks
    /// fail.
    #[serde(
        rename = "CodeSigningPolicies",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub code_signing_policies: ::std::option::Option<crate::types::CodeSigningPolicies>,
    /// Descriptive name for this code signing configuration.
    #[serde(
        rename = "Description",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "Tags",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
}
impl CreateCodeSigningConfigRequest {
    /// A new [`CreateCodeSigningConfigRequestBuilder`](crate::types::builders::CreateCodeSigningConfigRequestBuilder).
    pub fn builder() -> crate::types::builders::CreateCodeSigningConfigRequestBuilder {
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
pub struct CreateCodeSigningConfigResponse {
    /// The code signing configuration.
    #[serde(rename = "CodeSigningConfig")]
    pub code_signing_config: crate::types::CodeSigningConfig,
}
impl CreateCodeSigningConfigResponse {
    /// A new [`CreateCodeSigningConfigResponseBuilder`](crate::types::builders::CreateCodeSigningConfigResponseBuilder).
    pub fn builder() -> crate::types::builders::CreateCodeSigningConfigResponseBuilder {
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
pub struct CreateEventSourceMappingRequest {
    /// Specific configuration settings for an Amazon Managed Streaming for Apache Kafka
    /// (Amazon MSK) event source.
    #[serde(
        rename = "AmazonManagedKafkaEventSourceConfig",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub amazon_managed_kafka_event_source_config: ::std::option::Option<
        crate::types::AmazonManagedKafkaEventSourceConfig,
    >,
    /// The maximum number of records in each batch that Lambda pulls from your stream
    /// or queue and sends to your function. Lambda passes all of the records in the
    /// batch to the function in a single call, up to the payload limit for synchronous
    /// invocation (6 MB).
    ///
    /// - **Amazon Kinesis** – Default 100. Max 10,000.
    /// - **Amazon DynamoDB Streams** – Default 100. Max 10,000.
    /// - **Amazon Simple Queue Service** – Default 10. For standard queues the max is
    ///   10,000. For FIFO queues the max is 10.
    /// - **Amazon Managed Streaming for Apache Kafka** – Default 100. Max 10,000.
    /// - **Self-managed Apache Kafka** – Default 100. Max 10,000.
    /// - **Amazon MQ (ActiveMQ and RabbitMQ)** – Default 100. Max 10,000.
    /// - **DocumentDB** – Default 100. Max 10,000.
    #[serde(
        rename = "BatchSize",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub batch_size: ::std::option::Option<i64>,
    /// (Kinesis and DynamoDB Streams only) If the function returns an error, split the
    /// batch in two and retry.
    #[serde(
        rename = "BisectBatchOnFunctionError",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub bisect_batch_on_function_error: ::std::option::Option<bool>,
    /// (Kinesis and DynamoDB Streams only) A standard Amazon SQS queue or standard
    /// Amazon SNS topic destination for discarded records.
    #[serde(
        rename = "DestinationConfig",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub destination_config: ::std::option::Option<crate::types::DestinationConfig>,
    /// Specific configuration settings for a DocumentDB event source.
    #[serde(
        rename = "DocumentDBEventSourceConfig",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub document_db_event_source_config: ::std::option::Option<
        crate::types::DocumentDbEventSourceConfig,
    >,
    /// When true, the event source mapping is active. When false, Lambda pauses polling
    /// and invocation.
    ///
    /// Default: True
    #[serde(
        rename = "Enabled",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub enabled: ::std::option::Option<bool>,
    /// The Amazon Resource Name (ARN) of the event source.
    ///
    /// - **Amazon Kinesis** – The ARN of the data stream or a stream consumer.
    /// - **Amazon DynamoDB Streams** – The ARN of the stream.
    /// - **Amazon Simple Queue Service** – The ARN of the queue.
    /// - **Amazon Managed Streaming for Apache Kafka** – The ARN of the cluster.
    /// - **Amazon MQ** – The ARN of the broker.
    /// - **Amazon DocumentDB** – The ARN of the DocumentDB change stream.
    #[serde(
        rename = "EventSourceArn",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_source_arn: ::std::option::Option<::std::string::String>,
    /// An object that defines the filter criteria that determine whether Lambda should
    /// process an event. For more information, see [Lambda event
    /// filtering](https://docs.aws.amazon.com/lambda/latest/dg/invocation-eventfiltering.html).
    #[serde(
        rename = "FilterCriteria",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub filter_criteria: ::std::option::Option<crate::types::FilterCriteria>,
    /// The name of the Lambda function.
    ///
    /// **Name formats**
    ///
    /// - **Function name** – `MyFunction`.
    /// - **Function ARN** –
    ///   `arn:aws:lambda:us-west-2:123456789012:function:MyFunction`.
    /// - **Version or Alias ARN** –
    ///   `arn:aws:lambda:us-west-2:123456789012:function:MyFunction:PROD`.
    /// - **Partial ARN** – `123456789012:function:MyFunction`.
    ///
    /// The length constraint applies only to the full ARN. If you specify only the
    /// function name, it's limited to 64 characters in length.
    #[serde(rename = "FunctionName")]
    pub function_name: ::std::string::String,
    /// (Kinesis, DynamoDB Streams, and Amazon SQS) A list of current response type
    /// enums applied to the event source mapping.
    #[serde(
        rename = "FunctionResponseTypes",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub function_response_types: ::std::option::Option<
        ::std::vec::Vec<crate::types::FunctionResponseType>,
    >,
    /// The maximum amount of time, in seconds, that Lambda spends gathering records
    /// before invoking the function. You can configure `MaximumBatchingWindowInSeconds`
    /// to any value from 0 seconds to 300 seconds in increments of seconds.
    ///
    /// For streams and Amazon SQS event sources, the default batching window is 0
    /// seconds. For Amazon MSK, Self-managed Apache Kafka, Amazon MQ, and DocumentDB
    /// event sources, the default batching window is 500 ms. Note that because you can
    /// only change `MaximumBatchingWindowInSeconds` in increments of seconds, you
    /// cannot revert back to the 500 ms default batching window after you have changed
    /// it. To restore the default batching window, you must create a new event source
    /// mapping.
    ///
    /// Related setting: For streams and Amazon SQS event sources, when you set
    /// `BatchSize` to a value greater than 10, you must set
    /// `MaximumBatchingWindowInSeconds` to at least 1.
    #[serde(
        rename = "MaximumBatchingWindowInSeconds",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub maximum_batching_window_in_seconds: ::std::option::Option<i64>,
    /// (Kinesis and DynamoDB Streams only) Discard records older than the specified
    /// age. The default value is infinite (-1).
    #[serde(
        rename = "MaximumRecordAgeInSeconds",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub maximum_record_age_in_seconds: ::std::option::Option<i64>,
    /// (Kinesis and DynamoDB Streams only) Discard records after the specified number
    /// of retries. The default value is infinite (-1). When set to infinite (-1),
    /// failed records are retried until the record expires.
    #[serde(
        rename = "MaximumRetryAttempts",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub maximum_retry_attempts: ::std::option::Option<i64>,
    /// (Kinesis and DynamoDB Streams only) The number of batches to process from each
    /// shard concurrently.
    #[serde(
        rename = "ParallelizationFactor",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub parallelization_factor: ::std::option::Option<i64>,
    /// (MQ) The name of the Amazon MQ broker destination queue to consume.
    #[serde(
        rename = "Queues",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub queues: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// (Amazon SQS only) The scaling configuration for the event source. For more
    /// information, see [Configuring maximum concurrency for Amazon SQS event
    /// sources](https://docs.aws.amazon.com/lambda/latest/dg/with-sqs.html#events-sqs-max-concurrency).
    #[serde(
        rename = "ScalingConfig",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub scaling_config: ::std::option::Option<crate::types::ScalingConfig>,
    /// The self-managed Apache Kafka cluster to receive records from.
    #[serde(
        rename = "SelfManagedEventSource",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub self_managed_event_source: ::std::option::Option<
        crate::types::SelfManagedEventSource,
    >,
    /// Specific configuration settings for a self-managed Apache Kafka event source.
    #[serde(
        rename = "SelfManagedKafkaEventSourceConfig",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub self_managed_kafka_event_source_config: ::std::option::Option<
        crate::types::SelfManagedKafkaEventSourceConfig,
    >,
    /// An array of authentication protocols or VPC components required to secure your
    /// event source.
    #[serde(
        rename = "SourceAccessConfigurations",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub source_access_configurations: ::std::option::Option<
        ::std::vec::Vec<crate::types::SourceAccessConfiguration>,
    >,
    /// The position in a stream from which to start reading. Required for Amazon
    /// Kinesis and Amazon DynamoDB Stream event sources. `AT_TIMESTAMP` is supported
    /// only for Amazon Kinesis streams, Amazon DocumentDB, Amazon MSK, and self-managed
    /// Apache Kafka.
    #[serde(
        rename = "StartingPosition",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub starting_position: ::std::option::Option<crate::types::EventSourcePosition>,
    /// With `StartingPosition` set to `AT_TIMESTAMP`, the time from which to start
    /// reading. `StartingPositionTimestamp` cannot be in the future.
    #[serde(
        rename = "StartingPositionTimestamp",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub starting_position_timestamp: ::std::option::Option<crate::runtime::Timestamp>,
    /// The name of the Kafka topic.
    #[serde(
        rename = "Topics",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub topics: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// (Kinesis and DynamoDB Streams only) The duration in seconds of a processing
    /// window for DynamoDB and Kinesis Streams event sources. A value of 0 seconds
    /// indicates no tumbling window.
    #[serde(
        rename = "TumblingWindowInSeconds",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tumbling_window_in_seconds: ::std::option::Option<i64>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "KMSKeyArn",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub kms_key_arn: ::std::option::Option<::std::string::String>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "LoggingConfig",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub logging_config: ::std::option::Option<
        crate::types::EventSourceMappingLoggingConfig,
    >,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "MetricsConfig",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub metrics_config: ::std::option::Option<
        crate::types::EventSourceMappingMetricsConfig,
    >,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "ProvisionedPollerConfig",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub provisioned_poller_config: ::std::option::Option<
        crate::types::ProvisionedPollerConfig,
    >,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "Tags",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
}
impl CreateEventSourceMappingRequest {
    /// A new [`CreateEventSourceMappingRequestBuilder`](crate::types::builders::CreateEventSourceMappingRequestBuilder).
    pub fn builder() -> crate::types::builders::CreateEventSourceMappingRequestBuilder {
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
pub struct CreateFunctionRequest {
    /// The instruction set architecture that the function supports. Enter a string
    /// array with one of the valid values (arm64 or x86_64). The default value is
    /// `x86_64`.
    #[serde(
        rename = "Architectures",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub architectures: ::std::option::Option<
        ::std::vec::Vec<crate::types::Architecture>,
    >,
    /// The code for the function.
    #[serde(rename = "Code")]
    pub code: crate::types::FunctionCode,
    /// To enable code signing for this function, specify the ARN of a code-signing
    /// configuration. A code-signing configuration includes a set of signing profiles,
    /// which define the trusted publishers for this function.
    #[serde(
        rename = "CodeSigningConfigArn",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub code_signing_config_arn: ::std::option::Option<::std::string::String>,
    /// A dead-letter queue configuration that specifies the queue or topic where Lambda
    /// sends asynchronous events when they fail processing. For more information, see
    /// [Dead-letter
    /// queues](https://docs.aws.amazon.com/lambda/latest/dg/invocation-async.html#invocation-dlq).
    #[serde(
        rename = "DeadLetterConfig",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dead_letter_config: ::std::option::Option<crate::types::DeadLetterConfig>,
    /// A description of the function.
    #[serde(
        rename = "Description",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
    /// Environment variables that are accessible from function code during execution.
    #[serde(
        rename = "Environment",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub environment: ::std::option::Option<crate::types::Environment>,
    /// The size of the function's `/tmp` directory in MB. The default value is 512, but
    /// can be any whole number between 512 and 10,240 MB.
    #[serde(
        rename = "EphemeralStorage",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ephemeral_storage: ::std::option::Option<crate::types::EphemeralStorage>,
    /// Connection settings for an Amazon EFS file system.
    #[serde(
        rename = "FileSystemConfigs",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub file_system_configs: ::std::option::Option<
        ::std::vec::Vec<crate::types::FileSystemConfig>,
    >,
    /// The name of the Lambda function.
    ///
    /// **Name formats**
    ///
    /// - **Function name** – `my-function`.
    /// - **Function ARN** –
    ///   `arn:aws:lambda:us-west-2:123456789012:function:my-function`.
    /// - **Partial ARN** – `123456789012:function:my-function`.
    ///
    /// The length constraint applies only to the full ARN. If you specify only the
    /// function name, it is limited to 64 characters in length.
    #[serde(rename = "FunctionName")]
    pub function_name: ::std::string::String,
    /// The name of the method within your code that Lambda calls to run your function.
    /// Handler is required if the deployment package is a .zip file archive. The format
    /// includes the file name. It can also include namespaces and other qualifiers,
    /// depending on the runtime. For more information, see [Lambda programming
    /// model](https://docs.aws.amazon.com/lambda/latest/dg/foundation-progmodel.html).
    #[serde(
        rename = "Handler",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub handler: ::std::option::Option<::std::string::String>,
    /// Container image [configuration
    /// values](https://docs.aws.amazon.com/lambda/latest/dg/configuration-images.html#configuration-images-settings)
    /// that override the values in the container image Dockerfile.
    #[serde(
        rename = "ImageConfig",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_config: ::std::option::Option<crate::types::ImageConfig>,
    /// The ARN of the Key Management Service (KMS) customer managed key that's used to
    /// encrypt your function's [environment
    /// variables](https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html#configuration-envvars-encryption).
    /// When [Lambda
    /// SnapStart](https://docs.aws.amazon.com/lambda/latest/dg/snapstart-security.html)
    /// is activated, Lambda also uses this key is to encrypt your function's snapshot.
    /// If you deploy your function using a container image, Lambda also uses this key
    /// to encrypt your function when it's deployed. Note that this is not the same key
    /// that's used to protect your container image in the Amazon Elastic Container
    /// Registry (Amazon ECR). If you don't provide a customer managed key, Lambda uses
    /// a default service key.
    #[serde(
        rename = "KMSKeyArn",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub kms_key_arn: ::std::option::Option<::std::string::String>,
    /// A list of [function
    /// layers](https://docs.aws.amazon.com/lambda/latest/dg/configuration-layers.html)
    /// to add to the function's execution environment. Specify each layer by its ARN,
    /// including the version.
    #[serde(
        rename = "Layers",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub layers: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// The amount of [memory available to the
    /// function](https://docs.aws.amazon.com/lambda/latest/dg/configuration-function-common.html#configuration-memory-console)
    /// at runtime. Increasing the function memory also increases its CPU allocation.
    /// The default value is 128 MB. The value can be any multiple of 1 MB.
    #[serde(
        rename = "MemorySize",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub memory_size: ::std::option::Option<i64>,
    /// The type of deployment package. Set to `Image` for container image and set to
    /// `Zip` for .zip file archive.
    #[serde(
        rename = "PackageType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub package_type: ::std::option::Option<crate::types::PackageType>,
    /// Set to true to publish the first version of the function during creation.
    #[serde(
        rename = "Publish",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub publish: ::std::option::Option<bool>,
    /// The Amazon Resource Name (ARN) of the function's execution role.
    #[serde(rename = "Role")]
    pub role: ::std::string::String,
    /// The identifier of the function's
    /// [runtime](https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html).
    /// Runtime is required if the deployment package is a .zip file archive.
    ///
    /// The following list includes deprecated runtimes. For more information, see
    /// [Runtime deprecation
    /// policy](https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html#runtime-support-policy).
    #[serde(
        rename = "Runtime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub runtime: ::std::option::Option<crate::types::Runtime>,
    /// The function's
    /// [SnapStart](https://docs.aws.amazon.com/lambda/latest/dg/snapstart.html)
    /// setting.
    #[serde(
        rename = "SnapStart",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub snap_start: ::std::option::Option<crate::types::SnapStart>,
    /// A list of [tags](https://docs.aws.amazon.com/lambda/latest/dg/tagging.html) to
    /// apply to the function.
    #[serde(
        rename = "Tags",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    /// The amount of time (in seconds) that Lambda allows a function to run before
    /// stopping it. The default is 3 seconds. The maximum allowed value is 900 seconds.
    /// For more information, see [Lambda execution
    /// environment](https://docs.aws.amazon.com/lambda/latest/dg/runtimes-context.html).
    #[serde(
        rename = "Timeout",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub timeout: ::std::option::Option<i64>,
    /// Set `Mode` to `Active` to sample and trace a subset of incoming requests with
    /// [X-Ray](https://docs.aws.amazon.com/lambda/latest/dg/services-xray.html).
    #[serde(
        rename = "TracingConfig",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tracing_config: ::std::option::Option<crate::types::TracingConfig>,
    /// For network connectivity to Amazon Web Services resources in a VPC, specify a
    /// list of security groups and subnets in the VPC. When you connect a function to a
    /// VPC, it can access resources and the internet only through that VPC. For more
    /// information, see [Configuring a Lambda function to access resources in a
    /// VPC](https://docs.aws.amazon.com/lambda/latest/dg/configuration-vpc.html).
    #[serde(
        rename = "VpcConfig",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub vpc_config: ::std::option::Option<crate::types::VpcConfig>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "AcceleratorConfig",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub accelerator_config: ::std::option::Option<crate::types::AcceleratorConfig>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "CapacityProviderConfig",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub capacity_provider_config: ::std::option::Option<
        crate::types::CapacityProviderConfig,
    >,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "DurableConfig",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub durable_config: ::std::option::Option<crate::types::DurableConfig>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "LoggingConfig",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub logging_config: ::std::option::Option<crate::types::LoggingConfig>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "PublishTo",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub publish_to: ::std::option::Option<crate::types::FunctionVersionLatestPublished>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "RuntimeConfig",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub runtime_config: ::std::option::Option<crate::types::FunctionRuntimeConfig>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "TenancyConfig",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tenancy_config: ::std::option::Option<crate::types::TenancyConfig>,
}
impl CreateFunctionRequest {
    /// A new [`CreateFunctionRequestBuilder`](crate::types::builders::CreateFunctionRequestBuilder).
    pub fn builder() -> crate::types::builders::CreateFunctionRequestBuilder {
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
pub struct CreateFunctionUrlConfigRequest {
    /// The type of authentication that your function URL uses. Set to `AWS_IAM` if you
    /// want to restrict access to authenticated users only. Set to `NONE` if you want
    /// to bypass IAM authentication to create a public endpoint. For more information,
    /// see [Security and auth model for Lambda function
    /// URLs](https://docs.aws.amazon.com/lambda/latest/dg/urls-auth.html).
    #[serde(rename = "AuthType")]
    pub auth_type: crate::types::FunctionUrlAuthType,
    /// The [cross-origin resource sharing
    /// (CORS)](https://developer.mozilla.org/en-US/docs/Web/HTTP/CORS) settings for
    /// your function URL.
    #[serde(
        rename = "Cors",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cors: ::std::option::Option<crate::types::Cors>,
    /// The name of the Lambda function.
    ///
    /// **Name formats**
    ///
    /// - **Function name** – `my-function`.
    /// - **Function ARN** –
    ///   `arn:aws:lambda:us-west-2:123456789012:function:my-function`.
    /// - **Partial ARN** – `123456789012:function:my-function`.
    ///
    /// The length constraint applies only to the full ARN. If you specify only the
    /// function name, it is limited to 64 characters in length.
    #[serde(skip)]
    pub function_name: ::std::string::String,
    /// Use one of the following options:
    ///
    /// - `BUFFERED` – This is the default option. Lambda invokes your function using
    ///   the `Invoke` API operation. Invocation results are available when the payload
    ///   is complete. The maximum payload size is 6 MB.
    /// - `RESPONSE_STREAM` – Your function streams payload results as they become
    ///   available. Lambda invokes your function using the `InvokeWithResponseStream`
    ///   API operation. The maximum response payload size is 20 MB, however, you can
    ///   [request a quota
    ///   increase](https://docs.aws.amazon.com/servicequotas/latest/userguide/request-quota-increase.html).
    #[serde(
        rename = "InvokeMode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub invoke_mode: ::std::option::Option<crate::types::InvokeMode>,
    /// The alias name.
    #[serde(skip)]
    pub qualifier: ::std::option::Option<::std::string::String>,
}
impl CreateFunctionUrlConfigRequest {
    /// A new [`CreateFunctionUrlConfigRequestBuilder`](crate::types::builders::CreateFunctionUrlConfigRequestBuilder).
    pub fn builder() -> crate::types::builders::CreateFunctionUrlConfigRequestBuilder {
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
pub struct CreateFunctionUrlConfigResponse {
    /// The type of authentication that your function URL uses. Set to `AWS_IAM` if you
    /// want to restrict access to authenticated users only. Set to `NONE` if you want
    /// to bypass IAM authentication to create a public endpoint. For more information,
    /// see [Security and auth model for Lambda function
    /// URLs](https://docs.aws.amazon.com/lambda/latest/dg/urls-auth.html).
    #[serde(rename = "AuthType")]
    pub auth_type: crate::types::FunctionUrlAuthType,
    /// The [cross-origin resource sharing
    /// (CORS)](https://developer.mozilla.org/en-US/docs/Web/HTTP/CORS) settings for
    /// your function URL.
    #[serde(rename = "Cors", default)]
    pub cors: ::std::option::Option<crate::types::Cors>,
    /// When the function URL was created, in [ISO-8601
    /// format](https://www.w3.org/TR/NOTE-datetime) (YYYY-MM-DDThh:mm:ss.sTZD).
    #[serde(rename = "CreationTime", default)]
    pub creation_time: ::std::string::String,
    /// The Amazon Resource Name (ARN) of your function.
    #[serde(rename = "FunctionArn", default)]
    pub function_arn: ::std::string::String,
    /// The HTTP URL endpoint for your function.
    #[serde(rename = "FunctionUrl", default)]
    pub function_url: ::std::string::String,
    /// Use one of the following options:
    ///
    /// - `BUFFERED` – This is the default option. Lambda invokes your function using
    ///   the `Invoke` API operation. Invocation results are available when the payload
    ///   is complete. The maximum payload size is 6 MB.
    /// - `RESPONSE_STREAM` – Your function streams payload results as they become
    ///   available. Lambda invokes your function using the `InvokeWithResponseStream`
    ///   API operation. The maximum response payload size is 20 MB, however, you can
    ///   [request a quota
    ///   increase](https://docs.aws.amazon.com/servicequotas/latest/userguide/request-quota-increase.html).
    #[serde(rename = "InvokeMode", default)]
    pub invoke_mode: ::std::option::Option<crate::types::InvokeMode>,
}
impl CreateFunctionUrlConfigResponse {
    /// A new [`CreateFunctionUrlConfigResponseBuilder`](crate::types::builders::CreateFunctionUrlConfigResponseBuilder).
    pub fn builder() -> crate::types::builders::CreateFunctionUrlConfigResponseBuilder {
        ::std::default::Default::default()
    }
}
/// The [dead-letter
/// queue](https://docs.aws.amazon.com/lambda/latest/dg/invocation-async.html#dlq)
/// for failed asynchronous invocations.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct DeadLetterConfig {
    /// The Amazon Resource Name (ARN) of an Amazon SQS queue or Amazon SNS topic.
    #[serde(
        rename = "TargetArn",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub target_arn: ::std::option::Option<::std::string::String>,
}
impl DeadLetterConfig {
    /// A new [`DeadLetterConfigBuilder`](crate::types::builders::DeadLetterConfigBuilder).
    pub fn builder() -> crate::types::builders::DeadLetterConfigBuilder {
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
pub struct DeleteAliasRequest {
    /// The name of the Lambda function.
    ///
    /// **Name formats**
    ///
    /// - **Function name** - `MyFunction`.
    /// - **Function ARN** -
    ///   `arn:aws:lambda:us-west-2:123456789012:function:MyFunction`.
    /// - **Partial ARN** - `123456789012:function:MyFunction`.
    ///
    /// The length constraint applies only to the full ARN. If you specify only the
    /// function name, it is limited to 64 characters in length.
    #[serde(skip)]
    pub function_name: ::std::string::String,
    /// The name of the alias.
    #[serde(skip)]
    pub name: ::std::string::String,
}
impl DeleteAliasRequest {
    /// A new [`DeleteAliasRequestBuilder`](crate::types::builders::DeleteAliasRequestBuilder).
    pub fn builder() -> crate::types::builders::DeleteAliasRequestBuilder {
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
pub struct DeleteCapacityProviderRequest {
    #[serde(skip)]
    pub capacity_provider_name: ::std::string::String,
}
impl DeleteCapacityProviderRequest {
    /// A new [`DeleteCapacityProviderRequestBuilder`](crate::types::builders::DeleteCapacityProviderRequestBuilder).
    pub fn builder() -> crate::types::builders::DeleteCapacityProviderRequestBuilder {
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
pub struct DeleteCapacityProviderResponse {
    #[serde(rename = "CapacityProvider")]
    pub capacity_provider: crate::types::CapacityProvider,
}
impl DeleteCapacityProviderResponse {
    /// A new [`DeleteCapacityProviderResponseBuilder`](crate::types::builders::DeleteCapacityProviderResponseBuilder).
    pub fn builder() -> crate::types::builders::DeleteCapacityProviderResponseBuilder {
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
pub struct DeleteCodeSigningConfigRequest {
    /// The The Amazon Resource Name (ARN) of the code signing configuration.
    #[serde(skip)]
    pub code_signing_config_arn: ::std::string::String,
}
impl DeleteCodeSigningConfigRequest {
    /// A new [`DeleteCodeSigningConfigRequestBuilder`](crate::types::builders::DeleteCodeSigningConfigRequestBuilder).
    pub fn builder() -> crate::types::builders::DeleteCodeSigningConfigRequestBuilder {
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
pub struct DeleteCodeSigningConfigResponse {}
impl DeleteCodeSigningConfigResponse {
    /// A new [`DeleteCodeSigningConfigResponseBuilder`](crate::types::builders::DeleteCodeSigningConfigResponseBuilder).
    pub fn builder() -> crate::types::builders::DeleteCodeSigningConfigResponseBuilder {
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
pub struct DeleteDurableExecutionRequest {
    #[serde(skip)]
    pub durable_execution_arn: ::std::string::String,
}
impl DeleteDurableExecutionRequest {
    /// A new [`DeleteDurableExecutionRequestBuilder`](crate::types::builders::DeleteDurableExecutionRequestBuilder).
    pub fn builder() -> crate::types::builders::DeleteDurableExecutionRequestBuilder {
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
pub struct DeleteDurableExecutionResponse {
    #[serde(rename = "DeletionRequestTimestamp", default)]
    pub deletion_request_timestamp: crate::runtime::Timestamp,
}
impl DeleteDurableExecutionResponse {
    /// A new [`DeleteDurableExecutionResponseBuilder`](crate::types::builders::DeleteDurableExecutionResponseBuilder).
    pub fn builder() -> crate::types::builders::DeleteDurableExecutionResponseBuilder {
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
pub struct DeleteEventSourceMappingRequest {
    /// The identifier of the event source mapping.
    #[serde(skip)]
    pub uuid: ::std::string::String,
}
impl DeleteEventSourceMappingRequest {
    /// A new [`DeleteEventSourceMappingRequestBuilder`](crate::types::builders::DeleteEventSourceMappingRequestBuilder).
    pub fn builder() -> crate::types::builders::DeleteEventSourceMappingRequestBuilder {
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
pub struct DeleteFunctionCodeSigningConfigRequest {
    /// The name of the Lambda function.
    ///
    /// **Name formats**
    ///
    /// - **Function name** - `MyFunction`.
    /// - **Function ARN** -
    ///   `arn:aws:lambda:us-west-2:123456789012:function:MyFunction`.
    /// - **Partial ARN** - `123456789012:function:MyFunction`.
    ///
    /// The length constraint applies only to the full ARN. If you specify only the
    /// function name, it is limited to 64 characters in length.
    #[serde(skip)]
    pub function_name: ::std::string::String,
}
impl DeleteFunctionCodeSigningConfigRequest {
    /// A new [`DeleteFunctionCodeSigningConfigRequestBuilder`](crate::types::builders::DeleteFunctionCodeSigningConfigRequestBuilder).
    pub fn builder() -> crate::types::builders::DeleteFunctionCodeSigningConfigRequestBuilder {
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
pub struct DeleteFunctionConcurrencyRequest {
    /// The name of the Lambda function.
    ///
    /// **Name formats**
    ///
    /// - **Function name** – `my-function`.
    /// - **Function ARN** –
    ///   `arn:aws:lambda:us-west-2:123456789012:function:my-function`.
    /// - **Partial ARN** – `123456789012:function:my-function`.
    ///
    /// The length constraint applies only to the full ARN. If you specify only the
    /// function name, it is limited to 64 characters in length.
    #[serde(skip)]
    pub function_name: ::std::string::String,
}
impl DeleteFunctionConcurrencyRequest {
    /// A new [`DeleteFunctionConcurrencyRequestBuilder`](crate::types::builders::DeleteFunctionConcurrencyRequestBuilder).
    pub fn builder() -> crate::types::builders::DeleteFunctionConcurrencyRequestBuilder {
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
pub struct DeleteFunctionEventInvokeConfigRequest {
    /// The name of the Lambda function, version, or alias.
    ///
    /// **Name formats**
    ///
    /// - **Function name** - `my-function` (name-only), `my-function:v1` (with alias).
    /// - **Function ARN** -
    ///   `arn:aws:lambda:us-west-2:123456789012:function:my-function`.
    /// - **Partial ARN** - `123456789012:function:my-function`.
    ///
    /// You can append a version number or alias to any of the formats. The length
    /// constraint applies only to the full ARN. If you specify only the function name,
    /// it is limited to 64 characters in length.
    #[serde(skip)]
    pub function_name: ::std::string::String,
    /// A version number or alias name.
    #[serde(skip)]
    pub qualifier: ::std::option::Option<::std::string::String>,
}
impl DeleteFunctionEventInvokeConfigRequest {
    /// A new [`DeleteFunctionEventInvokeConfigRequestBuilder`](crate::types::builders::DeleteFunctionEventInvokeConfigRequestBuilder).
    pub fn builder() -> crate::types::builders::DeleteFunctionEventInvokeConfigRequestBuilder {
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
pub struct DeleteFunctionRequest {
    /// The name of the Lambda function or version.
    ///
    /// **Name formats**
    ///
    /// - **Function name** – `my-function` (name-only), `my-function:1` (with version).
    /// - **Function ARN** –
    ///   `arn:aws:lambda:us-west-2:123456789012:function:my-function`.
    /// - **Partial ARN** – `123456789012:function:my-function`.
    ///
    /// You can append a version number or alias to any of the formats. The length
    /// constraint applies only to the full ARN. If you specify only the function name,
    /// it is limited to 64 characters in length.
    #[serde(skip)]
    pub function_name: ::std::string::String,
    /// Specify a version to delete. You can't delete a version that an alias
    /// references.
    #[serde(skip)]
    pub qualifier: ::std::option::Option<::std::string::String>,
}
impl DeleteFunctionRequest {
    /// A new [`DeleteFunctionRequestBuilder`](crate::types::builders::DeleteFunctionRequestBuilder).
    pub fn builder() -> crate::types::builders::DeleteFunctionRequestBuilder {
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
pub struct DeleteFunctionResponse {
    #[serde(skip)]
    pub status_code: ::std::option::Option<i64>,
}
impl DeleteFunctionResponse {
    /// A new [`DeleteFunctionResponseBuilder`](crate::types::builders::DeleteFunctionResponseBuilder).
    pub fn builder() -> crate::types::builders::DeleteFunctionResponseBuilder {
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
pub struct DeleteFunctionUrlConfigRequest {
    /// The name of the Lambda function.
    ///
    /// **Name formats**
    ///
    /// - **Function name** – `my-function`.
    /// - **Function ARN** –
    ///   `arn:aws:lambda:us-west-2:123456789012:function:my-function`.
    /// - **Partial ARN** – `123456789012:function:my-function`.
    ///
    /// The length constraint applies only to the full ARN. If you specify only the
    /// function name, it is limited to 64 characters in length.
    #[serde(skip)]
    pub function_name: ::std::string::String,
    /// The alias name.
    #[serde(skip)]
    pub qualifier: ::std::option::Option<::std::string::String>,
}
impl DeleteFunctionUrlConfigRequest {
    /// A new [`DeleteFunctionUrlConfigRequestBuilder`](crate::types::builders::DeleteFunctionUrlConfigRequestBuilder).
    pub fn builder() -> crate::types::builders::DeleteFunctionUrlConfigRequestBuilder {
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
pub struct DeleteLayerVersionRequest {
    /// The name or Amazon Resource Name (ARN) of the layer.
    #[serde(skip)]
    pub layer_name: ::std::string::String,
    /// The version number.
    #[serde(skip)]
    pub version_number: i64,
}
impl DeleteLayerVersionRequest {
    /// A new [`DeleteLayerVersionRequestBuilder`](crate::types::builders::DeleteLayerVersionRequestBuilder).
    pub fn builder() -> crate::types::builders::DeleteLayerVersionRequestBuilder {
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
pub struct DeleteProvisionedConcurrencyConfigRequest {
    /// The name of the Lambda function.
    ///
    /// **Name formats**
    ///
    /// - **Function name** – `my-function`.
    /// - **Function ARN** –
    ///   `arn:aws:lambda:us-west-2:123456789012:function:my-function`.
    /// - **Partial ARN** – `123456789012:function:my-function`.
    ///
    /// The length constraint applies only to the full ARN. If you specify only the
    /// function name, it is limited to 64 characters in length.
    #[serde(skip)]
    pub function_name: ::std::string::String,
    /// The version number or alias name.
    #[serde(skip)]
    pub qualifier: ::std::string::String,
}
impl DeleteProvisionedConcurrencyConfigRequest {
    /// A new [`DeleteProvisionedConcurrencyConfigRequestBuilder`](crate::types::builders::DeleteProvisionedConcurrencyConfigRequestBuilder).
    pub fn builder() -> crate::types::builders::DeleteProvisionedConcurrencyConfigRequestBuilder {
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
pub struct DeleteResourcePolicyRequest {
    #[serde(skip)]
    pub resource_arn: ::std::string::String,
    #[serde(skip)]
    pub revision_id: ::std::option::Option<::std::string::String>,
}
impl DeleteResourcePolicyRequest {
    /// A new [`DeleteResourcePolicyRequestBuilder`](crate::types::builders::DeleteResourcePolicyRequestBuilder).
    pub fn builder() -> crate::types::builders::DeleteResourcePolicyRequestBuilder {
        ::std::default::Default::default()
    }
}
/// A configuration object that specifies the destination of an event after Lambda
/// processes it.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct DestinationConfig {
    /// The destination configuration for failed invocations.
    #[serde(
        rename = "OnFailure",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub on_failure: ::std::option::Option<crate::types::OnFailure>,
    /// The destination configuration for successful invocations.
    #[serde(
        rename = "OnSuccess",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub on_success: ::std::option::Option<crate::types::OnSuccess>,
}
impl DestinationConfig {
    /// A new [`DestinationConfigBuilder`](crate::types::builders::DestinationConfigBuilder).
    pub fn builder() -> crate::types::builders::DestinationConfigBuilder {
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
pub enum DirectS3Read {
    /// `ENABLED`
    Enabled,
    /// `DISABLED`
    Disabled,
    /// `AUTO`
    Auto,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl DirectS3Read {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Enabled => "ENABLED",
            Self::Disabled => "DISABLED",
            Self::Auto => "AUTO",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["ENABLED", "DISABLED", "AUTO"]
    }
}
impl ::std::convert::From<&str> for DirectS3Read {
    fn from(s: &str) -> Self {
        match s {
            "ENABLED" => Self::Enabled,
            "DISABLED" => Self::Disabled,
            "AUTO" => Self::Auto,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(DirectS3Read);
/// Specific configuration settings for a DocumentDB event source.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct DocumentDbEventSourceConfig {
    /// The name of the collection to consume within the database. If you do not specify
    /// a collection, Lambda consumes all collections.
    #[serde(
        rename = "CollectionName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub collection_name: ::std::option::Option<::std::string::String>,
    /// The name of the database to consume within the DocumentDB cluster.
    #[serde(
        rename = "DatabaseName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub database_name: ::std::option::Option<::std::string::String>,
    /// Determines what DocumentDB sends to your event stream during document update
    /// operations. If set to UpdateLookup, DocumentDB sends a delta describing the
    /// changes, along with a copy of the entire document. Otherwise, DocumentDB sends
    /// only a partial document that contains the changes.
    #[serde(
        rename = "FullDocument",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub full_document: ::std::option::Option<crate::types::FullDocument>,
}
impl DocumentDbEventSourceConfig {
    /// A new [`DocumentDbEventSourceConfigBuilder`](crate::types::builders::DocumentDbEventSourceConfigBuilder).
    pub fn builder() -> crate::types::builders::DocumentDbEventSourceConfigBuilder {
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
pub struct DurableConfig {
    #[serde(
        rename = "ExecutionTimeout",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub execution_timeout: ::std::option::Option<i64>,
    #[serde(
        rename = "KMSKeyArn",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub kms_key_arn: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "RetentionPeriodInDays",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub retention_period_in_days: ::std::option::Option<i64>,
}
impl DurableConfig {
    /// A new [`DurableConfigBuilder`](crate::types::builders::DurableConfigBuilder).
    pub fn builder() -> crate::types::builders::DurableConfigBuilder {
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
pub enum EndPointType {
    /// `KAFKA_BOOTSTRAP_SERVERS`
    KafkaBootstrapServers,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl EndPointType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::KafkaBootstrapServers => "KAFKA_BOOTSTRAP_SERVERS",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["KAFKA_BOOTSTRAP_SERVERS"]
    }
}
impl ::std::convert::From<&str> for EndPointType {
    fn from(s: &str) -> Self {
        match s {
            "KAFKA_BOOTSTRAP_SERVERS" => Self::KafkaBootstrapServers,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(EndPointType);
/// A function's environment variable settings. You can use environment variables to
/// adjust your function's behavior without updating code. An environment variable
/// is a pair of strings that are stored in a function's version-specific
/// configuration.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::default::Default,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct Environment {
    /// Environment variable key-value pairs. For more information, see [Using Lambda
    /// environment
    /// variables](https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html).
    #[serde(
        rename = "Variables",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub variables: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
}
impl Environment {
    /// A new [`EnvironmentBuilder`](crate::types::builders::EnvironmentBuilder).
    pub fn builder() -> crate::types::builders::EnvironmentBuilder {
        ::std::default::Default::default()
    }
}
impl ::std::fmt::Debug for Environment {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let mut s = f.debug_struct("Environment");
        s.field("variables", &"*** Sensitive Data Redacted ***");
        s.finish()
    }
}
/// Error messages for environment variables that couldn't be applied.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct EnvironmentError {
    /// The error code.
    #[serde(rename = "ErrorCode", default)]
    pub error_code: ::std::option::Option<::std::string::String>,
    /// The error message.
    #[serde(rename = "Message", default, alias = "message")]
    pub message: ::std::option::Option<::std::string::String>,
}
impl EnvironmentError {
    /// A new [`EnvironmentErrorBuilder`](crate::types::builders::EnvironmentErrorBuilder).
    pub fn builder() -> crate::types::builders::EnvironmentErrorBuilder {
        ::std::default::Default::default()
    }
}
impl ::std::fmt::Debug for EnvironmentError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let mut s = f.debug_struct("EnvironmentError");
        s.field("error_code", &self.error_code);
        s.field("message", &"*** Sensitive Data Redacted ***");
        s.finish()
    }
}
/// The results of an operation to update or read environment variables. If the
/// operation succeeds, the response contains the environment variables. If it
/// fails, the response contains details about the error.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct EnvironmentResponse {
    /// Error messages for environment variables that couldn't be applied.
    #[serde(rename = "Error", default)]
    pub error: ::std::option::Option<crate::types::EnvironmentError>,
    /// Environment variable key-value pairs. Omitted from CloudTrail logs.
    #[serde(rename = "Variables", default)]
    pub variables: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
}
impl EnvironmentResponse {
    /// A new [`EnvironmentResponseBuilder`](crate::types::builders::EnvironmentResponseBuilder).
    pub fn builder() -> crate::types::builders::EnvironmentResponseBuilder {
        ::std::default::Default::default()
    }
}
impl ::std::fmt::Debug for EnvironmentResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let mut s = f.debug_struct("EnvironmentResponse");
        s.field("error", &self.error);
        s.field("variables", &"*** Sensitive Data Redacted ***");
        s.finish()
    }
}
/// The size of the function's `/tmp` directory in MB. The default value is 512, but
/// it can be any whole number between 512 and 10,240 MB.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct EphemeralStorage {
    /// The size of the function's `/tmp` directory.
    #[serde(rename = "Size", default)]
    pub size: i64,
}
impl EphemeralStorage {
    /// A new [`EphemeralStorageBuilder`](crate::types::builders::EphemeralStorageBuilder).
    pub fn builder() -> crate::types::builders::EphemeralStorageBuilder {
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
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ErrorObject {
    #[serde(
        rename = "ErrorData",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub error_data: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "ErrorMessage",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub error_message: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "ErrorType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub error_type: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "StackTrace",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub stack_trace: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
impl ErrorObject {
    /// A new [`ErrorObjectBuilder`](crate::types::builders::ErrorObjectBuilder).
    pub fn builder() -> crate::types::builders::ErrorObjectBuilder {
        ::std::default::Default::default()
    }
}
impl ::std::fmt::Debug for ErrorObject {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let mut s = f.debug_struct("ErrorObject");
        s.field("error_data", &"*** Sensitive Data Redacted ***");
        s.field("error_message", &"*** Sensitive Data Redacted ***");
        s.field("error_type", &"*** Sensitive Data Redacted ***");
        s.field("stack_trace", &"*** Sensitive Data Redacted ***");
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
pub struct Event {
    #[serde(rename = "CallbackFailedDetails", default)]
    pub callback_failed_details: ::std::option::Option<
        crate::types::CallbackFailedDetails,
    >,
    #[serde(rename = "CallbackStartedDetails", default)]
    pub callback_started_details: ::std::option::Option<
        crate::types::CallbackStartedDetails,
    >,
    #[serde(rename = "CallbackSucceededDetails", default)]
    pub callback_succeeded_details: ::std::option::Option<
        crate::types::CallbackSucceededDetails,
    >,
    #[serde(rename = "CallbackTimedOutDetails", default)]
    pub callback_timed_out_details: ::std::option::Option<
        crate::types::CallbackTimedOutDetails,
    >,
    #[serde(rename = "ChainedInvokeFailedDetails", default)]
    pub chained_invoke_failed_details: ::std::option::Option<
        crate::types::ChainedInvokeFailedDetails,
    >,
    #[serde(rename = "ChainedInvokeStartedDetails", default)]
    pub chained_invoke_started_details: ::std::option::Option<
        crate::types::ChainedInvokeStartedDetails,
    >,
    #[serde(rename = "ChainedInvokeStoppedDetails", default)]
    pub chained_invoke_stopped_details: ::std::option::Option<
        crate::types::ChainedInvokeStoppedDetails,
    >,
    #[serde(rename = "ChainedInvokeSucceededDetails", default)]
    pub chained_invoke_succeeded_details: ::std::option::Option<
        crate::types::ChainedInvokeSucceededDetails,
    >,
    #[serde(rename = "ChainedInvokeTimedOutDetails", default)]
    pub chained_invoke_timed_out_details: ::std::option::Option<
        crate::types::ChainedInvokeTimedOutDetails,
    >,
    #[serde(rename = "ContextFailedDetails", default)]
    pub context_failed_details: ::std::option::Option<
        crate::types::ContextFailedDetails,
    >,
    #[serde(rename = "ContextStartedDetails", default)]
    pub context_started_details: ::std::option::Option<
        crate::types::ContextStartedDetails,
    >,
    #[serde(rename = "ContextSucceededDetails", default)]
    pub context_succeeded_details: ::std::option::Option<
        crate::types::ContextSucceededDetails,
    >,
    #[serde(rename = "EventId", default)]
    pub event_id: ::std::option::Option<i64>,
    #[serde(rename = "EventTimestamp", default)]
    pub event_timestamp: ::std::option::Option<crate::runtime::Timestamp>,
    #[serde(rename = "EventType", default)]
    pub event_type: ::std::option::Option<crate::types::EventType>,
    #[serde(rename = "ExecutionFailedDetails", default)]
    pub execution_failed_details: ::std::option::Option<
        crate::types::ExecutionFailedDetails,
    >,
    #[serde(rename = "ExecutionPausedDetails", default)]
    pub execution_paused_details: ::std::option::Option<
        crate::types::ExecutionPausedDetails,
    >,
    #[serde(rename = "ExecutionResumedDetails", default)]
    pub execution_resumed_details: ::std::option::Option<
        crate::types::ExecutionResumedDetails,
    >,
    #[serde(rename = "ExecutionStartedDetails", default)]
    pub execution_started_details: ::std::option::Option<
        crate::types::ExecutionStartedDetails,
    >,
    #[serde(rename = "ExecutionStoppedDetails", default)]
    pub execution_stopped_details: ::std::option::Option<
        crate::types::ExecutionStoppedDetails,
    >,
    #[serde(rename = "ExecutionSucceededDetails", default)]
    pub execution_succeeded_details: ::std::option::Option<
        crate::types::ExecutionSucceededDetails,
    >,
    #[serde(rename = "ExecutionTimedOutDetails", default)]
    pub execution_timed_out_details: ::std::option::Option<
        crate::types::ExecutionTimedOutDetails,
    >,
    #[serde(rename = "Id", default)]
    pub id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "InvocationCompletedDetails", default)]
    pub invocation_completed_details: ::std::option::Option<
        crate::types::InvocationCompletedDetails,
    >,
    #[serde(rename = "Name", default)]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ParentId", default)]
    pub parent_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "StepFailedDetails", default)]
    pub step_failed_details: ::std::option::Option<crate::types::StepFailedDetails>,
    #[serde(rename = "StepStartedDetails", default)]
    pub step_started_details: ::std::option::Option<crate::types::StepStartedDetails>,
    #[serde(rename = "StepSucceededDetails", default)]
    pub step_succeeded_details: ::std::option::Option<
        crate::types::StepSucceededDetails,
    >,
    #[serde(rename = "SubType", default)]
    pub sub_type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "WaitCancelledDetails", default)]
    pub wait_cancelled_details: ::std::option::Option<
        crate::types::WaitCancelledDetails,
    >,
    #[serde(rename = "WaitStartedDetails", default)]
    pub wait_started_details: ::std::option::Option<crate::types::WaitStartedDetails>,
    #[serde(rename = "WaitSucceededDetails", default)]
    pub wait_succeeded_details: ::std::option::Option<
        crate::types::WaitSucceededDetails,
    >,
}
impl Event {
    /// A new [`EventBuilder`](crate::types::builders::EventBuilder).
    pub fn builder() -> crate::types::builders::EventBuilder {
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
pub struct EventError {
    #[serde(rename = "Payload", default)]
    pub payload: ::std::option::Option<crate::types::ErrorObject>,
    #[serde(rename = "Truncated", default)]
    pub truncated: ::std::option::Option<bool>,
}
impl EventError {
    /// A new [`EventErrorBuilder`](crate::types::builders::EventErrorBuilder).
    pub fn builder() -> crate::types::builders::EventErrorBuilder {
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
pub struct EventInput {
    #[serde(rename = "Payload", default)]
    pub payload: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Truncated", default)]
    pub truncated: ::std::option::Option<bool>,
}
impl EventInput {
    /// A new [`EventInputBuilder`](crate::types::builders::EventInputBuilder).
    pub fn builder() -> crate::types::builders::EventInputBuilder {
        ::std::default::Default::default()
    }
}
impl ::std::fmt::Debug for EventInput {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let mut s = f.debug_struct("EventInput");
        s.field("payload", &"*** Sensitive Data Redacted ***");
        s.field("truncated", &self.truncated);
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
pub struct EventPauseReason {
    #[serde(rename = "Payload", default)]
    pub payload: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Truncated", default)]
    pub truncated: ::std::option::Option<bool>,
}
impl EventPauseReason {
    /// A new [`EventPauseReasonBuilder`](crate::types::builders::EventPauseReasonBuilder).
    pub fn builder() -> crate::types::builders::EventPauseReasonBuilder {
        ::std::default::Default::default()
    }
}
impl ::std::fmt::Debug for EventPauseReason {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let mut s = f.debug_struct("EventPauseReason");
        s.field("payload", &"*** Sensitive Data Redacted ***");
        s.field("truncated", &self.truncated);
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
pub struct EventResult {
    #[serde(rename = "Payload", default)]
    pub payload: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Truncated", default)]
    pub truncated: ::std::option::Option<bool>,
}
impl EventResult {
    /// A new [`EventResultBuilder`](crate::types::builders::EventResultBuilder).
    pub fn builder() -> crate::types::builders::EventResultBuilder {
        ::std::default::Default::default()
    }
}
impl ::std::fmt::Debug for EventResult {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let mut s = f.debug_struct("EventResult");
        s.field("payload", &"*** Sensitive Data Redacted ***");
        s.field("truncated", &self.truncated);
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
pub struct EventResumeReason {
    #[serde(rename = "Payload", default)]
    pub payload: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Truncated", default)]
    pub truncated: ::std::option::Option<bool>,
}
impl EventResumeReason {
    /// A new [`EventResumeReasonBuilder`](crate::types::builders::EventResumeReasonBuilder).
    pub fn builder() -> crate::types::builders::EventResumeReasonBuilder {
        ::std::default::Default::default()
    }
}
impl ::std::fmt::Debug for EventResumeReason {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let mut s = f.debug_struct("EventResumeReason");
        s.field("payload", &"*** Sensitive Data Redacted ***");
        s.field("truncated", &self.truncated);
        s.finish()
    }
}
/// A mapping between an Amazon Web Services resource and a Lambda function. For
/// details, see CreateEventSourceMapping.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct EventSourceMappingConfiguration {
    /// Specific configuration settings for an Amazon Managed Streaming for Apache Kafka
    /// (Amazon MSK) event source.
    #[serde(rename = "AmazonManagedKafkaEventSourceConfig", default)]
    pub amazon_managed_kafka_event_source_config: ::std::option::Option<
        crate::types::AmazonManagedKafkaEventSourceConfig,
    >,
    /// The maximum number of records in each batch that Lambda pulls from your stream
    /// or queue and sends to your function. Lambda passes all of the records in the
    /// batch to the function in a single call, up to the payload limit for synchronous
    /// invocation (6 MB).
    ///
    /// Default value: Varies by service. For Amazon SQS, the default is 10. For all
    /// other services, the default is 100.
    ///
    /// Related setting: When you set `BatchSize` to a value greater than 10, you must
    /// set `MaximumBatchingWindowInSeconds` to at least 1.
    #[serde(rename = "BatchSize", default)]
    pub batch_size: ::std::option::Option<i64>,
    /// (Kinesis and DynamoDB Streams only) If the function returns an error, split the
    /// batch in two and retry. The default value is false.
    #[serde(rename = "BisectBatchOnFunctionError", default)]
    pub bisect_batch_on_function_error: ::std::option::Option<bool>,
    /// (Kinesis and DynamoDB Streams only) An Amazon SQS queue or Amazon SNS topic
    /// destination for discarded records.
    #[serde(rename = "DestinationConfig", default)]
    pub destination_config: ::std::option::Option<crate::types::DestinationConfig>,
    /// Specific configuration settings for a DocumentDB event source.
    #[serde(rename = "DocumentDBEventSourceConfig", default)]
    pub document_db_event_source_config: ::std::option::Option<
        crate::types::DocumentDbEventSourceConfig,
    >,
    /// The Amazon Resource Name (ARN) of the event source.
    #[serde(rename = "EventSourceArn", default)]
    pub event_source_arn: ::std::option::Option<::std::string::String>,
    /// An object that defines the filter criteria that determine whether Lambda should
    /// process an event. For more information, see [Lambda event
    /// filtering](https://docs.aws.amazon.com/lambda/latest/dg/invocation-eventfiltering.html).
    #[serde(rename = "FilterCriteria", default)]
    pub filter_criteria: ::std::option::Option<crate::types::FilterCriteria>,
    /// The ARN of the Lambda function.
    #[serde(rename = "FunctionArn", default)]
    pub function_arn: ::std::option::Option<::std::string::String>,
    /// (Kinesis, DynamoDB Streams, and Amazon SQS) A list of current response type
    /// enums applied to the event source mapping.
    #[serde(rename = "FunctionResponseTypes", default)]
    pub function_response_types: ::std::option::Option<
        ::std::vec::Vec<crate::types::FunctionResponseType>,
    >,
    /// The date that the event source mapping was last updated or that its state
    /// changed.
    #[serde(rename = "LastModified", default)]
    pub last_modified: ::std::option::Option<crate::runtime::Timestamp>,
    /// The result of the last Lambda invocation of your function.
    #[serde(rename = "LastProcessingResult", default)]
    pub last_processing_result: ::std::option::Option<::std::string::String>,
    /// The maximum amount of time, in seconds, that Lambda spends gathering records
    /// before invoking the function. You can configure `MaximumBatchingWindowInSeconds`
    /// to any value from 0 seconds to 300 seconds in increments of seconds.
    ///
    /// For streams and Amazon SQS event sources, the default batching window is 0
    /// seconds. For Amazon MSK, Self-managed Apache Kafka, Amazon MQ, and DocumentDB
    /// event sources, the default batching window is 500 ms. Note that because you can
    /// only change `MaximumBatchingWindowInSeconds` in increments of seconds, you
    /// cannot revert back to the 500 ms default batching window after you have changed
    /// it. To restore the default batching window, you must create a new event source
    /// mapping.
    ///
    /// Related setting: For streams and Amazon SQS event sources, when you set
    /// `BatchSize` to a value greater than 10, you must set
    /// `MaximumBatchingWindowInSeconds` to at least 1.
    #[serde(rename = "MaximumBatchingWindowInSeconds", default)]
    pub maximum_batching_window_in_seconds: ::std::option::Option<i64>,
    /// (Kinesis and DynamoDB Streams only) Discard records older than the specified
    /// age. The default value is -1, which sets the maximum age to infinite. When the
    /// value is set to infinite, Lambda never discards old records.
    ///
    /// **Note:** The minimum valid value for maximum record age is 60s. Although values
    /// less than 60 and greater than -1 fall within the parameter's absolute range,
    /// they are not allowed
    #[serde(rename = "MaximumRecordAgeInSeconds", default)]
    pub maximum_record_age_in_seconds: ::std::option::Option<i64>,
    /// (Kinesis and DynamoDB Streams only) Discard records after the specified number
    /// of retries. The default value is -1, which sets the maximum number of retries to
    /// infinite. When MaximumRetryAttempts is infinite, Lambda retries failed records
    /// until the record expires in the event source.
    #[serde(rename = "MaximumRetryAttempts", default)]
    pub maximum_retry_attempts: ::std::option::Option<i64>,
    /// (Kinesis and DynamoDB Streams only) The number of batches to process
    /// concurrently from each shard. The default value is 1.
    #[serde(rename = "ParallelizationFactor", default)]
    pub parallelization_factor: ::std::option::Option<i64>,
    /// (Amazon MQ) The name of the Amazon MQ broker destination queue to consume.
    #[serde(rename = "Queues", default)]
    pub queues: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// (Amazon SQS only) The scaling configuration for the event source. For more
    /// information, see [Configuring maximum concurrency for Amazon SQS event
    /// sources](https://docs.aws.amazon.com/lambda/latest/dg/with-sqs.html#events-sqs-max-concurrency).
    #[serde(rename = "ScalingConfig", default)]
    pub scaling_config: ::std::option::Option<crate::types::ScalingConfig>,
    /// The self-managed Apache Kafka cluster for your event source.
    #[serde(rename = "SelfManagedEventSource", default)]
    pub self_managed_event_source: ::std::option::Option<
        crate::types::SelfManagedEventSource,
    >,
    /// Specific configuration settings for a self-managed Apache Kafka event source.
    #[serde(rename = "SelfManagedKafkaEventSourceConfig", default)]
    pub self_managed_kafka_event_source_config: ::std::option::Option<
        crate::types::SelfManagedKafkaEventSourceConfig,
    >,
    /// An array of the authentication protocol, VPC components, or virtual host to
    /// secure and define your event source.
    #[serde(rename = "SourceAccessConfigurations", default)]
    pub source_access_configurations: ::std::option::Option<
        ::std::vec::Vec<crate::types::SourceAccessConfiguration>,
    >,
    /// The position in a stream from which to start reading. Required for Amazon
    /// Kinesis and Amazon DynamoDB Stream event sources. `AT_TIMESTAMP` is supported
    /// only for Amazon Kinesis streams, Amazon DocumentDB, Amazon MSK, and self-managed
    /// Apache Kafka.
    #[serde(rename = "StartingPosition", default)]
    pub starting_position: ::std::option::Option<crate::types::EventSourcePosition>,
    /// With `StartingPosition` set to `AT_TIMESTAMP`, the time from which to start
    /// reading. `StartingPositionTimestamp` cannot be in the future.
    #[serde(rename = "StartingPositionTimestamp", default)]
    pub starting_position_timestamp: ::std::option::Option<crate::runtime::Timestamp>,
    /// The state of the event source mapping. It can be one of the following:
    /// `Creating`, `Enabling`, `Enabled`, `Disabling`, `Disabled`, `Updating`, or
    /// `Deleting`.
    #[serde(rename = "State", default)]
    pub state: ::std::option::Option<::std::string::String>,
    /// Indicates whether a user or Lambda made the last change to the event source
    /// mapping.
    #[serde(rename = "StateTransitionReason", default)]
    pub state_transition_reason: ::std::option::Option<::std::string::String>,
    /// The name of the Kafka topic.
    #[serde(rename = "Topics", default)]
    pub topics: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// (Kinesis and DynamoDB Streams only) The duration in seconds of a processing
    /// window for DynamoDB and Kinesis Streams event sources. A value of 0 seconds
    /// indicates no tumbling window.
    #[serde(rename = "TumblingWindowInSeconds", default)]
    pub tumbling_window_in_seconds: ::std::option::Option<i64>,
    /// The identifier of the event source mapping.
    #[serde(rename = "UUID", default)]
    pub uuid: ::std::option::Option<::std::string::String>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "EventSourceMappingArn", default)]
    pub event_source_mapping_arn: ::std::option::Option<::std::string::String>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "FilterCriteriaError", default)]
    pub filter_criteria_error: ::std::option::Option<crate::types::FilterCriteriaError>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "KMSKeyArn", default)]
    pub kms_key_arn: ::std::option::Option<::std::string::String>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "LoggingConfig", default)]
    pub logging_config: ::std::option::Option<
        crate::types::EventSourceMappingLoggingConfig,
    >,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "MetricsConfig", default)]
    pub metrics_config: ::std::option::Option<
        crate::types::EventSourceMappingMetricsConfig,
    >,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "ProvisionedPollerConfig", default)]
    pub provisioned_poller_config: ::std::option::Option<
        crate::types::ProvisionedPollerConfig,
    >,
}
impl EventSourceMappingConfiguration {
    /// A new [`EventSourceMappingConfigurationBuilder`](crate::types::builders::EventSourceMappingConfigurationBuilder).
    pub fn builder() -> crate::types::builders::EventSourceMappingConfigurationBuilder {
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
pub struct EventSourceMappingLoggingConfig {
    #[serde(
        rename = "SystemLogLevel",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub system_log_level: ::std::option::Option<
        crate::types::EventSourceMappingSystemLogLevel,
    >,
}
impl EventSourceMappingLoggingConfig {
    /// A new [`EventSourceMappingLoggingConfigBuilder`](crate::types::builders::EventSourceMappingLoggingConfigBuilder).
    pub fn builder() -> crate::types::builders::EventSourceMappingLoggingConfigBuilder {
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
pub enum EventSourceMappingMetric {
    /// `EventCount`
    EventCount,
    /// `ErrorCount`
    ErrorCount,
    /// `KafkaMetrics`
    KafkaMetrics,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl EventSourceMappingMetric {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::EventCount => "EventCount",
            Self::ErrorCount => "ErrorCount",
            Self::KafkaMetrics => "KafkaMetrics",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["EventCount", "ErrorCount", "KafkaMetrics"]
    }
}
impl ::std::convert::From<&str> for EventSourceMappingMetric {
    fn from(s: &str) -> Self {
        match s {
            "EventCount" => Self::EventCount,
            "ErrorCount" => Self::ErrorCount,
            "KafkaMetrics" => Self::KafkaMetrics,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(EventSourceMappingMetric);
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
pub struct EventSourceMappingMetricsConfig {
    #[serde(
        rename = "Metrics",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub metrics: ::std::option::Option<
        ::std::vec::Vec<crate::types::EventSourceMappingMetric>,
    >,
}
impl EventSourceMappingMetricsConfig {
    /// A new [`EventSourceMappingMetricsConfigBuilder`](crate::types::builders::EventSourceMappingMetricsConfigBuilder).
    pub fn builder() -> crate::types::builders::EventSourceMappingMetricsConfigBuilder {
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
pub enum EventSourceMappingSystemLogLevel {
    /// `DEBUG`
    Debug,
    /// `INFO`
    Info,
    /// `WARN`
    Warn,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl EventSourceMappingSystemLogLevel {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Debug => "DEBUG",
            Self::Info => "INFO",
            Self::Warn => "WARN",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["DEBUG", "INFO", "WARN"]
    }
}
impl ::std::convert::From<&str> for EventSourceMappingSystemLogLevel {
    fn from(s: &str) -> Self {
        match s {
            "DEBUG" => Self::Debug,
            "INFO" => Self::Info,
            "WARN" => Self::Warn,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(EventSourceMappingSystemLogLevel);
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
pub enum EventSourcePosition {
    /// `TRIM_HORIZON`
    TrimHorizon,
    /// `LATEST`
    Latest,
    /// `AT_TIMESTAMP`
    AtTimestamp,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl EventSourcePosition {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::TrimHorizon => "TRIM_HORIZON",
            Self::Latest => "LATEST",
            Self::AtTimestamp => "AT_TIMESTAMP",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["TRIM_HORIZON", "LATEST", "AT_TIMESTAMP"]
    }
}
impl ::std::convert::From<&str> for EventSourcePosition {
    fn from(s: &str) -> Self {
        match s {
            "TRIM_HORIZON" => Self::TrimHorizon,
            "LATEST" => Self::Latest,
            "AT_TIMESTAMP" => Self::AtTimestamp,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(EventSourcePosition);
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
pub enum EventType {
    /// `ExecutionStarted`
    ExecutionStarted,
    /// `ExecutionSucceeded`
    ExecutionSucceeded,
    /// `ExecutionFailed`
    ExecutionFailed,
    /// `ExecutionTimedOut`
    ExecutionTimedOut,
    /// `ExecutionStopped`
    ExecutionStopped,
    /// `ContextStarted`
    ContextStarted,
    /// `ContextSucceeded`
    ContextSucceeded,
    /// `ContextFailed`
    ContextFailed,
    /// `WaitStarted`
    WaitStarted,
    /// `WaitSucceeded`
    WaitSucceeded,
    /// `WaitCancelled`
    WaitCancelled,
    /// `StepStarted`
    StepStarted,
    /// `StepSucceeded`
    StepSucceeded,
    /// `StepFailed`
    StepFailed,
    /// `ChainedInvokeStarted`
    ChainedInvokeStarted,
    /// `ChainedInvokeSucceeded`
    ChainedInvokeSucceeded,
    /// `ChainedInvokeFailed`
    ChainedInvokeFailed,
    /// `ChainedInvokeTimedOut`
    ChainedInvokeTimedOut,
    /// `ChainedInvokeStopped`
    ChainedInvokeStopped,
    /// `CallbackStarted`
    CallbackStarted,
    /// `CallbackSucceeded`
    CallbackSucceeded,
    /// `CallbackFailed`
    CallbackFailed,
    /// `CallbackTimedOut`
    CallbackTimedOut,
    /// `InvocationCompleted`
    InvocationCompleted,
    /// `ExecutionPaused`
    ExecutionPaused,
    /// `ExecutionResumed`
    ExecutionResumed,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl EventType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ExecutionStarted => "ExecutionStarted",
            Self::ExecutionSucceeded => "ExecutionSucceeded",
            Self::ExecutionFailed => "ExecutionFailed",
            Self::ExecutionTimedOut => "ExecutionTimedOut",
            Self::ExecutionStopped => "ExecutionStopped",
            Self::ContextStarted => "ContextStarted",
            Self::ContextSucceeded => "ContextSucceeded",
            Self::ContextFailed => "ContextFailed",
            Self::WaitStarted => "WaitStarted",
            Self::WaitSucceeded => "WaitSucceeded",
            Self::WaitCancelled => "WaitCancelled",
            Self::StepStarted => "StepStarted",
            Self::StepSucceeded => "StepSucceeded",
            Self::StepFailed => "StepFailed",
            Self::ChainedInvokeStarted => "ChainedInvokeStarted",
            Self::ChainedInvokeSucceeded => "ChainedInvokeSucceeded",
            Self::ChainedInvokeFailed => "ChainedInvokeFailed",
            Self::ChainedInvokeTimedOut => "ChainedInvokeTimedOut",
            Self::ChainedInvokeStopped => "ChainedInvokeStopped",
            Self::CallbackStarted => "CallbackStarted",
            Self::CallbackSucceeded => "CallbackSucceeded",
            Self::CallbackFailed => "CallbackFailed",
            Self::CallbackTimedOut => "CallbackTimedOut",
            Self::InvocationCompleted => "InvocationCompleted",
            Self::ExecutionPaused => "ExecutionPaused",
            Self::ExecutionResumed => "ExecutionResumed",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &[
            "ExecutionStarted",
            "ExecutionSucceeded",
            "ExecutionFailed",
            "ExecutionTimedOut",
            "ExecutionStopped",
            "ContextStarted",
            "ContextSucceeded",
            "ContextFailed",
            "WaitStarted",
            "WaitSucceeded",
            "WaitCancelled",
            "StepStarted",
            "StepSucceeded",
            "StepFailed",
            "ChainedInvokeStarted",
            "ChainedInvokeSucceeded",
            "ChainedInvokeFailed",
            "ChainedInvokeTimedOut",
            "ChainedInvokeStopped",
            "CallbackStarted",
            "CallbackSucceeded",
            "CallbackFailed",
            "CallbackTimedOut",
            "InvocationCompleted",
            "ExecutionPaused",
            "ExecutionResumed",
        ]
    }
}
impl ::std::convert::From<&str> for EventType {
    fn from(s: &str) -> Self {
        match s {
            "ExecutionStarted" => Self::ExecutionStarted,
            "ExecutionSucceeded" => Self::ExecutionSucceeded,
            "ExecutionFailed" => Self::ExecutionFailed,
            "ExecutionTimedOut" => Self::ExecutionTimedOut,
            "ExecutionStopped" => Self::ExecutionStopped,
            "ContextStarted" => Self::ContextStarted,
            "ContextSucceeded" => Self::ContextSucceeded,
            "ContextFailed" => Self::ContextFailed,
            "WaitStarted" => Self::WaitStarted,
            "WaitSucceeded" => Self::WaitSucceeded,
            "WaitCancelled" => Self::WaitCancelled,
            "StepStarted" => Self::StepStarted,
            "StepSucceeded" => Self::StepSucceeded,
            "StepFailed" => Self::StepFailed,
            "ChainedInvokeStarted" => Self::ChainedInvokeStarted,
            "ChainedInvokeSucceeded" => Self::ChainedInvokeSucceeded,
            "ChainedInvokeFailed" => Self::ChainedInvokeFailed,
            "ChainedInvokeTimedOut" => Self::ChainedInvokeTimedOut,
            "ChainedInvokeStopped" => Self::ChainedInvokeStopped,
            "CallbackStarted" => Self::CallbackStarted,
            "CallbackSucceeded" => Self::CallbackSucceeded,
            "CallbackFailed" => Self::CallbackFailed,
            "CallbackTimedOut" => Self::CallbackTimedOut,
            "InvocationCompleted" => Self::InvocationCompleted,
            "ExecutionPaused" => Self::ExecutionPaused,
            "ExecutionResumed" => Self::ExecutionResumed,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(EventType);
/// From AWS's model: the apis.guru spec lacks it, and the model has no
/// documentation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct Execution {
    #[serde(rename = "DurableExecutionArn", default)]
    pub durable_execution_arn: ::std::string::String,
    #[serde(rename = "DurableExecutionName", default)]
    pub durable_execution_name: ::std::string::String,
    #[serde(rename = "EndTimestamp", default)]
    pub end_timestamp: ::std::option::Option<crate::runtime::Timestamp>,
    #[serde(rename = "FunctionArn", default)]
    pub function_arn: ::std::string::String,
    #[serde(rename = "KMSKeyArn", default)]
    pub kms_key_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "StartTimestamp", default)]
    pub start_timestamp: crate::runtime::Timestamp,
    #[serde(rename = "Status")]
    pub status: crate::types::ExecutionStatus,
}
impl Execution {
    /// A new [`ExecutionBuilder`](crate::types::builders::ExecutionBuilder).
    pub fn builder() -> crate::types::builders::ExecutionBuilder {
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
pub struct ExecutionDetails {
    #[serde(rename = "InputPayload", default)]
    pub input_payload: ::std::option::Option<::std::string::String>,
}
impl ExecutionDetails {
    /// A new [`ExecutionDetailsBuilder`](crate::types::builders::ExecutionDetailsBuilder).
    pub fn builder() -> crate::types::builders::ExecutionDetailsBuilder {
        ::std::default::Default::default()
    }
}
impl ::std::fmt::Debug for ExecutionDetails {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let mut s = f.debug_struct("ExecutionDetails");
        s.field("input_payload", &"*** Sensitive Data Redacted ***");
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
pub struct ExecutionFailedDetails {
    #[serde(rename = "Error", default)]
    pub error: crate::types::EventError,
}
impl ExecutionFailedDetails {
    /// A new [`ExecutionFailedDetailsBuilder`](crate::types::builders::ExecutionFailedDetailsBuilder).
    pub fn builder() -> crate::types::builders::ExecutionFailedDetailsBuilder {
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
pub struct ExecutionPausedDetails {
    #[serde(rename = "ExecutionTimeoutPaused", default)]
    pub execution_timeout_paused: bool,
    #[serde(rename = "PauseRequestTimestamp", default)]
    pub pause_request_timestamp: crate::runtime::Timestamp,
    #[serde(rename = "Reason", default)]
    pub reason: ::std::option::Option<crate::types::EventPauseReason>,
}
impl ExecutionPausedDetails {
    /// A new [`ExecutionPausedDetailsBuilder`](crate::types::builders::ExecutionPausedDetailsBuilder).
    pub fn builder() -> crate::types::builders::ExecutionPausedDetailsBuilder {
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
pub struct ExecutionResumedDetails {
    #[serde(rename = "Reason", default)]
    pub reason: ::std::option::Option<crate::types::EventResumeReason>,
    #[serde(rename = "ResumeRequestTimestamp", default)]
    pub resume_request_timestamp: crate::runtime::Timestamp,
}
impl ExecutionResumedDetails {
    /// A new [`ExecutionResumedDetailsBuilder`](crate::types::builders::ExecutionResumedDetailsBuilder).
    pub fn builder() -> crate::types::builders::ExecutionResumedDetailsBuilder {
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
pub struct ExecutionStartedDetails {
    #[serde(rename = "ExecutionTimeout", default)]
    pub execution_timeout: i64,
    #[serde(rename = "Input", default)]
    pub input: crate::types::EventInput,
}
impl ExecutionStartedDetails {
    /// A new [`ExecutionStartedDetailsBuilder`](crate::types::builders::ExecutionStartedDetailsBuilder).
    pub fn builder() -> crate::types::builders::ExecutionStartedDetailsBuilder {
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
pub enum ExecutionStatus {
    /// `RUNNING`
    Running,
    /// `SUCCEEDED`
    Succeeded,
    /// `FAILED`
    Failed,
    /// `TIMED_OUT`
    TimedOut,
    /// `STOPPED`
    Stopped,
    /// `DELETING`
    Deleting,
    /// `PAUSING`
    Pausing,
    /// `PAUSED`
    Paused,
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
            Self::Stopped => "STOPPED",
            Self::Deleting => "DELETING",
            Self::Pausing => "PAUSING",
            Self::Paused => "PAUSED",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &[
            "RUNNING",
            "SUCCEEDED",
            "FAILED",
            "TIMED_OUT",
            "STOPPED",
            "DELETING",
            "PAUSING",
            "PAUSED",
        ]
    }
}
impl ::std::convert::From<&str> for ExecutionStatus {
    fn from(s: &str) -> Self {
        match s {
            "RUNNING" => Self::Running,
            "SUCCEEDED" => Self::Succeeded,
            "FAILED" => Self::Failed,
            "TIMED_OUT" => Self::TimedOut,
            "STOPPED" => Self::Stopped,
            "DELETING" => Self::Deleting,
            "PAUSING" => Self::Pausing,
            "PAUSED" => Self::Paused,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(ExecutionStatus);
/// From AWS's model: the apis.guru spec lacks it, and the model has no
/// documentation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ExecutionStoppedDetails {
    #[serde(rename = "Error", default)]
    pub error: crate::types::EventError,
}
impl ExecutionStoppedDetails {
    /// A new [`ExecutionStoppedDetailsBuilder`](crate::types::builders::ExecutionStoppedDetailsBuilder).
    pub fn builder() -> crate::types::builders::ExecutionStoppedDetailsBuilder {
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
pub struct ExecutionSucceededDetails {
    #[serde(rename = "Result", default)]
    pub result: crate::types::EventResult,
}
impl ExecutionSucceededDetails {
    /// A new [`ExecutionSucceededDetailsBuilder`](crate::types::builders::ExecutionSucceededDetailsBuilder).
    pub fn builder() -> crate::types::builders::ExecutionSucceededDetailsBuilder {
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
pub struct ExecutionTimedOutDetails {
    #[serde(rename = "Error", default)]
    pub error: ::std::option::Option<crate::types::EventError>,
}
impl ExecutionTimedOutDetails {
    /// A new [`ExecutionTimedOutDetailsBuilder`](crate::types::builders::ExecutionTimedOutDetailsBuilder).
    pub fn builder() -> crate::types::builders::ExecutionTimedOutDetailsBuilder {
        ::std::default::Default::default()
    }
}
/// Details about the connection between a Lambda function and an [Amazon EFS file
/// system](https://docs.aws.amazon.com/lambda/latest/dg/configuration-filesystem.html).
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct FileSystemConfig {
    /// The Amazon Resource Name (ARN) of the Amazon EFS access point that provides
    /// access to the file system.
    #[serde(rename = "Arn", default)]
    pub arn: ::std::string::String,
    /// The path where the function can access the file system, starting with `/mnt/`.
    #[serde(rename = "LocalMountPath", default)]
    pub local_mount_path: ::std::string::String,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "S3FilesConfig",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub s3_files_config: ::std::option::Option<crate::types::S3FilesConfig>,
}
impl FileSystemConfig {
    /// A new [`FileSystemConfigBuilder`](crate::types::builders::FileSystemConfigBuilder).
    pub fn builder() -> crate::types::builders::FileSystemConfigBuilder {
        ::std::default::Default::default()
    }
}
/// A structure within a `FilterCriteria` object that defines an event filtering
/// pattern.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct Filter {
    /// A filter pattern. For more information on the syntax of a filter pattern, see
    /// [Filter rule
    /// syntax](https://docs.aws.amazon.com/lambda/latest/dg/invocation-eventfiltering.html#filtering-syntax).
    #[serde(
        rename = "Pattern",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub pattern: ::std::option::Option<::std::string::String>,
}
impl Filter {
    /// A new [`FilterBuilder`](crate::types::builders::FilterBuilder).
    pub fn builder() -> crate::types::builders::FilterBuilder {
        ::std::default::Default::default()
    }
}
/// An object that contains the filters for an event source.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct FilterCriteria {
    /// A list of filters.
    #[serde(
        rename = "Filters",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub filters: ::std::option::Option<::std::vec::Vec<crate::types::Filter>>,
}
impl FilterCriteria {
    /// A new [`FilterCriteriaBuilder`](crate::types::builders::FilterCriteriaBuilder).
    pub fn builder() -> crate::types::builders::FilterCriteriaBuilder {
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
pub struct FilterCriteriaError {
    #[serde(rename = "ErrorCode", default)]
    pub error_code: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Message", default, alias = "message")]
    pub message: ::std::option::Option<::std::string::String>,
}
impl FilterCriteriaError {
    /// A new [`FilterCriteriaErrorBuilder`](crate::types::builders::FilterCriteriaErrorBuilder).
    pub fn builder() -> crate::types::builders::FilterCriteriaErrorBuilder {
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
pub enum FullDocument {
    /// `UpdateLookup`
    UpdateLookup,
    /// `Default`
    Default,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl FullDocument {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::UpdateLookup => "UpdateLookup",
            Self::Default => "Default",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["UpdateLookup", "Default"]
    }
}
impl ::std::convert::From<&str> for FullDocument {
    fn from(s: &str) -> Self {
        match s {
            "UpdateLookup" => Self::UpdateLookup,
            "Default" => Self::Default,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(FullDocument);
/// The code for the Lambda function. You can either specify an object in Amazon S3,
/// upload a .zip file archive deployment package directly, or specify the URI of a
/// container image.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::default::Default,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct FunctionCode {
    /// URI of a [container
    /// image](https://docs.aws.amazon.com/lambda/latest/dg/lambda-images.html) in the
    /// Amazon ECR registry.
    #[serde(
        rename = "ImageUri",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_uri: ::std::option::Option<::std::string::String>,
    /// An Amazon S3 bucket in the same Amazon Web Services Region as your function. The
    /// bucket can be in a different Amazon Web Services account.
    #[serde(
        rename = "S3Bucket",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub s3_bucket: ::std::option::Option<::std::string::String>,
    /// The Amazon S3 key of the deployment package.
    #[serde(
        rename = "S3Key",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub s3_key: ::std::option::Option<::std::string::String>,
    /// For versioned objects, the version of the deployment package object to use.
    #[serde(
        rename = "S3ObjectVersion",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub s3_object_version: ::std::option::Option<::std::string::String>,
    /// The base64-encoded contents of the deployment package. Amazon Web Services SDK
    /// and CLI clients handle the encoding for you.
    #[serde(
        rename = "ZipFile",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub zip_file: ::std::option::Option<crate::runtime::Blob>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "S3ObjectStorageMode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub s3_object_storage_mode: ::std::option::Option<crate::types::S3ObjectStorageMode>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "SourceKMSKeyArn",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub source_kms_key_arn: ::std::option::Option<::std::string::String>,
}
impl FunctionCode {
    /// A new [`FunctionCodeBuilder`](crate::types::builders::FunctionCodeBuilder).
    pub fn builder() -> crate::types::builders::FunctionCodeBuilder {
        ::std::default::Default::default()
    }
}
impl ::std::fmt::Debug for FunctionCode {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let mut s = f.debug_struct("FunctionCode");
        s.field("image_uri", &self.image_uri);
        s.field("s3_bucket", &self.s3_bucket);
        s.field("s3_key", &self.s3_key);
        s.field("s3_object_version", &self.s3_object_version);
        s.field("zip_file", &"*** Sensitive Data Redacted ***");
        s.field("s3_object_storage_mode", &self.s3_object_storage_mode);
        s.field("source_kms_key_arn", &self.source_kms_key_arn);
        s.finish()
    }
}
/// Details about a function's deployment package.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct FunctionCodeLocation {
    /// URI of a container image in the Amazon ECR registry.
    #[serde(rename = "ImageUri", default)]
    pub image_uri: ::std::option::Option<::std::string::String>,
    /// A presigned URL that you can use to download the deployment package.
    #[serde(rename = "Location", default)]
    pub location: ::std::option::Option<::std::string::String>,
    /// The service that's hosting the file.
    #[serde(rename = "RepositoryType", default)]
    pub repository_type: ::std::option::Option<::std::string::String>,
    /// The resolved URI for the image.
    #[serde(rename = "ResolvedImageUri", default)]
    pub resolved_image_uri: ::std::option::Option<::std::string::String>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "Error", default)]
    pub error: ::std::option::Option<crate::types::FunctionCodeLocationError>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "ResolvedS3Object", default)]
    pub resolved_s3_object: ::std::option::Option<crate::types::ResolvedS3Object>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "SourceKMSKeyArn", default)]
    pub source_kms_key_arn: ::std::option::Option<::std::string::String>,
}
impl FunctionCodeLocation {
    /// A new [`FunctionCodeLocationBuilder`](crate::types::builders::FunctionCodeLocationBuilder).
    pub fn builder() -> crate::types::builders::FunctionCodeLocationBuilder {
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
pub struct FunctionCodeLocationError {
    #[serde(rename = "ErrorCode", default)]
    pub error_code: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Message", default, alias = "message")]
    pub message: ::std::option::Option<::std::string::String>,
}
impl FunctionCodeLocationError {
    /// A new [`FunctionCodeLocationErrorBuilder`](crate::types::builders::FunctionCodeLocationErrorBuilder).
    pub fn builder() -> crate::types::builders::FunctionCodeLocationErrorBuilder {
        ::std::default::Default::default()
    }
}
impl ::std::fmt::Debug for FunctionCodeLocationError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let mut s = f.debug_struct("FunctionCodeLocationError");
        s.field("error_code", &self.error_code);
        s.field("message", &"*** Sensitive Data Redacted ***");
        s.finish()
    }
}
/// Details about a function's configuration.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct FunctionConfiguration {
    /// The instruction set architecture that the function supports. Architecture is a
    /// string array with one of the valid values. The default architecture value is
    /// `x86_64`.
    #[serde(rename = "Architectures", default)]
    pub architectures: ::std::option::Option<
        ::std::vec::Vec<crate::types::Architecture>,
    >,
    /// The SHA256 hash of the function's deployment package.
    #[serde(rename = "CodeSha256", default)]
    pub code_sha256: ::std::option::Option<::std::string::String>,
    /// The size of the function's deployment package, in bytes.
    #[serde(rename = "CodeSize", default)]
    pub code_size: ::std::option::Option<i64>,
    /// The function's dead letter queue.
    #[serde(rename = "DeadLetterConfig", default)]
    pub dead_letter_config: ::std::option::Option<crate::types::DeadLetterConfig>,
    /// The function's description.
    #[serde(rename = "Description", default)]
    pub description: ::std::option::Option<::std::string::String>,
    /// The function's [environment
    /// variables](https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html).
    /// Omitted from CloudTrail logs.
    #[serde(rename = "Environment", default)]
    pub environment: ::std::option::Option<crate::types::EnvironmentResponse>,
    /// The size of the function’s `/tmp` directory in MB. The default value is 512, but
    /// it can be any whole number between 512 and 10,240 MB.
    #[serde(rename = "EphemeralStorage", default)]
    pub ephemeral_storage: ::std::option::Option<crate::types::EphemeralStorage>,
    /// Connection settings for an [Amazon EFS file
    /// system](https://docs.aws.amazon.com/lambda/latest/dg/configuration-filesystem.html).
    #[serde(rename = "FileSystemConfigs", default)]
    pub file_system_configs: ::std::option::Option<
        ::std::vec::Vec<crate::types::FileSystemConfig>,
    >,
    /// The function's Amazon Resource Name (ARN).
    #[serde(rename = "FunctionArn", default)]
    pub function_arn: ::std::option::Option<::std::string::String>,
    /// The name of the function.
    #[serde(rename = "FunctionName", default)]
    pub function_name: ::std::option::Option<::std::string::String>,
    /// The function that Lambda calls to begin running your function.
    #[serde(rename = "Handler", default)]
    pub handler: ::std::option::Option<::std::string::String>,
    /// The function's image configuration values.
    #[serde(rename = "ImageConfigResponse", default)]
    pub image_config_response: ::std::option::Option<crate::types::ImageConfigResponse>,
    /// The KMS key that's used to encrypt the function's [environment
    /// variables](https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html#configuration-envvars-encryption).
    /// When [Lambda
    /// SnapStart](https://docs.aws.amazon.com/lambda/latest/dg/snapstart-security.html)
    /// is activated, this key is also used to encrypt the function's snapshot. This key
    /// is returned only if you've configured a customer managed key.
    #[serde(rename = "KMSKeyArn", default)]
    pub kms_key_arn: ::std::option::Option<::std::string::String>,
    /// The date and time that the function was last updated, in [ISO-8601
    /// format](https://www.w3.org/TR/NOTE-datetime) (YYYY-MM-DDThh:mm:ss.sTZD).
    #[serde(rename = "LastModified", default)]
    pub last_modified: ::std::option::Option<::std::string::String>,
    /// The status of the last update that was performed on the function. This is first
    /// set to `Successful` after function creation completes.
    #[serde(rename = "LastUpdateStatus", default)]
    pub last_update_status: ::std::option::Option<crate::types::LastUpdateStatus>,
    /// The reason for the last update that was performed on the function.
    #[serde(rename = "LastUpdateStatusReason", default)]
    pub last_update_status_reason: ::std::option::Option<::std::string::String>,
    /// The reason code for the last update that was performed on the function.
    #[serde(rename = "LastUpdateStatusReasonCode", default)]
    pub last_update_status_reason_code: ::std::option::Option<
        crate::types::LastUpdateStatusReasonCode,
    >,
    /// The function's
    /// [layers](https://docs.aws.amazon.com/lambda/latest/dg/configuration-layers.html).
    #[serde(rename = "Layers", default)]
    pub layers: ::std::option::Option<::std::vec::Vec<crate::types::Layer>>,
    /// For Lambda@Edge functions, the ARN of the main function.
    #[serde(rename = "MasterArn", default)]
    pub master_arn: ::std::option::Option<::std::string::String>,
    /// The amount of memory available to the function at runtime.
    #[serde(rename = "MemorySize", default)]
    pub memory_size: ::std::option::Option<i64>,
    /// The type of deployment package. Set to `Image` for container image and set `Zip`
    /// for .zip file archive.
    #[serde(rename = "PackageType", default)]
    pub package_type: ::std::option::Option<crate::types::PackageType>,
    /// The latest updated revision of the function or alias.
    #[serde(rename = "RevisionId", default)]
    pub revision_id: ::std::option::Option<::std::string::String>,
    /// The function's execution role.
    #[serde(rename = "Role", default)]
    pub role: ::std::option::Option<::std::string::String>,
    /// The identifier of the function's
    /// [runtime](https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html).
    /// Runtime is required if the deployment package is a .zip file archive.
    ///
    /// The following list includes deprecated runtimes. For more information, see
    /// [Runtime deprecation
    /// policy](https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html#runtime-support-policy).
    #[serde(rename = "Runtime", default)]
    pub runtime: ::std::option::Option<crate::types::Runtime>,
    /// The ARN of the runtime and any errors that occured.
    #[serde(rename = "RuntimeVersionConfig", default)]
    pub runtime_version_config: ::std::option::Option<
        crate::types::RuntimeVersionConfig,
    >,
    /// The ARN of the signing job.
    #[serde(rename = "SigningJobArn", default)]
    pub signing_job_arn: ::std::option::Option<::std::string::String>,
    /// The ARN of the signing profile version.
    #[serde(rename = "SigningProfileVersionArn", default)]
    pub signing_profile_version_arn: ::std::option::Option<::std::string::String>,
    /// Set `ApplyOn` to `PublishedVersions` to create a snapshot of the initialized
    /// execution environment when you publish a function version. For more information,
    /// see [Improving startup performance with Lambda
    /// SnapStart](https://docs.aws.amazon.com/lambda/latest/dg/snapstart.html).
    #[serde(rename = "SnapStart", default)]
    pub snap_start: ::std::option::Option<crate::types::SnapStartResponse>,
    /// The current state of the function. When the state is `Inactive`, you can
    /// reactivate the function by invoking it.
    #[serde(rename = "State", default)]
    pub state: ::std::option::Option<crate::types::State>,
    /// The reason for the function's current state.
    #[serde(rename = "StateReason", default)]
    pub state_reason: ::std::option::Option<::std::string::String>,
    /// The reason code for the function's current state. When the code is `Creating`,
    /// you can't invoke or modify the function.
    #[serde(rename = "StateReasonCode", default)]
    pub state_reason_code: ::std::option::Option<crate::types::StateReasonCode>,
    /// The amount of time in seconds that Lambda allows a function to run before
    /// stopping it.
    #[serde(rename = "Timeout", default)]
    pub timeout: ::std::option::Option<i64>,
    /// The function's X-Ray tracing configuration.
    #[serde(rename = "TracingConfig", default)]
    pub tracing_config: ::std::option::Option<crate::types::TracingConfigResponse>,
    /// The version of the Lambda function.
    #[serde(rename = "Version", default)]
    pub version: ::std::option::Option<::std::string::String>,
    /// The function's networking configuration.
    #[serde(rename = "VpcConfig", default)]
    pub vpc_config: ::std::option::Option<crate::types::VpcConfigResponse>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "AcceleratorConfig", default)]
    pub accelerator_config: ::std::option::Option<crate::types::AcceleratorConfig>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "CapacityProviderConfig", default)]
    pub capacity_provider_config: ::std::option::Option<
        crate::types::CapacityProviderConfig,
    >,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "ConfigSha256", default)]
    pub config_sha256: ::std::option::Option<::std::string::String>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "DurableConfig", default)]
    pub durable_config: ::std::option::Option<crate::types::DurableConfig>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "LoggingConfig", default)]
    pub logging_config: ::std::option::Option<crate::types::LoggingConfig>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "RuntimeConfig", default)]
    pub runtime_config: ::std::option::Option<crate::types::FunctionRuntimeConfig>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "TenancyConfig", default)]
    pub tenancy_config: ::std::option::Option<crate::types::TenancyConfig>,
}
impl FunctionConfiguration {
    /// A new [`FunctionConfigurationBuilder`](crate::types::builders::FunctionConfigurationBuilder).
    pub fn builder() -> crate::types::builders::FunctionConfigurationBuilder {
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
pub struct FunctionEventInvokeConfig {
    /// A destination for events after they have been sent to a function for processing.
    ///
    /// **Destinations**
    ///
    /// - **Function** - The Amazon Resource Name (ARN) of a Lambda function.
    /// - **Queue** - The ARN of a standard SQS queue.
    /// - **Topic** - The ARN of a standard SNS topic.
    /// - **Event Bus** - The ARN of an Amazon EventBridge event bus.
    #[serde(rename = "DestinationConfig", default)]
    pub destination_config: ::std::option::Option<crate::types::DestinationConfig>,
    /// The Amazon Resource Name (ARN) of the function.
    #[serde(rename = "FunctionArn", default)]
    pub function_arn: ::std::option::Option<::std::string::String>,
    /// The date and time that the configuration was last updated.
    #[serde(rename = "LastModified", default)]
    pub last_modified: ::std::option::Option<crate::runtime::Timestamp>,
    /// The maximum age of a request that Lambda sends to a function for processing.
    #[serde(rename = "MaximumEventAgeInSeconds", default)]
    pub maximum_event_age_in_seconds: ::std::option::Option<i64>,
    /// The maximum number of times to retry when the function returns an error.
    #[serde(rename = "MaximumRetryAttempts", default)]
    pub maximum_retry_attempts: ::std::option::Option<i64>,
}
impl FunctionEventInvokeConfig {
    /// A new [`FunctionEventInvokeConfigBuilder`](crate::types::builders::FunctionEventInvokeConfigBuilder).
    pub fn builder() -> crate::types::builders::FunctionEventInvokeConfigBuilder {
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
pub enum FunctionResponseType {
    /// `ReportBatchItemFailures`
    ReportBatchItemFailures,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl FunctionResponseType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ReportBatchItemFailures => "ReportBatchItemFailures",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["ReportBatchItemFailures"]
    }
}
impl ::std::convert::From<&str> for FunctionResponseType {
    fn from(s: &str) -> Self {
        match s {
            "ReportBatchItemFailures" => Self::ReportBatchItemFailures,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(FunctionResponseType);
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
pub struct FunctionRuntimeConfig {
    #[serde(rename = "RuntimeAlias", default)]
    pub runtime_alias: ::std::string::String,
    #[serde(rename = "RuntimeArn", default)]
    pub runtime_arn: ::std::string::String,
}
impl FunctionRuntimeConfig {
    /// A new [`FunctionRuntimeConfigBuilder`](crate::types::builders::FunctionRuntimeConfigBuilder).
    pub fn builder() -> crate::types::builders::FunctionRuntimeConfigBuilder {
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
pub struct FunctionScalingConfig {
    #[serde(
        rename = "MaxExecutionEnvironments",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub max_execution_environments: ::std::option::Option<i64>,
    #[serde(
        rename = "MinExecutionEnvironments",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub min_execution_environments: ::std::option::Option<i64>,
}
impl FunctionScalingConfig {
    /// A new [`FunctionScalingConfigBuilder`](crate::types::builders::FunctionScalingConfigBuilder).
    pub fn builder() -> crate::types::builders::FunctionScalingConfigBuilder {
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
pub enum FunctionUrlAuthType {
    /// `NONE`
    None,
    /// `AWS_IAM`
    AwsIam,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl FunctionUrlAuthType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::None => "NONE",
            Self::AwsIam => "AWS_IAM",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["NONE", "AWS_IAM"]
    }
}
impl ::std::convert::From<&str> for FunctionUrlAuthType {
    fn from(s: &str) -> Self {
        match s {
            "NONE" => Self::None,
            "AWS_IAM" => Self::AwsIam,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(FunctionUrlAuthType);
/// Details about a Lambda function URL.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct FunctionUrlConfig {
    /// The type of authentication that your function URL uses. Set to `AWS_IAM` if you
    /// want to restrict access to authenticated users only. Set to `NONE` if you want
    /// to bypass IAM authentication to create a public endpoint. For more information,
    /// see [Security and auth model for Lambda function
    /// URLs](https://docs.aws.amazon.com/lambda/latest/dg/urls-auth.html).
    #[serde(rename = "AuthType")]
    pub auth_type: crate::types::FunctionUrlAuthType,
    /// The [cross-origin resource sharing
    /// (CORS)](https://developer.mozilla.org/en-US/docs/Web/HTTP/CORS) settings for
    /// your function URL.
    #[serde(rename = "Cors", default)]
    pub cors: ::std::option::Option<crate::types::Cors>,
    /// When the function URL was created, in [ISO-8601
    /// format](https://www.w3.org/TR/NOTE-datetime) (YYYY-MM-DDThh:mm:ss.sTZD).
    #[serde(rename = "CreationTime", default)]
    pub creation_time: ::std::string::String,
    /// The Amazon Resource Name (ARN) of your function.
    #[serde(rename = "FunctionArn", default)]
    pub function_arn: ::std::string::String,
    /// The HTTP URL endpoint for your function.
    #[serde(rename = "FunctionUrl", default)]
    pub function_url: ::std::string::String,
    /// Use one of the following options:
    ///
    /// - `BUFFERED` – This is the default option. Lambda invokes your function using
    ///   the `Invoke` API operation. Invocation results are available when the payload
    ///   is complete. The maximum payload size is 6 MB.
    /// - `RESPONSE_STREAM` – Your function streams payload results as they become
    ///   available. Lambda invokes your function using the `InvokeWithResponseStream`
    ///   API operation. The maximum response payload size is 20 MB, however, you can
    ///   [request a quota
    ///   increase](https://docs.aws.amazon.com/servicequotas/latest/userguide/request-quota-increase.html).
    #[serde(rename = "InvokeMode", default)]
    pub invoke_mode: ::std::option::Option<crate::types::InvokeMode>,
    /// When the function URL configuration was last updated, in [ISO-8601
    /// format](https://www.w3.org/TR/NOTE-datetime) (YYYY-MM-DDThh:mm:ss.sTZD).
    #[serde(rename = "LastModifiedTime", default)]
    pub last_modified_time: ::std::string::String,
}
impl FunctionUrlConfig {
    /// A new [`FunctionUrlConfigBuilder`](crate::types::builders::FunctionUrlConfigBuilder).
    pub fn builder() -> crate::types::builders::FunctionUrlConfigBuilder {
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
pub enum FunctionVersion {
    /// `ALL`
    All,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl FunctionVersion {
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
impl ::std::convert::From<&str> for FunctionVersion {
    fn from(s: &str) -> Self {
        match s {
            "ALL" => Self::All,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(FunctionVersion);
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
pub enum FunctionVersionLatestPublished {
    /// `LATEST_PUBLISHED`
    LatestPublished,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl FunctionVersionLatestPublished {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::LatestPublished => "LATEST_PUBLISHED",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["LATEST_PUBLISHED"]
    }
}
impl ::std::convert::From<&str> for FunctionVersionLatestPublished {
    fn from(s: &str) -> Self {
        match s {
            "LATEST_PUBLISHED" => Self::LatestPublished,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(FunctionVersionLatestPublished);
/// From AWS's model: the apis.guru spec lacks it, and the model has no
/// documentation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct FunctionVersionsByCapacityProviderListItem {
    #[serde(rename = "FunctionArn", default)]
    pub function_arn: ::std::string::String,
    #[serde(rename = "State")]
    pub state: crate::types::State,
}
impl FunctionVersionsByCapacityProviderListItem {
    /// A new [`FunctionVersionsByCapacityProviderListItemBuilder`](crate::types::builders::FunctionVersionsByCapacityProviderListItemBuilder).
    pub fn builder() -> crate::types::builders::FunctionVersionsByCapacityProviderListItemBuilder {
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
pub struct GetAccountSettingsRequest {}
impl GetAccountSettingsRequest {
    /// A new [`GetAccountSettingsRequestBuilder`](crate::types::builders::GetAccountSettingsRequestBuilder).
    pub fn builder() -> crate::types::builders::GetAccountSettingsRequestBuilder {
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
pub struct GetAccountSettingsResponse {
    /// Limits that are related to concurrency and code storage.
    #[serde(rename = "AccountLimit", default)]
    pub account_limit: ::std::option::Option<crate::types::AccountLimit>,
    /// The number of functions and amount of storage in use.
    #[serde(rename = "AccountUsage", default)]
    pub account_usage: ::std::option::Option<crate::types::AccountUsage>,
}
impl GetAccountSettingsResponse {
    /// A new [`GetAccountSettingsResponseBuilder`](crate::types::builders::GetAccountSettingsResponseBuilder).
    pub fn builder() -> crate::types::builders::GetAccountSettingsResponseBuilder {
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
pub struct GetAliasRequest {
    /// The name of the Lambda function.
    ///
    /// **Name formats**
    ///
    /// - **Function name** - `MyFunction`.
    /// - **Function ARN** -
    ///   `arn:aws:lambda:us-west-2:123456789012:function:MyFunction`.
    /// - **Partial ARN** - `123456789012:function:MyFunction`.
    ///
    /// The length constraint applies only to the full ARN. If you specify only the
    /// function name, it is limited to 64 characters in length.
    #[serde(skip)]
    pub function_name: ::std::string::String,
    /// The name of the alias.
    #[serde(skip)]
    pub name: ::std::string::String,
}
impl GetAliasRequest {
    /// A new [`GetAliasRequestBuilder`](crate::types::builders::GetAliasRequestBuilder).
    pub fn builder() -> crate::types::builders::GetAliasRequestBuilder {
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
pub struct GetCapacityProviderRequest {
    #[serde(skip)]
    pub capacity_provider_name: ::std::string::String,
}
impl GetCapacityProviderRequest {
    /// A new [`GetCapacityProviderRequestBuilder`](crate::types::builders::GetCapacityProviderRequestBuilder).
    pub fn builder() -> crate::types::builders::GetCapacityProviderRequestBuilder {
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
pub struct GetCapacityProviderResponse {
    #[serde(rename = "CapacityProvider")]
    pub capacity_provider: crate::types::CapacityProvider,
}
impl GetCapacityProviderResponse {
    /// A new [`GetCapacityProviderResponseBuilder`](crate::types::builders::GetCapacityProviderResponseBuilder).
    pub fn builder() -> crate::types::builders::GetCapacityProviderResponseBuilder {
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
pub struct GetCodeSigningConfigRequest {
    /// The The Amazon Resource Name (ARN) of the code signing configuration.
    #[serde(skip)]
    pub code_signing_config_arn: ::std::string::String,
}
impl GetCodeSigningConfigRequest {
    /// A new [`GetCodeSigningConfigRequestBuilder`](crate::types::builders::GetCodeSigningConfigRequestBuilder).
    pub fn builder() -> crate::types::builders::GetCodeSigningConfigRequestBuilder {
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
pub struct GetCodeSigningConfigResponse {
    /// The code signing configuration
    #[serde(rename = "CodeSigningConfig")]
    pub code_signing_config: crate::types::CodeSigningConfig,
}
impl GetCodeSigningConfigResponse {
    /// A new [`GetCodeSigningConfigResponseBuilder`](crate::types::builders::GetCodeSigningConfigResponseBuilder).
    pub fn builder() -> crate::types::builders::GetCodeSigningConfigResponseBuilder {
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
pub struct GetDurableExecutionHistoryRequest {
    #[serde(skip)]
    pub durable_execution_arn: ::std::string::String,
    #[serde(skip)]
    pub include_execution_data: ::std::option::Option<bool>,
    #[serde(skip)]
    pub marker: ::std::option::Option<::std::string::String>,
    #[serde(skip)]
    pub max_items: ::std::option::Option<i64>,
    #[serde(skip)]
    pub reverse_order: ::std::option::Option<bool>,
}
impl GetDurableExecutionHistoryRequest {
    /// A new [`GetDurableExecutionHistoryRequestBuilder`](crate::types::builders::GetDurableExecutionHistoryRequestBuilder).
    pub fn builder() -> crate::types::builders::GetDurableExecutionHistoryRequestBuilder {
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
pub struct GetDurableExecutionHistoryResponse {
    #[serde(rename = "Events", default)]
    pub events: ::std::vec::Vec<crate::types::Event>,
    #[serde(rename = "NextMarker", default)]
    pub next_marker: ::std::option::Option<::std::string::String>,
}
impl GetDurableExecutionHistoryResponse {
    /// A new [`GetDurableExecutionHistoryResponseBuilder`](crate::types::builders::GetDurableExecutionHistoryResponseBuilder).
    pub fn builder() -> crate::types::builders::GetDurableExecutionHistoryResponseBuilder {
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
pub struct GetDurableExecutionRequest {
    #[serde(skip)]
    pub durable_execution_arn: ::std::string::String,
    #[serde(skip)]
    pub include_execution_data: ::std::option::Option<bool>,
}
impl GetDurableExecutionRequest {
    /// A new [`GetDurableExecutionRequestBuilder`](crate::types::builders::GetDurableExecutionRequestBuilder).
    pub fn builder() -> crate::types::builders::GetDurableExecutionRequestBuilder {
        ::std::default::Default::default()
    }
}
#[derive(::std::clone::Clone, ::std::cmp::PartialEq, ::serde::Deserialize)]
#[non_exhaustive]
pub struct GetDurableExecutionResponse {
    #[serde(rename = "DurableConfig", default)]
    pub durable_config: ::std::option::Option<crate::types::DurableConfig>,
    #[serde(rename = "DurableExecutionArn", default)]
    pub durable_execution_arn: ::std::string::String,
    #[serde(rename = "DurableExecutionName", default)]
    pub durable_execution_name: ::std::string::String,
    #[serde(rename = "EndTimestamp", default)]
    pub end_timestamp: ::std::option::Option<crate::runtime::Timestamp>,
    #[serde(rename = "Error", default)]
    pub error: ::std::option::Option<crate::types::ErrorObject>,
    #[serde(rename = "ExecutionDataIncluded", default)]
    pub execution_data_included: ::std::option::Option<bool>,
    #[serde(rename = "ExpectedExecutionTimeoutTimestamp", default)]
    pub expected_execution_timeout_timestamp: ::std::option::Option<
        crate::runtime::Timestamp,
    >,
    #[serde(rename = "FunctionArn", default)]
    pub function_arn: ::std::string::String,
    #[serde(rename = "InputPayload", default)]
    pub input_payload: ::std::option::Option<::std::string::String>,
    #[serde(rename = "PauseDetails", default)]
    pub pause_details: ::std::option::Option<crate::types::PauseDetails>,
    #[serde(rename = "Result", default)]
    pub result: ::std::option::Option<::std::string::String>,
    #[serde(rename = "StartTimestamp", default)]
    pub start_timestamp: crate::runtime::Timestamp,
    #[serde(rename = "Status")]
    pub status: crate::types::ExecutionStatus,
    #[serde(rename = "TraceHeader", default)]
    pub trace_header: ::std::option::Option<crate::types::TraceHeader>,
    #[serde(rename = "Version", default)]
    pub version: ::std::option::Option<::std::string::String>,
}
impl GetDurableExecutionResponse {
    /// A new [`GetDurableExecutionResponseBuilder`](crate::types::builders::GetDurableExecutionResponseBuilder).
    pub fn builder() -> crate::types::builders::GetDurableExecutionResponseBuilder {
        ::std::default::Default::default()
    }
}
impl ::std::fmt::Debug for GetDurableExecutionResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let mut s = f.debug_struct("GetDurableExecutionResponse");
        s.field("durable_config", &self.durable_config);
        s.field("durable_execution_arn", &self.durable_execution_arn);
        s.field("durable_execution_name", &self.durable_execution_name);
        s.field("end_timestamp", &self.end_timestamp);
        s.field("error", &self.error);
        s.field("execution_data_included", &self.execution_data_included);
        s.field(
            "expected_execution_timeout_timestamp",
            &self.expected_execution_timeout_timestamp,
        );
        s.field("function_arn", &self.function_arn);
        s.field("input_payload", &"*** Sensitive Data Redacted ***");
        s.field("pause_details", &self.pause_details);
        s.field("result", &"*** Sensitive Data Redacted ***");
        s.field("start_timestamp", &self.start_timestamp);
        s.field("status", &self.status);
        s.field("trace_header", &self.trace_header);
        s.field("version", &self.version);
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
pub struct GetDurableExecutionStateRequest {
    #[serde(skip)]
    pub checkpoint_token: ::std::string::String,
    #[serde(skip)]
    pub durable_execution_arn: ::std::string::String,
    #[serde(skip)]
    pub marker: ::std::option::Option<::std::string::String>,
    #[serde(skip)]
    pub max_items: ::std::option::Option<i64>,
}
impl GetDurableExecutionStateRequest {
    /// A new [`GetDurableExecutionStateRequestBuilder`](crate::types::builders::GetDurableExecutionStateRequestBuilder).
    pub fn builder() -> crate::types::builders::GetDurableExecutionStateRequestBuilder {
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
pub struct GetDurableExecutionStateResponse {
    #[serde(rename = "NextMarker", default)]
    pub next_marker: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Operations", default)]
    pub operations: ::std::vec::Vec<crate::types::Operation>,
}
impl GetDurableExecutionStateResponse {
    /// A new [`GetDurableExecutionStateResponseBuilder`](crate::types::builders::GetDurableExecutionStateResponseBuilder).
    pub fn builder() -> crate::types::builders::GetDurableExecutionStateResponseBuilder {
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
pub struct GetEventSourceMappingRequest {
    /// The identifier of the event source mapping.
    #[serde(skip)]
    pub uuid: ::std::string::String,
}
impl GetEventSourceMappingRequest {
    /// A new [`GetEventSourceMappingRequestBuilder`](crate::types::builders::GetEventSourceMappingRequestBuilder).
    pub fn builder() -> crate::types::builders::GetEventSourceMappingRequestBuilder {
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
pub struct GetFunctionCodeSigningConfigRequest {
    /// The name of the Lambda function.
    ///
    /// **Name formats**
    ///
    /// - **Function name** - `MyFunction`.
    /// - **Function ARN** -
    ///   `arn:aws:lambda:us-west-2:123456789012:function:MyFunction`.
    /// - **Partial ARN** - `123456789012:function:MyFunction`.
    ///
    /// The length constraint applies only to the full ARN. If you specify only the
    /// function name, it is limited to 64 characters in length.
    #[serde(skip)]
    pub function_name: ::std::string::String,
}
impl GetFunctionCodeSigningConfigRequest {
    /// A new [`GetFunctionCodeSigningConfigRequestBuilder`](crate::types::builders::GetFunctionCodeSigningConfigRequestBuilder).
    pub fn builder() -> crate::types::builders::GetFunctionCodeSigningConfigRequestBuilder {
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
pub struct GetFunctionCodeSigningConfigResponse {
    /// The The Amazon Resource Name (ARN) of the code signing configuration.
    #[serde(rename = "CodeSigningConfigArn", default)]
    pub code_signing_config_arn: ::std::string::String,
    /// The name of the Lambda function.
    ///
    /// **Name formats**
    ///
    /// - **Function name** - `MyFunction`.
    /// - **Function ARN** -
    ///   `arn:aws:lambda:us-west-2:123456789012:function:MyFunction`.
    /// - **Partial ARN** - `123456789012:function:MyFunction`.
    ///
    /// The length constraint applies only to the full ARN. If you specify only the
    /// function name, it is limited to 64 characters in length.
    #[serde(rename = "FunctionName", default)]
    pub function_name: ::std::string::String,
}
impl GetFunctionCodeSigningConfigResponse {
    /// A new [`GetFunctionCodeSigningConfigResponseBuilder`](crate::types::builders::GetFunctionCodeSigningConfigResponseBuilder).
    pub fn builder() -> crate::types::builders::GetFunctionCodeSigningConfigResponseBuilder {
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
pub struct GetFunctionConcurrencyRequest {
    /// The name of the Lambda function.
    ///
    /// **Name formats**
    ///
    /// - **Function name** – `my-function`.
    /// - **Function ARN** –
    ///   `arn:aws:lambda:us-west-2:123456789012:function:my-function`.
    /// - **Partial ARN** – `123456789012:function:my-function`.
    ///
    /// The length constraint applies only to the full ARN. If you specify only the
    /// function name, it is limited to 64 characters in length.
    #[serde(skip)]
    pub function_name: ::std::string::String,
}
impl GetFunctionConcurrencyRequest {
    /// A new [`GetFunctionConcurrencyRequestBuilder`](crate::types::builders::GetFunctionConcurrencyRequestBuilder).
    pub fn builder() -> crate::types::builders::GetFunctionConcurrencyRequestBuilder {
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
pub struct GetFunctionConcurrencyResponse {
    /// The number of simultaneous executions that are reserved for the function.
    #[serde(rename = "ReservedConcurrentExecutions", default)]
    pub reserved_concurrent_executions: ::std::option::Option<i64>,
}
impl GetFunctionConcurrencyResponse {
    /// A new [`GetFunctionConcurrencyResponseBuilder`](crate::types::builders::GetFunctionConcurrencyResponseBuilder).
    pub fn builder() -> crate::types::builders::GetFunctionConcurrencyResponseBuilder {
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
pub struct GetFunctionConfigurationRequest {
    /// The name of the Lambda function, version, or alias.
    ///
    /// **Name formats**
    ///
    /// - **Function name** – `my-function` (name-only), `my-function:v1` (with alias).
    /// - **Function ARN** –
    ///   `arn:aws:lambda:us-west-2:123456789012:function:my-function`.
    /// - **Partial ARN** – `123456789012:function:my-function`.
    ///
    /// You can append a version number or alias to any of the formats. The length
    /// constraint applies only to the full ARN. If you specify only the function name,
    /// it is limited to 64 characters in length.
    #[serde(skip)]
    pub function_name: ::std::string::String,
    /// Specify a version or alias to get details about a published version of the
    /// function.
    #[serde(skip)]
    pub qualifier: ::std::option::Option<::std::string::String>,
}
impl GetFunctionConfigurationRequest {
    /// A new [`GetFunctionConfigurationRequestBuilder`](crate::types::builders::GetFunctionConfigurationRequestBuilder).
    pub fn builder() -> crate::types::builders::GetFunctionConfigurationRequestBuilder {
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
pub struct GetFunctionEventInvokeConfigRequest {
    /// The name of the Lambda function, version, or alias.
    ///
    /// **Name formats**
    ///
    /// - **Function name** - `my-function` (name-only), `my-function:v1` (with alias).
    /// - **Function ARN** -
    ///   `arn:aws:lambda:us-west-2:123456789012:function:my-function`.
    /// - **Partial ARN** - `123456789012:function:my-function`.
    ///
    /// You can append a version number or alias to any of the formats. The length
    /// constraint applies only to the full ARN. If you specify only the function name,
    /// it is limited to 64 characters in length.
    #[serde(skip)]
    pub function_name: ::std::string::String,
    /// A version number or alias name.
    #[serde(skip)]
    pub qualifier: ::std::option::Option<::std::string::String>,
}
impl GetFunctionEventInvokeConfigRequest {
    /// A new [`GetFunctionEventInvokeConfigRequestBuilder`](crate::types::builders::GetFunctionEventInvokeConfigRequestBuilder).
    pub fn builder() -> crate::types::builders::GetFunctionEventInvokeConfigRequestBuilder {
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
pub struct GetFunctionRecursionConfigRequest {
    #[serde(skip)]
    pub function_name: ::std::string::String,
}
impl GetFunctionRecursionConfigRequest {
    /// A new [`GetFunctionRecursionConfigRequestBuilder`](crate::types::builders::GetFunctionRecursionConfigRequestBuilder).
    pub fn builder() -> crate::types::builders::GetFunctionRecursionConfigRequestBuilder {
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
pub struct GetFunctionRecursionConfigResponse {
    #[serde(rename = "RecursiveLoop", default)]
    pub recursive_loop: ::std::option::Option<crate::types::RecursiveLoop>,
}
impl GetFunctionRecursionConfigResponse {
    /// A new [`GetFunctionRecursionConfigResponseBuilder`](crate::types::builders::GetFunctionRecursionConfigResponseBuilder).
    pub fn builder() -> crate::types::builders::GetFunctionRecursionConfigResponseBuilder {
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
pub struct GetFunctionRequest {
    /// The name of the Lambda function, version, or alias.
    ///
    /// **Name formats**
    ///
    /// - **Function name** – `my-function` (name-only), `my-function:v1` (with alias).
    /// - **Function ARN** –
    ///   `arn:aws:lambda:us-west-2:123456789012:function:my-function`.
    /// - **Partial ARN** – `123456789012:function:my-function`.
    ///
    /// You can append a version number or alias to any of the formats. The length
    /// constraint applies only to the full ARN. If you specify only the function name,
    /// it is limited to 64 characters in length.
    #[serde(skip)]
    pub function_name: ::std::string::String,
    /// Specify a version or alias to get details about a published version of the
    /// function.
    #[serde(skip)]
    pub qualifier: ::std::option::Option<::std::string::String>,
}
impl GetFunctionRequest {
    /// A new [`GetFunctionRequestBuilder`](crate::types::builders::GetFunctionRequestBuilder).
    pub fn builder() -> crate::types::builders::GetFunctionRequestBuilder {
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
pub struct GetFunctionResponse {
    /// The deployment package of the function or version.
    #[serde(rename = "Code", default)]
    pub code: ::std::option::Option<crate::types::FunctionCodeLocation>,
    /// The function's [reserved
    /// concurrency](https://docs.aws.amazon.com/lambda/latest/dg/concurrent-executions.html).
    #[serde(rename = "Concurrency", default)]
    pub concurrency: ::std::option::Option<crate::types::Concurrency>,
    /// The configuration of the function or version.
    #[serde(rename = "Configuration", default)]
    pub configuration: ::std::option::Option<crate::types::FunctionConfiguration>,
    /// The function's
    /// [tags](https://docs.aws.amazon.com/lambda/latest/dg/tagging.html).
    #[serde(rename = "Tags", default)]
    pub tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "TagsError", default)]
    pub tags_error: ::std::option::Option<crate::types::TagsError>,
}
impl GetFunctionResponse {
    /// A new [`GetFunctionResponseBuilder`](crate::types::builders::GetFunctionResponseBuilder).
    pub fn builder() -> crate::types::builders::GetFunctionResponseBuilder {
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
pub struct GetFunctionScalingConfigRequest {
    #[serde(skip)]
    pub function_name: ::std::string::String,
    #[serde(skip)]
    pub qualifier: ::std::string::String,
}
impl GetFunctionScalingConfigRequest {
    /// A new [`GetFunctionScalingConfigRequestBuilder`](crate::types::builders::GetFunctionScalingConfigRequestBuilder).
    pub fn builder() -> crate::types::builders::GetFunctionScalingConfigRequestBuilder {
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
pub struct GetFunctionScalingConfigResponse {
    #[serde(rename = "AppliedFunctionScalingConfig", default)]
    pub applied_function_scaling_config: ::std::option::Option<
        crate::types::FunctionScalingConfig,
    >,
    #[serde(rename = "FunctionArn", default)]
    pub function_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "RequestedFunctionScalingConfig", default)]
    pub requested_function_scaling_config: ::std::option::Option<
        crate::types::FunctionScalingConfig,
    >,
}
impl GetFunctionScalingConfigResponse {
    /// A new [`GetFunctionScalingConfigResponseBuilder`](crate::types::builders::GetFunctionScalingConfigResponseBuilder).
    pub fn builder() -> crate::types::builders::GetFunctionScalingConfigResponseBuilder {
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
pub struct GetFunctionUrlConfigRequest {
    /// The name of the Lambda function.
    ///
    /// **Name formats**
    ///
    /// - **Function name** – `my-function`.
    /// - **Function ARN** –
    ///   `arn:aws:lambda:us-west-2:123456789012:function:my-function`.
    /// - **Partial ARN** – `123456789012:function:my-function`.
    ///
    /// The length constraint applies only to the full ARN. If you specify only the
    /// function name, it is limited to 64 characters in length.
    #[serde(skip)]
    pub function_name: ::std::string::String,
    /// The alias name.
    #[serde(skip)]
    pub qualifier: ::std::option::Option<::std::string::String>,
}
impl GetFunctionUrlConfigRequest {
    /// A new [`GetFunctionUrlConfigRequestBuilder`](crate::types::builders::GetFunctionUrlConfigRequestBuilder).
    pub fn builder() -> crate::types::builders::GetFunctionUrlConfigRequestBuilder {
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
pub struct GetFunctionUrlConfigResponse {
    /// The type of authentication that your function URL uses. Set to `AWS_IAM` if you
    /// want to restrict access to authenticated users only. Set to `NONE` if you want
    /// to bypass IAM authentication to create a public endpoint. For more information,
    /// see [Security and auth model for Lambda function
    /// URLs](https://docs.aws.amazon.com/lambda/latest/dg/urls-auth.html).
    #[serde(rename = "AuthType")]
    pub auth_type: crate::types::FunctionUrlAuthType,
    /// The [cross-origin resource sharing
    /// (CORS)](https://developer.mozilla.org/en-US/docs/Web/HTTP/CORS) settings for
    /// your function URL.
    #[serde(rename = "Cors", default)]
    pub cors: ::std::option::Option<crate::types::Cors>,
    /// When the function URL was created, in [ISO-8601
    /// format](https://www.w3.org/TR/NOTE-datetime) (YYYY-MM-DDThh:mm:ss.sTZD).
    #[serde(rename = "CreationTime", default)]
    pub creation_time: ::std::string::String,
    /// The Amazon Resource Name (ARN) of your function.
    #[serde(rename = "FunctionArn", default)]
    pub function_arn: ::std::string::String,
    /// The HTTP URL endpoint for your function.
    #[serde(rename = "FunctionUrl", default)]
    pub function_url: ::std::string::String,
    /// Use one of the following options:
    ///
    /// - `BUFFERED` – This is the default option. Lambda invokes your function using
    ///   the `Invoke` API operation. Invocation results are available when the payload
    ///   is complete. The maximum payload size is 6 MB.
    /// - `RESPONSE_STREAM` – Your function streams payload results as they become
    ///   available. Lambda invokes your function using the `InvokeWithResponseStream`
    ///   API operation. The maximum response payload size is 20 MB, however, you can
    ///   [request a quota
    ///   increase](https://docs.aws.amazon.com/servicequotas/latest/userguide/request-quota-increase.html).
    #[serde(rename = "InvokeMode", default)]
    pub invoke_mode: ::std::option::Option<crate::types::InvokeMode>,
    /// When the function URL configuration was last updated, in [ISO-8601
    /// format](https://www.w3.org/TR/NOTE-datetime) (YYYY-MM-DDThh:mm:ss.sTZD).
    #[serde(rename = "LastModifiedTime", default)]
    pub last_modified_time: ::std::string::String,
}
impl GetFunctionUrlConfigResponse {
    /// A new [`GetFunctionUrlConfigResponseBuilder`](crate::types::builders::GetFunctionUrlConfigResponseBuilder).
    pub fn builder() -> crate::types::builders::GetFunctionUrlConfigResponseBuilder {
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
pub struct GetLayerVersionByArnRequest {
    /// The ARN of the layer version.
    #[serde(skip)]
    pub arn: ::std::string::String,
}
impl GetLayerVersionByArnRequest {
    /// A new [`GetLayerVersionByArnRequestBuilder`](crate::types::builders::GetLayerVersionByArnRequestBuilder).
    pub fn builder() -> crate::types::builders::GetLayerVersionByArnRequestBuilder {
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
pub struct GetLayerVersionPolicyRequest {
    /// The name or Amazon Resource Name (ARN) of the layer.
    #[serde(skip)]
    pub layer_name: ::std::string::String,
    /// The version number.
    #[serde(skip)]
    pub version_number: i64,
}
impl GetLayerVersionPolicyRequest {
    /// A new [`GetLayerVersionPolicyRequestBuilder`](crate::types::builders::GetLayerVersionPolicyRequestBuilder).
    pub fn builder() -> crate::types::builders::GetLayerVersionPolicyRequestBuilder {
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
pub struct GetLayerVersionPolicyResponse {
    /// The policy document.
    #[serde(rename = "Policy", default)]
    pub policy: ::std::option::Option<::std::string::String>,
    /// A unique identifier for the current revision of the policy.
    #[serde(rename = "RevisionId", default)]
    pub revision_id: ::std::option::Option<::std::string::String>,
}
impl GetLayerVersionPolicyResponse {
    /// A new [`GetLayerVersionPolicyResponseBuilder`](crate::types::builders::GetLayerVersionPolicyResponseBuilder).
    pub fn builder() -> crate::types::builders::GetLayerVersionPolicyResponseBuilder {
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
pub struct GetLayerVersionRequest {
    /// The name or Amazon Resource Name (ARN) of the layer.
    #[serde(skip)]
    pub layer_name: ::std::string::String,
    /// The version number.
    #[serde(skip)]
    pub version_number: i64,
}
impl GetLayerVersionRequest {
    /// A new [`GetLayerVersionRequestBuilder`](crate::types::builders::GetLayerVersionRequestBuilder).
    pub fn builder() -> crate::types::builders::GetLayerVersionRequestBuilder {
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
pub struct GetLayerVersionResponse {
    /// A list of compatible [instruction set
    /// architectures](https://docs.aws.amazon.com/lambda/latest/dg/foundation-arch.html).
    #[serde(rename = "CompatibleArchitectures", default)]
    pub compatible_architectures: ::std::option::Option<
        ::std::vec::Vec<crate::types::Architecture>,
    >,
    /// The layer's compatible runtimes.
    ///
    /// The following list includes deprecated runtimes. For more information, see
    /// [Runtime deprecation
    /// policy](https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html#runtime-support-policy).
    #[serde(rename = "CompatibleRuntimes", default)]
    pub compatible_runtimes: ::std::option::Option<
        ::std::vec::Vec<crate::types::Runtime>,
    >,
    /// Details about the layer version.
    #[serde(rename = "Content", default)]
    pub content: ::std::option::Option<crate::types::LayerVersionContentOutput>,
    /// The date that the layer version was created, in [ISO-8601
    /// format](https://www.w3.org/TR/NOTE-datetime) (YYYY-MM-DDThh:mm:ss.sTZD).
    #[serde(rename = "CreatedDate", default)]
    pub created_date: ::std::option::Option<::std::string::String>,
    /// The description of the version.
    #[serde(rename = "Description", default)]
    pub description: ::std::option::Option<::std::string::String>,
    /// The ARN of the layer.
    #[serde(rename = "LayerArn", default)]
    pub layer_arn: ::std::option::Option<::std::string::String>,
    /// The ARN of the layer version.
    #[serde(rename = "LayerVersionArn", default)]
    pub layer_version_arn: ::std::option::Option<::std::string::String>,
    /// The layer's software license.
    #[serde(rename = "LicenseInfo", default)]
    pub license_info: ::std::option::Option<::std::string::String>,
    /// The version number.
    #[serde(rename = "Version", default)]
    pub version: ::std::option::Option<i64>,
}
impl GetLayerVersionResponse {
    /// A new [`GetLayerVersionResponseBuilder`](crate::types::builders::GetLayerVersionResponseBuilder).
    pub fn builder() -> crate::types::builders::GetLayerVersionResponseBuilder {
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
pub struct GetPolicyRequest {
    /// The name of the Lambda function, version, or alias.
    ///
    /// **Name formats**
    ///
    /// - **Function name** – `my-function` (name-only), `my-function:v1` (with alias).
    /// - **Function ARN** –
    ///   `arn:aws:lambda:us-west-2:123456789012:function:my-function`.
    /// - **Partial ARN** – `123456789012:function:my-function`.
    ///
    /// You can append a version number or alias to any of the formats. The length
    /// constraint applies only to the full ARN. If you specify only the function name,
    /// it is limited to 64 characters in length.
    #[serde(skip)]
    pub function_name: ::std::string::String,
    /// Specify a version or alias to get the policy for that resource.
    #[serde(skip)]
    pub qualifier: ::std::option::Option<::std::string::String>,
}
impl GetPolicyRequest {
    /// A new [`GetPolicyRequestBuilder`](crate::types::builders::GetPolicyRequestBuilder).
    pub fn builder() -> crate::types::builders::GetPolicyRequestBuilder {
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
pub struct GetPolicyResponse {
    /// The resource-based policy.
    #[serde(rename = "Policy", default)]
    pub policy: ::std::option::Option<::std::string::String>,
    /// A unique identifier for the current revision of the policy.
    #[serde(rename = "RevisionId", default)]
    pub revision_id: ::std::option::Option<::std::string::String>,
}
impl GetPolicyResponse {
    /// A new [`GetPolicyResponseBuilder`](crate::types::builders::GetPolicyResponseBuilder).
    pub fn builder() -> crate::types::builders::GetPolicyResponseBuilder {
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
pub struct GetProvisionedConcurrencyConfigRequest {
    /// The name of the Lambda function.
    ///
    /// **Name formats**
    ///
    /// - **Function name** – `my-function`.
    /// - **Function ARN** –
    ///   `arn:aws:lambda:us-west-2:123456789012:function:my-function`.
    /// - **Partial ARN** – `123456789012:function:my-function`.
    ///
    /// The length constraint applies only to the full ARN. If you specify only the
    /// function name, it is limited to 64 characters in length.
    #[serde(skip)]
    pub function_name: ::std::string::String,
    /// The version number or alias name.
    #[serde(skip)]
    pub qualifier: ::std::string::String,
}
impl GetProvisionedConcurrencyConfigRequest {
    /// A new [`GetProvisionedConcurrencyConfigRequestBuilder`](crate::types::builders::GetProvisionedConcurrencyConfigRequestBuilder).
    pub fn builder() -> crate::types::builders::GetProvisionedConcurrencyConfigRequestBuilder {
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
pub struct GetProvisionedConcurrencyConfigResponse {
    /// The amount of provisioned concurrency allocated. When a weighted alias is used
    /// during linear and canary deployments, this value fluctuates depending on the
    /// amount of concurrency that is provisioned for the function versions.
    #[serde(rename = "AllocatedProvisionedConcurrentExecutions", default)]
    pub allocated_provisioned_concurrent_executions: ::std::option::Option<i64>,
    /// The amount of provisioned concurrency available.
    #[serde(rename = "AvailableProvisionedConcurrentExecutions", default)]
    pub available_provisioned_concurrent_executions: ::std::option::Option<i64>,
    /// The date and time that a user last updated the configuration, in [ISO 8601
    /// format](https://www.iso.org/iso-8601-date-and-time-format.html).
    #[serde(rename = "LastModified", default)]
    pub last_modified: ::std::option::Option<::std::string::String>,
    /// The amount of provisioned concurrency requested.
    #[serde(rename = "RequestedProvisionedConcurrentExecutions", default)]
    pub requested_provisioned_concurrent_executions: ::std::option::Option<i64>,
    /// The status of the allocation process.
    #[serde(rename = "Status", default)]
    pub status: ::std::option::Option<crate::types::ProvisionedConcurrencyStatusEnum>,
    /// For failed allocations, the reason that provisioned concurrency could not be
    /// allocated.
    #[serde(rename = "StatusReason", default)]
    pub status_reason: ::std::option::Option<::std::string::String>,
}
impl GetProvisionedConcurrencyConfigResponse {
    /// A new [`GetProvisionedConcurrencyConfigResponseBuilder`](crate::types::builders::GetProvisionedConcurrencyConfigResponseBuilder).
    pub fn builder() -> crate::types::builders::GetProvisionedConcurrencyConfigResponseBuilder {
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
pub struct GetResourcePolicyRequest {
    #[serde(skip)]
    pub resource_arn: ::std::string::String,
}
impl GetResourcePolicyRequest {
    /// A new [`GetResourcePolicyRequestBuilder`](crate::types::builders::GetResourcePolicyRequestBuilder).
    pub fn builder() -> crate::types::builders::GetResourcePolicyRequestBuilder {
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
pub struct GetResourcePolicyResponse {
    #[serde(rename = "Policy", default)]
    pub policy: ::std::option::Option<::std::string::String>,
    #[serde(rename = "RevisionId", default)]
    pub revision_id: ::std::option::Option<::std::string::String>,
}
impl GetResourcePolicyResponse {
    /// A new [`GetResourcePolicyResponseBuilder`](crate::types::builders::GetResourcePolicyResponseBuilder).
    pub fn builder() -> crate::types::builders::GetResourcePolicyResponseBuilder {
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
pub struct GetRuntimeManagementConfigRequest {
    /// The name of the Lambda function.
    ///
    /// **Name formats**
    ///
    /// - **Function name** – `my-function`.
    /// - **Function ARN** –
    ///   `arn:aws:lambda:us-west-2:123456789012:function:my-function`.
    /// - **Partial ARN** – `123456789012:function:my-function`.
    ///
    /// The length constraint applies only to the full ARN. If you specify only the
    /// function name, it is limited to 64 characters in length.
    #[serde(skip)]
    pub function_name: ::std::string::String,
    /// Specify a version of the function. This can be `$LATEST` or a published version
    /// number. If no value is specified, the configuration for the `$LATEST` version is
    /// returned.
    #[serde(skip)]
    pub qualifier: ::std::option::Option<::std::string::String>,
}
impl GetRuntimeManagementConfigRequest {
    /// A new [`GetRuntimeManagementConfigRequestBuilder`](crate::types::builders::GetRuntimeManagementConfigRequestBuilder).
    pub fn builder() -> crate::types::builders::GetRuntimeManagementConfigRequestBuilder {
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
pub struct GetRuntimeManagementConfigResponse {
    /// The Amazon Resource Name (ARN) of your function.
    #[serde(rename = "FunctionArn", default)]
    pub function_arn: ::std::option::Option<::std::string::String>,
    /// The ARN of the runtime the function is configured to use. If the runtime update
    /// mode is **Manual**, the ARN is returned, otherwise `null` is returned.
    #[serde(rename = "RuntimeVersionArn", default)]
    pub runtime_version_arn: ::std::option::Option<::std::string::String>,
    /// The current runtime update mode of the function.
    #[serde(rename = "UpdateRuntimeOn", default)]
    pub update_runtime_on: ::std::option::Option<crate::types::UpdateRuntimeOn>,
}
impl GetRuntimeManagementConfigResponse {
    /// A new [`GetRuntimeManagementConfigResponseBuilder`](crate::types::builders::GetRuntimeManagementConfigResponseBuilder).
    pub fn builder() -> crate::types::builders::GetRuntimeManagementConfigResponseBuilder {
        ::std::default::Default::default()
    }
}
/// Configuration values that override the container image Dockerfile settings. For
/// more information, see [Container image
/// settings](https://docs.aws.amazon.com/lambda/latest/dg/images-create.html#images-parms).
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ImageConfig {
    /// Specifies parameters that you want to pass in with ENTRYPOINT.
    #[serde(
        rename = "Command",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub command: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Specifies the entry point to their application, which is typically the location
    /// of the runtime executable.
    #[serde(
        rename = "EntryPoint",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub entry_point: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Specifies the working directory.
    #[serde(
        rename = "WorkingDirectory",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub working_directory: ::std::option::Option<::std::string::String>,
}
impl ImageConfig {
    /// A new [`ImageConfigBuilder`](crate::types::builders::ImageConfigBuilder).
    pub fn builder() -> crate::types::builders::ImageConfigBuilder {
        ::std::default::Default::default()
    }
}
/// Error response to `GetFunctionConfiguration`.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ImageConfigError {
    /// Error code.
    #[serde(rename = "ErrorCode", default)]
    pub error_code: ::std::option::Option<::std::string::String>,
    /// Error message.
    #[serde(rename = "Message", default, alias = "message")]
    pub message: ::std::option::Option<::std::string::String>,
}
impl ImageConfigError {
    /// A new [`ImageConfigErrorBuilder`](crate::types::builders::ImageConfigErrorBuilder).
    pub fn builder() -> crate::types::builders::ImageConfigErrorBuilder {
        ::std::default::Default::default()
    }
}
impl ::std::fmt::Debug for ImageConfigError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let mut s = f.debug_struct("ImageConfigError");
        s.field("error_code", &self.error_code);
        s.field("message", &"*** Sensitive Data Redacted ***");
        s.finish()
    }
}
/// Response to a `GetFunctionConfiguration` request.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ImageConfigResponse {
    /// Error response to `GetFunctionConfiguration`.
    #[serde(rename = "Error", default)]
    pub error: ::std::option::Option<crate::types::ImageConfigError>,
    /// Configuration values that override the container image Dockerfile.
    #[serde(rename = "ImageConfig", default)]
    pub image_config: ::std::option::Option<crate::types::ImageConfig>,
}
impl ImageConfigResponse {
    /// A new [`ImageConfigResponseBuilder`](crate::types::builders::ImageConfigResponseBuilder).
    pub fn builder() -> crate::types::builders::ImageConfigResponseBuilder {
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
pub struct InstanceRequirements {
    #[serde(
        rename = "AllowedInstanceTypes",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub allowed_instance_types: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    #[serde(
        rename = "Architectures",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub architectures: ::std::option::Option<
        ::std::vec::Vec<crate::types::Architecture>,
    >,
    #[serde(
        rename = "ExcludedInstanceTypes",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub excluded_instance_types: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
}
impl InstanceRequirements {
    /// A new [`InstanceRequirementsBuilder`](crate::types::builders::InstanceRequirementsBuilder).
    pub fn builder() -> crate::types::builders::InstanceRequirementsBuilder {
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
pub struct InvocationCompletedDetails {
    #[serde(rename = "EndTimestamp", default)]
    pub end_timestamp: crate::runtime::Timestamp,
    #[serde(rename = "Error", default)]
    pub error: ::std::option::Option<crate::types::EventError>,
    #[serde(rename = "RequestId", default)]
    pub request_id: ::std::string::String,
    #[serde(rename = "StartTimestamp", default)]
    pub start_timestamp: crate::runtime::Timestamp,
}
impl InvocationCompletedDetails {
    /// A new [`InvocationCompletedDetailsBuilder`](crate::types::builders::InvocationCompletedDetailsBuilder).
    pub fn builder() -> crate::types::builders::InvocationCompletedDetailsBuilder {
        ::std::default::Default::default()
    }
}
#[derive(::std::clone::Clone, ::std::cmp::PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct InvocationRequest {
    /// Up to 3,583 bytes of base64-encoded data about the invoking client to pass to
    /// the function in the context object.
    #[serde(skip)]
    pub client_context: ::std::option::Option<::std::string::String>,
    #[serde(skip)]
    pub durable_execution_name: ::std::option::Option<::std::string::String>,
    /// The name of the Lambda function, version, or alias.
    ///
    /// **Name formats**
    ///
    /// - **Function name** – `my-function` (name-only), `my-function:v1` (with alias).
    /// - **Function ARN** –
    ///   `arn:aws:lambda:us-west-2:123456789012:function:my-function`.
    /// - **Partial ARN** – `123456789012:function:my-function`.
    ///
    /// You can append a version number or alias to any of the formats. The length
    /// constraint applies only to the full ARN. If you specify only the function name,
    /// it is limited to 64 characters in length.
    #[serde(skip)]
    pub function_name: ::std::string::String,
    /// Choose from the following options.
    ///
    /// - `RequestResponse` (default) – Invoke the function synchronously. Keep the
    ///   connection open until the function returns a response or times out. The API
    ///   response includes the function response and additional data.
    /// - `Event` – Invoke the function asynchronously. Send events that fail multiple
    ///   times to the function's dead-letter queue (if one is configured). The API
    ///   response only includes a status code.
    /// - `DryRun` – Validate parameter values and verify that the user or role has
    ///   permission to invoke the function.
    #[serde(skip)]
    pub invocation_type: ::std::option::Option<crate::types::InvocationType>,
    /// Set to `Tail` to include the execution log in the response. Applies to
    /// synchronously invoked functions only.
    #[serde(skip)]
    pub log_type: ::std::option::Option<crate::types::LogType>,
    /// The JSON that you want to provide to your Lambda function as input.
    ///
    /// You can enter the JSON directly. For example, `--payload '{ "key": "value" }'`.
    /// You can also specify a file path. For example, `--payload file://payload.json`.
    #[serde(skip)]
    pub payload: ::std::option::Option<crate::runtime::Blob>,
    /// Specify a version or alias to invoke a published version of the function.
    #[serde(skip)]
    pub qualifier: ::std::option::Option<::std::string::String>,
    #[serde(skip)]
    pub tenant_id: ::std::option::Option<::std::string::String>,
}
impl InvocationRequest {
    /// A new [`InvocationRequestBuilder`](crate::types::builders::InvocationRequestBuilder).
    pub fn builder() -> crate::types::builders::InvocationRequestBuilder {
        ::std::default::Default::default()
    }
}
impl ::std::fmt::Debug for InvocationRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let mut s = f.debug_struct("InvocationRequest");
        s.field("client_context", &self.client_context);
        s.field("durable_execution_name", &self.durable_execution_name);
        s.field("function_name", &self.function_name);
        s.field("invocation_type", &self.invocation_type);
        s.field("log_type", &self.log_type);
        s.field("payload", &"*** Sensitive Data Redacted ***");
        s.field("qualifier", &self.qualifier);
        s.field("tenant_id", &self.tenant_id);
        s.finish()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct InvocationResponse {
    #[serde(skip)]
    pub durable_execution_arn: ::std::option::Option<::std::string::String>,
    #[serde(skip)]
    pub executed_version: ::std::option::Option<::std::string::String>,
    #[serde(skip)]
    pub function_error: ::std::option::Option<::std::string::String>,
    #[serde(skip)]
    pub log_result: ::std::option::Option<::std::string::String>,
    /// The response from the function, or an error object.
    #[serde(skip)]
    pub payload: ::std::option::Option<crate::runtime::Blob>,
    /// The HTTP status code is in the 200 range for a successful request. For the
    /// `RequestResponse` invocation type, this status code is 200. For the `Event`
    /// invocation type, this status code is 202. For the `DryRun` invocation type, the
    /// status code is 204.
    #[serde(skip)]
    pub status_code: ::std::option::Option<i64>,
}
impl InvocationResponse {
    /// A new [`InvocationResponseBuilder`](crate::types::builders::InvocationResponseBuilder).
    pub fn builder() -> crate::types::builders::InvocationResponseBuilder {
        ::std::default::Default::default()
    }
}
impl ::std::fmt::Debug for InvocationResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let mut s = f.debug_struct("InvocationResponse");
        s.field("durable_execution_arn", &self.durable_execution_arn);
        s.field("executed_version", &self.executed_version);
        s.field("function_error", &self.function_error);
        s.field("log_result", &self.log_result);
        s.field("payload", &"*** Sensitive Data Redacted ***");
        s.field("status_code", &self.status_code);
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
pub enum InvocationType {
    /// `Event`
    Event,
    /// `RequestResponse`
    RequestResponse,
    /// `DryRun`
    DryRun,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl InvocationType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Event => "Event",
            Self::RequestResponse => "RequestResponse",
            Self::DryRun => "DryRun",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["Event", "RequestResponse", "DryRun"]
    }
}
impl ::std::convert::From<&str> for InvocationType {
    fn from(s: &str) -> Self {
        match s {
            "Event" => Self::Event,
            "RequestResponse" => Self::RequestResponse,
            "DryRun" => Self::DryRun,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(InvocationType);
#[deprecated]
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct InvokeAsyncRequest {
    /// The name of the Lambda function.
    ///
    /// **Name formats**
    ///
    /// - **Function name** – `my-function`.
    /// - **Function ARN** –
    ///   `arn:aws:lambda:us-west-2:123456789012:function:my-function`.
    /// - **Partial ARN** – `123456789012:function:my-function`.
    ///
    /// The length constraint applies only to the full ARN. If you specify only the
    /// function name, it is limited to 64 characters in length.
    #[serde(skip)]
    pub function_name: ::std::string::String,
    /// The JSON that you want to provide to your Lambda function as input.
    #[serde(skip)]
    pub invoke_args: crate::runtime::Blob,
}
impl InvokeAsyncRequest {
    /// A new [`InvokeAsyncRequestBuilder`](crate::types::builders::InvokeAsyncRequestBuilder).
    pub fn builder() -> crate::types::builders::InvokeAsyncRequestBuilder {
        ::std::default::Default::default()
    }
}
/// A success response (`202 Accepted`) indicates that the request is queued for
/// invocation.
#[deprecated]
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct InvokeAsyncResponse {
    /// The status code.
    #[serde(skip)]
    pub status: ::std::option::Option<i64>,
}
impl InvokeAsyncResponse {
    /// A new [`InvokeAsyncResponseBuilder`](crate::types::builders::InvokeAsyncResponseBuilder).
    pub fn builder() -> crate::types::builders::InvokeAsyncResponseBuilder {
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
pub enum InvokeMode {
    /// `BUFFERED`
    Buffered,
    /// `RESPONSE_STREAM`
    ResponseStream,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl InvokeMode {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Buffered => "BUFFERED",
            Self::ResponseStream => "RESPONSE_STREAM",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["BUFFERED", "RESPONSE_STREAM"]
    }
}
impl ::std::convert::From<&str> for InvokeMode {
    fn from(s: &str) -> Self {
        match s {
            "BUFFERED" => Self::Buffered,
            "RESPONSE_STREAM" => Self::ResponseStream,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(InvokeMode);
/// A chunk of the streamed response payload.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::default::Default,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct InvokeResponseStreamUpdate {
    /// Data returned by your Lambda function.
    #[serde(rename = "Payload", default)]
    pub payload: ::std::option::Option<crate::runtime::Blob>,
}
impl InvokeResponseStreamUpdate {
    /// A new [`InvokeResponseStreamUpdateBuilder`](crate::types::builders::InvokeResponseStreamUpdateBuilder).
    pub fn builder() -> crate::types::builders::InvokeResponseStreamUpdateBuilder {
        ::std::default::Default::default()
    }
}
impl ::std::fmt::Debug for InvokeResponseStreamUpdate {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let mut s = f.debug_struct("InvokeResponseStreamUpdate");
        s.field("payload", &"*** Sensitive Data Redacted ***");
        s.finish()
    }
}
/// A response confirming that the event stream is complete.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct InvokeWithResponseStreamCompleteEvent {
    /// An error code.
    #[serde(rename = "ErrorCode", default)]
    pub error_code: ::std::option::Option<::std::string::String>,
    /// The details of any returned error.
    #[serde(rename = "ErrorDetails", default)]
    pub error_details: ::std::option::Option<::std::string::String>,
    /// The last 4 KB of the execution log, which is base64-encoded.
    #[serde(rename = "LogResult", default)]
    pub log_result: ::std::option::Option<::std::string::String>,
}
impl InvokeWithResponseStreamCompleteEvent {
    /// A new [`InvokeWithResponseStreamCompleteEventBuilder`](crate::types::builders::InvokeWithResponseStreamCompleteEventBuilder).
    pub fn builder() -> crate::types::builders::InvokeWithResponseStreamCompleteEventBuilder {
        ::std::default::Default::default()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct InvokeWithResponseStreamRequest {
    /// The JSON that you want to provide to your Lambda function as input.
    ///
    /// You can enter the JSON directly. For example, `--payload '{ "key": "value" }'`.
    /// You can also specify a file path. For example, `--payload file://payload.json`.
    #[serde(rename = "Payload", default)]
    pub payload: ::std::option::Option<crate::runtime::Blob>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "X-Amz-Client-Context", default)]
    pub x_amz_client_context: ::std::option::Option<::std::string::String>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "FunctionName")]
    pub function_name: ::std::string::String,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "X-Amz-Invocation-Type", default)]
    pub x_amz_invocation_type: ::std::option::Option<
        crate::types::ResponseStreamingInvocationType,
    >,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "X-Amz-Log-Type", default)]
    pub x_amz_log_type: ::std::option::Option<crate::types::LogType>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "Qualifier", default)]
    pub qualifier: ::std::option::Option<::std::string::String>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "X-Amz-Tenant-Id", default)]
    pub x_amz_tenant_id: ::std::option::Option<::std::string::String>,
}
impl InvokeWithResponseStreamRequest {
    /// A new [`InvokeWithResponseStreamRequestBuilder`](crate::types::builders::InvokeWithResponseStreamRequestBuilder).
    pub fn builder() -> crate::types::builders::InvokeWithResponseStreamRequestBuilder {
        ::std::default::Default::default()
    }
}
impl ::std::fmt::Debug for InvokeWithResponseStreamRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let mut s = f.debug_struct("InvokeWithResponseStreamRequest");
        s.field("payload", &"*** Sensitive Data Redacted ***");
        s.field("x_amz_client_context", &self.x_amz_client_context);
        s.field("function_name", &self.function_name);
        s.field("x_amz_invocation_type", &self.x_amz_invocation_type);
        s.field("x_amz_log_type", &self.x_amz_log_type);
        s.field("qualifier", &self.qualifier);
        s.field("x_amz_tenant_id", &self.x_amz_tenant_id);
        s.finish()
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
pub struct InvokeWithResponseStreamResponse {
    /// The stream of response payloads.
    #[serde(rename = "EventStream", default)]
    pub event_stream: ::std::option::Option<
        crate::types::InvokeWithResponseStreamResponseEvent,
    >,
    /// For a successful request, the HTTP status code is in the 200 range. For the
    /// `RequestResponse` invocation type, this status code is 200. For the `DryRun`
    /// invocation type, this status code is 204.
    #[serde(rename = "StatusCode", default)]
    pub status_code: ::std::option::Option<i64>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "X-Amz-Executed-Version", default)]
    pub x_amz_executed_version: ::std::option::Option<::std::string::String>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "Content-Type", default)]
    pub content_type: ::std::option::Option<::std::string::String>,
}
impl InvokeWithResponseStreamResponse {
    /// A new [`InvokeWithResponseStreamResponseBuilder`](crate::types::builders::InvokeWithResponseStreamResponseBuilder).
    pub fn builder() -> crate::types::builders::InvokeWithResponseStreamResponseBuilder {
        ::std::default::Default::default()
    }
}
/// An object that includes a chunk of the response payload. When the stream has
/// ended, Lambda includes a `InvokeComplete` object.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct InvokeWithResponseStreamResponseEvent {
    /// An object that's returned when the stream has ended and all the payload chunks
    /// have been returned.
    #[serde(rename = "InvokeComplete", default)]
    pub invoke_complete: ::std::option::Option<
        crate::types::InvokeWithResponseStreamCompleteEvent,
    >,
    /// A chunk of the streamed response payload.
    #[serde(rename = "PayloadChunk", default)]
    pub payload_chunk: ::std::option::Option<crate::types::InvokeResponseStreamUpdate>,
}
impl InvokeWithResponseStreamResponseEvent {
    /// A new [`InvokeWithResponseStreamResponseEventBuilder`](crate::types::builders::InvokeWithResponseStreamResponseEventBuilder).
    pub fn builder() -> crate::types::builders::InvokeWithResponseStreamResponseEventBuilder {
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
pub enum KafkaEventSourceMappingConsumptionMode {
    /// `Stream`
    Stream,
    /// `Queue`
    Queue,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl KafkaEventSourceMappingConsumptionMode {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Stream => "Stream",
            Self::Queue => "Queue",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["Stream", "Queue"]
    }
}
impl ::std::convert::From<&str> for KafkaEventSourceMappingConsumptionMode {
    fn from(s: &str) -> Self {
        match s {
            "Stream" => Self::Stream,
            "Queue" => Self::Queue,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(KafkaEventSourceMappingConsumptionMode);
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
pub struct KafkaSchemaRegistryAccessConfig {
    #[serde(
        rename = "Type",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub r#type: ::std::option::Option<crate::types::KafkaSchemaRegistryAuthType>,
    #[serde(
        rename = "URI",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub uri: ::std::option::Option<::std::string::String>,
}
impl KafkaSchemaRegistryAccessConfig {
    /// A new [`KafkaSchemaRegistryAccessConfigBuilder`](crate::types::builders::KafkaSchemaRegistryAccessConfigBuilder).
    pub fn builder() -> crate::types::builders::KafkaSchemaRegistryAccessConfigBuilder {
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
pub enum KafkaSchemaRegistryAuthType {
    /// `BASIC_AUTH`
    BasicAuth,
    /// `CLIENT_CERTIFICATE_TLS_AUTH`
    ClientCertificateTlsAuth,
    /// `SERVER_ROOT_CA_CERTIFICATE`
    ServerRootCaCertificate,
    /// `OAUTHBEARER_AUTH`
    OauthbearerAuth,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl KafkaSchemaRegistryAuthType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::BasicAuth => "BASIC_AUTH",
            Self::ClientCertificateTlsAuth => "CLIENT_CERTIFICATE_TLS_AUTH",
            Self::ServerRootCaCertificate => "SERVER_ROOT_CA_CERTIFICATE",
            Self::OauthbearerAuth => "OAUTHBEARER_AUTH",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &[
            "BASIC_AUTH",
            "CLIENT_CERTIFICATE_TLS_AUTH",
            "SERVER_ROOT_CA_CERTIFICATE",
            "OAUTHBEARER_AUTH",
        ]
    }
}
impl ::std::convert::From<&str> for KafkaSchemaRegistryAuthType {
    fn from(s: &str) -> Self {
        match s {
            "BASIC_AUTH" => Self::BasicAuth,
            "CLIENT_CERTIFICATE_TLS_AUTH" => Self::ClientCertificateTlsAuth,
            "SERVER_ROOT_CA_CERTIFICATE" => Self::ServerRootCaCertificate,
            "OAUTHBEARER_AUTH" => Self::OauthbearerAuth,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(KafkaSchemaRegistryAuthType);
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
pub struct KafkaSchemaRegistryConfig {
    #[serde(
        rename = "AccessConfigs",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub access_configs: ::std::option::Option<
        ::std::vec::Vec<crate::types::KafkaSchemaRegistryAccessConfig>,
    >,
    #[serde(
        rename = "EventRecordFormat",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_record_format: ::std::option::Option<
        crate::types::SchemaRegistryEventRecordFormat,
    >,
    #[serde(
        rename = "SchemaRegistryURI",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub schema_registry_uri: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "SchemaValidationConfigs",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub schema_validation_configs: ::std::option::Option<
        ::std::vec::Vec<crate::types::KafkaSchemaValidationConfig>,
    >,
}
impl KafkaSchemaRegistryConfig {
    /// A new [`KafkaSchemaRegistryConfigBuilder`](crate::types::builders::KafkaSchemaRegistryConfigBuilder).
    pub fn builder() -> crate::types::builders::KafkaSchemaRegistryConfigBuilder {
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
pub enum KafkaSchemaValidationAttribute {
    /// `KEY`
    Key,
    /// `VALUE`
    Value,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl KafkaSchemaValidationAttribute {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Key => "KEY",
            Self::Value => "VALUE",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["KEY", "VALUE"]
    }
}
impl ::std::convert::From<&str> for KafkaSchemaValidationAttribute {
    fn from(s: &str) -> Self {
        match s {
            "KEY" => Self::Key,
            "VALUE" => Self::Value,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(KafkaSchemaValidationAttribute);
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
pub struct KafkaSchemaValidationConfig {
    #[serde(
        rename = "Attribute",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub attribute: ::std::option::Option<crate::types::KafkaSchemaValidationAttribute>,
}
impl KafkaSchemaValidationConfig {
    /// A new [`KafkaSchemaValidationConfigBuilder`](crate::types::builders::KafkaSchemaValidationConfigBuilder).
    pub fn builder() -> crate::types::builders::KafkaSchemaValidationConfigBuilder {
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
pub struct LambdaManagedInstancesCapacityProviderConfig {
    #[serde(rename = "CapacityProviderArn", default)]
    pub capacity_provider_arn: ::std::string::String,
    #[serde(
        rename = "ExecutionEnvironmentMemoryGiBPerVCpu",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub execution_environment_memory_gi_b_per_v_cpu: ::std::option::Option<f64>,
    #[serde(
        rename = "PerExecutionEnvironmentMaxConcurrency",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub per_execution_environment_max_concurrency: ::std::option::Option<i64>,
}
impl LambdaManagedInstancesCapacityProviderConfig {
    /// A new [`LambdaManagedInstancesCapacityProviderConfigBuilder`](crate::types::builders::LambdaManagedInstancesCapacityProviderConfigBuilder).
    pub fn builder() -> crate::types::builders::LambdaManagedInstancesCapacityProviderConfigBuilder {
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
pub enum LastUpdateStatus {
    /// `Successful`
    Successful,
    /// `Failed`
    Failed,
    /// `InProgress`
    InProgress,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl LastUpdateStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Successful => "Successful",
            Self::Failed => "Failed",
            Self::InProgress => "InProgress",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["Successful", "Failed", "InProgress"]
    }
}
impl ::std::convert::From<&str> for LastUpdateStatus {
    fn from(s: &str) -> Self {
        match s {
            "Successful" => Self::Successful,
            "Failed" => Self::Failed,
            "InProgress" => Self::InProgress,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(LastUpdateStatus);
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
pub enum LastUpdateStatusReasonCode {
    /// `EniLimitExceeded`
    EniLimitExceeded,
    /// `InsufficientRolePermissions`
    InsufficientRolePermissions,
    /// `InvalidConfiguration`
    InvalidConfiguration,
    /// `InternalError`
    InternalError,
    /// `SubnetOutOfIPAddresses`
    SubnetOutOfIpAddresses,
    /// `InvalidSubnet`
    InvalidSubnet,
    /// `InvalidSecurityGroup`
    InvalidSecurityGroup,
    /// `ImageDeleted`
    ImageDeleted,
    /// `ImageAccessDenied`
    ImageAccessDenied,
    /// `InvalidImage`
    InvalidImage,
    /// `KMSKeyAccessDenied`
    KmsKeyAccessDenied,
    /// `KMSKeyNotFound`
    KmsKeyNotFound,
    /// `InvalidStateKMSKey`
    InvalidStateKmsKey,
    /// `DisabledKMSKey`
    DisabledKmsKey,
    /// `EFSIOError`
    EfsioError,
    /// `EFSMountConnectivityError`
    EfsMountConnectivityError,
    /// `EFSMountFailure`
    EfsMountFailure,
    /// `EFSMountTimeout`
    EfsMountTimeout,
    /// `InvalidRuntime`
    InvalidRuntime,
    /// `InvalidZipFileException`
    InvalidZipFileException,
    /// `FunctionError`
    FunctionError,
    /// `ServiceQuotaExceededException`
    ServiceQuotaExceededException,
    /// `VcpuLimitExceeded`
    VcpuLimitExceeded,
    /// `CapacityProviderScalingLimitExceeded`
    CapacityProviderScalingLimitExceeded,
    /// `InsufficientCapacity`
    InsufficientCapacity,
    /// `EC2RequestLimitExceeded`
    Ec2RequestLimitExceeded,
    /// `FunctionError.InitTimeout`
    FunctionErrorInitTimeout,
    /// `FunctionError.RuntimeInitError`
    FunctionErrorRuntimeInitError,
    /// `FunctionError.ExtensionInitError`
    FunctionErrorExtensionInitError,
    /// `FunctionError.InvalidEntryPoint`
    FunctionErrorInvalidEntryPoint,
    /// `FunctionError.InvalidWorkingDirectory`
    FunctionErrorInvalidWorkingDirectory,
    /// `FunctionError.PermissionDenied`
    FunctionErrorPermissionDenied,
    /// `FunctionError.TooManyExtensions`
    FunctionErrorTooManyExtensions,
    /// `FunctionError.InitResourceExhausted`
    FunctionErrorInitResourceExhausted,
    /// `DisallowedByVpcEncryptionControl`
    DisallowedByVpcEncryptionControl,
    /// `IncompatibleAcceleratorInstanceTypes`
    IncompatibleAcceleratorInstanceTypes,
    /// `DependencyError`
    DependencyError,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl LastUpdateStatusReasonCode {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::EniLimitExceeded => "EniLimitExceeded",
            Self::InsufficientRolePermissions => "InsufficientRolePermissions",
            Self::InvalidConfiguration => "InvalidConfiguration",
            Self::InternalError => "InternalError",
            Self::SubnetOutOfIpAddresses => "SubnetOutOfIPAddresses",
            Self::InvalidSubnet => "InvalidSubnet",
            Self::InvalidSecurityGroup => "InvalidSecurityGroup",
            Self::ImageDeleted => "ImageDeleted",
            Self::ImageAccessDenied => "ImageAccessDenied",
            Self::InvalidImage => "InvalidImage",
            Self::KmsKeyAccessDenied => "KMSKeyAccessDenied",
            Self::KmsKeyNotFound => "KMSKeyNotFound",
            Self::InvalidStateKmsKey => "InvalidStateKMSKey",
            Self::DisabledKmsKey => "DisabledKMSKey",
            Self::EfsioError => "EFSIOError",
            Self::EfsMountConnectivityError => "EFSMountConnectivityError",
            Self::EfsMountFailure => "EFSMountFailure",
            Self::EfsMountTimeout => "EFSMountTimeout",
            Self::InvalidRuntime => "InvalidRuntime",
            Self::InvalidZipFileException => "InvalidZipFileException",
            Self::FunctionError => "FunctionError",
            Self::ServiceQuotaExceededException => "ServiceQuotaExceededException",
            Self::VcpuLimitExceeded => "VcpuLimitExceeded",
            Self::CapacityProviderScalingLimitExceeded => {
                "CapacityProviderScalingLimitExceeded"
            }
            Self::InsufficientCapacity => "InsufficientCapacity",
            Self::Ec2RequestLimitExceeded => "EC2RequestLimitExceeded",
            Self::FunctionErrorInitTimeout => "FunctionError.InitTimeout",
            Self::FunctionErrorRuntimeInitError => "FunctionError.RuntimeInitError",
            Self::FunctionErrorExtensionInitError => "FunctionError.ExtensionInitError",
            Self::FunctionErrorInvalidEntryPoint => "FunctionError.InvalidEntryPoint",
            Self::FunctionErrorInvalidWorkingDirectory => {
                "FunctionError.InvalidWorkingDirectory"
            }
            Self::FunctionErrorPermissionDenied => "FunctionError.PermissionDenied",
            Self::FunctionErrorTooManyExtensions => "FunctionError.TooManyExtensions",
            Self::FunctionErrorInitResourceExhausted => {
                "FunctionError.InitResourceExhausted"
            }
            Self::DisallowedByVpcEncryptionControl => "DisallowedByVpcEncryptionControl",
            Self::IncompatibleAcceleratorInstanceTypes => {
                "IncompatibleAcceleratorInstanceTypes"
            }
            Self::DependencyError => "DependencyError",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &[
            "EniLimitExceeded",
            "InsufficientRolePermissions",
            "InvalidConfiguration",
            "InternalError",
            "SubnetOutOfIPAddresses",
            "InvalidSubnet",
            "InvalidSecurityGroup",
            "ImageDeleted",
            "ImageAccessDenied",
            "InvalidImage",
            "KMSKeyAccessDenied",
            "KMSKeyNotFound",
            "InvalidStateKMSKey",
            "DisabledKMSKey",
            "EFSIOError",
            "EFSMountConnectivityError",
            "EFSMountFailure",
            "EFSMountTimeout",
            "InvalidRuntime",
            "InvalidZipFileException",
            "FunctionError",
            "ServiceQuotaExceededException",
            "VcpuLimitExceeded",
            "CapacityProviderScalingLimitExceeded",
            "InsufficientCapacity",
            "EC2RequestLimitExceeded",
            "FunctionError.InitTimeout",
            "FunctionError.RuntimeInitError",
            "FunctionError.ExtensionInitError",
            "FunctionError.InvalidEntryPoint",
            "FunctionError.InvalidWorkingDirectory",
            "FunctionError.PermissionDenied",
            "FunctionError.TooManyExtensions",
            "FunctionError.InitResourceExhausted",
            "DisallowedByVpcEncryptionControl",
            "IncompatibleAcceleratorInstanceTypes",
            "DependencyError",
        ]
    }
}
impl ::std::convert::From<&str> for LastUpdateStatusReasonCode {
    fn from(s: &str) -> Self {
        match s {
            "EniLimitExceeded" => Self::EniLimitExceeded,
            "InsufficientRolePermissions" => Self::InsufficientRolePermissions,
            "InvalidConfiguration" => Self::InvalidConfiguration,
            "InternalError" => Self::InternalError,
            "SubnetOutOfIPAddresses" => Self::SubnetOutOfIpAddresses,
            "InvalidSubnet" => Self::InvalidSubnet,
            "InvalidSecurityGroup" => Self::InvalidSecurityGroup,
            "ImageDeleted" => Self::ImageDeleted,
            "ImageAccessDenied" => Self::ImageAccessDenied,
            "InvalidImage" => Self::InvalidImage,
            "KMSKeyAccessDenied" => Self::KmsKeyAccessDenied,
            "KMSKeyNotFound" => Self::KmsKeyNotFound,
            "InvalidStateKMSKey" => Self::InvalidStateKmsKey,
            "DisabledKMSKey" => Self::DisabledKmsKey,
            "EFSIOError" => Self::EfsioError,
            "EFSMountConnectivityError" => Self::EfsMountConnectivityError,
            "EFSMountFailure" => Self::EfsMountFailure,
            "EFSMountTimeout" => Self::EfsMountTimeout,
            "InvalidRuntime" => Self::InvalidRuntime,
            "InvalidZipFileException" => Self::InvalidZipFileException,
            "FunctionError" => Self::FunctionError,
            "ServiceQuotaExceededException" => Self::ServiceQuotaExceededException,
            "VcpuLimitExceeded" => Self::VcpuLimitExceeded,
            "CapacityProviderScalingLimitExceeded" => {
                Self::CapacityProviderScalingLimitExceeded
            }
            "InsufficientCapacity" => Self::InsufficientCapacity,
            "EC2RequestLimitExceeded" => Self::Ec2RequestLimitExceeded,
            "FunctionError.InitTimeout" => Self::FunctionErrorInitTimeout,
            "FunctionError.RuntimeInitError" => Self::FunctionErrorRuntimeInitError,
            "FunctionError.ExtensionInitError" => Self::FunctionErrorExtensionInitError,
            "FunctionError.InvalidEntryPoint" => Self::FunctionErrorInvalidEntryPoint,
            "FunctionError.InvalidWorkingDirectory" => {
                Self::FunctionErrorInvalidWorkingDirectory
            }
            "FunctionError.PermissionDenied" => Self::FunctionErrorPermissionDenied,
            "FunctionError.TooManyExtensions" => Self::FunctionErrorTooManyExtensions,
            "FunctionError.InitResourceExhausted" => {
                Self::FunctionErrorInitResourceExhausted
            }
            "DisallowedByVpcEncryptionControl" => Self::DisallowedByVpcEncryptionControl,
            "IncompatibleAcceleratorInstanceTypes" => {
                Self::IncompatibleAcceleratorInstanceTypes
            }
            "DependencyError" => Self::DependencyError,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(LastUpdateStatusReasonCode);
/// An [Lambda
/// layer](https://docs.aws.amazon.com/lambda/latest/dg/configuration-layers.html).
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct Layer {
    /// The Amazon Resource Name (ARN) of the function layer.
    #[serde(rename = "Arn", default)]
    pub arn: ::std::option::Option<::std::string::String>,
    /// The size of the layer archive in bytes.
    #[serde(rename = "CodeSize", default)]
    pub code_size: ::std::option::Option<i64>,
    /// The Amazon Resource Name (ARN) of a signing job.
    #[serde(rename = "SigningJobArn", default)]
    pub signing_job_arn: ::std::option::Option<::std::string::String>,
    /// The Amazon Resource Name (ARN) for a signing profile version.
    #[serde(rename = "SigningProfileVersionArn", default)]
    pub signing_profile_version_arn: ::std::option::Option<::std::string::String>,
}
impl Layer {
    /// A new [`LayerBuilder`](crate::types::builders::LayerBuilder).
    pub fn builder() -> crate::types::builders::LayerBuilder {
        ::std::default::Default::default()
    }
}
/// A ZIP archive that contains the contents of an [Lambda
/// layer](https://docs.aws.amazon.com/lambda/latest/dg/configuration-layers.html).
/// You can specify either an Amazon S3 location, or upload a layer archive
/// directly.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::default::Default,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct LayerVersionContentInput {
    /// The Amazon S3 bucket of the layer archive.
    #[serde(
        rename = "S3Bucket",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub s3_bucket: ::std::option::Option<::std::string::String>,
    /// The Amazon S3 key of the layer archive.
    #[serde(
        rename = "S3Key",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub s3_key: ::std::option::Option<::std::string::String>,
    /// For versioned objects, the version of the layer archive object to use.
    #[serde(
        rename = "S3ObjectVersion",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub s3_object_version: ::std::option::Option<::std::string::String>,
    /// The base64-encoded contents of the layer archive. Amazon Web Services SDK and
    /// Amazon Web Services CLI clients handle the encoding for you.
    #[serde(
        rename = "ZipFile",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub zip_file: ::std::option::Option<crate::runtime::Blob>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "S3ObjectStorageMode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub s3_object_storage_mode: ::std::option::Option<crate::types::S3ObjectStorageMode>,
}
impl LayerVersionContentInput {
    /// A new [`LayerVersionContentInputBuilder`](crate::types::builders::LayerVersionContentInputBuilder).
    pub fn builder() -> crate::types::builders::LayerVersionContentInputBuilder {
        ::std::default::Default::default()
    }
}
impl ::std::fmt::Debug for LayerVersionContentInput {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let mut s = f.debug_struct("LayerVersionContentInput");
        s.field("s3_bucket", &self.s3_bucket);
        s.field("s3_key", &self.s3_key);
        s.field("s3_object_version", &self.s3_object_version);
        s.field("zip_file", &"*** Sensitive Data Redacted ***");
        s.field("s3_object_storage_mode", &self.s3_object_storage_mode);
        s.finish()
    }
}
/// Details about a version of an [Lambda
/// layer](https://docs.aws.amazon.com/lambda/latest/dg/configuration-layers.html).
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct LayerVersionContentOutput {
    /// The SHA-256 hash of the layer archive.
    #[serde(rename = "CodeSha256", default)]
    pub code_sha256: ::std::option::Option<::std::string::String>,
    /// The size of the layer archive in bytes.
    #[serde(rename = "CodeSize", default)]
    pub code_size: ::std::option::Option<i64>,
    /// A link to the layer archive in Amazon S3 that is valid for 10 minutes.
    #[serde(rename = "Location", default)]
    pub location: ::std::option::Option<::std::string::String>,
    /// The Amazon Resource Name (ARN) of a signing job.
    #[serde(rename = "SigningJobArn", default)]
    pub signing_job_arn: ::std::option::Option<::std::string::String>,
    /// The Amazon Resource Name (ARN) for a signing profile version.
    #[serde(rename = "SigningProfileVersionArn", default)]
    pub signing_profile_version_arn: ::std::option::Option<::std::string::String>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "ResolvedS3Object", default)]
    pub resolved_s3_object: ::std::option::Option<crate::types::ResolvedS3Object>,
}
impl LayerVersionContentOutput {
    /// A new [`LayerVersionContentOutputBuilder`](crate::types::builders::LayerVersionContentOutputBuilder).
    pub fn builder() -> crate::types::builders::LayerVersionContentOutputBuilder {
        ::std::default::Default::default()
    }
}
/// Details about a version of an [Lambda
/// layer](https://docs.aws.amazon.com/lambda/latest/dg/configuration-layers.html).
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct LayerVersionsListItem {
    /// A list of compatible [instruction set
    /// architectures](https://docs.aws.amazon.com/lambda/latest/dg/foundation-arch.html).
    #[serde(rename = "CompatibleArchitectures", default)]
    pub compatible_architectures: ::std::option::Option<
        ::std::vec::Vec<crate::types::Architecture>,
    >,
    /// The layer's compatible runtimes.
    ///
    /// The following list includes deprecated runtimes. For more information, see
    /// [Runtime deprecation
    /// policy](https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html#runtime-support-policy).
    #[serde(rename = "CompatibleRuntimes", default)]
    pub compatible_runtimes: ::std::option::Option<
        ::std::vec::Vec<crate::types::Runtime>,
    >,
    /// The date that the version was created, in ISO 8601 format. For example,
    /// `2018-11-27T15:10:45.123+0000`.
    #[serde(rename = "CreatedDate", default)]
    pub created_date: ::std::option::Option<::std::string::String>,
    /// The description of the version.
    #[serde(rename = "Description", default)]
    pub description: ::std::option::Option<::std::string::String>,
    /// The ARN of the layer version.
    #[serde(rename = "LayerVersionArn", default)]
    pub layer_version_arn: ::std::option::Option<::std::string::String>,
    /// The layer's open-source license.
    #[serde(rename = "LicenseInfo", default)]
    pub license_info: ::std::option::Option<::std::string::String>,
    /// The version number.
    #[serde(rename = "Version", default)]
    pub version: ::std::option::Option<i64>,
}
impl LayerVersionsListItem {
    /// A new [`LayerVersionsListItemBuilder`](crate::types::builders::LayerVersionsListItemBuilder).
    pub fn builder() -> crate::types::builders::LayerVersionsListItemBuilder {
        ::std::default::Default::default()
    }
}
/// Details about an [Lambda
/// layer](https://docs.aws.amazon.com/lambda/latest/dg/configuration-layers.html).
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct LayersListItem {
    /// The newest version of the layer.
    #[serde(rename = "LatestMatchingVersion", default)]
    pub latest_matching_version: ::std::option::Option<
        crate::types::LayerVersionsListItem,
    >,
    /// The Amazon Resource Name (ARN) of the function layer.
    #[serde(rename = "LayerArn", default)]
    pub layer_arn: ::std::option::Option<::std::string::String>,
    /// The name of the layer.
    #[serde(rename = "LayerName", default)]
    pub layer_name: ::std::option::Option<::std::string::String>,
}
impl LayersListItem {
    /// A new [`LayersListItemBuilder`](crate::types::builders::LayersListItemBuilder).
    pub fn builder() -> crate::types::builders::LayersListItemBuilder {
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
pub struct ListAliasesRequest {
    /// The name of the Lambda function.
    ///
    /// **Name formats**
    ///
    /// - **Function name** - `MyFunction`.
    /// - **Function ARN** -
    ///   `arn:aws:lambda:us-west-2:123456789012:function:MyFunction`.
    /// - **Partial ARN** - `123456789012:function:MyFunction`.
    ///
    /// The length constraint applies only to the full ARN. If you specify only the
    /// function name, it is limited to 64 characters in length.
    #[serde(skip)]
    pub function_name: ::std::string::String,
    /// Specify a function version to only list aliases that invoke that version.
    #[serde(skip)]
    pub function_version: ::std::option::Option<::std::string::String>,
    /// Specify the pagination token that's returned by a previous request to retrieve
    /// the next page of results.
    #[serde(skip)]
    pub marker: ::std::option::Option<::std::string::String>,
    /// Limit the number of aliases returned.
    #[serde(skip)]
    pub max_items: ::std::option::Option<i64>,
}
impl ListAliasesRequest {
    /// A new [`ListAliasesRequestBuilder`](crate::types::builders::ListAliasesRequestBuilder).
    pub fn builder() -> crate::types::builders::ListAliasesRequestBuilder {
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
pub struct ListAliasesResponse {
    /// A list of aliases.
    #[serde(rename = "Aliases", default)]
    pub aliases: ::std::option::Option<
        ::std::vec::Vec<crate::types::AliasConfiguration>,
    >,
    /// The pagination token that's included if more results are available.
    #[serde(rename = "NextMarker", default)]
    pub next_marker: ::std::option::Option<::std::string::String>,
}
impl ListAliasesResponse {
    /// A new [`ListAliasesResponseBuilder`](crate::types::builders::ListAliasesResponseBuilder).
    pub fn builder() -> crate::types::builders::ListAliasesResponseBuilder {
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
pub struct ListCapacityProvidersRequest {
    #[serde(skip)]
    pub marker: ::std::option::Option<::std::string::String>,
    #[serde(skip)]
    pub max_items: ::std::option::Option<i64>,
    #[serde(skip)]
    pub state: ::std::option::Option<crate::types::CapacityProviderState>,
}
impl ListCapacityProvidersRequest {
    /// A new [`ListCapacityProvidersRequestBuilder`](crate::types::builders::ListCapacityProvidersRequestBuilder).
    pub fn builder() -> crate::types::builders::ListCapacityProvidersRequestBuilder {
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
pub struct ListCapacityProvidersResponse {
    #[serde(rename = "CapacityProviders", default)]
    pub capacity_providers: ::std::vec::Vec<crate::types::CapacityProvider>,
    #[serde(rename = "NextMarker", default)]
    pub next_marker: ::std::option::Option<::std::string::String>,
}
impl ListCapacityProvidersResponse {
    /// A new [`ListCapacityProvidersResponseBuilder`](crate::types::builders::ListCapacityProvidersResponseBuilder).
    pub fn builder() -> crate::types::builders::ListCapacityProvidersResponseBuilder {
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
pub struct ListCodeSigningConfigsRequest {
    /// Specify the pagination token that's returned by a previous request to retrieve
    /// the next page of results.
    #[serde(skip)]
    pub marker: ::std::option::Option<::std::string::String>,
    /// Maximum number of items to return.
    #[serde(skip)]
    pub max_items: ::std::option::Option<i64>,
}
impl ListCodeSigningConfigsRequest {
    /// A new [`ListCodeSigningConfigsRequestBuilder`](crate::types::builders::ListCodeSigningConfigsRequestBuilder).
    pub fn builder() -> crate::types::builders::ListCodeSigningConfigsRequestBuilder {
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
pub struct ListCodeSigningConfigsResponse {
    /// The code signing configurations
    #[serde(rename = "CodeSigningConfigs", default)]
    pub code_signing_configs: ::std::option::Option<
        ::std::vec::Vec<crate::types::CodeSigningConfig>,
    >,
    /// The pagination token that's included if more results are available.
    #[serde(rename = "NextMarker", default)]
    pub next_marker: ::std::option::Option<::std::string::String>,
}
impl ListCodeSigningConfigsResponse {
    /// A new [`ListCodeSigningConfigsResponseBuilder`](crate::types::builders::ListCodeSigningConfigsResponseBuilder).
    pub fn builder() -> crate::types::builders::ListCodeSigningConfigsResponseBuilder {
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
pub struct ListDurableExecutionsByFunctionRequest {
    #[serde(skip)]
    pub durable_execution_name: ::std::option::Option<::std::string::String>,
    #[serde(skip)]
    pub function_name: ::std::string::String,
    #[serde(skip)]
    pub marker: ::std::option::Option<::std::string::String>,
    #[serde(skip)]
    pub max_items: ::std::option::Option<i64>,
    #[serde(skip)]
    pub qualifier: ::std::option::Option<::std::string::String>,
    #[serde(skip)]
    pub reverse_order: ::std::option::Option<bool>,
    #[serde(skip)]
    pub started_after: ::std::option::Option<crate::runtime::Timestamp>,
    #[serde(skip)]
    pub started_before: ::std::option::Option<crate::runtime::Timestamp>,
    #[serde(skip)]
    pub statuses: ::std::option::Option<::std::vec::Vec<crate::types::ExecutionStatus>>,
}
impl ListDurableExecutionsByFunctionRequest {
    /// A new [`ListDurableExecutionsByFunctionRequestBuilder`](crate::types::builders::ListDurableExecutionsByFunctionRequestBuilder).
    pub fn builder() -> crate::types::builders::ListDurableExecutionsByFunctionRequestBuilder {
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
pub struct ListDurableExecutionsByFunctionResponse {
    #[serde(rename = "DurableExecutions", default)]
    pub durable_executions: ::std::option::Option<
        ::std::vec::Vec<crate::types::Execution>,
    >,
    #[serde(rename = "NextMarker", default)]
    pub next_marker: ::std::option::Option<::std::string::String>,
}
impl ListDurableExecutionsByFunctionResponse {
    /// A new [`ListDurableExecutionsByFunctionResponseBuilder`](crate::types::builders::ListDurableExecutionsByFunctionResponseBuilder).
    pub fn builder() -> crate::types::builders::ListDurableExecutionsByFunctionResponseBuilder {
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
pub struct ListEventSourceMappingsRequest {
    /// The Amazon Resource Name (ARN) of the event source.
    ///
    /// - **Amazon Kinesis** – The ARN of the data stream or a stream consumer.
    /// - **Amazon DynamoDB Streams** – The ARN of the stream.
    /// - **Amazon Simple Queue Service** – The ARN of the queue.
    /// - **Amazon Managed Streaming for Apache Kafka** – The ARN of the cluster.
    /// - **Amazon MQ** – The ARN of the broker.
    /// - **Amazon DocumentDB** – The ARN of the DocumentDB change stream.
    #[serde(skip)]
    pub event_source_arn: ::std::option::Option<::std::string::String>,
    /// The name of the Lambda function.
    ///
    /// **Name formats**
    ///
    /// - **Function name** – `MyFunction`.
    /// - **Function ARN** –
    ///   `arn:aws:lambda:us-west-2:123456789012:function:MyFunction`.
    /// - **Version or Alias ARN** –
    ///   `arn:aws:lambda:us-west-2:123456789012:function:MyFunction:PROD`.
    /// - **Partial ARN** – `123456789012:function:MyFunction`.
    ///
    /// The length constraint applies only to the full ARN. If you specify only the
    /// function name, it's limited to 64 characters in length.
    #[serde(skip)]
    pub function_name: ::std::option::Option<::std::string::String>,
    /// A pagination token returned by a previous call.
    #[serde(skip)]
    pub marker: ::std::option::Option<::std::string::String>,
    /// The maximum number of event source mappings to return. Note that
    /// ListEventSourceMappings returns a maximum of 100 items in each response, even if
    /// you set the number higher.
    #[serde(skip)]
    pub max_items: ::std::option::Option<i64>,
}
impl ListEventSourceMappingsRequest {
    /// A new [`ListEventSourceMappingsRequestBuilder`](crate::types::builders::ListEventSourceMappingsRequestBuilder).
    pub fn builder() -> crate::types::builders::ListEventSourceMappingsRequestBuilder {
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
pub struct ListEventSourceMappingsResponse {
    /// A list of event source mappings.
    #[serde(rename = "EventSourceMappings", default)]
    pub event_source_mappings: ::std::option::Option<
        ::std::vec::Vec<crate::types::EventSourceMappingConfiguration>,
    >,
    /// A pagination token that's returned when the response doesn't contain all event
    /// source mappings.
    #[serde(rename = "NextMarker", default)]
    pub next_marker: ::std::option::Option<::std::string::String>,
}
impl ListEventSourceMappingsResponse {
    /// A new [`ListEventSourceMappingsResponseBuilder`](crate::types::builders::ListEventSourceMappingsResponseBuilder).
    pub fn builder() -> crate::types::builders::ListEventSourceMappingsResponseBuilder {
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
pub struct ListFunctionEventInvokeConfigsRequest {
    /// The name of the Lambda function.
    ///
    /// **Name formats**
    ///
    /// - **Function name** - `my-function`.
    /// - **Function ARN** -
    ///   `arn:aws:lambda:us-west-2:123456789012:function:my-function`.
    /// - **Partial ARN** - `123456789012:function:my-function`.
    ///
    /// The length constraint applies only to the full ARN. If you specify only the
    /// function name, it is limited to 64 characters in length.
    #[serde(skip)]
    pub function_name: ::std::string::String,
    /// Specify the pagination token that's returned by a previous request to retrieve
    /// the next page of results.
    #[serde(skip)]
    pub marker: ::std::option::Option<::std::string::String>,
    /// The maximum number of configurations to return.
    #[serde(skip)]
    pub max_items: ::std::option::Option<i64>,
}
impl ListFunctionEventInvokeConfigsRequest {
    /// A new [`ListFunctionEventInvokeConfigsRequestBuilder`](crate::types::builders::ListFunctionEventInvokeConfigsRequestBuilder).
    pub fn builder() -> crate::types::builders::ListFunctionEventInvokeConfigsRequestBuilder {
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
pub struct ListFunctionEventInvokeConfigsResponse {
    /// A list of configurations.
    #[serde(rename = "FunctionEventInvokeConfigs", default)]
    pub function_event_invoke_configs: ::std::option::Option<
        ::std::vec::Vec<crate::types::FunctionEventInvokeConfig>,
    >,
    /// The pagination token that's included if more results are available.
    #[serde(rename = "NextMarker", default)]
    pub next_marker: ::std::option::Option<::std::string::String>,
}
impl ListFunctionEventInvokeConfigsResponse {
    /// A new [`ListFunctionEventInvokeConfigsResponseBuilder`](crate::types::builders::ListFunctionEventInvokeConfigsResponseBuilder).
    pub fn builder() -> crate::types::builders::ListFunctionEventInvokeConfigsResponseBuilder {
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
pub struct ListFunctionUrlConfigsRequest {
    /// The name of the Lambda function.
    ///
    /// **Name formats**
    ///
    /// - **Function name** – `my-function`.
    /// - **Function ARN** –
    ///   `arn:aws:lambda:us-west-2:123456789012:function:my-function`.
    /// - **Partial ARN** – `123456789012:function:my-function`.
    ///
    /// The length constraint applies only to the full ARN. If you specify only the
    /// function name, it is limited to 64 characters in length.
    #[serde(skip)]
    pub function_name: ::std::string::String,
    /// Specify the pagination token that's returned by a previous request to retrieve
    /// the next page of results.
    #[serde(skip)]
    pub marker: ::std::option::Option<::std::string::String>,
    /// The maximum number of function URLs to return in the response. Note that
    /// `ListFunctionUrlConfigs` returns a maximum of 50 items in each response, even if
    /// you set the number higher.
    #[serde(skip)]
    pub max_items: ::std::option::Option<i64>,
}
impl ListFunctionUrlConfigsRequest {
    /// A new [`ListFunctionUrlConfigsRequestBuilder`](crate::types::builders::ListFunctionUrlConfigsRequestBuilder).
    pub fn builder() -> crate::types::builders::ListFunctionUrlConfigsRequestBuilder {
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
pub struct ListFunctionUrlConfigsResponse {
    /// A list of function URL configurations.
    #[serde(rename = "FunctionUrlConfigs", default)]
    pub function_url_configs: ::std::vec::Vec<crate::types::FunctionUrlConfig>,
    /// The pagination token that's included if more results are available.
    #[serde(rename = "NextMarker", default)]
    pub next_marker: ::std::option::Option<::std::string::String>,
}
impl ListFunctionUrlConfigsResponse {
    /// A new [`ListFunctionUrlConfigsResponseBuilder`](crate::types::builders::ListFunctionUrlConfigsResponseBuilder).
    pub fn builder() -> crate::types::builders::ListFunctionUrlConfigsResponseBuilder {
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
pub struct ListFunctionVersionsByCapacityProviderRequest {
    #[serde(skip)]
    pub capacity_provider_name: ::std::string::String,
    #[serde(skip)]
    pub marker: ::std::option::Option<::std::string::String>,
    #[serde(skip)]
    pub max_items: ::std::option::Option<i64>,
}
impl ListFunctionVersionsByCapacityProviderRequest {
    /// A new [`ListFunctionVersionsByCapacityProviderRequestBuilder`](crate::types::builders::ListFunctionVersionsByCapacityProviderRequestBuilder).
    pub fn builder() -> crate::types::builders::ListFunctionVersionsByCapacityProviderRequestBuilder {
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
pub struct ListFunctionVersionsByCapacityProviderResponse {
    #[serde(rename = "CapacityProviderArn", default)]
    pub capacity_provider_arn: ::std::string::String,
    #[serde(rename = "FunctionVersions", default)]
    pub function_versions: ::std::vec::Vec<
        crate::types::FunctionVersionsByCapacityProviderListItem,
    >,
    #[serde(rename = "NextMarker", default)]
    pub next_marker: ::std::option::Option<::std::string::String>,
}
impl ListFunctionVersionsByCapacityProviderResponse {
    /// A new [`ListFunctionVersionsByCapacityProviderResponseBuilder`](crate::types::builders::ListFunctionVersionsByCapacityProviderResponseBuilder).
    pub fn builder() -> crate::types::builders::ListFunctionVersionsByCapacityProviderResponseBuilder {
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
pub struct ListFunctionsByCodeSigningConfigRequest {
    /// The The Amazon Resource Name (ARN) of the code signing configuration.
    #[serde(skip)]
    pub code_signing_config_arn: ::std::string::String,
    /// Specify the pagination token that's returned by a previous request to retrieve
    /// the next page of results.
    #[serde(skip)]
    pub marker: ::std::option::Option<::std::string::String>,
    /// Maximum number of items to return.
    #[serde(skip)]
    pub max_items: ::std::option::Option<i64>,
}
impl ListFunctionsByCodeSigningConfigRequest {
    /// A new [`ListFunctionsByCodeSigningConfigRequestBuilder`](crate::types::builders::ListFunctionsByCodeSigningConfigRequestBuilder).
    pub fn builder() -> crate::types::builders::ListFunctionsByCodeSigningConfigRequestBuilder {
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
pub struct ListFunctionsByCodeSigningConfigResponse {
    /// The function ARNs.
    #[serde(rename = "FunctionArns", default)]
    pub function_arns: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// The pagination token that's included if more results are available.
    #[serde(rename = "NextMarker", default)]
    pub next_marker: ::std::option::Option<::std::string::String>,
}
impl ListFunctionsByCodeSigningConfigResponse {
    /// A new [`ListFunctionsByCodeSigningConfigResponseBuilder`](crate::types::builders::ListFunctionsByCodeSigningConfigResponseBuilder).
    pub fn builder() -> crate::types::builders::ListFunctionsByCodeSigningConfigResponseBuilder {
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
pub struct ListFunctionsRequest {
    /// Set to `ALL` to include entries for all published versions of each function.
    #[serde(skip)]
    pub function_version: ::std::option::Option<crate::types::FunctionVersion>,
    /// Specify the pagination token that's returned by a previous request to retrieve
    /// the next page of results.
    #[serde(skip)]
    pub marker: ::std::option::Option<::std::string::String>,
    /// For Lambda@Edge functions, the Amazon Web Services Region of the master
    /// function. For example, `us-east-1` filters the list of functions to include only
    /// Lambda@Edge functions replicated from a master function in US East (N.
    /// Virginia). If specified, you must set `FunctionVersion` to `ALL`.
    #[serde(skip)]
    pub master_region: ::std::option::Option<::std::string::String>,
    /// The maximum number of functions to return in the response. Note that
    /// `ListFunctions` returns a maximum of 50 items in each response, even if you set
    /// the number higher.
    #[serde(skip)]
    pub max_items: ::std::option::Option<i64>,
}
impl ListFunctionsRequest {
    /// A new [`ListFunctionsRequestBuilder`](crate::types::builders::ListFunctionsRequestBuilder).
    pub fn builder() -> crate::types::builders::ListFunctionsRequestBuilder {
        ::std::default::Default::default()
    }
}
/// A list of Lambda functions.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ListFunctionsResponse {
    /// A list of Lambda functions.
    #[serde(rename = "Functions", default)]
    pub functions: ::std::option::Option<
        ::std::vec::Vec<crate::types::FunctionConfiguration>,
    >,
    /// The pagination token that's included if more results are available.
    #[serde(rename = "NextMarker", default)]
    pub next_marker: ::std::option::Option<::std::string::String>,
}
impl ListFunctionsResponse {
    /// A new [`ListFunctionsResponseBuilder`](crate::types::builders::ListFunctionsResponseBuilder).
    pub fn builder() -> crate::types::builders::ListFunctionsResponseBuilder {
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
pub struct ListLayerVersionsRequest {
    /// The compatible [instruction set
    /// architecture](https://docs.aws.amazon.com/lambda/latest/dg/foundation-arch.html).
    #[serde(skip)]
    pub compatible_architecture: ::std::option::Option<crate::types::Architecture>,
    /// A runtime identifier. For example, `go1.x`.
    ///
    /// The following list includes deprecated runtimes. For more information, see
    /// [Runtime deprecation
    /// policy](https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html#runtime-support-policy).
    #[serde(skip)]
    pub compatible_runtime: ::std::option::Option<crate::types::Runtime>,
    /// The name or Amazon Resource Name (ARN) of the layer.
    #[serde(skip)]
    pub layer_name: ::std::string::String,
    /// A pagination token returned by a previous call.
    #[serde(skip)]
    pub marker: ::std::option::Option<::std::string::String>,
    /// The maximum number of versions to return.
    #[serde(skip)]
    pub max_items: ::std::option::Option<i64>,
}
impl ListLayerVersionsRequest {
    /// A new [`ListLayerVersionsRequestBuilder`](crate::types::builders::ListLayerVersionsRequestBuilder).
    pub fn builder() -> crate::types::builders::ListLayerVersionsRequestBuilder {
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
pub struct ListLayerVersionsResponse {
    /// A list of versions.
    #[serde(rename = "LayerVersions", default)]
    pub layer_versions: ::std::option::Option<
        ::std::vec::Vec<crate::types::LayerVersionsListItem>,
    >,
    /// A pagination token returned when the response doesn't contain all versions.
    #[serde(rename = "NextMarker", default)]
    pub next_marker: ::std::option::Option<::std::string::String>,
}
impl ListLayerVersionsResponse {
    /// A new [`ListLayerVersionsResponseBuilder`](crate::types::builders::ListLayerVersionsResponseBuilder).
    pub fn builder() -> crate::types::builders::ListLayerVersionsResponseBuilder {
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
pub struct ListLayersRequest {
    /// The compatible [instruction set
    /// architecture](https://docs.aws.amazon.com/lambda/latest/dg/foundation-arch.html).
    #[serde(skip)]
    pub compatible_architecture: ::std::option::Option<crate::types::Architecture>,
    /// A runtime identifier. For example, `go1.x`.
    ///
    /// The following list includes deprecated runtimes. For more information, see
    /// [Runtime deprecation
    /// policy](https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html#runtime-support-policy).
    #[serde(skip)]
    pub compatible_runtime: ::std::option::Option<crate::types::Runtime>,
    /// A pagination token returned by a previous call.
    #[serde(skip)]
    pub marker: ::std::option::Option<::std::string::String>,
    /// The maximum number of layers to return.
    #[serde(skip)]
    pub max_items: ::std::option::Option<i64>,
}
impl ListLayersRequest {
    /// A new [`ListLayersRequestBuilder`](crate::types::builders::ListLayersRequestBuilder).
    pub fn builder() -> crate::types::builders::ListLayersRequestBuilder {
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
pub struct ListLayersResponse {
    /// A list of function layers.
    #[serde(rename = "Layers", default)]
    pub layers: ::std::option::Option<::std::vec::Vec<crate::types::LayersListItem>>,
    /// A pagination token returned when the response doesn't contain all layers.
    #[serde(rename = "NextMarker", default)]
    pub next_marker: ::std::option::Option<::std::string::String>,
}
impl ListLayersResponse {
    /// A new [`ListLayersResponseBuilder`](crate::types::builders::ListLayersResponseBuilder).
    pub fn builder() -> crate::types::builders::ListLayersResponseBuilder {
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
pub struct ListProvisionedConcurrencyConfigsRequest {
    /// The name of the Lambda function.
    ///
    /// **Name formats**
    ///
    /// - **Function name** – `my-function`.
    /// - **Function ARN** –
    ///   `arn:aws:lambda:us-west-2:123456789012:function:my-function`.
    /// - **Partial ARN** – `123456789012:function:my-function`.
    ///
    /// The length constraint applies only to the full ARN. If you specify only the
    /// function name, it is limited to 64 characters in length.
    #[serde(skip)]
    pub function_name: ::std::string::String,
    /// Specify the pagination token that's returned by a previous request to retrieve
    /// the next page of results.
    #[serde(skip)]
    pub marker: ::std::option::Option<::std::string::String>,
    /// Specify a number to limit the number of configurations returned.
    #[serde(skip)]
    pub max_items: ::std::option::Option<i64>,
}
impl ListProvisionedConcurrencyConfigsRequest {
    /// A new [`ListProvisionedConcurrencyConfigsRequestBuilder`](crate::types::builders::ListProvisionedConcurrencyConfigsRequestBuilder).
    pub fn builder() -> crate::types::builders::ListProvisionedConcurrencyConfigsRequestBuilder {
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
pub struct ListProvisionedConcurrencyConfigsResponse {
    /// The pagination token that's included if more results are available.
    #[serde(rename = "NextMarker", default)]
    pub next_marker: ::std::option::Option<::std::string::String>,
    /// A list of provisioned concurrency configurations.
    #[serde(rename = "ProvisionedConcurrencyConfigs", default)]
    pub provisioned_concurrency_configs: ::std::option::Option<
        ::std::vec::Vec<crate::types::ProvisionedConcurrencyConfigListItem>,
    >,
}
impl ListProvisionedConcurrencyConfigsResponse {
    /// A new [`ListProvisionedConcurrencyConfigsResponseBuilder`](crate::types::builders::ListProvisionedConcurrencyConfigsResponseBuilder).
    pub fn builder() -> crate::types::builders::ListProvisionedConcurrencyConfigsResponseBuilder {
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
pub struct ListTagsRequest {
    #[serde(skip)]
    pub resource: ::std::string::String,
}
impl ListTagsRequest {
    /// A new [`ListTagsRequestBuilder`](crate::types::builders::ListTagsRequestBuilder).
    pub fn builder() -> crate::types::builders::ListTagsRequestBuilder {
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
pub struct ListTagsResponse {
    /// The function's tags.
    #[serde(rename = "Tags", default)]
    pub tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
}
impl ListTagsResponse {
    /// A new [`ListTagsResponseBuilder`](crate::types::builders::ListTagsResponseBuilder).
    pub fn builder() -> crate::types::builders::ListTagsResponseBuilder {
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
pub struct ListVersionsByFunctionRequest {
    /// The name of the Lambda function.
    ///
    /// **Name formats**
    ///
    /// - **Function name** - `MyFunction`.
    /// - **Function ARN** -
    ///   `arn:aws:lambda:us-west-2:123456789012:function:MyFunction`.
    /// - **Partial ARN** - `123456789012:function:MyFunction`.
    ///
    /// The length constraint applies only to the full ARN. If you specify only the
    /// function name, it is limited to 64 characters in length.
    #[serde(skip)]
    pub function_name: ::std::string::String,
    /// Specify the pagination token that's returned by a previous request to retrieve
    /// the next page of results.
    #[serde(skip)]
    pub marker: ::std::option::Option<::std::string::String>,
    /// The maximum number of versions to return. Note that `ListVersionsByFunction`
    /// returns a maximum of 50 items in each response, even if you set the number
    /// higher.
    #[serde(skip)]
    pub max_items: ::std::option::Option<i64>,
}
impl ListVersionsByFunctionRequest {
    /// A new [`ListVersionsByFunctionRequestBuilder`](crate::types::builders::ListVersionsByFunctionRequestBuilder).
    pub fn builder() -> crate::types::builders::ListVersionsByFunctionRequestBuilder {
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
pub struct ListVersionsByFunctionResponse {
    /// The pagination token that's included if more results are available.
    #[serde(rename = "NextMarker", default)]
    pub next_marker: ::std::option::Option<::std::string::String>,
    /// A list of Lambda function versions.
    #[serde(rename = "Versions", default)]
    pub versions: ::std::option::Option<
        ::std::vec::Vec<crate::types::FunctionConfiguration>,
    >,
}
impl ListVersionsByFunctionResponse {
    /// A new [`ListVersionsByFunctionResponseBuilder`](crate::types::builders::ListVersionsByFunctionResponseBuilder).
    pub fn builder() -> crate::types::builders::ListVersionsByFunctionResponseBuilder {
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
pub enum LogFormat {
    /// `JSON`
    Json,
    /// `Text`
    Text,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl LogFormat {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Json => "JSON",
            Self::Text => "Text",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["JSON", "Text"]
    }
}
impl ::std::convert::From<&str> for LogFormat {
    fn from(s: &str) -> Self {
        match s {
            "JSON" => Self::Json,
            "Text" => Self::Text,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(LogFormat);
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
pub enum LogType {
    /// `None`
    None,
    /// `Tail`
    Tail,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl LogType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::None => "None",
            Self::Tail => "Tail",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["None", "Tail"]
    }
}
impl ::std::convert::From<&str> for LogType {
    fn from(s: &str) -> Self {
        match s {
            "None" => Self::None,
            "Tail" => Self::Tail,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(LogType);
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
pub struct LoggingConfig {
    #[serde(
        rename = "ApplicationLogLevel",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub application_log_level: ::std::option::Option<crate::types::ApplicationLogLevel>,
    #[serde(
        rename = "LogFormat",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub log_format: ::std::option::Option<crate::types::LogFormat>,
    #[serde(
        rename = "LogGroup",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub log_group: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "SystemLogLevel",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub system_log_level: ::std::option::Option<crate::types::SystemLogLevel>,
}
impl LoggingConfig {
    /// A new [`LoggingConfigBuilder`](crate::types::builders::LoggingConfigBuilder).
    pub fn builder() -> crate::types::builders::LoggingConfigBuilder {
        ::std::default::Default::default()
    }
}
/// A destination for events that failed processing.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct OnFailure {
    /// The Amazon Resource Name (ARN) of the destination resource.
    #[serde(
        rename = "Destination",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub destination: ::std::option::Option<::std::string::String>,
}
impl OnFailure {
    /// A new [`OnFailureBuilder`](crate::types::builders::OnFailureBuilder).
    pub fn builder() -> crate::types::builders::OnFailureBuilder {
        ::std::default::Default::default()
    }
}
/// A destination for events that were processed successfully.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct OnSuccess {
    /// The Amazon Resource Name (ARN) of the destination resource.
    #[serde(
        rename = "Destination",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub destination: ::std::option::Option<::std::string::String>,
}
impl OnSuccess {
    /// A new [`OnSuccessBuilder`](crate::types::builders::OnSuccessBuilder).
    pub fn builder() -> crate::types::builders::OnSuccessBuilder {
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
pub struct Operation {
    #[serde(rename = "CallbackDetails", default)]
    pub callback_details: ::std::option::Option<crate::types::CallbackDetails>,
    #[serde(rename = "ChainedInvokeDetails", default)]
    pub chained_invoke_details: ::std::option::Option<
        crate::types::ChainedInvokeDetails,
    >,
    #[serde(rename = "ContextDetails", default)]
    pub context_details: ::std::option::Option<crate::types::ContextDetails>,
    #[serde(rename = "EndTimestamp", default)]
    pub end_timestamp: ::std::option::Option<crate::runtime::Timestamp>,
    #[serde(rename = "ExecutionDetails", default)]
    pub execution_details: ::std::option::Option<crate::types::ExecutionDetails>,
    #[serde(rename = "Id", default)]
    pub id: ::std::string::String,
    #[serde(rename = "Name", default)]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ParentId", default)]
    pub parent_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "StartTimestamp", default)]
    pub start_timestamp: crate::runtime::Timestamp,
    #[serde(rename = "Status")]
    pub status: crate::types::OperationStatus,
    #[serde(rename = "StepDetails", default)]
    pub step_details: ::std::option::Option<crate::types::StepDetails>,
    #[serde(rename = "SubType", default)]
    pub sub_type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Type")]
    pub r#type: crate::types::OperationType,
    #[serde(rename = "WaitDetails", default)]
    pub wait_details: ::std::option::Option<crate::types::WaitDetails>,
}
impl Operation {
    /// A new [`OperationBuilder`](crate::types::builders::OperationBuilder).
    pub fn builder() -> crate::types::builders::OperationBuilder {
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
pub enum OperationAction {
    /// `START`
    Start,
    /// `SUCCEED`
    Succeed,
    /// `FAIL`
    Fail,
    /// `RETRY`
    Retry,
    /// `CANCEL`
    Cancel,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl OperationAction {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Start => "START",
            Self::Succeed => "SUCCEED",
            Self::Fail => "FAIL",
            Self::Retry => "RETRY",
            Self::Cancel => "CANCEL",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["START", "SUCCEED", "FAIL", "RETRY", "CANCEL"]
    }
}
impl ::std::convert::From<&str> for OperationAction {
    fn from(s: &str) -> Self {
        match s {
            "START" => Self::Start,
            "SUCCEED" => Self::Succeed,
            "FAIL" => Self::Fail,
            "RETRY" => Self::Retry,
            "CANCEL" => Self::Cancel,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(OperationAction);
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
pub enum OperationStatus {
    /// `STARTED`
    Started,
    /// `PENDING`
    Pending,
    /// `READY`
    Ready,
    /// `SUCCEEDED`
    Succeeded,
    /// `FAILED`
    Failed,
    /// `CANCELLED`
    Cancelled,
    /// `TIMED_OUT`
    TimedOut,
    /// `STOPPED`
    Stopped,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl OperationStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Started => "STARTED",
            Self::Pending => "PENDING",
            Self::Ready => "READY",
            Self::Succeeded => "SUCCEEDED",
            Self::Failed => "FAILED",
            Self::Cancelled => "CANCELLED",
            Self::TimedOut => "TIMED_OUT",
            Self::Stopped => "STOPPED",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &[
            "STARTED",
            "PENDING",
            "READY",
            "SUCCEEDED",
            "FAILED",
            "CANCELLED",
            "TIMED_OUT",
            "STOPPED",
        ]
    }
}
impl ::std::convert::From<&str> for OperationStatus {
    fn from(s: &str) -> Self {
        match s {
            "STARTED" => Self::Started,
            "PENDING" => Self::Pending,
            "READY" => Self::Ready,
            "SUCCEEDED" => Self::Succeeded,
            "FAILED" => Self::Failed,
            "CANCELLED" => Self::Cancelled,
            "TIMED_OUT" => Self::TimedOut,
            "STOPPED" => Self::Stopped,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(OperationStatus);
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
pub enum OperationType {
    /// `EXECUTION`
    Execution,
    /// `CONTEXT`
    Context,
    /// `STEP`
    Step,
    /// `WAIT`
    Wait,
    /// `CALLBACK`
    Callback,
    /// `CHAINED_INVOKE`
    ChainedInvoke,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl OperationType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Execution => "EXECUTION",
            Self::Context => "CONTEXT",
            Self::Step => "STEP",
            Self::Wait => "WAIT",
            Self::Callback => "CALLBACK",
            Self::ChainedInvoke => "CHAINED_INVOKE",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["EXECUTION", "CONTEXT", "STEP", "WAIT", "CALLBACK", "CHAINED_INVOKE"]
    }
}
impl ::std::convert::From<&str> for OperationType {
    fn from(s: &str) -> Self {
        match s {
            "EXECUTION" => Self::Execution,
            "CONTEXT" => Self::Context,
            "STEP" => Self::Step,
            "WAIT" => Self::Wait,
            "CALLBACK" => Self::Callback,
            "CHAINED_INVOKE" => Self::ChainedInvoke,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(OperationType);
/// From AWS's model: the apis.guru spec lacks it, and the model has no
/// documentation.
#[derive(::std::clone::Clone, ::std::cmp::PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct OperationUpdate {
    #[serde(rename = "Action")]
    pub action: crate::types::OperationAction,
    #[serde(
        rename = "CallbackOptions",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub callback_options: ::std::option::Option<crate::types::CallbackOptions>,
    #[serde(
        rename = "ChainedInvokeOptions",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub chained_invoke_options: ::std::option::Option<
        crate::types::ChainedInvokeOptions,
    >,
    #[serde(
        rename = "ContextOptions",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub context_options: ::std::option::Option<crate::types::ContextOptions>,
    #[serde(
        rename = "Error",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub error: ::std::option::Option<crate::types::ErrorObject>,
    #[serde(rename = "Id")]
    pub id: ::std::string::String,
    #[serde(
        rename = "Name",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "ParentId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub parent_id: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "Payload",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payload: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "StepOptions",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub step_options: ::std::option::Option<crate::types::StepOptions>,
    #[serde(
        rename = "SubType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub sub_type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Type")]
    pub r#type: crate::types::OperationType,
    #[serde(
        rename = "WaitOptions",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub wait_options: ::std::option::Option<crate::types::WaitOptions>,
}
impl OperationUpdate {
    /// A new [`OperationUpdateBuilder`](crate::types::builders::OperationUpdateBuilder).
    pub fn builder() -> crate::types::builders::OperationUpdateBuilder {
        ::std::default::Default::default()
    }
}
impl ::std::fmt::Debug for OperationUpdate {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let mut s = f.debug_struct("OperationUpdate");
        s.field("action", &self.action);
        s.field("callback_options", &self.callback_options);
        s.field("chained_invoke_options", &self.chained_invoke_options);
        s.field("context_options", &self.context_options);
        s.field("error", &self.error);
        s.field("id", &self.id);
        s.field("name", &self.name);
        s.field("parent_id", &self.parent_id);
        s.field("payload", &"*** Sensitive Data Redacted ***");
        s.field("step_options", &self.step_options);
        s.field("sub_type", &self.sub_type);
        s.field("type", &self.r#type);
        s.field("wait_options", &self.wait_options);
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
pub enum PackageType {
    /// `Zip`
    Zip,
    /// `Image`
    Image,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl PackageType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Zip => "Zip",
            Self::Image => "Image",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["Zip", "Image"]
    }
}
impl ::std::convert::From<&str> for PackageType {
    fn from(s: &str) -> Self {
        match s {
            "Zip" => Self::Zip,
            "Image" => Self::Image,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(PackageType);
/// From AWS's model: the apis.guru spec lacks it, and the model has no
/// documentation.
#[derive(::std::clone::Clone, ::std::cmp::PartialEq, ::serde::Deserialize)]
#[non_exhaustive]
pub struct PauseDetails {
    #[serde(rename = "ExecutionTimeoutPaused", default)]
    pub execution_timeout_paused: bool,
    #[serde(rename = "PauseRequestTimestamp", default)]
    pub pause_request_timestamp: crate::runtime::Timestamp,
    #[serde(rename = "Reason", default)]
    pub reason: ::std::option::Option<::std::string::String>,
}
impl PauseDetails {
    /// A new [`PauseDetailsBuilder`](crate::types::builders::PauseDetailsBuilder).
    pub fn builder() -> crate::types::builders::PauseDetailsBuilder {
        ::std::default::Default::default()
    }
}
impl ::std::fmt::Debug for PauseDetails {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let mut s = f.debug_struct("PauseDetails");
        s.field("execution_timeout_paused", &self.execution_timeout_paused);
        s.field("pause_request_timestamp", &self.pause_request_timestamp);
        s.field("reason", &"*** Sensitive Data Redacted ***");
        s.finish()
    }
}
#[derive(::std::clone::Clone, ::std::cmp::PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct PauseDurableExecutionRequest {
    /// If not set, `send()` fills it with a random UUID (version 4), as the AWS SDKs
    /// do; every retry of that call sends the same one.
    #[serde(
        rename = "ClientToken",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub client_token: ::std::option::Option<::std::string::String>,
    #[serde(skip)]
    pub durable_execution_arn: ::std::string::String,
    #[serde(
        rename = "ExecutionTimeoutPaused",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub execution_timeout_paused: ::std::option::Option<bool>,
    #[serde(
        rename = "Reason",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub reason: ::std::option::Option<::std::string::String>,
}
impl PauseDurableExecutionRequest {
    /// A new [`PauseDurableExecutionRequestBuilder`](crate::types::builders::PauseDurableExecutionRequestBuilder).
    pub fn builder() -> crate::types::builders::PauseDurableExecutionRequestBuilder {
        ::std::default::Default::default()
    }
}
impl ::std::fmt::Debug for PauseDurableExecutionRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let mut s = f.debug_struct("PauseDurableExecutionRequest");
        s.field("client_token", &self.client_token);
        s.field("durable_execution_arn", &self.durable_execution_arn);
        s.field("execution_timeout_paused", &self.execution_timeout_paused);
        s.field("reason", &"*** Sensitive Data Redacted ***");
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
pub struct PauseDurableExecutionResponse {}
impl PauseDurableExecutionResponse {
    /// A new [`PauseDurableExecutionResponseBuilder`](crate::types::builders::PauseDurableExecutionResponseBuilder).
    pub fn builder() -> crate::types::builders::PauseDurableExecutionResponseBuilder {
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
pub struct PropagateTags {
    #[serde(
        rename = "ExplicitTags",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub explicit_tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    #[serde(
        rename = "Mode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub mode: ::std::option::Option<crate::types::PropagateTagsMode>,
}
impl PropagateTags {
    /// A new [`PropagateTagsBuilder`](crate::types::builders::PropagateTagsBuilder).
    pub fn builder() -> crate::types::builders::PropagateTagsBuilder {
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
pub enum PropagateTagsMode {
    /// `None`
    None,
    /// `Explicit`
    Explicit,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl PropagateTagsMode {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::None => "None",
            Self::Explicit => "Explicit",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["None", "Explicit"]
    }
}
impl ::std::convert::From<&str> for PropagateTagsMode {
    fn from(s: &str) -> Self {
        match s {
            "None" => Self::None,
            "Explicit" => Self::Explicit,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(PropagateTagsMode);
/// Details about the provisioned concurrency configuration for a function alias or
/// version.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ProvisionedConcurrencyConfigListItem {
    /// The amount of provisioned concurrency allocated. When a weighted alias is used
    /// during linear and canary deployments, this value fluctuates depending on the
    /// amount of concurrency that is provisioned for the function versions.
    #[serde(rename = "AllocatedProvisionedConcurrentExecutions", default)]
    pub allocated_provisioned_concurrent_executions: ::std::option::Option<i64>,
    /// The amount of provisioned concurrency available.
    #[serde(rename = "AvailableProvisionedConcurrentExecutions", default)]
    pub available_provisioned_concurrent_executions: ::std::option::Option<i64>,
    /// The Amazon Resource Name (ARN) of the alias or version.
    #[serde(rename = "FunctionArn", default)]
    pub function_arn: ::std::option::Option<::std::string::String>,
    /// The date and time that a user last updated the configuration, in [ISO 8601
    /// format](https://www.iso.org/iso-8601-date-and-time-format.html).
    #[serde(rename = "LastModified", default)]
    pub last_modified: ::std::option::Option<::std::string::String>,
    /// The amount of provisioned concurrency requested.
    #[serde(rename = "RequestedProvisionedConcurrentExecutions", default)]
    pub requested_provisioned_concurrent_executions: ::std::option::Option<i64>,
    /// The status of the allocation process.
    #[serde(rename = "Status", default)]
    pub status: ::std::option::Option<crate::types::ProvisionedConcurrencyStatusEnum>,
    /// For failed allocations, the reason that provisioned concurrency could not be
    /// allocated.
    #[serde(rename = "StatusReason", default)]
    pub status_reason: ::std::option::Option<::std::string::String>,
}
impl ProvisionedConcurrencyConfigListItem {
    /// A new [`ProvisionedConcurrencyConfigListItemBuilder`](crate::types::builders::ProvisionedConcurrencyConfigListItemBuilder).
    pub fn builder() -> crate::types::builders::ProvisionedConcurrencyConfigListItemBuilder {
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
pub enum ProvisionedConcurrencyStatusEnum {
    /// `IN_PROGRESS`
    InProgress,
    /// `READY`
    Ready,
    /// `FAILED`
    Failed,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl ProvisionedConcurrencyStatusEnum {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::InProgress => "IN_PROGRESS",
            Self::Ready => "READY",
            Self::Failed => "FAILED",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["IN_PROGRESS", "READY", "FAILED"]
    }
}
impl ::std::convert::From<&str> for ProvisionedConcurrencyStatusEnum {
    fn from(s: &str) -> Self {
        match s {
            "IN_PROGRESS" => Self::InProgress,
            "READY" => Self::Ready,
            "FAILED" => Self::Failed,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(ProvisionedConcurrencyStatusEnum);
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
pub struct ProvisionedPollerConfig {
    #[serde(
        rename = "MaximumPollers",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub maximum_pollers: ::std::option::Option<i64>,
    #[serde(
        rename = "MinimumPollers",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub minimum_pollers: ::std::option::Option<i64>,
    #[serde(
        rename = "PollerGroupName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub poller_group_name: ::std::option::Option<::std::string::String>,
}
impl ProvisionedPollerConfig {
    /// A new [`ProvisionedPollerConfigBuilder`](crate::types::builders::ProvisionedPollerConfigBuilder).
    pub fn builder() -> crate::types::builders::ProvisionedPollerConfigBuilder {
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
pub struct PublishLayerVersionRequest {
    /// A list of compatible [instruction set
    /// architectures](https://docs.aws.amazon.com/lambda/latest/dg/foundation-arch.html).
    #[serde(
        rename = "CompatibleArchitectures",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub compatible_architectures: ::std::option::Option<
        ::std::vec::Vec<crate::types::Architecture>,
    >,
    /// A list of compatible [function
    /// runtimes](https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html).
    /// Used for filtering with ListLayers and ListLayerVersions.
    ///
    /// The following list includes deprecated runtimes. For more information, see
    /// [Runtime deprecation
    /// policy](https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html#runtime-support-policy).
    #[serde(
        rename = "CompatibleRuntimes",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub compatible_runtimes: ::std::option::Option<
        ::std::vec::Vec<crate::types::Runtime>,
    >,
    /// The function layer archive.
    #[serde(rename = "Content")]
    pub content: crate::types::LayerVersionContentInput,
    /// The description of the version.
    #[serde(
        rename = "Description",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
    /// The name or Amazon Resource Name (ARN) of the layer.
    #[serde(skip)]
    pub layer_name: ::std::string::String,
    /// The layer's software license. It can be any of the following:
    ///
    /// - An [SPDX license identifier](https://spdx.org/licenses/). For example, `MIT`.
    /// - The URL of a license hosted on the internet. For example,
    ///   `https://opensource.org/licenses/MIT`.
    /// - The full text of the license.
    #[serde(
        rename = "LicenseInfo",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub license_info: ::std::option::Option<::std::string::String>,
}
impl PublishLayerVersionRequest {
    /// A new [`PublishLayerVersionRequestBuilder`](crate::types::builders::PublishLayerVersionRequestBuilder).
    pub fn builder() -> crate::types::builders::PublishLayerVersionRequestBuilder {
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
pub struct PublishLayerVersionResponse {
    /// A list of compatible [instruction set
    /// architectures](https://docs.aws.amazon.com/lambda/latest/dg/foundation-arch.html).
    #[serde(rename = "CompatibleArchitectures", default)]
    pub compatible_architectures: ::std::option::Option<
        ::std::vec::Vec<crate::types::Architecture>,
    >,
    /// The layer's compatible runtimes.
    ///
    /// The following list includes deprecated runtimes. For more information, see
    /// [Runtime deprecation
    /// policy](https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html#runtime-support-policy).
    #[serde(rename = "CompatibleRuntimes", default)]
    pub compatible_runtimes: ::std::option::Option<
        ::std::vec::Vec<crate::types::Runtime>,
    >,
    /// Details about the layer version.
    #[serde(rename = "Content", default)]
    pub content: ::std::option::Option<crate::types::LayerVersionContentOutput>,
    /// The date that the layer version was created, in [ISO-8601
    /// format](https://www.w3.org/TR/NOTE-datetime) (YYYY-MM-DDThh:mm:ss.sTZD).
    #[serde(rename = "CreatedDate", default)]
    pub created_date: ::std::option::Option<::std::string::String>,
    /// The description of the version.
    #[serde(rename = "Description", default)]
    pub description: ::std::option::Option<::std::string::String>,
    /// The ARN of the layer.
    #[serde(rename = "LayerArn", default)]
    pub layer_arn: ::std::option::Option<::std::string::String>,
    /// The ARN of the layer version.
    #[serde(rename = "LayerVersionArn", default)]
    pub layer_version_arn: ::std::option::Option<::std::string::String>,
    /// The layer's software license.
    #[serde(rename = "LicenseInfo", default)]
    pub license_info: ::std::option::Option<::std::string::String>,
    /// The version number.
    #[serde(rename = "Version", default)]
    pub version: ::std::option::Option<i64>,
}
impl PublishLayerVersionResponse {
    /// A new [`PublishLayerVersionResponseBuilder`](crate::types::builders::PublishLayerVersionResponseBuilder).
    pub fn builder() -> crate::types::builders::PublishLayerVersionResponseBuilder {
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
pub struct PublishVersionRequest {
    /// Only publish a version if the hash value matches the value that's specified. Use
    /// this option to avoid publishing a version if the function code has changed since
    /// you last updated it. You can get the hash for the version that you uploaded from
    /// the output of UpdateFunctionCode.
    #[serde(
        rename = "CodeSha256",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub code_sha256: ::std::option::Option<::std::string::String>,
    /// A description for the version to override the description in the function
    /// configuration.
    #[serde(
        rename = "Description",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
    /// The name of the Lambda function.
    ///
    /// **Name formats**
    ///
    /// - **Function name** - `MyFunction`.
    /// - **Function ARN** -
    ///   `arn:aws:lambda:us-west-2:123456789012:function:MyFunction`.
    /// - **Partial ARN** - `123456789012:function:MyFunction`.
    ///
    /// The length constraint applies only to the full ARN. If you specify only the
    /// function name, it is limited to 64 characters in length.
    #[serde(skip)]
    pub function_name: ::std::string::String,
    #[serde(
        rename = "PublishTo",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub publish_to: ::std::option::Option<crate::types::FunctionVersionLatestPublished>,
    /// Only update the function if the revision ID matches the ID that's specified. Use
    /// this option to avoid publishing a version if the function configuration has
    /// changed since you last updated it.
    #[serde(
        rename = "RevisionId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub revision_id: ::std::option::Option<::std::string::String>,
}
impl PublishVersionRequest {
    /// A new [`PublishVersionRequestBuilder`](crate::types::builders::PublishVersionRequestBuilder).
    pub fn builder() -> crate::types::builders::PublishVersionRequestBuilder {
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
pub struct PutFunctionCodeSigningConfigRequest {
    /// The The Amazon Resource Name (ARN) of the code signing configuration.
    #[serde(rename = "CodeSigningConfigArn")]
    pub code_signing_config_arn: ::std::string::String,
    /// The name of the Lambda function.
    ///
    /// **Name formats**
    ///
    /// - **Function name** - `MyFunction`.
    /// - **Function ARN** -
    ///   `arn:aws:lambda:us-west-2:123456789012:function:MyFunction`.
    /// - **Partial ARN** - `123456789012:function:MyFunction`.
    ///
    /// The length constraint applies only to the full ARN. If you specify only the
    /// function name, it is limited to 64 characters in length.
    #[serde(skip)]
    pub function_name: ::std::string::String,
}
impl PutFunctionCodeSigningConfigRequest {
    /// A new [`PutFunctionCodeSigningConfigRequestBuilder`](crate::types::builders::PutFunctionCodeSigningConfigRequestBuilder).
    pub fn builder() -> crate::types::builders::PutFunctionCodeSigningConfigRequestBuilder {
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
pub struct PutFunctionCodeSigningConfigResponse {
    /// The The Amazon Resource Name (ARN) of the code signing configuration.
    #[serde(rename = "CodeSigningConfigArn", default)]
    pub code_signing_config_arn: ::std::string::String,
    /// The name of the Lambda function.
    ///
    /// **Name formats**
    ///
    /// - **Function name** - `MyFunction`.
    /// - **Function ARN** -
    ///   `arn:aws:lambda:us-west-2:123456789012:function:MyFunction`.
    /// - **Partial ARN** - `123456789012:function:MyFunction`.
    ///
    /// The length constraint applies only to the full ARN. If you specify only the
    /// function name, it is limited to 64 characters in length.
    #[serde(rename = "FunctionName", default)]
    pub function_name: ::std::string::String,
}
impl PutFunctionCodeSigningConfigResponse {
    /// A new [`PutFunctionCodeSigningConfigResponseBuilder`](crate::types::builders::PutFunctionCodeSigningConfigResponseBuilder).
    pub fn builder() -> crate::types::builders::PutFunctionCodeSigningConfigResponseBuilder {
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
pub struct PutFunctionConcurrencyRequest {
    /// The name of the Lambda function.
    ///
    /// **Name formats**
    ///
    /// - **Function name** – `my-function`.
    /// - **Function ARN** –
    ///   `arn:aws:lambda:us-west-2:123456789012:function:my-function`.
    /// - **Partial ARN** – `123456789012:function:my-function`.
    ///
    /// The length constraint applies only to the full ARN. If you specify only the
    /// function name, it is limited to 64 characters in length.
    #[serde(skip)]
    pub function_name: ::std::string::String,
    /// The number of simultaneous executions to reserve for the function.
    #[serde(rename = "ReservedConcurrentExecutions")]
    pub reserved_concurrent_executions: i64,
}
impl PutFunctionConcurrencyRequest {
    /// A new [`PutFunctionConcurrencyRequestBuilder`](crate::types::builders::PutFunctionConcurrencyRequestBuilder).
    pub fn builder() -> crate::types::builders::PutFunctionConcurrencyRequestBuilder {
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
pub struct PutFunctionEventInvokeConfigRequest {
    /// A destination for events after they have been sent to a function for processing.
    ///
    /// **Destinations**
    ///
    /// - **Function** - The Amazon Resource Name (ARN) of a Lambda function.
    /// - **Queue** - The ARN of a standard SQS queue.
    /// - **Topic** - The ARN of a standard SNS topic.
    /// - **Event Bus** - The ARN of an Amazon EventBridge event bus.
    #[serde(
        rename = "DestinationConfig",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub destination_config: ::std::option::Option<crate::types::DestinationConfig>,
    /// The name of the Lambda function, version, or alias.
    ///
    /// **Name formats**
    ///
    /// - **Function name** - `my-function` (name-only), `my-function:v1` (with alias).
    /// - **Function ARN** -
    ///   `arn:aws:lambda:us-west-2:123456789012:function:my-function`.
    /// - **Partial ARN** - `123456789012:function:my-function`.
    ///
    /// You can append a version number or alias to any of the formats. The length
    /// constraint applies only to the full ARN. If you specify only the function name,
    /// it is limited to 64 characters in length.
    #[serde(skip)]
    pub function_name: ::std::string::String,
    /// The maximum age of a request that Lambda sends to a function for processing.
    #[serde(
        rename = "MaximumEventAgeInSeconds",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub maximum_event_age_in_seconds: ::std::option::Option<i64>,
    /// The maximum number of times to retry when the function returns an error.
    #[serde(
        rename = "MaximumRetryAttempts",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub maximum_retry_attempts: ::std::option::Option<i64>,
    /// A version number or alias name.
    #[serde(skip)]
    pub qualifier: ::std::option::Option<::std::string::String>,
}
impl PutFunctionEventInvokeConfigRequest {
    /// A new [`PutFunctionEventInvokeConfigRequestBuilder`](crate::types::builders::PutFunctionEventInvokeConfigRequestBuilder).
    pub fn builder() -> crate::types::builders::PutFunctionEventInvokeConfigRequestBuilder {
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
pub struct PutFunctionRecursionConfigRequest {
    #[serde(skip)]
    pub function_name: ::std::string::String,
    #[serde(rename = "RecursiveLoop")]
    pub recursive_loop: crate::types::RecursiveLoop,
}
impl PutFunctionRecursionConfigRequest {
    /// A new [`PutFunctionRecursionConfigRequestBuilder`](crate::types::builders::PutFunctionRecursionConfigRequestBuilder).
    pub fn builder() -> crate::types::builders::PutFunctionRecursionConfigRequestBuilder {
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
pub struct PutFunctionRecursionConfigResponse {
    #[serde(rename = "RecursiveLoop", default)]
    pub recursive_loop: ::std::option::Option<crate::types::RecursiveLoop>,
}
impl PutFunctionRecursionConfigResponse {
    /// A new [`PutFunctionRecursionConfigResponseBuilder`](crate::types::builders::PutFunctionRecursionConfigResponseBuilder).
    pub fn builder() -> crate::types::builders::PutFunctionRecursionConfigResponseBuilder {
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
pub struct PutFunctionScalingConfigRequest {
    #[serde(skip)]
    pub function_name: ::std::string::String,
    #[serde(
        rename = "FunctionScalingConfig",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub function_scaling_config: ::std::option::Option<
        crate::types::FunctionScalingConfig,
    >,
    #[serde(skip)]
    pub qualifier: ::std::string::String,
}
impl PutFunctionScalingConfigRequest {
    /// A new [`PutFunctionScalingConfigRequestBuilder`](crate::types::builders::PutFunctionScalingConfigRequestBuilder).
    pub fn builder() -> crate::types::builders::PutFunctionScalingConfigRequestBuilder {
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
pub struct PutFunctionScalingConfigResponse {
    #[serde(rename = "FunctionState", default)]
    pub function_state: ::std::option::Option<crate::types::State>,
}
impl PutFunctionScalingConfigResponse {
    /// A new [`PutFunctionScalingConfigResponseBuilder`](crate::types::builders::PutFunctionScalingConfigResponseBuilder).
    pub fn builder() -> crate::types::builders::PutFunctionScalingConfigResponseBuilder {
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
pub struct PutProvisionedConcurrencyConfigRequest {
    /// The name of the Lambda function.
    ///
    /// **Name formats**
    ///
    /// - **Function name** – `my-function`.
    /// - **Function ARN** –
    ///   `arn:aws:lambda:us-west-2:123456789012:function:my-function`.
    /// - **Partial ARN** – `123456789012:function:my-function`.
    ///
    /// The length constraint applies only to the full ARN. If you specify only the
    /// function name, it is limited to 64 characters in length.
    #[serde(skip)]
    pub function_name: ::std::string::String,
    /// The amount of provisioned concurrency to allocate for the version or alias.
    #[serde(rename = "ProvisionedConcurrentExecutions")]
    pub provisioned_concurrent_executions: i64,
    /// The version number or alias name.
    #[serde(skip)]
    pub qualifier: ::std::string::String,
}
impl PutProvisionedConcurrencyConfigRequest {
    /// A new [`PutProvisionedConcurrencyConfigRequestBuilder`](crate::types::builders::PutProvisionedConcurrencyConfigRequestBuilder).
    pub fn builder() -> crate::types::builders::PutProvisionedConcurrencyConfigRequestBuilder {
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
pub struct PutProvisionedConcurrencyConfigResponse {
    /// The amount of provisioned concurrency allocated. When a weighted alias is used
    /// during linear and canary deployments, this value fluctuates depending on the
    /// amount of concurrency that is provisioned for the function versions.
    #[serde(rename = "AllocatedProvisionedConcurrentExecutions", default)]
    pub allocated_provisioned_concurrent_executions: ::std::option::Option<i64>,
    /// The amount of provisioned concurrency available.
    #[serde(rename = "AvailableProvisionedConcurrentExecutions", default)]
    pub available_provisioned_concurrent_executions: ::std::option::Option<i64>,
    /// The date and time that a user last updated the configuration, in [ISO 8601
    /// format](https://www.iso.org/iso-8601-date-and-time-format.html).
    #[serde(rename = "LastModified", default)]
    pub last_modified: ::std::option::Option<::std::string::String>,
    /// The amount of provisioned concurrency requested.
    #[serde(rename = "RequestedProvisionedConcurrentExecutions", default)]
    pub requested_provisioned_concurrent_executions: ::std::option::Option<i64>,
    /// The status of the allocation process.
    #[serde(rename = "Status", default)]
    pub status: ::std::option::Option<crate::types::ProvisionedConcurrencyStatusEnum>,
    /// For failed allocations, the reason that provisioned concurrency could not be
    /// allocated.
    #[serde(rename = "StatusReason", default)]
    pub status_reason: ::std::option::Option<::std::string::String>,
}
impl PutProvisionedConcurrencyConfigResponse {
    /// A new [`PutProvisionedConcurrencyConfigResponseBuilder`](crate::types::builders::PutProvisionedConcurrencyConfigResponseBuilder).
    pub fn builder() -> crate::types::builders::PutProvisionedConcurrencyConfigResponseBuilder {
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
pub struct PutResourcePolicyRequest {
    #[serde(rename = "Policy")]
    pub policy: ::std::string::String,
    #[serde(skip)]
    pub resource_arn: ::std::string::String,
    #[serde(
        rename = "RevisionId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub revision_id: ::std::option::Option<::std::string::String>,
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
    #[serde(rename = "Policy", default)]
    pub policy: ::std::option::Option<::std::string::String>,
    #[serde(rename = "RevisionId", default)]
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
pub struct PutRuntimeManagementConfigRequest {
    /// The name of the Lambda function.
    ///
    /// **Name formats**
    ///
    /// - **Function name** – `my-function`.
    /// - **Function ARN** –
    ///   `arn:aws:lambda:us-west-2:123456789012:function:my-function`.
    /// - **Partial ARN** – `123456789012:function:my-function`.
    ///
    /// The length constraint applies only to the full ARN. If you specify only the
    /// function name, it is limited to 64 characters in length.
    #[serde(skip)]
    pub function_name: ::std::string::String,
    /// Specify a version of the function. This can be `$LATEST` or a published version
    /// number. If no value is specified, the configuration for the `$LATEST` version is
    /// returned.
    #[serde(skip)]
    pub qualifier: ::std::option::Option<::std::string::String>,
    /// The ARN of the runtime version you want the function to use.
    ///
    /// **Note:** This is only required if you're using the **Manual** runtime update
    /// mode.
    #[serde(
        rename = "RuntimeVersionArn",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub runtime_version_arn: ::std::option::Option<::std::string::String>,
    /// Specify the runtime update mode.
    ///
    /// - **Auto (default)** - Automatically update to the most recent and secure
    ///   runtime version using a [Two-phase runtime version
    ///   rollout](https://docs.aws.amazon.com/lambda/latest/dg/runtimes-update.html#runtime-management-two-phase).
    ///   This is the best choice for most customers to ensure they always benefit from
    ///   runtime updates.
    /// - **Function update** - Lambda updates the runtime of your function to the most
    ///   recent and secure runtime version when you update your function. This approach
    ///   synchronizes runtime updates with function deployments, giving you control
    ///   over when runtime updates are applied and allowing you to detect and mitigate
    ///   rare runtime update incompatibilities early. When using this setting, you need
    ///   to regularly update your functions to keep their runtime up-to-date.
    /// - **Manual** - You specify a runtime version in your function configuration. The
    ///   function will use this runtime version indefinitely. In the rare case where a
    ///   new runtime version is incompatible with an existing function, this allows you
    ///   to roll back your function to an earlier runtime version. For more
    ///   information, see [Roll back a runtime
    ///   version](https://docs.aws.amazon.com/lambda/latest/dg/runtimes-update.html#runtime-management-rollback).
    #[serde(rename = "UpdateRuntimeOn")]
    pub update_runtime_on: crate::types::UpdateRuntimeOn,
}
impl PutRuntimeManagementConfigRequest {
    /// A new [`PutRuntimeManagementConfigRequestBuilder`](crate::types::builders::PutRuntimeManagementConfigRequestBuilder).
    pub fn builder() -> crate::types::builders::PutRuntimeManagementConfigRequestBuilder {
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
pub struct PutRuntimeManagementConfigResponse {
    /// The ARN of the function
    #[serde(rename = "FunctionArn", default)]
    pub function_arn: ::std::string::String,
    /// The ARN of the runtime the function is configured to use. If the runtime update
    /// mode is **manual**, the ARN is returned, otherwise `null` is returned.
    #[serde(rename = "RuntimeVersionArn", default)]
    pub runtime_version_arn: ::std::option::Option<::std::string::String>,
    /// The runtime update mode.
    #[serde(rename = "UpdateRuntimeOn")]
    pub update_runtime_on: crate::types::UpdateRuntimeOn,
}
impl PutRuntimeManagementConfigResponse {
    /// A new [`PutRuntimeManagementConfigResponseBuilder`](crate::types::builders::PutRuntimeManagementConfigResponseBuilder).
    pub fn builder() -> crate::types::builders::PutRuntimeManagementConfigResponseBuilder {
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
pub enum RecursiveLoop {
    /// `Allow`
    Allow,
    /// `Terminate`
    Terminate,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl RecursiveLoop {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Allow => "Allow",
            Self::Terminate => "Terminate",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["Allow", "Terminate"]
    }
}
impl ::std::convert::From<&str> for RecursiveLoop {
    fn from(s: &str) -> Self {
        match s {
            "Allow" => Self::Allow,
            "Terminate" => Self::Terminate,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(RecursiveLoop);
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct RemoveLayerVersionPermissionRequest {
    /// The name or Amazon Resource Name (ARN) of the layer.
    #[serde(skip)]
    pub layer_name: ::std::string::String,
    /// Only update the policy if the revision ID matches the ID specified. Use this
    /// option to avoid modifying a policy that has changed since you last read it.
    #[serde(skip)]
    pub revision_id: ::std::option::Option<::std::string::String>,
    /// The identifier that was specified when the statement was added.
    #[serde(skip)]
    pub statement_id: ::std::string::String,
    /// The version number.
    #[serde(skip)]
    pub version_number: i64,
}
impl RemoveLayerVersionPermissionRequest {
    /// A new [`RemoveLayerVersionPermissionRequestBuilder`](crate::types::builders::RemoveLayerVersionPermissionRequestBuilder).
    pub fn builder() -> crate::types::builders::RemoveLayerVersionPermissionRequestBuilder {
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
pub struct RemovePermissionRequest {
    /// The name of the Lambda function, version, or alias.
    ///
    /// **Name formats**
    ///
    /// - **Function name** – `my-function` (name-only), `my-function:v1` (with alias).
    /// - **Function ARN** –
    ///   `arn:aws:lambda:us-west-2:123456789012:function:my-function`.
    /// - **Partial ARN** – `123456789012:function:my-function`.
    ///
    /// You can append a version number or alias to any of the formats. The length
    /// constraint applies only to the full ARN. If you specify only the function name,
    /// it is limited to 64 characters in length.
    #[serde(skip)]
    pub function_name: ::std::string::String,
    /// Specify a version or alias to remove permissions from a published version of the
    /// function.
    #[serde(skip)]
    pub qualifier: ::std::option::Option<::std::string::String>,
    /// Update the policy only if the revision ID matches the ID that's specified. Use
    /// this option to avoid modifying a policy that has changed since you last read it.
    #[serde(skip)]
    pub revision_id: ::std::option::Option<::std::string::String>,
    /// Statement ID of the permission to remove.
    #[serde(skip)]
    pub statement_id: ::std::string::String,
}
impl RemovePermissionRequest {
    /// A new [`RemovePermissionRequestBuilder`](crate::types::builders::RemovePermissionRequestBuilder).
    pub fn builder() -> crate::types::builders::RemovePermissionRequestBuilder {
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
pub struct ResolvedS3Object {
    #[serde(rename = "S3Bucket", default)]
    pub s3_bucket: ::std::option::Option<::std::string::String>,
    #[serde(rename = "S3Key", default)]
    pub s3_key: ::std::option::Option<::std::string::String>,
    #[serde(rename = "S3ObjectVersion", default)]
    pub s3_object_version: ::std::option::Option<::std::string::String>,
}
impl ResolvedS3Object {
    /// A new [`ResolvedS3ObjectBuilder`](crate::types::builders::ResolvedS3ObjectBuilder).
    pub fn builder() -> crate::types::builders::ResolvedS3ObjectBuilder {
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
pub enum ResponseStreamingInvocationType {
    /// `RequestResponse`
    RequestResponse,
    /// `DryRun`
    DryRun,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl ResponseStreamingInvocationType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::RequestResponse => "RequestResponse",
            Self::DryRun => "DryRun",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["RequestResponse", "DryRun"]
    }
}
impl ::std::convert::From<&str> for ResponseStreamingInvocationType {
    fn from(s: &str) -> Self {
        match s {
            "RequestResponse" => Self::RequestResponse,
            "DryRun" => Self::DryRun,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(ResponseStreamingInvocationType);
#[derive(::std::clone::Clone, ::std::cmp::PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct ResumeDurableExecutionRequest {
    /// If not set, `send()` fills it with a random UUID (version 4), as the AWS SDKs
    /// do; every retry of that call sends the same one.
    #[serde(
        rename = "ClientToken",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub client_token: ::std::option::Option<::std::string::String>,
    #[serde(skip)]
    pub durable_execution_arn: ::std::string::String,
    #[serde(
        rename = "Reason",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub reason: ::std::option::Option<::std::string::String>,
}
impl ResumeDurableExecutionRequest {
    /// A new [`ResumeDurableExecutionRequestBuilder`](crate::types::builders::ResumeDurableExecutionRequestBuilder).
    pub fn builder() -> crate::types::builders::ResumeDurableExecutionRequestBuilder {
        ::std::default::Default::default()
    }
}
impl ::std::fmt::Debug for ResumeDurableExecutionRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let mut s = f.debug_struct("ResumeDurableExecutionRequest");
        s.field("client_token", &self.client_token);
        s.field("durable_execution_arn", &self.durable_execution_arn);
        s.field("reason", &"*** Sensitive Data Redacted ***");
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
pub struct ResumeDurableExecutionResponse {}
impl ResumeDurableExecutionResponse {
    /// A new [`ResumeDurableExecutionResponseBuilder`](crate::types::builders::ResumeDurableExecutionResponseBuilder).
    pub fn builder() -> crate::types::builders::ResumeDurableExecutionResponseBuilder {
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
pub struct RetryDetails {
    #[serde(rename = "CurrentAttempt", default)]
    pub current_attempt: ::std::option::Option<i64>,
    #[serde(rename = "NextAttemptDelaySeconds", default)]
    pub next_attempt_delay_seconds: ::std::option::Option<i64>,
}
impl RetryDetails {
    /// A new [`RetryDetailsBuilder`](crate::types::builders::RetryDetailsBuilder).
    pub fn builder() -> crate::types::builders::RetryDetailsBuilder {
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
pub enum Runtime {
    /// `nodejs`
    Nodejs,
    /// `nodejs4.3`
    Nodejs43,
    /// `nodejs6.10`
    Nodejs610,
    /// `nodejs8.10`
    Nodejs810,
    /// `nodejs10.x`
    Nodejs10X,
    /// `nodejs12.x`
    Nodejs12X,
    /// `nodejs14.x`
    Nodejs14X,
    /// `nodejs16.x`
    Nodejs16X,
    /// `java8`
    Java8,
    /// `java8.al2`
    Java8Al2,
    /// `java11`
    Java11,
    /// `python2.7`
    Python27,
    /// `python3.6`
    Python36,
    /// `python3.7`
    Python37,
    /// `python3.8`
    Python38,
    /// `python3.9`
    Python39,
    /// `dotnetcore1.0`
    Dotnetcore10,
    /// `dotnetcore2.0`
    Dotnetcore20,
    /// `dotnetcore2.1`
    Dotnetcore21,
    /// `dotnetcore3.1`
    Dotnetcore31,
    /// `dotnet6`
    Dotnet6,
    /// `nodejs4.3-edge`
    Nodejs43Edge,
    /// `go1.x`
    Go1X,
    /// `ruby2.5`
    Ruby25,
    /// `ruby2.7`
    Ruby27,
    /// `provided`
    Provided,
    /// `provided.al2`
    ProvidedAl2,
    /// `nodejs18.x`
    Nodejs18X,
    /// `python3.10`
    Python310,
    /// `java17`
    Java17,
    /// `ruby3.2`
    Ruby32,
    /// `python3.11`
    Python311,
    /// `nodejs20.x`
    Nodejs20X,
    /// `nodejs22.x`
    Nodejs22X,
    /// `nodejs24.x`
    Nodejs24X,
    /// `java21`
    Java21,
    /// `java25`
    Java25,
    /// `python3.12`
    Python312,
    /// `python3.13`
    Python313,
    /// `python3.14`
    Python314,
    /// `dotnet8`
    Dotnet8,
    /// `dotnet10`
    Dotnet10,
    /// `ruby3.3`
    Ruby33,
    /// `ruby3.4`
    Ruby34,
    /// `ruby4.0`
    Ruby40,
    /// `provided.al2023`
    ProvidedAl2023,
    /// `nodejs26.x`
    Nodejs26X,
    /// `python3.15`
    Python315,
    /// `java8.al2023`
    Java8Al2023,
    /// `java11.al2023`
    Java11Al2023,
    /// `java17.al2023`
    Java17Al2023,
    /// `custom`
    Custom,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl Runtime {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Nodejs => "nodejs",
            Self::Nodejs43 => "nodejs4.3",
            Self::Nodejs610 => "nodejs6.10",
            Self::Nodejs810 => "nodejs8.10",
            Self::Nodejs10X => "nodejs10.x",
            Self::Nodejs12X => "nodejs12.x",
            Self::Nodejs14X => "nodejs14.x",
            Self::Nodejs16X => "nodejs16.x",
            Self::Java8 => "java8",
            Self::Java8Al2 => "java8.al2",
            Self::Java11 => "java11",
            Self::Python27 => "python2.7",
            Self::Python36 => "python3.6",
            Self::Python37 => "python3.7",
            Self::Python38 => "python3.8",
            Self::Python39 => "python3.9",
            Self::Dotnetcore10 => "dotnetcore1.0",
            Self::Dotnetcore20 => "dotnetcore2.0",
            Self::Dotnetcore21 => "dotnetcore2.1",
            Self::Dotnetcore31 => "dotnetcore3.1",
            Self::Dotnet6 => "dotnet6",
            Self::Nodejs43Edge => "nodejs4.3-edge",
            Self::Go1X => "go1.x",
            Self::Ruby25 => "ruby2.5",
            Self::Ruby27 => "ruby2.7",
            Self::Provided => "provided",
            Self::ProvidedAl2 => "provided.al2",
            Self::Nodejs18X => "nodejs18.x",
            Self::Python310 => "python3.10",
            Self::Java17 => "java17",
            Self::Ruby32 => "ruby3.2",
            Self::Python311 => "python3.11",
            Self::Nodejs20X => "nodejs20.x",
            Self::Nodejs22X => "nodejs22.x",
            Self::Nodejs24X => "nodejs24.x",
            Self::Java21 => "java21",
            Self::Java25 => "java25",
            Self::Python312 => "python3.12",
            Self::Python313 => "python3.13",
            Self::Python314 => "python3.14",
            Self::Dotnet8 => "dotnet8",
            Self::Dotnet10 => "dotnet10",
            Self::Ruby33 => "ruby3.3",
            Self::Ruby34 => "ruby3.4",
            Self::Ruby40 => "ruby4.0",
            Self::ProvidedAl2023 => "provided.al2023",
            Self::Nodejs26X => "nodejs26.x",
            Self::Python315 => "python3.15",
            Self::Java8Al2023 => "java8.al2023",
            Self::Java11Al2023 => "java11.al2023",
            Self::Java17Al2023 => "java17.al2023",
            Self::Custom => "custom",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &[
            "nodejs",
            "nodejs4.3",
            "nodejs6.10",
            "nodejs8.10",
            "nodejs10.x",
            "nodejs12.x",
            "nodejs14.x",
            "nodejs16.x",
            "java8",
            "java8.al2",
            "java11",
            "python2.7",
            "python3.6",
            "python3.7",
            "python3.8",
            "python3.9",
            "dotnetcore1.0",
            "dotnetcore2.0",
            "dotnetcore2.1",
            "dotnetcore3.1",
            "dotnet6",
            "nodejs4.3-edge",
            "go1.x",
            "ruby2.5",
            "ruby2.7",
            "provided",
            "provided.al2",
            "nodejs18.x",
            "python3.10",
            "java17",
            "ruby3.2",
            "python3.11",
            "nodejs20.x",
            "nodejs22.x",
            "nodejs24.x",
            "java21",
            "java25",
            "python3.12",
            "python3.13",
            "python3.14",
            "dotnet8",
            "dotnet10",
            "ruby3.3",
            "ruby3.4",
            "ruby4.0",
            "provided.al2023",
            "nodejs26.x",
            "python3.15",
            "java8.al2023",
            "java11.al2023",
            "java17.al2023",
            "custom",
        ]
    }
}
impl ::std::convert::From<&str> for Runtime {
    fn from(s: &str) -> Self {
        match s {
            "nodejs" => Self::Nodejs,
            "nodejs4.3" => Self::Nodejs43,
            "nodejs6.10" => Self::Nodejs610,
            "nodejs8.10" => Self::Nodejs810,
            "nodejs10.x" => Self::Nodejs10X,
            "nodejs12.x" => Self::Nodejs12X,
            "nodejs14.x" => Self::Nodejs14X,
            "nodejs16.x" => Self::Nodejs16X,
            "java8" => Self::Java8,
            "java8.al2" => Self::Java8Al2,
            "java11" => Self::Java11,
            "python2.7" => Self::Python27,
            "python3.6" => Self::Python36,
            "python3.7" => Self::Python37,
            "python3.8" => Self::Python38,
            "python3.9" => Self::Python39,
            "dotnetcore1.0" => Self::Dotnetcore10,
            "dotnetcore2.0" => Self::Dotnetcore20,
            "dotnetcore2.1" => Self::Dotnetcore21,
            "dotnetcore3.1" => Self::Dotnetcore31,
            "dotnet6" => Self::Dotnet6,
            "nodejs4.3-edge" => Self::Nodejs43Edge,
            "go1.x" => Self::Go1X,
            "ruby2.5" => Self::Ruby25,
            "ruby2.7" => Self::Ruby27,
            "provided" => Self::Provided,
            "provided.al2" => Self::ProvidedAl2,
            "nodejs18.x" => Self::Nodejs18X,
            "python3.10" => Self::Python310,
            "java17" => Self::Java17,
            "ruby3.2" => Self::Ruby32,
            "python3.11" => Self::Python311,
            "nodejs20.x" => Self::Nodejs20X,
            "nodejs22.x" => Self::Nodejs22X,
            "nodejs24.x" => Self::Nodejs24X,
            "java21" => Self::Java21,
            "java25" => Self::Java25,
            "python3.12" => Self::Python312,
            "python3.13" => Self::Python313,
            "python3.14" => Self::Python314,
            "dotnet8" => Self::Dotnet8,
            "dotnet10" => Self::Dotnet10,
            "ruby3.3" => Self::Ruby33,
            "ruby3.4" => Self::Ruby34,
            "ruby4.0" => Self::Ruby40,
            "provided.al2023" => Self::ProvidedAl2023,
            "nodejs26.x" => Self::Nodejs26X,
            "python3.15" => Self::Python315,
            "java8.al2023" => Self::Java8Al2023,
            "java11.al2023" => Self::Java11Al2023,
            "java17.al2023" => Self::Java17Al2023,
            "custom" => Self::Custom,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(Runtime);
/// The ARN of the runtime and any errors that occured.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct RuntimeVersionConfig {
    /// Error response when Lambda is unable to retrieve the runtime version for a
    /// function.
    #[serde(rename = "Error", default)]
    pub error: ::std::option::Option<crate::types::RuntimeVersionError>,
    /// The ARN of the runtime version you want the function to use.
    #[serde(rename = "RuntimeVersionArn", default)]
    pub runtime_version_arn: ::std::option::Option<::std::string::String>,
}
impl RuntimeVersionConfig {
    /// A new [`RuntimeVersionConfigBuilder`](crate::types::builders::RuntimeVersionConfigBuilder).
    pub fn builder() -> crate::types::builders::RuntimeVersionConfigBuilder {
        ::std::default::Default::default()
    }
}
/// Any error returned when the runtime version information for the function could
/// not be retrieved.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct RuntimeVersionError {
    /// The error code.
    #[serde(rename = "ErrorCode", default)]
    pub error_code: ::std::option::Option<::std::string::String>,
    /// The error message.
    #[serde(rename = "Message", default, alias = "message")]
    pub message: ::std::option::Option<::std::string::String>,
}
impl RuntimeVersionError {
    /// A new [`RuntimeVersionErrorBuilder`](crate::types::builders::RuntimeVersionErrorBuilder).
    pub fn builder() -> crate::types::builders::RuntimeVersionErrorBuilder {
        ::std::default::Default::default()
    }
}
impl ::std::fmt::Debug for RuntimeVersionError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let mut s = f.debug_struct("RuntimeVersionError");
        s.field("error_code", &self.error_code);
        s.field("message", &"*** Sensitive Data Redacted ***");
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
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct S3FilesConfig {
    #[serde(
        rename = "DirectS3Read",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub direct_s3_read: ::std::option::Option<crate::types::DirectS3Read>,
}
impl S3FilesConfig {
    /// A new [`S3FilesConfigBuilder`](crate::types::builders::S3FilesConfigBuilder).
    pub fn builder() -> crate::types::builders::S3FilesConfigBuilder {
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
pub enum S3ObjectStorageMode {
    /// `COPY`
    Copy,
    /// `REFERENCE`
    Reference,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl S3ObjectStorageMode {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Copy => "COPY",
            Self::Reference => "REFERENCE",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["COPY", "REFERENCE"]
    }
}
impl ::std::convert::From<&str> for S3ObjectStorageMode {
    fn from(s: &str) -> Self {
        match s {
            "COPY" => Self::Copy,
            "REFERENCE" => Self::Reference,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(S3ObjectStorageMode);
/// (Amazon SQS only) The scaling configuration for the event source. To remove the
/// configuration, pass an empty value.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ScalingConfig {
    /// Limits the number of concurrent instances that the Amazon SQS event source can
    /// invoke.
    #[serde(
        rename = "MaximumConcurrency",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub maximum_concurrency: ::std::option::Option<i64>,
}
impl ScalingConfig {
    /// A new [`ScalingConfigBuilder`](crate::types::builders::ScalingConfigBuilder).
    pub fn builder() -> crate::types::builders::ScalingConfigBuilder {
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
pub enum SchemaRegistryEventRecordFormat {
    /// `JSON`
    Json,
    /// `SOURCE`
    Source,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl SchemaRegistryEventRecordFormat {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Json => "JSON",
            Self::Source => "SOURCE",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["JSON", "SOURCE"]
    }
}
impl ::std::convert::From<&str> for SchemaRegistryEventRecordFormat {
    fn from(s: &str) -> Self {
        match s {
            "JSON" => Self::Json,
            "SOURCE" => Self::Source,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(SchemaRegistryEventRecordFormat);
/// The self-managed Apache Kafka cluster for your event source.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct SelfManagedEventSource {
    /// The list of bootstrap servers for your Kafka brokers in the following format:
    /// `"KAFKA_BOOTSTRAP_SERVERS": ["abc.xyz.com:xxxx","abc2.xyz.com:xxxx"]`.
    #[serde(
        rename = "Endpoints",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub endpoints: ::std::option::Option<
        ::std::collections::HashMap<
            ::std::string::String,
            ::std::vec::Vec<::std::string::String>,
        >,
    >,
}
impl SelfManagedEventSource {
    /// A new [`SelfManagedEventSourceBuilder`](crate::types::builders::SelfManagedEventSourceBuilder).
    pub fn builder() -> crate::types::builders::SelfManagedEventSourceBuilder {
        ::std::default::Default::default()
    }
}
/// Specific configuration settings for a self-managed Apache Kafka event source.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct SelfManagedKafkaEventSourceConfig {
    /// The identifier for the Kafka consumer group to join. The consumer group ID must
    /// be unique among all your Kafka event sources. After creating a Kafka event
    /// source mapping with the consumer group ID specified, you cannot update this
    /// value. For more information, see [Customizable consumer group
    /// ID](https://docs.aws.amazon.com/lambda/latest/dg/with-msk.html#services-msk-consumer-group-id).
    #[serde(
        rename = "ConsumerGroupId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub consumer_group_id: ::std::option::Option<::std::string::String>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "ConsumptionMode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub consumption_mode: ::std::option::Option<
        crate::types::KafkaEventSourceMappingConsumptionMode,
    >,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "SchemaRegistryConfig",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub schema_registry_config: ::std::option::Option<
        crate::types::KafkaSchemaRegistryConfig,
    >,
}
impl SelfManagedKafkaEventSourceConfig {
    /// A new [`SelfManagedKafkaEventSourceConfigBuilder`](crate::types::builders::SelfManagedKafkaEventSourceConfigBuilder).
    pub fn builder() -> crate::types::builders::SelfManagedKafkaEventSourceConfigBuilder {
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
pub struct SendDurableExecutionCallbackFailureRequest {
    #[serde(skip)]
    pub callback_id: ::std::string::String,
    #[serde(skip)]
    pub error: ::std::option::Option<crate::types::ErrorObject>,
}
impl SendDurableExecutionCallbackFailureRequest {
    /// A new [`SendDurableExecutionCallbackFailureRequestBuilder`](crate::types::builders::SendDurableExecutionCallbackFailureRequestBuilder).
    pub fn builder() -> crate::types::builders::SendDurableExecutionCallbackFailureRequestBuilder {
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
pub struct SendDurableExecutionCallbackFailureResponse {}
impl SendDurableExecutionCallbackFailureResponse {
    /// A new [`SendDurableExecutionCallbackFailureResponseBuilder`](crate::types::builders::SendDurableExecutionCallbackFailureResponseBuilder).
    pub fn builder() -> crate::types::builders::SendDurableExecutionCallbackFailureResponseBuilder {
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
pub struct SendDurableExecutionCallbackHeartbeatRequest {
    #[serde(skip)]
    pub callback_id: ::std::string::String,
}
impl SendDurableExecutionCallbackHeartbeatRequest {
    /// A new [`SendDurableExecutionCallbackHeartbeatRequestBuilder`](crate::types::builders::SendDurableExecutionCallbackHeartbeatRequestBuilder).
    pub fn builder() -> crate::types::builders::SendDurableExecutionCallbackHeartbeatRequestBuilder {
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
pub struct SendDurableExecutionCallbackHeartbeatResponse {}
impl SendDurableExecutionCallbackHeartbeatResponse {
    /// A new [`SendDurableExecutionCallbackHeartbeatResponseBuilder`](crate::types::builders::SendDurableExecutionCallbackHeartbeatResponseBuilder).
    pub fn builder() -> crate::types::builders::SendDurableExecutionCallbackHeartbeatResponseBuilder {
        ::std::default::Default::default()
    }
}
#[derive(::std::clone::Clone, ::std::cmp::PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct SendDurableExecutionCallbackSuccessRequest {
    #[serde(skip)]
    pub callback_id: ::std::string::String,
    #[serde(skip)]
    pub result: ::std::option::Option<crate::runtime::Blob>,
}
impl SendDurableExecutionCallbackSuccessRequest {
    /// A new [`SendDurableExecutionCallbackSuccessRequestBuilder`](crate::types::builders::SendDurableExecutionCallbackSuccessRequestBuilder).
    pub fn builder() -> crate::types::builders::SendDurableExecutionCallbackSuccessRequestBuilder {
        ::std::default::Default::default()
    }
}
impl ::std::fmt::Debug for SendDurableExecutionCallbackSuccessRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let mut s = f.debug_struct("SendDurableExecutionCallbackSuccessRequest");
        s.field("callback_id", &self.callback_id);
        s.field("result", &"*** Sensitive Data Redacted ***");
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
pub struct SendDurableExecutionCallbackSuccessResponse {}
impl SendDurableExecutionCallbackSuccessResponse {
    /// A new [`SendDurableExecutionCallbackSuccessResponseBuilder`](crate::types::builders::SendDurableExecutionCallbackSuccessResponseBuilder).
    pub fn builder() -> crate::types::builders::SendDurableExecutionCallbackSuccessResponseBuilder {
        ::std::default::Default::default()
    }
}
/// The function's [Lambda
/// SnapStart](https://docs.aws.amazon.com/lambda/latest/dg/snapstart.html) setting.
/// Set `ApplyOn` to `PublishedVersions` to create a snapshot of the initialized
/// execution environment when you publish a function version.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct SnapStart {
    /// Set to `PublishedVersions` to create a snapshot of the initialized execution
    /// environment when you publish a function version.
    #[serde(
        rename = "ApplyOn",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub apply_on: ::std::option::Option<crate::types::SnapStartApplyOn>,
}
impl SnapStart {
    /// A new [`SnapStartBuilder`](crate::types::builders::SnapStartBuilder).
    pub fn builder() -> crate::types::builders::SnapStartBuilder {
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
pub enum SnapStartApplyOn {
    /// `PublishedVersions`
    PublishedVersions,
    /// `None`
    None,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl SnapStartApplyOn {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::PublishedVersions => "PublishedVersions",
            Self::None => "None",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["PublishedVersions", "None"]
    }
}
impl ::std::convert::From<&str> for SnapStartApplyOn {
    fn from(s: &str) -> Self {
        match s {
            "PublishedVersions" => Self::PublishedVersions,
            "None" => Self::None,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(SnapStartApplyOn);
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
pub enum SnapStartOptimizationStatus {
    /// `On`
    On,
    /// `Off`
    Off,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl SnapStartOptimizationStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::On => "On",
            Self::Off => "Off",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["On", "Off"]
    }
}
impl ::std::convert::From<&str> for SnapStartOptimizationStatus {
    fn from(s: &str) -> Self {
        match s {
            "On" => Self::On,
            "Off" => Self::Off,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(SnapStartOptimizationStatus);
/// The function's
/// [SnapStart](https://docs.aws.amazon.com/lambda/latest/dg/snapstart.html)
/// setting.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct SnapStartResponse {
    /// When set to `PublishedVersions`, Lambda creates a snapshot of the execution
    /// environment when you publish a function version.
    #[serde(rename = "ApplyOn", default)]
    pub apply_on: ::std::option::Option<crate::types::SnapStartApplyOn>,
    /// When you provide a [qualified Amazon Resource Name
    /// (ARN)](https://docs.aws.amazon.com/lambda/latest/dg/configuration-versions.html#versioning-versions-using),
    /// this response element indicates whether SnapStart is activated for the specified
    /// function version.
    #[serde(rename = "OptimizationStatus", default)]
    pub optimization_status: ::std::option::Option<
        crate::types::SnapStartOptimizationStatus,
    >,
}
impl SnapStartResponse {
    /// A new [`SnapStartResponseBuilder`](crate::types::builders::SnapStartResponseBuilder).
    pub fn builder() -> crate::types::builders::SnapStartResponseBuilder {
        ::std::default::Default::default()
    }
}
/// To secure and define access to your event source, you can specify the
/// authentication protocol, VPC components, or virtual host.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct SourceAccessConfiguration {
    /// The type of authentication protocol, VPC components, or virtual host for your
    /// event source. For example: `"Type":"SASL_SCRAM_512_AUTH"`.
    ///
    /// - `BASIC_AUTH` – (Amazon MQ) The Secrets Manager secret that stores your broker
    ///   credentials.
    /// - `BASIC_AUTH` – (Self-managed Apache Kafka) The Secrets Manager ARN of your
    ///   secret key used for SASL/PLAIN authentication of your Apache Kafka brokers.
    /// - `VPC_SUBNET` – (Self-managed Apache Kafka) The subnets associated with your
    ///   VPC. Lambda connects to these subnets to fetch data from your self-managed
    ///   Apache Kafka cluster.
    /// - `VPC_SECURITY_GROUP` – (Self-managed Apache Kafka) The VPC security group used
    ///   to manage access to your self-managed Apache Kafka brokers.
    /// - `SASL_SCRAM_256_AUTH` – (Self-managed Apache Kafka) The Secrets Manager ARN of
    ///   your secret key used for SASL SCRAM-256 authentication of your self-managed
    ///   Apache Kafka brokers.
    /// - `SASL_SCRAM_512_AUTH` – (Amazon MSK, Self-managed Apache Kafka) The Secrets
    ///   Manager ARN of your secret key used for SASL SCRAM-512 authentication of your
    ///   self-managed Apache Kafka brokers.
    /// - `VIRTUAL_HOST` –- (RabbitMQ) The name of the virtual host in your RabbitMQ
    ///   broker. Lambda uses this RabbitMQ host as the event source. This property
    ///   cannot be specified in an UpdateEventSourceMapping API call.
    /// - `CLIENT_CERTIFICATE_TLS_AUTH` – (Amazon MSK, self-managed Apache Kafka) The
    ///   Secrets Manager ARN of your secret key containing the certificate chain (X.509
    ///   PEM), private key (PKCS#8 PEM), and private key password (optional) used for
    ///   mutual TLS authentication of your MSK/Apache Kafka brokers.
    /// - `SERVER_ROOT_CA_CERTIFICATE` – (Self-managed Apache Kafka) The Secrets Manager
    ///   ARN of your secret key containing the root CA certificate (X.509 PEM) used for
    ///   TLS encryption of your Apache Kafka brokers.
    #[serde(
        rename = "Type",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub r#type: ::std::option::Option<crate::types::SourceAccessType>,
    /// The value for your chosen configuration in `Type`. For example:
    /// `"URI": "arn:aws:secretsmanager:us-east-1:01234567890:secret:MyBrokerSecretName"`.
    #[serde(
        rename = "URI",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub uri: ::std::option::Option<::std::string::String>,
}
impl SourceAccessConfiguration {
    /// A new [`SourceAccessConfigurationBuilder`](crate::types::builders::SourceAccessConfigurationBuilder).
    pub fn builder() -> crate::types::builders::SourceAccessConfigurationBuilder {
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
pub enum SourceAccessType {
    /// `BASIC_AUTH`
    BasicAuth,
    /// `VPC_SUBNET`
    VpcSubnet,
    /// `VPC_SECURITY_GROUP`
    VpcSecurityGroup,
    /// `SASL_SCRAM_512_AUTH`
    SaslScram512Auth,
    /// `SASL_SCRAM_256_AUTH`
    SaslScram256Auth,
    /// `VIRTUAL_HOST`
    VirtualHost,
    /// `CLIENT_CERTIFICATE_TLS_AUTH`
    ClientCertificateTlsAuth,
    /// `SERVER_ROOT_CA_CERTIFICATE`
    ServerRootCaCertificate,
    /// `OAUTHBEARER_AUTH`
    OauthbearerAuth,
    /// `OAUTHBEARER_SCOPE`
    OauthbearerScope,
    /// `OAUTHBEARER_AUDIENCE`
    OauthbearerAudience,
    /// `OAUTHBEARER_LOGICAL_CLUSTER`
    OauthbearerLogicalCluster,
    /// `OAUTHBEARER_IDENTITY_POOL`
    OauthbearerIdentityPool,
    /// `IAM_AUTH`
    IamAuth,
    /// `IAM_OAUTHBEARER_AUTH`
    IamOauthbearerAuth,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl SourceAccessType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::BasicAuth => "BASIC_AUTH",
            Self::VpcSubnet => "VPC_SUBNET",
            Self::VpcSecurityGroup => "VPC_SECURITY_GROUP",
            Self::SaslScram512Auth => "SASL_SCRAM_512_AUTH",
            Self::SaslScram256Auth => "SASL_SCRAM_256_AUTH",
            Self::VirtualHost => "VIRTUAL_HOST",
            Self::ClientCertificateTlsAuth => "CLIENT_CERTIFICATE_TLS_AUTH",
            Self::ServerRootCaCertificate => "SERVER_ROOT_CA_CERTIFICATE",
            Self::OauthbearerAuth => "OAUTHBEARER_AUTH",
            Self::OauthbearerScope => "OAUTHBEARER_SCOPE",
            Self::OauthbearerAudience => "OAUTHBEARER_AUDIENCE",
            Self::OauthbearerLogicalCluster => "OAUTHBEARER_LOGICAL_CLUSTER",
            Self::OauthbearerIdentityPool => "OAUTHBEARER_IDENTITY_POOL",
            Self::IamAuth => "IAM_AUTH",
            Self::IamOauthbearerAuth => "IAM_OAUTHBEARER_AUTH",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &[
            "BASIC_AUTH",
            "VPC_SUBNET",
            "VPC_SECURITY_GROUP",
            "SASL_SCRAM_512_AUTH",
            "SASL_SCRAM_256_AUTH",
            "VIRTUAL_HOST",
            "CLIENT_CERTIFICATE_TLS_AUTH",
            "SERVER_ROOT_CA_CERTIFICATE",
            "OAUTHBEARER_AUTH",
            "OAUTHBEARER_SCOPE",
            "OAUTHBEARER_AUDIENCE",
            "OAUTHBEARER_LOGICAL_CLUSTER",
            "OAUTHBEARER_IDENTITY_POOL",
            "IAM_AUTH",
            "IAM_OAUTHBEARER_AUTH",
        ]
    }
}
impl ::std::convert::From<&str> for SourceAccessType {
    fn from(s: &str) -> Self {
        match s {
            "BASIC_AUTH" => Self::BasicAuth,
            "VPC_SUBNET" => Self::VpcSubnet,
            "VPC_SECURITY_GROUP" => Self::VpcSecurityGroup,
            "SASL_SCRAM_512_AUTH" => Self::SaslScram512Auth,
            "SASL_SCRAM_256_AUTH" => Self::SaslScram256Auth,
            "VIRTUAL_HOST" => Self::VirtualHost,
            "CLIENT_CERTIFICATE_TLS_AUTH" => Self::ClientCertificateTlsAuth,
            "SERVER_ROOT_CA_CERTIFICATE" => Self::ServerRootCaCertificate,
            "OAUTHBEARER_AUTH" => Self::OauthbearerAuth,
            "OAUTHBEARER_SCOPE" => Self::OauthbearerScope,
            "OAUTHBEARER_AUDIENCE" => Self::OauthbearerAudience,
            "OAUTHBEARER_LOGICAL_CLUSTER" => Self::OauthbearerLogicalCluster,
            "OAUTHBEARER_IDENTITY_POOL" => Self::OauthbearerIdentityPool,
            "IAM_AUTH" => Self::IamAuth,
            "IAM_OAUTHBEARER_AUTH" => Self::IamOauthbearerAuth,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(SourceAccessType);
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
    /// `Pending`
    Pending,
    /// `Active`
    Active,
    /// `Inactive`
    Inactive,
    /// `Failed`
    Failed,
    /// `Deactivating`
    Deactivating,
    /// `Deactivated`
    Deactivated,
    /// `ActiveNonInvocable`
    ActiveNonInvocable,
    /// `Deleting`
    Deleting,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl State {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Pending => "Pending",
            Self::Active => "Active",
            Self::Inactive => "Inactive",
            Self::Failed => "Failed",
            Self::Deactivating => "Deactivating",
            Self::Deactivated => "Deactivated",
            Self::ActiveNonInvocable => "ActiveNonInvocable",
            Self::Deleting => "Deleting",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &[
            "Pending",
            "Active",
            "Inactive",
            "Failed",
            "Deactivating",
            "Deactivated",
            "ActiveNonInvocable",
            "Deleting",
        ]
    }
}
impl ::std::convert::From<&str> for State {
    fn from(s: &str) -> Self {
        match s {
            "Pending" => Self::Pending,
            "Active" => Self::Active,
            "Inactive" => Self::Inactive,
            "Failed" => Self::Failed,
            "Deactivating" => Self::Deactivating,
            "Deactivated" => Self::Deactivated,
            "ActiveNonInvocable" => Self::ActiveNonInvocable,
            "Deleting" => Self::Deleting,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(State);
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
pub enum StateReasonCode {
    /// `Idle`
    Idle,
    /// `Creating`
    Creating,
    /// `Restoring`
    Restoring,
    /// `EniLimitExceeded`
    EniLimitExceeded,
    /// `InsufficientRolePermissions`
    InsufficientRolePermissions,
    /// `InvalidConfiguration`
    InvalidConfiguration,
    /// `InternalError`
    InternalError,
    /// `SubnetOutOfIPAddresses`
    SubnetOutOfIpAddresses,
    /// `InvalidSubnet`
    InvalidSubnet,
    /// `InvalidSecurityGroup`
    InvalidSecurityGroup,
    /// `ImageDeleted`
    ImageDeleted,
    /// `ImageAccessDenied`
    ImageAccessDenied,
    /// `InvalidImage`
    InvalidImage,
    /// `KMSKeyAccessDenied`
    KmsKeyAccessDenied,
    /// `KMSKeyNotFound`
    KmsKeyNotFound,
    /// `InvalidStateKMSKey`
    InvalidStateKmsKey,
    /// `DisabledKMSKey`
    DisabledKmsKey,
    /// `EFSIOError`
    EfsioError,
    /// `EFSMountConnectivityError`
    EfsMountConnectivityError,
    /// `EFSMountFailure`
    EfsMountFailure,
    /// `EFSMountTimeout`
    EfsMountTimeout,
    /// `InvalidRuntime`
    InvalidRuntime,
    /// `InvalidZipFileException`
    InvalidZipFileException,
    /// `FunctionError`
    FunctionError,
    /// `ServiceQuotaExceededException`
    ServiceQuotaExceededException,
    /// `VcpuLimitExceeded`
    VcpuLimitExceeded,
    /// `CapacityProviderScalingLimitExceeded`
    CapacityProviderScalingLimitExceeded,
    /// `InsufficientCapacity`
    InsufficientCapacity,
    /// `EC2RequestLimitExceeded`
    Ec2RequestLimitExceeded,
    /// `FunctionError.InitTimeout`
    FunctionErrorInitTimeout,
    /// `FunctionError.RuntimeInitError`
    FunctionErrorRuntimeInitError,
    /// `FunctionError.ExtensionInitError`
    FunctionErrorExtensionInitError,
    /// `FunctionError.InvalidEntryPoint`
    FunctionErrorInvalidEntryPoint,
    /// `FunctionError.InvalidWorkingDirectory`
    FunctionErrorInvalidWorkingDirectory,
    /// `FunctionError.PermissionDenied`
    FunctionErrorPermissionDenied,
    /// `FunctionError.TooManyExtensions`
    FunctionErrorTooManyExtensions,
    /// `FunctionError.InitResourceExhausted`
    FunctionErrorInitResourceExhausted,
    /// `DisallowedByVpcEncryptionControl`
    DisallowedByVpcEncryptionControl,
    /// `DrainingDurableExecutions`
    DrainingDurableExecutions,
    /// `IncompatibleAcceleratorInstanceTypes`
    IncompatibleAcceleratorInstanceTypes,
    /// `DependencyError`
    DependencyError,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl StateReasonCode {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Idle => "Idle",
            Self::Creating => "Creating",
            Self::Restoring => "Restoring",
            Self::EniLimitExceeded => "EniLimitExceeded",
            Self::InsufficientRolePermissions => "InsufficientRolePermissions",
            Self::InvalidConfiguration => "InvalidConfiguration",
            Self::InternalError => "InternalError",
            Self::SubnetOutOfIpAddresses => "SubnetOutOfIPAddresses",
            Self::InvalidSubnet => "InvalidSubnet",
            Self::InvalidSecurityGroup => "InvalidSecurityGroup",
            Self::ImageDeleted => "ImageDeleted",
            Self::ImageAccessDenied => "ImageAccessDenied",
            Self::InvalidImage => "InvalidImage",
            Self::KmsKeyAccessDenied => "KMSKeyAccessDenied",
            Self::KmsKeyNotFound => "KMSKeyNotFound",
            Self::InvalidStateKmsKey => "InvalidStateKMSKey",
            Self::DisabledKmsKey => "DisabledKMSKey",
            Self::EfsioError => "EFSIOError",
            Self::EfsMountConnectivityError => "EFSMountConnectivityError",
            Self::EfsMountFailure => "EFSMountFailure",
            Self::EfsMountTimeout => "EFSMountTimeout",
            Self::InvalidRuntime => "InvalidRuntime",
            Self::InvalidZipFileException => "InvalidZipFileException",
            Self::FunctionError => "FunctionError",
            Self::ServiceQuotaExceededException => "ServiceQuotaExceededException",
            Self::VcpuLimitExceeded => "VcpuLimitExceeded",
            Self::CapacityProviderScalingLimitExceeded => {
                "CapacityProviderScalingLimitExceeded"
            }
            Self::InsufficientCapacity => "InsufficientCapacity",
            Self::Ec2RequestLimitExceeded => "EC2RequestLimitExceeded",
            Self::FunctionErrorInitTimeout => "FunctionError.InitTimeout",
            Self::FunctionErrorRuntimeInitError => "FunctionError.RuntimeInitError",
            Self::FunctionErrorExtensionInitError => "FunctionError.ExtensionInitError",
            Self::FunctionErrorInvalidEntryPoint => "FunctionError.InvalidEntryPoint",
            Self::FunctionErrorInvalidWorkingDirectory => {
                "FunctionError.InvalidWorkingDirectory"
            }
            Self::FunctionErrorPermissionDenied => "FunctionError.PermissionDenied",
            Self::FunctionErrorTooManyExtensions => "FunctionError.TooManyExtensions",
            Self::FunctionErrorInitResourceExhausted => {
                "FunctionError.InitResourceExhausted"
            }
            Self::DisallowedByVpcEncryptionControl => "DisallowedByVpcEncryptionControl",
            Self::DrainingDurableExecutions => "DrainingDurableExecutions",
            Self::IncompatibleAcceleratorInstanceTypes => {
                "IncompatibleAcceleratorInstanceTypes"
            }
            Self::DependencyError => "DependencyError",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &[
            "Idle",
            "Creating",
            "Restoring",
            "EniLimitExceeded",
            "InsufficientRolePermissions",
            "InvalidConfiguration",
            "InternalError",
            "SubnetOutOfIPAddresses",
            "InvalidSubnet",
            "InvalidSecurityGroup",
            "ImageDeleted",
            "ImageAccessDenied",
            "InvalidImage",
            "KMSKeyAccessDenied",
            "KMSKeyNotFound",
            "InvalidStateKMSKey",
            "DisabledKMSKey",
            "EFSIOError",
            "EFSMountConnectivityError",
            "EFSMountFailure",
            "EFSMountTimeout",
            "InvalidRuntime",
            "InvalidZipFileException",
            "FunctionError",
            "ServiceQuotaExceededException",
            "VcpuLimitExceeded",
            "CapacityProviderScalingLimitExceeded",
            "InsufficientCapacity",
            "EC2RequestLimitExceeded",
            "FunctionError.InitTimeout",
            "FunctionError.RuntimeInitError",
            "FunctionError.ExtensionInitError",
            "FunctionError.InvalidEntryPoint",
            "FunctionError.InvalidWorkingDirectory",
            "FunctionError.PermissionDenied",
            "FunctionError.TooManyExtensions",
            "FunctionError.InitResourceExhausted",
            "DisallowedByVpcEncryptionControl",
            "DrainingDurableExecutions",
            "IncompatibleAcceleratorInstanceTypes",
            "DependencyError",
        ]
    }
}
impl ::std::convert::From<&str> for StateReasonCode {
    fn from(s: &str) -> Self {
        match s {
            "Idle" => Self::Idle,
            "Creating" => Self::Creating,
            "Restoring" => Self::Restoring,
            "EniLimitExceeded" => Self::EniLimitExceeded,
            "InsufficientRolePermissions" => Self::InsufficientRolePermissions,
            "InvalidConfiguration" => Self::InvalidConfiguration,
            "InternalError" => Self::InternalError,
            "SubnetOutOfIPAddresses" => Self::SubnetOutOfIpAddresses,
            "InvalidSubnet" => Self::InvalidSubnet,
            "InvalidSecurityGroup" => Self::InvalidSecurityGroup,
            "ImageDeleted" => Self::ImageDeleted,
            "ImageAccessDenied" => Self::ImageAccessDenied,
            "InvalidImage" => Self::InvalidImage,
            "KMSKeyAccessDenied" => Self::KmsKeyAccessDenied,
            "KMSKeyNotFound" => Self::KmsKeyNotFound,
            "InvalidStateKMSKey" => Self::InvalidStateKmsKey,
            "DisabledKMSKey" => Self::DisabledKmsKey,
            "EFSIOError" => Self::EfsioError,
            "EFSMountConnectivityError" => Self::EfsMountConnectivityError,
            "EFSMountFailure" => Self::EfsMountFailure,
            "EFSMountTimeout" => Self::EfsMountTimeout,
            "InvalidRuntime" => Self::InvalidRuntime,
            "InvalidZipFileException" => Self::InvalidZipFileException,
            "FunctionError" => Self::FunctionError,
            "ServiceQuotaExceededException" => Self::ServiceQuotaExceededException,
            "VcpuLimitExceeded" => Self::VcpuLimitExceeded,
            "CapacityProviderScalingLimitExceeded" => {
                Self::CapacityProviderScalingLimitExceeded
            }
            "InsufficientCapacity" => Self::InsufficientCapacity,
            "EC2RequestLimitExceeded" => Self::Ec2RequestLimitExceeded,
            "FunctionError.InitTimeout" => Self::FunctionErrorInitTimeout,
            "FunctionError.RuntimeInitError" => Self::FunctionErrorRuntimeInitError,
            "FunctionError.ExtensionInitError" => Self::FunctionErrorExtensionInitError,
            "FunctionError.InvalidEntryPoint" => Self::FunctionErrorInvalidEntryPoint,
            "FunctionError.InvalidWorkingDirectory" => {
                Self::FunctionErrorInvalidWorkingDirectory
            }
            "FunctionError.PermissionDenied" => Self::FunctionErrorPermissionDenied,
            "FunctionError.TooManyExtensions" => Self::FunctionErrorTooManyExtensions,
            "FunctionError.InitResourceExhausted" => {
                Self::FunctionErrorInitResourceExhausted
            }
            "DisallowedByVpcEncryptionControl" => Self::DisallowedByVpcEncryptionControl,
            "DrainingDurableExecutions" => Self::DrainingDurableExecutions,
            "IncompatibleAcceleratorInstanceTypes" => {
                Self::IncompatibleAcceleratorInstanceTypes
            }
            "DependencyError" => Self::DependencyError,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(StateReasonCode);
/// From AWS's model: the apis.guru spec lacks it, and the model has no
/// documentation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct StepDetails {
    #[serde(rename = "Attempt", default)]
    pub attempt: ::std::option::Option<i64>,
    #[serde(rename = "Error", default)]
    pub error: ::std::option::Option<crate::types::ErrorObject>,
    #[serde(rename = "NextAttemptTimestamp", default)]
    pub next_attempt_timestamp: ::std::option::Option<crate::runtime::Timestamp>,
    #[serde(rename = "Result", default)]
    pub result: ::std::option::Option<::std::string::String>,
}
impl StepDetails {
    /// A new [`StepDetailsBuilder`](crate::types::builders::StepDetailsBuilder).
    pub fn builder() -> crate::types::builders::StepDetailsBuilder {
        ::std::default::Default::default()
    }
}
impl ::std::fmt::Debug for StepDetails {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let mut s = f.debug_struct("StepDetails");
        s.field("attempt", &self.attempt);
        s.field("error", &self.error);
        s.field("next_attempt_timestamp", &self.next_attempt_timestamp);
        s.field("result", &"*** Sensitive Data Redacted ***");
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
pub struct StepFailedDetails {
    #[serde(rename = "Error", default)]
    pub error: crate::types::EventError,
    #[serde(rename = "RetryDetails", default)]
    pub retry_details: crate::types::RetryDetails,
}
impl StepFailedDetails {
    /// A new [`StepFailedDetailsBuilder`](crate::types::builders::StepFailedDetailsBuilder).
    pub fn builder() -> crate::types::builders::StepFailedDetailsBuilder {
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
pub struct StepOptions {
    #[serde(
        rename = "NextAttemptDelaySeconds",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_attempt_delay_seconds: ::std::option::Option<i64>,
}
impl StepOptions {
    /// A new [`StepOptionsBuilder`](crate::types::builders::StepOptionsBuilder).
    pub fn builder() -> crate::types::builders::StepOptionsBuilder {
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
pub struct StepStartedDetails {}
impl StepStartedDetails {
    /// A new [`StepStartedDetailsBuilder`](crate::types::builders::StepStartedDetailsBuilder).
    pub fn builder() -> crate::types::builders::StepStartedDetailsBuilder {
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
pub struct StepSucceededDetails {
    #[serde(rename = "Result", default)]
    pub result: crate::types::EventResult,
    #[serde(rename = "RetryDetails", default)]
    pub retry_details: crate::types::RetryDetails,
}
impl StepSucceededDetails {
    /// A new [`StepSucceededDetailsBuilder`](crate::types::builders::StepSucceededDetailsBuilder).
    pub fn builder() -> crate::types::builders::StepSucceededDetailsBuilder {
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
pub struct StopDurableExecutionRequest {
    #[serde(skip)]
    pub durable_execution_arn: ::std::string::String,
    #[serde(skip)]
    pub error: ::std::option::Option<crate::types::ErrorObject>,
}
impl StopDurableExecutionRequest {
    /// A new [`StopDurableExecutionRequestBuilder`](crate::types::builders::StopDurableExecutionRequestBuilder).
    pub fn builder() -> crate::types::builders::StopDurableExecutionRequestBuilder {
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
pub struct StopDurableExecutionResponse {
    #[serde(rename = "StopTimestamp", default)]
    pub stop_timestamp: crate::runtime::Timestamp,
}
impl StopDurableExecutionResponse {
    /// A new [`StopDurableExecutionResponseBuilder`](crate::types::builders::StopDurableExecutionResponseBuilder).
    pub fn builder() -> crate::types::builders::StopDurableExecutionResponseBuilder {
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
pub enum SystemLogLevel {
    /// `DEBUG`
    Debug,
    /// `INFO`
    Info,
    /// `WARN`
    Warn,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl SystemLogLevel {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Debug => "DEBUG",
            Self::Info => "INFO",
            Self::Warn => "WARN",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["DEBUG", "INFO", "WARN"]
    }
}
impl ::std::convert::From<&str> for SystemLogLevel {
    fn from(s: &str) -> Self {
        match s {
            "DEBUG" => Self::Debug,
            "INFO" => Self::Info,
            "WARN" => Self::Warn,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(SystemLogLevel);
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct TagResourceRequest {
    #[serde(skip)]
    pub resource: ::std::string::String,
    /// A list of tags to apply to the function.
    #[serde(rename = "Tags")]
    pub tags: ::std::collections::HashMap<::std::string::String, ::std::string::String>,
}
impl TagResourceRequest {
    /// A new [`TagResourceRequestBuilder`](crate::types::builders::TagResourceRequestBuilder).
    pub fn builder() -> crate::types::builders::TagResourceRequestBuilder {
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
pub struct TagsError {
    #[serde(rename = "ErrorCode", default)]
    pub error_code: ::std::string::String,
    #[serde(rename = "Message", default, alias = "message")]
    pub message: ::std::string::String,
}
impl TagsError {
    /// A new [`TagsErrorBuilder`](crate::types::builders::TagsErrorBuilder).
    pub fn builder() -> crate::types::builders::TagsErrorBuilder {
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
pub struct TargetTrackingScalingPolicy {
    #[serde(rename = "PredefinedMetricType")]
    pub predefined_metric_type: crate::types::CapacityProviderPredefinedMetricType,
    #[serde(rename = "TargetValue", default)]
    pub target_value: f64,
}
impl TargetTrackingScalingPolicy {
    /// A new [`TargetTrackingScalingPolicyBuilder`](crate::types::builders::TargetTrackingScalingPolicyBuilder).
    pub fn builder() -> crate::types::builders::TargetTrackingScalingPolicyBuilder {
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
pub struct TenancyConfig {
    #[serde(rename = "TenantIsolationMode")]
    pub tenant_isolation_mode: crate::types::TenantIsolationMode,
}
impl TenancyConfig {
    /// A new [`TenancyConfigBuilder`](crate::types::builders::TenancyConfigBuilder).
    pub fn builder() -> crate::types::builders::TenancyConfigBuilder {
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
pub enum TenantIsolationMode {
    /// `PER_TENANT`
    PerTenant,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl TenantIsolationMode {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::PerTenant => "PER_TENANT",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["PER_TENANT"]
    }
}
impl ::std::convert::From<&str> for TenantIsolationMode {
    fn from(s: &str) -> Self {
        match s {
            "PER_TENANT" => Self::PerTenant,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(TenantIsolationMode);
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
pub enum ThrottleReason {
    /// `ConcurrentInvocationLimitExceeded`
    ConcurrentInvocationLimitExceeded,
    /// `FunctionInvocationRateLimitExceeded`
    FunctionInvocationRateLimitExceeded,
    /// `ReservedFunctionConcurrentInvocationLimitExceeded`
    ReservedFunctionConcurrentInvocationLimitExceeded,
    /// `ReservedFunctionInvocationRateLimitExceeded`
    ReservedFunctionInvocationRateLimitExceeded,
    /// `CallerRateLimitExceeded`
    CallerRateLimitExceeded,
    /// `ConcurrentSnapshotCreateLimitExceeded`
    ConcurrentSnapshotCreateLimitExceeded,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl ThrottleReason {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ConcurrentInvocationLimitExceeded => {
                "ConcurrentInvocationLimitExceeded"
            }
            Self::FunctionInvocationRateLimitExceeded => {
                "FunctionInvocationRateLimitExceeded"
            }
            Self::ReservedFunctionConcurrentInvocationLimitExceeded => {
                "ReservedFunctionConcurrentInvocationLimitExceeded"
            }
            Self::ReservedFunctionInvocationRateLimitExceeded => {
                "ReservedFunctionInvocationRateLimitExceeded"
            }
            Self::CallerRateLimitExceeded => "CallerRateLimitExceeded",
            Self::ConcurrentSnapshotCreateLimitExceeded => {
                "ConcurrentSnapshotCreateLimitExceeded"
            }
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &[
            "ConcurrentInvocationLimitExceeded",
            "FunctionInvocationRateLimitExceeded",
            "ReservedFunctionConcurrentInvocationLimitExceeded",
            "ReservedFunctionInvocationRateLimitExceeded",
            "CallerRateLimitExceeded",
            "ConcurrentSnapshotCreateLimitExceeded",
        ]
    }
}
impl ::std::convert::From<&str> for ThrottleReason {
    fn from(s: &str) -> Self {
        match s {
            "ConcurrentInvocationLimitExceeded" => {
                Self::ConcurrentInvocationLimitExceeded
            }
            "FunctionInvocationRateLimitExceeded" => {
                Self::FunctionInvocationRateLimitExceeded
            }
            "ReservedFunctionConcurrentInvocationLimitExceeded" => {
                Self::ReservedFunctionConcurrentInvocationLimitExceeded
            }
            "ReservedFunctionInvocationRateLimitExceeded" => {
                Self::ReservedFunctionInvocationRateLimitExceeded
            }
            "CallerRateLimitExceeded" => Self::CallerRateLimitExceeded,
            "ConcurrentSnapshotCreateLimitExceeded" => {
                Self::ConcurrentSnapshotCreateLimitExceeded
            }
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(ThrottleReason);
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
pub struct TraceHeader {
    #[serde(rename = "XAmznTraceId", default)]
    pub x_amzn_trace_id: ::std::option::Option<::std::string::String>,
}
impl TraceHeader {
    /// A new [`TraceHeaderBuilder`](crate::types::builders::TraceHeaderBuilder).
    pub fn builder() -> crate::types::builders::TraceHeaderBuilder {
        ::std::default::Default::default()
    }
}
/// The function's
/// [X-Ray](https://docs.aws.amazon.com/lambda/latest/dg/services-xray.html) tracing
/// configuration. To sample and record incoming requests, set `Mode` to `Active`.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct TracingConfig {
    /// The tracing mode.
    #[serde(
        rename = "Mode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub mode: ::std::option::Option<crate::types::TracingMode>,
}
impl TracingConfig {
    /// A new [`TracingConfigBuilder`](crate::types::builders::TracingConfigBuilder).
    pub fn builder() -> crate::types::builders::TracingConfigBuilder {
        ::std::default::Default::default()
    }
}
/// The function's X-Ray tracing configuration.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct TracingConfigResponse {
    /// The tracing mode.
    #[serde(rename = "Mode", default)]
    pub mode: ::std::option::Option<crate::types::TracingMode>,
}
impl TracingConfigResponse {
    /// A new [`TracingConfigResponseBuilder`](crate::types::builders::TracingConfigResponseBuilder).
    pub fn builder() -> crate::types::builders::TracingConfigResponseBuilder {
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
pub enum TracingMode {
    /// `Active`
    Active,
    /// `PassThrough`
    PassThrough,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl TracingMode {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Active => "Active",
            Self::PassThrough => "PassThrough",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["Active", "PassThrough"]
    }
}
impl ::std::convert::From<&str> for TracingMode {
    fn from(s: &str) -> Self {
        match s {
            "Active" => Self::Active,
            "PassThrough" => Self::PassThrough,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(TracingMode);
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct UntagResourceRequest {
    #[serde(skip)]
    pub resource: ::std::string::String,
    /// A list of tag keys to remove from the function.
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
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct UpdateAliasRequest {
    /// A description of the alias.
    #[serde(
        rename = "Description",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
    /// The name of the Lambda function.
    ///
    /// **Name formats**
    ///
    /// - **Function name** - `MyFunction`.
    /// - **Function ARN** -
    ///   `arn:aws:lambda:us-west-2:123456789012:function:MyFunction`.
    /// - **Partial ARN** - `123456789012:function:MyFunction`.
    ///
    /// The length constraint applies only to the full ARN. If you specify only the
    /// function name, it is limited to 64 characters in length.
    #[serde(skip)]
    pub function_name: ::std::string::String,
    /// The function version that the alias invokes.
    #[serde(
        rename = "FunctionVersion",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub function_version: ::std::option::Option<::std::string::String>,
    /// The name of the alias.
    #[serde(skip)]
    pub name: ::std::string::String,
    /// Only update the alias if the revision ID matches the ID that's specified. Use
    /// this option to avoid modifying an alias that has changed since you last read it.
    #[serde(
        rename = "RevisionId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub revision_id: ::std::option::Option<::std::string::String>,
    /// The [routing
    /// configuration](https://docs.aws.amazon.com/lambda/latest/dg/configuration-aliases.html#configuring-alias-routing)
    /// of the alias.
    #[serde(
        rename = "RoutingConfig",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub routing_config: ::std::option::Option<crate::types::AliasRoutingConfiguration>,
}
impl UpdateAliasRequest {
    /// A new [`UpdateAliasRequestBuilder`](crate::types::builders::UpdateAliasRequestBuilder).
    pub fn builder() -> crate::types::builders::UpdateAliasRequestBuilder {
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
pub struct UpdateCapacityProviderRequest {
    #[serde(skip)]
    pub capacity_provider_name: ::std::string::String,
    #[serde(
        rename = "CapacityProviderScalingConfig",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub capacity_provider_scaling_config: ::std::option::Option<
        crate::types::CapacityProviderScalingConfig,
    >,
    #[serde(
        rename = "PropagateTags",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub propagate_tags: ::std::option::Option<crate::types::PropagateTags>,
    #[serde(
        rename = "TelemetryConfig",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub telemetry_config: ::std::option::Option<
        crate::types::CapacityProviderTelemetryConfig,
    >,
}
impl UpdateCapacityProviderRequest {
    /// A new [`UpdateCapacityProviderRequestBuilder`](crate::types::builders::UpdateCapacityProviderRequestBuilder).
    pub fn builder() -> crate::types::builders::UpdateCapacityProviderRequestBuilder {
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
pub struct UpdateCapacityProviderResponse {
    #[serde(rename = "CapacityProvider")]
    pub capacity_provider: crate::types::CapacityProvider,
}
impl UpdateCapacityProviderResponse {
    /// A new [`UpdateCapacityProviderResponseBuilder`](crate::types::builders::UpdateCapacityProviderResponseBuilder).
    pub fn builder() -> crate::types::builders::UpdateCapacityProviderResponseBuilder {
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
pub struct UpdateCodeSigningConfigRequest {
    /// Signing profiles for this code signing configuration.
    #[serde(
        rename = "AllowedPublishers",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub allowed_publishers: ::std::option::Option<crate::types::AllowedPublishers>,
    /// The The Amazon Resource Name (ARN) of the code signing configuration.
    #[serde(skip)]
    pub code_signing_config_arn: ::std::string::String,
    /// The code signing policy.
    #[serde(
        rename = "CodeSigningPolicies",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub code_signing_policies: ::std::option::Option<crate::types::CodeSigningPolicies>,
    /// Descriptive name for this code signing configuration.
    #[serde(
        rename = "Description",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
}
impl UpdateCodeSigningConfigRequest {
    /// A new [`UpdateCodeSigningConfigRequestBuilder`](crate::types::builders::UpdateCodeSigningConfigRequestBuilder).
    pub fn builder() -> crate::types::builders::UpdateCodeSigningConfigRequestBuilder {
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
pub struct UpdateCodeSigningConfigResponse {
    /// The code signing configuration
    #[serde(rename = "CodeSigningConfig")]
    pub code_signing_config: crate::types::CodeSigningConfig,
}
impl UpdateCodeSigningConfigResponse {
    /// A new [`UpdateCodeSigningConfigResponseBuilder`](crate::types::builders::UpdateCodeSigningConfigResponseBuilder).
    pub fn builder() -> crate::types::builders::UpdateCodeSigningConfigResponseBuilder {
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
pub struct UpdateEventSourceMappingRequest {
    #[serde(
        rename = "AmazonManagedKafkaEventSourceConfig",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub amazon_managed_kafka_event_source_config: ::std::option::Option<
        crate::types::AmazonManagedKafkaEventSourceConfig,
    >,
    /// The maximum number of records in each batch that Lambda pulls from your stream
    /// or queue and sends to your function. Lambda passes all of the records in the
    /// batch to the function in a single call, up to the payload limit for synchronous
    /// invocation (6 MB).
    ///
    /// - **Amazon Kinesis** – Default 100. Max 10,000.
    /// - **Amazon DynamoDB Streams** – Default 100. Max 10,000.
    /// - **Amazon Simple Queue Service** – Default 10. For standard queues the max is
    ///   10,000. For FIFO queues the max is 10.
    /// - **Amazon Managed Streaming for Apache Kafka** – Default 100. Max 10,000.
    /// - **Self-managed Apache Kafka** – Default 100. Max 10,000.
    /// - **Amazon MQ (ActiveMQ and RabbitMQ)** – Default 100. Max 10,000.
    /// - **DocumentDB** – Default 100. Max 10,000.
    #[serde(
        rename = "BatchSize",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub batch_size: ::std::option::Option<i64>,
    /// (Kinesis and DynamoDB Streams only) If the function returns an error, split the
    /// batch in two and retry.
    #[serde(
        rename = "BisectBatchOnFunctionError",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub bisect_batch_on_function_error: ::std::option::Option<bool>,
    /// (Kinesis and DynamoDB Streams only) A standard Amazon SQS queue or standard
    /// Amazon SNS topic destination for discarded records.
    #[serde(
        rename = "DestinationConfig",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub destination_config: ::std::option::Option<crate::types::DestinationConfig>,
    /// Specific configuration settings for a DocumentDB event source.
    #[serde(
        rename = "DocumentDBEventSourceConfig",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub document_db_event_source_config: ::std::option::Option<
        crate::types::DocumentDbEventSourceConfig,
    >,
    /// When true, the event source mapping is active. When false, Lambda pauses polling
    /// and invocation.
    ///
    /// Default: True
    #[serde(
        rename = "Enabled",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub enabled: ::std::option::Option<bool>,
    /// An object that defines the filter criteria that determine whether Lambda should
    /// process an event. For more information, see [Lambda event
    /// filtering](https://docs.aws.amazon.com/lambda/latest/dg/invocation-eventfiltering.html).
    #[serde(
        rename = "FilterCriteria",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub filter_criteria: ::std::option::Option<crate::types::FilterCriteria>,
    /// The name of the Lambda function.
    ///
    /// **Name formats**
    ///
    /// - **Function name** – `MyFunction`.
    /// - **Function ARN** –
    ///   `arn:aws:lambda:us-west-2:123456789012:function:MyFunction`.
    /// - **Version or Alias ARN** –
    ///   `arn:aws:lambda:us-west-2:123456789012:function:MyFunction:PROD`.
    /// - **Partial ARN** – `123456789012:function:MyFunction`.
    ///
    /// The length constraint applies only to the full ARN. If you specify only the
    /// function name, it's limited to 64 characters in length.
    #[serde(
        rename = "FunctionName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub function_name: ::std::option::Option<::std::string::String>,
    /// (Kinesis, DynamoDB Streams, and Amazon SQS) A list of current response type
    /// enums applied to the event source mapping.
    #[serde(
        rename = "FunctionResponseTypes",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub function_response_types: ::std::option::Option<
        ::std::vec::Vec<crate::types::FunctionResponseType>,
    >,
    #[serde(
        rename = "KMSKeyArn",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub kms_key_arn: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "LoggingConfig",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub logging_config: ::std::option::Option<
        crate::types::EventSourceMappingLoggingConfig,
    >,
    /// The maximum amount of time, in seconds, that Lambda spends gathering records
    /// before invoking the function. You can configure `MaximumBatchingWindowInSeconds`
    /// to any value from 0 seconds to 300 seconds in increments of seconds.
    ///
    /// For streams and Amazon SQS event sources, the default batching window is 0
    /// seconds. For Amazon MSK, Self-managed Apache Kafka, Amazon MQ, and DocumentDB
    /// event sources, the default batching window is 500 ms. Note that because you can
    /// only change `MaximumBatchingWindowInSeconds` in increments of seconds, you
    /// cannot revert back to the 500 ms default batching window after you have changed
    /// it. To restore the default batching window, you must create a new event source
    /// mapping.
    ///
    /// Related setting: For streams and Amazon SQS event sources, when you set
    /// `BatchSize` to a value greater than 10, you must set
    /// `MaximumBatchingWindowInSeconds` to at least 1.
    #[serde(
        rename = "MaximumBatchingWindowInSeconds",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub maximum_batching_window_in_seconds: ::std::option::Option<i64>,
    /// (Kinesis and DynamoDB Streams only) Discard records older than the specified
    /// age. The default value is infinite (-1).
    #[serde(
        rename = "MaximumRecordAgeInSeconds",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub maximum_record_age_in_seconds: ::std::option::Option<i64>,
    /// (Kinesis and DynamoDB Streams only) Discard records after the specified number
    /// of retries. The default value is infinite (-1). When set to infinite (-1),
    /// failed records are retried until the record expires.
    #[serde(
        rename = "MaximumRetryAttempts",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub maximum_retry_attempts: ::std::option::Option<i64>,
    #[serde(
        rename = "MetricsConfig",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub metrics_config: ::std::option::Option<
        crate::types::EventSourceMappingMetricsConfig,
    >,
    /// (Kinesis and DynamoDB Streams only) The number of batches to process from each
    /// shard concurrently.
    #[serde(
        rename = "ParallelizationFactor",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub parallelization_factor: ::std::option::Option<i64>,
    #[serde(
        rename = "ProvisionedPollerConfig",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub provisioned_poller_config: ::std::option::Option<
        crate::types::ProvisionedPollerConfig,
    >,
    /// (Amazon SQS only) The scaling configuration for the event source. For more
    /// information, see [Configuring maximum concurrency for Amazon SQS event
    /// sources](https://docs.aws.amazon.com/lambda/latest/dg/with-sqs.html#events-sqs-max-concurrency).
    #[serde(
        rename = "ScalingConfig",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub scaling_config: ::std::option::Option<crate::types::ScalingConfig>,
    #[serde(
        rename = "SelfManagedKafkaEventSourceConfig",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub self_managed_kafka_event_source_config: ::std::option::Option<
        crate::types::SelfManagedKafkaEventSourceConfig,
    >,
    /// An array of authentication protocols or VPC components required to secure your
    /// event source.
    #[serde(
        rename = "SourceAccessConfigurations",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub source_access_configurations: ::std::option::Option<
        ::std::vec::Vec<crate::types::SourceAccessConfiguration>,
    >,
    /// (Kinesis and DynamoDB Streams only) The duration in seconds of a processing
    /// window for DynamoDB and Kinesis Streams event sources. A value of 0 seconds
    /// indicates no tumbling window.
    #[serde(
        rename = "TumblingWindowInSeconds",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tumbling_window_in_seconds: ::std::option::Option<i64>,
    /// The identifier of the event source mapping.
    #[serde(skip)]
    pub uuid: ::std::string::String,
}
impl UpdateEventSourceMappingRequest {
    /// A new [`UpdateEventSourceMappingRequestBuilder`](crate::types::builders::UpdateEventSourceMappingRequestBuilder).
    pub fn builder() -> crate::types::builders::UpdateEventSourceMappingRequestBuilder {
        ::std::default::Default::default()
    }
}
#[derive(::std::clone::Clone, ::std::cmp::PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct UpdateFunctionCodeRequest {
    /// The instruction set architecture that the function supports. Enter a string
    /// array with one of the valid values (arm64 or x86_64). The default value is
    /// `x86_64`.
    #[serde(
        rename = "Architectures",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub architectures: ::std::option::Option<
        ::std::vec::Vec<crate::types::Architecture>,
    >,
    /// Set to true to validate the request parameters and access permissions without
    /// modifying the function code.
    #[serde(
        rename = "DryRun",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dry_run: ::std::option::Option<bool>,
    /// The name of the Lambda function.
    ///
    /// **Name formats**
    ///
    /// - **Function name** – `my-function`.
    /// - **Function ARN** –
    ///   `arn:aws:lambda:us-west-2:123456789012:function:my-function`.
    /// - **Partial ARN** – `123456789012:function:my-function`.
    ///
    /// The length constraint applies only to the full ARN. If you specify only the
    /// function name, it is limited to 64 characters in length.
    #[serde(skip)]
    pub function_name: ::std::string::String,
    /// URI of a container image in the Amazon ECR registry. Do not use for a function
    /// defined with a .zip file archive.
    #[serde(
        rename = "ImageUri",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_uri: ::std::option::Option<::std::string::String>,
    /// Set to true to publish a new version of the function after updating the code.
    /// This has the same effect as calling PublishVersion separately.
    #[serde(
        rename = "Publish",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub publish: ::std::option::Option<bool>,
    #[serde(
        rename = "PublishTo",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub publish_to: ::std::option::Option<crate::types::FunctionVersionLatestPublished>,
    /// Update the function only if the revision ID matches the ID that's specified. Use
    /// this option to avoid modifying a function that has changed since you last read
    /// it.
    #[serde(
        rename = "RevisionId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub revision_id: ::std::option::Option<::std::string::String>,
    /// An Amazon S3 bucket in the same Amazon Web Services Region as your function. The
    /// bucket can be in a different Amazon Web Services account. Use only with a
    /// function defined with a .zip file archive deployment package.
    #[serde(
        rename = "S3Bucket",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub s3_bucket: ::std::option::Option<::std::string::String>,
    /// The Amazon S3 key of the deployment package. Use only with a function defined
    /// with a .zip file archive deployment package.
    #[serde(
        rename = "S3Key",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub s3_key: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "S3ObjectStorageMode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub s3_object_storage_mode: ::std::option::Option<crate::types::S3ObjectStorageMode>,
    /// For versioned objects, the version of the deployment package object to use.
    #[serde(
        rename = "S3ObjectVersion",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub s3_object_version: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "SourceKMSKeyArn",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub source_kms_key_arn: ::std::option::Option<::std::string::String>,
    /// The base64-encoded contents of the deployment package. Amazon Web Services SDK
    /// and CLI clients handle the encoding for you. Use only with a function defined
    /// with a .zip file archive deployment package.
    #[serde(
        rename = "ZipFile",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub zip_file: ::std::option::Option<crate::runtime::Blob>,
}
impl UpdateFunctionCodeRequest {
    /// A new [`UpdateFunctionCodeRequestBuilder`](crate::types::builders::UpdateFunctionCodeRequestBuilder).
    pub fn builder() -> crate::types::builders::UpdateFunctionCodeRequestBuilder {
        ::std::default::Default::default()
    }
}
impl ::std::fmt::Debug for UpdateFunctionCodeRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let mut s = f.debug_struct("UpdateFunctionCodeRequest");
        s.field("architectures", &self.architectures);
        s.field("dry_run", &self.dry_run);
        s.field("function_name", &self.function_name);
        s.field("image_uri", &self.image_uri);
        s.field("publish", &self.publish);
        s.field("publish_to", &self.publish_to);
        s.field("revision_id", &self.revision_id);
        s.field("s3_bucket", &self.s3_bucket);
        s.field("s3_key", &self.s3_key);
        s.field("s3_object_storage_mode", &self.s3_object_storage_mode);
        s.field("s3_object_version", &self.s3_object_version);
        s.field("source_kms_key_arn", &self.source_kms_key_arn);
        s.field("zip_file", &"*** Sensitive Data Redacted ***");
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
pub struct UpdateFunctionConfigurationRequest {
    #[serde(
        rename = "AcceleratorConfig",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub accelerator_config: ::std::option::Option<crate::types::AcceleratorConfig>,
    #[serde(
        rename = "CapacityProviderConfig",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub capacity_provider_config: ::std::option::Option<
        crate::types::CapacityProviderConfig,
    >,
    /// A dead-letter queue configuration that specifies the queue or topic where Lambda
    /// sends asynchronous events when they fail processing. For more information, see
    /// [Dead-letter
    /// queues](https://docs.aws.amazon.com/lambda/latest/dg/invocation-async.html#invocation-dlq).
    #[serde(
        rename = "DeadLetterConfig",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dead_letter_config: ::std::option::Option<crate::types::DeadLetterConfig>,
    /// A description of the function.
    #[serde(
        rename = "Description",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "DurableConfig",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub durable_config: ::std::option::Option<crate::types::DurableConfig>,
    /// Environment variables that are accessible from function code during execution.
    #[serde(
        rename = "Environment",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub environment: ::std::option::Option<crate::types::Environment>,
    /// The size of the function's `/tmp` directory in MB. The default value is 512, but
    /// can be any whole number between 512 and 10,240 MB.
    #[serde(
        rename = "EphemeralStorage",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ephemeral_storage: ::std::option::Option<crate::types::EphemeralStorage>,
    /// Connection settings for an Amazon EFS file system.
    #[serde(
        rename = "FileSystemConfigs",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub file_system_configs: ::std::option::Option<
        ::std::vec::Vec<crate::types::FileSystemConfig>,
    >,
    /// The name of the Lambda function.
    ///
    /// **Name formats**
    ///
    /// - **Function name** – `my-function`.
    /// - **Function ARN** –
    ///   `arn:aws:lambda:us-west-2:123456789012:function:my-function`.
    /// - **Partial ARN** – `123456789012:function:my-function`.
    ///
    /// The length constraint applies only to the full ARN. If you specify only the
    /// function name, it is limited to 64 characters in length.
    #[serde(skip)]
    pub function_name: ::std::string::String,
    /// The name of the method within your code that Lambda calls to run your function.
    /// Handler is required if the deployment package is a .zip file archive. The format
    /// includes the file name. It can also include namespaces and other qualifiers,
    /// depending on the runtime. For more information, see [Lambda programming
    /// model](https://docs.aws.amazon.com/lambda/latest/dg/foundation-progmodel.html).
    #[serde(
        rename = "Handler",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub handler: ::std::option::Option<::std::string::String>,
    /// [Container image configuration
    /// values](https://docs.aws.amazon.com/lambda/latest/dg/images-parms.html) that
    /// override the values in the container image Docker file.
    #[serde(
        rename = "ImageConfig",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_config: ::std::option::Option<crate::types::ImageConfig>,
    /// The ARN of the Key Management Service (KMS) customer managed key that's used to
    /// encrypt your function's [environment
    /// variables](https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html#configuration-envvars-encryption).
    /// When [Lambda
    /// SnapStart](https://docs.aws.amazon.com/lambda/latest/dg/snapstart-security.html)
    /// is activated, Lambda also uses this key is to encrypt your function's snapshot.
    /// If you deploy your function using a container image, Lambda also uses this key
    /// to encrypt your function when it's deployed. Note that this is not the same key
    /// that's used to protect your container image in the Amazon Elastic Container
    /// Registry (Amazon ECR). If you don't provide a customer managed key, Lambda uses
    /// a default service key.
    #[serde(
        rename = "KMSKeyArn",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub kms_key_arn: ::std::option::Option<::std::string::String>,
    /// A list of [function
    /// layers](https://docs.aws.amazon.com/lambda/latest/dg/configuration-layers.html)
    /// to add to the function's execution environment. Specify each layer by its ARN,
    /// including the version.
    #[serde(
        rename = "Layers",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub layers: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(
        rename = "LoggingConfig",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub logging_config: ::std::option::Option<crate::types::LoggingConfig>,
    /// The amount of [memory available to the
    /// function](https://docs.aws.amazon.com/lambda/latest/dg/configuration-function-common.html#configuration-memory-console)
    /// at runtime. Increasing the function memory also increases its CPU allocation.
    /// The default value is 128 MB. The value can be any multiple of 1 MB.
    #[serde(
        rename = "MemorySize",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub memory_size: ::std::option::Option<i64>,
    /// Update the function only if the revision ID matches the ID that's specified. Use
    /// this option to avoid modifying a function that has changed since you last read
    /// it.
    #[serde(
        rename = "RevisionId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub revision_id: ::std::option::Option<::std::string::String>,
    /// The Amazon Resource Name (ARN) of the function's execution role.
    #[serde(
        rename = "Role",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub role: ::std::option::Option<::std::string::String>,
    /// The identifier of the function's
    /// [runtime](https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html).
    /// Runtime is required if the deployment package is a .zip file archive.
    ///
    /// The following list includes deprecated runtimes. For more information, see
    /// [Runtime deprecation
    /// policy](https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html#runtime-support-policy).
    #[serde(
        rename = "Runtime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub runtime: ::std::option::Option<crate::types::Runtime>,
    #[serde(
        rename = "RuntimeConfig",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub runtime_config: ::std::option::Option<crate::types::FunctionRuntimeConfig>,
    /// The function's
    /// [SnapStart](https://docs.aws.amazon.com/lambda/latest/dg/snapstart.html)
    /// setting.
    #[serde(
        rename = "SnapStart",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub snap_start: ::std::option::Option<crate::types::SnapStart>,
    /// The amount of time (in seconds) that Lambda allows a function to run before
    /// stopping it. The default is 3 seconds. The maximum allowed value is 900 seconds.
    /// For more information, see [Lambda execution
    /// environment](https://docs.aws.amazon.com/lambda/latest/dg/runtimes-context.html).
    #[serde(
        rename = "Timeout",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub timeout: ::std::option::Option<i64>,
    /// Set `Mode` to `Active` to sample and trace a subset of incoming requests with
    /// [X-Ray](https://docs.aws.amazon.com/lambda/latest/dg/services-xray.html).
    #[serde(
        rename = "TracingConfig",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tracing_config: ::std::option::Option<crate::types::TracingConfig>,
    /// For network connectivity to Amazon Web Services resources in a VPC, specify a
    /// list of security groups and subnets in the VPC. When you connect a function to a
    /// VPC, it can access resources and the internet only through that VPC. For more
    /// information, see [Configuring a Lambda function to access resources in a
    /// VPC](https://docs.aws.amazon.com/lambda/latest/dg/configuration-vpc.html).
    #[serde(
        rename = "VpcConfig",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub vpc_config: ::std::option::Option<crate::types::VpcConfig>,
}
impl UpdateFunctionConfigurationRequest {
    /// A new [`UpdateFunctionConfigurationRequestBuilder`](crate::types::builders::UpdateFunctionConfigurationRequestBuilder).
    pub fn builder() -> crate::types::builders::UpdateFunctionConfigurationRequestBuilder {
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
pub struct UpdateFunctionEventInvokeConfigRequest {
    /// A destination for events after they have been sent to a function for processing.
    ///
    /// **Destinations**
    ///
    /// - **Function** - The Amazon Resource Name (ARN) of a Lambda function.
    /// - **Queue** - The ARN of a standard SQS queue.
    /// - **Topic** - The ARN of a standard SNS topic.
    /// - **Event Bus** - The ARN of an Amazon EventBridge event bus.
    #[serde(
        rename = "DestinationConfig",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub destination_config: ::std::option::Option<crate::types::DestinationConfig>,
    /// The name of the Lambda function, version, or alias.
    ///
    /// **Name formats**
    ///
    /// - **Function name** - `my-function` (name-only), `my-function:v1` (with alias).
    /// - **Function ARN** -
    ///   `arn:aws:lambda:us-west-2:123456789012:function:my-function`.
    /// - **Partial ARN** - `123456789012:function:my-function`.
    ///
    /// You can append a version number or alias to any of the formats. The length
    /// constraint applies only to the full ARN. If you specify only the function name,
    /// it is limited to 64 characters in length.
    #[serde(skip)]
    pub function_name: ::std::string::String,
    /// The maximum age of a request that Lambda sends to a function for processing.
    #[serde(
        rename = "MaximumEventAgeInSeconds",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub maximum_event_age_in_seconds: ::std::option::Option<i64>,
    /// The maximum number of times to retry when the function returns an error.
    #[serde(
        rename = "MaximumRetryAttempts",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub maximum_retry_attempts: ::std::option::Option<i64>,
    /// A version number or alias name.
    #[serde(skip)]
    pub qualifier: ::std::option::Option<::std::string::String>,
}
impl UpdateFunctionEventInvokeConfigRequest {
    /// A new [`UpdateFunctionEventInvokeConfigRequestBuilder`](crate::types::builders::UpdateFunctionEventInvokeConfigRequestBuilder).
    pub fn builder() -> crate::types::builders::UpdateFunctionEventInvokeConfigRequestBuilder {
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
pub struct UpdateFunctionUrlConfigRequest {
    /// The type of authentication that your function URL uses. Set to `AWS_IAM` if you
    /// want to restrict access to authenticated users only. Set to `NONE` if you want
    /// to bypass IAM authentication to create a public endpoint. For more information,
    /// see [Security and auth model for Lambda function
    /// URLs](https://docs.aws.amazon.com/lambda/latest/dg/urls-auth.html).
    #[serde(
        rename = "AuthType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auth_type: ::std::option::Option<crate::types::FunctionUrlAuthType>,
    /// The [cross-origin resource sharing
    /// (CORS)](https://developer.mozilla.org/en-US/docs/Web/HTTP/CORS) settings for
    /// your function URL.
    #[serde(
        rename = "Cors",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cors: ::std::option::Option<crate::types::Cors>,
    /// The name of the Lambda function.
    ///
    /// **Name formats**
    ///
    /// - **Function name** – `my-function`.
    /// - **Function ARN** –
    ///   `arn:aws:lambda:us-west-2:123456789012:function:my-function`.
    /// - **Partial ARN** – `123456789012:function:my-function`.
    ///
    /// The length constraint applies only to the full ARN. If you specify only the
    /// function name, it is limited to 64 characters in length.
    #[serde(skip)]
    pub function_name: ::std::string::String,
    /// Use one of the following options:
    ///
    /// - `BUFFERED` – This is the default option. Lambda invokes your function using
    ///   the `Invoke` API operation. Invocation results are available when the payload
    ///   is complete. The maximum payload size is 6 MB.
    /// - `RESPONSE_STREAM` – Your function streams payload results as they become
    ///   available. Lambda invokes your function using the `InvokeWithResponseStream`
    ///   API operation. The maximum response payload size is 20 MB, however, you can
    ///   [request a quota
    ///   increase](https://docs.aws.amazon.com/servicequotas/latest/userguide/request-quota-increase.html).
    #[serde(
        rename = "InvokeMode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub invoke_mode: ::std::option::Option<crate::types::InvokeMode>,
    /// The alias name.
    #[serde(skip)]
    pub qualifier: ::std::option::Option<::std::string::String>,
}
impl UpdateFunctionUrlConfigRequest {
    /// A new [`UpdateFunctionUrlConfigRequestBuilder`](crate::types::builders::UpdateFunctionUrlConfigRequestBuilder).
    pub fn builder() -> crate::types::builders::UpdateFunctionUrlConfigRequestBuilder {
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
pub struct UpdateFunctionUrlConfigResponse {
    /// The type of authentication that your function URL uses. Set to `AWS_IAM` if you
    /// want to restrict access to authenticated users only. Set to `NONE` if you want
    /// to bypass IAM authentication to create a public endpoint. For more information,
    /// see [Security and auth model for Lambda function
    /// URLs](https://docs.aws.amazon.com/lambda/latest/dg/urls-auth.html).
    #[serde(rename = "AuthType")]
    pub auth_type: crate::types::FunctionUrlAuthType,
    /// The [cross-origin resource sharing
    /// (CORS)](https://developer.mozilla.org/en-US/docs/Web/HTTP/CORS) settings for
    /// your function URL.
    #[serde(rename = "Cors", default)]
    pub cors: ::std::option::Option<crate::types::Cors>,
    /// When the function URL was created, in [ISO-8601
    /// format](https://www.w3.org/TR/NOTE-datetime) (YYYY-MM-DDThh:mm:ss.sTZD).
    #[serde(rename = "CreationTime", default)]
    pub creation_time: ::std::string::String,
    /// The Amazon Resource Name (ARN) of your function.
    #[serde(rename = "FunctionArn", default)]
    pub function_arn: ::std::string::String,
    /// The HTTP URL endpoint for your function.
    #[serde(rename = "FunctionUrl", default)]
    pub function_url: ::std::string::String,
    /// Use one of the following options:
    ///
    /// - `BUFFERED` – This is the default option. Lambda invokes your function using
    ///   the `Invoke` API operation. Invocation results are available when the payload
    ///   is complete. The maximum payload size is 6 MB.
    /// - `RESPONSE_STREAM` – Your function streams payload results as they become
    ///   available. Lambda invokes your function using the `InvokeWithResponseStream`
    ///   API operation. The maximum response payload size is 20 MB, however, you can
    ///   [request a quota
    ///   increase](https://docs.aws.amazon.com/servicequotas/latest/userguide/request-quota-increase.html).
    #[serde(rename = "InvokeMode", default)]
    pub invoke_mode: ::std::option::Option<crate::types::InvokeMode>,
    /// When the function URL configuration was last updated, in [ISO-8601
    /// format](https://www.w3.org/TR/NOTE-datetime) (YYYY-MM-DDThh:mm:ss.sTZD).
    #[serde(rename = "LastModifiedTime", default)]
    pub last_modified_time: ::std::string::String,
}
impl UpdateFunctionUrlConfigResponse {
    /// A new [`UpdateFunctionUrlConfigResponseBuilder`](crate::types::builders::UpdateFunctionUrlConfigResponseBuilder).
    pub fn builder() -> crate::types::builders::UpdateFunctionUrlConfigResponseBuilder {
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
pub enum UpdateRuntimeOn {
    /// `Auto`
    Auto,
    /// `Manual`
    Manual,
    /// `FunctionUpdate`
    FunctionUpdate,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl UpdateRuntimeOn {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Auto => "Auto",
            Self::Manual => "Manual",
            Self::FunctionUpdate => "FunctionUpdate",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["Auto", "Manual", "FunctionUpdate"]
    }
}
impl ::std::convert::From<&str> for UpdateRuntimeOn {
    fn from(s: &str) -> Self {
        match s {
            "Auto" => Self::Auto,
            "Manual" => Self::Manual,
            "FunctionUpdate" => Self::FunctionUpdate,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(UpdateRuntimeOn);
/// The VPC security groups and subnets that are attached to a Lambda function. For
/// more information, see [Configuring a Lambda function to access resources in a
/// VPC](https://docs.aws.amazon.com/lambda/latest/dg/configuration-vpc.html).
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct VpcConfig {
    /// A list of VPC security group IDs.
    #[serde(
        rename = "SecurityGroupIds",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub security_group_ids: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    /// A list of VPC subnet IDs.
    #[serde(
        rename = "SubnetIds",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub subnet_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "Ipv6AllowedForDualStack",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ipv6_allowed_for_dual_stack: ::std::option::Option<bool>,
}
impl VpcConfig {
    /// A new [`VpcConfigBuilder`](crate::types::builders::VpcConfigBuilder).
    pub fn builder() -> crate::types::builders::VpcConfigBuilder {
        ::std::default::Default::default()
    }
}
/// The VPC security groups and subnets that are attached to a Lambda function.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct VpcConfigResponse {
    /// A list of VPC security group IDs.
    #[serde(rename = "SecurityGroupIds", default)]
    pub security_group_ids: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    /// A list of VPC subnet IDs.
    #[serde(rename = "SubnetIds", default)]
    pub subnet_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// The ID of the VPC.
    #[serde(rename = "VpcId", default)]
    pub vpc_id: ::std::option::Option<::std::string::String>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "Ipv6AllowedForDualStack", default)]
    pub ipv6_allowed_for_dual_stack: ::std::option::Option<bool>,
}
impl VpcConfigResponse {
    /// A new [`VpcConfigResponseBuilder`](crate::types::builders::VpcConfigResponseBuilder).
    pub fn builder() -> crate::types::builders::VpcConfigResponseBuilder {
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
pub struct WaitCancelledDetails {
    #[serde(rename = "Error", default)]
    pub error: ::std::option::Option<crate::types::EventError>,
}
impl WaitCancelledDetails {
    /// A new [`WaitCancelledDetailsBuilder`](crate::types::builders::WaitCancelledDetailsBuilder).
    pub fn builder() -> crate::types::builders::WaitCancelledDetailsBuilder {
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
pub struct WaitDetails {
    #[serde(rename = "ScheduledEndTimestamp", default)]
    pub scheduled_end_timestamp: ::std::option::Option<crate::runtime::Timestamp>,
}
impl WaitDetails {
    /// A new [`WaitDetailsBuilder`](crate::types::builders::WaitDetailsBuilder).
    pub fn builder() -> crate::types::builders::WaitDetailsBuilder {
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
pub struct WaitOptions {
    #[serde(
        rename = "WaitSeconds",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub wait_seconds: ::std::option::Option<i64>,
}
impl WaitOptions {
    /// A new [`WaitOptionsBuilder`](crate::types::builders::WaitOptionsBuilder).
    pub fn builder() -> crate::types::builders::WaitOptionsBuilder {
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
pub struct WaitStartedDetails {
    #[serde(rename = "Duration", default)]
    pub duration: i64,
    #[serde(rename = "ScheduledEndTimestamp", default)]
    pub scheduled_end_timestamp: crate::runtime::Timestamp,
}
impl WaitStartedDetails {
    /// A new [`WaitStartedDetailsBuilder`](crate::types::builders::WaitStartedDetailsBuilder).
    pub fn builder() -> crate::types::builders::WaitStartedDetailsBuilder {
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
pub struct WaitSucceededDetails {
    #[serde(rename = "Duration", default)]
    pub duration: ::std::option::Option<i64>,
}
impl WaitSucceededDetails {
    /// A new [`WaitSucceededDetailsBuilder`](crate::types::builders::WaitSucceededDetailsBuilder).
    pub fn builder() -> crate::types::builders::WaitSucceededDetailsBuilder {
        ::std::default::Default::default()
    }
}
