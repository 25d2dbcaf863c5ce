//! Embeds `templates/runtime` (the runtime copied into every generated crate)
//! so the generator binary works from any directory.

use std::fmt::Write;
use std::path::Path;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../templates/runtime");
    let dir = root.join("src/runtime");
    println!("cargo:rerun-if-changed={}", dir.display());
    println!(
        "cargo:rerun-if-changed={}",
        root.join("Cargo.toml").display()
    );
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("templates/runtime/src/runtime exists")
        .map(|e| e.expect("readable dir entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "rs"))
        .collect();
    files.sort();
    let mut out = String::from("/// `(file name, contents)` of every runtime template file, sorted.\npub const RUNTIME_FILES: &[(&str, &str)] = &[\n");
    for f in &files {
        println!("cargo:rerun-if-changed={}", f.display());
        let name = f.file_name().unwrap().to_str().expect("UTF-8 file name");
        writeln!(
            out,
            "    ({name:?}, include_str!({:?})),",
            f.canonicalize().unwrap().display().to_string()
        )
        .unwrap();
    }
    out.push_str("];\n");
    let manifest = root.join("Cargo.toml").canonicalize().unwrap();
    writeln!(out, "/// The runtime template's `Cargo.toml` (its `[dependencies]` are copied).\npub const RUNTIME_MANIFEST: &str = include_str!({:?});", manifest.display().to_string()).unwrap();
    let tests = root.join("../tests");
    println!("cargo:rerun-if-changed={}", tests.display());
    let mut test_files: Vec<_> = std::fs::read_dir(&tests)
        .expect("templates/tests exists")
        .map(|e| e.expect("readable dir entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "rs"))
        .collect();
    test_files.sort();
    out.push_str("/// `(file name, contents)` of the test-support templates (copied to `tests/support/`).\npub const TEST_SUPPORT_FILES: &[(&str, &str)] = &[\n");
    for f in &test_files {
        println!("cargo:rerun-if-changed={}", f.display());
        let name = f.file_name().unwrap().to_str().expect("UTF-8 file name");
        writeln!(
            out,
            "    ({name:?}, include_str!({:?})),",
            f.canonicalize().unwrap().display().to_string()
        )
        .unwrap();
    }
    out.push_str("];\n");
    let dest = Path::new(&std::env::var("OUT_DIR").unwrap()).join("templates.rs");
    std::fs::write(dest, out).unwrap();
}
