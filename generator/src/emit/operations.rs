//! `operation/<name>.rs`: the fluent builder and the error enum of one
//! operation, in the shape of the official AWS SDK for Rust.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::rust_type::rust_type;
use super::{doc_attrs, ident};
use crate::ir::{Member, Operation, Service, ShapeKind};
use crate::naming::{bare, Namespace};

pub(crate) fn mod_rs(svc: &Service) -> TokenStream {
    let mods = svc.operations.iter().map(|op| {
        let m = ident(&op.rust_name);
        let doc = format!(" The `{}` operation.", op.name);
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
        " The `{}` operation: see [`Client::{}`](crate::Client::{}).",
        op.name,
        bare(&op.rust_name),
        bare(&op.rust_name)
    );
    let builder = fluent_builder_name(op);
    let error = error_name(op);
    let output = output_type(svc, op);
    let (name, target) = (&op.name, &op.target);
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
    let allow_deprecated = input_members
        .iter()
        .any(|m| m.deprecated)
        .then(|| quote!(#[allow(deprecated)]));
    let builder_doc = format!(
        " Builds and sends a `{}` request; see [`Client::{}`](crate::Client::{}).",
        op.name,
        bare(&op.rust_name),
        bare(&op.rust_name)
    );
    let error_enum = error_enum(svc, op);
    quote! {
        #![doc = #module_doc]

        const OPERATION: crate::runtime::operation::OperationSpec = crate::runtime::operation::OperationSpec {
            name: #name,
            target: #target,
            host_prefix: #host_prefix,
        };

        #[doc = #builder_doc]
        #[derive(::std::clone::Clone, ::std::fmt::Debug)]
        pub struct #builder {
            handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
            #inner_field
        }

        #allow_deprecated
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

        #error_enum
    }
}

/// A setter on the fluent builder that forwards to the input builder.
fn forwarder(svc: &Service, m: &Member) -> TokenStream {
    let docs = doc_attrs(m.docs.as_deref());
    let setter = ident(&m.setter);
    let set = ident(&crate::naming::set_name(&m.setter));
    let ty = rust_type(svc, &m.target);
    let deprecated = m.deprecated.then(|| quote!(#[deprecated]));
    let add = match &svc.shape(&m.target).kind {
        ShapeKind::List { item } => {
            let item = rust_type(svc, item);
            quote! {
                #docs
                ///
                /// Appends one element; use the `set_` method to replace the whole list.
                #deprecated
                pub fn #setter(mut self, input: impl ::std::convert::Into<#item>) -> Self {
                    self.inner = self.inner.#setter(input);
                    self
                }
            }
        }
        ShapeKind::Map { value } => {
            let value = rust_type(svc, value);
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
                    self.inner = self.inner.#setter(key, value);
                    self
                }
            }
        }
        _ => quote! {
            #docs
            #deprecated
            pub fn #setter(mut self, input: impl ::std::convert::Into<#ty>) -> Self {
                self.inner = self.inner.#setter(input);
                self
            }
        },
    };
    let set_doc = format!(" Sets or clears [`{0}`](Self::{0}).", bare(&m.setter));
    quote! {
        #add
        #[doc = #set_doc]
        #deprecated
        pub fn #set(mut self, input: ::std::option::Option<#ty>) -> Self {
            self.inner = self.inner.#set(input);
            self
        }
    }
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
            let d = format!(" The service returned `{code}`.");
            quote!(#[doc = #d])
        };
        quote!(#docs #v(#ty),)
    });
    let arms = variants.iter().map(|(v, ty, code, _)| {
        quote! {
            ::std::option::Option::Some(#code) => {
                let mut e: #ty = crate::runtime::error::parse_error_body(body);
                e.meta = meta;
                Self::#v(e)
            }
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
    let doc = format!(" Errors of `{}`: one variant per error the spec models, plus [`Unhandled`]({error}::Unhandled).", op.name);
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
