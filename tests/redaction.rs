//! `Debug` never prints `format: password` members or credentials.

use states_client::runtime::credentials::Credentials;
use states_client::types::{DescribeExecutionOutput, StartExecutionInput};

#[test]
fn sensitive_members_are_redacted() {
    let input = StartExecutionInput::builder()
        .state_machine_arn("arn:aws:states:us-east-1:1:stateMachine:m")
        .input("{\"card\":\"4111-SECRET\"}")
        .build()
        .unwrap();
    let text = format!("{input:?}");
    assert!(!text.contains("4111-SECRET"), "{text}");
    assert!(text.contains("Redacted"), "{text}");
    assert!(
        text.contains("stateMachine:m"),
        "non-sensitive members still print: {text}"
    );

    let output: DescribeExecutionOutput = serde_json::from_str(
        r#"{"executionArn":"e","stateMachineArn":"s","status":"RUNNING","startDate":1,"output":"TOP-SECRET","input":"ALSO-SECRET"}"#,
    )
    .unwrap();
    let text = format!("{output:?}");
    assert!(
        !text.contains("TOP-SECRET") && !text.contains("ALSO-SECRET"),
        "{text}"
    );
    // Builders print no field values at all.
    let builder = StartExecutionInput::builder().input("BUILDER-SECRET");
    assert!(!format!("{builder:?}").contains("BUILDER-SECRET"));
}

#[test]
fn credentials_and_config_are_redacted() {
    let creds = Credentials::new(
        "AKIDEXAMPLE",
        "wJalrXUtnFEMI-SECRET",
        Some("SESSION-SECRET".into()),
        None,
    );
    let config = states_client::Config::builder()
        .credentials(creds.clone())
        .region("us-east-1")
        .build();
    for text in [
        format!("{creds:?}"),
        format!("{config:?}"),
        format!("{:?}", states_client::Client::from_conf(config)),
    ] {
        assert!(
            !text.contains("wJalrXUtnFEMI-SECRET") && !text.contains("SESSION-SECRET"),
            "{text}"
        );
    }
}

#[test]
fn endpoint_password_is_redacted_in_debug() {
    let config = states_client::Config::builder()
        .region("us-east-1")
        .endpoint_url("https://svc-user:hunter2-PASSWORD@proxy.example/")
        .build();
    for text in [
        format!("{config:?}"),
        format!("{:?}", states_client::Client::from_conf(config)),
    ] {
        assert!(
            !text.contains("hunter2-PASSWORD") && !text.contains("svc-user"),
            "{text}"
        );
        assert!(text.contains("<redacted>@proxy.example"), "{text}");
    }
}
