//! Stage 2: `openapiv3::OpenAPI` (+ per-spec config) → [`ir::Service`].
//!
//! Encodes how apis.guru writes AWS models (see the README's "Spec family
//! facts"): `allOf: [$ref, {description}]` is a member doc, not an
//! intersection; integers are `i64`; empty objects are documents; errors are
//! fake 48x responses matched by name; `maxResults`/`nextToken` query
//! parameters only hint at pagination.
//!
//! Fatal problems (a dangling `$ref`, no X-Amz-Target operation) are
//! [`LowerError`]s; a spec of a protocol not supported yet (see
//! [`protocol`]) is refused first, with [`LowerError::unsupported`] set; anything merely unrepresentable is a [`Diagnostic`] and
//! lowered to the closest safe form (usually a free-form document).

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use openapiv3::{
    AdditionalProperties, OpenAPI, ReferenceOr, Schema, SchemaKind, StatusCode, StringFormat, Type,
    VariantOrUnknownOrEmpty,
};

use crate::config::{default_json_version, SpecConfig};
use crate::ir::*;
use crate::load::escape_pointer;
use crate::model::AwsModel;
use crate::naming::{pascal, snake, Namespace};

mod customizations;
mod endpoints;
mod graph;
mod model_synth;
mod operations_model;
mod protocol;
mod rest;
mod shapes;
mod waiters;
pub(crate) mod wire;
pub use graph::MAX_NESTING;
pub use protocol::{classify, Protocol};

/// Something in the spec that could not be represented exactly.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
pub struct Diagnostic {
    /// JSON pointer into the spec.
    pub pointer: String,
    pub message: String,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "at {}: {}", self.pointer, self.message)
    }
}

/// A spec that cannot be lowered at all.
#[derive(Debug, Clone)]
pub struct LowerError {
    pub pointer: String,
    pub message: String,
    /// Set when the spec is refused because its protocol is not supported
    /// yet (not a defect of the spec).
    pub unsupported: Option<Protocol>,
}

impl fmt::Display for LowerError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let p = if self.pointer.is_empty() {
            "/"
        } else {
            &self.pointer
        };
        write!(f, "at {p}: {}", self.message)
    }
}

impl std::error::Error for LowerError {}

/// Docs of an error's message member.
const ERROR_MESSAGE_DOC: &str = "The error message from the service.";
const TARGET_PATH: &str = "/#X-Amz-Target=";
const SCHEMAS: &str = "#/components/schemas/";
/// Built-in shapes for members the generator synthesizes. `#` cannot start a
/// schema name that a `$ref` can reach, so these never collide.
pub const BUILTIN_STRING: &str = "#String";
pub const BUILTIN_DOCUMENT: &str = "#Document";

pub fn lower(api: &OpenAPI, config: &SpecConfig) -> Result<(Service, Vec<Diagnostic>), LowerError> {
    lower_with_model(api, config, None)
}

/// Lowers `api`, taking the facts the spec lacks from AWS's model when given.
/// Precedence: `config` > `model` > the spec > defaults.
pub fn lower_with_model(
    api: &OpenAPI,
    config: &SpecConfig,
    model: Option<&AwsModel>,
) -> Result<(Service, Vec<Diagnostic>), LowerError> {
    // A retired service's model carries no facts: as if there were none.
    let model = model.filter(|m| !m.retired);
    let protocol = protocol::require_supported(api, model)?;
    let mut cx = Lowering {
        api,
        model,
        shapes: BTreeMap::new(),
        diags: Vec::new(),
        synthesized: BTreeMap::new(),
    };
    cx.shapes.insert(
        BUILTIN_STRING.into(),
        builtin(BUILTIN_STRING, ShapeKind::String),
    );
    cx.shapes.insert(
        BUILTIN_DOCUMENT.into(),
        builtin(BUILTIN_DOCUMENT, ShapeKind::Document),
    );

    let schemas = api.components.as_ref().map(|c| &c.schemas);
    for (name, schema) in schemas.into_iter().flatten() {
        cx.lower_named(
            name,
            schema,
            &format!("/components/schemas/{}", escape_pointer(name)),
        )?;
    }
    let mut operations = match protocol {
        Protocol::RestJson1 => cx.lower_rest_operations(config)?,
        _ => cx.lower_operations(config)?,
    };
    // Completed before the operation facts (idempotency tokens, paginators
    // read the members) and again after (error shapes built from the model).
    cx.complete_from_model();
    cx.apply_operation_facts(&mut operations);
    cx.complete_from_model();
    cx.mark_errors_and_bodies(&operations);
    let renames = cx.apply_shape_facts();
    cx.rename_paths(&mut operations, &renames);
    cx.finish_rest_shapes(&operations);
    for name in &config.blob_shapes {
        match cx.shapes.get_mut(name) {
            Some(shape) if matches!(shape.kind, ShapeKind::String) => shape.kind = ShapeKind::Blob,
            _ => cx.diag(
                "/components/schemas",
                format!("config blob_shapes names {name:?}, which is not a string schema"),
            ),
        }
    }
    cx.break_container_cycles();
    cx.check_nesting()?;
    cx.box_cycles();
    cx.name_types();

    let service_name =
        ext_str(&api.info.extensions, "x-serviceName").unwrap_or_else(|| slug(&api.info.title));
    let endpoint = wire::endpoint_pattern(api, config, &mut cx.diags)?;
    let signing_name = config
        .signing_name
        .clone()
        .or_else(|| ext_str(&api.info.extensions, "x-aws-signingName"))
        .unwrap_or_else(|| {
            endpoint
                .prefix
                .split('.')
                .next()
                .unwrap_or(&endpoint.prefix)
                .to_string()
        });
    let target_prefix = operations[0]
        .target
        .rsplit_once('.')
        .map(|(p, _)| p.to_string())
        .unwrap_or_default();
    let service = Service {
        title: api.info.title.clone(),
        api_version: api.info.version.clone(),
        crate_name: config
            .crate_name
            .clone()
            .unwrap_or_else(|| crate::naming::package_name(&slug(&service_name))),
        protocol: match protocol {
            Protocol::RestJson1 => WireProtocol::RestJson1,
            _ => WireProtocol::AwsJson {
                version: config
                    .json_version
                    .unwrap_or_else(|| default_json_version(&service_name)),
                target_prefix,
            },
        },
        service_id: config
            .service_id
            .clone()
            .unwrap_or_else(|| service_name.clone()),
        service_name,
        docs: api.info.description.clone().unwrap_or_default(),
        signing_name,
        endpoint,
        shapes: cx.shapes,
        operations,
        partitions: Vec::new(),
        discovery_operation: None,
        waiters: Vec::new(),
    };
    let service = endpoints::apply(config, model, service, &mut cx.diags)?;
    let service = waiters::apply(model, service, &mut cx.diags);
    wire::check_service(api, config, &service)?;
    let mut diags = cx.diags;
    diags.sort();
    diags.dedup();
    Ok((service, diags))
}

fn builtin(name: &str, kind: ShapeKind) -> Shape {
    Shape {
        name: name.into(),
        rust_name: String::new(),
        docs: None,
        kind,
        sensitive: false,
        deprecated: false,
    }
}

fn ext_str(ext: &indexmap::IndexMap<String, serde_json::Value>, key: &str) -> Option<String> {
    ext.get(key).and_then(|v| v.as_str()).map(str::to_string)
}

/// Lowercase, `-`-separated, crate-name-safe.
fn slug(s: &str) -> String {
    let s: String = s
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    let s = s
        .split('-')
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    if s.is_empty() {
        "service".into()
    } else {
        s
    }
}

struct Lowering<'a> {
    api: &'a OpenAPI,
    /// AWS's model of the service (not a retired one), when there is one.
    model: Option<&'a AwsModel>,
    shapes: BTreeMap<String, Shape>,
    diags: Vec<Diagnostic>,
    /// Synthesized shape name (inline schemas; shapes built from the model)
    /// → its JSON pointer, for errors.
    synthesized: BTreeMap<String, String>,
}

fn err(pointer: impl Into<String>, message: impl Into<String>) -> LowerError {
    LowerError {
        pointer: pointer.into(),
        message: message.into(),
        unsupported: None,
    }
}

impl<'a> Lowering<'a> {
    fn diag(&mut self, pointer: &str, message: impl Into<String>) {
        self.diags.push(Diagnostic {
            pointer: pointer.into(),
            message: message.into(),
        });
    }

    /// `#/components/schemas/X` → `X`, checking that it exists.
    fn resolve_ref(&self, reference: &str, pointer: &str) -> Result<String, LowerError> {
        let name = reference.strip_prefix(SCHEMAS).ok_or_else(|| {
            err(
                pointer,
                format!("unsupported $ref {reference:?}: only {SCHEMAS}… is supported"),
            )
        })?;
        let name = name.replace("~1", "/").replace("~0", "~");
        let exists = self
            .api
            .components
            .as_ref()
            .is_some_and(|c| c.schemas.contains_key(&name));
        if !exists {
            return Err(err(
                pointer,
                format!("dangling $ref {reference:?}: no such schema"),
            ));
        }
        Ok(name)
    }

    /// Lowers a named schema (from `components/schemas`) once. A schema
    /// that is only a `$ref` is an alias and copies its target's shape;
    /// alias chains are followed in a loop, not by recursion, because a spec
    /// can chain thousands of them (issue 10).
    fn lower_named(
        &mut self,
        name: &str,
        schema: &ReferenceOr<Schema>,
        pointer: &str,
    ) -> Result<(), LowerError> {
        // Aliases met on the way, outermost first.
        let mut aliases: Vec<String> = Vec::new();
        let mut on_chain = BTreeSet::new();
        let (mut name, mut schema, mut pointer) = (name.to_string(), schema, pointer.to_string());
        let target = loop {
            if let Some(done) = self.shapes.get(&name) {
                break done.clone();
            }
            match schema {
                ReferenceOr::Reference { reference } => {
                    let target = self.resolve_ref(reference, &format!("{pointer}/$ref"))?;
                    if !on_chain.insert(name.clone()) {
                        return Err(err(
                            pointer,
                            format!(
                                "$ref cycle through {name:?}: a schema cannot be an alias of itself"
                            ),
                        ));
                    }
                    aliases.push(std::mem::replace(&mut name, target));
                    schema = &self
                        .api
                        .components
                        .as_ref()
                        .expect("checked by resolve_ref")
                        .schemas[&name];
                    pointer = format!("/components/schemas/{}", escape_pointer(&name));
                }
                ReferenceOr::Item(item) => {
                    let shape = self.lower_schema(&name, item, &pointer)?;
                    self.shapes.insert(name, shape.clone());
                    break shape;
                }
            }
        };
        for alias in aliases {
            let mut shape = target.clone();
            shape.name = alias.clone();
            self.shapes.insert(alias, shape);
        }
        Ok(())
    }

    fn lower_schema(
        &mut self,
        name: &str,
        schema: &Schema,
        pointer: &str,
    ) -> Result<Shape, LowerError> {
        let data = &schema.schema_data;
        let mut sensitive = false;
        let kind = match &schema.schema_kind {
            SchemaKind::Type(Type::String(s)) => {
                sensitive = matches!(
                    s.format,
                    VariantOrUnknownOrEmpty::Item(StringFormat::Password)
                );
                if !s.enumeration.is_empty() {
                    ShapeKind::Enum(
                        self.enum_values(s.enumeration.iter().flatten().cloned(), pointer),
                    )
                } else {
                    match &s.format {
                        VariantOrUnknownOrEmpty::Item(
                            StringFormat::DateTime | StringFormat::Date,
                        ) => ShapeKind::Timestamp,
                        VariantOrUnknownOrEmpty::Item(
                            StringFormat::Byte | StringFormat::Binary,
                        ) => ShapeKind::Blob,
                        _ => ShapeKind::String,
                    }
                }
            }
            SchemaKind::Type(Type::Number(n)) => ShapeKind::Float {
                double: !matches!(
                    n.format,
                    VariantOrUnknownOrEmpty::Item(openapiv3::NumberFormat::Float)
                ),
            },
            SchemaKind::Type(Type::Integer(_)) => ShapeKind::Integer,
            SchemaKind::Type(Type::Boolean(_)) => ShapeKind::Boolean,
            SchemaKind::Type(Type::Array(a)) => ShapeKind::List {
                item: self.member_type(
                    name,
                    "Item",
                    a.items.as_ref(),
                    &format!("{pointer}/items"),
                )?,
            },
            SchemaKind::Type(Type::Object(o)) => self.object(
                name,
                &o.properties,
                &o.required,
                o.additional_properties.as_ref(),
                pointer,
            )?,
            SchemaKind::Any(any) => {
                // `{}` (most error shapes) or a schema that omits `type`.
                if any.typ.as_deref().is_some_and(|t| t != "object") {
                    self.diag(
                        pointer,
                        format!(
                            "unsupported schema of type {:?}; treated as a JSON document",
                            any.typ
                        ),
                    );
                    ShapeKind::Document
                } else if !any.all_of.is_empty() || !any.one_of.is_empty() || !any.any_of.is_empty()
                {
                    self.diag(
                        pointer,
                        "allOf/oneOf/anyOf schema is not supported; treated as a JSON document",
                    );
                    ShapeKind::Document
                } else {
                    self.object(
                        name,
                        &any.properties,
                        &any.required,
                        any.additional_properties.as_ref(),
                        pointer,
                    )?
                }
            }
            SchemaKind::AllOf { .. }
            | SchemaKind::OneOf { .. }
            | SchemaKind::AnyOf { .. }
            | SchemaKind::Not { .. } => {
                self.diag(
                    pointer,
                    "allOf/oneOf/anyOf/not schema is not supported; treated as a JSON document",
                );
                ShapeKind::Document
            }
        };
        Ok(Shape {
            name: name.to_string(),
            rust_name: String::new(),
            docs: data.description.clone(),
            kind,
            sensitive,
            deprecated: data.deprecated,
        })
    }

    fn enum_values(
        &mut self,
        values: impl Iterator<Item = String>,
        pointer: &str,
    ) -> Vec<EnumValue> {
        // The catch-all `Unknown` variant is always present.
        let mut ns = Namespace::with_reserved(&["Unknown"]);
        let mut seen = BTreeSet::new();
        let mut out = Vec::new();
        for wire in values {
            if !seen.insert(wire.clone()) {
                self.diag(pointer, format!("duplicate enum value {wire:?} ignored"));
                continue;
            }
            out.push(EnumValue {
                variant: ns.claim(&pascal(&wire)),
                wire,
            });
        }
        out
    }

    fn object(
        &mut self,
        name: &str,
        properties: &indexmap::IndexMap<String, ReferenceOr<Box<Schema>>>,
        required: &[String],
        additional: Option<&AdditionalProperties>,
        pointer: &str,
    ) -> Result<ShapeKind, LowerError> {
        if properties.is_empty() {
            return Ok(match additional {
                Some(AdditionalProperties::Schema(s)) => ShapeKind::Map {
                    value: self.member_type(
                        name,
                        "Value",
                        Some(&unbox_ref(s)),
                        &format!("{pointer}/additionalProperties"),
                    )?,
                },
                Some(AdditionalProperties::Any(true)) => ShapeKind::Map {
                    value: BUILTIN_DOCUMENT.into(),
                },
                // Empty structure or free-form document: decided once operations are known.
                _ => ShapeKind::Document,
            });
        }
        if additional.is_some() {
            self.diag(pointer, "additionalProperties beside properties is ignored");
        }
        let mut fields = Namespace::default();
        let mut members = Vec::new();
        for (wire, prop) in properties {
            let p = format!("{pointer}/properties/{}", escape_pointer(wire));
            let (target, docs, deprecated) = self.member(name, wire, prop, &p)?;
            members.push(Member {
                rust_name: fields.claim(&snake(wire)),
                setter: String::new(),
                wire_name: wire.clone(),
                target,
                required: required.contains(wire),
                docs,
                boxed: false,
                deprecated,
                sensitive: false,
                timestamp_format: None,
                location: Location::Body,
                json_value: false,
                streaming: false,
            });
        }
        for r in required {
            if !properties.contains_key(r) {
                self.diag(
                    &format!("{pointer}/required"),
                    format!("required member {r:?} is not a property; ignored"),
                );
            }
        }
        assign_setters(&mut members);
        Ok(ShapeKind::Structure(Structure {
            members,
            is_error: false,
        }))
    }

    /// A property: `$ref`, the `allOf: [{$ref}, {description}]` idiom, or an
    /// inline schema (lowered as a synthesized shape `<Parent><Member>`).
    fn member(
        &mut self,
        parent: &str,
        wire: &str,
        prop: &ReferenceOr<Box<Schema>>,
        pointer: &str,
    ) -> Result<(String, Option<String>, bool), LowerError> {
        if let ReferenceOr::Item(schema) = prop {
            if let SchemaKind::AllOf { all_of } = &schema.schema_kind {
                let refs: Vec<_> = all_of
                    .iter()
                    .enumerate()
                    .filter_map(|(i, s)| match s {
                        ReferenceOr::Reference { reference } => Some((i, reference)),
                        _ => None,
                    })
                    .collect();
                let rest_is_docs = all_of.iter().all(|s| match s {
                    ReferenceOr::Reference { .. } => true,
                    ReferenceOr::Item(s) => {
                        matches!(&s.schema_kind, SchemaKind::Any(a) if *a == Default::default())
                    }
                });
                if let ([(i, reference)], true) = (refs.as_slice(), rest_is_docs) {
                    let target =
                        self.resolve_ref(reference, &format!("{pointer}/allOf/{i}/$ref"))?;
                    let docs = all_of
                        .iter()
                        .filter_map(|s| s.as_item().and_then(|s| s.schema_data.description.clone()))
                        .next()
                        .or_else(|| schema.schema_data.description.clone());
                    return Ok((target, docs, schema.schema_data.deprecated));
                }
            }
        }
        let docs = prop
            .as_item()
            .and_then(|s| s.schema_data.description.clone());
        let deprecated = prop.as_item().is_some_and(|s| s.schema_data.deprecated);
        let target = self.member_type(parent, wire, Some(prop), pointer)?;
        Ok((target, docs, deprecated))
    }

    /// The shape name for a (possibly inline) schema used inside `parent`.
    fn member_type(
        &mut self,
        parent: &str,
        role: &str,
        schema: Option<&ReferenceOr<Box<Schema>>>,
        pointer: &str,
    ) -> Result<String, LowerError> {
        match schema {
            None => {
                self.diag(pointer, "missing schema; treated as a JSON document");
                Ok(BUILTIN_DOCUMENT.into())
            }
            Some(ReferenceOr::Reference { reference }) => {
                self.resolve_ref(reference, &format!("{pointer}/$ref"))
            }
            Some(ReferenceOr::Item(schema)) => {
                if matches!(&schema.schema_kind, SchemaKind::Any(a) if *a == Default::default()) {
                    return Ok(BUILTIN_DOCUMENT.into());
                }
                // Synthesized names start with the parent's, so they sort and
                // name deterministically; `#` keeps them apart from schema keys.
                let mut name = format!("{parent}{}", pascal(role));
                while self.shapes.contains_key(&name) || self.schema_exists(&name) {
                    name.push('_');
                }
                let shape = self.lower_schema(&name, schema, pointer)?;
                self.shapes.insert(name.clone(), shape);
                self.synthesized.insert(name.clone(), pointer.to_string());
                Ok(name)
            }
        }
    }

    fn schema_exists(&self, name: &str) -> bool {
        self.api
            .components
            .as_ref()
            .is_some_and(|c| c.schemas.contains_key(name))
    }

    fn lower_operations(&mut self, config: &SpecConfig) -> Result<Vec<Operation>, LowerError> {
        let mut ops = Vec::new();
        let mut prefix: Option<String> = None;
        for (path, item) in self.api.paths.iter() {
            let pp = format!("/paths/{}", escape_pointer(path));
            let Some(target) = path.strip_prefix(TARGET_PATH) else {
                self.diag(&pp, "not an X-Amz-Target operation path; skipped");
                continue;
            };
            let item = match item {
                ReferenceOr::Item(item) => item,
                ReferenceOr::Reference { .. } => {
                    return Err(err(&pp, "path item $ref is not supported"))
                }
            };
            for (method, _) in item.iter().filter(|(m, _)| *m != "post") {
                self.diag(
                    &format!("{pp}/{method}"),
                    "AWS JSON operations are POST only; skipped",
                );
            }
            let Some(op) = &item.post else {
                continue;
            };
            let op_pointer = format!("{pp}/post");
            let Some((target_prefix, name)) = target
                .rsplit_once('.')
                .filter(|(p, n)| !p.is_empty() && !n.is_empty())
            else {
                return Err(err(
                    &pp,
                    format!("X-Amz-Target {target:?} is not of the form <Prefix>.<Operation>"),
                ));
            };
            match &prefix {
                None => prefix = Some(target_prefix.to_string()),
                Some(p) if p != target_prefix => {
                    return Err(err(
                        &pp,
                        format!("X-Amz-Target prefix {target_prefix:?} differs from {p:?}"),
                    ))
                }
                Some(_) => {}
            }
            if !is_identifier_like(name) {
                return Err(err(
                    &pp,
                    format!("operation name {name:?} is not an identifier"),
                ));
            }
            ops.push(self.lower_operation(name, target, op, &op_pointer, config)?);
        }
        if let Some(prefix) = prefix.as_deref() {
            self.synthesize_operations(&mut ops, prefix);
        }
        if ops.is_empty() {
            return Err(err(
                "/paths",
                "no X-Amz-Target operations: this is not an AWS JSON-protocol spec (paths must look like /#X-Amz-Target=Prefix.Operation)",
            ));
        }
        self.finish_operations(ops, config)
    }

    /// Sorts and names the operations and checks the config's references
    /// to them.
    fn finish_operations(
        &mut self,
        mut ops: Vec<Operation>,
        config: &SpecConfig,
    ) -> Result<Vec<Operation>, LowerError> {
        ops.sort_by(|a, b| a.name.cmp(&b.name));
        for pair in ops.windows(2) {
            if pair[0].name == pair[1].name {
                return Err(err(
                    "/paths",
                    format!("operation {:?} is defined twice", pair[0].name),
                ));
            }
        }
        // The name is also the module (`src/operation/<name>.rs`): an
        // operation called `Mod` must not become `mod.rs`, which is the
        // operations index (found by `tests/mutation.rs`).
        let mut methods = Namespace::with_reserved(&[
            "new",
            "from_conf",
            "from_env",
            "config",
            "with_config",
            "mod",
        ]);
        for op in &mut ops {
            op.rust_name = methods.claim(&snake(&op.name));
        }
        for unknown in config
            .host_prefix
            .keys()
            .filter(|k| !ops.iter().any(|o| &o.name == *k))
        {
            self.diag(
                "/paths",
                format!("config host_prefix names unknown operation {unknown:?}"),
            );
        }
        for unknown in config
            .long_poll
            .keys()
            .filter(|k| !ops.iter().any(|o| &o.name == *k))
        {
            self.diag(
                "/paths",
                format!("config long_poll names unknown operation {unknown:?}"),
            );
        }

        Ok(ops)
    }

    fn lower_operation(
        &mut self,
        name: &str,
        target: &str,
        op: &openapiv3::Operation,
        pointer: &str,
        config: &SpecConfig,
    ) -> Result<Operation, LowerError> {
        let input = match &op.request_body {
            None => None,
            Some(ReferenceOr::Reference { .. }) => {
                return Err(err(
                    format!("{pointer}/requestBody"),
                    "requestBody $ref is not supported",
                ))
            }
            Some(ReferenceOr::Item(body)) => self.body_schema(
                name,
                "Input",
                &body.content,
                &format!("{pointer}/requestBody/content"),
            )?,
        };
        let mut output = None;
        let mut errors = BTreeSet::new();
        for (code, response) in &op.responses.responses {
            let code_str = match code {
                StatusCode::Code(c) => c.to_string(),
                StatusCode::Range(r) => format!("{r}XX"),
            };
            let rp = format!("{pointer}/responses/{code_str}");
            let response = match response {
                ReferenceOr::Item(r) => r,
                ReferenceOr::Reference { .. } => {
                    return Err(err(&rp, "response $ref is not supported"))
                }
            };
            if matches!(code, StatusCode::Code(200)) {
                output =
                    self.body_schema(name, "Output", &response.content, &format!("{rp}/content"))?;
                continue;
            }
            // Errors are matched by name: the schema name (the description
            // carries the same name) wins over the fake status code.
            let schema = response
                .content
                .get("application/json")
                .and_then(|m| m.schema.as_ref());
            let error = match schema {
                Some(ReferenceOr::Reference { reference }) => self.resolve_ref(
                    reference,
                    &format!("{rp}/content/application~1json/schema/$ref"),
                )?,
                _ => {
                    self.diag(&rp, "error response without a schema $ref; skipped");
                    continue;
                }
            };
            if !is_identifier_like(&error) {
                self.diag(
                    &rp,
                    format!("error name {error:?} is not an identifier; skipped"),
                );
                continue;
            }
            errors.insert(error);
        }
        let pagination = self.pagination(
            name,
            &op.parameters,
            input.as_deref(),
            output.as_deref(),
            pointer,
        );
        Ok(Operation {
            name: name.to_string(),
            rust_name: String::new(),
            target: target.to_string(),
            http: None,
            input,
            output,
            errors: errors.into_iter().collect(),
            docs: op.description.clone().or_else(|| op.summary.clone()),
            deprecated: op.deprecated,
            pagination,
            host_prefix: config.host_prefix.get(name).cloned(),
            min_attempt_timeout_secs: config.long_poll.get(name).copied(),
            unsigned: false,
            endpoint_discovery: false,
            api_version_header: None,
            idempotency_tokens: Vec::new(),
            error_codes: BTreeMap::new(),
            partitions: Vec::new(),
            customizations: Default::default(),
        })
    }

    fn body_schema(
        &mut self,
        op: &str,
        role: &str,
        content: &indexmap::IndexMap<String, openapiv3::MediaType>,
        pointer: &str,
    ) -> Result<Option<String>, LowerError> {
        let Some((media, mt)) = content
            .iter()
            .find(|(k, _)| k.contains("json"))
            .or_else(|| content.iter().next())
        else {
            return Ok(None);
        };
        let mp = format!("{pointer}/{}/schema", escape_pointer(media));
        match &mt.schema {
            None => Ok(None),
            Some(ReferenceOr::Reference { reference }) => {
                Ok(Some(self.resolve_ref(reference, &format!("{mp}/$ref"))?))
            }
            Some(ReferenceOr::Item(schema)) => {
                let boxed = ReferenceOr::Item(Box::new(schema.clone()));
                let name = self.member_type(op, role, Some(&boxed), &mp)?;
                if name == BUILTIN_DOCUMENT {
                    return Ok(None);
                }
                if self.structure(&name).is_none()
                    && !matches!(self.shapes[&name].kind, ShapeKind::Document)
                {
                    return Err(err(mp, "an operation body must be an object schema"));
                }
                Ok(Some(name))
            }
        }
    }

    fn structure(&self, name: &str) -> Option<&Structure> {
        match &self.shapes.get(name)?.kind {
            ShapeKind::Structure(s) => Some(s),
            _ => None,
        }
    }

    /// Operation inputs/outputs and errors are structures even when empty;
    /// every other empty object stays a free-form document.
    fn mark_errors_and_bodies(&mut self, ops: &[Operation]) {
        let bodies: BTreeSet<&String> = ops
            .iter()
            .flat_map(|o| o.input.iter().chain(o.output.iter()))
            .collect();
        let errors: BTreeSet<&String> = ops.iter().flat_map(|o| o.errors.iter()).collect();
        for (name, shape) in self.shapes.iter_mut() {
            let is_error = errors.contains(name);
            if (is_error || bodies.contains(name)) && matches!(shape.kind, ShapeKind::Document) {
                shape.kind = ShapeKind::Structure(Structure {
                    members: vec![],
                    is_error: false,
                });
            }
            if let (true, ShapeKind::Structure(s)) = (is_error, &mut shape.kind) {
                s.is_error = true;
                // Every AWS error carries a message, modelled or not.
                if !s
                    .members
                    .iter()
                    .any(|m| m.wire_name.eq_ignore_ascii_case("message"))
                {
                    let mut fields = Namespace::default();
                    for m in &s.members {
                        fields.claim(&m.rust_name);
                    }
                    s.members.push(Member {
                        wire_name: "message".into(),
                        rust_name: fields.claim("message"),
                        setter: String::new(),
                        target: BUILTIN_STRING.into(),
                        required: false,
                        docs: Some(ERROR_MESSAGE_DOC.into()),
                        boxed: false,
                        deprecated: false,
                        sensitive: false,
                        timestamp_format: None,
                        location: Location::Body,
                        json_value: false,
                        streaming: false,
                    });
                    assign_setters(&mut s.members);
                }
            }
        }
        let bad_errors: Vec<String> = errors
            .iter()
            .filter(|e| !matches!(self.shapes[e.as_str()].kind, ShapeKind::Structure(_)))
            .map(|e| e.to_string())
            .collect();
        for e in bad_errors {
            self.diag(
                &format!("/components/schemas/{}", escape_pointer(&e)),
                "error schema is not an object; its body is ignored",
            );
        }
    }

    /// Rust type names for structures and enums, in schema-name order.
    fn name_types(&mut self) {
        let mut types = Namespace::default();
        for shape in self.shapes.values_mut() {
            if matches!(shape.kind, ShapeKind::Structure(_) | ShapeKind::Enum(_)) {
                shape.rust_name = types.claim(&pascal(&shape.name));
            }
        }
    }
}

fn unbox_ref(s: &ReferenceOr<Schema>) -> ReferenceOr<Box<Schema>> {
    match s {
        ReferenceOr::Reference { reference } => ReferenceOr::Reference {
            reference: reference.clone(),
        },
        ReferenceOr::Item(s) => ReferenceOr::Item(Box::new(s.clone())),
    }
}

fn is_identifier_like(s: &str) -> bool {
    !s.is_empty()
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
}

/// Setter names: the field name, kept clear of the builders' own methods.
fn assign_setters(members: &mut [Member]) {
    let mut ns = Namespace::with_reserved(&[
        "build",
        "send",
        "into_paginator",
        "as_input",
        "customize",
        "new",
    ]);
    for name in crate::naming::STD_TRAIT_METHODS {
        ns.claim(name);
    }
    // Fields literally named `set_…` go last, so `x` keeps `x`/`set_x` and
    // only the odd one out gets a suffix.
    let mut order: Vec<usize> = (0..members.len()).collect();
    order.sort_by_key(|&i| crate::naming::bare(&members[i].rust_name).starts_with("set_"));
    for i in order {
        let mut setter = crate::naming::bare(&members[i].rust_name).to_string();
        while ns.is_taken(&setter) || ns.is_taken(&crate::naming::set_name(&setter)) {
            setter.push_str("_value");
        }
        ns.claim(&setter);
        ns.claim(&crate::naming::set_name(&setter));
        members[i].setter = crate::naming::snake(&setter);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lower_yaml(yaml: &str) -> Result<(Service, Vec<Diagnostic>), LowerError> {
        let api = crate::load::load_str(yaml, "test.yaml").expect("valid OpenAPI");
        lower(&api, &SpecConfig::default())
    }

    const HEAD: &str = "openapi: 3.0.0\ninfo: {title: T, version: '1', x-serviceName: t}\nservers: [{url: 'https://t.{region}.amazonaws.com'}]\n";

    #[test]
    fn refuses_specs_without_x_amz_target_operations() {
        let e = lower_yaml(&format!(
            "{HEAD}paths:\n  /pets:\n    get:\n      responses: {{'200': {{description: ok}}}}\n"
        ))
        .unwrap_err();
        assert_eq!(e.pointer, "/paths");
        assert_eq!(e.unsupported, Some(Protocol::RestJson1), "{e}");
        // X-Amz-Target paths, but none with a POST operation.
        let e = lower_yaml(&format!(
            "{HEAD}paths:\n  '/#X-Amz-Target=T.Op':\n    get:\n      responses: {{'200': {{description: ok}}}}\n"
        ))
        .unwrap_err();
        assert_eq!((e.pointer.as_str(), e.unsupported), ("/paths", None));
        assert!(e.message.contains("not an AWS JSON-protocol spec"), "{e}");
    }

    #[test]
    fn dangling_ref_names_its_pointer() {
        let yaml = format!(
            "{HEAD}paths:\n  '/#X-Amz-Target=T.Op':\n    post:\n      responses: {{'200': {{description: ok}}}}\ncomponents:\n  schemas:\n    A:\n      type: object\n      properties:\n        b: {{$ref: '#/components/schemas/Missing'}}\n"
        );
        let e = lower_yaml(&yaml).unwrap_err();
        assert_eq!(e.pointer, "/components/schemas/A/properties/b/$ref");
        assert!(e.message.contains("dangling $ref"), "{e}");
    }

    #[test]
    fn lowers_the_spec_family_idioms() {
        let yaml = format!(
            "{HEAD}paths:\n  '/#X-Amz-Target=T.ListThings':\n    post:\n      parameters:\n        - {{name: maxResults, in: query, schema: {{type: string}}}}\n        - {{name: nextToken, in: query, schema: {{type: string}}}}\n      requestBody: {{content: {{application/json: {{schema: {{$ref: '#/components/schemas/In'}}}}}}}}\n      responses:\n        '200': {{description: ok, content: {{application/json: {{schema: {{$ref: '#/components/schemas/Out'}}}}}}}}\n        '480': {{description: Nope, content: {{application/json: {{schema: {{$ref: '#/components/schemas/Nope'}}}}}}}}\ncomponents:\n  schemas:\n    In:\n      type: object\n      properties:\n        maxResults: {{allOf: [{{$ref: '#/components/schemas/N'}}, {{description: Page size.}}]}}\n        nextToken: {{$ref: '#/components/schemas/S'}}\n    Out:\n      type: object\n      required: [things]\n      properties:\n        things: {{type: array, items: {{$ref: '#/components/schemas/S'}}}}\n        nextToken: {{$ref: '#/components/schemas/S'}}\n        doc: {{$ref: '#/components/schemas/Free'}}\n    Free: {{type: object, properties: {{}}}}\n    Nope: {{}}\n    N: {{type: integer}}\n    S: {{type: string}}\n"
        );
        let (svc, diags) = lower_yaml(&yaml).unwrap();
        assert!(diags.is_empty(), "{diags:?}");
        let op = &svc.operations[0];
        assert_eq!(op.target, "T.ListThings");
        assert_eq!(op.errors, ["Nope"]);
        let p = op.pagination.as_ref().expect("paginated");
        let token = &p.tokens[..];
        assert_eq!(
            (
                token.len(),
                token[0].input.as_str(),
                token[0].output.as_slice()
            ),
            (1, "nextToken", &[PathStep::Member("nextToken".into())][..])
        );
        assert_eq!(p.page_size.as_deref(), Some("maxResults"));
        assert_eq!(p.result_keys, [vec![PathStep::Member("things".into())]]);
        assert_eq!(p.source, "spec");
        let input = svc.structure("In").unwrap();
        let max = input
            .members
            .iter()
            .find(|m| m.wire_name == "maxResults")
            .unwrap();
        assert_eq!(
            (max.target.as_str(), max.docs.as_deref()),
            ("N", Some("Page size."))
        );
        assert!(matches!(svc.shape("N").kind, ShapeKind::Integer));
        assert!(matches!(svc.shape("Free").kind, ShapeKind::Document));
        // The inline list became a synthesized shape.
        let things = svc
            .structure("Out")
            .unwrap()
            .members
            .iter()
            .find(|m| m.wire_name == "things")
            .unwrap();
        assert!(matches!(
            svc.shape(&things.target).kind,
            ShapeKind::List { .. }
        ));
        let nope = svc.structure("Nope").expect("an error is a structure");
        assert!(nope.is_error && nope.members.iter().any(|m| m.wire_name == "message"));
        assert_eq!(svc.signing_name, "t");
        assert_eq!(svc.endpoint.prefix, "t");
    }
}
