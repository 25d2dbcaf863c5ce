//! The request URI: labels expanded into the model's `requestUri` template,
//! then the query string (the template's static part first).

use std::fmt;

use super::{percent_encode, ToWire};

/// A label value (`{FunctionName}`) as botocore encodes it: every byte but
/// the unreserved `A-Z a-z 0-9 - . _ ~` percent-encoded, `/` included
/// (`a/b` → `a%2Fb`, a space → `%20`).
pub fn encode_label(value: &str) -> String {
    percent_encode(value, false)
}

/// A greedy label value (`{Key+}`): as [`encode_label`] but `/` is kept
/// (`a/b c` → `a/b%20c`).
pub fn encode_greedy_label(value: &str) -> String {
    percent_encode(value, true)
}

/// Why a request URI could not be built. Nothing was sent.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum UriError {
    /// A label's value is empty: Smithy forbids it (it would change the
    /// path: `/functions/{Name}/x` would become `/functions//x`). botocore
    /// sends the empty segment.
    EmptyLabel { template: String, label: String },
    /// The template names a label the caller did not supply.
    MissingLabel { template: String, label: String },
    /// The template itself is malformed (an unclosed `{`, a label in the
    /// query part).
    BadTemplate {
        template: String,
        reason: &'static str,
    },
}

impl fmt::Display for UriError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            UriError::EmptyLabel { template, label } => write!(
                f,
                "URI label `{label}` of `{template}` is empty (a value that goes into the request path must not be empty)"
            ),
            UriError::MissingLabel { template, label } => {
                write!(f, "URI label `{label}` of `{template}` has no value")
            }
            UriError::BadTemplate { template, reason } => {
                write!(f, "malformed URI template `{template}`: {reason}")
            }
        }
    }
}

impl std::error::Error for UriError {}

/// Query parameters in the order they were pushed. A key pushed by name
/// ([`push`](Self::push), [`push_list`](Self::push_list)) wins over the same
/// key from a map member ([`push_map`](Self::push_map)), whatever the order
/// (Smithy's `httpQueryParams` rule; botocore lets the later one win).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct QueryParams {
    pairs: Vec<(String, String, bool)>,
}

impl QueryParams {
    pub fn new() -> Self {
        QueryParams::default()
    }

    /// One `key=value` (a `querystring` scalar member).
    pub fn push(&mut self, key: &str, value: impl ToWire) {
        self.pairs.push((key.to_owned(), value.to_wire(), false));
    }

    /// `key=a&key=b` (a `querystring` list member); nothing when empty.
    pub fn push_list<I>(&mut self, key: &str, values: I)
    where
        I: IntoIterator,
        I::Item: ToWire,
    {
        for v in values {
            self.push(key, v);
        }
    }

    /// A `querystring` map of strings: each entry is its own parameter,
    /// sorted by key (a `HashMap` has no order; the signature sorts anyway).
    pub fn push_map<I, K, V>(&mut self, map: I)
    where
        I: IntoIterator<Item = (K, V)>,
        K: AsRef<str>,
        V: ToWire,
    {
        let mut entries: Vec<(String, String)> = map
            .into_iter()
            .map(|(k, v)| (k.as_ref().to_owned(), v.to_wire()))
            .collect();
        entries.sort();
        self.pairs
            .extend(entries.into_iter().map(|(k, v)| (k, v, true)));
    }

    /// A `querystring` map of lists of strings: each value of each entry is
    /// a `key=value` pair (sorted by key, values in list order).
    pub fn push_map_of_lists<I, K, L>(&mut self, map: I)
    where
        I: IntoIterator<Item = (K, L)>,
        K: AsRef<str>,
        L: IntoIterator,
        L::Item: ToWire,
    {
        let mut entries: Vec<(String, Vec<String>)> = map
            .into_iter()
            .map(|(k, l)| {
                (
                    k.as_ref().to_owned(),
                    l.into_iter().map(|v| v.to_wire()).collect(),
                )
            })
            .collect();
        entries.sort_by(|a, b| a.0.cmp(&b.0));
        for (k, values) in entries {
            self.pairs
                .extend(values.into_iter().map(|v| (k.clone(), v, true)));
        }
    }

    /// The pairs sent (unencoded), map entries shadowed by a named key left out.
    pub fn pairs(&self) -> impl Iterator<Item = (&str, &str)> {
        self.pairs
            .iter()
            .filter(|(k, _, from_map)| {
                !*from_map || !self.pairs.iter().any(|(n, _, m)| !*m && n == k)
            })
            .map(|(k, v, _)| (k.as_str(), v.as_str()))
    }

    pub fn is_empty(&self) -> bool {
        self.pairs.is_empty()
    }

    /// `k=v&k2=v2`, keys and values percent-encoded as labels are
    /// (botocore `percent_encode_sequence`: a space is `%20`, `/` is `%2F`).
    pub fn encode(&self) -> String {
        let mut out = String::new();
        for (k, v) in self.pairs() {
            if !out.is_empty() {
                out.push('&');
            }
            out.push_str(&percent_encode(k, false));
            out.push('=');
            out.push_str(&percent_encode(v, false));
        }
        out
    }
}

/// The request path and query for `template` (the model's `requestUri`,
/// e.g. `/2015-03-31/functions/{FunctionName}/invocations` or
/// `/{Bucket}/{Key+}?uploads`): each `{Label}`/`{Label+}` replaced by its
/// value from `labels` (found by label name, encoded by [`encode_label`] /
/// [`encode_greedy_label`]), the template's static query part kept as
/// written, then `query` after `?` or `&` (botocore `prepare_request_dict`).
///
/// Unlike botocore, no bare `?` is left when every query member is an
/// empty list (`/q?`): the same request to the server and to the signature.
pub fn build_uri(
    template: &str,
    labels: &[(&str, &str)],
    query: &QueryParams,
) -> Result<String, UriError> {
    let bad = |reason| UriError::BadTemplate {
        template: template.to_owned(),
        reason,
    };
    let (path, static_query) = match template.split_once('?') {
        Some((p, q)) => (p, Some(q)),
        None => (template, None),
    };
    if static_query.is_some_and(|q| q.contains(['{', '}'])) {
        return Err(bad("a label in the query part"));
    }
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest = path;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let close = after.find('}').ok_or_else(|| bad("`{` without `}`"))?;
        let (label, greedy) = match after[..close].strip_suffix('+') {
            Some(l) => (l, true),
            None => (&after[..close], false),
        };
        if label.is_empty() || label.contains('{') {
            return Err(bad("an empty or nested label name"));
        }
        let value = labels
            .iter()
            .find(|(name, _)| *name == label)
            .map(|(_, v)| *v)
            .ok_or_else(|| UriError::MissingLabel {
                template: template.to_owned(),
                label: label.to_owned(),
            })?;
        if value.is_empty() {
            return Err(UriError::EmptyLabel {
                template: template.to_owned(),
                label: label.to_owned(),
            });
        }
        out.push_str(&if greedy {
            encode_greedy_label(value)
        } else {
            encode_label(value)
        });
        rest = &after[close + 1..];
    }
    if rest.contains('}') {
        return Err(bad("`}` without `{`"));
    }
    out.push_str(rest);
    let encoded = query.encode();
    match static_query {
        Some(fixed) => {
            out.push('?');
            out.push_str(fixed);
            if !encoded.is_empty() {
                if !fixed.is_empty() {
                    out.push('&');
                }
                out.push_str(&encoded);
            }
        }
        None if !encoded.is_empty() => {
            out.push('?');
            out.push_str(&encoded);
        }
        None => {}
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use super::super::{timestamp_to_wire, TimestampFormat};
    use super::*;
    use crate::runtime::timestamp::Timestamp;

    fn path(template: &str, labels: &[(&str, &str)]) -> Result<String, UriError> {
        build_uri(template, labels, &QueryParams::new())
    }

    /// rest_oracle.py "labels": botocore's URL path for `/p/{L}/g/{G+}` with
    /// the same value in both labels.
    #[test]
    fn plain_and_greedy_labels_match_botocore() {
        let cases = [
            ("a b", "/p/a%20b/g/a%20b"),
            ("a/b", "/p/a%2Fb/g/a/b"),
            ("a~b-c_d.e", "/p/a~b-c_d.e/g/a~b-c_d.e"),
            ("é☃𝄞", "/p/%C3%A9%E2%98%83%F0%9D%84%9E/g/%C3%A9%E2%98%83%F0%9D%84%9E"),
            (
                "!*'();:@&=+$,/?#[]%",
                "/p/%21%2A%27%28%29%3B%3A%40%26%3D%2B%24%2C%2F%3F%23%5B%5D%25/g/%21%2A%27%28%29%3B%3A%40%26%3D%2B%24%2C/%3F%23%5B%5D%25",
            ),
            ("x%2Fy", "/p/x%252Fy/g/x%252Fy"),
            ("\u{0}\u{7f}", "/p/%00%7F/g/%00%7F"),
            ("tab\there", "/p/tab%09here/g/tab%09here"),
        ];
        for (value, want) in cases {
            assert_eq!(
                path("/p/{L}/g/{G+}", &[("L", value), ("G", value)]).unwrap(),
                want,
                "{value:?}"
            );
        }
    }

    /// rest_oracle.py "whole client": the URLs a botocore client sends for
    /// lambda GetFunction and iot DeleteTopicRuleDestination (greedy).
    #[test]
    fn real_operations_match_a_botocore_client() {
        let mut q = QueryParams::new();
        q.push("Qualifier", "x y/+");
        assert_eq!(
            build_uri(
                "/2015-03-31/functions/{FunctionName}",
                &[("FunctionName", "a b/c~é!")],
                &q
            )
            .unwrap(),
            "/2015-03-31/functions/a%20b%2Fc~%C3%A9%21?Qualifier=x%20y%2F%2B"
        );
        assert_eq!(
            path(
                "/destinations/{arn+}",
                &[("arn", "arn:aws:iot:us-east-1:1:ruledestination/http/a b")]
            )
            .unwrap(),
            "/destinations/arn%3Aaws%3Aiot%3Aus-east-1%3A1%3Aruledestination/http/a%20b"
        );
    }

    /// rest_oracle.py "int/bool/ts labels": `/-5/true/2024-01-02T03%3A04%3A05.678000Z`.
    #[test]
    fn non_string_labels() {
        let t = timestamp_to_wire(&Timestamp::new(1_704_164_645, 678_000_000), None);
        let (n, b) = ((-5i32).to_wire(), true.to_wire());
        assert_eq!(
            path("/{A}/{B}/{C}", &[("A", &n), ("B", &b), ("C", &t)]).unwrap(),
            "/-5/true/2024-01-02T03%3A04%3A05.678000Z"
        );
    }

    /// botocore sends `/p//g/` for empty labels; Smithy forbids them.
    #[test]
    fn empty_missing_and_malformed() {
        let err = path("/p/{L}/g/{G+}", &[("L", "x"), ("G", "")]).unwrap_err();
        assert_eq!(
            err,
            UriError::EmptyLabel {
                template: "/p/{L}/g/{G+}".into(),
                label: "G".into()
            }
        );
        assert_eq!(
            err.to_string(),
            "URI label `G` of `/p/{L}/g/{G+}` is empty (a value that goes into the request path must not be empty)"
        );
        assert_eq!(
            path("/p/{L}", &[("Other", "x")]).unwrap_err().to_string(),
            "URI label `L` of `/p/{L}` has no value"
        );
        for (template, reason) in [
            ("/p/{L", "`{` without `}`"),
            ("/p/L}", "`}` without `{`"),
            ("/p/{}", "an empty or nested label name"),
            ("/p?x={L}", "a label in the query part"),
        ] {
            assert_eq!(
                path(template, &[("L", "v")]).unwrap_err(),
                UriError::BadTemplate {
                    template: template.into(),
                    reason
                },
            );
        }
    }

    /// rest_oracle.py "query" `all kinds`, with the map key `s` renamed (see
    /// `named_key_beats_map_entry`).
    #[test]
    fn query_of_every_kind_matches_botocore() {
        let t = Timestamp::new(1_704_164_645, 678_000_000);
        let mut q = QueryParams::new();
        q.push("s", "a b&c=d/é+~");
        q.push_list("l", ["x", "", "y z"]);
        q.push("i", 7);
        q.push("b", false);
        q.push("f", 1.5);
        q.push("t", timestamp_to_wire(&t, None));
        q.push(
            "te",
            timestamp_to_wire(&t, Some(TimestampFormat::EpochSeconds)),
        );
        q.push("th", timestamp_to_wire(&t, Some(TimestampFormat::HttpDate)));
        q.push_map(HashMap::from([("k 1", "v/1")]));
        q.push_map_of_lists(HashMap::from([("multi", vec!["1", "2"]), ("none", vec![])]));
        assert_eq!(
            build_uri("/q", &[], &q).unwrap(),
            "/q?s=a%20b%26c%3Dd%2F%C3%A9%2B~&l=x&l=&l=y%20z&i=7&b=false&f=1.5\
             &t=2024-01-02T03%3A04%3A05.678000Z&te=1704164645.678\
             &th=Tue%2C%2002%20Jan%202024%2003%3A04%3A05%20GMT&k%201=v%2F1&multi=1&multi=2"
        );
    }

    /// rest_oracle.py: botocore's `/path?versioning&s=v`, `/path?versioning`,
    /// `/tags?operation=tag-resource&l=a&l=b`, `/q?s=`; `/q?` for an empty
    /// list is botocore's artefact, not kept.
    #[test]
    fn static_query_and_empty_values() {
        let mut s = QueryParams::new();
        s.push("s", "v");
        assert_eq!(
            build_uri("/path?versioning", &[], &s).unwrap(),
            "/path?versioning&s=v"
        );
        assert_eq!(
            build_uri("/path?versioning", &[], &QueryParams::new()).unwrap(),
            "/path?versioning"
        );
        let mut l = QueryParams::new();
        l.push_list("l", ["a", "b"]);
        assert_eq!(
            build_uri("/tags?operation=tag-resource", &[], &l).unwrap(),
            "/tags?operation=tag-resource&l=a&l=b"
        );
        let mut e = QueryParams::new();
        e.push("s", "");
        assert_eq!(build_uri("/q", &[], &e).unwrap(), "/q?s=");
        let mut none = QueryParams::new();
        none.push_list("l", Vec::<String>::new());
        assert!(none.is_empty());
        assert_eq!(build_uri("/q", &[], &none).unwrap(), "/q");
        assert_eq!(
            build_uri("/{Id}?x=y", &[("Id", "a b")], &s).unwrap(),
            "/a%20b?x=y&s=v"
        );
    }

    /// Smithy (RestJsonQueryPrecedence): the named member wins over a map
    /// entry with its key. botocore lets whichever comes later in the
    /// caller's dict win (rest_oracle.py "named before map" gives
    /// `s=from%20map`, "map before named" `s=named`).
    #[test]
    fn named_key_beats_map_entry() {
        let mut q = QueryParams::new();
        q.push("s", "named");
        q.push_map(HashMap::from([("s", "from map"), ("other", "kept")]));
        assert_eq!(q.encode(), "s=named&other=kept");
        let mut q = QueryParams::new();
        q.push_map(HashMap::from([("s", "from map")]));
        q.push("s", "named");
        assert_eq!(q.pairs().collect::<Vec<_>>(), [("s", "named")]);
    }

    #[test]
    fn map_entries_are_sorted() {
        let mut q = QueryParams::new();
        q.push_map(HashMap::from([("b", "2"), ("a", "1"), ("c", "3")]));
        assert_eq!(q.encode(), "a=1&b=2&c=3");
    }
}
