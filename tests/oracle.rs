//! The differential wire oracle (issues 11 and 12) on the committed specs:
//! every operation's request, signature and parsed responses must equal
//! botocore's, except the differences listed with their causes in
//! `tests/oracle/known.txt`. A new difference fails the test; a listed one
//! that went away is reported so the list can shrink.
//!
//! Needs Python 3 and network access on the first run only: botocore
//! (pinned in xtask/botocore/requirements.txt) is installed by pip into
//! target/botocore-venv, as `cargo xtask model` does. The generated crates
//! and drivers build under target/oracle/ (minutes the first time).

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use xtask::oracle::{OracleArgs, SpecResult};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap()
}

/// `(spec dir, operation, area)` → cause, from `tests/oracle/known.txt`.
fn known() -> BTreeMap<(String, String, String), String> {
    let path = root().join("tests/oracle/known.txt");
    let text = std::fs::read_to_string(&path).unwrap();
    let mut out = BTreeMap::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (key, cause) = line.split_once(" -- ").unwrap_or_else(|| {
            panic!(
                "{}:{}: expected `spec op area -- cause`",
                path.display(),
                n + 1
            )
        });
        let parts: Vec<&str> = key.split_whitespace().collect();
        let [spec, op, area] = parts[..] else {
            panic!(
                "{}:{}: expected `spec op area -- cause`",
                path.display(),
                n + 1
            );
        };
        assert!(
            ["input", "request", "signature", "response"].contains(&area),
            "{}:{}: unknown area {area}",
            path.display(),
            n + 1
        );
        assert!(
            !cause.trim().is_empty(),
            "{}:{}: a cause is required",
            path.display(),
            n + 1
        );
        out.insert(
            (spec.into(), op.into(), area.into()),
            cause.trim().to_string(),
        );
    }
    out
}

fn run(specs: &[&str]) -> Vec<SpecResult> {
    let args = OracleArgs {
        specs: specs.iter().map(|s| s.to_string()).collect(),
        ..Default::default()
    };
    xtask::oracle::run(root(), &args).unwrap_or_else(|e| panic!("oracle: {e}"))
}

#[test]
fn committed_specs_match_botocore_except_known_differences() {
    let known = known();
    // Every committed spec (specs/manifest.toml), whatever its protocol: a
    // newly committed crate (generated/lambda) is checked from the start.
    let results = run(&[]);
    let mut unexpected = Vec::new();
    let mut seen = BTreeSet::new();
    for r in &results {
        assert!(
            r.error.is_none(),
            "{}: {}",
            r.id,
            r.error.as_deref().unwrap_or_default()
        );
        assert!(r.checked() > 0, "{}: no operation checked", r.id);
        for op in &r.ops {
            if let Some(why) = &op.skipped {
                unexpected.push(format!("{} {}: not checked: {why}", r.dir, op.name));
            }
            for (area, diff) in &op.areas {
                let key = (r.dir.clone(), op.name.clone(), area.label().to_string());
                if known.contains_key(&key) {
                    seen.insert(key);
                    continue;
                }
                unexpected.push(format!("{} {} {} -- {diff}", r.dir, op.name, area.label()));
            }
        }
    }
    let gone: Vec<String> = known
        .keys()
        .filter(|k| !seen.contains(*k))
        .map(|(s, o, a)| format!("{s} {o} {a}"))
        .collect();
    if !gone.is_empty() {
        // Fixed since listed: the entries can go.
        eprintln!(
            "tests/oracle/known.txt lists differences that are gone:\n  {}",
            gone.join("\n  ")
        );
    }
    assert!(
        unexpected.is_empty(),
        "differences from botocore not in tests/oracle/known.txt ({}):\n  {}",
        unexpected.len(),
        unexpected.join("\n  ")
    );
}
