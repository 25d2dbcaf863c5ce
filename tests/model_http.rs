//! The HTTP bindings `cargo xtask model` carries for REST-protocol services
//! (issue 12): extracted from the pinned botocore for the tiny specs in
//! `tests/fixtures/model-http/<service>/openapi.yaml` (only `info.x-origin`,
//! `info.version` and `servers`, which map them to botocore) and read back
//! with the generator's loader. Each assertion is a fact botocore 1.44.5 has.
//!
//! Like tests/model_extract.rs this needs python3 and PyPI on the first run
//! (the venv in target/botocore-venv); no apis.guru mirror.

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::OnceLock;

use generator::model::{AwsModel, HttpMethod, Location, MemberFacts, UriPart};

const SERVICES: [&str; 5] = ["glacier", "iot", "lambda", "route53", "s3"];

struct Extracted {
    model: AwsModel,
    /// The file as written, to check which keys are present.
    raw: serde_json::Value,
}

/// Every fixture's model, extracted once in one botocore run.
fn models() -> &'static BTreeMap<&'static str, Extracted> {
    static MODELS: OnceLock<BTreeMap<&'static str, Extracted>> = OnceLock::new();
    MODELS.get_or_init(|| {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
        let out = tempfile::tempdir().unwrap();
        let jobs: Vec<_> = SERVICES
            .iter()
            .map(|s| {
                let spec = root.join(format!("tests/fixtures/model-http/{s}/openapi.yaml"));
                let file = out.path().join(s).join("aws-model.json");
                xtask::model::Job::for_file(s, &spec, file).unwrap()
            })
            .collect();
        let done = xtask::model::extract(&jobs).unwrap();
        assert_eq!(done.len(), SERVICES.len());
        SERVICES
            .iter()
            .map(|s| {
                let file = out.path().join(s).join("aws-model.json");
                let text = std::fs::read_to_string(&file).unwrap();
                let extracted = Extracted {
                    model: AwsModel::load(&file).unwrap(),
                    raw: serde_json::from_str(&text).unwrap(),
                };
                (*s, extracted)
            })
            .collect()
    })
}

fn model(service: &str) -> &'static AwsModel {
    &models()[service].model
}

fn member<'m>(m: &'m AwsModel, shape: &str, name: &str) -> &'m MemberFacts {
    m.members(shape)
        .unwrap_or_else(|| panic!("{shape} is no structure"))
        .get(name)
        .unwrap_or_else(|| panic!("{shape} has no member {name}"))
}

/// (location, wire name) of a member.
fn binding(m: &AwsModel, shape: &str, name: &str) -> (Option<Location>, String) {
    let facts = member(m, shape, name);
    (facts.location, facts.wire_name(name).to_owned())
}

#[test]
fn lambda_invoke() {
    let m = model("lambda");
    assert_eq!(m.service.as_ref().unwrap().protocol, "rest-json");
    let op = &m.operations["Invoke"];
    let http = op.http.as_ref().unwrap();
    assert_eq!(http.method, HttpMethod::Post);
    assert_eq!(
        http.request_uri,
        "/2015-03-31/functions/{FunctionName}/invocations"
    );
    assert_eq!(http.response_code, Some(200));
    let input = op.input.as_deref().unwrap();
    assert_eq!(input, "InvocationRequest");
    assert_eq!(
        binding(m, input, "FunctionName"),
        (Some(Location::Uri), "FunctionName".into())
    );
    assert_eq!(
        binding(m, input, "InvocationType"),
        (Some(Location::Header), "X-Amz-Invocation-Type".into())
    );
    assert_eq!(
        binding(m, input, "Qualifier"),
        (Some(Location::Querystring), "Qualifier".into())
    );
    // The payload is the raw body: a blob, with no location of its own.
    assert_eq!(m.shapes[input].payload.as_deref(), Some("Payload"));
    let payload = member(m, input, "Payload");
    assert_eq!(payload.location, None);
    assert_eq!(m.shapes[&payload.shape].kind, "blob");

    let output = op.output.as_deref().unwrap();
    assert_eq!(m.shapes[output].payload.as_deref(), Some("Payload"));
    assert_eq!(
        binding(m, output, "StatusCode"),
        (Some(Location::StatusCode), "StatusCode".into())
    );
    assert_eq!(
        binding(m, output, "FunctionError"),
        (Some(Location::Header), "X-Amz-Function-Error".into())
    );
    assert_eq!(
        binding(m, output, "LogResult"),
        (Some(Location::Header), "X-Amz-Log-Result".into())
    );

    // Absent facts are omitted, not written as false/null.
    let raw = &models()["lambda"].raw["operations"]["Invoke"];
    let keys: Vec<&str> = raw
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(keys, ["errors", "http", "input", "output"]);
}

#[test]
fn lambda_response_stream_is_an_event_stream() {
    let m = model("lambda");
    let output = m.operations["InvokeWithResponseStream"]
        .output
        .as_deref()
        .unwrap();
    let payload = m.shapes[output].payload.as_deref().unwrap();
    let stream = &m.shapes[&member(m, output, payload).shape];
    assert!(stream.event_stream && stream.kind == "structure");
    let chunk = &m.shapes[&stream.members["PayloadChunk"].shape];
    assert!(chunk.event && chunk.members["Payload"].event_payload);
}

#[test]
fn glacier_upload_archive_and_job_output() {
    let m = model("glacier");
    let op = &m.operations["UploadArchive"];
    let http = op.http.as_ref().unwrap();
    assert_eq!(
        (http.method, http.request_uri.as_str(), http.response_code),
        (
            HttpMethod::Post,
            "/{accountId}/vaults/{vaultName}/archives",
            Some(201)
        )
    );
    let input = op.input.as_deref().unwrap();
    assert_eq!(
        binding(m, input, "checksum"),
        (Some(Location::Header), "x-amz-sha256-tree-hash".into())
    );
    assert_eq!(m.shapes[input].payload.as_deref(), Some("body"));
    let body = &m.shapes[&member(m, input, "body").shape];
    assert!(body.kind == "blob" && body.streaming, "{body:?}");

    // GetJobOutput's result is a streamed body plus headers and the status.
    let output = m.operations["GetJobOutput"].output.as_deref().unwrap();
    assert_eq!(m.shapes[output].payload.as_deref(), Some("body"));
    assert!(m.shapes[&member(m, output, "body").shape].streaming);
    assert_eq!(binding(m, output, "status").0, Some(Location::StatusCode));
    assert_eq!(
        binding(m, output, "contentRange"),
        (Some(Location::Header), "Content-Range".into())
    );
}

#[test]
fn iot_greedy_label() {
    let m = model("iot");
    let op = &m.operations["GetTopicRuleDestination"];
    let http = op.http.as_ref().unwrap();
    assert_eq!(http.method, HttpMethod::Get);
    assert_eq!(http.request_uri, "/destinations/{arn+}");
    let template = http.uri_template().unwrap();
    assert_eq!(
        template.path,
        [
            UriPart::Literal("/destinations/"),
            UriPart::Label {
                name: "arn",
                greedy: true
            }
        ]
    );
    assert_eq!(
        binding(m, op.input.as_deref().unwrap(), "arn"),
        (Some(Location::Uri), "arn".into())
    );
}

#[test]
fn s3_rest_xml_bindings() {
    let m = model("s3");
    assert_eq!(m.service.as_ref().unwrap().protocol, "rest-xml");

    let put = &m.operations["PutObject"];
    assert_eq!(put.http.as_ref().unwrap().request_uri, "/{Bucket}/{Key+}");
    assert_eq!(
        put.checksum_algorithm_member.as_deref(),
        Some("ChecksumAlgorithm")
    );
    let input = put.input.as_deref().unwrap();
    assert!(member(m, input, "Body").streaming);
    assert_eq!(
        binding(m, input, "ChecksumAlgorithm"),
        (
            Some(Location::Header),
            "x-amz-sdk-checksum-algorithm".into()
        )
    );
    assert_eq!(
        binding(m, input, "Metadata"),
        (Some(Location::Headers), "x-amz-meta-".into())
    );

    let delete = &m.operations["DeleteObjects"];
    assert!(delete.checksum_required);
    let template = delete.http.as_ref().unwrap().uri_template().unwrap();
    assert_eq!(template.query, [("delete", None)]);

    let get = &m.operations["GetObject"];
    assert_eq!(get.checksum_mode_member.as_deref(), Some("ChecksumMode"));
    assert!(get
        .checksum_response_algorithms
        .iter()
        .any(|a| a == "CRC32"));

    // Signed with UNSIGNED-PAYLOAD; its host prefix label is a header too.
    let write = &m.operations["WriteGetObjectResponse"];
    assert!(write.unsigned_payload);
    assert_eq!(write.host_prefix.as_deref(), Some("{RequestRoute}."));
    let route = member(m, write.input.as_deref().unwrap(), "RequestRoute");
    assert!(route.host_label && route.location == Some(Location::Header));

    // xsi:type is an attribute in the XMLSchema-instance namespace.
    let grantee = &m.shapes["Grantee"];
    let ns = grantee.xml_namespace.as_ref().unwrap();
    assert_eq!(
        (ns.prefix.as_deref(), ns.uri.as_str()),
        (Some("xsi"), "http://www.w3.org/2001/XMLSchema-instance")
    );
    let kind = member(m, "Grantee", "Type");
    assert!(kind.xml_attribute && kind.wire_name("Type") == "xsi:type");
    assert!(m.shapes["AllowedHeaders"].flattened);
}

#[test]
fn route53_request_root_element() {
    let m = model("route53");
    let op = &m.operations["ChangeResourceRecordSets"];
    assert_eq!(
        op.input_location_name.as_deref(),
        Some("ChangeResourceRecordSetsRequest")
    );
    assert_eq!(
        op.input_xml_namespace.as_ref().unwrap().uri,
        "https://route53.amazonaws.com/doc/2013-04-01/"
    );
    assert_eq!(
        m.shapes["ResourceRecords"].member_location_name.as_deref(),
        Some("ResourceRecord")
    );
}

#[test]
fn every_rest_operation_is_bound() {
    for service in SERVICES {
        let m = model(service);
        assert!(m.has_http_bindings(), "{service}");
        for (name, op) in &m.operations {
            assert!(op.http.is_some(), "{service} {name}");
        }
    }
}
