//! `cargo xtask regen`: regenerate every pinned spec into `generated/`.
//!
//! Like rust-analyzer's codegen, the output is committed and a test runs the
//! `--check` mode, so a generator change that is not regenerated fails CI.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use crate::manifest::{Entry, Manifest};

/// The output directory of a pinned spec: `generated/<service>`.
pub fn out_dir(root: &Path, entry: &Entry) -> PathBuf {
    let service = entry
        .id
        .split_once(':')
        .map_or(entry.id.as_str(), |(_, s)| s);
    root.join("generated").join(service)
}

/// What one spec's regeneration found (paths relative to the crate dir).
#[derive(Debug, Default)]
pub struct Outcome {
    pub dir: PathBuf,
    pub changed: Vec<String>,
    pub removed: Vec<String>,
}

/// Generates one pinned spec; writes only with `write`.
pub fn regen_entry(root: &Path, entry: &Entry, write: bool) -> Result<Outcome, String> {
    let spec = entry.file(root);
    let config = generator::config_beside(&spec).map_err(|e| e.to_string())?;
    let generated = generator::generate(&spec, &config).map_err(|e| e.to_string())?;
    let dir = out_dir(root, entry);
    let mut outcome = Outcome {
        dir: dir.clone(),
        ..Default::default()
    };
    for (rel, text) in &generated.files {
        let path = dir.join(rel);
        if std::fs::read(&path).ok().as_deref() != Some(text.as_bytes()) {
            outcome.changed.push(rel.clone());
        }
    }
    let wanted: BTreeSet<&String> = generated.files.keys().collect();
    outcome.removed = existing_files(&dir)
        .into_iter()
        .filter(|f| !wanted.contains(f))
        .collect();
    if write {
        for rel in &outcome.changed {
            let path = dir.join(rel);
            std::fs::create_dir_all(path.parent().expect("file has a parent"))
                .map_err(|e| format!("{}: {e}", path.display()))?;
            std::fs::write(&path, &generated.files[rel])
                .map_err(|e| format!("{}: {e}", path.display()))?;
        }
        for rel in &outcome.removed {
            let path = dir.join(rel);
            std::fs::remove_file(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        }
    }
    Ok(outcome)
}

/// Files under `dir`, relative, with `/` separators; build output ignored.
pub fn existing_files(dir: &Path) -> Vec<String> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in entries.flatten() {
            let path = e.path();
            if path.file_name().is_some_and(|n| n == "target") {
                continue;
            }
            if path.is_dir() {
                stack.push(path);
            } else if let Ok(rel) = path.strip_prefix(dir) {
                out.push(rel.to_string_lossy().replace('\\', "/"));
            }
        }
    }
    out.sort();
    out
}

/// Regenerates `generated/` from the specs pinned in `specs/manifest.toml`;
/// with `check`, writes nothing and fails listing every stale file.
pub fn run(root: &Path, check: bool) -> Result<(), String> {
    let manifest = Manifest::load(root).map_err(|e| e.to_string())?;
    if manifest.entries.is_empty() {
        return Err(
            "specs/manifest.toml pins no spec; add one with `cargo xtask pull <id>`".into(),
        );
    }
    manifest.verify(root).map_err(|e| e.to_string())?;
    let mut dirs = BTreeSet::new();
    let mut stale = Vec::new();
    for entry in &manifest.entries {
        let dir = out_dir(root, entry);
        if !dirs.insert(dir.clone()) {
            return Err(format!(
                "{} and another pinned spec both generate into {}",
                entry.id_at_version(),
                dir.display()
            ));
        }
        let started = std::time::Instant::now();
        let outcome = regen_entry(root, entry, !check)?;
        let rel_dir = dir.strip_prefix(root).unwrap_or(&dir).display().to_string();
        for f in &outcome.changed {
            stale.push(format!("{rel_dir}/{f}"));
        }
        for f in &outcome.removed {
            stale.push(format!("{rel_dir}/{f} (not generated any more)"));
        }
        if !check {
            let n = outcome.changed.len() + outcome.removed.len();
            println!(
                "{}: {rel_dir} ({n} files changed, {} ms)",
                entry.id_at_version(),
                started.elapsed().as_millis()
            );
        }
    }
    if check && !stale.is_empty() {
        return Err(format!(
            "generated/ is stale ({} files); run `cargo xtask regen`:\n  {}",
            stale.len(),
            stale.join("\n  ")
        ));
    }
    if check {
        println!(
            "generated/ is up to date ({} specs)",
            manifest.entries.len()
        );
    }
    Ok(())
}
