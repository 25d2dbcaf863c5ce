//! A human summary of a lowered spec: `generator preview <spec>`.

use std::fmt::Write;

use crate::ir::{Service, ShapeKind};
use crate::lower::Diagnostic;

pub fn render(svc: &Service, diagnostics: &[Diagnostic]) -> String {
    let mut out = String::new();
    let w = &mut out;
    let _ = writeln!(w, "service    {} (API {})", svc.title, svc.api_version);
    let _ = writeln!(w, "crate      {}", svc.crate_name);
    let _ = writeln!(
        w,
        "protocol   awsJson{} · X-Amz-Target {}.* · SigV4 signing name {}",
        svc.json_version.as_str(),
        svc.target_prefix,
        svc.signing_name
    );
    let endpoint = match &svc.endpoint.global_host {
        Some(h) => format!("https://{h} (global)"),
        None => format!(
            "https://{}.{{region}}.{}",
            svc.endpoint.prefix, svc.endpoint.dns_suffix
        ),
    };
    let _ = writeln!(w, "endpoint   {endpoint}");
    let _ = writeln!(w, "\noperations ({}):", svc.operations.len());
    for op in &svc.operations {
        let mut notes = Vec::new();
        if let Some(p) = &op.pagination {
            notes.push(format!("paginated {}→{}", p.input_token, p.output_token));
        }
        if let Some(p) = &op.host_prefix {
            notes.push(format!("host prefix {p}"));
        }
        if op.deprecated {
            notes.push("deprecated".into());
        }
        if !op.errors.is_empty() {
            notes.push(format!("errors: {}", op.errors.join(", ")));
        }
        let _ = writeln!(w, "  {:<40} {}", op.name, notes.join("; "));
    }
    let named: Vec<_> = svc
        .shapes
        .values()
        .filter(|s| !s.name.starts_with('#'))
        .collect();
    let _ = writeln!(w, "\nshapes ({}):", named.len());
    for shape in named {
        let kind = match &shape.kind {
            ShapeKind::Structure(s) if s.is_error => format!("error ({} members)", s.members.len()),
            ShapeKind::Structure(s) => format!("structure ({} members)", s.members.len()),
            ShapeKind::Enum(v) => format!("enum ({} values)", v.len()),
            ShapeKind::List { item } => format!("list of {item}"),
            ShapeKind::Map { value } => format!("map of {value}"),
            other => format!("{other:?}").to_lowercase(),
        };
        let sensitive = if shape.sensitive { " [sensitive]" } else { "" };
        let _ = writeln!(w, "  {:<48} {kind}{sensitive}", shape.name);
    }
    let _ = writeln!(w, "\nnot represented exactly ({}):", diagnostics.len());
    for d in diagnostics {
        let _ = writeln!(w, "  {d}");
    }
    out
}
