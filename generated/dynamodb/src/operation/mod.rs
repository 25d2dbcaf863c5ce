//! One module per operation: its fluent builder and error enum.
/// The `BatchExecuteStatement` operation.
pub mod batch_execute_statement;
/// The `BatchGetItem` operation.
pub mod batch_get_item;
/// The `BatchWriteItem` operation.
pub mod batch_write_item;
/// The `CancelBulkOperation` operation.
pub mod cancel_bulk_operation;
/// The `CreateBackup` operation.
pub mod create_backup;
/// The `CreateGlobalTable` operation.
pub mod create_global_table;
/// The `CreateTable` operation.
pub mod create_table;
/// The `DeleteBackup` operation.
pub mod delete_backup;
/// The `DeleteItem` operation.
pub mod delete_item;
/// The `DeleteResourcePolicy` operation.
pub mod delete_resource_policy;
/// The `DeleteTable` operation.
pub mod delete_table;
/// The `DescribeBackup` operation.
pub mod describe_backup;
/// The `DescribeBulkOperation` operation.
pub mod describe_bulk_operation;
/// The `DescribeContinuousBackups` operation.
pub mod describe_continuous_backups;
/// The `DescribeContributorInsights` operation.
pub mod describe_contributor_insights;
/// The `DescribeEndpoints` operation.
pub mod describe_endpoints;
/// The `DescribeExport` operation.
pub mod describe_export;
/// The `DescribeGlobalTable` operation.
pub mod describe_global_table;
/// The `DescribeGlobalTableSettings` operation.
pub mod describe_global_table_settings;
/// The `DescribeImport` operation.
pub mod describe_import;
/// The `DescribeKinesisStreamingDestination` operation.
pub mod describe_kinesis_streaming_destination;
/// The `DescribeLimits` operation.
pub mod describe_limits;
/// The `DescribeTable` operation.
pub mod describe_table;
/// The `DescribeTableReplicaAutoScaling` operation.
pub mod describe_table_replica_auto_scaling;
/// The `DescribeTimeToLive` operation.
pub mod describe_time_to_live;
/// The `DisableKinesisStreamingDestination` operation.
pub mod disable_kinesis_streaming_destination;
/// The `EnableKinesisStreamingDestination` operation.
pub mod enable_kinesis_streaming_destination;
/// The `ExecuteStatement` operation.
pub mod execute_statement;
/// The `ExecuteTransaction` operation.
pub mod execute_transaction;
/// The `ExportTableToPointInTime` operation.
pub mod export_table_to_point_in_time;
/// The `GetItem` operation.
pub mod get_item;
/// The `GetResourcePolicy` operation.
pub mod get_resource_policy;
/// The `ImportTable` operation.
pub mod import_table;
/// The `ListBackups` operation.
pub mod list_backups;
/// The `ListBulkOperations` operation.
pub mod list_bulk_operations;
/// The `ListContributorInsights` operation.
pub mod list_contributor_insights;
/// The `ListExports` operation.
pub mod list_exports;
/// The `ListGlobalTables` operation.
pub mod list_global_tables;
/// The `ListImports` operation.
pub mod list_imports;
/// The `ListTables` operation.
pub mod list_tables;
/// The `ListTagsOfResource` operation.
pub mod list_tags_of_resource;
/// The `PutItem` operation.
pub mod put_item;
/// The `PutResourcePolicy` operation.
pub mod put_resource_policy;
/// The `Query` operation.
pub mod query;
/// The `RestoreTableFromBackup` operation.
pub mod restore_table_from_backup;
/// The `RestoreTableToPointInTime` operation.
pub mod restore_table_to_point_in_time;
/// The `Scan` operation.
pub mod scan;
/// The `SearchVectors` operation.
pub mod search_vectors;
/// The `StartBulkPutItems` operation.
pub mod start_bulk_put_items;
/// The `TagResource` operation.
pub mod tag_resource;
/// The `TransactGetItems` operation.
pub mod transact_get_items;
/// The `TransactWriteItems` operation.
pub mod transact_write_items;
/// The `UntagResource` operation.
pub mod untag_resource;
/// The `UpdateContinuousBackups` operation.
pub mod update_continuous_backups;
/// The `UpdateContributorInsights` operation.
pub mod update_contributor_insights;
/// The `UpdateGlobalTable` operation.
pub mod update_global_table;
/// The `UpdateGlobalTableSettings` operation.
pub mod update_global_table_settings;
/// The `UpdateItem` operation.
pub mod update_item;
/// The `UpdateKinesisStreamingDestination` operation.
pub mod update_kinesis_streaming_destination;
/// The `UpdateTable` operation.
pub mod update_table;
/// The `UpdateTableReplicaAutoScaling` operation.
pub mod update_table_replica_auto_scaling;
/// The `UpdateTimeToLive` operation.
pub mod update_time_to_live;
