//! The service's partition table (AWS's model's endpoints per partition and
//! variant), emitted as a static in `client.rs` for
//! `runtime::partition`. Strings are emitted as literals only.

use proc_macro2::TokenStream;
use quote::quote;

use crate::ir::{EndpointRule, PartitionEndpoints, RegionSegment, Service};

const P: &str = "crate::runtime::partition";

fn path(name: &str) -> TokenStream {
    format!("{P}::{name}").parse().expect("a path")
}

fn option(value: Option<&str>) -> TokenStream {
    match value {
        Some(v) => quote!(::std::option::Option::Some(#v)),
        None => quote!(::std::option::Option::None),
    }
}

fn rule(rule: &EndpointRule) -> TokenStream {
    let r = path("Rule");
    match rule {
        EndpointRule::Endpoint {
            url,
            signing_region,
            signing_name,
        } => {
            let (region, name) = (
                option(signing_region.as_deref()),
                option(signing_name.as_deref()),
            );
            quote!(#r::Endpoint { url: #url, signing_region: #region, signing_name: #name })
        }
        EndpointRule::Error(message) => quote!(#r::Error(#message)),
    }
}

fn segment(segment: &RegionSegment) -> TokenStream {
    let s = path("Segment");
    match segment {
        RegionSegment::Literal(l) => quote!(#s::Literal(#l)),
        RegionSegment::OneOf(options) => quote!(#s::OneOf(&[#(#options),*])),
        RegionSegment::Word => quote!(#s::Word),
        RegionSegment::Digits => quote!(#s::Digits),
    }
}

fn partition(p: &PartitionEndpoints) -> TokenStream {
    let (ty, pattern) = (path("Partition"), path("RegionPattern"));
    let id = &p.id;
    let regions = &p.regions;
    let segments = p.pattern.iter().map(segment);
    let default = p.default.iter().map(rule);
    let overrides = p.overrides.iter().map(|(region, rules)| {
        let rules = rules.iter().map(|r| match r {
            Some(r) => {
                let r = rule(r);
                quote!(::std::option::Option::Some(#r))
            }
            None => quote!(::std::option::Option::None),
        });
        quote!((#region, [#(#rules),*]))
    });
    quote! {
        #ty {
            id: #id,
            regions: &[#(#regions),*],
            pattern: #pattern(&[#(#segments),*]),
            default: [#(#default),*],
            overrides: &[#(#overrides),*],
        }
    }
}

/// The `partitions` field of the `ServiceSpec` literal (`&[]` without a model).
pub(crate) fn partitions(svc: &Service) -> TokenStream {
    table(&svc.partitions)
}

/// A partition table literal (`&[]` when empty).
pub(crate) fn table(partitions: &[PartitionEndpoints]) -> TokenStream {
    let partitions = partitions.iter().map(partition);
    quote!(&[#(#partitions),*])
}
