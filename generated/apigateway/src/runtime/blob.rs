//! Blobs: bytes in Rust, base64 text on the wire.

use std::fmt;

/// Binary data, sent and received as standard base64.
#[derive(Clone, Default, PartialEq, Eq, Hash)]
pub struct Blob(Vec<u8>);

impl Blob {
    pub fn new(bytes: impl Into<Vec<u8>>) -> Self {
        Blob(bytes.into())
    }

    pub fn as_bytes(&self) -> &[u8] {
        &self.0
    }

    pub fn into_inner(self) -> Vec<u8> {
        self.0
    }
}

impl From<Vec<u8>> for Blob {
    fn from(bytes: Vec<u8>) -> Self {
        Blob(bytes)
    }
}

impl From<&[u8]> for Blob {
    fn from(bytes: &[u8]) -> Self {
        Blob(bytes.to_vec())
    }
}

impl<const N: usize> From<&[u8; N]> for Blob {
    fn from(bytes: &[u8; N]) -> Self {
        Blob(bytes.to_vec())
    }
}

/// The text's UTF-8 bytes (no base64 decoding: the text is the data).
impl From<&str> for Blob {
    fn from(text: &str) -> Self {
        Blob(text.as_bytes().to_vec())
    }
}

/// The text's UTF-8 bytes (no base64 decoding: the text is the data).
impl From<String> for Blob {
    fn from(text: String) -> Self {
        Blob(text.into_bytes())
    }
}

impl From<Blob> for Vec<u8> {
    fn from(blob: Blob) -> Self {
        blob.0
    }
}

impl AsRef<[u8]> for Blob {
    fn as_ref(&self) -> &[u8] {
        &self.0
    }
}

/// Prints the length only: blobs can be large and may hold secrets.
impl fmt::Debug for Blob {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Blob({} bytes)", self.0.len())
    }
}

impl serde::Serialize for Blob {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&base64_simd::STANDARD.encode_to_string(&self.0))
    }
}

impl<'de> serde::Deserialize<'de> for Blob {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = std::borrow::Cow::<'de, str>::deserialize(deserializer)?;
        base64_simd::STANDARD
            .decode_to_vec(text.as_bytes())
            .map(Blob)
            .map_err(|e| serde::de::Error::custom(format!("invalid base64 blob: {e}")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_on_the_wire() {
        let blob = Blob::from(&b"this text is base64-encoded"[..]);
        let json = serde_json::to_string(&blob).unwrap();
        assert_eq!(json, "\"dGhpcyB0ZXh0IGlzIGJhc2U2NC1lbmNvZGVk\"");
        assert_eq!(serde_json::from_str::<Blob>(&json).unwrap(), blob);
        assert!(serde_json::from_str::<Blob>("\"not base64!\"").is_err());
        assert_eq!(format!("{blob:?}"), "Blob(27 bytes)");
    }

    #[test]
    fn bytes_that_are_not_utf8_round_trip() {
        let blob = Blob::from(&[0xff, 0x00, 0xfe, b'a'][..]);
        let json = serde_json::to_string(&blob).unwrap();
        assert_eq!(json, "\"/wD+YQ==\"");
        let back: Blob = serde_json::from_str(&json).unwrap();
        assert_eq!(back.as_ref(), [0xff, 0x00, 0xfe, b'a']);
        assert_eq!(Vec::from(back), vec![0xff, 0x00, 0xfe, b'a']);
    }

    #[test]
    fn text_converts_to_its_utf8_bytes_not_decoded() {
        // "aGk=" is valid base64 ("hi"), but as a blob it is these four bytes.
        assert_eq!(Blob::from("aGk=").as_bytes(), b"aGk=");
        assert_eq!(Blob::from(String::from("é")).as_bytes(), [0xc3, 0xa9]);
        assert_eq!(Blob::from(b"ab").as_bytes(), b"ab");
        assert_eq!(
            serde_json::to_string(&Blob::from("aGk=")).unwrap(),
            "\"YUdrPQ==\""
        );
    }
}
