//! Idempotency tokens: a member AWS's model marks `idempotencyToken` that the
//! caller left unset is filled with a random UUID (version 4, RFC 4122) when
//! the operation is sent, as the AWS SDKs do. It is filled once per `send()`,
//! before the retry loop, so every attempt of one call carries the same
//! token and a retried create stays idempotent.

use std::collections::hash_map::RandomState;
use std::hash::{BuildHasher, Hasher};
use std::sync::atomic::{AtomicU64, Ordering};

/// A new random UUID v4, e.g. `3f1c2a9e-5b7d-4c1e-9a2f-0e6d8b4c7a15`.
pub fn token() -> String {
    format_v4(random_bytes())
}

/// 16 bytes from the operating system's generator. If it fails (it does
/// not on supported systems) the bytes come from std's randomly keyed
/// hasher over a counter and the time: still unique per call, never a panic.
fn random_bytes() -> [u8; 16] {
    let mut bytes = [0u8; 16];
    if getrandom::getrandom(&mut bytes).is_ok() {
        return bytes;
    }
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let count = COUNTER.fetch_add(1, Ordering::Relaxed);
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    for (i, half) in bytes.chunks_mut(8).enumerate() {
        let mut h = RandomState::new().build_hasher();
        h.write_u64(count);
        h.write_u128(now);
        h.write_usize(i);
        half.copy_from_slice(&h.finish().to_le_bytes());
    }
    bytes
}

/// Sets the version (4) and variant (RFC 4122) bits and formats
/// `xxxxxxxx-xxxx-4xxx-Nxxx-xxxxxxxxxxxx` in lowercase hex.
fn format_v4(mut b: [u8; 16]) -> String {
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    let mut out = String::with_capacity(36);
    for (i, byte) in b.iter().enumerate() {
        if matches!(i, 4 | 6 | 8 | 10) {
            out.push('-');
        }
        out.push_str(&format!("{byte:02x}"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// RFC 4122 §4.4: 8-4-4-4-12 hex digits, version nibble 4, variant
    /// bits 10 (the first digit of the fourth group is 8, 9, a or b).
    fn is_v4(s: &str) -> bool {
        let groups: Vec<&str> = s.split('-').collect();
        groups.iter().map(|g| g.len()).eq([8, 4, 4, 4, 12])
            && groups
                .iter()
                .all(|g| g.chars().all(|c| matches!(c, '0'..='9' | 'a'..='f')))
            && groups[2].starts_with('4')
            && groups[3].starts_with(['8', '9', 'a', 'b'])
    }

    #[test]
    fn tokens_are_rfc_4122_version_4() {
        let tokens: Vec<String> = (0..64).map(|_| token()).collect();
        for t in &tokens {
            assert!(is_v4(t), "{t}");
        }
        let unique: std::collections::BTreeSet<&String> = tokens.iter().collect();
        assert_eq!(unique.len(), tokens.len(), "tokens repeat");
    }

    #[test]
    fn version_and_variant_bits_are_forced() {
        assert_eq!(
            format_v4([0xff; 16]),
            "ffffffff-ffff-4fff-bfff-ffffffffffff"
        );
        assert_eq!(format_v4([0; 16]), "00000000-0000-4000-8000-000000000000");
        assert!(!is_v4("00000000-0000-1000-8000-000000000000"));
        assert!(!is_v4("00000000-0000-4000-c000-000000000000"));
    }
}
