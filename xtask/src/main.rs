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
    /// Download a spec from apis.guru and pin it in specs/manifest.toml.
    Pull {
        /// apis.guru id, optionally with a version: `amazonaws.com:states[@2016-11-23]`
        /// (default: the entry's preferred version).
        id: String,
        /// apis.guru v2 base: an http://, https:// or file:// URL, or a directory.
        #[arg(long, default_value = DEFAULT_BASE)]
        base: String,
    },
    /// Pin a spec, write its config.toml with the defaults, and generate its
    /// crate under generated/. Refuses specs that are not AWS JSON protocol.
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
            let outcome = xtask::pull::pull(&root, &id, &base).map_err(|e| e.to_string())?;
            println!("{outcome}");
            Ok(())
        }
        Command::Add { id, base } => {
            let added = xtask::add::add(&root, &id, &base)?;
            println!("{added}");
            Ok(())
        }
        Command::Regen { check } => xtask::regen::run(&root, check),
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
