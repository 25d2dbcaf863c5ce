//! botocore's handler customizations (issue 12): the lowered IR of the
//! model-customizations fixture, a model with a bad customization refused
//! naming the file and path, and the fixture's generated crate built in a
//! scratch workspace running `tests/fixtures/model-customizations/behaviour.rs`.

use std::path::{Path, PathBuf};

use generator::ir::{BodyDigest, Service};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("tests/ has a parent")
}

fn spec() -> PathBuf {
    root().join("tests/fixtures/model-customizations/openapi.yaml")
}

fn generate() -> generator::Generated {
    let config = generator::config_beside(&spec()).expect("config");
    generator::generate(&spec(), &config).unwrap_or_else(|e| panic!("{e}"))
}

fn op<'a>(svc: &'a Service, name: &str) -> &'a generator::ir::Operation {
    svc.operations.iter().find(|o| o.name == name).unwrap()
}

#[test]
fn the_model_customizations_reach_the_ir() {
    let generated = generate();
    let svc = &generated.service;
    let get = &op(svc, "GetThing").customizations;
    assert_eq!(get.default_headers["Accept"], "application/json");
    assert_eq!(get.default_headers["x-amz-vault-version"], "2020-01-01");
    assert_eq!(get.input_defaults["accountId"], "-");
    let upload = &op(svc, "Upload").customizations;
    assert_eq!(
        upload.body_digests["x-amz-content-sha256"],
        BodyDigest::Sha256
    );
    assert_eq!(
        upload.body_digests["x-amz-sha256-tree-hash"],
        BodyDigest::Sha256TreeHash
    );
    assert!(op(svc, "Search").customizations.query_to_form_body);
    assert!(!op(svc, "Export").customizations.query_to_form_body);
    // The default is documented on the member.
    let account = svc
        .structure("GetThingInput")
        .unwrap()
        .members
        .iter()
        .find(|m| m.wire_name == "accountId")
        .unwrap();
    assert!(account.required);
    assert!(
        account
            .docs
            .as_deref()
            .unwrap()
            .contains("<code>-</code> (botocore's default)"),
        "{:?}",
        account.docs
    );
}

/// A body member whose wire name is another (label) member's name keeps
/// its own facts: apigateway PutIntegration's `integrationHttpMethod` is
/// `httpMethod` in the body, while the label member `httpMethod` is
/// `{http_method}` (an oracle finding: the body member took the label's
/// wire name and required-ness).
#[test]
fn a_body_member_named_like_a_label_member_keeps_its_wire_name() {
    let generated = generate();
    let put = generated.service.structure("PutThingInput").unwrap();
    let facts: Vec<_> = put
        .members
        .iter()
        .map(|m| (m.rust_name.as_str(), m.wire_name.as_str(), m.required))
        .collect();
    assert_eq!(
        facts,
        [
            ("http_method", "http_method", true),
            ("integration_http_method", "httpMethod", false)
        ]
    );
}

#[test]
fn a_bad_customization_is_refused_naming_file_and_path() {
    let dir = tempdir();
    let model = std::fs::read_to_string(spec().with_file_name("aws-model.json")).unwrap();
    let bad = model.replacen(
        r#""input_defaults": {
        "accountId": "-"
      }"#,
        r#""input_defaults": {
        "nobody": "-"
      }"#,
        1,
    );
    assert_ne!(bad, model, "the fixture's model changed shape");
    std::fs::write(dir.join("aws-model.json"), bad).unwrap();
    std::fs::copy(spec(), dir.join("openapi.yaml")).unwrap();
    let spec = dir.join("openapi.yaml");
    let config = generator::config_beside(&spec).expect("config");
    let e = match generator::generate(&spec, &config) {
        Ok(_) => panic!("a bad input_defaults was accepted"),
        Err(e) => e.to_string(),
    };
    assert!(
        e.contains("aws-model.json: at `operations.GetThing.input_defaults.nobody`")
            && e.contains("no member of the input"),
        "{e}"
    );
    std::fs::remove_dir_all(&dir).ok();
}

fn tempdir() -> PathBuf {
    let dir = std::env::temp_dir().join(format!("model-customizations-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn the_generated_crate_behaves() {
    let generated = generate();
    let mut files = generated.files.clone();
    let behaviour =
        std::fs::read_to_string(root().join("tests/fixtures/model-customizations/behaviour.rs"))
            .expect("read behaviour.rs");
    files.insert("tests/behaviour.rs".into(), behaviour);
    let mut scratch = project_tests::scratch::Scratch::new(root(), "model-customizations");
    scratch.add("model_customizations", &files);
    let out = scratch.cargo(&["test", "--workspace", "--test", "behaviour"]);
    assert!(out.contains("test result: ok. 5 passed"), "{out}");
}
