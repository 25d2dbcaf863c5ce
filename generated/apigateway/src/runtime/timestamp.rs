//! AWS JSON timestamps: sent as epoch seconds unless AWS's model gives the
//! member another format ([`date_time`], [`http_date`]: the generated code
//! names them in `#[serde(with = …)]`); read from any of them, as botocore's
//! parser does (epoch numbers, RFC 3339 and IMF-fixdate strings: some
//! services and emulators answer with strings).
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

impl Timestamp {
    /// RFC 3339 in UTC as botocore sends `iso8601` members: whole seconds
    /// (`2024-01-02T03:04:05Z`), or six fractional digits when there are
    /// microseconds (`…05.678000Z`; finer digits are cut, as Python's
    /// `datetime` holds microseconds).
    pub fn to_date_time(&self) -> String {
        let (date, time) = self.civil();
        let micros = self.nanos / 1000;
        if micros == 0 {
            format!("{date}T{time}Z")
        } else {
            format!("{date}T{time}.{micros:06}Z")
        }
    }

    /// IMF-fixdate (RFC 7231, the `rfc822` format), whole seconds:
    /// `Tue, 02 Jan 2024 03:04:05 GMT`.
    pub fn to_http_date(&self) -> String {
        const DAYS: [&str; 7] = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
        const MONTHS: [&str; 12] = [
            "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
        ];
        let days = self.secs.div_euclid(86_400);
        let (y, m, d) = civil_from_days(days);
        let (_, time) = self.civil();
        // 1970-01-01 was a Thursday.
        let weekday = DAYS[(days + 4).rem_euclid(7) as usize];
        let month = MONTHS[(m - 1) as usize];
        format!("{weekday}, {d:02} {month} {y:04} {time} GMT")
    }

    /// Parses an IMF-fixdate (`Sun, 06 Nov 1994 08:49:37 GMT`; `UTC` or
    /// `+0000` also accepted as the zone).
    pub fn parse_http_date(s: &str) -> Option<Self> {
        const MONTHS: [&str; 12] = [
            "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
        ];
        let (_weekday, rest) = s.split_once(", ")?;
        let mut parts = rest.split(' ');
        let (day, month, year, time, zone) = (
            parts.next()?,
            parts.next()?,
            parts.next()?,
            parts.next()?,
            parts.next()?,
        );
        if parts.next().is_some() || !matches!(zone, "GMT" | "UTC" | "+0000") {
            return None;
        }
        let digits = |t: &str, n: usize| -> Option<i64> {
            (t.len() == n && t.bytes().all(|b| b.is_ascii_digit()))
                .then(|| t.parse().ok())
                .flatten()
        };
        let day = digits(day, 2).or_else(|| digits(day, 1))?;
        let month = MONTHS.iter().position(|m| *m == month)? as i64 + 1;
        let year = digits(year, 4)?;
        let mut hms = time.split(':');
        let (h, mi, sec) = (
            digits(hms.next()?, 2)?,
            digits(hms.next()?, 2)?,
            digits(hms.next()?, 2)?,
        );
        if hms.next().is_some() || day < 1 || day > days_in_month(year, month) {
            return None;
        }
        if h > 23 || mi > 59 || sec > 60 {
            return None;
        }
        let secs = days_from_civil(year, month, day) * 86_400 + h * 3600 + mi * 60 + sec.min(59);
        Some(Timestamp { secs, nanos: 0 })
    }

    /// `YYYY-MM-DD` and `HH:MM:SS` in UTC.
    fn civil(&self) -> (String, String) {
        let (y, mo, d) = civil_from_days(self.secs.div_euclid(86_400));
        let rem = self.secs.rem_euclid(86_400);
        (
            format!("{y:04}-{mo:02}-{d:02}"),
            format!("{:02}:{:02}:{:02}", rem / 3600, rem % 3600 / 60, rem % 60),
        )
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

/// Epoch seconds (the AWS JSON default), as botocore sends them: an integer,
/// or microseconds as a fraction (computed as botocore does, so that the
/// float is rounded once and prints the same digits).
impl serde::Serialize for Timestamp {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let micros = self.nanos / 1000;
        if micros == 0 {
            serializer.serialize_i64(self.secs)
        } else {
            let total = i128::from(self.secs) * 1_000_000 + i128::from(micros);
            serializer.serialize_f64(total as f64 / 1e6)
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
        f.write_str("a timestamp (epoch seconds, an RFC 3339 or an IMF-fixdate string)")
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
        if let Some(t) = Timestamp::parse_rfc3339(v).or_else(|| Timestamp::parse_http_date(v)) {
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

/// `#[serde(with)]` modules for one wire format: the value itself,
/// `option`, `vec` and `option_vec` (a list member). Reading accepts every
/// format, as botocore's parser does.
macro_rules! format_module {
    ($(#[$doc:meta])* $name:ident, $to:ident) => {
        $(#[$doc])*
        pub mod $name {
            use super::Timestamp;
            use serde::{Deserialize, Serialize};

            struct Wire<'a>(&'a Timestamp);

            impl Serialize for Wire<'_> {
                fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                    s.serialize_str(&self.0.$to())
                }
            }

            pub fn serialize<S: serde::Serializer>(t: &Timestamp, s: S) -> Result<S::Ok, S::Error> {
                Wire(t).serialize(s)
            }

            pub fn deserialize<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Timestamp, D::Error> {
                Timestamp::deserialize(d)
            }

            /// An optional member.
            pub mod option {
                use super::{Timestamp, Wire};
                use serde::{Deserialize, Serialize};

                pub fn serialize<S: serde::Serializer>(
                    t: &Option<Timestamp>,
                    s: S,
                ) -> Result<S::Ok, S::Error> {
                    t.as_ref().map(Wire).serialize(s)
                }

                pub fn deserialize<'de, D: serde::Deserializer<'de>>(
                    d: D,
                ) -> Result<Option<Timestamp>, D::Error> {
                    Option::<Timestamp>::deserialize(d)
                }
            }

            /// A list member.
            pub mod vec {
                use super::{Timestamp, Wire};
                use serde::Deserialize;

                pub fn serialize<S: serde::Serializer>(
                    t: &[Timestamp],
                    s: S,
                ) -> Result<S::Ok, S::Error> {
                    s.collect_seq(t.iter().map(Wire))
                }

                pub fn deserialize<'de, D: serde::Deserializer<'de>>(
                    d: D,
                ) -> Result<Vec<Timestamp>, D::Error> {
                    Vec::<Timestamp>::deserialize(d)
                }
            }

            /// An optional list member.
            pub mod option_vec {
                use super::{Timestamp, Wire};
                use serde::{Deserialize, Serialize};

                struct Items<'a>(&'a [Timestamp]);

                impl Serialize for Items<'_> {
                    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                        s.collect_seq(self.0.iter().map(Wire))
                    }
                }

                pub fn serialize<S: serde::Serializer>(
                    t: &Option<Vec<Timestamp>>,
                    s: S,
                ) -> Result<S::Ok, S::Error> {
                    t.as_deref().map(Items).serialize(s)
                }

                pub fn deserialize<'de, D: serde::Deserializer<'de>>(
                    d: D,
                ) -> Result<Option<Vec<Timestamp>>, D::Error> {
                    Option::<Vec<Timestamp>>::deserialize(d)
                }
            }
        }
    };
}

format_module!(
    /// `iso8601` members: RFC 3339 strings ([`Timestamp::to_date_time`]).
    date_time,
    to_date_time
);
format_module!(
    /// `rfc822` members: IMF-fixdate strings ([`Timestamp::to_http_date`]).
    http_date,
    to_http_date
);

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
    fn epoch_fractions_print_as_botocore_computes_them() {
        // botocore: (1 * 10**6 + 3691) / 10**6 == 1.003691 (not 1.0036909999999999).
        let t = Timestamp::new(1, 3_691_000);
        assert_eq!(serde_json::to_string(&t).unwrap(), "1.003691");
        // Below a microsecond is cut, as Python's datetime holds no more.
        assert_eq!(serde_json::to_string(&Timestamp::new(5, 999)).unwrap(), "5");
    }

    #[test]
    fn date_time_as_botocore_sends_iso8601() {
        // botocore: '%Y-%m-%dT%H:%M:%SZ', or '%Y-%m-%dT%H:%M:%S.%fZ' with microseconds.
        assert_eq!(
            Timestamp::from_secs(1_700_000_000).to_date_time(),
            "2023-11-14T22:13:20Z"
        );
        assert_eq!(
            Timestamp::new(1_700_000_000, 120_000_000).to_date_time(),
            "2023-11-14T22:13:20.120000Z"
        );
        assert_eq!(
            Timestamp::new(1_700_000_000, 123_456_789).to_date_time(),
            "2023-11-14T22:13:20.123456Z"
        );
        assert_eq!(
            Timestamp::from_secs(-1).to_date_time(),
            "1969-12-31T23:59:59Z"
        );
        #[derive(serde::Serialize, serde::Deserialize, PartialEq, Debug)]
        struct M {
            #[serde(with = "date_time")]
            at: Timestamp,
            #[serde(
                with = "date_time::option",
                default,
                skip_serializing_if = "Option::is_none"
            )]
            maybe: Option<Timestamp>,
            #[serde(with = "date_time::option_vec", default)]
            many: Option<Vec<Timestamp>>,
        }
        let m = M {
            at: Timestamp::from_secs(0),
            maybe: Some(Timestamp::new(1, 500_000_000)),
            many: Some(vec![Timestamp::from_secs(86_400)]),
        };
        let json = serde_json::to_string(&m).unwrap();
        assert_eq!(
            json,
            r#"{"at":"1970-01-01T00:00:00Z","maybe":"1970-01-01T00:00:01.500000Z","many":["1970-01-02T00:00:00Z"]}"#
        );
        assert_eq!(serde_json::from_str::<M>(&json).unwrap(), m);
        // Reading accepts what botocore's parser accepts: epoch numbers too.
        let m: M = serde_json::from_str(r#"{"at": 86400, "maybe": null}"#).unwrap();
        assert_eq!(
            (m.at, m.maybe, m.many),
            (Timestamp::from_secs(86_400), None, None)
        );
    }

    #[test]
    fn http_dates() {
        // Python: email.utils.formatdate(1700000000, usegmt=True)
        let t = Timestamp::new(1_700_000_000, 900_000_000);
        assert_eq!(t.to_http_date(), "Tue, 14 Nov 2023 22:13:20 GMT");
        assert_eq!(
            Timestamp::from_secs(0).to_http_date(),
            "Thu, 01 Jan 1970 00:00:00 GMT"
        );
        assert_eq!(
            Timestamp::parse_http_date("Tue, 14 Nov 2023 22:13:20 GMT"),
            Some(Timestamp::from_secs(1_700_000_000))
        );
        let t: Timestamp = serde_json::from_str("\"Sun, 06 Nov 1994 08:49:37 GMT\"").unwrap();
        assert_eq!(t.to_http_date(), "Sun, 06 Nov 1994 08:49:37 GMT");
        for bad in [
            "Tue, 14 Nov 2023 22:13:20",
            "Tue, 31 Feb 2023 22:13:20 GMT",
            "Tue, 14 Foo 2023 22:13:20 GMT",
            "14 Nov 2023 22:13:20 GMT",
            "Tue, 14 Nov 2023 22:13 GMT",
        ] {
            assert!(Timestamp::parse_http_date(bad).is_none(), "{bad}");
        }
        #[derive(serde::Serialize)]
        struct M {
            #[serde(with = "http_date::vec")]
            at: Vec<Timestamp>,
        }
        let json = serde_json::to_string(&M {
            at: vec![Timestamp::from_secs(0)],
        })
        .unwrap();
        assert_eq!(json, r#"{"at":["Thu, 01 Jan 1970 00:00:00 GMT"]}"#);
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
