//! Mutation test of the whole pipeline (load → lower → emit) on the pinned
//! states spec: thousands of randomly damaged copies of the spec must never
//! panic, and every failure must say where in the document the problem is.
//!
//! Each mutant applies one primary mutation (the kinds take turns, so each
//! is well represented) and, a third of the time, one or two more random
//! ones. Kinds: delete a key; replace a node with another JSON type; change
//! a `type` field; dangle a `$ref`; `$ref` cycles; wrong JSON types at
//! structural places; odd names (keywords, empty, non-ASCII, case twins);
//! duplicate operations; truncated text; non-AWS `X-Amz-Target` paths.
//!
//! Everything is driven by a seeded xorshift PRNG, so a failure reproduces:
//!
//! ```text
//! MUTATION_SEED=<seed> MUTATION_ONLY=<index> MUTATION_VERBOSE=1 \
//!     cargo test -p project-tests --test mutation -- --nocapture
//! ```
//!
//! Emitting is not compiling: at the end a deterministic sample of the
//! emitted mutants (`MUTATION_COMPILE`, default 2; those that changed
//! `info` or names first) is compiled in a scratch workspace under
//! `target/`: clippy and rustdoc with `-D warnings`, and doctests, none of
//! which may come from spec text (odd values include Markdown code blocks
//! that panic if run).
//!
//! Other knobs: `MUTATION_COUNT` (default 2000), `MUTATION_THREADS`
//! (default: up to 2). Each mutant runs on its own thread named
//! `mutant-<index>`, so even a stack overflow (which aborts the process and
//! cannot be caught) names the mutant that caused it.
//!
//! Runtime. Emitting (syn parses the tokens, prettyplease prints them)
//! dominates, then loading (the loader re-parses to narrow an error's
//! pointer). Three things keep the 2,000 mutants at about two minutes of
//! CPU, i.e. about a minute on two idle cores:
//! - the root `Cargo.toml` builds the generator and its hot dependencies at
//!   `opt-level = 2` in the dev profile. Measured on 300 mutants: 46 s → 17 s
//!   of CPU (generator unoptimized, dependencies optimized: 29 s); generating
//!   the three pinned specs: 2.3 s → 0.5 s (`cargo xtask regen --check`);
//! - mutants run on two threads;
//! - a mutant whose IR equals one already emitted is not emitted again
//!   (`emit` is a pure function of the IR): about 30% of those that lower.

use std::cell::RefCell;
use std::collections::HashSet;
use std::fmt::Write as _;
use std::hash::{Hash, Hasher};
use std::panic::{self, AssertUnwindSafe};
use std::path::Path;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use serde_json::{json, Map, Value};

const STATES_SPEC: &str = "specs/amazonaws.com/states/2016-11-23/openapi.yaml";
const DEFAULT_SEED: u64 = 0x5EED_2016_1123;
const DEFAULT_COUNT: usize = 2_000;
/// Emitted mutants compiled at the end (`MUTATION_COMPILE`; 0 skips).
const DEFAULT_COMPILE: usize = 2;
const SCHEMAS: &str = "#/components/schemas/";

// ---------------------------------------------------------------------------
// PRNG

/// xorshift64* seeded through splitmix64 (so nearby seeds diverge at once).
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Rng {
        let mut z = seed.wrapping_add(0x9E37_79B9_7F4A_7C15);
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        Rng((z ^ (z >> 31)) | 1)
    }

    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// Uniform in `0..n` (`n > 0`).
    fn below(&mut self, n: usize) -> usize {
        assert!(n > 0, "below(0)");
        (self.next() % n as u64) as usize
    }

    fn chance(&mut self, num: usize, den: usize) -> bool {
        self.below(den) < num
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    fn pick_str<'a>(&mut self, items: &'a [String]) -> &'a str {
        self.pick::<String>(items)
    }
}

// ---------------------------------------------------------------------------
// Document helpers

/// One JSON pointer segment (RFC 6901).
fn esc(segment: &str) -> String {
    segment.replace('~', "~0").replace('/', "~1")
}

fn schema_ptr(name: &str) -> String {
    format!("/components/schemas/{}", esc(name))
}

fn ref_to(name: &str) -> String {
    format!("{SCHEMAS}{}", esc(name))
}

/// Every node as (pointer, key it sits under, node), in document order.
fn walk<'a>(
    v: &'a Value,
    ptr: &mut String,
    key: Option<&str>,
    out: &mut dyn FnMut(&str, Option<&str>, &'a Value),
) {
    out(ptr, key, v);
    match v {
        Value::Object(map) => {
            for (k, child) in map {
                let len = ptr.len();
                ptr.push('/');
                if k.contains(['~', '/']) {
                    ptr.push_str(&esc(k));
                } else {
                    ptr.push_str(k);
                }
                walk(child, ptr, Some(k), out);
                ptr.truncate(len);
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                let len = ptr.len();
                write!(ptr, "/{i}").unwrap();
                walk(child, ptr, None, out);
                ptr.truncate(len);
            }
        }
        _ => {}
    }
}

/// The pointer of a random node for which `keep(pointer, key, node)` holds
/// (two walks: count, then find; cheaper than listing every pointer).
fn pick_node(
    doc: &Value,
    rng: &mut Rng,
    keep: impl Fn(&str, Option<&str>, &Value) -> bool,
) -> Option<String> {
    let mut count = 0;
    walk(doc, &mut String::new(), None, &mut |p, k, v| {
        if keep(p, k, v) {
            count += 1;
        }
    });
    if count == 0 {
        return None;
    }
    let target = rng.below(count);
    let (mut i, mut found) = (0, None);
    walk(doc, &mut String::new(), None, &mut |p, k, v| {
        if keep(p, k, v) {
            if i == target {
                found = Some(p.to_string());
            }
            i += 1;
        }
    });
    found
}

fn schemas(doc: &Value) -> Vec<String> {
    doc.pointer("/components/schemas")
        .and_then(Value::as_object)
        .map(|m| m.keys().cloned().collect())
        .unwrap_or_default()
}

/// Schema names whose schema satisfies `pred`.
fn schemas_where(doc: &Value, pred: impl Fn(&Value) -> bool) -> Vec<String> {
    schemas(doc)
        .into_iter()
        .filter(|n| pred(&doc["components"]["schemas"][n]))
        .collect()
}

fn object_schemas(doc: &Value) -> Vec<String> {
    schemas_where(doc, |s| s.get("properties").is_some_and(Value::is_object))
}

fn schemas_map(doc: &mut Value) -> &mut Map<String, Value> {
    // Callers only mutate schemas after checking some exist.
    doc.pointer_mut("/components/schemas")
        .and_then(Value::as_object_mut)
        .expect("the mutant still has components/schemas")
}

fn paths(doc: &Value) -> Vec<String> {
    doc.get("paths")
        .and_then(Value::as_object)
        .map(|m| m.keys().cloned().collect())
        .unwrap_or_default()
}

/// Renames an object key (the value moves along).
fn rename_key(map: &mut Map<String, Value>, from: &str, to: &str) {
    if let Some(v) = map.remove(from) {
        map.insert(to.to_string(), v);
    }
}

/// Replaces every `$ref` equal to `from` with `to`.
fn rewrite_refs(v: &mut Value, from: &str, to: &str) {
    match v {
        Value::Object(map) => {
            for (k, child) in map.iter_mut() {
                if k == "$ref" && child.as_str() == Some(from) {
                    *child = Value::String(to.to_string());
                } else {
                    rewrite_refs(child, from, to);
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|c| rewrite_refs(c, from, to)),
        _ => {}
    }
}

fn kind_of(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "bool",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

fn short(v: &Value) -> String {
    let s = v.to_string();
    if s.chars().count() > 60 {
        format!("{}…", s.chars().take(60).collect::<String>())
    } else {
        s
    }
}

// ---------------------------------------------------------------------------
// Mutations

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Kind {
    DeleteKey,
    ReplaceType,
    ChangeTypeName,
    DanglingRef,
    RefCycle,
    WrongStructure,
    OddNames,
    DuplicateOperation,
    Truncate,
    NonAwsTarget,
}

const KINDS: [Kind; 10] = [
    Kind::DeleteKey,
    Kind::ReplaceType,
    Kind::ChangeTypeName,
    Kind::DanglingRef,
    Kind::RefCycle,
    Kind::WrongStructure,
    Kind::OddNames,
    Kind::DuplicateOperation,
    Kind::Truncate,
    Kind::NonAwsTarget,
];

/// What a lone mutation of a known place must produce, if it fails.
#[derive(Debug, Clone)]
enum Expect {
    Anything,
    /// A lowering error must point exactly here (a broken `$ref`).
    LowerAt(String),
    /// A lowering error must point at one of these schemas (an alias cycle).
    LowerAtOneOf(Vec<String>),
    /// A lowering error must point under this prefix.
    LowerUnder(String),
    /// Must fail to load, with a line/column (truncated JSON).
    LoadWithLocation,
    /// A load error located by pointer only must point at this node, an
    /// ancestor or a descendant: a sibling branch would send the reader to
    /// the wrong place.
    LoadOnPathOf(String),
}

/// How the mutated document becomes text.
#[derive(Debug, Clone)]
enum Render {
    Json {
        pretty: bool,
    },
    Yaml,
    /// JSON whose `paths` object repeats a key (`serde_json::Value` cannot).
    JsonDupPath {
        pretty: bool,
        key: String,
        value: Value,
        at: usize,
    },
    /// Text built directly (YAML source edits).
    Raw(String),
}

struct Mutant {
    index: usize,
    doc: Value,
    render: Render,
    /// Cut the rendered text to this fraction of its length.
    truncate: Option<f64>,
    descriptions: Vec<String>,
    expect: Expect,
}

struct Ctx {
    yaml: String,
}

fn mutate(ctx: &Ctx, base: &Value, index: usize, seed: u64) -> Mutant {
    let mut rng = Rng::new(seed ^ (index as u64).wrapping_mul(0xD1B5_4A32_D192_ED03));
    let primary = KINDS[index % KINDS.len()];
    let mut m = Mutant {
        index,
        doc: base.clone(),
        render: Render::Json {
            pretty: rng.chance(1, 2),
        },
        truncate: None,
        descriptions: Vec::new(),
        expect: Expect::Anything,
    };
    // A few mutants go through the YAML loader instead of the JSON one.
    if rng.chance(1, 10) {
        m.render = Render::Yaml;
    }
    let expect = apply(ctx, &mut m, primary, &mut rng);
    let extras = if rng.chance(1, 3) {
        1 + rng.below(2)
    } else {
        0
    };
    if matches!(m.render, Render::Raw(_)) {
        // Source-text mutants carry no structural extras.
    } else {
        for _ in 0..extras {
            let kind = loop {
                let k = *rng.pick(&KINDS);
                if k != Kind::Truncate {
                    break k;
                }
            };
            apply(ctx, &mut m, kind, &mut rng);
        }
    }
    if m.descriptions.len() == 1 {
        m.expect = expect;
    }
    m
}

/// Applies one mutation of `kind` (falling back to deleting a key when the
/// document no longer has what the kind needs); returns what a lone
/// mutation of this kind must produce.
fn apply(ctx: &Ctx, m: &mut Mutant, kind: Kind, rng: &mut Rng) -> Expect {
    let result = match kind {
        Kind::DeleteKey => delete_key(&mut m.doc, rng),
        Kind::ReplaceType => replace_type(&mut m.doc, rng),
        Kind::ChangeTypeName => change_type_name(&mut m.doc, rng),
        Kind::DanglingRef => dangling_ref(&mut m.doc, rng),
        Kind::RefCycle => ref_cycle(&mut m.doc, rng),
        Kind::WrongStructure => wrong_structure(&mut m.doc, rng),
        Kind::OddNames => odd_names(&mut m.doc, rng),
        Kind::DuplicateOperation => duplicate_operation(ctx, m, rng),
        Kind::Truncate => truncate(ctx, m, rng),
        Kind::NonAwsTarget => non_aws_target(&mut m.doc, rng),
    };
    match result {
        Some((desc, expect)) => {
            m.descriptions.push(format!("{kind:?}: {desc}"));
            expect
        }
        None => {
            let (desc, expect) = delete_key(&mut m.doc, rng).unwrap_or_else(|| {
                m.doc = json!({});
                ("document replaced by {}".into(), Expect::Anything)
            });
            m.descriptions
                .push(format!("{kind:?} (not applicable) → DeleteKey: {desc}"));
            expect
        }
    }
}

type Applied = Option<(String, Expect)>;

fn delete_key(doc: &mut Value, rng: &mut Rng) -> Applied {
    let ptr = pick_node(doc, rng, |_, _, v| {
        v.as_object().is_some_and(|m| !m.is_empty())
    })?;
    let map = doc.pointer_mut(&ptr)?.as_object_mut()?;
    let keys: Vec<String> = map.keys().cloned().collect();
    let key = rng.pick(&keys).clone();
    map.remove(&key);
    let deleted = format!("{ptr}/{}", esc(&key));
    Some((format!("delete {deleted}"), Expect::LoadOnPathOf(deleted)))
}

/// A value of a different JSON type than `old`.
fn other_type(old: &Value, rng: &mut Rng) -> Value {
    let candidates = [
        json!("mutated"),
        json!(""),
        json!(42),
        json!(-1.5),
        json!(true),
        json!(null),
        json!([]),
        json!([1, "x", null]),
        json!({}),
        json!({"x": 1}),
    ];
    loop {
        let v = rng.pick(&candidates);
        if kind_of(v) != kind_of(old) {
            return v.clone();
        }
    }
}

fn replace_type(doc: &mut Value, rng: &mut Rng) -> Applied {
    // Half the time hit a container (the structure), else any node.
    let containers = rng.chance(1, 2);
    let ptr = pick_node(doc, rng, |_, _, v| {
        !containers || v.is_object() || v.is_array()
    })?;
    let slot = doc.pointer_mut(&ptr)?;
    let new = other_type(slot, rng);
    let desc = format!(
        "replace {} ({}) with {}",
        if ptr.is_empty() { "the root" } else { &ptr },
        kind_of(slot),
        short(&new)
    );
    *slot = new;
    Some((desc, Expect::LoadOnPathOf(ptr)))
}

fn change_type_name(doc: &mut Value, rng: &mut Rng) -> Applied {
    let ptr = pick_node(doc, rng, |_, k, _| k == Some("type"))?;
    let names = [
        json!("string"),
        json!("integer"),
        json!("number"),
        json!("boolean"),
        json!("array"),
        json!("object"),
        json!("int"),
        json!("String"),
        json!("Object"),
        json!(""),
        json!("null"),
        json!("file"),
        json!("object "),
        json!("日本"),
        json!(7),
        json!(null),
        json!(["string", "null"]),
    ];
    let new = rng.pick(&names).clone();
    let slot = doc.pointer_mut(&ptr)?;
    let desc = format!("{ptr}: {} → {}", short(slot), short(&new));
    *slot = new;
    Some((desc, Expect::LoadOnPathOf(ptr)))
}

fn dangling_ref(doc: &mut Value, rng: &mut Rng) -> Applied {
    // Mostly schema references (which lowering follows), some parameter ones.
    let schema_refs = rng.chance(3, 4);
    let ptr = pick_node(doc, rng, |_, k, v| {
        k == Some("$ref")
            && v.as_str()
                .is_some_and(|r| !schema_refs || r.starts_with(SCHEMAS))
    })?;
    let names = schemas(doc);
    let old = doc.pointer(&ptr)?.as_str()?.to_string();
    let old_name = old.strip_prefix(SCHEMAS).unwrap_or("X").to_string();
    let lower = old_name.to_lowercase();
    let mut candidates = vec![
        format!("{SCHEMAS}DoesNotExist{}", rng.below(1000)),
        format!("{SCHEMAS}{old_name}X"),
        SCHEMAS.to_string(),
        "#/components/schemas".to_string(),
        "#/definitions/Foo".to_string(),
        "other.yaml#/components/schemas/Foo".to_string(),
        "#/components/responses/Foo".to_string(),
        format!("{SCHEMAS}Foo~1Bar"),
        format!("{SCHEMAS}{old_name}/extra"),
        String::new(),
        "#".to_string(),
    ];
    if !names.contains(&lower) {
        // Names differing only in case are different schemas.
        candidates.push(format!("{SCHEMAS}{lower}"));
    }
    let new = rng.pick(&candidates).clone();
    *doc.pointer_mut(&ptr)? = Value::String(new.clone());
    Some((format!("{ptr}: {old:?} → {new:?}"), Expect::LowerAt(ptr)))
}

/// Distinct random schema names.
fn pick_schemas(doc: &Value, n: usize, rng: &mut Rng) -> Option<Vec<String>> {
    let names = schemas(doc);
    if names.len() < n {
        return None;
    }
    let mut out: Vec<String> = Vec::new();
    while out.len() < n {
        let name = rng.pick(&names).clone();
        if !out.contains(&name) {
            out.push(name);
        }
    }
    Some(out)
}

fn ref_cycle(doc: &mut Value, rng: &mut Rng) -> Applied {
    let names = pick_schemas(doc, 4, rng)?;
    let (a, b, c, d) = (&names[0], &names[1], &names[2], &names[3]);
    let r = |n: &str| json!({ "$ref": ref_to(n) });
    let ptrs = |ns: &[&String]| ns.iter().map(|n| schema_ptr(n)).collect::<Vec<_>>();
    let map = schemas_map(doc);
    let (desc, expect) = match rng.below(10) {
        0 => {
            map[a] = r(a);
            (format!("{a} = $ref {a}"), Expect::LowerAtOneOf(ptrs(&[a])))
        }
        1 => {
            map[a] = r(b);
            map[b] = r(a);
            (
                format!("{a} = $ref {b}, {b} = $ref {a}"),
                Expect::LowerAtOneOf(ptrs(&[a, b])),
            )
        }
        2 => {
            map[a] = r(b);
            map[b] = r(c);
            map[c] = r(a);
            (
                format!("{a} → {b} → {c} → {a} aliases"),
                Expect::LowerAtOneOf(ptrs(&[a, b, c])),
            )
        }
        3 => {
            // An alias leading into a cycle: the error is in the cycle.
            map[d] = r(a);
            map[a] = r(b);
            map[b] = r(a);
            (
                format!("{d} = $ref {a}, {a} ↔ {b} aliases"),
                Expect::LowerAtOneOf(ptrs(&[a, b])),
            )
        }
        4 => {
            map[a] = json!({ "allOf": [r(a)], "description": "self" });
            (format!("{a} = allOf [$ref {a}]"), Expect::Anything)
        }
        5 => {
            // Recursion through members is legal (boxed in Rust).
            map[a] = json!({ "type": "object", "properties": { "self": r(a), "next": r(b) } });
            map[b] =
                json!({ "type": "object", "required": ["back"], "properties": { "back": r(a) } });
            (
                format!("{a}.self → {a}, {a}.next → {b}.back → {a} members"),
                Expect::Anything,
            )
        }
        6 => {
            map[a] = json!({ "type": "array", "items": r(a) });
            (format!("{a} = array of {a}"), Expect::Anything)
        }
        7 => {
            map[a] = json!({ "type": "object", "additionalProperties": r(a) });
            (format!("{a} = map of {a}"), Expect::Anything)
        }
        8 => {
            map[a] = json!({ "type": "array", "items": r(b) });
            map[b] = json!({ "type": "object", "additionalProperties": { "type": "array", "items": r(a) } });
            (
                format!("{a} = array of {b}, {b} = map of arrays of {a}"),
                Expect::Anything,
            )
        }
        _ => {
            // Structure ↔ list: legal, the Vec is the indirection.
            map[a] = json!({ "type": "object", "properties": { "items": r(b) } });
            map[b] = json!({ "type": "array", "items": r(a) });
            (format!("{a}.items → {b} = array of {a}"), Expect::Anything)
        }
    };
    Some((desc, expect))
}

fn wrong_structure(doc: &mut Value, rng: &mut Rng) -> Applied {
    let objects = object_schemas(doc);
    let enums = schemas_where(doc, |s| s.get("enum").is_some_and(Value::is_array));
    let arrays = schemas_where(doc, |s| s.get("type") == Some(&json!("array")));
    let required = schemas_where(doc, |s| s.get("required").is_some());
    let ops: Vec<String> = paths(doc)
        .into_iter()
        .filter(|p| doc["paths"][p].get("post").is_some())
        .map(|p| format!("/paths/{}/post", esc(&p)))
        .collect();
    let choice = rng.below(19);
    let (ptr, new): (String, Value) = match choice {
        0 => {
            let items: Vec<Value> = doc
                .get("paths")?
                .as_object()?
                .values()
                .take(3)
                .cloned()
                .collect();
            ("/paths".into(), Value::Array(items))
        }
        1 => ("/paths".into(), json!("/#X-Amz-Target=AWSStepFunctions.X")),
        2 => ("/components/schemas".into(), json!([{"type": "string"}])),
        3 => ("/components".into(), json!("components")),
        4 if !objects.is_empty() => (
            format!("{}/properties", schema_ptr(rng.pick_str(&objects))),
            rng.pick(&[json!("properties"), json!(["a", "b"]), json!(3)])
                .clone(),
        ),
        5 if !required.is_empty() => (
            format!("{}/required", schema_ptr(rng.pick_str(&required))),
            rng.pick(&[
                json!({"a": true}),
                json!("a"),
                json!([1, null]),
                json!([[]]),
            ])
            .clone(),
        ),
        6 if !enums.is_empty() => {
            let name = rng.pick(&enums).clone();
            let mut values = doc["components"]["schemas"][&name]["enum"].clone();
            let odd = rng
                .pick(&[
                    json!(3),
                    json!(null),
                    json!(true),
                    json!(1.5),
                    json!({"a": 1}),
                    json!([]),
                ])
                .clone();
            values.as_array_mut()?.push(odd);
            (format!("{}/enum", schema_ptr(&name)), values)
        }
        7 if !enums.is_empty() => (
            format!("{}/enum", schema_ptr(rng.pick_str(&enums))),
            rng.pick(&[
                json!([null]),
                json!([]),
                json!("A"),
                json!([null, null, "A"]),
            ])
            .clone(),
        ),
        8 if !arrays.is_empty() => {
            let name = rng.pick(&arrays).clone();
            let schema = schemas_map(doc).get_mut(&name)?.as_object_mut()?;
            schema.remove("items");
            let items = format!("{}/items", schema_ptr(&name));
            return Some((format!("delete {items}"), Expect::LoadOnPathOf(items)));
        }
        9 if !arrays.is_empty() => (
            format!("{}/items", schema_ptr(rng.pick_str(&arrays))),
            rng.pick(&[
                json!([]),
                json!("string"),
                json!([{"type": "string"}]),
                json!({}),
            ])
            .clone(),
        ),
        10 if !ops.is_empty() => (
            format!("{}/responses", rng.pick(&ops)),
            rng.pick(&[json!([]), json!("200"), json!({}), json!({"200": "ok"})])
                .clone(),
        ),
        11 if !ops.is_empty() => (
            format!("{}/requestBody", rng.pick(&ops)),
            rng.pick(&[
                json!("body"),
                json!({"content": []}),
                json!({"content": {"application/json": []}}),
                json!({"content": {}}),
            ])
            .clone(),
        ),
        12 if !ops.is_empty() => (
            format!("{}/parameters", rng.pick(&ops)),
            rng.pick(&[
                json!({}),
                json!([{"name": "x"}]),
                json!([{"name": "nextToken", "in": "query"}]),
                json!("x"),
            ])
            .clone(),
        ),
        13 => (
            rng.pick(&[
                "/info",
                "/info/title",
                "/info/version",
                "/servers",
                "/openapi",
            ])
            .to_string(),
            rng.pick(&[
                json!(3),
                json!({}),
                json!([]),
                json!(null),
                json!("2.0"),
                json!("3.1.0"),
            ])
            .clone(),
        ),
        14 if !objects.is_empty() => (
            format!(
                "{}/additionalProperties",
                schema_ptr(rng.pick_str(&objects))
            ),
            rng.pick(&[
                json!("yes"),
                json!(true),
                json!({"type": "string"}),
                json!(1),
            ])
            .clone(),
        ),
        15 if !ops.is_empty() => {
            let op = rng.pick(&ops).clone();
            let media = format!("{op}/responses/200/content/application~1json");
            (
                format!("{media}/schema"),
                rng.pick(&[
                    json!([]),
                    json!("CreateActivityOutput"),
                    json!({"type": "string"}),
                    json!({"type": "array", "items": {"type": "string"}}),
                    json!({}),
                ])
                .clone(),
            )
        }
        16 => {
            let ps = paths(doc);
            if ps.is_empty() {
                return None;
            }
            (
                format!("/paths/{}", esc(rng.pick_str(&ps))),
                rng.pick(&[
                    json!([]),
                    json!("post"),
                    json!({"post": []}),
                    json!({"post": "x"}),
                ])
                .clone(),
            )
        }
        17 if !ops.is_empty() => return odd_pagination(doc, rng.pick_str(&ops).to_string(), rng),
        _ => (
            "/servers".into(),
            rng.pick(&[
                json!({"url": "x"}),
                json!([{"url": 5}]),
                json!([{}]),
                json!([]),
            ])
            .clone(),
        ),
    };
    // Set (creating the key in an existing parent when missing).
    let (parent, key) = ptr.rsplit_once('/')?;
    let key = key.replace("~1", "/").replace("~0", "~");
    match doc.pointer_mut(parent)? {
        Value::Object(map) => {
            map.insert(key, new.clone());
        }
        _ => return None,
    }
    Some((
        format!("{ptr} = {}", short(&new)),
        Expect::LoadOnPathOf(ptr),
    ))
}

/// Pagination hints (`maxResults`/`nextToken` query parameters) on an
/// operation, with token members of odd types in its input and output.
fn odd_pagination(doc: &mut Value, op: String, rng: &mut Rng) -> Applied {
    let token = *rng.pick(&[
        "nextToken",
        "NextToken",
        "marker",
        "ExclusiveStartKey",
        "token",
    ]);
    let size = *rng.pick(&["maxResults", "Limit", "pageSize"]);
    let body_ref = |v: &Value, p: &str| {
        v.pointer(p)
            .and_then(Value::as_str)
            .and_then(|r| r.strip_prefix(SCHEMAS))
            .map(str::to_string)
    };
    let input = body_ref(
        doc,
        &format!("{op}/requestBody/content/application~1json/schema/$ref"),
    );
    let output = body_ref(
        doc,
        &format!("{op}/responses/200/content/application~1json/schema/$ref"),
    );
    let query = |name: &str| json!({ "name": name, "in": "query", "required": false, "schema": { "type": "string" } });
    let post = doc.pointer_mut(&op)?.as_object_mut()?;
    let params = post.entry("parameters").or_insert_with(|| json!([]));
    params.as_array_mut()?.extend([query(size), query(token)]);
    let odd_types = [
        json!({ "type": "string" }),
        json!({ "type": "integer" }),
        json!({ "type": "array", "items": { "type": "string" } }),
        json!({ "type": "object", "additionalProperties": { "type": "string" } }),
        json!({ "type": "object", "properties": { "a": { "type": "string" } } }),
        json!({}),
    ];
    let mut changed = Vec::new();
    for (schema, names) in [
        (input, vec![token.to_string(), size.to_string()]),
        (
            output,
            vec![
                token.to_string(),
                format!("Next{token}"),
                "items".to_string(),
            ],
        ),
    ] {
        let Some(schema) = schema else { continue };
        let Some(props) = doc
            .pointer_mut(&format!("{}/properties", schema_ptr(&schema)))
            .and_then(Value::as_object_mut)
        else {
            continue;
        };
        for name in names {
            if rng.chance(2, 3) {
                let ty = rng.pick(&odd_types).clone();
                changed.push(format!("{schema}.{name} = {}", short(&ty)));
                props.insert(name, ty);
            }
        }
    }
    Some((
        format!("{op}: query hints {size}/{token}; {}", changed.join(", ")),
        Expect::Anything,
    ))
}

const ODD_NAMES: &[&str] = &[
    "type",
    "self",
    "Self",
    "super",
    "crate",
    "mod",
    "fn",
    "async",
    "gen",
    "",
    " ",
    "_",
    "__",
    "-",
    "123",
    "1st",
    "日本語",
    "Ünïcödé",
    "a/b",
    "~1",
    "~",
    "#String",
    "#Document",
    "Unknown",
    "r#type",
    "None",
    "Option",
    "Result",
    "String",
    "Vec",
    "Box",
    "std",
    "Default",
    "Some",
    "Ok",
    "Err",
    "build",
    "send",
    "new",
    "set_x",
    "x",
    "X",
    "Name",
    "name",
    "NAME",
    "nAmE",
    "emoji🎉",
    "tab\tname",
    "new\nline",
    "quote\"",
    "back\\slash",
    "$ref",
    "a.b",
    "a b",
    "message",
    "Message",
    "set_message",
    "as_input",
    "customize",
];

/// Spec text shaped like Markdown code blocks (tilde fence, indented block,
/// backtick fence). If the generator ever let one into a doc comment as a
/// block, the compiled sample's doctests would run it and fail.
const SPEC_CODE: [&str; 3] = [
    "X\n\n~~~\npanic!(\"spec text ran as a doctest\");\n~~~\n",
    "X\n\n\n    panic!(\"spec text ran as a doctest\");",
    "X\n\n```\npanic!(\"spec text ran as a doctest\");\n```",
];

/// Odd `info.title`, `info.version`, `x-serviceName` and
/// `x-aws-signingName` values (they reach doc comments, `Cargo.toml`, the
/// package name and the wire).
const ODD_INFO: &[&str] = &[
    SPEC_CODE[0],
    SPEC_CODE[1],
    SPEC_CODE[2],
    "Title\r\nx = \"y\"",
    "a\"b\\c'd",
    "3d-service",
    "fn",
    "std",
    "",
    " ",
    "日本",
    "svc\u{7}",
    "# *[x]* <b> http://example.com",
];

const ODD_DOCS: &[&str] = &[
    "<p><b>unclosed",
    "</p></p></ul>",
    "```rust\npanic!()\n```",
    "*/ /* */",
    "\u{0}nul\u{7f}",
    "<code>#[doc = \"x\"]</code> \\ \"",
    "<a href=\"javascript:alert(1)\">x</a>",
    "&bogus; &#xFFFFFFFF; &#0; &#55296;",
    "<pre>\ttab\r\n</pre>",
    "<ul><li><ul><li>deep</li></ul>",
    "",
    "<note><important>",
    "a\n\n    panic!(\"spec text ran as a doctest\");",
    "~~~\npanic!(\"spec text ran as a doctest\");\n~~~",
];

fn odd_names(doc: &mut Value, rng: &mut Rng) -> Applied {
    let objects = object_schemas(doc);
    let enums = schemas_where(doc, |s| s.get("enum").is_some_and(Value::is_array));
    let strings = schemas_where(doc, |s| {
        s.get("type") == Some(&json!("string")) && s.get("enum").is_none()
    });
    let odd = |rng: &mut Rng| rng.pick(ODD_NAMES).to_string();
    match rng.below(8) {
        // A new schema with an odd name, reached from an object's property.
        0 if !objects.is_empty() => {
            let name = odd(rng);
            let owner = rng.pick(&objects).clone();
            let schema = match rng.below(4) {
                0 => json!({ "type": "string", "enum": [odd(rng), odd(rng), odd(rng)] }),
                1 => json!({ "type": "object", "properties": {
                    odd(rng): { "type": "string" }, odd(rng): { "type": "integer" } } }),
                2 => json!({ "type": "integer" }),
                _ => json!({}),
            };
            schemas_map(doc).insert(name.clone(), schema);
            let member = if rng.chance(1, 2) {
                json!({ "$ref": ref_to(&name) })
            } else {
                json!({ "allOf": [{ "$ref": ref_to(&name) }, { "description": "odd" }] })
            };
            schemas_map(doc)[&owner]["properties"]
                .as_object_mut()?
                .insert(odd(rng), member);
            Some((format!("schema {name:?} used by {owner}"), Expect::Anything))
        }
        // Odd property names (several, including case twins).
        1 if !objects.is_empty() => {
            let owner = rng.pick(&objects).clone();
            let mut added = Vec::new();
            for _ in 0..1 + rng.below(4) {
                let name = odd(rng);
                let target = if !strings.is_empty() && rng.chance(1, 2) {
                    json!({ "$ref": ref_to(rng.pick_str(&strings)) })
                } else {
                    json!({ "type": "string" })
                };
                schemas_map(doc)[&owner]["properties"]
                    .as_object_mut()?
                    .insert(name.clone(), target);
                added.push(name);
            }
            if rng.chance(1, 2) {
                schemas_map(doc)[&owner]["required"] = json!(added);
            }
            Some((
                format!("{owner} gains properties {added:?}"),
                Expect::Anything,
            ))
        }
        // Odd enum values.
        2 if !enums.is_empty() => {
            let owner = rng.pick(&enums).clone();
            let values = [
                "",
                "Unknown",
                "unknown",
                "UNKNOWN",
                "A",
                "a",
                "日本",
                "1",
                "-",
                "a-b",
                "a_b",
                "A B",
                "Self",
                "self",
                "type",
                "r#type",
                "\"",
                SPEC_CODE[0],
                SPEC_CODE[1],
                SPEC_CODE[2],
                "``x``",
                "a\r\nb",
            ];
            let mut added = Vec::new();
            for _ in 0..1 + rng.below(5) {
                let v = rng.pick(&values).to_string();
                schemas_map(doc)[&owner]["enum"]
                    .as_array_mut()?
                    .push(json!(v));
                added.push(v);
            }
            Some((
                format!("{owner} gains enum values {added:?}"),
                Expect::Anything,
            ))
        }
        // Rename a schema to an odd name, following every $ref.
        3 => {
            let names = schemas(doc);
            if names.is_empty() {
                return None;
            }
            let from = rng.pick(&names).clone();
            let to = odd(rng);
            if names.contains(&to) {
                return None;
            }
            rename_key(schemas_map(doc), &from, &to);
            rewrite_refs(doc, &ref_to(&from), &ref_to(&to));
            Some((format!("rename schema {from} → {to:?}"), Expect::Anything))
        }
        // Schemas whose names differ only in case, all in use.
        4 if !objects.is_empty() => {
            let names = schemas(doc);
            let base = rng.pick(&names).clone();
            let owner = rng.pick(&objects).clone();
            let copy = doc["components"]["schemas"][&base].clone();
            let mut twins = Vec::new();
            for twin in [base.to_lowercase(), base.to_uppercase(), format!("{base}_")] {
                if names.contains(&twin) {
                    continue;
                }
                schemas_map(doc).insert(twin.clone(), copy.clone());
                schemas_map(doc)[&owner]["properties"]
                    .as_object_mut()?
                    .insert(twin.clone(), json!({ "$ref": ref_to(&twin) }));
                twins.push(twin);
            }
            Some((
                format!("{base} gets case twins {twins:?} used by {owner}"),
                Expect::Anything,
            ))
        }
        // Odd documentation.
        5 => {
            let ptr = pick_node(doc, rng, |_, k, v| {
                k == Some("description") && v.is_string()
            })?;
            let text = rng.pick(ODD_DOCS).to_string();
            *doc.pointer_mut(&ptr)? = json!(text);
            Some((format!("{ptr} = {text:?}"), Expect::Anything))
        }
        // Odd service metadata.
        6 => {
            let key = *rng.pick(&["title", "version", "x-serviceName", "x-aws-signingName"]);
            let text = rng.pick(ODD_INFO).to_string();
            doc.get_mut("info")?
                .as_object_mut()?
                .insert(key.to_string(), json!(text));
            Some((format!("/info/{key} = {text:?}"), Expect::Anything))
        }
        // An odd operation name.
        _ => {
            let ps = paths(doc);
            if ps.is_empty() {
                return None;
            }
            let from = rng.pick(&ps).clone();
            let op_names = [
                "mod",
                "Mod",
                "self",
                "Self",
                "type",
                "new",
                "New",
                "config",
                "Config",
                "_",
                "-",
                "123",
                "fn",
                "Send",
                "Build",
                "Client",
                "Error",
                "Unknown",
                "Lib",
                "Types",
                "Operation",
                "Runtime",
                "FromEnv",
                "from_env",
                "WithConfig",
                "Customize",
            ];
            let name = rng.pick(&op_names);
            let to = format!("/#X-Amz-Target=AWSStepFunctions.{name}");
            rename_key(doc.get_mut("paths")?.as_object_mut()?, &from, &to);
            Some((format!("rename path {from} → {to}"), Expect::Anything))
        }
    }
}

fn duplicate_operation(ctx: &Ctx, m: &mut Mutant, rng: &mut Rng) -> Applied {
    let ps = paths(&m.doc);
    if ps.is_empty() {
        return None;
    }
    let from = rng.pick(&ps).clone();
    let item = m.doc["paths"][&from].clone();
    let name = from.rsplit('.').next().unwrap_or("Op").to_string();
    match rng.below(5) {
        // The same operation under names that clash once snake_cased.
        0 => {
            let mut lower = name.clone();
            if let Some(first) = lower.get_mut(0..1) {
                first.make_ascii_lowercase();
            }
            let twins = [
                lower,
                format!("{name}_"),
                name.to_uppercase(),
                format!("{name}2"),
            ];
            let twin = rng.pick_str(&twins);
            let to = format!("/#X-Amz-Target=AWSStepFunctions.{twin}");
            m.doc["paths"].as_object_mut()?.insert(to.clone(), item);
            Some((format!("copy {from} to {to}"), Expect::Anything))
        }
        // The same operation under other HTTP methods of its path.
        1 => {
            let post = item.get("post")?.clone();
            let method = *rng.pick(&["get", "put", "delete", "patch"]);
            m.doc["paths"][&from][method] = post;
            Some((format!("{from}: copy post to {method}"), Expect::Anything))
        }
        // A repeated key in the JSON text (the later one wins in JSON).
        2 => {
            let other = rng.pick(&ps).clone();
            let value = m.doc["paths"][&other].clone();
            let at = rng.below(ps.len() + 1);
            m.render = Render::JsonDupPath {
                pretty: rng.chance(1, 2),
                key: from.clone(),
                value,
                at,
            };
            Some((
                format!(
                    "JSON text repeats path key {from} (with the item of {other}) at entry {at}"
                ),
                Expect::Anything,
            ))
        }
        // A repeated key in the YAML source (YAML forbids it). The source
        // is the unmutated spec, so only as the first mutation (no extras
        // follow a source-text mutant).
        3 if m.descriptions.is_empty() => {
            let text = duplicate_yaml_path(&ctx.yaml, rng)?;
            m.render = Render::Raw(text.1);
            Some((
                format!("YAML source repeats path block {}", text.0),
                Expect::Anything,
            ))
        }
        // The same operationId under another target.
        _ => {
            let to = format!("/#X-Amz-Target=AWSStepFunctions.{name}Again");
            m.doc["paths"].as_object_mut()?.insert(to.clone(), item);
            Some((
                format!("copy {from} (same operationId) to {to}"),
                Expect::Anything,
            ))
        }
    }
}

/// The YAML source with one `paths` entry written twice.
fn duplicate_yaml_path(yaml: &str, rng: &mut Rng) -> Option<(String, String)> {
    let lines: Vec<&str> = yaml.lines().collect();
    let starts: Vec<usize> = lines
        .iter()
        .enumerate()
        .filter(|(_, l)| l.starts_with("  '/#X-Amz-Target="))
        .map(|(i, _)| i)
        .collect();
    if starts.is_empty() {
        return None;
    }
    let start = *rng.pick(&starts);
    let end = (start + 1..lines.len())
        .find(|&i| !lines[i].starts_with("   "))
        .unwrap_or(lines.len());
    let mut out: Vec<&str> = lines[..end].to_vec();
    out.extend_from_slice(&lines[start..end]);
    out.extend_from_slice(&lines[end..]);
    Some((lines[start].trim().to_string(), out.join("\n") + "\n"))
}

fn truncate(ctx: &Ctx, m: &mut Mutant, rng: &mut Rng) -> Applied {
    let at = rng.next() as f64 / u64::MAX as f64;
    m.truncate = Some(at);
    if rng.chance(1, 4) {
        // The original YAML source; a cut YAML document may even be valid.
        m.render = Render::Raw(ctx.yaml.clone());
        return Some((
            format!("YAML source cut at {:.4} of its length", at),
            Expect::Anything,
        ));
    }
    let pretty = rng.chance(1, 2);
    m.render = Render::Json { pretty };
    Some((
        format!(
            "{} JSON text cut at {at:.4} of its length",
            if pretty { "pretty" } else { "compact" }
        ),
        // Cut JSON is never a complete value, so the parser must say where.
        Expect::LoadWithLocation,
    ))
}

fn non_aws_target(doc: &mut Value, rng: &mut Rng) -> Applied {
    let ps = paths(doc);
    if ps.is_empty() {
        return None;
    }
    let map = doc.get_mut("paths")?.as_object_mut()?;
    if rng.chance(1, 8) {
        // No AWS operation left at all.
        for (i, p) in ps.iter().enumerate() {
            rename_key(map, p, &format!("/op{i}"));
        }
        return Some((
            "every path renamed to /op<N>".into(),
            Expect::LowerAt("/paths".into()),
        ));
    }
    let from = rng.pick(&ps).clone();
    let name = from.rsplit('.').next().unwrap_or("Op");
    let forms = [
        format!("/states/{name}"),
        "/".to_string(),
        "/#X-Amz-Target=".to_string(),
        format!("/#X-Amz-Target={name}"),
        format!("/#X-Amz-Target=.{name}"),
        "/#X-Amz-Target=AWSStepFunctions.".to_string(),
        format!("/#X-Amz-Target=Other.{name}"),
        format!("/#X-Amz-Target=AWSStepFunctions.{name} Two"),
        format!("/#X-Amz-Target=AWSStepFunctions.{name}.V2"),
        format!("/#x-amz-target=AWSStepFunctions.{name}"),
        format!("/?Action={name}"),
        "/#X-Amz-Target=AWSStepFunctions.日本".to_string(),
        format!("#X-Amz-Target=AWSStepFunctions.{name}"),
        format!("/#X-Amz-Target=AWSStepFunctions.{name}#frag"),
    ];
    let to = rng.pick(&forms).clone();
    rename_key(map, &from, &to);
    Some((
        format!("rename path {from} → {to}"),
        Expect::LowerUnder("/paths".into()),
    ))
}

// ---------------------------------------------------------------------------
// Running a mutant

fn render(m: &Mutant) -> String {
    let text = match &m.render {
        Render::Json { pretty: true } => serde_json::to_string_pretty(&m.doc).unwrap(),
        Render::Json { pretty: false } => serde_json::to_string(&m.doc).unwrap(),
        Render::Yaml => serde_yaml::to_string(&m.doc).unwrap(),
        Render::JsonDupPath {
            pretty,
            key,
            value,
            at,
        } => {
            const HOLE: &str = "\u{1}PATHS\u{1}";
            let mut doc = m.doc.clone();
            let entries = doc
                .get("paths")
                .and_then(Value::as_object)
                .cloned()
                .unwrap_or_default();
            doc["paths"] = json!(HOLE);
            let mut items: Vec<String> = entries
                .iter()
                .map(|(k, v)| format!("{}:{}", json!(k), v))
                .collect();
            items.insert((*at).min(items.len()), format!("{}:{}", json!(key), value));
            let paths = format!("{{{}}}", items.join(","));
            let text = if *pretty {
                serde_json::to_string_pretty(&doc).unwrap()
            } else {
                serde_json::to_string(&doc).unwrap()
            };
            text.replacen(&json!(HOLE).to_string(), &paths, 1)
        }
        Render::Raw(text) => text.clone(),
    };
    match m.truncate {
        Some(at) => {
            // At least one byte survives; cut on a char boundary.
            let mut cut = ((text.len() as f64 * at) as usize).clamp(1, text.len() - 1);
            while !text.is_char_boundary(cut) {
                cut -= 1;
            }
            text[..cut].to_string()
        }
        None => text,
    }
}

#[derive(Debug)]
enum Outcome {
    Ok { diagnostics: usize, emitted: bool },
    Load(generator::load::LoadError),
    Lower(generator::lower::LowerError),
    Emit(generator::emit::EmitError),
    Panic(String),
}

struct Report {
    index: usize,
    descriptions: Vec<String>,
    expect: Expect,
    outcome: Outcome,
    /// Failures that are not panics: errors without a usable location.
    violations: Vec<String>,
    times: [Duration; 3],
}

thread_local! {
    /// The last panic on this thread (message and where), set by the hook.
    static LAST_PANIC: RefCell<Option<String>> = const { RefCell::new(None) };
}

struct Baseline {
    /// Files besides the per-operation modules.
    fixed_files: usize,
    diagnostics: usize,
    /// Hashes of the IRs emitted so far. `emit` is a pure function of the
    /// IR, and many mutations (an `x-` key, a header parameter, an example)
    /// leave the IR as it was: emitting it again would test nothing new.
    emitted: Mutex<HashSet<u64>>,
}

fn ir_hash(service: &generator::ir::Service) -> u64 {
    let mut h = std::hash::DefaultHasher::new();
    serde_json::to_string(service)
        .expect("the IR serializes")
        .hash(&mut h);
    h.finish()
}

fn run(m: &Mutant, config: &generator::SpecConfig, baseline: &Baseline) -> Report {
    let text = render(m);
    let mut times = [Duration::ZERO; 3];
    let mut sanity = Vec::new();
    // (pointer, diagnostic as shown) of every diagnostic.
    let mut diagnostic_pointers: Vec<(String, String)> = Vec::new();
    let result = panic::catch_unwind(AssertUnwindSafe(|| {
        let t = Instant::now();
        let api = generator::load::load_str(&text, "mutant.json");
        times[0] = t.elapsed();
        let api = match api {
            Ok(api) => api,
            Err(e) => return Outcome::Load(e),
        };
        let t = Instant::now();
        let lowered = generator::lower::lower(&api, config);
        times[1] = t.elapsed();
        let (service, diagnostics) = match lowered {
            Ok(x) => x,
            Err(e) => return Outcome::Lower(e),
        };
        // Diagnostics say where, too (checked against the document below).
        diagnostic_pointers.extend(
            diagnostics
                .iter()
                .map(|d| (d.pointer.clone(), d.to_string())),
        );
        if !baseline.emitted.lock().unwrap().insert(ir_hash(&service)) {
            return Outcome::Ok {
                diagnostics: diagnostics.len(),
                emitted: false,
            };
        }
        let t = Instant::now();
        let files = generator::emit::emit(&service);
        times[2] = t.elapsed();
        match files {
            Ok(files) => {
                // Every operation gets its own module file: a clash would
                // silently overwrite another generated file.
                let expected = baseline.fixed_files + service.operations.len();
                if files.len() != expected {
                    sanity.push(format!(
                        "emit wrote {} files for {} operations, expected {expected}: two files share a path",
                        files.len(),
                        service.operations.len()
                    ));
                }
                Outcome::Ok {
                    diagnostics: diagnostics.len(),
                    emitted: true,
                }
            }
            Err(e) => Outcome::Emit(e),
        }
    }));
    let outcome = result.unwrap_or_else(|payload| {
        let msg = LAST_PANIC
            .with(|p| p.borrow_mut().take())
            .unwrap_or_else(|| {
                payload
                    .downcast_ref::<&str>()
                    .map(|s| s.to_string())
                    .or_else(|| payload.downcast_ref::<String>().cloned())
                    .unwrap_or_else(|| "<non-string panic>".into())
            });
        Outcome::Panic(msg)
    });
    // The mutant as the loader saw it, to check pointers against: the
    // mutated value itself when it was rendered as is, else the text parsed
    // again (only when there is a pointer to check).
    let verbatim = matches!(m.render, Render::Json { .. } | Render::Yaml) && m.truncate.is_none();
    let needs_doc = match &outcome {
        Outcome::Lower(_) => true,
        Outcome::Load(e) => e.location.is_none() && !e.pointer.is_empty(),
        _ => !diagnostic_pointers.is_empty(),
    };
    let reparsed: Option<Value> = (needs_doc && !verbatim)
        .then(|| {
            serde_json::from_str(&text)
                .ok()
                .or_else(|| serde_yaml::from_str(&text).ok())
        })
        .flatten();
    let seen = if verbatim {
        Some(&m.doc)
    } else {
        reparsed.as_ref()
    };
    let mut violations = check(m, &outcome, seen, &text);
    for (p, d) in &diagnostic_pointers {
        if !p.starts_with('/') || !resolves(seen, p) {
            violations.push(format!(
                "diagnostic pointer {p:?} is not in the document: {d}"
            ));
        }
    }
    violations.extend(sanity);
    Report {
        index: m.index,
        descriptions: m.descriptions.clone(),
        expect: m.expect.clone(),
        outcome,
        violations,
        times,
    }
}

/// Whether `ptr` names a node of `doc`, or a missing member of an existing
/// node (e.g. "missing field" at the parent, or `/paths` when absent).
fn resolves(doc: Option<&Value>, ptr: &str) -> bool {
    let Some(doc) = doc else {
        // Text that is not a JSON/YAML value: only locations can help.
        return false;
    };
    if doc.pointer(ptr).is_some() {
        return true;
    }
    match ptr.rsplit_once('/') {
        Some((parent, _)) => doc.pointer(parent).is_some_and(|p| p.is_object()),
        None => false,
    }
}

fn check(m: &Mutant, outcome: &Outcome, doc: Option<&Value>, text: &str) -> Vec<String> {
    let mut v = Vec::new();
    match outcome {
        Outcome::Load(e) => {
            match e.location {
                Some((line, _)) => {
                    let lines = text.lines().count().max(1);
                    if line == 0 || line > lines + 1 {
                        v.push(format!(
                            "load error location {:?} is outside the text ({lines} lines): {e}",
                            e.location
                        ));
                    }
                }
                None if e.pointer.is_empty() => {
                    // The document root is an honest location only when the
                    // problem is the whole document (it is not an OpenAPI
                    // object at all) or a member the root object lacks, which
                    // the message then names. Anything else at the root means
                    // the loader lost track of where the problem is.
                    let whole = e.message.starts_with("not an OpenAPI document")
                        || e.message.starts_with("missing field `");
                    if !whole {
                        v.push(format!(
                            "load error names neither a pointer nor a line: {e}"
                        ));
                    }
                }
                None => {
                    if !resolves(doc, &e.pointer) {
                        v.push(format!(
                            "load error pointer {:?} is not in the document: {e}",
                            e.pointer
                        ));
                    }
                }
            }
        }
        Outcome::Lower(e) => {
            if !e.pointer.starts_with('/') {
                v.push(format!("lower error without a pointer: {e}"));
            } else if !resolves(doc, &e.pointer) {
                v.push(format!(
                    "lower error pointer {:?} is not in the document: {e}",
                    e.pointer
                ));
            }
        }
        Outcome::Emit(e) => {
            if e.file.is_empty() {
                v.push(format!("emit error without a file: {e}"));
            }
        }
        Outcome::Ok { .. } | Outcome::Panic(_) => {}
    }
    // What a lone mutation of a known place must produce.
    match (&m.expect, outcome) {
        (Expect::LowerAt(p), Outcome::Lower(e)) if &e.pointer != p => {
            v.push(format!("expected the lowering error at {p}, got: {e}"))
        }
        (Expect::LowerAtOneOf(ps), Outcome::Lower(e)) if !ps.contains(&e.pointer) => v.push(
            format!("expected the lowering error at one of {ps:?}, got: {e}"),
        ),
        (Expect::LowerAtOneOf(ps), Outcome::Ok { .. } | Outcome::Load(_)) => v.push(format!(
            "an alias cycle through {ps:?} must be a lowering error, got {}",
            outcome_name(outcome)
        )),
        (Expect::LowerUnder(p), Outcome::Lower(e)) if !e.pointer.starts_with(p.as_str()) => {
            v.push(format!("expected the lowering error under {p}, got: {e}"))
        }
        (Expect::LoadOnPathOf(p), Outcome::Load(e))
            if e.location.is_none() && !on_path(&e.pointer, p) =>
        {
            v.push(format!(
                "the mutation is at {p}, but the load error points elsewhere: {e}"
            ))
        }
        (Expect::LoadWithLocation, Outcome::Load(e)) if e.location.is_none() => {
            v.push(format!("cut JSON must fail with a line/column: {e}"))
        }
        (Expect::LoadWithLocation, o) if !matches!(o, Outcome::Load(_) | Outcome::Panic(_)) => v
            .push(format!(
                "cut JSON must fail to load, got {}",
                outcome_name(o)
            )),
        _ => {}
    }
    v
}

/// Whether `a` and `b` are the same node or one contains the other.
fn on_path(a: &str, b: &str) -> bool {
    let within = |inner: &str, outer: &str| {
        inner == outer
            || inner
                .strip_prefix(outer)
                .is_some_and(|rest| rest.starts_with('/'))
    };
    within(a, b) || within(b, a)
}

fn outcome_name(o: &Outcome) -> &'static str {
    match o {
        Outcome::Ok { .. } => "ok",
        Outcome::Load(_) => "load error",
        Outcome::Lower(_) => "lower error",
        Outcome::Emit(_) => "emit error",
        Outcome::Panic(_) => "panic",
    }
}

fn env_num(name: &str) -> Option<u64> {
    let v = std::env::var(name).ok()?;
    let v = v.trim();
    match v.strip_prefix("0x") {
        Some(hex) => u64::from_str_radix(hex, 16).ok(),
        None => v.parse().ok(),
    }
}

#[test]
fn two_thousand_mutants_never_panic_and_failures_say_where() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("tests/ has a parent");
    let spec_path = root.join(STATES_SPEC);
    let yaml = std::fs::read_to_string(&spec_path).expect("pinned spec");
    let base: Value = serde_yaml::from_str(&yaml).expect("pinned spec is YAML");
    let config = generator::config_beside(&spec_path).expect("config");
    let ctx = Ctx { yaml };

    let seed = env_num("MUTATION_SEED").unwrap_or(DEFAULT_SEED);
    let count = env_num("MUTATION_COUNT").map_or(DEFAULT_COUNT, |n| n as usize);
    let only = env_num("MUTATION_ONLY").map(|n| n as usize);
    let verbose = std::env::var_os("MUTATION_VERBOSE").is_some();
    let threads = env_num("MUTATION_THREADS")
        .map(|n| n as usize)
        .unwrap_or_else(|| {
            std::thread::available_parallelism()
                .map_or(1, |n| n.get())
                .min(2)
        })
        .max(1);

    // The unmutated spec generates, and tells how many files are fixed.
    let t = Instant::now();
    let api = generator::load::load_str(&serde_json::to_string(&base).unwrap(), "base.json")
        .expect("the pinned spec loads");
    let (service, diagnostics) = generator::lower::lower(&api, &config).expect("lowers");
    let files = generator::emit::emit(&service).expect("emits");
    let baseline = Baseline {
        fixed_files: files.len() - service.operations.len(),
        diagnostics: diagnostics.len(),
        emitted: Mutex::new(HashSet::from([ir_hash(&service)])),
    };
    println!(
        "baseline: {} operations, {} files, {} diagnostics, generated in {:.2?}",
        service.operations.len(),
        files.len(),
        diagnostics.len(),
        t.elapsed()
    );

    let indices: Vec<usize> = match only {
        Some(i) => vec![i],
        None => (0..count).collect(),
    };
    let previous_hook = panic::take_hook();
    panic::set_hook(Box::new(|info| {
        let loc = info
            .location()
            .map(|l| format!(" at {}:{}", l.file(), l.line()))
            .unwrap_or_default();
        let msg = info
            .payload()
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "<non-string panic>".into());
        LAST_PANIC.with(|p| *p.borrow_mut() = Some(format!("{msg}{loc}")));
    }));

    let started = Instant::now();
    let mut reports: Vec<Report> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads)
            .map(|w| {
                let (ctx, base, config, baseline, indices) =
                    (&ctx, &base, &config, &baseline, &indices);
                scope.spawn(move || {
                    let mut out = Vec::new();
                    for &i in indices.iter().skip(w).step_by(threads) {
                        let m = mutate(ctx, base, i, seed);
                        if verbose {
                            eprintln!("mutant {i}: {}", m.descriptions.join("; "));
                        }
                        // A thread per mutant, named after it: a stack
                        // overflow aborts the process, and Rust's message
                        // then names the thread.
                        let report = std::thread::scope(|s| {
                            std::thread::Builder::new()
                                .name(format!("mutant-{i}"))
                                .spawn_scoped(s, || run(&m, config, baseline))
                                .expect("spawn")
                                .join()
                                .expect("run() catches panics")
                        });
                        if verbose {
                            eprintln!("  → {}", outcome_name(&report.outcome));
                        }
                        out.push(report);
                    }
                    out
                })
            })
            .collect();
        workers
            .into_iter()
            .flat_map(|w| w.join().expect("worker"))
            .collect()
    });
    let elapsed = started.elapsed();
    panic::set_hook(previous_hook);
    reports.sort_by_key(|r| r.index);

    // Tally.
    let n = reports.len();
    let count_of = |f: &dyn Fn(&Outcome) -> bool| reports.iter().filter(|r| f(&r.outcome)).count();
    let ok = count_of(&|o| matches!(o, Outcome::Ok { .. }));
    let emitted = count_of(&|o| matches!(o, Outcome::Ok { emitted: true, .. }));
    let load = count_of(&|o| matches!(o, Outcome::Load(_)));
    let load_located = count_of(&|o| matches!(o, Outcome::Load(e) if e.location.is_some()));
    let lower = count_of(&|o| matches!(o, Outcome::Lower(_)));
    let emit = count_of(&|o| matches!(o, Outcome::Emit(_)));
    let panics: Vec<&Report> = reports
        .iter()
        .filter(|r| matches!(r.outcome, Outcome::Panic(_)))
        .collect();
    let diags: usize = reports
        .iter()
        .map(|r| match r.outcome {
            Outcome::Ok { diagnostics, .. } => diagnostics,
            _ => 0,
        })
        .sum();
    let more_diags = reports
        .iter()
        .filter(|r| matches!(r.outcome, Outcome::Ok { diagnostics, .. } if diagnostics > baseline.diagnostics))
        .count();
    let multi = reports.iter().filter(|r| r.descriptions.len() > 1).count();
    let total = |i: usize| reports.iter().map(|r| r.times[i]).sum::<Duration>();

    println!("\nmutation test: seed {seed:#x}, {n} mutants ({multi} with several mutations), {threads} thread(s), {elapsed:.2?}");
    println!("  ok            {ok:5}   ({emitted} emitted, {} with an IR emitted before; {diags} diagnostics in all, {more_diags} mutants with more than the baseline's {})", ok - emitted, baseline.diagnostics);
    println!(
        "  load error    {load:5}   ({load_located} with line/column, {} with a pointer only)",
        load - load_located
    );
    println!("  lower error   {lower:5}");
    println!("  emit error    {emit:5}");
    println!("  panic         {:5}", panics.len());
    println!(
        "  time in load {:.2?}, lower {:.2?}, emit {:.2?} (summed over threads)",
        total(0),
        total(1),
        total(2)
    );
    // How closely pointer-only load errors locate a lone mutation.
    let (mut exact, mut above, mut below, mut levels) = (0, 0, 0, 0);
    for r in &reports {
        if let (Expect::LoadOnPathOf(p), Outcome::Load(e)) = (&r.expect, &r.outcome) {
            if e.location.is_some() || !on_path(&e.pointer, p) {
                continue;
            }
            let depth = |s: &str| s.matches('/').count();
            match depth(&e.pointer).cmp(&depth(p)) {
                std::cmp::Ordering::Equal => exact += 1,
                std::cmp::Ordering::Less => {
                    above += 1;
                    levels += depth(p) - depth(&e.pointer);
                }
                std::cmp::Ordering::Greater => below += 1,
            }
        }
    }
    println!(
        "  lone mutations of one node that failed to load: {exact} at the node, {above} at an ancestor ({:.1} levels up on average), {below} inside the new value",
        levels as f64 / above.max(1) as f64
    );
    let mut slowest: Vec<&Report> = reports.iter().collect();
    slowest.sort_by_key(|r| std::cmp::Reverse(r.times.iter().sum::<Duration>()));
    for r in slowest.iter().take(3) {
        println!(
            "  slow: mutant {} ({}) load {:.2?} lower {:.2?} emit {:.2?}: {}",
            r.index,
            outcome_name(&r.outcome),
            r.times[0],
            r.times[1],
            r.times[2],
            r.descriptions.join("; ")
        );
    }
    println!("  by primary kind (ok / load / lower / emit / panic):");
    for (k, kind) in KINDS.iter().enumerate() {
        let of_kind: Vec<&Report> = reports
            .iter()
            .filter(|r| r.index % KINDS.len() == k)
            .collect();
        let c = |name: &str| {
            of_kind
                .iter()
                .filter(|r| outcome_name(&r.outcome) == name)
                .count()
        };
        println!(
            "    {:<20} {:4} {:4} {:4} {:4} {:4}",
            format!("{kind:?}"),
            c("ok"),
            c("load error"),
            c("lower error"),
            c("emit error"),
            c("panic")
        );
    }
    if verbose || only.is_some() {
        for r in &reports {
            println!("mutant {}: {}", r.index, r.descriptions.join("; "));
            match &r.outcome {
                Outcome::Load(e) => println!("  load error: {e}"),
                Outcome::Lower(e) => println!("  lower error: {e}"),
                Outcome::Emit(e) => println!("  emit error: {e}"),
                o => println!("  {}", outcome_name(o)),
            }
        }
    }

    let repro = |r: &Report| {
        format!(
            "mutant {} [MUTATION_SEED={seed:#x} MUTATION_ONLY={}]: {}",
            r.index,
            r.index,
            r.descriptions.join("; ")
        )
    };
    let mut failures = String::new();
    if !panics.is_empty() {
        writeln!(
            failures,
            "{} mutants panicked; the first ones:",
            panics.len()
        )
        .unwrap();
        for r in panics.iter().take(8) {
            if let Outcome::Panic(msg) = &r.outcome {
                writeln!(failures, "  {}\n    panic: {msg}", repro(r)).unwrap();
            }
        }
    }
    let bad: Vec<&Report> = reports
        .iter()
        .filter(|r| !r.violations.is_empty())
        .collect();
    if !bad.is_empty() {
        writeln!(
            failures,
            "{} mutants failed without saying where; the first ones:",
            bad.len()
        )
        .unwrap();
        for r in bad.iter().take(8) {
            writeln!(
                failures,
                "  {}\n    {}",
                repro(r),
                r.violations.join("\n    ")
            )
            .unwrap();
        }
    }
    assert!(failures.is_empty(), "\n{failures}");

    // The mix must be sane, or the test is not testing anything.
    if only.is_none() && count >= 500 {
        assert!(ok >= n / 20, "only {ok} of {n} mutants generated");
        assert!(load >= n / 20, "only {load} of {n} mutants failed to load");
        assert!(load_located > 0, "no load error had a line/column");
        assert!(load > load_located, "no load error had only a pointer");
        assert!(
            lower >= n / 20,
            "only {lower} of {n} mutants failed to lower"
        );
        assert!(more_diags > 0, "no mutant produced new diagnostics");
        assert!(
            emitted >= n / 20,
            "only {emitted} of {n} mutants were emitted"
        );
        // Emit errors mean the generator produced unparsable Rust; they are
        // reported above (with their file) but are not required to occur.
    }

    let compile = env_num("MUTATION_COMPILE").map_or(DEFAULT_COMPILE, |n| n as usize);
    compile_sample(root, &ctx, &base, &config, seed, &reports, compile);
}

/// Emitting is not enough: a crate can parse and still not build, lint or
/// document cleanly, or carry spec text as a doctest that runs. So `n`
/// emitted mutants are compiled, taken in turn from four groups (each by
/// index, so the sample is deterministic): those that changed `info`
/// (title, version and names reach docs, `Cargo.toml` and the package
/// name), those given enum values shaped like code blocks, the other
/// odd-names ones, and the rest. Each is generated again under its own package
/// name, and the sample gets clippy and rustdoc with `-D warnings` and its
/// doctests run, in one scratch workspace: every crate's only doctest must
/// be the generator's usage example.
fn compile_sample(
    root: &Path,
    ctx: &Ctx,
    base: &Value,
    config: &generator::SpecConfig,
    seed: u64,
    reports: &[Report],
    n: usize,
) {
    let odd_names = KINDS.iter().position(|k| *k == Kind::OddNames);
    let rank = |r: &Report| {
        let any = |p: &dyn Fn(&str) -> bool| r.descriptions.iter().any(|d| p(d));
        if any(&|d| d.contains("/info/")) {
            0
        } else if any(&|d| d.contains("enum values") && d.contains("doctest")) {
            1
        } else if Some(r.index % KINDS.len()) == odd_names {
            2
        } else {
            3
        }
    };
    // By rank, lowest index first; then the first of each rank, the second
    // of each, … so that a small sample still covers every rank.
    let mut ranked: [Vec<usize>; 4] = Default::default();
    for r in reports {
        if matches!(r.outcome, Outcome::Ok { emitted: true, .. }) {
            ranked[rank(r)].push(r.index);
        }
    }
    let longest = ranked.iter().map(Vec::len).max().unwrap_or(0);
    let sample: Vec<usize> = (0..longest)
        .flat_map(|i| ranked.iter().filter_map(move |group| group.get(i).copied()))
        .take(n)
        .collect();
    if sample.is_empty() {
        return;
    }
    let t = Instant::now();
    let mut scratch = project_tests::scratch::Scratch::new(root, "mutation-check");
    for &i in &sample {
        let m = mutate(ctx, base, i, seed);
        let member = format!("mutant-{i}");
        // On a thread of its own, as in the run above (same stack size).
        let files = std::thread::scope(|s| {
            s.spawn(|| {
                let api = generator::load::load_str(&render(&m), "mutant.json")
                    .unwrap_or_else(|e| panic!("mutant {i} loaded before: {e}"));
                let (mut service, _) = generator::lower::lower(&api, config)
                    .unwrap_or_else(|e| panic!("mutant {i} lowered before: {e}"));
                service.crate_name = member.clone();
                generator::emit::emit(&service)
                    .unwrap_or_else(|e| panic!("mutant {i} emitted before: {e}"))
            })
            .join()
            .expect("regenerating a mutant")
        });
        scratch.add(&member, &files);
    }
    scratch.check_clean();
    scratch.check_no_spec_doctests();
    println!(
        "compiled mutants {sample:?} (clippy, rustdoc, doctests) in {:.2?}",
        t.elapsed()
    );
}
