//! Specs built to be deep or big (issue 10): `$ref` alias chains, list
//! chains and structure chains thousands long must neither overflow a stack
//! (the test thread's is 2 MiB, smaller than the CLI's) nor take quadratic
//! time. The specs are built here rather than committed: they are megabytes.
//! The time bounds are ~100x what the iterative passes take in a debug
//! build; the quadratic passes they replaced took minutes at these sizes.

use std::time::{Duration, Instant};

use generator::ir::{Service, ShapeKind};
use generator::lower::{Diagnostic, LowerError, MAX_NESTING};
use serde_json::{json, Map, Value};

fn r(name: &str) -> Value {
    json!({ "$ref": format!("#/components/schemas/{name}") })
}

/// An apis.guru-shaped AWS JSON spec with one operation `Ping` whose input
/// is `input`, plus `schemas`.
fn spec(input: &str, schemas: Map<String, Value>) -> String {
    let mut all = Map::new();
    all.insert("Str".into(), json!({"type": "string"}));
    all.insert(
        "PingOutput".into(),
        json!({"type": "object", "properties": {"name": r("Str")}}),
    );
    all.insert("Failed".into(), json!({}));
    all.extend(schemas);
    let op = json!({
        "operationId": "Ping",
        "parameters": [{"name": "X-Amz-Target", "in": "header", "required": true,
                        "schema": {"type": "string", "enum": ["Deep.Ping"]}}],
        "requestBody": {"required": true,
                        "content": {"application/json": {"schema": r(input)}}},
        "responses": {
            "200": {"description": "Success",
                    "content": {"application/json": {"schema": r("PingOutput")}}},
            "480": {"description": "Failed",
                    "content": {"application/json": {"schema": r("Failed")}}},
        },
    });
    json!({
        "openapi": "3.0.0",
        "info": {"title": "Deep", "version": "2020-01-01", "x-serviceName": "deep"},
        "servers": [{"url": "https://deep.{region}.amazonaws.com"}],
        "paths": {"/#X-Amz-Target=Deep.Ping": {"post": op}},
        "components": {"schemas": all},
    })
    .to_string()
}

fn lower(text: &str) -> Result<(Service, Vec<Diagnostic>), LowerError> {
    let api = generator::load::load_str(text, "deep.json").expect("a valid OpenAPI document");
    generator::lower::lower(&api, &Default::default())
}

/// Runs `f`, failing if it takes longer than `limit`.
fn within<T>(limit: Duration, what: &str, f: impl FnOnce() -> T) -> T {
    let start = Instant::now();
    let out = f();
    let took = start.elapsed();
    assert!(took < limit, "{what} took {took:?} (limit {limit:?})");
    out
}

fn structure_chain(n: usize, ring: bool) -> String {
    let schemas = (0..n)
        .map(|i| {
            let next = match (i + 1 < n, ring) {
                (true, _) => format!("S{}", i + 1),
                (false, true) => "S0".to_string(),
                (false, false) => "Str".to_string(),
            };
            let props = json!({"name": r("Str"), "next": r(&next)});
            (
                format!("S{i}"),
                json!({"type": "object", "properties": props}),
            )
        })
        .collect();
    spec("S0", schemas)
}

/// `L0 = [L1]`, …, `L{n-1} = [Str]` (or `[L0]` for a ring), reached from
/// the input's member `l`.
fn list_chain(n: usize, ring: bool) -> String {
    let mut schemas: Map<String, Value> = (0..n)
        .map(|i| {
            let item = match (i + 1 < n, ring) {
                (true, _) => format!("L{}", i + 1),
                (false, true) => "L0".to_string(),
                (false, false) => "Str".to_string(),
            };
            (format!("L{i}"), json!({"type": "array", "items": r(&item)}))
        })
        .collect();
    schemas.insert(
        "PingInput".into(),
        json!({"type": "object", "properties": {"l": r("L0")}}),
    );
    spec("PingInput", schemas)
}

#[test]
fn ref_alias_chain_of_20000_lowers_without_recursion() {
    // Overflowed the main thread's stack before (one frame per alias).
    let n = 20_000;
    let mut schemas: Map<String, Value> = (0..n)
        .map(|i| (format!("A{i}"), r(&format!("A{}", i + 1))))
        .collect();
    schemas.insert(
        format!("A{n}"),
        json!({"type": "object", "properties": {"name": r("Str")}}),
    );
    let (svc, _) = within(Duration::from_secs(20), "lowering", || {
        lower(&spec("A0", schemas)).unwrap()
    });
    for name in ["A0", "A9999", "A20000"] {
        let s = svc.structure(name).unwrap_or_else(|| panic!("{name}"));
        assert_eq!(s.members[0].wire_name, "name");
        assert_eq!(svc.shape(name).name, name);
    }
    assert_eq!(svc.operations[0].input.as_deref(), Some("A0"));
}

#[test]
fn ref_alias_cycle_of_20000_is_a_located_error() {
    let n = 20_000;
    let schemas = (0..n)
        .map(|i| (format!("A{i}"), r(&format!("A{}", (i + 1) % n))))
        .collect();
    let e = lower(&spec("A0", schemas)).unwrap_err();
    assert_eq!(e.pointer, "/components/schemas/A0");
    assert!(e.message.contains("$ref cycle through \"A0\""), "{e}");
}

#[test]
fn list_chain_deeper_than_the_limit_is_a_located_error() {
    // 500 and more overflowed an emit worker's 2 MiB stack before, and
    // breaking list cycles was quadratic in the chain's length.
    for n in [MAX_NESTING + 1, 5_000] {
        let e = within(Duration::from_secs(20), "lowering", || {
            lower(&list_chain(n, false)).unwrap_err()
        });
        // L0 is the outermost list; L{MAX_NESTING} is one level too many.
        assert_eq!(e.pointer, format!("/components/schemas/L{MAX_NESTING}"));
        assert_eq!(
            e.message,
            format!(
                "lists and maps nested deeper than {MAX_NESTING}: the type at \
                 /components/schemas/L0 nests {n}; a Rust type that deep is not supported"
            )
        );
    }
}

#[test]
fn list_chain_at_the_limit_generates() {
    let (svc, _) = lower(&list_chain(MAX_NESTING, false)).unwrap();
    let files = generator::emit::emit(&svc).unwrap();
    let types = &files["src/types/mod.rs"];
    let ty = format!(
        "{}::std::string::String{}",
        "::std::vec::Vec<".repeat(MAX_NESTING),
        ">".repeat(MAX_NESTING)
    );
    // Compared without the printer's line breaks and trailing commas.
    let flat: String = types
        .chars()
        .filter(|c| !c.is_whitespace() && *c != ',')
        .collect();
    assert!(
        flat.contains(&format!("publ:::std::option::Option<{ty}>")),
        "the input's member is {MAX_NESTING} nested Vecs"
    );
}

#[test]
fn inline_lists_nested_past_the_limit_name_their_pointer() {
    let mut deep = json!({"type": "string"});
    for _ in 0..60 {
        deep = json!({"type": "array", "items": deep});
    }
    let mut schemas = Map::new();
    schemas.insert(
        "PingInput".into(),
        json!({"type": "object", "properties": {"deep": deep}}),
    );
    let e = lower(&spec("PingInput", schemas)).unwrap_err();
    let member = "/components/schemas/PingInput/properties/deep";
    assert_eq!(
        e.pointer,
        format!("{member}{}", "/items".repeat(MAX_NESTING))
    );
    assert!(
        e.message
            .contains(&format!("the type at {member} nests 60")),
        "{e}"
    );
}

#[test]
fn list_ring_is_broken_once_at_its_least_name() {
    let (svc, diags) = lower(&list_chain(3, true)).unwrap();
    // Broken at its least schema name; the rest of the ring stays lists.
    assert!(matches!(svc.shape("L0").kind, ShapeKind::Document));
    assert!(matches!(svc.shape("L1").kind, ShapeKind::List { .. }));
    let broken: Vec<_> = diags
        .iter()
        .filter(|d| d.message.contains("contains itself"))
        .map(|d| d.pointer.as_str())
        .collect();
    assert_eq!(broken, ["/components/schemas/L0"]);
}

#[test]
fn list_ring_of_5000_is_broken_and_refused_in_linear_time() {
    // Quadratic before (a walk around the ring from each of its lists).
    // Broken at L0, the rest is a chain of 4,999 lists from L1.
    let e = within(Duration::from_secs(20), "lowering", || {
        lower(&list_chain(5_000, true)).unwrap_err()
    });
    assert_eq!(
        e.pointer,
        format!("/components/schemas/L{}", MAX_NESTING + 1)
    );
    assert!(
        e.message.contains("/components/schemas/L1 nests 4999"),
        "{e}"
    );
}

#[test]
fn structure_chain_and_ring_of_20000_lower_in_linear_time() {
    // Boxing cycles searched the graph once per member: 5,000 deep took
    // 12-15 s, 20,000 deep minutes.
    let n = 20_000;
    let (chain, _) = within(Duration::from_secs(30), "lowering the chain", || {
        lower(&structure_chain(n, false)).unwrap()
    });
    let (ring, _) = within(Duration::from_secs(30), "lowering the ring", || {
        lower(&structure_chain(n, true)).unwrap()
    });
    for i in [0, n / 2, n - 1] {
        let next = |svc: &Service| {
            let s = svc.structure(&format!("S{i}")).unwrap();
            s.members
                .iter()
                .find(|m| m.wire_name == "next")
                .unwrap()
                .boxed
        };
        assert!(!next(&chain), "S{i}: a chain has no cycle to box");
        assert!(next(&ring), "S{i}: every link of a ring is boxed");
    }
}

#[test]
fn structure_cycles_box_exactly_the_members_on_a_cycle() {
    // A <-> B is a cycle, B -> C and C -> C (self) are not/are.
    let obj = |props: Value| json!({"type": "object", "properties": props});
    let mut schemas = Map::new();
    schemas.insert("A".into(), obj(json!({"b": r("B")})));
    schemas.insert("B".into(), obj(json!({"a": r("A"), "c": r("C")})));
    schemas.insert("C".into(), obj(json!({"me": r("C"), "s": r("Str")})));
    let (svc, _) = lower(&spec("A", schemas)).unwrap();
    let boxed = |owner: &str, member: &str| {
        let s = svc.structure(owner).unwrap();
        s.members
            .iter()
            .find(|m| m.wire_name == member)
            .unwrap()
            .boxed
    };
    assert!(boxed("A", "b") && boxed("B", "a") && boxed("C", "me"));
    assert!(!boxed("B", "c") && !boxed("C", "s"));
}

#[test]
fn structure_chain_of_2000_generates() {
    let text = structure_chain(2_000, false);
    let files = within(Duration::from_secs(60), "generation", || {
        let (svc, _) = lower(&text).unwrap();
        generator::emit::emit(&svc).unwrap()
    });
    assert!(files["src/types/mod.rs"].contains("pub struct S1999 {"));
}

#[test]
fn a_bad_node_among_thousands_of_paths_is_found_in_few_trials() {
    // Narrowing the error location deleted one sibling per trial parse:
    // 3,000 parses of this 1 MB spec took about a minute in a debug build.
    let mut spec: Value = serde_json::from_str(&structure_chain(10, false)).unwrap();
    let paths = spec["paths"].as_object_mut().unwrap();
    let ping = paths["/#X-Amz-Target=Deep.Ping"].clone();
    for i in 0..3_000 {
        paths.insert(format!("/#X-Amz-Target=Deep.Op{i}"), ping.clone());
    }
    let bad = "/#X-Amz-Target=Deep.Op2345";
    paths[bad]["post"]["responses"]["200"]["description"] = json!(5);
    let text = spec.to_string();
    let e = within(Duration::from_secs(30), "loading", || {
        generator::load::load_str(&text, "big.json").unwrap_err()
    });
    assert_eq!(
        e.pointer,
        "/paths/~1#X-Amz-Target=Deep.Op2345/post/responses/200/description"
    );
}

#[test]
fn twenty_thousand_colliding_field_names_are_suffixed_in_linear_time() {
    // `a\u{100}b`, `a\u{101}b`, … all snake-case to `a_b`; each suffix was
    // found by counting up from 2 again (51 s in a release build).
    let n = 20_000;
    let props: Map<String, Value> = (0..n)
        .map(|i| {
            let sep = char::from_u32(0x100 + i).expect("a char");
            (format!("a{sep}b"), r("Str"))
        })
        .collect();
    let mut schemas = Map::new();
    schemas.insert(
        "PingInput".into(),
        json!({"type": "object", "properties": props}),
    );
    let (svc, _) = within(Duration::from_secs(20), "lowering", || {
        lower(&spec("PingInput", schemas)).unwrap()
    });
    let names: Vec<&str> = svc
        .structure("PingInput")
        .unwrap()
        .members
        .iter()
        .map(|m| m.rust_name.as_str())
        .collect();
    assert_eq!(names.len(), n as usize);
    assert_eq!(names[..3], ["a_b", "a_b2", "a_b3"]);
    assert_eq!(names[n as usize - 1], format!("a_b{n}"));
}
