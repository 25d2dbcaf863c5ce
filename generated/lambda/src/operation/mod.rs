//! One module per operation: its fluent builder and error enum.
/// The `AddLayerVersionPermission` operation.
pub mod add_layer_version_permission;
/// The `AddPermission` operation.
pub mod add_permission;
/// The `CheckpointDurableExecution` operation.
pub mod checkpoint_durable_execution;
/// The `CreateAlias` operation.
pub mod create_alias;
/// The `CreateCapacityProvider` operation.
pub mod create_capacity_provider;
/// The `CreateCodeSigningConfig` operation.
pub mod create_code_signing_config;
/// The `CreateEventSourceMapping` operation.
pub mod create_event_source_mapping;
/// The `CreateFunction` operation.
pub mod create_function;
/// The `CreateFunctionUrlConfig` operation.
pub mod create_function_url_config;
/// The `DeleteAlias` operation.
pub mod delete_alias;
/// The `DeleteCapacityProvider` operation.
pub mod delete_capacity_provider;
/// The `DeleteCodeSigningConfig` operation.
pub mod delete_code_signing_config;
/// The `DeleteDurableExecution` operation.
pub mod delete_durable_execution;
/// The `DeleteEventSourceMapping` operation.
pub mod delete_event_source_mapping;
/// The `DeleteFunction` operation.
pub mod delete_function;
/// The `DeleteFunctionCodeSigningConfig` operation.
pub mod delete_function_code_signing_config;
/// The `DeleteFunctionConcurrency` operation.
pub mod delete_function_concurrency;
/// The `DeleteFunctionEventInvokeConfig` operation.
pub mod delete_function_event_invoke_config;
/// The `DeleteFunctionUrlConfig` operation.
pub mod delete_function_url_config;
/// The `DeleteLayerVersion` operation.
pub mod delete_layer_version;
/// The `DeleteProvisionedConcurrencyConfig` operation.
pub mod delete_provisioned_concurrency_config;
/// The `DeleteResourcePolicy` operation.
pub mod delete_resource_policy;
/// The `GetAccountSettings` operation.
pub mod get_account_settings;
/// The `GetAlias` operation.
pub mod get_alias;
/// The `GetCapacityProvider` operation.
pub mod get_capacity_provider;
/// The `GetCodeSigningConfig` operation.
pub mod get_code_signing_config;
/// The `GetDurableExecution` operation.
pub mod get_durable_execution;
/// The `GetDurableExecutionHistory` operation.
pub mod get_durable_execution_history;
/// The `GetDurableExecutionState` operation.
pub mod get_durable_execution_state;
/// The `GetEventSourceMapping` operation.
pub mod get_event_source_mapping;
/// The `GetFunction` operation.
pub mod get_function;
/// The `GetFunctionCodeSigningConfig` operation.
pub mod get_function_code_signing_config;
/// The `GetFunctionConcurrency` operation.
pub mod get_function_concurrency;
/// The `GetFunctionConfiguration` operation.
pub mod get_function_configuration;
/// The `GetFunctionEventInvokeConfig` operation.
pub mod get_function_event_invoke_config;
/// The `GetFunctionRecursionConfig` operation.
pub mod get_function_recursion_config;
/// The `GetFunctionScalingConfig` operation.
pub mod get_function_scaling_config;
/// The `GetFunctionUrlConfig` operation.
pub mod get_function_url_config;
/// The `GetLayerVersion` operation.
pub mod get_layer_version;
/// The `GetLayerVersionByArn` operation.
pub mod get_layer_version_by_arn;
/// The `GetLayerVersionPolicy` operation.
pub mod get_layer_version_policy;
/// The `GetPolicy` operation.
pub mod get_policy;
/// The `GetProvisionedConcurrencyConfig` operation.
pub mod get_provisioned_concurrency_config;
/// The `GetResourcePolicy` operation.
pub mod get_resource_policy;
/// The `GetRuntimeManagementConfig` operation.
pub mod get_runtime_management_config;
/// The `Invoke` operation.
pub mod invoke;
/// The `InvokeAsync` operation.
pub mod invoke_async;
/// The `ListAliases` operation.
pub mod list_aliases;
/// The `ListCapacityProviders` operation.
pub mod list_capacity_providers;
/// The `ListCodeSigningConfigs` operation.
pub mod list_code_signing_configs;
/// The `ListDurableExecutionsByFunction` operation.
pub mod list_durable_executions_by_function;
/// The `ListEventSourceMappings` operation.
pub mod list_event_source_mappings;
/// The `ListFunctionEventInvokeConfigs` operation.
pub mod list_function_event_invoke_configs;
/// The `ListFunctionUrlConfigs` operation.
pub mod list_function_url_configs;
/// The `ListFunctionVersionsByCapacityProvider` operation.
pub mod list_function_versions_by_capacity_provider;
/// The `ListFunctions` operation.
pub mod list_functions;
/// The `ListFunctionsByCodeSigningConfig` operation.
pub mod list_functions_by_code_signing_config;
/// The `ListLayerVersions` operation.
pub mod list_layer_versions;
/// The `ListLayers` operation.
pub mod list_layers;
/// The `ListProvisionedConcurrencyConfigs` operation.
pub mod list_provisioned_concurrency_configs;
/// The `ListTags` operation.
pub mod list_tags;
/// The `ListVersionsByFunction` operation.
pub mod list_versions_by_function;
/// The `PauseDurableExecution` operation.
pub mod pause_durable_execution;
/// The `PublishLayerVersion` operation.
pub mod publish_layer_version;
/// The `PublishVersion` operation.
pub mod publish_version;
/// The `PutFunctionCodeSigningConfig` operation.
pub mod put_function_code_signing_config;
/// The `PutFunctionConcurrency` operation.
pub mod put_function_concurrency;
/// The `PutFunctionEventInvokeConfig` operation.
pub mod put_function_event_invoke_config;
/// The `PutFunctionRecursionConfig` operation.
pub mod put_function_recursion_config;
/// The `PutFunctionScalingConfig` operation.
pub mod put_function_scaling_config;
/// The `PutProvisionedConcurrencyConfig` operation.
pub mod put_provisioned_concurrency_config;
/// The `PutResourcePolicy` operation.
pub mod put_resource_policy;
/// The `PutRuntimeManagementConfig` operation.
pub mod put_runtime_management_config;
/// The `RemoveLayerVersionPermission` operation.
pub mod remove_layer_version_permission;
/// The `RemovePermission` operation.
pub mod remove_permission;
/// The `ResumeDurableExecution` operation.
pub mod resume_durable_execution;
/// The `SendDurableExecutionCallbackFailure` operation.
pub mod send_durable_execution_callback_failure;
/// The `SendDurableExecutionCallbackHeartbeat` operation.
pub mod send_durable_execution_callback_heartbeat;
/// The `SendDurableExecutionCallbackSuccess` operation.
pub mod send_durable_execution_callback_success;
/// The `StopDurableExecution` operation.
pub mod stop_durable_execution;
/// The `TagResource` operation.
pub mod tag_resource;
/// The `UntagResource` operation.
pub mod untag_resource;
/// The `UpdateAlias` operation.
pub mod update_alias;
/// The `UpdateCapacityProvider` operation.
pub mod update_capacity_provider;
/// The `UpdateCodeSigningConfig` operation.
pub mod update_code_signing_config;
/// The `UpdateEventSourceMapping` operation.
pub mod update_event_source_mapping;
/// The `UpdateFunctionCode` operation.
pub mod update_function_code;
/// The `UpdateFunctionConfiguration` operation.
pub mod update_function_configuration;
/// The `UpdateFunctionEventInvokeConfig` operation.
pub mod update_function_event_invoke_config;
/// The `UpdateFunctionUrlConfig` operation.
pub mod update_function_url_config;
