//! One module per operation: its fluent builder and error enum.
/// The `CancelJob` operation.
pub mod cancel_job;
/// The `CancelJobs` operation.
pub mod cancel_jobs;
/// The `CreateComputeEnvironment` operation.
pub mod create_compute_environment;
/// The `CreateConsumableResource` operation.
pub mod create_consumable_resource;
/// The `CreateJobQueue` operation.
pub mod create_job_queue;
/// The `CreateQuotaShare` operation.
pub mod create_quota_share;
/// The `CreateSchedulingPolicy` operation.
pub mod create_scheduling_policy;
/// The `CreateServiceEnvironment` operation.
pub mod create_service_environment;
/// The `DeleteComputeEnvironment` operation.
pub mod delete_compute_environment;
/// The `DeleteConsumableResource` operation.
pub mod delete_consumable_resource;
/// The `DeleteJobQueue` operation.
pub mod delete_job_queue;
/// The `DeleteQuotaShare` operation.
pub mod delete_quota_share;
/// The `DeleteSchedulingPolicy` operation.
pub mod delete_scheduling_policy;
/// The `DeleteServiceEnvironment` operation.
pub mod delete_service_environment;
/// The `DeregisterJobDefinition` operation.
pub mod deregister_job_definition;
/// The `DescribeComputeEnvironments` operation.
pub mod describe_compute_environments;
/// The `DescribeConsumableResource` operation.
pub mod describe_consumable_resource;
/// The `DescribeJobDefinitions` operation.
pub mod describe_job_definitions;
/// The `DescribeJobQueues` operation.
pub mod describe_job_queues;
/// The `DescribeJobs` operation.
pub mod describe_jobs;
/// The `DescribeQuotaShare` operation.
pub mod describe_quota_share;
/// The `DescribeSchedulingPolicies` operation.
pub mod describe_scheduling_policies;
/// The `DescribeServiceEnvironments` operation.
pub mod describe_service_environments;
/// The `DescribeServiceJob` operation.
pub mod describe_service_job;
/// The `GetJobQueueSnapshot` operation.
pub mod get_job_queue_snapshot;
/// The `ListConsumableResources` operation.
pub mod list_consumable_resources;
/// The `ListJobs` operation.
pub mod list_jobs;
/// The `ListJobsByConsumableResource` operation.
pub mod list_jobs_by_consumable_resource;
/// The `ListQuotaShares` operation.
pub mod list_quota_shares;
/// The `ListSchedulingPolicies` operation.
pub mod list_scheduling_policies;
/// The `ListServiceJobs` operation.
pub mod list_service_jobs;
/// The `ListTagsForResource` operation.
pub mod list_tags_for_resource;
/// The `RegisterJobDefinition` operation.
pub mod register_job_definition;
/// The `SubmitJob` operation.
pub mod submit_job;
/// The `SubmitServiceJob` operation.
pub mod submit_service_job;
/// The `TagResource` operation.
pub mod tag_resource;
/// The `TerminateJob` operation.
pub mod terminate_job;
/// The `TerminateJobs` operation.
pub mod terminate_jobs;
/// The `TerminateServiceJob` operation.
pub mod terminate_service_job;
/// The `TerminateServiceJobs` operation.
pub mod terminate_service_jobs;
/// The `UntagResource` operation.
pub mod untag_resource;
/// The `UpdateComputeEnvironment` operation.
pub mod update_compute_environment;
/// The `UpdateConsumableResource` operation.
pub mod update_consumable_resource;
/// The `UpdateJobQueue` operation.
pub mod update_job_queue;
/// The `UpdateQuotaShare` operation.
pub mod update_quota_share;
/// The `UpdateSchedulingPolicy` operation.
pub mod update_scheduling_policy;
/// The `UpdateServiceEnvironment` operation.
pub mod update_service_environment;
/// The `UpdateServiceJob` operation.
pub mod update_service_job;
