//! A human summary of a lowered spec: `generator preview <spec>`.

use std::fmt::Write;

use crate::docs::one_line as t;
use crate::ir::{Service, ShapeKind};
use crate::lower::Diagnostic;

// Every spec string is printed through `t` (`docs::one_line`): a title or name
// with line breaks or terminal escapes must not forge lines or drive the
// terminal that shows the preview.

pub fn render(svc: &Service, diagnostics: &[Diagnostic]) -> String {
    let mut out = String::new();
    let w = &mut out;
    let _ = writeln!(
        w,
        "service    {} (API {})",
        t(&svc.title),
        t(&svc.api_version)
    );
    let _ = writeln!(w, "crate      {}", svc.crate_name);
    let protocol = match &svc.protocol {
        crate::ir::WireProtocol::AwsJson {
            version,
            target_prefix,
        } => format!(
            "awsJson{} · X-Amz-Target {}.*",
            version.as_str(),
            t(target_prefix)
        ),
        crate::ir::WireProtocol::RestJson1 => "restJson1 · REST paths".to_string(),
    };
    let _ = writeln!(
        w,
        "protocol   {protocol} · SigV4 signing name {}",
        t(&svc.signing_name)
    );
    let endpoint = match &svc.endpoint.global_host {
        Some(h) => format!("https://{} (global)", t(h)),
        None => format!(
            "https://{}.{{region}}.{}",
            t(&svc.endpoint.prefix),
            t(&svc.endpoint.dns_suffix)
        ),
    };
    let _ = writeln!(w, "endpoint   {endpoint}");
    let _ = writeln!(w, "\noperations ({}):", svc.operations.len());
    for op in &svc.operations {
        let mut notes = Vec::new();
        if let Some(p) = &op.pagination {
            let tokens: Vec<String> = p
                .tokens
                .iter()
                .map(|k| format!("{}→{}", t(&k.input), t(&crate::ir::path_text(&k.output))))
                .collect();
            notes.push(format!("paginated {}", tokens.join(", ")));
        }
        if let Some(p) = &op.host_prefix {
            notes.push(format!("host prefix {}", t(p)));
        }
        if op.deprecated {
            notes.push("deprecated".into());
        }
        if !op.errors.is_empty() {
            let errors: Vec<&str> = op.errors.iter().map(|e| e.as_str()).collect();
            notes.push(format!("errors: {}", t(&errors.join(", "))));
        }
        let _ = writeln!(w, "  {:<40} {}", t(&op.name), notes.join("; "));
    }
    let named: Vec<_> = svc
        .shapes
        .values()
        .filter(|s| !s.name.as_str().starts_with('#'))
        .collect();
    let _ = writeln!(w, "\nshapes ({}):", named.len());
    for shape in named {
        let kind = match &shape.kind {
            ShapeKind::Structure(s) if s.is_error => format!("error ({} members)", s.members.len()),
            ShapeKind::Structure(s) => format!("structure ({} members)", s.members.len()),
            ShapeKind::Enum(v) => format!("enum ({} values)", v.len()),
            ShapeKind::List { item } => format!("list of {}", t(item.as_str())),
            ShapeKind::Map { value } => format!("map of {}", t(value.as_str())),
            other => format!("{other:?}").to_lowercase(),
        };
        let sensitive = if shape.sensitive { " [sensitive]" } else { "" };
        let _ = writeln!(w, "  {:<48} {kind}{sensitive}", t(shape.name.as_str()));
    }
    let _ = writeln!(w, "\nnot represented exactly ({}):", diagnostics.len());
    for d in diagnostics {
        let _ = writeln!(w, "  {}", t(&d.to_string()));
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn spec_strings_cannot_forge_lines_or_drive_the_terminal() {
        let yaml = "openapi: 3.0.0\ninfo:\n  title: \"T\\n\\u001b[2Jforged line\"\n  version: \"1\\r\"\n  x-serviceName: t\npaths:\n  /#X-Amz-Target=T.Ping:\n    post:\n      operationId: Ping\n      responses:\n        '200': {description: ok}\nservers:\n  - url: https://t.{region}.amazonaws.com\n    variables: {region: {default: us-east-1}}\n";
        let api: openapiv3::OpenAPI = serde_yaml::from_str(yaml).unwrap();
        let (svc, diags) = crate::lower::lower(&api, &crate::SpecConfig::default()).unwrap();
        let text = super::render(&svc, &diags);
        assert!(!text.contains('\u{1b}') && !text.contains('\r'), "{text:?}");
        assert!(
            text.starts_with("service    T\\n\\u{1b}[2Jforged line (API 1\\r)\n"),
            "{text}"
        );
    }
}
