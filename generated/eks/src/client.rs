//! The service client.
static SERVICE: crate::runtime::operation::ServiceSpec = crate::runtime::operation::ServiceSpec {
    protocol: crate::runtime::operation::Protocol::RestJson1,
    service_id: "EKS",
    read_error: crate::runtime::rest::error_metadata,
    signing_name: "eks",
    endpoint_prefix: "eks",
    dns_suffix: "amazonaws.com",
    global_host: ::std::option::Option::None,
    partitions: &[
        crate::runtime::partition::Partition {
            id: "aws",
            regions: &[
                "af-south-1",
                "ap-east-1",
                "ap-east-2",
                "ap-northeast-1",
                "ap-northeast-2",
                "ap-northeast-3",
                "ap-south-1",
                "ap-south-2",
                "ap-southeast-1",
                "ap-southeast-2",
                "ap-southeast-3",
                "ap-southeast-4",
                "ap-southeast-5",
                "ap-southeast-6",
                "ap-southeast-7",
                "aws-global",
                "ca-central-1",
                "ca-west-1",
                "eu-central-1",
                "eu-central-2",
                "eu-north-1",
                "eu-south-1",
                "eu-south-2",
                "eu-west-1",
                "eu-west-2",
                "eu-west-3",
                "il-central-1",
                "me-central-1",
                "me-south-1",
                "me-west-1",
                "mx-central-1",
                "sa-east-1",
                "sa-west-1",
                "us-east-1",
                "us-east-2",
                "us-west-1",
                "us-west-2",
            ],
            pattern: crate::runtime::partition::RegionPattern(
                &[
                    crate::runtime::partition::Segment::OneOf(
                        &["us", "eu", "ap", "sa", "ca", "me", "af", "il", "mx"],
                    ),
                    crate::runtime::partition::Segment::Word,
                    crate::runtime::partition::Segment::Digits,
                ],
            ),
            default: [
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://eks.{region}.amazonaws.com",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://fips.eks.{region}.amazonaws.com",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://eks.{region}.api.aws",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://eks-fips.{region}.api.aws",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
            ],
            overrides: &[],
        },
        crate::runtime::partition::Partition {
            id: "aws-cn",
            regions: &["aws-cn-global", "cn-north-1", "cn-northwest-1"],
            pattern: crate::runtime::partition::RegionPattern(
                &[
                    crate::runtime::partition::Segment::Literal("cn"),
                    crate::runtime::partition::Segment::Word,
                    crate::runtime::partition::Segment::Digits,
                ],
            ),
            default: [
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://eks.{region}.amazonaws.com.cn",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://eks-fips.{region}.amazonaws.com.cn",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://eks.{region}.api.amazonwebservices.com.cn",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://eks-fips.{region}.api.amazonwebservices.com.cn",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
            ],
            overrides: &[],
        },
        crate::runtime::partition::Partition {
            id: "aws-eusc",
            regions: &["eusc-de-east-1"],
            pattern: crate::runtime::partition::RegionPattern(
                &[
                    crate::runtime::partition::Segment::Literal("eusc"),
                    crate::runtime::partition::Segment::OneOf(&["de"]),
                    crate::runtime::partition::Segment::Word,
                    crate::runtime::partition::Segment::Digits,
                ],
            ),
            default: [
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://eks.{region}.amazonaws.eu",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://eks-fips.{region}.amazonaws.eu",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://eks.{region}.api.amazonwebservices.eu",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://eks-fips.{region}.api.amazonwebservices.eu",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
            ],
            overrides: &[],
        },
        crate::runtime::partition::Partition {
            id: "aws-iso",
            regions: &["aws-iso-global", "us-iso-east-1", "us-iso-west-1"],
            pattern: crate::runtime::partition::RegionPattern(
                &[
                    crate::runtime::partition::Segment::Literal("us"),
                    crate::runtime::partition::Segment::Literal("iso"),
                    crate::runtime::partition::Segment::Word,
                    crate::runtime::partition::Segment::Digits,
                ],
            ),
            default: [
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://eks.{region}.c2s.ic.gov",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://eks-fips.{region}.c2s.ic.gov",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://eks.{region}.api.aws.ic.gov",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://eks-fips.{region}.api.aws.ic.gov",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
            ],
            overrides: &[],
        },
        crate::runtime::partition::Partition {
            id: "aws-iso-b",
            regions: &["aws-iso-b-global", "us-isob-east-1", "us-isob-west-1"],
            pattern: crate::runtime::partition::RegionPattern(
                &[
                    crate::runtime::partition::Segment::Literal("us"),
                    crate::runtime::partition::Segment::Literal("isob"),
                    crate::runtime::partition::Segment::Word,
                    crate::runtime::partition::Segment::Digits,
                ],
            ),
            default: [
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://eks.{region}.sc2s.sgov.gov",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://eks-fips.{region}.sc2s.sgov.gov",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://eks.{region}.api.aws.scloud",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://eks-fips.{region}.api.aws.scloud",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
            ],
            overrides: &[],
        },
        crate::runtime::partition::Partition {
            id: "aws-iso-e",
            regions: &["aws-iso-e-global", "eu-isoe-west-1"],
            pattern: crate::runtime::partition::RegionPattern(
                &[
                    crate::runtime::partition::Segment::Literal("eu"),
                    crate::runtime::partition::Segment::Literal("isoe"),
                    crate::runtime::partition::Segment::Word,
                    crate::runtime::partition::Segment::Digits,
                ],
            ),
            default: [
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://eks.{region}.cloud.adc-e.uk",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://eks-fips.{region}.cloud.adc-e.uk",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://eks.{region}.api.cloud-aws.adc-e.uk",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://eks-fips.{region}.api.cloud-aws.adc-e.uk",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
            ],
            overrides: &[],
        },
        crate::runtime::partition::Partition {
            id: "aws-iso-f",
            regions: &["aws-iso-f-global", "us-isof-east-1", "us-isof-south-1"],
            pattern: crate::runtime::partition::RegionPattern(
                &[
                    crate::runtime::partition::Segment::Literal("us"),
                    crate::runtime::partition::Segment::Literal("isof"),
                    crate::runtime::partition::Segment::Word,
                    crate::runtime::partition::Segment::Digits,
                ],
            ),
            default: [
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://eks.{region}.csp.hci.ic.gov",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://eks-fips.{region}.csp.hci.ic.gov",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://eks.{region}.api.aws.hci.ic.gov",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://eks-fips.{region}.api.aws.hci.ic.gov",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
            ],
            overrides: &[],
        },
        crate::runtime::partition::Partition {
            id: "aws-us-gov",
            regions: &["aws-us-gov-global", "us-gov-east-1", "us-gov-west-1"],
            pattern: crate::runtime::partition::RegionPattern(
                &[
                    crate::runtime::partition::Segment::Literal("us"),
                    crate::runtime::partition::Segment::Literal("gov"),
                    crate::runtime::partition::Segment::Word,
                    crate::runtime::partition::Segment::Digits,
                ],
            ),
            default: [
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://eks.{region}.amazonaws.com",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://eks.{region}.amazonaws.com",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://eks.{region}.api.aws",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://eks-fips.{region}.api.aws",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
            ],
            overrides: &[],
        },
    ],
    discovery_operation: ::std::option::Option::None,
};
/// Client for Amazon Elastic Kubernetes Service.
///
/// Cheap to clone: clones share configuration and connections.
#[derive(::std::clone::Clone, ::std::fmt::Debug)]
pub struct Client {
    handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
}
impl Client {
    /// A client configured from the standard AWS sources (environment
    /// variables, shared config and credentials files); see
    /// [`Config::from_env`](crate::Config::from_env).
    pub fn from_env() -> Self {
        Self::from_conf(crate::Config::from_env().build())
    }
    /// A client with the given configuration. Region, endpoint and
    /// credentials source are resolved now; a configuration problem is
    /// reported by every call.
    pub fn from_conf(config: crate::Config) -> Self {
        Client {
            handle: crate::runtime::operation::Handle::new(&SERVICE, config),
        }
    }
    /// This client's configuration.
    pub fn config(&self) -> &crate::Config {
        self.handle.config()
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`ActivateCertificateAuthorityError`](crate::operation::activate_certificate_authority::ActivateCertificateAuthorityError).
    pub fn activate_certificate_authority(
        &self,
    ) -> crate::operation::activate_certificate_authority::ActivateCertificateAuthorityFluentBuilder {
        crate::operation::activate_certificate_authority::ActivateCertificateAuthorityFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`AssociateAccessPolicyError`](crate::operation::associate_access_policy::AssociateAccessPolicyError).
    pub fn associate_access_policy(
        &self,
    ) -> crate::operation::associate_access_policy::AssociateAccessPolicyFluentBuilder {
        crate::operation::associate_access_policy::AssociateAccessPolicyFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Associate encryption configuration to an existing cluster.
    ///
    /// You can use this API to enable encryption on existing clusters which do not have
    /// encryption already enabled. This allows you to implement a defense-in-depth
    /// security strategy without migrating applications to new Amazon EKS clusters.
    ///
    /// Errors: [`AssociateEncryptionConfigError`](crate::operation::associate_encryption_config::AssociateEncryptionConfigError).
    pub fn associate_encryption_config(
        &self,
    ) -> crate::operation::associate_encryption_config::AssociateEncryptionConfigFluentBuilder {
        crate::operation::associate_encryption_config::AssociateEncryptionConfigFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Associate an identity provider configuration to a cluster.
    ///
    /// If you want to authenticate identities using an identity provider, you can
    /// create an identity provider configuration and associate it to your cluster.
    /// After configuring authentication to your cluster you can create Kubernetes
    /// `roles` and `clusterroles` to assign permissions to the roles, and then bind the
    /// roles to the identities using Kubernetes `rolebindings` and
    /// `clusterrolebindings`. For more information see [Using RBAC
    /// Authorization](https://kubernetes.io/docs/reference/access-authn-authz/rbac/) in
    /// the Kubernetes documentation.
    ///
    /// Errors: [`AssociateIdentityProviderConfigError`](crate::operation::associate_identity_provider_config::AssociateIdentityProviderConfigError).
    pub fn associate_identity_provider_config(
        &self,
    ) -> crate::operation::associate_identity_provider_config::AssociateIdentityProviderConfigFluentBuilder {
        crate::operation::associate_identity_provider_config::AssociateIdentityProviderConfigFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`CancelUpdateError`](crate::operation::cancel_update::CancelUpdateError).
    pub fn cancel_update(
        &self,
    ) -> crate::operation::cancel_update::CancelUpdateFluentBuilder {
        crate::operation::cancel_update::CancelUpdateFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`CreateAccessEntryError`](crate::operation::create_access_entry::CreateAccessEntryError).
    pub fn create_access_entry(
        &self,
    ) -> crate::operation::create_access_entry::CreateAccessEntryFluentBuilder {
        crate::operation::create_access_entry::CreateAccessEntryFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Creates an Amazon EKS add-on.
    ///
    /// Amazon EKS add-ons help to automate the provisioning and lifecycle management of
    /// common operational software for Amazon EKS clusters. For more information, see
    /// [Amazon EKS
    /// add-ons](https://docs.aws.amazon.com/eks/latest/userguide/eks-add-ons.html) in
    /// the *Amazon EKS User Guide*.
    ///
    /// Errors: [`CreateAddonError`](crate::operation::create_addon::CreateAddonError).
    pub fn create_addon(
        &self,
    ) -> crate::operation::create_addon::CreateAddonFluentBuilder {
        crate::operation::create_addon::CreateAddonFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`CreateCapabilityError`](crate::operation::create_capability::CreateCapabilityError).
    pub fn create_capability(
        &self,
    ) -> crate::operation::create_capability::CreateCapabilityFluentBuilder {
        crate::operation::create_capability::CreateCapabilityFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`CreateCertificateAuthorityError`](crate::operation::create_certificate_authority::CreateCertificateAuthorityError).
    pub fn create_certificate_authority(
        &self,
    ) -> crate::operation::create_certificate_authority::CreateCertificateAuthorityFluentBuilder {
        crate::operation::create_certificate_authority::CreateCertificateAuthorityFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Creates an Amazon EKS control plane.
    ///
    /// The Amazon EKS control plane consists of control plane instances that run the
    /// Kubernetes software, such as `etcd` and the API server. The control plane runs
    /// in an account managed by Amazon Web Services, and the Kubernetes API is exposed
    /// by the Amazon EKS API server endpoint. Each Amazon EKS cluster control plane is
    /// single tenant and unique. It runs on its own set of Amazon EC2 instances.
    ///
    /// The cluster control plane is provisioned across multiple Availability Zones and
    /// fronted by an Elastic Load Balancing Network Load Balancer. Amazon EKS also
    /// provisions elastic network interfaces in your VPC subnets to provide
    /// connectivity from the control plane instances to the nodes (for example, to
    /// support `kubectl exec`, `logs`, and `proxy` data flows).
    ///
    /// Amazon EKS nodes run in your Amazon Web Services account and connect to your
    /// cluster's control plane over the Kubernetes API server endpoint and a
    /// certificate file that is created for your cluster.
    ///
    /// In most cases, it takes several minutes to create a cluster. After you create an
    /// Amazon EKS cluster, you must configure your Kubernetes tooling to communicate
    /// with the API server and launch nodes into your cluster. For more information,
    /// see [Managing Cluster
    /// Authentication](https://docs.aws.amazon.com/eks/latest/userguide/managing-auth.html)
    /// and [Launching Amazon EKS
    /// nodes](https://docs.aws.amazon.com/eks/latest/userguide/launch-workers.html) in
    /// the *Amazon EKS User Guide*.
    ///
    /// Errors: [`CreateClusterError`](crate::operation::create_cluster::CreateClusterError).
    pub fn create_cluster(
        &self,
    ) -> crate::operation::create_cluster::CreateClusterFluentBuilder {
        crate::operation::create_cluster::CreateClusterFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`CreateEksAnywhereSubscriptionError`](crate::operation::create_eks_anywhere_subscription::CreateEksAnywhereSubscriptionError).
    pub fn create_eks_anywhere_subscription(
        &self,
    ) -> crate::operation::create_eks_anywhere_subscription::CreateEksAnywhereSubscriptionFluentBuilder {
        crate::operation::create_eks_anywhere_subscription::CreateEksAnywhereSubscriptionFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Creates an Fargate profile for your Amazon EKS cluster. You must have at least
    /// one Fargate profile in a cluster to be able to run pods on Fargate.
    ///
    /// The Fargate profile allows an administrator to declare which pods run on Fargate
    /// and specify which pods run on which Fargate profile. This declaration is done
    /// through the profile’s selectors. Each profile can have up to five selectors that
    /// contain a namespace and labels. A namespace is required for every selector. The
    /// label field consists of multiple optional key-value pairs. Pods that match the
    /// selectors are scheduled on Fargate. If a to-be-scheduled pod matches any of the
    /// selectors in the Fargate profile, then that pod is run on Fargate.
    ///
    /// When you create a Fargate profile, you must specify a pod execution role to use
    /// with the pods that are scheduled with the profile. This role is added to the
    /// cluster's Kubernetes [Role Based Access
    /// Control](https://kubernetes.io/docs/admin/authorization/rbac/) (RBAC) for
    /// authorization so that the `kubelet` that is running on the Fargate
    /// infrastructure can register with your Amazon EKS cluster so that it can appear
    /// in your cluster as a node. The pod execution role also provides IAM permissions
    /// to the Fargate infrastructure to allow read access to Amazon ECR image
    /// repositories. For more information, see [Pod Execution
    /// Role](https://docs.aws.amazon.com/eks/latest/userguide/pod-execution-role.html)
    /// in the *Amazon EKS User Guide*.
    ///
    /// Fargate profiles are immutable. However, you can create a new updated profile to
    /// replace an existing profile and then delete the original after the updated
    /// profile has finished creating.
    ///
    /// If any Fargate profiles in a cluster are in the `DELETING` status, you must wait
    /// for that Fargate profile to finish deleting before you can create any other
    /// profiles in that cluster.
    ///
    /// For more information, see [Fargate
    /// Profile](https://docs.aws.amazon.com/eks/latest/userguide/fargate-profile.html)
    /// in the *Amazon EKS User Guide*.
    ///
    /// Errors: [`CreateFargateProfileError`](crate::operation::create_fargate_profile::CreateFargateProfileError).
    pub fn create_fargate_profile(
        &self,
    ) -> crate::operation::create_fargate_profile::CreateFargateProfileFluentBuilder {
        crate::operation::create_fargate_profile::CreateFargateProfileFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Creates a managed node group for an Amazon EKS cluster. You can only create a
    /// node group for your cluster that is equal to the current Kubernetes version for
    /// the cluster. All node groups are created with the latest AMI release version for
    /// the respective minor Kubernetes version of the cluster, unless you deploy a
    /// custom AMI using a launch template. For more information about using launch
    /// templates, see [Launch template
    /// support](https://docs.aws.amazon.com/eks/latest/userguide/launch-templates.html).
    ///
    /// An Amazon EKS managed node group is an Amazon EC2 Auto Scaling group and
    /// associated Amazon EC2 instances that are managed by Amazon Web Services for an
    /// Amazon EKS cluster. For more information, see [Managed node
    /// groups](https://docs.aws.amazon.com/eks/latest/userguide/managed-node-groups.html)
    /// in the *Amazon EKS User Guide*.
    ///
    /// **Note:** Windows AMI types are only supported for commercial Regions that
    /// support Windows Amazon EKS.
    ///
    /// Errors: [`CreateNodegroupError`](crate::operation::create_nodegroup::CreateNodegroupError).
    pub fn create_nodegroup(
        &self,
    ) -> crate::operation::create_nodegroup::CreateNodegroupFluentBuilder {
        crate::operation::create_nodegroup::CreateNodegroupFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`CreatePodIdentityAssociationError`](crate::operation::create_pod_identity_association::CreatePodIdentityAssociationError).
    pub fn create_pod_identity_association(
        &self,
    ) -> crate::operation::create_pod_identity_association::CreatePodIdentityAssociationFluentBuilder {
        crate::operation::create_pod_identity_association::CreatePodIdentityAssociationFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`DeleteAccessEntryError`](crate::operation::delete_access_entry::DeleteAccessEntryError).
    pub fn delete_access_entry(
        &self,
    ) -> crate::operation::delete_access_entry::DeleteAccessEntryFluentBuilder {
        crate::operation::delete_access_entry::DeleteAccessEntryFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Delete an Amazon EKS add-on.
    ///
    /// When you remove the add-on, it will also be deleted from the cluster. You can
    /// always manually start an add-on on the cluster using the Kubernetes API.
    ///
    /// Errors: [`DeleteAddonError`](crate::operation::delete_addon::DeleteAddonError).
    pub fn delete_addon(
        &self,
    ) -> crate::operation::delete_addon::DeleteAddonFluentBuilder {
        crate::operation::delete_addon::DeleteAddonFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`DeleteCapabilityError`](crate::operation::delete_capability::DeleteCapabilityError).
    pub fn delete_capability(
        &self,
    ) -> crate::operation::delete_capability::DeleteCapabilityFluentBuilder {
        crate::operation::delete_capability::DeleteCapabilityFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`DeleteCertificateAuthorityError`](crate::operation::delete_certificate_authority::DeleteCertificateAuthorityError).
    pub fn delete_certificate_authority(
        &self,
    ) -> crate::operation::delete_certificate_authority::DeleteCertificateAuthorityFluentBuilder {
        crate::operation::delete_certificate_authority::DeleteCertificateAuthorityFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Deletes the Amazon EKS cluster control plane.
    ///
    /// If you have active services in your cluster that are associated with a load
    /// balancer, you must delete those services before deleting the cluster so that the
    /// load balancers are deleted properly. Otherwise, you can have orphaned resources
    /// in your VPC that prevent you from being able to delete the VPC. For more
    /// information, see [Deleting a
    /// Cluster](https://docs.aws.amazon.com/eks/latest/userguide/delete-cluster.html)
    /// in the *Amazon EKS User Guide*.
    ///
    /// If you have managed node groups or Fargate profiles attached to the cluster, you
    /// must delete them first. For more information, see DeleteNodegroup and
    /// DeleteFargateProfile.
    ///
    /// Errors: [`DeleteClusterError`](crate::operation::delete_cluster::DeleteClusterError).
    pub fn delete_cluster(
        &self,
    ) -> crate::operation::delete_cluster::DeleteClusterFluentBuilder {
        crate::operation::delete_cluster::DeleteClusterFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`DeleteEksAnywhereSubscriptionError`](crate::operation::delete_eks_anywhere_subscription::DeleteEksAnywhereSubscriptionError).
    pub fn delete_eks_anywhere_subscription(
        &self,
    ) -> crate::operation::delete_eks_anywhere_subscription::DeleteEksAnywhereSubscriptionFluentBuilder {
        crate::operation::delete_eks_anywhere_subscription::DeleteEksAnywhereSubscriptionFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Deletes an Fargate profile.
    ///
    /// When you delete a Fargate profile, any pods running on Fargate that were created
    /// with the profile are deleted. If those pods match another Fargate profile, then
    /// they are scheduled on Fargate with that profile. If they no longer match any
    /// Fargate profiles, then they are not scheduled on Fargate and they may remain in
    /// a pending state.
    ///
    /// Only one Fargate profile in a cluster can be in the `DELETING` status at a time.
    /// You must wait for a Fargate profile to finish deleting before you can delete any
    /// other profiles in that cluster.
    ///
    /// Errors: [`DeleteFargateProfileError`](crate::operation::delete_fargate_profile::DeleteFargateProfileError).
    pub fn delete_fargate_profile(
        &self,
    ) -> crate::operation::delete_fargate_profile::DeleteFargateProfileFluentBuilder {
        crate::operation::delete_fargate_profile::DeleteFargateProfileFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Deletes an Amazon EKS node group for a cluster.
    ///
    /// Errors: [`DeleteNodegroupError`](crate::operation::delete_nodegroup::DeleteNodegroupError).
    pub fn delete_nodegroup(
        &self,
    ) -> crate::operation::delete_nodegroup::DeleteNodegroupFluentBuilder {
        crate::operation::delete_nodegroup::DeleteNodegroupFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`DeletePodIdentityAssociationError`](crate::operation::delete_pod_identity_association::DeletePodIdentityAssociationError).
    pub fn delete_pod_identity_association(
        &self,
    ) -> crate::operation::delete_pod_identity_association::DeletePodIdentityAssociationFluentBuilder {
        crate::operation::delete_pod_identity_association::DeletePodIdentityAssociationFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Deregisters a connected cluster to remove it from the Amazon EKS control plane.
    ///
    /// Errors: [`DeregisterClusterError`](crate::operation::deregister_cluster::DeregisterClusterError).
    pub fn deregister_cluster(
        &self,
    ) -> crate::operation::deregister_cluster::DeregisterClusterFluentBuilder {
        crate::operation::deregister_cluster::DeregisterClusterFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`DescribeAccessEntryError`](crate::operation::describe_access_entry::DescribeAccessEntryError).
    pub fn describe_access_entry(
        &self,
    ) -> crate::operation::describe_access_entry::DescribeAccessEntryFluentBuilder {
        crate::operation::describe_access_entry::DescribeAccessEntryFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Describes an Amazon EKS add-on.
    ///
    /// Errors: [`DescribeAddonError`](crate::operation::describe_addon::DescribeAddonError).
    pub fn describe_addon(
        &self,
    ) -> crate::operation::describe_addon::DescribeAddonFluentBuilder {
        crate::operation::describe_addon::DescribeAddonFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Returns configuration options.
    ///
    /// Errors: [`DescribeAddonConfigurationError`](crate::operation::describe_addon_configuration::DescribeAddonConfigurationError).
    pub fn describe_addon_configuration(
        &self,
    ) -> crate::operation::describe_addon_configuration::DescribeAddonConfigurationFluentBuilder {
        crate::operation::describe_addon_configuration::DescribeAddonConfigurationFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Describes the versions for an add-on. Information such as the Kubernetes
    /// versions that you can use the add-on with, the `owner`, `publisher`, and the
    /// `type` of the add-on are returned.
    ///
    /// Errors: [`DescribeAddonVersionsError`](crate::operation::describe_addon_versions::DescribeAddonVersionsError).
    pub fn describe_addon_versions(
        &self,
    ) -> crate::operation::describe_addon_versions::DescribeAddonVersionsFluentBuilder {
        crate::operation::describe_addon_versions::DescribeAddonVersionsFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`DescribeCapabilityError`](crate::operation::describe_capability::DescribeCapabilityError).
    pub fn describe_capability(
        &self,
    ) -> crate::operation::describe_capability::DescribeCapabilityFluentBuilder {
        crate::operation::describe_capability::DescribeCapabilityFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`DescribeCertificateAuthorityError`](crate::operation::describe_certificate_authority::DescribeCertificateAuthorityError).
    pub fn describe_certificate_authority(
        &self,
    ) -> crate::operation::describe_certificate_authority::DescribeCertificateAuthorityFluentBuilder {
        crate::operation::describe_certificate_authority::DescribeCertificateAuthorityFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Returns descriptive information about an Amazon EKS cluster.
    ///
    /// The API server endpoint and certificate authority data returned by this
    /// operation are required for `kubelet` and `kubectl` to communicate with your
    /// Kubernetes API server. For more information, see [Create a kubeconfig for Amazon
    /// EKS](https://docs.aws.amazon.com/eks/latest/userguide/create-kubeconfig.html).
    ///
    /// **Note:** The API server endpoint and certificate authority data aren't
    /// available until the cluster reaches the `ACTIVE` state.
    ///
    /// Errors: [`DescribeClusterError`](crate::operation::describe_cluster::DescribeClusterError).
    pub fn describe_cluster(
        &self,
    ) -> crate::operation::describe_cluster::DescribeClusterFluentBuilder {
        crate::operation::describe_cluster::DescribeClusterFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`DescribeClusterVersionsError`](crate::operation::describe_cluster_versions::DescribeClusterVersionsError).
    pub fn describe_cluster_versions(
        &self,
    ) -> crate::operation::describe_cluster_versions::DescribeClusterVersionsFluentBuilder {
        crate::operation::describe_cluster_versions::DescribeClusterVersionsFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`DescribeEksAnywhereSubscriptionError`](crate::operation::describe_eks_anywhere_subscription::DescribeEksAnywhereSubscriptionError).
    pub fn describe_eks_anywhere_subscription(
        &self,
    ) -> crate::operation::describe_eks_anywhere_subscription::DescribeEksAnywhereSubscriptionFluentBuilder {
        crate::operation::describe_eks_anywhere_subscription::DescribeEksAnywhereSubscriptionFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Returns descriptive information about an Fargate profile.
    ///
    /// Errors: [`DescribeFargateProfileError`](crate::operation::describe_fargate_profile::DescribeFargateProfileError).
    pub fn describe_fargate_profile(
        &self,
    ) -> crate::operation::describe_fargate_profile::DescribeFargateProfileFluentBuilder {
        crate::operation::describe_fargate_profile::DescribeFargateProfileFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Returns descriptive information about an identity provider configuration.
    ///
    /// Errors: [`DescribeIdentityProviderConfigError`](crate::operation::describe_identity_provider_config::DescribeIdentityProviderConfigError).
    pub fn describe_identity_provider_config(
        &self,
    ) -> crate::operation::describe_identity_provider_config::DescribeIdentityProviderConfigFluentBuilder {
        crate::operation::describe_identity_provider_config::DescribeIdentityProviderConfigFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`DescribeInsightError`](crate::operation::describe_insight::DescribeInsightError).
    pub fn describe_insight(
        &self,
    ) -> crate::operation::describe_insight::DescribeInsightFluentBuilder {
        crate::operation::describe_insight::DescribeInsightFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`DescribeInsightsRefreshError`](crate::operation::describe_insights_refresh::DescribeInsightsRefreshError).
    pub fn describe_insights_refresh(
        &self,
    ) -> crate::operation::describe_insights_refresh::DescribeInsightsRefreshFluentBuilder {
        crate::operation::describe_insights_refresh::DescribeInsightsRefreshFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Returns descriptive information about an Amazon EKS node group.
    ///
    /// Errors: [`DescribeNodegroupError`](crate::operation::describe_nodegroup::DescribeNodegroupError).
    pub fn describe_nodegroup(
        &self,
    ) -> crate::operation::describe_nodegroup::DescribeNodegroupFluentBuilder {
        crate::operation::describe_nodegroup::DescribeNodegroupFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`DescribePodIdentityAssociationError`](crate::operation::describe_pod_identity_association::DescribePodIdentityAssociationError).
    pub fn describe_pod_identity_association(
        &self,
    ) -> crate::operation::describe_pod_identity_association::DescribePodIdentityAssociationFluentBuilder {
        crate::operation::describe_pod_identity_association::DescribePodIdentityAssociationFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Returns descriptive information about an update against your Amazon EKS cluster
    /// or associated managed node group or Amazon EKS add-on.
    ///
    /// When the status of the update is `Succeeded`, the update is complete. If an
    /// update fails, the status is `Failed`, and an error detail explains the reason
    /// for the failure.
    ///
    /// Errors: [`DescribeUpdateError`](crate::operation::describe_update::DescribeUpdateError).
    pub fn describe_update(
        &self,
    ) -> crate::operation::describe_update::DescribeUpdateFluentBuilder {
        crate::operation::describe_update::DescribeUpdateFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`DisassociateAccessPolicyError`](crate::operation::disassociate_access_policy::DisassociateAccessPolicyError).
    pub fn disassociate_access_policy(
        &self,
    ) -> crate::operation::disassociate_access_policy::DisassociateAccessPolicyFluentBuilder {
        crate::operation::disassociate_access_policy::DisassociateAccessPolicyFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Disassociates an identity provider configuration from a cluster. If you
    /// disassociate an identity provider from your cluster, users included in the
    /// provider can no longer access the cluster. However, you can still access the
    /// cluster with Amazon Web Services IAM users.
    ///
    /// Errors: [`DisassociateIdentityProviderConfigError`](crate::operation::disassociate_identity_provider_config::DisassociateIdentityProviderConfigError).
    pub fn disassociate_identity_provider_config(
        &self,
    ) -> crate::operation::disassociate_identity_provider_config::DisassociateIdentityProviderConfigFluentBuilder {
        crate::operation::disassociate_identity_provider_config::DisassociateIdentityProviderConfigFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`ListAccessEntriesError`](crate::operation::list_access_entries::ListAccessEntriesError).
    pub fn list_access_entries(
        &self,
    ) -> crate::operation::list_access_entries::ListAccessEntriesFluentBuilder {
        crate::operation::list_access_entries::ListAccessEntriesFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`ListAccessPoliciesError`](crate::operation::list_access_policies::ListAccessPoliciesError).
    pub fn list_access_policies(
        &self,
    ) -> crate::operation::list_access_policies::ListAccessPoliciesFluentBuilder {
        crate::operation::list_access_policies::ListAccessPoliciesFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Lists the available add-ons.
    ///
    /// Errors: [`ListAddonsError`](crate::operation::list_addons::ListAddonsError).
    pub fn list_addons(&self) -> crate::operation::list_addons::ListAddonsFluentBuilder {
        crate::operation::list_addons::ListAddonsFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`ListAssociatedAccessPoliciesError`](crate::operation::list_associated_access_policies::ListAssociatedAccessPoliciesError).
    pub fn list_associated_access_policies(
        &self,
    ) -> crate::operation::list_associated_access_policies::ListAssociatedAccessPoliciesFluentBuilder {
        crate::operation::list_associated_access_policies::ListAssociatedAccessPoliciesFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`ListCapabilitiesError`](crate::operation::list_capabilities::ListCapabilitiesError).
    pub fn list_capabilities(
        &self,
    ) -> crate::operation::list_capabilities::ListCapabilitiesFluentBuilder {
        crate::operation::list_capabilities::ListCapabilitiesFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`ListCertificateAuthoritiesError`](crate::operation::list_certificate_authorities::ListCertificateAuthoritiesError).
    pub fn list_certificate_authorities(
        &self,
    ) -> crate::operation::list_certificate_authorities::ListCertificateAuthoritiesFluentBuilder {
        crate::operation::list_certificate_authorities::ListCertificateAuthoritiesFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Lists the Amazon EKS clusters in your Amazon Web Services account in the
    /// specified Region.
    ///
    /// Errors: [`ListClustersError`](crate::operation::list_clusters::ListClustersError).
    pub fn list_clusters(
        &self,
    ) -> crate::operation::list_clusters::ListClustersFluentBuilder {
        crate::operation::list_clusters::ListClustersFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`ListEksAnywhereSubscriptionsError`](crate::operation::list_eks_anywhere_subscriptions::ListEksAnywhereSubscriptionsError).
    pub fn list_eks_anywhere_subscriptions(
        &self,
    ) -> crate::operation::list_eks_anywhere_subscriptions::ListEksAnywhereSubscriptionsFluentBuilder {
        crate::operation::list_eks_anywhere_subscriptions::ListEksAnywhereSubscriptionsFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Lists the Fargate profiles associated with the specified cluster in your Amazon
    /// Web Services account in the specified Region.
    ///
    /// Errors: [`ListFargateProfilesError`](crate::operation::list_fargate_profiles::ListFargateProfilesError).
    pub fn list_fargate_profiles(
        &self,
    ) -> crate::operation::list_fargate_profiles::ListFargateProfilesFluentBuilder {
        crate::operation::list_fargate_profiles::ListFargateProfilesFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// A list of identity provider configurations.
    ///
    /// Errors: [`ListIdentityProviderConfigsError`](crate::operation::list_identity_provider_configs::ListIdentityProviderConfigsError).
    pub fn list_identity_provider_configs(
        &self,
    ) -> crate::operation::list_identity_provider_configs::ListIdentityProviderConfigsFluentBuilder {
        crate::operation::list_identity_provider_configs::ListIdentityProviderConfigsFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`ListInsightsError`](crate::operation::list_insights::ListInsightsError).
    pub fn list_insights(
        &self,
    ) -> crate::operation::list_insights::ListInsightsFluentBuilder {
        crate::operation::list_insights::ListInsightsFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Lists the Amazon EKS managed node groups associated with the specified cluster
    /// in your Amazon Web Services account in the specified Region. Self-managed node
    /// groups are not listed.
    ///
    /// Errors: [`ListNodegroupsError`](crate::operation::list_nodegroups::ListNodegroupsError).
    pub fn list_nodegroups(
        &self,
    ) -> crate::operation::list_nodegroups::ListNodegroupsFluentBuilder {
        crate::operation::list_nodegroups::ListNodegroupsFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`ListPodIdentityAssociationsError`](crate::operation::list_pod_identity_associations::ListPodIdentityAssociationsError).
    pub fn list_pod_identity_associations(
        &self,
    ) -> crate::operation::list_pod_identity_associations::ListPodIdentityAssociationsFluentBuilder {
        crate::operation::list_pod_identity_associations::ListPodIdentityAssociationsFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// List the tags for an Amazon EKS resource.
    ///
    /// Errors: [`ListTagsForResourceError`](crate::operation::list_tags_for_resource::ListTagsForResourceError).
    pub fn list_tags_for_resource(
        &self,
    ) -> crate::operation::list_tags_for_resource::ListTagsForResourceFluentBuilder {
        crate::operation::list_tags_for_resource::ListTagsForResourceFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Lists the updates associated with an Amazon EKS cluster or managed node group in
    /// your Amazon Web Services account, in the specified Region.
    ///
    /// Errors: [`ListUpdatesError`](crate::operation::list_updates::ListUpdatesError).
    pub fn list_updates(
        &self,
    ) -> crate::operation::list_updates::ListUpdatesFluentBuilder {
        crate::operation::list_updates::ListUpdatesFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Connects a Kubernetes cluster to the Amazon EKS control plane.
    ///
    /// Any Kubernetes cluster can be connected to the Amazon EKS control plane to view
    /// current information about the cluster and its nodes.
    ///
    /// Cluster connection requires two steps. First, send a `RegisterClusterRequest` to
    /// add it to the Amazon EKS control plane.
    ///
    /// Second, a
    /// [Manifest](https://amazon-eks.s3.us-west-2.amazonaws.com/eks-connector/manifests/eks-connector/latest/eks-connector.yaml)
    /// containing the `activationID` and `activationCode` must be applied to the
    /// Kubernetes cluster through it's native provider to provide visibility.
    ///
    /// After the Manifest is updated and applied, then the connected cluster is visible
    /// to the Amazon EKS control plane. If the Manifest is not applied within three
    /// days, then the connected cluster will no longer be visible and must be
    /// deregistered. See DeregisterCluster.
    ///
    /// Errors: [`RegisterClusterError`](crate::operation::register_cluster::RegisterClusterError).
    pub fn register_cluster(
        &self,
    ) -> crate::operation::register_cluster::RegisterClusterFluentBuilder {
        crate::operation::register_cluster::RegisterClusterFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`StartInsightsRefreshError`](crate::operation::start_insights_refresh::StartInsightsRefreshError).
    pub fn start_insights_refresh(
        &self,
    ) -> crate::operation::start_insights_refresh::StartInsightsRefreshFluentBuilder {
        crate::operation::start_insights_refresh::StartInsightsRefreshFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Associates the specified tags to a resource with the specified `resourceArn`. If
    /// existing tags on a resource are not specified in the request parameters, they
    /// are not changed. When a resource is deleted, the tags associated with that
    /// resource are deleted as well. Tags that you create for Amazon EKS resources do
    /// not propagate to any other resources associated with the cluster. For example,
    /// if you tag a cluster with this operation, that tag does not automatically
    /// propagate to the subnets and nodes associated with the cluster.
    ///
    /// Errors: [`TagResourceError`](crate::operation::tag_resource::TagResourceError).
    pub fn tag_resource(
        &self,
    ) -> crate::operation::tag_resource::TagResourceFluentBuilder {
        crate::operation::tag_resource::TagResourceFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Deletes specified tags from a resource.
    ///
    /// Errors: [`UntagResourceError`](crate::operation::untag_resource::UntagResourceError).
    pub fn untag_resource(
        &self,
    ) -> crate::operation::untag_resource::UntagResourceFluentBuilder {
        crate::operation::untag_resource::UntagResourceFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`UpdateAccessEntryError`](crate::operation::update_access_entry::UpdateAccessEntryError).
    pub fn update_access_entry(
        &self,
    ) -> crate::operation::update_access_entry::UpdateAccessEntryFluentBuilder {
        crate::operation::update_access_entry::UpdateAccessEntryFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Updates an Amazon EKS add-on.
    ///
    /// Errors: [`UpdateAddonError`](crate::operation::update_addon::UpdateAddonError).
    pub fn update_addon(
        &self,
    ) -> crate::operation::update_addon::UpdateAddonFluentBuilder {
        crate::operation::update_addon::UpdateAddonFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`UpdateCapabilityError`](crate::operation::update_capability::UpdateCapabilityError).
    pub fn update_capability(
        &self,
    ) -> crate::operation::update_capability::UpdateCapabilityFluentBuilder {
        crate::operation::update_capability::UpdateCapabilityFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Updates an Amazon EKS cluster configuration. Your cluster continues to function
    /// during the update. The response output includes an update ID that you can use to
    /// track the status of your cluster update with the DescribeUpdate API operation.
    ///
    /// You can use this API operation to enable or disable exporting the Kubernetes
    /// control plane logs for your cluster to CloudWatch Logs. By default, cluster
    /// control plane logs aren't exported to CloudWatch Logs. For more information, see
    /// [Amazon EKS Cluster Control Plane
    /// Logs](https://docs.aws.amazon.com/eks/latest/userguide/control-plane-logs.html)
    /// in the *Amazon EKS User Guide* .
    ///
    /// **Note:** CloudWatch Logs ingestion, archive storage, and data scanning rates
    /// apply to exported control plane logs. For more information, see [CloudWatch
    /// Pricing](http://aws.amazon.com/cloudwatch/pricing/).
    ///
    /// You can also use this API operation to enable or disable public and private
    /// access to your cluster's Kubernetes API server endpoint. By default, public
    /// access is enabled, and private access is disabled. For more information, see
    /// [Amazon EKS cluster endpoint access
    /// control](https://docs.aws.amazon.com/eks/latest/userguide/cluster-endpoint.html)
    /// in the *Amazon EKS User Guide* .
    ///
    /// **Important:** You can't update the subnets or security group IDs for an
    /// existing cluster.
    ///
    /// Cluster updates are asynchronous, and they should finish within a few minutes.
    /// During an update, the cluster status moves to `UPDATING` (this status transition
    /// is eventually consistent). When the update is complete (either `Failed` or
    /// `Successful`), the cluster status moves to `Active`.
    ///
    /// Errors: [`UpdateClusterConfigError`](crate::operation::update_cluster_config::UpdateClusterConfigError).
    pub fn update_cluster_config(
        &self,
    ) -> crate::operation::update_cluster_config::UpdateClusterConfigFluentBuilder {
        crate::operation::update_cluster_config::UpdateClusterConfigFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Updates an Amazon EKS cluster to the specified Kubernetes version. Your cluster
    /// continues to function during the update. The response output includes an update
    /// ID that you can use to track the status of your cluster update with the
    /// DescribeUpdate API operation.
    ///
    /// Cluster updates are asynchronous, and they should finish within a few minutes.
    /// During an update, the cluster status moves to `UPDATING` (this status transition
    /// is eventually consistent). When the update is complete (either `Failed` or
    /// `Successful`), the cluster status moves to `Active`.
    ///
    /// If your cluster has managed node groups attached to it, all of your node groups’
    /// Kubernetes versions must match the cluster’s Kubernetes version in order to
    /// update the cluster to a new Kubernetes version.
    ///
    /// Errors: [`UpdateClusterVersionError`](crate::operation::update_cluster_version::UpdateClusterVersionError).
    pub fn update_cluster_version(
        &self,
    ) -> crate::operation::update_cluster_version::UpdateClusterVersionFluentBuilder {
        crate::operation::update_cluster_version::UpdateClusterVersionFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`UpdateEksAnywhereSubscriptionError`](crate::operation::update_eks_anywhere_subscription::UpdateEksAnywhereSubscriptionError).
    pub fn update_eks_anywhere_subscription(
        &self,
    ) -> crate::operation::update_eks_anywhere_subscription::UpdateEksAnywhereSubscriptionFluentBuilder {
        crate::operation::update_eks_anywhere_subscription::UpdateEksAnywhereSubscriptionFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Updates an Amazon EKS managed node group configuration. Your node group
    /// continues to function during the update. The response output includes an update
    /// ID that you can use to track the status of your node group update with the
    /// DescribeUpdate API operation. Currently you can update the Kubernetes labels for
    /// a node group or the scaling configuration.
    ///
    /// Errors: [`UpdateNodegroupConfigError`](crate::operation::update_nodegroup_config::UpdateNodegroupConfigError).
    pub fn update_nodegroup_config(
        &self,
    ) -> crate::operation::update_nodegroup_config::UpdateNodegroupConfigFluentBuilder {
        crate::operation::update_nodegroup_config::UpdateNodegroupConfigFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Updates the Kubernetes version or AMI version of an Amazon EKS managed node
    /// group.
    ///
    /// You can update a node group using a launch template only if the node group was
    /// originally deployed with a launch template. If you need to update a custom AMI
    /// in a node group that was deployed with a launch template, then update your
    /// custom AMI, specify the new ID in a new version of the launch template, and then
    /// update the node group to the new version of the launch template.
    ///
    /// If you update without a launch template, then you can update to the latest
    /// available AMI version of a node group's current Kubernetes version by not
    /// specifying a Kubernetes version in the request. You can update to the latest AMI
    /// version of your cluster's current Kubernetes version by specifying your
    /// cluster's Kubernetes version in the request. For information about Linux
    /// versions, see [Amazon EKS optimized Amazon Linux AMI
    /// versions](https://docs.aws.amazon.com/eks/latest/userguide/eks-linux-ami-versions.html)
    /// in the *Amazon EKS User Guide*. For information about Windows versions, see
    /// [Amazon EKS optimized Windows AMI
    /// versions](https://docs.aws.amazon.com/eks/latest/userguide/eks-ami-versions-windows.html)
    /// in the *Amazon EKS User Guide*.
    ///
    /// You cannot roll back a node group to an earlier Kubernetes version or AMI
    /// version.
    ///
    /// When a node in a managed node group is terminated due to a scaling action or
    /// update, the pods in that node are drained first. Amazon EKS attempts to drain
    /// the nodes gracefully and will fail if it is unable to do so. You can `force` the
    /// update if Amazon EKS is unable to drain the nodes as a result of a pod
    /// disruption budget issue.
    ///
    /// Errors: [`UpdateNodegroupVersionError`](crate::operation::update_nodegroup_version::UpdateNodegroupVersionError).
    pub fn update_nodegroup_version(
        &self,
    ) -> crate::operation::update_nodegroup_version::UpdateNodegroupVersionFluentBuilder {
        crate::operation::update_nodegroup_version::UpdateNodegroupVersionFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`UpdatePodIdentityAssociationError`](crate::operation::update_pod_identity_association::UpdatePodIdentityAssociationError).
    pub fn update_pod_identity_association(
        &self,
    ) -> crate::operation::update_pod_identity_association::UpdatePodIdentityAssociationFluentBuilder {
        crate::operation::update_pod_identity_association::UpdatePodIdentityAssociationFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
}
