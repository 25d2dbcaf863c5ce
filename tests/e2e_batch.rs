//! The generated Batch client (restJson1) against moto's server with SigV4
//! verification on. moto's Docker-less Batch backend (`batch_simple`) is
//! switched on before anything is created: a submitted job then succeeds at
//! once instead of starting a container.
//!
//! Batch's operations are POSTs to fixed paths with JSON bodies; what is
//! sensitive to the wire format here is the tag API: `/v1/tags/{resourceArn}`
//! with the job queue's ARN (`:` and `/`, and a queue name holding `%41` and
//! `é`) in one label, and removed keys in the `tagKeys` query list. moto
//! stores tags under the ARN it decoded from the path and does not check the
//! resource exists, so the tags are read back through DescribeJobQueues (the
//! ARN there comes from the body): a label encoded wrongly would tag another
//! ARN, which ListTagsForResource (encoded the same wrong way) would not see.

use std::collections::HashMap;
use std::sync::OnceLock;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use batch_client::operation::submit_job::SubmitJobError;
use batch_client::runtime::credentials::Credentials;
use batch_client::types::{
    CeState, CeType, ComputeEnvironmentOrder, ContainerOverrides, ContainerProperties, JobStatus,
    JqState, KeyValuePair, ResourceRequirement, ResourceType,
};
use batch_client::{Client, Config};
use project_tests::moto::{unique_name, Moto};

fn moto() -> &'static Moto {
    Moto::shared().unwrap_or_else(|e| panic!("moto: {e}"))
}

/// Docker-less Batch on, and an IAM service role (moto's
/// CreateComputeEnvironment looks the role up in its IAM). Done once per
/// test binary, before anything exists: the switch selects another backend.
fn service_role() -> &'static str {
    static ROLE: OnceLock<Result<String, String>> = OnceLock::new();
    ROLE.get_or_init(|| {
        let moto = moto();
        moto.disable_docker("batch")?;
        moto.create_role(&unique_name("batch-e2e-role"))
    })
    .as_deref()
    .unwrap_or_else(|e| panic!("batch setup: {e}"))
}

fn client() -> Client {
    service_role();
    let moto = moto();
    Client::from_conf(
        Config::builder()
            .region(moto.region())
            .endpoint_url(moto.endpoint())
            .credentials(Credentials::new(
                moto.access_key_id(),
                moto.secret_access_key(),
                None,
                None,
            ))
            .build(),
    )
}

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
}

fn arn(kind: &str, rest: &str) -> String {
    let moto = moto();
    format!(
        "arn:aws:batch:{}:{}:{kind}/{rest}",
        moto.region(),
        moto.account_id()
    )
}

fn now_millis() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_millis() as i64
}

fn pairs(pairs: &[(&str, &str)]) -> HashMap<String, String> {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

fn env(name: &str, value: &str) -> KeyValuePair {
    KeyValuePair::builder()
        .name(name)
        .value(value)
        .build()
        .unwrap()
}

/// An UNMANAGED compute environment (moto needs no EC2 setup for it).
async fn create_compute_environment(client: &Client, name: &str) -> String {
    let created = client
        .create_compute_environment()
        .compute_environment_name(name)
        .r#type(CeType::from("UNMANAGED"))
        .state(CeState::from("ENABLED"))
        .service_role(service_role())
        .tags("created-by", "e2e_batch")
        .send()
        .await
        .unwrap_or_else(|e| panic!("create compute environment {name}: {e}"));
    let ce_arn = arn("compute-environment", name);
    assert_eq!(created.compute_environment_name.as_deref(), Some(name));
    assert_eq!(
        created.compute_environment_arn.as_deref(),
        Some(ce_arn.as_str())
    );
    ce_arn
}

async fn create_job_queue(client: &Client, name: &str, ce_arn: &str) -> String {
    let created = client
        .create_job_queue()
        .job_queue_name(name)
        .state(JqState::from("ENABLED"))
        .priority(7)
        .compute_environment_order(
            ComputeEnvironmentOrder::builder()
                .order(1)
                .compute_environment(ce_arn)
                .build()
                .unwrap(),
        )
        .tags("created-by", "e2e_batch")
        .send()
        .await
        .unwrap_or_else(|e| panic!("create job queue {name}: {e}"));
    let queue_arn = arn("job-queue", name);
    assert_eq!(created.job_queue_name, name);
    assert_eq!(created.job_queue_arn, queue_arn);
    queue_arn
}

async fn job_queue_tags(client: &Client, queue_arn: &str) -> HashMap<String, String> {
    let described = client
        .describe_job_queues()
        .job_queues(queue_arn)
        .send()
        .await
        .unwrap();
    let queues = described.job_queues.unwrap_or_default();
    assert_eq!(queues.len(), 1, "{queues:?}");
    queues[0].tags.clone().unwrap_or_default()
}

/// The whole Batch flow: compute environment, job queue, job definition,
/// SubmitJob, DescribeJobs, ListJobs (paginator), then everything removed.
#[test]
fn compute_environment_queue_definition_and_job() {
    runtime().block_on(async {
        let client = client();
        let ce_name = unique_name("ce");
        let ce_arn = create_compute_environment(&client, &ce_name).await;
        let described = client
            .describe_compute_environments()
            .compute_environments(&ce_name)
            .send()
            .await
            .unwrap();
        let envs = described.compute_environments.unwrap_or_default();
        assert_eq!(envs.len(), 1, "{envs:?}");
        let ce = &envs[0];
        assert_eq!(ce.compute_environment_arn, ce_arn);
        assert_eq!(ce.compute_environment_name, ce_name);
        assert_eq!(ce.r#type.as_ref().map(|t| t.as_str()), Some("UNMANAGED"));
        assert_eq!(ce.state.as_ref().map(|s| s.as_str()), Some("ENABLED"));
        assert_eq!(ce.status.as_ref().map(|s| s.as_str()), Some("VALID"));
        assert_eq!(ce.service_role.as_deref(), Some(service_role()));
        assert_eq!(
            ce.tags.clone().unwrap_or_default(),
            pairs(&[("created-by", "e2e_batch")])
        );

        let queue_name = unique_name("queue");
        let queue_arn = create_job_queue(&client, &queue_name, &ce_arn).await;
        let queues = client
            .describe_job_queues()
            .job_queues(&queue_name)
            .send()
            .await
            .unwrap()
            .job_queues
            .unwrap_or_default();
        assert_eq!(queues.len(), 1, "{queues:?}");
        let queue = &queues[0];
        assert_eq!(queue.job_queue_arn, queue_arn);
        assert_eq!(queue.job_queue_name, queue_name);
        assert_eq!(queue.priority, 7);
        assert_eq!(queue.state.as_str(), "ENABLED");
        assert_eq!(queue.status.as_ref().map(|s| s.as_str()), Some("VALID"));
        assert_eq!(queue.compute_environment_order.len(), 1);
        assert_eq!(
            queue.compute_environment_order[0].compute_environment,
            ce_arn
        );
        assert_eq!(queue.compute_environment_order[0].order, 1);

        let def_name = unique_name("jobdef");
        let registered = client
            .register_job_definition()
            .job_definition_name(&def_name)
            .r#type("container")
            .container_properties(
                ContainerProperties::builder()
                    .image("busybox:latest")
                    .command("echo")
                    .command("Ref::greeting")
                    // moto answers a `VCPU` requirement's value as a float
                    // (`1.0`, where the model has an integer): the older
                    // `vcpus` member comes back as sent.
                    .vcpus(1)
                    .resource_requirements(
                        ResourceRequirement::builder()
                            .r#type(ResourceType::from("MEMORY"))
                            .value("128")
                            .build()
                            .unwrap(),
                    )
                    .environment(env("FROM_DEFINITION", "def"))
                    .build()
                    .unwrap(),
            )
            .parameters("greeting", "hello")
            .tags("created-by", "e2e_batch")
            .send()
            .await
            .unwrap();
        let def_arn = arn("job-definition", &format!("{def_name}:1"));
        assert_eq!(registered.job_definition_name, def_name);
        assert_eq!(registered.job_definition_arn, def_arn);
        assert_eq!(registered.revision, 1);
        let defs = client
            .describe_job_definitions()
            .job_definition_name(&def_name)
            .send()
            .await
            .unwrap()
            .job_definitions
            .unwrap_or_default();
        assert_eq!(defs.len(), 1, "{defs:?}");
        assert_eq!(defs[0].job_definition_arn, def_arn);
        assert_eq!(defs[0].status.as_deref(), Some("ACTIVE"));
        assert_eq!(defs[0].r#type, "container");
        assert_eq!(
            defs[0].parameters.clone().unwrap_or_default(),
            pairs(&[("greeting", "hello")])
        );
        let container = defs[0].container_properties.as_ref().expect("container");
        assert_eq!(container.image.as_deref(), Some("busybox:latest"));
        assert_eq!(
            defs[0].tags.clone().unwrap_or_default(),
            pairs(&[("created-by", "e2e_batch")])
        );

        let job_name = unique_name("job");
        let before = now_millis();
        let submitted = client
            .submit_job()
            .job_name(&job_name)
            .job_queue(&queue_name)
            .job_definition(&def_name)
            .parameters("greeting", "hi there")
            .container_overrides(
                ContainerOverrides::builder()
                    .environment(env("FROM_JOB", "job"))
                    .build()
                    .unwrap(),
            )
            .tags("job-tag", "yes")
            .send()
            .await
            .unwrap();
        assert_eq!(submitted.job_name, job_name);
        assert!(!submitted.job_id.is_empty());
        let job_arn = arn("job", &submitted.job_id);
        assert_eq!(submitted.job_arn.as_deref(), Some(job_arn.as_str()));

        // batch_simple finishes the job during SubmitJob; poll briefly anyway.
        let mut job = None;
        for _ in 0..20 {
            let jobs = client
                .describe_jobs()
                .jobs(&submitted.job_id)
                .send()
                .await
                .unwrap()
                .jobs
                .unwrap_or_default();
            assert_eq!(jobs.len(), 1, "{jobs:?}");
            if jobs[0].status.as_str() == "SUCCEEDED" {
                job = jobs.into_iter().next();
                break;
            }
            tokio::time::sleep(Duration::from_millis(250)).await;
        }
        let job = job.expect("the job never SUCCEEDED");
        assert_eq!(job.job_id, submitted.job_id);
        assert_eq!(job.job_name, job_name);
        assert_eq!(job.job_arn.as_deref(), Some(job_arn.as_str()));
        assert_eq!(job.job_queue, queue_arn);
        assert_eq!(job.job_definition, def_arn);
        // The job's parameters override the definition's.
        assert_eq!(
            job.parameters.clone().unwrap_or_default(),
            pairs(&[("greeting", "hi there")])
        );
        assert_eq!(
            job.tags.clone().unwrap_or_default(),
            pairs(&[("job-tag", "yes")])
        );
        // Epoch milliseconds (longs, not timestamps, in Batch's model).
        let created = job.created_at.expect("createdAt");
        assert!((created - before).abs() < 600_000, "createdAt {created}");
        assert!(job.started_at >= created, "{job:?}");
        assert!(
            job.stopped_at.is_some_and(|s| s >= job.started_at),
            "{job:?}"
        );
        let container = job.container.as_ref().expect("container");
        let mut environment: Vec<(String, String)> = container
            .environment
            .clone()
            .unwrap_or_default()
            .into_iter()
            .map(|kv| (kv.name.unwrap_or_default(), kv.value.unwrap_or_default()))
            .collect();
        environment.sort();
        assert_eq!(
            environment,
            [
                ("AWS_BATCH_JOB_ID".to_owned(), submitted.job_id.clone()),
                ("FROM_DEFINITION".to_owned(), "def".to_owned()),
                ("FROM_JOB".to_owned(), "job".to_owned()),
            ]
        );
        assert_eq!(container.vcpus, Some(1));
        assert_eq!(container.memory, Some(128));

        let mut listed = client
            .list_jobs()
            .job_queue(&queue_arn)
            .job_status(JobStatus::from("SUCCEEDED"))
            .into_paginator()
            .items();
        let mut summaries = Vec::new();
        while let Some(summary) = listed.next().await {
            summaries.push(summary.unwrap());
            assert!(summaries.len() < 100, "paginator does not end");
        }
        assert_eq!(summaries.len(), 1, "{summaries:?}");
        assert_eq!(summaries[0].job_id, submitted.job_id);
        assert_eq!(summaries[0].job_name, job_name);
        assert_eq!(summaries[0].job_arn.as_deref(), Some(job_arn.as_str()));
        assert_eq!(
            summaries[0].status.as_ref().map(|s| s.as_str()),
            Some("SUCCEEDED")
        );
        let running = client
            .list_jobs()
            .job_queue(&queue_name)
            .job_status(JobStatus::from("RUNNING"))
            .send()
            .await
            .unwrap();
        assert_eq!(
            running.job_summary_list.len(),
            0,
            "{:?}",
            running.job_summary_list
        );

        // Cleanup, each step read back.
        client
            .deregister_job_definition()
            .job_definition(&def_arn)
            .send()
            .await
            .unwrap();
        let defs = client
            .describe_job_definitions()
            .job_definitions(&def_arn)
            .send()
            .await
            .unwrap()
            .job_definitions
            .unwrap_or_default();
        assert_eq!(
            defs.iter().map(|d| d.status.as_deref()).collect::<Vec<_>>(),
            [Some("INACTIVE")]
        );
        client
            .update_job_queue()
            .job_queue(&queue_arn)
            .state(JqState::from("DISABLED"))
            .send()
            .await
            .unwrap();
        client
            .delete_job_queue()
            .job_queue(&queue_arn)
            .send()
            .await
            .unwrap();
        let queues = client
            .describe_job_queues()
            .job_queues(&queue_arn)
            .send()
            .await
            .unwrap();
        assert_eq!(queues.job_queues.unwrap_or_default().len(), 0);
        client
            .update_compute_environment()
            .compute_environment(&ce_arn)
            .state(CeState::from("DISABLED"))
            .send()
            .await
            .unwrap();
        client
            .delete_compute_environment()
            .compute_environment(&ce_arn)
            .send()
            .await
            .unwrap();
        let envs = client
            .describe_compute_environments()
            .compute_environments(&ce_arn)
            .send()
            .await
            .unwrap();
        assert_eq!(envs.compute_environments.unwrap_or_default().len(), 0);
    });
}

/// TagResource / ListTagsForResource / UntagResource on a job queue's ARN,
/// cross-checked through DescribeJobQueues (see the module docs).
#[test]
fn tags_round_trip_on_the_job_queue_arn() {
    runtime().block_on(async {
        let client = client();
        let ce_arn = create_compute_environment(&client, &unique_name("tags-ce")).await;
        let queue_name = format!("{}-%41-é", unique_name("tags-queue"));
        let queue_arn = create_job_queue(&client, &queue_name, &ce_arn).await;

        let odd = ["k&x=1", "50%+ b", "a/b"];
        let mut request = client
            .tag_resource()
            .resource_arn(&queue_arn)
            .tags("team", "core");
        for key in odd {
            request = request.tags(key, format!("value of {key}"));
        }
        request.send().await.unwrap();

        let mut expected: HashMap<String, String> = odd
            .iter()
            .map(|k| (k.to_string(), format!("value of {k}")))
            .collect();
        expected.extend(pairs(&[("team", "core"), ("created-by", "e2e_batch")]));
        let listed = client
            .list_tags_for_resource()
            .resource_arn(&queue_arn)
            .send()
            .await
            .unwrap();
        assert_eq!(listed.tags.unwrap_or_default(), expected);
        assert_eq!(job_queue_tags(&client, &queue_arn).await, expected);

        // Two keys in one call: the `tagKeys` list repeats the key.
        let mut request = client.untag_resource().resource_arn(&queue_arn);
        for key in &odd[..2] {
            request = request.tag_keys(*key);
        }
        request.send().await.unwrap();
        for key in &odd[..2] {
            expected.remove(*key);
        }
        let listed = client
            .list_tags_for_resource()
            .resource_arn(&queue_arn)
            .send()
            .await
            .unwrap();
        assert_eq!(listed.tags.unwrap_or_default(), expected);
        assert_eq!(job_queue_tags(&client, &queue_arn).await, expected);
        assert_eq!(
            expected,
            pairs(&[
                ("a/b", "value of a/b"),
                ("team", "core"),
                ("created-by", "e2e_batch")
            ])
        );

        client
            .update_job_queue()
            .job_queue(&queue_arn)
            .state(JqState::from("DISABLED"))
            .send()
            .await
            .unwrap();
        client
            .delete_job_queue()
            .job_queue(&queue_arn)
            .send()
            .await
            .unwrap();
        client
            .delete_compute_environment()
            .compute_environment(&ce_arn)
            .send()
            .await
            .unwrap();
    });
}

/// SubmitJob to a queue that does not exist: moto's 400 `ClientException`
/// comes back typed, with its message.
#[test]
fn submit_to_a_missing_queue_is_a_typed_client_exception() {
    runtime().block_on(async {
        let client = client();
        let def_name = unique_name("missing-q-def");
        client
            .register_job_definition()
            .job_definition_name(&def_name)
            .r#type("container")
            .container_properties(
                ContainerProperties::builder()
                    .image("busybox:latest")
                    .vcpus(1)
                    .resource_requirements(
                        ResourceRequirement::builder()
                            .r#type(ResourceType::from("MEMORY"))
                            .value("128")
                            .build()
                            .unwrap(),
                    )
                    .build()
                    .unwrap(),
            )
            .send()
            .await
            .unwrap();
        let queue = unique_name("no-such-queue");
        let err = client
            .submit_job()
            .job_name(unique_name("job"))
            .job_queue(&queue)
            .job_definition(&def_name)
            .send()
            .await
            .unwrap_err();
        let text = err.to_string();
        match err.into_service_error() {
            Some(SubmitJobError::ClientException(e)) => {
                assert_eq!(e.meta().status(), 400, "{text}");
                assert_eq!(e.meta().code(), Some("ClientException"), "{text}");
                assert_eq!(
                    e.message(),
                    Some(format!("Job queue {queue} does not exist").as_str()),
                    "{text}"
                );
            }
            other => panic!("expected ClientException, got {other:?} ({text})"),
        }
        client
            .deregister_job_definition()
            .job_definition(&def_name)
            .send()
            .await
            .unwrap();
    });
}
