//! Response bodies as JSON, with errors that say where: serde_json names a
//! line and column, which in a one-line body of 50 KB says little, so the
//! error is prefixed with the JSON path at that point
//! (`jobs[0].container.vcpus: invalid type: floating point ...`).
//!
//! The path is found by rescanning the body up to the error's position only
//! when parsing failed, so the success path costs nothing and the generated
//! types' serde code is instantiated once (a path-tracking deserializer
//! wrapper would instantiate all of it a second time).

use serde::de::DeserializeOwned;

/// Parses `body`; an error names the path where it happened.
pub fn from_slice<T: DeserializeOwned>(body: &[u8]) -> Result<T, String> {
    serde_json::from_slice(body).map_err(|e| describe(body, &e))
}

/// `e` prefixed with the path at its position in `body`, if it has one.
pub fn describe(body: &[u8], e: &serde_json::Error) -> String {
    match offset(body, e.line(), e.column()) {
        Some(at) => match path_at(body, at) {
            path if path.is_empty() => e.to_string(),
            path => format!("{path}: {e}"),
        },
        None => e.to_string(),
    }
}

/// The byte offset of 1-based `line` and `column` (serde_json counts bytes).
fn offset(body: &[u8], line: usize, column: usize) -> Option<usize> {
    if line == 0 {
        return None;
    }
    let mut start = 0;
    for _ in 1..line {
        start += body.get(start..)?.iter().position(|&b| b == b'\n')? + 1;
    }
    Some((start + column).min(body.len()))
}

enum Frame {
    /// The key being read or last read.
    Object(Option<String>),
    /// The index of the current element.
    Array(usize),
}

/// The path to the value being read at byte `at`: `a.b[2].c`. Keys that
/// are not plain identifiers are quoted (`["x-y"]`). Malformed JSON gives
/// the path as far as it could be followed.
fn path_at(body: &[u8], at: usize) -> String {
    let mut stack: Vec<Frame> = Vec::new();
    let mut i = 0;
    // In an object, the next string is a key (not a value).
    let mut want_key = false;
    while i < at.min(body.len()) {
        match body[i] {
            b'{' => {
                stack.push(Frame::Object(None));
                want_key = true;
            }
            b'[' => {
                stack.push(Frame::Array(0));
                want_key = false;
            }
            b'}' | b']' => {
                stack.pop();
                want_key = false;
            }
            b',' => match stack.last_mut() {
                Some(Frame::Array(n)) => *n += 1,
                Some(Frame::Object(_)) => want_key = true,
                None => {}
            },
            b':' => want_key = false,
            b'"' => {
                let (text, end) = string_at(body, i);
                if want_key {
                    if let Some(Frame::Object(key)) = stack.last_mut() {
                        *key = Some(text);
                    }
                    want_key = false;
                }
                i = end;
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    let mut out = String::new();
    for frame in &stack {
        match frame {
            Frame::Object(Some(key)) if is_plain(key) => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(key);
            }
            Frame::Object(Some(key)) => out.push_str(&format!("[{key:?}]")),
            Frame::Object(None) => {}
            Frame::Array(n) => out.push_str(&format!("[{n}]")),
        }
    }
    out
}

/// The text of the string starting at `body[start] == '"'` (escapes kept
/// as written, cut at 64 bytes: a path is for reading), and the offset after
/// its closing quote.
fn string_at(body: &[u8], start: usize) -> (String, usize) {
    let mut i = start + 1;
    while i < body.len() {
        match body[i] {
            b'\\' => i += 2,
            b'"' => break,
            _ => i += 1,
        }
    }
    let end = i.min(body.len());
    let raw = &body[start + 1..end];
    let text = String::from_utf8_lossy(&raw[..raw.len().min(64)]).into_owned();
    (text, end + 1)
}

fn is_plain(key: &str) -> bool {
    !key.is_empty()
        && key
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '$')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, serde::Deserialize)]
    #[allow(dead_code)]
    struct Container {
        vcpus: i64,
    }
    #[derive(Debug, serde::Deserialize)]
    #[allow(dead_code)]
    struct Job {
        container: Container,
    }
    #[derive(Debug, serde::Deserialize)]
    #[allow(dead_code)]
    struct Out {
        jobs: Vec<Job>,
    }

    #[test]
    fn the_error_names_the_member_path() {
        let body = br#"{"jobs":[{"container":{"vcpus":1}},{"container":{"vcpus":1.0}}]}"#;
        let e = from_slice::<Out>(body).unwrap_err();
        assert!(
            e.starts_with(
                "jobs[1].container.vcpus: invalid type: floating point `1.0`, expected i64"
            ),
            "{e}"
        );
    }

    #[test]
    fn paths_survive_strings_with_brackets_newlines_and_odd_keys() {
        let body = b"{\"a\": \"}],{\\\"\",\n \"x-y\": [\n  {\"k\": true}, {\"k\": \"no\"}]}";
        #[derive(Debug, serde::Deserialize)]
        #[allow(dead_code)]
        struct K {
            k: bool,
        }
        #[derive(Debug, serde::Deserialize)]
        #[allow(dead_code)]
        struct O {
            a: String,
            #[serde(rename = "x-y")]
            xy: Vec<K>,
        }
        let e = from_slice::<O>(body).unwrap_err();
        assert!(
            e.starts_with(r#"["x-y"][1].k: invalid type: string"#),
            "{e}"
        );
    }

    #[test]
    fn top_level_and_truncated_errors_keep_serde_json_s_text() {
        let e = from_slice::<Out>(b"7").unwrap_err();
        assert!(e.starts_with("invalid type: integer `7`"), "{e}");
        let e = from_slice::<Out>(br#"{"jobs":[{"contai"#).unwrap_err();
        assert!(e.contains("EOF while parsing"), "{e}");
        assert!(e.starts_with("jobs[0]"), "{e}");
    }
}
