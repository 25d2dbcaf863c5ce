//! Region resolution, in the order used by the official AWS SDKs:
//!
//! 1. the region given explicitly in code,
//! 2. `AWS_REGION`,
//! 3. `AWS_DEFAULT_REGION`,
//! 4. `region` in the selected profile of the shared config files.
//!
//! Empty values count as unset. The first value found is validated (ASCII
//! letters, digits and inner `-` only, since it ends up in a host name and in
//! the signature scope); an invalid value is an error rather than a reason to
//! look further.

use std::fmt;

use super::env::Env;
use super::profile::ProfileSet;

/// Where the region came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RegionSource {
    /// Set in code.
    Explicit,
    /// The `AWS_REGION` environment variable.
    EnvAwsRegion,
    /// The `AWS_DEFAULT_REGION` environment variable.
    EnvAwsDefaultRegion,
    /// `region` in the selected profile.
    Profile,
}

impl fmt::Display for RegionSource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            RegionSource::Explicit => "explicit region",
            RegionSource::EnvAwsRegion => "AWS_REGION",
            RegionSource::EnvAwsDefaultRegion => "AWS_DEFAULT_REGION",
            RegionSource::Profile => "profile `region`",
        })
    }
}

/// A resolved region and where it came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ResolvedRegion {
    /// The region name, e.g. `us-east-1`.
    pub region: String,
    /// Where it was found.
    pub source: RegionSource,
}

/// No region is configured, or the configured one is invalid.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RegionError {
    message: String,
}

impl fmt::Display for RegionError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for RegionError {}

/// Whether `region` is a syntactically valid region name (a DNS label made of
/// ASCII letters, digits and `-`, not starting or ending with `-`).
pub fn is_valid_region(region: &str) -> bool {
    !region.is_empty()
        && region.len() <= 63
        && !region.starts_with('-')
        && !region.ends_with('-')
        && region
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-')
}

/// Resolves the region: `explicit` → `AWS_REGION` → `AWS_DEFAULT_REGION` →
/// profile `region`.
pub fn resolve_region(
    explicit: Option<&str>,
    env: &Env,
    profiles: &ProfileSet,
) -> Result<ResolvedRegion, RegionError> {
    let profile_name = profiles.selected_profile_name();
    let found = explicit
        .map(str::trim)
        .filter(|r| !r.is_empty())
        .map(|r| (r.to_owned(), RegionSource::Explicit))
        .or_else(|| {
            env.get("AWS_REGION")
                .map(|r| (r, RegionSource::EnvAwsRegion))
        })
        .or_else(|| {
            env.get("AWS_DEFAULT_REGION")
                .map(|r| (r, RegionSource::EnvAwsDefaultRegion))
        })
        .or_else(|| {
            profiles
                .selected_profile()
                .and_then(|p| p.get("region"))
                .map(|r| (r.trim().to_owned(), RegionSource::Profile))
        });
    match found {
        Some((region, source)) if is_valid_region(&region) => Ok(ResolvedRegion { region, source }),
        Some((region, source)) => Err(RegionError {
            message: format!(
                "invalid AWS region `{}` from {}{}",
                region.escape_debug(),
                source,
                if source == RegionSource::Profile {
                    format!(" `{profile_name}`")
                } else {
                    String::new()
                }
            ),
        }),
        None => Err(RegionError {
            message: format!(
                "no AWS region configured; tried: explicit region (not set), AWS_REGION (not set), \
                 AWS_DEFAULT_REGION (not set), `region` in profile `{profile_name}` ({})",
                profiles.describe_files()
            ),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn profiles(config: &str) -> ProfileSet {
        ProfileSet::parse(config, "")
    }

    #[test]
    fn precedence() {
        let all = Env::from_map([
            ("AWS_REGION", "env-1"),
            ("AWS_DEFAULT_REGION", "envdefault-1"),
        ]);
        let files = profiles("[default]\nregion = profile-1\n");

        let r = resolve_region(Some("explicit-1"), &all, &files).unwrap();
        assert_eq!(
            (r.region.as_str(), r.source),
            ("explicit-1", RegionSource::Explicit)
        );

        let r = resolve_region(None, &all, &files).unwrap();
        assert_eq!(
            (r.region.as_str(), r.source),
            ("env-1", RegionSource::EnvAwsRegion)
        );

        let default_only = Env::from_map([("AWS_DEFAULT_REGION", "envdefault-1")]);
        let r = resolve_region(None, &default_only, &files).unwrap();
        assert_eq!(
            (r.region.as_str(), r.source),
            ("envdefault-1", RegionSource::EnvAwsDefaultRegion)
        );

        let none = Env::from_map([("AWS_REGION", ""), ("AWS_DEFAULT_REGION", " ")]);
        let r = resolve_region(Some(""), &none, &files).unwrap();
        assert_eq!(
            (r.region.as_str(), r.source),
            ("profile-1", RegionSource::Profile)
        );
    }

    #[test]
    fn uses_selected_profile() {
        let env = Env::from_map::<_, &str, &str>([]);
        let files = profiles("[default]\nregion = us-east-1\n[profile eu]\nregion = eu-west-1\n")
            .with_selected_profile("eu");
        assert_eq!(
            resolve_region(None, &env, &files).unwrap().region,
            "eu-west-1"
        );
    }

    #[test]
    fn missing_region_names_every_source() {
        let env = Env::from_map::<_, &str, &str>([]);
        let err = resolve_region(None, &env, &profiles("[default]\nregion =\n")).unwrap_err();
        let message = err.to_string();
        for source in [
            "explicit",
            "AWS_REGION",
            "AWS_DEFAULT_REGION",
            "profile `default`",
        ] {
            assert!(message.contains(source), "{message}");
        }
    }

    #[test]
    fn invalid_region_is_an_error() {
        let env = Env::from_map([("AWS_REGION", "us-east-1/../evil")]);
        let err = resolve_region(None, &env, &profiles("")).unwrap_err();
        assert!(err.to_string().contains("AWS_REGION"), "{err}");
        assert!(resolve_region(Some("-bad"), &env, &profiles("")).is_err());
        assert!(is_valid_region("cn-north-1"));
        assert!(!is_valid_region("us east 1"));
        assert!(!is_valid_region(""));
    }
}
