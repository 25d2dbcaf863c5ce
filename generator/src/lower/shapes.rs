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

use crate::ir::{Location, Operation, PathStep, ShapeId, ShapeKind, TimestampFormat};
use crate::load::escape_pointer;
use crate::model::{AwsModel, MemberFacts};

use super::Lowering;

impl Lowering<'_> {
    /// Applies the model's shape facts; a no-op without a model. Runs after
    /// operations are known and before `config` overrides (`blob_shapes`).
    ///
    /// Returns the members whose wire name it changed, for the paths read
    /// before (paginators name members as the spec and botocore do).
    pub(super) fn apply_shape_facts(&mut self) -> WireRenames {
        let mut renames = WireRenames::new();
        let Some(model) = self.model else {
            return renames;
        };
        let mut diags = Vec::new();
        for (name, shape) in self.shapes.iter_mut() {
            let Some(facts) = model.shapes.get(name.as_str()) else {
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
        let kinds: std::collections::BTreeMap<ShapeId, ShapeKind> = self
            .shapes
            .iter()
            .map(|(n, s)| (n.clone(), s.kind.clone()))
            .collect();
        for (name, shape) in self.shapes.iter_mut() {
            let ShapeKind::Structure(s) = &mut shape.kind else {
                continue;
            };
            let shape_name = name;
            let model_members = model.members(name.as_str());
            // A restJson1 input or output built from the model (it has
            // located members) already carries the wire names: match by
            // those, not by member name (apigateway PutIntegration's body
            // member `integrationHttpMethod` is `httpMethod` on the wire,
            // the name of its label member).
            let from_model = s.members.iter().any(|m| !m.location.is_body());
            for m in &mut s.members {
                let pointer = format!(
                    "/components/schemas/{}/properties/{}",
                    escape_pointer(name.as_str()),
                    escape_pointer(&m.wire_name)
                );
                let facts = model_members.and_then(|members| {
                    if from_model {
                        members
                            .iter()
                            .find(|(n, f)| {
                                let in_body =
                                    matches!(m.location, Location::Body | Location::Payload);
                                f.wire_name(n) == m.wire_name && f.location.is_none() == in_body
                            })
                            .map(|(_, f)| f)
                    } else {
                        member_facts(members, &m.wire_name)
                    }
                });
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
                // The model's `locationName` is the JSON key on the wire
                // (apigateway `ApiKeys.items` is sent as `item`); the
                // spec keeps the member name. Located members already
                // carry theirs.
                if let Some(name) = facts
                    .filter(|_| m.location.is_body())
                    .and_then(|f| f.location_name.as_ref())
                {
                    if *name != m.wire_name {
                        let old = std::mem::replace(&mut m.wire_name, name.clone());
                        renames.insert((shape_name.clone(), old), name.clone());
                    }
                }
                let format = facts
                    .and_then(|f| {
                        f.timestamp_format
                            .as_deref()
                            .or_else(|| shape_format(model, &f.shape))
                    })
                    .or_else(|| shape_format(model, m.target.as_str()));
                let Some(format) = format else {
                    continue;
                };
                let Some(format) = parse_format(format) else {
                    diags.push((
                        pointer,
                        format!(
                            "unknown timestamp format {format:?} in AWS's model; epoch seconds \
                             are sent"
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
        renames
    }

    /// Rewrites the paginators' output paths after `renames` (apigateway
    /// `GetRestApis` pages `items`, sent as `item`: without this the
    /// paginator had no `items()`), and says so when a path still does not
    /// resolve (emit leaves out what it cannot reach).
    pub(super) fn rename_paths(&mut self, ops: &mut [Operation], renames: &WireRenames) {
        let mut lost = Vec::new();
        for op in ops {
            let (Some(output), Some(p)) = (op.output.as_ref(), op.pagination.as_mut()) else {
                continue;
            };
            let paths = p
                .tokens
                .iter_mut()
                .map(|t| &mut t.output)
                .chain(p.result_keys.iter_mut())
                .chain(p.more_results.iter_mut());
            for path in paths {
                let mut shape = output.clone();
                for step in path.iter_mut() {
                    let next = match (&*step, self.shapes.get(&shape).map(|s| &s.kind)) {
                        (PathStep::Member(m), Some(ShapeKind::Structure(s))) => {
                            let m = renames
                                .get(&(shape.clone(), m.clone()))
                                .unwrap_or(m)
                                .clone();
                            let target = s.members.iter().find(|x| x.wire_name == m);
                            let next = target.map(|x| x.target.clone());
                            *step = PathStep::Member(m);
                            next
                        }
                        (PathStep::Last, Some(ShapeKind::List { item })) => Some(item.clone()),
                        _ => None,
                    };
                    match next {
                        Some(next) => shape = next,
                        None => {
                            lost.push((op.name.clone(), output.clone()));
                            break;
                        }
                    }
                }
            }
        }
        for (op, output) in lost {
            self.diag(
                &format!("aws-model.json#/paginators/{}", escape_pointer(&op)),
                format!("a paginator path does not resolve in {output:?}; that part of the paginator is left out"),
            );
        }
    }
}

/// (structure, old wire name) → the model's wire name.
pub(super) type WireRenames = std::collections::BTreeMap<(ShapeId, String), String>;

/// The model member a spec property stands for: same name, else same
/// `location_name` (the wire name when it differs).
pub(super) fn member_facts<'m>(
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

#[cfg(test)]
mod tests {
    use crate::config::SpecConfig;
    use crate::ir::{ShapeKind, TimestampFormat};
    use crate::model::AwsModel;

    const SPEC: &str = "openapi: 3.0.0\ninfo: {title: T, version: '1', x-serviceName: t}\nservers: [{url: 'https://t.{region}.amazonaws.com'}]\npaths:\n  '/#X-Amz-Target=T.Op':\n    post:\n      requestBody: {content: {application/json: {schema: {$ref: '#/components/schemas/In'}}}}\n      responses: {'200': {description: ok}}\ncomponents:\n  schemas:\n    In:\n      type: object\n      required: [name]\n      properties:\n        name: {$ref: '#/components/schemas/S'}\n        data: {$ref: '#/components/schemas/Bytes'}\n        at: {$ref: '#/components/schemas/When'}\n        gone: {$ref: '#/components/schemas/S'}\n    S: {type: string}\n    Bytes: {type: string}\n    When: {type: string, format: date-time}\n";

    fn model(when_format: &str) -> AwsModel {
        let text = format!(
            r#"{{"format": 1, "source": {{"botocore": "1.44.5"}},
            "service": {{"service_id": "T", "protocol": "json", "signing_name": "t", "endpoint_prefix": "t"}},
            "shapes": {{
              "In": {{"type": "structure", "members": {{
                "name": {{"shape": "S", "sensitive": true}},
                "data": {{"shape": "Bytes", "required": true}},
                "at": {{"shape": "When"}}}}}},
              "S": {{"type": "string"}},
              "Bytes": {{"type": "blob"}},
              "When": {{"type": "timestamp", "timestamp_format": "{when_format}"}}}}}}"#
        );
        AwsModel::parse(&text, "aws-model.json").unwrap()
    }

    #[test]
    fn the_models_facts_win_over_the_spec() {
        let api = crate::load::load_str(SPEC, "t.yaml").unwrap();
        let model = model("iso8601");
        let (svc, diags) =
            super::super::lower_with_model(&api, &SpecConfig::default(), Some(&model)).unwrap();
        assert!(matches!(svc.shape("Bytes").kind, ShapeKind::Blob));
        let input = svc.structure("In").unwrap();
        let m = |n: &str| input.members.iter().find(|m| m.wire_name == n).unwrap();
        // Required: the model's, not the spec's.
        assert!(!m("name").required && m("data").required && !m("gone").required);
        assert!(m("name").sensitive && !m("data").sensitive);
        assert_eq!(m("at").timestamp_format, Some(TimestampFormat::DateTime));
        assert_eq!(m("name").timestamp_format, None);
        // The member the model lacks is named.
        assert_eq!(diags.len(), 1, "{diags:?}");
        assert_eq!(diags[0].pointer, "/components/schemas/In/properties/gone");

        // Without the model, the spec's facts stand.
        let (svc, _) = super::super::lower(&api, &SpecConfig::default()).unwrap();
        assert!(matches!(svc.shape("Bytes").kind, ShapeKind::String));
        assert!(svc
            .structure("In")
            .unwrap()
            .members
            .iter()
            .any(|m| m.required));
    }

    #[test]
    fn an_unknown_timestamp_format_is_a_diagnostic() {
        let api = crate::load::load_str(SPEC, "t.yaml").unwrap();
        let model = model("julian\\n");
        let (svc, diags) =
            super::super::lower_with_model(&api, &SpecConfig::default(), Some(&model)).unwrap();
        let at = svc
            .structure("In")
            .unwrap()
            .members
            .iter()
            .find(|m| m.wire_name == "at");
        assert_eq!(at.unwrap().timestamp_format, None);
        let d = diags
            .iter()
            .find(|d| d.pointer.ends_with("/at"))
            .expect("a diagnostic");
        assert!(d.message.contains("\"julian\\n\""), "{d}");
    }
}
