//! `waiters.rs`: one module per waiter from AWS's model, with a fluent
//! builder like aws-sdk-rust's (`client.wait_until_table_exists()
//! .table_name("t").wait(max_wait)`), and its acceptors as Rust over the
//! typed output (translated from JMESPath by `lower::waiters`).

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::operations::{error_name, fluent_builder_name, output_type};
use super::{doc_attrs, doc_lines, ident};
use crate::docs::code_span;
use crate::ir::{
    AcceptorState, Matcher, Member, PathComparison, Service, ShapeId, ShapeKind, Waiter,
    WaiterComparator, WaiterExpr, WaiterKind, WaiterNode,
};
use crate::naming::bare;

const VALUE: fn() -> TokenStream = || quote!(crate::runtime::waiter::Value);

pub(crate) fn waiters_rs(svc: &Service) -> TokenStream {
    let methods = svc.waiters.iter().map(|w| client_method(svc, w));
    let modules = svc.waiters.iter().map(|w| waiter_module(svc, w));
    quote! {
        //! Waiters: poll an operation until a resource reaches a state, with
        //! the acceptors and delays of AWS's model (`waiters-2.json`).

        impl crate::Client {
            #(#methods)*
        }

        #(#modules)*
    }
}

fn operation<'a>(svc: &'a Service, w: &Waiter) -> &'a crate::ir::Operation {
    // `lower::waiters` only keeps waiters whose operation exists.
    svc.operations
        .iter()
        .find(|o| o.name == w.operation)
        .unwrap_or(&svc.operations[0])
}

fn builder_name(w: &Waiter) -> proc_macro2::Ident {
    ident(&w.fluent_builder)
}

/// Doc lines describing when the waiter stops.
fn acceptor_docs(w: &Waiter) -> Vec<String> {
    w.acceptors
        .iter()
        .map(|a| {
            let state = match a.state {
                AcceptorState::Success => "success",
                AcceptorState::Failure => "failure",
                AcceptorState::Retry => "retry",
            };
            let when = match &a.matcher {
                Matcher::Path {
                    argument,
                    comparison,
                    expected,
                    ..
                } => {
                    let how = match comparison {
                        PathComparison::Equals => "is",
                        PathComparison::AllEqual => "are all",
                        PathComparison::AnyEqual => "include",
                    };
                    format!(
                        "{} {how} {}",
                        code_span(argument),
                        code_span(&expected.to_string())
                    )
                }
                Matcher::Status(s) => format!("HTTP status {s}"),
                Matcher::ErrorCode(c) => format!("error {}", code_span(c)),
                Matcher::AnyError => "any error".to_string(),
                Matcher::NoError => "any successful response".to_string(),
            };
            format!("- {when} → {state}")
        })
        .collect()
}

fn client_method(svc: &Service, w: &Waiter) -> TokenStream {
    let op = operation(svc, w);
    let method = ident(&w.method);
    let op_method = ident(&op.rust_name);
    let module = ident(&w.module);
    let builder = builder_name(w);
    let mut docs = vec![
        format!(
            "Waits for {}: polls [`{}`](crate::Client::{}) until one of these matches (the first in this order wins):",
            code_span(&w.name),
            bare(&op.rust_name),
            bare(&op.rust_name)
        ),
        String::new(),
    ];
    docs.extend(acceptor_docs(w));
    docs.extend([
        String::new(),
        "A successful response nothing matches is polled again; an error nothing matches ends the wait with that error."
            .to_string(),
    ]);
    let docs = doc_lines(&docs);
    quote! {
        #docs
        pub fn #method(&self) -> crate::waiters::#module::#builder {
            crate::waiters::#module::#builder::new(self.#op_method())
        }
    }
}

fn waiter_module(svc: &Service, w: &Waiter) -> TokenStream {
    let op = operation(svc, w);
    let module = ident(&w.module);
    let builder = builder_name(w);
    let op_builder = fluent_builder_name(op);
    let op_module = ident(&op.rust_name);
    let error = error_name(op);
    let output = output_type(svc, op);
    let final_poll = ident(&w.final_poll);
    let wait_error = ident(&w.error);
    let (min, max) = (w.min_delay_secs, w.max_delay_secs);
    let name = &w.name;
    let module_doc = format!(" The {} waiter.", code_span(&w.name));
    let builder_doc = doc_lines(&[
        format!(
            "Fluent builder for the {} waiter: the input setters of [`{}`](crate::Client::{}), then [`wait`]({builder}::wait).",
            code_span(&w.name),
            bare(&op.rust_name),
            bare(&op.rust_name)
        ),
    ]);
    let spec_docs = doc_attrs(w.docs.as_deref());
    let input_members: &[Member] = op
        .input
        .as_ref()
        .and_then(|i| svc.structure(i))
        .map_or(&[], |s| &s.members);
    let as_input = op
        .input
        .as_ref()
        .filter(|i| svc.structure(*i).is_some())
        .map(|input| {
            let input_builder = super::operations::builder_name(svc, input);
            quote! {
                /// The input built so far.
                pub fn as_input(&self) -> &crate::types::builders::#input_builder {
                    self.inner.as_input()
                }
            }
        });
    let forwarders = input_members.iter().map(|m| {
        super::types::setter_methods(
            svc,
            m,
            doc_attrs(m.docs.as_deref()),
            super::types::SetterTarget::Forward,
        )
    });
    let hint = match w.max_attempts {
        Some(n) => format!(
            " AWS's model suggests {n} polls {min} s apart (about {} s); the SDKs take the maximum wait from the caller.",
            u64::from(n).saturating_mul(min)
        ),
        None => " The SDKs take the maximum wait from the caller.".to_string(),
    };
    let wait_doc = doc_lines(&[
        "Polls until an acceptor reaches success (`Ok`, with the last poll) or failure, an"
            .to_string(),
        "error no acceptor expects ends the wait, or `max_wait` passes.".to_string(),
        String::new(),
        hint.trim().to_string(),
    ]);
    let min_doc = format!(" Least delay between polls (default {min} s, from AWS's model).");
    let max_doc = format!(" Most delay between polls (default {max} s).");
    let accept = accept_fn(svc, w, &output, &error, &op_module);
    quote! {
        #[doc = #module_doc]
        pub mod #module {
            /// What a successful wait returns: the last poll's result.
            pub type #final_poll = crate::runtime::waiter::FinalPoll<#output, crate::operation::#op_module::#error>;
            /// Why the wait did not succeed.
            pub type #wait_error = crate::runtime::waiter::WaiterError<#output, crate::operation::#op_module::#error>;

            #builder_doc
            #spec_docs
            #[derive(::std::clone::Clone, ::std::fmt::Debug)]
            pub struct #builder {
                inner: crate::operation::#op_module::#op_builder,
                delays: crate::runtime::waiter::Delays,
            }

            impl #builder {
                pub(crate) fn new(inner: crate::operation::#op_module::#op_builder) -> Self {
                    #builder {
                        inner,
                        delays: crate::runtime::waiter::Delays::new(
                            ::std::time::Duration::from_secs(#min),
                            ::std::time::Duration::from_secs(#max),
                        ),
                    }
                }
                #as_input
                #(#forwarders)*
                #[doc = #min_doc]
                pub fn min_delay(mut self, delay: ::std::time::Duration) -> Self {
                    self.delays = self.delays.with_min(delay);
                    self
                }
                #[doc = #max_doc]
                pub fn max_delay(mut self, delay: ::std::time::Duration) -> Self {
                    self.delays = self.delays.with_max(delay);
                    self
                }
                #wait_doc
                pub async fn wait(self, max_wait: ::std::time::Duration) -> ::std::result::Result<#final_poll, #wait_error> {
                    let inner = self.inner;
                    crate::runtime::waiter::wait(
                        #name,
                        move || inner.clone().send(),
                        accept,
                        self.delays,
                        max_wait,
                        &crate::runtime::waiter::TokioClock::default(),
                    )
                    .await
                }
            }

            #accept
        }
    }
}

fn accept_fn(
    svc: &Service,
    w: &Waiter,
    output: &TokenStream,
    error: &proc_macro2::Ident,
    op_module: &proc_macro2::Ident,
) -> TokenStream {
    let value = VALUE();
    let checks = w.acceptors.iter().map(|a| {
        let state = match a.state {
            AcceptorState::Success => quote!(Success),
            AcceptorState::Failure => quote!(Failure),
            AcceptorState::Retry => quote!(Retry),
        };
        let decide =
            quote!(return ::std::option::Option::Some(crate::runtime::waiter::AcceptorState::#state););
        match &a.matcher {
            Matcher::Path {
                value: expr,
                comparison,
                expected,
                ..
            } => {
                let code = code(svc, expr);
                let expected = literal(expected);
                let test = match comparison {
                    PathComparison::Equals => quote!(value == #expected),
                    PathComparison::AllEqual => {
                        quote!(crate::runtime::waiter::all_equal(&value, &#expected))
                    }
                    PathComparison::AnyEqual => {
                        quote!(crate::runtime::waiter::any_equal(&value, &#expected))
                    }
                };
                quote! {
                    if let ::std::result::Result::Ok(output) = result {
                        let cur = ::std::option::Option::Some(output);
                        let value: #value<'_> = #code;
                        if #test {
                            #decide
                        }
                    }
                }
            }
            Matcher::Status(s) => quote! {
                if crate::runtime::waiter::status(result) == ::std::option::Option::Some(#s) {
                    #decide
                }
            },
            Matcher::ErrorCode(c) => quote! {
                if crate::runtime::waiter::error_code(result) == ::std::option::Option::Some(#c) {
                    #decide
                }
            },
            Matcher::AnyError => quote! {
                if crate::runtime::waiter::is_service_error(result) {
                    #decide
                }
            },
            Matcher::NoError => quote! {
                if result.is_ok() {
                    #decide
                }
            },
        }
    });
    quote! {
        /// The acceptors in order; `None` when none matches.
        fn accept(
            result: &::std::result::Result<#output, crate::runtime::SdkError<crate::operation::#op_module::#error>>,
        ) -> ::std::option::Option<crate::runtime::waiter::AcceptorState> {
            #(#checks)*
            ::std::option::Option::None
        }
    }
}

/// A JSON literal as a `Value` (objects never reach here: `lower` refuses them).
fn literal(v: &serde_json::Value) -> TokenStream {
    let value = VALUE();
    match v {
        serde_json::Value::Null | serde_json::Value::Object(_) => quote!(#value::Null),
        serde_json::Value::Bool(b) => quote!(#value::Bool(#b)),
        serde_json::Value::Number(n) => {
            let f = n.as_f64().unwrap_or(f64::NAN);
            quote!(#value::Number(#f))
        }
        serde_json::Value::String(s) => quote!(#value::Str(#s)),
        serde_json::Value::Array(items) => {
            let items = items.iter().map(literal);
            quote!(#value::List(::std::vec![#(#items),*]))
        }
    }
}

/// `var` (a `&T` of `shape`) as a `Value`.
fn convert(svc: &Service, shape: &ShapeId, var: TokenStream, depth: usize) -> TokenStream {
    let value = VALUE();
    match &svc.shape(shape).kind {
        ShapeKind::String | ShapeKind::Enum(_) => quote!(#value::Str(#var.as_str())),
        ShapeKind::Integer => quote!(#value::Number(*#var as f64)),
        ShapeKind::Float { double: true } => quote!(#value::Number(*#var)),
        ShapeKind::Float { double: false } => quote!(#value::Number(f64::from(*#var))),
        ShapeKind::Boolean => quote!(#value::Bool(*#var)),
        ShapeKind::List { item } => {
            let x = format_ident!("x{depth}");
            let inner = convert(svc, item, quote!(#x), depth + 1);
            quote!(#value::List(#var.iter().map(|#x| #inner).collect()))
        }
        // `lower` only converts the kinds above.
        _ => quote!(#value::Null),
    }
}

fn member_facts(svc: &Service, structure: &ShapeId, field: &str) -> (bool, bool) {
    let Some(s) = svc.structure(structure) else {
        return (false, false);
    };
    match s.members.iter().find(|m| m.rust_name == field) {
        // Error structures keep every field optional (see `types::field`).
        Some(m) => (m.required && !s.is_error, m.boxed),
        None => (false, false),
    }
}

/// The Rust expression computing `e` (`Option<&T>`, `Option<Vec<&T>>` or a
/// `Value`, by its kind), with the current value bound to `cur`.
fn code(svc: &Service, e: &WaiterExpr) -> TokenStream {
    let value = VALUE();
    let vec = quote!(::std::vec::Vec<_>);
    let some = quote!(::std::option::Option::Some);
    match &e.node {
        WaiterNode::Current => quote!(cur),
        WaiterNode::Member {
            base,
            structure,
            member,
        } => {
            let b = code(svc, base);
            let f = ident(member);
            match member_facts(svc, structure, member) {
                (true, false) => quote!(#b.map(|v| &v.#f)),
                (true, true) => quote!(#b.map(|v| &*v.#f)),
                (false, false) => quote!(#b.and_then(|v| v.#f.as_ref())),
                (false, true) => quote!(#b.and_then(|v| v.#f.as_deref())),
            }
        }
        WaiterNode::Flatten { base, merge } => {
            let b = code(svc, base);
            match (&base.kind, merge) {
                (WaiterKind::One(_), false) => quote!(#b.map(|l| l.iter().collect::<#vec>())),
                (WaiterKind::One(_), true) => {
                    quote!(#b.map(|l| l.iter().flatten().collect::<#vec>()))
                }
                (_, true) => quote!(#b.map(|l| l.into_iter().flatten().collect::<#vec>())),
                (_, false) => b,
            }
        }
        WaiterNode::Project { base, each } => {
            let b = code(svc, base);
            let each_code = code(svc, each);
            match each.kind {
                WaiterKind::Value => quote! {
                    #value::projected(#b.map(|items| {
                        items.into_iter().map(|item| {
                            let cur = #some(item);
                            #each_code
                        }).collect()
                    }))
                },
                _ => quote! {
                    #b.map(|items| {
                        items.into_iter().filter_map(|item| {
                            let cur = #some(item);
                            #each_code
                        }).collect::<#vec>()
                    })
                },
            }
        }
        WaiterNode::Filter { base, cond } => {
            let b = code(svc, base);
            let c = code(svc, cond);
            let iter = match base.kind {
                WaiterKind::One(_) => quote!(l.iter()),
                _ => quote!(l.into_iter()),
            };
            quote! {
                #b.map(|l| {
                    #iter.filter(|item| {
                        let cur = #some(*item);
                        #c.truthy()
                    }).collect::<#vec>()
                })
            }
        }
        WaiterNode::ToValue(inner) => {
            let b = code(svc, inner);
            match &inner.kind {
                WaiterKind::One(s) => {
                    let conv = convert(svc, s, quote!(v), 0);
                    quote!(#b.map_or(#value::Null, |v| #conv))
                }
                WaiterKind::Many(s) => {
                    let conv = convert(svc, s, quote!(x), 0);
                    quote!(#b.map_or(#value::Null, |v| #value::List(v.into_iter().map(|x| #conv).collect())))
                }
                WaiterKind::Value => b,
            }
        }
        WaiterNode::Length(inner) => {
            let b = code(svc, inner);
            match &inner.kind {
                WaiterKind::One(s) if matches!(svc.shape(s).kind, ShapeKind::String) => {
                    quote!(#b.map_or(#value::Null, |s| #value::Number(s.chars().count() as f64)))
                }
                WaiterKind::One(_) | WaiterKind::Many(_) => {
                    quote!(#b.map_or(#value::Null, |l| #value::Number(l.len() as f64)))
                }
                WaiterKind::Value => quote!(#b.length()),
            }
        }
        WaiterNode::Compare { op, lhs, rhs } => {
            let (l, r) = (code(svc, lhs), code(svc, rhs));
            let op = match op {
                WaiterComparator::Eq => quote!(Eq),
                WaiterComparator::Ne => quote!(Ne),
                WaiterComparator::Lt => quote!(Lt),
                WaiterComparator::Le => quote!(Le),
                WaiterComparator::Gt => quote!(Gt),
                WaiterComparator::Ge => quote!(Ge),
            };
            quote!(crate::runtime::waiter::compare(crate::runtime::waiter::Comparator::#op, &#l, &#r))
        }
        WaiterNode::And(l, r) => {
            let (l, r) = (code(svc, l), code(svc, r));
            quote!(#l.and(#r))
        }
        WaiterNode::Or(l, r) => {
            let (l, r) = (code(svc, l), code(svc, r));
            quote!(#l.or(#r))
        }
        WaiterNode::Not(x) => {
            let x = code(svc, x);
            quote!(#x.not())
        }
        WaiterNode::Literal(v) => literal(v),
    }
}
