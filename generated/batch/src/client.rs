//! The service client.
static SERVICE: crate::runtime::operation::ServiceSpec = crate::runtime::operation::ServiceSpec {
    protocol: crate::runtime::operation::Protocol::RestJson1,
    service_id: "Batch",
    read_error: crate::runtime::rest::error_metadata,
    signing_name: "batch",
    endpoint_prefix: "batch",
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
                    url: "https://batch.{region}.amazonaws.com",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://fips.batch.{region}.amazonaws.com",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://batch.{region}.api.aws",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://batch-fips.{region}.api.aws",
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
                    url: "https://batch.{region}.amazonaws.com.cn",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://batch-fips.{region}.amazonaws.com.cn",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://batch.{region}.api.amazonwebservices.com.cn",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://batch-fips.{region}.api.amazonwebservices.com.cn",
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
                    url: "https://batch.{region}.amazonaws.eu",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://batch-fips.{region}.amazonaws.eu",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://batch.{region}.api.amazonwebservices.eu",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://batch-fips.{region}.api.amazonwebservices.eu",
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
                    url: "https://batch.{region}.c2s.ic.gov",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://batch-fips.{region}.c2s.ic.gov",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://batch.{region}.api.aws.ic.gov",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://batch-fips.{region}.api.aws.ic.gov",
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
                    url: "https://batch.{region}.sc2s.sgov.gov",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://batch-fips.{region}.sc2s.sgov.gov",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://batch.{region}.api.aws.scloud",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://batch-fips.{region}.api.aws.scloud",
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
                    url: "https://batch.{region}.cloud.adc-e.uk",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://batch-fips.{region}.cloud.adc-e.uk",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://batch.{region}.api.cloud-aws.adc-e.uk",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://batch-fips.{region}.api.cloud-aws.adc-e.uk",
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
                    url: "https://batch.{region}.csp.hci.ic.gov",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://batch-fips.{region}.csp.hci.ic.gov",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://batch.{region}.api.aws.hci.ic.gov",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://batch-fips.{region}.api.aws.hci.ic.gov",
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
                    url: "https://batch.{region}.amazonaws.com",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://batch.{region}.amazonaws.com",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://batch.{region}.api.aws",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://batch-fips.{region}.api.aws",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
            ],
            overrides: &[],
        },
    ],
    discovery_operation: ::std::option::Option::None,
};
/// Client for AWS Batch.
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
    /// Cancels a job in an Batch job queue. Jobs that are in the `SUBMITTED` or
    /// `PENDING` are canceled. A job in`RUNNABLE` remains in `RUNNABLE` until it
    /// reaches the head of the job queue. Then the job status is updated to `FAILED`.
    ///
    /// **Note:** A `PENDING` job is canceled after all dependency jobs are completed.
    /// Therefore, it may take longer than expected to cancel a job in `PENDING` status.
    ///
    /// When you try to cancel an array parent job in `PENDING`, Batch attempts to
    /// cancel all child jobs. The array parent job is canceled when all child jobs are
    /// completed.
    ///
    /// Jobs that progressed to the `STARTING` or `RUNNING` state aren't canceled.
    /// However, the API operation still succeeds, even if no job is canceled. These
    /// jobs must be terminated with the TerminateJob operation.
    ///
    /// Errors: [`CancelJobError`](crate::operation::cancel_job::CancelJobError).
    pub fn cancel_job(&self) -> crate::operation::cancel_job::CancelJobFluentBuilder {
        crate::operation::cancel_job::CancelJobFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`CancelJobsError`](crate::operation::cancel_jobs::CancelJobsError).
    pub fn cancel_jobs(&self) -> crate::operation::cancel_jobs::CancelJobsFluentBuilder {
        crate::operation::cancel_jobs::CancelJobsFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Creates an Batch compute environment. You can create `MANAGED` or `UNMANAGED`
    /// compute environments. `MANAGED` compute environments can use Amazon EC2 or
    /// Fargate resources. `UNMANAGED` compute environments can only use EC2 resources.
    ///
    /// In a managed compute environment, Batch manages the capacity and instance types
    /// of the compute resources within the environment. This is based on the compute
    /// resource specification that you define or the [launch
    /// template](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-launch-templates.html)
    /// that you specify when you create the compute environment. Either, you can choose
    /// to use EC2 On-Demand Instances and EC2 Spot Instances. Or, you can use Fargate
    /// and Fargate Spot capacity in your managed compute environment. You can
    /// optionally set a maximum price so that Spot Instances only launch when the Spot
    /// Instance price is less than a specified percentage of the On-Demand price.
    ///
    /// **Note:** Multi-node parallel jobs aren't supported on Spot Instances.
    ///
    /// In an unmanaged compute environment, you can manage your own EC2 compute
    /// resources and have flexibility with how you configure your compute resources.
    /// For example, you can use custom AMIs. However, you must verify that each of your
    /// AMIs meet the Amazon ECS container instance AMI specification. For more
    /// information, see [container instance
    /// AMIs](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/container_instance_AMIs.html)
    /// in the *Amazon Elastic Container Service Developer Guide*. After you created
    /// your unmanaged compute environment, you can use the DescribeComputeEnvironments
    /// operation to find the Amazon ECS cluster that's associated with it. Then, launch
    /// your container instances into that Amazon ECS cluster. For more information, see
    /// [Launching an Amazon ECS container
    /// instance](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/launch_container_instance.html)
    /// in the *Amazon Elastic Container Service Developer Guide*.
    ///
    /// **Note:** To create a compute environment that uses EKS resources, the caller
    /// must have permissions to call `eks:DescribeCluster`.
    ///
    /// **Note:** Batch doesn't automatically upgrade the AMIs in a compute environment
    /// after it's created. For example, it also doesn't update the AMIs in your compute
    /// environment when a newer version of the Amazon ECS optimized AMI is available.
    /// You're responsible for the management of the guest operating system. This
    /// includes any updates and security patches. You're also responsible for any
    /// additional application software or utilities that you install on the compute
    /// resources. There are two ways to use a new AMI for your Batch jobs. The original
    /// method is to complete these steps:
    ///
    /// 1. Create a new compute environment with the new AMI.
    /// 2. Add the compute environment to an existing job queue.
    /// 3. Remove the earlier compute environment from your job queue.
    /// 4. Delete the earlier compute environment.
    ///
    /// In April 2022, Batch added enhanced support for updating compute environments.
    /// For more information, see [Updating compute
    /// environments](https://docs.aws.amazon.com/batch/latest/userguide/updating-compute-environments.html).
    /// To use the enhanced updating of compute environments to update AMIs, follow
    /// these rules:
    ///
    /// - Either don't set the service role (`serviceRole`) parameter or set it to the
    ///   **AWSBatchServiceRole** service-linked role.
    /// - Set the allocation strategy (`allocationStrategy`) parameter to
    ///   `BEST_FIT_PROGRESSIVE`, `SPOT_CAPACITY_OPTIMIZED`, or
    ///   `SPOT_PRICE_CAPACITY_OPTIMIZED`.
    /// - Set the update to latest image version (`updateToLatestImageVersion`)
    ///   parameter to `true`. The `updateToLatestImageVersion` parameter is used when
    ///   you update a compute environment. This parameter is ignored when you create a
    ///   compute environment.
    /// - Don't specify an AMI ID in `imageId`, `imageIdOverride` (in
    ///   [`ec2Configuration`](https://docs.aws.amazon.com/batch/latest/APIReference/API_Ec2Configuration.html)
    ///   ), or in the launch template (`launchTemplate`). In that case, Batch selects
    ///   the latest Amazon ECS optimized AMI that's supported by Batch at the time the
    ///   infrastructure update is initiated. Alternatively, you can specify the AMI ID
    ///   in the `imageId` or `imageIdOverride` parameters, or the launch template
    ///   identified by the `LaunchTemplate` properties. Changing any of these
    ///   properties starts an infrastructure update. If the AMI ID is specified in the
    ///   launch template, it can't be replaced by specifying an AMI ID in either the
    ///   `imageId` or `imageIdOverride` parameters. It can only be replaced by
    ///   specifying a different launch template, or if the launch template version is
    ///   set to `$Default` or `$Latest`, by setting either a new default version for
    ///   the launch template (if `$Default`) or by adding a new version to the launch
    ///   template (if `$Latest`).
    ///
    /// If these rules are followed, any update that starts an infrastructure update
    /// causes the AMI ID to be re-selected. If the `version` setting in the launch
    /// template (`launchTemplate`) is set to `$Latest` or `$Default`, the latest or
    /// default version of the launch template is evaluated up at the time of the
    /// infrastructure update, even if the `launchTemplate` wasn't updated.
    ///
    /// Errors: [`CreateComputeEnvironmentError`](crate::operation::create_compute_environment::CreateComputeEnvironmentError).
    pub fn create_compute_environment(
        &self,
    ) -> crate::operation::create_compute_environment::CreateComputeEnvironmentFluentBuilder {
        crate::operation::create_compute_environment::CreateComputeEnvironmentFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`CreateConsumableResourceError`](crate::operation::create_consumable_resource::CreateConsumableResourceError).
    pub fn create_consumable_resource(
        &self,
    ) -> crate::operation::create_consumable_resource::CreateConsumableResourceFluentBuilder {
        crate::operation::create_consumable_resource::CreateConsumableResourceFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Creates an Batch job queue. When you create a job queue, you associate one or
    /// more compute environments to the queue and assign an order of preference for the
    /// compute environments.
    ///
    /// You also set a priority to the job queue that determines the order that the
    /// Batch scheduler places jobs onto its associated compute environments. For
    /// example, if a compute environment is associated with more than one job queue,
    /// the job queue with a higher priority is given preference for scheduling jobs to
    /// that compute environment.
    ///
    /// Errors: [`CreateJobQueueError`](crate::operation::create_job_queue::CreateJobQueueError).
    pub fn create_job_queue(
        &self,
    ) -> crate::operation::create_job_queue::CreateJobQueueFluentBuilder {
        crate::operation::create_job_queue::CreateJobQueueFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`CreateQuotaShareError`](crate::operation::create_quota_share::CreateQuotaShareError).
    pub fn create_quota_share(
        &self,
    ) -> crate::operation::create_quota_share::CreateQuotaShareFluentBuilder {
        crate::operation::create_quota_share::CreateQuotaShareFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Creates an Batch scheduling policy.
    ///
    /// Errors: [`CreateSchedulingPolicyError`](crate::operation::create_scheduling_policy::CreateSchedulingPolicyError).
    pub fn create_scheduling_policy(
        &self,
    ) -> crate::operation::create_scheduling_policy::CreateSchedulingPolicyFluentBuilder {
        crate::operation::create_scheduling_policy::CreateSchedulingPolicyFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`CreateServiceEnvironmentError`](crate::operation::create_service_environment::CreateServiceEnvironmentError).
    pub fn create_service_environment(
        &self,
    ) -> crate::operation::create_service_environment::CreateServiceEnvironmentFluentBuilder {
        crate::operation::create_service_environment::CreateServiceEnvironmentFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Deletes an Batch compute environment.
    ///
    /// Before you can delete a compute environment, you must set its state to
    /// `DISABLED` with the UpdateComputeEnvironment API operation and disassociate it
    /// from any job queues with the UpdateJobQueue API operation. Compute environments
    /// that use Fargate resources must terminate all active jobs on that compute
    /// environment before deleting the compute environment. If this isn't done, the
    /// compute environment enters an invalid state.
    ///
    /// Errors: [`DeleteComputeEnvironmentError`](crate::operation::delete_compute_environment::DeleteComputeEnvironmentError).
    pub fn delete_compute_environment(
        &self,
    ) -> crate::operation::delete_compute_environment::DeleteComputeEnvironmentFluentBuilder {
        crate::operation::delete_compute_environment::DeleteComputeEnvironmentFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`DeleteConsumableResourceError`](crate::operation::delete_consumable_resource::DeleteConsumableResourceError).
    pub fn delete_consumable_resource(
        &self,
    ) -> crate::operation::delete_consumable_resource::DeleteConsumableResourceFluentBuilder {
        crate::operation::delete_consumable_resource::DeleteConsumableResourceFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Deletes the specified job queue. You must first disable submissions for a queue
    /// with the UpdateJobQueue operation. All jobs in the queue are eventually
    /// terminated when you delete a job queue. The jobs are terminated at a rate of
    /// about 16 jobs each second.
    ///
    /// It's not necessary to disassociate compute environments from a queue before
    /// submitting a `DeleteJobQueue` request.
    ///
    /// Errors: [`DeleteJobQueueError`](crate::operation::delete_job_queue::DeleteJobQueueError).
    pub fn delete_job_queue(
        &self,
    ) -> crate::operation::delete_job_queue::DeleteJobQueueFluentBuilder {
        crate::operation::delete_job_queue::DeleteJobQueueFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`DeleteQuotaShareError`](crate::operation::delete_quota_share::DeleteQuotaShareError).
    pub fn delete_quota_share(
        &self,
    ) -> crate::operation::delete_quota_share::DeleteQuotaShareFluentBuilder {
        crate::operation::delete_quota_share::DeleteQuotaShareFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Deletes the specified scheduling policy.
    ///
    /// You can't delete a scheduling policy that's used in any job queues.
    ///
    /// Errors: [`DeleteSchedulingPolicyError`](crate::operation::delete_scheduling_policy::DeleteSchedulingPolicyError).
    pub fn delete_scheduling_policy(
        &self,
    ) -> crate::operation::delete_scheduling_policy::DeleteSchedulingPolicyFluentBuilder {
        crate::operation::delete_scheduling_policy::DeleteSchedulingPolicyFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`DeleteServiceEnvironmentError`](crate::operation::delete_service_environment::DeleteServiceEnvironmentError).
    pub fn delete_service_environment(
        &self,
    ) -> crate::operation::delete_service_environment::DeleteServiceEnvironmentFluentBuilder {
        crate::operation::delete_service_environment::DeleteServiceEnvironmentFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Deregisters an Batch job definition. Job definitions are permanently deleted
    /// after 180 days.
    ///
    /// Errors: [`DeregisterJobDefinitionError`](crate::operation::deregister_job_definition::DeregisterJobDefinitionError).
    pub fn deregister_job_definition(
        &self,
    ) -> crate::operation::deregister_job_definition::DeregisterJobDefinitionFluentBuilder {
        crate::operation::deregister_job_definition::DeregisterJobDefinitionFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Describes one or more of your compute environments.
    ///
    /// If you're using an unmanaged compute environment, you can use the
    /// `DescribeComputeEnvironment` operation to determine the `ecsClusterArn` that you
    /// launch your Amazon ECS container instances into.
    ///
    /// Errors: [`DescribeComputeEnvironmentsError`](crate::operation::describe_compute_environments::DescribeComputeEnvironmentsError).
    pub fn describe_compute_environments(
        &self,
    ) -> crate::operation::describe_compute_environments::DescribeComputeEnvironmentsFluentBuilder {
        crate::operation::describe_compute_environments::DescribeComputeEnvironmentsFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`DescribeConsumableResourceError`](crate::operation::describe_consumable_resource::DescribeConsumableResourceError).
    pub fn describe_consumable_resource(
        &self,
    ) -> crate::operation::describe_consumable_resource::DescribeConsumableResourceFluentBuilder {
        crate::operation::describe_consumable_resource::DescribeConsumableResourceFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Describes a list of job definitions. You can specify a `status` (such as
    /// `ACTIVE`) to only return job definitions that match that status.
    ///
    /// Errors: [`DescribeJobDefinitionsError`](crate::operation::describe_job_definitions::DescribeJobDefinitionsError).
    pub fn describe_job_definitions(
        &self,
    ) -> crate::operation::describe_job_definitions::DescribeJobDefinitionsFluentBuilder {
        crate::operation::describe_job_definitions::DescribeJobDefinitionsFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Describes one or more of your job queues.
    ///
    /// Errors: [`DescribeJobQueuesError`](crate::operation::describe_job_queues::DescribeJobQueuesError).
    pub fn describe_job_queues(
        &self,
    ) -> crate::operation::describe_job_queues::DescribeJobQueuesFluentBuilder {
        crate::operation::describe_job_queues::DescribeJobQueuesFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Describes a list of Batch jobs.
    ///
    /// Errors: [`DescribeJobsError`](crate::operation::describe_jobs::DescribeJobsError).
    pub fn describe_jobs(
        &self,
    ) -> crate::operation::describe_jobs::DescribeJobsFluentBuilder {
        crate::operation::describe_jobs::DescribeJobsFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`DescribeQuotaShareError`](crate::operation::describe_quota_share::DescribeQuotaShareError).
    pub fn describe_quota_share(
        &self,
    ) -> crate::operation::describe_quota_share::DescribeQuotaShareFluentBuilder {
        crate::operation::describe_quota_share::DescribeQuotaShareFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Describes one or more of your scheduling policies.
    ///
    /// Errors: [`DescribeSchedulingPoliciesError`](crate::operation::describe_scheduling_policies::DescribeSchedulingPoliciesError).
    pub fn describe_scheduling_policies(
        &self,
    ) -> crate::operation::describe_scheduling_policies::DescribeSchedulingPoliciesFluentBuilder {
        crate::operation::describe_scheduling_policies::DescribeSchedulingPoliciesFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`DescribeServiceEnvironmentsError`](crate::operation::describe_service_environments::DescribeServiceEnvironmentsError).
    pub fn describe_service_environments(
        &self,
    ) -> crate::operation::describe_service_environments::DescribeServiceEnvironmentsFluentBuilder {
        crate::operation::describe_service_environments::DescribeServiceEnvironmentsFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`DescribeServiceJobError`](crate::operation::describe_service_job::DescribeServiceJobError).
    pub fn describe_service_job(
        &self,
    ) -> crate::operation::describe_service_job::DescribeServiceJobFluentBuilder {
        crate::operation::describe_service_job::DescribeServiceJobFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`GetJobQueueSnapshotError`](crate::operation::get_job_queue_snapshot::GetJobQueueSnapshotError).
    pub fn get_job_queue_snapshot(
        &self,
    ) -> crate::operation::get_job_queue_snapshot::GetJobQueueSnapshotFluentBuilder {
        crate::operation::get_job_queue_snapshot::GetJobQueueSnapshotFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`ListConsumableResourcesError`](crate::operation::list_consumable_resources::ListConsumableResourcesError).
    pub fn list_consumable_resources(
        &self,
    ) -> crate::operation::list_consumable_resources::ListConsumableResourcesFluentBuilder {
        crate::operation::list_consumable_resources::ListConsumableResourcesFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Returns a list of Batch jobs.
    ///
    /// You must specify only one of the following items:
    ///
    /// - A job queue ID to return a list of jobs in that job queue
    /// - A multi-node parallel job ID to return a list of nodes for that job
    /// - An array job ID to return a list of the children for that job
    ///
    /// You can filter the results by job status with the `jobStatus` parameter. If you
    /// don't specify a status, only `RUNNING` jobs are returned.
    ///
    /// Errors: [`ListJobsError`](crate::operation::list_jobs::ListJobsError).
    pub fn list_jobs(&self) -> crate::operation::list_jobs::ListJobsFluentBuilder {
        crate::operation::list_jobs::ListJobsFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`ListJobsByConsumableResourceError`](crate::operation::list_jobs_by_consumable_resource::ListJobsByConsumableResourceError).
    pub fn list_jobs_by_consumable_resource(
        &self,
    ) -> crate::operation::list_jobs_by_consumable_resource::ListJobsByConsumableResourceFluentBuilder {
        crate::operation::list_jobs_by_consumable_resource::ListJobsByConsumableResourceFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`ListQuotaSharesError`](crate::operation::list_quota_shares::ListQuotaSharesError).
    pub fn list_quota_shares(
        &self,
    ) -> crate::operation::list_quota_shares::ListQuotaSharesFluentBuilder {
        crate::operation::list_quota_shares::ListQuotaSharesFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Returns a list of Batch scheduling policies.
    ///
    /// Errors: [`ListSchedulingPoliciesError`](crate::operation::list_scheduling_policies::ListSchedulingPoliciesError).
    pub fn list_scheduling_policies(
        &self,
    ) -> crate::operation::list_scheduling_policies::ListSchedulingPoliciesFluentBuilder {
        crate::operation::list_scheduling_policies::ListSchedulingPoliciesFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`ListServiceJobsError`](crate::operation::list_service_jobs::ListServiceJobsError).
    pub fn list_service_jobs(
        &self,
    ) -> crate::operation::list_service_jobs::ListServiceJobsFluentBuilder {
        crate::operation::list_service_jobs::ListServiceJobsFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Lists the tags for an Batch resource. Batch resources that support tags are
    /// compute environments, jobs, job definitions, job queues, and scheduling
    /// policies. ARNs for child jobs of array and multi-node parallel (MNP) jobs aren't
    /// supported.
    ///
    /// Errors: [`ListTagsForResourceError`](crate::operation::list_tags_for_resource::ListTagsForResourceError).
    pub fn list_tags_for_resource(
        &self,
    ) -> crate::operation::list_tags_for_resource::ListTagsForResourceFluentBuilder {
        crate::operation::list_tags_for_resource::ListTagsForResourceFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Registers an Batch job definition.
    ///
    /// Errors: [`RegisterJobDefinitionError`](crate::operation::register_job_definition::RegisterJobDefinitionError).
    pub fn register_job_definition(
        &self,
    ) -> crate::operation::register_job_definition::RegisterJobDefinitionFluentBuilder {
        crate::operation::register_job_definition::RegisterJobDefinitionFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Submits an Batch job from a job definition. Parameters that are specified during
    /// SubmitJob override parameters defined in the job definition. vCPU and memory
    /// requirements that are specified in the `resourceRequirements` objects in the job
    /// definition are the exception. They can't be overridden this way using the
    /// `memory` and `vcpus` parameters. Rather, you must specify updates to job
    /// definition parameters in a `resourceRequirements` object that's included in the
    /// `containerOverrides` parameter.
    ///
    /// **Note:** Job queues with a scheduling policy are limited to 500 active fair
    /// share identifiers at a time.
    ///
    /// **Important:** Jobs that run on Fargate resources can't be guaranteed to run for
    /// more than 14 days. This is because, after 14 days, Fargate resources might
    /// become unavailable and job might be terminated.
    ///
    /// Errors: [`SubmitJobError`](crate::operation::submit_job::SubmitJobError).
    pub fn submit_job(&self) -> crate::operation::submit_job::SubmitJobFluentBuilder {
        crate::operation::submit_job::SubmitJobFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`SubmitServiceJobError`](crate::operation::submit_service_job::SubmitServiceJobError).
    pub fn submit_service_job(
        &self,
    ) -> crate::operation::submit_service_job::SubmitServiceJobFluentBuilder {
        crate::operation::submit_service_job::SubmitServiceJobFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Associates the specified tags to a resource with the specified `resourceArn`. If
    /// existing tags on a resource aren't specified in the request parameters, they
    /// aren't changed. When a resource is deleted, the tags that are associated with
    /// that resource are deleted as well. Batch resources that support tags are compute
    /// environments, jobs, job definitions, job queues, and scheduling policies. ARNs
    /// for child jobs of array and multi-node parallel (MNP) jobs aren't supported.
    ///
    /// Errors: [`TagResourceError`](crate::operation::tag_resource::TagResourceError).
    pub fn tag_resource(
        &self,
    ) -> crate::operation::tag_resource::TagResourceFluentBuilder {
        crate::operation::tag_resource::TagResourceFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Terminates a job in a job queue. Jobs that are in the `STARTING` or `RUNNING`
    /// state are terminated, which causes them to transition to `FAILED`. Jobs that
    /// have not progressed to the `STARTING` state are cancelled.
    ///
    /// Errors: [`TerminateJobError`](crate::operation::terminate_job::TerminateJobError).
    pub fn terminate_job(
        &self,
    ) -> crate::operation::terminate_job::TerminateJobFluentBuilder {
        crate::operation::terminate_job::TerminateJobFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`TerminateJobsError`](crate::operation::terminate_jobs::TerminateJobsError).
    pub fn terminate_jobs(
        &self,
    ) -> crate::operation::terminate_jobs::TerminateJobsFluentBuilder {
        crate::operation::terminate_jobs::TerminateJobsFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`TerminateServiceJobError`](crate::operation::terminate_service_job::TerminateServiceJobError).
    pub fn terminate_service_job(
        &self,
    ) -> crate::operation::terminate_service_job::TerminateServiceJobFluentBuilder {
        crate::operation::terminate_service_job::TerminateServiceJobFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`TerminateServiceJobsError`](crate::operation::terminate_service_jobs::TerminateServiceJobsError).
    pub fn terminate_service_jobs(
        &self,
    ) -> crate::operation::terminate_service_jobs::TerminateServiceJobsFluentBuilder {
        crate::operation::terminate_service_jobs::TerminateServiceJobsFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Deletes specified tags from an Batch resource.
    ///
    /// Errors: [`UntagResourceError`](crate::operation::untag_resource::UntagResourceError).
    pub fn untag_resource(
        &self,
    ) -> crate::operation::untag_resource::UntagResourceFluentBuilder {
        crate::operation::untag_resource::UntagResourceFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Updates an Batch compute environment.
    ///
    /// Errors: [`UpdateComputeEnvironmentError`](crate::operation::update_compute_environment::UpdateComputeEnvironmentError).
    pub fn update_compute_environment(
        &self,
    ) -> crate::operation::update_compute_environment::UpdateComputeEnvironmentFluentBuilder {
        crate::operation::update_compute_environment::UpdateComputeEnvironmentFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`UpdateConsumableResourceError`](crate::operation::update_consumable_resource::UpdateConsumableResourceError).
    pub fn update_consumable_resource(
        &self,
    ) -> crate::operation::update_consumable_resource::UpdateConsumableResourceFluentBuilder {
        crate::operation::update_consumable_resource::UpdateConsumableResourceFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Updates a job queue.
    ///
    /// Errors: [`UpdateJobQueueError`](crate::operation::update_job_queue::UpdateJobQueueError).
    pub fn update_job_queue(
        &self,
    ) -> crate::operation::update_job_queue::UpdateJobQueueFluentBuilder {
        crate::operation::update_job_queue::UpdateJobQueueFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`UpdateQuotaShareError`](crate::operation::update_quota_share::UpdateQuotaShareError).
    pub fn update_quota_share(
        &self,
    ) -> crate::operation::update_quota_share::UpdateQuotaShareFluentBuilder {
        crate::operation::update_quota_share::UpdateQuotaShareFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Updates a scheduling policy.
    ///
    /// Errors: [`UpdateSchedulingPolicyError`](crate::operation::update_scheduling_policy::UpdateSchedulingPolicyError).
    pub fn update_scheduling_policy(
        &self,
    ) -> crate::operation::update_scheduling_policy::UpdateSchedulingPolicyFluentBuilder {
        crate::operation::update_scheduling_policy::UpdateSchedulingPolicyFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`UpdateServiceEnvironmentError`](crate::operation::update_service_environment::UpdateServiceEnvironmentError).
    pub fn update_service_environment(
        &self,
    ) -> crate::operation::update_service_environment::UpdateServiceEnvironmentFluentBuilder {
        crate::operation::update_service_environment::UpdateServiceEnvironmentFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`UpdateServiceJobError`](crate::operation::update_service_job::UpdateServiceJobError).
    pub fn update_service_job(
        &self,
    ) -> crate::operation::update_service_job::UpdateServiceJobFluentBuilder {
        crate::operation::update_service_job::UpdateServiceJobFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
}
