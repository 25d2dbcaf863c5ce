//! Shape → Rust type, by absolute path.

use proc_macro2::TokenStream;
use quote::quote;

use super::ident;
use crate::ir::{Member, Service, ShapeId, ShapeKind};

/// The type of member `m`'s value (a streaming output payload is a byte
/// stream, whatever its shape).
pub(crate) fn member_type(svc: &Service, m: &Member) -> TokenStream {
    if m.streaming {
        return quote!(crate::runtime::ByteStream);
    }
    rust_type(svc, &m.target)
}

/// The type of a value of shape `target`.
pub(crate) fn rust_type(svc: &Service, target: &ShapeId) -> TokenStream {
    let shape = svc.shape(target);
    match &shape.kind {
        ShapeKind::Structure(s) => {
            let name = ident(&shape.rust_name);
            if s.is_error {
                quote!(crate::types::error::#name)
            } else {
                quote!(crate::types::#name)
            }
        }
        ShapeKind::Enum(_) => {
            let name = ident(&shape.rust_name);
            quote!(crate::types::#name)
        }
        ShapeKind::List { item } => {
            let item = rust_type(svc, item);
            quote!(::std::vec::Vec<#item>)
        }
        ShapeKind::Map { value } => {
            let value = rust_type(svc, value);
            quote!(::std::collections::HashMap<::std::string::String, #value>)
        }
        ShapeKind::String => quote!(::std::string::String),
        ShapeKind::Integer => quote!(i64),
        ShapeKind::Float { double: true } => quote!(f64),
        ShapeKind::Float { double: false } => quote!(f32),
        ShapeKind::Boolean => quote!(bool),
        ShapeKind::Timestamp => quote!(crate::runtime::Timestamp),
        ShapeKind::Blob => quote!(crate::runtime::Blob),
        ShapeKind::Document => quote!(::serde_json::Value),
    }
}

/// Whether values of `target` must not be printed (`format: password`,
/// or a list/map of such values).
pub(crate) fn is_sensitive(svc: &Service, target: &ShapeId) -> bool {
    let shape = svc.shape(target);
    shape.sensitive
        || match &shape.kind {
            ShapeKind::List { item } => is_sensitive(svc, item),
            ShapeKind::Map { value } => is_sensitive(svc, value),
            _ => false,
        }
}

/// Whether the Rust type of `target` implements `Default` (what a required
/// member a response omits can fall back to). Enums and structures with a
/// required member do not (error structures always do).
pub(crate) fn has_default(svc: &Service, target: &ShapeId) -> bool {
    match &svc.shape(target).kind {
        ShapeKind::Structure(s) => s.is_error || s.members.iter().all(|m| !m.required),
        ShapeKind::Enum(_) => false,
        ShapeKind::List { .. }
        | ShapeKind::Map { .. }
        | ShapeKind::String
        | ShapeKind::Integer
        | ShapeKind::Float { .. }
        | ShapeKind::Boolean
        | ShapeKind::Timestamp
        | ShapeKind::Blob
        | ShapeKind::Document => true,
    }
}

/// Shapes reachable from `roots` (through members, items and values).
pub(crate) fn reachable<'a>(
    svc: &Service,
    roots: impl Iterator<Item = &'a ShapeId>,
) -> std::collections::BTreeSet<ShapeId> {
    let mut seen = std::collections::BTreeSet::new();
    let mut stack: Vec<ShapeId> = roots.cloned().collect();
    while let Some(name) = stack.pop() {
        if !seen.insert(name.clone()) {
            continue;
        }
        match &svc.shape(&name).kind {
            ShapeKind::Structure(s) => stack.extend(s.members.iter().map(|m| m.target.clone())),
            ShapeKind::List { item } => stack.push(item.clone()),
            ShapeKind::Map { value } => stack.push(value.clone()),
            _ => {}
        }
    }
    seen
}
