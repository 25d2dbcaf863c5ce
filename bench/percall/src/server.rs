//! The canned-response server: answers every AWS JSON request from a fixed
//! table keyed by X-Amz-Target, on one thread, with keep-alive. It parses
//! nothing but the target header, so it costs a few µs per request and is
//! not the bottleneck (xtask reports its CPU time beside the client's).
//! Requests without a target are restJson1: only Lambda's GetFunction
//! (`GET /2015-03-31/functions/{name}`) is canned, for the Lambda user
//! programs of the compile figure.

use std::convert::Infallible;
use std::net::SocketAddr;

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::body::Incoming;
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{Request, Response};
use hyper_util::rt::TokioIo;
use tokio::net::TcpListener;

pub const STATE_MACHINE_ARN: &str =
    "arn:aws:states:us-east-1:123456789012:stateMachine:bench-machine";
pub const EXECUTION_ARN: &str =
    "arn:aws:states:us-east-1:123456789012:execution:bench-machine:bench-execution";

/// A realistic DescribeStateMachine answer (~1.3 kB: a small definition,
/// logging and tracing configuration, a timestamp with fractional seconds).
fn describe_state_machine() -> String {
    let definition = r#"{\"Comment\":\"Bench\",\"StartAt\":\"Hello\",\"States\":{\"Hello\":{\"Type\":\"Pass\",\"Result\":{\"greeting\":\"hello\"},\"Next\":\"Wait\"},\"Wait\":{\"Type\":\"Wait\",\"Seconds\":1,\"Next\":\"Choice\"},\"Choice\":{\"Type\":\"Choice\",\"Choices\":[{\"Variable\":\"$.greeting\",\"StringEquals\":\"hello\",\"Next\":\"Done\"}],\"Default\":\"Fail\"},\"Fail\":{\"Type\":\"Fail\",\"Error\":\"Unexpected\"},\"Done\":{\"Type\":\"Succeed\"}}}"#;
    format!(
        concat!(
            r#"{{"stateMachineArn":"{arn}","name":"bench-machine","status":"ACTIVE","#,
            r#""definition":"{definition}","#,
            r#""roleArn":"arn:aws:iam::123456789012:role/service-role/StepFunctions-bench-role","#,
            r#""type":"STANDARD","creationDate":1763750000.123,"description":"A state machine for benchmarks","#,
            r#""loggingConfiguration":{{"level":"ERROR","includeExecutionData":false,"destinations":[{{"cloudWatchLogsLogGroup":{{"logGroupArn":"arn:aws:logs:us-east-1:123456789012:log-group:/aws/vendedlogs/states/bench:*"}}}}]}},"#,
            r#""tracingConfiguration":{{"enabled":false}},"#,
            r#""revisionId":"0b3c1d8e-6a3f-4f0e-9d55-5a4a3b2c1d0e"}}"#
        ),
        arn = STATE_MACHINE_ARN,
        definition = definition
    )
}

fn start_execution() -> String {
    format!(r#"{{"executionArn":"{EXECUTION_ARN}","startDate":1763750001.456}}"#)
}

fn list_state_machines() -> String {
    format!(
        r#"{{"stateMachines":[{{"stateMachineArn":"{STATE_MACHINE_ARN}","name":"bench-machine","type":"STANDARD","creationDate":1763750000.123}}]}}"#
    )
}

/// Lambda GetFunction for any function name: a typical zip function's
/// configuration, code location and tags.
fn get_function() -> String {
    concat!(
        r#"{"Configuration":{"FunctionName":"bench-function","#,
        r#""FunctionArn":"arn:aws:lambda:us-east-1:123456789012:function:bench-function","#,
        r#""Runtime":"python3.12","Role":"arn:aws:iam::123456789012:role/bench-lambda-role","#,
        r#""Handler":"index.handler","CodeSize":312,"Description":"A function for benchmarks","#,
        r#""Timeout":3,"MemorySize":128,"LastModified":"2026-11-21T23:17:01.000+0000","#,
        r#""CodeSha256":"n8p8+0bSfHaV0ZrOtY9kVrqXKv6N3Y3ZcMTk+6dM5aY=","Version":"$LATEST","#,
        r#""TracingConfig":{"Mode":"PassThrough"},"RevisionId":"5c1e7f3a-0000-4000-8000-000000000000","#,
        r#""State":"Active","LastUpdateStatus":"Successful","PackageType":"Zip","#,
        r#""Architectures":["x86_64"],"EphemeralStorage":{"Size":512}},"#,
        r#""Code":{"RepositoryType":"S3","Location":"https://awslambda-us-east-1-tasks.s3.us-east-1.amazonaws.com/snapshots/123456789012/bench-function"},"#,
        r#""Tags":{"team":"bench"}}"#
    )
    .to_string()
}

struct Canned {
    describe: Bytes,
    start: Bytes,
    list: Bytes,
    get_function: Bytes,
}

/// The answer to a request without X-Amz-Target (restJson1).
fn answer_rest(canned: &Canned, request: &Request<Incoming>) -> (u16, &'static str, Bytes) {
    let path = request.uri().path();
    let is_get_function = request.method() == hyper::Method::GET
        && path
            .strip_prefix("/2015-03-31/functions/")
            .is_some_and(|name| !name.is_empty() && !name.contains('/'));
    if is_get_function {
        (200, "application/json", canned.get_function.clone())
    } else {
        (
            404,
            "application/json",
            Bytes::from_static(br#"{"message":"not canned"}"#),
        )
    }
}

fn answer(canned: &Canned, request: &Request<Incoming>) -> Response<Full<Bytes>> {
    let target = request
        .headers()
        .get("x-amz-target")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    const JSON_1_0: &str = "application/x-amz-json-1.0";
    let (status, content_type, body) = match target {
        "AWSStepFunctions.DescribeStateMachine" => (200, JSON_1_0, canned.describe.clone()),
        "AWSStepFunctions.StartExecution" => (200, JSON_1_0, canned.start.clone()),
        "AWSStepFunctions.ListStateMachines" => (200, JSON_1_0, canned.list.clone()),
        "" => answer_rest(canned, request),
        _ => (
            400,
            JSON_1_0,
            Bytes::from_static(br#"{"__type":"UnknownOperationException","message":"not canned"}"#),
        ),
    };
    Response::builder()
        .status(status)
        .header("content-type", content_type)
        .header("x-amzn-requestid", "6d1d5a3c-0000-4000-8000-000000000000")
        .body(Full::new(body))
        .expect("static response parts are valid")
}

/// Serves until killed. Prints `listening <addr>` once bound.
pub fn run(addr: SocketAddr) -> Result<(), String> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| format!("runtime: {e}"))?;
    runtime.block_on(async move {
        let listener = TcpListener::bind(addr)
            .await
            .map_err(|e| format!("bind {addr}: {e}"))?;
        let local = listener.local_addr().map_err(|e| e.to_string())?;
        println!("listening {local}");
        let canned: &'static Canned = Box::leak(Box::new(Canned {
            describe: Bytes::from(describe_state_machine()),
            start: Bytes::from(start_execution()),
            list: Bytes::from(list_state_machines()),
            get_function: Bytes::from(get_function()),
        }));
        loop {
            let (stream, _) = listener.accept().await.map_err(|e| e.to_string())?;
            let _ = stream.set_nodelay(true);
            tokio::spawn(async move {
                let service = service_fn(move |request: Request<Incoming>| async move {
                    let response = answer(canned, &request);
                    // Read the request body so the connection stays reusable.
                    let _ = request.into_body().collect().await;
                    Ok::<_, Infallible>(response)
                });
                let _ = http1::Builder::new()
                    .serve_connection(TokioIo::new(stream), service)
                    .await;
            });
        }
    })
}
