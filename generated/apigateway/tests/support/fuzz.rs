//! Random and mutated responses for every operation's response parser.
//! Copied into each generated crate's `tests/support/`; the generated
//! `tests/parsers.rs` names the crate `client` and lists the operations.

use super::client::runtime::http::HttpResponse;
use super::client::runtime::operation::parse_response;
use super::client::runtime::{OperationError, SdkError};

/// Cases per operation (34 operations × 300 = 10,200 for Step Functions).
pub const CASES: usize = 300;

/// A small deterministic PRNG (xorshift64*): reproducible failures, no deps.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: &str) -> Rng {
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        for b in seed.bytes() {
            h = (h ^ u64::from(b)).wrapping_mul(0x1000_0000_01b3);
        }
        Rng(h | 1)
    }

    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// A random JSON value; objects favour the operation's own member names so
/// that wrong types reach the typed fields.
fn value(rng: &mut Rng, keys: &[&str], depth: usize) -> serde_json::Value {
    use serde_json::Value;
    match rng.below(if depth > 3 { 6 } else { 9 }) {
        0 => Value::Null,
        1 => Value::Bool(rng.below(2) == 0),
        2 => Value::from(rng.next() as i64),
        3 => Value::from((rng.next() % 10_000) as f64 / 7.0),
        4 => Value::from(*rng.pick(&[
            "",
            "x",
            "RUNNING",
            "2024-01-02T03:04:05Z",
            "1700000000",
            "\u{0}\u{ffff}",
            "dGVzdA==",
        ])),
        5 => Value::from(u64::MAX),
        6 | 7 => {
            let mut map = serde_json::Map::new();
            for _ in 0..rng.below(6) {
                let key = if keys.is_empty() || rng.below(4) == 0 {
                    "extra".to_string()
                } else {
                    rng.pick(keys).to_string()
                };
                map.insert(key, value(rng, keys, depth + 1));
            }
            Value::Object(map)
        }
        _ => Value::Array(
            (0..rng.below(4))
                .map(|_| value(rng, keys, depth + 1))
                .collect(),
        ),
    }
}

/// A response body: valid-looking JSON, or that JSON mutated, or junk.
fn body(rng: &mut Rng, keys: &[&str], codes: &[&str]) -> Vec<u8> {
    let mut base = value(rng, keys, 0);
    if rng.below(3) == 0 {
        if let serde_json::Value::Object(map) = &mut base {
            let code = if codes.is_empty() || rng.below(3) == 0 {
                "SomethingElse"
            } else {
                rng.pick(codes)
            };
            map.insert(
                "__type".into(),
                serde_json::Value::from(format!("com.amazonaws#{code}")),
            );
            map.insert("message".into(), value(rng, &[], 2));
        }
    }
    let mut bytes = serde_json::to_vec(&base).expect("a JSON value serializes");
    match rng.below(8) {
        0 => bytes.truncate(rng.below(bytes.len() + 1)),
        1 => {
            for _ in 0..1 + rng.below(4) {
                if !bytes.is_empty() {
                    let i = rng.below(bytes.len());
                    bytes[i] = rng.next() as u8;
                }
            }
        }
        2 => bytes = b"<html><body><h1>502 Bad Gateway</h1></body></html>".to_vec(),
        3 => bytes = b"<?xml version=\"1.0\"?><ErrorResponse><Error><Code>Throttling</Code></Error></ErrorResponse>".to_vec(),
        4 => bytes.clear(),
        5 => bytes = (0..rng.below(64)).map(|_| rng.next() as u8).collect(),
        _ => {}
    }
    bytes
}

/// Feeds [`CASES`] responses to the parser of one operation and checks that
/// each becomes the right kind of result, never a panic.
pub fn run<O, E>(operation: &str, keys: &[&str], codes: &[&str])
where
    O: serde::de::DeserializeOwned,
    E: OperationError,
{
    let mut rng = Rng::new(operation);
    for case in 0..CASES {
        let status = *rng.pick(&[200u16, 200, 200, 400, 403, 404, 429, 500, 503]);
        let mut headers = vec![("x-amzn-RequestId".to_string(), format!("req-{case}"))];
        if status != 200 && !codes.is_empty() && rng.below(3) == 0 {
            headers.push(("x-amzn-ErrorType".to_string(), rng.pick(codes).to_string()));
        }
        let body = body(&mut rng, keys, codes);
        let response = HttpResponse {
            status,
            headers: headers.clone(),
            body: body.clone(),
        };
        let context = || {
            format!(
                "{operation} case {case}: HTTP {status}, body {:?}",
                String::from_utf8_lossy(&body)
            )
        };
        match parse_response::<O, E>(response) {
            Ok(_) => assert_eq!(status, 200, "{}", context()),
            Err(SdkError::Response(e)) => {
                assert_eq!(status, 200, "{}", context());
                assert_eq!(
                    e.request_id(),
                    Some(format!("req-{case}").as_str()),
                    "{}",
                    context()
                );
            }
            Err(SdkError::Service(e)) => {
                assert_ne!(status, 200, "{}", context());
                assert_eq!(e.meta().status(), status, "{}", context());
                assert_eq!(
                    e.meta().request_id(),
                    Some(format!("req-{case}").as_str()),
                    "{}",
                    context()
                );
                if let Some((_, code)) = headers.iter().find(|(k, _)| k == "x-amzn-ErrorType") {
                    assert_eq!(e.meta().code(), Some(code.as_str()), "{}", context());
                }
                assert!(!e.to_string().is_empty());
            }
            Err(other) => panic!("{}: unexpected error kind {other:?}", context()),
        }
    }
}
