//! One module per operation: its fluent builder and error enum.
/// The `AssociateKmsKey` operation.
pub mod associate_kms_key;
/// The `AssociateSourceToS3TableIntegration` operation.
pub mod associate_source_to_s3_table_integration;
/// The `CancelExportTask` operation.
pub mod cancel_export_task;
/// The `CancelImportTask` operation.
pub mod cancel_import_task;
/// The `CreateDelivery` operation.
pub mod create_delivery;
/// The `CreateExportTask` operation.
pub mod create_export_task;
/// The `CreateImportTask` operation.
pub mod create_import_task;
/// The `CreateLogAnomalyDetector` operation.
pub mod create_log_anomaly_detector;
/// The `CreateLogGroup` operation.
pub mod create_log_group;
/// The `CreateLogStream` operation.
pub mod create_log_stream;
/// The `CreateLookupTable` operation.
pub mod create_lookup_table;
/// The `CreateScheduledQuery` operation.
pub mod create_scheduled_query;
/// The `DeleteAccountPolicy` operation.
pub mod delete_account_policy;
/// The `DeleteDataProtectionPolicy` operation.
pub mod delete_data_protection_policy;
/// The `DeleteDelivery` operation.
pub mod delete_delivery;
/// The `DeleteDeliveryDestination` operation.
pub mod delete_delivery_destination;
/// The `DeleteDeliveryDestinationPolicy` operation.
pub mod delete_delivery_destination_policy;
/// The `DeleteDeliverySource` operation.
pub mod delete_delivery_source;
/// The `DeleteDestination` operation.
pub mod delete_destination;
/// The `DeleteIndexPolicy` operation.
pub mod delete_index_policy;
/// The `DeleteIntegration` operation.
pub mod delete_integration;
/// The `DeleteLogAnomalyDetector` operation.
pub mod delete_log_anomaly_detector;
/// The `DeleteLogGroup` operation.
pub mod delete_log_group;
/// The `DeleteLogStream` operation.
pub mod delete_log_stream;
/// The `DeleteLookupTable` operation.
pub mod delete_lookup_table;
/// The `DeleteMetricFilter` operation.
pub mod delete_metric_filter;
/// The `DeleteQueryDefinition` operation.
pub mod delete_query_definition;
/// The `DeleteResourcePolicy` operation.
pub mod delete_resource_policy;
/// The `DeleteRetentionPolicy` operation.
pub mod delete_retention_policy;
/// The `DeleteScheduledQuery` operation.
pub mod delete_scheduled_query;
/// The `DeleteSubscriptionFilter` operation.
pub mod delete_subscription_filter;
/// The `DeleteSyslogConfiguration` operation.
pub mod delete_syslog_configuration;
/// The `DeleteTransformer` operation.
pub mod delete_transformer;
/// The `DescribeAccountPolicies` operation.
pub mod describe_account_policies;
/// The `DescribeConfigurationTemplates` operation.
pub mod describe_configuration_templates;
/// The `DescribeDeliveries` operation.
pub mod describe_deliveries;
/// The `DescribeDeliveryDestinations` operation.
pub mod describe_delivery_destinations;
/// The `DescribeDeliverySources` operation.
pub mod describe_delivery_sources;
/// The `DescribeDestinations` operation.
pub mod describe_destinations;
/// The `DescribeExportTasks` operation.
pub mod describe_export_tasks;
/// The `DescribeFieldIndexes` operation.
pub mod describe_field_indexes;
/// The `DescribeImportTaskBatches` operation.
pub mod describe_import_task_batches;
/// The `DescribeImportTasks` operation.
pub mod describe_import_tasks;
/// The `DescribeIndexPolicies` operation.
pub mod describe_index_policies;
/// The `DescribeLogGroups` operation.
pub mod describe_log_groups;
/// The `DescribeLogStreams` operation.
pub mod describe_log_streams;
/// The `DescribeLookupTables` operation.
pub mod describe_lookup_tables;
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
/// The `DisassociateSourceFromS3TableIntegration` operation.
pub mod disassociate_source_from_s3_table_integration;
/// The `FilterLogEvents` operation.
pub mod filter_log_events;
/// The `GetDataProtectionPolicy` operation.
pub mod get_data_protection_policy;
/// The `GetDelivery` operation.
pub mod get_delivery;
/// The `GetDeliveryDestination` operation.
pub mod get_delivery_destination;
/// The `GetDeliveryDestinationPolicy` operation.
pub mod get_delivery_destination_policy;
/// The `GetDeliverySource` operation.
pub mod get_delivery_source;
/// The `GetIntegration` operation.
pub mod get_integration;
/// The `GetLogAnomalyDetector` operation.
pub mod get_log_anomaly_detector;
/// The `GetLogEvents` operation.
pub mod get_log_events;
/// The `GetLogFields` operation.
pub mod get_log_fields;
/// The `GetLogGroupFields` operation.
pub mod get_log_group_fields;
/// The `GetLogObject` operation.
pub mod get_log_object;
/// The `GetLogRecord` operation.
pub mod get_log_record;
/// The `GetLookupTable` operation.
pub mod get_lookup_table;
/// The `GetQueryResults` operation.
pub mod get_query_results;
/// The `GetScheduledQuery` operation.
pub mod get_scheduled_query;
/// The `GetScheduledQueryHistory` operation.
pub mod get_scheduled_query_history;
/// The `GetStorageTierPolicy` operation.
pub mod get_storage_tier_policy;
/// The `GetTransformer` operation.
pub mod get_transformer;
/// The `ListAggregateLogGroupSummaries` operation.
pub mod list_aggregate_log_group_summaries;
/// The `ListAnomalies` operation.
pub mod list_anomalies;
/// The `ListIntegrations` operation.
pub mod list_integrations;
/// The `ListLogAnomalyDetectors` operation.
pub mod list_log_anomaly_detectors;
/// The `ListLogGroups` operation.
pub mod list_log_groups;
/// The `ListLogGroupsForQuery` operation.
pub mod list_log_groups_for_query;
/// The `ListScheduledQueries` operation.
pub mod list_scheduled_queries;
/// The `ListSourcesForS3TableIntegration` operation.
pub mod list_sources_for_s3_table_integration;
/// The `ListSyslogConfigurations` operation.
pub mod list_syslog_configurations;
/// The `ListTagsForResource` operation.
pub mod list_tags_for_resource;
/// The `ListTagsLogGroup` operation.
pub mod list_tags_log_group;
/// The `PutAccountPolicy` operation.
pub mod put_account_policy;
/// The `PutBearerTokenAuthentication` operation.
pub mod put_bearer_token_authentication;
/// The `PutDataProtectionPolicy` operation.
pub mod put_data_protection_policy;
/// The `PutDeliveryDestination` operation.
pub mod put_delivery_destination;
/// The `PutDeliveryDestinationPolicy` operation.
pub mod put_delivery_destination_policy;
/// The `PutDeliverySource` operation.
pub mod put_delivery_source;
/// The `PutDestination` operation.
pub mod put_destination;
/// The `PutDestinationPolicy` operation.
pub mod put_destination_policy;
/// The `PutIndexPolicy` operation.
pub mod put_index_policy;
/// The `PutIntegration` operation.
pub mod put_integration;
/// The `PutLogEvents` operation.
pub mod put_log_events;
/// The `PutLogGroupDeletionProtection` operation.
pub mod put_log_group_deletion_protection;
/// The `PutMetricFilter` operation.
pub mod put_metric_filter;
/// The `PutQueryDefinition` operation.
pub mod put_query_definition;
/// The `PutResourcePolicy` operation.
pub mod put_resource_policy;
/// The `PutRetentionPolicy` operation.
pub mod put_retention_policy;
/// The `PutStorageTierPolicy` operation.
pub mod put_storage_tier_policy;
/// The `PutSubscriptionFilter` operation.
pub mod put_subscription_filter;
/// The `PutSyslogConfiguration` operation.
pub mod put_syslog_configuration;
/// The `PutTransformer` operation.
pub mod put_transformer;
/// The `StartLiveTail` operation.
pub mod start_live_tail;
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
/// The `TestTransformer` operation.
pub mod test_transformer;
/// The `UntagLogGroup` operation.
pub mod untag_log_group;
/// The `UntagResource` operation.
pub mod untag_resource;
/// The `UpdateAnomaly` operation.
pub mod update_anomaly;
/// The `UpdateDeliveryConfiguration` operation.
pub mod update_delivery_configuration;
/// The `UpdateLogAnomalyDetector` operation.
pub mod update_log_anomaly_detector;
/// The `UpdateLookupTable` operation.
pub mod update_lookup_table;
/// The `UpdateScheduledQuery` operation.
pub mod update_scheduled_query;
