//! `cargo xtask corpus`: generate every spec of an apis.guru mirror, compile
//! the crates, and report per spec what worked.
//!
//! 1. Reads `<base>/list.json` and takes each id's preferred version (all of
//!    them, or the `--only` ones).
//! 2. Unless `--no-model`, extracts every spec's AWS model from the pinned
//!    botocore in one run ([`crate::model`]) into
//!    `target/corpus/models/<provider>/<service>/<version>/aws-model.json`.
//! 3. Generates each spec in-process with [`generator::generate_with_model`]
//!    on a few threads (that model; the default [`generator::SpecConfig`], or
//!    the `config.toml` of the spec pinned in `specs/manifest.toml` for the
//!    same id), timing it,
//!    and writes the crate to `target/corpus/ws/<service>/` (only files whose
//!    bytes changed, so cargo rebuilds only what changed between runs).
//! 4. Writes `target/corpus/ws/Cargo.toml` listing the crates, removes the
//!    crates of earlier runs, and copies the repository's `Cargo.lock` in so
//!    the crates build against the same dependency versions as `generated/`.
//! 5. Unless `--no-compile`, compiles the selected crates with one target
//!    dir (`target/corpus/target`) and one cargo invocation per stage over
//!    all of them (`--keep-going --message-format json`, diagnostics
//!    attributed to crates through the JSON `package_id`, see
//!    [`Attribution`]): `cargo clippy -- -D warnings`, which also tells which
//!    crates fail `cargo check` (compile errors vs lints), `cargo check` only
//!    for crates whose clippy failed on lints alone, then `cargo doc
//!    --no-deps` with `RUSTDOCFLAGS=-Dwarnings` on the crates that passed
//!    check (HTML in `target/corpus/doc/<bucket>/`, see [`doc_bucket`]).
//!    `CARGO_INCREMENTAL` defaults to 0. `--per-crate` runs check, clippy and doc as `-p <crate>` per
//!    crate instead, `--jobs` at a time: same results, about twice as slow.
//! 6. Prints a table and writes it, with totals and timings, to `CORPUS.md`
//!    (or `--out`); see [`render_markdown`].
//!
//! A spec of a protocol the generator does not support yet (see
//! [`generator::lower::Protocol`]) is refused by the generator before
//! lowering; its row says `<protocol> (unsupported)` and it counts as
//! unsupported, never as failed or generated, and is never compiled.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::io::{BufRead, BufReader, Write as _};
use std::panic::AssertUnwindSafe;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant, SystemTime};

use serde::Deserialize;

use generator::lower::Protocol;

use crate::fetch;
use crate::manifest::Manifest;
use crate::pull::SpecRef;

/// The mirror used when no `--base` is given, relative to the repository root.
pub const DEFAULT_MIRROR: &str = "../shared/apis-guru/v2";

/// Scratch directory, relative to the repository root.
pub const CORPUS_DIR: &str = "target/corpus";

/// Longest "first error" kept in the table (longer ones are cut with `…`).
const MAX_ERROR_CHARS: usize = 200;

/// Options of `cargo xtask corpus` (see the subcommand's `--help`).
#[derive(clap::Args, Debug, Clone, Default, PartialEq, Eq)]
pub struct CorpusArgs {
    /// apis.guru v2 base: a file:// or http(s):// URL, or a directory
    /// [default: ../shared/apis-guru/v2/ beside the repository, if it exists]
    #[arg(long, value_name = "URL")]
    pub base: Option<String>,

    /// With --per-crate: how many cargo processes run at once. They share
    /// one target dir, whose build lock cargo holds while compiling, so they
    /// overlap only partly.
    #[arg(long, value_name = "N", default_value_t = 1,
          value_parser = clap::value_parser!(u32).range(1..))]
    pub jobs: u32,

    /// Only these specs (comma-separated, repeatable): apis.guru ids
    /// (`amazonaws.com:states`) or service names (`states`). With --largest,
    /// all specs are generated and these are compiled in addition to the K
    /// largest.
    #[arg(long, value_name = "A,B,C", value_delimiter = ',')]
    pub only: Vec<String>,

    /// Generate every spec but compile only the K largest (by operation
    /// count) plus the --only ones.
    #[arg(long, value_name = "K")]
    pub largest: Option<usize>,

    /// Generate only: no cargo check/clippy/doc.
    #[arg(long)]
    pub no_compile: bool,

    /// Generate without AWS models. By default every spec's model is first
    /// extracted from the pinned botocore (one Python process, see `cargo
    /// xtask model`) into target/corpus/models/ and generation uses it.
    #[arg(long)]
    pub no_model: bool,

    /// Run check, clippy and doc once per crate (`-p <crate>`) instead of
    /// once per stage over all crates. Same results, about twice as slow;
    /// a cross-check of the default mode.
    #[arg(long)]
    pub per_crate: bool,

    /// Where to write the report [default: CORPUS.md at the repository root]
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
}

// ---------------------------------------------------------------------------
// The spec list

/// One apis.guru entry at its preferred version.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Spec {
    /// apis.guru id, e.g. `amazonaws.com:states`.
    pub id: String,
    /// The preferred version, e.g. `2016-11-23`.
    pub version: String,
    /// `info.x-serviceName` of that version, if any.
    pub service_name: Option<String>,
}

impl Spec {
    /// The id's service part (`states`), or the whole id if it has none.
    pub fn service(&self) -> &str {
        self.id.split_once(':').map_or(self.id.as_str(), |(_, s)| s)
    }

    /// Directory of the crate in the scratch workspace.
    pub fn dir(&self) -> String {
        self.service().to_string()
    }

    fn matches(&self, name: &str) -> bool {
        [
            Some(self.id.as_str()),
            Some(self.service()),
            self.service_name.as_deref(),
        ]
        .into_iter()
        .flatten()
        .any(|candidate| candidate.eq_ignore_ascii_case(name))
    }
}

#[derive(Deserialize)]
struct ListEntry {
    preferred: Option<String>,
    versions: BTreeMap<String, ListVersion>,
}

#[derive(Deserialize)]
struct ListVersion {
    #[serde(default)]
    info: serde_json::Value,
}

/// The specs of a `list.json`, sorted by id, each at its preferred version
/// (the newest listed version if none is marked preferred).
pub fn parse_list(bytes: &[u8]) -> Result<Vec<Spec>, String> {
    let list: BTreeMap<String, ListEntry> =
        serde_json::from_slice(bytes).map_err(|e| e.to_string())?;
    let mut specs = Vec::new();
    for (id, entry) in list {
        let Some(version) = entry
            .preferred
            .clone()
            .or_else(|| entry.versions.keys().next_back().cloned())
        else {
            continue;
        };
        let service_name = entry
            .versions
            .get(&version)
            .and_then(|v| v.info.get("x-serviceName"))
            .and_then(|v| v.as_str())
            .map(str::to_string);
        specs.push(Spec {
            id,
            version,
            service_name,
        });
    }
    Ok(specs)
}

/// The `--only` values: split on commas, trimmed, blanks and repeats dropped,
/// first occurrence order kept.
pub fn parse_only(values: &[String]) -> Vec<String> {
    let mut seen = BTreeSet::new();
    values
        .iter()
        .flat_map(|v| v.split(','))
        .map(str::trim)
        .filter(|v| !v.is_empty() && seen.insert(v.to_ascii_lowercase()))
        .map(str::to_string)
        .collect()
}

/// Indices into `specs` of the ones `names` designate (by id, id service
/// part or `x-serviceName`, case-insensitively), sorted. Unknown names are an
/// error with suggestions.
pub fn select(specs: &[Spec], names: &[String]) -> Result<BTreeSet<usize>, String> {
    let mut picked = BTreeSet::new();
    let mut unknown = Vec::new();
    for name in names {
        let mut found = false;
        for (i, spec) in specs.iter().enumerate() {
            if spec.matches(name) {
                picked.insert(i);
                found = true;
            }
        }
        if !found {
            let hints = crate::pull::suggest(name, specs.iter().map(|s| s.id.as_str()));
            unknown.push(if hints.is_empty() {
                format!("`{name}`")
            } else {
                format!("`{name}` (did you mean {}?)", hints.join(", "))
            });
        }
    }
    if unknown.is_empty() {
        Ok(picked)
    } else {
        Err(format!("--only: unknown spec(s) {}", unknown.join(", ")))
    }
}

/// For items in priority order (`(id, key)`), the ones whose key was already
/// taken by an earlier item: `later id → earlier id`. Keys are compared the
/// way cargo compares package names (case-insensitive, `-` = `_`).
pub fn collisions<'a>(
    items: impl IntoIterator<Item = (&'a str, &'a str)>,
) -> BTreeMap<String, String> {
    let mut owners: BTreeMap<String, &str> = BTreeMap::new();
    let mut out = BTreeMap::new();
    for (id, key) in items {
        let norm = key.to_ascii_lowercase().replace('_', "-");
        match owners.get(&norm) {
            Some(first) => {
                out.insert(id.to_string(), first.to_string());
            }
            None => {
                owners.insert(norm, id);
            }
        }
    }
    out
}

/// The `k` AWS JSON rows with the most operations (ties by id), among
/// generated ones (so never an unsupported spec).
pub fn largest(rows: &[Row], k: usize) -> Vec<String> {
    let mut sized: Vec<(usize, &str)> = rows
        .iter()
        // AWS JSON only, for now: the subset CI compiles is the one its
        // budget was measured with (restJson1 crates are compiled by the
        // full corpus run and `--only`).
        .filter(|r| r.generated() && r.protocol == Some(Protocol::AwsJson))
        .filter_map(|r| Some((r.operations?, r.id.as_str())))
        .collect();
    sized.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(b.1)));
    sized
        .into_iter()
        .take(k)
        .map(|(_, id)| id.to_string())
        .collect()
}

// ---------------------------------------------------------------------------
// Results

/// The outcome of one compile stage for one crate.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum Stage {
    /// Not run (`--no-compile`, not selected, or an earlier stage failed).
    #[default]
    Skipped,
    Ok,
    /// Failed; the first error, one line.
    Fail(String),
}

impl Stage {
    fn cell(&self) -> &'static str {
        match self {
            Stage::Skipped => "-",
            Stage::Ok => "ok",
            Stage::Fail(_) => "FAIL",
        }
    }
}

/// One spec's line of the report.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Row {
    pub id: String,
    pub version: String,
    /// Crate directory under `target/corpus/ws/`.
    pub dir: String,
    pub crate_name: Option<String>,
    pub operations: Option<usize>,
    pub shapes: Option<usize>,
    /// Generation time (load, lower, emit), if it ran.
    pub gen_ms: Option<u128>,
    pub gen_error: Option<String>,
    /// The spec's protocol, when the generator told it: the supported one
    /// for a generated crate, or the unsupported one it was refused for.
    pub protocol: Option<Protocol>,
    /// The crate has integration tests (`tests/*.rs`, `tests/*/main.rs`).
    pub has_tests: bool,
    /// Selected for compilation.
    pub compiled: bool,
    pub check: Stage,
    pub clippy: Stage,
    pub doc: Stage,
}

impl Row {
    /// The first failure, prefixed with its stage.
    pub fn first_error(&self) -> Option<String> {
        if let Some(e) = &self.gen_error {
            return Some(format!("generate: {e}"));
        }
        [
            ("check", &self.check),
            ("clippy", &self.clippy),
            ("doc", &self.doc),
        ]
        .into_iter()
        .find_map(|(name, stage)| match stage {
            Stage::Fail(e) => Some(format!("{name}: {e}")),
            _ => None,
        })
    }

    pub fn failed(&self) -> bool {
        self.first_error().is_some()
    }

    /// Refused for a protocol not supported yet: neither generated nor failed.
    pub fn unsupported(&self) -> bool {
        // The generator named a protocol but neither generated nor failed
        // (restJson1 is supported with AWS's model, refused without).
        self.protocol.is_some() && self.operations.is_none() && self.gen_error.is_none()
    }

    /// Generated without error (so a crate exists to compile).
    pub fn generated(&self) -> bool {
        self.gen_error.is_none() && !self.unsupported()
    }

    /// The protocol cell: `awsJson`, `restJson1 (unsupported)`, or `-`.
    fn protocol_cell(&self) -> String {
        match self.protocol {
            Some(p) if self.unsupported() => format!("{} (unsupported)", p.name()),
            Some(p) => p.name().to_string(),
            None => "-".into(),
        }
    }
}

/// `restJson1 173, restXml 4, query 15`: unsupported rows per protocol, in
/// [`Protocol::ALL`] order; empty if there are none.
pub fn unsupported_counts(rows: &[Row]) -> String {
    Protocol::ALL
        .into_iter()
        .map(|p| {
            let n = rows
                .iter()
                .filter(|r| r.unsupported() && r.protocol == Some(p))
                .count();
            (p, n)
        })
        .filter(|(_, n)| *n > 0)
        .map(|(p, n)| format!("{} {n}", p.name()))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Timings and facts for the report header.
#[derive(Debug, Clone, Default)]
pub struct Report {
    /// The command line, as typed (`cargo xtask corpus …`).
    pub command: String,
    /// `YYYY-MM-DD HH:MM UTC`.
    pub date: String,
    /// nproc, OS, rustc version.
    pub machine: String,
    /// The apis.guru base the specs came from.
    pub base: String,
    /// Threads generation ran on.
    pub gen_threads: usize,
    /// Wall time of the whole generation phase.
    pub gen_wall: Duration,
    /// How cargo was driven (empty with `--no-compile`).
    pub compile_mode: String,
    /// Time per stage, in run order.
    pub stage_walls: Vec<(String, Duration)>,
    /// Wall time of the whole compile phase.
    pub compile_wall: Duration,
    /// How the AWS models were made (empty with `--no-model`).
    pub models: String,
    pub rows: Vec<Row>,
}

impl Report {
    /// `generated 103/105, checked 4/5, …` and the timing lines. Unsupported
    /// specs are counted on a line of their own and left out of the others'
    /// denominators: they are refusals, not failures.
    pub fn totals(&self) -> Vec<String> {
        let rows = &self.rows;
        let count = |f: &dyn Fn(&Row) -> bool| rows.iter().filter(|r| f(r)).count();
        let unsupported = count(&Row::unsupported);
        let candidates = rows.len() - unsupported;
        let generated = count(&Row::generated);
        let compiled = count(&|r| r.compiled);
        let mut lines = Vec::new();
        if unsupported > 0 {
            lines.push(format!(
                "unsupported: {unsupported}/{} ({}), refused by the generator: not generated, not compiled, not failures",
                rows.len(),
                unsupported_counts(rows)
            ));
        }
        lines.push(format!("generated: {generated}/{candidates}"));
        if compiled > 0 {
            lines.push(format!(
                "compiled: {compiled} — check ok {}/{compiled}, clippy-clean {}/{compiled}, doc-clean {}/{compiled}",
                count(&|r| r.check == Stage::Ok),
                count(&|r| r.clippy == Stage::Ok),
                count(&|r| r.doc == Stage::Ok),
            ));
        }
        let total_ms: u128 = rows.iter().filter_map(|r| r.gen_ms).sum();
        let mut line = format!(
            "generation: {} ms summed over specs, {:.1} s wall on {} thread(s)",
            total_ms,
            self.gen_wall.as_secs_f64(),
            self.gen_threads
        );
        if let Some(max) = rows
            .iter()
            .filter(|r| r.gen_ms.is_some())
            .max_by(|a, b| a.gen_ms.cmp(&b.gen_ms).then_with(|| b.id.cmp(&a.id)))
        {
            let _ = write!(
                line,
                "; largest {} ms ({})",
                max.gen_ms.unwrap_or_default(),
                max.id
            );
        }
        lines.push(line);
        if !self.stage_walls.is_empty() {
            let stages: Vec<String> = self
                .stage_walls
                .iter()
                .map(|(name, d)| format!("{name} {:.1} s", d.as_secs_f64()))
                .collect();
            lines.push(format!(
                "compile wall time: {:.1} s ({}; {})",
                self.compile_wall.as_secs_f64(),
                stages.join(", "),
                self.compile_mode
            ));
        }
        if !self.models.is_empty() {
            lines.push(format!("AWS models: {}", self.models));
        }
        let failed = count(&|r| r.failed());
        lines.push(format!("failed: {failed}/{candidates}"));
        lines
    }
}

/// The table, with columns padded so it reads as text and renders as
/// Markdown. `|` inside cells is escaped.
pub fn render_table(rows: &[Row]) -> String {
    let header = [
        "spec",
        "protocol",
        "ops",
        "shapes",
        "gen ms",
        "check",
        "clippy",
        "doc",
        "first error",
    ];
    let opt = |v: Option<usize>| v.map_or_else(|| "-".to_string(), |n| n.to_string());
    let cells: Vec<[String; 9]> = rows
        .iter()
        .map(|r| {
            [
                r.id.clone(),
                r.protocol_cell(),
                opt(r.operations),
                opt(r.shapes),
                r.gen_ms.map_or_else(|| "-".into(), |ms| ms.to_string()),
                r.check.cell().into(),
                r.clippy.cell().into(),
                r.doc.cell().into(),
                r.first_error().unwrap_or_default(),
            ]
            .map(|c| c.replace('|', "\\|"))
        })
        .collect();
    let mut widths = header.map(|h| h.chars().count());
    for row in &cells {
        for (w, c) in widths.iter_mut().zip(row) {
            *w = (*w).max(c.chars().count());
        }
    }
    // The last column is not padded: error lines vary a lot in length.
    let numeric = [false, false, true, true, true, false, false, false, false];
    let line = |cols: &[String]| {
        let mut s = String::from("|");
        for (i, c) in cols.iter().enumerate() {
            let pad = if i + 1 == cols.len() {
                0
            } else {
                widths[i].saturating_sub(c.chars().count())
            };
            if numeric[i] {
                let _ = write!(s, " {}{c} |", " ".repeat(pad));
            } else {
                let _ = write!(s, " {c}{} |", " ".repeat(pad));
            }
        }
        s.push('\n');
        s
    };
    let mut out = line(&header.map(String::from));
    let rule: Vec<String> = widths
        .iter()
        .enumerate()
        .map(|(i, w)| {
            let w = if i + 1 == widths.len() { 3 } else { *w };
            if numeric[i] {
                format!("{}:", "-".repeat(w.max(2) - 1))
            } else {
                "-".repeat(w)
            }
        })
        .collect();
    out.push_str(&line(&rule));
    for row in &cells {
        out.push_str(&line(row));
    }
    out
}

/// The whole `CORPUS.md`.
pub fn render_markdown(report: &Report) -> String {
    let mut out = String::from("# Corpus report\n\n");
    out.push_str("Written by `cargo xtask corpus`; regenerate it, do not edit by hand.\n\n");
    let _ = writeln!(out, "- command: `{}`", report.command);
    let _ = writeln!(out, "- date: {}", report.date);
    let _ = writeln!(out, "- machine: {}", report.machine);
    let _ = writeln!(out, "- specs: {}", report.base);
    for line in report.totals() {
        let _ = writeln!(out, "- {line}");
    }
    out.push_str(
        "\n`-` = not run (not selected for compilation, or an earlier stage failed). \
         `(unsupported)`: the generator refused the spec for its protocol (restXml \
         and query are not generated yet; restJson1 only with AWS's model, so a \
         retired service's restJson1 spec is refused); the protocol is read from \
         the spec's paths and AWS's model, see `generator/src/lower/protocol.rs`. \
         check and clippy cover the lib, the integration tests and the examples; \
         clippy runs with `-D warnings` (a compile error there fails check, lints \
         alone fail clippy), doc with `RUSTDOCFLAGS=-Dwarnings`. Error paths are \
         relative to the crate, `target/corpus/ws/<service>/`.\n\n",
    );
    out.push_str(&render_table(&report.rows));
    out
}

// ---------------------------------------------------------------------------
// Cargo's JSON messages

/// The crate directory (the last path segment of the package's root) of a
/// cargo `package_id`: `path+file:///…/ws/states#states-client@0.1.0` (cargo
/// ≥ 1.77) or `states-client 0.1.0 (path+file:///…/ws/states)`.
pub fn package_dir(package_id: &str) -> Option<&str> {
    let url = match package_id.rsplit_once('(') {
        Some((_, rest)) if package_id.ends_with(')') => rest.trim_end_matches(')'),
        _ => package_id.split('#').next()?,
    };
    let path = url.split_once("file://")?.1;
    path.trim_end_matches('/').rsplit('/').next()
}

/// One line describing a diagnostic: `src/x.rs:12: message [code]`, with the
/// path of its primary span made relative to the crate directory `dir`.
pub fn describe(message: &serde_json::Value, dir: &str) -> String {
    let text = message
        .get("message")
        .and_then(|m| m.as_str())
        .unwrap_or("(no message)");
    let code = message
        .pointer("/code/code")
        .and_then(|c| c.as_str())
        .map(|c| format!(" [{c}]"))
        .unwrap_or_default();
    let spans = message.get("spans").and_then(|s| s.as_array());
    let primary = spans.and_then(|spans| {
        spans
            .iter()
            .find(|s| s.get("is_primary").and_then(|p| p.as_bool()) == Some(true))
            .or(spans.first())
    });
    let location = primary
        .and_then(|span| {
            let file = span.get("file_name")?.as_str()?;
            let line = span.get("line_start")?.as_u64()?;
            let file = relative_to_crate(file, dir);
            Some(format!("{file}:{line}: "))
        })
        .unwrap_or_default();
    one_line(&format!("{location}{text}{code}"))
}

fn relative_to_crate<'a>(file: &'a str, dir: &str) -> &'a str {
    if let Some(rest) = file.strip_prefix(dir).and_then(|r| r.strip_prefix('/')) {
        return rest;
    }
    let marker = format!("/ws/{dir}/");
    match file.find(&marker) {
        Some(i) => &file[i + marker.len()..],
        None => file,
    }
}

/// Whitespace runs (newlines included) collapsed; cut at [`MAX_ERROR_CHARS`].
fn one_line(text: &str) -> String {
    let joined = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if joined.chars().count() <= MAX_ERROR_CHARS {
        joined
    } else {
        let cut: String = joined.chars().take(MAX_ERROR_CHARS - 1).collect();
        format!("{cut}…")
    }
}

/// Sorts cargo's `--message-format json` stream per crate: the first error
/// of each, the first compile error (not a lint) of each, and which ones
/// produced an artifact.
#[derive(Debug, Default)]
pub struct Attribution {
    /// Crate dir → first error.
    pub first_error: BTreeMap<String, String>,
    /// Crate dir → first error that is not a lint denied by `-D warnings`.
    pub first_compile_error: BTreeMap<String, String>,
    /// Crate dirs with at least one finished unit (`compiler-artifact`).
    pub built: BTreeSet<String>,
}

/// Whether a diagnostic code names a lint (`unused_imports`,
/// `clippy::needless_return`, `rustdoc::broken_intra_doc_links`) rather than
/// a compile error (`E0308`, or no code at all).
pub fn is_lint(code: Option<&str>) -> bool {
    code.is_some_and(|c| {
        let error_code =
            c.len() == 5 && c.starts_with('E') && c[1..].bytes().all(|b| b.is_ascii_digit());
        !error_code
    })
}

impl Attribution {
    /// Feeds one stdout line; returns the crate dir and error if it is the
    /// first error of that crate. Lines that are not JSON are ignored.
    pub fn observe(&mut self, line: &str) -> Option<(String, String)> {
        let value: serde_json::Value = serde_json::from_str(line).ok()?;
        let package_id = value.get("package_id")?.as_str()?;
        let dir = package_dir(package_id)?.to_string();
        match value.get("reason")?.as_str()? {
            "compiler-artifact" => {
                self.built.insert(dir);
                None
            }
            "compiler-message" => {
                let message = value.get("message")?;
                let level = message.get("level")?.as_str()?;
                let text = message.get("message")?.as_str()?;
                if !level.starts_with("error") || text.starts_with("aborting due to") {
                    return None;
                }
                let error = describe(message, &dir);
                if !is_lint(message.pointer("/code/code").and_then(|c| c.as_str())) {
                    self.first_compile_error
                        .entry(dir.clone())
                        .or_insert_with(|| error.clone());
                }
                if self.first_error.contains_key(&dir) {
                    return None;
                }
                self.first_error.insert(dir.clone(), error.clone());
                Some((dir, error))
            }
            _ => None,
        }
    }

    /// The stage result of crate `dir`; `fallback` explains a crate cargo
    /// said nothing about (e.g. the invocation failed before building it).
    pub fn stage(&self, dir: &str, fallback: &str) -> Stage {
        match self.first_error.get(dir) {
            Some(e) => Stage::Fail(e.clone()),
            None if self.built.contains(dir) => Stage::Ok,
            None => Stage::Fail(one_line(fallback)),
        }
    }

    /// The check and clippy results of crate `dir` from one `cargo clippy`
    /// run: a compile error fails check (clippy is then not judged); lints
    /// alone fail only clippy. A lint error in one target hides compile
    /// errors in the targets built on it (the lib's in its tests), so check
    /// is only known for sure when clippy passed or a compile error showed.
    pub fn check_and_clippy(&self, dir: &str, fallback: &str) -> (Stage, Stage) {
        if let Some(e) = self.first_compile_error.get(dir) {
            return (Stage::Fail(e.clone()), Stage::Skipped);
        }
        match self.stage(dir, fallback) {
            Stage::Fail(e) if !self.first_error.contains_key(dir) => {
                (Stage::Fail(e), Stage::Skipped)
            }
            clippy => (Stage::Ok, clippy),
        }
    }
}

// ---------------------------------------------------------------------------
// Running cargo

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum StageKind {
    Check,
    Clippy,
    Doc,
}

impl StageKind {
    fn name(self) -> &'static str {
        match self {
            StageKind::Check => "check",
            StageKind::Clippy => "clippy",
            StageKind::Doc => "doc",
        }
    }

    /// Cargo arguments for `packages` (`None`: the whole workspace), `tests`
    /// if any of them has integration tests.
    ///
    /// check and clippy cover the lib, the integration tests and the examples
    /// but not the lib's `#[cfg(test)]` build (`--all-targets` would): that
    /// re-checks the whole lib, doubling the time, for unit tests that only
    /// the runtime copy has, which CI tests in `generated/` already.
    fn args(self, packages: Option<&[String]>, tests: bool) -> Vec<String> {
        let mut args: Vec<String> = match self {
            StageKind::Check => vec!["check".into()],
            StageKind::Clippy => vec!["clippy".into()],
            StageKind::Doc => vec!["doc".into(), "--no-deps".into()],
        };
        if self != StageKind::Doc {
            args.extend(["--lib".into(), "--examples".into()]);
            if tests {
                // `--test '*'` fails if no selected package has a test.
                args.extend(["--test".into(), "*".into()]);
            }
        }
        args.extend(["--keep-going".into(), "--message-format=json".into()]);
        match packages {
            None => args.push("--workspace".into()),
            Some(packages) => {
                for p in packages {
                    args.extend(["-p".into(), p.clone()]);
                }
            }
        }
        if self == StageKind::Clippy {
            args.extend(["--".into(), "-D".into(), "warnings".into()]);
        }
        args
    }
}

/// The cargo binary (`$CARGO` under `cargo xtask`).
fn cargo_bin() -> String {
    std::env::var("CARGO").unwrap_or_else(|_| "cargo".into())
}

struct CargoRun {
    attribution: Attribution,
    /// cargo's first stderr error not about one crate (or its exit status),
    /// to explain crates with no result.
    stderr_tail: String,
}

/// Runs `cargo <args>` in `ws`, echoing cargo's stderr and reporting each
/// crate's first error as it arrives.
///
/// Everything is built in `dirs.build`; `cargo doc` writes its HTML under
/// `doc_out` (see [`doc_bucket`]).
fn run_cargo(
    dirs: &Dirs,
    stage: StageKind,
    args: &[String],
    doc_out: &Path,
) -> Result<CargoRun, String> {
    let target = if stage == StageKind::Doc {
        doc_out
    } else {
        &dirs.build
    };
    let mut cmd = Command::new(cargo_bin());
    cmd.args(args)
        .current_dir(&dirs.ws)
        .env("CARGO_TARGET_DIR", target)
        // Stable since cargo 1.91; older cargos ignore it and build the
        // dependencies once more for rustdoc, in `doc_out`.
        .env("CARGO_BUILD_BUILD_DIR", &dirs.build)
        .env("CARGO_TERM_COLOR", "never")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    if stage == StageKind::Doc {
        cmd.env("RUSTDOCFLAGS", "-Dwarnings");
    }
    if std::env::var_os("CARGO_INCREMENTAL").is_none() {
        // Measured: incremental makes a cold clippy of these large crates
        // ~1.5x slower and writes ~150 MB per crate; unchanged crates are
        // skipped by cargo's fingerprints anyway (files are only rewritten
        // when their bytes change).
        cmd.env("CARGO_INCREMENTAL", "0");
    }
    let mut child = cmd
        .spawn()
        .map_err(|e| format!("cannot run {}: {e}", cargo_bin()))?;
    let stderr = child.stderr.take().expect("piped stderr");
    let echo = std::thread::spawn(move || {
        let mut tail = String::new();
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            eprintln!("    {line}");
            let t = line.trim();
            // "error: could not compile …" names a crate we attribute anyway;
            // keep the first other error (e.g. a manifest or network problem).
            if t.starts_with("error") && !t.contains("could not compile") && tail.is_empty() {
                tail = t.to_string();
            }
        }
        tail
    });
    let mut attribution = Attribution::default();
    let stdout = child.stdout.take().expect("piped stdout");
    for line in BufReader::new(stdout).lines().map_while(Result::ok) {
        if let Some((dir, error)) = attribution.observe(&line) {
            println!("  {} FAIL {dir}: {error}", stage.name());
        }
    }
    let status = child
        .wait()
        .map_err(|e| format!("waiting for cargo: {e}"))?;
    let mut stderr_tail = echo.join().unwrap_or_default();
    if stderr_tail.is_empty() {
        stderr_tail = format!("cargo exited with {status} without building this crate");
    }
    Ok(CargoRun {
        attribution,
        stderr_tail,
    })
}

/// Where cargo works: the scratch workspace, the one build dir, and where
/// rustdoc's HTML goes.
struct Dirs {
    ws: PathBuf,
    build: PathBuf,
    doc: PathBuf,
}

/// How many doc output dirs the crates are spread over (see [`doc_bucket`]).
pub const DOC_BUCKETS: u32 = 16;

/// The doc output dir (`<doc>/<bucket>`) of a crate, fixed by its name.
///
/// rustdoc merges the search index of every crate already in its output
/// dir, so documenting n crates into one dir costs O(n²): measured, 5 crates
/// took 46 s next to the docs of 100 others and 4.6 s alone; all 105 took
/// 416 s in one dir, 172 s in chunks of 8. Buckets keep a dir small, and a
/// crate always lands in the same one, so its HTML survives between runs
/// (cargo re-documents a crate whose output is missing).
pub fn doc_bucket(crate_dir: &str) -> u32 {
    // FNV-1a: stable across Rust versions, unlike `DefaultHasher`.
    let hash = crate_dir.bytes().fold(0x811c_9dc5_u32, |h, b| {
        (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
    });
    hash % DOC_BUCKETS
}

/// A crate to compile: its row index, directory and package name.
#[derive(Debug, Clone)]
struct Target {
    row: usize,
    dir: String,
    package: String,
    /// Has integration tests.
    tests: bool,
}

/// Runs one stage over `targets` (`--workspace` if `whole`), printing the
/// command first.
fn run_stage(
    dirs: &Dirs,
    stage: StageKind,
    targets: &[Target],
    whole: bool,
    doc_out: &Path,
) -> Result<(CargoRun, Duration), String> {
    let packages: Vec<String> = targets.iter().map(|t| t.package.clone()).collect();
    let tests = targets.iter().any(|t| t.tests);
    let args = stage.args((!whole).then_some(packages.as_slice()), tests);
    let shown = if whole {
        args.join(" ")
    } else {
        let flags: Vec<&str> = args
            .iter()
            .map(String::as_str)
            .take_while(|a| *a != "-p")
            .collect();
        format!("{} -p …", flags.join(" "))
    };
    println!(
        "{}: cargo {shown} ({} crate(s))",
        stage.name(),
        targets.len()
    );
    let started = Instant::now();
    let run = run_cargo(dirs, stage, &args, doc_out)?;
    Ok((run, started.elapsed()))
}

fn print_stage(stage: StageKind, rows: &[Row], targets: &[Target], wall: Duration) {
    let result = |r: &Row| match stage {
        StageKind::Check => r.check.clone(),
        StageKind::Clippy => r.clippy.clone(),
        StageKind::Doc => r.doc.clone(),
    };
    let ok = targets
        .iter()
        .filter(|t| result(&rows[t.row]) == Stage::Ok)
        .count();
    println!(
        "{}: {ok}/{} ok in {:.1} s",
        stage.name(),
        targets.len(),
        wall.as_secs_f64()
    );
}

/// All selected crates with one cargo invocation per stage:
///
/// 1. `cargo clippy` over all of them. A crate with a compile error fails
///    check; a crate with only lints denied passed check — but a failing
///    target hides compile errors in the targets built on it, so:
/// 2. `cargo check` re-runs on the crates whose clippy failed on lints
///    alone (none when the corpus is clippy-clean);
/// 3. `cargo doc --no-deps` on the crates that passed check, one invocation
///    per [`doc_bucket`].
///
/// The result equals check, then clippy, then doc per crate, without
/// type-checking every crate twice. Returns the wall time of each stage.
fn compile_workspace(
    dirs: &Dirs,
    targets: &[Target],
    rows: &mut [Row],
    all_members: bool,
) -> Result<Vec<(String, Duration)>, String> {
    let mut walls = Vec::new();
    let (run, wall) = run_stage(dirs, StageKind::Clippy, targets, all_members, &dirs.doc)?;
    let mut recheck = Vec::new();
    for t in targets {
        let (check, clippy) = run.attribution.check_and_clippy(&t.dir, &run.stderr_tail);
        if check == Stage::Ok && clippy != Stage::Ok {
            recheck.push(t.clone());
        }
        let row = &mut rows[t.row];
        row.check = check;
        row.clippy = clippy;
    }
    print_stage(StageKind::Clippy, rows, targets, wall);
    walls.push(("clippy (+ check)".to_string(), wall));

    if !recheck.is_empty() {
        let (run, wall) = run_stage(dirs, StageKind::Check, &recheck, false, &dirs.doc)?;
        for t in &recheck {
            rows[t.row].check = run.attribution.stage(&t.dir, &run.stderr_tail);
        }
        print_stage(StageKind::Check, rows, &recheck, wall);
        walls.push((format!("check of {} lint failure(s)", recheck.len()), wall));
    }

    let documented: Vec<Target> = targets
        .iter()
        .filter(|t| rows[t.row].check == Stage::Ok)
        .cloned()
        .collect();
    if !documented.is_empty() {
        let mut buckets: BTreeMap<u32, Vec<Target>> = BTreeMap::new();
        for t in &documented {
            buckets
                .entry(doc_bucket(&t.dir))
                .or_default()
                .push(t.clone());
        }
        let mut total = Duration::ZERO;
        for (bucket, chunk) in &buckets {
            let out = dirs.doc.join(format!("{bucket:02}"));
            let (run, wall) = run_stage(dirs, StageKind::Doc, chunk, false, &out)?;
            for t in chunk {
                rows[t.row].doc = run.attribution.stage(&t.dir, &run.stderr_tail);
            }
            total += wall;
        }
        print_stage(StageKind::Doc, rows, &documented, total);
        walls.push(("doc".to_string(), total));
    }
    Ok(walls)
}

/// One cargo invocation per crate and stage, `jobs` crates at a time.
/// Returns the summed time of each stage (they overlap when `jobs > 1`).
fn compile_per_crate(
    dirs: &Dirs,
    targets: &[Target],
    rows: &mut [Row],
    jobs: usize,
) -> Result<Vec<(String, Duration)>, String> {
    let next = AtomicUsize::new(0);
    let done = AtomicUsize::new(0);
    // Per crate: row index, check/clippy/doc results and times.
    type Outcome = (usize, [Stage; 3], [Duration; 3]);
    let results: Mutex<Vec<Outcome>> = Mutex::new(Vec::new());
    let failure: Mutex<Option<String>> = Mutex::new(None);
    std::thread::scope(|s| {
        for _ in 0..jobs.min(targets.len()).max(1) {
            s.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::SeqCst);
                let Some(t) = targets.get(i) else { break };
                let mut stages = [Stage::Skipped, Stage::Skipped, Stage::Skipped];
                let mut times = [Duration::ZERO; 3];
                for (k, stage) in [StageKind::Check, StageKind::Clippy, StageKind::Doc]
                    .into_iter()
                    .enumerate()
                {
                    if k > 0 && stages[0] != Stage::Ok {
                        break;
                    }
                    let started = Instant::now();
                    let args = stage.args(Some(std::slice::from_ref(&t.package)), t.tests);
                    // Its own doc dir: jobs may run at once.
                    let doc_out = dirs.doc.join("per-crate").join(&t.dir);
                    match run_cargo(dirs, stage, &args, &doc_out) {
                        Ok(run) => stages[k] = run.attribution.stage(&t.dir, &run.stderr_tail),
                        Err(e) => {
                            *failure.lock().expect("lock") = Some(e);
                            return;
                        }
                    }
                    times[k] = started.elapsed();
                }
                let n = done.fetch_add(1, Ordering::SeqCst) + 1;
                println!(
                    "[{n}/{}] {}: check {}, clippy {}, doc {} ({:.1} s)",
                    targets.len(),
                    t.package,
                    stages[0].cell(),
                    stages[1].cell(),
                    stages[2].cell(),
                    times.iter().sum::<Duration>().as_secs_f64()
                );
                results.lock().expect("lock").push((t.row, stages, times));
            });
        }
    });
    if let Some(e) = failure.into_inner().expect("lock") {
        return Err(e);
    }
    let mut sums = [Duration::ZERO; 3];
    for (row, [check, clippy, doc], times) in results.into_inner().expect("lock") {
        let r = &mut rows[row];
        r.check = check;
        r.clippy = clippy;
        r.doc = doc;
        for (sum, t) in sums.iter_mut().zip(times) {
            *sum += t;
        }
    }
    Ok(["check", "clippy", "doc"]
        .into_iter()
        .zip(sums)
        .map(|(n, d)| (n.to_string(), d))
        .collect())
}

// ---------------------------------------------------------------------------
// Generation

/// The config to generate `spec` with: the pinned spec's `config.toml` for
/// the same id (same version preferred), else the default.
fn config_for(
    root: &Path,
    manifest: &Manifest,
    spec: &Spec,
) -> Result<generator::SpecConfig, String> {
    let pinned: Vec<_> = manifest
        .entries
        .iter()
        .filter(|e| e.id == spec.id)
        .collect();
    let entry = pinned
        .iter()
        .find(|e| e.version == spec.version)
        .or(pinned.last());
    match entry {
        Some(e) => generator::config_beside(&e.file(root)).map_err(|e| e.to_string()),
        None => Ok(generator::SpecConfig::default()),
    }
}

/// Writes `files` under `dir`, touching only files whose bytes differ, and
/// removes files not in `files`.
fn sync_dir(dir: &Path, files: &generator::Files) -> Result<(), String> {
    let io = |path: &Path, e: std::io::Error| format!("{}: {e}", path.display());
    for (rel, text) in files {
        let path = dir.join(rel);
        if std::fs::read(&path).ok().as_deref() == Some(text.as_bytes()) {
            continue;
        }
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(|e| io(parent, e))?;
        }
        std::fs::write(&path, text).map_err(|e| io(&path, e))?;
    }
    let mut stack = vec![dir.to_path_buf()];
    let mut dirs = Vec::new();
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            let rel = path
                .strip_prefix(dir)
                .map(|r| r.to_string_lossy().replace('\\', "/"))
                .unwrap_or_default();
            if !files.contains_key(&rel) {
                std::fs::remove_file(&path).map_err(|e| io(&path, e))?;
            }
        }
        dirs.push(d);
    }
    // Deepest first; directories still holding files stay.
    for d in dirs.iter().rev() {
        let _ = std::fs::remove_dir(d);
    }
    Ok(())
}

/// Whether a crate file is an integration test target cargo discovers.
fn is_test_target(rel: &str) -> bool {
    match rel
        .strip_prefix("tests/")
        .map(|r| r.split('/').collect::<Vec<_>>())
    {
        Some(parts) => match parts.as_slice() {
            [file] => file.ends_with(".rs"),
            [_, main] => *main == "main.rs",
            _ => false,
        },
        None => false,
    }
}

/// The local file of a spec: the mirror's own file for `file://` bases,
/// else a download cached under `target/corpus/specs/`.
fn spec_file(base: &str, corpus: &Path, spec: &Spec) -> Result<PathBuf, String> {
    let spec_ref =
        SpecRef::parse(&format!("{}@{}", spec.id, spec.version)).map_err(|e| e.to_string())?;
    let relative = SpecRef::relative_path(&spec_ref.id, &spec.version);
    let url = fetch::join(base, &relative);
    if base.to_ascii_lowercase().starts_with("file://") {
        return fetch::file_url_to_path(&url).map_err(|e| e.to_string());
    }
    let bytes = fetch::fetch(&url).map_err(|e| e.to_string())?;
    let path = corpus.join(&relative);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
    }
    std::fs::write(&path, bytes).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(path)
}

/// One spec's local file and (unless `--no-model`) its AWS model file.
struct Input {
    file: Result<PathBuf, String>,
    model: Option<Result<PathBuf, String>>,
}

/// The specs' local files and, with `models`, their AWS models extracted in
/// one run into `<corpus>/models/<provider>/<service>/<version>/`. Returns
/// the inputs and a summary line for the report.
fn prepare(
    base: &str,
    corpus: &Path,
    specs: &[Spec],
    models: bool,
) -> Result<(Vec<Input>, String), String> {
    let files: Vec<Result<PathBuf, String>> =
        specs.iter().map(|s| spec_file(base, corpus, s)).collect();
    if !models {
        let inputs = files
            .into_iter()
            .map(|file| Input { file, model: None })
            .collect();
        return Ok((inputs, String::new()));
    }
    let started = Instant::now();
    let out = corpus.join("models");
    // Jobs for the readable specs; `slot[i]` is spec i's job, if any.
    let mut jobs = Vec::new();
    let mut slot = Vec::new();
    let mut read_errors = Vec::new();
    // Readable specs are parsed on all cores; unreadable ones keep their error.
    let items: Vec<(String, PathBuf, PathBuf)> = specs
        .iter()
        .zip(&files)
        .filter_map(|(spec, file)| {
            let dirs = SpecRef::relative_path(&spec.id, &spec.version);
            let dirs = dirs
                .strip_prefix("specs/")
                .and_then(|d| d.strip_suffix("openapi.yaml"))
                .unwrap_or_default()
                .to_string();
            let file = file.as_ref().ok()?;
            Some((
                format!("{}@{}", spec.id, spec.version),
                file.clone(),
                out.join(dirs).join(crate::model::FILE_NAME),
            ))
        })
        .collect();
    let mut read = crate::model::jobs_for_files(&items).into_iter();
    for file in &files {
        let job = match file {
            Err(e) => Err(e.clone()),
            Ok(_) => read
                .next()
                .unwrap_or_else(|| Err("the spec was not read".into())),
        };
        match job {
            Ok(job) => {
                slot.push(Some(jobs.len()));
                jobs.push(job);
                read_errors.push(None);
            }
            Err(e) => {
                slot.push(None);
                read_errors.push(Some(e));
            }
        }
    }
    println!(
        "extracting {} AWS model(s) from botocore into {}",
        jobs.len(),
        out.display()
    );
    let results = crate::model::extract_each(&jobs)
        .map_err(|e| format!("{e}\n(pass --no-model to generate without AWS models)"))?;
    let mut matched = 0;
    let mut retired = 0;
    for e in results.iter().flatten() {
        match e.status {
            crate::model::Status::Matched { .. } => matched += 1,
            crate::model::Status::Retired => retired += 1,
        }
    }
    let failed = results.iter().filter(|r| r.is_err()).count();
    let summary = format!(
        "{matched} matched, {retired} retired (botocore has no such service), {failed} failed; \
         extracted in {:.1} s",
        started.elapsed().as_secs_f64()
    );
    println!("AWS models: {summary}");
    let inputs = files
        .into_iter()
        .zip(slot.into_iter().zip(read_errors))
        .map(|(file, (slot, read_error))| {
            let model = match (slot, read_error) {
                (Some(j), _) => results[j]
                    .as_ref()
                    .map(|e| e.out.clone())
                    .map_err(Clone::clone),
                (None, Some(e)) => Err(e),
                (None, None) => Err("not extracted".into()),
            };
            Input {
                file,
                model: Some(model),
            }
        })
        .collect();
    Ok((inputs, summary))
}

/// Generates `specs` on `threads` threads into `ws/<dir>/`, printing a line
/// per spec. Returns one row per spec, in `specs` order.
fn generate_all(
    root: &Path,
    inputs: &[Input],
    specs: &[Spec],
    ws: &Path,
    threads: usize,
) -> Result<Vec<Row>, String> {
    let manifest = Manifest::load(root).map_err(|e| e.to_string())?;
    let dir_clash = collisions(specs.iter().map(|s| (s.id.as_str(), s.service())));
    let next = AtomicUsize::new(0);
    let done = AtomicUsize::new(0);
    let rows: Vec<Mutex<Row>> = specs
        .iter()
        .map(|s| {
            Mutex::new(Row {
                id: s.id.clone(),
                version: s.version.clone(),
                dir: s.dir(),
                ..Row::default()
            })
        })
        .collect();
    std::thread::scope(|scope| {
        for _ in 0..threads.min(specs.len()).max(1) {
            scope.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::SeqCst);
                let Some(spec) = specs.get(i) else { break };
                let mut row = rows[i].lock().expect("lock");
                let outcome = (|| {
                    if let Some(first) = dir_clash.get(&spec.id) {
                        return Err(format!(
                            "directory ws/{} is already used by {first}",
                            spec.dir()
                        ));
                    }
                    let input = &inputs[i];
                    let file = input.file.clone()?;
                    let config = config_for(root, &manifest, spec)?;
                    let model = match &input.model {
                        None => None,
                        Some(Err(e)) => return Err(format!("no AWS model: {e}")),
                        Some(Ok(path)) => Some(
                            generator::model::AwsModel::load(path).map_err(|e| e.to_string())?,
                        ),
                    };
                    let started = Instant::now();
                    let result = std::panic::catch_unwind(AssertUnwindSafe(|| {
                        generator::generate_with_model(&file, &config, model.as_ref())
                    }));
                    row.gen_ms = Some(started.elapsed().as_millis());
                    let result = result.map_err(|panic| {
                        format!("the generator panicked: {}", panic_text(&*panic))
                    })?;
                    if let Err(e) = &result {
                        if let Some(p) = e.unsupported() {
                            row.protocol = Some(p);
                            return Ok(());
                        }
                    }
                    let generated = result
                        // The row names the spec; its full path only hides the message.
                        .map_err(|e| {
                            e.to_string()
                                .replace(&file.display().to_string(), "openapi.yaml")
                        })?;
                    row.protocol = Some(generated.protocol);
                    row.crate_name = Some(generated.service.crate_name.clone());
                    row.operations = Some(generated.service.operations.len());
                    row.shapes = Some(generated.service.shapes.len());
                    row.has_tests = generated.files.keys().any(|f| is_test_target(f));
                    sync_dir(&ws.join(spec.dir()), &generated.files)
                })();
                if let Err(e) = outcome {
                    row.gen_error = Some(one_line(&e));
                }
                let n = done.fetch_add(1, Ordering::SeqCst) + 1;
                let ms = row
                    .gen_ms
                    .map_or_else(String::new, |ms| format!("{ms} ms gen"));
                match &row.gen_error {
                    None if row.unsupported() => println!(
                        "[{n}/{}] {} ... unsupported: {}",
                        specs.len(),
                        spec.service(),
                        row.protocol.map_or("", Protocol::operations)
                    ),
                    None => println!(
                        "[{n}/{}] {} ... ok ({ms}, {} ops, {} shapes)",
                        specs.len(),
                        spec.service(),
                        row.operations.unwrap_or_default(),
                        row.shapes.unwrap_or_default()
                    ),
                    Some(e) => println!(
                        "[{n}/{}] {} ... FAIL{}: {e}",
                        specs.len(),
                        spec.service(),
                        if ms.is_empty() {
                            ms
                        } else {
                            format!(" ({ms})")
                        }
                    ),
                }
            });
        }
    });
    Ok(rows
        .into_iter()
        .map(|r| r.into_inner().expect("lock"))
        .collect())
}

/// The message of a caught panic.
fn panic_text(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "(no message)".into())
}

/// Writes `ws/Cargo.toml` for `members`, removes every other directory of
/// `ws`, and copies the repository's `Cargo.lock` in. Changing the member
/// list (e.g. another `--only`) makes cargo re-check every crate.
fn write_workspace(root: &Path, ws: &Path, members: &BTreeSet<String>) -> Result<(), String> {
    let io = |path: &Path, e: std::io::Error| format!("{}: {e}", path.display());
    std::fs::create_dir_all(ws).map_err(|e| io(ws, e))?;
    for entry in std::fs::read_dir(ws).map_err(|e| io(ws, e))?.flatten() {
        let name = entry.file_name().to_string_lossy().to_string();
        if entry.path().is_dir() && !members.contains(&name) {
            std::fs::remove_dir_all(entry.path()).map_err(|e| io(&entry.path(), e))?;
        }
    }
    let mut manifest = String::from(
        "# Written by `cargo xtask corpus` on every run; do not edit.\n[workspace]\nresolver = \"2\"\nmembers = [\n",
    );
    for m in members {
        let _ = writeln!(manifest, "    \"{m}\",");
    }
    manifest.push_str("]\n");
    // Cargo counts the workspace manifest as an input of every member:
    // rewriting it unchanged would make every crate stale.
    let path = ws.join("Cargo.toml");
    if std::fs::read_to_string(&path).ok().as_deref() != Some(manifest.as_str()) {
        std::fs::write(&path, manifest).map_err(|e| io(&path, e))?;
    }
    let lock = root.join("Cargo.lock");
    if lock.exists() {
        let dest = ws.join("Cargo.lock");
        std::fs::copy(&lock, &dest).map_err(|e| io(&dest, e))?;
    }
    Ok(())
}

// ---------------------------------------------------------------------------
// Report facts

/// `YYYY-MM-DD HH:MM UTC` of a time.
pub fn utc_date(time: SystemTime) -> String {
    let secs = time
        .duration_since(SystemTime::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let days = i64::try_from(secs / 86_400).unwrap_or_default();
    let rem = secs % 86_400;
    // Howard Hinnant's civil_from_days.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!(
        "{year:04}-{month:02}-{day:02} {:02}:{:02} UTC",
        rem / 3600,
        rem % 3600 / 60
    )
}

/// `nproc N, linux x86_64, rustc 1.95.0 (…)`.
pub fn machine() -> String {
    let nproc = std::thread::available_parallelism().map_or(1, |n| n.get());
    let rustc = std::env::var("RUSTC").unwrap_or_else(|_| "rustc".into());
    let version = Command::new(rustc)
        .arg("-V")
        .output()
        .ok()
        .and_then(|o| String::from_utf8(o.stdout).ok())
        .map_or_else(
            || "rustc (unknown version)".into(),
            |v| v.trim().to_string(),
        );
    format!(
        "nproc {nproc}, {} {}, {version}",
        std::env::consts::OS,
        std::env::consts::ARCH
    )
}

/// `cargo xtask corpus …` from this process's arguments, shell-quoted.
pub fn command_line() -> String {
    let quote = |a: String| {
        if !a.is_empty()
            && a.chars()
                .all(|c| c.is_ascii_alphanumeric() || "-_.,:/=@+".contains(c))
        {
            a
        } else {
            format!("'{}'", a.replace('\'', r"'\''"))
        }
    };
    let rest: Vec<String> = std::env::args().skip(1).map(quote).collect();
    format!("cargo xtask {}", rest.join(" "))
}

// ---------------------------------------------------------------------------
// The command

/// Runs `cargo xtask corpus` from the repository `root`. `Ok(true)` if every
/// spec passed every stage it ran; the report is written either way.
pub fn run(root: &Path, args: &CorpusArgs) -> Result<bool, String> {
    let base = match &args.base {
        Some(b) => b.clone(),
        None => {
            let mirror = root.join(DEFAULT_MIRROR);
            if !mirror.join("list.json").exists() {
                return Err(format!(
                    "no --base given and no mirror at {}; pass e.g. --base https://api.apis.guru/v2/",
                    mirror.display()
                ));
            }
            let mirror = mirror.canonicalize().map_err(|e| e.to_string())?;
            fetch::path_to_file_url(&mirror)
        }
    };
    let base = fetch::normalize_base(&base).map_err(|e| e.to_string())?;
    let list_url = fetch::join(&base, "list.json");
    let list = fetch::fetch(&list_url).map_err(|e| e.to_string())?;
    let all_specs = parse_list(&list).map_err(|e| format!("{list_url}: {e}"))?;
    let only = parse_only(&args.only);
    let only_ids: BTreeSet<String> = select(&all_specs, &only)?
        .into_iter()
        .map(|i| all_specs[i].id.clone())
        .collect();
    // With --largest, --only adds to what is compiled; all is generated.
    let specs: Vec<Spec> = if only.is_empty() || args.largest.is_some() {
        all_specs
    } else {
        all_specs
            .into_iter()
            .filter(|s| only_ids.contains(&s.id))
            .collect()
    };
    if specs.is_empty() {
        return Err(format!("{list_url} lists no spec"));
    }

    let corpus = root.join(CORPUS_DIR);
    let ws = corpus.join("ws");
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    println!(
        "generating {} spec(s) from {base} into {} on {threads} thread(s)",
        specs.len(),
        ws.display()
    );
    let (inputs, models) = prepare(&base, &corpus, &specs, !args.no_model)?;
    let gen_started = Instant::now();
    let mut rows = generate_all(root, &inputs, &specs, &ws, threads)?;
    let gen_wall = gen_started.elapsed();

    // Crate names must be unique: the later id (by id order) loses.
    let clash = collisions(
        rows.iter()
            .filter(|r| r.generated())
            .filter_map(|r| Some((r.id.as_str(), r.crate_name.as_deref()?))),
    );
    for row in &mut rows {
        if let Some(first) = clash.get(&row.id) {
            row.gen_error = Some(format!(
                "crate name `{}` is already used by {first}",
                row.crate_name.as_deref().unwrap_or_default()
            ));
        }
    }
    let members: BTreeSet<String> = rows
        .iter()
        .filter(|r| r.generated())
        .map(|r| r.dir.clone())
        .collect();
    write_workspace(root, &ws, &members)?;

    let mut report = Report {
        command: command_line(),
        date: utc_date(SystemTime::now()),
        machine: machine(),
        base: list_url,
        gen_threads: threads,
        gen_wall,
        models,
        ..Report::default()
    };

    if !args.no_compile {
        let selected: BTreeSet<String> = match args.largest {
            Some(k) => {
                let mut ids: BTreeSet<String> = largest(&rows, k).into_iter().collect();
                ids.extend(only_ids.iter().cloned());
                ids
            }
            None => rows.iter().map(|r| r.id.clone()).collect(),
        };
        let targets: Vec<Target> = rows
            .iter()
            .enumerate()
            .filter(|(_, r)| r.generated() && selected.contains(&r.id))
            .filter_map(|(i, r)| {
                Some(Target {
                    row: i,
                    dir: r.dir.clone(),
                    package: r.crate_name.clone()?,
                    tests: r.has_tests,
                })
            })
            .collect();
        for t in &targets {
            rows[t.row].compiled = true;
        }
        if !targets.is_empty() {
            let dirs = Dirs {
                ws: ws.clone(),
                build: corpus.join("target"),
                doc: corpus.join("doc"),
            };
            let started = Instant::now();
            let jobs = usize::try_from(args.jobs).unwrap_or(1);
            report.stage_walls = if args.per_crate {
                report.compile_mode = format!(
                    "one cargo per crate and stage, {jobs} at a time; stage times summed over crates"
                );
                compile_per_crate(&dirs, &targets, &mut rows, jobs)?
            } else {
                report.compile_mode = format!(
                    "one cargo per stage over all crates, doc per output dir (up to {DOC_BUCKETS})"
                );
                compile_workspace(&dirs, &targets, &mut rows, targets.len() == members.len())?
            };
            report.compile_wall = started.elapsed();
        }
    }

    report.rows = rows;
    println!();
    print!("{}", render_table(&report.rows));
    for line in report.totals() {
        println!("{line}");
    }
    let out = args.out.clone().unwrap_or_else(|| root.join("CORPUS.md"));
    std::fs::write(&out, render_markdown(&report))
        .map_err(|e| format!("{}: {e}", out.display()))?;
    println!("wrote {}", out.display());
    std::io::stdout().flush().ok();
    Ok(!report.rows.iter().any(Row::failed))
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::Parser;

    #[derive(Parser)]
    struct Cli {
        #[command(flatten)]
        args: CorpusArgs,
    }

    fn parse(argv: &[&str]) -> CorpusArgs {
        Cli::try_parse_from(std::iter::once("corpus").chain(argv.iter().copied()))
            .unwrap()
            .args
    }

    fn spec(id: &str, service_name: Option<&str>) -> Spec {
        Spec {
            id: id.into(),
            version: "2020-01-01".into(),
            service_name: service_name.map(str::to_string),
        }
    }

    #[test]
    fn only_accepts_commas_and_repeats() {
        let args = parse(&[
            "--only",
            "states, dynamodb,,logs",
            "--only",
            "cur",
            "--only",
            "STATES",
        ]);
        assert_eq!(
            args.only,
            ["states", " dynamodb", "", "logs", "cur", "STATES"]
        );
        assert_eq!(
            parse_only(&args.only),
            ["states", "dynamodb", "logs", "cur"]
        );
        let args = parse(&[
            "--largest",
            "5",
            "--jobs",
            "2",
            "--no-compile",
            "--out",
            "/tmp/c.md",
        ]);
        assert_eq!(args.largest, Some(5));
        assert_eq!(args.jobs, 2);
        assert!(args.no_compile && args.only.is_empty());
        assert_eq!(args.out.as_deref(), Some(Path::new("/tmp/c.md")));
        assert_eq!(parse(&[]).jobs, 1);
        assert!(Cli::try_parse_from(["corpus", "--jobs", "0"]).is_err());
    }

    #[test]
    fn only_selects_by_id_or_service_name() {
        let specs = [
            spec("amazonaws.com:AWSMigrationHub", Some("AWSMigrationHub")),
            spec("amazonaws.com:states", Some("states")),
            spec("amazonaws.com:streams.dynamodb", Some("streams.dynamodb")),
            spec("example.com:foo", Some("bar")),
        ];
        let pick = |names: &[&str]| {
            let names: Vec<String> = names.iter().map(|s| s.to_string()).collect();
            select(&specs, &names).map(|s| s.into_iter().collect::<Vec<_>>())
        };
        assert_eq!(pick(&[]).unwrap(), Vec::<usize>::new());
        assert_eq!(pick(&["states"]).unwrap(), [1]);
        assert_eq!(
            pick(&["amazonaws.com:states", "awsmigrationhub"]).unwrap(),
            [0, 1]
        );
        assert_eq!(pick(&["streams.dynamodb", "bar"]).unwrap(), [2, 3]);
        let err = pick(&["state", "zzzzzzzzzz"]).unwrap_err();
        assert!(
            err.contains("`state` (did you mean amazonaws.com:states?)"),
            "{err}"
        );
        assert!(err.contains("`zzzzzzzzzz`"), "{err}");
    }

    #[test]
    fn list_json_gives_preferred_versions_sorted() {
        let list = br#"{
            "amazonaws.com:states": {"preferred": "2016-11-23", "versions": {
                "2016-11-23": {"info": {"x-serviceName": "states"}},
                "2015-01-01": {"info": {}}}},
            "amazonaws.com:acm": {"versions": {"2015-12-08": {}, "2014-01-01": {}}}
        }"#;
        let specs = parse_list(list).unwrap();
        assert_eq!(
            specs[0],
            Spec {
                id: "amazonaws.com:acm".into(),
                version: "2015-12-08".into(),
                service_name: None
            }
        );
        assert_eq!(specs[1].version, "2016-11-23");
        assert_eq!(specs[1].service_name.as_deref(), Some("states"));
        assert_eq!(specs[1].service(), "states");
        assert!(parse_list(b"[]").is_err());
    }

    #[test]
    fn later_ids_lose_crate_name_collisions() {
        let clash = collisions([
            ("a:one", "one-client"),
            ("a:two", "two-client"),
            ("b:one", "one-client"),
            ("c:one", "One_Client"),
            ("d:three", "three-client"),
        ]);
        assert_eq!(
            clash.into_iter().collect::<Vec<_>>(),
            [
                ("b:one".to_string(), "a:one".to_string()),
                ("c:one".to_string(), "a:one".to_string())
            ]
        );
        assert!(collisions([("a:x", "x"), ("a:y", "y")]).is_empty());
    }

    #[test]
    fn largest_by_operations_then_id() {
        let row = |id: &str, ops: Option<usize>, failed: bool| Row {
            id: id.into(),
            operations: ops,
            gen_error: failed.then(|| "boom".into()),
            protocol: Some(Protocol::AwsJson),
            ..Row::default()
        };
        let rows = [
            row("a", Some(10), false),
            row("b", Some(30), false),
            row("c", Some(10), false),
            row("d", Some(99), true),
            row("e", None, true),
        ];
        assert_eq!(largest(&rows, 2), ["b", "a"]);
        assert_eq!(largest(&rows, 9), ["b", "a", "c"]);
        // Nor is another protocol's, whatever its size.
        let mut rows = rows.to_vec();
        rows.push(Row {
            protocol: Some(Protocol::RestJson1),
            ..row("big", Some(500), false)
        });
        assert_eq!(largest(&rows, 1), ["b"]);
        assert!(largest(&rows, 0).is_empty());
    }

    const ERROR_LINE: &str = r#"{"reason":"compiler-message","package_id":"path+file:///r/target/corpus/ws/logs#logs-client@0.1.0","manifest_path":"/r/target/corpus/ws/logs/Cargo.toml","target":{"kind":["lib"],"name":"logs_client","src_path":"/r/target/corpus/ws/logs/src/lib.rs"},"message":{"rendered":"error[E0308]: mismatched types\n --> logs/src/types/mod.rs:12:5\n","$message_type":"diagnostic","children":[],"code":{"code":"E0308","explanation":"..."},"level":"error","message":"mismatched types","spans":[{"file_name":"logs/src/types/other.rs","line_start":3,"is_primary":false},{"file_name":"logs/src/types/mod.rs","byte_start":1,"byte_end":2,"column_start":5,"column_end":6,"line_start":12,"line_end":12,"is_primary":true,"label":"expected `String`","text":[]}]}}"#;

    #[test]
    fn first_error_per_crate_from_cargo_json() {
        let mut a = Attribution::default();
        let warning = ERROR_LINE.replace(r#""level":"error""#, r#""level":"warning""#);
        assert_eq!(a.observe(&warning), None);
        assert_eq!(a.observe("not json"), None);
        assert_eq!(
            a.observe(ERROR_LINE),
            Some((
                "logs".to_string(),
                "src/types/mod.rs:12: mismatched types [E0308]".to_string()
            ))
        );
        // Only the first error of a crate is reported.
        let second = ERROR_LINE.replace("mismatched types", "other");
        assert_eq!(a.observe(&second), None);
        // Lints denied by -D warnings; the old package_id format; no code.
        let lint = r#"{"reason":"compiler-message","package_id":"cur-client 0.1.0 (path+file:///r/target/corpus/ws/cur)","target":{"src_path":"/r/target/corpus/ws/cur/src/lib.rs"},"message":{"level":"error","message":"unused import: `Foo`\n","code":{"code":"unused_imports"},"spans":[{"file_name":"cur/src/lib.rs","line_start":7,"is_primary":true}]}}"#;
        assert_eq!(
            a.observe(lint).unwrap().1,
            "src/lib.rs:7: unused import: `Foo` [unused_imports]"
        );
        let abort = r#"{"reason":"compiler-message","package_id":"path+file:///r/ws/acm#acm-client@0.1.0","message":{"level":"error","message":"aborting due to 2 previous errors","code":null,"spans":[]}}"#;
        assert_eq!(a.observe(abort), None);
        let artifact = r#"{"reason":"compiler-artifact","package_id":"path+file:///r/target/corpus/ws/states#states-client@0.1.0","fresh":true}"#;
        assert_eq!(a.observe(artifact), None);
        assert_eq!(a.stage("states", "x"), Stage::Ok);
        assert_eq!(
            a.stage("logs", "x"),
            Stage::Fail("src/types/mod.rs:12: mismatched types [E0308]".into())
        );
        assert_eq!(
            a.stage("dax", "error: failed to\nload manifest"),
            Stage::Fail("error: failed to load manifest".into())
        );
    }

    #[test]
    fn clippy_run_tells_compile_errors_from_lints() {
        let msg = |dir: &str, code: Option<&str>, text: &str| {
            serde_json::json!({
                "reason": "compiler-message",
                "package_id": format!("path+file:///r/ws/{dir}#{dir}-client@0.1.0"),
                "message": {"level": "error", "message": text,
                            "code": code.map(|c| serde_json::json!({"code": c})), "spans": []}
            })
            .to_string()
        };
        let artifact = |dir: &str| {
            format!(
                r#"{{"reason":"compiler-artifact","package_id":"path+file:///r/ws/{dir}#{dir}-client@0.1.0"}}"#
            )
        };
        let mut a = Attribution::default();
        for line in [
            artifact("clean"),
            msg("lint", Some("clippy::needless_return"), "unneeded `return`"),
            msg("both", Some("unused_imports"), "unused import"),
            msg("both", Some("E0425"), "cannot find value `x`"),
            msg("syntax", None, "expected one of `;`"),
        ] {
            a.observe(&line);
        }
        assert_eq!(a.check_and_clippy("clean", "?"), (Stage::Ok, Stage::Ok));
        assert_eq!(
            a.check_and_clippy("lint", "?"),
            (
                Stage::Ok,
                Stage::Fail("unneeded `return` [clippy::needless_return]".into())
            )
        );
        assert_eq!(
            a.check_and_clippy("both", "?"),
            (
                Stage::Fail("cannot find value `x` [E0425]".into()),
                Stage::Skipped
            )
        );
        assert_eq!(
            a.check_and_clippy("syntax", "?"),
            (Stage::Fail("expected one of `;`".into()), Stage::Skipped)
        );
        assert_eq!(
            a.check_and_clippy("absent", "error: no network"),
            (Stage::Fail("error: no network".into()), Stage::Skipped)
        );
        assert!(is_lint(Some("rustdoc::broken_intra_doc_links")));
        assert!(is_lint(Some("dead_code")));
        assert!(!is_lint(Some("E0599")));
        assert!(!is_lint(None));
    }

    #[test]
    fn cargo_arguments() {
        let p = ["a-client".to_string(), "b-client".to_string()];
        assert_eq!(
            StageKind::Clippy.args(Some(&p), true).join(" "),
            "clippy --lib --examples --test * --keep-going --message-format=json \
             -p a-client -p b-client -- -D warnings"
        );
        assert_eq!(
            StageKind::Check.args(None, false).join(" "),
            "check --lib --examples --keep-going --message-format=json --workspace"
        );
        assert_eq!(
            StageKind::Doc.args(None, true).join(" "),
            "doc --no-deps --keep-going --message-format=json --workspace"
        );
        assert!(is_test_target("tests/parsers.rs"));
        assert!(is_test_target("tests/big/main.rs"));
        assert!(!is_test_target("tests/support/fuzz.rs"));
        assert!(!is_test_target("src/lib.rs"));
    }

    /// Both compile modes on a scratch workspace of tiny crates, one per
    /// kind of failure (runs cargo: a few seconds).
    #[test]
    fn compile_modes_attribute_results_to_crates() {
        let clippy = Command::new(cargo_bin())
            .args(["clippy", "--version"])
            .output();
        if !clippy.is_ok_and(|o| o.status.success()) {
            eprintln!("skipped: cargo clippy is not installed");
            return;
        }
        let crates: &[(&str, &str, Option<&str>)] = &[
            ("fine", "//! Fine.\npub fn f() {}\n", None),
            ("broken", "//! Broken.\npub fn f() -> u32 {\n    \"x\"\n}\n", None),
            ("lint", "//! Lint.\npub fn f() -> u32 {\n    return 1;\n}\n", None),
            (
                "hidden",
                "//! A lint in the lib hides the test's compile error from clippy.\nuse std::fmt;\n",
                Some("#[test]\nfn t() {\n    let _: u32 = \"x\";\n}\n"),
            ),
            ("docs", "//! Docs.\n\n/// See [Missing].\npub fn f() {}\n", None),
        ];
        let dir = std::env::temp_dir().join(format!("xtask-corpus-test-{}", std::process::id()));
        let ws = dir.join("ws");
        let mut targets = Vec::new();
        let mut rows = Vec::new();
        for (i, (name, lib, test)) in crates.iter().enumerate() {
            let mut files = generator::Files::new();
            files.insert(
                "Cargo.toml".into(),
                format!("[package]\nname = \"{name}-client\"\nversion = \"0.1.0\"\nedition = \"2021\"\n"),
            );
            files.insert("src/lib.rs".into(), lib.to_string());
            if let Some(test) = test {
                files.insert("tests/t.rs".into(), test.to_string());
            }
            sync_dir(&ws.join(name), &files).unwrap();
            targets.push(Target {
                row: i,
                dir: name.to_string(),
                package: format!("{name}-client"),
                tests: test.is_some(),
            });
            rows.push(Row {
                id: name.to_string(),
                ..Row::default()
            });
        }
        let members: Vec<String> = crates.iter().map(|c| format!("\"{}\"", c.0)).collect();
        std::fs::write(
            ws.join("Cargo.toml"),
            format!(
                "[workspace]\nresolver = \"2\"\nmembers = [{}]\n",
                members.join(", ")
            ),
        )
        .unwrap();
        let dirs = Dirs {
            ws: ws.clone(),
            build: dir.join("target"),
            doc: dir.join("doc"),
        };
        let summary = |rows: &[Row]| -> Vec<String> {
            rows.iter()
                .map(|r| {
                    format!(
                        "{} {} {} {} {}",
                        r.id,
                        r.check.cell(),
                        r.clippy.cell(),
                        r.doc.cell(),
                        r.first_error().unwrap_or_default()
                    )
                })
                .collect()
        };

        let walls = compile_workspace(&dirs, &targets, &mut rows, true).unwrap();
        let names: Vec<&str> = walls.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(
            names,
            ["clippy (+ check)", "check of 2 lint failure(s)", "doc"]
        );
        let expected = [
            "fine ok ok ok ",
            "broken FAIL - - check: src/lib.rs:3: mismatched types [E0308]",
            "lint ok FAIL ok clippy: src/lib.rs:3: unneeded `return` statement [clippy::needless_return]",
            "hidden FAIL FAIL - check: tests/t.rs:3: mismatched types [E0308]",
            "docs ok ok FAIL doc: src/lib.rs:3: unresolved link to `Missing` [rustdoc::broken_intra_doc_links]",
        ];
        assert_eq!(summary(&rows), expected);

        let mut per_crate: Vec<Row> = rows
            .iter()
            .map(|r| Row {
                id: r.id.clone(),
                ..Row::default()
            })
            .collect();
        compile_per_crate(&dirs, &targets, &mut per_crate, 2).unwrap();
        let mut expected = expected.map(String::from);
        // Per crate, clippy does not run after check failed.
        expected[3] = "hidden FAIL - - check: tests/t.rs:3: mismatched types [E0308]".into();
        assert_eq!(summary(&per_crate), expected);
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn doc_buckets_are_stable() {
        assert_eq!(doc_bucket("states"), 15);
        assert_eq!(doc_bucket("cur"), 5);
        assert!((0..200).all(|i| doc_bucket(&format!("s{i}")) < DOC_BUCKETS));
    }

    #[test]
    fn package_dirs() {
        assert_eq!(
            package_dir("path+file:///r/ws/states#states-client@0.1.0"),
            Some("states")
        );
        assert_eq!(
            package_dir("path+file:///r/ws/states#0.1.0"),
            Some("states")
        );
        assert_eq!(
            package_dir("states-client 0.1.0 (path+file:///r/ws/states)"),
            Some("states")
        );
        assert_eq!(
            package_dir("registry+https://github.com/rust-lang/crates.io-index#serde@1.0.0"),
            None
        );
    }

    #[test]
    fn descriptions_are_one_short_line() {
        let msg = serde_json::json!({"level": "error", "message": "a\n  b", "spans": []});
        assert_eq!(describe(&msg, "x"), "a b");
        let long = serde_json::json!({"message": "y".repeat(500)});
        let d = describe(&long, "x");
        assert_eq!(d.chars().count(), MAX_ERROR_CHARS);
        assert!(d.ends_with('…'));
        let abs = serde_json::json!({"message": "m", "spans": [{"file_name": "/r/target/corpus/ws/x/src/a.rs", "line_start": 4, "is_primary": true}]});
        assert_eq!(describe(&abs, "x"), "src/a.rs:4: m");
    }

    fn sample_rows() -> Vec<Row> {
        vec![
            Row {
                id: "amazonaws.com:cur".into(),
                operations: Some(4),
                shapes: Some(21),
                gen_ms: Some(35),
                compiled: true,
                check: Stage::Ok,
                clippy: Stage::Fail("src/lib.rs:1: a | b".into()),
                doc: Stage::Ok,
                ..Row::default()
            },
            Row {
                id: "amazonaws.com:x".into(),
                gen_ms: Some(7),
                gen_error: Some("bad spec".into()),
                ..Row::default()
            },
            Row {
                id: "amazonaws.com:states".into(),
                protocol: Some(Protocol::AwsJson),
                operations: Some(37),
                shapes: Some(180),
                gen_ms: Some(1234),
                ..Row::default()
            },
        ]
    }

    /// [`sample_rows`] plus two unsupported specs.
    fn rows_with_unsupported() -> Vec<Row> {
        let mut rows = sample_rows();
        for (id, protocol) in [
            ("amazonaws.com:lambda", Protocol::RestJson1),
            ("amazonaws.com:sts", Protocol::Query),
        ] {
            rows.push(Row {
                id: id.into(),
                protocol: Some(protocol),
                gen_ms: Some(3),
                ..Row::default()
            });
        }
        rows
    }

    #[test]
    fn table_is_aligned_markdown() {
        let table = render_table(&rows_with_unsupported());
        let expected = "\
| spec                 | protocol                | ops | shapes | gen ms | check | clippy | doc | first error |
| -------------------- | ----------------------- | --: | -----: | -----: | ----- | ------ | --- | --- |
| amazonaws.com:cur    | -                       |   4 |     21 |     35 | ok    | FAIL   | ok  | clippy: src/lib.rs:1: a \\| b |
| amazonaws.com:x      | -                       |   - |      - |      7 | -     | -      | -   | generate: bad spec |
| amazonaws.com:states | awsJson                 |  37 |    180 |   1234 | -     | -      | -   |  |
| amazonaws.com:lambda | restJson1 (unsupported) |   - |      - |      3 | -     | -      | -   |  |
| amazonaws.com:sts    | query (unsupported)     |   - |      - |      3 | -     | -      | -   |  |
";
        assert_eq!(table, expected);
    }

    #[test]
    fn report_has_header_totals_and_table() {
        let report = Report {
            command: "cargo xtask corpus --only cur".into(),
            date: "2026-01-02 03:04 UTC".into(),
            machine: "nproc 2".into(),
            base: "file:///m/v2/list.json".into(),
            gen_threads: 2,
            gen_wall: Duration::from_millis(1500),
            compile_mode: "one cargo per stage over all crates".into(),
            stage_walls: vec![
                ("check".into(), Duration::from_secs(10)),
                ("clippy".into(), Duration::from_secs(5)),
            ],
            compile_wall: Duration::from_millis(15_020),
            models:
                "2 matched, 1 retired (botocore has no such service), 0 failed; extracted in 1.5 s"
                    .into(),
            rows: sample_rows(),
        };
        let md = render_markdown(&report);
        assert!(
            md.contains("- command: `cargo xtask corpus --only cur`\n"),
            "{md}"
        );
        assert!(md.contains("- generated: 2/3\n"), "{md}");
        assert!(
            md.contains("- compiled: 1 — check ok 1/1, clippy-clean 0/1, doc-clean 1/1\n"),
            "{md}"
        );
        assert!(md.contains("1276 ms summed over specs, 1.5 s wall on 2 thread(s); largest 1234 ms (amazonaws.com:states)"), "{md}");
        assert!(md.contains("- compile wall time: 15.0 s (check 10.0 s, clippy 5.0 s; one cargo per stage over all crates)\n"), "{md}");
        assert!(md.contains("- failed: 2/3\n"), "{md}");
        assert!(
            md.contains("- AWS models: 2 matched, 1 retired (botocore has no such service), 0 failed; extracted in 1.5 s\n"),
            "{md}"
        );
        assert!(!md.contains("- unsupported:"), "{md}");
        assert!(md.ends_with(&render_table(&report.rows)));

        // Unsupported specs: a line of their own, outside the other totals.
        let report = Report {
            rows: rows_with_unsupported(),
            ..report
        };
        let md = render_markdown(&report);
        assert!(
            md.contains("- unsupported: 2/5 (restJson1 1, query 1), refused by the generator: not generated, not compiled, not failures\n"),
            "{md}"
        );
        assert!(md.contains("- generated: 2/3\n"), "{md}");
        assert!(md.contains("- failed: 2/3\n"), "{md}");
        let rows = &report.rows;
        assert_eq!(
            rows.iter()
                .map(|r| (r.unsupported(), r.generated(), r.failed()))
                .collect::<Vec<_>>(),
            [
                (false, true, true),
                (false, false, true),
                (false, true, false),
                (true, false, false),
                (true, false, false)
            ]
        );
    }

    /// The whole command (without compiling) on the committed test mirror,
    /// which has a spec of every protocol: the unsupported ones are counted
    /// as such, and `--largest` picks among generated specs only.
    #[test]
    fn corpus_run_counts_unsupported_specs() {
        let repo = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
        let root = std::env::temp_dir().join(format!("xtask-corpus-run-{}", std::process::id()));
        let out = root.join("CORPUS.md");
        let args = CorpusArgs {
            base: Some(repo.join("tests/mirror").display().to_string()),
            no_compile: true,
            out: Some(out.clone()),
            ..CorpusArgs::default()
        };
        let ok = run(&root, &args).unwrap();
        assert!(!ok, "broken and mixed fail");
        let md = std::fs::read_to_string(&out).unwrap();
        let _ = std::fs::remove_dir_all(&root);
        let row = |id: &str| {
            md.lines()
                .find(|l| l.starts_with(&format!("| {id} ")))
                .unwrap_or_else(|| panic!("no row for {id}:\n{md}"))
                .split('|')
                .map(str::trim)
                .collect::<Vec<_>>()
        };
        for (id, protocol) in [
            ("amazonaws.com:cur", "awsJson"),
            ("amazonaws.com:states", "awsJson"),
            // restJson1 with AWS's model is generated; without one (no
            // botocore service) it is refused.
            ("amazonaws.com:lambda", "restJson1"),
            ("amazonaws.com:kinesis-video-webrtc-storage", "restJson1"),
            ("example.com:petstore", "restJson1 (unsupported)"),
            ("amazonaws.com:route53", "restXml (unsupported)"),
            ("amazonaws.com:ec2", "query (unsupported)"),
            ("amazonaws.com:importexport", "query (unsupported)"),
        ] {
            let cells = row(id);
            assert_eq!(cells[2], protocol, "{id}");
            assert_eq!(cells[9], "", "{id}: no error");
        }
        assert!(
            row("example.com:mixed")[9].contains("mixed protocols"),
            "{md}"
        );
        assert!(
            row("amazonaws.com:broken")[9].starts_with("generate: "),
            "{md}"
        );
        assert!(
            md.contains("- unsupported: 4/12 (restJson1 1, restXml 1, query 2), refused"),
            "{md}"
        );
        assert!(md.contains("- generated: 6/8\n"), "{md}");
        assert!(md.contains("- failed: 2/8\n"), "{md}");
    }

    #[test]
    fn utc_dates() {
        assert_eq!(utc_date(SystemTime::UNIX_EPOCH), "1970-01-01 00:00 UTC");
        let t = SystemTime::UNIX_EPOCH + Duration::from_secs(1_709_210_096); // leap day
        assert_eq!(utc_date(t), "2024-02-29 12:34 UTC");
        let t = SystemTime::UNIX_EPOCH + Duration::from_secs(951_782_400); // 2000-02-29
        assert_eq!(utc_date(t), "2000-02-29 00:00 UTC");
    }
}
