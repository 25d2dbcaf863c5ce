//! Data types of the service: one per structure and enum in the spec.
pub mod builders;
pub mod error;
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
pub enum AccessAssociationSourceType {
    /// `VPCE`
    Vpce,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl AccessAssociationSourceType {
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
impl ::std::convert::From<&str> for AccessAssociationSourceType {
    fn from(s: &str) -> Self {
        match s {
            "VPCE" => Self::Vpce,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(AccessAssociationSourceType);
/// Access log settings, including the access log format and access log destination
/// ARN.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct AccessLogSettings {
    /// The Amazon Resource Name (ARN) of the CloudWatch Logs log group or Kinesis Data
    /// Firehose delivery stream to receive access logs. If you specify a Kinesis Data
    /// Firehose delivery stream, the stream name must begin with `amazon-apigateway-`.
    #[serde(rename = "destinationArn", default)]
    pub destination_arn: ::std::option::Option<::std::string::String>,
    /// A single line format of the access logs of data, as specified by selected
    /// $context variables. The format must include at least `$context.requestId`.
    #[serde(rename = "format", default)]
    pub format: ::std::option::Option<::std::string::String>,
}
impl AccessLogSettings {
    /// A new [`AccessLogSettingsBuilder`](crate::types::builders::AccessLogSettingsBuilder).
    pub fn builder() -> crate::types::builders::AccessLogSettingsBuilder {
        ::std::default::Default::default()
    }
}
/// Represents an AWS account that is associated with API Gateway.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct Account {
    /// The version of the API keys used for the account.
    #[serde(rename = "apiKeyVersion", default)]
    pub api_key_version: ::std::option::Option<::std::string::String>,
    /// The ARN of an Amazon CloudWatch role for the current Account.
    #[serde(rename = "cloudwatchRoleArn", default)]
    pub cloudwatch_role_arn: ::std::option::Option<::std::string::String>,
    /// A list of features supported for the account. When usage plans are enabled, the
    /// features list will include an entry of `"UsagePlans"`.
    #[serde(rename = "features", default)]
    pub features: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Specifies the API request limits configured for the current Account.
    #[serde(rename = "throttleSettings", default)]
    pub throttle_settings: ::std::option::Option<crate::types::ThrottleSettings>,
}
impl Account {
    /// A new [`AccountBuilder`](crate::types::builders::AccountBuilder).
    pub fn builder() -> crate::types::builders::AccountBuilder {
        ::std::default::Default::default()
    }
}
/// A resource that can be distributed to callers for executing Method resources
/// that require an API key. API keys can be mapped to any Stage on any RestApi,
/// which indicates that the callers with the API key can make requests to that
/// stage.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ApiKey {
    /// The timestamp when the API Key was created.
    #[serde(rename = "createdDate", default)]
    pub created_date: ::std::option::Option<crate::runtime::Timestamp>,
    /// An AWS Marketplace customer identifier , when integrating with the AWS SaaS
    /// Marketplace.
    #[serde(rename = "customerId", default)]
    pub customer_id: ::std::option::Option<::std::string::String>,
    /// The description of the API Key.
    #[serde(rename = "description", default)]
    pub description: ::std::option::Option<::std::string::String>,
    /// Specifies whether the API Key can be used by callers.
    #[serde(rename = "enabled", default)]
    pub enabled: ::std::option::Option<bool>,
    /// The identifier of the API Key.
    #[serde(rename = "id", default)]
    pub id: ::std::option::Option<::std::string::String>,
    /// The timestamp when the API Key was last updated.
    #[serde(rename = "lastUpdatedDate", default)]
    pub last_updated_date: ::std::option::Option<crate::runtime::Timestamp>,
    /// The name of the API Key.
    #[serde(rename = "name", default)]
    pub name: ::std::option::Option<::std::string::String>,
    /// A list of Stage resources that are associated with the ApiKey resource.
    #[serde(rename = "stageKeys", default)]
    pub stage_keys: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// The collection of tags. Each tag element is associated with a given resource.
    #[serde(rename = "tags", default)]
    pub tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    /// The value of the API Key.
    #[serde(rename = "value", default)]
    pub value: ::std::option::Option<::std::string::String>,
}
impl ApiKey {
    /// A new [`ApiKeyBuilder`](crate::types::builders::ApiKeyBuilder).
    pub fn builder() -> crate::types::builders::ApiKeyBuilder {
        ::std::default::Default::default()
    }
}
/// The identifier of an ApiKey used in a UsagePlan.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ApiKeyIds {
    /// A list of all the ApiKey identifiers.
    #[serde(rename = "ids", default)]
    pub ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// A list of warning messages.
    #[serde(rename = "warnings", default)]
    pub warnings: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
impl ApiKeyIds {
    /// A new [`ApiKeyIdsBuilder`](crate::types::builders::ApiKeyIdsBuilder).
    pub fn builder() -> crate::types::builders::ApiKeyIdsBuilder {
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
pub enum ApiKeySourceType {
    /// `HEADER`
    Header,
    /// `AUTHORIZER`
    Authorizer,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl ApiKeySourceType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Header => "HEADER",
            Self::Authorizer => "AUTHORIZER",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["HEADER", "AUTHORIZER"]
    }
}
impl ::std::convert::From<&str> for ApiKeySourceType {
    fn from(s: &str) -> Self {
        match s {
            "HEADER" => Self::Header,
            "AUTHORIZER" => Self::Authorizer,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(ApiKeySourceType);
/// Represents a collection of API keys as represented by an ApiKeys resource.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ApiKeys {
    /// The current page of elements from this collection.
    #[serde(rename = "item", default)]
    pub items: ::std::option::Option<::std::vec::Vec<crate::types::ApiKey>>,
    #[serde(rename = "position", default)]
    pub position: ::std::option::Option<::std::string::String>,
    /// A list of warning messages logged during the import of API keys when the
    /// `failOnWarnings` option is set to true.
    #[serde(rename = "warnings", default)]
    pub warnings: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
impl ApiKeys {
    /// A new [`ApiKeysBuilder`](crate::types::builders::ApiKeysBuilder).
    pub fn builder() -> crate::types::builders::ApiKeysBuilder {
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
pub enum ApiKeysFormat {
    /// `csv`
    Csv,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl ApiKeysFormat {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Csv => "csv",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["csv"]
    }
}
impl ::std::convert::From<&str> for ApiKeysFormat {
    fn from(s: &str) -> Self {
        match s {
            "csv" => Self::Csv,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(ApiKeysFormat);
/// API stage name of the associated API stage in a usage plan.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ApiStage {
    /// API Id of the associated API stage in a usage plan.
    #[serde(
        rename = "apiId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub api_id: ::std::option::Option<::std::string::String>,
    /// API stage name of the associated API stage in a usage plan.
    #[serde(
        rename = "stage",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub stage: ::std::option::Option<::std::string::String>,
    /// Map containing method level throttling information for API stage in a usage
    /// plan.
    #[serde(
        rename = "throttle",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub throttle: ::std::option::Option<
        ::std::collections::HashMap<
            ::std::string::String,
            crate::types::ThrottleSettings,
        >,
    >,
}
impl ApiStage {
    /// A new [`ApiStageBuilder`](crate::types::builders::ApiStageBuilder).
    pub fn builder() -> crate::types::builders::ApiStageBuilder {
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
pub enum ApiStatus {
    /// `UPDATING`
    Updating,
    /// `AVAILABLE`
    Available,
    /// `PENDING`
    Pending,
    /// `FAILED`
    Failed,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl ApiStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Updating => "UPDATING",
            Self::Available => "AVAILABLE",
            Self::Pending => "PENDING",
            Self::Failed => "FAILED",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["UPDATING", "AVAILABLE", "PENDING", "FAILED"]
    }
}
impl ::std::convert::From<&str> for ApiStatus {
    fn from(s: &str) -> Self {
        match s {
            "UPDATING" => Self::Updating,
            "AVAILABLE" => Self::Available,
            "PENDING" => Self::Pending,
            "FAILED" => Self::Failed,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(ApiStatus);
/// Represents an authorization layer for methods. If enabled on a method, API
/// Gateway will activate the authorizer when a client calls the method.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct Authorizer {
    /// Optional customer-defined field, used in OpenAPI imports and exports without
    /// functional impact.
    #[serde(rename = "authType", default)]
    pub auth_type: ::std::option::Option<::std::string::String>,
    /// Specifies the required credentials as an IAM role for API Gateway to invoke the
    /// authorizer. To specify an IAM role for API Gateway to assume, use the role's
    /// Amazon Resource Name (ARN). To use resource-based permissions on the Lambda
    /// function, specify null.
    #[serde(rename = "authorizerCredentials", default)]
    pub authorizer_credentials: ::std::option::Option<::std::string::String>,
    /// The TTL in seconds of cached authorizer results. If it equals 0, authorization
    /// caching is disabled. If it is greater than 0, API Gateway will cache authorizer
    /// responses. If this field is not set, the default value is 300. The maximum value
    /// is 3600, or 1 hour.
    #[serde(rename = "authorizerResultTtlInSeconds", default)]
    pub authorizer_result_ttl_in_seconds: ::std::option::Option<i64>,
    /// Specifies the authorizer's Uniform Resource Identifier (URI). For `TOKEN` or
    /// `REQUEST` authorizers, this must be a well-formed Lambda function URI, for
    /// example,
    /// `arn:aws:apigateway:us-west-2:lambda:path/2015-03-31/functions/arn:aws:lambda:us-west-2:{account_id}:function:{lambda_function_name}/invocations`.
    /// In general, the URI has this form
    /// `arn:aws:apigateway:{region}:lambda:path/{service_api}`, where `{region}` is the
    /// same as the region hosting the Lambda function, `path` indicates that the
    /// remaining substring in the URI should be treated as the path to the resource,
    /// including the initial `/`. For Lambda functions, this is usually of the form
    /// `/2015-03-31/functions/[FunctionARN]/invocations`.
    #[serde(rename = "authorizerUri", default)]
    pub authorizer_uri: ::std::option::Option<::std::string::String>,
    /// The identifier for the authorizer resource.
    #[serde(rename = "id", default)]
    pub id: ::std::option::Option<::std::string::String>,
    /// The identity source for which authorization is requested. For a `TOKEN` or
    /// `COGNITO_USER_POOLS` authorizer, this is required and specifies the request
    /// header mapping expression for the custom header holding the authorization token
    /// submitted by the client. For example, if the token header name is `Auth`, the
    /// header mapping expression is `method.request.header.Auth`. For the `REQUEST`
    /// authorizer, this is required when authorization caching is enabled. The value is
    /// a comma-separated string of one or more mapping expressions of the specified
    /// request parameters. For example, if an `Auth` header, a `Name` query string
    /// parameter are defined as identity sources, this value is
    /// `method.request.header.Auth`, `method.request.querystring.Name`. These
    /// parameters will be used to derive the authorization caching key and to perform
    /// runtime validation of the `REQUEST` authorizer by verifying all of the
    /// identity-related request parameters are present, not null and non-empty. Only
    /// when this is true does the authorizer invoke the authorizer Lambda function,
    /// otherwise, it returns a 401 Unauthorized response without calling the Lambda
    /// function. The valid value is a string of comma-separated mapping expressions of
    /// the specified request parameters. When the authorization caching is not enabled,
    /// this property is optional.
    #[serde(rename = "identitySource", default)]
    pub identity_source: ::std::option::Option<::std::string::String>,
    /// A validation expression for the incoming identity token. For `TOKEN`
    /// authorizers, this value is a regular expression. For `COGNITO_USER_POOLS`
    /// authorizers, API Gateway will match the `aud` field of the incoming token from
    /// the client against the specified regular expression. It will invoke the
    /// authorizer's Lambda function when there is a match. Otherwise, it will return a
    /// 401 Unauthorized response without calling the Lambda function. The validation
    /// expression does not apply to the `REQUEST` authorizer.
    #[serde(rename = "identityValidationExpression", default)]
    pub identity_validation_expression: ::std::option::Option<::std::string::String>,
    /// The name of the authorizer.
    #[serde(rename = "name", default)]
    pub name: ::std::option::Option<::std::string::String>,
    /// A list of the Amazon Cognito user pool ARNs for the `COGNITO_USER_POOLS`
    /// authorizer. Each element is of this format:
    /// `arn:aws:cognito-idp:{region}:{account_id}:userpool/{user_pool_id}`. For a
    /// `TOKEN` or `REQUEST` authorizer, this is not defined.
    #[serde(rename = "providerARNs", default)]
    pub provider_ar_ns: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// The authorizer type. Valid values are `TOKEN` for a Lambda function using a
    /// single authorization token submitted in a custom header, `REQUEST` for a Lambda
    /// function using incoming request parameters, and `COGNITO_USER_POOLS` for using
    /// an Amazon Cognito user pool.
    #[serde(rename = "type", default)]
    pub r#type: ::std::option::Option<crate::types::AuthorizerType>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "jwtConfiguration", default)]
    pub jwt_configuration: ::std::option::Option<crate::types::JwtConfiguration>,
}
impl Authorizer {
    /// A new [`AuthorizerBuilder`](crate::types::builders::AuthorizerBuilder).
    pub fn builder() -> crate::types::builders::AuthorizerBuilder {
        ::std::default::Default::default()
    }
}
/// The authorizer type. Valid values are `TOKEN` for a Lambda function using a
/// single authorization token submitted in a custom header, `REQUEST` for a Lambda
/// function using incoming request parameters, and `COGNITO_USER_POOLS` for using
/// an Amazon Cognito user pool.
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
pub enum AuthorizerType {
    /// `TOKEN`
    Token,
    /// `REQUEST`
    Request,
    /// `COGNITO_USER_POOLS`
    CognitoUserPools,
    /// `JWT`
    Jwt,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl AuthorizerType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Token => "TOKEN",
            Self::Request => "REQUEST",
            Self::CognitoUserPools => "COGNITO_USER_POOLS",
            Self::Jwt => "JWT",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["TOKEN", "REQUEST", "COGNITO_USER_POOLS", "JWT"]
    }
}
impl ::std::convert::From<&str> for AuthorizerType {
    fn from(s: &str) -> Self {
        match s {
            "TOKEN" => Self::Token,
            "REQUEST" => Self::Request,
            "COGNITO_USER_POOLS" => Self::CognitoUserPools,
            "JWT" => Self::Jwt,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(AuthorizerType);
/// Represents a collection of Authorizer resources.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct Authorizers {
    /// The current page of elements from this collection.
    #[serde(rename = "item", default)]
    pub items: ::std::option::Option<::std::vec::Vec<crate::types::Authorizer>>,
    #[serde(rename = "position", default)]
    pub position: ::std::option::Option<::std::string::String>,
}
impl Authorizers {
    /// A new [`AuthorizersBuilder`](crate::types::builders::AuthorizersBuilder).
    pub fn builder() -> crate::types::builders::AuthorizersBuilder {
        ::std::default::Default::default()
    }
}
/// Represents the base path that callers of the API must provide as part of the URL
/// after the domain name.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct BasePathMapping {
    /// The base path name that callers of the API must provide as part of the URL after
    /// the domain name.
    #[serde(rename = "basePath", default)]
    pub base_path: ::std::option::Option<::std::string::String>,
    /// The string identifier of the associated RestApi.
    #[serde(rename = "restApiId", default)]
    pub rest_api_id: ::std::option::Option<::std::string::String>,
    /// The name of the associated stage.
    #[serde(rename = "stage", default)]
    pub stage: ::std::option::Option<::std::string::String>,
}
impl BasePathMapping {
    /// A new [`BasePathMappingBuilder`](crate::types::builders::BasePathMappingBuilder).
    pub fn builder() -> crate::types::builders::BasePathMappingBuilder {
        ::std::default::Default::default()
    }
}
/// Represents a collection of BasePathMapping resources.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct BasePathMappings {
    /// The current page of elements from this collection.
    #[serde(rename = "item", default)]
    pub items: ::std::option::Option<::std::vec::Vec<crate::types::BasePathMapping>>,
    #[serde(rename = "position", default)]
    pub position: ::std::option::Option<::std::string::String>,
}
impl BasePathMappings {
    /// A new [`BasePathMappingsBuilder`](crate::types::builders::BasePathMappingsBuilder).
    pub fn builder() -> crate::types::builders::BasePathMappingsBuilder {
        ::std::default::Default::default()
    }
}
/// Returns the size of the CacheCluster.
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
pub enum CacheClusterSize {
    /// `0.5`
    V05,
    /// `1.6`
    V16,
    /// `6.1`
    V61,
    /// `13.5`
    V135,
    /// `28.4`
    V284,
    /// `58.2`
    V582,
    /// `118`
    V118,
    /// `237`
    V237,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl CacheClusterSize {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::V05 => "0.5",
            Self::V16 => "1.6",
            Self::V61 => "6.1",
            Self::V135 => "13.5",
            Self::V284 => "28.4",
            Self::V582 => "58.2",
            Self::V118 => "118",
            Self::V237 => "237",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["0.5", "1.6", "6.1", "13.5", "28.4", "58.2", "118", "237"]
    }
}
impl ::std::convert::From<&str> for CacheClusterSize {
    fn from(s: &str) -> Self {
        match s {
            "0.5" => Self::V05,
            "1.6" => Self::V16,
            "6.1" => Self::V61,
            "13.5" => Self::V135,
            "28.4" => Self::V284,
            "58.2" => Self::V582,
            "118" => Self::V118,
            "237" => Self::V237,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(CacheClusterSize);
/// Returns the status of the CacheCluster.
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
pub enum CacheClusterStatus {
    /// `CREATE_IN_PROGRESS`
    CreateInProgress,
    /// `AVAILABLE`
    Available,
    /// `DELETE_IN_PROGRESS`
    DeleteInProgress,
    /// `NOT_AVAILABLE`
    NotAvailable,
    /// `FLUSH_IN_PROGRESS`
    FlushInProgress,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl CacheClusterStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CreateInProgress => "CREATE_IN_PROGRESS",
            Self::Available => "AVAILABLE",
            Self::DeleteInProgress => "DELETE_IN_PROGRESS",
            Self::NotAvailable => "NOT_AVAILABLE",
            Self::FlushInProgress => "FLUSH_IN_PROGRESS",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &[
            "CREATE_IN_PROGRESS",
            "AVAILABLE",
            "DELETE_IN_PROGRESS",
            "NOT_AVAILABLE",
            "FLUSH_IN_PROGRESS",
        ]
    }
}
impl ::std::convert::From<&str> for CacheClusterStatus {
    fn from(s: &str) -> Self {
        match s {
            "CREATE_IN_PROGRESS" => Self::CreateInProgress,
            "AVAILABLE" => Self::Available,
            "DELETE_IN_PROGRESS" => Self::DeleteInProgress,
            "NOT_AVAILABLE" => Self::NotAvailable,
            "FLUSH_IN_PROGRESS" => Self::FlushInProgress,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(CacheClusterStatus);
/// Configuration settings of a canary deployment.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct CanarySettings {
    /// The ID of the canary deployment.
    #[serde(
        rename = "deploymentId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub deployment_id: ::std::option::Option<::std::string::String>,
    /// The percent (0-100) of traffic diverted to a canary deployment.
    #[serde(
        rename = "percentTraffic",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub percent_traffic: ::std::option::Option<f64>,
    /// Stage variables overridden for a canary release deployment, including new stage
    /// variables introduced in the canary. These stage variables are represented as a
    /// string-to-string map between stage variable names and their values.
    #[serde(
        rename = "stageVariableOverrides",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub stage_variable_overrides: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    /// A Boolean flag to indicate whether the canary deployment uses the stage cache or
    /// not.
    #[serde(
        rename = "useStageCache",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub use_stage_cache: ::std::option::Option<bool>,
}
impl CanarySettings {
    /// A new [`CanarySettingsBuilder`](crate::types::builders::CanarySettingsBuilder).
    pub fn builder() -> crate::types::builders::CanarySettingsBuilder {
        ::std::default::Default::default()
    }
}
/// Represents a client certificate used to configure client-side SSL authentication
/// while sending requests to the integration endpoint.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ClientCertificate {
    /// The identifier of the client certificate.
    #[serde(rename = "clientCertificateId", default)]
    pub client_certificate_id: ::std::option::Option<::std::string::String>,
    /// The timestamp when the client certificate was created.
    #[serde(rename = "createdDate", default)]
    pub created_date: ::std::option::Option<crate::runtime::Timestamp>,
    /// The description of the client certificate.
    #[serde(rename = "description", default)]
    pub description: ::std::option::Option<::std::string::String>,
    /// The timestamp when the client certificate will expire.
    #[serde(rename = "expirationDate", default)]
    pub expiration_date: ::std::option::Option<crate::runtime::Timestamp>,
    /// The PEM-encoded public key of the client certificate, which can be used to
    /// configure certificate authentication in the integration endpoint .
    #[serde(rename = "pemEncodedCertificate", default)]
    pub pem_encoded_certificate: ::std::option::Option<::std::string::String>,
    /// The collection of tags. Each tag element is associated with a given resource.
    #[serde(rename = "tags", default)]
    pub tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
}
impl ClientCertificate {
    /// A new [`ClientCertificateBuilder`](crate::types::builders::ClientCertificateBuilder).
    pub fn builder() -> crate::types::builders::ClientCertificateBuilder {
        ::std::default::Default::default()
    }
}
/// Represents a collection of ClientCertificate resources.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ClientCertificates {
    /// The current page of elements from this collection.
    #[serde(rename = "item", default)]
    pub items: ::std::option::Option<::std::vec::Vec<crate::types::ClientCertificate>>,
    #[serde(rename = "position", default)]
    pub position: ::std::option::Option<::std::string::String>,
}
impl ClientCertificates {
    /// A new [`ClientCertificatesBuilder`](crate::types::builders::ClientCertificatesBuilder).
    pub fn builder() -> crate::types::builders::ClientCertificatesBuilder {
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
pub enum ConnectionType {
    /// `INTERNET`
    Internet,
    /// `VPC_LINK`
    VpcLink,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl ConnectionType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Internet => "INTERNET",
            Self::VpcLink => "VPC_LINK",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["INTERNET", "VPC_LINK"]
    }
}
impl ::std::convert::From<&str> for ConnectionType {
    fn from(s: &str) -> Self {
        match s {
            "INTERNET" => Self::Internet,
            "VPC_LINK" => Self::VpcLink,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(ConnectionType);
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
pub enum ContentHandlingStrategy {
    /// `CONVERT_TO_BINARY`
    ConvertToBinary,
    /// `CONVERT_TO_TEXT`
    ConvertToText,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl ContentHandlingStrategy {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ConvertToBinary => "CONVERT_TO_BINARY",
            Self::ConvertToText => "CONVERT_TO_TEXT",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["CONVERT_TO_BINARY", "CONVERT_TO_TEXT"]
    }
}
impl ::std::convert::From<&str> for ContentHandlingStrategy {
    fn from(s: &str) -> Self {
        match s {
            "CONVERT_TO_BINARY" => Self::ConvertToBinary,
            "CONVERT_TO_TEXT" => Self::ConvertToText,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(ContentHandlingStrategy);
/// Request to create an ApiKey resource.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct CreateApiKeyRequest {
    /// An AWS Marketplace customer identifier , when integrating with the AWS SaaS
    /// Marketplace.
    #[serde(
        rename = "customerId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub customer_id: ::std::option::Option<::std::string::String>,
    /// The description of the ApiKey.
    #[serde(
        rename = "description",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
    /// Specifies whether the ApiKey can be used by callers.
    #[serde(
        rename = "enabled",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub enabled: ::std::option::Option<bool>,
    /// Specifies whether (`true`) or not (`false`) the key identifier is distinct from
    /// the created API key value. This parameter is deprecated and should not be used.
    #[serde(
        rename = "generateDistinctId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub generate_distinct_id: ::std::option::Option<bool>,
    /// The name of the ApiKey.
    #[serde(
        rename = "name",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub name: ::std::option::Option<::std::string::String>,
    /// DEPRECATED FOR USAGE PLANS - Specifies stages associated with the API key.
    #[serde(
        rename = "stageKeys",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub stage_keys: ::std::option::Option<::std::vec::Vec<crate::types::StageKey>>,
    /// The key-value map of strings. The valid character set is \[a-zA-Z+-=.\_:/\]. The
    /// tag key can be up to 128 characters and must not start with `aws:`. The tag
    /// value can be up to 256 characters.
    #[serde(
        rename = "tags",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    /// Specifies a value of the API key.
    #[serde(
        rename = "value",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub value: ::std::option::Option<::std::string::String>,
}
impl CreateApiKeyRequest {
    /// A new [`CreateApiKeyRequestBuilder`](crate::types::builders::CreateApiKeyRequestBuilder).
    pub fn builder() -> crate::types::builders::CreateApiKeyRequestBuilder {
        ::std::default::Default::default()
    }
}
/// Request to add a new Authorizer to an existing RestApi resource.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct CreateAuthorizerRequest {
    /// Optional customer-defined field, used in OpenAPI imports and exports without
    /// functional impact.
    #[serde(
        rename = "authType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auth_type: ::std::option::Option<::std::string::String>,
    /// Specifies the required credentials as an IAM role for API Gateway to invoke the
    /// authorizer. To specify an IAM role for API Gateway to assume, use the role's
    /// Amazon Resource Name (ARN). To use resource-based permissions on the Lambda
    /// function, specify null.
    #[serde(
        rename = "authorizerCredentials",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub authorizer_credentials: ::std::option::Option<::std::string::String>,
    /// The TTL in seconds of cached authorizer results. If it equals 0, authorization
    /// caching is disabled. If it is greater than 0, API Gateway will cache authorizer
    /// responses. If this field is not set, the default value is 300. The maximum value
    /// is 3600, or 1 hour.
    #[serde(
        rename = "authorizerResultTtlInSeconds",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub authorizer_result_ttl_in_seconds: ::std::option::Option<i64>,
    /// Specifies the authorizer's Uniform Resource Identifier (URI). For `TOKEN` or
    /// `REQUEST` authorizers, this must be a well-formed Lambda function URI, for
    /// example,
    /// `arn:aws:apigateway:us-west-2:lambda:path/2015-03-31/functions/arn:aws:lambda:us-west-2:{account_id}:function:{lambda_function_name}/invocations`.
    /// In general, the URI has this form
    /// `arn:aws:apigateway:{region}:lambda:path/{service_api}`, where `{region}` is the
    /// same as the region hosting the Lambda function, `path` indicates that the
    /// remaining substring in the URI should be treated as the path to the resource,
    /// including the initial `/`. For Lambda functions, this is usually of the form
    /// `/2015-03-31/functions/[FunctionARN]/invocations`.
    #[serde(
        rename = "authorizerUri",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub authorizer_uri: ::std::option::Option<::std::string::String>,
    /// The identity source for which authorization is requested. For a `TOKEN` or
    /// `COGNITO_USER_POOLS` authorizer, this is required and specifies the request
    /// header mapping expression for the custom header holding the authorization token
    /// submitted by the client. For example, if the token header name is `Auth`, the
    /// header mapping expression is `method.request.header.Auth`. For the `REQUEST`
    /// authorizer, this is required when authorization caching is enabled. The value is
    /// a comma-separated string of one or more mapping expressions of the specified
    /// request parameters. For example, if an `Auth` header, a `Name` query string
    /// parameter are defined as identity sources, this value is
    /// `method.request.header.Auth, method.request.querystring.Name`. These parameters
    /// will be used to derive the authorization caching key and to perform runtime
    /// validation of the `REQUEST` authorizer by verifying all of the identity-related
    /// request parameters are present, not null and non-empty. Only when this is true
    /// does the authorizer invoke the authorizer Lambda function, otherwise, it returns
    /// a 401 Unauthorized response without calling the Lambda function. The valid value
    /// is a string of comma-separated mapping expressions of the specified request
    /// parameters. When the authorization caching is not enabled, this property is
    /// optional.
    #[serde(
        rename = "identitySource",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub identity_source: ::std::option::Option<::std::string::String>,
    /// A validation expression for the incoming identity token. For `TOKEN`
    /// authorizers, this value is a regular expression. For `COGNITO_USER_POOLS`
    /// authorizers, API Gateway will match the `aud` field of the incoming token from
    /// the client against the specified regular expression. It will invoke the
    /// authorizer's Lambda function when there is a match. Otherwise, it will return a
    /// 401 Unauthorized response without calling the Lambda function. The validation
    /// expression does not apply to the `REQUEST` authorizer.
    #[serde(
        rename = "identityValidationExpression",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub identity_validation_expression: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "jwtConfiguration",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub jwt_configuration: ::std::option::Option<crate::types::JwtConfigurationInput>,
    /// The name of the authorizer.
    #[serde(rename = "name")]
    pub name: ::std::string::String,
    /// A list of the Amazon Cognito user pool ARNs for the `COGNITO_USER_POOLS`
    /// authorizer. Each element is of this format:
    /// `arn:aws:cognito-idp:{region}:{account_id}:userpool/{user_pool_id}`. For a
    /// `TOKEN` or `REQUEST` authorizer, this is not defined.
    #[serde(
        rename = "providerARNs",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub provider_ar_ns: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// The string identifier of the associated RestApi.
    #[serde(skip)]
    pub rest_api_id: ::std::string::String,
    /// The authorizer type. Valid values are `TOKEN` for a Lambda function using a
    /// single authorization token submitted in a custom header, `REQUEST` for a Lambda
    /// function using incoming request parameters, and `COGNITO_USER_POOLS` for using
    /// an Amazon Cognito user pool.
    #[serde(rename = "type")]
    pub r#type: crate::types::AuthorizerType,
}
impl CreateAuthorizerRequest {
    /// A new [`CreateAuthorizerRequestBuilder`](crate::types::builders::CreateAuthorizerRequestBuilder).
    pub fn builder() -> crate::types::builders::CreateAuthorizerRequestBuilder {
        ::std::default::Default::default()
    }
}
/// Requests API Gateway to create a new BasePathMapping resource.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct CreateBasePathMappingRequest {
    /// The base path name that callers of the API must provide as part of the URL after
    /// the domain name. This value must be unique for all of the mappings across a
    /// single API. Specify '(none)' if you do not want callers to specify a base path
    /// name after the domain name.
    #[serde(
        rename = "basePath",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub base_path: ::std::option::Option<::std::string::String>,
    /// The domain name of the BasePathMapping resource to create.
    #[serde(skip)]
    pub domain_name: ::std::string::String,
    #[serde(skip)]
    pub domain_name_id: ::std::option::Option<::std::string::String>,
    /// The string identifier of the associated RestApi.
    #[serde(rename = "restApiId")]
    pub rest_api_id: ::std::string::String,
    /// The name of the API's stage that you want to use for this mapping. Specify
    /// '(none)' if you want callers to explicitly specify the stage name after any base
    /// path name.
    #[serde(
        rename = "stage",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub stage: ::std::option::Option<::std::string::String>,
}
impl CreateBasePathMappingRequest {
    /// A new [`CreateBasePathMappingRequestBuilder`](crate::types::builders::CreateBasePathMappingRequestBuilder).
    pub fn builder() -> crate::types::builders::CreateBasePathMappingRequestBuilder {
        ::std::default::Default::default()
    }
}
/// Requests API Gateway to create a Deployment resource.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct CreateDeploymentRequest {
    /// Enables a cache cluster for the Stage resource specified in the input.
    #[serde(
        rename = "cacheClusterEnabled",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cache_cluster_enabled: ::std::option::Option<bool>,
    /// The stage's cache capacity in GB. For more information about choosing a cache
    /// size, see [Enabling API caching to enhance
    /// responsiveness](https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-caching.html).
    #[serde(
        rename = "cacheClusterSize",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cache_cluster_size: ::std::option::Option<crate::types::CacheClusterSize>,
    /// The input configuration for the canary deployment when the deployment is a
    /// canary release deployment.
    #[serde(
        rename = "canarySettings",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub canary_settings: ::std::option::Option<crate::types::DeploymentCanarySettings>,
    /// The description for the Deployment resource to create.
    #[serde(
        rename = "description",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
    /// The string identifier of the associated RestApi.
    #[serde(skip)]
    pub rest_api_id: ::std::string::String,
    /// The description of the Stage resource for the Deployment resource to create.
    #[serde(
        rename = "stageDescription",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub stage_description: ::std::option::Option<::std::string::String>,
    /// The name of the Stage resource for the Deployment resource to create.
    #[serde(
        rename = "stageName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub stage_name: ::std::option::Option<::std::string::String>,
    /// Specifies whether active tracing with X-ray is enabled for the Stage.
    #[serde(
        rename = "tracingEnabled",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tracing_enabled: ::std::option::Option<bool>,
    /// A map that defines the stage variables for the Stage resource that is associated
    /// with the new deployment. Variable names can have alphanumeric and underscore
    /// characters, and the values must match `[A-Za-z0-9-._~:/?#&=,]+`.
    #[serde(
        rename = "variables",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub variables: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
}
impl CreateDeploymentRequest {
    /// A new [`CreateDeploymentRequestBuilder`](crate::types::builders::CreateDeploymentRequestBuilder).
    pub fn builder() -> crate::types::builders::CreateDeploymentRequestBuilder {
        ::std::default::Default::default()
    }
}
/// Creates a new documentation part of a given API.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct CreateDocumentationPartRequest {
    /// The location of the targeted API entity of the to-be-created documentation part.
    #[serde(rename = "location")]
    pub location: crate::types::DocumentationPartLocation,
    /// The new documentation content map of the targeted API entity. Enclosed key-value
    /// pairs are API-specific, but only OpenAPI-compliant key-value pairs can be
    /// exported and, hence, published.
    #[serde(rename = "properties")]
    pub properties: ::std::string::String,
    /// The string identifier of the associated RestApi.
    #[serde(skip)]
    pub rest_api_id: ::std::string::String,
}
impl CreateDocumentationPartRequest {
    /// A new [`CreateDocumentationPartRequestBuilder`](crate::types::builders::CreateDocumentationPartRequestBuilder).
    pub fn builder() -> crate::types::builders::CreateDocumentationPartRequestBuilder {
        ::std::default::Default::default()
    }
}
/// Creates a new documentation version of a given API.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct CreateDocumentationVersionRequest {
    /// A description about the new documentation snapshot.
    #[serde(
        rename = "description",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
    /// The version identifier of the new snapshot.
    #[serde(rename = "documentationVersion")]
    pub documentation_version: ::std::string::String,
    /// The string identifier of the associated RestApi.
    #[serde(skip)]
    pub rest_api_id: ::std::string::String,
    /// The stage name to be associated with the new documentation snapshot.
    #[serde(
        rename = "stageName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub stage_name: ::std::option::Option<::std::string::String>,
}
impl CreateDocumentationVersionRequest {
    /// A new [`CreateDocumentationVersionRequestBuilder`](crate::types::builders::CreateDocumentationVersionRequestBuilder).
    pub fn builder() -> crate::types::builders::CreateDocumentationVersionRequestBuilder {
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
pub struct CreateDomainNameAccessAssociationRequest {
    #[serde(rename = "accessAssociationSource")]
    pub access_association_source: ::std::string::String,
    #[serde(rename = "accessAssociationSourceType")]
    pub access_association_source_type: crate::types::AccessAssociationSourceType,
    #[serde(rename = "domainNameArn")]
    pub domain_name_arn: ::std::string::String,
    #[serde(
        rename = "tags",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
}
impl CreateDomainNameAccessAssociationRequest {
    /// A new [`CreateDomainNameAccessAssociationRequestBuilder`](crate::types::builders::CreateDomainNameAccessAssociationRequestBuilder).
    pub fn builder() -> crate::types::builders::CreateDomainNameAccessAssociationRequestBuilder {
        ::std::default::Default::default()
    }
}
/// A request to create a new domain name.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct CreateDomainNameRequest {
    /// The reference to an AWS-managed certificate that will be used by edge-optimized
    /// endpoint for this domain name. AWS Certificate Manager is the only supported
    /// source.
    #[serde(
        rename = "certificateArn",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub certificate_arn: ::std::option::Option<::std::string::String>,
    /// \[Deprecated\] The body of the server certificate that will be used by
    /// edge-optimized endpoint for this domain name provided by your certificate
    /// authority.
    #[serde(
        rename = "certificateBody",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub certificate_body: ::std::option::Option<::std::string::String>,
    /// \[Deprecated\] The intermediate certificates and optionally the root
    /// certificate, one after the other without any blank lines, used by an
    /// edge-optimized endpoint for this domain name. If you include the root
    /// certificate, your certificate chain must start with intermediate certificates
    /// and end with the root certificate. Use the intermediate certificates that were
    /// provided by your certificate authority. Do not include any intermediaries that
    /// are not in the chain of trust path.
    #[serde(
        rename = "certificateChain",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub certificate_chain: ::std::option::Option<::std::string::String>,
    /// The user-friendly name of the certificate that will be used by edge-optimized
    /// endpoint for this domain name.
    #[serde(
        rename = "certificateName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub certificate_name: ::std::option::Option<::std::string::String>,
    /// \[Deprecated\] Your edge-optimized endpoint's domain name certificate's private
    /// key.
    #[serde(
        rename = "certificatePrivateKey",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub certificate_private_key: ::std::option::Option<::std::string::String>,
    /// The name of the DomainName resource.
    #[serde(rename = "domainName")]
    pub domain_name: ::std::string::String,
    /// The endpoint configuration of this DomainName showing the endpoint types of the
    /// domain name.
    #[serde(
        rename = "endpointConfiguration",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub endpoint_configuration: ::std::option::Option<
        crate::types::EndpointConfiguration,
    >,
    #[serde(
        rename = "mutualTlsAuthentication",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub mutual_tls_authentication: ::std::option::Option<
        crate::types::MutualTlsAuthenticationInput,
    >,
    /// The ARN of the public certificate issued by ACM to validate ownership of your
    /// custom domain. Only required when configuring mutual TLS and using an ACM
    /// imported or private CA certificate ARN as the regionalCertificateArn.
    #[serde(
        rename = "ownershipVerificationCertificateArn",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ownership_verification_certificate_arn: ::std::option::Option<
        ::std::string::String,
    >,
    /// The reference to an AWS-managed certificate that will be used by regional
    /// endpoint for this domain name. AWS Certificate Manager is the only supported
    /// source.
    #[serde(
        rename = "regionalCertificateArn",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub regional_certificate_arn: ::std::option::Option<::std::string::String>,
    /// The user-friendly name of the certificate that will be used by regional endpoint
    /// for this domain name.
    #[serde(
        rename = "regionalCertificateName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub regional_certificate_name: ::std::option::Option<::std::string::String>,
    /// The Transport Layer Security (TLS) version + cipher suite for this DomainName.
    /// The valid values are `TLS_1_0` and `TLS_1_2`.
    #[serde(
        rename = "securityPolicy",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub security_policy: ::std::option::Option<crate::types::SecurityPolicy>,
    /// The key-value map of strings. The valid character set is \[a-zA-Z+-=.\_:/\]. The
    /// tag key can be up to 128 characters and must not start with `aws:`. The tag
    /// value can be up to 256 characters.
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
        rename = "endpointAccessMode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub endpoint_access_mode: ::std::option::Option<crate::types::EndpointAccessMode>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "policy",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub policy: ::std::option::Option<::std::string::String>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "routingMode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub routing_mode: ::std::option::Option<crate::types::RoutingMode>,
}
impl CreateDomainNameRequest {
    /// A new [`CreateDomainNameRequestBuilder`](crate::types::builders::CreateDomainNameRequestBuilder).
    pub fn builder() -> crate::types::builders::CreateDomainNameRequestBuilder {
        ::std::default::Default::default()
    }
}
/// Request to add a new Model to an existing RestApi resource.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct CreateModelRequest {
    /// The content-type for the model.
    #[serde(rename = "contentType")]
    pub content_type: ::std::string::String,
    /// The description of the model.
    #[serde(
        rename = "description",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
    /// The name of the model. Must be alphanumeric.
    #[serde(rename = "name")]
    pub name: ::std::string::String,
    /// The RestApi identifier under which the Model will be created.
    #[serde(skip)]
    pub rest_api_id: ::std::string::String,
    /// The schema for the model. For `application/json` models, this should be JSON
    /// schema draft 4 model.
    #[serde(
        rename = "schema",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub schema: ::std::option::Option<::std::string::String>,
}
impl CreateModelRequest {
    /// A new [`CreateModelRequestBuilder`](crate::types::builders::CreateModelRequestBuilder).
    pub fn builder() -> crate::types::builders::CreateModelRequestBuilder {
        ::std::default::Default::default()
    }
}
/// Creates a RequestValidator of a given RestApi.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct CreateRequestValidatorRequest {
    /// The name of the to-be-created RequestValidator.
    #[serde(
        rename = "name",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub name: ::std::option::Option<::std::string::String>,
    /// The string identifier of the associated RestApi.
    #[serde(skip)]
    pub rest_api_id: ::std::string::String,
    /// A Boolean flag to indicate whether to validate request body according to the
    /// configured model schema for the method (`true`) or not (`false`).
    #[serde(
        rename = "validateRequestBody",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub validate_request_body: ::std::option::Option<bool>,
    /// A Boolean flag to indicate whether to validate request parameters, `true`, or
    /// not `false`.
    #[serde(
        rename = "validateRequestParameters",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub validate_request_parameters: ::std::option::Option<bool>,
}
impl CreateRequestValidatorRequest {
    /// A new [`CreateRequestValidatorRequestBuilder`](crate::types::builders::CreateRequestValidatorRequestBuilder).
    pub fn builder() -> crate::types::builders::CreateRequestValidatorRequestBuilder {
        ::std::default::Default::default()
    }
}
/// Requests API Gateway to create a Resource resource.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct CreateResourceRequest {
    /// The parent resource's identifier.
    #[serde(skip)]
    pub parent_id: ::std::string::String,
    /// The last path segment for this resource.
    #[serde(rename = "pathPart")]
    pub path_part: ::std::string::String,
    /// The string identifier of the associated RestApi.
    #[serde(skip)]
    pub rest_api_id: ::std::string::String,
}
impl CreateResourceRequest {
    /// A new [`CreateResourceRequestBuilder`](crate::types::builders::CreateResourceRequestBuilder).
    pub fn builder() -> crate::types::builders::CreateResourceRequestBuilder {
        ::std::default::Default::default()
    }
}
/// The POST Request to add a new RestApi resource to your collection.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct CreateRestApiRequest {
    /// The source of the API key for metering requests according to a usage plan. Valid
    /// values are: >`HEADER` to read the API key from the `X-API-Key` header of a
    /// request. `AUTHORIZER` to read the API key from the `UsageIdentifierKey` from a
    /// custom authorizer.
    #[serde(
        rename = "apiKeySource",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub api_key_source: ::std::option::Option<crate::types::ApiKeySourceType>,
    /// The list of binary media types supported by the RestApi. By default, the RestApi
    /// supports only UTF-8-encoded text payloads.
    #[serde(
        rename = "binaryMediaTypes",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub binary_media_types: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    /// The ID of the RestApi that you want to clone from.
    #[serde(
        rename = "cloneFrom",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub clone_from: ::std::option::Option<::std::string::String>,
    /// The description of the RestApi.
    #[serde(
        rename = "description",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
    /// Specifies whether clients can invoke your API by using the default `execute-api`
    /// endpoint. By default, clients can invoke your API with the default
    /// `https://{api_id}.execute-api.{region}.amazonaws.com` endpoint. To require that
    /// clients use a custom domain name to invoke your API, disable the default
    /// endpoint
    #[serde(
        rename = "disableExecuteApiEndpoint",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disable_execute_api_endpoint: ::std::option::Option<bool>,
    /// The endpoint configuration of this RestApi showing the endpoint types of the
    /// API.
    #[serde(
        rename = "endpointConfiguration",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub endpoint_configuration: ::std::option::Option<
        crate::types::EndpointConfiguration,
    >,
    /// A nullable integer that is used to enable compression (with non-negative between
    /// 0 and 10485760 (10M) bytes, inclusive) or disable compression (with a null
    /// value) on an API. When compression is enabled, compression or decompression is
    /// not applied on the payload if the payload size is smaller than this value.
    /// Setting it to zero allows compression for any payload size.
    #[serde(
        rename = "minimumCompressionSize",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub minimum_compression_size: ::std::option::Option<i64>,
    /// The name of the RestApi.
    #[serde(rename = "name")]
    pub name: ::std::string::String,
    /// A stringified JSON policy document that applies to this RestApi regardless of
    /// the caller and Method configuration.
    #[serde(
        rename = "policy",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub policy: ::std::option::Option<::std::string::String>,
    /// The key-value map of strings. The valid character set is \[a-zA-Z+-=.\_:/\]. The
    /// tag key can be up to 128 characters and must not start with `aws:`. The tag
    /// value can be up to 256 characters.
    #[serde(
        rename = "tags",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    /// A version identifier for the API.
    #[serde(
        rename = "version",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub version: ::std::option::Option<::std::string::String>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "endpointAccessMode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub endpoint_access_mode: ::std::option::Option<crate::types::EndpointAccessMode>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "securityPolicy",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub security_policy: ::std::option::Option<crate::types::SecurityPolicy>,
}
impl CreateRestApiRequest {
    /// A new [`CreateRestApiRequestBuilder`](crate::types::builders::CreateRestApiRequestBuilder).
    pub fn builder() -> crate::types::builders::CreateRestApiRequestBuilder {
        ::std::default::Default::default()
    }
}
/// Requests API Gateway to create a Stage resource.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct CreateStageRequest {
    /// Whether cache clustering is enabled for the stage.
    #[serde(
        rename = "cacheClusterEnabled",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cache_cluster_enabled: ::std::option::Option<bool>,
    /// The stage's cache capacity in GB. For more information about choosing a cache
    /// size, see [Enabling API caching to enhance
    /// responsiveness](https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-caching.html).
    #[serde(
        rename = "cacheClusterSize",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cache_cluster_size: ::std::option::Option<crate::types::CacheClusterSize>,
    /// The canary deployment settings of this stage.
    #[serde(
        rename = "canarySettings",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub canary_settings: ::std::option::Option<crate::types::CanarySettings>,
    /// The identifier of the Deployment resource for the Stage resource.
    #[serde(rename = "deploymentId")]
    pub deployment_id: ::std::string::String,
    /// The description of the Stage resource.
    #[serde(
        rename = "description",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
    /// The version of the associated API documentation.
    #[serde(
        rename = "documentationVersion",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub documentation_version: ::std::option::Option<::std::string::String>,
    /// The string identifier of the associated RestApi.
    #[serde(skip)]
    pub rest_api_id: ::std::string::String,
    /// The name for the Stage resource. Stage names can only contain alphanumeric
    /// characters, hyphens, and underscores. Maximum length is 128 characters.
    #[serde(rename = "stageName")]
    pub stage_name: ::std::string::String,
    /// The key-value map of strings. The valid character set is \[a-zA-Z+-=.\_:/\]. The
    /// tag key can be up to 128 characters and must not start with `aws:`. The tag
    /// value can be up to 256 characters.
    #[serde(
        rename = "tags",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    /// Specifies whether active tracing with X-ray is enabled for the Stage.
    #[serde(
        rename = "tracingEnabled",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tracing_enabled: ::std::option::Option<bool>,
    /// A map that defines the stage variables for the new Stage resource. Variable
    /// names can have alphanumeric and underscore characters, and the values must match
    /// `[A-Za-z0-9-._~:/?#&=,]+`.
    #[serde(
        rename = "variables",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub variables: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
}
impl CreateStageRequest {
    /// A new [`CreateStageRequestBuilder`](crate::types::builders::CreateStageRequestBuilder).
    pub fn builder() -> crate::types::builders::CreateStageRequestBuilder {
        ::std::default::Default::default()
    }
}
/// The POST request to create a usage plan key for adding an existing API key to a
/// usage plan.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct CreateUsagePlanKeyRequest {
    /// The identifier of a UsagePlanKey resource for a plan customer.
    #[serde(rename = "keyId")]
    pub key_id: ::std::string::String,
    /// The type of a UsagePlanKey resource for a plan customer.
    #[serde(rename = "keyType")]
    pub key_type: ::std::string::String,
    /// The Id of the UsagePlan resource representing the usage plan containing the
    /// to-be-created UsagePlanKey resource representing a plan customer.
    #[serde(skip)]
    pub usage_plan_id: ::std::string::String,
}
impl CreateUsagePlanKeyRequest {
    /// A new [`CreateUsagePlanKeyRequestBuilder`](crate::types::builders::CreateUsagePlanKeyRequestBuilder).
    pub fn builder() -> crate::types::builders::CreateUsagePlanKeyRequestBuilder {
        ::std::default::Default::default()
    }
}
/// The POST request to create a usage plan with the name, description, throttle
/// limits and quota limits, as well as the associated API stages, specified in the
/// payload.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct CreateUsagePlanRequest {
    /// The associated API stages of the usage plan.
    #[serde(
        rename = "apiStages",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub api_stages: ::std::option::Option<::std::vec::Vec<crate::types::ApiStage>>,
    /// The description of the usage plan.
    #[serde(
        rename = "description",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
    /// The name of the usage plan.
    #[serde(rename = "name")]
    pub name: ::std::string::String,
    /// The quota of the usage plan.
    #[serde(
        rename = "quota",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub quota: ::std::option::Option<crate::types::QuotaSettings>,
    /// The key-value map of strings. The valid character set is \[a-zA-Z+-=.\_:/\]. The
    /// tag key can be up to 128 characters and must not start with `aws:`. The tag
    /// value can be up to 256 characters.
    #[serde(
        rename = "tags",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    /// The throttling limits of the usage plan.
    #[serde(
        rename = "throttle",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub throttle: ::std::option::Option<crate::types::ThrottleSettings>,
}
impl CreateUsagePlanRequest {
    /// A new [`CreateUsagePlanRequestBuilder`](crate::types::builders::CreateUsagePlanRequestBuilder).
    pub fn builder() -> crate::types::builders::CreateUsagePlanRequestBuilder {
        ::std::default::Default::default()
    }
}
/// Creates a VPC link, under the caller's account in a selected region, in an
/// asynchronous operation that typically takes 2-4 minutes to complete and become
/// operational. The caller must have permissions to create and update VPC Endpoint
/// services.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct CreateVpcLinkRequest {
    /// The description of the VPC link.
    #[serde(
        rename = "description",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
    /// The name used to label and identify the VPC link.
    #[serde(rename = "name")]
    pub name: ::std::string::String,
    /// The key-value map of strings. The valid character set is \[a-zA-Z+-=.\_:/\]. The
    /// tag key can be up to 128 characters and must not start with `aws:`. The tag
    /// value can be up to 256 characters.
    #[serde(
        rename = "tags",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    /// The ARN of the network load balancer of the VPC targeted by the VPC link. The
    /// network load balancer must be owned by the same AWS account of the API owner.
    #[serde(rename = "targetArns")]
    pub target_arns: ::std::vec::Vec<::std::string::String>,
}
impl CreateVpcLinkRequest {
    /// A new [`CreateVpcLinkRequestBuilder`](crate::types::builders::CreateVpcLinkRequestBuilder).
    pub fn builder() -> crate::types::builders::CreateVpcLinkRequestBuilder {
        ::std::default::Default::default()
    }
}
/// A request to delete the ApiKey resource.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct DeleteApiKeyRequest {
    /// The identifier of the ApiKey resource to be deleted.
    #[serde(skip)]
    pub api_key: ::std::string::String,
}
impl DeleteApiKeyRequest {
    /// A new [`DeleteApiKeyRequestBuilder`](crate::types::builders::DeleteApiKeyRequestBuilder).
    pub fn builder() -> crate::types::builders::DeleteApiKeyRequestBuilder {
        ::std::default::Default::default()
    }
}
/// Request to delete an existing Authorizer resource.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct DeleteAuthorizerRequest {
    /// The identifier of the Authorizer resource.
    #[serde(skip)]
    pub authorizer_id: ::std::string::String,
    /// The string identifier of the associated RestApi.
    #[serde(skip)]
    pub rest_api_id: ::std::string::String,
}
impl DeleteAuthorizerRequest {
    /// A new [`DeleteAuthorizerRequestBuilder`](crate::types::builders::DeleteAuthorizerRequestBuilder).
    pub fn builder() -> crate::types::builders::DeleteAuthorizerRequestBuilder {
        ::std::default::Default::default()
    }
}
/// A request to delete the BasePathMapping resource.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct DeleteBasePathMappingRequest {
    /// The base path name of the BasePathMapping resource to delete.
    ///
    /// To specify an empty base path, set this parameter to `'(none)'`.
    #[serde(skip)]
    pub base_path: ::std::string::String,
    /// The domain name of the BasePathMapping resource to delete.
    #[serde(skip)]
    pub domain_name: ::std::string::String,
    #[serde(skip)]
    pub domain_name_id: ::std::option::Option<::std::string::String>,
}
impl DeleteBasePathMappingRequest {
    /// A new [`DeleteBasePathMappingRequestBuilder`](crate::types::builders::DeleteBasePathMappingRequestBuilder).
    pub fn builder() -> crate::types::builders::DeleteBasePathMappingRequestBuilder {
        ::std::default::Default::default()
    }
}
/// A request to delete the ClientCertificate resource.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct DeleteClientCertificateRequest {
    /// The identifier of the ClientCertificate resource to be deleted.
    #[serde(skip)]
    pub client_certificate_id: ::std::string::String,
}
impl DeleteClientCertificateRequest {
    /// A new [`DeleteClientCertificateRequestBuilder`](crate::types::builders::DeleteClientCertificateRequestBuilder).
    pub fn builder() -> crate::types::builders::DeleteClientCertificateRequestBuilder {
        ::std::default::Default::default()
    }
}
/// Requests API Gateway to delete a Deployment resource.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct DeleteDeploymentRequest {
    /// The identifier of the Deployment resource to delete.
    #[serde(skip)]
    pub deployment_id: ::std::string::String,
    /// The string identifier of the associated RestApi.
    #[serde(skip)]
    pub rest_api_id: ::std::string::String,
}
impl DeleteDeploymentRequest {
    /// A new [`DeleteDeploymentRequestBuilder`](crate::types::builders::DeleteDeploymentRequestBuilder).
    pub fn builder() -> crate::types::builders::DeleteDeploymentRequestBuilder {
        ::std::default::Default::default()
    }
}
/// Deletes an existing documentation part of an API.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct DeleteDocumentationPartRequest {
    /// The identifier of the to-be-deleted documentation part.
    #[serde(skip)]
    pub documentation_part_id: ::std::string::String,
    /// The string identifier of the associated RestApi.
    #[serde(skip)]
    pub rest_api_id: ::std::string::String,
}
impl DeleteDocumentationPartRequest {
    /// A new [`DeleteDocumentationPartRequestBuilder`](crate::types::builders::DeleteDocumentationPartRequestBuilder).
    pub fn builder() -> crate::types::builders::DeleteDocumentationPartRequestBuilder {
        ::std::default::Default::default()
    }
}
/// Deletes an existing documentation version of an API.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct DeleteDocumentationVersionRequest {
    /// The version identifier of a to-be-deleted documentation snapshot.
    #[serde(skip)]
    pub documentation_version: ::std::string::String,
    /// The string identifier of the associated RestApi.
    #[serde(skip)]
    pub rest_api_id: ::std::string::String,
}
impl DeleteDocumentationVersionRequest {
    /// A new [`DeleteDocumentationVersionRequestBuilder`](crate::types::builders::DeleteDocumentationVersionRequestBuilder).
    pub fn builder() -> crate::types::builders::DeleteDocumentationVersionRequestBuilder {
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
pub struct DeleteDomainNameAccessAssociationRequest {
    #[serde(skip)]
    pub domain_name_access_association_arn: ::std::string::String,
}
impl DeleteDomainNameAccessAssociationRequest {
    /// A new [`DeleteDomainNameAccessAssociationRequestBuilder`](crate::types::builders::DeleteDomainNameAccessAssociationRequestBuilder).
    pub fn builder() -> crate::types::builders::DeleteDomainNameAccessAssociationRequestBuilder {
        ::std::default::Default::default()
    }
}
/// A request to delete the DomainName resource.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct DeleteDomainNameRequest {
    /// The name of the DomainName resource to be deleted.
    #[serde(skip)]
    pub domain_name: ::std::string::String,
    #[serde(skip)]
    pub domain_name_id: ::std::option::Option<::std::string::String>,
}
impl DeleteDomainNameRequest {
    /// A new [`DeleteDomainNameRequestBuilder`](crate::types::builders::DeleteDomainNameRequestBuilder).
    pub fn builder() -> crate::types::builders::DeleteDomainNameRequestBuilder {
        ::std::default::Default::default()
    }
}
/// Clears any customization of a GatewayResponse of a specified response type on
/// the given RestApi and resets it with the default settings.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct DeleteGatewayResponseRequest {
    /// The response type of the associated GatewayResponse.
    #[serde(skip)]
    pub response_type: crate::types::GatewayResponseType,
    /// The string identifier of the associated RestApi.
    #[serde(skip)]
    pub rest_api_id: ::std::string::String,
}
impl DeleteGatewayResponseRequest {
    /// A new [`DeleteGatewayResponseRequestBuilder`](crate::types::builders::DeleteGatewayResponseRequestBuilder).
    pub fn builder() -> crate::types::builders::DeleteGatewayResponseRequestBuilder {
        ::std::default::Default::default()
    }
}
/// Represents a delete integration request.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct DeleteIntegrationRequest {
    /// Specifies a delete integration request's HTTP method.
    #[serde(skip)]
    pub http_method: ::std::string::String,
    /// Specifies a delete integration request's resource identifier.
    #[serde(skip)]
    pub resource_id: ::std::string::String,
    /// The string identifier of the associated RestApi.
    #[serde(skip)]
    pub rest_api_id: ::std::string::String,
}
impl DeleteIntegrationRequest {
    /// A new [`DeleteIntegrationRequestBuilder`](crate::types::builders::DeleteIntegrationRequestBuilder).
    pub fn builder() -> crate::types::builders::DeleteIntegrationRequestBuilder {
        ::std::default::Default::default()
    }
}
/// Represents a delete integration response request.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct DeleteIntegrationResponseRequest {
    /// Specifies a delete integration response request's HTTP method.
    #[serde(skip)]
    pub http_method: ::std::string::String,
    /// Specifies a delete integration response request's resource identifier.
    #[serde(skip)]
    pub resource_id: ::std::string::String,
    /// The string identifier of the associated RestApi.
    #[serde(skip)]
    pub rest_api_id: ::std::string::String,
    /// Specifies a delete integration response request's status code.
    #[serde(skip)]
    pub status_code: ::std::string::String,
}
impl DeleteIntegrationResponseRequest {
    /// A new [`DeleteIntegrationResponseRequestBuilder`](crate::types::builders::DeleteIntegrationResponseRequestBuilder).
    pub fn builder() -> crate::types::builders::DeleteIntegrationResponseRequestBuilder {
        ::std::default::Default::default()
    }
}
/// Request to delete an existing Method resource.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct DeleteMethodRequest {
    /// The HTTP verb of the Method resource.
    #[serde(skip)]
    pub http_method: ::std::string::String,
    /// The Resource identifier for the Method resource.
    #[serde(skip)]
    pub resource_id: ::std::string::String,
    /// The string identifier of the associated RestApi.
    #[serde(skip)]
    pub rest_api_id: ::std::string::String,
}
impl DeleteMethodRequest {
    /// A new [`DeleteMethodRequestBuilder`](crate::types::builders::DeleteMethodRequestBuilder).
    pub fn builder() -> crate::types::builders::DeleteMethodRequestBuilder {
        ::std::default::Default::default()
    }
}
/// A request to delete an existing MethodResponse resource.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct DeleteMethodResponseRequest {
    /// The HTTP verb of the Method resource.
    #[serde(skip)]
    pub http_method: ::std::string::String,
    /// The Resource identifier for the MethodResponse resource.
    #[serde(skip)]
    pub resource_id: ::std::string::String,
    /// The string identifier of the associated RestApi.
    #[serde(skip)]
    pub rest_api_id: ::std::string::String,
    /// The status code identifier for the MethodResponse resource.
    #[serde(skip)]
    pub status_code: ::std::string::String,
}
impl DeleteMethodResponseRequest {
    /// A new [`DeleteMethodResponseRequestBuilder`](crate::types::builders::DeleteMethodResponseRequestBuilder).
    pub fn builder() -> crate::types::builders::DeleteMethodResponseRequestBuilder {
        ::std::default::Default::default()
    }
}
/// Request to delete an existing model in an existing RestApi resource.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct DeleteModelRequest {
    /// The name of the model to delete.
    #[serde(skip)]
    pub model_name: ::std::string::String,
    /// The string identifier of the associated RestApi.
    #[serde(skip)]
    pub rest_api_id: ::std::string::String,
}
impl DeleteModelRequest {
    /// A new [`DeleteModelRequestBuilder`](crate::types::builders::DeleteModelRequestBuilder).
    pub fn builder() -> crate::types::builders::DeleteModelRequestBuilder {
        ::std::default::Default::default()
    }
}
/// Deletes a specified RequestValidator of a given RestApi.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct DeleteRequestValidatorRequest {
    /// The identifier of the RequestValidator to be deleted.
    #[serde(skip)]
    pub request_validator_id: ::std::string::String,
    /// The string identifier of the associated RestApi.
    #[serde(skip)]
    pub rest_api_id: ::std::string::String,
}
impl DeleteRequestValidatorRequest {
    /// A new [`DeleteRequestValidatorRequestBuilder`](crate::types::builders::DeleteRequestValidatorRequestBuilder).
    pub fn builder() -> crate::types::builders::DeleteRequestValidatorRequestBuilder {
        ::std::default::Default::default()
    }
}
/// Request to delete a Resource.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct DeleteResourceRequest {
    /// The identifier of the Resource resource.
    #[serde(skip)]
    pub resource_id: ::std::string::String,
    /// The string identifier of the associated RestApi.
    #[serde(skip)]
    pub rest_api_id: ::std::string::String,
}
impl DeleteResourceRequest {
    /// A new [`DeleteResourceRequestBuilder`](crate::types::builders::DeleteResourceRequestBuilder).
    pub fn builder() -> crate::types::builders::DeleteResourceRequestBuilder {
        ::std::default::Default::default()
    }
}
/// Request to delete the specified API from your collection.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct DeleteRestApiRequest {
    /// The string identifier of the associated RestApi.
    #[serde(skip)]
    pub rest_api_id: ::std::string::String,
}
impl DeleteRestApiRequest {
    /// A new [`DeleteRestApiRequestBuilder`](crate::types::builders::DeleteRestApiRequestBuilder).
    pub fn builder() -> crate::types::builders::DeleteRestApiRequestBuilder {
        ::std::default::Default::default()
    }
}
/// Requests API Gateway to delete a Stage resource.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct DeleteStageRequest {
    /// The string identifier of the associated RestApi.
    #[serde(skip)]
    pub rest_api_id: ::std::string::String,
    /// The name of the Stage resource to delete.
    #[serde(skip)]
    pub stage_name: ::std::string::String,
}
impl DeleteStageRequest {
    /// A new [`DeleteStageRequestBuilder`](crate::types::builders::DeleteStageRequestBuilder).
    pub fn builder() -> crate::types::builders::DeleteStageRequestBuilder {
        ::std::default::Default::default()
    }
}
/// The DELETE request to delete a usage plan key and remove the underlying API key
/// from the associated usage plan.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct DeleteUsagePlanKeyRequest {
    /// The Id of the UsagePlanKey resource to be deleted.
    #[serde(skip)]
    pub key_id: ::std::string::String,
    /// The Id of the UsagePlan resource representing the usage plan containing the
    /// to-be-deleted UsagePlanKey resource representing a plan customer.
    #[serde(skip)]
    pub usage_plan_id: ::std::string::String,
}
impl DeleteUsagePlanKeyRequest {
    /// A new [`DeleteUsagePlanKeyRequestBuilder`](crate::types::builders::DeleteUsagePlanKeyRequestBuilder).
    pub fn builder() -> crate::types::builders::DeleteUsagePlanKeyRequestBuilder {
        ::std::default::Default::default()
    }
}
/// The DELETE request to delete a usage plan of a given plan Id.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct DeleteUsagePlanRequest {
    /// The Id of the to-be-deleted usage plan.
    #[serde(skip)]
    pub usage_plan_id: ::std::string::String,
}
impl DeleteUsagePlanRequest {
    /// A new [`DeleteUsagePlanRequestBuilder`](crate::types::builders::DeleteUsagePlanRequestBuilder).
    pub fn builder() -> crate::types::builders::DeleteUsagePlanRequestBuilder {
        ::std::default::Default::default()
    }
}
/// Deletes an existing VpcLink of a specified identifier.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct DeleteVpcLinkRequest {
    /// The identifier of the VpcLink. It is used in an Integration to reference this
    /// VpcLink.
    #[serde(skip)]
    pub vpc_link_id: ::std::string::String,
}
impl DeleteVpcLinkRequest {
    /// A new [`DeleteVpcLinkRequestBuilder`](crate::types::builders::DeleteVpcLinkRequestBuilder).
    pub fn builder() -> crate::types::builders::DeleteVpcLinkRequestBuilder {
        ::std::default::Default::default()
    }
}
/// An immutable representation of a RestApi resource that can be called by users
/// using Stages. A deployment must be associated with a Stage for it to be callable
/// over the Internet.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct Deployment {
    /// A summary of the RestApi at the date and time that the deployment resource was
    /// created.
    #[serde(rename = "apiSummary", default)]
    pub api_summary: ::std::option::Option<
        ::std::collections::HashMap<
            ::std::string::String,
            ::std::collections::HashMap<
                ::std::string::String,
                crate::types::MethodSnapshot,
            >,
        >,
    >,
    /// The date and time that the deployment resource was created.
    #[serde(rename = "createdDate", default)]
    pub created_date: ::std::option::Option<crate::runtime::Timestamp>,
    /// The description for the deployment resource.
    #[serde(rename = "description", default)]
    pub description: ::std::option::Option<::std::string::String>,
    /// The identifier for the deployment resource.
    #[serde(rename = "id", default)]
    pub id: ::std::option::Option<::std::string::String>,
}
impl Deployment {
    /// A new [`DeploymentBuilder`](crate::types::builders::DeploymentBuilder).
    pub fn builder() -> crate::types::builders::DeploymentBuilder {
        ::std::default::Default::default()
    }
}
/// The input configuration for a canary deployment.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct DeploymentCanarySettings {
    /// The percentage (0.0-100.0) of traffic routed to the canary deployment.
    #[serde(
        rename = "percentTraffic",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub percent_traffic: ::std::option::Option<f64>,
    /// A stage variable overrides used for the canary release deployment. They can
    /// override existing stage variables or add new stage variables for the canary
    /// release deployment. These stage variables are represented as a string-to-string
    /// map between stage variable names and their values.
    #[serde(
        rename = "stageVariableOverrides",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub stage_variable_overrides: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    /// A Boolean flag to indicate whether the canary release deployment uses the stage
    /// cache or not.
    #[serde(
        rename = "useStageCache",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub use_stage_cache: ::std::option::Option<bool>,
}
impl DeploymentCanarySettings {
    /// A new [`DeploymentCanarySettingsBuilder`](crate::types::builders::DeploymentCanarySettingsBuilder).
    pub fn builder() -> crate::types::builders::DeploymentCanarySettingsBuilder {
        ::std::default::Default::default()
    }
}
/// Represents a collection resource that contains zero or more references to your
/// existing deployments, and links that guide you on how to interact with your
/// collection. The collection offers a paginated view of the contained deployments.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct Deployments {
    /// The current page of elements from this collection.
    #[serde(rename = "item", default)]
    pub items: ::std::option::Option<::std::vec::Vec<crate::types::Deployment>>,
    #[serde(rename = "position", default)]
    pub position: ::std::option::Option<::std::string::String>,
}
impl Deployments {
    /// A new [`DeploymentsBuilder`](crate::types::builders::DeploymentsBuilder).
    pub fn builder() -> crate::types::builders::DeploymentsBuilder {
        ::std::default::Default::default()
    }
}
/// A documentation part for a targeted API entity.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct DocumentationPart {
    /// The DocumentationPart identifier, generated by API Gateway when the
    /// `DocumentationPart` is created.
    #[serde(rename = "id", default)]
    pub id: ::std::option::Option<::std::string::String>,
    /// The location of the API entity to which the documentation applies. Valid fields
    /// depend on the targeted API entity type. All the valid location fields are not
    /// required. If not explicitly specified, a valid location field is treated as a
    /// wildcard and associated documentation content may be inherited by matching
    /// entities, unless overridden.
    #[serde(rename = "location", default)]
    pub location: ::std::option::Option<crate::types::DocumentationPartLocation>,
    /// A content map of API-specific key-value pairs describing the targeted API
    /// entity. The map must be encoded as a JSON string, e.g.,
    /// `"{ \"description\": \"The API does ...\" }"`. Only OpenAPI-compliant
    /// documentation-related fields from the properties map are exported and, hence,
    /// published as part of the API entity definitions, while the original
    /// documentation parts are exported in a OpenAPI extension of
    /// `x-amazon-apigateway-documentation`.
    #[serde(rename = "properties", default)]
    pub properties: ::std::option::Option<::std::string::String>,
}
impl DocumentationPart {
    /// A new [`DocumentationPartBuilder`](crate::types::builders::DocumentationPartBuilder).
    pub fn builder() -> crate::types::builders::DocumentationPartBuilder {
        ::std::default::Default::default()
    }
}
/// A collection of the imported DocumentationPart identifiers.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct DocumentationPartIds {
    /// A list of the returned documentation part identifiers.
    #[serde(rename = "ids", default)]
    pub ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// A list of warning messages reported during import of documentation parts.
    #[serde(rename = "warnings", default)]
    pub warnings: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
impl DocumentationPartIds {
    /// A new [`DocumentationPartIdsBuilder`](crate::types::builders::DocumentationPartIdsBuilder).
    pub fn builder() -> crate::types::builders::DocumentationPartIdsBuilder {
        ::std::default::Default::default()
    }
}
/// Specifies the target API entity to which the documentation applies.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct DocumentationPartLocation {
    /// The HTTP verb of a method. It is a valid field for the API entity types of
    /// `METHOD`, `PATH_PARAMETER`, `QUERY_PARAMETER`, `REQUEST_HEADER`, `REQUEST_BODY`,
    /// `RESPONSE`, `RESPONSE_HEADER`, and `RESPONSE_BODY`. The default value is `*` for
    /// any method. When an applicable child entity inherits the content of an entity of
    /// the same type with more general specifications of the other `location`
    /// attributes, the child entity's `method` attribute must match that of the parent
    /// entity exactly.
    #[serde(
        rename = "method",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub method: ::std::option::Option<::std::string::String>,
    /// The name of the targeted API entity. It is a valid and required field for the
    /// API entity types of `AUTHORIZER`, `MODEL`, `PATH_PARAMETER`, `QUERY_PARAMETER`,
    /// `REQUEST_HEADER`, `REQUEST_BODY` and `RESPONSE_HEADER`. It is an invalid field
    /// for any other entity type.
    #[serde(
        rename = "name",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub name: ::std::option::Option<::std::string::String>,
    /// The URL path of the target. It is a valid field for the API entity types of
    /// `RESOURCE`, `METHOD`, `PATH_PARAMETER`, `QUERY_PARAMETER`, `REQUEST_HEADER`,
    /// `REQUEST_BODY`, `RESPONSE`, `RESPONSE_HEADER`, and `RESPONSE_BODY`. The default
    /// value is `/` for the root resource. When an applicable child entity inherits the
    /// content of another entity of the same type with more general specifications of
    /// the other `location` attributes, the child entity's `path` attribute must match
    /// that of the parent entity as a prefix.
    #[serde(
        rename = "path",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub path: ::std::option::Option<::std::string::String>,
    /// The HTTP status code of a response. It is a valid field for the API entity types
    /// of `RESPONSE`, `RESPONSE_HEADER`, and `RESPONSE_BODY`. The default value is `*`
    /// for any status code. When an applicable child entity inherits the content of an
    /// entity of the same type with more general specifications of the other `location`
    /// attributes, the child entity's `statusCode` attribute must match that of the
    /// parent entity exactly.
    #[serde(
        rename = "statusCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status_code: ::std::option::Option<::std::string::String>,
    /// The type of API entity to which the documentation content applies. Valid values
    /// are `API`, `AUTHORIZER`, `MODEL`, `RESOURCE`, `METHOD`, `PATH_PARAMETER`,
    /// `QUERY_PARAMETER`, `REQUEST_HEADER`, `REQUEST_BODY`, `RESPONSE`,
    /// `RESPONSE_HEADER`, and `RESPONSE_BODY`. Content inheritance does not apply to
    /// any entity of the `API`, `AUTHORIZER`, `METHOD`, `MODEL`, `REQUEST_BODY`, or
    /// `RESOURCE` type.
    #[serde(rename = "type")]
    pub r#type: crate::types::DocumentationPartType,
}
impl DocumentationPartLocation {
    /// A new [`DocumentationPartLocationBuilder`](crate::types::builders::DocumentationPartLocationBuilder).
    pub fn builder() -> crate::types::builders::DocumentationPartLocationBuilder {
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
pub enum DocumentationPartType {
    /// `API`
    Api,
    /// `AUTHORIZER`
    Authorizer,
    /// `MODEL`
    Model,
    /// `RESOURCE`
    Resource,
    /// `METHOD`
    Method,
    /// `PATH_PARAMETER`
    PathParameter,
    /// `QUERY_PARAMETER`
    QueryParameter,
    /// `REQUEST_HEADER`
    RequestHeader,
    /// `REQUEST_BODY`
    RequestBody,
    /// `RESPONSE`
    Response,
    /// `RESPONSE_HEADER`
    ResponseHeader,
    /// `RESPONSE_BODY`
    ResponseBody,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl DocumentationPartType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Api => "API",
            Self::Authorizer => "AUTHORIZER",
            Self::Model => "MODEL",
            Self::Resource => "RESOURCE",
            Self::Method => "METHOD",
            Self::PathParameter => "PATH_PARAMETER",
            Self::QueryParameter => "QUERY_PARAMETER",
            Self::RequestHeader => "REQUEST_HEADER",
            Self::RequestBody => "REQUEST_BODY",
            Self::Response => "RESPONSE",
            Self::ResponseHeader => "RESPONSE_HEADER",
            Self::ResponseBody => "RESPONSE_BODY",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &[
            "API",
            "AUTHORIZER",
            "MODEL",
            "RESOURCE",
            "METHOD",
            "PATH_PARAMETER",
            "QUERY_PARAMETER",
            "REQUEST_HEADER",
            "REQUEST_BODY",
            "RESPONSE",
            "RESPONSE_HEADER",
            "RESPONSE_BODY",
        ]
    }
}
impl ::std::convert::From<&str> for DocumentationPartType {
    fn from(s: &str) -> Self {
        match s {
            "API" => Self::Api,
            "AUTHORIZER" => Self::Authorizer,
            "MODEL" => Self::Model,
            "RESOURCE" => Self::Resource,
            "METHOD" => Self::Method,
            "PATH_PARAMETER" => Self::PathParameter,
            "QUERY_PARAMETER" => Self::QueryParameter,
            "REQUEST_HEADER" => Self::RequestHeader,
            "REQUEST_BODY" => Self::RequestBody,
            "RESPONSE" => Self::Response,
            "RESPONSE_HEADER" => Self::ResponseHeader,
            "RESPONSE_BODY" => Self::ResponseBody,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(DocumentationPartType);
/// The collection of documentation parts of an API.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct DocumentationParts {
    /// The current page of elements from this collection.
    #[serde(rename = "item", default)]
    pub items: ::std::option::Option<::std::vec::Vec<crate::types::DocumentationPart>>,
    #[serde(rename = "position", default)]
    pub position: ::std::option::Option<::std::string::String>,
}
impl DocumentationParts {
    /// A new [`DocumentationPartsBuilder`](crate::types::builders::DocumentationPartsBuilder).
    pub fn builder() -> crate::types::builders::DocumentationPartsBuilder {
        ::std::default::Default::default()
    }
}
/// A snapshot of the documentation of an API.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct DocumentationVersion {
    /// The date when the API documentation snapshot is created.
    #[serde(rename = "createdDate", default)]
    pub created_date: ::std::option::Option<crate::runtime::Timestamp>,
    /// The description of the API documentation snapshot.
    #[serde(rename = "description", default)]
    pub description: ::std::option::Option<::std::string::String>,
    /// The version identifier of the API documentation snapshot.
    #[serde(rename = "version", default)]
    pub version: ::std::option::Option<::std::string::String>,
}
impl DocumentationVersion {
    /// A new [`DocumentationVersionBuilder`](crate::types::builders::DocumentationVersionBuilder).
    pub fn builder() -> crate::types::builders::DocumentationVersionBuilder {
        ::std::default::Default::default()
    }
}
/// The collection of documentation snapshots of an API.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct DocumentationVersions {
    /// The current page of elements from this collection.
    #[serde(rename = "item", default)]
    pub items: ::std::option::Option<
        ::std::vec::Vec<crate::types::DocumentationVersion>,
    >,
    #[serde(rename = "position", default)]
    pub position: ::std::option::Option<::std::string::String>,
}
impl DocumentationVersions {
    /// A new [`DocumentationVersionsBuilder`](crate::types::builders::DocumentationVersionsBuilder).
    pub fn builder() -> crate::types::builders::DocumentationVersionsBuilder {
        ::std::default::Default::default()
    }
}
/// Represents a custom domain name as a user-friendly host name of an API
/// (RestApi).
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct DomainName {
    /// The reference to an AWS-managed certificate that will be used by edge-optimized
    /// endpoint for this domain name. AWS Certificate Manager is the only supported
    /// source.
    #[serde(rename = "certificateArn", default)]
    pub certificate_arn: ::std::option::Option<::std::string::String>,
    /// The name of the certificate that will be used by edge-optimized endpoint for
    /// this domain name.
    #[serde(rename = "certificateName", default)]
    pub certificate_name: ::std::option::Option<::std::string::String>,
    /// The timestamp when the certificate that was used by edge-optimized endpoint for
    /// this domain name was uploaded.
    #[serde(rename = "certificateUploadDate", default)]
    pub certificate_upload_date: ::std::option::Option<crate::runtime::Timestamp>,
    /// The domain name of the Amazon CloudFront distribution associated with this
    /// custom domain name for an edge-optimized endpoint. You set up this association
    /// when adding a DNS record pointing the custom domain name to this distribution
    /// name. For more information about CloudFront distributions, see the Amazon
    /// CloudFront documentation.
    #[serde(rename = "distributionDomainName", default)]
    pub distribution_domain_name: ::std::option::Option<::std::string::String>,
    /// The region-agnostic Amazon Route 53 Hosted Zone ID of the edge-optimized
    /// endpoint. The valid value is `Z2FDTNDATAQYW2` for all the regions. For more
    /// information, see Set up a Regional Custom Domain Name and AWS Regions and
    /// Endpoints for API Gateway.
    #[serde(rename = "distributionHostedZoneId", default)]
    pub distribution_hosted_zone_id: ::std::option::Option<::std::string::String>,
    /// The custom domain name as an API host name, for example, `my-api.example.com`.
    #[serde(rename = "domainName", default)]
    pub domain_name: ::std::option::Option<::std::string::String>,
    /// The status of the DomainName migration. The valid values are `AVAILABLE` and
    /// `UPDATING`. If the status is `UPDATING`, the domain cannot be modified further
    /// until the existing operation is complete. If it is `AVAILABLE`, the domain can
    /// be updated.
    #[serde(rename = "domainNameStatus", default)]
    pub domain_name_status: ::std::option::Option<crate::types::DomainNameStatus>,
    /// An optional text message containing detailed information about status of the
    /// DomainName migration.
    #[serde(rename = "domainNameStatusMessage", default)]
    pub domain_name_status_message: ::std::option::Option<::std::string::String>,
    /// The endpoint configuration of this DomainName showing the endpoint types of the
    /// domain name.
    #[serde(rename = "endpointConfiguration", default)]
    pub endpoint_configuration: ::std::option::Option<
        crate::types::EndpointConfiguration,
    >,
    /// The mutual TLS authentication configuration for a custom domain name. If
    /// specified, API Gateway performs two-way authentication between the client and
    /// the server. Clients must present a trusted certificate to access your API.
    #[serde(rename = "mutualTlsAuthentication", default)]
    pub mutual_tls_authentication: ::std::option::Option<
        crate::types::MutualTlsAuthentication,
    >,
    /// The ARN of the public certificate issued by ACM to validate ownership of your
    /// custom domain. Only required when configuring mutual TLS and using an ACM
    /// imported or private CA certificate ARN as the regionalCertificateArn.
    #[serde(rename = "ownershipVerificationCertificateArn", default)]
    pub ownership_verification_certificate_arn: ::std::option::Option<
        ::std::string::String,
    >,
    /// The reference to an AWS-managed certificate that will be used for validating the
    /// regional domain name. AWS Certificate Manager is the only supported source.
    #[serde(rename = "regionalCertificateArn", default)]
    pub regional_certificate_arn: ::std::option::Option<::std::string::String>,
    /// The name of the certificate that will be used for validating the regional domain
    /// name.
    #[serde(rename = "regionalCertificateName", default)]
    pub regional_certificate_name: ::std::option::Option<::std::string::String>,
    /// The domain name associated with the regional endpoint for this custom domain
    /// name. You set up this association by adding a DNS record that points the custom
    /// domain name to this regional domain name. The regional domain name is returned
    /// by API Gateway when you create a regional endpoint.
    #[serde(rename = "regionalDomainName", default)]
    pub regional_domain_name: ::std::option::Option<::std::string::String>,
    /// The region-specific Amazon Route 53 Hosted Zone ID of the regional endpoint. For
    /// more information, see Set up a Regional Custom Domain Name and AWS Regions and
    /// Endpoints for API Gateway.
    #[serde(rename = "regionalHostedZoneId", default)]
    pub regional_hosted_zone_id: ::std::option::Option<::std::string::String>,
    /// The Transport Layer Security (TLS) version + cipher suite for this DomainName.
    /// The valid values are `TLS_1_0` and `TLS_1_2`.
    #[serde(rename = "securityPolicy", default)]
    pub security_policy: ::std::option::Option<crate::types::SecurityPolicy>,
    /// The collection of tags. Each tag element is associated with a given resource.
    #[serde(rename = "tags", default)]
    pub tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "domainNameArn", default)]
    pub domain_name_arn: ::std::option::Option<::std::string::String>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "domainNameId", default)]
    pub domain_name_id: ::std::option::Option<::std::string::String>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "endpointAccessMode", default)]
    pub endpoint_access_mode: ::std::option::Option<crate::types::EndpointAccessMode>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "managementPolicy", default)]
    pub management_policy: ::std::option::Option<::std::string::String>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "policy", default)]
    pub policy: ::std::option::Option<::std::string::String>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "routingMode", default)]
    pub routing_mode: ::std::option::Option<crate::types::RoutingMode>,
}
impl DomainName {
    /// A new [`DomainNameBuilder`](crate::types::builders::DomainNameBuilder).
    pub fn builder() -> crate::types::builders::DomainNameBuilder {
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
pub struct DomainNameAccessAssociation {
    #[serde(rename = "accessAssociationSource", default)]
    pub access_association_source: ::std::option::Option<::std::string::String>,
    #[serde(rename = "accessAssociationSourceType", default)]
    pub access_association_source_type: ::std::option::Option<
        crate::types::AccessAssociationSourceType,
    >,
    #[serde(rename = "domainNameAccessAssociationArn", default)]
    pub domain_name_access_association_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "domainNameArn", default)]
    pub domain_name_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "tags", default)]
    pub tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
}
impl DomainNameAccessAssociation {
    /// A new [`DomainNameAccessAssociationBuilder`](crate::types::builders::DomainNameAccessAssociationBuilder).
    pub fn builder() -> crate::types::builders::DomainNameAccessAssociationBuilder {
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
pub struct DomainNameAccessAssociations {
    #[serde(rename = "item", default)]
    pub items: ::std::option::Option<
        ::std::vec::Vec<crate::types::DomainNameAccessAssociation>,
    >,
    #[serde(rename = "position", default)]
    pub position: ::std::option::Option<::std::string::String>,
}
impl DomainNameAccessAssociations {
    /// A new [`DomainNameAccessAssociationsBuilder`](crate::types::builders::DomainNameAccessAssociationsBuilder).
    pub fn builder() -> crate::types::builders::DomainNameAccessAssociationsBuilder {
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
pub enum DomainNameStatus {
    /// `AVAILABLE`
    Available,
    /// `UPDATING`
    Updating,
    /// `PENDING`
    Pending,
    /// `PENDING_CERTIFICATE_REIMPORT`
    PendingCertificateReimport,
    /// `PENDING_OWNERSHIP_VERIFICATION`
    PendingOwnershipVerification,
    /// `FAILED`
    Failed,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl DomainNameStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Available => "AVAILABLE",
            Self::Updating => "UPDATING",
            Self::Pending => "PENDING",
            Self::PendingCertificateReimport => "PENDING_CERTIFICATE_REIMPORT",
            Self::PendingOwnershipVerification => "PENDING_OWNERSHIP_VERIFICATION",
            Self::Failed => "FAILED",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &[
            "AVAILABLE",
            "UPDATING",
            "PENDING",
            "PENDING_CERTIFICATE_REIMPORT",
            "PENDING_OWNERSHIP_VERIFICATION",
            "FAILED",
        ]
    }
}
impl ::std::convert::From<&str> for DomainNameStatus {
    fn from(s: &str) -> Self {
        match s {
            "AVAILABLE" => Self::Available,
            "UPDATING" => Self::Updating,
            "PENDING" => Self::Pending,
            "PENDING_CERTIFICATE_REIMPORT" => Self::PendingCertificateReimport,
            "PENDING_OWNERSHIP_VERIFICATION" => Self::PendingOwnershipVerification,
            "FAILED" => Self::Failed,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(DomainNameStatus);
/// Represents a collection of DomainName resources.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct DomainNames {
    /// The current page of elements from this collection.
    #[serde(rename = "item", default)]
    pub items: ::std::option::Option<::std::vec::Vec<crate::types::DomainName>>,
    #[serde(rename = "position", default)]
    pub position: ::std::option::Option<::std::string::String>,
}
impl DomainNames {
    /// A new [`DomainNamesBuilder`](crate::types::builders::DomainNamesBuilder).
    pub fn builder() -> crate::types::builders::DomainNamesBuilder {
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
pub enum EndpointAccessMode {
    /// `BASIC`
    Basic,
    /// `STRICT`
    Strict,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl EndpointAccessMode {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Basic => "BASIC",
            Self::Strict => "STRICT",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["BASIC", "STRICT"]
    }
}
impl ::std::convert::From<&str> for EndpointAccessMode {
    fn from(s: &str) -> Self {
        match s {
            "BASIC" => Self::Basic,
            "STRICT" => Self::Strict,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(EndpointAccessMode);
/// The endpoint configuration to indicate the types of endpoints an API (RestApi)
/// or its custom domain name (DomainName) has.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct EndpointConfiguration {
    /// A list of endpoint types of an API (RestApi) or its custom domain name
    /// (DomainName). For an edge-optimized API and its custom domain name, the endpoint
    /// type is `"EDGE"`. For a regional API and its custom domain name, the endpoint
    /// type is `REGIONAL`. For a private API, the endpoint type is `PRIVATE`.
    #[serde(
        rename = "types",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub types: ::std::option::Option<::std::vec::Vec<crate::types::EndpointType>>,
    /// A list of VpcEndpointIds of an API (RestApi) against which to create Route53
    /// ALIASes. It is only supported for `PRIVATE` endpoint type.
    #[serde(
        rename = "vpcEndpointIds",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub vpc_endpoint_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "ipAddressType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ip_address_type: ::std::option::Option<crate::types::IpAddressType>,
}
impl EndpointConfiguration {
    /// A new [`EndpointConfigurationBuilder`](crate::types::builders::EndpointConfigurationBuilder).
    pub fn builder() -> crate::types::builders::EndpointConfigurationBuilder {
        ::std::default::Default::default()
    }
}
/// The endpoint type. The valid values are `EDGE` for edge-optimized API setup,
/// most suitable for mobile applications; `REGIONAL` for regional API endpoint
/// setup, most suitable for calling from AWS Region; and `PRIVATE` for private
/// APIs.
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
pub enum EndpointType {
    /// `REGIONAL`
    Regional,
    /// `EDGE`
    Edge,
    /// `PRIVATE`
    Private,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl EndpointType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Regional => "REGIONAL",
            Self::Edge => "EDGE",
            Self::Private => "PRIVATE",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["REGIONAL", "EDGE", "PRIVATE"]
    }
}
impl ::std::convert::From<&str> for EndpointType {
    fn from(s: &str) -> Self {
        match s {
            "REGIONAL" => Self::Regional,
            "EDGE" => Self::Edge,
            "PRIVATE" => Self::Private,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(EndpointType);
/// The binary blob response to GetExport, which contains the generated SDK.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ExportResponse {
    /// The binary blob response to GetExport, which contains the export.
    #[serde(skip)]
    pub body: ::std::option::Option<crate::runtime::Blob>,
    #[serde(skip)]
    pub content_disposition: ::std::option::Option<::std::string::String>,
    #[serde(skip)]
    pub content_type: ::std::option::Option<::std::string::String>,
}
impl ExportResponse {
    /// A new [`ExportResponseBuilder`](crate::types::builders::ExportResponseBuilder).
    pub fn builder() -> crate::types::builders::ExportResponseBuilder {
        ::std::default::Default::default()
    }
}
/// Request to flush authorizer cache entries on a specified stage.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct FlushStageAuthorizersCacheRequest {
    /// The string identifier of the associated RestApi.
    #[serde(skip)]
    pub rest_api_id: ::std::string::String,
    /// The name of the stage to flush.
    #[serde(skip)]
    pub stage_name: ::std::string::String,
}
impl FlushStageAuthorizersCacheRequest {
    /// A new [`FlushStageAuthorizersCacheRequestBuilder`](crate::types::builders::FlushStageAuthorizersCacheRequestBuilder).
    pub fn builder() -> crate::types::builders::FlushStageAuthorizersCacheRequestBuilder {
        ::std::default::Default::default()
    }
}
/// Requests API Gateway to flush a stage's cache.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct FlushStageCacheRequest {
    /// The string identifier of the associated RestApi.
    #[serde(skip)]
    pub rest_api_id: ::std::string::String,
    /// The name of the stage to flush its cache.
    #[serde(skip)]
    pub stage_name: ::std::string::String,
}
impl FlushStageCacheRequest {
    /// A new [`FlushStageCacheRequestBuilder`](crate::types::builders::FlushStageCacheRequestBuilder).
    pub fn builder() -> crate::types::builders::FlushStageCacheRequestBuilder {
        ::std::default::Default::default()
    }
}
/// A gateway response of a given response type and status code, with optional
/// response parameters and mapping templates.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct GatewayResponse {
    /// A Boolean flag to indicate whether this GatewayResponse is the default gateway
    /// response (`true`) or not (`false`). A default gateway response is one generated
    /// by API Gateway without any customization by an API developer.
    #[serde(rename = "defaultResponse", default)]
    pub default_response: ::std::option::Option<bool>,
    /// Response parameters (paths, query strings and headers) of the GatewayResponse as
    /// a string-to-string map of key-value pairs.
    #[serde(rename = "responseParameters", default)]
    pub response_parameters: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    /// Response templates of the GatewayResponse as a string-to-string map of key-value
    /// pairs.
    #[serde(rename = "responseTemplates", default)]
    pub response_templates: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    /// The response type of the associated GatewayResponse.
    #[serde(rename = "responseType", default)]
    pub response_type: ::std::option::Option<crate::types::GatewayResponseType>,
    /// The HTTP status code for this GatewayResponse.
    #[serde(rename = "statusCode", default)]
    pub status_code: ::std::option::Option<::std::string::String>,
}
impl GatewayResponse {
    /// A new [`GatewayResponseBuilder`](crate::types::builders::GatewayResponseBuilder).
    pub fn builder() -> crate::types::builders::GatewayResponseBuilder {
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
pub enum GatewayResponseType {
    /// `DEFAULT_4XX`
    Default4xx,
    /// `DEFAULT_5XX`
    Default5xx,
    /// `RESOURCE_NOT_FOUND`
    ResourceNotFound,
    /// `UNAUTHORIZED`
    Unauthorized,
    /// `INVALID_API_KEY`
    InvalidApiKey,
    /// `ACCESS_DENIED`
    AccessDenied,
    /// `AUTHORIZER_FAILURE`
    AuthorizerFailure,
    /// `AUTHORIZER_CONFIGURATION_ERROR`
    AuthorizerConfigurationError,
    /// `INVALID_SIGNATURE`
    InvalidSignature,
    /// `EXPIRED_TOKEN`
    ExpiredToken,
    /// `MISSING_AUTHENTICATION_TOKEN`
    MissingAuthenticationToken,
    /// `INTEGRATION_FAILURE`
    IntegrationFailure,
    /// `INTEGRATION_TIMEOUT`
    IntegrationTimeout,
    /// `API_CONFIGURATION_ERROR`
    ApiConfigurationError,
    /// `UNSUPPORTED_MEDIA_TYPE`
    UnsupportedMediaType,
    /// `BAD_REQUEST_PARAMETERS`
    BadRequestParameters,
    /// `BAD_REQUEST_BODY`
    BadRequestBody,
    /// `REQUEST_TOO_LARGE`
    RequestTooLarge,
    /// `THROTTLED`
    Throttled,
    /// `QUOTA_EXCEEDED`
    QuotaExceeded,
    /// `WAF_FILTERED`
    WafFiltered,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl GatewayResponseType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Default4xx => "DEFAULT_4XX",
            Self::Default5xx => "DEFAULT_5XX",
            Self::ResourceNotFound => "RESOURCE_NOT_FOUND",
            Self::Unauthorized => "UNAUTHORIZED",
            Self::InvalidApiKey => "INVALID_API_KEY",
            Self::AccessDenied => "ACCESS_DENIED",
            Self::AuthorizerFailure => "AUTHORIZER_FAILURE",
            Self::AuthorizerConfigurationError => "AUTHORIZER_CONFIGURATION_ERROR",
            Self::InvalidSignature => "INVALID_SIGNATURE",
            Self::ExpiredToken => "EXPIRED_TOKEN",
            Self::MissingAuthenticationToken => "MISSING_AUTHENTICATION_TOKEN",
            Self::IntegrationFailure => "INTEGRATION_FAILURE",
            Self::IntegrationTimeout => "INTEGRATION_TIMEOUT",
            Self::ApiConfigurationError => "API_CONFIGURATION_ERROR",
            Self::UnsupportedMediaType => "UNSUPPORTED_MEDIA_TYPE",
            Self::BadRequestParameters => "BAD_REQUEST_PARAMETERS",
            Self::BadRequestBody => "BAD_REQUEST_BODY",
            Self::RequestTooLarge => "REQUEST_TOO_LARGE",
            Self::Throttled => "THROTTLED",
            Self::QuotaExceeded => "QUOTA_EXCEEDED",
            Self::WafFiltered => "WAF_FILTERED",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &[
            "DEFAULT_4XX",
            "DEFAULT_5XX",
            "RESOURCE_NOT_FOUND",
            "UNAUTHORIZED",
            "INVALID_API_KEY",
            "ACCESS_DENIED",
            "AUTHORIZER_FAILURE",
            "AUTHORIZER_CONFIGURATION_ERROR",
            "INVALID_SIGNATURE",
            "EXPIRED_TOKEN",
            "MISSING_AUTHENTICATION_TOKEN",
            "INTEGRATION_FAILURE",
            "INTEGRATION_TIMEOUT",
            "API_CONFIGURATION_ERROR",
            "UNSUPPORTED_MEDIA_TYPE",
            "BAD_REQUEST_PARAMETERS",
            "BAD_REQUEST_BODY",
            "REQUEST_TOO_LARGE",
            "THROTTLED",
            "QUOTA_EXCEEDED",
            "WAF_FILTERED",
        ]
    }
}
impl ::std::convert::From<&str> for GatewayResponseType {
    fn from(s: &str) -> Self {
        match s {
            "DEFAULT_4XX" => Self::Default4xx,
            "DEFAULT_5XX" => Self::Default5xx,
            "RESOURCE_NOT_FOUND" => Self::ResourceNotFound,
            "UNAUTHORIZED" => Self::Unauthorized,
            "INVALID_API_KEY" => Self::InvalidApiKey,
            "ACCESS_DENIED" => Self::AccessDenied,
            "AUTHORIZER_FAILURE" => Self::AuthorizerFailure,
            "AUTHORIZER_CONFIGURATION_ERROR" => Self::AuthorizerConfigurationError,
            "INVALID_SIGNATURE" => Self::InvalidSignature,
            "EXPIRED_TOKEN" => Self::ExpiredToken,
            "MISSING_AUTHENTICATION_TOKEN" => Self::MissingAuthenticationToken,
            "INTEGRATION_FAILURE" => Self::IntegrationFailure,
            "INTEGRATION_TIMEOUT" => Self::IntegrationTimeout,
            "API_CONFIGURATION_ERROR" => Self::ApiConfigurationError,
            "UNSUPPORTED_MEDIA_TYPE" => Self::UnsupportedMediaType,
            "BAD_REQUEST_PARAMETERS" => Self::BadRequestParameters,
            "BAD_REQUEST_BODY" => Self::BadRequestBody,
            "REQUEST_TOO_LARGE" => Self::RequestTooLarge,
            "THROTTLED" => Self::Throttled,
            "QUOTA_EXCEEDED" => Self::QuotaExceeded,
            "WAF_FILTERED" => Self::WafFiltered,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(GatewayResponseType);
/// The collection of the GatewayResponse instances of a RestApi as a
/// `responseType`-to-GatewayResponse object map of key-value pairs. As such,
/// pagination is not supported for querying this collection.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct GatewayResponses {
    /// Returns the entire collection, because of no pagination support.
    #[serde(rename = "item", default)]
    pub items: ::std::option::Option<::std::vec::Vec<crate::types::GatewayResponse>>,
    #[serde(rename = "position", default)]
    pub position: ::std::option::Option<::std::string::String>,
}
impl GatewayResponses {
    /// A new [`GatewayResponsesBuilder`](crate::types::builders::GatewayResponsesBuilder).
    pub fn builder() -> crate::types::builders::GatewayResponsesBuilder {
        ::std::default::Default::default()
    }
}
/// A request to generate a ClientCertificate resource.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct GenerateClientCertificateRequest {
    /// The description of the ClientCertificate.
    #[serde(
        rename = "description",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
    /// The key-value map of strings. The valid character set is \[a-zA-Z+-=.\_:/\]. The
    /// tag key can be up to 128 characters and must not start with `aws:`. The tag
    /// value can be up to 256 characters.
    #[serde(
        rename = "tags",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
}
impl GenerateClientCertificateRequest {
    /// A new [`GenerateClientCertificateRequestBuilder`](crate::types::builders::GenerateClientCertificateRequestBuilder).
    pub fn builder() -> crate::types::builders::GenerateClientCertificateRequestBuilder {
        ::std::default::Default::default()
    }
}
/// Requests API Gateway to get information about the current Account resource.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct GetAccountRequest {}
impl GetAccountRequest {
    /// A new [`GetAccountRequestBuilder`](crate::types::builders::GetAccountRequestBuilder).
    pub fn builder() -> crate::types::builders::GetAccountRequestBuilder {
        ::std::default::Default::default()
    }
}
/// A request to get information about the current ApiKey resource.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct GetApiKeyRequest {
    /// The identifier of the ApiKey resource.
    #[serde(skip)]
    pub api_key: ::std::string::String,
    /// A boolean flag to specify whether (`true`) or not (`false`) the result contains
    /// the key value.
    #[serde(skip)]
    pub include_value: ::std::option::Option<bool>,
}
impl GetApiKeyRequest {
    /// A new [`GetApiKeyRequestBuilder`](crate::types::builders::GetApiKeyRequestBuilder).
    pub fn builder() -> crate::types::builders::GetApiKeyRequestBuilder {
        ::std::default::Default::default()
    }
}
/// A request to get information about the current ApiKeys resource.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct GetApiKeysRequest {
    /// The identifier of a customer in AWS Marketplace or an external system, such as a
    /// developer portal.
    #[serde(skip)]
    pub customer_id: ::std::option::Option<::std::string::String>,
    /// A boolean flag to specify whether (`true`) or not (`false`) the result contains
    /// key values.
    #[serde(skip)]
    pub include_values: ::std::option::Option<bool>,
    /// The maximum number of returned results per page. The default value is 25 and the
    /// maximum value is 500.
    #[serde(skip)]
    pub limit: ::std::option::Option<i64>,
    /// The name of queried API keys.
    #[serde(skip)]
    pub name_query: ::std::option::Option<::std::string::String>,
    /// The current pagination position in the paged result set.
    #[serde(skip)]
    pub position: ::std::option::Option<::std::string::String>,
}
impl GetApiKeysRequest {
    /// A new [`GetApiKeysRequestBuilder`](crate::types::builders::GetApiKeysRequestBuilder).
    pub fn builder() -> crate::types::builders::GetApiKeysRequestBuilder {
        ::std::default::Default::default()
    }
}
/// Request to describe an existing Authorizer resource.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct GetAuthorizerRequest {
    /// The identifier of the Authorizer resource.
    #[serde(skip)]
    pub authorizer_id: ::std::string::String,
    /// The string identifier of the associated RestApi.
    #[serde(skip)]
    pub rest_api_id: ::std::string::String,
}
impl GetAuthorizerRequest {
    /// A new [`GetAuthorizerRequestBuilder`](crate::types::builders::GetAuthorizerRequestBuilder).
    pub fn builder() -> crate::types::builders::GetAuthorizerRequestBuilder {
        ::std::default::Default::default()
    }
}
/// Request to describe an existing Authorizers resource.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct GetAuthorizersRequest {
    /// The maximum number of returned results per page. The default value is 25 and the
    /// maximum value is 500.
    #[serde(skip)]
    pub limit: ::std::option::Option<i64>,
    /// The current pagination position in the paged result set.
    #[serde(skip)]
    pub position: ::std::option::Option<::std::string::String>,
    /// The string identifier of the associated RestApi.
    #[serde(skip)]
    pub rest_api_id: ::std::string::String,
}
impl GetAuthorizersRequest {
    /// A new [`GetAuthorizersRequestBuilder`](crate::types::builders::GetAuthorizersRequestBuilder).
    pub fn builder() -> crate::types::builders::GetAuthorizersRequestBuilder {
        ::std::default::Default::default()
    }
}
/// Request to describe a BasePathMapping resource.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct GetBasePathMappingRequest {
    /// The base path name that callers of the API must provide as part of the URL after
    /// the domain name. This value must be unique for all of the mappings across a
    /// single API. Specify '(none)' if you do not want callers to specify any base path
    /// name after the domain name.
    #[serde(skip)]
    pub base_path: ::std::string::String,
    /// The domain name of the BasePathMapping resource to be described.
    #[serde(skip)]
    pub domain_name: ::std::string::String,
    #[serde(skip)]
    pub domain_name_id: ::std::option::Option<::std::string::String>,
}
impl GetBasePathMappingRequest {
    /// A new [`GetBasePathMappingRequestBuilder`](crate::types::builders::GetBasePathMappingRequestBuilder).
    pub fn builder() -> crate::types::builders::GetBasePathMappingRequestBuilder {
        ::std::default::Default::default()
    }
}
/// A request to get information about a collection of BasePathMapping resources.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct GetBasePathMappingsRequest {
    /// The domain name of a BasePathMapping resource.
    #[serde(skip)]
    pub domain_name: ::std::string::String,
    #[serde(skip)]
    pub domain_name_id: ::std::option::Option<::std::string::String>,
    /// The maximum number of returned results per page. The default value is 25 and the
    /// maximum value is 500.
    #[serde(skip)]
    pub limit: ::std::option::Option<i64>,
    /// The current pagination position in the paged result set.
    #[serde(skip)]
    pub position: ::std::option::Option<::std::string::String>,
}
impl GetBasePathMappingsRequest {
    /// A new [`GetBasePathMappingsRequestBuilder`](crate::types::builders::GetBasePathMappingsRequestBuilder).
    pub fn builder() -> crate::types::builders::GetBasePathMappingsRequestBuilder {
        ::std::default::Default::default()
    }
}
/// A request to get information about the current ClientCertificate resource.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct GetClientCertificateRequest {
    /// The identifier of the ClientCertificate resource to be described.
    #[serde(skip)]
    pub client_certificate_id: ::std::string::String,
}
impl GetClientCertificateRequest {
    /// A new [`GetClientCertificateRequestBuilder`](crate::types::builders::GetClientCertificateRequestBuilder).
    pub fn builder() -> crate::types::builders::GetClientCertificateRequestBuilder {
        ::std::default::Default::default()
    }
}
/// A request to get information about a collection of ClientCertificate resources.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct GetClientCertificatesRequest {
    /// The maximum number of returned results per page. The default value is 25 and the
    /// maximum value is 500.
    #[serde(skip)]
    pub limit: ::std::option::Option<i64>,
    /// The current pagination position in the paged result set.
    #[serde(skip)]
    pub position: ::std::option::Option<::std::string::String>,
}
impl GetClientCertificatesRequest {
    /// A new [`GetClientCertificatesRequestBuilder`](crate::types::builders::GetClientCertificatesRequestBuilder).
    pub fn builder() -> crate::types::builders::GetClientCertificatesRequestBuilder {
        ::std::default::Default::default()
    }
}
/// Requests API Gateway to get information about a Deployment resource.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct GetDeploymentRequest {
    /// The identifier of the Deployment resource to get information about.
    #[serde(skip)]
    pub deployment_id: ::std::string::String,
    /// A query parameter to retrieve the specified embedded resources of the returned
    /// Deployment resource in the response. In a REST API call, this `embed` parameter
    /// value is a list of comma-separated strings, as in
    /// `GET /restapis/{restapi_id}/deployments/{deployment_id}?embed=var1,var2`. The
    /// SDK and other platform-dependent libraries might use a different format for the
    /// list. Currently, this request supports only retrieval of the embedded API
    /// summary this way. Hence, the parameter value must be a single-valued list
    /// containing only the `"apisummary"` string. For example,
    /// `GET /restapis/{restapi_id}/deployments/{deployment_id}?embed=apisummary`.
    #[serde(skip)]
    pub embed: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// The string identifier of the associated RestApi.
    #[serde(skip)]
    pub rest_api_id: ::std::string::String,
}
impl GetDeploymentRequest {
    /// A new [`GetDeploymentRequestBuilder`](crate::types::builders::GetDeploymentRequestBuilder).
    pub fn builder() -> crate::types::builders::GetDeploymentRequestBuilder {
        ::std::default::Default::default()
    }
}
/// Requests API Gateway to get information about a Deployments collection.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct GetDeploymentsRequest {
    /// The maximum number of returned results per page. The default value is 25 and the
    /// maximum value is 500.
    #[serde(skip)]
    pub limit: ::std::option::Option<i64>,
    /// The current pagination position in the paged result set.
    #[serde(skip)]
    pub position: ::std::option::Option<::std::string::String>,
    /// The string identifier of the associated RestApi.
    #[serde(skip)]
    pub rest_api_id: ::std::string::String,
}
impl GetDeploymentsRequest {
    /// A new [`GetDeploymentsRequestBuilder`](crate::types::builders::GetDeploymentsRequestBuilder).
    pub fn builder() -> crate::types::builders::GetDeploymentsRequestBuilder {
        ::std::default::Default::default()
    }
}
/// Gets a specified documentation part of a given API.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct GetDocumentationPartRequest {
    /// The string identifier of the associated RestApi.
    #[serde(skip)]
    pub documentation_part_id: ::std::string::String,
    /// The string identifier of the associated RestApi.
    #[serde(skip)]
    pub rest_api_id: ::std::string::String,
}
impl GetDocumentationPartRequest {
    /// A new [`GetDocumentationPartRequestBuilder`](crate::types::builders::GetDocumentationPartRequestBuilder).
    pub fn builder() -> crate::types::builders::GetDocumentationPartRequestBuilder {
        ::std::default::Default::default()
    }
}
/// Gets the documentation parts of an API. The result may be filtered by the type,
/// name, or path of API entities (targets).
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct GetDocumentationPartsRequest {
    /// The maximum number of returned results per page. The default value is 25 and the
    /// maximum value is 500.
    #[serde(skip)]
    pub limit: ::std::option::Option<i64>,
    /// The status of the API documentation parts to retrieve. Valid values are
    /// `DOCUMENTED` for retrieving DocumentationPart resources with content and
    /// `UNDOCUMENTED` for DocumentationPart resources without content.
    #[serde(skip)]
    pub location_status: ::std::option::Option<crate::types::LocationStatusType>,
    /// The name of API entities of the to-be-retrieved documentation parts.
    #[serde(skip)]
    pub name_query: ::std::option::Option<::std::string::String>,
    /// The path of API entities of the to-be-retrieved documentation parts.
    #[serde(skip)]
    pub path: ::std::option::Option<::std::string::String>,
    /// The current pagination position in the paged result set.
    #[serde(skip)]
    pub position: ::std::option::Option<::std::string::String>,
    /// The string identifier of the associated RestApi.
    #[serde(skip)]
    pub rest_api_id: ::std::string::String,
    /// The type of API entities of the to-be-retrieved documentation parts.
    #[serde(skip)]
    pub r#type: ::std::option::Option<crate::types::DocumentationPartType>,
}
impl GetDocumentationPartsRequest {
    /// A new [`GetDocumentationPartsRequestBuilder`](crate::types::builders::GetDocumentationPartsRequestBuilder).
    pub fn builder() -> crate::types::builders::GetDocumentationPartsRequestBuilder {
        ::std::default::Default::default()
    }
}
/// Gets a documentation snapshot of an API.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct GetDocumentationVersionRequest {
    /// The version identifier of the to-be-retrieved documentation snapshot.
    #[serde(skip)]
    pub documentation_version: ::std::string::String,
    /// The string identifier of the associated RestApi.
    #[serde(skip)]
    pub rest_api_id: ::std::string::String,
}
impl GetDocumentationVersionRequest {
    /// A new [`GetDocumentationVersionRequestBuilder`](crate::types::builders::GetDocumentationVersionRequestBuilder).
    pub fn builder() -> crate::types::builders::GetDocumentationVersionRequestBuilder {
        ::std::default::Default::default()
    }
}
/// Gets the documentation versions of an API.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct GetDocumentationVersionsRequest {
    /// The maximum number of returned results per page. The default value is 25 and the
    /// maximum value is 500.
    #[serde(skip)]
    pub limit: ::std::option::Option<i64>,
    /// The current pagination position in the paged result set.
    #[serde(skip)]
    pub position: ::std::option::Option<::std::string::String>,
    /// The string identifier of the associated RestApi.
    #[serde(skip)]
    pub rest_api_id: ::std::string::String,
}
impl GetDocumentationVersionsRequest {
    /// A new [`GetDocumentationVersionsRequestBuilder`](crate::types::builders::GetDocumentationVersionsRequestBuilder).
    pub fn builder() -> crate::types::builders::GetDocumentationVersionsRequestBuilder {
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
pub struct GetDomainNameAccessAssociationsRequest {
    #[serde(skip)]
    pub limit: ::std::option::Option<i64>,
    #[serde(skip)]
    pub position: ::std::option::Option<::std::string::String>,
    #[serde(skip)]
    pub resource_owner: ::std::option::Option<crate::types::ResourceOwner>,
}
impl GetDomainNameAccessAssociationsRequest {
    /// A new [`GetDomainNameAccessAssociationsRequestBuilder`](crate::types::builders::GetDomainNameAccessAssociationsRequestBuilder).
    pub fn builder() -> crate::types::builders::GetDomainNameAccessAssociationsRequestBuilder {
        ::std::default::Default::default()
    }
}
/// Request to get the name of a DomainName resource.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct GetDomainNameRequest {
    /// The name of the DomainName resource.
    #[serde(skip)]
    pub domain_name: ::std::string::String,
    #[serde(skip)]
    pub domain_name_id: ::std::option::Option<::std::string::String>,
}
impl GetDomainNameRequest {
    /// A new [`GetDomainNameRequestBuilder`](crate::types::builders::GetDomainNameRequestBuilder).
    pub fn builder() -> crate::types::builders::GetDomainNameRequestBuilder {
        ::std::default::Default::default()
    }
}
/// Request to describe a collection of DomainName resources.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct GetDomainNamesRequest {
    /// The maximum number of returned results per page. The default value is 25 and the
    /// maximum value is 500.
    #[serde(skip)]
    pub limit: ::std::option::Option<i64>,
    /// The current pagination position in the paged result set.
    #[serde(skip)]
    pub position: ::std::option::Option<::std::string::String>,
    #[serde(skip)]
    pub resource_owner: ::std::option::Option<crate::types::ResourceOwner>,
}
impl GetDomainNamesRequest {
    /// A new [`GetDomainNamesRequestBuilder`](crate::types::builders::GetDomainNamesRequestBuilder).
    pub fn builder() -> crate::types::builders::GetDomainNamesRequestBuilder {
        ::std::default::Default::default()
    }
}
/// Request a new export of a RestApi for a particular Stage.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct GetExportRequest {
    /// The content-type of the export, for example `application/json`. Currently
    /// `application/json` and `application/yaml` are supported for `exportType`
    /// of`oas30` and `swagger`. This should be specified in the `Accept` header for
    /// direct API requests.
    #[serde(skip)]
    pub accepts: ::std::option::Option<::std::string::String>,
    /// The type of export. Acceptable values are 'oas30' for OpenAPI 3.0.x and
    /// 'swagger' for Swagger/OpenAPI 2.0.
    #[serde(skip)]
    pub export_type: ::std::string::String,
    /// A key-value map of query string parameters that specify properties of the
    /// export, depending on the requested `exportType`. For `exportType` `oas30` and
    /// `swagger`, any combination of the following parameters are supported:
    /// `extensions='integrations'` or `extensions='apigateway'` will export the API
    /// with x-amazon-apigateway-integration extensions. `extensions='authorizers'` will
    /// export the API with x-amazon-apigateway-authorizer extensions. `postman` will
    /// export the API with Postman extensions, allowing for import to the Postman tool
    #[serde(skip)]
    pub parameters: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    /// The string identifier of the associated RestApi.
    #[serde(skip)]
    pub rest_api_id: ::std::string::String,
    /// The name of the Stage that will be exported.
    #[serde(skip)]
    pub stage_name: ::std::string::String,
}
impl GetExportRequest {
    /// A new [`GetExportRequestBuilder`](crate::types::builders::GetExportRequestBuilder).
    pub fn builder() -> crate::types::builders::GetExportRequestBuilder {
        ::std::default::Default::default()
    }
}
/// Gets a GatewayResponse of a specified response type on the given RestApi.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct GetGatewayResponseRequest {
    /// The response type of the associated GatewayResponse.
    #[serde(skip)]
    pub response_type: crate::types::GatewayResponseType,
    /// The string identifier of the associated RestApi.
    #[serde(skip)]
    pub rest_api_id: ::std::string::String,
}
impl GetGatewayResponseRequest {
    /// A new [`GetGatewayResponseRequestBuilder`](crate::types::builders::GetGatewayResponseRequestBuilder).
    pub fn builder() -> crate::types::builders::GetGatewayResponseRequestBuilder {
        ::std::default::Default::default()
    }
}
/// Gets the GatewayResponses collection on the given RestApi. If an API developer
/// has not added any definitions for gateway responses, the result will be the API
/// Gateway-generated default GatewayResponses collection for the supported response
/// types.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct GetGatewayResponsesRequest {
    /// The maximum number of returned results per page. The default value is 25 and the
    /// maximum value is 500. The GatewayResponses collection does not support
    /// pagination and the limit does not apply here.
    #[serde(skip)]
    pub limit: ::std::option::Option<i64>,
    /// The current pagination position in the paged result set. The GatewayResponse
    /// collection does not support pagination and the position does not apply here.
    #[serde(skip)]
    pub position: ::std::option::Option<::std::string::String>,
    /// The string identifier of the associated RestApi.
    #[serde(skip)]
    pub rest_api_id: ::std::string::String,
}
impl GetGatewayResponsesRequest {
    /// A new [`GetGatewayResponsesRequestBuilder`](crate::types::builders::GetGatewayResponsesRequestBuilder).
    pub fn builder() -> crate::types::builders::GetGatewayResponsesRequestBuilder {
        ::std::default::Default::default()
    }
}
/// Represents a request to get the integration configuration.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct GetIntegrationRequest {
    /// Specifies a get integration request's HTTP method.
    #[serde(skip)]
    pub http_method: ::std::string::String,
    /// Specifies a get integration request's resource identifier
    #[serde(skip)]
    pub resource_id: ::std::string::String,
    /// The string identifier of the associated RestApi.
    #[serde(skip)]
    pub rest_api_id: ::std::string::String,
}
impl GetIntegrationRequest {
    /// A new [`GetIntegrationRequestBuilder`](crate::types::builders::GetIntegrationRequestBuilder).
    pub fn builder() -> crate::types::builders::GetIntegrationRequestBuilder {
        ::std::default::Default::default()
    }
}
/// Represents a get integration response request.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct GetIntegrationResponseRequest {
    /// Specifies a get integration response request's HTTP method.
    #[serde(skip)]
    pub http_method: ::std::string::String,
    /// Specifies a get integration response request's resource identifier.
    #[serde(skip)]
    pub resource_id: ::std::string::String,
    /// The string identifier of the associated RestApi.
    #[serde(skip)]
    pub rest_api_id: ::std::string::String,
    /// Specifies a get integration response request's status code.
    #[serde(skip)]
    pub status_code: ::std::string::String,
}
impl GetIntegrationResponseRequest {
    /// A new [`GetIntegrationResponseRequestBuilder`](crate::types::builders::GetIntegrationResponseRequestBuilder).
    pub fn builder() -> crate::types::builders::GetIntegrationResponseRequestBuilder {
        ::std::default::Default::default()
    }
}
/// Request to describe an existing Method resource.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct GetMethodRequest {
    /// Specifies the method request's HTTP method type.
    #[serde(skip)]
    pub http_method: ::std::string::String,
    /// The Resource identifier for the Method resource.
    #[serde(skip)]
    pub resource_id: ::std::string::String,
    /// The string identifier of the associated RestApi.
    #[serde(skip)]
    pub rest_api_id: ::std::string::String,
}
impl GetMethodRequest {
    /// A new [`GetMethodRequestBuilder`](crate::types::builders::GetMethodRequestBuilder).
    pub fn builder() -> crate::types::builders::GetMethodRequestBuilder {
        ::std::default::Default::default()
    }
}
/// Request to describe a MethodResponse resource.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct GetMethodResponseRequest {
    /// The HTTP verb of the Method resource.
    #[serde(skip)]
    pub http_method: ::std::string::String,
    /// The Resource identifier for the MethodResponse resource.
    #[serde(skip)]
    pub resource_id: ::std::string::String,
    /// The string identifier of the associated RestApi.
    #[serde(skip)]
    pub rest_api_id: ::std::string::String,
    /// The status code for the MethodResponse resource.
    #[serde(skip)]
    pub status_code: ::std::string::String,
}
impl GetMethodResponseRequest {
    /// A new [`GetMethodResponseRequestBuilder`](crate::types::builders::GetMethodResponseRequestBuilder).
    pub fn builder() -> crate::types::builders::GetMethodResponseRequestBuilder {
        ::std::default::Default::default()
    }
}
/// Request to list information about a model in an existing RestApi resource.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct GetModelRequest {
    /// A query parameter of a Boolean value to resolve (`true`) all external model
    /// references and returns a flattened model schema or not (`false`) The default is
    /// `false`.
    #[serde(skip)]
    pub flatten: ::std::option::Option<bool>,
    /// The name of the model as an identifier.
    #[serde(skip)]
    pub model_name: ::std::string::String,
    /// The RestApi identifier under which the Model exists.
    #[serde(skip)]
    pub rest_api_id: ::std::string::String,
}
impl GetModelRequest {
    /// A new [`GetModelRequestBuilder`](crate::types::builders::GetModelRequestBuilder).
    pub fn builder() -> crate::types::builders::GetModelRequestBuilder {
        ::std::default::Default::default()
    }
}
/// Request to generate a sample mapping template used to transform the payload.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct GetModelTemplateRequest {
    /// The name of the model for which to generate a template.
    #[serde(skip)]
    pub model_name: ::std::string::String,
    /// The string identifier of the associated RestApi.
    #[serde(skip)]
    pub rest_api_id: ::std::string::String,
}
impl GetModelTemplateRequest {
    /// A new [`GetModelTemplateRequestBuilder`](crate::types::builders::GetModelTemplateRequestBuilder).
    pub fn builder() -> crate::types::builders::GetModelTemplateRequestBuilder {
        ::std::default::Default::default()
    }
}
/// Request to list existing Models defined for a RestApi resource.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct GetModelsRequest {
    /// The maximum number of returned results per page. The default value is 25 and the
    /// maximum value is 500.
    #[serde(skip)]
    pub limit: ::std::option::Option<i64>,
    /// The current pagination position in the paged result set.
    #[serde(skip)]
    pub position: ::std::option::Option<::std::string::String>,
    /// The string identifier of the associated RestApi.
    #[serde(skip)]
    pub rest_api_id: ::std::string::String,
}
impl GetModelsRequest {
    /// A new [`GetModelsRequestBuilder`](crate::types::builders::GetModelsRequestBuilder).
    pub fn builder() -> crate::types::builders::GetModelsRequestBuilder {
        ::std::default::Default::default()
    }
}
/// Gets a RequestValidator of a given RestApi.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct GetRequestValidatorRequest {
    /// The identifier of the RequestValidator to be retrieved.
    #[serde(skip)]
    pub request_validator_id: ::std::string::String,
    /// The string identifier of the associated RestApi.
    #[serde(skip)]
    pub rest_api_id: ::std::string::String,
}
impl GetRequestValidatorRequest {
    /// A new [`GetRequestValidatorRequestBuilder`](crate::types::builders::GetRequestValidatorRequestBuilder).
    pub fn builder() -> crate::types::builders::GetRequestValidatorRequestBuilder {
        ::std::default::Default::default()
    }
}
/// Gets the RequestValidators collection of a given RestApi.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct GetRequestValidatorsRequest {
    /// The maximum number of returned results per page. The default value is 25 and the
    /// maximum value is 500.
    #[serde(skip)]
    pub limit: ::std::option::Option<i64>,
    /// The current pagination position in the paged result set.
    #[serde(skip)]
    pub position: ::std::option::Option<::std::string::String>,
    /// The string identifier of the associated RestApi.
    #[serde(skip)]
    pub rest_api_id: ::std::string::String,
}
impl GetRequestValidatorsRequest {
    /// A new [`GetRequestValidatorsRequestBuilder`](crate::types::builders::GetRequestValidatorsRequestBuilder).
    pub fn builder() -> crate::types::builders::GetRequestValidatorsRequestBuilder {
        ::std::default::Default::default()
    }
}
/// Request to list information about a resource.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct GetResourceRequest {
    /// A query parameter to retrieve the specified resources embedded in the returned
    /// Resource representation in the response. This `embed` parameter value is a list
    /// of comma-separated strings. Currently, the request supports only retrieval of
    /// the embedded Method resources this way. The query parameter value must be a
    /// single-valued list and contain the `"methods"` string. For example,
    /// `GET /restapis/{restapi_id}/resources/{resource_id}?embed=methods`.
    #[serde(skip)]
    pub embed: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// The identifier for the Resource resource.
    #[serde(skip)]
    pub resource_id: ::std::string::String,
    /// The string identifier of the associated RestApi.
    #[serde(skip)]
    pub rest_api_id: ::std::string::String,
}
impl GetResourceRequest {
    /// A new [`GetResourceRequestBuilder`](crate::types::builders::GetResourceRequestBuilder).
    pub fn builder() -> crate::types::builders::GetResourceRequestBuilder {
        ::std::default::Default::default()
    }
}
/// Request to list information about a collection of resources.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct GetResourcesRequest {
    /// A query parameter used to retrieve the specified resources embedded in the
    /// returned Resources resource in the response. This `embed` parameter value is a
    /// list of comma-separated strings. Currently, the request supports only retrieval
    /// of the embedded Method resources this way. The query parameter value must be a
    /// single-valued list and contain the `"methods"` string. For example,
    /// `GET /restapis/{restapi_id}/resources?embed=methods`.
    #[serde(skip)]
    pub embed: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// The maximum number of returned results per page. The default value is 25 and the
    /// maximum value is 500.
    #[serde(skip)]
    pub limit: ::std::option::Option<i64>,
    /// The current pagination position in the paged result set.
    #[serde(skip)]
    pub position: ::std::option::Option<::std::string::String>,
    /// The string identifier of the associated RestApi.
    #[serde(skip)]
    pub rest_api_id: ::std::string::String,
}
impl GetResourcesRequest {
    /// A new [`GetResourcesRequestBuilder`](crate::types::builders::GetResourcesRequestBuilder).
    pub fn builder() -> crate::types::builders::GetResourcesRequestBuilder {
        ::std::default::Default::default()
    }
}
/// The GET request to list an existing RestApi defined for your collection.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct GetRestApiRequest {
    /// The string identifier of the associated RestApi.
    #[serde(skip)]
    pub rest_api_id: ::std::string::String,
}
impl GetRestApiRequest {
    /// A new [`GetRestApiRequestBuilder`](crate::types::builders::GetRestApiRequestBuilder).
    pub fn builder() -> crate::types::builders::GetRestApiRequestBuilder {
        ::std::default::Default::default()
    }
}
/// The GET request to list existing RestApis defined for your collection.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct GetRestApisRequest {
    /// The maximum number of returned results per page. The default value is 25 and the
    /// maximum value is 500.
    #[serde(skip)]
    pub limit: ::std::option::Option<i64>,
    /// The current pagination position in the paged result set.
    #[serde(skip)]
    pub position: ::std::option::Option<::std::string::String>,
}
impl GetRestApisRequest {
    /// A new [`GetRestApisRequestBuilder`](crate::types::builders::GetRestApisRequestBuilder).
    pub fn builder() -> crate::types::builders::GetRestApisRequestBuilder {
        ::std::default::Default::default()
    }
}
/// Request a new generated client SDK for a RestApi and Stage.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct GetSdkRequest {
    /// A string-to-string key-value map of query parameters `sdkType`-dependent
    /// properties of the SDK. For `sdkType` of `objectivec` or `swift`, a parameter
    /// named `classPrefix` is required. For `sdkType` of `android`, parameters named
    /// `groupId`, `artifactId`, `artifactVersion`, and `invokerPackage` are required.
    /// For `sdkType` of `java`, parameters named `serviceName` and `javaPackageName`
    /// are required.
    #[serde(skip)]
    pub parameters: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    /// The string identifier of the associated RestApi.
    #[serde(skip)]
    pub rest_api_id: ::std::string::String,
    /// The language for the generated SDK. Currently `java`, `javascript`, `android`,
    /// `objectivec` (for iOS), `swift` (for iOS), and `ruby` are supported.
    #[serde(skip)]
    pub sdk_type: ::std::string::String,
    /// The name of the Stage that the SDK will use.
    #[serde(skip)]
    pub stage_name: ::std::string::String,
}
impl GetSdkRequest {
    /// A new [`GetSdkRequestBuilder`](crate::types::builders::GetSdkRequestBuilder).
    pub fn builder() -> crate::types::builders::GetSdkRequestBuilder {
        ::std::default::Default::default()
    }
}
/// Get an SdkType instance.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct GetSdkTypeRequest {
    /// The identifier of the queried SdkType instance.
    #[serde(skip)]
    pub id: ::std::string::String,
}
impl GetSdkTypeRequest {
    /// A new [`GetSdkTypeRequestBuilder`](crate::types::builders::GetSdkTypeRequestBuilder).
    pub fn builder() -> crate::types::builders::GetSdkTypeRequestBuilder {
        ::std::default::Default::default()
    }
}
/// Get the SdkTypes collection.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct GetSdkTypesRequest {
    /// The maximum number of returned results per page. The default value is 25 and the
    /// maximum value is 500.
    #[serde(skip)]
    pub limit: ::std::option::Option<i64>,
    /// The current pagination position in the paged result set.
    #[serde(skip)]
    pub position: ::std::option::Option<::std::string::String>,
}
impl GetSdkTypesRequest {
    /// A new [`GetSdkTypesRequestBuilder`](crate::types::builders::GetSdkTypesRequestBuilder).
    pub fn builder() -> crate::types::builders::GetSdkTypesRequestBuilder {
        ::std::default::Default::default()
    }
}
/// Requests API Gateway to get information about a Stage resource.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct GetStageRequest {
    /// The string identifier of the associated RestApi.
    #[serde(skip)]
    pub rest_api_id: ::std::string::String,
    /// The name of the Stage resource to get information about.
    #[serde(skip)]
    pub stage_name: ::std::string::String,
}
impl GetStageRequest {
    /// A new [`GetStageRequestBuilder`](crate::types::builders::GetStageRequestBuilder).
    pub fn builder() -> crate::types::builders::GetStageRequestBuilder {
        ::std::default::Default::default()
    }
}
/// Requests API Gateway to get information about one or more Stage resources.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct GetStagesRequest {
    /// The stages' deployment identifiers.
    #[serde(skip)]
    pub deployment_id: ::std::option::Option<::std::string::String>,
    /// The string identifier of the associated RestApi.
    #[serde(skip)]
    pub rest_api_id: ::std::string::String,
}
impl GetStagesRequest {
    /// A new [`GetStagesRequestBuilder`](crate::types::builders::GetStagesRequestBuilder).
    pub fn builder() -> crate::types::builders::GetStagesRequestBuilder {
        ::std::default::Default::default()
    }
}
/// Gets the Tags collection for a given resource.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct GetTagsRequest {
    /// (Not currently supported) The maximum number of returned results per page. The
    /// default value is 25 and the maximum value is 500.
    #[serde(skip)]
    pub limit: ::std::option::Option<i64>,
    /// (Not currently supported) The current pagination position in the paged result
    /// set.
    #[serde(skip)]
    pub position: ::std::option::Option<::std::string::String>,
    /// The ARN of a resource that can be tagged.
    #[serde(skip)]
    pub resource_arn: ::std::string::String,
}
impl GetTagsRequest {
    /// A new [`GetTagsRequestBuilder`](crate::types::builders::GetTagsRequestBuilder).
    pub fn builder() -> crate::types::builders::GetTagsRequestBuilder {
        ::std::default::Default::default()
    }
}
/// The GET request to get a usage plan key of a given key identifier.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct GetUsagePlanKeyRequest {
    /// The key Id of the to-be-retrieved UsagePlanKey resource representing a plan
    /// customer.
    #[serde(skip)]
    pub key_id: ::std::string::String,
    /// The Id of the UsagePlan resource representing the usage plan containing the
    /// to-be-retrieved UsagePlanKey resource representing a plan customer.
    #[serde(skip)]
    pub usage_plan_id: ::std::string::String,
}
impl GetUsagePlanKeyRequest {
    /// A new [`GetUsagePlanKeyRequestBuilder`](crate::types::builders::GetUsagePlanKeyRequestBuilder).
    pub fn builder() -> crate::types::builders::GetUsagePlanKeyRequestBuilder {
        ::std::default::Default::default()
    }
}
/// The GET request to get all the usage plan keys representing the API keys added
/// to a specified usage plan.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct GetUsagePlanKeysRequest {
    /// The maximum number of returned results per page. The default value is 25 and the
    /// maximum value is 500.
    #[serde(skip)]
    pub limit: ::std::option::Option<i64>,
    /// A query parameter specifying the name of the to-be-returned usage plan keys.
    #[serde(skip)]
    pub name_query: ::std::option::Option<::std::string::String>,
    /// The current pagination position in the paged result set.
    #[serde(skip)]
    pub position: ::std::option::Option<::std::string::String>,
    /// The Id of the UsagePlan resource representing the usage plan containing the
    /// to-be-retrieved UsagePlanKey resource representing a plan customer.
    #[serde(skip)]
    pub usage_plan_id: ::std::string::String,
}
impl GetUsagePlanKeysRequest {
    /// A new [`GetUsagePlanKeysRequestBuilder`](crate::types::builders::GetUsagePlanKeysRequestBuilder).
    pub fn builder() -> crate::types::builders::GetUsagePlanKeysRequestBuilder {
        ::std::default::Default::default()
    }
}
/// The GET request to get a usage plan of a given plan identifier.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct GetUsagePlanRequest {
    /// The identifier of the UsagePlan resource to be retrieved.
    #[serde(skip)]
    pub usage_plan_id: ::std::string::String,
}
impl GetUsagePlanRequest {
    /// A new [`GetUsagePlanRequestBuilder`](crate::types::builders::GetUsagePlanRequestBuilder).
    pub fn builder() -> crate::types::builders::GetUsagePlanRequestBuilder {
        ::std::default::Default::default()
    }
}
/// The GET request to get all the usage plans of the caller's account.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct GetUsagePlansRequest {
    /// The identifier of the API key associated with the usage plans.
    #[serde(skip)]
    pub key_id: ::std::option::Option<::std::string::String>,
    /// The maximum number of returned results per page. The default value is 25 and the
    /// maximum value is 500.
    #[serde(skip)]
    pub limit: ::std::option::Option<i64>,
    /// The current pagination position in the paged result set.
    #[serde(skip)]
    pub position: ::std::option::Option<::std::string::String>,
}
impl GetUsagePlansRequest {
    /// A new [`GetUsagePlansRequestBuilder`](crate::types::builders::GetUsagePlansRequestBuilder).
    pub fn builder() -> crate::types::builders::GetUsagePlansRequestBuilder {
        ::std::default::Default::default()
    }
}
/// The GET request to get the usage data of a usage plan in a specified time
/// interval.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct GetUsageRequest {
    /// The ending date (e.g., 2016-12-31) of the usage data.
    #[serde(skip)]
    pub end_date: ::std::string::String,
    /// The Id of the API key associated with the resultant usage data.
    #[serde(skip)]
    pub key_id: ::std::option::Option<::std::string::String>,
    /// The maximum number of returned results per page. The default value is 25 and the
    /// maximum value is 500.
    #[serde(skip)]
    pub limit: ::std::option::Option<i64>,
    /// The current pagination position in the paged result set.
    #[serde(skip)]
    pub position: ::std::option::Option<::std::string::String>,
    /// The starting date (e.g., 2016-01-01) of the usage data.
    #[serde(skip)]
    pub start_date: ::std::string::String,
    /// The Id of the usage plan associated with the usage data.
    #[serde(skip)]
    pub usage_plan_id: ::std::string::String,
}
impl GetUsageRequest {
    /// A new [`GetUsageRequestBuilder`](crate::types::builders::GetUsageRequestBuilder).
    pub fn builder() -> crate::types::builders::GetUsageRequestBuilder {
        ::std::default::Default::default()
    }
}
/// Gets a specified VPC link under the caller's account in a region.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct GetVpcLinkRequest {
    /// The identifier of the VpcLink. It is used in an Integration to reference this
    /// VpcLink.
    #[serde(skip)]
    pub vpc_link_id: ::std::string::String,
}
impl GetVpcLinkRequest {
    /// A new [`GetVpcLinkRequestBuilder`](crate::types::builders::GetVpcLinkRequestBuilder).
    pub fn builder() -> crate::types::builders::GetVpcLinkRequestBuilder {
        ::std::default::Default::default()
    }
}
/// Gets the VpcLinks collection under the caller's account in a selected region.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct GetVpcLinksRequest {
    /// The maximum number of returned results per page. The default value is 25 and the
    /// maximum value is 500.
    #[serde(skip)]
    pub limit: ::std::option::Option<i64>,
    /// The current pagination position in the paged result set.
    #[serde(skip)]
    pub position: ::std::option::Option<::std::string::String>,
}
impl GetVpcLinksRequest {
    /// A new [`GetVpcLinksRequestBuilder`](crate::types::builders::GetVpcLinksRequestBuilder).
    pub fn builder() -> crate::types::builders::GetVpcLinksRequestBuilder {
        ::std::default::Default::default()
    }
}
/// The POST request to import API keys from an external source, such as a
/// CSV-formatted file.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct ImportApiKeysRequest {
    /// The payload of the POST request to import API keys. For the payload format, see
    /// API Key File Format.
    #[serde(skip)]
    pub body: crate::runtime::Blob,
    /// A query parameter to indicate whether to rollback ApiKey importation (`true`) or
    /// not (`false`) when error is encountered.
    #[serde(skip)]
    pub fail_on_warnings: ::std::option::Option<bool>,
    /// A query parameter to specify the input format to imported API keys. Currently,
    /// only the `csv` format is supported.
    #[serde(skip)]
    pub format: crate::types::ApiKeysFormat,
}
impl ImportApiKeysRequest {
    /// A new [`ImportApiKeysRequestBuilder`](crate::types::builders::ImportApiKeysRequestBuilder).
    pub fn builder() -> crate::types::builders::ImportApiKeysRequestBuilder {
        ::std::default::Default::default()
    }
}
/// Import documentation parts from an external (e.g., OpenAPI) definition file.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct ImportDocumentationPartsRequest {
    /// Raw byte array representing the to-be-imported documentation parts. To import
    /// from an OpenAPI file, this is a JSON object.
    #[serde(skip)]
    pub body: crate::runtime::Blob,
    /// A query parameter to specify whether to rollback the documentation importation
    /// (`true`) or not (`false`) when a warning is encountered. The default value is
    /// `false`.
    #[serde(skip)]
    pub fail_on_warnings: ::std::option::Option<bool>,
    /// A query parameter to indicate whether to overwrite (`OVERWRITE`) any existing
    /// DocumentationParts definition or to merge (`MERGE`) the new definition into the
    /// existing one. The default value is `MERGE`.
    #[serde(skip)]
    pub mode: ::std::option::Option<crate::types::PutMode>,
    /// The string identifier of the associated RestApi.
    #[serde(skip)]
    pub rest_api_id: ::std::string::String,
}
impl ImportDocumentationPartsRequest {
    /// A new [`ImportDocumentationPartsRequestBuilder`](crate::types::builders::ImportDocumentationPartsRequestBuilder).
    pub fn builder() -> crate::types::builders::ImportDocumentationPartsRequestBuilder {
        ::std::default::Default::default()
    }
}
/// A POST request to import an API to API Gateway using an input of an API
/// definition file.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct ImportRestApiRequest {
    /// The POST request body containing external API definitions. Currently, only
    /// OpenAPI definition JSON/YAML files are supported. The maximum size of the API
    /// definition file is 6MB.
    #[serde(skip)]
    pub body: crate::runtime::Blob,
    /// A query parameter to indicate whether to rollback the API creation (`true`) or
    /// not (`false`) when a warning is encountered. The default value is `false`.
    #[serde(skip)]
    pub fail_on_warnings: ::std::option::Option<bool>,
    /// A key-value map of context-specific query string parameters specifying the
    /// behavior of different API importing operations. The following shows
    /// operation-specific parameters and their supported values.
    ///
    /// To exclude DocumentationParts from the import, set `parameters` as
    /// `ignore=documentation`.
    ///
    /// To configure the endpoint type, set `parameters` as
    /// `endpointConfigurationTypes=EDGE`, `endpointConfigurationTypes=REGIONAL`, or
    /// `endpointConfigurationTypes=PRIVATE`. The default endpoint type is `EDGE`.
    ///
    /// To handle imported `basepath`, set `parameters` as `basepath=ignore`,
    /// `basepath=prepend` or `basepath=split`.
    ///
    /// For example, the AWS CLI command to exclude documentation from the imported API
    /// is:
    ///
    /// The AWS CLI command to set the regional endpoint on the imported API is:
    #[serde(skip)]
    pub parameters: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
}
impl ImportRestApiRequest {
    /// A new [`ImportRestApiRequestBuilder`](crate::types::builders::ImportRestApiRequestBuilder).
    pub fn builder() -> crate::types::builders::ImportRestApiRequestBuilder {
        ::std::default::Default::default()
    }
}
/// Represents an HTTP, HTTP_PROXY, AWS, AWS_PROXY, or Mock integration.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct Integration {
    /// A list of request parameters whose values API Gateway caches. To be valid values
    /// for `cacheKeyParameters`, these parameters must also be specified for Method
    /// `requestParameters`.
    #[serde(rename = "cacheKeyParameters", default)]
    pub cache_key_parameters: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    /// Specifies a group of related cached parameters. By default, API Gateway uses the
    /// resource ID as the `cacheNamespace`. You can specify the same `cacheNamespace`
    /// across resources to return the same cached data for requests to different
    /// resources.
    #[serde(rename = "cacheNamespace", default)]
    pub cache_namespace: ::std::option::Option<::std::string::String>,
    /// The ID of the VpcLink used for the integration when `connectionType=VPC_LINK`
    /// and undefined, otherwise.
    #[serde(rename = "connectionId", default)]
    pub connection_id: ::std::option::Option<::std::string::String>,
    /// The type of the network connection to the integration endpoint. The valid value
    /// is `INTERNET` for connections through the public routable internet or `VPC_LINK`
    /// for private connections between API Gateway and a network load balancer in a
    /// VPC. The default value is `INTERNET`.
    #[serde(rename = "connectionType", default)]
    pub connection_type: ::std::option::Option<crate::types::ConnectionType>,
    /// Specifies how to handle request payload content type conversions. Supported
    /// values are `CONVERT_TO_BINARY` and `CONVERT_TO_TEXT`, with the following
    /// behaviors:
    ///
    /// If this property is not defined, the request payload will be passed through from
    /// the method request to integration request without modification, provided that
    /// the `passthroughBehavior` is configured to support payload pass-through.
    #[serde(rename = "contentHandling", default)]
    pub content_handling: ::std::option::Option<crate::types::ContentHandlingStrategy>,
    /// Specifies the credentials required for the integration, if any. For AWS
    /// integrations, three options are available. To specify an IAM Role for API
    /// Gateway to assume, use the role's Amazon Resource Name (ARN). To require that
    /// the caller's identity be passed through from the request, specify the string
    /// `arn:aws:iam::\*:user/\*`. To use resource-based permissions on supported AWS
    /// services, specify null.
    #[serde(rename = "credentials", default)]
    pub credentials: ::std::option::Option<::std::string::String>,
    /// Specifies the integration's HTTP method type.
    #[serde(rename = "httpMethod", default)]
    pub http_method: ::std::option::Option<::std::string::String>,
    /// Specifies the integration's responses.
    #[serde(rename = "integrationResponses", default)]
    pub integration_responses: ::std::option::Option<
        ::std::collections::HashMap<
            ::std::string::String,
            crate::types::IntegrationResponse,
        >,
    >,
    /// Specifies how the method request body of an unmapped content type will be passed
    /// through the integration request to the back end without transformation. A
    /// content type is unmapped if no mapping template is defined in the integration or
    /// the content type does not match any of the mapped content types, as specified in
    /// `requestTemplates`. The valid value is one of the following: `WHEN_NO_MATCH`:
    /// passes the method request body through the integration request to the back end
    /// without transformation when the method request content type does not match any
    /// content type associated with the mapping templates defined in the integration
    /// request. `WHEN_NO_TEMPLATES`: passes the method request body through the
    /// integration request to the back end without transformation when no mapping
    /// template is defined in the integration request. If a template is defined when
    /// this option is selected, the method request of an unmapped content-type will be
    /// rejected with an HTTP 415 Unsupported Media Type response. `NEVER`: rejects the
    /// method request with an HTTP 415 Unsupported Media Type response when either the
    /// method request content type does not match any content type associated with the
    /// mapping templates defined in the integration request or no mapping template is
    /// defined in the integration request.
    #[serde(rename = "passthroughBehavior", default)]
    pub passthrough_behavior: ::std::option::Option<::std::string::String>,
    /// A key-value map specifying request parameters that are passed from the method
    /// request to the back end. The key is an integration request parameter name and
    /// the associated value is a method request parameter value or static value that
    /// must be enclosed within single quotes and pre-encoded as required by the back
    /// end. The method request parameter value must match the pattern of
    /// `method.request.{location}.{name}`, where `location` is `querystring`, `path`,
    /// or `header` and `name` must be a valid and unique method request parameter name.
    #[serde(rename = "requestParameters", default)]
    pub request_parameters: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    /// Represents a map of Velocity templates that are applied on the request payload
    /// based on the value of the Content-Type header sent by the client. The content
    /// type value is the key in this map, and the template (as a String) is the value.
    #[serde(rename = "requestTemplates", default)]
    pub request_templates: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    /// Custom timeout between 50 and 29,000 milliseconds. The default value is 29,000
    /// milliseconds or 29 seconds.
    #[serde(rename = "timeoutInMillis", default)]
    pub timeout_in_millis: ::std::option::Option<i64>,
    /// Specifies the TLS configuration for an integration.
    #[serde(rename = "tlsConfig", default)]
    pub tls_config: ::std::option::Option<crate::types::TlsConfig>,
    /// Specifies an API method integration type. The valid value is one of the
    /// following:
    ///
    /// For the HTTP and HTTP proxy integrations, each integration can specify a
    /// protocol (`http/https`), port and path. Standard 80 and 443 ports are supported
    /// as well as custom ports above 1024. An HTTP or HTTP proxy integration with a
    /// `connectionType` of `VPC_LINK` is referred to as a private integration and uses
    /// a VpcLink to connect API Gateway to a network load balancer of a VPC.
    #[serde(rename = "type", default)]
    pub r#type: ::std::option::Option<crate::types::IntegrationType>,
    /// Specifies Uniform Resource Identifier (URI) of the integration endpoint.
    ///
    /// For `HTTP` or `HTTP_PROXY` integrations, the URI must be a fully formed, encoded
    /// HTTP(S) URL according to the RFC-3986 specification, for either standard
    /// integration, where `connectionType` is not `VPC_LINK`, or private integration,
    /// where `connectionType` is `VPC_LINK`. For a private HTTP integration, the URI is
    /// not used for routing. For `AWS` or `AWS_PROXY` integrations, the URI is of the
    /// form
    /// `arn:aws:apigateway:{region}:{subdomain.service|service}:path|action/{service_api}`.
    /// Here, {Region} is the API Gateway region (e.g., us-east-1); {service} is the
    /// name of the integrated Amazon Web Services service (e.g., s3); and {subdomain}
    /// is a designated subdomain supported by certain Amazon Web Services service for
    /// fast host-name lookup. action can be used for an Amazon Web Services service
    /// action-based API, using an Action={name}&{p1}={v1}&p2={v2}... query string. The
    /// ensuing {service_api} refers to a supported action {name} plus any required
    /// input parameters. Alternatively, path can be used for an AWS service path-based
    /// API. The ensuing service_api refers to the path to an Amazon Web Services
    /// service resource, including the region of the integrated Amazon Web Services
    /// service, if applicable. For example, for integration with the S3 API of
    /// GetObject, the uri can be either
    /// `arn:aws:apigateway:us-west-2:s3:action/GetObject&Bucket={bucket}&Key={key}` or
    /// `arn:aws:apigateway:us-west-2:s3:path/{bucket}/{key}`
    #[serde(rename = "uri", default)]
    pub uri: ::std::option::Option<::std::string::String>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "integrationTarget", default)]
    pub integration_target: ::std::option::Option<::std::string::String>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "responseTransferMode", default)]
    pub response_transfer_mode: ::std::option::Option<
        crate::types::ResponseTransferMode,
    >,
}
impl Integration {
    /// A new [`IntegrationBuilder`](crate::types::builders::IntegrationBuilder).
    pub fn builder() -> crate::types::builders::IntegrationBuilder {
        ::std::default::Default::default()
    }
}
/// Represents an integration response. The status code must map to an existing
/// MethodResponse, and parameters and templates can be used to transform the
/// back-end response.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct IntegrationResponse {
    /// Specifies how to handle response payload content type conversions. Supported
    /// values are `CONVERT_TO_BINARY` and `CONVERT_TO_TEXT`, with the following
    /// behaviors:
    ///
    /// If this property is not defined, the response payload will be passed through
    /// from the integration response to the method response without modification.
    #[serde(rename = "contentHandling", default)]
    pub content_handling: ::std::option::Option<crate::types::ContentHandlingStrategy>,
    /// A key-value map specifying response parameters that are passed to the method
    /// response from the back end. The key is a method response header parameter name
    /// and the mapped value is an integration response header value, a static value
    /// enclosed within a pair of single quotes, or a JSON expression from the
    /// integration response body. The mapping key must match the pattern of
    /// `method.response.header.{name}`, where `name` is a valid and unique header name.
    /// The mapped non-static value must match the pattern of
    /// `integration.response.header.{name}` or
    /// `integration.response.body.{JSON-expression}`, where `name` is a valid and
    /// unique response header name and `JSON-expression` is a valid JSON expression
    /// without the `$` prefix.
    #[serde(rename = "responseParameters", default)]
    pub response_parameters: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    /// Specifies the templates used to transform the integration response body.
    /// Response templates are represented as a key/value map, with a content-type as
    /// the key and a template as the value.
    #[serde(rename = "responseTemplates", default)]
    pub response_templates: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    /// Specifies the regular expression (regex) pattern used to choose an integration
    /// response based on the response from the back end. For example, if the success
    /// response returns nothing and the error response returns some string, you could
    /// use the `.+` regex to match error response. However, make sure that the error
    /// response does not contain any newline (`\n`) character in such cases. If the
    /// back end is an AWS Lambda function, the AWS Lambda function error header is
    /// matched. For all other HTTP and AWS back ends, the HTTP status code is matched.
    #[serde(rename = "selectionPattern", default)]
    pub selection_pattern: ::std::option::Option<::std::string::String>,
    /// Specifies the status code that is used to map the integration response to an
    /// existing MethodResponse.
    #[serde(rename = "statusCode", default)]
    pub status_code: ::std::option::Option<::std::string::String>,
}
impl IntegrationResponse {
    /// A new [`IntegrationResponseBuilder`](crate::types::builders::IntegrationResponseBuilder).
    pub fn builder() -> crate::types::builders::IntegrationResponseBuilder {
        ::std::default::Default::default()
    }
}
/// The integration type. The valid value is `HTTP` for integrating an API method
/// with an HTTP backend; `AWS` with any AWS service endpoints; `MOCK` for testing
/// without actually invoking the backend; `HTTP_PROXY` for integrating with the
/// HTTP proxy integration; `AWS_PROXY` for integrating with the Lambda proxy
/// integration.
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
    /// `HTTP`
    Http,
    /// `AWS`
    Aws,
    /// `MOCK`
    Mock,
    /// `HTTP_PROXY`
    HttpProxy,
    /// `AWS_PROXY`
    AwsProxy,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl IntegrationType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Http => "HTTP",
            Self::Aws => "AWS",
            Self::Mock => "MOCK",
            Self::HttpProxy => "HTTP_PROXY",
            Self::AwsProxy => "AWS_PROXY",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["HTTP", "AWS", "MOCK", "HTTP_PROXY", "AWS_PROXY"]
    }
}
impl ::std::convert::From<&str> for IntegrationType {
    fn from(s: &str) -> Self {
        match s {
            "HTTP" => Self::Http,
            "AWS" => Self::Aws,
            "MOCK" => Self::Mock,
            "HTTP_PROXY" => Self::HttpProxy,
            "AWS_PROXY" => Self::AwsProxy,
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
    ::std::cmp::Eq,
    ::std::hash::Hash,
    ::std::cmp::PartialOrd,
    ::std::cmp::Ord,
    ::std::fmt::Debug
)]
#[non_exhaustive]
pub enum IpAddressType {
    /// `ipv4`
    Ipv4,
    /// `dualstack`
    Dualstack,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl IpAddressType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Ipv4 => "ipv4",
            Self::Dualstack => "dualstack",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["ipv4", "dualstack"]
    }
}
impl ::std::convert::From<&str> for IpAddressType {
    fn from(s: &str) -> Self {
        match s {
            "ipv4" => Self::Ipv4,
            "dualstack" => Self::Dualstack,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(IpAddressType);
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
pub struct JwtAdditionalClaim {
    #[serde(rename = "claimName", default)]
    pub claim_name: ::std::string::String,
    #[serde(
        rename = "expectedValues",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub expected_values: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "format")]
    pub format: crate::types::JwtClaimFormat,
    #[serde(
        rename = "required",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub required: ::std::option::Option<bool>,
}
impl JwtAdditionalClaim {
    /// A new [`JwtAdditionalClaimBuilder`](crate::types::builders::JwtAdditionalClaimBuilder).
    pub fn builder() -> crate::types::builders::JwtAdditionalClaimBuilder {
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
pub enum JwtClaimFormat {
    /// `SINGLE_STRING`
    SingleString,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl JwtClaimFormat {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::SingleString => "SINGLE_STRING",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["SINGLE_STRING"]
    }
}
impl ::std::convert::From<&str> for JwtClaimFormat {
    fn from(s: &str) -> Self {
        match s {
            "SINGLE_STRING" => Self::SingleString,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(JwtClaimFormat);
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
pub struct JwtConfiguration {
    #[serde(rename = "defaultAlgorithms", default)]
    pub default_algorithms: ::std::option::Option<
        ::std::vec::Vec<crate::types::JwtSigningAlgorithm>,
    >,
    #[serde(rename = "issuers", default)]
    pub issuers: ::std::option::Option<::std::vec::Vec<crate::types::JwtIssuer>>,
}
impl JwtConfiguration {
    /// A new [`JwtConfigurationBuilder`](crate::types::builders::JwtConfigurationBuilder).
    pub fn builder() -> crate::types::builders::JwtConfigurationBuilder {
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
pub struct JwtConfigurationInput {
    #[serde(rename = "defaultAlgorithms")]
    pub default_algorithms: ::std::vec::Vec<crate::types::JwtSigningAlgorithm>,
    #[serde(rename = "issuers")]
    pub issuers: ::std::vec::Vec<crate::types::JwtIssuerInput>,
}
impl JwtConfigurationInput {
    /// A new [`JwtConfigurationInputBuilder`](crate::types::builders::JwtConfigurationInputBuilder).
    pub fn builder() -> crate::types::builders::JwtConfigurationInputBuilder {
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
pub struct JwtIssuer {
    #[serde(rename = "additionalClaims", default)]
    pub additional_claims: ::std::option::Option<
        ::std::vec::Vec<crate::types::JwtAdditionalClaim>,
    >,
    #[serde(rename = "audiences", default)]
    pub audiences: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "issuer", default)]
    pub issuer: ::std::option::Option<::std::string::String>,
    #[serde(rename = "jwksUri", default)]
    pub jwks_uri: ::std::option::Option<::std::string::String>,
}
impl JwtIssuer {
    /// A new [`JwtIssuerBuilder`](crate::types::builders::JwtIssuerBuilder).
    pub fn builder() -> crate::types::builders::JwtIssuerBuilder {
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
pub struct JwtIssuerInput {
    #[serde(
        rename = "additionalClaims",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub additional_claims: ::std::option::Option<
        ::std::vec::Vec<crate::types::JwtAdditionalClaim>,
    >,
    #[serde(rename = "audiences")]
    pub audiences: ::std::vec::Vec<::std::string::String>,
    #[serde(rename = "issuer")]
    pub issuer: ::std::string::String,
}
impl JwtIssuerInput {
    /// A new [`JwtIssuerInputBuilder`](crate::types::builders::JwtIssuerInputBuilder).
    pub fn builder() -> crate::types::builders::JwtIssuerInputBuilder {
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
pub enum JwtSigningAlgorithm {
    /// `RS256`
    Rs256,
    /// `RS384`
    Rs384,
    /// `RS512`
    Rs512,
    /// `ES256`
    Es256,
    /// `ES384`
    Es384,
    /// `ES512`
    Es512,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl JwtSigningAlgorithm {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Rs256 => "RS256",
            Self::Rs384 => "RS384",
            Self::Rs512 => "RS512",
            Self::Es256 => "ES256",
            Self::Es384 => "ES384",
            Self::Es512 => "ES512",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["RS256", "RS384", "RS512", "ES256", "ES384", "ES512"]
    }
}
impl ::std::convert::From<&str> for JwtSigningAlgorithm {
    fn from(s: &str) -> Self {
        match s {
            "RS256" => Self::Rs256,
            "RS384" => Self::Rs384,
            "RS512" => Self::Rs512,
            "ES256" => Self::Es256,
            "ES384" => Self::Es384,
            "ES512" => Self::Es512,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(JwtSigningAlgorithm);
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
pub enum LocationStatusType {
    /// `DOCUMENTED`
    Documented,
    /// `UNDOCUMENTED`
    Undocumented,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl LocationStatusType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Documented => "DOCUMENTED",
            Self::Undocumented => "UNDOCUMENTED",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["DOCUMENTED", "UNDOCUMENTED"]
    }
}
impl ::std::convert::From<&str> for LocationStatusType {
    fn from(s: &str) -> Self {
        match s {
            "DOCUMENTED" => Self::Documented,
            "UNDOCUMENTED" => Self::Undocumented,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(LocationStatusType);
/// Represents a client-facing interface by which the client calls the API to access
/// back-end resources. A Method resource is integrated with an Integration
/// resource. Both consist of a request and one or more responses. The method
/// request takes the client input that is passed to the back end through the
/// integration request. A method response returns the output from the back end to
/// the client through an integration response. A method request is embodied in a
/// Method resource, whereas an integration request is embodied in an Integration
/// resource. On the other hand, a method response is represented by a
/// MethodResponse resource, whereas an integration response is represented by an
/// IntegrationResponse resource.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct Method {
    /// A boolean flag specifying whether a valid ApiKey is required to invoke this
    /// method.
    #[serde(rename = "apiKeyRequired", default)]
    pub api_key_required: ::std::option::Option<bool>,
    /// A list of authorization scopes configured on the method. The scopes are used
    /// with a `COGNITO_USER_POOLS` authorizer to authorize the method invocation. The
    /// authorization works by matching the method scopes against the scopes parsed from
    /// the access token in the incoming request. The method invocation is authorized if
    /// any method scopes matches a claimed scope in the access token. Otherwise, the
    /// invocation is not authorized. When the method scope is configured, the client
    /// must provide an access token instead of an identity token for authorization
    /// purposes.
    #[serde(rename = "authorizationScopes", default)]
    pub authorization_scopes: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    /// The method's authorization type. Valid values are `NONE` for open access,
    /// `AWS_IAM` for using AWS IAM permissions, `CUSTOM` for using a custom authorizer,
    /// or `COGNITO_USER_POOLS` for using a Cognito user pool.
    #[serde(rename = "authorizationType", default)]
    pub authorization_type: ::std::option::Option<::std::string::String>,
    /// The identifier of an Authorizer to use on this method. The `authorizationType`
    /// must be `CUSTOM`.
    #[serde(rename = "authorizerId", default)]
    pub authorizer_id: ::std::option::Option<::std::string::String>,
    /// The method's HTTP verb.
    #[serde(rename = "httpMethod", default)]
    pub http_method: ::std::option::Option<::std::string::String>,
    /// Gets the method's integration responsible for passing the client-submitted
    /// request to the back end and performing necessary transformations to make the
    /// request compliant with the back end.
    #[serde(rename = "methodIntegration", default)]
    pub method_integration: ::std::option::Option<crate::types::Integration>,
    /// Gets a method response associated with a given HTTP status code.
    #[serde(rename = "methodResponses", default)]
    pub method_responses: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, crate::types::MethodResponse>,
    >,
    /// A human-friendly operation identifier for the method. For example, you can
    /// assign the `operationName` of `ListPets` for the `GET /pets` method in the
    /// `PetStore` example.
    #[serde(rename = "operationName", default)]
    pub operation_name: ::std::option::Option<::std::string::String>,
    /// A key-value map specifying data schemas, represented by Model resources, (as the
    /// mapped value) of the request payloads of given content types (as the mapping
    /// key).
    #[serde(rename = "requestModels", default)]
    pub request_models: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    /// A key-value map defining required or optional method request parameters that can
    /// be accepted by API Gateway. A key is a method request parameter name matching
    /// the pattern of `method.request.{location}.{name}`, where `location` is
    /// `querystring`, `path`, or `header` and `name` is a valid and unique parameter
    /// name. The value associated with the key is a Boolean flag indicating whether the
    /// parameter is required (`true`) or optional (`false`). The method request
    /// parameter names defined here are available in Integration to be mapped to
    /// integration request parameters or templates.
    #[serde(rename = "requestParameters", default)]
    pub request_parameters: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, bool>,
    >,
    /// The identifier of a RequestValidator for request validation.
    #[serde(rename = "requestValidatorId", default)]
    pub request_validator_id: ::std::option::Option<::std::string::String>,
}
impl Method {
    /// A new [`MethodBuilder`](crate::types::builders::MethodBuilder).
    pub fn builder() -> crate::types::builders::MethodBuilder {
        ::std::default::Default::default()
    }
}
/// Represents a method response of a given HTTP status code returned to the client.
/// The method response is passed from the back end through the associated
/// integration response that can be transformed using a mapping template.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct MethodResponse {
    /// Specifies the Model resources used for the response's content-type. Response
    /// models are represented as a key/value map, with a content-type as the key and a
    /// Model name as the value.
    #[serde(rename = "responseModels", default)]
    pub response_models: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    /// A key-value map specifying required or optional response parameters that API
    /// Gateway can send back to the caller. A key defines a method response header and
    /// the value specifies whether the associated method response header is required or
    /// not. The expression of the key must match the pattern
    /// `method.response.header.{name}`, where `name` is a valid and unique header name.
    /// API Gateway passes certain integration response data to the method response
    /// headers specified here according to the mapping you prescribe in the API's
    /// IntegrationResponse. The integration response data that can be mapped include an
    /// integration response header expressed in `integration.response.header.{name}`, a
    /// static value enclosed within a pair of single quotes (e.g.,
    /// `'application/json'`), or a JSON expression from the back-end response payload
    /// in the form of `integration.response.body.{JSON-expression}`, where
    /// `JSON-expression` is a valid JSON expression without the `$` prefix.)
    #[serde(rename = "responseParameters", default)]
    pub response_parameters: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, bool>,
    >,
    /// The method response's status code.
    #[serde(rename = "statusCode", default)]
    pub status_code: ::std::option::Option<::std::string::String>,
}
impl MethodResponse {
    /// A new [`MethodResponseBuilder`](crate::types::builders::MethodResponseBuilder).
    pub fn builder() -> crate::types::builders::MethodResponseBuilder {
        ::std::default::Default::default()
    }
}
/// Specifies the method setting properties.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct MethodSetting {
    /// Specifies whether the cached responses are encrypted. The PATCH path for this
    /// setting is `/{method_setting_key}/caching/dataEncrypted`, and the value is a
    /// Boolean.
    #[serde(rename = "cacheDataEncrypted", default)]
    pub cache_data_encrypted: ::std::option::Option<bool>,
    /// Specifies the time to live (TTL), in seconds, for cached responses. The higher
    /// the TTL, the longer the response will be cached. The PATCH path for this setting
    /// is `/{method_setting_key}/caching/ttlInSeconds`, and the value is an integer.
    #[serde(rename = "cacheTtlInSeconds", default)]
    pub cache_ttl_in_seconds: ::std::option::Option<i64>,
    /// Specifies whether responses should be cached and returned for requests. A cache
    /// cluster must be enabled on the stage for responses to be cached. The PATCH path
    /// for this setting is `/{method_setting_key}/caching/enabled`, and the value is a
    /// Boolean.
    #[serde(rename = "cachingEnabled", default)]
    pub caching_enabled: ::std::option::Option<bool>,
    /// Specifies whether data trace logging is enabled for this method, which affects
    /// the log entries pushed to Amazon CloudWatch Logs. The PATCH path for this
    /// setting is `/{method_setting_key}/logging/dataTrace`, and the value is a
    /// Boolean.
    #[serde(rename = "dataTraceEnabled", default)]
    pub data_trace_enabled: ::std::option::Option<bool>,
    /// Specifies the logging level for this method, which affects the log entries
    /// pushed to Amazon CloudWatch Logs. The PATCH path for this setting is
    /// `/{method_setting_key}/logging/loglevel`, and the available levels are `OFF`,
    /// `ERROR`, and `INFO`. Choose `ERROR` to write only error-level entries to
    /// CloudWatch Logs, or choose `INFO` to include all `ERROR` events as well as extra
    /// informational events.
    #[serde(rename = "loggingLevel", default)]
    pub logging_level: ::std::option::Option<::std::string::String>,
    /// Specifies whether Amazon CloudWatch metrics are enabled for this method. The
    /// PATCH path for this setting is `/{method_setting_key}/metrics/enabled`, and the
    /// value is a Boolean.
    #[serde(rename = "metricsEnabled", default)]
    pub metrics_enabled: ::std::option::Option<bool>,
    /// Specifies whether authorization is required for a cache invalidation request.
    /// The PATCH path for this setting is
    /// `/{method_setting_key}/caching/requireAuthorizationForCacheControl`, and the
    /// value is a Boolean.
    #[serde(rename = "requireAuthorizationForCacheControl", default)]
    pub require_authorization_for_cache_control: ::std::option::Option<bool>,
    /// Specifies the throttling burst limit. The PATCH path for this setting is
    /// `/{method_setting_key}/throttling/burstLimit`, and the value is an integer.
    #[serde(rename = "throttlingBurstLimit", default)]
    pub throttling_burst_limit: ::std::option::Option<i64>,
    /// Specifies the throttling rate limit. The PATCH path for this setting is
    /// `/{method_setting_key}/throttling/rateLimit`, and the value is a double.
    #[serde(rename = "throttlingRateLimit", default)]
    pub throttling_rate_limit: ::std::option::Option<f64>,
    /// Specifies how to handle unauthorized requests for cache invalidation. The PATCH
    /// path for this setting is
    /// `/{method_setting_key}/caching/unauthorizedCacheControlHeaderStrategy`, and the
    /// available values are `FAIL_WITH_403`, `SUCCEED_WITH_RESPONSE_HEADER`,
    /// `SUCCEED_WITHOUT_RESPONSE_HEADER`.
    #[serde(rename = "unauthorizedCacheControlHeaderStrategy", default)]
    pub unauthorized_cache_control_header_strategy: ::std::option::Option<
        crate::types::UnauthorizedCacheControlHeaderStrategy,
    >,
}
impl MethodSetting {
    /// A new [`MethodSettingBuilder`](crate::types::builders::MethodSettingBuilder).
    pub fn builder() -> crate::types::builders::MethodSettingBuilder {
        ::std::default::Default::default()
    }
}
/// Represents a summary of a Method resource, given a particular date and time.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct MethodSnapshot {
    /// Specifies whether the method requires a valid ApiKey.
    #[serde(rename = "apiKeyRequired", default)]
    pub api_key_required: ::std::option::Option<bool>,
    /// The method's authorization type. Valid values are `NONE` for open access,
    /// `AWS_IAM` for using AWS IAM permissions, `CUSTOM` for using a custom authorizer,
    /// or `COGNITO_USER_POOLS` for using a Cognito user pool.
    #[serde(rename = "authorizationType", default)]
    pub authorization_type: ::std::option::Option<::std::string::String>,
}
impl MethodSnapshot {
    /// A new [`MethodSnapshotBuilder`](crate::types::builders::MethodSnapshotBuilder).
    pub fn builder() -> crate::types::builders::MethodSnapshotBuilder {
        ::std::default::Default::default()
    }
}
/// Represents the data structure of a method's request or response payload.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct Model {
    /// The content-type for the model.
    #[serde(rename = "contentType", default)]
    pub content_type: ::std::option::Option<::std::string::String>,
    /// The description of the model.
    #[serde(rename = "description", default)]
    pub description: ::std::option::Option<::std::string::String>,
    /// The identifier for the model resource.
    #[serde(rename = "id", default)]
    pub id: ::std::option::Option<::std::string::String>,
    /// The name of the model. Must be an alphanumeric string.
    #[serde(rename = "name", default)]
    pub name: ::std::option::Option<::std::string::String>,
    /// The schema for the model. For `application/json` models, this should be JSON
    /// schema draft 4 model. Do not include "\\\*/" characters in the description of
    /// any properties because such "\\\*/" characters may be interpreted as the closing
    /// marker for comments in some languages, such as Java or JavaScript, causing the
    /// installation of your API's SDK generated by API Gateway to fail.
    #[serde(rename = "schema", default)]
    pub schema: ::std::option::Option<::std::string::String>,
}
impl Model {
    /// A new [`ModelBuilder`](crate::types::builders::ModelBuilder).
    pub fn builder() -> crate::types::builders::ModelBuilder {
        ::std::default::Default::default()
    }
}
/// Represents a collection of Model resources.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct Models {
    /// The current page of elements from this collection.
    #[serde(rename = "item", default)]
    pub items: ::std::option::Option<::std::vec::Vec<crate::types::Model>>,
    #[serde(rename = "position", default)]
    pub position: ::std::option::Option<::std::string::String>,
}
impl Models {
    /// A new [`ModelsBuilder`](crate::types::builders::ModelsBuilder).
    pub fn builder() -> crate::types::builders::ModelsBuilder {
        ::std::default::Default::default()
    }
}
/// The mutual TLS authentication configuration for a custom domain name. If
/// specified, API Gateway performs two-way authentication between the client and
/// the server. Clients must present a trusted certificate to access your API.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct MutualTlsAuthentication {
    /// An Amazon S3 URL that specifies the truststore for mutual TLS authentication,
    /// for example `s3://bucket-name/key-name`. The truststore can contain certificates
    /// from public or private certificate authorities. To update the truststore, upload
    /// a new version to S3, and then update your custom domain name to use the new
    /// version. To update the truststore, you must have permissions to access the S3
    /// object.
    #[serde(rename = "truststoreUri", default)]
    pub truststore_uri: ::std::option::Option<::std::string::String>,
    /// The version of the S3 object that contains your truststore. To specify a
    /// version, you must have versioning enabled for the S3 bucket.
    #[serde(rename = "truststoreVersion", default)]
    pub truststore_version: ::std::option::Option<::std::string::String>,
    /// A list of warnings that API Gateway returns while processing your truststore.
    /// Invalid certificates produce warnings. Mutual TLS is still enabled, but some
    /// clients might not be able to access your API. To resolve warnings, upload a new
    /// truststore to S3, and then update you domain name to use the new version.
    #[serde(rename = "truststoreWarnings", default)]
    pub truststore_warnings: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
}
impl MutualTlsAuthentication {
    /// A new [`MutualTlsAuthenticationBuilder`](crate::types::builders::MutualTlsAuthenticationBuilder).
    pub fn builder() -> crate::types::builders::MutualTlsAuthenticationBuilder {
        ::std::default::Default::default()
    }
}
/// The mutual TLS authentication configuration for a custom domain name. If
/// specified, API Gateway performs two-way authentication between the client and
/// the server. Clients must present a trusted certificate to access your API.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct MutualTlsAuthenticationInput {
    /// An Amazon S3 URL that specifies the truststore for mutual TLS authentication,
    /// for example `s3://bucket-name/key-name`. The truststore can contain certificates
    /// from public or private certificate authorities. To update the truststore, upload
    /// a new version to S3, and then update your custom domain name to use the new
    /// version. To update the truststore, you must have permissions to access the S3
    /// object.
    #[serde(
        rename = "truststoreUri",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub truststore_uri: ::std::option::Option<::std::string::String>,
    /// The version of the S3 object that contains your truststore. To specify a
    /// version, you must have versioning enabled for the S3 bucket
    #[serde(
        rename = "truststoreVersion",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub truststore_version: ::std::option::Option<::std::string::String>,
}
impl MutualTlsAuthenticationInput {
    /// A new [`MutualTlsAuthenticationInputBuilder`](crate::types::builders::MutualTlsAuthenticationInputBuilder).
    pub fn builder() -> crate::types::builders::MutualTlsAuthenticationInputBuilder {
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
pub enum Op {
    /// `add`
    Add,
    /// `remove`
    Remove,
    /// `replace`
    Replace,
    /// `move`
    Move,
    /// `copy`
    Copy,
    /// `test`
    Test,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl Op {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Add => "add",
            Self::Remove => "remove",
            Self::Replace => "replace",
            Self::Move => "move",
            Self::Copy => "copy",
            Self::Test => "test",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["add", "remove", "replace", "move", "copy", "test"]
    }
}
impl ::std::convert::From<&str> for Op {
    fn from(s: &str) -> Self {
        match s {
            "add" => Self::Add,
            "remove" => Self::Remove,
            "replace" => Self::Replace,
            "move" => Self::Move,
            "copy" => Self::Copy,
            "test" => Self::Test,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(Op);
/// For more information about supported patch operations, see [Patch
/// Operations](https://docs.aws.amazon.com/apigateway/latest/api/patch-operations.html).
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct PatchOperation {
    /// The copy update operation's source as identified by a JSON-Pointer value
    /// referencing the location within the targeted resource to copy the value from.
    /// For example, to promote a canary deployment, you copy the canary deployment ID
    /// to the affiliated deployment ID by calling a PATCH request on a Stage resource
    /// with "op":"copy", "from":"/canarySettings/deploymentId" and
    /// "path":"/deploymentId".
    #[serde(
        rename = "from",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub from: ::std::option::Option<::std::string::String>,
    /// An update operation to be performed with this PATCH request. The valid value can
    /// be add, remove, replace or copy. Not all valid operations are supported for a
    /// given resource. Support of the operations depends on specific operational
    /// contexts. Attempts to apply an unsupported operation on a resource will return
    /// an error message..
    #[serde(
        rename = "op",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub op: ::std::option::Option<crate::types::Op>,
    /// The op operation's target, as identified by a JSON Pointer value that references
    /// a location within the targeted resource. For example, if the target resource has
    /// an updateable property of {"name":"value"}, the path for this property is /name.
    /// If the name property value is a JSON object (e.g., {"name": {"child/name":
    /// "child-value"}}), the path for the child/name property will be
    /// /name/child\~1name. Any slash ("/") character appearing in path names must be
    /// escaped with "\~1", as shown in the example above. Each op operation can have
    /// only one path associated with it.
    #[serde(
        rename = "path",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub path: ::std::option::Option<::std::string::String>,
    /// The new target value of the update operation. It is applicable for the add or
    /// replace operation. When using AWS CLI to update a property of a JSON value,
    /// enclose the JSON object with a pair of single quotes in a Linux shell, e.g.,
    /// '{"a": ...}'.
    #[serde(
        rename = "value",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub value: ::std::option::Option<::std::string::String>,
}
impl PatchOperation {
    /// A new [`PatchOperationBuilder`](crate::types::builders::PatchOperationBuilder).
    pub fn builder() -> crate::types::builders::PatchOperationBuilder {
        ::std::default::Default::default()
    }
}
/// Creates a customization of a GatewayResponse of a specified response type and
/// status code on the given RestApi.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct PutGatewayResponseRequest {
    /// Response parameters (paths, query strings and headers) of the GatewayResponse as
    /// a string-to-string map of key-value pairs.
    #[serde(
        rename = "responseParameters",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub response_parameters: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    /// Response templates of the GatewayResponse as a string-to-string map of key-value
    /// pairs.
    #[serde(
        rename = "responseTemplates",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub response_templates: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    /// The response type of the associated GatewayResponse
    #[serde(skip)]
    pub response_type: crate::types::GatewayResponseType,
    /// The string identifier of the associated RestApi.
    #[serde(skip)]
    pub rest_api_id: ::std::string::String,
    /// The HTTP status code of the GatewayResponse.
    #[serde(
        rename = "statusCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status_code: ::std::option::Option<::std::string::String>,
}
impl PutGatewayResponseRequest {
    /// A new [`PutGatewayResponseRequestBuilder`](crate::types::builders::PutGatewayResponseRequestBuilder).
    pub fn builder() -> crate::types::builders::PutGatewayResponseRequestBuilder {
        ::std::default::Default::default()
    }
}
/// Sets up a method's integration.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct PutIntegrationRequest {
    /// A list of request parameters whose values API Gateway caches. To be valid values
    /// for `cacheKeyParameters`, these parameters must also be specified for Method
    /// `requestParameters`.
    #[serde(
        rename = "cacheKeyParameters",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cache_key_parameters: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    /// Specifies a group of related cached parameters. By default, API Gateway uses the
    /// resource ID as the `cacheNamespace`. You can specify the same `cacheNamespace`
    /// across resources to return the same cached data for requests to different
    /// resources.
    #[serde(
        rename = "cacheNamespace",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cache_namespace: ::std::option::Option<::std::string::String>,
    /// The ID of the VpcLink used for the integration. Specify this value only if you
    /// specify `VPC_LINK` as the connection type.
    #[serde(
        rename = "connectionId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub connection_id: ::std::option::Option<::std::string::String>,
    /// The type of the network connection to the integration endpoint. The valid value
    /// is `INTERNET` for connections through the public routable internet or `VPC_LINK`
    /// for private connections between API Gateway and a network load balancer in a
    /// VPC. The default value is `INTERNET`.
    #[serde(
        rename = "connectionType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub connection_type: ::std::option::Option<crate::types::ConnectionType>,
    /// Specifies how to handle request payload content type conversions. Supported
    /// values are `CONVERT_TO_BINARY` and `CONVERT_TO_TEXT`, with the following
    /// behaviors:
    ///
    /// If this property is not defined, the request payload will be passed through from
    /// the method request to integration request without modification, provided that
    /// the `passthroughBehavior` is configured to support payload pass-through.
    #[serde(
        rename = "contentHandling",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub content_handling: ::std::option::Option<crate::types::ContentHandlingStrategy>,
    /// Specifies whether credentials are required for a put integration.
    #[serde(
        rename = "credentials",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub credentials: ::std::option::Option<::std::string::String>,
    /// Specifies the HTTP method for the integration.
    #[serde(skip)]
    pub http_method: ::std::string::String,
    /// The HTTP method for the integration.
    #[serde(
        rename = "httpMethod",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub integration_http_method: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "integrationTarget",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub integration_target: ::std::option::Option<::std::string::String>,
    /// Specifies the pass-through behavior for incoming requests based on the
    /// Content-Type header in the request, and the available mapping templates
    /// specified as the `requestTemplates` property on the Integration resource. There
    /// are three valid values: `WHEN_NO_MATCH`, `WHEN_NO_TEMPLATES`, and `NEVER`.
    #[serde(
        rename = "passthroughBehavior",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub passthrough_behavior: ::std::option::Option<::std::string::String>,
    /// A key-value map specifying request parameters that are passed from the method
    /// request to the back end. The key is an integration request parameter name and
    /// the associated value is a method request parameter value or static value that
    /// must be enclosed within single quotes and pre-encoded as required by the back
    /// end. The method request parameter value must match the pattern of
    /// `method.request.{location}.{name}`, where `location` is `querystring`, `path`,
    /// or `header` and `name` must be a valid and unique method request parameter name.
    #[serde(
        rename = "requestParameters",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_parameters: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    /// Represents a map of Velocity templates that are applied on the request payload
    /// based on the value of the Content-Type header sent by the client. The content
    /// type value is the key in this map, and the template (as a String) is the value.
    #[serde(
        rename = "requestTemplates",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_templates: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    /// Specifies a put integration request's resource ID.
    #[serde(skip)]
    pub resource_id: ::std::string::String,
    #[serde(
        rename = "responseTransferMode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub response_transfer_mode: ::std::option::Option<
        crate::types::ResponseTransferMode,
    >,
    /// The string identifier of the associated RestApi.
    #[serde(skip)]
    pub rest_api_id: ::std::string::String,
    /// Custom timeout between 50 and 29,000 milliseconds. The default value is 29,000
    /// milliseconds or 29 seconds.
    #[serde(
        rename = "timeoutInMillis",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub timeout_in_millis: ::std::option::Option<i64>,
    /// Specifies the TLS configuration for an integration.
    #[serde(
        rename = "tlsConfig",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tls_config: ::std::option::Option<crate::types::TlsConfig>,
    /// Specifies a put integration input's type.
    #[serde(rename = "type")]
    pub r#type: crate::types::IntegrationType,
    /// Specifies Uniform Resource Identifier (URI) of the integration endpoint. For
    /// HTTP or `HTTP_PROXY` integrations, the URI must be a fully formed, encoded
    /// HTTP(S) URL according to the RFC-3986 specification, for either standard
    /// integration, where `connectionType` is not `VPC_LINK`, or private integration,
    /// where `connectionType` is `VPC_LINK`. For a private HTTP integration, the URI is
    /// not used for routing. For `AWS` or `AWS_PROXY` integrations, the URI is of the
    /// form
    /// `arn:aws:apigateway:{region}:{subdomain.service|service}:path|action/{service_api`}.
    /// Here, {Region} is the API Gateway region (e.g., us-east-1); {service} is the
    /// name of the integrated Amazon Web Services service (e.g., s3); and {subdomain}
    /// is a designated subdomain supported by certain Amazon Web Services service for
    /// fast host-name lookup. action can be used for an Amazon Web Services service
    /// action-based API, using an Action={name}&{p1}={v1}&p2={v2}... query string. The
    /// ensuing {service_api} refers to a supported action {name} plus any required
    /// input parameters. Alternatively, path can be used for an Amazon Web Services
    /// service path-based API. The ensuing service_api refers to the path to an Amazon
    /// Web Services service resource, including the region of the integrated Amazon Web
    /// Services service, if applicable. For example, for integration with the S3 API of
    /// `GetObject`, the `uri` can be either
    /// `arn:aws:apigateway:us-west-2:s3:action/GetObject&Bucket={bucket}&Key={key}` or
    /// `arn:aws:apigateway:us-west-2:s3:path/{bucket}/{key}`.
    #[serde(
        rename = "uri",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub uri: ::std::option::Option<::std::string::String>,
}
impl PutIntegrationRequest {
    /// A new [`PutIntegrationRequestBuilder`](crate::types::builders::PutIntegrationRequestBuilder).
    pub fn builder() -> crate::types::builders::PutIntegrationRequestBuilder {
        ::std::default::Default::default()
    }
}
/// Represents a put integration response request.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct PutIntegrationResponseRequest {
    /// Specifies how to handle response payload content type conversions. Supported
    /// values are `CONVERT_TO_BINARY` and `CONVERT_TO_TEXT`, with the following
    /// behaviors:
    ///
    /// If this property is not defined, the response payload will be passed through
    /// from the integration response to the method response without modification.
    #[serde(
        rename = "contentHandling",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub content_handling: ::std::option::Option<crate::types::ContentHandlingStrategy>,
    /// Specifies a put integration response request's HTTP method.
    #[serde(skip)]
    pub http_method: ::std::string::String,
    /// Specifies a put integration response request's resource identifier.
    #[serde(skip)]
    pub resource_id: ::std::string::String,
    /// A key-value map specifying response parameters that are passed to the method
    /// response from the back end. The key is a method response header parameter name
    /// and the mapped value is an integration response header value, a static value
    /// enclosed within a pair of single quotes, or a JSON expression from the
    /// integration response body. The mapping key must match the pattern of
    /// `method.response.header.{name}`, where `name` is a valid and unique header name.
    /// The mapped non-static value must match the pattern of
    /// `integration.response.header.{name}` or
    /// `integration.response.body.{JSON-expression}`, where `name` must be a valid and
    /// unique response header name and `JSON-expression` a valid JSON expression
    /// without the `$` prefix.
    #[serde(
        rename = "responseParameters",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub response_parameters: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    /// Specifies a put integration response's templates.
    #[serde(
        rename = "responseTemplates",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub response_templates: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    /// The string identifier of the associated RestApi.
    #[serde(skip)]
    pub rest_api_id: ::std::string::String,
    /// Specifies the selection pattern of a put integration response.
    #[serde(
        rename = "selectionPattern",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub selection_pattern: ::std::option::Option<::std::string::String>,
    /// Specifies the status code that is used to map the integration response to an
    /// existing MethodResponse.
    #[serde(skip)]
    pub status_code: ::std::string::String,
}
impl PutIntegrationResponseRequest {
    /// A new [`PutIntegrationResponseRequestBuilder`](crate::types::builders::PutIntegrationResponseRequestBuilder).
    pub fn builder() -> crate::types::builders::PutIntegrationResponseRequestBuilder {
        ::std::default::Default::default()
    }
}
/// Request to add a method to an existing Resource resource.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct PutMethodRequest {
    /// Specifies whether the method required a valid ApiKey.
    #[serde(
        rename = "apiKeyRequired",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub api_key_required: ::std::option::Option<bool>,
    /// A list of authorization scopes configured on the method. The scopes are used
    /// with a `COGNITO_USER_POOLS` authorizer to authorize the method invocation. The
    /// authorization works by matching the method scopes against the scopes parsed from
    /// the access token in the incoming request. The method invocation is authorized if
    /// any method scopes matches a claimed scope in the access token. Otherwise, the
    /// invocation is not authorized. When the method scope is configured, the client
    /// must provide an access token instead of an identity token for authorization
    /// purposes.
    #[serde(
        rename = "authorizationScopes",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub authorization_scopes: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    /// The method's authorization type. Valid values are `NONE` for open access,
    /// `AWS_IAM` for using AWS IAM permissions, `CUSTOM` for using a custom authorizer,
    /// or `COGNITO_USER_POOLS` for using a Cognito user pool.
    #[serde(rename = "authorizationType")]
    pub authorization_type: ::std::string::String,
    /// Specifies the identifier of an Authorizer to use on this Method, if the type is
    /// CUSTOM or COGNITO_USER_POOLS. The authorizer identifier is generated by API
    /// Gateway when you created the authorizer.
    #[serde(
        rename = "authorizerId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub authorizer_id: ::std::option::Option<::std::string::String>,
    /// Specifies the method request's HTTP method type.
    #[serde(skip)]
    pub http_method: ::std::string::String,
    /// A human-friendly operation identifier for the method. For example, you can
    /// assign the `operationName` of `ListPets` for the `GET /pets` method in the
    /// `PetStore` example.
    #[serde(
        rename = "operationName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub operation_name: ::std::option::Option<::std::string::String>,
    /// Specifies the Model resources used for the request's content type. Request
    /// models are represented as a key/value map, with a content type as the key and a
    /// Model name as the value.
    #[serde(
        rename = "requestModels",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_models: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    /// A key-value map defining required or optional method request parameters that can
    /// be accepted by API Gateway. A key defines a method request parameter name
    /// matching the pattern of `method.request.{location}.{name}`, where `location` is
    /// `querystring`, `path`, or `header` and `name` is a valid and unique parameter
    /// name. The value associated with the key is a Boolean flag indicating whether the
    /// parameter is required (`true`) or optional (`false`). The method request
    /// parameter names defined here are available in Integration to be mapped to
    /// integration request parameters or body-mapping templates.
    #[serde(
        rename = "requestParameters",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_parameters: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, bool>,
    >,
    /// The identifier of a RequestValidator for validating the method request.
    #[serde(
        rename = "requestValidatorId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_validator_id: ::std::option::Option<::std::string::String>,
    /// The Resource identifier for the new Method resource.
    #[serde(skip)]
    pub resource_id: ::std::string::String,
    /// The string identifier of the associated RestApi.
    #[serde(skip)]
    pub rest_api_id: ::std::string::String,
}
impl PutMethodRequest {
    /// A new [`PutMethodRequestBuilder`](crate::types::builders::PutMethodRequestBuilder).
    pub fn builder() -> crate::types::builders::PutMethodRequestBuilder {
        ::std::default::Default::default()
    }
}
/// Request to add a MethodResponse to an existing Method resource.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct PutMethodResponseRequest {
    /// The HTTP verb of the Method resource.
    #[serde(skip)]
    pub http_method: ::std::string::String,
    /// The Resource identifier for the Method resource.
    #[serde(skip)]
    pub resource_id: ::std::string::String,
    /// Specifies the Model resources used for the response's content type. Response
    /// models are represented as a key/value map, with a content type as the key and a
    /// Model name as the value.
    #[serde(
        rename = "responseModels",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub response_models: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    /// A key-value map specifying required or optional response parameters that API
    /// Gateway can send back to the caller. A key defines a method response header name
    /// and the associated value is a Boolean flag indicating whether the method
    /// response parameter is required or not. The method response header names must
    /// match the pattern of `method.response.header.{name}`, where `name` is a valid
    /// and unique header name. The response parameter names defined here are available
    /// in the integration response to be mapped from an integration response header
    /// expressed in `integration.response.header.{name}`, a static value enclosed
    /// within a pair of single quotes (e.g., `'application/json'`), or a JSON
    /// expression from the back-end response payload in the form of
    /// `integration.response.body.{JSON-expression}`, where `JSON-expression` is a
    /// valid JSON expression without the `$` prefix.)
    #[serde(
        rename = "responseParameters",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub response_parameters: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, bool>,
    >,
    /// The string identifier of the associated RestApi.
    #[serde(skip)]
    pub rest_api_id: ::std::string::String,
    /// The method response's status code.
    #[serde(skip)]
    pub status_code: ::std::string::String,
}
impl PutMethodResponseRequest {
    /// A new [`PutMethodResponseRequestBuilder`](crate::types::builders::PutMethodResponseRequestBuilder).
    pub fn builder() -> crate::types::builders::PutMethodResponseRequestBuilder {
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
pub enum PutMode {
    /// `merge`
    Merge,
    /// `overwrite`
    Overwrite,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl PutMode {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Merge => "merge",
            Self::Overwrite => "overwrite",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["merge", "overwrite"]
    }
}
impl ::std::convert::From<&str> for PutMode {
    fn from(s: &str) -> Self {
        match s {
            "merge" => Self::Merge,
            "overwrite" => Self::Overwrite,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(PutMode);
/// A PUT request to update an existing API, with external API definitions specified
/// as the request body.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct PutRestApiRequest {
    /// The PUT request body containing external API definitions. Currently, only
    /// OpenAPI definition JSON/YAML files are supported. The maximum size of the API
    /// definition file is 6MB.
    #[serde(skip)]
    pub body: crate::runtime::Blob,
    /// A query parameter to indicate whether to rollback the API update (`true`) or not
    /// (`false`) when a warning is encountered. The default value is `false`.
    #[serde(skip)]
    pub fail_on_warnings: ::std::option::Option<bool>,
    /// The `mode` query parameter to specify the update mode. Valid values are "merge"
    /// and "overwrite". By default, the update mode is "merge".
    #[serde(skip)]
    pub mode: ::std::option::Option<crate::types::PutMode>,
    /// Custom header parameters as part of the request. For example, to exclude
    /// DocumentationParts from an imported API, set `ignore=documentation` as a
    /// `parameters` value, as in the AWS CLI command of
    /// `aws apigateway import-rest-api --parameters ignore=documentation --body 'file:///path/to/imported-api-body.json'`.
    #[serde(skip)]
    pub parameters: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    /// The string identifier of the associated RestApi.
    #[serde(skip)]
    pub rest_api_id: ::std::string::String,
}
impl PutRestApiRequest {
    /// A new [`PutRestApiRequestBuilder`](crate::types::builders::PutRestApiRequestBuilder).
    pub fn builder() -> crate::types::builders::PutRestApiRequestBuilder {
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
pub enum QuotaPeriodType {
    /// `DAY`
    Day,
    /// `WEEK`
    Week,
    /// `MONTH`
    Month,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl QuotaPeriodType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Day => "DAY",
            Self::Week => "WEEK",
            Self::Month => "MONTH",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["DAY", "WEEK", "MONTH"]
    }
}
impl ::std::convert::From<&str> for QuotaPeriodType {
    fn from(s: &str) -> Self {
        match s {
            "DAY" => Self::Day,
            "WEEK" => Self::Week,
            "MONTH" => Self::Month,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(QuotaPeriodType);
/// Quotas configured for a usage plan.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct QuotaSettings {
    /// The target maximum number of requests that can be made in a given time period.
    #[serde(
        rename = "limit",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub limit: ::std::option::Option<i64>,
    /// The number of requests subtracted from the given limit in the initial time
    /// period.
    #[serde(
        rename = "offset",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub offset: ::std::option::Option<i64>,
    /// The time period in which the limit applies. Valid values are "DAY", "WEEK" or
    /// "MONTH".
    #[serde(
        rename = "period",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub period: ::std::option::Option<crate::types::QuotaPeriodType>,
}
impl QuotaSettings {
    /// A new [`QuotaSettingsBuilder`](crate::types::builders::QuotaSettingsBuilder).
    pub fn builder() -> crate::types::builders::QuotaSettingsBuilder {
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
pub struct RejectDomainNameAccessAssociationRequest {
    #[serde(skip)]
    pub domain_name_access_association_arn: ::std::string::String,
    #[serde(skip)]
    pub domain_name_arn: ::std::string::String,
}
impl RejectDomainNameAccessAssociationRequest {
    /// A new [`RejectDomainNameAccessAssociationRequestBuilder`](crate::types::builders::RejectDomainNameAccessAssociationRequestBuilder).
    pub fn builder() -> crate::types::builders::RejectDomainNameAccessAssociationRequestBuilder {
        ::std::default::Default::default()
    }
}
/// A set of validation rules for incoming Method requests.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct RequestValidator {
    /// The identifier of this RequestValidator.
    #[serde(rename = "id", default)]
    pub id: ::std::option::Option<::std::string::String>,
    /// The name of this RequestValidator
    #[serde(rename = "name", default)]
    pub name: ::std::option::Option<::std::string::String>,
    /// A Boolean flag to indicate whether to validate a request body according to the
    /// configured Model schema.
    #[serde(rename = "validateRequestBody", default)]
    pub validate_request_body: ::std::option::Option<bool>,
    /// A Boolean flag to indicate whether to validate request parameters (`true`) or
    /// not (`false`).
    #[serde(rename = "validateRequestParameters", default)]
    pub validate_request_parameters: ::std::option::Option<bool>,
}
impl RequestValidator {
    /// A new [`RequestValidatorBuilder`](crate::types::builders::RequestValidatorBuilder).
    pub fn builder() -> crate::types::builders::RequestValidatorBuilder {
        ::std::default::Default::default()
    }
}
/// A collection of RequestValidator resources of a given RestApi.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct RequestValidators {
    /// The current page of elements from this collection.
    #[serde(rename = "item", default)]
    pub items: ::std::option::Option<::std::vec::Vec<crate::types::RequestValidator>>,
    #[serde(rename = "position", default)]
    pub position: ::std::option::Option<::std::string::String>,
}
impl RequestValidators {
    /// A new [`RequestValidatorsBuilder`](crate::types::builders::RequestValidatorsBuilder).
    pub fn builder() -> crate::types::builders::RequestValidatorsBuilder {
        ::std::default::Default::default()
    }
}
/// Represents an API resource.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct Resource {
    /// The resource's identifier.
    #[serde(rename = "id", default)]
    pub id: ::std::option::Option<::std::string::String>,
    /// The parent resource's identifier.
    #[serde(rename = "parentId", default)]
    pub parent_id: ::std::option::Option<::std::string::String>,
    /// The full path for this resource.
    #[serde(rename = "path", default)]
    pub path: ::std::option::Option<::std::string::String>,
    /// The last path segment for this resource.
    #[serde(rename = "pathPart", default)]
    pub path_part: ::std::option::Option<::std::string::String>,
    /// Gets an API resource's method of a given HTTP verb.
    #[serde(rename = "resourceMethods", default)]
    pub resource_methods: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, crate::types::Method>,
    >,
}
impl Resource {
    /// A new [`ResourceBuilder`](crate::types::builders::ResourceBuilder).
    pub fn builder() -> crate::types::builders::ResourceBuilder {
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
pub enum ResourceOwner {
    /// `SELF`
    SelfValue,
    /// `OTHER_ACCOUNTS`
    OtherAccounts,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl ResourceOwner {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::SelfValue => "SELF",
            Self::OtherAccounts => "OTHER_ACCOUNTS",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["SELF", "OTHER_ACCOUNTS"]
    }
}
impl ::std::convert::From<&str> for ResourceOwner {
    fn from(s: &str) -> Self {
        match s {
            "SELF" => Self::SelfValue,
            "OTHER_ACCOUNTS" => Self::OtherAccounts,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(ResourceOwner);
/// Represents a collection of Resource resources.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct Resources {
    /// The current page of elements from this collection.
    #[serde(rename = "item", default)]
    pub items: ::std::option::Option<::std::vec::Vec<crate::types::Resource>>,
    #[serde(rename = "position", default)]
    pub position: ::std::option::Option<::std::string::String>,
}
impl Resources {
    /// A new [`ResourcesBuilder`](crate::types::builders::ResourcesBuilder).
    pub fn builder() -> crate::types::builders::ResourcesBuilder {
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
pub enum ResponseTransferMode {
    /// `BUFFERED`
    Buffered,
    /// `STREAM`
    Stream,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl ResponseTransferMode {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Buffered => "BUFFERED",
            Self::Stream => "STREAM",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["BUFFERED", "STREAM"]
    }
}
impl ::std::convert::From<&str> for ResponseTransferMode {
    fn from(s: &str) -> Self {
        match s {
            "BUFFERED" => Self::Buffered,
            "STREAM" => Self::Stream,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(ResponseTransferMode);
/// Represents a REST API.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct RestApi {
    /// The source of the API key for metering requests according to a usage plan. Valid
    /// values are: >`HEADER` to read the API key from the `X-API-Key` header of a
    /// request. `AUTHORIZER` to read the API key from the `UsageIdentifierKey` from a
    /// custom authorizer.
    #[serde(rename = "apiKeySource", default)]
    pub api_key_source: ::std::option::Option<crate::types::ApiKeySourceType>,
    /// The list of binary media types supported by the RestApi. By default, the RestApi
    /// supports only UTF-8-encoded text payloads.
    #[serde(rename = "binaryMediaTypes", default)]
    pub binary_media_types: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    /// The timestamp when the API was created.
    #[serde(rename = "createdDate", default)]
    pub created_date: ::std::option::Option<crate::runtime::Timestamp>,
    /// The API's description.
    #[serde(rename = "description", default)]
    pub description: ::std::option::Option<::std::string::String>,
    /// Specifies whether clients can invoke your API by using the default `execute-api`
    /// endpoint. By default, clients can invoke your API with the default
    /// `https://{api_id}.execute-api.{region}.amazonaws.com` endpoint. To require that
    /// clients use a custom domain name to invoke your API, disable the default
    /// endpoint.
    #[serde(rename = "disableExecuteApiEndpoint", default)]
    pub disable_execute_api_endpoint: ::std::option::Option<bool>,
    /// The endpoint configuration of this RestApi showing the endpoint types of the
    /// API.
    #[serde(rename = "endpointConfiguration", default)]
    pub endpoint_configuration: ::std::option::Option<
        crate::types::EndpointConfiguration,
    >,
    /// The API's identifier. This identifier is unique across all of your APIs in API
    /// Gateway.
    #[serde(rename = "id", default)]
    pub id: ::std::option::Option<::std::string::String>,
    /// A nullable integer that is used to enable compression (with non-negative between
    /// 0 and 10485760 (10M) bytes, inclusive) or disable compression (with a null
    /// value) on an API. When compression is enabled, compression or decompression is
    /// not applied on the payload if the payload size is smaller than this value.
    /// Setting it to zero allows compression for any payload size.
    #[serde(rename = "minimumCompressionSize", default)]
    pub minimum_compression_size: ::std::option::Option<i64>,
    /// The API's name.
    #[serde(rename = "name", default)]
    pub name: ::std::option::Option<::std::string::String>,
    /// A stringified JSON policy document that applies to this RestApi regardless of
    /// the caller and Method configuration.
    #[serde(rename = "policy", default)]
    pub policy: ::std::option::Option<::std::string::String>,
    /// The collection of tags. Each tag element is associated with a given resource.
    #[serde(rename = "tags", default)]
    pub tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    /// A version identifier for the API.
    #[serde(rename = "version", default)]
    pub version: ::std::option::Option<::std::string::String>,
    /// The warning messages reported when `failonwarnings` is turned on during API
    /// import.
    #[serde(rename = "warnings", default)]
    pub warnings: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "apiStatus", default)]
    pub api_status: ::std::option::Option<crate::types::ApiStatus>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "apiStatusMessage", default)]
    pub api_status_message: ::std::option::Option<::std::string::String>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "endpointAccessMode", default)]
    pub endpoint_access_mode: ::std::option::Option<crate::types::EndpointAccessMode>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "rootResourceId", default)]
    pub root_resource_id: ::std::option::Option<::std::string::String>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "securityPolicy", default)]
    pub security_policy: ::std::option::Option<crate::types::SecurityPolicy>,
}
impl RestApi {
    /// A new [`RestApiBuilder`](crate::types::builders::RestApiBuilder).
    pub fn builder() -> crate::types::builders::RestApiBuilder {
        ::std::default::Default::default()
    }
}
/// Contains references to your APIs and links that guide you in how to interact
/// with your collection. A collection offers a paginated view of your APIs.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct RestApis {
    /// The current page of elements from this collection.
    #[serde(rename = "item", default)]
    pub items: ::std::option::Option<::std::vec::Vec<crate::types::RestApi>>,
    #[serde(rename = "position", default)]
    pub position: ::std::option::Option<::std::string::String>,
}
impl RestApis {
    /// A new [`RestApisBuilder`](crate::types::builders::RestApisBuilder).
    pub fn builder() -> crate::types::builders::RestApisBuilder {
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
pub enum RoutingMode {
    /// `BASE_PATH_MAPPING_ONLY`
    BasePathMappingOnly,
    /// `ROUTING_RULE_ONLY`
    RoutingRuleOnly,
    /// `ROUTING_RULE_THEN_BASE_PATH_MAPPING`
    RoutingRuleThenBasePathMapping,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl RoutingMode {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::BasePathMappingOnly => "BASE_PATH_MAPPING_ONLY",
            Self::RoutingRuleOnly => "ROUTING_RULE_ONLY",
            Self::RoutingRuleThenBasePathMapping => "ROUTING_RULE_THEN_BASE_PATH_MAPPING",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &[
            "BASE_PATH_MAPPING_ONLY",
            "ROUTING_RULE_ONLY",
            "ROUTING_RULE_THEN_BASE_PATH_MAPPING",
        ]
    }
}
impl ::std::convert::From<&str> for RoutingMode {
    fn from(s: &str) -> Self {
        match s {
            "BASE_PATH_MAPPING_ONLY" => Self::BasePathMappingOnly,
            "ROUTING_RULE_ONLY" => Self::RoutingRuleOnly,
            "ROUTING_RULE_THEN_BASE_PATH_MAPPING" => Self::RoutingRuleThenBasePathMapping,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(RoutingMode);
/// A configuration property of an SDK type.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct SdkConfigurationProperty {
    /// The default value of an SdkType configuration property.
    #[serde(rename = "defaultValue", default)]
    pub default_value: ::std::option::Option<::std::string::String>,
    /// The description of an SdkType configuration property.
    #[serde(rename = "description", default)]
    pub description: ::std::option::Option<::std::string::String>,
    /// The user-friendly name of an SdkType configuration property.
    #[serde(rename = "friendlyName", default)]
    pub friendly_name: ::std::option::Option<::std::string::String>,
    /// The name of a an SdkType configuration property.
    #[serde(rename = "name", default)]
    pub name: ::std::option::Option<::std::string::String>,
    /// A boolean flag of an SdkType configuration property to indicate if the
    /// associated SDK configuration property is required (`true`) or not (`false`).
    #[serde(rename = "required", default)]
    pub required: ::std::option::Option<bool>,
}
impl SdkConfigurationProperty {
    /// A new [`SdkConfigurationPropertyBuilder`](crate::types::builders::SdkConfigurationPropertyBuilder).
    pub fn builder() -> crate::types::builders::SdkConfigurationPropertyBuilder {
        ::std::default::Default::default()
    }
}
/// The binary blob response to GetSdk, which contains the generated SDK.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct SdkResponse {
    /// The binary blob response to GetSdk, which contains the generated SDK.
    #[serde(skip)]
    pub body: ::std::option::Option<crate::runtime::Blob>,
    #[serde(skip)]
    pub content_disposition: ::std::option::Option<::std::string::String>,
    #[serde(skip)]
    pub content_type: ::std::option::Option<::std::string::String>,
}
impl SdkResponse {
    /// A new [`SdkResponseBuilder`](crate::types::builders::SdkResponseBuilder).
    pub fn builder() -> crate::types::builders::SdkResponseBuilder {
        ::std::default::Default::default()
    }
}
/// A type of SDK that API Gateway can generate.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct SdkType {
    /// A list of configuration properties of an SdkType.
    #[serde(rename = "configurationProperties", default)]
    pub configuration_properties: ::std::option::Option<
        ::std::vec::Vec<crate::types::SdkConfigurationProperty>,
    >,
    /// The description of an SdkType.
    #[serde(rename = "description", default)]
    pub description: ::std::option::Option<::std::string::String>,
    /// The user-friendly name of an SdkType instance.
    #[serde(rename = "friendlyName", default)]
    pub friendly_name: ::std::option::Option<::std::string::String>,
    /// The identifier of an SdkType instance.
    #[serde(rename = "id", default)]
    pub id: ::std::option::Option<::std::string::String>,
}
impl SdkType {
    /// A new [`SdkTypeBuilder`](crate::types::builders::SdkTypeBuilder).
    pub fn builder() -> crate::types::builders::SdkTypeBuilder {
        ::std::default::Default::default()
    }
}
/// The collection of SdkType instances.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct SdkTypes {
    /// The current page of elements from this collection.
    #[serde(rename = "item", default)]
    pub items: ::std::option::Option<::std::vec::Vec<crate::types::SdkType>>,
    #[serde(rename = "position", default)]
    pub position: ::std::option::Option<::std::string::String>,
}
impl SdkTypes {
    /// A new [`SdkTypesBuilder`](crate::types::builders::SdkTypesBuilder).
    pub fn builder() -> crate::types::builders::SdkTypesBuilder {
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
pub enum SecurityPolicy {
    /// `TLS_1_0`
    Tls10,
    /// `TLS_1_2`
    Tls12,
    /// `SecurityPolicy_TLS13_1_3_2025_09`
    SecurityPolicyTls1313202509,
    /// `SecurityPolicy_TLS13_1_3_FIPS_2025_09`
    SecurityPolicyTls1313Fips202509,
    /// `SecurityPolicy_TLS13_1_2_PFS_PQ_2025_09`
    SecurityPolicyTls1312PfsPq202509,
    /// `SecurityPolicy_TLS13_1_2_FIPS_PQ_2025_09`
    SecurityPolicyTls1312FipsPq202509,
    /// `SecurityPolicy_TLS13_1_2_FIPS_PFS_PQ_2025_09`
    SecurityPolicyTls1312FipsPfsPq202509,
    /// `SecurityPolicy_TLS13_1_2_Ext2_PQ_2025_09`
    SecurityPolicyTls1312Ext2Pq202509,
    /// `SecurityPolicy_TLS13_1_2_Ext2_FIPS_PQ_2025_09`
    SecurityPolicyTls1312Ext2FipsPq202509,
    /// `SecurityPolicy_TLS13_1_2_PQ_2025_09`
    SecurityPolicyTls1312Pq202509,
    /// `SecurityPolicy_TLS13_1_2_2021_06`
    SecurityPolicyTls1312202106,
    /// `SecurityPolicy_TLS13_2025_EDGE`
    SecurityPolicyTls132025Edge,
    /// `SecurityPolicy_TLS12_PFS_2025_EDGE`
    SecurityPolicyTls12Pfs2025Edge,
    /// `SecurityPolicy_TLS12_2018_EDGE`
    SecurityPolicyTls122018Edge,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl SecurityPolicy {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Tls10 => "TLS_1_0",
            Self::Tls12 => "TLS_1_2",
            Self::SecurityPolicyTls1313202509 => "SecurityPolicy_TLS13_1_3_2025_09",
            Self::SecurityPolicyTls1313Fips202509 => {
                "SecurityPolicy_TLS13_1_3_FIPS_2025_09"
            }
            Self::SecurityPolicyTls1312PfsPq202509 => {
                "SecurityPolicy_TLS13_1_2_PFS_PQ_2025_09"
            }
            Self::SecurityPolicyTls1312FipsPq202509 => {
                "SecurityPolicy_TLS13_1_2_FIPS_PQ_2025_09"
            }
            Self::SecurityPolicyTls1312FipsPfsPq202509 => {
                "SecurityPolicy_TLS13_1_2_FIPS_PFS_PQ_2025_09"
            }
            Self::SecurityPolicyTls1312Ext2Pq202509 => {
                "SecurityPolicy_TLS13_1_2_Ext2_PQ_2025_09"
            }
            Self::SecurityPolicyTls1312Ext2FipsPq202509 => {
                "SecurityPolicy_TLS13_1_2_Ext2_FIPS_PQ_2025_09"
            }
            Self::SecurityPolicyTls1312Pq202509 => "SecurityPolicy_TLS13_1_2_PQ_2025_09",
            Self::SecurityPolicyTls1312202106 => "SecurityPolicy_TLS13_1_2_2021_06",
            Self::SecurityPolicyTls132025Edge => "SecurityPolicy_TLS13_2025_EDGE",
            Self::SecurityPolicyTls12Pfs2025Edge => "SecurityPolicy_TLS12_PFS_2025_EDGE",
            Self::SecurityPolicyTls122018Edge => "SecurityPolicy_TLS12_2018_EDGE",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &[
            "TLS_1_0",
            "TLS_1_2",
            "SecurityPolicy_TLS13_1_3_2025_09",
            "SecurityPolicy_TLS13_1_3_FIPS_2025_09",
            "SecurityPolicy_TLS13_1_2_PFS_PQ_2025_09",
            "SecurityPolicy_TLS13_1_2_FIPS_PQ_2025_09",
            "SecurityPolicy_TLS13_1_2_FIPS_PFS_PQ_2025_09",
            "SecurityPolicy_TLS13_1_2_Ext2_PQ_2025_09",
            "SecurityPolicy_TLS13_1_2_Ext2_FIPS_PQ_2025_09",
            "SecurityPolicy_TLS13_1_2_PQ_2025_09",
            "SecurityPolicy_TLS13_1_2_2021_06",
            "SecurityPolicy_TLS13_2025_EDGE",
            "SecurityPolicy_TLS12_PFS_2025_EDGE",
            "SecurityPolicy_TLS12_2018_EDGE",
        ]
    }
}
impl ::std::convert::From<&str> for SecurityPolicy {
    fn from(s: &str) -> Self {
        match s {
            "TLS_1_0" => Self::Tls10,
            "TLS_1_2" => Self::Tls12,
            "SecurityPolicy_TLS13_1_3_2025_09" => Self::SecurityPolicyTls1313202509,
            "SecurityPolicy_TLS13_1_3_FIPS_2025_09" => {
                Self::SecurityPolicyTls1313Fips202509
            }
            "SecurityPolicy_TLS13_1_2_PFS_PQ_2025_09" => {
                Self::SecurityPolicyTls1312PfsPq202509
            }
            "SecurityPolicy_TLS13_1_2_FIPS_PQ_2025_09" => {
                Self::SecurityPolicyTls1312FipsPq202509
            }
            "SecurityPolicy_TLS13_1_2_FIPS_PFS_PQ_2025_09" => {
                Self::SecurityPolicyTls1312FipsPfsPq202509
            }
            "SecurityPolicy_TLS13_1_2_Ext2_PQ_2025_09" => {
                Self::SecurityPolicyTls1312Ext2Pq202509
            }
            "SecurityPolicy_TLS13_1_2_Ext2_FIPS_PQ_2025_09" => {
                Self::SecurityPolicyTls1312Ext2FipsPq202509
            }
            "SecurityPolicy_TLS13_1_2_PQ_2025_09" => Self::SecurityPolicyTls1312Pq202509,
            "SecurityPolicy_TLS13_1_2_2021_06" => Self::SecurityPolicyTls1312202106,
            "SecurityPolicy_TLS13_2025_EDGE" => Self::SecurityPolicyTls132025Edge,
            "SecurityPolicy_TLS12_PFS_2025_EDGE" => Self::SecurityPolicyTls12Pfs2025Edge,
            "SecurityPolicy_TLS12_2018_EDGE" => Self::SecurityPolicyTls122018Edge,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(SecurityPolicy);
/// Represents a unique identifier for a version of a deployed RestApi that is
/// callable by users.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct Stage {
    /// Settings for logging access in this stage.
    #[serde(rename = "accessLogSettings", default)]
    pub access_log_settings: ::std::option::Option<crate::types::AccessLogSettings>,
    /// Specifies whether a cache cluster is enabled for the stage.
    #[serde(rename = "cacheClusterEnabled", default)]
    pub cache_cluster_enabled: ::std::option::Option<bool>,
    /// The stage's cache capacity in GB. For more information about choosing a cache
    /// size, see [Enabling API caching to enhance
    /// responsiveness](https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-caching.html).
    #[serde(rename = "cacheClusterSize", default)]
    pub cache_cluster_size: ::std::option::Option<crate::types::CacheClusterSize>,
    /// The status of the cache cluster for the stage, if enabled.
    #[serde(rename = "cacheClusterStatus", default)]
    pub cache_cluster_status: ::std::option::Option<crate::types::CacheClusterStatus>,
    /// Settings for the canary deployment in this stage.
    #[serde(rename = "canarySettings", default)]
    pub canary_settings: ::std::option::Option<crate::types::CanarySettings>,
    /// The identifier of a client certificate for an API stage.
    #[serde(rename = "clientCertificateId", default)]
    pub client_certificate_id: ::std::option::Option<::std::string::String>,
    /// The timestamp when the stage was created.
    #[serde(rename = "createdDate", default)]
    pub created_date: ::std::option::Option<crate::runtime::Timestamp>,
    /// The identifier of the Deployment that the stage points to.
    #[serde(rename = "deploymentId", default)]
    pub deployment_id: ::std::option::Option<::std::string::String>,
    /// The stage's description.
    #[serde(rename = "description", default)]
    pub description: ::std::option::Option<::std::string::String>,
    /// The version of the associated API documentation.
    #[serde(rename = "documentationVersion", default)]
    pub documentation_version: ::std::option::Option<::std::string::String>,
    /// The timestamp when the stage last updated.
    #[serde(rename = "lastUpdatedDate", default)]
    pub last_updated_date: ::std::option::Option<crate::runtime::Timestamp>,
    /// A map that defines the method settings for a Stage resource. Keys (designated as
    /// `/{method_setting_key` below) are method paths defined as
    /// `{resource_path}/{http_method}` for an individual method override, or `/\*/\*`
    /// for overriding all methods in the stage.
    #[serde(rename = "methodSettings", default)]
    pub method_settings: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, crate::types::MethodSetting>,
    >,
    /// The name of the stage is the first path segment in the Uniform Resource
    /// Identifier (URI) of a call to API Gateway. Stage names can only contain
    /// alphanumeric characters, hyphens, and underscores. Maximum length is 128
    /// characters.
    #[serde(rename = "stageName", default)]
    pub stage_name: ::std::option::Option<::std::string::String>,
    /// The collection of tags. Each tag element is associated with a given resource.
    #[serde(rename = "tags", default)]
    pub tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    /// Specifies whether active tracing with X-ray is enabled for the Stage.
    #[serde(rename = "tracingEnabled", default)]
    pub tracing_enabled: ::std::option::Option<bool>,
    /// A map that defines the stage variables for a Stage resource. Variable names can
    /// have alphanumeric and underscore characters, and the values must match
    /// `[A-Za-z0-9-._~:/?#&=,]+`.
    #[serde(rename = "variables", default)]
    pub variables: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    /// The ARN of the WebAcl associated with the Stage.
    #[serde(rename = "webAclArn", default)]
    pub web_acl_arn: ::std::option::Option<::std::string::String>,
}
impl Stage {
    /// A new [`StageBuilder`](crate::types::builders::StageBuilder).
    pub fn builder() -> crate::types::builders::StageBuilder {
        ::std::default::Default::default()
    }
}
/// A reference to a unique stage identified in the format `{restApiId}/{stage}`.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct StageKey {
    /// The string identifier of the associated RestApi.
    #[serde(
        rename = "restApiId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub rest_api_id: ::std::option::Option<::std::string::String>,
    /// The stage name associated with the stage key.
    #[serde(
        rename = "stageName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub stage_name: ::std::option::Option<::std::string::String>,
}
impl StageKey {
    /// A new [`StageKeyBuilder`](crate::types::builders::StageKeyBuilder).
    pub fn builder() -> crate::types::builders::StageKeyBuilder {
        ::std::default::Default::default()
    }
}
/// A list of Stage resources that are associated with the ApiKey resource.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct Stages {
    /// The current page of elements from this collection.
    #[serde(rename = "item", default)]
    pub item: ::std::option::Option<::std::vec::Vec<crate::types::Stage>>,
}
impl Stages {
    /// A new [`StagesBuilder`](crate::types::builders::StagesBuilder).
    pub fn builder() -> crate::types::builders::StagesBuilder {
        ::std::default::Default::default()
    }
}
/// Adds or updates a tag on a given resource.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct TagResourceRequest {
    /// The ARN of a resource that can be tagged.
    #[serde(skip)]
    pub resource_arn: ::std::string::String,
    /// The key-value map of strings. The valid character set is \[a-zA-Z+-=.\_:/\]. The
    /// tag key can be up to 128 characters and must not start with `aws:`. The tag
    /// value can be up to 256 characters.
    #[serde(rename = "tags")]
    pub tags: ::std::collections::HashMap<::std::string::String, ::std::string::String>,
}
impl TagResourceRequest {
    /// A new [`TagResourceRequestBuilder`](crate::types::builders::TagResourceRequestBuilder).
    pub fn builder() -> crate::types::builders::TagResourceRequestBuilder {
        ::std::default::Default::default()
    }
}
/// The collection of tags. Each tag element is associated with a given resource.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct Tags {
    /// The collection of tags. Each tag element is associated with a given resource.
    #[serde(rename = "tags", default)]
    pub tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
}
impl Tags {
    /// A new [`TagsBuilder`](crate::types::builders::TagsBuilder).
    pub fn builder() -> crate::types::builders::TagsBuilder {
        ::std::default::Default::default()
    }
}
/// Represents a mapping template used to transform a payload.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct Template {
    /// The Apache Velocity Template Language (VTL) template content used for the
    /// template resource.
    #[serde(rename = "value", default)]
    pub value: ::std::option::Option<::std::string::String>,
}
impl Template {
    /// A new [`TemplateBuilder`](crate::types::builders::TemplateBuilder).
    pub fn builder() -> crate::types::builders::TemplateBuilder {
        ::std::default::Default::default()
    }
}
/// Make a request to simulate the invocation of an Authorizer.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct TestInvokeAuthorizerRequest {
    /// A key-value map of additional context variables.
    #[serde(
        rename = "additionalContext",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub additional_context: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    /// Specifies a test invoke authorizer request's Authorizer ID.
    #[serde(skip)]
    pub authorizer_id: ::std::string::String,
    /// The simulated request body of an incoming invocation request.
    #[serde(
        rename = "body",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub body: ::std::option::Option<::std::string::String>,
    /// A key-value map of headers to simulate an incoming invocation request. This is
    /// where the incoming authorization token, or identity source, should be specified.
    #[serde(
        rename = "headers",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub headers: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    /// The headers as a map from string to list of values to simulate an incoming
    /// invocation request. This is where the incoming authorization token, or identity
    /// source, may be specified.
    #[serde(
        rename = "multiValueHeaders",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub multi_value_headers: ::std::option::Option<
        ::std::collections::HashMap<
            ::std::string::String,
            ::std::vec::Vec<::std::string::String>,
        >,
    >,
    /// The URI path, including query string, of the simulated invocation request. Use
    /// this to specify path parameters and query string parameters.
    #[serde(
        rename = "pathWithQueryString",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub path_with_query_string: ::std::option::Option<::std::string::String>,
    /// The string identifier of the associated RestApi.
    #[serde(skip)]
    pub rest_api_id: ::std::string::String,
    /// A key-value map of stage variables to simulate an invocation on a deployed
    /// Stage.
    #[serde(
        rename = "stageVariables",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub stage_variables: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
}
impl TestInvokeAuthorizerRequest {
    /// A new [`TestInvokeAuthorizerRequestBuilder`](crate::types::builders::TestInvokeAuthorizerRequestBuilder).
    pub fn builder() -> crate::types::builders::TestInvokeAuthorizerRequestBuilder {
        ::std::default::Default::default()
    }
}
/// Represents the response of the test invoke request for a custom Authorizer
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct TestInvokeAuthorizerResponse {
    /// The authorization response.
    #[serde(rename = "authorization", default)]
    pub authorization: ::std::option::Option<
        ::std::collections::HashMap<
            ::std::string::String,
            ::std::vec::Vec<::std::string::String>,
        >,
    >,
    /// The open identity claims, with any supported custom attributes, returned from
    /// the Cognito Your User Pool configured for the API.
    #[serde(rename = "claims", default)]
    pub claims: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    /// The HTTP status code that the client would have received. Value is 0 if the
    /// authorizer succeeded.
    #[serde(rename = "clientStatus", default)]
    pub client_status: ::std::option::Option<i64>,
    /// The execution latency of the test authorizer request.
    #[serde(rename = "latency", default)]
    pub latency: ::std::option::Option<i64>,
    /// The API Gateway execution log for the test authorizer request.
    #[serde(rename = "log", default)]
    pub log: ::std::option::Option<::std::string::String>,
    /// The JSON policy document returned by the Authorizer
    #[serde(rename = "policy", default)]
    pub policy: ::std::option::Option<::std::string::String>,
    /// The principal identity returned by the Authorizer
    #[serde(rename = "principalId", default)]
    pub principal_id: ::std::option::Option<::std::string::String>,
}
impl TestInvokeAuthorizerResponse {
    /// A new [`TestInvokeAuthorizerResponseBuilder`](crate::types::builders::TestInvokeAuthorizerResponseBuilder).
    pub fn builder() -> crate::types::builders::TestInvokeAuthorizerResponseBuilder {
        ::std::default::Default::default()
    }
}
/// Make a request to simulate the invocation of a Method.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct TestInvokeMethodRequest {
    /// The simulated request body of an incoming invocation request.
    #[serde(
        rename = "body",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub body: ::std::option::Option<::std::string::String>,
    /// A ClientCertificate identifier to use in the test invocation. API Gateway will
    /// use the certificate when making the HTTPS request to the defined back-end
    /// endpoint.
    #[serde(
        rename = "clientCertificateId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub client_certificate_id: ::std::option::Option<::std::string::String>,
    /// A key-value map of headers to simulate an incoming invocation request.
    #[serde(
        rename = "headers",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub headers: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    /// Specifies a test invoke method request's HTTP method.
    #[serde(skip)]
    pub http_method: ::std::string::String,
    /// The headers as a map from string to list of values to simulate an incoming
    /// invocation request.
    #[serde(
        rename = "multiValueHeaders",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub multi_value_headers: ::std::option::Option<
        ::std::collections::HashMap<
            ::std::string::String,
            ::std::vec::Vec<::std::string::String>,
        >,
    >,
    /// The URI path, including query string, of the simulated invocation request. Use
    /// this to specify path parameters and query string parameters.
    #[serde(
        rename = "pathWithQueryString",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub path_with_query_string: ::std::option::Option<::std::string::String>,
    /// Specifies a test invoke method request's resource ID.
    #[serde(skip)]
    pub resource_id: ::std::string::String,
    /// The string identifier of the associated RestApi.
    #[serde(skip)]
    pub rest_api_id: ::std::string::String,
    /// A key-value map of stage variables to simulate an invocation on a deployed
    /// Stage.
    #[serde(
        rename = "stageVariables",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub stage_variables: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
}
impl TestInvokeMethodRequest {
    /// A new [`TestInvokeMethodRequestBuilder`](crate::types::builders::TestInvokeMethodRequestBuilder).
    pub fn builder() -> crate::types::builders::TestInvokeMethodRequestBuilder {
        ::std::default::Default::default()
    }
}
/// Represents the response of the test invoke request in the HTTP method.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct TestInvokeMethodResponse {
    /// The body of the HTTP response.
    #[serde(rename = "body", default)]
    pub body: ::std::option::Option<::std::string::String>,
    /// The headers of the HTTP response.
    #[serde(rename = "headers", default)]
    pub headers: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    /// The execution latency of the test invoke request.
    #[serde(rename = "latency", default)]
    pub latency: ::std::option::Option<i64>,
    /// The API Gateway execution log for the test invoke request.
    #[serde(rename = "log", default)]
    pub log: ::std::option::Option<::std::string::String>,
    /// The headers of the HTTP response as a map from string to list of values.
    #[serde(rename = "multiValueHeaders", default)]
    pub multi_value_headers: ::std::option::Option<
        ::std::collections::HashMap<
            ::std::string::String,
            ::std::vec::Vec<::std::string::String>,
        >,
    >,
    /// The HTTP status code.
    #[serde(rename = "status", default)]
    pub status: ::std::option::Option<i64>,
}
impl TestInvokeMethodResponse {
    /// A new [`TestInvokeMethodResponseBuilder`](crate::types::builders::TestInvokeMethodResponseBuilder).
    pub fn builder() -> crate::types::builders::TestInvokeMethodResponseBuilder {
        ::std::default::Default::default()
    }
}
/// The API request rate limits.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ThrottleSettings {
    /// The API target request burst rate limit. This allows more requests through for a
    /// period of time than the target rate limit.
    #[serde(
        rename = "burstLimit",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub burst_limit: ::std::option::Option<i64>,
    /// The API target request rate limit.
    #[serde(
        rename = "rateLimit",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub rate_limit: ::std::option::Option<f64>,
}
impl ThrottleSettings {
    /// A new [`ThrottleSettingsBuilder`](crate::types::builders::ThrottleSettingsBuilder).
    pub fn builder() -> crate::types::builders::ThrottleSettingsBuilder {
        ::std::default::Default::default()
    }
}
/// Specifies the TLS configuration for an integration.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct TlsConfig {
    /// Specifies whether or not API Gateway skips verification that the certificate for
    /// an integration endpoint is issued by a supported certificate authority. This
    /// isn’t recommended, but it enables you to use certificates that are signed by
    /// private certificate authorities, or certificates that are self-signed. If
    /// enabled, API Gateway still performs basic certificate validation, which includes
    /// checking the certificate's expiration date, hostname, and presence of a root
    /// certificate authority. Supported only for `HTTP` and `HTTP_PROXY` integrations.
    ///
    /// **Important:** Enabling `insecureSkipVerification` isn't recommended, especially
    /// for integrations with public HTTPS endpoints. If you enable
    /// `insecureSkipVerification`, you increase the risk of man-in-the-middle attacks.
    #[serde(
        rename = "insecureSkipVerification",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub insecure_skip_verification: ::std::option::Option<bool>,
}
impl TlsConfig {
    /// A new [`TlsConfigBuilder`](crate::types::builders::TlsConfigBuilder).
    pub fn builder() -> crate::types::builders::TlsConfigBuilder {
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
pub enum UnauthorizedCacheControlHeaderStrategy {
    /// `FAIL_WITH_403`
    FailWith403,
    /// `SUCCEED_WITH_RESPONSE_HEADER`
    SucceedWithResponseHeader,
    /// `SUCCEED_WITHOUT_RESPONSE_HEADER`
    SucceedWithoutResponseHeader,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl UnauthorizedCacheControlHeaderStrategy {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::FailWith403 => "FAIL_WITH_403",
            Self::SucceedWithResponseHeader => "SUCCEED_WITH_RESPONSE_HEADER",
            Self::SucceedWithoutResponseHeader => "SUCCEED_WITHOUT_RESPONSE_HEADER",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &[
            "FAIL_WITH_403",
            "SUCCEED_WITH_RESPONSE_HEADER",
            "SUCCEED_WITHOUT_RESPONSE_HEADER",
        ]
    }
}
impl ::std::convert::From<&str> for UnauthorizedCacheControlHeaderStrategy {
    fn from(s: &str) -> Self {
        match s {
            "FAIL_WITH_403" => Self::FailWith403,
            "SUCCEED_WITH_RESPONSE_HEADER" => Self::SucceedWithResponseHeader,
            "SUCCEED_WITHOUT_RESPONSE_HEADER" => Self::SucceedWithoutResponseHeader,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(UnauthorizedCacheControlHeaderStrategy);
/// Removes a tag from a given resource.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct UntagResourceRequest {
    /// The ARN of a resource that can be tagged.
    #[serde(skip)]
    pub resource_arn: ::std::string::String,
    /// The Tag keys to delete.
    #[serde(skip)]
    pub tag_keys: ::std::vec::Vec<::std::string::String>,
}
impl UntagResourceRequest {
    /// A new [`UntagResourceRequestBuilder`](crate::types::builders::UntagResourceRequestBuilder).
    pub fn builder() -> crate::types::builders::UntagResourceRequestBuilder {
        ::std::default::Default::default()
    }
}
/// Requests API Gateway to change information about the current Account resource.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct UpdateAccountRequest {
    /// For more information about supported patch operations, see [Patch
    /// Operations](https://docs.aws.amazon.com/apigateway/latest/api/patch-operations.html).
    #[serde(
        rename = "patchOperations",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub patch_operations: ::std::option::Option<
        ::std::vec::Vec<crate::types::PatchOperation>,
    >,
}
impl UpdateAccountRequest {
    /// A new [`UpdateAccountRequestBuilder`](crate::types::builders::UpdateAccountRequestBuilder).
    pub fn builder() -> crate::types::builders::UpdateAccountRequestBuilder {
        ::std::default::Default::default()
    }
}
/// A request to change information about an ApiKey resource.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct UpdateApiKeyRequest {
    /// The identifier of the ApiKey resource to be updated.
    #[serde(skip)]
    pub api_key: ::std::string::String,
    /// For more information about supported patch operations, see [Patch
    /// Operations](https://docs.aws.amazon.com/apigateway/latest/api/patch-operations.html).
    #[serde(
        rename = "patchOperations",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub patch_operations: ::std::option::Option<
        ::std::vec::Vec<crate::types::PatchOperation>,
    >,
}
impl UpdateApiKeyRequest {
    /// A new [`UpdateApiKeyRequestBuilder`](crate::types::builders::UpdateApiKeyRequestBuilder).
    pub fn builder() -> crate::types::builders::UpdateApiKeyRequestBuilder {
        ::std::default::Default::default()
    }
}
/// Request to update an existing Authorizer resource.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct UpdateAuthorizerRequest {
    /// The identifier of the Authorizer resource.
    #[serde(skip)]
    pub authorizer_id: ::std::string::String,
    /// For more information about supported patch operations, see [Patch
    /// Operations](https://docs.aws.amazon.com/apigateway/latest/api/patch-operations.html).
    #[serde(
        rename = "patchOperations",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub patch_operations: ::std::option::Option<
        ::std::vec::Vec<crate::types::PatchOperation>,
    >,
    /// The string identifier of the associated RestApi.
    #[serde(skip)]
    pub rest_api_id: ::std::string::String,
}
impl UpdateAuthorizerRequest {
    /// A new [`UpdateAuthorizerRequestBuilder`](crate::types::builders::UpdateAuthorizerRequestBuilder).
    pub fn builder() -> crate::types::builders::UpdateAuthorizerRequestBuilder {
        ::std::default::Default::default()
    }
}
/// A request to change information about the BasePathMapping resource.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct UpdateBasePathMappingRequest {
    /// The base path of the BasePathMapping resource to change.
    ///
    /// To specify an empty base path, set this parameter to `'(none)'`.
    #[serde(skip)]
    pub base_path: ::std::string::String,
    /// The domain name of the BasePathMapping resource to change.
    #[serde(skip)]
    pub domain_name: ::std::string::String,
    #[serde(skip)]
    pub domain_name_id: ::std::option::Option<::std::string::String>,
    /// For more information about supported patch operations, see [Patch
    /// Operations](https://docs.aws.amazon.com/apigateway/latest/api/patch-operations.html).
    #[serde(
        rename = "patchOperations",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub patch_operations: ::std::option::Option<
        ::std::vec::Vec<crate::types::PatchOperation>,
    >,
}
impl UpdateBasePathMappingRequest {
    /// A new [`UpdateBasePathMappingRequestBuilder`](crate::types::builders::UpdateBasePathMappingRequestBuilder).
    pub fn builder() -> crate::types::builders::UpdateBasePathMappingRequestBuilder {
        ::std::default::Default::default()
    }
}
/// A request to change information about an ClientCertificate resource.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct UpdateClientCertificateRequest {
    /// The identifier of the ClientCertificate resource to be updated.
    #[serde(skip)]
    pub client_certificate_id: ::std::string::String,
    /// For more information about supported patch operations, see [Patch
    /// Operations](https://docs.aws.amazon.com/apigateway/latest/api/patch-operations.html).
    #[serde(
        rename = "patchOperations",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub patch_operations: ::std::option::Option<
        ::std::vec::Vec<crate::types::PatchOperation>,
    >,
}
impl UpdateClientCertificateRequest {
    /// A new [`UpdateClientCertificateRequestBuilder`](crate::types::builders::UpdateClientCertificateRequestBuilder).
    pub fn builder() -> crate::types::builders::UpdateClientCertificateRequestBuilder {
        ::std::default::Default::default()
    }
}
/// Requests API Gateway to change information about a Deployment resource.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct UpdateDeploymentRequest {
    /// The replacement identifier for the Deployment resource to change information
    /// about.
    #[serde(skip)]
    pub deployment_id: ::std::string::String,
    /// For more information about supported patch operations, see [Patch
    /// Operations](https://docs.aws.amazon.com/apigateway/latest/api/patch-operations.html).
    #[serde(
        rename = "patchOperations",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub patch_operations: ::std::option::Option<
        ::std::vec::Vec<crate::types::PatchOperation>,
    >,
    /// The string identifier of the associated RestApi.
    #[serde(skip)]
    pub rest_api_id: ::std::string::String,
}
impl UpdateDeploymentRequest {
    /// A new [`UpdateDeploymentRequestBuilder`](crate::types::builders::UpdateDeploymentRequestBuilder).
    pub fn builder() -> crate::types::builders::UpdateDeploymentRequestBuilder {
        ::std::default::Default::default()
    }
}
/// Updates an existing documentation part of a given API.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct UpdateDocumentationPartRequest {
    /// The identifier of the to-be-updated documentation part.
    #[serde(skip)]
    pub documentation_part_id: ::std::string::String,
    /// For more information about supported patch operations, see [Patch
    /// Operations](https://docs.aws.amazon.com/apigateway/latest/api/patch-operations.html).
    #[serde(
        rename = "patchOperations",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub patch_operations: ::std::option::Option<
        ::std::vec::Vec<crate::types::PatchOperation>,
    >,
    /// The string identifier of the associated RestApi.
    #[serde(skip)]
    pub rest_api_id: ::std::string::String,
}
impl UpdateDocumentationPartRequest {
    /// A new [`UpdateDocumentationPartRequestBuilder`](crate::types::builders::UpdateDocumentationPartRequestBuilder).
    pub fn builder() -> crate::types::builders::UpdateDocumentationPartRequestBuilder {
        ::std::default::Default::default()
    }
}
/// Updates an existing documentation version of an API.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct UpdateDocumentationVersionRequest {
    /// The version identifier of the to-be-updated documentation version.
    #[serde(skip)]
    pub documentation_version: ::std::string::String,
    /// For more information about supported patch operations, see [Patch
    /// Operations](https://docs.aws.amazon.com/apigateway/latest/api/patch-operations.html).
    #[serde(
        rename = "patchOperations",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub patch_operations: ::std::option::Option<
        ::std::vec::Vec<crate::types::PatchOperation>,
    >,
    /// The string identifier of the associated RestApi..
    #[serde(skip)]
    pub rest_api_id: ::std::string::String,
}
impl UpdateDocumentationVersionRequest {
    /// A new [`UpdateDocumentationVersionRequestBuilder`](crate::types::builders::UpdateDocumentationVersionRequestBuilder).
    pub fn builder() -> crate::types::builders::UpdateDocumentationVersionRequestBuilder {
        ::std::default::Default::default()
    }
}
/// A request to change information about the DomainName resource.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct UpdateDomainNameRequest {
    /// The name of the DomainName resource to be changed.
    #[serde(skip)]
    pub domain_name: ::std::string::String,
    #[serde(skip)]
    pub domain_name_id: ::std::option::Option<::std::string::String>,
    /// For more information about supported patch operations, see [Patch
    /// Operations](https://docs.aws.amazon.com/apigateway/latest/api/patch-operations.html).
    #[serde(
        rename = "patchOperations",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub patch_operations: ::std::option::Option<
        ::std::vec::Vec<crate::types::PatchOperation>,
    >,
}
impl UpdateDomainNameRequest {
    /// A new [`UpdateDomainNameRequestBuilder`](crate::types::builders::UpdateDomainNameRequestBuilder).
    pub fn builder() -> crate::types::builders::UpdateDomainNameRequestBuilder {
        ::std::default::Default::default()
    }
}
/// Updates a GatewayResponse of a specified response type on the given RestApi.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct UpdateGatewayResponseRequest {
    /// For more information about supported patch operations, see [Patch
    /// Operations](https://docs.aws.amazon.com/apigateway/latest/api/patch-operations.html).
    #[serde(
        rename = "patchOperations",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub patch_operations: ::std::option::Option<
        ::std::vec::Vec<crate::types::PatchOperation>,
    >,
    /// The response type of the associated GatewayResponse.
    #[serde(skip)]
    pub response_type: crate::types::GatewayResponseType,
    /// The string identifier of the associated RestApi.
    #[serde(skip)]
    pub rest_api_id: ::std::string::String,
}
impl UpdateGatewayResponseRequest {
    /// A new [`UpdateGatewayResponseRequestBuilder`](crate::types::builders::UpdateGatewayResponseRequestBuilder).
    pub fn builder() -> crate::types::builders::UpdateGatewayResponseRequestBuilder {
        ::std::default::Default::default()
    }
}
/// Represents an update integration request.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct UpdateIntegrationRequest {
    /// Represents an update integration request's HTTP method.
    #[serde(skip)]
    pub http_method: ::std::string::String,
    /// For more information about supported patch operations, see [Patch
    /// Operations](https://docs.aws.amazon.com/apigateway/latest/api/patch-operations.html).
    #[serde(
        rename = "patchOperations",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub patch_operations: ::std::option::Option<
        ::std::vec::Vec<crate::types::PatchOperation>,
    >,
    /// Represents an update integration request's resource identifier.
    #[serde(skip)]
    pub resource_id: ::std::string::String,
    /// The string identifier of the associated RestApi.
    #[serde(skip)]
    pub rest_api_id: ::std::string::String,
}
impl UpdateIntegrationRequest {
    /// A new [`UpdateIntegrationRequestBuilder`](crate::types::builders::UpdateIntegrationRequestBuilder).
    pub fn builder() -> crate::types::builders::UpdateIntegrationRequestBuilder {
        ::std::default::Default::default()
    }
}
/// Represents an update integration response request.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct UpdateIntegrationResponseRequest {
    /// Specifies an update integration response request's HTTP method.
    #[serde(skip)]
    pub http_method: ::std::string::String,
    /// For more information about supported patch operations, see [Patch
    /// Operations](https://docs.aws.amazon.com/apigateway/latest/api/patch-operations.html).
    #[serde(
        rename = "patchOperations",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub patch_operations: ::std::option::Option<
        ::std::vec::Vec<crate::types::PatchOperation>,
    >,
    /// Specifies an update integration response request's resource identifier.
    #[serde(skip)]
    pub resource_id: ::std::string::String,
    /// The string identifier of the associated RestApi.
    #[serde(skip)]
    pub rest_api_id: ::std::string::String,
    /// Specifies an update integration response request's status code.
    #[serde(skip)]
    pub status_code: ::std::string::String,
}
impl UpdateIntegrationResponseRequest {
    /// A new [`UpdateIntegrationResponseRequestBuilder`](crate::types::builders::UpdateIntegrationResponseRequestBuilder).
    pub fn builder() -> crate::types::builders::UpdateIntegrationResponseRequestBuilder {
        ::std::default::Default::default()
    }
}
/// Request to update an existing Method resource.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct UpdateMethodRequest {
    /// The HTTP verb of the Method resource.
    #[serde(skip)]
    pub http_method: ::std::string::String,
    /// For more information about supported patch operations, see [Patch
    /// Operations](https://docs.aws.amazon.com/apigateway/latest/api/patch-operations.html).
    #[serde(
        rename = "patchOperations",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub patch_operations: ::std::option::Option<
        ::std::vec::Vec<crate::types::PatchOperation>,
    >,
    /// The Resource identifier for the Method resource.
    #[serde(skip)]
    pub resource_id: ::std::string::String,
    /// The string identifier of the associated RestApi.
    #[serde(skip)]
    pub rest_api_id: ::std::string::String,
}
impl UpdateMethodRequest {
    /// A new [`UpdateMethodRequestBuilder`](crate::types::builders::UpdateMethodRequestBuilder).
    pub fn builder() -> crate::types::builders::UpdateMethodRequestBuilder {
        ::std::default::Default::default()
    }
}
/// A request to update an existing MethodResponse resource.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct UpdateMethodResponseRequest {
    /// The HTTP verb of the Method resource.
    #[serde(skip)]
    pub http_method: ::std::string::String,
    /// For more information about supported patch operations, see [Patch
    /// Operations](https://docs.aws.amazon.com/apigateway/latest/api/patch-operations.html).
    #[serde(
        rename = "patchOperations",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub patch_operations: ::std::option::Option<
        ::std::vec::Vec<crate::types::PatchOperation>,
    >,
    /// The Resource identifier for the MethodResponse resource.
    #[serde(skip)]
    pub resource_id: ::std::string::String,
    /// The string identifier of the associated RestApi.
    #[serde(skip)]
    pub rest_api_id: ::std::string::String,
    /// The status code for the MethodResponse resource.
    #[serde(skip)]
    pub status_code: ::std::string::String,
}
impl UpdateMethodResponseRequest {
    /// A new [`UpdateMethodResponseRequestBuilder`](crate::types::builders::UpdateMethodResponseRequestBuilder).
    pub fn builder() -> crate::types::builders::UpdateMethodResponseRequestBuilder {
        ::std::default::Default::default()
    }
}
/// Request to update an existing model in an existing RestApi resource.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct UpdateModelRequest {
    /// The name of the model to update.
    #[serde(skip)]
    pub model_name: ::std::string::String,
    /// For more information about supported patch operations, see [Patch
    /// Operations](https://docs.aws.amazon.com/apigateway/latest/api/patch-operations.html).
    #[serde(
        rename = "patchOperations",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub patch_operations: ::std::option::Option<
        ::std::vec::Vec<crate::types::PatchOperation>,
    >,
    /// The string identifier of the associated RestApi.
    #[serde(skip)]
    pub rest_api_id: ::std::string::String,
}
impl UpdateModelRequest {
    /// A new [`UpdateModelRequestBuilder`](crate::types::builders::UpdateModelRequestBuilder).
    pub fn builder() -> crate::types::builders::UpdateModelRequestBuilder {
        ::std::default::Default::default()
    }
}
/// Updates a RequestValidator of a given RestApi.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct UpdateRequestValidatorRequest {
    /// For more information about supported patch operations, see [Patch
    /// Operations](https://docs.aws.amazon.com/apigateway/latest/api/patch-operations.html).
    #[serde(
        rename = "patchOperations",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub patch_operations: ::std::option::Option<
        ::std::vec::Vec<crate::types::PatchOperation>,
    >,
    /// The identifier of RequestValidator to be updated.
    #[serde(skip)]
    pub request_validator_id: ::std::string::String,
    /// The string identifier of the associated RestApi.
    #[serde(skip)]
    pub rest_api_id: ::std::string::String,
}
impl UpdateRequestValidatorRequest {
    /// A new [`UpdateRequestValidatorRequestBuilder`](crate::types::builders::UpdateRequestValidatorRequestBuilder).
    pub fn builder() -> crate::types::builders::UpdateRequestValidatorRequestBuilder {
        ::std::default::Default::default()
    }
}
/// Request to change information about a Resource resource.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct UpdateResourceRequest {
    /// For more information about supported patch operations, see [Patch
    /// Operations](https://docs.aws.amazon.com/apigateway/latest/api/patch-operations.html).
    #[serde(
        rename = "patchOperations",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub patch_operations: ::std::option::Option<
        ::std::vec::Vec<crate::types::PatchOperation>,
    >,
    /// The identifier of the Resource resource.
    #[serde(skip)]
    pub resource_id: ::std::string::String,
    /// The string identifier of the associated RestApi.
    #[serde(skip)]
    pub rest_api_id: ::std::string::String,
}
impl UpdateResourceRequest {
    /// A new [`UpdateResourceRequestBuilder`](crate::types::builders::UpdateResourceRequestBuilder).
    pub fn builder() -> crate::types::builders::UpdateResourceRequestBuilder {
        ::std::default::Default::default()
    }
}
/// Request to update an existing RestApi resource in your collection.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct UpdateRestApiRequest {
    /// For more information about supported patch operations, see [Patch
    /// Operations](https://docs.aws.amazon.com/apigateway/latest/api/patch-operations.html).
    #[serde(
        rename = "patchOperations",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub patch_operations: ::std::option::Option<
        ::std::vec::Vec<crate::types::PatchOperation>,
    >,
    /// The string identifier of the associated RestApi.
    #[serde(skip)]
    pub rest_api_id: ::std::string::String,
}
impl UpdateRestApiRequest {
    /// A new [`UpdateRestApiRequestBuilder`](crate::types::builders::UpdateRestApiRequestBuilder).
    pub fn builder() -> crate::types::builders::UpdateRestApiRequestBuilder {
        ::std::default::Default::default()
    }
}
/// Requests API Gateway to change information about a Stage resource.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct UpdateStageRequest {
    /// For more information about supported patch operations, see [Patch
    /// Operations](https://docs.aws.amazon.com/apigateway/latest/api/patch-operations.html).
    #[serde(
        rename = "patchOperations",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub patch_operations: ::std::option::Option<
        ::std::vec::Vec<crate::types::PatchOperation>,
    >,
    /// The string identifier of the associated RestApi.
    #[serde(skip)]
    pub rest_api_id: ::std::string::String,
    /// The name of the Stage resource to change information about.
    #[serde(skip)]
    pub stage_name: ::std::string::String,
}
impl UpdateStageRequest {
    /// A new [`UpdateStageRequestBuilder`](crate::types::builders::UpdateStageRequestBuilder).
    pub fn builder() -> crate::types::builders::UpdateStageRequestBuilder {
        ::std::default::Default::default()
    }
}
/// The PATCH request to update a usage plan of a given plan Id.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct UpdateUsagePlanRequest {
    /// For more information about supported patch operations, see [Patch
    /// Operations](https://docs.aws.amazon.com/apigateway/latest/api/patch-operations.html).
    #[serde(
        rename = "patchOperations",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub patch_operations: ::std::option::Option<
        ::std::vec::Vec<crate::types::PatchOperation>,
    >,
    /// The Id of the to-be-updated usage plan.
    #[serde(skip)]
    pub usage_plan_id: ::std::string::String,
}
impl UpdateUsagePlanRequest {
    /// A new [`UpdateUsagePlanRequestBuilder`](crate::types::builders::UpdateUsagePlanRequestBuilder).
    pub fn builder() -> crate::types::builders::UpdateUsagePlanRequestBuilder {
        ::std::default::Default::default()
    }
}
/// The PATCH request to grant a temporary extension to the remaining quota of a
/// usage plan associated with a specified API key.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct UpdateUsageRequest {
    /// The identifier of the API key associated with the usage plan in which a
    /// temporary extension is granted to the remaining quota.
    #[serde(skip)]
    pub key_id: ::std::string::String,
    /// For more information about supported patch operations, see [Patch
    /// Operations](https://docs.aws.amazon.com/apigateway/latest/api/patch-operations.html).
    #[serde(
        rename = "patchOperations",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub patch_operations: ::std::option::Option<
        ::std::vec::Vec<crate::types::PatchOperation>,
    >,
    /// The Id of the usage plan associated with the usage data.
    #[serde(skip)]
    pub usage_plan_id: ::std::string::String,
}
impl UpdateUsageRequest {
    /// A new [`UpdateUsageRequestBuilder`](crate::types::builders::UpdateUsageRequestBuilder).
    pub fn builder() -> crate::types::builders::UpdateUsageRequestBuilder {
        ::std::default::Default::default()
    }
}
/// Updates an existing VpcLink of a specified identifier.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct UpdateVpcLinkRequest {
    /// For more information about supported patch operations, see [Patch
    /// Operations](https://docs.aws.amazon.com/apigateway/latest/api/patch-operations.html).
    #[serde(
        rename = "patchOperations",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub patch_operations: ::std::option::Option<
        ::std::vec::Vec<crate::types::PatchOperation>,
    >,
    /// The identifier of the VpcLink. It is used in an Integration to reference this
    /// VpcLink.
    #[serde(skip)]
    pub vpc_link_id: ::std::string::String,
}
impl UpdateVpcLinkRequest {
    /// A new [`UpdateVpcLinkRequestBuilder`](crate::types::builders::UpdateVpcLinkRequestBuilder).
    pub fn builder() -> crate::types::builders::UpdateVpcLinkRequestBuilder {
        ::std::default::Default::default()
    }
}
/// Represents the usage data of a usage plan.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct Usage {
    /// The ending date of the usage data.
    #[serde(rename = "endDate", default)]
    pub end_date: ::std::option::Option<::std::string::String>,
    /// The usage data, as daily logs of used and remaining quotas, over the specified
    /// time interval indexed over the API keys in a usage plan. For example,
    /// `{..., "values" : { "{api_key}" : [ [0, 100], [10, 90], [100, 10]]}`, where
    /// `{api_key}` stands for an API key value and the daily log entry is of the format
    /// `[used quota, remaining quota]`.
    #[serde(rename = "values", default)]
    pub items: ::std::option::Option<
        ::std::collections::HashMap<
            ::std::string::String,
            ::std::vec::Vec<::std::vec::Vec<i64>>,
        >,
    >,
    #[serde(rename = "position", default)]
    pub position: ::std::option::Option<::std::string::String>,
    /// The starting date of the usage data.
    #[serde(rename = "startDate", default)]
    pub start_date: ::std::option::Option<::std::string::String>,
    /// The plan Id associated with this usage data.
    #[serde(rename = "usagePlanId", default)]
    pub usage_plan_id: ::std::option::Option<::std::string::String>,
}
impl Usage {
    /// A new [`UsageBuilder`](crate::types::builders::UsageBuilder).
    pub fn builder() -> crate::types::builders::UsageBuilder {
        ::std::default::Default::default()
    }
}
/// Represents a usage plan used to specify who can assess associated API stages.
/// Optionally, target request rate and quota limits can be set. In some cases
/// clients can exceed the targets that you set. Don’t rely on usage plans to
/// control costs. Consider using [Amazon Web Services
/// Budgets](https://docs.aws.amazon.com/cost-management/latest/userguide/budgets-managing-costs.html)
/// to monitor costs and
/// [WAF](https://docs.aws.amazon.com/waf/latest/developerguide/waf-chapter.html) to
/// manage API requests.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct UsagePlan {
    /// The associated API stages of a usage plan.
    #[serde(rename = "apiStages", default)]
    pub api_stages: ::std::option::Option<::std::vec::Vec<crate::types::ApiStage>>,
    /// The description of a usage plan.
    #[serde(rename = "description", default)]
    pub description: ::std::option::Option<::std::string::String>,
    /// The identifier of a UsagePlan resource.
    #[serde(rename = "id", default)]
    pub id: ::std::option::Option<::std::string::String>,
    /// The name of a usage plan.
    #[serde(rename = "name", default)]
    pub name: ::std::option::Option<::std::string::String>,
    /// The AWS Markeplace product identifier to associate with the usage plan as a SaaS
    /// product on AWS Marketplace.
    #[serde(rename = "productCode", default)]
    pub product_code: ::std::option::Option<::std::string::String>,
    /// The target maximum number of permitted requests per a given unit time interval.
    #[serde(rename = "quota", default)]
    pub quota: ::std::option::Option<crate::types::QuotaSettings>,
    /// The collection of tags. Each tag element is associated with a given resource.
    #[serde(rename = "tags", default)]
    pub tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    /// A map containing method level throttling information for API stage in a usage
    /// plan.
    #[serde(rename = "throttle", default)]
    pub throttle: ::std::option::Option<crate::types::ThrottleSettings>,
}
impl UsagePlan {
    /// A new [`UsagePlanBuilder`](crate::types::builders::UsagePlanBuilder).
    pub fn builder() -> crate::types::builders::UsagePlanBuilder {
        ::std::default::Default::default()
    }
}
/// Represents a usage plan key to identify a plan customer.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct UsagePlanKey {
    /// The Id of a usage plan key.
    #[serde(rename = "id", default)]
    pub id: ::std::option::Option<::std::string::String>,
    /// The name of a usage plan key.
    #[serde(rename = "name", default)]
    pub name: ::std::option::Option<::std::string::String>,
    /// The type of a usage plan key. Currently, the valid key type is `API_KEY`.
    #[serde(rename = "type", default)]
    pub r#type: ::std::option::Option<::std::string::String>,
    /// The value of a usage plan key.
    #[serde(rename = "value", default)]
    pub value: ::std::option::Option<::std::string::String>,
}
impl UsagePlanKey {
    /// A new [`UsagePlanKeyBuilder`](crate::types::builders::UsagePlanKeyBuilder).
    pub fn builder() -> crate::types::builders::UsagePlanKeyBuilder {
        ::std::default::Default::default()
    }
}
/// Represents the collection of usage plan keys added to usage plans for the
/// associated API keys and, possibly, other types of keys.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct UsagePlanKeys {
    /// The current page of elements from this collection.
    #[serde(rename = "item", default)]
    pub items: ::std::option::Option<::std::vec::Vec<crate::types::UsagePlanKey>>,
    #[serde(rename = "position", default)]
    pub position: ::std::option::Option<::std::string::String>,
}
impl UsagePlanKeys {
    /// A new [`UsagePlanKeysBuilder`](crate::types::builders::UsagePlanKeysBuilder).
    pub fn builder() -> crate::types::builders::UsagePlanKeysBuilder {
        ::std::default::Default::default()
    }
}
/// Represents a collection of usage plans for an AWS account.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct UsagePlans {
    /// The current page of elements from this collection.
    #[serde(rename = "item", default)]
    pub items: ::std::option::Option<::std::vec::Vec<crate::types::UsagePlan>>,
    #[serde(rename = "position", default)]
    pub position: ::std::option::Option<::std::string::String>,
}
impl UsagePlans {
    /// A new [`UsagePlansBuilder`](crate::types::builders::UsagePlansBuilder).
    pub fn builder() -> crate::types::builders::UsagePlansBuilder {
        ::std::default::Default::default()
    }
}
/// An API Gateway VPC link for a RestApi to access resources in an Amazon Virtual
/// Private Cloud (VPC).
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct VpcLink {
    /// The description of the VPC link.
    #[serde(rename = "description", default)]
    pub description: ::std::option::Option<::std::string::String>,
    /// The identifier of the VpcLink. It is used in an Integration to reference this
    /// VpcLink.
    #[serde(rename = "id", default)]
    pub id: ::std::option::Option<::std::string::String>,
    /// The name used to label and identify the VPC link.
    #[serde(rename = "name", default)]
    pub name: ::std::option::Option<::std::string::String>,
    /// The status of the VPC link. The valid values are `AVAILABLE`, `PENDING`,
    /// `DELETING`, or `FAILED`. Deploying an API will wait if the status is `PENDING`
    /// and will fail if the status is `DELETING`.
    #[serde(rename = "status", default)]
    pub status: ::std::option::Option<crate::types::VpcLinkStatus>,
    /// A description about the VPC link status.
    #[serde(rename = "statusMessage", default)]
    pub status_message: ::std::option::Option<::std::string::String>,
    /// The collection of tags. Each tag element is associated with a given resource.
    #[serde(rename = "tags", default)]
    pub tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    /// The ARN of the network load balancer of the VPC targeted by the VPC link. The
    /// network load balancer must be owned by the same AWS account of the API owner.
    #[serde(rename = "targetArns", default)]
    pub target_arns: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
impl VpcLink {
    /// A new [`VpcLinkBuilder`](crate::types::builders::VpcLinkBuilder).
    pub fn builder() -> crate::types::builders::VpcLinkBuilder {
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
pub enum VpcLinkStatus {
    /// `AVAILABLE`
    Available,
    /// `PENDING`
    Pending,
    /// `DELETING`
    Deleting,
    /// `FAILED`
    Failed,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl VpcLinkStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Available => "AVAILABLE",
            Self::Pending => "PENDING",
            Self::Deleting => "DELETING",
            Self::Failed => "FAILED",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["AVAILABLE", "PENDING", "DELETING", "FAILED"]
    }
}
impl ::std::convert::From<&str> for VpcLinkStatus {
    fn from(s: &str) -> Self {
        match s {
            "AVAILABLE" => Self::Available,
            "PENDING" => Self::Pending,
            "DELETING" => Self::Deleting,
            "FAILED" => Self::Failed,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(VpcLinkStatus);
/// The collection of VPC links under the caller's account in a region.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct VpcLinks {
    /// The current page of elements from this collection.
    #[serde(rename = "item", default)]
    pub items: ::std::option::Option<::std::vec::Vec<crate::types::VpcLink>>,
    #[serde(rename = "position", default)]
    pub position: ::std::option::Option<::std::string::String>,
}
impl VpcLinks {
    /// A new [`VpcLinksBuilder`](crate::types::builders::VpcLinksBuilder).
    pub fn builder() -> crate::types::builders::VpcLinksBuilder {
        ::std::default::Default::default()
    }
}
