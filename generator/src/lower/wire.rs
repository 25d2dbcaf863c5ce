//! Protocol strings: spec and config values that the generated client puts
//! into a header, a host name or the SigV4 credential scope (the
//! X-Amz-Target prefix, the endpoint host from the server URL, the signing
//! name, host prefixes, the service id). A line break, space or other stray
//! character there still compiles, and then every call fails; lowering
//! refuses such a value instead. Each check returns the problem as a message
//! for the caller to locate (JSON pointer or config key).

use openapiv3::OpenAPI;

use super::{err, Diagnostic, LowerError, TARGET_PATH};
use crate::config::SpecConfig;
use crate::ir::{EndpointPattern, Service, WireProtocol};
use crate::load::escape_pointer;

/// Where a config value lives, for errors (the config has no JSON pointer;
/// `SpecConfig::parse` names the file when it is read from one).
fn config_key(key: &str, message: String) -> LowerError {
    err("", format!("config key `{key}`: {message}"))
}

/// The default endpoint from the spec's server URLs (the first `https`
/// one outside China, else the first outside China, else the first), or the
/// configured endpoint prefix; refused when its host is not a DNS name.
pub(crate) fn endpoint_pattern(
    api: &OpenAPI,
    config: &SpecConfig,
    diags: &mut Vec<Diagnostic>,
) -> Result<EndpointPattern, LowerError> {
    let urls: Vec<&str> = api.servers.iter().map(|s| s.url.as_str()).collect();
    let pick = urls
        .iter()
        .position(|u| u.starts_with("https://") && !u.ends_with(".cn"))
        .or_else(|| urls.iter().position(|u| !u.ends_with(".cn")))
        .or_else(|| (!urls.is_empty()).then_some(0));
    let host = pick
        .map(|i| {
            let u = urls[i];
            u.split_once("://")
                .map_or(u, |(_, h)| h)
                .trim_end_matches('/')
                .to_string()
        })
        .unwrap_or_default();
    let at_url = |m: String| err(format!("/servers/{}/url", pick.unwrap_or(0)), m);
    let mut pattern = match host.split_once(".{region}.") {
        Some((prefix, suffix)) => {
            self::host("endpoint prefix (the host before .{region}.)", prefix).map_err(at_url)?;
            self::host("DNS suffix (the host after .{region}.)", suffix).map_err(at_url)?;
            EndpointPattern {
                prefix: prefix.to_string(),
                global_host: None,
                dns_suffix: suffix.to_string(),
            }
        }
        None if !host.is_empty() => {
            self::host("global endpoint host", &host).map_err(at_url)?;
            EndpointPattern {
                prefix: host.split('.').next().unwrap_or_default().to_string(),
                global_host: Some(host.clone()),
                dns_suffix: "amazonaws.com".into(),
            }
        }
        None => {
            diags.push(Diagnostic {
                pointer: "/servers".into(),
                message: "no server URL; endpoint must be configured".into(),
            });
            EndpointPattern {
                prefix: String::new(),
                global_host: None,
                dns_suffix: "amazonaws.com".into(),
            }
        }
    };
    if let Some(prefix) = &config.endpoint_prefix {
        self::host("endpoint prefix", prefix).map_err(|m| config_key("endpoint_prefix", m))?;
        pattern.prefix = prefix.clone();
        pattern.global_host = None;
    }
    Ok(pattern)
}

/// Refuses a lowered service whose protocol strings or crate name would
/// break the generated crate, naming where the value came from.
pub(crate) fn check_service(
    api: &OpenAPI,
    config: &SpecConfig,
    svc: &Service,
) -> Result<(), LowerError> {
    let ext = |key: &str| api.info.extensions.get(key).and_then(|v| v.as_str());
    if let (
        Some(op),
        WireProtocol::AwsJson {
            target_prefix: prefix,
            ..
        },
    ) = (svc.operations.first(), &svc.protocol)
    {
        let path = format!(
            "/paths/{}",
            escape_pointer(&format!("{TARGET_PATH}{}", op.target))
        );
        target_prefix(prefix).map_err(|m| err(path, m))?;
    }
    let signing = signing_name(&svc.signing_name);
    match (&config.signing_name, ext("x-aws-signingName")) {
        (Some(_), _) => signing.map_err(|m| config_key("signing_name", m))?,
        (None, Some(_)) => signing.map_err(|m| err("/info/x-aws-signingName", m))?,
        // Derived from the endpoint prefix, already checked as a host.
        (None, None) => signing.map_err(|m| err("/servers", m))?,
    }
    let id = service_id(&svc.service_id);
    match (&config.service_id, ext("x-serviceName")) {
        (Some(_), _) => id.map_err(|m| config_key("service_id", m))?,
        (None, Some(_)) => id.map_err(|m| err("/info/x-serviceName", m))?,
        (None, None) => id.map_err(|m| err("/info/title", m))?,
    }
    if let Some(problem) = crate::naming::package_name_problem(&svc.crate_name) {
        let message = format!("crate name {:?}: {problem}", svc.crate_name);
        return Err(match &config.crate_name {
            Some(_) => config_key("crate_name", message),
            // The default is derived to be valid; this is a backstop.
            None => err("/info/x-serviceName", message),
        });
    }
    for op in &svc.operations {
        if let Some(p) = &op.host_prefix {
            host_prefix(p).map_err(|m| config_key(&format!("host_prefix.{}", op.name), m))?;
        }
    }
    Ok(())
}

/// The first character of `s` that `ok` refuses, described for a message.
fn first_bad(s: &str, ok: impl Fn(char) -> bool) -> Option<String> {
    let (at, c) = s.char_indices().find(|&(_, c)| !ok(c))?;
    let name = match c {
        ' ' => "a space".to_string(),
        '\n' => "a line feed".to_string(),
        '\r' => "a carriage return".to_string(),
        '\t' => "a tab".to_string(),
        c if c.is_control() => format!("the control character U+{:04X}", c as u32),
        c if c.is_whitespace() => format!("the white space U+{:04X}", c as u32),
        c => format!("{c:?}"),
    };
    Some(format!("{name} at byte {at}"))
}

fn check(what: &str, s: &str, allowed: &str, ok: impl Fn(char) -> bool) -> Result<(), String> {
    if s.is_empty() {
        return Err(format!("{what} is empty"));
    }
    match first_bad(s, ok) {
        Some(bad) => Err(format!(
            "{what} {s:?} has {bad}; it may only contain {allowed}"
        )),
        None => Ok(()),
    }
}

/// RFC 9110 `tchar`: what a header token may hold.
fn is_tchar(c: char) -> bool {
    c.is_ascii_alphanumeric() || "!#$%&'*+-.^_`|~".contains(c)
}

/// The `X-Amz-Target` prefix (`AWSStepFunctions`,
/// `com.amazonaws.cloudtrail.v20131101.CloudTrail_20131101`): an HTTP token.
pub(crate) fn target_prefix(s: &str) -> Result<(), String> {
    check(
        "X-Amz-Target prefix",
        s,
        "letters, digits and !#$%&'*+-.^_`|~ (an HTTP token)",
        is_tchar,
    )
}

/// The SigV4 signing name (`states`, `execute-api`): one segment of the
/// credential scope.
pub(crate) fn signing_name(s: &str) -> Result<(), String> {
    check(
        "signing name",
        s,
        "ASCII letters, digits, '.', '-' and '_'",
        |c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_'),
    )
}

/// Dot-separated DNS labels of letters, digits and inner hyphens (`states`,
/// `api.ecr`, `amazonaws.com`): a part of the endpoint host.
pub(crate) fn host(what: &str, s: &str) -> Result<(), String> {
    check(what, s, "ASCII letters, digits, '-' and '.'", |c| {
        c.is_ascii_alphanumeric() || matches!(c, '-' | '.')
    })?;
    match s.split('.').find(|l| {
        l.is_empty() || l.len() > 63 || l.starts_with('-') || l.ends_with('-')
    }) {
        Some(label) => Err(format!(
            "{what} {s:?} has the label {label:?}; a DNS label is 1 to 63 letters, digits and inner hyphens"
        )),
        None => Ok(()),
    }
}

/// A host prefix (`sync-`, `data.`): put in front of the endpoint host, so
/// it must start a DNS name.
pub(crate) fn host_prefix(s: &str) -> Result<(), String> {
    check(
        "host prefix",
        s,
        "ASCII letters, digits, '-' and '.'",
        |c| c.is_ascii_alphanumeric() || matches!(c, '-' | '.'),
    )?;
    if !s.starts_with(|c: char| c.is_ascii_alphanumeric()) || s.contains("..") {
        return Err(format!(
            "host prefix {s:?} must start with a letter or digit and have no empty label"
        ));
    }
    Ok(())
}

/// The SDK service id (`SFN`, `CloudWatch Logs`), which names an environment
/// variable and a profile section: printable, spaces allowed. Invisible
/// format characters (bidi overrides, zero-width ones, BOM) are refused too.
pub(crate) fn service_id(s: &str) -> Result<(), String> {
    check("service id", s, "printable characters and spaces", |c| {
        !c.is_control()
            && (c == ' ' || !c.is_whitespace())
            && !matches!(c, '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2060}'..='\u{206f}' | '\u{feff}' | '\u{061c}')
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_what_aws_specs_use() {
        for p in [
            "AWSStepFunctions",
            "DynamoDB_20120810",
            "com.amazonaws.cloudtrail.v20131101.CloudTrail_20131101",
        ] {
            target_prefix(p).unwrap();
        }
        for s in ["states", "execute-api", "AWSMigrationHub", "mobile.hub"] {
            signing_name(s).unwrap();
        }
        for h in [
            "states",
            "api.ecr",
            "amazonaws.com",
            "a2i-runtime.sagemaker",
        ] {
            host("endpoint host", h).unwrap();
        }
        for p in ["sync-", "data.", "a1.b-"] {
            host_prefix(p).unwrap();
        }
        for s in ["SFN", "CloudWatch Logs", "streams.dynamodb"] {
            service_id(s).unwrap();
        }
    }

    #[test]
    fn refuses_line_breaks_spaces_and_controls_saying_which() {
        let e = target_prefix("AWS\r\nX-Evil: 1").unwrap_err();
        assert!(e.contains("a carriage return at byte 3"), "{e}");
        let e = target_prefix("A B").unwrap_err();
        assert!(e.contains("a space at byte 1"), "{e}");
        assert!(target_prefix("").unwrap_err().contains("empty"));
        let e = signing_name("states/x").unwrap_err();
        assert!(e.contains("'/' at byte 6"), "{e}");
        assert!(signing_name("sta\ttes").unwrap_err().contains("a tab"));
        let e = host("endpoint host", "states.{region}").unwrap_err();
        assert!(e.contains("'{'"), "{e}");
        let e = host("endpoint host", "a..b").unwrap_err();
        assert!(e.contains("label \"\""), "{e}");
        assert!(host("endpoint host", "-a.b").is_err());
        assert!(host("endpoint host", "a.b\n").is_err());
        assert!(host_prefix("sync\n").unwrap_err().contains("a line feed"));
        assert!(host_prefix("-x").is_err());
        assert!(host_prefix(".x").is_err());
        assert!(host_prefix("a..b").is_err());
        let e = service_id("SFN\u{7}").unwrap_err();
        assert!(e.contains("U+0007"), "{e}");
        assert!(service_id("a\u{2028}b").is_err());
        assert!(service_id("a\u{202e}b")
            .unwrap_err()
            .contains("\'\\u{202e}\'"));
    }
}
