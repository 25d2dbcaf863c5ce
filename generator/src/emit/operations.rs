//! `operation/<name>.rs`: the fluent builder and the error enum of one
//! operation, in the shape of the official AWS SDK for Rust.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::rust_type::rust_type;
use super::{doc_attrs, ident};
use crate::docs::code_span;
use crate::ir::{Member, Operation, Service, ShapeKind};
use crate::naming::{bare, Namespace};

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
    format_ident!("{}FluentBuilder", crate::naming::pascal(&op.name))
}

pub(crate) fn error_name(op: &Operation) -> proc_macro2::Ident {
    format_ident!("{}Error", crate::naming::pascal(&op.name))
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
            let input_builder = format_ident!("{}Builder", svc.shape(input).rust_name);
            (
                quote!(inner: crate::types::builders::#input_builder,),
                quote!(inner: ::std::default::Default::default(),),
                quote! {
                    /// The input built so far.
                    pub fn as_input(&self) -> &crate::types::builders::#input_builder {
                        &self.inner
                    }
                },
                quote!(self
                    .inner
                    .build()
                    .map_err(crate::runtime::SdkError::Construction)?),
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
    quote! {
        #![doc = #module_doc]

        const OPERATION: crate::runtime::operation::OperationSpec = crate::runtime::operation::OperationSpec {
            name: #name,
            target: #target,
            host_prefix: #host_prefix,
            min_attempt_timeout_secs: #min_attempt,
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
                self.handle.invoke::<_, #send_output, #error>(&OPERATION, &input).await #map_output
            }
        }

        #paginator

        #error_enum
    }
}

/// `into_paginator()` and its paginator type, for operations whose input and
/// output carry the same kind of token (a string or a key map).
fn paginator(svc: &Service, op: &Operation) -> TokenStream {
    let (Some(p), Some(input), Some(output)) = (&op.pagination, &op.input, &op.output) else {
        return quote!();
    };
    let (Some(in_s), Some(out_s)) = (svc.structure(input), svc.structure(output)) else {
        return quote!();
    };
    let member = |s: &'_ crate::ir::Structure, wire: &str| {
        s.members.iter().find(|m| m.wire_name == wire).cloned()
    };
    let (Some(in_tok), Some(out_tok)) =
        (member(in_s, &p.input_token), member(out_s, &p.output_token))
    else {
        return quote!();
    };
    let token_ty = rust_type(svc, &in_tok.target);
    let token_ok = matches!(
        svc.shape(&in_tok.target).kind,
        ShapeKind::String | ShapeKind::Map { .. }
    );
    if !token_ok
        || token_ty.to_string() != rust_type(svc, &out_tok.target).to_string()
        || in_tok.boxed
    {
        return quote!();
    }
    let builder = fluent_builder_name(op);
    let error = error_name(op);
    let paginator = format_ident!("{}Paginator", crate::naming::pascal(&op.name));
    let output_ty = rust_type(svc, output);
    let in_field = ident(&in_tok.rust_name);
    let set_token = ident(&crate::naming::set_name(&in_tok.setter));
    let out_field = ident(&out_tok.rust_name);
    let next_token = if out_tok.required {
        quote!(::std::option::Option::Some(&page.#out_field))
    } else {
        quote!(page.#out_field.as_ref())
    };
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
    let items = p.items.as_ref().and_then(|w| member(out_s, w)).and_then(|m| {
        let ShapeKind::List { item } = &svc.shape(&m.target).kind else {
            return None;
        };
        let item_ty = rust_type(svc, item);
        let field = ident(&m.rust_name);
        let take = if m.required { quote!(page.#field) } else { quote!(page.#field.unwrap_or_default()) };
        let doc = format!(" A stream of the {} of every page.", code_span(&m.wire_name));
        Some(quote! {
            #[doc = #doc]
            pub fn items(self) -> crate::runtime::paginator::ItemStream<#output_ty, #error, #token_ty, #item_ty> {
                self.send().items(|page: #output_ty| #take)
            }
        })
    });
    let doc = format!(
        " Pages through {}, following {} → {}; stops when the token is absent, empty or repeated.",
        code_span(&op.name),
        code_span(&p.output_token),
        code_span(&p.input_token)
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
                let first = self.builder.inner.#in_field.clone();
                let builder = self.builder;
                crate::runtime::paginator::PageStream::new(
                    first,
                    move |token| builder.clone().#set_token(token).send(),
                    |page: &#output_ty| #next_token,
                )
            }
            #items
        }
    }
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
    let mut variants_ns = Namespace::with_reserved(&["Unhandled"]);
    let variants: Vec<_> = op
        .errors
        .iter()
        .filter(|e| svc.structure(e).is_some())
        .map(|e| {
            let shape = svc.shape(e);
            let variant = ident(&variants_ns.claim(&shape.rust_name));
            let ty = rust_type(svc, e);
            (variant, ty, shape.name.as_str(), shape.docs.as_deref())
        })
        .collect();
    let decls = variants.iter().map(|(v, ty, code, docs)| {
        let docs = if docs.is_some() {
            doc_attrs(*docs)
        } else {
            let d = format!(" The service returned {}.", code_span(code));
            quote!(#[doc = #d])
        };
        quote!(#docs #v(#ty),)
    });
    let arms = variants.iter().map(|(v, ty, code, _)| {
        quote! {
            ::std::option::Option::Some(#code) => Self::#v(<#ty>::from_response(meta, body)),
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
            match meta.code() {
                #(#arms)*
                _ => Self::Unhandled(crate::runtime::Unhandled::new(meta)),
            }
        }
    };
    let doc = format!(
        " Errors of {}: one variant per error the spec models, plus [`Unhandled`]({error}::Unhandled).",
        code_span(&op.name)
    );
    quote! {
        #[doc = #doc]
        #[derive(::std::fmt::Debug)]
        #[non_exhaustive]
        pub enum #error {
            #(#decls)*
            /// An error the spec does not model for this operation (the code,
            /// message, HTTP status and request id are kept).
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
