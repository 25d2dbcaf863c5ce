//! Per-spec config: protocol facts the OpenAPI spec does not carry.
//!
//! Lives next to the pinned spec as `config.toml`. Every field is optional;
//! the defaults are documented on each field and in the README.

use std::collections::BTreeMap;
use std::path::Path;

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SpecConfig {
    /// Cargo package name of the emitted crate. Default: `<service>-client`
    /// from `info.x-serviceName`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub crate_name: Option<String>,
    /// `"1.0"` or `"1.1"` (the `application/x-amz-json-*` content type).
    /// Default: AWS's model (`aws-model.json`), else 1.0 for the services AWS
    /// models as `awsJson1_0`, else 1.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub json_version: Option<JsonVersion>,
    /// SigV4 signing name. Default: AWS's model, else
    /// `info.x-aws-signingName`, else the first label of the endpoint host.
    /// Set, it also replaces the per-endpoint signing names of the model.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signing_name: Option<String>,
    /// SDK service id, used for `AWS_ENDPOINT_URL_<ID>` and profile
    /// `services` sections (e.g. `SFN` for Step Functions). Default: AWS's
    /// model (`serviceId`), else `info.x-serviceName`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_id: Option<String>,
    /// Host label(s) before the region, e.g. `states` in
    /// `states.{region}.amazonaws.com`. Default: AWS's model, else read from
    /// `servers`. Used for the default endpoint only when the model has no
    /// endpoints (with them, the model's partition table gives the hosts).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub endpoint_prefix: Option<String>,
    /// Operation name → host prefix (e.g. `StartSyncExecution = "sync-"`).
    /// Default: AWS's model (`endpoint.hostPrefix`).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub host_prefix: BTreeMap<String, String>,
    /// Schema names that are blobs (base64 on the wire). The apis.guru specs
    /// write blobs as plain `type: string`, so they cannot be told apart.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub blob_shapes: Vec<String>,
    /// Long-poll operations → the least time one attempt may take, in
    /// seconds (the service's hold time plus a margin), e.g.
    /// `GetActivityTask = 65`. Applied over any shorter attempt timeout.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub long_poll: BTreeMap<String, u64>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum JsonVersion {
    #[serde(rename = "1.0")]
    V1_0,
    #[serde(rename = "1.1")]
    V1_1,
}

impl JsonVersion {
    pub fn as_str(self) -> &'static str {
        match self {
            JsonVersion::V1_0 => "1.0",
            JsonVersion::V1_1 => "1.1",
        }
    }
}

/// Services AWS models as `awsJson1_0` (keyed by apis.guru service name).
/// Every other AWS JSON service speaks 1.1.
const JSON_1_0_SERVICES: &[&str] = &[
    "apprunner",
    "backup-gateway",
    "cloudcontrol",
    "codestar-connections",
    "compute-optimizer",
    "dynamodb",
    "healthlake",
    "iotfleetwise",
    "kendra-ranking",
    "keyspaces",
    "lookoutequipment",
    "network-firewall",
    "opensearchserverless",
    "payment-cryptography",
    "pinpoint-sms-voice-v2",
    "proton",
    "qldb-session",
    "route53-recovery-cluster",
    "states",
    "streams.dynamodb",
    "swf",
    "timestream-query",
    "timestream-write",
    "verifiedpermissions",
    "voice-id",
];

/// Default JSON version for an apis.guru service name.
pub fn default_json_version(service: &str) -> JsonVersion {
    if JSON_1_0_SERVICES.contains(&service) {
        JsonVersion::V1_0
    } else {
        JsonVersion::V1_1
    }
}

#[derive(Debug)]
pub struct ConfigError {
    pub path: String,
    pub message: String,
}

impl std::fmt::Display for ConfigError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

impl std::error::Error for ConfigError {}

impl SpecConfig {
    pub fn load(path: &Path) -> Result<SpecConfig, ConfigError> {
        let err = |message: String| ConfigError {
            path: path.display().to_string(),
            message,
        };
        let text = std::fs::read_to_string(path).map_err(|e| err(format!("cannot read: {e}")))?;
        Self::parse(&text).map_err(|e| err(e.message))
    }

    pub fn parse(text: &str) -> Result<SpecConfig, ConfigError> {
        let config: SpecConfig = toml::from_str(text).map_err(|e| ConfigError {
            path: String::new(),
            message: e.to_string(),
        })?;
        config.validate().map_err(|message| ConfigError {
            path: String::new(),
            message,
        })?;
        Ok(config)
    }

    /// Refuses values that would make a crate that does not build
    /// (`crate_name`) or a client whose every call fails (a line break in
    /// `signing_name`, say); the message names the key. Lowering checks the
    /// same again, for configs not read from a file.
    pub fn validate(&self) -> Result<(), String> {
        use crate::lower::wire;
        let key = |key: &str, r: Result<(), String>| r.map_err(|m| format!("`{key}`: {m}"));
        if let Some(name) = &self.crate_name {
            if let Some(problem) = crate::naming::package_name_problem(name) {
                return Err(format!("`crate_name` = {name:?}: {problem}"));
            }
        }
        if let Some(s) = &self.signing_name {
            key("signing_name", wire::signing_name(s))?;
        }
        if let Some(s) = &self.service_id {
            key("service_id", wire::service_id(s))?;
        }
        if let Some(s) = &self.endpoint_prefix {
            key("endpoint_prefix", wire::host("endpoint prefix", s))?;
        }
        for (op, prefix) in &self.host_prefix {
            key(&format!("host_prefix.{op}"), wire::host_prefix(prefix))?;
        }
        Ok(())
    }

    pub fn to_toml(&self) -> String {
        toml::to_string(self).expect("config is always representable as TOML")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_states_config() {
        let c = SpecConfig::parse(
            "json_version = \"1.0\"\nsigning_name = \"states\"\n[host_prefix]\nStartSyncExecution = \"sync-\"\n",
        )
        .unwrap();
        assert_eq!(c.json_version, Some(JsonVersion::V1_0));
        assert_eq!(c.host_prefix["StartSyncExecution"], "sync-");
        assert_eq!(SpecConfig::parse(&c.to_toml()).unwrap(), c);
    }

    #[test]
    fn rejects_unknown_keys_and_versions() {
        assert!(SpecConfig::parse("json_versoin = \"1.0\"")
            .unwrap_err()
            .message
            .contains("json_versoin"));
        assert!(SpecConfig::parse("json_version = \"2.0\"").is_err());
    }

    #[test]
    fn refuses_values_that_break_the_crate_naming_the_key() {
        for (text, key) in [
            ("crate_name = \"3d\"", "`crate_name`"),
            ("crate_name = \"fn\"", "`crate_name`"),
            ("crate_name = \"a b\"", "`crate_name`"),
            ("signing_name = \"states\\r\\n\"", "`signing_name`"),
            ("service_id = \"SFN\\n\"", "`service_id`"),
            ("endpoint_prefix = \"states .x\"", "`endpoint_prefix`"),
            ("[host_prefix]\nStart = \"sync-\\n\"", "`host_prefix.Start`"),
        ] {
            let e = SpecConfig::parse(text).unwrap_err();
            assert!(e.message.starts_with(key), "{text}: {}", e.message);
        }
    }

    #[test]
    fn json_version_defaults() {
        assert_eq!(default_json_version("states"), JsonVersion::V1_0);
        assert_eq!(default_json_version("logs"), JsonVersion::V1_1);
    }
}
