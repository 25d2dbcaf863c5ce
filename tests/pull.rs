//! `cargo xtask pull` against the committed apis.guru mirror in `tests/mirror/`
//! (over `file://` and over a loopback HTTP server started here), pinning into
//! throwaway repository roots.

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use xtask::manifest::{sha256_hex, Manifest, Problem};
use xtask::pull::{pull, PullError};

/// `sha256sum` of the mirror's files, computed independently of the code under test.
const STATES_SHA: &str = "e01ab25c502b2b760ff75085ba7eefa706050745e0e0ba14b3e4a8622d2007b7";
const CUR_SHA: &str = "44931c0b69f2e37030a5baaab000a46be6b385a2b366a0753d796afd1090579c";
const EC2IC_SHA: &str = "31955c8759e7ee85a82dedc1eeb2d6cb9e2c163ed3bb6f880f03214e0abf40a1";
const EM_2016_SHA: &str = "2bea78376b5b785cfacd5b000d7c7114c7c4446f4b49fad859edac9603f3ecab";
const EM_2017_SHA: &str = "aef020c7a5479eda878fac85bfa932aaed54cab6ce8083467fc2066a796e7c66";

const STATES_PATH: &str = "specs/amazonaws.com/states/2016-11-23/openapi.yaml";
const CUR_PATH: &str = "specs/amazonaws.com/cur/2017-01-06/openapi.yaml";

fn mirror() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("mirror")
}

/// `file://` URL of the mirror, without a trailing slash (pull must add it).
fn mirror_url() -> String {
    format!(
        "file://{}",
        mirror().display().to_string().replace(' ', "%20")
    )
}

fn mirror_bytes(relative: &str) -> Vec<u8> {
    std::fs::read(mirror().join(relative)).unwrap()
}

fn manifest_text(root: &Path) -> String {
    std::fs::read_to_string(root.join("specs/manifest.toml")).unwrap()
}

fn temp_root() -> tempfile::TempDir {
    tempfile::tempdir().unwrap()
}

fn pull_err(root: &Path, id: &str, base: &str) -> PullError {
    match pull(root, id, base) {
        Ok(outcome) => panic!("pull {id} from {base} should fail, got {outcome:?}"),
        Err(e) => e,
    }
}

/// Nothing was pinned: no manifest, no `specs/` directory.
fn assert_nothing_written(root: &Path) {
    assert!(
        !root.join("specs").exists(),
        "a failed pull must not write anything"
    );
}

#[test]
fn pulls_preferred_version_over_file_url() {
    let root = temp_root();
    let outcome = pull(root.path(), "amazonaws.com:states", &mirror_url()).unwrap();

    // The file is the mirror's, byte for byte, at the same relative path.
    let written = std::fs::read(root.path().join(STATES_PATH)).unwrap();
    assert_eq!(written, mirror_bytes(STATES_PATH));
    assert_eq!(outcome.file, root.path().join(STATES_PATH));
    assert_eq!(sha256_hex(&written), STATES_SHA);

    let source = format!("{}/{STATES_PATH}", mirror_url());
    assert_eq!(outcome.entry.id, "amazonaws.com:states");
    assert_eq!(outcome.entry.version, "2016-11-23");
    assert_eq!(outcome.entry.path, STATES_PATH);
    assert_eq!(outcome.entry.source, source);
    assert_eq!(outcome.entry.sha256, STATES_SHA);
    assert!(outcome.previous.is_none() && outcome.overwrote.is_none());
    assert!(outcome
        .to_string()
        .starts_with("pinned amazonaws.com:states@2016-11-23\n"));

    // The manifest, exactly.
    let expected = format!(
        "# Pinned OpenAPI specs. Written by `cargo xtask pull`; do not edit by hand.\n\
         # `cargo xtask verify` checks every file against its sha256.\n\
         \n\
         [[spec]]\n\
         id = \"amazonaws.com:states\"\n\
         version = \"2016-11-23\"\n\
         path = \"{STATES_PATH}\"\n\
         source = \"{source}\"\n\
         sha256 = \"{STATES_SHA}\"\n"
    );
    assert_eq!(manifest_text(root.path()), expected);

    let manifest = Manifest::load(root.path()).unwrap();
    assert_eq!(manifest.entries, vec![outcome.entry.clone()]);
    manifest.verify(root.path()).unwrap();
}

#[test]
fn pulls_a_given_version_and_repull_replaces_the_entry() {
    let root = temp_root();
    let base = format!("{}/", mirror_url()); // with a trailing slash this time
    let em = "specs/amazonaws.com/entitlement.marketplace";

    let old = pull(
        root.path(),
        "amazonaws.com:entitlement.marketplace@2016-05-10",
        &base,
    )
    .unwrap();
    assert_eq!(old.entry.version, "2016-05-10");
    let old_bytes =
        std::fs::read(root.path().join(format!("{em}/2016-05-10/openapi.yaml"))).unwrap();
    assert_eq!(
        old_bytes,
        mirror_bytes(&format!("{em}/2016-05-10/openapi.yaml"))
    );
    assert!(String::from_utf8(old_bytes)
        .unwrap()
        .contains("version: '2016-05-10'"));
    assert_eq!(old.entry.sha256, EM_2016_SHA);

    // Without @version: the preferred one, pinned next to the other.
    let preferred = pull(root.path(), "amazonaws.com:entitlement.marketplace", &base).unwrap();
    assert_eq!(preferred.entry.version, "2017-01-11");
    assert_eq!(preferred.entry.sha256, EM_2017_SHA);
    pull(root.path(), "amazonaws.com:cur", &base).unwrap();

    // Sorted by id, then version, whatever the pull order.
    let manifest = Manifest::load(root.path()).unwrap();
    let keys: Vec<_> = manifest
        .iter()
        .map(|e| (e.id.as_str(), e.version.as_str(), e.sha256.as_str()))
        .collect();
    assert_eq!(
        keys,
        [
            ("amazonaws.com:cur", "2017-01-06", CUR_SHA),
            (
                "amazonaws.com:entitlement.marketplace",
                "2016-05-10",
                EM_2016_SHA
            ),
            (
                "amazonaws.com:entitlement.marketplace",
                "2017-01-11",
                EM_2017_SHA
            ),
        ]
    );
    let text = manifest_text(root.path());
    assert_eq!(text.matches("[[spec]]").count(), 3);
    assert_eq!(text, manifest.to_toml());

    // Re-pulling replaces the entry (no duplicate) and is byte-for-byte stable.
    let again = pull(
        root.path(),
        "amazonaws.com:entitlement.marketplace@2016-05-10",
        &base,
    )
    .unwrap();
    assert_eq!(again.previous.as_ref(), Some(&old.entry));
    assert!(again.unchanged());
    assert!(again.to_string().starts_with(
        "already pinned (unchanged) amazonaws.com:entitlement.marketplace@2016-05-10"
    ));
    assert_eq!(manifest_text(root.path()), text);

    // A plain directory path works as a base (relative to the working
    // directory, which cargo sets to tests/): the same file:// source results.
    let from_path = pull(root.path(), "amazonaws.com:cur", "mirror").unwrap();
    assert!(from_path.unchanged(), "{from_path}");
    assert_eq!(
        from_path.entry.source,
        format!("{}/{CUR_PATH}", mirror_url())
    );

    // Re-pulling from another base replaces `source` in place.
    let localhost = mirror_url().replacen("file://", "file://localhost", 1);
    let moved = pull(root.path(), "amazonaws.com:cur", &localhost).unwrap();
    assert!(!moved.unchanged());
    assert_eq!(moved.entry.source, format!("{localhost}/{CUR_PATH}"));
    assert!(
        moved
            .to_string()
            .contains(&format!("\n  (was from {}/{CUR_PATH})", mirror_url())),
        "{moved}"
    );
    let manifest = Manifest::load(root.path()).unwrap();
    assert_eq!(manifest.entries.len(), 3);
    assert_eq!(
        manifest.get("amazonaws.com:cur", "2017-01-06"),
        Some(&moved.entry)
    );
    manifest.verify(root.path()).unwrap();
}

#[test]
fn pulls_over_loopback_http() {
    let server = MirrorServer::start();
    let root = temp_root();
    // No trailing slash: pull must not drop the last path segment.
    let base = format!("{}/v2", server.origin);

    let outcome = pull(root.path(), "amazonaws.com:ec2-instance-connect", &base).unwrap();
    let path = "specs/amazonaws.com/ec2-instance-connect/2018-04-02/openapi.yaml";
    assert_eq!(
        std::fs::read(root.path().join(path)).unwrap(),
        mirror_bytes(path)
    );
    assert_eq!(outcome.entry.sha256, EC2IC_SHA);
    assert_eq!(outcome.entry.source, format!("{}/v2/{path}", server.origin));
    let text = manifest_text(root.path());
    assert!(
        text.contains(&format!("source = \"{}/v2/{path}\"\n", server.origin)),
        "{text}"
    );
    assert!(
        text.contains(&format!("sha256 = \"{EC2IC_SHA}\"\n")),
        "{text}"
    );

    // The spec URL is derived from the base: list.json's absolute
    // swaggerYamlUrl (https://api.apis.guru/...) is not followed.
    assert_eq!(
        server.requests(),
        ["/v2/list.json".to_string(), format!("/v2/{path}")]
    );

    // A base that answers 404 names the URL and the status.
    let e = pull_err(
        root.path(),
        "amazonaws.com:cur",
        &format!("{}/nope/", server.origin),
    );
    assert!(matches!(e, PullError::Fetch(_)), "{e:?}");
    assert_eq!(
        e.to_string(),
        format!(
            "cannot fetch {}/nope/list.json: HTTP 404 Not Found",
            server.origin
        )
    );
}

#[test]
fn unknown_id_suggests_close_matches() {
    let root = temp_root();
    let e = pull_err(root.path(), "amazonaws.com:state", &mirror_url());
    match &e {
        PullError::UnknownId {
            id, suggestions, ..
        } => {
            assert_eq!(id, "amazonaws.com:state");
            assert_eq!(suggestions, &["amazonaws.com:states"]);
        }
        other => panic!("expected UnknownId, got {other:?}"),
    }
    let message = e.to_string();
    assert!(
        message.starts_with("unknown API id `amazonaws.com:state`"),
        "{message}"
    );
    assert!(
        message.contains(&format!("{}/list.json", mirror_url())),
        "{message}"
    );
    assert!(
        message.ends_with("; did you mean amazonaws.com:states?"),
        "{message}"
    );

    // A bare service name and a typo elsewhere are matched too.
    let e = pull_err(root.path(), "ec2-instance-conect", &mirror_url());
    assert!(
        e.to_string()
            .ends_with("did you mean amazonaws.com:ec2-instance-connect?"),
        "{e}"
    );

    // Nothing close: no suggestion, but a hint at the id format.
    let e = pull_err(root.path(), "example.org:zzzzzzzzzz", &mirror_url());
    assert!(
        e.to_string()
            .ends_with("; ids look like `amazonaws.com:states`"),
        "{e}"
    );
    assert_nothing_written(root.path());
}

#[test]
fn unknown_version_lists_available_ones() {
    let root = temp_root();
    let e = pull_err(
        root.path(),
        "amazonaws.com:entitlement.marketplace@1999-01-01",
        &mirror_url(),
    );
    assert!(matches!(e, PullError::UnknownVersion { .. }), "{e:?}");
    assert_eq!(
        e.to_string(),
        "amazonaws.com:entitlement.marketplace has no version `1999-01-01`; \
         available: 2016-05-10, 2017-01-11 (preferred)"
    );
    assert_nothing_written(root.path());
}

#[test]
fn unreachable_base_names_the_url_and_the_cause() {
    let root = temp_root();
    // A port that was just free: bind it, then close it.
    let port = TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let e = pull_err(
        root.path(),
        "amazonaws.com:states",
        &format!("http://127.0.0.1:{port}"),
    );
    assert!(matches!(e, PullError::Fetch(_)), "{e:?}");
    let message = e.to_string();
    let prefix = format!("cannot fetch http://127.0.0.1:{port}/list.json: ");
    assert!(message.starts_with(&prefix), "{message}");
    assert!(message.to_lowercase().contains("refused"), "{message}");

    // A file:// base that does not exist names the file.
    let missing = root.path().join("no-such-mirror");
    let e = pull_err(
        root.path(),
        "amazonaws.com:states",
        &format!("file://{}", missing.display()),
    );
    let message = e.to_string();
    assert!(
        message.starts_with(&format!(
            "cannot fetch file://{}/list.json: cannot read ",
            missing.display()
        )),
        "{message}"
    );
    assert!(
        message.contains(&missing.join("list.json").display().to_string()),
        "{message}"
    );

    // Unsupported schemes are refused up front.
    let e = pull_err(root.path(), "amazonaws.com:states", "ftp://example.com/v2/");
    assert!(
        e.to_string().contains("unsupported URL scheme \"ftp\""),
        "{e}"
    );
    assert_nothing_written(root.path());
}

#[test]
fn body_that_is_not_a_spec_is_rejected() {
    let root = temp_root();
    let e = pull_err(root.path(), "amazonaws.com:broken", &mirror_url());
    let url = format!(
        "{}/specs/amazonaws.com/broken/2020-01-01/openapi.yaml",
        mirror_url()
    );
    match &e {
        PullError::NotASpec { url: u, .. } => assert_eq!(u, &url),
        other => panic!("expected NotASpec, got {other:?}"),
    }
    // The LoadError text: origin, JSON pointer, cause.
    assert_eq!(
        e.to_string(),
        format!("not an OpenAPI 3.0 spec: {url}: at /: not an OpenAPI document: the top level is a plain string")
    );
    assert_nothing_written(root.path());
}

#[test]
fn verify_reports_a_pinned_file_whose_sha256_changed() {
    let root = temp_root();
    pull(root.path(), "amazonaws.com:cur", &mirror_url()).unwrap();
    pull(root.path(), "amazonaws.com:states", &mirror_url()).unwrap();
    Manifest::load(root.path())
        .unwrap()
        .verify(root.path())
        .unwrap();

    // Edit the pinned file behind the manifest's back.
    let file = root.path().join(CUR_PATH);
    let mut edited = std::fs::read(&file).unwrap();
    edited.extend_from_slice(b"# local edit\n");
    std::fs::write(&file, &edited).unwrap();
    let actual = sha256_hex(&edited);

    let e = Manifest::load(root.path())
        .unwrap()
        .verify(root.path())
        .unwrap_err();
    assert_eq!(
        e.problems,
        [Problem::Mismatch {
            id: "amazonaws.com:cur@2017-01-06".into(),
            path: CUR_PATH.into(),
            expected: CUR_SHA.into(),
            actual: actual.clone(),
        }]
    );
    let message = e.to_string();
    assert!(
        message.starts_with("1 pinned spec failed verification:\n"),
        "{message}"
    );
    assert!(
        message.contains(&format!(
            "{CUR_PATH}: sha256 mismatch: specs/manifest.toml pins {CUR_SHA} for amazonaws.com:cur@2017-01-06, \
             but the file hashes to {actual}"
        )),
        "{message}"
    );

    // A deleted file is reported too, alongside the mismatch.
    std::fs::remove_file(root.path().join(STATES_PATH)).unwrap();
    let e = Manifest::load(root.path())
        .unwrap()
        .verify(root.path())
        .unwrap_err();
    assert_eq!(e.problems.len(), 2);
    assert!(e.to_string().contains(&format!(
        "{STATES_PATH}: cannot read the file pinned for amazonaws.com:states@2016-11-23"
    )));

    // Re-pulling overwrites the edited file, says so, and verify passes again.
    let outcome = pull(root.path(), "amazonaws.com:cur", &mirror_url()).unwrap();
    assert!(
        matches!(&outcome.overwrote, Some(Problem::Mismatch { actual: a, .. }) if *a == actual)
    );
    assert!(
        outcome
            .to_string()
            .contains("warning: overwrote the local file: "),
        "{outcome}"
    );
    assert_eq!(std::fs::read(&file).unwrap(), mirror_bytes(CUR_PATH));
    pull(root.path(), "amazonaws.com:states", &mirror_url()).unwrap();
    Manifest::load(root.path())
        .unwrap()
        .verify(root.path())
        .unwrap();
}

#[test]
fn malformed_manifests_are_rejected() {
    let entry = |v: &str| {
        format!(
            "[[spec]]\nid = \"amazonaws.com:cur\"\nversion = \"{v}\"\npath = \"{CUR_PATH}\"\n\
             source = \"file:///m/{CUR_PATH}\"\nsha256 = \"{CUR_SHA}\"\n"
        )
    };
    let twice = format!("{}\n{}", entry("2017-01-06"), entry("2017-01-06"));
    let e = Manifest::parse(&twice, "m.toml").unwrap_err();
    assert_eq!(
        e.to_string(),
        "m.toml: amazonaws.com:cur@2017-01-06 is pinned more than once"
    );

    let escaping = entry("2017-01-06").replace(CUR_PATH, "../outside.yaml");
    let e = Manifest::parse(&escaping, "m.toml").unwrap_err();
    assert!(
        e.to_string()
            .contains("must be relative and stay inside the repository"),
        "{e}"
    );

    // A missing manifest is an empty one.
    let root = temp_root();
    assert!(Manifest::load(root.path()).unwrap().entries.is_empty());
}

/// Serves `tests/mirror/` under `/v2/` on 127.0.0.1 (port chosen by the OS),
/// one request per connection. Stops when dropped, or after 60 s regardless.
struct MirrorServer {
    origin: String,
    requests: Arc<Mutex<Vec<String>>>,
    stop: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
}

impl MirrorServer {
    fn start() -> MirrorServer {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        listener.set_nonblocking(true).unwrap();
        let origin = format!("http://{}", listener.local_addr().unwrap());
        let requests = Arc::new(Mutex::new(Vec::new()));
        let stop = Arc::new(AtomicBool::new(false));
        let thread = {
            let (requests, stop) = (requests.clone(), stop.clone());
            std::thread::spawn(move || {
                let deadline = Instant::now() + Duration::from_secs(60);
                while !stop.load(Ordering::Relaxed) && Instant::now() < deadline {
                    match listener.accept() {
                        Ok((stream, _)) => {
                            serve_one(stream, &requests);
                        }
                        Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {
                            std::thread::sleep(Duration::from_millis(5))
                        }
                        Err(_) => break,
                    }
                }
            })
        };
        MirrorServer {
            origin,
            requests,
            stop,
            thread: Some(thread),
        }
    }

    fn requests(&self) -> Vec<String> {
        self.requests.lock().unwrap().clone()
    }
}

impl Drop for MirrorServer {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// Answers one GET request, logging its path before answering (so a test
/// that has its response also sees it in the log).
fn serve_one(stream: TcpStream, log: &Mutex<Vec<String>>) -> Option<()> {
    stream.set_nonblocking(false).ok()?;
    stream.set_read_timeout(Some(Duration::from_secs(5))).ok()?;
    stream
        .set_write_timeout(Some(Duration::from_secs(5)))
        .ok()?;
    let mut reader = BufReader::new(stream.try_clone().ok()?);
    let mut request_line = String::new();
    reader.read_line(&mut request_line).ok()?;
    loop {
        let mut header = String::new();
        if reader.read_line(&mut header).ok()? == 0 || header == "\r\n" || header == "\n" {
            break;
        }
    }
    let path = request_line.split_whitespace().nth(1)?.to_string();
    log.lock().unwrap().push(path.clone());
    let file = path
        .strip_prefix("/v2/")
        .filter(|rest| !rest.split('/').any(|seg| seg == ".." || seg.is_empty()))
        .and_then(|rest| std::fs::read(mirror().join(rest)).ok());
    let (status, body) = match file {
        Some(body) => ("200 OK", body),
        None => (
            "404 Not Found",
            b"<html><body>404 Not Found</body></html>".to_vec(),
        ),
    };
    let mut stream = stream;
    let head = format!(
        "HTTP/1.1 {status}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    );
    stream.write_all(head.as_bytes()).ok()?;
    stream.write_all(&body).ok()?;
    stream.flush().ok()?;
    Some(())
}
