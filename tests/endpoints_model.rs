//! The service, endpoint and auth facts of AWS's model applied (issue 11):
//! the crates generated from `tests/fixtures/model-endpoints/{global,regional}`
//! (spec + `aws-model.json`) are built with the fixture's `behaviour.rs` as
//! one of their tests, which send through a capturing `HttpClient` and check
//! the URL, the signature's scope, host prefixes, unsigned operations and
//! endpoint discovery.

use std::path::Path;

#[test]
fn model_endpoint_crates_behave() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("tests/ has a parent");
    let mut scratch = project_tests::scratch::Scratch::new(root, "model-endpoints");
    let fixtures = [
        (
            "global",
            include_str!("fixtures/model-endpoints/global/behaviour.rs"),
        ),
        (
            "regional",
            include_str!("fixtures/model-endpoints/regional/behaviour.rs"),
        ),
    ];
    for (name, behaviour) in fixtures {
        let spec = root.join(format!("tests/fixtures/model-endpoints/{name}/openapi.yaml"));
        let config = generator::config_beside(&spec).expect("config");
        let mut generated = generator::generate(&spec, &config).unwrap_or_else(|e| panic!("{e}"));
        generated
            .files
            .insert("tests/behaviour.rs".into(), behaviour.into());
        generated.files.insert(
            "tests/capture/mod.rs".into(),
            include_str!("fixtures/model-endpoints/capture.rs").into(),
        );
        scratch.add(&format!("model-endpoints-{name}"), &generated.files);
    }
    for (package, tests) in [("globalfixture-client", 4), ("regionalfixture-client", 6)] {
        let out = scratch.cargo(&["test", "-p", package, "--test", "behaviour"]);
        assert!(
            out.contains(&format!("test result: ok. {tests} passed")),
            "{package}: {out}"
        );
    }
}
