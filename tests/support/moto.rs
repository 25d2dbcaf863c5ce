//! A moto server for integration tests, with SigV4 verification switched on.
//!
//! [`Moto::start`] (or the per-process [`Moto::shared`]) does, in order:
//!
//! 1. [`ensure_venv`]: makes sure `<target>/moto-venv` holds the packages
//!    pinned in `tests/moto/requirements.txt` (`python3 -m venv` + `pip
//!    install`). A marker file inside the venv records the SHA-256 of the
//!    requirements that were installed, so later runs skip pip entirely. Safe
//!    to call from many threads (a process-wide [`OnceLock`]) and from many
//!    test binaries at once (an exclusive lock on `<target>/moto-venv.lock`).
//! 2. Starts moto's server on a free `127.0.0.1` port with
//!    `INITIAL_NO_AUTH_ACTION_COUNT=3` and a scrubbed `AWS_*` environment.
//! 3. Runs `tests/moto/bootstrap.py`, which spends the three unauthenticated
//!    requests on creating an IAM user, giving it an allow-all inline policy
//!    and creating its access key. From then on moto checks the SigV4
//!    signature (and the IAM policy) of **every** request: a request signed
//!    with anything but [`Moto::access_key_id`] / [`Moto::secret_access_key`]
//!    is answered with `403 SignatureDoesNotMatch` / `InvalidClientTokenId`.
//!
//! # How tests use it
//!
//! ```no_run
//! use project_tests::moto::{unique_name, Moto};
//!
//! // In a #[test] fn: one server per test binary, started by the first test
//! // that asks for it.
//! let moto = Moto::shared().expect("moto server");
//! // Point the client under test at it:
//! let endpoint = moto.endpoint(); // "http://127.0.0.1:<port>"
//! let region = moto.region(); // "us-east-1"
//! let (key, secret) = (moto.access_key_id(), moto.secret_access_key());
//! // State is shared by all tests of the binary (they run in parallel):
//! // give every resource a fresh name.
//! let name = unique_name("sm"); // "sm-<pid>-<n>-<micros>"
//! # let _ = (endpoint, region, key, secret, name);
//! ```
//!
//! * Never call moto's `/moto-api/reset`: it would also delete the
//!   bootstrapped IAM user, after which every request fails with
//!   `InvalidClientTokenId`. Use unique names instead.
//! * A test that needs a server of its own (e.g. to count resources from
//!   zero) calls [`Moto::start`]; dropping the returned value kills the
//!   server and waits for it.
//! * The server of [`Moto::shared`] lives in a `static` and is never dropped:
//!   it is started through a small wrapper that exits as soon as its stdin
//!   (a pipe held by the test process) is closed, so it goes away when the
//!   test binary exits, however it exits.
//! * moto's own output goes to `<target>/moto-logs/moto-<port>.log`
//!   ([`Moto::log_path`]).
//! * `MOTO_PYTHON` overrides the interpreter used to create the venv
//!   (default `python3`). Delete `<target>/moto-venv` to force a reinstall.

use std::fs::{self, File, OpenOptions};
use std::io::{Read, Write};
use std::net::{Ipv4Addr, SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Output, Stdio};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::OnceLock;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use sha2::{Digest, Sha256};

/// The region the bootstrapped credentials are meant for.
pub const REGION: &str = "us-east-1";
/// moto's default account: everything the harness creates lives in it.
pub const ACCOUNT_ID: &str = "123456789012";
/// Name of the IAM user created by `bootstrap.py`.
pub const USER_NAME: &str = "moto-test-user";

/// How long to wait for the server to answer after it was spawned.
const STARTUP_TIMEOUT: Duration = Duration::from_secs(30);
/// Attempts at picking a port (another process may grab it in between).
const PORT_ATTEMPTS: usize = 5;
/// Bumped when the venv layout changes, to invalidate old markers.
const MARKER_FORMAT: &str = "moto-venv v1";

/// Runs `moto.server.main` (what the `moto_server` script runs, same CLI)
/// plus a watchdog thread that exits the process once stdin reaches EOF,
/// i.e. when the test process that holds the other end of the pipe is gone.
///
/// It also fixes moto 5.2.5's SigV4 check for requests without a body (see
/// `_patch_sigv4` and tests/moto/rest-survey.md §0): unpatched, moto hashes
/// the querystring or the headers as the payload of a GET or DELETE, so no
/// correctly signed REST request without a body could pass.
const SERVE_PY: &str = r#"# moto_server, exits when stdin closes (tests/support/moto.rs)
import os, sys, threading

def _watchdog():
    try:
        while sys.stdin.buffer.read(4096):
            pass
    finally:
        os._exit(0)

threading.Thread(target=_watchdog, daemon=True).start()

def _patch_sigv4():
    # moto 5.2.5 verifies SigV4 over `self._body or self._data`: for a request
    # without a body, _data is its parsed querystring or, failing that, its
    # headers, so every correctly signed GET/DELETE got 403 SignatureDoesNotMatch.
    # Hash the empty body instead. Only form posts (awsQuery, e.g. IAM) keep
    # _data: werkzeug consumes their body into request.form, leaving _body empty.
    # Nothing else changes: the signature is still checked on every request.
    import moto.iam.access_control as ac
    from botocore.awsrequest import AWSRequest

    base = ac.IAMRequestBase
    if not callable(getattr(base, "_create_aws_request", None)):
        raise RuntimeError("moto changed: IAMRequestBase._create_aws_request is gone")

    def _create_aws_request(self):
        signed = self._get_string_between(
            "SignedHeaders=", ",", self._headers["Authorization"]
        ).split(";")
        headers = self._create_headers_for_aws_request(signed, self._headers)
        content_type = str(self._headers.get("Content-Type", ""))
        form = content_type.startswith("application/x-www-form-urlencoded")
        data = self._body or (self._data if form else b"")
        request = AWSRequest(method=self._method, url=self._path, data=data, headers=headers)
        request.context["timestamp"] = headers["X-Amz-Date"]
        return request

    base._create_aws_request = _create_aws_request

code = 1
try:
    _patch_sigv4()
    from moto.server import main
    main(sys.argv[1:])
    code = 0
except SystemExit as e:
    code = e.code if isinstance(e.code, int) else 1
except BaseException:
    import traceback
    traceback.print_exc()
finally:
    sys.stdout.flush()
    sys.stderr.flush()
    # Not sys.exit: the watchdog thread blocks in stdin.read.
    os._exit(code)
"#;

/// `iam:CreateRole` with boto3; argv: endpoint region key secret role-name.
/// Prints the role's ARN. No retries: a failure must be seen, not repeated.
const CREATE_ROLE_PY: &str = r#"# iam:CreateRole for tests/support/moto.rs
import json, sys
import boto3
from botocore.config import Config

endpoint, region, key, secret, name = sys.argv[1:6]
iam = boto3.session.Session().client(
    "iam", endpoint_url=endpoint, region_name=region,
    aws_access_key_id=key, aws_secret_access_key=secret,
    config=Config(retries={"total_max_attempts": 1, "mode": "standard"}),
)
trust = {"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
    "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole"}]}
role = iam.create_role(RoleName=name, AssumeRolePolicyDocument=json.dumps(trust))
print(role["Role"]["Arn"])
"#;

/// A running moto server with bootstrapped SigV4 credentials.
///
/// Dropping it kills the server process and waits for it.
#[derive(Debug)]
pub struct Moto {
    child: Child,
    /// Write end of the server's stdin; closing it stops the server.
    stdin: Option<ChildStdin>,
    port: u16,
    endpoint: String,
    access_key_id: String,
    secret_access_key: String,
    log_path: PathBuf,
}

impl Moto {
    /// Starts a new server of this test's own (see the module docs).
    pub fn start() -> Result<Moto, String> {
        let venv = ensure_venv()?;
        let mut last_err = String::new();
        for _ in 0..PORT_ATTEMPTS {
            match start_in(&venv) {
                Ok(moto) => return Ok(moto),
                Err(StartError::PortTaken(e)) => last_err = e,
                Err(StartError::Other(e)) => return Err(e),
            }
        }
        Err(format!(
            "moto: could not bind a port in {PORT_ATTEMPTS} attempts: {last_err}"
        ))
    }

    /// The server shared by every test of this test binary, started on first
    /// use. An error is cached too: every caller gets the same message.
    pub fn shared() -> Result<&'static Moto, String> {
        static SHARED: OnceLock<Result<Moto, String>> = OnceLock::new();
        SHARED
            .get_or_init(Moto::start)
            .as_ref()
            .map_err(Clone::clone)
    }

    /// `http://127.0.0.1:<port>`, without a trailing slash.
    pub fn endpoint(&self) -> &str {
        &self.endpoint
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    /// Access key id of the bootstrapped IAM user (allow-all policy).
    pub fn access_key_id(&self) -> &str {
        &self.access_key_id
    }

    pub fn secret_access_key(&self) -> &str {
        &self.secret_access_key
    }

    /// Always [`REGION`] (`us-east-1`).
    pub fn region(&self) -> &str {
        REGION
    }

    /// Always [`ACCOUNT_ID`]: ARNs moto makes contain it.
    pub fn account_id(&self) -> &str {
        ACCOUNT_ID
    }

    /// Process id of the server.
    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// File receiving the server's stdout and stderr.
    pub fn log_path(&self) -> &Path {
        &self.log_path
    }

    /// `POST /moto-api/config` with `config` (e.g. `{"lambda":{"use_docker":false}}`)
    /// and returns the configuration moto reports afterwards. moto replaces
    /// each top-level key it knows (`batch`, `lambda`, `stepfunctions`) and
    /// leaves the others alone. The call is not signed and does not use up
    /// any of the unauthenticated requests; the setting is process-wide, so
    /// every test sharing this server sees it.
    pub fn set_config(&self, config: &serde_json::Value) -> Result<serde_json::Value, String> {
        let body = config.to_string();
        let (status, reply) = self.plain_http("POST", "/moto-api/config", body.as_bytes())?;
        // moto answers 201 with the whole resulting configuration.
        if status != 201 {
            return Err(format!(
                "moto: POST /moto-api/config {body} answered {status}: {}",
                String::from_utf8_lossy(&reply)
            ));
        }
        serde_json::from_slice(&reply).map_err(|e| {
            format!(
                "moto: POST /moto-api/config answered non-JSON ({e}): {}",
                String::from_utf8_lossy(&reply)
            )
        })
    }

    /// Switches `service` (`"lambda"` or `"batch"`) to moto's Docker-less
    /// backend: Lambda's `Invoke` then echoes its payload, Batch jobs succeed
    /// at once. Call it BEFORE creating that service's resources: the switch
    /// selects a different backend, so resources created earlier vanish from
    /// view (tests/moto/rest-survey.md §1). Idempotent; checks moto applied it.
    pub fn disable_docker(&self, service: &str) -> Result<(), String> {
        let wanted = serde_json::json!({ "use_docker": false });
        let config = self.set_config(&serde_json::json!({ service: wanted }))?;
        if config[service] != wanted {
            return Err(format!(
                "moto: after disabling docker for {service:?} the config is {config}"
            ));
        }
        Ok(())
    }

    /// Creates IAM role `name` (trusting `lambda.amazonaws.com`) with the
    /// bootstrapped credentials (a signed `iam:CreateRole` through boto3 in
    /// the venv) and returns its ARN. Lambda's `CreateFunction` in moto
    /// refuses a role that does not exist in moto's IAM.
    pub fn create_role(&self, name: &str) -> Result<String, String> {
        let venv = ensure_venv()?;
        let mut cmd = Command::new(venv_python(&venv));
        cmd.arg("-c")
            .arg(CREATE_ROLE_PY)
            .args([&self.endpoint, REGION, &self.access_key_id])
            .arg(&self.secret_access_key)
            .arg(name);
        scrub_env(&mut cmd, &venv);
        let output = run(&mut cmd, &format!("create IAM role {name:?} on moto"))?;
        let arn = String::from_utf8_lossy(&output.stdout).trim().to_owned();
        if !arn.starts_with("arn:") {
            return Err(format!(
                "moto: iam:CreateRole {name:?} printed {arn:?}, not an ARN"
            ));
        }
        Ok(arn)
    }

    /// One unsigned HTTP/1.1 request (`Connection: close`) to the server;
    /// returns the status and the body. For moto's own API only.
    fn plain_http(&self, method: &str, path: &str, body: &[u8]) -> Result<(u16, Vec<u8>), String> {
        let what = format!("moto: {method} {path} on {}", self.endpoint);
        let addr = SocketAddr::from((Ipv4Addr::LOCALHOST, self.port));
        let mut stream = TcpStream::connect_timeout(&addr, Duration::from_secs(5))
            .map_err(|e| format!("{what}: connect: {e}"))?;
        stream
            .set_read_timeout(Some(Duration::from_secs(30)))
            .map_err(|e| format!("{what}: {e}"))?;
        let head = format!(
            "{method} {path} HTTP/1.1\r\nHost: {addr}\r\nContent-Type: application/json\r\n\
             Content-Length: {}\r\nConnection: close\r\n\r\n",
            body.len()
        );
        stream
            .write_all(head.as_bytes())
            .and_then(|()| stream.write_all(body))
            .map_err(|e| format!("{what}: write: {e}"))?;
        let mut reply = Vec::new();
        stream
            .read_to_end(&mut reply)
            .map_err(|e| format!("{what}: read: {e}"))?;
        parse_reply(&reply).ok_or_else(|| {
            format!(
                "{what}: unreadable reply: {:?}",
                String::from_utf8_lossy(&reply[..reply.len().min(400)])
            )
        })
    }
}

/// Status and body of a whole `Connection: close` HTTP/1.x reply (moto's own
/// API sends `Content-Length`, never chunked bodies).
fn parse_reply(reply: &[u8]) -> Option<(u16, Vec<u8>)> {
    let end = reply.windows(4).position(|w| w == b"\r\n\r\n")?;
    let head = std::str::from_utf8(&reply[..end]).ok()?;
    let status = head.split(' ').nth(1)?.parse().ok()?;
    if head
        .lines()
        .any(|l| l.to_ascii_lowercase().starts_with("transfer-encoding:"))
    {
        return None;
    }
    Some((status, reply[end + 4..].to_vec()))
}

impl Drop for Moto {
    fn drop(&mut self) {
        drop(self.stdin.take());
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A name no other test (or earlier run against the same server) uses:
/// `<prefix>-<pid>-<n>-<micros>`, only `[A-Za-z0-9-]` plus the prefix.
pub fn unique_name(prefix: &str) -> String {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    let micros = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_micros() % 1_000_000_000)
        .unwrap_or(0);
    format!("{prefix}-{}-{n}-{micros}", std::process::id())
}

/// `tests/` (this package's manifest directory).
fn tests_dir() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The repository root (parent of `tests/`).
pub fn repo_root() -> &'static Path {
    tests_dir().parent().expect("tests/ has a parent directory")
}

/// The workspace's target directory: `$CARGO_TARGET_DIR` (a relative value
/// is taken relative to the repository root) or `<repo root>/target`.
pub fn target_dir() -> PathBuf {
    let configured = std::env::var_os("CARGO_TARGET_DIR")
        .filter(|v| !v.is_empty())
        .or_else(|| option_env!("CARGO_TARGET_DIR").map(Into::into));
    match configured {
        Some(dir) => repo_root().join(dir),
        None => repo_root().join("target"),
    }
}

/// `<target>/moto-venv`.
pub fn venv_dir() -> PathBuf {
    target_dir().join("moto-venv")
}

fn requirements_path() -> PathBuf {
    tests_dir().join("moto").join("requirements.txt")
}

fn bootstrap_path() -> PathBuf {
    tests_dir().join("moto").join("bootstrap.py")
}

fn venv_python(venv: &Path) -> PathBuf {
    venv.join("bin").join("python")
}

/// Makes sure the venv exists with the pinned requirements installed, and
/// returns its path. Cheap after the first call in a process; after the first
/// run ever, it only reads the requirements and the marker file.
pub fn ensure_venv() -> Result<PathBuf, String> {
    static VENV: OnceLock<Result<PathBuf, String>> = OnceLock::new();
    VENV.get_or_init(|| {
        let started = Instant::now();
        let (venv, installed) = ensure_venv_locked()?;
        eprintln!(
            "moto harness: venv {} {} in {:.2?}",
            venv.display(),
            if installed {
                "created and pip-installed"
            } else {
                "up to date (marker hit)"
            },
            started.elapsed()
        );
        Ok(venv)
    })
    .clone()
}

/// Returns the venv path and whether it had to be (re)installed.
fn ensure_venv_locked() -> Result<(PathBuf, bool), String> {
    let venv = venv_dir();
    let requirements = requirements_path();
    let req_bytes = fs::read(&requirements)
        .map_err(|e| format!("moto: cannot read {}: {e}", requirements.display()))?;
    let expected_marker = format!(
        "{MARKER_FORMAT}\nrequirements-sha256 {}\n",
        hex(&Sha256::digest(&req_bytes))
    );
    let marker = venv.join(".requirements-installed");
    let up_to_date = || {
        fs::read_to_string(&marker).is_ok_and(|m| m == expected_marker)
            && venv_python(&venv).exists()
    };
    if up_to_date() {
        return Ok((venv, false));
    }

    let target = target_dir();
    fs::create_dir_all(&target)
        .map_err(|e| format!("moto: cannot create {}: {e}", target.display()))?;
    let lock_path = target.join("moto-venv.lock");
    let lock = OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&lock_path)
        .map_err(|e| format!("moto: cannot open {}: {e}", lock_path.display()))?;
    lock.lock()
        .map_err(|e| format!("moto: cannot lock {}: {e}", lock_path.display()))?;
    // Another process may have finished the install while we waited.
    if up_to_date() {
        return Ok((venv, false));
    }

    if venv.exists() {
        fs::remove_dir_all(&venv)
            .map_err(|e| format!("moto: cannot remove stale {}: {e}", venv.display()))?;
    }
    let python = std::env::var_os("MOTO_PYTHON").unwrap_or_else(|| "python3".into());
    run(
        Command::new(&python).arg("-m").arg("venv").arg(&venv),
        "create the moto venv (is python3 with the venv module installed?)",
    )?;
    run(
        Command::new(venv_python(&venv))
            .args(["-m", "pip", "install", "--disable-pip-version-check"])
            .args(["--no-input", "--quiet", "-r"])
            .arg(&requirements)
            .env_remove("PYTHONPATH")
            .env_remove("PYTHONHOME"),
        "pip install the moto requirements",
    )?;
    let tmp = venv.join(".requirements-installed.tmp");
    fs::write(&tmp, &expected_marker)
        .and_then(|()| fs::rename(&tmp, &marker))
        .map_err(|e| format!("moto: cannot write {}: {e}", marker.display()))?;
    drop(lock);
    Ok((venv, true))
}

/// Runs a command to completion; on failure the error names `what` and
/// carries the tail of its output.
fn run(cmd: &mut Command, what: &str) -> Result<Output, String> {
    let output = cmd
        .stdin(Stdio::null())
        .output()
        .map_err(|e| format!("moto: cannot {what}: failed to run {cmd:?}: {e}"))?;
    if output.status.success() {
        return Ok(output);
    }
    Err(format!(
        "moto: cannot {what}: {cmd:?} exited with {}\n--- stdout ---\n{}\n--- stderr ---\n{}",
        output.status,
        tail(&String::from_utf8_lossy(&output.stdout), 4000),
        tail(&String::from_utf8_lossy(&output.stderr), 4000),
    ))
}

fn tail(text: &str, max: usize) -> &str {
    let start = text.len().saturating_sub(max);
    let start = (start..=text.len())
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(text.len());
    &text[start..]
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Removes every inherited `AWS_*` / `MOTO_*` variable (and `PYTHONPATH`)
/// and sets fake ones, so neither moto nor boto3 ever sees the developer's
/// real configuration.
fn scrub_env(cmd: &mut Command, venv: &Path) {
    for (key, _) in std::env::vars_os() {
        if key
            .to_str()
            .is_some_and(|k| k.starts_with("AWS_") || k.starts_with("MOTO_"))
        {
            cmd.env_remove(&key);
        }
    }
    // Only the venv's own packages, whatever the developer's Python setup.
    cmd.env_remove("PYTHONPATH").env_remove("PYTHONHOME");
    let nowhere = venv.join("no-such-dir");
    cmd.env("AWS_ACCESS_KEY_ID", "moto-harness-fake")
        .env("AWS_SECRET_ACCESS_KEY", "moto-harness-fake")
        .env("AWS_DEFAULT_REGION", REGION)
        .env("AWS_REGION", REGION)
        .env("AWS_CONFIG_FILE", nowhere.join("aws-config"))
        .env(
            "AWS_SHARED_CREDENTIALS_FILE",
            nowhere.join("aws-credentials"),
        )
        .env("AWS_EC2_METADATA_DISABLED", "true")
        .env("NO_PROXY", "127.0.0.1,localhost")
        .env("no_proxy", "127.0.0.1,localhost")
        .env("PYTHONUNBUFFERED", "1")
        .env("PYTHONDONTWRITEBYTECODE", "1");
}

enum StartError {
    /// The server exited because its port was taken: try another one.
    PortTaken(String),
    Other(String),
}

fn free_port() -> Result<u16, String> {
    let listener = TcpListener::bind((Ipv4Addr::LOCALHOST, 0))
        .map_err(|e| format!("moto: cannot bind 127.0.0.1:0 to find a free port: {e}"))?;
    listener
        .local_addr()
        .map(|a| a.port())
        .map_err(|e| format!("moto: local_addr: {e}"))
}

fn start_in(venv: &Path) -> Result<Moto, StartError> {
    let started = Instant::now();
    let port = free_port().map_err(StartError::Other)?;
    let logs = target_dir().join("moto-logs");
    fs::create_dir_all(&logs)
        .map_err(|e| StartError::Other(format!("moto: cannot create {}: {e}", logs.display())))?;
    let log_path = logs.join(format!("moto-{port}.log"));
    let log = File::create(&log_path).map_err(|e| {
        StartError::Other(format!("moto: cannot create {}: {e}", log_path.display()))
    })?;
    let log_err = log
        .try_clone()
        .map_err(|e| StartError::Other(format!("moto: cannot clone log handle: {e}")))?;

    let mut cmd = Command::new(venv_python(venv));
    cmd.arg("-c")
        .arg(SERVE_PY)
        .args(["-H", "127.0.0.1", "-p"])
        .arg(port.to_string())
        .current_dir(venv);
    scrub_env(&mut cmd, venv);
    cmd.env("INITIAL_NO_AUTH_ACTION_COUNT", "3")
        .env("MOTO_CALL_RESET_API", "false")
        .stdin(Stdio::piped())
        .stdout(Stdio::from(log))
        .stderr(Stdio::from(log_err));
    let mut child = cmd.spawn().map_err(|e| {
        StartError::Other(format!(
            "moto: cannot spawn {}: {e}",
            venv_python(venv).display()
        ))
    })?;
    let stdin = child.stdin.take();
    let endpoint = format!("http://127.0.0.1:{port}");
    // From here on, `moto` owns the child: an early return kills it.
    let mut moto = Moto {
        child,
        stdin,
        port,
        endpoint,
        access_key_id: String::new(),
        secret_access_key: String::new(),
        log_path,
    };

    wait_until_ready(&mut moto)?;
    let ready = started.elapsed();
    bootstrap(&mut moto, venv).map_err(StartError::Other)?;
    eprintln!(
        "moto harness: server {} (pid {}) answering after {ready:.2?}, \
         credentials bootstrapped after {:.2?}",
        moto.endpoint,
        moto.pid(),
        started.elapsed()
    );
    Ok(moto)
}

fn read_log(path: &Path) -> String {
    let text = fs::read_to_string(path).unwrap_or_default();
    tail(&text, 6000).to_string()
}

/// Polls `GET /moto-api/config` (which does not count against
/// `INITIAL_NO_AUTH_ACTION_COUNT`) until moto answers.
fn wait_until_ready(moto: &mut Moto) -> Result<(), StartError> {
    let deadline = Instant::now() + STARTUP_TIMEOUT;
    let addr = SocketAddr::from((Ipv4Addr::LOCALHOST, moto.port));
    loop {
        if let Ok(Some(status)) = moto.child.try_wait() {
            let log = read_log(&moto.log_path);
            let msg = format!(
                "moto: server on port {} exited with {status} before answering; its output:\n{log}",
                moto.port
            );
            return Err(if log.contains("Address already in use") {
                StartError::PortTaken(msg)
            } else {
                StartError::Other(msg)
            });
        }
        if probe(addr) {
            return Ok(());
        }
        if Instant::now() >= deadline {
            return Err(StartError::Other(format!(
                "moto: server on port {} did not answer within {STARTUP_TIMEOUT:?}; its output:\n{}",
                moto.port,
                read_log(&moto.log_path)
            )));
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

fn probe(addr: SocketAddr) -> bool {
    let Ok(mut stream) = TcpStream::connect_timeout(&addr, Duration::from_millis(500)) else {
        return false;
    };
    let _ = stream.set_read_timeout(Some(Duration::from_secs(5)));
    let request = format!("GET /moto-api/config HTTP/1.0\r\nHost: {addr}\r\n\r\n");
    if stream.write_all(request.as_bytes()).is_err() {
        return false;
    }
    let mut head = [0u8; 12];
    stream.read_exact(&mut head).is_ok() && head.starts_with(b"HTTP/1.") && head[9] == b'2'
}

/// Runs `bootstrap.py` and stores the credentials it prints.
fn bootstrap(moto: &mut Moto, venv: &Path) -> Result<(), String> {
    let mut cmd = Command::new(venv_python(venv));
    cmd.arg(bootstrap_path())
        .args(["--endpoint", &moto.endpoint, "--region", REGION])
        .args(["--user-name", USER_NAME]);
    scrub_env(&mut cmd, venv);
    let output = run(&mut cmd, "bootstrap IAM credentials on moto").map_err(|e| {
        format!(
            "{e}\n--- moto server output ---\n{}",
            read_log(&moto.log_path)
        )
    })?;
    let stdout = String::from_utf8_lossy(&output.stdout);
    let parsed: serde_json::Value = serde_json::from_str(stdout.trim())
        .map_err(|e| format!("moto: bootstrap.py printed no JSON ({e}): {stdout:?}"))?;
    let field = |name: &str| {
        parsed[name]
            .as_str()
            .map(str::to_owned)
            .ok_or_else(|| format!("moto: bootstrap.py output lacks {name}: {stdout}"))
    };
    moto.access_key_id = field("AccessKeyId")?;
    moto.secret_access_key = field("SecretAccessKey")?;
    Ok(())
}
