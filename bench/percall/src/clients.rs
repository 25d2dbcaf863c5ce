//! The three clients measured, each making the same two calls.

use std::sync::Arc;

use states_client::runtime::http::{HttpClient, HttpRequest};
use states_client::runtime::transport::HyperClient;

use crate::server::{EXECUTION_ARN, STATE_MACHINE_ARN};

const ACCESS_KEY: &str = "AKIDBENCHEXAMPLE";
const SECRET_KEY: &str = "bench/secret/key/not/a/real/one/xxxxxxxx";
const REGION: &str = "us-east-1";
const EXECUTION_INPUT: &str =
    r#"{"orderId":"12345","items":[{"sku":"A-1","qty":2},{"sku":"B-7","qty":1}]}"#;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Op {
    DescribeStateMachine,
    StartExecution,
}

impl Op {
    pub fn parse(s: &str) -> Result<Op, String> {
        match s {
            "DescribeStateMachine" => Ok(Op::DescribeStateMachine),
            "StartExecution" => Ok(Op::StartExecution),
            _ => Err(format!(
                "unknown op {s:?} (DescribeStateMachine, StartExecution)"
            )),
        }
    }
}

#[derive(Clone)]
pub enum Client {
    /// The generated states-client: serde, SigV4, retries, our HyperClient.
    Ours(states_client::Client),
    /// aws-sdk-sfn with its default HTTP client, retries and SigV4.
    Sdk(aws_sdk_sfn::Client),
    /// Our HyperClient sending the same bytes and headers, unsigned, and
    /// reading the body without parsing it: the cost of the transport alone.
    Floor(Arc<Floor>),
    /// The floor plus SigV4 through our `runtime::sign::sign` (aws-sigv4):
    /// not a goal, a breakdown of where ours spends beyond the floor.
    FloorSigned(Arc<Floor>),
}

pub struct Floor {
    http: HyperClient,
    url: String,
    credentials: states_client::runtime::credentials::Credentials,
}

impl Client {
    pub fn new(kind: &str, endpoint: &str) -> Result<Client, String> {
        match kind {
            "ours" => {
                let config = states_client::Config::builder()
                    .region(REGION)
                    .endpoint_url(endpoint)
                    .credentials(states_client::runtime::credentials::Credentials::new(
                        ACCESS_KEY, SECRET_KEY, None, None,
                    ))
                    .build();
                Ok(Client::Ours(states_client::Client::from_conf(config)))
            }
            "sdk" => {
                use aws_sdk_sfn::config::{BehaviorVersion, Credentials, Region};
                let config = aws_sdk_sfn::Config::builder()
                    .behavior_version(BehaviorVersion::latest())
                    .region(Region::new(REGION))
                    .endpoint_url(endpoint)
                    .credentials_provider(Credentials::new(
                        ACCESS_KEY, SECRET_KEY, None, None, "bench",
                    ))
                    .build();
                Ok(Client::Sdk(aws_sdk_sfn::Client::from_conf(config)))
            }
            "floor" | "floor-signed" => {
                let floor = Arc::new(Floor {
                    http: HyperClient::new(),
                    url: format!("{}/", endpoint.trim_end_matches('/')),
                    credentials: states_client::runtime::credentials::Credentials::new(
                        ACCESS_KEY, SECRET_KEY, None, None,
                    ),
                });
                Ok(if kind == "floor" {
                    Client::Floor(floor)
                } else {
                    Client::FloorSigned(floor)
                })
            }
            _ => Err(format!(
                "unknown client {kind:?} (ours, sdk, floor, floor-signed)"
            )),
        }
    }

    /// One round trip. Checks the answer so no client can skip work.
    pub async fn call(&self, op: Op) -> Result<(), String> {
        match (self, op) {
            (Client::Ours(c), Op::DescribeStateMachine) => {
                let out = c
                    .describe_state_machine()
                    .state_machine_arn(STATE_MACHINE_ARN)
                    .send()
                    .await
                    .map_err(|e| e.to_string())?;
                check(
                    out.state_machine_arn == STATE_MACHINE_ARN,
                    "stateMachineArn",
                )
            }
            (Client::Ours(c), Op::StartExecution) => {
                let out = c
                    .start_execution()
                    .state_machine_arn(STATE_MACHINE_ARN)
                    .name("bench-execution")
                    .input(EXECUTION_INPUT)
                    .send()
                    .await
                    .map_err(|e| e.to_string())?;
                check(out.execution_arn == EXECUTION_ARN, "executionArn")
            }
            (Client::Sdk(c), Op::DescribeStateMachine) => {
                let out = c
                    .describe_state_machine()
                    .state_machine_arn(STATE_MACHINE_ARN)
                    .send()
                    .await
                    .map_err(|e| format!("{e:?}"))?;
                check(
                    out.state_machine_arn() == STATE_MACHINE_ARN,
                    "stateMachineArn",
                )
            }
            (Client::Sdk(c), Op::StartExecution) => {
                let out = c
                    .start_execution()
                    .state_machine_arn(STATE_MACHINE_ARN)
                    .name("bench-execution")
                    .input(EXECUTION_INPUT)
                    .send()
                    .await
                    .map_err(|e| format!("{e:?}"))?;
                check(out.execution_arn() == EXECUTION_ARN, "executionArn")
            }
            (Client::Floor(f), op) => f.call(op, false).await,
            (Client::FloorSigned(f), op) => f.call(op, true).await,
        }
    }
}

impl Floor {
    /// The same request ours sends (minus the user-agent), optionally signed.
    async fn call(&self, op: Op, signed: bool) -> Result<(), String> {
        let (target, body) = match op {
            Op::DescribeStateMachine => (
                "AWSStepFunctions.DescribeStateMachine",
                format!(r#"{{"stateMachineArn":"{STATE_MACHINE_ARN}"}}"#),
            ),
            Op::StartExecution => (
                "AWSStepFunctions.StartExecution",
                format!(
                    r#"{{"input":{},"name":"bench-execution","stateMachineArn":"{STATE_MACHINE_ARN}"}}"#,
                    quote(EXECUTION_INPUT)
                ),
            ),
        };
        let mut request = HttpRequest {
            method: "POST",
            url: self.url.clone(),
            headers: vec![
                ("content-type".into(), "application/x-amz-json-1.0".into()),
                ("x-amz-target".into(), target.into()),
            ],
            body: body.into_bytes(),
        };
        if signed {
            states_client::runtime::sign::sign(
                &mut request,
                &self.credentials,
                REGION,
                "states",
                std::time::SystemTime::now(),
            )
            .map_err(|e| e.to_string())?;
        }
        let response = self.http.send(request).await.map_err(|e| e.to_string())?;
        check(
            response.status == 200 && !response.body.is_empty(),
            "status 200",
        )
    }
}

fn check(ok: bool, what: &str) -> Result<(), String> {
    if ok {
        Ok(())
    } else {
        Err(format!("unexpected {what} in the answer"))
    }
}

/// A JSON string literal of `s` (only `"` needs escaping in EXECUTION_INPUT).
fn quote(s: &str) -> String {
    format!("\"{}\"", s.replace('"', "\\\""))
}
