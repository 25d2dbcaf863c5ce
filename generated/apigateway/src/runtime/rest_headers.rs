//! Request headers from input members (botocore `_convert_header_value`,
//! `_do_serialize_header_map`).

use std::fmt::Write as _;

use super::super::timestamp::Timestamp;
use super::{epoch_seconds, TimestampFormat, ToWire};

/// A timestamp header (default [`TimestampFormat::HttpDate`]), in whole
/// seconds whatever the format: botocore's `_convert_header_value` drops
/// the fraction (`calendar.timegm`) before formatting.
pub fn header_timestamp(t: &Timestamp, format: Option<TimestampFormat>) -> String {
    let whole = Timestamp::from_secs(t.secs());
    match format.unwrap_or(TimestampFormat::HttpDate) {
        TimestampFormat::HttpDate => whole.to_http_date(),
        TimestampFormat::DateTime => whole.to_date_time(),
        TimestampFormat::EpochSeconds => epoch_seconds(&whole),
    }
}

/// A list of strings (or string enums) as one header: joined by `,` (no
/// space, as botocore), each value that holds `,` or `"` quoted with its
/// `"` escaped (`b,c` → `"b,c"`, `say "hi"` → `"say \"hi\""`). `None` for
/// an empty list, which botocore does not send.
pub fn header_string_list<I>(values: I) -> Option<String>
where
    I: IntoIterator,
    I::Item: AsRef<str>,
{
    join(values.into_iter().map(|v| {
        let v = v.as_ref();
        if v.contains([',', '"']) {
            format!("\"{}\"", v.replace('"', "\\\""))
        } else {
            v.to_owned()
        }
    }))
}

/// A list of numbers or booleans as one header (`1,2`, `true,false`);
/// `None` when empty.
pub fn header_list<I>(values: I) -> Option<String>
where
    I: IntoIterator,
    I::Item: ToWire,
{
    join(values.into_iter().map(|v| v.to_wire()))
}

/// A list of timestamps as one header, each as [`header_timestamp`] writes
/// it and not quoted although HTTP-dates hold commas (botocore; Smithy
/// splits them back on every second comma, as [`parse_header_list`](super::parse_header_list) does).
pub fn header_timestamp_list<'a, I>(values: I, format: Option<TimestampFormat>) -> Option<String>
where
    I: IntoIterator<Item = &'a Timestamp>,
{
    join(values.into_iter().map(|t| header_timestamp(t, format)))
}

fn join(values: impl Iterator<Item = String>) -> Option<String> {
    let mut out: Option<String> = None;
    for v in values {
        match &mut out {
            Some(s) => {
                s.push(',');
                s.push_str(&v);
            }
            None => out = Some(v),
        }
    }
    out
}

/// A `jsonvalue` header: base64 of the compact JSON text, written as
/// Python's `json.dumps(value, separators=(',', ':'))` writes it (non-ASCII
/// as `\uXXXX`, floats as Python prints them). Object keys come in the
/// `Value`'s order (sorted, serde_json's default; botocore keeps the
/// caller's order).
pub fn header_json_value(value: &serde_json::Value) -> String {
    let mut text = String::new();
    write_python_json(&mut text, value);
    base64_simd::STANDARD.encode_to_string(text.as_bytes())
}

fn write_python_json(out: &mut String, value: &serde_json::Value) {
    use serde_json::Value;
    match value {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) => match (n.is_f64(), n.as_f64()) {
            (true, Some(f)) => out.push_str(&f.to_wire()),
            _ => out.push_str(&n.to_string()),
        },
        Value::String(s) => write_python_string(out, s),
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_python_json(out, item);
            }
            out.push(']');
        }
        Value::Object(map) => {
            out.push('{');
            for (i, (k, v)) in map.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_python_string(out, k);
                out.push(':');
                write_python_json(out, v);
            }
            out.push('}');
        }
    }
}

/// `json.dumps`'s `ensure_ascii` escaping: everything outside ` `..`~` as
/// `\n`-style or `\uxxxx` (UTF-16, lower-case hex).
fn write_python_string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            ' '..='~' => out.push(c),
            _ => {
                for unit in c.encode_utf16(&mut [0; 2]) {
                    let _ = write!(out, "\\u{unit:04x}");
                }
            }
        }
    }
    out.push('"');
}

/// A prefix-headers map (`x-amz-meta-` + key → value), sorted by key.
pub fn prefix_headers<I, K, V>(prefix: &str, map: I) -> Vec<(String, String)>
where
    I: IntoIterator<Item = (K, V)>,
    K: AsRef<str>,
    V: AsRef<str>,
{
    let mut out: Vec<(String, String)> = map
        .into_iter()
        .map(|(k, v)| (format!("{prefix}{}", k.as_ref()), v.as_ref().to_owned()))
        .collect();
    out.sort();
    out
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use super::*;

    fn h(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    /// rest_oracle.py "headers": botocore's request headers.
    #[test]
    fn request_headers_match_botocore() {
        let t = Timestamp::new(1_704_164_645, 678_000_000);
        assert_eq!(
            header_string_list(["a", "b,c", "say \"hi\"", "", " sp "]).as_deref(),
            Some("a,\"b,c\",\"say \\\"hi\\\"\",, sp ")
        );
        assert_eq!(header_list([1, 2]).as_deref(), Some("1,2"));
        assert_eq!(header_list([true, false]).as_deref(), Some("true,false"));
        assert_eq!(
            header_timestamp_list([&t, &t], None).as_deref(),
            Some("Tue, 02 Jan 2024 03:04:05 GMT,Tue, 02 Jan 2024 03:04:05 GMT")
        );
        assert_eq!(header_timestamp(&t, None), "Tue, 02 Jan 2024 03:04:05 GMT");
        assert_eq!(
            header_timestamp(&t, Some(TimestampFormat::DateTime)),
            "2024-01-02T03:04:05Z"
        );
        assert_eq!(
            header_timestamp(&t, Some(TimestampFormat::EpochSeconds)),
            "1704164645"
        );
        assert_eq!(
            (3.to_wire(), true.to_wire(), 2.5.to_wire()),
            ("3".into(), "true".into(), "2.5".into())
        );
        // Empty lists are not sent.
        assert_eq!(header_string_list(Vec::<String>::new()), None);
        assert_eq!(header_list(Vec::<i32>::new()), None);
        assert_eq!(
            prefix_headers("x-amz-meta-", HashMap::from([("a b", "c"), ("Foo", "bar")])),
            h(&[("x-amz-meta-Foo", "bar"), ("x-amz-meta-a b", "c")])
        );
    }

    /// rest_oracle.py: `{"k": ["v", 1, None, True], "é": "☃"}` (keys sorted
    /// here, as serde_json's map is; the oracle's dict has the same order)
    /// and the string `é☃𝄞` (an astral character as a surrogate pair).
    #[test]
    fn json_value_header_matches_botocore() {
        let v = serde_json::json!({"k": ["v", 1, null, true], "é": "☃"});
        assert_eq!(
            header_json_value(&v),
            "eyJrIjpbInYiLDEsbnVsbCx0cnVlXSwiXHUwMGU5IjoiXHUyNjAzIn0="
        );
        assert_eq!(
            header_json_value(&serde_json::json!("é☃𝄞")),
            "Ilx1MDBlOVx1MjYwM1x1ZDgzNFx1ZGQxZSI="
        );
        let mut text = String::new();
        write_python_json(
            &mut text,
            &serde_json::json!({"f": [1.0, 1e16, -0.5], "c": "\u{1}\u{7f}\"\\\n"}),
        );
        // python3 -c 'import json; print(json.dumps({"c": "\x01\x7f\"\\\n", "f": [1.0, 1e16, -0.5]}, separators=(",", ":")))'
        assert_eq!(text, r#"{"c":"\u0001\u007f\"\\\n","f":[1.0,1e+16,-0.5]}"#);
    }
}
