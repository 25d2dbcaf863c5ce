//! `operation/<name>.rs`: the fluent builder and the error enum of one
//! operation, in the shape of the official AWS SDK for Rust.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::rust_type::rust_type;
use super::{doc_attrs, ident};
use crate::docs::code_span;
use crate::ir::{Member, Operation, PathStep, Service, ShapeId, ShapeKind};
use crate::naming::bare;

pub(crate) fn mod_rs(svc: &Service) -> TokenStream {
    let mods = svc.operations.iter().map(|op| {
        let m = ident(&op.rust_name);
        let doc = format!(" The {} operation.", code_span(&op.name));
        quote!(#[doc = #doc] pub mod #m;)
    });
    quote! {
        //! One module per operation: its fluent builder and error enum.
        #(#mods)*
    }
}

pub(crate) fn fluent_builder_name(op: &Operation) -> proc_macro2::Ident {
    ident(&op.names.fluent_builder)
}

pub(crate) fn error_name(op: &Operation) -> proc_macro2::Ident {
    ident(&op.names.error)
}

/// The builder type of structure `shape` (named by `lower::names`).
pub(crate) fn builder_name(svc: &Service, shape: &ShapeId) -> proc_macro2::Ident {
    let shape = svc.shape(shape);
    ident(
        shape
            .builder
            .as_deref()
            .expect("lower::names names every structure's builder"),
    )
}

pub(crate) fn output_type(svc: &Service, op: &Operation) -> TokenStream {
    match &op.output {
        Some(o) => rust_type(svc, o),
        None => quote!(()),
    }
}

pub(crate) fn operation_rs(svc: &Service, op: &Operation) -> TokenStream {
    let module_doc = format!(
        " The {} operation: see [`Client::{}`](crate::Client::{}).",
        code_span(&op.name),
        bare(&op.rust_name),
        bare(&op.rust_name)
    );
    let builder = fluent_builder_name(op);
    let error = error_name(op);
    let output = output_type(svc, op);
    let (name, target) = (&op.name, &op.target);
    let (unsigned, endpoint_discovery) = (op.unsigned, op.endpoint_discovery);
    let api_version_header = match &op.api_version_header {
        Some(v) => quote!(::std::option::Option::Some(#v)),
        None => quote!(::std::option::Option::None),
    };
    let partitions = super::endpoints::table(&op.partitions);
    let min_attempt = match op.min_attempt_timeout_secs {
        Some(secs) => quote!(::std::option::Option::Some(#secs)),
        None => quote!(::std::option::Option::None),
    };
    let host_prefix = match &op.host_prefix {
        Some(p) => quote!(::std::option::Option::Some(#p)),
        None => quote!(::std::option::Option::None),
    };
    let input_members: &[Member] = op
        .input
        .as_ref()
        .and_then(|i| svc.structure(i))
        .map_or(&[], |s| &s.members);
    let (inner_field, inner_init, as_input, input_expr) = match &op.input {
        Some(input) if svc.structure(input).is_some() => {
            let input_builder = builder_name(svc, input);
            (
                quote!(inner: crate::types::builders::#input_builder,),
                quote!(inner: ::std::default::Default::default(),),
                quote! {
                    /// The input built so far.
                    pub fn as_input(&self) -> &crate::types::builders::#input_builder {
                        &self.inner
                    }
                },
                idempotent_input(svc, op, input_members),
            )
        }
        _ => (
            quote!(),
            quote!(),
            quote!(),
            quote!(crate::runtime::operation::EmptyInput {}),
        ),
    };
    let forwarders = input_members.iter().map(|m| forwarder(svc, m));
    let (send_output, map_output) = match &op.output {
        Some(_) => (output.clone(), quote!()),
        None => (quote!(::serde::de::IgnoredAny), quote!(.map(|_| ()))),
    };
    let builder_doc = format!(
        " Builds and sends a {} request; see [`Client::{}`](crate::Client::{}).",
        code_span(&op.name),
        bare(&op.rust_name),
        bare(&op.rust_name)
    );
    let error_enum = error_enum(svc, op);
    let paginator = paginator(svc, op);
    // AWS JSON: the input is the body. restJson1: the module's own
    // `request`/`parse` place each member.
    let (plumbing, send_body) = match &op.http {
        Some(http) => {
            let invoke = if super::rest::streams(svc, op) {
                quote!(invoke_rest_streaming)
            } else {
                quote!(invoke_rest)
            };
            (
                super::rest::plumbing(svc, op, http),
                quote! {
                    let parts = request(&input).map_err(crate::runtime::SdkError::Dispatch)?;
                    self.handle.#invoke::<#output, #error>(&OPERATION, parts, parse).await
                },
            )
        }
        None => (
            quote!(),
            quote!(self.handle.invoke::<_, #send_output, #error>(&OPERATION, &input).await #map_output),
        ),
    };
    quote! {
        #![doc = #module_doc]

        const OPERATION: crate::runtime::operation::OperationSpec = crate::runtime::operation::OperationSpec {
            name: #name,
            target: #target,
            host_prefix: #host_prefix,
            unsigned: #unsigned,
            endpoint_discovery: #endpoint_discovery,
            api_version_header: #api_version_header,
            min_attempt_timeout_secs: #min_attempt,
            partitions: #partitions,
        };

        #[doc = #builder_doc]
        #[derive(::std::clone::Clone, ::std::fmt::Debug)]
        pub struct #builder {
            handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
            #inner_field
        }

        impl #builder {
            pub(crate) fn new(handle: ::std::sync::Arc<crate::runtime::operation::Handle>) -> Self {
                #builder { handle, #inner_init }
            }
            #as_input
            #(#forwarders)*
            /// Sends the request.
            pub async fn send(self) -> ::std::result::Result<#output, crate::runtime::SdkError<#error>> {
                let input = #input_expr;
                #send_body
            }
        }

        #plumbing

        #paginator

        #error_enum
    }
}

/// `into_paginator()` and its paginator type: one or several tokens (string
/// or key map) read from output paths, an optional page size, `items()` over
/// the first result key when it is a list, and botocore's `more_results`.
fn paginator(svc: &Service, op: &Operation) -> TokenStream {
    let (Some(p), Some(input), Some(output)) = (&op.pagination, &op.input, &op.output) else {
        return quote!();
    };
    let (Some(in_s), Some(_)) = (svc.structure(input), svc.structure(output)) else {
        return quote!();
    };
    let member = |s: &'_ crate::ir::Structure, wire: &str| {
        s.members.iter().find(|m| m.wire_name == wire).cloned()
    };
    // (input member, token type, expression of the next token: `Option<T>`)
    let mut tokens = Vec::new();
    for t in &p.tokens {
        let Some(in_tok) = member(in_s, &t.input) else {
            return quote!();
        };
        let Some((next, target)) = borrowed_path(svc, output, &t.output) else {
            return quote!();
        };
        let token_ty = rust_type(svc, &in_tok.target);
        let token_ok = matches!(
            svc.shape(&in_tok.target).kind,
            ShapeKind::String | ShapeKind::Map { .. }
        );
        if !token_ok || in_tok.boxed || token_ty.to_string() != rust_type(svc, &target).to_string()
        {
            return quote!();
        }
        let next = match next {
            Access::Place(p) => quote!(::std::option::Option::Some(#p.clone())),
            Access::Opt(e) => quote!(#e.cloned()),
        };
        tokens.push((in_tok, token_ty, next));
    }
    if tokens.is_empty() {
        return quote!();
    }
    let builder = fluent_builder_name(op);
    let error = error_name(op);
    let paginator = ident(&op.names.paginator);
    let output_ty = rust_type(svc, output);
    // One token: `K` is its type. Several: a tuple of `Option`s, each sent
    // when set (botocore's rule); paging ends when all are absent or empty.
    let (token_ty, first, fetch, next_token) = if let [(in_tok, ty, next)] = tokens.as_slice() {
        let field = ident(&in_tok.rust_name);
        let set = ident(&crate::naming::set_name(&in_tok.setter));
        (
            ty.clone(),
            quote!(self.builder.inner.#field.clone()),
            quote!(move |token| builder.clone().#set(token).send()),
            next.clone(),
        )
    } else {
        let tys = tokens.iter().map(|(_, ty, _)| ty);
        let fields = tokens.iter().map(|(m, ..)| ident(&m.rust_name));
        let sets = tokens
            .iter()
            .map(|(m, ..)| ident(&crate::naming::set_name(&m.setter)));
        let vars: Vec<_> = (0..tokens.len()).map(|i| format_ident!("t{i}")).collect();
        let nexts = tokens.iter().map(|(.., next)| next);
        (
            quote!((#(::std::option::Option<#tys>,)*)),
            quote!(::std::option::Option::Some((#(self.builder.inner.#fields.clone(),)*))),
            quote! {
                move |token| {
                    let (#(#vars,)*) = token.unwrap_or_default();
                    builder.clone()#(.#sets(#vars))*.send()
                }
            },
            quote!(::std::option::Option::Some((#(#nexts,)*))),
        )
    };
    // botocore: a false or absent `more_results` ends paging whatever the token.
    let more = p.more_results.as_ref().and_then(|path| {
        let (access, _) = borrowed_path(svc, output, path)?;
        let more = match access {
            Access::Place(p) => p,
            Access::Opt(e) => quote!(#e.copied().unwrap_or(false)),
        };
        Some(quote! {
            if !#more {
                return ::std::option::Option::None;
            }
        })
    });
    let page_size = p.page_size.as_ref().and_then(|w| member(in_s, w)).map(|m| {
        let setter = ident(&m.setter);
        let ty = rust_type(svc, &m.target);
        let doc = format!(" Items per page ({}).", code_span(&m.wire_name));
        quote! {
            #[doc = #doc]
            pub fn page_size(mut self, size: impl ::std::convert::Into<#ty>) -> Self {
                self.builder = self.builder.#setter(size);
                self
            }
        }
    });
    let items = p.result_keys.first().and_then(|path| {
        let (take, target) = owned_path(svc, output, path)?;
        let ShapeKind::List { item } = &svc.shape(&target).kind else {
            return None;
        };
        let item_ty = rust_type(svc, item);
        let doc = format!(
            " A stream of the {} of every page.",
            code_span(&crate::ir::path_text(path))
        );
        Some(quote! {
            #[doc = #doc]
            pub fn items(self) -> crate::runtime::paginator::ItemStream<#output_ty, #error, #token_ty, #item_ty> {
                self.send().items(|page: #output_ty| #take)
            }
        })
    });
    let follows = p
        .tokens
        .iter()
        .map(|t| {
            format!(
                "{} → {}",
                code_span(&crate::ir::path_text(&t.output)),
                code_span(&t.input)
            )
        })
        .collect::<Vec<_>>()
        .join(", ");
    let more_doc = p
        .more_results
        .as_ref()
        .map(|path| format!(" or {} is false", code_span(&crate::ir::path_text(path))));
    let doc = format!(
        " Pages through {}, following {follows}; stops when the token is absent, empty or repeated{}.",
        code_span(&op.name),
        more_doc.unwrap_or_default(),
    );
    let into_doc = format!(
        " A paginator over every page of {} (see [`{paginator}`]).",
        code_span(&op.name)
    );
    quote! {
        impl #builder {
            #[doc = #into_doc]
            pub fn into_paginator(self) -> #paginator {
                #paginator { builder: self }
            }
        }

        #[doc = #doc]
        #[derive(::std::clone::Clone, ::std::fmt::Debug)]
        pub struct #paginator {
            builder: #builder,
        }

        impl #paginator {
            #page_size
            /// A stream of pages (the first page starts from the token set on the builder, if any).
            pub fn send(self) -> crate::runtime::paginator::PageStream<#output_ty, #error, #token_ty> {
                let first = #first;
                let builder = self.builder;
                crate::runtime::paginator::PageStream::new(
                    first,
                    #fetch,
                    |page: &#output_ty| {
                        #more
                        #next_token
                    },
                )
            }
            #items
        }
    }
}

/// A value read through a path: a plain place (every member on the way is
/// required) or an `Option` expression (once an optional member is passed).
enum Access {
    Place(TokenStream),
    Opt(TokenStream),
}

/// Reads `path` from `page: &Output` without moving: a place or an
/// `Option<&T>`, and the target shape.
fn borrowed_path(svc: &Service, output: &ShapeId, path: &[PathStep]) -> Option<(Access, ShapeId)> {
    let mut access = Access::Place(quote!(page));
    let mut shape = output.clone();
    for step in path {
        access = match step {
            PathStep::Member(wire) => {
                let m = svc
                    .structure(&shape)?
                    .members
                    .iter()
                    .find(|m| m.wire_name == *wire)?;
                let f = ident(&m.rust_name);
                shape = m.target.clone();
                match (access, m.required) {
                    (Access::Place(p), true) => Access::Place(quote!(#p.#f)),
                    (Access::Place(p), false) => Access::Opt(quote!(#p.#f.as_ref())),
                    (Access::Opt(e), true) => Access::Opt(quote!(#e.map(|v| &v.#f))),
                    (Access::Opt(e), false) => Access::Opt(quote!(#e.and_then(|v| v.#f.as_ref()))),
                }
            }
            PathStep::Last => {
                let ShapeKind::List { item } = &svc.shape(&shape).kind else {
                    return None;
                };
                shape = item.clone();
                match access {
                    Access::Place(p) => Access::Opt(quote!(#p.last())),
                    Access::Opt(e) => Access::Opt(quote!(#e.and_then(|v| v.last()))),
                }
            }
        };
    }
    Some((access, shape))
}

/// Moves `path` out of `page: Output`: the value, defaulted when an optional
/// member on the way is absent, and the target shape. `[-1]` is not
/// supported here (botocore's result keys do not use it).
fn owned_path(
    svc: &Service,
    output: &ShapeId,
    path: &[PathStep],
) -> Option<(TokenStream, ShapeId)> {
    let mut access = Access::Place(quote!(page));
    let mut shape = output.clone();
    for step in path {
        let PathStep::Member(wire) = step else {
            return None;
        };
        let m = svc
            .structure(&shape)?
            .members
            .iter()
            .find(|m| m.wire_name == *wire)?;
        let f = ident(&m.rust_name);
        shape = m.target.clone();
        access = match (access, m.required) {
            (Access::Place(p), true) => Access::Place(quote!(#p.#f)),
            (Access::Place(p), false) => Access::Opt(quote!(#p.#f)),
            (Access::Opt(e), true) => Access::Opt(quote!(#e.map(|v| v.#f))),
            (Access::Opt(e), false) => Access::Opt(quote!(#e.and_then(|v| v.#f))),
        };
    }
    let value = match access {
        Access::Place(p) => p,
        Access::Opt(e) => quote!(#e.unwrap_or_default()),
    };
    Some((value, shape))
}

/// The built input; idempotency tokens and botocore's defaults left unset
/// are filled first, once per `send()` (so every retry of the call carries
/// the same token), as the AWS SDKs do, and never by the plain type
/// builders' `build()`.
fn idempotent_input(svc: &Service, op: &Operation, members: &[Member]) -> TokenStream {
    let fills: Vec<_> = op
        .idempotency_tokens
        .iter()
        .filter_map(|wire| members.iter().find(|m| m.wire_name == *wire))
        .filter(|m| matches!(svc.shape(&m.target).kind, ShapeKind::String))
        .map(|m| {
            let f = ident(&m.rust_name);
            quote! {
                if inner.#f.is_none() {
                    inner.#f = ::std::option::Option::Some(crate::runtime::idempotency::token());
                }
            }
        })
        .collect();
    // botocore's parameter defaults (Glacier's `accountId` `-`), checked
    // to be string members by `lower::customizations`.
    let defaults = op
        .customizations
        .input_defaults
        .iter()
        .filter_map(|(wire, value)| Some((members.iter().find(|m| m.wire_name == *wire)?, value)))
        .map(|(m, value)| {
            let f = ident(&m.rust_name);
            quote! {
                if inner.#f.is_none() {
                    inner.#f = ::std::option::Option::Some(#value.to_owned());
                }
            }
        });
    let fills: Vec<_> = fills.into_iter().chain(defaults).collect();
    if fills.is_empty() {
        return quote!(self
            .inner
            .build()
            .map_err(crate::runtime::SdkError::Construction)?);
    }
    quote! {{
        let mut inner = self.inner;
        #(#fills)*
        inner.build().map_err(crate::runtime::SdkError::Construction)?
    }}
}

/// A setter on the fluent builder that forwards to the input builder.
fn forwarder(svc: &Service, m: &Member) -> TokenStream {
    super::types::setter_methods(
        svc,
        m,
        doc_attrs(m.docs.as_deref()),
        super::types::SetterTarget::Forward,
    )
}

fn error_enum(svc: &Service, op: &Operation) -> TokenStream {
    let error = error_name(op);
    let variants: Vec<_> = op
        .names
        .error_variants
        .iter()
        .map(|(e, variant)| {
            let shape = svc.shape(e);
            let variant = ident(variant);
            let ty = rust_type(svc, e);
            (variant, ty, &shape.name, shape.docs.as_deref())
        })
        .collect();
    let decls = variants.iter().map(|(v, ty, id, docs)| {
        let docs = if docs.is_some() {
            doc_attrs(*docs)
        } else {
            let d = format!(" The service returned {}.", code_span(id.as_str()));
            quote!(#[doc = #d])
        };
        quote!(#docs #v(#ty),)
    });
    // The shape name, and the model's other code for it when it has one
    // (query-compatible services): either selects the variant.
    let arms = variants.iter().map(|(v, ty, id, _)| {
        let code = id.as_str();
        let other = op
            .error_codes
            .get(*id)
            .map(|c| quote!(| ::std::option::Option::Some(#c)));
        quote! {
            ::std::option::Option::Some(#code) #other => Self::#v(<#ty>::from_response(meta, body)),
        }
    });
    let names: Vec<_> = variants.iter().map(|(v, ..)| v).collect();
    let from_response_body = if variants.is_empty() {
        quote! {
            let _ = body;
            Self::Unhandled(crate::runtime::Unhandled::new(meta))
        }
    } else {
        quote! {
            match meta.modelled_code() {
                #(#arms)*
                _ => Self::Unhandled(crate::runtime::Unhandled::new(meta)),
            }
        }
    };
    let doc = format!(
        " Errors of {}: one variant per error the spec or AWS's model lists, plus [`Unhandled`]({error}::Unhandled).",
        code_span(&op.name)
    );
    quote! {
        #[doc = #doc]
        #[derive(::std::fmt::Debug)]
        #[non_exhaustive]
        pub enum #error {
            #(#decls)*
            /// An error neither the spec nor AWS's model lists for this
            /// operation (the code, message, HTTP status and request id are kept).
            Unhandled(crate::runtime::Unhandled),
        }

        impl crate::runtime::OperationError for #error {
            fn from_response(meta: crate::runtime::ErrorMetadata, body: &[u8]) -> Self {
                #from_response_body
            }

            fn meta(&self) -> &crate::runtime::ErrorMetadata {
                match self {
                    #(Self::#names(e) => e.meta(),)*
                    Self::Unhandled(e) => e.meta(),
                }
            }

            fn with_attempts(mut self, attempts: u32) -> Self {
                match &mut self {
                    #(Self::#names(e) => e.meta.set_attempts(attempts),)*
                    Self::Unhandled(e) => e.meta_mut().set_attempts(attempts),
                }
                self
            }
        }

        impl #error {
            /// Status, code, message and request id of the response.
            pub fn meta(&self) -> &crate::runtime::ErrorMetadata {
                crate::runtime::OperationError::meta(self)
            }

            /// The error code the service sent, if any.
            pub fn code(&self) -> ::std::option::Option<&str> {
                self.meta().code()
            }
        }

        impl ::std::fmt::Display for #error {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                match self {
                    #(Self::#names(e) => ::std::fmt::Display::fmt(e, f),)*
                    Self::Unhandled(e) => ::std::fmt::Display::fmt(e, f),
                }
            }
        }

        impl ::std::error::Error for #error {
            fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
                match self {
                    #(Self::#names(e) => ::std::option::Option::Some(e),)*
                    Self::Unhandled(e) => ::std::option::Option::Some(e),
                }
            }
        }
    }
}
