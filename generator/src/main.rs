//! `generator generate <spec> --out <dir>` and `generator preview <spec>`.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(
    version,
    about = "Generate Rust clients for AWS JSON-protocol services from OpenAPI 3 specs"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Generate a client crate into a directory.
    Generate {
        /// The OpenAPI 3 spec (YAML or JSON).
        spec: PathBuf,
        /// Output directory (created if missing).
        #[arg(long)]
        out: PathBuf,
        /// Per-spec config (default: config.toml beside the spec, if any).
        #[arg(long)]
        config: Option<PathBuf>,
    },
    /// Print the service, its operations, shapes and what cannot be represented.
    Preview {
        spec: PathBuf,
        #[arg(long)]
        config: Option<PathBuf>,
    },
}

fn config_for(
    spec: &std::path::Path,
    config: Option<PathBuf>,
) -> Result<generator::SpecConfig, generator::Error> {
    match config {
        Some(path) => generator::SpecConfig::load(&path).map_err(generator::Error::Config),
        None => generator::config_beside(spec),
    }
}

fn run(cli: Cli) -> Result<(), String> {
    match cli.command {
        Command::Generate { spec, out, config } => {
            let config = config_for(&spec, config).map_err(|e| e.to_string())?;
            let generated = generator::generate(&spec, &config).map_err(|e| e.to_string())?;
            generator::write_files(&out, &generated.files)
                .map_err(|e| format!("{}: {e}", out.display()))?;
            for d in &generated.diagnostics {
                eprintln!("note: {d}");
            }
            println!(
                "generated {} ({} operations, {} files) into {}",
                generated.service.crate_name,
                generated.service.operations.len(),
                generated.files.len(),
                out.display()
            );
            Ok(())
        }
        Command::Preview { spec, config } => {
            let config = config_for(&spec, config).map_err(|e| e.to_string())?;
            let (service, diagnostics) =
                generator::lower_file(&spec, &config).map_err(|e| e.to_string())?;
            print!("{}", generator::preview::render(&service, &diagnostics));
            Ok(())
        }
    }
}

fn main() -> ExitCode {
    match run(Cli::parse()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}
