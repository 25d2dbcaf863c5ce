//! Figure 1: generation wall time, ours vs cargo-progenitor and
//! openapi-generator-cli (`-g rust`), on the pinned states spec and on every
//! spec of the mirror. Every tool writes into an emptied directory; a tool
//! that fails on a spec has the failure recorded as its result.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use super::measure::{self, ratio, summary, Samples, Unit};
use super::peers::Peers;

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
pub enum Tool {
    Ours,
    Progenitor,
    OpenApiGenerator,
}

impl Tool {
    pub const ALL: [Tool; 3] = [Tool::Ours, Tool::Progenitor, Tool::OpenApiGenerator];

    pub fn name(self) -> &'static str {
        match self {
            Tool::Ours => "ours (`generator generate`)",
            Tool::Progenitor => "cargo-progenitor",
            Tool::OpenApiGenerator => "openapi-generator-cli `-g rust`",
        }
    }

    fn slug(self) -> &'static str {
        match self {
            Tool::Ours => "ours",
            Tool::Progenitor => "progenitor",
            Tool::OpenApiGenerator => "openapi-generator",
        }
    }
}

/// What one tool did on one input over all repetitions.
#[derive(Default)]
pub struct Runs {
    pub wall: Samples,
    pub cpu: Samples,
    /// Outcome → how many runs (or specs) ended that way.
    pub outcomes: BTreeMap<String, usize>,
}

pub struct Generation {
    pub states: BTreeMap<Tool, Runs>,
    /// None when no mirror was available.
    pub mirror: Option<(usize, BTreeMap<Tool, Runs>)>,
}

pub struct Inputs<'a> {
    pub generator: &'a Path,
    pub peers: &'a Peers,
    pub states_spec: &'a Path,
    pub states_config: &'a Path,
    /// The mirror's specs: (crate-ish name, file).
    pub mirror: Option<Vec<(String, PathBuf)>>,
    pub scratch: &'a Path,
    pub reps: usize,
}

fn command(tool: Tool, inputs: &Inputs, name: &str, spec: &Path, out: &Path) -> Command {
    match tool {
        Tool::Ours => {
            let mut c = Command::new(inputs.generator);
            c.arg("generate").arg(spec).arg("--out").arg(out);
            if name == "states" {
                c.arg("--config").arg(inputs.states_config);
            }
            c
        }
        Tool::Progenitor => {
            let mut c = Command::new(&inputs.peers.progenitor);
            c.arg("progenitor")
                .arg("-i")
                .arg(spec)
                .arg("-o")
                .arg(out)
                .args(["-n", name, "-v", "0.1.0"]);
            c
        }
        Tool::OpenApiGenerator => {
            let mut c = Command::new(&inputs.peers.openapi_generator);
            c.args(["generate", "-g", "rust", "-i"])
                .arg(spec)
                .arg("-o")
                .arg(out);
            c
        }
    }
}

/// The first line that says what went wrong (a Rust panic's message with its
/// location, or the first error line), at most 200 characters.
pub fn failure_message(stderr: &str, stdout: &str) -> String {
    let text = if stderr.trim().is_empty() {
        stdout
    } else {
        stderr
    };
    let lines: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    let message = if let Some(i) = lines.iter().position(|l| l.contains("panicked at")) {
        let location = lines[i]
            .split("panicked at ")
            .nth(1)
            .unwrap_or("")
            .trim_end_matches(':');
        // Keep the crate directory: `progenitor-impl-0.15.1/src/method.rs:1220:9`.
        let location = match location.rsplit_once("/src/") {
            Some((dir, file)) => format!("{}/src/{file}", dir.rsplit('/').next().unwrap_or(dir)),
            None => location.to_string(),
        };
        let what = lines.get(i + 1).copied().unwrap_or("");
        format!("panicked: {what} (at {location})")
    } else {
        lines
            .iter()
            .find(|l| {
                let lower = l.to_ascii_lowercase();
                lower.contains("error") || lower.contains("exception")
            })
            .or(lines.last())
            .copied()
            .unwrap_or("no output")
            .to_string()
    };
    message.chars().take(200).collect()
}

fn outcome(timed: &measure::Timed) -> String {
    if timed.ok() {
        "ok".into()
    } else {
        format!(
            "failed: {}",
            failure_message(&timed.stderr(), &timed.stdout())
        )
    }
}

fn empty(dir: &Path) -> Result<(), String> {
    if dir.exists() {
        std::fs::remove_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))
}

/// openapi-generator's batch mode: one JVM for all specs (its fastest way to
/// generate many; one JVM start per spec would add ~2 s each).
fn openapi_generator_batch(
    inputs: &Inputs,
    specs: &[(String, PathBuf)],
    out: &Path,
) -> Result<(measure::Timed, BTreeMap<String, usize>), String> {
    let configs = inputs.scratch.join("openapi-generator-batch");
    empty(&configs)?;
    let mut files = Vec::new();
    for (name, spec) in specs {
        let file = configs.join(format!("{name}.yaml"));
        let text = format!(
            "inputSpec: '{}'\noutputDir: '{}'\ngeneratorName: rust\n",
            spec.display(),
            out.join(name).display()
        );
        std::fs::write(&file, text).map_err(|e| format!("{}: {e}", file.display()))?;
        files.push(file);
    }
    let timed = measure::time(
        Command::new(&inputs.peers.openapi_generator)
            .args(["batch", "--threads", "1"])
            .args(&files),
    )?;
    let mut outcomes = BTreeMap::new();
    let generated = specs
        .iter()
        .filter(|(name, _)| out.join(name).join("src").exists())
        .count();
    if generated > 0 {
        outcomes.insert("ok".to_string(), generated);
    }
    if generated < specs.len() {
        outcomes.insert(
            format!(
                "failed: {}",
                failure_message(&timed.stderr(), &timed.stdout())
            ),
            specs.len() - generated,
        );
    }
    Ok((timed, outcomes))
}

pub fn run(inputs: &Inputs) -> Result<Generation, String> {
    let mut states: BTreeMap<Tool, Runs> = BTreeMap::new();
    let mut mirror: BTreeMap<Tool, Runs> = BTreeMap::new();
    for rep in 0..inputs.reps {
        for tool in Tool::ALL {
            let out = inputs.scratch.join(format!("{}-states", tool.slug()));
            empty(&out)?;
            let timed = measure::time(&mut command(
                tool,
                inputs,
                "states",
                inputs.states_spec,
                &out,
            ))?;
            eprintln!(
                "bench: generation {rep}/{}: states with {}: {:.3} s",
                inputs.reps,
                tool.slug(),
                timed.wall.as_secs_f64()
            );
            let r = states.entry(tool).or_default();
            r.wall.push(timed.wall.as_secs_f64());
            r.cpu.push(timed.cpu.as_secs_f64());
            *r.outcomes.entry(outcome(&timed)).or_default() += 1;
        }
        let Some(specs) = &inputs.mirror else {
            continue;
        };
        for tool in Tool::ALL {
            let out = inputs.scratch.join(format!("{}-mirror", tool.slug()));
            empty(&out)?;
            let r = mirror.entry(tool).or_default();
            let (wall, cpu, outcomes) = if tool == Tool::OpenApiGenerator {
                let (timed, outcomes) = openapi_generator_batch(inputs, specs, &out)?;
                (timed.wall.as_secs_f64(), timed.cpu.as_secs_f64(), outcomes)
            } else {
                // One process per spec, one after another.
                let (mut wall, mut cpu, mut outcomes) = (0.0, 0.0, BTreeMap::new());
                for (name, spec) in specs {
                    let timed =
                        measure::time(&mut command(tool, inputs, name, spec, &out.join(name)))?;
                    wall += timed.wall.as_secs_f64();
                    cpu += timed.cpu.as_secs_f64();
                    *outcomes.entry(outcome(&timed)).or_default() += 1;
                }
                (wall, cpu, outcomes)
            };
            eprintln!(
                "bench: generation {rep}/{}: {} mirror specs with {}: {wall:.1} s",
                inputs.reps,
                specs.len(),
                tool.slug()
            );
            r.wall.push(wall);
            r.cpu.push(cpu);
            if rep == 0 {
                r.outcomes = outcomes;
            }
        }
    }
    Ok(Generation {
        states,
        mirror: inputs.mirror.as_ref().map(|specs| (specs.len(), mirror)),
    })
}

fn outcome_text(outcomes: &BTreeMap<String, usize>, unit: &str) -> String {
    let total: usize = outcomes.values().sum();
    outcomes
        .iter()
        .map(|(what, n)| format!("{what} ({n} of {total} {unit})"))
        .collect::<Vec<_>>()
        .join("; ")
}

/// The markdown section; also returns the goal lines (states < 100 ms,
/// mirror < 20 s).
pub fn render(g: &Generation, findings: &mut super::Findings) -> String {
    let mut md = String::new();
    let ours_states = g
        .states
        .get(&Tool::Ours)
        .map_or(f64::NAN, |r| r.wall.median());
    md.push_str("### States (`specs/amazonaws.com/states/2016-11-23/openapi.yaml`)\n\n");
    md.push_str("One process per run, into an emptied directory; wall time includes process start (and, for openapi-generator, the JVM's).\n\n");
    md.push_str("| tool | wall | CPU | ours ÷ tool (wall) | result |\n|---|---|---|---|---|\n");
    for (tool, r) in &g.states {
        findings.check_noise(&format!("generation, states, {}", tool.slug()), &r.wall);
        md.push_str(&format!(
            "| {} | {} | {} | {} | {} |\n",
            tool.name(),
            summary(&r.wall, Unit::Seconds),
            measure::Show(r.cpu.median(), Unit::Seconds),
            if *tool == Tool::Ours {
                "–".into()
            } else {
                ratio(ours_states, r.wall.median())
            },
            outcome_text(&r.outcomes, "runs"),
        ));
    }
    findings.goals.push(super::Goal {
        what: "Generate the states crate".into(),
        goal: "< 100 ms".into(),
        ours: format!("{:.0} ms", ours_states * 1000.0),
        met: ours_states < 0.1,
    });
    if let Some((count, mirror)) = &g.mirror {
        let ours = mirror
            .get(&Tool::Ours)
            .map_or(f64::NAN, |r| r.wall.median());
        md.push_str(&format!("\n### The whole mirror ({count} specs)\n\n"));
        md.push_str("Ours and cargo-progenitor: one process per spec, one after another (the wall time is the sum). openapi-generator: its `batch` mode, one JVM for all specs (`--threads 1`), which is its fastest way to generate many specs. A tool's failures are listed per distinct message with the number of specs.\n\n");
        md.push_str("| tool | wall | CPU | ours ÷ tool (wall) | result |\n|---|---|---|---|---|\n");
        for (tool, r) in mirror {
            findings.check_noise(&format!("generation, mirror, {}", tool.slug()), &r.wall);
            md.push_str(&format!(
                "| {} | {} | {} | {} | {} |\n",
                tool.name(),
                summary(&r.wall, Unit::Seconds),
                measure::Show(r.cpu.median(), Unit::Seconds),
                if *tool == Tool::Ours {
                    "–".into()
                } else {
                    ratio(ours, r.wall.median())
                },
                outcome_text(&r.outcomes, "specs"),
            ));
        }
        findings.goals.push(super::Goal {
            what: format!("Generate the whole mirror ({count} specs)"),
            goal: "< 20 s".into(),
            ours: format!("{ours:.1} s"),
            met: ours < 20.0,
        });
    }
    md
}

#[cfg(test)]
mod tests {
    use super::failure_message;

    #[test]
    fn panic_messages_name_the_assertion_and_place() {
        let stderr = "\nthread 'main' (23196) panicked at /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/progenitor-impl-0.15.1/src/method.rs:1220:9:\nassertion failed: response_types.len() <= 1\nstack backtrace:\n";
        assert_eq!(
            failure_message(stderr, ""),
            "panicked: assertion failed: response_types.len() <= 1 (at progenitor-impl-0.15.1/src/method.rs:1220:9)"
        );
    }

    #[test]
    fn other_failures_use_the_first_error_line() {
        assert_eq!(
            failure_message("loading\nError: unknown type\nmore", ""),
            "Error: unknown type"
        );
        assert_eq!(failure_message("", "just this"), "just this");
    }
}
