//! `cargo xtask bench`: ours vs the official SDK and the peer generators,
//! measured side by side in one run, written to BENCHMARKS.md.
//!
//! Stages, in order (each figure repeated `--reps` times, peers interleaved
//! with ours so a drift in machine speed hits both):
//!   setup       install peers (peers.rs) and build the generator (both
//!               for generation only), build `bench/percall` (not timed),
//!               fetch `bench/` sources, start the canned server
//!   generation  generation.rs
//!   compile     compile.rs (the states and Lambda user-program pairs;
//!               `--pairs` picks which)
//!   percall     percall.rs
//! Scratch space: target/bench/.

mod compile;
mod generation;
mod measure;
mod peers;
mod percall;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Instant, SystemTime};

use clap::Args;

use crate::corpus;

#[derive(Args, Debug)]
pub struct BenchArgs {
    /// Repetitions of every timing (at least 5 for a committed BENCHMARKS.md).
    #[arg(long, default_value_t = 5, value_parser = clap::value_parser!(u32).range(1..))]
    pub reps: u32,

    /// Sections to run (comma-separated): generation, compile, percall.
    #[arg(
        long,
        value_delimiter = ',',
        default_value = "generation,compile,percall"
    )]
    pub sections: Vec<Section>,

    /// User-program pairs the compile section builds (comma-separated):
    /// states (aws-sdk-sfn), lambda (aws-sdk-lambda). E.g. `--sections compile
    /// --pairs lambda --reps 1` measures only the Lambda pair, once.
    #[arg(long, value_delimiter = ',', default_value = "states,lambda")]
    pub pairs: Vec<compile::Pair>,

    /// A local apis.guru v2 mirror for the whole-mirror generation figure
    /// [default: ../shared/apis-guru/v2 beside the repository; the figure is
    /// skipped, and says so, without one]
    #[arg(long, value_name = "DIR")]
    pub mirror: Option<PathBuf>,

    /// Where to write the report [default: BENCHMARKS.md at the repository
    /// root for a full run (all sections and pairs, 5+ reps); target/bench/BENCHMARKS.md
    /// otherwise, so a quick run never replaces the committed report]
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Section {
    Generation,
    Compile,
    Percall,
}

/// What the sections hand to the report beside their markdown.
#[derive(Default)]
pub struct Findings {
    pub goals: Vec<Goal>,
    /// Figures whose repetitions varied more than 10%.
    pub noisy: Vec<String>,
}

impl Findings {
    fn check_noise(&mut self, label: &str, samples: &measure::Samples) {
        self.noisy.extend(measure::noisy(label, samples));
    }
}

/// One goal from the issue and where we stand.
pub struct Goal {
    pub what: String,
    pub goal: String,
    pub ours: String,
    pub met: bool,
}

fn cargo() -> String {
    std::env::var("CARGO").unwrap_or_else(|_| "cargo".into())
}

/// Runs a setup step (not timed), capturing its output; on failure the error
/// carries the last lines of its stderr.
fn step(command: &mut Command, what: &str) -> Result<(), String> {
    eprintln!("bench: {what}");
    let output = command
        .output()
        .map_err(|e| format!("{what}: cannot run {command:?}: {e}"))?;
    if output.status.success() {
        return Ok(());
    }
    let stderr = String::from_utf8_lossy(&output.stderr);
    let lines: Vec<&str> = stderr.lines().collect();
    let tail = lines[lines.len().saturating_sub(15)..].join("\n");
    Err(format!("{what} failed ({}):\n{tail}", output.status))
}

fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .ok()
        .and_then(|l| l.split_whitespace().next().map(str::to_string))
        .unwrap_or_else(|| "?".into())
}

fn cpu_model() -> String {
    std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|c| {
            c.lines()
                .find(|l| l.starts_with("model name"))
                .and_then(|l| l.split_once(':'))
                .map(|(_, m)| m.trim().to_string())
        })
        .unwrap_or_else(|| "unknown CPU".into())
}

fn memory() -> String {
    std::fs::read_to_string("/proc/meminfo")
        .ok()
        .and_then(|m| {
            m.lines().find(|l| l.starts_with("MemTotal")).and_then(|l| {
                l.split_whitespace()
                    .nth(1)
                    .and_then(|kb| kb.parse::<f64>().ok())
            })
        })
        .map_or_else(
            || "? GiB".into(),
            |kb| format!("{:.0} GiB", kb / 1024.0 / 1024.0),
        )
}

/// `name version` of the packages in a Cargo.lock that the report names.
fn locked_versions(lock: &Path, names: &[&str]) -> Vec<String> {
    let Ok(text) = std::fs::read_to_string(lock) else {
        return Vec::new();
    };
    let Ok(value) = text.parse::<toml::Table>() else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for package in value
        .get("package")
        .and_then(|p| p.as_array())
        .into_iter()
        .flatten()
    {
        let name = package.get("name").and_then(|n| n.as_str()).unwrap_or("");
        if names.contains(&name) {
            let version = package
                .get("version")
                .and_then(|v| v.as_str())
                .unwrap_or("?");
            out.push(format!("{name} {version}"));
        }
    }
    out.sort();
    out
}

/// The mirror's specs at their preferred versions: (service, file).
fn mirror_specs(dir: &Path) -> Result<Vec<(String, PathBuf)>, String> {
    let list = dir.join("list.json");
    let bytes = std::fs::read(&list).map_err(|e| format!("{}: {e}", list.display()))?;
    let specs = corpus::parse_list(&bytes).map_err(|e| format!("{}: {e}", list.display()))?;
    let mut out = Vec::new();
    for spec in specs {
        let file = dir.join(crate::pull::SpecRef::relative_path(&spec.id, &spec.version));
        if !file.exists() {
            return Err(format!(
                "{} lists {} but {} is missing",
                list.display(),
                spec.id,
                file.display()
            ));
        }
        out.push((spec.service().replace(['.', '_'], "-"), file));
    }
    Ok(out)
}

/// Where the report goes without `--out`: only a full run may replace the
/// committed BENCHMARKS.md.
fn default_out(root: &Path, args: &BenchArgs) -> PathBuf {
    let full = args.reps >= 5
        && [Section::Generation, Section::Compile, Section::Percall]
            .iter()
            .all(|s| args.sections.contains(s))
        && compile::Pair::ALL.iter().all(|p| args.pairs.contains(p));
    if full {
        root.join("BENCHMARKS.md")
    } else {
        root.join("target").join("bench").join("BENCHMARKS.md")
    }
}

pub fn run(root: &Path, args: &BenchArgs) -> Result<(), String> {
    let started = Instant::now();
    let reps = args.reps as usize;
    let sections = &args.sections;
    let bench_dir = root.join("bench");
    let scratch = root.join("target").join("bench");
    std::fs::create_dir_all(&scratch).map_err(|e| format!("{}: {e}", scratch.display()))?;
    let cargo = cargo();
    let load_before = load_average();

    // --- setup (not timed) ---
    // Only the generation section runs the generator.
    if sections.contains(&Section::Generation) {
        step(
            Command::new(&cargo)
                .current_dir(root)
                .args([
                    "build",
                    "--release",
                    "--quiet",
                    "-p",
                    "generator",
                    "--target-dir",
                ])
                .arg(root.join("target")),
            "building the generator (release)",
        )?;
    }
    let generator = root.join("target/release/generator");
    step(
        Command::new(&cargo)
            .current_dir(&bench_dir)
            .args(["fetch", "--locked", "--quiet"]),
        "fetching bench/ sources (so no download is timed)",
    )?;
    let percall_target = scratch.join("percall-target");
    step(
        Command::new(&cargo)
            .current_dir(&bench_dir)
            .args([
                "build",
                "--release",
                "--locked",
                "--quiet",
                "-p",
                "percall",
                "--target-dir",
            ])
            .arg(&percall_target),
        "building bench/percall (release; includes aws-sdk-sfn, takes minutes the first time)",
    )?;
    let percall_bin = percall_target.join("release/percall");
    let server = percall::Server::start(&percall_bin)?;
    eprintln!("bench: canned server at {}", server.endpoint);

    let mut body = String::new();
    let mut findings = Findings::default();
    let mut peer_versions = Vec::new();

    if sections.contains(&Section::Generation) {
        let peers = peers::ensure(&scratch)?;
        peer_versions.push(format!("cargo-progenitor {}", peers::PROGENITOR_VERSION));
        peer_versions.push(format!(
            "openapi-generator-cli {} (PyPI; {})",
            peers::OPENAPI_GENERATOR_VERSION,
            peers.java
        ));
        let mirror_dir = args
            .mirror
            .clone()
            .unwrap_or_else(|| root.join(corpus::DEFAULT_MIRROR));
        let mirror = if mirror_dir.join("list.json").exists() {
            Some(mirror_specs(&mirror_dir)?)
        } else {
            eprintln!(
                "bench: no mirror at {}; skipping the whole-mirror figure",
                mirror_dir.display()
            );
            None
        };
        let inputs = generation::Inputs {
            generator: &generator,
            peers: &peers,
            states_spec: &root.join("specs/amazonaws.com/states/2016-11-23/openapi.yaml"),
            states_config: &root.join("specs/amazonaws.com/states/2016-11-23/config.toml"),
            mirror,
            scratch: &scratch.join("gen"),
            reps,
        };
        let section_load = load_average();
        let result = generation::run(&inputs)?;
        let md = generation::render(&result, &mut findings);
        body.push_str(&format!(
            "## 1. Generation\n\nLoad average before: {section_load}.\n\n{md}"
        ));
        if inputs.mirror.is_none() {
            body.push_str(&format!(
                "\nWhole mirror: skipped (no mirror at `{}`; pass `--mirror DIR`).\n",
                mirror_dir.display()
            ));
        }
        body.push('\n');
    }

    if sections.contains(&Section::Compile) {
        let inputs = compile::Inputs {
            cargo: &cargo,
            bench_dir: &bench_dir,
            scratch: &scratch.join("build"),
            endpoint: &server.endpoint,
            reps,
            pairs: &args.pairs,
        };
        let section_load = load_average();
        let result = compile::run(&inputs)?;
        let md = compile::render_all(&result, &mut findings);
        body.push_str(&format!(
            "## 2. Compile cost for a user\n\nLoad average before: {section_load}.\n\n{md}\n"
        ));
    }

    if sections.contains(&Section::Percall) {
        let section_load = load_average();
        let result = percall::run(&percall_bin, &server, reps)?;
        let md = percall::render(&result, &mut findings);
        body.push_str(&format!(
            "## 3. Per-call cost\n\nLoad average before: {section_load}.\n\n{md}"
        ));
    }
    drop(server);

    let versions = locked_versions(
        &bench_dir.join("Cargo.lock"),
        &[
            "aws-sdk-sfn",
            "aws-sdk-lambda",
            "aws-config",
            "aws-smithy-runtime",
            "aws-sigv4",
            "hyper",
            "tokio",
            "rustls",
        ],
    );
    let mut md = String::new();
    md.push_str("# Benchmarks\n\n");
    md.push_str("Written by `cargo xtask bench`; do not edit by hand. Ours and the peers are measured in the same run, interleaved, so the ratios hold while absolute times drift from machine to machine. Each timing is repeated and reported as `median (min–max, spread)`, spread = (max − min) ÷ median; ratios are ours ÷ peer of the medians (below 1 is better for times and sizes, above 1 for throughput).\n\n");
    md.push_str(&format!("- Command: `{}`\n", corpus::command_line()));
    md.push_str(&format!(
        "- Date: {}; total run time {:.0} min\n",
        corpus::utc_date(SystemTime::now()),
        started.elapsed().as_secs_f64() / 60.0
    ));
    md.push_str(&format!(
        "- Machine: {}, {}, {}\n",
        corpus::machine(),
        cpu_model(),
        memory()
    ));
    md.push_str(&format!(
        "- Repetitions: {reps}; load average at start {load_before}, at end {}\n",
        load_average()
    ));
    md.push_str(&format!("- Peers: {}\n", {
        let mut all = versions;
        all.extend(peer_versions);
        all.join(", ")
    }));
    if reps < 5 {
        md.push_str("- **Fewer than 5 repetitions: a smoke run, not for comparison.**\n");
    }
    md.push_str("\n## Goals\n\n| goal | target | ours | met |\n|---|---|---|---|\n");
    for g in &findings.goals {
        md.push_str(&format!(
            "| {} | {} | {} | {} |\n",
            g.what,
            g.goal,
            g.ours,
            if g.met { "yes" } else { "**no**" }
        ));
    }
    md.push('\n');
    md.push_str(&body);
    md.push_str("## Noise\n\n");
    md.push_str("Load averages are given at the start, before each section and at the end: a 1-minute load well above 0 before a section means something besides the benchmark was running (the previous section's own builds also leave load behind). In section 3 the server and the client share the machine's cores.\n\n");
    if findings.noisy.is_empty() {
        md.push_str("Every figure's repetitions stayed within 10% of its median.\n");
    } else {
        md.push_str("Figures whose repetitions varied by more than 10% of the median (read their ratios with care):\n\n");
        for n in &findings.noisy {
            md.push_str(&format!("- {n}\n"));
        }
    }

    let out = args.out.clone().unwrap_or_else(|| default_out(root, args));
    std::fs::write(&out, md).map_err(|e| format!("{}: {e}", out.display()))?;
    eprintln!(
        "bench: wrote {} in {:.1} min",
        out.display(),
        started.elapsed().as_secs_f64() / 60.0
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::Parser;

    #[derive(Parser)]
    struct Cli {
        #[command(flatten)]
        bench: BenchArgs,
    }

    fn out_for(args: &[&str]) -> PathBuf {
        let cli =
            Cli::try_parse_from(std::iter::once("bench").chain(args.iter().copied())).unwrap();
        default_out(Path::new("/repo"), &cli.bench)
    }

    #[test]
    fn only_a_full_run_replaces_the_committed_report() {
        assert_eq!(out_for(&[]), Path::new("/repo/BENCHMARKS.md"));
        assert_eq!(out_for(&["--reps", "7"]), Path::new("/repo/BENCHMARKS.md"));
        assert_eq!(
            out_for(&["--reps", "1"]),
            Path::new("/repo/target/bench/BENCHMARKS.md")
        );
        assert_eq!(
            out_for(&["--sections", "percall"]),
            Path::new("/repo/target/bench/BENCHMARKS.md")
        );
        assert_eq!(
            out_for(&["--pairs", "lambda"]),
            Path::new("/repo/target/bench/BENCHMARKS.md")
        );
        assert_eq!(
            out_for(&["--pairs", "lambda,states"]),
            Path::new("/repo/BENCHMARKS.md")
        );
    }
}
