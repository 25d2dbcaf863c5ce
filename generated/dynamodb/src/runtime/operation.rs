//! Runs one operation: serialize, send, and map the response or error.

use std::sync::Arc;
use std::time::Duration;

use tracing::Instrument;

use serde::de::DeserializeOwned;
use serde::Serialize;

use super::config::{Config, ConfigError, Resolved};
use super::error::{
    DispatchError, ErrorMetadata, OperationError, ResponseError, SdkError, Shown,
    MAX_SHOWN_REQUEST_ID,
};
use super::http::{BoxFuture, HttpRequest, HttpResponse};
use super::retry::{classify, RetryKind, TokenBucket};
use super::stream::ByteStream;
use super::transport::DEFAULT_MAX_RESPONSE_BODY_SIZE;

/// Facts about the service, emitted by the generator.
#[derive(Debug)]
pub struct ServiceSpec {
    /// How requests and responses are written.
    pub protocol: Protocol,
    /// Service id for `AWS_ENDPOINT_URL_<ID>` and profile `services` sections,
    /// e.g. `SFN`.
    pub service_id: &'static str,
    /// Reads an error response's status, code, message and request id as
    /// the protocol writes them ([`ErrorMetadata::from_response`] for AWS
    /// JSON; a function pointer, so a crate carries only its protocol's code).
    pub read_error: ErrorReader,
    pub signing_name: &'static str,
    /// Host labels before the region, e.g. `states`.
    pub endpoint_prefix: &'static str,
    /// DNS suffix after the region, e.g. `amazonaws.com`.
    pub dns_suffix: &'static str,
    /// The one host of a global (region-less) service.
    pub global_host: Option<&'static str>,
    /// Endpoints per partition from AWS's model; empty when the client was
    /// generated without one (then `endpoint_prefix`, `dns_suffix` and
    /// `global_host` build the endpoint).
    pub partitions: &'static [super::partition::Partition],
    /// The operation that discovers endpoints (`DescribeEndpoints`), for
    /// services whose operations require endpoint discovery.
    pub discovery_operation: Option<&'static OperationSpec>,
}

/// Reads an error response (status, headers, body) into its metadata.
pub type ErrorReader = fn(u16, &[(String, String)], &[u8]) -> ErrorMetadata;

/// A service's wire protocol.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Protocol {
    /// awsJson1_0/awsJson1_1: `POST /`, `X-Amz-Target: <prefix>.<Operation>`,
    /// a JSON body.
    AwsJson {
        /// e.g. `AWSStepFunctions`.
        target_prefix: &'static str,
        /// `1.0` or `1.1`.
        version: &'static str,
    },
    /// restJson1: the generated operation builds its [`RequestParts`] from
    /// its HTTP binding.
    RestJson1,
}

/// An operation's request before the endpoint and signature are added.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RequestParts {
    pub method: &'static str,
    /// The path and query string, percent-encoded, starting with `/`.
    pub path_and_query: String,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

/// Facts about one operation, emitted by the generator.
#[derive(Debug)]
pub struct OperationSpec {
    pub name: &'static str,
    /// Full `X-Amz-Target` value (AWS JSON; empty otherwise).
    pub target: &'static str,
    /// Prepended to the endpoint host, e.g. `sync-`.
    pub host_prefix: Option<&'static str>,
    /// Sent without a signature and without asking for credentials
    /// (e.g. Cognito `InitiateAuth`).
    pub unsigned: bool,
    /// Sent to the endpoint the service's discovery operation names
    /// (unless an endpoint URL is configured).
    pub endpoint_discovery: bool,
    /// `x-amz-api-version` to send: the service's endpoint-discovery
    /// operation carries the API version, as botocore sends it.
    pub api_version_header: Option<&'static str>,
    /// For long-poll operations: the least time one attempt may take, in
    /// seconds (the service's hold time plus a margin).
    pub min_attempt_timeout_secs: Option<u64>,
    /// Endpoints of this operation where AWS's endpoint rules give it other
    /// ones than the service's (acm's ACME operations, dynamodb
    /// `SearchVectors`); empty: the service's. Unused with a configured
    /// endpoint.
    pub partitions: &'static [super::partition::Partition],
}

/// An empty JSON object, the body of operations without input.
#[derive(Debug, Default, Serialize)]
pub struct EmptyInput {}

/// What clients share: service facts, user configuration and what was
/// resolved from it when the client was created.
#[derive(Debug)]
pub struct Handle {
    service: &'static ServiceSpec,
    config: Config,
    /// A configuration error is reported by every call (client creation is
    /// infallible, as in the official SDKs).
    resolved: Result<Resolved, ConfigError>,
    /// Shared by every call of this client (and its clones).
    retry_budget: TokenBucket,
    /// The request URL of operations without a host prefix, built once.
    root_url: String,
    /// The endpoint discovered for operations that require discovery.
    discovered: super::discovery::Cache,
}

impl Handle {
    pub fn new(service: &'static ServiceSpec, config: Config) -> Arc<Self> {
        let resolved = config.resolve(service);
        let root_url = resolved
            .as_ref()
            .map(|r| r.endpoint.url_for_path("/"))
            .unwrap_or_default();
        Arc::new(Handle {
            service,
            config,
            resolved,
            retry_budget: TokenBucket::default(),
            root_url,
            discovered: super::discovery::Cache::default(),
        })
    }

    pub fn config(&self) -> &Config {
        &self.config
    }

    pub fn service(&self) -> &'static ServiceSpec {
        self.service
    }

    /// Region, endpoint and providers in use, or why the config is unusable.
    pub fn resolved(&self) -> Result<&Resolved, &ConfigError> {
        self.resolved.as_ref()
    }

    /// Builds the unsigned wire request for AWS JSON operation `op`.
    pub fn build_request<I: Serialize>(
        &self,
        op: &OperationSpec,
        input: &I,
    ) -> Result<HttpRequest, DispatchError> {
        self.request_with_parts(op, self.json_parts(op, serialize(input)?))
    }

    /// The parts of an AWS JSON request: `POST /` with the target header.
    fn json_parts(&self, op: &OperationSpec, body: Vec<u8>) -> RequestParts {
        let version = match self.service.protocol {
            Protocol::AwsJson { version, .. } => version,
            // Not reached: restJson1 operations build their own parts.
            Protocol::RestJson1 => "1.1",
        };
        let content_type = match version {
            "1.0" => "application/x-amz-json-1.0".to_owned(),
            "1.1" => "application/x-amz-json-1.1".to_owned(),
            other => format!("application/x-amz-json-{other}"),
        };
        let mut headers = vec![
            ("content-type".into(), content_type),
            ("x-amz-target".into(), op.target.into()),
        ];
        if let Some(version) = op.api_version_header {
            headers.push(("x-amz-api-version".into(), version.into()));
        }
        RequestParts {
            method: "POST",
            path_and_query: "/".into(),
            headers,
            body,
        }
    }

    /// What `op` is sent with: the client's resolution, or the operation's
    /// own endpoint and signing scope when it has its own endpoint rules
    /// and the endpoint is not configured.
    fn resolved_for(
        &self,
        op: &OperationSpec,
    ) -> Result<std::borrow::Cow<'_, Resolved>, DispatchError> {
        let resolved = self
            .resolved
            .as_ref()
            .map_err(|e| DispatchError::new(e.to_string()).permanent())?;
        let Some(variants) = resolved
            .variants
            .as_ref()
            .filter(|_| !op.partitions.is_empty())
        else {
            return Ok(std::borrow::Cow::Borrowed(resolved));
        };
        let (endpoint, signing_region, signing_name) =
            super::endpoint::model_endpoint(op.partitions, &resolved.region, variants)
                .map_err(|e| DispatchError::new(format!("{}: {e}", op.name)).permanent())?;
        Ok(std::borrow::Cow::Owned(Resolved {
            endpoint,
            signing_region,
            signing_name: signing_name.unwrap_or(resolved.signing_name),
            ..resolved.clone()
        }))
    }

    /// The unsigned wire request for `op` made of `parts`.
    fn request_with_parts(
        &self,
        op: &OperationSpec,
        parts: RequestParts,
    ) -> Result<HttpRequest, DispatchError> {
        let resolved = self.resolved_for(op)?;
        let path = parts.path_and_query.as_str();
        let url = match (op.host_prefix, &resolved) {
            (Some(prefix), _) => super::endpoint::apply_host_prefix(&resolved.endpoint, prefix)
                .map_err(|e| DispatchError::new(e.to_string()).permanent())?
                .url_for_path(path),
            (None, std::borrow::Cow::Borrowed(_)) if path == "/" => self.root_url.clone(),
            (None, _) => resolved.endpoint.url_for_path(path),
        };
        let mut headers = parts.headers;
        // The generated crate's own name and version.
        headers.push((
            "user-agent".into(),
            concat!(env!("CARGO_PKG_NAME"), "/", env!("CARGO_PKG_VERSION")).into(),
        ));
        Ok(HttpRequest {
            method: parts.method,
            url,
            headers,
            body: parts.body,
        })
    }

    /// The status, code, message and request id of an error response, read
    /// as the service's protocol writes them.
    pub fn error_metadata(&self, response: &HttpResponse) -> ErrorMetadata {
        (self.service.read_error)(response.status, &response.headers, &response.body)
    }

    /// Sends `input` as `op`, signed, with retries and time limits, and
    /// parses the answer.
    ///
    /// Only serialization and parsing are generic; the retry loop, signing
    /// and transport live in [`Handle::send`], compiled once for all
    /// operations instead of once per operation (a third of the crate's
    /// release build time when it was generic).
    pub async fn invoke<I, O, E>(&self, op: &OperationSpec, input: &I) -> Result<O, SdkError<E>>
    where
        I: Serialize,
        O: DeserializeOwned,
        E: OperationError,
    {
        let body = serialize(input).map_err(SdkError::Dispatch)?;
        let parts = self.json_parts(op, body);
        let (response, attempts) = self.send(op, parts).await.map_err(SdkError::Dispatch)?;
        parse_response(response).map_err(|e| with_attempts(e, attempts))
    }

    /// Sends `parts` as `op` with retries and time limits. Returns the final
    /// response (a success, or an error response not worth retrying) and
    /// the number of attempts made, or the last dispatch error with its
    /// attempt count.
    pub async fn send(
        &self,
        op: &OperationSpec,
        parts: RequestParts,
    ) -> Result<(HttpResponse, u32), DispatchError> {
        let (response, _, attempts) = self.exchange(op, parts, false).await?;
        Ok((response, attempts))
    }

    /// [`Handle::send`] for an operation whose success body streams: a 2xx
    /// comes back with an empty `body` and the live stream; an error
    /// response is read whole (within the transport's default cap) as usual.
    pub async fn send_streaming(
        &self,
        op: &OperationSpec,
        parts: RequestParts,
    ) -> Result<(HttpResponse, ByteStream, u32), DispatchError> {
        let (response, stream, attempts) = self.exchange(op, parts, true).await?;
        Ok((response, stream.unwrap_or_default(), attempts))
    }

    async fn exchange(
        &self,
        op: &OperationSpec,
        parts: RequestParts,
        streaming: bool,
    ) -> Result<Exchanged, DispatchError> {
        let span = tracing::debug_span!(
            "operation",
            service = self.service.service_id,
            operation = op.name
        );
        let attempts = self
            .discover_then_attempts(op, parts, streaming)
            .instrument(span);
        match self.config.timeout_config().operation {
            None => attempts.await,
            Some(limit) => match tokio::time::timeout(limit, attempts).await {
                Ok(result) => result,
                Err(_) => Err(DispatchError::timeout(format!(
                    "{} did not complete within the operation timeout of {limit:?}",
                    op.name
                ))),
            },
        }
    }

    /// The retry loop, on the discovered endpoint when `op` requires
    /// discovery (see [`super::discovery`]).
    async fn discover_then_attempts(
        &self,
        op: &OperationSpec,
        parts: RequestParts,
        streaming: bool,
    ) -> Result<Exchanged, DispatchError> {
        let path = parts.path_and_query.clone();
        let mut request = self.request_with_parts(op, parts)?;
        let discovery = match (op.endpoint_discovery, self.service.discovery_operation) {
            (true, Some(discovery))
                if self
                    .resolved
                    .as_ref()
                    .is_ok_and(|r| !r.endpoint_source.is_custom()) =>
            {
                discovery
            }
            _ => return self.attempts(op, request, streaming).await,
        };
        request.url = self
            .discovered_endpoint(discovery)
            .await?
            .url_for_path(&path);
        let (response, stream, attempts) = self.attempts(op, request.clone(), streaming).await?;
        let meta = (!(200..300).contains(&response.status)).then(|| self.error_metadata(&response));
        let code = meta.as_ref().and_then(|m| m.code());
        if !super::discovery::is_invalid_endpoint(response.status, code) {
            return Ok((response, stream, attempts));
        }
        // The address is no longer right: once more, on a fresh one.
        self.discovered.evict();
        request.url = self
            .discovered_endpoint(discovery)
            .await?
            .url_for_path(&path);
        let (response, stream, more) = self.attempts(op, request, streaming).await?;
        Ok((response, stream, attempts + more))
    }

    /// The cached discovered endpoint, refreshed with `discovery` when it
    /// has expired.
    async fn discovered_endpoint(
        &self,
        discovery: &OperationSpec,
    ) -> Result<super::endpoint::Endpoint, DispatchError> {
        use super::discovery::{parse_answer, Lookup};
        let now = std::time::Instant::now();
        if let Lookup::Use(endpoint) = self.discovered.lookup(now) {
            return Ok(endpoint);
        }
        let request =
            self.request_with_parts(discovery, self.json_parts(discovery, b"{}".to_vec()))?;
        let answer = match self.attempts(discovery, request, false).await {
            Ok((response, _, _)) if (200..300).contains(&response.status) => {
                parse_answer(&response.body)
            }
            Ok((response, _, _)) => Err(self.error_metadata(&response).to_string()),
            Err(e) => Err(e.to_string()),
        };
        match answer {
            Ok((endpoint, ttl)) => {
                self.discovered.store(endpoint.clone(), now + ttl);
                Ok(endpoint)
            }
            Err(why) => match self.discovered.failed(now) {
                Some(stale) => {
                    tracing::debug!(error = %why, "endpoint discovery failed; using the expired endpoint");
                    Ok(stale)
                }
                None => Err(DispatchError::new(format!(
                    "endpoint discovery ({}) failed: {why}",
                    discovery.name
                ))),
            },
        }
    }

    /// The retry loop.
    async fn attempts(
        &self,
        op: &OperationSpec,
        request: HttpRequest,
        streaming: bool,
    ) -> Result<Exchanged, DispatchError> {
        let resolved = self.resolved_for(op)?;
        let resolved = resolved.as_ref();
        let retry = self.config.retry_config();
        let attempt_timeout = match (
            self.config.timeout_config().attempt,
            op.min_attempt_timeout_secs,
        ) {
            (Some(t), Some(min)) => Some(t.max(Duration::from_secs(min))),
            (t, _) => t,
        };
        let mut attempt = 1;
        // Tokens taken for the retry in flight, refunded if it succeeds.
        let mut last_cost = 0;
        loop {
            let outcome = self
                .attempt(op, resolved, request.clone(), attempt_timeout, streaming)
                .instrument(tracing::debug_span!("attempt", attempt))
                .await;
            // A 2xx is final (a malformed one is not retried either); an
            // error response is classified by its code and status.
            let (kind, summary) = match &outcome {
                Ok((response, _)) if (200..300).contains(&response.status) => {
                    // A first-try success refills the budget a little; a
                    // successful retry returns what it took (standard mode).
                    self.retry_budget.release(if attempt == 1 {
                        TokenBucket::SUCCESS_REFUND
                    } else {
                        last_cost
                    });
                    return outcome.map(|(response, stream)| (response, stream, attempt));
                }
                Ok((response, _)) => {
                    let meta = self.error_metadata(response);
                    (classify(&meta), meta.to_string())
                }
                // No credentials, an unsignable or unencodable request: the
                // same next time, so no retry and no tokens spent.
                Err(e) if !e.is_retryable() => (RetryKind::Never, e.to_string()),
                Err(e) => (RetryKind::Transient, e.to_string()),
            };
            let cost = match &outcome {
                Err(_) => TokenBucket::TIMEOUT_RETRY_COST,
                Ok(_) => TokenBucket::RETRY_COST,
            };
            if kind == RetryKind::Never
                || attempt >= retry.max_attempts()
                || !self.retry_budget.try_acquire(cost)
            {
                if kind != RetryKind::Never && attempt < retry.max_attempts() {
                    tracing::debug!("retry budget exhausted; not retrying");
                }
                return match outcome {
                    Ok((response, stream)) => Ok((response, stream, attempt)),
                    Err(mut e) => {
                        e.set_attempts(attempt);
                        Err(e)
                    }
                };
            }
            last_cost = cost;
            let delay = retry.backoff(attempt);
            tracing::debug!(attempt, delay_ms = delay.as_millis() as u64, kind = ?kind, error = %summary, "retrying");
            tokio::time::sleep(delay).await;
            attempt += 1;
        }
    }

    /// One signed attempt: the raw response, whatever its status.
    async fn attempt(
        &self,
        op: &OperationSpec,
        resolved: &Resolved,
        mut request: HttpRequest,
        timeout: Option<Duration>,
        streaming: bool,
    ) -> Result<(HttpResponse, Option<ByteStream>), DispatchError> {
        // Unauthenticated operations (Cognito sign-in and the like) are sent
        // as the SDKs send them: no signature, credentials never asked for.
        if !op.unsigned {
            let credentials = resolved
                .credentials
                .provide_credentials()
                .await
                .map_err(|e| {
                    DispatchError::with_source("cannot load credentials", e).permanent()
                })?;
            // aws-sigv4 traces the canonical request, which holds the session
            // token: signing runs with tracing switched off.
            tracing::dispatcher::with_default(&tracing::Dispatch::none(), || {
                super::sign::sign(
                    &mut request,
                    &credentials,
                    &resolved.signing_region,
                    resolved.signing_name,
                    self.config.signing_time(),
                )
            })
            .map_err(|e| DispatchError::with_source("cannot sign the request", e).permanent())?;
        }
        // Long polls: the service may legitimately hold the response this
        // long, so the transport waits at least that long for it to start.
        let http = &resolved.http_client;
        let send: BoxFuture<'_, Result<(HttpResponse, Option<ByteStream>), DispatchError>> =
            match op.min_attempt_timeout_secs {
                _ if streaming => Box::pin(async move {
                    let response = http.send_streaming(request).await?;
                    let head = |body| HttpResponse {
                        status: response.status,
                        headers: response.headers,
                        body,
                    };
                    if (200..300).contains(&response.status) {
                        return Ok((head(Vec::new()), Some(response.body)));
                    }
                    // An error answer is small: read it like any other.
                    let body = response
                        .body
                        .collect_limited(DEFAULT_MAX_RESPONSE_BODY_SIZE)
                        .await?;
                    Ok((head(body.into_inner()), None))
                }),
                Some(hold) => Box::pin(async move {
                    Ok((
                        http.send_held(request, Duration::from_secs(hold)).await?,
                        None,
                    ))
                }),
                None => Box::pin(async move { Ok((http.send(request).await?, None)) }),
            };
        let (response, stream) = match timeout {
            None => send.await,
            Some(limit) => tokio::time::timeout(limit, send).await.unwrap_or_else(|_| {
                Err(DispatchError::timeout(format!(
                    "{}: no complete response within the attempt timeout of {limit:?}",
                    op.name
                )))
            }),
        }?;
        tracing::debug!(
            status = response.status,
            request_id = response
                .header("x-amzn-requestid")
                .map(|id| tracing::field::debug(Shown::new(id, MAX_SHOWN_REQUEST_ID))),
            "response"
        );
        Ok((response, stream))
    }
}

/// A final response, its live body when the operation streams and it is a
/// success, and the attempts it took.
type Exchanged = (HttpResponse, Option<ByteStream>, u32);

fn serialize<I: Serialize>(input: &I) -> Result<Vec<u8>, DispatchError> {
    serde_json::to_vec(input).map_err(|e| DispatchError::with_source("cannot serialize input", e))
}

/// Records the attempt count in whichever error is returned.
pub(super) fn with_attempts<E: OperationError>(error: SdkError<E>, attempts: u32) -> SdkError<E> {
    match error {
        SdkError::Dispatch(mut e) => {
            e.set_attempts(attempts);
            SdkError::Dispatch(e)
        }
        SdkError::Response(mut e) => {
            e.attempts = attempts;
            SdkError::Response(e)
        }
        SdkError::Service(e) => SdkError::Service(E::with_attempts(e, attempts)),
        other => other,
    }
}

/// Maps an HTTP response to the output or the operation's typed error.
pub fn parse_response<O: DeserializeOwned, E: OperationError>(
    response: HttpResponse,
) -> Result<O, SdkError<E>> {
    let request_id = response.header("x-amzn-requestid").map(str::to_string);
    if (200..300).contains(&response.status) {
        // An empty body is an empty object (operations with no output fields).
        let body: &[u8] = if response.body.iter().all(u8::is_ascii_whitespace) {
            b"{}"
        } else {
            &response.body
        };
        return super::json::from_slice(body).map_err(|reason| {
            SdkError::Response(ResponseError {
                status: response.status,
                request_id,
                reason,
                attempts: 1,
            })
        });
    }
    let meta = ErrorMetadata::from_response(response.status, &response.headers, &response.body);
    Err(SdkError::Service(E::from_response(meta, &response.body)))
}

#[cfg(test)]
mod tests {
    use std::sync::Mutex;
    use std::time::UNIX_EPOCH;

    use super::super::credentials::Credentials;
    use super::super::http::HttpClient;
    use super::*;

    static SERVICE: ServiceSpec = ServiceSpec {
        protocol: Protocol::AwsJson {
            target_prefix: "AWSStepFunctions",
            version: "1.0",
        },
        service_id: "SFN",
        read_error: ErrorMetadata::from_response,
        signing_name: "states",
        endpoint_prefix: "states",
        dns_suffix: "amazonaws.com",
        global_host: None,
        partitions: &[],
        discovery_operation: None,
    };

    static LIST: OperationSpec = OperationSpec {
        name: "ListActivities",
        target: "AWSStepFunctions.ListActivities",
        host_prefix: None,
        unsigned: false,
        endpoint_discovery: false,
        api_version_header: None,
        partitions: &[],
        min_attempt_timeout_secs: None,
    };

    /// Answers `{}` and keeps every request it was given.
    #[derive(Debug, Default, Clone)]
    struct Capture(Arc<Mutex<Vec<HttpRequest>>>);

    impl HttpClient for Capture {
        fn send(&self, request: HttpRequest) -> BoxFuture<'_, Result<HttpResponse, DispatchError>> {
            self.0.lock().unwrap().push(request);
            Box::pin(async {
                Ok(HttpResponse {
                    status: 200,
                    headers: vec![],
                    body: b"{}".to_vec(),
                })
            })
        }
    }

    fn header<'r>(request: &'r HttpRequest, name: &str) -> Option<&'r str> {
        request
            .headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// Answers each request with the next of its canned (status, body).
    #[derive(Debug, Clone)]
    struct Script(Arc<Mutex<Vec<(u16, &'static str)>>>);

    impl HttpClient for Script {
        fn send(&self, _: HttpRequest) -> BoxFuture<'_, Result<HttpResponse, DispatchError>> {
            let (status, body) = self.0.lock().unwrap().remove(0);
            Box::pin(async move {
                Ok(HttpResponse {
                    status,
                    headers: vec![("x-amzn-requestid".to_owned(), "r".to_owned())],
                    body: body.as_bytes().to_vec(),
                })
            })
        }
    }

    #[tokio::test]
    async fn a_streaming_success_keeps_its_body_in_the_stream_and_an_error_is_read_whole() {
        let script = Script(Arc::new(Mutex::new(vec![
            (200, "the archive"),
            (400, r#"{"__type":"ValidationException","message":"no"}"#),
        ])));
        let config = Config::builder()
            .region("us-east-1")
            .credentials(Credentials::new("AKID", "SECRET", None, None))
            .http_client(script.clone())
            .build();
        let handle = Handle::new(&SERVICE, config);
        let parts = || handle.json_parts(&LIST, b"{}".to_vec());
        let (response, stream, attempts) = handle.send_streaming(&LIST, parts()).await.unwrap();
        assert_eq!((response.status, attempts), (200, 1));
        assert!(
            response.body.is_empty(),
            "a success's body is left to the stream"
        );
        assert_eq!(stream.collect().await.unwrap().as_bytes(), b"the archive");

        let (response, stream, _) = handle.send_streaming(&LIST, parts()).await.unwrap();
        assert_eq!(response.status, 400);
        assert_eq!(
            handle.error_metadata(&response).code(),
            Some("ValidationException")
        );
        assert!(stream.collect().await.unwrap().as_bytes().is_empty());
        assert!(script.0.lock().unwrap().is_empty());
    }

    #[tokio::test]
    async fn a_fixed_time_signs_every_request_at_that_time() {
        let capture = Capture::default();
        let config = Config::builder()
            .region("us-east-1")
            .credentials(Credentials::new("AKID", "SECRET", None, None))
            .http_client(capture.clone())
            // 2015-08-30T12:36:00Z, the SigV4 test suite's time.
            .fixed_time(UNIX_EPOCH + Duration::from_secs(1_440_938_160))
            .build();
        let handle = Handle::new(&SERVICE, config);
        for _ in 0..2 {
            handle
                .send(&LIST, handle.json_parts(&LIST, b"{}".to_vec()))
                .await
                .unwrap();
        }
        let sent = capture.0.lock().unwrap();
        assert_eq!(sent.len(), 2);
        for request in sent.iter() {
            assert_eq!(header(request, "x-amz-date"), Some("20150830T123600Z"));
        }
        // Same request, same time, same credentials: the same signature.
        assert_eq!(
            header(&sent[0], "authorization"),
            header(&sent[1], "authorization")
        );
        assert!(header(&sent[0], "authorization")
            .unwrap()
            .contains("Credential=AKID/20150830/us-east-1/states/aws4_request"));
    }

    /// A one-partition table with these rules (plain, fips, dual-stack, both).
    const fn table(urls: &'static [Rule; 4]) -> super::super::partition::Partition {
        super::super::partition::Partition {
            id: "aws",
            regions: &["eu-west-1", "us-east-1"],
            pattern: super::super::partition::RegionPattern(&[
                super::super::partition::Segment::OneOf(&["us", "eu"]),
                super::super::partition::Segment::Word,
                super::super::partition::Segment::Digits,
            ]),
            default: *urls,
            overrides: &[],
        }
    }

    use super::super::partition::Rule;

    const fn rule(url: &'static str, signing_name: Option<&'static str>) -> Rule {
        Rule::Endpoint {
            url,
            signing_region: None,
            signing_name,
        }
    }

    static ACM: ServiceSpec = ServiceSpec {
        protocol: Protocol::AwsJson {
            target_prefix: "CertificateManager",
            version: "1.1",
        },
        service_id: "ACM",
        read_error: ErrorMetadata::from_response,
        signing_name: "acm",
        endpoint_prefix: "acm",
        dns_suffix: "amazonaws.com",
        global_host: None,
        partitions: &[table(&[
            rule("https://acm.{region}.amazonaws.com", None),
            rule("https://acm-fips.{region}.amazonaws.com", None),
            rule("https://acm.{region}.api.aws", None),
            rule("https://acm-fips.{region}.api.aws", None),
        ])],
        discovery_operation: None,
    };

    static ACME: OperationSpec = OperationSpec {
        name: "ListAcmeAccounts",
        target: "CertificateManager.ListAcmeAccounts",
        host_prefix: None,
        unsigned: false,
        endpoint_discovery: false,
        api_version_header: None,
        partitions: &[table(&[
            rule("https://acm-acme.{region}.api.aws", Some("acm-acme")),
            rule("https://acm-acme-fips.{region}.api.aws", Some("acm-acme")),
            rule("https://acm-acme.{region}.api.aws", Some("acm-acme")),
            rule("https://acm-acme-fips.{region}.api.aws", Some("acm-acme")),
        ])],
        min_attempt_timeout_secs: None,
    };

    async fn sent_to(op: &'static OperationSpec, endpoint: Option<&str>) -> (String, String) {
        let capture = Capture::default();
        let mut config = Config::builder()
            .region("eu-west-1")
            .credentials(Credentials::new("AKID", "SECRET", None, None))
            .http_client(capture.clone());
        if let Some(url) = endpoint {
            config = config.endpoint_url(url);
        }
        let handle = Handle::new(&ACM, config.build());
        handle
            .send(op, handle.json_parts(op, b"{}".to_vec()))
            .await
            .unwrap();
        let sent = capture.0.lock().unwrap();
        let auth = header(&sent[0], "authorization").unwrap();
        let scope = auth.split("Credential=AKID/").nth(1).unwrap();
        let scope = scope.split(',').next().unwrap().to_string();
        (sent[0].url.clone(), scope)
    }

    #[tokio::test]
    async fn an_operation_with_its_own_endpoint_rules_is_sent_and_signed_by_them() {
        let (url, scope) = sent_to(&ACME, None).await;
        assert_eq!(url, "https://acm-acme.eu-west-1.api.aws/");
        assert!(
            scope.ends_with("/eu-west-1/acm-acme/aws4_request"),
            "{scope}"
        );
        // Without rules of its own: the service's.
        static OTHER: OperationSpec = OperationSpec {
            name: "ListCertificates",
            target: "CertificateManager.ListCertificates",
            host_prefix: None,
            unsigned: false,
            endpoint_discovery: false,
            api_version_header: None,
            partitions: &[],
            min_attempt_timeout_secs: None,
        };
        let (url, scope) = sent_to(&OTHER, None).await;
        assert_eq!(url, "https://acm.eu-west-1.amazonaws.com/");
        assert!(scope.ends_with("/eu-west-1/acm/aws4_request"), "{scope}");
        // A configured endpoint wins, signed as the service.
        let (url, scope) = sent_to(&ACME, Some("http://127.0.0.1:4566")).await;
        assert_eq!(url, "http://127.0.0.1:4566/");
        assert!(scope.ends_with("/eu-west-1/acm/aws4_request"), "{scope}");
    }
}
