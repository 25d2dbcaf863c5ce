//! The restJson1 error code and metadata of an error response.

use super::super::error::ErrorMetadata;
use super::response::response_header;

/// The error code of a restJson1 error response, as botocore's
/// `RestJSONParser` finds it:
/// 1. a 5xx whose body is empty or starts with `<html>`: the status (`503`);
/// 2. the `x-amzn-ErrorType` header (even when empty);
/// 3. else the body's `code`, else `Code`;
/// 4. else the body's `__type`;
/// 5. else the status (`404`).
///
/// A code is cut at its first `:` and after its last `#`
/// (`aws.protocoltests.restjson#FooError:http://internal.amazon.com/…` →
/// `FooError`). Smithy says "after the first `#`"; the two differ only for
/// codes with several `#`, which no service sends. Unlike
/// [`ErrorMetadata::from_response`] (AWS JSON), nothing is trimmed and an
/// XML body's `<Code>` is not read, as botocore does not.
pub fn error_code(status: u16, headers: &[(String, String)], body: &[u8]) -> String {
    if is_generic_error(status, body) {
        return status.to_string();
    }
    let json = parse_body(body);
    let field = |name: &str| -> Option<Option<String>> {
        let value = json.as_ref()?.get(name)?;
        // A null value is Python's None: no code from this field.
        Some(match value {
            serde_json::Value::Null => None,
            serde_json::Value::String(s) => Some(s.clone()),
            other => Some(other.to_string()),
        })
    };
    let from_header_or_code = match response_header(headers, "x-amzn-errortype") {
        Some(h) => Some(h.into_owned()),
        None => field("code").or_else(|| field("Code")).flatten(),
    };
    let code = from_header_or_code.or_else(|| match field("__type") {
        Some(from_type) => from_type,
        None => Some(status.to_string()),
    });
    code.map(|c| sanitize(&c).to_owned()).unwrap_or_default()
}

/// The metadata of a restJson1 error: [`error_code`] (unset when empty),
/// the body's `message`/`Message` (the whole body text when it is not
/// JSON, as botocore reports it; unset for a generic 5xx page), and the
/// `x-amzn-RequestId` (or `x-amz-request-id`) header.
pub fn error_metadata(status: u16, headers: &[(String, String)], body: &[u8]) -> ErrorMetadata {
    let code = Some(error_code(status, headers, body)).filter(|c| !c.is_empty());
    let text = String::from_utf8_lossy(body);
    let message = if body.is_empty() || is_generic_error(status, body) {
        None
    } else {
        match serde_json::from_str::<serde_json::Value>(&text) {
            Ok(serde_json::Value::Object(map)) => ["message", "Message"]
                .iter()
                .find_map(|k| map.get(*k).and_then(|v| v.as_str()).map(str::to_owned)),
            Ok(_) => None,
            Err(_) => Some(text.into_owned()),
        }
    };
    let request_id = response_header(headers, "x-amzn-requestid")
        .or_else(|| response_header(headers, "x-amz-request-id"))
        .map(|v| v.into_owned());
    ErrorMetadata {
        status,
        code,
        type_code: None,
        message,
        request_id,
        attempts: 1,
    }
}

/// botocore's `_is_generic_error_response`: a 5xx with an empty (after
/// ASCII whitespace) or `<html>` body.
fn is_generic_error(status: u16, body: &[u8]) -> bool {
    status >= 500 && {
        let body = body.trim_ascii();
        body.is_empty() || body.starts_with(b"<html>")
    }
}

/// The body as a JSON object; `None` when empty, not JSON or not an object.
/// Invalid UTF-8 is read lossily, as for AWS JSON errors.
fn parse_body(body: &[u8]) -> Option<serde_json::Map<String, serde_json::Value>> {
    if body.is_empty() {
        return None;
    }
    serde_json::from_str(&String::from_utf8_lossy(body)).ok()
}

/// `code.split(':', 1)[0].rsplit('#', 1)[-1]`.
fn sanitize(code: &str) -> &str {
    let before_colon = code.split(':').next().unwrap_or(code);
    before_colon.rsplit('#').next().unwrap_or(before_colon)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn h(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    /// Response headers, body, status and botocore's code.
    type Case<'a> = (&'a [(&'a str, &'a str)], &'a [u8], u16, &'a str);

    /// rest_oracle.py "errors": botocore's `Error.Code` for each response.
    #[test]
    fn codes_match_botocore() {
        let cases: &[Case] = &[
            (
                &[(
                    "x-amzn-ErrorType",
                    "aws.protocoltests.restjson#FooError:http://internal.amazon.com/coral/com.amazon.coral.validate/",
                )],
                b"{}",
                400,
                "FooError",
            ),
            (&[("X-Amzn-Errortype", "FooError")], br#"{"code": "Other", "__type": "Another"}"#, 400, "FooError"),
            (&[], br#"{"code": "aws.protocoltests.restjson#FooError", "__type": "Another"}"#, 400, "FooError"),
            (&[], br#"{"Code": "UpperCode", "__type": "Another"}"#, 400, "UpperCode"),
            (&[], br#"{"__type": "aws.protocoltests.restjson#FooError:http://internal.amazon.com/coral/"}"#, 400, "FooError"),
            (&[], br#"{"__type": "a#b#FooError"}"#, 400, "FooError"),
            (&[], br#"{"__type": "a:b#c"}"#, 400, "a"),
            (&[], br#"{"message": "no code"}"#, 400, "400"),
            (&[], b"not json", 400, "400"),
            (&[], b"", 400, "400"),
            (&[("x-amzn-errortype", "")], br#"{"__type": "Body"}"#, 400, ""),
            (&[], br#"{"code": "", "__type": "Body"}"#, 400, ""),
            (&[("x-amzn-errortype", "Ignored")], b"<html>down</html>", 503, "503"),
            (&[], b"  ", 503, "503"),
            (&[], b"Not Found", 404, "404"),
        ];
        for (headers, body, status, want) in cases {
            let got = error_code(*status, &h(headers), body);
            assert_eq!(got, *want, "{headers:?} {}", String::from_utf8_lossy(body));
        }
    }

    /// Python `None` (JSON null) falls through to the next source.
    #[test]
    fn null_fields_fall_through() {
        assert_eq!(
            error_code(400, &[], br#"{"code": null, "__type": "T"}"#),
            "T"
        );
        assert_eq!(error_code(400, &[], br#"{"__type": null}"#), "");
        assert_eq!(error_code(409, &[], br#"{"code": 7}"#), "7");
        // A JSON body that is not an object has no fields.
        assert_eq!(error_code(400, &[], br#"["code"]"#), "400");
    }

    /// rest_oracle.py "errors": botocore's `Error.Message`.
    #[test]
    fn metadata() {
        let headers = h(&[
            ("x-amzn-RequestId", "req-1"),
            ("x-amzn-ErrorType", "ns#NotFound:extra"),
        ]);
        let m = error_metadata(404, &headers, br#"{"Message": "gone"}"#);
        assert_eq!(
            (m.status(), m.code(), m.message(), m.request_id()),
            (404, Some("NotFound"), Some("gone"), Some("req-1"))
        );
        assert_eq!(m.to_string(), "NotFound: gone (HTTP 404, request id req-1)");
        let m = error_metadata(400, &[], b"not json");
        assert_eq!((m.code(), m.message()), (Some("400"), Some("not json")));
        let m = error_metadata(400, &h(&[("x-amzn-errortype", "")]), b"{}");
        assert_eq!((m.code(), m.message()), (None, None));
        let m = error_metadata(503, &h(&[("x-amz-request-id", "r2")]), b"<html>down</html>");
        assert_eq!(
            (m.code(), m.message(), m.request_id()),
            (Some("503"), None, Some("r2"))
        );
        let m = error_metadata(400, &[], br#"{"message": "m", "Message": "M"}"#);
        assert_eq!(m.message(), Some("m"));
    }
}
