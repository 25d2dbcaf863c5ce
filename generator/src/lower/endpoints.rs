//! Service, endpoint and auth facts from AWS's model (`aws-model.json`):
//! the service id, JSON version, signing name and endpoint prefix; the
//! endpoints per partition and variant with their signing region; host
//! prefixes; unauthenticated operations; required endpoint discovery.
//!
//! Precedence: `config.toml` > the model > the spec > defaults. Every model
//! string that becomes a host, a header or a credential scope is checked as
//! strictly as the spec's (see [`super::wire`]); a bad one is refused with
//! its place in the model file.

use super::{err, wire, Diagnostic, LowerError, TARGET_PATH};
use crate::config::{JsonVersion, SpecConfig};
use crate::ir::{EndpointRule, PartitionEndpoints, RegionSegment, Service, WireProtocol};
use crate::load::escape_pointer;
use crate::model::{AwsModel, EndpointFact, PartialVariants, Partition};

/// A problem at `key` (a JSON path such as `operations.X.host_prefix`) in
/// the model file.
fn model_key(key: &str, message: impl std::fmt::Display) -> LowerError {
    err(
        "",
        format!("{} `{key}`: {message}", crate::model::FILE_NAME),
    )
}

/// Applies the model's facts to `svc` (lowered from the spec and config).
pub(super) fn apply(
    config: &SpecConfig,
    model: Option<&AwsModel>,
    mut svc: Service,
    diags: &mut Vec<Diagnostic>,
) -> Result<Service, LowerError> {
    let Some((model, facts)) = model.and_then(|m| Some((m, m.service.as_ref()?))) else {
        return Ok(svc);
    };
    if config.service_id.is_none() {
        wire::service_id(&facts.service_id).map_err(|m| model_key("service.service_id", m))?;
        svc.service_id = facts.service_id.clone();
    }
    if let (None, WireProtocol::AwsJson { version, .. }) = (config.json_version, &mut svc.protocol)
    {
        match facts.json_version.as_deref() {
            Some("1.0") => *version = JsonVersion::V1_0,
            Some("1.1") => *version = JsonVersion::V1_1,
            Some(other) => {
                return Err(model_key(
                    "service.json_version",
                    format!("{:?} is not 1.0 or 1.1", other.escape_debug().to_string()),
                ))
            }
            None => {}
        }
    }
    if let (Some(prefix), WireProtocol::AwsJson { target_prefix, .. }) =
        (&facts.target_prefix, &svc.protocol)
    {
        if prefix != target_prefix {
            let op = &svc.operations[0];
            return Err(err(
                format!(
                    "/paths/{}",
                    escape_pointer(&format!("{TARGET_PATH}{}", op.target))
                ),
                format!(
                    "the spec's X-Amz-Target prefix {:?} differs from AWS's model's {:?} ({} `service.target_prefix`)",
                    target_prefix,
                    prefix,
                    crate::model::FILE_NAME
                ),
            ));
        }
    }
    if config.signing_name.is_none() {
        wire::signing_name(&facts.signing_name)
            .map_err(|m| model_key("service.signing_name", m))?;
        svc.signing_name = facts.signing_name.clone();
    }
    if config.endpoint_prefix.is_none() {
        wire::host("endpoint prefix", &facts.endpoint_prefix)
            .map_err(|m| model_key("service.endpoint_prefix", m))?;
        if facts.endpoint_prefix != svc.endpoint.prefix && svc.endpoint.global_host.is_none() {
            svc.endpoint.prefix = facts.endpoint_prefix.clone();
        }
    }

    let partitions = model
        .partitions
        .iter()
        .enumerate()
        .map(|(i, p)| partition(p, &format!("partitions[{i}]"), config))
        .collect::<Result<Vec<_>, _>>()?;
    match partitions.iter().find(|p| p.id == "aws") {
        Some(aws) => match &aws.default[0] {
            EndpointRule::Error(message) => diags.push(Diagnostic {
                pointer: "/servers".into(),
                message: format!(
                    "AWS's model gives no endpoint in the aws partition ({message:?}); \
                     the spec's server URL is used"
                ),
            }),
            EndpointRule::Endpoint { url, .. } => {
                // A global service: one host whatever the region; a client
                // with no region signs for the partition's (us-east-1).
                svc.endpoint.global_host = (!url.contains("{region}"))
                    .then(|| url.trim_start_matches("https://").to_string());
                svc.partitions = partitions;
            }
        },
        None if partitions.is_empty() => {}
        None => {
            return Err(model_key(
                "partitions",
                "there is no `aws` partition (the one a region outside every partition belongs to)",
            ))
        }
    }

    for op in &mut svc.operations {
        let Some(facts) = model.operations.get(&op.name) else {
            continue;
        };
        let key = |field: &str| format!("operations.{}.{field}", op.name);
        // Only with the service's table: a spec-only crate has no partitions.
        if !svc.partitions.is_empty() && !facts.partitions.is_empty() {
            let own = facts
                .partitions
                .iter()
                .enumerate()
                .map(|(i, p)| partition(p, &key(&format!("partitions[{i}]")), config))
                .collect::<Result<Vec<_>, _>>()?;
            if !own.iter().any(|p| p.id == "aws") {
                return Err(model_key(
                    &key("partitions"),
                    "there is no `aws` partition (the one a region outside every partition belongs to)",
                ));
            }
            op.partitions = own;
        }
        if let (None, Some(prefix)) = (config.host_prefix.get(&op.name), &facts.host_prefix) {
            if prefix.contains('{') {
                return Err(model_key(
                    &key("host_prefix"),
                    format!(
                        "host prefix {prefix:?} takes a label from an input member, \
                         which this generator does not support yet"
                    ),
                ));
            }
            wire::host_prefix(prefix).map_err(|m| model_key(&key("host_prefix"), m))?;
            op.host_prefix = Some(prefix.clone());
        }
        op.unsigned = facts.unsigned;
        // botocore sends the API version with the discovery operation itself.
        if facts.endpoint_operation {
            op.api_version_header = Some(svc.api_version.clone());
        }
        op.endpoint_discovery = facts
            .endpoint_discovery
            .as_ref()
            .is_some_and(|d| d.required);
    }
    if let Some(first) = svc.operations.iter().find(|o| o.endpoint_discovery) {
        let endpoint_operation = model
            .operations
            .iter()
            .find(|(_, f)| f.endpoint_operation)
            .map(|(name, _)| name);
        match endpoint_operation {
            Some(name) if svc.operations.iter().any(|o| &o.name == name) => {
                svc.discovery_operation = Some(name.clone());
            }
            other => {
                return Err(model_key(
                    &format!("operations.{}.endpoint_discovery", first.name),
                    format!(
                        "the operation requires endpoint discovery, but {}",
                        match other {
                            Some(name) =>
                                format!("the spec has no {name:?} (AWS's endpoint operation)"),
                            None => "AWS's model names no endpoint operation".into(),
                        }
                    ),
                ));
            }
        }
    }
    Ok(svc)
}

/// A partition of the model, checked and translated.
fn partition(
    p: &Partition,
    key: &str,
    config: &SpecConfig,
) -> Result<PartitionEndpoints, LowerError> {
    let at = |field: &str, m: String| model_key(&format!("{key}.{field}"), m);
    if !is_region_like(&p.id) {
        return Err(at("id", format!("{:?} is not a partition id", p.id)));
    }
    let pattern = region_pattern(&p.region_regex).map_err(|m| at("region_regex", m))?;
    let mut regions = p.regions.clone();
    for r in &regions {
        if !is_region_like(r) {
            return Err(at("regions", format!("{r:?} is not a region")));
        }
    }
    regions.sort();
    regions.dedup();
    let default = [
        rule(&p.default.plain, &format!("{key}.default.plain"), config)?,
        rule(&p.default.fips, &format!("{key}.default.fips"), config)?,
        rule(
            &p.default.dualstack,
            &format!("{key}.default.dualstack"),
            config,
        )?,
        rule(
            &p.default.fips_dualstack,
            &format!("{key}.default.fips_dualstack"),
            config,
        )?,
    ];
    let mut overrides = Vec::new();
    for (region, v) in &p.regions_override {
        let k = format!("{key}.regions_override.{region}");
        if !is_region_like(region) {
            return Err(model_key(&k, format!("{region:?} is not a region")));
        }
        let PartialVariants {
            plain,
            fips,
            dualstack,
            fips_dualstack,
        } = v;
        let one = |f: &Option<EndpointFact>, name: &str| {
            f.as_ref()
                .map(|f| rule(f, &format!("{k}.{name}"), config))
                .transpose()
        };
        overrides.push((
            region.clone(),
            [
                one(plain, "plain")?,
                one(fips, "fips")?,
                one(dualstack, "dualstack")?,
                one(fips_dualstack, "fips_dualstack")?,
            ],
        ));
    }
    Ok(PartitionEndpoints {
        id: p.id.clone(),
        regions,
        pattern,
        default,
        overrides,
    })
}

fn rule(fact: &EndpointFact, key: &str, config: &SpecConfig) -> Result<EndpointRule, LowerError> {
    match fact {
        EndpointFact::Error { error } => {
            if error.is_empty() || error.chars().any(char::is_control) {
                return Err(model_key(
                    &format!("{key}.error"),
                    format!("{error:?} is empty or has control characters"),
                ));
            }
            Ok(EndpointRule::Error(error.clone()))
        }
        EndpointFact::Endpoint {
            url,
            signing_region,
            signing_name,
        } => {
            let host = url.strip_prefix("https://").ok_or_else(|| {
                model_key(
                    &format!("{key}.url"),
                    format!("{url:?} is not an https:// URL"),
                )
            })?;
            if host.matches("{region}").count() > 1 {
                return Err(model_key(
                    &format!("{key}.url"),
                    format!("{url:?} names the region more than once"),
                ));
            }
            // `{region}` stands for a region, itself a DNS label.
            wire::host("endpoint host", &host.replace("{region}", "region"))
                .map_err(|m| model_key(&format!("{key}.url"), m))?;
            let signing_region = match signing_region.as_deref() {
                None | Some("{region}") => None,
                Some(r) if is_region_like(r) => Some(r.to_string()),
                Some(r) => {
                    return Err(model_key(
                        &format!("{key}.signing_region"),
                        format!("{r:?} is not a region"),
                    ))
                }
            };
            let signing_name = match signing_name {
                // The configured signing name is a true override.
                Some(_) if config.signing_name.is_some() => None,
                Some(name) => {
                    wire::signing_name(name)
                        .map_err(|m| model_key(&format!("{key}.signing_name"), m))?;
                    Some(name.clone())
                }
                None => None,
            };
            Ok(EndpointRule::Endpoint {
                url: url.clone(),
                signing_region,
                signing_name,
            })
        }
    }
}

/// Lowercase letters, digits and inner `-` (`us-east-1`, `aws-us-gov`).
fn is_region_like(s: &str) -> bool {
    !s.is_empty()
        && !s.starts_with('-')
        && !s.ends_with('-')
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// Translates botocore's `regionRegex` into segments. Only the subset
/// botocore uses is accepted: `^…$` around parts separated by `\-`, each a
/// literal, `(a|b|…)` of literals, `\w+` or `\d+`.
pub(crate) fn region_pattern(re: &str) -> Result<Vec<RegionSegment>, String> {
    let refuse = |why: String| {
        Err(format!(
            "region pattern {re:?}: {why}; only `^…$` around `\\-`-separated literals, \
             `(a|b)` alternatives of literals, `\\w+` and `\\d+` are supported"
        ))
    };
    let Some(body) = re.strip_prefix('^').and_then(|r| r.strip_suffix('$')) else {
        return refuse("it is not anchored with ^ and $".into());
    };
    let literal = |s: &str| {
        !s.is_empty()
            && s.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
    };
    let mut out = Vec::new();
    for part in body.split("\\-") {
        let segment = match part {
            "\\w+" => RegionSegment::Word,
            "\\d+" => RegionSegment::Digits,
            p if literal(p) => RegionSegment::Literal(p.to_string()),
            p => match p.strip_prefix('(').and_then(|p| p.strip_suffix(')')) {
                Some(alts) if alts.split('|').all(literal) => {
                    RegionSegment::OneOf(alts.split('|').map(str::to_string).collect())
                }
                _ => return refuse(format!("the part {p:?} is not supported")),
            },
        };
        out.push(segment);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SPEC: &str = "openapi: 3.0.0\ninfo: {title: T, version: '1', x-serviceName: t}\nservers: [{url: 'https://t.{region}.amazonaws.com'}]\npaths:\n  '/#X-Amz-Target=T.Ping':\n    post:\n      responses: {'200': {description: ok}}\n  '/#X-Amz-Target=T.Sync':\n    post:\n      responses: {'200': {description: ok}}\n";

    const MODEL: &str = r#"{"format": 1, "source": {"botocore": "1.44.5"},
      "service": {"service_id": "T Service", "protocol": "json", "json_version": "1.0",
                  "target_prefix": "T", "signing_name": "tsign", "endpoint_prefix": "t"},
      "partitions": [{"id": "aws", "region_regex": "^(us|eu)\\-\\w+\\-\\d+$", "regions": ["us-east-1"],
        "dns_suffix": "amazonaws.com", "dual_stack_dns_suffix": "api.aws",
        "default": {"plain": {"url": "https://t.{region}.amazonaws.com"},
                    "fips": {"url": "https://t-fips.{region}.amazonaws.com"},
                    "dualstack": {"url": "https://t.{region}.api.aws"},
                    "fips_dualstack": {"error": "no"}}}],
      "operations": {"Ping": {"unsigned": true}, "Sync": {"host_prefix": "sync-"}}}"#;

    fn lower(model: &str, config: &str) -> Result<Service, LowerError> {
        let api = crate::load::load_str(SPEC, "t.yaml").unwrap();
        let model = AwsModel::parse(model, "aws-model.json").unwrap();
        let config = SpecConfig::parse(config).unwrap();
        super::super::lower_with_model(&api, &config, Some(&model)).map(|(s, _)| s)
    }

    #[test]
    fn model_facts_beat_the_spec_and_config_beats_the_model() {
        let svc = lower(MODEL, "").unwrap();
        assert_eq!(
            (
                svc.service_id.as_str(),
                svc.signing_name.as_str(),
                svc.protocol.json_version()
            ),
            ("T Service", "tsign", Some(JsonVersion::V1_0))
        );
        let ops: Vec<_> = svc
            .operations
            .iter()
            .map(|o| (o.name.as_str(), o.unsigned, o.host_prefix.as_deref()))
            .collect();
        assert_eq!(ops, [("Ping", true, None), ("Sync", false, Some("sync-"))]);
        assert_eq!(svc.partitions.len(), 1);
        assert_eq!(
            svc.partitions[0].default[3],
            EndpointRule::Error("no".into())
        );
        let svc = lower(
            MODEL,
            "service_id = \"Mine\"\njson_version = \"1.1\"\nsigning_name = \"other\"\n[host_prefix]\nSync = \"data-\"\n",
        )
        .unwrap();
        assert_eq!(
            (
                svc.service_id.as_str(),
                svc.signing_name.as_str(),
                svc.protocol.json_version()
            ),
            ("Mine", "other", Some(JsonVersion::V1_1))
        );
        assert_eq!(svc.operations[1].host_prefix.as_deref(), Some("data-"));
    }

    #[test]
    fn refuses_bad_model_facts_naming_the_key() {
        let e = lower(
            &MODEL.replace(r#""target_prefix": "T""#, r#""target_prefix": "U""#),
            "",
        )
        .unwrap_err();
        assert_eq!(e.pointer, "/paths/~1#X-Amz-Target=T.Ping");
        assert!(
            e.message.contains("\"T\"") && e.message.contains("\"U\""),
            "{e}"
        );
        for (from, to, key) in [
            (
                r#""host_prefix": "sync-""#,
                r#""host_prefix": "{AccountId}.""#,
                "operations.Sync.host_prefix",
            ),
            (
                r#""host_prefix": "sync-""#,
                r#""host_prefix": "a b""#,
                "operations.Sync.host_prefix",
            ),
            (
                "https://t-fips.{region}",
                "http://t-fips.{region}",
                "partitions[0].default.fips.url",
            ),
            (
                "https://t-fips.{region}",
                "https://t-fips.{region}/x",
                "partitions[0].default.fips.url",
            ),
            (
                "https://t-fips.{region}",
                "https://{region}.{region}",
                "partitions[0].default.fips.url",
            ),
            ("^(us|eu)", "^(us|.*)", "partitions[0].region_regex"),
            (
                r#""signing_name": "tsign""#,
                r#""signing_name": "t/s""#,
                "service.signing_name",
            ),
            (
                r#""service_id": "T Service""#,
                "\"service_id\": \"T\\n\"",
                "service.service_id",
            ),
            (
                r#""json_version": "1.0""#,
                r#""json_version": "2.0""#,
                "service.json_version",
            ),
            (
                r#""regions": ["us-east-1"]"#,
                r#""regions": ["US EAST"]"#,
                "partitions[0].regions",
            ),
            (
                r#""error": "no""#,
                "\"error\": \"a\\u0007\"",
                "partitions[0].default.fips_dualstack.error",
            ),
            (
                r#""Ping": {"unsigned": true}"#,
                r#""Ping": {"endpoint_discovery": {"required": true}}"#,
                "operations.Ping.endpoint_discovery",
            ),
        ] {
            assert!(MODEL.contains(from), "{from}");
            let e = lower(&MODEL.replace(from, to), "").unwrap_err();
            assert!(
                e.message.starts_with(&format!("aws-model.json `{key}`")),
                "{to}: {e}"
            );
        }
    }

    #[test]
    fn translates_botocores_region_patterns() {
        use RegionSegment::*;
        assert_eq!(
            region_pattern(r"^(us|eu|ap|sa|ca|me|af|il|mx)\-\w+\-\d+$").unwrap(),
            [
                OneOf(
                    ["us", "eu", "ap", "sa", "ca", "me", "af", "il", "mx"]
                        .map(String::from)
                        .to_vec()
                ),
                Word,
                Digits
            ]
        );
        assert_eq!(
            region_pattern(r"^eusc\-(de)\-\w+\-\d+$").unwrap(),
            [
                Literal("eusc".into()),
                OneOf(vec!["de".into()]),
                Word,
                Digits
            ]
        );
        assert_eq!(
            region_pattern(r"^us\-isob\-\w+\-\d+$").unwrap(),
            [Literal("us".into()), Literal("isob".into()), Word, Digits]
        );
    }

    #[test]
    fn refuses_patterns_outside_the_subset_saying_which_part() {
        for (re, part) in [
            (r"^us\-.*$", "\".*\""),
            (r"^(us|)\-\d+$", "\"(us|)\""),
            (r"^us-gov\-\d+$", "\"us-gov\""),
            (r"^[a-z]+\-\d+$", "\"[a-z]+\""),
            (r"^(u(s))\-\d+$", "\"(u(s))\""),
        ] {
            let e = region_pattern(re).unwrap_err();
            assert!(e.contains(part), "{re}: {e}");
        }
        assert!(region_pattern(r"us\-\d+")
            .unwrap_err()
            .contains("not anchored"));
    }
}
