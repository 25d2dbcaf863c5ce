//! Figure 2: what the user pays at build time. Each pair of programs makes
//! the same single call, once with our generated crate and once with the
//! official SDK: `bench/user-ours` and `bench/user-sdk` (Step Functions),
//! `bench/user-lambda-ours` and `bench/user-lambda-sdk` (Lambda). Each is
//! built with `cargo build --release` into an emptied target dir (sources
//! already fetched, so no download is timed), then rebuilt after touching
//! main.rs, then run against the canned server.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::SystemTime;

use super::measure::{self, ratio, summary, Samples, Show, Unit};

/// A service whose user program is built with ours and with the SDK.
#[derive(Clone, Copy, PartialEq, Eq, Debug, clap::ValueEnum)]
pub enum Pair {
    /// Step Functions: one ListStateMachines call (aws-sdk-sfn).
    States,
    /// Lambda, a restJson1 service: one GetFunction call (aws-sdk-lambda).
    Lambda,
}

impl Pair {
    pub const ALL: [Pair; 2] = [Pair::States, Pair::Lambda];

    /// The official SDK crate the pair is measured against.
    fn sdk_crate(self) -> &'static str {
        match self {
            Pair::States => "aws-sdk-sfn",
            Pair::Lambda => "aws-sdk-lambda",
        }
    }

    /// Arguments the programs are run with.
    fn args(self) -> &'static [&'static str] {
        match self {
            Pair::States => &[],
            Pair::Lambda => &["bench-function"],
        }
    }

    /// What a program that made its call prints (the canned server's answer).
    fn expected(self) -> &'static str {
        match self {
            Pair::States => "bench-machine",
            Pair::Lambda => "bench-function",
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Side {
    Ours,
    Sdk,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Program {
    pub pair: Pair,
    pub side: Side,
}

impl Program {
    pub fn package(self) -> &'static str {
        match (self.pair, self.side) {
            (Pair::States, Side::Ours) => "user-ours",
            (Pair::States, Side::Sdk) => "user-sdk",
            (Pair::Lambda, Side::Ours) => "user-lambda-ours",
            (Pair::Lambda, Side::Sdk) => "user-lambda-sdk",
        }
    }

    fn label(self) -> &'static str {
        match (self.pair, self.side) {
            (Pair::States, Side::Ours) => "ours (states-client)",
            (Pair::States, Side::Sdk) => "aws-sdk-sfn + aws-config",
            (Pair::Lambda, Side::Ours) => "ours (lambda-client)",
            (Pair::Lambda, Side::Sdk) => "aws-sdk-lambda + aws-config",
        }
    }
}

#[derive(Default)]
pub struct Build {
    pub clean: Samples,
    pub clean_cpu: Samples,
    pub incremental: Samples,
    /// Units cargo reported as `Compiling` in a clean build (each rep; they
    /// should all agree).
    pub crates: Samples,
    pub binary: u64,
    pub stripped: u64,
    /// What the program printed when run against the canned server.
    pub ran: String,
}

/// Both programs of one pair.
pub struct Compile {
    pub ours: Build,
    pub sdk: Build,
}

pub struct Inputs<'a> {
    pub cargo: &'a str,
    pub bench_dir: &'a Path,
    pub scratch: &'a Path,
    pub endpoint: &'a str,
    pub reps: usize,
    pub pairs: &'a [Pair],
}

fn cargo_build(inputs: &Inputs, program: Program, target: &Path) -> Result<measure::Timed, String> {
    let mut command = Command::new(inputs.cargo);
    command
        .current_dir(inputs.bench_dir)
        .args(["build", "--release", "--locked", "-p", program.package()])
        .arg("--target-dir")
        .arg(target)
        .env_remove("CARGO_TARGET_DIR")
        .env_remove("CARGO_BUILD_TARGET_DIR")
        .env_remove("CARGO_INCREMENTAL");
    let timed = measure::time(&mut command)?;
    if !timed.ok() {
        return Err(format!(
            "cargo build -p {} failed:\n{}",
            program.package(),
            timed.stderr()
        ));
    }
    Ok(timed)
}

fn compiled_units(stderr: &str) -> usize {
    stderr
        .lines()
        .filter(|l| l.trim_start().starts_with("Compiling "))
        .count()
}

/// Runs the built program against the canned server with a clean
/// environment; returns its first output line.
fn run_program(
    program: Program,
    binary: &Path,
    endpoint: &str,
    home: &Path,
) -> Result<String, String> {
    let output = Command::new(binary)
        .args(program.pair.args())
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("HOME", home)
        .env("AWS_ENDPOINT_URL", endpoint)
        .env("AWS_REGION", "us-east-1")
        .env("AWS_ACCESS_KEY_ID", "AKIDBENCHEXAMPLE")
        .env("AWS_SECRET_ACCESS_KEY", "bench/secret")
        .env("AWS_EC2_METADATA_DISABLED", "true")
        .output()
        .map_err(|e| format!("{}: {e}", binary.display()))?;
    let stdout = String::from_utf8_lossy(&output.stdout);
    if output.status.success() && stdout.contains(program.pair.expected()) {
        Ok(stdout.lines().next().unwrap_or("").to_string())
    } else {
        Err(format!(
            "{} did not make its call ({}): {}{}",
            binary.display(),
            output.status,
            stdout,
            String::from_utf8_lossy(&output.stderr)
        ))
    }
}

fn touch(file: &Path) -> Result<(), String> {
    std::fs::File::options()
        .write(true)
        .open(file)
        .and_then(|f| f.set_modified(SystemTime::now()))
        .map_err(|e| format!("touch {}: {e}", file.display()))
}

fn size(path: &Path) -> Result<u64, String> {
    std::fs::metadata(path)
        .map(|m| m.len())
        .map_err(|e| format!("{}: {e}", path.display()))
}

fn one(inputs: &Inputs, program: Program, rep: usize, build: &mut Build) -> Result<(), String> {
    let target: PathBuf = inputs.scratch.join(program.package());
    if target.exists() {
        std::fs::remove_dir_all(&target).map_err(|e| format!("{}: {e}", target.display()))?;
    }
    let clean = cargo_build(inputs, program, &target)?;
    let main_rs = inputs.bench_dir.join(program.package()).join("src/main.rs");
    touch(&main_rs)?;
    let incremental = cargo_build(inputs, program, &target)?;
    if compiled_units(&incremental.stderr()) != 1 {
        return Err(format!(
            "the rebuild after touching {} should compile exactly one crate:\n{}",
            main_rs.display(),
            incremental.stderr()
        ));
    }
    eprintln!(
        "bench: compile {rep}/{}: {}: clean {:.1} s, rebuild {:.2} s",
        inputs.reps,
        program.package(),
        clean.wall.as_secs_f64(),
        incremental.wall.as_secs_f64()
    );
    build.clean.push(clean.wall.as_secs_f64());
    build.clean_cpu.push(clean.cpu.as_secs_f64());
    build.incremental.push(incremental.wall.as_secs_f64());
    build.crates.push(compiled_units(&clean.stderr()) as f64);

    let binary = target.join("release").join(program.package());
    build.binary = size(&binary)?;
    let stripped = target.join(format!("{}.stripped", program.package()));
    std::fs::copy(&binary, &stripped).map_err(|e| format!("{}: {e}", stripped.display()))?;
    let status = Command::new("strip")
        .arg(&stripped)
        .status()
        .map_err(|e| format!("strip: {e}"))?;
    if !status.success() {
        return Err(format!("strip {} failed", stripped.display()));
    }
    build.stripped = size(&stripped)?;
    build.ran = run_program(program, &binary, inputs.endpoint, &target)?;
    Ok(())
}

pub fn run(inputs: &Inputs) -> Result<Vec<(Pair, Compile)>, String> {
    let mut results: Vec<(Pair, Compile)> = inputs
        .pairs
        .iter()
        .map(|&pair| {
            let (ours, sdk) = (Build::default(), Build::default());
            (pair, Compile { ours, sdk })
        })
        .collect();
    for rep in 0..inputs.reps {
        for (pair, c) in &mut results {
            let ours = Program {
                pair: *pair,
                side: Side::Ours,
            };
            let sdk = Program {
                pair: *pair,
                side: Side::Sdk,
            };
            // Alternate the order so a drift in machine speed hits both alike.
            if rep % 2 == 0 {
                one(inputs, ours, rep, &mut c.ours)?;
                one(inputs, sdk, rep, &mut c.sdk)?;
            } else {
                one(inputs, sdk, rep, &mut c.sdk)?;
                one(inputs, ours, rep, &mut c.ours)?;
            }
        }
    }
    Ok(results)
}

/// The section's markdown for every pair measured, in order.
pub fn render_all(results: &[(Pair, Compile)], findings: &mut super::Findings) -> String {
    results
        .iter()
        .map(|(pair, c)| render(*pair, c, findings))
        .collect::<Vec<_>>()
        .join("\n")
}

pub fn render(pair: Pair, c: &Compile, findings: &mut super::Findings) -> String {
    let ours_program = Program {
        pair,
        side: Side::Ours,
    };
    let sdk_program = Program {
        pair,
        side: Side::Sdk,
    };
    let sdk_crate = pair.sdk_crate();
    // Noise labels and goal names of the states pair predate the Lambda pair
    // and stay as they were, so reports remain comparable.
    let (noise_prefix, goal_suffix) = match pair {
        Pair::States => ("", ""),
        Pair::Lambda => ("Lambda ", " (Lambda)"),
    };
    for (name, b) in [("ours", &c.ours), ("sdk", &c.sdk)] {
        findings.check_noise(&format!("{noise_prefix}clean build, {name}"), &b.clean);
        findings.check_noise(&format!("{noise_prefix}rebuild, {name}"), &b.incremental);
    }
    let mut md = String::new();
    match pair {
        Pair::States => {
            md.push_str("### Step Functions\n\n");
            md.push_str("`bench/user-ours` and `bench/user-sdk`: the same program (read the environment, one `ListStateMachines` call, print the names)");
        }
        Pair::Lambda => {
            md.push_str("### Lambda (restJson1)\n\n");
            md.push_str("`bench/user-lambda-ours` and `bench/user-lambda-sdk`: the same program (read the environment, one `GetFunction` call for the name in `argv[1]`, print its name and runtime)");
        }
    }
    md.push_str(" with `#[tokio::main(flavor = \"current_thread\")]`. Each clean build: `cargo build --release --locked -p <program> --target-dir <emptied dir>` in `bench/`, sources already fetched. Rebuild: the same command after touching `src/main.rs`. Both binaries were run against the canned server after building, and both made their call.\n\n");
    md.push_str(&format!(
        "| figure | ours | {sdk_crate} | ours ÷ sdk |\n|---|---|---|---|\n"
    ));
    let row = |md: &mut String, what: &str, a: &Samples, b: &Samples, unit: Unit| {
        md.push_str(&format!(
            "| {what} | {} | {} | {} |\n",
            summary(a, unit),
            summary(b, unit),
            ratio(a.median(), b.median())
        ));
    };
    row(
        &mut md,
        "clean release build, wall",
        &c.ours.clean,
        &c.sdk.clean,
        Unit::Seconds,
    );
    row(
        &mut md,
        "clean release build, CPU (all cores)",
        &c.ours.clean_cpu,
        &c.sdk.clean_cpu,
        Unit::Seconds,
    );
    row(
        &mut md,
        "rebuild after touching main.rs, wall",
        &c.ours.incremental,
        &c.sdk.incremental,
        Unit::Seconds,
    );
    let units = |b: &Build| {
        if b.crates.min() == b.crates.max() {
            format!("{}", Show(b.crates.median(), Unit::Count))
        } else {
            format!("{}–{}", b.crates.min(), b.crates.max())
        }
    };
    md.push_str(&format!(
        "| crates compiled (cargo's `Compiling` lines) | {} | {} | {} |\n",
        units(&c.ours),
        units(&c.sdk),
        ratio(c.ours.crates.median(), c.sdk.crates.median())
    ));
    for (what, a, b) in [
        ("release binary", c.ours.binary, c.sdk.binary),
        ("release binary, stripped", c.ours.stripped, c.sdk.stripped),
    ] {
        md.push_str(&format!(
            "| {what} | {} | {} | {} |\n",
            Show(a as f64, Unit::Bytes),
            Show(b as f64, Unit::Bytes),
            ratio(a as f64, b as f64)
        ));
    }
    md.push_str(&format!(
        "\nWhat each printed against the canned server: {}: `{}`; {}: `{}`.\n",
        ours_program.label(),
        c.ours.ran,
        sdk_program.label(),
        c.sdk.ran
    ));
    let build_ratio = c.ours.clean.median() / c.sdk.clean.median();
    let size_ratio = c.ours.stripped as f64 / c.sdk.stripped as f64;
    findings.goals.extend([
        super::Goal {
            what: format!("Clean release build of the user program{goal_suffix}"),
            goal: format!("≤ 1/4 of {sdk_crate}'s (≤ 0.25×)"),
            ours: format!("{build_ratio:.2}×"),
            met: build_ratio <= 0.25,
        },
        super::Goal {
            what: format!("Stripped release binary{goal_suffix}"),
            goal: format!("≤ 1/2 of {sdk_crate}'s (≤ 0.50×)"),
            ours: format!("{size_ratio:.2}×"),
            met: size_ratio <= 0.5,
        },
    ]);
    md
}

#[cfg(test)]
mod tests {
    use super::*;

    fn build(clean: f64, stripped: u64) -> Build {
        Build {
            clean: Samples(vec![clean; 5]),
            clean_cpu: Samples(vec![clean * 2.0; 5]),
            incremental: Samples(vec![1.0; 5]),
            crates: Samples(vec![80.0; 5]),
            binary: stripped * 2,
            stripped,
            ran: "bench-machine".into(),
        }
    }

    #[test]
    fn goals_compare_medians_against_the_quarter_and_the_half() {
        let mut findings = super::super::Findings::default();
        let md = render(
            Pair::States,
            &Compile {
                ours: build(50.0, 3_000_000),
                sdk: build(200.0, 12_000_000),
            },
            &mut findings,
        );
        assert!(md.contains("| clean release build, wall | 50.0 s"), "{md}");
        let met: Vec<(String, bool)> = findings
            .goals
            .iter()
            .map(|g| (g.ours.clone(), g.met))
            .collect();
        assert_eq!(
            met,
            [("0.25×".to_string(), true), ("0.25×".to_string(), true)]
        );

        let mut findings = super::super::Findings::default();
        render(
            Pair::States,
            &Compile {
                ours: build(51.0, 7_000_000),
                sdk: build(200.0, 12_000_000),
            },
            &mut findings,
        );
        assert!(findings.goals.iter().all(|g| !g.met));
    }

    #[test]
    fn each_pair_has_its_table_and_goals_and_the_states_ones_keep_their_names() {
        let mut findings = super::super::Findings::default();
        let md = render_all(
            &[
                (
                    Pair::States,
                    Compile {
                        ours: build(50.0, 3_000_000),
                        sdk: build(200.0, 12_000_000),
                    },
                ),
                (
                    Pair::Lambda,
                    Compile {
                        ours: build(60.0, 4_000_000),
                        sdk: build(200.0, 10_000_000),
                    },
                ),
            ],
            &mut findings,
        );
        let states = md.find("### Step Functions").expect("states table");
        let lambda = md.find("### Lambda").expect("lambda table");
        assert!(states < lambda, "{md}");
        assert!(
            md[states..lambda].contains("| figure | ours | aws-sdk-sfn |"),
            "{md}"
        );
        assert!(
            md[lambda..].contains("| figure | ours | aws-sdk-lambda |"),
            "{md}"
        );
        assert!(
            md[lambda..].contains("| clean release build, wall | 60.0 s"),
            "{md}"
        );
        let goals: Vec<(&str, &str, &str, bool)> = findings
            .goals
            .iter()
            .map(|g| (g.what.as_str(), g.goal.as_str(), g.ours.as_str(), g.met))
            .collect();
        assert_eq!(
            goals,
            [
                (
                    "Clean release build of the user program",
                    "≤ 1/4 of aws-sdk-sfn's (≤ 0.25×)",
                    "0.25×",
                    true
                ),
                (
                    "Stripped release binary",
                    "≤ 1/2 of aws-sdk-sfn's (≤ 0.50×)",
                    "0.25×",
                    true
                ),
                (
                    "Clean release build of the user program (Lambda)",
                    "≤ 1/4 of aws-sdk-lambda's (≤ 0.25×)",
                    "0.30×",
                    false
                ),
                (
                    "Stripped release binary (Lambda)",
                    "≤ 1/2 of aws-sdk-lambda's (≤ 0.50×)",
                    "0.40×",
                    true
                ),
            ]
        );
    }
}
