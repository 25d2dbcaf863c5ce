//! Client configuration, resolved like the official AWS SDKs.
//!
//! [`Config::from_env`] reads credentials, region and endpoint from the
//! standard sources (environment variables, then the shared `config` and
//! `credentials` files and their profiles); [`Config::builder`] starts from
//! nothing. Explicit settings always win. Resolution happens once, when the
//! client is created ([`Config::resolve`]).

use std::fmt;
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use super::credentials::{Credentials, DefaultCredentialsChain, ProvideCredentials};
use super::endpoint::{self, Endpoint, EndpointParams, EndpointSource, VariantSettings};
use super::env::Env;
use super::http::HttpClient;
use super::operation::ServiceSpec;
use super::profile::ProfileSet;
use super::region;
use super::retry::RetryConfig;
use super::stalled_stream::StalledStreamProtectionConfig;

/// Time limits. `None` means no limit (the defaults, as in the AWS SDKs, except
/// the connect timeout of 3.1 s). Independently of these, stalled-stream
/// protection (on by default, see [`StalledStreamProtectionConfig`]) fails
/// an attempt whose response does not start within 30 s or whose body stops
/// moving.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TimeoutConfig {
    /// Establishing a connection (TCP + TLS). Default 3.1 s.
    pub connect: Option<Duration>,
    /// One attempt, from sending to the last byte of the response.
    /// Long-poll operations (e.g. Step Functions `GetActivityTask`, which the
    /// service holds for 60 s) always get at least their hold time plus a
    /// margin, so a short limit here never cuts them off.
    pub attempt: Option<Duration>,
    /// The whole call, retries and backoff included.
    pub operation: Option<Duration>,
}

/// Settings shared by every call of a client.
#[derive(Clone, Default)]
pub struct Config {
    region: Option<String>,
    endpoint_url: Option<String>,
    credentials: Option<Arc<dyn ProvideCredentials>>,
    http_client: Option<Arc<dyn HttpClient>>,
    profile: Option<String>,
    retry: RetryConfig,
    timeouts: TimeoutConfig,
    stalled_stream: StalledStreamProtectionConfig,
    /// Read the environment and shared files (set by `from_env`).
    env: Option<Env>,
    /// Signing time instead of the clock (differential tests).
    fixed_time: Option<SystemTime>,
}

impl fmt::Debug for Config {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Credentials providers print their own redacted Debug; a password
        // in the endpoint URL's user info is not printed.
        f.debug_struct("Config")
            .field("region", &self.region)
            .field(
                "endpoint_url",
                &self.endpoint_url.as_deref().map(redact_user_info),
            )
            .field("credentials", &self.credentials)
            .field("http_client", &self.http_client)
            .field("profile", &self.profile)
            .field("retry", &self.retry)
            .field("timeouts", &self.timeouts)
            .field("stalled_stream_protection", &self.stalled_stream)
            .field("from_env", &self.env.is_some())
            .field("fixed_time", &self.fixed_time)
            .finish()
    }
}

impl Config {
    /// A builder that uses only what you set on it.
    pub fn builder() -> ConfigBuilder {
        ConfigBuilder::default()
    }

    /// A builder that also reads the standard AWS sources, like the official
    /// SDKs: credentials from `AWS_ACCESS_KEY_ID`/`AWS_SECRET_ACCESS_KEY`/
    /// `AWS_SESSION_TOKEN`, then the shared files (`AWS_SHARED_CREDENTIALS_FILE`,
    /// `AWS_CONFIG_FILE`, `AWS_PROFILE`); region from `AWS_REGION`,
    /// `AWS_DEFAULT_REGION`, then the profile; endpoint from
    /// `AWS_ENDPOINT_URL_<SERVICE>`, `AWS_ENDPOINT_URL`, then the profile.
    /// Anything set explicitly on the builder wins.
    pub fn from_env() -> ConfigBuilder {
        ConfigBuilder::default().env(Env::real())
    }

    pub fn region(&self) -> Option<&str> {
        self.region.as_deref()
    }

    pub fn endpoint_url(&self) -> Option<&str> {
        self.endpoint_url.as_deref()
    }

    pub fn retry_config(&self) -> &RetryConfig {
        &self.retry
    }

    pub fn timeout_config(&self) -> &TimeoutConfig {
        &self.timeouts
    }

    pub fn stalled_stream_protection(&self) -> &StalledStreamProtectionConfig {
        &self.stalled_stream
    }

    /// The time requests are signed at: the fixed time when one was set
    /// ([`ConfigBuilder::fixed_time`]), else now.
    pub fn signing_time(&self) -> SystemTime {
        self.fixed_time.unwrap_or_else(SystemTime::now)
    }

    /// Resolves region, endpoint and credentials provider for `service`.
    pub fn resolve(&self, service: &ServiceSpec) -> Result<Resolved, ConfigError> {
        let profiles = match &self.env {
            Some(env) => ProfileSet::load(env, self.profile.as_deref()),
            None => ProfileSet::parse("", ""),
        };
        let empty_env = Env::from_map(std::iter::empty::<(String, String)>());
        let env = self.env.as_ref().unwrap_or(&empty_env);
        let region = match &self.region {
            // Validated like every other source: it becomes part of the host
            // name and of the signature scope whatever the endpoint.
            Some(r) if region::is_valid_region(r) => r.clone(),
            Some(r) => {
                return Err(ConfigError(format!(
                    "invalid AWS region `{}` from Config::builder().region(…) \
                     (expected letters, digits and inner `-`, e.g. `us-east-1`)",
                    r.escape_debug()
                )))
            }
            None => {
                let resolved = match &self.env {
                    Some(env) => region::resolve_region(None, env, &profiles).map(|r| r.region).map_err(|e| e.to_string()),
                    None => Err(
                        "no region configured: set one with Config::builder().region(…) or use Config::from_env()".into()
                    ),
                };
                // Global (region-less) services sign for us-east-1.
                match (resolved, service.global_host) {
                    (Ok(r), _) => r,
                    (Err(_), Some(_)) => "us-east-1".into(),
                    (Err(e), None) => return Err(ConfigError(e)),
                }
            }
        };
        let variants =
            VariantSettings::read(env, &profiles).map_err(|e| ConfigError(e.to_string()))?;
        let params = EndpointParams {
            service_id: service.service_id,
            endpoint_prefix: service.endpoint_prefix,
            region: &region,
            explicit: self.endpoint_url.as_deref(),
        };
        let configured = endpoint::configured_endpoint(&params, env, &profiles)
            .map_err(|e| ConfigError(e.to_string()))?;
        // Kept for operations with endpoint rules of their own.
        let mut model_variants = None;
        let (endpoint, endpoint_source, signing_region, signing_name) = match configured {
            // A configured endpoint is signed for the region (as the SDKs do).
            Some(c) => {
                variants
                    .refuse_with_custom_endpoint()
                    .map_err(|e| ConfigError(e.to_string()))?;
                (c.endpoint, c.source, region.clone(), service.signing_name)
            }
            None if !service.partitions.is_empty() => {
                let (endpoint, signing_region, signing_name) =
                    endpoint::model_endpoint(service.partitions, &region, &variants)
                        .map_err(|e| ConfigError(e.to_string()))?;
                model_variants = Some(variants);
                (
                    endpoint,
                    EndpointSource::Default,
                    signing_region,
                    signing_name.unwrap_or(service.signing_name),
                )
            }
            None => {
                variants.refuse().map_err(|e| ConfigError(e.to_string()))?;
                let endpoint = legacy_default_endpoint(service, &region)?;
                (
                    endpoint,
                    EndpointSource::Default,
                    region.clone(),
                    service.signing_name,
                )
            }
        };
        let credentials: Arc<dyn ProvideCredentials> = match (&self.credentials, &self.env) {
            (Some(c), _) => Arc::clone(c),
            (None, Some(env)) => {
                let mut chain =
                    DefaultCredentialsChain::new(env.clone()).with_profile_set(profiles);
                if let Some(p) = &self.profile {
                    chain = chain.with_profile_name(p.clone());
                }
                Arc::new(chain)
            }
            (None, None) => Arc::new(NoCredentials),
        };
        let http_client = match &self.http_client {
            Some(c) => Arc::clone(c),
            None => {
                let mut builder = super::transport::HyperClient::builder()
                    .stalled_stream_protection(self.stalled_stream.clone());
                if let Some(connect) = self.timeouts.connect {
                    builder = builder.connect_timeout(connect);
                }
                Arc::new(builder.build())
            }
        };
        Ok(Resolved {
            region,
            endpoint,
            endpoint_source,
            variants: model_variants,
            signing_region,
            signing_name,
            credentials,
            http_client,
        })
    }
}

/// `scheme://user:password@host/…` → `scheme://<redacted>@host/…` (for
/// `Debug`; such URLs are refused when the client is created anyway).
fn redact_user_info(url: &str) -> String {
    let start = url.find("://").map_or(0, |i| i + 3);
    let end = url[start..]
        .find(['/', '?', '#'])
        .map_or(url.len(), |i| start + i);
    match url[start..end].rfind('@') {
        Some(at) => format!("{}<redacted>{}", &url[..start], &url[start + at..]),
        None => url.to_owned(),
    }
}

/// The default endpoint of a client generated without AWS's model: the
/// spec's one host of a global service, else
/// `https://{endpoint_prefix}.{region}.{dns suffix}`.
fn legacy_default_endpoint(service: &ServiceSpec, region: &str) -> Result<Endpoint, ConfigError> {
    let url = match service.global_host {
        Some(host) => format!("https://{host}"),
        // Services outside `amazonaws.com` (e.g. `api.aws`) in the standard partitions.
        None if service.dns_suffix != "amazonaws.com"
            && endpoint::dns_suffix(region) == "amazonaws.com" =>
        {
            format!(
                "https://{}.{region}.{}",
                service.endpoint_prefix, service.dns_suffix
            )
        }
        None => {
            return endpoint::default_endpoint(service.endpoint_prefix, region)
                .map_err(|e| ConfigError(e.to_string()))
        }
    };
    Endpoint::parse(&url).map_err(|e| ConfigError(e.to_string()))
}

/// What a client uses for every call.
#[derive(Clone, Debug)]
pub struct Resolved {
    pub region: String,
    pub endpoint: Endpoint,
    /// Where the endpoint came from.
    pub endpoint_source: EndpointSource,
    /// FIPS/dual-stack settings when the endpoint came from AWS's model
    /// (not configured): operations with endpoint rules of their own
    /// resolve theirs with them.
    pub variants: Option<super::endpoint::VariantSettings>,
    /// The SigV4 region: the region, except for global services and other
    /// endpoints AWS's model signs elsewhere (budgets: `us-east-1`).
    pub signing_region: String,
    /// The SigV4 service name.
    pub signing_name: &'static str,
    pub credentials: Arc<dyn ProvideCredentials>,
    pub http_client: Arc<dyn HttpClient>,
}

/// Configuration that cannot be used (no region, a malformed endpoint URL…).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConfigError(String);

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "invalid client configuration: {}", self.0)
    }
}

impl std::error::Error for ConfigError {}

/// The provider of `Config::builder()` when no credentials were given.
#[derive(Debug)]
struct NoCredentials;

impl ProvideCredentials for NoCredentials {
    fn provide_credentials(&self) -> super::credentials::ProvideCredentialsFuture<'_> {
        Box::pin(async {
            Err(super::credentials::CredentialsError::not_loaded(
                "no credentials configured: set them with Config::builder().credentials(…) or use Config::from_env()",
            ))
        })
    }
}

/// Builds a [`Config`].
#[derive(Default)]
pub struct ConfigBuilder {
    config: Config,
}

impl ConfigBuilder {
    /// The AWS region, e.g. `us-east-1`.
    pub fn region(mut self, region: impl Into<String>) -> Self {
        self.config.region = Some(region.into());
        self
    }

    /// Send requests here instead of the region's default endpoint, e.g.
    /// `http://127.0.0.1:5000` for a local emulator. Plain `http` is used
    /// only when the URL says so.
    pub fn endpoint_url(mut self, url: impl Into<String>) -> Self {
        self.config.endpoint_url = Some(url.into());
        self
    }

    /// Static credentials.
    pub fn credentials(self, credentials: Credentials) -> Self {
        self.credentials_provider(credentials)
    }

    /// Your own credentials source (e.g. a bridge to `aws-config`).
    pub fn credentials_provider(mut self, provider: impl ProvideCredentials + 'static) -> Self {
        self.config.credentials = Some(Arc::new(provider));
        self
    }

    /// The HTTP client (default: the built-in hyper + rustls client).
    pub fn http_client(mut self, client: impl HttpClient + 'static) -> Self {
        self.config.http_client = Some(Arc::new(client));
        self
    }

    /// Retry policy (default: [`RetryConfig::standard`], 3 attempts).
    pub fn retry_config(mut self, retry: RetryConfig) -> Self {
        self.config.retry = retry;
        self
    }

    /// Connect, per-attempt and whole-operation time limits.
    pub fn timeout_config(mut self, timeouts: TimeoutConfig) -> Self {
        self.config.timeouts = timeouts;
        self
    }

    /// Stalled-stream protection of the built-in HTTP client (default:
    /// [`StalledStreamProtectionConfig::enabled`]: the response must start
    /// within 30 s, then its body bring at least 1 KiB/s in every 5 s).
    /// A client passed to [`ConfigBuilder::http_client`] uses its own
    /// settings instead.
    pub fn stalled_stream_protection(mut self, config: StalledStreamProtectionConfig) -> Self {
        self.config.stalled_stream = config;
        self
    }

    /// The shared-config profile to read (default: `AWS_PROFILE`, else
    /// `default`). Only used with [`Config::from_env`].
    pub fn profile(mut self, name: impl Into<String>) -> Self {
        self.config.profile = Some(name.into());
        self
    }

    /// Read the standard sources from `env` instead of the process (tests).
    pub fn env(mut self, env: Env) -> Self {
        self.config.env = Some(env);
        self
    }

    /// Signs every request at `time` instead of the current time, so a
    /// signature can be compared byte for byte with another signer's
    /// (differential tests). Not for real traffic: AWS refuses signatures
    /// more than 5 minutes off.
    #[doc(hidden)]
    pub fn fixed_time(mut self, time: SystemTime) -> Self {
        self.config.fixed_time = Some(time);
        self
    }

    pub fn build(self) -> Config {
        self.config
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    static SERVICE: ServiceSpec = ServiceSpec {
        protocol: super::super::operation::Protocol::AwsJson {
            target_prefix: "AWSStepFunctions",
            version: "1.0",
        },
        service_id: "SFN",
        read_error: super::super::error::ErrorMetadata::from_response,
        signing_name: "states",
        endpoint_prefix: "states",
        dns_suffix: "amazonaws.com",
        global_host: None,
        partitions: &[],
        discovery_operation: None,
    };

    fn error(config: Config) -> String {
        config.resolve(&SERVICE).unwrap_err().to_string()
    }

    #[test]
    fn explicit_region_is_validated_even_with_an_endpoint_url() {
        for bad in ["us-east-1.evil.com", "us-east-1/x", "", "us east 1"] {
            let config = Config::builder()
                .region(bad)
                .endpoint_url("http://127.0.0.1:5000")
                .build();
            let text = error(config);
            assert!(text.contains("invalid AWS region"), "{bad}: {text}");
        }
        let ok = Config::builder()
            .region("eu-west-1")
            .endpoint_url("http://127.0.0.1:5000")
            .build();
        assert_eq!(ok.resolve(&SERVICE).unwrap().region, "eu-west-1");
    }

    #[test]
    fn debug_hides_the_endpoint_password() {
        let config = Config::builder()
            .endpoint_url("https://alice:s3cr3t-PW@proxy.example:8443/p?q=1")
            .build();
        let text = format!("{config:?}");
        assert!(
            !text.contains("s3cr3t-PW") && !text.contains("alice"),
            "{text}"
        );
        assert!(
            text.contains("https://<redacted>@proxy.example:8443/p?q=1"),
            "{text}"
        );
        assert_eq!(redact_user_info("http://h:1/x@y"), "http://h:1/x@y");
        assert_eq!(redact_user_info("u:p@h"), "<redacted>@h");
    }

    #[test]
    fn fips_and_dualstack_are_refused_not_ignored() {
        let from = |vars: &[(&str, &str)], config_file: &str| {
            let env = Env::from_map(vars.iter().copied().chain([("AWS_CONFIG_FILE", "/cfg")]))
                .with_file("/cfg", config_file);
            Config::builder().region("us-east-1").env(env).build()
        };
        let text = error(from(&[("AWS_USE_FIPS_ENDPOINT", "true")], ""));
        assert!(
            text.contains("AWS_USE_FIPS_ENDPOINT is `true`")
                && text.contains("FIPS endpoints are not supported"),
            "{text}"
        );
        let text = error(from(&[("AWS_USE_DUALSTACK_ENDPOINT", "TRUE")], ""));
        assert!(
            text.contains("dual-stack endpoints are not supported"),
            "{text}"
        );
        let text = error(from(&[], "[default]\nuse_fips_endpoint = true\n"));
        assert!(
            text.contains("`use_fips_endpoint` in profile `default`"),
            "{text}"
        );
        let text = error(from(&[], "[default]\nuse_dualstack_endpoint = true\n"));
        assert!(text.contains("`use_dualstack_endpoint`"), "{text}");
        let text = error(from(&[("AWS_USE_FIPS_ENDPOINT", "yes")], ""));
        assert!(text.contains("must be `true` or `false`"), "{text}");
        // With a custom endpoint too (the SDKs refuse that combination).
        let mut config = from(&[("AWS_USE_FIPS_ENDPOINT", "true")], "");
        config.endpoint_url = Some("http://127.0.0.1:5000".into());
        assert!(error(config).contains("FIPS"));
        // `false`, and the variable winning over the profile, are fine.
        let ok = from(
            &[("AWS_USE_FIPS_ENDPOINT", "false")],
            "[default]\nuse_fips_endpoint = true\nuse_dualstack_endpoint = false\n",
        );
        assert!(ok.resolve(&SERVICE).is_ok());
    }

    use super::super::partition::{Partition, RegionPattern, Rule, Segment};

    const fn rule(url: &'static str, signing_region: &'static str) -> Rule {
        Rule::Endpoint {
            url,
            signing_region: Some(signing_region),
            signing_name: None,
        }
    }

    /// A global service (budgets' endpoints in botocore 1.44.5, two partitions).
    static GLOBAL: ServiceSpec = ServiceSpec {
        protocol: super::super::operation::Protocol::AwsJson {
            target_prefix: "AWSBudgetServiceGateway",
            version: "1.1",
        },
        service_id: "Budgets",
        read_error: super::super::error::ErrorMetadata::from_response,
        signing_name: "budgets",
        endpoint_prefix: "budgets",
        dns_suffix: "amazonaws.com",
        global_host: Some("budgets.amazonaws.com"),
        partitions: &[
            Partition {
                id: "aws",
                regions: &["aws-global", "eu-west-1", "us-east-1"],
                pattern: RegionPattern(&[
                    Segment::OneOf(&["us", "eu", "ap"]),
                    Segment::Word,
                    Segment::Digits,
                ]),
                default: [
                    rule("https://budgets.amazonaws.com", "us-east-1"),
                    rule("https://budgets-fips.amazonaws.com", "us-east-1"),
                    rule("https://budgets.us-east-1.api.aws", "us-east-1"),
                    Rule::Error("FIPS and DualStack are enabled, but this partition does not support one or both"),
                ],
                overrides: &[],
            },
            Partition {
                id: "aws-cn",
                regions: &["cn-north-1", "cn-northwest-1"],
                pattern: RegionPattern(&[Segment::Literal("cn"), Segment::Word, Segment::Digits]),
                default: [
                    rule("https://budgets.amazonaws.com.cn", "cn-northwest-1"),
                    Rule::Error("FIPS is enabled but this partition does not support FIPS"),
                    rule("https://budgets.api.amazonwebservices.com.cn", "cn-northwest-1"),
                    Rule::Error("FIPS and DualStack are enabled, but this partition does not support one or both"),
                ],
                overrides: &[],
            },
        ],
        discovery_operation: None,
    };

    fn global(region: Option<&str>, vars: &[(&str, &str)]) -> Result<Resolved, ConfigError> {
        let env = Env::from_map(vars.iter().copied());
        let mut builder = Config::builder().env(env);
        if let Some(region) = region {
            builder = builder.region(region);
        }
        builder.build().resolve(&GLOBAL)
    }

    fn url_and_scope(r: Result<Resolved, ConfigError>) -> (String, String) {
        let r = r.unwrap();
        (r.endpoint.url(), r.signing_region)
    }

    #[test]
    fn model_endpoints_give_the_host_and_the_signing_region() {
        let aws = (
            "https://budgets.amazonaws.com".to_string(),
            "us-east-1".to_string(),
        );
        for region in ["eu-west-1", "ap-south-7", "us-east-1"] {
            assert_eq!(url_and_scope(global(Some(region), &[])), aws, "{region}");
        }
        // No region at all: a global service still works (us-east-1).
        assert_eq!(url_and_scope(global(None, &[])), aws);
        assert_eq!(
            url_and_scope(global(Some("cn-north-1"), &[])),
            (
                "https://budgets.amazonaws.com.cn".to_string(),
                "cn-northwest-1".to_string()
            )
        );
        let r = global(Some("eu-west-1"), &[("AWS_USE_FIPS_ENDPOINT", "true")]).unwrap();
        assert_eq!(r.endpoint.url(), "https://budgets-fips.amazonaws.com");
        assert_eq!(
            (r.region.as_str(), r.signing_name),
            ("eu-west-1", "budgets")
        );
        let r = global(
            Some("cn-north-1"),
            &[("AWS_USE_DUALSTACK_ENDPOINT", "true")],
        )
        .unwrap();
        assert_eq!(
            r.endpoint.url(),
            "https://budgets.api.amazonwebservices.com.cn"
        );
    }

    #[test]
    fn a_variant_the_rules_refuse_is_an_error_with_their_message() {
        let e = global(Some("cn-north-1"), &[("AWS_USE_FIPS_ENDPOINT", "true")])
            .unwrap_err()
            .to_string();
        assert!(
            e.contains("region `cn-north-1`: FIPS is enabled but this partition does not support FIPS (AWS_USE_FIPS_ENDPOINT `true`)"),
            "{e}"
        );
        let e = global(
            Some("us-east-1"),
            &[
                ("AWS_USE_FIPS_ENDPOINT", "true"),
                ("AWS_USE_DUALSTACK_ENDPOINT", "true"),
            ],
        )
        .unwrap_err()
        .to_string();
        assert!(e.contains("does not support one or both"), "{e}");
        assert!(
            e.contains("AWS_USE_FIPS_ENDPOINT and AWS_USE_DUALSTACK_ENDPOINT"),
            "{e}"
        );
    }

    #[test]
    fn a_configured_endpoint_wins_and_is_signed_for_the_region() {
        let r = global(
            Some("eu-west-1"),
            &[("AWS_ENDPOINT_URL_BUDGETS", "http://127.0.0.1:5000")],
        )
        .unwrap();
        assert_eq!(
            (r.endpoint.url().as_str(), r.signing_region.as_str()),
            ("http://127.0.0.1:5000", "eu-west-1")
        );
        assert!(r.endpoint_source.is_custom());
        let e = global(
            Some("eu-west-1"),
            &[
                ("AWS_ENDPOINT_URL", "http://127.0.0.1:5000"),
                ("AWS_USE_DUALSTACK_ENDPOINT", "true"),
            ],
        )
        .unwrap_err()
        .to_string();
        assert!(
            e.contains("Invalid Configuration: Dualstack and custom endpoint are not supported"),
            "{e}"
        );
    }

    #[test]
    fn stalled_stream_protection_reaches_the_built_in_client() {
        let config = Config::builder()
            .region("us-east-1")
            .stalled_stream_protection(
                StalledStreamProtectionConfig::enabled().with_grace_period(Duration::from_secs(9)),
            )
            .build();
        assert_eq!(
            config.stalled_stream_protection().grace_period(),
            Duration::from_secs(9)
        );
        let resolved = config.resolve(&SERVICE).unwrap();
        assert!(
            format!("{:?}", resolved.http_client).contains("grace_period: 9s"),
            "{:?}",
            resolved.http_client
        );
        assert!(Config::builder()
            .build()
            .stalled_stream_protection()
            .is_enabled());
    }
}
