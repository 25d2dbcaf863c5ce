//! The generator end to end: snapshots of the generated states crate and of
//! the fixture specs (code and lowered IR), determinism, compile checks of
//! the fixtures' output, `regen --check`, and (when `../shared` is present)
//! the whole apis.guru corpus.

use std::path::{Path, PathBuf};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("tests/ has a parent")
}

const STATES_SPEC: &str = "specs/amazonaws.com/states/2016-11-23/openapi.yaml";
/// Fixture specs under `tests/fixtures` (`hostile/markdown`: spec text that
/// tries to become code, see the file).
const FIXTURES: &[&str] = &[
    "names",
    "shapes",
    "hostile/markdown",
    "model-shapes/openapi",
    "model-endpoints/global/openapi",
    "model-endpoints/regional/openapi",
    "model-waiters/openapi",
    "model-ops/openapi",
    "model-customizations/openapi",
];

fn fixture_spec(name: &str) -> PathBuf {
    root().join("tests/fixtures").join(format!("{name}.yaml"))
}

fn generate(spec: &Path) -> generator::Generated {
    let config = generator::config_beside(spec).expect("config");
    generator::generate(spec, &config).unwrap_or_else(|e| panic!("{e}"))
}

/// The IR as JSON without the (long, HTML) doc strings, which the generated
/// files already pin.
fn ir_snapshot(generated: &generator::Generated) -> String {
    fn strip_docs(v: &mut serde_json::Value) {
        match v {
            serde_json::Value::Object(map) => {
                map.remove("docs");
                map.values_mut().for_each(strip_docs);
            }
            serde_json::Value::Array(items) => items.iter_mut().for_each(strip_docs),
            _ => {}
        }
    }
    let mut ir = serde_json::to_value(&generated.service).unwrap();
    strip_docs(&mut ir);
    let diagnostics = serde_json::to_value(&generated.diagnostics).unwrap();
    serde_json::to_string_pretty(&serde_json::json!({ "service": ir, "diagnostics": diagnostics }))
        .unwrap()
}

/// One snapshot per generated file; the runtime copies are pinned by the
/// templates themselves.
fn snapshot_files(prefix: &str, generated: &generator::Generated) {
    for (path, text) in &generated.files {
        if path.starts_with("src/runtime/") {
            continue;
        }
        let name = format!("{prefix}__{}", path.replace('/', "__"));
        insta::assert_snapshot!(name, text);
    }
}

#[test]
fn states_crate_snapshots() {
    let generated = generate(&root().join(STATES_SPEC));
    // 34 in the pinned spec, 3 newer ones from AWS's model beside it.
    let from_model = generated
        .service
        .operations
        .iter()
        .filter(|o| {
            o.docs
                .as_deref()
                .is_some_and(|d| d.contains("From AWS's model"))
        })
        .count();
    assert_eq!(
        (generated.service.operations.len(), from_model),
        (37, 3),
        "the pinned states spec has 34 operations; the model adds 3"
    );
    snapshot_files("states", &generated);
    insta::assert_snapshot!("states__ir", ir_snapshot(&generated));
}

#[test]
fn fixture_snapshots() {
    for name in FIXTURES {
        let generated = generate(&fixture_spec(name));
        let prefix = name.replace('/', "_");
        snapshot_files(&prefix, &generated);
        insta::assert_snapshot!(format!("{prefix}__ir"), ir_snapshot(&generated));
    }
}

#[test]
fn generation_is_deterministic() {
    for spec in [
        root().join(STATES_SPEC),
        fixture_spec("names"),
        fixture_spec("shapes"),
        fixture_spec("hostile/markdown"),
    ] {
        let a = generate(&spec).files;
        let b = generate(&spec).files;
        assert_eq!(a, b, "{}: two runs differ", spec.display());
    }
}

#[test]
fn states_client_has_a_method_per_operation() {
    let generated = generate(&root().join(STATES_SPEC));
    let client = &generated.files["src/client.rs"];
    let api = generator::load::load_file(&root().join(STATES_SPEC)).unwrap();
    let targets: Vec<&str> = api
        .paths
        .paths
        .keys()
        .filter_map(|p| p.strip_prefix("/#X-Amz-Target=AWSStepFunctions."))
        .collect();
    assert_eq!(targets.len(), 34);
    for op in targets {
        let method = generator::naming::snake(op);
        assert!(
            client.contains(&format!("pub fn {method}(")),
            "no client method for {op}"
        );
    }
}

#[test]
fn regen_check_passes() {
    // Like rust-analyzer's codegen tests: committed output must be fresh.
    xtask::regen::run(root(), true).unwrap_or_else(|e| panic!("{e}"));
}

/// Generates every fixture into a scratch workspace, runs clippy
/// (`-D warnings`) and rustdoc (`-D warnings`) on the result, and runs the
/// doctests: outside the hand-written runtime, the only one in each crate
/// is the generator's own usage example in `lib.rs` (compiled, not run), so
/// no spec text became a doctest; the hostile fixture's planted code would
/// also have left a marker file had it run.
#[test]
fn fixture_crates_compile_clean() {
    let mut scratch = project_tests::scratch::Scratch::new(root(), "fixture-check");
    let mut names = Vec::new();
    for name in FIXTURES {
        let generated = generate(&fixture_spec(name));
        let member = name.replace('/', "_");
        scratch.add(&member, &generated.files);
        names.push(member);
    }
    scratch.check_clean();
    scratch.check_no_spec_doctests();
    for member in &names {
        let marker = scratch.crate_dir(member).join("PLANTED_DOCTEST_RAN");
        assert!(
            !marker.exists(),
            "spec text ran as a doctest: {}",
            marker.display()
        );
    }
}

/// Every spec of the apis.guru mirror is classified by protocol; every
/// supported one lowers and emits without error, and every other one is
/// refused as unsupported (never a failure, never a pass). The mirror lives
/// beside the checkout (`../shared`); a fresh clone without it skips this
/// test with a message (CI has it). The same rules run on a fresh clone
/// over `tests/mirror` (`xtask` corpus tests, `tests/add.rs`).
#[test]
fn corpus_generates_every_spec() {
    use generator::lower::Protocol;
    use std::collections::BTreeMap;

    let mirror = root().join("../shared/apis-guru/v2/specs");
    if !mirror.exists() {
        eprintln!("skipped: no corpus at {}", mirror.display());
        return;
    }
    let mut specs = Vec::new();
    for provider in std::fs::read_dir(&mirror).unwrap().flatten() {
        for service in std::fs::read_dir(provider.path()).unwrap().flatten() {
            for version in std::fs::read_dir(service.path()).unwrap().flatten() {
                specs.push(version.path().join("openapi.yaml"));
            }
        }
    }
    specs.sort();
    // (spec, protocol if classified, failure if any)
    type Outcome = (PathBuf, Option<Protocol>, Option<String>);
    let outcomes: Vec<Outcome> = std::thread::scope(|s| {
        let chunks: Vec<_> = specs.chunks(specs.len().div_ceil(2).max(1)).collect();
        let handles: Vec<_> = chunks
            .into_iter()
            .map(|chunk| {
                s.spawn(move || {
                    chunk
                        .iter()
                        .map(|spec| {
                            let result = generator::config_beside(spec)
                                .and_then(|config| generator::generate(spec, &config));
                            let (protocol, failure) = match result {
                                Ok(g) if g.service.operations.is_empty() => (
                                    Some(g.protocol),
                                    Some(format!("{}: no operations", spec.display())),
                                ),
                                Ok(g) => (Some(g.protocol), None),
                                Err(e) => match e.unsupported() {
                                    Some(p) => (Some(p), None),
                                    None => (None, Some(e.to_string())),
                                },
                            };
                            (spec.clone(), protocol, failure)
                        })
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap())
            .collect()
    });
    let failures: Vec<&str> = outcomes.iter().filter_map(|o| o.2.as_deref()).collect();
    let mut counts: BTreeMap<Protocol, usize> = BTreeMap::new();
    for (_, protocol, _) in &outcomes {
        if let Some(p) = protocol {
            *counts.entry(*p).or_default() += 1;
        }
    }
    let count = |p: Protocol| counts.get(&p).copied().unwrap_or(0);
    let summary: Vec<String> = Protocol::ALL
        .into_iter()
        .map(|p| {
            let kind = if p.is_supported() {
                "generated"
            } else {
                "unsupported"
            };
            format!("{} {} ({kind})", p.name(), count(p))
        })
        .collect();
    eprintln!(
        "corpus: {} specs: {}; failed {}",
        specs.len(),
        summary.join(", "),
        failures.len()
    );
    assert!(
        failures.is_empty(),
        "{} of {} specs failed:\n{}",
        failures.len(),
        specs.len(),
        failures.join("\n")
    );
    // What the mirror is known to hold: 297 specs, the 105 AWS JSON ones it
    // started with among them, and known specs of every other protocol.
    assert!(
        specs.len() >= 297 && count(Protocol::AwsJson) >= 105,
        "expected the 297-spec mirror with 105 AWS JSON specs: {summary:?}"
    );
    let protocol_of = |service: &str| {
        outcomes
            .iter()
            .find(|(spec, _, _)| spec.starts_with(mirror.join("amazonaws.com").join(service)))
            .and_then(|o| o.1)
    };
    for (service, expected) in [
        ("dynamodb", Protocol::AwsJson),
        ("states", Protocol::AwsJson),
        ("lambda", Protocol::RestJson1),
        ("apigateway", Protocol::RestJson1),
        ("s3", Protocol::RestXml),
        ("s3control", Protocol::RestXml),
        ("route53", Protocol::RestXml),
        ("cloudfront", Protocol::RestXml),
        ("sts", Protocol::Query),
        ("sqs", Protocol::Query),
        ("iam", Protocol::Query),
        ("ec2", Protocol::Query),
        ("importexport", Protocol::Query),
    ] {
        assert_eq!(protocol_of(service), Some(expected), "{service}");
    }
    assert_eq!(
        counts.values().sum::<usize>(),
        specs.len(),
        "every spec is classified"
    );
}

#[test]
fn preview_lists_service_operations_shapes_and_gaps() {
    let spec = fixture_spec("shapes");
    let (service, diagnostics) =
        generator::lower_file(&spec, &generator::SpecConfig::default()).unwrap();
    let text = generator::preview::render(&service, &diagnostics);
    assert!(
        text.starts_with("service    Fixture Shapes (API 2021-02-03)"),
        "{text}"
    );
    assert!(text.contains("operations (3):"), "{text}");
    assert!(
        text.contains("ListTrees") && text.contains("paginated nextToken→nextToken"),
        "{text}"
    );
    assert!(
        text.contains("Secret") && text.contains("[sensitive]"),
        "{text}"
    );
    assert!(text.contains("not represented exactly (0):"), "{text}");
}
