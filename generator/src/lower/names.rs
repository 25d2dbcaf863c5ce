//! Rust names chosen after every shape is final: type names (one namespace
//! for the crate's types) and builder setter names (clear of the builders'
//! own methods).

use super::Lowering;
use crate::ir::*;
use crate::naming::{pascal, Namespace};

impl Lowering<'_> {
    /// Rust type names for structures and enums, in schema-name order.
    pub(super) fn name_types(&mut self) {
        let mut types = Namespace::default();
        for shape in self.shapes.values_mut() {
            if matches!(shape.kind, ShapeKind::Structure(_) | ShapeKind::Enum(_)) {
                shape.rust_name = types.claim(&pascal(&shape.name));
            }
        }
    }
}

/// Setter names: the field name, kept clear of the builders' own methods.
pub(super) fn assign_setters(members: &mut [Member]) {
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
