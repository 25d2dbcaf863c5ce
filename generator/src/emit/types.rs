//! `types/mod.rs` (structures and enums), `types/builders.rs` and
//! `types/error.rs` (modelled error shapes).

use std::collections::BTreeSet;

use proc_macro2::TokenStream;
use quote::quote;

use super::rust_type::{has_default, is_sensitive, member_type, reachable, rust_type};
use super::{doc_attrs, ident};
use crate::docs::code_span;
use crate::ir::{
    EnumValue, Member, Service, Shape, ShapeId, ShapeKind, Structure, TimestampFormat,
};

/// Which serde directions a shape needs: inputs are only serialized, outputs
/// and errors only deserialized. Deriving just what is used keeps the
/// generated crate's compile time down.
struct Directions {
    ser: BTreeSet<ShapeId>,
    de: BTreeSet<ShapeId>,
    /// What derives `Serialize` / `Deserialize`: the above, plus every shape
    /// no operation reaches and all it holds. Such a shape still gets both
    /// (its fields carry `#[serde]` attributes, and a caller may want it on
    /// the wire), so its members must too: chime's unreached
    /// `…VoiceConnectorGroupResponse` holds `PhoneNumberError`, which the
    /// operations only read.
    ser_derive: BTreeSet<ShapeId>,
    de_derive: BTreeSet<ShapeId>,
}

impl Directions {
    fn of(svc: &Service) -> Self {
        let inputs = || svc.operations.iter().filter_map(|o| o.input.as_ref());
        let outputs = || {
            svc.operations
                .iter()
                .flat_map(|o| o.output.iter().chain(o.errors.iter()))
        };
        let ser = reachable(svc, inputs());
        let de = reachable(svc, outputs());
        let unused: Vec<&ShapeId> = svc
            .shapes
            .keys()
            .filter(|id| !ser.contains(*id) && !de.contains(*id))
            .collect();
        let ser_derive = reachable(svc, inputs().chain(unused.iter().copied()));
        let de_derive = reachable(svc, outputs().chain(unused.iter().copied()));
        Directions {
            ser,
            de,
            ser_derive,
            de_derive,
        }
    }

    fn derives(&self, name: &ShapeId) -> TokenStream {
        let ser = self
            .ser_derive
            .contains(name)
            .then(|| quote!(::serde::Serialize,));
        let de = self
            .de_derive
            .contains(name)
            .then(|| quote!(::serde::Deserialize,));
        quote!(#ser #de)
    }
}

pub(crate) fn types_rs(svc: &Service) -> TokenStream {
    let dirs = Directions::of(svc);
    let items = svc.shapes.values().map(|shape| match &shape.kind {
        ShapeKind::Structure(s) if !s.is_error => structure(svc, shape, s, &dirs),
        ShapeKind::Enum(values) => string_enum(shape, values),
        _ => quote!(),
    });
    quote! {
        //! Data types of the service: one per structure and enum in the spec.
        pub mod builders;
        pub mod error;
        #(#items)*
    }
}

pub(crate) fn errors_rs(svc: &Service) -> TokenStream {
    let dirs = Directions::of(svc);
    let items = svc.shapes.values().filter_map(|shape| match &shape.kind {
        ShapeKind::Structure(s) if s.is_error => Some(error_structure(svc, shape, s, &dirs)),
        _ => None,
    });
    quote! {
        //! Modelled service errors (matched by error code, not HTTP status).
        #(#items)*
    }
}

pub(crate) fn builders_rs(svc: &Service) -> TokenStream {
    let items = svc.shapes.values().filter_map(|shape| match &shape.kind {
        ShapeKind::Structure(s) if !s.is_error => Some(builder(svc, shape, s)),
        _ => None,
    });
    quote! {
        //! Builders for the structures in [`types`](crate::types).
        #(#items)*
    }
}

/// How a field is (de)serialized: which directions its struct derives.
#[derive(Clone, Copy)]
struct FieldUse {
    ser: bool,
    de: bool,
}

fn field(svc: &Service, m: &Member, used: FieldUse, force_optional: bool) -> TokenStream {
    let docs = doc_attrs(m.docs.as_deref());
    let name = ident(&m.rust_name);
    let wire = &m.wire_name;
    let mut ty = member_type(svc, m);
    if m.boxed {
        ty = quote!(::std::boxed::Box<#ty>);
    }
    let deprecated = m.deprecated.then(|| quote!(#[deprecated]));
    let alias = match wire.as_str() {
        "message" => quote!(, alias = "Message"),
        "Message" => quote!(, alias = "message"),
        _ => quote!(),
    };
    let required = m.required && !force_optional;
    if !m.location.is_body() {
        // restJson1: the operation's `request`/`parse` put it elsewhere
        // than the JSON body.
        let ty = if required {
            ty
        } else {
            quote!(::std::option::Option<#ty>)
        };
        return quote! { #docs #deprecated #[serde(skip)] pub #name: #ty, };
    }
    let with = timestamp_with(svc, m, !required);
    if required {
        // Smithy's client error correction: a required member the response
        // omits takes its type's default rather than failing the whole
        // response (types without a default still must be present).
        let default = (used.de && has_default(svc, &m.target)).then(|| quote!(, default));
        quote! { #docs #deprecated #[serde(rename = #wire #default #with #alias)] pub #name: #ty, }
    } else {
        let skip = used
            .ser
            .then(|| quote!(, skip_serializing_if = "::std::option::Option::is_none"));
        quote! { #docs #deprecated #[serde(rename = #wire, default #skip #with #alias)] pub #name: ::std::option::Option<#ty>, }
    }
}

/// `, with = "…"` for a timestamp member AWS's model gives a format other
/// than the protocol's default (epoch seconds).
fn timestamp_with(svc: &Service, m: &Member, optional: bool) -> TokenStream {
    let module = match m.timestamp_format {
        Some(TimestampFormat::DateTime) => "date_time",
        Some(TimestampFormat::HttpDate) => "http_date",
        Some(TimestampFormat::EpochSeconds) | None => return quote!(),
    };
    // `lower` sets a format only on timestamps and lists of timestamps.
    let list = matches!(svc.shape(&m.target).kind, ShapeKind::List { .. });
    let variant = match (optional, list) {
        (false, false) => "",
        (true, false) => "::option",
        (false, true) => "::vec",
        (true, true) => "::option_vec",
    };
    let path = format!("crate::runtime::timestamp::{module}{variant}");
    quote!(, with = #path)
}

/// A hand-written `Debug` that prints sensitive members redacted (every
/// member when the whole shape is sensitive).
fn debug_impl(
    svc: &Service,
    type_name: &proc_macro2::Ident,
    members: &[Member],
    all_sensitive: bool,
    extra: TokenStream,
) -> TokenStream {
    let label = type_name.to_string();
    let fields = members.iter().map(|m| {
        let name = ident(&m.rust_name);
        let label = crate::naming::bare(&m.rust_name);
        if all_sensitive || member_sensitive(svc, m) {
            quote!(s.field(#label, &"*** Sensitive Data Redacted ***");)
        } else {
            quote!(s.field(#label, &self.#name);)
        }
    });
    quote! {
        impl ::std::fmt::Debug for #type_name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                let mut s = f.debug_struct(#label);
                #(#fields)*
                #extra
                s.finish()
            }
        }
    }
}

/// The member, or what it holds, must not be printed (AWS's model or
/// `format: password`).
fn member_sensitive(svc: &Service, m: &Member) -> bool {
    m.sensitive || is_sensitive(svc, &m.target)
}

fn has_sensitive(svc: &Service, shape: &Shape, s: &Structure) -> bool {
    shape.sensitive || s.members.iter().any(|m| member_sensitive(svc, m))
}

fn structure(svc: &Service, shape: &Shape, s: &Structure, dirs: &Directions) -> TokenStream {
    let docs = doc_attrs(shape.docs.as_deref());
    let name = ident(&shape.rust_name);
    let builder = super::operations::builder_name(svc, &shape.name);
    let used = FieldUse {
        ser: dirs.ser.contains(&shape.name),
        de: dirs.de.contains(&shape.name),
    };
    let fields = s.members.iter().map(|m| field(svc, m, used, false));
    let serde = dirs.derives(&shape.name);
    let default = s
        .members
        .iter()
        .all(|m| !m.required)
        .then(|| quote!(::std::default::Default,));
    let sensitive = has_sensitive(svc, shape, s);
    let derive_debug = (!sensitive).then(|| quote!(::std::fmt::Debug,));
    let debug = sensitive.then(|| debug_impl(svc, &name, &s.members, shape.sensitive, quote!()));
    let deprecated = shape.deprecated.then(|| quote!(#[deprecated]));
    let builder_doc = format!(" A new [`{builder}`](crate::types::builders::{builder}).");
    // A live body can be neither copied nor compared.
    let clone_eq = (!s.streams()).then(|| quote!(::std::clone::Clone, ::std::cmp::PartialEq,));
    quote! {
        #docs
        #deprecated
        #[derive(#clone_eq #derive_debug #default #serde)]
        #[non_exhaustive]
        pub struct #name { #(#fields)* }
        impl #name {
            #[doc = #builder_doc]
            pub fn builder() -> crate::types::builders::#builder {
                ::std::default::Default::default()
            }
        }
        #debug
    }
}

fn error_structure(svc: &Service, shape: &Shape, s: &Structure, dirs: &Directions) -> TokenStream {
    let docs = doc_attrs(shape.docs.as_deref());
    let name = ident(&shape.rust_name);
    let used = FieldUse {
        ser: dirs.ser.contains(&shape.name),
        de: dirs.de.contains(&shape.name),
    };
    // Error bodies are best effort: every member is optional so that the
    // typed error survives a body that omits modelled fields.
    let fields = s.members.iter().map(|m| field(svc, m, used, true));
    let serde = dirs.derives(&shape.name);
    let code = shape.name.as_str();
    let message = s
        .members
        .iter()
        .find(|m| {
            m.wire_name.eq_ignore_ascii_case("message")
                && matches!(svc.shape(&m.target).kind, ShapeKind::String)
        })
        .map(|m| ident(&m.rust_name));
    let message_expr = match &message {
        Some(field) => quote!(self.#field.as_deref().or(self.meta.message())),
        None => quote!(self.meta.message()),
    };
    let sensitive = has_sensitive(svc, shape, s);
    let derive_debug = (!sensitive).then(|| quote!(::std::fmt::Debug,));
    let debug = sensitive.then(|| {
        let meta = quote!(s.field("meta", &self.meta););
        debug_impl(svc, &name, &s.members, shape.sensitive, meta)
    });
    // One out-of-line parser per error type: the operations' error enums
    // call it instead of each inlining the serde code of every error they
    // list (that duplication was 7% of the states crate's LLVM IR).
    let from_response = dirs.de.contains(&shape.name).then(|| {
        quote! {
            /// Parses the error from a response body (an unparseable body
            /// keeps the defaults: the code alone identifies the error).
            #[doc(hidden)]
            #[inline(never)]
            pub fn from_response(meta: crate::runtime::ErrorMetadata, body: &[u8]) -> Self {
                let mut e: Self = crate::runtime::error::parse_error_body(body);
                e.meta = meta;
                e
            }
        }
    });
    quote! {
        #docs
        #[derive(::std::clone::Clone, ::std::cmp::PartialEq, ::std::default::Default, #derive_debug #serde)]
        #[non_exhaustive]
        pub struct #name {
            #(#fields)*
            /// Status, code and request id of the response.
            #[serde(skip)]
            pub meta: crate::runtime::ErrorMetadata,
        }
        impl #name {
            /// The error code, as the service sends it.
            pub const CODE: &'static str = #code;
            /// The error message, from the body or the response metadata.
            pub fn message(&self) -> ::std::option::Option<&str> {
                #message_expr
            }
            /// Status, code and request id of the response.
            pub fn meta(&self) -> &crate::runtime::ErrorMetadata {
                &self.meta
            }
            #from_response
        }
        impl ::std::fmt::Display for #name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                // Server text escaped and cut, as for unmodelled errors.
                crate::runtime::error::write_service_error(f, Self::CODE, self.message(), &self.meta)
            }
        }
        impl ::std::error::Error for #name {}
        #debug
    }
}

fn string_enum(shape: &Shape, values: &[EnumValue]) -> TokenStream {
    let docs = doc_attrs(shape.docs.as_deref());
    let name = ident(&shape.rust_name);
    let variants: Vec<_> = values.iter().map(|v| ident(&v.variant)).collect();
    let wires: Vec<_> = values.iter().map(|v| v.wire.as_str()).collect();
    // The wire value is spec text: shown in a code span that cannot open a
    // code block (a doctest) or any other Markdown block.
    let variant_docs = values.iter().map(|v| format!(" {}", code_span(&v.wire)));
    let deprecated = shape.deprecated.then(|| quote!(#[deprecated]));
    quote! {
        #docs
        #deprecated
        #[derive(::std::clone::Clone, ::std::cmp::PartialEq, ::std::cmp::Eq, ::std::hash::Hash, ::std::cmp::PartialOrd, ::std::cmp::Ord, ::std::fmt::Debug)]
        #[non_exhaustive]
        pub enum #name {
            #( #[doc = #variant_docs] #variants, )*
            /// A value this version of the client does not know; kept as sent.
            Unknown(crate::runtime::UnknownVariantValue),
        }
        impl #name {
            /// The value as sent on the wire.
            pub fn as_str(&self) -> &str {
                match self {
                    #( Self::#variants => #wires, )*
                    Self::Unknown(v) => v.as_str(),
                }
            }
            /// Every value this client knows.
            pub const fn values() -> &'static [&'static str] {
                &[#(#wires),*]
            }
        }
        impl ::std::convert::From<&str> for #name {
            fn from(s: &str) -> Self {
                match s {
                    #( #wires => Self::#variants, )*
                    other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
                }
            }
        }
        crate::runtime::string_enum!(#name);
    }
}

fn builder(svc: &Service, shape: &Shape, s: &Structure) -> TokenStream {
    let target = ident(&shape.rust_name);
    let name = super::operations::builder_name(svc, &shape.name);
    let label = name.to_string();
    let shape_label = shape.rust_name.as_str();
    let fields = s.members.iter().map(|m| {
        let f = ident(&m.rust_name);
        let ty = member_type(svc, m);
        quote!(pub(crate) #f: ::std::option::Option<#ty>,)
    });
    let setters = s.members.iter().map(|m| setters(svc, shape_label, m));
    let inits = s.members.iter().map(|m| {
        let f = ident(&m.rust_name);
        let field_label = crate::naming::bare(&m.rust_name);
        let value = if m.required {
            quote!(self.#f.ok_or(crate::runtime::BuildError::missing(#shape_label, #field_label))?)
        } else {
            quote!(self.#f)
        };
        match (m.boxed, m.required) {
            (true, true) => quote!(#f: ::std::boxed::Box::new(#value),),
            (true, false) => quote!(#f: #value.map(::std::boxed::Box::new),),
            (false, _) => quote!(#f: #value,),
        }
    });
    let doc = format!(" A builder for [`{shape_label}`](crate::types::{shape_label}).");
    let clone = (!s.streams()).then(|| quote!(::std::clone::Clone,));
    quote! {
        #[doc = #doc]
        #[derive(#clone ::std::default::Default)]
        pub struct #name { #(#fields)* }
        impl ::std::fmt::Debug for #name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.debug_struct(#label).finish_non_exhaustive()
            }
        }
        impl #name {
            #(#setters)*
            /// Builds the value; fails if a required field is not set.
            pub fn build(self) -> ::std::result::Result<crate::types::#target, crate::runtime::BuildError> {
                ::std::result::Result::Ok(crate::types::#target { #(#inits)* })
            }
        }
    }
}

/// Where setter methods put the value.
pub(crate) enum SetterTarget {
    /// A builder's own `Option` field.
    Field,
    /// The fluent builder's `inner` builder (forward to its setter).
    Forward,
}

/// A member's setters, as builders have them: `x(value)` (appends for
/// lists, inserts for maps) and `set_x(Option<…>)`.
pub(crate) fn setter_methods(
    svc: &Service,
    m: &Member,
    docs: TokenStream,
    target: SetterTarget,
) -> TokenStream {
    let f = ident(&m.rust_name);
    let setter = ident(&m.setter);
    let set = ident(&crate::naming::set_name(&m.setter));
    let ty = member_type(svc, m);
    let deprecated = m.deprecated.then(|| quote!(#[deprecated]));
    let forward = matches!(target, SetterTarget::Forward);
    let add = match &svc.shape(&m.target).kind {
        ShapeKind::List { item } => {
            let item = rust_type(svc, item);
            let body = if forward {
                quote!(self.inner = self.inner.#setter(input);)
            } else {
                quote!(self.#f.get_or_insert_with(::std::vec::Vec::new).push(input.into());)
            };
            quote! {
                #docs
                ///
                /// Appends one element; use the `set_` method to replace the whole list.
                #deprecated
                pub fn #setter(mut self, input: impl ::std::convert::Into<#item>) -> Self {
                    #body
                    self
                }
            }
        }
        ShapeKind::Map { value } => {
            let value = rust_type(svc, value);
            let body = if forward {
                quote!(self.inner = self.inner.#setter(key, value);)
            } else {
                quote!(self.#f.get_or_insert_with(::std::collections::HashMap::new).insert(key.into(), value.into());)
            };
            quote! {
                #docs
                ///
                /// Inserts one entry; use the `set_` method to replace the whole map.
                #deprecated
                pub fn #setter(
                    mut self,
                    key: impl ::std::convert::Into<::std::string::String>,
                    value: impl ::std::convert::Into<#value>,
                ) -> Self {
                    #body
                    self
                }
            }
        }
        _ => {
            let body = if forward {
                quote!(self.inner = self.inner.#setter(input);)
            } else {
                quote!(self.#f = ::std::option::Option::Some(input.into());)
            };
            quote! {
                #docs
                #deprecated
                pub fn #setter(mut self, input: impl ::std::convert::Into<#ty>) -> Self {
                    #body
                    self
                }
            }
        }
    };
    let set_body = if forward {
        quote!(self.inner = self.inner.#set(input);)
    } else {
        quote!(self.#f = input;)
    };
    let set_doc = format!(
        " Sets or clears [`{0}`](Self::{0}).",
        crate::naming::bare(&m.setter)
    );
    quote! {
        #add
        #[doc = #set_doc]
        #deprecated
        pub fn #set(mut self, input: ::std::option::Option<#ty>) -> Self {
            #set_body
            self
        }
    }
}

/// A builder's setters; the member's full docs live on the struct field.
fn setters(svc: &Service, owner: &str, m: &Member) -> TokenStream {
    let field = crate::naming::bare(&m.rust_name);
    let field_doc = format!(" See [`{owner}::{field}`](crate::types::{owner}::{field}).");
    setter_methods(svc, m, quote!(#[doc = #field_doc]), SetterTarget::Field)
}
