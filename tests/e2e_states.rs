//! The generated Step Functions client against moto's server, with moto's
//! SigV4 verification on: every call below is signed by `states-client` and
//! checked by moto, so a wrong signature fails the test.

use project_tests::moto::{unique_name, Moto};
use states_client::operation::describe_state_machine::DescribeStateMachineError;
use states_client::runtime::credentials::Credentials;
use states_client::runtime::env::Env;
use states_client::types::{ExecutionStatus, Tag};
use states_client::{Client, Config};

const PASS_DEFINITION: &str =
    r#"{"StartAt":"Hello","States":{"Hello":{"Type":"Pass","End":true}}}"#;
const ROLE_ARN: &str = "arn:aws:iam::123456789012:role/states-e2e";

fn moto() -> &'static Moto {
    Moto::shared().unwrap_or_else(|e| panic!("moto: {e}"))
}

fn client_with_secret(secret: &str) -> Client {
    let moto = moto();
    Client::from_conf(
        Config::builder()
            .region(moto.region())
            .endpoint_url(moto.endpoint())
            .credentials(Credentials::new(moto.access_key_id(), secret, None, None))
            .build(),
    )
}

fn client() -> Client {
    client_with_secret(moto().secret_access_key())
}

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
}

async fn create_machine(client: &Client, name: &str) -> String {
    client
        .create_state_machine()
        .name(name)
        .definition(PASS_DEFINITION)
        .role_arn(ROLE_ARN)
        .send()
        .await
        .unwrap_or_else(|e| panic!("create {name}: {e}"))
        .state_machine_arn
}

#[test]
fn state_machine_lifecycle() {
    runtime().block_on(async {
        let client = client();
        let prefix = unique_name("sm");
        let mut arns = Vec::new();
        for i in 0..3 {
            arns.push(create_machine(&client, &format!("{prefix}-{i}")).await);
        }

        let described = client
            .describe_state_machine()
            .state_machine_arn(&arns[0])
            .send()
            .await
            .unwrap();
        assert_eq!(described.name, format!("{prefix}-0"));
        assert_eq!(described.definition, PASS_DEFINITION);
        assert_eq!(described.role_arn, ROLE_ARN);
        assert!(
            described.creation_date.secs() > 1_600_000_000,
            "{:?}",
            described.creation_date
        );

        // Page size 1, following nextToken across every page.
        let mut token: Option<String> = None;
        let mut pages = 0;
        let mut seen = Vec::new();
        loop {
            let page = client
                .list_state_machines()
                .max_results(1)
                .set_next_token(token.clone())
                .send()
                .await
                .unwrap();
            pages += 1;
            assert!(
                page.state_machines.len() <= 1,
                "page size 1 returned {}",
                page.state_machines.len()
            );
            seen.extend(
                page.state_machines
                    .into_iter()
                    .filter(|m| m.name.starts_with(&prefix))
                    .map(|m| m.state_machine_arn),
            );
            match page.next_token {
                Some(t) if !t.is_empty() => token = Some(t),
                _ => break,
            }
            assert!(pages < 1000, "pagination does not end");
        }
        assert!(pages >= 3, "expected at least 3 pages, got {pages}");
        let mut expected = arns.clone();
        expected.sort();
        seen.sort();
        assert_eq!(seen, expected);

        for arn in &arns {
            client
                .delete_state_machine()
                .state_machine_arn(arn)
                .send()
                .await
                .unwrap();
        }
        let err = client
            .describe_state_machine()
            .state_machine_arn(&arns[1])
            .send()
            .await
            .unwrap_err();
        let text = err.to_string();
        match err.into_service_error() {
            Some(DescribeStateMachineError::StateMachineDoesNotExist(e)) => {
                assert_eq!(e.meta().status(), 400);
                assert!(text.contains("StateMachineDoesNotExist"), "{text}");
            }
            other => panic!("expected StateMachineDoesNotExist, got {other:?}"),
        }
    });
}

#[test]
fn execution_lifecycle() {
    runtime().block_on(async {
        let client = client();
        let arn = create_machine(&client, &unique_name("exec")).await;
        let started = client
            .start_execution()
            .state_machine_arn(&arn)
            .name(unique_name("run"))
            .input(r#"{"who":"world"}"#)
            .send()
            .await
            .unwrap();
        let execution = client
            .describe_execution()
            .execution_arn(&started.execution_arn)
            .send()
            .await
            .unwrap();
        assert_eq!(execution.state_machine_arn, arn);
        assert_eq!(execution.input.as_deref(), Some(r#"{"who":"world"}"#));
        assert!(
            matches!(
                execution.status,
                ExecutionStatus::Running | ExecutionStatus::Succeeded
            ),
            "{:?}",
            execution.status
        );

        let history = client
            .get_execution_history()
            .execution_arn(&started.execution_arn)
            .send()
            .await
            .unwrap();
        assert!(!history.events.is_empty());
        assert!(
            history.events.windows(2).all(|w| w[0].id < w[1].id),
            "event ids ascend"
        );

        client
            .stop_execution()
            .execution_arn(&started.execution_arn)
            .cause("test over")
            .send()
            .await
            .unwrap();
        let stopped = client
            .describe_execution()
            .execution_arn(&started.execution_arn)
            .send()
            .await
            .unwrap();
        assert_eq!(stopped.status, ExecutionStatus::Aborted);
        assert!(stopped.stop_date.is_some());
        client
            .delete_state_machine()
            .state_machine_arn(&arn)
            .send()
            .await
            .unwrap();
    });
}

#[test]
fn tags() {
    runtime().block_on(async {
        let client = client();
        let arn = create_machine(&client, &unique_name("tags")).await;
        let tag = |k: &str, v: &str| Tag::builder().key(k).value(v).build().unwrap();
        client
            .tag_resource()
            .resource_arn(&arn)
            .tags(tag("team", "core"))
            .tags(tag("env", "test"))
            .send()
            .await
            .unwrap();
        let listed = client
            .list_tags_for_resource()
            .resource_arn(&arn)
            .send()
            .await
            .unwrap();
        let mut keys: Vec<_> = listed
            .tags
            .unwrap_or_default()
            .into_iter()
            .filter_map(|t| t.key)
            .collect();
        keys.sort();
        assert_eq!(keys, ["env", "team"]);
        client
            .untag_resource()
            .resource_arn(&arn)
            .tag_keys("team")
            .send()
            .await
            .unwrap();
        let listed = client
            .list_tags_for_resource()
            .resource_arn(&arn)
            .send()
            .await
            .unwrap();
        let tags = listed.tags.unwrap_or_default();
        assert_eq!(tags.len(), 1);
        assert_eq!(tags[0].key.as_deref(), Some("env"));
        assert_eq!(tags[0].value.as_deref(), Some("test"));
        client
            .delete_state_machine()
            .state_machine_arn(&arn)
            .send()
            .await
            .unwrap();
    });
}

#[test]
fn activity_lifecycle() {
    runtime().block_on(async {
        let client = client();
        let name = unique_name("act");
        let created = client.create_activity().name(&name).send().await.unwrap();
        let described = client
            .describe_activity()
            .activity_arn(&created.activity_arn)
            .send()
            .await
            .unwrap();
        assert_eq!(described.name, name);
        assert_eq!(described.activity_arn, created.activity_arn);
        let listed = client.list_activities().send().await.unwrap();
        assert!(listed
            .activities
            .iter()
            .any(|a| a.activity_arn == created.activity_arn));
        client
            .delete_activity()
            .activity_arn(&created.activity_arn)
            .send()
            .await
            .unwrap();
        let listed = client.list_activities().send().await.unwrap();
        assert!(!listed
            .activities
            .iter()
            .any(|a| a.activity_arn == created.activity_arn));
    });
}

#[test]
fn wrong_secret_is_rejected_by_signature_check() {
    runtime().block_on(async {
        let client = client_with_secret("not-the-secret");
        let err = client.list_state_machines().send().await.unwrap_err();
        let text = err.to_string();
        assert!(text.contains("SignatureDoesNotMatch"), "{text}");
        assert!(text.contains("HTTP 403"), "{text}");
        let service_error = err.into_service_error().expect("a service error");
        assert_eq!(service_error.meta().status(), 403);
        assert_eq!(service_error.code(), Some("SignatureDoesNotMatch"));
    });
}

/// Credentials, region and endpoint read from a shared credentials file and
/// a config-file profile (real files; variables given through `Env`).
#[test]
fn configured_from_shared_files_and_profile() {
    let moto = moto();
    let dir = tempfile::tempdir().unwrap();
    let credentials = dir.path().join("credentials");
    let config = dir.path().join("config");
    std::fs::write(
        &credentials,
        format!(
            "[e2e]\naws_access_key_id = {}\naws_secret_access_key = {}\n",
            moto.access_key_id(),
            moto.secret_access_key()
        ),
    )
    .unwrap();
    std::fs::write(
        &config,
        format!(
            "[profile e2e]\nregion = {}\nendpoint_url = {}\n",
            moto.region(),
            moto.endpoint()
        ),
    )
    .unwrap();
    let env = Env::from_map([
        ("AWS_SHARED_CREDENTIALS_FILE", credentials.to_str().unwrap()),
        ("AWS_CONFIG_FILE", config.to_str().unwrap()),
        ("AWS_PROFILE", "e2e"),
    ]);
    let client = Client::from_conf(Config::from_env().env(env).build());
    runtime().block_on(async {
        let arn = create_machine(&client, &unique_name("files")).await;
        client
            .delete_state_machine()
            .state_machine_arn(&arn)
            .send()
            .await
            .unwrap();
    });
}

/// The generated paginators against moto: `ListStateMachines` and
/// `ListExecutions` with a page size of 1.
#[test]
fn paginators_follow_next_token() {
    runtime().block_on(async {
        let client = client();
        let prefix = unique_name("pg");
        let mut arns = Vec::new();
        for i in 0..3 {
            arns.push(create_machine(&client, &format!("{prefix}-{i}")).await);
        }
        let mut machines = client
            .list_state_machines()
            .into_paginator()
            .page_size(1)
            .items();
        let mut ours = Vec::new();
        while let Some(machine) = machines.next().await {
            let machine = machine.unwrap();
            if machine.name.starts_with(&prefix) {
                ours.push(machine.state_machine_arn);
            }
        }
        ours.sort();
        let mut expected = arns.clone();
        expected.sort();
        assert_eq!(ours, expected);

        for i in 0..3 {
            client
                .start_execution()
                .state_machine_arn(&arns[0])
                .name(format!("{prefix}-run-{i}"))
                .send()
                .await
                .unwrap();
        }
        let mut pages = client
            .list_executions()
            .state_machine_arn(&arns[0])
            .into_paginator()
            .page_size(1)
            .send();
        let (mut page_count, mut executions) = (0, Vec::new());
        while let Some(page) = pages.next().await {
            let page = page.unwrap();
            assert!(page.executions.len() <= 1);
            page_count += 1;
            executions.extend(page.executions.into_iter().map(|e| e.name));
        }
        executions.sort();
        assert_eq!(
            executions,
            [
                format!("{prefix}-run-0"),
                format!("{prefix}-run-1"),
                format!("{prefix}-run-2")
            ]
        );
        assert!(page_count >= 3, "{page_count} pages");
        for arn in &arns {
            client
                .delete_state_machine()
                .state_machine_arn(arn)
                .send()
                .await
                .unwrap();
        }
    });
}
