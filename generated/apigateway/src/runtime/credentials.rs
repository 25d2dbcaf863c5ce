//! AWS credentials and the built-in credential providers.
//!
//! The default chain ([`DefaultCredentialsChain`]) tries, in order:
//!
//! 1. explicit credentials / a user plug-in ([`DefaultCredentialsChain::with_explicit`]),
//! 2. environment variables ([`EnvironmentCredentialsProvider`]),
//! 3. the shared config/credentials files ([`ProfileCredentialsProvider`]).
//!
//! A provider that finds nothing returns an error of kind
//! [`CredentialsErrorKind::NotLoaded`] and the chain moves on. Any other error
//! (e.g. half-configured keys, or a profile using a credential source that is
//! not supported yet) stops the chain, so a misconfiguration is reported
//! instead of silently using credentials from somewhere else.
//!
//! Everything here is synchronous file/env lookups wrapped in ready futures;
//! no network access is performed. Profiles that need network or processes
//! (`role_arn`, `web_identity_token_file`, `sso_*`, `credential_process`) are
//! reported as unsupported; the official `aws-config` crate can resolve those
//! and be plugged in as a [`ProvideCredentials`] implementation.

use std::error::Error;
use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, OnceLock};
use std::time::SystemTime;

use super::env::Env;
use super::profile::ProfileSet;

const REDACTED: &str = "** redacted **";

/// AWS credentials.
///
/// `Debug` never prints the secret access key or the session token.
#[derive(Clone, PartialEq, Eq)]
pub struct Credentials {
    /// Access key id (not secret; printed by `Debug`).
    pub access_key_id: String,
    /// Secret access key.
    pub secret_access_key: String,
    /// Session token for temporary credentials.
    pub session_token: Option<String>,
    /// When the credentials stop being valid (`None`: they do not expire).
    pub expires_after: Option<SystemTime>,
}

impl Credentials {
    /// Creates credentials.
    pub fn new(
        access_key_id: impl Into<String>,
        secret_access_key: impl Into<String>,
        session_token: Option<String>,
        expires_after: Option<SystemTime>,
    ) -> Self {
        Credentials {
            access_key_id: access_key_id.into(),
            secret_access_key: secret_access_key.into(),
            session_token,
            expires_after,
        }
    }

    /// Whether the credentials are expired at `now`.
    pub fn is_expired_at(&self, now: SystemTime) -> bool {
        self.expires_after.is_some_and(|expiry| now >= expiry)
    }
}

impl fmt::Debug for Credentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Credentials")
            .field("access_key_id", &self.access_key_id)
            .field("secret_access_key", &REDACTED)
            .field(
                "session_token",
                &self.session_token.as_ref().map(|_| REDACTED),
            )
            .field("expires_after", &self.expires_after)
            .finish()
    }
}

/// What kind of failure a [`CredentialsError`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum CredentialsErrorKind {
    /// This source has no credentials; a chain tries the next source.
    NotLoaded,
    /// The source is configured, but uses a mechanism this runtime does not
    /// implement (e.g. assume-role or SSO profiles).
    Unsupported,
    /// The source is configured incorrectly (e.g. a key id without a secret).
    InvalidConfiguration,
    /// Any other failure of a provider (e.g. a plug-in's remote call failed).
    ProviderError,
}

/// Error returned by credential providers. Its message never contains
/// secrets.
#[derive(Clone, Debug)]
pub struct CredentialsError {
    kind: CredentialsErrorKind,
    message: String,
    source: Option<Arc<dyn Error + Send + Sync>>,
}

impl CredentialsError {
    /// An error of the given kind. `message` must not contain secrets.
    pub fn new(kind: CredentialsErrorKind, message: impl Into<String>) -> Self {
        CredentialsError {
            kind,
            message: message.into(),
            source: None,
        }
    }

    /// "This source has no credentials" (a chain moves on to the next source).
    pub fn not_loaded(message: impl Into<String>) -> Self {
        Self::new(CredentialsErrorKind::NotLoaded, message)
    }

    /// The configured credential source is not supported.
    pub fn unsupported(message: impl Into<String>) -> Self {
        Self::new(CredentialsErrorKind::Unsupported, message)
    }

    /// The credential source is misconfigured.
    pub fn invalid_configuration(message: impl Into<String>) -> Self {
        Self::new(CredentialsErrorKind::InvalidConfiguration, message)
    }

    /// A provider failed (for plug-ins).
    pub fn provider_error(message: impl Into<String>) -> Self {
        Self::new(CredentialsErrorKind::ProviderError, message)
    }

    /// Attaches the underlying cause (returned by [`Error::source`]).
    pub fn with_source(mut self, source: impl Error + Send + Sync + 'static) -> Self {
        self.source = Some(Arc::new(source));
        self
    }

    /// The kind of failure.
    pub fn kind(&self) -> CredentialsErrorKind {
        self.kind
    }

    /// The message (also what `Display` prints).
    pub fn message(&self) -> &str {
        &self.message
    }
}

impl fmt::Display for CredentialsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl Error for CredentialsError {
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        self.source
            .as_deref()
            .map(|source| source as &(dyn Error + 'static))
    }
}

/// The future returned by [`ProvideCredentials::provide_credentials`].
pub type ProvideCredentialsFuture<'a> =
    Pin<Box<dyn Future<Output = Result<Credentials, CredentialsError>> + Send + 'a>>;

/// A source of credentials. Implement this to plug in your own provider
/// (e.g. a bridge to the official `aws-config` crate).
///
/// Return [`CredentialsError::not_loaded`] when your source simply has no
/// credentials, so that a chain can try the next source.
pub trait ProvideCredentials: Send + Sync + fmt::Debug {
    /// Resolves credentials.
    fn provide_credentials(
        &self,
    ) -> Pin<Box<dyn Future<Output = Result<Credentials, CredentialsError>> + Send + '_>>;
}

/// Static credentials.
impl ProvideCredentials for Credentials {
    fn provide_credentials(&self) -> ProvideCredentialsFuture<'_> {
        Box::pin(std::future::ready(Ok(self.clone())))
    }
}

impl<T: ProvideCredentials + ?Sized> ProvideCredentials for Arc<T> {
    fn provide_credentials(&self) -> ProvideCredentialsFuture<'_> {
        (**self).provide_credentials()
    }
}

impl<T: ProvideCredentials + ?Sized> ProvideCredentials for Box<T> {
    fn provide_credentials(&self) -> ProvideCredentialsFuture<'_> {
        (**self).provide_credentials()
    }
}

/// Credentials from environment variables: `AWS_ACCESS_KEY_ID` (or
/// `AWS_ACCESS_KEY`), `AWS_SECRET_ACCESS_KEY` (or `AWS_SECRET_KEY`) and the
/// optional `AWS_SESSION_TOKEN`.
///
/// Neither key set: [`CredentialsErrorKind::NotLoaded`]. Only one of the two
/// set: [`CredentialsErrorKind::InvalidConfiguration`] (like botocore, and
/// unlike the Rust SDK which silently falls through to the next source).
#[derive(Clone, Debug)]
pub struct EnvironmentCredentialsProvider {
    env: Env,
}

impl EnvironmentCredentialsProvider {
    /// A provider reading `env`.
    pub fn new(env: Env) -> Self {
        EnvironmentCredentialsProvider { env }
    }

    /// Resolves credentials synchronously.
    pub fn credentials(&self) -> Result<Credentials, CredentialsError> {
        let access_key_id = self
            .env
            .get("AWS_ACCESS_KEY_ID")
            .or_else(|| self.env.get("AWS_ACCESS_KEY"));
        let secret_access_key = self
            .env
            .get("AWS_SECRET_ACCESS_KEY")
            .or_else(|| self.env.get("AWS_SECRET_KEY"));
        match (access_key_id, secret_access_key) {
            (Some(access_key_id), Some(secret_access_key)) => Ok(Credentials::new(
                access_key_id,
                secret_access_key,
                self.env.get("AWS_SESSION_TOKEN"),
                None,
            )),
            (None, None) => Err(CredentialsError::not_loaded(
                "AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are not set",
            )),
            (Some(_), None) => Err(CredentialsError::invalid_configuration(
                "AWS_ACCESS_KEY_ID is set but AWS_SECRET_ACCESS_KEY is not",
            )),
            (None, Some(_)) => Err(CredentialsError::invalid_configuration(
                "AWS_SECRET_ACCESS_KEY is set but AWS_ACCESS_KEY_ID is not",
            )),
        }
    }
}

impl ProvideCredentials for EnvironmentCredentialsProvider {
    fn provide_credentials(&self) -> ProvideCredentialsFuture<'_> {
        Box::pin(std::future::ready(self.credentials()))
    }
}

/// Profile keys that select a credential source this runtime does not
/// implement, checked in this order, with a human-readable description.
/// Static keys are used only when none of the first group is present
/// (matching the SDKs, where assume-role / web identity / SSO take precedence
/// over static keys); `credential_process` only applies when there are no
/// static keys.
const UNSUPPORTED_BEFORE_STATIC: &[(&str, &str)] = &[
    ("role_arn", "assume role (`role_arn`)"),
    (
        "web_identity_token_file",
        "web identity federation (`web_identity_token_file`)",
    ),
    ("sso_session", "IAM Identity Center / SSO (`sso_session`)"),
    (
        "sso_start_url",
        "IAM Identity Center / SSO (`sso_start_url`)",
    ),
    (
        "sso_account_id",
        "IAM Identity Center / SSO (`sso_account_id`)",
    ),
];

/// Static credentials from the selected profile of the shared config and
/// credentials files (`aws_access_key_id`, `aws_secret_access_key`, optional
/// `aws_session_token`, or its legacy name `aws_security_token`).
///
/// The files are read once, on first use.
#[derive(Clone, Debug)]
pub struct ProfileCredentialsProvider {
    env: Env,
    profile_name: Option<String>,
    profiles: OnceLock<ProfileSet>,
}

impl ProfileCredentialsProvider {
    /// A provider reading the files named by `env`, using the profile from
    /// `AWS_PROFILE` or `default`.
    pub fn new(env: Env) -> Self {
        ProfileCredentialsProvider {
            env,
            profile_name: None,
            profiles: OnceLock::new(),
        }
    }

    /// A provider using already-loaded profiles (and their selected profile).
    pub fn from_profile_set(profiles: ProfileSet) -> Self {
        ProfileCredentialsProvider {
            env: Env::real(),
            profile_name: None,
            profiles: OnceLock::from(profiles),
        }
    }

    /// Uses profile `name` instead of `AWS_PROFILE` / `default`.
    pub fn with_profile_name(mut self, name: impl Into<String>) -> Self {
        self.profile_name = Some(name.into());
        self
    }

    fn profiles(&self) -> &ProfileSet {
        self.profiles
            .get_or_init(|| ProfileSet::load(&self.env, self.profile_name.as_deref()))
    }

    fn selected_name(&self) -> &str {
        match &self.profile_name {
            Some(name) => name,
            None => self.profiles().selected_profile_name(),
        }
    }

    /// Resolves credentials synchronously.
    pub fn credentials(&self) -> Result<Credentials, CredentialsError> {
        let profiles = self.profiles();
        let name = self.selected_name();
        let Some(profile) = profiles.profile(name) else {
            return Err(CredentialsError::not_loaded(format!(
                "profile `{name}` is not defined ({})",
                profiles.describe_files()
            )));
        };
        let unsupported = |what: &str| {
            CredentialsError::unsupported(format!(
                "profile `{name}` gets credentials from {what}, which the built-in credential \
                 chain of this client does not support yet; resolve credentials with the official \
                 `aws-config` crate and pass them through the `aws-config` bridge (a \
                 `ProvideCredentials` plug-in), or use static keys or environment variables"
            ))
        };
        if let Some((_, what)) = UNSUPPORTED_BEFORE_STATIC
            .iter()
            .find(|(key, _)| profile.get(key).is_some())
        {
            return Err(unsupported(what));
        }
        match (
            profile.get("aws_access_key_id"),
            profile.get("aws_secret_access_key"),
        ) {
            (Some(access_key_id), Some(secret_access_key)) => Ok(Credentials::new(
                access_key_id,
                secret_access_key,
                profile
                    .get("aws_session_token")
                    .or_else(|| profile.get("aws_security_token"))
                    .map(str::to_owned),
                None,
            )),
            (Some(_), None) => Err(CredentialsError::invalid_configuration(format!(
                "profile `{name}` has `aws_access_key_id` but no `aws_secret_access_key`"
            ))),
            (None, Some(_)) => Err(CredentialsError::invalid_configuration(format!(
                "profile `{name}` has `aws_secret_access_key` but no `aws_access_key_id`"
            ))),
            (None, None) if profile.get("credential_process").is_some() => {
                Err(unsupported("an external process (`credential_process`)"))
            }
            (None, None) => Err(CredentialsError::not_loaded(format!(
                "profile `{name}` has no `aws_access_key_id` ({})",
                profiles.describe_files()
            ))),
        }
    }
}

impl ProvideCredentials for ProfileCredentialsProvider {
    fn provide_credentials(&self) -> ProvideCredentialsFuture<'_> {
        Box::pin(std::future::ready(self.credentials()))
    }
}

/// The default credential chain: explicit provider → environment variables →
/// shared config profile. See the module docs for how errors are handled.
#[derive(Clone, Debug)]
pub struct DefaultCredentialsChain {
    explicit: Option<Arc<dyn ProvideCredentials>>,
    environment: EnvironmentCredentialsProvider,
    profile: ProfileCredentialsProvider,
}

impl DefaultCredentialsChain {
    /// The chain reading environment variables and shared files from `env`.
    pub fn new(env: Env) -> Self {
        DefaultCredentialsChain {
            explicit: None,
            environment: EnvironmentCredentialsProvider::new(env.clone()),
            profile: ProfileCredentialsProvider::new(env),
        }
    }

    /// Tries `provider` (static [`Credentials`] or a plug-in) first.
    pub fn with_explicit(mut self, provider: impl ProvideCredentials + 'static) -> Self {
        self.explicit = Some(Arc::new(provider));
        self
    }

    /// Uses profile `name` instead of `AWS_PROFILE` / `default`.
    pub fn with_profile_name(mut self, name: impl Into<String>) -> Self {
        self.profile = self.profile.with_profile_name(name);
        self
    }

    /// Uses already-loaded profiles instead of reading the files.
    pub fn with_profile_set(mut self, profiles: ProfileSet) -> Self {
        let name = self.profile.profile_name.take();
        self.profile = ProfileCredentialsProvider::from_profile_set(profiles);
        self.profile.profile_name = name;
        self
    }

    async fn resolve(&self) -> Result<Credentials, CredentialsError> {
        let mut tried: Vec<String> = Vec::new();
        match &self.explicit {
            Some(provider) => {
                let result = provider.provide_credentials().await;
                if let Some(done) = chain_step(&mut tried, "explicit credentials provider", result)
                {
                    return done;
                }
            }
            None => tried.push("explicit credentials: none configured".to_owned()),
        }
        let result = self.environment.credentials();
        if let Some(done) = chain_step(&mut tried, "environment variables", result) {
            return done;
        }
        let result = self.profile.credentials();
        if let Some(done) = chain_step(&mut tried, "shared config profile", result) {
            return done;
        }
        Err(CredentialsError::not_loaded(format!(
            "no AWS credentials found; tried: {}",
            tried.join("; ")
        )))
    }
}

/// One step of the chain: `Some(final result)` to stop, `None` to go on
/// (after recording why this source had nothing).
fn chain_step(
    tried: &mut Vec<String>,
    source: &str,
    result: Result<Credentials, CredentialsError>,
) -> Option<Result<Credentials, CredentialsError>> {
    match result {
        Ok(credentials) => Some(Ok(credentials)),
        Err(e) if e.kind() == CredentialsErrorKind::NotLoaded => {
            tried.push(format!("{source}: {e}"));
            None
        }
        Err(e) => {
            let mut message = format!("{source}: {e}");
            if !tried.is_empty() {
                message.push_str(&format!(" (sources tried before: {})", tried.join("; ")));
            }
            let mut err = CredentialsError::new(e.kind(), message);
            err.source = Some(Arc::new(e));
            Some(Err(err))
        }
    }
}

impl ProvideCredentials for DefaultCredentialsChain {
    fn provide_credentials(&self) -> ProvideCredentialsFuture<'_> {
        Box::pin(self.resolve())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::task::{Context, Poll, Waker};
    use std::time::Duration;

    /// Polls a future that is expected to complete without waiting.
    fn block_on<F: Future>(future: F) -> F::Output {
        let mut future = std::pin::pin!(future);
        let mut cx = Context::from_waker(Waker::noop());
        for _ in 0..1000 {
            if let Poll::Ready(output) = future.as_mut().poll(&mut cx) {
                return output;
            }
        }
        panic!("future did not complete");
    }

    fn empty_env() -> Env {
        Env::from_map::<_, &str, &str>([])
    }

    fn chain(env: Env, config: &str, credentials: &str) -> DefaultCredentialsChain {
        DefaultCredentialsChain::new(env).with_profile_set(ProfileSet::parse(config, credentials))
    }

    #[test]
    fn debug_is_redacted() {
        let creds = Credentials::new(
            "AKIDEXAMPLE",
            "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
            Some("SESSIONTOKENVALUE".to_owned()),
            None,
        );
        let debug = format!("{creds:?}");
        assert!(debug.contains("AKIDEXAMPLE"), "{debug}");
        assert!(
            debug.contains(r#"secret_access_key: "** redacted **""#),
            "{debug}"
        );
        assert!(!debug.contains("wJalrXUtnFEMI"), "{debug}");
        assert!(!debug.contains("SESSIONTOKENVALUE"), "{debug}");
        let pretty = format!("{creds:#?}");
        assert!(!pretty.contains("wJalrXUtnFEMI") && !pretty.contains("SESSIONTOKENVALUE"));
    }

    #[test]
    fn expiry() {
        let now = SystemTime::now();
        let creds = Credentials::new("a", "s", None, Some(now));
        assert!(creds.is_expired_at(now));
        assert!(!creds.is_expired_at(now - Duration::from_secs(1)));
        assert!(!Credentials::new("a", "s", None, None).is_expired_at(now));
    }

    #[test]
    fn static_credentials_provider() {
        let creds = Credentials::new("a", "s", None, None);
        assert_eq!(block_on(creds.provide_credentials()).unwrap(), creds);
        let shared: Arc<dyn ProvideCredentials> = Arc::new(creds.clone());
        assert_eq!(block_on(shared.provide_credentials()).unwrap(), creds);
    }

    #[test]
    fn environment_provider() {
        let env = Env::from_map([
            ("AWS_ACCESS_KEY_ID", "AK"),
            ("AWS_SECRET_ACCESS_KEY", "SK"),
            ("AWS_SESSION_TOKEN", "TOK"),
        ]);
        let creds = EnvironmentCredentialsProvider::new(env)
            .credentials()
            .unwrap();
        assert_eq!(
            creds,
            Credentials::new("AK", "SK", Some("TOK".into()), None)
        );

        let legacy = Env::from_map([("AWS_ACCESS_KEY", "AK2"), ("AWS_SECRET_KEY", "SK2")]);
        let creds = EnvironmentCredentialsProvider::new(legacy)
            .credentials()
            .unwrap();
        assert_eq!(creds, Credentials::new("AK2", "SK2", None, None));

        // The standard names win over the legacy ones.
        let both = Env::from_map([
            ("AWS_ACCESS_KEY_ID", "NEW"),
            ("AWS_ACCESS_KEY", "OLD"),
            ("AWS_SECRET_ACCESS_KEY", "S"),
        ]);
        let creds = EnvironmentCredentialsProvider::new(both)
            .credentials()
            .unwrap();
        assert_eq!(creds.access_key_id, "NEW");

        let err = EnvironmentCredentialsProvider::new(empty_env())
            .credentials()
            .unwrap_err();
        assert_eq!(err.kind(), CredentialsErrorKind::NotLoaded);

        let partial = Env::from_map([("AWS_SECRET_ACCESS_KEY", "TOPSECRET")]);
        let err = EnvironmentCredentialsProvider::new(partial)
            .credentials()
            .unwrap_err();
        assert_eq!(err.kind(), CredentialsErrorKind::InvalidConfiguration);
        assert!(!err.to_string().contains("TOPSECRET"));
    }

    #[test]
    fn profile_provider_static_keys() {
        let set = ProfileSet::parse(
            "[profile dev]\naws_access_key_id = CFG\n",
            "[dev]\naws_secret_access_key = SECRET\naws_session_token = T\n[default]\naws_access_key_id = D\naws_secret_access_key = DS\n",
        );
        let default = ProfileCredentialsProvider::from_profile_set(set.clone());
        assert_eq!(
            default.credentials().unwrap(),
            Credentials::new("D", "DS", None, None)
        );
        let dev = ProfileCredentialsProvider::from_profile_set(set).with_profile_name("dev");
        assert_eq!(
            dev.credentials().unwrap(),
            Credentials::new("CFG", "SECRET", Some("T".into()), None)
        );
    }

    #[test]
    fn profile_provider_reads_files_via_env() {
        let env = Env::from_map([("HOME", "/vh"), ("AWS_PROFILE", "p")]).with_file(
            "/vh/.aws/credentials",
            "[p]\naws_access_key_id = A\naws_secret_access_key = S\naws_security_token = LEGACY\n",
        );
        let creds = ProfileCredentialsProvider::new(env).credentials().unwrap();
        assert_eq!(
            creds,
            Credentials::new("A", "S", Some("LEGACY".into()), None)
        );
    }

    #[test]
    fn profile_provider_unsupported_sources() {
        for (config, mentions) in [
            ("role_arn = arn:aws:iam::1:role/r\nsource_profile = base\naws_access_key_id = A\naws_secret_access_key = S\n", "role_arn"),
            ("web_identity_token_file = /t\nrole_arn = x\n", "role_arn"),
            ("web_identity_token_file = /t\n", "web_identity_token_file"),
            ("sso_session = s\nsso_account_id = 1\nsso_role_name = r\n", "sso_session"),
            ("sso_start_url = https://x\nsso_region = us-east-1\n", "sso_start_url"),
            ("credential_process = /bin/get-creds --secret TOPSECRET\n", "credential_process"),
        ] {
            let set = ProfileSet::parse(&format!("[default]\n{config}"), "");
            let err = ProfileCredentialsProvider::from_profile_set(set)
                .credentials()
                .unwrap_err();
            assert_eq!(err.kind(), CredentialsErrorKind::Unsupported, "{config}");
            let message = err.to_string();
            assert!(message.contains(mentions), "{message}");
            assert!(message.contains("aws-config"), "{message}");
            assert!(!message.contains("TOPSECRET"), "{message}");
        }

        // Static keys win over credential_process.
        let set = ProfileSet::parse(
            "[default]\ncredential_process = /bin/x\naws_access_key_id = A\naws_secret_access_key = S\n",
            "",
        );
        assert!(ProfileCredentialsProvider::from_profile_set(set)
            .credentials()
            .is_ok());
    }

    #[test]
    fn profile_provider_errors() {
        let set = ProfileSet::parse(
            "[profile other]\nregion = x\n",
            "[partial]\naws_access_key_id = A\n",
        );
        let provider = ProfileCredentialsProvider::from_profile_set(set.clone());
        assert_eq!(
            provider.credentials().unwrap_err().kind(),
            CredentialsErrorKind::NotLoaded
        );
        let other =
            ProfileCredentialsProvider::from_profile_set(set.clone()).with_profile_name("other");
        assert_eq!(
            other.credentials().unwrap_err().kind(),
            CredentialsErrorKind::NotLoaded
        );
        let partial =
            ProfileCredentialsProvider::from_profile_set(set).with_profile_name("partial");
        assert_eq!(
            partial.credentials().unwrap_err().kind(),
            CredentialsErrorKind::InvalidConfiguration
        );
    }

    #[test]
    fn chain_precedence() {
        let env = Env::from_map([
            ("AWS_ACCESS_KEY_ID", "ENV"),
            ("AWS_SECRET_ACCESS_KEY", "ENVS"),
        ]);
        let files = "[default]\naws_access_key_id = FILE\naws_secret_access_key = FILES\n";

        // explicit > env > profile
        let explicit = Credentials::new("EXPLICIT", "ES", None, None);
        let c = chain(env.clone(), "", files).with_explicit(explicit.clone());
        assert_eq!(block_on(c.provide_credentials()).unwrap(), explicit);

        let c = chain(env, "", files);
        assert_eq!(
            block_on(c.provide_credentials()).unwrap().access_key_id,
            "ENV"
        );

        let c = chain(empty_env(), "", files);
        assert_eq!(
            block_on(c.provide_credentials()).unwrap().access_key_id,
            "FILE"
        );
    }

    #[test]
    fn chain_profile_name_override() {
        let c = chain(
            empty_env(),
            "",
            "[a]\naws_access_key_id = A\naws_secret_access_key = S\n",
        )
        .with_profile_name("a");
        assert_eq!(
            block_on(c.provide_credentials()).unwrap().access_key_id,
            "A"
        );
    }

    #[derive(Debug)]
    struct NotHere;
    impl ProvideCredentials for NotHere {
        fn provide_credentials(&self) -> ProvideCredentialsFuture<'_> {
            Box::pin(async { Err(CredentialsError::not_loaded("plug-in has nothing")) })
        }
    }

    #[derive(Debug)]
    struct Broken;
    impl ProvideCredentials for Broken {
        fn provide_credentials(&self) -> ProvideCredentialsFuture<'_> {
            Box::pin(async {
                Err(CredentialsError::provider_error("plug-in failed")
                    .with_source(std::io::Error::other("disk on fire")))
            })
        }
    }

    #[test]
    fn chain_plugin_not_loaded_falls_through() {
        let env = Env::from_map([("AWS_ACCESS_KEY_ID", "ENV"), ("AWS_SECRET_ACCESS_KEY", "S")]);
        let c = chain(env, "", "").with_explicit(NotHere);
        assert_eq!(
            block_on(c.provide_credentials()).unwrap().access_key_id,
            "ENV"
        );
    }

    #[test]
    fn chain_stops_on_real_errors() {
        let env = Env::from_map([("AWS_ACCESS_KEY_ID", "ENV"), ("AWS_SECRET_ACCESS_KEY", "S")]);
        let err = block_on(
            chain(env, "", "")
                .with_explicit(Broken)
                .provide_credentials(),
        )
        .unwrap_err();
        assert_eq!(err.kind(), CredentialsErrorKind::ProviderError);
        assert!(err.to_string().contains("plug-in failed"));
        // The cause chain is preserved.
        let cause = err.source().and_then(|s| s.source()).map(|s| s.to_string());
        assert_eq!(cause.as_deref(), Some("disk on fire"));

        // Half-configured env does not silently fall back to the profile.
        let env = Env::from_map([("AWS_ACCESS_KEY_ID", "ENV")]);
        let files = "[default]\naws_access_key_id = FILE\naws_secret_access_key = FILES\n";
        let err = block_on(chain(env, "", files).provide_credentials()).unwrap_err();
        assert_eq!(err.kind(), CredentialsErrorKind::InvalidConfiguration);

        // Unsupported profile source: clear error mentioning earlier sources.
        let err =
            block_on(chain(empty_env(), "[default]\nrole_arn = r\n", "").provide_credentials())
                .unwrap_err();
        assert_eq!(err.kind(), CredentialsErrorKind::Unsupported);
        let message = err.to_string();
        assert!(message.contains("environment variables"), "{message}");
        assert!(message.contains("role_arn"), "{message}");
    }

    #[test]
    fn chain_error_lists_every_source_without_secrets() {
        let env = Env::from_map([("AWS_SESSION_TOKEN", "TOKENSECRET")]);
        let c = chain(env, "", "[other]\naws_secret_access_key = FILESECRET\n");
        let err = block_on(c.provide_credentials()).unwrap_err();
        assert_eq!(err.kind(), CredentialsErrorKind::NotLoaded);
        let message = err.to_string();
        assert!(message.contains("explicit"), "{message}");
        assert!(message.contains("environment variables"), "{message}");
        assert!(message.contains("profile `default`"), "{message}");
        assert!(!message.contains("TOKENSECRET") && !message.contains("FILESECRET"));
        assert!(!format!("{err:?}").contains("FILESECRET"));

        let c = chain(empty_env(), "", "").with_explicit(NotHere);
        let message = block_on(c.provide_credentials()).unwrap_err().to_string();
        assert!(message.contains("plug-in has nothing"), "{message}");
    }

    #[test]
    fn chain_is_send_sync_and_object_safe() {
        fn assert_send_sync<T: Send + Sync>(_: &T) {}
        let c = chain(empty_env(), "", "");
        assert_send_sync(&c);
        let boxed: Box<dyn ProvideCredentials> = Box::new(c);
        let future = boxed.provide_credentials();
        fn assert_send<T: Send>(_: &T) {}
        assert_send(&future);
    }
}
