//! AWS Signature Version 4 request signing.
//!
//! The cryptography and canonicalisation are done by the official
//! [`aws-sigv4`](https://docs.rs/aws-sigv4) crate with the settings the AWS
//! SDKs use for JSON-protocol services (`SigningSettings::default()`): the
//! signature goes in the `authorization` header, every request header is
//! signed except `authorization`, `user-agent`, `x-amzn-trace-id` and
//! `transfer-encoding`, the session token is part of the signature, the URI
//! path is normalised and double-encoded, and no `x-amz-content-sha256`
//! header is added (only S3 wants that).
//!
//! [`sign`] adds `host` (when missing), `x-amz-date`, `x-amz-security-token`
//! (with temporary credentials) and `authorization` to the request.

use std::error::Error;
use std::fmt;
use std::time::SystemTime;

use aws_sigv4::http_request::{SignableBody, SignableRequest, SigningSettings};
use aws_sigv4::sign::v4;

use super::credentials::Credentials;
use super::error::DispatchError;
use super::http::HttpRequest;

/// The headers [`sign`] computes; stale copies (from an earlier attempt) are
/// removed before signing.
const SIGNING_HEADERS: [&str; 3] = ["authorization", "x-amz-date", "x-amz-security-token"];

/// Signs `request` in place with SigV4 for `region` and `signing_name` (the
/// service's signing name, e.g. `states`) at `time`.
///
/// Adds a `host` header derived from the URL (lowercased, with the port when
/// it is not the scheme's default) unless one is already present; replaces
/// any `authorization`, `x-amz-date` and `x-amz-security-token` headers from
/// an earlier signing, so a retried request can simply be signed again.
///
/// The body must be final: it is hashed into the signature.
pub fn sign(
    request: &mut HttpRequest,
    credentials: &Credentials,
    region: &str,
    signing_name: &str,
    time: SystemTime,
) -> Result<(), SigningError> {
    if region.is_empty() {
        return Err(SigningError::new("the signing region is empty"));
    }
    if signing_name.is_empty() {
        return Err(SigningError::new("the signing name is empty"));
    }
    request.headers.retain(|(name, _)| {
        !SIGNING_HEADERS
            .iter()
            .any(|signing| name.eq_ignore_ascii_case(signing))
    });
    if !request
        .headers
        .iter()
        .any(|(name, _)| name.eq_ignore_ascii_case("host"))
    {
        let host = host_header(&request.url)?;
        request.headers.push(("host".to_owned(), host));
    }
    // aws-sigv4 reports an invalid header without naming it; check first so
    // the error can say which one (by name only: values may be secret).
    for (name, value) in &request.headers {
        if http::HeaderName::from_bytes(name.as_bytes()).is_err() {
            return Err(SigningError::new(format!(
                "invalid header name `{}`",
                name.escape_debug()
            )));
        }
        if http::HeaderValue::from_str(value).is_err() {
            return Err(SigningError::new(format!(
                "header `{name}` has a value that is not valid in HTTP"
            )));
        }
    }

    let identity = aws_credential_types::Credentials::new(
        credentials.access_key_id.as_str(),
        credentials.secret_access_key.as_str(),
        credentials.session_token.clone(),
        credentials.expires_after,
        "generated-client-runtime",
    )
    .into();
    let params = v4::SigningParams::builder()
        .identity(&identity)
        .region(region)
        .name(signing_name)
        .time(time)
        .settings(SigningSettings::default())
        .build()
        .map_err(|e| SigningError::with_source("invalid signing parameters", e))?
        .into();
    let signable = SignableRequest::new(
        request.method,
        request.url.as_str(),
        request
            .headers
            .iter()
            .map(|(name, value)| (name.as_str(), value.as_str())),
        SignableBody::Bytes(&request.body),
    )
    .map_err(|e| SigningError::with_source("cannot build the canonical request", e))?;
    let (instructions, _signature) = aws_sigv4::http_request::sign(signable, &params)
        .map_err(|e| SigningError::with_source("signing failed", e))?
        .into_parts();
    let (headers, query) = instructions.into_parts();
    debug_assert!(query.is_empty(), "header signing adds no query parameters");
    request.headers.extend(
        headers
            .into_iter()
            .map(|h| (h.name().to_owned(), h.value().to_owned())),
    );
    Ok(())
}

/// The `host` header for `url`: lowercased host (IPv6 in brackets) plus
/// `:port` when the port is not the scheme's default.
fn host_header(url: &str) -> Result<String, SigningError> {
    let uri: http::Uri = url
        .parse()
        .map_err(|e| SigningError::with_source("the request URL is not a valid URI", e))?;
    let host = uri
        .host()
        .filter(|h| !h.is_empty())
        .ok_or_else(|| SigningError::new("the request URL has no host"))?;
    let default_port = match uri.scheme_str() {
        Some(s) if s.eq_ignore_ascii_case("https") => Some(443),
        Some(s) if s.eq_ignore_ascii_case("http") => Some(80),
        _ => None,
    };
    let mut value = host.to_ascii_lowercase();
    if let Some(port) = uri.port_u16() {
        if Some(port) != default_port {
            value.push_str(&format!(":{port}"));
        }
    }
    Ok(value)
}

/// A request could not be signed. Never contains credentials or header
/// values. Its message does not repeat "cannot sign": callers add that
/// context (as the `From` conversion to [`DispatchError`] does).
#[derive(Debug)]
pub struct SigningError {
    message: String,
    source: Option<Box<dyn Error + Send + Sync>>,
}

impl SigningError {
    fn new(message: impl Into<String>) -> Self {
        SigningError {
            message: message.into(),
            source: None,
        }
    }

    /// `source` must not carry secrets: only `aws-sigv4`/`http` errors, whose
    /// messages and `Debug` output hold no header values or keys.
    fn with_source(message: &str, source: impl Error + Send + Sync + 'static) -> Self {
        SigningError {
            message: message.to_owned(),
            source: Some(Box::new(source)),
        }
    }
}

impl fmt::Display for SigningError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)?;
        if let Some(source) = &self.source {
            write!(f, ": {source}")?;
        }
        Ok(())
    }
}

impl Error for SigningError {
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        self.source.as_deref().map(|s| s as &(dyn Error + 'static))
    }
}

impl From<SigningError> for DispatchError {
    fn from(e: SigningError) -> Self {
        DispatchError::with_source("cannot sign the request", e)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::{Duration, UNIX_EPOCH};

    // Test vectors: produced once with botocore 1.44.5 (`SigV4Auth`, the
    // signer boto3/the AWS CLI use for JSON services), the clock pinned to
    // 2015-08-30T12:36:00Z, for a POST with exactly the body and the two
    // headers of `request()` below:
    //
    //   botocore.auth.get_current_datetime = lambda: datetime(2015, 8, 30, 12, 36, 0)
    //   req = AWSRequest(method="POST", url=URL, data=b'{"maxResults":10}',
    //       headers={"Content-Type": "application/x-amz-json-1.0",
    //                "X-Amz-Target": "AWSStepFunctions.ListStateMachines"})
    //   SigV4Auth(Credentials(AKID, SECRET, TOKEN_OR_NONE), "states", REGION).add_auth(req)
    //   print(req.headers["Authorization"])
    //
    // The keys and token are the public examples from the AWS documentation.
    const AKID: &str = "AKIDEXAMPLE";
    const SECRET: &str = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
    const TOKEN: &str = "AQoDYXdzEPT//////////wEXAMPLEtc764bNrC9SAPBSM22wDOk4x4HIZ8j4FZTwdQWLWsKWHGBuFqwAeMicRXmxfpSPfIeoIYRqTflfKD8YUuwthAx7mSEI/qkPpKPi/kMcGdQrmGdeehM4IC1NtBmUpp2wUE8phUZampKsburEDy0KPkyQDYwT7WZ0wq5VSXDvp75YU9HFvlRd8Tx6q6fE8YQcHNVXAkiY9q6d+xo0rKwT38xVqr7ZD0u0iPPkUL64lIZbqBAz+scqKmlzm8FDrypNC9Yjc8fPOLn9FX9KSYvKTr4rvx3iSIlTJabIQwj2ICCR/oLxBA==";

    fn time() -> SystemTime {
        // 2015-08-30T12:36:00Z
        UNIX_EPOCH + Duration::from_secs(1_440_938_160)
    }

    fn request(url: &str) -> HttpRequest {
        HttpRequest {
            method: "POST",
            url: url.to_owned(),
            headers: vec![
                (
                    "content-type".to_owned(),
                    "application/x-amz-json-1.0".to_owned(),
                ),
                (
                    "x-amz-target".to_owned(),
                    "AWSStepFunctions.ListStateMachines".to_owned(),
                ),
            ],
            body: br#"{"maxResults":10}"#.to_vec(),
        }
    }

    fn header<'a>(request: &'a HttpRequest, name: &str) -> Option<&'a str> {
        let mut values = request
            .headers
            .iter()
            .filter(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str());
        let first = values.next();
        assert!(values.next().is_none(), "duplicate `{name}` header");
        first
    }

    #[test]
    fn matches_botocore_without_session_token() {
        let creds = Credentials::new(AKID, SECRET, None, None);
        let mut req = request("https://states.us-east-1.amazonaws.com/");
        sign(&mut req, &creds, "us-east-1", "states", time()).unwrap();
        assert_eq!(
            header(&req, "authorization"),
            Some(
                "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/states/aws4_request, \
                 SignedHeaders=content-type;host;x-amz-date;x-amz-target, \
                 Signature=e0da38efefa4fc580a5dc03194a5912ea19ea929c0d6bdfd1603797bdadbb6bb"
            )
        );
        assert_eq!(header(&req, "x-amz-date"), Some("20150830T123600Z"));
        assert_eq!(header(&req, "host"), Some("states.us-east-1.amazonaws.com"));
        assert_eq!(header(&req, "x-amz-security-token"), None);
        assert_eq!(header(&req, "x-amz-content-sha256"), None);
        // Nothing else changed.
        assert_eq!(req.headers.len(), 5);
        assert_eq!(req.body, br#"{"maxResults":10}"#);
    }

    #[test]
    fn matches_botocore_with_session_token() {
        let creds = Credentials::new(AKID, SECRET, Some(TOKEN.to_owned()), None);
        let mut req = request("https://states.eu-west-1.amazonaws.com/");
        sign(&mut req, &creds, "eu-west-1", "states", time()).unwrap();
        assert_eq!(
            header(&req, "authorization"),
            Some(
                "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/eu-west-1/states/aws4_request, \
                 SignedHeaders=content-type;host;x-amz-date;x-amz-security-token;x-amz-target, \
                 Signature=d7ad11f5dfae48afa81f00dcc929ec0360c9e1f7169a1433306a541e6aa2e43b"
            )
        );
        assert_eq!(header(&req, "x-amz-security-token"), Some(TOKEN));
        assert_eq!(header(&req, "x-amz-date"), Some("20150830T123600Z"));
    }

    #[test]
    fn matches_botocore_with_port_and_path() {
        let creds = Credentials::new(AKID, SECRET, None, None);
        let mut req = request("http://localhost:4566/proxy/");
        sign(&mut req, &creds, "us-east-1", "states", time()).unwrap();
        assert_eq!(header(&req, "host"), Some("localhost:4566"));
        assert_eq!(
            header(&req, "authorization"),
            Some(
                "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/states/aws4_request, \
                 SignedHeaders=content-type;host;x-amz-date;x-amz-target, \
                 Signature=29440de91d5443077fb152531f4ffe55cd0542ab59dd5a5ac0b424ed8c32ef45"
            )
        );
    }

    #[test]
    fn resigning_replaces_old_signature_headers() {
        let creds = Credentials::new(AKID, SECRET, Some(TOKEN.to_owned()), None);
        let mut req = request("https://states.eu-west-1.amazonaws.com/");
        sign(&mut req, &creds, "eu-west-1", "states", time()).unwrap();
        let first = req.clone();
        // Upper-case copies of stale headers are replaced too.
        req.headers
            .push(("X-Amz-Date".to_owned(), "19990101T000000Z".to_owned()));
        sign(&mut req, &creds, "eu-west-1", "states", time()).unwrap();
        assert_eq!(
            header(&req, "authorization"),
            header(&first, "authorization")
        );
        assert_eq!(req.headers.len(), first.headers.len());

        // Without a token on the retry, the old token header is dropped.
        let plain = Credentials::new(AKID, SECRET, None, None);
        sign(&mut req, &plain, "eu-west-1", "states", time()).unwrap();
        assert_eq!(header(&req, "x-amz-security-token"), None);
    }

    #[test]
    fn host_header_rules() {
        for (url, host) in [
            (
                "https://states.us-east-1.amazonaws.com/",
                "states.us-east-1.amazonaws.com",
            ),
            (
                "https://States.US-East-1.amazonaws.com:443/",
                "states.us-east-1.amazonaws.com",
            ),
            ("https://example.com:8443/", "example.com:8443"),
            ("http://example.com:80/", "example.com"),
            ("http://example.com:443/", "example.com:443"),
            ("http://127.0.0.1:5000/", "127.0.0.1:5000"),
            ("http://[::1]:4566/", "[::1]:4566"),
            ("https://[fe80::1]/", "[fe80::1]"),
        ] {
            assert_eq!(host_header(url).unwrap(), host, "{url}");
        }
        assert!(host_header("/relative").is_err());
        assert!(host_header("not a url").is_err());
    }

    #[test]
    fn existing_host_header_is_kept_and_signed() {
        let creds = Credentials::new(AKID, SECRET, None, None);
        let mut req = request("http://127.0.0.1:4566/");
        req.headers.push((
            "Host".to_owned(),
            "states.us-east-1.amazonaws.com".to_owned(),
        ));
        sign(&mut req, &creds, "us-east-1", "states", time()).unwrap();
        assert_eq!(header(&req, "host"), Some("states.us-east-1.amazonaws.com"));
        // Same canonical request as the first vector, so the same signature.
        assert!(header(&req, "authorization").unwrap().ends_with(
            "Signature=e0da38efefa4fc580a5dc03194a5912ea19ea929c0d6bdfd1603797bdadbb6bb"
        ));
    }

    #[test]
    fn errors_never_contain_secrets() {
        let creds = Credentials::new(AKID, SECRET, Some(TOKEN.to_owned()), None);
        let check = |err: SigningError| {
            let text = format!("{err} / {err:?} / {:?}", err.source());
            assert!(!text.contains("wJalrXUtnFEMI"), "{text}");
            assert!(!text.contains("AQoDYXdz"), "{text}");
            assert!(!text.contains("SECRETVALUE"), "{text}");
            text
        };

        let mut req = request("https://states.us-east-1.amazonaws.com/");
        req.headers
            .push(("x-secret".to_owned(), "SECRETVALUE\n".to_owned()));
        let text = check(sign(&mut req, &creds, "us-east-1", "states", time()).unwrap_err());
        assert!(text.contains("x-secret"), "{text}");

        let mut req = request("https://states.us-east-1.amazonaws.com/");
        req.headers
            .push(("bad name".to_owned(), "SECRETVALUE".to_owned()));
        check(sign(&mut req, &creds, "us-east-1", "states", time()).unwrap_err());

        let mut req = request("no host here");
        let text = check(sign(&mut req, &creds, "us-east-1", "states", time()).unwrap_err());
        assert!(
            text.starts_with("the request URL is not a valid URI"),
            "{text}"
        );

        let mut req = request("https://states.us-east-1.amazonaws.com/");
        check(sign(&mut req, &creds, "", "states", time()).unwrap_err());
        check(sign(&mut req, &creds, "us-east-1", "", time()).unwrap_err());

        let dispatch: DispatchError = sign(&mut req, &creds, "", "states", time())
            .unwrap_err()
            .into();
        assert_eq!(
            dispatch.to_string(),
            "cannot sign the request: the signing region is empty"
        );
    }
}
