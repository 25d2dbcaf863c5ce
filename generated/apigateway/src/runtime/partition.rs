//! The service's endpoints per AWS partition, from AWS's model (botocore's
//! endpoint rules evaluated at generation time for every region and
//! variant, and emitted as a static table in `client.rs`).
//!
//! A region is placed in a partition the way the SDKs' `aws.partition`
//! function does it: the partition that lists it, else the first whose
//! region pattern matches, else `aws`. Its endpoint is the region's own
//! entry for the variant when the partition has one, else the partition's
//! default with `{region}` replaced.

/// One `-`-separated part of a region pattern (botocore's `regionRegex`,
/// e.g. `^(us|eu|ap)\-\w+\-\d+$`, translated by the generator).
#[derive(Debug)]
pub enum Segment {
    /// Exactly this text (`gov` in `us-gov-west-1`).
    Literal(&'static str),
    /// One of these (`(us|eu|ap)`).
    OneOf(&'static [&'static str]),
    /// `\w+`: one or more ASCII letters, digits or `_`.
    Word,
    /// `\d+`: one or more ASCII digits.
    Digits,
}

/// A region pattern: the region split at `-` matches segment by segment.
#[derive(Debug)]
pub struct RegionPattern(pub &'static [Segment]);

impl RegionPattern {
    pub fn matches(&self, region: &str) -> bool {
        let mut parts = region.split('-');
        self.0.iter().all(|segment| {
            parts.next().is_some_and(|part| match segment {
                Segment::Literal(l) => part == *l,
                Segment::OneOf(options) => options.contains(&part),
                Segment::Word => {
                    !part.is_empty() && part.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
                }
                Segment::Digits => !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit()),
            })
        }) && parts.next().is_none()
    }
}

/// What the rules give for one region and variant.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rule {
    Endpoint {
        /// `https://host`; `{region}` stands for the region.
        url: &'static str,
        /// The SigV4 region (`{region}`: the region); `None`: the region.
        signing_region: Option<&'static str>,
        /// The SigV4 service name when it differs from the service's.
        signing_name: Option<&'static str>,
    },
    /// The rules refuse this (botocore's message).
    Error(&'static str),
}

/// Plain, FIPS, dual-stack, and FIPS + dual-stack.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Variant {
    Plain,
    Fips,
    DualStack,
    FipsDualStack,
}

impl Variant {
    pub fn new(fips: bool, dual_stack: bool) -> Self {
        match (fips, dual_stack) {
            (false, false) => Variant::Plain,
            (true, false) => Variant::Fips,
            (false, true) => Variant::DualStack,
            (true, true) => Variant::FipsDualStack,
        }
    }

    fn index(self) -> usize {
        self as usize
    }
}

/// One partition's endpoints for this service.
#[derive(Debug)]
pub struct Partition {
    /// `aws`, `aws-cn`, `aws-us-gov`, ...
    pub id: &'static str,
    /// The regions the partition lists, sorted.
    pub regions: &'static [&'static str],
    pub pattern: RegionPattern,
    /// By variant: plain, fips, dualstack, fips_dualstack.
    pub default: [Rule; 4],
    /// Regions whose endpoints differ from the default, sorted by region;
    /// `None` where a variant is the default.
    pub overrides: &'static [(&'static str, [Option<Rule>; 4])],
}

/// The endpoint for `region` and `variant`, with the region filled in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Resolved {
    Endpoint {
        url: String,
        signing_region: String,
        signing_name: Option<&'static str>,
    },
    Error(&'static str),
}

/// The partition of `region` among `partitions` (see the module docs);
/// `None` only when there is no `aws` partition either.
pub fn partition_of<'p>(partitions: &'p [Partition], region: &str) -> Option<&'p Partition> {
    partitions
        .iter()
        .find(|p| p.regions.binary_search(&region).is_ok())
        .or_else(|| partitions.iter().find(|p| p.pattern.matches(region)))
        .or_else(|| partitions.iter().find(|p| p.id == "aws"))
}

/// The endpoint rules give for `region` (already validated) and `variant`.
pub fn resolve(partitions: &[Partition], region: &str, variant: Variant) -> Option<Resolved> {
    let partition = partition_of(partitions, region)?;
    let own = partition
        .overrides
        .binary_search_by(|(r, _)| (*r).cmp(region))
        .ok()
        .and_then(|i| partition.overrides[i].1[variant.index()]);
    Some(match own.unwrap_or(partition.default[variant.index()]) {
        Rule::Endpoint {
            url,
            signing_region,
            signing_name,
        } => Resolved::Endpoint {
            url: url.replace("{region}", region),
            signing_region: signing_region
                .unwrap_or("{region}")
                .replace("{region}", region),
            signing_name,
        },
        Rule::Error(message) => Resolved::Error(message),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const fn plain(url: &'static str, signing_region: Option<&'static str>) -> Rule {
        Rule::Endpoint {
            url,
            signing_region,
            signing_name: None,
        }
    }

    /// botocore's partitions (1.44.5) for a global service like budgets.
    static PARTITIONS: &[Partition] = &[
        Partition {
            id: "aws",
            regions: &["aws-global", "eu-west-1", "us-east-1", "us-west-2"],
            pattern: RegionPattern(&[
                Segment::OneOf(&["us", "eu", "ap", "sa", "ca", "me", "af", "il", "mx"]),
                Segment::Word,
                Segment::Digits,
            ]),
            default: [
                plain("https://budgets.amazonaws.com", Some("us-east-1")),
                plain("https://budgets-fips.amazonaws.com", Some("us-east-1")),
                plain("https://budgets.us-east-1.api.aws", Some("us-east-1")),
                Rule::Error("FIPS and DualStack are enabled, but this partition does not support one or both"),
            ],
            overrides: &[],
        },
        Partition {
            id: "aws-cn",
            regions: &["aws-cn-global", "cn-north-1", "cn-northwest-1"],
            pattern: RegionPattern(&[Segment::Literal("cn"), Segment::Word, Segment::Digits]),
            default: [
                plain("https://budgets.amazonaws.com.cn", Some("cn-northwest-1")),
                plain("https://budgets-fips.amazonaws.com.cn", Some("cn-northwest-1")),
                plain("https://budgets.api.amazonwebservices.com.cn", Some("cn-northwest-1")),
                plain("https://budgets-fips.api.amazonwebservices.com.cn", Some("cn-northwest-1")),
            ],
            overrides: &[],
        },
        Partition {
            id: "aws-us-gov",
            regions: &["us-gov-east-1", "us-gov-west-1"],
            pattern: RegionPattern(&[
                Segment::Literal("us"),
                Segment::Literal("gov"),
                Segment::Word,
                Segment::Digits,
            ]),
            default: [
                plain("https://states.{region}.amazonaws.com", None),
                plain("https://states-fips.{region}.amazonaws.com", None),
                plain("https://states.{region}.api.aws", Some("{region}")),
                plain("https://states-fips.{region}.api.aws", None),
            ],
            overrides: &[(
                "us-gov-west-1",
                [None, Some(plain("https://states.us-gov-west-1.amazonaws.com", None)), None, None],
            )],
        },
    ];

    fn id(region: &str) -> &'static str {
        partition_of(PARTITIONS, region).unwrap().id
    }

    fn endpoint(region: &str, variant: Variant) -> (String, String) {
        match resolve(PARTITIONS, region, variant).unwrap() {
            Resolved::Endpoint {
                url,
                signing_region,
                ..
            } => (url, signing_region),
            Resolved::Error(e) => panic!("{region}: {e}"),
        }
    }

    #[test]
    fn regions_land_in_their_partition() {
        for p in PARTITIONS {
            for region in p.regions {
                assert_eq!(id(region), p.id, "{region}");
            }
        }
        // Not listed: by pattern.
        assert_eq!(id("cn-south-7"), "aws-cn");
        assert_eq!(id("us-gov-north-3"), "aws-us-gov");
        assert_eq!(id("ap-east-9"), "aws");
        // Matching nothing: `aws`.
        assert_eq!(id("xx-west-1"), "aws");
        assert_eq!(id("cn-north"), "aws");
        assert_eq!(id("cn-north-1-x"), "aws");
        assert_eq!(id("cn--1"), "aws");
        assert_eq!(id("cn-north-x1"), "aws");
    }

    #[test]
    fn global_services_sign_for_their_partitions_region() {
        for region in ["eu-west-1", "ap-southeast-2", "us-west-2", "aws-global"] {
            assert_eq!(
                endpoint(region, Variant::Plain),
                ("https://budgets.amazonaws.com".into(), "us-east-1".into()),
                "{region}"
            );
        }
        assert_eq!(
            endpoint("cn-north-1", Variant::Plain),
            (
                "https://budgets.amazonaws.com.cn".into(),
                "cn-northwest-1".into()
            )
        );
        assert_eq!(
            endpoint("eu-west-1", Variant::Fips).0,
            "https://budgets-fips.amazonaws.com"
        );
    }

    #[test]
    fn variants_overrides_and_refusals() {
        assert_eq!(
            endpoint("us-gov-east-1", Variant::Fips),
            (
                "https://states-fips.us-gov-east-1.amazonaws.com".into(),
                "us-gov-east-1".into()
            )
        );
        // The region's own entry wins over the default, for that variant only.
        assert_eq!(
            endpoint("us-gov-west-1", Variant::Fips).0,
            "https://states.us-gov-west-1.amazonaws.com"
        );
        assert_eq!(
            endpoint("us-gov-west-1", Variant::DualStack),
            (
                "https://states.us-gov-west-1.api.aws".into(),
                "us-gov-west-1".into()
            )
        );
        assert_eq!(
            resolve(PARTITIONS, "us-east-1", Variant::FipsDualStack),
            Some(Resolved::Error(
                "FIPS and DualStack are enabled, but this partition does not support one or both"
            ))
        );
        assert_eq!(Variant::new(true, true), Variant::FipsDualStack);
        assert_eq!(Variant::new(false, true), Variant::DualStack);
        assert_eq!(resolve(&[], "us-east-1", Variant::Plain), None);
    }
}
