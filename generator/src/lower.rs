//! Stage 2: `openapiv3::OpenAPI` (+ per-spec config) → [`ir::Service`].
//!
//! Encodes how apis.guru writes AWS models (see the README's "Spec family
//! facts"): `allOf: [$ref, {description}]` is a member doc, not an
//! intersection; integers are `i64`; empty objects are documents; errors are
//! fake 48x responses matched by name; `maxResults`/`nextToken` query
//! parameters only hint at pagination.
//!
//! Fatal problems (a dangling `$ref`, no X-Amz-Target operation) are
//! [`LowerError`]s; a spec of a protocol not supported yet (see
//! [`protocol`]) is refused first, with [`LowerError::unsupported`] set;
//! anything merely unrepresentable is a [`Diagnostic`] and lowered to the
//! closest safe form (usually a free-form document).
//!
//! This file holds the entry points and the pass order; each pass lives in
//! a submodule: spec shapes (`schemas`), operations (`operations` for AWS
//! JSON, `rest` for restJson1 bindings), what AWS's model adds
//! (`model_synth`, `shapes`, `operations_model` with pagination,
//! `customizations`, `endpoints`, `waiters`), body and error shapes
//! (`error_shapes`), the shape-graph passes (`graph`) and Rust names
//! (`names`).

use std::collections::BTreeMap;
use std::fmt;

use openapiv3::OpenAPI;

use crate::config::{default_json_version, SpecConfig};
use crate::ir::*;
use crate::load::escape_pointer;
use crate::model::AwsModel;

mod customizations;
mod endpoints;
mod error_shapes;
mod graph;
mod model_synth;
mod names;
mod operations;
mod operations_model;
mod protocol;
mod rest;
mod schemas;
mod shapes;
mod waiters;
pub(crate) mod wire;
pub use graph::MAX_NESTING;
use operations::is_identifier_like;
pub use protocol::{classify, Protocol};
use schemas::builtin;

/// Something in the spec that could not be represented exactly.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
pub struct Diagnostic {
    /// JSON pointer into the spec.
    pub pointer: String,
    pub message: String,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "at {}: {}", self.pointer, self.message)
    }
}

/// A spec that cannot be lowered at all.
#[derive(Debug, Clone)]
pub struct LowerError {
    pub pointer: String,
    pub message: String,
    /// Set when the spec is refused because its protocol is not supported
    /// yet (not a defect of the spec).
    pub unsupported: Option<Protocol>,
}

impl fmt::Display for LowerError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let p = if self.pointer.is_empty() {
            "/"
        } else {
            &self.pointer
        };
        write!(f, "at {p}: {}", self.message)
    }
}

impl std::error::Error for LowerError {}

/// Docs of an error's message member.
const ERROR_MESSAGE_DOC: &str = "The error message from the service.";
const TARGET_PATH: &str = "/#X-Amz-Target=";
const SCHEMAS: &str = "#/components/schemas/";
/// Built-in shapes for members the generator synthesizes. `#` cannot start a
/// schema name that a `$ref` can reach, so these never collide.
pub const BUILTIN_STRING: &str = "#String";
pub const BUILTIN_DOCUMENT: &str = "#Document";

pub fn lower(api: &OpenAPI, config: &SpecConfig) -> Result<(Service, Vec<Diagnostic>), LowerError> {
    lower_with_model(api, config, None)
}

/// Lowers `api`, taking the facts the spec lacks from AWS's model when given.
/// Precedence: `config` > `model` > the spec > defaults.
pub fn lower_with_model(
    api: &OpenAPI,
    config: &SpecConfig,
    model: Option<&AwsModel>,
) -> Result<(Service, Vec<Diagnostic>), LowerError> {
    // A retired service's model carries no facts: as if there were none.
    let model = model.filter(|m| !m.retired);
    let protocol = protocol::require_supported(api, model)?;
    // Only SigV4 is implemented: a bearer-token service (codecatalyst) is
    // refused rather than sent requests AWS would reject.
    if let Some(version) = model
        .and_then(|m| m.service.as_ref())
        .and_then(|s| s.signature_version.as_deref())
    {
        return Err(LowerError {
            pointer: "aws-model.json#/service/signature_version".into(),
            message: format!(
                "the service authenticates with {version:?} (botocore's signatureVersion), \
                 not SigV4, which is not supported yet"
            ),
            unsupported: Some(protocol),
        });
    }
    let mut cx = Lowering {
        api,
        model,
        shapes: BTreeMap::new(),
        diags: Vec::new(),
        synthesized: BTreeMap::new(),
    };
    cx.shapes.insert(
        BUILTIN_STRING.into(),
        builtin(BUILTIN_STRING, ShapeKind::String),
    );
    cx.shapes.insert(
        BUILTIN_DOCUMENT.into(),
        builtin(BUILTIN_DOCUMENT, ShapeKind::Document),
    );

    let schemas = api.components.as_ref().map(|c| &c.schemas);
    for (name, schema) in schemas.into_iter().flatten() {
        cx.lower_named(
            name,
            schema,
            &format!("/components/schemas/{}", escape_pointer(name)),
        )?;
    }
    let mut operations = match protocol {
        Protocol::RestJson1 => cx.lower_rest_operations(config)?,
        _ => cx.lower_operations(config)?,
    };
    // Completed before the operation facts (idempotency tokens, paginators
    // read the members) and again after (error shapes built from the model).
    cx.complete_from_model();
    cx.apply_operation_facts(&mut operations);
    cx.complete_from_model();
    cx.mark_errors_and_bodies(&operations);
    let renames = cx.apply_shape_facts();
    cx.rename_paths(&mut operations, &renames);
    cx.finish_rest_shapes(&operations);
    for name in &config.blob_shapes {
        match cx.shapes.get_mut(&ShapeId::new(name)) {
            Some(shape) if matches!(shape.kind, ShapeKind::String) => shape.kind = ShapeKind::Blob,
            _ => cx.diag(
                "/components/schemas",
                format!("config blob_shapes names {name:?}, which is not a string schema"),
            ),
        }
    }
    cx.break_container_cycles();
    cx.check_nesting()?;
    cx.box_cycles();
    cx.name_types();
    cx.name_operations(&mut operations);

    let service_name =
        ext_str(&api.info.extensions, "x-serviceName").unwrap_or_else(|| slug(&api.info.title));
    let endpoint = wire::endpoint_pattern(api, config, &mut cx.diags)?;
    let signing_name = config
        .signing_name
        .clone()
        .or_else(|| ext_str(&api.info.extensions, "x-aws-signingName"))
        .unwrap_or_else(|| {
            endpoint
                .prefix
                .split('.')
                .next()
                .unwrap_or(&endpoint.prefix)
                .to_string()
        });
    let target_prefix = operations[0]
        .target
        .rsplit_once('.')
        .map(|(p, _)| p.to_string())
        .unwrap_or_default();
    let service = Service {
        title: api.info.title.clone(),
        api_version: api.info.version.clone(),
        crate_name: config
            .crate_name
            .clone()
            .unwrap_or_else(|| crate::naming::package_name(&slug(&service_name))),
        protocol: match protocol {
            Protocol::RestJson1 => WireProtocol::RestJson1,
            _ => WireProtocol::AwsJson {
                version: config
                    .json_version
                    .unwrap_or_else(|| default_json_version(&service_name)),
                target_prefix,
            },
        },
        service_id: config
            .service_id
            .clone()
            .unwrap_or_else(|| service_name.clone()),
        service_name,
        docs: api.info.description.clone().unwrap_or_default(),
        signing_name,
        endpoint,
        shapes: cx.shapes,
        operations,
        partitions: Vec::new(),
        discovery_operation: None,
        waiters: Vec::new(),
    };
    let service = endpoints::apply(config, model, service, &mut cx.diags)?;
    let service = waiters::apply(model, service, &mut cx.diags);
    wire::check_service(api, config, &service)?;
    let mut diags = cx.diags;
    diags.sort();
    diags.dedup();
    Ok((service, diags))
}

fn ext_str(ext: &indexmap::IndexMap<String, serde_json::Value>, key: &str) -> Option<String> {
    ext.get(key).and_then(|v| v.as_str()).map(str::to_string)
}

/// Lowercase, `-`-separated, crate-name-safe.
fn slug(s: &str) -> String {
    let s: String = s
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    let s = s
        .split('-')
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    if s.is_empty() {
        "service".into()
    } else {
        s
    }
}

struct Lowering<'a> {
    api: &'a OpenAPI,
    /// AWS's model of the service (not a retired one), when there is one.
    model: Option<&'a AwsModel>,
    shapes: BTreeMap<ShapeId, Shape>,
    diags: Vec<Diagnostic>,
    /// Synthesized shape name (inline schemas; shapes built from the model)
    /// → its JSON pointer, for errors.
    synthesized: BTreeMap<ShapeId, String>,
}

fn err(pointer: impl Into<String>, message: impl Into<String>) -> LowerError {
    LowerError {
        pointer: pointer.into(),
        message: message.into(),
        unsupported: None,
    }
}

impl<'a> Lowering<'a> {
    fn diag(&mut self, pointer: &str, message: impl Into<String>) {
        self.diags.push(Diagnostic {
            pointer: pointer.into(),
            message: message.into(),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lower_yaml(yaml: &str) -> Result<(Service, Vec<Diagnostic>), LowerError> {
        let api = crate::load::load_str(yaml, "test.yaml").expect("valid OpenAPI");
        lower(&api, &SpecConfig::default())
    }

    const HEAD: &str = "openapi: 3.0.0\ninfo: {title: T, version: '1', x-serviceName: t}\nservers: [{url: 'https://t.{region}.amazonaws.com'}]\n";

    /// A service AWS signs with a bearer token (codecatalyst) is refused as
    /// unsupported, naming the model fact; the same spec and model with
    /// SigV4 lower.
    #[test]
    fn refuses_services_that_do_not_sign_with_sigv4() {
        let spec = format!(
            "{HEAD}paths:\n  '/#X-Amz-Target=Demo.Ping':\n    post:\n      operationId: Ping\n      responses: {{'200': {{description: ok}}}}\n"
        );
        let api = crate::load::load_str(&spec, "test.yaml").expect("valid OpenAPI");
        let model = |extra: &str| {
            let text = format!(
                r#"{{"format": 1,
                  "source": {{"botocore": "1.44.5", "service": "demo", "api_version": "1", "files": {{}}}},
                  "service": {{"service_id": "Demo", "protocol": "json", "json_version": "1.0",
                               "target_prefix": "Demo", "signing_name": "demo",
                               "endpoint_prefix": "demo"{extra}}},
                  "operations": {{}}, "shapes": {{}}}}"#
            );
            AwsModel::parse(&text, "aws-model.json").expect("valid model")
        };
        let bearer = model(r#", "signature_version": "bearer""#);
        let e = lower_with_model(&api, &SpecConfig::default(), Some(&bearer)).unwrap_err();
        assert_eq!(
            e.pointer, "aws-model.json#/service/signature_version",
            "{e}"
        );
        assert!(e.message.contains("\"bearer\""), "{e}");
        assert_eq!(e.unsupported, Some(Protocol::AwsJson), "{e}");
        let sigv4 = model("");
        assert!(lower_with_model(&api, &SpecConfig::default(), Some(&sigv4)).is_ok());
    }

    #[test]
    fn refuses_specs_without_x_amz_target_operations() {
        let e = lower_yaml(&format!(
            "{HEAD}paths:\n  /pets:\n    get:\n      responses: {{'200': {{description: ok}}}}\n"
        ))
        .unwrap_err();
        assert_eq!(e.pointer, "/paths");
        assert_eq!(e.unsupported, Some(Protocol::RestJson1), "{e}");
        // X-Amz-Target paths, but none with a POST operation.
        let e = lower_yaml(&format!(
            "{HEAD}paths:\n  '/#X-Amz-Target=T.Op':\n    get:\n      responses: {{'200': {{description: ok}}}}\n"
        ))
        .unwrap_err();
        assert_eq!((e.pointer.as_str(), e.unsupported), ("/paths", None));
        assert!(e.message.contains("not an AWS JSON-protocol spec"), "{e}");
    }

    #[test]
    fn dangling_ref_names_its_pointer() {
        let yaml = format!(
            "{HEAD}paths:\n  '/#X-Amz-Target=T.Op':\n    post:\n      responses: {{'200': {{description: ok}}}}\ncomponents:\n  schemas:\n    A:\n      type: object\n      properties:\n        b: {{$ref: '#/components/schemas/Missing'}}\n"
        );
        let e = lower_yaml(&yaml).unwrap_err();
        assert_eq!(e.pointer, "/components/schemas/A/properties/b/$ref");
        assert!(e.message.contains("dangling $ref"), "{e}");
    }

    #[test]
    fn lowers_the_spec_family_idioms() {
        let yaml = format!(
            "{HEAD}paths:\n  '/#X-Amz-Target=T.ListThings':\n    post:\n      parameters:\n        - {{name: maxResults, in: query, schema: {{type: string}}}}\n        - {{name: nextToken, in: query, schema: {{type: string}}}}\n      requestBody: {{content: {{application/json: {{schema: {{$ref: '#/components/schemas/In'}}}}}}}}\n      responses:\n        '200': {{description: ok, content: {{application/json: {{schema: {{$ref: '#/components/schemas/Out'}}}}}}}}\n        '480': {{description: Nope, content: {{application/json: {{schema: {{$ref: '#/components/schemas/Nope'}}}}}}}}\ncomponents:\n  schemas:\n    In:\n      type: object\n      properties:\n        maxResults: {{allOf: [{{$ref: '#/components/schemas/N'}}, {{description: Page size.}}]}}\n        nextToken: {{$ref: '#/components/schemas/S'}}\n    Out:\n      type: object\n      required: [things]\n      properties:\n        things: {{type: array, items: {{$ref: '#/components/schemas/S'}}}}\n        nextToken: {{$ref: '#/components/schemas/S'}}\n        doc: {{$ref: '#/components/schemas/Free'}}\n    Free: {{type: object, properties: {{}}}}\n    Nope: {{}}\n    N: {{type: integer}}\n    S: {{type: string}}\n"
        );
        let (svc, diags) = lower_yaml(&yaml).unwrap();
        assert!(diags.is_empty(), "{diags:?}");
        let op = &svc.operations[0];
        assert_eq!(op.target, "T.ListThings");
        assert_eq!(op.errors, [ShapeId::from("Nope")]);
        let p = op.pagination.as_ref().expect("paginated");
        let token = &p.tokens[..];
        assert_eq!(
            (
                token.len(),
                token[0].input.as_str(),
                token[0].output.as_slice()
            ),
            (1, "nextToken", &[PathStep::Member("nextToken".into())][..])
        );
        assert_eq!(p.page_size.as_deref(), Some("maxResults"));
        assert_eq!(p.result_keys, [vec![PathStep::Member("things".into())]]);
        assert_eq!(p.source, "spec");
        let input = svc.structure("In").unwrap();
        let max = input
            .members
            .iter()
            .find(|m| m.wire_name == "maxResults")
            .unwrap();
        assert_eq!(
            (max.target.as_str(), max.docs.as_deref()),
            ("N", Some("Page size."))
        );
        assert!(matches!(svc.shape("N").kind, ShapeKind::Integer));
        assert!(matches!(svc.shape("Free").kind, ShapeKind::Document));
        // The inline list became a synthesized shape.
        let things = svc
            .structure("Out")
            .unwrap()
            .members
            .iter()
            .find(|m| m.wire_name == "things")
            .unwrap();
        assert!(matches!(
            svc.shape(&things.target).kind,
            ShapeKind::List { .. }
        ));
        let nope = svc.structure("Nope").expect("an error is a structure");
        assert!(nope.is_error && nope.members.iter().any(|m| m.wire_name == "message"));
        assert_eq!(svc.signing_name, "t");
        assert_eq!(svc.endpoint.prefix, "t");
    }
}
