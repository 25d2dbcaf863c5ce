//! Which shapes are operation bodies and errors, known only once every
//! operation is lowered: those stay structures even when empty (other empty
//! objects are documents), and every error gains the `message` member AWS
//! always sends.

use std::collections::BTreeSet;

use super::{Lowering, BUILTIN_STRING, ERROR_MESSAGE_DOC};
use crate::ir::*;
use crate::load::escape_pointer;
use crate::naming::Namespace;

impl Lowering<'_> {
    /// Operation inputs/outputs and errors are structures even when empty;
    /// every other empty object stays a free-form document.
    pub(super) fn mark_errors_and_bodies(&mut self, ops: &[Operation]) {
        let bodies: BTreeSet<&ShapeId> = ops
            .iter()
            .flat_map(|o| o.input.iter().chain(o.output.iter()))
            .collect();
        let errors: BTreeSet<&ShapeId> = ops.iter().flat_map(|o| o.errors.iter()).collect();
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
                }
            }
        }
        let bad_errors: Vec<ShapeId> = errors
            .iter()
            .filter(|e| !matches!(self.shapes[**e].kind, ShapeKind::Structure(_)))
            .map(|e| (*e).clone())
            .collect();
        for e in bad_errors {
            self.diag(
                &format!("/components/schemas/{}", escape_pointer(e.as_str())),
                "error schema is not an object; its body is ignored",
            );
        }
    }
}
