//! Runs one operation: serialize, send, and map the response or error.

use std::sync::Arc;
use std::time::SystemTime;

use serde::de::DeserializeOwned;
use serde::Serialize;

use super::config::{Config, ConfigError, Resolved};
use super::error::{DispatchError, ErrorMetadata, OperationError, ResponseError, SdkError};
use super::http::{HttpRequest, HttpResponse};

/// Facts about the service, emitted by the generator.
#[derive(Debug)]
pub struct ServiceSpec {
    /// `X-Amz-Target` prefix, e.g. `AWSStepFunctions`.
    pub target_prefix: &'static str,
    /// Service id for `AWS_ENDPOINT_URL_<ID>` and profile `services` sections,
    /// e.g. `SFN`.
    pub service_id: &'static str,
    /// `1.0` or `1.1`.
    pub json_version: &'static str,
    pub signing_name: &'static str,
    /// Host labels before the region, e.g. `states`.
    pub endpoint_prefix: &'static str,
    /// DNS suffix after the region, e.g. `amazonaws.com`.
    pub dns_suffix: &'static str,
    /// The one host of a global (region-less) service.
    pub global_host: Option<&'static str>,
}

/// Facts about one operation, emitted by the generator.
#[derive(Debug)]
pub struct OperationSpec {
    pub name: &'static str,
    /// Full `X-Amz-Target` value.
    pub target: &'static str,
    /// Prepended to the endpoint host, e.g. `sync-`.
    pub host_prefix: Option<&'static str>,
}

/// An empty JSON object, the body of operations without input.
#[derive(Debug, Default, Serialize)]
pub struct EmptyInput {}

/// What clients share: service facts, user configuration and what was
/// resolved from it when the client was created.
#[derive(Debug)]
pub struct Handle {
    service: &'static ServiceSpec,
    config: Config,
    /// A configuration error is reported by every call (client creation is
    /// infallible, as in the official SDKs).
    resolved: Result<Resolved, ConfigError>,
}

impl Handle {
    pub fn new(service: &'static ServiceSpec, config: Config) -> Arc<Self> {
        let resolved = config.resolve(service);
        Arc::new(Handle {
            service,
            config,
            resolved,
        })
    }

    pub fn config(&self) -> &Config {
        &self.config
    }

    pub fn service(&self) -> &'static ServiceSpec {
        self.service
    }

    /// Region, endpoint and providers in use, or why the config is unusable.
    pub fn resolved(&self) -> Result<&Resolved, &ConfigError> {
        self.resolved.as_ref()
    }

    /// Builds the unsigned wire request for `op`.
    pub fn build_request<I: Serialize>(
        &self,
        op: &OperationSpec,
        input: &I,
    ) -> Result<HttpRequest, DispatchError> {
        let resolved = self
            .resolved
            .as_ref()
            .map_err(|e| DispatchError::new(e.to_string()))?;
        let body = serde_json::to_vec(input)
            .map_err(|e| DispatchError::with_source("cannot serialize input", e))?;
        let endpoint = match op.host_prefix {
            Some(prefix) => super::endpoint::apply_host_prefix(&resolved.endpoint, prefix)
                .map_err(|e| DispatchError::new(e.to_string()))?,
            None => resolved.endpoint.clone(),
        };
        Ok(HttpRequest {
            method: "POST",
            url: endpoint.url_for_path("/"),
            headers: vec![
                (
                    "content-type".into(),
                    format!("application/x-amz-json-{}", self.service.json_version),
                ),
                ("x-amz-target".into(), op.target.into()),
                // The generated crate's own name and version.
                (
                    "user-agent".into(),
                    concat!(env!("CARGO_PKG_NAME"), "/", env!("CARGO_PKG_VERSION")).into(),
                ),
            ],
            body,
        })
    }

    /// Sends `input` as `op`, signed, and parses the answer.
    pub async fn invoke<I, O, E>(&self, op: &OperationSpec, input: &I) -> Result<O, SdkError<E>>
    where
        I: Serialize,
        O: DeserializeOwned,
        E: OperationError,
    {
        let mut request = self.build_request(op, input).map_err(SdkError::Dispatch)?;
        let resolved = self
            .resolved
            .as_ref()
            .map_err(|e| SdkError::Dispatch(DispatchError::new(e.to_string())))?;
        let credentials = resolved
            .credentials
            .provide_credentials()
            .await
            .map_err(|e| {
                SdkError::Dispatch(DispatchError::with_source("cannot load credentials", e))
            })?;
        super::sign::sign(
            &mut request,
            &credentials,
            &resolved.region,
            self.service.signing_name,
            SystemTime::now(),
        )
        .map_err(|e| {
            SdkError::Dispatch(DispatchError::with_source("cannot sign the request", e))
        })?;
        let response = resolved
            .http_client
            .send(request)
            .await
            .map_err(SdkError::Dispatch)?;
        parse_response(response)
    }
}

/// Maps an HTTP response to the output or the operation's typed error.
pub fn parse_response<O: DeserializeOwned, E: OperationError>(
    response: HttpResponse,
) -> Result<O, SdkError<E>> {
    let request_id = response.header("x-amzn-requestid").map(str::to_string);
    if (200..300).contains(&response.status) {
        // An empty body is an empty object (operations with no output fields).
        let body: &[u8] = if response.body.iter().all(u8::is_ascii_whitespace) {
            b"{}"
        } else {
            &response.body
        };
        return serde_json::from_slice(body).map_err(|e| {
            SdkError::Response(ResponseError {
                status: response.status,
                request_id,
                reason: e.to_string(),
            })
        });
    }
    let meta = ErrorMetadata::from_response(response.status, &response.headers, &response.body);
    Err(SdkError::Service(E::from_response(meta, &response.body)))
}
