//! Comparing one call as botocore made it with the same call as the
//! generated client made it (both in the canonical JSON of `oracle.py`).

use serde_json::Value;

/// Headers never compared: the user agent and SDK bookkeeping differ by
/// design; `host` and `content-length` are compared through the URL and the
/// body; the date and the signature through [`auth_parts`].
const SKIPPED_HEADERS: &[&str] = &[
    "user-agent",
    "x-amz-user-agent",
    "amz-sdk-invocation-id",
    "amz-sdk-request",
    "host",
    "content-length",
    "authorization",
    "x-amz-date",
];

/// What kind of difference a call shows first (for the summary counts).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Area {
    /// The client's types cannot hold botocore's input (or lack a member).
    Input,
    /// Method, host, path, query, headers or body.
    Request,
    /// The Authorization header (scope, signed headers, signature).
    Signature,
    /// The parsed output or error.
    Response,
}

impl Area {
    pub fn label(self) -> &'static str {
        match self {
            Area::Input => "input",
            Area::Request => "request",
            Area::Signature => "signature",
            Area::Response => "response",
        }
    }
}

/// The first difference of a call, if any, by area.
#[derive(Debug, Default, Clone)]
pub struct CallDiff {
    pub input: Option<String>,
    pub request: Option<String>,
    pub signature: Option<String>,
    pub response: Option<String>,
}

impl CallDiff {
    pub fn first(&self) -> Option<(Area, &str)> {
        [
            (Area::Input, &self.input),
            (Area::Request, &self.request),
            (Area::Signature, &self.signature),
            (Area::Response, &self.response),
        ]
        .into_iter()
        .find_map(|(a, d)| d.as_deref().map(|d| (a, d)))
    }
}

/// Where an idempotency token the client auto-fills travels: compared as
/// UUID-shaped there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TokenSlot {
    /// A top-level key of the JSON body.
    Body(String),
    /// A header (lower-case name).
    Header(String),
    /// A query parameter.
    Query(String),
}

impl TokenSlot {
    /// The slot of token member `key` (its wire name for AWS JSON, its
    /// member name for REST) given its binding in oracle.py's
    /// `input_members` (`Null` for AWS JSON: the body).
    pub fn of(key: &str, binding: &Value) -> TokenSlot {
        let name = binding["name"].as_str().unwrap_or(key).to_string();
        match binding["location"].as_str() {
            Some("header") => TokenSlot::Header(name.to_ascii_lowercase()),
            Some("querystring") => TokenSlot::Query(name),
            _ => TokenSlot::Body(name),
        }
    }
}

/// Compares botocore's call (`boto`, from the samples file) with the
/// driver's line for it (`ours`). `tokens` are where the input's unset
/// idempotency tokens (auto-filled by both sides) travel.
pub fn compare_call(boto: &Value, ours: &Value, tokens: &[TokenSlot]) -> CallDiff {
    let mut d = CallDiff::default();
    let notes: Vec<&str> = ours["notes"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .collect();
    if let Some(n) = notes.first() {
        d.input = Some(n.to_string());
    }
    let result = &ours["result"];
    if let Some(e) = result.get("construction").and_then(Value::as_str) {
        d.request = Some(format!("client refused the input: {}", short(e)));
        return d;
    }
    let ours_req = normalize_request(&ours["request"]);
    let boto_req = &boto["request"];
    if boto_req.is_null() || ours_req.is_null() {
        d.request = Some(format!(
            "no request from {}",
            if boto_req.is_null() {
                "botocore"
            } else {
                "the client"
            }
        ));
    } else {
        d.request = compare_request(boto_req, &ours_req, tokens);
        d.signature = compare_auth(
            boto_req,
            &ours_req,
            ours["clock_fixed"].as_bool().unwrap_or(false),
            ours["expected_authorization"].as_str(),
        );
    }
    d.response = compare_result(&boto["parsed"], result);
    d
}

/// The driver's request (method, url, headers, body text) in botocore's
/// form (method, host, path, query, headers, body value).
pub fn normalize_request(r: &Value) -> Value {
    if r.is_null() {
        return Value::Null;
    }
    let url = r["url"].as_str().unwrap_or_default();
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let (authority, path_query) = match rest.find('/') {
        Some(i) => (&rest[..i], &rest[i..]),
        None => (rest, "/"),
    };
    let host = authority.rsplit('@').next().unwrap_or(authority);
    let host = host.split(':').next().unwrap_or(host);
    let (path, query) = path_query.split_once('?').unwrap_or((path_query, ""));
    let mut pairs: Vec<Value> = query
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            Value::Array(vec![percent_decode(k).into(), percent_decode(v).into()])
        })
        .collect();
    pairs.sort_by_key(|p| p.to_string());
    let text = r["body_text"].as_str().unwrap_or_default();
    let (body, body_text) = if text.is_empty() {
        (Value::Null, Value::Null)
    } else {
        match serde_json::from_str::<Value>(text) {
            Ok(v) => (v, Value::Null),
            Err(_) => (Value::Null, Value::String(text.to_string())),
        }
    };
    // The exact bytes (drivers record them; empty bodies have none, as on
    // botocore's side).
    let body_b64 = match r["body_b64"].as_str() {
        Some(b) if !b.is_empty() => Value::String(b.to_string()),
        _ => Value::Null,
    };
    serde_json::json!({
        "method": r["method"],
        "host": host,
        "path": path,
        "query": pairs,
        "headers": r["headers"],
        "body": body,
        "body_text": body_text,
        "body_b64": body_b64,
    })
}

fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            if let Ok(b) = u8::from_str_radix(&s[i + 1..i + 3], 16) {
                out.push(b);
                i += 3;
                continue;
            }
        }
        out.push(if bytes[i] == b'+' { b' ' } else { bytes[i] });
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Query pairs as a multiset (sorted the same way on both sides), with the
/// values of auto-filled idempotency tokens checked as UUIDs and masked.
fn query_pairs(v: &Value, tokens: &[TokenSlot], side: &str) -> Result<Vec<Value>, String> {
    let mut pairs: Vec<Value> = v.as_array().cloned().unwrap_or_default();
    for p in &mut pairs {
        let key = p[0].as_str().unwrap_or_default().to_string();
        if tokens.contains(&TokenSlot::Query(key.clone())) {
            mask_token(&mut p[1], &format!("query {key}"), side)?;
        }
    }
    pairs.sort_by_key(|p| p.to_string());
    Ok(pairs)
}

fn mask_token(slot: &mut Value, what: &str, side: &str) -> Result<(), String> {
    if !slot.as_str().is_some_and(is_uuid) {
        return Err(format!(
            "{what}: idempotency token from {side} is {} (not a UUID)",
            short_json(slot)
        ));
    }
    *slot = Value::String("<uuid>".into());
    Ok(())
}

/// Whether botocore's request body is compared as a JSON value rather than
/// as bytes: it has a JSON content type (or none) and parses.
fn json_body(boto: &Value) -> bool {
    let content_type = boto["headers"]
        .as_object()
        .into_iter()
        .flatten()
        .find(|(k, _)| k.eq_ignore_ascii_case("content-type"))
        .and_then(|(_, v)| v.as_str())
        .unwrap_or("");
    boto["body_text"].is_null() && (content_type.is_empty() || content_type.contains("json"))
}

fn compare_request(boto: &Value, ours: &Value, tokens: &[TokenSlot]) -> Option<String> {
    for key in ["method", "host", "path"] {
        if boto[key] != ours[key] {
            return Some(format!(
                "{key}: botocore {} client {}",
                short_json(&boto[key]),
                short_json(&ours[key])
            ));
        }
    }
    let (bq, oq) = match (
        query_pairs(&boto["query"], tokens, "botocore"),
        query_pairs(&ours["query"], tokens, "client"),
    ) {
        (Ok(b), Ok(o)) => (b, o),
        (Err(e), _) | (_, Err(e)) => return Some(e),
    };
    if bq != oq {
        return Some(format!(
            "query: botocore {} client {}",
            short_json(&Value::Array(bq)),
            short_json(&Value::Array(oq))
        ));
    }
    let (mut bh, mut oh) = (headers(&boto["headers"]), headers(&ours["headers"]));
    for (side, hs) in [("botocore", &mut bh), ("client", &mut oh)] {
        for (k, v) in hs.iter_mut() {
            if tokens.contains(&TokenSlot::Header(k.clone())) {
                let mut slot = Value::String(v.clone());
                if let Err(e) = mask_token(&mut slot, &format!("header {k}"), side) {
                    return Some(e);
                }
                *v = "<uuid>".into();
            }
        }
    }
    for (k, v) in &bh {
        match oh.iter().find(|(ok, _)| ok == k) {
            None => return Some(format!("header {k}: botocore {} client absent", short(v))),
            Some((_, ov)) if ov != v => {
                return Some(format!(
                    "header {k}: botocore {} client {}",
                    short(v),
                    short(ov)
                ))
            }
            _ => {}
        }
    }
    if let Some((k, v)) = oh.iter().find(|(k, _)| !bh.iter().any(|(bk, _)| bk == k)) {
        return Some(format!("header {k}: botocore absent client {}", short(v)));
    }
    if !json_body(boto) || !ours["body_text"].is_null() {
        // Payloads (blobs, text) and anything that is not JSON: the bytes.
        // botocore's side has them as `body_b64` for REST and, for AWS JSON,
        // only where the body is not JSON (else `body_text` is null there).
        let shown = |r: &Value| {
            if r["body_text"].is_string() {
                short_json(&r["body_text"])
            } else {
                short_json(&r["body"])
            }
        };
        if boto["body_b64"] != ours["body_b64"] {
            return Some(format!(
                "body bytes: botocore {} client {}",
                shown(boto),
                shown(ours)
            ));
        }
        return None;
    }
    let (mut bb, mut ob) = (boto["body"].clone(), ours["body"].clone());
    for t in tokens {
        let TokenSlot::Body(t) = t else { continue };
        for (side, body) in [("botocore", &mut bb), ("client", &mut ob)] {
            if let Some(slot) = body.get_mut(t.as_str()) {
                if let Err(e) = mask_token(slot, &format!("body /{t}"), side) {
                    return Some(e);
                }
            }
        }
    }
    json_diff(&bb, &ob, "body ")
}

fn headers(v: &Value) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = v
        .as_object()
        .into_iter()
        .flatten()
        .map(|(k, v)| {
            (
                k.to_ascii_lowercase(),
                v.as_str().unwrap_or_default().to_string(),
            )
        })
        .filter(|(k, _)| !SKIPPED_HEADERS.contains(&k.as_str()))
        .collect();
    out.sort();
    out
}

/// Parts of a SigV4 Authorization header: algorithm, access key, scope
/// without the date (region/service/aws4_request), signed headers, signature.
pub fn auth_parts(header: &str) -> Option<[String; 5]> {
    let (alg, rest) = header.split_once(' ')?;
    let mut cred = None;
    let mut signed = None;
    let mut sig = None;
    for part in rest.split(',') {
        let (k, v) = part.trim().split_once('=')?;
        match k {
            "Credential" => cred = Some(v),
            "SignedHeaders" => signed = Some(v),
            "Signature" => sig = Some(v),
            _ => {}
        }
    }
    let cred = cred?;
    let mut scope = cred.split('/');
    let key = scope.next()?.to_string();
    let _date = scope.next()?;
    let rest: Vec<&str> = scope.collect();
    Some([
        alg.to_string(),
        key,
        rest.join("/"),
        signed?.to_string(),
        sig?.to_string(),
    ])
}

fn compare_auth(
    boto: &Value,
    ours: &Value,
    clock_fixed: bool,
    expected: Option<&str>,
) -> Option<String> {
    let get = |r: &Value| {
        r["headers"]
            .as_object()
            .and_then(|h| {
                h.iter()
                    .find(|(k, _)| k.eq_ignore_ascii_case("authorization"))
            })
            .and_then(|(_, v)| v.as_str())
            .map(str::to_string)
    };
    let (b, o) = (get(boto), get(ours));
    let (b, o) = match (b, o) {
        (None, None) => return None,
        (Some(_), None) => {
            return Some("authorization: botocore signs, the client does not".into())
        }
        (None, Some(_)) => {
            return Some(
                "authorization: the client signs, botocore does not (unsigned operation)".into(),
            )
        }
        (Some(b), Some(o)) => (b, o),
    };
    let (Some(bp), Some(op)) = (auth_parts(&b), auth_parts(&o)) else {
        return Some(format!("authorization: unparseable (client {})", short(&o)));
    };
    let names = ["algorithm", "access key", "scope", "signed headers"];
    for (i, name) in names.iter().enumerate() {
        if bp[i] != op[i] {
            return Some(format!(
                "authorization {name}: botocore {} client {}",
                bp[i], op[i]
            ));
        }
    }
    if clock_fixed {
        let date = |r: &Value| r["headers"]["x-amz-date"].as_str().map(str::to_string);
        if date(boto) != date(ours) {
            return Some(format!(
                "x-amz-date: botocore {:?} client {:?}",
                date(boto),
                date(ours)
            ));
        }
    }
    // botocore's SigV4Auth over the client's request as sent (its headers,
    // body, date and claimed scope): equal means AWS accepts the signature.
    match expected.and_then(auth_parts) {
        Some(e) if e[4] != op[4] => {
            Some("authorization signature: not the one botocore's SigV4Auth computes for the request sent".into())
        }
        Some(_) => None,
        None => Some("authorization signature: not checked (botocore could not sign the request)".into()),
    }
}

fn compare_result(boto: &Value, ours: &Value) -> Option<String> {
    if let Some(f) = ours.get("failure") {
        let want = if boto.get("error").is_some() {
            "an error"
        } else {
            "an output"
        };
        return Some(format!(
            "botocore parsed {want}, the client failed: {}",
            short(f.as_str().unwrap_or_default())
        ));
    }
    match (
        boto.get("output"),
        ours.get("output"),
        boto.get("error"),
        ours.get("error"),
    ) {
        (Some(b), Some(o), ..) => json_diff(b, o, "output "),
        (_, _, Some(b), Some(o)) => {
            for key in ["code", "message", "modelled"] {
                if b[key] != o[key] {
                    return Some(format!(
                        "error {key}: botocore {} client {}",
                        short_json(&b[key]),
                        short_json(&o[key])
                    ));
                }
            }
            None
        }
        _ => Some(format!(
            "botocore {} client {}",
            short_json(boto),
            short_json(ours)
        )),
    }
}

/// The first difference between two JSON values, at its JSON pointer.
pub fn json_diff(a: &Value, b: &Value, prefix: &str) -> Option<String> {
    fn walk(a: &Value, b: &Value, path: &mut String) -> Option<String> {
        match (a, b) {
            (Value::Object(x), Value::Object(y)) => {
                let mut keys: Vec<&String> = x.keys().chain(y.keys()).collect();
                keys.sort();
                keys.dedup();
                for k in keys {
                    let len = path.len();
                    path.push('/');
                    path.push_str(k);
                    let r = match (x.get(k), y.get(k)) {
                        (Some(p), Some(q)) => walk(p, q, path),
                        (Some(p), None) => {
                            Some(format!("{path}: botocore {} client absent", short_json(p)))
                        }
                        (None, Some(q)) => {
                            Some(format!("{path}: botocore absent client {}", short_json(q)))
                        }
                        (None, None) => None,
                    };
                    if r.is_some() {
                        return r;
                    }
                    path.truncate(len);
                }
                None
            }
            (Value::Array(x), Value::Array(y)) if x.len() == y.len() => {
                for (i, (p, q)) in x.iter().zip(y).enumerate() {
                    let len = path.len();
                    path.push_str(&format!("/{i}"));
                    if let Some(r) = walk(p, q, path) {
                        return Some(r);
                    }
                    path.truncate(len);
                }
                None
            }
            (Value::Number(x), Value::Number(y)) if x.as_f64() == y.as_f64() => None,
            _ if a == b => None,
            _ => Some(format!(
                "{}: botocore {} client {}",
                if path.is_empty() { "/" } else { path },
                short_json(a),
                short_json(b)
            )),
        }
    }
    walk(a, b, &mut String::new()).map(|d| format!("{prefix}{d}"))
}

fn is_uuid(s: &str) -> bool {
    let parts: Vec<&str> = s.split('-').collect();
    parts.len() == 5
        && parts.iter().map(|p| p.len()).eq([8, 4, 4, 4, 12])
        && parts
            .iter()
            .all(|p| p.chars().all(|c| c.is_ascii_hexdigit()))
}

fn short_json(v: &Value) -> String {
    short(&v.to_string())
}

/// One line, at most 80 characters (text from the service is escaped).
pub fn short(s: &str) -> String {
    let one: String = s.escape_debug().collect();
    if one.chars().count() > 80 {
        format!("{}…", one.chars().take(80).collect::<String>())
    } else {
        one
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn json_diff_names_the_first_differing_pointer() {
        let a = json!({"a": {"b": [1, 2]}, "c": "x"});
        let b = json!({"a": {"b": [1, 3]}, "c": "x"});
        assert_eq!(
            json_diff(&a, &b, "").unwrap(),
            "/a/b/1: botocore 2 client 3"
        );
        assert_eq!(json_diff(&a, &a, ""), None);
        assert_eq!(json_diff(&json!(1), &json!(1.0), ""), None);
    }

    #[test]
    fn auth_parts_split_scope_from_date() {
        let h = "AWS4-HMAC-SHA256 Credential=AKID/20260101/us-east-1/states/aws4_request, SignedHeaders=host;x-amz-date, Signature=abc";
        let p = auth_parts(h).unwrap();
        assert_eq!(p[2], "us-east-1/states/aws4_request");
        assert_eq!(p[3], "host;x-amz-date");
        assert_eq!(p[4], "abc");
    }

    #[test]
    fn idempotency_tokens_compare_as_uuid_shaped() {
        let boto = json!({"body": {"t": "6f1c6bd8-7a3e-4a44-9f5e-2b1e0c4d9a10"}});
        let ours = json!({"body": {"t": "0b0f6a0c-1111-4222-8333-944445555666"}});
        let (boto, ours) = (
            json!({"method":"POST","host":"h","path":"/","query":[],"headers":{},"body":boto["body"],"body_text":null}),
            json!({"method":"POST","host":"h","path":"/","query":[],"headers":{},"body":ours["body"],"body_text":null}),
        );
        let t = [TokenSlot::Body("t".into())];
        assert_eq!(compare_request(&boto, &ours, &t), None);
        let mut absent = ours.clone();
        absent["body"] = json!({});
        assert_eq!(
            compare_request(&boto, &absent, &t).unwrap(),
            // Values are shown JSON-escaped, so a report line stays one line.
            r#"body /t: botocore \"<uuid>\" client absent"#
        );
    }

    fn request(query: Value, headers: Value, body: Value, text: Value, b64: Value) -> Value {
        json!({"method": "POST", "host": "h", "path": "/a%2Fb", "query": query,
               "headers": headers, "body": body, "body_text": text, "body_b64": b64})
    }

    #[test]
    fn rest_query_is_a_multiset_and_the_path_is_exact() {
        let boto = request(
            json!([["a", "1"], ["a", "2"], ["b", ""]]),
            json!({}),
            Value::Null,
            Value::Null,
            Value::Null,
        );
        let ours = request(
            json!([["b", ""], ["a", "2"], ["a", "1"]]),
            json!({}),
            Value::Null,
            Value::Null,
            Value::Null,
        );
        assert_eq!(compare_request(&boto, &ours, &[]), None);
        let mut fewer = ours.clone();
        fewer["query"] = json!([["a", "1"], ["b", ""]]);
        assert!(compare_request(&boto, &fewer, &[])
            .unwrap()
            .starts_with("query: "));
        // A greedy label keeps '/', a plain one encodes it: not the same path.
        let mut decoded = ours.clone();
        decoded["path"] = json!("/a/b");
        assert_eq!(
            compare_request(&boto, &decoded, &[]).unwrap(),
            r#"path: botocore \"/a%2Fb\" client \"/a/b\""#
        );
    }

    #[test]
    fn rest_payloads_compare_as_bytes_and_json_bodies_as_values() {
        let blob = |b64: &str| {
            request(
                json!([]),
                json!({}),
                Value::Null,
                json!("\u{fffd}"),
                json!(b64),
            )
        };
        assert_eq!(compare_request(&blob("/wD+"), &blob("/wD+"), &[]), None);
        // Same lossy text, other bytes: a difference.
        assert!(compare_request(&blob("/wD+"), &blob("/wD/"), &[])
            .unwrap()
            .starts_with("body bytes: "));
        // JSON bodies: key order and spacing do not matter.
        let ct = json!({"content-type": "application/json"});
        let boto = request(
            json!([]),
            ct.clone(),
            json!({"a": 1, "b": 2}),
            Value::Null,
            json!("eyJhIjogMSwgImIiOiAyfQ=="),
        );
        let ours = request(
            json!([]),
            ct.clone(),
            json!({"b": 2, "a": 1}),
            Value::Null,
            json!("eyJiIjoyLCJhIjoxfQ=="),
        );
        assert_eq!(compare_request(&boto, &ours, &[]), None);
        // A JSON body where botocore sends a raw payload: bytes differ.
        let raw = request(
            json!([]),
            json!({"content-type": "application/octet-stream"}),
            json!({"a": 1}),
            Value::Null,
            json!("eyJhIjoxfQ=="),
        );
        let mut raw_ours = raw.clone();
        raw_ours["body_b64"] = json!("eyJhIjogMX0=");
        assert!(compare_request(&raw, &raw_ours, &[])
            .unwrap()
            .starts_with("body bytes: "));
    }

    #[test]
    fn idempotency_tokens_in_headers_and_query_compare_as_uuid_shaped() {
        let slots = [
            TokenSlot::of(
                "ClientToken",
                &json!({"location": "header", "name": "X-Amz-Client-Token"}),
            ),
            TokenSlot::of(
                "Token",
                &json!({"location": "querystring", "name": "token"}),
            ),
        ];
        assert_eq!(slots[0], TokenSlot::Header("x-amz-client-token".into()));
        assert_eq!(
            TokenSlot::of("t", &Value::Null),
            TokenSlot::Body("t".into())
        );
        let boto = request(
            json!([["token", "6f1c6bd8-7a3e-4a44-9f5e-2b1e0c4d9a10"]]),
            json!({"x-amz-client-token": "6f1c6bd8-7a3e-4a44-9f5e-2b1e0c4d9a11"}),
            Value::Null,
            Value::Null,
            Value::Null,
        );
        let ours = request(
            json!([["token", "0b0f6a0c-1111-4222-8333-944445555666"]]),
            json!({"x-amz-client-token": "0b0f6a0c-1111-4222-8333-944445555667"}),
            Value::Null,
            Value::Null,
            Value::Null,
        );
        assert_eq!(compare_request(&boto, &ours, &slots), None);
        let mut bad = ours.clone();
        bad["headers"]["x-amz-client-token"] = json!("not-a-uuid");
        assert!(compare_request(&boto, &bad, &slots)
            .unwrap()
            .contains("idempotency token from client"));
    }
}
