//! `cargo xtask add` / `pull` without a usable Python: a clear error naming
//! the command that failed, and nothing pinned (never a spec without its
//! model). A test binary of its own: it points the botocore venv and the
//! interpreter elsewhere through the environment, process-wide.

use std::path::Path;

#[test]
fn add_and_pull_fail_clearly_and_pin_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    // Only this test runs in this binary, so changing the environment
    // affects no other test.
    std::env::set_var(xtask::model::VENV_ENV, tmp.path().join("venv"));
    std::env::set_var(xtask::model::PYTHON_ENV, "/nonexistent/python3");
    let root = tmp.path().join("repo");
    let mirror = Path::new(env!("CARGO_MANIFEST_DIR")).join("mirror");
    let mirror = mirror.display().to_string();

    let err = xtask::add::add(&root, "amazonaws.com:cur", &mirror).unwrap_err();
    assert!(
        err.starts_with(
            "amazonaws.com:cur: not pinned: cannot extract AWS's model of its service (aws-model.json): \
             cannot create the botocore venv (the AWS model needs python3 with the venv module; \
             set XTASK_PYTHON to use another interpreter): failed to run \"/nonexistent/python3\""
        ),
        "{err}"
    );
    let err = xtask::pull::pull_with_model(&root, "amazonaws.com:cur", &mirror)
        .unwrap_err()
        .to_string();
    assert!(err.starts_with("amazonaws.com:cur: not pinned:"), "{err}");
    assert!(!root.join("specs").exists(), "nothing is pinned");
    assert!(!root.join("generated").exists(), "nothing is generated");
}
