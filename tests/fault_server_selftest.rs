//! Self-tests of `project_tests::fault_server`, driven by a raw
//! `std::net::TcpStream` client.

use std::io::{self, Read, Write};
use std::net::TcpStream;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use project_tests::fault_server::{Action, FaultServer};

/// A minimal HTTP/1.1 client over one connection.
struct Client {
    stream: TcpStream,
    /// Bytes read but not consumed yet.
    buf: Vec<u8>,
}

#[derive(Debug)]
struct Response {
    status: u16,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Response {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.body).expect("JSON response body")
    }
}

impl Client {
    fn connect(server: &FaultServer) -> Client {
        let stream = TcpStream::connect(server.addr()).expect("connect");
        stream
            .set_read_timeout(Some(Duration::from_secs(5)))
            .unwrap();
        Client {
            stream,
            buf: Vec::new(),
        }
    }

    fn send(&mut self, target: &str, extra_headers: &[(&str, &str)], body: &[u8]) {
        let mut head = format!(
            "POST / HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-type: application/x-amz-json-1.0\r\nx-amz-target: {target}\r\ncontent-length: {}\r\n",
            body.len()
        );
        for (name, value) in extra_headers {
            head.push_str(&format!("{name}: {value}\r\n"));
        }
        head.push_str("\r\n");
        self.stream.write_all(head.as_bytes()).unwrap();
        self.stream.write_all(body).unwrap();
    }

    /// Reads one response head; panics on EOF or timeout.
    fn read_head(&mut self) -> (u16, Vec<(String, String)>) {
        let end = loop {
            if let Some(pos) = self.buf.windows(4).position(|w| w == b"\r\n\r\n") {
                break pos + 4;
            }
            let mut chunk = [0u8; 4096];
            let n = self.stream.read(&mut chunk).expect("read response head");
            assert!(n > 0, "EOF before a complete response head");
            self.buf.extend_from_slice(&chunk[..n]);
        };
        let head: Vec<u8> = self.buf.drain(..end).collect();
        let head = String::from_utf8(head).unwrap();
        let mut lines = head.split("\r\n").filter(|l| !l.is_empty());
        let status_line = lines.next().unwrap();
        let mut parts = status_line.split(' ');
        assert_eq!(parts.next(), Some("HTTP/1.1"));
        let status = parts.next().unwrap().parse().unwrap();
        let headers = lines
            .map(|l| {
                let (n, v) = l.split_once(':').unwrap();
                (n.trim().to_string(), v.trim().to_string())
            })
            .collect();
        (status, headers)
    }

    fn read_response(&mut self) -> Response {
        let (status, headers) = self.read_head();
        let len: usize = headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case("content-length"))
            .map(|(_, v)| v.parse().unwrap())
            .expect("content-length");
        while self.buf.len() < len {
            let mut chunk = [0u8; 4096];
            let n = self.stream.read(&mut chunk).expect("read body");
            assert!(n > 0, "EOF in body");
            self.buf.extend_from_slice(&chunk[..n]);
        }
        let body = self.buf.drain(..len).collect();
        Response {
            status,
            headers,
            body,
        }
    }

    /// Everything until EOF (buffered bytes included).
    fn read_to_eof(&mut self) -> Vec<u8> {
        let mut rest = std::mem::take(&mut self.buf);
        self.stream.read_to_end(&mut rest).expect("read to EOF");
        rest
    }

    fn call(&mut self, target: &str, body: &str) -> Response {
        self.send(target, &[], body.as_bytes());
        self.read_response()
    }
}

/// One request on a fresh connection.
fn call(server: &FaultServer, body: &str) -> Response {
    Client::connect(server).call("Test.Op", body)
}

#[test]
fn scripted_actions_in_order_then_fallback() {
    let server = FaultServer::start(
        vec![
            Action::json(200, r#"{"first":true}"#),
            Action::aws_error(400, "ThrottlingException", "Rate exceeded"),
        ],
        Some(Action::aws_error(503, "ServiceUnavailable", "later")),
    );
    assert!(server.endpoint().starts_with("http://127.0.0.1:"));

    let r1 = call(&server, "{}");
    assert_eq!(r1.status, 200);
    assert_eq!(r1.json(), serde_json::json!({ "first": true }));
    assert_eq!(
        r1.header("content-type"),
        Some("application/x-amz-json-1.0")
    );
    assert_eq!(r1.header("x-amzn-requestid"), Some("req-1"));
    assert_eq!(r1.header("x-amzn-errortype"), None);

    let r2 = call(&server, "{}");
    assert_eq!(r2.status, 400);
    assert_eq!(r2.header("x-amzn-errortype"), Some("ThrottlingException"));
    assert_eq!(r2.header("x-amzn-requestid"), Some("req-2"));
    assert_eq!(
        r2.json(),
        serde_json::json!({ "__type": "ThrottlingException", "message": "Rate exceeded" })
    );

    for n in 3..=5 {
        let r = call(&server, "{}");
        assert_eq!(r.status, 503);
        assert_eq!(r.header("x-amzn-errortype"), Some("ServiceUnavailable"));
        // The fallback is cloned, but the request id still follows the number.
        assert_eq!(
            r.header("x-amzn-requestid"),
            Some(format!("req-{n}").as_str())
        );
    }
    assert_eq!(server.request_count(), 5);
    assert_eq!(server.connection_count(), 5);
}

#[test]
fn exhausted_script_without_fallback_answers_500() {
    let server = FaultServer::start(vec![Action::json(200, "{}")], None);
    assert_eq!(call(&server, "{}").status, 200);
    let r = call(&server, "{}");
    assert_eq!(r.status, 500);
    assert_eq!(
        r.header("x-amzn-errortype"),
        Some("FaultServerScriptExhausted")
    );
}

#[test]
fn keep_alive_serves_several_requests_on_one_connection() {
    let server = FaultServer::start(
        vec![
            Action::json(200, r#"{"n":1}"#),
            Action::json(200, r#"{"n":2}"#),
        ],
        Some(Action::json(200, r#"{"n":"fallback"}"#)),
    );
    let mut client = Client::connect(&server);
    assert_eq!(client.call("Test.One", "{}").json()["n"], 1);
    assert_eq!(client.call("Test.Two", "{}").json()["n"], 2);
    // Pipelined: two requests written back to back, then both answers.
    client.send("Test.Three", &[], b"{}");
    client.send("Test.Four", &[], b"{}");
    assert_eq!(client.read_response().json()["n"], "fallback");
    assert_eq!(
        client.read_response().header("x-amzn-requestid"),
        Some("req-4")
    );

    let requests = server.requests();
    assert_eq!(requests.len(), 4);
    assert!(requests.iter().all(|r| r.connection == 1));
    assert_eq!(server.connection_count(), 1);
    let targets: Vec<_> = requests
        .iter()
        .map(|r| r.header("x-amz-target").unwrap())
        .collect();
    assert_eq!(targets, ["Test.One", "Test.Two", "Test.Three", "Test.Four"]);
}

#[test]
fn request_connection_close_closes_after_response() {
    let server = FaultServer::start(vec![], Some(Action::json(200, "{}")));
    let mut client = Client::connect(&server);
    client.send("Test.Op", &[("connection", "close")], b"{}");
    assert_eq!(client.read_response().status, 200);
    assert!(client.read_to_eof().is_empty());
}

#[test]
fn hang_sends_nothing_for_its_duration_then_closes() {
    let server = FaultServer::start(vec![Action::Hang(Duration::from_secs(1))], None);
    let mut client = Client::connect(&server);
    let sent = Instant::now();
    client.send("Test.Op", &[], b"{}");
    client
        .stream
        .set_read_timeout(Some(Duration::from_millis(300)))
        .unwrap();
    let mut byte = [0u8; 1];
    let err = client
        .stream
        .read(&mut byte)
        .expect_err("no byte may arrive during the hang");
    assert!(
        matches!(
            err.kind(),
            io::ErrorKind::WouldBlock | io::ErrorKind::TimedOut
        ),
        "{err:?}"
    );
    assert_eq!(server.request_count(), 1, "the request was read");

    client
        .stream
        .set_read_timeout(Some(Duration::from_secs(5)))
        .unwrap();
    assert!(client.read_to_eof().is_empty(), "closed without an answer");
    let elapsed = sent.elapsed();
    assert!(elapsed >= Duration::from_millis(950), "{elapsed:?}");
    assert!(elapsed < Duration::from_secs(3), "{elapsed:?}");
}

#[test]
fn close_mid_body_sends_fewer_bytes_than_declared() {
    let server = FaultServer::start(
        vec![Action::CloseMidBody {
            status: 200,
            declared_len: 100,
            partial: br#"{"truncated":"#.to_vec(),
        }],
        None,
    );
    let mut client = Client::connect(&server);
    client.send("Test.Op", &[], b"{}");
    let (status, headers) = client.read_head();
    assert_eq!(status, 200);
    let declared = headers
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case("content-length"))
        .map(|(_, v)| v.as_str());
    assert_eq!(declared, Some("100"));
    let body = client.read_to_eof();
    assert_eq!(body, br#"{"truncated":"#);
    assert!(body.len() < 100);
}

#[test]
fn trickle_sends_headers_then_one_byte_per_interval() {
    let server = FaultServer::start(
        vec![Action::Trickle {
            status: 200,
            declared_len: 4,
            interval: Duration::from_millis(100),
        }],
        None,
    );
    let mut client = Client::connect(&server);
    client.send("Test.Op", &[], b"{}");
    let sent = Instant::now();
    let (status, headers) = client.read_head();
    assert_eq!(status, 200);
    assert!(
        sent.elapsed() < Duration::from_millis(90),
        "headers at once"
    );
    let header = |name: &str| {
        headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.clone())
    };
    assert_eq!(header("content-length").as_deref(), Some("4"));
    assert_eq!(header("x-amzn-requestid").as_deref(), Some("req-1"));
    let body = client.read_to_eof();
    assert_eq!(body, b"    ");
    let elapsed = sent.elapsed();
    assert!(elapsed >= Duration::from_millis(390), "{elapsed:?}");
    assert!(elapsed < Duration::from_secs(3), "{elapsed:?}");
}

#[test]
fn close_immediately_gives_eof_without_bytes() {
    let server = FaultServer::start(
        vec![Action::CloseImmediately],
        Some(Action::json(200, "{}")),
    );
    let mut client = Client::connect(&server);
    client.send("Test.Op", &[], b"{}");
    assert!(client.read_to_eof().is_empty());
    assert_eq!(server.request_count(), 1);
    // The next request (new connection) gets the fallback.
    assert_eq!(call(&server, "{}").status, 200);
}

#[test]
fn handler_sees_parsed_json_body_for_pagination() {
    let pages = Arc::new(AtomicUsize::new(0));
    let counter = Arc::clone(&pages);
    let server = FaultServer::with_handler(move |req| {
        counter.fetch_add(1, Ordering::SeqCst);
        let body = req.json().expect("JSON request body");
        match body.get("nextToken").and_then(|t| t.as_str()) {
            None => Action::json(200, r#"{"items":[1,2],"nextToken":"p2"}"#),
            Some("p2") => Action::json(200, r#"{"items":[3]}"#),
            Some(other) => Action::aws_error(400, "InvalidToken", other),
        }
    });
    let mut client = Client::connect(&server);
    let first = client.call("Test.List", r#"{"maxResults":2}"#).json();
    assert_eq!(first["nextToken"], "p2");
    let second = client.call("Test.List", r#"{"maxResults":2,"nextToken":"p2"}"#);
    assert_eq!(second.json(), serde_json::json!({ "items": [3] }));
    assert_eq!(second.header("x-amzn-requestid"), Some("req-2"));
    let bad = client.call("Test.List", r#"{"nextToken":"zzz"}"#);
    assert_eq!(bad.status, 400);
    assert_eq!(bad.json()["message"], "zzz");
    assert_eq!(pages.load(Ordering::SeqCst), 3);
}

#[test]
fn panicking_handler_answers_500() {
    let server = FaultServer::with_handler(|_| panic!("handler bug (expected by the test)"));
    let r = call(&server, "{}");
    assert_eq!(r.status, 500);
    assert_eq!(
        r.header("x-amzn-errortype"),
        Some("FaultServerHandlerPanicked")
    );
}

#[test]
fn requests_are_recorded_with_headers_and_body() {
    let server = FaultServer::start(vec![], Some(Action::json(200, "{}")));
    let before = Instant::now();
    let mut client = Client::connect(&server);
    client.send(
        "AWSStepFunctions.ListStateMachines",
        &[("X-Custom", "Value 1")],
        br#"{"maxResults":5}"#,
    );
    client.read_response();
    call(&server, r#"{"second":1}"#);

    let requests = server.requests();
    assert_eq!(requests.len(), 2);
    let r = &requests[0];
    assert_eq!(r.number, 1);
    assert_eq!(r.method, "POST");
    assert_eq!(r.path, "/");
    assert_eq!(
        r.header("X-AMZ-TARGET"),
        Some("AWSStepFunctions.ListStateMachines")
    );
    assert_eq!(r.header("x-custom"), Some("Value 1"));
    assert_eq!(r.header("absent"), None);
    assert!(r
        .headers
        .iter()
        .any(|(n, v)| n == "X-Custom" && v == "Value 1"));
    assert_eq!(r.body, br#"{"maxResults":5}"#);
    assert_eq!(r.json(), Some(serde_json::json!({ "maxResults": 5 })));
    assert!(r.received_at >= before);
    assert_eq!(requests[1].number, 2);
    assert_eq!(requests[1].body_text(), r#"{"second":1}"#);
    assert!(requests[1].received_at >= r.received_at);
    assert_ne!(requests[0].connection, requests[1].connection);
}

#[test]
fn chunked_request_body_is_decoded() {
    let server = FaultServer::start(vec![], Some(Action::json(200, "{}")));
    let mut client = Client::connect(&server);
    client
        .stream
        .write_all(
            b"POST /chunky HTTP/1.1\r\nhost: x\r\ntransfer-encoding: chunked\r\n\r\n\
              4\r\n{\"a\"\r\n3;ext=1\r\n:1}\r\n0\r\ntrailer: t\r\n\r\n",
        )
        .unwrap();
    assert_eq!(client.read_response().status, 200);
    // The connection stays usable after a chunked body.
    assert_eq!(client.call("Test.Op", "{}").status, 200);
    let requests = server.requests();
    assert_eq!(requests[0].path, "/chunky");
    assert_eq!(requests[0].json(), Some(serde_json::json!({ "a": 1 })));
    assert_eq!(requests.len(), 2);
}

#[test]
fn respond_with_custom_headers_and_content_length_override() {
    let server = FaultServer::start(
        vec![
            Action::json(429, "{}").with_header("retry-after", "1"),
            Action::Respond {
                status: 200,
                headers: vec![
                    ("content-length".into(), "3".into()),
                    ("x-id".into(), "id-{n}".into()),
                ],
                body: b"abc".to_vec(),
            },
        ],
        None,
    );
    let mut client = Client::connect(&server);
    let r = client.call("Test.Op", "{}");
    assert_eq!((r.status, r.header("retry-after")), (429, Some("1")));
    let r = client.call("Test.Op", "{}");
    assert_eq!(r.body, b"abc");
    assert_eq!(r.header("x-id"), Some("id-2"));
    let lengths = r
        .headers
        .iter()
        .filter(|(n, _)| n.eq_ignore_ascii_case("content-length"))
        .count();
    assert_eq!(lengths, 1, "no automatic content-length on top");
}

#[test]
fn request_numbering_is_global_across_concurrent_connections() {
    let script = (1..=20)
        .map(|i| Action::json(200, &format!(r#"{{"action":{i}}}"#)))
        .collect();
    let server = Arc::new(FaultServer::start(script, None));
    let threads: Vec<_> = (0..4)
        .map(|_| {
            let server = Arc::clone(&server);
            std::thread::spawn(move || {
                let mut client = Client::connect(&server);
                (0..5)
                    .map(|_| {
                        let r = client.call("Test.Op", "{}");
                        let id = r.header("x-amzn-requestid").unwrap().to_string();
                        (id, r.json()["action"].as_u64().unwrap())
                    })
                    .collect::<Vec<_>>()
            })
        })
        .collect();
    let mut seen: Vec<u64> = Vec::new();
    for t in threads {
        for (id, action) in t.join().unwrap() {
            // The n-th request got action n.
            assert_eq!(id, format!("req-{action}"));
            seen.push(action);
        }
    }
    seen.sort_unstable();
    assert_eq!(seen, (1..=20).collect::<Vec<u64>>());
    let numbers: Vec<usize> = server.requests().iter().map(|r| r.number).collect();
    assert_eq!(numbers, (1..=20).collect::<Vec<usize>>());
    assert_eq!(server.connection_count(), 4);
}

#[test]
fn drop_is_quick_even_during_a_hang() {
    let server = FaultServer::start(vec![Action::Hang(Duration::from_secs(60))], None);
    let mut hanging = Client::connect(&server);
    hanging.send("Test.Op", &[], b"{}");
    assert!(server.wait_for_requests(1, Duration::from_secs(5)));
    // An idle keep-alive connection too.
    let mut idle = Client::connect(&server);
    assert_eq!(idle.call("Test.Op", "{}").status, 500); // script exhausted

    let started = Instant::now();
    drop(server);
    let took = started.elapsed();
    assert!(took < Duration::from_secs(2), "drop took {took:?}");

    // Both connections were closed by the server.
    assert!(hanging.read_to_eof().is_empty());
    assert!(idle.read_to_eof().is_empty());
}
