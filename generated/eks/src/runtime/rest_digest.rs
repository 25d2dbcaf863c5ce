//! Body digests some services want in headers (botocore's
//! `add_glacier_checksums`): the SHA-256 of the body and Glacier's SHA-256
//! tree hash, both lowercase hex.
//!
//! SHA-256 comes from rustls' `ring` provider, already a dependency for
//! TLS, so restJson1 crates need no hashing crate of their own.

use rustls::crypto::hash::Hash;

/// Glacier's tree-hash chunk: 1 MiB.
const CHUNK: usize = 1024 * 1024;

fn sha256_provider() -> &'static dyn Hash {
    // The suite's hash is SHA-256 (checked by the tests against known digests).
    match rustls::crypto::ring::cipher_suite::TLS13_AES_128_GCM_SHA256 {
        rustls::SupportedCipherSuite::Tls13(suite) => suite.common.hash_provider,
        rustls::SupportedCipherSuite::Tls12(suite) => suite.common.hash_provider,
    }
}

fn sha256(data: &[u8]) -> Vec<u8> {
    sha256_provider().hash(data).as_ref().to_vec()
}

fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        out.push(DIGITS[usize::from(b >> 4)] as char);
        out.push(DIGITS[usize::from(b & 0xf)] as char);
    }
    out
}

/// SHA-256 of `body`, lowercase hex (`x-amz-content-sha256`).
pub fn sha256_hex(body: &[u8]) -> String {
    hex(&sha256(body))
}

/// Glacier's SHA-256 tree hash of `body`, lowercase hex
/// (`x-amz-sha256-tree-hash`): the SHA-256 of each 1 MiB chunk, then of
/// each pair of those, level by level (an odd last one is carried up
/// unchanged) until one is left. An empty body hashes to SHA-256 of nothing
/// (botocore's `calculate_tree_hash`).
pub fn sha256_tree_hash_hex(body: &[u8]) -> String {
    let mut level: Vec<Vec<u8>> = body.chunks(CHUNK).map(sha256).collect();
    if level.is_empty() {
        return sha256_hex(b"");
    }
    while level.len() > 1 {
        level = level
            .chunks(2)
            .map(|pair| match pair {
                [a, b] => {
                    let mut both = Vec::with_capacity(a.len() + b.len());
                    both.extend_from_slice(a);
                    both.extend_from_slice(b);
                    sha256(&both)
                }
                [odd] => odd.clone(),
                _ => unreachable!("chunks(2) gives one or two"),
            })
            .collect();
    }
    hex(&level[0])
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `n` bytes of a repeating pattern (`i % 251`), the same as the Python below.
    fn body(n: usize) -> Vec<u8> {
        (0..n).map(|i| (i % 251) as u8).collect()
    }

    #[test]
    fn sha256_is_sha256() {
        // FIPS 180-2 test vectors.
        assert_eq!(
            sha256_hex(b""),
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
        );
        assert_eq!(
            sha256_hex(b"abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }

    /// Expected values printed by botocore 1.44.5 (target/botocore-venv):
    /// `from botocore.utils import calculate_tree_hash; import io;
    /// calculate_tree_hash(io.BytesIO(bytes(i % 251 for i in range(n))))`.
    #[test]
    fn tree_hash_matches_botocore() {
        const MIB: usize = 1024 * 1024;
        for (n, expected) in [
            (
                0,
                "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
            ),
            (
                1,
                "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
            ),
            (
                MIB,
                "631b84027d6b9e52b539c4e8373622d23032dfadc64d60af87339c9037e4f769",
            ),
            (
                MIB + 1,
                "a9c574ce937d2371daf87cdd0e75396b096d7f74a66c764e4c656bd12b2e7bf9",
            ),
            (
                2 * MIB,
                "bf4dff263ae686b64403208c35a3767e38453d6477e841947588d13d04e1d816",
            ),
            (
                3 * MIB + MIB / 2,
                "390f48176c50ae5a31f92724791e509d8f66d26ba3305714d153f6d01be83289",
            ),
            (
                5 * MIB,
                "1eccd0ca741241ce114bde6d24a8de044ccee139ef6651bec9006d2f558751ef",
            ),
        ] {
            assert_eq!(sha256_tree_hash_hex(&body(n)), expected, "{n} bytes");
        }
    }

    #[test]
    fn one_chunk_tree_hash_is_the_sha256() {
        let b = body(1000);
        assert_eq!(sha256_tree_hash_hex(&b), sha256_hex(&b));
    }
}
