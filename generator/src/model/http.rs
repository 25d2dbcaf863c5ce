//! The HTTP bindings of REST-protocol models (`rest-json`, `rest-xml`) in
//! `aws-model.json`: the types, the request-URI template parser, and the
//! checks `AwsModel::parse` runs. botocore reads these in
//! `serialize.BaseRestSerializer` and `parsers.BaseRestParser`.

use std::collections::BTreeSet;

use serde::Deserialize;

use super::{AwsModel, MemberFacts, ShapeFacts};

/// The protocols whose models carry HTTP bindings.
pub const REST_PROTOCOLS: [&str; 2] = ["rest-json", "rest-xml"];

/// Where a top-level input/output member travels (botocore `location`);
/// a member without one is in the body (or is the payload).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
pub enum Location {
    /// A label of the request URI, named by its wire name.
    #[serde(rename = "uri")]
    Uri,
    /// A query parameter (a map member: one parameter per entry).
    #[serde(rename = "querystring")]
    Querystring,
    /// One header, named by its wire name.
    #[serde(rename = "header")]
    Header,
    /// A map of headers whose names start with the wire name (the prefix).
    #[serde(rename = "headers")]
    Headers,
    /// The response's HTTP status code (output only).
    #[serde(rename = "statusCode")]
    StatusCode,
}

impl Location {
    /// botocore's spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            Location::Uri => "uri",
            Location::Querystring => "querystring",
            Location::Header => "header",
            Location::Headers => "headers",
            Location::StatusCode => "statusCode",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum HttpMethod {
    Get,
    Post,
    Put,
    Delete,
    Patch,
    Head,
}

impl HttpMethod {
    pub fn as_str(self) -> &'static str {
        match self {
            HttpMethod::Get => "GET",
            HttpMethod::Post => "POST",
            HttpMethod::Put => "PUT",
            HttpMethod::Delete => "DELETE",
            HttpMethod::Patch => "PATCH",
            HttpMethod::Head => "HEAD",
        }
    }
}

/// botocore's operation `http`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HttpBinding {
    pub method: HttpMethod,
    /// Verbatim, e.g. `/2015-03-31/functions/{FunctionName}/invocations`,
    /// `/{Bucket}/{Key+}?x-id=PutObject` (see [`UriTemplate`]).
    pub request_uri: String,
    /// The success status; absent means botocore names none (200).
    #[serde(default)]
    pub response_code: Option<u16>,
}

impl HttpBinding {
    /// The parsed `request_uri` (checked by `AwsModel::parse`, so this only
    /// fails on a value built by hand).
    pub fn uri_template(&self) -> Result<UriTemplate<'_>, String> {
        UriTemplate::parse(&self.request_uri)
    }
}

/// rest-xml `xmlNamespace`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct XmlNamespace {
    pub uri: String,
    /// `xmlns:<prefix>` instead of `xmlns`.
    #[serde(default)]
    pub prefix: Option<String>,
}

/// A request URI split the way botocore renders it
/// (`BaseRestSerializer._render_uri_template`): literal path text, labels
/// (`{Name}` percent-encodes `/`, greedy `{Name+}` keeps it), then the
/// static query pairs after `?`, which are sent verbatim before the
/// members' query parameters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UriTemplate<'a> {
    pub path: Vec<UriPart<'a>>,
    /// `?uploads&x-id=PutObject` → `[("uploads", None), ("x-id", Some("PutObject"))]`.
    pub query: Vec<(&'a str, Option<&'a str>)>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UriPart<'a> {
    Literal(&'a str),
    Label { name: &'a str, greedy: bool },
}

impl<'a> UriTemplate<'a> {
    pub fn parse(uri: &'a str) -> Result<UriTemplate<'a>, String> {
        if !uri.starts_with('/') {
            return Err(format!("`{}` does not start with `/`", uri.escape_debug()));
        }
        let (path_text, query_text) = match uri.split_once('?') {
            Some((p, q)) => (p, Some(q)),
            None => (uri, None),
        };
        let mut path = Vec::new();
        let mut rest = path_text;
        let mut greedy_seen = false;
        let mut names = BTreeSet::new();
        while !rest.is_empty() {
            let Some(open) = rest.find(['{', '}']) else {
                path.push(UriPart::Literal(rest));
                break;
            };
            if rest[open..].starts_with('}') {
                return Err(format!("`{}`: `}}` without `{{`", uri.escape_debug()));
            }
            if open > 0 {
                path.push(UriPart::Literal(&rest[..open]));
            }
            let after = &rest[open + 1..];
            let close = after
                .find(['{', '}'])
                .filter(|&i| after[i..].starts_with('}'))
                .ok_or_else(|| format!("`{}`: unclosed `{{`", uri.escape_debug()))?;
            let label = &after[..close];
            let (name, greedy) = match label.strip_suffix('+') {
                Some(name) => (name, true),
                None => (label, false),
            };
            if name.is_empty() || name.contains(['/', '+', '?', '#']) {
                return Err(format!(
                    "`{}`: `{{{}}}` is not a label",
                    uri.escape_debug(),
                    label.escape_debug()
                ));
            }
            if greedy && std::mem::replace(&mut greedy_seen, true) {
                return Err(format!(
                    "`{}`: more than one greedy label",
                    uri.escape_debug()
                ));
            }
            if !names.insert(name) {
                return Err(format!(
                    "`{}`: label `{}` appears twice",
                    uri.escape_debug(),
                    name.escape_debug()
                ));
            }
            path.push(UriPart::Label { name, greedy });
            rest = &after[close + 1..];
        }
        let mut query = Vec::new();
        if let Some(text) = query_text {
            if text.contains(['{', '}', '#']) {
                return Err(format!(
                    "`{}`: the static query holds `{{`, `}}` or `#`",
                    uri.escape_debug()
                ));
            }
            for pair in text.split('&').filter(|p| !p.is_empty()) {
                query.push(match pair.split_once('=') {
                    Some((k, v)) => (k, Some(v)),
                    None => (pair, None),
                });
            }
        }
        Ok(UriTemplate { path, query })
    }

    pub fn labels(&self) -> impl Iterator<Item = (&'a str, bool)> + '_ {
        self.path.iter().filter_map(|p| match p {
            UriPart::Label { name, greedy } => Some((*name, *greedy)),
            UriPart::Literal(_) => None,
        })
    }
}

const SCALARS: [&str; 8] = [
    "string",
    "integer",
    "long",
    "float",
    "double",
    "boolean",
    "timestamp",
    "blob",
];

impl AwsModel {
    /// Whether the file carries HTTP bindings: a REST-protocol model
    /// extracted before they existed has none (rerun `cargo xtask model`).
    pub fn has_http_bindings(&self) -> bool {
        self.operations.values().any(|op| op.http.is_some())
    }
}

/// The HTTP-binding checks of `AwsModel::parse`: `Err((json_path, message))`.
pub(super) fn check(model: &AwsModel) -> Result<(), (String, String)> {
    // A REST model written before the bindings existed has none and still
    // loads (`has_http_bindings`); one with some but not all is damaged.
    let partial = model.service.as_ref().is_some_and(|s| s.is_rest()) && model.has_http_bindings();
    for (name, op) in &model.operations {
        let at = |key: &str| format!("operations.{name}.{key}");
        let Some(http) = &op.http else {
            if partial {
                return Err((
                    at("http"),
                    "missing, although other operations have theirs: every operation \
                     of a REST-protocol service needs its HTTP binding (rerun \
                     `cargo xtask model`)"
                        .into(),
                ));
            }
            continue;
        };
        let template =
            UriTemplate::parse(&http.request_uri).map_err(|m| (at("http.request_uri"), m))?;
        if let Some(code) = http.response_code {
            if !(100..=599).contains(&code) {
                return Err((
                    at("http.response_code"),
                    format!("{code} is not an HTTP status"),
                ));
            }
        }
        let input = op.input.as_deref().and_then(|s| model.members(s));
        let empty = Default::default();
        let members = input.unwrap_or(&empty);
        let bound: BTreeSet<&str> = members
            .iter()
            .filter(|(_, m)| m.location == Some(Location::Uri))
            .map(|(n, m)| m.wire_name(n))
            .collect();
        for (label, _) in template.labels() {
            if !bound.contains(label) {
                return Err((
                    at("http.request_uri"),
                    format!(
                        "label `{}` is no `uri` member of the input",
                        label.escape_debug()
                    ),
                ));
            }
        }
        let labels: BTreeSet<&str> = template.labels().map(|(n, _)| n).collect();
        for (member, facts) in members {
            if facts.location == Some(Location::Uri) && !labels.contains(facts.wire_name(member)) {
                return Err((
                    format!(
                        "shapes.{}.members.{member}.location",
                        op.input.as_deref().unwrap_or_default()
                    ),
                    format!(
                        "a `uri` member, but `operations.{name}.http.request_uri` has no \
                         label `{}`",
                        facts.wire_name(member).escape_debug()
                    ),
                ));
            }
        }
        for (key, member) in [
            ("checksum_algorithm_member", &op.checksum_algorithm_member),
            ("checksum_mode_member", &op.checksum_mode_member),
        ] {
            if let Some(member) = member {
                if !members.contains_key(member) {
                    return Err((
                        at(key),
                        format!("`{}` is no member of the input", member.escape_debug()),
                    ));
                }
            }
        }
    }
    for (name, shape) in &model.shapes {
        check_shape(model, name, shape)?;
    }
    Ok(())
}

fn kind_of<'m>(model: &'m AwsModel, shape: &str) -> &'m str {
    // Dangling references are reported by `AwsModel::parse` first.
    model.shapes.get(shape).map_or("", |s| s.kind.as_str())
}

fn check_shape(model: &AwsModel, name: &str, shape: &ShapeFacts) -> Result<(), (String, String)> {
    let at = |key: &str| format!("shapes.{name}.{key}");
    let kind = shape.kind.as_str();
    let only = |ok: bool, key: &str, what: &str| {
        if ok {
            Ok(())
        } else {
            Err((
                at(key),
                format!("only {what} can have it (this one is a `{kind}`)"),
            ))
        }
    };
    let blob_or_string = matches!(kind, "blob" | "string");
    only(
        !shape.streaming || blob_or_string,
        "streaming",
        "blob and string shapes",
    )?;
    only(
        !shape.requires_length || blob_or_string,
        "requires_length",
        "blob and string shapes",
    )?;
    only(
        !shape.event_stream || kind == "structure",
        "event_stream",
        "structures",
    )?;
    only(!shape.event || kind == "structure", "event", "structures")?;
    only(!shape.flattened || kind == "list", "flattened", "lists")?;
    only(
        shape.payload.is_none() || kind == "structure",
        "payload",
        "structures",
    )?;
    only(
        shape.location_name.is_none() || kind == "structure",
        "location_name",
        "structures",
    )?;
    only(
        shape.member_location_name.is_none() || kind == "list",
        "member_location_name",
        "lists",
    )?;
    only(
        shape.key_location_name.is_none() || kind == "map",
        "key_location_name",
        "maps",
    )?;
    only(
        shape.value_location_name.is_none() || kind == "map",
        "value_location_name",
        "maps",
    )?;
    if let Some(payload) = &shape.payload {
        let Some(member) = shape.members.get(payload) else {
            return Err((
                at("payload"),
                format!("`{}` names no member of `{name}`", payload.escape_debug()),
            ));
        };
        let target = kind_of(model, &member.shape);
        if !matches!(target, "structure" | "blob" | "string") {
            return Err((
                at("payload"),
                format!(
                    "member `{}` is a {target}; a payload is a structure, a blob or a string",
                    payload.escape_debug()
                ),
            ));
        }
        if member.location.is_some() {
            return Err((
                at("payload"),
                format!("member `{}` also has a `location`", payload.escape_debug()),
            ));
        }
    }
    for (member, facts) in &shape.members {
        check_member(model, name, member, facts)?;
    }
    Ok(())
}

fn check_member(
    model: &AwsModel,
    shape: &str,
    member: &str,
    facts: &MemberFacts,
) -> Result<(), (String, String)> {
    let target = kind_of(model, &facts.shape);
    let scalar = SCALARS.contains(&target);
    let fail = |key: &str, message: String| {
        Err((format!("shapes.{shape}.members.{member}.{key}"), message))
    };
    if let Some(location) = facts.location {
        let ok = match location {
            Location::Uri => scalar,
            Location::Header => scalar || target == "list",
            Location::Querystring => scalar || matches!(target, "list" | "map"),
            Location::Headers => target == "map",
            Location::StatusCode => target == "integer",
        };
        if !ok {
            return fail(
                "location",
                format!(
                    "a `{}` member cannot target a {target} (`{}`)",
                    location.as_str(),
                    facts.shape.escape_debug()
                ),
            );
        }
    }
    if facts.streaming && !matches!(target, "blob" | "string") {
        return fail(
            "streaming",
            format!("targets a {target}, not a blob or a string"),
        );
    }
    if facts.flattened && target != "list" {
        return fail("flattened", format!("targets a {target}, not a list"));
    }
    if facts.json_value && target != "string" {
        return fail("json_value", format!("targets a {target}, not a string"));
    }
    if facts.xml_attribute && !scalar {
        return fail("xml_attribute", format!("targets a {target}, not a scalar"));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_labels_greedy_labels_and_static_query() {
        let t = UriTemplate::parse("/{Bucket}/{Key+}?x-id=PutObject&uploads").unwrap();
        assert_eq!(
            t.path,
            [
                UriPart::Literal("/"),
                UriPart::Label {
                    name: "Bucket",
                    greedy: false
                },
                UriPart::Literal("/"),
                UriPart::Label {
                    name: "Key",
                    greedy: true
                },
            ]
        );
        assert_eq!(t.query, [("x-id", Some("PutObject")), ("uploads", None)]);
        let t = UriTemplate::parse("/apps/{application-id}/x").unwrap();
        assert_eq!(t.labels().collect::<Vec<_>>(), [("application-id", false)]);
        assert_eq!(
            UriTemplate::parse("/").unwrap().path,
            [UriPart::Literal("/")]
        );
    }

    /// A rest-json model with one operation of each binding kind.
    const REST: &str = r#"{
      "format": 1,
      "source": {"botocore": "1.44.5"},
      "service": {"service_id": "Demo", "protocol": "rest-json",
                  "signing_name": "demo", "endpoint_prefix": "demo"},
      "operations": {
        "Invoke": {"input": "In", "output": "Out",
                   "http": {"method": "POST", "request_uri": "/fns/{FunctionName}/invoke?mode=x",
                            "response_code": 200},
                   "unsigned_payload": true, "checksum_required": true,
                   "checksum_algorithm_member": "Algo"},
        "Ping": {"http": {"method": "GET", "request_uri": "/ping"}}
      },
      "shapes": {
        "In": {"type": "structure", "payload": "Body", "members": {
          "Name": {"shape": "S", "location": "uri", "location_name": "FunctionName"},
          "Algo": {"shape": "S", "location": "header", "location_name": "x-amz-sdk-checksum-algorithm"},
          "Meta": {"shape": "M", "location": "headers", "location_name": "x-meta-"},
          "Ctx": {"shape": "S", "location": "header", "location_name": "X-Ctx", "json_value": true},
          "Body": {"shape": "B"}}},
        "Out": {"type": "structure", "members": {
          "Code": {"shape": "I", "location": "statusCode"},
          "Tags": {"shape": "L", "location": "querystring", "flattened": true}}},
        "S": {"type": "string"},
        "I": {"type": "integer"},
        "B": {"type": "blob", "streaming": true, "requires_length": true},
        "L": {"type": "list", "member": "S", "member_location_name": "item",
              "xml_namespace": {"uri": "http://x/", "prefix": "p"}},
        "M": {"type": "map", "key": "S", "value": "S"}
      }
    }"#;

    fn parse(text: &str) -> Result<AwsModel, String> {
        AwsModel::parse(text, "dir/aws-model.json").map_err(|e| e.to_string())
    }

    /// `REST` with `from` replaced by `to` (which must occur).
    fn edit(from: &str, to: &str) -> String {
        assert!(REST.contains(from), "{from}");
        REST.replacen(from, to, 1)
    }

    #[test]
    fn reads_rest_bindings() {
        let m = parse(REST).unwrap();
        let op = &m.operations["Invoke"];
        let http = op.http.as_ref().unwrap();
        assert_eq!(http.method.as_str(), "POST");
        assert_eq!(http.response_code, Some(200));
        let t = http.uri_template().unwrap();
        assert_eq!(t.labels().collect::<Vec<_>>(), [("FunctionName", false)]);
        assert_eq!(t.query, [("mode", Some("x"))]);
        assert!(op.unsigned_payload && op.checksum_required);
        let input = m.members("In").unwrap();
        assert_eq!(input["Name"].location, Some(Location::Uri));
        assert_eq!(input["Name"].wire_name("Name"), "FunctionName");
        assert_eq!(
            input["Meta"].location.map(Location::as_str),
            Some("headers")
        );
        assert!(input["Ctx"].json_value);
        assert_eq!(input["Body"].location, None);
        assert_eq!(m.shapes["In"].payload.as_deref(), Some("Body"));
        assert!(m.shapes["B"].streaming && m.shapes["B"].requires_length);
        assert_eq!(
            m.members("Out").unwrap()["Code"].location,
            Some(Location::StatusCode)
        );
        let list = &m.shapes["L"];
        assert_eq!(list.member_location_name.as_deref(), Some("item"));
        assert_eq!(
            list.xml_namespace.as_ref().unwrap().prefix.as_deref(),
            Some("p")
        );
    }

    #[test]
    fn refuses_bad_bindings_naming_file_and_path() {
        for (from, to, path, why) in [
            (
                r#""location": "statusCode""#,
                r#""location": "body""#,
                "shapes.Out.members.Code.location",
                "unknown variant `body`",
            ),
            (
                r#""method": "POST""#,
                r#""method": "FETCH""#,
                "operations.Invoke.http.method",
                "unknown variant `FETCH`",
            ),
            (
                r#""request_uri": "/fns"#,
                r#""request_uri": "fns"#,
                "operations.Invoke.http.request_uri",
                "does not start with `/`",
            ),
            (
                "{FunctionName}/invoke",
                "{FunctionName}/{Other}/invoke",
                "operations.Invoke.http.request_uri",
                "label `Other` is no `uri` member of the input",
            ),
            (
                "/fns/{FunctionName}/invoke",
                "/fns/invoke",
                "shapes.In.members.Name.location",
                "has no label `FunctionName`",
            ),
            (
                r#""response_code": 200"#,
                r#""response_code": 42"#,
                "operations.Invoke.http.response_code",
                "42 is not an HTTP status",
            ),
            (
                r#""checksum_algorithm_member": "Algo""#,
                r#""checksum_algorithm_member": "Nope""#,
                "operations.Invoke.checksum_algorithm_member",
                "`Nope` is no member of the input",
            ),
            (
                r#""payload": "Body""#,
                r#""payload": "Nope""#,
                "shapes.In.payload",
                "`Nope` names no member of `In`",
            ),
            (
                r#""payload": "Body""#,
                r#""payload": "Meta""#,
                "shapes.In.payload",
                "a map; a payload is a structure, a blob or a string",
            ),
            (
                r#""payload": "Body""#,
                r#""payload": "Ctx""#,
                "shapes.In.payload",
                "also has a `location`",
            ),
            (
                r#""shape": "I", "location": "statusCode""#,
                r#""shape": "S", "location": "statusCode""#,
                "shapes.Out.members.Code.location",
                "a `statusCode` member cannot target a string",
            ),
            (
                r#""shape": "M", "location": "headers""#,
                r#""shape": "S", "location": "headers""#,
                "shapes.In.members.Meta.location",
                "a `headers` member cannot target a string",
            ),
            (
                r#""type": "integer""#,
                r#""type": "integer", "streaming": true"#,
                "shapes.I.streaming",
                "only blob and string shapes can have it (this one is a `integer`)",
            ),
            (
                r#""member_location_name": "item""#,
                r#""member_location_name": "item", "payload": "x""#,
                "shapes.L.payload",
                "only structures can have it",
            ),
            (
                r#""location": "querystring", "flattened": true"#,
                r#""location": "querystring", "json_value": true"#,
                "shapes.Out.members.Tags.json_value",
                "targets a list, not a string",
            ),
            (
                r#""prefix": "p""#,
                r#""prefix": "p", "url": "u""#,
                "shapes.L.xml_namespace.url",
                "unknown field `url`",
            ),
            (
                r#""response_code": 200"#,
                r#""response_code": 200, "auth_path": "/""#,
                "operations.Invoke.http.auth_path",
                "unknown field `auth_path`",
            ),
        ] {
            let e = parse(&edit(from, to)).unwrap_err();
            assert!(
                e.starts_with(&format!("dir/aws-model.json: at `{path}`")) && e.contains(why),
                "{to}: {e}"
            );
        }
    }

    #[test]
    fn a_rest_operation_needs_its_binding() {
        let invoke = r#""http": {"method": "POST", "request_uri": "/fns/{FunctionName}/invoke?mode=x",
                            "response_code": 200},"#;
        let e = parse(&edit(invoke, "")).unwrap_err();
        assert!(
            e.contains("at `operations.Invoke.http`: missing, although other operations"),
            "{e}"
        );
        // A file from before the bindings: none at all still loads.
        let old = edit(invoke, "").replace(
            r#""Ping": {"http": {"method": "GET", "request_uri": "/ping"}}"#,
            r#""Ping": {}"#,
        );
        assert!(!parse(&old).unwrap().has_http_bindings());
        assert!(parse(REST).unwrap().has_http_bindings());
    }

    #[test]
    fn refuses_bad_templates() {
        for (uri, why) in [
            ("functions/{F}", "does not start with `/`"),
            ("/{F", "unclosed `{`"),
            ("/{F{G}}", "unclosed `{`"),
            ("/F}", "`}` without `{`"),
            ("/{}", "is not a label"),
            ("/{+}", "is not a label"),
            ("/{A+}/{B+}", "more than one greedy label"),
            ("/{A}/{A}", "appears twice"),
            ("/x?a={A}", "static query"),
        ] {
            let e = UriTemplate::parse(uri).unwrap_err();
            assert!(e.contains(why), "{uri}: {e}");
        }
    }
}
