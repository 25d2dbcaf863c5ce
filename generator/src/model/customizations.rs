//! botocore's handler customizations of rest-json operations in
//! `aws-model.json` (`default_headers`, `body_digest_headers`,
//! `input_defaults`, `query_to_form_body`): what `botocore/handlers.py` does
//! to requests beyond the model, observed by `xtask/botocore/
//! customizations.py`. This file only checks them; `lower::customizations`
//! applies them.

use serde::Deserialize;

use super::{AwsModel, HttpMethod, OperationFacts};

/// A digest of the raw request body sent in a header.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BodyDigest {
    /// SHA-256 of the body, lowercase hex.
    Sha256,
    /// Glacier's SHA-256 tree hash (1 MiB chunks, hashed pairwise up to one
    /// root), lowercase hex.
    Sha256TreeHash,
}

impl OperationFacts {
    fn has_customizations(&self) -> bool {
        !self.default_headers.is_empty()
            || !self.body_digest_headers.is_empty()
            || !self.input_defaults.is_empty()
            || self.query_to_form_body
    }
}

/// Checks every operation's customizations; `Err((json path, message))`.
pub(super) fn check(model: &AwsModel) -> Result<(), (String, String)> {
    let rest_json = model
        .service
        .as_ref()
        .is_some_and(|s| s.protocol == "rest-json");
    for (name, op) in &model.operations {
        let at = |key: &str| format!("operations.{name}.{key}");
        if !op.has_customizations() {
            continue;
        }
        if !rest_json || op.http.is_none() {
            return Err((
                format!("operations.{name}"),
                "botocore customizations are carried for rest-json operations with an \
                 HTTP binding only"
                    .into(),
            ));
        }
        for (header, value) in &op.default_headers {
            check_header_name(header).map_err(|m| (at("default_headers"), m))?;
            if !value
                .bytes()
                .all(|b| b == b'\t' || (b' '..=b'~').contains(&b))
            {
                return Err((
                    at(&format!("default_headers.{header}")),
                    "not a header value (visible ASCII, spaces and tabs only)".into(),
                ));
            }
        }
        for header in op.body_digest_headers.keys() {
            check_header_name(header).map_err(|m| (at("body_digest_headers"), m))?;
            if op
                .default_headers
                .keys()
                .any(|d| d.eq_ignore_ascii_case(header))
            {
                return Err((
                    at(&format!("body_digest_headers.{header}")),
                    "also in `default_headers`".into(),
                ));
            }
        }
        let input = op.input.as_deref();
        let members = input.and_then(|s| model.members(s));
        if !op.body_digest_headers.is_empty() {
            let raw = input
                .and_then(|s| model.shapes.get(s))
                .and_then(|s| s.payload.as_deref())
                .and_then(|p| members.and_then(|m| m.get(p)))
                .is_some_and(|m| {
                    matches!(
                        model.shapes.get(&m.shape).map(|s| s.kind.as_str()),
                        Some("blob" | "string")
                    )
                });
            if !raw {
                return Err((
                    at("body_digest_headers"),
                    "the input has no raw (blob or string) payload to digest".into(),
                ));
            }
        }
        for (member, value) in &op.input_defaults {
            let facts = members.and_then(|m| m.get(member)).ok_or_else(|| {
                (
                    at(&format!("input_defaults.{member}")),
                    format!("`{}` is no member of the input", member.escape_debug()),
                )
            })?;
            if model.shapes.get(&facts.shape).map(|s| s.kind.as_str()) != Some("string") {
                return Err((
                    at(&format!("input_defaults.{member}")),
                    format!("the member's shape `{}` is not a string", facts.shape),
                ));
            }
            if value.is_empty() {
                return Err((
                    at(&format!("input_defaults.{member}")),
                    "an empty default".into(),
                ));
            }
        }
        if op.query_to_form_body && op.http.as_ref().map(|h| h.method) != Some(HttpMethod::Get) {
            return Err((
                at("query_to_form_body"),
                "only a GET operation's query moves into a form body".into(),
            ));
        }
    }
    Ok(())
}

/// An HTTP token (RFC 9110 `tchar`s).
fn check_header_name(name: &str) -> Result<(), String> {
    let tchar = |b: u8| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b);
    if name.is_empty() || !name.bytes().all(tchar) {
        return Err(format!("`{}` is not a header name", name.escape_debug()));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use crate::model::{AwsModel, BodyDigest};

    /// A rest-json model with an upload operation; `{OP}` is replaced by
    /// extra operation keys.
    const MODEL: &str = r#"{
      "format": 1,
      "source": {"botocore": "1.44.5", "service": "vault", "api_version": "2012-06-01", "files": {}},
      "service": {"service_id": "Vault", "protocol": "rest-json", "signing_name": "vault",
                  "endpoint_prefix": "vault"},
      "operations": {
        "Upload": {"input": "UploadInput", "http": {"method": "POST",
                   "request_uri": "/{accountId}/vaults/{vault}"}{OP}},
        "List": {"http": {"method": "GET", "request_uri": "/list"}}
      },
      "shapes": {
        "UploadInput": {"type": "structure", "payload": "body", "members": {
          "accountId": {"shape": "S", "location": "uri", "required": true},
          "vault": {"shape": "S", "location": "uri", "required": true},
          "n": {"shape": "I", "location": "querystring"},
          "body": {"shape": "B"}}},
        "S": {"type": "string"}, "I": {"type": "integer"}, "B": {"type": "blob", "streaming": true}
      }
    }"#;

    fn parse(op: &str) -> Result<AwsModel, String> {
        AwsModel::parse(&MODEL.replace("{OP}", op), "m.json").map_err(|e| e.to_string())
    }

    #[test]
    fn reads_the_customizations() {
        let m = parse(
            r#", "default_headers": {"x-amz-glacier-version": "2012-06-01"},
                 "body_digest_headers": {"x-amz-content-sha256": "sha256",
                                         "x-amz-sha256-tree-hash": "sha256_tree_hash"},
                 "input_defaults": {"accountId": "-"}"#,
        )
        .unwrap();
        let op = &m.operations["Upload"];
        assert_eq!(op.default_headers["x-amz-glacier-version"], "2012-06-01");
        assert_eq!(
            op.body_digest_headers["x-amz-sha256-tree-hash"],
            BodyDigest::Sha256TreeHash
        );
        assert_eq!(op.input_defaults["accountId"], "-");
        assert!(!m.operations["List"].query_to_form_body);
    }

    #[test]
    fn refuses_what_cannot_be_applied() {
        for (op, path, needle) in [
            (
                r#", "input_defaults": {"nope": "-"}"#,
                "operations.Upload.input_defaults.nope",
                "no member",
            ),
            (
                r#", "input_defaults": {"n": "1"}"#,
                "operations.Upload.input_defaults.n",
                "not a string",
            ),
            (
                r#", "default_headers": {"Bad Header": "x"}"#,
                "operations.Upload.default_headers",
                "not a header name",
            ),
            (
                r#", "default_headers": {"Accept": "a\nb"}"#,
                "operations.Upload.default_headers.Accept",
                "not a header value",
            ),
            (
                r#", "default_headers": {"X-D": "v"}, "body_digest_headers": {"x-d": "sha256"}"#,
                "operations.Upload.body_digest_headers.x-d",
                "also in",
            ),
            (
                r#", "query_to_form_body": true"#,
                "operations.Upload.query_to_form_body",
                "only a GET",
            ),
            (
                r#", "body_digest_headers": {"x-d": "md5"}"#,
                "operations.Upload.body_digest_headers.x-d",
                "unknown variant",
            ),
        ] {
            let e = parse(op).unwrap_err();
            assert!(
                e.starts_with(&format!("m.json: at `{path}`")) && e.contains(needle),
                "{op}: {e}"
            );
        }
        // A digest needs a raw payload: List has no input at all.
        let listed = MODEL.replace("{OP}", "").replace(
            r#""request_uri": "/list"}"#,
            r#""request_uri": "/list"}, "body_digest_headers": {"x-d": "sha256"}"#,
        );
        let e = AwsModel::parse(&listed, "m.json").unwrap_err().to_string();
        assert!(
            e.contains("operations.List.body_digest_headers") && e.contains("raw"),
            "{e}"
        );
        // Only rest-json models carry them.
        let json = MODEL
            .replace("{OP}", r#", "default_headers": {"A": "b"}"#)
            .replace(r#""protocol": "rest-json""#, r#""protocol": "rest-xml""#);
        let e = AwsModel::parse(&json, "m.json").unwrap_err().to_string();
        assert!(
            e.contains("at `operations.Upload`: botocore customizations"),
            "{e}"
        );
    }
}
