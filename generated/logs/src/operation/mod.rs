//! One module per operation: its fluent builder and error enum.
/// The `AssociateKmsKey` operation.
pub mod associate_kms_key;
/// The `CancelExportTask` operation.
pub mod cancel_export_task;
/// The `CreateExportTask` operation.
pub mod create_export_task;
/// The `CreateLogGroup` operation.
pub mod create_log_group;
/// The `CreateLogStream` operation.
pub mod create_log_stream;
/// The `DeleteAccountPolicy` operation.
pub mod delete_account_policy;
/// The `DeleteDataProtectionPolicy` operation.
pub mod delete_data_protection_policy;
/// The `DeleteDestination` operation.
pub mod delete_destination;
/// The `DeleteLogGroup` operation.
pub mod delete_log_group;
/// The `DeleteLogStream` operation.
pub mod delete_log_stream;
/// The `DeleteMetricFilter` operation.
pub mod delete_metric_filter;
/// The `DeleteQueryDefinition` operation.
pub mod delete_query_definition;
/// The `DeleteResourcePolicy` operation.
pub mod delete_resource_policy;
/// The `DeleteRetentionPolicy` operation.
pub mod delete_retention_policy;
/// The `DeleteSubscriptionFilter` operation.
pub mod delete_subscription_filter;
/// The `DescribeAccountPolicies` operation.
pub mod describe_account_policies;
/// The `DescribeDestinations` operation.
pub mod describe_destinations;
/// The `DescribeExportTasks` operation.
pub mod describe_export_tasks;
/// The `DescribeLogGroups` operation.
pub mod describe_log_groups;
/// The `DescribeLogStreams` operation.
pub mod describe_log_streams;
/// The `DescribeMetricFilters` operation.
pub mod describe_metric_filters;
/// The `DescribeQueries` operation.
pub mod describe_queries;
/// The `DescribeQueryDefinitions` operation.
pub mod describe_query_definitions;
/// The `DescribeResourcePolicies` operation.
pub mod describe_resource_policies;
/// The `DescribeSubscriptionFilters` operation.
pub mod describe_subscription_filters;
/// The `DisassociateKmsKey` operation.
pub mod disassociate_kms_key;
/// The `FilterLogEvents` operation.
pub mod filter_log_events;
/// The `GetDataProtectionPolicy` operation.
pub mod get_data_protection_policy;
/// The `GetLogEvents` operation.
pub mod get_log_events;
/// The `GetLogGroupFields` operation.
pub mod get_log_group_fields;
/// The `GetLogRecord` operation.
pub mod get_log_record;
/// The `GetQueryResults` operation.
pub mod get_query_results;
/// The `ListTagsForResource` operation.
pub mod list_tags_for_resource;
/// The `ListTagsLogGroup` operation.
pub mod list_tags_log_group;
/// The `PutAccountPolicy` operation.
pub mod put_account_policy;
/// The `PutDataProtectionPolicy` operation.
pub mod put_data_protection_policy;
/// The `PutDestination` operation.
pub mod put_destination;
/// The `PutDestinationPolicy` operation.
pub mod put_destination_policy;
/// The `PutLogEvents` operation.
pub mod put_log_events;
/// The `PutMetricFilter` operation.
pub mod put_metric_filter;
/// The `PutQueryDefinition` operation.
pub mod put_query_definition;
/// The `PutResourcePolicy` operation.
pub mod put_resource_policy;
/// The `PutRetentionPolicy` operation.
pub mod put_retention_policy;
/// The `PutSubscriptionFilter` operation.
pub mod put_subscription_filter;
/// The `StartQuery` operation.
pub mod start_query;
/// The `StopQuery` operation.
pub mod stop_query;
/// The `TagLogGroup` operation.
pub mod tag_log_group;
/// The `TagResource` operation.
pub mod tag_resource;
/// The `TestMetricFilter` operation.
pub mod test_metric_filter;
/// The `UntagLogGroup` operation.
pub mod untag_log_group;
/// The `UntagResource` operation.
pub mod untag_resource;
