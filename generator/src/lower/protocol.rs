//! Which AWS protocol a spec's operations speak, read from the spec itself.
//!
//! apis.guru's converter (aws2openapi) writes each protocol's operations in
//! a path form of its own, so the paths tell the protocol apart:
//!
//! - `/#X-Amz-Target=Prefix.Op`: AWS JSON (awsJson1_0/awsJson1_1), the one
//!   protocol the generator supports;
//! - a fragment with an `Action` key (`/#Action=Op`,
//!   `/{Account}/{Queue}/#Action=Op`, `/#Operation=Op&Action=Op`): query.
//!   awsQuery and ec2Query are written alike (only the service, ec2, tells
//!   them apart), so they are one class here;
//! - anything else (`/2015-03-31/functions/{FunctionName}`) is a REST path:
//!   restXml if any of those operations has an XML body
//!   (`text/xml`, `application/xml`, `…+xml`), which only restXml services
//!   use, else restJson1.
//!
//! The true protocol is botocore's `metadata.protocol`; this rule agrees
//! with it on every spec of the 297-spec mirror that botocore still lists,
//! except where AWS has since moved a service (sqs: query → JSON).
//!
//! A spec whose paths disagree (say, X-Amz-Target operations and one REST
//! path) is refused as an error at the odd path out: an AWS service has one
//! protocol, so a mix means a damaged spec, and generating only the
//! operations of one kind would silently drop the others.

use std::fmt;

use openapiv3::{OpenAPI, Operation, ReferenceOr};

use super::LowerError;
use crate::load::escape_pointer;

/// An AWS protocol, as far as a spec's structure tells it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
pub enum Protocol {
    /// awsJson1_0 / awsJson1_1 (`/#X-Amz-Target=Prefix.Op`). Supported.
    AwsJson,
    /// REST paths, JSON bodies.
    RestJson1,
    /// REST paths, XML bodies.
    RestXml,
    /// awsQuery or ec2Query (`#Action=Op`).
    Query,
}

impl Protocol {
    pub const ALL: [Protocol; 4] = [
        Protocol::AwsJson,
        Protocol::RestJson1,
        Protocol::RestXml,
        Protocol::Query,
    ];

    /// Whether the generator can generate a client for it from the spec
    /// alone (restJson1 also needs AWS's model: see `require_supported`).
    pub fn is_supported(self) -> bool {
        self == Protocol::AwsJson
    }

    /// Short name, for tables: `awsJson`, `restJson1`, `restXml`, `query`.
    pub fn name(self) -> &'static str {
        match self {
            Protocol::AwsJson => "awsJson",
            Protocol::RestJson1 => "restJson1",
            Protocol::RestXml => "restXml",
            Protocol::Query => "query",
        }
    }

    /// What its operations look like, for messages:
    /// `REST-path operations (restJson1)`.
    pub fn operations(self) -> &'static str {
        match self {
            Protocol::AwsJson => "X-Amz-Target operations (awsJson1_0/awsJson1_1)",
            Protocol::RestJson1 => "REST-path operations (restJson1)",
            Protocol::RestXml => "REST-path operations (restXml)",
            Protocol::Query => "query operations (awsQuery/ec2Query)",
        }
    }
}

impl fmt::Display for Protocol {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// How one path is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Form {
    Target,
    Action,
    Rest,
}

impl Form {
    fn describe(self, n: usize) -> String {
        let s = if n == 1 { "" } else { "s" };
        match self {
            Form::Target => format!("{n} X-Amz-Target path{s} (AWS JSON)"),
            Form::Action => format!("{n} `Action=` path{s} (awsQuery/ec2Query)"),
            Form::Rest => format!("{n} REST path{s} (restJson1/restXml)"),
        }
    }

    fn singular(self) -> &'static str {
        match self {
            Form::Target => "X-Amz-Target path",
            Form::Action => "`Action=` path",
            Form::Rest => "REST path",
        }
    }
}

/// The form of a path: by the keys of its fragment, which aws2openapi uses
/// to carry what AWS puts in a header (`X-Amz-Target`) or the form body
/// (`Action`).
fn form(path: &str) -> Form {
    let Some((_, fragment)) = path.split_once('#') else {
        return Form::Rest;
    };
    let keys: Vec<&str> = fragment
        .split('&')
        .map(|pair| pair.split_once('=').map_or(pair, |(k, _)| k))
        .collect();
    if keys.contains(&"X-Amz-Target") {
        Form::Target
    } else if keys.contains(&"Action") {
        Form::Action
    } else {
        Form::Rest
    }
}

/// Whether an operation sends or returns an XML body.
fn has_xml_body(op: &Operation) -> bool {
    let is_xml = |media: &String| {
        let essence = media.split(';').next().unwrap_or_default().trim();
        let essence = essence.to_ascii_lowercase();
        essence == "text/xml" || essence == "application/xml" || essence.ends_with("+xml")
    };
    let request = match &op.request_body {
        Some(ReferenceOr::Item(body)) => body.content.keys().any(is_xml),
        _ => false,
    };
    let responses = op
        .responses
        .responses
        .values()
        .chain(op.responses.default.as_ref())
        .any(|r| matches!(r, ReferenceOr::Item(r) if r.content.keys().any(is_xml)));
    request || responses
}

/// The protocol of `api`'s operations. Fails (at `/paths`) when there are
/// no paths, and at the odd path out when the paths mix forms.
pub fn classify(api: &OpenAPI) -> Result<Protocol, LowerError> {
    let forms: Vec<(&str, Form)> = api
        .paths
        .paths
        .keys()
        .map(|p| (p.as_str(), form(p)))
        .collect();
    let Some(&(_, first)) = forms.first() else {
        return Err(error(
            "/paths",
            "no operations: `paths` is empty (an AWS JSON-protocol spec has paths like /#X-Amz-Target=Prefix.Operation)",
        ));
    };
    let count = |f: Form| forms.iter().filter(|(_, g)| *g == f).count();
    let present: Vec<(Form, usize)> = [Form::Target, Form::Action, Form::Rest]
        .into_iter()
        .map(|f| (f, count(f)))
        .filter(|(_, n)| *n > 0)
        .collect();
    if present.len() > 1 {
        // Blame the rarest form's first path (ties: not the first path's form).
        let rarest = present
            .iter()
            .min_by_key(|(f, n)| (*n, *f == first))
            .map(|(f, _)| *f)
            .unwrap_or(first);
        let odd = forms
            .iter()
            .find(|(_, f)| *f == rarest)
            .map_or("", |(p, _)| p);
        let counts: Vec<String> = present.iter().map(|(f, n)| f.describe(*n)).collect();
        return Err(error(
            &format!("/paths/{}", escape_pointer(odd)),
            format!(
                "mixed protocols: {}, but an AWS service has one protocol; this is the first {}",
                counts.join(" and "),
                rarest.singular()
            ),
        ));
    }
    Ok(match first {
        Form::Target => Protocol::AwsJson,
        Form::Action => Protocol::Query,
        Form::Rest => {
            let xml = api.paths.iter().any(|(_, item)| match item {
                ReferenceOr::Item(item) => item.iter().any(|(_, op)| has_xml_body(op)),
                ReferenceOr::Reference { .. } => false,
            });
            if xml {
                Protocol::RestXml
            } else {
                Protocol::RestJson1
            }
        }
    })
}

/// Lowering's first step: a spec of an unsupported protocol is refused with
/// an error that says so ([`LowerError::unsupported`]).
/// The spec's protocol, if the generator supports it: AWS JSON always,
/// restJson1 with AWS's model (which must agree: its HTTP bindings are what
/// the client sends).
pub(super) fn require_supported(
    api: &OpenAPI,
    model: Option<&crate::model::AwsModel>,
) -> Result<Protocol, LowerError> {
    let mut protocol = classify(api)?;
    let model_protocol = model
        .and_then(|m| m.service.as_ref())
        .map(|s| s.protocol.as_str());
    if protocol == Protocol::RestJson1 && model_protocol == Some("rest-xml") {
        // The spec's bodies did not show it, but the wire is XML.
        protocol = Protocol::RestXml;
    }
    if protocol.is_supported() {
        return Ok(protocol);
    }
    if protocol == Protocol::RestJson1 {
        match model_protocol {
            Some("rest-json") if model.is_some_and(|m| m.has_http_bindings()) => {
                return Ok(protocol)
            }
            Some("rest-json") => {
                return Err(error(
                    "/paths",
                    format!(
                        "restJson1 needs the HTTP bindings of AWS's model, and {} has none \
                         (extracted before they were carried): run `cargo xtask model` again",
                        crate::model::FILE_NAME
                    ),
                ))
            }
            Some(other) => {
                return Err(error(
                    "/paths",
                    format!(
                        "the spec's REST paths say restJson1 but AWS's model says {other:?}; \
                         refused rather than sent in the wrong protocol"
                    ),
                ))
            }
            None => {
                let mut e = error(
                    "/paths",
                    format!(
                        "{} need AWS's model of the service ({}), and there is none: the \
                         spec alone does not say where each member travels",
                        protocol.operations(),
                        crate::model::FILE_NAME
                    ),
                );
                e.unsupported = Some(protocol);
                return Err(e);
            }
        }
    }
    let mut e = error(
        "/paths",
        format!(
            "{} are not supported yet (supported: AWS JSON, and restJson1 with AWS's model)",
            protocol.operations()
        ),
    );
    e.unsupported = Some(protocol);
    Err(e)
}

fn error(pointer: &str, message: impl Into<String>) -> LowerError {
    super::err(pointer, message)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn api(paths: &str) -> OpenAPI {
        let yaml = format!("openapi: 3.0.0\ninfo: {{title: T, version: '1'}}\npaths:\n{paths}");
        crate::load::load_str(&yaml, "test.yaml").expect("valid OpenAPI")
    }

    fn classify_paths(paths: &str) -> Result<Protocol, LowerError> {
        classify(&api(paths))
    }

    const OK: &str = "responses: {'200': {description: ok}}";

    #[test]
    fn path_forms() {
        assert_eq!(
            form("/#X-Amz-Target=DynamoDB_20120810.GetItem"),
            Form::Target
        );
        assert_eq!(form("/#Action=AssumeRole"), Form::Action);
        assert_eq!(
            form("/{AccountNumber}/{QueueName}/#Action=AddPermission"),
            Form::Action
        );
        // importexport writes both keys.
        assert_eq!(form("/#Operation=CancelJob&Action=CancelJob"), Form::Action);
        assert_eq!(form("/2015-03-31/functions/{FunctionName}"), Form::Rest);
        assert_eq!(form("/{Bucket}/{Key+}#uploads"), Form::Rest);
        // A query string is not a fragment, and keys are exact.
        assert_eq!(form("/?Action=Op"), Form::Rest);
        assert_eq!(form("/#x-amz-target=T.Op"), Form::Rest);
        assert_eq!(form("/"), Form::Rest);
    }

    #[test]
    fn rest_paths_are_xml_only_with_an_xml_body() {
        let json = format!(
            "  /2015-03-31/functions:\n    get:\n      responses:\n        '200': {{description: ok, content: {{application/json: {{schema: {{type: object}}}}}}}}\n  /x:\n    delete: {{{OK}}}\n"
        );
        assert_eq!(classify_paths(&json).unwrap(), Protocol::RestJson1);
        // No body at all: still REST, and JSON is the common case.
        assert_eq!(
            classify_paths(&format!("  /pets:\n    get: {{{OK}}}\n")).unwrap(),
            Protocol::RestJson1
        );
        for media in [
            "text/xml",
            "application/xml",
            "application/xhtml+xml; charset=utf-8",
        ] {
            let request = format!(
                "  /{{Bucket}}:\n    put:\n      requestBody: {{content: {{'{media}': {{schema: {{type: object}}}}}}}}\n      {OK}\n  /x:\n    get: {{{OK}}}\n"
            );
            assert_eq!(
                classify_paths(&request).unwrap(),
                Protocol::RestXml,
                "{media}"
            );
        }
        let error_response = "  /2013-04-01/hostedzone:\n    get:\n      responses:\n        '480': {description: NoSuchHostedZone, content: {text/xml: {schema: {type: object}}}}\n";
        assert_eq!(classify_paths(error_response).unwrap(), Protocol::RestXml);
    }

    #[test]
    fn target_and_action_paths() {
        let json = format!("  '/#X-Amz-Target=T.A':\n    post: {{{OK}}}\n  '/#X-Amz-Target=T.B':\n    post: {{{OK}}}\n");
        assert_eq!(classify_paths(&json).unwrap(), Protocol::AwsJson);
        // Query specs also have text/xml bodies: the path form decides first.
        let query = "  '/#Action=GetCallerIdentity':\n    get:\n      responses: {'200': {description: ok, content: {text/xml: {schema: {type: object}}}}}\n  '/{A}/{Q}/#Action=AddPermission':\n    post: {responses: {'200': {description: ok}}}\n";
        assert_eq!(classify_paths(query).unwrap(), Protocol::Query);
    }

    #[test]
    fn mixed_specs_blame_the_odd_path_out() {
        let mixed = format!(
            "  '/#X-Amz-Target=T.A':\n    post: {{{OK}}}\n  /things/{{Id}}:\n    get: {{{OK}}}\n  '/#X-Amz-Target=T.B':\n    post: {{{OK}}}\n"
        );
        let e = classify_paths(&mixed).unwrap_err();
        assert_eq!(e.pointer, "/paths/~1things~1{Id}");
        assert_eq!(
            e.message,
            "mixed protocols: 2 X-Amz-Target paths (AWS JSON) and 1 REST path (restJson1/restXml), but an AWS service has one protocol; this is the first REST path"
        );
        assert_eq!(e.unsupported, None, "a mix is an error, not a protocol");
        // A tie blames the form that is not the first path's.
        let tie = format!(
            "  '/#Action=A':\n    post: {{{OK}}}\n  '/#X-Amz-Target=T.A':\n    post: {{{OK}}}\n"
        );
        let e = classify_paths(&tie).unwrap_err();
        assert_eq!(e.pointer, "/paths/~1#X-Amz-Target=T.A");
    }

    #[test]
    fn no_paths_is_an_error_at_paths() {
        let e = classify_paths("  {}\n").unwrap_err();
        assert_eq!(e.pointer, "/paths");
        assert!(e.message.starts_with("no operations"), "{e}");
    }

    #[test]
    fn unsupported_protocols_are_refused_with_their_name() {
        let e = require_supported(
            &api(&format!("  /2015-03-31/functions:\n    get: {{{OK}}}\n")),
            None,
        )
        .unwrap_err();
        assert_eq!(e.unsupported, Some(Protocol::RestJson1));
        assert_eq!(e.pointer, "/paths");
        assert!(
            e.message
                .starts_with("REST-path operations (restJson1) need AWS's model of the service"),
            "{e}"
        );
        let e = require_supported(
            &api(&format!(
                "  /2015-03-31/functions:\n    get: {{{OK}}}\n    post: {{requestBody: {{content: {{application/xml: {{}}}}}}, {OK}}}\n"
            )),
            None,
        )
        .unwrap_err();
        assert!(
            e.message
                .starts_with("REST-path operations (restXml) are not supported yet"),
            "{e}"
        );
        let ok = require_supported(
            &api(&format!("  '/#X-Amz-Target=T.A':\n    post: {{{OK}}}\n")),
            None,
        );
        assert_eq!(ok.unwrap(), Protocol::AwsJson);
        assert_eq!(
            Protocol::ALL.map(Protocol::is_supported),
            [true, false, false, false]
        );
    }
}
