//! What botocore's handlers add to some services' requests beyond their
//! model (AWS's model file records it; the generated `request()` calls
//! these last): headers sent when absent, body digests, and
//! cloudsearchdomain's GET-as-form-POST.

use super::digest::{sha256_hex, sha256_tree_hash_hex};
use crate::runtime::operation::RequestParts;

/// A digest of the request body sent in a header.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BodyDigest {
    /// SHA-256, lowercase hex (`x-amz-content-sha256`).
    Sha256,
    /// Glacier's SHA-256 tree hash, lowercase hex (`x-amz-sha256-tree-hash`).
    Sha256TreeHash,
}

fn has_header(headers: &[(String, String)], name: &str) -> bool {
    headers.iter().any(|(n, _)| n.eq_ignore_ascii_case(name))
}

/// Adds `name: value` unless `headers` has that header already (any case):
/// a member bound to it (API Gateway GetExport's `accepts`) wins.
pub fn default_header(headers: &mut Vec<(String, String)>, name: &str, value: &str) {
    if !has_header(headers, name) {
        headers.push((name.to_owned(), value.to_owned()));
    }
}

/// Adds `name` with `digest` of `body` unless `headers` has it already (a
/// tree hash the caller gave).
pub fn body_digest_header(
    headers: &mut Vec<(String, String)>,
    name: &str,
    digest: BodyDigest,
    body: &[u8],
) {
    if !has_header(headers, name) {
        let value = match digest {
            BodyDigest::Sha256 => sha256_hex(body),
            BodyDigest::Sha256TreeHash => sha256_tree_hash_hex(body),
        };
        headers.push((name.to_owned(), value));
    }
}

/// A GET with a query becomes a POST whose body is that query, as
/// `application/x-www-form-urlencoded` (botocore's `change_get_to_post`).
pub fn query_to_form_body(parts: &mut RequestParts) {
    if parts.method != "GET" {
        return;
    }
    let Some((path, query)) = parts.path_and_query.split_once('?') else {
        return;
    };
    parts.body = query.as_bytes().to_vec();
    parts.path_and_query = path.to_owned();
    parts.method = "POST";
    parts
        .headers
        .retain(|(n, _)| !n.eq_ignore_ascii_case("content-type"));
    parts.headers.push((
        "Content-Type".to_owned(),
        "application/x-www-form-urlencoded".to_owned(),
    ));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(n, v)| ((*n).to_owned(), (*v).to_owned()))
            .collect()
    }

    #[test]
    fn a_default_header_never_overrides_one_set() {
        let mut h = headers(&[]);
        default_header(&mut h, "Accept", "application/json");
        assert_eq!(h, headers(&[("Accept", "application/json")]));
        // GetExport's `accepts` member is the Accept header: it wins, in any case.
        let mut h = headers(&[("accept", "application/yaml")]);
        default_header(&mut h, "Accept", "application/json");
        assert_eq!(h, headers(&[("accept", "application/yaml")]));
    }

    #[test]
    fn digests_are_added_unless_given() {
        let mut h = headers(&[("x-amz-sha256-tree-hash", "given")]);
        body_digest_header(&mut h, "x-amz-content-sha256", BodyDigest::Sha256, b"abc");
        body_digest_header(
            &mut h,
            "x-amz-sha256-tree-hash",
            BodyDigest::Sha256TreeHash,
            b"abc",
        );
        // botocore sends the content SHA-256 even when the tree hash is given.
        assert_eq!(
            h,
            headers(&[
                ("x-amz-sha256-tree-hash", "given"),
                (
                    "x-amz-content-sha256",
                    "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
                ),
            ])
        );
        let mut h = headers(&[]);
        body_digest_header(
            &mut h,
            "x-amz-sha256-tree-hash",
            BodyDigest::Sha256TreeHash,
            b"",
        );
        assert_eq!(
            h[0].1,
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
        );
    }

    #[test]
    fn a_get_query_moves_into_a_form_body() {
        let mut parts = RequestParts {
            method: "GET",
            path_and_query: "/2013-01-01/search?format=sdk&pretty=true&q=a%20b".to_owned(),
            headers: headers(&[("x-a", "1")]),
            body: Vec::new(),
        };
        query_to_form_body(&mut parts);
        assert_eq!(parts.method, "POST");
        assert_eq!(parts.path_and_query, "/2013-01-01/search");
        assert_eq!(parts.body, b"format=sdk&pretty=true&q=a%20b");
        assert_eq!(
            parts.headers,
            headers(&[
                ("x-a", "1"),
                ("Content-Type", "application/x-www-form-urlencoded")
            ])
        );
        // Without a query (or not a GET) nothing moves.
        let mut plain = RequestParts {
            method: "GET",
            path_and_query: "/p".to_owned(),
            headers: Vec::new(),
            body: Vec::new(),
        };
        query_to_form_body(&mut plain);
        assert_eq!((plain.method, plain.path_and_query.as_str()), ("GET", "/p"));
    }
}
