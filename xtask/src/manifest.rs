//! `specs/manifest.toml`: the list of pinned specs.
//!
//! Every spec the project builds from is pinned here by `cargo xtask pull`:
//! which apis.guru entry and version it is, where it was downloaded from, where
//! it lives in the repository and the sha256 of its exact bytes.
//!
//! ```toml
//! # Pinned OpenAPI specs. Written by `cargo xtask pull`; do not edit by hand.
//!
//! [[spec]]
//! id = "amazonaws.com:states"
//! version = "2016-11-23"
//! path = "specs/amazonaws.com/states/2016-11-23/openapi.yaml"
//! source = "https://api.apis.guru/v2/specs/amazonaws.com/states/2016-11-23/openapi.yaml"
//! sha256 = "…64 lowercase hex digits…"
//! ```
//!
//! Entries are kept sorted by `id`, then `version`, with at most one entry per
//! id + version, and the file is always written in the same format, so pulling
//! the same spec twice leaves it byte-identical.
//!
//! Typical use (e.g. from `regen`):
//!
//! ```no_run
//! # fn demo(root: &std::path::Path) -> Result<(), String> {
//! let manifest = xtask::manifest::Manifest::load(root).map_err(|e| e.to_string())?;
//! manifest.verify(root).map_err(|e| e.to_string())?;
//! for spec in &manifest.entries {
//!     let file = spec.file(root); // <root>/<spec.path>
//!     println!("{}@{} from {}", spec.id, spec.version, file.display());
//! }
//! # Ok(())
//! # }
//! ```

use std::fmt;
use std::path::{Component, Path, PathBuf};

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// Location of the manifest, relative to the repository root.
pub const MANIFEST_PATH: &str = "specs/manifest.toml";

const HEADER: &str =
    "# Pinned OpenAPI specs. Written by `cargo xtask pull`; do not edit by hand.\n\
                      # `cargo xtask verify` checks every file against its sha256.\n";

/// One pinned spec (one `[[spec]]` table).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    /// apis.guru id, `provider:service` (e.g. `amazonaws.com:states`).
    pub id: String,
    /// apis.guru version key (e.g. `2016-11-23`).
    pub version: String,
    /// The pinned file, relative to the repository root, with `/` separators.
    pub path: String,
    /// The URL the file was downloaded from.
    pub source: String,
    /// Lowercase hex sha256 of the file's bytes.
    pub sha256: String,
}

impl Entry {
    /// Absolute location of the pinned file under `root`.
    pub fn file(&self, root: &Path) -> PathBuf {
        root.join(&self.path)
    }

    /// `id@version`, the form `cargo xtask pull` accepts.
    pub fn id_at_version(&self) -> String {
        format!("{}@{}", self.id, self.version)
    }
}

/// All pinned specs, sorted by id then version.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Manifest {
    pub entries: Vec<Entry>,
}

/// On-disk shape: `[[spec]]` tables.
#[derive(Serialize, Deserialize)]
struct File {
    #[serde(default)]
    spec: Vec<Entry>,
}

impl Manifest {
    /// `<root>/specs/manifest.toml`.
    pub fn path(root: &Path) -> PathBuf {
        root.join(MANIFEST_PATH)
    }

    /// Reads `<root>/specs/manifest.toml`. A missing file is an empty manifest
    /// (nothing pinned yet); an unreadable or malformed one is an error.
    pub fn load(root: &Path) -> Result<Manifest, ManifestError> {
        let path = Self::path(root);
        match std::fs::read_to_string(&path) {
            Ok(text) => Self::parse(&text, &path.display().to_string()),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Manifest::default()),
            Err(e) => Err(ManifestError::new(
                &path.display().to_string(),
                format!("cannot read: {e}"),
            )),
        }
    }

    /// Parses manifest text; `origin` only names the file in errors. Entries
    /// are sorted; duplicates, non-relative paths and malformed hashes are
    /// rejected.
    pub fn parse(text: &str, origin: &str) -> Result<Manifest, ManifestError> {
        let file: File =
            toml::from_str(text).map_err(|e| ManifestError::new(origin, e.to_string()))?;
        let mut manifest = Manifest { entries: file.spec };
        manifest.sort();
        for pair in manifest.entries.windows(2) {
            if (&pair[0].id, &pair[0].version) == (&pair[1].id, &pair[1].version) {
                return Err(ManifestError::new(
                    origin,
                    format!("{} is pinned more than once", pair[0].id_at_version()),
                ));
            }
        }
        for e in &manifest.entries {
            let bad =
                |what: String| ManifestError::new(origin, format!("{}: {what}", e.id_at_version()));
            if !is_safe_relative(&e.path) {
                return Err(bad(format!(
                    "path {:?} must be relative and stay inside the repository",
                    e.path
                )));
            }
            if e.sha256.len() != 64
                || !e
                    .sha256
                    .bytes()
                    .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
            {
                return Err(bad(format!(
                    "sha256 {:?} is not 64 lowercase hex digits",
                    e.sha256
                )));
            }
        }
        Ok(manifest)
    }

    /// The manifest text, in its one canonical format.
    pub fn to_toml(&self) -> String {
        let mut sorted = self.clone();
        sorted.sort();
        if sorted.entries.is_empty() {
            return HEADER.to_string();
        }
        let body = toml::to_string(&File {
            spec: sorted.entries,
        })
        .expect("plain strings always serialize to TOML");
        format!("{HEADER}\n{body}")
    }

    /// Writes `<root>/specs/manifest.toml` (via a temporary file + rename, so
    /// an interrupted write never leaves half a manifest).
    pub fn save(&self, root: &Path) -> Result<(), ManifestError> {
        let path = Self::path(root);
        write_atomic(&path, self.to_toml().as_bytes()).map_err(|e| {
            ManifestError::new(&path.display().to_string(), format!("cannot write: {e}"))
        })
    }

    /// The entry pinned for `id` at `version`, if any.
    pub fn get(&self, id: &str, version: &str) -> Option<&Entry> {
        self.entries
            .iter()
            .find(|e| e.id == id && e.version == version)
    }

    /// Adds `entry`, replacing (and returning) any entry with the same id and
    /// version; keeps the entries sorted.
    pub fn upsert(&mut self, entry: Entry) -> Option<Entry> {
        let old = match self
            .entries
            .iter()
            .position(|e| e.id == entry.id && e.version == entry.version)
        {
            Some(i) => Some(std::mem::replace(&mut self.entries[i], entry)),
            None => {
                self.entries.push(entry);
                None
            }
        };
        self.sort();
        old
    }

    /// Iterates over the pinned specs.
    pub fn iter(&self) -> std::slice::Iter<'_, Entry> {
        self.entries.iter()
    }

    /// Recomputes the sha256 of every pinned file under `root`. Checks all
    /// entries and reports every missing or changed file at once.
    pub fn verify(&self, root: &Path) -> Result<(), VerifyError> {
        let problems: Vec<Problem> = self
            .entries
            .iter()
            .filter_map(|e| verify_entry(root, e).err())
            .collect();
        if problems.is_empty() {
            Ok(())
        } else {
            Err(VerifyError { problems })
        }
    }

    fn sort(&mut self) {
        self.entries
            .sort_by(|a, b| (&a.id, &a.version).cmp(&(&b.id, &b.version)));
    }
}

impl<'a> IntoIterator for &'a Manifest {
    type Item = &'a Entry;
    type IntoIter = std::slice::Iter<'a, Entry>;
    fn into_iter(self) -> Self::IntoIter {
        self.entries.iter()
    }
}

/// Checks one pinned file against its recorded sha256.
pub fn verify_entry(root: &Path, entry: &Entry) -> Result<(), Problem> {
    match std::fs::read(entry.file(root)) {
        Ok(bytes) => {
            let actual = sha256_hex(&bytes);
            if actual == entry.sha256 {
                Ok(())
            } else {
                Err(Problem::Mismatch {
                    id: entry.id_at_version(),
                    path: entry.path.clone(),
                    expected: entry.sha256.clone(),
                    actual,
                })
            }
        }
        Err(e) => Err(Problem::Unreadable {
            id: entry.id_at_version(),
            path: entry.path.clone(),
            error: e.to_string(),
        }),
    }
}

/// Lowercase hex sha256 of `bytes`.
pub fn sha256_hex(bytes: &[u8]) -> String {
    use std::fmt::Write;
    Sha256::digest(bytes)
        .iter()
        .fold(String::with_capacity(64), |mut s, b| {
            let _ = write!(s, "{b:02x}");
            s
        })
}

/// `path` is relative, uses `/`, and has no `..`/root components.
fn is_safe_relative(path: &str) -> bool {
    !path.is_empty()
        && !path.contains('\\')
        && Path::new(path)
            .components()
            .all(|c| matches!(c, Component::Normal(_)))
}

/// Writes `bytes` to `path` through a sibling temporary file and a rename,
/// creating parent directories as needed.
pub(crate) fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    let mut tmp = path.as_os_str().to_owned();
    tmp.push(format!(".tmp{}", std::process::id()));
    let tmp = PathBuf::from(tmp);
    std::fs::write(&tmp, bytes)?;
    std::fs::rename(&tmp, path).inspect_err(|_| {
        let _ = std::fs::remove_file(&tmp);
    })
}

/// The manifest could not be read, parsed or written.
#[derive(Debug)]
pub struct ManifestError {
    /// The manifest file.
    pub origin: String,
    pub message: String,
}

impl ManifestError {
    fn new(origin: &str, message: String) -> Self {
        ManifestError {
            origin: origin.to_string(),
            message,
        }
    }
}

impl fmt::Display for ManifestError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.origin, self.message.trim_end())
    }
}

impl std::error::Error for ManifestError {}

/// A pinned file that does not match the manifest.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// The file's bytes changed since it was pinned.
    Mismatch {
        id: String,
        path: String,
        expected: String,
        actual: String,
    },
    /// The file is missing or unreadable.
    Unreadable {
        id: String,
        path: String,
        error: String,
    },
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::Mismatch { id, path, expected, actual } => write!(
                f,
                "{path}: sha256 mismatch: {MANIFEST_PATH} pins {expected} for {id}, but the file hashes to {actual} \
                 (restore it, or re-pin with `cargo xtask pull {id}`)"
            ),
            Problem::Unreadable { id, path, error } => write!(
                f,
                "{path}: cannot read the file pinned for {id}: {error} (re-pin with `cargo xtask pull {id}`)"
            ),
        }
    }
}

/// Every pinned file that failed [`Manifest::verify`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerifyError {
    pub problems: Vec<Problem>,
}

impl fmt::Display for VerifyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let n = self.problems.len();
        write!(
            f,
            "{n} pinned spec{} failed verification:",
            if n == 1 { "" } else { "s" }
        )?;
        for p in &self.problems {
            write!(f, "\n  {p}")?;
        }
        Ok(())
    }
}

impl std::error::Error for VerifyError {}
