//! Stage 1: bytes on disk → `openapiv3::OpenAPI`.
//!
//! Errors name the file and the JSON pointer of the node that failed, so a
//! broken spec can be fixed without bisecting a 300 kB document.

use std::fmt;
use std::path::Path;

/// A spec that could not be read or parsed.
#[derive(Debug)]
pub struct LoadError {
    /// Where the text came from (a file path or a URL).
    pub origin: String,
    /// JSON pointer of the offending node (`""` is the document root).
    pub pointer: String,
    /// 1-based line and column, when the parser knows them.
    pub location: Option<(usize, usize)>,
    pub message: String,
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.origin)?;
        if let Some((line, col)) = self.location {
            write!(f, ":{line}:{col}")?;
        }
        let pointer = if self.pointer.is_empty() {
            "/"
        } else {
            &self.pointer
        };
        write!(f, ": at {pointer}: {}", self.message)
    }
}

impl std::error::Error for LoadError {}

/// Reads and parses a spec file (`.json`, or YAML otherwise).
pub fn load_file(path: &Path) -> Result<openapiv3::OpenAPI, LoadError> {
    let origin = path.display().to_string();
    let text = std::fs::read_to_string(path).map_err(|e| LoadError {
        origin: origin.clone(),
        pointer: String::new(),
        location: None,
        message: format!("cannot read file: {e}"),
    })?;
    load_str(&text, &origin)
}

/// Parses spec text. JSON is detected by its first non-blank character; any
/// other text is read as YAML. `origin` is only used in error messages.
pub fn load_str(text: &str, origin: &str) -> Result<openapiv3::OpenAPI, LoadError> {
    let err = |pointer: String, location, message: String| LoadError {
        origin: origin.to_string(),
        pointer,
        location,
        message,
    };
    // Check the version first: a 2.0 or 3.1 document would otherwise fail deep
    // inside with a message that hides the real cause.
    let value: serde_json::Value =
        parse_value(text).map_err(|(loc, msg)| err(String::new(), loc, msg))?;
    match value.get("openapi").and_then(|v| v.as_str()) {
        Some(v) if v.starts_with("3.0") => {}
        Some(v) => {
            return Err(err(
                "/openapi".into(),
                None,
                format!("unsupported OpenAPI version {v:?}; only 3.0.x is supported"),
            ))
        }
        None if value.get("swagger").is_some() => {
            return Err(err(
                "/swagger".into(),
                None,
                "Swagger 2.0 documents are not supported; use the OpenAPI 3.0 version".into(),
            ))
        }
        None if !value.is_object() => {
            return Err(err(
                String::new(),
                None,
                format!(
                    "not an OpenAPI document: the top level is {}",
                    kind_of(&value)
                ),
            ))
        }
        None => {
            return Err(err(
                "/openapi".into(),
                None,
                "not an OpenAPI document: missing the `openapi` version field".into(),
            ))
        }
    }
    match serde_path_to_error::deserialize::<_, openapiv3::OpenAPI>(&value) {
        Ok(api) => Ok(api),
        Err(e) => {
            let pointer = json_pointer(e.path());
            let message = e.into_inner().to_string();
            let pointer = narrow(&value, text.len(), pointer, &message);
            Err(err(pointer, None, message))
        }
    }
}

/// Parses `doc` with `parent/child` deleted (or blanked when `blank` is set).
/// Returns (error gone, error became "missing field `child`").
fn try_without(
    doc: &serde_json::Value,
    parent: &str,
    child: &str,
    blank: Option<()>,
    message: &str,
) -> (bool, bool) {
    use serde_json::Value;
    let mut trial = doc.clone();
    match (trial.pointer_mut(parent), blank) {
        (Some(Value::Object(map)), None) => {
            map.remove(child);
        }
        (Some(Value::Array(items)), None) => {
            items.remove(child.parse::<usize>().expect("index from enumerate"));
        }
        (Some(node), Some(())) => {
            let slot = match node {
                Value::Object(map) => map.get_mut(child),
                Value::Array(items) => child.parse::<usize>().ok().and_then(|i| items.get_mut(i)),
                _ => None,
            };
            if let Some(slot) = slot {
                *slot = match slot {
                    Value::Object(_) => Value::Object(Default::default()),
                    Value::Array(_) => Value::Array(vec![]),
                    Value::String(_) => Value::String(String::new()),
                    Value::Number(_) => Value::from(0),
                    Value::Bool(_) => Value::Bool(false),
                    Value::Null => Value::Null,
                };
            }
        }
        _ => return (false, false),
    }
    match serde_json::from_value::<openapiv3::OpenAPI>(trial) {
        Ok(_) => (true, false),
        Err(e) => {
            let m = e.to_string();
            let missing = m.starts_with(&format!("missing field `{child}`"));
            let changed = m != message && !m.starts_with("missing field");
            // A blanked value can raise an error of its own (a Parameter's
            // `in` tag blanked to "" is an unknown variant), which is not
            // the old error going away; only the same error about the
            // blank value is. Found by tests/mutation.rs: a bad
            // `parameters/0/schema/type` was reported at `parameters/0/in`.
            let cleared = changed && (blank.is_none() || shape(&m) == shape(message));
            (cleared, missing)
        }
    }
}

/// `message` with its quoted values (`` `…` `` and `"…"`) blanked out, so
/// the same error about another value compares equal.
fn shape(message: &str) -> String {
    let mut out = String::new();
    let mut chars = message.chars();
    while let Some(c) = chars.next() {
        if c != '`' && c != '"' {
            out.push(c);
            continue;
        }
        out.push('_');
        while let Some(q) = chars.next() {
            match q {
                '\\' => {
                    chars.next();
                }
                _ if q == c => break,
                _ => {}
            }
        }
    }
    out
}

/// Caps on narrowing an error location: trial parses, and their total size
/// in spec bytes (each trial parses the whole document, so a multi-MB spec
/// gets fewer; issue 10: 3,000 trials of a 2 MB spec took 20 s).
const NARROW_BUDGET: usize = 3000;
const NARROW_WORK_BYTES: usize = 1 << 30;

/// What deleting a group of siblings did to the error.
enum Trial {
    /// Still the same error: the culprit is not in the group.
    Same,
    /// Gone or different: the culprit is in the group.
    Cleared,
    /// A missing required field: says nothing about the culprit.
    Unclear,
}

/// Parses `doc` with all of `parent`'s `children` deleted.
fn try_without_all(
    doc: &serde_json::Value,
    parent: &str,
    children: &[String],
    message: &str,
) -> Trial {
    use serde_json::Value;
    let mut trial = doc.clone();
    match trial.pointer_mut(parent) {
        Some(Value::Object(map)) => children.iter().for_each(|c| {
            map.remove(c);
        }),
        Some(Value::Array(items)) => {
            let mut indices: Vec<usize> = children.iter().filter_map(|c| c.parse().ok()).collect();
            indices.sort_unstable();
            for i in indices.into_iter().rev() {
                items.remove(i);
            }
        }
        _ => return Trial::Unclear,
    }
    match serde_json::from_value::<openapiv3::OpenAPI>(trial) {
        Ok(_) => Trial::Cleared,
        Err(e) => {
            let m = e.to_string();
            if m == message {
                Trial::Same
            } else if m.starts_with("missing field") {
                Trial::Unclear
            } else {
                Trial::Cleared
            }
        }
    }
}

/// `openapiv3` uses `#[serde(flatten)]` and untagged enums, which make serde
/// report errors at an ancestor of the bad node (often just `/paths`). Walk
/// down from there: a child is the culprit when deleting it makes the error go
/// away (without merely causing a "missing field" error instead). Among many
/// siblings the culprit is first sought by halving (a few trials instead of
/// one per sibling), then, if halving was inconclusive, one by one.
fn narrow(doc: &serde_json::Value, size: usize, mut pointer: String, message: &str) -> String {
    let mut budget = NARROW_BUDGET.min(NARROW_WORK_BYTES / size.max(1)).max(1);
    loop {
        let children: Vec<String> = match doc.pointer(&pointer) {
            Some(serde_json::Value::Object(map)) => map.keys().cloned().collect(),
            Some(serde_json::Value::Array(items)) => {
                (0..items.len()).map(|i| i.to_string()).collect()
            }
            _ => return pointer,
        };
        let is_culprit = |child: &str, budget: &mut usize| {
            *budget = budget.saturating_sub(1);
            let (cleared, required) = try_without(doc, &pointer, child, None, message);
            // A required child cannot be deleted; blank it to the same kind instead.
            cleared || (required && try_without(doc, &pointer, child, Some(()), message).0)
        };
        let mut culprit = None;
        let mut candidates = &children[..];
        while candidates.len() > 1 && budget > 0 {
            budget -= 1;
            let (half, rest) = candidates.split_at(candidates.len() / 2);
            match try_without_all(doc, &pointer, half, message) {
                Trial::Same => candidates = rest,
                Trial::Cleared => candidates = half,
                Trial::Unclear => break,
            }
        }
        if let [one] = candidates {
            if budget > 0 && candidates.len() < children.len() && is_culprit(one, &mut budget) {
                culprit = Some(one.clone());
            }
        }
        if culprit.is_none() {
            for child in &children {
                if budget == 0 {
                    return pointer;
                }
                if is_culprit(child, &mut budget) {
                    culprit = Some(child.clone());
                    break;
                }
            }
        }
        match culprit {
            Some(child) => pointer = format!("{pointer}/{}", escape_pointer(&child)),
            None => return pointer,
        }
    }
}

/// Text → generic JSON value, keeping the parser's line/column on failure.
fn parse_value(text: &str) -> Result<serde_json::Value, (Option<(usize, usize)>, String)> {
    if text.trim_start().starts_with('{') {
        serde_json::from_str(text)
            .map_err(|e| (Some((e.line(), e.column())), format!("invalid JSON: {e}")))
    } else {
        serde_yaml::from_str(text).map_err(|e| {
            let loc = e.location().map(|l| (l.line(), l.column()));
            (loc, format!("invalid YAML: {e}"))
        })
    }
}

fn kind_of(v: &serde_json::Value) -> &'static str {
    match v {
        serde_json::Value::Null => "empty",
        serde_json::Value::Bool(_) => "a boolean",
        serde_json::Value::Number(_) => "a number",
        serde_json::Value::String(_) => "a plain string",
        serde_json::Value::Array(_) => "a list",
        serde_json::Value::Object(_) => "an object",
    }
}

/// `serde_path_to_error` path → RFC 6901 JSON pointer.
fn json_pointer(path: &serde_path_to_error::Path) -> String {
    use serde_path_to_error::Segment;
    let mut out = String::new();
    for seg in path.iter() {
        out.push('/');
        match seg {
            Segment::Seq { index } => out.push_str(&index.to_string()),
            Segment::Map { key } => out.push_str(&escape_pointer(key)),
            Segment::Enum { variant } => out.push_str(&escape_pointer(variant)),
            Segment::Unknown => out.push('?'),
        }
    }
    out
}

/// Escapes one JSON pointer segment (RFC 6901: `~` → `~0`, `/` → `~1`).
pub fn escape_pointer(segment: &str) -> String {
    segment.replace('~', "~0").replace('/', "~1")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_pointer_of_bad_node() {
        let text = r#"{"openapi":"3.0.0","info":{"title":"t","version":"1"},
            "paths":{"/a":{"post":{"responses":{"200":{"description":5}}}}}}"#;
        let e = load_str(text, "x.json").unwrap_err();
        assert_eq!(
            e.pointer, "/paths/~1a/post/responses/200/description",
            "{e}"
        );
        assert!(
            e.to_string().starts_with("x.json: at /paths/~1a/post"),
            "{e}"
        );
    }

    #[test]
    fn blanking_a_tag_does_not_take_the_blame() {
        // Found by tests/mutation.rs: `in` (the Parameter enum tag) blanked
        // to "" raised its own error and was reported instead of `type`.
        let text = r#"{"openapi":"3.0.0","info":{"title":"t","version":"1"},
            "paths":{"/a":{"post":{"responses":{},"parameters":[
                {"name":"p","in":"header","schema":{"type":7}}]}}}}"#;
        let e = load_str(text, "x.json").unwrap_err();
        assert!(!e.pointer.ends_with("/in"), "{e}");
        assert!(e.pointer.starts_with("/paths/~1a/post/parameters/0"), "{e}");
    }

    #[test]
    fn yaml_syntax_error_has_line() {
        let e = load_str("openapi: 3.0.0\ninfo: [unclosed\n", "s.yaml").unwrap_err();
        assert!(e.location.is_some(), "{e}");
        assert!(e.message.contains("invalid YAML"), "{e}");
    }

    #[test]
    fn rejects_other_versions_and_non_specs() {
        let e = load_str(
            "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\n",
            "s",
        )
        .unwrap_err();
        assert!(e.message.contains("3.1.0"), "{e}");
        let e = load_str("swagger: '2.0'\n", "s").unwrap_err();
        assert!(e.message.contains("Swagger 2.0"), "{e}");
        let e = load_str("<html><body>502 Bad Gateway</body></html>", "s").unwrap_err();
        assert!(e.message.contains("not an OpenAPI document"), "{e}");
    }

    #[test]
    fn parses_minimal_document() {
        let api = load_str(
            "openapi: 3.0.0\ninfo: {title: t, version: '1'}\npaths: {}\n",
            "s",
        )
        .unwrap();
        assert_eq!(api.info.title, "t");
    }
}
