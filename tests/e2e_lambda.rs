//! The generated Lambda client (restJson1) against moto's server with SigV4
//! verification on: every call is signed by `lambda-client` and checked by
//! moto (the harness patches moto so bodiless GET/DELETE verify; see
//! tests/moto/rest-survey.md §0). moto's Docker-less Lambda backend is
//! switched on before any function is created (§1): `Invoke` then echoes
//! its payload.
//!
//! What makes these tests sensitive to the wire format:
//! * Function names contain `%41` and `é`, and calls address the function by
//!   its ARN (`:` in a label). moto percent-decodes each label once, so an
//!   unencoded `%` (moto reads `A`), a double encoding (moto reads `%2541`)
//!   or a raw non-ASCII byte all end in `ResourceNotFoundException`.
//! * Tag keys contain `&`, `=`, `+`, `%` and a space and are removed through
//!   the `tagKeys` query list, which moto decodes with `parse_qs` (a raw `+`
//!   would become a space, a raw `&` would split the key).
//! * `Invoke` reads `StatusCode` from the status line (200, 202 `Event`, 204
//!   `DryRun`, so the `X-Amz-Invocation-Type` header must arrive too), the raw
//!   payload, and `X-Amz-Function-Error`, which moto sets only when the echoed
//!   payload exceeds 6,000,000 bytes (`Unhandled`); below that it is absent.

use std::collections::HashMap;
use std::sync::OnceLock;

use lambda_client::operation::get_function::GetFunctionError;
use lambda_client::primitives::Blob;
use lambda_client::runtime::credentials::Credentials;
use lambda_client::types::{FunctionCode, FunctionVersion, InvocationType, Runtime};
use lambda_client::{Client, Config};
use project_tests::moto::{unique_name, Moto};
use sha2::{Digest, Sha256};

const HANDLER: &str = "index.handler";
const SOURCE: &[u8] = b"def handler(event, context):\n    return event\n";

fn moto() -> &'static Moto {
    Moto::shared().unwrap_or_else(|e| panic!("moto: {e}"))
}

/// Docker-less Lambda on, and an IAM role the functions can use (moto's
/// CreateFunction checks that the role exists). Done once per test binary,
/// before any function exists: the switch selects another backend.
fn role_arn() -> &'static str {
    static ROLE: OnceLock<Result<String, String>> = OnceLock::new();
    ROLE.get_or_init(|| {
        let moto = moto();
        moto.disable_docker("lambda")?;
        moto.create_role(&unique_name("lambda-e2e-role"))
    })
    .as_deref()
    .unwrap_or_else(|e| panic!("lambda setup: {e}"))
}

fn client_with_secret(secret: &str) -> Client {
    let moto = moto();
    Client::from_conf(
        Config::builder()
            .region(moto.region())
            .endpoint_url(moto.endpoint())
            .credentials(Credentials::new(moto.access_key_id(), secret, None, None))
            .build(),
    )
}

fn client() -> Client {
    role_arn();
    client_with_secret(moto().secret_access_key())
}

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
}

/// A function name that only survives the trip if every label is encoded
/// exactly once (see the module docs).
fn function_name(prefix: &str) -> String {
    format!("{}-%41-é", unique_name(prefix))
}

fn function_arn(name: &str) -> String {
    let moto = moto();
    format!(
        "arn:aws:lambda:{}:{}:function:{name}",
        moto.region(),
        moto.account_id()
    )
}

/// A zip archive of `files`, every entry STORED (no compression): the
/// smallest valid zip, built by hand so no zip crate is needed.
fn stored_zip(files: &[(&str, &[u8])]) -> Vec<u8> {
    fn u16le(out: &mut Vec<u8>, v: u16) {
        out.extend_from_slice(&v.to_le_bytes());
    }
    fn u32le(out: &mut Vec<u8>, v: u32) {
        out.extend_from_slice(&v.to_le_bytes());
    }
    let (mut out, mut central) = (Vec::new(), Vec::new());
    for (name, data) in files {
        let offset = out.len() as u32;
        let (crc, size, name_len) = (crc32(data), data.len() as u32, name.len() as u16);
        // Local file header: version 2.0, no flags, STORED, DOS time/date 1980-01-01 00:00.
        u32le(&mut out, 0x0403_4b50);
        for v in [20, 0, 0, 0, 0x21] {
            u16le(&mut out, v);
        }
        for v in [crc, size, size] {
            u32le(&mut out, v);
        }
        u16le(&mut out, name_len);
        u16le(&mut out, 0);
        out.extend_from_slice(name.as_bytes());
        out.extend_from_slice(data);
        // Its central directory entry (made by Unix 2.0; file mode 0644).
        u32le(&mut central, 0x0201_4b50);
        for v in [0x0314, 20, 0, 0, 0, 0x21] {
            u16le(&mut central, v);
        }
        for v in [crc, size, size] {
            u32le(&mut central, v);
        }
        for v in [name_len, 0, 0, 0, 0] {
            u16le(&mut central, v);
        }
        u32le(&mut central, 0o100644 << 16);
        u32le(&mut central, offset);
        central.extend_from_slice(name.as_bytes());
    }
    let (central_offset, central_len) = (out.len() as u32, central.len() as u32);
    out.extend_from_slice(&central);
    // End of central directory.
    u32le(&mut out, 0x0605_4b50);
    for v in [0, 0, files.len() as u16, files.len() as u16] {
        u16le(&mut out, v);
    }
    u32le(&mut out, central_len);
    u32le(&mut out, central_offset);
    u16le(&mut out, 0);
    out
}

/// CRC-32 (IEEE, reflected, as zip uses), bit by bit: the inputs are tiny.
fn crc32(data: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &byte in data {
        crc ^= u32::from(byte);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

/// Standard base64 with padding (what Lambda's `CodeSha256` is written in).
fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, &b)| n | u32::from(b) << (16 - 8 * i));
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(char::from(ALPHABET[(n >> (18 - 6 * i)) as usize & 63]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

fn code_zip() -> Vec<u8> {
    stored_zip(&[("index.py", SOURCE)])
}

async fn create_function(client: &Client, name: &str, zip: &[u8]) {
    let created = client
        .create_function()
        .function_name(name)
        .runtime(Runtime::from("python3.12"))
        .role(role_arn())
        .handler(HANDLER)
        .code(
            FunctionCode::builder()
                .zip_file(Blob::new(zip))
                .build()
                .unwrap(),
        )
        .description("e2e: ünïcode description")
        .timeout(7)
        .memory_size(256)
        .tags("created-by", "e2e_lambda")
        .send()
        .await
        .unwrap_or_else(|e| panic!("create {name}: {e}"));
    assert_eq!(created.function_name.as_deref(), Some(name));
    assert_eq!(
        created.function_arn.as_deref(),
        Some(function_arn(name).as_str())
    );
    assert_eq!(created.version.as_deref(), Some("$LATEST"));
    assert_eq!(created.handler.as_deref(), Some(HANDLER));
    assert_eq!(created.role.as_deref(), Some(role_arn()));
    assert_eq!(
        created.runtime.as_ref().map(|r| r.as_str()),
        Some("python3.12")
    );
    assert_eq!(created.timeout, Some(7));
    assert_eq!(created.memory_size, Some(256));
    assert_eq!(
        created.description.as_deref(),
        Some("e2e: ünïcode description")
    );
    // The zip's bytes arrived intact (base64 in the JSON body, decoded by moto).
    assert_eq!(created.code_size, Some(zip.len() as i64));
    assert_eq!(
        created.code_sha256.as_deref(),
        Some(base64(&Sha256::digest(zip)).as_str())
    );
}

#[test]
fn zip_writer_and_helpers_are_right() {
    // Known values: CRC-32 of "123456789" is 0xCBF43926; RFC 4648 vectors.
    assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
    assert_eq!(base64(b""), "");
    assert_eq!(base64(b"f"), "Zg==");
    assert_eq!(base64(b"fo"), "Zm8=");
    assert_eq!(base64(b"foobar"), "Zm9vYmFy");
    let zip = code_zip();
    assert!(zip.starts_with(b"PK\x03\x04"));
    // One entry: 30 + 8 (name) + data, 46 + 8 central, 22 end record.
    assert_eq!(zip.len(), 30 + 8 + SOURCE.len() + 46 + 8 + 22);
    assert_eq!(&zip[zip.len() - 22..zip.len() - 18], b"PK\x05\x06");
}

/// CreateFunction from an in-memory zip, GetFunction by name, by ARN and by
/// version, PublishVersion, ListFunctions through the paginator, aliases,
/// DeleteFunction and the typed error after it.
#[test]
fn function_lifecycle() {
    runtime().block_on(async {
        let client = client();
        let name = function_name("fn");
        let arn = function_arn(&name);
        let zip = code_zip();
        create_function(&client, &name, &zip).await;

        let by_name = client
            .get_function()
            .function_name(&name)
            .send()
            .await
            .unwrap();
        let config = by_name.configuration.expect("configuration");
        assert_eq!(config.function_name.as_deref(), Some(name.as_str()));
        assert_eq!(config.function_arn.as_deref(), Some(arn.as_str()));
        assert_eq!(config.code_size, Some(zip.len() as i64));
        let tags = by_name.tags.expect("tags");
        assert_eq!(
            tags.get("created-by").map(String::as_str),
            Some("e2e_lambda")
        );
        // An ARN as FunctionName: `:` inside one label.
        let by_arn = client
            .get_function()
            .function_name(&arn)
            .send()
            .await
            .unwrap();
        assert_eq!(
            by_arn
                .configuration
                .and_then(|c| c.function_name)
                .as_deref(),
            Some(name.as_str())
        );

        let published = client
            .publish_version()
            .function_name(&name)
            .description("first")
            .send()
            .await
            .unwrap();
        assert_eq!(published.version.as_deref(), Some("1"));
        assert_eq!(
            published.function_arn.as_deref(),
            Some(format!("{arn}:1").as_str())
        );
        // The version by qualified ARN, and by Qualifier (query).
        for request in [
            client.get_function().function_name(format!("{arn}:1")),
            client.get_function().function_name(&name).qualifier("1"),
        ] {
            let got = request.send().await.unwrap();
            assert_eq!(
                got.configuration.and_then(|c| c.version).as_deref(),
                Some("1")
            );
        }

        // moto ignores MaxItems and Marker: one page, however small the page
        // size; the paginator must still stop and yield every function.
        let mut items = client.list_functions().into_paginator().items();
        let mut ours = Vec::new();
        let mut seen = 0;
        while let Some(function) = items.next().await {
            let function = function.unwrap();
            seen += 1;
            assert!(seen < 10_000, "paginator does not end");
            if function.function_name.as_deref() == Some(name.as_str()) {
                ours.push(function.function_arn.unwrap_or_default());
            }
        }
        assert_eq!(ours, std::slice::from_ref(&arn));
        // FunctionVersion=ALL (query) lists $LATEST and version 1.
        let mut items = client
            .list_functions()
            .function_version(FunctionVersion::from("ALL"))
            .into_paginator()
            .items();
        let mut versions = Vec::new();
        while let Some(function) = items.next().await {
            let function = function.unwrap();
            if function.function_name.as_deref() == Some(name.as_str()) {
                versions.push(function.version.unwrap_or_default());
            }
            assert!(versions.len() < 100, "paginator does not end");
        }
        versions.sort();
        assert_eq!(versions, ["$LATEST", "1"]);

        // Aliases: the name goes in the body on create, in a label on get.
        let alias = "live-é";
        let created = client
            .create_alias()
            .function_name(&name)
            .name(alias)
            .function_version("1")
            .description("the live one")
            .send()
            .await
            .unwrap();
        let alias_arn = format!("{arn}:{alias}");
        assert_eq!(created.alias_arn.as_deref(), Some(alias_arn.as_str()));
        assert_eq!(created.function_version.as_deref(), Some("1"));
        // moto answers GetAlias with 201 (AWS: 200): any 2xx is success.
        for function in [&name, &arn] {
            let got = client
                .get_alias()
                .function_name(function)
                .name(alias)
                .send()
                .await
                .unwrap();
            assert_eq!(got.name.as_deref(), Some(alias));
            assert_eq!(got.alias_arn.as_deref(), Some(alias_arn.as_str()));
            assert_eq!(got.function_version.as_deref(), Some("1"));
            assert_eq!(got.description.as_deref(), Some("the live one"));
        }

        let deleted = client
            .delete_function()
            .function_name(&arn)
            .send()
            .await
            .unwrap();
        assert_eq!(deleted.status_code, Some(204));
        let err = client
            .get_function()
            .function_name(&name)
            .send()
            .await
            .unwrap_err();
        assert_resource_not_found(err, &name);
    });
}

fn assert_resource_not_found(err: lambda_client::SdkError<GetFunctionError>, name: &str) {
    let text = err.to_string();
    match err.into_service_error() {
        Some(GetFunctionError::ResourceNotFoundException(e)) => {
            assert_eq!(e.meta().status(), 404, "{text}");
            assert_eq!(e.meta().code(), Some("ResourceNotFoundException"), "{text}");
            // moto names the function it looked for: the label's decoded value.
            let message = e.message().unwrap_or_default();
            assert_eq!(
                message,
                format!("Function not found: {}", function_arn(name)),
                "{text}"
            );
        }
        other => panic!("expected ResourceNotFoundException, got {other:?} ({text})"),
    }
}

#[test]
fn missing_function_is_a_typed_resource_not_found() {
    runtime().block_on(async {
        let client = client();
        let name = function_name("missing");
        let err = client
            .get_function()
            .function_name(&name)
            .send()
            .await
            .unwrap_err();
        assert_resource_not_found(err, &name);
    });
}

/// Invoke in moto's Docker-less mode echoes the payload: the raw bytes go
/// out as the body and come back as `Payload`; `StatusCode` is the status
/// line; `X-Amz-Function-Error` is absent until the payload is too large.
#[test]
fn invoke_reads_payload_status_code_and_function_error() {
    runtime().block_on(async {
        let client = client();
        let name = function_name("invoke");
        create_function(&client, &name, &code_zip()).await;

        let payload = r#"{"hello":"wörld","n":[1,2,3]}"#;
        let out = client
            .invoke()
            .function_name(&name)
            .payload(Blob::new(payload))
            .send()
            .await
            .unwrap();
        assert_eq!(out.status_code, Some(200));
        assert_eq!(
            out.payload.as_ref().map(Blob::as_bytes),
            Some(payload.as_bytes())
        );
        assert_eq!(out.function_error, None);
        assert_eq!(out.log_result, None);

        // The invocation type travels as a header and comes back as the status.
        let event = client
            .invoke()
            .function_name(function_arn(&name))
            .invocation_type(InvocationType::from("Event"))
            .payload(Blob::new(payload))
            .send()
            .await
            .unwrap();
        assert_eq!(event.status_code, Some(202));
        let dry_run = client
            .invoke()
            .function_name(&name)
            .invocation_type(InvocationType::from("DryRun"))
            .payload(Blob::new(payload))
            .send()
            .await
            .unwrap();
        assert_eq!(dry_run.status_code, Some(204));
        assert!(
            dry_run
                .payload
                .as_ref()
                .is_none_or(|p| p.as_bytes().is_empty()),
            "{:?}",
            dry_run.payload
        );

        // moto's only X-Amz-Function-Error: an (echoed) payload over 6,000,000 bytes.
        let big = format!(r#"{{"pad":"{}"}}"#, "x".repeat(6_000_000));
        let out = client
            .invoke()
            .function_name(&name)
            .payload(Blob::new(big))
            .send()
            .await
            .unwrap();
        assert_eq!(out.status_code, Some(200));
        assert_eq!(out.function_error.as_deref(), Some("Unhandled"));
        let error: serde_json::Value =
            serde_json::from_slice(out.payload.as_ref().expect("payload").as_bytes()).unwrap();
        assert_eq!(
            error["errorType"], "Function.ResponseSizeTooLarge",
            "{error}"
        );

        client
            .delete_function()
            .function_name(&name)
            .send()
            .await
            .unwrap();
    });
}

/// TagResource / ListTags / UntagResource on the function's ARN (a label);
/// the removed keys travel as a repeated `tagKeys` query parameter.
#[test]
fn tags_round_trip() {
    runtime().block_on(async {
        let client = client();
        let name = function_name("tags");
        let arn = function_arn(&name);
        create_function(&client, &name, &code_zip()).await;

        let odd = ["k&x=1", "50%+ b", "a/b"];
        let mut request = client.tag_resource().resource(&arn).tags("team", "core");
        for key in odd {
            request = request.tags(key, format!("value of {key}"));
        }
        // moto answers 200 (AWS: 204).
        request.send().await.unwrap();

        let listed = client.list_tags().resource(&arn).send().await.unwrap();
        let mut expected: HashMap<String, String> = odd
            .iter()
            .map(|k| (k.to_string(), format!("value of {k}")))
            .collect();
        expected.insert("team".into(), "core".into());
        expected.insert("created-by".into(), "e2e_lambda".into());
        assert_eq!(listed.tags.unwrap_or_default(), expected);

        let mut request = client.untag_resource().resource(&arn);
        for key in odd {
            request = request.tag_keys(key);
        }
        request.send().await.unwrap();
        let listed = client.list_tags().resource(&arn).send().await.unwrap();
        let left: HashMap<String, String> = [("team", "core"), ("created-by", "e2e_lambda")]
            .into_iter()
            .map(|(k, v)| (k.into(), v.into()))
            .collect();
        assert_eq!(listed.tags.unwrap_or_default(), left);

        client
            .delete_function()
            .function_name(&arn)
            .send()
            .await
            .unwrap();
    });
}

/// A bodiless GET signed with the wrong secret is refused: moto really
/// verifies the restJson1 client's signatures (and the right one passes in
/// every other test).
#[test]
fn wrong_secret_is_rejected_by_signature_check() {
    runtime().block_on(async {
        role_arn();
        let client = client_with_secret("not-the-secret");
        let err = client.list_functions().send().await.unwrap_err();
        let text = err.to_string();
        assert!(text.contains("SignatureDoesNotMatch"), "{text}");
        // moto's XML body has no code a restJson1 parser reads, so the code is
        // the status ("403"), as botocore's RestJSONParser reports it too.
        let service_error = err.into_service_error().expect("a service error");
        assert_eq!(service_error.meta().status(), 403, "{text}");
    });
}

/// A `/` inside a plain (not greedy) label must travel as `%2F`. moto takes
/// the resource of `/2017-03-31/tags/{Resource}` from the raw path's last
/// segment, so a kept `/` makes it look up the wrong function. (moto creates
/// a function whose name has a `/` but cannot route `/functions/{name}` to it,
/// so this one is tagged, listed and left behind: its name is unique.)
#[test]
fn slash_in_a_plain_label_is_percent_encoded() {
    runtime().block_on(async {
        let client = client();
        let name = format!("{}/slash", unique_name("slash"));
        let arn = function_arn(&name);
        create_function(&client, &name, &code_zip()).await;
        client
            .tag_resource()
            .resource(&arn)
            .tags("where", "a/b")
            .send()
            .await
            .unwrap_or_else(|e| panic!("tag {arn}: {e}"));
        let listed = client.list_tags().resource(&arn).send().await.unwrap();
        let tags = listed.tags.unwrap_or_default();
        assert_eq!(
            tags.get("where").map(String::as_str),
            Some("a/b"),
            "{tags:?}"
        );
        assert_eq!(tags.len(), 2, "{tags:?}");
    });
}
