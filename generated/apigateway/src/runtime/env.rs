//! A tiny abstraction over the process environment and the file system.
//!
//! Configuration resolution (credentials, region, endpoint, shared config
//! files) reads environment variables, the home directory and a couple of
//! files. Going through [`Env`] instead of `std::env` / `std::fs` directly lets
//! tests describe a complete environment in memory, without mutating the
//! (process-global, racy) real environment.

use std::collections::HashMap;
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Source of environment variables and shared-config files.
///
/// * [`Env::real`] reads the process environment (`std::env`) and the real
///   file system.
/// * [`Env::from_map`] uses only the given variables (nothing is inherited
///   from the process); files are still read from the real file system unless
///   they were registered with [`Env::with_file`].
///
/// Variables whose value is empty or only whitespace are treated as unset,
/// like the official AWS SDKs do for the variables used here. Values are
/// returned trimmed.
///
/// `Debug` prints variable names and file paths only, never values or file
/// contents (they may hold secrets).
#[derive(Clone)]
pub struct Env {
    vars: Option<Arc<HashMap<String, String>>>,
    files: Arc<HashMap<PathBuf, String>>,
}

impl fmt::Debug for Env {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut files: Vec<&PathBuf> = self.files.keys().collect();
        files.sort();
        let mut debug = f.debug_struct("Env");
        match &self.vars {
            None => debug.field("vars", &"<process environment>"),
            Some(vars) => {
                let mut names: Vec<&String> = vars.keys().collect();
                names.sort();
                debug.field("vars", &names)
            }
        };
        debug.field("in_memory_files", &files).finish()
    }
}

impl Default for Env {
    fn default() -> Self {
        Self::real()
    }
}

impl Env {
    /// The real process environment and file system.
    pub fn real() -> Self {
        Env {
            vars: None,
            files: Arc::default(),
        }
    }

    /// An environment containing exactly `vars` (useful for tests).
    pub fn from_map<I, K, V>(vars: I) -> Self
    where
        I: IntoIterator<Item = (K, V)>,
        K: Into<String>,
        V: Into<String>,
    {
        Env {
            vars: Some(Arc::new(
                vars.into_iter()
                    .map(|(k, v)| (k.into(), v.into()))
                    .collect(),
            )),
            files: Arc::default(),
        }
    }

    /// Registers an in-memory file: [`Env::read_file`] returns `contents` for
    /// `path` instead of touching the file system. Other paths are still read
    /// from disk.
    pub fn with_file(mut self, path: impl Into<PathBuf>, contents: impl Into<String>) -> Self {
        Arc::make_mut(&mut self.files).insert(path.into(), contents.into());
        self
    }

    /// The trimmed value of environment variable `key`, or `None` when it is
    /// unset, empty, whitespace-only or not valid Unicode.
    pub fn get(&self, key: &str) -> Option<String> {
        let raw = match &self.vars {
            Some(map) => map.get(key).cloned(),
            None => std::env::var(key).ok(),
        }?;
        let trimmed = raw.trim();
        if trimmed.is_empty() {
            None
        } else {
            Some(trimmed.to_owned())
        }
    }

    /// The user's home directory: `HOME`, else `USERPROFILE`, else
    /// `HOMEDRIVE` + `HOMEPATH` (Windows).
    pub fn home_dir(&self) -> Option<PathBuf> {
        if let Some(home) = self.get("HOME").or_else(|| self.get("USERPROFILE")) {
            return Some(PathBuf::from(home));
        }
        match (self.get("HOMEDRIVE"), self.get("HOMEPATH")) {
            (Some(drive), Some(path)) => Some(PathBuf::from(format!("{drive}{path}"))),
            _ => None,
        }
    }

    /// Expands a leading `~` (alone, or followed by `/` or `\`) to the home
    /// directory. Other paths are returned unchanged, as is the input when no
    /// home directory is known.
    pub fn expand_home(&self, path: &str) -> PathBuf {
        let rest = match path.strip_prefix('~') {
            Some(rest) if rest.is_empty() || rest.starts_with(['/', '\\']) => rest,
            _ => return PathBuf::from(path),
        };
        match self.home_dir() {
            Some(home) => home.join(rest.trim_start_matches(['/', '\\'])),
            None => PathBuf::from(path),
        }
    }

    /// Reads a UTF-8 text file (in-memory files registered with
    /// [`Env::with_file`] first, then the real file system).
    ///
    /// A missing file is `Ok(None)`; other I/O failures (permissions, invalid
    /// UTF-8, a directory, ...) are errors.
    pub fn read_file(&self, path: &Path) -> std::io::Result<Option<String>> {
        if let Some(contents) = self.files.get(path) {
            return Ok(Some(contents.clone()));
        }
        match std::fs::read_to_string(path) {
            Ok(contents) => Ok(Some(contents)),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(e),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn from_map_does_not_inherit_process_env() {
        let env = Env::from_map([("A", "1")]);
        assert_eq!(env.get("A").as_deref(), Some("1"));
        // PATH is (almost certainly) set for the test process, but not here.
        assert_eq!(env.get("PATH"), None);
    }

    #[test]
    fn empty_and_whitespace_values_are_unset_and_values_are_trimmed() {
        let env = Env::from_map([("EMPTY", ""), ("BLANK", "  \t"), ("PADDED", "  x ")]);
        assert_eq!(env.get("EMPTY"), None);
        assert_eq!(env.get("BLANK"), None);
        assert_eq!(env.get("PADDED").as_deref(), Some("x"));
        assert_eq!(env.get("MISSING"), None);
    }

    #[test]
    fn debug_does_not_print_values() {
        let env = Env::from_map([("AWS_SECRET_ACCESS_KEY", "TOPSECRET")])
            .with_file("/c", "aws_secret_access_key = FILESECRET");
        let debug = format!("{env:?}");
        assert!(debug.contains("AWS_SECRET_ACCESS_KEY"), "{debug}");
        assert!(
            !debug.contains("TOPSECRET") && !debug.contains("FILESECRET"),
            "{debug}"
        );
    }

    #[test]
    fn home_dir_precedence() {
        let env = Env::from_map([("HOME", "/h"), ("USERPROFILE", "C:\\u")]);
        assert_eq!(env.home_dir(), Some(PathBuf::from("/h")));
        let env = Env::from_map([("USERPROFILE", "C:\\u")]);
        assert_eq!(env.home_dir(), Some(PathBuf::from("C:\\u")));
        let env = Env::from_map([("HOMEDRIVE", "D:"), ("HOMEPATH", "\\me")]);
        assert_eq!(env.home_dir(), Some(PathBuf::from("D:\\me")));
        let env = Env::from_map([("HOMEDRIVE", "D:")]);
        assert_eq!(env.home_dir(), None);
    }

    #[test]
    fn expand_home() {
        let env = Env::from_map([("HOME", "/h")]);
        assert_eq!(env.expand_home("~/x/y"), PathBuf::from("/h/x/y"));
        assert_eq!(env.expand_home("~"), PathBuf::from("/h"));
        assert_eq!(env.expand_home("~other/x"), PathBuf::from("~other/x"));
        assert_eq!(env.expand_home("/abs/x"), PathBuf::from("/abs/x"));
        let no_home = Env::from_map::<_, &str, &str>([]);
        assert_eq!(no_home.expand_home("~/x"), PathBuf::from("~/x"));
    }

    #[test]
    fn read_file_memory_real_and_missing() {
        let env = Env::from_map::<_, &str, &str>([]).with_file("/virtual/config", "[default]");
        assert_eq!(
            env.read_file(Path::new("/virtual/config"))
                .unwrap()
                .as_deref(),
            Some("[default]")
        );

        let path = std::env::temp_dir().join(format!(
            "runtime-env-test-{}-{:?}",
            std::process::id(),
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .unwrap()
                .as_nanos()
        ));
        assert_eq!(env.read_file(&path).unwrap(), None);
        std::fs::write(&path, "hello").unwrap();
        let read = env.read_file(&path);
        std::fs::remove_file(&path).unwrap();
        assert_eq!(read.unwrap().as_deref(), Some("hello"));
    }
}
