//! The generated client under faults, against a scripted server on
//! 127.0.0.1: retries with backoff, timeouts, malformed responses,
//! pagination, and what it logs. Each scenario is its own test.

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use project_tests::fault_server::{Action, FaultServer};
use states_client::operation::describe_activity::DescribeActivityError;
use states_client::runtime::credentials::Credentials;
use states_client::runtime::transport::HyperClient;
use states_client::{Client, Config, RetryConfig, SdkError, TimeoutConfig};

const SECRET: &str = "fault-test-SECRET-do-not-log";
const TOKEN: &str = "fault-test-SESSION-TOKEN-do-not-log";

/// Fast backoff so retry tests take milliseconds; a whole-operation limit so
/// no test can hang.
fn config(server: &FaultServer) -> states_client::runtime::config::ConfigBuilder {
    Config::builder()
        .region("us-east-1")
        .endpoint_url(server.endpoint())
        .credentials(Credentials::new("AKIDFAULT", SECRET, None, None))
        .retry_config(RetryConfig::standard().with_initial_backoff(Duration::from_millis(5)))
        .timeout_config(TimeoutConfig {
            operation: Some(Duration::from_secs(20)),
            ..Default::default()
        })
}

fn client(server: &FaultServer) -> Client {
    Client::from_conf(config(server).build())
}

fn no_retry_client(server: &FaultServer) -> Client {
    Client::from_conf(config(server).retry_config(RetryConfig::disabled()).build())
}

fn block_on<F: std::future::Future>(f: F) -> F::Output {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
        .block_on(f)
}

const ACTIVITIES_OK: &str =
    r#"{"activities":[{"activityArn":"arn:a","name":"a","creationDate":1700000000}]}"#;

#[test]
fn throttled_twice_then_success() {
    let server = FaultServer::start(
        vec![
            Action::aws_error(400, "ThrottlingException", "Rate exceeded"),
            Action::aws_error(400, "ThrottlingException", "Rate exceeded"),
            Action::json(200, ACTIVITIES_OK),
        ],
        None,
    );
    let out = block_on(client(&server).list_activities().send()).expect("third attempt succeeds");
    assert_eq!(out.activities[0].name, "a");
    let requests = server.requests();
    assert_eq!(requests.len(), 3);
    for r in &requests {
        assert_eq!(
            r.header("x-amz-target"),
            Some("AWSStepFunctions.ListActivities")
        );
        assert!(r
            .header("authorization")
            .is_some_and(|a| a.starts_with("AWS4-HMAC-SHA256 Credential=AKIDFAULT/")));
    }
    // Each attempt is signed afresh: the signature covers x-amz-date.
    assert!(requests
        .windows(2)
        .all(|w| w[0].received_at <= w[1].received_at));
}

#[test]
fn always_503_gives_up_after_the_configured_attempts() {
    let server = FaultServer::start(
        vec![],
        Some(Action::json(503, r#"{"message":"unavailable"}"#)),
    );
    let client = Client::from_conf(
        config(&server)
            .retry_config(
                RetryConfig::standard()
                    .with_max_attempts(4)
                    .with_initial_backoff(Duration::from_millis(2)),
            )
            .build(),
    );
    let err = block_on(client.list_activities().send()).unwrap_err();
    assert_eq!(server.request_count(), 4);
    assert_eq!(err.attempts(), 4);
    let text = err.to_string();
    assert!(
        text.contains("HTTP 503") && text.contains("after 4 attempts"),
        "{text}"
    );
}

#[test]
fn retries_off_means_one_attempt() {
    let server = FaultServer::start(vec![], Some(Action::json(503, "{}")));
    let err = block_on(no_retry_client(&server).list_activities().send()).unwrap_err();
    assert_eq!((server.request_count(), err.attempts()), (1, 1));
}

#[test]
fn modelled_client_errors_are_not_retried() {
    let server = FaultServer::start(
        vec![Action::aws_error(400, "InvalidArn", "bad arn")],
        Some(Action::json(200, "{}")),
    );
    let err = block_on(
        client(&server)
            .describe_activity()
            .activity_arn("nope")
            .send(),
    )
    .unwrap_err();
    assert_eq!(server.request_count(), 1);
    match err.into_service_error() {
        Some(DescribeActivityError::InvalidArn(e)) => {
            assert_eq!(e.message(), Some("bad arn"));
            assert_eq!(e.meta().request_id(), Some("req-1"));
        }
        other => panic!("expected InvalidArn, got {other:?}"),
    }
}

#[test]
fn hung_response_times_out_then_retry_succeeds() {
    let server = FaultServer::start(
        vec![
            Action::Hang(Duration::from_secs(10)),
            Action::json(200, ACTIVITIES_OK),
        ],
        None,
    );
    let client = Client::from_conf(
        config(&server)
            .timeout_config(TimeoutConfig {
                attempt: Some(Duration::from_millis(300)),
                operation: Some(Duration::from_secs(20)),
                ..Default::default()
            })
            .build(),
    );
    let started = Instant::now();
    let out = block_on(client.list_activities().send()).expect("the retry succeeds");
    assert_eq!(out.activities.len(), 1);
    assert_eq!(server.request_count(), 2);
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "took {:?}",
        started.elapsed()
    );
}

#[test]
fn hung_response_without_retries_is_a_timeout_error() {
    let server = FaultServer::start(vec![], Some(Action::Hang(Duration::from_secs(10))));
    let client = Client::from_conf(
        config(&server)
            .retry_config(RetryConfig::disabled())
            .timeout_config(TimeoutConfig {
                attempt: Some(Duration::from_millis(200)),
                ..Default::default()
            })
            .build(),
    );
    match block_on(client.list_activities().send()) {
        Err(SdkError::Dispatch(e)) => {
            assert!(e.is_timeout(), "{e}");
            assert!(e.to_string().contains("attempt timeout"), "{e}");
        }
        other => panic!("expected a timeout, got {other:?}"),
    }
}

#[test]
fn operation_timeout_bounds_the_whole_call() {
    let server = FaultServer::start(vec![], Some(Action::Hang(Duration::from_secs(10))));
    let client = Client::from_conf(
        config(&server)
            .timeout_config(TimeoutConfig {
                operation: Some(Duration::from_millis(400)),
                ..Default::default()
            })
            .build(),
    );
    let started = Instant::now();
    let err = block_on(client.list_activities().send()).unwrap_err();
    assert!(started.elapsed() < Duration::from_secs(3));
    assert!(err.to_string().contains("operation timeout"), "{err}");
}

#[test]
fn long_poll_operation_outlasts_a_short_attempt_timeout() {
    // GetActivityTask is held by the service; its attempt limit is raised to
    // 65 s (per-spec config), so a 200 ms attempt timeout does not cut a
    // 1 s hold short.
    let server = FaultServer::with_handler(|_req| {
        std::thread::sleep(Duration::from_millis(1000));
        Action::json(200, r#"{"taskToken":"t","input":"{}"}"#)
    });
    let client = Client::from_conf(
        config(&server)
            .retry_config(RetryConfig::disabled())
            .timeout_config(TimeoutConfig {
                attempt: Some(Duration::from_millis(200)),
                ..Default::default()
            })
            .build(),
    );
    let task = block_on(client.get_activity_task().activity_arn("arn:act").send())
        .expect("long poll completes");
    assert_eq!(task.task_token.as_deref(), Some("t"));
    // An ordinary operation with the same config does time out.
    let err = block_on(client.list_activities().send()).unwrap_err();
    assert!(err.to_string().contains("attempt timeout"), "{err}");
}

/// Each malformed response becomes a typed error with the HTTP status and
/// request id, without retries confusing the picture.
fn malformed(
    action: Action,
) -> SdkError<states_client::operation::list_activities::ListActivitiesError> {
    let server = FaultServer::start(vec![action], Some(Action::json(500, "{}")));
    let started = Instant::now();
    let err = block_on(no_retry_client(&server).list_activities().send()).unwrap_err();
    assert!(started.elapsed() < Duration::from_secs(5), "no hang");
    err
}

fn assert_response_error(err: &SdkError<impl std::fmt::Debug>, status: u16, reason: &str) {
    match err {
        SdkError::Response(e) => {
            assert_eq!(e.status(), status);
            assert_eq!(e.request_id(), Some("req-1"));
            assert!(e.reason().contains(reason), "{e}");
        }
        other => panic!("expected a response error, got {other:?}"),
    }
}

#[test]
fn truncated_json() {
    assert_response_error(
        &malformed(Action::json(200, r#"{"activities":[{"activityArn":"#)),
        200,
        "EOF",
    );
}

#[test]
fn wrong_field_types() {
    assert_response_error(
        &malformed(Action::json(200, r#"{"activities":"not a list"}"#)),
        200,
        "invalid type",
    );
}

#[test]
fn missing_required_field() {
    assert_response_error(
        &malformed(Action::json(200, r#"{"nextToken":"x"}"#)),
        200,
        "missing field `activities`",
    );
}

#[test]
fn empty_body_with_200() {
    assert_response_error(
        &malformed(Action::json(200, "")),
        200,
        "missing field `activities`",
    );
}

#[test]
fn html_or_xml_body_with_200() {
    assert_response_error(
        &malformed(Action::json(200, "<html><body>Welcome</body></html>")),
        200,
        "expected value",
    );
    assert_response_error(
        &malformed(Action::json(200, "<?xml version=\"1.0\"?><Ok/>")),
        200,
        "expected value",
    );
}

#[test]
fn html_or_xml_body_with_5xx() {
    for (status, body) in [
        (502, "<html><body><h1>502 Bad Gateway</h1></body></html>"),
        (500, "<?xml version=\"1.0\"?><Oops/>"),
    ] {
        let err = malformed(Action::json(status, body));
        let text = err.to_string();
        let e = err.into_service_error().expect("a service error");
        assert_eq!(e.meta().status(), status);
        assert_eq!(e.meta().request_id(), Some("req-1"));
        assert_eq!(e.code(), None);
        assert!(
            text.contains(&format!("HTTP {status}")) && text.contains("req-1"),
            "{text}"
        );
    }
}

#[test]
fn body_far_larger_than_allowed() {
    let big = format!(r#"{{"activities":[],"pad":"{}"}}"#, "x".repeat(200_000));
    let server = FaultServer::start(vec![Action::json(200, &big)], None);
    let client = Client::from_conf(
        config(&server)
            .retry_config(RetryConfig::disabled())
            .http_client(
                HyperClient::builder()
                    .max_response_body_size(64 * 1024)
                    .build(),
            )
            .build(),
    );
    match block_on(client.list_activities().send()) {
        Err(SdkError::Dispatch(e)) => {
            let text = e.to_string();
            assert!(
                text.contains("HTTP 200") && text.contains("exceeds the limit of 65536 bytes"),
                "{text}"
            );
        }
        other => panic!("expected the body limit error, got {other:?}"),
    }
}

#[test]
fn connection_closed_mid_body() {
    let err = malformed(Action::CloseMidBody {
        status: 200,
        declared_len: 500,
        partial: br#"{"activities":["#.to_vec(),
    });
    match err {
        SdkError::Dispatch(e) => assert!(e.to_string().contains("HTTP 200"), "{e}"),
        other => panic!("expected a dispatch error, got {other:?}"),
    }
}

#[test]
fn connection_closed_mid_body_is_retried() {
    let server = FaultServer::start(
        vec![
            Action::CloseMidBody {
                status: 200,
                declared_len: 500,
                partial: b"{".to_vec(),
            },
            Action::json(200, ACTIVITIES_OK),
        ],
        None,
    );
    block_on(client(&server).list_activities().send()).expect("the retry succeeds");
    assert_eq!(server.request_count(), 2);
}

#[test]
fn paginator_yields_250_items_over_pages_of_10_exactly_once() {
    let server = FaultServer::with_handler(|req| {
        let body = req.json().unwrap_or_default();
        assert_eq!(body["maxResults"], 10, "page size is sent in the body");
        let start: usize = body["nextToken"]
            .as_str()
            .map_or(0, |t| t.trim_start_matches("tok-").parse().unwrap());
        let end = (start + 10).min(250);
        let items: Vec<_> = (start..end)
            .map(|i| serde_json::json!({"activityArn": format!("arn:{i}"), "name": format!("a{i}"), "creationDate": 1}))
            .collect();
        let mut page = serde_json::json!({ "activities": items });
        if end < 250 {
            page["nextToken"] = serde_json::Value::from(format!("tok-{end}"));
        }
        Action::json(200, &page.to_string())
    });
    let client = client(&server);
    let names: Vec<String> = block_on(async {
        let mut items = client
            .list_activities()
            .into_paginator()
            .page_size(10)
            .items();
        let mut names = Vec::new();
        while let Some(item) = items.next().await {
            names.push(item.unwrap().name);
        }
        names
    });
    assert_eq!(names.len(), 250);
    let mut unique = names.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), 250, "every item exactly once");
    assert_eq!(names[0], "a0");
    assert_eq!(names[249], "a249");
    assert_eq!(server.request_count(), 25);
    // No token in the query string: it travels in the JSON body.
    assert!(server.requests().iter().all(|r| r.path == "/"));
}

#[test]
fn paginator_stops_on_a_repeated_token() {
    let server = FaultServer::start(
        vec![],
        Some(Action::json(200, r#"{"activities":[],"nextToken":"same"}"#)),
    );
    let client = client(&server);
    let pages = block_on(async {
        let mut pages = client.list_activities().into_paginator().send();
        let mut n = 0;
        while let Some(page) = pages.next().await {
            page.unwrap();
            n += 1;
        }
        n
    });
    assert_eq!(pages, 2, "first page, then the same token once; then stop");
}

/// Records every tracing event and span field as text.
#[derive(Default)]
struct Recorder(Mutex<String>);

impl tracing::Subscriber for Recorder {
    fn enabled(&self, _: &tracing::Metadata<'_>) -> bool {
        true
    }
    fn new_span(&self, span: &tracing::span::Attributes<'_>) -> tracing::span::Id {
        let mut out = self.0.lock().unwrap();
        out.push_str(&format!("span {} ", span.metadata().name()));
        span.record(&mut Visitor(&mut out));
        out.push('\n');
        tracing::span::Id::from_u64(1)
    }
    fn record(&self, _: &tracing::span::Id, _: &tracing::span::Record<'_>) {}
    fn record_follows_from(&self, _: &tracing::span::Id, _: &tracing::span::Id) {}
    fn event(&self, event: &tracing::Event<'_>) {
        let mut out = self.0.lock().unwrap();
        out.push_str("event ");
        event.record(&mut Visitor(&mut out));
        out.push('\n');
    }
    fn enter(&self, _: &tracing::span::Id) {}
    fn exit(&self, _: &tracing::span::Id) {}
}

struct Visitor<'a>(&'a mut String);

impl tracing::field::Visit for Visitor<'_> {
    fn record_debug(&mut self, field: &tracing::field::Field, value: &dyn std::fmt::Debug) {
        self.0.push_str(&format!("{}={:?} ", field.name(), value));
    }
}

#[test]
fn tracing_reports_attempts_and_retries_without_secrets() {
    let server = FaultServer::start(
        vec![
            Action::aws_error(400, "ThrottlingException", "slow down"),
            Action::json(200, ACTIVITIES_OK),
        ],
        None,
    );
    let recorder = Arc::new(Recorder::default());
    let dispatch = tracing::Dispatch::from(
        Arc::clone(&recorder) as Arc<dyn tracing::Subscriber + Send + Sync>
    );
    let client = Client::from_conf(
        config(&server)
            .credentials(Credentials::new(
                "AKIDFAULT",
                SECRET,
                Some(TOKEN.into()),
                None,
            ))
            .build(),
    );
    tracing::dispatcher::with_default(&dispatch, || {
        block_on(client.list_activities().send()).unwrap();
    });
    assert_eq!(
        server.requests()[0].header("x-amz-security-token"),
        Some(TOKEN)
    );
    let log = recorder.0.lock().unwrap().clone();
    assert!(
        log.contains("span operation") && log.contains("operation=\"ListActivities\""),
        "{log}"
    );
    assert!(
        log.contains("span attempt attempt=1") && log.contains("span attempt attempt=2"),
        "{log}"
    );
    assert!(
        log.contains("retrying") && log.contains("delay_ms="),
        "{log}"
    );
    assert!(
        log.contains("status=200") && log.contains("request_id=\"req-2\""),
        "{log}"
    );
    assert!(!log.contains(SECRET) && !log.contains(TOKEN), "{log}");
    assert!(
        !log.contains("canonical_request"),
        "the signer's trace output is suppressed: {log}"
    );
}

#[test]
fn retry_budget_stops_hammering_a_failing_service() {
    let server = FaultServer::start(vec![], Some(Action::json(503, "{}")));
    let client = Client::from_conf(
        config(&server)
            .retry_config(RetryConfig::standard().with_initial_backoff(Duration::from_micros(100)))
            .build(),
    );
    let attempts: Vec<u32> = block_on(async {
        let mut attempts = Vec::new();
        for _ in 0..60 {
            attempts.push(
                client
                    .list_activities()
                    .send()
                    .await
                    .unwrap_err()
                    .attempts(),
            );
        }
        attempts
    });
    // 500 tokens at 5 per retry: 50 calls get their 2 retries, then the
    // budget is empty and calls fail after one attempt.
    assert!(attempts[..50].iter().all(|&a| a == 3), "{attempts:?}");
    assert!(attempts[50..].iter().all(|&a| a == 1), "{attempts:?}");
    assert_eq!(server.request_count(), 50 * 3 + 10);
    // Clones share the budget.
    let clone = client.clone();
    assert_eq!(
        block_on(clone.list_activities().send())
            .unwrap_err()
            .attempts(),
        1
    );
}
