//! AWS JSON timestamps: sent as epoch seconds, read from epoch numbers or
//! RFC 3339 strings (some services and emulators answer with strings).
//!
//! Hand-written rather than pulling `time`/`chrono`: the protocol needs only
//! these two conversions, and every generated crate pays for its dependencies
//! in compile time.

use std::fmt;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// A point in time with nanosecond precision, as seconds since the Unix epoch.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Timestamp {
    secs: i64,
    nanos: u32,
}

impl Timestamp {
    /// From whole seconds and nanoseconds (`nanos` is clamped below 1e9).
    pub fn new(secs: i64, nanos: u32) -> Self {
        Timestamp {
            secs,
            nanos: nanos.min(999_999_999),
        }
    }

    pub fn from_secs(secs: i64) -> Self {
        Timestamp { secs, nanos: 0 }
    }

    /// From fractional epoch seconds, rounded to the microsecond (the
    /// precision an `f64` keeps for present-day dates). `None` if not finite
    /// or out of range.
    pub fn from_secs_f64(value: f64) -> Option<Self> {
        if !value.is_finite() || value.abs() > 1e16 {
            return None;
        }
        let micros = (value * 1e6).round() as i64;
        Some(Timestamp {
            secs: micros.div_euclid(1_000_000),
            nanos: (micros.rem_euclid(1_000_000) * 1000) as u32,
        })
    }

    pub fn secs(&self) -> i64 {
        self.secs
    }

    pub fn subsec_nanos(&self) -> u32 {
        self.nanos
    }

    pub fn as_secs_f64(&self) -> f64 {
        self.secs as f64 + f64::from(self.nanos) / 1e9
    }

    /// Parses RFC 3339 (`2024-01-02T03:04:05.678Z`, `…+01:00`).
    pub fn parse_rfc3339(s: &str) -> Option<Self> {
        let b = s.as_bytes();
        let num = |r: std::ops::Range<usize>| -> Option<i64> {
            let part = b.get(r)?;
            if part.iter().all(u8::is_ascii_digit) {
                std::str::from_utf8(part).ok()?.parse().ok()
            } else {
                None
            }
        };
        if b.len() < 20
            || b[4] != b'-'
            || b[7] != b'-'
            || !matches!(b[10], b'T' | b't' | b' ')
            || b[13] != b':'
        {
            return None;
        }
        if b[16] != b':' {
            return None;
        }
        let (year, month, day) = (num(0..4)?, num(5..7)?, num(8..10)?);
        let (hour, minute, second) = (num(11..13)?, num(14..16)?, num(17..19)?);
        if !(1..=12).contains(&month) || day < 1 || day > days_in_month(year, month) {
            return None;
        }
        if hour > 23 || minute > 59 || second > 60 {
            return None;
        }
        let mut i = 19;
        let mut nanos: u32 = 0;
        if b.get(i) == Some(&b'.') {
            i += 1;
            let start = i;
            while i < b.len() && b[i].is_ascii_digit() {
                if i - start < 9 {
                    nanos = nanos * 10 + u32::from(b[i] - b'0');
                }
                i += 1;
            }
            let digits = i - start;
            if digits == 0 {
                return None;
            }
            nanos *= 10u32.pow(9 - digits.min(9) as u32);
        }
        let offset = match b.get(i..)? {
            [b'Z' | b'z'] => 0,
            [sign @ (b'+' | b'-'), h1, h2, b':', m1, m2] => {
                let h = i64::from((*h1 as char).to_digit(10)? * 10 + (*h2 as char).to_digit(10)?);
                let m = i64::from((*m1 as char).to_digit(10)? * 10 + (*m2 as char).to_digit(10)?);
                let off = h * 3600 + m * 60;
                if *sign == b'+' {
                    off
                } else {
                    -off
                }
            }
            _ => return None,
        };
        let days = days_from_civil(year, month, day);
        let secs = days * 86_400 + hour * 3600 + minute * 60 + second.min(59) - offset;
        Some(Timestamp { secs, nanos })
    }
}

fn is_leap(year: i64) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i64, month: i64) -> i64 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days since 1970-01-01 (Howard Hinnant's `days_from_civil`).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// Inverse of [`days_from_civil`].
fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

/// RFC 3339 in UTC, with fractional seconds only when present.
impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (y, mo, d) = civil_from_days(self.secs.div_euclid(86_400));
        let rem = self.secs.rem_euclid(86_400);
        write!(
            f,
            "{y:04}-{mo:02}-{d:02}T{:02}:{:02}:{:02}",
            rem / 3600,
            rem % 3600 / 60,
            rem % 60
        )?;
        if self.nanos != 0 {
            let frac = format!("{:09}", self.nanos);
            write!(f, ".{}", frac.trim_end_matches('0'))?;
        }
        f.write_str("Z")
    }
}

impl From<SystemTime> for Timestamp {
    fn from(t: SystemTime) -> Self {
        match t.duration_since(UNIX_EPOCH) {
            Ok(d) => Timestamp::new(d.as_secs() as i64, d.subsec_nanos()),
            Err(e) => {
                let d = e.duration();
                let (secs, nanos) = (d.as_secs() as i64, d.subsec_nanos());
                if nanos == 0 {
                    Timestamp::new(-secs, 0)
                } else {
                    Timestamp::new(-secs - 1, 1_000_000_000 - nanos)
                }
            }
        }
    }
}

impl From<Timestamp> for SystemTime {
    fn from(t: Timestamp) -> Self {
        let base = if t.secs >= 0 {
            UNIX_EPOCH + Duration::from_secs(t.secs as u64)
        } else {
            UNIX_EPOCH - Duration::from_secs(t.secs.unsigned_abs())
        };
        base + Duration::from_nanos(u64::from(t.nanos))
    }
}

impl serde::Serialize for Timestamp {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if self.nanos == 0 {
            serializer.serialize_i64(self.secs)
        } else {
            serializer.serialize_f64(self.as_secs_f64())
        }
    }
}

impl<'de> serde::Deserialize<'de> for Timestamp {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(TimestampVisitor)
    }
}

struct TimestampVisitor;

impl serde::de::Visitor<'_> for TimestampVisitor {
    type Value = Timestamp;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a timestamp (epoch seconds or an RFC 3339 string)")
    }

    fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<Timestamp, E> {
        Ok(Timestamp::from_secs(v))
    }

    fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Timestamp, E> {
        i64::try_from(v)
            .map(Timestamp::from_secs)
            .map_err(|_| E::custom("timestamp out of range"))
    }

    fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<Timestamp, E> {
        Timestamp::from_secs_f64(v).ok_or_else(|| E::custom(format!("timestamp out of range: {v}")))
    }

    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Timestamp, E> {
        if let Some(t) = Timestamp::parse_rfc3339(v) {
            return Ok(t);
        }
        match v.parse::<f64>() {
            Ok(secs)
                if v.bytes()
                    .all(|c| c.is_ascii_digit() || c == b'.' || c == b'-') =>
            {
                self.visit_f64(secs)
            }
            _ => Err(E::custom(format!("invalid timestamp {v:?}"))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn epoch_numbers_round_trip() {
        let t: Timestamp = serde_json::from_str("1700000000.123").unwrap();
        assert_eq!((t.secs(), t.subsec_nanos()), (1_700_000_000, 123_000_000));
        assert_eq!(serde_json::to_string(&t).unwrap(), "1700000000.123");
        let t: Timestamp = serde_json::from_str("1700000000").unwrap();
        assert_eq!(serde_json::to_string(&t).unwrap(), "1700000000");
    }

    #[test]
    fn rfc3339_strings() {
        let t: Timestamp = serde_json::from_str("\"2023-11-14T22:13:20Z\"").unwrap();
        assert_eq!(t.secs(), 1_700_000_000);
        let t = Timestamp::parse_rfc3339("2023-11-14T23:13:20.5+01:00").unwrap();
        assert_eq!((t.secs(), t.subsec_nanos()), (1_700_000_000, 500_000_000));
        assert_eq!(
            Timestamp::parse_rfc3339("1969-12-31T23:59:59Z")
                .unwrap()
                .secs(),
            -1
        );
        assert_eq!(
            Timestamp::parse_rfc3339("2000-02-29T00:00:00Z")
                .unwrap()
                .to_string(),
            "2000-02-29T00:00:00Z"
        );
        for bad in [
            "2023-02-29T00:00:00Z",
            "2023-13-01T00:00:00Z",
            "2023-01-01",
            "2023-01-01T00:00:00",
            "x",
        ] {
            assert!(Timestamp::parse_rfc3339(bad).is_none(), "{bad}");
        }
        assert!(serde_json::from_str::<Timestamp>("\"soon\"").is_err());
        assert!(serde_json::from_str::<Timestamp>("true").is_err());
    }

    #[test]
    fn display_and_system_time() {
        let t = Timestamp::new(1_700_000_000, 120_000_000);
        assert_eq!(t.to_string(), "2023-11-14T22:13:20.12Z");
        let st: SystemTime = t.into();
        assert_eq!(Timestamp::from(st), t);
        let before = Timestamp::new(-2, 500_000_000);
        assert_eq!(Timestamp::from(SystemTime::from(before)), before);
        for days in [-800_000i64, -1, 0, 1, 11_016, 19_675, 2_932_896] {
            let (y, m, d) = civil_from_days(days);
            assert_eq!(days_from_civil(y, m, d), days);
        }
    }
}
