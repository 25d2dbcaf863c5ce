//! Client configuration.

use std::fmt;
use std::sync::Arc;

use super::error::DispatchError;
use super::http::HttpClient;
use super::operation::ServiceSpec;

/// Settings shared by every call of a client. Build with [`Config::builder`].
#[derive(Clone, Default)]
pub struct Config {
    region: Option<String>,
    endpoint_url: Option<String>,
    http_client: Option<Arc<dyn HttpClient>>,
}

impl fmt::Debug for Config {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Config")
            .field("region", &self.region)
            .field("endpoint_url", &self.endpoint_url)
            .field("http_client", &self.http_client)
            .finish()
    }
}

impl Config {
    pub fn builder() -> ConfigBuilder {
        ConfigBuilder::default()
    }

    pub fn region(&self) -> Option<&str> {
        self.region.as_deref()
    }

    pub fn endpoint_url(&self) -> Option<&str> {
        self.endpoint_url.as_deref()
    }

    pub fn http_client(&self) -> Option<&Arc<dyn HttpClient>> {
        self.http_client.as_ref()
    }

    /// The URL requests go to: the configured endpoint, else the service's
    /// default for the region (always https).
    pub(crate) fn endpoint_url_for(
        &self,
        service: &ServiceSpec,
        host_prefix: Option<&str>,
    ) -> Result<String, DispatchError> {
        let prefix = host_prefix.unwrap_or("");
        if let Some(url) = &self.endpoint_url {
            return Ok(url.trim_end_matches('/').to_string() + "/");
        }
        if let Some(host) = service.global_host {
            return Ok(format!("https://{prefix}{host}/"));
        }
        let region = self
            .region
            .as_deref()
            .ok_or_else(|| DispatchError::new("no region configured"))?;
        let suffix = if region.starts_with("cn-") { ".cn" } else { "" };
        Ok(format!(
            "https://{prefix}{}.{region}.{}{suffix}/",
            service.endpoint_prefix, service.dns_suffix
        ))
    }
}

#[derive(Default)]
pub struct ConfigBuilder {
    config: Config,
}

impl ConfigBuilder {
    pub fn region(mut self, region: impl Into<String>) -> Self {
        self.config.region = Some(region.into());
        self
    }

    pub fn endpoint_url(mut self, url: impl Into<String>) -> Self {
        self.config.endpoint_url = Some(url.into());
        self
    }

    pub fn http_client(mut self, client: impl HttpClient + 'static) -> Self {
        self.config.http_client = Some(Arc::new(client));
        self
    }

    pub fn build(self) -> Config {
        self.config
    }
}
