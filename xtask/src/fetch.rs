//! Reading a document by URL: `http://` and `https://` through `ureq`,
//! `file://` URLs and plain filesystem paths from disk.

use std::fmt;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// Largest body accepted over HTTP (the biggest apis.guru AWS spec is a few MB).
const MAX_BODY: u64 = 64 * 1024 * 1024;

/// A URL that could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FetchError {
    /// The URL (or base) that failed.
    pub url: String,
    /// The underlying error.
    pub message: String,
}

impl fmt::Display for FetchError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "cannot fetch {}: {}", self.url, self.message)
    }
}

impl std::error::Error for FetchError {}

fn error(url: &str, message: impl Into<String>) -> FetchError {
    FetchError {
        url: url.to_string(),
        message: message.into(),
    }
}

/// Turns a user-supplied base into a URL ending in `/`.
///
/// `http://`, `https://` and `file://` URLs are kept (a missing trailing `/`
/// is added); any other `scheme://` is rejected; anything else is taken as a
/// filesystem path and turned into an absolute `file://` URL.
pub fn normalize_base(base: &str) -> Result<String, FetchError> {
    let base = base.trim();
    if base.is_empty() {
        return Err(error(base, "the base URL is empty"));
    }
    let url = match base.split_once("://") {
        Some((scheme, _)) => {
            if !["http", "https", "file"].contains(&scheme.to_ascii_lowercase().as_str()) {
                return Err(error(
                    base,
                    format!("unsupported URL scheme {scheme:?} (use http://, https:// or file://)"),
                ));
            }
            base.to_string()
        }
        None => {
            let abs =
                std::path::absolute(base).map_err(|e| error(base, format!("bad path: {e}")))?;
            path_to_file_url(&lexically_normal(&abs))
        }
    };
    Ok(if url.ends_with('/') {
        url
    } else {
        format!("{url}/")
    })
}

/// `path` with `.` and `..` resolved by name (no symlinks followed), so the
/// manifest records `file:///work/shared/…`, not `file:///work/main/../shared/…`.
fn lexically_normal(path: &std::path::Path) -> std::path::PathBuf {
    use std::path::Component;
    let mut out = std::path::PathBuf::new();
    for c in path.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

/// `base` (ending in `/`, see [`normalize_base`]) followed by `relative`.
pub fn join(base: &str, relative: &str) -> String {
    format!(
        "{}/{}",
        base.trim_end_matches('/'),
        relative.trim_start_matches('/')
    )
}

/// `file://` URL of an absolute path (`%` and spaces are percent-encoded).
pub fn path_to_file_url(path: &Path) -> String {
    let text = path
        .to_string_lossy()
        .replace('\\', "/")
        .replace('%', "%25")
        .replace(' ', "%20");
    if text.starts_with('/') {
        format!("file://{text}")
    } else {
        // Windows drive paths: file:///C:/...
        format!("file:///{text}")
    }
}

/// Filesystem path of a `file://` URL (`file:///p`, `file://localhost/p`).
/// `%XX` escapes are decoded.
pub fn file_url_to_path(url: &str) -> Result<PathBuf, FetchError> {
    let rest =
        strip_prefix_ignore_case(url, "file://").ok_or_else(|| error(url, "not a file:// URL"))?;
    let rest = rest.split(['?', '#']).next().unwrap_or_default();
    let path = if rest.starts_with('/') {
        rest
    } else if let Some(p) = strip_prefix_ignore_case(rest, "localhost/") {
        &rest[rest.len() - p.len() - 1..]
    } else {
        return Err(error(
            url,
            "file:// URLs must name a local absolute path (file:///path/to/dir/)",
        ));
    };
    let decoded = percent_decode(path).ok_or_else(|| error(url, "bad %-escape in file:// URL"))?;
    // `file:///C:/x` on Windows names `C:/x`.
    let decoded = match decoded.as_bytes() {
        [b'/', d, b':', ..] if d.is_ascii_alphabetic() && cfg!(windows) => decoded[1..].to_string(),
        _ => decoded,
    };
    Ok(PathBuf::from(decoded))
}

/// Reads the whole document at `url`.
///
/// HTTP responses other than 2xx are errors naming the status; redirects are
/// followed. `file://` URLs are read from disk.
pub fn fetch(url: &str) -> Result<Vec<u8>, FetchError> {
    if strip_prefix_ignore_case(url, "file://").is_some() {
        let path = file_url_to_path(url)?;
        return std::fs::read(&path)
            .map_err(|e| error(url, format!("cannot read {}: {e}", path.display())));
    }
    if strip_prefix_ignore_case(url, "http://").is_some()
        || strip_prefix_ignore_case(url, "https://").is_some()
    {
        return fetch_http(url);
    }
    Err(error(
        url,
        "unsupported URL (use http://, https:// or file://)",
    ))
}

fn fetch_http(url: &str) -> Result<Vec<u8>, FetchError> {
    let mut config = ureq::Agent::config_builder()
        .timeout_connect(Some(Duration::from_secs(15)))
        .timeout_global(Some(Duration::from_secs(300)))
        .http_status_as_error(false)
        .user_agent(concat!(
            "aws-json-codegen-xtask/",
            env!("CARGO_PKG_VERSION")
        ));
    if is_loopback(url) {
        // A proxy from the environment cannot reach this machine's loopback.
        config = config.proxy(None);
    }
    let agent: ureq::Agent = config.build().into();
    let mut response = agent
        .get(url)
        .call()
        .map_err(|e| error(url, e.to_string()))?;
    let status = response.status();
    if !status.is_success() {
        return Err(error(url, format!("HTTP {status}")));
    }
    response
        .body_mut()
        .with_config()
        .limit(MAX_BODY)
        .read_to_vec()
        .map_err(|e| error(url, format!("reading the response body: {e}")))
}

fn is_loopback(url: &str) -> bool {
    let after_scheme = url.split_once("://").map_or(url, |(_, rest)| rest);
    let authority = after_scheme
        .split(['/', '?', '#'])
        .next()
        .unwrap_or_default();
    let host_port = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
    let host = if let Some(v6) = host_port.strip_prefix('[') {
        v6.split(']').next().unwrap_or_default()
    } else {
        host_port.split(':').next().unwrap_or_default()
    };
    host.eq_ignore_ascii_case("localhost")
        || host
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback())
}

fn strip_prefix_ignore_case<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
    let head = s.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix)
        .then(|| &s[prefix.len()..])
}

fn percent_decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = s.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bases_get_one_trailing_slash() {
        assert_eq!(
            normalize_base("https://api.apis.guru/v2").unwrap(),
            "https://api.apis.guru/v2/"
        );
        assert_eq!(normalize_base("file:///m/v2/").unwrap(), "file:///m/v2/");
        #[cfg(unix)]
        assert_eq!(
            normalize_base("/work/main/../shared/./v2").unwrap(),
            "file:///work/shared/v2/"
        );
        assert_eq!(join("http://h/v2/", "list.json"), "http://h/v2/list.json");
        assert!(normalize_base("ftp://h/")
            .unwrap_err()
            .message
            .contains("unsupported URL scheme"));
    }

    #[test]
    fn file_urls() {
        assert_eq!(
            file_url_to_path("file:///a%20b/c").unwrap(),
            PathBuf::from("/a b/c")
        );
        assert_eq!(
            file_url_to_path("file://localhost/a/b").unwrap(),
            PathBuf::from("/a/b")
        );
        assert!(file_url_to_path("file://host/a").is_err());
        assert_eq!(path_to_file_url(Path::new("/a b/c")), "file:///a%20b/c");
    }

    #[test]
    fn loopback_hosts() {
        assert!(is_loopback("http://127.0.0.1:8080/v2/"));
        assert!(is_loopback("http://localhost/"));
        assert!(is_loopback("http://[::1]:80/"));
        assert!(!is_loopback("https://api.apis.guru/v2/"));
    }
}
