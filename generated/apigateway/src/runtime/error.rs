//! Errors every operation can return, and the metadata of service errors.
//!
//! Text the server sent (error code, message, request id) is printed by
//! `Display` (and in tracing fields) with control and bidi characters
//! escaped and cut to a bounded length, so a hostile or broken endpoint
//! cannot forge log lines, send terminal escapes or blow up a log. The
//! accessors ([`ErrorMetadata::code`], [`ErrorMetadata::message`], …) return
//! the full, unmodified values.

use std::fmt;

/// Longest error code `Display` prints, in characters.
pub(crate) const MAX_SHOWN_CODE: usize = 128;
/// Longest message (or parse failure reason) `Display` prints.
pub(crate) const MAX_SHOWN_MESSAGE: usize = 1024;
/// Longest request id `Display` and tracing print.
pub(crate) const MAX_SHOWN_REQUEST_ID: usize = 128;

/// Server text made safe to print: control characters (CR, LF, ESC, …) and
/// bidi overrides escaped as `\u{…}`/`\r`/`\n`, at most `max` characters
/// kept (then `…[N more chars]`). `Debug` prints it quoted.
#[derive(Clone, Copy)]
pub(crate) struct Shown<'a> {
    text: &'a str,
    max: usize,
}

impl<'a> Shown<'a> {
    pub(crate) fn new(text: &'a str, max: usize) -> Self {
        Shown { text, max }
    }
}

/// Characters that reorder or hide text on a terminal or in a viewer.
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

impl Shown<'_> {
    fn write(&self, f: &mut fmt::Formatter<'_>, quoted: bool) -> fmt::Result {
        if quoted {
            f.write_str("\"")?;
        }
        let mut chars = self.text.chars();
        for c in chars.by_ref().take(self.max) {
            if c.is_control() || is_bidi_control(c) || (quoted && matches!(c, '"' | '\\')) {
                write!(f, "{}", c.escape_default())?;
            } else {
                fmt::Write::write_char(f, c)?;
            }
        }
        let rest = chars.count();
        if rest > 0 {
            write!(f, "…[{rest} more chars]")?;
        }
        if quoted {
            f.write_str("\"")?;
        }
        Ok(())
    }
}

impl fmt::Display for Shown<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.write(f, false)
    }
}

/// Quoted, with `"` and `\` escaped too, so the value cannot end a field.
impl fmt::Debug for Shown<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.write(f, true)
    }
}

/// A required field was not set on a builder.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BuildError {
    shape: &'static str,
    field: &'static str,
}

impl BuildError {
    pub fn missing(shape: &'static str, field: &'static str) -> Self {
        BuildError { shape, field }
    }
}

impl fmt::Display for BuildError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: required field `{}` is not set",
            self.shape, self.field
        )
    }
}

impl std::error::Error for BuildError {}

/// What the service said about a failed call: HTTP status, error code,
/// message and request id. Never holds credentials.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ErrorMetadata {
    pub(crate) status: u16,
    pub(crate) code: Option<String>,
    /// The body's (or `x-amzn-errortype`'s) code when a query-compatible
    /// service's `x-amzn-query-error` header replaced `code`.
    pub(crate) type_code: Option<String>,
    pub(crate) message: Option<String>,
    pub(crate) request_id: Option<String>,
    /// Attempts made before giving up (1 when not retried).
    pub(crate) attempts: u32,
}

impl ErrorMetadata {
    /// Reads the error code from the `x-amzn-errortype` header or the body's
    /// `__type`/`code` (dropping any `namespace#` prefix and `:…` suffix), and
    /// the message from `message`/`Message`/`errorMessage`. A body that is not
    /// JSON (an HTML page from a proxy, an XML error) leaves them unset.
    ///
    /// A query-compatible service (SQS) also sends `x-amzn-query-error:
    /// <code>;<Sender|Receiver>`: as botocore does, that code becomes
    /// [`code`](Self::code) and the body's one is kept for
    /// [`modelled_code`](Self::modelled_code).
    pub fn from_response(status: u16, headers: &[(String, String)], body: &[u8]) -> Self {
        let header = |name: &str| {
            headers
                .iter()
                .find(|(k, _)| k.eq_ignore_ascii_case(name))
                .map(|(_, v)| v.clone())
        };
        // Invalid UTF-8 (a broken proxy, a hostile server) must not cost the
        // code and message: parse a lossy copy, with U+FFFD for bad bytes.
        let text = String::from_utf8_lossy(body);
        let json: Option<serde_json::Map<String, serde_json::Value>> =
            serde_json::from_str(&text).ok();
        let field = |names: &[&str]| {
            let map = json.as_ref()?;
            names
                .iter()
                .find_map(|n| map.get(*n).and_then(|v| v.as_str()).map(str::to_string))
        };
        // Auth layers (and moto) answer JSON services with an XML
        // `<ErrorResponse>`; read its `<Code>`/`<Message>` too.
        let xml = |tag: &str| {
            let open = format!("<{tag}>");
            let start = text.find(&open)? + open.len();
            let end = text[start..].find(&format!("</{tag}>"))? + start;
            Some(text[start..end].trim().to_string())
        };
        let code = header("x-amzn-errortype")
            .or_else(|| field(&["__type", "code", "Code"]))
            .or_else(|| xml("Code"))
            .map(|c| sanitize_code(&c))
            .filter(|c| !c.is_empty());
        let (code, type_code) = match header("x-amzn-query-error").as_deref().and_then(query_code) {
            Some(query) => (Some(query.to_string()), code),
            None => (code, None),
        };
        ErrorMetadata {
            status,
            code,
            type_code,
            message: field(&["message", "Message", "errorMessage"]).or_else(|| xml("Message")),
            request_id: header("x-amzn-requestid").or_else(|| header("x-amz-request-id")),
            attempts: 1,
        }
    }

    pub fn status(&self) -> u16 {
        self.status
    }

    pub fn code(&self) -> Option<&str> {
        self.code.as_deref()
    }

    /// The code that selects a modelled error: the body's `__type` when a
    /// query-compatible service's `x-amzn-query-error` header set
    /// [`code`](Self::code) (botocore's `QueryErrorCode`), else `code`.
    pub fn modelled_code(&self) -> Option<&str> {
        self.type_code.as_deref().or(self.code.as_deref())
    }

    pub fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }

    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }

    /// Attempts made before giving up (1 when not retried).
    pub fn attempts(&self) -> u32 {
        self.attempts.max(1)
    }

    /// Records the attempt count (used by the generated error enums).
    pub fn set_attempts(&mut self, attempts: u32) {
        self.attempts = attempts;
    }
}

/// `AWS.SimpleQueueService.NonExistentQueue;Sender` → the code, as botocore
/// reads it: exactly two `;`-separated parts, the first not empty.
fn query_code(header: &str) -> Option<&str> {
    match header.split(';').collect::<Vec<_>>().as_slice() {
        [code, _fault] if !code.trim().is_empty() => Some(code.trim()),
        _ => None,
    }
}

/// `aws.protocoltests#FooError:http://…` → `FooError`.
fn sanitize_code(raw: &str) -> String {
    let no_suffix = raw.split(':').next().unwrap_or(raw);
    no_suffix
        .rsplit('#')
        .next()
        .unwrap_or(no_suffix)
        .trim()
        .to_string()
}

/// `CODE: message (HTTP 400, request id …)`, the server's text escaped and
/// cut (see the [module docs](self)).
impl fmt::Display for ErrorMetadata {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_service_error(
            f,
            self.code.as_deref().unwrap_or("unknown error"),
            self.message.as_deref(),
            self,
        )
    }
}

/// Writes `CODE: message (HTTP 400, request id …, after N attempts)` with
/// the server's text escaped and cut; the `Display` of every service error
/// (generated ones included) goes through here.
#[doc(hidden)]
pub fn write_service_error(
    f: &mut fmt::Formatter<'_>,
    code: &str,
    message: Option<&str>,
    meta: &ErrorMetadata,
) -> fmt::Result {
    write!(f, "{}", Shown::new(code, MAX_SHOWN_CODE))?;
    if let Some(m) = message {
        write!(f, ": {}", Shown::new(m, MAX_SHOWN_MESSAGE))?;
    }
    write!(f, " (HTTP {}", meta.status)?;
    if let Some(id) = &meta.request_id {
        write!(f, ", request id {}", Shown::new(id, MAX_SHOWN_REQUEST_ID))?;
    }
    if meta.attempts > 1 {
        write!(f, ", after {} attempts", meta.attempts)?;
    }
    f.write_str(")")
}

/// A service error this operation does not model (or a non-JSON error page).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unhandled {
    meta: ErrorMetadata,
}

impl Unhandled {
    pub fn new(meta: ErrorMetadata) -> Self {
        Unhandled { meta }
    }

    /// Mutable metadata (used by the generated error enums).
    pub fn meta_mut(&mut self) -> &mut ErrorMetadata {
        &mut self.meta
    }

    pub fn meta(&self) -> &ErrorMetadata {
        &self.meta
    }
}

impl fmt::Display for Unhandled {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.meta.fmt(f)
    }
}

impl std::error::Error for Unhandled {}

/// Implemented by each operation's error enum.
pub trait OperationError: Sized + std::error::Error {
    /// Maps a service error response to the typed variant for its code.
    fn from_response(meta: ErrorMetadata, body: &[u8]) -> Self;
    fn meta(&self) -> &ErrorMetadata;
    /// The same error, recording how many attempts were made.
    fn with_attempts(self, attempts: u32) -> Self;
}

/// Parses a modelled error body; an unparseable body still yields the typed
/// error (with defaults), since the code alone identifies it.
pub fn parse_error_body<T: serde::de::DeserializeOwned + Default>(body: &[u8]) -> T {
    serde_json::from_slice(body).unwrap_or_default()
}

/// The request never got a complete HTTP response (connect failure, timeout,
/// connection closed).
#[derive(Debug)]
pub struct DispatchError {
    message: String,
    source: Option<Box<dyn std::error::Error + Send + Sync>>,
    timeout: bool,
    /// False for local, permanent failures (no credentials, a request that
    /// cannot be signed or encoded): retrying cannot help.
    retryable: bool,
    attempts: u32,
}

impl DispatchError {
    pub fn new(message: impl Into<String>) -> Self {
        DispatchError {
            message: message.into(),
            source: None,
            timeout: false,
            retryable: true,
            attempts: 1,
        }
    }

    pub fn with_source(
        message: impl Into<String>,
        source: impl std::error::Error + Send + Sync + 'static,
    ) -> Self {
        DispatchError {
            message: message.into(),
            source: Some(Box::new(source)),
            timeout: false,
            retryable: true,
            attempts: 1,
        }
    }

    /// A timeout (attempt or operation) rather than a connection failure.
    pub fn timeout(message: impl Into<String>) -> Self {
        DispatchError {
            timeout: true,
            ..DispatchError::new(message)
        }
    }

    pub fn is_timeout(&self) -> bool {
        self.timeout
    }

    /// Whether another attempt could succeed: false for local, permanent
    /// failures (no credentials, a request that cannot be signed or
    /// encoded), which are never retried and spend no retry tokens.
    pub fn is_retryable(&self) -> bool {
        self.retryable
    }

    /// Marks a local, permanent failure (see [`DispatchError::is_retryable`]).
    pub(crate) fn permanent(mut self) -> Self {
        self.retryable = false;
        self
    }

    /// Attempts made before giving up.
    pub fn attempts(&self) -> u32 {
        self.attempts.max(1)
    }

    pub(crate) fn set_attempts(&mut self, attempts: u32) {
        self.attempts = attempts;
    }
}

impl fmt::Display for DispatchError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)?;
        if let Some(s) = &self.source {
            write!(f, ": {s}")?;
        }
        if self.attempts > 1 {
            write!(f, " (after {} attempts)", self.attempts)?;
        }
        Ok(())
    }
}

impl std::error::Error for DispatchError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.source
            .as_deref()
            .map(|s| s as &(dyn std::error::Error + 'static))
    }
}

/// A response arrived but could not be understood (malformed JSON, missing
/// required field, wrong field type).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ResponseError {
    pub(crate) status: u16,
    pub(crate) request_id: Option<String>,
    pub(crate) reason: String,
    pub(crate) attempts: u32,
}

impl ResponseError {
    /// Attempts made before giving up.
    pub fn attempts(&self) -> u32 {
        self.attempts.max(1)
    }

    pub fn status(&self) -> u16 {
        self.status
    }

    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }

    pub fn reason(&self) -> &str {
        &self.reason
    }
}

impl fmt::Display for ResponseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "malformed response (HTTP {}", self.status)?;
        if let Some(id) = &self.request_id {
            write!(f, ", request id {}", Shown::new(id, MAX_SHOWN_REQUEST_ID))?;
        }
        // The parser's reason can quote the server's text.
        write!(f, "): {}", Shown::new(&self.reason, MAX_SHOWN_MESSAGE))
    }
}

impl std::error::Error for ResponseError {}

/// The error of every operation call; `E` is the operation's error enum.
#[derive(Debug)]
#[non_exhaustive]
pub enum SdkError<E> {
    /// The input was incomplete; nothing was sent.
    Construction(BuildError),
    /// The request could not be sent or no response arrived.
    Dispatch(DispatchError),
    /// The response could not be parsed.
    Response(ResponseError),
    /// The service answered with an error.
    Service(E),
}

impl<E> SdkError<E> {
    pub fn as_service_error(&self) -> Option<&E> {
        match self {
            SdkError::Service(e) => Some(e),
            _ => None,
        }
    }

    pub fn into_service_error(self) -> Option<E> {
        match self {
            SdkError::Service(e) => Some(e),
            _ => None,
        }
    }
}

impl<E: OperationError> SdkError<E> {
    /// Attempts made (0 when the input was rejected before sending).
    pub fn attempts(&self) -> u32 {
        match self {
            SdkError::Construction(_) => 0,
            SdkError::Dispatch(e) => e.attempts(),
            SdkError::Response(e) => e.attempts(),
            SdkError::Service(e) => e.meta().attempts(),
        }
    }
}

impl<E: fmt::Display> fmt::Display for SdkError<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SdkError::Construction(e) => write!(f, "invalid input: {e}"),
            SdkError::Dispatch(e) => write!(f, "request failed: {e}"),
            SdkError::Response(e) => e.fmt(f),
            SdkError::Service(e) => write!(f, "service error: {e}"),
        }
    }
}

impl<E: std::error::Error + 'static> std::error::Error for SdkError<E> {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            SdkError::Construction(e) => Some(e),
            SdkError::Dispatch(e) => Some(e),
            SdkError::Response(e) => Some(e),
            SdkError::Service(e) => Some(e),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_from_header_or_body() {
        let h = vec![(
            "X-Amzn-ErrorType".to_string(),
            "InvalidArn:http://internal".to_string(),
        )];
        let m = ErrorMetadata::from_response(400, &h, b"{}");
        assert_eq!(m.code(), Some("InvalidArn"));
        let m = ErrorMetadata::from_response(
            400,
            &[],
            br#"{"__type":"com.amazonaws.sfn#StateMachineDoesNotExist","message":"nope"}"#,
        );
        assert_eq!(
            (m.code(), m.message()),
            (Some("StateMachineDoesNotExist"), Some("nope"))
        );
        let m =
            ErrorMetadata::from_response(400, &[], br#"{"code":"Throttling","Message":"slow"}"#);
        assert_eq!((m.code(), m.message()), (Some("Throttling"), Some("slow")));
    }

    /// botocore's JSON parser: `x-amzn-query-error` (query-compatible
    /// services) gives the reported code, `__type` still selects the error.
    #[test]
    fn query_compatible_error_header() {
        let body = br#"{"__type":"com.amazonaws.sqs#QueueDoesNotExist","message":"gone"}"#;
        let h = vec![(
            "x-amzn-query-error".to_string(),
            "AWS.SimpleQueueService.NonExistentQueue;Sender".to_string(),
        )];
        let m = ErrorMetadata::from_response(400, &h, body);
        assert_eq!(m.code(), Some("AWS.SimpleQueueService.NonExistentQueue"));
        assert_eq!(m.modelled_code(), Some("QueueDoesNotExist"));
        // No header, or a malformed one: the body's code for both.
        for h in [
            vec![],
            vec![("x-amzn-query-error".to_string(), ";Sender".to_string())],
        ] {
            let m = ErrorMetadata::from_response(400, &h, body);
            assert_eq!(m.code(), Some("QueueDoesNotExist"));
            assert_eq!(m.modelled_code(), Some("QueueDoesNotExist"));
        }
        let h = vec![("x-amzn-query-error".to_string(), "A;B;C".to_string())];
        let m = ErrorMetadata::from_response(400, &h, body);
        assert_eq!(m.code(), Some("QueueDoesNotExist"));
    }

    #[test]
    fn non_json_body_keeps_status_and_request_id() {
        let h = vec![("x-amzn-RequestId".to_string(), "req-1".to_string())];
        let m = ErrorMetadata::from_response(502, &h, b"<html>Bad Gateway</html>");
        assert_eq!(m.code(), None);
        assert_eq!(m.to_string(), "unknown error (HTTP 502, request id req-1)");
    }

    #[test]
    fn server_text_is_escaped_and_cut_in_display_but_kept_whole() {
        let h = vec![("x-amzn-RequestId".to_string(), "req\u{1b}[2J-1".to_string())];
        let body = serde_json::json!({
            "__type": "Bad\r\nINFO forged line",
            "message": "red \u{1b}[31mtext\u{202e}\u{7}",
        })
        .to_string();
        let m = ErrorMetadata::from_response(400, &h, body.as_bytes());
        let text = m.to_string();
        assert!(
            !text.contains(['\r', '\n', '\u{1b}', '\u{202e}', '\u{7}']),
            "{text:?}"
        );
        assert_eq!(
            text,
            "Bad\\r\\nINFO forged line: red \\u{1b}[31mtext\\u{202e}\\u{7} \
             (HTTP 400, request id req\\u{1b}[2J-1)"
        );
        // The accessors keep the values as sent.
        assert_eq!(m.code(), Some("Bad\r\nINFO forged line"));
        assert_eq!(m.message(), Some("red \u{1b}[31mtext\u{202e}\u{7}"));
        assert_eq!(m.request_id(), Some("req\u{1b}[2J-1"));
        // Quoted (tracing fields): quotes and backslashes escaped too.
        assert_eq!(
            format!("{:?}", Shown::new("a\"b\\c\n", 100)),
            "\"a\\\"b\\\\c\\n\""
        );
    }

    #[test]
    fn huge_code_and_message_are_cut() {
        let code = "C".repeat(1_000_000);
        let body = serde_json::json!({ "__type": code, "message": "m".repeat(50_000) }).to_string();
        let m = ErrorMetadata::from_response(400, &[], body.as_bytes());
        let text = m.to_string();
        assert!(text.len() < 1500, "{} bytes", text.len());
        assert!(
            text.contains(&format!("…[{} more chars]", 1_000_000 - MAX_SHOWN_CODE)),
            "{}",
            &text[..300]
        );
        assert!(text.contains(&format!("…[{} more chars]", 50_000 - MAX_SHOWN_MESSAGE)));
        assert_eq!(m.code().map(str::len), Some(1_000_000));
        let r = ResponseError {
            status: 200,
            request_id: None,
            reason: "x".repeat(10_000),
            attempts: 1,
        };
        assert!(r.to_string().len() < 1200);
        assert_eq!(r.reason().len(), 10_000);
    }

    #[test]
    fn invalid_utf8_body_keeps_code_message_status_and_request_id() {
        let h = vec![("x-amzn-RequestId".to_string(), "req-9".to_string())];
        let m = ErrorMetadata::from_response(
            400,
            &h,
            b"{\"__type\":\"ns#InvalidArn\",\"message\":\"caf\xe9 \xff\"}",
        );
        assert_eq!(m.code(), Some("InvalidArn"));
        assert_eq!(m.message(), Some("caf\u{fffd} \u{fffd}"));
        assert_eq!((m.status(), m.request_id()), (400, Some("req-9")));
        // Not JSON at all: the header's code survives.
        let h = vec![
            ("x-amzn-RequestId".to_string(), "req-9".to_string()),
            (
                "x-amzn-ErrorType".to_string(),
                "ThrottlingException".to_string(),
            ),
        ];
        let m = ErrorMetadata::from_response(503, &h, b"\xff\xfe<html>");
        assert_eq!(
            m.to_string(),
            "ThrottlingException (HTTP 503, request id req-9)"
        );
    }

    #[test]
    fn xml_error_response() {
        let body = b"<?xml version=\"1.0\"?><ErrorResponse><Errors><Error><Code>SignatureDoesNotMatch</Code><Message>The request signature we calculated does not match</Message></Error></Errors></ErrorResponse>";
        let m = ErrorMetadata::from_response(403, &[], body);
        assert_eq!(m.code(), Some("SignatureDoesNotMatch"));
        assert_eq!(
            m.to_string(),
            "SignatureDoesNotMatch: The request signature we calculated does not match (HTTP 403)"
        );
    }
}
