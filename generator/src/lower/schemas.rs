//! Spec schemas (`components/schemas`, inline schemas) → IR shapes: `$ref`
//! resolution, alias chains, the apis.guru idioms (`allOf: [$ref,
//! {description}]` as a member doc, `{}` as a document), enums and objects.
//! Kept apart from operations because shapes are lowered first, once, and
//! every later pass only reads or patches them.

use std::collections::BTreeSet;

use openapiv3::{
    AdditionalProperties, ReferenceOr, Schema, SchemaKind, StringFormat, Type,
    VariantOrUnknownOrEmpty,
};

use super::{err, LowerError, Lowering, BUILTIN_DOCUMENT, SCHEMAS};
use crate::ir::*;
use crate::load::escape_pointer;
use crate::naming::{pascal, snake, Namespace};

impl Lowering<'_> {
    /// `#/components/schemas/X` → `X`, checking that it exists.
    pub(super) fn resolve_ref(
        &self,
        reference: &str,
        pointer: &str,
    ) -> Result<ShapeId, LowerError> {
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
        Ok(ShapeId::new(name))
    }

    /// Lowers a named schema (from `components/schemas`) once. A schema
    /// that is only a `$ref` is an alias and copies its target's shape;
    /// alias chains are followed in a loop, not by recursion, because a spec
    /// can chain thousands of them (issue 10).
    pub(super) fn lower_named(
        &mut self,
        name: &str,
        schema: &ReferenceOr<Schema>,
        pointer: &str,
    ) -> Result<(), LowerError> {
        // Aliases met on the way, outermost first.
        let mut aliases: Vec<ShapeId> = Vec::new();
        let mut on_chain = BTreeSet::new();
        let (mut name, mut schema, mut pointer) = (ShapeId::new(name), schema, pointer.to_string());
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
                        .schemas[name.as_str()];
                    pointer = format!("/components/schemas/{}", escape_pointer(name.as_str()));
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
        name: &ShapeId,
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
                    name.as_str(),
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
            name: name.clone(),
            rust_name: String::new(),
            builder: None,
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
        name: &ShapeId,
        properties: &indexmap::IndexMap<String, ReferenceOr<Box<Schema>>>,
        required: &[String],
        additional: Option<&AdditionalProperties>,
        pointer: &str,
    ) -> Result<ShapeKind, LowerError> {
        if properties.is_empty() {
            return Ok(match additional {
                Some(AdditionalProperties::Schema(s)) => ShapeKind::Map {
                    value: self.member_type(
                        name.as_str(),
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
            let (target, docs, deprecated) = self.member(name.as_str(), wire, prop, &p)?;
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
    ) -> Result<(ShapeId, Option<String>, bool), LowerError> {
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
    pub(super) fn member_type(
        &mut self,
        parent: &str,
        role: &str,
        schema: Option<&ReferenceOr<Box<Schema>>>,
        pointer: &str,
    ) -> Result<ShapeId, LowerError> {
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
                while self.shapes.contains_key(&ShapeId::new(&name)) || self.schema_exists(&name) {
                    name.push('_');
                }
                let name = ShapeId::new(name);
                let shape = self.lower_schema(&name, schema, pointer)?;
                self.shapes.insert(name.clone(), shape);
                self.synthesized.insert(name.clone(), pointer.to_string());
                Ok(name)
            }
        }
    }

    pub(super) fn schema_exists(&self, name: &str) -> bool {
        self.api
            .components
            .as_ref()
            .is_some_and(|c| c.schemas.contains_key(name))
    }

    pub(super) fn structure(&self, id: &ShapeId) -> Option<&Structure> {
        match &self.shapes.get(id)?.kind {
            ShapeKind::Structure(s) => Some(s),
            _ => None,
        }
    }
}

/// A shape the generator itself defines (`#String`, `#Document`, model-only shapes).
pub(super) fn builtin(name: &str, kind: ShapeKind) -> Shape {
    Shape {
        name: name.into(),
        rust_name: String::new(),
        builder: None,
        docs: None,
        kind,
        sensitive: false,
        deprecated: false,
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
