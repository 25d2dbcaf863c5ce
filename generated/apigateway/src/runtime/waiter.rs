//! Waiters: poll an operation until one of its acceptors says the resource
//! reached the wanted state (success), will never reach it (failure), or is
//! not there yet (retry), as botocore's `waiters-2.json` and the Smithy
//! waiter specification define them.
//!
//! The generator translates each acceptor's JMESPath expression into Rust
//! accessors over the typed output; what they compute is a [`Value`], and
//! the few operations JMESPath applies to values (equality, ordering,
//! `length`, truthiness, `&&`/`||`) are the functions here.

use std::fmt;
use std::future::Future;
use std::time::Duration;

use super::error::{BuildError, OperationError, SdkError};
use super::http::BoxFuture;

/// What an acceptor decides when it matches a poll.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AcceptorState {
    Success,
    Failure,
    Retry,
}

/// A JMESPath value computed from an output (objects are never needed by
/// the supported expressions, so there are none).
#[derive(Clone, Debug, PartialEq)]
pub enum Value<'a> {
    Null,
    Bool(bool),
    Number(f64),
    Str(&'a str),
    List(Vec<Value<'a>>),
}

impl<'a> Value<'a> {
    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }

    /// JMESPath truthiness: `false`, `null`, `""` and `[]` are false.
    pub fn truthy(&self) -> bool {
        match self {
            Value::Null => false,
            Value::Bool(b) => *b,
            Value::Number(_) => true,
            Value::Str(s) => !s.is_empty(),
            Value::List(l) => !l.is_empty(),
        }
    }

    /// `length(…)`: characters of a string, elements of a list. Anything
    /// else (JMESPath raises a type error) is `null`, so the acceptor does
    /// not match.
    pub fn length(&self) -> Value<'a> {
        match self {
            Value::Str(s) => Value::Number(s.chars().count() as f64),
            Value::List(l) => Value::Number(l.len() as f64),
            _ => Value::Null,
        }
    }

    /// `a && b`: `a` when it is false, else `b`.
    pub fn and(self, other: Value<'a>) -> Value<'a> {
        if self.truthy() {
            other
        } else {
            self
        }
    }

    /// `a || b`: `a` when it is true, else `b`.
    pub fn or(self, other: Value<'a>) -> Value<'a> {
        if self.truthy() {
            self
        } else {
            other
        }
    }

    /// `!a`.
    pub fn not(&self) -> Value<'a> {
        Value::Bool(!self.truthy())
    }

    /// A list without its nulls (what a projection keeps), or `null` when
    /// there is no list to project.
    pub fn projected(items: Option<Vec<Value<'a>>>) -> Value<'a> {
        match items {
            None => Value::Null,
            Some(items) => Value::List(items.into_iter().filter(|v| !v.is_null()).collect()),
        }
    }
}

/// A JMESPath comparator.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Comparator {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

/// `a <op> b`: equality of any values; ordering of numbers only (`null`
/// otherwise, as in JMESPath).
pub fn compare<'a>(op: Comparator, a: &Value<'a>, b: &Value<'a>) -> Value<'a> {
    let ordering = match (a, b) {
        (Value::Number(x), Value::Number(y)) => x.partial_cmp(y),
        _ => None,
    };
    let result = match op {
        Comparator::Eq => a == b,
        Comparator::Ne => a != b,
        _ => {
            let Some(o) = ordering else {
                return Value::Null;
            };
            match op {
                Comparator::Lt => o.is_lt(),
                Comparator::Le => o.is_le(),
                Comparator::Gt => o.is_gt(),
                _ => o.is_ge(),
            }
        }
    };
    Value::Bool(result)
}

/// The `pathAll` matcher: a non-empty list whose every element is `expected`.
pub fn all_equal(value: &Value<'_>, expected: &Value<'_>) -> bool {
    matches!(value, Value::List(l) if !l.is_empty() && l.iter().all(|v| v == expected))
}

/// The `pathAny` matcher: a list with at least one element equal to `expected`.
pub fn any_equal(value: &Value<'_>, expected: &Value<'_>) -> bool {
    matches!(value, Value::List(l) if l.iter().any(|v| v == expected))
}

/// The error code of a poll that got a service error response.
pub fn error_code<O, E: OperationError>(result: &Result<O, SdkError<E>>) -> Option<&str> {
    match result {
        Err(SdkError::Service(e)) => e.meta().code(),
        _ => None,
    }
}

/// Whether the poll got a service error response (the `error: true` matcher).
pub fn is_service_error<O, E>(result: &Result<O, SdkError<E>>) -> bool {
    matches!(result, Err(SdkError::Service(_)))
}

/// The HTTP status of a poll's response (the `status` matcher). A parsed
/// output was a 2xx, and the AWS JSON protocols answer every success with
/// 200; a poll that got no response has none.
pub fn status<O, E: OperationError>(result: &Result<O, SdkError<E>>) -> Option<u16> {
    match result {
        Ok(_) => Some(200),
        Err(SdkError::Service(e)) => Some(e.meta().status()),
        Err(SdkError::Response(e)) => Some(e.status),
        Err(_) => None,
    }
}

/// Delays between polls (the Smithy waiter retry algorithm): the first
/// retry waits `min`; later ones a random time between `min` and
/// `min × 2^(attempt-1)`, capped at `max`, and never past the caller's
/// maximum wait.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Delays {
    min: Duration,
    max: Duration,
}

impl Delays {
    /// The SDKs' default maximum delay.
    pub const DEFAULT_MAX: Duration = Duration::from_secs(120);

    pub fn new(min: Duration, max: Duration) -> Self {
        Delays {
            min,
            max: max.max(min),
        }
    }

    pub fn min(&self) -> Duration {
        self.min
    }

    pub fn max(&self) -> Duration {
        self.max
    }

    pub fn with_min(self, min: Duration) -> Self {
        Delays::new(min, self.max)
    }

    pub fn with_max(self, max: Duration) -> Self {
        Delays::new(self.min, max)
    }

    /// The delay after `attempts` polls with `remaining` time left, given a
    /// uniform `random` in `[0, 1)`; `None` when there is no time left for
    /// another poll (less than the minimum delay).
    pub fn next(&self, attempts: u32, remaining: Duration, random: f64) -> Option<Duration> {
        if remaining.is_zero() || remaining < self.min {
            return None;
        }
        let min = self.min.as_secs_f64();
        let max = self.max.as_secs_f64();
        // Past the ceiling the doubling would exceed the maximum anyway
        // (and could overflow).
        let ceiling = if min > 0.0 {
            ((max / min).ln() / 2f64.ln() + 1.0).floor()
        } else {
            0.0
        };
        let upper = if f64::from(attempts) > ceiling {
            max
        } else {
            (min * 2f64.powi(attempts.saturating_sub(1) as i32)).min(max)
        };
        let mut delay = Duration::from_secs_f64(min + (upper - min) * random.clamp(0.0, 1.0));
        // Leave room for one more poll before the deadline; none left
        // (at most `min` remains) ends the wait.
        if remaining.saturating_sub(delay) <= self.min {
            delay = remaining.saturating_sub(self.min);
            if delay.is_zero() && !self.min.is_zero() {
                return None;
            }
        }
        Some(delay)
    }
}

/// Time and sleeping, replaceable in tests.
pub trait WaitClock: Send + Sync {
    /// Time elapsed since some fixed origin.
    fn now(&self) -> Duration;
    fn sleep(&self, delay: Duration) -> BoxFuture<'static, ()>;
    /// A uniform sample in `[0, 1)` for the jitter.
    fn random(&self) -> f64 {
        super::retry::jitter()
    }
}

/// Tokio's clock and timer.
#[derive(Debug)]
pub struct TokioClock {
    origin: tokio::time::Instant,
}

impl Default for TokioClock {
    fn default() -> Self {
        TokioClock {
            origin: tokio::time::Instant::now(),
        }
    }
}

impl WaitClock for TokioClock {
    fn now(&self) -> Duration {
        self.origin.elapsed()
    }

    fn sleep(&self, delay: Duration) -> BoxFuture<'static, ()> {
        Box::pin(tokio::time::sleep(delay))
    }
}

/// The last poll of a successful wait: the output, or the error a success
/// acceptor matched (e.g. `ResourceNotFoundException` for `…NotExists`).
pub struct FinalPoll<O, E> {
    result: Result<O, SdkError<E>>,
}

impl<O, E> FinalPoll<O, E> {
    pub fn as_result(&self) -> Result<&O, &SdkError<E>> {
        self.result.as_ref()
    }

    pub fn into_result(self) -> Result<O, SdkError<E>> {
        self.result
    }
}

impl<O: fmt::Debug, E: fmt::Debug> fmt::Debug for FinalPoll<O, E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("FinalPoll")
            .field("result", &self.result)
            .finish()
    }
}

/// Why a wait ended without success.
#[non_exhaustive]
pub enum WaiterError<O, E> {
    /// The input was incomplete; nothing was sent.
    ConstructionFailure(BuildError),
    /// The maximum wait passed with no success or failure acceptor matching.
    ExceededMaxWait {
        max_wait: Duration,
        elapsed: Duration,
        attempts: u32,
    },
    /// A failure acceptor matched: the resource will not reach the state.
    FailureState {
        final_poll: FinalPoll<O, E>,
        attempts: u32,
    },
    /// A poll failed in a way no acceptor expects (an error response no
    /// acceptor matches, or a request that could not be sent).
    OperationFailed { source: SdkError<E>, attempts: u32 },
}

impl<O, E> WaiterError<O, E> {
    /// Polls made (0 when the input was rejected).
    pub fn attempts(&self) -> u32 {
        match self {
            WaiterError::ConstructionFailure(_) => 0,
            WaiterError::ExceededMaxWait { attempts, .. }
            | WaiterError::FailureState { attempts, .. }
            | WaiterError::OperationFailed { attempts, .. } => *attempts,
        }
    }
}

impl<O: fmt::Debug, E: fmt::Debug> fmt::Debug for WaiterError<O, E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            WaiterError::ConstructionFailure(e) => {
                f.debug_tuple("ConstructionFailure").field(e).finish()
            }
            WaiterError::ExceededMaxWait {
                max_wait,
                elapsed,
                attempts,
            } => f
                .debug_struct("ExceededMaxWait")
                .field("max_wait", max_wait)
                .field("elapsed", elapsed)
                .field("attempts", attempts)
                .finish(),
            WaiterError::FailureState {
                final_poll,
                attempts,
            } => f
                .debug_struct("FailureState")
                .field("final_poll", final_poll)
                .field("attempts", attempts)
                .finish(),
            WaiterError::OperationFailed { source, attempts } => f
                .debug_struct("OperationFailed")
                .field("source", source)
                .field("attempts", attempts)
                .finish(),
        }
    }
}

impl<O, E: fmt::Display> fmt::Display for WaiterError<O, E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            WaiterError::ConstructionFailure(e) => write!(f, "waiter not started: invalid input: {e}"),
            WaiterError::ExceededMaxWait {
                max_wait, attempts, ..
            } => write!(
                f,
                "waiter gave up: no final state within the maximum wait of {max_wait:?} ({attempts} polls)"
            ),
            WaiterError::FailureState {
                final_poll,
                attempts,
            } => match &final_poll.result {
                Ok(_) => write!(f, "waiter reached a failure state (poll {attempts})"),
                Err(e) => write!(f, "waiter reached a failure state (poll {attempts}): {e}"),
            },
            WaiterError::OperationFailed { source, attempts } => {
                write!(f, "waiter poll {attempts} failed: {source}")
            }
        }
    }
}

impl<O: fmt::Debug, E: std::error::Error + 'static> std::error::Error for WaiterError<O, E> {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            WaiterError::ConstructionFailure(e) => Some(e),
            WaiterError::OperationFailed { source, .. } => Some(source),
            WaiterError::FailureState { final_poll, .. } => {
                final_poll.result.as_ref().err().map(|e| e as _)
            }
            WaiterError::ExceededMaxWait { .. } => None,
        }
    }
}

/// Polls until an acceptor decides. `poll` sends the operation once (with
/// the client's own retries); `accept` runs the acceptors in order, the
/// first match winning. With no match, a successful poll is retried and an
/// error ends the wait with that error.
pub async fn wait<O, E, P, Fut>(
    waiter: &'static str,
    mut poll: P,
    accept: fn(&Result<O, SdkError<E>>) -> Option<AcceptorState>,
    delays: Delays,
    max_wait: Duration,
    clock: &dyn WaitClock,
) -> Result<FinalPoll<O, E>, WaiterError<O, E>>
where
    P: FnMut() -> Fut,
    Fut: Future<Output = Result<O, SdkError<E>>>,
{
    let start = clock.now();
    let mut attempts: u32 = 0;
    loop {
        let result = poll().await;
        attempts = attempts.saturating_add(1);
        let result = match result {
            Err(SdkError::Construction(e)) => return Err(WaiterError::ConstructionFailure(e)),
            other => other,
        };
        let state = accept(&result);
        tracing::debug!(waiter, attempts, state = ?state, "waiter poll");
        match (state, result) {
            (Some(AcceptorState::Success), result) => return Ok(FinalPoll { result }),
            (Some(AcceptorState::Failure), result) => {
                return Err(WaiterError::FailureState {
                    final_poll: FinalPoll { result },
                    attempts,
                })
            }
            (None, Err(source)) => return Err(WaiterError::OperationFailed { source, attempts }),
            (Some(AcceptorState::Retry), _) | (None, Ok(_)) => {}
        }
        let elapsed = clock.now().saturating_sub(start);
        let remaining = max_wait.saturating_sub(elapsed);
        match delays.next(attempts, remaining, clock.random()) {
            Some(delay) => clock.sleep(delay).await,
            None => {
                return Err(WaiterError::ExceededMaxWait {
                    max_wait,
                    elapsed,
                    attempts,
                })
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::runtime::error::{DispatchError, ErrorMetadata};
    use std::sync::{Arc, Mutex};

    /// A virtual clock: sleeping advances it at once and records the delay.
    #[derive(Default)]
    struct FakeClock {
        now: Arc<Mutex<Duration>>,
        sleeps: Arc<Mutex<Vec<Duration>>>,
    }

    impl WaitClock for FakeClock {
        fn now(&self) -> Duration {
            *self.now.lock().unwrap()
        }
        fn sleep(&self, delay: Duration) -> BoxFuture<'static, ()> {
            *self.now.lock().unwrap() += delay;
            self.sleeps.lock().unwrap().push(delay);
            Box::pin(async {})
        }
        fn random(&self) -> f64 {
            0.5
        }
    }

    #[derive(Debug)]
    struct Error(ErrorMetadata);

    impl fmt::Display for Error {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            self.0.fmt(f)
        }
    }

    impl std::error::Error for Error {}

    impl OperationError for Error {
        fn from_response(meta: ErrorMetadata, _body: &[u8]) -> Self {
            Error(meta)
        }
        fn meta(&self) -> &ErrorMetadata {
            &self.0
        }
        fn with_attempts(self, _attempts: u32) -> Self {
            self
        }
    }

    fn service_error(code: &str) -> SdkError<Error> {
        SdkError::Service(Error(ErrorMetadata {
            status: 400,
            code: Some(code.to_string()),
            ..Default::default()
        }))
    }

    type Poll = Result<&'static str, SdkError<Error>>;
    type Outcome = Result<FinalPoll<&'static str, Error>, WaiterError<&'static str, Error>>;

    /// ACTIVE → success, FAILED → failure, NotFound → retry.
    fn accept(result: &Poll) -> Option<AcceptorState> {
        match result {
            Ok("ACTIVE") => Some(AcceptorState::Success),
            Ok("FAILED") => Some(AcceptorState::Failure),
            _ if error_code(result) == Some("NotFound") => Some(AcceptorState::Retry),
            _ => None,
        }
    }

    fn block_on<F: Future>(f: F) -> F::Output {
        tokio::runtime::Builder::new_current_thread()
            .enable_time()
            .build()
            .unwrap()
            .block_on(f)
    }

    /// Runs a wait over scripted polls; returns the outcome, the polls made
    /// and the sleeps.
    fn run(
        script: Vec<Poll>,
        delays: Delays,
        max_wait: Duration,
    ) -> (Outcome, usize, Vec<Duration>) {
        let clock = FakeClock::default();
        let script = Mutex::new(script.into_iter());
        let polls = Mutex::new(0);
        let outcome = block_on(wait(
            "Test",
            || {
                *polls.lock().unwrap() += 1;
                let next = script.lock().unwrap().next().unwrap_or(Ok("CREATING"));
                async move { next }
            },
            accept,
            delays,
            max_wait,
            &clock,
        ));
        let sleeps = clock.sleeps.lock().unwrap().clone();
        let polls = *polls.lock().unwrap();
        (outcome, polls, sleeps)
    }

    const SECS: fn(u64) -> Duration = Duration::from_secs;

    #[test]
    fn retries_until_a_success_acceptor_matches() {
        let (outcome, polls, sleeps) = run(
            vec![Ok("CREATING"), Err(service_error("NotFound")), Ok("ACTIVE")],
            Delays::new(SECS(20), SECS(120)),
            SECS(600),
        );
        assert_eq!(outcome.unwrap().into_result().unwrap(), "ACTIVE");
        assert_eq!(polls, 3);
        // First retry waits exactly the minimum; the second a random time
        // in [20, 40] s (0.5 → 30 s).
        assert_eq!(sleeps, [SECS(20), SECS(30)]);
    }

    #[test]
    fn a_failure_acceptor_ends_the_wait() {
        let (outcome, polls, _) = run(
            vec![Ok("CREATING"), Ok("FAILED")],
            Delays::new(SECS(1), SECS(120)),
            SECS(600),
        );
        let e = outcome.unwrap_err();
        assert!(
            matches!(e, WaiterError::FailureState { attempts: 2, .. }),
            "{e:?}"
        );
        assert_eq!(polls, 2);
    }

    #[test]
    fn an_unmatched_error_ends_the_wait_with_that_error() {
        let (outcome, polls, _) = run(
            vec![Ok("CREATING"), Err(service_error("AccessDenied"))],
            Delays::new(SECS(1), SECS(120)),
            SECS(600),
        );
        match outcome.unwrap_err() {
            WaiterError::OperationFailed { source, attempts } => {
                assert_eq!(attempts, 2);
                assert_eq!(
                    source.into_service_error().unwrap().0.code(),
                    Some("AccessDenied")
                );
            }
            e => panic!("{e:?}"),
        }
        assert_eq!(polls, 2);
        // A request that could not be sent is not retried by the waiter either.
        let (outcome, _, _) = run(
            vec![Err(SdkError::Dispatch(DispatchError::new("down")))],
            Delays::new(SECS(1), SECS(120)),
            SECS(600),
        );
        assert!(matches!(
            outcome,
            Err(WaiterError::OperationFailed { attempts: 1, .. })
        ));
    }

    #[test]
    fn gives_up_after_the_maximum_wait() {
        let (outcome, polls, sleeps) = run(vec![], Delays::new(SECS(10), SECS(120)), SECS(60));
        let e = outcome.unwrap_err();
        assert!(
            matches!(e, WaiterError::ExceededMaxWait { max_wait, .. } if max_wait == SECS(60)),
            "{e:?}"
        );
        let total: Duration = sleeps.iter().sum();
        assert!(total <= SECS(60) - SECS(10), "{sleeps:?}");
        assert_eq!(polls, sleeps.len() + 1);
        assert!(e.to_string().contains("maximum wait of 60s"), "{e}");
    }

    #[test]
    fn construction_failure_sends_nothing() {
        let (outcome, polls, _) = run(
            vec![Err(SdkError::Construction(BuildError::missing(
                "Test", "Name",
            )))],
            Delays::new(SECS(1), SECS(120)),
            SECS(60),
        );
        assert!(matches!(outcome, Err(WaiterError::ConstructionFailure(_))));
        assert_eq!(polls, 1);
    }

    #[test]
    fn delays_follow_the_smithy_algorithm() {
        let d = Delays::new(SECS(2), SECS(120));
        let far = SECS(100_000);
        // Attempt 1: exactly min. Attempt n: in [min, min·2^(n-1)].
        assert_eq!(d.next(1, far, 0.99), Some(SECS(2)));
        assert_eq!(d.next(3, far, 0.0), Some(SECS(2)));
        assert_eq!(d.next(3, far, 1.0), Some(SECS(8)));
        // Past the ceiling (log2(120/2)+1 ≈ 6.9 → 6): up to max.
        assert_eq!(d.next(7, far, 1.0), Some(SECS(120)));
        assert_eq!(d.next(1_000, far, 1.0), Some(SECS(120)));
        assert_eq!(d.next(6, far, 1.0), Some(SECS(64)));
        // Never past the deadline: leave min for the last poll.
        assert_eq!(d.next(7, SECS(50), 1.0), Some(SECS(48)));
        assert_eq!(d.next(1, SECS(3), 0.0), Some(SECS(1)));
        // At most min left: stop.
        assert_eq!(d.next(1, SECS(2), 0.0), None);
        assert_eq!(d.next(1, SECS(1), 0.0), None);
        assert_eq!(d.next(1, Duration::ZERO, 0.0), None);
        // Sub-second minimums (tests) and a max below the min.
        let fast = Delays::new(Duration::from_millis(10), Duration::from_millis(5));
        assert_eq!(fast.max(), Duration::from_millis(10));
        assert_eq!(fast.next(4, far, 1.0), Some(Duration::from_millis(10)));
        let zero = Delays::new(Duration::ZERO, SECS(1));
        assert_eq!(zero.next(3, far, 0.5), Some(Duration::from_millis(500)));
    }

    #[test]
    fn values_follow_jmespath() {
        use Value::*;
        assert!(!Null.truthy() && !Str("").truthy() && !List(vec![]).truthy());
        assert!(Number(0.0).truthy() && Str("x").truthy() && Bool(true).truthy());
        assert_eq!(Str("héllo").length(), Number(5.0));
        assert_eq!(List(vec![Null, Null]).length(), Number(2.0));
        assert_eq!(Null.length(), Null);
        assert_eq!(
            compare(Comparator::Gt, &Number(2.0), &Number(1.0)),
            Bool(true)
        );
        assert_eq!(compare(Comparator::Gt, &Str("b"), &Str("a")), Null);
        assert_eq!(compare(Comparator::Eq, &Null, &Null), Bool(true));
        assert_eq!(compare(Comparator::Ne, &Str("a"), &Null), Bool(true));
        assert_eq!(Number(1.0).and(Str("x")), Str("x"));
        assert_eq!(Null.and(Str("x")), Null);
        assert_eq!(Null.or(Str("x")), Str("x"));
        assert_eq!(Str("").not(), Bool(true));
        assert_eq!(Value::projected(None), Null);
        assert_eq!(
            Value::projected(Some(vec![Null, Str("a")])),
            List(vec![Str("a")])
        );
        let l = List(vec![Str("a"), Str("a")]);
        assert!(all_equal(&l, &Str("a")) && any_equal(&l, &Str("a")));
        assert!(!all_equal(&List(vec![]), &Str("a")) && !any_equal(&Null, &Str("a")));
        assert!(!all_equal(&List(vec![Str("a"), Str("b")]), &Str("a")));
        assert!(!all_equal(&Str("a"), &Str("a")));
    }

    #[test]
    fn status_and_error_matchers_read_the_poll() {
        let ok: Poll = Ok("x");
        let err: Poll = Err(service_error("NotFound"));
        assert_eq!((status(&ok), status(&err)), (Some(200), Some(400)));
        assert_eq!(
            (error_code(&ok), error_code(&err)),
            (None, Some("NotFound"))
        );
        assert!(is_service_error(&err) && !is_service_error(&ok));
        let down: Poll = Err(SdkError::Dispatch(DispatchError::new("down")));
        assert!(!is_service_error(&down) && status(&down).is_none());
    }

    #[test]
    fn tokio_clock_sleeps() {
        let clock = TokioClock::default();
        block_on(async {
            tokio::time::timeout(SECS(5), clock.sleep(Duration::from_millis(5)))
                .await
                .unwrap()
        });
        assert!(clock.now() >= Duration::from_millis(5));
    }
}
