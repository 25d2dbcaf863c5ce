//! Rust names chosen after every shape is final: type and builder names
//! (one namespace for the crate's types), each operation's method, module
//! and type names, and builder setter names (clear of the builders' own
//! methods). Emit only reads them. (Waiters, lowered after the service,
//! are named in `waiters` as each is kept.)

use super::Lowering;
use crate::ir::*;
use crate::naming::{pascal, snake, Namespace};

impl Lowering<'_> {
    /// Rust type names for structures and enums, in schema-name order, and
    /// each structure's builder and setter names. Runs once every
    /// structure has its final members.
    pub(super) fn name_types(&mut self) {
        let mut types = Namespace::default();
        for shape in self.shapes.values_mut() {
            if matches!(shape.kind, ShapeKind::Structure(_) | ShapeKind::Enum(_)) {
                shape.rust_name = types.claim(&pascal(shape.name.as_str()));
            }
            // Every structure's, though error structures get no builder
            // type: an input that is also an error still names it.
            if let ShapeKind::Structure(s) = &mut shape.kind {
                shape.builder = Some(format!("{}Builder", shape.rust_name));
                assign_setters(&mut s.members);
            }
        }
    }

    /// Client methods (also the module names) and type names of `ops`, in
    /// their (sorted) order; runs after [`Self::name_types`] (error
    /// variants are named after the error types).
    pub(super) fn name_operations(&self, ops: &mut [Operation]) {
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
        for op in ops {
            op.rust_name = methods.claim(&snake(&op.name));
            let base = pascal(&op.name);
            let mut variants = Namespace::with_reserved(&["Unhandled"]);
            let error_variants = op
                .errors
                .iter()
                .filter(|e| self.structure(e).is_some())
                .map(|e| (e.clone(), variants.claim(&self.shapes[e].rust_name)))
                .collect();
            op.names = OperationNames {
                fluent_builder: format!("{base}FluentBuilder"),
                error: format!("{base}Error"),
                paginator: format!("{base}Paginator"),
                error_variants,
            };
        }
    }
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
