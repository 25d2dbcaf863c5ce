//! `cargo xtask pull`: fetch a spec from an apis.guru mirror and pin it.
//!
//! `pull(root, "amazonaws.com:states@2016-11-23", base)`:
//!
//! 1. reads `<base>/list.json` and finds the entry (its `preferred` version
//!    unless `@version` is given);
//! 2. downloads `<base>/specs/<provider>/<service>/<version>/openapi.yaml`
//!    (derived from the base, never the absolute `swaggerYamlUrl` of the list);
//! 3. checks it parses as OpenAPI 3.0 with [`generator::load::load_str`];
//! 4. writes it byte-for-byte to the same relative path under `root`;
//! 5. records it in `specs/manifest.toml` (see [`crate::manifest`]), replacing
//!    any earlier pin of the same id + version.

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::fetch::{self, FetchError};
use crate::manifest::{self, Entry, Manifest, ManifestError, Problem};

/// Where apis.guru serves its v2 API.
pub const DEFAULT_BASE: &str = "https://api.apis.guru/v2/";

/// A parsed `provider:service[@version]` argument.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpecRef {
    /// apis.guru id, e.g. `amazonaws.com:states`.
    pub id: String,
    /// `None` means the entry's preferred version.
    pub version: Option<String>,
}

impl SpecRef {
    /// Parses `provider:service` or `provider:service@version`. Every part
    /// becomes a path segment, so `/`, `\`, `.`, `..` and blanks are rejected.
    pub fn parse(input: &str) -> Result<SpecRef, PullError> {
        let bad = |reason: &str| PullError::BadId {
            input: input.to_string(),
            reason: reason.to_string(),
        };
        let trimmed = input.trim();
        let (id, version) = match trimmed.split_once('@') {
            Some((id, v)) => (id, Some(v)),
            None => (trimmed, None),
        };
        if id.is_empty() {
            return Err(bad(
                "expected `provider:service` or `provider:service@version`",
            ));
        }
        for part in id.splitn(2, ':').chain(version) {
            if !is_path_segment(part) {
                return Err(bad(&format!(
                    "{part:?} is not a valid id or version part (expected e.g. `amazonaws.com:states@2016-11-23`)"
                )));
            }
        }
        Ok(SpecRef {
            id: id.to_string(),
            version: version.map(str::to_string),
        })
    }

    /// Path of the spec relative to an apis.guru base or the repository root:
    /// `specs/<provider>/<service>/<version>/openapi.yaml` (ids without a
    /// `:service` part have no service directory, as on apis.guru).
    pub fn relative_path(id: &str, version: &str) -> String {
        let dirs = id.replacen(':', "/", 1);
        format!("specs/{dirs}/{version}/openapi.yaml")
    }
}

fn is_path_segment(s: &str) -> bool {
    !s.is_empty()
        && s != "."
        && s != ".."
        && !s.chars().any(|c| {
            c == '/' || c == '\\' || c == ':' || c == '@' || c.is_control() || c.is_whitespace()
        })
}

/// What a successful [`pull`] did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PullOutcome {
    /// The entry now in the manifest.
    pub entry: Entry,
    /// Absolute path of the written file.
    pub file: PathBuf,
    /// The entry this pull replaced, if the id + version was already pinned.
    pub previous: Option<Entry>,
    /// Set when the previously pinned file was missing or had been modified
    /// since it was pinned; `pull` overwrote it with the downloaded bytes.
    pub overwrote: Option<Problem>,
}

impl PullOutcome {
    /// The pin is exactly what it was before (same bytes, same source).
    pub fn unchanged(&self) -> bool {
        self.overwrote.is_none() && self.previous.as_ref() == Some(&self.entry)
    }
}

impl fmt::Display for PullOutcome {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let e = &self.entry;
        let what = if self.unchanged() {
            "already pinned (unchanged)"
        } else if self.previous.is_some() {
            "re-pinned"
        } else {
            "pinned"
        };
        writeln!(f, "{what} {}", e.id_at_version())?;
        writeln!(f, "  file:   {}", e.path)?;
        writeln!(f, "  source: {}", e.source)?;
        write!(f, "  sha256: {}", e.sha256)?;
        if let Some(prev) = &self.previous {
            if prev.sha256 != e.sha256 {
                write!(f, "\n  (was sha256 {})", prev.sha256)?;
            }
            if prev.source != e.source {
                write!(f, "\n  (was from {})", prev.source)?;
            }
        }
        if let Some(problem) = &self.overwrote {
            write!(f, "\nwarning: overwrote the local file: {problem}")?;
        }
        Ok(())
    }
}

/// Why [`pull`] failed.
#[derive(Debug)]
pub enum PullError {
    /// The `provider:service[@version]` argument is malformed.
    BadId { input: String, reason: String },
    /// `specs/manifest.toml` could not be read or written.
    Manifest(ManifestError),
    /// `list.json` or the spec could not be downloaded.
    Fetch(FetchError),
    /// `list.json` is not an apis.guru API list.
    BadList { url: String, message: String },
    /// The id is not in `list.json`; `suggestions` are the closest ids.
    UnknownId {
        id: String,
        list_url: String,
        suggestions: Vec<String>,
    },
    /// The id exists but not at that version.
    UnknownVersion {
        id: String,
        version: String,
        available: Vec<String>,
        preferred: Option<String>,
    },
    /// The downloaded document is not an OpenAPI 3.0 spec.
    NotASpec { url: String, message: String },
    /// The spec could not be written under the repository root.
    Write { path: PathBuf, message: String },
    /// AWS's model of the spec's service could not be extracted (see
    /// [`crate::model`]); nothing was pinned.
    Model { id: String, message: String },
}

impl fmt::Display for PullError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PullError::BadId { input, reason } => write!(f, "bad spec id {input:?}: {reason}"),
            PullError::Manifest(e) => write!(f, "{e}"),
            PullError::Fetch(e) => write!(f, "{e}"),
            PullError::BadList { url, message } => {
                write!(f, "{url} is not an apis.guru list.json: {message}")
            }
            PullError::UnknownId {
                id,
                list_url,
                suggestions,
            } => {
                write!(f, "unknown API id `{id}` (not in {list_url})")?;
                match suggestions.as_slice() {
                    [] => write!(f, "; ids look like `amazonaws.com:states`"),
                    [one] => write!(f, "; did you mean {one}?"),
                    many => write!(f, "; did you mean one of {}?", many.join(", ")),
                }
            }
            PullError::UnknownVersion {
                id,
                version,
                available,
                preferred,
            } => {
                write!(f, "{id} has no version `{version}`; available: ")?;
                for (i, v) in available.iter().enumerate() {
                    let sep = if i == 0 { "" } else { ", " };
                    let tag = if preferred.as_deref() == Some(v.as_str()) {
                        " (preferred)"
                    } else {
                        ""
                    };
                    write!(f, "{sep}{v}{tag}")?;
                }
                Ok(())
            }
            // `message` starts with the URL (the LoadError origin).
            PullError::NotASpec { message, .. } => write!(f, "not an OpenAPI 3.0 spec: {message}"),
            PullError::Write { path, message } => {
                write!(f, "cannot write {}: {message}", path.display())
            }
            PullError::Model { id, message } => write!(
                f,
                "{id}: not pinned: cannot extract AWS's model of its service ({}): {message}",
                crate::model::FILE_NAME
            ),
        }
    }
}

impl std::error::Error for PullError {}

impl From<ManifestError> for PullError {
    fn from(e: ManifestError) -> Self {
        PullError::Manifest(e)
    }
}

impl From<FetchError> for PullError {
    fn from(e: FetchError) -> Self {
        PullError::Fetch(e)
    }
}

/// One `list.json` value (only the fields `pull` needs).
#[derive(Deserialize)]
struct ListEntry {
    preferred: Option<String>,
    versions: BTreeMap<String, serde::de::IgnoredAny>,
}

/// Fetches `id_spec` (`provider:service[@version]`) from the apis.guru mirror
/// at `base` and pins it under `root` (the repository root: the spec goes to
/// `<root>/specs/...`, the manifest to `<root>/specs/manifest.toml`).
///
/// `base` may be an `http://`, `https://` or `file://` URL, with or without a
/// trailing `/`, or a filesystem path. Re-pulling an already pinned id +
/// version overwrites the file (even if it was modified locally; see
/// [`PullOutcome::overwrote`]) and replaces its manifest entry.
pub fn pull(root: &Path, id_spec: &str, base: &str) -> Result<PullOutcome, PullError> {
    pull_checked(root, id_spec, base, &|_| Ok(()))
}

/// [`pull`] plus AWS's model of the spec's service (`aws-model.json`
/// beside it, see [`crate::model`]). The model is extracted from the
/// parsed spec before anything is written: if that fails (no Python, no
/// PyPI for the first venv install, …) nothing is pinned.
pub fn pull_with_model(
    root: &Path,
    id_spec: &str,
    base: &str,
) -> Result<(PullOutcome, crate::model::Extracted), PullError> {
    pull_checked_with_model(root, id_spec, base, &|_, _| Ok(()))
}

/// Judges a pulled spec with the AWS model extracted for it (`Err`: why it
/// is refused; nothing is pinned).
pub type Accept<'a> = dyn Fn(&generator::openapiv3::OpenAPI, Option<&generator::model::AwsModel>) -> Result<(), String>
    + 'a;

/// [`pull_checked`] plus the model, as [`pull_with_model`]; `accept` judges
/// the spec with the model extracted for it (restJson1 needs its bindings),
/// and nothing is pinned if it refuses.
pub fn pull_checked_with_model(
    root: &Path,
    id_spec: &str,
    base: &str,
    accept: &Accept<'_>,
) -> Result<(PullOutcome, crate::model::Extracted), PullError> {
    use std::cell::RefCell;
    let staged = RefCell::new(None);
    let failed = RefCell::new(None);
    let wanted = SpecRef::parse(id_spec)?;
    let staging = crate::model::staging_path();
    let outcome = pull_checked(root, id_spec, base, &|api| {
        let name = format!("{}@{}", wanted.id, api.info.version);
        let job = crate::model::Job::for_api(&name, api, staging.clone());
        match crate::model::extract_one(job) {
            Ok(extracted) => {
                *staged.borrow_mut() = Some(extracted);
                // The spec is judged with the model it will be generated
                // with (restJson1 needs its HTTP bindings).
                let model =
                    generator::model::AwsModel::load(&staging).map_err(|e| e.to_string())?;
                accept(api, Some(&model))
            }
            Err(message) => {
                *failed.borrow_mut() = Some(message.clone());
                Err(message)
            }
        }
    });
    let cleanup = || {
        if let Some(dir) = staging.parent() {
            let _ = std::fs::remove_dir_all(dir);
        }
    };
    let outcome = match (outcome, failed.take()) {
        (Err(_), Some(message)) => {
            cleanup();
            return Err(PullError::Model {
                id: wanted.id,
                message,
            });
        }
        (Err(e), None) => {
            cleanup();
            return Err(e);
        }
        (Ok(outcome), _) => outcome,
    };
    let mut extracted = staged.take().ok_or_else(|| PullError::Model {
        id: wanted.id.clone(),
        message: "no model was extracted".into(),
    })?;
    let dest = crate::model::beside(&outcome.file);
    // Copied, not renamed: the target dir and `root` may be on different
    // file systems.
    let moved = std::fs::read(&staging).and_then(|bytes| manifest::write_atomic(&dest, &bytes));
    cleanup();
    moved.map_err(|e| PullError::Write {
        path: dest.clone(),
        message: e.to_string(),
    })?;
    extracted.out = dest;
    Ok((outcome, extracted))
}

/// [`pull`], but `accept` may refuse the parsed spec (its message becomes a
/// [`PullError::NotASpec`]) before anything is written.
pub fn pull_checked(
    root: &Path,
    id_spec: &str,
    base: &str,
    accept: &dyn Fn(&generator::openapiv3::OpenAPI) -> Result<(), String>,
) -> Result<PullOutcome, PullError> {
    let wanted = SpecRef::parse(id_spec)?;
    // Read the manifest first: a broken one should fail before any download.
    let mut manifest = Manifest::load(root)?;

    let base = fetch::normalize_base(base)?;
    let list_url = fetch::join(&base, "list.json");
    let list_bytes = fetch::fetch(&list_url)?;
    let list: BTreeMap<String, ListEntry> =
        serde_json::from_slice(&list_bytes).map_err(|e| PullError::BadList {
            url: list_url.clone(),
            message: e.to_string(),
        })?;

    let Some(api) = list.get(&wanted.id) else {
        return Err(PullError::UnknownId {
            suggestions: suggest(&wanted.id, list.keys().map(String::as_str)),
            id: wanted.id,
            list_url,
        });
    };
    let version = match wanted.version {
        Some(v) => v,
        None => api.preferred.clone().ok_or_else(|| PullError::BadList {
            url: list_url.clone(),
            message: format!(
                "{} has no `preferred` version; pass one with @version",
                wanted.id
            ),
        })?,
    };
    if !api.versions.contains_key(&version) {
        return Err(PullError::UnknownVersion {
            id: wanted.id,
            version,
            available: api.versions.keys().cloned().collect(),
            preferred: api.preferred.clone(),
        });
    }
    if !is_path_segment(&version) {
        return Err(PullError::BadList {
            url: list_url,
            message: format!(
                "version {version:?} of {} cannot be used as a directory name",
                wanted.id
            ),
        });
    }

    let relative = SpecRef::relative_path(&wanted.id, &version);
    let source = fetch::join(&base, &relative);
    let bytes = fetch::fetch(&source)?;
    let text = std::str::from_utf8(&bytes).map_err(|e| PullError::NotASpec {
        url: source.clone(),
        message: format!("{source}: not UTF-8 text: {e}"),
    })?;
    let api = generator::load::load_str(text, &source).map_err(|e| PullError::NotASpec {
        url: source.clone(),
        message: e.to_string(),
    })?;
    accept(&api).map_err(|message| PullError::NotASpec {
        url: source.clone(),
        message: format!("{source}: {message}"),
    })?;

    let previous = manifest.get(&wanted.id, &version).cloned();
    let overwrote = previous
        .as_ref()
        .and_then(|prev| manifest::verify_entry(root, prev).err());
    let file = root.join(&relative);
    manifest::write_atomic(&file, &bytes).map_err(|e| PullError::Write {
        path: file.clone(),
        message: e.to_string(),
    })?;

    let entry = Entry {
        id: wanted.id,
        version,
        path: relative,
        source,
        sha256: manifest::sha256_hex(&bytes),
    };
    manifest.upsert(entry.clone());
    manifest.save(root)?;
    Ok(PullOutcome {
        entry,
        file,
        previous,
        overwrote,
    })
}

/// Up to 3 ids from `candidates` close to `query` (case-insensitive edit
/// distance), best first. When both share the provider only the service parts
/// are compared; a query without `:` is compared with the service parts.
pub fn suggest<'a>(query: &str, candidates: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    let query = query.to_lowercase();
    let (q_provider, q_service) = split_id(&query);
    let mut scored: Vec<(usize, &str)> = candidates
        .into_iter()
        .filter_map(|candidate| {
            let lower = candidate.to_lowercase();
            let (c_provider, c_service) = split_id(&lower);
            let (a, b) = match (q_service, c_service) {
                (None, Some(cs)) => (query.as_str(), cs),
                (Some(qs), Some(cs)) if q_provider == c_provider => (qs, cs),
                _ => (query.as_str(), lower.as_str()),
            };
            let distance = strsim::levenshtein(a, b);
            let allowed = (a.chars().count() / 3).max(1);
            (distance <= allowed).then_some((distance, candidate))
        })
        .collect();
    scored.sort();
    scored
        .into_iter()
        .take(3)
        .map(|(_, id)| id.to_string())
        .collect()
}

fn split_id(id: &str) -> (&str, Option<&str>) {
    match id.split_once(':') {
        Some((p, s)) => (p, Some(s)),
        None => (id, None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_ids() {
        let r = SpecRef::parse("amazonaws.com:states@2016-11-23").unwrap();
        assert_eq!(r.id, "amazonaws.com:states");
        assert_eq!(r.version.as_deref(), Some("2016-11-23"));
        assert_eq!(
            SpecRef::parse("amazonaws.com:states").unwrap().version,
            None
        );
        assert!(SpecRef::parse("amazonaws.com:../x").is_err());
        assert!(SpecRef::parse("amazonaws.com:s@").is_err());
        assert!(SpecRef::parse("").is_err());
        assert_eq!(
            SpecRef::relative_path("amazonaws.com:states", "2016-11-23"),
            "specs/amazonaws.com/states/2016-11-23/openapi.yaml"
        );
    }

    #[test]
    fn suggestions() {
        let ids = [
            "amazonaws.com:states",
            "amazonaws.com:sts",
            "amazonaws.com:cur",
            "amazonaws.com:s3",
        ];
        assert_eq!(
            suggest("amazonaws.com:state", ids),
            ["amazonaws.com:states"]
        );
        assert_eq!(suggest("states", ids), ["amazonaws.com:states"]);
        assert_eq!(
            suggest("amazonaws.com:STATES", ids),
            ["amazonaws.com:states"]
        );
        assert!(suggest("example.org:zzzzzzzz", ids).is_empty());
    }
}
