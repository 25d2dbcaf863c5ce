//! OpenAPI 3 (apis.guru AWS JSON-protocol specs) → Rust client crate.
//!
//! Data flows one way: [`load`] (text → `openapiv3`), [`lower`] (→ [`ir`]),
//! [`emit`] (IR → formatted Rust files). [`naming`] and [`docs`] serve
//! lowering and emission; [`config`] carries the protocol facts the spec
//! lacks; [`preview`] summarizes a lowered spec for humans.

pub mod config;
pub mod docs;
pub mod emit;
pub mod ir;
pub mod load;
pub mod lower;
pub mod naming;
pub mod preview;

use std::fmt;
use std::path::Path;

pub use config::SpecConfig;
pub use emit::Files;
/// The spec model, re-exported for callers of [`load`].
pub use openapiv3;

/// Any failure of the pipeline, naming the stage and where the problem is.
#[derive(Debug)]
pub enum Error {
    Load(load::LoadError),
    Config(config::ConfigError),
    Lower {
        origin: String,
        error: lower::LowerError,
    },
    Emit(emit::EmitError),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Load(e) => write!(f, "{e}"),
            Error::Config(e) => write!(f, "{e}"),
            Error::Lower { origin, error } => write!(f, "{origin}: {error}"),
            Error::Emit(e) => write!(f, "{e}"),
        }
    }
}

impl std::error::Error for Error {}

/// A generated crate plus what lowering could not represent exactly.
#[derive(Debug)]
pub struct Generated {
    pub service: ir::Service,
    pub files: Files,
    pub diagnostics: Vec<lower::Diagnostic>,
}

/// Loads and lowers a spec file.
pub fn lower_file(
    spec: &Path,
    config: &SpecConfig,
) -> Result<(ir::Service, Vec<lower::Diagnostic>), Error> {
    let api = load::load_file(spec).map_err(Error::Load)?;
    lower::lower(&api, config).map_err(|error| Error::Lower {
        origin: spec.display().to_string(),
        error,
    })
}

/// The whole pipeline for one spec file.
pub fn generate(spec: &Path, config: &SpecConfig) -> Result<Generated, Error> {
    let (service, diagnostics) = lower_file(spec, config)?;
    let files = emit::emit(&service).map_err(Error::Emit)?;
    Ok(Generated {
        service,
        files,
        diagnostics,
    })
}

/// The per-spec config beside a spec (`config.toml`), or defaults if absent.
pub fn config_beside(spec: &Path) -> Result<SpecConfig, Error> {
    let path = spec.with_file_name("config.toml");
    if path.exists() {
        SpecConfig::load(&path).map_err(Error::Config)
    } else {
        Ok(SpecConfig::default())
    }
}

/// Writes `files` under `out`, creating directories; returns the paths written.
pub fn write_files(out: &Path, files: &Files) -> std::io::Result<()> {
    for (rel, text) in files {
        let path = out.join(rel);
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)?;
        }
        std::fs::write(&path, text)?;
    }
    Ok(())
}
