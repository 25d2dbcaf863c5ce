//! `lib.rs`, `client.rs` and `Cargo.toml`.

use proc_macro2::TokenStream;
use quote::quote;

use super::operations::{error_name, fluent_builder_name};
use super::{doc_lines, ident, PREAMBLE};
use crate::docs::{code_span, plain_line};
use crate::ir::{Operation, Service};
use crate::naming::bare;

/// The Rust library name of the crate (`states-client` → `states_client`).
pub(crate) fn lib_name(svc: &Service) -> String {
    svc.crate_name.replace('-', "_")
}

/// An operation whose input has no required member, for the usage example.
fn example_operation(svc: &Service) -> &Operation {
    // A read-only call that needs no input, so running the example is safe.
    // Required-ness is AWS's model's where there is one (see `lower::shapes`).
    let no_required_input = |op: &&Operation| {
        !op.deprecated
            && op
                .input
                .as_ref()
                .and_then(|i| svc.structure(i))
                .is_none_or(|s| s.members.iter().all(|m| !m.required))
    };
    // Of those, the one that selects the fewest things: a member that is not
    // a paging control usually names a resource the service then wants
    // (kinesis `ListShards` has no required member but fails without a
    // `StreamName`; `ListStreams` takes only paging controls).
    let selectors = |op: &Operation| {
        let members = op
            .input
            .as_ref()
            .and_then(|i| svc.structure(i))
            .map_or(&[][..], |s| &s.members[..]);
        let selecting = members
            .iter()
            .filter(|m| !is_paging_control(&m.wire_name))
            .count();
        (selecting, members.len())
    };
    let read_prefixes = ["List", "Describe", "Get"];
    read_prefixes
        .iter()
        .find_map(|p| {
            // `min_by_key` keeps the first of equals: operations are sorted by name.
            svc.operations
                .iter()
                .filter(no_required_input)
                .filter(|op| op.name.starts_with(p))
                .min_by_key(|op| selectors(op))
        })
        .or_else(|| {
            read_prefixes
                .iter()
                .find_map(|p| svc.operations.iter().find(|op| op.name.starts_with(p)))
        })
        .unwrap_or(&svc.operations[0])
}

/// A page token or page size member (`NextToken`, `Marker`,
/// `ExclusiveStartTableName`, `MaxResults`, `Limit`).
fn is_paging_control(wire: &str) -> bool {
    let l = wire.to_ascii_lowercase();
    l.contains("token")
        || l.contains("marker")
        || l.starts_with("exclusivestart")
        || l.starts_with("max")
        || l == "limit"
        || l.contains("pagesize")
}

/// `info.title` for a doc line (Markdown-escaped, one line), in bold.
fn title(svc: &Service, bold: bool) -> String {
    match plain_line(&svc.title) {
        t if t.is_empty() => "the service".to_string(),
        t if bold => format!("**{t}**"),
        t => t,
    }
}

pub(crate) fn lib_rs(svc: &Service) -> TokenStream {
    let lib = lib_name(svc);
    let example = example_operation(svc);
    let mut header = vec![
        PREAMBLE.to_string(),
        String::new(),
        format!(
            "A Rust client for {} (API version {}), for the {} protocol.",
            title(svc, true),
            plain_line(&svc.api_version),
            svc.protocol.describe()
        ),
        String::new(),
    ];
    header.extend(crate::docs::html_to_rustdoc(&svc.docs));
    header.extend([
        String::new(),
        "# Usage".to_string(),
        String::new(),
        "```no_run".to_string(),
        "# async fn example() -> Result<(), Box<dyn std::error::Error>> {".to_string(),
        "// Credentials, region and endpoint from the environment and ~/.aws, like the AWS SDKs."
            .to_string(),
        format!("let client = {lib}::Client::from_env();"),
        format!(
            "let output = client.{}().send().await?;",
            bare(&example.rust_name)
        ),
        "println!(\"{output:?}\");".to_string(),
        "# Ok(())".to_string(),
        "# }".to_string(),
        "```".to_string(),
    ]);
    let attrs = header.iter().map(|l| {
        let l = if l.is_empty() {
            String::new()
        } else {
            format!(" {l}")
        };
        quote!(#![doc = #l])
    });
    let waiters = (!svc.waiters.is_empty()).then(|| {
        quote! {
            #[rustfmt::skip]
            pub mod waiters;
        }
    });
    quote! {
        #(#attrs)*
        // The spec marks some shapes and members deprecated; that warns the
        // crate's users, not the crate's own builders and serializers.
        #![allow(deprecated)]

        // Formatted by the generator (prettyplease), not rustfmt.
        #[rustfmt::skip]
        pub mod client;
        #[rustfmt::skip]
        pub mod operation;
        #[rustfmt::skip]
        pub mod primitives;
        #[rustfmt::skip]
        pub mod runtime;
        #[rustfmt::skip]
        pub mod types;
        #waiters

        pub use client::Client;
        pub use runtime::config::Config;
        // Two short `use`s in rustfmt's order: one long one is wrapped
        // differently by rustfmt and prettyplease.
        pub use runtime::StalledStreamProtectionConfig;
        pub use runtime::{RetryConfig, SdkError, TimeoutConfig, Timestamp};
    }
}

pub(crate) fn client_rs(svc: &Service) -> TokenStream {
    let service_id = &svc.service_id;
    let signing = &svc.signing_name;
    let read_error = match &svc.protocol {
        crate::ir::WireProtocol::AwsJson { .. } => {
            quote!(crate::runtime::ErrorMetadata::from_response)
        }
        crate::ir::WireProtocol::RestJson1 => quote!(crate::runtime::rest::error_metadata),
    };
    let protocol = match &svc.protocol {
        crate::ir::WireProtocol::AwsJson {
            version,
            target_prefix,
        } => {
            let version = version.as_str();
            quote!(crate::runtime::operation::Protocol::AwsJson {
                target_prefix: #target_prefix,
                version: #version,
            })
        }
        crate::ir::WireProtocol::RestJson1 => {
            quote!(crate::runtime::operation::Protocol::RestJson1)
        }
    };
    let (endpoint_prefix, dns_suffix) = (&svc.endpoint.prefix, &svc.endpoint.dns_suffix);
    let global_host = match &svc.endpoint.global_host {
        Some(h) => quote!(::std::option::Option::Some(#h)),
        None => quote!(::std::option::Option::None),
    };
    let partitions = super::endpoints::partitions(svc);
    // The discovery operation's own facts (it is sent plainly: no prefix,
    // signed, no discovery of its own).
    let discovery_operation = match svc
        .discovery_operation
        .as_ref()
        .and_then(|name| svc.operations.iter().find(|o| &o.name == name))
    {
        Some(op) => {
            let (name, target) = (&op.name, &op.target);
            let api_version = &svc.api_version;
            quote!(::std::option::Option::Some(&crate::runtime::operation::OperationSpec {
                name: #name,
                target: #target,
                host_prefix: ::std::option::Option::None,
                unsigned: false,
                endpoint_discovery: false,
                api_version_header: ::std::option::Option::Some(#api_version),
                min_attempt_timeout_secs: ::std::option::Option::None,
                partitions: &[],
            }))
        }
        None => quote!(::std::option::Option::None),
    };
    let methods = svc.operations.iter().map(|op| {
        let method = ident(&op.rust_name);
        let module = ident(&op.rust_name);
        let builder = fluent_builder_name(op);
        let error = error_name(op);
        let mut docs = op
            .docs
            .as_deref()
            .map(crate::docs::html_to_rustdoc)
            .unwrap_or_default();
        if !docs.is_empty() {
            docs.push(String::new());
        }
        docs.push(format!(
            "Errors: [`{error}`](crate::operation::{}::{error}).",
            bare(&op.rust_name)
        ));
        let docs = doc_lines(&docs);
        let deprecated = op.deprecated.then(|| quote!(#[deprecated]));
        quote! {
            #docs
            #deprecated
            pub fn #method(&self) -> crate::operation::#module::#builder {
                crate::operation::#module::#builder::new(::std::sync::Arc::clone(&self.handle))
            }
        }
    });
    let title_doc = doc_lines(&[format!("Client for {}.", title(svc, false))]);
    quote! {
        //! The service client.

        static SERVICE: crate::runtime::operation::ServiceSpec = crate::runtime::operation::ServiceSpec {
            protocol: #protocol,
            service_id: #service_id,
            read_error: #read_error,
            signing_name: #signing,
            endpoint_prefix: #endpoint_prefix,
            dns_suffix: #dns_suffix,
            global_host: #global_host,
            partitions: #partitions,
            discovery_operation: #discovery_operation,
        };

        #title_doc
        ///
        /// Cheap to clone: clones share configuration and connections.
        #[derive(::std::clone::Clone, ::std::fmt::Debug)]
        pub struct Client {
            handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
        }

        impl Client {
            /// A client configured from the standard AWS sources (environment
            /// variables, shared config and credentials files); see
            /// [`Config::from_env`](crate::Config::from_env).
            pub fn from_env() -> Self {
                Self::from_conf(crate::Config::from_env().build())
            }

            /// A client with the given configuration. Region, endpoint and
            /// credentials source are resolved now; a configuration problem is
            /// reported by every call.
            pub fn from_conf(config: crate::Config) -> Self {
                Client { handle: crate::runtime::operation::Handle::new(&SERVICE, config) }
            }

            /// This client's configuration.
            pub fn config(&self) -> &crate::Config {
                self.handle.config()
            }

            #(#methods)*
        }
    }
}

/// The quickstart example's target name: `<crate>-quickstart`, since cargo
/// wants example names unique across a workspace (`generated/*` shares one).
fn example_name(svc: &Service) -> String {
    format!("{}-quickstart", svc.crate_name)
}

/// `examples/quickstart.rs`: one read-only call, configured from the environment.
pub(crate) fn example_rs(svc: &Service) -> TokenStream {
    let lib = ident(&lib_name(svc));
    let op = example_operation(svc);
    let method = ident(&op.rust_name);
    let call = if op.output.is_some() {
        quote! {
            let output = client.#method().send().await?;
            println!("{output:#?}");
        }
    } else {
        quote! {
            client.#method().send().await?;
            println!("ok");
        }
    };
    let lines = [
        PREAMBLE.to_string(),
        String::new(),
        format!("Calls {} once and prints the result.", code_span(&op.name)),
        String::new(),
        "Against AWS (credentials and region from the environment or `~/.aws`):".to_string(),
        String::new(),
        "```sh".to_string(),
        format!(
            "AWS_PROFILE=my-profile AWS_REGION=us-east-1 cargo run -p {} --example {}",
            svc.crate_name,
            example_name(svc)
        ),
        "```".to_string(),
        String::new(),
        "Against a local emulator such as moto (`moto_server -p 5000`):".to_string(),
        String::new(),
        "```sh".to_string(),
        format!(
            "AWS_ENDPOINT_URL=http://127.0.0.1:5000 AWS_REGION=us-east-1 AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test cargo run -p {} --example {}",
            svc.crate_name,
            example_name(svc)
        ),
        "```".to_string(),
    ];
    let attrs = lines.iter().map(|l| {
        let l = if l.is_empty() {
            String::new()
        } else {
            format!(" {l}")
        };
        quote!(#![doc = #l])
    });
    let allow = op.deprecated.then(|| quote!(#![allow(deprecated)]));
    quote! {
        #(#attrs)*
        #allow

        #[tokio::main(flavor = "current_thread")]
        async fn main() -> Result<(), Box<dyn std::error::Error>> {
            let client = #lib::Client::from_env();
            #call
            Ok(())
        }
    }
}

/// The crate manifest: package metadata plus the runtime template's
/// `[dependencies]` section, copied verbatim (comments included).
pub(crate) fn cargo_toml(svc: &Service, runtime_manifest: &str) -> String {
    let section = |name: &str| {
        runtime_manifest
            .split_once(&format!("\n[{name}]\n"))
            .map(|(_, rest)| rest.split("\n[").next().unwrap_or(rest).trim().to_string())
            .unwrap_or_default()
    };
    let (deps, dev_deps) = (section("dependencies"), section("dev-dependencies"));
    // Spec text: one line, then quoted by the TOML serializer (which escapes
    // quotes, backslashes and control characters).
    let description = toml::Value::String(format!(
        "Client for {} (API {}), generated from its apis.guru OpenAPI spec",
        crate::docs::one_line(&svc.title),
        crate::docs::one_line(&svc.api_version)
    ));
    let name = toml::Value::String(svc.crate_name.clone());
    let example = toml::Value::String(example_name(svc));
    format!(
        "# {PREAMBLE}\n[package]\nname = {name}\nversion = \"0.1.0\"\nedition = \"2021\"\ndescription = {description}\nlicense = \"MIT OR Apache-2.0\"\npublish = false\n\n[dependencies]\n{deps}\n\n[dev-dependencies]\n{dev_deps}\n\n# Named after the crate: example names must be unique across a workspace.\n[[example]]\nname = {example}\npath = \"examples/quickstart.rs\"\n",
    )
}
