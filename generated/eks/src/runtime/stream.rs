//! Response bodies read as they arrive: the streaming payloads of AWS's
//! model (Glacier `GetJobOutput`'s archive, ...), which can be far larger
//! than memory. Only these bypass the transport's response-size cap; every
//! other body is buffered and capped.

use std::fmt;

use bytes::Bytes;

use super::blob::Blob;
use super::error::DispatchError;
use super::http::BoxFuture;

/// Where a live body's chunks come from: the transport's connection, or a
/// custom [`HttpClient`](super::http::HttpClient)'s own source.
pub trait BodySource: Send {
    /// The next chunk, `None` at the end of the body.
    fn next_chunk(&mut self) -> BoxFuture<'_, Result<Option<Bytes>, DispatchError>>;
}

/// A body read chunk by chunk with [`ByteStream::next`], or all at once
/// with [`ByteStream::collect`] (unbounded: the caller chose to hold it).
/// A read error (a dropped connection, a stall) ends the stream.
pub struct ByteStream {
    inner: Inner,
}

enum Inner {
    Buffered(Option<Bytes>),
    Live(Box<dyn BodySource>),
    Done,
}

impl ByteStream {
    /// A stream over a live source.
    pub fn from_source(source: impl BodySource + 'static) -> Self {
        ByteStream {
            inner: Inner::Live(Box::new(source)),
        }
    }

    /// The next chunk (never empty), `None` at the end, or the error that
    /// ended the stream.
    pub async fn next(&mut self) -> Option<Result<Bytes, DispatchError>> {
        loop {
            let item = match &mut self.inner {
                Inner::Buffered(bytes) => bytes.take().map(Ok),
                Inner::Live(source) => source.next_chunk().await.transpose(),
                Inner::Done => None,
            };
            match item {
                Some(Ok(chunk)) if chunk.is_empty() => continue,
                Some(Ok(chunk)) => return Some(Ok(chunk)),
                other => {
                    self.inner = Inner::Done;
                    return other;
                }
            }
        }
    }

    /// Reads the rest of the body into memory.
    pub async fn collect(self) -> Result<Blob, DispatchError> {
        self.collect_limited(usize::MAX).await
    }

    /// Reads the rest of the body, failing once it exceeds `limit` bytes
    /// (the runtime reads an error response of a streaming operation so).
    pub(crate) async fn collect_limited(mut self, limit: usize) -> Result<Blob, DispatchError> {
        let mut data = Vec::new();
        while let Some(chunk) = self.next().await {
            let chunk = chunk?;
            if data.len() + chunk.len() > limit {
                return Err(DispatchError::new(format!(
                    "the response body exceeds the limit of {limit} bytes"
                )));
            }
            data.extend_from_slice(&chunk);
        }
        Ok(Blob::new(data))
    }
}

impl Default for ByteStream {
    /// An empty body.
    fn default() -> Self {
        ByteStream { inner: Inner::Done }
    }
}

impl From<Vec<u8>> for ByteStream {
    fn from(bytes: Vec<u8>) -> Self {
        Bytes::from(bytes).into()
    }
}

impl From<Bytes> for ByteStream {
    fn from(bytes: Bytes) -> Self {
        ByteStream {
            inner: Inner::Buffered(Some(bytes)),
        }
    }
}

impl fmt::Debug for ByteStream {
    /// Never the bytes: a payload can be large or secret.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let state = match &self.inner {
            Inner::Buffered(Some(b)) => return write!(f, "ByteStream({} bytes buffered)", b.len()),
            Inner::Buffered(None) | Inner::Done => "ended",
            Inner::Live(_) => "live",
        };
        write!(f, "ByteStream({state})")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Chunks(Vec<Result<&'static [u8], &'static str>>);

    impl BodySource for Chunks {
        fn next_chunk(&mut self) -> BoxFuture<'_, Result<Option<Bytes>, DispatchError>> {
            let next = (!self.0.is_empty()).then(|| self.0.remove(0));
            Box::pin(async move {
                match next {
                    None => Ok(None),
                    Some(Ok(b)) => Ok(Some(Bytes::from_static(b))),
                    Some(Err(why)) => Err(DispatchError::new(why)),
                }
            })
        }
    }

    #[tokio::test]
    async fn chunks_come_in_order_without_empty_ones() {
        let mut s = ByteStream::from_source(Chunks(vec![Ok(b"ab"), Ok(b""), Ok(b"c")]));
        assert_eq!(s.next().await.unwrap().unwrap(), "ab");
        assert_eq!(s.next().await.unwrap().unwrap(), "c");
        assert!(s.next().await.is_none());
        assert!(s.next().await.is_none(), "stays ended");
    }

    #[tokio::test]
    async fn an_error_ends_the_stream() {
        let mut s = ByteStream::from_source(Chunks(vec![Ok(b"a"), Err("reset"), Ok(b"b")]));
        assert_eq!(s.next().await.unwrap().unwrap(), "a");
        assert!(s
            .next()
            .await
            .unwrap()
            .unwrap_err()
            .to_string()
            .contains("reset"));
        assert!(s.next().await.is_none());
    }

    #[tokio::test]
    async fn collect_joins_and_the_limit_holds() {
        let s = ByteStream::from_source(Chunks(vec![Ok(b"abc"), Ok(b"def")]));
        assert_eq!(s.collect().await.unwrap().as_bytes(), b"abcdef");
        let s = ByteStream::from_source(Chunks(vec![Ok(b"abc"), Ok(b"def")]));
        let e = s.collect_limited(5).await.unwrap_err();
        assert!(e.to_string().contains("limit of 5 bytes"), "{e}");
        assert_eq!(
            ByteStream::from(b"xy".to_vec())
                .collect()
                .await
                .unwrap()
                .as_bytes(),
            b"xy"
        );
        assert!(ByteStream::default()
            .collect()
            .await
            .unwrap()
            .as_bytes()
            .is_empty());
    }

    #[test]
    fn debug_never_shows_the_bytes() {
        assert_eq!(
            format!("{:?}", ByteStream::from(b"secret".to_vec())),
            "ByteStream(6 bytes buffered)"
        );
        assert_eq!(format!("{:?}", ByteStream::default()), "ByteStream(ended)");
    }
}
