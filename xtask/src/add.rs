//! `cargo xtask add`: pin a spec with AWS's model of its service beside it
//! (`aws-model.json`, [`crate::model`]), write its per-spec config, and
//! generate its crate under `generated/`.
//!
//! With a model the config holds only true overrides, so `add` writes it
//! with none (the model supplies json_version, signing_name, service_id and
//! the rest). For a service botocore no longer has (retired) it spells out
//! the defaults the generator derives from the spec, as before models.

use std::cell::RefCell;
use std::fmt::Write;
use std::path::Path;

use generator::config::SpecConfig;

use crate::model::{self, Status};
use crate::{pull, regen};

/// What `add` produced.
#[derive(Debug)]
pub struct Added {
    pub id: String,
    pub crate_name: String,
    pub dir: std::path::PathBuf,
    pub operations: usize,
    pub shapes: usize,
    pub files: usize,
    pub config_written: bool,
    /// The model written beside the spec.
    pub model: model::Extracted,
}

/// Pulls `id_spec` from `base` (refusing specs that do not lower, and
/// specs of a protocol not supported yet with one line:
/// `amazonaws.com:lambda: REST-path operations (restJson1) are not
/// supported yet`) with its AWS model (nothing is pinned if the model
/// cannot be extracted), writes `config.toml` beside it unless one exists,
/// and regenerates its crate.
pub fn add(root: &Path, id_spec: &str, base: &str) -> Result<Added, String> {
    let refused = RefCell::new(None);
    let (outcome, model) = pull::pull_checked_with_model(root, id_spec, base, &|api, model| {
        generator::lower::lower_with_model(api, &SpecConfig::default(), model)
            .map(|_| ())
            .map_err(|e| {
                let message = format!("cannot be added: {e}");
                *refused.borrow_mut() = Some(e);
                message
            })
    })
    .map_err(|e| match refused.take() {
        // The spec parsed, so not pull's "not an OpenAPI 3.0 spec": name
        // the spec by its id and say what lowering said.
        Some(error) => {
            let id = pull::SpecRef::parse(id_spec).map_or_else(|_| id_spec.to_string(), |r| r.id);
            generator::lower_error(&id, error).to_string()
        }
        None => e.to_string(),
    })?;
    let config_path = outcome.file.with_file_name("config.toml");
    let config_written = !config_path.exists();
    if config_written {
        let text = match model.status {
            Status::Matched { .. } => OVERRIDES_ONLY_TOML.to_string(),
            Status::Retired => {
                let (service, _) = generator::lower_file(&outcome.file, &SpecConfig::default())
                    .map_err(|e| e.to_string())?;
                default_config_toml(&service)
            }
        };
        std::fs::write(&config_path, text)
            .map_err(|e| format!("{}: {e}", config_path.display()))?;
    }
    let regen = regen::regen_entry(root, &outcome.entry, true)?;
    let spec = outcome.file;
    let config = generator::config_beside(&spec).map_err(|e| e.to_string())?;
    let (service, _) = generator::lower_file(&spec, &config).map_err(|e| e.to_string())?;
    let files = regen::existing_files(&regen.dir).len();
    Ok(Added {
        id: outcome.entry.id_at_version(),
        crate_name: service.crate_name,
        dir: regen.dir,
        operations: service.operations.len(),
        shapes: service
            .shapes
            .keys()
            .filter(|k| !k.starts_with('#'))
            .count(),
        files,
        config_written,
        model,
    })
}

/// The config `add` writes beside a spec that has an AWS model: no keys.
pub const OVERRIDES_ONLY_TOML: &str = "\
# Per-spec overrides (see README, \"Per-spec config\"). AWS's model beside this
# file (aws-model.json, `cargo xtask model`) supplies the protocol facts the
# spec lacks; set a key here only to override the model or the spec.
";

/// The per-spec config with every default written out, so a reader sees
/// what the generator assumed and can override it.
pub fn default_config_toml(service: &generator::ir::Service) -> String {
    let mut out = String::new();
    let w = &mut out;
    let _ = writeln!(
        w,
        "# Protocol facts the apis.guru spec does not carry (see README, \"Per-spec config\")."
    );
    let _ = writeln!(
        w,
        "# botocore has no model of this service (retired), so these are the defaults"
    );
    let _ = writeln!(
        w,
        "# `cargo xtask add` derived from the spec; edit to override."
    );
    let _ = writeln!(w, "crate_name = {}", toml_string(&service.crate_name));
    if let Some(version) = service.protocol.json_version() {
        let _ = writeln!(w, "json_version = {}", toml_string(version.as_str()));
    }
    let _ = writeln!(w, "signing_name = {}", toml_string(&service.signing_name));
    let _ = writeln!(
        w,
        "# For AWS_ENDPOINT_URL_<SERVICE_ID> and profile [services] sections."
    );
    let _ = writeln!(w, "service_id = {}", toml_string(&service.service_id));
    out
}

/// A TOML basic string (Rust's `{:?}` escapes differ from TOML's, e.g.
/// `\u{200b}`, which TOML refuses).
fn toml_string(s: &str) -> String {
    toml::Value::String(s.to_string()).to_string()
}

impl std::fmt::Display for Added {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "added {}: crate `{}` in {} ({} operations, {} shapes, {} files){}",
            self.id,
            self.crate_name,
            self.dir.display(),
            self.operations,
            self.shapes,
            self.files,
            match (self.config_written, &self.model.status) {
                (true, Status::Matched { .. }) => "; wrote config.toml (no overrides)",
                (true, Status::Retired) => "; wrote config.toml with the defaults",
                (false, _) => "; kept the existing config.toml",
            }
        )?;
        match &self.model.status {
            Status::Matched {
                service,
                api_version,
                ..
            } => write!(
                f,
                "; {} from botocore {service} {api_version}",
                model::FILE_NAME
            ),
            Status::Retired => write!(
                f,
                "; {}: retired (botocore has no such service)",
                model::FILE_NAME
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_overrides_only_config_is_valid_and_empty() {
        let config = generator::config::SpecConfig::parse(super::OVERRIDES_ONLY_TOML).unwrap();
        assert_eq!(config, generator::config::SpecConfig::default());
    }

    #[test]
    fn config_values_are_toml_strings() {
        for value in [
            "states-client",
            "a \"b\" \\ c",
            "x\u{200b}y\u{7f}\u{1b}",
            "CloudWatch Logs",
        ] {
            let line = format!("k = {}", super::toml_string(value));
            let parsed: toml::Table =
                toml::from_str(&line).unwrap_or_else(|e| panic!("{line}: {e}"));
            assert_eq!(parsed["k"].as_str(), Some(value), "{line}");
        }
    }
}
