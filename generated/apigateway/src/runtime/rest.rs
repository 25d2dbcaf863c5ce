//! restJson1 HTTP bindings: the pure wire functions that put input members
//! into the request URI, query string and headers, read output members back
//! from response headers and the status, and find a restJson1 error's code.
//!
//! Each follows botocore 1.44.5 (`BaseRestSerializer`, `RestJSONSerializer`,
//! `RestJSONParser`, `prepare_request_dict`) byte for byte, except where
//! Smithy's restJson1 rules are stricter; those places say so. The tests'
//! expected values come from botocore itself: `templates/runtime/tests/
//! rest_oracle.py` in the generator's repository prints them.
//!
//! Locations and their defaults (botocore's and Smithy's):
//! - labels and query values: timestamps as RFC 3339 ([`TimestampFormat::DateTime`]);
//! - headers: timestamps as IMF-fixdate ([`TimestampFormat::HttpDate`]), in whole seconds;
//! - everywhere: booleans `true`/`false`, floats as Python prints them
//!   (`1.0`, `1e+16`, `NaN`, `Infinity`).

// Flat `rest_*.rs` files: the generator copies only the `.rs` files directly
// in `runtime/`, so a `rest/` directory would not reach generated crates.
#[path = "rest_customize.rs"]
mod customize;
#[path = "rest_digest.rs"]
mod digest;
#[path = "rest_error.rs"]
mod error;
#[path = "rest_headers.rs"]
mod headers;
#[path = "rest_response.rs"]
mod response;
#[path = "rest_uri.rs"]
mod uri;

pub use customize::{body_digest_header, default_header, query_to_form_body, BodyDigest};
pub use digest::{sha256_hex, sha256_tree_hash_hex};
pub use error::{error_code, error_metadata};
pub use headers::{
    header_json_value, header_list, header_string_list, header_timestamp, header_timestamp_list,
    prefix_headers,
};
pub use response::{
    parse_header, parse_header_list, read_header, read_header_list, read_prefix_headers,
    response_header, split_header_list, status_code, FromHeader, HeaderError,
};
pub use uri::{build_uri, encode_greedy_label, encode_label, QueryParams, UriError};

use super::error::{OperationError, ResponseError, SdkError};
use super::http::HttpResponse;
use super::operation::{with_attempts, Handle, OperationSpec, RequestParts};
use super::stream::ByteStream;
use super::timestamp::Timestamp;

impl Handle {
    /// Sends restJson1 operation `op` as `parts` (built by the generated
    /// operation from its HTTP binding) and reads a success with `parse`
    /// (headers, status and body into the output), an error response into
    /// `E`.
    pub async fn invoke_rest<O, E>(
        &self,
        op: &OperationSpec,
        parts: RequestParts,
        parse: fn(&HttpResponse) -> Result<O, String>,
    ) -> Result<O, SdkError<E>>
    where
        E: OperationError,
    {
        let (response, attempts) = self.send(op, parts).await.map_err(SdkError::Dispatch)?;
        self.finish(response, attempts, parse)
    }

    /// [`Handle::invoke_rest`] for an operation whose output payload
    /// streams: `parse` gets the headers and status, and the live body.
    pub async fn invoke_rest_streaming<O, E>(
        &self,
        op: &OperationSpec,
        parts: RequestParts,
        parse: fn(&HttpResponse, ByteStream) -> Result<O, String>,
    ) -> Result<O, SdkError<E>>
    where
        E: OperationError,
    {
        let (response, body, attempts) = self
            .send_streaming(op, parts)
            .await
            .map_err(SdkError::Dispatch)?;
        self.finish(response, attempts, move |r| parse(r, body))
    }

    fn finish<O, E: OperationError>(
        &self,
        response: HttpResponse,
        attempts: u32,
        parse: impl FnOnce(&HttpResponse) -> Result<O, String>,
    ) -> Result<O, SdkError<E>> {
        let request_id = || {
            response_header(&response.headers, "x-amzn-requestid")
                .or_else(|| response_header(&response.headers, "x-amz-request-id"))
                .map(|v| v.into_owned())
        };
        if (200..300).contains(&response.status) {
            return parse(&response).map_err(|reason| {
                SdkError::Response(ResponseError {
                    status: response.status,
                    request_id: request_id(),
                    reason,
                    attempts,
                })
            });
        }
        let meta = self.error_metadata(&response);
        Err(with_attempts(
            SdkError::Service(E::from_response(meta, &response.body)),
            attempts,
        ))
    }
}

/// A timestamp's wire format (Smithy `@timestampFormat`, botocore
/// `timestampFormat`). `None` where a function takes an `Option` means the
/// location's default.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TimestampFormat {
    /// `unixTimestamp`: seconds since the epoch (`1704164645`, `1704164645.5`).
    EpochSeconds,
    /// `iso8601`: RFC 3339 in UTC (`2024-01-02T03:04:05Z`).
    DateTime,
    /// `rfc822`: IMF-fixdate (`Tue, 02 Jan 2024 03:04:05 GMT`).
    HttpDate,
}

/// A scalar as restJson1 writes it into a label, a query value or a header
/// (botocore `_get_uri_and_query_string_value`/`_convert_header_value`).
/// Timestamps need a format: see [`timestamp_to_wire`] and [`header_timestamp`].
pub trait ToWire {
    fn to_wire(&self) -> String;
}

impl ToWire for str {
    fn to_wire(&self) -> String {
        self.to_owned()
    }
}

impl ToWire for String {
    fn to_wire(&self) -> String {
        self.clone()
    }
}

impl<T: ToWire + ?Sized> ToWire for &T {
    fn to_wire(&self) -> String {
        (**self).to_wire()
    }
}

/// `true`/`false` (Python's `str(value).lower()`).
impl ToWire for bool {
    fn to_wire(&self) -> String {
        if *self { "true" } else { "false" }.to_owned()
    }
}

impl ToWire for i32 {
    fn to_wire(&self) -> String {
        self.to_string()
    }
}

impl ToWire for i64 {
    fn to_wire(&self) -> String {
        self.to_string()
    }
}

impl ToWire for f32 {
    fn to_wire(&self) -> String {
        python_float(
            self.is_nan(),
            self.is_infinite(),
            *self > 0.0,
            &format!("{self:e}"),
        )
    }
}

impl ToWire for f64 {
    fn to_wire(&self) -> String {
        python_float(
            self.is_nan(),
            self.is_infinite(),
            *self > 0.0,
            &format!("{self:e}"),
        )
    }
}

/// A float as botocore writes it: `NaN`, `Infinity`, `-Infinity`
/// (`_handle_float`), else Python's `repr` (shortest round-trip digits,
/// positional for exponents -4..=15 with at least one fractional digit,
/// else `1e+16`/`5e-324`). `sci` is Rust's `{:e}` form, which has the same
/// shortest digits (an `f32`'s own, so `1.1f32` prints `1.1`).
fn python_float(nan: bool, infinite: bool, positive: bool, sci: &str) -> String {
    if nan {
        return "NaN".to_owned();
    }
    if infinite {
        return if positive { "Infinity" } else { "-Infinity" }.to_owned();
    }
    let (mantissa, exp) = sci.split_once('e').unwrap_or((sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let (sign, mantissa) = match mantissa.strip_prefix('-') {
        Some(m) => ("-", m),
        None => ("", mantissa),
    };
    let digits: String = mantissa.chars().filter(|c| *c != '.').collect();
    if (-4..16).contains(&exp) {
        if exp >= 0 {
            let int_len = exp as usize + 1;
            if digits.len() <= int_len {
                let zeros = "0".repeat(int_len - digits.len());
                format!("{sign}{digits}{zeros}.0")
            } else {
                format!("{sign}{}.{}", &digits[..int_len], &digits[int_len..])
            }
        } else {
            let zeros = "0".repeat((-exp - 1) as usize);
            format!("{sign}0.{zeros}{digits}")
        }
    } else {
        let (first, rest) = digits.split_at(1.min(digits.len()));
        let dot = if rest.is_empty() { "" } else { "." };
        let exp_sign = if exp < 0 { '-' } else { '+' };
        format!(
            "{sign}{first}{dot}{rest}e{exp_sign}{:02}",
            exp.unsigned_abs()
        )
    }
}

/// A timestamp in a label or query value (default
/// [`TimestampFormat::DateTime`]), at botocore's precision: microseconds
/// kept (`2024-01-02T03:04:05.678000Z`, `1704164645.678`).
pub fn timestamp_to_wire(t: &Timestamp, format: Option<TimestampFormat>) -> String {
    match format.unwrap_or(TimestampFormat::DateTime) {
        TimestampFormat::DateTime => t.to_date_time(),
        TimestampFormat::HttpDate => t.to_http_date(),
        TimestampFormat::EpochSeconds => epoch_seconds(t),
    }
}

/// Python's `str()` of botocore's `_timestamp_unixtimestamp`: an integer, or
/// `(secs * 10**6 + micros) / 10**6` as a float (rounded once).
fn epoch_seconds(t: &Timestamp) -> String {
    let micros = t.subsec_nanos() / 1000;
    if micros == 0 {
        t.secs().to_string()
    } else {
        let total = i128::from(t.secs()) * 1_000_000 + i128::from(micros);
        (total as f64 / 1e6).to_wire()
    }
}

/// Percent-encodes `value`'s UTF-8 bytes, keeping only RFC 3986 unreserved
/// characters (`A-Z a-z 0-9 - . _ ~`) and, when `keep_slash`, `/`: Python's
/// `urllib.parse.quote` as botocore calls it (`~` is never escaped, a space
/// is `%20`, hex digits upper case).
fn percent_encode(value: &str, keep_slash: bool) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = String::with_capacity(value.len());
    for &b in value.as_bytes() {
        if b.is_ascii_alphanumeric()
            || matches!(b, b'-' | b'.' | b'_' | b'~')
            || (keep_slash && b == b'/')
        {
            out.push(char::from(b));
        } else {
            out.push('%');
            out.push(char::from(HEX[usize::from(b >> 4)]));
            out.push(char::from(HEX[usize::from(b & 15)]));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `python3 -c 'print(repr(v))'` for each value (botocore writes `str(v)`,
    /// the same digits); the query section of rest_oracle.py shows them in a URL.
    #[test]
    fn floats_print_as_python_does() {
        let cases: &[(f64, &str)] = &[
            (1.0, "1.0"),
            (0.1, "0.1"),
            (2.5, "2.5"),
            (1e16, "1e+16"),
            (1e15, "1000000000000000.0"),
            (1e-5, "1e-05"),
            (0.0001, "0.0001"),
            (-0.0, "-0.0"),
            (0.0, "0.0"),
            (f64::NAN, "NaN"),
            (f64::INFINITY, "Infinity"),
            (f64::NEG_INFINITY, "-Infinity"),
            (123456789.125, "123456789.125"),
            (f64::MAX, "1.7976931348623157e+308"),
            (5e-324, "5e-324"),
            (-1.5e-7, "-1.5e-07"),
            (-42.0, "-42.0"),
        ];
        for (v, want) in cases {
            assert_eq!(v.to_wire(), *want, "{v:e}");
        }
        // An f32 keeps its own shortest digits (not f64's 1.100000023841858).
        assert_eq!(1.1f32.to_wire(), "1.1");
        assert_eq!(1e20f32.to_wire(), "1e+20");
    }

    #[test]
    fn scalars() {
        assert_eq!(
            (true.to_wire(), false.to_wire()),
            ("true".into(), "false".into())
        );
        assert_eq!(
            ((-5i32).to_wire(), i64::MIN.to_wire()),
            ("-5".into(), "-9223372036854775808".into())
        );
        assert_eq!("a b".to_wire(), "a b");
    }

    /// rest_oracle.py "query": `t`, `te`, `th` for 2024-01-02T03:04:05.678Z,
    /// 2024-01-02T03:04:05Z and 1969-12-31T23:59:59.5Z.
    #[test]
    fn query_and_label_timestamps() {
        let t = Timestamp::new(1_704_164_645, 678_000_000);
        assert_eq!(timestamp_to_wire(&t, None), "2024-01-02T03:04:05.678000Z");
        assert_eq!(
            timestamp_to_wire(&t, Some(TimestampFormat::EpochSeconds)),
            "1704164645.678"
        );
        assert_eq!(
            timestamp_to_wire(&t, Some(TimestampFormat::HttpDate)),
            "Tue, 02 Jan 2024 03:04:05 GMT"
        );
        let whole = Timestamp::from_secs(1_704_164_645);
        assert_eq!(timestamp_to_wire(&whole, None), "2024-01-02T03:04:05Z");
        assert_eq!(
            timestamp_to_wire(&whole, Some(TimestampFormat::EpochSeconds)),
            "1704164645"
        );
        let before_epoch = Timestamp::new(-1, 500_000_000);
        assert_eq!(
            timestamp_to_wire(&before_epoch, None),
            "1969-12-31T23:59:59.500000Z"
        );
        assert_eq!(
            timestamp_to_wire(&before_epoch, Some(TimestampFormat::EpochSeconds)),
            "-0.5"
        );
        assert_eq!(
            timestamp_to_wire(&before_epoch, Some(TimestampFormat::HttpDate)),
            "Wed, 31 Dec 1969 23:59:59 GMT"
        );
    }

    #[test]
    fn percent_encoding_keeps_only_unreserved() {
        assert_eq!(percent_encode("a~b-c_d.e", false), "a~b-c_d.e");
        assert_eq!(percent_encode("a b/c", false), "a%20b%2Fc");
        assert_eq!(percent_encode("a b/c", true), "a%20b/c");
        assert_eq!(percent_encode("\u{0}\u{7f}\u{e9}", false), "%00%7F%C3%A9");
    }
}
