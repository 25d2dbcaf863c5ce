//! The peer generators, installed on first use under target/bench/ (so a
//! fresh machine needs only the registries): cargo-progenitor from crates.io
//! and openapi-generator-cli from PyPI (its wheel carries the jar; it needs a
//! Java runtime on PATH).

use std::path::{Path, PathBuf};
use std::process::Command;

use super::step;

/// Pinned so runs compare like with like; bump deliberately.
pub const PROGENITOR_VERSION: &str = "0.15.1";
pub const OPENAPI_GENERATOR_VERSION: &str = "7.26.0";

pub struct Peers {
    /// The `cargo-progenitor` binary (run as `cargo-progenitor progenitor …`).
    pub progenitor: PathBuf,
    /// The PyPI wrapper script that runs `java -jar openapi-generator.jar`.
    pub openapi_generator: PathBuf,
    /// `java -version`'s first line.
    pub java: String,
}

/// The version marker written after a successful install.
fn installed(marker: &Path, version: &str) -> bool {
    std::fs::read_to_string(marker).is_ok_and(|v| v.trim() == version)
}

pub fn ensure(bench_dir: &Path) -> Result<Peers, String> {
    let java = java_version()?;

    let tools = bench_dir.join("tools");
    let progenitor = tools.join("bin").join("cargo-progenitor");
    let marker = tools.join("cargo-progenitor.version");
    if !(progenitor.exists() && installed(&marker, PROGENITOR_VERSION)) {
        step(
            Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
                .args(["install", "cargo-progenitor", "--locked", "--version"])
                .arg(PROGENITOR_VERSION)
                .arg("--root")
                .arg(&tools),
            &format!("installing cargo-progenitor {PROGENITOR_VERSION} (cargo install)"),
        )?;
        std::fs::write(&marker, PROGENITOR_VERSION).map_err(|e| e.to_string())?;
    }

    let venv = bench_dir.join("venv");
    let openapi_generator = venv.join("bin").join("openapi-generator-cli");
    let marker = venv.join("openapi-generator-cli.version");
    if !(openapi_generator.exists() && installed(&marker, OPENAPI_GENERATOR_VERSION)) {
        if !venv.join("bin").join("pip").exists() {
            step(
                Command::new("python3").args(["-m", "venv"]).arg(&venv),
                "creating a Python venv for openapi-generator-cli",
            )?;
        }
        step(
            Command::new(venv.join("bin").join("pip"))
                .args(["install", "--quiet"])
                .arg(format!(
                    "openapi-generator-cli=={OPENAPI_GENERATOR_VERSION}"
                )),
            &format!("installing openapi-generator-cli {OPENAPI_GENERATOR_VERSION} (pip)"),
        )?;
        std::fs::write(&marker, OPENAPI_GENERATOR_VERSION).map_err(|e| e.to_string())?;
    }

    Ok(Peers {
        progenitor,
        openapi_generator,
        java,
    })
}

fn java_version() -> Result<String, String> {
    let output = Command::new("java").arg("-version").output().map_err(|e| {
        format!("openapi-generator-cli needs a Java runtime (11 or newer) on PATH: java: {e}")
    })?;
    // java -version prints to stderr.
    let text = String::from_utf8_lossy(&output.stderr);
    Ok(text
        .lines()
        .next()
        .unwrap_or("java (unknown version)")
        .trim()
        .to_string())
}
