//! Spec and config values that would break the generated crate, or make
//! every call of it fail, are refused with an error that says where the
//! value came from — never a panic, never a crate that does not build.
//!
//! The hostile fixture that must *generate* (`fixtures/hostile/markdown.yaml`:
//! Markdown code blocks in enum values, wire names, the title and version)
//! is compiled, linted and doctested with the other fixtures by
//! `generate.rs`'s `fixture_crates_compile_clean`; here its `Cargo.toml` is
//! read back by cargo.

use std::path::Path;

use generator::lower::LowerError;
use generator::SpecConfig;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("tests/ has a parent")
}

fn base() -> String {
    std::fs::read_to_string(root().join("tests/fixtures/hostile/protocol.yaml"))
        .expect("protocol fixture")
}

fn lower(yaml: &str, config: &SpecConfig) -> Result<generator::ir::Service, LowerError> {
    let api = generator::load::load_str(yaml, "hostile.yaml").expect("the spec loads");
    generator::lower::lower(&api, config).map(|(service, _)| service)
}

/// `base()` with `from` (which must occur) replaced by `to`.
fn edit(from: &str, to: &str) -> String {
    let yaml = base();
    assert!(yaml.contains(from), "{from:?} is not in the fixture");
    yaml.replacen(from, to, 1)
}

#[test]
fn the_protocol_fixture_lowers_and_emits() {
    let service = lower(&base(), &SpecConfig::default()).unwrap();
    assert!(matches!(
        &service.protocol,
        generator::ir::WireProtocol::AwsJson { target_prefix, .. } if target_prefix == "Proto_20240101"
    ));
    assert_eq!(service.crate_name, "proto-client");
    generator::emit::emit(&service).unwrap();
}

#[test]
fn stray_characters_in_spec_protocol_strings_are_refused_where_they_are() {
    let target = "'/#X-Amz-Target=Proto_20240101.Ping'";
    let url = "'https://proto.{region}.amazonaws.com'";
    let cases = [
        (
            edit(target, r#""/#X-Amz-Target=Proto\r_20240101.Ping""#),
            "/paths/~1#X-Amz-Target=Proto\r_20240101.Ping",
            "X-Amz-Target prefix \"Proto\\r_20240101\" has a carriage return at byte 5",
        ),
        (
            edit(target, r#""/#X-Amz-Target=Pro to.Ping""#),
            "/paths/~1#X-Amz-Target=Pro to.Ping",
            "has a space at byte 3",
        ),
        (
            edit(url, r#""https://proto\n.{region}.amazonaws.com""#),
            "/servers/0/url",
            "endpoint prefix (the host before .{region}.) \"proto\\n\" has a line feed at byte 5",
        ),
        (
            edit(url, r#""https://proto.{region}.amazon aws.com""#),
            "/servers/0/url",
            "DNS suffix (the host after .{region}.) \"amazon aws.com\" has a space",
        ),
        (
            edit(url, r#""https://proto.amazonaws.com\r""#),
            "/servers/0/url",
            "global endpoint host \"proto.amazonaws.com\\r\" has a carriage return",
        ),
        (
            edit("x-aws-signingName: proto", r#"x-aws-signingName: "pro to""#),
            "/info/x-aws-signingName",
            "signing name \"pro to\" has a space at byte 3",
        ),
        (
            edit("x-serviceName: proto", r#"x-serviceName: "proto\u0007""#),
            "/info/x-serviceName",
            "service id \"proto\\u{7}\" has the control character U+0007",
        ),
    ];
    for (yaml, pointer, message) in cases {
        let e = lower(&yaml, &SpecConfig::default()).expect_err(message);
        assert_eq!(e.pointer, pointer, "{e}");
        assert!(e.message.contains(message), "{message:?} not in: {e}");
    }
}

#[test]
fn stray_characters_in_config_values_are_refused_naming_the_key() {
    let cases = [
        (
            SpecConfig {
                signing_name: Some("proto\r\n".into()),
                ..SpecConfig::default()
            },
            "config key `signing_name`: signing name \"proto\\r\\n\" has a carriage return",
        ),
        (
            SpecConfig {
                service_id: Some("Proto\n".into()),
                ..SpecConfig::default()
            },
            "config key `service_id`: service id \"Proto\\n\" has a line feed",
        ),
        (
            SpecConfig {
                endpoint_prefix: Some("proto api".into()),
                ..SpecConfig::default()
            },
            "config key `endpoint_prefix`: endpoint prefix \"proto api\" has a space",
        ),
        (
            SpecConfig {
                host_prefix: [("Ping".to_string(), "sync-\n".to_string())].into(),
                ..SpecConfig::default()
            },
            "config key `host_prefix.Ping`: host prefix \"sync-\\n\" has a line feed",
        ),
        (
            SpecConfig {
                crate_name: Some("3d-client".into()),
                ..SpecConfig::default()
            },
            "config key `crate_name`: crate name \"3d-client\": a package name must start with a letter",
        ),
        (
            SpecConfig {
                crate_name: Some("fn".into()),
                ..SpecConfig::default()
            },
            "config key `crate_name`: crate name \"fn\": its library name \"fn\" is reserved",
        ),
    ];
    for (config, message) in cases {
        let e = lower(&base(), &config).expect_err(message);
        assert!(
            e.message.starts_with(message),
            "{message:?} is not the start of: {e}"
        );
        // The same value in a config file is refused when it is read,
        // naming the key.
        let e = SpecConfig::parse(&config.to_toml()).expect_err(message);
        assert!(e.message.starts_with('`'), "{}", e.message);
    }
}

#[test]
fn service_names_that_are_not_identifiers_still_make_a_crate() {
    for (service, crate_name) in [
        ("3d-service", "aws-3d-service-client"),
        ("fn", "fn-client"),
        ("self", "self-client"),
        ("std", "std-client"),
        ("日本", "service-client"),
        ("--", "service-client"),
        ("a b.c", "a-b-c-client"),
    ] {
        let yaml = edit(
            "x-serviceName: proto",
            &format!("x-serviceName: {service:?}"),
        );
        let svc = lower(&yaml, &SpecConfig::default()).unwrap_or_else(|e| panic!("{service}: {e}"));
        assert_eq!(svc.crate_name, crate_name);
        let files = generator::emit::emit(&svc).unwrap_or_else(|e| panic!("{service}: {e}"));
        let lib = crate_name.replace('-', "_");
        assert!(files["src/lib.rs"].contains(&format!("let client = {lib}::Client")));
    }
    // An empty name is no service id either.
    let e = lower(
        &edit("x-serviceName: proto", "x-serviceName: ''"),
        &SpecConfig::default(),
    )
    .unwrap_err();
    assert_eq!(e.pointer, "/info/x-serviceName", "{e}");
}

/// Cargo reads the hostile fixture's manifest back with its title and
/// version intact (a line break in either used to end the TOML string).
#[test]
fn hostile_title_and_version_stay_text_in_cargo_toml() {
    let spec = root().join("tests/fixtures/hostile/markdown.yaml");
    let generated = generator::generate(&spec, &SpecConfig::default()).unwrap();
    let mut scratch = project_tests::scratch::Scratch::new(root(), "hostile-manifest");
    scratch.add("hostile", &generated.files);
    let out = scratch.cargo(&["metadata", "--no-deps", "--format-version", "1"]);
    let meta: serde_json::Value = serde_json::from_str(&out).expect("cargo metadata JSON");
    let package = &meta["packages"][0];
    assert_eq!(package["name"], "aws-3d-service-client");
    let description = package["description"].as_str().unwrap();
    let (title, version) = (&generated.service.title, &generated.service.api_version);
    assert!(title.contains('\n') && version.contains('\r'));
    assert_eq!(
        description,
        format!(
            "Client for {} (API {}), generated from its apis.guru OpenAPI spec",
            generator::docs::one_line(title),
            generator::docs::one_line(version)
        )
    );
    assert!(description.contains("back\\r\\nslash"), "{description}");
}
