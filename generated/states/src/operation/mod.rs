//! One module per operation: its fluent builder and error enum.
/// The `CreateActivity` operation.
pub mod create_activity;
/// The `CreateStateMachine` operation.
pub mod create_state_machine;
/// The `CreateStateMachineAlias` operation.
pub mod create_state_machine_alias;
/// The `DeleteActivity` operation.
pub mod delete_activity;
/// The `DeleteStateMachine` operation.
pub mod delete_state_machine;
/// The `DeleteStateMachineAlias` operation.
pub mod delete_state_machine_alias;
/// The `DeleteStateMachineVersion` operation.
pub mod delete_state_machine_version;
/// The `DescribeActivity` operation.
pub mod describe_activity;
/// The `DescribeExecution` operation.
pub mod describe_execution;
/// The `DescribeMapRun` operation.
pub mod describe_map_run;
/// The `DescribeStateMachine` operation.
pub mod describe_state_machine;
/// The `DescribeStateMachineAlias` operation.
pub mod describe_state_machine_alias;
/// The `DescribeStateMachineForExecution` operation.
pub mod describe_state_machine_for_execution;
/// The `GetActivityTask` operation.
pub mod get_activity_task;
/// The `GetExecutionHistory` operation.
pub mod get_execution_history;
/// The `ListActivities` operation.
pub mod list_activities;
/// The `ListExecutions` operation.
pub mod list_executions;
/// The `ListMapRuns` operation.
pub mod list_map_runs;
/// The `ListStateMachineAliases` operation.
pub mod list_state_machine_aliases;
/// The `ListStateMachineVersions` operation.
pub mod list_state_machine_versions;
/// The `ListStateMachines` operation.
pub mod list_state_machines;
/// The `ListTagsForResource` operation.
pub mod list_tags_for_resource;
/// The `PublishStateMachineVersion` operation.
pub mod publish_state_machine_version;
/// The `RedriveExecution` operation.
pub mod redrive_execution;
/// The `SendTaskFailure` operation.
pub mod send_task_failure;
/// The `SendTaskHeartbeat` operation.
pub mod send_task_heartbeat;
/// The `SendTaskSuccess` operation.
pub mod send_task_success;
/// The `StartExecution` operation.
pub mod start_execution;
/// The `StartSyncExecution` operation.
pub mod start_sync_execution;
/// The `StopExecution` operation.
pub mod stop_execution;
/// The `TagResource` operation.
pub mod tag_resource;
/// The `TestState` operation.
pub mod test_state;
/// The `UntagResource` operation.
pub mod untag_resource;
/// The `UpdateMapRun` operation.
pub mod update_map_run;
/// The `UpdateStateMachine` operation.
pub mod update_state_machine;
/// The `UpdateStateMachineAlias` operation.
pub mod update_state_machine_alias;
/// The `ValidateStateMachineDefinition` operation.
pub mod validate_state_machine_definition;
