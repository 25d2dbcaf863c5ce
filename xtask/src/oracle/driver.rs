//! The Rust side of the oracle: a small binary per service, generated from
//! the generator's IR and botocore's samples, that sends every sample
//! through the generated client's public API (`client.<op>()…send()`) with
//! an `HttpClient` that records the signed request and answers with the
//! canned response, and prints both in the canonical JSON form of
//! `xtask/oracle/oracle.py` (one JSON object per line).
//!
//! Sample values are spec data: they reach the driver only as Rust string
//! literals (`{:?}` of a `str` is a valid, fully escaped literal).

use std::collections::BTreeMap;
use std::fmt::Write as _;

use generator::ir::{Member, Operation, Service, ShapeKind};
use generator::naming::{bare, set_name, snake};
use serde_json::Value;

/// An operation's name as botocore knows it: the `X-Amz-Target` suffix for
/// AWS JSON, else (REST operations have no target) its name.
pub fn wire_op_name(op: &Operation) -> &str {
    op.target
        .rsplit('.')
        .next()
        .filter(|s| !s.is_empty())
        .unwrap_or(&op.name)
}

/// The client's member for botocore's top-level key `key`. AWS JSON keys are
/// wire names; REST keys are member names, with `binding` (oracle.py's
/// `input_members`/`output_members` entry) giving the header, label or
/// query name the client's IR may know the member by instead.
pub fn find_member<'m>(members: &'m [Member], key: &str, binding: &Value) -> Option<&'m Member> {
    let names = members
        .iter()
        .map(|m| (m.wire_name.as_str(), m.rust_name.as_str()));
    find_index(names, key, binding).map(|i| &members[i])
}

/// [`find_member`] over `(wire name, Rust name)` pairs.
fn find_index<'a>(
    names: impl Iterator<Item = (&'a str, &'a str)> + Clone,
    key: &str,
    binding: &Value,
) -> Option<usize> {
    let by_key = || names.clone().position(|(wire, _)| wire == key);
    if binding.is_null() {
        return by_key();
    }
    // The location name first: a member's name can be another member's wire
    // name (apigateway PutIntegration: label `httpMethod` is `http_method`,
    // body member `integrationHttpMethod` is `httpMethod`).
    let located = binding["name"].as_str().unwrap_or(key);
    let rust = snake(key);
    names
        .clone()
        .position(|(wire, _)| wire == located)
        .or_else(|| {
            names
                .clone()
                .position(|(wire, _)| wire.eq_ignore_ascii_case(located))
        })
        .or_else(by_key)
        .or_else(|| names.clone().position(|(_, r)| bare(r) == bare(&rust)))
}

/// `value` as Python's `json.dumps(value, separators=(",", ":"))` writes it
/// (ASCII only: what botocore base64-encodes into a `jsonvalue` header).
pub fn python_json(value: &Value) -> String {
    let text = serde_json::to_string(value).unwrap_or_default();
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii() {
            out.push(c);
        } else {
            let mut units = [0u16; 2];
            for u in c.encode_utf16(&mut units) {
                let _ = write!(out, "\\u{u:04x}");
            }
        }
    }
    out
}

/// How the driver fixes the signing clock, when the runtime can.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Clock {
    /// The runtime has no clock override: signatures are compared as present.
    Real,
    /// `ConfigBuilder::fixed_time(SystemTime)`: signatures compared exactly.
    Fixed,
}

/// Whether the runtime copied into a generated crate lets the caller fix the
/// signing time (`fixed_time` on the config builder).
pub fn clock_of(runtime_config_rs: &str) -> Clock {
    if runtime_config_rs.contains("pub fn fixed_time(") {
        Clock::Fixed
    } else {
        Clock::Real
    }
}

/// The driver crate's files (relative paths → text).
pub fn driver_files(
    svc: &Service,
    package: &str,
    crate_path: &str,
    samples: &Value,
    clock: Clock,
) -> BTreeMap<String, String> {
    let lib = svc.crate_name.replace('-', "_");
    let cargo = format!(
        "# Written by `cargo xtask oracle`; do not edit.\n[package]\nname = \"{package}\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n\n[dependencies]\n{lib} = {{ package = \"{}\", path = {:?} }}\nserde_json = \"1\"\ntokio = {{ version = \"1\", default-features = false, features = [\"rt\", \"time\"] }}\n",
        svc.crate_name, crate_path
    );
    let mut files = BTreeMap::new();
    files.insert("Cargo.toml".to_string(), cargo);
    files.insert(
        "src/main.rs".to_string(),
        main_rs(svc, &lib, samples, clock),
    );
    files
}

fn main_rs(svc: &Service, lib: &str, samples: &Value, clock: Clock) -> String {
    let mut g = Gen {
        svc,
        lib,
        out: String::new(),
        convs: BTreeMap::new(),
        conv_queue: Vec::new(),
        tops: Vec::new(),
        sends: BTreeMap::new(),
    };
    let mut calls = String::new();
    let by_wire: BTreeMap<&str, &generator::ir::Operation> = svc
        .operations
        .iter()
        .map(|o| (wire_op_name(o), o))
        .collect();
    let ops = samples["operations"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    let mut n = 0usize;
    for op in &ops {
        let name = op["name"].as_str().unwrap_or_default();
        let Some(ir_op) = by_wire.get(name) else {
            continue;
        };
        for (i, call) in op["calls"].as_array().into_iter().flatten().enumerate() {
            if call.get("rejected").is_some() {
                continue;
            }
            let f = g.call_fn(n, op, i, ir_op, call);
            g.out.push_str(&f);
            let _ = writeln!(calls, "        call_{n}(&client, &capture).await;");
            n += 1;
        }
    }
    // Conversions are generated on demand (recursive shapes by name).
    while let Some(shape) = g.conv_queue.pop() {
        let f = g.conv_fn(&shape);
        g.out.push_str(&f);
    }
    let clock_line = match clock {
        Clock::Real => String::new(),
        Clock::Fixed => "        .fixed_time(std::time::UNIX_EPOCH + std::time::Duration::from_secs(1_767_225_600))\n".to_string(),
    };
    let clock_fixed = clock == Clock::Fixed;
    format!(
        r##"//! Written by `cargo xtask oracle`; do not edit.
#![allow(unused_mut, unused_variables, unused_imports, clippy::all, deprecated, non_snake_case)]
use std::sync::{{Arc, Mutex}};
use {lib}::runtime::http::{{BoxFuture, HttpClient, HttpRequest, HttpResponse}};
use {lib}::runtime::error::DispatchError;
use serde_json::{{json, Value}};

#[derive(Debug, Default)]
struct Capture {{
    request: Mutex<Option<HttpRequest>>,
    response: Mutex<Option<HttpResponse>>,
    /// Answer endpoint-discovery requests as oracle.py does (this call is
    /// not of the discovery operation itself).
    discover: std::sync::atomic::AtomicBool,
}}

#[derive(Debug, Clone)]
struct CaptureClient(Arc<Capture>);

impl HttpClient for CaptureClient {{
    fn send(&self, request: HttpRequest) -> BoxFuture<'_, Result<HttpResponse, DispatchError>> {{
        let discovery = self.0.discover.load(std::sync::atomic::Ordering::SeqCst)
            && request.headers.iter().any(|(k, v)| {{
                k.eq_ignore_ascii_case("x-amz-target") && v.ends_with(".DescribeEndpoints")
            }});
        if discovery {{
            // The address botocore's side is answered with: the regular host.
            let host = request.url.split("://").nth(1).unwrap_or("").split('/').next().unwrap_or("");
            let body = json!({{"Endpoints": [{{"Address": host, "CachePeriodInMinutes": 1440}}]}});
            let response = HttpResponse {{
                status: 200,
                headers: vec![("content-type".to_string(), "application/x-amz-json-1.0".to_string())],
                body: body.to_string().into_bytes(),
            }};
            return Box::pin(async move {{ Ok(response) }});
        }}
        *self.0.request.lock().unwrap() = Some(request);
        let response = self.0.response.lock().unwrap().take().expect("one response per call");
        Box::pin(async move {{ Ok(response) }})
    }}
}}

impl Capture {{
    fn arm(&self, status: u16, headers: &[(&str, &str)], body: &[u8], discover: bool) {{
        self.discover.store(discover, std::sync::atomic::Ordering::SeqCst);
        *self.request.lock().unwrap() = None;
        *self.response.lock().unwrap() = Some(HttpResponse {{
            status,
            headers: headers.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect(),
            body: body.to_vec(),
        }});
    }}
    fn request(&self) -> Value {{
        let Some(r) = self.request.lock().unwrap().take() else {{ return Value::Null }};
        let headers: serde_json::Map<String, Value> = r
            .headers
            .iter()
            .map(|(k, v)| (k.to_ascii_lowercase(), Value::String(v.clone())))
            .collect();
        json!({{
            "method": r.method,
            "url": r.url,
            "headers": headers,
            "body_text": String::from_utf8_lossy(&r.body),
            "body_b64": b64(&r.body),
        }})
    }}
}}

fn b64(bytes: &[u8]) -> String {{
    const T: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for c in bytes.chunks(3) {{
        let n = (c[0] as u32) << 16 | (*c.get(1).unwrap_or(&0) as u32) << 8 | *c.get(2).unwrap_or(&0) as u32;
        for i in 0..4 {{
            if i <= c.len() {{ out.push(T[(n >> (18 - 6 * i) & 63) as usize] as char) }} else {{ out.push('=') }}
        }}
    }}
    out
}}

fn ts(t: &{lib}::runtime::Timestamp) -> Value {{
    json!({{"$ts_ms": t.secs() * 1000 + i64::from(t.subsec_nanos() / 1_000_000)}})
}}

fn emit(op: &str, call: usize, request: Value, result: Value, notes: Vec<String>) {{
    println!("{{}}", json!({{"op": op, "call": call, "request": request, "result": result, "notes": notes, "clock_fixed": {clock_fixed}}}));
}}

// One async block awaits every operation: for large services (iot, 272
// operations) its future overflows the main thread's 8 MiB stack in a debug
// build, so it lives on the heap and runs on a thread with room to spare.
fn main() {{
    std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(run)
        .unwrap()
        .join()
        .unwrap();
}}

fn run() {{
    let capture = Arc::new(Capture::default());
    let config = {lib}::Config::builder()
        .region("us-east-1")
        .credentials({lib}::runtime::credentials::Credentials::new(
            "AKIDEXAMPLE",
            "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
            None,
            None,
        ))
        .http_client(CaptureClient(capture.clone()))
        .retry_config({lib}::RetryConfig::standard().with_max_attempts(1))
{clock_line}        .build();
    let client = {lib}::Client::from_conf(config);
    let rt = tokio::runtime::Builder::new_current_thread().enable_time().build().unwrap();
    rt.block_on(Box::pin(async {{
{calls}    }}));
}}
{body}"##,
        body = g.out
    )
}

struct Gen<'a> {
    svc: &'a Service,
    lib: &'a str,
    out: String,
    /// Shape name → conversion function name.
    convs: BTreeMap<String, String>,
    conv_queue: Vec<String>,
    /// REST top-level output conversions written so far.
    tops: Vec<String>,
    /// (operation, builder chain) → the `send_K` that builds and sends it.
    /// An operation's error calls reuse its inputs, so sharing them keeps
    /// the driver several times smaller (connect: 3025 calls, 405
    /// operations), and its build time with it.
    sends: BTreeMap<(String, String), usize>,
}

fn lit(s: &str) -> String {
    format!("{s:?}")
}

impl Gen<'_> {
    fn call_fn(
        &mut self,
        n: usize,
        op_info: &Value,
        index: usize,
        op: &generator::ir::Operation,
        call: &Value,
    ) -> String {
        let op_name = op_info["name"].as_str().unwrap_or_default();
        let bindings = &op_info["input_members"];
        let mut notes = Vec::new();
        let mut chain = format!("client.{}()", op.rust_name);
        let input = call["input"].as_object().cloned().unwrap_or_default();
        let members: &[Member] = op
            .input
            .as_ref()
            .and_then(|i| self.svc.structure(i))
            .map_or(&[], |s| &s.members);
        for (wire, value) in &input {
            let binding = &bindings[wire.as_str()];
            match find_member(members, wire, binding) {
                Some(m) => {
                    let path = format!("{op_name}.{wire}");
                    let json_text = binding["jsonvalue"].as_bool() == Some(true)
                        && matches!(self.svc.shape(&m.target).kind, ShapeKind::String)
                        && !value.is_string();
                    let expr = if json_text {
                        // A JSON-valued header typed String: the JSON text
                        // botocore encodes.
                        Some(format!(
                            "::std::string::String::from({})",
                            lit(&python_json(value))
                        ))
                    } else {
                        self.value(&m.target, value, &path, &mut notes)
                    };
                    if let Some(expr) = expr {
                        let _ = write!(
                            chain,
                            "\n            .{}(::std::option::Option::Some({expr}))",
                            set_name(&m.setter)
                        );
                    }
                }
                None => notes.push(format!(
                    "input member {op_name}.{wire} is not in the client"
                )),
            }
        }
        let resp = &call["response"];
        let status = resp["status"].as_u64().unwrap_or(200);
        let headers: Vec<String> = resp["headers"]
            .as_object()
            .into_iter()
            .flatten()
            .map(|(k, v)| format!("({}, {})", lit(k), lit(v.as_str().unwrap_or_default())))
            .collect();
        let body = match resp["body_b64"].as_str() {
            // Raw payloads: the exact bytes.
            Some(b) => format!("&{:?}", decode_b64(b)),
            None => format!(
                "{}.as_bytes()",
                lit(resp["body"].as_str().unwrap_or_default())
            ),
        };
        let ok = match &op.output {
            Some(o) if !op_info["output_members"].is_null() => {
                let f = self.top_conv(o, op_name, &op_info["output_members"]);
                match self.streaming_member(o) {
                    // A streamed payload is read to its end first; the
                    // conversion gets its bytes.
                    Some(field) => format!(
                        "{{ let mut o = o; match ::std::mem::take(&mut o.{field}).collect().await {{ \
                         Ok(b) => json!({{\"output\": {f}(&o, b.as_bytes())}}), \
                         Err(e) => json!({{\"failure\": e.to_string()}}) }} }}"
                    ),
                    None => format!("json!({{\"output\": {f}(&o)}})"),
                }
            }
            Some(o) => {
                let f = self.conv_name(o);
                format!("json!({{\"output\": {f}(&o)}})")
            }
            None => "json!({\"output\": {}})".to_string(),
        };
        let error_ty = format!(
            "{}::operation::{}::{}Error",
            self.lib,
            op.rust_name,
            generator::naming::pascal(&op.name)
        );
        let notes_lit: Vec<String> = notes
            .iter()
            .map(|s| format!("{}.to_string()", lit(s)))
            .collect();
        let key = (op_name.to_string(), chain.clone());
        let next = self.sends.len();
        let (k, fresh) = match self.sends.get(&key) {
            Some(&k) => (k, false),
            None => {
                self.sends.insert(key, next);
                (next, true)
            }
        };
        let send_fn = fresh.then(|| {
            format!(
                r#"
async fn send_{k}(client: &{lib}::Client) -> Value {{
    let built = (|| -> ::std::result::Result<_, {lib}::runtime::BuildError> {{
        ::std::result::Result::Ok({chain})
    }})();
    match built {{
        Err(e) => json!({{"construction": e.to_string()}}),
        Ok(b) => match b.send().await {{
            Ok(o) => {ok},
            Err({lib}::SdkError::Service(e)) => {{
                let modelled = !matches!(e, {error_ty}::Unhandled(_));
                json!({{"error": {{"code": e.code(), "message": e.meta().message(), "modelled": modelled}}}})
            }}
            Err({lib}::SdkError::Construction(e)) => json!({{"construction": e.to_string()}}),
            Err(e) => json!({{"failure": e.to_string()}}),
        }},
    }}
}}
"#,
                lib = self.lib,
            )
        });
        format!(
            r#"{send_fn}
async fn call_{n}(client: &{lib}::Client, capture: &Capture) {{
    capture.arm({status}, &[{headers}], {body}, {discover});
    let result = Box::pin(send_{k}(client)).await;
    emit({op}, {index}, capture.request(), result, vec![{notes}]);
}}
"#,
            send_fn = send_fn.unwrap_or_default(),
            lib = self.lib,
            discover = self.svc.discovery_operation.is_some()
                && self.svc.discovery_operation.as_deref() != Some(op.name.as_str()),
            op = lit(op_name),
            headers = headers.join(", "),
            notes = notes_lit.join(", "),
        )
    }

    /// The Rust field of the output's streaming payload, if it has one.
    fn streaming_member(&self, target: &str) -> Option<String> {
        let s = self.svc.structure(target)?;
        s.members
            .iter()
            .find(|m| m.streaming)
            .map(|m| m.rust_name.clone())
    }

    fn type_path(&self, target: &str) -> String {
        let shape = self.svc.shape(target);
        match &shape.kind {
            ShapeKind::Structure(_) | ShapeKind::Enum(_) => {
                format!("{}::types::{}", self.lib, shape.rust_name)
            }
            ShapeKind::List { item } => format!("::std::vec::Vec<{}>", self.type_path(item)),
            ShapeKind::Map { value } => format!(
                "::std::collections::HashMap<::std::string::String, {}>",
                self.type_path(value)
            ),
            ShapeKind::String => "::std::string::String".into(),
            ShapeKind::Integer => "i64".into(),
            ShapeKind::Float { double: true } => "f64".into(),
            ShapeKind::Float { double: false } => "f32".into(),
            ShapeKind::Boolean => "bool".into(),
            ShapeKind::Timestamp => format!("{}::runtime::Timestamp", self.lib),
            ShapeKind::Blob => format!("{}::runtime::Blob", self.lib),
            ShapeKind::Document => "::serde_json::Value".into(),
        }
    }

    /// A Rust expression of the member type `target` holding `value`, or
    /// `None` (with a note) when the client's type cannot hold it.
    fn value(
        &mut self,
        target: &str,
        value: &Value,
        path: &str,
        notes: &mut Vec<String>,
    ) -> Option<String> {
        let shape = self.svc.shape(target);
        let special = |key: &str| value.as_object().and_then(|o| o.get(key)).cloned();
        let kind_name = kind_name(&shape.kind);
        let mismatch = |notes: &mut Vec<String>, what: &str| {
            notes.push(format!(
                "input {path}: botocore sends {what}, the client's type is {kind_name}"
            ));
        };
        match &shape.kind {
            ShapeKind::Structure(s) => {
                let Some(obj) = value.as_object() else {
                    mismatch(notes, "a non-object");
                    return None;
                };
                let mut chain = format!("{}::types::{}::builder()", self.lib, shape.rust_name);
                for (wire, v) in obj {
                    match s.members.iter().find(|m| &m.wire_name == wire) {
                        Some(m) => {
                            let sub = format!("{path}.{wire}");
                            if let Some(expr) = self.value(&m.target, v, &sub, notes) {
                                let _ = write!(
                                    chain,
                                    ".{}(::std::option::Option::Some({expr}))",
                                    set_name(&m.setter)
                                );
                            }
                        }
                        None => {
                            notes.push(format!("input member {path}.{wire} is not in the client"))
                        }
                    }
                }
                Some(format!("{chain}.build()?"))
            }
            ShapeKind::Enum(_) => match value.as_str() {
                Some(s) => Some(format!("{}::from({})", self.type_path(target), lit(s))),
                None => {
                    mismatch(notes, "a non-string");
                    None
                }
            },
            ShapeKind::List { item } => {
                let Some(items) = value.as_array() else {
                    mismatch(notes, "a non-list");
                    return None;
                };
                let item = item.clone();
                let exprs: Vec<String> = items
                    .iter()
                    .enumerate()
                    .filter_map(|(i, v)| self.value(&item, v, &format!("{path}[{i}]"), notes))
                    .collect();
                Some(format!("::std::vec![{}]", exprs.join(", ")))
            }
            ShapeKind::Map { value: vt } => {
                let Some(obj) = value.as_object().filter(|_| special("$bytes").is_none()) else {
                    mismatch(notes, "a non-map");
                    return None;
                };
                let vt = vt.clone();
                let entries: Vec<String> = obj
                    .iter()
                    .filter_map(|(k, v)| {
                        let e = self.value(&vt, v, &format!("{path}.{k}"), notes)?;
                        Some(format!("({}.to_string(), {e})", lit(k)))
                    })
                    .collect();
                Some(format!(
                    "[{}].into_iter().collect::<{}>()",
                    entries.join(", "),
                    self.type_path(target)
                ))
            }
            ShapeKind::String => {
                if let Some(s) = value.as_str() {
                    return Some(format!("::std::string::String::from({})", lit(s)));
                }
                if let Some(b) = special("$bytes") {
                    // What a user of a String-typed blob has to do: send base64.
                    mismatch(notes, "a blob");
                    return Some(format!(
                        "::std::string::String::from({})",
                        lit(b.as_str().unwrap_or_default())
                    ));
                }
                mismatch(notes, "a non-string");
                None
            }
            ShapeKind::Integer => match value.as_i64() {
                Some(i) => Some(format!("{i}i64")),
                None => {
                    mismatch(notes, "a non-integer");
                    None
                }
            },
            ShapeKind::Float { double } => match value.as_f64() {
                Some(f) => Some(format!("{f:?}_{}", if *double { "f64" } else { "f32" })),
                None => {
                    mismatch(notes, "a non-number");
                    None
                }
            },
            ShapeKind::Boolean => match value.as_bool() {
                Some(b) => Some(b.to_string()),
                None => {
                    mismatch(notes, "a non-boolean");
                    None
                }
            },
            ShapeKind::Timestamp => match special("$ts_ms").and_then(|v| v.as_i64()) {
                Some(ms) => Some(format!(
                    "{}::runtime::Timestamp::new({}i64, {}u32)",
                    self.lib,
                    ms.div_euclid(1000),
                    ms.rem_euclid(1000) * 1_000_000
                )),
                None => {
                    mismatch(notes, "a non-timestamp");
                    None
                }
            },
            ShapeKind::Blob => {
                let bytes = match (special("$bytes"), value.as_str()) {
                    (Some(b), _) => decode_b64(b.as_str().unwrap_or_default()),
                    (None, Some(s)) => s.as_bytes().to_vec(),
                    _ => {
                        mismatch(notes, "a non-blob");
                        return None;
                    }
                };
                Some(format!(
                    "{}::runtime::Blob::new(::std::vec!{bytes:?})",
                    self.lib
                ))
            }
            ShapeKind::Document => {
                let text = serde_json::to_string(value).unwrap_or_default();
                Some(format!(
                    "::serde_json::from_str::<::serde_json::Value>({}).unwrap()",
                    lit(&text)
                ))
            }
        }
    }

    /// The conversion of a REST operation's output structure: top-level
    /// members keyed by botocore's member names (`bindings`), found as
    /// [`find_member`] finds input members; nested values as usual.
    fn top_conv(&mut self, target: &str, op_name: &str, bindings: &Value) -> String {
        let f = format!("top_{}", snake(op_name));
        if self.tops.contains(&f) {
            return f;
        }
        self.tops.push(f.clone());
        let Some(s) = self.svc.structure(target).cloned() else {
            let inner = self.conv_name(target);
            let _ = write!(
                self.out,
                "\nfn {f}(v: &{}) -> Value {{ {inner}(v) }}\n",
                self.type_path(target)
            );
            return f;
        };
        let mut keys: BTreeMap<String, String> = BTreeMap::new();
        for (name, binding) in bindings.as_object().into_iter().flatten() {
            if let Some(m) = find_member(&s.members, name, binding) {
                keys.entry(m.rust_name.clone())
                    .or_insert_with(|| name.clone());
            }
        }
        let mut b = String::from("    let mut m = serde_json::Map::new();\n");
        for m in &s.members {
            let conv = self.conv_expr(&m.target, "x");
            let key = lit(keys.get(&m.rust_name).unwrap_or(&m.wire_name));
            if m.streaming {
                let _ = writeln!(
                    b,
                    "    m.insert({key}.to_string(), json!({{\"$bytes\": b64(streamed)}}));"
                );
            } else if m.required && !s.is_error {
                let _ = writeln!(
                    b,
                    "    {{ let x = &v.{}; m.insert({key}.to_string(), {conv}); }}",
                    m.rust_name
                );
            } else {
                let _ = writeln!(
                    b,
                    "    if let Some(x) = &v.{} {{ m.insert({key}.to_string(), {conv}); }}",
                    m.rust_name
                );
            }
        }
        b.push_str("    Value::Object(m)\n");
        let streamed = if s.streams() { ", streamed: &[u8]" } else { "" };
        let _ = write!(
            self.out,
            "\nfn {f}(v: &{}{streamed}) -> Value {{\n{b}}}\n",
            self.type_path(target)
        );
        f
    }

    fn conv_name(&mut self, shape: &str) -> String {
        if let Some(f) = self.convs.get(shape) {
            return f.clone();
        }
        let f = format!("conv_{}", self.convs.len());
        self.convs.insert(shape.to_string(), f.clone());
        self.conv_queue.push(shape.to_string());
        f
    }

    /// An expression converting `expr` (a reference to a value of `target`)
    /// to its canonical JSON.
    fn conv_expr(&mut self, target: &str, expr: &str) -> String {
        let shape = self.svc.shape(target);
        match &shape.kind {
            ShapeKind::Structure(_) | ShapeKind::List { .. } | ShapeKind::Map { .. } => {
                let f = self.conv_name(target);
                format!("{f}({expr})")
            }
            ShapeKind::Enum(_) => format!("Value::String({expr}.as_str().to_string())"),
            ShapeKind::String => format!("Value::String({expr}.clone())"),
            ShapeKind::Integer | ShapeKind::Boolean => format!("json!(*{expr})"),
            ShapeKind::Float { double: true } => format!("json!(*{expr})"),
            ShapeKind::Float { double: false } => format!("json!(f64::from(*{expr}))"),
            ShapeKind::Timestamp => format!("ts({expr})"),
            ShapeKind::Blob => format!("json!({{\"$bytes\": b64({expr}.as_bytes())}})"),
            ShapeKind::Document => format!("{expr}.clone()"),
        }
    }

    fn conv_fn(&mut self, target: &str) -> String {
        let f = self.convs[target].clone();
        let ty = self.type_path(target);
        let shape = self.svc.shape(target).clone();
        let body = match &shape.kind {
            ShapeKind::Structure(s) => {
                let mut b = String::from("    let mut m = serde_json::Map::new();\n");
                for m in &s.members {
                    let required = m.required && !s.is_error;
                    let conv = self.conv_expr(&m.target, "x");
                    let wire = lit(&m.wire_name);
                    if required {
                        let _ = writeln!(
                            b,
                            "    {{ let x = &v.{}; m.insert({wire}.to_string(), {conv}); }}",
                            m.rust_name
                        );
                    } else {
                        let _ = writeln!(
                            b,
                            "    if let Some(x) = &v.{} {{ m.insert({wire}.to_string(), {conv}); }}",
                            m.rust_name
                        );
                    }
                }
                b.push_str("    Value::Object(m)\n");
                b
            }
            ShapeKind::List { item } => {
                let conv = self.conv_expr(item, "x");
                format!("    Value::Array(v.iter().map(|x| {conv}).collect())\n")
            }
            ShapeKind::Map { value } => {
                let conv = self.conv_expr(value, "x");
                format!("    Value::Object(v.iter().map(|(k, x)| (k.clone(), {conv})).collect())\n")
            }
            _ => unreachable!("only aggregates get conversion functions"),
        };
        format!("\nfn {f}(v: &{ty}) -> Value {{\n{body}}}\n")
    }
}

fn kind_name(kind: &ShapeKind) -> &'static str {
    match kind {
        ShapeKind::Structure(_) => "a structure",
        ShapeKind::Enum(_) => "an enum",
        ShapeKind::List { .. } => "a list",
        ShapeKind::Map { .. } => "a map",
        ShapeKind::String => "String",
        ShapeKind::Integer => "an integer",
        ShapeKind::Float { .. } => "a float",
        ShapeKind::Boolean => "bool",
        ShapeKind::Timestamp => "Timestamp",
        ShapeKind::Blob => "Blob",
        ShapeKind::Document => "a document",
    }
}

/// Standard base64 (padding optional); invalid characters are skipped.
pub fn decode_b64(s: &str) -> Vec<u8> {
    let mut out = Vec::new();
    let mut acc = 0u32;
    let mut bits = 0;
    for c in s.bytes() {
        let v = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            _ => continue,
        };
        acc = acc << 6 | u32::from(v);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{decode_b64, find_index, python_json};
    use serde_json::json;

    #[test]
    fn rest_members_are_found_by_wire_location_or_member_name() {
        // (wire name, Rust name) as the IR has them for lambda Invoke.
        let ir = [
            ("FunctionName", "function_name"),
            ("X-Amz-Invocation-Type", "invocation_type"),
            ("Qualifier", "qualifier"),
            ("Payload", "payload"),
        ];
        let find = |key: &str, binding| find_index(ir.iter().copied(), key, &binding);
        assert_eq!(
            find(
                "FunctionName",
                json!({"location": "uri", "name": "FunctionName"})
            ),
            Some(0)
        );
        // botocore's key is the member name; the IR knows the header name.
        let header = json!({"location": "header", "name": "x-amz-invocation-type"});
        assert_eq!(find("InvocationType", header), Some(1));
        // Neither: the member name in snake case.
        assert_eq!(
            find("Payload", json!({"location": "payload", "name": "Body"})),
            Some(3)
        );
        // AWS JSON (no binding): wire names only.
        assert_eq!(find("qualifier", serde_json::Value::Null), None);
        assert_eq!(
            find(
                "Missing",
                json!({"location": "header", "name": "X-Missing"})
            ),
            None
        );
        // A member name that is another member's wire name: the location wins.
        let ir = [
            ("http_method", "http_method"),
            ("httpMethod", "integration_http_method"),
        ];
        let find = |key: &str, binding| find_index(ir.iter().copied(), key, &binding);
        assert_eq!(
            find(
                "httpMethod",
                json!({"location": "uri", "name": "http_method"})
            ),
            Some(0)
        );
        assert_eq!(
            find(
                "integrationHttpMethod",
                json!({"location": "body", "name": "httpMethod"})
            ),
            Some(1)
        );
    }

    #[test]
    fn json_value_text_is_what_python_json_dumps_writes() {
        // python3 -c 'import json; print(json.dumps({"k": "s\u00e9-\u65e5-\U0001f600", "n": 2}, separators=(",", ":")))'
        assert_eq!(
            python_json(&json!({"k": "s\u{e9}-\u{65e5}-\u{1f600}", "n": 2})),
            r#"{"k":"s\u00e9-\u65e5-\ud83d\ude00","n":2}"#
        );
    }

    #[test]
    fn base64_decodes_non_utf8_bytes() {
        assert_eq!(decode_b64("/wD+YmlugMMo"), b"\xff\x00\xfebin\x80\xc3(");
        assert_eq!(decode_b64("YQ=="), b"a");
    }
}
