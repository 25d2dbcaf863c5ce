//! `cargo xtask oracle`: the differential wire oracle (issue 11 item 3).
//!
//! For every operation of each spec, botocore (`xtask/oracle/oracle.py`, run
//! offline in a venv with the pinned botocore) makes deterministic sample
//! inputs from its own shapes, prepares and signs the request, and parses
//! canned responses (a sample output, one error per modelled error). A
//! driver binary generated from the generator's IR ([`driver`]) sends the
//! same inputs through the generated client's public API with a capturing
//! `HttpClient`, and [`compare`] lines the two up. Results go to ORACLE.md.
//!
//! Layout under `target/oracle/`: `botocore/<svc>.json` (botocore's side),
//! `ws/` (scratch workspace: `crates/<svc>` generated crates, `drivers/<svc>`),
//! `target/` (their shared target dir), `build.log`.

pub mod compare;
pub mod customizations;
pub mod driver;

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use serde_json::Value;

use crate::manifest::Manifest;
use compare::{compare_call, Area};

/// Options of `cargo xtask oracle`.
#[derive(clap::Args, Debug, Clone, Default)]
pub struct OracleArgs {
    /// Only these specs (comma-separated, repeatable): ids
    /// (`amazonaws.com:states`) or service names (`states`).
    #[arg(long = "spec", value_name = "ID", value_delimiter = ',')]
    pub specs: Vec<String>,

    /// Also every AWS JSON spec of this apis.guru v2 mirror (a directory
    /// holding list.json), each at its preferred version.
    #[arg(long, value_name = "DIR")]
    pub mirror: Option<PathBuf>,

    /// AWS models for mirror specs: DIR/<id path>/<version>/aws-model.json
    /// (the layout of specs/); without it only committed specs have models.
    #[arg(long, value_name = "DIR")]
    pub models: Option<PathBuf>,

    /// Where to write the report [default: ORACLE.md at the repository root]
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,

    /// Also write every difference, one line per operation and area, in the
    /// format of tests/oracle/known.txt (`spec op area -- first difference`).
    #[arg(long, value_name = "FILE")]
    pub areas: Option<PathBuf>,

    /// Exit non-zero when any operation differs.
    #[arg(long)]
    pub strict: bool,

    /// Working directory (generated crates, drivers, their target dir,
    /// botocore's cached side) [default: target/oracle]; another one lets a
    /// second run go on beside a long one.
    #[arg(long, value_name = "DIR")]
    pub work: Option<PathBuf>,

    /// The Python with botocore [default: $ORACLE_PYTHON, else
    /// target/botocore-venv (made by pip on first use)]
    #[arg(long, value_name = "FILE")]
    pub python: Option<PathBuf>,
}

/// One operation's verdict.
#[derive(Debug, Clone)]
pub struct OpResult {
    pub name: String,
    /// Calls compared (samples botocore accepted × canned responses).
    pub calls: usize,
    /// The first difference, by area; `None` when every call is equal.
    pub first: Option<(Area, String)>,
    /// Areas with any difference, each with its first difference.
    pub areas: BTreeMap<Area, String>,
    /// Why the operation was not checked (not in the client, botocore
    /// refused every sample).
    pub skipped: Option<String>,
}

#[derive(Debug, Clone)]
pub struct SpecResult {
    pub id: String,
    pub dir: String,
    pub botocore: String,
    /// Why the spec was not checked at all.
    pub error: Option<String>,
    pub ops: Vec<OpResult>,
}

impl SpecResult {
    pub fn checked(&self) -> usize {
        self.ops.iter().filter(|o| o.skipped.is_none()).count()
    }
    pub fn equal(&self) -> usize {
        self.ops
            .iter()
            .filter(|o| o.skipped.is_none() && o.first.is_none())
            .count()
    }
    fn equal_in(&self, area: Area) -> usize {
        self.ops
            .iter()
            .filter(|o| o.skipped.is_none() && !o.areas.contains_key(&area))
            .count()
    }
}

struct Job {
    id: String,
    dir: String,
    spec: PathBuf,
    config: generator::SpecConfig,
    model: Option<generator::model::AwsModel>,
}

/// Where a botocore job's stamp goes and what it must hold for its samples
/// to be reused: the sha256 of the job, oracle.py and the botocore pins (the
/// samples depend on nothing else: botocore runs offline on fixed inputs).
fn botocore_stamp(root: &Path, job: &Value) -> Result<(PathBuf, String), String> {
    let out = job["out"]
        .as_str()
        .ok_or("botocore job without an output path")?;
    let mut bytes = serde_json::to_vec(job).map_err(|e| e.to_string())?;
    for file in ["xtask/oracle/oracle.py", "xtask/botocore/requirements.txt"] {
        let path = root.join(file);
        bytes.extend(std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?);
    }
    Ok((
        PathBuf::from(format!("{out}.stamp")),
        crate::manifest::sha256_hex(&bytes),
    ))
}

/// The python to run botocore with: `--python`, `$ORACLE_PYTHON`, else the
/// pinned botocore venv `cargo xtask model` uses (target/botocore-venv,
/// created with pip on first use).
pub fn python(explicit: Option<&Path>) -> Result<PathBuf, String> {
    if let Some(p) = explicit {
        return Ok(p.to_path_buf());
    }
    if let Some(p) = std::env::var_os("ORACLE_PYTHON") {
        return Ok(PathBuf::from(p));
    }
    crate::model::ensure_venv()
}

fn committed_jobs(root: &Path, names: &[String]) -> Result<Vec<Job>, String> {
    let manifest = Manifest::load(root).map_err(|e| e.to_string())?;
    let mut jobs = Vec::new();
    for e in &manifest.entries {
        let dir = crate::regen::out_dir(root, e)
            .file_name()
            .map(|n| n.to_string_lossy().to_string())
            .unwrap_or_default();
        if !names.is_empty() && !names.iter().any(|n| n == &e.id || n == &dir) {
            continue;
        }
        let spec = e.file(root);
        let config = generator::config_beside(&spec).map_err(|e| e.to_string())?;
        jobs.push(Job {
            id: e.id.clone(),
            dir,
            spec,
            config,
            model: None,
        });
    }
    Ok(jobs)
}

fn mirror_jobs(
    mirror: &Path,
    models: Option<&Path>,
    names: &[String],
    taken: &BTreeSet<String>,
) -> Result<Vec<Job>, String> {
    let list = mirror.join("list.json");
    let bytes = std::fs::read(&list).map_err(|e| format!("{}: {e}", list.display()))?;
    let specs = crate::corpus::parse_list(&bytes)?;
    let mut jobs = Vec::new();
    for s in specs {
        if !s.id.starts_with("amazonaws.com:") || taken.contains(&s.id) {
            continue;
        }
        if !names.is_empty() && !names.iter().any(|n| n == &s.id || n == s.service()) {
            continue;
        }
        let rel = s.id.replace(':', "/");
        let spec = mirror
            .join("specs")
            .join(&rel)
            .join(&s.version)
            .join("openapi.yaml");
        let model = match models {
            Some(m) => {
                let p = m.join(&rel).join(&s.version).join("aws-model.json");
                if p.exists() {
                    Some(generator::model::AwsModel::load(&p).map_err(|e| e.to_string())?)
                } else {
                    None
                }
            }
            None => None,
        };
        jobs.push(Job {
            id: s.id.clone(),
            dir: s.service().to_string(),
            spec,
            config: generator::SpecConfig::default(),
            model,
        });
    }
    Ok(jobs)
}

/// Writes `text` to `path` unless it already holds exactly that (keeps
/// cargo's freshness checks cheap).
fn write_if_changed(path: &Path, text: &str) -> Result<(), String> {
    if std::fs::read(path).ok().as_deref() == Some(text.as_bytes()) {
        return Ok(());
    }
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
    }
    std::fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))
}

/// The apis.guru origin file stem (`states-2016-11-23`) = botocore's
/// `metadata.uid`.
fn origin_uid(spec: &Path) -> Option<String> {
    let api = generator::load::load_file(spec).ok()?;
    let origins = api.info.extensions.get("x-origin")?.as_array()?;
    origins.iter().find_map(|o| {
        let url = o.get("url")?.as_str()?;
        let file = url.rsplit('/').next()?;
        Some(
            file.strip_suffix(".normal.json")
                .unwrap_or(file)
                .to_string(),
        )
    })
}

struct Generated {
    job: Job,
    svc: generator::ir::Service,
    samples_path: PathBuf,
}

/// Runs the oracle; returns one result per spec (failures inside a spec are
/// results, not errors).
pub fn run(root: &Path, args: &OracleArgs) -> Result<Vec<SpecResult>, String> {
    let started = Instant::now();
    let base = match &args.work {
        Some(w) => root.join(w),
        None => root.join("target/oracle"),
    };
    let ws = base.join("ws");
    let mut jobs = committed_jobs(root, &args.specs)?;
    if let Some(mirror) = &args.mirror {
        let taken: BTreeSet<String> = jobs.iter().map(|j| j.id.clone()).collect();
        let committed = Manifest::load(root).map_err(|e| e.to_string())?;
        let all_taken: BTreeSet<String> = committed.entries.iter().map(|e| e.id.clone()).collect();
        let _ = taken;
        jobs.extend(mirror_jobs(
            mirror,
            args.models.as_deref(),
            &args.specs,
            &all_taken,
        )?);
    }
    if jobs.is_empty() {
        return Err(format!("no spec matches --spec {}", args.specs.join(",")));
    }
    let mut results: BTreeMap<String, SpecResult> = BTreeMap::new();
    let mut generated = Vec::new();
    let mut py_jobs = Vec::new();
    let mut seen_dirs = BTreeSet::new();
    for job in jobs {
        let fail = |job: &Job, e: String| SpecResult {
            id: job.id.clone(),
            dir: job.dir.clone(),
            botocore: String::new(),
            error: Some(e),
            ops: Vec::new(),
        };
        if !seen_dirs.insert(job.dir.clone()) {
            results.insert(
                job.id.clone(),
                fail(&job, "service directory taken by another id".into()),
            );
            continue;
        }
        let model = match &job.model {
            Some(m) => Some(m.clone()),
            None => generator::model::AwsModel::beside(&job.spec).map_err(|e| e.to_string())?,
        };
        let gen = match generator::generate_with_model(&job.spec, &job.config, model.as_ref()) {
            Ok(g) => g,
            Err(e) if e.unsupported().is_some() => continue,
            Err(e) => {
                results.insert(
                    job.id.clone(),
                    fail(&job, format!("generation failed: {e}")),
                );
                continue;
            }
        };
        let crate_dir = ws.join("crates").join(&job.dir);
        for (rel, text) in &gen.files {
            write_if_changed(&crate_dir.join(rel), text)?;
        }
        let samples_path = base.join("botocore").join(format!("{}.json", job.dir));
        let source = model.as_ref().map(|m| &m.source);
        py_jobs.push(serde_json::json!({
            "id": job.id,
            "uid": origin_uid(&job.spec),
            "endpoint_prefix": gen.service.endpoint.prefix,
            "api_version": source.and_then(|s| s.api_version.clone()).unwrap_or(gen.service.api_version.clone()),
            "service": source.and_then(|s| s.service.clone()),
            "out": samples_path,
        }));
        generated.push(Generated {
            job,
            svc: gen.service,
            samples_path,
        });
    }
    eprintln!(
        "oracle: generated {} crate(s) in {:.1} s",
        generated.len(),
        started.elapsed().as_secs_f64()
    );

    // botocore's side: one Python process for every spec whose samples are
    // not already there from a run with the same job, oracle.py and pins.
    let python = python(args.python.as_deref())?;
    std::fs::create_dir_all(base.join("botocore")).map_err(|e| e.to_string())?;
    let job_file = base.join("botocore/jobs.json");
    let stamps: Vec<(PathBuf, String)> = py_jobs
        .iter()
        .map(|job| botocore_stamp(root, job))
        .collect::<Result<_, _>>()?;
    let (todo, fresh): (Vec<_>, Vec<_>) = py_jobs
        .iter()
        .zip(&stamps)
        .partition(|(_, (path, key))| std::fs::read_to_string(path).ok().as_ref() != Some(key));
    write_if_changed(
        &job_file,
        &serde_json::to_string_pretty(&todo.iter().map(|(j, _)| j).collect::<Vec<_>>())
            .unwrap_or_default(),
    )?;
    let t = Instant::now();
    if !todo.is_empty() {
        let status = Command::new(&python)
            .arg(root.join("xtask/oracle/oracle.py"))
            .arg(&job_file)
            .status()
            .map_err(|e| format!("{}: {e}", python.display()))?;
        if !status.success() {
            return Err(format!(
                "xtask/oracle/oracle.py failed ({status}) with {}",
                python.display()
            ));
        }
        for (_, (path, key)) in &todo {
            std::fs::write(path, key).map_err(|e| format!("{}: {e}", path.display()))?;
        }
    }
    eprintln!(
        "oracle: botocore side in {:.1} s ({} spec(s) run, {} reused)",
        t.elapsed().as_secs_f64(),
        todo.len(),
        fresh.len()
    );

    // The client's side: one driver per spec, built together.
    let mut members = Vec::new();
    let mut ready = Vec::new();
    for g in generated {
        let samples: Value = match std::fs::read(&g.samples_path)
            .map_err(|e| e.to_string())
            .and_then(|b| serde_json::from_slice(&b).map_err(|e| e.to_string()))
        {
            Ok(v) => v,
            Err(e) => {
                results.insert(
                    g.job.id.clone(),
                    SpecResult {
                        id: g.job.id.clone(),
                        dir: g.job.dir.clone(),
                        botocore: String::new(),
                        error: Some(format!("{}: {e}", g.samples_path.display())),
                        ops: Vec::new(),
                    },
                );
                continue;
            }
        };
        if samples["retired"].as_bool() == Some(true) {
            results.insert(
                g.job.id.clone(),
                SpecResult {
                    id: g.job.id.clone(),
                    dir: g.job.dir.clone(),
                    botocore: "(retired: not in botocore)".into(),
                    error: Some("botocore has no such service (retired)".into()),
                    ops: Vec::new(),
                },
            );
            continue;
        }
        let crate_dir = ws.join("crates").join(&g.job.dir);
        let config_rs =
            std::fs::read_to_string(crate_dir.join("src/runtime/config.rs")).unwrap_or_default();
        // A package name allows no `.` (entitlement.marketplace).
        let package = format!(
            "oracle-driver-{}",
            g.job
                .dir
                .replace(|c: char| !c.is_ascii_alphanumeric() && c != '_', "-")
        );
        let files = driver::driver_files(
            &g.svc,
            &package,
            &format!("../../crates/{}", g.job.dir),
            &samples,
            driver::clock_of(&config_rs),
        );
        let ddir = ws.join("drivers").join(&g.job.dir);
        for (rel, text) in &files {
            write_if_changed(&ddir.join(rel), text)?;
        }
        members.push(format!("crates/{}", g.job.dir));
        members.push(format!("drivers/{}", g.job.dir));
        ready.push((g, samples, package));
    }
    let mut manifest =
        String::from("# Written by `cargo xtask oracle`; do not edit.\n[workspace]\nresolver = \"2\"\nmembers = [\n");
    for m in &members {
        let _ = writeln!(manifest, "    \"{m}\",");
    }
    manifest.push_str("]\n");
    // No debug info: the drivers are run once, never debugged, and debug
    // info is a large share of building ~250 generated crates.
    manifest.push_str("\n[profile.dev]\ndebug = 0\n");
    write_if_changed(&ws.join("Cargo.toml"), &manifest)?;
    if root.join("Cargo.lock").exists() {
        let lock = std::fs::read_to_string(root.join("Cargo.lock")).map_err(|e| e.to_string())?;
        write_if_changed(&ws.join("Cargo.lock"), &lock)?;
    }
    let target = base.join("target");
    let bin = |package: &str| target.join("debug").join(package);
    for (_, _, package) in &ready {
        let _ = std::fs::remove_file(bin(package));
    }
    let t = Instant::now();
    let log_path = base.join("build.log");
    let log = std::fs::File::create(&log_path).map_err(|e| e.to_string())?;
    let mut cargo = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()));
    cargo
        .current_dir(&ws)
        .arg("build")
        .arg("--keep-going")
        .arg("--quiet")
        .env("CARGO_TARGET_DIR", &target)
        .env(
            "CARGO_INCREMENTAL",
            std::env::var("CARGO_INCREMENTAL").unwrap_or("0".into()),
        )
        .stdout(log.try_clone().map_err(|e| e.to_string())?)
        .stderr(log);
    for (_, _, package) in &ready {
        cargo.arg("-p").arg(package);
    }
    let _ = cargo.status().map_err(|e| format!("cargo: {e}"))?;
    eprintln!(
        "oracle: drivers built in {:.1} s",
        t.elapsed().as_secs_f64()
    );

    for (g, samples, package) in ready {
        let result = check_spec(
            &g,
            &samples,
            &bin(&package),
            &log_path,
            &python,
            &root.join("xtask/oracle/oracle.py"),
        );
        results.insert(g.job.id.clone(), result);
    }
    Ok(results.into_values().collect())
}

fn check_spec(
    g: &Generated,
    samples: &Value,
    bin: &Path,
    log: &Path,
    python: &Path,
    script: &Path,
) -> SpecResult {
    let mut result = SpecResult {
        id: g.job.id.clone(),
        dir: g.job.dir.clone(),
        botocore: format!(
            "{} {}",
            samples["service"].as_str().unwrap_or_default(),
            samples["api_version"].as_str().unwrap_or_default()
        ),
        error: None,
        ops: Vec::new(),
    };
    if !bin.exists() {
        result.error = Some(format!(
            "the driver did not compile (see {})",
            log.display()
        ));
        return result;
    }
    let out = match Command::new(bin).output() {
        Ok(o) => o,
        Err(e) => {
            result.error = Some(format!("{}: {e}", bin.display()));
            return result;
        }
    };
    let mut ours: BTreeMap<(String, u64), Value> = BTreeMap::new();
    for line in String::from_utf8_lossy(&out.stdout).lines() {
        if let Ok(v) = serde_json::from_str::<Value>(line) {
            let key = (
                v["op"].as_str().unwrap_or_default().to_string(),
                v["call"].as_u64().unwrap_or(0),
            );
            ours.insert(key, v);
        }
    }
    if let Err(e) = add_expected_signatures(&mut ours, python, script, &bin.with_extension("sign"))
    {
        result.error = Some(e);
    }
    if !out.status.success() {
        let err = String::from_utf8_lossy(&out.stderr);
        let last = err
            .lines()
            .find(|l| l.contains("panicked"))
            .unwrap_or("(no message)");
        result.error = Some(format!(
            "the driver failed ({}): {}",
            out.status,
            compare::short(last)
        ));
    }
    let ir_ops: BTreeSet<&str> = g.svc.operations.iter().map(driver::wire_op_name).collect();
    for op in samples["operations"].as_array().into_iter().flatten() {
        let name = op["name"].as_str().unwrap_or_default().to_string();
        let mut r = OpResult {
            name: name.clone(),
            calls: 0,
            first: None,
            areas: BTreeMap::new(),
            skipped: None,
        };
        if !ir_ops.contains(name.as_str()) {
            r.skipped = Some("not in the client".into());
            // An operation botocore has and the client lacks is a difference.
            r.first = Some((Area::Input, "operation not in the client".into()));
            r.skipped = None;
            r.areas
                .insert(Area::Input, "operation not in the client".into());
            result.ops.push(r);
            continue;
        }
        let tokens: Vec<(String, compare::TokenSlot)> = op["idempotency_tokens"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .map(|t| {
                (
                    t.to_string(),
                    compare::TokenSlot::of(t, &op["input_members"][t]),
                )
            })
            .collect();
        let mut rejected = None;
        for (i, call) in op["calls"].as_array().into_iter().flatten().enumerate() {
            if let Some(why) = call["rejected"].as_str() {
                rejected.get_or_insert_with(|| compare::short(why));
                continue;
            }
            let label = format!(
                "{} input, {}",
                call["sample"].as_str().unwrap_or_default(),
                call["response"]["name"].as_str().unwrap_or_default()
            );
            let Some(mine) = ours.get(&(name.clone(), i as u64)) else {
                r.calls += 1;
                let d = format!("{label}: the driver made no such call");
                r.areas.entry(Area::Request).or_insert(d.clone());
                r.first.get_or_insert((Area::Request, d));
                continue;
            };
            r.calls += 1;
            let unset: Vec<compare::TokenSlot> = tokens
                .iter()
                .filter(|(t, _)| call["input"].get(t.as_str()).is_none())
                .map(|(_, slot)| slot.clone())
                .collect();
            let d = compare_call(call, mine, &unset);
            for (area, diff) in [
                (Area::Input, &d.input),
                (Area::Request, &d.request),
                (Area::Signature, &d.signature),
                (Area::Response, &d.response),
            ] {
                if let Some(diff) = diff {
                    r.areas.entry(area).or_insert(format!("{label}: {diff}"));
                }
            }
            if let Some((area, diff)) = d.first() {
                r.first.get_or_insert((area, format!("{label}: {diff}")));
            }
        }
        if r.calls == 0 {
            r.skipped = Some(format!(
                "botocore refused every sample: {}",
                rejected.unwrap_or_default()
            ));
        }
        result.ops.push(r);
    }
    result
}

/// Asks botocore for the signature of every request the driver sent (see
/// `sign` in oracle.py) and stores it as `expected_authorization`.
fn add_expected_signatures(
    ours: &mut BTreeMap<(String, u64), Value>,
    python: &Path,
    script: &Path,
    scratch: &Path,
) -> Result<(), String> {
    let keys: Vec<(String, u64)> = ours.keys().cloned().collect();
    let requests: Vec<Value> = keys.iter().map(|k| ours[k]["request"].clone()).collect();
    let input = scratch.with_extension("in.json");
    let output = scratch.with_extension("out.json");
    std::fs::write(&input, serde_json::to_vec(&requests).unwrap_or_default())
        .map_err(|e| format!("{}: {e}", input.display()))?;
    let status = Command::new(python)
        .arg(script)
        .arg("sign")
        .arg(&input)
        .arg(&output)
        .status()
        .map_err(|e| format!("{}: {e}", python.display()))?;
    if !status.success() {
        return Err(format!(
            "oracle.py sign failed ({status}) on {}",
            input.display()
        ));
    }
    let signed: Vec<Value> = std::fs::read(&output)
        .map_err(|e| e.to_string())
        .and_then(|b| serde_json::from_slice(&b).map_err(|e| e.to_string()))
        .map_err(|e| format!("{}: {e}", output.display()))?;
    for (k, auth) in keys.iter().zip(signed) {
        if let Some(line) = ours.get_mut(k) {
            line["expected_authorization"] = auth;
        }
    }
    Ok(())
}

/// ORACLE.md.
pub fn render(results: &[SpecResult], command: &str, wall_secs: f64, clock_fixed: bool) -> String {
    let mut s = String::from("# Wire oracle: generated clients vs botocore\n\n");
    let _ = writeln!(
        s,
        "Written by `{command}` ({}, {wall_secs:.0} s wall). For every operation, botocore \
         (pinned in xtask/botocore/requirements.txt) serializes and signs deterministic sample \
         inputs made from its own shapes (all members; required only) and parses canned \
         responses (a sample output, one error per modelled error); the generated client does \
         the same through its public API with a capturing HTTP client. An operation is equal \
         when every call matches on method, host, path (exactly as sent, percent-encoding \
         included), query (a multiset of decoded pairs), headers (by case-insensitive name, less \
         user agent, date, signature, host, content-length), body (as JSON when botocore sends \
         JSON, else its exact bytes; unset idempotency tokens compared as UUID-shaped), the \
         Authorization header's scope and signed headers{}, and the parsed output (restJson1: \
         with its header, status-code and payload members, from canned responses with headers \
         and status) or error (code, message, modelled). A difference a botocore customization \
         explains names it as its cause (xtask/src/oracle/customizations.rs). See \
         xtask/src/oracle.rs.\n",
        crate::corpus::utc_date(std::time::SystemTime::now()),
        if clock_fixed {
            " and signature at 2026-01-01T00:00:00Z"
        } else {
            " (signatures compared as present only: the runtime has no clock override yet)"
        }
    );
    let total_ops: usize = results.iter().map(SpecResult::checked).sum();
    let total_eq: usize = results.iter().map(SpecResult::equal).sum();
    let _ = writeln!(
        s,
        "**{} specs, {total_ops} operations checked, {total_eq} equal ({:.1}%).**\n",
        results.len(),
        if total_ops == 0 {
            0.0
        } else {
            100.0 * total_eq as f64 / total_ops as f64
        }
    );
    let mut kinds: BTreeMap<String, usize> = BTreeMap::new();
    for r in results {
        for o in &r.ops {
            if let Some((area, d)) = &o.first {
                kinds
                    .entry(format!("{}: {}", area.label(), kind_of(d)))
                    .and_modify(|n| *n += 1)
                    .or_insert(1);
            }
        }
    }
    if !kinds.is_empty() {
        s.push_str(
            "First differences by kind (operations):\n\n| kind | operations |\n| --- | ---: |\n",
        );
        let mut sorted: Vec<_> = kinds.into_iter().collect();
        sorted.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        for (k, n) in sorted {
            let _ = writeln!(s, "| {} | {n} |", k.replace('|', "\\|"));
        }
        s.push('\n');
    }
    s.push_str("| spec | botocore | operations | checked | equal | requests equal | signatures equal | responses equal | note |\n| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |\n");
    for r in results {
        let note = r.error.clone().unwrap_or_default();
        let _ = writeln!(
            s,
            "| {} | {} | {} | {} | {} | {} | {} | {} | {} |",
            r.id,
            r.botocore,
            r.ops.len(),
            r.checked(),
            r.equal(),
            r.equal_in(Area::Request).min(r.checked()),
            r.equal_in(Area::Signature).min(r.checked()),
            r.equal_in(Area::Response).min(r.checked()),
            note.replace('|', "\\|")
        );
    }
    for r in results {
        let differing: Vec<&OpResult> = r
            .ops
            .iter()
            .filter(|o| o.first.is_some() || o.skipped.is_some())
            .collect();
        if differing.is_empty() {
            continue;
        }
        let _ = writeln!(s, "\n## {}\n", r.id);
        for o in differing {
            match (&o.first, &o.skipped) {
                (_, Some(why)) => {
                    let _ = writeln!(s, "- `{}`: not checked: {why}", o.name);
                }
                (Some((area, d)), None) => {
                    let because = customizations::cause(&r.dir, &o.name, d)
                        .map(|c| format!(" (cause: {c})"))
                        .unwrap_or_default();
                    let _ = writeln!(
                        s,
                        "- `{}` ({}): {}{because}",
                        o.name,
                        area.label(),
                        d.replace('\n', " ")
                    );
                }
                _ => {}
            }
        }
    }
    s
}

/// A difference's kind: its text without the values and the call label
/// (`header x-amz-target: …` → `header x-amz-target`).
pub fn kind_of(diff: &str) -> String {
    let d = diff.split_once(": ").map_or(diff, |(_, rest)| rest);
    if let Some(rest) = d.strip_prefix("input ") {
        if rest.contains("botocore sends a blob") {
            return "blob member typed String".into();
        }
        if rest.contains("is not in the client") || rest.starts_with("member") {
            return "input member not in the client".into();
        }
        return "input type differs".into();
    }
    if d.starts_with("client refused the input") {
        return "client refused the input".into();
    }
    let cut = d
        .find(": botocore")
        .or_else(|| d.find(':'))
        .unwrap_or(d.len());
    let mut k = d[..cut].to_string();
    // Body and output pointers: keep the top-level member only.
    if let Some(rest) = k
        .strip_prefix("body /")
        .or_else(|| k.strip_prefix("output /"))
    {
        let head = if k.starts_with("body") {
            "body"
        } else {
            "output"
        };
        let _ = rest;
        k = format!("{head} member");
    }
    k
}

/// `cargo xtask oracle`: runs, prints the summary, writes ORACLE.md; false
/// when `--strict` and something differs.
pub fn main(root: &Path, args: &OracleArgs) -> Result<bool, String> {
    let started = Instant::now();
    let results = run(root, args)?;
    let wall = started.elapsed().as_secs_f64();
    let clock_fixed = driver::clock_of(
        &std::fs::read_to_string(root.join("templates/runtime/src/runtime/config.rs"))
            .unwrap_or_default(),
    ) == driver::Clock::Fixed;
    let text = render(&results, &crate::corpus::command_line(), wall, clock_fixed);
    let out = args.out.clone().unwrap_or_else(|| root.join("ORACLE.md"));
    std::fs::write(&out, &text).map_err(|e| format!("{}: {e}", out.display()))?;
    if let Some(path) = &args.areas {
        let mut lines = String::new();
        for r in &results {
            for o in &r.ops {
                for (area, diff) in &o.areas {
                    let _ = writeln!(lines, "{} {} {} -- {}", r.dir, o.name, area.label(), diff);
                }
            }
        }
        std::fs::write(path, lines).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    let mut all_equal = true;
    for r in &results {
        println!(
            "{}: {} checked, {} equal{}",
            r.id,
            r.checked(),
            r.equal(),
            r.error
                .as_deref()
                .map(|e| format!(" ({e})"))
                .unwrap_or_default()
        );
        all_equal &= r.error.is_none() && r.equal() == r.checked();
    }
    println!("wrote {} ({wall:.0} s)", out.display());
    Ok(all_equal || !args.strict)
}
