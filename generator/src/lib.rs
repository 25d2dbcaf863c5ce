//! OpenAPI 3 (apis.guru AWS JSON-protocol specs) → Rust client crate.
//! Specs of other AWS protocols are classified and refused
//! ([`Error::Unsupported`], see [`lower::Protocol`]).
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
pub mod model;
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
    /// The `aws-model.json` beside the spec cannot be used.
    Model(model::ModelError),
    Lower {
        origin: String,
        error: lower::LowerError,
    },
    /// The spec is fine but speaks a protocol the generator does not
    /// support yet: a refusal, not a failure.
    Unsupported {
        origin: String,
        protocol: lower::Protocol,
        /// Why, e.g. `REST-path operations (restJson1) need AWS's model …`.
        message: String,
    },
    Emit(emit::EmitError),
}

impl Error {
    /// The unsupported protocol, if that is why the spec was refused.
    pub fn unsupported(&self) -> Option<lower::Protocol> {
        match self {
            Error::Unsupported { protocol, .. } => Some(*protocol),
            _ => None,
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Load(e) => write!(f, "{e}"),
            Error::Config(e) => write!(f, "{e}"),
            Error::Model(e) => write!(f, "{e}"),
            Error::Lower { origin, error } => write!(f, "{origin}: {error}"),
            Error::Unsupported {
                origin, message, ..
            } => write!(f, "{origin}: {message}"),
            Error::Emit(e) => write!(f, "{e}"),
        }
    }
}

impl std::error::Error for Error {}

/// A generated crate plus what lowering could not represent exactly.
#[derive(Debug)]
pub struct Generated {
    /// Always a supported one (others are [`Error::Unsupported`]).
    pub protocol: lower::Protocol,
    pub service: ir::Service,
    pub files: Files,
    pub diagnostics: Vec<lower::Diagnostic>,
}

/// A lowering error of the spec named `origin` (its path, or an apis.guru
/// id): [`Error::Unsupported`] for a protocol not supported yet, else
/// [`Error::Lower`].
pub fn lower_error(origin: &str, error: lower::LowerError) -> Error {
    let origin = origin.to_string();
    match error.unsupported {
        Some(protocol) => Error::Unsupported {
            origin,
            protocol,
            message: error.message,
        },
        None => Error::Lower { origin, error },
    }
}

/// Loads and lowers a spec file, with the AWS model beside it if there is one.
pub fn lower_file(
    spec: &Path,
    config: &SpecConfig,
) -> Result<(ir::Service, Vec<lower::Diagnostic>), Error> {
    let model = model::AwsModel::beside(spec).map_err(Error::Model)?;
    lower_file_with_model(spec, config, model.as_ref())
}

/// Loads and lowers a spec file with an explicit AWS model (or none).
pub fn lower_file_with_model(
    spec: &Path,
    config: &SpecConfig,
    model: Option<&model::AwsModel>,
) -> Result<(ir::Service, Vec<lower::Diagnostic>), Error> {
    let api = load::load_file(spec).map_err(Error::Load)?;
    lower::lower_with_model(&api, config, model)
        .map_err(|e| lower_error(&spec.display().to_string(), e))
}

/// The whole pipeline for one spec file, with the AWS model beside it
/// (`aws-model.json`) if there is one.
pub fn generate(spec: &Path, config: &SpecConfig) -> Result<Generated, Error> {
    let model = model::AwsModel::beside(spec).map_err(Error::Model)?;
    generate_with_model(spec, config, model.as_ref())
}

/// The whole pipeline with an explicit AWS model (or none), e.g. one kept
/// outside the spec's directory (the corpus, the oracle).
pub fn generate_with_model(
    spec: &Path,
    config: &SpecConfig,
    model: Option<&model::AwsModel>,
) -> Result<Generated, Error> {
    let api = load::load_file(spec).map_err(Error::Load)?;
    let (service, diagnostics) = lower::lower_with_model(&api, config, model)
        .map_err(|e| lower_error(&spec.display().to_string(), e))?;
    // Lowering succeeded, so this is the (supported) protocol it accepted.
    let protocol =
        lower::classify(&api).map_err(|e| lower_error(&spec.display().to_string(), e))?;
    let files = emit::emit(&service).map_err(Error::Emit)?;
    Ok(Generated {
        protocol,
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
