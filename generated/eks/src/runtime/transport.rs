//! The default HTTPS transport: [`HyperClient`], an [`HttpClient`] on hyper 1.
//!
//! * HTTP/1.1 only, pooled keep-alive connections (hyper-util's client).
//! * TLS by rustls with the `ring` crypto provider and Mozilla's root
//!   certificates compiled in (`webpki-roots`), so it behaves the same on
//!   every machine and never reads the system certificate store. TLS 1.2 and
//!   1.3.
//! * `https` and plain `http` URLs (the endpoint configuration decides; the
//!   default endpoints are `https`).
//! * A connect timeout covering DNS, TCP and the TLS handshake,
//!   [stalled-stream protection](super::stalled_stream) (on by default: the
//!   response must start within 30 s and its body keep moving), an optional
//!   limit on the whole exchange, and a cap on the response body size so a
//!   misbehaving endpoint cannot make the client buffer unbounded data.
//!
//! It must be used from within a Tokio runtime with the time and I/O drivers
//! enabled (e.g. `#[tokio::main]`, or a runtime built with `enable_all()`).

use std::error::Error;
use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Duration;

use bytes::Bytes;
use http::Uri;
use http_body_util::{BodyExt, Full};
use hyper::body::Body as _;
use hyper_rustls::{ConfigBuilderExt as _, HttpsConnector, MaybeHttpsStream};
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::client::legacy::Client;
use hyper_util::rt::{TokioExecutor, TokioIo, TokioTimer};
use tokio::time::Instant;

use super::error::DispatchError;
use super::http::{BoxFuture, HttpClient, HttpRequest, HttpResponse, StreamingResponse};
use super::stalled_stream::StalledStreamProtectionConfig;
use super::stream::{BodySource, ByteStream};

/// Default time allowed to establish a connection (DNS + TCP + TLS); the
/// value the AWS SDKs use.
pub const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_millis(3100);

/// Default cap on a response body: 64 MiB.
pub const DEFAULT_MAX_RESPONSE_BODY_SIZE: usize = 64 * 1024 * 1024;

/// How long an idle pooled connection is kept.
const POOL_IDLE_TIMEOUT: Duration = Duration::from_secs(90);

type BoxError = Box<dyn Error + Send + Sync>;
type Stream = MaybeHttpsStream<TokioIo<tokio::net::TcpStream>>;

/// An [`HttpClient`] sending requests with hyper over pooled HTTP/1.1
/// connections (TLS via rustls). Cheap to clone; clones share the pool.
///
/// Requires a Tokio runtime (see the [module docs](self)).
#[derive(Clone)]
pub struct HyperClient {
    client: Client<TimeoutConnector, Full<Bytes>>,
    connect_timeout: Duration,
    max_response_body_size: usize,
    request_timeout: Option<Duration>,
    stalled_stream: StalledStreamProtectionConfig,
}

impl HyperClient {
    /// A client with the defaults: [`DEFAULT_CONNECT_TIMEOUT`],
    /// [`DEFAULT_MAX_RESPONSE_BODY_SIZE`], stalled-stream protection on
    /// ([`StalledStreamProtectionConfig::enabled`]), no overall request
    /// timeout.
    pub fn new() -> Self {
        HyperClientBuilder::default().build()
    }

    /// Starts a builder with the defaults of [`HyperClient::new`].
    pub fn builder() -> HyperClientBuilder {
        HyperClientBuilder::default()
    }

    /// The configured connect timeout.
    pub fn connect_timeout(&self) -> Duration {
        self.connect_timeout
    }

    /// The configured response body size limit, in bytes.
    pub fn max_response_body_size(&self) -> usize {
        self.max_response_body_size
    }

    /// The configured limit on a whole request/response exchange, if any.
    pub fn request_timeout(&self) -> Option<Duration> {
        self.request_timeout
    }

    /// The stalled-stream protection settings.
    pub fn stalled_stream_protection(&self) -> &StalledStreamProtectionConfig {
        &self.stalled_stream
    }

    /// `hold`: how long the service may legitimately take to start
    /// answering (long polls), at least the first-byte timeout.
    async fn send_request(
        &self,
        request: HttpRequest,
        hold: Option<Duration>,
    ) -> Result<HttpResponse, DispatchError> {
        let (request, target) = to_hyper(request).map_err(DispatchError::permanent)?;
        let exchange = self.exchange(request, target.clone(), hold);
        match self.request_timeout {
            None => exchange.await,
            Some(limit) => tokio::time::timeout(limit, exchange)
                .await
                .unwrap_or_else(|_| {
                    Err(DispatchError::new(format!(
                        "{target}: no complete response within {limit:?} (request timeout)"
                    )))
                }),
        }
    }

    /// Sends `request` and reads the whole body, within the size cap.
    async fn exchange(
        &self,
        request: http::Request<Full<Bytes>>,
        target: Target,
        hold: Option<Duration>,
    ) -> Result<HttpResponse, DispatchError> {
        let (status, headers, mut body) = self.head(request, target, hold).await?;
        let limit = self.max_response_body_size;
        let too_large = |target: &Target| {
            DispatchError::new(format!(
                "{target}: the response body (HTTP {status}) exceeds the limit of {limit} bytes \
                 (raise it with HyperClient::builder().max_response_body_size(…))"
            ))
        };
        // A declared length over the limit fails before reading anything.
        if body.body.size_hint().lower() > limit as u64 {
            return Err(too_large(&body.target));
        }
        let mut data = Vec::new();
        while let Some(chunk) = body.next().await? {
            if data.len() + chunk.len() > limit {
                return Err(too_large(&body.target));
            }
            data.extend_from_slice(&chunk);
        }
        Ok(HttpResponse {
            status,
            headers,
            body: data,
        })
    }

    /// Sends `request` and waits for the status and headers (the first
    /// byte, under stalled-stream protection); the body is left to read.
    async fn head(
        &self,
        request: http::Request<Full<Bytes>>,
        target: Target,
        hold: Option<Duration>,
    ) -> Result<(u16, Vec<(String, String)>, LiveBody), DispatchError> {
        let stall = &self.stalled_stream;
        let responding = self.client.request(request);
        let response = if stall.is_enabled() {
            let limit = stall.first_byte_timeout().max(hold.unwrap_or_default());
            match tokio::time::timeout(limit, responding).await {
                Ok(response) => response,
                Err(_) => {
                    return Err(DispatchError::timeout(format!(
                    "{target}: the response did not start within {limit:?} of sending the request \
                         (stalled-stream protection; raise it with \
                         StalledStreamProtectionConfig::with_first_byte_timeout)"
                )))
                }
            }
        } else {
            responding.await
        }
        .map_err(|e| {
            let what = if e.is_connect() {
                format!("{target}: cannot connect to {}", target.address)
            } else {
                format!("{target}: no response")
            };
            DispatchError::with_source(what, Cause::new(e))
        })?;
        let (parts, body) = response.into_parts();
        let status = parts.status.as_u16();
        let headers = parts
            .headers
            .iter()
            .map(|(name, value)| {
                (
                    name.as_str().to_owned(),
                    String::from_utf8_lossy(value.as_bytes()).into_owned(),
                )
            })
            .collect();
        let body = LiveBody {
            body,
            progress: stall.is_enabled().then(|| Progress::new(stall)),
            target,
            status,
        };
        Ok((status, headers, body))
    }

    /// Sends `request`; the body streams (no size cap).
    async fn send_streaming_request(
        &self,
        request: HttpRequest,
    ) -> Result<StreamingResponse, DispatchError> {
        let (request, target) = to_hyper(request).map_err(DispatchError::permanent)?;
        let head = self.head(request, target.clone(), None);
        let (status, headers, body) = match self.request_timeout {
            None => head.await?,
            // The time limit covers the wait for the headers only: the
            // caller reads the body at its own pace.
            Some(limit) => tokio::time::timeout(limit, head)
                .await
                .unwrap_or_else(|_| {
                    Err(DispatchError::new(format!(
                        "{target}: no response within {limit:?} (request timeout)"
                    )))
                })?,
        };
        Ok(StreamingResponse {
            status,
            headers,
            body: ByteStream::from_source(body),
        })
    }
}

/// A response body being read, under stalled-stream protection.
struct LiveBody {
    body: hyper::body::Incoming,
    progress: Option<Progress>,
    target: Target,
    status: u16,
}

impl LiveBody {
    /// The next data chunk, `None` at the end.
    async fn next(&mut self) -> Result<Option<Bytes>, DispatchError> {
        let LiveBody {
            body,
            progress,
            target,
            status,
        } = self;
        loop {
            let frame = match progress {
                None => body.frame().await,
                // Wakes at the end of each grace period even if nothing comes.
                Some(p) => match tokio::time::timeout_at(p.window_end, body.frame()).await {
                    Ok(frame) => frame,
                    Err(_) => {
                        p.check(Instant::now(), target, *status)?;
                        continue;
                    }
                },
            };
            match frame {
                None => return Ok(None),
                Some(Ok(frame)) => {
                    if let Ok(chunk) = frame.into_data() {
                        if let Some(p) = progress {
                            p.bytes += chunk.len() as u64;
                            // A trickle never lets the timer fire: check here too.
                            p.check(Instant::now(), target, *status)?;
                        }
                        return Ok(Some(chunk));
                    }
                }
                Some(Err(e)) => {
                    return Err(DispatchError::with_source(
                        format!("{target}: failed to read the response body (HTTP {status})"),
                        Cause::new(e),
                    ))
                }
            }
        }
    }
}

impl BodySource for LiveBody {
    fn next_chunk(&mut self) -> BoxFuture<'_, Result<Option<Bytes>, DispatchError>> {
        Box::pin(self.next())
    }
}

/// Body progress in the current grace period.
struct Progress {
    window_end: Instant,
    bytes: u64,
    required: u64,
    grace: Duration,
}

impl Progress {
    fn new(config: &StalledStreamProtectionConfig) -> Self {
        Progress {
            window_end: Instant::now() + config.grace_period(),
            bytes: 0,
            required: config.bytes_per_grace_period(),
            grace: config.grace_period(),
        }
    }

    /// At the end of a grace period: too few bytes is a stall, else the next
    /// period starts.
    fn check(&mut self, now: Instant, target: &Target, status: u16) -> Result<(), DispatchError> {
        if now < self.window_end {
            return Ok(());
        }
        if self.bytes < self.required {
            return Err(DispatchError::timeout(format!(
                "{target}: the response body (HTTP {status}) stalled: {} byte(s) in {:?}, \
                 fewer than the {} required (stalled-stream protection; configure it with \
                 StalledStreamProtectionConfig)",
                self.bytes, self.grace, self.required
            )));
        }
        self.window_end = now + self.grace;
        self.bytes = 0;
        Ok(())
    }
}

impl Default for HyperClient {
    fn default() -> Self {
        HyperClient::new()
    }
}

impl fmt::Debug for HyperClient {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("HyperClient")
            .field("connect_timeout", &self.connect_timeout)
            .field("max_response_body_size", &self.max_response_body_size)
            .field("request_timeout", &self.request_timeout)
            .field("stalled_stream_protection", &self.stalled_stream)
            .finish_non_exhaustive()
    }
}

impl HttpClient for HyperClient {
    fn send(&self, request: HttpRequest) -> BoxFuture<'_, Result<HttpResponse, DispatchError>> {
        Box::pin(self.send_request(request, None))
    }

    fn send_held(
        &self,
        request: HttpRequest,
        hold: Duration,
    ) -> BoxFuture<'_, Result<HttpResponse, DispatchError>> {
        Box::pin(self.send_request(request, Some(hold)))
    }

    fn send_streaming(
        &self,
        request: HttpRequest,
    ) -> BoxFuture<'_, Result<StreamingResponse, DispatchError>> {
        Box::pin(self.send_streaming_request(request))
    }
}

/// Configures a [`HyperClient`].
#[derive(Clone, Debug)]
pub struct HyperClientBuilder {
    connect_timeout: Duration,
    max_response_body_size: usize,
    request_timeout: Option<Duration>,
    stalled_stream: StalledStreamProtectionConfig,
}

impl Default for HyperClientBuilder {
    fn default() -> Self {
        HyperClientBuilder {
            connect_timeout: DEFAULT_CONNECT_TIMEOUT,
            max_response_body_size: DEFAULT_MAX_RESPONSE_BODY_SIZE,
            request_timeout: None,
            stalled_stream: StalledStreamProtectionConfig::enabled(),
        }
    }
}

impl HyperClientBuilder {
    /// Time allowed to establish a connection: DNS lookup, TCP connect and
    /// TLS handshake together.
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = timeout;
        self
    }

    /// Largest response body accepted, in bytes; a larger one fails the
    /// request with a [`DispatchError`] instead of being buffered.
    pub fn max_response_body_size(mut self, bytes: usize) -> Self {
        self.max_response_body_size = bytes;
        self
    }

    /// Limit on one whole exchange (connect, send, and read the complete
    /// response). None by default: long-polling operations such as Step
    /// Functions' `GetActivityTask` legitimately wait a minute or more.
    pub fn request_timeout(mut self, timeout: Duration) -> Self {
        self.request_timeout = Some(timeout);
        self
    }

    /// Stalled-stream protection (default:
    /// [`StalledStreamProtectionConfig::enabled`]).
    pub fn stalled_stream_protection(mut self, config: StalledStreamProtectionConfig) -> Self {
        self.stalled_stream = config;
        self
    }

    /// Builds the client. Does not need a runtime; sending does.
    pub fn build(self) -> HyperClient {
        let mut http = HttpConnector::new();
        // HttpsConnector handles both schemes.
        http.enforce_http(false);
        http.set_nodelay(true);
        // Per-address budget when DNS returns several addresses (the overall
        // limit, including TLS, is enforced by `TimeoutConnector`).
        http.set_connect_timeout(Some(self.connect_timeout));
        let tls = rustls::ClientConfig::builder_with_provider(Arc::new(
            rustls::crypto::ring::default_provider(),
        ))
        .with_safe_default_protocol_versions()
        .expect("the ring provider supports the default TLS versions");
        let https = hyper_rustls::HttpsConnectorBuilder::new()
            .with_tls_config(tls.with_webpki_roots().with_no_client_auth())
            .https_or_http()
            .enable_http1()
            .wrap_connector(http);
        let connector = TimeoutConnector {
            inner: https,
            timeout: self.connect_timeout,
        };
        let client = Client::builder(TokioExecutor::new())
            .pool_timer(TokioTimer::new())
            .pool_idle_timeout(POOL_IDLE_TIMEOUT)
            .build(connector);
        HyperClient {
            client,
            connect_timeout: self.connect_timeout,
            max_response_body_size: self.max_response_body_size,
            request_timeout: self.request_timeout,
            stalled_stream: self.stalled_stream,
        }
    }
}

/// `METHOD scheme://authority/path` (no query string) and `host:port`, for
/// error messages.
#[derive(Clone)]
struct Target {
    description: String,
    address: String,
}

impl fmt::Display for Target {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.description)
    }
}

fn to_hyper(request: HttpRequest) -> Result<(http::Request<Full<Bytes>>, Target), DispatchError> {
    let HttpRequest {
        method,
        url,
        headers,
        body,
    } = request;
    let uri: Uri = url.parse().map_err(|e| {
        DispatchError::with_source(format!("invalid request URL `{}`", url.escape_debug()), e)
    })?;
    let (Some(scheme), Some(host)) = (uri.scheme_str(), uri.host()) else {
        return Err(DispatchError::new(format!(
            "invalid request URL `{}`: not an absolute http(s) URL",
            url.escape_debug()
        )));
    };
    let default_port = match scheme {
        "https" => 443,
        "http" => 80,
        other => {
            return Err(DispatchError::new(format!(
                "unsupported URL scheme `{other}` (only http and https)"
            )))
        }
    };
    let target = Target {
        description: format!("{method} {scheme}://{}{}", host_port(&uri), uri.path()),
        address: format!("{host}:{}", uri.port_u16().unwrap_or(default_port)),
    };
    let method = http::Method::from_bytes(method.as_bytes())
        .map_err(|e| DispatchError::with_source(format!("invalid HTTP method `{method}`"), e))?;
    let mut builder = http::Request::builder().method(method).uri(uri);
    for (name, value) in &headers {
        let name = http::HeaderName::from_bytes(name.as_bytes()).map_err(|e| {
            DispatchError::with_source(format!("invalid header name `{}`", name.escape_debug()), e)
        })?;
        // Never echo the value: it may be a credential.
        let value = http::HeaderValue::from_str(value).map_err(|e| {
            DispatchError::with_source(format!("header `{name}` has an invalid value"), e)
        })?;
        builder = builder.header(name, value);
    }
    let request = builder
        .body(Full::new(Bytes::from(body)))
        .map_err(|e| DispatchError::with_source(format!("{target}: invalid request"), e))?;
    Ok((request, target))
}

fn host_port(uri: &Uri) -> String {
    match (uri.host(), uri.port_u16()) {
        (Some(host), Some(port)) => format!("{host}:{port}"),
        (Some(host), None) => host.to_owned(),
        _ => String::new(),
    }
}

/// Wraps the HTTPS connector so the connect timeout covers DNS, TCP and TLS.
#[derive(Clone)]
struct TimeoutConnector {
    inner: HttpsConnector<HttpConnector>,
    timeout: Duration,
}

impl tower_service::Service<Uri> for TimeoutConnector {
    type Response = Stream;
    type Error = BoxError;
    type Future = Pin<Box<dyn Future<Output = Result<Stream, BoxError>> + Send>>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), BoxError>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, uri: Uri) -> Self::Future {
        let timeout = self.timeout;
        let connecting = self.inner.call(uri);
        Box::pin(async move {
            match tokio::time::timeout(timeout, connecting).await {
                // HttpConnector's own per-address timer (same budget) may
                // fire first; report both the same way.
                Ok(Err(e)) if is_timeout(&*e) => Err(Box::new(ConnectTimeout(timeout)) as BoxError),
                Ok(result) => result,
                Err(_) => Err(Box::new(ConnectTimeout(timeout)) as BoxError),
            }
        })
    }
}

/// Whether a timer expired somewhere in `error`'s chain.
fn is_timeout(error: &(dyn Error + 'static)) -> bool {
    let mut next = Some(error);
    while let Some(e) = next {
        if e.is::<tokio::time::error::Elapsed>()
            || e.downcast_ref::<std::io::Error>()
                .is_some_and(|io| io.kind() == std::io::ErrorKind::TimedOut)
        {
            return true;
        }
        next = e.source();
    }
    false
}

#[derive(Debug)]
struct ConnectTimeout(Duration);

impl fmt::Display for ConnectTimeout {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "connect timeout of {:?} exceeded", self.0)
    }
}

impl Error for ConnectTimeout {}

/// The cause of a [`DispatchError`]: displays hyper's whole error chain on
/// one line (hyper's top-level errors alone say little, e.g. `client error
/// (Connect)`); `source()` continues below it so `io::Error`s stay
/// reachable.
#[derive(Debug)]
struct Cause {
    text: String,
    error: BoxError,
}

impl Cause {
    fn new(error: impl Error + Send + Sync + 'static) -> Self {
        Cause::from_box(Box::new(error))
    }

    fn from_box(error: BoxError) -> Self {
        let mut parts: Vec<String> = Vec::new();
        let mut next: Option<&(dyn Error + 'static)> = Some(&*error);
        while let Some(e) = next {
            // hyper-util's wrapper only names the phase, which our message
            // already says.
            if !e.is::<hyper_util::client::legacy::Error>() {
                let mut text = e.to_string();
                if is_tls(e) {
                    text = format!("TLS error: {text}");
                }
                if !text.is_empty() && !parts.last().is_some_and(|last| last.contains(&text)) {
                    parts.push(text);
                }
            }
            next = e.source();
        }
        let text = if parts.is_empty() {
            error.to_string()
        } else {
            parts.join(": ")
        };
        Cause { text, error }
    }
}

/// Whether `error` is a rustls error (possibly inside `io::Error`s, whose
/// `source()` skips the error they wrap).
fn is_tls(mut error: &(dyn Error + 'static)) -> bool {
    loop {
        if error.is::<rustls::Error>() {
            return true;
        }
        match error
            .downcast_ref::<std::io::Error>()
            .and_then(|io| io.get_ref())
        {
            Some(inner) => error = inner,
            None => return false,
        }
    }
}

impl fmt::Display for Cause {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

impl Error for Cause {
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        self.error.source()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::{Read, Write};
    use std::net::{SocketAddr, TcpListener, TcpStream};
    use std::thread::JoinHandle;
    use std::time::Instant;

    const SERVER_IO_TIMEOUT: Duration = Duration::from_secs(10);

    /// Reads one request (headers plus a `content-length` body).
    fn read_request(stream: &mut TcpStream) -> Vec<u8> {
        let mut data = Vec::new();
        let mut buf = [0u8; 4096];
        loop {
            if let Some(end) = data.windows(4).position(|w| w == b"\r\n\r\n") {
                let head = String::from_utf8_lossy(&data[..end]).to_ascii_lowercase();
                let length: usize = head
                    .lines()
                    .find_map(|l| l.strip_prefix("content-length:"))
                    .map_or(0, |v| v.trim().parse().unwrap());
                if data.len() >= end + 4 + length {
                    return data;
                }
            }
            let n = stream.read(&mut buf).unwrap();
            if n == 0 {
                return data;
            }
            data.extend_from_slice(&buf[..n]);
        }
    }

    /// Serves one connection on a loopback port with `handle`; returns the
    /// address and the thread (yielding what `handle` returns).
    fn serve<T: Send + 'static>(
        handle: impl FnOnce(TcpStream) -> T + Send + 'static,
    ) -> (SocketAddr, JoinHandle<T>) {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = listener.local_addr().unwrap();
        let thread = std::thread::spawn(move || {
            let (stream, _) = listener.accept().unwrap();
            stream.set_read_timeout(Some(SERVER_IO_TIMEOUT)).unwrap();
            stream.set_write_timeout(Some(SERVER_IO_TIMEOUT)).unwrap();
            handle(stream)
        });
        (addr, thread)
    }

    /// Answers one request with `response` and closes the connection;
    /// the thread yields the request it read.
    fn canned(response: Vec<u8>) -> (SocketAddr, JoinHandle<Vec<u8>>) {
        serve(move |mut stream| {
            let request = read_request(&mut stream);
            stream.write_all(&response).unwrap();
            request
        })
    }

    fn post(addr: SocketAddr, path: &str) -> HttpRequest {
        HttpRequest {
            method: "POST",
            url: format!("http://{addr}{path}"),
            headers: vec![
                (
                    "content-type".to_owned(),
                    "application/x-amz-json-1.0".to_owned(),
                ),
                ("x-amz-target".to_owned(), "Svc.Op".to_owned()),
            ],
            body: br#"{"a":1}"#.to_vec(),
        }
    }

    #[tokio::test]
    async fn status_headers_and_body_come_through() {
        let (addr, server) = canned(
            b"HTTP/1.1 400 Bad Request\r\n\
              Content-Type: application/x-amz-json-1.0\r\n\
              x-amzn-RequestId: req-1\r\n\
              X-Odd: caf\xe9\r\n\
              Content-Length: 11\r\n\
              \r\n\
              {\"ok\":true}"
                .to_vec(),
        );
        let client = HyperClient::new();
        let response = client.send(post(addr, "/some/path")).await.unwrap();
        assert_eq!(response.status, 400);
        assert_eq!(response.body, br#"{"ok":true}"#);
        assert_eq!(response.header("x-amzn-requestid"), Some("req-1"));
        assert_eq!(
            response.header("content-type"),
            Some("application/x-amz-json-1.0")
        );
        // Non-UTF-8 header values are converted lossily.
        assert_eq!(response.header("x-odd"), Some("caf\u{fffd}"));

        let request = String::from_utf8(server.join().unwrap()).unwrap();
        let lower = request.to_ascii_lowercase();
        assert!(
            request.starts_with("POST /some/path HTTP/1.1\r\n"),
            "{request}"
        );
        assert!(
            lower.contains(&format!("\r\nhost: {addr}\r\n")),
            "{request}"
        );
        assert!(lower.contains("\r\ncontent-length: 7\r\n"), "{request}");
        assert!(lower.contains("\r\nx-amz-target: svc.op\r\n"), "{request}");
        assert!(request.ends_with("\r\n\r\n{\"a\":1}"), "{request}");
    }

    #[tokio::test]
    async fn signed_host_header_is_sent_as_is() {
        let (addr, server) = canned(b"HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n".to_vec());
        let mut request = post(addr, "/");
        let credentials = super::super::credentials::Credentials::new("AK", "SK", None, None);
        super::super::sign::sign(
            &mut request,
            &credentials,
            "us-east-1",
            "states",
            std::time::SystemTime::now(),
        )
        .unwrap();
        let response = HyperClient::new().send(request.clone()).await.unwrap();
        assert_eq!((response.status, response.body.len()), (200, 0));
        let sent = String::from_utf8(server.join().unwrap()).unwrap();
        for (name, value) in &request.headers {
            assert!(
                sent.to_ascii_lowercase()
                    .contains(&format!("\r\n{name}: {}\r\n", value.to_ascii_lowercase())),
                "{name} missing from {sent}"
            );
        }
        // Exactly one host header (ours).
        assert_eq!(sent.to_ascii_lowercase().matches("\r\nhost:").count(), 1);
    }

    #[tokio::test]
    async fn chunked_body_and_pooled_connection_reuse() {
        let (addr, server) = serve(|mut stream| {
            for _ in 0..2 {
                read_request(&mut stream);
                stream
                    .write_all(
                        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n\
                          3\r\nabc\r\n2\r\nde\r\n0\r\n\r\n",
                    )
                    .unwrap();
            }
        });
        let client = HyperClient::new();
        for _ in 0..2 {
            let response = client.send(post(addr, "/")).await.unwrap();
            assert_eq!(response.body, b"abcde");
        }
        // Both requests were answered on the one accepted connection.
        server.join().unwrap();
    }

    #[tokio::test]
    async fn connection_closed_mid_body_is_an_error() {
        let (addr, server) =
            canned(b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n{\"partial\":".to_vec());
        let err = HyperClient::new().send(post(addr, "/")).await.unwrap_err();
        server.join().unwrap();
        let message = err.to_string();
        assert!(
            message.contains("failed to read the response body"),
            "{message}"
        );
        assert!(message.contains("HTTP 200"), "{message}");
        assert!(err.source().is_some());
    }

    #[tokio::test]
    async fn connection_closed_before_response_is_an_error() {
        let (addr, server) = serve(|mut stream| {
            read_request(&mut stream);
        });
        let err = HyperClient::new().send(post(addr, "/x")).await.unwrap_err();
        server.join().unwrap();
        let message = err.to_string();
        assert!(
            message.starts_with(&format!("POST http://{addr}/x: no response: ")),
            "{message}"
        );
        assert!(message.contains("closed"), "{message}");
    }

    #[tokio::test]
    async fn body_over_the_limit_is_an_error() {
        let client = HyperClient::builder().max_response_body_size(16).build();
        assert_eq!(client.max_response_body_size(), 16);

        // Declared length over the limit.
        let (addr, server) =
            canned(b"HTTP/1.1 200 OK\r\nContent-Length: 17\r\n\r\n0123456789abcdefg".to_vec());
        let err = client.send(post(addr, "/")).await.unwrap_err();
        server.join().unwrap();
        assert!(err.to_string().contains("limit of 16 bytes"), "{err}");

        // Chunked, no declared length: stopped while reading.
        let (addr, server) = canned(
            b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n\
              a\r\n0123456789\r\na\r\n0123456789\r\n0\r\n\r\n"
                .to_vec(),
        );
        let err = client.send(post(addr, "/")).await.unwrap_err();
        server.join().unwrap();
        assert!(err.to_string().contains("limit of 16 bytes"), "{err}");

        // Exactly at the limit is fine.
        let (addr, server) =
            canned(b"HTTP/1.1 200 OK\r\nContent-Length: 16\r\n\r\n0123456789abcdef".to_vec());
        let response = client.send(post(addr, "/")).await.unwrap();
        server.join().unwrap();
        assert_eq!(response.body.len(), 16);
    }

    #[tokio::test]
    async fn closed_port_error_names_the_address() {
        let addr = TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap();
        // The listener is dropped: nothing listens there any more.
        let err = HyperClient::new().send(post(addr, "/")).await.unwrap_err();
        let message = err.to_string();
        assert!(
            message.contains(&format!("cannot connect to {addr}")),
            "{message}"
        );
        assert!(
            message.to_ascii_lowercase().contains("refused"),
            "{message}"
        );
        // The io::Error stays reachable through the source chain.
        let mut source = err.source();
        let mut found_io = false;
        while let Some(s) = source {
            found_io |= s.downcast_ref::<std::io::Error>().is_some();
            source = s.source();
        }
        assert!(found_io, "{err:?}");
    }

    // Linux only: other systems may refuse (RST) instead of dropping SYNs
    // when the accept queue is full.
    #[cfg(target_os = "linux")]
    #[tokio::test]
    async fn connect_timeout_with_a_full_backlog() {
        // A loopback listener that never accepts, with the smallest backlog:
        // once its queue is full, further SYNs are dropped and connecting
        // hangs (no traffic leaves the machine).
        let socket = tokio::net::TcpSocket::new_v4().unwrap();
        socket.bind("127.0.0.1:0".parse().unwrap()).unwrap();
        let listener = socket.listen(0).unwrap();
        let addr = listener.local_addr().unwrap();
        let mut fillers = Vec::new();
        let mut full = false;
        for _ in 0..64 {
            match TcpStream::connect_timeout(&addr, Duration::from_millis(200)) {
                Ok(stream) => fillers.push(stream),
                Err(_) => {
                    full = true;
                    break;
                }
            }
        }
        assert!(
            full,
            "backlog never filled; cannot test the connect timeout"
        );

        let client = HyperClient::builder()
            .connect_timeout(Duration::from_millis(300))
            .build();
        assert_eq!(client.connect_timeout(), Duration::from_millis(300));
        let start = Instant::now();
        let err = client.send(post(addr, "/")).await.unwrap_err();
        let elapsed = start.elapsed();
        assert!(elapsed < Duration::from_secs(5), "took {elapsed:?}");
        let message = err.to_string();
        assert!(
            message.contains(&format!("cannot connect to {addr}")),
            "{message}"
        );
        assert!(
            message.ends_with("connect timeout of 300ms exceeded"),
            "{message}"
        );
        drop((listener, fillers));
    }

    #[tokio::test]
    async fn request_timeout_when_the_server_never_answers() {
        let (addr, server) = serve(|mut stream| {
            read_request(&mut stream);
            // Hold the connection open without answering until the client
            // gives up and closes it.
            let mut buf = [0u8; 1];
            let _ = stream.read(&mut buf);
        });
        let client = HyperClient::builder()
            .request_timeout(Duration::from_millis(300))
            .build();
        let start = Instant::now();
        let err = client.send(post(addr, "/")).await.unwrap_err();
        assert!(start.elapsed() < Duration::from_secs(5));
        assert!(err.to_string().contains("request timeout"), "{err}");
        // The abandoned connection is closed (not left hanging): the server's
        // read returns well before its own 10 s timeout. Joined off the
        // runtime thread so the connection task can run meanwhile.
        let start = Instant::now();
        tokio::task::spawn_blocking(move || server.join().unwrap())
            .await
            .unwrap();
        assert!(start.elapsed() < Duration::from_secs(5));
    }

    /// Short stalled-stream limits so the tests take well under a second.
    fn quick_stall() -> StalledStreamProtectionConfig {
        StalledStreamProtectionConfig::enabled()
            .with_grace_period(Duration::from_millis(300))
            .with_minimum_throughput(100)
            .with_first_byte_timeout(Duration::from_millis(300))
    }

    /// Reads the request, then holds the connection without answering
    /// until the client closes it (or `SERVER_IO_TIMEOUT`).
    fn never_answers() -> (SocketAddr, JoinHandle<()>) {
        serve(|mut stream| {
            read_request(&mut stream);
            let mut buf = [0u8; 1];
            let _ = stream.read(&mut buf);
        })
    }

    /// Sends headers declaring `len` bytes, then one byte per `interval`.
    fn trickle(len: usize, interval: Duration) -> (SocketAddr, JoinHandle<()>) {
        serve(move |mut stream| {
            read_request(&mut stream);
            let head = format!("HTTP/1.1 200 OK\r\nContent-Length: {len}\r\n\r\n");
            if stream.write_all(head.as_bytes()).is_err() {
                return;
            }
            for _ in 0..len {
                std::thread::sleep(interval);
                if stream.write_all(b" ").is_err() {
                    return;
                }
            }
        })
    }

    #[tokio::test]
    async fn no_response_fails_after_the_first_byte_timeout() {
        let (addr, server) = never_answers();
        let client = HyperClient::builder()
            .stalled_stream_protection(quick_stall())
            .build();
        let start = Instant::now();
        let err = client.send(post(addr, "/")).await.unwrap_err();
        let elapsed = start.elapsed();
        assert!(
            elapsed >= Duration::from_millis(300) && elapsed < Duration::from_secs(3),
            "{elapsed:?}"
        );
        assert!(err.is_timeout() && err.is_retryable(), "{err}");
        assert!(
            err.to_string()
                .contains("the response did not start within 300ms"),
            "{err}"
        );
        tokio::task::spawn_blocking(move || server.join().unwrap())
            .await
            .unwrap();
    }

    #[tokio::test]
    async fn a_held_request_waits_at_least_its_hold_time() {
        let (addr, server) = serve(|mut stream| {
            read_request(&mut stream);
            std::thread::sleep(Duration::from_millis(700));
            let _ = stream.write_all(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}");
        });
        let client = HyperClient::builder()
            .stalled_stream_protection(quick_stall())
            .build();
        let response = client
            .send_held(post(addr, "/"), Duration::from_secs(2))
            .await
            .expect("held past the 300 ms first-byte timeout");
        assert_eq!(response.body, b"{}");
        tokio::task::spawn_blocking(move || server.join().unwrap())
            .await
            .unwrap();
    }

    #[tokio::test]
    async fn a_streamed_body_passes_the_size_cap_chunk_by_chunk() {
        let client = HyperClient::builder().max_response_body_size(16).build();
        let (addr, server) = canned(
            b"HTTP/1.1 200 OK\r\nx-amz-sha256-tree-hash: abc\r\nTransfer-Encoding: chunked\r\n\r\n\
              a\r\n0123456789\r\na\r\nabcdefghij\r\n0\r\n\r\n"
                .to_vec(),
        );
        let response = client.send_streaming(post(addr, "/")).await.unwrap();
        assert_eq!(response.status, 200);
        assert!(response
            .headers
            .iter()
            .any(|(k, v)| k == "x-amz-sha256-tree-hash" && v == "abc"));
        let body = response.body.collect().await.unwrap();
        server.join().unwrap();
        // 20 bytes: over the buffered limit, which streaming bypasses.
        assert_eq!(body.as_bytes(), b"0123456789abcdefghij");
    }

    #[tokio::test]
    async fn a_streamed_body_cut_short_or_stalled_is_an_error_from_the_stream() {
        let (addr, server) =
            canned(b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nonly this".to_vec());
        let mut body = HyperClient::new()
            .send_streaming(post(addr, "/"))
            .await
            .unwrap()
            .body;
        server.join().unwrap();
        let mut err = None;
        while let Some(chunk) = body.next().await {
            if let Err(e) = chunk {
                err = Some(e);
            }
        }
        let err = err.expect("a body cut short is an error");
        assert!(
            err.to_string().contains("failed to read the response body"),
            "{err}"
        );

        let (addr, server) = trickle(1000, Duration::from_millis(50));
        let client = HyperClient::builder()
            .stalled_stream_protection(quick_stall())
            .build();
        let body = client.send_streaming(post(addr, "/")).await.unwrap().body;
        let err = body.collect().await.unwrap_err();
        assert!(
            err.is_timeout() && err.to_string().contains("stalled"),
            "{err}"
        );
        tokio::task::spawn_blocking(move || server.join().unwrap())
            .await
            .unwrap();
    }

    #[tokio::test]
    async fn trickled_body_is_a_stall() {
        // 1 byte every 50 ms = 20 B/s, below the 100 B/s minimum.
        let (addr, server) = trickle(1000, Duration::from_millis(50));
        let client = HyperClient::builder()
            .stalled_stream_protection(quick_stall())
            .build();
        let start = Instant::now();
        let err = client.send(post(addr, "/")).await.unwrap_err();
        let elapsed = start.elapsed();
        assert!(elapsed < Duration::from_secs(3), "{elapsed:?}");
        assert!(err.is_timeout() && err.is_retryable(), "{err}");
        let text = err.to_string();
        assert!(
            text.contains("response body (HTTP 200) stalled")
                && text.contains("fewer than the 30 required"),
            "{text}"
        );
        tokio::task::spawn_blocking(move || server.join().unwrap())
            .await
            .unwrap();
    }

    #[tokio::test]
    async fn body_stopping_half_way_is_a_stall() {
        let (addr, server) = serve(|mut stream| {
            read_request(&mut stream);
            let _ = stream.write_all(b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n{\"a\"");
            let mut buf = [0u8; 1];
            let _ = stream.read(&mut buf);
        });
        let client = HyperClient::builder()
            .stalled_stream_protection(quick_stall().with_minimum_throughput(0))
            .build();
        let err = client.send(post(addr, "/")).await.unwrap_err();
        assert!(err.to_string().contains("0 byte(s) in 300ms"), "{err}");
        tokio::task::spawn_blocking(move || server.join().unwrap())
            .await
            .unwrap();
    }

    #[tokio::test]
    async fn slow_body_above_the_minimum_completes() {
        // 20 B/s against a 10 B/s minimum, over several grace periods.
        let (addr, server) = trickle(20, Duration::from_millis(50));
        let client = HyperClient::builder()
            .stalled_stream_protection(quick_stall().with_minimum_throughput(10))
            .build();
        let response = client.send(post(addr, "/")).await.unwrap();
        assert_eq!(response.body, [b' '; 20]);
        server.join().unwrap();
    }

    #[tokio::test]
    async fn disabled_protection_waits() {
        let (addr, server) = never_answers();
        let client = HyperClient::builder()
            .stalled_stream_protection(
                StalledStreamProtectionConfig::disabled()
                    .with_first_byte_timeout(Duration::from_millis(50)),
            )
            .build();
        let outcome =
            tokio::time::timeout(Duration::from_millis(600), client.send(post(addr, "/"))).await;
        assert!(outcome.is_err(), "still waiting after 600 ms: {outcome:?}");
        tokio::task::spawn_blocking(move || server.join().unwrap())
            .await
            .unwrap();
    }

    #[tokio::test]
    async fn https_to_a_plain_http_server_fails_in_the_tls_handshake() {
        // Exercises the rustls setup without leaving the machine.
        let (addr, server) = serve(|mut stream| {
            let mut buf = [0u8; 1024];
            let _ = stream.read(&mut buf);
            let _ = stream.write_all(b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n");
        });
        let mut request = post(addr, "/");
        request.url = format!("https://{addr}/");
        let err = HyperClient::new().send(request).await.unwrap_err();
        server.join().unwrap();
        let message = err.to_string();
        assert!(
            message.contains(&format!("cannot connect to {addr}: TLS error: ")),
            "{message}"
        );
    }

    #[tokio::test]
    async fn invalid_requests_are_rejected_before_sending() {
        let client = HyperClient::new();
        let mut request = post("127.0.0.1:9".parse().unwrap(), "/");
        request.url = "ftp://example.com/".to_owned();
        let err = client.send(request.clone()).await.unwrap_err();
        assert!(err.to_string().contains("ftp"), "{err}");

        request.url = "/relative".to_owned();
        let err = client.send(request.clone()).await.unwrap_err();
        assert!(err.to_string().contains("absolute"), "{err}");

        request.url = "http://127.0.0.1:9/".to_owned();
        request
            .headers
            .push(("authorization".to_owned(), "SECRET\r\nX: y".to_owned()));
        let err = client.send(request).await.unwrap_err();
        let text = format!("{err} {err:?}");
        assert!(text.contains("authorization"), "{text}");
        assert!(!text.contains("SECRET"), "{text}");
        // The same request fails the same way every time.
        assert!(!err.is_retryable(), "{err}");
    }

    #[test]
    fn builds_without_a_runtime_and_is_debug() {
        let client = HyperClient::builder()
            .connect_timeout(Duration::from_secs(1))
            .max_response_body_size(1024)
            .build();
        let debug = format!("{client:?}");
        assert!(debug.contains("connect_timeout: 1s"), "{debug}");
        assert!(debug.contains("grace_period: 5s"), "{debug}");
        assert!(HyperClient::new().stalled_stream_protection().is_enabled());
        assert!(debug.contains("1024"), "{debug}");
        let shared: Arc<dyn HttpClient> = Arc::new(HyperClient::default());
        assert_eq!(
            HyperClient::new().max_response_body_size(),
            DEFAULT_MAX_RESPONSE_BODY_SIZE
        );
        drop(shared);
    }
}
