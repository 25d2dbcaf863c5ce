//! Shape facts from AWS's model (`aws-model.json`) that the apis.guru
//! conversion loses: blobs (written as plain strings), timestamp formats,
//! sensitive shapes and members, and which members are required.
//!
//! Spec schemas and model shapes share names (apis.guru converts AWS's
//! models), as do properties and members (or the member's `location_name`).
//! Synthesized (inline) shapes have no model counterpart and keep what the
//! spec says.
//!
//! Required-ness policy (issue 11): where the model has the structure, a
//! member is required exactly when the model requires it, for inputs and
//! outputs alike. The builder then accepts every call AWS accepts (the spec
//! marks some members required that AWS does not, e.g. cognito-idp
//! `SignUp.Password`), and an output member AWS may omit is an `Option`.
//! A model-required output member whose type has a default is also
//! tolerated when absent (`emit` adds `#[serde(default)]`, Smithy's client
//! error correction), so a server that omits one cannot fail the whole
//! response.

use crate::ir::{ShapeKind, TimestampFormat};
use crate::load::escape_pointer;
use crate::model::{AwsModel, MemberFacts};

use super::Lowering;

impl Lowering<'_> {
    /// Applies the model's shape facts; a no-op without a model. Runs after
    /// operations are known and before `config` overrides (`blob_shapes`).
    pub(super) fn apply_shape_facts(&mut self) {
        let Some(model) = self.model else {
            return;
        };
        let mut diags = Vec::new();
        for (name, shape) in self.shapes.iter_mut() {
            let Some(facts) = model.shapes.get(name) else {
                continue;
            };
            match (facts.kind.as_str(), &shape.kind) {
                ("blob", ShapeKind::String) => shape.kind = ShapeKind::Blob,
                ("timestamp", ShapeKind::String) => shape.kind = ShapeKind::Timestamp,
                _ => {}
            }
            shape.sensitive |= facts.sensitive;
        }
        // Member facts need the (now final) kinds of member targets.
        let kinds: std::collections::BTreeMap<String, ShapeKind> = self
            .shapes
            .iter()
            .map(|(n, s)| (n.clone(), s.kind.clone()))
            .collect();
        for (name, shape) in self.shapes.iter_mut() {
            let ShapeKind::Structure(s) = &mut shape.kind else {
                continue;
            };
            let model_members = model.members(name);
            for m in &mut s.members {
                let pointer = format!(
                    "/components/schemas/{}/properties/{}",
                    escape_pointer(name),
                    escape_pointer(&m.wire_name)
                );
                let facts = model_members.and_then(|members| member_facts(members, &m.wire_name));
                if let Some(members) = model_members {
                    // A property the model does not have is optional to AWS.
                    m.required = facts.is_some_and(|f| f.required);
                    if facts.is_none() && !members.is_empty() {
                        diags.push((pointer.clone(), format!(
                            "AWS's model of {name:?} has no member {:?}; kept as an optional member",
                            m.wire_name
                        )));
                    }
                }
                m.sensitive = facts.is_some_and(|f| f.sensitive);
                let format = facts
                    .and_then(|f| {
                        f.timestamp_format
                            .as_deref()
                            .or_else(|| shape_format(model, &f.shape))
                    })
                    .or_else(|| shape_format(model, &m.target));
                let Some(format) = format else {
                    continue;
                };
                let Some(format) = parse_format(format) else {
                    diags.push((
                        pointer,
                        format!(
                            "unknown timestamp format {:?} in AWS's model; epoch seconds are sent",
                            format.escape_debug().to_string()
                        ),
                    ));
                    continue;
                };
                let timestamps = match kinds.get(&m.target) {
                    Some(ShapeKind::Timestamp) => true,
                    Some(ShapeKind::List { item }) => {
                        matches!(kinds.get(item), Some(ShapeKind::Timestamp))
                    }
                    _ => false,
                };
                if timestamps {
                    m.timestamp_format = Some(format);
                } else {
                    diags.push((
                        pointer,
                        "timestamp format on a member that is neither a timestamp nor a list of \
                         timestamps; ignored"
                            .to_string(),
                    ));
                }
            }
        }
        for (pointer, message) in diags {
            self.diag(&pointer, message);
        }
    }
}

/// The model member a spec property stands for: same name, else same
/// `location_name` (the wire name when it differs).
fn member_facts<'m>(
    members: &'m std::collections::BTreeMap<String, MemberFacts>,
    wire: &str,
) -> Option<&'m MemberFacts> {
    members.get(wire).or_else(|| {
        members
            .values()
            .find(|f| f.location_name.as_deref() == Some(wire))
    })
}

/// A timestamp shape's own format, or the format of a list's timestamps.
fn shape_format<'m>(model: &'m AwsModel, shape: &str) -> Option<&'m str> {
    let facts = model.shapes.get(shape)?;
    match facts.kind.as_str() {
        "timestamp" => facts.timestamp_format.as_deref(),
        "list" => {
            let item = model.shapes.get(facts.member.as_deref()?)?;
            (item.kind == "timestamp")
                .then_some(item.timestamp_format.as_deref())
                .flatten()
        }
        _ => None,
    }
}

fn parse_format(format: &str) -> Option<TimestampFormat> {
    match format {
        "unixTimestamp" => Some(TimestampFormat::EpochSeconds),
        "iso8601" => Some(TimestampFormat::DateTime),
        "rfc822" => Some(TimestampFormat::HttpDate),
        _ => None,
    }
}
