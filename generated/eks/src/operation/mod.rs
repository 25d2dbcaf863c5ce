//! One module per operation: its fluent builder and error enum.
/// The `ActivateCertificateAuthority` operation.
pub mod activate_certificate_authority;
/// The `AssociateAccessPolicy` operation.
pub mod associate_access_policy;
/// The `AssociateEncryptionConfig` operation.
pub mod associate_encryption_config;
/// The `AssociateIdentityProviderConfig` operation.
pub mod associate_identity_provider_config;
/// The `CancelUpdate` operation.
pub mod cancel_update;
/// The `CreateAccessEntry` operation.
pub mod create_access_entry;
/// The `CreateAddon` operation.
pub mod create_addon;
/// The `CreateCapability` operation.
pub mod create_capability;
/// The `CreateCertificateAuthority` operation.
pub mod create_certificate_authority;
/// The `CreateCluster` operation.
pub mod create_cluster;
/// The `CreateEksAnywhereSubscription` operation.
pub mod create_eks_anywhere_subscription;
/// The `CreateFargateProfile` operation.
pub mod create_fargate_profile;
/// The `CreateNodegroup` operation.
pub mod create_nodegroup;
/// The `CreatePodIdentityAssociation` operation.
pub mod create_pod_identity_association;
/// The `DeleteAccessEntry` operation.
pub mod delete_access_entry;
/// The `DeleteAddon` operation.
pub mod delete_addon;
/// The `DeleteCapability` operation.
pub mod delete_capability;
/// The `DeleteCertificateAuthority` operation.
pub mod delete_certificate_authority;
/// The `DeleteCluster` operation.
pub mod delete_cluster;
/// The `DeleteEksAnywhereSubscription` operation.
pub mod delete_eks_anywhere_subscription;
/// The `DeleteFargateProfile` operation.
pub mod delete_fargate_profile;
/// The `DeleteNodegroup` operation.
pub mod delete_nodegroup;
/// The `DeletePodIdentityAssociation` operation.
pub mod delete_pod_identity_association;
/// The `DeregisterCluster` operation.
pub mod deregister_cluster;
/// The `DescribeAccessEntry` operation.
pub mod describe_access_entry;
/// The `DescribeAddon` operation.
pub mod describe_addon;
/// The `DescribeAddonConfiguration` operation.
pub mod describe_addon_configuration;
/// The `DescribeAddonVersions` operation.
pub mod describe_addon_versions;
/// The `DescribeCapability` operation.
pub mod describe_capability;
/// The `DescribeCertificateAuthority` operation.
pub mod describe_certificate_authority;
/// The `DescribeCluster` operation.
pub mod describe_cluster;
/// The `DescribeClusterVersions` operation.
pub mod describe_cluster_versions;
/// The `DescribeEksAnywhereSubscription` operation.
pub mod describe_eks_anywhere_subscription;
/// The `DescribeFargateProfile` operation.
pub mod describe_fargate_profile;
/// The `DescribeIdentityProviderConfig` operation.
pub mod describe_identity_provider_config;
/// The `DescribeInsight` operation.
pub mod describe_insight;
/// The `DescribeInsightsRefresh` operation.
pub mod describe_insights_refresh;
/// The `DescribeNodegroup` operation.
pub mod describe_nodegroup;
/// The `DescribePodIdentityAssociation` operation.
pub mod describe_pod_identity_association;
/// The `DescribeUpdate` operation.
pub mod describe_update;
/// The `DisassociateAccessPolicy` operation.
pub mod disassociate_access_policy;
/// The `DisassociateIdentityProviderConfig` operation.
pub mod disassociate_identity_provider_config;
/// The `ListAccessEntries` operation.
pub mod list_access_entries;
/// The `ListAccessPolicies` operation.
pub mod list_access_policies;
/// The `ListAddons` operation.
pub mod list_addons;
/// The `ListAssociatedAccessPolicies` operation.
pub mod list_associated_access_policies;
/// The `ListCapabilities` operation.
pub mod list_capabilities;
/// The `ListCertificateAuthorities` operation.
pub mod list_certificate_authorities;
/// The `ListClusters` operation.
pub mod list_clusters;
/// The `ListEksAnywhereSubscriptions` operation.
pub mod list_eks_anywhere_subscriptions;
/// The `ListFargateProfiles` operation.
pub mod list_fargate_profiles;
/// The `ListIdentityProviderConfigs` operation.
pub mod list_identity_provider_configs;
/// The `ListInsights` operation.
pub mod list_insights;
/// The `ListNodegroups` operation.
pub mod list_nodegroups;
/// The `ListPodIdentityAssociations` operation.
pub mod list_pod_identity_associations;
/// The `ListTagsForResource` operation.
pub mod list_tags_for_resource;
/// The `ListUpdates` operation.
pub mod list_updates;
/// The `RegisterCluster` operation.
pub mod register_cluster;
/// The `StartInsightsRefresh` operation.
pub mod start_insights_refresh;
/// The `TagResource` operation.
pub mod tag_resource;
/// The `UntagResource` operation.
pub mod untag_resource;
/// The `UpdateAccessEntry` operation.
pub mod update_access_entry;
/// The `UpdateAddon` operation.
pub mod update_addon;
/// The `UpdateCapability` operation.
pub mod update_capability;
/// The `UpdateClusterConfig` operation.
pub mod update_cluster_config;
/// The `UpdateClusterVersion` operation.
pub mod update_cluster_version;
/// The `UpdateEksAnywhereSubscription` operation.
pub mod update_eks_anywhere_subscription;
/// The `UpdateNodegroupConfig` operation.
pub mod update_nodegroup_config;
/// The `UpdateNodegroupVersion` operation.
pub mod update_nodegroup_version;
/// The `UpdatePodIdentityAssociation` operation.
pub mod update_pod_identity_association;
