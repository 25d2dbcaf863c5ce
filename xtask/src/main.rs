//! `cargo xtask <command>`: project automation (see `xtask/src/lib.rs`).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use xtask::manifest::Manifest;
use xtask::pull::DEFAULT_BASE;

#[derive(Parser)]
#[command(
    name = "cargo xtask",
    about = "Project automation: pin specs, regenerate clients"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Download a spec from apis.guru and pin it in specs/manifest.toml,
    /// with AWS's model of its service beside it (aws-model.json, see
    /// `model`; nothing is pinned if the model cannot be extracted).
    Pull {
        /// apis.guru id, optionally with a version: `amazonaws.com:states[@2016-11-23]`
        /// (default: the entry's preferred version).
        id: String,
        /// apis.guru v2 base: an http://, https:// or file:// URL, or a directory.
        #[arg(long, default_value = DEFAULT_BASE)]
        base: String,
    },
    /// Pin a spec with its AWS model (as `pull`), write its config.toml (no
    /// overrides; the defaults spelled out if botocore has no model of the
    /// service), and generate its crate under generated/. Refuses specs whose
    /// protocol is not generated yet (restXml, query), and restJson1 specs
    /// botocore has no model of.
    Add {
        /// apis.guru id, optionally with a version: `amazonaws.com:dynamodb[@2012-08-10]`.
        id: String,
        /// apis.guru v2 base: an http://, https:// or file:// URL, or a directory.
        #[arg(long, default_value = DEFAULT_BASE)]
        base: String,
    },
    /// Regenerate generated/ from the pinned specs.
    Regen {
        /// Only check that generated/ is up to date; write nothing.
        #[arg(long)]
        check: bool,
    },
    /// Check every pinned spec file against its sha256 in specs/manifest.toml.
    Verify,
    /// Write AWS's model of each spec's service (aws-model.json beside the
    /// spec) from the pinned botocore (xtask/botocore/requirements.txt).
    ///
    /// Installs botocore into target/botocore-venv on first use (python3 -m
    /// venv + pip; XTASK_PYTHON picks the interpreter) and reuses it while
    /// requirements.txt is unchanged. One Python process
    /// (xtask/botocore/extract.py) handles every spec; each file written is
    /// read back with the generator's loader. regen reads the files offline.
    ///
    /// Examples:
    ///   cargo xtask model --all                   # every spec in specs/manifest.toml
    ///   cargo xtask model amazonaws.com:states    # one pinned spec
    ///   cargo xtask model --all --check           # fail if a committed model is stale
    ///   cargo xtask model --mirror ../shared/apis-guru/v2 --out /tmp/models
    ///                      # OUT/<provider>/<service>/<version>/aws-model.json
    #[command(verbatim_doc_comment)]
    Model(xtask::model::ModelArgs),
    /// Generate every spec of an apis.guru mirror and compile the crates.
    ///
    /// Reads <base>/list.json, generates each id's preferred version
    /// in-process (the default config, or the config.toml of the spec pinned
    /// in specs/ for the same id) into the scratch workspace
    /// target/corpus/ws/<service>/ (built against a copy of Cargo.lock; a
    /// crate name already taken by an earlier id fails the later one), then
    /// compiles the crates with one target dir (target/corpus/target), one
    /// cargo invocation per stage over all of them (--keep-going, JSON
    /// messages attributed to crates):
    ///   1. cargo clippy --lib --examples --test '*' -- -D warnings
    ///      (a compile error fails check; lints alone fail clippy)
    ///   2. cargo check, the same targets, only on crates whose clippy
    ///      failed on lints alone (a lint error hides later compile errors)
    ///   3. RUSTDOCFLAGS=-Dwarnings cargo doc --no-deps on crates that
    ///      passed check
    ///
    /// --per-crate runs check, clippy, doc per crate instead (same results,
    /// about twice as slow). CARGO_INCREMENTAL defaults to 0 (faster and far
    /// smaller for these crates); set it to override.
    ///
    /// Specs of a protocol the generator does not support yet (restJson1,
    /// restXml, awsQuery/ec2Query: read from the spec's paths) are refused
    /// by the generator and counted as unsupported: not generated, not
    /// compiled, not failures; --largest picks among generated specs.
    ///
    /// Prints a line per spec and a table (spec, protocol, operations,
    /// shapes, generation ms, check, clippy, doc, first error with
    /// file:line), and writes it with totals and timings to CORPUS.md (or
    /// --out). Exits non-zero if any spec failed any stage that ran.
    ///
    /// Examples:
    ///   cargo xtask corpus --no-compile            # generate all, compile none
    ///   cargo xtask corpus --only states,logs      # generate and compile two
    ///   cargo xtask corpus --largest 5 --only states,dynamodb
    ///                      # generate all; compile the 5 largest + states, dynamodb
    #[command(verbatim_doc_comment)]
    Corpus(xtask::corpus::CorpusArgs),
    /// Benchmark ours against aws-sdk-sfn / aws-sdk-lambda and the peer generators; write
    /// BENCHMARKS.md.
    ///
    /// Installs its peers under target/bench/ on first use (cargo-progenitor
    /// via cargo install, openapi-generator-cli via pip into a venv; needs
    /// java on PATH) and builds the bench/ workspace (aws-sdk-sfn: minutes).
    /// Measures, each --reps times, interleaved with the peers:
    ///   1. generation of the states spec and of the whole mirror
    ///   2. a user program's clean release build, rebuild, crates, binary size
    ///   3. per-call latency, throughput and CPU against a canned server
    ///
    /// A full run takes about 30 minutes on 2 cores; keep the machine idle.
    ///
    /// Examples:
    ///   cargo xtask bench                                  # everything, 5 reps
    ///   cargo xtask bench --sections percall --reps 1 --out /tmp/b.md
    ///   cargo xtask bench --sections compile --pairs lambda --reps 1
    #[command(verbatim_doc_comment)]
    Bench(xtask::bench::BenchArgs),
    /// Differential wire oracle: every operation's requests, signatures and
    /// parsed responses against botocore's; writes ORACLE.md.
    ///
    /// Committed specs (or --spec ones), plus with --mirror every AWS JSON
    /// spec of the mirror. Generated crates and drivers live under
    /// target/oracle/. Needs a Python with the pinned botocore (--python).
    ///
    /// Examples:
    ///   cargo xtask oracle --spec states
    ///   cargo xtask oracle --mirror ../shared/apis-guru/v2 --models target/models-mirror
    #[command(verbatim_doc_comment)]
    Oracle(xtask::oracle::OracleArgs),
}

/// The repository root: xtask lives at `<root>/xtask`.
fn repo_root() -> PathBuf {
    let xtask_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    xtask_dir.parent().unwrap_or(xtask_dir).to_path_buf()
}

fn run(command: Command) -> Result<(), String> {
    let root = repo_root();
    match command {
        Command::Pull { id, base } => {
            let (outcome, model) =
                xtask::pull::pull_with_model(&root, &id, &base).map_err(|e| e.to_string())?;
            println!("{outcome}");
            let file = model.out.strip_prefix(&root).unwrap_or(&model.out);
            println!("  model:  {} ({})", file.display(), model.status);
            Ok(())
        }
        Command::Add { id, base } => {
            let added = xtask::add::add(&root, &id, &base)?;
            println!("{added}");
            Ok(())
        }
        Command::Regen { check } => xtask::regen::run(&root, check),
        Command::Corpus(args) => {
            if xtask::corpus::run(&root, &args)? {
                Ok(())
            } else {
                Err("some specs failed a stage; see the table above".into())
            }
        }
        Command::Bench(args) => xtask::bench::run(&root, &args),
        Command::Oracle(args) => {
            if xtask::oracle::main(&root, &args)? {
                Ok(())
            } else {
                Err("some operations differ from botocore; see ORACLE.md".into())
            }
        }
        Command::Model(args) => xtask::model::run(&root, &args),
        Command::Verify => {
            let manifest = Manifest::load(&root).map_err(|e| e.to_string())?;
            manifest.verify(&root).map_err(|e| e.to_string())?;
            println!(
                "{} pinned spec(s) match {}",
                manifest.entries.len(),
                xtask::manifest::MANIFEST_PATH
            );
            Ok(())
        }
    }
}

fn main() -> ExitCode {
    match run(Cli::parse().command) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}
