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
pub enum AmiTypes {
    /// `AL2_x86_64`
    Al2X8664,
    /// `AL2_x86_64_GPU`
    Al2X8664Gpu,
    /// `AL2_ARM_64`
    Al2Arm64,
    /// `CUSTOM`
    Custom,
    /// `BOTTLEROCKET_ARM_64`
    BottlerocketArm64,
    /// `BOTTLEROCKET_x86_64`
    BottlerocketX8664,
    /// `BOTTLEROCKET_ARM_64_NVIDIA`
    BottlerocketArm64Nvidia,
    /// `BOTTLEROCKET_x86_64_NVIDIA`
    BottlerocketX8664Nvidia,
    /// `WINDOWS_CORE_2019_x86_64`
    WindowsCore2019X8664,
    /// `WINDOWS_FULL_2019_x86_64`
    WindowsFull2019X8664,
    /// `WINDOWS_CORE_2022_x86_64`
    WindowsCore2022X8664,
    /// `WINDOWS_FULL_2022_x86_64`
    WindowsFull2022X8664,
    /// `BOTTLEROCKET_ARM_64_FIPS`
    BottlerocketArm64Fips,
    /// `BOTTLEROCKET_x86_64_FIPS`
    BottlerocketX8664Fips,
    /// `BOTTLEROCKET_ARM_64_NVIDIA_FIPS`
    BottlerocketArm64NvidiaFips,
    /// `BOTTLEROCKET_x86_64_NVIDIA_FIPS`
    BottlerocketX8664NvidiaFips,
    /// `WINDOWS_CORE_2025_x86_64`
    WindowsCore2025X8664,
    /// `WINDOWS_FULL_2025_x86_64`
    WindowsFull2025X8664,
    /// `AL2023_x86_64_STANDARD`
    Al2023X8664Standard,
    /// `AL2023_ARM_64_STANDARD`
    Al2023Arm64Standard,
    /// `AL2023_x86_64_NEURON`
    Al2023X8664Neuron,
    /// `AL2023_x86_64_NVIDIA`
    Al2023X8664Nvidia,
    /// `AL2023_ARM_64_NVIDIA`
    Al2023Arm64Nvidia,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl AmiTypes {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Al2X8664 => "AL2_x86_64",
            Self::Al2X8664Gpu => "AL2_x86_64_GPU",
            Self::Al2Arm64 => "AL2_ARM_64",
            Self::Custom => "CUSTOM",
            Self::BottlerocketArm64 => "BOTTLEROCKET_ARM_64",
            Self::BottlerocketX8664 => "BOTTLEROCKET_x86_64",
            Self::BottlerocketArm64Nvidia => "BOTTLEROCKET_ARM_64_NVIDIA",
            Self::BottlerocketX8664Nvidia => "BOTTLEROCKET_x86_64_NVIDIA",
            Self::WindowsCore2019X8664 => "WINDOWS_CORE_2019_x86_64",
            Self::WindowsFull2019X8664 => "WINDOWS_FULL_2019_x86_64",
            Self::WindowsCore2022X8664 => "WINDOWS_CORE_2022_x86_64",
            Self::WindowsFull2022X8664 => "WINDOWS_FULL_2022_x86_64",
            Self::BottlerocketArm64Fips => "BOTTLEROCKET_ARM_64_FIPS",
            Self::BottlerocketX8664Fips => "BOTTLEROCKET_x86_64_FIPS",
            Self::BottlerocketArm64NvidiaFips => "BOTTLEROCKET_ARM_64_NVIDIA_FIPS",
            Self::BottlerocketX8664NvidiaFips => "BOTTLEROCKET_x86_64_NVIDIA_FIPS",
            Self::WindowsCore2025X8664 => "WINDOWS_CORE_2025_x86_64",
            Self::WindowsFull2025X8664 => "WINDOWS_FULL_2025_x86_64",
            Self::Al2023X8664Standard => "AL2023_x86_64_STANDARD",
            Self::Al2023Arm64Standard => "AL2023_ARM_64_STANDARD",
            Self::Al2023X8664Neuron => "AL2023_x86_64_NEURON",
            Self::Al2023X8664Nvidia => "AL2023_x86_64_NVIDIA",
            Self::Al2023Arm64Nvidia => "AL2023_ARM_64_NVIDIA",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &[
            "AL2_x86_64",
            "AL2_x86_64_GPU",
            "AL2_ARM_64",
            "CUSTOM",
            "BOTTLEROCKET_ARM_64",
            "BOTTLEROCKET_x86_64",
            "BOTTLEROCKET_ARM_64_NVIDIA",
            "BOTTLEROCKET_x86_64_NVIDIA",
            "WINDOWS_CORE_2019_x86_64",
            "WINDOWS_FULL_2019_x86_64",
            "WINDOWS_CORE_2022_x86_64",
            "WINDOWS_FULL_2022_x86_64",
            "BOTTLEROCKET_ARM_64_FIPS",
            "BOTTLEROCKET_x86_64_FIPS",
            "BOTTLEROCKET_ARM_64_NVIDIA_FIPS",
            "BOTTLEROCKET_x86_64_NVIDIA_FIPS",
            "WINDOWS_CORE_2025_x86_64",
            "WINDOWS_FULL_2025_x86_64",
            "AL2023_x86_64_STANDARD",
            "AL2023_ARM_64_STANDARD",
            "AL2023_x86_64_NEURON",
            "AL2023_x86_64_NVIDIA",
            "AL2023_ARM_64_NVIDIA",
        ]
    }
}
impl ::std::convert::From<&str> for AmiTypes {
    fn from(s: &str) -> Self {
        match s {
            "AL2_x86_64" => Self::Al2X8664,
            "AL2_x86_64_GPU" => Self::Al2X8664Gpu,
            "AL2_ARM_64" => Self::Al2Arm64,
            "CUSTOM" => Self::Custom,
            "BOTTLEROCKET_ARM_64" => Self::BottlerocketArm64,
            "BOTTLEROCKET_x86_64" => Self::BottlerocketX8664,
            "BOTTLEROCKET_ARM_64_NVIDIA" => Self::BottlerocketArm64Nvidia,
            "BOTTLEROCKET_x86_64_NVIDIA" => Self::BottlerocketX8664Nvidia,
            "WINDOWS_CORE_2019_x86_64" => Self::WindowsCore2019X8664,
            "WINDOWS_FULL_2019_x86_64" => Self::WindowsFull2019X8664,
            "WINDOWS_CORE_2022_x86_64" => Self::WindowsCore2022X8664,
            "WINDOWS_FULL_2022_x86_64" => Self::WindowsFull2022X8664,
            "BOTTLEROCKET_ARM_64_FIPS" => Self::BottlerocketArm64Fips,
            "BOTTLEROCKET_x86_64_FIPS" => Self::BottlerocketX8664Fips,
            "BOTTLEROCKET_ARM_64_NVIDIA_FIPS" => Self::BottlerocketArm64NvidiaFips,
            "BOTTLEROCKET_x86_64_NVIDIA_FIPS" => Self::BottlerocketX8664NvidiaFips,
            "WINDOWS_CORE_2025_x86_64" => Self::WindowsCore2025X8664,
            "WINDOWS_FULL_2025_x86_64" => Self::WindowsFull2025X8664,
            "AL2023_x86_64_STANDARD" => Self::Al2023X8664Standard,
            "AL2023_ARM_64_STANDARD" => Self::Al2023Arm64Standard,
            "AL2023_x86_64_NEURON" => Self::Al2023X8664Neuron,
            "AL2023_x86_64_NVIDIA" => Self::Al2023X8664Nvidia,
            "AL2023_ARM_64_NVIDIA" => Self::Al2023Arm64Nvidia,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(AmiTypes);
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
pub struct AccessConfigResponse {
    #[serde(rename = "authenticationMode", default)]
    pub authentication_mode: ::std::option::Option<crate::types::AuthenticationMode>,
    #[serde(rename = "bootstrapClusterCreatorAdminPermissions", default)]
    pub bootstrap_cluster_creator_admin_permissions: ::std::option::Option<bool>,
}
impl AccessConfigResponse {
    /// A new [`AccessConfigResponseBuilder`](crate::types::builders::AccessConfigResponseBuilder).
    pub fn builder() -> crate::types::builders::AccessConfigResponseBuilder {
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
pub struct AccessEntry {
    #[serde(rename = "accessEntryArn", default)]
    pub access_entry_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "clusterName", default)]
    pub cluster_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "createdAt", default)]
    pub created_at: ::std::option::Option<crate::runtime::Timestamp>,
    #[serde(rename = "kubernetesGroups", default)]
    pub kubernetes_groups: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "modifiedAt", default)]
    pub modified_at: ::std::option::Option<crate::runtime::Timestamp>,
    #[serde(rename = "principalArn", default)]
    pub principal_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "tags", default)]
    pub tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    #[serde(rename = "type", default)]
    pub r#type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "username", default)]
    pub username: ::std::option::Option<::std::string::String>,
}
impl AccessEntry {
    /// A new [`AccessEntryBuilder`](crate::types::builders::AccessEntryBuilder).
    pub fn builder() -> crate::types::builders::AccessEntryBuilder {
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
pub struct AccessPolicy {
    #[serde(rename = "arn", default)]
    pub arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "name", default)]
    pub name: ::std::option::Option<::std::string::String>,
}
impl AccessPolicy {
    /// A new [`AccessPolicyBuilder`](crate::types::builders::AccessPolicyBuilder).
    pub fn builder() -> crate::types::builders::AccessPolicyBuilder {
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
pub struct AccessScope {
    #[serde(
        rename = "namespaces",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub namespaces: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(
        rename = "type",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub r#type: ::std::option::Option<crate::types::AccessScopeType>,
}
impl AccessScope {
    /// A new [`AccessScopeBuilder`](crate::types::builders::AccessScopeBuilder).
    pub fn builder() -> crate::types::builders::AccessScopeBuilder {
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
pub enum AccessScopeType {
    /// `cluster`
    Cluster,
    /// `namespace`
    Namespace,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl AccessScopeType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Cluster => "cluster",
            Self::Namespace => "namespace",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["cluster", "namespace"]
    }
}
impl ::std::convert::From<&str> for AccessScopeType {
    fn from(s: &str) -> Self {
        match s {
            "cluster" => Self::Cluster,
            "namespace" => Self::Namespace,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(AccessScopeType);
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
pub struct AckConfigRequest {
    #[serde(
        rename = "disabledServices",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disabled_services: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(
        rename = "enableCrossNamespace",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub enable_cross_namespace: ::std::option::Option<bool>,
}
impl AckConfigRequest {
    /// A new [`AckConfigRequestBuilder`](crate::types::builders::AckConfigRequestBuilder).
    pub fn builder() -> crate::types::builders::AckConfigRequestBuilder {
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
pub struct AckConfigResponse {
    #[serde(rename = "disabledServices", default)]
    pub disabled_services: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "enableCrossNamespace", default)]
    pub enable_cross_namespace: ::std::option::Option<bool>,
}
impl AckConfigResponse {
    /// A new [`AckConfigResponseBuilder`](crate::types::builders::AckConfigResponseBuilder).
    pub fn builder() -> crate::types::builders::AckConfigResponseBuilder {
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
pub struct ActivateCertificateAuthorityRequest {
    #[serde(skip)]
    pub certificate_authority_id: ::std::string::String,
    /// If not set, `send()` fills it with a random UUID (version 4), as the AWS SDKs
    /// do; every retry of that call sends the same one.
    #[serde(
        rename = "clientRequestToken",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub client_request_token: ::std::option::Option<::std::string::String>,
    #[serde(skip)]
    pub cluster_name: ::std::string::String,
}
impl ActivateCertificateAuthorityRequest {
    /// A new [`ActivateCertificateAuthorityRequestBuilder`](crate::types::builders::ActivateCertificateAuthorityRequestBuilder).
    pub fn builder() -> crate::types::builders::ActivateCertificateAuthorityRequestBuilder {
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
pub struct ActivateCertificateAuthorityResponse {
    #[serde(rename = "certificateAuthority", default)]
    pub certificate_authority: ::std::option::Option<
        crate::types::CertificateAuthoritySummary,
    >,
    #[serde(rename = "update", default)]
    pub update: ::std::option::Option<crate::types::Update>,
}
impl ActivateCertificateAuthorityResponse {
    /// A new [`ActivateCertificateAuthorityResponseBuilder`](crate::types::builders::ActivateCertificateAuthorityResponseBuilder).
    pub fn builder() -> crate::types::builders::ActivateCertificateAuthorityResponseBuilder {
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
pub struct ActiveCertificateAuthority {
    #[serde(rename = "activatedBy", default)]
    pub activated_by: ::std::option::Option<
        crate::types::CertificateAuthorityActivatedBy,
    >,
    #[serde(rename = "id", default)]
    pub id: ::std::option::Option<::std::string::String>,
}
impl ActiveCertificateAuthority {
    /// A new [`ActiveCertificateAuthorityBuilder`](crate::types::builders::ActiveCertificateAuthorityBuilder).
    pub fn builder() -> crate::types::builders::ActiveCertificateAuthorityBuilder {
        ::std::default::Default::default()
    }
}
/// An Amazon EKS add-on. For more information, see [Amazon EKS
/// add-ons](https://docs.aws.amazon.com/eks/latest/userguide/eks-add-ons.html) in
/// the *Amazon EKS User Guide*.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct Addon {
    /// The Amazon Resource Name (ARN) of the add-on.
    #[serde(rename = "addonArn", default)]
    pub addon_arn: ::std::option::Option<::std::string::String>,
    /// The name of the add-on.
    #[serde(rename = "addonName", default)]
    pub addon_name: ::std::option::Option<::std::string::String>,
    /// The version of the add-on.
    #[serde(rename = "addonVersion", default)]
    pub addon_version: ::std::option::Option<::std::string::String>,
    /// The name of the cluster.
    #[serde(rename = "clusterName", default)]
    pub cluster_name: ::std::option::Option<::std::string::String>,
    /// The configuration values that you provided.
    #[serde(rename = "configurationValues", default)]
    pub configuration_values: ::std::option::Option<::std::string::String>,
    /// The date and time that the add-on was created.
    #[serde(rename = "createdAt", default)]
    pub created_at: ::std::option::Option<crate::runtime::Timestamp>,
    /// An object that represents the health of the add-on.
    #[serde(rename = "health", default)]
    pub health: ::std::option::Option<crate::types::AddonHealth>,
    /// Information about an Amazon EKS add-on from the Amazon Web Services Marketplace.
    #[serde(rename = "marketplaceInformation", default)]
    pub marketplace_information: ::std::option::Option<
        crate::types::MarketplaceInformation,
    >,
    /// The date and time that the add-on was last modified.
    #[serde(rename = "modifiedAt", default)]
    pub modified_at: ::std::option::Option<crate::runtime::Timestamp>,
    /// The owner of the add-on.
    #[serde(rename = "owner", default)]
    pub owner: ::std::option::Option<::std::string::String>,
    /// The publisher of the add-on.
    #[serde(rename = "publisher", default)]
    pub publisher: ::std::option::Option<::std::string::String>,
    /// The Amazon Resource Name (ARN) of the IAM role that's bound to the Kubernetes
    /// service account that the add-on uses.
    #[serde(rename = "serviceAccountRoleArn", default)]
    pub service_account_role_arn: ::std::option::Option<::std::string::String>,
    /// The status of the add-on.
    #[serde(rename = "status", default)]
    pub status: ::std::option::Option<crate::types::AddonStatus>,
    /// The metadata that you apply to the add-on to assist with categorization and
    /// organization. Each tag consists of a key and an optional value. You define both.
    /// Add-on tags do not propagate to any other resources associated with the cluster.
    #[serde(rename = "tags", default)]
    pub tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "namespaceConfig", default)]
    pub namespace_config: ::std::option::Option<
        crate::types::AddonNamespaceConfigResponse,
    >,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "podIdentityAssociations", default)]
    pub pod_identity_associations: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
}
impl Addon {
    /// A new [`AddonBuilder`](crate::types::builders::AddonBuilder).
    pub fn builder() -> crate::types::builders::AddonBuilder {
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
pub struct AddonCompatibilityDetail {
    #[serde(rename = "compatibleVersions", default)]
    pub compatible_versions: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    #[serde(rename = "name", default)]
    pub name: ::std::option::Option<::std::string::String>,
}
impl AddonCompatibilityDetail {
    /// A new [`AddonCompatibilityDetailBuilder`](crate::types::builders::AddonCompatibilityDetailBuilder).
    pub fn builder() -> crate::types::builders::AddonCompatibilityDetailBuilder {
        ::std::default::Default::default()
    }
}
/// The health of the add-on.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct AddonHealth {
    /// An object representing the health issues for an add-on.
    #[serde(rename = "issues", default)]
    pub issues: ::std::option::Option<::std::vec::Vec<crate::types::AddonIssue>>,
}
impl AddonHealth {
    /// A new [`AddonHealthBuilder`](crate::types::builders::AddonHealthBuilder).
    pub fn builder() -> crate::types::builders::AddonHealthBuilder {
        ::std::default::Default::default()
    }
}
/// Information about an add-on.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct AddonInfo {
    /// The name of the add-on.
    #[serde(rename = "addonName", default)]
    pub addon_name: ::std::option::Option<::std::string::String>,
    /// An object representing information about available add-on versions and
    /// compatible Kubernetes versions.
    #[serde(rename = "addonVersions", default)]
    pub addon_versions: ::std::option::Option<
        ::std::vec::Vec<crate::types::AddonVersionInfo>,
    >,
    /// Information about the add-on from the Amazon Web Services Marketplace.
    #[serde(rename = "marketplaceInformation", default)]
    pub marketplace_information: ::std::option::Option<
        crate::types::MarketplaceInformation,
    >,
    /// The owner of the add-on.
    #[serde(rename = "owner", default)]
    pub owner: ::std::option::Option<::std::string::String>,
    /// The publisher of the add-on.
    #[serde(rename = "publisher", default)]
    pub publisher: ::std::option::Option<::std::string::String>,
    /// The type of the add-on.
    #[serde(rename = "type", default)]
    pub r#type: ::std::option::Option<::std::string::String>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "defaultNamespace", default)]
    pub default_namespace: ::std::option::Option<::std::string::String>,
}
impl AddonInfo {
    /// A new [`AddonInfoBuilder`](crate::types::builders::AddonInfoBuilder).
    pub fn builder() -> crate::types::builders::AddonInfoBuilder {
        ::std::default::Default::default()
    }
}
/// An issue related to an add-on.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct AddonIssue {
    /// A code that describes the type of issue.
    #[serde(rename = "code", default)]
    pub code: ::std::option::Option<crate::types::AddonIssueCode>,
    /// A message that provides details about the issue and what might cause it.
    #[serde(rename = "message", default, alias = "Message")]
    pub message: ::std::option::Option<::std::string::String>,
    /// The resource IDs of the issue.
    #[serde(rename = "resourceIds", default)]
    pub resource_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
impl AddonIssue {
    /// A new [`AddonIssueBuilder`](crate::types::builders::AddonIssueBuilder).
    pub fn builder() -> crate::types::builders::AddonIssueBuilder {
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
pub enum AddonIssueCode {
    /// `AccessDenied`
    AccessDenied,
    /// `InternalFailure`
    InternalFailure,
    /// `ClusterUnreachable`
    ClusterUnreachable,
    /// `InsufficientNumberOfReplicas`
    InsufficientNumberOfReplicas,
    /// `ConfigurationConflict`
    ConfigurationConflict,
    /// `AdmissionRequestDenied`
    AdmissionRequestDenied,
    /// `UnsupportedAddonModification`
    UnsupportedAddonModification,
    /// `K8sResourceNotFound`
    K8sResourceNotFound,
    /// `AddonSubscriptionNeeded`
    AddonSubscriptionNeeded,
    /// `AddonPermissionFailure`
    AddonPermissionFailure,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl AddonIssueCode {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AccessDenied => "AccessDenied",
            Self::InternalFailure => "InternalFailure",
            Self::ClusterUnreachable => "ClusterUnreachable",
            Self::InsufficientNumberOfReplicas => "InsufficientNumberOfReplicas",
            Self::ConfigurationConflict => "ConfigurationConflict",
            Self::AdmissionRequestDenied => "AdmissionRequestDenied",
            Self::UnsupportedAddonModification => "UnsupportedAddonModification",
            Self::K8sResourceNotFound => "K8sResourceNotFound",
            Self::AddonSubscriptionNeeded => "AddonSubscriptionNeeded",
            Self::AddonPermissionFailure => "AddonPermissionFailure",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &[
            "AccessDenied",
            "InternalFailure",
            "ClusterUnreachable",
            "InsufficientNumberOfReplicas",
            "ConfigurationConflict",
            "AdmissionRequestDenied",
            "UnsupportedAddonModification",
            "K8sResourceNotFound",
            "AddonSubscriptionNeeded",
            "AddonPermissionFailure",
        ]
    }
}
impl ::std::convert::From<&str> for AddonIssueCode {
    fn from(s: &str) -> Self {
        match s {
            "AccessDenied" => Self::AccessDenied,
            "InternalFailure" => Self::InternalFailure,
            "ClusterUnreachable" => Self::ClusterUnreachable,
            "InsufficientNumberOfReplicas" => Self::InsufficientNumberOfReplicas,
            "ConfigurationConflict" => Self::ConfigurationConflict,
            "AdmissionRequestDenied" => Self::AdmissionRequestDenied,
            "UnsupportedAddonModification" => Self::UnsupportedAddonModification,
            "K8sResourceNotFound" => Self::K8sResourceNotFound,
            "AddonSubscriptionNeeded" => Self::AddonSubscriptionNeeded,
            "AddonPermissionFailure" => Self::AddonPermissionFailure,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(AddonIssueCode);
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
pub struct AddonNamespaceConfigRequest {
    #[serde(
        rename = "namespace",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub namespace: ::std::option::Option<::std::string::String>,
}
impl AddonNamespaceConfigRequest {
    /// A new [`AddonNamespaceConfigRequestBuilder`](crate::types::builders::AddonNamespaceConfigRequestBuilder).
    pub fn builder() -> crate::types::builders::AddonNamespaceConfigRequestBuilder {
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
pub struct AddonNamespaceConfigResponse {
    #[serde(rename = "namespace", default)]
    pub namespace: ::std::option::Option<::std::string::String>,
}
impl AddonNamespaceConfigResponse {
    /// A new [`AddonNamespaceConfigResponseBuilder`](crate::types::builders::AddonNamespaceConfigResponseBuilder).
    pub fn builder() -> crate::types::builders::AddonNamespaceConfigResponseBuilder {
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
pub struct AddonPodIdentityAssociations {
    #[serde(rename = "roleArn")]
    pub role_arn: ::std::string::String,
    #[serde(rename = "serviceAccount")]
    pub service_account: ::std::string::String,
}
impl AddonPodIdentityAssociations {
    /// A new [`AddonPodIdentityAssociationsBuilder`](crate::types::builders::AddonPodIdentityAssociationsBuilder).
    pub fn builder() -> crate::types::builders::AddonPodIdentityAssociationsBuilder {
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
pub struct AddonPodIdentityConfiguration {
    #[serde(rename = "recommendedManagedPolicies", default)]
    pub recommended_managed_policies: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    #[serde(rename = "serviceAccount", default)]
    pub service_account: ::std::option::Option<::std::string::String>,
}
impl AddonPodIdentityConfiguration {
    /// A new [`AddonPodIdentityConfigurationBuilder`](crate::types::builders::AddonPodIdentityConfigurationBuilder).
    pub fn builder() -> crate::types::builders::AddonPodIdentityConfigurationBuilder {
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
pub enum AddonStatus {
    /// `CREATING`
    Creating,
    /// `ACTIVE`
    Active,
    /// `CREATE_FAILED`
    CreateFailed,
    /// `UPDATING`
    Updating,
    /// `DELETING`
    Deleting,
    /// `DELETE_FAILED`
    DeleteFailed,
    /// `DEGRADED`
    Degraded,
    /// `UPDATE_FAILED`
    UpdateFailed,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl AddonStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Creating => "CREATING",
            Self::Active => "ACTIVE",
            Self::CreateFailed => "CREATE_FAILED",
            Self::Updating => "UPDATING",
            Self::Deleting => "DELETING",
            Self::DeleteFailed => "DELETE_FAILED",
            Self::Degraded => "DEGRADED",
            Self::UpdateFailed => "UPDATE_FAILED",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &[
            "CREATING",
            "ACTIVE",
            "CREATE_FAILED",
            "UPDATING",
            "DELETING",
            "DELETE_FAILED",
            "DEGRADED",
            "UPDATE_FAILED",
        ]
    }
}
impl ::std::convert::From<&str> for AddonStatus {
    fn from(s: &str) -> Self {
        match s {
            "CREATING" => Self::Creating,
            "ACTIVE" => Self::Active,
            "CREATE_FAILED" => Self::CreateFailed,
            "UPDATING" => Self::Updating,
            "DELETING" => Self::Deleting,
            "DELETE_FAILED" => Self::DeleteFailed,
            "DEGRADED" => Self::Degraded,
            "UPDATE_FAILED" => Self::UpdateFailed,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(AddonStatus);
/// Information about an add-on version.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct AddonVersionInfo {
    /// The version of the add-on.
    #[serde(rename = "addonVersion", default)]
    pub addon_version: ::std::option::Option<::std::string::String>,
    /// The architectures that the version supports.
    #[serde(rename = "architecture", default)]
    pub architecture: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// An object representing the compatibilities of a version.
    #[serde(rename = "compatibilities", default)]
    pub compatibilities: ::std::option::Option<
        ::std::vec::Vec<crate::types::Compatibility>,
    >,
    /// Whether the add-on requires configuration.
    #[serde(rename = "requiresConfiguration", default)]
    pub requires_configuration: ::std::option::Option<bool>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "computeTypes", default)]
    pub compute_types: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "requiresIamPermissions", default)]
    pub requires_iam_permissions: ::std::option::Option<bool>,
}
impl AddonVersionInfo {
    /// A new [`AddonVersionInfoBuilder`](crate::types::builders::AddonVersionInfoBuilder).
    pub fn builder() -> crate::types::builders::AddonVersionInfoBuilder {
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
pub struct AllowedValuesConstraint {
    #[serde(rename = "allowedValues", default)]
    pub allowed_values: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
impl AllowedValuesConstraint {
    /// A new [`AllowedValuesConstraintBuilder`](crate::types::builders::AllowedValuesConstraintBuilder).
    pub fn builder() -> crate::types::builders::AllowedValuesConstraintBuilder {
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
pub struct ArgoCdAwsIdcConfigRequest {
    #[serde(rename = "idcInstanceArn")]
    pub idc_instance_arn: ::std::string::String,
    #[serde(
        rename = "idcRegion",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub idc_region: ::std::option::Option<::std::string::String>,
}
impl ArgoCdAwsIdcConfigRequest {
    /// A new [`ArgoCdAwsIdcConfigRequestBuilder`](crate::types::builders::ArgoCdAwsIdcConfigRequestBuilder).
    pub fn builder() -> crate::types::builders::ArgoCdAwsIdcConfigRequestBuilder {
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
pub struct ArgoCdAwsIdcConfigResponse {
    #[serde(rename = "idcInstanceArn", default)]
    pub idc_instance_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "idcManagedApplicationArn", default)]
    pub idc_managed_application_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "idcRegion", default)]
    pub idc_region: ::std::option::Option<::std::string::String>,
}
impl ArgoCdAwsIdcConfigResponse {
    /// A new [`ArgoCdAwsIdcConfigResponseBuilder`](crate::types::builders::ArgoCdAwsIdcConfigResponseBuilder).
    pub fn builder() -> crate::types::builders::ArgoCdAwsIdcConfigResponseBuilder {
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
pub struct ArgoCdConfigRequest {
    #[serde(rename = "awsIdc")]
    pub aws_idc: crate::types::ArgoCdAwsIdcConfigRequest,
    #[serde(
        rename = "endpointPrefix",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub endpoint_prefix: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "namespace",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub namespace: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "networkAccess",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub network_access: ::std::option::Option<
        crate::types::ArgoCdNetworkAccessConfigRequest,
    >,
    #[serde(
        rename = "rbacRoleMappings",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub rbac_role_mappings: ::std::option::Option<
        ::std::vec::Vec<crate::types::ArgoCdRoleMapping>,
    >,
}
impl ArgoCdConfigRequest {
    /// A new [`ArgoCdConfigRequestBuilder`](crate::types::builders::ArgoCdConfigRequestBuilder).
    pub fn builder() -> crate::types::builders::ArgoCdConfigRequestBuilder {
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
pub struct ArgoCdConfigResponse {
    #[serde(rename = "awsIdc", default)]
    pub aws_idc: ::std::option::Option<crate::types::ArgoCdAwsIdcConfigResponse>,
    #[serde(rename = "endpointPrefix", default)]
    pub endpoint_prefix: ::std::option::Option<::std::string::String>,
    #[serde(rename = "namespace", default)]
    pub namespace: ::std::option::Option<::std::string::String>,
    #[serde(rename = "networkAccess", default)]
    pub network_access: ::std::option::Option<
        crate::types::ArgoCdNetworkAccessConfigResponse,
    >,
    #[serde(rename = "rbacRoleMappings", default)]
    pub rbac_role_mappings: ::std::option::Option<
        ::std::vec::Vec<crate::types::ArgoCdRoleMapping>,
    >,
    #[serde(rename = "serverUrl", default)]
    pub server_url: ::std::option::Option<::std::string::String>,
}
impl ArgoCdConfigResponse {
    /// A new [`ArgoCdConfigResponseBuilder`](crate::types::builders::ArgoCdConfigResponseBuilder).
    pub fn builder() -> crate::types::builders::ArgoCdConfigResponseBuilder {
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
pub struct ArgoCdNetworkAccessConfigRequest {
    #[serde(
        rename = "vpceIds",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub vpce_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
impl ArgoCdNetworkAccessConfigRequest {
    /// A new [`ArgoCdNetworkAccessConfigRequestBuilder`](crate::types::builders::ArgoCdNetworkAccessConfigRequestBuilder).
    pub fn builder() -> crate::types::builders::ArgoCdNetworkAccessConfigRequestBuilder {
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
pub struct ArgoCdNetworkAccessConfigResponse {
    #[serde(rename = "vpceIds", default)]
    pub vpce_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
impl ArgoCdNetworkAccessConfigResponse {
    /// A new [`ArgoCdNetworkAccessConfigResponseBuilder`](crate::types::builders::ArgoCdNetworkAccessConfigResponseBuilder).
    pub fn builder() -> crate::types::builders::ArgoCdNetworkAccessConfigResponseBuilder {
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
pub enum ArgoCdRole {
    /// `ADMIN`
    Admin,
    /// `EDITOR`
    Editor,
    /// `VIEWER`
    Viewer,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl ArgoCdRole {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Admin => "ADMIN",
            Self::Editor => "EDITOR",
            Self::Viewer => "VIEWER",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["ADMIN", "EDITOR", "VIEWER"]
    }
}
impl ::std::convert::From<&str> for ArgoCdRole {
    fn from(s: &str) -> Self {
        match s {
            "ADMIN" => Self::Admin,
            "EDITOR" => Self::Editor,
            "VIEWER" => Self::Viewer,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(ArgoCdRole);
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
pub struct ArgoCdRoleMapping {
    #[serde(rename = "identities", default)]
    pub identities: ::std::vec::Vec<crate::types::SsoIdentity>,
    #[serde(rename = "role")]
    pub role: crate::types::ArgoCdRole,
}
impl ArgoCdRoleMapping {
    /// A new [`ArgoCdRoleMappingBuilder`](crate::types::builders::ArgoCdRoleMappingBuilder).
    pub fn builder() -> crate::types::builders::ArgoCdRoleMappingBuilder {
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
pub struct AssociateAccessPolicyRequest {
    #[serde(rename = "accessScope")]
    pub access_scope: crate::types::AccessScope,
    #[serde(skip)]
    pub cluster_name: ::std::string::String,
    #[serde(rename = "policyArn")]
    pub policy_arn: ::std::string::String,
    #[serde(skip)]
    pub principal_arn: ::std::string::String,
}
impl AssociateAccessPolicyRequest {
    /// A new [`AssociateAccessPolicyRequestBuilder`](crate::types::builders::AssociateAccessPolicyRequestBuilder).
    pub fn builder() -> crate::types::builders::AssociateAccessPolicyRequestBuilder {
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
pub struct AssociateAccessPolicyResponse {
    #[serde(rename = "associatedAccessPolicy", default)]
    pub associated_access_policy: ::std::option::Option<
        crate::types::AssociatedAccessPolicy,
    >,
    #[serde(rename = "clusterName", default)]
    pub cluster_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "principalArn", default)]
    pub principal_arn: ::std::option::Option<::std::string::String>,
}
impl AssociateAccessPolicyResponse {
    /// A new [`AssociateAccessPolicyResponseBuilder`](crate::types::builders::AssociateAccessPolicyResponseBuilder).
    pub fn builder() -> crate::types::builders::AssociateAccessPolicyResponseBuilder {
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
pub struct AssociateEncryptionConfigRequest {
    /// The client request token you are using with the encryption configuration.
    ///
    /// If not set, `send()` fills it with a random UUID (version 4), as the AWS SDKs
    /// do; every retry of that call sends the same one.
    #[serde(
        rename = "clientRequestToken",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub client_request_token: ::std::option::Option<::std::string::String>,
    /// The name of the cluster that you are associating with encryption configuration.
    #[serde(skip)]
    pub cluster_name: ::std::string::String,
    /// The configuration you are using for encryption.
    #[serde(rename = "encryptionConfig")]
    pub encryption_config: ::std::vec::Vec<crate::types::EncryptionConfig>,
}
impl AssociateEncryptionConfigRequest {
    /// A new [`AssociateEncryptionConfigRequestBuilder`](crate::types::builders::AssociateEncryptionConfigRequestBuilder).
    pub fn builder() -> crate::types::builders::AssociateEncryptionConfigRequestBuilder {
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
pub struct AssociateEncryptionConfigResponse {
    #[serde(rename = "update", default)]
    pub update: ::std::option::Option<crate::types::Update>,
}
impl AssociateEncryptionConfigResponse {
    /// A new [`AssociateEncryptionConfigResponseBuilder`](crate::types::builders::AssociateEncryptionConfigResponseBuilder).
    pub fn builder() -> crate::types::builders::AssociateEncryptionConfigResponseBuilder {
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
pub struct AssociateIdentityProviderConfigRequest {
    /// Unique, case-sensitive identifier that you provide to ensure the idempotency of
    /// the request.
    ///
    /// If not set, `send()` fills it with a random UUID (version 4), as the AWS SDKs
    /// do; every retry of that call sends the same one.
    #[serde(
        rename = "clientRequestToken",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub client_request_token: ::std::option::Option<::std::string::String>,
    /// The name of the cluster to associate the configuration to.
    #[serde(skip)]
    pub cluster_name: ::std::string::String,
    /// An object representing an OpenID Connect (OIDC) identity provider configuration.
    #[serde(rename = "oidc")]
    pub oidc: crate::types::OidcIdentityProviderConfigRequest,
    /// The metadata to apply to the configuration to assist with categorization and
    /// organization. Each tag consists of a key and an optional value. You define both.
    #[serde(
        rename = "tags",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
}
impl AssociateIdentityProviderConfigRequest {
    /// A new [`AssociateIdentityProviderConfigRequestBuilder`](crate::types::builders::AssociateIdentityProviderConfigRequestBuilder).
    pub fn builder() -> crate::types::builders::AssociateIdentityProviderConfigRequestBuilder {
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
pub struct AssociateIdentityProviderConfigResponse {
    /// The tags for the resource.
    #[serde(rename = "tags", default)]
    pub tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    #[serde(rename = "update", default)]
    pub update: ::std::option::Option<crate::types::Update>,
}
impl AssociateIdentityProviderConfigResponse {
    /// A new [`AssociateIdentityProviderConfigResponseBuilder`](crate::types::builders::AssociateIdentityProviderConfigResponseBuilder).
    pub fn builder() -> crate::types::builders::AssociateIdentityProviderConfigResponseBuilder {
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
pub struct AssociatedAccessPolicy {
    #[serde(rename = "accessScope", default)]
    pub access_scope: ::std::option::Option<crate::types::AccessScope>,
    #[serde(rename = "associatedAt", default)]
    pub associated_at: ::std::option::Option<crate::runtime::Timestamp>,
    #[serde(rename = "modifiedAt", default)]
    pub modified_at: ::std::option::Option<crate::runtime::Timestamp>,
    #[serde(rename = "policyArn", default)]
    pub policy_arn: ::std::option::Option<::std::string::String>,
}
impl AssociatedAccessPolicy {
    /// A new [`AssociatedAccessPolicyBuilder`](crate::types::builders::AssociatedAccessPolicyBuilder).
    pub fn builder() -> crate::types::builders::AssociatedAccessPolicyBuilder {
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
pub enum AuthenticationMode {
    /// `API`
    Api,
    /// `API_AND_CONFIG_MAP`
    ApiAndConfigMap,
    /// `CONFIG_MAP`
    ConfigMap,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl AuthenticationMode {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Api => "API",
            Self::ApiAndConfigMap => "API_AND_CONFIG_MAP",
            Self::ConfigMap => "CONFIG_MAP",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["API", "API_AND_CONFIG_MAP", "CONFIG_MAP"]
    }
}
impl ::std::convert::From<&str> for AuthenticationMode {
    fn from(s: &str) -> Self {
        match s {
            "API" => Self::Api,
            "API_AND_CONFIG_MAP" => Self::ApiAndConfigMap,
            "CONFIG_MAP" => Self::ConfigMap,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(AuthenticationMode);
/// An Auto Scaling group that is associated with an Amazon EKS managed node group.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct AutoScalingGroup {
    /// The name of the Auto Scaling group associated with an Amazon EKS managed node
    /// group.
    #[serde(rename = "name", default)]
    pub name: ::std::option::Option<::std::string::String>,
}
impl AutoScalingGroup {
    /// A new [`AutoScalingGroupBuilder`](crate::types::builders::AutoScalingGroupBuilder).
    pub fn builder() -> crate::types::builders::AutoScalingGroupBuilder {
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
pub struct BlockStorage {
    #[serde(
        rename = "enabled",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub enabled: ::std::option::Option<bool>,
}
impl BlockStorage {
    /// A new [`BlockStorageBuilder`](crate::types::builders::BlockStorageBuilder).
    pub fn builder() -> crate::types::builders::BlockStorageBuilder {
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
pub struct CancelUpdateRequest {
    /// If not set, `send()` fills it with a random UUID (version 4), as the AWS SDKs
    /// do; every retry of that call sends the same one.
    #[serde(
        rename = "clientRequestToken",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub client_request_token: ::std::option::Option<::std::string::String>,
    #[serde(skip)]
    pub name: ::std::string::String,
    #[serde(skip)]
    pub update_id: ::std::string::String,
}
impl CancelUpdateRequest {
    /// A new [`CancelUpdateRequestBuilder`](crate::types::builders::CancelUpdateRequestBuilder).
    pub fn builder() -> crate::types::builders::CancelUpdateRequestBuilder {
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
pub struct CancelUpdateResponse {
    #[serde(rename = "update", default)]
    pub update: ::std::option::Option<crate::types::Update>,
}
impl CancelUpdateResponse {
    /// A new [`CancelUpdateResponseBuilder`](crate::types::builders::CancelUpdateResponseBuilder).
    pub fn builder() -> crate::types::builders::CancelUpdateResponseBuilder {
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
pub struct Cancellation {
    #[serde(rename = "reason", default)]
    pub reason: ::std::option::Option<::std::string::String>,
    #[serde(rename = "status", default)]
    pub status: ::std::option::Option<crate::types::CancellationStatus>,
}
impl Cancellation {
    /// A new [`CancellationBuilder`](crate::types::builders::CancellationBuilder).
    pub fn builder() -> crate::types::builders::CancellationBuilder {
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
pub enum CancellationStatus {
    /// `InProgress`
    InProgress,
    /// `Failed`
    Failed,
    /// `Successful`
    Successful,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl CancellationStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::InProgress => "InProgress",
            Self::Failed => "Failed",
            Self::Successful => "Successful",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["InProgress", "Failed", "Successful"]
    }
}
impl ::std::convert::From<&str> for CancellationStatus {
    fn from(s: &str) -> Self {
        match s {
            "InProgress" => Self::InProgress,
            "Failed" => Self::Failed,
            "Successful" => Self::Successful,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(CancellationStatus);
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
pub struct Capability {
    #[serde(rename = "arn", default)]
    pub arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "capabilityName", default)]
    pub capability_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "clusterName", default)]
    pub cluster_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "configuration", default)]
    pub configuration: ::std::option::Option<
        crate::types::CapabilityConfigurationResponse,
    >,
    #[serde(rename = "createdAt", default)]
    pub created_at: ::std::option::Option<crate::runtime::Timestamp>,
    #[serde(rename = "deletePropagationPolicy", default)]
    pub delete_propagation_policy: ::std::option::Option<
        crate::types::CapabilityDeletePropagationPolicy,
    >,
    #[serde(rename = "health", default)]
    pub health: ::std::option::Option<crate::types::CapabilityHealth>,
    #[serde(rename = "modifiedAt", default)]
    pub modified_at: ::std::option::Option<crate::runtime::Timestamp>,
    #[serde(rename = "roleArn", default)]
    pub role_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "status", default)]
    pub status: ::std::option::Option<crate::types::CapabilityStatus>,
    #[serde(rename = "tags", default)]
    pub tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    #[serde(rename = "type", default)]
    pub r#type: ::std::option::Option<crate::types::CapabilityType>,
    #[serde(rename = "version", default)]
    pub version: ::std::option::Option<::std::string::String>,
}
impl Capability {
    /// A new [`CapabilityBuilder`](crate::types::builders::CapabilityBuilder).
    pub fn builder() -> crate::types::builders::CapabilityBuilder {
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
pub struct CapabilityConfigurationRequest {
    #[serde(
        rename = "ack",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ack: ::std::option::Option<crate::types::AckConfigRequest>,
    #[serde(
        rename = "argoCd",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub argo_cd: ::std::option::Option<crate::types::ArgoCdConfigRequest>,
}
impl CapabilityConfigurationRequest {
    /// A new [`CapabilityConfigurationRequestBuilder`](crate::types::builders::CapabilityConfigurationRequestBuilder).
    pub fn builder() -> crate::types::builders::CapabilityConfigurationRequestBuilder {
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
pub struct CapabilityConfigurationResponse {
    #[serde(rename = "ack", default)]
    pub ack: ::std::option::Option<crate::types::AckConfigResponse>,
    #[serde(rename = "argoCd", default)]
    pub argo_cd: ::std::option::Option<crate::types::ArgoCdConfigResponse>,
}
impl CapabilityConfigurationResponse {
    /// A new [`CapabilityConfigurationResponseBuilder`](crate::types::builders::CapabilityConfigurationResponseBuilder).
    pub fn builder() -> crate::types::builders::CapabilityConfigurationResponseBuilder {
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
pub enum CapabilityDeletePropagationPolicy {
    /// `RETAIN`
    Retain,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl CapabilityDeletePropagationPolicy {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Retain => "RETAIN",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["RETAIN"]
    }
}
impl ::std::convert::From<&str> for CapabilityDeletePropagationPolicy {
    fn from(s: &str) -> Self {
        match s {
            "RETAIN" => Self::Retain,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(CapabilityDeletePropagationPolicy);
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
pub struct CapabilityHealth {
    #[serde(rename = "issues", default)]
    pub issues: ::std::option::Option<::std::vec::Vec<crate::types::CapabilityIssue>>,
}
impl CapabilityHealth {
    /// A new [`CapabilityHealthBuilder`](crate::types::builders::CapabilityHealthBuilder).
    pub fn builder() -> crate::types::builders::CapabilityHealthBuilder {
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
pub struct CapabilityIssue {
    #[serde(rename = "code", default)]
    pub code: ::std::option::Option<crate::types::CapabilityIssueCode>,
    #[serde(rename = "message", default, alias = "Message")]
    pub message: ::std::option::Option<::std::string::String>,
}
impl CapabilityIssue {
    /// A new [`CapabilityIssueBuilder`](crate::types::builders::CapabilityIssueBuilder).
    pub fn builder() -> crate::types::builders::CapabilityIssueBuilder {
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
pub enum CapabilityIssueCode {
    /// `AccessDenied`
    AccessDenied,
    /// `ClusterUnreachable`
    ClusterUnreachable,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl CapabilityIssueCode {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AccessDenied => "AccessDenied",
            Self::ClusterUnreachable => "ClusterUnreachable",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["AccessDenied", "ClusterUnreachable"]
    }
}
impl ::std::convert::From<&str> for CapabilityIssueCode {
    fn from(s: &str) -> Self {
        match s {
            "AccessDenied" => Self::AccessDenied,
            "ClusterUnreachable" => Self::ClusterUnreachable,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(CapabilityIssueCode);
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
pub enum CapabilityStatus {
    /// `CREATING`
    Creating,
    /// `CREATE_FAILED`
    CreateFailed,
    /// `UPDATING`
    Updating,
    /// `DELETING`
    Deleting,
    /// `DELETE_FAILED`
    DeleteFailed,
    /// `ACTIVE`
    Active,
    /// `DEGRADED`
    Degraded,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl CapabilityStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Creating => "CREATING",
            Self::CreateFailed => "CREATE_FAILED",
            Self::Updating => "UPDATING",
            Self::Deleting => "DELETING",
            Self::DeleteFailed => "DELETE_FAILED",
            Self::Active => "ACTIVE",
            Self::Degraded => "DEGRADED",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &[
            "CREATING",
            "CREATE_FAILED",
            "UPDATING",
            "DELETING",
            "DELETE_FAILED",
            "ACTIVE",
            "DEGRADED",
        ]
    }
}
impl ::std::convert::From<&str> for CapabilityStatus {
    fn from(s: &str) -> Self {
        match s {
            "CREATING" => Self::Creating,
            "CREATE_FAILED" => Self::CreateFailed,
            "UPDATING" => Self::Updating,
            "DELETING" => Self::Deleting,
            "DELETE_FAILED" => Self::DeleteFailed,
            "ACTIVE" => Self::Active,
            "DEGRADED" => Self::Degraded,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(CapabilityStatus);
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
pub struct CapabilitySummary {
    #[serde(rename = "arn", default)]
    pub arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "capabilityName", default)]
    pub capability_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "createdAt", default)]
    pub created_at: ::std::option::Option<crate::runtime::Timestamp>,
    #[serde(rename = "modifiedAt", default)]
    pub modified_at: ::std::option::Option<crate::runtime::Timestamp>,
    #[serde(rename = "status", default)]
    pub status: ::std::option::Option<crate::types::CapabilityStatus>,
    #[serde(rename = "type", default)]
    pub r#type: ::std::option::Option<crate::types::CapabilityType>,
    #[serde(rename = "version", default)]
    pub version: ::std::option::Option<::std::string::String>,
}
impl CapabilitySummary {
    /// A new [`CapabilitySummaryBuilder`](crate::types::builders::CapabilitySummaryBuilder).
    pub fn builder() -> crate::types::builders::CapabilitySummaryBuilder {
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
pub enum CapabilityType {
    /// `ACK`
    Ack,
    /// `KRO`
    Kro,
    /// `ARGOCD`
    Argocd,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl CapabilityType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Ack => "ACK",
            Self::Kro => "KRO",
            Self::Argocd => "ARGOCD",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["ACK", "KRO", "ARGOCD"]
    }
}
impl ::std::convert::From<&str> for CapabilityType {
    fn from(s: &str) -> Self {
        match s {
            "ACK" => Self::Ack,
            "KRO" => Self::Kro,
            "ARGOCD" => Self::Argocd,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(CapabilityType);
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
pub enum CapacityTypes {
    /// `ON_DEMAND`
    OnDemand,
    /// `SPOT`
    Spot,
    /// `CAPACITY_BLOCK`
    CapacityBlock,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl CapacityTypes {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::OnDemand => "ON_DEMAND",
            Self::Spot => "SPOT",
            Self::CapacityBlock => "CAPACITY_BLOCK",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["ON_DEMAND", "SPOT", "CAPACITY_BLOCK"]
    }
}
impl ::std::convert::From<&str> for CapacityTypes {
    fn from(s: &str) -> Self {
        match s {
            "ON_DEMAND" => Self::OnDemand,
            "SPOT" => Self::Spot,
            "CAPACITY_BLOCK" => Self::CapacityBlock,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(CapacityTypes);
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
pub enum Category {
    /// `UPGRADE_READINESS`
    UpgradeReadiness,
    /// `MISCONFIGURATION`
    Misconfiguration,
    /// `ROLLBACK_READINESS`
    RollbackReadiness,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl Category {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::UpgradeReadiness => "UPGRADE_READINESS",
            Self::Misconfiguration => "MISCONFIGURATION",
            Self::RollbackReadiness => "ROLLBACK_READINESS",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["UPGRADE_READINESS", "MISCONFIGURATION", "ROLLBACK_READINESS"]
    }
}
impl ::std::convert::From<&str> for Category {
    fn from(s: &str) -> Self {
        match s {
            "UPGRADE_READINESS" => Self::UpgradeReadiness,
            "MISCONFIGURATION" => Self::Misconfiguration,
            "ROLLBACK_READINESS" => Self::RollbackReadiness,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(Category);
/// An object representing the `certificate-authority-data` for your cluster.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct Certificate {
    /// The Base64-encoded certificate data required to communicate with your cluster.
    /// Add this to the `certificate-authority-data` section of the `kubeconfig` file
    /// for your cluster.
    #[serde(rename = "data", default)]
    pub data: ::std::option::Option<::std::string::String>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "active", default)]
    pub active: ::std::option::Option<crate::types::ActiveCertificateAuthority>,
}
impl Certificate {
    /// A new [`CertificateBuilder`](crate::types::builders::CertificateBuilder).
    pub fn builder() -> crate::types::builders::CertificateBuilder {
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
pub struct CertificateAuthority {
    #[serde(rename = "activatedAt", default)]
    pub activated_at: ::std::option::Option<crate::runtime::Timestamp>,
    #[serde(rename = "activatedBy", default)]
    pub activated_by: ::std::option::Option<
        crate::types::CertificateAuthorityActivatedBy,
    >,
    #[serde(rename = "createdAt", default)]
    pub created_at: ::std::option::Option<crate::runtime::Timestamp>,
    #[serde(rename = "createdBy", default)]
    pub created_by: ::std::option::Option<crate::types::CertificateAuthorityCreatedBy>,
    #[serde(rename = "data", default)]
    pub data: ::std::option::Option<::std::string::String>,
    #[serde(rename = "distributionStatus", default)]
    pub distribution_status: ::std::option::Option<
        crate::types::CertificateAuthorityDistributionStatus,
    >,
    #[serde(rename = "id", default)]
    pub id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "rollbackAvailable", default)]
    pub rollback_available: ::std::option::Option<bool>,
    #[serde(rename = "scheduledEvents", default)]
    pub scheduled_events: ::std::option::Option<
        crate::types::CertificateAuthorityScheduledEvents,
    >,
    #[serde(rename = "signingStatus", default)]
    pub signing_status: ::std::option::Option<
        crate::types::CertificateAuthoritySigningStatus,
    >,
    #[serde(rename = "validity", default)]
    pub validity: ::std::option::Option<crate::types::CertificateAuthorityValidity>,
}
impl CertificateAuthority {
    /// A new [`CertificateAuthorityBuilder`](crate::types::builders::CertificateAuthorityBuilder).
    pub fn builder() -> crate::types::builders::CertificateAuthorityBuilder {
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
pub enum CertificateAuthorityActivatedBy {
    /// `EKS`
    Eks,
    /// `CUSTOMER`
    Customer,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl CertificateAuthorityActivatedBy {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Eks => "EKS",
            Self::Customer => "CUSTOMER",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["EKS", "CUSTOMER"]
    }
}
impl ::std::convert::From<&str> for CertificateAuthorityActivatedBy {
    fn from(s: &str) -> Self {
        match s {
            "EKS" => Self::Eks,
            "CUSTOMER" => Self::Customer,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(CertificateAuthorityActivatedBy);
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
pub enum CertificateAuthorityCreatedBy {
    /// `EKS`
    Eks,
    /// `CUSTOMER`
    Customer,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl CertificateAuthorityCreatedBy {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Eks => "EKS",
            Self::Customer => "CUSTOMER",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["EKS", "CUSTOMER"]
    }
}
impl ::std::convert::From<&str> for CertificateAuthorityCreatedBy {
    fn from(s: &str) -> Self {
        match s {
            "EKS" => Self::Eks,
            "CUSTOMER" => Self::Customer,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(CertificateAuthorityCreatedBy);
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
pub enum CertificateAuthorityDistributionStatus {
    /// `IN_PROGRESS`
    InProgress,
    /// `COMPLETE`
    Complete,
    /// `FAILED`
    Failed,
    /// `DELETING`
    Deleting,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl CertificateAuthorityDistributionStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::InProgress => "IN_PROGRESS",
            Self::Complete => "COMPLETE",
            Self::Failed => "FAILED",
            Self::Deleting => "DELETING",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["IN_PROGRESS", "COMPLETE", "FAILED", "DELETING"]
    }
}
impl ::std::convert::From<&str> for CertificateAuthorityDistributionStatus {
    fn from(s: &str) -> Self {
        match s {
            "IN_PROGRESS" => Self::InProgress,
            "COMPLETE" => Self::Complete,
            "FAILED" => Self::Failed,
            "DELETING" => Self::Deleting,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(CertificateAuthorityDistributionStatus);
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
pub struct CertificateAuthorityScheduledEvents {
    #[serde(rename = "finalAutoActivation", default)]
    pub final_auto_activation: ::std::option::Option<crate::runtime::Timestamp>,
    #[serde(rename = "firstAutoActivation", default)]
    pub first_auto_activation: ::std::option::Option<crate::runtime::Timestamp>,
}
impl CertificateAuthorityScheduledEvents {
    /// A new [`CertificateAuthorityScheduledEventsBuilder`](crate::types::builders::CertificateAuthorityScheduledEventsBuilder).
    pub fn builder() -> crate::types::builders::CertificateAuthorityScheduledEventsBuilder {
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
pub enum CertificateAuthoritySigningStatus {
    /// `NOT_USED`
    NotUsed,
    /// `ACTIVATING`
    Activating,
    /// `IN_USE`
    InUse,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl CertificateAuthoritySigningStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::NotUsed => "NOT_USED",
            Self::Activating => "ACTIVATING",
            Self::InUse => "IN_USE",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["NOT_USED", "ACTIVATING", "IN_USE"]
    }
}
impl ::std::convert::From<&str> for CertificateAuthoritySigningStatus {
    fn from(s: &str) -> Self {
        match s {
            "NOT_USED" => Self::NotUsed,
            "ACTIVATING" => Self::Activating,
            "IN_USE" => Self::InUse,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(CertificateAuthoritySigningStatus);
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
pub struct CertificateAuthoritySummary {
    #[serde(rename = "activatedAt", default)]
    pub activated_at: ::std::option::Option<crate::runtime::Timestamp>,
    #[serde(rename = "activatedBy", default)]
    pub activated_by: ::std::option::Option<
        crate::types::CertificateAuthorityActivatedBy,
    >,
    #[serde(rename = "createdAt", default)]
    pub created_at: ::std::option::Option<crate::runtime::Timestamp>,
    #[serde(rename = "createdBy", default)]
    pub created_by: ::std::option::Option<crate::types::CertificateAuthorityCreatedBy>,
    #[serde(rename = "distributionStatus", default)]
    pub distribution_status: ::std::option::Option<
        crate::types::CertificateAuthorityDistributionStatus,
    >,
    #[serde(rename = "id", default)]
    pub id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "signingStatus", default)]
    pub signing_status: ::std::option::Option<
        crate::types::CertificateAuthoritySigningStatus,
    >,
}
impl CertificateAuthoritySummary {
    /// A new [`CertificateAuthoritySummaryBuilder`](crate::types::builders::CertificateAuthoritySummaryBuilder).
    pub fn builder() -> crate::types::builders::CertificateAuthoritySummaryBuilder {
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
pub struct CertificateAuthorityValidity {
    #[serde(rename = "notAfter", default)]
    pub not_after: ::std::option::Option<crate::runtime::Timestamp>,
    #[serde(rename = "notBefore", default)]
    pub not_before: ::std::option::Option<crate::runtime::Timestamp>,
}
impl CertificateAuthorityValidity {
    /// A new [`CertificateAuthorityValidityBuilder`](crate::types::builders::CertificateAuthorityValidityBuilder).
    pub fn builder() -> crate::types::builders::CertificateAuthorityValidityBuilder {
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
pub struct ClientStat {
    #[serde(rename = "lastRequestTime", default)]
    pub last_request_time: ::std::option::Option<crate::runtime::Timestamp>,
    #[serde(rename = "numberOfRequestsLast30Days", default)]
    pub number_of_requests_last30_days: ::std::option::Option<i64>,
    #[serde(rename = "userAgent", default)]
    pub user_agent: ::std::option::Option<::std::string::String>,
}
impl ClientStat {
    /// A new [`ClientStatBuilder`](crate::types::builders::ClientStatBuilder).
    pub fn builder() -> crate::types::builders::ClientStatBuilder {
        ::std::default::Default::default()
    }
}
/// An object representing an Amazon EKS cluster.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct Cluster {
    /// The Amazon Resource Name (ARN) of the cluster.
    #[serde(rename = "arn", default)]
    pub arn: ::std::option::Option<::std::string::String>,
    /// The `certificate-authority-data` for your cluster.
    #[serde(rename = "certificateAuthority", default)]
    pub certificate_authority: ::std::option::Option<crate::types::Certificate>,
    /// Unique, case-sensitive identifier that you provide to ensure the idempotency of
    /// the request.
    #[serde(rename = "clientRequestToken", default)]
    pub client_request_token: ::std::option::Option<::std::string::String>,
    /// The configuration used to connect to a cluster for registration.
    #[serde(rename = "connectorConfig", default)]
    pub connector_config: ::std::option::Option<crate::types::ConnectorConfigResponse>,
    /// The Unix epoch timestamp in seconds for when the cluster was created.
    #[serde(rename = "createdAt", default)]
    pub created_at: ::std::option::Option<crate::runtime::Timestamp>,
    /// The encryption configuration for the cluster.
    #[serde(rename = "encryptionConfig", default)]
    pub encryption_config: ::std::option::Option<
        ::std::vec::Vec<crate::types::EncryptionConfig>,
    >,
    /// The endpoint for your Kubernetes API server.
    #[serde(rename = "endpoint", default)]
    pub endpoint: ::std::option::Option<::std::string::String>,
    /// An object representing the health of your local Amazon EKS cluster on an Amazon
    /// Web Services Outpost. This object isn't available for clusters on the Amazon Web
    /// Services cloud.
    #[serde(rename = "health", default)]
    pub health: ::std::option::Option<crate::types::ClusterHealth>,
    /// The ID of your local Amazon EKS cluster on an Amazon Web Services Outpost. This
    /// property isn't available for an Amazon EKS cluster on the Amazon Web Services
    /// cloud.
    #[serde(rename = "id", default)]
    pub id: ::std::option::Option<::std::string::String>,
    /// The identity provider information for the cluster.
    #[serde(rename = "identity", default)]
    pub identity: ::std::option::Option<crate::types::Identity>,
    /// The Kubernetes network configuration for the cluster.
    #[serde(rename = "kubernetesNetworkConfig", default)]
    pub kubernetes_network_config: ::std::option::Option<
        crate::types::KubernetesNetworkConfigResponse,
    >,
    /// The logging configuration for your cluster.
    #[serde(rename = "logging", default)]
    pub logging: ::std::option::Option<crate::types::Logging>,
    /// The name of the cluster.
    #[serde(rename = "name", default)]
    pub name: ::std::option::Option<::std::string::String>,
    /// An object representing the configuration of your local Amazon EKS cluster on an
    /// Amazon Web Services Outpost. This object isn't available for clusters on the
    /// Amazon Web Services cloud.
    #[serde(rename = "outpostConfig", default)]
    pub outpost_config: ::std::option::Option<crate::types::OutpostConfigResponse>,
    /// The platform version of your Amazon EKS cluster. For more information, see
    /// [Platform
    /// Versions](https://docs.aws.amazon.com/eks/latest/userguide/platform-versions.html)
    /// in the *Amazon EKS User Guide* .
    #[serde(rename = "platformVersion", default)]
    pub platform_version: ::std::option::Option<::std::string::String>,
    /// The VPC configuration used by the cluster control plane. Amazon EKS VPC
    /// resources have specific requirements to work properly with Kubernetes. For more
    /// information, see [Cluster VPC
    /// Considerations](https://docs.aws.amazon.com/eks/latest/userguide/network_reqs.html)
    /// and [Cluster Security Group
    /// Considerations](https://docs.aws.amazon.com/eks/latest/userguide/sec-group-reqs.html)
    /// in the *Amazon EKS User Guide*.
    #[serde(rename = "resourcesVpcConfig", default)]
    pub resources_vpc_config: ::std::option::Option<crate::types::VpcConfigResponse>,
    /// The Amazon Resource Name (ARN) of the IAM role that provides permissions for the
    /// Kubernetes control plane to make calls to Amazon Web Services API operations on
    /// your behalf.
    #[serde(rename = "roleArn", default)]
    pub role_arn: ::std::option::Option<::std::string::String>,
    /// The current status of the cluster.
    #[serde(rename = "status", default)]
    pub status: ::std::option::Option<crate::types::ClusterStatus>,
    /// The metadata that you apply to the cluster to assist with categorization and
    /// organization. Each tag consists of a key and an optional value. You define both.
    /// Cluster tags do not propagate to any other resources associated with the
    /// cluster.
    #[serde(rename = "tags", default)]
    pub tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    /// The Kubernetes server version for the cluster.
    #[serde(rename = "version", default)]
    pub version: ::std::option::Option<::std::string::String>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "accessConfig", default)]
    pub access_config: ::std::option::Option<crate::types::AccessConfigResponse>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "computeConfig", default)]
    pub compute_config: ::std::option::Option<crate::types::ComputeConfigResponse>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "controlPlaneScalingConfig", default)]
    pub control_plane_scaling_config: ::std::option::Option<
        crate::types::ControlPlaneScalingConfig,
    >,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "deletionProtection", default)]
    pub deletion_protection: ::std::option::Option<bool>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "kubeApiServerConfig", default)]
    pub kube_api_server_config: ::std::option::Option<
        crate::types::KubeApiServerConfigResponse,
    >,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "kubeControllerManagerConfig", default)]
    pub kube_controller_manager_config: ::std::option::Option<
        crate::types::KubeControllerManagerConfigResponse,
    >,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "kubeSchedulerConfig", default)]
    pub kube_scheduler_config: ::std::option::Option<
        crate::types::KubeSchedulerConfigResponse,
    >,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "remoteNetworkConfig", default)]
    pub remote_network_config: ::std::option::Option<
        crate::types::RemoteNetworkConfigResponse,
    >,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "storageConfig", default)]
    pub storage_config: ::std::option::Option<crate::types::StorageConfigResponse>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "upgradePolicy", default)]
    pub upgrade_policy: ::std::option::Option<crate::types::UpgradePolicyResponse>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "zonalShiftConfig", default)]
    pub zonal_shift_config: ::std::option::Option<
        crate::types::ZonalShiftConfigResponse,
    >,
}
impl Cluster {
    /// A new [`ClusterBuilder`](crate::types::builders::ClusterBuilder).
    pub fn builder() -> crate::types::builders::ClusterBuilder {
        ::std::default::Default::default()
    }
}
/// An object representing the health of your local Amazon EKS cluster on an Amazon
/// Web Services Outpost. You can't use this API with an Amazon EKS cluster on the
/// Amazon Web Services cloud.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ClusterHealth {
    /// An object representing the health issues of your local Amazon EKS cluster on an
    /// Amazon Web Services Outpost.
    #[serde(rename = "issues", default)]
    pub issues: ::std::option::Option<::std::vec::Vec<crate::types::ClusterIssue>>,
}
impl ClusterHealth {
    /// A new [`ClusterHealthBuilder`](crate::types::builders::ClusterHealthBuilder).
    pub fn builder() -> crate::types::builders::ClusterHealthBuilder {
        ::std::default::Default::default()
    }
}
/// An issue with your local Amazon EKS cluster on an Amazon Web Services Outpost.
/// You can't use this API with an Amazon EKS cluster on the Amazon Web Services
/// cloud.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ClusterIssue {
    /// The error code of the issue.
    #[serde(rename = "code", default)]
    pub code: ::std::option::Option<crate::types::ClusterIssueCode>,
    /// A description of the issue.
    #[serde(rename = "message", default, alias = "Message")]
    pub message: ::std::option::Option<::std::string::String>,
    /// The resource IDs that the issue relates to.
    #[serde(rename = "resourceIds", default)]
    pub resource_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
impl ClusterIssue {
    /// A new [`ClusterIssueBuilder`](crate::types::builders::ClusterIssueBuilder).
    pub fn builder() -> crate::types::builders::ClusterIssueBuilder {
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
pub enum ClusterIssueCode {
    /// `AccessDenied`
    AccessDenied,
    /// `ClusterUnreachable`
    ClusterUnreachable,
    /// `ConfigurationConflict`
    ConfigurationConflict,
    /// `InternalFailure`
    InternalFailure,
    /// `ResourceLimitExceeded`
    ResourceLimitExceeded,
    /// `ResourceNotFound`
    ResourceNotFound,
    /// `IamRoleNotFound`
    IamRoleNotFound,
    /// `VpcNotFound`
    VpcNotFound,
    /// `InsufficientFreeAddresses`
    InsufficientFreeAddresses,
    /// `Ec2ServiceNotSubscribed`
    Ec2ServiceNotSubscribed,
    /// `Ec2SubnetNotFound`
    Ec2SubnetNotFound,
    /// `Ec2SecurityGroupNotFound`
    Ec2SecurityGroupNotFound,
    /// `KmsGrantRevoked`
    KmsGrantRevoked,
    /// `KmsKeyNotFound`
    KmsKeyNotFound,
    /// `KmsKeyMarkedForDeletion`
    KmsKeyMarkedForDeletion,
    /// `KmsKeyDisabled`
    KmsKeyDisabled,
    /// `StsRegionalEndpointDisabled`
    StsRegionalEndpointDisabled,
    /// `UnsupportedVersion`
    UnsupportedVersion,
    /// `Other`
    Other,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl ClusterIssueCode {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AccessDenied => "AccessDenied",
            Self::ClusterUnreachable => "ClusterUnreachable",
            Self::ConfigurationConflict => "ConfigurationConflict",
            Self::InternalFailure => "InternalFailure",
            Self::ResourceLimitExceeded => "ResourceLimitExceeded",
            Self::ResourceNotFound => "ResourceNotFound",
            Self::IamRoleNotFound => "IamRoleNotFound",
            Self::VpcNotFound => "VpcNotFound",
            Self::InsufficientFreeAddresses => "InsufficientFreeAddresses",
            Self::Ec2ServiceNotSubscribed => "Ec2ServiceNotSubscribed",
            Self::Ec2SubnetNotFound => "Ec2SubnetNotFound",
            Self::Ec2SecurityGroupNotFound => "Ec2SecurityGroupNotFound",
            Self::KmsGrantRevoked => "KmsGrantRevoked",
            Self::KmsKeyNotFound => "KmsKeyNotFound",
            Self::KmsKeyMarkedForDeletion => "KmsKeyMarkedForDeletion",
            Self::KmsKeyDisabled => "KmsKeyDisabled",
            Self::StsRegionalEndpointDisabled => "StsRegionalEndpointDisabled",
            Self::UnsupportedVersion => "UnsupportedVersion",
            Self::Other => "Other",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &[
            "AccessDenied",
            "ClusterUnreachable",
            "ConfigurationConflict",
            "InternalFailure",
            "ResourceLimitExceeded",
            "ResourceNotFound",
            "IamRoleNotFound",
            "VpcNotFound",
            "InsufficientFreeAddresses",
            "Ec2ServiceNotSubscribed",
            "Ec2SubnetNotFound",
            "Ec2SecurityGroupNotFound",
            "KmsGrantRevoked",
            "KmsKeyNotFound",
            "KmsKeyMarkedForDeletion",
            "KmsKeyDisabled",
            "StsRegionalEndpointDisabled",
            "UnsupportedVersion",
            "Other",
        ]
    }
}
impl ::std::convert::From<&str> for ClusterIssueCode {
    fn from(s: &str) -> Self {
        match s {
            "AccessDenied" => Self::AccessDenied,
            "ClusterUnreachable" => Self::ClusterUnreachable,
            "ConfigurationConflict" => Self::ConfigurationConflict,
            "InternalFailure" => Self::InternalFailure,
            "ResourceLimitExceeded" => Self::ResourceLimitExceeded,
            "ResourceNotFound" => Self::ResourceNotFound,
            "IamRoleNotFound" => Self::IamRoleNotFound,
            "VpcNotFound" => Self::VpcNotFound,
            "InsufficientFreeAddresses" => Self::InsufficientFreeAddresses,
            "Ec2ServiceNotSubscribed" => Self::Ec2ServiceNotSubscribed,
            "Ec2SubnetNotFound" => Self::Ec2SubnetNotFound,
            "Ec2SecurityGroupNotFound" => Self::Ec2SecurityGroupNotFound,
            "KmsGrantRevoked" => Self::KmsGrantRevoked,
            "KmsKeyNotFound" => Self::KmsKeyNotFound,
            "KmsKeyMarkedForDeletion" => Self::KmsKeyMarkedForDeletion,
            "KmsKeyDisabled" => Self::KmsKeyDisabled,
            "StsRegionalEndpointDisabled" => Self::StsRegionalEndpointDisabled,
            "UnsupportedVersion" => Self::UnsupportedVersion,
            "Other" => Self::Other,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(ClusterIssueCode);
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
pub enum ClusterStatus {
    /// `CREATING`
    Creating,
    /// `ACTIVE`
    Active,
    /// `DELETING`
    Deleting,
    /// `FAILED`
    Failed,
    /// `UPDATING`
    Updating,
    /// `PENDING`
    Pending,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl ClusterStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Creating => "CREATING",
            Self::Active => "ACTIVE",
            Self::Deleting => "DELETING",
            Self::Failed => "FAILED",
            Self::Updating => "UPDATING",
            Self::Pending => "PENDING",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["CREATING", "ACTIVE", "DELETING", "FAILED", "UPDATING", "PENDING"]
    }
}
impl ::std::convert::From<&str> for ClusterStatus {
    fn from(s: &str) -> Self {
        match s {
            "CREATING" => Self::Creating,
            "ACTIVE" => Self::Active,
            "DELETING" => Self::Deleting,
            "FAILED" => Self::Failed,
            "UPDATING" => Self::Updating,
            "PENDING" => Self::Pending,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(ClusterStatus);
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
pub struct ClusterVersionInformation {
    #[serde(rename = "clusterType", default)]
    pub cluster_type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "clusterVersion", default)]
    pub cluster_version: ::std::option::Option<::std::string::String>,
    #[serde(rename = "controlPlaneComponentConfig", default)]
    pub control_plane_component_config: ::std::option::Option<
        crate::types::ControlPlaneConfigInfo,
    >,
    #[serde(rename = "controlPlaneScalingTiers", default)]
    pub control_plane_scaling_tiers: ::std::option::Option<
        ::std::vec::Vec<crate::types::ControlPlaneScalingTierInfo>,
    >,
    #[serde(rename = "defaultPlatformVersion", default)]
    pub default_platform_version: ::std::option::Option<::std::string::String>,
    #[serde(rename = "defaultVersion", default)]
    pub default_version: ::std::option::Option<bool>,
    #[serde(rename = "endOfExtendedSupportDate", default)]
    pub end_of_extended_support_date: ::std::option::Option<crate::runtime::Timestamp>,
    #[serde(rename = "endOfStandardSupportDate", default)]
    pub end_of_standard_support_date: ::std::option::Option<crate::runtime::Timestamp>,
    #[serde(rename = "kubernetesPatchVersion", default)]
    pub kubernetes_patch_version: ::std::option::Option<::std::string::String>,
    #[serde(rename = "releaseDate", default)]
    pub release_date: ::std::option::Option<crate::runtime::Timestamp>,
    #[serde(rename = "status", default)]
    pub status: ::std::option::Option<crate::types::ClusterVersionStatus>,
    #[serde(rename = "versionStatus", default)]
    pub version_status: ::std::option::Option<crate::types::VersionStatus>,
}
impl ClusterVersionInformation {
    /// A new [`ClusterVersionInformationBuilder`](crate::types::builders::ClusterVersionInformationBuilder).
    pub fn builder() -> crate::types::builders::ClusterVersionInformationBuilder {
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
pub enum ClusterVersionStatus {
    /// `unsupported`
    Unsupported,
    /// `standard-support`
    StandardSupport,
    /// `extended-support`
    ExtendedSupport,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl ClusterVersionStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Unsupported => "unsupported",
            Self::StandardSupport => "standard-support",
            Self::ExtendedSupport => "extended-support",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["unsupported", "standard-support", "extended-support"]
    }
}
impl ::std::convert::From<&str> for ClusterVersionStatus {
    fn from(s: &str) -> Self {
        match s {
            "unsupported" => Self::Unsupported,
            "standard-support" => Self::StandardSupport,
            "extended-support" => Self::ExtendedSupport,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(ClusterVersionStatus);
/// Compatibility information.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct Compatibility {
    /// The supported Kubernetes version of the cluster.
    #[serde(rename = "clusterVersion", default)]
    pub cluster_version: ::std::option::Option<::std::string::String>,
    /// The supported default version.
    #[serde(rename = "defaultVersion", default)]
    pub default_version: ::std::option::Option<bool>,
    /// The supported compute platform.
    #[serde(rename = "platformVersions", default)]
    pub platform_versions: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
impl Compatibility {
    /// A new [`CompatibilityBuilder`](crate::types::builders::CompatibilityBuilder).
    pub fn builder() -> crate::types::builders::CompatibilityBuilder {
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
pub struct ComputeConfigRequest {
    #[serde(
        rename = "enabled",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub enabled: ::std::option::Option<bool>,
    #[serde(
        rename = "nodePools",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub node_pools: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(
        rename = "nodeRoleArn",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub node_role_arn: ::std::option::Option<::std::string::String>,
}
impl ComputeConfigRequest {
    /// A new [`ComputeConfigRequestBuilder`](crate::types::builders::ComputeConfigRequestBuilder).
    pub fn builder() -> crate::types::builders::ComputeConfigRequestBuilder {
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
pub struct ComputeConfigResponse {
    #[serde(rename = "enabled", default)]
    pub enabled: ::std::option::Option<bool>,
    #[serde(rename = "nodePools", default)]
    pub node_pools: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "nodeRoleArn", default)]
    pub node_role_arn: ::std::option::Option<::std::string::String>,
}
impl ComputeConfigResponse {
    /// A new [`ComputeConfigResponseBuilder`](crate::types::builders::ComputeConfigResponseBuilder).
    pub fn builder() -> crate::types::builders::ComputeConfigResponseBuilder {
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
pub enum ConnectorConfigProvider {
    /// `EKS_ANYWHERE`
    EksAnywhere,
    /// `ANTHOS`
    Anthos,
    /// `GKE`
    Gke,
    /// `AKS`
    Aks,
    /// `OPENSHIFT`
    Openshift,
    /// `TANZU`
    Tanzu,
    /// `RANCHER`
    Rancher,
    /// `EC2`
    Ec2,
    /// `OTHER`
    Other,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl ConnectorConfigProvider {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::EksAnywhere => "EKS_ANYWHERE",
            Self::Anthos => "ANTHOS",
            Self::Gke => "GKE",
            Self::Aks => "AKS",
            Self::Openshift => "OPENSHIFT",
            Self::Tanzu => "TANZU",
            Self::Rancher => "RANCHER",
            Self::Ec2 => "EC2",
            Self::Other => "OTHER",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &[
            "EKS_ANYWHERE",
            "ANTHOS",
            "GKE",
            "AKS",
            "OPENSHIFT",
            "TANZU",
            "RANCHER",
            "EC2",
            "OTHER",
        ]
    }
}
impl ::std::convert::From<&str> for ConnectorConfigProvider {
    fn from(s: &str) -> Self {
        match s {
            "EKS_ANYWHERE" => Self::EksAnywhere,
            "ANTHOS" => Self::Anthos,
            "GKE" => Self::Gke,
            "AKS" => Self::Aks,
            "OPENSHIFT" => Self::Openshift,
            "TANZU" => Self::Tanzu,
            "RANCHER" => Self::Rancher,
            "EC2" => Self::Ec2,
            "OTHER" => Self::Other,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(ConnectorConfigProvider);
/// The configuration sent to a cluster for configuration.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct ConnectorConfigRequest {
    /// The cloud provider for the target cluster to connect.
    #[serde(rename = "provider")]
    pub provider: crate::types::ConnectorConfigProvider,
    /// The Amazon Resource Name (ARN) of the role that is authorized to request the
    /// connector configuration.
    #[serde(rename = "roleArn")]
    pub role_arn: ::std::string::String,
}
impl ConnectorConfigRequest {
    /// A new [`ConnectorConfigRequestBuilder`](crate::types::builders::ConnectorConfigRequestBuilder).
    pub fn builder() -> crate::types::builders::ConnectorConfigRequestBuilder {
        ::std::default::Default::default()
    }
}
/// The full description of your connected cluster.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ConnectorConfigResponse {
    /// A unique code associated with the cluster for registration purposes.
    #[serde(rename = "activationCode", default)]
    pub activation_code: ::std::option::Option<::std::string::String>,
    /// The expiration time of the connected cluster. The cluster's YAML file must be
    /// applied through the native provider.
    #[serde(rename = "activationExpiry", default)]
    pub activation_expiry: ::std::option::Option<crate::runtime::Timestamp>,
    /// A unique ID associated with the cluster for registration purposes.
    #[serde(rename = "activationId", default)]
    pub activation_id: ::std::option::Option<::std::string::String>,
    /// The cluster's cloud service provider.
    #[serde(rename = "provider", default)]
    pub provider: ::std::option::Option<::std::string::String>,
    /// The Amazon Resource Name (ARN) of the role to communicate with services from the
    /// connected Kubernetes cluster.
    #[serde(rename = "roleArn", default)]
    pub role_arn: ::std::option::Option<::std::string::String>,
}
impl ConnectorConfigResponse {
    /// A new [`ConnectorConfigResponseBuilder`](crate::types::builders::ConnectorConfigResponseBuilder).
    pub fn builder() -> crate::types::builders::ConnectorConfigResponseBuilder {
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
pub struct ControlPlaneConfigInfo {
    #[serde(rename = "kubeApiServerConfig", default)]
    pub kube_api_server_config: ::std::option::Option<
        crate::types::KubeApiServerVersionConfig,
    >,
    #[serde(rename = "kubeControllerManagerConfig", default)]
    pub kube_controller_manager_config: ::std::option::Option<
        crate::types::KubeControllerManagerVersionConfig,
    >,
    #[serde(rename = "kubeSchedulerConfig", default)]
    pub kube_scheduler_config: ::std::option::Option<
        crate::types::KubeSchedulerVersionConfig,
    >,
}
impl ControlPlaneConfigInfo {
    /// A new [`ControlPlaneConfigInfoBuilder`](crate::types::builders::ControlPlaneConfigInfoBuilder).
    pub fn builder() -> crate::types::builders::ControlPlaneConfigInfoBuilder {
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
pub enum ControlPlaneEgressModeType {
    /// `AWS_MANAGED`
    AwsManaged,
    /// `CUSTOMER_ROUTED`
    CustomerRouted,
    /// `CUSTOMER_ISOLATED`
    CustomerIsolated,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl ControlPlaneEgressModeType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AwsManaged => "AWS_MANAGED",
            Self::CustomerRouted => "CUSTOMER_ROUTED",
            Self::CustomerIsolated => "CUSTOMER_ISOLATED",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["AWS_MANAGED", "CUSTOMER_ROUTED", "CUSTOMER_ISOLATED"]
    }
}
impl ::std::convert::From<&str> for ControlPlaneEgressModeType {
    fn from(s: &str) -> Self {
        match s {
            "AWS_MANAGED" => Self::AwsManaged,
            "CUSTOMER_ROUTED" => Self::CustomerRouted,
            "CUSTOMER_ISOLATED" => Self::CustomerIsolated,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(ControlPlaneEgressModeType);
/// The placement configuration for all the control plane instances of your local
/// Amazon EKS cluster on an Amazon Web Services Outpost. For more information, see
/// [Capacity
/// considerations](https://docs.aws.amazon.com/eks/latest/userguide/eks-outposts-capacity-considerations.html)
/// in the *Amazon EKS User Guide*
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct ControlPlanePlacementRequest {
    /// The name of the placement group for the Kubernetes control plane instances. This
    /// setting can't be changed after cluster creation.
    #[serde(
        rename = "groupName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub group_name: ::std::option::Option<::std::string::String>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "spreadLevel",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub spread_level: ::std::option::Option<crate::types::SpreadLevel>,
}
impl ControlPlanePlacementRequest {
    /// A new [`ControlPlanePlacementRequestBuilder`](crate::types::builders::ControlPlanePlacementRequestBuilder).
    pub fn builder() -> crate::types::builders::ControlPlanePlacementRequestBuilder {
        ::std::default::Default::default()
    }
}
/// The placement configuration for all the control plane instances of your local
/// Amazon EKS cluster on an Amazon Web Services Outpost. For more information, see
/// [Capacity
/// considerations](https://docs.aws.amazon.com/eks/latest/userguide/eks-outposts-capacity-considerations.html)
/// in the *Amazon EKS User Guide*.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ControlPlanePlacementResponse {
    /// The name of the placement group for the Kubernetes control plane instances.
    #[serde(rename = "groupName", default)]
    pub group_name: ::std::option::Option<::std::string::String>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "spreadLevel", default)]
    pub spread_level: ::std::option::Option<crate::types::SpreadLevel>,
}
impl ControlPlanePlacementResponse {
    /// A new [`ControlPlanePlacementResponseBuilder`](crate::types::builders::ControlPlanePlacementResponseBuilder).
    pub fn builder() -> crate::types::builders::ControlPlanePlacementResponseBuilder {
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
pub struct ControlPlaneScalingConfig {
    #[serde(
        rename = "tier",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tier: ::std::option::Option<crate::types::ProvisionedControlPlaneTier>,
}
impl ControlPlaneScalingConfig {
    /// A new [`ControlPlaneScalingConfigBuilder`](crate::types::builders::ControlPlaneScalingConfigBuilder).
    pub fn builder() -> crate::types::builders::ControlPlaneScalingConfigBuilder {
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
pub struct ControlPlaneScalingTierInfo {
    #[serde(rename = "apiRequestConcurrency", default)]
    pub api_request_concurrency: ::std::option::Option<i64>,
    #[serde(rename = "clusterDatabaseSizeGb", default)]
    pub cluster_database_size_gb: ::std::option::Option<i64>,
    #[serde(rename = "controlPlaneComponentConfigOverrides", default)]
    pub control_plane_component_config_overrides: ::std::option::Option<
        crate::types::ControlPlaneConfigInfo,
    >,
    #[serde(rename = "podSchedulingRatePerSecond", default)]
    pub pod_scheduling_rate_per_second: ::std::option::Option<i64>,
    #[serde(rename = "tierName", default)]
    pub tier_name: ::std::option::Option<::std::string::String>,
}
impl ControlPlaneScalingTierInfo {
    /// A new [`ControlPlaneScalingTierInfoBuilder`](crate::types::builders::ControlPlaneScalingTierInfoBuilder).
    pub fn builder() -> crate::types::builders::ControlPlaneScalingTierInfoBuilder {
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
pub struct CrdManagementConfiguration {
    #[serde(
        rename = "managed",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub managed: ::std::option::Option<bool>,
}
impl CrdManagementConfiguration {
    /// A new [`CrdManagementConfigurationBuilder`](crate::types::builders::CrdManagementConfigurationBuilder).
    pub fn builder() -> crate::types::builders::CrdManagementConfigurationBuilder {
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
pub struct CreateAccessConfigRequest {
    #[serde(
        rename = "authenticationMode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub authentication_mode: ::std::option::Option<crate::types::AuthenticationMode>,
    #[serde(
        rename = "bootstrapClusterCreatorAdminPermissions",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub bootstrap_cluster_creator_admin_permissions: ::std::option::Option<bool>,
}
impl CreateAccessConfigRequest {
    /// A new [`CreateAccessConfigRequestBuilder`](crate::types::builders::CreateAccessConfigRequestBuilder).
    pub fn builder() -> crate::types::builders::CreateAccessConfigRequestBuilder {
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
pub struct CreateAccessEntryRequest {
    /// If not set, `send()` fills it with a random UUID (version 4), as the AWS SDKs
    /// do; every retry of that call sends the same one.
    #[serde(
        rename = "clientRequestToken",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub client_request_token: ::std::option::Option<::std::string::String>,
    #[serde(skip)]
    pub cluster_name: ::std::string::String,
    #[serde(
        rename = "kubernetesGroups",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub kubernetes_groups: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "principalArn")]
    pub principal_arn: ::std::string::String,
    #[serde(
        rename = "tags",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    #[serde(
        rename = "type",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub r#type: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "username",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub username: ::std::option::Option<::std::string::String>,
}
impl CreateAccessEntryRequest {
    /// A new [`CreateAccessEntryRequestBuilder`](crate::types::builders::CreateAccessEntryRequestBuilder).
    pub fn builder() -> crate::types::builders::CreateAccessEntryRequestBuilder {
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
pub struct CreateAccessEntryResponse {
    #[serde(rename = "accessEntry", default)]
    pub access_entry: ::std::option::Option<crate::types::AccessEntry>,
}
impl CreateAccessEntryResponse {
    /// A new [`CreateAccessEntryResponseBuilder`](crate::types::builders::CreateAccessEntryResponseBuilder).
    pub fn builder() -> crate::types::builders::CreateAccessEntryResponseBuilder {
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
pub struct CreateAddonRequest {
    /// The name of the add-on. The name must match one of the names that
    /// [`DescribeAddonVersions`](https://docs.aws.amazon.com/eks/latest/APIReference/API_DescribeAddonVersions.html)
    /// returns.
    #[serde(rename = "addonName")]
    pub addon_name: ::std::string::String,
    /// The version of the add-on. The version must match one of the versions returned
    /// by
    /// [`DescribeAddonVersions`](https://docs.aws.amazon.com/eks/latest/APIReference/API_DescribeAddonVersions.html)
    /// .
    #[serde(
        rename = "addonVersion",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub addon_version: ::std::option::Option<::std::string::String>,
    /// A unique, case-sensitive identifier that you provide to ensure the idempotency
    /// of the request.
    ///
    /// If not set, `send()` fills it with a random UUID (version 4), as the AWS SDKs
    /// do; every retry of that call sends the same one.
    #[serde(
        rename = "clientRequestToken",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub client_request_token: ::std::option::Option<::std::string::String>,
    /// The name of the cluster to create the add-on for.
    #[serde(skip)]
    pub cluster_name: ::std::string::String,
    /// The set of configuration values for the add-on that's created. The values that
    /// you provide are validated against the schema in
    /// [`DescribeAddonConfiguration`](https://docs.aws.amazon.com/eks/latest/APIReference/API_DescribeAddonConfiguration.html)
    /// .
    #[serde(
        rename = "configurationValues",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub configuration_values: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "namespaceConfig",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub namespace_config: ::std::option::Option<
        crate::types::AddonNamespaceConfigRequest,
    >,
    #[serde(
        rename = "podIdentityAssociations",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub pod_identity_associations: ::std::option::Option<
        ::std::vec::Vec<crate::types::AddonPodIdentityAssociations>,
    >,
    /// How to resolve field value conflicts for an Amazon EKS add-on. Conflicts are
    /// handled based on the value you choose:
    ///
    /// - **None** – If the self-managed version of the add-on is installed on your
    ///   cluster, Amazon EKS doesn't change the value. Creation of the add-on might
    ///   fail.
    /// - **Overwrite** – If the self-managed version of the add-on is installed on your
    ///   cluster and the Amazon EKS default value is different than the existing value,
    ///   Amazon EKS changes the value to the Amazon EKS default value.
    /// - **Preserve** – Not supported. You can set this value when updating an add-on
    ///   though. For more information, see
    ///   [UpdateAddon](https://docs.aws.amazon.com/eks/latest/APIReference/API_UpdateAddon.html).
    ///
    /// If you don't currently have the self-managed version of the add-on installed on
    /// your cluster, the Amazon EKS add-on is installed. Amazon EKS sets all values to
    /// default values, regardless of the option that you specify.
    #[serde(
        rename = "resolveConflicts",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resolve_conflicts: ::std::option::Option<crate::types::ResolveConflicts>,
    /// The Amazon Resource Name (ARN) of an existing IAM role to bind to the add-on's
    /// service account. The role must be assigned the IAM permissions required by the
    /// add-on. If you don't specify an existing IAM role, then the add-on uses the
    /// permissions assigned to the node IAM role. For more information, see [Amazon EKS
    /// node IAM
    /// role](https://docs.aws.amazon.com/eks/latest/userguide/create-node-role.html) in
    /// the *Amazon EKS User Guide*.
    ///
    /// **Note:** To specify an existing IAM role, you must have an IAM OpenID Connect
    /// (OIDC) provider created for your cluster. For more information, see [Enabling
    /// IAM roles for service accounts on your
    /// cluster](https://docs.aws.amazon.com/eks/latest/userguide/enable-iam-roles-for-service-accounts.html)
    /// in the *Amazon EKS User Guide*.
    #[serde(
        rename = "serviceAccountRoleArn",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub service_account_role_arn: ::std::option::Option<::std::string::String>,
    /// The metadata to apply to the cluster to assist with categorization and
    /// organization. Each tag consists of a key and an optional value. You define both.
    #[serde(
        rename = "tags",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
}
impl CreateAddonRequest {
    /// A new [`CreateAddonRequestBuilder`](crate::types::builders::CreateAddonRequestBuilder).
    pub fn builder() -> crate::types::builders::CreateAddonRequestBuilder {
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
pub struct CreateAddonResponse {
    #[serde(rename = "addon", default)]
    pub addon: ::std::option::Option<crate::types::Addon>,
}
impl CreateAddonResponse {
    /// A new [`CreateAddonResponseBuilder`](crate::types::builders::CreateAddonResponseBuilder).
    pub fn builder() -> crate::types::builders::CreateAddonResponseBuilder {
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
pub struct CreateCapabilityRequest {
    #[serde(rename = "capabilityName")]
    pub capability_name: ::std::string::String,
    /// If not set, `send()` fills it with a random UUID (version 4), as the AWS SDKs
    /// do; every retry of that call sends the same one.
    #[serde(
        rename = "clientRequestToken",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub client_request_token: ::std::option::Option<::std::string::String>,
    #[serde(skip)]
    pub cluster_name: ::std::string::String,
    #[serde(
        rename = "configuration",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub configuration: ::std::option::Option<
        crate::types::CapabilityConfigurationRequest,
    >,
    #[serde(rename = "deletePropagationPolicy")]
    pub delete_propagation_policy: crate::types::CapabilityDeletePropagationPolicy,
    #[serde(rename = "roleArn")]
    pub role_arn: ::std::string::String,
    #[serde(
        rename = "tags",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    #[serde(rename = "type")]
    pub r#type: crate::types::CapabilityType,
}
impl CreateCapabilityRequest {
    /// A new [`CreateCapabilityRequestBuilder`](crate::types::builders::CreateCapabilityRequestBuilder).
    pub fn builder() -> crate::types::builders::CreateCapabilityRequestBuilder {
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
pub struct CreateCapabilityResponse {
    #[serde(rename = "capability", default)]
    pub capability: ::std::option::Option<crate::types::Capability>,
}
impl CreateCapabilityResponse {
    /// A new [`CreateCapabilityResponseBuilder`](crate::types::builders::CreateCapabilityResponseBuilder).
    pub fn builder() -> crate::types::builders::CreateCapabilityResponseBuilder {
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
pub struct CreateCertificateAuthorityRequest {
    /// If not set, `send()` fills it with a random UUID (version 4), as the AWS SDKs
    /// do; every retry of that call sends the same one.
    #[serde(
        rename = "clientRequestToken",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub client_request_token: ::std::option::Option<::std::string::String>,
    #[serde(skip)]
    pub cluster_name: ::std::string::String,
}
impl CreateCertificateAuthorityRequest {
    /// A new [`CreateCertificateAuthorityRequestBuilder`](crate::types::builders::CreateCertificateAuthorityRequestBuilder).
    pub fn builder() -> crate::types::builders::CreateCertificateAuthorityRequestBuilder {
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
pub struct CreateCertificateAuthorityResponse {
    #[serde(rename = "certificateAuthority", default)]
    pub certificate_authority: ::std::option::Option<
        crate::types::CertificateAuthoritySummary,
    >,
    #[serde(rename = "update", default)]
    pub update: ::std::option::Option<crate::types::Update>,
}
impl CreateCertificateAuthorityResponse {
    /// A new [`CreateCertificateAuthorityResponseBuilder`](crate::types::builders::CreateCertificateAuthorityResponseBuilder).
    pub fn builder() -> crate::types::builders::CreateCertificateAuthorityResponseBuilder {
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
pub struct CreateClusterRequest {
    /// Unique, case-sensitive identifier that you provide to ensure the idempotency of
    /// the request.
    ///
    /// If not set, `send()` fills it with a random UUID (version 4), as the AWS SDKs
    /// do; every retry of that call sends the same one.
    #[serde(
        rename = "clientRequestToken",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub client_request_token: ::std::option::Option<::std::string::String>,
    /// The encryption configuration for the cluster.
    #[serde(
        rename = "encryptionConfig",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub encryption_config: ::std::option::Option<
        ::std::vec::Vec<crate::types::EncryptionConfig>,
    >,
    /// The Kubernetes network configuration for the cluster.
    #[serde(
        rename = "kubernetesNetworkConfig",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub kubernetes_network_config: ::std::option::Option<
        crate::types::KubernetesNetworkConfigRequest,
    >,
    /// Enable or disable exporting the Kubernetes control plane logs for your cluster
    /// to CloudWatch Logs. By default, cluster control plane logs aren't exported to
    /// CloudWatch Logs. For more information, see [Amazon EKS Cluster control plane
    /// logs](https://docs.aws.amazon.com/eks/latest/userguide/control-plane-logs.html)
    /// in the *Amazon EKS User Guide* .
    ///
    /// **Note:** CloudWatch Logs ingestion, archive storage, and data scanning rates
    /// apply to exported control plane logs. For more information, see [CloudWatch
    /// Pricing](http://aws.amazon.com/cloudwatch/pricing/).
    #[serde(
        rename = "logging",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub logging: ::std::option::Option<crate::types::Logging>,
    /// The unique name to give to your cluster.
    #[serde(rename = "name")]
    pub name: ::std::string::String,
    /// An object representing the configuration of your local Amazon EKS cluster on an
    /// Amazon Web Services Outpost. Before creating a local cluster on an Outpost,
    /// review [Local clusters for Amazon EKS on Amazon Web Services
    /// Outposts](https://docs.aws.amazon.com/eks/latest/userguide/eks-outposts-local-cluster-overview.html)
    /// in the *Amazon EKS User Guide*. This object isn't available for creating Amazon
    /// EKS clusters on the Amazon Web Services cloud.
    #[serde(
        rename = "outpostConfig",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub outpost_config: ::std::option::Option<crate::types::OutpostConfigRequest>,
    /// The VPC configuration that's used by the cluster control plane. Amazon EKS VPC
    /// resources have specific requirements to work properly with Kubernetes. For more
    /// information, see [Cluster VPC
    /// Considerations](https://docs.aws.amazon.com/eks/latest/userguide/network_reqs.html)
    /// and [Cluster Security Group
    /// Considerations](https://docs.aws.amazon.com/eks/latest/userguide/sec-group-reqs.html)
    /// in the *Amazon EKS User Guide*. You must specify at least two subnets. You can
    /// specify up to five security groups. However, we recommend that you use a
    /// dedicated security group for your cluster control plane.
    #[serde(rename = "resourcesVpcConfig")]
    pub resources_vpc_config: crate::types::VpcConfigRequest,
    /// The Amazon Resource Name (ARN) of the IAM role that provides permissions for the
    /// Kubernetes control plane to make calls to Amazon Web Services API operations on
    /// your behalf. For more information, see [Amazon EKS Service IAM
    /// Role](https://docs.aws.amazon.com/eks/latest/userguide/service_IAM_role.html) in
    /// the *Amazon EKS User Guide* .
    #[serde(rename = "roleArn")]
    pub role_arn: ::std::string::String,
    /// The metadata to apply to the cluster to assist with categorization and
    /// organization. Each tag consists of a key and an optional value. You define both.
    #[serde(
        rename = "tags",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    /// The desired Kubernetes version for your cluster. If you don't specify a value
    /// here, the default version available in Amazon EKS is used.
    ///
    /// **Note:** The default version might not be the latest version available.
    #[serde(
        rename = "version",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub version: ::std::option::Option<::std::string::String>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "accessConfig",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub access_config: ::std::option::Option<crate::types::CreateAccessConfigRequest>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "bootstrapSelfManagedAddons",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub bootstrap_self_managed_addons: ::std::option::Option<bool>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "computeConfig",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub compute_config: ::std::option::Option<crate::types::ComputeConfigRequest>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "controlPlaneScalingConfig",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub control_plane_scaling_config: ::std::option::Option<
        crate::types::ControlPlaneScalingConfig,
    >,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "deletionProtection",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub deletion_protection: ::std::option::Option<bool>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "kubeApiServerConfig",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub kube_api_server_config: ::std::option::Option<
        crate::types::KubeApiServerConfigRequest,
    >,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "kubeControllerManagerConfig",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub kube_controller_manager_config: ::std::option::Option<
        crate::types::KubeControllerManagerConfigRequest,
    >,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "kubeSchedulerConfig",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub kube_scheduler_config: ::std::option::Option<
        crate::types::KubeSchedulerConfigRequest,
    >,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "remoteNetworkConfig",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub remote_network_config: ::std::option::Option<
        crate::types::RemoteNetworkConfigRequest,
    >,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "storageConfig",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub storage_config: ::std::option::Option<crate::types::StorageConfigRequest>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "upgradePolicy",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub upgrade_policy: ::std::option::Option<crate::types::UpgradePolicyRequest>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "zonalShiftConfig",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub zonal_shift_config: ::std::option::Option<crate::types::ZonalShiftConfigRequest>,
}
impl CreateClusterRequest {
    /// A new [`CreateClusterRequestBuilder`](crate::types::builders::CreateClusterRequestBuilder).
    pub fn builder() -> crate::types::builders::CreateClusterRequestBuilder {
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
pub struct CreateClusterResponse {
    /// The full description of your new cluster.
    #[serde(rename = "cluster", default)]
    pub cluster: ::std::option::Option<crate::types::Cluster>,
}
impl CreateClusterResponse {
    /// A new [`CreateClusterResponseBuilder`](crate::types::builders::CreateClusterResponseBuilder).
    pub fn builder() -> crate::types::builders::CreateClusterResponseBuilder {
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
pub struct CreateEksAnywhereSubscriptionRequest {
    #[serde(
        rename = "autoRenew",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auto_renew: ::std::option::Option<bool>,
    /// If not set, `send()` fills it with a random UUID (version 4), as the AWS SDKs
    /// do; every retry of that call sends the same one.
    #[serde(
        rename = "clientRequestToken",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub client_request_token: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "licenseQuantity",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub license_quantity: ::std::option::Option<i64>,
    #[serde(
        rename = "licenseType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub license_type: ::std::option::Option<
        crate::types::EksAnywhereSubscriptionLicenseType,
    >,
    #[serde(rename = "name")]
    pub name: ::std::string::String,
    #[serde(
        rename = "tags",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    #[serde(rename = "term")]
    pub term: crate::types::EksAnywhereSubscriptionTerm,
}
impl CreateEksAnywhereSubscriptionRequest {
    /// A new [`CreateEksAnywhereSubscriptionRequestBuilder`](crate::types::builders::CreateEksAnywhereSubscriptionRequestBuilder).
    pub fn builder() -> crate::types::builders::CreateEksAnywhereSubscriptionRequestBuilder {
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
pub struct CreateEksAnywhereSubscriptionResponse {
    #[serde(rename = "subscription", default)]
    pub subscription: ::std::option::Option<crate::types::EksAnywhereSubscription>,
}
impl CreateEksAnywhereSubscriptionResponse {
    /// A new [`CreateEksAnywhereSubscriptionResponseBuilder`](crate::types::builders::CreateEksAnywhereSubscriptionResponseBuilder).
    pub fn builder() -> crate::types::builders::CreateEksAnywhereSubscriptionResponseBuilder {
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
pub struct CreateFargateProfileRequest {
    /// Unique, case-sensitive identifier that you provide to ensure the idempotency of
    /// the request.
    ///
    /// If not set, `send()` fills it with a random UUID (version 4), as the AWS SDKs
    /// do; every retry of that call sends the same one.
    #[serde(
        rename = "clientRequestToken",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub client_request_token: ::std::option::Option<::std::string::String>,
    /// The name of the Amazon EKS cluster to apply the Fargate profile to.
    #[serde(skip)]
    pub cluster_name: ::std::string::String,
    /// The name of the Fargate profile.
    #[serde(rename = "fargateProfileName")]
    pub fargate_profile_name: ::std::string::String,
    /// The Amazon Resource Name (ARN) of the pod execution role to use for pods that
    /// match the selectors in the Fargate profile. The pod execution role allows
    /// Fargate infrastructure to register with your cluster as a node, and it provides
    /// read access to Amazon ECR image repositories. For more information, see [Pod
    /// Execution
    /// Role](https://docs.aws.amazon.com/eks/latest/userguide/pod-execution-role.html)
    /// in the *Amazon EKS User Guide*.
    #[serde(rename = "podExecutionRoleArn")]
    pub pod_execution_role_arn: ::std::string::String,
    /// The selectors to match for pods to use this Fargate profile. Each selector must
    /// have an associated namespace. Optionally, you can also specify labels for a
    /// namespace. You may specify up to five selectors in a Fargate profile.
    #[serde(
        rename = "selectors",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub selectors: ::std::option::Option<
        ::std::vec::Vec<crate::types::FargateProfileSelector>,
    >,
    /// The IDs of subnets to launch your pods into. At this time, pods running on
    /// Fargate are not assigned public IP addresses, so only private subnets (with no
    /// direct route to an Internet Gateway) are accepted for this parameter.
    #[serde(
        rename = "subnets",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub subnets: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// The metadata to apply to the Fargate profile to assist with categorization and
    /// organization. Each tag consists of a key and an optional value. You define both.
    /// Fargate profile tags do not propagate to any other resources associated with the
    /// Fargate profile, such as the pods that are scheduled with it.
    #[serde(
        rename = "tags",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
}
impl CreateFargateProfileRequest {
    /// A new [`CreateFargateProfileRequestBuilder`](crate::types::builders::CreateFargateProfileRequestBuilder).
    pub fn builder() -> crate::types::builders::CreateFargateProfileRequestBuilder {
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
pub struct CreateFargateProfileResponse {
    /// The full description of your new Fargate profile.
    #[serde(rename = "fargateProfile", default)]
    pub fargate_profile: ::std::option::Option<crate::types::FargateProfile>,
}
impl CreateFargateProfileResponse {
    /// A new [`CreateFargateProfileResponseBuilder`](crate::types::builders::CreateFargateProfileResponseBuilder).
    pub fn builder() -> crate::types::builders::CreateFargateProfileResponseBuilder {
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
pub struct CreateNodegroupRequest {
    /// The AMI type for your node group. If you specify `launchTemplate`, and your
    /// launch template uses a custom AMI, then don't specify `amiType`, or the node
    /// group deployment will fail. If your launch template uses a Windows custom AMI,
    /// then add `eks:kube-proxy-windows` to your Windows nodes `rolearn` in the
    /// `aws-auth` `ConfigMap`. For more information about using launch templates with
    /// Amazon EKS, see [Launch template
    /// support](https://docs.aws.amazon.com/eks/latest/userguide/launch-templates.html)
    /// in the *Amazon EKS User Guide*.
    #[serde(
        rename = "amiType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ami_type: ::std::option::Option<crate::types::AmiTypes>,
    /// The capacity type for your node group.
    #[serde(
        rename = "capacityType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub capacity_type: ::std::option::Option<crate::types::CapacityTypes>,
    /// Unique, case-sensitive identifier that you provide to ensure the idempotency of
    /// the request.
    ///
    /// If not set, `send()` fills it with a random UUID (version 4), as the AWS SDKs
    /// do; every retry of that call sends the same one.
    #[serde(
        rename = "clientRequestToken",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub client_request_token: ::std::option::Option<::std::string::String>,
    /// The name of the cluster to create the node group in.
    #[serde(skip)]
    pub cluster_name: ::std::string::String,
    /// The root device disk size (in GiB) for your node group instances. The default
    /// disk size is 20 GiB for Linux and Bottlerocket. The default disk size is 50 GiB
    /// for Windows. If you specify `launchTemplate`, then don't specify `diskSize`, or
    /// the node group deployment will fail. For more information about using launch
    /// templates with Amazon EKS, see [Launch template
    /// support](https://docs.aws.amazon.com/eks/latest/userguide/launch-templates.html)
    /// in the *Amazon EKS User Guide*.
    #[serde(
        rename = "diskSize",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disk_size: ::std::option::Option<i64>,
    /// Specify the instance types for a node group. If you specify a GPU instance type,
    /// make sure to also specify an applicable GPU AMI type with the `amiType`
    /// parameter. If you specify `launchTemplate`, then you can specify zero or one
    /// instance type in your launch template *or* you can specify 0-20 instance types
    /// for `instanceTypes`. If however, you specify an instance type in your launch
    /// template *and* specify any `instanceTypes`, the node group deployment will fail.
    /// If you don't specify an instance type in a launch template or for
    /// `instanceTypes`, then `t3.medium` is used, by default. If you specify `Spot` for
    /// `capacityType`, then we recommend specifying multiple values for
    /// `instanceTypes`. For more information, see [Managed node group capacity
    /// types](https://docs.aws.amazon.com/eks/latest/userguide/managed-node-groups.html#managed-node-group-capacity-types)
    /// and [Launch template
    /// support](https://docs.aws.amazon.com/eks/latest/userguide/launch-templates.html)
    /// in the *Amazon EKS User Guide*.
    #[serde(
        rename = "instanceTypes",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_types: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// The Kubernetes labels to be applied to the nodes in the node group when they are
    /// created.
    #[serde(
        rename = "labels",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub labels: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    /// An object representing a node group's launch template specification. If
    /// specified, then do not specify `instanceTypes`, `diskSize`, or `remoteAccess`
    /// and make sure that the launch template meets the requirements in
    /// `launchTemplateSpecification`.
    #[serde(
        rename = "launchTemplate",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub launch_template: ::std::option::Option<
        crate::types::LaunchTemplateSpecification,
    >,
    #[serde(
        rename = "nodeRepairConfig",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub node_repair_config: ::std::option::Option<crate::types::NodeRepairConfig>,
    /// The Amazon Resource Name (ARN) of the IAM role to associate with your node
    /// group. The Amazon EKS worker node `kubelet` daemon makes calls to Amazon Web
    /// Services APIs on your behalf. Nodes receive permissions for these API calls
    /// through an IAM instance profile and associated policies. Before you can launch
    /// nodes and register them into a cluster, you must create an IAM role for those
    /// nodes to use when they are launched. For more information, see [Amazon EKS node
    /// IAM
    /// role](https://docs.aws.amazon.com/eks/latest/userguide/create-node-role.html) in
    /// the *Amazon EKS User Guide* . If you specify `launchTemplate`, then don't
    /// specify
    /// [`IamInstanceProfile`](https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_IamInstanceProfile.html)
    /// in your launch template, or the node group deployment will fail. For more
    /// information about using launch templates with Amazon EKS, see [Launch template
    /// support](https://docs.aws.amazon.com/eks/latest/userguide/launch-templates.html)
    /// in the *Amazon EKS User Guide*.
    #[serde(rename = "nodeRole")]
    pub node_role: ::std::string::String,
    /// The unique name to give your node group.
    #[serde(rename = "nodegroupName")]
    pub nodegroup_name: ::std::string::String,
    /// The AMI version of the Amazon EKS optimized AMI to use with your node group. By
    /// default, the latest available AMI version for the node group's current
    /// Kubernetes version is used. For information about Linux versions, see [Amazon
    /// EKS optimized Amazon Linux AMI
    /// versions](https://docs.aws.amazon.com/eks/latest/userguide/eks-linux-ami-versions.html)
    /// in the *Amazon EKS User Guide*. Amazon EKS managed node groups support the
    /// November 2022 and later releases of the Windows AMIs. For information about
    /// Windows versions, see [Amazon EKS optimized Windows AMI
    /// versions](https://docs.aws.amazon.com/eks/latest/userguide/eks-ami-versions-windows.html)
    /// in the *Amazon EKS User Guide*.
    ///
    /// If you specify `launchTemplate`, and your launch template uses a custom AMI,
    /// then don't specify `releaseVersion`, or the node group deployment will fail. For
    /// more information about using launch templates with Amazon EKS, see [Launch
    /// template
    /// support](https://docs.aws.amazon.com/eks/latest/userguide/launch-templates.html)
    /// in the *Amazon EKS User Guide*.
    #[serde(
        rename = "releaseVersion",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub release_version: ::std::option::Option<::std::string::String>,
    /// The remote access configuration to use with your node group. For Linux, the
    /// protocol is SSH. For Windows, the protocol is RDP. If you specify
    /// `launchTemplate`, then don't specify `remoteAccess`, or the node group
    /// deployment will fail. For more information about using launch templates with
    /// Amazon EKS, see [Launch template
    /// support](https://docs.aws.amazon.com/eks/latest/userguide/launch-templates.html)
    /// in the *Amazon EKS User Guide*.
    #[serde(
        rename = "remoteAccess",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub remote_access: ::std::option::Option<crate::types::RemoteAccessConfig>,
    /// The scaling configuration details for the Auto Scaling group that is created for
    /// your node group.
    #[serde(
        rename = "scalingConfig",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub scaling_config: ::std::option::Option<crate::types::NodegroupScalingConfig>,
    /// The subnets to use for the Auto Scaling group that is created for your node
    /// group. If you specify `launchTemplate`, then don't specify
    /// [`SubnetId`](https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateNetworkInterface.html)
    /// in your launch template, or the node group deployment will fail. For more
    /// information about using launch templates with Amazon EKS, see [Launch template
    /// support](https://docs.aws.amazon.com/eks/latest/userguide/launch-templates.html)
    /// in the *Amazon EKS User Guide*.
    #[serde(rename = "subnets")]
    pub subnets: ::std::vec::Vec<::std::string::String>,
    /// The metadata to apply to the node group to assist with categorization and
    /// organization. Each tag consists of a key and an optional value. You define both.
    /// Node group tags do not propagate to any other resources associated with the node
    /// group, such as the Amazon EC2 instances or subnets.
    #[serde(
        rename = "tags",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    /// The Kubernetes taints to be applied to the nodes in the node group. For more
    /// information, see [Node taints on managed node
    /// groups](https://docs.aws.amazon.com/eks/latest/userguide/node-taints-managed-node-groups.html).
    #[serde(
        rename = "taints",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub taints: ::std::option::Option<::std::vec::Vec<crate::types::Taint>>,
    /// The node group update configuration.
    #[serde(
        rename = "updateConfig",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub update_config: ::std::option::Option<crate::types::NodegroupUpdateConfig>,
    /// The Kubernetes version to use for your managed nodes. By default, the Kubernetes
    /// version of the cluster is used, and this is the only accepted specified value.
    /// If you specify `launchTemplate`, and your launch template uses a custom AMI,
    /// then don't specify `version`, or the node group deployment will fail. For more
    /// information about using launch templates with Amazon EKS, see [Launch template
    /// support](https://docs.aws.amazon.com/eks/latest/userguide/launch-templates.html)
    /// in the *Amazon EKS User Guide*.
    #[serde(
        rename = "version",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub version: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "warmPoolConfig",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub warm_pool_config: ::std::option::Option<crate::types::WarmPoolConfig>,
}
impl CreateNodegroupRequest {
    /// A new [`CreateNodegroupRequestBuilder`](crate::types::builders::CreateNodegroupRequestBuilder).
    pub fn builder() -> crate::types::builders::CreateNodegroupRequestBuilder {
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
pub struct CreateNodegroupResponse {
    /// The full description of your new node group.
    #[serde(rename = "nodegroup", default)]
    pub nodegroup: ::std::option::Option<crate::types::Nodegroup>,
}
impl CreateNodegroupResponse {
    /// A new [`CreateNodegroupResponseBuilder`](crate::types::builders::CreateNodegroupResponseBuilder).
    pub fn builder() -> crate::types::builders::CreateNodegroupResponseBuilder {
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
pub struct CreatePodIdentityAssociationRequest {
    /// If not set, `send()` fills it with a random UUID (version 4), as the AWS SDKs
    /// do; every retry of that call sends the same one.
    #[serde(
        rename = "clientRequestToken",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub client_request_token: ::std::option::Option<::std::string::String>,
    #[serde(skip)]
    pub cluster_name: ::std::string::String,
    #[serde(
        rename = "disableSessionTags",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disable_session_tags: ::std::option::Option<bool>,
    #[serde(rename = "namespace")]
    pub namespace: ::std::string::String,
    #[serde(
        rename = "policy",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub policy: ::std::option::Option<::std::string::String>,
    #[serde(rename = "roleArn")]
    pub role_arn: ::std::string::String,
    #[serde(rename = "serviceAccount")]
    pub service_account: ::std::string::String,
    #[serde(
        rename = "tags",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    #[serde(
        rename = "targetRoleArn",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub target_role_arn: ::std::option::Option<::std::string::String>,
}
impl CreatePodIdentityAssociationRequest {
    /// A new [`CreatePodIdentityAssociationRequestBuilder`](crate::types::builders::CreatePodIdentityAssociationRequestBuilder).
    pub fn builder() -> crate::types::builders::CreatePodIdentityAssociationRequestBuilder {
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
pub struct CreatePodIdentityAssociationResponse {
    #[serde(rename = "association", default)]
    pub association: ::std::option::Option<crate::types::PodIdentityAssociation>,
}
impl CreatePodIdentityAssociationResponse {
    /// A new [`CreatePodIdentityAssociationResponseBuilder`](crate::types::builders::CreatePodIdentityAssociationResponseBuilder).
    pub fn builder() -> crate::types::builders::CreatePodIdentityAssociationResponseBuilder {
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
pub struct DeleteAccessEntryRequest {
    #[serde(skip)]
    pub cluster_name: ::std::string::String,
    #[serde(skip)]
    pub principal_arn: ::std::string::String,
}
impl DeleteAccessEntryRequest {
    /// A new [`DeleteAccessEntryRequestBuilder`](crate::types::builders::DeleteAccessEntryRequestBuilder).
    pub fn builder() -> crate::types::builders::DeleteAccessEntryRequestBuilder {
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
pub struct DeleteAccessEntryResponse {}
impl DeleteAccessEntryResponse {
    /// A new [`DeleteAccessEntryResponseBuilder`](crate::types::builders::DeleteAccessEntryResponseBuilder).
    pub fn builder() -> crate::types::builders::DeleteAccessEntryResponseBuilder {
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
pub struct DeleteAddonRequest {
    /// The name of the add-on. The name must match one of the names returned by
    /// [`ListAddons`](https://docs.aws.amazon.com/eks/latest/APIReference/API_ListAddons.html)
    /// .
    #[serde(skip)]
    pub addon_name: ::std::string::String,
    /// The name of the cluster to delete the add-on from.
    #[serde(skip)]
    pub cluster_name: ::std::string::String,
    /// Specifying this option preserves the add-on software on your cluster but Amazon
    /// EKS stops managing any settings for the add-on. If an IAM account is associated
    /// with the add-on, it isn't removed.
    #[serde(skip)]
    pub preserve: ::std::option::Option<bool>,
}
impl DeleteAddonRequest {
    /// A new [`DeleteAddonRequestBuilder`](crate::types::builders::DeleteAddonRequestBuilder).
    pub fn builder() -> crate::types::builders::DeleteAddonRequestBuilder {
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
pub struct DeleteAddonResponse {
    #[serde(rename = "addon", default)]
    pub addon: ::std::option::Option<crate::types::Addon>,
}
impl DeleteAddonResponse {
    /// A new [`DeleteAddonResponseBuilder`](crate::types::builders::DeleteAddonResponseBuilder).
    pub fn builder() -> crate::types::builders::DeleteAddonResponseBuilder {
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
pub struct DeleteCapabilityRequest {
    #[serde(skip)]
    pub capability_name: ::std::string::String,
    #[serde(skip)]
    pub cluster_name: ::std::string::String,
}
impl DeleteCapabilityRequest {
    /// A new [`DeleteCapabilityRequestBuilder`](crate::types::builders::DeleteCapabilityRequestBuilder).
    pub fn builder() -> crate::types::builders::DeleteCapabilityRequestBuilder {
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
pub struct DeleteCapabilityResponse {
    #[serde(rename = "capability", default)]
    pub capability: ::std::option::Option<crate::types::Capability>,
}
impl DeleteCapabilityResponse {
    /// A new [`DeleteCapabilityResponseBuilder`](crate::types::builders::DeleteCapabilityResponseBuilder).
    pub fn builder() -> crate::types::builders::DeleteCapabilityResponseBuilder {
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
pub struct DeleteCertificateAuthorityRequest {
    #[serde(skip)]
    pub certificate_authority_id: ::std::string::String,
    /// If not set, `send()` fills it with a random UUID (version 4), as the AWS SDKs
    /// do; every retry of that call sends the same one.
    #[serde(skip)]
    pub client_request_token: ::std::option::Option<::std::string::String>,
    #[serde(skip)]
    pub cluster_name: ::std::string::String,
}
impl DeleteCertificateAuthorityRequest {
    /// A new [`DeleteCertificateAuthorityRequestBuilder`](crate::types::builders::DeleteCertificateAuthorityRequestBuilder).
    pub fn builder() -> crate::types::builders::DeleteCertificateAuthorityRequestBuilder {
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
pub struct DeleteCertificateAuthorityResponse {
    #[serde(rename = "certificateAuthority", default)]
    pub certificate_authority: ::std::option::Option<
        crate::types::CertificateAuthoritySummary,
    >,
    #[serde(rename = "update", default)]
    pub update: ::std::option::Option<crate::types::Update>,
}
impl DeleteCertificateAuthorityResponse {
    /// A new [`DeleteCertificateAuthorityResponseBuilder`](crate::types::builders::DeleteCertificateAuthorityResponseBuilder).
    pub fn builder() -> crate::types::builders::DeleteCertificateAuthorityResponseBuilder {
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
pub struct DeleteClusterRequest {
    /// The name of the cluster to delete.
    #[serde(skip)]
    pub name: ::std::string::String,
}
impl DeleteClusterRequest {
    /// A new [`DeleteClusterRequestBuilder`](crate::types::builders::DeleteClusterRequestBuilder).
    pub fn builder() -> crate::types::builders::DeleteClusterRequestBuilder {
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
pub struct DeleteClusterResponse {
    /// The full description of the cluster to delete.
    #[serde(rename = "cluster", default)]
    pub cluster: ::std::option::Option<crate::types::Cluster>,
}
impl DeleteClusterResponse {
    /// A new [`DeleteClusterResponseBuilder`](crate::types::builders::DeleteClusterResponseBuilder).
    pub fn builder() -> crate::types::builders::DeleteClusterResponseBuilder {
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
pub struct DeleteEksAnywhereSubscriptionRequest {
    #[serde(skip)]
    pub id: ::std::string::String,
}
impl DeleteEksAnywhereSubscriptionRequest {
    /// A new [`DeleteEksAnywhereSubscriptionRequestBuilder`](crate::types::builders::DeleteEksAnywhereSubscriptionRequestBuilder).
    pub fn builder() -> crate::types::builders::DeleteEksAnywhereSubscriptionRequestBuilder {
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
pub struct DeleteEksAnywhereSubscriptionResponse {
    #[serde(rename = "subscription", default)]
    pub subscription: ::std::option::Option<crate::types::EksAnywhereSubscription>,
}
impl DeleteEksAnywhereSubscriptionResponse {
    /// A new [`DeleteEksAnywhereSubscriptionResponseBuilder`](crate::types::builders::DeleteEksAnywhereSubscriptionResponseBuilder).
    pub fn builder() -> crate::types::builders::DeleteEksAnywhereSubscriptionResponseBuilder {
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
pub struct DeleteFargateProfileRequest {
    /// The name of the Amazon EKS cluster associated with the Fargate profile to
    /// delete.
    #[serde(skip)]
    pub cluster_name: ::std::string::String,
    /// The name of the Fargate profile to delete.
    #[serde(skip)]
    pub fargate_profile_name: ::std::string::String,
}
impl DeleteFargateProfileRequest {
    /// A new [`DeleteFargateProfileRequestBuilder`](crate::types::builders::DeleteFargateProfileRequestBuilder).
    pub fn builder() -> crate::types::builders::DeleteFargateProfileRequestBuilder {
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
pub struct DeleteFargateProfileResponse {
    /// The deleted Fargate profile.
    #[serde(rename = "fargateProfile", default)]
    pub fargate_profile: ::std::option::Option<crate::types::FargateProfile>,
}
impl DeleteFargateProfileResponse {
    /// A new [`DeleteFargateProfileResponseBuilder`](crate::types::builders::DeleteFargateProfileResponseBuilder).
    pub fn builder() -> crate::types::builders::DeleteFargateProfileResponseBuilder {
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
pub struct DeleteNodegroupRequest {
    /// The name of the Amazon EKS cluster that is associated with your node group.
    #[serde(skip)]
    pub cluster_name: ::std::string::String,
    /// The name of the node group to delete.
    #[serde(skip)]
    pub nodegroup_name: ::std::string::String,
}
impl DeleteNodegroupRequest {
    /// A new [`DeleteNodegroupRequestBuilder`](crate::types::builders::DeleteNodegroupRequestBuilder).
    pub fn builder() -> crate::types::builders::DeleteNodegroupRequestBuilder {
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
pub struct DeleteNodegroupResponse {
    /// The full description of your deleted node group.
    #[serde(rename = "nodegroup", default)]
    pub nodegroup: ::std::option::Option<crate::types::Nodegroup>,
}
impl DeleteNodegroupResponse {
    /// A new [`DeleteNodegroupResponseBuilder`](crate::types::builders::DeleteNodegroupResponseBuilder).
    pub fn builder() -> crate::types::builders::DeleteNodegroupResponseBuilder {
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
pub struct DeletePodIdentityAssociationRequest {
    #[serde(skip)]
    pub association_id: ::std::string::String,
    #[serde(skip)]
    pub cluster_name: ::std::string::String,
}
impl DeletePodIdentityAssociationRequest {
    /// A new [`DeletePodIdentityAssociationRequestBuilder`](crate::types::builders::DeletePodIdentityAssociationRequestBuilder).
    pub fn builder() -> crate::types::builders::DeletePodIdentityAssociationRequestBuilder {
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
pub struct DeletePodIdentityAssociationResponse {
    #[serde(rename = "association", default)]
    pub association: ::std::option::Option<crate::types::PodIdentityAssociation>,
}
impl DeletePodIdentityAssociationResponse {
    /// A new [`DeletePodIdentityAssociationResponseBuilder`](crate::types::builders::DeletePodIdentityAssociationResponseBuilder).
    pub fn builder() -> crate::types::builders::DeletePodIdentityAssociationResponseBuilder {
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
pub struct DeprecationDetail {
    #[serde(rename = "clientStats", default)]
    pub client_stats: ::std::option::Option<::std::vec::Vec<crate::types::ClientStat>>,
    #[serde(rename = "replacedWith", default)]
    pub replaced_with: ::std::option::Option<::std::string::String>,
    #[serde(rename = "startServingReplacementVersion", default)]
    pub start_serving_replacement_version: ::std::option::Option<::std::string::String>,
    #[serde(rename = "stopServingVersion", default)]
    pub stop_serving_version: ::std::option::Option<::std::string::String>,
    #[serde(rename = "usage", default)]
    pub usage: ::std::option::Option<::std::string::String>,
}
impl DeprecationDetail {
    /// A new [`DeprecationDetailBuilder`](crate::types::builders::DeprecationDetailBuilder).
    pub fn builder() -> crate::types::builders::DeprecationDetailBuilder {
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
pub struct DeregisterClusterRequest {
    /// The name of the connected cluster to deregister.
    #[serde(skip)]
    pub name: ::std::string::String,
}
impl DeregisterClusterRequest {
    /// A new [`DeregisterClusterRequestBuilder`](crate::types::builders::DeregisterClusterRequestBuilder).
    pub fn builder() -> crate::types::builders::DeregisterClusterRequestBuilder {
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
pub struct DeregisterClusterResponse {
    #[serde(rename = "cluster", default)]
    pub cluster: ::std::option::Option<crate::types::Cluster>,
}
impl DeregisterClusterResponse {
    /// A new [`DeregisterClusterResponseBuilder`](crate::types::builders::DeregisterClusterResponseBuilder).
    pub fn builder() -> crate::types::builders::DeregisterClusterResponseBuilder {
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
pub struct DescribeAccessEntryRequest {
    #[serde(skip)]
    pub cluster_name: ::std::string::String,
    #[serde(skip)]
    pub principal_arn: ::std::string::String,
}
impl DescribeAccessEntryRequest {
    /// A new [`DescribeAccessEntryRequestBuilder`](crate::types::builders::DescribeAccessEntryRequestBuilder).
    pub fn builder() -> crate::types::builders::DescribeAccessEntryRequestBuilder {
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
pub struct DescribeAccessEntryResponse {
    #[serde(rename = "accessEntry", default)]
    pub access_entry: ::std::option::Option<crate::types::AccessEntry>,
}
impl DescribeAccessEntryResponse {
    /// A new [`DescribeAccessEntryResponseBuilder`](crate::types::builders::DescribeAccessEntryResponseBuilder).
    pub fn builder() -> crate::types::builders::DescribeAccessEntryResponseBuilder {
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
pub struct DescribeAddonConfigurationRequest {
    /// The name of the add-on. The name must match one of the names that
    /// [`DescribeAddonVersions`](https://docs.aws.amazon.com/eks/latest/APIReference/API_DescribeAddonVersions.html)
    /// returns.
    #[serde(skip)]
    pub addon_name: ::std::string::String,
    /// The version of the add-on. The version must match one of the versions returned
    /// by
    /// [`DescribeAddonVersions`](https://docs.aws.amazon.com/eks/latest/APIReference/API_DescribeAddonVersions.html)
    /// .
    #[serde(skip)]
    pub addon_version: ::std::string::String,
}
impl DescribeAddonConfigurationRequest {
    /// A new [`DescribeAddonConfigurationRequestBuilder`](crate::types::builders::DescribeAddonConfigurationRequestBuilder).
    pub fn builder() -> crate::types::builders::DescribeAddonConfigurationRequestBuilder {
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
pub struct DescribeAddonConfigurationResponse {
    /// The name of the add-on.
    #[serde(rename = "addonName", default)]
    pub addon_name: ::std::option::Option<::std::string::String>,
    /// The version of the add-on. The version must match one of the versions returned
    /// by
    /// [`DescribeAddonVersions`](https://docs.aws.amazon.com/eks/latest/APIReference/API_DescribeAddonVersions.html)
    /// .
    #[serde(rename = "addonVersion", default)]
    pub addon_version: ::std::option::Option<::std::string::String>,
    /// A JSON schema that's used to validate the configuration values that you provide
    /// when an addon is created or updated.
    #[serde(rename = "configurationSchema", default)]
    pub configuration_schema: ::std::option::Option<::std::string::String>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "podIdentityConfiguration", default)]
    pub pod_identity_configuration: ::std::option::Option<
        ::std::vec::Vec<crate::types::AddonPodIdentityConfiguration>,
    >,
}
impl DescribeAddonConfigurationResponse {
    /// A new [`DescribeAddonConfigurationResponseBuilder`](crate::types::builders::DescribeAddonConfigurationResponseBuilder).
    pub fn builder() -> crate::types::builders::DescribeAddonConfigurationResponseBuilder {
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
pub struct DescribeAddonRequest {
    /// The name of the add-on. The name must match one of the names returned by
    /// [`ListAddons`](https://docs.aws.amazon.com/eks/latest/APIReference/API_ListAddons.html)
    /// .
    #[serde(skip)]
    pub addon_name: ::std::string::String,
    /// The name of the cluster.
    #[serde(skip)]
    pub cluster_name: ::std::string::String,
}
impl DescribeAddonRequest {
    /// A new [`DescribeAddonRequestBuilder`](crate::types::builders::DescribeAddonRequestBuilder).
    pub fn builder() -> crate::types::builders::DescribeAddonRequestBuilder {
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
pub struct DescribeAddonResponse {
    #[serde(rename = "addon", default)]
    pub addon: ::std::option::Option<crate::types::Addon>,
}
impl DescribeAddonResponse {
    /// A new [`DescribeAddonResponseBuilder`](crate::types::builders::DescribeAddonResponseBuilder).
    pub fn builder() -> crate::types::builders::DescribeAddonResponseBuilder {
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
pub struct DescribeAddonVersionsRequest {
    /// The name of the add-on. The name must match one of the names returned by
    /// [`ListAddons`](https://docs.aws.amazon.com/eks/latest/APIReference/API_ListAddons.html)
    /// .
    #[serde(skip)]
    pub addon_name: ::std::option::Option<::std::string::String>,
    /// The Kubernetes versions that you can use the add-on with.
    #[serde(skip)]
    pub kubernetes_version: ::std::option::Option<::std::string::String>,
    /// The maximum number of results to return.
    #[serde(skip)]
    pub max_results: ::std::option::Option<i64>,
    /// The `nextToken` value returned from a previous paginated
    /// `DescribeAddonVersionsRequest` where `maxResults` was used and the results
    /// exceeded the value of that parameter. Pagination continues from the end of the
    /// previous results that returned the `nextToken` value.
    ///
    /// **Note:** This token should be treated as an opaque identifier that is used only
    /// to retrieve the next items in a list and not for other programmatic purposes.
    #[serde(skip)]
    pub next_token: ::std::option::Option<::std::string::String>,
    /// The owner of the add-on. For valid `owners`, don't specify a value for this
    /// property.
    #[serde(skip)]
    pub owners: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// The publisher of the add-on. For valid `publishers`, don't specify a value for
    /// this property.
    #[serde(skip)]
    pub publishers: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// The type of the add-on. For valid `types`, don't specify a value for this
    /// property.
    #[serde(skip)]
    pub types: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
impl DescribeAddonVersionsRequest {
    /// A new [`DescribeAddonVersionsRequestBuilder`](crate::types::builders::DescribeAddonVersionsRequestBuilder).
    pub fn builder() -> crate::types::builders::DescribeAddonVersionsRequestBuilder {
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
pub struct DescribeAddonVersionsResponse {
    /// The list of available versions with Kubernetes version compatibility and other
    /// properties.
    #[serde(rename = "addons", default)]
    pub addons: ::std::option::Option<::std::vec::Vec<crate::types::AddonInfo>>,
    /// The `nextToken` value returned from a previous paginated
    /// `DescribeAddonVersionsResponse` where `maxResults` was used and the results
    /// exceeded the value of that parameter. Pagination continues from the end of the
    /// previous results that returned the `nextToken` value.
    ///
    /// **Note:** This token should be treated as an opaque identifier that is used only
    /// to retrieve the next items in a list and not for other programmatic purposes.
    #[serde(rename = "nextToken", default)]
    pub next_token: ::std::option::Option<::std::string::String>,
}
impl DescribeAddonVersionsResponse {
    /// A new [`DescribeAddonVersionsResponseBuilder`](crate::types::builders::DescribeAddonVersionsResponseBuilder).
    pub fn builder() -> crate::types::builders::DescribeAddonVersionsResponseBuilder {
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
pub struct DescribeCapabilityRequest {
    #[serde(skip)]
    pub capability_name: ::std::string::String,
    #[serde(skip)]
    pub cluster_name: ::std::string::String,
}
impl DescribeCapabilityRequest {
    /// A new [`DescribeCapabilityRequestBuilder`](crate::types::builders::DescribeCapabilityRequestBuilder).
    pub fn builder() -> crate::types::builders::DescribeCapabilityRequestBuilder {
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
pub struct DescribeCapabilityResponse {
    #[serde(rename = "capability", default)]
    pub capability: ::std::option::Option<crate::types::Capability>,
}
impl DescribeCapabilityResponse {
    /// A new [`DescribeCapabilityResponseBuilder`](crate::types::builders::DescribeCapabilityResponseBuilder).
    pub fn builder() -> crate::types::builders::DescribeCapabilityResponseBuilder {
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
pub struct DescribeCertificateAuthorityRequest {
    #[serde(skip)]
    pub certificate_authority_id: ::std::string::String,
    #[serde(skip)]
    pub cluster_name: ::std::string::String,
}
impl DescribeCertificateAuthorityRequest {
    /// A new [`DescribeCertificateAuthorityRequestBuilder`](crate::types::builders::DescribeCertificateAuthorityRequestBuilder).
    pub fn builder() -> crate::types::builders::DescribeCertificateAuthorityRequestBuilder {
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
pub struct DescribeCertificateAuthorityResponse {
    #[serde(rename = "certificateAuthority", default)]
    pub certificate_authority: ::std::option::Option<crate::types::CertificateAuthority>,
}
impl DescribeCertificateAuthorityResponse {
    /// A new [`DescribeCertificateAuthorityResponseBuilder`](crate::types::builders::DescribeCertificateAuthorityResponseBuilder).
    pub fn builder() -> crate::types::builders::DescribeCertificateAuthorityResponseBuilder {
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
pub struct DescribeClusterRequest {
    /// The name of the cluster to describe.
    #[serde(skip)]
    pub name: ::std::string::String,
}
impl DescribeClusterRequest {
    /// A new [`DescribeClusterRequestBuilder`](crate::types::builders::DescribeClusterRequestBuilder).
    pub fn builder() -> crate::types::builders::DescribeClusterRequestBuilder {
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
pub struct DescribeClusterResponse {
    /// The full description of your specified cluster.
    #[serde(rename = "cluster", default)]
    pub cluster: ::std::option::Option<crate::types::Cluster>,
}
impl DescribeClusterResponse {
    /// A new [`DescribeClusterResponseBuilder`](crate::types::builders::DescribeClusterResponseBuilder).
    pub fn builder() -> crate::types::builders::DescribeClusterResponseBuilder {
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
pub struct DescribeClusterVersionsRequest {
    #[serde(skip)]
    pub cluster_type: ::std::option::Option<::std::string::String>,
    #[serde(skip)]
    pub cluster_versions: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(skip)]
    pub default_only: ::std::option::Option<bool>,
    #[serde(skip)]
    pub include_all: ::std::option::Option<bool>,
    #[serde(skip)]
    pub max_results: ::std::option::Option<i64>,
    #[serde(skip)]
    pub next_token: ::std::option::Option<::std::string::String>,
    #[serde(skip)]
    pub status: ::std::option::Option<crate::types::ClusterVersionStatus>,
    #[serde(skip)]
    pub version_status: ::std::option::Option<crate::types::VersionStatus>,
}
impl DescribeClusterVersionsRequest {
    /// A new [`DescribeClusterVersionsRequestBuilder`](crate::types::builders::DescribeClusterVersionsRequestBuilder).
    pub fn builder() -> crate::types::builders::DescribeClusterVersionsRequestBuilder {
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
pub struct DescribeClusterVersionsResponse {
    #[serde(rename = "clusterVersions", default)]
    pub cluster_versions: ::std::option::Option<
        ::std::vec::Vec<crate::types::ClusterVersionInformation>,
    >,
    #[serde(rename = "nextToken", default)]
    pub next_token: ::std::option::Option<::std::string::String>,
}
impl DescribeClusterVersionsResponse {
    /// A new [`DescribeClusterVersionsResponseBuilder`](crate::types::builders::DescribeClusterVersionsResponseBuilder).
    pub fn builder() -> crate::types::builders::DescribeClusterVersionsResponseBuilder {
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
pub struct DescribeEksAnywhereSubscriptionRequest {
    #[serde(skip)]
    pub id: ::std::string::String,
}
impl DescribeEksAnywhereSubscriptionRequest {
    /// A new [`DescribeEksAnywhereSubscriptionRequestBuilder`](crate::types::builders::DescribeEksAnywhereSubscriptionRequestBuilder).
    pub fn builder() -> crate::types::builders::DescribeEksAnywhereSubscriptionRequestBuilder {
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
pub struct DescribeEksAnywhereSubscriptionResponse {
    #[serde(rename = "subscription", default)]
    pub subscription: ::std::option::Option<crate::types::EksAnywhereSubscription>,
}
impl DescribeEksAnywhereSubscriptionResponse {
    /// A new [`DescribeEksAnywhereSubscriptionResponseBuilder`](crate::types::builders::DescribeEksAnywhereSubscriptionResponseBuilder).
    pub fn builder() -> crate::types::builders::DescribeEksAnywhereSubscriptionResponseBuilder {
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
pub struct DescribeFargateProfileRequest {
    /// The name of the Amazon EKS cluster associated with the Fargate profile.
    #[serde(skip)]
    pub cluster_name: ::std::string::String,
    /// The name of the Fargate profile to describe.
    #[serde(skip)]
    pub fargate_profile_name: ::std::string::String,
}
impl DescribeFargateProfileRequest {
    /// A new [`DescribeFargateProfileRequestBuilder`](crate::types::builders::DescribeFargateProfileRequestBuilder).
    pub fn builder() -> crate::types::builders::DescribeFargateProfileRequestBuilder {
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
pub struct DescribeFargateProfileResponse {
    /// The full description of your Fargate profile.
    #[serde(rename = "fargateProfile", default)]
    pub fargate_profile: ::std::option::Option<crate::types::FargateProfile>,
}
impl DescribeFargateProfileResponse {
    /// A new [`DescribeFargateProfileResponseBuilder`](crate::types::builders::DescribeFargateProfileResponseBuilder).
    pub fn builder() -> crate::types::builders::DescribeFargateProfileResponseBuilder {
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
pub struct DescribeIdentityProviderConfigRequest {
    /// The cluster name that the identity provider configuration is associated to.
    #[serde(skip)]
    pub cluster_name: ::std::string::String,
    /// An object representing an identity provider configuration.
    #[serde(rename = "identityProviderConfig")]
    pub identity_provider_config: crate::types::IdentityProviderConfig,
}
impl DescribeIdentityProviderConfigRequest {
    /// A new [`DescribeIdentityProviderConfigRequestBuilder`](crate::types::builders::DescribeIdentityProviderConfigRequestBuilder).
    pub fn builder() -> crate::types::builders::DescribeIdentityProviderConfigRequestBuilder {
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
pub struct DescribeIdentityProviderConfigResponse {
    /// The object that represents an OpenID Connect (OIDC) identity provider
    /// configuration.
    #[serde(rename = "identityProviderConfig", default)]
    pub identity_provider_config: ::std::option::Option<
        crate::types::IdentityProviderConfigResponse,
    >,
}
impl DescribeIdentityProviderConfigResponse {
    /// A new [`DescribeIdentityProviderConfigResponseBuilder`](crate::types::builders::DescribeIdentityProviderConfigResponseBuilder).
    pub fn builder() -> crate::types::builders::DescribeIdentityProviderConfigResponseBuilder {
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
pub struct DescribeInsightRequest {
    #[serde(skip)]
    pub cluster_name: ::std::string::String,
    #[serde(skip)]
    pub id: ::std::string::String,
}
impl DescribeInsightRequest {
    /// A new [`DescribeInsightRequestBuilder`](crate::types::builders::DescribeInsightRequestBuilder).
    pub fn builder() -> crate::types::builders::DescribeInsightRequestBuilder {
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
pub struct DescribeInsightResponse {
    #[serde(rename = "insight", default)]
    pub insight: ::std::option::Option<crate::types::Insight>,
}
impl DescribeInsightResponse {
    /// A new [`DescribeInsightResponseBuilder`](crate::types::builders::DescribeInsightResponseBuilder).
    pub fn builder() -> crate::types::builders::DescribeInsightResponseBuilder {
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
pub struct DescribeInsightsRefreshRequest {
    #[serde(skip)]
    pub cluster_name: ::std::string::String,
}
impl DescribeInsightsRefreshRequest {
    /// A new [`DescribeInsightsRefreshRequestBuilder`](crate::types::builders::DescribeInsightsRefreshRequestBuilder).
    pub fn builder() -> crate::types::builders::DescribeInsightsRefreshRequestBuilder {
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
pub struct DescribeInsightsRefreshResponse {
    #[serde(rename = "endedAt", default)]
    pub ended_at: ::std::option::Option<crate::runtime::Timestamp>,
    #[serde(rename = "message", default, alias = "Message")]
    pub message: ::std::option::Option<::std::string::String>,
    #[serde(rename = "startedAt", default)]
    pub started_at: ::std::option::Option<crate::runtime::Timestamp>,
    #[serde(rename = "status", default)]
    pub status: ::std::option::Option<crate::types::InsightsRefreshStatus>,
}
impl DescribeInsightsRefreshResponse {
    /// A new [`DescribeInsightsRefreshResponseBuilder`](crate::types::builders::DescribeInsightsRefreshResponseBuilder).
    pub fn builder() -> crate::types::builders::DescribeInsightsRefreshResponseBuilder {
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
pub struct DescribeNodegroupRequest {
    /// The name of the Amazon EKS cluster associated with the node group.
    #[serde(skip)]
    pub cluster_name: ::std::string::String,
    /// The name of the node group to describe.
    #[serde(skip)]
    pub nodegroup_name: ::std::string::String,
}
impl DescribeNodegroupRequest {
    /// A new [`DescribeNodegroupRequestBuilder`](crate::types::builders::DescribeNodegroupRequestBuilder).
    pub fn builder() -> crate::types::builders::DescribeNodegroupRequestBuilder {
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
pub struct DescribeNodegroupResponse {
    /// The full description of your node group.
    #[serde(rename = "nodegroup", default)]
    pub nodegroup: ::std::option::Option<crate::types::Nodegroup>,
}
impl DescribeNodegroupResponse {
    /// A new [`DescribeNodegroupResponseBuilder`](crate::types::builders::DescribeNodegroupResponseBuilder).
    pub fn builder() -> crate::types::builders::DescribeNodegroupResponseBuilder {
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
pub struct DescribePodIdentityAssociationRequest {
    #[serde(skip)]
    pub association_id: ::std::string::String,
    #[serde(skip)]
    pub cluster_name: ::std::string::String,
}
impl DescribePodIdentityAssociationRequest {
    /// A new [`DescribePodIdentityAssociationRequestBuilder`](crate::types::builders::DescribePodIdentityAssociationRequestBuilder).
    pub fn builder() -> crate::types::builders::DescribePodIdentityAssociationRequestBuilder {
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
pub struct DescribePodIdentityAssociationResponse {
    #[serde(rename = "association", default)]
    pub association: ::std::option::Option<crate::types::PodIdentityAssociation>,
}
impl DescribePodIdentityAssociationResponse {
    /// A new [`DescribePodIdentityAssociationResponseBuilder`](crate::types::builders::DescribePodIdentityAssociationResponseBuilder).
    pub fn builder() -> crate::types::builders::DescribePodIdentityAssociationResponseBuilder {
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
pub struct DescribeUpdateRequest {
    /// The name of the add-on. The name must match one of the names returned by
    /// [`ListAddons`](https://docs.aws.amazon.com/eks/latest/APIReference/API_ListAddons.html)
    /// . This parameter is required if the update is an add-on update.
    #[serde(skip)]
    pub addon_name: ::std::option::Option<::std::string::String>,
    #[serde(skip)]
    pub capability_name: ::std::option::Option<::std::string::String>,
    /// The name of the Amazon EKS cluster associated with the update.
    #[serde(skip)]
    pub name: ::std::string::String,
    /// The name of the Amazon EKS node group associated with the update. This parameter
    /// is required if the update is a node group update.
    #[serde(skip)]
    pub nodegroup_name: ::std::option::Option<::std::string::String>,
    /// The ID of the update to describe.
    #[serde(skip)]
    pub update_id: ::std::string::String,
}
impl DescribeUpdateRequest {
    /// A new [`DescribeUpdateRequestBuilder`](crate::types::builders::DescribeUpdateRequestBuilder).
    pub fn builder() -> crate::types::builders::DescribeUpdateRequestBuilder {
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
pub struct DescribeUpdateResponse {
    /// The full description of the specified update.
    #[serde(rename = "update", default)]
    pub update: ::std::option::Option<crate::types::Update>,
}
impl DescribeUpdateResponse {
    /// A new [`DescribeUpdateResponseBuilder`](crate::types::builders::DescribeUpdateResponseBuilder).
    pub fn builder() -> crate::types::builders::DescribeUpdateResponseBuilder {
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
pub struct DisassociateAccessPolicyRequest {
    #[serde(skip)]
    pub cluster_name: ::std::string::String,
    #[serde(skip)]
    pub policy_arn: ::std::string::String,
    #[serde(skip)]
    pub principal_arn: ::std::string::String,
}
impl DisassociateAccessPolicyRequest {
    /// A new [`DisassociateAccessPolicyRequestBuilder`](crate::types::builders::DisassociateAccessPolicyRequestBuilder).
    pub fn builder() -> crate::types::builders::DisassociateAccessPolicyRequestBuilder {
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
pub struct DisassociateAccessPolicyResponse {}
impl DisassociateAccessPolicyResponse {
    /// A new [`DisassociateAccessPolicyResponseBuilder`](crate::types::builders::DisassociateAccessPolicyResponseBuilder).
    pub fn builder() -> crate::types::builders::DisassociateAccessPolicyResponseBuilder {
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
pub struct DisassociateIdentityProviderConfigRequest {
    /// A unique, case-sensitive identifier that you provide to ensure the idempotency
    /// of the request.
    ///
    /// If not set, `send()` fills it with a random UUID (version 4), as the AWS SDKs
    /// do; every retry of that call sends the same one.
    #[serde(
        rename = "clientRequestToken",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub client_request_token: ::std::option::Option<::std::string::String>,
    /// The name of the cluster to disassociate an identity provider from.
    #[serde(skip)]
    pub cluster_name: ::std::string::String,
    /// An object representing an identity provider configuration.
    #[serde(rename = "identityProviderConfig")]
    pub identity_provider_config: crate::types::IdentityProviderConfig,
}
impl DisassociateIdentityProviderConfigRequest {
    /// A new [`DisassociateIdentityProviderConfigRequestBuilder`](crate::types::builders::DisassociateIdentityProviderConfigRequestBuilder).
    pub fn builder() -> crate::types::builders::DisassociateIdentityProviderConfigRequestBuilder {
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
pub struct DisassociateIdentityProviderConfigResponse {
    #[serde(rename = "update", default)]
    pub update: ::std::option::Option<crate::types::Update>,
}
impl DisassociateIdentityProviderConfigResponse {
    /// A new [`DisassociateIdentityProviderConfigResponseBuilder`](crate::types::builders::DisassociateIdentityProviderConfigResponseBuilder).
    pub fn builder() -> crate::types::builders::DisassociateIdentityProviderConfigResponseBuilder {
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
pub struct DurationConstraints {
    #[serde(rename = "max", default)]
    pub max: ::std::option::Option<::std::string::String>,
    #[serde(rename = "min", default)]
    pub min: ::std::option::Option<::std::string::String>,
}
impl DurationConstraints {
    /// A new [`DurationConstraintsBuilder`](crate::types::builders::DurationConstraintsBuilder).
    pub fn builder() -> crate::types::builders::DurationConstraintsBuilder {
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
pub struct DurationParameterConfig {
    #[serde(rename = "constraints", default)]
    pub constraints: ::std::option::Option<crate::types::DurationConstraints>,
    #[serde(rename = "defaultValue", default)]
    pub default_value: ::std::option::Option<::std::string::String>,
}
impl DurationParameterConfig {
    /// A new [`DurationParameterConfigBuilder`](crate::types::builders::DurationParameterConfigBuilder).
    pub fn builder() -> crate::types::builders::DurationParameterConfigBuilder {
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
pub struct EksAnywhereSubscription {
    #[serde(rename = "arn", default)]
    pub arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "autoRenew", default)]
    pub auto_renew: ::std::option::Option<bool>,
    #[serde(rename = "createdAt", default)]
    pub created_at: ::std::option::Option<crate::runtime::Timestamp>,
    #[serde(rename = "effectiveDate", default)]
    pub effective_date: ::std::option::Option<crate::runtime::Timestamp>,
    #[serde(rename = "expirationDate", default)]
    pub expiration_date: ::std::option::Option<crate::runtime::Timestamp>,
    #[serde(rename = "id", default)]
    pub id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "licenseArns", default)]
    pub license_arns: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "licenseQuantity", default)]
    pub license_quantity: ::std::option::Option<i64>,
    #[serde(rename = "licenseType", default)]
    pub license_type: ::std::option::Option<
        crate::types::EksAnywhereSubscriptionLicenseType,
    >,
    #[serde(rename = "licenses", default)]
    pub licenses: ::std::option::Option<::std::vec::Vec<crate::types::License>>,
    #[serde(rename = "status", default)]
    pub status: ::std::option::Option<::std::string::String>,
    #[serde(rename = "tags", default)]
    pub tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    #[serde(rename = "term", default)]
    pub term: ::std::option::Option<crate::types::EksAnywhereSubscriptionTerm>,
}
impl EksAnywhereSubscription {
    /// A new [`EksAnywhereSubscriptionBuilder`](crate::types::builders::EksAnywhereSubscriptionBuilder).
    pub fn builder() -> crate::types::builders::EksAnywhereSubscriptionBuilder {
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
pub enum EksAnywhereSubscriptionLicenseType {
    /// `Cluster`
    Cluster,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl EksAnywhereSubscriptionLicenseType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Cluster => "Cluster",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["Cluster"]
    }
}
impl ::std::convert::From<&str> for EksAnywhereSubscriptionLicenseType {
    fn from(s: &str) -> Self {
        match s {
            "Cluster" => Self::Cluster,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(EksAnywhereSubscriptionLicenseType);
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
pub enum EksAnywhereSubscriptionStatus {
    /// `CREATING`
    Creating,
    /// `ACTIVE`
    Active,
    /// `UPDATING`
    Updating,
    /// `EXPIRING`
    Expiring,
    /// `EXPIRED`
    Expired,
    /// `DELETING`
    Deleting,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl EksAnywhereSubscriptionStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Creating => "CREATING",
            Self::Active => "ACTIVE",
            Self::Updating => "UPDATING",
            Self::Expiring => "EXPIRING",
            Self::Expired => "EXPIRED",
            Self::Deleting => "DELETING",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["CREATING", "ACTIVE", "UPDATING", "EXPIRING", "EXPIRED", "DELETING"]
    }
}
impl ::std::convert::From<&str> for EksAnywhereSubscriptionStatus {
    fn from(s: &str) -> Self {
        match s {
            "CREATING" => Self::Creating,
            "ACTIVE" => Self::Active,
            "UPDATING" => Self::Updating,
            "EXPIRING" => Self::Expiring,
            "EXPIRED" => Self::Expired,
            "DELETING" => Self::Deleting,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(EksAnywhereSubscriptionStatus);
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
pub struct EksAnywhereSubscriptionTerm {
    #[serde(
        rename = "duration",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub duration: ::std::option::Option<i64>,
    #[serde(
        rename = "unit",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub unit: ::std::option::Option<crate::types::EksAnywhereSubscriptionTermUnit>,
}
impl EksAnywhereSubscriptionTerm {
    /// A new [`EksAnywhereSubscriptionTermBuilder`](crate::types::builders::EksAnywhereSubscriptionTermBuilder).
    pub fn builder() -> crate::types::builders::EksAnywhereSubscriptionTermBuilder {
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
pub enum EksAnywhereSubscriptionTermUnit {
    /// `MONTHS`
    Months,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl EksAnywhereSubscriptionTermUnit {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Months => "MONTHS",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["MONTHS"]
    }
}
impl ::std::convert::From<&str> for EksAnywhereSubscriptionTermUnit {
    fn from(s: &str) -> Self {
        match s {
            "MONTHS" => Self::Months,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(EksAnywhereSubscriptionTermUnit);
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
pub struct ElasticLoadBalancing {
    #[serde(
        rename = "enabled",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub enabled: ::std::option::Option<bool>,
    #[serde(
        rename = "gatewayApi",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub gateway_api: ::std::option::Option<crate::types::GatewayApiConfiguration>,
}
impl ElasticLoadBalancing {
    /// A new [`ElasticLoadBalancingBuilder`](crate::types::builders::ElasticLoadBalancingBuilder).
    pub fn builder() -> crate::types::builders::ElasticLoadBalancingBuilder {
        ::std::default::Default::default()
    }
}
/// The encryption configuration for the cluster.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct EncryptionConfig {
    /// Key Management Service (KMS) key. Either the ARN or the alias can be used.
    #[serde(
        rename = "provider",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub provider: ::std::option::Option<crate::types::Provider>,
    /// Specifies the resources to be encrypted. The only supported value is "secrets".
    #[serde(
        rename = "resources",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resources: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
impl EncryptionConfig {
    /// A new [`EncryptionConfigBuilder`](crate::types::builders::EncryptionConfigBuilder).
    pub fn builder() -> crate::types::builders::EncryptionConfigBuilder {
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
pub enum ErrorCode {
    /// `SubnetNotFound`
    SubnetNotFound,
    /// `SecurityGroupNotFound`
    SecurityGroupNotFound,
    /// `EniLimitReached`
    EniLimitReached,
    /// `IpNotAvailable`
    IpNotAvailable,
    /// `AccessDenied`
    AccessDenied,
    /// `OperationNotPermitted`
    OperationNotPermitted,
    /// `VpcIdNotFound`
    VpcIdNotFound,
    /// `Unknown`
    Unknown2,
    /// `NodeCreationFailure`
    NodeCreationFailure,
    /// `PodEvictionFailure`
    PodEvictionFailure,
    /// `InsufficientFreeAddresses`
    InsufficientFreeAddresses,
    /// `ClusterUnreachable`
    ClusterUnreachable,
    /// `InsufficientNumberOfReplicas`
    InsufficientNumberOfReplicas,
    /// `ConfigurationConflict`
    ConfigurationConflict,
    /// `AdmissionRequestDenied`
    AdmissionRequestDenied,
    /// `UnsupportedAddonModification`
    UnsupportedAddonModification,
    /// `K8sResourceNotFound`
    K8sResourceNotFound,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl ErrorCode {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::SubnetNotFound => "SubnetNotFound",
            Self::SecurityGroupNotFound => "SecurityGroupNotFound",
            Self::EniLimitReached => "EniLimitReached",
            Self::IpNotAvailable => "IpNotAvailable",
            Self::AccessDenied => "AccessDenied",
            Self::OperationNotPermitted => "OperationNotPermitted",
            Self::VpcIdNotFound => "VpcIdNotFound",
            Self::Unknown2 => "Unknown",
            Self::NodeCreationFailure => "NodeCreationFailure",
            Self::PodEvictionFailure => "PodEvictionFailure",
            Self::InsufficientFreeAddresses => "InsufficientFreeAddresses",
            Self::ClusterUnreachable => "ClusterUnreachable",
            Self::InsufficientNumberOfReplicas => "InsufficientNumberOfReplicas",
            Self::ConfigurationConflict => "ConfigurationConflict",
            Self::AdmissionRequestDenied => "AdmissionRequestDenied",
            Self::UnsupportedAddonModification => "UnsupportedAddonModification",
            Self::K8sResourceNotFound => "K8sResourceNotFound",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &[
            "SubnetNotFound",
            "SecurityGroupNotFound",
            "EniLimitReached",
            "IpNotAvailable",
            "AccessDenied",
            "OperationNotPermitted",
            "VpcIdNotFound",
            "Unknown",
            "NodeCreationFailure",
            "PodEvictionFailure",
            "InsufficientFreeAddresses",
            "ClusterUnreachable",
            "InsufficientNumberOfReplicas",
            "ConfigurationConflict",
            "AdmissionRequestDenied",
            "UnsupportedAddonModification",
            "K8sResourceNotFound",
        ]
    }
}
impl ::std::convert::From<&str> for ErrorCode {
    fn from(s: &str) -> Self {
        match s {
            "SubnetNotFound" => Self::SubnetNotFound,
            "SecurityGroupNotFound" => Self::SecurityGroupNotFound,
            "EniLimitReached" => Self::EniLimitReached,
            "IpNotAvailable" => Self::IpNotAvailable,
            "AccessDenied" => Self::AccessDenied,
            "OperationNotPermitted" => Self::OperationNotPermitted,
            "VpcIdNotFound" => Self::VpcIdNotFound,
            "Unknown" => Self::Unknown2,
            "NodeCreationFailure" => Self::NodeCreationFailure,
            "PodEvictionFailure" => Self::PodEvictionFailure,
            "InsufficientFreeAddresses" => Self::InsufficientFreeAddresses,
            "ClusterUnreachable" => Self::ClusterUnreachable,
            "InsufficientNumberOfReplicas" => Self::InsufficientNumberOfReplicas,
            "ConfigurationConflict" => Self::ConfigurationConflict,
            "AdmissionRequestDenied" => Self::AdmissionRequestDenied,
            "UnsupportedAddonModification" => Self::UnsupportedAddonModification,
            "K8sResourceNotFound" => Self::K8sResourceNotFound,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(ErrorCode);
/// An object representing an error when an asynchronous operation fails.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ErrorDetail {
    /// A brief description of the error.
    ///
    /// - **SubnetNotFound**: We couldn't find one of the subnets associated with the
    ///   cluster.
    /// - **SecurityGroupNotFound**: We couldn't find one of the security groups
    ///   associated with the cluster.
    /// - **EniLimitReached**: You have reached the elastic network interface limit for
    ///   your account.
    /// - **IpNotAvailable**: A subnet associated with the cluster doesn't have any free
    ///   IP addresses.
    /// - **AccessDenied**: You don't have permissions to perform the specified
    ///   operation.
    /// - **OperationNotPermitted**: The service role associated with the cluster
    ///   doesn't have the required access permissions for Amazon EKS.
    /// - **VpcIdNotFound**: We couldn't find the VPC associated with the cluster.
    #[serde(rename = "errorCode", default)]
    pub error_code: ::std::option::Option<crate::types::ErrorCode>,
    /// A more complete description of the error.
    #[serde(rename = "errorMessage", default)]
    pub error_message: ::std::option::Option<::std::string::String>,
    /// An optional field that contains the resource IDs associated with the error.
    #[serde(rename = "resourceIds", default)]
    pub resource_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
impl ErrorDetail {
    /// A new [`ErrorDetailBuilder`](crate::types::builders::ErrorDetailBuilder).
    pub fn builder() -> crate::types::builders::ErrorDetailBuilder {
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
pub struct EtcdPlacementRequest {
    #[serde(
        rename = "spreadLevel",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub spread_level: ::std::option::Option<crate::types::SpreadLevel>,
}
impl EtcdPlacementRequest {
    /// A new [`EtcdPlacementRequestBuilder`](crate::types::builders::EtcdPlacementRequestBuilder).
    pub fn builder() -> crate::types::builders::EtcdPlacementRequestBuilder {
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
pub struct EtcdPlacementResponse {
    #[serde(rename = "spreadLevel", default)]
    pub spread_level: ::std::option::Option<crate::types::SpreadLevel>,
}
impl EtcdPlacementResponse {
    /// A new [`EtcdPlacementResponseBuilder`](crate::types::builders::EtcdPlacementResponseBuilder).
    pub fn builder() -> crate::types::builders::EtcdPlacementResponseBuilder {
        ::std::default::Default::default()
    }
}
/// An object representing an Fargate profile.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct FargateProfile {
    /// The name of the Amazon EKS cluster that the Fargate profile belongs to.
    #[serde(rename = "clusterName", default)]
    pub cluster_name: ::std::option::Option<::std::string::String>,
    /// The Unix epoch timestamp in seconds for when the Fargate profile was created.
    #[serde(rename = "createdAt", default)]
    pub created_at: ::std::option::Option<crate::runtime::Timestamp>,
    /// The full Amazon Resource Name (ARN) of the Fargate profile.
    #[serde(rename = "fargateProfileArn", default)]
    pub fargate_profile_arn: ::std::option::Option<::std::string::String>,
    /// The name of the Fargate profile.
    #[serde(rename = "fargateProfileName", default)]
    pub fargate_profile_name: ::std::option::Option<::std::string::String>,
    /// The Amazon Resource Name (ARN) of the pod execution role to use for pods that
    /// match the selectors in the Fargate profile. For more information, see [Pod
    /// Execution
    /// Role](https://docs.aws.amazon.com/eks/latest/userguide/pod-execution-role.html)
    /// in the *Amazon EKS User Guide*.
    #[serde(rename = "podExecutionRoleArn", default)]
    pub pod_execution_role_arn: ::std::option::Option<::std::string::String>,
    /// The selectors to match for pods to use this Fargate profile.
    #[serde(rename = "selectors", default)]
    pub selectors: ::std::option::Option<
        ::std::vec::Vec<crate::types::FargateProfileSelector>,
    >,
    /// The current status of the Fargate profile.
    #[serde(rename = "status", default)]
    pub status: ::std::option::Option<crate::types::FargateProfileStatus>,
    /// The IDs of subnets to launch pods into.
    #[serde(rename = "subnets", default)]
    pub subnets: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// The metadata applied to the Fargate profile to assist with categorization and
    /// organization. Each tag consists of a key and an optional value. You define both.
    /// Fargate profile tags do not propagate to any other resources associated with the
    /// Fargate profile, such as the pods that are scheduled with it.
    #[serde(rename = "tags", default)]
    pub tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "health", default)]
    pub health: ::std::option::Option<crate::types::FargateProfileHealth>,
}
impl FargateProfile {
    /// A new [`FargateProfileBuilder`](crate::types::builders::FargateProfileBuilder).
    pub fn builder() -> crate::types::builders::FargateProfileBuilder {
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
pub struct FargateProfileHealth {
    #[serde(rename = "issues", default)]
    pub issues: ::std::option::Option<
        ::std::vec::Vec<crate::types::FargateProfileIssue>,
    >,
}
impl FargateProfileHealth {
    /// A new [`FargateProfileHealthBuilder`](crate::types::builders::FargateProfileHealthBuilder).
    pub fn builder() -> crate::types::builders::FargateProfileHealthBuilder {
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
pub struct FargateProfileIssue {
    #[serde(rename = "code", default)]
    pub code: ::std::option::Option<crate::types::FargateProfileIssueCode>,
    #[serde(rename = "message", default, alias = "Message")]
    pub message: ::std::option::Option<::std::string::String>,
    #[serde(rename = "resourceIds", default)]
    pub resource_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
impl FargateProfileIssue {
    /// A new [`FargateProfileIssueBuilder`](crate::types::builders::FargateProfileIssueBuilder).
    pub fn builder() -> crate::types::builders::FargateProfileIssueBuilder {
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
pub enum FargateProfileIssueCode {
    /// `PodExecutionRoleAlreadyInUse`
    PodExecutionRoleAlreadyInUse,
    /// `AccessDenied`
    AccessDenied,
    /// `ClusterUnreachable`
    ClusterUnreachable,
    /// `InternalFailure`
    InternalFailure,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl FargateProfileIssueCode {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::PodExecutionRoleAlreadyInUse => "PodExecutionRoleAlreadyInUse",
            Self::AccessDenied => "AccessDenied",
            Self::ClusterUnreachable => "ClusterUnreachable",
            Self::InternalFailure => "InternalFailure",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &[
            "PodExecutionRoleAlreadyInUse",
            "AccessDenied",
            "ClusterUnreachable",
            "InternalFailure",
        ]
    }
}
impl ::std::convert::From<&str> for FargateProfileIssueCode {
    fn from(s: &str) -> Self {
        match s {
            "PodExecutionRoleAlreadyInUse" => Self::PodExecutionRoleAlreadyInUse,
            "AccessDenied" => Self::AccessDenied,
            "ClusterUnreachable" => Self::ClusterUnreachable,
            "InternalFailure" => Self::InternalFailure,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(FargateProfileIssueCode);
/// An object representing an Fargate profile selector.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct FargateProfileSelector {
    /// The Kubernetes labels that the selector should match. A pod must contain all of
    /// the labels that are specified in the selector for it to be considered a match.
    #[serde(
        rename = "labels",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub labels: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    /// The Kubernetes namespace that the selector should match.
    #[serde(
        rename = "namespace",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub namespace: ::std::option::Option<::std::string::String>,
}
impl FargateProfileSelector {
    /// A new [`FargateProfileSelectorBuilder`](crate::types::builders::FargateProfileSelectorBuilder).
    pub fn builder() -> crate::types::builders::FargateProfileSelectorBuilder {
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
pub enum FargateProfileStatus {
    /// `CREATING`
    Creating,
    /// `ACTIVE`
    Active,
    /// `DELETING`
    Deleting,
    /// `CREATE_FAILED`
    CreateFailed,
    /// `DELETE_FAILED`
    DeleteFailed,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl FargateProfileStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Creating => "CREATING",
            Self::Active => "ACTIVE",
            Self::Deleting => "DELETING",
            Self::CreateFailed => "CREATE_FAILED",
            Self::DeleteFailed => "DELETE_FAILED",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["CREATING", "ACTIVE", "DELETING", "CREATE_FAILED", "DELETE_FAILED"]
    }
}
impl ::std::convert::From<&str> for FargateProfileStatus {
    fn from(s: &str) -> Self {
        match s {
            "CREATING" => Self::Creating,
            "ACTIVE" => Self::Active,
            "DELETING" => Self::Deleting,
            "CREATE_FAILED" => Self::CreateFailed,
            "DELETE_FAILED" => Self::DeleteFailed,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(FargateProfileStatus);
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
pub struct GatewayApiConfiguration {
    #[serde(
        rename = "crds",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub crds: ::std::option::Option<crate::types::CrdManagementConfiguration>,
}
impl GatewayApiConfiguration {
    /// A new [`GatewayApiConfigurationBuilder`](crate::types::builders::GatewayApiConfigurationBuilder).
    pub fn builder() -> crate::types::builders::GatewayApiConfigurationBuilder {
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
pub struct HorizontalPodAutoscalerControllerConfigRequest {
    #[serde(
        rename = "horizontalPodAutoscalerSyncPeriod",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub horizontal_pod_autoscaler_sync_period: ::std::option::Option<
        ::std::string::String,
    >,
}
impl HorizontalPodAutoscalerControllerConfigRequest {
    /// A new [`HorizontalPodAutoscalerControllerConfigRequestBuilder`](crate::types::builders::HorizontalPodAutoscalerControllerConfigRequestBuilder).
    pub fn builder() -> crate::types::builders::HorizontalPodAutoscalerControllerConfigRequestBuilder {
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
pub struct HorizontalPodAutoscalerControllerConfigResponse {
    #[serde(rename = "horizontalPodAutoscalerSyncPeriod", default)]
    pub horizontal_pod_autoscaler_sync_period: ::std::option::Option<
        ::std::string::String,
    >,
}
impl HorizontalPodAutoscalerControllerConfigResponse {
    /// A new [`HorizontalPodAutoscalerControllerConfigResponseBuilder`](crate::types::builders::HorizontalPodAutoscalerControllerConfigResponseBuilder).
    pub fn builder() -> crate::types::builders::HorizontalPodAutoscalerControllerConfigResponseBuilder {
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
pub struct HorizontalPodAutoscalerControllerVersionConfig {
    #[serde(rename = "horizontalPodAutoscalerSyncPeriod", default)]
    pub horizontal_pod_autoscaler_sync_period: ::std::option::Option<
        crate::types::DurationParameterConfig,
    >,
}
impl HorizontalPodAutoscalerControllerVersionConfig {
    /// A new [`HorizontalPodAutoscalerControllerVersionConfigBuilder`](crate::types::builders::HorizontalPodAutoscalerControllerVersionConfigBuilder).
    pub fn builder() -> crate::types::builders::HorizontalPodAutoscalerControllerVersionConfigBuilder {
        ::std::default::Default::default()
    }
}
/// An object representing an identity provider.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct Identity {
    /// An object representing the [OpenID Connect](https://openid.net/connect/)
    /// identity provider information.
    #[serde(rename = "oidc", default)]
    pub oidc: ::std::option::Option<crate::types::Oidc>,
}
impl Identity {
    /// A new [`IdentityBuilder`](crate::types::builders::IdentityBuilder).
    pub fn builder() -> crate::types::builders::IdentityBuilder {
        ::std::default::Default::default()
    }
}
/// An object representing an identity provider configuration.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct IdentityProviderConfig {
    /// The name of the identity provider configuration.
    #[serde(rename = "name", default)]
    pub name: ::std::string::String,
    /// The type of the identity provider configuration. The only type available is
    /// `oidc`.
    #[serde(rename = "type", default)]
    pub r#type: ::std::string::String,
}
impl IdentityProviderConfig {
    /// A new [`IdentityProviderConfigBuilder`](crate::types::builders::IdentityProviderConfigBuilder).
    pub fn builder() -> crate::types::builders::IdentityProviderConfigBuilder {
        ::std::default::Default::default()
    }
}
/// The full description of your identity configuration.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct IdentityProviderConfigResponse {
    /// An object representing an OpenID Connect (OIDC) identity provider configuration.
    #[serde(rename = "oidc", default)]
    pub oidc: ::std::option::Option<crate::types::OidcIdentityProviderConfig>,
}
impl IdentityProviderConfigResponse {
    /// A new [`IdentityProviderConfigResponseBuilder`](crate::types::builders::IdentityProviderConfigResponseBuilder).
    pub fn builder() -> crate::types::builders::IdentityProviderConfigResponseBuilder {
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
pub struct Insight {
    #[serde(rename = "additionalInfo", default)]
    pub additional_info: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    #[serde(rename = "category", default)]
    pub category: ::std::option::Option<crate::types::Category>,
    #[serde(rename = "categorySpecificSummary", default)]
    pub category_specific_summary: ::std::option::Option<
        crate::types::InsightCategorySpecificSummary,
    >,
    #[serde(rename = "description", default)]
    pub description: ::std::option::Option<::std::string::String>,
    #[serde(rename = "id", default)]
    pub id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "insightStatus", default)]
    pub insight_status: ::std::option::Option<crate::types::InsightStatus>,
    #[serde(rename = "kubernetesVersion", default)]
    pub kubernetes_version: ::std::option::Option<::std::string::String>,
    #[serde(rename = "lastRefreshTime", default)]
    pub last_refresh_time: ::std::option::Option<crate::runtime::Timestamp>,
    #[serde(rename = "lastTransitionTime", default)]
    pub last_transition_time: ::std::option::Option<crate::runtime::Timestamp>,
    #[serde(rename = "name", default)]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "recommendation", default)]
    pub recommendation: ::std::option::Option<::std::string::String>,
    #[serde(rename = "resources", default)]
    pub resources: ::std::option::Option<
        ::std::vec::Vec<crate::types::InsightResourceDetail>,
    >,
}
impl Insight {
    /// A new [`InsightBuilder`](crate::types::builders::InsightBuilder).
    pub fn builder() -> crate::types::builders::InsightBuilder {
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
pub struct InsightCategorySpecificSummary {
    #[serde(rename = "addonCompatibilityDetails", default)]
    pub addon_compatibility_details: ::std::option::Option<
        ::std::vec::Vec<crate::types::AddonCompatibilityDetail>,
    >,
    #[serde(rename = "deprecationDetails", default)]
    pub deprecation_details: ::std::option::Option<
        ::std::vec::Vec<crate::types::DeprecationDetail>,
    >,
}
impl InsightCategorySpecificSummary {
    /// A new [`InsightCategorySpecificSummaryBuilder`](crate::types::builders::InsightCategorySpecificSummaryBuilder).
    pub fn builder() -> crate::types::builders::InsightCategorySpecificSummaryBuilder {
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
pub struct InsightResourceDetail {
    #[serde(rename = "arn", default)]
    pub arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "insightStatus", default)]
    pub insight_status: ::std::option::Option<crate::types::InsightStatus>,
    #[serde(rename = "kubernetesResourceUri", default)]
    pub kubernetes_resource_uri: ::std::option::Option<::std::string::String>,
}
impl InsightResourceDetail {
    /// A new [`InsightResourceDetailBuilder`](crate::types::builders::InsightResourceDetailBuilder).
    pub fn builder() -> crate::types::builders::InsightResourceDetailBuilder {
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
pub struct InsightStatus {
    #[serde(rename = "reason", default)]
    pub reason: ::std::option::Option<::std::string::String>,
    #[serde(rename = "status", default)]
    pub status: ::std::option::Option<crate::types::InsightStatusValue>,
}
impl InsightStatus {
    /// A new [`InsightStatusBuilder`](crate::types::builders::InsightStatusBuilder).
    pub fn builder() -> crate::types::builders::InsightStatusBuilder {
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
pub enum InsightStatusValue {
    /// `PASSING`
    Passing,
    /// `WARNING`
    Warning,
    /// `ERROR`
    Error,
    /// `UNKNOWN`
    Unknown2,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl InsightStatusValue {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Passing => "PASSING",
            Self::Warning => "WARNING",
            Self::Error => "ERROR",
            Self::Unknown2 => "UNKNOWN",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["PASSING", "WARNING", "ERROR", "UNKNOWN"]
    }
}
impl ::std::convert::From<&str> for InsightStatusValue {
    fn from(s: &str) -> Self {
        match s {
            "PASSING" => Self::Passing,
            "WARNING" => Self::Warning,
            "ERROR" => Self::Error,
            "UNKNOWN" => Self::Unknown2,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(InsightStatusValue);
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
pub struct InsightSummary {
    #[serde(rename = "category", default)]
    pub category: ::std::option::Option<crate::types::Category>,
    #[serde(rename = "description", default)]
    pub description: ::std::option::Option<::std::string::String>,
    #[serde(rename = "id", default)]
    pub id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "insightStatus", default)]
    pub insight_status: ::std::option::Option<crate::types::InsightStatus>,
    #[serde(rename = "kubernetesVersion", default)]
    pub kubernetes_version: ::std::option::Option<::std::string::String>,
    #[serde(rename = "lastRefreshTime", default)]
    pub last_refresh_time: ::std::option::Option<crate::runtime::Timestamp>,
    #[serde(rename = "lastTransitionTime", default)]
    pub last_transition_time: ::std::option::Option<crate::runtime::Timestamp>,
    #[serde(rename = "name", default)]
    pub name: ::std::option::Option<::std::string::String>,
}
impl InsightSummary {
    /// A new [`InsightSummaryBuilder`](crate::types::builders::InsightSummaryBuilder).
    pub fn builder() -> crate::types::builders::InsightSummaryBuilder {
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
pub struct InsightsFilter {
    #[serde(
        rename = "categories",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub categories: ::std::option::Option<::std::vec::Vec<crate::types::Category>>,
    #[serde(
        rename = "kubernetesVersions",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub kubernetes_versions: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    #[serde(
        rename = "statuses",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub statuses: ::std::option::Option<
        ::std::vec::Vec<crate::types::InsightStatusValue>,
    >,
}
impl InsightsFilter {
    /// A new [`InsightsFilterBuilder`](crate::types::builders::InsightsFilterBuilder).
    pub fn builder() -> crate::types::builders::InsightsFilterBuilder {
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
pub enum InsightsRefreshStatus {
    /// `IN_PROGRESS`
    InProgress,
    /// `FAILED`
    Failed,
    /// `COMPLETED`
    Completed,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl InsightsRefreshStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::InProgress => "IN_PROGRESS",
            Self::Failed => "FAILED",
            Self::Completed => "COMPLETED",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["IN_PROGRESS", "FAILED", "COMPLETED"]
    }
}
impl ::std::convert::From<&str> for InsightsRefreshStatus {
    fn from(s: &str) -> Self {
        match s {
            "IN_PROGRESS" => Self::InProgress,
            "FAILED" => Self::Failed,
            "COMPLETED" => Self::Completed,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(InsightsRefreshStatus);
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
pub struct IntegerConstraints {
    #[serde(rename = "max", default)]
    pub max: ::std::option::Option<i64>,
    #[serde(rename = "min", default)]
    pub min: ::std::option::Option<i64>,
}
impl IntegerConstraints {
    /// A new [`IntegerConstraintsBuilder`](crate::types::builders::IntegerConstraintsBuilder).
    pub fn builder() -> crate::types::builders::IntegerConstraintsBuilder {
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
pub struct IntegerParameterConfig {
    #[serde(rename = "constraints", default)]
    pub constraints: ::std::option::Option<crate::types::IntegerConstraints>,
    #[serde(rename = "defaultValue", default)]
    pub default_value: ::std::option::Option<i64>,
}
impl IntegerParameterConfig {
    /// A new [`IntegerParameterConfigBuilder`](crate::types::builders::IntegerParameterConfigBuilder).
    pub fn builder() -> crate::types::builders::IntegerParameterConfigBuilder {
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
pub struct IntegerRangeConstraint {
    #[serde(rename = "max", default)]
    pub max: ::std::option::Option<i64>,
    #[serde(rename = "min", default)]
    pub min: ::std::option::Option<i64>,
}
impl IntegerRangeConstraint {
    /// A new [`IntegerRangeConstraintBuilder`](crate::types::builders::IntegerRangeConstraintBuilder).
    pub fn builder() -> crate::types::builders::IntegerRangeConstraintBuilder {
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
pub enum IpFamily {
    /// `ipv4`
    Ipv4,
    /// `ipv6`
    Ipv6,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl IpFamily {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Ipv4 => "ipv4",
            Self::Ipv6 => "ipv6",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["ipv4", "ipv6"]
    }
}
impl ::std::convert::From<&str> for IpFamily {
    fn from(s: &str) -> Self {
        match s {
            "ipv4" => Self::Ipv4,
            "ipv6" => Self::Ipv6,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(IpFamily);
/// An object representing an issue with an Amazon EKS resource.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct Issue {
    /// A brief description of the error.
    ///
    /// - **AccessDenied**: Amazon EKS or one or more of your managed nodes is failing
    ///   to authenticate or authorize with your Kubernetes cluster API server.
    /// - **AsgInstanceLaunchFailures**: Your Auto Scaling group is experiencing
    ///   failures while attempting to launch instances.
    /// - **AutoScalingGroupNotFound**: We couldn't find the Auto Scaling group
    ///   associated with the managed node group. You may be able to recreate an Auto
    ///   Scaling group with the same settings to recover.
    /// - **ClusterUnreachable**: Amazon EKS or one or more of your managed nodes is
    ///   unable to to communicate with your Kubernetes cluster API server. This can
    ///   happen if there are network disruptions or if API servers are timing out
    ///   processing requests.
    /// - **Ec2LaunchTemplateNotFound**: We couldn't find the Amazon EC2 launch template
    ///   for your managed node group. You may be able to recreate a launch template
    ///   with the same settings to recover.
    /// - **Ec2LaunchTemplateVersionMismatch**: The Amazon EC2 launch template version
    ///   for your managed node group does not match the version that Amazon EKS
    ///   created. You may be able to revert to the version that Amazon EKS created to
    ///   recover.
    /// - **Ec2SecurityGroupDeletionFailure**: We could not delete the remote access
    ///   security group for your managed node group. Remove any dependencies from the
    ///   security group.
    /// - **Ec2SecurityGroupNotFound**: We couldn't find the cluster security group for
    ///   the cluster. You must recreate your cluster.
    /// - **Ec2SubnetInvalidConfiguration**: One or more Amazon EC2 subnets specified
    ///   for a node group do not automatically assign public IP addresses to instances
    ///   launched into it. If you want your instances to be assigned a public IP
    ///   address, then you need to enable the `auto-assign public IP address` setting
    ///   for the subnet. See [Modifying the public IPv4 addressing attribute for your
    ///   subnet](https://docs.aws.amazon.com/vpc/latest/userguide/vpc-ip-addressing.html#subnet-public-ip)
    ///   in the *Amazon VPC User Guide*.
    /// - **IamInstanceProfileNotFound**: We couldn't find the IAM instance profile for
    ///   your managed node group. You may be able to recreate an instance profile with
    ///   the same settings to recover.
    /// - **IamNodeRoleNotFound**: We couldn't find the IAM role for your managed node
    ///   group. You may be able to recreate an IAM role with the same settings to
    ///   recover.
    /// - **InstanceLimitExceeded**: Your Amazon Web Services account is unable to
    ///   launch any more instances of the specified instance type. You may be able to
    ///   request an Amazon EC2 instance limit increase to recover.
    /// - **InsufficientFreeAddresses**: One or more of the subnets associated with your
    ///   managed node group does not have enough available IP addresses for new nodes.
    /// - **InternalFailure**: These errors are usually caused by an Amazon EKS
    ///   server-side issue.
    /// - **NodeCreationFailure**: Your launched instances are unable to register with
    ///   your Amazon EKS cluster. Common causes of this failure are insufficient [node
    ///   IAM
    ///   role](https://docs.aws.amazon.com/eks/latest/userguide/create-node-role.html)
    ///   permissions or lack of outbound internet access for the nodes.
    #[serde(rename = "code", default)]
    pub code: ::std::option::Option<crate::types::NodegroupIssueCode>,
    /// The error message associated with the issue.
    #[serde(rename = "message", default, alias = "Message")]
    pub message: ::std::option::Option<::std::string::String>,
    /// The Amazon Web Services resources that are afflicted by this issue.
    #[serde(rename = "resourceIds", default)]
    pub resource_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
impl Issue {
    /// A new [`IssueBuilder`](crate::types::builders::IssueBuilder).
    pub fn builder() -> crate::types::builders::IssueBuilder {
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
pub struct KubeApiServerConfigRequest {
    #[serde(
        rename = "eventTtl",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_ttl: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "serviceNodePortRange",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub service_node_port_range: ::std::option::Option<
        crate::types::ServiceNodePortRange,
    >,
}
impl KubeApiServerConfigRequest {
    /// A new [`KubeApiServerConfigRequestBuilder`](crate::types::builders::KubeApiServerConfigRequestBuilder).
    pub fn builder() -> crate::types::builders::KubeApiServerConfigRequestBuilder {
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
pub struct KubeApiServerConfigResponse {
    #[serde(rename = "eventTtl", default)]
    pub event_ttl: ::std::option::Option<::std::string::String>,
    #[serde(rename = "serviceNodePortRange", default)]
    pub service_node_port_range: ::std::option::Option<
        crate::types::ServiceNodePortRange,
    >,
}
impl KubeApiServerConfigResponse {
    /// A new [`KubeApiServerConfigResponseBuilder`](crate::types::builders::KubeApiServerConfigResponseBuilder).
    pub fn builder() -> crate::types::builders::KubeApiServerConfigResponseBuilder {
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
pub struct KubeApiServerVersionConfig {
    #[serde(rename = "eventTtl", default)]
    pub event_ttl: ::std::option::Option<crate::types::DurationParameterConfig>,
    #[serde(rename = "serviceNodePortRange", default)]
    pub service_node_port_range: ::std::option::Option<
        crate::types::PortRangeParameterConfig,
    >,
}
impl KubeApiServerVersionConfig {
    /// A new [`KubeApiServerVersionConfigBuilder`](crate::types::builders::KubeApiServerVersionConfigBuilder).
    pub fn builder() -> crate::types::builders::KubeApiServerVersionConfigBuilder {
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
pub struct KubeControllerManagerConfigRequest {
    #[serde(
        rename = "horizontalPodAutoscalerControllerConfig",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub horizontal_pod_autoscaler_controller_config: ::std::option::Option<
        crate::types::HorizontalPodAutoscalerControllerConfigRequest,
    >,
    #[serde(
        rename = "podGcControllerConfig",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub pod_gc_controller_config: ::std::option::Option<
        crate::types::PodGcControllerConfigRequest,
    >,
}
impl KubeControllerManagerConfigRequest {
    /// A new [`KubeControllerManagerConfigRequestBuilder`](crate::types::builders::KubeControllerManagerConfigRequestBuilder).
    pub fn builder() -> crate::types::builders::KubeControllerManagerConfigRequestBuilder {
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
pub struct KubeControllerManagerConfigResponse {
    #[serde(rename = "horizontalPodAutoscalerControllerConfig", default)]
    pub horizontal_pod_autoscaler_controller_config: ::std::option::Option<
        crate::types::HorizontalPodAutoscalerControllerConfigResponse,
    >,
    #[serde(rename = "podGcControllerConfig", default)]
    pub pod_gc_controller_config: ::std::option::Option<
        crate::types::PodGcControllerConfigResponse,
    >,
}
impl KubeControllerManagerConfigResponse {
    /// A new [`KubeControllerManagerConfigResponseBuilder`](crate::types::builders::KubeControllerManagerConfigResponseBuilder).
    pub fn builder() -> crate::types::builders::KubeControllerManagerConfigResponseBuilder {
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
pub struct KubeControllerManagerVersionConfig {
    #[serde(rename = "horizontalPodAutoscalerControllerConfig", default)]
    pub horizontal_pod_autoscaler_controller_config: ::std::option::Option<
        crate::types::HorizontalPodAutoscalerControllerVersionConfig,
    >,
    #[serde(rename = "podGcControllerConfig", default)]
    pub pod_gc_controller_config: ::std::option::Option<
        crate::types::PodGcControllerVersionConfig,
    >,
}
impl KubeControllerManagerVersionConfig {
    /// A new [`KubeControllerManagerVersionConfigBuilder`](crate::types::builders::KubeControllerManagerVersionConfigBuilder).
    pub fn builder() -> crate::types::builders::KubeControllerManagerVersionConfigBuilder {
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
pub struct KubeSchedulerConfigRequest {
    #[serde(
        rename = "nodeResourcesFit",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub node_resources_fit: ::std::option::Option<crate::types::NodeResourcesFitConfig>,
}
impl KubeSchedulerConfigRequest {
    /// A new [`KubeSchedulerConfigRequestBuilder`](crate::types::builders::KubeSchedulerConfigRequestBuilder).
    pub fn builder() -> crate::types::builders::KubeSchedulerConfigRequestBuilder {
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
pub struct KubeSchedulerConfigResponse {
    #[serde(rename = "nodeResourcesFit", default)]
    pub node_resources_fit: ::std::option::Option<crate::types::NodeResourcesFitConfig>,
}
impl KubeSchedulerConfigResponse {
    /// A new [`KubeSchedulerConfigResponseBuilder`](crate::types::builders::KubeSchedulerConfigResponseBuilder).
    pub fn builder() -> crate::types::builders::KubeSchedulerConfigResponseBuilder {
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
pub struct KubeSchedulerVersionConfig {
    #[serde(rename = "nodeResourcesFit", default)]
    pub node_resources_fit: ::std::option::Option<
        crate::types::NodeResourcesFitVersionConfig,
    >,
}
impl KubeSchedulerVersionConfig {
    /// A new [`KubeSchedulerVersionConfigBuilder`](crate::types::builders::KubeSchedulerVersionConfigBuilder).
    pub fn builder() -> crate::types::builders::KubeSchedulerVersionConfigBuilder {
        ::std::default::Default::default()
    }
}
/// The Kubernetes network configuration for the cluster.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct KubernetesNetworkConfigRequest {
    /// Specify which IP family is used to assign Kubernetes pod and service IP
    /// addresses. If you don't specify a value, `ipv4` is used by default. You can only
    /// specify an IP family when you create a cluster and can't change this value once
    /// the cluster is created. If you specify `ipv6`, the VPC and subnets that you
    /// specify for cluster creation must have both `IPv4` and `IPv6` CIDR blocks
    /// assigned to them. You can't specify `ipv6` for clusters in China Regions.
    ///
    /// You can only specify `ipv6` for `1.21` and later clusters that use version
    /// `1.10.1` or later of the Amazon VPC CNI add-on. If you specify `ipv6`, then
    /// ensure that your VPC meets the requirements listed in the considerations listed
    /// in [Assigning IPv6 addresses to pods and
    /// services](https://docs.aws.amazon.com/eks/latest/userguide/cni-ipv6.html) in the
    /// Amazon EKS User Guide. Kubernetes assigns services `IPv6` addresses from the
    /// unique local address range `(fc00::/7)`. You can't specify a custom `IPv6` CIDR
    /// block. Pod addresses are assigned from the subnet's `IPv6` CIDR.
    #[serde(
        rename = "ipFamily",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ip_family: ::std::option::Option<crate::types::IpFamily>,
    /// Don't specify a value if you select `ipv6` for **ipFamily**. The CIDR block to
    /// assign Kubernetes service IP addresses from. If you don't specify a block,
    /// Kubernetes assigns addresses from either the `10.100.0.0/16` or `172.20.0.0/16`
    /// CIDR blocks. We recommend that you specify a block that does not overlap with
    /// resources in other networks that are peered or connected to your VPC. The block
    /// must meet the following requirements:
    ///
    /// - Within one of the following private IP address blocks: `10.0.0.0/8`,
    ///   `172.16.0.0/12`, or `192.168.0.0/16`.
    /// - Doesn't overlap with any CIDR block assigned to the VPC that you selected for
    ///   VPC.
    /// - Between /24 and /12.
    ///
    /// **Important:** You can only specify a custom CIDR block when you create a
    /// cluster and can't change this value once the cluster is created.
    #[serde(
        rename = "serviceIpv4Cidr",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub service_ipv4_cidr: ::std::option::Option<::std::string::String>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "elasticLoadBalancing",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub elastic_load_balancing: ::std::option::Option<
        crate::types::ElasticLoadBalancing,
    >,
}
impl KubernetesNetworkConfigRequest {
    /// A new [`KubernetesNetworkConfigRequestBuilder`](crate::types::builders::KubernetesNetworkConfigRequestBuilder).
    pub fn builder() -> crate::types::builders::KubernetesNetworkConfigRequestBuilder {
        ::std::default::Default::default()
    }
}
/// The Kubernetes network configuration for the cluster. The response contains a
/// value for **serviceIpv6Cidr** or **serviceIpv4Cidr**, but not both.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct KubernetesNetworkConfigResponse {
    /// The IP family used to assign Kubernetes pod and service IP addresses. The IP
    /// family is always `ipv4`, unless you have a `1.21` or later cluster running
    /// version 1.10.1 or later of the Amazon VPC CNI add-on and specified `ipv6` when
    /// you created the cluster.
    #[serde(rename = "ipFamily", default)]
    pub ip_family: ::std::option::Option<crate::types::IpFamily>,
    /// The CIDR block that Kubernetes pod and service IP addresses are assigned from.
    /// Kubernetes assigns addresses from an IPv4 CIDR block assigned to a subnet that
    /// the node is in. If you didn't specify a CIDR block when you created the cluster,
    /// then Kubernetes assigns addresses from either the `10.100.0.0/16` or
    /// `172.20.0.0/16` CIDR blocks. If this was specified, then it was specified when
    /// the cluster was created and it can't be changed.
    #[serde(rename = "serviceIpv4Cidr", default)]
    pub service_ipv4_cidr: ::std::option::Option<::std::string::String>,
    /// The CIDR block that Kubernetes pod and service IP addresses are assigned from if
    /// you created a 1.21 or later cluster with version 1.10.1 or later of the Amazon
    /// VPC CNI add-on and specified `ipv6` for **ipFamily** when you created the
    /// cluster. Kubernetes assigns service addresses from the unique local address
    /// range (`fc00::/7`) because you can't specify a custom IPv6 CIDR block when you
    /// create the cluster.
    #[serde(rename = "serviceIpv6Cidr", default)]
    pub service_ipv6_cidr: ::std::option::Option<::std::string::String>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "elasticLoadBalancing", default)]
    pub elastic_load_balancing: ::std::option::Option<
        crate::types::ElasticLoadBalancing,
    >,
}
impl KubernetesNetworkConfigResponse {
    /// A new [`KubernetesNetworkConfigResponseBuilder`](crate::types::builders::KubernetesNetworkConfigResponseBuilder).
    pub fn builder() -> crate::types::builders::KubernetesNetworkConfigResponseBuilder {
        ::std::default::Default::default()
    }
}
/// An object representing a node group launch template specification. The launch
/// template can't include
/// [`SubnetId`](https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateNetworkInterface.html)
/// ,
/// [`IamInstanceProfile`](https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_IamInstanceProfile.html)
/// ,
/// [`RequestSpotInstances`](https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_RequestSpotInstances.html)
/// ,
/// [`HibernationOptions`](https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_HibernationOptionsRequest.html)
/// , or
/// [`TerminateInstances`](https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_TerminateInstances.html)
/// , or the node group deployment or update will fail. For more information about
/// launch templates, see
/// [`CreateLaunchTemplate`](https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateLaunchTemplate.html)
/// in the Amazon EC2 API Reference. For more information about using launch
/// templates with Amazon EKS, see [Launch template
/// support](https://docs.aws.amazon.com/eks/latest/userguide/launch-templates.html)
/// in the *Amazon EKS User Guide*.
///
/// You must specify either the launch template ID or the launch template name in
/// the request, but not both.
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
    ///
    /// You must specify either the launch template ID or the launch template name in
    /// the request, but not both.
    #[serde(
        rename = "id",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub id: ::std::option::Option<::std::string::String>,
    /// The name of the launch template.
    ///
    /// You must specify either the launch template name or the launch template ID in
    /// the request, but not both.
    #[serde(
        rename = "name",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub name: ::std::option::Option<::std::string::String>,
    /// The version number of the launch template to use. If no version is specified,
    /// then the template's default version is used.
    #[serde(
        rename = "version",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub version: ::std::option::Option<::std::string::String>,
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
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct License {
    #[serde(rename = "id", default)]
    pub id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "token", default)]
    pub token: ::std::option::Option<::std::string::String>,
}
impl License {
    /// A new [`LicenseBuilder`](crate::types::builders::LicenseBuilder).
    pub fn builder() -> crate::types::builders::LicenseBuilder {
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
pub struct ListAccessEntriesRequest {
    #[serde(skip)]
    pub associated_policy_arn: ::std::option::Option<::std::string::String>,
    #[serde(skip)]
    pub cluster_name: ::std::string::String,
    #[serde(skip)]
    pub max_results: ::std::option::Option<i64>,
    #[serde(skip)]
    pub next_token: ::std::option::Option<::std::string::String>,
}
impl ListAccessEntriesRequest {
    /// A new [`ListAccessEntriesRequestBuilder`](crate::types::builders::ListAccessEntriesRequestBuilder).
    pub fn builder() -> crate::types::builders::ListAccessEntriesRequestBuilder {
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
pub struct ListAccessEntriesResponse {
    #[serde(rename = "accessEntries", default)]
    pub access_entries: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "nextToken", default)]
    pub next_token: ::std::option::Option<::std::string::String>,
}
impl ListAccessEntriesResponse {
    /// A new [`ListAccessEntriesResponseBuilder`](crate::types::builders::ListAccessEntriesResponseBuilder).
    pub fn builder() -> crate::types::builders::ListAccessEntriesResponseBuilder {
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
pub struct ListAccessPoliciesRequest {
    #[serde(skip)]
    pub max_results: ::std::option::Option<i64>,
    #[serde(skip)]
    pub next_token: ::std::option::Option<::std::string::String>,
}
impl ListAccessPoliciesRequest {
    /// A new [`ListAccessPoliciesRequestBuilder`](crate::types::builders::ListAccessPoliciesRequestBuilder).
    pub fn builder() -> crate::types::builders::ListAccessPoliciesRequestBuilder {
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
pub struct ListAccessPoliciesResponse {
    #[serde(rename = "accessPolicies", default)]
    pub access_policies: ::std::option::Option<
        ::std::vec::Vec<crate::types::AccessPolicy>,
    >,
    #[serde(rename = "nextToken", default)]
    pub next_token: ::std::option::Option<::std::string::String>,
}
impl ListAccessPoliciesResponse {
    /// A new [`ListAccessPoliciesResponseBuilder`](crate::types::builders::ListAccessPoliciesResponseBuilder).
    pub fn builder() -> crate::types::builders::ListAccessPoliciesResponseBuilder {
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
pub struct ListAddonsRequest {
    /// The name of the cluster.
    #[serde(skip)]
    pub cluster_name: ::std::string::String,
    /// The maximum number of add-on results returned by `ListAddonsRequest` in
    /// paginated output. When you use this parameter, `ListAddonsRequest` returns only
    /// `maxResults` results in a single page along with a `nextToken` response element.
    /// You can see the remaining results of the initial request by sending another
    /// `ListAddonsRequest` request with the returned `nextToken` value. This value can
    /// be between 1 and 100. If you don't use this parameter, `ListAddonsRequest`
    /// returns up to 100 results and a `nextToken` value, if applicable.
    #[serde(skip)]
    pub max_results: ::std::option::Option<i64>,
    /// The `nextToken` value returned from a previous paginated `ListAddonsRequest`
    /// where `maxResults` was used and the results exceeded the value of that
    /// parameter. Pagination continues from the end of the previous results that
    /// returned the `nextToken` value.
    ///
    /// **Note:** This token should be treated as an opaque identifier that is used only
    /// to retrieve the next items in a list and not for other programmatic purposes.
    #[serde(skip)]
    pub next_token: ::std::option::Option<::std::string::String>,
}
impl ListAddonsRequest {
    /// A new [`ListAddonsRequestBuilder`](crate::types::builders::ListAddonsRequestBuilder).
    pub fn builder() -> crate::types::builders::ListAddonsRequestBuilder {
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
pub struct ListAddonsResponse {
    /// A list of available add-ons.
    #[serde(rename = "addons", default)]
    pub addons: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// The `nextToken` value returned from a previous paginated `ListAddonsResponse`
    /// where `maxResults` was used and the results exceeded the value of that
    /// parameter. Pagination continues from the end of the previous results that
    /// returned the `nextToken` value.
    ///
    /// **Note:** This token should be treated as an opaque identifier that is used only
    /// to retrieve the next items in a list and not for other programmatic purposes.
    #[serde(rename = "nextToken", default)]
    pub next_token: ::std::option::Option<::std::string::String>,
}
impl ListAddonsResponse {
    /// A new [`ListAddonsResponseBuilder`](crate::types::builders::ListAddonsResponseBuilder).
    pub fn builder() -> crate::types::builders::ListAddonsResponseBuilder {
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
pub struct ListAssociatedAccessPoliciesRequest {
    #[serde(skip)]
    pub cluster_name: ::std::string::String,
    #[serde(skip)]
    pub max_results: ::std::option::Option<i64>,
    #[serde(skip)]
    pub next_token: ::std::option::Option<::std::string::String>,
    #[serde(skip)]
    pub principal_arn: ::std::string::String,
}
impl ListAssociatedAccessPoliciesRequest {
    /// A new [`ListAssociatedAccessPoliciesRequestBuilder`](crate::types::builders::ListAssociatedAccessPoliciesRequestBuilder).
    pub fn builder() -> crate::types::builders::ListAssociatedAccessPoliciesRequestBuilder {
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
pub struct ListAssociatedAccessPoliciesResponse {
    #[serde(rename = "associatedAccessPolicies", default)]
    pub associated_access_policies: ::std::option::Option<
        ::std::vec::Vec<crate::types::AssociatedAccessPolicy>,
    >,
    #[serde(rename = "clusterName", default)]
    pub cluster_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "nextToken", default)]
    pub next_token: ::std::option::Option<::std::string::String>,
    #[serde(rename = "principalArn", default)]
    pub principal_arn: ::std::option::Option<::std::string::String>,
}
impl ListAssociatedAccessPoliciesResponse {
    /// A new [`ListAssociatedAccessPoliciesResponseBuilder`](crate::types::builders::ListAssociatedAccessPoliciesResponseBuilder).
    pub fn builder() -> crate::types::builders::ListAssociatedAccessPoliciesResponseBuilder {
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
pub struct ListCapabilitiesRequest {
    #[serde(skip)]
    pub cluster_name: ::std::string::String,
    #[serde(skip)]
    pub max_results: ::std::option::Option<i64>,
    #[serde(skip)]
    pub next_token: ::std::option::Option<::std::string::String>,
}
impl ListCapabilitiesRequest {
    /// A new [`ListCapabilitiesRequestBuilder`](crate::types::builders::ListCapabilitiesRequestBuilder).
    pub fn builder() -> crate::types::builders::ListCapabilitiesRequestBuilder {
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
pub struct ListCapabilitiesResponse {
    #[serde(rename = "capabilities", default)]
    pub capabilities: ::std::option::Option<
        ::std::vec::Vec<crate::types::CapabilitySummary>,
    >,
    #[serde(rename = "nextToken", default)]
    pub next_token: ::std::option::Option<::std::string::String>,
}
impl ListCapabilitiesResponse {
    /// A new [`ListCapabilitiesResponseBuilder`](crate::types::builders::ListCapabilitiesResponseBuilder).
    pub fn builder() -> crate::types::builders::ListCapabilitiesResponseBuilder {
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
pub struct ListCertificateAuthoritiesRequest {
    #[serde(skip)]
    pub cluster_name: ::std::string::String,
    #[serde(skip)]
    pub max_results: ::std::option::Option<i64>,
    #[serde(skip)]
    pub next_token: ::std::option::Option<::std::string::String>,
}
impl ListCertificateAuthoritiesRequest {
    /// A new [`ListCertificateAuthoritiesRequestBuilder`](crate::types::builders::ListCertificateAuthoritiesRequestBuilder).
    pub fn builder() -> crate::types::builders::ListCertificateAuthoritiesRequestBuilder {
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
pub struct ListCertificateAuthoritiesResponse {
    #[serde(rename = "certificateAuthorities", default)]
    pub certificate_authorities: ::std::option::Option<
        ::std::vec::Vec<crate::types::CertificateAuthoritySummary>,
    >,
    #[serde(rename = "nextToken", default)]
    pub next_token: ::std::option::Option<::std::string::String>,
}
impl ListCertificateAuthoritiesResponse {
    /// A new [`ListCertificateAuthoritiesResponseBuilder`](crate::types::builders::ListCertificateAuthoritiesResponseBuilder).
    pub fn builder() -> crate::types::builders::ListCertificateAuthoritiesResponseBuilder {
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
pub struct ListClustersRequest {
    /// Indicates whether external clusters are included in the returned list. Use
    /// '`all`' to return connected clusters, or blank to return only Amazon EKS
    /// clusters. '`all`' must be in lowercase otherwise an error occurs.
    #[serde(skip)]
    pub include: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// The maximum number of cluster results returned by `ListClusters` in paginated
    /// output. When you use this parameter, `ListClusters` returns only `maxResults`
    /// results in a single page along with a `nextToken` response element. You can see
    /// the remaining results of the initial request by sending another `ListClusters`
    /// request with the returned `nextToken` value. This value can be between 1 and
    /// 100\. If you don't use this parameter, `ListClusters` returns up to 100 results
    /// and a `nextToken` value if applicable.
    #[serde(skip)]
    pub max_results: ::std::option::Option<i64>,
    /// The `nextToken` value returned from a previous paginated `ListClusters` request
    /// where `maxResults` was used and the results exceeded the value of that
    /// parameter. Pagination continues from the end of the previous results that
    /// returned the `nextToken` value.
    ///
    /// **Note:** This token should be treated as an opaque identifier that is used only
    /// to retrieve the next items in a list and not for other programmatic purposes.
    #[serde(skip)]
    pub next_token: ::std::option::Option<::std::string::String>,
}
impl ListClustersRequest {
    /// A new [`ListClustersRequestBuilder`](crate::types::builders::ListClustersRequestBuilder).
    pub fn builder() -> crate::types::builders::ListClustersRequestBuilder {
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
pub struct ListClustersResponse {
    /// A list of all of the clusters for your account in the specified Region.
    #[serde(rename = "clusters", default)]
    pub clusters: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// The `nextToken` value to include in a future `ListClusters` request. When the
    /// results of a `ListClusters` request exceed `maxResults`, you can use this value
    /// to retrieve the next page of results. This value is `null` when there are no
    /// more results to return.
    #[serde(rename = "nextToken", default)]
    pub next_token: ::std::option::Option<::std::string::String>,
}
impl ListClustersResponse {
    /// A new [`ListClustersResponseBuilder`](crate::types::builders::ListClustersResponseBuilder).
    pub fn builder() -> crate::types::builders::ListClustersResponseBuilder {
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
pub struct ListEksAnywhereSubscriptionsRequest {
    #[serde(skip)]
    pub include_status: ::std::option::Option<
        ::std::vec::Vec<crate::types::EksAnywhereSubscriptionStatus>,
    >,
    #[serde(skip)]
    pub max_results: ::std::option::Option<i64>,
    #[serde(skip)]
    pub next_token: ::std::option::Option<::std::string::String>,
}
impl ListEksAnywhereSubscriptionsRequest {
    /// A new [`ListEksAnywhereSubscriptionsRequestBuilder`](crate::types::builders::ListEksAnywhereSubscriptionsRequestBuilder).
    pub fn builder() -> crate::types::builders::ListEksAnywhereSubscriptionsRequestBuilder {
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
pub struct ListEksAnywhereSubscriptionsResponse {
    #[serde(rename = "nextToken", default)]
    pub next_token: ::std::option::Option<::std::string::String>,
    #[serde(rename = "subscriptions", default)]
    pub subscriptions: ::std::option::Option<
        ::std::vec::Vec<crate::types::EksAnywhereSubscription>,
    >,
}
impl ListEksAnywhereSubscriptionsResponse {
    /// A new [`ListEksAnywhereSubscriptionsResponseBuilder`](crate::types::builders::ListEksAnywhereSubscriptionsResponseBuilder).
    pub fn builder() -> crate::types::builders::ListEksAnywhereSubscriptionsResponseBuilder {
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
pub struct ListFargateProfilesRequest {
    /// The name of the Amazon EKS cluster that you would like to list Fargate profiles
    /// in.
    #[serde(skip)]
    pub cluster_name: ::std::string::String,
    /// The maximum number of Fargate profile results returned by `ListFargateProfiles`
    /// in paginated output. When you use this parameter, `ListFargateProfiles` returns
    /// only `maxResults` results in a single page along with a `nextToken` response
    /// element. You can see the remaining results of the initial request by sending
    /// another `ListFargateProfiles` request with the returned `nextToken` value. This
    /// value can be between 1 and 100. If you don't use this parameter,
    /// `ListFargateProfiles` returns up to 100 results and a `nextToken` value if
    /// applicable.
    #[serde(skip)]
    pub max_results: ::std::option::Option<i64>,
    /// The `nextToken` value returned from a previous paginated `ListFargateProfiles`
    /// request where `maxResults` was used and the results exceeded the value of that
    /// parameter. Pagination continues from the end of the previous results that
    /// returned the `nextToken` value.
    #[serde(skip)]
    pub next_token: ::std::option::Option<::std::string::String>,
}
impl ListFargateProfilesRequest {
    /// A new [`ListFargateProfilesRequestBuilder`](crate::types::builders::ListFargateProfilesRequestBuilder).
    pub fn builder() -> crate::types::builders::ListFargateProfilesRequestBuilder {
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
pub struct ListFargateProfilesResponse {
    /// A list of all of the Fargate profiles associated with the specified cluster.
    #[serde(rename = "fargateProfileNames", default)]
    pub fargate_profile_names: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    /// The `nextToken` value to include in a future `ListFargateProfiles` request. When
    /// the results of a `ListFargateProfiles` request exceed `maxResults`, you can use
    /// this value to retrieve the next page of results. This value is `null` when there
    /// are no more results to return.
    #[serde(rename = "nextToken", default)]
    pub next_token: ::std::option::Option<::std::string::String>,
}
impl ListFargateProfilesResponse {
    /// A new [`ListFargateProfilesResponseBuilder`](crate::types::builders::ListFargateProfilesResponseBuilder).
    pub fn builder() -> crate::types::builders::ListFargateProfilesResponseBuilder {
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
pub struct ListIdentityProviderConfigsRequest {
    /// The cluster name that you want to list identity provider configurations for.
    #[serde(skip)]
    pub cluster_name: ::std::string::String,
    /// The maximum number of identity provider configurations returned by
    /// `ListIdentityProviderConfigs` in paginated output. When you use this parameter,
    /// `ListIdentityProviderConfigs` returns only `maxResults` results in a single page
    /// along with a `nextToken` response element. You can see the remaining results of
    /// the initial request by sending another `ListIdentityProviderConfigs` request
    /// with the returned `nextToken` value. This value can be between 1 and 100. If you
    /// don't use this parameter, `ListIdentityProviderConfigs` returns up to 100
    /// results and a `nextToken` value, if applicable.
    #[serde(skip)]
    pub max_results: ::std::option::Option<i64>,
    /// The `nextToken` value returned from a previous paginated
    /// `IdentityProviderConfigsRequest` where `maxResults` was used and the results
    /// exceeded the value of that parameter. Pagination continues from the end of the
    /// previous results that returned the `nextToken` value.
    #[serde(skip)]
    pub next_token: ::std::option::Option<::std::string::String>,
}
impl ListIdentityProviderConfigsRequest {
    /// A new [`ListIdentityProviderConfigsRequestBuilder`](crate::types::builders::ListIdentityProviderConfigsRequestBuilder).
    pub fn builder() -> crate::types::builders::ListIdentityProviderConfigsRequestBuilder {
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
pub struct ListIdentityProviderConfigsResponse {
    /// The identity provider configurations for the cluster.
    #[serde(rename = "identityProviderConfigs", default)]
    pub identity_provider_configs: ::std::option::Option<
        ::std::vec::Vec<crate::types::IdentityProviderConfig>,
    >,
    /// The `nextToken` value returned from a previous paginated
    /// `ListIdentityProviderConfigsResponse` where `maxResults` was used and the
    /// results exceeded the value of that parameter. Pagination continues from the end
    /// of the previous results that returned the `nextToken` value.
    #[serde(rename = "nextToken", default)]
    pub next_token: ::std::option::Option<::std::string::String>,
}
impl ListIdentityProviderConfigsResponse {
    /// A new [`ListIdentityProviderConfigsResponseBuilder`](crate::types::builders::ListIdentityProviderConfigsResponseBuilder).
    pub fn builder() -> crate::types::builders::ListIdentityProviderConfigsResponseBuilder {
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
pub struct ListInsightsRequest {
    #[serde(skip)]
    pub cluster_name: ::std::string::String,
    #[serde(
        rename = "filter",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub filter: ::std::option::Option<crate::types::InsightsFilter>,
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
impl ListInsightsRequest {
    /// A new [`ListInsightsRequestBuilder`](crate::types::builders::ListInsightsRequestBuilder).
    pub fn builder() -> crate::types::builders::ListInsightsRequestBuilder {
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
pub struct ListInsightsResponse {
    #[serde(rename = "insights", default)]
    pub insights: ::std::option::Option<::std::vec::Vec<crate::types::InsightSummary>>,
    #[serde(rename = "nextToken", default)]
    pub next_token: ::std::option::Option<::std::string::String>,
}
impl ListInsightsResponse {
    /// A new [`ListInsightsResponseBuilder`](crate::types::builders::ListInsightsResponseBuilder).
    pub fn builder() -> crate::types::builders::ListInsightsResponseBuilder {
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
pub struct ListNodegroupsRequest {
    /// The name of the Amazon EKS cluster that you would like to list node groups in.
    #[serde(skip)]
    pub cluster_name: ::std::string::String,
    /// The maximum number of node group results returned by `ListNodegroups` in
    /// paginated output. When you use this parameter, `ListNodegroups` returns only
    /// `maxResults` results in a single page along with a `nextToken` response element.
    /// You can see the remaining results of the initial request by sending another
    /// `ListNodegroups` request with the returned `nextToken` value. This value can be
    /// between 1 and 100. If you don't use this parameter, `ListNodegroups` returns up
    /// to 100 results and a `nextToken` value if applicable.
    #[serde(skip)]
    pub max_results: ::std::option::Option<i64>,
    /// The `nextToken` value returned from a previous paginated `ListNodegroups`
    /// request where `maxResults` was used and the results exceeded the value of that
    /// parameter. Pagination continues from the end of the previous results that
    /// returned the `nextToken` value.
    #[serde(skip)]
    pub next_token: ::std::option::Option<::std::string::String>,
}
impl ListNodegroupsRequest {
    /// A new [`ListNodegroupsRequestBuilder`](crate::types::builders::ListNodegroupsRequestBuilder).
    pub fn builder() -> crate::types::builders::ListNodegroupsRequestBuilder {
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
pub struct ListNodegroupsResponse {
    /// The `nextToken` value to include in a future `ListNodegroups` request. When the
    /// results of a `ListNodegroups` request exceed `maxResults`, you can use this
    /// value to retrieve the next page of results. This value is `null` when there are
    /// no more results to return.
    #[serde(rename = "nextToken", default)]
    pub next_token: ::std::option::Option<::std::string::String>,
    /// A list of all of the node groups associated with the specified cluster.
    #[serde(rename = "nodegroups", default)]
    pub nodegroups: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
impl ListNodegroupsResponse {
    /// A new [`ListNodegroupsResponseBuilder`](crate::types::builders::ListNodegroupsResponseBuilder).
    pub fn builder() -> crate::types::builders::ListNodegroupsResponseBuilder {
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
pub struct ListPodIdentityAssociationsRequest {
    #[serde(skip)]
    pub cluster_name: ::std::string::String,
    #[serde(skip)]
    pub max_results: ::std::option::Option<i64>,
    #[serde(skip)]
    pub namespace: ::std::option::Option<::std::string::String>,
    #[serde(skip)]
    pub next_token: ::std::option::Option<::std::string::String>,
    #[serde(skip)]
    pub service_account: ::std::option::Option<::std::string::String>,
}
impl ListPodIdentityAssociationsRequest {
    /// A new [`ListPodIdentityAssociationsRequestBuilder`](crate::types::builders::ListPodIdentityAssociationsRequestBuilder).
    pub fn builder() -> crate::types::builders::ListPodIdentityAssociationsRequestBuilder {
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
pub struct ListPodIdentityAssociationsResponse {
    #[serde(rename = "associations", default)]
    pub associations: ::std::option::Option<
        ::std::vec::Vec<crate::types::PodIdentityAssociationSummary>,
    >,
    #[serde(rename = "nextToken", default)]
    pub next_token: ::std::option::Option<::std::string::String>,
}
impl ListPodIdentityAssociationsResponse {
    /// A new [`ListPodIdentityAssociationsResponseBuilder`](crate::types::builders::ListPodIdentityAssociationsResponseBuilder).
    pub fn builder() -> crate::types::builders::ListPodIdentityAssociationsResponseBuilder {
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
    /// The Amazon Resource Name (ARN) that identifies the resource for which to list
    /// the tags. Currently, the supported resources are Amazon EKS clusters and managed
    /// node groups.
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
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct ListUpdatesRequest {
    /// The names of the installed add-ons that have available updates.
    #[serde(skip)]
    pub addon_name: ::std::option::Option<::std::string::String>,
    #[serde(skip)]
    pub capability_name: ::std::option::Option<::std::string::String>,
    /// The maximum number of update results returned by `ListUpdates` in paginated
    /// output. When you use this parameter, `ListUpdates` returns only `maxResults`
    /// results in a single page along with a `nextToken` response element. You can see
    /// the remaining results of the initial request by sending another `ListUpdates`
    /// request with the returned `nextToken` value. This value can be between 1 and
    /// 100\. If you don't use this parameter, `ListUpdates` returns up to 100 results
    /// and a `nextToken` value if applicable.
    #[serde(skip)]
    pub max_results: ::std::option::Option<i64>,
    /// The name of the Amazon EKS cluster to list updates for.
    #[serde(skip)]
    pub name: ::std::string::String,
    /// The `nextToken` value returned from a previous paginated `ListUpdates` request
    /// where `maxResults` was used and the results exceeded the value of that
    /// parameter. Pagination continues from the end of the previous results that
    /// returned the `nextToken` value.
    #[serde(skip)]
    pub next_token: ::std::option::Option<::std::string::String>,
    /// The name of the Amazon EKS managed node group to list updates for.
    #[serde(skip)]
    pub nodegroup_name: ::std::option::Option<::std::string::String>,
}
impl ListUpdatesRequest {
    /// A new [`ListUpdatesRequestBuilder`](crate::types::builders::ListUpdatesRequestBuilder).
    pub fn builder() -> crate::types::builders::ListUpdatesRequestBuilder {
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
pub struct ListUpdatesResponse {
    /// The `nextToken` value to include in a future `ListUpdates` request. When the
    /// results of a `ListUpdates` request exceed `maxResults`, you can use this value
    /// to retrieve the next page of results. This value is `null` when there are no
    /// more results to return.
    #[serde(rename = "nextToken", default)]
    pub next_token: ::std::option::Option<::std::string::String>,
    /// A list of all the updates for the specified cluster and Region.
    #[serde(rename = "updateIds", default)]
    pub update_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
impl ListUpdatesResponse {
    /// A new [`ListUpdatesResponseBuilder`](crate::types::builders::ListUpdatesResponseBuilder).
    pub fn builder() -> crate::types::builders::ListUpdatesResponseBuilder {
        ::std::default::Default::default()
    }
}
/// An object representing the enabled or disabled Kubernetes control plane logs for
/// your cluster.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct LogSetup {
    /// If a log type is enabled, that log type exports its control plane logs to
    /// CloudWatch Logs. If a log type isn't enabled, that log type doesn't export its
    /// control plane logs. Each individual log type can be enabled or disabled
    /// independently.
    #[serde(
        rename = "enabled",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub enabled: ::std::option::Option<bool>,
    /// The available cluster control plane log types.
    #[serde(
        rename = "types",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub types: ::std::option::Option<::std::vec::Vec<crate::types::LogType>>,
}
impl LogSetup {
    /// A new [`LogSetupBuilder`](crate::types::builders::LogSetupBuilder).
    pub fn builder() -> crate::types::builders::LogSetupBuilder {
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
pub enum LogType {
    /// `api`
    Api,
    /// `audit`
    Audit,
    /// `authenticator`
    Authenticator,
    /// `controllerManager`
    ControllerManager,
    /// `scheduler`
    Scheduler,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl LogType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Api => "api",
            Self::Audit => "audit",
            Self::Authenticator => "authenticator",
            Self::ControllerManager => "controllerManager",
            Self::Scheduler => "scheduler",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["api", "audit", "authenticator", "controllerManager", "scheduler"]
    }
}
impl ::std::convert::From<&str> for LogType {
    fn from(s: &str) -> Self {
        match s {
            "api" => Self::Api,
            "audit" => Self::Audit,
            "authenticator" => Self::Authenticator,
            "controllerManager" => Self::ControllerManager,
            "scheduler" => Self::Scheduler,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(LogType);
/// An object representing the logging configuration for resources in your cluster.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct Logging {
    /// The cluster control plane logging configuration for your cluster.
    #[serde(
        rename = "clusterLogging",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cluster_logging: ::std::option::Option<::std::vec::Vec<crate::types::LogSetup>>,
}
impl Logging {
    /// A new [`LoggingBuilder`](crate::types::builders::LoggingBuilder).
    pub fn builder() -> crate::types::builders::LoggingBuilder {
        ::std::default::Default::default()
    }
}
/// Information about an Amazon EKS add-on from the Amazon Web Services Marketplace.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct MarketplaceInformation {
    /// The product ID from the Amazon Web Services Marketplace.
    #[serde(rename = "productId", default)]
    pub product_id: ::std::option::Option<::std::string::String>,
    /// The product URL from the Amazon Web Services Marketplace.
    #[serde(rename = "productUrl", default)]
    pub product_url: ::std::option::Option<::std::string::String>,
}
impl MarketplaceInformation {
    /// A new [`MarketplaceInformationBuilder`](crate::types::builders::MarketplaceInformationBuilder).
    pub fn builder() -> crate::types::builders::MarketplaceInformationBuilder {
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
pub struct NodeRepairConfig {
    #[serde(
        rename = "enabled",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub enabled: ::std::option::Option<bool>,
    #[serde(
        rename = "maxParallelNodesRepairedCount",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub max_parallel_nodes_repaired_count: ::std::option::Option<i64>,
    #[serde(
        rename = "maxParallelNodesRepairedPercentage",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub max_parallel_nodes_repaired_percentage: ::std::option::Option<i64>,
    #[serde(
        rename = "maxUnhealthyNodeThresholdCount",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub max_unhealthy_node_threshold_count: ::std::option::Option<i64>,
    #[serde(
        rename = "maxUnhealthyNodeThresholdPercentage",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub max_unhealthy_node_threshold_percentage: ::std::option::Option<i64>,
    #[serde(
        rename = "nodeRepairConfigOverrides",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub node_repair_config_overrides: ::std::option::Option<
        ::std::vec::Vec<crate::types::NodeRepairConfigOverrides>,
    >,
}
impl NodeRepairConfig {
    /// A new [`NodeRepairConfigBuilder`](crate::types::builders::NodeRepairConfigBuilder).
    pub fn builder() -> crate::types::builders::NodeRepairConfigBuilder {
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
pub struct NodeRepairConfigOverrides {
    #[serde(
        rename = "minRepairWaitTimeMins",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub min_repair_wait_time_mins: ::std::option::Option<i64>,
    #[serde(
        rename = "nodeMonitoringCondition",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub node_monitoring_condition: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "nodeUnhealthyReason",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub node_unhealthy_reason: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "repairAction",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub repair_action: ::std::option::Option<crate::types::RepairAction>,
}
impl NodeRepairConfigOverrides {
    /// A new [`NodeRepairConfigOverridesBuilder`](crate::types::builders::NodeRepairConfigOverridesBuilder).
    pub fn builder() -> crate::types::builders::NodeRepairConfigOverridesBuilder {
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
pub struct NodeResourcesFitConfig {
    #[serde(
        rename = "scoringStrategy",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub scoring_strategy: ::std::option::Option<crate::types::ScoringStrategy>,
}
impl NodeResourcesFitConfig {
    /// A new [`NodeResourcesFitConfigBuilder`](crate::types::builders::NodeResourcesFitConfigBuilder).
    pub fn builder() -> crate::types::builders::NodeResourcesFitConfigBuilder {
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
pub struct NodeResourcesFitVersionConfig {
    #[serde(rename = "scoringStrategy", default)]
    pub scoring_strategy: ::std::option::Option<crate::types::ScoringStrategyConfig>,
}
impl NodeResourcesFitVersionConfig {
    /// A new [`NodeResourcesFitVersionConfigBuilder`](crate::types::builders::NodeResourcesFitVersionConfigBuilder).
    pub fn builder() -> crate::types::builders::NodeResourcesFitVersionConfigBuilder {
        ::std::default::Default::default()
    }
}
/// An object representing an Amazon EKS managed node group.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct Nodegroup {
    /// If the node group was deployed using a launch template with a custom AMI, then
    /// this is `CUSTOM`. For node groups that weren't deployed using a launch template,
    /// this is the AMI type that was specified in the node group configuration.
    #[serde(rename = "amiType", default)]
    pub ami_type: ::std::option::Option<crate::types::AmiTypes>,
    /// The capacity type of your managed node group.
    #[serde(rename = "capacityType", default)]
    pub capacity_type: ::std::option::Option<crate::types::CapacityTypes>,
    /// The name of the cluster that the managed node group resides in.
    #[serde(rename = "clusterName", default)]
    pub cluster_name: ::std::option::Option<::std::string::String>,
    /// The Unix epoch timestamp in seconds for when the managed node group was created.
    #[serde(rename = "createdAt", default)]
    pub created_at: ::std::option::Option<crate::runtime::Timestamp>,
    /// If the node group wasn't deployed with a launch template, then this is the disk
    /// size in the node group configuration. If the node group was deployed with a
    /// launch template, then this is `null`.
    #[serde(rename = "diskSize", default)]
    pub disk_size: ::std::option::Option<i64>,
    /// The health status of the node group. If there are issues with your node group's
    /// health, they are listed here.
    #[serde(rename = "health", default)]
    pub health: ::std::option::Option<crate::types::NodegroupHealth>,
    /// If the node group wasn't deployed with a launch template, then this is the
    /// instance type that is associated with the node group. If the node group was
    /// deployed with a launch template, then this is `null`.
    #[serde(rename = "instanceTypes", default)]
    pub instance_types: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// The Kubernetes labels applied to the nodes in the node group.
    ///
    /// **Note:** Only labels that are applied with the Amazon EKS API are shown here.
    /// There may be other Kubernetes labels applied to the nodes in this group.
    #[serde(rename = "labels", default)]
    pub labels: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    /// If a launch template was used to create the node group, then this is the launch
    /// template that was used.
    #[serde(rename = "launchTemplate", default)]
    pub launch_template: ::std::option::Option<
        crate::types::LaunchTemplateSpecification,
    >,
    /// The Unix epoch timestamp in seconds for when the managed node group was last
    /// modified.
    #[serde(rename = "modifiedAt", default)]
    pub modified_at: ::std::option::Option<crate::runtime::Timestamp>,
    /// The IAM role associated with your node group. The Amazon EKS node `kubelet`
    /// daemon makes calls to Amazon Web Services APIs on your behalf. Nodes receive
    /// permissions for these API calls through an IAM instance profile and associated
    /// policies.
    #[serde(rename = "nodeRole", default)]
    pub node_role: ::std::option::Option<::std::string::String>,
    /// The Amazon Resource Name (ARN) associated with the managed node group.
    #[serde(rename = "nodegroupArn", default)]
    pub nodegroup_arn: ::std::option::Option<::std::string::String>,
    /// The name associated with an Amazon EKS managed node group.
    #[serde(rename = "nodegroupName", default)]
    pub nodegroup_name: ::std::option::Option<::std::string::String>,
    /// If the node group was deployed using a launch template with a custom AMI, then
    /// this is the AMI ID that was specified in the launch template. For node groups
    /// that weren't deployed using a launch template, this is the version of the Amazon
    /// EKS optimized AMI that the node group was deployed with.
    #[serde(rename = "releaseVersion", default)]
    pub release_version: ::std::option::Option<::std::string::String>,
    /// If the node group wasn't deployed with a launch template, then this is the
    /// remote access configuration that is associated with the node group. If the node
    /// group was deployed with a launch template, then this is `null`.
    #[serde(rename = "remoteAccess", default)]
    pub remote_access: ::std::option::Option<crate::types::RemoteAccessConfig>,
    /// The resources associated with the node group, such as Auto Scaling groups and
    /// security groups for remote access.
    #[serde(rename = "resources", default)]
    pub resources: ::std::option::Option<crate::types::NodegroupResources>,
    /// The scaling configuration details for the Auto Scaling group that is associated
    /// with your node group.
    #[serde(rename = "scalingConfig", default)]
    pub scaling_config: ::std::option::Option<crate::types::NodegroupScalingConfig>,
    /// The current status of the managed node group.
    #[serde(rename = "status", default)]
    pub status: ::std::option::Option<crate::types::NodegroupStatus>,
    /// The subnets that were specified for the Auto Scaling group that is associated
    /// with your node group.
    #[serde(rename = "subnets", default)]
    pub subnets: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// The metadata applied to the node group to assist with categorization and
    /// organization. Each tag consists of a key and an optional value. You define both.
    /// Node group tags do not propagate to any other resources associated with the node
    /// group, such as the Amazon EC2 instances or subnets.
    #[serde(rename = "tags", default)]
    pub tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    /// The Kubernetes taints to be applied to the nodes in the node group when they are
    /// created. Effect is one of `No_Schedule`, `Prefer_No_Schedule`, or `No_Execute`.
    /// Kubernetes taints can be used together with tolerations to control how workloads
    /// are scheduled to your nodes. For more information, see [Node taints on managed
    /// node
    /// groups](https://docs.aws.amazon.com/eks/latest/userguide/node-taints-managed-node-groups.html).
    #[serde(rename = "taints", default)]
    pub taints: ::std::option::Option<::std::vec::Vec<crate::types::Taint>>,
    /// The node group update configuration.
    #[serde(rename = "updateConfig", default)]
    pub update_config: ::std::option::Option<crate::types::NodegroupUpdateConfig>,
    /// The Kubernetes version of the managed node group.
    #[serde(rename = "version", default)]
    pub version: ::std::option::Option<::std::string::String>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "nodeRepairConfig", default)]
    pub node_repair_config: ::std::option::Option<crate::types::NodeRepairConfig>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "warmPoolConfig", default)]
    pub warm_pool_config: ::std::option::Option<crate::types::WarmPoolConfig>,
}
impl Nodegroup {
    /// A new [`NodegroupBuilder`](crate::types::builders::NodegroupBuilder).
    pub fn builder() -> crate::types::builders::NodegroupBuilder {
        ::std::default::Default::default()
    }
}
/// An object representing the health status of the node group.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct NodegroupHealth {
    /// Any issues that are associated with the node group.
    #[serde(rename = "issues", default)]
    pub issues: ::std::option::Option<::std::vec::Vec<crate::types::Issue>>,
}
impl NodegroupHealth {
    /// A new [`NodegroupHealthBuilder`](crate::types::builders::NodegroupHealthBuilder).
    pub fn builder() -> crate::types::builders::NodegroupHealthBuilder {
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
pub enum NodegroupIssueCode {
    /// `AutoScalingGroupNotFound`
    AutoScalingGroupNotFound,
    /// `AutoScalingGroupInvalidConfiguration`
    AutoScalingGroupInvalidConfiguration,
    /// `Ec2SecurityGroupNotFound`
    Ec2SecurityGroupNotFound,
    /// `Ec2SecurityGroupDeletionFailure`
    Ec2SecurityGroupDeletionFailure,
    /// `Ec2LaunchTemplateNotFound`
    Ec2LaunchTemplateNotFound,
    /// `Ec2LaunchTemplateVersionMismatch`
    Ec2LaunchTemplateVersionMismatch,
    /// `Ec2SubnetNotFound`
    Ec2SubnetNotFound,
    /// `Ec2SubnetInvalidConfiguration`
    Ec2SubnetInvalidConfiguration,
    /// `IamInstanceProfileNotFound`
    IamInstanceProfileNotFound,
    /// `Ec2SubnetMissingIpv6Assignment`
    Ec2SubnetMissingIpv6Assignment,
    /// `IamLimitExceeded`
    IamLimitExceeded,
    /// `IamNodeRoleNotFound`
    IamNodeRoleNotFound,
    /// `NodeCreationFailure`
    NodeCreationFailure,
    /// `AsgInstanceLaunchFailures`
    AsgInstanceLaunchFailures,
    /// `InstanceLimitExceeded`
    InstanceLimitExceeded,
    /// `InsufficientFreeAddresses`
    InsufficientFreeAddresses,
    /// `AccessDenied`
    AccessDenied,
    /// `InternalFailure`
    InternalFailure,
    /// `ClusterUnreachable`
    ClusterUnreachable,
    /// `AmiIdNotFound`
    AmiIdNotFound,
    /// `AutoScalingGroupOptInRequired`
    AutoScalingGroupOptInRequired,
    /// `AutoScalingGroupRateLimitExceeded`
    AutoScalingGroupRateLimitExceeded,
    /// `Ec2LaunchTemplateDeletionFailure`
    Ec2LaunchTemplateDeletionFailure,
    /// `Ec2LaunchTemplateInvalidConfiguration`
    Ec2LaunchTemplateInvalidConfiguration,
    /// `Ec2LaunchTemplateMaxLimitExceeded`
    Ec2LaunchTemplateMaxLimitExceeded,
    /// `Ec2SubnetListTooLong`
    Ec2SubnetListTooLong,
    /// `IamThrottling`
    IamThrottling,
    /// `NodeTerminationFailure`
    NodeTerminationFailure,
    /// `PodEvictionFailure`
    PodEvictionFailure,
    /// `SourceEc2LaunchTemplateNotFound`
    SourceEc2LaunchTemplateNotFound,
    /// `LimitExceeded`
    LimitExceeded,
    /// `Unknown`
    Unknown2,
    /// `AutoScalingGroupInstanceRefreshActive`
    AutoScalingGroupInstanceRefreshActive,
    /// `KubernetesLabelInvalid`
    KubernetesLabelInvalid,
    /// `Ec2LaunchTemplateVersionMaxLimitExceeded`
    Ec2LaunchTemplateVersionMaxLimitExceeded,
    /// `Ec2InstanceTypeDoesNotExist`
    Ec2InstanceTypeDoesNotExist,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl NodegroupIssueCode {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AutoScalingGroupNotFound => "AutoScalingGroupNotFound",
            Self::AutoScalingGroupInvalidConfiguration => {
                "AutoScalingGroupInvalidConfiguration"
            }
            Self::Ec2SecurityGroupNotFound => "Ec2SecurityGroupNotFound",
            Self::Ec2SecurityGroupDeletionFailure => "Ec2SecurityGroupDeletionFailure",
            Self::Ec2LaunchTemplateNotFound => "Ec2LaunchTemplateNotFound",
            Self::Ec2LaunchTemplateVersionMismatch => "Ec2LaunchTemplateVersionMismatch",
            Self::Ec2SubnetNotFound => "Ec2SubnetNotFound",
            Self::Ec2SubnetInvalidConfiguration => "Ec2SubnetInvalidConfiguration",
            Self::IamInstanceProfileNotFound => "IamInstanceProfileNotFound",
            Self::Ec2SubnetMissingIpv6Assignment => "Ec2SubnetMissingIpv6Assignment",
            Self::IamLimitExceeded => "IamLimitExceeded",
            Self::IamNodeRoleNotFound => "IamNodeRoleNotFound",
            Self::NodeCreationFailure => "NodeCreationFailure",
            Self::AsgInstanceLaunchFailures => "AsgInstanceLaunchFailures",
            Self::InstanceLimitExceeded => "InstanceLimitExceeded",
            Self::InsufficientFreeAddresses => "InsufficientFreeAddresses",
            Self::AccessDenied => "AccessDenied",
            Self::InternalFailure => "InternalFailure",
            Self::ClusterUnreachable => "ClusterUnreachable",
            Self::AmiIdNotFound => "AmiIdNotFound",
            Self::AutoScalingGroupOptInRequired => "AutoScalingGroupOptInRequired",
            Self::AutoScalingGroupRateLimitExceeded => {
                "AutoScalingGroupRateLimitExceeded"
            }
            Self::Ec2LaunchTemplateDeletionFailure => "Ec2LaunchTemplateDeletionFailure",
            Self::Ec2LaunchTemplateInvalidConfiguration => {
                "Ec2LaunchTemplateInvalidConfiguration"
            }
            Self::Ec2LaunchTemplateMaxLimitExceeded => {
                "Ec2LaunchTemplateMaxLimitExceeded"
            }
            Self::Ec2SubnetListTooLong => "Ec2SubnetListTooLong",
            Self::IamThrottling => "IamThrottling",
            Self::NodeTerminationFailure => "NodeTerminationFailure",
            Self::PodEvictionFailure => "PodEvictionFailure",
            Self::SourceEc2LaunchTemplateNotFound => "SourceEc2LaunchTemplateNotFound",
            Self::LimitExceeded => "LimitExceeded",
            Self::Unknown2 => "Unknown",
            Self::AutoScalingGroupInstanceRefreshActive => {
                "AutoScalingGroupInstanceRefreshActive"
            }
            Self::KubernetesLabelInvalid => "KubernetesLabelInvalid",
            Self::Ec2LaunchTemplateVersionMaxLimitExceeded => {
                "Ec2LaunchTemplateVersionMaxLimitExceeded"
            }
            Self::Ec2InstanceTypeDoesNotExist => "Ec2InstanceTypeDoesNotExist",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &[
            "AutoScalingGroupNotFound",
            "AutoScalingGroupInvalidConfiguration",
            "Ec2SecurityGroupNotFound",
            "Ec2SecurityGroupDeletionFailure",
            "Ec2LaunchTemplateNotFound",
            "Ec2LaunchTemplateVersionMismatch",
            "Ec2SubnetNotFound",
            "Ec2SubnetInvalidConfiguration",
            "IamInstanceProfileNotFound",
            "Ec2SubnetMissingIpv6Assignment",
            "IamLimitExceeded",
            "IamNodeRoleNotFound",
            "NodeCreationFailure",
            "AsgInstanceLaunchFailures",
            "InstanceLimitExceeded",
            "InsufficientFreeAddresses",
            "AccessDenied",
            "InternalFailure",
            "ClusterUnreachable",
            "AmiIdNotFound",
            "AutoScalingGroupOptInRequired",
            "AutoScalingGroupRateLimitExceeded",
            "Ec2LaunchTemplateDeletionFailure",
            "Ec2LaunchTemplateInvalidConfiguration",
            "Ec2LaunchTemplateMaxLimitExceeded",
            "Ec2SubnetListTooLong",
            "IamThrottling",
            "NodeTerminationFailure",
            "PodEvictionFailure",
            "SourceEc2LaunchTemplateNotFound",
            "LimitExceeded",
            "Unknown",
            "AutoScalingGroupInstanceRefreshActive",
            "KubernetesLabelInvalid",
            "Ec2LaunchTemplateVersionMaxLimitExceeded",
            "Ec2InstanceTypeDoesNotExist",
        ]
    }
}
impl ::std::convert::From<&str> for NodegroupIssueCode {
    fn from(s: &str) -> Self {
        match s {
            "AutoScalingGroupNotFound" => Self::AutoScalingGroupNotFound,
            "AutoScalingGroupInvalidConfiguration" => {
                Self::AutoScalingGroupInvalidConfiguration
            }
            "Ec2SecurityGroupNotFound" => Self::Ec2SecurityGroupNotFound,
            "Ec2SecurityGroupDeletionFailure" => Self::Ec2SecurityGroupDeletionFailure,
            "Ec2LaunchTemplateNotFound" => Self::Ec2LaunchTemplateNotFound,
            "Ec2LaunchTemplateVersionMismatch" => Self::Ec2LaunchTemplateVersionMismatch,
            "Ec2SubnetNotFound" => Self::Ec2SubnetNotFound,
            "Ec2SubnetInvalidConfiguration" => Self::Ec2SubnetInvalidConfiguration,
            "IamInstanceProfileNotFound" => Self::IamInstanceProfileNotFound,
            "Ec2SubnetMissingIpv6Assignment" => Self::Ec2SubnetMissingIpv6Assignment,
            "IamLimitExceeded" => Self::IamLimitExceeded,
            "IamNodeRoleNotFound" => Self::IamNodeRoleNotFound,
            "NodeCreationFailure" => Self::NodeCreationFailure,
            "AsgInstanceLaunchFailures" => Self::AsgInstanceLaunchFailures,
            "InstanceLimitExceeded" => Self::InstanceLimitExceeded,
            "InsufficientFreeAddresses" => Self::InsufficientFreeAddresses,
            "AccessDenied" => Self::AccessDenied,
            "InternalFailure" => Self::InternalFailure,
            "ClusterUnreachable" => Self::ClusterUnreachable,
            "AmiIdNotFound" => Self::AmiIdNotFound,
            "AutoScalingGroupOptInRequired" => Self::AutoScalingGroupOptInRequired,
            "AutoScalingGroupRateLimitExceeded" => {
                Self::AutoScalingGroupRateLimitExceeded
            }
            "Ec2LaunchTemplateDeletionFailure" => Self::Ec2LaunchTemplateDeletionFailure,
            "Ec2LaunchTemplateInvalidConfiguration" => {
                Self::Ec2LaunchTemplateInvalidConfiguration
            }
            "Ec2LaunchTemplateMaxLimitExceeded" => {
                Self::Ec2LaunchTemplateMaxLimitExceeded
            }
            "Ec2SubnetListTooLong" => Self::Ec2SubnetListTooLong,
            "IamThrottling" => Self::IamThrottling,
            "NodeTerminationFailure" => Self::NodeTerminationFailure,
            "PodEvictionFailure" => Self::PodEvictionFailure,
            "SourceEc2LaunchTemplateNotFound" => Self::SourceEc2LaunchTemplateNotFound,
            "LimitExceeded" => Self::LimitExceeded,
            "Unknown" => Self::Unknown2,
            "AutoScalingGroupInstanceRefreshActive" => {
                Self::AutoScalingGroupInstanceRefreshActive
            }
            "KubernetesLabelInvalid" => Self::KubernetesLabelInvalid,
            "Ec2LaunchTemplateVersionMaxLimitExceeded" => {
                Self::Ec2LaunchTemplateVersionMaxLimitExceeded
            }
            "Ec2InstanceTypeDoesNotExist" => Self::Ec2InstanceTypeDoesNotExist,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(NodegroupIssueCode);
/// An object representing the resources associated with the node group, such as
/// Auto Scaling groups and security groups for remote access.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct NodegroupResources {
    /// The Auto Scaling groups associated with the node group.
    #[serde(rename = "autoScalingGroups", default)]
    pub auto_scaling_groups: ::std::option::Option<
        ::std::vec::Vec<crate::types::AutoScalingGroup>,
    >,
    /// The remote access security group associated with the node group. This security
    /// group controls SSH access to the nodes.
    #[serde(rename = "remoteAccessSecurityGroup", default)]
    pub remote_access_security_group: ::std::option::Option<::std::string::String>,
}
impl NodegroupResources {
    /// A new [`NodegroupResourcesBuilder`](crate::types::builders::NodegroupResourcesBuilder).
    pub fn builder() -> crate::types::builders::NodegroupResourcesBuilder {
        ::std::default::Default::default()
    }
}
/// An object representing the scaling configuration details for the Auto Scaling
/// group that is associated with your node group. When creating a node group, you
/// must specify all or none of the properties. When updating a node group, you can
/// specify any or none of the properties.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct NodegroupScalingConfig {
    /// The current number of nodes that the managed node group should maintain.
    ///
    /// **Important:** If you use Cluster Autoscaler, you shouldn't change the
    /// desiredSize value directly, as this can cause the Cluster Autoscaler to suddenly
    /// scale up or scale down.
    ///
    /// Whenever this parameter changes, the number of worker nodes in the node group is
    /// updated to the specified size. If this parameter is given a value that is
    /// smaller than the current number of running worker nodes, the necessary number of
    /// worker nodes are terminated to match the given value. When using CloudFormation,
    /// no action occurs if you remove this parameter from your CFN template.
    ///
    /// This parameter can be different from minSize in some cases, such as when
    /// starting with extra hosts for testing. This parameter can also be different when
    /// you want to start with an estimated number of needed hosts, but let Cluster
    /// Autoscaler reduce the number if there are too many. When Cluster Autoscaler is
    /// used, the desiredSize parameter is altered by Cluster Autoscaler (but can be
    /// out-of-date for short periods of time). Cluster Autoscaler doesn't scale a
    /// managed node group lower than minSize or higher than maxSize.
    #[serde(
        rename = "desiredSize",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub desired_size: ::std::option::Option<i64>,
    /// The maximum number of nodes that the managed node group can scale out to. For
    /// information about the maximum number that you can specify, see [Amazon EKS
    /// service
    /// quotas](https://docs.aws.amazon.com/eks/latest/userguide/service-quotas.html) in
    /// the *Amazon EKS User Guide*.
    #[serde(
        rename = "maxSize",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub max_size: ::std::option::Option<i64>,
    /// The minimum number of nodes that the managed node group can scale in to.
    #[serde(
        rename = "minSize",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub min_size: ::std::option::Option<i64>,
}
impl NodegroupScalingConfig {
    /// A new [`NodegroupScalingConfigBuilder`](crate::types::builders::NodegroupScalingConfigBuilder).
    pub fn builder() -> crate::types::builders::NodegroupScalingConfigBuilder {
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
pub enum NodegroupStatus {
    /// `CREATING`
    Creating,
    /// `ACTIVE`
    Active,
    /// `UPDATING`
    Updating,
    /// `DELETING`
    Deleting,
    /// `CREATE_FAILED`
    CreateFailed,
    /// `DELETE_FAILED`
    DeleteFailed,
    /// `DEGRADED`
    Degraded,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl NodegroupStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Creating => "CREATING",
            Self::Active => "ACTIVE",
            Self::Updating => "UPDATING",
            Self::Deleting => "DELETING",
            Self::CreateFailed => "CREATE_FAILED",
            Self::DeleteFailed => "DELETE_FAILED",
            Self::Degraded => "DEGRADED",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &[
            "CREATING",
            "ACTIVE",
            "UPDATING",
            "DELETING",
            "CREATE_FAILED",
            "DELETE_FAILED",
            "DEGRADED",
        ]
    }
}
impl ::std::convert::From<&str> for NodegroupStatus {
    fn from(s: &str) -> Self {
        match s {
            "CREATING" => Self::Creating,
            "ACTIVE" => Self::Active,
            "UPDATING" => Self::Updating,
            "DELETING" => Self::Deleting,
            "CREATE_FAILED" => Self::CreateFailed,
            "DELETE_FAILED" => Self::DeleteFailed,
            "DEGRADED" => Self::Degraded,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(NodegroupStatus);
/// The node group update configuration.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct NodegroupUpdateConfig {
    /// The maximum number of nodes unavailable at once during a version update. Nodes
    /// will be updated in parallel. This value or `maxUnavailablePercentage` is
    /// required to have a value.The maximum number is 100.
    #[serde(
        rename = "maxUnavailable",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub max_unavailable: ::std::option::Option<i64>,
    /// The maximum percentage of nodes unavailable during a version update. This
    /// percentage of nodes will be updated in parallel, up to 100 nodes at once. This
    /// value or `maxUnavailable` is required to have a value.
    #[serde(
        rename = "maxUnavailablePercentage",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub max_unavailable_percentage: ::std::option::Option<i64>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "updateStrategy",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub update_strategy: ::std::option::Option<crate::types::NodegroupUpdateStrategies>,
}
impl NodegroupUpdateConfig {
    /// A new [`NodegroupUpdateConfigBuilder`](crate::types::builders::NodegroupUpdateConfigBuilder).
    pub fn builder() -> crate::types::builders::NodegroupUpdateConfigBuilder {
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
pub enum NodegroupUpdateStrategies {
    /// `DEFAULT`
    Default,
    /// `MINIMAL`
    Minimal,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl NodegroupUpdateStrategies {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Default => "DEFAULT",
            Self::Minimal => "MINIMAL",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["DEFAULT", "MINIMAL"]
    }
}
impl ::std::convert::From<&str> for NodegroupUpdateStrategies {
    fn from(s: &str) -> Self {
        match s {
            "DEFAULT" => Self::Default,
            "MINIMAL" => Self::Minimal,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(NodegroupUpdateStrategies);
/// An object representing the [OpenID Connect](https://openid.net/connect/) (OIDC)
/// identity provider information for the cluster.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct Oidc {
    /// The issuer URL for the OIDC identity provider.
    #[serde(rename = "issuer", default)]
    pub issuer: ::std::option::Option<::std::string::String>,
}
impl Oidc {
    /// A new [`OidcBuilder`](crate::types::builders::OidcBuilder).
    pub fn builder() -> crate::types::builders::OidcBuilder {
        ::std::default::Default::default()
    }
}
/// An object representing the configuration for an OpenID Connect (OIDC) identity
/// provider.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct OidcIdentityProviderConfig {
    /// This is also known as *audience*. The ID of the client application that makes
    /// authentication requests to the OIDC identity provider.
    #[serde(rename = "clientId", default)]
    pub client_id: ::std::option::Option<::std::string::String>,
    /// The cluster that the configuration is associated to.
    #[serde(rename = "clusterName", default)]
    pub cluster_name: ::std::option::Option<::std::string::String>,
    /// The JSON web token (JWT) claim that the provider uses to return your groups.
    #[serde(rename = "groupsClaim", default)]
    pub groups_claim: ::std::option::Option<::std::string::String>,
    /// The prefix that is prepended to group claims to prevent clashes with existing
    /// names (such as `system:` groups). For example, the value `oidc:` creates group
    /// names like `oidc:engineering` and `oidc:infra`. The prefix can't contain
    /// `system:`
    #[serde(rename = "groupsPrefix", default)]
    pub groups_prefix: ::std::option::Option<::std::string::String>,
    /// The ARN of the configuration.
    #[serde(rename = "identityProviderConfigArn", default)]
    pub identity_provider_config_arn: ::std::option::Option<::std::string::String>,
    /// The name of the configuration.
    #[serde(rename = "identityProviderConfigName", default)]
    pub identity_provider_config_name: ::std::option::Option<::std::string::String>,
    /// The URL of the OIDC identity provider that allows the API server to discover
    /// public signing keys for verifying tokens.
    #[serde(rename = "issuerUrl", default)]
    pub issuer_url: ::std::option::Option<::std::string::String>,
    /// The key-value pairs that describe required claims in the identity token. If set,
    /// each claim is verified to be present in the token with a matching value.
    #[serde(rename = "requiredClaims", default)]
    pub required_claims: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    /// The status of the OIDC identity provider.
    #[serde(rename = "status", default)]
    pub status: ::std::option::Option<crate::types::ConfigStatus>,
    /// The metadata to apply to the provider configuration to assist with
    /// categorization and organization. Each tag consists of a key and an optional
    /// value. You define both.
    #[serde(rename = "tags", default)]
    pub tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    /// The JSON Web token (JWT) claim that is used as the username.
    #[serde(rename = "usernameClaim", default)]
    pub username_claim: ::std::option::Option<::std::string::String>,
    /// The prefix that is prepended to username claims to prevent clashes with existing
    /// names. The prefix can't contain `system:`
    #[serde(rename = "usernamePrefix", default)]
    pub username_prefix: ::std::option::Option<::std::string::String>,
}
impl OidcIdentityProviderConfig {
    /// A new [`OidcIdentityProviderConfigBuilder`](crate::types::builders::OidcIdentityProviderConfigBuilder).
    pub fn builder() -> crate::types::builders::OidcIdentityProviderConfigBuilder {
        ::std::default::Default::default()
    }
}
/// An object representing an OpenID Connect (OIDC) configuration. Before
/// associating an OIDC identity provider to your cluster, review the considerations
/// in [Authenticating users for your cluster from an OpenID Connect identity
/// provider](https://docs.aws.amazon.com/eks/latest/userguide/authenticate-oidc-identity-provider.html)
/// in the *Amazon EKS User Guide*.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct OidcIdentityProviderConfigRequest {
    /// This is also known as *audience*. The ID for the client application that makes
    /// authentication requests to the OpenID identity provider.
    #[serde(rename = "clientId")]
    pub client_id: ::std::string::String,
    /// The JWT claim that the provider uses to return your groups.
    #[serde(
        rename = "groupsClaim",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub groups_claim: ::std::option::Option<::std::string::String>,
    /// The prefix that is prepended to group claims to prevent clashes with existing
    /// names (such as `system:` groups). For example, the value `oidc:` will create
    /// group names like `oidc:engineering` and `oidc:infra`.
    #[serde(
        rename = "groupsPrefix",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub groups_prefix: ::std::option::Option<::std::string::String>,
    /// The name of the OIDC provider configuration.
    #[serde(rename = "identityProviderConfigName")]
    pub identity_provider_config_name: ::std::string::String,
    /// The URL of the OpenID identity provider that allows the API server to discover
    /// public signing keys for verifying tokens. The URL must begin with `https://` and
    /// should correspond to the `iss` claim in the provider's OIDC ID tokens. Per the
    /// OIDC standard, path components are allowed but query parameters are not.
    /// Typically the URL consists of only a hostname, like `https://server.example.org`
    /// or `https://example.com`. This URL should point to the level below
    /// `.well-known/openid-configuration` and must be publicly accessible over the
    /// internet.
    #[serde(rename = "issuerUrl")]
    pub issuer_url: ::std::string::String,
    /// The key value pairs that describe required claims in the identity token. If set,
    /// each claim is verified to be present in the token with a matching value. For the
    /// maximum number of claims that you can require, see [Amazon EKS service
    /// quotas](https://docs.aws.amazon.com/eks/latest/userguide/service-quotas.html) in
    /// the *Amazon EKS User Guide*.
    #[serde(
        rename = "requiredClaims",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub required_claims: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    /// The JSON Web Token (JWT) claim to use as the username. The default is `sub`,
    /// which is expected to be a unique identifier of the end user. You can choose
    /// other claims, such as `email` or `name`, depending on the OpenID identity
    /// provider. Claims other than `email` are prefixed with the issuer URL to prevent
    /// naming clashes with other plug-ins.
    #[serde(
        rename = "usernameClaim",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub username_claim: ::std::option::Option<::std::string::String>,
    /// The prefix that is prepended to username claims to prevent clashes with existing
    /// names. If you do not provide this field, and `username` is a value other than
    /// `email`, the prefix defaults to `issuerurl#`. You can use the value `-` to
    /// disable all prefixing.
    #[serde(
        rename = "usernamePrefix",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub username_prefix: ::std::option::Option<::std::string::String>,
}
impl OidcIdentityProviderConfigRequest {
    /// A new [`OidcIdentityProviderConfigRequestBuilder`](crate::types::builders::OidcIdentityProviderConfigRequestBuilder).
    pub fn builder() -> crate::types::builders::OidcIdentityProviderConfigRequestBuilder {
        ::std::default::Default::default()
    }
}
/// The configuration of your local Amazon EKS cluster on an Amazon Web Services
/// Outpost. Before creating a cluster on an Outpost, review [Creating a local
/// cluster on an
/// Outpost](https://docs.aws.amazon.com/eks/latest/userguide/eks-outposts-local-cluster-create.html)
/// in the *Amazon EKS User Guide*. This API isn't available for Amazon EKS clusters
/// on the Amazon Web Services cloud.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct OutpostConfigRequest {
    /// The Amazon EC2 instance type that you want to use for your local Amazon EKS
    /// cluster on Outposts. Choose an instance type based on the number of nodes that
    /// your cluster will have. For more information, see [Capacity
    /// considerations](https://docs.aws.amazon.com/eks/latest/userguide/eks-outposts-capacity-considerations.html)
    /// in the *Amazon EKS User Guide*.
    ///
    /// The instance type that you specify is used for all Kubernetes control plane
    /// instances. The instance type can't be changed after cluster creation. The
    /// control plane is not automatically scaled by Amazon EKS.
    #[serde(rename = "controlPlaneInstanceType")]
    pub control_plane_instance_type: ::std::string::String,
    /// An object representing the placement configuration for all the control plane
    /// instances of your local Amazon EKS cluster on an Amazon Web Services Outpost.
    /// For more information, see [Capacity
    /// considerations](https://docs.aws.amazon.com/eks/latest/userguide/eks-outposts-capacity-considerations.html)
    /// in the *Amazon EKS User Guide*.
    #[serde(
        rename = "controlPlanePlacement",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub control_plane_placement: ::std::option::Option<
        crate::types::ControlPlanePlacementRequest,
    >,
    /// The ARN of the Outpost that you want to use for your local Amazon EKS cluster on
    /// Outposts. Only a single Outpost ARN is supported.
    #[serde(rename = "outpostArns")]
    pub outpost_arns: ::std::vec::Vec<::std::string::String>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "etcdInstanceType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub etcd_instance_type: ::std::option::Option<::std::string::String>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "etcdPlacement",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub etcd_placement: ::std::option::Option<crate::types::EtcdPlacementRequest>,
}
impl OutpostConfigRequest {
    /// A new [`OutpostConfigRequestBuilder`](crate::types::builders::OutpostConfigRequestBuilder).
    pub fn builder() -> crate::types::builders::OutpostConfigRequestBuilder {
        ::std::default::Default::default()
    }
}
/// An object representing the configuration of your local Amazon EKS cluster on an
/// Amazon Web Services Outpost. This API isn't available for Amazon EKS clusters on
/// the Amazon Web Services cloud.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct OutpostConfigResponse {
    /// The Amazon EC2 instance type used for the control plane. The instance type is
    /// the same for all control plane instances.
    #[serde(rename = "controlPlaneInstanceType", default)]
    pub control_plane_instance_type: ::std::string::String,
    /// An object representing the placement configuration for all the control plane
    /// instances of your local Amazon EKS cluster on an Amazon Web Services Outpost.
    /// For more information, see [Capacity
    /// considerations](https://docs.aws.amazon.com/eks/latest/userguide/eks-outposts-capacity-considerations.html)
    /// in the *Amazon EKS User Guide*.
    #[serde(rename = "controlPlanePlacement", default)]
    pub control_plane_placement: ::std::option::Option<
        crate::types::ControlPlanePlacementResponse,
    >,
    /// The ARN of the Outpost that you specified for use with your local Amazon EKS
    /// cluster on Outposts.
    #[serde(rename = "outpostArns", default)]
    pub outpost_arns: ::std::vec::Vec<::std::string::String>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "etcdInstanceType", default)]
    pub etcd_instance_type: ::std::option::Option<::std::string::String>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "etcdPlacement", default)]
    pub etcd_placement: ::std::option::Option<crate::types::EtcdPlacementResponse>,
}
impl OutpostConfigResponse {
    /// A new [`OutpostConfigResponseBuilder`](crate::types::builders::OutpostConfigResponseBuilder).
    pub fn builder() -> crate::types::builders::OutpostConfigResponseBuilder {
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
pub struct PodGcControllerConfigRequest {
    #[serde(
        rename = "terminatedPodGcThreshold",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub terminated_pod_gc_threshold: ::std::option::Option<i64>,
}
impl PodGcControllerConfigRequest {
    /// A new [`PodGcControllerConfigRequestBuilder`](crate::types::builders::PodGcControllerConfigRequestBuilder).
    pub fn builder() -> crate::types::builders::PodGcControllerConfigRequestBuilder {
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
pub struct PodGcControllerConfigResponse {
    #[serde(rename = "terminatedPodGcThreshold", default)]
    pub terminated_pod_gc_threshold: ::std::option::Option<i64>,
}
impl PodGcControllerConfigResponse {
    /// A new [`PodGcControllerConfigResponseBuilder`](crate::types::builders::PodGcControllerConfigResponseBuilder).
    pub fn builder() -> crate::types::builders::PodGcControllerConfigResponseBuilder {
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
pub struct PodGcControllerVersionConfig {
    #[serde(rename = "terminatedPodGcThreshold", default)]
    pub terminated_pod_gc_threshold: ::std::option::Option<
        crate::types::IntegerParameterConfig,
    >,
}
impl PodGcControllerVersionConfig {
    /// A new [`PodGcControllerVersionConfigBuilder`](crate::types::builders::PodGcControllerVersionConfigBuilder).
    pub fn builder() -> crate::types::builders::PodGcControllerVersionConfigBuilder {
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
pub struct PodIdentityAssociation {
    #[serde(rename = "associationArn", default)]
    pub association_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "associationId", default)]
    pub association_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "clusterName", default)]
    pub cluster_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "createdAt", default)]
    pub created_at: ::std::option::Option<crate::runtime::Timestamp>,
    #[serde(rename = "disableSessionTags", default)]
    pub disable_session_tags: ::std::option::Option<bool>,
    #[serde(rename = "externalId", default)]
    pub external_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "modifiedAt", default)]
    pub modified_at: ::std::option::Option<crate::runtime::Timestamp>,
    #[serde(rename = "namespace", default)]
    pub namespace: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ownerArn", default)]
    pub owner_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "policy", default)]
    pub policy: ::std::option::Option<::std::string::String>,
    #[serde(rename = "roleArn", default)]
    pub role_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "serviceAccount", default)]
    pub service_account: ::std::option::Option<::std::string::String>,
    #[serde(rename = "tags", default)]
    pub tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    #[serde(rename = "targetRoleArn", default)]
    pub target_role_arn: ::std::option::Option<::std::string::String>,
}
impl PodIdentityAssociation {
    /// A new [`PodIdentityAssociationBuilder`](crate::types::builders::PodIdentityAssociationBuilder).
    pub fn builder() -> crate::types::builders::PodIdentityAssociationBuilder {
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
pub struct PodIdentityAssociationSummary {
    #[serde(rename = "associationArn", default)]
    pub association_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "associationId", default)]
    pub association_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "clusterName", default)]
    pub cluster_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "namespace", default)]
    pub namespace: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ownerArn", default)]
    pub owner_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "serviceAccount", default)]
    pub service_account: ::std::option::Option<::std::string::String>,
}
impl PodIdentityAssociationSummary {
    /// A new [`PodIdentityAssociationSummaryBuilder`](crate::types::builders::PodIdentityAssociationSummaryBuilder).
    pub fn builder() -> crate::types::builders::PodIdentityAssociationSummaryBuilder {
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
pub struct PortRangeConstraints {
    #[serde(rename = "maxPort", default)]
    pub max_port: ::std::option::Option<crate::types::IntegerRangeConstraint>,
    #[serde(rename = "minPort", default)]
    pub min_port: ::std::option::Option<crate::types::IntegerRangeConstraint>,
}
impl PortRangeConstraints {
    /// A new [`PortRangeConstraintsBuilder`](crate::types::builders::PortRangeConstraintsBuilder).
    pub fn builder() -> crate::types::builders::PortRangeConstraintsBuilder {
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
pub struct PortRangeParameterConfig {
    #[serde(rename = "constraints", default)]
    pub constraints: ::std::option::Option<crate::types::PortRangeConstraints>,
    #[serde(rename = "defaultValue", default)]
    pub default_value: ::std::option::Option<crate::types::ServiceNodePortRange>,
}
impl PortRangeParameterConfig {
    /// A new [`PortRangeParameterConfigBuilder`](crate::types::builders::PortRangeParameterConfigBuilder).
    pub fn builder() -> crate::types::builders::PortRangeParameterConfigBuilder {
        ::std::default::Default::default()
    }
}
/// Identifies the Key Management Service (KMS) key used to encrypt the secrets.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct Provider {
    /// Amazon Resource Name (ARN) or alias of the KMS key. The KMS key must be
    /// symmetric, created in the same region as the cluster, and if the KMS key was
    /// created in a different account, the user must have access to the KMS key. For
    /// more information, see [Allowing Users in Other Accounts to Use a KMS
    /// key](https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-modifying-external-accounts.html)
    /// in the *Key Management Service Developer Guide*.
    #[serde(
        rename = "keyArn",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub key_arn: ::std::option::Option<::std::string::String>,
}
impl Provider {
    /// A new [`ProviderBuilder`](crate::types::builders::ProviderBuilder).
    pub fn builder() -> crate::types::builders::ProviderBuilder {
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
pub enum ProvisionedControlPlaneTier {
    /// `standard`
    Standard,
    /// `tier-xl`
    TierXl,
    /// `tier-2xl`
    Tier2xl,
    /// `tier-4xl`
    Tier4xl,
    /// `tier-8xl`
    Tier8xl,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl ProvisionedControlPlaneTier {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Standard => "standard",
            Self::TierXl => "tier-xl",
            Self::Tier2xl => "tier-2xl",
            Self::Tier4xl => "tier-4xl",
            Self::Tier8xl => "tier-8xl",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["standard", "tier-xl", "tier-2xl", "tier-4xl", "tier-8xl"]
    }
}
impl ::std::convert::From<&str> for ProvisionedControlPlaneTier {
    fn from(s: &str) -> Self {
        match s {
            "standard" => Self::Standard,
            "tier-xl" => Self::TierXl,
            "tier-2xl" => Self::Tier2xl,
            "tier-4xl" => Self::Tier4xl,
            "tier-8xl" => Self::Tier8xl,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(ProvisionedControlPlaneTier);
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct RegisterClusterRequest {
    /// Unique, case-sensitive identifier that you provide to ensure the idempotency of
    /// the request.
    ///
    /// If not set, `send()` fills it with a random UUID (version 4), as the AWS SDKs
    /// do; every retry of that call sends the same one.
    #[serde(
        rename = "clientRequestToken",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub client_request_token: ::std::option::Option<::std::string::String>,
    /// The configuration settings required to connect the Kubernetes cluster to the
    /// Amazon EKS control plane.
    #[serde(rename = "connectorConfig")]
    pub connector_config: crate::types::ConnectorConfigRequest,
    /// Define a unique name for this cluster for your Region.
    #[serde(rename = "name")]
    pub name: ::std::string::String,
    /// The metadata that you apply to the cluster to assist with categorization and
    /// organization. Each tag consists of a key and an optional value, both of which
    /// you define. Cluster tags do not propagate to any other resources associated with
    /// the cluster.
    #[serde(
        rename = "tags",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
}
impl RegisterClusterRequest {
    /// A new [`RegisterClusterRequestBuilder`](crate::types::builders::RegisterClusterRequestBuilder).
    pub fn builder() -> crate::types::builders::RegisterClusterRequestBuilder {
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
pub struct RegisterClusterResponse {
    #[serde(rename = "cluster", default)]
    pub cluster: ::std::option::Option<crate::types::Cluster>,
}
impl RegisterClusterResponse {
    /// A new [`RegisterClusterResponseBuilder`](crate::types::builders::RegisterClusterResponseBuilder).
    pub fn builder() -> crate::types::builders::RegisterClusterResponseBuilder {
        ::std::default::Default::default()
    }
}
/// An object representing the remote access configuration for the managed node
/// group.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct RemoteAccessConfig {
    /// The Amazon EC2 SSH key name that provides access for SSH communication with the
    /// nodes in the managed node group. For more information, see [Amazon EC2 key pairs
    /// and Linux
    /// instances](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-key-pairs.html)
    /// in the *Amazon Elastic Compute Cloud User Guide for Linux Instances*. For
    /// Windows, an Amazon EC2 SSH key is used to obtain the RDP password. For more
    /// information, see [Amazon EC2 key pairs and Windows
    /// instances](https://docs.aws.amazon.com/AWSEC2/latest/WindowsGuide/ec2-key-pairs.html)
    /// in the *Amazon Elastic Compute Cloud User Guide for Windows Instances*.
    #[serde(
        rename = "ec2SshKey",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ec2_ssh_key: ::std::option::Option<::std::string::String>,
    /// The security group IDs that are allowed SSH access (port 22) to the nodes. For
    /// Windows, the port is 3389. If you specify an Amazon EC2 SSH key but don't
    /// specify a source security group when you create a managed node group, then the
    /// port on the nodes is opened to the internet (`0.0.0.0/0`). For more information,
    /// see [Security Groups for Your
    /// VPC](https://docs.aws.amazon.com/vpc/latest/userguide/VPC_SecurityGroups.html)
    /// in the *Amazon Virtual Private Cloud User Guide*.
    #[serde(
        rename = "sourceSecurityGroups",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub source_security_groups: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
}
impl RemoteAccessConfig {
    /// A new [`RemoteAccessConfigBuilder`](crate::types::builders::RemoteAccessConfigBuilder).
    pub fn builder() -> crate::types::builders::RemoteAccessConfigBuilder {
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
pub struct RemoteNetworkConfigRequest {
    #[serde(
        rename = "remoteNodeNetworks",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub remote_node_networks: ::std::option::Option<
        ::std::vec::Vec<crate::types::RemoteNodeNetwork>,
    >,
    #[serde(
        rename = "remotePodNetworks",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub remote_pod_networks: ::std::option::Option<
        ::std::vec::Vec<crate::types::RemotePodNetwork>,
    >,
}
impl RemoteNetworkConfigRequest {
    /// A new [`RemoteNetworkConfigRequestBuilder`](crate::types::builders::RemoteNetworkConfigRequestBuilder).
    pub fn builder() -> crate::types::builders::RemoteNetworkConfigRequestBuilder {
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
pub struct RemoteNetworkConfigResponse {
    #[serde(rename = "remoteNodeNetworks", default)]
    pub remote_node_networks: ::std::option::Option<
        ::std::vec::Vec<crate::types::RemoteNodeNetwork>,
    >,
    #[serde(rename = "remotePodNetworks", default)]
    pub remote_pod_networks: ::std::option::Option<
        ::std::vec::Vec<crate::types::RemotePodNetwork>,
    >,
}
impl RemoteNetworkConfigResponse {
    /// A new [`RemoteNetworkConfigResponseBuilder`](crate::types::builders::RemoteNetworkConfigResponseBuilder).
    pub fn builder() -> crate::types::builders::RemoteNetworkConfigResponseBuilder {
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
pub struct RemoteNodeNetwork {
    #[serde(
        rename = "cidrs",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cidrs: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
impl RemoteNodeNetwork {
    /// A new [`RemoteNodeNetworkBuilder`](crate::types::builders::RemoteNodeNetworkBuilder).
    pub fn builder() -> crate::types::builders::RemoteNodeNetworkBuilder {
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
pub struct RemotePodNetwork {
    #[serde(
        rename = "cidrs",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cidrs: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
impl RemotePodNetwork {
    /// A new [`RemotePodNetworkBuilder`](crate::types::builders::RemotePodNetworkBuilder).
    pub fn builder() -> crate::types::builders::RemotePodNetworkBuilder {
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
pub enum RepairAction {
    /// `Replace`
    Replace,
    /// `Reboot`
    Reboot,
    /// `NoAction`
    NoAction,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl RepairAction {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Replace => "Replace",
            Self::Reboot => "Reboot",
            Self::NoAction => "NoAction",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["Replace", "Reboot", "NoAction"]
    }
}
impl ::std::convert::From<&str> for RepairAction {
    fn from(s: &str) -> Self {
        match s {
            "Replace" => Self::Replace,
            "Reboot" => Self::Reboot,
            "NoAction" => Self::NoAction,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(RepairAction);
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
pub enum ResolveConflicts {
    /// `OVERWRITE`
    Overwrite,
    /// `NONE`
    None,
    /// `PRESERVE`
    Preserve,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl ResolveConflicts {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Overwrite => "OVERWRITE",
            Self::None => "NONE",
            Self::Preserve => "PRESERVE",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["OVERWRITE", "NONE", "PRESERVE"]
    }
}
impl ::std::convert::From<&str> for ResolveConflicts {
    fn from(s: &str) -> Self {
        match s {
            "OVERWRITE" => Self::Overwrite,
            "NONE" => Self::None,
            "PRESERVE" => Self::Preserve,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(ResolveConflicts);
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
pub struct ResourceConstraints {
    #[serde(rename = "name", default)]
    pub name: ::std::option::Option<crate::types::AllowedValuesConstraint>,
    #[serde(rename = "weight", default)]
    pub weight: ::std::option::Option<crate::types::IntegerRangeConstraint>,
}
impl ResourceConstraints {
    /// A new [`ResourceConstraintsBuilder`](crate::types::builders::ResourceConstraintsBuilder).
    pub fn builder() -> crate::types::builders::ResourceConstraintsBuilder {
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
pub struct ResourceWeight {
    #[serde(
        rename = "name",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "weight",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub weight: ::std::option::Option<i64>,
}
impl ResourceWeight {
    /// A new [`ResourceWeightBuilder`](crate::types::builders::ResourceWeightBuilder).
    pub fn builder() -> crate::types::builders::ResourceWeightBuilder {
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
pub struct RollbackConfig {
    #[serde(
        rename = "timeoutMinutes",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub timeout_minutes: ::std::option::Option<i64>,
}
impl RollbackConfig {
    /// A new [`RollbackConfigBuilder`](crate::types::builders::RollbackConfigBuilder).
    pub fn builder() -> crate::types::builders::RollbackConfigBuilder {
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
pub struct ScoringStrategy {
    #[serde(
        rename = "resources",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resources: ::std::option::Option<::std::vec::Vec<crate::types::ResourceWeight>>,
    #[serde(
        rename = "type",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub r#type: ::std::option::Option<crate::types::ScoringStrategyType>,
}
impl ScoringStrategy {
    /// A new [`ScoringStrategyBuilder`](crate::types::builders::ScoringStrategyBuilder).
    pub fn builder() -> crate::types::builders::ScoringStrategyBuilder {
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
pub struct ScoringStrategyConfig {
    #[serde(rename = "constraints", default)]
    pub constraints: ::std::option::Option<crate::types::ScoringStrategyConstraints>,
    #[serde(rename = "defaultValue", default)]
    pub default_value: ::std::option::Option<crate::types::ScoringStrategy>,
}
impl ScoringStrategyConfig {
    /// A new [`ScoringStrategyConfigBuilder`](crate::types::builders::ScoringStrategyConfigBuilder).
    pub fn builder() -> crate::types::builders::ScoringStrategyConfigBuilder {
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
pub struct ScoringStrategyConstraints {
    #[serde(rename = "resources", default)]
    pub resources: ::std::option::Option<crate::types::ResourceConstraints>,
    #[serde(rename = "scoringStrategy", default)]
    pub scoring_strategy: ::std::option::Option<crate::types::AllowedValuesConstraint>,
}
impl ScoringStrategyConstraints {
    /// A new [`ScoringStrategyConstraintsBuilder`](crate::types::builders::ScoringStrategyConstraintsBuilder).
    pub fn builder() -> crate::types::builders::ScoringStrategyConstraintsBuilder {
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
pub enum ScoringStrategyType {
    /// `LeastAllocated`
    LeastAllocated,
    /// `MostAllocated`
    MostAllocated,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl ScoringStrategyType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::LeastAllocated => "LeastAllocated",
            Self::MostAllocated => "MostAllocated",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["LeastAllocated", "MostAllocated"]
    }
}
impl ::std::convert::From<&str> for ScoringStrategyType {
    fn from(s: &str) -> Self {
        match s {
            "LeastAllocated" => Self::LeastAllocated,
            "MostAllocated" => Self::MostAllocated,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(ScoringStrategyType);
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
pub struct ServiceNodePortRange {
    #[serde(
        rename = "maxPort",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub max_port: ::std::option::Option<i64>,
    #[serde(
        rename = "minPort",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub min_port: ::std::option::Option<i64>,
}
impl ServiceNodePortRange {
    /// A new [`ServiceNodePortRangeBuilder`](crate::types::builders::ServiceNodePortRangeBuilder).
    pub fn builder() -> crate::types::builders::ServiceNodePortRangeBuilder {
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
pub enum SpreadLevel {
    /// `host`
    Host,
    /// `rack`
    Rack,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl SpreadLevel {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Host => "host",
            Self::Rack => "rack",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["host", "rack"]
    }
}
impl ::std::convert::From<&str> for SpreadLevel {
    fn from(s: &str) -> Self {
        match s {
            "host" => Self::Host,
            "rack" => Self::Rack,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(SpreadLevel);
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
pub struct SsoIdentity {
    #[serde(rename = "id", default)]
    pub id: ::std::string::String,
    #[serde(rename = "type")]
    pub r#type: crate::types::SsoIdentityType,
}
impl SsoIdentity {
    /// A new [`SsoIdentityBuilder`](crate::types::builders::SsoIdentityBuilder).
    pub fn builder() -> crate::types::builders::SsoIdentityBuilder {
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
pub enum SsoIdentityType {
    /// `SSO_USER`
    SsoUser,
    /// `SSO_GROUP`
    SsoGroup,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl SsoIdentityType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::SsoUser => "SSO_USER",
            Self::SsoGroup => "SSO_GROUP",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["SSO_USER", "SSO_GROUP"]
    }
}
impl ::std::convert::From<&str> for SsoIdentityType {
    fn from(s: &str) -> Self {
        match s {
            "SSO_USER" => Self::SsoUser,
            "SSO_GROUP" => Self::SsoGroup,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(SsoIdentityType);
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct StartInsightsRefreshRequest {
    #[serde(skip)]
    pub cluster_name: ::std::string::String,
}
impl StartInsightsRefreshRequest {
    /// A new [`StartInsightsRefreshRequestBuilder`](crate::types::builders::StartInsightsRefreshRequestBuilder).
    pub fn builder() -> crate::types::builders::StartInsightsRefreshRequestBuilder {
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
pub struct StartInsightsRefreshResponse {
    #[serde(rename = "message", default, alias = "Message")]
    pub message: ::std::option::Option<::std::string::String>,
    #[serde(rename = "status", default)]
    pub status: ::std::option::Option<crate::types::InsightsRefreshStatus>,
}
impl StartInsightsRefreshResponse {
    /// A new [`StartInsightsRefreshResponseBuilder`](crate::types::builders::StartInsightsRefreshResponseBuilder).
    pub fn builder() -> crate::types::builders::StartInsightsRefreshResponseBuilder {
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
pub struct StorageConfigRequest {
    #[serde(
        rename = "blockStorage",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub block_storage: ::std::option::Option<crate::types::BlockStorage>,
}
impl StorageConfigRequest {
    /// A new [`StorageConfigRequestBuilder`](crate::types::builders::StorageConfigRequestBuilder).
    pub fn builder() -> crate::types::builders::StorageConfigRequestBuilder {
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
pub struct StorageConfigResponse {
    #[serde(rename = "blockStorage", default)]
    pub block_storage: ::std::option::Option<crate::types::BlockStorage>,
}
impl StorageConfigResponse {
    /// A new [`StorageConfigResponseBuilder`](crate::types::builders::StorageConfigResponseBuilder).
    pub fn builder() -> crate::types::builders::StorageConfigResponseBuilder {
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
pub enum SupportType {
    /// `STANDARD`
    Standard,
    /// `EXTENDED`
    Extended,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl SupportType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Standard => "STANDARD",
            Self::Extended => "EXTENDED",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["STANDARD", "EXTENDED"]
    }
}
impl ::std::convert::From<&str> for SupportType {
    fn from(s: &str) -> Self {
        match s {
            "STANDARD" => Self::Standard,
            "EXTENDED" => Self::Extended,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(SupportType);
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct TagResourceRequest {
    /// The Amazon Resource Name (ARN) of the resource to which to add tags. Currently,
    /// the supported resources are Amazon EKS clusters and managed node groups.
    #[serde(skip)]
    pub resource_arn: ::std::string::String,
    /// The tags to add to the resource. A tag is an array of key-value pairs.
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
/// A property that allows a node to repel a set of pods. For more information, see
/// [Node taints on managed node
/// groups](https://docs.aws.amazon.com/eks/latest/userguide/node-taints-managed-node-groups.html).
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct Taint {
    /// The effect of the taint.
    #[serde(
        rename = "effect",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub effect: ::std::option::Option<crate::types::TaintEffect>,
    /// The key of the taint.
    #[serde(
        rename = "key",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub key: ::std::option::Option<::std::string::String>,
    /// The value of the taint.
    #[serde(
        rename = "value",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub value: ::std::option::Option<::std::string::String>,
}
impl Taint {
    /// A new [`TaintBuilder`](crate::types::builders::TaintBuilder).
    pub fn builder() -> crate::types::builders::TaintBuilder {
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
pub enum TaintEffect {
    /// `NO_SCHEDULE`
    NoSchedule,
    /// `NO_EXECUTE`
    NoExecute,
    /// `PREFER_NO_SCHEDULE`
    PreferNoSchedule,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl TaintEffect {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::NoSchedule => "NO_SCHEDULE",
            Self::NoExecute => "NO_EXECUTE",
            Self::PreferNoSchedule => "PREFER_NO_SCHEDULE",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["NO_SCHEDULE", "NO_EXECUTE", "PREFER_NO_SCHEDULE"]
    }
}
impl ::std::convert::From<&str> for TaintEffect {
    fn from(s: &str) -> Self {
        match s {
            "NO_SCHEDULE" => Self::NoSchedule,
            "NO_EXECUTE" => Self::NoExecute,
            "PREFER_NO_SCHEDULE" => Self::PreferNoSchedule,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(TaintEffect);
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct UntagResourceRequest {
    /// The Amazon Resource Name (ARN) of the resource from which to delete tags.
    /// Currently, the supported resources are Amazon EKS clusters and managed node
    /// groups.
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
/// An object representing an asynchronous update.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct Update {
    /// The Unix epoch timestamp in seconds for when the update was created.
    #[serde(rename = "createdAt", default)]
    pub created_at: ::std::option::Option<crate::runtime::Timestamp>,
    /// Any errors associated with a `Failed` update.
    #[serde(rename = "errors", default)]
    pub errors: ::std::option::Option<::std::vec::Vec<crate::types::ErrorDetail>>,
    /// A UUID that is used to track the update.
    #[serde(rename = "id", default)]
    pub id: ::std::option::Option<::std::string::String>,
    /// A key-value map that contains the parameters associated with the update.
    #[serde(rename = "params", default)]
    pub params: ::std::option::Option<::std::vec::Vec<crate::types::UpdateParam>>,
    /// The current status of the update.
    #[serde(rename = "status", default)]
    pub status: ::std::option::Option<crate::types::UpdateStatus>,
    /// The type of the update.
    #[serde(rename = "type", default)]
    pub r#type: ::std::option::Option<crate::types::UpdateType>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "cancellation", default)]
    pub cancellation: ::std::option::Option<crate::types::Cancellation>,
}
impl Update {
    /// A new [`UpdateBuilder`](crate::types::builders::UpdateBuilder).
    pub fn builder() -> crate::types::builders::UpdateBuilder {
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
pub struct UpdateAccessConfigRequest {
    #[serde(
        rename = "authenticationMode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub authentication_mode: ::std::option::Option<crate::types::AuthenticationMode>,
}
impl UpdateAccessConfigRequest {
    /// A new [`UpdateAccessConfigRequestBuilder`](crate::types::builders::UpdateAccessConfigRequestBuilder).
    pub fn builder() -> crate::types::builders::UpdateAccessConfigRequestBuilder {
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
pub struct UpdateAccessEntryRequest {
    /// If not set, `send()` fills it with a random UUID (version 4), as the AWS SDKs
    /// do; every retry of that call sends the same one.
    #[serde(
        rename = "clientRequestToken",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub client_request_token: ::std::option::Option<::std::string::String>,
    #[serde(skip)]
    pub cluster_name: ::std::string::String,
    #[serde(
        rename = "kubernetesGroups",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub kubernetes_groups: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(skip)]
    pub principal_arn: ::std::string::String,
    #[serde(
        rename = "username",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub username: ::std::option::Option<::std::string::String>,
}
impl UpdateAccessEntryRequest {
    /// A new [`UpdateAccessEntryRequestBuilder`](crate::types::builders::UpdateAccessEntryRequestBuilder).
    pub fn builder() -> crate::types::builders::UpdateAccessEntryRequestBuilder {
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
pub struct UpdateAccessEntryResponse {
    #[serde(rename = "accessEntry", default)]
    pub access_entry: ::std::option::Option<crate::types::AccessEntry>,
}
impl UpdateAccessEntryResponse {
    /// A new [`UpdateAccessEntryResponseBuilder`](crate::types::builders::UpdateAccessEntryResponseBuilder).
    pub fn builder() -> crate::types::builders::UpdateAccessEntryResponseBuilder {
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
pub struct UpdateAckConfig {
    #[serde(
        rename = "disabledServices",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disabled_services: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(
        rename = "enableCrossNamespace",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub enable_cross_namespace: ::std::option::Option<bool>,
}
impl UpdateAckConfig {
    /// A new [`UpdateAckConfigBuilder`](crate::types::builders::UpdateAckConfigBuilder).
    pub fn builder() -> crate::types::builders::UpdateAckConfigBuilder {
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
pub struct UpdateAddonRequest {
    /// The name of the add-on. The name must match one of the names returned by
    /// [`ListAddons`](https://docs.aws.amazon.com/eks/latest/APIReference/API_ListAddons.html)
    /// .
    #[serde(skip)]
    pub addon_name: ::std::string::String,
    /// The version of the add-on. The version must match one of the versions returned
    /// by
    /// [`DescribeAddonVersions`](https://docs.aws.amazon.com/eks/latest/APIReference/API_DescribeAddonVersions.html)
    /// .
    #[serde(
        rename = "addonVersion",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub addon_version: ::std::option::Option<::std::string::String>,
    /// Unique, case-sensitive identifier that you provide to ensure the idempotency of
    /// the request.
    ///
    /// If not set, `send()` fills it with a random UUID (version 4), as the AWS SDKs
    /// do; every retry of that call sends the same one.
    #[serde(
        rename = "clientRequestToken",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub client_request_token: ::std::option::Option<::std::string::String>,
    /// The name of the cluster.
    #[serde(skip)]
    pub cluster_name: ::std::string::String,
    /// The set of configuration values for the add-on that's created. The values that
    /// you provide are validated against the schema in
    /// [DescribeAddonConfiguration](https://docs.aws.amazon.com/eks/latest/APIReference/API_DescribeAddonConfiguration.html).
    #[serde(
        rename = "configurationValues",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub configuration_values: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "podIdentityAssociations",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub pod_identity_associations: ::std::option::Option<
        ::std::vec::Vec<crate::types::AddonPodIdentityAssociations>,
    >,
    /// How to resolve field value conflicts for an Amazon EKS add-on if you've changed
    /// a value from the Amazon EKS default value. Conflicts are handled based on the
    /// option you choose:
    ///
    /// - **None** – Amazon EKS doesn't change the value. The update might fail.
    /// - **Overwrite** – Amazon EKS overwrites the changed value back to the Amazon EKS
    ///   default value.
    /// - **Preserve** – Amazon EKS preserves the value. If you choose this option, we
    ///   recommend that you test any field and value changes on a non-production
    ///   cluster before updating the add-on on your production cluster.
    #[serde(
        rename = "resolveConflicts",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resolve_conflicts: ::std::option::Option<crate::types::ResolveConflicts>,
    /// The Amazon Resource Name (ARN) of an existing IAM role to bind to the add-on's
    /// service account. The role must be assigned the IAM permissions required by the
    /// add-on. If you don't specify an existing IAM role, then the add-on uses the
    /// permissions assigned to the node IAM role. For more information, see [Amazon EKS
    /// node IAM
    /// role](https://docs.aws.amazon.com/eks/latest/userguide/create-node-role.html) in
    /// the *Amazon EKS User Guide*.
    ///
    /// **Note:** To specify an existing IAM role, you must have an IAM OpenID Connect
    /// (OIDC) provider created for your cluster. For more information, see [Enabling
    /// IAM roles for service accounts on your
    /// cluster](https://docs.aws.amazon.com/eks/latest/userguide/enable-iam-roles-for-service-accounts.html)
    /// in the *Amazon EKS User Guide*.
    #[serde(
        rename = "serviceAccountRoleArn",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub service_account_role_arn: ::std::option::Option<::std::string::String>,
}
impl UpdateAddonRequest {
    /// A new [`UpdateAddonRequestBuilder`](crate::types::builders::UpdateAddonRequestBuilder).
    pub fn builder() -> crate::types::builders::UpdateAddonRequestBuilder {
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
pub struct UpdateAddonResponse {
    #[serde(rename = "update", default)]
    pub update: ::std::option::Option<crate::types::Update>,
}
impl UpdateAddonResponse {
    /// A new [`UpdateAddonResponseBuilder`](crate::types::builders::UpdateAddonResponseBuilder).
    pub fn builder() -> crate::types::builders::UpdateAddonResponseBuilder {
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
pub struct UpdateArgoCdConfig {
    #[serde(
        rename = "networkAccess",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub network_access: ::std::option::Option<
        crate::types::ArgoCdNetworkAccessConfigRequest,
    >,
    #[serde(
        rename = "rbacRoleMappings",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub rbac_role_mappings: ::std::option::Option<crate::types::UpdateRoleMappings>,
}
impl UpdateArgoCdConfig {
    /// A new [`UpdateArgoCdConfigBuilder`](crate::types::builders::UpdateArgoCdConfigBuilder).
    pub fn builder() -> crate::types::builders::UpdateArgoCdConfigBuilder {
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
pub struct UpdateCapabilityConfiguration {
    #[serde(
        rename = "ack",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ack: ::std::option::Option<crate::types::UpdateAckConfig>,
    #[serde(
        rename = "argoCd",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub argo_cd: ::std::option::Option<crate::types::UpdateArgoCdConfig>,
}
impl UpdateCapabilityConfiguration {
    /// A new [`UpdateCapabilityConfigurationBuilder`](crate::types::builders::UpdateCapabilityConfigurationBuilder).
    pub fn builder() -> crate::types::builders::UpdateCapabilityConfigurationBuilder {
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
pub struct UpdateCapabilityRequest {
    #[serde(skip)]
    pub capability_name: ::std::string::String,
    /// If not set, `send()` fills it with a random UUID (version 4), as the AWS SDKs
    /// do; every retry of that call sends the same one.
    #[serde(
        rename = "clientRequestToken",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub client_request_token: ::std::option::Option<::std::string::String>,
    #[serde(skip)]
    pub cluster_name: ::std::string::String,
    #[serde(
        rename = "configuration",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub configuration: ::std::option::Option<
        crate::types::UpdateCapabilityConfiguration,
    >,
    #[serde(
        rename = "deletePropagationPolicy",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub delete_propagation_policy: ::std::option::Option<
        crate::types::CapabilityDeletePropagationPolicy,
    >,
    #[serde(
        rename = "roleArn",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub role_arn: ::std::option::Option<::std::string::String>,
}
impl UpdateCapabilityRequest {
    /// A new [`UpdateCapabilityRequestBuilder`](crate::types::builders::UpdateCapabilityRequestBuilder).
    pub fn builder() -> crate::types::builders::UpdateCapabilityRequestBuilder {
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
pub struct UpdateCapabilityResponse {
    #[serde(rename = "update", default)]
    pub update: ::std::option::Option<crate::types::Update>,
}
impl UpdateCapabilityResponse {
    /// A new [`UpdateCapabilityResponseBuilder`](crate::types::builders::UpdateCapabilityResponseBuilder).
    pub fn builder() -> crate::types::builders::UpdateCapabilityResponseBuilder {
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
pub struct UpdateClusterConfigRequest {
    #[serde(
        rename = "accessConfig",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub access_config: ::std::option::Option<crate::types::UpdateAccessConfigRequest>,
    /// Unique, case-sensitive identifier that you provide to ensure the idempotency of
    /// the request.
    ///
    /// If not set, `send()` fills it with a random UUID (version 4), as the AWS SDKs
    /// do; every retry of that call sends the same one.
    #[serde(
        rename = "clientRequestToken",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub client_request_token: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "computeConfig",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub compute_config: ::std::option::Option<crate::types::ComputeConfigRequest>,
    #[serde(
        rename = "controlPlaneScalingConfig",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub control_plane_scaling_config: ::std::option::Option<
        crate::types::ControlPlaneScalingConfig,
    >,
    #[serde(
        rename = "deletionProtection",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub deletion_protection: ::std::option::Option<bool>,
    #[serde(
        rename = "kubeApiServerConfig",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub kube_api_server_config: ::std::option::Option<
        crate::types::KubeApiServerConfigRequest,
    >,
    #[serde(
        rename = "kubeControllerManagerConfig",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub kube_controller_manager_config: ::std::option::Option<
        crate::types::KubeControllerManagerConfigRequest,
    >,
    #[serde(
        rename = "kubeSchedulerConfig",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub kube_scheduler_config: ::std::option::Option<
        crate::types::KubeSchedulerConfigRequest,
    >,
    #[serde(
        rename = "kubernetesNetworkConfig",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub kubernetes_network_config: ::std::option::Option<
        crate::types::KubernetesNetworkConfigRequest,
    >,
    /// Enable or disable exporting the Kubernetes control plane logs for your cluster
    /// to CloudWatch Logs. By default, cluster control plane logs aren't exported to
    /// CloudWatch Logs. For more information, see [Amazon EKS cluster control plane
    /// logs](https://docs.aws.amazon.com/eks/latest/userguide/control-plane-logs.html)
    /// in the *Amazon EKS User Guide* .
    ///
    /// **Note:** CloudWatch Logs ingestion, archive storage, and data scanning rates
    /// apply to exported control plane logs. For more information, see [CloudWatch
    /// Pricing](http://aws.amazon.com/cloudwatch/pricing/).
    #[serde(
        rename = "logging",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub logging: ::std::option::Option<crate::types::Logging>,
    /// The name of the Amazon EKS cluster to update.
    #[serde(skip)]
    pub name: ::std::string::String,
    #[serde(
        rename = "remoteNetworkConfig",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub remote_network_config: ::std::option::Option<
        crate::types::RemoteNetworkConfigRequest,
    >,
    /// An object representing the VPC configuration to use for an Amazon EKS cluster.
    #[serde(
        rename = "resourcesVpcConfig",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resources_vpc_config: ::std::option::Option<crate::types::VpcConfigRequest>,
    #[serde(
        rename = "storageConfig",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub storage_config: ::std::option::Option<crate::types::StorageConfigRequest>,
    #[serde(
        rename = "upgradePolicy",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub upgrade_policy: ::std::option::Option<crate::types::UpgradePolicyRequest>,
    #[serde(
        rename = "zonalShiftConfig",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub zonal_shift_config: ::std::option::Option<crate::types::ZonalShiftConfigRequest>,
}
impl UpdateClusterConfigRequest {
    /// A new [`UpdateClusterConfigRequestBuilder`](crate::types::builders::UpdateClusterConfigRequestBuilder).
    pub fn builder() -> crate::types::builders::UpdateClusterConfigRequestBuilder {
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
pub struct UpdateClusterConfigResponse {
    #[serde(rename = "update", default)]
    pub update: ::std::option::Option<crate::types::Update>,
}
impl UpdateClusterConfigResponse {
    /// A new [`UpdateClusterConfigResponseBuilder`](crate::types::builders::UpdateClusterConfigResponseBuilder).
    pub fn builder() -> crate::types::builders::UpdateClusterConfigResponseBuilder {
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
pub struct UpdateClusterVersionRequest {
    /// Unique, case-sensitive identifier that you provide to ensure the idempotency of
    /// the request.
    ///
    /// If not set, `send()` fills it with a random UUID (version 4), as the AWS SDKs
    /// do; every retry of that call sends the same one.
    #[serde(
        rename = "clientRequestToken",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub client_request_token: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "force",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub force: ::std::option::Option<bool>,
    /// The name of the Amazon EKS cluster to update.
    #[serde(skip)]
    pub name: ::std::string::String,
    #[serde(
        rename = "rollbackConfig",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub rollback_config: ::std::option::Option<crate::types::RollbackConfig>,
    /// The desired Kubernetes version following a successful update.
    #[serde(rename = "version")]
    pub version: ::std::string::String,
}
impl UpdateClusterVersionRequest {
    /// A new [`UpdateClusterVersionRequestBuilder`](crate::types::builders::UpdateClusterVersionRequestBuilder).
    pub fn builder() -> crate::types::builders::UpdateClusterVersionRequestBuilder {
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
pub struct UpdateClusterVersionResponse {
    /// The full description of the specified update
    #[serde(rename = "update", default)]
    pub update: ::std::option::Option<crate::types::Update>,
}
impl UpdateClusterVersionResponse {
    /// A new [`UpdateClusterVersionResponseBuilder`](crate::types::builders::UpdateClusterVersionResponseBuilder).
    pub fn builder() -> crate::types::builders::UpdateClusterVersionResponseBuilder {
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
pub struct UpdateEksAnywhereSubscriptionRequest {
    #[serde(rename = "autoRenew")]
    pub auto_renew: bool,
    /// If not set, `send()` fills it with a random UUID (version 4), as the AWS SDKs
    /// do; every retry of that call sends the same one.
    #[serde(
        rename = "clientRequestToken",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub client_request_token: ::std::option::Option<::std::string::String>,
    #[serde(skip)]
    pub id: ::std::string::String,
}
impl UpdateEksAnywhereSubscriptionRequest {
    /// A new [`UpdateEksAnywhereSubscriptionRequestBuilder`](crate::types::builders::UpdateEksAnywhereSubscriptionRequestBuilder).
    pub fn builder() -> crate::types::builders::UpdateEksAnywhereSubscriptionRequestBuilder {
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
pub struct UpdateEksAnywhereSubscriptionResponse {
    #[serde(rename = "subscription", default)]
    pub subscription: ::std::option::Option<crate::types::EksAnywhereSubscription>,
}
impl UpdateEksAnywhereSubscriptionResponse {
    /// A new [`UpdateEksAnywhereSubscriptionResponseBuilder`](crate::types::builders::UpdateEksAnywhereSubscriptionResponseBuilder).
    pub fn builder() -> crate::types::builders::UpdateEksAnywhereSubscriptionResponseBuilder {
        ::std::default::Default::default()
    }
}
/// An object representing a Kubernetes label change for a managed node group.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct UpdateLabelsPayload {
    /// Kubernetes labels to be added or updated.
    #[serde(
        rename = "addOrUpdateLabels",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub add_or_update_labels: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    /// Kubernetes labels to be removed.
    #[serde(
        rename = "removeLabels",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub remove_labels: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
impl UpdateLabelsPayload {
    /// A new [`UpdateLabelsPayloadBuilder`](crate::types::builders::UpdateLabelsPayloadBuilder).
    pub fn builder() -> crate::types::builders::UpdateLabelsPayloadBuilder {
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
pub struct UpdateNodegroupConfigRequest {
    /// Unique, case-sensitive identifier that you provide to ensure the idempotency of
    /// the request.
    ///
    /// If not set, `send()` fills it with a random UUID (version 4), as the AWS SDKs
    /// do; every retry of that call sends the same one.
    #[serde(
        rename = "clientRequestToken",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub client_request_token: ::std::option::Option<::std::string::String>,
    /// The name of the Amazon EKS cluster that the managed node group resides in.
    #[serde(skip)]
    pub cluster_name: ::std::string::String,
    /// The Kubernetes labels to be applied to the nodes in the node group after the
    /// update.
    #[serde(
        rename = "labels",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub labels: ::std::option::Option<crate::types::UpdateLabelsPayload>,
    #[serde(
        rename = "nodeRepairConfig",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub node_repair_config: ::std::option::Option<crate::types::NodeRepairConfig>,
    /// The name of the managed node group to update.
    #[serde(skip)]
    pub nodegroup_name: ::std::string::String,
    /// The scaling configuration details for the Auto Scaling group after the update.
    #[serde(
        rename = "scalingConfig",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub scaling_config: ::std::option::Option<crate::types::NodegroupScalingConfig>,
    /// The Kubernetes taints to be applied to the nodes in the node group after the
    /// update. For more information, see [Node taints on managed node
    /// groups](https://docs.aws.amazon.com/eks/latest/userguide/node-taints-managed-node-groups.html).
    #[serde(
        rename = "taints",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub taints: ::std::option::Option<crate::types::UpdateTaintsPayload>,
    /// The node group update configuration.
    #[serde(
        rename = "updateConfig",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub update_config: ::std::option::Option<crate::types::NodegroupUpdateConfig>,
    #[serde(
        rename = "warmPoolConfig",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub warm_pool_config: ::std::option::Option<crate::types::WarmPoolConfig>,
}
impl UpdateNodegroupConfigRequest {
    /// A new [`UpdateNodegroupConfigRequestBuilder`](crate::types::builders::UpdateNodegroupConfigRequestBuilder).
    pub fn builder() -> crate::types::builders::UpdateNodegroupConfigRequestBuilder {
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
pub struct UpdateNodegroupConfigResponse {
    #[serde(rename = "update", default)]
    pub update: ::std::option::Option<crate::types::Update>,
}
impl UpdateNodegroupConfigResponse {
    /// A new [`UpdateNodegroupConfigResponseBuilder`](crate::types::builders::UpdateNodegroupConfigResponseBuilder).
    pub fn builder() -> crate::types::builders::UpdateNodegroupConfigResponseBuilder {
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
pub struct UpdateNodegroupVersionRequest {
    /// Unique, case-sensitive identifier that you provide to ensure the idempotency of
    /// the request.
    ///
    /// If not set, `send()` fills it with a random UUID (version 4), as the AWS SDKs
    /// do; every retry of that call sends the same one.
    #[serde(
        rename = "clientRequestToken",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub client_request_token: ::std::option::Option<::std::string::String>,
    /// The name of the Amazon EKS cluster that is associated with the managed node
    /// group to update.
    #[serde(skip)]
    pub cluster_name: ::std::string::String,
    /// Force the update if the existing node group's pods are unable to be drained due
    /// to a pod disruption budget issue. If an update fails because pods could not be
    /// drained, you can force the update after it fails to terminate the old node
    /// whether or not any pods are running on the node.
    #[serde(
        rename = "force",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub force: ::std::option::Option<bool>,
    /// An object representing a node group's launch template specification. You can
    /// only update a node group using a launch template if the node group was
    /// originally deployed with a launch template.
    #[serde(
        rename = "launchTemplate",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub launch_template: ::std::option::Option<
        crate::types::LaunchTemplateSpecification,
    >,
    /// The name of the managed node group to update.
    #[serde(skip)]
    pub nodegroup_name: ::std::string::String,
    /// The AMI version of the Amazon EKS optimized AMI to use for the update. By
    /// default, the latest available AMI version for the node group's Kubernetes
    /// version is used. For information about Linux versions, see [Amazon EKS optimized
    /// Amazon Linux AMI
    /// versions](https://docs.aws.amazon.com/eks/latest/userguide/eks-linux-ami-versions.html)
    /// in the *Amazon EKS User Guide*. Amazon EKS managed node groups support the
    /// November 2022 and later releases of the Windows AMIs. For information about
    /// Windows versions, see [Amazon EKS optimized Windows AMI
    /// versions](https://docs.aws.amazon.com/eks/latest/userguide/eks-ami-versions-windows.html)
    /// in the *Amazon EKS User Guide*.
    ///
    /// If you specify `launchTemplate`, and your launch template uses a custom AMI,
    /// then don't specify `releaseVersion`, or the node group update will fail. For
    /// more information about using launch templates with Amazon EKS, see [Launch
    /// template
    /// support](https://docs.aws.amazon.com/eks/latest/userguide/launch-templates.html)
    /// in the *Amazon EKS User Guide*.
    #[serde(
        rename = "releaseVersion",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub release_version: ::std::option::Option<::std::string::String>,
    /// The Kubernetes version to update to. If no version is specified, then the
    /// Kubernetes version of the node group does not change. You can specify the
    /// Kubernetes version of the cluster to update the node group to the latest AMI
    /// version of the cluster's Kubernetes version. If you specify `launchTemplate`,
    /// and your launch template uses a custom AMI, then don't specify `version`, or the
    /// node group update will fail. For more information about using launch templates
    /// with Amazon EKS, see [Launch template
    /// support](https://docs.aws.amazon.com/eks/latest/userguide/launch-templates.html)
    /// in the *Amazon EKS User Guide*.
    #[serde(
        rename = "version",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub version: ::std::option::Option<::std::string::String>,
}
impl UpdateNodegroupVersionRequest {
    /// A new [`UpdateNodegroupVersionRequestBuilder`](crate::types::builders::UpdateNodegroupVersionRequestBuilder).
    pub fn builder() -> crate::types::builders::UpdateNodegroupVersionRequestBuilder {
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
pub struct UpdateNodegroupVersionResponse {
    #[serde(rename = "update", default)]
    pub update: ::std::option::Option<crate::types::Update>,
}
impl UpdateNodegroupVersionResponse {
    /// A new [`UpdateNodegroupVersionResponseBuilder`](crate::types::builders::UpdateNodegroupVersionResponseBuilder).
    pub fn builder() -> crate::types::builders::UpdateNodegroupVersionResponseBuilder {
        ::std::default::Default::default()
    }
}
/// An object representing the details of an update request.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct UpdateParam {
    /// The keys associated with an update request.
    #[serde(rename = "type", default)]
    pub r#type: ::std::option::Option<crate::types::UpdateParamType>,
    /// The value of the keys submitted as part of an update request.
    #[serde(rename = "value", default)]
    pub value: ::std::option::Option<::std::string::String>,
}
impl UpdateParam {
    /// A new [`UpdateParamBuilder`](crate::types::builders::UpdateParamBuilder).
    pub fn builder() -> crate::types::builders::UpdateParamBuilder {
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
pub enum UpdateParamType {
    /// `Version`
    Version,
    /// `PlatformVersion`
    PlatformVersion,
    /// `EndpointPrivateAccess`
    EndpointPrivateAccess,
    /// `EndpointPublicAccess`
    EndpointPublicAccess,
    /// `ClusterLogging`
    ClusterLogging,
    /// `DesiredSize`
    DesiredSize,
    /// `LabelsToAdd`
    LabelsToAdd,
    /// `LabelsToRemove`
    LabelsToRemove,
    /// `TaintsToAdd`
    TaintsToAdd,
    /// `TaintsToRemove`
    TaintsToRemove,
    /// `MaxSize`
    MaxSize,
    /// `MinSize`
    MinSize,
    /// `ReleaseVersion`
    ReleaseVersion,
    /// `PublicAccessCidrs`
    PublicAccessCidrs,
    /// `LaunchTemplateName`
    LaunchTemplateName,
    /// `LaunchTemplateVersion`
    LaunchTemplateVersion,
    /// `IdentityProviderConfig`
    IdentityProviderConfig,
    /// `EncryptionConfig`
    EncryptionConfig,
    /// `AddonVersion`
    AddonVersion,
    /// `ServiceAccountRoleArn`
    ServiceAccountRoleArn,
    /// `ResolveConflicts`
    ResolveConflicts,
    /// `MaxUnavailable`
    MaxUnavailable,
    /// `MaxUnavailablePercentage`
    MaxUnavailablePercentage,
    /// `NodeRepairEnabled`
    NodeRepairEnabled,
    /// `UpdateStrategy`
    UpdateStrategy,
    /// `ConfigurationValues`
    ConfigurationValues,
    /// `SecurityGroups`
    SecurityGroups,
    /// `Subnets`
    Subnets,
    /// `AuthenticationMode`
    AuthenticationMode,
    /// `PodIdentityAssociations`
    PodIdentityAssociations,
    /// `UpgradePolicy`
    UpgradePolicy,
    /// `ZonalShiftConfig`
    ZonalShiftConfig,
    /// `ComputeConfig`
    ComputeConfig,
    /// `StorageConfig`
    StorageConfig,
    /// `KubernetesNetworkConfig`
    KubernetesNetworkConfig,
    /// `RemoteNetworkConfig`
    RemoteNetworkConfig,
    /// `DeletionProtection`
    DeletionProtection,
    /// `NodeRepairConfig`
    NodeRepairConfig,
    /// `RoleArn`
    RoleArn,
    /// `RoleMappingsToAddOrUpdate`
    RoleMappingsToAddOrUpdate,
    /// `RoleMappingsToRemove`
    RoleMappingsToRemove,
    /// `NetworkAccess`
    NetworkAccess,
    /// `VendedLogs`
    VendedLogs,
    /// `UpdatedTier`
    UpdatedTier,
    /// `PreviousTier`
    PreviousTier,
    /// `EnableCrossNamespace`
    EnableCrossNamespace,
    /// `DisabledServices`
    DisabledServices,
    /// `WarmPoolEnabled`
    WarmPoolEnabled,
    /// `WarmPoolMaxGroupPreparedCapacity`
    WarmPoolMaxGroupPreparedCapacity,
    /// `WarmPoolMinSize`
    WarmPoolMinSize,
    /// `WarmPoolState`
    WarmPoolState,
    /// `WarmPoolReuseOnScaleIn`
    WarmPoolReuseOnScaleIn,
    /// `ControlPlaneEgressMode`
    ControlPlaneEgressMode,
    /// `KubeApiServerConfig`
    KubeApiServerConfig,
    /// `KubeSchedulerConfig`
    KubeSchedulerConfig,
    /// `KubeControllerManagerConfig`
    KubeControllerManagerConfig,
    /// `ActiveCertificateAuthority`
    ActiveCertificateAuthority,
    /// `TrustedCertificateAuthorities`
    TrustedCertificateAuthorities,
    /// `CertificateAuthorityId`
    CertificateAuthorityId,
    /// `SigningStatus`
    SigningStatus,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl UpdateParamType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Version => "Version",
            Self::PlatformVersion => "PlatformVersion",
            Self::EndpointPrivateAccess => "EndpointPrivateAccess",
            Self::EndpointPublicAccess => "EndpointPublicAccess",
            Self::ClusterLogging => "ClusterLogging",
            Self::DesiredSize => "DesiredSize",
            Self::LabelsToAdd => "LabelsToAdd",
            Self::LabelsToRemove => "LabelsToRemove",
            Self::TaintsToAdd => "TaintsToAdd",
            Self::TaintsToRemove => "TaintsToRemove",
            Self::MaxSize => "MaxSize",
            Self::MinSize => "MinSize",
            Self::ReleaseVersion => "ReleaseVersion",
            Self::PublicAccessCidrs => "PublicAccessCidrs",
            Self::LaunchTemplateName => "LaunchTemplateName",
            Self::LaunchTemplateVersion => "LaunchTemplateVersion",
            Self::IdentityProviderConfig => "IdentityProviderConfig",
            Self::EncryptionConfig => "EncryptionConfig",
            Self::AddonVersion => "AddonVersion",
            Self::ServiceAccountRoleArn => "ServiceAccountRoleArn",
            Self::ResolveConflicts => "ResolveConflicts",
            Self::MaxUnavailable => "MaxUnavailable",
            Self::MaxUnavailablePercentage => "MaxUnavailablePercentage",
            Self::NodeRepairEnabled => "NodeRepairEnabled",
            Self::UpdateStrategy => "UpdateStrategy",
            Self::ConfigurationValues => "ConfigurationValues",
            Self::SecurityGroups => "SecurityGroups",
            Self::Subnets => "Subnets",
            Self::AuthenticationMode => "AuthenticationMode",
            Self::PodIdentityAssociations => "PodIdentityAssociations",
            Self::UpgradePolicy => "UpgradePolicy",
            Self::ZonalShiftConfig => "ZonalShiftConfig",
            Self::ComputeConfig => "ComputeConfig",
            Self::StorageConfig => "StorageConfig",
            Self::KubernetesNetworkConfig => "KubernetesNetworkConfig",
            Self::RemoteNetworkConfig => "RemoteNetworkConfig",
            Self::DeletionProtection => "DeletionProtection",
            Self::NodeRepairConfig => "NodeRepairConfig",
            Self::RoleArn => "RoleArn",
            Self::RoleMappingsToAddOrUpdate => "RoleMappingsToAddOrUpdate",
            Self::RoleMappingsToRemove => "RoleMappingsToRemove",
            Self::NetworkAccess => "NetworkAccess",
            Self::VendedLogs => "VendedLogs",
            Self::UpdatedTier => "UpdatedTier",
            Self::PreviousTier => "PreviousTier",
            Self::EnableCrossNamespace => "EnableCrossNamespace",
            Self::DisabledServices => "DisabledServices",
            Self::WarmPoolEnabled => "WarmPoolEnabled",
            Self::WarmPoolMaxGroupPreparedCapacity => "WarmPoolMaxGroupPreparedCapacity",
            Self::WarmPoolMinSize => "WarmPoolMinSize",
            Self::WarmPoolState => "WarmPoolState",
            Self::WarmPoolReuseOnScaleIn => "WarmPoolReuseOnScaleIn",
            Self::ControlPlaneEgressMode => "ControlPlaneEgressMode",
            Self::KubeApiServerConfig => "KubeApiServerConfig",
            Self::KubeSchedulerConfig => "KubeSchedulerConfig",
            Self::KubeControllerManagerConfig => "KubeControllerManagerConfig",
            Self::ActiveCertificateAuthority => "ActiveCertificateAuthority",
            Self::TrustedCertificateAuthorities => "TrustedCertificateAuthorities",
            Self::CertificateAuthorityId => "CertificateAuthorityId",
            Self::SigningStatus => "SigningStatus",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &[
            "Version",
            "PlatformVersion",
            "EndpointPrivateAccess",
            "EndpointPublicAccess",
            "ClusterLogging",
            "DesiredSize",
            "LabelsToAdd",
            "LabelsToRemove",
            "TaintsToAdd",
            "TaintsToRemove",
            "MaxSize",
            "MinSize",
            "ReleaseVersion",
            "PublicAccessCidrs",
            "LaunchTemplateName",
            "LaunchTemplateVersion",
            "IdentityProviderConfig",
            "EncryptionConfig",
            "AddonVersion",
            "ServiceAccountRoleArn",
            "ResolveConflicts",
            "MaxUnavailable",
            "MaxUnavailablePercentage",
            "NodeRepairEnabled",
            "UpdateStrategy",
            "ConfigurationValues",
            "SecurityGroups",
            "Subnets",
            "AuthenticationMode",
            "PodIdentityAssociations",
            "UpgradePolicy",
            "ZonalShiftConfig",
            "ComputeConfig",
            "StorageConfig",
            "KubernetesNetworkConfig",
            "RemoteNetworkConfig",
            "DeletionProtection",
            "NodeRepairConfig",
            "RoleArn",
            "RoleMappingsToAddOrUpdate",
            "RoleMappingsToRemove",
            "NetworkAccess",
            "VendedLogs",
            "UpdatedTier",
            "PreviousTier",
            "EnableCrossNamespace",
            "DisabledServices",
            "WarmPoolEnabled",
            "WarmPoolMaxGroupPreparedCapacity",
            "WarmPoolMinSize",
            "WarmPoolState",
            "WarmPoolReuseOnScaleIn",
            "ControlPlaneEgressMode",
            "KubeApiServerConfig",
            "KubeSchedulerConfig",
            "KubeControllerManagerConfig",
            "ActiveCertificateAuthority",
            "TrustedCertificateAuthorities",
            "CertificateAuthorityId",
            "SigningStatus",
        ]
    }
}
impl ::std::convert::From<&str> for UpdateParamType {
    fn from(s: &str) -> Self {
        match s {
            "Version" => Self::Version,
            "PlatformVersion" => Self::PlatformVersion,
            "EndpointPrivateAccess" => Self::EndpointPrivateAccess,
            "EndpointPublicAccess" => Self::EndpointPublicAccess,
            "ClusterLogging" => Self::ClusterLogging,
            "DesiredSize" => Self::DesiredSize,
            "LabelsToAdd" => Self::LabelsToAdd,
            "LabelsToRemove" => Self::LabelsToRemove,
            "TaintsToAdd" => Self::TaintsToAdd,
            "TaintsToRemove" => Self::TaintsToRemove,
            "MaxSize" => Self::MaxSize,
            "MinSize" => Self::MinSize,
            "ReleaseVersion" => Self::ReleaseVersion,
            "PublicAccessCidrs" => Self::PublicAccessCidrs,
            "LaunchTemplateName" => Self::LaunchTemplateName,
            "LaunchTemplateVersion" => Self::LaunchTemplateVersion,
            "IdentityProviderConfig" => Self::IdentityProviderConfig,
            "EncryptionConfig" => Self::EncryptionConfig,
            "AddonVersion" => Self::AddonVersion,
            "ServiceAccountRoleArn" => Self::ServiceAccountRoleArn,
            "ResolveConflicts" => Self::ResolveConflicts,
            "MaxUnavailable" => Self::MaxUnavailable,
            "MaxUnavailablePercentage" => Self::MaxUnavailablePercentage,
            "NodeRepairEnabled" => Self::NodeRepairEnabled,
            "UpdateStrategy" => Self::UpdateStrategy,
            "ConfigurationValues" => Self::ConfigurationValues,
            "SecurityGroups" => Self::SecurityGroups,
            "Subnets" => Self::Subnets,
            "AuthenticationMode" => Self::AuthenticationMode,
            "PodIdentityAssociations" => Self::PodIdentityAssociations,
            "UpgradePolicy" => Self::UpgradePolicy,
            "ZonalShiftConfig" => Self::ZonalShiftConfig,
            "ComputeConfig" => Self::ComputeConfig,
            "StorageConfig" => Self::StorageConfig,
            "KubernetesNetworkConfig" => Self::KubernetesNetworkConfig,
            "RemoteNetworkConfig" => Self::RemoteNetworkConfig,
            "DeletionProtection" => Self::DeletionProtection,
            "NodeRepairConfig" => Self::NodeRepairConfig,
            "RoleArn" => Self::RoleArn,
            "RoleMappingsToAddOrUpdate" => Self::RoleMappingsToAddOrUpdate,
            "RoleMappingsToRemove" => Self::RoleMappingsToRemove,
            "NetworkAccess" => Self::NetworkAccess,
            "VendedLogs" => Self::VendedLogs,
            "UpdatedTier" => Self::UpdatedTier,
            "PreviousTier" => Self::PreviousTier,
            "EnableCrossNamespace" => Self::EnableCrossNamespace,
            "DisabledServices" => Self::DisabledServices,
            "WarmPoolEnabled" => Self::WarmPoolEnabled,
            "WarmPoolMaxGroupPreparedCapacity" => Self::WarmPoolMaxGroupPreparedCapacity,
            "WarmPoolMinSize" => Self::WarmPoolMinSize,
            "WarmPoolState" => Self::WarmPoolState,
            "WarmPoolReuseOnScaleIn" => Self::WarmPoolReuseOnScaleIn,
            "ControlPlaneEgressMode" => Self::ControlPlaneEgressMode,
            "KubeApiServerConfig" => Self::KubeApiServerConfig,
            "KubeSchedulerConfig" => Self::KubeSchedulerConfig,
            "KubeControllerManagerConfig" => Self::KubeControllerManagerConfig,
            "ActiveCertificateAuthority" => Self::ActiveCertificateAuthority,
            "TrustedCertificateAuthorities" => Self::TrustedCertificateAuthorities,
            "CertificateAuthorityId" => Self::CertificateAuthorityId,
            "SigningStatus" => Self::SigningStatus,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(UpdateParamType);
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct UpdatePodIdentityAssociationRequest {
    #[serde(skip)]
    pub association_id: ::std::string::String,
    /// If not set, `send()` fills it with a random UUID (version 4), as the AWS SDKs
    /// do; every retry of that call sends the same one.
    #[serde(
        rename = "clientRequestToken",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub client_request_token: ::std::option::Option<::std::string::String>,
    #[serde(skip)]
    pub cluster_name: ::std::string::String,
    #[serde(
        rename = "disableSessionTags",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disable_session_tags: ::std::option::Option<bool>,
    #[serde(
        rename = "policy",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub policy: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "roleArn",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub role_arn: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "targetRoleArn",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub target_role_arn: ::std::option::Option<::std::string::String>,
}
impl UpdatePodIdentityAssociationRequest {
    /// A new [`UpdatePodIdentityAssociationRequestBuilder`](crate::types::builders::UpdatePodIdentityAssociationRequestBuilder).
    pub fn builder() -> crate::types::builders::UpdatePodIdentityAssociationRequestBuilder {
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
pub struct UpdatePodIdentityAssociationResponse {
    #[serde(rename = "association", default)]
    pub association: ::std::option::Option<crate::types::PodIdentityAssociation>,
}
impl UpdatePodIdentityAssociationResponse {
    /// A new [`UpdatePodIdentityAssociationResponseBuilder`](crate::types::builders::UpdatePodIdentityAssociationResponseBuilder).
    pub fn builder() -> crate::types::builders::UpdatePodIdentityAssociationResponseBuilder {
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
pub struct UpdateRoleMappings {
    #[serde(
        rename = "addOrUpdateRoleMappings",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub add_or_update_role_mappings: ::std::option::Option<
        ::std::vec::Vec<crate::types::ArgoCdRoleMapping>,
    >,
    #[serde(
        rename = "removeRoleMappings",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub remove_role_mappings: ::std::option::Option<
        ::std::vec::Vec<crate::types::ArgoCdRoleMapping>,
    >,
}
impl UpdateRoleMappings {
    /// A new [`UpdateRoleMappingsBuilder`](crate::types::builders::UpdateRoleMappingsBuilder).
    pub fn builder() -> crate::types::builders::UpdateRoleMappingsBuilder {
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
pub enum UpdateStatus {
    /// `InProgress`
    InProgress,
    /// `Failed`
    Failed,
    /// `Cancelled`
    Cancelled,
    /// `Successful`
    Successful,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl UpdateStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::InProgress => "InProgress",
            Self::Failed => "Failed",
            Self::Cancelled => "Cancelled",
            Self::Successful => "Successful",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["InProgress", "Failed", "Cancelled", "Successful"]
    }
}
impl ::std::convert::From<&str> for UpdateStatus {
    fn from(s: &str) -> Self {
        match s {
            "InProgress" => Self::InProgress,
            "Failed" => Self::Failed,
            "Cancelled" => Self::Cancelled,
            "Successful" => Self::Successful,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(UpdateStatus);
/// An object representing the details of an update to a taints payload. For more
/// information, see [Node taints on managed node
/// groups](https://docs.aws.amazon.com/eks/latest/userguide/node-taints-managed-node-groups.html).
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct UpdateTaintsPayload {
    /// Kubernetes taints to be added or updated.
    #[serde(
        rename = "addOrUpdateTaints",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub add_or_update_taints: ::std::option::Option<
        ::std::vec::Vec<crate::types::Taint>,
    >,
    /// Kubernetes taints to remove.
    #[serde(
        rename = "removeTaints",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub remove_taints: ::std::option::Option<::std::vec::Vec<crate::types::Taint>>,
}
impl UpdateTaintsPayload {
    /// A new [`UpdateTaintsPayloadBuilder`](crate::types::builders::UpdateTaintsPayloadBuilder).
    pub fn builder() -> crate::types::builders::UpdateTaintsPayloadBuilder {
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
pub enum UpdateType {
    /// `VersionUpdate`
    VersionUpdate,
    /// `EndpointAccessUpdate`
    EndpointAccessUpdate,
    /// `LoggingUpdate`
    LoggingUpdate,
    /// `ConfigUpdate`
    ConfigUpdate,
    /// `AssociateIdentityProviderConfig`
    AssociateIdentityProviderConfig,
    /// `DisassociateIdentityProviderConfig`
    DisassociateIdentityProviderConfig,
    /// `AssociateEncryptionConfig`
    AssociateEncryptionConfig,
    /// `AddonUpdate`
    AddonUpdate,
    /// `VpcConfigUpdate`
    VpcConfigUpdate,
    /// `AccessConfigUpdate`
    AccessConfigUpdate,
    /// `UpgradePolicyUpdate`
    UpgradePolicyUpdate,
    /// `ZonalShiftConfigUpdate`
    ZonalShiftConfigUpdate,
    /// `AutoModeUpdate`
    AutoModeUpdate,
    /// `RemoteNetworkConfigUpdate`
    RemoteNetworkConfigUpdate,
    /// `DeletionProtectionUpdate`
    DeletionProtectionUpdate,
    /// `CapabilityUpdate`
    CapabilityUpdate,
    /// `ControlPlaneScalingConfigUpdate`
    ControlPlaneScalingConfigUpdate,
    /// `VendedLogsUpdate`
    VendedLogsUpdate,
    /// `ControlPlaneEgressUpdate`
    ControlPlaneEgressUpdate,
    /// `VersionRollback`
    VersionRollback,
    /// `ControlPlaneComponentConfigUpdate`
    ControlPlaneComponentConfigUpdate,
    /// `CertificateAuthorityUpdate`
    CertificateAuthorityUpdate,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl UpdateType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::VersionUpdate => "VersionUpdate",
            Self::EndpointAccessUpdate => "EndpointAccessUpdate",
            Self::LoggingUpdate => "LoggingUpdate",
            Self::ConfigUpdate => "ConfigUpdate",
            Self::AssociateIdentityProviderConfig => "AssociateIdentityProviderConfig",
            Self::DisassociateIdentityProviderConfig => {
                "DisassociateIdentityProviderConfig"
            }
            Self::AssociateEncryptionConfig => "AssociateEncryptionConfig",
            Self::AddonUpdate => "AddonUpdate",
            Self::VpcConfigUpdate => "VpcConfigUpdate",
            Self::AccessConfigUpdate => "AccessConfigUpdate",
            Self::UpgradePolicyUpdate => "UpgradePolicyUpdate",
            Self::ZonalShiftConfigUpdate => "ZonalShiftConfigUpdate",
            Self::AutoModeUpdate => "AutoModeUpdate",
            Self::RemoteNetworkConfigUpdate => "RemoteNetworkConfigUpdate",
            Self::DeletionProtectionUpdate => "DeletionProtectionUpdate",
            Self::CapabilityUpdate => "CapabilityUpdate",
            Self::ControlPlaneScalingConfigUpdate => "ControlPlaneScalingConfigUpdate",
            Self::VendedLogsUpdate => "VendedLogsUpdate",
            Self::ControlPlaneEgressUpdate => "ControlPlaneEgressUpdate",
            Self::VersionRollback => "VersionRollback",
            Self::ControlPlaneComponentConfigUpdate => {
                "ControlPlaneComponentConfigUpdate"
            }
            Self::CertificateAuthorityUpdate => "CertificateAuthorityUpdate",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &[
            "VersionUpdate",
            "EndpointAccessUpdate",
            "LoggingUpdate",
            "ConfigUpdate",
            "AssociateIdentityProviderConfig",
            "DisassociateIdentityProviderConfig",
            "AssociateEncryptionConfig",
            "AddonUpdate",
            "VpcConfigUpdate",
            "AccessConfigUpdate",
            "UpgradePolicyUpdate",
            "ZonalShiftConfigUpdate",
            "AutoModeUpdate",
            "RemoteNetworkConfigUpdate",
            "DeletionProtectionUpdate",
            "CapabilityUpdate",
            "ControlPlaneScalingConfigUpdate",
            "VendedLogsUpdate",
            "ControlPlaneEgressUpdate",
            "VersionRollback",
            "ControlPlaneComponentConfigUpdate",
            "CertificateAuthorityUpdate",
        ]
    }
}
impl ::std::convert::From<&str> for UpdateType {
    fn from(s: &str) -> Self {
        match s {
            "VersionUpdate" => Self::VersionUpdate,
            "EndpointAccessUpdate" => Self::EndpointAccessUpdate,
            "LoggingUpdate" => Self::LoggingUpdate,
            "ConfigUpdate" => Self::ConfigUpdate,
            "AssociateIdentityProviderConfig" => Self::AssociateIdentityProviderConfig,
            "DisassociateIdentityProviderConfig" => {
                Self::DisassociateIdentityProviderConfig
            }
            "AssociateEncryptionConfig" => Self::AssociateEncryptionConfig,
            "AddonUpdate" => Self::AddonUpdate,
            "VpcConfigUpdate" => Self::VpcConfigUpdate,
            "AccessConfigUpdate" => Self::AccessConfigUpdate,
            "UpgradePolicyUpdate" => Self::UpgradePolicyUpdate,
            "ZonalShiftConfigUpdate" => Self::ZonalShiftConfigUpdate,
            "AutoModeUpdate" => Self::AutoModeUpdate,
            "RemoteNetworkConfigUpdate" => Self::RemoteNetworkConfigUpdate,
            "DeletionProtectionUpdate" => Self::DeletionProtectionUpdate,
            "CapabilityUpdate" => Self::CapabilityUpdate,
            "ControlPlaneScalingConfigUpdate" => Self::ControlPlaneScalingConfigUpdate,
            "VendedLogsUpdate" => Self::VendedLogsUpdate,
            "ControlPlaneEgressUpdate" => Self::ControlPlaneEgressUpdate,
            "VersionRollback" => Self::VersionRollback,
            "ControlPlaneComponentConfigUpdate" => {
                Self::ControlPlaneComponentConfigUpdate
            }
            "CertificateAuthorityUpdate" => Self::CertificateAuthorityUpdate,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(UpdateType);
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
pub struct UpgradePolicyRequest {
    #[serde(
        rename = "supportType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub support_type: ::std::option::Option<crate::types::SupportType>,
}
impl UpgradePolicyRequest {
    /// A new [`UpgradePolicyRequestBuilder`](crate::types::builders::UpgradePolicyRequestBuilder).
    pub fn builder() -> crate::types::builders::UpgradePolicyRequestBuilder {
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
pub struct UpgradePolicyResponse {
    #[serde(rename = "supportType", default)]
    pub support_type: ::std::option::Option<crate::types::SupportType>,
}
impl UpgradePolicyResponse {
    /// A new [`UpgradePolicyResponseBuilder`](crate::types::builders::UpgradePolicyResponseBuilder).
    pub fn builder() -> crate::types::builders::UpgradePolicyResponseBuilder {
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
pub enum VersionStatus {
    /// `UNSUPPORTED`
    Unsupported,
    /// `STANDARD_SUPPORT`
    StandardSupport,
    /// `EXTENDED_SUPPORT`
    ExtendedSupport,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl VersionStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Unsupported => "UNSUPPORTED",
            Self::StandardSupport => "STANDARD_SUPPORT",
            Self::ExtendedSupport => "EXTENDED_SUPPORT",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["UNSUPPORTED", "STANDARD_SUPPORT", "EXTENDED_SUPPORT"]
    }
}
impl ::std::convert::From<&str> for VersionStatus {
    fn from(s: &str) -> Self {
        match s {
            "UNSUPPORTED" => Self::Unsupported,
            "STANDARD_SUPPORT" => Self::StandardSupport,
            "EXTENDED_SUPPORT" => Self::ExtendedSupport,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(VersionStatus);
/// An object representing the VPC configuration to use for an Amazon EKS cluster.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct VpcConfigRequest {
    /// Set this value to `true` to enable private access for your cluster's Kubernetes
    /// API server endpoint. If you enable private access, Kubernetes API requests from
    /// within your cluster's VPC use the private VPC endpoint. The default value for
    /// this parameter is `false`, which disables private access for your Kubernetes API
    /// server. If you disable private access and you have nodes or Fargate pods in the
    /// cluster, then ensure that `publicAccessCidrs` includes the necessary CIDR blocks
    /// for communication with the nodes or Fargate pods. For more information, see
    /// [Amazon EKS cluster endpoint access
    /// control](https://docs.aws.amazon.com/eks/latest/userguide/cluster-endpoint.html)
    /// in the *Amazon EKS User Guide* .
    #[serde(
        rename = "endpointPrivateAccess",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub endpoint_private_access: ::std::option::Option<bool>,
    /// Set this value to `false` to disable public access to your cluster's Kubernetes
    /// API server endpoint. If you disable public access, your cluster's Kubernetes API
    /// server can only receive requests from within the cluster VPC. The default value
    /// for this parameter is `true`, which enables public access for your Kubernetes
    /// API server. For more information, see [Amazon EKS cluster endpoint access
    /// control](https://docs.aws.amazon.com/eks/latest/userguide/cluster-endpoint.html)
    /// in the *Amazon EKS User Guide* .
    #[serde(
        rename = "endpointPublicAccess",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub endpoint_public_access: ::std::option::Option<bool>,
    /// The CIDR blocks that are allowed access to your cluster's public Kubernetes API
    /// server endpoint. Communication to the endpoint from addresses outside of the
    /// CIDR blocks that you specify is denied. The default value is `0.0.0.0/0`. If
    /// you've disabled private endpoint access and you have nodes or Fargate pods in
    /// the cluster, then ensure that you specify the necessary CIDR blocks. For more
    /// information, see [Amazon EKS cluster endpoint access
    /// control](https://docs.aws.amazon.com/eks/latest/userguide/cluster-endpoint.html)
    /// in the *Amazon EKS User Guide* .
    #[serde(
        rename = "publicAccessCidrs",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub public_access_cidrs: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    /// Specify one or more security groups for the cross-account elastic network
    /// interfaces that Amazon EKS creates to use that allow communication between your
    /// nodes and the Kubernetes control plane. If you don't specify any security
    /// groups, then familiarize yourself with the difference between Amazon EKS
    /// defaults for clusters deployed with Kubernetes. For more information, see
    /// [Amazon EKS security group
    /// considerations](https://docs.aws.amazon.com/eks/latest/userguide/sec-group-reqs.html)
    /// in the *Amazon EKS User Guide* .
    #[serde(
        rename = "securityGroupIds",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub security_group_ids: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    /// Specify subnets for your Amazon EKS nodes. Amazon EKS creates cross-account
    /// elastic network interfaces in these subnets to allow communication between your
    /// nodes and the Kubernetes control plane.
    #[serde(
        rename = "subnetIds",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub subnet_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "controlPlaneEgressMode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub control_plane_egress_mode: ::std::option::Option<
        crate::types::ControlPlaneEgressModeType,
    >,
}
impl VpcConfigRequest {
    /// A new [`VpcConfigRequestBuilder`](crate::types::builders::VpcConfigRequestBuilder).
    pub fn builder() -> crate::types::builders::VpcConfigRequestBuilder {
        ::std::default::Default::default()
    }
}
/// An object representing an Amazon EKS cluster VPC configuration response.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct VpcConfigResponse {
    /// The cluster security group that was created by Amazon EKS for the cluster.
    /// Managed node groups use this security group for control-plane-to-data-plane
    /// communication.
    #[serde(rename = "clusterSecurityGroupId", default)]
    pub cluster_security_group_id: ::std::option::Option<::std::string::String>,
    /// This parameter indicates whether the Amazon EKS private API server endpoint is
    /// enabled. If the Amazon EKS private API server endpoint is enabled, Kubernetes
    /// API requests that originate from within your cluster's VPC use the private VPC
    /// endpoint instead of traversing the internet. If this value is disabled and you
    /// have nodes or Fargate pods in the cluster, then ensure that `publicAccessCidrs`
    /// includes the necessary CIDR blocks for communication with the nodes or Fargate
    /// pods. For more information, see [Amazon EKS cluster endpoint access
    /// control](https://docs.aws.amazon.com/eks/latest/userguide/cluster-endpoint.html)
    /// in the *Amazon EKS User Guide* .
    #[serde(rename = "endpointPrivateAccess", default)]
    pub endpoint_private_access: ::std::option::Option<bool>,
    /// This parameter indicates whether the Amazon EKS public API server endpoint is
    /// enabled. If the Amazon EKS public API server endpoint is disabled, your
    /// cluster's Kubernetes API server can only receive requests that originate from
    /// within the cluster VPC.
    #[serde(rename = "endpointPublicAccess", default)]
    pub endpoint_public_access: ::std::option::Option<bool>,
    /// The CIDR blocks that are allowed access to your cluster's public Kubernetes API
    /// server endpoint. Communication to the endpoint from addresses outside of the
    /// listed CIDR blocks is denied. The default value is `0.0.0.0/0`. If you've
    /// disabled private endpoint access and you have nodes or Fargate pods in the
    /// cluster, then ensure that the necessary CIDR blocks are listed. For more
    /// information, see [Amazon EKS cluster endpoint access
    /// control](https://docs.aws.amazon.com/eks/latest/userguide/cluster-endpoint.html)
    /// in the *Amazon EKS User Guide* .
    #[serde(rename = "publicAccessCidrs", default)]
    pub public_access_cidrs: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    /// The security groups associated with the cross-account elastic network interfaces
    /// that are used to allow communication between your nodes and the Kubernetes
    /// control plane.
    #[serde(rename = "securityGroupIds", default)]
    pub security_group_ids: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    /// The subnets associated with your cluster.
    #[serde(rename = "subnetIds", default)]
    pub subnet_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// The VPC associated with your cluster.
    #[serde(rename = "vpcId", default)]
    pub vpc_id: ::std::option::Option<::std::string::String>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "controlPlaneEgressMode", default)]
    pub control_plane_egress_mode: ::std::option::Option<
        crate::types::ControlPlaneEgressModeType,
    >,
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
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct WarmPoolConfig {
    #[serde(
        rename = "enabled",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub enabled: ::std::option::Option<bool>,
    #[serde(
        rename = "maxGroupPreparedCapacity",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub max_group_prepared_capacity: ::std::option::Option<i64>,
    #[serde(
        rename = "minSize",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub min_size: ::std::option::Option<i64>,
    #[serde(
        rename = "poolState",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub pool_state: ::std::option::Option<crate::types::WarmPoolState>,
    #[serde(
        rename = "reuseOnScaleIn",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub reuse_on_scale_in: ::std::option::Option<bool>,
}
impl WarmPoolConfig {
    /// A new [`WarmPoolConfigBuilder`](crate::types::builders::WarmPoolConfigBuilder).
    pub fn builder() -> crate::types::builders::WarmPoolConfigBuilder {
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
pub enum WarmPoolState {
    /// `STOPPED`
    Stopped,
    /// `RUNNING`
    Running,
    /// `HIBERNATED`
    Hibernated,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl WarmPoolState {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Stopped => "STOPPED",
            Self::Running => "RUNNING",
            Self::Hibernated => "HIBERNATED",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["STOPPED", "RUNNING", "HIBERNATED"]
    }
}
impl ::std::convert::From<&str> for WarmPoolState {
    fn from(s: &str) -> Self {
        match s {
            "STOPPED" => Self::Stopped,
            "RUNNING" => Self::Running,
            "HIBERNATED" => Self::Hibernated,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(WarmPoolState);
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
pub struct ZonalShiftConfigRequest {
    #[serde(
        rename = "enabled",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub enabled: ::std::option::Option<bool>,
}
impl ZonalShiftConfigRequest {
    /// A new [`ZonalShiftConfigRequestBuilder`](crate::types::builders::ZonalShiftConfigRequestBuilder).
    pub fn builder() -> crate::types::builders::ZonalShiftConfigRequestBuilder {
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
pub struct ZonalShiftConfigResponse {
    #[serde(rename = "enabled", default)]
    pub enabled: ::std::option::Option<bool>,
}
impl ZonalShiftConfigResponse {
    /// A new [`ZonalShiftConfigResponseBuilder`](crate::types::builders::ZonalShiftConfigResponseBuilder).
    pub fn builder() -> crate::types::builders::ZonalShiftConfigResponseBuilder {
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
pub enum ConfigStatus {
    /// `CREATING`
    Creating,
    /// `DELETING`
    Deleting,
    /// `ACTIVE`
    Active,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl ConfigStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Creating => "CREATING",
            Self::Deleting => "DELETING",
            Self::Active => "ACTIVE",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["CREATING", "DELETING", "ACTIVE"]
    }
}
impl ::std::convert::From<&str> for ConfigStatus {
    fn from(s: &str) -> Self {
        match s {
            "CREATING" => Self::Creating,
            "DELETING" => Self::Deleting,
            "ACTIVE" => Self::Active,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(ConfigStatus);
