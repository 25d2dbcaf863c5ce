//! `tests/parsers.rs`: every operation's response parser fed random and
//! mutated bodies (the harness is `templates/tests/fuzz.rs`).

use std::collections::BTreeSet;

use proc_macro2::TokenStream;
use quote::quote;

use super::client::lib_name;
use super::operations::error_name;
use super::rust_type::reachable;
use super::{ident, PREAMBLE};
use crate::ir::{Service, ShapeKind};

pub(crate) fn parsers_rs(svc: &Service) -> TokenStream {
    let lib = ident(&lib_name(svc));
    let calls = svc.operations.iter().map(|op| {
        let output = match &op.output {
            Some(o) => super::rust_type::rust_type(svc, o).to_string().replace("crate ::", "client ::"),
            None => "::serde::de::IgnoredAny".to_string(),
        };
        let output: TokenStream = output.parse().expect("a type path re-parses");
        let module = ident(&op.rust_name);
        let error = error_name(op);
        // Member names anywhere in the output, so random objects hit typed fields.
        let keys: BTreeSet<&str> = reachable(svc, op.output.iter())
            .iter()
            .filter_map(|s| match &svc.shape(s).kind {
                ShapeKind::Structure(st) => Some(st.members.iter().map(|m| m.wire_name.as_str()).collect::<Vec<_>>()),
                _ => None,
            })
            .flatten()
            .collect();
        let keys = keys.into_iter().take(64);
        let codes = op.errors.iter().map(|e| e.as_str());
        let name = &op.name;
        quote! {
            fuzz::run::<#output, client::operation::#module::#error>(#name, &[#(#keys),*], &[#(#codes),*]);
        }
    });
    let doc = [
        format!(" {PREAMBLE}"),
        String::new(),
        " Every operation's response parser against random and mutated bodies".to_string(),
        " (truncated or corrupted JSON, wrong types, HTML and XML pages, empty and".to_string(),
        " binary bodies, error statuses): each must become the right kind of".to_string(),
        " result, never a panic.".to_string(),
    ];
    let doc = doc.iter().map(|l| {
        if l.is_empty() {
            String::new()
        } else {
            l.clone()
        }
    });
    quote! {
        #(#![doc = #doc])*
        // Deprecated operations are tested too.
        #![allow(deprecated)]

        use #lib as client;

        // Formatted by the generator (prettyplease), not rustfmt.
        #[rustfmt::skip]
        #[path = "support/fuzz.rs"]
        mod fuzz;

        #[rustfmt::skip]
        mod cases {
            use super::{client, fuzz};

            #[test]
            fn response_parsers_never_panic() {
                #(#calls)*
            }
        }
    }
}
