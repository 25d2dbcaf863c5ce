//! Errors every operation can return, and the metadata of service errors.

use std::fmt;

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
    pub fn from_response(status: u16, headers: &[(String, String)], body: &[u8]) -> Self {
        let header = |name: &str| {
            headers
                .iter()
                .find(|(k, _)| k.eq_ignore_ascii_case(name))
                .map(|(_, v)| v.clone())
        };
        let json: Option<serde_json::Map<String, serde_json::Value>> =
            serde_json::from_slice(body).ok();
        let field = |names: &[&str]| {
            let map = json.as_ref()?;
            names
                .iter()
                .find_map(|n| map.get(*n).and_then(|v| v.as_str()).map(str::to_string))
        };
        // Auth layers (and moto) answer JSON services with an XML
        // `<ErrorResponse>`; read its `<Code>`/`<Message>` too.
        let text = std::str::from_utf8(body).unwrap_or("");
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
        ErrorMetadata {
            status,
            code,
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

/// `CODE: message (HTTP 400, request id …)`.
impl fmt::Display for ErrorMetadata {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code.as_deref().unwrap_or("unknown error"))?;
        if let Some(m) = &self.message {
            write!(f, ": {m}")?;
        }
        write!(f, " (HTTP {}", self.status)?;
        if let Some(id) = &self.request_id {
            write!(f, ", request id {id}")?;
        }
        if self.attempts > 1 {
            write!(f, ", after {} attempts", self.attempts)?;
        }
        f.write_str(")")
    }
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
    attempts: u32,
}

impl DispatchError {
    pub fn new(message: impl Into<String>) -> Self {
        DispatchError {
            message: message.into(),
            source: None,
            timeout: false,
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
            write!(f, ", request id {id}")?;
        }
        write!(f, "): {}", self.reason)
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

    #[test]
    fn non_json_body_keeps_status_and_request_id() {
        let h = vec![("x-amzn-RequestId".to_string(), "req-1".to_string())];
        let m = ErrorMetadata::from_response(502, &h, b"<html>Bad Gateway</html>");
        assert_eq!(m.code(), None);
        assert_eq!(m.to_string(), "unknown error (HTTP 502, request id req-1)");
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
