//! Figure 3: per-call cost. `bench/percall` runs the canned-response server
//! (one process, one thread) and, in a separate process per measurement, a
//! client: ours, aws-sdk-sfn, or the floor (our HTTP client sending the same
//! bytes unsigned and not parsing the answer). Concurrency 1 gives latency
//! percentiles; concurrency 64 gives throughput. CPU per call is the client
//! process's user + system time over the measured calls.

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};

use serde::Deserialize;

use super::measure::{self, ratio, summary, Samples, Unit};

pub const CLIENTS: [&str; 4] = ["ours", "sdk", "floor", "floor-signed"];
pub const OPS: [&str; 2] = ["DescribeStateMachine", "StartExecution"];
pub const CONCURRENCY: [usize; 2] = [1, 64];

/// Calls per measurement at each concurrency (10% more run first as warm-up).
fn calls(concurrency: usize) -> usize {
    // Long enough (1–5 s per run) that one scheduler hiccup on a small VM
    // does not move the percentiles much.
    if concurrency == 1 {
        20_000
    } else {
        100_000
    }
}

/// The canned-response server; killed on drop.
pub struct Server {
    child: Child,
    pub endpoint: String,
}

impl Server {
    pub fn start(percall: &Path) -> Result<Server, String> {
        let mut child = Command::new(percall)
            .args(["server", "--addr", "127.0.0.1:0"])
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .spawn()
            .map_err(|e| format!("{}: {e}", percall.display()))?;
        let stdout = child.stdout.take().ok_or("server stdout")?;
        let mut line = String::new();
        BufReader::new(stdout)
            .read_line(&mut line)
            .map_err(|e| format!("reading the server's address: {e}"))?;
        let addr = line
            .trim()
            .strip_prefix("listening ")
            .ok_or_else(|| format!("unexpected server output {line:?}"))?;
        Ok(Server {
            endpoint: format!("http://{addr}"),
            child,
        })
    }

    /// The server's CPU time so far, from /proc (clock-tick resolution).
    fn cpu_seconds(&self) -> f64 {
        let Ok(stat) = std::fs::read_to_string(format!("/proc/{}/stat", self.child.id())) else {
            return f64::NAN;
        };
        // Fields after the parenthesised command name; utime, stime are 14, 15.
        let rest = stat.rsplit_once(')').map_or("", |(_, r)| r);
        let fields: Vec<&str> = rest.split_whitespace().collect();
        let ticks = |i: usize| {
            fields
                .get(i)
                .and_then(|f| f.parse::<f64>().ok())
                .unwrap_or(f64::NAN)
        };
        // SAFETY: sysconf has no preconditions.
        let hz = unsafe { libc::sysconf(libc::_SC_CLK_TCK) } as f64;
        (ticks(11) + ticks(12)) / hz
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[derive(Deserialize)]
struct Line {
    calls: usize,
    wall_s: f64,
    cpu_s: f64,
    p50_us: f64,
    p99_us: f64,
}

#[derive(Default)]
pub struct Figures {
    pub p50_us: Samples,
    pub p99_us: Samples,
    pub cpu_us: Samples,
    pub per_second: Samples,
    pub server_cpu_us: Samples,
}

/// (op, concurrency, client) → figures.
pub type PerCall = BTreeMap<(&'static str, usize, &'static str), Figures>;

pub fn run(percall: &Path, server: &Server, reps: usize) -> Result<PerCall, String> {
    let mut results = PerCall::new();
    for rep in 0..reps {
        for op in OPS {
            for concurrency in CONCURRENCY {
                // Rotate the client order each repetition.
                for i in 0..CLIENTS.len() {
                    let client = CLIENTS[(i + rep) % CLIENTS.len()];
                    let n = calls(concurrency);
                    let server_before = server.cpu_seconds();
                    let timed = measure::time(
                        Command::new(percall)
                            .args(["client", "--client", client, "--op", op])
                            .args(["--endpoint", &server.endpoint])
                            .args(["--concurrency", &concurrency.to_string()])
                            .args(["--calls", &n.to_string(), "--warmup", &(n / 10).to_string()]),
                    )?;
                    let server_cpu = server.cpu_seconds() - server_before;
                    if !timed.ok() {
                        return Err(format!(
                            "percall client {client} {op} c={concurrency} failed: {}",
                            timed.stderr()
                        ));
                    }
                    let line: Line = serde_json::from_str(timed.stdout().trim())
                        .map_err(|e| format!("percall output {:?}: {e}", timed.stdout()))?;
                    let f = results.entry((op, concurrency, client)).or_default();
                    let calls = line.calls as f64;
                    f.p50_us.push(line.p50_us);
                    f.p99_us.push(line.p99_us);
                    f.cpu_us.push(line.cpu_s / calls * 1e6);
                    f.per_second.push(calls / line.wall_s);
                    // Includes the warm-up calls the server also answered.
                    f.server_cpu_us.push(server_cpu / (calls * 1.1) * 1e6);
                    eprintln!(
                        "bench: per-call {rep}/{reps}: {op} c={concurrency} {client}: p50 {:.0} µs, p99 {:.0} µs, {:.1} µs CPU/call, {:.0}/s",
                        line.p50_us,
                        line.p99_us,
                        line.cpu_s / calls * 1e6,
                        calls / line.wall_s
                    );
                }
            }
        }
    }
    Ok(results)
}

fn label(client: &str) -> &'static str {
    match client {
        "ours" => "ours",
        "sdk" => "aws-sdk-sfn",
        "floor" => "floor (no signing, no serde)",
        _ => "floor + SigV4 (aws-sigv4), no serde",
    }
}

pub fn render(r: &PerCall, findings: &mut super::Findings) -> String {
    for ((op, c, client), f) in r {
        let label = format!("{op} c={c} {client}");
        findings.check_noise(&format!("{label} p99"), &f.p99_us);
        findings.check_noise(&format!("{label} CPU/call"), &f.cpu_us);
        if *c > 1 {
            findings.check_noise(&format!("{label} throughput"), &f.per_second);
        }
    }
    let mut md = String::new();
    md.push_str(&format!(
        "`bench/percall`: the server and each client run as separate processes on 127.0.0.1; the client uses Tokio's multi-thread runtime with 2 workers. Concurrency 1: {} calls after {} warm-up calls; concurrency 64: {} calls over 64 tasks after {} warm-up calls. Every client signs every request with SigV4 (static credentials) except the floor, which sends the same bytes and headers through our HTTP client (`runtime::transport::HyperClient`) unsigned and does not parse the answer. The fourth row, the floor plus SigV4 through our `runtime::sign::sign` (aws-sigv4), is not a goal but a breakdown: ours − that row ≈ serde and our own code; that row − the floor ≈ signing. Every answer is checked (e.g. the ARN in it). Server CPU per call is what the canned server spent, to show it is not the bottleneck.\n\n",
        calls(1), calls(1) / 10, calls(64), calls(64) / 10
    ));
    let get = |op, c, client| r.get(&(op, c, client));
    for op in OPS {
        md.push_str(&format!("### {op}\n\n"));
        md.push_str("| client | p50 (c=1) | p99 (c=1) | CPU/call (c=1) | throughput (c=64) | p99 (c=64) | CPU/call (c=64) | server CPU/call (c=64) |\n|---|---|---|---|---|---|---|---|\n");
        for client in CLIENTS {
            let (Some(one), Some(many)) = (get(op, 1, client), get(op, 64, client)) else {
                continue;
            };
            md.push_str(&format!(
                "| {} | {} | {} | {} | {} | {} | {} | {} |\n",
                label(client),
                summary(&one.p50_us, Unit::Micros),
                summary(&one.p99_us, Unit::Micros),
                summary(&one.cpu_us, Unit::Micros),
                summary(&many.per_second, Unit::PerSecond),
                summary(&many.p99_us, Unit::Micros),
                summary(&many.cpu_us, Unit::Micros),
                measure::Show(many.server_cpu_us.median(), Unit::Micros),
            ));
        }
        md.push_str("\n| ratio (medians) | p99 (c=1) | CPU/call (c=1) | throughput (c=64) | p99 (c=64) | CPU/call (c=64) |\n|---|---|---|---|---|---|\n");
        for peer in ["sdk", "floor", "floor-signed"] {
            let (Some(o1), Some(o64), Some(p1), Some(p64)) = (
                get(op, 1, "ours"),
                get(op, 64, "ours"),
                get(op, 1, peer),
                get(op, 64, peer),
            ) else {
                continue;
            };
            md.push_str(&format!(
                "| ours ÷ {} | {} | {} | {} | {} | {} |\n",
                label(peer),
                ratio(o1.p99_us.median(), p1.p99_us.median()),
                ratio(o1.cpu_us.median(), p1.cpu_us.median()),
                ratio(o64.per_second.median(), p64.per_second.median()),
                ratio(o64.p99_us.median(), p64.p99_us.median()),
                ratio(o64.cpu_us.median(), p64.cpu_us.median()),
            ));
            if peer == "floor-signed" {
                // A breakdown, not a goal.
                continue;
            }
            for (c, figure, ours, theirs) in [
                (1, "CPU/call", o1.cpu_us.median(), p1.cpu_us.median()),
                (64, "CPU/call", o64.cpu_us.median(), p64.cpu_us.median()),
                (1, "p99 latency", o1.p99_us.median(), p1.p99_us.median()),
            ] {
                let (goal, limit) = if peer == "sdk" {
                    ("≤ aws-sdk-sfn (≤ 1.00×)".to_string(), 1.0)
                } else {
                    ("≤ 1.5× the floor".to_string(), 1.5)
                };
                findings.goals.push(super::Goal {
                    what: format!("{op} {figure}, concurrency {c}, vs {}", label(peer)),
                    goal,
                    ours: format!("{:.2}×", ours / theirs),
                    met: ours / theirs <= limit,
                });
            }
        }
        md.push('\n');
    }
    md
}
