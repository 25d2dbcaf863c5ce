//! `cargo xtask model` / `add` / `pull` and AWS's model (aws-model.json):
//! the committed models are what the pinned botocore gives (what
//! `cargo xtask model --all --check` checks), `pull` puts the model beside
//! the spec, and `add` writes an override-free config (defaults spelled out
//! for a service botocore no longer has).
//!
//! The first run installs botocore into target/botocore-venv (needs python3
//! and PyPI, as the moto tests do); later runs reuse it.

use std::path::Path;

use xtask::model::Status;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap()
}

fn mirror() -> String {
    root().join("tests/mirror").display().to_string()
}

#[test]
fn committed_models_are_what_botocore_gives() {
    let manifest = xtask::manifest::Manifest::load(root()).unwrap();
    let entries: Vec<_> = manifest.iter().collect();
    let jobs = xtask::model::jobs_for_entries(root(), &entries).unwrap();
    let report = xtask::model::produce(jobs, true).unwrap();
    assert!(
        report.stale.is_empty(),
        "stale (run `cargo xtask model --all`): {:?}",
        report.stale
    );
    let services: Vec<String> = report
        .extracted
        .iter()
        .map(|e| match &e.status {
            Status::Matched { service, via, .. } => format!("{service} by {via}"),
            Status::Retired => "retired".into(),
        })
        .collect();
    assert_eq!(
        services,
        [
            "apigateway by uid",
            "batch by uid",
            "dynamodb by uid",
            "eks by uid",
            "glacier by uid",
            "lambda by uid",
            "logs by uid",
            "stepfunctions by uid"
        ]
    );
}

#[test]
fn pull_puts_the_model_beside_the_spec() {
    let tmp = tempfile::tempdir().unwrap();
    let (outcome, model) =
        xtask::pull::pull_with_model(tmp.path(), "amazonaws.com:cur", &mirror()).unwrap();
    let beside = outcome.file.with_file_name("aws-model.json");
    assert_eq!(model.out, beside);
    let parsed = generator::model::AwsModel::load(&beside).unwrap();
    let service = parsed.service.unwrap();
    assert_eq!(
        (service.service_id.as_str(), service.json_version.as_deref()),
        ("Cost and Usage Report Service", Some("1.1"))
    );
    assert!(parsed.operations.contains_key("DescribeReportDefinitions"));
    assert!(matches!(model.status, Status::Matched { ref service, .. } if service == "cur"));
}

#[test]
fn add_writes_no_overrides_when_there_is_a_model() {
    let tmp = tempfile::tempdir().unwrap();
    let added = xtask::add::add(tmp.path(), "amazonaws.com:cur", &mirror()).unwrap();
    let dir = tmp.path().join("specs/amazonaws.com/cur/2017-01-06");
    let config = std::fs::read_to_string(dir.join("config.toml")).unwrap();
    assert_eq!(config, xtask::add::OVERRIDES_ONLY_TOML);
    assert_eq!(
        generator::config::SpecConfig::parse(&config).unwrap(),
        generator::config::SpecConfig::default()
    );
    assert!(dir.join("aws-model.json").exists());
    let line = added.to_string();
    assert!(
        line.ends_with(
            "; wrote config.toml (no overrides); aws-model.json from botocore cur 2017-01-06"
        ),
        "{line}"
    );
}

#[test]
fn add_spells_out_defaults_for_a_retired_service() {
    // cur's spec, renamed to a service botocore does not have.
    let tmp = tempfile::tempdir().unwrap();
    let mirror = tmp.path().join("mirror");
    let spec_dir = mirror.join("specs/amazonaws.com/gone/2017-01-06");
    std::fs::create_dir_all(&spec_dir).unwrap();
    let cur = std::fs::read_to_string(
        root().join("tests/mirror/specs/amazonaws.com/cur/2017-01-06/openapi.yaml"),
    )
    .unwrap();
    let gone = cur
        .replace("cur-2017-01-06.normal.json", "gone-2017-01-06.normal.json")
        .replace("://cur.", "://gone.")
        .replace("x-serviceName: cur", "x-serviceName: gone");
    std::fs::write(spec_dir.join("openapi.yaml"), gone).unwrap();
    std::fs::write(
        mirror.join("list.json"),
        r#"{"amazonaws.com:gone": {"preferred": "2017-01-06", "versions": {"2017-01-06": {}}}}"#,
    )
    .unwrap();
    let root = tmp.path().join("repo");
    let added =
        xtask::add::add(&root, "amazonaws.com:gone", &mirror.display().to_string()).unwrap();
    assert_eq!(added.model.status, Status::Retired);
    let dir = root.join("specs/amazonaws.com/gone/2017-01-06");
    let model = std::fs::read_to_string(dir.join("aws-model.json")).unwrap();
    assert_eq!(
        model,
        "{\n  \"format\": 1,\n  \"retired\": true,\n  \"source\": {\n    \"botocore\": \"1.44.5\"\n  }\n}\n"
    );
    let config = std::fs::read_to_string(dir.join("config.toml")).unwrap();
    for line in [
        "# botocore has no model of this service (retired)",
        "crate_name = \"gone-client\"",
        "json_version = \"1.1\"",
        "service_id = \"gone\"",
    ] {
        assert!(config.contains(line), "{line} missing from\n{config}");
    }
    assert!(
        added
            .to_string()
            .ends_with("; aws-model.json: retired (botocore has no such service)"),
        "{added}"
    );
}

/// botocore's handler customizations in the committed models (the test
/// above shows them to be what the pinned botocore gives): every
/// apigateway operation asks for JSON, every glacier one sends its API
/// version and defaults `accountId`, and only glacier's two uploads carry
/// body digests (the tree hash a member may give).
#[test]
fn committed_models_carry_botocores_customizations() {
    let load = |path: &str| generator::model::AwsModel::load(&root().join(path)).unwrap();
    let apigateway = load("specs/amazonaws.com/apigateway/2015-07-09/aws-model.json");
    assert_eq!(apigateway.operations.len(), 124);
    for (name, op) in &apigateway.operations {
        assert_eq!(
            op.default_headers.iter().collect::<Vec<_>>(),
            [(&"Accept".to_string(), &"application/json".to_string())],
            "{name}"
        );
        assert!(op.body_digest_headers.is_empty() && op.input_defaults.is_empty());
    }
    let glacier = load("specs/amazonaws.com/glacier/2012-06-01/aws-model.json");
    assert_eq!(glacier.operations.len(), 33);
    let mut digested = Vec::new();
    for (name, op) in &glacier.operations {
        assert_eq!(
            op.default_headers["x-amz-glacier-version"], "2012-06-01",
            "{name}"
        );
        let input = op.input.as_deref().unwrap();
        if glacier.members(input).unwrap().contains_key("accountId") {
            assert_eq!(op.input_defaults["accountId"], "-", "{name}");
        }
        if !op.body_digest_headers.is_empty() {
            use generator::model::BodyDigest::{Sha256, Sha256TreeHash};
            assert_eq!(
                op.body_digest_headers.values().copied().collect::<Vec<_>>(),
                [Sha256, Sha256TreeHash]
            );
            digested.push(name.as_str());
        }
    }
    assert_eq!(digested, ["UploadArchive", "UploadMultipartPart"]);
    // Other protocols' and other rest-json services' files have none.
    let lambda = load("specs/amazonaws.com/lambda/2015-03-31/aws-model.json");
    assert!(lambda
        .operations
        .values()
        .all(|o| o.default_headers.is_empty()));
}
