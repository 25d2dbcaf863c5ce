//! Timing child processes and summarising repeated samples.

use std::fmt;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

/// One run of a child process: wall time, its CPU time (user + system,
/// itself and any children it waited for) and what it printed.
pub struct Timed {
    pub wall: Duration,
    pub cpu: Duration,
    pub output: Output,
}

impl Timed {
    pub fn ok(&self) -> bool {
        self.output.status.success()
    }

    pub fn stdout(&self) -> String {
        String::from_utf8_lossy(&self.output.stdout).into_owned()
    }

    pub fn stderr(&self) -> String {
        String::from_utf8_lossy(&self.output.stderr).into_owned()
    }
}

/// CPU time of all children this process has waited for so far.
fn children_cpu() -> Duration {
    // SAFETY: getrusage only writes into the struct passed to it.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    unsafe { libc::getrusage(libc::RUSAGE_CHILDREN, &mut usage) };
    let tv = |t: libc::timeval| {
        Duration::new(
            u64::try_from(t.tv_sec).unwrap_or(0),
            u32::try_from(t.tv_usec).unwrap_or(0) * 1000,
        )
    };
    tv(usage.ru_utime) + tv(usage.ru_stime)
}

/// Runs `command` to completion (stdin closed, output captured) and times it.
/// Run one at a time: the CPU figure is the growth of RUSAGE_CHILDREN.
pub fn time(command: &mut Command) -> Result<Timed, String> {
    let cpu_before = children_cpu();
    let started = Instant::now();
    let output = command
        .stdin(Stdio::null())
        .output()
        .map_err(|e| format!("{command:?}: {e}"))?;
    let wall = started.elapsed();
    let cpu = children_cpu().saturating_sub(cpu_before);
    Ok(Timed { wall, cpu, output })
}

/// Repeated measurements of one figure.
#[derive(Clone, Debug, Default)]
pub struct Samples(pub Vec<f64>);

impl Samples {
    pub fn push(&mut self, value: f64) {
        self.0.push(value);
    }

    fn sorted(&self) -> Vec<f64> {
        let mut v = self.0.clone();
        v.sort_by(f64::total_cmp);
        v
    }

    pub fn median(&self) -> f64 {
        let v = self.sorted();
        match v.len() {
            0 => f64::NAN,
            n if n % 2 == 1 => v[n / 2],
            n => (v[n / 2 - 1] + v[n / 2]) / 2.0,
        }
    }

    pub fn min(&self) -> f64 {
        self.sorted().first().copied().unwrap_or(f64::NAN)
    }

    pub fn max(&self) -> f64 {
        self.sorted().last().copied().unwrap_or(f64::NAN)
    }

    /// (max − min) / median, the spread reported beside each median.
    pub fn spread(&self) -> f64 {
        (self.max() - self.min()) / self.median()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// A number with its unit, printed with sensible precision.
#[derive(Clone, Copy, Debug)]
pub enum Unit {
    Seconds,
    Micros,
    Bytes,
    Count,
    PerSecond,
}

pub struct Show(pub f64, pub Unit);

impl fmt::Display for Show {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Show(v, unit) = *self;
        if v.is_nan() {
            return f.write_str("–");
        }
        match unit {
            Unit::Seconds if v >= 10.0 => write!(f, "{v:.1} s"),
            Unit::Seconds => write!(f, "{v:.2} s"),
            Unit::Micros => write!(f, "{v:.1} µs"),
            Unit::Bytes if v >= 1024.0 * 1024.0 => write!(f, "{:.2} MiB", v / 1024.0 / 1024.0),
            Unit::Bytes => write!(f, "{:.0} KiB", v / 1024.0),
            Unit::Count => write!(f, "{v:.0}"),
            Unit::PerSecond => write!(f, "{v:.0}/s"),
        }
    }
}

/// `median (min–max, ±spread%)` of samples, e.g. `42.1 s (41.0–44.2 s, 7.6%)`.
pub fn summary(samples: &Samples, unit: Unit) -> String {
    if samples.is_empty() {
        return "–".into();
    }
    if samples.0.len() == 1 {
        return format!("{} (1 run)", Show(samples.median(), unit));
    }
    format!(
        "{} ({}–{}, spread {:.0}%)",
        Show(samples.median(), unit),
        Show(samples.min(), unit),
        Show(samples.max(), unit),
        samples.spread() * 100.0
    )
}

/// Spread above which a figure is listed as noisy in the report.
pub const NOISY_SPREAD: f64 = 0.10;

/// `label: spread N%` if the samples vary more than [`NOISY_SPREAD`].
pub fn noisy(label: &str, samples: &Samples) -> Option<String> {
    (samples.0.len() > 1 && samples.spread() > NOISY_SPREAD)
        .then(|| format!("{label}: spread {:.0}%", samples.spread() * 100.0))
}

/// ours / peer of two medians, as `0.23×`.
pub fn ratio(ours: f64, peer: f64) -> String {
    if ours.is_nan() || peer.is_nan() || peer == 0.0 {
        "–".into()
    } else {
        format!("{:.2}×", ours / peer)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn median_and_spread() {
        let s = Samples(vec![3.0, 1.0, 2.0, 10.0, 2.0]);
        assert_eq!(s.median(), 2.0);
        assert_eq!(s.min(), 1.0);
        assert_eq!(s.max(), 10.0);
        assert_eq!(s.spread(), 4.5);
        assert_eq!(Samples(vec![1.0, 3.0]).median(), 2.0);
        assert!(Samples::default().median().is_nan());
    }

    #[test]
    fn formatting() {
        assert_eq!(
            summary(&Samples(vec![2.0, 1.0, 3.0]), Unit::Seconds),
            "2.00 s (1.00 s–3.00 s, spread 100%)"
        );
        assert_eq!(ratio(1.0, 4.0), "0.25×");
        assert_eq!(ratio(1.0, f64::NAN), "–");
        assert_eq!(
            Show(3.5 * 1024.0 * 1024.0, Unit::Bytes).to_string(),
            "3.50 MiB"
        );
    }

    #[test]
    fn times_a_child() {
        let t = time(Command::new("sh").args(["-c", "echo hi; exit 3"])).unwrap();
        assert!(!t.ok());
        assert_eq!(t.stdout(), "hi\n");
        assert!(t.wall > Duration::ZERO);
    }
}
