//! The HTTP seam: a request/response pair and the client trait that sends it.

use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::time::Duration;

use super::error::DispatchError;
use super::stream::ByteStream;

/// A boxed `Send` future (what trait objects can return).
pub type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

/// A fully built, signed request.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HttpRequest {
    pub method: &'static str,
    pub url: String,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HttpResponse {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl HttpResponse {
    /// First header with this name (case-insensitive).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// A response whose body is read as it arrives (streaming payloads): the
/// status and headers are in, the body is not.
#[derive(Debug)]
pub struct StreamingResponse {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: ByteStream,
}

/// Sends one request. Plug in your own to add middleware or for tests.
pub trait HttpClient: Send + Sync + fmt::Debug {
    fn send(&self, request: HttpRequest) -> BoxFuture<'_, Result<HttpResponse, DispatchError>>;

    /// Sends a request the service may hold for up to `hold` before it
    /// starts answering (long-poll operations such as Step Functions
    /// `GetActivityTask`). The built-in client waits at least that long for
    /// the response to start; by default this is [`HttpClient::send`].
    fn send_held(
        &self,
        request: HttpRequest,
        hold: Duration,
    ) -> BoxFuture<'_, Result<HttpResponse, DispatchError>> {
        let _ = hold;
        self.send(request)
    }

    /// Sends a request whose response body may be too large to buffer:
    /// returns once the headers are in. The built-in client streams the
    /// body (with no size cap; stalled-stream protection still applies); by
    /// default this buffers it through [`HttpClient::send`].
    fn send_streaming(
        &self,
        request: HttpRequest,
    ) -> BoxFuture<'_, Result<StreamingResponse, DispatchError>> {
        Box::pin(async move {
            let response = self.send(request).await?;
            Ok(StreamingResponse {
                status: response.status,
                headers: response.headers,
                body: response.body.into(),
            })
        })
    }
}
