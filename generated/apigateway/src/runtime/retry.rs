//! Retries in the manner of the AWS SDKs' *standard* mode: a bounded number
//! of attempts, exponential backoff with full jitter and a cap, and a
//! client-wide token bucket so a failing service is not hammered.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use super::error::ErrorMetadata;

/// How many attempts, and how long to wait between them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RetryConfig {
    max_attempts: u32,
    initial_backoff: Duration,
    max_backoff: Duration,
}

impl Default for RetryConfig {
    fn default() -> Self {
        RetryConfig::standard()
    }
}

impl RetryConfig {
    /// 3 attempts, backoff `rand(0..1) × 1 s × 2^(attempt-1)` capped at 20 s:
    /// the AWS SDKs' standard mode.
    pub fn standard() -> Self {
        RetryConfig {
            max_attempts: 3,
            initial_backoff: Duration::from_secs(1),
            max_backoff: Duration::from_secs(20),
        }
    }

    /// One attempt, no retries.
    pub fn disabled() -> Self {
        RetryConfig {
            max_attempts: 1,
            ..RetryConfig::standard()
        }
    }

    /// Total attempts including the first (at least 1).
    pub fn with_max_attempts(mut self, attempts: u32) -> Self {
        self.max_attempts = attempts.max(1);
        self
    }

    pub fn with_initial_backoff(mut self, backoff: Duration) -> Self {
        self.initial_backoff = backoff;
        self
    }

    pub fn with_max_backoff(mut self, backoff: Duration) -> Self {
        self.max_backoff = backoff;
        self
    }

    pub fn max_attempts(&self) -> u32 {
        self.max_attempts
    }

    /// The delay before retry number `retry` (1 = the second attempt).
    pub fn backoff(&self, retry: u32) -> Duration {
        let exp = self
            .initial_backoff
            .saturating_mul(1u32 << (retry.saturating_sub(1)).min(30));
        exp.min(self.max_backoff).mul_f64(jitter())
    }
}

/// A uniform sample in `[0, 1)`. Jitter needs no cryptographic randomness;
/// a per-process xorshift seeded from the clock avoids a `rand` dependency.
pub(super) fn jitter() -> f64 {
    static STATE: AtomicU64 = AtomicU64::new(0);
    let mut x = STATE.load(Ordering::Relaxed);
    if x == 0 {
        x = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0x9E37_79B9, |d| d.as_nanos() as u64)
            | 1;
    }
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    STATE.store(x, Ordering::Relaxed);
    (x >> 11) as f64 / (1u64 << 53) as f64
}

/// Why an attempt failed, for the retry decision.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RetryKind {
    /// The service asked to slow down.
    Throttling,
    /// A 5xx, a timeout or a broken connection: may work next time.
    Transient,
    /// A client error (bad input, missing resource): retrying cannot help.
    Never,
}

/// Error codes that mean "slow down", from the AWS SDKs' standard mode.
/// (`LimitExceededException` is on the list because services use it for
/// request-rate limits; quota errors such as Step Functions'
/// `ExecutionLimitExceeded` have other names and are not retried.)
pub const THROTTLING_CODES: &[&str] = &[
    "Throttling",
    "ThrottlingException",
    "ThrottledException",
    "RequestThrottledException",
    "TooManyRequestsException",
    "ProvisionedThroughputExceededException",
    "TransactionInProgressException",
    "RequestLimitExceeded",
    "BandwidthLimitExceeded",
    "LimitExceededException",
    "RequestThrottled",
    "SlowDown",
    "PriorRequestNotComplete",
    "EC2ThrottledException",
];

/// Error codes of transient server-side failures.
pub const TRANSIENT_CODES: &[&str] = &[
    "RequestTimeout",
    "RequestTimeoutException",
    "InternalError",
    "InternalFailure",
    "ServiceUnavailable",
];

/// Classifies a service error response.
pub fn classify(meta: &ErrorMetadata) -> RetryKind {
    match meta.code() {
        Some(code) if THROTTLING_CODES.contains(&code) => RetryKind::Throttling,
        Some(code) if TRANSIENT_CODES.contains(&code) => RetryKind::Transient,
        _ if meta.status() == 429 => RetryKind::Throttling,
        _ if matches!(meta.status(), 500 | 502 | 503 | 504) => RetryKind::Transient,
        _ => RetryKind::Never,
    }
}

/// The client-wide retry budget (standard mode's token bucket): every retry
/// costs tokens, successes pay a little back. When it is empty, failures are
/// returned at once instead of retried.
#[derive(Clone, Debug)]
pub struct TokenBucket {
    tokens: Arc<Mutex<u32>>,
}

impl Default for TokenBucket {
    fn default() -> Self {
        TokenBucket {
            tokens: Arc::new(Mutex::new(Self::CAPACITY)),
        }
    }
}

impl TokenBucket {
    pub const CAPACITY: u32 = 500;
    /// Cost of retrying after a throttling or server error.
    pub const RETRY_COST: u32 = 5;
    /// Cost of retrying after a timeout or connection error.
    pub const TIMEOUT_RETRY_COST: u32 = 10;
    /// Paid back by a success on the first attempt.
    pub const SUCCESS_REFUND: u32 = 1;

    /// Takes `cost` tokens; `false` (and nothing taken) if there are too few.
    pub fn try_acquire(&self, cost: u32) -> bool {
        let mut tokens = self.tokens.lock().unwrap_or_else(|p| p.into_inner());
        if *tokens >= cost {
            *tokens -= cost;
            true
        } else {
            false
        }
    }

    /// Returns `amount` tokens, up to the capacity.
    pub fn release(&self, amount: u32) {
        let mut tokens = self.tokens.lock().unwrap_or_else(|p| p.into_inner());
        *tokens = (*tokens + amount).min(Self::CAPACITY);
    }

    pub fn available(&self) -> u32 {
        *self.tokens.lock().unwrap_or_else(|p| p.into_inner())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meta(status: u16, code: Option<&str>) -> ErrorMetadata {
        ErrorMetadata {
            status,
            code: code.map(str::to_string),
            ..Default::default()
        }
    }

    #[test]
    fn classifies_codes_and_statuses() {
        assert_eq!(
            classify(&meta(400, Some("ThrottlingException"))),
            RetryKind::Throttling
        );
        assert_eq!(
            classify(&meta(400, Some("ProvisionedThroughputExceededException"))),
            RetryKind::Throttling
        );
        assert_eq!(classify(&meta(429, None)), RetryKind::Throttling);
        assert_eq!(classify(&meta(503, None)), RetryKind::Transient);
        assert_eq!(
            classify(&meta(500, Some("InternalFailure"))),
            RetryKind::Transient
        );
        assert_eq!(classify(&meta(400, Some("InvalidArn"))), RetryKind::Never);
        assert_eq!(
            classify(&meta(400, Some("ExecutionLimitExceeded"))),
            RetryKind::Never
        );
        assert_eq!(classify(&meta(501, None)), RetryKind::Never);
    }

    #[test]
    fn backoff_is_jittered_exponential_and_capped() {
        let c = RetryConfig::standard();
        for retry in 1..=10 {
            let cap = Duration::from_secs(1 << (retry - 1)).min(Duration::from_secs(20));
            for _ in 0..50 {
                assert!(c.backoff(retry) < cap, "retry {retry}");
            }
        }
        let samples: Vec<_> = (0..100).map(|_| c.backoff(3)).collect();
        assert!(
            samples.iter().any(|d| *d < Duration::from_secs(2))
                && samples.iter().any(|d| *d >= Duration::from_secs(2))
        );
        assert_eq!(RetryConfig::disabled().max_attempts(), 1);
        assert_eq!(
            RetryConfig::standard().with_max_attempts(0).max_attempts(),
            1
        );
    }

    #[test]
    fn token_bucket_empties_and_refills() {
        let b = TokenBucket::default();
        let mut retries = 0;
        while b.try_acquire(TokenBucket::RETRY_COST) {
            retries += 1;
        }
        assert_eq!(retries, TokenBucket::CAPACITY / TokenBucket::RETRY_COST);
        assert!(!b.try_acquire(1));
        b.release(TokenBucket::RETRY_COST);
        assert!(b.try_acquire(TokenBucket::RETRY_COST));
        b.release(10_000);
        assert_eq!(b.available(), TokenBucket::CAPACITY);
    }
}
