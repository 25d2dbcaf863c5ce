//! The shape facts of AWS's model applied (issue 11): the crate generated
//! from `tests/fixtures/model-shapes` (spec + `aws-model.json`) is built with
//! `tests/fixtures/model-shapes/behaviour.rs` as one of its tests, which
//! checks blobs, timestamp formats, redaction, required-ness and setter
//! names on the generated types themselves.

use std::path::Path;

#[test]
fn model_shapes_crate_behaves() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("tests/ has a parent");
    let spec = root.join("tests/fixtures/model-shapes/openapi.yaml");
    let config = generator::config_beside(&spec).expect("config");
    let mut generated = generator::generate(&spec, &config).unwrap_or_else(|e| panic!("{e}"));
    generated.files.insert(
        "tests/behaviour.rs".into(),
        include_str!("fixtures/model-shapes/behaviour.rs").into(),
    );
    let mut scratch = project_tests::scratch::Scratch::new(root, "model-shapes");
    scratch.add("model-shapes", &generated.files);
    let out = scratch.cargo(&["test", "-p", "model-shapes-client", "--test", "behaviour"]);
    assert!(out.contains("test result: ok. 6 passed"), "{out}");
}
