//! The `UpdateEventSourceMapping` operation: see [`Client::update_event_source_mapping`](crate::Client::update_event_source_mapping).
const OPERATION: crate::runtime::operation::OperationSpec = crate::runtime::operation::OperationSpec {
    name: "UpdateEventSourceMapping",
    target: "",
    host_prefix: ::std::option::Option::None,
    unsigned: false,
    endpoint_discovery: false,
    api_version_header: ::std::option::Option::None,
    min_attempt_timeout_secs: ::std::option::Option::None,
    partitions: &[],
};
/// Builds and sends a `UpdateEventSourceMapping` request; see [`Client::update_event_source_mapping`](crate::Client::update_event_source_mapping).
#[derive(::std::clone::Clone, ::std::fmt::Debug)]
pub struct UpdateEventSourceMappingFluentBuilder {
    handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    inner: crate::types::builders::UpdateEventSourceMappingRequestBuilder,
}
impl UpdateEventSourceMappingFluentBuilder {
    pub(crate) fn new(
        handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
    ) -> Self {
        UpdateEventSourceMappingFluentBuilder {
            handle,
            inner: ::std::default::Default::default(),
        }
    }
    /// The input built so far.
    pub fn as_input(
        &self,
    ) -> &crate::types::builders::UpdateEventSourceMappingRequestBuilder {
        &self.inner
    }
    pub fn amazon_managed_kafka_event_source_config(
        mut self,
        input: impl ::std::convert::Into<
            crate::types::AmazonManagedKafkaEventSourceConfig,
        >,
    ) -> Self {
        self.inner = self.inner.amazon_managed_kafka_event_source_config(input);
        self
    }
    /// Sets or clears [`amazon_managed_kafka_event_source_config`](Self::amazon_managed_kafka_event_source_config).
    pub fn set_amazon_managed_kafka_event_source_config(
        mut self,
        input: ::std::option::Option<crate::types::AmazonManagedKafkaEventSourceConfig>,
    ) -> Self {
        self.inner = self.inner.set_amazon_managed_kafka_event_source_config(input);
        self
    }
    /// The maximum number of records in each batch that Lambda pulls from your stream
    /// or queue and sends to your function. Lambda passes all of the records in the
    /// batch to the function in a single call, up to the payload limit for synchronous
    /// invocation (6 MB).
    ///
    /// - **Amazon Kinesis** – Default 100. Max 10,000.
    /// - **Amazon DynamoDB Streams** – Default 100. Max 10,000.
    /// - **Amazon Simple Queue Service** – Default 10. For standard queues the max is
    ///   10,000. For FIFO queues the max is 10.
    /// - **Amazon Managed Streaming for Apache Kafka** – Default 100. Max 10,000.
    /// - **Self-managed Apache Kafka** – Default 100. Max 10,000.
    /// - **Amazon MQ (ActiveMQ and RabbitMQ)** – Default 100. Max 10,000.
    /// - **DocumentDB** – Default 100. Max 10,000.
    pub fn batch_size(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.inner = self.inner.batch_size(input);
        self
    }
    /// Sets or clears [`batch_size`](Self::batch_size).
    pub fn set_batch_size(mut self, input: ::std::option::Option<i64>) -> Self {
        self.inner = self.inner.set_batch_size(input);
        self
    }
    /// (Kinesis and DynamoDB Streams only) If the function returns an error, split the
    /// batch in two and retry.
    pub fn bisect_batch_on_function_error(
        mut self,
        input: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.inner = self.inner.bisect_batch_on_function_error(input);
        self
    }
    /// Sets or clears [`bisect_batch_on_function_error`](Self::bisect_batch_on_function_error).
    pub fn set_bisect_batch_on_function_error(
        mut self,
        input: ::std::option::Option<bool>,
    ) -> Self {
        self.inner = self.inner.set_bisect_batch_on_function_error(input);
        self
    }
    /// (Kinesis and DynamoDB Streams only) A standard Amazon SQS queue or standard
    /// Amazon SNS topic destination for discarded records.
    pub fn destination_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::DestinationConfig>,
    ) -> Self {
        self.inner = self.inner.destination_config(input);
        self
    }
    /// Sets or clears [`destination_config`](Self::destination_config).
    pub fn set_destination_config(
        mut self,
        input: ::std::option::Option<crate::types::DestinationConfig>,
    ) -> Self {
        self.inner = self.inner.set_destination_config(input);
        self
    }
    /// Specific configuration settings for a DocumentDB event source.
    pub fn document_db_event_source_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::DocumentDbEventSourceConfig>,
    ) -> Self {
        self.inner = self.inner.document_db_event_source_config(input);
        self
    }
    /// Sets or clears [`document_db_event_source_config`](Self::document_db_event_source_config).
    pub fn set_document_db_event_source_config(
        mut self,
        input: ::std::option::Option<crate::types::DocumentDbEventSourceConfig>,
    ) -> Self {
        self.inner = self.inner.set_document_db_event_source_config(input);
        self
    }
    /// When true, the event source mapping is active. When false, Lambda pauses polling
    /// and invocation.
    ///
    /// Default: True
    pub fn enabled(mut self, input: impl ::std::convert::Into<bool>) -> Self {
        self.inner = self.inner.enabled(input);
        self
    }
    /// Sets or clears [`enabled`](Self::enabled).
    pub fn set_enabled(mut self, input: ::std::option::Option<bool>) -> Self {
        self.inner = self.inner.set_enabled(input);
        self
    }
    /// An object that defines the filter criteria that determine whether Lambda should
    /// process an event. For more information, see [Lambda event
    /// filtering](https://docs.aws.amazon.com/lambda/latest/dg/invocation-eventfiltering.html).
    pub fn filter_criteria(
        mut self,
        input: impl ::std::convert::Into<crate::types::FilterCriteria>,
    ) -> Self {
        self.inner = self.inner.filter_criteria(input);
        self
    }
    /// Sets or clears [`filter_criteria`](Self::filter_criteria).
    pub fn set_filter_criteria(
        mut self,
        input: ::std::option::Option<crate::types::FilterCriteria>,
    ) -> Self {
        self.inner = self.inner.set_filter_criteria(input);
        self
    }
    /// The name of the Lambda function.
    ///
    /// **Name formats**
    ///
    /// - **Function name** – `MyFunction`.
    /// - **Function ARN** –
    ///   `arn:aws:lambda:us-west-2:123456789012:function:MyFunction`.
    /// - **Version or Alias ARN** –
    ///   `arn:aws:lambda:us-west-2:123456789012:function:MyFunction:PROD`.
    /// - **Partial ARN** – `123456789012:function:MyFunction`.
    ///
    /// The length constraint applies only to the full ARN. If you specify only the
    /// function name, it's limited to 64 characters in length.
    pub fn function_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.function_name(input);
        self
    }
    /// Sets or clears [`function_name`](Self::function_name).
    pub fn set_function_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_function_name(input);
        self
    }
    /// (Kinesis, DynamoDB Streams, and Amazon SQS) A list of current response type
    /// enums applied to the event source mapping.
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn function_response_types(
        mut self,
        input: impl ::std::convert::Into<crate::types::FunctionResponseType>,
    ) -> Self {
        self.inner = self.inner.function_response_types(input);
        self
    }
    /// Sets or clears [`function_response_types`](Self::function_response_types).
    pub fn set_function_response_types(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::FunctionResponseType>>,
    ) -> Self {
        self.inner = self.inner.set_function_response_types(input);
        self
    }
    pub fn kms_key_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.kms_key_arn(input);
        self
    }
    /// Sets or clears [`kms_key_arn`](Self::kms_key_arn).
    pub fn set_kms_key_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_kms_key_arn(input);
        self
    }
    pub fn logging_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::EventSourceMappingLoggingConfig>,
    ) -> Self {
        self.inner = self.inner.logging_config(input);
        self
    }
    /// Sets or clears [`logging_config`](Self::logging_config).
    pub fn set_logging_config(
        mut self,
        input: ::std::option::Option<crate::types::EventSourceMappingLoggingConfig>,
    ) -> Self {
        self.inner = self.inner.set_logging_config(input);
        self
    }
    /// The maximum amount of time, in seconds, that Lambda spends gathering records
    /// before invoking the function. You can configure `MaximumBatchingWindowInSeconds`
    /// to any value from 0 seconds to 300 seconds in increments of seconds.
    ///
    /// For streams and Amazon SQS event sources, the default batching window is 0
    /// seconds. For Amazon MSK, Self-managed Apache Kafka, Amazon MQ, and DocumentDB
    /// event sources, the default batching window is 500 ms. Note that because you can
    /// only change `MaximumBatchingWindowInSeconds` in increments of seconds, you
    /// cannot revert back to the 500 ms default batching window after you have changed
    /// it. To restore the default batching window, you must create a new event source
    /// mapping.
    ///
    /// Related setting: For streams and Amazon SQS event sources, when you set
    /// `BatchSize` to a value greater than 10, you must set
    /// `MaximumBatchingWindowInSeconds` to at least 1.
    pub fn maximum_batching_window_in_seconds(
        mut self,
        input: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.inner = self.inner.maximum_batching_window_in_seconds(input);
        self
    }
    /// Sets or clears [`maximum_batching_window_in_seconds`](Self::maximum_batching_window_in_seconds).
    pub fn set_maximum_batching_window_in_seconds(
        mut self,
        input: ::std::option::Option<i64>,
    ) -> Self {
        self.inner = self.inner.set_maximum_batching_window_in_seconds(input);
        self
    }
    /// (Kinesis and DynamoDB Streams only) Discard records older than the specified
    /// age. The default value is infinite (-1).
    pub fn maximum_record_age_in_seconds(
        mut self,
        input: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.inner = self.inner.maximum_record_age_in_seconds(input);
        self
    }
    /// Sets or clears [`maximum_record_age_in_seconds`](Self::maximum_record_age_in_seconds).
    pub fn set_maximum_record_age_in_seconds(
        mut self,
        input: ::std::option::Option<i64>,
    ) -> Self {
        self.inner = self.inner.set_maximum_record_age_in_seconds(input);
        self
    }
    /// (Kinesis and DynamoDB Streams only) Discard records after the specified number
    /// of retries. The default value is infinite (-1). When set to infinite (-1),
    /// failed records are retried until the record expires.
    pub fn maximum_retry_attempts(
        mut self,
        input: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.inner = self.inner.maximum_retry_attempts(input);
        self
    }
    /// Sets or clears [`maximum_retry_attempts`](Self::maximum_retry_attempts).
    pub fn set_maximum_retry_attempts(
        mut self,
        input: ::std::option::Option<i64>,
    ) -> Self {
        self.inner = self.inner.set_maximum_retry_attempts(input);
        self
    }
    pub fn metrics_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::EventSourceMappingMetricsConfig>,
    ) -> Self {
        self.inner = self.inner.metrics_config(input);
        self
    }
    /// Sets or clears [`metrics_config`](Self::metrics_config).
    pub fn set_metrics_config(
        mut self,
        input: ::std::option::Option<crate::types::EventSourceMappingMetricsConfig>,
    ) -> Self {
        self.inner = self.inner.set_metrics_config(input);
        self
    }
    /// (Kinesis and DynamoDB Streams only) The number of batches to process from each
    /// shard concurrently.
    pub fn parallelization_factor(
        mut self,
        input: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.inner = self.inner.parallelization_factor(input);
        self
    }
    /// Sets or clears [`parallelization_factor`](Self::parallelization_factor).
    pub fn set_parallelization_factor(
        mut self,
        input: ::std::option::Option<i64>,
    ) -> Self {
        self.inner = self.inner.set_parallelization_factor(input);
        self
    }
    pub fn provisioned_poller_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::ProvisionedPollerConfig>,
    ) -> Self {
        self.inner = self.inner.provisioned_poller_config(input);
        self
    }
    /// Sets or clears [`provisioned_poller_config`](Self::provisioned_poller_config).
    pub fn set_provisioned_poller_config(
        mut self,
        input: ::std::option::Option<crate::types::ProvisionedPollerConfig>,
    ) -> Self {
        self.inner = self.inner.set_provisioned_poller_config(input);
        self
    }
    /// (Amazon SQS only) The scaling configuration for the event source. For more
    /// information, see [Configuring maximum concurrency for Amazon SQS event
    /// sources](https://docs.aws.amazon.com/lambda/latest/dg/with-sqs.html#events-sqs-max-concurrency).
    pub fn scaling_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::ScalingConfig>,
    ) -> Self {
        self.inner = self.inner.scaling_config(input);
        self
    }
    /// Sets or clears [`scaling_config`](Self::scaling_config).
    pub fn set_scaling_config(
        mut self,
        input: ::std::option::Option<crate::types::ScalingConfig>,
    ) -> Self {
        self.inner = self.inner.set_scaling_config(input);
        self
    }
    pub fn self_managed_kafka_event_source_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::SelfManagedKafkaEventSourceConfig>,
    ) -> Self {
        self.inner = self.inner.self_managed_kafka_event_source_config(input);
        self
    }
    /// Sets or clears [`self_managed_kafka_event_source_config`](Self::self_managed_kafka_event_source_config).
    pub fn set_self_managed_kafka_event_source_config(
        mut self,
        input: ::std::option::Option<crate::types::SelfManagedKafkaEventSourceConfig>,
    ) -> Self {
        self.inner = self.inner.set_self_managed_kafka_event_source_config(input);
        self
    }
    /// An array of authentication protocols or VPC components required to secure your
    /// event source.
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn source_access_configurations(
        mut self,
        input: impl ::std::convert::Into<crate::types::SourceAccessConfiguration>,
    ) -> Self {
        self.inner = self.inner.source_access_configurations(input);
        self
    }
    /// Sets or clears [`source_access_configurations`](Self::source_access_configurations).
    pub fn set_source_access_configurations(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<crate::types::SourceAccessConfiguration>,
        >,
    ) -> Self {
        self.inner = self.inner.set_source_access_configurations(input);
        self
    }
    /// (Kinesis and DynamoDB Streams only) The duration in seconds of a processing
    /// window for DynamoDB and Kinesis Streams event sources. A value of 0 seconds
    /// indicates no tumbling window.
    pub fn tumbling_window_in_seconds(
        mut self,
        input: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.inner = self.inner.tumbling_window_in_seconds(input);
        self
    }
    /// Sets or clears [`tumbling_window_in_seconds`](Self::tumbling_window_in_seconds).
    pub fn set_tumbling_window_in_seconds(
        mut self,
        input: ::std::option::Option<i64>,
    ) -> Self {
        self.inner = self.inner.set_tumbling_window_in_seconds(input);
        self
    }
    /// The identifier of the event source mapping.
    pub fn uuid(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.uuid(input);
        self
    }
    /// Sets or clears [`uuid`](Self::uuid).
    pub fn set_uuid(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.inner = self.inner.set_uuid(input);
        self
    }
    /// Sends the request.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::types::EventSourceMappingConfiguration,
        crate::runtime::SdkError<UpdateEventSourceMappingError>,
    > {
        let input = self.inner.build().map_err(crate::runtime::SdkError::Construction)?;
        let parts = request(&input).map_err(crate::runtime::SdkError::Dispatch)?;
        self.handle
            .invoke_rest::<
                crate::types::EventSourceMappingConfiguration,
                UpdateEventSourceMappingError,
            >(&OPERATION, parts, parse)
            .await
    }
}
/// The request: labels, query, headers and body as AWS's model binds them.
fn request(
    input: &crate::types::UpdateEventSourceMappingRequest,
) -> ::std::result::Result<
    crate::runtime::operation::RequestParts,
    crate::runtime::DispatchError,
> {
    let uuid: &str = &input.uuid;
    let query = crate::runtime::rest::QueryParams::new();
    let path_and_query = crate::runtime::rest::build_uri(
            "/2015-03-31/event-source-mappings/{UUID}",
            &[("UUID", uuid)],
            &query,
        )
        .map_err(|e| {
            crate::runtime::DispatchError::with_source("cannot build the request URI", e)
                .permanent()
        })?;
    let mut headers: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
    let body = ::serde_json::to_vec(input)
        .map_err(|e| {
            crate::runtime::DispatchError::with_source("cannot serialize input", e)
        })?;
    headers.push(("content-type".to_owned(), "application/json".to_owned()));
    ::std::result::Result::Ok(crate::runtime::operation::RequestParts {
        method: "PUT",
        path_and_query,
        headers,
        body,
    })
}
/// The output: body members from the JSON body, the others from
/// the headers, the status or the raw body as AWS's model binds them.
fn parse(
    response: &crate::runtime::http::HttpResponse,
) -> ::std::result::Result<
    crate::types::EventSourceMappingConfiguration,
    ::std::string::String,
> {
    let body: &[u8] = if response.body.iter().all(u8::is_ascii_whitespace) {
        b"{}"
    } else {
        &response.body
    };
    let out: crate::types::EventSourceMappingConfiguration = crate::runtime::json::from_slice(
        body,
    )?;
    ::std::result::Result::Ok(out)
}
/// Errors of `UpdateEventSourceMapping`: one variant per error the spec or AWS's model lists, plus [`Unhandled`](UpdateEventSourceMappingError::Unhandled).
#[derive(::std::fmt::Debug)]
#[non_exhaustive]
pub enum UpdateEventSourceMappingError {
    /// The service returned `InvalidParameterValueException`.
    InvalidParameterValueException(crate::types::error::InvalidParameterValueException),
    /// The service returned `ResourceConflictException`.
    ResourceConflictException(crate::types::error::ResourceConflictException),
    /// The service returned `ResourceInUseException`.
    ResourceInUseException(crate::types::error::ResourceInUseException),
    /// The service returned `ResourceNotFoundException`.
    ResourceNotFoundException(crate::types::error::ResourceNotFoundException),
    /// The service returned `ServiceException`.
    ServiceException(crate::types::error::ServiceException),
    /// The service returned `TooManyRequestsException`.
    TooManyRequestsException(crate::types::error::TooManyRequestsException),
    /// An error neither the spec nor AWS's model lists for this
    /// operation (the code, message, HTTP status and request id are kept).
    Unhandled(crate::runtime::Unhandled),
}
impl crate::runtime::OperationError for UpdateEventSourceMappingError {
    fn from_response(meta: crate::runtime::ErrorMetadata, body: &[u8]) -> Self {
        match meta.modelled_code() {
            ::std::option::Option::Some("InvalidParameterValueException") => {
                Self::InvalidParameterValueException(
                    <crate::types::error::InvalidParameterValueException>::from_response(
                        meta,
                        body,
                    ),
                )
            }
            ::std::option::Option::Some("ResourceConflictException") => {
                Self::ResourceConflictException(
                    <crate::types::error::ResourceConflictException>::from_response(
                        meta,
                        body,
                    ),
                )
            }
            ::std::option::Option::Some("ResourceInUseException") => {
                Self::ResourceInUseException(
                    <crate::types::error::ResourceInUseException>::from_response(
                        meta,
                        body,
                    ),
                )
            }
            ::std::option::Option::Some("ResourceNotFoundException") => {
                Self::ResourceNotFoundException(
                    <crate::types::error::ResourceNotFoundException>::from_response(
                        meta,
                        body,
                    ),
                )
            }
            ::std::option::Option::Some("ServiceException") => {
                Self::ServiceException(
                    <crate::types::error::ServiceException>::from_response(meta, body),
                )
            }
            ::std::option::Option::Some("TooManyRequestsException") => {
                Self::TooManyRequestsException(
                    <crate::types::error::TooManyRequestsException>::from_response(
                        meta,
                        body,
                    ),
                )
            }
            _ => Self::Unhandled(crate::runtime::Unhandled::new(meta)),
        }
    }
    fn meta(&self) -> &crate::runtime::ErrorMetadata {
        match self {
            Self::InvalidParameterValueException(e) => e.meta(),
            Self::ResourceConflictException(e) => e.meta(),
            Self::ResourceInUseException(e) => e.meta(),
            Self::ResourceNotFoundException(e) => e.meta(),
            Self::ServiceException(e) => e.meta(),
            Self::TooManyRequestsException(e) => e.meta(),
            Self::Unhandled(e) => e.meta(),
        }
    }
    fn with_attempts(mut self, attempts: u32) -> Self {
        match &mut self {
            Self::InvalidParameterValueException(e) => e.meta.set_attempts(attempts),
            Self::ResourceConflictException(e) => e.meta.set_attempts(attempts),
            Self::ResourceInUseException(e) => e.meta.set_attempts(attempts),
            Self::ResourceNotFoundException(e) => e.meta.set_attempts(attempts),
            Self::ServiceException(e) => e.meta.set_attempts(attempts),
            Self::TooManyRequestsException(e) => e.meta.set_attempts(attempts),
            Self::Unhandled(e) => e.meta_mut().set_attempts(attempts),
        }
        self
    }
}
impl UpdateEventSourceMappingError {
    /// Status, code, message and request id of the response.
    pub fn meta(&self) -> &crate::runtime::ErrorMetadata {
        crate::runtime::OperationError::meta(self)
    }
    /// The error code the service sent, if any.
    pub fn code(&self) -> ::std::option::Option<&str> {
        self.meta().code()
    }
}
impl ::std::fmt::Display for UpdateEventSourceMappingError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::InvalidParameterValueException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ResourceConflictException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ResourceInUseException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ResourceNotFoundException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ServiceException(e) => ::std::fmt::Display::fmt(e, f),
            Self::TooManyRequestsException(e) => ::std::fmt::Display::fmt(e, f),
            Self::Unhandled(e) => ::std::fmt::Display::fmt(e, f),
        }
    }
}
impl ::std::error::Error for UpdateEventSourceMappingError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::InvalidParameterValueException(e) => ::std::option::Option::Some(e),
            Self::ResourceConflictException(e) => ::std::option::Option::Some(e),
            Self::ResourceInUseException(e) => ::std::option::Option::Some(e),
            Self::ResourceNotFoundException(e) => ::std::option::Option::Some(e),
            Self::ServiceException(e) => ::std::option::Option::Some(e),
            Self::TooManyRequestsException(e) => ::std::option::Option::Some(e),
            Self::Unhandled(e) => ::std::option::Option::Some(e),
        }
    }
}
