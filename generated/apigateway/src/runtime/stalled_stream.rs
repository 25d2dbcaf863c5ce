//! Stalled-stream protection: an attempt fails (as a retryable timeout) when
//! the server accepts the request but does not start answering, or starts
//! and then stops, or trickles the body.
//!
//! The official AWS SDK for Rust has "stalled stream protection" on by
//! default: a response body (and upload) that moves less than 1 byte/s for
//! longer than a 5 s grace period fails. It does not cover the wait for the
//! response to start (its `read_timeout` is unset by default), and 1 byte/s
//! lets a server that sends a byte every half second hold a call for as long
//! as it likes. Here both are covered by default:
//!
//! * **first byte**: the response (status line and headers) must start
//!   within [`DEFAULT_FIRST_BYTE_TIMEOUT`] (30 s, the AWS SDK for Java's
//!   default read timeout) of sending the request — longer for long-poll
//!   operations, which get at least their hold time. This also covers a
//!   server that stops reading the request body.
//! * **body progress**: once the headers are in, every grace period
//!   ([`DEFAULT_GRACE_PERIOD`], 5 s, the Rust SDK's) must bring at least
//!   `minimum_throughput × grace period` bytes
//!   ([`DEFAULT_MINIMUM_THROUGHPUT`], 1 KiB/s, so 5 KiB) and at least one
//!   byte, until the body is complete. These clients read whole JSON bodies
//!   (no streaming operations), so a healthy response is never that slow.
//!
//! There is still no limit on the whole call by default (as in the AWS
//! SDKs): a server trickling just above the minimum can hold a call until
//! the body size limit is reached. Set `TimeoutConfig::attempt` or
//! `::operation` for a hard bound.
//!
//! The protection lives in the built-in transport
//! ([`HyperClient`](super::transport::HyperClient)); a custom
//! [`HttpClient`](super::http::HttpClient) brings its own.

use std::time::Duration;

/// Default grace period: 5 s, as in the AWS SDK for Rust.
pub const DEFAULT_GRACE_PERIOD: Duration = Duration::from_secs(5);
/// Default minimum body throughput: 1 KiB/s.
pub const DEFAULT_MINIMUM_THROUGHPUT: u64 = 1024;
/// Default wait for the response to start: 30 s.
pub const DEFAULT_FIRST_BYTE_TIMEOUT: Duration = Duration::from_secs(30);

/// Stalled-stream protection settings (see the [module docs](self)).
/// [`StalledStreamProtectionConfig::enabled`] (the default) or
/// [`StalledStreamProtectionConfig::disabled`], then adjusted with the
/// `with_…` methods:
///
/// ```ignore
/// let protection = StalledStreamProtectionConfig::enabled()
///     .with_grace_period(Duration::from_secs(10))
///     .with_first_byte_timeout(Duration::from_secs(120));
/// let config = Config::from_env().stalled_stream_protection(protection).build();
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StalledStreamProtectionConfig {
    enabled: bool,
    grace_period: Duration,
    minimum_throughput: u64,
    first_byte_timeout: Duration,
}

impl Default for StalledStreamProtectionConfig {
    fn default() -> Self {
        StalledStreamProtectionConfig::enabled()
    }
}

impl StalledStreamProtectionConfig {
    /// On, with the defaults: 30 s for the response to start, then at least
    /// 1 KiB/s (and a byte) every 5 s grace period.
    pub fn enabled() -> Self {
        StalledStreamProtectionConfig {
            enabled: true,
            grace_period: DEFAULT_GRACE_PERIOD,
            minimum_throughput: DEFAULT_MINIMUM_THROUGHPUT,
            first_byte_timeout: DEFAULT_FIRST_BYTE_TIMEOUT,
        }
    }

    /// Off: a server that never answers, or stops mid-body, hangs the call
    /// unless a `TimeoutConfig` limit is set.
    pub fn disabled() -> Self {
        StalledStreamProtectionConfig {
            enabled: false,
            ..StalledStreamProtectionConfig::enabled()
        }
    }

    /// The window in which the body must make progress (at least 1 ms).
    pub fn with_grace_period(mut self, grace_period: Duration) -> Self {
        self.grace_period = grace_period.max(Duration::from_millis(1));
        self
    }

    /// Bytes per second the body must average over each grace period; 0
    /// means any progress (one byte per grace period) will do.
    pub fn with_minimum_throughput(mut self, bytes_per_second: u64) -> Self {
        self.minimum_throughput = bytes_per_second;
        self
    }

    /// How long, from sending the request, the response may take to start
    /// (long-poll operations always get at least their hold time).
    pub fn with_first_byte_timeout(mut self, timeout: Duration) -> Self {
        self.first_byte_timeout = timeout;
        self
    }

    pub fn is_enabled(&self) -> bool {
        self.enabled
    }

    pub fn grace_period(&self) -> Duration {
        self.grace_period
    }

    /// In bytes per second.
    pub fn minimum_throughput(&self) -> u64 {
        self.minimum_throughput
    }

    pub fn first_byte_timeout(&self) -> Duration {
        self.first_byte_timeout
    }

    /// Bytes each grace period must bring: at least one.
    pub(crate) fn bytes_per_grace_period(&self) -> u64 {
        let bytes = self.minimum_throughput as f64 * self.grace_period.as_secs_f64();
        (bytes.ceil() as u64).max(1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_and_setters() {
        let d = StalledStreamProtectionConfig::default();
        assert!(d.is_enabled());
        assert_eq!(d.grace_period(), Duration::from_secs(5));
        assert_eq!(d.minimum_throughput(), 1024);
        assert_eq!(d.first_byte_timeout(), Duration::from_secs(30));
        assert_eq!(d.bytes_per_grace_period(), 5 * 1024);
        assert!(!StalledStreamProtectionConfig::disabled().is_enabled());

        let c = StalledStreamProtectionConfig::enabled()
            .with_grace_period(Duration::ZERO)
            .with_minimum_throughput(0)
            .with_first_byte_timeout(Duration::from_secs(1));
        assert_eq!(c.grace_period(), Duration::from_millis(1));
        assert_eq!(c.bytes_per_grace_period(), 1, "any progress");
        assert_eq!(c.first_byte_timeout(), Duration::from_secs(1));
        let c = c
            .with_grace_period(Duration::from_millis(250))
            .with_minimum_throughput(10);
        assert_eq!(c.bytes_per_grace_period(), 3);
    }
}
