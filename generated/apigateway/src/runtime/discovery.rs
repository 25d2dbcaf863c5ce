//! Endpoint discovery, as botocore does it (`botocore/discovery.py`): an
//! operation that requires it (timestream-write `WriteRecords`) is sent to
//! the address the service's discovery operation (`DescribeEndpoints`)
//! names; the answer is cached for its `CachePeriodInMinutes`. When a
//! refresh fails, an expired address is used while there is one (and no new
//! refresh is tried for a minute); without one the call fails. A configured
//! endpoint URL turns discovery off (requests go there). A `421` or an
//! `InvalidEndpointException` drops the cached address and the call is
//! sent once more to a fresh one.

use std::sync::Mutex;
use std::time::{Duration, Instant};

use super::endpoint::Endpoint;

/// How long a failed refresh keeps a stale address in use before the next try.
const FAILED_REFRESH_BACKOFF: Duration = Duration::from_secs(60);

#[derive(Debug, Default)]
struct Entry {
    endpoint: Option<(Endpoint, Instant)>,
    failed_until: Option<Instant>,
}

/// The discovered endpoint of one client (shared by its clones).
#[derive(Debug, Default)]
pub struct Cache(Mutex<Entry>);

/// What the cache says before a call.
#[derive(Debug, PartialEq, Eq)]
pub enum Lookup {
    /// Use this address (still valid, or stale after a recent failure).
    Use(Endpoint),
    /// Refresh first.
    Refresh,
}

impl Cache {
    pub fn lookup(&self, now: Instant) -> Lookup {
        let entry = self.0.lock().unwrap_or_else(|e| e.into_inner());
        match (&entry.endpoint, entry.failed_until) {
            (Some((endpoint, expires)), _) if now < *expires => Lookup::Use(endpoint.clone()),
            (Some((endpoint, _)), Some(until)) if now < until => Lookup::Use(endpoint.clone()),
            _ => Lookup::Refresh,
        }
    }

    pub fn store(&self, endpoint: Endpoint, expires: Instant) {
        let mut entry = self.0.lock().unwrap_or_else(|e| e.into_inner());
        *entry = Entry {
            endpoint: Some((endpoint, expires)),
            failed_until: None,
        };
    }

    /// A refresh failed: the stale address (if any) to use meanwhile.
    pub fn failed(&self, now: Instant) -> Option<Endpoint> {
        let mut entry = self.0.lock().unwrap_or_else(|e| e.into_inner());
        entry.failed_until = Some(now + FAILED_REFRESH_BACKOFF);
        entry.endpoint.as_ref().map(|(e, _)| e.clone())
    }

    /// The service said the address is wrong (421 / InvalidEndpointException).
    pub fn evict(&self) {
        let mut entry = self.0.lock().unwrap_or_else(|e| e.into_inner());
        *entry = Entry::default();
    }
}

/// `Endpoints[0]` of a `DescribeEndpoints` answer: the endpoint and how long
/// it may be used. Server text: checked like a configured endpoint URL.
pub fn parse_answer(body: &[u8]) -> Result<(Endpoint, Duration), String> {
    let value: serde_json::Value =
        serde_json::from_slice(body).map_err(|e| format!("the answer is not JSON: {e}"))?;
    let first = value
        .get("Endpoints")
        .and_then(|e| e.as_array())
        .and_then(|e| e.first())
        .ok_or("the answer lists no `Endpoints`")?;
    let address = first
        .get("Address")
        .and_then(|a| a.as_str())
        .ok_or("`Endpoints[0].Address` is missing")?;
    let minutes = first
        .get("CachePeriodInMinutes")
        .and_then(|m| m.as_u64())
        .ok_or("`Endpoints[0].CachePeriodInMinutes` is missing or not a whole number")?;
    // botocore: an address without a scheme is an https host.
    let url = if address.starts_with("http") {
        address.to_owned()
    } else {
        format!("https://{address}")
    };
    let endpoint = Endpoint::parse(&url).map_err(|e| format!("`Endpoints[0].Address`: {e}"))?;
    Ok((endpoint, Duration::from_secs(minutes.saturating_mul(60))))
}

/// Whether a response says the discovered address is not (or no longer)
/// the right one.
pub fn is_invalid_endpoint(status: u16, error_code: Option<&str>) -> bool {
    status == 421 || error_code == Some("InvalidEndpointException")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_first_endpoint() {
        let (e, ttl) = parse_answer(
            br#"{"Endpoints": [{"Address": "ingest-cell2.timestream.us-east-1.amazonaws.com", "CachePeriodInMinutes": 1440}, {"Address": "other", "CachePeriodInMinutes": 1}]}"#,
        )
        .unwrap();
        assert_eq!(
            e.url(),
            "https://ingest-cell2.timestream.us-east-1.amazonaws.com"
        );
        assert_eq!(ttl, Duration::from_secs(1440 * 60));
        for (bad, why) in [
            (&b"nope"[..], "not JSON"),
            (br#"{"Endpoints": []}"#, "no `Endpoints`"),
            (
                br#"{"Endpoints": [{"CachePeriodInMinutes": 1}]}"#,
                "Address",
            ),
            (
                br#"{"Endpoints": [{"Address": "a.b"}]}"#,
                "CachePeriodInMinutes",
            ),
            (
                br#"{"Endpoints": [{"Address": "a b/\r\n", "CachePeriodInMinutes": 1}]}"#,
                "invalid endpoint URL",
            ),
            (
                br#"{"Endpoints": [{"Address": "user:pw@evil", "CachePeriodInMinutes": 1}]}"#,
                "user info",
            ),
        ] {
            let e = parse_answer(bad).unwrap_err();
            assert!(e.contains(why), "{e}");
        }
    }

    #[test]
    fn cache_expires_and_keeps_a_stale_address_after_a_failure() {
        let cache = Cache::default();
        let t0 = Instant::now();
        assert_eq!(cache.lookup(t0), Lookup::Refresh);
        // No stale address: nothing to fall back on.
        assert_eq!(cache.failed(t0), None);
        let e = Endpoint::parse("https://cell-1.example.com").unwrap();
        cache.store(e.clone(), t0 + Duration::from_secs(60));
        assert_eq!(
            cache.lookup(t0 + Duration::from_secs(59)),
            Lookup::Use(e.clone())
        );
        let later = t0 + Duration::from_secs(61);
        assert_eq!(cache.lookup(later), Lookup::Refresh);
        assert_eq!(cache.failed(later), Some(e.clone()));
        // Within a minute of the failure: the stale address, no new refresh.
        assert_eq!(
            cache.lookup(later + Duration::from_secs(30)),
            Lookup::Use(e.clone())
        );
        assert_eq!(
            cache.lookup(later + Duration::from_secs(61)),
            Lookup::Refresh
        );
        cache.evict();
        assert_eq!(cache.lookup(t0), Lookup::Refresh);
        assert!(is_invalid_endpoint(421, None));
        assert!(is_invalid_endpoint(400, Some("InvalidEndpointException")));
        assert!(!is_invalid_endpoint(400, Some("ValidationException")));
    }
}
