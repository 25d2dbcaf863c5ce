//! Per-call benchmark driver, run by `cargo xtask bench`.
//!
//!   percall server [--addr 127.0.0.1:0]
//!       the canned-response server; prints `listening <addr>`
//!   percall client --client ours|sdk|floor --op DescribeStateMachine|StartExecution
//!                  --endpoint http://127.0.0.1:PORT --concurrency N --calls N [--warmup N]
//!       runs the calls and prints one JSON line of results
//!
//! Both modes run in their own process so the client's CPU time (getrusage)
//! is the client's alone. The client runtime is Tokio's multi-thread
//! scheduler with 2 workers for every client (what `#[tokio::main]` gives on
//! this 2-core machine).

mod clients;
mod server;

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use clients::{Client, Op};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("server") => {
            let addr = flag(&args, "--addr").unwrap_or_else(|| "127.0.0.1:0".into());
            addr.parse()
                .map_err(|e| format!("--addr {addr}: {e}"))
                .and_then(server::run)
        }
        Some("client") => client(&args),
        _ => Err("usage: percall server [--addr A] | percall client --client K --op O --endpoint URL --concurrency N --calls N [--warmup N]".into()),
    };
    if let Err(message) = result {
        eprintln!("percall: {message}");
        std::process::exit(2);
    }
}

fn flag(args: &[String], name: &str) -> Option<String> {
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1).cloned())
}

fn required(args: &[String], name: &str) -> Result<String, String> {
    flag(args, name).ok_or_else(|| format!("missing {name}"))
}

fn number(args: &[String], name: &str, default: Option<usize>) -> Result<usize, String> {
    match flag(args, name) {
        Some(v) => v.parse().map_err(|e| format!("{name} {v}: {e}")),
        None => default.ok_or_else(|| format!("missing {name}")),
    }
}

/// User + system CPU time of this process so far.
fn cpu_time() -> Duration {
    // SAFETY: getrusage only writes into the struct we pass.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    unsafe { libc::getrusage(libc::RUSAGE_SELF, &mut usage) };
    let tv = |t: libc::timeval| Duration::new(t.tv_sec as u64, t.tv_usec as u32 * 1000);
    tv(usage.ru_utime) + tv(usage.ru_stime)
}

fn client(args: &[String]) -> Result<(), String> {
    let kind = required(args, "--client")?;
    let op = Op::parse(&required(args, "--op")?)?;
    let endpoint = required(args, "--endpoint")?;
    let concurrency = number(args, "--concurrency", Some(1))?.max(1);
    let calls = number(args, "--calls", None)?;
    let warmup = number(args, "--warmup", Some(calls / 10))?;

    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .map_err(|e| format!("runtime: {e}"))?;
    runtime.block_on(async move {
        let client = Client::new(&kind, &endpoint)?;
        // Warm up: connections open, pools and caches filled.
        run_calls(&client, op, concurrency, warmup).await?;
        let cpu_before = cpu_time();
        let started = Instant::now();
        let mut latencies = run_calls(&client, op, concurrency, calls).await?;
        let wall = started.elapsed();
        let cpu = cpu_time() - cpu_before;
        latencies.sort_unstable();
        let pct = |p: f64| {
            let i = ((latencies.len() as f64 - 1.0) * p).round() as usize;
            latencies[i].as_secs_f64() * 1e6
        };
        println!(
            "{{\"client\":\"{kind}\",\"op\":\"{op:?}\",\"concurrency\":{concurrency},\"calls\":{calls},\"wall_s\":{:.6},\"cpu_s\":{:.6},\"p50_us\":{:.1},\"p99_us\":{:.1}}}",
            wall.as_secs_f64(),
            cpu.as_secs_f64(),
            pct(0.50),
            pct(0.99),
        );
        Ok(())
    })
}

/// `calls` round trips spread over `concurrency` tasks; the latency of each.
async fn run_calls(
    client: &Client,
    op: Op,
    concurrency: usize,
    calls: usize,
) -> Result<Vec<Duration>, String> {
    let next = Arc::new(AtomicUsize::new(0));
    let mut tasks = Vec::with_capacity(concurrency);
    for _ in 0..concurrency {
        let client = client.clone();
        let next = next.clone();
        tasks.push(tokio::spawn(async move {
            let mut latencies = Vec::with_capacity(calls / concurrency + 1);
            while next.fetch_add(1, Ordering::Relaxed) < calls {
                let started = Instant::now();
                client.call(op).await?;
                latencies.push(started.elapsed());
            }
            Ok::<_, String>(latencies)
        }));
    }
    let mut all = Vec::with_capacity(calls);
    for task in tasks {
        all.extend(task.await.map_err(|e| format!("task: {e}"))??);
    }
    Ok(all)
}
