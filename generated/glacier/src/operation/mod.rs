//! One module per operation: its fluent builder and error enum.
/// The `AbortMultipartUpload` operation.
pub mod abort_multipart_upload;
/// The `AbortVaultLock` operation.
pub mod abort_vault_lock;
/// The `AddTagsToVault` operation.
pub mod add_tags_to_vault;
/// The `CompleteMultipartUpload` operation.
pub mod complete_multipart_upload;
/// The `CompleteVaultLock` operation.
pub mod complete_vault_lock;
/// The `CreateVault` operation.
pub mod create_vault;
/// The `DeleteArchive` operation.
pub mod delete_archive;
/// The `DeleteVault` operation.
pub mod delete_vault;
/// The `DeleteVaultAccessPolicy` operation.
pub mod delete_vault_access_policy;
/// The `DeleteVaultNotifications` operation.
pub mod delete_vault_notifications;
/// The `DescribeJob` operation.
pub mod describe_job;
/// The `DescribeVault` operation.
pub mod describe_vault;
/// The `GetDataRetrievalPolicy` operation.
pub mod get_data_retrieval_policy;
/// The `GetJobOutput` operation.
pub mod get_job_output;
/// The `GetVaultAccessPolicy` operation.
pub mod get_vault_access_policy;
/// The `GetVaultLock` operation.
pub mod get_vault_lock;
/// The `GetVaultNotifications` operation.
pub mod get_vault_notifications;
/// The `InitiateJob` operation.
pub mod initiate_job;
/// The `InitiateMultipartUpload` operation.
pub mod initiate_multipart_upload;
/// The `InitiateVaultLock` operation.
pub mod initiate_vault_lock;
/// The `ListJobs` operation.
pub mod list_jobs;
/// The `ListMultipartUploads` operation.
pub mod list_multipart_uploads;
/// The `ListParts` operation.
pub mod list_parts;
/// The `ListProvisionedCapacity` operation.
pub mod list_provisioned_capacity;
/// The `ListTagsForVault` operation.
pub mod list_tags_for_vault;
/// The `ListVaults` operation.
pub mod list_vaults;
/// The `PurchaseProvisionedCapacity` operation.
pub mod purchase_provisioned_capacity;
/// The `RemoveTagsFromVault` operation.
pub mod remove_tags_from_vault;
/// The `SetDataRetrievalPolicy` operation.
pub mod set_data_retrieval_policy;
/// The `SetVaultAccessPolicy` operation.
pub mod set_vault_access_policy;
/// The `SetVaultNotifications` operation.
pub mod set_vault_notifications;
/// The `UploadArchive` operation.
pub mod upload_archive;
/// The `UploadMultipartPart` operation.
pub mod upload_multipart_part;
