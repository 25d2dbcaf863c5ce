//! What AWS's model has and the apis.guru spec lacks (issue 11): operations
//! and structure members newer than the spec, enum values it omits, and the
//! shapes they need. Without this a client built from an older spec drops
//! output members AWS sends and cannot send inputs AWS accepts.
//!
//! Shapes are matched by name (apis.guru keeps botocore's shape names); a
//! spec schema of the same name is reused, the model's shape is built only
//! where the spec has none. The model has no documentation, so everything
//! added here says where it came from instead.

use std::collections::BTreeSet;

use super::{builtin, is_identifier_like, Lowering, BUILTIN_DOCUMENT};
use crate::ir::*;
use crate::model::AwsModel;
use crate::naming::{pascal, snake, Namespace};

/// Where model problems are reported.
const MODEL: &str = "aws-model.json#";

/// Docs of an operation or member the spec does not have.
pub(super) const FROM_MODEL_DOC: &str =
    "<p>From AWS's model: the apis.guru spec lacks it, and the model has no documentation.</p>";

impl Lowering<'_> {
    /// Operations the model has and `ops` (the spec's) lacks, sent with the
    /// spec's X-Amz-Target prefix. A no-op without a model.
    pub(super) fn synthesize_operations(&mut self, ops: &mut Vec<Operation>, prefix: &str) {
        let Some(model) = self.model else {
            return;
        };
        // A spec operation without a body the model gives one (an output
        // the spec left out is read; an input is sent).
        for op in ops.iter_mut() {
            let Some(facts) = model.operations.get(&op.name) else {
                continue;
            };
            let pointer = format!("{MODEL}/operations/{}", op.name);
            if op.input.is_none() {
                if let Some(s) = facts.input.as_deref() {
                    op.input = self.body_from_model(model, s, &pointer);
                }
            }
            if op.output.is_none() {
                if let Some(s) = facts.output.as_deref() {
                    op.output = self.body_from_model(model, s, &pointer);
                }
            }
        }
        let known: BTreeSet<String> = ops.iter().map(|o| o.name.clone()).collect();
        for (name, facts) in &model.operations {
            if known.contains(name) {
                continue;
            }
            let pointer = format!("{MODEL}/operations/{name}");
            if !is_identifier_like(name) {
                self.diag(
                    &pointer,
                    format!("operation name {name:?} is not an identifier; skipped"),
                );
                continue;
            }
            let input = facts
                .input
                .as_deref()
                .map(|s| self.body_from_model(model, s, &pointer));
            let output = facts
                .output
                .as_deref()
                .map(|s| self.body_from_model(model, s, &pointer));
            ops.push(Operation {
                name: name.clone(),
                rust_name: String::new(),
                names: OperationNames::default(),
                target: format!("{prefix}.{name}"),
                http: None,
                input: input.flatten(),
                output: output.flatten(),
                errors: Vec::new(),
                docs: Some(FROM_MODEL_DOC.into()),
                deprecated: false,
                pagination: None,
                host_prefix: None,
                min_attempt_timeout_secs: None,
                unsigned: false,
                endpoint_discovery: false,
                api_version_header: None,
                idempotency_tokens: Vec::new(),
                error_codes: Default::default(),
                partitions: Vec::new(),
                customizations: Default::default(),
            });
        }
    }

    /// An operation body: a structure (an empty one when the model's shape
    /// has no members), else `None` with a diagnostic.
    fn body_from_model(&mut self, model: &AwsModel, shape: &str, pointer: &str) -> Option<ShapeId> {
        let name = self.shape_from_model(model, shape);
        match self.shapes.get_mut(&name).map(|s| &mut s.kind) {
            Some(ShapeKind::Structure(_)) => Some(name),
            Some(kind @ ShapeKind::Document) if name.as_str() != BUILTIN_DOCUMENT => {
                *kind = ShapeKind::Structure(Structure {
                    members: Vec::new(),
                    is_error: false,
                });
                Some(name)
            }
            _ => {
                self.diag(
                    pointer,
                    format!("body shape {shape:?} is not a structure; the body is ignored"),
                );
                None
            }
        }
    }

    /// Adds to every structure the members its model shape has and it
    /// lacks, and to every enum the values it lacks; repeated until shapes
    /// built for new members need nothing more.
    pub(super) fn complete_from_model(&mut self) {
        let Some(model) = self.model else {
            return;
        };
        let mut done = BTreeSet::new();
        loop {
            let todo: Vec<ShapeId> = self
                .shapes
                .keys()
                .filter(|n| !done.contains(*n))
                .cloned()
                .collect();
            if todo.is_empty() {
                break;
            }
            for name in todo {
                self.complete_shape(model, &name);
                done.insert(name);
            }
        }
    }

    fn complete_shape(&mut self, model: &AwsModel, id: &ShapeId) {
        let name = id.as_str();
        let Some(facts) = model.shapes.get(name) else {
            return;
        };
        if !compatible(&self.shapes[id].kind, facts) {
            // The wire follows the model: the spec's older type is replaced.
            self.diag(
                &format!("/components/schemas/{}", crate::load::escape_pointer(name)),
                format!(
                    "AWS's model makes {name:?} a {}; the spec's type is replaced",
                    facts.kind
                ),
            );
            let spec = self.shapes.remove(id).expect("checked above");
            self.shape_from_model(model, name);
            if let Some(shape) = self.shapes.get_mut(id) {
                shape.docs = spec.docs;
                shape.deprecated = spec.deprecated;
            }
            // A list or map built above is complete; a structure or enum
            // is filled below.
        }
        if let (ShapeKind::Document, "structure", false) =
            (&self.shapes[id].kind, facts.kind.as_str(), facts.document)
        {
            // An empty object in the spec that the model gives members.
            if !facts.members.is_empty() {
                self.shapes.get_mut(id).expect("above").kind = ShapeKind::Structure(Structure {
                    members: Vec::new(),
                    is_error: false,
                });
            }
        }
        match &self.shapes[id].kind {
            ShapeKind::Enum(values) => {
                let have: BTreeSet<&str> = values.iter().map(|v| v.wire.as_str()).collect();
                let missing: Vec<String> = facts
                    .enum_values
                    .iter()
                    .filter(|v| !have.contains(v.as_str()))
                    .cloned()
                    .collect();
                if missing.is_empty() {
                    return;
                }
                let ShapeKind::Enum(values) = &mut self.shapes.get_mut(id).expect("above").kind
                else {
                    unreachable!("matched above")
                };
                let mut ns = Namespace::with_reserved(&["Unknown"]);
                for v in values.iter() {
                    ns.claim(&v.variant);
                }
                for wire in missing {
                    values.push(EnumValue {
                        variant: ns.claim(&pascal(&wire)),
                        wire,
                    });
                }
            }
            ShapeKind::Structure(s) if facts.kind == "structure" && !facts.document => {
                // A member whose spec type the model's (differently named)
                // shape contradicts takes the model's.
                let retarget: Vec<(usize, String)> = s
                    .members
                    .iter()
                    .enumerate()
                    .filter_map(|(i, m)| {
                        let f = super::shapes::member_facts(&facts.members, &m.wire_name)?;
                        let theirs = model.shapes.get(&f.shape)?;
                        let ours = &self.shapes.get(&m.target)?.kind;
                        (m.target.as_str() != f.shape && !compatible(ours, theirs))
                            .then(|| (i, f.shape.clone()))
                    })
                    .collect();
                for (i, shape) in retarget {
                    let target = self.shape_from_model(model, &shape);
                    let ShapeKind::Structure(s) = &mut self.shapes.get_mut(id).expect("above").kind
                    else {
                        unreachable!("matched above")
                    };
                    let m = &mut s.members[i];
                    let pointer = format!(
                        "/components/schemas/{}/properties/{}",
                        crate::load::escape_pointer(name),
                        crate::load::escape_pointer(&m.wire_name)
                    );
                    let message = format!(
                        "AWS's model types this member as {shape:?}, which the spec's {:?} \
                         contradicts; the model's type is used",
                        m.target
                    );
                    m.target = target;
                    self.diag(&pointer, message);
                }
                let ShapeKind::Structure(s) = &self.shapes[id].kind else {
                    unreachable!("matched above")
                };
                let have: BTreeSet<&str> = s.members.iter().map(|m| m.wire_name.as_str()).collect();
                let missing: Vec<(String, String, bool)> = facts
                    .members
                    .iter()
                    .filter_map(|(member, f)| {
                        let wire = f.location_name.clone().unwrap_or_else(|| member.clone());
                        let present =
                            have.contains(wire.as_str()) || have.contains(member.as_str());
                        (!present).then(|| (wire, f.shape.clone(), f.sensitive))
                    })
                    .collect();
                if missing.is_empty() {
                    return;
                }
                let model_built = self
                    .synthesized
                    .get(id)
                    .is_some_and(|p| p.starts_with(MODEL));
                let mut added = Vec::new();
                for (wire, target, sensitive) in missing {
                    let target = self.shape_from_model(model, &target);
                    added.push((wire, target, sensitive));
                }
                let ShapeKind::Structure(s) = &mut self.shapes.get_mut(id).expect("above").kind
                else {
                    unreachable!("matched above")
                };
                let mut fields = Namespace::default();
                for m in &s.members {
                    fields.claim(&m.rust_name);
                }
                // A shape built from the model says so once, in its own docs.
                let docs = (!model_built).then(|| FROM_MODEL_DOC.to_string());
                for (wire, target, sensitive) in added {
                    let docs = if facts.exception && wire.eq_ignore_ascii_case("message") {
                        Some(super::ERROR_MESSAGE_DOC.to_string())
                    } else {
                        docs.clone()
                    };
                    s.members.push(Member {
                        rust_name: fields.claim(&snake(&wire)),
                        wire_name: wire,
                        setter: String::new(),
                        target,
                        required: false,
                        docs,
                        boxed: false,
                        deprecated: false,
                        sensitive,
                        timestamp_format: None,
                        location: Location::Body,
                        json_value: false,
                        streaming: false,
                    });
                }
            }
            _ => {}
        }
    }

    /// The IR shape for model shape `name`: the spec's schema of that name
    /// when there is one, else built from the model (named as the model
    /// names it). A shape the model does not describe is a JSON document.
    pub(super) fn shape_from_model(&mut self, model: &AwsModel, name: &str) -> ShapeId {
        let id = ShapeId::new(name);
        if self.shapes.contains_key(&id) {
            return id;
        }
        let pointer = format!("{MODEL}/shapes/{name}");
        let Some(facts) = model.shapes.get(name) else {
            self.diag(
                &pointer,
                "shape not in AWS's model; treated as a JSON document",
            );
            return BUILTIN_DOCUMENT.into();
        };
        let kind = match facts.kind.as_str() {
            "structure" if facts.document => return BUILTIN_DOCUMENT.into(),
            // Members are added by `complete_from_model`, so cycles end here.
            "structure" => ShapeKind::Structure(Structure {
                members: Vec::new(),
                is_error: false,
            }),
            "string" if !facts.enum_values.is_empty() => ShapeKind::Enum(Vec::new()),
            "string" => ShapeKind::String,
            "integer" | "long" => ShapeKind::Integer,
            "float" => ShapeKind::Float { double: false },
            "double" => ShapeKind::Float { double: true },
            "boolean" => ShapeKind::Boolean,
            "timestamp" => ShapeKind::Timestamp,
            "blob" => ShapeKind::Blob,
            "list" | "map" => {
                let (role, inner) = if facts.kind == "list" {
                    ("member", facts.member.as_deref())
                } else {
                    ("value", facts.value.as_deref())
                };
                let Some(inner) = inner else {
                    self.diag(
                        &pointer,
                        format!(
                            "{} without a {role}; treated as a JSON document",
                            facts.kind
                        ),
                    );
                    return BUILTIN_DOCUMENT.into();
                };
                // Named first so a list of itself resolves to this name.
                self.insert_model_shape(name, ShapeKind::Document, &pointer);
                let inner = self.shape_from_model(model, inner);
                let kind = if facts.kind == "list" {
                    ShapeKind::List { item: inner }
                } else {
                    ShapeKind::Map { value: inner }
                };
                self.shapes.get_mut(&id).expect("inserted above").kind = kind;
                return id;
            }
            other => {
                self.diag(
                    &pointer,
                    format!("unknown shape type {other:?}; treated as a JSON document"),
                );
                return BUILTIN_DOCUMENT.into();
            }
        };
        self.insert_model_shape(name, kind, &pointer);
        id
    }

    fn insert_model_shape(&mut self, name: &str, kind: ShapeKind, pointer: &str) {
        self.shapes.insert(
            ShapeId::new(name),
            Shape {
                kind,
                docs: Some(FROM_MODEL_DOC.into()),
                ..builtin(name, ShapeKind::Document)
            },
        );
        self.synthesized
            .insert(ShapeId::new(name), pointer.to_string());
    }
}

/// Whether the spec's kind can stand for the model's on the wire (a string
/// the model calls a blob or timestamp is fixed by `apply_shape_facts`; an
/// empty object becomes a structure or stays a document).
fn compatible(kind: &ShapeKind, facts: &crate::model::ShapeFacts) -> bool {
    match (kind, facts.kind.as_str()) {
        (ShapeKind::Document, _) => facts.kind == "structure",
        (ShapeKind::Structure(_), "structure") => !facts.document,
        (ShapeKind::List { .. }, "list") | (ShapeKind::Map { .. }, "map") => true,
        (ShapeKind::Enum(_) | ShapeKind::String, "string") => true,
        (ShapeKind::String | ShapeKind::Blob, "blob") => true,
        (ShapeKind::String | ShapeKind::Timestamp, "timestamp") => true,
        (ShapeKind::Integer, "integer" | "long") => true,
        (ShapeKind::Float { .. }, "float" | "double") => true,
        (ShapeKind::Boolean, "boolean") => true,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use crate::config::SpecConfig;
    use crate::ir::ShapeKind;
    use crate::model::AwsModel;

    const SPEC: &str = "openapi: 3.0.0\ninfo: {title: T, version: '1', x-serviceName: t}\nservers: [{url: 'https://t.{region}.amazonaws.com'}]\npaths:\n  '/#X-Amz-Target=T.Op':\n    post:\n      requestBody: {content: {application/json: {schema: {$ref: '#/components/schemas/In'}}}}\n      responses: {'200': {description: ok}}\ncomponents:\n  schemas:\n    In:\n      type: object\n      properties:\n        name: {$ref: '#/components/schemas/Mode'}\n    Mode: {type: string, enum: [A]}\n";

    const MODEL: &str = r#"{"format": 1, "source": {"botocore": "1.44.5"},
        "service": {"service_id": "T", "protocol": "json", "signing_name": "t", "endpoint_prefix": "t"},
        "operations": {"Op": {"input": "In"}, "NewOp": {"input": "NewIn", "output": "NewOut"},
                       "bad op": {}},
        "shapes": {
          "In": {"type": "structure", "members": {
            "name": {"shape": "Mode"},
            "Tree": {"shape": "Node", "location_name": "tree"}}},
          "Mode": {"type": "string", "enum": ["A", "B"]},
          "Node": {"type": "structure", "members": {
            "kids": {"shape": "Nodes"}, "data": {"shape": "Bytes"}, "at": {"shape": "When"}}},
          "Nodes": {"type": "list", "member": "Node"},
          "Bytes": {"type": "blob"},
          "When": {"type": "timestamp"},
          "NewIn": {"type": "structure", "members": {"n": {"shape": "Count", "required": true}}},
          "NewOut": {"type": "structure", "members": {"m": {"shape": "Tags"}}},
          "Count": {"type": "long"},
          "Tags": {"type": "map", "key": "Mode", "value": "Doc"},
          "Doc": {"type": "structure", "document": true, "members": {}}}}"#;

    #[test]
    fn what_the_spec_lacks_comes_from_the_model() {
        let api = crate::load::load_str(SPEC, "t.yaml").unwrap();
        let model = AwsModel::parse(MODEL, "aws-model.json").unwrap();
        let (svc, diags) =
            super::super::lower_with_model(&api, &SpecConfig::default(), Some(&model)).unwrap();

        // The operation the spec lacks, with its shapes, under the spec's prefix.
        let names: Vec<&str> = svc.operations.iter().map(|o| o.name.as_str()).collect();
        assert_eq!(names, ["NewOp", "Op"]);
        let new = &svc.operations[0];
        assert_eq!(new.target, "T.NewOp");
        assert_eq!(new.input, Some("NewIn".into()));
        let n = &svc.structure("NewIn").unwrap().members[0];
        assert!(n.required && matches!(svc.shape(&n.target).kind, ShapeKind::Integer));
        let tags = &svc.structure("NewOut").unwrap().members[0].target;
        assert!(
            matches!(&svc.shape(tags).kind, ShapeKind::Map { value } if value.as_str() == "#Document")
        );
        let bad = diags.iter().find(|d| d.pointer.ends_with("/bad op"));
        assert!(
            bad.is_some_and(|d| d.message.contains("not an identifier")),
            "{diags:?}"
        );

        // A member the spec's structure lacks, on its wire name, with a
        // recursive shape the spec lacks too (boxed/cycle passes still run).
        let tree = svc
            .structure("In")
            .unwrap()
            .members
            .iter()
            .find(|m| m.wire_name == "tree")
            .expect("member added");
        assert_eq!(tree.target.as_str(), "Node");
        assert!(tree.docs.as_deref().unwrap().contains("From AWS's model"));
        let node = svc.structure("Node").unwrap();
        let kinds: Vec<_> = node
            .members
            .iter()
            .map(|m| (m.wire_name.as_str(), &svc.shape(&m.target).kind))
            .collect();
        assert!(
            matches!(
                kinds[..],
                [
                    ("at", ShapeKind::Timestamp),
                    ("data", ShapeKind::Blob),
                    ("kids", ShapeKind::List { .. })
                ]
            ),
            "{kinds:?}"
        );
        // Members of a shape built from the model carry no per-member note.
        assert!(node.members.iter().all(|m| m.docs.is_none()));

        // The enum value the spec lacks.
        let ShapeKind::Enum(values) = &svc.shape("Mode").kind else {
            panic!("enum")
        };
        let wires: Vec<&str> = values.iter().map(|v| v.wire.as_str()).collect();
        assert_eq!(wires, ["A", "B"]);

        // Without a model nothing is added.
        let (svc, _) = super::super::lower(&api, &SpecConfig::default()).unwrap();
        assert_eq!(svc.operations.len(), 1);
        assert_eq!(svc.structure("In").unwrap().members.len(), 1);
    }

    const SPEC2: &str = "openapi: 3.0.0\ninfo: {title: T, version: '1', x-serviceName: t}\nservers: [{url: 'https://t.{region}.amazonaws.com'}]\npaths:\n  '/#X-Amz-Target=T.Op':\n    post:\n      requestBody: {content: {application/json: {schema: {$ref: '#/components/schemas/In'}}}}\n      responses: {'200': {description: ok}}\ncomponents:\n  schemas:\n    In:\n      type: object\n      properties:\n        tags: {$ref: '#/components/schemas/TagList'}\n        empty: {$ref: '#/components/schemas/Empty'}\n    TagList: {type: array, items: {type: object, additionalProperties: {type: string}}}\n    Empty: {type: object}\n";

    const MODEL2: &str = r#"{"format": 1, "source": {"botocore": "1.44.5"},
        "service": {"service_id": "T", "protocol": "json", "signing_name": "t", "endpoint_prefix": "t"},
        "operations": {"Op": {"input": "In", "output": "Out"}},
        "shapes": {
          "In": {"type": "structure", "members": {
            "tags": {"shape": "TagFilter"}, "empty": {"shape": "Empty"}}},
          "TagFilter": {"type": "map", "key": "S", "value": "Strings"},
          "Strings": {"type": "list", "member": "S"},
          "S": {"type": "string"},
          "Empty": {"type": "structure", "members": {"now": {"shape": "S"}}},
          "Out": {"type": "structure", "members": {"arn": {"shape": "S"}}}}}"#;

    #[test]
    fn the_model_corrects_what_the_spec_has_wrong_or_leaves_empty() {
        let api = crate::load::load_str(SPEC2, "t.yaml").unwrap();
        let model = AwsModel::parse(MODEL2, "aws-model.json").unwrap();
        let (svc, diags) =
            super::super::lower_with_model(&api, &SpecConfig::default(), Some(&model)).unwrap();
        let op = &svc.operations[0];
        // The output the spec left out.
        assert_eq!(op.output, Some("Out".into()));
        let input = svc.structure("In").unwrap();
        let m = |n: &str| input.members.iter().find(|m| m.wire_name == n).unwrap();
        // A list of maps in the spec, a map of lists on the wire.
        assert_eq!(m("tags").target.as_str(), "TagFilter");
        assert!(matches!(svc.shape("TagFilter").kind, ShapeKind::Map { .. }));
        assert!(
            diags
                .iter()
                .any(|d| d.pointer == "/components/schemas/In/properties/tags"
                    && d.message.contains("contradicts")),
            "{diags:?}"
        );
        // An empty object the model gives members.
        assert_eq!(svc.structure("Empty").unwrap().members.len(), 1);
    }
}
