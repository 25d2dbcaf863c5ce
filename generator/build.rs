//! Embeds the templates (the runtime and the test support copied into every
//! generated crate) so the generator binary works from any directory.

use std::fmt::Write;
use std::path::Path;

/// Appends `pub const NAME: &[(&str, &str)]` listing every `.rs` file of
/// `dir` (sorted) as `(file name, include_str!(…))`.
fn embed_dir(out: &mut String, doc: &str, name: &str, dir: &Path) {
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.expect("readable dir entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "rs"))
        .collect();
    files.sort();
    writeln!(out, "/// {doc}\npub const {name}: &[(&str, &str)] = &[").unwrap();
    for f in &files {
        println!("cargo:rerun-if-changed={}", f.display());
        let file = f.file_name().unwrap().to_str().expect("UTF-8 file name");
        let path = f.canonicalize().unwrap().display().to_string();
        writeln!(out, "    ({file:?}, include_str!({path:?})),").unwrap();
    }
    out.push_str("];\n");
}

fn main() {
    let templates = Path::new(env!("CARGO_MANIFEST_DIR")).join("../templates");
    let mut out = String::new();
    embed_dir(
        &mut out,
        "`(file name, contents)` of every runtime template file, sorted.",
        "RUNTIME_FILES",
        &templates.join("runtime/src/runtime"),
    );
    embed_dir(
        &mut out,
        "`(file name, contents)` of the test-support templates (copied to `tests/support/`).",
        "TEST_SUPPORT_FILES",
        &templates.join("tests"),
    );
    let manifest = templates.join("runtime/Cargo.toml");
    println!("cargo:rerun-if-changed={}", manifest.display());
    let manifest = manifest.canonicalize().unwrap().display().to_string();
    writeln!(
        out,
        "/// The runtime template's `Cargo.toml` (its `[dependencies]` are copied).\npub const RUNTIME_MANIFEST: &str = include_str!({manifest:?});"
    )
    .unwrap();
    let dest = Path::new(&std::env::var("OUT_DIR").unwrap()).join("templates.rs");
    std::fs::write(dest, out).unwrap();
}
