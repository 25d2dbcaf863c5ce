//! restJson1 plumbing of one operation (private to its module): `request`
//! puts the input's members where their locations say (labels, query,
//! headers, payload or JSON body) and `parse` reads a success response's
//! headers, status and body back into the output. The runtime's
//! `runtime::rest` functions do the encoding; this file only decides which
//! one each member needs.

use proc_macro2::TokenStream;
use quote::quote;

use super::ident;
use super::rust_type::rust_type;
use crate::ir::{
    BodyDigest, HttpBinding, Location, Member, Operation, Service, ShapeId, ShapeKind,
    TimestampFormat,
};

/// `fn request(input) -> RequestParts` and `fn parse(response) -> Output`.
pub(crate) fn plumbing(svc: &Service, op: &Operation, http: &HttpBinding) -> TokenStream {
    let request = request_fn(svc, op, http);
    let parse = parse_fn(svc, op);
    quote!(#request #parse)
}

fn members<'a>(svc: &'a Service, shape: Option<&ShapeId>) -> &'a [Member] {
    shape
        .and_then(|s| svc.structure(s))
        .map_or(&[], |s| &s.members)
}

fn request_fn(svc: &Service, op: &Operation, http: &HttpBinding) -> TokenStream {
    let members = members(svc, op.input.as_ref());
    let input_ty = match &op.input {
        Some(i) if svc.structure(i).is_some() => rust_type(svc, i),
        _ => quote!(crate::runtime::operation::EmptyInput),
    };
    let (method, uri) = (http.method, &http.request_uri);
    let mut labels = Vec::new();
    let mut query = Vec::new();
    let mut headers = Vec::new();
    for m in members {
        let f = ident(&m.rust_name);
        let wire = &m.wire_name;
        let kind = &svc.shape(&m.target).kind;
        match m.location {
            // A string label is borrowed; other scalars are written out.
            Location::Label if matches!(kind, ShapeKind::String) => {
                labels.push(if m.required {
                    quote!(let #f: &str = &input.#f;)
                } else {
                    quote!(let #f: &str = input.#f.as_deref().unwrap_or_default();)
                });
            }
            Location::Label => {
                let value = scalar_string(svc, m, quote!(v), TimestampFormat::DateTime);
                labels.push(if m.required {
                    quote!(let #f = { let v = &input.#f; #value };)
                } else {
                    quote!(let #f = match &input.#f {
                        ::std::option::Option::Some(v) => #value,
                        ::std::option::Option::None => ::std::string::String::new(),
                    };)
                });
            }
            Location::Query => {
                let push = match kind {
                    ShapeKind::List { item } => {
                        let each = items(svc, item, m, quote!(v.iter()));
                        quote!(query.push_list(#wire, #each);)
                    }
                    ShapeKind::Map { value } => match &svc.shape(value).kind {
                        ShapeKind::List { item } => {
                            let each = items(svc, item, m, quote!(l.iter()));
                            quote!(query.push_map_of_lists(v.iter().map(|(k, l)| (k, #each)));)
                        }
                        ShapeKind::String => quote!(query.push_map(v.iter());),
                        _ => {
                            let each = item_string(svc, value, m, TimestampFormat::DateTime);
                            quote!(query.push_map(v.iter().map(|(k, x)| (k, #each)));)
                        }
                    },
                    _ => {
                        let value = scalar_string(svc, m, quote!(v), TimestampFormat::DateTime);
                        quote!(query.push(#wire, #value);)
                    }
                };
                query.push(present(m, push));
            }
            Location::Header => {
                let push = match kind {
                    ShapeKind::List { item } => {
                        let joined = match &svc.shape(item).kind {
                            ShapeKind::String | ShapeKind::Enum(_) => {
                                quote!(crate::runtime::rest::header_string_list(
                                    v.iter().map(|x| x.as_str())
                                ))
                            }
                            ShapeKind::Timestamp => {
                                let format = timestamp_format(m, TimestampFormat::HttpDate);
                                quote!(crate::runtime::rest::header_timestamp_list(v.iter(), #format))
                            }
                            _ => {
                                let each = item_string(svc, item, m, TimestampFormat::HttpDate);
                                quote!(crate::runtime::rest::header_list(v.iter().map(|x| #each)))
                            }
                        };
                        quote! {
                            if let ::std::option::Option::Some(joined) = #joined {
                                headers.push((#wire.to_owned(), joined));
                            }
                        }
                    }
                    _ if m.json_value => quote! {
                        let json: ::serde_json::Value = ::serde_json::from_str(v).map_err(|e| {
                            crate::runtime::DispatchError::with_source(
                                concat!("`", #wire, "` must hold JSON text"),
                                e,
                            )
                            .permanent()
                        })?;
                        headers.push((#wire.to_owned(), crate::runtime::rest::header_json_value(&json)));
                    },
                    _ => {
                        let value = scalar_string(svc, m, quote!(v), TimestampFormat::HttpDate);
                        quote!(headers.push((#wire.to_owned(), #value));)
                    }
                };
                headers.push(present(m, push));
            }
            Location::PrefixHeaders => {
                let push =
                    quote!(headers.extend(crate::runtime::rest::prefix_headers(#wire, v.iter())););
                headers.push(present(m, push));
            }
            Location::Body | Location::Payload | Location::StatusCode => {}
        }
    }
    let label_pairs = members
        .iter()
        .filter(|m| m.location == Location::Label)
        .map(|m| {
            let (wire, f) = (&m.wire_name, ident(&m.rust_name));
            match svc.shape(&m.target).kind {
                ShapeKind::String => quote!((#wire, #f)),
                _ => quote!((#wire, #f.as_str())),
            }
        });
    let payload = members.iter().find(|m| m.location == Location::Payload);
    let has_body = members.iter().any(|m| m.location == Location::Body);
    let json = quote!(headers.push(("content-type".to_owned(), "application/json".to_owned())););
    let raw_payload = payload.is_some_and(|m| {
        matches!(
            svc.shape(&m.target).kind,
            ShapeKind::Blob | ShapeKind::String
        )
    });
    let body = match payload {
        Some(m) => {
            let f = ident(&m.rust_name);
            let to_json = quote!(::serde_json::to_vec(v).map_err(|e| {
                crate::runtime::DispatchError::with_source("cannot serialize input", e)
            })?);
            match (&svc.shape(&m.target).kind, m.required) {
                // Raw bytes, no content type (botocore: a streaming payload).
                (ShapeKind::Blob | ShapeKind::String, true) => {
                    quote!(let body = input.#f.as_bytes().to_vec();)
                }
                (ShapeKind::Blob | ShapeKind::String, false) => {
                    quote!(let body = input.#f.as_ref().map(|b| b.as_bytes().to_vec()).unwrap_or_default();)
                }
                // The structure (or document) is the JSON body; `{}` when unset.
                (_, true) => quote! {
                    let v = &input.#f;
                    let body = #to_json;
                    #json
                },
                (_, false) => quote! {
                    let body = match &input.#f {
                        ::std::option::Option::Some(v) => #to_json,
                        ::std::option::Option::None => b"{}".to_vec(),
                    };
                    #json
                },
            }
        }
        // The body members as a JSON object (`{}` when none is set).
        None if has_body => quote! {
            let body = ::serde_json::to_vec(input).map_err(|e| {
                crate::runtime::DispatchError::with_source("cannot serialize input", e)
            })?;
            #json
        },
        None => quote!(let body = ::std::vec::Vec::new();),
    };
    let uses_query = !query.is_empty();
    let query_decl = if uses_query {
        quote!(let mut query = crate::runtime::rest::QueryParams::new();)
    } else {
        quote!(let query = crate::runtime::rest::QueryParams::new();)
    };
    let json_body = (payload.is_some() && !raw_payload) || (payload.is_none() && has_body);
    let customize = customizations(op);
    let headers_decl = if headers.is_empty() && !json_body && customize.is_none() {
        quote!(let headers = ::std::vec::Vec::new();)
    } else {
        quote!(let mut headers: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();)
    };
    let parts = quote!(crate::runtime::operation::RequestParts {
        method: #method,
        path_and_query,
        headers,
        body,
    });
    let finish = if op.customizations.query_to_form_body {
        quote! {
            let mut parts = #parts;
            crate::runtime::rest::query_to_form_body(&mut parts);
            ::std::result::Result::Ok(parts)
        }
    } else {
        quote!(::std::result::Result::Ok(#parts))
    };
    let input_param = if members.is_empty() {
        quote!(_input: &#input_ty)
    } else {
        quote!(input: &#input_ty)
    };
    quote! {
        /// The request: labels, query, headers and body as AWS's model binds them.
        fn request(#input_param) -> ::std::result::Result<crate::runtime::operation::RequestParts, crate::runtime::DispatchError> {
            #(#labels)*
            #query_decl
            #(#query)*
            let path_and_query = crate::runtime::rest::build_uri(#uri, &[#(#label_pairs),*], &query)
                .map_err(|e| crate::runtime::DispatchError::with_source("cannot build the request URI", e).permanent())?;
            #headers_decl
            #(#headers)*
            #body
            #customize
            #finish
        }
    }
}

/// botocore's handler customizations (AWS's model): default headers and
/// body digests once the body is final; `None` when the operation has none.
fn customizations(op: &Operation) -> Option<TokenStream> {
    let c = &op.customizations;
    if c.default_headers.is_empty() && c.body_digests.is_empty() {
        return None;
    }
    let digests = c.body_digests.iter().map(|(name, digest)| {
        let digest = match digest {
            BodyDigest::Sha256 => quote!(Sha256),
            BodyDigest::Sha256TreeHash => quote!(Sha256TreeHash),
        };
        quote!(crate::runtime::rest::body_digest_header(&mut headers, #name, crate::runtime::rest::BodyDigest::#digest, &body);)
    });
    let defaults = c.default_headers.iter().map(
        |(name, value)| quote!(crate::runtime::rest::default_header(&mut headers, #name, #value);),
    );
    Some(quote!(#(#digests)* #(#defaults)*))
}

/// `push` run with `v` bound to the member's value when it is set.
fn present(m: &Member, push: TokenStream) -> TokenStream {
    let f = ident(&m.rust_name);
    if m.required {
        quote!({ let v = &input.#f; #push })
    } else {
        quote!(if let ::std::option::Option::Some(v) = &input.#f { #push })
    }
}

fn timestamp_format(m: &Member, default: TimestampFormat) -> TokenStream {
    let variant = match m.timestamp_format.unwrap_or(default) {
        TimestampFormat::EpochSeconds => quote!(EpochSeconds),
        TimestampFormat::DateTime => quote!(DateTime),
        TimestampFormat::HttpDate => quote!(HttpDate),
    };
    quote!(::std::option::Option::Some(crate::runtime::rest::TimestampFormat::#variant))
}

/// The member's scalar value `v` (a reference) as wire text.
fn scalar_string(
    svc: &Service,
    m: &Member,
    v: TokenStream,
    default: TimestampFormat,
) -> TokenStream {
    value_string(svc, &m.target, m, v, default)
}

/// The query values of list `iter`'s items (strings as they are).
fn items(svc: &Service, item: &ShapeId, m: &Member, iter: TokenStream) -> TokenStream {
    if matches!(svc.shape(item).kind, ShapeKind::String) {
        return iter;
    }
    let each = item_string(svc, item, m, TimestampFormat::DateTime);
    quote!(#iter.map(|x| #each))
}

/// A list item or map value `x` as wire text.
fn item_string(
    svc: &Service,
    target: &ShapeId,
    m: &Member,
    default: TimestampFormat,
) -> TokenStream {
    value_string(svc, target, m, quote!(x), default)
}

fn value_string(
    svc: &Service,
    target: &ShapeId,
    m: &Member,
    v: TokenStream,
    default: TimestampFormat,
) -> TokenStream {
    match &svc.shape(target).kind {
        ShapeKind::String => quote!(#v.clone()),
        ShapeKind::Enum(_) => quote!(#v.as_str().to_owned()),
        ShapeKind::Timestamp => {
            let format = timestamp_format(m, default);
            if default == TimestampFormat::HttpDate {
                quote!(crate::runtime::rest::header_timestamp(#v, #format))
            } else {
                quote!(crate::runtime::rest::timestamp_to_wire(#v, #format))
            }
        }
        // Integers, floats, booleans (checked by `lower::rest`).
        _ => quote!(crate::runtime::rest::ToWire::to_wire(#v)),
    }
}

/// The operation's output payload streams (see [`Member::streaming`]).
pub(super) fn streams(svc: &Service, op: &Operation) -> bool {
    op.output
        .as_ref()
        .and_then(|o| svc.structure(o))
        .is_some_and(|s| s.streams())
}

fn parse_fn(svc: &Service, op: &Operation) -> TokenStream {
    let Some(output) = op.output.as_ref().filter(|o| svc.structure(*o).is_some()) else {
        return quote! {
            /// The output: none (the body is not read).
            fn parse(_response: &crate::runtime::http::HttpResponse) -> ::std::result::Result<(), ::std::string::String> {
                ::std::result::Result::Ok(())
            }
        };
    };
    let output_ty = rust_type(svc, output);
    let members = members(svc, Some(output));
    let has_body = members.iter().any(|m| m.location == Location::Body);
    let from_body = if has_body {
        quote! {
            // An empty body is an empty object.
            let body: &[u8] = if response.body.iter().all(u8::is_ascii_whitespace) {
                b"{}"
            } else {
                &response.body
            };
        }
    } else {
        quote!(let body: &[u8] = b"{}";)
    };
    let reads = members.iter().filter_map(|m| {
        let f = ident(&m.rust_name);
        let wire = &m.wire_name;
        let kind = &svc.shape(&m.target).kind;
        let header_err = quote!(.map_err(|e| e.to_string())?);
        Some(match m.location {
            Location::Header => match kind {
                ShapeKind::List { item } => {
                    let (read_ty, convert) = header_type(svc, item, m);
                    let convert = convert.map(|c| quote!(.map(|l| l.into_iter().map(|x| #c).collect())));
                    quote!(out.#f = crate::runtime::rest::read_header_list::<#read_ty>(&response.headers, #wire)#header_err #convert;)
                }
                _ => {
                    let (read_ty, convert) = header_type(svc, &m.target, m);
                    let convert = convert.map(|c| quote!(.map(|x| #c)));
                    quote!(out.#f = crate::runtime::rest::read_header::<#read_ty>(&response.headers, #wire)#header_err #convert;)
                }
            },
            Location::PrefixHeaders => {
                quote!(out.#f = ::std::option::Option::Some(
                    crate::runtime::rest::read_prefix_headers(&response.headers, #wire).into_iter().collect()
                );)
            }
            Location::StatusCode => {
                quote!(out.#f = ::std::option::Option::Some(::std::convert::From::from(response.status));)
            }
            Location::Payload if m.streaming => quote!(out.#f = stream;),
            Location::Payload => match kind {
                ShapeKind::Blob => quote!(out.#f = ::std::option::Option::Some(crate::runtime::Blob::new(response.body.clone()));),
                ShapeKind::String => quote!(out.#f = ::std::option::Option::Some(::std::string::String::from_utf8_lossy(&response.body).into_owned());),
                _ => quote! {
                    out.#f = if response.body.iter().all(u8::is_ascii_whitespace) {
                        ::std::option::Option::None
                    } else {
                        ::std::option::Option::Some(crate::runtime::json::from_slice(&response.body)?)
                    };
                },
            },
            Location::Body | Location::Label | Location::Query => return None,
        })
    });
    let reads: Vec<TokenStream> = reads.collect();
    let binding = if reads.is_empty() {
        quote!(let out)
    } else {
        quote!(let mut out)
    };
    // A streamed payload alone reads nothing from the buffered response
    // (omics `GetReadSet`): the parameter is then unused.
    let reads_response = has_body
        || members.iter().any(|m| match m.location {
            Location::Header | Location::PrefixHeaders | Location::StatusCode => true,
            Location::Payload => !m.streaming,
            Location::Body | Location::Label | Location::Query => false,
        });
    let response_param = if reads_response {
        quote!(response)
    } else {
        quote!(_response)
    };
    let stream_param = streams(svc, op).then(|| quote!(, stream: crate::runtime::ByteStream));
    quote! {
        /// The output: body members from the JSON body, the others from
        /// the headers, the status or the raw body as AWS's model binds them.
        fn parse(#response_param: &crate::runtime::http::HttpResponse #stream_param) -> ::std::result::Result<#output_ty, ::std::string::String> {
            #from_body
            #binding: #output_ty = crate::runtime::json::from_slice(body)?;
            #(#reads)*
            ::std::result::Result::Ok(out)
        }
    }
}

/// The type a header is read as, and how `x` of it becomes the member's
/// (`None`: it already is).
fn header_type(svc: &Service, target: &ShapeId, m: &Member) -> (TokenStream, Option<TokenStream>) {
    match &svc.shape(target).kind {
        ShapeKind::Enum(_) => {
            let ty = rust_type(svc, target);
            (
                quote!(::std::string::String),
                Some(quote!(<#ty>::from(x.as_str()))),
            )
        }
        ShapeKind::String if m.json_value => {
            (quote!(::serde_json::Value), Some(quote!(x.to_string())))
        }
        _ => (rust_type(svc, target), None),
    }
}
