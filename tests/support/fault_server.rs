//! A scripted fault-injection HTTP/1.1 server for integration tests.
//!
//! [`FaultServer`] plays the "AWS service" for a generated client and answers
//! each request with an [`Action`]: a normal (JSON or AWS error) response, a
//! hang, a connection closed half-way through the body, a body trickled one
//! byte at a time, or a connection closed without any answer. It is std-only (plus `serde_json` for
//! [`Request::json`] and the canned bodies).
//!
//! ```no_run
//! use project_tests::fault_server::{Action, FaultServer};
//! use std::time::Duration;
//!
//! // First request: throttled; second: hangs for 5 s; third: success;
//! // every further request: 503.
//! let server = FaultServer::start(
//!     vec![
//!         Action::aws_error(400, "ThrottlingException", "Rate exceeded"),
//!         Action::Hang(Duration::from_secs(5)),
//!         Action::json(200, r#"{"ok":true}"#),
//!     ],
//!     Some(Action::aws_error(503, "ServiceUnavailable", "try later")),
//! );
//! let endpoint = server.endpoint(); // "http://127.0.0.1:<port>"
//! // ... point the client at `endpoint`, call it ...
//! assert_eq!(server.request_count(), 3);
//! let first = &server.requests()[0];
//! assert_eq!(first.header("x-amz-target"), Some("AWSStepFunctions.ListStateMachines"));
//! # let _ = endpoint;
//! ```
//!
//! # Behaviour
//!
//! * Listens on `127.0.0.1`, port 0 (a free port). One thread per
//!   connection; HTTP/1.1 keep-alive (any number of requests per
//!   connection, pipelining included). Request bodies are read by
//!   `Content-Length` or `Transfer-Encoding: chunked`; `Expect:
//!   100-continue` is answered with `100 Continue`.
//! * Requests are numbered globally, across connections, from 1, in the
//!   order their bodies were completely received ([`Request::number`]). The
//!   n-th request gets the n-th action of the script.
//! * A connection is kept open after a [`Action::Respond`] unless the
//!   request asked for `Connection: close` (or was HTTP/1.0 without
//!   keep-alive) or the response carries a `connection: close` header. The
//!   other actions always close the connection.
//! * In the header *values* of a [`Action::Respond`], the text `{n}`
//!   ([`REQUEST_NUMBER_PLACEHOLDER`]) is replaced by the request number when
//!   the response is sent: [`Action::json`] and [`Action::aws_error`] send
//!   `x-amzn-requestid: req-<n>`, so the 3rd request gets `req-3`, even when
//!   the action is the (cloned) fallback.
//! * Script exhausted and no fallback: `500` with `x-amzn-errortype:
//!   FaultServerScriptExhausted`. A panicking handler: `500` with
//!   `FaultServerHandlerPanicked` (the panic message is printed by the
//!   default panic hook).
//!
//! # Shutdown
//!
//! Every loop is bounded. The listener is non-blocking and the accept loop
//! polls a stop flag every [`ACCEPT_POLL`]; connection sockets have
//! [`IO_POLL`] read and write timeouts and re-check the flag after each
//! timeout; a [`Action::Hang`] sleeps in steps of at most [`IO_POLL`].
//! Dropping the [`FaultServer`] sets the flag and joins the accept thread,
//! which closes the listener and joins the connection threads; this takes a
//! few tens of milliseconds and is capped at [`JOIN_TIMEOUT`] per level
//! (threads still running then are detached with a warning on stderr, which
//! should never happen). Independently, every server stops by itself
//! [`MAX_LIFETIME`] after it was started, even if it is leaked.

use std::fmt;
use std::io::{self, Read, Write};
use std::net::{Shutdown, SocketAddr, TcpListener, TcpStream};
use std::panic::{self, AssertUnwindSafe};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::thread::{self, JoinHandle};
use std::time::{Duration, Instant};

/// A server stops by itself this long after it was started.
pub const MAX_LIFETIME: Duration = Duration::from_secs(120);
/// How often the accept loop polls the listener and the stop flag.
pub const ACCEPT_POLL: Duration = Duration::from_millis(5);
/// Read/write timeout of connection sockets, and the step of a `Hang`.
pub const IO_POLL: Duration = Duration::from_millis(20);
/// Upper bound of each join on drop (accept thread, then connections).
pub const JOIN_TIMEOUT: Duration = Duration::from_secs(1);
/// Replaced by the request number in the header values of a response.
pub const REQUEST_NUMBER_PLACEHOLDER: &str = "{n}";
/// Content type of the AWS JSON 1.0 protocol.
pub const AMZ_JSON_CONTENT_TYPE: &str = "application/x-amz-json-1.0";

const MAX_HEAD: usize = 64 * 1024;
const MAX_BODY: usize = 64 * 1024 * 1024;

/// What the server does with one request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// Answer with this status, headers and body. `Content-Length` is set
    /// automatically unless `headers` has a `content-length` or
    /// `transfer-encoding` (or the status is 1xx, 204 or 304). `{n}` in a
    /// header value is replaced by the request number.
    Respond {
        status: u16,
        headers: Vec<(String, String)>,
        body: Vec<u8>,
    },
    /// Read the request, then send nothing for this long (the client should
    /// time out), then close the connection. Ends early when the server is
    /// dropped.
    Hang(Duration),
    /// Send the status line and headers with `Content-Length: declared_len`,
    /// then only the `partial` bytes (meant to be fewer), then close.
    CloseMidBody {
        status: u16,
        declared_len: usize,
        partial: Vec<u8>,
    },
    /// Close the connection right after reading the request, sending
    /// nothing.
    CloseImmediately,
    /// Send the status line and headers with `Content-Length: declared_len`
    /// at once, then the body one byte (`b' '`) every `interval` until
    /// `declared_len` bytes were sent (a slow-loris server), then close.
    /// Ends early when the server is dropped or the client goes away.
    Trickle {
        status: u16,
        declared_len: usize,
        interval: Duration,
    },
}

impl Action {
    /// A JSON response: `content-type: application/x-amz-json-1.0` and
    /// `x-amzn-requestid: req-<n>` (n = request number).
    pub fn json(status: u16, body: &str) -> Self {
        Action::Respond {
            status,
            headers: vec![
                ("content-type".into(), AMZ_JSON_CONTENT_TYPE.into()),
                (
                    "x-amzn-requestid".into(),
                    format!("req-{REQUEST_NUMBER_PLACEHOLDER}"),
                ),
            ],
            body: body.as_bytes().to_vec(),
        }
    }

    /// An AWS JSON error: body `{"__type": code, "message": message}`, an
    /// `x-amzn-errortype: <code>` header and the headers of [`Action::json`].
    pub fn aws_error(status: u16, code: &str, message: &str) -> Self {
        let body = serde_json::json!({ "__type": code, "message": message }).to_string();
        Action::json(status, &body).with_header("x-amzn-errortype", code)
    }

    /// Adds a header to a [`Action::Respond`] (e.g. `retry-after`); other
    /// actions are returned unchanged.
    pub fn with_header(mut self, name: &str, value: &str) -> Self {
        if let Action::Respond { headers, .. } = &mut self {
            headers.push((name.to_string(), value.to_string()));
        }
        self
    }
}

/// One request as received by the server.
#[derive(Clone)]
pub struct Request {
    pub method: String,
    /// The request target as sent (path and query), e.g. `/`.
    pub path: String,
    /// Header names and values as sent (names keep their case), in order.
    pub headers: Vec<(String, String)>,
    /// The body; de-chunked if it was sent chunked.
    pub body: Vec<u8>,
    /// When the body had been completely received.
    pub received_at: Instant,
    /// 1-based, global across connections: the n-th request gets action n.
    pub number: usize,
    /// 1-based number of the connection (in accept order) it arrived on.
    pub connection: usize,
}

impl Request {
    /// The first header with this name (case-insensitive).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// The body parsed as JSON, `None` if it is not valid JSON.
    pub fn json(&self) -> Option<serde_json::Value> {
        serde_json::from_slice(&self.body).ok()
    }

    /// The body as (lossy) UTF-8 text.
    pub fn body_text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

impl fmt::Debug for Request {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Request")
            .field("number", &self.number)
            .field("connection", &self.connection)
            .field("method", &self.method)
            .field("path", &self.path)
            .field("headers", &self.headers)
            .field("body", &String::from_utf8_lossy(&self.body))
            .field("received_at", &self.received_at)
            .finish()
    }
}

type Handler = dyn Fn(&Request) -> Action + Send + Sync + 'static;

enum Responder {
    Script {
        script: Vec<Action>,
        fallback: Option<Action>,
    },
    Handler(Box<Handler>),
}

struct Shared {
    stop: AtomicBool,
    deadline: Instant,
    requests: Mutex<Vec<Request>>,
    connections: AtomicUsize,
    responder: Responder,
}

impl Shared {
    fn stopped(&self) -> bool {
        self.stop.load(Ordering::SeqCst) || Instant::now() >= self.deadline
    }

    /// Numbers and records the request; returns it with its number set.
    fn record(&self, mut request: Request) -> Request {
        let mut requests = lock(&self.requests);
        request.number = requests.len() + 1;
        requests.push(request.clone());
        request
    }

    fn action_for(&self, request: &Request) -> Action {
        match &self.responder {
            Responder::Script { script, fallback } => script
                .get(request.number - 1)
                .or(fallback.as_ref())
                .cloned()
                .unwrap_or_else(|| {
                    Action::aws_error(
                        500,
                        "FaultServerScriptExhausted",
                        &format!(
                            "fault_server: request #{} but the script has {} action(s) and no fallback",
                            request.number,
                            script.len()
                        ),
                    )
                }),
            Responder::Handler(handler) => {
                match panic::catch_unwind(AssertUnwindSafe(|| handler(request))) {
                    Ok(action) => action,
                    Err(_) => Action::aws_error(
                        500,
                        "FaultServerHandlerPanicked",
                        &format!("fault_server: the handler panicked on request #{}", request.number),
                    ),
                }
            }
        }
    }
}

fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// A running fault-injection server; stops (bounded in time) when dropped.
pub struct FaultServer {
    addr: SocketAddr,
    shared: Arc<Shared>,
    accept_thread: Option<JoinHandle<()>>,
}

impl FaultServer {
    /// Serves `script` in order, one action per request; once it is
    /// exhausted, every further request gets `fallback` (or, if `None`, a
    /// `500 FaultServerScriptExhausted`).
    pub fn start(script: Vec<Action>, fallback: Option<Action>) -> FaultServer {
        Self::spawn(Responder::Script { script, fallback })
    }

    /// Answers every request with what `handler` computes from it. A
    /// panicking handler yields a `500 FaultServerHandlerPanicked`.
    pub fn with_handler(
        handler: impl Fn(&Request) -> Action + Send + Sync + 'static,
    ) -> FaultServer {
        Self::spawn(Responder::Handler(Box::new(handler)))
    }

    fn spawn(responder: Responder) -> FaultServer {
        let listener = TcpListener::bind("127.0.0.1:0").expect("fault_server: bind 127.0.0.1:0");
        listener
            .set_nonblocking(true)
            .expect("fault_server: non-blocking listener");
        let addr = listener.local_addr().expect("fault_server: local address");
        let shared = Arc::new(Shared {
            stop: AtomicBool::new(false),
            deadline: Instant::now() + MAX_LIFETIME,
            requests: Mutex::new(Vec::new()),
            connections: AtomicUsize::new(0),
            responder,
        });
        let thread_shared = Arc::clone(&shared);
        let accept_thread = thread::Builder::new()
            .name(format!("fault-server-{}", addr.port()))
            .spawn(move || accept_loop(listener, thread_shared))
            .expect("fault_server: spawn accept thread");
        FaultServer {
            addr,
            shared,
            accept_thread: Some(accept_thread),
        }
    }

    /// `http://127.0.0.1:<port>`
    pub fn endpoint(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// The listening address.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// Every request received so far, in order (of [`Request::number`]).
    pub fn requests(&self) -> Vec<Request> {
        lock(&self.shared.requests).clone()
    }

    /// How many requests were received so far.
    pub fn request_count(&self) -> usize {
        lock(&self.shared.requests).len()
    }

    /// How many connections were accepted so far.
    pub fn connection_count(&self) -> usize {
        self.shared.connections.load(Ordering::SeqCst)
    }

    /// Waits (polling) until at least `n` requests were received; `false` if
    /// `timeout` passed first.
    pub fn wait_for_requests(&self, n: usize, timeout: Duration) -> bool {
        let end = Instant::now() + timeout;
        loop {
            if self.request_count() >= n {
                return true;
            }
            if Instant::now() >= end {
                return false;
            }
            thread::sleep(Duration::from_millis(2));
        }
    }
}

impl fmt::Debug for FaultServer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("FaultServer")
            .field("addr", &self.addr)
            .field("requests", &self.request_count())
            .field("connections", &self.connection_count())
            .finish()
    }
}

impl Drop for FaultServer {
    fn drop(&mut self) {
        self.shared.stop.store(true, Ordering::SeqCst);
        if let Some(handle) = self.accept_thread.take() {
            // The accept thread itself joins the connection threads within
            // JOIN_TIMEOUT, hence the margin.
            join_bounded(vec![handle], JOIN_TIMEOUT * 2, "accept");
        }
    }
}

/// Joins the threads that finish before `timeout`; detaches the others.
fn join_bounded(mut handles: Vec<JoinHandle<()>>, timeout: Duration, what: &str) {
    let end = Instant::now() + timeout;
    loop {
        let (done, running): (Vec<_>, Vec<_>) = handles.into_iter().partition(|h| h.is_finished());
        for handle in done {
            let _ = handle.join();
        }
        handles = running;
        if handles.is_empty() {
            return;
        }
        if Instant::now() >= end {
            eprintln!(
                "fault_server: {} {what} thread(s) still running after {timeout:?}; detached",
                handles.len()
            );
            return;
        }
        thread::sleep(Duration::from_millis(2));
    }
}

fn accept_loop(listener: TcpListener, shared: Arc<Shared>) {
    let mut connections: Vec<JoinHandle<()>> = Vec::new();
    while !shared.stopped() {
        match listener.accept() {
            Ok((stream, _)) => {
                let id = shared.connections.fetch_add(1, Ordering::SeqCst) + 1;
                let conn_shared = Arc::clone(&shared);
                let spawned = thread::Builder::new()
                    .name(format!("fault-server-conn-{id}"))
                    .spawn(move || serve_connection(stream, id, &conn_shared));
                match spawned {
                    Ok(handle) => connections.push(handle),
                    Err(err) => eprintln!("fault_server: cannot spawn connection thread: {err}"),
                }
            }
            Err(err) if err.kind() == io::ErrorKind::WouldBlock => thread::sleep(ACCEPT_POLL),
            Err(err) if err.kind() == io::ErrorKind::Interrupted => {}
            Err(err) => {
                // E.g. EMFILE or ECONNABORTED: keep serving, don't spin.
                eprintln!("fault_server: accept failed: {err}");
                thread::sleep(ACCEPT_POLL);
            }
        }
        let (done, running): (Vec<_>, Vec<_>) =
            connections.into_iter().partition(|h| h.is_finished());
        for handle in done {
            let _ = handle.join();
        }
        connections = running;
    }
    // Stop accepting (the port is closed) before waiting for connections.
    drop(listener);
    join_bounded(connections, JOIN_TIMEOUT, "connection");
}

fn serve_connection(stream: TcpStream, connection: usize, shared: &Shared) {
    let setup = stream
        .set_nonblocking(false)
        .and_then(|()| stream.set_read_timeout(Some(IO_POLL)))
        .and_then(|()| stream.set_write_timeout(Some(IO_POLL)))
        .and_then(|()| stream.set_nodelay(true));
    if let Err(err) = setup {
        eprintln!("fault_server: connection setup failed: {err}");
        return;
    }
    let mut conn = Conn {
        stream,
        buf: Vec::new(),
        shared,
    };
    // Ends on a clean EOF between requests, when the server stops, on a
    // broken request, or when the action closes the connection.
    while let Ok(Some(incoming)) = conn.read_request(connection) {
        let request = shared.record(incoming.request);
        let action = shared.action_for(&request);
        match action {
            Action::Respond {
                status,
                headers,
                body,
            } => {
                let response_close = headers
                    .iter()
                    .any(|(n, v)| n.eq_ignore_ascii_case("connection") && has_token(v, "close"));
                let head_only = request.method.eq_ignore_ascii_case("HEAD");
                if conn
                    .write_response(status, &headers, &body, request.number, head_only)
                    .is_err()
                    || response_close
                    || !incoming.keep_alive
                {
                    break;
                }
            }
            Action::Hang(duration) => {
                sleep_unless_stopped(shared, duration);
                break;
            }
            Action::CloseMidBody {
                status,
                declared_len,
                partial,
            } => {
                let head = format!(
                    "HTTP/1.1 {status} {}\r\ncontent-type: {AMZ_JSON_CONTENT_TYPE}\r\ncontent-length: {declared_len}\r\n\r\n",
                    reason(status)
                );
                let mut bytes = head.into_bytes();
                bytes.extend_from_slice(&partial);
                let _ = conn.write_all(&bytes);
                break;
            }
            Action::CloseImmediately => break,
            Action::Trickle {
                status,
                declared_len,
                interval,
            } => {
                let head = format!(
                    "HTTP/1.1 {status} {}\r\ncontent-type: {AMZ_JSON_CONTENT_TYPE}\r\nx-amzn-requestid: req-{}\r\ncontent-length: {declared_len}\r\n\r\n",
                    reason(status),
                    request.number
                );
                if conn.write_all(head.as_bytes()).is_ok() {
                    for _ in 0..declared_len {
                        if sleep_unless_stopped(shared, interval) || conn.write_all(b" ").is_err() {
                            break;
                        }
                    }
                }
                break;
            }
        }
    }
    let _ = conn.stream.flush();
    let _ = conn.stream.shutdown(Shutdown::Both);
}

/// Sleeps `duration` in steps of at most [`IO_POLL`]; `true` if the server
/// stopped first.
fn sleep_unless_stopped(shared: &Shared, duration: Duration) -> bool {
    let end = Instant::now() + duration;
    loop {
        if shared.stopped() {
            return true;
        }
        let now = Instant::now();
        if now >= end {
            return false;
        }
        thread::sleep(IO_POLL.min(end - now));
    }
}

struct Incoming {
    request: Request,
    keep_alive: bool,
}

struct Conn<'a> {
    stream: TcpStream,
    /// Bytes read but not consumed yet.
    buf: Vec<u8>,
    shared: &'a Shared,
}

fn stopped_error() -> io::Error {
    io::Error::other("fault_server stopped")
}

fn invalid(msg: &str) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidData, msg.to_string())
}

fn is_timeout(err: &io::Error) -> bool {
    matches!(
        err.kind(),
        io::ErrorKind::WouldBlock | io::ErrorKind::TimedOut | io::ErrorKind::Interrupted
    )
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

fn header_values<'a>(
    headers: &'a [(String, String)],
    name: &'a str,
) -> impl Iterator<Item = &'a str> + 'a {
    headers
        .iter()
        .filter(move |(n, _)| n.eq_ignore_ascii_case(name))
        .map(|(_, v)| v.as_str())
}

fn has_token(value: &str, token: &str) -> bool {
    value
        .split(',')
        .any(|t| t.trim().eq_ignore_ascii_case(token))
}

impl Conn<'_> {
    /// Reads more bytes into `buf`; `Ok(0)` on EOF. Gives up when the server
    /// stops.
    fn fill(&mut self) -> io::Result<usize> {
        let mut chunk = [0u8; 16 * 1024];
        loop {
            if self.shared.stopped() {
                return Err(stopped_error());
            }
            match self.stream.read(&mut chunk) {
                Ok(n) => {
                    self.buf.extend_from_slice(&chunk[..n]);
                    return Ok(n);
                }
                Err(err) if is_timeout(&err) => continue,
                Err(err) => return Err(err),
            }
        }
    }

    fn write_all(&mut self, mut bytes: &[u8]) -> io::Result<()> {
        while !bytes.is_empty() {
            if self.shared.stopped() {
                return Err(stopped_error());
            }
            match self.stream.write(bytes) {
                Ok(0) => return Err(io::ErrorKind::WriteZero.into()),
                Ok(n) => bytes = &bytes[n..],
                Err(err) if is_timeout(&err) => continue,
                Err(err) => return Err(err),
            }
        }
        Ok(())
    }

    /// Takes the first `n` buffered bytes, reading more as needed.
    fn take(&mut self, n: usize) -> io::Result<Vec<u8>> {
        while self.buf.len() < n {
            if self.fill()? == 0 {
                return Err(io::ErrorKind::UnexpectedEof.into());
            }
        }
        Ok(self.buf.drain(..n).collect())
    }

    /// Takes everything up to and including the first `delim`. `Ok(None)` on
    /// EOF with nothing buffered.
    fn take_until(&mut self, delim: &[u8], limit: usize) -> io::Result<Option<Vec<u8>>> {
        let mut searched = 0;
        loop {
            if let Some(pos) = find(&self.buf[searched..], delim) {
                let end = searched + pos + delim.len();
                return Ok(Some(self.buf.drain(..end).collect()));
            }
            searched = self.buf.len().saturating_sub(delim.len() - 1);
            if self.buf.len() > limit {
                return Err(invalid("line or head too long"));
            }
            if self.fill()? == 0 {
                return if self.buf.is_empty() {
                    Ok(None)
                } else {
                    Err(io::ErrorKind::UnexpectedEof.into())
                };
            }
        }
    }

    /// Reads one whole request; `Ok(None)` on a clean EOF before it.
    fn read_request(&mut self, connection: usize) -> io::Result<Option<Incoming>> {
        // Tolerate empty lines before the request line (RFC 9112 §2.2).
        while self.buf.starts_with(b"\r\n") {
            self.buf.drain(..2);
        }
        let Some(head) = self.take_until(b"\r\n\r\n", MAX_HEAD)? else {
            return Ok(None);
        };
        let head = String::from_utf8_lossy(&head).into_owned();
        let mut lines = head.split("\r\n").skip_while(|l| l.is_empty());
        let request_line = lines.next().ok_or_else(|| invalid("no request line"))?;
        let mut parts = request_line.split_whitespace();
        let (method, path, version) = match (parts.next(), parts.next(), parts.next()) {
            (Some(m), Some(p), Some(v)) => (m.to_string(), p.to_string(), v.to_string()),
            _ => return Err(invalid("malformed request line")),
        };
        let mut headers = Vec::new();
        for line in lines.filter(|l| !l.is_empty()) {
            let (name, value) = line
                .split_once(':')
                .ok_or_else(|| invalid("malformed header line"))?;
            headers.push((name.trim().to_string(), value.trim().to_string()));
        }
        let get = |name: &'static str| header_values(&headers, name);
        let chunked = get("transfer-encoding").any(|v| has_token(v, "chunked"));
        let content_length = match get("content-length").next() {
            Some(v) => Some(
                v.parse::<usize>()
                    .map_err(|_| invalid("bad content-length"))?,
            ),
            None => None,
        };
        let keep_alive = if version.eq_ignore_ascii_case("HTTP/1.0") {
            get("connection").any(|v| has_token(v, "keep-alive"))
        } else {
            !get("connection").any(|v| has_token(v, "close"))
        };
        let expects_continue = get("expect").any(|v| v.eq_ignore_ascii_case("100-continue"));
        let has_body = chunked || content_length.is_some_and(|n| n > 0);
        if expects_continue && has_body {
            self.write_all(b"HTTP/1.1 100 Continue\r\n\r\n")?;
        }
        let body = if chunked {
            self.read_chunked()?
        } else {
            let len = content_length.unwrap_or(0);
            if len > MAX_BODY {
                return Err(invalid("body too large"));
            }
            self.take(len)?
        };
        Ok(Some(Incoming {
            request: Request {
                method,
                path,
                headers,
                body,
                received_at: Instant::now(),
                number: 0,
                connection,
            },
            keep_alive,
        }))
    }

    fn read_chunked(&mut self) -> io::Result<Vec<u8>> {
        let mut body = Vec::new();
        loop {
            let line = self
                .take_until(b"\r\n", 4096)?
                .ok_or(io::ErrorKind::UnexpectedEof)?;
            let line = String::from_utf8_lossy(&line);
            let size_text = line.trim_end().split(';').next().unwrap_or("").trim();
            let size =
                usize::from_str_radix(size_text, 16).map_err(|_| invalid("bad chunk size"))?;
            if size == 0 {
                // Trailer section, ended by an empty line.
                loop {
                    let trailer = self
                        .take_until(b"\r\n", MAX_HEAD)?
                        .ok_or(io::ErrorKind::UnexpectedEof)?;
                    if trailer == b"\r\n" {
                        return Ok(body);
                    }
                }
            }
            if body.len() + size > MAX_BODY {
                return Err(invalid("body too large"));
            }
            body.extend_from_slice(&self.take(size)?);
            if self.take(2)? != b"\r\n" {
                return Err(invalid("chunk not followed by CRLF"));
            }
        }
    }

    fn write_response(
        &mut self,
        status: u16,
        headers: &[(String, String)],
        body: &[u8],
        number: usize,
        head_only: bool,
    ) -> io::Result<()> {
        let mut head = format!("HTTP/1.1 {status} {}\r\n", reason(status));
        let number = number.to_string();
        for (name, value) in headers {
            let value = value.replace(REQUEST_NUMBER_PLACEHOLDER, &number);
            head.push_str(&format!("{name}: {value}\r\n"));
        }
        let framed = headers.iter().any(|(n, _)| {
            n.eq_ignore_ascii_case("content-length") || n.eq_ignore_ascii_case("transfer-encoding")
        });
        let bodyless_status = (100..200).contains(&status) || status == 204 || status == 304;
        if !framed && !bodyless_status {
            head.push_str(&format!("content-length: {}\r\n", body.len()));
        }
        head.push_str("\r\n");
        let mut bytes = head.into_bytes();
        if !head_only {
            bytes.extend_from_slice(body);
        }
        self.write_all(&bytes)?;
        self.stream.flush()
    }
}

fn reason(status: u16) -> &'static str {
    match status {
        100 => "Continue",
        200 => "OK",
        201 => "Created",
        202 => "Accepted",
        204 => "No Content",
        301 => "Moved Permanently",
        302 => "Found",
        304 => "Not Modified",
        307 => "Temporary Redirect",
        400 => "Bad Request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not Found",
        408 => "Request Timeout",
        409 => "Conflict",
        413 => "Payload Too Large",
        429 => "Too Many Requests",
        500 => "Internal Server Error",
        501 => "Not Implemented",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        504 => "Gateway Timeout",
        _ => "Status",
    }
}
