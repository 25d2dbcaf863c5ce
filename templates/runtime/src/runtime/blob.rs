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
}
