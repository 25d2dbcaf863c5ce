//! Output members from response headers and the status code (botocore
//! `BaseRestParser._parse_non_payload_attrs`).

use std::borrow::Cow;
use std::collections::HashMap;
use std::fmt;

use super::super::error::{ResponseError, Shown, MAX_SHOWN_MESSAGE};
use super::super::timestamp::Timestamp;

/// A response header that does not hold what its member's type needs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HeaderError {
    name: String,
    value: String,
    expected: &'static str,
}

impl HeaderError {
    fn new(name: &str, value: &str, expected: &'static str) -> Self {
        HeaderError {
            name: name.to_owned(),
            value: value.to_owned(),
            expected,
        }
    }

    /// The header's name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// As the "malformed response" error of the call.
    pub fn into_response_error(self, status: u16, request_id: Option<String>) -> ResponseError {
        ResponseError {
            status,
            request_id,
            reason: self.to_string(),
            attempts: 1,
        }
    }
}

impl fmt::Display for HeaderError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "response header `{}`: expected {}, got {:?}",
            Shown::new(&self.name, MAX_SHOWN_MESSAGE),
            self.expected,
            Shown::new(&self.value, MAX_SHOWN_MESSAGE)
        )
    }
}

impl std::error::Error for HeaderError {}

/// A value read from a response header (botocore `RestJSONParser`).
pub trait FromHeader: Sized {
    /// What a valid value looks like, for [`HeaderError`].
    const EXPECTED: &'static str;
    /// HTTP-dates hold a comma: a list of them is split on every second one.
    const COMMA_INSIDE: bool = false;
    fn from_header(value: &str) -> Option<Self>;
}

impl FromHeader for String {
    const EXPECTED: &'static str = "a string";
    fn from_header(value: &str) -> Option<Self> {
        Some(value.to_owned())
    }
}

/// botocore's `ensure_boolean`: `true` in any case is true, anything else
/// false (never an error).
impl FromHeader for bool {
    const EXPECTED: &'static str = "a boolean";
    fn from_header(value: &str) -> Option<Self> {
        Some(value.eq_ignore_ascii_case("true"))
    }
}

macro_rules! from_header_parse {
    ($($t:ty => $what:literal),*) => {$(
        /// Python's `int()`/`float()` (surrounding whitespace allowed).
        impl FromHeader for $t {
            const EXPECTED: &'static str = $what;
            fn from_header(value: &str) -> Option<Self> {
                value.trim().parse().ok()
            }
        }
    )*};
}
from_header_parse!(i32 => "an integer", i64 => "an integer", f32 => "a number", f64 => "a number");

/// Any timestamp format, whatever the member's (botocore's
/// `parse_timestamp`): an IMF-fixdate, RFC 3339 or epoch seconds.
impl FromHeader for Timestamp {
    const EXPECTED: &'static str = "a timestamp";
    const COMMA_INSIDE: bool = true;
    fn from_header(value: &str) -> Option<Self> {
        let v = value.trim();
        Timestamp::parse_http_date(v)
            .or_else(|| Timestamp::parse_rfc3339(v))
            .or_else(|| {
                let epoch = !v.is_empty()
                    && v.bytes()
                        .all(|b| b.is_ascii_digit() || b == b'.' || b == b'-');
                epoch
                    .then(|| v.parse::<f64>().ok().and_then(Timestamp::from_secs_f64))
                    .flatten()
            })
    }
}

/// A `jsonvalue` header: base64-encoded JSON.
impl FromHeader for serde_json::Value {
    const EXPECTED: &'static str = "base64-encoded JSON";
    fn from_header(value: &str) -> Option<Self> {
        let bytes = base64_simd::STANDARD
            .decode_to_vec(value.trim().as_bytes())
            .ok()?;
        serde_json::from_slice(&bytes).ok()
    }
}

/// Header `name` of a response (case-insensitive); repeated headers joined
/// by `, ` as botocore's HTTP library joins them.
pub fn response_header<'a>(headers: &'a [(String, String)], name: &str) -> Option<Cow<'a, str>> {
    let mut found = headers.iter().filter(|(k, _)| k.eq_ignore_ascii_case(name));
    let first = &found.next()?.1;
    match found.next() {
        None => Some(Cow::Borrowed(first)),
        Some((_, second)) => {
            let mut joined = format!("{first}, {second}");
            for (_, v) in found {
                joined.push_str(", ");
                joined.push_str(v);
            }
            Some(Cow::Owned(joined))
        }
    }
}

/// One header value as `T`.
pub fn parse_header<T: FromHeader>(name: &str, value: &str) -> Result<T, HeaderError> {
    T::from_header(value).ok_or_else(|| HeaderError::new(name, value, T::EXPECTED))
}

/// Splits a list header as Smithy says: on commas outside double quotes,
/// each item trimmed, a quoted item unquoted with `\"`/`\\` unescaped
/// (`a, "b,c", "say \"hi\""` → `a`, `b,c`, `say "hi"`). botocore splits on
/// every comma and keeps the quotes. Empty items are kept (`a,,b`), as
/// botocore keeps them. `None` for an unterminated quote or text after a
/// closing quote.
pub fn split_header_list(value: &str) -> Option<Vec<String>> {
    let mut items = Vec::new();
    let mut rest = value;
    loop {
        let trimmed = rest.trim_start_matches([' ', '\t']);
        if let Some(quoted) = trimmed.strip_prefix('"') {
            let mut item = String::new();
            let mut chars = quoted.char_indices();
            let end = loop {
                match chars.next()? {
                    (_, '\\') => item.push(chars.next()?.1),
                    (i, '"') => break i + 1,
                    (_, c) => item.push(c),
                }
            };
            items.push(item);
            let after = quoted[end..].trim_start_matches([' ', '\t']);
            match after.strip_prefix(',') {
                Some(next) => rest = next,
                None if after.is_empty() => return Some(items),
                None => return None,
            }
        } else {
            match trimmed.split_once(',') {
                Some((item, next)) => {
                    items.push(item.trim_end_matches([' ', '\t']).to_owned());
                    rest = next;
                }
                None => {
                    items.push(trimmed.trim_end_matches([' ', '\t']).to_owned());
                    return Some(items);
                }
            }
        }
    }
}

/// A list header as `Vec<T>` ([`split_header_list`]); for timestamps, an
/// item that is a bare weekday (`Tue`) is rejoined with the next one, so
/// `Tue, 02 Jan 2024 03:04:05 GMT,Wed, …` gives two dates.
pub fn parse_header_list<T: FromHeader>(name: &str, value: &str) -> Result<Vec<T>, HeaderError> {
    let expected = if T::COMMA_INSIDE {
        "a list of timestamps"
    } else {
        "a comma-separated list"
    };
    let mut items =
        split_header_list(value).ok_or_else(|| HeaderError::new(name, value, expected))?;
    if T::COMMA_INSIDE {
        let mut joined = Vec::with_capacity(items.len() / 2 + 1);
        let mut iter = items.into_iter().peekable();
        while let Some(item) = iter.next() {
            const DAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
            match iter.peek() {
                Some(next) if DAYS.contains(&item.as_str()) => {
                    joined.push(format!("{item}, {next}"));
                    iter.next();
                }
                _ => joined.push(item),
            }
        }
        items = joined;
    }
    items
        .iter()
        .map(|item| T::from_header(item).ok_or_else(|| HeaderError::new(name, value, T::EXPECTED)))
        .collect()
}

/// Output member bound to header `name`: `None` when the response lacks it.
pub fn read_header<T: FromHeader>(
    headers: &[(String, String)],
    name: &str,
) -> Result<Option<T>, HeaderError> {
    response_header(headers, name)
        .map(|v| parse_header(name, &v))
        .transpose()
}

/// Output list member bound to header `name` (repeated headers included).
pub fn read_header_list<T: FromHeader>(
    headers: &[(String, String)],
    name: &str,
) -> Result<Option<Vec<T>>, HeaderError> {
    response_header(headers, name)
        .map(|v| parse_header_list(name, &v))
        .transpose()
}

/// Output prefix-headers map: every header whose name starts with `prefix`
/// (case-insensitive; an empty prefix takes every header), keyed by the
/// rest of the name as received. botocore always sets the member, to `{}`
/// when nothing matches.
pub fn read_prefix_headers(headers: &[(String, String)], prefix: &str) -> HashMap<String, String> {
    let mut map: HashMap<String, String> = HashMap::new();
    for (name, value) in headers {
        let matches = name
            .as_bytes()
            .get(..prefix.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(prefix.as_bytes()));
        if let (true, Some(key)) = (matches, name.get(prefix.len()..)) {
            map.entry(key.to_owned())
                .and_modify(|v| {
                    v.push_str(", ");
                    v.push_str(value);
                })
                .or_insert_with(|| value.clone());
        }
    }
    map
}

/// Output member bound to the status code (`statusCode` location).
pub fn status_code(status: u16) -> i32 {
    i32::from(status)
}

#[cfg(test)]
mod tests {
    use super::super::headers::{header_string_list, header_timestamp, header_timestamp_list};
    use super::super::TimestampFormat;
    use super::*;

    fn h(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    /// Smithy's RestJsonInputAndOutputWithQuotedStringHeaders and more;
    /// botocore would give `['a', '"b', 'c"', '"say \\"hi\\""', 'd']` for the
    /// first (rest_oracle.py "response headers" `l`).
    #[test]
    fn list_headers_split_outside_quotes() {
        let split = |v| split_header_list(v).unwrap();
        assert_eq!(
            split(r#"a, "b,c", "say \"hi\"" ,d"#),
            ["a", "b,c", "say \"hi\"", "d"]
        );
        assert_eq!(split(r#""b,c", "\"def\"", a"#), ["b,c", "\"def\"", "a"]);
        assert_eq!(split("a,,b,"), ["a", "", "b", ""]);
        assert_eq!(split(""), [""]);
        assert_eq!(split(r#"" padded ""#), [" padded "]);
        assert_eq!(split_header_list(r#""open"#), None);
        assert_eq!(split_header_list(r#""a"b"#), None);
        // What header_string_list writes reads back.
        let values = ["a", "b,c", "say \"hi\"", "", "x\\y"];
        let header = header_string_list(values).unwrap();
        assert_eq!(split(&header), values);
        let err = parse_header_list::<String>("X-L", r#""open"#).unwrap_err();
        assert_eq!(
            err.to_string(),
            r#"response header `X-L`: expected a comma-separated list, got "\"open""#
        );
    }

    /// rest_oracle.py "response headers": botocore's parsed values.
    #[test]
    fn response_headers_match_botocore() {
        let headers = h(&[
            ("x-s", "v"),
            ("x-il", "1, 2,3"),
            ("x-i", "42"),
            ("x-b", "TRUE"),
            ("x-d", "1e3"),
            ("x-t", "Tue, 02 Jan 2024 03:04:05 GMT"),
            ("x-te", "1704164645.5"),
            ("x-j", "eyJhIjogWzEsICJiIl19"),
            ("X-Amz-Meta-Foo", "bar"),
            ("x-amz-meta-", "empty key"),
        ]);
        assert_eq!(read_header::<String>(&headers, "X-S"), Ok(Some("v".into())));
        assert_eq!(
            read_header_list::<i32>(&headers, "X-IL"),
            Ok(Some(vec![1, 2, 3]))
        );
        assert_eq!(read_header::<i32>(&headers, "X-I"), Ok(Some(42)));
        assert_eq!(read_header::<bool>(&headers, "X-B"), Ok(Some(true)));
        assert_eq!(read_header::<f64>(&headers, "X-D"), Ok(Some(1000.0)));
        assert_eq!(
            read_header(&headers, "X-T"),
            Ok(Some(Timestamp::from_secs(1_704_164_645)))
        );
        assert_eq!(
            read_header(&headers, "X-TE"),
            Ok(Some(Timestamp::new(1_704_164_645, 500_000_000)))
        );
        assert_eq!(
            read_header(&headers, "X-J"),
            Ok(Some(serde_json::json!({"a": [1, "b"]})))
        );
        assert_eq!(read_header::<String>(&headers, "X-Missing"), Ok(None));
        assert_eq!(
            read_prefix_headers(&headers, "x-amz-meta-"),
            HashMap::from([
                ("Foo".into(), "bar".into()),
                (String::new(), "empty key".into())
            ])
        );
        assert_eq!(read_prefix_headers(&headers, "").len(), headers.len());
        assert!(read_prefix_headers(&headers, "x-none-").is_empty());
        // botocore: anything but "true" (any case) is false.
        for v in ["false", "yes", "1"] {
            assert_eq!(parse_header::<bool>("x-b", v), Ok(false));
        }
        assert_eq!(status_code(201), 201);
    }

    #[test]
    fn http_date_round_trips_and_lists() {
        let dates = [
            Timestamp::from_secs(1_704_164_645),
            Timestamp::from_secs(-1),
            Timestamp::from_secs(951_782_400),
        ];
        for t in &dates {
            let text = header_timestamp(t, None);
            assert_eq!(parse_header::<Timestamp>("d", &text), Ok(*t), "{text}");
        }
        // Sub-seconds are dropped on the way out (botocore), so only whole seconds round trip.
        assert_eq!(
            parse_header::<Timestamp>(
                "d",
                &header_timestamp(&Timestamp::new(5, 900_000_000), None)
            ),
            Ok(Timestamp::from_secs(5))
        );
        let list = header_timestamp_list(&dates, None).unwrap();
        assert_eq!(
            parse_header_list::<Timestamp>("d", &list),
            Ok(dates.to_vec())
        );
        let epochs = header_timestamp_list(&dates, Some(TimestampFormat::EpochSeconds)).unwrap();
        assert_eq!(epochs, "1704164645,-1,951782400");
        assert_eq!(
            parse_header_list::<Timestamp>("d", &epochs),
            Ok(dates.to_vec())
        );
        let err = parse_header_list::<Timestamp>("X-TL", "Tue, 02 Jan 2024 03:04:05 GMT, soon")
            .unwrap_err();
        assert_eq!(err.name(), "X-TL");
        assert!(err.to_string().contains("expected a timestamp"), "{err}");
    }

    #[test]
    fn bad_values_are_clear_errors() {
        let err = read_header::<i32>(&h(&[("x-i", "4.5")]), "X-I").unwrap_err();
        assert_eq!(
            err.to_string(),
            r#"response header `X-I`: expected an integer, got "4.5""#
        );
        let err = parse_header::<serde_json::Value>("x-j", "not base64!").unwrap_err();
        assert!(err.to_string().contains("base64-encoded JSON"), "{err}");
        let r = err.into_response_error(200, Some("req-1".into()));
        assert_eq!((r.status(), r.request_id()), (200, Some("req-1")));
        assert!(
            r.reason().starts_with("response header `x-j`"),
            "{}",
            r.reason()
        );
        // The server's text is escaped in Display.
        let err = parse_header::<i64>("x-i", "1\r\nforged").unwrap_err();
        assert!(!err.to_string().contains(['\r', '\n']), "{err}");
    }

    #[test]
    fn repeated_headers_are_joined() {
        let headers = h(&[
            ("x-l", "a"),
            ("X-L", "b, c"),
            ("x-meta-k", "1"),
            ("x-meta-k", "2"),
        ]);
        assert_eq!(response_header(&headers, "x-l").as_deref(), Some("a, b, c"));
        assert_eq!(
            read_header_list::<String>(&headers, "X-L"),
            Ok(Some(vec!["a".into(), "b".into(), "c".into()]))
        );
        assert_eq!(read_prefix_headers(&headers, "X-Meta-")["k"], "1, 2");
    }
}
