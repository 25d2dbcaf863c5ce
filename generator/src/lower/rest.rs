//! restJson1 operations (issue 12). The apis.guru spec of a REST service
//! gives operations, shapes and docs, but not where each member travels:
//! its paths drop greedy labels, mix real query parameters with injected
//! pagination hints, wrap payloads, and omit every response header. So the
//! HTTP binding of each operation and the location of each top-level member
//! come from AWS's model (`http`, `location`, `locationName`, `payload`);
//! the spec contributes the documentation of what it describes.

use std::collections::{BTreeMap, BTreeSet};

use openapiv3::{ReferenceOr, Schema, SchemaKind, Type};

use super::model_synth::FROM_MODEL_DOC;
use super::{err, is_identifier_like, LowerError, Lowering};
use crate::config::SpecConfig;
use crate::ir::*;
use crate::load::escape_pointer;
use crate::model::AwsModel;
use crate::naming::{snake, Namespace};

/// Where model problems are reported.
const MODEL: &str = "aws-model.json#";

/// What the spec says about one operation.
#[derive(Default)]
struct SpecOperation {
    pointer: String,
    docs: Option<String>,
    deprecated: bool,
    /// Wire name (parameter name, body property) → its description.
    member_docs: BTreeMap<String, String>,
}

impl Lowering<'_> {
    /// Every operation of AWS's model, with its HTTP binding; the spec's
    /// docs where the spec has the operation.
    pub(super) fn lower_rest_operations(
        &mut self,
        config: &SpecConfig,
    ) -> Result<Vec<Operation>, LowerError> {
        let model = self
            .model
            .filter(|m| m.has_http_bindings())
            .ok_or_else(|| {
                err(
                    "/paths",
                    "a restJson1 spec needs AWS's model beside it (aws-model.json with HTTP \
                     bindings, written by `cargo xtask add` or `cargo xtask model`): the spec \
                     does not say where each member travels",
                )
            })?;
        let spec_ops = self.spec_rest_operations()?;
        for (name, op) in &spec_ops {
            if !model.operations.contains_key(name) {
                self.diag(
                    &op.pointer,
                    format!(
                        "operation {name:?} is not in AWS's model, so its HTTP binding is \
                         unknown; skipped"
                    ),
                );
            }
        }
        let mut ops = Vec::new();
        for (name, facts) in &model.operations {
            let pointer = format!("{MODEL}/operations/{name}");
            if !is_identifier_like(name) {
                self.diag(
                    &pointer,
                    format!("operation name {name:?} is not an identifier; skipped"),
                );
                continue;
            }
            let Some(http) = &facts.http else {
                // `AwsModel::parse` refuses a REST model where only some
                // operations have a binding.
                return Err(err(pointer, "operation without an HTTP binding"));
            };
            if let Some(why) = unsupported_streams(model, facts) {
                self.diag(&pointer, format!("{why}; operation skipped"));
                continue;
            }
            let spec = spec_ops.get(name);
            let no_docs = BTreeMap::new();
            let member_docs = spec.map_or(&no_docs, |s| &s.member_docs);
            let input = match facts.input.as_deref() {
                Some(shape) => Some(self.rest_top_shape(model, shape, member_docs, &pointer)?),
                None => None,
            };
            let output = match facts.output.as_deref() {
                Some(shape) => Some(self.rest_top_shape(model, shape, &no_docs, &pointer)?),
                None => None,
            };
            ops.push(Operation {
                name: name.clone(),
                rust_name: String::new(),
                names: OperationNames::default(),
                target: String::new(),
                http: Some(HttpBinding {
                    method: http.method.as_str(),
                    request_uri: http.request_uri.clone(),
                    response_code: http.response_code.unwrap_or(200),
                }),
                input,
                output,
                errors: Vec::new(),
                docs: spec
                    .and_then(|s| s.docs.clone())
                    .or_else(|| Some(FROM_MODEL_DOC.into())),
                deprecated: spec.is_some_and(|s| s.deprecated),
                pagination: None,
                host_prefix: config.host_prefix.get(name).cloned(),
                min_attempt_timeout_secs: config.long_poll.get(name).copied(),
                unsigned: false,
                endpoint_discovery: false,
                api_version_header: None,
                idempotency_tokens: Vec::new(),
                error_codes: BTreeMap::new(),
                partitions: Vec::new(),
                customizations: Default::default(),
            });
        }
        if ops.is_empty() {
            return Err(err("/paths", "AWS's model has no operation to generate"));
        }
        self.check_located_shapes(&ops)?;
        self.apply_customizations(model, &mut ops)?;
        self.finish_operations(ops, config)
    }

    /// The spec's operations by `operationId`, with their docs.
    fn spec_rest_operations(&mut self) -> Result<BTreeMap<String, SpecOperation>, LowerError> {
        let mut out = BTreeMap::new();
        for (path, item) in self.api.paths.iter() {
            let pp = format!("/paths/{}", escape_pointer(path));
            let item = match item {
                ReferenceOr::Item(item) => item,
                ReferenceOr::Reference { .. } => {
                    return Err(err(&pp, "path item $ref is not supported"))
                }
            };
            for (method, op) in item.iter() {
                let pointer = format!("{pp}/{method}");
                let Some(id) = op.operation_id.clone() else {
                    self.diag(&pointer, "operation without an operationId; skipped");
                    continue;
                };
                let mut member_docs = BTreeMap::new();
                for p in op.parameters.iter().chain(item.parameters.iter()) {
                    if let ReferenceOr::Item(p) = p {
                        let data = p.parameter_data_ref();
                        if let Some(d) = &data.description {
                            member_docs.insert(data.name.clone(), d.clone());
                        }
                    }
                }
                if let Some(ReferenceOr::Item(body)) = &op.request_body {
                    for media in body.content.values() {
                        if let Some(ReferenceOr::Item(schema)) = &media.schema {
                            body_docs(schema, &mut member_docs);
                        }
                    }
                }
                let spec = SpecOperation {
                    pointer: pointer.clone(),
                    docs: op.description.clone().or_else(|| op.summary.clone()),
                    deprecated: op.deprecated,
                    member_docs,
                };
                if out.insert(id.clone(), spec).is_some() {
                    return Err(err(pointer, format!("operationId {id:?} is used twice")));
                }
            }
        }
        Ok(out)
    }

    /// The input or output structure of a restJson1 operation. One whose
    /// members have locations (or a payload) is built from the model, so
    /// every member is there with its location; its docs come from the
    /// spec's schema of that name and the operation's parameters. Any other
    /// is the spec's schema (completed from the model later) or, when the
    /// spec has none, the model's.
    fn rest_top_shape(
        &mut self,
        model: &AwsModel,
        name: &str,
        member_docs: &BTreeMap<String, String>,
        pointer: &str,
    ) -> Result<ShapeId, LowerError> {
        let id = ShapeId::new(name);
        let Some(facts) = model.shapes.get(name) else {
            return Err(err(
                pointer,
                format!("shape {name:?} is not in AWS's model"),
            ));
        };
        if facts.kind != "structure" || facts.document {
            return Err(err(
                format!("{MODEL}/shapes/{name}"),
                "an operation's input or output must be a structure",
            ));
        }
        let located =
            facts.payload.is_some() || facts.members.values().any(|m| m.location.is_some());
        if !located && self.shapes.contains_key(&id) {
            if let Some(shape) = self.shapes.get_mut(&id) {
                if matches!(shape.kind, ShapeKind::Document) {
                    shape.kind = ShapeKind::Structure(Structure {
                        members: Vec::new(),
                        is_error: false,
                    });
                }
            }
            return Ok(id);
        }
        if matches!(
            self.shapes.get(&id).map(|s| &s.kind),
            Some(ShapeKind::Structure(s)) if s.members.iter().any(|m| !m.location.is_body())
        ) {
            // Built already (an input shared by two operations).
            return Ok(id);
        }
        // The spec's schema of that name, if any, gives docs only.
        let spec = self.shapes.remove(&id);
        let spec_docs: BTreeMap<String, (Option<String>, bool)> =
            match spec.as_ref().map(|s| &s.kind) {
                Some(ShapeKind::Structure(s)) => s
                    .members
                    .iter()
                    .map(|m| (m.wire_name.clone(), (m.docs.clone(), m.deprecated)))
                    .collect(),
                _ => BTreeMap::new(),
            };
        let built = self.shape_from_model(model, name);
        debug_assert_eq!(built, id);
        let mut fields = Namespace::default();
        let mut members = Vec::new();
        for (member, f) in &facts.members {
            let wire = f.wire_name(member).to_string();
            let location = if facts.payload.as_deref() == Some(member.as_str()) {
                Location::Payload
            } else {
                match f.location {
                    None => Location::Body,
                    Some(crate::model::Location::Uri) => Location::Label,
                    Some(crate::model::Location::Querystring) => Location::Query,
                    Some(crate::model::Location::Header) => Location::Header,
                    Some(crate::model::Location::Headers) => Location::PrefixHeaders,
                    Some(crate::model::Location::StatusCode) => Location::StatusCode,
                }
            };
            let target = self.shape_from_model(model, &f.shape);
            // The spec's schema of that name first, then the operation's
            // parameters and inline body.
            let spec_member = spec_docs.get(&wire).or_else(|| spec_docs.get(member));
            let deprecated = spec_member.is_some_and(|(_, dep)| *dep);
            let docs = match spec_member {
                Some((d, _)) => d.clone().or_else(|| member_docs.get(&wire).cloned()),
                None => member_docs
                    .get(&wire)
                    .or_else(|| member_docs.get(member))
                    .cloned(),
            };
            members.push(Member {
                rust_name: fields.claim(&snake(member)),
                setter: String::new(),
                wire_name: wire,
                target,
                required: f.required,
                docs,
                boxed: false,
                deprecated,
                sensitive: f.sensitive,
                timestamp_format: None,
                location,
                json_value: f.json_value,
                // Kept for outputs only (`finish_rest_shapes`).
                streaming: location == Location::Payload
                    && model.shapes.get(&f.shape).is_some_and(|s| s.streaming),
            });
        }
        let shape = self.shapes.get_mut(&id).expect("built above");
        shape.kind = ShapeKind::Structure(Structure {
            members,
            is_error: false,
        });
        shape.docs = spec.as_ref().and_then(|s| s.docs.clone());
        shape.deprecated = spec.is_some_and(|s| s.deprecated);
        Ok(id)
    }

    /// A structure whose members have locations is only ever an
    /// operation's input or output: nested in another shape (or used both
    /// ways) its locations would be ignored on the wire, which the skipped
    /// serde fields cannot express.
    fn check_located_shapes(&self, ops: &[Operation]) -> Result<(), LowerError> {
        let located: BTreeSet<&ShapeId> = self
            .shapes
            .iter()
            .filter(|(_, s)| {
                matches!(&s.kind, ShapeKind::Structure(st) if st.members.iter().any(|m| !m.location.is_body()))
            })
            .map(|(n, _)| n)
            .collect();
        for (name, shape) in &self.shapes {
            let inner: Vec<&ShapeId> = match &shape.kind {
                ShapeKind::Structure(s) => s.members.iter().map(|m| &m.target).collect(),
                ShapeKind::List { item } => vec![item],
                ShapeKind::Map { value } => vec![value],
                _ => vec![],
            };
            if let Some(t) = inner.into_iter().find(|t| located.contains(t)) {
                return Err(err(
                    format!("{MODEL}/shapes/{name}"),
                    format!(
                        "{t:?} binds members to HTTP locations but is also nested here; not supported"
                    ),
                ));
            }
        }
        let inputs: BTreeSet<&ShapeId> = ops.iter().filter_map(|o| o.input.as_ref()).collect();
        if let Some(both) = ops
            .iter()
            .filter_map(|o| o.output.as_ref())
            .find(|o| inputs.contains(o) && located.contains(o))
        {
            return Err(err(
                format!("{MODEL}/shapes/{both}"),
                "a shape with HTTP locations is both an input and an output; not supported",
            ));
        }
        Ok(())
    }

    /// Output members read from headers or the status are optional (a
    /// response may lack the header), a streaming output payload is always
    /// there (possibly empty); a streaming input payload is sent from
    /// memory. Runs after the model's `required`.
    pub(super) fn finish_rest_shapes(&mut self, ops: &[Operation]) {
        let outputs: BTreeSet<&ShapeId> = ops.iter().filter_map(|o| o.output.as_ref()).collect();
        for (name, shape) in &mut self.shapes {
            let ShapeKind::Structure(s) = &mut shape.kind else {
                continue;
            };
            let output = outputs.contains(name);
            for m in &mut s.members {
                if !output {
                    m.streaming = false;
                } else if m.streaming {
                    m.required = true;
                } else if !m.location.is_body() {
                    m.required = false;
                }
            }
        }
    }
}

/// Why an operation's streams cannot be generated yet, if they cannot.
fn unsupported_streams(model: &AwsModel, facts: &crate::model::OperationFacts) -> Option<String> {
    for (role, shape) in [("input", &facts.input), ("output", &facts.output)] {
        let Some(shape) = shape.as_deref().and_then(|s| model.shapes.get(s)) else {
            continue;
        };
        for m in shape.members.values() {
            if model.shapes.get(&m.shape).is_some_and(|f| f.event_stream) {
                return Some(format!(
                    "its {role} is an event stream, which is not supported yet"
                ));
            }
        }
    }
    None
}

/// Property descriptions of an inline request body.
fn body_docs(schema: &Schema, out: &mut BTreeMap<String, String>) {
    let props = match &schema.schema_kind {
        SchemaKind::Type(Type::Object(o)) => &o.properties,
        SchemaKind::Any(a) => &a.properties,
        _ => return,
    };
    for (name, prop) in props {
        let ReferenceOr::Item(p) = prop else {
            continue;
        };
        let docs = p
            .schema_data
            .description
            .clone()
            .or_else(|| match &p.schema_kind {
                SchemaKind::AllOf { all_of } => all_of
                    .iter()
                    .filter_map(|s| s.as_item().and_then(|s| s.schema_data.description.clone()))
                    .next(),
                _ => None,
            });
        if let Some(d) = docs {
            out.insert(name.clone(), d);
        }
    }
}
