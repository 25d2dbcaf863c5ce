//! Operation facts from AWS's model (issue 11): errors the spec lacks,
//! botocore paginators, idempotency tokens. The lowered IR of the model-ops
//! fixture is checked here; its generated crate is built in a scratch
//! workspace and runs `tests/fixtures/model-ops/behaviour.rs` (canned
//! responses through a fake `HttpClient`).

use std::path::{Path, PathBuf};

use generator::ir::{PathStep, Service};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("tests/ has a parent")
}

fn spec() -> PathBuf {
    root().join("tests/fixtures/model-ops/openapi.yaml")
}

fn generate() -> generator::Generated {
    let config = generator::config_beside(&spec()).expect("config");
    generator::generate(&spec(), &config).unwrap_or_else(|e| panic!("{e}"))
}

fn op<'a>(svc: &'a Service, name: &str) -> &'a generator::ir::Operation {
    svc.operations.iter().find(|o| o.name == name).unwrap()
}

fn member(name: &str) -> PathStep {
    PathStep::Member(name.into())
}

#[test]
fn the_model_supplies_errors_paginators_and_tokens() {
    let generated = generate();
    let svc = &generated.service;

    let create = op(svc, "CreateThing");
    assert_eq!(
        create.errors,
        ["InvalidInput", "LegacyGone", "ThingLimitExceeded"]
    );
    assert_eq!(create.error_codes["LegacyGone"], "AWS.ModelOps.Gone");
    assert_eq!(create.idempotency_tokens, ["ClientToken"]);
    // Built from the model: its members, plus the message every error has.
    let limit = svc
        .structure("ThingLimitExceeded")
        .expect("an error structure");
    let wires: Vec<_> = limit.members.iter().map(|m| m.wire_name.as_str()).collect();
    assert!(limit.is_error && wires == ["Limit", "message"], "{wires:?}");

    let things = op(svc, "ListThings")
        .pagination
        .as_ref()
        .expect("paginated");
    assert_eq!(things.source, "model");
    let tokens: Vec<_> = things
        .tokens
        .iter()
        .map(|t| (t.input.as_str(), t.output.clone()))
        .collect();
    assert_eq!(
        tokens,
        [
            ("Marker", vec![member("NextMarker")]),
            ("SubMarker", vec![member("Page"), member("NextSubMarker")]),
        ]
    );
    assert_eq!(things.page_size.as_deref(), Some("MaxItems"));
    assert_eq!(things.result_keys, [vec![member("Page"), member("Things")]]);

    let shares = op(svc, "ListShares").pagination.as_ref().unwrap();
    assert_eq!(shares.tokens[0].output, [member("NextMarker")]);
    assert_eq!(shares.result_keys, [vec![member("ShareList")]]);

    let stream = op(svc, "DescribeStream").pagination.as_ref().unwrap();
    assert_eq!(
        stream.tokens[0].output,
        [
            member("StreamDescription"),
            member("Shards"),
            PathStep::Last,
            member("ShardId")
        ]
    );
    assert_eq!(
        stream.more_results.as_deref(),
        Some(&[member("StreamDescription"), member("HasMoreShards")][..])
    );
    // botocore's limit key is not an input member: said, not guessed.
    assert_eq!(stream.page_size, None);
    assert!(
        generated
            .diagnostics
            .iter()
            .any(|d| d.pointer == "aws-model.json#/paginators/DescribeStream"
                && d.message.contains("\"Limit\"")),
        "{:?}",
        generated.diagnostics
    );

    let hinted = op(svc, "ListHinted").pagination.as_ref().unwrap();
    assert_eq!(hinted.source, "spec");

    // The generated docs say what send() does with the token.
    let types = &generated.files["src/types/mod.rs"];
    assert!(
        types.contains("fills it with a random UUID"),
        "no idempotency doc"
    );
}

/// Without the model the same spec has none of it: the errors are
/// `Unhandled`, `ListThings` does not page and `ListShares` follows the
/// echoed `Marker`, which would stop after page 1 (the bug this fixes).
#[test]
fn without_the_model_the_spec_alone_lacks_them() {
    let api = generator::load::load_file(&spec()).unwrap();
    let (svc, _) = generator::lower::lower(&api, &Default::default()).unwrap();
    let create = op(&svc, "CreateThing");
    assert_eq!(create.errors, ["InvalidInput"]);
    assert!(create.idempotency_tokens.is_empty());
    assert!(op(&svc, "ListThings").pagination.is_none());
    let shares = op(&svc, "ListShares").pagination.as_ref().unwrap();
    assert_eq!(shares.tokens[0].output, [member("Marker")]);
}

#[test]
fn the_generated_crate_behaves() {
    let generated = generate();
    let mut files = generated.files.clone();
    let behaviour = std::fs::read_to_string(root().join("tests/fixtures/model-ops/behaviour.rs"))
        .expect("read behaviour.rs");
    files.insert("tests/behaviour.rs".into(), behaviour);
    let mut scratch = project_tests::scratch::Scratch::new(root(), "model-ops");
    scratch.add("model_ops", &files);
    let out = scratch.cargo(&["test", "--workspace", "--test", "behaviour"]);
    assert!(out.contains("test result: ok. 8 passed"), "{out}");
}
