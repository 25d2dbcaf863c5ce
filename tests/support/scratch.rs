//! A scratch Cargo workspace of generated crates under `target/`, checked
//! the way CI checks `generated/`: clippy and rustdoc with `-D warnings`,
//! and doctests run. Every scratch workspace builds into one shared target
//! directory, so the generated crates' dependencies (hyper, rustls,
//! aws-sigv4, …) are compiled once for all the tests that use one.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Target directory shared by every scratch workspace (under the
/// repository's own `target/`).
const SHARED_TARGET: &str = "target/scratch-target";

pub struct Scratch {
    repo: PathBuf,
    dir: PathBuf,
    /// Member names (`crates/<name>`).
    members: Vec<String>,
}

impl Scratch {
    /// An empty workspace at `<repo>/target/<name>`; crates left by an
    /// earlier run are removed (the shared target directory is kept).
    pub fn new(repo: &Path, name: &str) -> Scratch {
        let dir = repo.join("target").join(name);
        let _ = std::fs::remove_dir_all(dir.join("crates"));
        std::fs::create_dir_all(&dir).expect("create the scratch workspace");
        Scratch {
            repo: repo.to_path_buf(),
            dir,
            members: Vec::new(),
        }
    }

    /// Writes a generated crate (relative path → contents) as the member
    /// `crates/<member>`.
    pub fn add(&mut self, member: &str, files: &BTreeMap<String, String>) {
        let root = self.crate_dir(member);
        for (rel, text) in files {
            let path = root.join(rel);
            std::fs::create_dir_all(path.parent().expect("a file has a parent"))
                .expect("create a directory");
            std::fs::write(&path, text).expect("write a generated file");
        }
        self.members.push(member.to_string());
    }

    pub fn crate_dir(&self, member: &str) -> PathBuf {
        self.dir.join("crates").join(member)
    }

    /// `cargo <args>` in the workspace, offline with the repository's
    /// lockfile (same dependency versions, so nothing is fetched). Panics
    /// with cargo's output when it fails; returns its stdout.
    pub fn cargo(&self, args: &[&str]) -> String {
        std::fs::write(
            self.dir.join("Cargo.toml"),
            format!(
                "[workspace]\nresolver = \"2\"\nmembers = [{}]\n",
                self.members
                    .iter()
                    .map(|m| format!("\"crates/{m}\""))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        )
        .expect("write the workspace manifest");
        std::fs::copy(self.repo.join("Cargo.lock"), self.dir.join("Cargo.lock"))
            .expect("copy Cargo.lock");
        let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
        let out = Command::new(cargo)
            .arg("--offline")
            .args(args)
            .current_dir(&self.dir)
            .env("CARGO_TARGET_DIR", self.repo.join(SHARED_TARGET))
            .env("RUSTDOCFLAGS", "-Dwarnings")
            .env_remove("RUSTFLAGS")
            .output()
            .expect("run cargo");
        let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
        assert!(
            out.status.success(),
            "cargo {} failed in {}:\n{}\n{stdout}",
            args.join(" "),
            self.dir.display(),
            String::from_utf8_lossy(&out.stderr)
        );
        stdout
    }

    /// clippy on every target with `-D warnings` (which includes `cargo
    /// check`), then rustdoc with `-D warnings`.
    pub fn check_clean(&self) {
        self.cargo(&[
            "clippy",
            "--workspace",
            "--all-targets",
            "--",
            "-D",
            "warnings",
        ]);
        self.cargo(&["doc", "--workspace", "--no-deps"]);
    }

    /// Runs every member's doctests; returns the name of each one that ran,
    /// as rustdoc prints it (`crates/x/src/lib.rs - (line 14) - compile`).
    pub fn doctests(&self) -> Vec<String> {
        let out = self.cargo(&["test", "--workspace", "--doc"]);
        out.lines()
            .filter_map(|l| l.strip_prefix("test "))
            .filter_map(|l| l.rsplit_once(" ... ").map(|(name, _)| name.to_string()))
            .collect()
    }

    /// Runs the doctests and checks that none came from spec text: each
    /// generated crate has exactly one in `src/lib.rs`, the generator's own
    /// usage example (`no_run`, so rustdoc says "compile"), and any other
    /// is in `src/runtime/`, which is copied from hand-written templates.
    /// Returns the doctests that ran.
    pub fn check_no_spec_doctests(&self) -> Vec<String> {
        let doctests = self.doctests();
        for member in &self.members {
            let lib = format!("crates/{member}/src/lib.rs - ");
            let runtime = format!("crates/{member}/src/runtime/");
            let mine: Vec<&String> = doctests
                .iter()
                .filter(|d| d.starts_with(&format!("crates/{member}/")))
                .collect();
            let usage = mine.iter().filter(|d| d.starts_with(&lib)).count();
            let spec: Vec<&&String> = mine
                .iter()
                .filter(|d| {
                    !(d.starts_with(&runtime) || (d.starts_with(&lib) && d.ends_with(" - compile")))
                })
                .collect();
            assert!(
                usage == 1 && spec.is_empty(),
                "{member}: expected the usage example as the only doctest outside src/runtime/, ran: {mine:#?}"
            );
        }
        doctests
    }
}
