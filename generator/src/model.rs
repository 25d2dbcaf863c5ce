//! AWS's own model of a service (`aws-model.json` beside the spec): the facts
//! the apis.guru conversion loses (blobs, sensitive members, required-ness,
//! paginators, waiters, endpoints, host prefixes, auth), extracted from a
//! pinned botocore release by `cargo xtask model`.
//!
//! This module only reads and validates the file; `lower` applies it.
//! Precedence: `config.toml` > this file > the spec > defaults.

use std::collections::BTreeMap;
use std::fmt;
use std::path::Path;

use serde::Deserialize;

mod customizations;
mod http;
pub use customizations::BodyDigest;
pub use http::{
    HttpBinding, HttpMethod, Location, UriPart, UriTemplate, XmlNamespace, REST_PROTOCOLS,
};

/// The file name beside `openapi.yaml`.
pub const FILE_NAME: &str = "aws-model.json";

/// The only format version this generator reads.
pub const FORMAT: u32 = 1;

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AwsModel {
    pub format: u32,
    pub source: Source,
    /// botocore has no such service (AWS retired it): everything below is
    /// absent and the generator falls back to the spec.
    #[serde(default)]
    pub retired: bool,
    #[serde(default)]
    pub service: Option<ServiceFacts>,
    #[serde(default)]
    pub partitions: Vec<Partition>,
    #[serde(default)]
    pub operations: BTreeMap<String, OperationFacts>,
    #[serde(default)]
    pub shapes: BTreeMap<String, ShapeFacts>,
    /// `paginators-1.json` `pagination`, verbatim.
    #[serde(default)]
    pub paginators: BTreeMap<String, Paginator>,
    /// `waiters-2.json` `waiters`, verbatim (interpreted by `lower`).
    #[serde(default)]
    pub waiters: BTreeMap<String, serde_json::Value>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// botocore version, e.g. "1.44.5".
    pub botocore: String,
    /// botocore data directory name, e.g. "stepfunctions".
    #[serde(default)]
    pub service: Option<String>,
    #[serde(default)]
    pub api_version: Option<String>,
    /// Path under `botocore/data/` → sha256 of the file as shipped.
    #[serde(default)]
    pub files: BTreeMap<String, String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ServiceFacts {
    pub service_id: String,
    pub protocol: String,
    #[serde(default)]
    pub protocols: Vec<String>,
    #[serde(default)]
    pub json_version: Option<String>,
    #[serde(default)]
    pub target_prefix: Option<String>,
    pub signing_name: String,
    pub endpoint_prefix: String,
    #[serde(default)]
    pub aws_query_compatible: bool,
    /// botocore's `signatureVersion` when it is not `v4` (`bearer`: a
    /// token in `Authorization`, not SigV4); `None` is SigV4.
    #[serde(default)]
    pub signature_version: Option<String>,
}

impl ServiceFacts {
    /// `rest-json` or `rest-xml`: the model carries HTTP bindings.
    pub fn is_rest(&self) -> bool {
        REST_PROTOCOLS.contains(&self.protocol.as_str())
    }
}

/// One partition with the service's endpoints in it.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Partition {
    pub id: String,
    pub region_regex: String,
    pub regions: Vec<String>,
    pub dns_suffix: String,
    pub dual_stack_dns_suffix: String,
    pub default: Variants,
    /// Regions whose endpoint differs from `default`, only the differing variants.
    #[serde(default)]
    pub regions_override: BTreeMap<String, PartialVariants>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Variants {
    pub plain: EndpointFact,
    pub fips: EndpointFact,
    pub dualstack: EndpointFact,
    pub fips_dualstack: EndpointFact,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PartialVariants {
    #[serde(default)]
    pub plain: Option<EndpointFact>,
    #[serde(default)]
    pub fips: Option<EndpointFact>,
    #[serde(default)]
    pub dualstack: Option<EndpointFact>,
    #[serde(default)]
    pub fips_dualstack: Option<EndpointFact>,
}

/// What botocore's endpoint rules give for one region and variant.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(untagged, deny_unknown_fields)]
pub enum EndpointFact {
    Endpoint {
        /// May contain `{region}`.
        url: String,
        /// May be `{region}`; absent when the rules name none.
        #[serde(default)]
        signing_region: Option<String>,
        #[serde(default)]
        signing_name: Option<String>,
    },
    /// The rules refuse this variant (e.g. no FIPS endpoint in the partition).
    Error { error: String },
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OperationFacts {
    #[serde(default)]
    pub input: Option<String>,
    #[serde(default)]
    pub output: Option<String>,
    #[serde(default)]
    pub errors: Vec<String>,
    /// `endpoint.hostPrefix`, e.g. "sync-" or "{AccountId}.".
    #[serde(default)]
    pub host_prefix: Option<String>,
    /// Sent without a signature and without asking for credentials.
    #[serde(default)]
    pub unsigned: bool,
    #[serde(default)]
    pub endpoint_discovery: Option<EndpointDiscovery>,
    /// This is the service's endpoint-discovery operation.
    #[serde(default)]
    pub endpoint_operation: bool,
    #[serde(default)]
    pub idempotent: bool,
    /// The operation's endpoints, only where its `staticContextParams` make
    /// botocore's rules give other ones than the service's `partitions`.
    #[serde(default)]
    pub partitions: Vec<Partition>,
    // REST protocols only (absent for the others):
    /// Method, request URI and success status.
    #[serde(default)]
    pub http: Option<HttpBinding>,
    /// Signed with `UNSIGNED-PAYLOAD` as the payload hash (authtype
    /// `v4-unsigned-body` / `unsignedPayload`).
    #[serde(default)]
    pub unsigned_payload: bool,
    /// A body checksum must be sent (`httpChecksumRequired` /
    /// `httpChecksum.requestChecksumRequired`).
    #[serde(default)]
    pub checksum_required: bool,
    /// `httpChecksum.requestAlgorithmMember`: the input member naming the
    /// checksum algorithm (botocore defaults to CRC32 when unset).
    #[serde(default)]
    pub checksum_algorithm_member: Option<String>,
    /// `httpChecksum.requestValidationModeMember`: the input member that
    /// asks for response checksums.
    #[serde(default)]
    pub checksum_mode_member: Option<String>,
    /// `httpChecksum.responseAlgorithms`, in botocore order.
    #[serde(default)]
    pub checksum_response_algorithms: Vec<String>,
    /// rest-xml: the input's root element name (`input.locationName`).
    #[serde(default)]
    pub input_location_name: Option<String>,
    /// rest-xml: the input's root element namespace (`input.xmlNamespace`).
    #[serde(default)]
    pub input_xml_namespace: Option<XmlNamespace>,
    // botocore's handler customizations (rest-json only; `customizations`):
    /// Header name → value sent when the request has no such header
    /// (API Gateway's `Accept`, Glacier's `x-amz-glacier-version`).
    #[serde(default)]
    pub default_headers: BTreeMap<String, String>,
    /// Header name → the digest of the raw body it carries, sent when the
    /// request has no such header (Glacier's uploads).
    #[serde(default)]
    pub body_digest_headers: BTreeMap<String, BodyDigest>,
    /// Input member name → the string it gets when unset (Glacier's
    /// `accountId` `-`).
    #[serde(default)]
    pub input_defaults: BTreeMap<String, String>,
    /// A GET with a query is sent as a POST whose
    /// `application/x-www-form-urlencoded` body is that query
    /// (cloudsearchdomain `Search`).
    #[serde(default)]
    pub query_to_form_body: bool,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EndpointDiscovery {
    #[serde(default)]
    pub required: bool,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ShapeFacts {
    /// botocore type: structure, list, map, string, integer, long, float,
    /// double, boolean, timestamp, blob.
    #[serde(rename = "type")]
    pub kind: String,
    #[serde(default)]
    pub members: BTreeMap<String, MemberFacts>,
    #[serde(default)]
    pub sensitive: bool,
    #[serde(default)]
    pub timestamp_format: Option<String>,
    #[serde(default, rename = "enum")]
    pub enum_values: Vec<String>,
    #[serde(default)]
    pub member: Option<String>,
    #[serde(default)]
    pub key: Option<String>,
    #[serde(default)]
    pub value: Option<String>,
    #[serde(default)]
    pub exception: bool,
    #[serde(default)]
    pub error_code: Option<String>,
    #[serde(default)]
    pub http_status: Option<u16>,
    #[serde(default)]
    pub document: bool,
    #[serde(default)]
    pub union: bool,
    // REST protocols only (absent for the others):
    /// The member that is the whole HTTP body (a structure, or raw bytes
    /// for a blob or a string); the others go to their `location`.
    #[serde(default)]
    pub payload: Option<String>,
    /// A blob or string sent or read as a byte stream.
    #[serde(default)]
    pub streaming: bool,
    /// A union of events sent as `application/vnd.amazon.eventstream`.
    #[serde(default)]
    pub event_stream: bool,
    /// One event of an event stream.
    #[serde(default)]
    pub event: bool,
    /// rest-xml list without a wrapping element.
    #[serde(default)]
    pub flattened: bool,
    /// A streaming blob whose length must be known (`requiresLength`).
    #[serde(default)]
    pub requires_length: bool,
    /// rest-xml `xmlNamespace` of the shape.
    #[serde(default)]
    pub xml_namespace: Option<XmlNamespace>,
    /// rest-xml element name of a structure (`locationName` on the shape).
    #[serde(default)]
    pub location_name: Option<String>,
    /// rest-xml element name of a list's items (`member.locationName`).
    #[serde(default)]
    pub member_location_name: Option<String>,
    /// rest-xml element names of a map's keys and values.
    #[serde(default)]
    pub key_location_name: Option<String>,
    #[serde(default)]
    pub value_location_name: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MemberFacts {
    pub shape: String,
    #[serde(default)]
    pub required: bool,
    #[serde(default)]
    pub idempotency_token: bool,
    #[serde(default)]
    pub timestamp_format: Option<String>,
    /// The wire name when it differs from the member name: the JSON key,
    /// XML element, header name, header prefix (`headers`), query
    /// parameter or URI label.
    #[serde(default)]
    pub location_name: Option<String>,
    #[serde(default)]
    pub sensitive: bool,
    // REST protocols only (absent for the others); botocore merges these
    // over the target shape's traits:
    #[serde(default)]
    pub location: Option<Location>,
    /// Part of the endpoint's host prefix.
    #[serde(default)]
    pub host_label: bool,
    /// A string holding JSON (base64 of it when in a header).
    #[serde(default)]
    pub json_value: bool,
    /// rest-xml: an attribute of the enclosing element.
    #[serde(default)]
    pub xml_attribute: bool,
    #[serde(default)]
    pub xml_namespace: Option<XmlNamespace>,
    /// rest-xml: a list member without a wrapping element.
    #[serde(default)]
    pub flattened: bool,
    #[serde(default)]
    pub streaming: bool,
    /// Event-stream events: this member is an event header / the event's payload.
    #[serde(default)]
    pub event_header: bool,
    #[serde(default)]
    pub event_payload: bool,
}

impl MemberFacts {
    /// The name on the wire of member `name` (see `location_name`).
    pub fn wire_name<'a>(&'a self, name: &'a str) -> &'a str {
        self.location_name.as_deref().unwrap_or(name)
    }
}

/// One entry of `paginators-1.json`. Token and result keys may be one
/// JMESPath-like path or several.
#[derive(Debug, Clone, Deserialize)]
pub struct Paginator {
    pub input_token: OneOrMany,
    pub output_token: OneOrMany,
    #[serde(default)]
    pub limit_key: Option<String>,
    #[serde(default)]
    pub result_key: Option<OneOrMany>,
    #[serde(default)]
    pub more_results: Option<String>,
    #[serde(default)]
    pub non_aggregate_keys: Option<OneOrMany>,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(untagged)]
pub enum OneOrMany {
    One(String),
    Many(Vec<String>),
}

impl OneOrMany {
    pub fn as_slice(&self) -> &[String] {
        match self {
            OneOrMany::One(s) => std::slice::from_ref(s),
            OneOrMany::Many(v) => v,
        }
    }
}

/// A model file that cannot be used, with the file and the JSON path.
#[derive(Debug)]
pub struct ModelError {
    pub file: String,
    pub message: String,
}

impl fmt::Display for ModelError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.file, self.message)
    }
}

impl std::error::Error for ModelError {}

impl AwsModel {
    /// Parses and checks a model file's text; `file` names it in errors.
    pub fn parse(text: &str, file: &str) -> Result<AwsModel, ModelError> {
        let error = |message: String| ModelError {
            file: file.to_owned(),
            message,
        };
        let de = &mut serde_json::Deserializer::from_str(text);
        let model: AwsModel = serde_path_to_error::deserialize(de)
            .map_err(|e| error(format!("at `{}`: {}", e.path(), e.inner())))?;
        if model.format != FORMAT {
            return Err(error(format!(
                "format {} is not supported (this generator reads format {FORMAT}; \
                 rerun `cargo xtask model`)",
                model.format
            )));
        }
        if !model.retired && model.service.is_none() {
            return Err(error(
                "`service` is missing (and the model is not `retired`)".into(),
            ));
        }
        for (name, shape) in &model.shapes {
            for (member, facts) in &shape.members {
                if !model.shapes.contains_key(&facts.shape) {
                    return Err(error(format!(
                        "at `shapes.{name}.members.{member}.shape`: unknown shape `{}`",
                        facts.shape.escape_debug()
                    )));
                }
            }
        }
        for (name, op) in &model.operations {
            for (what, shape) in [("input", &op.input), ("output", &op.output)] {
                if let Some(shape) = shape {
                    if !model.shapes.contains_key(shape) {
                        return Err(error(format!(
                            "at `operations.{name}.{what}`: unknown shape `{}`",
                            shape.escape_debug()
                        )));
                    }
                }
            }
        }
        http::check(&model).map_err(|(path, message)| error(format!("at `{path}`: {message}")))?;
        customizations::check(&model)
            .map_err(|(path, message)| error(format!("at `{path}`: {message}")))?;
        Ok(model)
    }

    /// Reads the model file beside `spec`, if there is one.
    pub fn beside(spec: &Path) -> Result<Option<AwsModel>, ModelError> {
        let path = spec.with_file_name(FILE_NAME);
        if !path.exists() {
            return Ok(None);
        }
        Self::load(&path).map(Some)
    }

    pub fn load(path: &Path) -> Result<AwsModel, ModelError> {
        let file = path.display().to_string();
        let text = std::fs::read_to_string(path).map_err(|e| ModelError {
            file: file.clone(),
            message: e.to_string(),
        })?;
        Self::parse(&text, &file)
    }

    /// The model's structure members of `shape`, if it is a structure.
    pub fn members(&self, shape: &str) -> Option<&BTreeMap<String, MemberFacts>> {
        self.shapes
            .get(shape)
            .filter(|s| s.kind == "structure")
            .map(|s| &s.members)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MINIMAL: &str = r#"{
      "format": 1,
      "source": {"botocore": "1.44.5", "service": "demo", "api_version": "2020-01-01", "files": {}},
      "service": {"service_id": "Demo", "protocol": "json", "json_version": "1.0",
                  "target_prefix": "Demo", "signing_name": "demo", "endpoint_prefix": "demo"},
      "operations": {"Ping": {"input": "PingInput", "host_prefix": "data-"}},
      "shapes": {
        "PingInput": {"type": "structure", "members": {"Data": {"shape": "Bytes", "required": true}}},
        "Bytes": {"type": "blob", "sensitive": true}
      },
      "paginators": {"List": {"input_token": ["A", "B"], "output_token": "C", "limit_key": "Max"}}
    }"#;

    #[test]
    fn reads_a_minimal_model() {
        let m = AwsModel::parse(MINIMAL, "aws-model.json").unwrap();
        assert_eq!(m.service.as_ref().unwrap().service_id, "Demo");
        assert_eq!(m.operations["Ping"].host_prefix.as_deref(), Some("data-"));
        assert!(m.shapes["Bytes"].sensitive);
        assert_eq!(m.members("PingInput").unwrap()["Data"].shape, "Bytes");
        assert_eq!(m.paginators["List"].input_token.as_slice(), ["A", "B"]);
        assert_eq!(m.paginators["List"].output_token.as_slice(), ["C"]);
    }

    #[test]
    fn errors_name_the_file_and_the_path() {
        let bad = MINIMAL.replace(r#""required": true"#, r#""required": "yes""#);
        let e = AwsModel::parse(&bad, "x/aws-model.json")
            .unwrap_err()
            .to_string();
        assert!(
            e.starts_with("x/aws-model.json: at `shapes.PingInput.members.Data.required`"),
            "{e}"
        );

        let dangling = MINIMAL.replace(r#""shape": "Bytes""#, r#""shape": "Nope""#);
        let e = AwsModel::parse(&dangling, "m.json")
            .unwrap_err()
            .to_string();
        assert!(
            e.contains("shapes.PingInput.members.Data.shape") && e.contains("Nope"),
            "{e}"
        );

        let future = MINIMAL.replace(r#""format": 1"#, r#""format": 2"#);
        let e = AwsModel::parse(&future, "m.json").unwrap_err().to_string();
        assert!(e.contains("format 2 is not supported"), "{e}");

        let unknown = MINIMAL.replace(r#""format": 1,"#, r#""format": 1, "extra": 0,"#);
        assert!(AwsModel::parse(&unknown, "m.json").is_err());
    }

    #[test]
    fn a_retired_service_needs_no_facts() {
        let m = AwsModel::parse(
            r#"{"format": 1, "retired": true, "source": {"botocore": "1.44.5"}}"#,
            "m.json",
        )
        .unwrap();
        assert!(m.retired && m.service.is_none());
        let e = AwsModel::parse(
            r#"{"format": 1, "source": {"botocore": "1.44.5"}}"#,
            "m.json",
        )
        .unwrap_err();
        assert!(e.to_string().contains("`service` is missing"));
    }
}
