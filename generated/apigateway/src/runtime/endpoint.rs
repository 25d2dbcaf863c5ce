//! Endpoint resolution, following the official AWS SDKs' "service-specific
//! endpoints" rules:
//!
//! 1. an endpoint URL given explicitly in code,
//! 2. `AWS_ENDPOINT_URL_<SERVICE>` (e.g. `AWS_ENDPOINT_URL_SFN`),
//! 3. `AWS_ENDPOINT_URL`,
//! 4. `endpoint_url` for the service in the `[services NAME]` section
//!    referenced by the selected profile (`services = NAME`),
//! 5. `endpoint_url` in the selected profile,
//! 6. the default: from the service's partition table when the client was
//!    generated with AWS's model ([`model_endpoint`], which also gives the
//!    signing region: global services such as budgets sign for `us-east-1`
//!    from every region of the `aws` partition), else
//!    `https://{endpoint_prefix}.{region}.{dns suffix}`.
//!
//! Steps 2–5 are skipped when `AWS_IGNORE_CONFIGURED_ENDPOINT_URLS=true`
//! (or, when that variable is unset, `ignore_configured_endpoint_urls = true`
//! in the profile). The explicit endpoint is always honoured.
//!
//! URLs are parsed by a small hand-written parser rather than the `url`
//! crate: we only need `scheme://host[:port][/path]`, and stricter-than-URL
//! validation (no user info, query or fragment) is what we want anyway.
//! Configured URLs may be `http` (local emulators); the default endpoint is
//! always `https`.
//!
//! FIPS / dual-stack variants (`AWS_USE_FIPS_ENDPOINT` /
//! `AWS_USE_DUALSTACK_ENDPOINT`, or the profile's `use_fips_endpoint` /
//! `use_dualstack_endpoint`; [`VariantSettings`]) pick the variant from the
//! partition table; a variant the rules refuse is an error with botocore's
//! message, and so is a variant together with a configured endpoint. A
//! client generated without AWS's model refuses them
//! ([`refuse_endpoint_variants`]) rather than silently ignoring them.

use std::fmt;
use std::net::{Ipv4Addr, Ipv6Addr};

use super::env::Env;
use super::profile::ProfileSet;

/// URL scheme of an endpoint.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Scheme {
    /// `https`
    Https,
    /// `http` (only from a user-configured endpoint)
    Http,
}

impl Scheme {
    /// `"https"` or `"http"`.
    pub fn as_str(self) -> &'static str {
        match self {
            Scheme::Https => "https",
            Scheme::Http => "http",
        }
    }

    /// 443 or 80.
    pub fn default_port(self) -> u16 {
        match self {
            Scheme::Https => 443,
            Scheme::Http => 80,
        }
    }
}

impl fmt::Display for Scheme {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A parsed, validated endpoint.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Endpoint {
    /// `https` or `http`.
    pub scheme: Scheme,
    /// Lowercased host name, IPv4 address, or bracketed IPv6 address (`[::1]`).
    pub host: String,
    /// Explicit port; `None` for the scheme's default port (an explicit
    /// default port such as `:443` for https is normalised to `None`).
    pub port: Option<u16>,
    /// Path prefix without a trailing slash (`""` or e.g. `"/proxy"`); request
    /// paths are appended to it. Not percent-decoded.
    pub path_prefix: String,
}

impl Endpoint {
    /// Parses and validates an endpoint URL of the form
    /// `http[s]://host[:port][/path]`.
    ///
    /// Rejected: other schemes, missing host, user info (`user@`), query,
    /// fragment, whitespace/control characters, invalid ports (0, >65535, or
    /// empty), invalid host names or IP literals.
    pub fn parse(url: &str) -> Result<Endpoint, EndpointError> {
        let url = url.trim();
        if url.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return Err(EndpointError::invalid(
                "contains whitespace or control characters",
            ));
        }
        let Some((scheme, rest)) = url.split_once("://") else {
            return Err(EndpointError::invalid(
                "missing scheme (expected `https://host` or `http://host`)",
            ));
        };
        let scheme = if scheme.eq_ignore_ascii_case("https") {
            Scheme::Https
        } else if scheme.eq_ignore_ascii_case("http") {
            Scheme::Http
        } else {
            return Err(EndpointError::invalid("scheme must be `https` or `http`"));
        };
        let authority_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
        let (authority, tail) = rest.split_at(authority_end);
        if tail.contains(['?', '#']) {
            return Err(EndpointError::invalid(
                "must not contain a query or fragment",
            ));
        }
        if authority.contains('@') {
            return Err(EndpointError::invalid(
                "must not contain user info (`user@`)",
            ));
        }

        let (host, port) = split_host_port(authority)?;
        let host = validate_host(host)?;
        let port = match port {
            None => None,
            Some(port) => {
                let parsed = if !port.is_empty()
                    && port.len() <= 5
                    && port.bytes().all(|b| b.is_ascii_digit())
                {
                    port.parse::<u16>().ok().filter(|p| *p != 0)
                } else {
                    None
                };
                let Some(port) = parsed else {
                    return Err(EndpointError::invalid("invalid port (expected 1-65535)"));
                };
                (port != scheme.default_port()).then_some(port)
            }
        };

        let path_prefix = tail.trim_end_matches('/');
        if !is_valid_path(path_prefix) {
            return Err(EndpointError::invalid("invalid characters in path"));
        }

        Ok(Endpoint {
            scheme,
            host,
            port,
            path_prefix: path_prefix.to_owned(),
        })
    }

    /// `host[:port]`, as sent in the `Host` header and signed.
    pub fn authority(&self) -> String {
        match self.port {
            Some(port) => format!("{}:{port}", self.host),
            None => self.host.clone(),
        }
    }

    /// The base URL, `scheme://authority/path_prefix` without trailing slash.
    pub fn url(&self) -> String {
        format!("{}://{}{}", self.scheme, self.authority(), self.path_prefix)
    }

    /// The URL for request path `path` (which should start with `/`).
    pub fn url_for_path(&self, path: &str) -> String {
        if path.starts_with('/') {
            format!("{}{path}", self.url())
        } else {
            format!("{}/{path}", self.url())
        }
    }

    /// Whether the host is an IP address or `localhost` (where host prefixes
    /// are not applied, see [`apply_host_prefix`]).
    pub fn is_ip_or_localhost(&self) -> bool {
        let host = self.host.trim_end_matches('.');
        host.eq_ignore_ascii_case("localhost")
            || host.starts_with('[')
            || host.parse::<Ipv4Addr>().is_ok()
    }
}

impl fmt::Display for Endpoint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.url())
    }
}

fn split_host_port(authority: &str) -> Result<(&str, Option<&str>), EndpointError> {
    if authority.starts_with('[') {
        let Some(close) = authority.find(']') else {
            return Err(EndpointError::invalid("unterminated IPv6 address"));
        };
        let (host, after) = authority.split_at(close + 1);
        return match after.strip_prefix(':') {
            Some(port) => Ok((host, Some(port))),
            None if after.is_empty() => Ok((host, None)),
            None => Err(EndpointError::invalid("unexpected text after IPv6 address")),
        };
    }
    Ok(match authority.split_once(':') {
        Some((host, port)) => (host, Some(port)),
        None => (authority, None),
    })
}

/// Validates a host (DNS name, IPv4 address or bracketed IPv6 address) and
/// returns it lowercased.
fn validate_host(host: &str) -> Result<String, EndpointError> {
    if host.is_empty() {
        return Err(EndpointError::invalid("missing host"));
    }
    if let Some(inner) = host.strip_prefix('[') {
        let inner = inner.strip_suffix(']').unwrap_or(inner);
        return match inner.parse::<Ipv6Addr>() {
            Ok(_) => Ok(host.to_ascii_lowercase()),
            Err(_) => Err(EndpointError::invalid("invalid IPv6 address")),
        };
    }
    if host.bytes().all(|b| b.is_ascii_digit() || b == b'.') {
        return match host.parse::<Ipv4Addr>() {
            Ok(_) => Ok(host.to_owned()),
            Err(_) => Err(EndpointError::invalid("invalid IPv4 address")),
        };
    }
    if is_valid_dns_name(host) {
        Ok(host.to_ascii_lowercase())
    } else {
        Err(EndpointError::invalid("invalid host name"))
    }
}

/// Dot-separated labels of 1–63 ASCII letters, digits, `-` or `_` (`_` is
/// tolerated for container host names); at most 253 characters.
fn is_valid_dns_name(host: &str) -> bool {
    host.len() <= 253
        && host.split('.').all(|label| {
            !label.is_empty()
                && label.len() <= 63
                && label
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        })
}

/// RFC 3986 path characters (`pchar` and `/`), with valid `%XX` escapes.
fn is_valid_path(path: &str) -> bool {
    let bytes = path.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b == b'%' {
            let hex = bytes.get(i + 1..i + 3);
            if !hex.is_some_and(|h| h.iter().all(u8::is_ascii_hexdigit)) {
                return false;
            }
            i += 3;
            continue;
        }
        if !(b.is_ascii_alphanumeric() || b"-._~!$&'()*+,;=:@/".contains(&b)) {
            return false;
        }
        i += 1;
    }
    true
}

/// An invalid endpoint configuration. The message names the source but does
/// not repeat the URL (which could contain credentials in user info).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EndpointError {
    message: String,
}

impl EndpointError {
    fn invalid(reason: &str) -> Self {
        EndpointError {
            message: format!("invalid endpoint URL: {reason}"),
        }
    }

    fn in_source(self, source: &str) -> Self {
        EndpointError {
            message: format!("{source}: {}", self.message),
        }
    }
}

impl fmt::Display for EndpointError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for EndpointError {}

/// Where the endpoint came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EndpointSource {
    /// Set in code.
    Explicit,
    /// A service-specific environment variable (its name).
    EnvService(String),
    /// `AWS_ENDPOINT_URL`.
    EnvGlobal,
    /// `endpoint_url` in the profile's `[services NAME]` section (its name).
    ProfileService(String),
    /// `endpoint_url` in the profile.
    Profile,
    /// The default regional endpoint.
    Default,
}

impl EndpointSource {
    /// Whether the endpoint was configured by the user (anything but the default).
    pub fn is_custom(&self) -> bool {
        *self != EndpointSource::Default
    }
}

/// A resolved endpoint and where it came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ResolvedEndpoint {
    /// The endpoint.
    pub endpoint: Endpoint,
    /// Where it was configured.
    pub source: EndpointSource,
}

/// Inputs of [`resolve_endpoint`] that come from the service model and the
/// client configuration.
#[derive(Clone, Copy, Debug)]
pub struct EndpointParams<'a> {
    /// The service id (`sdkId`), e.g. `SFN`, `DynamoDB`, `Elastic Beanstalk`;
    /// used for `AWS_ENDPOINT_URL_<ID>` and the `[services]` key.
    pub service_id: &'a str,
    /// The endpoint prefix, e.g. `states` for Step Functions.
    pub endpoint_prefix: &'a str,
    /// The resolved region (used only for the default endpoint).
    pub region: &'a str,
    /// An endpoint URL set in code, if any.
    pub explicit: Option<&'a str>,
}

/// The suffix of the `AWS_ENDPOINT_URL_` variable for a service id:
/// uppercased, spaces and dashes replaced by `_` (`SFN`, `ELASTIC_BEANSTALK`).
pub fn env_service_id(service_id: &str) -> String {
    service_id
        .trim()
        .chars()
        .map(|c| match c {
            ' ' | '-' => '_',
            c => c.to_ascii_uppercase(),
        })
        .collect()
}

/// The key of a service in a `[services NAME]` section: lowercased, spaces
/// and dashes replaced by `_` (`sfn`, `elastic_beanstalk`).
pub fn config_service_key(service_id: &str) -> String {
    env_service_id(service_id).to_ascii_lowercase()
}

/// DNS suffix of the partition a region belongs to: `amazonaws.com.cn` for
/// `cn-*`, the ISO partitions' suffixes for `us-iso-*`, `us-isob-*`,
/// `us-isof-*`, `eu-isoe-*`, else `amazonaws.com`.
pub fn dns_suffix(region: &str) -> &'static str {
    const SUFFIXES: &[(&str, &str)] = &[
        ("cn-", "amazonaws.com.cn"),
        ("us-isob-", "sc2s.sgov.gov"),
        ("us-isof-", "csp.hci.ic.gov"),
        ("us-iso-", "c2s.ic.gov"),
        ("eu-isoe-", "cloud.adc-e.uk"),
    ];
    SUFFIXES
        .iter()
        .find(|(prefix, _)| region.starts_with(prefix))
        .map_or("amazonaws.com", |(_, suffix)| suffix)
}

/// The default endpoint `https://{endpoint_prefix}.{region}.{dns_suffix(region)}`.
pub fn default_endpoint(endpoint_prefix: &str, region: &str) -> Result<Endpoint, EndpointError> {
    if !super::region::is_valid_region(region) {
        return Err(EndpointError {
            message: format!(
                "cannot build the default endpoint: invalid region `{}`",
                region.escape_debug()
            ),
        });
    }
    let host = format!("{endpoint_prefix}.{region}.{}", dns_suffix(region)).to_ascii_lowercase();
    if endpoint_prefix.is_empty() || !is_valid_dns_name(&host) {
        return Err(EndpointError {
            message: format!(
                "cannot build the default endpoint: invalid endpoint prefix `{}`",
                endpoint_prefix.escape_debug()
            ),
        });
    }
    Ok(Endpoint {
        scheme: Scheme::Https,
        host,
        port: None,
        path_prefix: String::new(),
    })
}

fn parse_bool(value: &str, source: &str) -> Result<bool, EndpointError> {
    if value.eq_ignore_ascii_case("true") {
        Ok(true)
    } else if value.eq_ignore_ascii_case("false") {
        Ok(false)
    } else {
        Err(EndpointError {
            message: format!("{source} must be `true` or `false`"),
        })
    }
}

/// Whether configured endpoint URLs (environment and profile) are ignored:
/// `AWS_IGNORE_CONFIGURED_ENDPOINT_URLS`, else the profile's
/// `ignore_configured_endpoint_urls`, else `false`.
pub fn ignore_configured_endpoint_urls(
    env: &Env,
    profiles: &ProfileSet,
) -> Result<bool, EndpointError> {
    if let Some(value) = env.get("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS") {
        return parse_bool(&value, "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS");
    }
    match profiles
        .selected_profile()
        .and_then(|p| p.get("ignore_configured_endpoint_urls"))
    {
        Some(value) => parse_bool(
            value.trim(),
            &format!(
                "`ignore_configured_endpoint_urls` in profile `{}`",
                profiles.selected_profile_name()
            ),
        ),
        None => Ok(false),
    }
}

/// `AWS_USE_FIPS_ENDPOINT` / `AWS_USE_DUALSTACK_ENDPOINT`, else the
/// profile's `use_fips_endpoint` / `use_dualstack_endpoint`, else `false`
/// (the environment variable wins, as in the AWS SDKs).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct VariantSettings {
    /// Where `true` was set for FIPS (the variable or the profile key), if it was.
    pub fips: Option<String>,
    /// Where `true` was set for dual-stack, if it was.
    pub dual_stack: Option<String>,
}

impl VariantSettings {
    /// Reads both settings; a value other than `true`/`false` is an error
    /// naming its source.
    pub fn read(env: &Env, profiles: &ProfileSet) -> Result<VariantSettings, EndpointError> {
        let mut out = VariantSettings::default();
        for (var, key) in [
            ("AWS_USE_FIPS_ENDPOINT", "use_fips_endpoint"),
            ("AWS_USE_DUALSTACK_ENDPOINT", "use_dualstack_endpoint"),
        ] {
            let (value, source) = match env.get(var) {
                Some(value) => (value, var.to_owned()),
                None => match profiles.selected_profile().and_then(|p| p.get(key)) {
                    Some(value) => (
                        value.trim().to_owned(),
                        format!("`{key}` in profile `{}`", profiles.selected_profile_name()),
                    ),
                    None => continue,
                },
            };
            if parse_bool(&value, &source)? {
                if var == "AWS_USE_FIPS_ENDPOINT" {
                    out.fips = Some(source);
                } else {
                    out.dual_stack = Some(source);
                }
            }
        }
        Ok(out)
    }

    pub fn variant(&self) -> super::partition::Variant {
        super::partition::Variant::new(self.fips.is_some(), self.dual_stack.is_some())
    }

    /// Refuses a variant for a client without endpoint data (no AWS model
    /// beside its spec): sending traffic that must go to a FIPS endpoint to
    /// a non-FIPS host would be worse than failing.
    pub fn refuse(&self) -> Result<(), EndpointError> {
        for (source, what) in [(&self.fips, "FIPS"), (&self.dual_stack, "dual-stack")] {
            if let Some(source) = source {
                return Err(EndpointError {
                    message: format!(
                        "{source} is `true`, but {what} endpoints are not supported by this client \
                         (it was generated without AWS's endpoint data); unset it or set it to \
                         `false` (requests are not sent to a non-{what} endpoint instead)"
                    ),
                });
            }
        }
        Ok(())
    }

    /// Refuses a variant together with a configured endpoint, with the
    /// endpoint rules' messages (the SDKs refuse that combination too).
    pub fn refuse_with_custom_endpoint(&self) -> Result<(), EndpointError> {
        let refusal = |source: &String, message: &str| EndpointError {
            message: format!("{message} ({source} is `true` and an endpoint URL is configured)"),
        };
        if let Some(source) = &self.fips {
            return Err(refusal(
                source,
                "Invalid Configuration: FIPS and custom endpoint are not supported",
            ));
        }
        if let Some(source) = &self.dual_stack {
            return Err(refusal(
                source,
                "Invalid Configuration: Dualstack and custom endpoint are not supported",
            ));
        }
        Ok(())
    }
}

/// Refuses `true` for the FIPS and dual-stack endpoint settings (clients
/// without endpoint data; see [`VariantSettings::refuse`]).
pub fn refuse_endpoint_variants(env: &Env, profiles: &ProfileSet) -> Result<(), EndpointError> {
    VariantSettings::read(env, profiles)?.refuse()
}

/// The endpoint the rules give for `region` and `variant` from the
/// service's partition table: the URL and the SigV4 region and name.
pub fn model_endpoint(
    partitions: &[super::partition::Partition],
    region: &str,
    settings: &VariantSettings,
) -> Result<(Endpoint, String, Option<&'static str>), EndpointError> {
    use super::partition::{resolve, Resolved};
    match resolve(partitions, region, settings.variant()) {
        Some(Resolved::Endpoint {
            url,
            signing_region,
            signing_name,
        }) => {
            let endpoint = Endpoint::parse(&url).map_err(|e| {
                e.in_source(&format!(
                    "the endpoint for region `{}`",
                    region.escape_debug()
                ))
            })?;
            Ok((endpoint, signing_region, signing_name))
        }
        Some(Resolved::Error(message)) => {
            let sources: Vec<&str> = [&settings.fips, &settings.dual_stack]
                .into_iter()
                .flatten()
                .map(String::as_str)
                .collect();
            Err(EndpointError {
                message: match sources.as_slice() {
                    [] => format!("region `{}`: {message}", region.escape_debug()),
                    s => format!(
                        "region `{}`: {message} ({} `true`)",
                        region.escape_debug(),
                        s.join(" and ")
                    ),
                },
            })
        }
        None => Err(EndpointError {
            message: "the client has no endpoint for any partition".into(),
        }),
    }
}

/// Resolves the endpoint (see the module docs for the order). A configured
/// but invalid URL is an error, not a reason to look further.
pub fn resolve_endpoint(
    params: &EndpointParams<'_>,
    env: &Env,
    profiles: &ProfileSet,
) -> Result<ResolvedEndpoint, EndpointError> {
    if let Some(configured) = configured_endpoint(params, env, profiles)? {
        return Ok(configured);
    }
    default_endpoint(params.endpoint_prefix, params.region).map(|endpoint| ResolvedEndpoint {
        endpoint,
        source: EndpointSource::Default,
    })
}

/// Steps 1-5 of the module docs: the endpoint set in code or configured in
/// the environment or profile, if any.
pub fn configured_endpoint(
    params: &EndpointParams<'_>,
    env: &Env,
    profiles: &ProfileSet,
) -> Result<Option<ResolvedEndpoint>, EndpointError> {
    let found = |url: &str, source: EndpointSource, label: &str| {
        Endpoint::parse(url)
            .map(|endpoint| Some(ResolvedEndpoint { endpoint, source }))
            .map_err(|e| e.in_source(label))
    };

    if let Some(url) = params.explicit.map(str::trim).filter(|u| !u.is_empty()) {
        return found(url, EndpointSource::Explicit, "explicit endpoint URL");
    }

    if !ignore_configured_endpoint_urls(env, profiles)? {
        let service_var = format!("AWS_ENDPOINT_URL_{}", env_service_id(params.service_id));
        if let Some(url) = env.get(&service_var) {
            return found(
                &url,
                EndpointSource::EnvService(service_var.clone()),
                &service_var,
            );
        }
        if let Some(url) = env.get("AWS_ENDPOINT_URL") {
            return found(&url, EndpointSource::EnvGlobal, "AWS_ENDPOINT_URL");
        }
        let profile_name = profiles.selected_profile_name();
        if let Some(url) = profiles.service_endpoint_url(&config_service_key(params.service_id)) {
            let services = profiles
                .selected_profile()
                .and_then(|p| p.get("services"))
                .unwrap_or_default()
                .to_owned();
            let label = format!(
                "`endpoint_url` for `{}` in `[services {services}]` (profile `{profile_name}`)",
                config_service_key(params.service_id)
            );
            return found(url, EndpointSource::ProfileService(services), &label);
        }
        if let Some(url) = profiles
            .selected_profile()
            .and_then(|p| p.get("endpoint_url"))
        {
            let label = format!("`endpoint_url` in profile `{profile_name}`");
            return found(url, EndpointSource::Profile, &label);
        }
    }
    Ok(None)
}

/// Applies an operation's host prefix (already expanded, e.g. `sync-` for
/// Step Functions `StartSyncExecution`) to an endpoint:
/// `states.us-east-1.amazonaws.com` → `sync-states.us-east-1.amazonaws.com`.
///
/// Like the AWS SDKs, the prefix is applied to custom endpoints too, when the
/// host is a DNS name. It is deliberately **not** applied when the host is an
/// IP address or `localhost`: `sync-127.0.0.1` or `sync-localhost` cannot
/// resolve, and skipping the prefix keeps local test servers (moto,
/// LocalStack, DynamoDB Local, ...) working. Single-label names such as a
/// container's `localstack` are DNS names and do get the prefix.
///
/// Errors if the prefix contains characters other than ASCII letters, digits,
/// `-` and `.`, or the prefixed host is not a valid DNS name.
pub fn apply_host_prefix(endpoint: &Endpoint, prefix: &str) -> Result<Endpoint, EndpointError> {
    if prefix.is_empty() || endpoint.is_ip_or_localhost() {
        return Ok(endpoint.clone());
    }
    let host = format!("{prefix}{}", endpoint.host).to_ascii_lowercase();
    let prefix_ok = prefix
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'.');
    if !prefix_ok || !is_valid_dns_name(&host) {
        return Err(EndpointError {
            message: format!("invalid host prefix `{}`", prefix.escape_debug()),
        });
    }
    Ok(Endpoint {
        host,
        ..endpoint.clone()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn params(explicit: Option<&'static str>) -> EndpointParams<'static> {
        EndpointParams {
            service_id: "SFN",
            endpoint_prefix: "states",
            region: "us-east-1",
            explicit,
        }
    }

    fn no_env() -> Env {
        Env::from_map::<_, &str, &str>([])
    }

    fn no_profiles() -> ProfileSet {
        ProfileSet::parse("", "")
    }

    fn url(resolved: Result<ResolvedEndpoint, EndpointError>) -> String {
        resolved.unwrap().endpoint.url()
    }

    #[test]
    fn parse_valid_urls() {
        let e = Endpoint::parse("https://states.us-east-1.amazonaws.com").unwrap();
        assert_eq!(
            e,
            Endpoint {
                scheme: Scheme::Https,
                host: "states.us-east-1.amazonaws.com".into(),
                port: None,
                path_prefix: String::new(),
            }
        );
        let e = Endpoint::parse(" HTTP://LocalHost:5000/ ").unwrap();
        assert_eq!(
            (e.scheme, e.host.as_str(), e.port),
            (Scheme::Http, "localhost", Some(5000))
        );
        assert_eq!(e.path_prefix, "");
        assert_eq!(e.url(), "http://localhost:5000");
        assert_eq!(e.url_for_path("/"), "http://localhost:5000/");

        let e = Endpoint::parse("https://proxy.example.com:8443/aws/sfn/").unwrap();
        assert_eq!(e.path_prefix, "/aws/sfn");
        assert_eq!(e.authority(), "proxy.example.com:8443");
        assert_eq!(
            e.url_for_path("/"),
            "https://proxy.example.com:8443/aws/sfn/"
        );
        assert_eq!(
            e.url_for_path("x"),
            "https://proxy.example.com:8443/aws/sfn/x"
        );

        let e = Endpoint::parse("http://127.0.0.1:4566").unwrap();
        assert_eq!((e.host.as_str(), e.port), ("127.0.0.1", Some(4566)));
        let e = Endpoint::parse("http://[::1]:8000/p%2Fq").unwrap();
        assert_eq!(
            (e.host.as_str(), e.port, e.path_prefix.as_str()),
            ("[::1]", Some(8000), "/p%2Fq")
        );
        assert_eq!(e.to_string(), "http://[::1]:8000/p%2Fq");

        // Default ports are normalised away.
        assert_eq!(Endpoint::parse("https://a.example:443").unwrap().port, None);
        assert_eq!(Endpoint::parse("http://a.example:80").unwrap().port, None);
        assert_eq!(
            Endpoint::parse("http://a.example:443").unwrap().port,
            Some(443)
        );
        assert_eq!(
            Endpoint::parse("http://moto_server:5000").unwrap().host,
            "moto_server"
        );
    }

    #[test]
    fn parse_invalid_urls() {
        for bad in [
            "",
            "states.us-east-1.amazonaws.com",
            "ftp://example.com",
            "file:///etc/passwd",
            "https://",
            "https:///path",
            "https://:443",
            "https://user:pass@example.com",
            "https://example.com?x=1",
            "https://example.com/#frag",
            "https://exa mple.com",
            "https://example.com:0",
            "https://example.com:65536",
            "https://example.com:",
            "https://example.com:abc",
            "https://example.com:80:80",
            "https://[::1",
            "https://[not-ipv6]",
            "https://[::1]x",
            "https://300.1.1.1",
            "https://1.2.3",
            "https://a..b",
            "https://exa%6dple.com",
            "https://example.com/pa th",
            "https://example.com/bad%zz",
            "https://example.com/ü",
            "https://\u{0}host",
        ] {
            let err = Endpoint::parse(bad).expect_err(bad);
            assert!(
                err.to_string().starts_with("invalid endpoint URL"),
                "{bad}: {err}"
            );
        }
        // The URL itself (possibly with credentials) is not echoed.
        let err = Endpoint::parse("https://user:hunter2@example.com").unwrap_err();
        assert!(!err.to_string().contains("hunter2"));
    }

    #[test]
    fn default_endpoint_and_partitions() {
        assert_eq!(
            url(resolve_endpoint(&params(None), &no_env(), &no_profiles())),
            "https://states.us-east-1.amazonaws.com"
        );
        let cn = EndpointParams {
            region: "cn-north-1",
            ..params(None)
        };
        let resolved = resolve_endpoint(&cn, &no_env(), &no_profiles()).unwrap();
        assert_eq!(
            resolved.endpoint.url(),
            "https://states.cn-north-1.amazonaws.com.cn"
        );
        assert_eq!(resolved.source, EndpointSource::Default);
        assert!(!resolved.source.is_custom());
        assert_eq!(dns_suffix("cn-northwest-1"), "amazonaws.com.cn");
        assert_eq!(dns_suffix("us-gov-west-1"), "amazonaws.com");
        assert_eq!(dns_suffix("us-iso-east-1"), "c2s.ic.gov");
        assert_eq!(dns_suffix("us-isob-east-1"), "sc2s.sgov.gov");
        // Only the `cn-` prefix counts.
        assert_eq!(dns_suffix("eu-central-1"), "amazonaws.com");

        assert!(default_endpoint("states", "us east 1").is_err());
        assert!(default_endpoint("states", "").is_err());
        assert!(default_endpoint("", "us-east-1").is_err());
        assert!(default_endpoint("bad/prefix", "us-east-1").is_err());
        assert_eq!(
            default_endpoint("states", "us-west-2").unwrap().scheme,
            Scheme::Https
        );
    }

    #[test]
    fn service_id_transformations() {
        assert_eq!(env_service_id("SFN"), "SFN");
        assert_eq!(env_service_id("Elastic Beanstalk"), "ELASTIC_BEANSTALK");
        assert_eq!(env_service_id("cognito-identity"), "COGNITO_IDENTITY");
        assert_eq!(config_service_key("DynamoDB"), "dynamodb");
        assert_eq!(config_service_key("Elastic Beanstalk"), "elastic_beanstalk");
    }

    const PROFILES: &str = "[default]\nendpoint_url = https://profile.example\nservices = local\n[services local]\nsfn =\n  endpoint_url = http://localhost:8083\n";

    #[test]
    fn precedence() {
        let profiles = ProfileSet::parse(PROFILES, "");
        let env = Env::from_map([
            ("AWS_ENDPOINT_URL_SFN", "http://service-env:1"),
            ("AWS_ENDPOINT_URL", "http://global-env:2"),
        ]);

        let r =
            resolve_endpoint(&params(Some("https://explicit.example")), &env, &profiles).unwrap();
        assert_eq!(
            (r.endpoint.url().as_str(), &r.source),
            ("https://explicit.example", &EndpointSource::Explicit)
        );

        let r = resolve_endpoint(&params(None), &env, &profiles).unwrap();
        assert_eq!(r.endpoint.url(), "http://service-env:1");
        assert_eq!(
            r.source,
            EndpointSource::EnvService("AWS_ENDPOINT_URL_SFN".into())
        );
        assert!(r.source.is_custom());

        let global_only = Env::from_map([("AWS_ENDPOINT_URL", "http://global-env:2")]);
        let r = resolve_endpoint(&params(None), &global_only, &profiles).unwrap();
        assert_eq!(
            (r.endpoint.url().as_str(), &r.source),
            ("http://global-env:2", &EndpointSource::EnvGlobal)
        );

        let r = resolve_endpoint(&params(None), &no_env(), &profiles).unwrap();
        assert_eq!(r.endpoint.url(), "http://localhost:8083");
        assert_eq!(r.source, EndpointSource::ProfileService("local".into()));

        // Another service: not in the services section → profile endpoint_url.
        let ddb = EndpointParams {
            service_id: "DynamoDB",
            endpoint_prefix: "dynamodb",
            ..params(None)
        };
        let r = resolve_endpoint(&ddb, &no_env(), &profiles).unwrap();
        assert_eq!(
            (r.endpoint.url().as_str(), &r.source),
            ("https://profile.example", &EndpointSource::Profile)
        );

        // Another service's env var does not apply.
        let other = Env::from_map([("AWS_ENDPOINT_URL_DYNAMODB", "http://ddb:1")]);
        let r = resolve_endpoint(&params(None), &other, &ProfileSet::parse("", "")).unwrap();
        assert_eq!(r.source, EndpointSource::Default);
    }

    #[test]
    fn ignore_configured_endpoints() {
        let profiles = ProfileSet::parse(PROFILES, "");
        let env = Env::from_map([
            ("AWS_ENDPOINT_URL_SFN", "http://service-env:1"),
            ("AWS_ENDPOINT_URL", "http://global-env:2"),
            ("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", "TRUE"),
        ]);
        let r = resolve_endpoint(&params(None), &env, &profiles).unwrap();
        assert_eq!(r.endpoint.url(), "https://states.us-east-1.amazonaws.com");
        // Explicit endpoints are still honoured.
        let r = resolve_endpoint(&params(Some("http://localhost:1")), &env, &profiles).unwrap();
        assert_eq!(r.source, EndpointSource::Explicit);

        // Profile setting, overridden by the env var.
        let ignoring = ProfileSet::parse(&format!("{PROFILES}[profile x]\nignore_configured_endpoint_urls = true\nendpoint_url = http://x:1\n"), "")
            .with_selected_profile("x");
        assert_eq!(
            resolve_endpoint(&params(None), &no_env(), &ignoring)
                .unwrap()
                .source,
            EndpointSource::Default
        );
        let not_ignoring = Env::from_map([("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", "false")]);
        assert_eq!(
            resolve_endpoint(&params(None), &not_ignoring, &ignoring)
                .unwrap()
                .source,
            EndpointSource::Profile
        );

        let bad = Env::from_map([("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", "yes")]);
        let err = resolve_endpoint(&params(None), &bad, &profiles).unwrap_err();
        assert!(err
            .to_string()
            .contains("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS"));
    }

    #[test]
    fn invalid_configured_url_is_an_error_naming_the_source() {
        let env = Env::from_map([
            ("AWS_ENDPOINT_URL_SFN", "localhost:4566"),
            ("AWS_ENDPOINT_URL", "http://ok:1"),
        ]);
        let err = resolve_endpoint(&params(None), &env, &no_profiles()).unwrap_err();
        assert!(err.to_string().contains("AWS_ENDPOINT_URL_SFN"), "{err}");

        let err =
            resolve_endpoint(&params(Some("ftp://x")), &no_env(), &no_profiles()).unwrap_err();
        assert!(err.to_string().contains("explicit"), "{err}");

        let profiles = ProfileSet::parse("[default]\nendpoint_url = nope\n", "");
        let err = resolve_endpoint(&params(None), &no_env(), &profiles).unwrap_err();
        assert!(err.to_string().contains("profile `default`"), "{err}");
    }

    #[test]
    fn host_prefix_rules() {
        let default = default_endpoint("states", "us-east-1").unwrap();
        assert_eq!(
            apply_host_prefix(&default, "sync-").unwrap().url(),
            "https://sync-states.us-east-1.amazonaws.com"
        );
        let cn = default_endpoint("states", "cn-north-1").unwrap();
        assert_eq!(
            apply_host_prefix(&cn, "sync-").unwrap().host,
            "sync-states.cn-north-1.amazonaws.com.cn"
        );
        assert_eq!(apply_host_prefix(&default, "").unwrap(), default);
        assert_eq!(
            apply_host_prefix(&default, "data.").unwrap().host,
            "data.states.us-east-1.amazonaws.com"
        );

        // Custom DNS endpoint: applied, port and path kept.
        let custom = Endpoint::parse("https://vpce-123.states.example.com:8443/base").unwrap();
        let prefixed = apply_host_prefix(&custom, "sync-").unwrap();
        assert_eq!(
            prefixed.url(),
            "https://sync-vpce-123.states.example.com:8443/base"
        );

        // IP addresses and localhost: not applied.
        for local in [
            "http://localhost:5000",
            "http://LOCALHOST",
            "http://127.0.0.1:5000",
            "http://[::1]:5000",
            "http://10.0.0.7",
        ] {
            let e = Endpoint::parse(local).unwrap();
            assert!(e.is_ip_or_localhost(), "{local}");
            assert_eq!(apply_host_prefix(&e, "sync-").unwrap(), e, "{local}");
        }
        // Single-label host names are DNS names.
        let e = Endpoint::parse("http://localstack:4566").unwrap();
        assert_eq!(
            apply_host_prefix(&e, "sync-").unwrap().host,
            "sync-localstack"
        );

        // Invalid prefixes.
        assert!(apply_host_prefix(&default, "bad/").is_err());
        assert!(apply_host_prefix(&default, "a..").is_err());
        assert!(apply_host_prefix(&default, ".").is_err());
        assert!(apply_host_prefix(&default, &"x".repeat(64)).is_err());
    }
}
