//! `cargo xtask model`: AWS's own model of each spec's service
//! (`aws-model.json` beside the spec, read by `generator::model`), extracted
//! from the botocore release pinned in `xtask/botocore/requirements.txt`.
//!
//! 1. [`ensure_venv`] makes `<target>/botocore-venv` (`python3 -m venv` +
//!    `pip install -r xtask/botocore/requirements.txt`) unless its marker
//!    file already records the requirements' sha256; a lock file serialises
//!    concurrent installs (as the moto harness, `tests/support/moto.rs`).
//! 2. Each spec's `info.x-origin` URLs, `servers` URLs and `info.version`
//!    become a [`Job`]; one `python xtask/botocore/extract.py JOBS.json`
//!    process handles all of them (botocore and partitions.json load once).
//! 3. Every file written is read back with `generator::model::AwsModel`, so
//!    a model the generator cannot read fails here, naming the file.
//!
//! `--check` extracts into a scratch directory and compares bytes with the
//! committed files instead of writing them.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::fs::{self, OpenOptions};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::manifest::{Entry, Manifest};

/// The file name beside `openapi.yaml`.
pub const FILE_NAME: &str = generator::model::FILE_NAME;
/// Bumped when the venv layout changes, to invalidate old markers.
const MARKER_FORMAT: &str = "botocore-venv v1";
const MARKER_FILE: &str = ".requirements-installed";
/// Overrides the interpreter that creates the venv (default `python3`).
pub const PYTHON_ENV: &str = "XTASK_PYTHON";

/// Options of `cargo xtask model` (see the subcommand's `--help`).
#[derive(clap::Args, Debug, Clone, Default, PartialEq, Eq)]
#[command(group(clap::ArgGroup::new("which").required(true).args(["ids", "all", "mirror"])))]
pub struct ModelArgs {
    /// Pinned specs (specs/manifest.toml) to refresh: apis.guru ids
    /// (`amazonaws.com:states`), optionally `@version`.
    #[arg(value_name = "ID")]
    pub ids: Vec<String>,
    /// Every pinned spec.
    #[arg(long, conflicts_with = "ids")]
    pub all: bool,
    /// An apis.guru v2 mirror directory (holding list.json): a model for
    /// every id's preferred version, written under --out.
    #[arg(long, value_name = "DIR", requires = "out", conflicts_with_all = ["ids", "all"])]
    pub mirror: Option<PathBuf>,
    /// With --mirror: models go to OUT/<provider>/<service>/<version>/aws-model.json.
    #[arg(long, value_name = "DIR", requires = "mirror", conflicts_with_all = ["ids", "all"])]
    pub out: Option<PathBuf>,
    /// Write nothing; fail if a model file is missing or differs from what
    /// the pinned botocore gives.
    #[arg(long)]
    pub check: bool,
}

// ---------------------------------------------------------------------------
// Locations

/// `xtask/` (this crate's directory): requirements and extract.py live here,
/// whatever repository root the caller works on.
fn xtask_dir() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn workspace_root() -> &'static Path {
    xtask_dir().parent().unwrap_or(xtask_dir())
}

/// The workspace's target directory: `$CARGO_TARGET_DIR` (relative to the
/// workspace root) or `<workspace>/target`.
pub fn target_dir() -> PathBuf {
    match std::env::var_os("CARGO_TARGET_DIR").filter(|v| !v.is_empty()) {
        Some(dir) => workspace_root().join(dir),
        None => workspace_root().join("target"),
    }
}

pub fn requirements_path() -> PathBuf {
    xtask_dir().join("botocore").join("requirements.txt")
}

pub fn extract_script() -> PathBuf {
    xtask_dir().join("botocore").join("extract.py")
}

/// Overrides where the venv lives (default `<target>/botocore-venv`).
pub const VENV_ENV: &str = "XTASK_BOTOCORE_VENV";

/// `$XTASK_BOTOCORE_VENV` or `<target>/botocore-venv`.
pub fn venv_dir() -> PathBuf {
    match std::env::var_os(VENV_ENV).filter(|v| !v.is_empty()) {
        Some(dir) => PathBuf::from(dir),
        None => target_dir().join("botocore-venv"),
    }
}

fn venv_python(venv: &Path) -> PathBuf {
    venv.join("bin").join("python")
}

/// Where the model of `spec` (an `openapi.yaml`) goes.
pub fn beside(spec: &Path) -> PathBuf {
    spec.with_file_name(FILE_NAME)
}

// ---------------------------------------------------------------------------
// The venv

/// The marker text for requirements with these bytes.
pub fn marker_text(requirements: &[u8]) -> String {
    format!(
        "{MARKER_FORMAT}\nrequirements-sha256 {}\n",
        hex(&Sha256::digest(requirements))
    )
}

/// Makes sure `venv` holds `requirements` (installing with `python` if its
/// marker says otherwise) and returns its interpreter and whether it had to
/// install. Safe against concurrent callers (a lock file beside the venv).
pub fn ensure_venv_at(
    venv: &Path,
    requirements: &Path,
    python: &std::ffi::OsStr,
) -> Result<(PathBuf, bool), String> {
    let req_bytes = fs::read(requirements)
        .map_err(|e| format!("botocore venv: cannot read {}: {e}", requirements.display()))?;
    let expected = marker_text(&req_bytes);
    let marker = venv.join(MARKER_FILE);
    let up_to_date =
        || fs::read_to_string(&marker).is_ok_and(|m| m == expected) && venv_python(venv).exists();
    if up_to_date() {
        return Ok((venv_python(venv), false));
    }
    let parent = venv.parent().unwrap_or(Path::new("."));
    fs::create_dir_all(parent)
        .map_err(|e| format!("botocore venv: cannot create {}: {e}", parent.display()))?;
    let lock_path = venv.with_extension("lock");
    let lock = OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&lock_path)
        .map_err(|e| format!("botocore venv: cannot open {}: {e}", lock_path.display()))?;
    lock.lock()
        .map_err(|e| format!("botocore venv: cannot lock {}: {e}", lock_path.display()))?;
    // Another process may have finished the install while we waited.
    if up_to_date() {
        return Ok((venv_python(venv), false));
    }
    if venv.exists() {
        fs::remove_dir_all(venv)
            .map_err(|e| format!("botocore venv: cannot remove stale {}: {e}", venv.display()))?;
    }
    run_command(
        Command::new(python).arg("-m").arg("venv").arg(venv),
        &format!(
            "create the botocore venv (the AWS model needs python3 with the venv module; \
             set {PYTHON_ENV} to use another interpreter)"
        ),
    )?;
    run_command(
        Command::new(venv_python(venv))
            .args(["-m", "pip", "install", "--disable-pip-version-check"])
            .args(["--no-input", "--quiet", "-r"])
            .arg(requirements)
            .env_remove("PYTHONPATH")
            .env_remove("PYTHONHOME"),
        &format!(
            "pip install {} (needs PyPI or a configured index)",
            requirements.display()
        ),
    )?;
    let tmp = venv.join(format!("{MARKER_FILE}.tmp"));
    fs::write(&tmp, &expected)
        .and_then(|()| fs::rename(&tmp, &marker))
        .map_err(|e| format!("botocore venv: cannot write {}: {e}", marker.display()))?;
    drop(lock);
    Ok((venv_python(venv), true))
}

/// [`ensure_venv_at`] for `<target>/botocore-venv` and the pinned
/// requirements, with `$XTASK_PYTHON` or `python3`.
pub fn ensure_venv() -> Result<PathBuf, String> {
    let python = std::env::var_os(PYTHON_ENV).unwrap_or_else(|| "python3".into());
    let started = Instant::now();
    let (python, installed) = ensure_venv_at(&venv_dir(), &requirements_path(), &python)?;
    if installed {
        eprintln!(
            "botocore venv {} installed in {:.1?}",
            venv_dir().display(),
            started.elapsed()
        );
    }
    Ok(python)
}

/// Runs a command to completion; on failure the error names `what`, the
/// command, and carries the tail of its output.
fn run_command(cmd: &mut Command, what: &str) -> Result<Output, String> {
    let output = cmd
        .stdin(Stdio::null())
        .output()
        .map_err(|e| format!("cannot {what}: failed to run {cmd:?}: {e}"))?;
    if output.status.success() {
        return Ok(output);
    }
    Err(format!(
        "cannot {what}: {cmd:?} exited with {}\n--- stdout ---\n{}\n--- stderr ---\n{}",
        output.status,
        tail(&String::from_utf8_lossy(&output.stdout), 4000),
        tail(&String::from_utf8_lossy(&output.stderr), 4000),
    ))
}

fn tail(text: &str, max: usize) -> &str {
    let start = text.len().saturating_sub(max);
    let start = (start..=text.len())
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(text.len());
    &text[start..]
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

// ---------------------------------------------------------------------------
// Jobs and outcomes

/// What extract.py needs to find a spec's botocore service (see its docs).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Job {
    /// Names the spec in messages: `amazonaws.com:states@2016-11-23`.
    pub name: String,
    /// `info.x-origin[*].url`.
    pub origins: Vec<String>,
    /// `servers[*].url`.
    pub servers: Vec<String>,
    /// `info.version`.
    pub version: String,
    /// Where to write the model.
    pub out: PathBuf,
}

impl Job {
    /// The job for a parsed spec.
    pub fn for_api(name: &str, api: &generator::openapiv3::OpenAPI, out: PathBuf) -> Job {
        let origins = match api.info.extensions.get("x-origin") {
            Some(serde_json::Value::Array(items)) => items.iter().collect(),
            Some(one @ serde_json::Value::Object(_)) => vec![one],
            _ => Vec::new(),
        };
        Job {
            name: name.to_string(),
            origins: origins
                .into_iter()
                .filter_map(|o| o.get("url").and_then(|u| u.as_str()))
                .map(str::to_string)
                .collect(),
            servers: api.servers.iter().map(|s| s.url.clone()).collect(),
            version: api.info.version.clone(),
            out,
        }
    }

    /// The job for a spec file.
    pub fn for_file(name: &str, spec: &Path, out: PathBuf) -> Result<Job, String> {
        let api = generator::load::load_file(spec).map_err(|e| e.to_string())?;
        Ok(Job::for_api(name, &api, out))
    }
}

/// How botocore answered for one spec.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Status {
    /// botocore has the service: the model holds its facts.
    Matched {
        service: String,
        api_version: String,
        protocol: String,
        /// `uid` (x-origin file == metadata.uid) or `endpoint_prefix`.
        via: String,
    },
    /// botocore has no such service (AWS retired it): a `retired` model.
    Retired,
}

/// One spec's result.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Extracted {
    pub name: String,
    pub out: PathBuf,
    pub status: Status,
}

impl std::fmt::Display for Status {
    /// `botocore stepfunctions 2016-11-23 (json, by uid)`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Status::Matched {
                service,
                api_version,
                protocol,
                via,
            } => write!(f, "botocore {service} {api_version} ({protocol}, by {via})"),
            Status::Retired => f.write_str("retired: botocore has no such service"),
        }
    }
}

/// One line of extract.py's output.
#[derive(Debug, Deserialize)]
struct Line {
    name: String,
    status: String,
    #[serde(default)]
    service: Option<String>,
    #[serde(default)]
    api_version: Option<String>,
    #[serde(default)]
    protocol: Option<String>,
    #[serde(default)]
    via: Option<String>,
    #[serde(default)]
    error: Option<String>,
}

/// Interprets extract.py's stdout for `jobs` (one JSON line each, in
/// order): one result per job, each error naming the job.
fn parse_lines(stdout: &str, jobs: &[Job]) -> Vec<Result<Extracted, String>> {
    let mut lines = stdout.lines().filter(|l| !l.trim().is_empty());
    jobs.iter()
        .map(|job| {
            let fail = |message: String| Err(format!("{}: {message}", job.name));
            let Some(text) = lines.next() else {
                return fail("extract.py printed no result".into());
            };
            let line: Line = match serde_json::from_str(text) {
                Ok(line) => line,
                Err(e) => {
                    return fail(format!(
                        "extract.py printed {text:?}, not a result line: {e}"
                    ))
                }
            };
            if line.name != job.name {
                return fail(format!("extract.py answered for {:?} instead", line.name));
            }
            let status = match (line.status.clone().as_str(), line) {
                (
                    "matched",
                    Line {
                        service: Some(service),
                        api_version: Some(api_version),
                        protocol: Some(protocol),
                        via: Some(via),
                        ..
                    },
                ) => Status::Matched {
                    service,
                    api_version,
                    protocol,
                    via,
                },
                ("retired", _) => Status::Retired,
                ("error", Line { error, .. }) => {
                    return fail(error.unwrap_or_else(|| "extract.py failed".into()))
                }
                (other, _) => {
                    return fail(format!(
                        "extract.py gave status {other:?} without its fields"
                    ))
                }
            };
            Ok(Extracted {
                name: job.name.clone(),
                out: job.out.clone(),
                status,
            })
        })
        .collect()
}

static RUNS: AtomicU64 = AtomicU64::new(0);

/// Runs extract.py over `jobs` in one Python process, then reads every
/// written model back with the generator's loader. Jobs that fail are
/// listed in the error (the others' files are written).
pub fn extract(jobs: &[Job]) -> Result<Vec<Extracted>, String> {
    let mut done = Vec::new();
    let mut failed = Vec::new();
    for result in extract_each(jobs)? {
        match result {
            Ok(e) => done.push(e),
            Err(e) => failed.push(e),
        }
    }
    if failed.is_empty() {
        Ok(done)
    } else {
        Err(format!(
            "{} of {} AWS model(s) failed:\n  {}",
            failed.len(),
            jobs.len(),
            failed.join("\n  ")
        ))
    }
}

/// [`extract`] with one result per job, in order (each error names its
/// spec). The outer error: extraction could not run at all (no Python, the
/// venv install failed, extract.py crashed).
pub fn extract_each(jobs: &[Job]) -> Result<Vec<Result<Extracted, String>>, String> {
    if jobs.is_empty() {
        return Ok(Vec::new());
    }
    let python = ensure_venv()?;
    let scratch = target_dir().join("botocore-jobs");
    fs::create_dir_all(&scratch)
        .map_err(|e| format!("cannot create {}: {e}", scratch.display()))?;
    let jobs_file = scratch.join(format!(
        "jobs-{}-{}.json",
        std::process::id(),
        RUNS.fetch_add(1, Ordering::Relaxed)
    ));
    let text = serde_json::to_string(&serde_json::json!({ "jobs": jobs }))
        .map_err(|e| format!("cannot encode the extraction jobs: {e}"))?;
    fs::write(&jobs_file, text)
        .map_err(|e| format!("cannot write {}: {e}", jobs_file.display()))?;
    let mut cmd = Command::new(&python);
    cmd.arg(extract_script())
        .arg(&jobs_file)
        .env_remove("PYTHONPATH")
        .env_remove("PYTHONHOME")
        // No __pycache__ beside extract.py in the source tree.
        .env("PYTHONDONTWRITEBYTECODE", "1");
    let output = run_command(&mut cmd, "extract the AWS model with botocore");
    let _ = fs::remove_file(&jobs_file);
    let output = output?;
    Ok(parse_lines(&String::from_utf8_lossy(&output.stdout), jobs)
        .into_iter()
        .map(|result| {
            let extracted = result?;
            generator::model::AwsModel::load(&extracted.out).map_err(|e| {
                format!(
                    "{}: the generator cannot read the model extract.py wrote: {e}",
                    extracted.name
                )
            })?;
            Ok(extracted)
        })
        .collect())
}

/// A fresh place for a model that is not yet where it belongs (`pull`
/// extracts before it writes the spec): `<target>/model-staging/<pid>-<n>/`.
pub fn staging_path() -> PathBuf {
    target_dir()
        .join("model-staging")
        .join(format!(
            "{}-{}",
            std::process::id(),
            RUNS.fetch_add(1, Ordering::Relaxed)
        ))
        .join(FILE_NAME)
}

/// Extracts the model for one spec straight into `out`.
pub fn extract_one(job: Job) -> Result<Extracted, String> {
    let mut done = extract(std::slice::from_ref(&job))?;
    done.pop()
        .ok_or_else(|| format!("{}: no AWS model extracted", job.name))
}

// ---------------------------------------------------------------------------
// Writing or checking a set of models

/// [`Job::for_file`] for each `(name, spec, out)`, in order, reading the
/// specs on all cores (parsing them is most of a mirror run's time).
pub fn jobs_for_files(items: &[(String, PathBuf, PathBuf)]) -> Vec<Result<Job, String>> {
    let next = std::sync::atomic::AtomicUsize::new(0);
    let slots: Vec<std::sync::Mutex<Option<Result<Job, String>>>> =
        items.iter().map(|_| std::sync::Mutex::new(None)).collect();
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    std::thread::scope(|scope| {
        for _ in 0..threads.min(items.len()) {
            scope.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some((name, spec, out)) = items.get(i) else {
                    break;
                };
                let job = Job::for_file(name, spec, out.clone());
                if let Ok(mut slot) = slots[i].lock() {
                    *slot = Some(job);
                }
            });
        }
    });
    slots
        .into_iter()
        .zip(items)
        .map(|(slot, (name, _, _))| {
            slot.into_inner()
                .ok()
                .flatten()
                .unwrap_or_else(|| Err(format!("{name}: the spec was not read")))
        })
        .collect()
}

/// The jobs for pinned specs: each model beside its spec.
pub fn jobs_for_entries(root: &Path, entries: &[&Entry]) -> Result<Vec<Job>, String> {
    entries
        .iter()
        .map(|e| {
            let spec = e.file(root);
            Job::for_file(&e.id_at_version(), &spec, beside(&spec))
        })
        .collect()
}

/// The mirror's specs (each id's preferred version, as the corpus takes
/// them), with their models' places under `out`.
pub fn jobs_for_mirror(mirror: &Path, out: &Path) -> Result<Vec<Job>, String> {
    let list = mirror.join("list.json");
    let bytes = fs::read(&list).map_err(|e| format!("cannot read {}: {e}", list.display()))?;
    let specs =
        crate::corpus::parse_list(&bytes).map_err(|e| format!("{}: {e}", list.display()))?;
    let items: Vec<(String, PathBuf, PathBuf)> = specs
        .iter()
        .filter_map(|spec| {
            let relative = crate::pull::SpecRef::relative_path(&spec.id, &spec.version);
            let dirs = relative
                .strip_prefix("specs/")?
                .strip_suffix("openapi.yaml")?
                .to_string();
            Some((
                format!("{}@{}", spec.id, spec.version),
                mirror.join(&relative),
                out.join(dirs).join(FILE_NAME),
            ))
        })
        .collect();
    let mut jobs = Vec::new();
    let mut failed = Vec::new();
    for job in jobs_for_files(&items) {
        match job {
            Ok(job) => jobs.push(job),
            Err(e) => failed.push(e),
        }
    }
    if failed.is_empty() {
        Ok(jobs)
    } else {
        Err(format!(
            "{} spec(s) of {} cannot be read:\n  {}",
            failed.len(),
            mirror.display(),
            failed.join("\n  ")
        ))
    }
}

/// What a `model` run did.
#[derive(Debug)]
pub struct Report {
    pub extracted: Vec<Extracted>,
    /// Whole run (venv check, reading specs, extraction, validation).
    pub wall: Duration,
    /// With --check: files that are missing or differ.
    pub stale: Vec<String>,
}

impl Report {
    /// `262 matched (json 74, rest-json 145, …), 34 retired`.
    pub fn summary(&self) -> String {
        let mut protocols: BTreeMap<&str, usize> = BTreeMap::new();
        let mut retired = 0;
        for e in &self.extracted {
            match &e.status {
                Status::Matched { protocol, .. } => *protocols.entry(protocol).or_default() += 1,
                Status::Retired => retired += 1,
            }
        }
        let matched: usize = protocols.values().sum();
        let by: Vec<String> = protocols.iter().map(|(p, n)| format!("{p} {n}")).collect();
        let mut out = format!("{matched} matched");
        if !by.is_empty() {
            let _ = write!(out, " ({})", by.join(", "));
        }
        let _ = write!(out, ", {retired} retired");
        out
    }
}

/// Produces the models of `jobs` (or with `check`, compares them with the
/// files at each job's `out`).
pub fn produce(jobs: Vec<Job>, check: bool) -> Result<Report, String> {
    let started = Instant::now();
    if !check {
        let extracted = extract(&jobs)?;
        return Ok(Report {
            extracted,
            wall: started.elapsed(),
            stale: Vec::new(),
        });
    }
    let scratch = target_dir()
        .join("model-check")
        .join(std::process::id().to_string());
    let _ = fs::remove_dir_all(&scratch);
    let staged: Vec<Job> = jobs
        .iter()
        .enumerate()
        .map(|(i, job)| Job {
            out: scratch.join(i.to_string()).join(FILE_NAME),
            ..job.clone()
        })
        .collect();
    let result = extract(&staged);
    let mut stale = Vec::new();
    if result.is_ok() {
        for (job, fresh) in jobs.iter().zip(&staged) {
            let want = fs::read(&fresh.out).ok();
            match fs::read(&job.out) {
                Err(_) => stale.push(format!("{} (missing)", job.out.display())),
                Ok(have) if Some(&have) != want.as_ref() => {
                    stale.push(format!("{} (differs)", job.out.display()))
                }
                Ok(_) => {}
            }
        }
    }
    let _ = fs::remove_dir_all(&scratch);
    let extracted = result?
        .into_iter()
        .zip(&jobs)
        .map(|(e, job)| Extracted {
            out: job.out.clone(),
            ..e
        })
        .collect();
    Ok(Report {
        extracted,
        wall: started.elapsed(),
        stale,
    })
}

/// The manifest entries `ids` name (`id` or `id@version`; an id alone
/// names every pinned version of it).
pub fn select_entries<'a>(
    manifest: &'a Manifest,
    ids: &[String],
) -> Result<Vec<&'a Entry>, String> {
    let mut chosen: Vec<&Entry> = Vec::new();
    for wanted in ids {
        let r = crate::pull::SpecRef::parse(wanted).map_err(|e| e.to_string())?;
        let hits: Vec<&Entry> = manifest
            .iter()
            .filter(|e| e.id == r.id && r.version.as_ref().is_none_or(|v| *v == e.version))
            .collect();
        if hits.is_empty() {
            let pinned: Vec<String> = manifest.iter().map(Entry::id_at_version).collect();
            return Err(format!(
                "{wanted} is not pinned in {} (pinned: {}); `cargo xtask add` it first",
                crate::manifest::MANIFEST_PATH,
                if pinned.is_empty() {
                    "none".to_string()
                } else {
                    pinned.join(", ")
                }
            ));
        }
        for hit in hits {
            if !chosen.contains(&hit) {
                chosen.push(hit);
            }
        }
    }
    Ok(chosen)
}

/// Runs `cargo xtask model` from the repository `root`.
pub fn run(root: &Path, args: &ModelArgs) -> Result<(), String> {
    let reading = Instant::now();
    let jobs = match (&args.mirror, &args.out) {
        (Some(mirror), Some(out)) => jobs_for_mirror(mirror, out)?,
        (Some(_), None) | (None, Some(_)) => {
            return Err("--mirror and --out go together".into());
        }
        (None, None) => {
            let manifest = Manifest::load(root).map_err(|e| e.to_string())?;
            let entries: Vec<&Entry> = if args.all {
                manifest.iter().collect()
            } else {
                select_entries(&manifest, &args.ids)?
            };
            if entries.is_empty() {
                return Err(format!(
                    "no spec is pinned in {}",
                    crate::manifest::MANIFEST_PATH
                ));
            }
            jobs_for_entries(root, &entries)?
        }
    };
    let reading = reading.elapsed();
    let report = produce(jobs, args.check)?;
    for e in &report.extracted {
        let what = &e.status;
        let size = fs::metadata(&e.out).map(|m| m.len()).unwrap_or(0);
        let shown = e.out.strip_prefix(root).unwrap_or(&e.out);
        if args.check {
            println!("{}: {what}", e.name);
        } else {
            println!("{}: {what} -> {} ({size} bytes)", e.name, shown.display());
        }
    }
    println!(
        "{} spec(s): {}; specs read in {:.1?}, models extracted and checked in {:.1?}",
        report.extracted.len(),
        report.summary(),
        reading,
        report.wall
    );
    if report.stale.is_empty() {
        return Ok(());
    }
    Err(format!(
        "{} AWS model file(s) are not what the pinned botocore gives:\n  {}\nrun `cargo xtask model {}` to rewrite them",
        report.stale.len(),
        report.stale.join("\n  "),
        if args.mirror.is_some() {
            "--mirror DIR --out DIR"
        } else {
            "--all"
        }
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::Parser;

    #[derive(Parser)]
    struct Cli {
        #[command(flatten)]
        args: ModelArgs,
    }

    fn parse(argv: &[&str]) -> Result<ModelArgs, String> {
        Cli::try_parse_from(std::iter::once("model").chain(argv.iter().copied()))
            .map(|c| c.args)
            .map_err(|e| e.to_string())
    }

    #[test]
    fn arguments() {
        let a = parse(&["amazonaws.com:states", "amazonaws.com:logs@2014-03-28"]).unwrap();
        assert_eq!(
            a.ids,
            ["amazonaws.com:states", "amazonaws.com:logs@2014-03-28"]
        );
        assert!(parse(&["--all", "--check"]).unwrap().check);
        let m = parse(&["--mirror", "m", "--out", "o"]).unwrap();
        assert_eq!(m.mirror.as_deref(), Some(Path::new("m")));
        // Nothing named, or contradictions, are refused by clap.
        assert!(parse(&[]).is_err());
        assert!(parse(&["--all", "amazonaws.com:states"]).is_err());
        assert!(parse(&["--mirror", "m"]).is_err());
        assert!(parse(&["--out", "o", "--all"]).is_err());
        assert!(parse(&["--mirror", "m", "--out", "o", "--all"]).is_err());
    }

    fn entry(id: &str, version: &str) -> Entry {
        Entry {
            id: id.into(),
            version: version.into(),
            path: crate::pull::SpecRef::relative_path(id, version),
            source: String::new(),
            sha256: String::new(),
        }
    }

    #[test]
    fn selects_pinned_entries() {
        let manifest = Manifest {
            entries: vec![
                entry("amazonaws.com:logs", "2014-03-28"),
                entry("amazonaws.com:states", "2016-11-23"),
                entry("amazonaws.com:states", "2015-01-01"),
            ],
        };
        let ids = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let got = select_entries(&manifest, &ids(&["amazonaws.com:states"])).unwrap();
        assert_eq!(got.len(), 2);
        let got = select_entries(
            &manifest,
            &ids(&[
                "amazonaws.com:states@2016-11-23",
                "amazonaws.com:states@2016-11-23",
            ]),
        )
        .unwrap();
        assert_eq!(got, [&manifest.entries[1]]);
        let e = select_entries(&manifest, &ids(&["amazonaws.com:kinesis"])).unwrap_err();
        assert!(
            e.starts_with("amazonaws.com:kinesis is not pinned in specs/manifest.toml (pinned: amazonaws.com:logs@2014-03-28,"),
            "{e}"
        );
        assert!(e.ends_with("`cargo xtask add` it first"), "{e}");
    }

    #[test]
    fn marker_changes_with_the_requirements() {
        let a = marker_text(b"botocore==1.44.5\n");
        assert!(
            a.starts_with("botocore-venv v1\nrequirements-sha256 "),
            "{a}"
        );
        assert_eq!(a, marker_text(b"botocore==1.44.5\n"));
        assert_ne!(a, marker_text(b"botocore==1.44.6\n"));
    }

    /// A venv whose marker matches is used as is: no interpreter runs (the
    /// one given does not exist).
    #[test]
    fn a_matching_marker_skips_the_install() {
        let tmp = std::env::temp_dir().join(format!("xtask-model-venv-{}", std::process::id()));
        let _ = fs::remove_dir_all(&tmp);
        let venv = tmp.join("venv");
        let req = tmp.join("requirements.txt");
        fs::create_dir_all(venv.join("bin")).unwrap();
        fs::write(&req, "botocore==1.44.5\n").unwrap();
        fs::write(venv.join("bin/python"), "").unwrap();
        fs::write(venv.join(MARKER_FILE), marker_text(b"botocore==1.44.5\n")).unwrap();
        let nowhere = std::ffi::OsStr::new("/nonexistent/python3");
        let (python, installed) = ensure_venv_at(&venv, &req, nowhere).unwrap();
        assert_eq!(python, venv.join("bin/python"));
        assert!(!installed);

        // A changed requirements file means a reinstall, which here fails
        // naming the command and what it was for.
        fs::write(&req, "botocore==1.44.6\n").unwrap();
        let e = ensure_venv_at(&venv, &req, nowhere).unwrap_err();
        assert!(
            e.starts_with("cannot create the botocore venv (the AWS model needs python3"),
            "{e}"
        );
        assert!(
            e.contains("/nonexistent/python3") && e.contains(PYTHON_ENV),
            "{e}"
        );
        let _ = fs::remove_dir_all(&tmp);
    }

    #[test]
    fn missing_requirements_are_named() {
        let e = ensure_venv_at(
            Path::new("/nonexistent/venv"),
            Path::new("/nonexistent/requirements.txt"),
            std::ffi::OsStr::new("python3"),
        )
        .unwrap_err();
        assert!(
            e.starts_with("botocore venv: cannot read /nonexistent/requirements.txt"),
            "{e}"
        );
    }

    fn job(name: &str) -> Job {
        Job {
            name: name.into(),
            origins: Vec::new(),
            servers: Vec::new(),
            version: "2020-01-01".into(),
            out: PathBuf::from(format!("/o/{name}")),
        }
    }

    #[test]
    fn result_lines() {
        let jobs = [job("a"), job("b"), job("c"), job("d"), job("e")];
        let stdout = concat!(
            r#"{"name": "a", "status": "matched", "service": "s", "api_version": "v", "protocol": "json", "via": "uid", "seconds": 0.1}"#,
            "\n",
            r#"{"name": "b", "status": "retired", "seconds": 0.0}"#,
            "\n",
            r#"{"name": "c", "status": "error", "error": "ValueError: two services", "seconds": 0.0}"#,
            "\n",
            r#"{"name": "x", "status": "retired"}"#,
            "\n",
        );
        let results = parse_lines(stdout, &jobs);
        assert_eq!(
            results,
            [
                Ok(Extracted {
                    name: "a".into(),
                    out: "/o/a".into(),
                    status: Status::Matched {
                        service: "s".into(),
                        api_version: "v".into(),
                        protocol: "json".into(),
                        via: "uid".into()
                    }
                }),
                Ok(Extracted {
                    name: "b".into(),
                    out: "/o/b".into(),
                    status: Status::Retired
                }),
                Err("c: ValueError: two services".into()),
                Err("d: extract.py answered for \"x\" instead".into()),
                Err("e: extract.py printed no result".into()),
            ]
        );
    }

    #[test]
    fn jobs_read_origin_servers_and_version() {
        let api = generator::load::load_str(
            r#"
openapi: 3.0.0
info:
  title: t
  version: '2016-11-23'
  x-origin:
  - url: 'https://raw.githubusercontent.com/aws/aws-sdk-js/master/apis/states-2016-11-23.normal.json'
servers:
- url: 'http://states.{region}.amazonaws.com'
- url: 'https://states.{region}.amazonaws.com.cn'
paths: {}
"#,
            "t.yaml",
        )
        .unwrap();
        let job = Job::for_api("x", &api, "o".into());
        assert_eq!(
            job.origins,
            ["https://raw.githubusercontent.com/aws/aws-sdk-js/master/apis/states-2016-11-23.normal.json"]
        );
        assert_eq!(
            job.servers,
            [
                "http://states.{region}.amazonaws.com",
                "https://states.{region}.amazonaws.com.cn"
            ]
        );
        assert_eq!(job.version, "2016-11-23");
    }
}
